"""Attachment rules held at an organisation, a domain or a mailbox: by extension, true type or size.

Rules add up downwards like list entries. Validation, canonical values
(sizes such as "10 MB" become bytes) and the audit event are
:mod:`rempart.policies.service`'s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Query, Router, Schema, Status

from rempart.api import lookup
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Page, Paging, Text, page
from rempart.policies import service
from rempart.policies.models import AttachmentRule

router = Router(tags=["attachment rules"])

Match = Literal["extension", "type", "size"]
RuleAction = Literal["block", "quarantine", "allow"]


class AttachmentRuleOut(Schema):
    id: int
    level: Literal["organisation", "domain", "mailbox"]
    organisation_id: int
    domain_id: int | None
    mailbox_id: int | None
    match: Match
    value: str
    action: RuleAction
    created_at: datetime


class RuleFilter(Input):
    organisation_id: ObjectId | None = None
    domain_id: ObjectId | None = None
    mailbox_id: ObjectId | None = None
    match: Match | None = None


class AttachmentRuleCreate(Input):
    """Exactly one of ``organisation_id``, ``domain_id``, ``mailbox_id``. ``value``: an extension
    (``exe``), a file type (``executable``), or a size (bytes, or text such as ``"10 MB"``: larger
    attachments match). The same match and value at the same level replaces the rule's action."""

    organisation_id: ObjectId | None = None
    domain_id: ObjectId | None = None
    mailbox_id: ObjectId | None = None
    match: Match
    value: Text(64, min_length=1) | int
    action: RuleAction


def _out(rule: AttachmentRule) -> dict:
    return {**{f: getattr(rule, f) for f in AttachmentRuleOut.model_fields if f != "level"}, "level": rule.scope}


def rules(principal):
    return lookup.layered(principal, AttachmentRule.objects.order_by("match", "value", "id"))


def rule(principal, pk: int, ability: str = "view") -> AttachmentRule:
    return lookup.layered_one(principal, AttachmentRule.objects.all(), pk, "attachment rule", ability)


@router.get("", response={200: Page[AttachmentRuleOut], **READ_ERRORS})
def list_rules(request, paging: Query[Paging], filters: Query[RuleFilter]):
    found = rules(request.auth)
    for name in (*lookup.LEVEL_FIELDS, "match"):
        if getattr(filters, name) is not None:
            found = found.filter(**{name: getattr(filters, name)})
    return page(found, paging, _out)


@router.get("/{rule_id}", response={200: AttachmentRuleOut, **READ_ERRORS})
def get_rule(request, rule_id: ObjectId):
    return _out(rule(request.auth, rule_id))


@router.post("", response={201: AttachmentRuleOut, **WRITE_ERRORS})
def add_rule(request, payload: AttachmentRuleCreate):
    level = lookup.level(request.auth, payload)
    added = service.add_attachment_rule(level, payload.match, payload.value, payload.action,
                                        actor=request.auth.user, request=request, token=request.auth.token)
    return Status(201, _out(added))


@router.delete("/{rule_id}", response={204: None, **WRITE_ERRORS})
def remove_rule(request, rule_id: ObjectId):
    service.remove_attachment_rule(rule(request.auth, rule_id, "manage"), actor=request.auth.user, request=request,
                                   token=request.auth.token)
    return Status(204, None)
