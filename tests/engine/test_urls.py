"""URL extraction and normalisation: what a browser would open, from every part of a message."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine import urls as urls_module
from rempart.engine.message import Message
from rempart.engine.urls import embedded_url, parse_url, urls_in_text


def build(plain: str | None = None, html: str | None = None, attachments: list[tuple[str, bytes, str]] = ()) -> Message:
    mail = EmailMessage()
    mail["From"] = "Alice <alice@example.com>"
    mail["To"] = "bob@example.org"
    mail["Subject"] = "links"
    if plain is not None:
        mail.set_content(plain)
        if html is not None:
            mail.add_alternative(html, subtype="html")
    elif html is not None:
        mail.set_content(html, subtype="html")
    for name, data, content_type in attachments:
        maintype, subtype = content_type.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return Message(mail.as_bytes())


# -- plain text ---------------------------------------------------------------------


def test_text_urls_with_scheme_www_and_bare_domains():
    text = (
        "See https://example.com/path. Or (http://foo.org/a_(b)) and www.test.fr,\n"
        "also paypal-secure.com/verify, pаypal.com/x, example.io and visit amazon.com!"
    )
    assert urls_in_text(text) == [
        ("https://example.com/path", "link"),
        ("http://foo.org/a_(b)", "link"),
        ("www.test.fr", "link"),
        ("paypal-secure.com/verify", "bare"),
        ("pаypal.com/x", "bare"),
        ("example.io", "bare"),
        ("amazon.com", "bare"),
    ]


@pytest.mark.parametrize(
    "prose",
    ["The end.It was fine", "report.zip", "main.py", "write to john@example.com", "e.g. this", "version 1.2.3", "Node.js"],
)
def test_prose_is_not_taken_for_a_link(prose):
    assert urls_in_text(prose) == []


# -- one URL, as a browser reads it -------------------------------------------------------


def test_the_host_is_what_follows_the_at_sign():
    url = parse_url("https://www.paypal.com@evil.example.net/login")

    assert url.host == "evil.example.net"
    assert url.userinfo == "www.paypal.com"
    assert url.domain == "example.net"


@pytest.mark.parametrize(
    "raw, host",
    [("http://3232235777/a", "192.168.1.1"), ("http://0x7f.1/", "127.0.0.1"), ("http://0300.0250.1.1/", "192.168.1.1")],
)
def test_numeric_hosts_are_read_as_browsers_read_them(raw, host):
    url = parse_url(raw)

    assert url.host == host and url.is_ip


def test_backslashes_scheme_relative_and_ports():
    assert parse_url("http:\\\\evil.example.com\\path\\x").url == "http://evil.example.com/path/x"
    assert parse_url("//cdn.example.com/x.js").url == "http://cdn.example.com/x.js"
    assert parse_url("https://example.com:443/a").port == 443
    assert parse_url("https://example.com:443/a").url == "https://example.com/a"
    assert parse_url("http://[2001:db8::1]:8080/x").url == "http://[2001:db8::1]:8080/x"


def test_international_hosts_keep_both_forms():
    url = parse_url("https://xn--pypal-4ve.com/signin")

    assert url.host == "pаypal.com"  # Cyrillic а, as the reader sees it
    assert url.host_ascii == "xn--pypal-4ve.com"
    assert url.domain == "xn--pypal-4ve.com"
    assert parse_url("https://Bücher.de/").host_ascii == "xn--bcher-kva.de"


def test_schemes_that_run_something_are_kept_without_a_host_and_mail_links_dropped():
    assert parse_url("javascript:alert(1)").scheme == "javascript"
    assert parse_url("data:text/html;base64,PGgxPg==").host == ""
    assert parse_url("search-ms:query=invoice&crumb=location:\\\\203.0.113.5@80\\share").scheme == "search-ms"
    assert parse_url("mailto:someone@example.com") is None
    assert parse_url("#top") is None
    assert parse_url("/relative/path") is None
    assert parse_url("/relative/path", base="https://example.com/dir/").url == "https://example.com/relative/path"


# -- URLs inside URLs -------------------------------------------------------------


@pytest.mark.parametrize(
    "wrapper, inner",
    [
        (
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.com%2Fa&data=05",
            "https://www.example.com/a",
        ),
        ("https://urldefense.com/v3/__https://example.org/a/b__;!!abc$", "https://example.org/a/b"),
        ("https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.com_path&d=DwM", "https://www.example.com/path"),
        ("https://www.google.com/url?q=https://evil.example.net/p&sa=D", "https://evil.example.net/p"),
        ("https://www.google.com/amp/s/evil.example.net/p", "https://evil.example.net/p"),
        ("https://tracker.example.com/r?to=aHR0cHM6Ly9ldmlsLmV4YW1wbGUubmV0L2xvZ2lu", "https://evil.example.net/login"),
        ("https://redirect.example.com/go/https://evil.example.net/x", "https://evil.example.net/x"),
        ("https://r.example.com/?u=https%253A%252F%252Fdouble.example.net%252F", "https://double.example.net/"),
        ("http://click.esp.example/mm/Clickthrough/233/uBn6/*http://www.shop.example*http://www.shop.example",
         "http://www.shop.example"),
        ("https://t-info.mail.adobe.com/r/?id=h90e1f995,98e1&p1=view-doc-kerlann.sbs/adobe/?e=Y2Fh",
         "https://view-doc-kerlann.sbs/adobe/?e=Y2Fh"),  # a target written without its scheme
        ("https://ad.doubleclick.net/ddm/trackclk/N7714.31/B3045;dc_trk_aid=5;dc_lat=;dc_rdid=?https://evil.example.net/x",
         "https://evil.example.net/x"),  # the whole query is the target
        ("https://protect-eu.mimecast.com/s/HYygoZHysiK2UDvH?domain=pembertoncross-sharefile.com",
         "https://pembertoncross-sharefile.com/"),  # Mimecast names only the target's host
    ],
)
def test_redirectors_and_rewriters_give_up_the_url_they_carry(wrapper, inner):
    assert embedded_url(parse_url(wrapper)) == inner


def test_a_plain_url_carries_nothing():
    assert embedded_url(parse_url("https://example.com/search?q=shoes&page=2")) is None
    assert embedded_url(parse_url("https://example.com/get?file=report.pdf/2")) is None  # .pdf is no suffix


# -- a whole message ---------------------------------------------------------------------


def test_urls_of_text_html_and_attachments_with_their_source_and_kind():
    message = build(
        plain="Plain: https://plain.example.com/a",
        html=(
            '<a href="https://www.google.com/url?q=https://final.example.net/x">Open</a>'
            '<img src="https://img.example.com/i.png"><form action="https://post.example.org/p"></form>'
        ),
        attachments=[
            ("page.html", b'<a href="https://attached.example.com/">here</a>', "application/octet-stream"),
            ("notes.txt", b"see www.notes.example.org/doc", "text/plain"),
            ("doc.pdf", b"%PDF-1.4 1 0 obj << /A << /S /URI /URI (https://pdf.example.com/x) >> >>", "application/pdf"),
        ],
    )

    found = [(u.host, u.source, u.kind, u.text) for u in message.urls]

    assert found == [
        ("plain.example.com", "text", "link", ""),
        ("www.google.com", "html", "link", "Open"),
        ("final.example.net", "html", "redirect", "Open"),
        ("img.example.com", "html", "image", ""),
        ("post.example.org", "html", "form", ""),
        ("attached.example.com", "attachment", "link", "here"),
        ("www.notes.example.org", "attachment", "link", ""),
        ("pdf.example.com", "attachment", "link", ""),
    ]
    assert message.urls[2].via == message.urls[1].url


def test_urls_written_in_scripts_of_html_attachments_are_found():
    page = b'<script>fetch("https://api.telegram.org/bot123:ABC/sendMessage?chat_id=1")</script>'
    message = build(plain="see attached", attachments=[("scan.htm", page, "text/html")])

    assert [(u.host, u.kind, u.source) for u in message.urls] == [("api.telegram.org", "script", "attachment")]


def test_duplicates_are_dropped_and_the_count_is_bounded(monkeypatch):
    monkeypatch.setattr(urls_module, "MAX_URLS", 5)
    text = "https://same.example.com/ " * 3 + " ".join(f"https://host{i}.example.com/" for i in range(20))
    message = build(plain=text)

    found = urls_module.extract_urls(message)

    assert [u.host for u in found] == ["same.example.com", "host0.example.com", "host1.example.com", "host2.example.com", "host3.example.com"]


def _docx(rels: str) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>Sign here</w:p></w:body></w:document>")
        archive.writestr("word/_rels/document.xml.rels", rels)
    return buffer.getvalue()


def test_the_links_of_a_word_attachment_are_read_from_its_relationships():
    rels = ('<Relationships><Relationship Id="rId1" Type=".../styles" Target="styles.xml"/>'
            '<Relationship Id="rId5" Type=".../hyperlink" Target="https://avenant-rh.web.app/signin?a=1&amp;b=2" '
            'TargetMode="External"/>'
            '<Relationship Id="rId6" TargetMode="External" Type=".../hyperlink" Target="mailto:rh@example.com"/>'
            '</Relationships>')
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "rh@example.com", "staff@example.org", "Avenant"
    mail.set_content("Please sign the attached amendment.")
    mail.add_attachment(_docx(rels), maintype="application",
                        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="avenant.docx")

    found = [(u.url, u.source) for u in Message(mail.as_bytes()).urls]

    assert found == [("https://avenant-rh.web.app/signin?a=1&b=2", "attachment")]


def test_an_address_typed_in_a_word_attachment_is_read_too():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Sign in at '
                                              'https://rb.gy/x7k2qp to view your letter.</w:t></w:r></w:p></w:body></w:document>')
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "hr@example.com", "staff@example.org", "Salary review"
    mail.set_content("Please find your letter attached.")
    mail.add_attachment(buffer.getvalue(), maintype="application",
                        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="letter.docx")
    message = Message(mail.as_bytes())

    assert [(u.url, u.source) for u in message.urls] == [("https://rb.gy/x7k2qp", "attachment")]
    assert "Sign in at https://rb.gy/x7k2qp" in message.document_text


def test_a_broken_office_file_gives_no_link_and_no_error():
    assert urls_module.urls_in_office(b"PK\x03\x04 not really a zip") == []
    assert urls_module.urls_in_office(b"") == []


@pytest.mark.parametrize("text, found", [
    ("see HTTPS://Example.COM/a and Ftp://files.example.org/x", ["HTTPS://Example.COM/a", "Ftp://files.example.org/x"]),
    ("xhttp://glued.example.com and tfTP://no.example.com", []),
    ("(www.example.com) www2.example.net/p WWW.EXAMPLE.ORG", ["www.example.com", "www2.example.net/p", "WWW.EXAMPLE.ORG"]),
    ("awww.example.com me@www.example.com a/www.example.com a-www.example.com", []),
    ("www.example.com at the very start, then https://x.example.com/w?www.y", ["www.example.com", "https://x.example.com/w?www.y"]),
])
def test_schemed_links_need_a_word_start(text, found):
    assert [url for url, kind in urls_in_text(text) if kind == "link"] == found
