"""QR codes decoded from images; their links handed to the URL stage."""

from __future__ import annotations

import base64
import io

from PIL import Image

from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import qr
from tests.support import files

pipeline = Pipeline(modules=[qr])

PHISH = "https://m1crosoft-verify.example.net/login?id=42"
LURE = "Your mailbox password expires today. Scan the QR code below with your phone camera to keep access.\n"


async def scan(raw: bytes, context: Context | None = None):
    context = context or Context()
    result = await pipeline.scan(Message(raw), DEFAULT_POLICY, context)
    return result, context


def names(result) -> set[str]:
    return {s.name for s in result.symbols}


def reencode(png: bytes, fmt: str, size: tuple[int, int] | None = None, canvas: tuple[int, int] | None = None) -> bytes:
    """The QR image as another format, resized, or pasted on a larger white canvas."""
    image = Image.open(io.BytesIO(png)).convert("L")
    if size:
        image = image.resize(size, Image.NEAREST)
    if canvas:
        page = Image.new("L", canvas, 255)
        page.paste(image, (canvas[0] // 3, canvas[1] // 3))
        image = page
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


async def test_qr_code_link_is_found_and_handed_to_the_url_stage():
    result, context = await scan(files.mail(text="Hello,\nthe plan for tomorrow is attached: https://intranet.example.com\n",
                                            inline_images=[files.qr_png(PHISH)]))
    assert names(result) == {"QR_CODE_URL"}
    assert context.notes["extra_urls"] == [PHISH]
    assert PHISH in next(s.detail for s in result.symbols)


async def test_urls_already_noted_by_another_stage_are_kept():
    context = Context(notes={"extra_urls": ["https://other.example.org/"]})
    await scan(files.mail(inline_images=[files.qr_png(PHISH)]), context)
    assert context.notes["extra_urls"] == ["https://other.example.org/", PHISH]


async def test_urging_to_scan_with_no_other_link_is_a_lure():
    result, _ = await scan(files.mail(text=LURE, inline_images=[files.qr_png(PHISH)]))
    assert names(result) == {"QR_CODE_URL", "QR_CODE_LURE"}
    assert result.score == 5.0


async def test_french_lure_too():
    text = "Votre mot de passe expire. Scannez le code QR ci-dessous avec votre téléphone.\n"
    result, _ = await scan(files.mail(text=text, inline_images=[files.qr_png(PHISH)]))
    assert "QR_CODE_LURE" in names(result)


async def test_a_message_with_other_links_is_not_a_lure():
    html = f'<p>{LURE}</p><p><a href="https://www.example.com/help">Help</a></p>'
    result, _ = await scan(files.mail(text=LURE, html=html, inline_images=[files.qr_png(PHISH)]))
    assert names(result) == {"QR_CODE_URL"}


async def test_qr_codes_without_a_web_link_are_ignored():
    for text in ("WIFI:S:guest;T:WPA;P:welcome2024;;", "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP",
                 "BEGIN:VCARD\nFN:Alice\nEND:VCARD"):
        result, context = await scan(files.mail(text=LURE, inline_images=[files.qr_png(text)]))
        assert result.symbols == [] and "extra_urls" not in context.notes


async def test_image_without_a_qr_code_is_quiet():
    result, _ = await scan(files.mail(inline_images=[files.plain_png(300, 300)]))
    assert result.symbols == []


async def test_jpeg_and_gif_attachments_are_decoded():
    png = files.qr_png(PHISH, scale=8)
    for fmt, name in (("JPEG", "scan.jpg"), ("GIF", "scan.gif")):
        _, context = await scan(files.mail([(name, reencode(png, fmt))]))
        assert context.notes["extra_urls"] == [PHISH], fmt


async def test_qr_code_inlined_as_a_data_uri_in_html():
    encoded = base64.b64encode(files.qr_png(PHISH)).decode()
    html = f'<p>Scan to sign in</p><img src="data:image/png;base64,{encoded}">'
    _, context = await scan(files.mail(text="Scan to sign in\n", html=html))
    assert context.notes["extra_urls"] == [PHISH]


async def test_large_image_is_scaled_down_and_still_read():
    big = reencode(files.qr_png(PHISH, scale=20), "PNG", canvas=(3000, 2400))
    _, context = await scan(files.mail(inline_images=[big]))
    assert context.notes["extra_urls"] == [PHISH]


async def test_image_over_the_pixel_limit_is_not_decoded():
    huge = reencode(files.qr_png(PHISH, scale=20), "PNG", canvas=(4000, 3200))
    assert 4000 * 3200 > qr.MAX_PIXELS
    result, _ = await scan(files.mail(inline_images=[huge]))
    assert result.symbols == []


async def test_only_the_first_images_are_decoded():
    images = [files.qr_png(f"https://site{i}.example.net/") for i in range(qr.MAX_IMAGES + 3)]
    _, context = await scan(files.mail(inline_images=images))
    assert context.notes["extra_urls"] == [f"https://site{i}.example.net/" for i in range(qr.MAX_IMAGES)]


async def test_broken_images_are_quiet():
    png = files.qr_png(PHISH)
    result, _ = await scan(files.mail(inline_images=[png[: len(png) // 2], b"\x89PNG\r\n\x1a\n" + b"\xff" * 100]))
    assert result.symbols == []


def drawn_qr(text: str, dark: str = 'bgcolor="#000000"', light: str = 'bgcolor="#ffffff"') -> str:
    """A QR code drawn as an HTML table, one cell a module, as recent quishing kits draw them."""
    import segno

    rows = "".join("<tr>" + "".join(f"<td {dark if module else light}></td>" for module in row) + "</tr>"
                   for row in segno.make(text, error="m", micro=False).matrix)
    return f"<p>Scan the code with your phone camera to review the document.</p><table>{rows}</table>"


async def test_qr_code_drawn_as_an_html_table_is_read():
    result, context = await scan(files.mail(html=drawn_qr(PHISH)))

    assert names(result) == {"QR_CODE_URL", "QR_CODE_LURE", "QR_CODE_HTML_TABLE"}
    assert context.notes["extra_urls"] == [PHISH]


async def test_qr_code_drawn_with_inline_styles_is_read_too():
    html = drawn_qr(PHISH, dark='style="background-color:rgb(0,0,0);width:4px"', light='style="background:#fff"')
    result, _ = await scan(files.mail(html=html))

    assert "QR_CODE_HTML_TABLE" in names(result)


async def test_an_ordinary_table_of_empty_cells_is_not_a_qr_code():
    rows = "".join("<tr>" + "<td></td>" * 25 + "</tr>" for _ in range(25))
    zebra = "".join("<tr>" + "".join(f'<td bgcolor="{"#000" if (x + y) % 2 else "#fff"}"></td>' for x in range(25)) + "</tr>"
                    for y in range(25))
    result, context = await scan(files.mail(html=f"<table>{rows}</table><table>{zebra}</table>"))

    assert names(result) == set()
    assert "extra_urls" not in context.notes


def pdf_with_image(image: bytes, header: bytes) -> bytes:
    """A one-page PDF whose only content is an image XObject (``header`` its dictionary's keys)."""
    return (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 4 0 R >> >> >>\nendobj\n"
            b"4 0 obj\n<< /Type /XObject /Subtype /Image " + header + b" /Length " + str(len(image)).encode()
            + b" >>\nstream\n" + image + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


async def test_qr_code_in_a_pdf_attachment_jpeg_or_flate():
    import zlib

    grey = Image.open(io.BytesIO(files.qr_png(PHISH))).convert("L")
    jpeg = pdf_with_image(reencode(files.qr_png(PHISH), "JPEG"),
                          f"/Width {grey.width} /Height {grey.height} /ColorSpace /DeviceGray /BitsPerComponent 8 "
                          "/Filter /DCTDecode".encode())
    flate = pdf_with_image(zlib.compress(grey.tobytes()),
                           f"/Width {grey.width} /Height {grey.height} /ColorSpace /DeviceGray /BitsPerComponent 8 "
                           "/Filter /FlateDecode".encode())
    for document in (jpeg, flate):
        result, context = await scan(files.mail(attachments=[("Document_signature.pdf", document)]))

        assert context.notes["extra_urls"] == [PHISH]
        assert "Document_signature.pdf (an image inside)" in next(s.detail for s in result.symbols)


async def test_qr_code_in_a_word_document_picture():
    docx = files.zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
                            "word/media/image1.png": files.qr_png(PHISH)})
    _, context = await scan(files.mail(attachments=[("MFA_setup.docx", docx)]))

    assert context.notes["extra_urls"] == [PHISH]


async def test_a_pdf_without_images_yields_none():
    assert qr.pdf_images(files.plain_pdf()) == []


PIX = ("00020126580014br.gov.bcb.pix013662c97c5b-04e4-7a4c-0596-0bb66cff2cfe520400005303986540554.905802BR"
       "5925MDRT SOLUCOES            6009SAO PAULO62070503***63048D9B")


def test_payment_codes_are_read_with_their_payee():
    assert qr.payment_code(PIX) == ("Pix", "MDRT SOLUCOES")
    assert qr.payment_code("BCD\n002\n1\nSCT\nBNPAFRPP\nKerlann Industries\nFR7630004000031234567890143\nEUR120") == (
        "SEPA transfer", "Kerlann Industries")
    assert qr.payment_code("bitcoin:bc1qz8k4r7p2m6x0d3wq9c5h2y7n4t6f8v0s3j2l5e?amount=0.1") == ("bitcoin wallet", "")
    assert qr.payment_code("WIFI:S:guest;T:WPA;P:secret;;") is None


async def test_a_payment_code_in_a_picture_is_noted_for_the_lures_stage():
    result, context = await scan(files.mail(text="Pague a taxa escaneando o QR code no app do seu banco.\n",
                                            inline_images=[files.qr_png(PIX)]))
    assert names(result) == {"QR_CODE_PAYMENT"}
    assert context.notes["qr_payment"] == ("Pix", "MDRT SOLUCOES")
