"""A real DNS server for tests: Debian's nsd on 127.0.0.1, on a free port.

nsd is authoritative for the root zone ``.``, so a test may publish records
under any name (``example.com``, ``_dmarc.example.org``...) without
declaring zones. Records default to TTL 0 (and the SOA's negative TTL is 0)
so a change is visible at once even to a resolver that caches.

Fixtures
--------

``dns_server`` (session)
    The running server. ``dns_server.address`` is ``(host, port)``: build
    ``Settings(dns=dns_server.address)`` or
    ``rempart.engine.dns.DNSResolver(dns_server.address, timeout=1.0)``.
    Skips the test, with the reason, when nsd is not installed.

``dns_records`` (function)
    The records of this test; the zone starts empty for every test.
    Each call publishes at once and returns only when nsd serves the
    change (it polls the zone's SOA serial)::

        dns_records.add("example.com", "TXT", "v=spf1 ip4:192.0.2.1 -all")
        dns_records.add("example.com", "MX", "10 mx.example.com")
        dns_records.replace("example.com", "TXT", "v=spf1 -all")  # all TXT of that name
        dns_records.remove("example.com")                         # every type
        with dns_records.batch():                                 # one reload for many
            dns_records.add("a.example.com", "A", "192.0.2.7")
            dns_records.add("a.example.com", "AAAA", "2001:db8::7", ttl=300)

    Values are written as in a zone file, except TXT: give the text itself
    (no quotes); long text is split into 255-byte strings for you. Names
    are absolute (the origin is the root).

    ``dns_records.add_dkim_key("sel", "example.com")`` publishes a DKIM key
    at ``sel._domainkey.example.com`` and returns the private key (PEM
    bytes, as ``dkim.sign`` takes it); the key pair is made once a session.

``silent_dns`` (function)
    A UDP socket on 127.0.0.1 that reads queries and never answers: aim a
    resolver at ``silent_dns.address`` to get timeouts.
    ``silent_dns.queries()`` says how many queries reached it so far (so a
    test can prove a lookup was not even sent); a test that wants to play
    the server once may read from and answer on ``silent_dns.sock``.

One nsd serves a whole pytest process (each process, e.g. each xdist
worker or a suite run beside it, gets its own on its own port); records
are reset when a test asks for ``dns_records``, so use that fixture rather
than ``dns_server`` alone whenever the records matter.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

NSD = shutil.which("nsd") or shutil.which("nsd", path="/usr/sbin:/usr/local/sbin")
# setpriv (util-linux) makes Linux stop nsd if the test run dies without cleaning up.
SETPRIV = shutil.which("setpriv")
HOST = "127.0.0.1"
STARTUP_DEADLINE = 10.0  # seconds nsd may take to answer, before we give up
RELOAD_DEADLINE = 10.0

_CONFIG = """\
server:
  ip-address: {host}@{port}
  port: {port}
  do-ip6: no
  username: ""
  chroot: ""
  pidfile: "{dir}/nsd.pid"
  database: ""
  zonelistfile: "{dir}/zone.list"
  xfrdfile: "{dir}/xfrd.state"
  xfrdir: "{dir}"
  zonesdir: "{dir}"
  logfile: "{dir}/nsd.log"
  server-count: 1
  verbosity: 1
  hide-version: yes
remote-control:
  control-enable: no
zone:
  name: "."
  zonefile: "root.zone"
"""


def _free_port() -> int:
    """A port free for both UDP and TCP on the loopback (nsd listens on both)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.bind((HOST, 0))
            port = udp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
                try:
                    tcp.bind((HOST, port))
                except OSError:
                    continue
            return port


def _txt_value(text: str) -> str:
    """Zone-file form of a TXT record: quoted strings of at most 255 bytes, escaped."""
    data = text.encode("utf-8")
    chunks = [data[i:i + 255] for i in range(0, len(data), 255)] or [b""]
    out = []
    for chunk in chunks:
        escaped = "".join(
            "\\" + chr(b) if chr(b) in '"\\' else chr(b) if 0x20 <= b < 0x7F else f"\\{b:03d}"
            for b in chunk
        )
        out.append(f'"{escaped}"')
    return " ".join(out)


def _owner(name: str) -> str:
    name = name.strip().lower().rstrip(".")
    return f"{name}." if name else "."


class DNSServer:
    """nsd serving the root zone from a file this object rewrites."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.zonefile = directory / "root.zone"
        self.records: dict[tuple[str, str], list[tuple[str, int]]] = {}
        self.serial = 1
        self.process: subprocess.Popen | None = None
        self.address: tuple[str, int] = (HOST, 0)
        self._published: dict = {}

    # -- lifecycle --------------------------------------------------------

    def start(self) -> None:
        for _ in range(5):  # another suite may grab the port between our check and nsd's bind
            port = _free_port()
            self.address = (HOST, port)
            (self.directory / "nsd.conf").write_text(_CONFIG.format(host=HOST, port=port, dir=self.directory))
            self._write_zone()
            command = [NSD, "-d", "-c", str(self.directory / "nsd.conf")]
            if SETPRIV:
                command = [SETPRIV, "--pdeathsig", "TERM", "--", *command]
            self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
            if self._wait_for_serial(self.serial, STARTUP_DEADLINE, resend_hup=False):
                return
            self.stop()
        raise RuntimeError(f"nsd did not start; log:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log_tail(self) -> str:
        log = self.directory / "nsd.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-20:]) if log.exists() else "(no log)"

    # -- zone -------------------------------------------------------------

    def publish(self) -> None:
        """Write the zone with a new serial, reload nsd, return once it serves it."""
        if self.records == self._published:
            return
        self.serial += 1
        self._write_zone()
        assert self.process is not None, "nsd is not running"
        self.process.send_signal(signal.SIGHUP)
        if not self._wait_for_serial(self.serial, RELOAD_DEADLINE, resend_hup=True):
            raise RuntimeError(f"nsd did not load serial {self.serial}; log:\n{self.log_tail()}")

    def _write_zone(self) -> None:
        lines = [
            "$ORIGIN .",
            "$TTL 0",
            f". 0 IN SOA ns.invalid. hostmaster.invalid. {self.serial} 3600 600 86400 0",
            ". 0 IN NS ns.invalid.",
        ]
        for (name, rtype), values in sorted(self.records.items()):
            for value, ttl in values:
                rdata = _txt_value(value) if rtype in ("TXT", "SPF") else value
                lines.append(f"{name} {ttl} IN {rtype} {rdata}")
        temporary = self.zonefile.with_suffix(".tmp")
        temporary.write_text("\n".join(lines) + "\n")
        os.replace(temporary, self.zonefile)
        # nsd reloads a zone file only if its mtime changed; two writes in the
        # same clock tick must still look different.
        stamp = 1_000_000_000 + self.serial
        os.utime(self.zonefile, (stamp, stamp))
        self._published = {key: list(values) for key, values in self.records.items()}

    def _wait_for_serial(self, serial: int, deadline: float, resend_hup: bool) -> bool:
        import dns.exception
        import dns.message
        import dns.query

        give_up = time.monotonic() + deadline
        next_hup = time.monotonic() + 1.0
        while time.monotonic() < give_up:
            if self.process is None or self.process.poll() is not None:
                return False
            query = dns.message.make_query(".", "SOA")
            try:
                response = dns.query.udp(query, self.address[0], port=self.address[1], timeout=0.2)
                if response.answer and response.answer[0][0].serial == serial:
                    return True
            except (dns.exception.DNSException, OSError):  # not listening yet, or reloading
                pass
            if resend_hup and time.monotonic() > next_hup:
                self.process.send_signal(signal.SIGHUP)
                next_hup = time.monotonic() + 1.0
            time.sleep(0.02)
        return False


class Records:
    """One test's view of the zone: add, replace, remove, each published at once."""

    def __init__(self, server: DNSServer) -> None:
        self.server = server
        self._batching = 0

    @property
    def address(self) -> tuple[str, int]:
        return self.server.address

    def add(self, name: str, rtype: str, value: str, ttl: int = 0) -> None:
        self.server.records.setdefault((_owner(name), rtype.upper()), []).append((value, ttl))
        self._publish()

    def replace(self, name: str, rtype: str, *values: str, ttl: int = 0) -> None:
        key = (_owner(name), rtype.upper())
        self.server.records.pop(key, None)
        if values:
            self.server.records[key] = [(v, ttl) for v in values]
        self._publish()

    def remove(self, name: str, rtype: str | None = None) -> None:
        owner = _owner(name)
        for key in list(self.server.records):
            if key[0] == owner and (rtype is None or key[1] == rtype.upper()):
                del self.server.records[key]
        self._publish()

    def add_dkim_key(self, selector: str, domain: str, record: str | None = None) -> bytes:
        """Publish the session's DKIM public key (or ``record`` as given); return the private key."""
        private_pem, public_b64 = dkim_keypair()
        self.replace(f"{selector}._domainkey.{domain}", "TXT", record or f"v=DKIM1; k=rsa; p={public_b64}")
        return private_pem

    def clear(self) -> None:
        self.server.records.clear()
        self._publish()

    @contextlib.contextmanager
    def batch(self) -> Iterator[Records]:
        """Publish once, at the end of the block, whatever was changed inside it."""
        self._batching += 1
        try:
            yield self
        finally:
            self._batching -= 1
        self._publish()

    def _publish(self) -> None:
        if not self._batching:
            self.server.publish()


@functools.lru_cache(maxsize=1)
def dkim_keypair() -> tuple[bytes, str]:
    """An RSA key pair for DKIM and ARC tests: (private key PEM, base64 of the public key DER)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    public_der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, base64.b64encode(public_der).decode("ascii")


class SilentDNS:
    """A UDP socket that swallows DNS queries and counts them."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((HOST, 0))
        self.sock.setblocking(False)
        self.address: tuple[str, int] = self.sock.getsockname()
        self._count = 0

    def queries(self) -> int:
        """Queries received so far (loopback delivery is immediate, so this is exact)."""
        while True:
            try:
                self.sock.recv(65535)
            except BlockingIOError:
                return self._count
            self._count += 1

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="session")
def dns_server(tmp_path_factory) -> Iterator[DNSServer]:
    if NSD is None:
        pytest.skip("nsd is not installed (Debian package 'nsd', /usr/sbin/nsd): no DNS server for the test")
    server = DNSServer(tmp_path_factory.mktemp("nsd"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dns_records(dns_server: DNSServer) -> Records:
    records = Records(dns_server)
    records.clear()  # a no-op unless an earlier test left records
    return records


@pytest.fixture
def silent_dns() -> Iterator[SilentDNS]:
    server = SilentDNS()
    try:
        yield server
    finally:
        server.close()
