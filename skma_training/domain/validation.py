"""What makes an employee or an activity record acceptable, field by field.

The GUI dialogs show these as the user types; the services refuse to save
while any remain. Each problem is (field, translatable message).
"""

from __future__ import annotations

import math
import re

from skma_training.domain.iin import is_valid_iin
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import PD_KINDS, Category, Kind
from skma_training.i18n import QT_TRANSLATE_NOOP

# The longest text each field may hold: the database's column lengths (a test keeps them equal),
# here once for the import, the dialogs and the documents. Notes have no column limit; 5,000
# characters keep every export cell and printed page able to hold them.
TEXT_LIMITS: dict[str, int] = {
    "iin": 12, "full_name": 300, "department": 300, "faculty": 200, "position": 200, "profile": 300,
    "email": 200, "phone": 50,
    "title": 500, "provider": 300, "country": 100, "order_no": 100, "certificate_no": 100,
    "certificate_file": 500, "supervisor": 300, "meeting_protocol_no": 50, "contract_no": 100,
    "notes": 5000,
}
# Fields of free text, where a tab or a line break is part of the text.
MULTILINE_FIELDS = frozenset({"title", "provider", "supervisor", "profile", "notes"})
# The plausible range of each number, per activity (both ends included).
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "hours": (0, 3000),
    "credits": (0, 100),  # 100 credits are 3,000 hours
    "days": (0, 366),
    "cost": (0, 1_000_000_000),  # tenge
    "test_items": (0, 10_000),
    "clinical_cases": (0, 10_000),
    "author_position": (1, 100),
    "quartile": (1, 4),
}
MAX_HOURS = int(NUMBER_RANGES["hours"][1])

# C0 and C1 controls, DEL, the bidirectional overrides and isolates, and the two non-characters
# XML cannot hold; tab and line feed are allowed in free text only.
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\t]")
_NOT_IN_FREE_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

MSG_CONTROL = QT_TRANSLATE_NOOP("Validation", "contains a control character ({code}), which is not allowed here")
MSG_BIDI = QT_TRANSLATE_NOOP("Validation", "contains a text-direction override ({code}), which is not allowed")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "longer than {limit} characters ({length})")
MSG_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "{value} is not plausible here: from {low} to {high}")
# the same, for a dialog's field (its limit is shown by the field itself)
MSG_FIELD_TEXT = QT_TRANSLATE_NOOP("Validation", "Control characters and direction overrides are not allowed")
MSG_FIELD_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long")
MSG_FIELD_RANGE = QT_TRANSLATE_NOOP("Validation", "Not plausible")
AUTHOR_KINDS = {Kind.MONOGRAPH, Kind.GUIDELINE, Kind.TEXTBOOK, Kind.ARTICLE_RECOMMENDED, Kind.ARTICLE_OTHER}
OPEN_ENDED_KINDS = {Kind.ASSOCIATION_MEMBERSHIP, Kind.EXPERT_BODY}

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Required")
MSG_IIN = QT_TRANSLATE_NOOP("Validation", "12 digits with a valid check digit")
MSG_CATEGORY = QT_TRANSLATE_NOOP("Validation", "Choose a category")
MSG_KIND = QT_TRANSLATE_NOOP("Validation", "Choose a kind")
MSG_LEFT_BEFORE_HIRED = QT_TRANSLATE_NOOP("Validation", "Before the hire date")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "Before the start date")
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Must not be negative")
MSG_TOO_MANY_HOURS = QT_TRANSLATE_NOOP("Validation", "More hours than one activity can have")
MSG_HOURS_FOR_PD = QT_TRANSLATE_NOOP("Validation", "Hours or credits are needed for PD")
MSG_QUARTILE = QT_TRANSLATE_NOOP("Validation", "Q1 to Q4")
MSG_AUTHOR = QT_TRANSLATE_NOOP("Validation", "1 for the first or sole author")

Problems = list[tuple[str, str]]


def text_problem(field: str, value: str) -> tuple[str, dict] | None:
    """What makes ``value`` unacceptable in ``field`` (template, details), or None."""
    if not value:
        return None
    if not value.isprintable():
        found = (_NOT_IN_FREE_TEXT if field in MULTILINE_FIELDS else _NOT_IN_TEXT).search(value)
        if found:
            code = f"U+{ord(found.group()):04X}"
            return (MSG_BIDI if found.group() in _BIDI else MSG_CONTROL), {"code": code}
    limit = TEXT_LIMITS.get(field)
    if limit is not None and len(value) > limit:
        return MSG_TOO_LONG, {"limit": limit, "length": len(value)}
    return None


def number_problem(field: str, value: float | int) -> tuple[str, dict] | None:
    """Outside the field's plausible range (or not finite): (template, details); else None."""
    bounds = NUMBER_RANGES.get(field)
    if bounds is None:
        return None
    low, high = bounds
    if isinstance(value, float) and not math.isfinite(value) or not low <= value <= high:
        return MSG_OUT_OF_RANGE, {"value": f"{value:g}", "low": f"{low:g}", "high": f"{high:g}"}
    return None


def _texts_and_numbers(record, names, found: Problems) -> None:
    taken = {name for name, _ in found}
    for name in names:
        value = getattr(record, name, None)
        if name in taken or value is None:
            continue
        if isinstance(value, str):
            problem = text_problem(name, value)
            if problem:
                found.append((name, MSG_FIELD_TOO_LONG if problem[0] == MSG_TOO_LONG else MSG_FIELD_TEXT))
        elif number_problem(name, value):
            found.append((name, MSG_FIELD_RANGE))


def employee_problems(employee: Employee) -> Problems:
    found: Problems = []
    if not is_valid_iin(employee.iin or ""):
        found.append(("iin", MSG_IIN))
    if not (employee.full_name or "").strip():
        found.append(("full_name", MSG_REQUIRED))
    if employee.category not in set(Category):
        found.append(("category", MSG_CATEGORY))
    if employee.hired_on and employee.left_on and employee.left_on < employee.hired_on:
        found.append(("left_on", MSG_LEFT_BEFORE_HIRED))
    _texts_and_numbers(employee, ("full_name", "department", "faculty", "position", "profile", "email",
                                  "phone"), found)
    return found


def activity_problems(activity: Activity) -> Problems:
    found: Problems = []
    if activity.kind not in set(Kind):
        found.append(("kind", MSG_KIND))
    if not (activity.title or "").strip():
        found.append(("title", MSG_REQUIRED))
    if activity.starts_on is None:
        found.append(("starts_on", MSG_REQUIRED))
    if activity.ends_on is None and activity.kind not in OPEN_ENDED_KINDS:
        found.append(("ends_on", MSG_REQUIRED))
    if activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
        found.append(("ends_on", MSG_END_BEFORE_START))
    for name in ("hours", "credits", "days", "test_items", "clinical_cases"):
        value = getattr(activity, name)
        if value is not None and value < 0:
            found.append((name, MSG_NEGATIVE))
    if activity.hours is not None and activity.hours > MAX_HOURS:
        found.append(("hours", MSG_TOO_MANY_HOURS))
    if activity.kind in PD_KINDS and not activity.hours and not activity.credits:
        found.append(("hours", MSG_HOURS_FOR_PD))
    if activity.kind == Kind.ARTICLE_INDEXED and activity.quartile not in (1, 2, 3, 4):
        found.append(("quartile", MSG_QUARTILE))
    if activity.kind in AUTHOR_KINDS and (activity.author_position is None or activity.author_position < 1):
        found.append(("author_position", MSG_AUTHOR))
    if activity.paperwork.cost is not None and activity.paperwork.cost < 0:
        found.append(("cost", MSG_NEGATIVE))
    _texts_and_numbers(activity, ("title", "provider", "country", "hours", "credits", "days", "test_items",
                                  "clinical_cases", "author_position", "quartile"), found)
    _texts_and_numbers(activity.paperwork, ("order_no", "certificate_no", "certificate_file", "supervisor",
                                            "meeting_protocol_no", "contract_no", "cost"), found)
    return found
