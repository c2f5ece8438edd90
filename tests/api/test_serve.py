"""The API as an operator meets it: `rempart serve`, a token from `rempart token create`, then HTTP."""

import pytest
import requests

pytestmark = pytest.mark.slow


def test_a_token_printed_by_the_cli_opens_the_api_of_rempart_serve(rempart_process):
    proc = rempart_process()
    proc.cli("domain", "add", "example.org", "--route", "127.0.0.1:25", "--organisation", "Example")
    proc.cli("user", "add", "admin@example.org", "--role", "org-admin", "--organisation", "Example")
    token = proc.cli("token", "create", "admin@example.org").stdout.strip()
    proc.start("serve", wait_web=True)
    base = f"http://127.0.0.1:{proc.web_port}/api/v1"

    domains = requests.get(f"{base}/domains", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    refused = requests.get(f"{base}/domains", headers={"Authorization": "Bearer rmp_nope"}, timeout=30)
    document = requests.get(f"{base}/openapi.json", timeout=30)

    assert domains.status_code == 200, proc.log()
    assert [d["name"] for d in domains.json()["items"]] == ["example.org"]
    assert refused.status_code == 401 and refused.json()["detail"].startswith("malformed token")
    assert document.json()["info"]["title"] == "Rempart API"
    assert proc.terminate() == 0
