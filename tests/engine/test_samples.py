"""The samples are the engine's specification: each file's folder is its verdict.

samples/mail/<verdict>/*.eml are scanned as `rempart scan` scans them
offline (no DNS answers, no clamd: auth results are temperror/none, as in
the held-out evaluation), with the organisation's policy of
samples/mail/policy.toml (its domains and executives); a sample addressed to
another organisation (the blind sets') is scanned without the organisation's
domains, as `rempart scan` scans it, the recipients standing for them. A sample listed in
samples/mail/expectations.toml must also show the symbols named there
(``"A|B"``: either one).

A missed phish or a false positive is fixed by adding a file here, not a
special case in the engine (STYLE.md, "Samples as a specification").
"""

from __future__ import annotations

import asyncio
import dataclasses
import tomllib
from pathlib import Path

import pytest

from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import Policy
from rempart.engine.verdict import Result, Verdict
from rempart.scan import envelope_from_headers

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "mail"
VERDICTS = [v.value for v in Verdict]
UNREACHABLE_DNS = ("127.0.0.1", 9)  # nothing listens on the discard port: every lookup fails, as offline


def sample_files() -> list[Path]:
    return sorted(p for v in VERDICTS for p in (SAMPLES / v).glob("*.eml"))


def load_policy(path: Path = SAMPLES / "policy.toml") -> tuple[Policy, frozenset[str]]:
    """The samples' Policy (on top of scan's own) and the organisation's domains.

    Unknown keys are an error, so a typo in the sidecar cannot silently
    leave a sample scanned under the wrong policy.
    """
    data = tomllib.loads(path.read_text()) if path.exists() else {}
    domains = frozenset(d.lower() for d in data.pop("organisation_domains", []))
    changes: dict = {"antivirus_unavailable": "accept"}  # as `rempart scan`: no clamd is not a tempfail
    vips = data.pop("vips", [])
    if vips:
        changes["vips"] = tuple((v["name"], v["address"].lower()) for v in vips)
    fields = {f.name for f in dataclasses.fields(Policy)}
    for key, value in data.items():
        if key not in fields:
            raise ValueError(f"{path.name}: {key!r} is not a field of Policy")
        changes[key] = tuple(value) if isinstance(value, list) else value
    return Policy(**changes), domains


def load_expectations(path: Path = SAMPLES / "expectations.toml") -> dict[str, list[str]]:
    return tomllib.loads(path.read_text()) if path.exists() else {}


class SampleScanner:
    """One pipeline and one offline resolver for all samples, as one `rempart scan` run has."""

    def __init__(self) -> None:
        self.pipeline = Pipeline()
        self.policy, self.organisation_domains = load_policy()
        self.resolver = DNSResolver(UNREACHABLE_DNS, timeout=0.3)

    async def scan(self, raw: bytes) -> Result:
        message = Message(raw)
        envelope = envelope_from_headers(message)
        ours = any(a.strip(" <>").lower().rpartition("@")[2] in self.organisation_domains for a in envelope.rcpt_to)
        context = Context(envelope=envelope, resolver=self.resolver, antivirus=None,
                          organisation_domains=self.organisation_domains if ours else frozenset(), saved_message=True)
        return await self.pipeline.scan(message, self.policy, context)


@pytest.fixture(scope="module")
def scanner() -> SampleScanner:
    return SampleScanner()


EXPECTATIONS = load_expectations()
KNOWN_GAPS: dict[str, str] = tomllib.loads((SAMPLES / "known_gaps.toml").read_text())


def sample_params() -> list:
    params = []
    for path in sample_files():
        key = f"{path.parent.name}/{path.name}"
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[key], strict=True)] if key in KNOWN_GAPS else []
        params.append(pytest.param(path, id=key, marks=marks))
    return params


@pytest.mark.parametrize("path", sample_params())
def test_sample_gets_the_verdict_of_its_folder(path: Path, scanner: SampleScanner) -> None:
    result = asyncio.run(scanner.scan(path.read_bytes()))
    fired = [s.name for s in result.symbols]
    summary = f"score={result.score:.2f} symbols={[(s.name, round(s.score, 2)) for s in result.symbols]}"
    assert "STAGE_FAILED" not in fired, summary
    assert result.verdict.value == path.parent.name, summary
    key = f"{path.parent.name}/{path.name}"
    missing = [want for want in EXPECTATIONS.get(key, []) if not set(want.split("|")) & set(fired)]
    assert not missing, f"missing {missing}; {summary}"


def test_every_expectation_names_an_existing_sample_and_a_declared_symbol() -> None:
    declared = Pipeline().symbols
    for key, names in EXPECTATIONS.items():
        assert (SAMPLES / key).is_file(), key
        undeclared = [n for want in names for n in want.split("|") if n not in declared]
        assert not undeclared, (key, undeclared)


def test_there_are_samples_of_every_threat_and_of_legitimate_mail() -> None:
    counts = {v: len(list((SAMPLES / v).glob("*.eml"))) for v in ("clean", "bulk", "spam", "phishing", "malware")}
    assert all(n >= 5 for n in counts.values()), counts
    assert sum(counts.values()) >= 60, counts


def test_sidecar_policy_names_the_organisation_and_its_executives() -> None:
    policy, domains = load_policy()
    assert "kerlann-industries.fr" in domains
    assert ("Thomas Girard", "thomas.girard@kerlann-industries.fr") in policy.vips
    assert policy.antivirus_unavailable == "accept"
