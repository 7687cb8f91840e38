"""The yearly plan: who should be in it, and what of it was done (E464 5.4-5.5)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.model import Activity


@dataclass(frozen=True, slots=True)
class Proposal:
    """An employee the plan of ``plan_year`` should include, and why."""

    employee_id: int | None
    rules: tuple[str, ...]  # checks that fall due before the end of the plan year
    due_date: date | None  # the earliest of them (None: overdue with no date at all)
    hours_missing: float  # in-profile hours of PD still needed (sum: short of the total; single: a course)


def proposals_for_year(statuses: Iterable[EmployeeStatus], plan_year: int,
                       hours_mode: str = "sum") -> list[Proposal]:
    """Everyone whose checks fall due before the end of ``plan_year``, soonest first.

    In the one-course reading the hours needed are those of the course itself: the hours
    already done in shorter courses do not make a 72-hour course shorter.
    """
    year_end = date(plan_year, 12, 31)
    found = []
    for status in statuses:
        due_checks = [c for c in status.checks if c.due_date is None or c.due_date <= year_end]
        if not due_checks:
            continue
        dues = [c.due_date for c in due_checks]
        earliest = None if any(d is None for d in dues) else min(dues)
        if hours_mode == "single":
            missing = sum(c.required for c in due_checks if c.required)
        else:
            missing = sum(max(0.0, (c.required or 0) - (c.hours or 0)) for c in due_checks if c.required)
        found.append(Proposal(status.employee.id, tuple(c.rule for c in due_checks), earliest, missing))
    found.sort(key=lambda p: (p.due_date is not None, p.due_date or date.min, p.employee_id or 0))
    return found


@dataclass(frozen=True, slots=True)
class PlannedItem:
    id: int | None
    employee_id: int | None
    kind: str
    title: str
    hours: float | None
    activity_id: int | None = None  # the activity that fulfilled it, when linked


def match_actual(item: PlannedItem, activities: Iterable[Activity], plan_year: int) -> Activity | None:
    """The activity that carried out a planned item: the linked one, or the employee's PD of
    that kind that ended in the plan year (the one with the closest title first)."""
    candidates = [a for a in activities if a.employee_id == item.employee_id]
    if item.activity_id is not None:
        return next((a for a in candidates if a.id == item.activity_id), None)
    same_year = [
        a for a in candidates
        if a.is_pd and a.ends_on is not None and a.ends_on.year == plan_year and a.kind == item.kind
    ]
    if not same_year:
        return None
    title = item.title.strip().casefold()
    same_year.sort(key=lambda a: (a.title.strip().casefold() != title, a.ends_on))
    return same_year[0]
