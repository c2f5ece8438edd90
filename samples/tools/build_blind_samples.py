"""Write the blind-set samples that carry generated content (PDF, images, a QR code drawn in HTML).

The blind set (samples written without looking at the engine, to test that
its rules generalise) is otherwise hand-written; these few need files built
by a program. Run from the repository root, then commit what it writes:

    .venv/bin/python samples/tools/build_blind_samples.py

It overwrites only the files it names below and prints each one.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import files
from build_samples import dkim, received
from mime import Multi, attachment, message, text

MAIL = Path(__file__).resolve().parent.parent / "mail"
SAMPLES: dict[str, bytes] = {}


def sample(path: str):
    def register(build):
        SAMPLES[path] = build()
        return build
    return register


def qr_table(url: str, cell: int = 4) -> str:
    """A QR code drawn as an HTML table of black and white cells: no image for a scanner to decode."""
    import segno

    rows = []
    for row in segno.make(url, error="m", micro=False).matrix:
        cells = "".join(f'<td style="width:{cell}px;height:{cell}px;background:{"#000" if dark else "#fff"}"></td>'
                        for dark in row)
        rows.append(f"<tr>{cells}</tr>")
    return ('<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;border:16px solid #fff">'
            + "\n".join(rows) + "</table>")


def banner_png(lines: list[str], size: tuple[int, int] = (600, 360)) -> bytes:
    """A flat promotional banner with text drawn in it: the message's words exist only as pixels."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (255, 121, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, size[0] - 20, size[1] - 20], outline=(255, 255, 255), width=4)
    y = 50
    for line in lines:
        draw.text((50, y), line, fill=(255, 255, 255))
        y += 40
    draw.rectangle([170, size[1] - 100, 430, size[1] - 50], fill=(0, 0, 0))
    draw.text((220, size[1] - 82), "J'EN PROFITE", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# -- phishing ------------------------------------------------------------------


@sample("phishing/bon-de-commande-pdf-link-firebaseapp-fr.eml")
def _purchase_order_pdf() -> bytes:
    document = files.pdf([
        "BON DE COMMANDE N. BC-2025-0719",
        "",
        "Emetteur : Groupe Armor Distribution - Service Achats",
        "Destinataire : Kerlann Industries",
        "",
        "Le document original est protege. Cliquez sur REVIEW DOCUMENT",
        "et connectez-vous avec votre adresse professionnelle pour",
        "afficher et telecharger le bon de commande.",
    ], link=("https://armor-distribution-docs.firebaseapp.com/bc/2025-0719/?client=kerlann",
             (56, 600, 260, 640)), title="BC-2025-0719")
    headers = f"""Return-Path: <achats@groupe-armor-distribution.fr>
{received("smtp.groupe-armor-distribution.fr", "37.59.230.18", "achats@kerlann-industries.fr", "Tue, 15 Jul 2025 11:24:51 +0200 (CEST)", "4bMq5d6Ee7z9tTi")}
From: =?UTF-8?Q?Service_Achats_-_Groupe_Armor?= <achats@groupe-armor-distribution.fr>
To: achats@kerlann-industries.fr
Subject: Nouveau bon de commande BC-2025-0719
Date: Tue, 15 Jul 2025 11:24:47 +0200
Message-ID: <7d2c9e1a4b3f@groupe-armor-distribution.fr>
X-Mailer: Microsoft Outlook 16.0"""
    body = Multi("mixed", "----=_NextPart_000_0719_01DBF57A.3E1C8D40", [
        text("Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC-2025-0719.\n"
             "Merci de nous confirmer la date de livraison au plus vite.\n\nCordialement,\nService Achats\n"),
        attachment("application/pdf", "BC-2025-0719.pdf", document),
    ])
    return message(headers, body)


@sample("phishing/qr-code-drawn-as-html-table-docusign.eml")
def _qr_table() -> bytes:
    url = "https://sign-docs-portal.kerlann-esign.com.ar-sso.click/d/?e=camille.roux"
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f4\">"
            "<table width=\"560\" align=\"center\" style=\"background:#fff;margin-top:20px\">"
            "<tr><td style=\"background:#1e4ca1;color:#fff;padding:18px;font-size:18px\"><b>DocuSign</b></td></tr>"
            "<tr><td style=\"padding:24px;font-size:15px\"><p>Camille, you have a document to review and sign: "
            "<b>Avenant contrat de transport 2025.pdf</b></p><p>For your security this document can only be opened "
            "on a mobile device. Scan the code below with your phone camera to review and sign.</p></td></tr>"
            f"<tr><td align=\"center\" style=\"padding-bottom:20px\">{qr_table(url)}</td></tr>"
            "<tr><td style=\"padding:0 24px 24px 24px;font-size:12px;color:#666\">Do not share this code. "
            "It expires in 24 hours.</td></tr></table></body></html>")
    headers = f"""Return-Path: <notification@estudio-rivas.com.ar>
{received("mail.estudio-rivas.com.ar", "200.58.112.87", "camille.roux@kerlann-industries.fr", "Thu, 04 Sep 2025 08:16:33 +0200 (CEST)", "4cJs6e7Ff8z9tUj")}
From: "DocuSign Electronic Signature" <notification@estudio-rivas.com.ar>
To: camille.roux@kerlann-industries.fr
Subject: Camille, please review and sign: Avenant contrat de transport 2025
Date: Thu, 04 Sep 2025 03:16:29 -0300
Message-ID: <a19c7e2f5b3d4e6a@estudio-rivas.com.ar>"""
    body = Multi("alternative", "=_qrt_5b3d4e6a", [
        text("Camille, you have a document to review and sign: Avenant contrat de transport 2025.pdf\n"
             "Scan the code in this message with your phone camera to review and sign.\n"),
        text(html, "html"),
    ])
    return message(headers, body)


@sample("phishing/image-only-body-single-link-fr.eml")
def _image_only() -> bytes:
    banner = banner_png(["Orange", "Vos 12 500 points fidelite expirent aujourd'hui", "",
                         "Echangez-les contre un cadeau : smartphone, TV, enceinte..."])
    html = ("<html><body style=\"margin:0\"><center>"
            "<a href=\"https://fidelite-orange-cadeaux.com/?c=7713&amp;u=Y2FtaWxsZS5yb3V4\">"
            "<img src=\"cid:banner-7713@mail\" width=\"600\" height=\"360\" border=\"0\" alt=\"\"></a>"
            "</center></body></html>")
    headers = f"""Return-Path: <bounce-7713@news-mailing-services.net>
{received("srv12.news-mailing-services.net", "5.181.157.44", "camille.roux@kerlann-industries.fr", "Sat, 08 Mar 2025 10:31:18 +0100 (CET)", "4Z8t7f8Gg9z9tVk")}
From: =?UTF-8?Q?Programme_Fid=C3=A9lit=C3=A9?= <info@news-mailing-services.net>
To: camille.roux@kerlann-industries.fr
Subject: =?UTF-8?Q?Camille,_vos_points_expirent_aujourd'hui_=F0=9F=8E=81?=
Date: Sat, 08 Mar 2025 10:31:14 +0100
Message-ID: <7713.20250308093114@news-mailing-services.net>"""
    body = Multi("related", "=_rel_7713_c2", [
        text(html, "html"),
        attachment("image/png", "banner.png", banner, inline=True, cid="banner-7713@mail"),
    ], params=' type="text/html";')
    return message(headers, body)


def pdf_with_qr(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF of text lines and a QR code drawn as a JPEG image (DCTDecode), as quishing PDFs are."""
    from PIL import Image

    qr = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    jpeg = io.BytesIO()
    qr.save(jpeg, "JPEG", quality=90)
    image = jpeg.getvalue()
    text = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"] + [f"({line}) Tj T*" for line in lines] + ["ET",
            f"q 200 0 0 200 56 420 cm /Im1 Do Q"]
    stream = "\n".join(text).encode("latin-1")
    objects = files.image_page(stream, image, qr.width, qr.height, "DCTDecode") + [
        f"<< /Title ({title}) /Producer (Microsoft: Print To PDF) >>".encode(),
    ]
    return files.pdf_file(objects, 7, header=b"%PDF-1.7\n")


# -- phishing written after reading the engine: the specification of its QR fixes --------


@sample("phishing/qr-code-in-pdf-attachment-mfa.eml")
def _qr_pdf() -> bytes:
    url = "https://mfa-renew-portal.pages.dev/?u=Y2FtaWxsZS5yb3V4QGtlcmxhbm4taW5kdXN0cmllcy5mcg"
    document = pdf_with_qr(["Microsoft 365 - Authentification multifacteur", "",
                            "Votre methode d'authentification expire aujourd'hui.",
                            "Scannez le code QR avec votre telephone pour la renouveler."], url, "MFA 2025")
    headers = f"""Return-Path: <rh@cabinet-durand-expertise.fr>
{received("smtp.cabinet-durand-expertise.fr", "51.178.42.19", "camille.roux@kerlann-industries.fr", "Tue, 04 Mar 2025 09:12:40 +0100 (CET)", "4Z6w8h9Ii0z9yGg")}
From: =?UTF-8?Q?Service_Informatique?= <rh@cabinet-durand-expertise.fr>
To: camille.roux@kerlann-industries.fr
Subject: =?UTF-8?Q?Action_requise_:_renouvellement_de_l'authentification_multifacteur?=
Date: Tue, 04 Mar 2025 09:12:36 +0100
Message-ID: <mfa-0304-7c1e@cabinet-durand-expertise.fr>"""
    body = Multi("mixed", "=_mfa_0304_7c1e", [
        text("Bonjour,\n\nVotre authentification multifacteur expire aujourd'hui. Les instructions sont dans le "
             "document joint : scannez le code QR avec votre téléphone.\n\nService Informatique\n"),
        attachment("application/pdf", "MFA_renouvellement.pdf", document),
    ])
    return message(headers, body)


# -- bulk (legitimate) -------------------------------------------------------


@sample("bulk/xero-invoice-pdf-supplier.eml")
def _xero_invoice() -> bytes:
    invoice = files.pdf([
        "TAX INVOICE                                   Harbourline Freight Ltd",
        "Invoice Number: INV-88240                     Unit 4, Dock Road, Felixstowe IP11 3QW",
        "Invoice Date: 30 Sep 2025                     VAT No. GB 000 0000 00",
        "Due Date: 30 Oct 2025",
        "",
        "Bill to: Kerlann Industries, ZA de la Janais, 35000 Rennes, France",
        "",
        "Groupage Felixstowe - Rennes, 4 pallets, ref KI-2209 ....... GBP 1,840.00",
        "Customs clearance (export) ................................. GBP   145.00",
        "",
        "Subtotal GBP 1,985.00   VAT 0% (export)   Total GBP 1,985.00",
        "Payment by bank transfer to the account shown on our terms of business.",
    ], title="Invoice INV-88240")
    headers = f"""Return-Path: <bounces+2219874-9c1e-comptabilite=kerlann-industries.fr@post.xero.com>
{received("o4.post.xero.com", "167.89.101.77", "comptabilite@kerlann-industries.fr", "Tue, 30 Sep 2025 15:02:19 +0200 (CEST)", "4ccH8g9Hh0z9tWl")}
{dkim("post.xero.com", "s1", "xeropost")}
{dkim("harbourlinefreight.co.uk", "xero", "harbourline")}
From: Harbourline Freight Ltd <messaging-service@post.xero.com>
Reply-To: accounts@harbourlinefreight.co.uk
To: comptabilite@kerlann-industries.fr
Subject: Invoice INV-88240 from Harbourline Freight Ltd for Kerlann Industries
Date: Tue, 30 Sep 2025 13:02:17 +0000
Message-ID: <0100019998a1c2e3-4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8-000000@email.amazonses.com>
X-Xero-Message-Id: 4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"""
    plain = ("Hi Accounts,\n\nHere's invoice INV-88240 for GBP 1,985.00.\n\nThe amount outstanding of GBP 1,985.00 "
             "is due on 30 Oct 2025.\n\nView and pay your bill online: "
             "https://in.xero.com/4qZ8mT2vR9nY5wL0pS7dF4aB1cE3gH6jK8lM0nP2\n\nIf you have any questions, "
             "please let us know.\n\nThanks,\nSarah Whitfield\nHarbourline Freight Ltd\n")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\"><p>Hi Accounts,</p>"
            "<p>Here's invoice INV-88240 for GBP 1,985.00.</p><p>The amount outstanding of <b>GBP 1,985.00</b> is due "
            "on 30 Oct 2025.</p><p><a href=\"https://in.xero.com/4qZ8mT2vR9nY5wL0pS7dF4aB1cE3gH6jK8lM0nP2\" "
            "style=\"background:#13b5ea;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px\">"
            "View invoice</a></p><p>If you have any questions, please let us know.</p><p>Thanks,<br>Sarah Whitfield"
            "<br>Harbourline Freight Ltd</p><p style=\"font-size:11px;color:#999\">Sent via "
            "<a href=\"https://www.xero.com/\" style=\"color:#999\">Xero</a></p></body></html>")
    body = Multi("mixed", "=_xero_4e5f6a7b_mixed", [
        Multi("alternative", "=_xero_4e5f6a7b_alt", [text(plain), text(html, "html")]),
        attachment("application/pdf", "Invoice INV-88240.pdf", invoice),
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
