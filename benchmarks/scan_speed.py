"""How fast Rempart scans compared with Rspamd (and SpamAssassin), on one core, in the same run.

N messages of the shared corpus (prepared as ``rempart scan`` reads them:
mbox ``From `` line removed) are scanned:

- by ``rempart scan --json`` pinned to core 0 (``taskset -c 0``), offline
  (no clamd; DNS from a loopback server that refuses every query at once,
  the same one Rspamd asks, so that neither waits on timeouts), as one
  process over the whole folder. Its
  start-up (imports, building the pipeline) is measured apart by scanning
  one message, and reported both ways;
- by ``rspamc`` against a private Rspamd with one normal worker, also
  pinned to core 0 (benchmarks/peers.py: offline, no network modules);
- by ``spamc`` against a private ``spamd -L`` with one child, if asked.

It prints messages per second (wall clock) for each, CPU milliseconds per
message (user + system of the scanning processes: Rempart's own process;
Rspamd's and spamd's server processes, not their clients), and the ratio
Rempart / Rspamd. Numbers move with the machine's load: other work on the
shared machine shows up here, so compare figures from the same run.

    .venv/bin/python benchmarks/scan_speed.py --limit 500
    .venv/bin/python benchmarks/scan_speed.py --limit 50 --engines rempart
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import peers
from accuracy import CORPUS, HAM_FOLDERS, SPAM_FOLDERS

ENGINES = ("rempart", "rspamd", "spamassassin")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Speed:
    """One engine's run: messages, wall seconds, CPU seconds of the scanning processes."""

    engine: str
    messages: int
    wall: float
    cpu: float
    note: str = ""

    @property
    def per_second(self) -> float | None:
        """None when the time is too small to measure (start-up subtracted from a tiny run)."""
        return self.messages / self.wall if self.wall > 0 and self.messages > 0 else None

    @property
    def cpu_ms(self) -> float | None:
        return 1000.0 * self.cpu / self.messages if self.cpu > 0 and self.messages > 0 else None


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def pin(command: list[str]) -> list[str]:
    """The command on core 0 when taskset exists (the comparison is per core)."""
    return ["taskset", "-c", "0", *command] if shutil.which("taskset") else command


def prepare(workdir: Path, limit: int, seed: int, corpus: Path = CORPUS) -> list[Path]:
    """``limit`` corpus messages (ham and spam in the corpus's proportions), as scan reads them."""
    from rempart.scan import iter_items

    files = sorted(p for folder in HAM_FOLDERS + SPAM_FOLDERS for p in (corpus / folder).glob("*") if p.is_file())
    if not files:
        raise SystemExit(f"scan_speed: no corpus at {corpus}")
    chosen = sorted(random.Random(seed).sample(files, min(limit, len(files))))
    out = []
    for path in chosen:
        item = next(iter_items([str(path)]))
        if isinstance(item, tuple):
            continue
        target = workdir / "messages" / f"{path.parent.name}-{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.raw)
        out.append(target)
    return out


def run_measured(command: list[str], env: dict[str, str], stdout_path: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the process and its children, exit status)."""
    with open(stdout_path, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def rempart_speed(paths: list[Path], workdir: Path, dns_port: int) -> list[Speed]:
    """Two rows: the steady rate (start-up subtracted) and the whole command as run."""
    env = dict(os.environ, REMPART_DNS=f"127.0.0.1:{dns_port}", REMPART_DNS_TIMEOUT="0.3")
    env.pop("REMPART_CLAMD", None)
    scan = [sys.executable, "-m", "rempart.cli", "scan", "--json"]
    one = workdir / "one"
    one.mkdir(exist_ok=True)
    shutil.copy(paths[0], one / paths[0].name)
    progress("rempart: measuring start-up (one message)")
    start_wall, start_cpu, _ = run_measured(pin([*scan, str(one)]), env, workdir / "rempart-one.json")
    progress(f"rempart: scanning {len(paths)} messages")
    wall, cpu, status = run_measured(pin([*scan, str(paths[0].parent)]), env, workdir / "rempart.json")
    lines = (workdir / "rempart.json").read_bytes().count(b"\n")
    if status != 0 or lines != len(paths):
        raise RuntimeError(f"rempart scan exited {status} with {lines} results for {len(paths)} messages")
    steady = Speed("rempart", len(paths) - 1, wall - start_wall, cpu - start_cpu, "without start-up")
    whole = Speed("rempart", len(paths), wall, cpu, f"with start-up ({start_wall:.2f} s wall)")
    return [steady, whole]


def process_group_cpu(pgid: int) -> float:
    """CPU seconds (user + system) of every live process in a process group, from /proc."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # field 5 of stat: process group
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / CLOCK_TICKS


def rspamd_speed(paths: list[Path], workdir: Path, dns_port: int) -> Speed:
    peer = peers.Rspamd(workdir / "rspamd", redis_db=peers.RSPAMD_SPEED_REDIS_DB, dns_port=dns_port)
    peer.start(prefix=tuple(pin([])))
    try:
        peer.forget()
        peer.check(paths[:5])  # warm the worker (maps, hyperscan cache) before measuring
        pgid = peer._process.pid
        cpu_before = process_group_cpu(pgid)
        progress(f"rspamd: scanning {len(paths)} messages")
        started = time.perf_counter()
        results = peer.check(paths, parallel=4)
        wall = time.perf_counter() - started
        cpu = process_group_cpu(pgid) - cpu_before
    finally:
        peer.stop()
    return Speed("rspamd", len(results), wall, cpu, "one worker, rspamc -n 4")


def spamassassin_speed(paths: list[Path], workdir: Path) -> Speed:
    with peers.start_spamassassin(workdir / "sa") as peer:
        progress("spamassassin: starting spamd (loading rules)")
        peer.start(children=1, prefix=tuple(pin([])))
        peer.check(paths[:2])
        pgid = peer._spamd.pid
        cpu_before = process_group_cpu(pgid)
        progress(f"spamassassin: scanning {len(paths)} messages")
        started = time.perf_counter()
        results = peer.check(paths)
        wall = time.perf_counter() - started
        cpu = process_group_cpu(pgid) - cpu_before
    return Speed("spamassassin", len(results), wall, cpu, "spamd -L, one child, spamc")


def _figure(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def report(speeds: list[Speed], skipped: dict[str, str], out=sys.stdout) -> None:
    print(f"\n{'engine':<14}{'messages':>9} {'msg/s':>10} {'CPU ms/msg':>11}  note", file=out)
    for s in speeds:
        print(f"{s.engine:<14}{s.messages:>9} {_figure(s.per_second, 1):>10} {_figure(s.cpu_ms, 2):>11}  {s.note}",
              file=out)
    for name, why in skipped.items():
        print(f"{name:<14}skipped: {why}", file=out)
    rempart = next((s for s in speeds if s.engine == "rempart"), None)
    rspamd = next((s for s in speeds if s.engine == "rspamd"), None)
    if rempart and rspamd and rempart.per_second and rspamd.per_second:
        cpu = f"{rempart.cpu_ms / rspamd.cpu_ms:.2f}x" if rempart.cpu_ms and rspamd.cpu_ms else "n/a"
        print(f"\nRempart / Rspamd: {rempart.per_second / rspamd.per_second:.2f}x messages per second, "
              f"{cpu} CPU per message (Rempart without start-up)", file=out)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=500, help="number of corpus messages (default 500)")
    parser.add_argument("--engines", default="rempart,rspamd", help="comma-separated: rempart,rspamd,spamassassin")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    args.engines = peers.engine_list(parser, args.engines, ENGINES)
    if args.limit < 2:
        parser.error("--limit must be at least 2")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    speeds: list[Speed] = []
    skipped: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="rempart-speed-") as tmp, peers.RefusingDNS() as dns:
        workdir = Path(tmp)
        workdir.chmod(0o755)
        paths = prepare(workdir, args.limit, args.seed, args.corpus)
        progress(f"scan_speed: {len(paths)} messages, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB")
        for engine in args.engines:
            try:
                if engine == "rempart":
                    speeds.extend(rempart_speed(paths, workdir, dns.port))
                elif engine == "rspamd":
                    speeds.append(rspamd_speed(paths, workdir, dns.port))
                elif engine == "spamassassin":
                    speeds.append(spamassassin_speed(paths, workdir))
            except peers.PeerUnavailable as exc:
                skipped[engine] = str(exc)
                progress(f"scan_speed: skipping {engine}: {exc}")
    if not shutil.which("taskset"):
        print("note: taskset not found; nothing was pinned to one core", file=sys.stderr)
    report(speeds, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
