"""``rempart scan --organisation``: a saved message scored as the gateway scores it for that organisation."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rempart.config import Settings
from rempart.feedback.service import organisation_learning, record_feedback
from rempart.scan import scan_paths
from tests.feedback.messages import newsletter

pytestmark = pytest.mark.db

REMPART = Path(sys.executable).parent / "rempart"


def content_model_detail(path: Path, learning, tmp_path: Path) -> str:
    out = io.StringIO()
    settings = Settings(data_dir=tmp_path, dns=("127.0.0.1", 9), dns_timeout=0.3)
    scan_paths([str(path)], settings, as_json=True, out=out, learning=learning)
    symbols = json.loads(out.getvalue())["symbols"]
    return " ".join(s["detail"] for s in symbols if s["name"].startswith("BAYES_"))


def test_a_scan_with_the_organisations_learning_scores_as_the_gateway_does(alpha, alice, tmp_path):
    for n in range(3):
        record_feedback(alpha, newsletter(n), "released", alice)
    saved = tmp_path / "newsletter.eml"
    saved.write_bytes(newsletter(10))

    assert "organisation learning -" in content_model_detail(saved, organisation_learning(alpha), tmp_path)
    assert "organisation learning" not in content_model_detail(saved, None, tmp_path)


def test_the_option_names_an_organisation_of_the_store(tmp_path):
    env = {**os.environ, "REMPART_DATA_DIR": str(tmp_path), "REMPART_DNS": "127.0.0.1:9",
           "REMPART_DNS_TIMEOUT": "0.3"}
    env.pop("DATABASE_URL", None)
    env.pop("REMPART_CLAMD", None)
    saved = tmp_path / "newsletter.eml"
    saved.write_bytes(newsletter(10))

    def rempart(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(REMPART), *args], env=env, capture_output=True, text=True, timeout=120)

    assert rempart("organisation", "add", "Alpha").returncode == 0
    known = rempart("scan", "--json", "--organisation", "alpha", str(saved))
    unknown = rempart("scan", "--json", "--organisation", "Nobody", str(saved))

    assert known.returncode == 0, known.stderr
    assert json.loads(known.stdout)["verdict"]
    assert unknown.returncode == 1 and unknown.stderr.strip() == "rempart: no organisation named 'Nobody'"


def test_a_scan_for_the_organisation_knows_who_wrote_to_it_before(alpha, tmp_path):
    from datetime import timedelta

    from django.utils import timezone

    from rempart.cli import _organisation_memory
    from rempart.tracking.models import MessageRecord

    settings = Settings(data_dir=tmp_path, dns=("127.0.0.1", 9), dns_timeout=0.3)
    assert _organisation_memory("Alpha", settings)[1] is None  # no history yet: no opinion
    MessageRecord.objects.create(queue_id="Q1", received_at=timezone.now() - timedelta(days=30), organisation=alpha,
                                 from_header="News <news@acme-outdoor.example>", verdict="bulk", action="deliver")
    _, known = _organisation_memory("alpha", settings)
    assert known == {"news@acme-outdoor.example"}

    def first_time(sender: str) -> bool:
        saved = tmp_path / "m.eml"
        saved.write_bytes(newsletter(1).replace(b"news@acme-outdoor.example", sender.encode()))
        out = io.StringIO()
        scan_paths([str(saved)], settings, as_json=True, out=out, known_senders=known)
        return "FIRST_TIME_SENDER" in {s["name"] for s in json.loads(out.getvalue())["symbols"]}

    assert not first_time("news@acme-outdoor.example")
    assert first_time("someone@else.example")
