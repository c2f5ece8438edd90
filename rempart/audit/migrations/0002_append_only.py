"""Database triggers that refuse UPDATE and DELETE on the audit log (see rempart.audit.guard)."""

from django.db import migrations


def install(apps, schema_editor):
    from rempart.audit import guard

    guard.install(schema_editor)


def remove(apps, schema_editor):
    from rempart.audit import guard

    guard.remove(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(install, remove, elidable=False)]
