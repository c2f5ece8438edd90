"""The console's forms: they check and normalise what people type, the views act on the result."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rempart.accounts.models import SsoConnection
from rempart.console import policy
from rempart.policies.fields import SETTINGS
from rempart.tenants.models import Domain
from rempart.tenants.names import normalise_address, normalise_domain, normalise_host

TLS_CHOICES = [("off", _("off")), ("on", _("opportunistic")), ("required", _("required"))]
MAX_RECIPIENTS_TYPED = 5000


def _addresses(text: str, domain: str) -> list[str]:
    """One address (or local part) per line or separated by commas/spaces, normalised to the domain."""
    parts = [p for p in text.replace(",", " ").split() if p]
    if len(parts) > MAX_RECIPIENTS_TYPED:
        raise ValidationError(_("At most %(n)d recipients here.") % {"n": MAX_RECIPIENTS_TYPED})
    return sorted({normalise_address(p, domain) for p in parts})


class RouteForm(forms.Form):
    """Where a domain's mail goes, and who is accepted."""

    route_host = forms.CharField(label=_("Mail server (host or IP)"), max_length=253)
    route_port = forms.IntegerField(label=_("Port"), min_value=1, max_value=65535, initial=25)
    route_tls = forms.ChoiceField(label=_("TLS to the server"), choices=TLS_CHOICES, initial="on")
    recipients_restricted = forms.BooleanField(
        label=_("Accept only the recipients listed below"), required=False)
    recipients = forms.CharField(label=_("Recipients"), required=False, widget=forms.Textarea,
                                 help_text=_("One address per line; a bare name gets the domain added."))

    domain_name = ""  # set by the subclass or the view, to complete bare local parts

    def clean_route_host(self) -> str:
        return normalise_host(self.cleaned_data["route_host"])

    def clean(self) -> dict:
        data = super().clean()
        name = self.domain_name or data.get("name")
        if name and "recipients" in data:
            try:
                data["recipients"] = _addresses(data["recipients"], name)
            except ValidationError as exc:
                self.add_error("recipients", exc)
        if data.get("recipients_restricted") and not data.get("recipients") and "recipients" not in self.errors:
            self.add_error("recipients", _("List at least one recipient, or accept every recipient."))
        return data


class DomainAddForm(RouteForm):
    name = forms.CharField(label=_("Domain"), max_length=253)
    field_order = ["name", "route_host", "route_port", "route_tls", "recipients_restricted", "recipients"]

    def clean_name(self) -> str:
        name = normalise_domain(self.cleaned_data["name"])
        if Domain.objects.filter(name=name).exists():
            # Said the same whoever owns it: another tenant's domains are not revealed.
            raise ValidationError(_("This domain is already in use."))
        return name


class PolicyForm(forms.Form):
    """The settings one level may hold, from the policies' settings table; empty means inherit."""

    def __init__(self, *args, level: str, inherit_label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for spec in policy.specs_at(level):
            self.fields[spec.name] = policy.field_for(spec, inherit_label)

    def changes(self) -> dict:
        """The settings the person changed, as ``update_policy()`` takes them."""
        return {name: policy.submitted_value(SETTINGS[name], self.cleaned_data[name]) for name in self.changed_data}


class ListEntryForm(forms.Form):
    kind = forms.ChoiceField(label=_("List"), choices=[("allow", _("allow")), ("block", _("block"))])
    value = forms.CharField(label=_("Address, domain or IP network"), max_length=320)
    comment = forms.CharField(label=_("Comment"), max_length=200, required=False)

    def __init__(self, *args, domains=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["where"] = forms.ChoiceField(
            label=_("Applies to"), choices=[("", _("the whole organisation"))] + [(str(d.pk), d.name) for d in domains],
            required=False)


class TokenCreateForm(forms.Form):
    membership = forms.ChoiceField(label=_("For"))

    def __init__(self, *args, memberships=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["membership"].choices = [(str(m.pk), f"{m.tenant} ({m.get_role_display()})") for m in memberships]


class SsoForm(forms.ModelForm):
    """An organisation's identity provider; the secret is write-only (blank keeps the stored one)."""

    server_url = forms.URLField(label=_("Issuer URL"), max_length=500, assume_scheme="https",
                                help_text=_("e.g. https://login.microsoftonline.com/TENANT/v2.0 or "
                                            "https://accounts.google.com"))
    client_secret = forms.CharField(label=_("Client secret"), required=False, max_length=500,
                                    widget=forms.PasswordInput(render_value=False),
                                    help_text=_("Stored, never shown again; leave empty to keep the current one."))

    class Meta:
        model = SsoConnection
        fields = ["name", "server_url", "client_id", "client_secret", "email_domains", "enabled"]
        labels = {"name": _("Name on the login button"), "client_id": _("Client ID"),
                  "email_domains": _("Email domains allowed"), "enabled": _("Enabled")}
        help_texts = {"email_domains": _("Space-separated; each must be a domain of this organisation.")}
        widgets = {"email_domains": forms.TextInput()}

    def clean_client_secret(self) -> str:
        secret = self.cleaned_data.get("client_secret") or ""
        if not secret:
            if self.instance.pk and self.instance.client_secret:
                return self.instance.client_secret
            raise ValidationError(_("The client secret is required."))
        return secret


class AuditSearchForm(forms.Form):
    text = forms.CharField(label=_("Search"), required=False, max_length=200)
    actor = forms.CharField(label=_("Who (address)"), required=False, max_length=320)
    action = forms.CharField(label=_("Action (e.g. login.failed, or domain.)"), required=False, max_length=64)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Until (included)"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, organisations=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"] = forms.TypedChoiceField(
            label=_("Organisation"), required=False, coerce=int, empty_value=None,
            choices=[("", _("all"))] + [(o.pk, o.name) for o in organisations])
