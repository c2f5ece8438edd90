"""The Authentication-Results header (RFC 8601): the one we add, and forged ones we drop.

The authentication stages leave, for each method, a result word in
``context.auth`` and the rest of the resinfo in ``context.auth_details``
(built with :func:`details`: an optional comment, then ``ptype.property=value``
pairs). This module turns them into the header value, and removes from an
incoming message every Authentication-Results field that claims our
authserv-id: such a field was not written by us, so a downstream reader
trusting it would be fooled (RFC 8601 section 5).

Everything that ends up in the header may come from the message or from
DNS (a DKIM d=, a From domain): values are quoted when they are not plain
tokens and comments are stripped of what could close them, so nothing a
sender writes can add a resinfo of its own.
"""

from __future__ import annotations

import re

from rempart.engine.context import Context

METHODS = ("spf", "dkim", "arc", "dmarc")  # the order they appear in, after any others
RESULTS = frozenset({"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"})
HEADER_NAME = "Authentication-Results"

_TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+\-.^_`{|}~@]+")  # RFC 2045 token, plus "@" as in addresses
_COMMENT_UNSAFE = re.compile(r"[()\\\x00-\x1f\x7f]")
MAX_COMMENT = 120


def value(text: str) -> str:
    """A property value as RFC 8601 allows it: a token (or address) as is, else a quoted-string."""
    if _TOKEN.fullmatch(text) and text.count("@") <= 1:
        return text
    cleaned = re.sub(r"[\x00-\x1f\x7f]", "", text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{cleaned}"'


def comment(text: str) -> str:
    """A comment safe to embed: no parentheses, backslashes or control characters, bounded."""
    cleaned = _COMMENT_UNSAFE.sub(" ", text).strip()
    if len(cleaned) > MAX_COMMENT:
        cleaned = cleaned[: MAX_COMMENT - 3] + "..."
    return f"({cleaned})" if cleaned else ""


def details(*properties: tuple[str, str], note: str = "") -> str:
    """The part of a resinfo after ``method=result``: ``(note) ptype.prop=value ...``.

    Empty values are left out, so a caller can pass what it has.
    """
    parts = [comment(note)] if note else []
    parts += [f"{name}={value(v)}" for name, v in properties if v]
    return " ".join(p for p in parts if p)


def resinfos(context: Context) -> list[str]:
    """``method=result details`` for each method a stage recorded, in a stable order."""
    order = list(METHODS) + sorted(m for m in context.auth if m not in METHODS)
    out = []
    for method in order:
        result = context.auth.get(method)
        if result not in RESULTS:
            continue
        extra = context.auth_details.get(method, "")
        out.append(f"{method}={result}" + (f" {extra}" if extra else ""))
    return out


def header_value(context: Context) -> str:
    """The field body on one line, e.g. ``rempart; spf=pass smtp.mailfrom=a@b.c; dkim=none``.

    With no method recorded it is ``rempart; none``, as RFC 8601 asks.
    """
    infos = resinfos(context)
    return f"{value(context.authserv_id)}; " + ("; ".join(infos) if infos else "none")


def header_field(context: Context, linesep: bytes = b"\r\n") -> bytes:
    """The whole field, folded one resinfo a line, ending with ``linesep``: ready to prepend."""
    infos = resinfos(context) or ["none"]
    fold = b";" + linesep + b"\t"
    body = fold.join(i.encode("utf-8") for i in [value(context.authserv_id)] + infos)
    return HEADER_NAME.encode() + b": " + body + linesep


_FIELD_NAME = re.compile(rb"^authentication-results[ \t]*:", re.IGNORECASE)


def remove_forged(raw: bytes, authserv_id: str) -> bytes:
    """The message without the Authentication-Results fields that claim ``authserv_id``.

    Only the header block is touched, byte for byte otherwise; fields of
    other authserv-ids (the sender's own checks, say) are kept.
    """
    end = _header_end(raw)
    block = raw[:end]
    if not re.search(rb"(?im)^authentication-results[ \t]*:", block):
        return raw
    ours = authserv_id.strip().lower()
    fields: list[list[bytes]] = []
    for line in block.splitlines(keepends=True):
        if fields and line[:1] in (b" ", b"\t"):
            fields[-1].append(line)  # a continuation line belongs to the field above
        else:
            fields.append([line])
    kept = [field for field in fields if not _claims(field, ours)]
    return b"".join(line for field in kept for line in field) + raw[end:]


def _claims(field: list[bytes], authserv_id: str) -> bool:
    match = _FIELD_NAME.match(field[0])
    if not match:
        return False
    unfolded = b" ".join(line.strip() for line in field)
    return _authserv_id(unfolded[match.end():]) == authserv_id


def _header_end(raw: bytes) -> int:
    """Offset of the line that ends the header block (the blank line stays with the body)."""
    if raw.startswith((b"\r\n", b"\n")):
        return 0
    positions = [p + len(sep) - len(blank) for sep, blank in ((b"\r\n\r\n", b"\r\n"), (b"\n\n", b"\n"))
                 if (p := raw.find(sep)) != -1]
    return min(positions) if positions else len(raw)


def _authserv_id(body: bytes) -> str:
    """The authserv-id at the start of a field body: comments skipped, up to ';' or a space."""
    text = body.decode("utf-8", "replace")
    text = _strip_comments(text).strip()
    if text.startswith('"'):
        end = text.find('"', 1)
        return text[1:end if end != -1 else None].strip().lower()
    return re.split(r"[;\s]", text, maxsplit=1)[0].lower()


def _strip_comments(text: str) -> str:
    out, depth, escaped = [], 0, False
    for char in text:
        if escaped:
            escaped = False
            continue
        if char == "\\" and depth:
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)
