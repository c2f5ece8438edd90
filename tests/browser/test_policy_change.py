"""End to end in a real browser against the real ``rempart serve``.

An admin added with ``rempart user add`` opens the printed link, chooses a
password, sets up TOTP, logs out and in again with a code, blocks a sender
and raises the spam sensitivity; both show in the effective policy and in
the audit log, and the gateway (the same process, polling the database)
refuses the next message from that sender, which it accepted just before.

``rempart serve`` runs as a child process on a data folder of its own,
exactly as an operator runs it: the web console, the gateway and the
snapshot refresher are the production ones, and nothing is shared with the
test process but the network.
"""

from __future__ import annotations

import smtplib
import time

import pytest

from tests.support.smtp import message

pytestmark = pytest.mark.slow

PASSWORD = "a long and unusual passphrase"


def totp(secret: str, steps_ahead: int = 0) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + steps_ahead))


def send(port: int, sender: str, to: str = "bob@alpha.test") -> tuple[int, bytes]:
    """One message through the gateway; the reply to DATA, or the first refusal."""
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.evil.test", timeout=20) as client:
        client.ehlo()
        code, text = client.mail(sender)
        if code == 250:
            code, text = client.rcpt(to)
        if code == 250:
            code, text = client.data(message(sender=sender, to=to, subject="Invoice"))
        return code, text


def refused_soon(port: int, sender: str, within: float = 30.0) -> tuple[int, bytes]:
    """Send until the gateway refuses (it reloads its policy snapshot every half second)."""
    deadline = time.monotonic() + within
    while True:
        code, text = send(port, sender)
        if code >= 500 or time.monotonic() > deadline:
            return code, text
        time.sleep(0.5)


@pytest.fixture
def platform(rempart_process, downstream):
    """``rempart serve`` with Alpha's domain routed to a receiving server, and Alice's set-up link."""
    server = downstream()
    proc = rempart_process()
    proc.cli("domain", "add", "alpha.test", "--route", f"127.0.0.1:{server.port}", "--tls", "off",
             "--organisation", "Alpha")
    link = proc.cli("user", "add", "alice@alpha.test", "--role", "org-admin", "--organisation", "Alpha").stdout.strip()
    proc.start("serve", wait_web=True)
    proc.link, proc.downstream = link, server
    yield proc
    assert proc.terminate() == 0, proc.log()


def test_an_admin_blocks_a_sender_and_the_gateway_refuses_the_next_message(platform, page):
    base = f"http://127.0.0.1:{platform.web_port}"
    assert send(platform.smtp_port, "boss@evil.test")[0] == 250  # accepted before the change
    platform.downstream.wait_for(1, timeout=30)

    # The set-up link: a password, then TOTP (the role requires it).
    page.goto(platform.link)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("#welcome-form button[type=submit]")
    page.wait_for_url("**/accounts/2fa/totp/activate/")
    secret = page.input_value("#authenticator_secret")
    page.fill("input[name=code]", totp(secret))
    page.click("main form button[type=submit]")
    page.wait_for_url("**/recovery-codes/**")

    # Out, and in again with the password and a fresh code.
    page.get_by_role("button", name="Log out").click()
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", "alice@alpha.test")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.fill("input[name=code]", totp(secret, steps_ahead=1))  # the set-up code cannot be used twice
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/console/")

    # Block the sender and raise the sensitivity of Alpha's policy.
    page.get_by_role("link", name="Organisations", exact=True).click()
    page.get_by_role("link", name="Alpha", exact=True).click()
    page.get_by_role("link", name="Allow and block lists", exact=True).click()
    page.select_option("select[name=kind]", "block")
    page.fill("input[name=value]", "boss@evil.test")
    page.click("#list-form button[type=submit]")
    assert "boss@evil.test" in page.inner_text("#list-entries")
    page.get_by_role("link", name="Alpha", exact=True).click()
    page.get_by_role("link", name="Policy", exact=True).first.click()
    page.select_option("select[name=sensitivity]", "5")
    page.click("#policy-form button[type=submit]")

    effective = page.inner_text("#effective-policy")
    assert "Spam sensitivity" in effective
    row = page.inner_text("#effective-policy tr[data-setting=sensitivity]")
    assert "5" in row and "organisation" in row
    lists = page.inner_text("#effective-lists")
    assert "boss@evil.test" in lists and "organisation" in lists

    page.get_by_role("link", name="Audit log", exact=True).first.click()
    audit = page.inner_text("#audit-events")
    for action in ("list.add", "policy.update", "totp.activate", "password.set", "login"):
        assert action in audit, action
    assert "alice@alpha.test" in audit

    code, text = refused_soon(platform.smtp_port, "boss@evil.test")
    assert code == 550 and text.startswith(b"5.7.1"), (code, text)
    assert len(platform.downstream.messages) == 1
