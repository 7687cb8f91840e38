"""The document templates of forms/: fixed wording in Kazakh and Russian, codes, columns, layout.

One TOML file per document plus forms/common.toml for what every document
shares (page header, approval and signature blocks, words for data). A phrase
is a table of languages, ``{ kk = "...", ru = "..." }``, whose text may hold
``{placeholders}``; a document's own phrase wins over a common one of the
same name. A template edited by hand is checked when it is loaded, and a
broken one is refused with the file and the reason, never half printed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from skma_training import paths
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

DOCUMENT_LANGUAGES = ("kk", "ru")
ALIGNMENTS = ("left", "center", "right")


class TemplateError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The document template {path} is damaged: {reason}")


class _KeepUnknown(dict):
    """Leaves a placeholder the code does not fill visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _dated(values: dict[str, Any], lang: str) -> dict[str, Any]:
    """Dates as LongDate, so that a template can ask for ``{date}`` or ``{date:loc}``."""
    from datetime import date

    from skma_training.documents.long_dates import LongDate, Period

    made = {}
    for key, value in values.items():
        if isinstance(value, date):
            value = LongDate(value, lang)
        elif isinstance(value, tuple) and len(value) == 2 and all(
                v is None or isinstance(v, date) for v in value):
            value = Period(value[0], value[1], lang)
        made[key] = value
    return made


def fill(text: str, values: dict[str, Any]) -> str:
    try:
        return text.format_map(_KeepUnknown(values))
    except (ValueError, IndexError, AttributeError):  # a stray brace typed into a template
        return text


def plural_index(count: float, forms: int = 3) -> int:
    """Which of the Russian forms (1 / 2–4 / 5) goes with ``count``: 1, 21 мероприятие;
    3, 22 мероприятия; 5, 11, 12 мероприятий; a fraction takes the 2nd (1,5 часа)."""
    if forms < 3:
        return 0
    if float(count) != int(count):
        return 1
    n = abs(int(count))
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    key: str
    width: float  # relative to the other columns of the table
    align: str
    titles: dict[str, str]

    def title(self, lang: str) -> str:
        return self.titles[lang]


class Form:
    """One document's template, falling back to the common template for shared phrases."""

    def __init__(self, name: str, data: dict, common: dict):
        self.name = name
        self._data = data
        self._phrases = {**common.get("text", {}), **data.get("text", {})}
        self._words = common.get("data_kk", {})
        self.document = data.get("document", {})
        self.layout = {**common.get("layout", {}), **data.get("layout", {})}

    @property
    def code(self) -> str:
        return self.document.get("code", "")

    @property
    def landscape(self) -> bool:
        return self.layout.get("orientation", "portrait") == "landscape"

    def number(self, key: str, default: float) -> float:
        value = self.layout.get(key, default)
        return value if isinstance(value, int | float) else default

    def has(self, key: str) -> bool:
        return key in self._phrases

    def raw(self, key: str, lang: str) -> str | list[str]:
        phrase = self._phrases.get(key)
        if phrase is None:
            raise TemplateError(path=self.name, reason=f"the phrase «{key}» is missing")
        return phrase[lang]

    def text(self, key: str, lang: str, **values: Any) -> str:
        """Plain text of a phrase (lines joined by newlines), placeholders filled; a date may be
        written in full with its case, ``{date:loc}`` (see long_dates)."""
        value = self.raw(key, lang)
        lines = value if isinstance(value, list) else [value]
        values = _dated(values, lang)
        return "\n".join(fill(line, values) for line in lines)

    def plural(self, key: str, lang: str, count: float) -> str:
        """The word of ``key`` that goes with ``count``: a phrase "мероприятие | мероприятия |
        мероприятий" holds the forms for 1, 2–4 and 5 (Russian); a single form is used as is."""
        forms = [f.strip() for f in self.text(key, lang).split("|")]
        return forms[plural_index(count, len(forms))]

    def lines(self, key: str, lang: str, **values: Any) -> list[str]:
        value = self.raw(key, lang)
        values = _dated(values, lang)
        return [fill(line, values) for line in (value if isinstance(value, list) else [value])]

    def markup(self, key: str, lang: str, **values: Any) -> str:
        """A phrase for a reportlab paragraph: the template may use <b>/<i>; data is escaped."""
        safe = {k: escape(v) if isinstance(v, str) else v for k, v in _dated(values, lang).items()}
        return "<br/>".join(fill(line, safe) for line in self.lines_raw(key, lang))

    def lines_raw(self, key: str, lang: str) -> list[str]:
        value = self.raw(key, lang)
        return value if isinstance(value, list) else [value]

    def mapping(self, key: str, lang: str) -> dict[str, str]:
        """A table of phrases keyed by code, e.g. a phrase per activity kind."""
        table = self._data.get(key, {})
        return {code: phrase[lang] for code, phrase in table.items() if isinstance(phrase, dict)}

    def columns(self, table: str) -> list[ColumnSpec]:
        specs = self._data.get("columns", {}).get(table)
        if not specs:
            raise TemplateError(path=self.name, reason=f"the columns of «{table}» are missing")
        return [ColumnSpec(c["key"], float(c["width"]), c.get("align", "left"),
                           {lang: c[lang] for lang in DOCUMENT_LANGUAGES}) for c in specs]

    def data_word(self, word: str, lang: str) -> str:
        """A word the register keeps in Russian (a position, a country) in Kazakh when known."""
        if lang != "kk" or not word:
            return word
        return self._words.get(word.strip().casefold(), word)


def _check_phrases(path: str, data: dict) -> None:
    for key, phrase in data.get("text", {}).items():
        if not isinstance(phrase, dict) or any(lang not in phrase for lang in DOCUMENT_LANGUAGES):
            raise TemplateError(path=path, reason=f"the phrase «{key}» needs both kk and ru")
        for lang in DOCUMENT_LANGUAGES:
            value = phrase[lang]
            if not (isinstance(value, str) or (isinstance(value, list)
                                                and all(isinstance(v, str) for v in value))):
                raise TemplateError(path=path, reason=f"the phrase «{key}» ({lang}) is not text")


def _check_columns(path: str, data: dict) -> None:
    for table, specs in data.get("columns", {}).items():
        for spec in specs:
            missing = [k for k in ("key", "width", *DOCUMENT_LANGUAGES) if k not in spec]
            if missing:
                raise TemplateError(path=path,
                                    reason=f"a column of «{table}» lacks {', '.join(missing)}")
            if spec.get("align", "left") not in ALIGNMENTS:
                raise TemplateError(path=path, reason=f"column «{spec['key']}»: align is one of "
                                                      + ", ".join(ALIGNMENTS))


@cache
def _read(name: str) -> dict:
    path = paths.form(f"{name}.toml")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise TemplateError(path=str(path), reason="the file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(path=str(path), reason=str(error)) from None
    _check_phrases(str(path), data)
    _check_columns(str(path), data)
    lowered = {k.casefold(): v for k, v in data.get("data_kk", {}).items()}
    if lowered:
        data["data_kk"] = lowered
    return data


def load_form(name: str) -> Form:
    return Form(name, _read(name), _read("common"))


def reload_forms() -> None:
    """Forget parsed templates (after the centre edits one while the application runs)."""
    _read.cache_clear()
