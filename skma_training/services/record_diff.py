"""Two versions of a record side by side, in words a user reads: the field's name, both values.

Used where someone else changed a record meanwhile (theirs beside yours) and
by a record's history (before beside after). Field names come from the
exchange columns, so the window, the workbooks and the history say the same.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from skma_training.domain.dates import day_text
from skma_training.domain.vocabulary import category_label, funding_label, kind_label, scope_label
from skma_training.exchange.columns import ACTIVITIES, STAFF
from skma_training.i18n import QT_TRANSLATE_NOOP, translate

# the database's and the domain's names where the workbook calls a field otherwise
_ALIASES = {"kind": "type", "meeting_no": "meeting_protocol_no"}
_CODED = {"kind": kind_label, "category": category_label, "scope": scope_label, "funding": funding_label}
_HIDDEN = {"id", "employee_id", "department_id", "version", "created_at", "updated_at", "periods",
           "certificate_file"}
_EXTRA = {
    "is_teaching_head": QT_TRANSLATE_NOOP("RecordDiff", "Teaching head"),
    "language": QT_TRANSLATE_NOOP("RecordDiff", "Language of messages"),
    "with_talk": QT_TRANSLATE_NOOP("RecordDiff", "With a talk"),
}


@dataclasses.dataclass(frozen=True)
class FieldChange:
    key: str
    label: str
    before: str
    after: str


def _column(key: str):
    wanted = _ALIASES.get(key, key)
    for spec in (ACTIVITIES, STAFF):
        column = next((c for c in spec.columns if c.key == wanted), None)
        if column is not None:
            return column
    return None


def field_label(key: str) -> str:
    column = _column(key)
    if column is not None:
        return column.title()
    if key in _EXTRA:
        return translate("RecordDiff", _EXTRA[key])
    return key


def value_text(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    column = _column(key)
    if isinstance(value, bool) or (column is not None and column.type == "bool" and value in (0, 1)) \
            or key in ("is_teaching_head", "with_talk"):
        return translate("RecordDiff", "yes") if value else translate("RecordDiff", "no")
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:  # the audit trail keeps dates as ISO text
            return day_text(date.fromisoformat(value))
        except ValueError:
            return value
    if key in _CODED:
        return _CODED[key](str(value)) or str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _flat(record: Any) -> dict[str, Any]:
    """A domain record's fields, nested paperwork included, by name."""
    values = {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if dataclasses.is_dataclass(value):
            values.update(_flat(value))
        else:
            values[item.name] = value
    return values


def differences(before: Any, after: Any) -> list[FieldChange]:
    """The fields two versions of a record (domain dataclasses, or dicts from the trail) disagree on."""
    old = before if isinstance(before, dict) else _flat(before)
    new = after if isinstance(after, dict) else _flat(after)
    changes = []
    for key in [*old, *(k for k in new if k not in old)]:
        if key in _HIDDEN:
            continue
        a, b = old.get(key), new.get(key)
        if _same(a, b):
            continue
        changes.append(FieldChange(key, field_label(key), value_text(key, a), value_text(key, b)))
    return changes


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b
