"""STARTTLS: offered, used, recorded; the certificate made once and kept."""

import email
import ssl

import pytest
from cryptography import x509

from rempart.config import ConfigError
from rempart.gateway.tls import ensure_self_signed, server_context
from tests.support.smtp import HOSTNAME, message, settings_for


def no_verify() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def served_certificate(gateway) -> bytes:
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        assert "STARTTLS" in raw.reply()
        raw.send(b"STARTTLS\r\n")
        assert raw.reply() == "220 2.0.0 Ready to start TLS"
        raw.starttls()
        return raw.sock.getpeercert(binary_form=True)
    finally:
        raw.close()


def test_message_sent_over_starttls_is_queued_and_says_so(gateway):
    with gateway.smtp() as client:
        client.starttls(context=no_verify())
        client.ehlo()
        assert not client.has_extn("starttls")
        client.mail("alice@sender.test")
        client.rcpt("bob@example.test")
        assert client.data(message())[0] == 250
    [(_, stored)] = gateway.queued()
    received = email.message_from_bytes(stored)["Received"]
    assert "with ESMTPS (using TLSv1." in received


def test_plain_message_is_accepted_without_tls(gateway):
    assert gateway.send(message())[0] == 250
    [(_, stored)] = gateway.queued()
    assert b"with ESMTP\r\n\tid " in stored


def test_configured_certificate_is_the_one_served(gateway, smtp_tls_files):
    cert, _ = smtp_tls_files
    assert served_certificate(gateway) == ssl.PEM_cert_to_DER_cert(cert.read_text())


def test_certificate_is_made_at_first_start_for_the_hostname_and_reused(smtp_gateway):
    first = smtp_gateway(generate_tls=True)
    cert_path = first.settings.tls_dir / "cert.pem"
    made = cert_path.read_bytes()
    certificate = x509.load_pem_x509_certificate(made)
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == [HOSTNAME]
    assert (first.settings.tls_dir / "key.pem").stat().st_mode & 0o077 == 0
    assert served_certificate(first) == ssl.PEM_cert_to_DER_cert(made.decode())
    first.stop()
    second = smtp_gateway(generate_tls=True, data_dir=first.settings.data_dir)
    assert cert_path.read_bytes() == made
    assert served_certificate(second) == ssl.PEM_cert_to_DER_cert(made.decode())


def test_new_certificate_when_the_hostname_changes(tmp_path):
    cert, _ = ensure_self_signed(tmp_path, "mx1.rempart.test")
    before = cert.read_bytes()
    ensure_self_signed(tmp_path, "mx1.rempart.test")
    assert cert.read_bytes() == before
    ensure_self_signed(tmp_path, "mx2.rempart.test")
    names = x509.load_pem_x509_certificate(cert.read_bytes()).extensions.get_extension_for_class(
        x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["mx2.rempart.test"]


def test_certificate_without_key_is_a_configuration_error(tmp_path, smtp_tls_files):
    cert, key = smtp_tls_files
    with pytest.raises(ConfigError):
        server_context(settings_for(tmp_path, None, tls_cert=cert))
    (tmp_path / "broken.pem").write_text("not a key")
    with pytest.raises(ConfigError):
        server_context(settings_for(tmp_path, (cert, tmp_path / "broken.pem")))


def test_commands_sent_with_starttls_in_clear_are_discarded(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\n")
        raw.reply()
        # A man in the middle appends a command after STARTTLS (CVE-2011-0411 style).
        raw.send(b"STARTTLS\r\nHELP\r\n")
        assert raw.reply() == "220 2.0.0 Ready to start TLS"
        raw.starttls()
        raw.send(b"NOOP\r\n")
        assert raw.reply() == "250 2.0.0 Ok"
    finally:
        raw.close()


def test_failed_tls_handshake_closes_only_that_session(gateway):
    raw = gateway.raw()
    try:
        raw.reply()
        raw.send(b"EHLO client.test\r\nSTARTTLS\r\n")
        assert raw.replies(2)[-1].startswith("220")
        raw.send(b"this is not a TLS client hello\r\n" * 10)
        assert raw.closed()
    finally:
        raw.close()
    assert gateway.send(message())[0] == 250
