"""Attachments: names, true types, archives, macros, PDF actions, HTML pages, disk images.

Looks at every attachment and, recursively, every archive member (see
:mod:`rempart.engine.archives` for the limits), and says what is dangerous
about them in Rspamd's vocabulary:

- names: executable and script extensions (MIME_BAD_EXTENSION), a decoy
  extension before one (``invoice.pdf.exe``, MIME_DOUBLE_BAD_EXTENSION),
  right-to-left and other direction marks that make ``invoice<U+202E>fdp.exe``
  read as ``invoiceexe.pdf`` (MIME_BAD_UNICODE); a program or script that
  runs on a double click, packed in an archive or disc image, is the shape
  of a mailed dropper and a malware verdict (ARCHIVED_EXECUTABLE);
- content: an executable under a harmless name (MIME_DISGUISED_EXECUTABLE),
  an archive or web page named as something else (MIME_TRUE_TYPE_MISMATCH),
  disk images and shortcuts, the containers of choice since Office macros
  were blocked (DISK_IMAGE_ATTACHMENT, LNK_ATTACHMENT);
- archives: bombs are malware verdicts; over-limit, unopened (RAR, CAB…)
  and unreadable archives are content nobody could look into, and the
  policy's ``unanalysable_content`` decides as for encrypted content:
  "deliver" (no symbol), "tag" (their small scores), or "quarantine" and
  "reject" (UNANALYSABLE_CONTENT_REFUSED, a policy verdict);
- encrypted archives and documents: the policy's ``encrypted_content``
  decides: "deliver" (no symbol), "tag" (a score), or "quarantine" and
  "reject" (ENCRYPTED_CONTENT_REFUSED, a policy verdict, with the choice left
  in ``context.notes["policy_action"]``); under "tag", a password given in
  the body adds to the score;
- Office macros (oletools), PDF JavaScript and actions, HTML credential
  forms, smuggling, redirects and SVG script;
- Internet shortcuts (.url) by their target: a web link is only a link
  (left, with the links of PDFs, in ``context.notes["attachment_urls"]``
  for the URL stage), a file or network-share target is dangerous.

Each symbol fires once per message whatever the number of files, its
detail naming up to three of them, so ten executables in one archive do not
score ten times.
"""

from __future__ import annotations

import re
import unicodedata

from rempart.engine import archives, documents, filetype
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "attachments"

SYMBOLS = [
    SymbolDef("MIME_BAD_EXTENSION", 6.0, "Attachment with an executable or script extension"),
    SymbolDef("MIME_DOUBLE_BAD_EXTENSION", 10.0, "Attachment hiding an executable extension behind a harmless one",
              Verdict.MALWARE),
    SymbolDef("ARCHIVED_EXECUTABLE", 4.0, "Program or script packed in an archive or disc image (a mailed dropper)",
              Verdict.MALWARE),
    SymbolDef("MIME_BAD_UNICODE", 6.0, "Attachment name with direction marks that disguise its extension"),
    SymbolDef("MIME_DISGUISED_EXECUTABLE", 6.0, "Attachment is an executable or shortcut under a harmless extension"),
    SymbolDef("MIME_TRUE_TYPE_MISMATCH", 3.0, "Attachment content does not match its extension"),
    SymbolDef("DISK_IMAGE_ATTACHMENT", 8.0, "Disk image attachment (ISO, IMG, VHD), a common malware container"),
    SymbolDef("LNK_ATTACHMENT", 8.0, "Windows shortcut attachment, a common malware launcher"),
    SymbolDef("ARCHIVE_BOMB", 20.0, "Archive built to exhaust the scanner (zip bomb)", Verdict.MALWARE),
    SymbolDef("ARCHIVE_LIMITS", 0.5, "Archive too large or too full to inspect completely"),
    SymbolDef("ARCHIVE_UNINSPECTED", 0.5, "Archive of a kind the engine does not open (RAR, CAB, ACE)"),
    SymbolDef("ARCHIVE_MALFORMED", 1.0, "Archive that could not be read"),
    SymbolDef("ARCHIVE_ENCRYPTED", 3.0, "Password-protected archive: its content cannot be inspected"),
    SymbolDef("DOCUMENT_ENCRYPTED", 2.0, "Password-protected Office document: its content cannot be inspected"),
    SymbolDef("ENCRYPTED_PASSWORD_IN_BODY", 3.0, "Encrypted attachment with its password in the message"),
    SymbolDef("ENCRYPTED_CONTENT_REFUSED", 0.0, "Encrypted content, which the policy refuses", Verdict.POLICY),
    SymbolDef("UNANALYSABLE_CONTENT_REFUSED", 0.0, "Content that could not be analysed, which the policy refuses",
              Verdict.POLICY),
    SymbolDef("OFFICE_MACRO", 3.0, "Office document with macros"),
    SymbolDef("OFFICE_AUTOEXEC_MACRO", 10.0, "Office macro that runs on opening and can write files or run programs",
              Verdict.MALWARE),
    SymbolDef("OFFICE_XLM_MACRO", 5.0, "Excel 4.0 (XLM) macros, rare outside malware"),
    SymbolDef("PDF_JAVASCRIPT", 3.0, "PDF with JavaScript"),
    SymbolDef("PDF_AUTO_JAVASCRIPT", 6.0, "PDF that runs JavaScript when opened"),
    SymbolDef("PDF_LAUNCH", 8.0, "PDF with a Launch action (starts a program)"),
    SymbolDef("PDF_EMBEDDED_FILE", 2.0, "PDF carrying an embedded file"),
    SymbolDef("PDF_LOGIN_LINK", 3.0, "PDF linking to what looks like a sign-in page"),
    SymbolDef("HTML_CREDENTIAL_FORM", 10.0, "HTML attachment asking for a password or card details (credential harvesting)",
              Verdict.PHISHING),
    SymbolDef("HTML_SMUGGLING", 10.0, "HTML attachment that assembles and drops a file (HTML smuggling)",
              Verdict.MALWARE),
    SymbolDef("HTML_REDIRECT", 4.0, "HTML attachment that sends the reader to a web site"),
    SymbolDef("HTML_CLICKFIX", 10.0, "HTML attachment with a fake 'verify you are human' check that puts a command on "
              "the clipboard for the reader to run (ClickFix)", Verdict.MALWARE),
    SymbolDef("SVG_SCRIPT", 6.0, "SVG image attachment carrying script"),
]

# Extensions Windows runs (or mounts) on a double click; a legitimate sender
# shares these through a download site, not as mail attachments.
BAD_EXTENSIONS = frozenset("""
    exe scr com pif cpl dll ocx sys drv msi msp mst msix msixbundle appx appxbundle
    js jse vbs vbe wsf wsh wsc hta cmd bat ps1 psm1 psd1 ps1xml psc1 sct vb ws job
    jar chm hlp xll reg scf inf gadget application appref-ms msc diagcab
    one onepkg library-ms settingcontent-ms iqy slk xlam ppam ade adp mde accde
    lnk iso img vhd vhdx apk
""".split())
# What runs on a double click once an archive or disc image is opened: the
# payloads of mailed droppers. Packed, they are malware, not merely risky
# (Gmail refuses archives holding them); libraries, drivers and add-ins,
# which ship in legitimate software bundles, are left to MIME_BAD_EXTENSION.
DROPPER_EXTENSIONS = frozenset("""
    exe scr com pif cpl msi msix msixbundle appx appxbundle
    js jse vbs vbe vb wsf wsh wsc ws hta sct cmd bat ps1 psm1 jar lnk apk
""".split())
# Internet shortcuts are judged by where they point: a web link is a link, a
# file:// or \\server\share target runs whatever is there (CVE-2024-21412).
SHORTCUT_FILE_EXTENSIONS = frozenset({"url", "website"})
_SHORTCUT_TARGET = re.compile(r"^\s*(?:URL|IconFile)\s*=\s*(\S.*)$", re.I | re.M)
DISK_IMAGE_EXTENSIONS = frozenset({"iso", "img", "vhd", "vhdx"})
SHORTCUT_EXTENSIONS = frozenset({"lnk"})

# What an attacker puts before the real extension to make it look harmless.
DECOY_EXTENSIONS = frozenset("""
    pdf doc docx docm xls xlsx xlsm ppt pptx rtf txt csv odt ods jpg jpeg png gif bmp tif tiff
    zip rar 7z htm html mp3 mp4 wav avi mov eml msg xml json
""".split())

# Links found in PDFs and Internet shortcuts, archive members included, left
# for the URL stage (plain strings, in document order).
ATTACHMENT_URLS = "attachment_urls"

_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_PASSWORD_IN_BODY = re.compile(
    r"\b(?:password|passwort|passcode|pwd|mot de passe|mdp|code d'accès|contraseña|senha|parola)\b"
    r"[^\n]{0,20}?[:=]\s*\S{3,}|\b(?:password|mot de passe)\s+(?:is|est)\s+\S{3,}",
    re.I,
)

_EXT_CATEGORIES: dict[str, set[str]] = {}
for _type in filetype.KINDS.values():
    for _ext in _type.extensions:
        _EXT_CATEGORIES.setdefault(_ext, set()).add(_type.category)

_DISGUISE_KINDS = frozenset({"pe", "dos", "msi", "chm", "jar", "lnk"})
_MISMATCH_CATEGORIES = frozenset({filetype.ARCHIVE, filetype.MARKUP})
# A web page saved as .doc or .xls is a common, harmless export of web applications.
_HTML_EXPORT_EXTENSIONS = frozenset({"doc", "dot", "xls", "xlt"})


class _Collector:
    """One hit per symbol, details of up to three files."""

    def __init__(self) -> None:
        self.details: dict[str, list[str]] = {}

    def add(self, symbol: str, detail: str) -> None:
        details = self.details.setdefault(symbol, [])
        if detail not in details:
            details.append(detail)

    def hits(self) -> list[Hit]:
        out = []
        for symbol, details in self.details.items():
            shown = "; ".join(details[:3]) + (f" (and {len(details) - 3} more)" if len(details) > 3 else "")
            out.append(Hit(symbol, shown))
        return out


def name_parts(name: str) -> tuple[str, str, bool]:
    """(extension, the extension before it, whether direction marks were removed to see them)."""
    normalised = unicodedata.normalize("NFKC", name)
    cleaned = _BIDI.sub("", normalised)
    marks = cleaned != normalised
    base = cleaned.replace("\\", "/").rsplit("/", 1)[-1].strip().rstrip(". ")
    pieces = [p.strip().lower() for p in base.split(".")]
    if len(pieces) < 2:
        return "", "", marks
    return pieces[-1], (pieces[-2] if len(pieces) >= 3 else ""), marks


def _check_name(file: archives.File, found: _Collector) -> None:
    if not file.name:
        return
    ext, before, marks = name_parts(file.name)
    bad = ext in BAD_EXTENSIONS
    if marks:
        found.add("MIME_BAD_UNICODE", repr(file.name))
    if bad and marks:
        found.add("MIME_DOUBLE_BAD_EXTENSION", f"{file.path} (direction marks hide .{ext})")
    elif bad and before in DECOY_EXTENSIONS:
        found.add("MIME_DOUBLE_BAD_EXTENSION", f"{file.path} (.{before}.{ext})")
    elif ext in DISK_IMAGE_EXTENSIONS:
        found.add("DISK_IMAGE_ATTACHMENT", file.path)
    elif ext in SHORTCUT_EXTENSIONS:
        found.add("LNK_ATTACHMENT", file.path)
    elif bad:
        found.add("MIME_BAD_EXTENSION", file.path)
    if file.depth > 0 and ext in DROPPER_EXTENSIONS:
        found.add("ARCHIVED_EXECUTABLE", file.path)


def _check_internet_shortcut(file: archives.File, found: _Collector, links: list[str]) -> None:
    text = file.data[:65536].decode("utf-8", "replace")
    for target in _SHORTCUT_TARGET.findall(text):
        target = target.strip()
        if target.lower().startswith(("http://", "https://")):
            links.append(target)
        else:
            found.add("MIME_BAD_EXTENSION", f"{file.path} → {target[:120]}")


def _check_type(file: archives.File, found: _Collector) -> None:
    kind = file.type
    if kind.category == filetype.DISK_IMAGE:
        found.add("DISK_IMAGE_ATTACHMENT", file.path)
        return
    if kind.kind == "lnk":
        found.add("LNK_ATTACHMENT", file.path)
        return
    ext = file.extension
    if file.depth > 0 and kind.category == filetype.EXECUTABLE and not ext:
        # A program packed with no extension (a gzip whose member is named after the archive): what opens it
        # runs it. A library beside its program (plugin/helper.dll) is no dropper.
        found.add("ARCHIVED_EXECUTABLE", f"{file.path} is a {kind.description}")
    if not ext or kind.fits(ext):
        return
    claimed = _EXT_CATEGORIES.get(ext)
    if kind.kind in _DISGUISE_KINDS and ext not in BAD_EXTENSIONS and (claimed or ext in DECOY_EXTENSIONS):
        found.add("MIME_DISGUISED_EXECUTABLE", f"{file.path} is a {kind.description}")
    elif kind.category in _MISMATCH_CATEGORIES and claimed and kind.category not in claimed \
            and not (kind.category == filetype.MARKUP and ext in _HTML_EXPORT_EXTENSIONS):
        found.add("MIME_TRUE_TYPE_MISMATCH", f"{file.path} is a {kind.description}")


def _check_content(file: archives.File, found: _Collector, encrypted: list[str], links: list[str]) -> None:
    kind = file.type.kind
    if kind == "url_shortcut" or file.extension in SHORTCUT_FILE_EXTENSIONS:
        _check_internet_shortcut(file, found, links)
    if kind in documents.OFFICE_KINDS:
        macros = documents.macros_of(file)
        if macros is not None:
            if macros.dangerous:
                keywords = ", ".join((macros.autoexec + macros.suspicious)[:6])
                found.add("OFFICE_AUTOEXEC_MACRO", f"{file.path} ({keywords or macros.flags})")
            else:
                found.add("OFFICE_MACRO", file.path)
            if macros.xlm:
                found.add("OFFICE_XLM_MACRO", file.path)
    if kind == "office_encrypted" or (kind in ("doc", "xls", "ppt", "ole") and documents.office_encrypted(file.data, kind)):
        encrypted.append(file.path)
        found.add("DOCUMENT_ENCRYPTED", file.path)
    elif kind == "pdf":
        links.extend(_check_pdf(file, found))
    elif kind in ("html", "svg"):
        _check_html(file, found)


def _check_pdf(file: archives.File, found: _Collector) -> tuple[str, ...]:
    report = documents.pdf_features(file.data)
    if report.has("Launch"):
        found.add("PDF_LAUNCH", file.path)
    if report.javascript:
        found.add("PDF_AUTO_JAVASCRIPT" if report.automatic else "PDF_JAVASCRIPT", file.path)
    if report.has("EmbeddedFile", "EmbeddedFiles"):
        found.add("PDF_EMBEDDED_FILE", file.path)
    logins = [u for u in report.uris if documents.looks_like_login(u)]
    if logins:
        found.add("PDF_LOGIN_LINK", f"{file.path} → {logins[0][:200]}")
    return report.uris


def _check_html(file: archives.File, found: _Collector) -> None:
    report = documents.html_features(documents.decode_text(file.data))
    if report.credential_form:
        target = f" → {report.form_actions[0][:200]}" if report.form_actions else ""
        found.add("HTML_CREDENTIAL_FORM", f"{file.path}{target}")
    if report.smuggling:
        found.add("HTML_SMUGGLING", f"{file.path} {report.smuggling}")
    if report.clickfix:
        found.add("HTML_CLICKFIX", f"{file.path}: {report.clickfix}")
    if report.redirect and not report.credential_form:
        found.add("HTML_REDIRECT", f"{file.path} → {report.redirect[:200]}")
    if file.type.kind == "svg" and report.script:
        found.add("SVG_SCRIPT", file.path)


def _check_findings(unpacked: archives.Unpacked, found: _Collector, encrypted: list[str]) -> None:
    for finding in unpacked.findings:
        detail = f"{finding.path}: {finding.detail}"
        if finding.kind == "bomb":
            found.add("ARCHIVE_BOMB", detail)
        elif finding.kind == "limit":
            found.add("ARCHIVE_LIMITS", detail)
        elif finding.kind == "unopened":
            found.add("ARCHIVE_UNINSPECTED", detail)
        elif finding.kind == "malformed":
            found.add("ARCHIVE_MALFORMED", detail)
        elif finding.kind == "encrypted":
            encrypted.append(finding.path)
            found.add("ARCHIVE_ENCRYPTED", finding.path)


def _encryption_policy(policy, message, found: _Collector, encrypted: list[str], context) -> None:
    if not encrypted:
        return
    choice = policy.encrypted_content
    if choice in ("deliver", "allow"):
        found.details.pop("ARCHIVE_ENCRYPTED", None)
        found.details.pop("DOCUMENT_ENCRYPTED", None)
        return
    if choice in ("quarantine", "reject"):
        found.add("ENCRYPTED_CONTENT_REFUSED", f"{encrypted[0]} (policy: {choice})")
        context.notes["policy_action"] = choice
        return
    match = _PASSWORD_IN_BODY.search(message.text[:200_000])
    if match:
        found.add("ENCRYPTED_PASSWORD_IN_BODY", match.group(0)[:60])


UNANALYSABLE = ("ARCHIVE_LIMITS", "ARCHIVE_UNINSPECTED", "ARCHIVE_MALFORMED")


def _unanalysable_policy(policy, found: _Collector, context) -> None:
    unseen = [detail for symbol in UNANALYSABLE for detail in found.details.get(symbol, [])]
    if not unseen:
        return
    choice = getattr(policy, "unanalysable_content", "tag")
    if choice in ("deliver", "allow"):
        for symbol in UNANALYSABLE:
            found.details.pop(symbol, None)
    elif choice in ("quarantine", "reject") and "ENCRYPTED_CONTENT_REFUSED" not in found.details:
        found.add("UNANALYSABLE_CONTENT_REFUSED", f"{unseen[0]} (policy: {choice})")
        context.notes["policy_action"] = choice


async def check(message, policy, context) -> list[Hit]:
    unpacked = archives.message_files(message, context.notes)
    found = _Collector()
    encrypted: list[str] = []
    links: list[str] = []
    for file in unpacked.files:
        if not file.attachment:
            continue
        _check_name(file, found)
        if file.data:
            _check_type(file, found)
            _check_content(file, found, encrypted, links)
    if links:
        noted = context.notes.setdefault(ATTACHMENT_URLS, [])
        noted.extend(u for u in dict.fromkeys(links) if u not in noted)
    _check_findings(unpacked, found, encrypted)
    _encryption_policy(policy, message, found, encrypted, context)
    _unanalysable_policy(policy, found, context)
    return found.hits()
