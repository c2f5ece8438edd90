"""Tenant isolation: every API route, called by each role of Alpha against Bravo's objects, is refused.

The routes come from the served OpenAPI document, so a new route that is
not listed here fails :func:`test_every_route_is_walked` until it is.
Single objects of another tenant must answer 404 (their existence is not
revealed); creations aimed at another tenant 404 or 403; lists never show
another tenant's rows; and nothing of Bravo's changes.
"""

import base64

import pytest

from tests.feedback.messages import newsletter

pytestmark = pytest.mark.db

ALPHA_ROLES = ["pat", "alice", "audrey", "bob"]
# What appears in Bravo's rows and nowhere in Alpha's: a listing that contains it leaks.
BRAVO_MARKS = ("bravo", "partner.example", "rival.example", "carol")


@pytest.fixture
def bravo(world):
    """Bravo's objects of every kind, and an audit event of Bravo's."""
    from rempart.policies import service
    from rempart.tenants.models import ApiToken

    world.client("charlie").patch(f"/domains/{world.bravo_domain.pk}", {"route_port": 2526})
    rule = service.add_attachment_rule(world.bravo_domain, "extension", "exe", "block", actor="cli")
    relation = service.add_relation(world.carol_mailbox, "forbid", "ceo@rival.example", actor="cli")
    return {
        "organisation_id": world.bravo.pk, "domain_id": world.bravo_domain.pk, "mailbox_id": world.carol_mailbox.pk,
        "entry_id": world.bravo_entry.pk, "rule_id": rule.pk, "relation_id": relation.pk,
        "token_id": ApiToken.objects.get(user=world.charlie).pk, "provider_id": world.bravo.provider_id,
    }


def bodies(b: dict) -> dict:
    """A valid request aimed at Bravo for every route: (query or body). Unlisted routes fail the walk."""
    at_bravo = {"organisation_id": b["organisation_id"]}
    return {
        ("get", "/organisations"): {"query": {}},
        ("post", "/organisations"): {"body": {"name": "Intruder", "provider_id": b["provider_id"]}},
        ("get", "/organisations/{organisation_id}"): {},
        ("patch", "/organisations/{organisation_id}"): {"body": {"name": "Pwned"}},
        ("get", "/domains"): {"query": at_bravo},
        ("post", "/domains"): {"body": {**at_bravo, "name": "evil.bravo.test", "route_host": "evil.example"}},
        ("get", "/domains/{domain_id}"): {},
        ("patch", "/domains/{domain_id}"): {"body": {"route_host": "evil.example"}},
        ("delete", "/domains/{domain_id}"): {},
        ("get", "/mailboxes"): {"query": {"domain_id": b["domain_id"]}},
        ("post", "/mailboxes"): {"body": {"domain_id": b["domain_id"], "address": "mole"}},
        ("get", "/mailboxes/{mailbox_id}"): {},
        ("patch", "/mailboxes/{mailbox_id}"): {"body": {"address": "mole"}},
        ("delete", "/mailboxes/{mailbox_id}"): {},
        **{(method, f"/{level}/{{{key}}}/policy"): {"body": {"sensitivity": 1}} if method != "get" else {}
           for level, key in (("organisations", "organisation_id"), ("domains", "domain_id"),
                              ("mailboxes", "mailbox_id"))
           for method in ("get", "put", "patch")},
        **{("get", f"/{level}/{{{key}}}/policy/effective"): {}
           for level, key in (("organisations", "organisation_id"), ("domains", "domain_id"),
                              ("mailboxes", "mailbox_id"))},
        ("get", "/lists"): {"query": at_bravo},
        ("post", "/lists"): {"body": {"domain_id": b["domain_id"], "kind": "allow", "value": "evil.example"}},
        ("get", "/lists/{entry_id}"): {},
        ("delete", "/lists/{entry_id}"): {},
        ("get", "/attachment-rules"): {"query": {"domain_id": b["domain_id"]}},
        ("post", "/attachment-rules"): {"body": {"mailbox_id": b["mailbox_id"], "match": "extension",
                                                 "value": "zip", "action": "allow"}},
        ("get", "/attachment-rules/{rule_id}"): {},
        ("delete", "/attachment-rules/{rule_id}"): {},
        ("get", "/relations"): {"query": at_bravo},
        ("post", "/relations"): {"body": {"mailbox_id": b["mailbox_id"], "kind": "allow", "sender": "evil.example"}},
        ("get", "/relations/{relation_id}"): {},
        ("delete", "/relations/{relation_id}"): {},
        ("get", "/tokens"): {"query": {}},
        ("post", "/tokens"): None,  # makes a token for the caller in the caller's tenant: nothing of Bravo's
        ("delete", "/tokens/{token_id}"): {},
        ("post", "/organisations/{organisation_id}/feedback"): {
            "body": {"message": base64.b64encode(newsletter(1)).decode(), "feedback": "reported_spam"}},
        ("get", "/audit"): {"query": at_bravo},
        ("get", "/audit/export.csv"): {"query": at_bravo},
    }


def operations(world) -> list[tuple[str, str]]:
    document = world.client(None).get("/openapi.json").json()
    prefix = "/api/v1"
    return sorted((method, path.removeprefix(prefix)) for path, item in document["paths"].items() for method in item)


def bravo_state(world) -> dict:
    """Everything of Bravo's that a route could change."""
    from rempart.audit.models import AuditEvent
    from rempart.feedback.models import FeedbackEvent, Learning
    from rempart.policies.models import AttachmentRule, ListEntry, Policy, Relation
    from rempart.tenants.models import ApiToken, Domain, Mailbox, Organisation

    rows = lambda model, **where: sorted(model.objects.filter(**where).values_list())
    return {
        "organisation": rows(Organisation, pk=world.bravo.pk),
        "domains": rows(Domain, organisation=world.bravo),
        "mailboxes": rows(Mailbox, domain__organisation=world.bravo),
        "policies": rows(Policy, organisation=world.bravo),
        "lists": rows(ListEntry, organisation=world.bravo),
        "rules": rows(AttachmentRule, organisation=world.bravo),
        "relations": rows(Relation, organisation=world.bravo),
        "tokens": rows(ApiToken, user=world.charlie),
        "feedback": rows(FeedbackEvent, organisation=world.bravo),
        "learning": rows(Learning, organisation=world.bravo),
        "events": AuditEvent.objects.filter(organisation=world.bravo).count(),
        "organisations": Organisation.objects.count(),
    }


def test_every_route_is_walked(world, bravo):
    assert set(operations(world)) == set(bodies(bravo)), "add the new route to bodies() in this test"


@pytest.mark.parametrize("who", ALPHA_ROLES)
def test_alpha_gets_nothing_of_bravos(world, bravo, who):
    before = bravo_state(world)
    client = world.client(who)
    failures = []
    walk = sorted(bodies(bravo).items(), key=lambda item: item[0][0] != "get")  # reads first, then writes
    for (method, template), request in walk:
        if request is None:
            continue
        path = template.format(**bravo)
        response = client.request(method.upper(), path, params=request.get("query"), json=request.get("body"))
        is_object = "{" in template
        if is_object and response.status_code != 404:
            failures.append(f"{method.upper()} {path}: {response.status_code}, expected 404")
        elif not is_object and method == "get":
            if response.status_code not in (200, 403) or any(m in response.text.lower() for m in BRAVO_MARKS):
                failures.append(f"GET {path}: {response.status_code}, shows Bravo's: {response.text[:200]}")
        elif not is_object and response.status_code not in (403, 404):
            failures.append(f"{method.upper()} {path}: {response.status_code}, expected 403 or 404")
    assert failures == []
    assert bravo_state(world) == before


def test_the_walk_aims_at_real_objects_bravos_admin_reads_them_all(world, bravo):
    """The control: the same ids answer 200 to Bravo's own admin, so Alpha's 404s are refusals."""
    client = world.client("charlie")
    reads = [template for (method, template), request in bodies(bravo).items() if method == "get" and "{" in template]

    statuses = {template: client.get(template.format(**bravo)).status_code for template in reads}

    assert statuses == {template: 200 for template in reads}
