"""The REST API (django-ninja) under /api/v1/: one router module per resource.

Routes are thin: find the object for the caller (:mod:`rempart.api.lookup`),
validate through the schemas, make the change and record it in the audit
log in one transaction, answer. See :mod:`rempart.api.api` for the whole.
"""
