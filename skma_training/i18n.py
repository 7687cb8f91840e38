"""Translation for the layers below the GUI, from the same Qt Linguist files the GUI uses.

The source language is English. Kazakh and Russian live in
``resources/translations/skma_training_<lang>.ts``; ``pyside6-lupdate`` finds
every ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` call here as
well as every ``self.tr`` in the GUI, so one file per language serves all.
The GUI loads the compiled ``.qm``; this module reads the ``.ts`` XML directly
so the core needs no Qt.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from skma_training import paths

LANGUAGES = ("kk", "ru", "en")
SOURCE_LANGUAGE = "en"

_state = threading.local()
_default_language = SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate knows this name
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


def normalize_language(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    aliases = {"kz": "kk", "kaz": "kk", "rus": "ru", "eng": "en"}
    code = aliases.get(code, code)
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The user's language from the environment, falling back to Russian then English."""
    for var in ("SKMA_TRAINING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        lang = normalize_language(os.environ.get(var))
        if lang:
            return lang
    try:
        lang = normalize_language(locale.getlocale()[0])
    except ValueError:
        lang = None
    return lang or SOURCE_LANGUAGE


def set_language(lang: str) -> str:
    """Make ``lang`` the language of this process (and of threads started later)."""
    global _default_language
    code = normalize_language(lang) or SOURCE_LANGUAGE
    _default_language = code
    _state.language = code
    return code


def current_language() -> str:
    return getattr(_state, "language", _default_language)


def ts_file(lang: str) -> Path:
    return paths.resource("translations", f"skma_training_{lang}.ts")


@cache
def _catalog(lang: str) -> Mapping[tuple[str, str], str]:
    path = ts_file(lang)
    if lang == SOURCE_LANGUAGE or not path.exists():
        return {}
    tree = ElementTree.parse(path)
    catalog: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = translation.text or ""
            if text:
                catalog[(name, source)] = text
    return catalog


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` in the current language (or ``lang``); the English source if untranslated."""
    code = lang or current_language()
    if code == SOURCE_LANGUAGE:
        return text
    return _catalog(code).get((context, text), text)


def reload_catalogs() -> None:
    """Forget parsed catalogues (after a translator edits a .ts file)."""
    _catalog.cache_clear()
