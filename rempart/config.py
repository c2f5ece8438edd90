"""Settings read once from the environment.

Everything the gateway and the engine need to know about their surroundings
comes from here, so that nothing deep inside reads ``os.environ``. The web
side (Django) builds its own settings from the same object.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    """A setting in the environment has a value we cannot use."""


def parse_hostport(value: str, default_port: int | None = None) -> tuple[str, int]:
    """Split ``host:port`` (``[v6]:port`` too) into its parts.

    Raises ConfigError with the offending value so the operator sees it.
    """
    value = value.strip()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port_text = rest.lstrip(":")
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    else:
        host, port_text = value, ""
    if not port_text:
        if default_port is None:
            raise ConfigError(f"{value!r}: expected host:port")
        return host or "127.0.0.1", default_port
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"{value!r}: port is not a number") from None
    if not 0 <= port <= 65535:
        raise ConfigError(f"{value!r}: port out of range")
    return host or "127.0.0.1", port


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a whole number") from None


@dataclass(frozen=True)
class Settings:
    """The platform's settings; build with :meth:`from_env`."""

    data_dir: Path = Path("var")
    smtp_listen: tuple[str, int] = ("127.0.0.1", 2525)
    submission_listen: tuple[str, int] = ("127.0.0.1", 2587)
    web_listen: tuple[str, int] = ("127.0.0.1", 8000)
    clamd: str | None = None
    dns: tuple[str, int] | None = None
    dns_timeout: float = 2.0
    database_url: str | None = None
    redis_url: str | None = None
    hostname: str = field(default_factory=socket.getfqdn)
    secret_key: str | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # SMTP limits (per the gateway's duty to protect itself and downstream)
    max_message_size: int = 25 * 1024 * 1024
    max_recipients: int = 100
    max_connections_per_ip: int = 20
    max_messages_per_ip_per_minute: int = 120
    smtp_timeout: float = 300.0
    # Queue and delivery
    queue_max_age: int = 7 * 24 * 3600
    retry_base: int = 60
    retry_max: int = 3600
    delivery_concurrency: int = 20
    delivery_timeout: float = 60.0
    # Where mail for domains that are not ours goes (DSNs now, outbound later):
    # a smarthost host:port, or None to look up MX records.
    relay: tuple[str, int] | None = None
    # How often the gateway looks for policy and domain changes (seconds)
    snapshot_refresh: float = 2.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        data_dir = Path(env.get("REMPART_DATA_DIR") or "var")
        dns = env.get("REMPART_DNS") or None
        cert = env.get("REMPART_TLS_CERT") or None
        key = env.get("REMPART_TLS_KEY") or None
        return cls(
            data_dir=data_dir,
            smtp_listen=parse_hostport(env.get("REMPART_SMTP_LISTEN") or "127.0.0.1:2525"),
            submission_listen=parse_hostport(
                env.get("REMPART_SUBMISSION_LISTEN") or "127.0.0.1:2587"
            ),
            web_listen=parse_hostport(env.get("REMPART_WEB_LISTEN") or "127.0.0.1:8000"),
            clamd=env.get("REMPART_CLAMD") or None,
            dns=parse_hostport(dns, 53) if dns else None,
            dns_timeout=float(env.get("REMPART_DNS_TIMEOUT") or 2.0),
            database_url=env.get("DATABASE_URL") or None,
            redis_url=env.get("REDIS_URL") or None,
            hostname=env.get("REMPART_HOSTNAME") or socket.getfqdn(),
            secret_key=env.get("REMPART_SECRET_KEY") or None,
            tls_cert=Path(cert) if cert else None,
            tls_key=Path(key) if key else None,
            max_message_size=_int(env, "REMPART_MAX_MESSAGE_SIZE", 25 * 1024 * 1024),
            max_recipients=_int(env, "REMPART_MAX_RECIPIENTS", 100),
            max_connections_per_ip=_int(env, "REMPART_MAX_CONNECTIONS_PER_IP", 20),
            max_messages_per_ip_per_minute=_int(env, "REMPART_MAX_MESSAGES_PER_IP_PER_MINUTE", 120),
            smtp_timeout=float(env.get("REMPART_SMTP_TIMEOUT") or 300),
            queue_max_age=_int(env, "REMPART_QUEUE_MAX_AGE", 7 * 24 * 3600),
            retry_base=_int(env, "REMPART_RETRY_BASE", 60),
            retry_max=_int(env, "REMPART_RETRY_MAX", 3600),
            delivery_concurrency=_int(env, "REMPART_DELIVERY_CONCURRENCY", 20),
            relay=parse_hostport(env["REMPART_RELAY"], 25) if env.get("REMPART_RELAY") else None,
            snapshot_refresh=float(env.get("REMPART_SNAPSHOT_REFRESH") or 2.0),
        )

    @property
    def queue_dir(self) -> Path:
        return self.data_dir / "queue"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "rempart.sqlite3"

    @property
    def tls_dir(self) -> Path:
        return self.data_dir / "tls"
