"""Changing policies: the one place the console, the API and the CLI go through.

Every function validates everything first and changes nothing on error
(raising django's ValidationError with one message per field, keyed by the
setting's or the argument's name), runs in one transaction, and records an
audit event in it (``policy.update``, ``list.add``, ``list.remove``,
``attachment_rule.add``, ``attachment_rule.remove``, ``relation.add``,
``relation.remove``) with the values before and after.

A *level object* is an Organisation, a Domain or a Mailbox of
:mod:`rempart.tenants.models`. Permission checks are the caller's (see
:mod:`rempart.tenants.access`); these functions trust that the caller may
manage the level's organisation.

``actor`` is the person (a user), a label (``"cli"``) or a
:class:`~rempart.tenants.access.Principal`; ``request`` gives the audit
event its address and source; ``token`` the API token used, if any.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from rempart.policies.effective import (
    EffectivePolicy,
    concerns,
    effective_policy,
    resolve,
)
from rempart.policies.fields import (
    JSON_COLUMNS,
    SETTINGS,
    check_combination,
    expand,
    parse_size,
)
from rempart.policies.models import (
    AttachmentRule,
    ListEntry,
    Policy,
    Relation,
    normalise_entry,
    normalise_sender,
)
from rempart.tenants.models import Domain, Mailbox, Organisation
from rempart.tenants.names import normalise_address, normalise_domain

__all__ = [
    "add_attachment_rule", "add_list_entry", "add_relation", "attachment_rules", "effective", "list_entries",
    "own_values", "relations", "remove_attachment_rule", "remove_list_entry", "remove_relation",
    "reset_override", "update_policy",
]


# -- helpers -------------------------------------------------------------------

def level_name(level_object) -> str:
    if isinstance(level_object, Mailbox):
        return "mailbox"
    if isinstance(level_object, Domain):
        return "domain"
    if isinstance(level_object, Organisation):
        return "organisation"
    raise TypeError(f"a policy level is an Organisation, a Domain or a Mailbox, not {type(level_object).__name__}")


def organisation_of(level_object) -> Organisation:
    if isinstance(level_object, Mailbox):
        return level_object.domain.organisation
    if isinstance(level_object, Domain):
        return level_object.organisation
    return level_object


def _own_rows(model, level_object):
    """The rows of ``model`` held at this level itself."""
    level = level_name(level_object)
    if level == "organisation":
        return model.objects.filter(organisation=level_object, domain__isnull=True, mailbox__isnull=True)
    return model.objects.filter(**{level: level_object})


def _audit(action: str, *, obj, actor, request, token, before=None, after=None, detail: str = "",
           organisation=None) -> None:
    """Record in the audit log, in the caller's transaction (nothing when the audit app is absent)."""
    try:
        from rempart.audit.log import record
    except ImportError:  # pragma: no cover - the audit app ships with the platform
        return
    if hasattr(actor, "grants") and hasattr(actor, "user"):  # a Principal
        token = token or getattr(actor, "token", None)
        actor = actor.user
    record(action, actor=actor, request=request, token=token, obj=obj, before=before, after=after,
           detail=detail, organisation=organisation)


def _fail(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError({name: [message] for name, message in errors.items()})


def _messages(error: ValidationError) -> str:
    return "; ".join(error.messages)


# -- settings ------------------------------------------------------------------

def effective(level_object) -> EffectivePolicy:
    """The effective policy of an Organisation, a Domain or a Mailbox, with sources."""
    return effective_policy(**{level_name(level_object): level_object})


def own_values(level_object) -> dict[str, Any]:
    """The level's own value of every setting (None where it inherits), as ``update_policy`` takes them."""
    layer = _own_rows(Policy, level_object).first()
    if layer is None:
        layer = Policy(**Policy.level_of(level_object))
    return layer.own_values()


def _clean_changes(level: str, changes: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(changes, dict):
        raise ValidationError("expected {setting: value}")
    cleaned, errors = {}, {}
    for name, value in expand(changes).items():
        spec = SETTINGS.get(name)
        if spec is None:
            errors[name] = "unknown setting"
        elif level not in spec.levels:
            if value is not None:  # "inherit" is what such a level does anyway
                errors[name] = f"set by the organisation only; a {level} inherits it"
        elif value is None or (value == "" and spec.nullable):
            cleaned[name] = None
        else:
            try:
                cleaned[name] = spec.clean(value)
            except ValidationError as error:
                errors[name] = _messages(error)
    _fail(errors)
    return cleaned


def _apply(layer: Policy, values: dict[str, Any]) -> None:
    for name, value in values.items():
        spec = SETTINGS[name]
        if spec.key is None:
            setattr(layer, spec.db_column, value)
            continue
        stored = dict(getattr(layer, spec.db_column) or {})
        if value is None:
            stored.pop(spec.key, None)
        else:
            stored[spec.key] = value
        setattr(layer, spec.db_column, stored or None)


def _chains_below(layer: Policy, level: str) -> list[tuple[str, list[Policy]]]:
    """(name, layers widest first) of each stored level under ``layer``, to check it still works.

    The chains hold ``layer`` itself, so they see its change once applied.
    """
    organisation_id = layer.organisation_id
    if level == "mailbox":
        return []
    rows = Policy.objects.filter(organisation_id=organisation_id).select_related("mailbox", "domain")
    if level == "domain":
        rows = rows.filter(mailbox__domain_id=layer.domain_id)
    else:
        rows = rows.exclude(domain__isnull=True, mailbox__isnull=True)
    rows = list(rows)
    org_row = layer if level == "organisation" else Policy.objects.filter(
        organisation_id=organisation_id, domain__isnull=True, mailbox__isnull=True).first()
    domain_rows = {row.domain_id: row for row in rows if row.domain_id}
    if level == "domain":
        domain_rows[layer.domain_id] = layer
    chains = []
    for row in rows:
        if row.domain_id:
            chains.append((row.domain.name, [org_row, row]))
        else:
            domain_row = domain_rows.get(row.mailbox.domain_id)
            chains.append((row.mailbox.address, [org_row, domain_row, row]))
    return [(name, [r for r in chain if r is not None]) for name, chain in chains]


def _problems(chain: list[Policy]) -> dict[str, str]:
    return check_combination({name: s.value for name, s in resolve(chain).items()})


def _check(layer: Policy, wider: list[Policy], below, problems_before: dict[str, dict[str, str]]) -> None:
    """Refuse a change that leaves this level, or a narrower one that inherits from it, unable to work.

    ``below`` chains hold ``layer`` itself, already changed; a narrower
    level's problems that were there before this change are not its fault.
    """
    errors = _problems([*wider, layer])
    for name, chain in below:
        for setting, message in _problems(chain).items():
            if setting not in problems_before[name] and setting not in errors:
                errors[setting] = f"{name} would be left with a problem: {message}"
    _fail(errors)


def _wider_layers(level_object) -> list[Policy]:
    level = level_name(level_object)
    if level == "organisation":
        return []
    organisation = organisation_of(level_object)
    rows = [Policy.for_organisation(organisation)]
    if level == "mailbox":
        domain_row = Policy.objects.filter(domain_id=level_object.domain_id).first()
        if domain_row is not None:
            rows.append(domain_row)
    return rows


def update_policy(level_object, changes: dict[str, Any], *, actor=None, request=None,
                  token=None) -> tuple[dict, dict]:
    """Set settings at one level; returns ``(before, after)`` for the settings named in ``changes``.

    ``changes`` maps setting names of :data:`rempart.policies.fields.SETTINGS`
    to values: ``{"sensitivity": 4, "actions.spam": "tag", "banner_enabled": True}``
    (``{"actions": {"spam": "tag"}}`` is accepted too). ``None`` means
    "inherit" (at organisation level: back to the built-in default).
    ``before``/``after`` hold the level's own values (None where it inherits).

    Raises ValidationError (``error.message_dict`` = ``{setting: [message]}``)
    for an unknown setting, a setting this level may not hold (thresholds are
    the organisation's), a value of the wrong type or out of range, or a
    combination that cannot work here or at a narrower level that inherits
    from here (a redirect action with no address). Nothing is changed then.
    """
    level = level_name(level_object)
    cleaned = _clean_changes(level, changes)
    with transaction.atomic():
        if level == "organisation":
            Policy.for_organisation(level_object)
        layer = _own_rows(Policy, level_object).select_for_update().first()
        layer = layer or Policy(**Policy.level_of(level_object))
        below = _chains_below(layer, level)
        problems_before = {name: _problems(chain) for name, chain in below}
        own = layer.own_values()
        before = {name: own[name] for name in cleaned}
        _apply(layer, cleaned)
        _check(layer, _wider_layers(level_object), below, problems_before)
        own = layer.own_values()
        after = {name: own[name] for name in cleaned}
        if before == after:
            return before, after
        if level != "organisation" and all(v is None for v in own.values()):
            if layer.pk:
                layer.delete()  # an override that overrides nothing
        else:
            layer.save()
        _audit("policy.update", obj=level_object, actor=actor, request=request, token=token,
               before=before, after=after, detail=f"{level} policy of {level_object}")
    return before, after


def reset_override(level_object, field: str, *, actor=None, request=None, token=None) -> tuple[dict, dict]:
    """Make ``level_object`` inherit ``field`` again (same as ``update_policy(level, {field: None})``).

    ``field`` may name a whole group (``actions``, ``thresholds``): every
    setting in it is reset.
    """
    if field in JSON_COLUMNS:
        changes = {name: None for name, spec in SETTINGS.items() if spec.db_column == field}
    else:
        changes = {field: None}
    return update_policy(level_object, changes, actor=actor, request=request, token=token)


# -- allow and block lists -------------------------------------------------------

def list_entries(level_object, kind: str | None = None) -> list[ListEntry]:
    """The ListEntry rows held at this level itself (not inherited), optionally of one kind.

    For what applies at a level, inherited entries included, see
    ``effective(level).allow`` / ``.block``.
    """
    rows = _own_rows(ListEntry, level_object)
    if kind is not None:
        rows = rows.filter(kind=kind)
    return list(rows.order_by("kind", "value"))


def _list_state(entry: ListEntry) -> dict:
    return {"kind": entry.kind, "value": entry.value, "level": entry.scope, "comment": entry.comment}


def add_list_entry(level_object, kind: str, value: str, *, comment: str = "", actor=None, request=None,
                   token=None) -> ListEntry:
    """Add an allow or block entry (address, domain, ``@domain``, ``*.domain``, IP or network).

    Returns the new ListEntry, stored in canonical form. ValidationError on
    ``kind``, ``value`` or ``comment`` when it is not one, or when this level
    already has the entry.
    """
    level_name(level_object)
    errors: dict[str, str] = {}
    if kind not in ListEntry.Kind.values:
        errors["kind"] = f"{kind!r} is not one of allow, block"
    canonical = ""
    if not isinstance(value, str):
        errors["value"] = "expected an address, a domain or an IP network"
    else:
        try:
            canonical = normalise_entry(value)
        except ValidationError:
            errors["value"] = f"{value!r} is not an address, a domain or an IP network"
    if not isinstance(comment, str) or len(comment) > 200:
        errors["comment"] = "at most 200 characters of text"
    _fail(errors)
    with transaction.atomic():
        if _own_rows(ListEntry, level_object).filter(kind=kind, value=canonical).exists():
            _fail({"value": f"{canonical} is already on the {kind} list of {level_object}"})
        entry = ListEntry(**ListEntry.level_of(level_object), kind=kind, value=canonical, comment=comment.strip())
        entry.save()
        _audit("list.add", obj=entry, actor=actor, request=request, token=token, after=_list_state(entry),
               detail=f"{kind} {canonical} at {level_object}")
    return entry


def remove_list_entry(entry: ListEntry, *, actor=None, request=None, token=None) -> None:
    """Delete one ListEntry (the caller has checked it belongs to a tenant it may manage)."""
    with transaction.atomic():
        before = _list_state(entry)
        organisation_id = entry.organisation_id
        _audit("list.remove", obj=entry, actor=actor, request=request, token=token, before=before,
               detail=f"{entry.kind} {entry.value} at {entry.level_object}", organisation=organisation_id)
        entry.delete()


# -- attachment rules ------------------------------------------------------------

_EXTENSION = re.compile(r"^[a-z0-9][a-z0-9_+\-.]{0,31}$")


def file_types() -> tuple[str, ...]:
    """The values a ``type`` rule may name: true-type categories, then kinds."""
    try:
        from rempart.engine import filetype
    except ImportError:  # pragma: no cover - the module ships with the engine
        return ("executable", "script", "document", "archive", "disk_image", "shortcut", "markup", "image")
    categories = sorted({kind.category for kind in filetype.KINDS.values()} - {"text", "unknown"})
    return (*categories, *sorted(k for k in filetype.KINDS if k not in categories))


def _clean_rule_value(match: str, value: Any) -> str:
    if match == "size":
        size = parse_size(value)
        if size < 1:
            raise ValidationError("a size rule needs at least 1 byte")
        return str(size)
    if not isinstance(value, str):
        raise ValidationError(f"expected {'an extension' if match == 'extension' else 'a file type'}")
    text = value.strip().lower()
    if match == "extension":
        text = text.removeprefix("*").lstrip(".")
        if not _EXTENSION.match(text):
            raise ValidationError(f"{value!r} is not a file extension (such as exe or tar.gz)")
        return text
    if text not in file_types():
        categories = [t for t in file_types() if t in ("executable", "script", "document", "archive",
                                                       "disk_image", "shortcut", "markup", "image")]
        raise ValidationError(f"{value!r} is not a file type: one of {', '.join(categories)}, "
                              "or a precise kind such as pe, zip, docm")
    return text


def attachment_rules(level_object) -> list[AttachmentRule]:
    """The AttachmentRule rows held at this level itself."""
    return list(_own_rows(AttachmentRule, level_object).order_by("match", "value"))


def _rule_state(rule: AttachmentRule) -> dict:
    return {"match": rule.match, "value": rule.value, "action": rule.action, "level": rule.scope}


def add_attachment_rule(level_object, match: str, value: str | int, action: str, *, actor=None,
                        request=None, token=None) -> AttachmentRule:
    """Add a rule: ``match`` extension|type|size, ``action`` block|quarantine|allow.

    Sizes accept bytes or ``"10 MB"``-style text (the rule matches larger
    attachments). A rule with the same match and value at this level is
    replaced (its action changes). Returns the rule.
    """
    level_name(level_object)
    errors: dict[str, str] = {}
    canonical = ""
    if match not in AttachmentRule.Match.values:
        errors["match"] = f"{match!r} is not one of extension, type, size"
    else:
        try:
            canonical = _clean_rule_value(match, value)
        except ValidationError as error:
            errors["value"] = _messages(error)
    if action not in AttachmentRule.RuleAction.values:
        errors["action"] = f"{action!r} is not one of block, quarantine, allow"
    _fail(errors)
    with transaction.atomic():
        rule = _own_rows(AttachmentRule, level_object).filter(match=match, value=canonical).first()
        before = _rule_state(rule) if rule else None
        if rule is None:
            rule = AttachmentRule(**AttachmentRule.level_of(level_object), match=match, value=canonical)
        rule.action = action
        if before == _rule_state(rule):
            return rule
        rule.save()
        _audit("attachment_rule.add", obj=rule, actor=actor, request=request, token=token, before=before,
               after=_rule_state(rule), detail=f"{action} {match} {canonical} at {level_object}")
    return rule


def remove_attachment_rule(rule: AttachmentRule, *, actor=None, request=None, token=None) -> None:
    with transaction.atomic():
        _audit("attachment_rule.remove", obj=rule, actor=actor, request=request, token=token,
               before=_rule_state(rule), detail=f"{rule.action} {rule.match} {rule.value} at {rule.level_object}",
               organisation=rule.organisation_id)
        rule.delete()


# -- sender-to-recipient relations -------------------------------------------------

def relations(level_object) -> list[Relation]:
    """The organisation's Relation rows that concern this level (all of them for the organisation)."""
    level = level_name(level_object)
    rows = Relation.objects.filter(organisation=organisation_of(level_object)).order_by("recipient", "kind", "sender")
    domain = level_object if level == "domain" else level_object.domain if level == "mailbox" else None
    mailbox = level_object if level == "mailbox" else None
    return [row for row in rows if concerns(row.recipient, domain, mailbox)]


def _relation_state(relation: Relation) -> dict:
    return {"kind": relation.kind, "sender": relation.sender, "recipient": relation.recipient,
            "comment": relation.comment}


def _clean_recipient(level_object, recipient: str | None) -> str:
    level = level_name(level_object)
    organisation = organisation_of(level_object)
    if recipient is None:
        if level == "organisation":
            raise ValidationError("a recipient is needed: an address or a domain of the organisation")
        return level_object.address if level == "mailbox" else level_object.name
    if not isinstance(recipient, str):
        raise ValidationError("expected an address or a domain")
    text = recipient.strip().lower()
    canonical = normalise_address(text) if "@" in text.lstrip("@") else normalise_domain(text.lstrip("@"))
    domain_name = canonical.rpartition("@")[2]
    if not Domain.objects.filter(organisation=organisation, name=domain_name).exists():
        raise ValidationError(f"{canonical} is not an address or a domain of {organisation}")
    if level != "organisation":
        domain = level_object if level == "domain" else level_object.domain
        if not concerns(canonical, domain, level_object if level == "mailbox" else None):
            raise ValidationError(f"{canonical} is not {level_object} or one of its addresses")
    return canonical


def add_relation(level_object, kind: str, sender: str, recipient: str | None = None, *, comment: str = "",
                 actor=None, request=None, token=None) -> Relation:
    """Add a relation: ``kind`` allow|forbid, ``sender`` an address or domain.

    ``recipient`` is an address or a domain of the organisation; it defaults
    to the level itself (the mailbox's address, the domain's name) and is
    required for an organisation. One relation per sender and recipient.
    Returns the Relation.
    """
    errors: dict[str, str] = {}
    if kind not in Relation.Kind.values:
        errors["kind"] = f"{kind!r} is not one of allow, forbid"
    canonical_sender = canonical_recipient = ""
    try:
        if not isinstance(sender, str):
            raise ValidationError("expected an address or a domain")
        canonical_sender = normalise_sender(sender)
    except ValidationError:
        errors["sender"] = f"{sender!r} is not an address or a domain"
    try:
        canonical_recipient = _clean_recipient(level_object, recipient)
    except ValidationError as error:
        errors["recipient"] = _messages(error)
    if not isinstance(comment, str) or len(comment) > 200:
        errors["comment"] = "at most 200 characters of text"
    _fail(errors)
    organisation = organisation_of(level_object)
    with transaction.atomic():
        existing = Relation.objects.filter(organisation=organisation, sender=canonical_sender,
                                           recipient=canonical_recipient).first()
        if existing is not None:
            _fail({"sender": f"there is already a relation: {existing}"})
        relation = Relation.objects.create(organisation=organisation, kind=kind, sender=canonical_sender,
                                           recipient=canonical_recipient, comment=comment.strip())
        _audit("relation.add", obj=relation, actor=actor, request=request, token=token,
               after=_relation_state(relation), detail=str(relation))
    return relation


def remove_relation(relation: Relation, *, actor=None, request=None, token=None) -> None:
    with transaction.atomic():
        _audit("relation.remove", obj=relation, actor=actor, request=request, token=token,
               before=_relation_state(relation), detail=str(relation), organisation=relation.organisation_id)
        relation.delete()
