"""The database's own refusal to change or delete audit events, and the one way past it.

The model refuses updates and deletes, but raw SQL (a script, a psql session,
a bug) would not ask the model. So the table carries triggers:

- PostgreSQL: UPDATE is always refused; DELETE and TRUNCATE only pass in a
  transaction that ran ``SET LOCAL rempart.audit_purge = 'on'``, which only
  :func:`purge_allowed` does (for the retention purge and ``flush``).
- SQLite has no session settings, so its DELETE trigger asks a function,
  ``rempart_audit_purge()``, that this module registers on each of our
  connections and that answers 1 only inside :func:`purge_allowed`. On any
  other connection (the ``sqlite3`` shell) the function does not exist and
  the DELETE fails too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.signals import connection_created

TABLE = "audit_auditevent"
PURGE_SETTING = "rempart.audit_purge"
SQLITE_FUNCTION = "rempart_audit_purge"

POSTGRESQL_INSTALL = [
    f"""CREATE OR REPLACE FUNCTION rempart_audit_append_only() RETURNS trigger AS $$
    BEGIN
        IF TG_OP <> 'UPDATE' AND coalesce(current_setting('{PURGE_SETTING}', true), '') = 'on' THEN
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END
    $$ LANGUAGE plpgsql""",
    f"""CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION rempart_audit_append_only()""",
    f"""CREATE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION rempart_audit_append_only()""",
]

POSTGRESQL_REMOVE = [
    f"DROP TRIGGER IF EXISTS {TABLE}_no_truncate ON {TABLE}",
    f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}",
    "DROP FUNCTION IF EXISTS rempart_audit_append_only()",
]

SQLITE_INSTALL = [
    f"""CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE}
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE refused'); END""",
    f"""CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} WHEN {SQLITE_FUNCTION}() <> 1
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE refused'); END""",
]

SQLITE_REMOVE = [f"DROP TRIGGER IF EXISTS {TABLE}_no_update", f"DROP TRIGGER IF EXISTS {TABLE}_no_delete"]


def install(schema_editor) -> None:
    """Create the triggers (migration step); other databases are left unguarded."""
    for statement in {"postgresql": POSTGRESQL_INSTALL, "sqlite": SQLITE_INSTALL}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement, params=None)


def remove(schema_editor) -> None:
    for statement in {"postgresql": POSTGRESQL_REMOVE, "sqlite": SQLITE_REMOVE}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement, params=None)


def _register_sqlite_function(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function(
        SQLITE_FUNCTION, 0, lambda: 1 if getattr(connection, "audit_purge_allowed", False) else 0
    )


def connect() -> None:
    connection_created.connect(_register_sqlite_function, dispatch_uid="audit.sqlite_function")
    for connection in connections.all(initialized_only=True):  # opened before the app was ready
        if connection.connection is not None:
            _register_sqlite_function(None, connection)


@contextmanager
def purge_allowed(using: str = DEFAULT_DB_ALIAS) -> Iterator:
    """Let this transaction delete audit events; yields a cursor. Must run inside ``atomic()``.

    The permission ends with the block, even inside a wider transaction.
    """
    connection = connections[using]
    if not connection.in_atomic_block:
        raise RuntimeError("purge_allowed() must run inside transaction.atomic()")
    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgresql:
            cursor.execute(f"SET LOCAL {PURGE_SETTING} = 'on'")
        connection.audit_purge_allowed = True
        try:
            yield cursor
        finally:
            connection.audit_purge_allowed = False
        # Inside an outer transaction, SET LOCAL would outlive this block: end it here. (On an error the
        # savepoint's rollback undoes the SET instead, and the aborted transaction takes no command.)
        if postgresql:
            cursor.execute(f"SET LOCAL {PURGE_SETTING} = 'off'")
