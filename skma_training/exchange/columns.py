"""The two sheets of the exchange workbook and their columns, in their fixed order.

Labels are translation sources (English), so the template and the export can
be written in Kazakh, Russian or English, and an import recognises a header
in any of the three, by its key, or by a synonym from
``resources/exchange/synonyms.toml`` (words HR really uses).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from skma_training import paths
from skma_training.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str  # English source text
    type: str  # text, iin, date, bool, number, int, category, kind, scope, funding
    width: int = 14

    def title(self, lang: str | None = None) -> str:
        return translate("Columns", self.label, lang)


@dataclass(frozen=True, slots=True)
class SheetSpec:
    key: str
    label: str
    columns: tuple[Column, ...]
    required: tuple[str, ...]  # columns the sheet cannot be read without

    def title(self, lang: str | None = None) -> str:
        return translate("Columns", self.label, lang)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


STAFF = SheetSpec(
    key="staff",
    label=QT_TRANSLATE_NOOP("Columns", "Staff"),
    columns=(
        Column("iin", QT_TRANSLATE_NOOP("Columns", "IIN"), "iin", 15),
        Column("full_name", QT_TRANSLATE_NOOP("Columns", "Full name"), "text", 34),
        Column("department", QT_TRANSLATE_NOOP("Columns", "Department"), "text", 34),
        Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), "text", 24),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), "category", 22),
        Column("is_head", QT_TRANSLATE_NOOP("Columns", "Head or deputy"), "bool", 12),
        Column("healthcare", QT_TRANSLATE_NOOP("Columns", "Healthcare worker"), "bool", 12),
        Column("profile", QT_TRANSLATE_NOOP("Columns", "Discipline profile"), "text", 22),
        Column("hired_on", QT_TRANSLATE_NOOP("Columns", "Hired on"), "date", 12),
        Column("left_on", QT_TRANSLATE_NOOP("Columns", "Left on"), "date", 12),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), "text", 24),
        # optional, after the fixed eleven
        Column("faculty", QT_TRANSLATE_NOOP("Columns", "Faculty or division"), "text", 22),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), "text", 16),
        # since when the category and the head post are held: status periods (services/status_import.py)
        Column("category_since", QT_TRANSLATE_NOOP("Columns", "Category since"), "date", 12),
        Column("head_since", QT_TRANSLATE_NOOP("Columns", "Head since"), "date", 12),
    ),
    required=("iin", "full_name"),
)

ACTIVITIES = SheetSpec(
    key="activities",
    label=QT_TRANSLATE_NOOP("Columns", "Activities"),
    columns=(
        Column("iin", QT_TRANSLATE_NOOP("Columns", "IIN"), "iin", 15),
        Column("type", QT_TRANSLATE_NOOP("Columns", "Kind"), "kind", 18),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "text", 40),
        Column("provider", QT_TRANSLATE_NOOP("Columns", "Provider or host"), "text", 28),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), "text", 14),
        Column("scope", QT_TRANSLATE_NOOP("Columns", "Scope"), "scope", 14),
        Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Start"), "date", 12),
        Column("ends_on", QT_TRANSLATE_NOOP("Columns", "End"), "date", 12),
        Column("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), "number", 8),
        Column("credits", QT_TRANSLATE_NOOP("Columns", "Credits"), "number", 8),
        Column("in_profile", QT_TRANSLATE_NOOP("Columns", "In profile"), "bool", 10),
        Column("management", QT_TRANSLATE_NOOP("Columns", "Management"), "bool", 12),
        Column("certificate_no", QT_TRANSLATE_NOOP("Columns", "Certificate No."), "text", 16),
        Column("application_on", QT_TRANSLATE_NOOP("Columns", "Application submitted"), "date", 14),
        Column("report_on", QT_TRANSLATE_NOOP("Columns", "Report submitted"), "date", 14),
        # optional, after the fixed fifteen
        Column("certificate_on", QT_TRANSLATE_NOOP("Columns", "Certificate date"), "date", 14),
        Column("certificate_copy_on", QT_TRANSLATE_NOOP("Columns", "Certificate copy handed in"), "date", 14),
        Column("order_no", QT_TRANSLATE_NOOP("Columns", "Order No."), "text", 12),
        Column("order_on", QT_TRANSLATE_NOOP("Columns", "Order date"), "date", 12),
        Column("cost", QT_TRANSLATE_NOOP("Columns", "Cost"), "number", 12),
        Column("funding", QT_TRANSLATE_NOOP("Columns", "Funding source"), "funding", 16),
        Column("contract_no", QT_TRANSLATE_NOOP("Columns", "Training contract No."), "text", 14),
        Column("supervisor", QT_TRANSLATE_NOOP("Columns", "Host supervisor"), "text", 24),
        Column("review_on", QT_TRANSLATE_NOOP("Columns", "Supervisor review"), "date", 14),
        Column("meeting_protocol_no", QT_TRANSLATE_NOOP("Columns", "Meeting protocol No."), "text", 12),
        Column("meeting_on", QT_TRANSLATE_NOOP("Columns", "Meeting date"), "date", 12),
        Column("implementation_plan_on", QT_TRANSLATE_NOOP("Columns", "Implementation plan"), "date", 14),
        Column("days", QT_TRANSLATE_NOOP("Columns", "Days"), "int", 8),
        Column("with_talk", QT_TRANSLATE_NOOP("Columns", "With a talk"), "bool", 10),
        Column("quartile", QT_TRANSLATE_NOOP("Columns", "Journal quartile"), "int", 10),
        Column("author_position", QT_TRANSLATE_NOOP("Columns", "Author position"), "int", 10),
        Column("test_items", QT_TRANSLATE_NOOP("Columns", "Test items"), "int", 10),
        Column("clinical_cases", QT_TRANSLATE_NOOP("Columns", "Clinical cases"), "int", 10),
    ),
    required=("iin", "type", "title", "starts_on"),
)

SHEETS = (STAFF, ACTIVITIES)
FIXED_STAFF_KEYS = tuple(c.key for c in STAFF.columns[:11])
FIXED_ACTIVITY_KEYS = tuple(c.key for c in ACTIVITIES.columns[:15])

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .:;*,_"


def normalize(text: object) -> str:
    """A header or word as compared: case, ё, dashes, spacing and edge punctuation ignored."""
    value = str(text).casefold().replace("ё", "е").replace("\u00a0", " ")
    for dash in ("‐", "‑", "–", "—"):
        value = value.replace(dash, "-")
    value = _SPACES.sub(" ", value)
    return value.strip(_EDGE_PUNCTUATION)


@cache
def synonyms() -> dict:
    with paths.resource("exchange", "synonyms.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def header_index(sheet_key: str) -> dict[str, str]:
    """Normalised header text -> column key, for every way a column may be titled."""
    spec = next(s for s in SHEETS if s.key == sheet_key)
    extra = synonyms().get("columns", {}).get(sheet_key, {})
    index: dict[str, str] = {}
    for column in spec.columns:
        names = [column.key, column.label, *extra.get(column.key, [])]
        names += [column.title(lang) for lang in LANGUAGES]
        for name in names:
            index.setdefault(normalize(name), column.key)
    return index


IGNORED = "ignored"
# Sheets the export writes for people to read; an import leaves them alone.
IGNORED_SHEETS = (QT_TRANSLATE_NOOP("Columns", "Compliance"), "lists")


@cache
def sheet_name_index() -> dict[str, str]:
    """Normalised sheet name -> "staff", "activities" or IGNORED."""
    extra = synonyms().get("sheets", {})
    index = {}
    for name in IGNORED_SHEETS:
        for lang in LANGUAGES:
            index[normalize(translate("Columns", name, lang))] = IGNORED
    for spec in SHEETS:
        for name in [spec.key, spec.label, *extra.get(spec.key, [])] + [
            spec.title(lang) for lang in LANGUAGES
        ]:
            index.setdefault(normalize(name), spec.key)
    return index
