"""The rules loader and the one-pass matcher: validation, and Hyperscan agreeing with re."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rempart.engine import rules
from rempart.engine.message import Message
from rempart.engine.rules import Matcher, Rule, RuleError, RuleSet, hyperscan_expression, load_rules, parse_rules

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "spamassassin"
needs_hyperscan = pytest.mark.skipif(rules.hyperscan is None, reason="hyperscan is not installed")


def regex_rule(**fields) -> dict:
    table = {"name": "SOME_RULE", "score": 1.0, "description": "Something", "target": "subject", "pattern": "free"}
    table.update(fields)
    return table


def error_for(table: dict) -> str:
    with pytest.raises(RuleError) as caught:
        parse_rules({"rule": [table]}, "rules.toml")
    return str(caught.value)


# -- validation ---------------------------------------------------------------------

def test_shipped_rules_load_and_name_every_target_they_use():
    loaded = load_rules()
    assert len(loaded) > 40
    assert {r.target for r in loaded if r.pattern} <= set(rules.TARGETS) | {r.target for r in loaded if r.target.startswith("header:")}


def test_bad_regex_is_refused_naming_the_rule():
    message = error_for(regex_rule(name="BROKEN_PATTERN", pattern="(unclosed"))
    assert "BROKEN_PATTERN" in message and "bad pattern" in message


def test_unknown_field_is_refused_naming_the_rule_and_the_field():
    message = error_for(regex_rule(name="TYPO_RULE", scroe=2))
    assert "TYPO_RULE" in message and "scroe" in message


def test_unknown_test_is_refused_with_the_known_ones():
    message = error_for({"name": "NO_SUCH", "score": 1, "description": "x", "test": "no_such_test"})
    assert "NO_SUCH" in message and "header_missing" in message


def test_bad_test_arguments_are_refused():
    message = error_for({"name": "BAD_ARGS", "score": 1, "description": "x", "test": "header_missing", "args": {"hedaer": "Date"}})
    assert "BAD_ARGS" in message and "hedaer" in message


def test_unknown_target_and_flags_are_refused():
    assert "target" in error_for(regex_rule(target="bodytext"))
    assert "flags" in error_for(regex_rule(flags="ix"))


def test_pattern_matching_empty_text_is_refused():
    assert "empty" in error_for(regex_rule(pattern="a*"))


def test_rule_needs_exactly_one_of_pattern_or_test():
    assert "exactly one" in error_for({"name": "NEITHER", "score": 1, "description": "x", "target": "subject"})


def test_duplicate_names_are_refused():
    with pytest.raises(RuleError, match="TWICE.*defined twice"):
        parse_rules({"rule": [regex_rule(name="TWICE"), regex_rule(name="TWICE")]})


def test_bad_toml_says_so(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text("[[rule]]\nname = ")
    with pytest.raises(RuleError, match="not valid TOML"):
        load_rules(path)


# -- matching ------------------------------------------------------------------------

def test_alltext_reads_the_words_of_attached_pdfs_where_text_reads_only_the_body():
    from tests.support.files import mail, pdf_with_text

    ruleset = RuleSet([Rule("IN_TEXT", 1.0, "x", target="text", pattern=r"bitcoin wallet", flags="i"),
                       Rule("IN_ALLTEXT", 1.0, "x", target="alltext", pattern=r"bitcoin wallet", flags="i"),
                       Rule("NOTE_IN_ALLTEXT", 1.0, "x", target="alltext", pattern=r"open the attached file", flags="i")])
    threat = mail([("about-you.pdf", pdf_with_text(["Send $1,950 (USD) to this Bitcoin wallet: bc1qx7v0"]))],
                  text="Open the attached file, it is about you.\n")
    plain = mail([("about-you.pdf", pdf_with_text(["Minutes of the meeting"]))], text="Open the attached file.\n")

    assert [rule.name for rule, _ in ruleset.evaluate(Message(threat))] == ["IN_ALLTEXT", "NOTE_IN_ALLTEXT"]
    assert [rule.name for rule, _ in ruleset.evaluate(Message(plain))] == ["NOTE_IN_ALLTEXT"]
    assert "Send $1,950 (USD)" in Message(threat).document_text


TEXTS = [
    "Congratulations! You have WON a FREE prize, act now, risk-free",
    "Félicitations, vous avez gagné un iPhone : cliquez ici, offre exclusive",
    "Meeting notes for Tuesday, nothing to see",
    "P\u200bay\u200bPal ac\u200bcount",
    "Your account has been suspended. Verify your account information now.",
    "FÉLICITATIONS ! VOUS AVEZ GAGNÉ UN LOT",
    "colis en attente, frais de livraison 1,99 €",
    "",
]


def sample_rules() -> list[Rule]:
    return [r for r in load_rules() if r.pattern and r.target in ("text", "rawtext", "subject")]


@needs_hyperscan
def test_hyperscan_and_re_give_the_same_hits_on_crafted_texts():
    fast, slow = Matcher(sample_rules(), "hyperscan"), Matcher(sample_rules(), "re")
    fired_somewhere = set()
    for text in TEXTS:
        expected = slow.match(text)
        assert fast.match(text) == expected, text
        fired_somewhere |= {r.name for r, _ in expected}
    assert {"PHRASE_PRIZE_FR", "PHRASE_ACCOUNT_THREAT_EN", "ZERO_WIDTH_IN_WORDS"} <= fired_somewhere


@needs_hyperscan
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_hyperscan_and_re_give_the_same_hits_on_corpus_messages():
    files = [f for folder in ("spam-2", "hard-ham-1") for f in sorted((CORPUS / folder).iterdir())[:60]]
    fast, slow = RuleSet(load_rules(), "hyperscan"), RuleSet(load_rules(), "re")
    fired = 0
    for file in files:
        raw = file.read_bytes()
        expected = slow.evaluate(Message(raw))
        assert fast.evaluate(Message(raw)) == expected, file.name
        fired += len(expected)
    assert fired > 20


@needs_hyperscan
def test_a_pattern_hyperscan_cannot_take_still_runs_through_re():
    rule = Rule("NEGATED_NONWORD", 1.0, "x", target="text", pattern=r"a[^\W\d]b")
    matcher = Matcher([rule], "hyperscan")
    assert matcher._always == [0]
    assert [r.name for r, _ in matcher.match("xaéb")] == ["NEGATED_NONWORD"]


@pytest.mark.parametrize("pattern, text", [
    (r"\bgagné\b", "vous avez gagné !"),
    (r"caf\w", "un café"),
    (r"\d+ €", "٣ €"),
    (r"colis.{0,20}attente", "colis " + "x" * 15 + " attente"),
    (r"a\W?b", "a—b"),
    (r"x\s+y", "x\u00a0y"),
    (r"shared [\"\u201c]report", "shared \u201creport"),  # Python's \u escapes, which Hyperscan spells \x{...}
    (r"win \U0001F381", "win \U0001F381"),
])
@needs_hyperscan
def test_loosened_expression_still_matches_what_re_matches(pattern, text):
    assert re.search(pattern, text)
    rule = Rule("LOOSE", 1.0, "x", target="text", pattern=pattern)
    found: set[int] = set()
    rules._compile([rule], [0]).scan(text.encode(), match_event_handler=rules._collect, context=found)
    assert found == {0}, hyperscan_expression(pattern)


def test_min_count_needs_that_many_matches():
    rule = Rule("COUNTED", 1.0, "x", target="text", pattern="spam", min_count=3)
    matcher = Matcher([rule], "re")
    assert matcher.match("spam spam") == []
    assert matcher.match("spam spam spam")[0][0].name == "COUNTED"


def test_distinct_counts_each_word_once():
    rule = Rule("VARIED", 1.0, "x", target="text", pattern=r"\b(?:spam|ham|eggs)\b", flags="i", min_count=3,
                distinct=True)
    matcher = Matcher([rule], "re")
    assert matcher.match("spam SPAM spam ham ham") == []
    assert matcher.match("spam, ham and Eggs")[0][0].name == "VARIED"


def test_distinct_must_be_a_boolean():
    assert "distinct must be true or false" in error_for(regex_rule(distinct="yes"))


def test_text_beyond_the_limit_is_not_looked_at():
    rule = Rule("FAR_AWAY", 1.0, "x", target="text", pattern="needle")
    matcher = Matcher([rule], "auto")
    assert matcher.match("hay " * (rules.MAX_TEXT // 4) + "needle") == []
    assert matcher.match("needle " + "hay " * 1000)


def test_measure_counts_rules_per_label(tmp_path, capsys):
    (tmp_path / "easy-ham-1").mkdir()
    (tmp_path / "spam-1").mkdir()
    (tmp_path / "easy-ham-1" / "1").write_bytes(b"From: a@example.com\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
                                                b"Message-ID: <1@example.com>\nTo: b@example.org\nSubject: hi\n\nhello\n")
    (tmp_path / "spam-1" / "1").write_bytes(b"To: b@example.org\nSubject: FREE MONEY FOR YOU NOW!!!\n\nhello\n")
    assert rules.main(["--measure", str(tmp_path)]) == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["MISSING_DATE"][2:4] == ["0.00", "100.00"]
    assert lines["SUBJECT_EXCLAMATIONS"][2:4] == ["0.00", "100.00"]
