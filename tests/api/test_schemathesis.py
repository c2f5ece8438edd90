"""Generated requests against the served OpenAPI document: whatever is sent, never a 5xx.

schemathesis reads /api/v1/openapi.json from the live server and, for every
operation, sends valid requests (positive) and requests that break the
document's rules (negative) with a provider admin's token; half of them aim
at real objects. Bounded: a few dozen examples an operation.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode

pytestmark = [pytest.mark.db, pytest.mark.slow]

EXAMPLES = 10  # per operation and mode: about 800 requests in all, a minute or so


def object_ids(world) -> dict:
    return {
        "organisation_id": world.alpha.pk, "domain_id": world.alpha_domain.pk, "mailbox_id": world.bob_mailbox.pk,
        "entry_id": world.alpha_entry.pk, "token_id": 1, "rule_id": 1, "relation_id": 1,
    }


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
def test_no_request_makes_the_server_fail(world, live_server, mode):
    schema = schemathesis.openapi.from_url(world.base + "/openapi.json")
    headers = {"Authorization": f"Bearer {world.tokens['pat']}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    ids = object_ids(world)
    failures = []

    for operation in operations:
        names = {p.name for p in operation.path_parameters}
        fixed = {name: value for name, value in ids.items() if name in names}
        strategy = st.one_of(operation.as_strategy(generation_mode=mode),
                             operation.as_strategy(generation_mode=mode, path_parameters=fixed))

        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def call(case):
            response = case.call(base_url=live_server.url, headers=headers, timeout=30)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} {case.body!r}"[:300]
                                + f" -> {response.status_code}")

        call()

    assert failures == []
