"""What is inside Office, PDF and HTML files, as plain reports the stages score.

- Office: VBA and Excel 4 (XLM) macros through oletools (olevba extracts and
  scans the code, mraptor says whether it runs on opening and can write or
  execute), and whether the document is password-protected.
- PDF: the names that make a PDF act (JavaScript, automatic actions,
  launch, embedded files, forms) counted as pdfid does, after undoing the
  ``#xx`` escapes that hide them, also inside compressed object streams; and
  the links it holds.
- HTML (and SVG): password forms, HTML smuggling (a file built in the
  browser from an embedded blob and handed to the user as a download), and
  redirects, also after one level of ``atob``/``unescape`` decoding, the
  usual wrapping of phishing pages (an address decoded so, then handed to
  ``location`` through a variable, is where the page sends the reader).

Each helper reads bytes or text already in memory, bounds its own work, and
returns a report; it never raises for a malformed file (a report with
nothing found comes back instead).
"""

from __future__ import annotations

import base64
import logging
import re
import urllib.parse
import warnings
import zlib
from dataclasses import dataclass, field

log = logging.getLogger("rempart.engine.documents")

MAX_VBA_SOURCE = 1024 * 1024  # characters of macro source analysed
MAX_PDF_INFLATE = 8 * 1024 * 1024  # bytes of object streams inflated per PDF
MAX_PDF_STREAMS = 200
MAX_HTML = 2 * 1024 * 1024  # characters of an HTML file examined
MAX_DECODED = 1024 * 1024  # characters produced by de-obfuscation

# -- Office ------------------------------------------------------------------

OFFICE_KINDS = frozenset({"doc", "xls", "ppt", "ole", "docm", "xlsm", "pptm", "office_xml"})


@dataclass(frozen=True)
class MacroReport:
    """Macros of one Office file: keywords olevba found and mraptor's judgement.

    ``dangerous`` is mraptor's "suspicious" (code that runs by itself on
    opening or closing and can write files or run programs), or code that
    runs by itself and names a shell, PowerShell or a download (in olevba's
    keywords, or in its strings once their pieces are joined back).
    """

    autoexec: tuple[str, ...] = ()
    suspicious: tuple[str, ...] = ()
    flags: str = ""  # mraptor: A (auto-exec), W (write), X (execute)
    dangerous: bool = False
    xlm: bool = False
    source: str = ""  # the VBA source (capped), for signature rules


def _quiet_oletools() -> None:
    for name in ("olevba", "oletools", "olefile", "mraptor", "ppt_parser", "crypto"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def office_members(data: bytes, wanted: re.Pattern, max_bytes: int, max_count: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of the members of an Office Open XML or OpenDocument file (a ZIP) whose name ``wanted`` matches.

    At most ``max_count`` of them, each at most ``max_bytes`` (a bigger one
    is skipped, and no read goes past that size whatever the ZIP declares);
    a file that is not a readable ZIP gives what was read before it broke.
    """
    import io
    import zipfile

    found: list[tuple[str, bytes]] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if len(found) >= max_count:
                    break
                if wanted.search(info.filename) and info.file_size <= max_bytes:
                    with archive.open(info) as member:
                        found.append((info.filename, member.read(max_bytes + 1)[:max_bytes]))
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError, NotImplementedError, zlib.error):
        pass
    return found


# olevba's "Suspicious" keywords that start a program, a shell or a download. With a macro that runs on
# opening they make the document a dropper even when mraptor sees no write or run call it knows
# (the command built as a string and handed on by means it does not list).
_RUNS_SOMETHING = frozenset({
    "shell", "shellexecute", "shellexecutea", "wscript.shell", "powershell", "command", "createobject", "getobject",
    "urldownloadtofile", "urldownloadtofilea", "microsoft.xmlhttp", "msxml2.xmlhttp", "msxml2.serverxmlhttp",
    "winhttp.winhttprequest", "adodb.stream", "savetofile", "exec", "run", "createprocess", "createprocessa",
    "callbyname", "macscript", "vbs", "cmd.exe",
})


# A command line or a download written in the macro's strings, once "pow" & "ershell" is joined back.
_JOINED = re.compile(r'"\s*[&+]\s*(?:_\s*\r?\n\s*)?"')
# The Windows programs a command is run through, for the macros here and the ClickFix pages below.
_RUNNERS = r"mshta|powershell|pwsh|rundll32|regsvr32|bitsadmin|certutil"
_COMMAND_LINE = re.compile(
    rf"(?:{_RUNNERS})|cmd(?:\.exe)?\s+/[ck]\b|wscript|cscript"
    r"|downloadstring|downloadfile|invoke-webrequest|\biwr\s|start-process|\.exe\b",
    re.I,
)


def office_macros(data: bytes, name: str = "document") -> MacroReport | None:
    """The macros of an Office file, or None when it has none (or cannot be parsed)."""
    with warnings.catch_warnings():  # oletools uses pyparsing names deprecated since
        warnings.simplefilter("ignore")
        from oletools.mraptor import MacroRaptor
        from oletools.olevba import TYPE_TEXT, VBA_Parser, VBA_Scanner

    _quiet_oletools()
    parser = None
    try:
        parser = VBA_Parser(name, data=data, disable_pcode=True)
        # olevba reads any text as VBA source; only real documents count here.
        if parser.type == TYPE_TEXT or not parser.detect_macros():
            return None
        xlm = bool(parser.contains_xlm_macros)
        chunks, total = [], 0
        for _, _, _, code in parser.extract_all_macros():
            if code and total < MAX_VBA_SOURCE:
                chunks.append(code[: MAX_VBA_SOURCE - total])
                total += len(chunks[-1])
        source = "\n".join(chunks)
        results = VBA_Scanner(source).scan() if source else []
        raptor = MacroRaptor(source)
        raptor.scan()
        autoexec = tuple(sorted({keyword for kind, keyword, _ in results if kind == "AutoExec"}))
        suspicious = tuple(sorted({keyword for kind, keyword, _ in results if kind == "Suspicious"}))
        runs_something = bool(autoexec) and (any(k.lower() in _RUNS_SOMETHING for k in suspicious)
                                             or _COMMAND_LINE.search(_JOINED.sub("", source)) is not None)
        return MacroReport(autoexec, suspicious, raptor.get_flags(), bool(raptor.suspicious) or runs_something, xlm,
                           source)
    except Exception as exc:  # a broken document is not an error of ours
        log.debug("macro extraction failed for %s: %s", name, exc)
        return None
    finally:
        if parser is not None:
            try:
                parser.close()
            except Exception:
                pass


def macros_of(file) -> MacroReport | None:
    """:func:`office_macros` of an unpacked file, computed once per scan (see archives.File.cache)."""
    if "macros" not in file.cache:
        report = None
        if file.data and file.type.kind in OFFICE_KINDS:
            report = office_macros(file.data, file.name or "document")
        file.cache["macros"] = report
    return file.cache["macros"]


def office_encrypted(data: bytes, kind: str) -> bool:
    """Whether an Office file needs a password to open (not merely write-protected)."""
    if kind == "office_encrypted":
        return True
    if kind not in ("doc", "xls", "ppt", "ole"):
        return False
    import olefile
    from oletools import crypto

    _quiet_oletools()
    try:
        ole = olefile.OleFileIO(data)
    except Exception:
        return False
    try:
        return bool(crypto.is_encrypted(ole))
    except Exception:
        return False
    finally:
        ole.close()


# -- PDF ---------------------------------------------------------------------

_PDF_NAME = re.compile(rb"/([A-Za-z0-9#]{2,40})")
_PDF_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM = re.compile(rb"<<(?P<dict>(?:(?!>>).){0,600}?)>>\s*stream\r?\n", re.S)
_PDF_URI = re.compile(rb"/URI\s*\((?P<text>(?:\\.|[^\\)]){1,2048})\)|/URI\s*<(?P<hex>[0-9A-Fa-f\s]{2,4096})>")
_PDF_ESCAPES = re.compile(rb"\\([nrtbf()\\]|[0-7]{1,3})")
_PDF_ESCAPE_MAP = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}

_PDF_WATCHED = frozenset({"JavaScript", "JS", "OpenAction", "AA", "Launch", "EmbeddedFile", "EmbeddedFiles",
                          "URI", "SubmitForm", "AcroForm", "XFA", "RichMedia", "ObjStm", "Encrypt", "GoToR",
                          "ImportData"})


@dataclass(frozen=True)
class PdfReport:
    """What a PDF can do when opened; ``names`` counts each watched name (as pdfid does)."""

    names: dict[str, int] = field(default_factory=dict)
    uris: tuple[str, ...] = ()

    def has(self, *names: str) -> bool:
        return any(self.names.get(n) for n in names)

    @property
    def javascript(self) -> bool:
        return self.has("JavaScript", "JS")

    @property
    def automatic(self) -> bool:
        return self.has("OpenAction", "AA")


def _pdf_unescape(raw: bytes) -> bytes:
    def one(match: re.Match) -> bytes:
        token = match.group(1)
        if token in _PDF_ESCAPE_MAP:
            return _PDF_ESCAPE_MAP[token]
        return bytes([int(token, 8) & 0xFF])

    return _PDF_ESCAPES.sub(one, raw)


def _count_names(blob: bytes, names: dict[str, int]) -> None:
    for match in _PDF_NAME.finditer(blob):
        raw = match.group(1)
        if b"#" in raw:
            raw = _PDF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
        name = raw.decode("latin-1")
        if name in _PDF_WATCHED:
            names[name] = names.get(name, 0) + 1


def _object_streams(data: bytes) -> list[bytes]:
    """Inflated content of FlateDecode object streams, where names can hide from a plain scan."""
    out, budget = [], MAX_PDF_INFLATE
    for count, match in enumerate(_PDF_STREAM.finditer(data)):
        if count >= MAX_PDF_STREAMS or budget <= 0:
            break
        header = match.group("dict")
        if b"ObjStm" not in header or b"Flate" not in header:
            continue
        try:
            inflated = zlib.decompressobj().decompress(data[match.end():match.end() + budget], budget)
        except zlib.error:
            continue
        budget -= len(inflated)
        out.append(inflated)
    return out


def pdf_features(data: bytes) -> PdfReport:
    """The watched names and the links of a PDF, object streams included."""
    names: dict[str, int] = {}
    _count_names(data, names)
    blobs = [data]
    if names.get("ObjStm"):
        for inflated in _object_streams(data):
            _count_names(inflated, names)
            blobs.append(inflated)
    uris: list[str] = []
    for blob in blobs:
        for match in _PDF_URI.finditer(blob):
            if match.group("text") is not None:
                raw = _pdf_unescape(match.group("text"))
            else:
                try:
                    raw = bytes.fromhex(re.sub(rb"\s", b"", match.group("hex")).decode())
                except ValueError:
                    continue
            uri = raw.decode("latin-1").strip()
            if uri and uri not in uris and len(uris) < 100:
                uris.append(uri)
    return PdfReport(names, tuple(uris))


# The parts of a Word, PowerPoint or Excel file that hold what the reader sees, and the runs of text in them.
_OFFICE_TEXT_PART = re.compile(r"^(?:word/document\.xml|ppt/slides/slide\d+\.xml|xl/sharedStrings\.xml)$")
_OFFICE_TEXT_RUN = re.compile(rb"<(?:w|a):t(?:\s[^>]{0,80})?>([^<]{1,4000})</(?:w|a):t>|<t(?:\s[^>]{0,80})?>([^<]{1,4000})</t>")
_OFFICE_PARAGRAPH = re.compile(rb"</(?:w|a):p>|</si>")
MAX_OFFICE_TEXT_PART = 4 * 1024 * 1024  # a bigger document part is not read for its words
MAX_OFFICE_TEXT_SCAN = 1024 * 1024  # bytes of a part's XML searched for its words (the text lures need comes first)


def office_text(data: bytes, limit: int = 20_000) -> str:
    """The words of a .docx, .pptx or .xlsx (its body, slides or shared strings), paragraphs on their own lines.

    A phishing "letter" in Word often types its link instead of linking it (no
    relationship to find) and puts its pretext there only: the lures read it
    as they read a PDF's words. A file that is not a readable ZIP gives "".
    """
    import html as html_entities

    pieces: list[str] = []
    size = 0
    for _name, xml in office_members(data, _OFFICE_TEXT_PART, MAX_OFFICE_TEXT_PART, 40):
        for paragraph in _OFFICE_PARAGRAPH.split(xml[:MAX_OFFICE_TEXT_SCAN]):
            runs = [m.group(1) or m.group(2) for m in _OFFICE_TEXT_RUN.finditer(paragraph)]
            if runs:
                line = html_entities.unescape(b"".join(runs).decode("utf-8", "replace"))
                pieces.append(line)
                size += len(line) + 1
                if size >= limit:
                    return "\n".join(pieces)[:limit]
    return "\n".join(pieces)[:limit]


_PDF_TEXT_BLOCK = re.compile(rb"\bBT\b(.*?)\bET\b", re.S)
_PDF_TEXT_OP = re.compile(rb"(\((?:\\.|[^\\)]){0,1000}\))\s*(?:Tj|'|\")|\[((?:\((?:\\.|[^\\)]){0,1000}\)|[^\]\(]){0,4000})\]\s*TJ", re.S)
_PDF_LITERAL = re.compile(rb"\(((?:\\.|[^\\)]){0,1000})\)", re.S)
MAX_PDF_TEXT_INFLATE = 2 * 1024 * 1024  # bytes of page content inflated to read a PDF's words


def pdf_text(data: bytes, limit: int = 20_000) -> str:
    """The words a PDF shows, as far as its page content writes them in literal strings.

    Page content streams (FlateDecode or plain) are read for the strings of
    the text operators (Tj, TJ, ', "); text drawn with hex strings through a
    CID font's ToUnicode map is not decoded: what comes back is a lower bound,
    for lures that put their words (a phone number, a pretext) in the PDF only.
    """
    pieces: list[str] = []
    size, budget = 0, MAX_PDF_TEXT_INFLATE
    for count, match in enumerate(_PDF_STREAM.finditer(data)):
        if count >= MAX_PDF_STREAMS or budget <= 0 or size >= limit:
            break
        header = match.group("dict")
        if b"/Image" in header or b"ObjStm" in header or b"/XRef" in header:
            continue
        if b"Flate" in header:
            try:
                content = zlib.decompressobj().decompress(data[match.end():match.end() + budget], budget)
            except zlib.error:
                continue
        elif b"/Filter" in header:
            continue
        else:
            end = data.find(b"endstream", match.end(), match.end() + budget)
            content = data[match.end():end] if end != -1 else b""
        budget -= len(content)
        for block in _PDF_TEXT_BLOCK.finditer(content):
            words = []
            for op in _PDF_TEXT_OP.finditer(block.group(1)):
                if op.group(1) is not None:
                    words.append(_pdf_unescape(op.group(1)[1:-1]))
                else:
                    words.append(b"".join(_pdf_unescape(s.group(1)) for s in _PDF_LITERAL.finditer(op.group(2))))
            line = b" ".join(w for w in words if w).decode("latin-1")
            if line.strip():
                pieces.append(line)
                size += len(line)
    return "\n".join(pieces)[:limit]


_LOGIN_WORDS = re.compile(
    r"log-?in|log-?on|sign-?in|signon|verif|account|password|passwd|credential|auth|secure|webmail|"
    r"office-?365|outlook|sharepoint|onedrive|docusign|wallet|unlock|suspend|update-?billing|connexion|identifi",
    re.I,
)


def looks_like_login(url: str) -> bool:
    """A web link whose host or path speaks of signing in, verifying or unlocking an account."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme.lower() not in ("http", "https"):
        return False
    return bool(_LOGIN_WORDS.search(parsed.netloc + parsed.path + "?" + parsed.query))


# -- HTML --------------------------------------------------------------------

_POSTS = re.compile(r"\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|post)\s*\(|\.submit\s*\(|navigator\.sendBeacon", re.I)
_ATOB = re.compile(r"atob\s*\(\s*[\"'`]([A-Za-z0-9+/=\s]{16,})[\"'`]\s*\)", re.I)
_UNESCAPE = re.compile(r"(?:unescape|decodeURIComponent|decodeURI)\s*\(\s*[\"'`]((?:%[0-9A-Fa-f]{2}|[^\"'`%]){16,})[\"'`]\s*\)", re.I)
_LONG_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{4000}")
_BLOB = re.compile(r"new\s+Blob\s*\(|\bBlob\s*\(\s*\[", re.I)
_OBJECT_URL = re.compile(r"createObjectURL|msSaveOrOpenBlob|msSaveBlob", re.I)
_DOWNLOAD = re.compile(r"\.download\s*=|\bdownload\s*=\s*[\"']|setAttribute\s*\(\s*[\"']download[\"']|msSaveOrOpenBlob|msSaveBlob", re.I)
_PAYLOAD = re.compile(r"atob\s*\(|Uint8Array|charCodeAt|base64", re.I)
_JS_REDIRECT = re.compile(
    r"location(?:\.href)?\s*=\s*[\"'](https?://[^\"'\s]{1,2048})|location\.(?:replace|assign)\s*\(\s*[\"'](https?://[^\"'\s]{1,2048})",
    re.I,
)
# Script that sends the reader elsewhere, whatever it assigns (a variable, a
# concatenation): window.location = ..., location.href = ..., location.replace(...).
_JS_NAVIGATION = re.compile(
    r"(?<![\w-])location(?:\s*\.\s*href)?\s*=(?!=)|(?<![\w-])location\s*\.\s*(?:replace|assign)\s*\(", re.I,
)
_DECODED_URL = re.compile(r"^[ \t]*(https?://[^\s\"'<>]{1,2048})", re.I | re.M)
_REFRESH_URL = re.compile(r"url\s*=\s*[\"']?(https?://[^\"'\s>]{1,2048})", re.I)
_HANDLERS = ("onload", "onerror", "onclick", "onmouseover", "onfocus")


@dataclass(frozen=True)
class HtmlReport:
    """What an HTML or SVG file does: credential forms, smuggling, redirects, script."""

    credential_form: bool = False
    smuggling: str = ""  # how the page builds and hands out a file, when it does
    redirect: str = ""  # where it sends the reader, when it does
    script: bool = False
    form_actions: tuple[str, ...] = ()
    clickfix: str = ""  # the command a fake check puts on the clipboard for the reader to run, when it does


def _deobfuscated(text: str) -> str:
    """One level of the usual wrapping: atob("...") and unescape("%3C...") strings, decoded."""
    pieces, total = [], 0
    for match in _ATOB.finditer(text):
        try:
            decoded = base64.b64decode(re.sub(r"\s", "", match.group(1)) + "==", validate=False).decode("utf-8", "replace")
        except (ValueError, TypeError):
            continue
        pieces.append(decoded)
        total += len(decoded)
        if total > MAX_DECODED:
            break
    for match in _UNESCAPE.finditer(text):
        if total > MAX_DECODED:
            break
        decoded = urllib.parse.unquote(match.group(1))
        pieces.append(decoded)
        total += len(decoded)
    return "\n".join(pieces)[:MAX_DECODED]


@dataclass
class _Tags:
    password: bool = False
    form: bool = False
    script: bool = False
    actions: list[str] = field(default_factory=list)
    refresh: str = ""
    data_download: bool = False


def _tags(markup: str) -> _Tags:
    """The few elements that matter, found by a C parser (linear, whatever the markup)."""
    from selectolax.lexbor import LexborHTMLParser

    found = _Tags()
    tree = LexborHTMLParser(markup)
    for node in tree.css("input, form, meta, a, script, iframe, object, embed, body, svg, img"):
        attributes = {k.lower(): (v or "") for k, v in node.attributes.items()}
        tag = node.tag
        if tag == "input" and attributes.get("type", "").strip().lower() == "password":
            found.password = True
        elif tag == "form":
            found.form = True
            action = attributes.get("action", "").strip()
            if action.lower().startswith(("http://", "https://")) and len(found.actions) < 10:
                found.actions.append(action)
        elif tag == "meta" and attributes.get("http-equiv", "").strip().lower() == "refresh":
            match = _REFRESH_URL.search(attributes.get("content", ""))
            found.refresh = found.refresh or (match.group(1) if match else "")
        elif tag == "a" and "download" in attributes:
            href = attributes.get("href", "").lstrip().lower()
            found.data_download = found.data_download or (href.startswith("data:") and len(href) > 1000)
        elif tag == "script":
            found.script = True
        if any(h in attributes for h in _HANDLERS) or attributes.get("href", "").lstrip().lower().startswith("javascript:"):
            found.script = True
    return found


def _script_redirect(page: str, decoded: str) -> str:
    """Where script sends the reader: a literal URL given to ``location``, or, when ``location``
    is given something built at run time, the URL the page decodes (``atob``, ``unescape``)."""
    match = _JS_REDIRECT.search(page)
    if match:
        return match.group(1) or match.group(2)
    if decoded and _JS_NAVIGATION.search(page):
        match = _DECODED_URL.search(decoded)
        if match:
            return match.group(1)
    return ""


# A statement sent as a locally decrypting page (Korean and Japanese card issuers' "secure mail"): a PIN-length
# password (a birth date), a long encrypted blob, the page written in place; no address anywhere, no network call.
_PIN_INPUT = re.compile(r"<input\b(?=[^>]*\btype\s*=\s*[\"']?password)(?=[^>]*\bmaxlength\s*=\s*[\"']?[4-8][\"'\s>/])", re.I)
_NETWORK = re.compile(r"\bfetch\s*\(|XMLHttpRequest|sendBeacon|\$\.(?:ajax|post|get)\s*\(|\baxios\b|WebSocket|new\s+Image\b"
                      r"|\.submit\s*\(|window\.open\s*\(|\baction\s*=\s*[\"']?(?!#|[\"'\s>]|javascript:)|https?:|//[a-z0-9-]+\.", re.I)
_WRITES_PAGE = re.compile(r"document\s*\.\s*write\s*\(|\.innerHTML\s*=", re.I)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{60,}")


def local_decryption_envelope(text: str) -> bool:
    """Whether an attached page only decrypts an embedded document with a PIN, in place: no credential harvesting,
    since a PIN of a few digits is no password and nothing on the page can send it anywhere."""
    text = text[:MAX_HTML]
    if not (_PIN_INPUT.search(text) and _WRITES_PAGE.search(text)) or _NETWORK.search(text) or _deobfuscated(text):
        return False
    return sum(len(run) for run in _BASE64_RUN.findall(text)) >= 1000  # the encrypted document


# A field for a card's number or security code: an attached page taking card details harvests them as surely as a
# password field does (the parcel-fee and toll kits ask for the card, not a password).
_CARD_INPUT = re.compile(
    r"<input\b[^>]{0,400}?\b(?:name|id|autocomplete|placeholder)\s*=\s*[\"']?(?:cc-?(?:number|num|csc|exp)|card[-_ ]?(?:number|num|no)?"
    r"|cardnumber|cvv2?|cvc2?|csc|security[-_ ]?code)\b", re.I)


def html_features(text: str) -> HtmlReport:
    """Inspect an HTML or SVG attachment (first MAX_HTML characters)."""
    text = text[:MAX_HTML]
    decoded = _deobfuscated(text)
    whole = text + "\n" + decoded if decoded else text
    tags = _tags(whole)
    asks = tags.password or bool(_CARD_INPUT.search(whole))
    credential = asks and (tags.form or bool(_POSTS.search(whole))) and not local_decryption_envelope(text)
    smuggling = ""
    if _BLOB.search(whole) and _OBJECT_URL.search(whole) and _DOWNLOAD.search(whole) and (
        _PAYLOAD.search(whole) or _LONG_BASE64.search(whole)
    ):
        smuggling = "builds a file from an embedded blob and offers it for download"
    elif tags.data_download:
        smuggling = "offers an embedded data: file for download"
    redirect = tags.refresh or _script_redirect(whole, decoded)
    return HtmlReport(credential, smuggling, redirect, tags.script, tuple(tags.actions), clickfix_command(whole))


# ClickFix: a fake "verify you are human" check copies a command to the clipboard and tells the reader to
# paste it into the Run box (Win+R, Ctrl+V, Enter) or a terminal.
_CLIPBOARD = re.compile(r"clipboard\s*\.\s*writeText|execCommand\s*\(\s*[\"']copy", re.I)
_COMMAND = re.compile(rf"\b(?:{_RUNNERS}|cmd(?:\.exe)?\s+/c|msiexec"
                      r"|curl\s+-|wget\s+|iex\b|invoke-expression|bash\s+-c|osascript)\b[^'\"`<>\n]{0,160}", re.I)
_TAG_TEXT = re.compile(r"<[^>]{0,2000}>")
_RUN_BOX = re.compile(r"\b(?:win(?:dows)?\s*(?:key|button)?\s*\+\s*r|\u229e\s*\+\s*r)\b.{0,200}?\b(?:ctrl|control)\s*\+\s*v\b",
                      re.I | re.S)


def clickfix_command(text: str) -> str:
    """The command a page puts on the clipboard for the reader to run (ClickFix), or ""."""
    if not _CLIPBOARD.search(text) and not _RUN_BOX.search(_TAG_TEXT.sub(" ", text)):
        return ""
    found = _COMMAND.search(text)
    return found.group().strip()[:120] if found else ""


def decode_text(data: bytes) -> str:
    """Bytes of a markup file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")
