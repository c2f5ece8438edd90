"""Policies at organisation, domain and mailbox level, and the effective policy with its sources.

A level's values are its own layer: ``null`` means "inherit" (from the wider
level, or from the built-in default at organisation level). ``PATCH`` changes
the settings given; ``PUT`` sets the whole layer (a setting left out
inherits). Setting names are those of :mod:`rempart.policies.fields`
(``sensitivity``, ``actions.spam``, ``thresholds.3`` …). Validation and the
audit event are :mod:`rempart.policies.service`'s; these routes only find
the level for the caller.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from ninja import Router, Schema
from pydantic import Field, create_model

from rempart.api import lookup
from rempart.api.schemas import READ_ERRORS, WRITE_ERRORS, Input, ObjectId, Text
from rempart.policies import service
from rempart.policies.fields import SETTINGS, SettingSpec
from rempart.tenants.models import Domain, Mailbox

router = Router(tags=["policies"])

Level = Literal["organisation", "domain", "mailbox"]
Source = Literal["default", "organisation", "domain", "mailbox"]

_TYPES: dict[str, Any] = {
    "level": int, "integer": int, "number": float, "boolean": bool, "size": Union[int, Text(40)],
    "text": Text(1000), "longtext": Annotated[str, Field(max_length=10000)], "address": Text(320),
}


def _type(spec: SettingSpec) -> Any:
    if spec.kind == "choice":
        return Literal[spec.choices]
    return _TYPES.get(spec.kind, Any)


def _field(spec: SettingSpec):
    where = "" if len(spec.levels) == 3 else f" (set at {', '.join(spec.levels)} level only)"
    description = f"{spec.label}{where}" + (f": {spec.help}" if spec.help else "")
    return (_type(spec) | None, Field(None, alias=spec.name, description=description))


# Every setting, by its name; ``null`` inherits. Built from the settings table so the two never differ.
PolicyValues = create_model(
    "PolicyValues", __base__=Input, __doc__="A level's own values; null (or left out) inherits.",
    **{name.replace(".", "_"): _field(spec) for name, spec in SETTINGS.items()},
)


class PolicyOut(Schema):
    level: Level
    organisation_id: int
    domain_id: int | None
    mailbox_id: int | None
    values: dict[str, Any]


class SettingOut(Schema):
    value: Any
    source: Source


class EffectiveOut(Schema):
    level: Level
    organisation_id: int
    domain_id: int | None
    mailbox_id: int | None
    settings: dict[str, SettingOut]
    allow: list[dict[str, Any]]
    block: list[dict[str, Any]]
    attachment_rules: list[dict[str, Any]]
    relations: list[dict[str, Any]]


def _ids(level_object) -> dict:
    if isinstance(level_object, Mailbox):
        return {"level": "mailbox", "organisation_id": level_object.domain.organisation_id,
                "domain_id": level_object.domain_id, "mailbox_id": level_object.pk}
    if isinstance(level_object, Domain):
        return {"level": "domain", "organisation_id": level_object.organisation_id, "domain_id": level_object.pk,
                "mailbox_id": None}
    return {"level": "organisation", "organisation_id": level_object.pk, "domain_id": None, "mailbox_id": None}


def _own(level_object) -> dict:
    """The level's own values (None where it inherits)."""
    return {**_ids(level_object), "values": service.own_values(level_object)}


def _change(request, level_object, changes: dict[str, Any]) -> dict:
    service.update_policy(level_object, changes, actor=request.auth.user, request=request, token=request.auth.token)
    return _own(level_object)


def _whole(level_object, payload) -> dict[str, Any]:
    """PUT: every setting this level may hold, null where not given; others only if given (to be refused)."""
    given = payload.model_dump(exclude_unset=True, by_alias=True)
    level = type(level_object).__name__.lower()
    return {**{name: None for name, spec in SETTINGS.items() if level in spec.levels}, **given}


def _put(request, found, payload) -> dict:
    return _change(request, found, _whole(found, payload))


def _patch(request, found, payload) -> dict:
    return _change(request, found, payload.model_dump(exclude_unset=True, by_alias=True))


def _effective(found) -> dict:
    return service.effective(found).as_dict()


GET, WRITE, EFFECTIVE = ({200: PolicyOut, **READ_ERRORS}, {200: PolicyOut, **WRITE_ERRORS},
                         {200: EffectiveOut, **READ_ERRORS})


@router.get("/organisations/{organisation_id}/policy", response=GET)
def get_organisation_policy(request, organisation_id: ObjectId):
    return _own(lookup.organisation(request.auth, organisation_id))


@router.put("/organisations/{organisation_id}/policy", response=WRITE)
def put_organisation_policy(request, organisation_id: ObjectId, payload: PolicyValues):
    return _put(request, lookup.organisation(request.auth, organisation_id, "manage"), payload)


@router.patch("/organisations/{organisation_id}/policy", response=WRITE)
def patch_organisation_policy(request, organisation_id: ObjectId, payload: PolicyValues):
    return _patch(request, lookup.organisation(request.auth, organisation_id, "manage"), payload)


@router.get("/organisations/{organisation_id}/policy/effective", response=EFFECTIVE)
def get_organisation_effective_policy(request, organisation_id: ObjectId):
    return _effective(lookup.organisation(request.auth, organisation_id))


@router.get("/domains/{domain_id}/policy", response=GET)
def get_domain_policy(request, domain_id: ObjectId):
    return _own(lookup.domain(request.auth, domain_id))


@router.put("/domains/{domain_id}/policy", response=WRITE)
def put_domain_policy(request, domain_id: ObjectId, payload: PolicyValues):
    return _put(request, lookup.domain(request.auth, domain_id, "manage"), payload)


@router.patch("/domains/{domain_id}/policy", response=WRITE)
def patch_domain_policy(request, domain_id: ObjectId, payload: PolicyValues):
    return _patch(request, lookup.domain(request.auth, domain_id, "manage"), payload)


@router.get("/domains/{domain_id}/policy/effective", response=EFFECTIVE)
def get_domain_effective_policy(request, domain_id: ObjectId):
    return _effective(lookup.domain(request.auth, domain_id))


@router.get("/mailboxes/{mailbox_id}/policy", response=GET)
def get_mailbox_policy(request, mailbox_id: ObjectId):
    """An end user may read their own mailbox's policy."""
    return _own(lookup.mailbox(request.auth, mailbox_id))


@router.put("/mailboxes/{mailbox_id}/policy", response=WRITE)
def put_mailbox_policy(request, mailbox_id: ObjectId, payload: PolicyValues):
    return _put(request, lookup.mailbox(request.auth, mailbox_id, "manage"), payload)


@router.patch("/mailboxes/{mailbox_id}/policy", response=WRITE)
def patch_mailbox_policy(request, mailbox_id: ObjectId, payload: PolicyValues):
    return _patch(request, lookup.mailbox(request.auth, mailbox_id, "manage"), payload)


@router.get("/mailboxes/{mailbox_id}/policy/effective", response=EFFECTIVE)
def get_mailbox_effective_policy(request, mailbox_id: ObjectId):
    """What applies to mail for this mailbox, with where each value comes from (an end user may read their own)."""
    return _effective(lookup.mailbox(request.auth, mailbox_id))
