"""End-to-end throughput of the SMTP gateway on loopback.

Starts a real ``rempart gateway`` process (fresh data folder, one domain
routed to a sink SMTP server in this process), sends messages from
concurrent SMTP clients, and prints:

- messages per second end to end (first send to last arrival at the sink),
- p50 and p99 time from the start of a connection to the 250 reply to DATA.

Usage: .venv/bin/python benchmarks/smtp_gateway.py [--messages 500] [--concurrency 20] [--size 4000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
REMPART = str(ROOT / ".venv" / "bin" / "rempart") if (ROOT / ".venv/bin/rempart").exists() else "rempart"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """Counts what arrives; stands for the organisation's mail server."""

    def __init__(self) -> None:
        self.arrived: list[float] = []
        self.subjects: set[str] = set()

    async def handle_DATA(self, server, session, envelope):
        self.arrived.append(time.perf_counter())
        for line in envelope.content.splitlines():
            if line.startswith(b"Subject: "):
                self.subjects.add(line[9:].decode().strip())
                break
        return "250 2.0.0 OK"


def make_message(index: int, size: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Bench Sender <sender@bench-sender.example>"
    message["To"] = "user@bench.test"
    message["Subject"] = f"bench {index}"
    message["Message-ID"] = f"<bench-{index}@bench-sender.example>"
    line = "The quick brown fox jumps over the lazy dog, again and again.\n"
    message.set_content(line * max(1, size // len(line)))
    return message


async def send_all(port: int, count: int, concurrency: int, size: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    failures = 0
    semaphore = asyncio.Semaphore(concurrency)

    async def one(index: int) -> None:
        nonlocal failures
        async with semaphore:
            message = make_message(index, size)
            started = time.perf_counter()
            try:
                await aiosmtplib.send(message, hostname="127.0.0.1", port=port, start_tls=False,
                                      use_tls=False, timeout=60)
                latencies.append(time.perf_counter() - started)
            except Exception as exc:
                failures += 1
                print(f"  send {index} failed: {exc}", file=sys.stderr)

    await asyncio.gather(*(one(i) for i in range(count)))
    return latencies, failures


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--size", type=int, default=4000, help="approximate body size in bytes")
    args = parser.parse_args()

    sink = Sink()
    sink_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=sink_port)
    controller.start()
    data_dir = Path(tempfile.mkdtemp(prefix="rempart-bench-"))
    smtp_port = free_port()
    env = dict(os.environ, REMPART_DATA_DIR=str(data_dir), REMPART_SMTP_LISTEN=f"127.0.0.1:{smtp_port}",
               REMPART_DNS="127.0.0.1:9", REMPART_DNS_TIMEOUT="0.2",
               REMPART_MAX_MESSAGES_PER_IP_PER_MINUTE="1000000",
               REMPART_MAX_CONNECTIONS_PER_IP=str(args.concurrency * 2))
    env.pop("DATABASE_URL", None)
    subprocess.run([REMPART, "domain", "add", "bench.test", "--route", f"127.0.0.1:{sink_port}", "--tls", "off"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    log_path = data_dir / "gateway.log"
    with open(log_path, "wb") as log:
        gateway = subprocess.Popen([REMPART, "gateway"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", smtp_port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline or gateway.poll() is not None:
                    print(log_path.read_text(), file=sys.stderr)
                    raise SystemExit("gateway did not start")
                time.sleep(0.1)
        started = time.perf_counter()
        latencies, failures = asyncio.run(send_all(smtp_port, args.messages, args.concurrency, args.size))
        accepted = len(latencies)
        deadline = time.time() + 120
        while len(sink.subjects) < accepted and time.time() < deadline:
            time.sleep(0.05)
        finished = max(sink.arrived) if sink.arrived else time.perf_counter()
        elapsed = finished - started
        print(f"messages sent:        {args.messages} (concurrency {args.concurrency}, ~{args.size} bytes each)")
        print(f"answered 250:         {accepted} ({failures} failed)")
        print(f"delivered to sink:    {len(sink.subjects)}")
        print(f"end to end:           {len(sink.subjects) / elapsed:.1f} messages/s over {elapsed:.2f} s")
        if latencies:
            print(f"time to 250, p50:     {percentile(latencies, 0.50) * 1000:.1f} ms")
            print(f"time to 250, p99:     {percentile(latencies, 0.99) * 1000:.1f} ms")
            print(f"time to 250, mean:    {statistics.mean(latencies) * 1000:.1f} ms")
        print("peer: no other SMTP gateway on this machine to compare with")
        return 0
    finally:
        gateway.send_signal(signal.SIGTERM)
        try:
            gateway.wait(timeout=20)
        except subprocess.TimeoutExpired:
            gateway.kill()
        controller.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
