"""The effective policy of an organisation, a domain or a mailbox, with where each value comes from.

A policy exists at organisation level and may be overridden per domain and
per mailbox; a value left empty (null) at a level is inherited from the
wider one, down to the built-in default. This module reads the layers and
says, for every setting, the value that applies and its source:
``"default"``, ``"organisation"``, ``"domain"`` or ``"mailbox"``.

Lists and attachment rules add up across levels (an organisation's block
entry also blocks for each of its mailboxes); each item says which level
holds it. Relations belong to the organisation and name their recipient (an
address or one of its domains); a level sees those that concern it.

Used by the console and the API (to show a policy) and by the snapshot
compiler (to build the gateway's frozen policies).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q

from rempart.policies.fields import DEFAULTS, SETTINGS

SOURCES = ("default", "organisation", "domain", "mailbox")


@dataclass(frozen=True)
class Setting:
    """One effective value and the level it comes from (one of :data:`SOURCES`)."""

    value: Any
    source: str


@dataclass(frozen=True)
class ListItem:
    """An allow or block entry that applies, and the level that holds it."""

    kind: str  # allow | block
    value: str  # canonical: address, domain, or IP network
    source: str  # organisation | domain | mailbox
    id: int
    comment: str = ""


@dataclass(frozen=True)
class AttachmentRuleItem:
    """An attachment rule that applies, and the level that holds it.

    ``match`` is ``extension`` (value without the dot: ``exe``), ``type``
    (a true-type category such as ``executable`` or a kind such as ``pe``,
    see :mod:`rempart.engine.filetype`) or ``size`` (value in bytes: the rule
    matches attachments larger than that). ``action``: block, quarantine, allow.
    """

    match: str
    value: str
    action: str
    source: str
    id: int


@dataclass(frozen=True)
class RelationItem:
    """A sender-to-recipient relation of the organisation.

    ``kind`` is ``forbid`` (this sender may not write to this recipient) or
    ``allow`` (once a recipient has any allowed relation, only those senders
    may write to it). ``sender`` is an address or a domain (covering its
    subdomains); ``recipient`` an address or a domain of the organisation.
    """

    kind: str
    sender: str
    recipient: str
    id: int
    comment: str = ""


@dataclass(frozen=True)
class EffectivePolicy:
    """What applies at one level: every setting with its source, and the lists and rules in force.

    ``settings`` has every key of :data:`rempart.policies.fields.SETTINGS`
    (``sensitivity``, ``actions.spam``, ``thresholds.3``, ``banner_text_fr`` …).
    """

    organisation: Any
    domain: Any = None
    mailbox: Any = None
    settings: Mapping[str, Setting] = field(default_factory=dict)
    allow: tuple[ListItem, ...] = ()
    block: tuple[ListItem, ...] = ()
    attachment_rules: tuple[AttachmentRuleItem, ...] = ()
    relations: tuple[RelationItem, ...] = ()

    @property
    def level(self) -> str:
        """The level this was computed for: organisation, domain or mailbox."""
        return "mailbox" if self.mailbox is not None else "domain" if self.domain is not None else "organisation"

    def __getitem__(self, name: str) -> Setting:
        return self.settings[name]

    def value(self, name: str) -> Any:
        return self.settings[name].value

    def source(self, name: str) -> str:
        return self.settings[name].source

    def as_dict(self) -> dict:
        """JSON-ready: ``{"level", "organisation_id", "domain_id", "mailbox_id", "settings": {name:
        {"value", "source"}}, "allow": [...], "block": [...], "attachment_rules": [...], "relations": [...]}``."""
        return {
            "level": self.level,
            "organisation_id": self.organisation.pk,
            "domain_id": self.domain.pk if self.domain is not None else None,
            "mailbox_id": self.mailbox.pk if self.mailbox is not None else None,
            "settings": {name: {"value": s.value, "source": s.source} for name, s in self.settings.items()},
            "allow": [_item_dict(item) for item in self.allow],
            "block": [_item_dict(item) for item in self.block],
            "attachment_rules": [_item_dict(rule) for rule in self.attachment_rules],
            "relations": [_item_dict(relation) for relation in self.relations],
        }


def _item_dict(item) -> dict:
    return {name: getattr(item, name) for name in item.__dataclass_fields__}


def effective_policy(*, organisation=None, domain=None, mailbox=None) -> EffectivePolicy:
    """The effective policy at the narrowest level given (mailbox, else domain, else organisation).

    Give one of them; the wider levels are found from it (a mailbox's domain
    and organisation). Giving several that do not belong together raises
    ValueError. Four queries, whatever the size of the organisation.
    """
    from rempart.policies.models import AttachmentRule, ListEntry, Policy, Relation

    organisation, domain, mailbox = _levels(organisation, domain, mailbox)
    where = Q(organisation=organisation, domain__isnull=True, mailbox__isnull=True)
    if domain is not None:
        where |= Q(domain=domain)
    if mailbox is not None:
        where |= Q(mailbox=mailbox)
    layers = sorted(Policy.objects.filter(where), key=lambda row: SOURCES.index(row.scope))
    entries = sorted(ListEntry.objects.filter(where), key=lambda row: (SOURCES.index(row.scope), row.value))
    rules = sorted(AttachmentRule.objects.filter(where),
                   key=lambda row: (-SOURCES.index(row.scope), row.match, row.value))
    return EffectivePolicy(
        organisation=organisation, domain=domain, mailbox=mailbox,
        settings=resolve(layers),
        allow=tuple(_list_item(e) for e in entries if e.kind == "allow"),
        block=tuple(_list_item(e) for e in entries if e.kind == "block"),
        attachment_rules=tuple(
            AttachmentRuleItem(r.match, r.value, r.action, r.scope, r.pk) for r in rules
        ),
        relations=tuple(
            RelationItem(r.kind, r.sender, r.recipient, r.pk, r.comment)
            for r in Relation.objects.filter(organisation=organisation).order_by("recipient", "kind", "sender")
            if concerns(r.recipient, domain, mailbox)
        ),
    )


def _levels(organisation, domain, mailbox):
    """(organisation, domain, mailbox) completed from the narrowest given, checked to belong together."""
    if mailbox is not None:
        if domain is not None and mailbox.domain_id != domain.pk:
            raise ValueError(f"{mailbox} is not a mailbox of {domain}")
        domain = mailbox.domain
    if domain is not None:
        if organisation is not None and domain.organisation_id != organisation.pk:
            raise ValueError(f"{domain} is not a domain of {organisation}")
        organisation = domain.organisation
    if organisation is None:
        raise ValueError("effective_policy() needs an organisation, a domain or a mailbox")
    return organisation, domain, mailbox


def _list_item(entry) -> ListItem:
    return ListItem(entry.kind, entry.value, entry.scope, entry.pk, entry.comment)


def concerns(recipient: str, domain, mailbox) -> bool:
    """Whether a relation to ``recipient`` (address or domain) applies at this level.

    At organisation level every relation does; at a domain's, those to the
    domain or to one of its addresses; at a mailbox's, those to its address
    or to its whole domain.
    """
    if mailbox is not None:
        return recipient in (mailbox.address, mailbox.address.rpartition("@")[2])
    if domain is not None:
        return recipient == domain.name or recipient.endswith("@" + domain.name)
    return True


def resolve(layers: Iterable[Any]) -> dict[str, Setting]:
    """Every setting once ``layers`` (policy rows, widest first) are applied; defaults underneath.

    Values a layer holds that are not valid (hand-edited rows) are skipped,
    so a bad row can never stop the gateway from compiling.
    """
    result = {name: Setting(value, "default") for name, value in DEFAULTS.items()}
    for layer in layers:
        scope = layer.scope
        for name, stored in layer.own_values().items():
            if stored is None or (stored == "" and SETTINGS[name].nullable):
                continue
            try:
                value = SETTINGS[name].clean(stored)
            except ValidationError:
                continue
            result[name] = Setting(value, scope)
    return result
