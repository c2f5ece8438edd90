"""The benchmarks run end to end on a tiny input; their figures are printed, never asserted.

Peers: the accuracy run here uses Rempart alone (SpamAssassin's spamd takes
tens of seconds to load its rules); the speed run asks for Rspamd too, which
starts in a second or two when installed, and must say "skipped" with a
reason when it is not.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import accuracy
import peers

needs_corpus = pytest.mark.skipif(not accuracy.CORPUS.is_dir(), reason=f"no corpus at {accuracy.CORPUS}")


def run_benchmark(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, check=False)


@needs_corpus
def test_accuracy_cross_validates_rempart_on_a_subsample() -> None:
    done = run_benchmark("accuracy.py", "--limit", "10", "--folds", "2", "--engines", "rempart")
    assert done.returncode == 0, done.stderr[-2000:]
    row = next(line for line in done.stdout.splitlines() if line.startswith("rempart "))
    ham, flagged, _rate, spam, missed = row.split()[1:6]
    assert int(ham) + int(spam) == 10
    assert 0 <= int(flagged) <= int(ham) and 0 <= int(missed) <= int(spam)
    assert "fold 2/2 rempart" in done.stderr  # progress is printed


@needs_corpus
def test_scan_speed_reports_rempart_and_rspamd_or_why_not() -> None:
    done = run_benchmark("scan_speed.py", "--limit", "10", "--engines", "rempart,rspamd")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    steady, whole = [line.split() for line in lines if line.startswith("rempart ")]
    assert whole[1] == "10" and float(whole[2]) > 0 and float(whole[3]) > 0
    assert steady[2] == "n/a" or float(steady[2]) > 0  # start-up subtracted: may be too small to tell
    rspamd = next(line for line in lines if line.startswith("rspamd "))
    if "skipped" not in rspamd:
        assert float(rspamd.split()[2]) > 0
        if steady[2] != "n/a":
            assert any(line.startswith("Rempart / Rspamd:") for line in lines)


def test_unknown_engine_is_a_usage_error() -> None:
    done = run_benchmark("accuracy.py", "--engines", "rempart,postfix")
    assert done.returncode == 2 and "unknown engine" in done.stderr


def test_folds_are_stratified_and_cover_every_message_once(tmp_path) -> None:
    samples = [accuracy.Sample(folder, f"{folder}-{i}", folder in accuracy.SPAM_FOLDERS, tmp_path / f"{folder}-{i}")
               for folder, count in (("easy-ham-1", 40), ("hard-ham-1", 10), ("spam-2", 20)) for i in range(count)]
    folds = accuracy.make_folds(samples, 5, seed=7)
    assert sorted(s.name for fold in folds for s in fold) == sorted(s.name for s in samples)
    assert [sum(s.is_spam for s in fold) for fold in folds] == [4] * 5
    assert [sum(s.folder == "hard-ham-1" for s in fold) for fold in folds] == [2] * 5
    assert accuracy.make_folds(samples, 5, seed=7) == folds


def test_rspamc_json_of_several_files_is_read_by_file_name() -> None:
    output = ('{"action": "no action", "score": 1.5, "filename": "/m/a.eml"}\n'
              '{"action": "add header", "score": 7.0, "filename": "/m/b.eml"}\n'
              '{"action": "greylist", "score": 4.2, "filename": "/m/c.eml"}\n{"action": "rej')
    results = peers.parse_rspamc_json(output)
    assert set(results) == {"/m/a.eml", "/m/b.eml", "/m/c.eml"}
    assert [results[f"/m/{n}.eml"].flagged for n in "abc"] == [False, True, False]
    assert results["/m/b.eml"].score == 7.0
