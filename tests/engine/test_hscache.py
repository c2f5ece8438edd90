"""Compiled Hyperscan databases are kept in the user's cache and loaded again; a bad cache only costs a compile."""

from __future__ import annotations

import hyperscan
import pytest

from rempart.engine import hscache

EXPRESSIONS = [b"wire\\s+transfer", b"gift\\s+cards?"]
FLAGS = [hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH] * 2


def matches(database, text: bytes) -> list[int]:
    found: list[int] = []
    database.scan(text, match_event_handler=lambda ident, *_: found.append(ident))
    return found


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_first_run_compiles_and_stores_and_the_next_loads_the_same_database(private_cache, monkeypatch):
    first = hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    stored = list((private_cache / "rempart" / "hyperscan").glob("*.hsdb"))
    assert len(stored) == 1
    assert matches(first, b"please send the WIRE   transfer today") == [0]

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again instead of loading the cached database")

    monkeypatch.setattr(hyperscan, "Database", no_compiling)
    loaded = hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    assert sorted(matches(loaded, b"buy gift cards and a wire transfer")) == [0, 1]


def test_other_patterns_get_another_entry(private_cache):
    hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    hscache.compiled(EXPRESSIONS[:1], [0], FLAGS[:1])
    assert len(list((private_cache / "rempart" / "hyperscan").glob("*.hsdb"))) == 2


def test_a_damaged_entry_is_compiled_again_and_replaced(private_cache):
    hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    (entry,) = (private_cache / "rempart" / "hyperscan").glob("*.hsdb")
    entry.write_bytes(b"not a database")
    database = hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    assert matches(database, b"gift card") == [1]
    assert entry.read_bytes() != b"not a database"


def test_an_unwritable_cache_still_gives_a_working_database(private_cache):
    (private_cache / "rempart").write_text("a file where the folder should be")
    database = hscache.compiled(EXPRESSIONS, [0, 1], FLAGS)
    assert matches(database, b"wire transfer") == [0]


def test_a_refused_expression_raises_as_compiling_does():
    with pytest.raises(hyperscan.error):
        hscache.compiled([b"(unclosed"], [0], [0])
