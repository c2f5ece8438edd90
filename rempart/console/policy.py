"""The policy page's reading of rempart.policies: which settings a level holds, and how a form shows them.

Reading and changing go through rempart.policies itself (``effective_policy``
and ``service.update_policy``), so that validation and audit happen in one
place for the pages and the API; this module only turns the settings table
(:data:`rempart.policies.fields.SETTINGS`) into form fields and table rows.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rempart.policies.fields import SETTINGS, SettingSpec
from rempart.tenants.models import Domain, Mailbox, Organisation

SOURCE_NAMES = {"default": gettext_lazy("built-in default"), "organisation": gettext_lazy("organisation"),
                "domain": gettext_lazy("domain"), "mailbox": gettext_lazy("mailbox")}


def level_name(level_object: Organisation | Domain | Mailbox) -> str:
    if isinstance(level_object, Mailbox):
        return "mailbox"
    return "domain" if isinstance(level_object, Domain) else "organisation"


def organisation_of(level_object: Organisation | Domain | Mailbox) -> Organisation:
    if isinstance(level_object, Mailbox):
        return level_object.domain.organisation
    return level_object.organisation if isinstance(level_object, Domain) else level_object


def specs_at(level: str) -> list[SettingSpec]:
    """The settings this level may set itself, in the table's order."""
    return [spec for spec in SETTINGS.values() if level in spec.levels]


def field_for(spec: SettingSpec, inherit: str) -> forms.Field:
    """A form field for one setting; its empty choice (or empty text) means "inherit"."""
    label = _(spec.label)
    help_text = _(spec.help) if spec.help else ""
    empty = [("", inherit)]
    if spec.kind == "level":
        return forms.TypedChoiceField(label=label, help_text=help_text, required=False, coerce=int,
                                      empty_value=None, choices=empty + [(n, str(n)) for n in range(1, 6)])
    if spec.kind == "choice":
        return forms.ChoiceField(label=label, help_text=help_text, required=False,
                                 choices=empty + [(c, _(c)) for c in spec.choices])
    if spec.kind == "boolean":
        return forms.TypedChoiceField(label=label, help_text=help_text, required=False, empty_value=None,
                                      coerce=lambda v: v == "true",
                                      choices=empty + [("true", _("yes")), ("false", _("no"))])
    widget = forms.Textarea(attrs={"rows": 3}) if spec.kind == "longtext" else None
    return forms.CharField(label=label, help_text=help_text, required=False, widget=widget,
                           strip=spec.kind != "longtext", max_length=4000)


def form_value(spec: SettingSpec, value: Any) -> Any:
    """A stored value as the form shows it."""
    if value is None:
        return ""
    if spec.kind == "boolean":
        return "true" if value else "false"
    return value


def submitted_value(spec: SettingSpec, value: Any) -> Any:
    """A form's cleaned value as the policy service takes it (None: inherit)."""
    if value in ("", None):
        return None
    if spec.kind == "number":
        try:
            return float(str(value).replace(",", "."))
        except ValueError:
            return value  # the service refuses it with the setting's own message
    if spec.kind == "integer":
        return int(value) if str(value).strip().isdigit() else value
    return value


def shown(spec: SettingSpec, value: Any) -> str:
    """A value as the effective-policy table shows it."""
    if value is None or value == "":
        return "—"
    if spec.kind == "boolean":
        return _("yes") if value else _("no")
    if spec.kind == "choice":
        return _(str(value))
    return str(value)
