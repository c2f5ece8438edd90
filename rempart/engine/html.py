"""HTML bodies and attachments, parsed once with selectolax (lexbor) and read many times.

One walk over each HTML part yields everything the checks ask for: the text
a reader sees (without scripts, styles and hidden elements), the hidden text
(kept apart, with why it is hidden, for the rules that score it), links with
the text they display, images, forms with their inputs, scripts, ``<base>``
and meta refresh. The result is cached per part (a weak cache: it goes away
with the message), so no part is ever parsed twice.

What counts as hidden is what a mail client would not show: ``display:none``,
``visibility:hidden``, the ``hidden`` attribute, zero font size or opacity,
zero-sized boxes with overflow hidden, text pushed off screen, and text of
the same colour as its background (inline styles, ``bgcolor`` and simple
class rules of ``<style>`` blocks; rules inside ``@media`` only apply to some
screens and are ignored).
"""

from __future__ import annotations

import base64
import binascii
import re
import weakref
from dataclasses import dataclass, field
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

MAX_HTML_CHARS = 2_000_000  # a bigger part is read up to here
MAX_ITEMS = 2000  # links, images or hidden snippets kept per part

# Characters that take no room on screen: stripped from visible text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f"), None)

BLOCK_TAGS = frozenset(
    """p div br tr li ul ol table tbody thead tfoot h1 h2 h3 h4 h5 h6 blockquote section article
    header footer hr pre form center dd dt dl address nav aside main figure figcaption caption
    fieldset legend option title""".split()
)
SKIP_TAGS = frozenset({"script", "style", "template", "head", "title", "svg", "object", "iframe", "select", "textarea", "xml"})

_WS = re.compile(r"[ \t\r\f\v\u00a0]+")
_LINES = re.compile(r"\s*\n\s*")
_DECLARATION = re.compile(r"\s*([-\w]+)\s*:\s*([^;]*)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^\s*[a-z0-9]*([.#])([-\w]+)\s*$", re.I)
_MEDIA_BLOCK = re.compile(r"@(media|supports|font-face|keyframes)[^{]*\{", re.I)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"\s>]+)", re.I)

_NAMED_COLOURS = {
    "white": (255, 255, 255), "black": (0, 0, 0), "red": (255, 0, 0), "green": (0, 128, 0),
    "blue": (0, 0, 255), "yellow": (255, 255, 0), "gray": (128, 128, 128), "grey": (128, 128, 128),
    "silver": (192, 192, 192), "navy": (0, 0, 128), "whitesmoke": (245, 245, 245), "snow": (255, 250, 250),
    "ivory": (255, 255, 240), "ghostwhite": (248, 248, 255), "azure": (240, 255, 255),
}


@dataclass(frozen=True)
class Link:
    """A URL an HTML part points to: ``kind`` is link (a, area), image, form, frame, refresh or base."""

    url: str
    kind: str
    text: str = ""


@dataclass(frozen=True)
class Form:
    """A form and what it asks for; ``action`` is as written (may be empty or relative)."""

    action: str
    method: str
    inputs: tuple[tuple[str, str], ...]  # (type, name)

    @property
    def has_password(self) -> bool:
        return any(kind == "password" for kind, _ in self.inputs)


@dataclass
class HtmlDocument:
    """Everything the checks read from one HTML part."""

    text: str = ""
    hidden: list[tuple[str, str]] = field(default_factory=list)  # (why, text)
    links: list[Link] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)  # inline script bodies
    script_sources: list[str] = field(default_factory=list)
    title: str = ""
    base: str = ""
    inner: list["HtmlDocument"] = field(default_factory=list)  # HTML that scripts write (decoded)

    def all_forms(self) -> list[Form]:
        """Forms of the page and of the HTML its scripts write."""
        return self.forms + [form for inner in self.inner for form in inner.all_forms()]

    def all_links(self) -> list[Link]:
        return self.links + [link for inner in self.inner for link in inner.all_links()]

    @property
    def hidden_text(self) -> str:
        return " ".join(text for _, text in self.hidden if text)

    @property
    def has_password_input(self) -> bool:
        return any(form.has_password for form in self.all_forms())


# -- colours and styles (reusable by the rules) -----------------------------------


def parse_colour(value: str) -> tuple[int, int, int] | None:
    """``#fff``, ``#ffffff``, ``rgb(1,2,3)`` or a common name as RGB; None when unknown or transparent."""
    value = value.strip().lower().replace("!important", "").strip()
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits[:3])
        if len(digits) in (6, 8):
            try:
                return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
            except ValueError:
                return None
        return None
    if value.startswith("rgb"):
        numbers = re.findall(r"[\d.]+%?", value)[:3]
        try:
            return tuple(int(float(n[:-1]) * 2.55) if n.endswith("%") else int(float(n)) for n in numbers)  # type: ignore[return-value]
        except ValueError:
            return None
    return _NAMED_COLOURS.get(value)


def same_colour(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None, tolerance: int = 12) -> bool:
    """True when two colours are too close to tell apart (text on its own background)."""
    return a is not None and b is not None and max(abs(x - y) for x, y in zip(a, b)) <= tolerance


def declarations(style: str) -> dict[str, str]:
    """A CSS declaration block as {property: value}, lower-cased, ``!important`` dropped."""
    found = {}
    for match in _DECLARATION.finditer(style):
        found[match.group(1).lower()] = match.group(2).strip().lower().replace("!important", "").strip()
    return found


def _zero(value: str) -> bool:
    number = re.match(r"-?[\d.]+", value)
    return number is not None and float(number.group() or 1) == 0


# Largest font size, per unit, that nobody can read.
_TINY = {"": 1.0, "px": 1.0, "pt": 1.0, "em": 0.1, "rem": 0.1, "%": 10.0, "vw": 0.1, "vh": 0.1}


def _tiny(value: str) -> bool:
    number = re.match(r"(\d*\.?\d+)\s*([a-z%]*)", value)
    if number is None:
        return False
    limit = _TINY.get(number.group(2))
    return limit is not None and float(number.group(1)) <= limit


def hidden_reason(styles: dict[str, str]) -> str | None:
    """Why an element with these declarations cannot be seen, or None when it can (colour aside)."""
    if styles.get("display") == "none":
        return "display:none"
    if styles.get("visibility") in ("hidden", "collapse"):
        return "visibility:hidden"
    if "font-size" in styles and _tiny(styles["font-size"]):
        return "font-size:0"
    if "opacity" in styles and _zero(styles["opacity"]):
        return "opacity:0"
    if styles.get("color") == "transparent":
        return "color:transparent"
    overflow = styles.get("overflow", "")
    if overflow == "hidden" and any(_zero(styles.get(p, "1")) for p in ("max-height", "height", "width", "max-width")):
        return "zero-size box"
    if styles.get("position") in ("absolute", "fixed"):
        for side in ("left", "top", "text-indent"):
            if styles.get(side, "").startswith("-") and _offscreen(styles[side]):
                return "off screen"
    if styles.get("text-indent", "").startswith("-") and _offscreen(styles["text-indent"]):
        return "off screen"
    return None


def _offscreen(value: str) -> bool:
    number = re.match(r"-([\d.]+)", value)
    return number is not None and number.group(1) != "." and float(number.group(1)) >= 999


def class_rules(css: str) -> tuple[dict[str, dict[str, str]], bool]:
    """Declarations of simple ``.class``/``#id`` rules outside @media, and whether any rule sets a background."""
    css = _strip_at_blocks(css)
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(css):
        decls = declarations(body)
        for selector in selectors.split(","):
            match = _SIMPLE_SELECTOR.match(selector)
            if match:
                rules.setdefault(match.group(1) + match.group(2).lower(), {}).update(decls)
    return rules, "background" in css.lower()


def _strip_at_blocks(css: str) -> str:
    """CSS without @media (and similar) blocks, braces matched by counting."""
    out, position = [], 0
    for match in _MEDIA_BLOCK.finditer(css):
        if match.start() < position:
            continue
        out.append(css[position : match.start()])
        depth, index = 1, match.end()
        while index < len(css) and depth:
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            index += 1
        position = index
    out.append(css[position:])
    return "".join(out)


# -- the walk ---------------------------------------------------------------------


def parse_html(source: str, depth: int = 0) -> HtmlDocument:
    """Read one HTML text; never raises (a parser failure gives an empty document).

    HTML that the page's scripts carry (``document.write(unescape('%3Cform…'))``,
    ``atob('PGZvcm0…')``, or plain tags in a string) is parsed too, into
    ``inner``, down to ``MAX_DEPTH`` levels: phishing pages hide their form so.
    """
    try:
        document = _Walker(source[:MAX_HTML_CHARS]).run()
    except Exception:  # selectolax on hostile input: the part stays unread, the scan goes on
        return HtmlDocument()
    if depth < MAX_DEPTH:
        budget = MAX_HTML_CHARS
        for script in document.scripts:
            for hidden in written_html(script):
                budget -= len(hidden)
                if budget < 0:
                    return document
                document.inner.append(parse_html(hidden, depth + 1))
    return document


MAX_DEPTH = 2
_TAG = re.compile(r"<\s*(form|input|a\s|iframe|meta|script|html|body|img)", re.I)
_BASE64_LITERAL = re.compile(r"['\"`]([A-Za-z0-9+/]{40,}={0,2})['\"`]")
_ESCAPED_LITERAL = re.compile(r"['\"`]((?:%[0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|[^'\"`]){30,}?)['\"`]")


def written_html(script: str) -> list[str]:
    """HTML carried by a script: as plain tags, base64 literals or %XX / \\xXX escapes."""
    found = []
    if _TAG.search(script):
        found.append(script)
    for literal in _BASE64_LITERAL.findall(script)[:20]:
        try:
            decoded = base64.b64decode(literal, validate=True).decode("utf-8", "replace")
        except (ValueError, binascii.Error):
            continue
        if _TAG.search(decoded):
            found.append(decoded)
    for literal in _ESCAPED_LITERAL.findall(script)[:20]:
        if "%3c" not in literal.lower() and "\\x3c" not in literal.lower() and "\\u003c" not in literal.lower():
            continue
        decoded = _unescape(literal)
        if _TAG.search(decoded):
            found.append(decoded)
    return found


def _unescape(literal: str) -> str:
    text = re.sub(r"\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), literal)
    text = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return unquote(text)


class _Walker:
    """One parse, then C-level CSS queries: Python only touches the elements that matter."""

    def __init__(self, source: str) -> None:
        self.tree = LexborHTMLParser(source)
        self.doc = HtmlDocument()
        self.rules: dict[str, dict[str, str]] = {}
        self.background_rules = False

    def run(self) -> HtmlDocument:
        tree = self.tree
        for node in tree.css("style"):  # rules first: a <style> may follow what it hides
            self._add_rules(node.text(deep=True) or "")
        title = tree.css_first("title")
        if title is not None:
            self.doc.title = _WS.sub(" ", title.text(deep=True) or "").strip()
        for node in tree.css("base[href]"):
            self.doc.base = self.doc.base or (node.attributes.get("href") or "").strip()
        for node in tree.css("meta[http-equiv]"):
            self._meta(node.attributes)
        for node in tree.css("script"):
            self._script(node)
        self._links()
        self._forms()
        body = tree.body
        if body is not None:
            self._hide(body)
            tree.strip_tags(list(SKIP_TAGS - {"head", "title"}))
            for node in body.css(_BLOCK_SELECTOR):
                separator = " " if node.tag in ("td", "th") else "\n"
                node.insert_before(separator)
                node.insert_after(separator)
            text = _WS.sub(" ", body.text(deep=True, separator="") or "").translate(INVISIBLE)
            self.doc.text = _LINES.sub("\n", text).strip()
        return self.doc

    def _add_rules(self, css: str) -> None:
        rules, background = class_rules(css)
        for key, decls in rules.items():
            self.rules.setdefault(key, {}).update(decls)
        self.background_rules = self.background_rules or background

    def _meta(self, attrs: dict) -> None:
        if (attrs.get("http-equiv") or "").lower() == "refresh":
            match = _REFRESH_URL.search(attrs.get("content") or "")
            if match:
                self._link(match.group(1), "refresh")

    def _script(self, node) -> None:
        source = node.attributes.get("src")
        if source:
            self.doc.script_sources.append(source.strip())
        elif len(self.doc.scripts) < 50:
            self.doc.scripts.append((node.text(deep=True) or "")[:200_000])

    def _link(self, url: str | None, kind: str, text: str = "") -> None:
        if url and url.strip() and len(self.doc.links) < MAX_ITEMS:
            self.doc.links.append(Link(url.strip(), kind, text))

    def _links(self) -> None:
        for node in self.tree.css("a[href], area[href], img[src], iframe[src], frame[src], embed[src], object[data]"):
            attrs = node.attributes
            tag = node.tag
            if tag in ("a", "area"):
                text = _WS.sub(" ", node.text(deep=True) or "").strip().translate(INVISIBLE)
                if not text:
                    image = node.css_first("img[alt]")
                    text = (image.attributes.get("alt") or "").strip() if image is not None else ""
                self._link(attrs.get("href"), "link", text[:300])
            elif tag == "img":
                self._link(attrs.get("src"), "image", (attrs.get("alt") or "")[:300])
            else:
                self._link(attrs.get("src") or attrs.get("data"), "frame")

    def _forms(self) -> None:
        for node in self.tree.css("form"):
            attrs = node.attributes
            inputs = []
            for field_node in node.css("input, select, textarea, button")[:100]:
                field_attrs = field_node.attributes
                kind = (field_attrs.get("type") or field_node.tag).lower()
                inputs.append((kind, (field_attrs.get("name") or field_attrs.get("id") or "")[:100]))
            action = (attrs.get("action") or "").strip()
            self.doc.forms.append(Form(action, (attrs.get("method") or "get").lower(), tuple(inputs)))
            if action:
                self._link(action, "form")
        for node in self.tree.css("input"):  # password fields outside any form: a script posts them
            attrs = node.attributes
            if (attrs.get("type") or "").lower() == "password" and not _inside(node, "form"):
                self.doc.forms.append(Form("", "", (("password", attrs.get("name") or ""),)))

    def _styles(self, attrs: dict) -> dict[str, str]:
        styles: dict[str, str] = {}
        if self.rules:
            for name in (attrs.get("class") or "").split():
                styles.update(self.rules.get("." + name.lower(), {}))
            element_id = attrs.get("id")
            if element_id:
                styles.update(self.rules.get("#" + element_id.lower(), {}))
        inline = attrs.get("style")
        if inline:
            styles.update(declarations(inline))
        if attrs.get("color"):  # <font color>
            styles.setdefault("color", attrs["color"])
        return styles

    def _hide(self, body) -> None:
        """Record and remove what a reader cannot see (see the module docstring)."""
        selector = _HIDING_SELECTOR + (", [class], [id]" if self.rules else "")
        hidden = []
        for node in body.css(selector):
            styles = self._styles(node.attributes)
            reason = "hidden attribute" if "hidden" in node.attributes else hidden_reason(styles)
            if reason is None and "color" in styles:
                colour = parse_colour(styles["color"])
                if colour is not None and same_colour(colour, self._background(node)):
                    reason = "same colour as background"
            if reason is None or any(_contains(other, node) for other in hidden[-20:]):
                continue
            if reason == "font-size:0" and self._readable_inside(node):
                # Layout builders (MJML and the ESPs built on it) zero a cell's font to close the gaps between
                # blocks and set it again inside: only the text left at size zero is hidden, not the blocks.
                text = _WS.sub(" ", self._strip_tiny_text(node)).strip()
                if text and len(self.doc.hidden) < MAX_ITEMS:
                    self.doc.hidden.append((reason, text))
                continue
            text = _WS.sub(" ", node.text(deep=True) or "").strip()
            if not text and reason == "same colour as background":
                continue
            hidden.append(node)
            if len(self.doc.hidden) < MAX_ITEMS:
                self.doc.hidden.append((reason, text))
        for node in reversed(hidden):
            node.decompose()

    def _readable(self, node) -> bool:
        size = self._styles(node.attributes).get("font-size")
        return size is not None and not _tiny(size)

    def _readable_inside(self, node) -> bool:
        """Whether an element inside sets a font size one can read again."""
        return any(self._readable(inner) for inner in node.css('[style*="font-size"]' + (", [class]" if self.rules else "")))

    def _strip_tiny_text(self, node) -> str:
        """Remove the text that stays at the zero size (outside the elements that set a readable one); return it."""
        removed = []
        for child in list(node.iter(include_text=True)):
            if child.tag == "-text":
                removed.append(child.text_content or "")
                child.decompose()
            elif not self._readable(child):
                removed.append(self._strip_tiny_text(child))
        return " ".join(removed)

    def _background(self, node) -> tuple[int, int, int] | None:
        """The colour painted behind an element: its own or its nearest ancestor's; None when unknown."""
        current = node
        while current is not None and current.tag not in ("html", "-document"):
            attrs = current.attributes
            styles = self._styles(attrs) if (attrs.get("style") or attrs.get("class")) else {}
            value = styles.get("background-color") or styles.get("background") or attrs.get("bgcolor")
            if value:
                return parse_colour(value.split(" ")[0])
            if attrs.get("background") or "background-image" in styles:
                return None  # an image behind: any colour may be readable
            current = current.parent
        return None if self.background_rules else (255, 255, 255)  # mail clients paint white unless told


def _inside(node, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _contains(ancestor, node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False


_BLOCK_SELECTOR = ", ".join(sorted(BLOCK_TAGS | {"td", "th"}))
# Elements that may hide text; the rest are visible whatever they are.
_HIDING_SELECTOR = ", ".join(
    f'[style*="{word}"]' for word in ("display", "visibility", "font-size", "opacity", "overflow", "indent", "position", "color", "transparent")
) + ", [hidden], font[color]"


# -- per message ---------------------------------------------------------------------

_DOCUMENTS: "weakref.WeakKeyDictionary[object, HtmlDocument]" = weakref.WeakKeyDictionary()
_PART_INFO: "weakref.WeakKeyDictionary[object, PartInfo]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class PartInfo:
    """What the URL and HTML readers ask of a part, read from its headers once (they are slow to parse)."""

    content_type: str
    filename: str  # lower-cased, "" when none
    is_attachment: bool

    @property
    def is_html(self) -> bool:
        """HTML by type or by name (attachments often come as application/octet-stream)."""
        return self.content_type in ("text/html", "application/xhtml+xml", "image/svg+xml") or self.filename.endswith(
            (".html", ".htm", ".shtml", ".xhtml", ".mht", ".svg")
        )


def part_info(part) -> PartInfo:
    found = _PART_INFO.get(part)
    if found is None:
        found = PartInfo(part.content_type, (part.filename or "").lower(), part.is_attachment)
        _PART_INFO[part] = found
    return found


def document(part) -> HtmlDocument:
    """The parsed HTML of one part of a message, parsed on first use and cached with the part."""
    found = _DOCUMENTS.get(part)
    if found is None:
        found = parse_html(part.text)
        _DOCUMENTS[part] = found
    return found


def is_html_part(part) -> bool:
    """HTML by type or by name (attachments often come as application/octet-stream)."""
    return part_info(part).is_html


def body_documents(message) -> list[HtmlDocument]:
    """The HTML bodies (not attachments) of a message, parsed."""
    return [document(p) for p in message.parts if _is_html_body(part_info(p))]


def attachment_documents(message) -> list[tuple[object, HtmlDocument]]:
    """(part, parsed HTML) of each attachment that is HTML or SVG."""
    return [(p, document(p)) for p in message.parts if part_info(p).is_attachment and part_info(p).is_html]


def _is_html_body(info: PartInfo) -> bool:
    return info.content_type == "text/html" and not info.is_attachment


def visible_text(message) -> str:
    """What a reader sees: plain bodies and rendered HTML bodies, one per alternative.

    Where a multipart/alternative offers both, the HTML is what mail
    clients show, so its plain twin is left out.
    """
    shadowed = _plain_twins(message)
    chunks = []
    for part in message.parts:
        info = part_info(part)
        if info.is_attachment:
            continue
        if info.content_type == "text/html":
            chunks.append(document(part).text)
        elif info.content_type == "text/plain" and id(part._node) not in shadowed:
            chunks.append(part.text.translate(INVISIBLE))
    return "\n".join(chunk for chunk in chunks if chunk)


def _plain_twins(message) -> set[int]:
    """ids of text/plain nodes that sit beside a text/html one in a multipart/alternative."""
    twins: set[int] = set()
    try:
        for node in message.tree.walk():
            if node.get_content_maintype() != "multipart" or node.get_content_subtype() != "alternative":
                continue
            children = node.get_payload()
            if isinstance(children, list) and any(c.get_content_type() == "text/html" for c in children):
                twins.update(id(c) for c in children if c.get_content_type() == "text/plain")
    except Exception:  # a broken tree: show everything rather than nothing
        return set()
    return twins
