"""`rempart serve` and `rempart gateway` as an operator runs them."""

import json
import smtplib
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def test_serve_runs_gateway_and_web_then_stops_cleanly_on_sigterm(rempart_process):
    proc = rempart_process()
    proc.start("serve", wait_web=True)
    with smtplib.SMTP("127.0.0.1", proc.smtp_port, timeout=10) as client:
        code, banner = client.ehlo("client.test")
        assert code == 250
    with urllib.request.urlopen(f"http://127.0.0.1:{proc.web_port}/health", timeout=10) as response:
        assert response.status == 200
        assert json.loads(response.read())["status"]
    assert (proc.data_dir / "rempart.sqlite3").exists()
    assert proc.terminate() == 0, proc.log()
    assert "stopped" in proc.log()


def test_gateway_refuses_mail_for_a_domain_not_added(rempart_process):
    proc = rempart_process()
    proc.start("gateway")
    with smtplib.SMTP("127.0.0.1", proc.smtp_port, timeout=10) as client:
        client.ehlo("client.test")
        client.mail("someone@sender.example")
        code, reply = client.rcpt("victim@elsewhere.example")
    assert code == 550
    assert b"5.7.1" in reply
    assert proc.terminate() == 0


def test_clamd_not_running_is_said_loudly_at_start_and_in_the_console(rempart_process, tmp_path):
    proc = rempart_process(REMPART_CLAMD=str(tmp_path / "no-clamd.sock"))
    proc.start("serve", wait_web=True)
    with urllib.request.urlopen(f"http://127.0.0.1:{proc.web_port}/health", timeout=10) as response:
        health = json.loads(response.read())
    assert proc.terminate() == 0
    assert "ANTIVIRUS UNAVAILABLE" in proc.log()
    assert any("antivirus" in problem for problem in health["problems"])


def test_gateway_picks_up_a_new_domain_without_restart(rempart_process, downstream):
    proc = rempart_process()
    proc.start("gateway")
    server = downstream()
    proc.cli("domain", "add", "late.test", "--route", f"127.0.0.1:{server.port}", "--tls", "off")
    import time

    deadline = time.monotonic() + 20
    code = None
    while time.monotonic() < deadline:
        with smtplib.SMTP("127.0.0.1", proc.smtp_port, timeout=10) as client:
            client.ehlo("client.test")
            client.mail("someone@sender.example")
            code, _ = client.rcpt("user@late.test")
        if code == 250:
            break
        time.sleep(0.2)
    assert code == 250
    proc.terminate()
