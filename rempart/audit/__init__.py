"""The audit log: who changed what, from where, when, with the values before and after.

Append-only for everyone (the model, its queryset and a database trigger all
refuse updates and deletes); only :func:`rempart.audit.models.purge_older_than`
removes events, once they are older than ``AUDIT_RETENTION_DAYS`` (and Django's
``flush``, which empties the whole database on purpose). Write with
:func:`rempart.audit.log.record`; read with :mod:`rempart.audit.search` and
:mod:`rempart.audit.export`.
"""
