"""The console's addresses, under ``/console/``."""

from django.urls import path

from rempart.console.views import (
    audit,
    dashboard,
    lists,
    mailbox,
    policies,
    sso,
    tenants,
    tokens,
)

app_name = "console"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("organisations/", tenants.organisations, name="organisations"),
    path("organisations/<int:org_id>/", tenants.organisation, name="organisation"),
    path("organisations/<int:org_id>/domains/add", tenants.domain_add, name="domain_add"),
    path("organisations/<int:org_id>/policy", policies.organisation_policy, name="organisation_policy"),
    path("organisations/<int:org_id>/lists", lists.lists, name="lists"),
    path("organisations/<int:org_id>/lists/<int:entry_id>/remove", lists.list_remove, name="list_remove"),
    path("organisations/<int:org_id>/sso", sso.sso, name="sso"),
    path("domains/<int:domain_id>/", tenants.domain, name="domain"),
    path("domains/<int:domain_id>/policy", policies.domain_policy, name="domain_policy"),
    path("mailboxes/<int:mailbox_id>/policy", policies.mailbox_policy, name="mailbox_policy"),
    path("mailbox/", mailbox.my_mailbox, name="my_mailbox"),
    path("audit/", audit.audit_log, name="audit"),
    path("audit/export.csv", audit.audit_export, name="audit_export"),
    path("tokens/", tokens.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke", tokens.token_revoke, name="token_revoke"),
]
