"""Every setting a policy holds: its name, kind, default, where it may be set, and how it is checked.

One table drives everything else: the store's columns (``column``/``key``),
validation with precise messages (:meth:`SettingSpec.clean`), the effective
policy with sources, the snapshot compiler, and the console's and API's
forms (``label``, ``kind``, ``choices``, ``levels``). Names are flat and
stable: ``sensitivity``, ``thresholds.3``, ``actions.spam``, ``banner_text_fr``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError

from rempart.engine.policy import (
    DEFAULT_ACTIONS,
    DEFAULT_POLICY,
    SENSITIVITY_THRESHOLDS,
)
from rempart.engine.verdict import Action, Verdict
from rempart.tenants.names import normalise_address

LEVELS = ("organisation", "domain", "mailbox")
ORGANISATION_ONLY = ("organisation",)

VERDICTS = tuple(v.value for v in Verdict)
# What an admin may choose for a verdict (tempfail is the gateway's, never a choice).
VERDICT_ACTIONS = tuple(a.value for a in Action if a is not Action.TEMPFAIL)
CONTENT_ACTIONS = ("deliver", "tag", "quarantine", "reject")
ANTIVIRUS_UNAVAILABLE = ("tempfail", "accept")

MIN_MESSAGE_SIZE = 1024
MAX_MESSAGE_SIZE = 2_147_483_647  # what the column holds; the SMTP limit applies first anyway
MAX_SCORE = 1000.0

DEFAULT_BANNER_EN = (
    "This message comes from outside your organisation. Do not open links or attachments "
    "unless you know the sender and expected this message."
)
DEFAULT_BANNER_FR = (
    "Ce message provient de l'extérieur de votre organisation. N'ouvrez ni liens ni pièces "
    "jointes sans connaître l'expéditeur et attendre ce message."
)


def _word(value: Any) -> Any:
    return getattr(value, "value", value)


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: Any) -> int:
    """Bytes from an integer or from text such as ``"10 MB"``, ``"512k"``, ``"1.5 MiB"`` (units of 1024)."""
    if isinstance(value, bool):
        raise ValidationError("expected a size in bytes, or text such as '10 MB'")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        match = _SIZE.match(value)
        if match and (match.group(2) or not match.group(3) or match.group(3).lower() == "b"):
            return int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    raise ValidationError(f"{value!r} is not a size (bytes, or text such as '10 MB')")


def _text(max_length: int, single_line: bool) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        if not isinstance(value, str):
            raise ValidationError("expected text")
        text = value.replace("\r\n", "\n").strip()
        if len(text) > max_length:
            raise ValidationError(f"at most {max_length} characters (got {len(text)})")
        allowed = "" if single_line else "\n\t"
        if any((ord(c) < 0x20 and c not in allowed) or ord(c) == 0x7F for c in text):
            raise ValidationError("control characters are not allowed"
                                  + ("" if single_line else " (line breaks and tabs are)"))
        return text
    return clean


def _address(value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError("expected an email address")
    return normalise_address(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("expected true or false")
    return value


def _integer(minimum: int, maximum: int, size: bool = False) -> Callable[[Any], int]:
    def clean(value: Any) -> int:
        number = parse_size(value) if size else value
        if isinstance(number, bool) or not isinstance(number, int):
            raise ValidationError(f"expected a whole number from {minimum} to {maximum}")
        if not minimum <= number <= maximum:
            raise ValidationError(f"{number} is out of range ({minimum} to {maximum})")
        return number
    return clean


def _number(minimum: float, maximum: float) -> Callable[[Any], float]:
    def clean(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            raise ValidationError(f"expected a number from {minimum:g} to {maximum:g}")
        if not minimum <= value <= maximum:
            raise ValidationError(f"{value:g} is out of range ({minimum:g} to {maximum:g})")
        return float(value)
    return clean


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        word = _word(value)
        if not isinstance(word, str) or word not in choices:
            raise ValidationError(f"{value!r} is not one of {', '.join(choices)}")
        return word
    return clean


@dataclass(frozen=True)
class SettingSpec:
    """One setting: stored in ``column`` of the Policy row (in its JSON under ``key`` when set).

    ``kind`` tells a form what to draw: level (1-5 slider), choice, integer,
    size (bytes), number, boolean, text, longtext, address. ``nullable``
    settings may be explicitly empty (no redirect address). ``levels`` are
    where it may be set; elsewhere it is inherited only.
    """

    name: str
    label: str
    kind: str
    default: Any
    cleaner: Callable[[Any], Any]
    column: str = ""
    key: str | None = None
    choices: tuple[str, ...] = ()
    levels: tuple[str, ...] = LEVELS
    nullable: bool = False
    help: str = ""

    @property
    def db_column(self) -> str:
        return self.column or self.name

    def clean(self, value: Any) -> Any:
        """The canonical value, or ValidationError with a message for this one setting."""
        return self.cleaner(value)


def _spec(name: str, label: str, kind: str, default: Any, cleaner, **options) -> SettingSpec:
    return SettingSpec(name=name, label=label, kind=kind, default=default, cleaner=cleaner, **options)


def _all_specs() -> list[SettingSpec]:
    specs = [
        _spec("sensitivity", "Spam sensitivity", "level", DEFAULT_POLICY.sensitivity, _integer(1, 5),
              help="1 lets the most through, 5 is the strictest; each level maps to a spam score threshold"),
    ]
    for level, score in sorted(SENSITIVITY_THRESHOLDS.items()):
        specs.append(_spec(f"thresholds.{level}", f"Spam score at sensitivity {level}", "number", score,
                           _number(0.1, MAX_SCORE), column="thresholds", key=str(level),
                           levels=ORGANISATION_ONLY,
                           help="a message scoring this much is spam; lower at stricter levels"))
    specs.append(_spec("reject_score", "Score above which spam is refused at SMTP time", "number",
                       DEFAULT_POLICY.reject_score, _number(0.1, MAX_SCORE), levels=ORGANISATION_ONLY))
    for verdict in Verdict:
        specs.append(_spec(f"actions.{verdict.value}", f"Action for {verdict.value}", "choice",
                           DEFAULT_ACTIONS[verdict].value, _choice(VERDICT_ACTIONS), column="actions",
                           key=verdict.value, choices=VERDICT_ACTIONS))
    specs += [
        _spec("redirect_to", "Redirect address", "address", DEFAULT_POLICY.redirect_to, _address, nullable=True,
              help="where messages go when the action is redirect"),
        _spec("tag_prefix", "Subject tag", "text", DEFAULT_POLICY.tag_prefix, _text(50, True),
              help="put at the start of the subject when the action is tag"),
        _spec("max_message_size", "Maximum message size", "size", DEFAULT_POLICY.max_message_size,
              _integer(MIN_MESSAGE_SIZE, MAX_MESSAGE_SIZE, size=True), help="bytes"),
        _spec("antivirus_unavailable", "When the antivirus cannot answer", "choice",
              DEFAULT_POLICY.antivirus_unavailable, _choice(ANTIVIRUS_UNAVAILABLE), choices=ANTIVIRUS_UNAVAILABLE),
        _spec("encrypted_content", "Encrypted content", "choice",
              _word(getattr(DEFAULT_POLICY, "encrypted_content", "quarantine")), _choice(CONTENT_ACTIONS),
              choices=CONTENT_ACTIONS, help="password-protected archives and documents, encrypted messages"),
        _spec("unanalysable_content", "Content that cannot be analysed", "choice",
              _word(DEFAULT_POLICY.unanalysable_content), _choice(CONTENT_ACTIONS), choices=CONTENT_ACTIONS,
              help="malformed messages, archives too deep or too big to open"),
        _spec("notify_sender", "Tell the sender", "boolean", False, _boolean),
        _spec("notify_recipient", "Tell the recipient", "boolean", False, _boolean),
        _spec("notify_admin", "Tell the administrator", "boolean", False, _boolean),
        _spec("notify_admin_address", "Administrator's address", "address", None, _address, nullable=True),
        _spec("banner_enabled", "Banner on mail from external senders", "boolean", False, _boolean),
        _spec("banner_text_fr", "Banner text (French)", "longtext", DEFAULT_BANNER_FR, _text(1000, False)),
        _spec("banner_text_en", "Banner text (English)", "longtext", DEFAULT_BANNER_EN, _text(1000, False)),
        _spec("disclaimer_enabled", "Disclaimer on outbound mail", "boolean", False, _boolean),
        _spec("disclaimer_text", "Disclaimer text", "longtext", "", _text(2000, False)),
    ]
    return specs


SETTINGS: dict[str, SettingSpec] = {spec.name: spec for spec in _all_specs()}
DEFAULTS: dict[str, Any] = {name: spec.default for name, spec in SETTINGS.items()}
# The Policy columns holding plain values (one setting each).
PLAIN_COLUMNS = tuple(spec.name for spec in SETTINGS.values() if spec.key is None)
JSON_COLUMNS = ("thresholds", "actions")


def expand(changes: dict[str, Any]) -> dict[str, Any]:
    """``{"actions": {"spam": "tag"}}`` → ``{"actions.spam": "tag"}``; flat names pass unchanged.

    A nested value that is not a mapping is left under its own name, to be
    refused as unknown (``actions`` alone is not a setting).
    """
    flat: dict[str, Any] = {}
    for name, value in changes.items():
        if name in JSON_COLUMNS and isinstance(value, dict):
            for key, inner in value.items():
                flat[f"{name}.{key}"] = inner
        else:
            flat[name] = value
    return flat


def check_combination(values: dict[str, Any]) -> dict[str, str]:
    """Problems with effective ``values`` taken together, as ``{setting: message}``.

    Thresholds must fall as sensitivity rises; a redirect needs an address;
    notifying the administrator needs the administrator's address; a banner
    needs some text.
    """
    errors: dict[str, str] = {}
    scores = [values[f"thresholds.{level}"] for level in range(1, 6)]
    for level in range(2, 6):
        if not scores[level - 1] < scores[level - 2]:
            errors[f"thresholds.{level}"] = (
                f"must be lower than the threshold of level {level - 1} ({scores[level - 2]:g}): "
                "a stricter level flags spam at a lower score"
            )
    redirecting = [v for v in VERDICTS if values[f"actions.{v}"] == "redirect"]
    if redirecting and not values["redirect_to"]:
        errors["redirect_to"] = f"an address is needed: the action for {', '.join(redirecting)} is redirect"
    if values["notify_admin"] and not values["notify_admin_address"]:
        errors["notify_admin_address"] = "an address is needed to notify the administrator"
    if values["banner_enabled"] and not (values["banner_text_fr"] or values["banner_text_en"]):
        errors["banner_enabled"] = "the banner needs a text in French or in English"
    return errors
