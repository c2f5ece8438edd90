"""Assemble MIME messages by hand, with fixed boundaries and header order.

The standard library's generator reorders and refolds headers and invents
boundaries; samples must look like what a given mail client or phishing kit
sends, and stay byte-identical when regenerated, so we write them ourselves.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field


@dataclass
class Leaf:
    """One body part: its type line parameters, encoding and data."""

    content_type: str
    data: bytes
    encoding: str = "base64"  # base64, quoted-printable, 7bit, 8bit
    params: str = ""  # e.g. '; charset="utf-8"' or '; name="x.pdf"'
    disposition: str = ""  # e.g. 'attachment; filename="x.pdf"'
    extra: list[str] = field(default_factory=list)  # more header lines (Content-ID, ...)


@dataclass
class Multi:
    """A multipart node."""

    subtype: str
    boundary: str
    parts: list
    params: str = ""


def _encode(leaf: Leaf) -> bytes:
    if leaf.encoding == "base64":
        encoded = base64.b64encode(leaf.data)
        return b"\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76)) + b"\n"
    if leaf.encoding == "quoted-printable":
        return quopri.encodestring(leaf.data).replace(b"\r\n", b"\n")
    return leaf.data if leaf.data.endswith(b"\n") else leaf.data + b"\n"


def render_part(node, headers: list[str] | None = None) -> bytes:
    """The part's own headers (plus ``headers`` at the top level), a blank line, its body."""
    lines = list(headers or [])
    if isinstance(node, Multi):
        lines.append(f'Content-Type: multipart/{node.subtype};{node.params}\n\tboundary="{node.boundary}"')
        head = "\n".join(lines).encode() + b"\n\n"
        body = b""
        for part in node.parts:
            body += f"--{node.boundary}\n".encode() + render_part(part) + b"\n"
        return head + body + f"--{node.boundary}--\n".encode()
    lines.append(f"Content-Type: {node.content_type}{node.params}")
    if node.disposition:
        lines.append(f"Content-Disposition: {node.disposition}")
    lines.extend(node.extra)
    lines.append(f"Content-Transfer-Encoding: {node.encoding}")
    return "\n".join(lines).encode("utf-8") + b"\n\n" + _encode(node)


def message(headers: str, body) -> bytes:
    """A whole message: ``headers`` is the block above the MIME headers, as written."""
    top = [line for line in headers.strip("\n").split("\n")]
    if not any(line.lower().startswith("mime-version:") for line in top):
        top.append("MIME-Version: 1.0")
    return render_part(body, top)


def text(content: str, subtype: str = "plain", encoding: str = "quoted-printable", charset: str = "utf-8") -> Leaf:
    return Leaf(f"text/{subtype}", content.encode(charset), encoding, f'; charset="{charset}"')


def attachment(content_type: str, name: str, data: bytes, inline: bool = False, cid: str | None = None) -> Leaf:
    disposition = f'{"inline" if inline else "attachment"}; filename="{name}"'
    extra = [f"Content-ID: <{cid}>"] if cid else []
    return Leaf(content_type, data, "base64", f'; name="{name}"', disposition, extra)
