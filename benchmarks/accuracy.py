"""How often each engine is wrong: k-fold cross-validation on the shared corpus.

The SpamAssassin public corpus of ../shared/corpus (ham: easy-ham-1,
easy-ham-2, hard-ham-1; spam: spam-1, spam-2) is split into k folds
(stratified, shuffled with a fixed seed). For each fold, every engine learns
from the other k-1 folds and then judges the held fold:

- **Rempart**: the content model is trained on the training folds with
  ``rempart.engine.training.train()`` and put in place of the shipped one
  (``content_model.use_model()``), then the whole pipeline scans the fold as
  ``rempart scan`` does offline (DNS unreachable, no clamd). Flagged means a
  verdict of spam, phishing or malware, or an action of quarantine, reject
  or tag (what the evaluation counts).
- **SpamAssassin** (Debian): local tests only, Bayes trained with sa-learn
  on the same folds in a private folder; flagged at its default 5.0.
- **Rspamd** (Debian): one worker, offline, Bayes on Redis trained with
  ``rspamc learn_spam/learn_ham``; flagged when its action is add header,
  rewrite subject, soft reject or reject (greylist only delays).

Every engine sees the same bytes: each corpus file with its mbox ``From ``
line removed, as ``rempart scan`` reads it. The table gives the false
positive rate (ham flagged) and the missed-spam rate at each engine's
default threshold. A peer that cannot start is skipped with its reason.

    .venv/bin/python benchmarks/accuracy.py                      # 5 folds, all engines
    .venv/bin/python benchmarks/accuracy.py --limit 400 --folds 2 --engines rempart

This is a manual benchmark: it prints figures, and nothing asserts on them.
Note that the corpus is the one the shipped model is trained on; these are
cross-validated figures, not held-out ones.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers

CORPUS = ROOT.parent / "shared" / "corpus" / "spamassassin"
HAM_FOLDERS = ("easy-ham-1", "easy-ham-2", "hard-ham-1")
SPAM_FOLDERS = ("spam-1", "spam-2")
ENGINES = ("rempart", "spamassassin", "rspamd")
CAUGHT_VERDICTS = {"spam", "phishing", "malware"}
CAUGHT_ACTIONS = {"quarantine", "reject", "tag"}


@dataclass(frozen=True)
class Sample:
    """One corpus message: where it came from, its label, and the file every engine reads."""

    folder: str
    name: str
    is_spam: bool
    path: Path  # the prepared copy (mbox "From " line removed)


@dataclass
class Tally:
    """What one engine got right and wrong, overall and per corpus folder."""

    ham: int = 0
    spam: int = 0
    false_positives: int = 0
    missed: int = 0
    seconds: float = 0.0
    by_folder: Counter = field(default_factory=Counter)  # errors per folder
    errors: list = field(default_factory=list)  # "folder/name" of each message judged wrongly
    skipped: str = ""
    note: str = ""  # how the engine was run, when the reader must know

    def add(self, sample: Sample, flagged: bool) -> None:
        if sample.is_spam:
            self.spam += 1
            if not flagged:
                self.missed += 1
                self.by_folder[sample.folder] += 1
                self.errors.append(f"{sample.folder}/{sample.name}")
        else:
            self.ham += 1
            if flagged:
                self.false_positives += 1
                self.by_folder[sample.folder] += 1
                self.errors.append(f"{sample.folder}/{sample.name}")


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- corpus and folds ------------------------------------------------------------


def load_corpus(workdir: Path, corpus: Path = CORPUS, limit: int | None = None, seed: int = 42) -> list[Sample]:
    """The corpus, prepared in ``workdir`` as scan reads it; a stratified subsample when ``limit`` is set."""
    from rempart.scan import iter_items

    if not corpus.is_dir():
        raise SystemExit(f"accuracy: no corpus at {corpus}")
    listed = [(folder, path) for folders, _spam in ((HAM_FOLDERS, False), (SPAM_FOLDERS, True))
              for folder in folders for path in sorted((corpus / folder).glob("*")) if path.is_file()]
    if limit is not None and limit < len(listed):
        rng = random.Random(seed)
        ham = [item for item in listed if item[0] in HAM_FOLDERS]
        spam = [item for item in listed if item[0] in SPAM_FOLDERS]
        spam_share = max(1, round(limit * len(spam) / len(listed)))
        listed = sorted(rng.sample(ham, min(len(ham), limit - spam_share)) + rng.sample(spam, min(len(spam), spam_share)))
    samples = []
    for folder, path in listed:
        item = next(iter_items([str(path)]))
        if isinstance(item, tuple):
            progress(f"accuracy: skipping {path}: {item[1]}")
            continue
        target = workdir / "messages" / folder / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.raw)
        samples.append(Sample(folder, path.name, folder in SPAM_FOLDERS, target))
    return samples


def make_folds(samples: list[Sample], k: int, seed: int = 42) -> list[list[Sample]]:
    """k stratified folds: each keeps the corpus's share of spam, and of each folder."""
    rng = random.Random(seed)
    folds: list[list[Sample]] = [[] for _ in range(k)]
    offset = 0
    for folder in HAM_FOLDERS + SPAM_FOLDERS:
        group = [s for s in samples if s.folder == folder]
        rng.shuffle(group)
        for index, sample in enumerate(group):
            folds[(index + offset) % k].append(sample)
        offset += len(group)
    return folds


def link_training_set(workdir: Path, fold_index: int, training: list[Sample]) -> tuple[Path, Path]:
    """Folders of symlinks to the training messages, one per class, for the peers' learners."""
    ham_dir = workdir / f"train-{fold_index}" / "ham"
    spam_dir = workdir / f"train-{fold_index}" / "spam"
    for folder in (ham_dir, spam_dir):
        folder.mkdir(parents=True, exist_ok=True)
    for sample in training:
        target = (spam_dir if sample.is_spam else ham_dir) / f"{sample.folder}-{sample.name}"
        if not target.exists():
            target.symlink_to(sample.path)
    return ham_dir, spam_dir


# -- Rempart ---------------------------------------------------------------------


def find_trainer() -> Callable | None:
    """The content model's ``train(messages, labels)`` (rempart.engine.training); None if not there."""
    try:
        from rempart.engine.training import train
    except ImportError:
        return None
    return train


class RempartEngine:
    """The full pipeline, offline, as `rempart scan` runs it, with a model trained per fold.

    The fold's model replaces the shipped one through the content-model
    stage's ``use_model()``, in this process only.
    """

    name = "rempart"

    def __init__(self) -> None:
        from rempart.engine.dns import DNSResolver
        from rempart.engine.pipeline import Pipeline
        from rempart.engine.policy import Policy

        self.pipeline = Pipeline()
        self.policy = Policy(antivirus_unavailable="accept")
        self.resolver = DNSResolver(("127.0.0.1", 9), timeout=0.3)  # unreachable: offline
        self.trainer = find_trainer()
        self.use_model = self._find_use_model()
        self.samples = self._find_samples()
        if self.trainer and self.use_model:
            self.note = ("content model trained per fold (rempart.engine.training.train) as the shipped one is: "
                         f"training folds + {len(self.samples)} legitimate samples; whole pipeline offline")
        else:
            self.note = "content model NOT retrained per fold (no training.train or content_model.use_model): shipped model"

    @staticmethod
    def _find_samples() -> list:
        """The samples the shipped model learns (rempart.engine.training.sample_messages); none if not there."""
        try:
            from rempart.engine.training import sample_messages
        except ImportError:
            return []
        return sample_messages(ROOT / "samples" / "mail")

    @staticmethod
    def _find_use_model() -> Callable | None:
        try:
            from rempart.engine.stages.content_model import use_model
        except ImportError:
            return None
        return use_model

    def train_fold(self, fold_index: int, training: list[Sample], ham_dir: Path, spam_dir: Path) -> None:
        if self.trainer is None or self.use_model is None:
            return
        messages = [s.path.read_bytes() for s in training]
        labels = [int(s.is_spam) for s in training]
        for raw, label, _group in self.samples:  # what the shipped model learns besides the corpus
            messages.append(raw)
            labels.append(label)
        self.use_model(self.trainer(messages, labels))

    def context(self, message):
        from rempart.engine.context import Context
        from rempart.scan import envelope_from_headers

        return Context(envelope=envelope_from_headers(message), resolver=self.resolver, antivirus=None,
                       saved_message=True)

    def check(self, samples: list[Sample]) -> list[bool]:
        return asyncio.run(self._check(samples))

    async def _check(self, samples: list[Sample]) -> list[bool]:
        from rempart.engine.message import Message

        flagged = []
        for sample in samples:
            message = Message(sample.path.read_bytes())
            result = await self.pipeline.scan(message, self.policy, self.context(message))
            flagged.append(result.verdict.value in CAUGHT_VERDICTS or result.action.value in CAUGHT_ACTIONS)
        return flagged

    def close(self) -> None:
        if self.use_model is not None:
            self.use_model(None)


# -- peers -----------------------------------------------------------------------


class SpamAssassinEngine:
    """SpamAssassin through spamd, restarted on each fold's freshly trained Bayes."""

    name = "spamassassin"
    note = "local tests only (-L), Bayes per fold, threshold 5.0"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.peer: peers.SpamAssassin | None = None
        peers.SpamAssassin(workdir / "sa-probe")  # raises PeerUnavailable early when not installed

    def train_fold(self, fold_index: int, training: list[Sample], ham_dir: Path, spam_dir: Path) -> None:
        self.close()
        self.peer = peers.SpamAssassin(self.workdir / f"sa-{fold_index}")
        self.peer.learn("ham", ham_dir)
        self.peer.learn("spam", spam_dir)
        self.peer.sync()
        self.peer.start()

    def check(self, samples: list[Sample]) -> list[bool]:
        return [r.flagged for r in self.peer.check([s.path for s in samples])]

    def close(self) -> None:
        if self.peer is not None:
            self.peer.stop()
            self.peer = None


class RspamdEngine:
    """One Rspamd for the whole run; its Bayes database is emptied and retrained for each fold."""

    name = "rspamd"
    note = "offline, one worker, Bayes on Redis per fold, default actions"

    def __init__(self, workdir: Path) -> None:
        self.dns = peers.RefusingDNS()  # offline, without waiting on timeouts
        self.peer = peers.Rspamd(workdir / "rspamd", dns_port=self.dns.port)
        self.peer.start()

    def train_fold(self, fold_index: int, training: list[Sample], ham_dir: Path, spam_dir: Path) -> None:
        self.peer.forget()
        ham, spam = self.peer.learn("ham", ham_dir), self.peer.learn("spam", spam_dir)
        progress(f"fold {fold_index + 1} rspamd: Bayes learnt {ham} ham and {spam} spam")

    def check(self, samples: list[Sample]) -> list[bool]:
        return [r.flagged for r in self.peer.check([s.path for s in samples])]

    def close(self) -> None:
        self.peer.stop()
        self.dns.close()


# -- the run ---------------------------------------------------------------------


def start_engines(names: list[str], workdir: Path, tallies: dict[str, Tally]) -> dict[str, object]:
    engines: dict[str, object] = {}
    for name in names:
        try:
            if name == "rempart":
                engines[name] = RempartEngine()
            elif name == "spamassassin":
                engines[name] = SpamAssassinEngine(workdir)
            elif name == "rspamd":
                engines[name] = RspamdEngine(workdir)
        except peers.PeerUnavailable as exc:
            tallies[name].skipped = str(exc)
            progress(f"accuracy: skipping {name}: {exc}")
    return engines


def run(samples: list[Sample], k: int, names: list[str], workdir: Path, seed: int) -> dict[str, Tally]:
    tallies = {name: Tally() for name in names}
    folds = make_folds(samples, k, seed)
    engines = start_engines(names, workdir, tallies)
    try:
        for index, held in enumerate(folds):
            training = [s for j, fold in enumerate(folds) if j != index for s in fold]
            ham_dir, spam_dir = link_training_set(workdir, index, training)
            for name, engine in engines.items():
                started = time.perf_counter()
                progress(f"fold {index + 1}/{k} {name}: training on {len(training)} messages")
                engine.train_fold(index, training, ham_dir, spam_dir)
                progress(f"fold {index + 1}/{k} {name}: judging {len(held)} messages")
                for sample, flagged in zip(held, engine.check(held)):
                    tallies[name].add(sample, flagged)
                tallies[name].seconds += time.perf_counter() - started
                t = tallies[name]
                progress(f"fold {index + 1}/{k} {name}: so far {t.false_positives}/{t.ham} ham flagged, "
                         f"{t.missed}/{t.spam} spam missed")
    finally:
        for engine in engines.values():
            engine.close()
    for name, engine in engines.items():
        tallies[name].note = getattr(engine, "note", "")
    return tallies


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:6.2f}%" if whole else "     -"


PEER_BAYES_MINIMUM = 200  # SpamAssassin's bayes_min_*_num and Rspamd's min_learns, per class


def report(tallies: dict[str, Tally], k: int, total: int, out=sys.stdout, smallest_class: int | None = None,
           show_errors: bool = False) -> None:
    print(f"\nk-fold cross-validation, k={k}, {total} messages of the SpamAssassin public corpus", file=out)
    print(f"{'engine':<14}{'ham':>6}{'flagged':>9}{'FP rate':>10}{'spam':>7}{'missed':>8}{'missed rate':>13}"
          f"{'time':>9}", file=out)
    for name, t in tallies.items():
        if t.skipped and not (t.ham or t.spam):
            print(f"{name:<14}skipped: {t.skipped}", file=out)
            continue
        print(f"{name:<14}{t.ham:>6}{t.false_positives:>9}{percent(t.false_positives, t.ham):>10}{t.spam:>7}"
              f"{t.missed:>8}{percent(t.missed, t.spam):>13}{t.seconds:>8.0f}s", file=out)
    print("\nerrors by corpus folder (ham flagged / spam missed):", file=out)
    for name, t in tallies.items():
        if t.ham or t.spam:
            parts = ", ".join(f"{folder} {t.by_folder.get(folder, 0)}" for folder in HAM_FOLDERS + SPAM_FOLDERS)
            print(f"  {name:<12} {parts}", file=out)
    if show_errors:
        for name, t in tallies.items():
            for error in sorted(t.errors):
                print(f"  {name:<12} wrong: {error}", file=out)
    for name, t in tallies.items():
        if t.note:
            print(f"note: {name}: {t.note}", file=out)
    peers_ran = any((t.ham or t.spam) for name, t in tallies.items() if name != "rempart")
    if peers_ran and smallest_class is not None and smallest_class * (k - 1) // k < PEER_BAYES_MINIMUM:
        print(f"note: training folds hold fewer than {PEER_BAYES_MINIMUM} messages of a class: SpamAssassin's and "
              "Rspamd's Bayes stay off by their defaults (use a larger --limit)", file=out)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="number of folds k (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="use a stratified random subsample of N messages")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: rempart,spamassassin,rspamd")
    parser.add_argument("--seed", type=int, default=42, help="seed of the shuffle and subsample")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding easy-ham-1 ... spam-2")
    parser.add_argument("--show-errors", action="store_true", help="list every message an engine judged wrongly")
    args = parser.parse_args(argv)
    args.engines = peers.engine_list(parser, args.engines, ENGINES)
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("REMPART_DNS", "127.0.0.1:9")
    with tempfile.TemporaryDirectory(prefix="rempart-accuracy-") as tmp:
        workdir = Path(tmp)
        workdir.chmod(0o755)  # spamd's children read the prepared messages' folders as nobody
        progress(f"accuracy: preparing the corpus from {args.corpus}")
        samples = load_corpus(workdir, args.corpus, args.limit, args.seed)
        if len(samples) < args.folds:
            raise SystemExit("accuracy: fewer messages than folds")
        tallies = run(samples, args.folds, args.engines, workdir, args.seed)
    smallest = min(sum(s.is_spam for s in samples), sum(not s.is_spam for s in samples))
    report(tallies, args.folds, len(samples), smallest_class=smallest, show_errors=args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
