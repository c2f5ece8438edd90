"""The tenant commands leave audit rows, marked as coming from the command line."""

import pytest

from rempart.audit.models import AuditEvent
from rempart.tenants import commands

pytestmark = pytest.mark.db


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("id").values_list("action", flat=True))


def test_domain_add_records_the_organisation_and_the_domain():
    domain = commands.domain_add("example.com", "mx.example.com", organisation="Example")

    assert actions() == ["organisation.create", "domain.create"]
    event = AuditEvent.objects.get(action="domain.create")
    assert (event.source, event.actor_label, event.actor_id) == ("cli", "cli", None)
    assert (event.object_type, event.object_id, event.organisation_id) == ("domain", str(domain.pk),
                                                                            domain.organisation_id)
    assert event.before is None and event.after["route_host"] == "mx.example.com"


def test_a_route_change_records_before_and_after():
    commands.domain_add("example.com", "mx.example.com")
    commands.domain_add("example.com", "mx2.example.com", port=2525, recipients=["a@example.com"])

    event = AuditEvent.objects.get(action="domain.update")
    assert (event.before["route_host"], event.after["route_host"]) == ("mx.example.com", "mx2.example.com")
    assert (event.before["recipients"], event.after["recipients"]) == (None, ["a@example.com"])


def test_adding_the_same_domain_again_unchanged_records_nothing_more():
    commands.domain_add("example.com", "mx.example.com")
    commands.domain_add("example.com", "mx.example.com")

    assert actions() == ["organisation.create", "domain.create"]


def test_organisation_add_records_creation_and_a_provider_change():
    commands.organisation_add("Acme")
    commands.organisation_add("Acme", provider="Prime")
    commands.organisation_add("Acme", provider="Prime")

    assert actions() == ["organisation.create", "organisation.update"]
    event = AuditEvent.objects.get(action="organisation.update")
    assert event.before["provider_id"] is None and event.after["provider_id"] == event.provider_id


def test_user_add_records_the_role_given_and_a_role_changed(alpha):
    commands.user_add("dana@alpha.test", "auditor", organisation="Alpha")
    commands.user_add("dana@alpha.test", "org-admin", organisation="Alpha")

    first, second = AuditEvent.objects.filter(action="user.add").order_by("id")
    assert (first.before, first.after) == (None, {"user": "dana@alpha.test", "role": "auditor"})
    assert (second.before["role"], second.after["role"]) == ("auditor", "org-admin")
    assert second.organisation_id == alpha.pk and second.source == "cli"


def test_token_create_records_the_prefix_never_the_secret(alice):
    token = commands.token_create("alice@alpha.test", organisation="Alpha")

    event = AuditEvent.objects.get(action="token.create")
    prefix, _, secret = token.removeprefix("rmp_").partition("_")
    assert event.after == {"user": "alice@alpha.test", "role": "org-admin", "prefix": prefix}
    assert secret not in str(event.after) + event.object_repr


def test_a_failed_command_leaves_no_row(alpha, charlie):
    from rempart.errors import CommandError

    with pytest.raises(CommandError):
        commands.token_create("charlie@bravo.test", organisation="Alpha")
    assert actions() == []


def test_the_real_command_line_leaves_rows_the_sqlite_shell_cannot_remove(rempart_process):
    import sqlite3

    proc = rempart_process()
    proc.cli("domain", "add", "example.org", "--route", "127.0.0.1:25")

    with sqlite3.connect(proc.data_dir / "rempart.sqlite3") as db:
        with pytest.raises(sqlite3.DatabaseError):  # the trigger's function exists only in Rempart
            db.execute("DELETE FROM audit_auditevent")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE audit_auditevent SET action = 'login'")
        rows = db.execute("SELECT action, source FROM audit_auditevent ORDER BY id").fetchall()
    assert rows == [("organisation.create", "cli"), ("domain.create", "cli")]
