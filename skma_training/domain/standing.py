"""The one state of an employee on a date, which every card, list and document shows.

An employee checked on a date is in exactly one of these (issue 7 §6):

- ``overdue``: a check that applies to them has a due date before the date (or none);
- ``due_this_year`` / ``due_next_year``: not overdue, and the earliest due date of their
  checks falls in the as-of year / the year after (a new hire whose first three years
  end this year is due this year: HR must send them);
- ``new``: in their first three years, with a check not yet met, due later than that;
- ``in_order``: everything met beyond the end of next year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.dates import end_of_first_years
from skma_training.i18n import QT_TRANSLATE_NOOP, translate


class Standing(StrEnum):
    OVERDUE = "overdue"
    DUE_THIS_YEAR = "due_this_year"
    DUE_NEXT_YEAR = "due_next_year"
    NEW = "new"
    IN_ORDER = "in_order"


STANDING_LABELS = {
    Standing.OVERDUE: QT_TRANSLATE_NOOP("Standing", "Overdue"),
    Standing.DUE_THIS_YEAR: QT_TRANSLATE_NOOP("Standing", "Due this year"),
    Standing.DUE_NEXT_YEAR: QT_TRANSLATE_NOOP("Standing", "Due next year"),
    Standing.NEW: QT_TRANSLATE_NOOP("Standing", "New employee"),
    Standing.IN_ORDER: QT_TRANSLATE_NOOP("Standing", "In order"),
}


def standing_label(state: str, lang: str | None = None) -> str:
    return translate("Standing", STANDING_LABELS.get(state, state), lang)


@dataclass(frozen=True, slots=True)
class EmployeeStanding:
    state: Standing
    due_date: date | None  # the earliest due date of the checks; None when overdue with none


def standing_of(status: EmployeeStatus, window_years: int = 3) -> EmployeeStanding:
    """The single state of ``status`` on its as-of date."""
    as_of = status.as_of
    if status.overdue:
        return EmployeeStanding(Standing.OVERDUE, status.next_due)
    due = status.next_due
    assert due is not None  # not overdue: every check has a due date on or after as_of
    if due.year == as_of.year:
        return EmployeeStanding(Standing.DUE_THIS_YEAR, due)
    if due.year == as_of.year + 1:
        return EmployeeStanding(Standing.DUE_NEXT_YEAR, due)
    hired = status.employee.hired_on
    if hired is not None and as_of <= end_of_first_years(hired, window_years) \
            and not all(check.met for check in status.checks):
        return EmployeeStanding(Standing.NEW, due)
    return EmployeeStanding(Standing.IN_ORDER, due)
