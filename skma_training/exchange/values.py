"""Turning spreadsheet cells into typed values, or saying exactly why not.

A converter takes the raw cell (str, float, int, bool, date, datetime or None,
as python-calamine gives them) and returns the value, or raises ``CellError``
with a translatable reason. Words are looked up in all three languages.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Callable

from skma_training.domain.dates import day_text
from skma_training.domain import iin as iin_rules
from skma_training.domain.iin import is_valid_iin
from skma_training.domain.vocabulary import (
    CATEGORY_LABELS,
    FUNDING_LABELS,
    KIND_LABELS,
    SCOPE_LABELS,
)
from skma_training.exchange.columns import normalize, synonyms
from skma_training.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

EXCEL_EPOCH = date(1899, 12, 30)
MIN_YEAR, MAX_YEAR = 1940, 2100


class CellError(ValueError):
    def __init__(self, template: str, **details: Any):
        super().__init__(template)
        self.template = template
        self.details = details


Warn = Callable[[str, dict], None]  # (template, details)

MSG_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "not a date (expected dd.mm.yyyy or yyyy-mm-dd)")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP("Import", "the year {year} is not plausible")
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "not a number")
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Import", "must not be negative")
MSG_NOT_WHOLE = QT_TRANSLATE_NOOP("Import", "must be a whole number")
MSG_NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "not yes or no")
MSG_IIN_DIGITS = QT_TRANSLATE_NOOP("Import", "an IIN has 12 digits")
MSG_IIN_CHECK = QT_TRANSLATE_NOOP("Import", "the IIN's check digit is wrong")
MSG_IIN_ZEROS = QT_TRANSLATE_NOOP(
    "Import", "the IIN was stored as a number and lost its leading zeros; restored as {iin}"
)
MSG_UNKNOWN_WORD = QT_TRANSLATE_NOOP("Import", "not a known {what}; use one of: {choices}")
MSG_IIN_ALL_ZEROS = QT_TRANSLATE_NOOP("Import", "twelve zeros are not an IIN")
MSG_IIN_CENTURY = QT_TRANSLATE_NOOP("Import", "the 7th digit of an IIN is 1 to 6 (century and sex)")
MSG_IIN_BIRTH = QT_TRANSLATE_NOOP("Import", "the first six digits of an IIN are the date of birth (YYMMDD); "
                                            "{digits} is not a date")
_IIN_MESSAGES = {iin_rules.DIGITS: MSG_IIN_DIGITS, iin_rules.ZEROS: MSG_IIN_ALL_ZEROS,
                 iin_rules.CENTURY: MSG_IIN_CENTURY, iin_rules.BIRTH_DATE: MSG_IIN_BIRTH,
                 iin_rules.CHECK: MSG_IIN_CHECK}
# stripped from both ends of every text, besides whitespace: zero-width spaces and the BOM
INVISIBLE_EDGES = "\u200b\u200c\u200d\u2060\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@")

WHAT = {
    "category": QT_TRANSLATE_NOOP("Import", "staff category"),
    "kind": QT_TRANSLATE_NOOP("Import", "kind of activity"),
    "scope": QT_TRANSLATE_NOOP("Import", "scope"),
    "funding": QT_TRANSLATE_NOOP("Import", "funding source"),
}
_LABELS = {
    "category": CATEGORY_LABELS,
    "kind": KIND_LABELS,
    "scope": SCOPE_LABELS,
    "funding": FUNDING_LABELS,
}
_VOCABULARY_CONTEXT = "Vocabulary"


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not clean_text(raw)) or (
        isinstance(raw, float) and math.isnan(raw)
    )


def clean_text(raw: str) -> str:
    """Trimmed, but a tab or line break before = + - @ stays: the text must not become a formula."""
    value = raw.strip()
    if value and value[0] in FORMULA_STARTS:
        lead = raw[:len(raw) - len(raw.lstrip())]
        if "\t" in lead or "\r" in lead or "\n" in lead:
            value = raw.rstrip()
    if value and (value[0] in INVISIBLE_EDGES or value[-1] in INVISIBLE_EDGES):
        value = value.strip(INVISIBLE_EDGES).strip()
    return value


@cache
def word_index(vocabulary: str) -> dict[str, str]:
    """Normalised word -> code for one coded column, from codes, labels and synonyms."""
    index: dict[str, str] = {}
    for code, label in _LABELS[vocabulary].items():
        for word in [code, label] + [translate(_VOCABULARY_CONTEXT, label, lang) for lang in LANGUAGES]:
            index.setdefault(normalize(word), str(code))
    for code, words in synonyms().get("values", {}).get(vocabulary, {}).items():
        for word in words:
            index.setdefault(normalize(word), code)
    return index


@cache
def _yes_no() -> dict[str, bool]:
    values = synonyms().get("values", {})
    index = {normalize(w): True for w in values.get("yes", {}).get("words", [])}
    index.update({normalize(w): False for w in values.get("no", {}).get("words", [])})
    for lang in LANGUAGES:
        index.setdefault(normalize(translate("Import", "yes", lang)), True)
        index.setdefault(normalize(translate("Import", "no", lang)), False)
    return index


YES = QT_TRANSLATE_NOOP("Import", "yes")
NO = QT_TRANSLATE_NOOP("Import", "no")


def to_text(raw: object, warn: Warn) -> str:
    if type(raw) is str:
        return clean_text(raw)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # 1001.0 from a number cell is the text "1001"
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return day_text(raw)
    return str(raw).strip()


def _check_year(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise CellError(MSG_DATE_RANGE, year=value.year)
    return value


def to_date(raw: object, warn: Warn) -> date:
    if isinstance(raw, datetime):
        return _check_year(raw.date())
    if isinstance(raw, date):
        return _check_year(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        # a date cell that lost its format: Excel's serial day number
        if isinstance(raw, float) and not math.isfinite(raw):
            raise CellError(MSG_NOT_A_DATE)
        if 1 <= raw <= 2_958_465:  # 1900-01-01 .. 9999-12-31
            return _check_year(EXCEL_EPOCH + timedelta(days=int(raw)))
        raise CellError(MSG_NOT_A_DATE)
    return _check_year(_text_date(str(raw).strip()))


def _text_date(text: str) -> date:
    """yyyy-mm-dd (a time after it only if it is a real time), dd.mm.yyyy or dd/mm/yyyy; nothing else."""
    try:
        if len(text) >= 10 and text[4] == "-" and text[:4].isdigit():
            if len(text) == 10:
                return date.fromisoformat(text)
            if text[10] in "T " and text[11:12].isdigit():
                return datetime.fromisoformat(text).date()
            raise ValueError(text)
        for sep in (".", "/"):
            parts = text.split(sep)
            if len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts):
                day, month, year = (int(p) for p in parts)
                if len(parts[2]) <= 2:
                    year += 2000 if year < 70 else 1900
                elif len(parts[2]) != 4:
                    raise ValueError(text)
                if not MIN_YEAR <= year <= MAX_YEAR:
                    raise CellError(MSG_DATE_RANGE, year=year)
                return date(year, month, day)
    except CellError:
        raise
    except ValueError:
        pass
    raise CellError(MSG_NOT_A_DATE)


def to_number(raw: object, warn: Warn) -> float:
    if isinstance(raw, bool):
        raise CellError(MSG_NOT_A_NUMBER)
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise CellError(MSG_NOT_A_NUMBER) from None
    if math.isnan(value) or math.isinf(value):
        raise CellError(MSG_NOT_A_NUMBER)
    if value < 0:
        raise CellError(MSG_NEGATIVE)
    return value


def to_int(raw: object, warn: Warn) -> int:
    value = to_number(raw, warn)
    if not value.is_integer():
        raise CellError(MSG_NOT_WHOLE)
    return int(value)


def to_bool(raw: object, warn: Warn) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    found = _yes_no().get(normalize(raw))
    if found is None:
        raise CellError(MSG_NOT_YES_NO)
    return found


def to_iin(raw: object, warn: Warn) -> str:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if isinstance(raw, float) and not raw.is_integer():
            raise CellError(MSG_IIN_DIGITS)
        digits = str(int(raw))
        if len(digits) < 12:
            digits = digits.zfill(12)
            if is_valid_iin(digits):
                warn(MSG_IIN_ZEROS, {"iin": digits})
    else:
        digits = str(raw).strip().replace(" ", "").replace("\u00a0", "")
        if digits.startswith("'"):
            digits = digits[1:]
        if digits.endswith(".0") and digits[:-2].isdigit():
            digits = digits[:-2]
    problem = iin_rules.iin_problem(digits)
    if problem is not None:
        if problem == iin_rules.BIRTH_DATE:
            raise CellError(MSG_IIN_BIRTH, digits=digits[:6])
        raise CellError(_IIN_MESSAGES[problem])
    return digits


def _coded(vocabulary: str) -> Callable[[object, Warn], str]:
    def convert(raw: object, warn: Warn) -> str:
        code = word_index(vocabulary).get(normalize(raw))
        if code is None:
            choices = ", ".join(
                translate(_VOCABULARY_CONTEXT, label) for label in _LABELS[vocabulary].values()
            )
            raise CellError(MSG_UNKNOWN_WORD, what=translate("Import", WHAT[vocabulary]),
                            choices=choices)
        return code

    return convert


CONVERTERS: dict[str, Callable[[object, Warn], Any]] = {
    "text": to_text,
    "iin": to_iin,
    "date": to_date,
    "bool": to_bool,
    "number": to_number,
    "int": to_int,
    "category": _coded("category"),
    "kind": _coded("kind"),
    "scope": _coded("scope"),
    "funding": _coded("funding"),
}
