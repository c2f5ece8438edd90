"""HTML reading: what a reader sees, what is hidden from them, links, forms; parsed once."""

from __future__ import annotations

from email.message import EmailMessage

from rempart.engine import html
from rempart.engine.html import parse_colour, parse_html
from rempart.engine.message import Message


def message_with(html_body: str, plain: str | None = None, attachment: str | None = None) -> Message:
    mail = EmailMessage()
    mail["From"] = "Alice <alice@example.com>"
    mail["To"] = "bob@example.org"
    mail["Subject"] = "test"
    if plain is not None:
        mail.set_content(plain)
        mail.add_alternative(html_body, subtype="html")
    else:
        mail.set_content(html_body, subtype="html")
    if attachment is not None:
        mail.add_attachment(attachment.encode(), maintype="application", subtype="octet-stream", filename="page.html")
    return Message(mail.as_bytes())


def test_visible_text_leaves_out_scripts_styles_and_the_head():
    doc = parse_html(
        "<html><head><title>Title</title><style>p{color:red}</style><script>var x=1</script></head>"
        "<body><p>Hello</p><script>alert('no')</script><noscript>shown</noscript></body></html>"
    )
    assert doc.text == "Hello\nshown"
    assert doc.title == "Title"


def test_inline_tags_do_not_split_words_and_blocks_do():
    doc = parse_html("<p>Pay<b>Pal</b> account</p><div>second</div><table><tr><td>a</td><td>b</td></tr></table>")

    assert doc.text.split("\n") == ["PayPal account", "second", "a b"]


def test_zero_width_characters_are_not_visible_text():
    assert parse_html("<p>Pa\u200byPal</p>").text == "PayPal"


def test_hidden_elements_are_kept_apart_with_their_reason():
    doc = parse_html(
        '<body><p>visible</p><div style="display: none">by style</div><span hidden>by attribute</span>'
        '<span style="font-size:0px">tiny</span><span style="visibility:hidden">invisible</span>'
        '<span style="opacity:0">transparent</span>'
        '<div style="max-height:0;overflow:hidden">preheader</div></body>'
    )

    assert doc.text == "visible"
    assert dict((text, reason) for reason, text in doc.hidden) == {
        "by style": "display:none",
        "by attribute": "hidden attribute",
        "tiny": "font-size:0",
        "invisible": "visibility:hidden",
        "transparent": "opacity:0",
        "preheader": "zero-size box",
    }


def test_class_rules_hide_but_media_queries_do_not():
    doc = parse_html(
        "<html><head><style>.gone{display:none} @media (max-width:480px){.mobile{display:none}}</style></head>"
        '<body><p class="gone">hidden</p><p class="mobile">desktop only</p></body></html>'
    )

    assert doc.text == "desktop only"
    assert doc.hidden == [("display:none", "hidden")]


def test_text_of_the_background_colour_is_hidden_but_white_on_dark_is_not():
    doc = parse_html(
        '<body><font color="#FFFFFF">white on white</font>'
        '<table bgcolor="#003366"><tr><td><font color="#fff">white on blue</font></td></tr></table>'
        '<div style="background-color:#000"><span style="color:rgb(0,0,0)">black on black</span></div></body>'
    )

    assert doc.text == "white on blue"
    assert [text for _, text in doc.hidden] == ["white on white", "black on black"]


def test_nested_hidden_text_is_reported_once():
    doc = parse_html('<div style="display:none">outer <span style="display:none">inner</span></div>')

    assert doc.hidden == [("display:none", "outer inner")]


def test_a_cell_at_font_size_zero_whose_blocks_set_it_again_shows_the_blocks():
    # MJML's layout: the cell's font is zeroed to close the gaps between blocks, each block sets its own size.
    doc = parse_html('<table><tr><td style="font-size:0px;padding:24px">filler words '
                     '<div style="font-family:Arial;font-size:14px">Ihre Seite wird gesperrt</div></td></tr></table>')

    assert doc.text == "Ihre Seite wird gesperrt"
    assert doc.hidden == [("font-size:0", "filler words")]


def test_one_em_is_a_normal_font_size():
    assert parse_html('<p style="font-size:1em">normal</p>').text == "normal"


def test_links_keep_the_text_they_show_and_images_their_alt():
    doc = parse_html(
        '<a href=" https://example.com/a?b=1&amp;c=2 ">Click &amp; go</a>'
        '<a href="https://example.com/logo"><img src="https://cdn.example.com/l.png" alt="Example"></a>'
        '<iframe src="https://frame.example.net/"></iframe>'
    )

    assert [(link.url, link.kind, link.text) for link in doc.links] == [
        ("https://example.com/a?b=1&c=2", "link", "Click & go"),
        ("https://example.com/logo", "link", "Example"),
        ("https://cdn.example.com/l.png", "image", "Example"),
        ("https://frame.example.net/", "frame", ""),
    ]


def test_forms_with_password_fields_and_their_action():
    doc = parse_html(
        '<form action="https://collect.example.net/p.php" method="POST">'
        '<input type="email" name="login"><input type="PASSWORD" name="passwd"></form>'
        '<input type="password" name="loose">'
    )

    assert doc.forms[0].action == "https://collect.example.net/p.php"
    assert doc.forms[0].method == "post"
    assert doc.forms[0].has_password
    assert doc.forms[1].action == "" and doc.forms[1].has_password  # a script would post it
    assert ("https://collect.example.net/p.php", "form", "") in [(l.url, l.kind, l.text) for l in doc.links]


def test_meta_refresh_base_and_scripts_are_read():
    doc = parse_html(
        '<html><head><base href="https://base.example.com/"><meta http-equiv="refresh" content="0; url=https://next.example.net/">'
        '<script src="https://cdn.example.com/x.js"></script></head><body><script>var u="https://a.example"</script></body></html>'
    )

    assert doc.base == "https://base.example.com/"
    assert ("https://next.example.net/", "refresh") in [(l.url, l.kind) for l in doc.links]
    assert doc.script_sources == ["https://cdn.example.com/x.js"]
    assert doc.scripts == ['var u="https://a.example"']


def test_hostile_nesting_and_junk_do_not_raise():
    deep = "<div>" * 20000 + "deep" + "</div>" * 20000
    assert parse_html(deep).text == "deep"
    assert parse_html("<<<>>><a href=>x</a\x00>").text is not None


def test_colours_in_their_usual_spellings():
    assert parse_colour("#FFF") == (255, 255, 255)
    assert parse_colour("#1a2b3c") == (26, 43, 60)
    assert parse_colour("rgb(10, 20, 30)") == (10, 20, 30)
    assert parse_colour("White !important") == (255, 255, 255)
    assert parse_colour("transparent") is None


def test_visible_text_shows_the_html_of_an_alternative_and_not_its_plain_twin():
    message = message_with("<p>Rendered <b>HTML</b></p>", plain="Plain twin")

    assert message.visible_text == "Rendered HTML"


def test_each_html_part_is_parsed_once():
    message = message_with("<p>Once</p>", attachment="<form><input type=password></form>")
    first = html.body_documents(message)[0]

    assert html.body_documents(message)[0] is first
    assert html.attachment_documents(message)[0][1] is html.attachment_documents(message)[0][1]
    assert html.attachment_documents(message)[0][1].has_password_input


FORM = '<form action="https://collect.example.net/p"><input type="password" name="pw"></form>'


def test_html_that_scripts_write_is_read_too():
    import base64
    from urllib.parse import quote

    for page in (
        f"<script>document.write(unescape('{quote(FORM)}'))</script>",
        f"<script>document.write(atob('{base64.b64encode(FORM.encode()).decode()}'))</script>",
        f"<script>document.body.innerHTML = '{FORM}';</script>",
    ):
        doc = parse_html(page)

        assert doc.has_password_input, page
        assert [link.url for link in doc.all_links()] == ["https://collect.example.net/p"]


def test_a_script_without_html_writes_nothing():
    assert parse_html("<script>var greeting = 'hello there, this is a rather long string';</script>").inner == []
