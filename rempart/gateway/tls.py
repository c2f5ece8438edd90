"""The certificate the gateway offers with STARTTLS.

An MX offers TLS opportunistically: senders almost never verify the
certificate (RFC 7435), but without one their mail crosses the internet in
clear. So when the operator configured none (``REMPART_TLS_CERT`` and
``REMPART_TLS_KEY``), the gateway makes a self-signed one on first start,
for ``settings.hostname``, keeps it in ``settings.tls_dir`` and reuses it
afterwards, making a new one only when it expires or the hostname changes.
An operator who wants MTA-STS or DANE configures a real certificate.
"""

from __future__ import annotations

import datetime
import fcntl
import ipaddress
import os
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from rempart.config import ConfigError, Settings

CERT_NAME = "cert.pem"
KEY_NAME = "key.pem"
VALIDITY = datetime.timedelta(days=3650)
RENEW_BEFORE = datetime.timedelta(days=30)


def server_context(settings: Settings) -> ssl.SSLContext:
    """An SSL context for the SMTP server side, with the configured or generated certificate.

    Raises ConfigError when a configured certificate or key cannot be loaded,
    so the operator sees which file is wrong at start rather than at the
    first STARTTLS.
    """
    if settings.tls_cert or settings.tls_key:
        if not (settings.tls_cert and settings.tls_key):
            raise ConfigError("REMPART_TLS_CERT and REMPART_TLS_KEY must be set together")
        cert, key = settings.tls_cert, settings.tls_key
    else:
        cert, key = ensure_self_signed(settings.tls_dir, settings.hostname)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # senders do not present client certificates to an MX
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load TLS certificate {cert} / key {key}: {exc}") from None
    return context


def ensure_self_signed(folder: Path, hostname: str) -> tuple[Path, Path]:
    """The paths of a usable self-signed certificate and key for ``hostname``, made if needed.

    Safe when several processes start together: they take a lock on the
    folder, and the files are replaced atomically, key first.
    """
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / CERT_NAME, folder / KEY_NAME
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _usable(cert_path, key_path, hostname):
            cert_pem, key_pem = generate_self_signed(hostname)
            _write_atomically(key_path, key_pem, 0o600)
            _write_atomically(cert_path, cert_pem, 0o644)
    return cert_path, key_path


def generate_self_signed(hostname: str) -> tuple[bytes, bytes]:
    """(certificate PEM, key PEM): RSA 2048 for the widest compatibility with old MTAs."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname[:64] or "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.SubjectAlternativeName([_san(hostname)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


def _san(hostname: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(hostname))
    except ValueError:
        return x509.DNSName(hostname or "localhost")


def _usable(cert_path: Path, key_path: Path, hostname: str) -> bool:
    """True when both files exist, the certificate names ``hostname`` and is not about to expire."""
    if not (cert_path.exists() and key_path.exists()):
        return False
    try:
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, x509.ExtensionNotFound, OSError):
        return False
    if _san(hostname) not in names:
        return False
    expires = certificate.not_valid_after_utc
    return expires - datetime.datetime.now(datetime.UTC) > RENEW_BEFORE


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, path)
