"""Checking a setting's value as typed (command line, window): refused with the allowed values."""

from __future__ import annotations

from typing import Any

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.services.settings import SETTINGS, SettingSpec


class BadSetting(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "«{value}» is not a valid value of {key}. Allowed: {allowed}")


class UnknownSetting(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no setting called «{key}». Settings: {keys}")


ALLOWED = {
    "port": QT_TRANSLATE_NOOP("Settings", "a whole number from 1 to 65535"),
    "int": QT_TRANSLATE_NOOP("Settings", "a whole number from 0 to 10000"),
    "email": QT_TRANSLATE_NOOP("Settings", "one e-mail address"),
    "emails": QT_TRANSLATE_NOOP("Settings", "e-mail addresses separated by commas"),
    "date": QT_TRANSLATE_NOOP("Settings", "a date, YYYY-MM-DD"),
    "month_day": QT_TRANSLATE_NOOP("Settings", "month and day, MM-DD"),
    "days": QT_TRANSLATE_NOOP("Settings", "days before the due date (0 to 366) and the words {words}, "
                                          "separated by commas"),
}


def allowed_values(spec: SettingSpec, lang: str | None = None) -> str:
    if spec.type == "choice":
        return ", ".join(repr(c) if c == "" else c for c in spec.choices)
    if spec.type not in ALLOWED:
        return translate("Settings", "any text", lang)
    return translate("Settings", ALLOWED[spec.type], lang).format(words=", ".join(spec.choices))


def checked(key: str, value: Any, extra_keys: tuple[str, ...] = ()) -> Any:
    """The value ``key`` would store, or BadSetting / UnknownSetting with what is allowed."""
    spec = SETTINGS.get(key)
    if spec is None:
        raise UnknownSetting(key=key, keys=", ".join((*SETTINGS, *extra_keys)))
    try:
        return spec.clean(value)
    except (ValueError, TypeError):
        raise BadSetting(value=value, key=key, allowed=allowed_values(spec)) from None
