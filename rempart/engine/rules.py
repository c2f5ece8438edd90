"""Heuristic rules kept as data, matched in one pass over each text.

The rules live in ``data/rules.toml`` so that an admin can read and tune
them: each has a name, a score, a one-line description, the text it applies
to (``TARGETS``) and either a regular expression or the name of a small
Python test (see :mod:`rempart.engine.rule_tests`) for what a regex cannot say.

All the regex rules of one target are compiled into one Hyperscan database
when the ``hyperscan`` package imports (as Rspamd does), in prefilter mode:
Hyperscan then answers "which rules may match" in one pass, never missing
one, and Python's ``re`` confirms the few candidates and gives the detail.
Without Hyperscan every rule is searched with ``re``. Both paths therefore
give the same hits, by construction, and the tests check it.

Each text is cut at ``MAX_TEXT`` characters so that a 50 MB message costs
no more than a large one.
"""

from __future__ import annotations

import inspect
import logging
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from rempart.engine import rule_tests
from rempart.engine.context import Context
from rempart.engine.message import Message

try:  # optional: the fast path
    import hyperscan

    from rempart.engine import hscache
except ImportError:  # pragma: no cover - depends on the platform
    hyperscan = None

log = logging.getLogger("rempart.engine.rules")

DEFAULT_PATH = Path(__file__).parent / "data" / "rules.toml"
MAX_TEXT = 256 * 1024  # characters of each text that rules look at
TARGETS = ("headers", "subject", "text", "alltext", "rawtext", "html", "body", "urls")  # and "header:<Name>"
FIELDS = {"name", "score", "description", "target", "pattern", "flags", "test", "args", "min_count", "distinct"}
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}
_NAME = re.compile(r"^[A-Z][A-Z0-9_]{2,63}$")
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # RFC 5322 field name


class RuleError(ValueError):
    """A rules file that cannot be used; the message names the rule and the field."""


@dataclass(frozen=True)
class Rule:
    """One heuristic: a regex over a target text, or a named Python test.

    ``min_count`` asks for that many non-overlapping matches before the rule
    fires (obfuscation counts, not single accidents); with ``distinct`` they
    must be that many different words (letters and digits compared, case
    ignored), so one word repeated down a page counts once.
    """

    name: str
    score: float
    description: str
    target: str = ""
    pattern: str | None = None
    flags: str = ""
    test: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)
    min_count: int = 1
    distinct: bool = False

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern, self.flags)


_cache: dict[tuple[str, str], re.Pattern] = {}


def _compiled(pattern: str, flags: str) -> re.Pattern:
    key = (pattern, flags)
    if key not in _cache:
        value = 0
        for letter in flags:
            value |= _FLAGS[letter]
        _cache[key] = re.compile(pattern, value)
    return _cache[key]


# -- loading -----------------------------------------------------------------

def load_rules(path: Path | str = DEFAULT_PATH) -> list[Rule]:
    """Read and validate a rules file; raise RuleError naming the faulty rule."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from None
    return parse_rules(data, str(path))


def parse_rules(data: Mapping[str, Any], source: str = "rules") -> list[Rule]:
    """Validate the ``[[rule]]`` tables of a parsed rules file."""
    unknown = set(data) - {"rule"}
    if unknown:
        raise RuleError(f"{source}: unknown top-level key(s) {sorted(unknown)}; rules are [[rule]] tables")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, table in enumerate(data.get("rule", [])):
        rule = _parse_rule(table, f"{source}: rule #{index + 1}")
        if rule.name in seen:
            raise RuleError(f"{source}: rule {rule.name}: defined twice")
        seen.add(rule.name)
        rules.append(rule)
    return rules


def _parse_rule(table: Mapping[str, Any], where: str) -> Rule:
    if not isinstance(table, Mapping):
        raise RuleError(f"{where}: expected a table")
    name = table.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise RuleError(f"{where}: name must be UPPER_CASE letters, digits and _ (got {name!r})")
    where = f"{where.split(':')[0]}: rule {name}"
    unknown = set(table) - FIELDS
    if unknown:
        raise RuleError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(FIELDS)}")
    score = table.get("score")
    if isinstance(score, bool) or not isinstance(score, (int, float)):
        raise RuleError(f"{where}: score must be a number")
    description = table.get("description")
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        raise RuleError(f"{where}: description must be one line of text")
    pattern, test = table.get("pattern"), table.get("test")
    if (pattern is None) == (test is None):
        raise RuleError(f"{where}: give exactly one of pattern or test")
    min_count = table.get("min_count", 1)
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise RuleError(f"{where}: min_count must be a whole number >= 1")
    distinct = table.get("distinct", False)
    if not isinstance(distinct, bool):
        raise RuleError(f"{where}: distinct must be true or false")
    fields = dict(name=name, score=float(score), description=description.strip(), min_count=min_count,
                  distinct=distinct)
    if pattern is not None:
        return Rule(**fields, **_parse_regex(table, pattern, where))
    return Rule(**fields, **_parse_test(table, test, where))


def _parse_regex(table: Mapping[str, Any], pattern: Any, where: str) -> dict:
    target, flags = table.get("target"), table.get("flags", "")
    if not isinstance(target, str) or not _valid_target(target):
        raise RuleError(f"{where}: target must be one of {', '.join(TARGETS)} or header:<Name> (got {target!r})")
    if target.startswith("header:"):
        target = "header:" + target[7:].lower()
    if not isinstance(pattern, str) or not pattern:
        raise RuleError(f"{where}: pattern must be a non-empty string")
    if not isinstance(flags, str) or set(flags) - set(_FLAGS):
        raise RuleError(f"{where}: flags must be letters among {''.join(_FLAGS)} (got {flags!r})")
    if "args" in table or "test" in table:
        raise RuleError(f"{where}: args only go with a test")
    try:
        regex = _compiled(pattern, flags)
    except re.error as exc:
        raise RuleError(f"{where}: bad pattern: {exc}") from None
    if regex.search(""):
        raise RuleError(f"{where}: pattern matches the empty text, so it would fire on every message")
    return dict(target=target, pattern=pattern, flags="".join(sorted(set(flags))))


def _parse_test(table: Mapping[str, Any], test: Any, where: str) -> dict:
    function = rule_tests.TESTS.get(test) if isinstance(test, str) else None
    if function is None:
        raise RuleError(f"{where}: unknown test {test!r}; known: {', '.join(sorted(rule_tests.TESTS))}")
    if "pattern" in table or "flags" in table or "target" in table:
        raise RuleError(f"{where}: a test rule takes no pattern, flags or target")
    args = table.get("args", {})
    if not isinstance(args, Mapping):
        raise RuleError(f"{where}: args must be a table")
    takes = list(inspect.signature(function).parameters)[2:]
    unknown = set(args) - set(takes)
    if unknown:
        raise RuleError(f"{where}: test {test} takes no argument {sorted(unknown)}; it takes: {', '.join(takes) or 'none'}")
    try:
        inspect.signature(function).bind(None, None, **args)
    except TypeError as exc:
        raise RuleError(f"{where}: bad args for test {test}: {exc}") from None
    return dict(test=test, args=dict(args))


def _valid_target(target: str) -> bool:
    if target.startswith("header:"):
        return bool(_HEADER_NAME.match(target[7:]))
    return target in TARGETS


# -- matching ----------------------------------------------------------------

class Matcher:
    """The regex rules of one target, matched together over a text.

    ``engine`` is ``"hyperscan"``, ``"re"`` or ``"auto"`` (Hyperscan when it
    imports). A rule Hyperscan cannot compile even as a prefilter is always
    handed to ``re``, so no rule is lost on either path.
    """

    def __init__(self, rules: list[Rule], engine: str = "auto") -> None:
        self.rules = rules
        if engine == "auto":
            engine = "hyperscan" if hyperscan is not None else "re"
        if engine == "hyperscan" and hyperscan is None:
            raise RuntimeError("the hyperscan package is not installed")
        self.engine = engine
        self._database = None
        self._always: list[int] = list(range(len(rules)))
        if engine == "hyperscan" and rules:
            self._database, self._always = _hyperscan_database(rules)

    def candidates(self, text: str) -> set[int]:
        """Indices of the rules that may match the text (all of them without Hyperscan): ``re`` decides."""
        if not text or not self.rules:
            return set()
        candidates = set(self._always)
        if self._database is not None:
            found: set[int] = set()
            self._database.scan(text.encode("utf-8", "replace"), match_event_handler=_collect, context=found)
            candidates |= found
        return candidates

    def match(self, text: str) -> list[tuple[Rule, str]]:
        """(rule, detail) for each rule whose pattern matches at least ``min_count`` times."""
        text = text[:MAX_TEXT]
        candidates = self.candidates(text)
        hits = []
        for index in sorted(candidates):
            rule = self.rules[index]
            detail = _confirm(rule, text)
            if detail is not None:
                hits.append((rule, detail))
        return hits


def _collect(rule_id: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(rule_id)


def _confirm(rule: Rule, text: str) -> str | None:
    """The detail of a rule that matches (its first match, and the count), or None."""
    first = None
    count = 0
    seen: set[str] = set()
    for match in rule.regex.finditer(text):
        if rule.distinct:
            key = "".join(ch for ch in match.group(0).lower() if ch.isalnum())
            if key in seen:
                continue
            seen.add(key)
        if first is None:
            first = match.group(0)
        count += 1
        if count >= rule.min_count:
            break
    if first is None or count < rule.min_count:
        return None
    shown = " ".join(first.split())[:60]
    return f"{shown!r}" + (f" and {count - 1}+ more" if rule.min_count > 1 else "")


def _hs_flags(rule: Rule) -> int:
    value = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER
    if "i" in rule.flags:
        value |= hyperscan.HS_FLAG_CASELESS
    if "m" in rule.flags:
        value |= hyperscan.HS_FLAG_MULTILINE
    if "s" in rule.flags:
        value |= hyperscan.HS_FLAG_DOTALL
    return value


class NotRelaxable(ValueError):
    """A pattern whose Hyperscan form could miss what ``re`` finds; ``re`` alone runs it."""


# Python's \\w, \\d and \\s know Unicode; Hyperscan's (without the slow UCP
# mode) know ASCII. Each is widened to every non-ASCII character, so that
# Hyperscan matches at least what ``re`` matches.
_NON_ASCII = "\\x{80}-\\x{10FFFF}"
_WIDER_IN_CLASS = {"\\w": "a-zA-Z0-9_" + _NON_ASCII, "\\d": "0-9" + _NON_ASCII, "\\s": "\\s\\x1c-\\x1f" + _NON_ASCII}
_WIDER = {"\\b": "", "\\B": "", "\\W": "[^a-zA-Z0-9_]", **{k: f"[{v}]" for k, v in _WIDER_IN_CLASS.items()}}


def hyperscan_expression(pattern: str) -> str:
    """The pattern loosened for Hyperscan's prefilter: it may match more, never less.

    Word boundaries are dropped, Unicode classes widened (see above) and
    wide bounded repeats (``.{0,80}``) opened: Hyperscan compiles those many
    times faster, and ``re`` confirms every candidate anyway. Raises
    NotRelaxable for a negated class holding ``\\W``, ``\\D`` or ``\\S``.
    """
    out: list[str] = []
    i, in_class, negated = 0, False, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escape = pattern[i:i + 2]
            if escape in ("\\u", "\\U"):  # Python's \u201c is Hyperscan's \x{201c}
                digits = 4 if escape == "\\u" else 8
                out.append("\\x{" + pattern[i + 2:i + 2 + digits] + "}")
                i += 2 + digits
                continue
            if not in_class:
                out.append(_WIDER.get(escape, escape))
            elif not negated:
                out.append(_WIDER_IN_CLASS.get(escape, escape))
            elif escape in ("\\W", "\\D", "\\S"):
                raise NotRelaxable(pattern)
            else:  # ASCII \\w in [^...] excludes less than Unicode \\w: still wider
                out.append(escape)
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            opening = re.match(r"\[\^?\]?", pattern[i:]).group(0)  # a leading ] is a member
            in_class, negated = True, opening.startswith("[^")
            out.append(opening)
            i += len(opening)
            continue
        elif char == "{":
            bounds = _BOUNDS.match(pattern, i)
            if bounds and int(bounds.group(2)) - int(bounds.group(1)) > 8:
                out.append("{" + bounds.group(1) + ",}")
                i = bounds.end()
                continue
        out.append(char)
        i += 1
    return "".join(out)


_BOUNDS = re.compile(r"\{(\d+),(\d+)\}")


def _hyperscan_database(rules: list[Rule]):
    """One database for the rules Hyperscan accepts; the indexes of the others."""
    indexes, refused = [], []
    for index, rule in enumerate(rules):
        try:
            hyperscan_expression(rule.pattern)
            indexes.append(index)
        except NotRelaxable:
            refused.append(index)
    try:
        return (_compile(rules, indexes) if indexes else None), refused
    except hyperscan.error:
        pass
    accepted = []
    for index in indexes:  # find the culprits one by one (only when one refuses)
        try:
            _compile(rules, [index])
            accepted.append(index)
        except hyperscan.error:
            refused.append(index)
    return (_compile(rules, accepted) if accepted else None), refused


def _compile(rules: list[Rule], indexes: list[int]):
    return hscache.compiled([hyperscan_expression(rules[i].pattern).encode("utf-8") for i in indexes], list(indexes),
                            [_hs_flags(rules[i]) for i in indexes])


# -- the texts rules apply to --------------------------------------------------

def target_text(message: Message, target: str) -> str:
    """The text a target names, cut at MAX_TEXT; empty when there is none."""
    if target == "subject":
        return message.subject
    if target == "headers":
        return message.raw[:min(rule_tests.body_start(message.raw), MAX_TEXT)].decode("utf-8", "replace")
    if target == "body":
        start = rule_tests.body_start(message.raw)
        return message.raw[start:start + MAX_TEXT].decode("utf-8", "replace")
    if target == "text":
        return message.visible_text[:MAX_TEXT]
    if target == "alltext":  # what the reader sees, then the words of attached PDFs
        documents = message.document_text
        return f"{message.visible_text[:MAX_TEXT]}\n{documents}"[:MAX_TEXT] if documents else message.visible_text[:MAX_TEXT]
    if target == "rawtext":
        return _INVISIBLE_ENTITY.sub(_entity_char, message.text[:MAX_TEXT])
    if target == "html":
        return "\n".join(message.html_parts)[:MAX_TEXT]
    if target == "urls":
        return "\n".join(url.url for url in message.urls)[:MAX_TEXT]
    name = target[7:]
    return "\n".join(" ".join(v.split()) for v in message.header_all(name))[:MAX_TEXT]


# The entities of characters that take no room: what obfuscation is made of.
_INVISIBLE_ENTITY = re.compile(r"&(?:#(?:8203|8204|8205|8288|65279|173)|#x(?:200b|200c|200d|2060|feff|ad)|zwsp|zwnj|zwj|shy);", re.I)
_ENTITY_CHARS = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "shy": "\u00ad"}


def _entity_char(match: re.Match) -> str:
    name = match.group(0)[1:-1].lower()
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _ENTITY_CHARS[name]


class RuleSet:
    """All the rules of a file, ready to evaluate: one matcher per target."""

    def __init__(self, rules: list[Rule], engine: str = "auto") -> None:
        self.rules = rules
        by_target: dict[str, list[Rule]] = {}
        for rule in rules:
            if rule.pattern is not None:
                by_target.setdefault(rule.target, []).append(rule)
        self.matchers = {target: Matcher(group, engine) for target, group in by_target.items()}
        self.tests = [rule for rule in rules if rule.test is not None]
        for rule in self.tests:  # a test may compile what it needs now rather than on the first message
            prepare = getattr(rule_tests.TESTS[rule.test], "prepare", None)
            if prepare is not None:
                prepare(**rule.args)
        self.engine = next(iter(self.matchers.values())).engine if self.matchers else engine

    def evaluate(self, message: Message, context: Context | None = None) -> list[tuple[Rule, str]]:
        """(rule, detail) for every rule that fires, in file order."""
        context = context or Context()
        fired: dict[str, str] = {}
        for target, matcher in self.matchers.items():
            for rule, detail in matcher.match(target_text(message, target)):
                fired[rule.name] = detail
        for rule in self.tests:
            try:
                detail = rule_tests.TESTS[rule.test](message, context, **rule.args)
            except Exception:  # one broken check must not silence the others
                log.exception("rule %s failed", rule.name)
                continue
            if detail is not None:
                fired[rule.name] = detail
        return [(rule, fired[rule.name]) for rule in self.rules if rule.name in fired]


_default: RuleSet | None = None


def default_ruleset() -> RuleSet:
    """The shipped rules, loaded and compiled once per process."""
    global _default
    if _default is None:
        _default = RuleSet(load_rules())
    return _default


# -- measuring on a corpus -----------------------------------------------------

def measure(folders: Mapping[str, Iterable[Path]], ruleset: RuleSet) -> dict[str, dict[str, int]]:
    """Per rule, how many messages of each labelled group it fires on (``_total`` counts them)."""
    counts: dict[str, dict[str, int]] = {"_total": {}}
    for label, files in folders.items():
        for file in files:
            raw = file.read_bytes()
            if raw.startswith(b"From "):
                raw = raw.split(b"\n", 1)[-1]
            counts["_total"][label] = counts["_total"].get(label, 0) + 1
            fired = ruleset.evaluate(Message(raw))
            for rule, _ in fired:
                row = counts.setdefault(rule.name, {})
                row[label] = row.get(label, 0) + 1
            total = sum(rule.score for rule, _ in fired)
            for threshold in SUMMARY_SCORES:
                if total >= threshold:
                    row = counts.setdefault(f"_score>={threshold}", {})
                    row[label] = row.get(label, 0) + 1
    return counts


SUMMARY_SCORES = (1, 2, 3, 5)


def main(argv: list[str] | None = None) -> int:
    """``python -m rempart.engine.rules --measure CORPUS [--rules FILE] [--engine re]``.

    CORPUS holds folders whose names say ham or spam (``easy-ham-1``,
    ``spam-2``...); prints, per rule, the share of ham and of spam it fires on.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m rempart.engine.rules")
    parser.add_argument("--measure", metavar="CORPUS", required=True)
    parser.add_argument("--rules", default=str(DEFAULT_PATH))
    parser.add_argument("--engine", default="auto", choices=("auto", "hyperscan", "re"))
    options = parser.parse_args(argv)
    rules = load_rules(options.rules)
    root = Path(options.measure)
    folders: dict[str, list[Path]] = {"ham": [], "spam": []}
    for folder in sorted(p for p in root.rglob("*") if p.is_dir()):
        label = "spam" if "spam" in folder.name else "ham" if "ham" in folder.name else None
        if label:
            folders[label].extend(sorted(f for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")))
    counts = measure(folders, RuleSet(rules, options.engine))
    totals = counts["_total"]
    ham, spam = max(totals.get("ham", 0), 1), max(totals.get("spam", 0), 1)
    print(f"{'rule':32} {'score':>6} {'ham %':>7} {'spam %':>7}   ({totals.get('ham', 0)} ham, {totals.get('spam', 0)} spam)")
    for rule in rules:
        row = counts.get(rule.name, {})
        h, s = 100 * row.get("ham", 0) / ham, 100 * row.get("spam", 0) / spam
        flag = "  <- ham > 0.5%" if h > 0.5 and rule.score > 0.5 else ""
        print(f"{rule.name:32} {rule.score:6.2f} {h:7.2f} {s:7.2f}{flag}")
    for threshold in SUMMARY_SCORES:
        row = counts.get(f"_score>={threshold}", {})
        print(f"{'rules score >= ' + str(threshold):39} {100 * row.get('ham', 0) / ham:7.2f} {100 * row.get('spam', 0) / spam:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
