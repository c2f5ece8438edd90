"""Forms of the login pages that allauth does not provide, or that need one more rule."""

from __future__ import annotations

from allauth.mfa.base.forms import AuthenticateForm
from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rempart.accounts.models import LoginLock


class TotpAuthenticateForm(AuthenticateForm):
    """allauth's code form at login, refused while the address is locked.

    Without this, someone who knows a password could keep guessing codes
    once the address is locked.
    """

    def clean_code(self) -> str:
        if LoginLock.is_locked(self.user.username):
            raise ValidationError(_("Too many failed attempts for this address: it is locked for a while. "
                                    "Try again later or ask your administrator."))
        return super().clean_code()


class WelcomePasswordForm(forms.Form):
    """The first password, checked by the same validators as any password change."""

    password1 = forms.CharField(label=_("New password"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("New password (again)"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, user, *args, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean(self) -> dict:
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except ValidationError as exc:
                self.add_error("password1", exc)
        return data


class SsoStartForm(forms.Form):
    """The address that tells which organisation's provider to send a person to."""

    email = forms.EmailField(label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
