"""What makes an employee or an activity record acceptable, field by field.

The GUI dialogs show these as the user types; the services refuse to save
while any remain. Each problem is (field, translatable message).
"""

from __future__ import annotations

from skma_training.domain.iin import is_valid_iin
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import PD_KINDS, Category, Kind
from skma_training.i18n import QT_TRANSLATE_NOOP

MAX_HOURS = 3000
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
    return found
