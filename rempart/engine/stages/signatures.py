"""Built-in signatures: YARA rules and known-bad SHA-256 hashes, no clamd needed.

Every decoded part of the message and every archive member (unpacked once
per scan by :mod:`rempart.engine.archives`, within its limits) is matched
against the rules and looked up in the hash lists; the VBA source of Office
macros is matched too, as text, so rules can read the code rather than its
compressed storage. It runs alongside clamd, not instead of it: cheap, and
there even when the embedded default runs no antivirus.

Rules and hashes ship in ``rempart/engine/data/`` (``yara/*.yar`` and
``bad_hashes.txt``). An installation adds its own through
``Context.signature_dirs``: each folder's ``*.yar``/``*.yara`` files are
rules, its ``*.txt`` files hash lists (``sha256 name`` a line, ``#``
comments). Everything is loaded and compiled once per process and set of
folders (restart to reload); a rule file that does not compile is left out
and reported in the log, never taking the others down.

A rule's ``meta`` says what a match means: ``threat = "malware"`` (the
default) is a malware verdict and ends the scan; ``threat = "suspicious"``
adds ``score`` (an integer or a string such as ``"2.5"``: YARA has no
floating-point meta; default the symbol's score) and lets the scan go on. ``name`` in ``meta`` is the name shown (default: the rule's name).
Rules may use the external variables ``filename`` (lower case),
``extension`` and ``kind`` (the true type from :mod:`rempart.engine.filetype`,
or ``"vba"`` for macro source).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rempart.engine import archives, documents
from rempart.engine.verdict import Hit, SymbolDef, Verdict

log = logging.getLogger("rempart.engine.signatures")

NAME = "signatures"

SYMBOLS = [
    SymbolDef("SIGNATURE_MALWARE", 100.0, "A built-in signature matched known malware or a test file", Verdict.MALWARE),
    SymbolDef("SIGNATURE_BAD_HASH", 100.0, "A file is identical to known malware (SHA-256)", Verdict.MALWARE),
    SymbolDef("SIGNATURE_SUSPICIOUS", 4.0, "A built-in heuristic signature matched"),
]

DATA = Path(__file__).resolve().parent.parent / "data"
EXTERNALS = {"filename": "", "extension": "", "kind": ""}
MATCH_TIMEOUT = 5  # seconds YARA may spend on one file before giving up on it


@dataclass(frozen=True)
class Signatures:
    """Compiled rules and hash table of one set of folders."""

    rules: object | None  # yara.Rules
    hashes: dict[str, str]
    broken: tuple[str, ...] = ()


def _rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in (".yar", ".yara") and p.is_file())


def _hash_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


def _read_hashes(path: Path, table: dict[str, str]) -> None:
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split(None, 1)
        if not fields or fields[0].startswith("#"):
            continue
        digest = fields[0].lower()
        if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
            table[digest] = fields[1].strip() if len(fields) > 1 else digest[:12]


@lru_cache(maxsize=8)
def load(folders: tuple[str, ...] = ()) -> Signatures:
    """The shipped signatures plus those of ``folders``, compiled once per process."""
    import yara

    rule_paths = _rule_files(DATA / "yara")
    hashes: dict[str, str] = {}
    _read_hashes(DATA / "bad_hashes.txt", hashes)
    for folder in folders:
        base = Path(folder)
        if not base.is_dir():
            log.error("signature folder %s does not exist", folder)
            continue
        rule_paths += _rule_files(base)
        for path in _hash_files(base):
            _read_hashes(path, hashes)
    good, broken = {}, []
    for index, path in enumerate(rule_paths):
        namespace = f"r{index}_{path.stem}"
        try:
            yara.compile(filepath=str(path), externals=EXTERNALS)
        except yara.Error as exc:
            log.error("YARA rule file %s left out: %s", path, exc)
            broken.append(str(path))
            continue
        good[namespace] = str(path)
    rules = yara.compile(filepaths=good, externals=EXTERNALS) if good else None
    return Signatures(rules, hashes, tuple(broken))


def _meta_score(meta: dict) -> float | None:
    try:
        return float(meta["score"])
    except (KeyError, TypeError, ValueError):
        return None


def _match(signatures: Signatures, data: bytes, externals: dict) -> list:
    if signatures.rules is None:
        return []
    try:
        return signatures.rules.match(data=data, externals=externals, timeout=MATCH_TIMEOUT)
    except Exception as exc:  # yara.TimeoutError, or a rule that fails at run time
        log.warning("YARA match failed: %s", exc)
        return []


def _hits_for(matches: list, where: str, hits: list[Hit], seen: set[str]) -> bool:
    """Add a hit per new match; True when one of them is malware (final)."""
    final = False
    for match in matches:
        meta = dict(match.meta)
        name = str(meta.get("name") or match.rule)
        if name in seen:
            continue
        seen.add(name)
        if str(meta.get("threat", "malware")).lower() == "malware":
            hits.append(Hit("SIGNATURE_MALWARE", f"{name} in {where}", final=True))
            final = True
        else:
            hits.append(Hit("SIGNATURE_SUSPICIOUS", f"{name} in {where}", score=_meta_score(meta)))
    return final


async def check(message, policy, context) -> list[Hit]:
    signatures = load(tuple(getattr(context, "signature_dirs", ()) or ()))
    unpacked = archives.message_files(message, context.notes)
    hits: list[Hit] = []
    seen: set[str] = set()
    for file in unpacked.files:
        if not file.data:
            continue
        bad = signatures.hashes.get(file.sha256)
        if bad:
            return [Hit("SIGNATURE_BAD_HASH", f"{bad} in {file.path}", final=True)]
        externals = {"filename": file.name.lower(), "extension": file.extension, "kind": file.type.kind}
        if _hits_for(_match(signatures, file.data, externals), file.path, hits, seen):
            return [h for h in hits if h.final]
        macros = documents.macros_of(file)
        if macros is not None and macros.source:
            source = macros.source.encode("utf-8", "replace")
            if _hits_for(_match(signatures, source, {**externals, "kind": "vba"}), f"{file.path} (macros)", hits, seen):
                return [h for h in hits if h.final]
    return hits
