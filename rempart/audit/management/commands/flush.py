"""Django's ``flush``, allowed to empty the audit log too.

Flushing erases the whole database on purpose (Django's test runner does it
between transactional tests); without this the append-only triggers would
refuse it. It is the only caller of ``purge_allowed`` besides the purge job.
"""

from django.core.management.commands.flush import Command as FlushCommand
from django.db import transaction

from rempart.audit.guard import purge_allowed


class Command(FlushCommand):
    help = FlushCommand.help + " The audit log is emptied too."

    def handle(self, **options):
        database = options["database"]
        with transaction.atomic(using=database), purge_allowed(database):
            return super().handle(**options)
