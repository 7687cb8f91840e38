"""The 3-year checks of Е 464-2025 computed as of a date (DOMAIN.md §2).

An activity counts for a check when it is a PD kind, completed (ends on or
before the as-of date) and confirmed (a certificate is recorded). The due date
of a check is the last day on which it holds without any further PD; an
employee in their first three years is not overdue before those years end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from skma_training.domain.dates import end_of_first_years, last_day_covered, window_start
from skma_training.domain.model import Activity, Employee
from skma_training.domain.rules import RuleSet
from skma_training.domain.vocabulary import Category
from skma_training.i18n import QT_TRANSLATE_NOOP, translate

PD_ONCE = "pd_once_3y"
UNIVERSITY_HOURS = "faculty_university_72h_3y"
COLLEGE_HOURS = "faculty_college_36h_3y"
MANAGEMENT_ONCE = "management_once_3y"
CHECK_IDS = (PD_ONCE, UNIVERSITY_HOURS, COLLEGE_HOURS, MANAGEMENT_ONCE)

CHECK_LABELS = {
    PD_ONCE: QT_TRANSLATE_NOOP("Checks", "PD at least once in 3 years"),
    UNIVERSITY_HOURS: QT_TRANSLATE_NOOP("Checks", "72 hours in profile in 3 years"),
    COLLEGE_HOURS: QT_TRANSLATE_NOOP("Checks", "36 hours in profile in 3 years"),
    MANAGEMENT_ONCE: QT_TRANSLATE_NOOP("Checks", "Management PD once in 3 years"),
}

CHECK_SOURCES = {
    PD_ONCE: "Е 464-2025 3.4",
    UNIVERSITY_HOURS: "Е 464-2025 4.3",
    COLLEGE_HOURS: "Е 464-2025 4.4",
    MANAGEMENT_ONCE: "Е 464-2025 4.5",
}


def check_label(rule: str, lang: str | None = None) -> str:
    return translate("Checks", CHECK_LABELS.get(rule, rule), lang)


@dataclass(frozen=True, slots=True)
class Contribution:
    """One activity inside a check's window and the last day it keeps counting."""

    activity_id: int | None
    ends_on: date
    hours: float
    counts_until: date


@dataclass(frozen=True, slots=True)
class CheckResult:
    rule: str
    met: bool
    due_date: date | None
    hours: float | None
    required: float | None
    window_start: date
    contributions: tuple[Contribution, ...] = ()

    def overdue_on(self, as_of: date) -> bool:
        return self.due_date is None or self.due_date < as_of


@dataclass(frozen=True, slots=True)
class EmployeeStatus:
    employee: Employee
    as_of: date
    checks: tuple[CheckResult, ...]

    @property
    def overdue(self) -> bool:
        return any(check.overdue_on(self.as_of) for check in self.checks)

    @property
    def next_due(self) -> date | None:
        """The earliest due date of the employee's checks (None when one has none)."""
        dues = [check.due_date for check in self.checks]
        if not dues or any(d is None for d in dues):
            return None
        return min(dues)

    def check(self, rule: str) -> CheckResult | None:
        return next((c for c in self.checks if c.rule == rule), None)


@dataclass(frozen=True, slots=True)
class _CheckSpec:
    rule: str
    qualifies: Callable[[Activity], bool]
    required: float  # of the weight: hours, or 1 for "at least once"
    by_hours: bool
    report_required: bool
    applies: Callable[[Employee], bool]  # whom the duty binds (for the date it began)


def needs_management_training(employee: Employee, rules: RuleSet) -> bool:
    """E464 4.5: heads and deputies of administrative-management units; heads of teaching
    departments only where the centre's reading says so."""
    if employee.is_head:
        return True
    return employee.is_teaching_head and rules.interpretation.teaching_heads == "management"


def applicable_checks(employee: Employee, rules: RuleSet) -> list[_CheckSpec]:
    specs = [_CheckSpec(PD_ONCE, lambda a: True, 1, False, False, lambda e: True)]
    if employee.category == Category.FACULTY_UNIVERSITY:
        specs.append(_CheckSpec(UNIVERSITY_HOURS, lambda a: a.in_profile, rules.pd.university_hours,
                                True, True, lambda e: e.category == Category.FACULTY_UNIVERSITY))
    elif employee.category == Category.FACULTY_COLLEGE:
        specs.append(_CheckSpec(COLLEGE_HOURS, lambda a: a.in_profile, rules.pd.college_hours,
                                True, True, lambda e: e.category == Category.FACULTY_COLLEGE))
    if needs_management_training(employee, rules):
        specs.append(_CheckSpec(MANAGEMENT_ONCE, lambda a: a.management, 1, False, False,
                                lambda e: needs_management_training(e, rules)))
    return specs


def counts_on(activity: Activity, as_of: date) -> bool:
    """Completed (ended by ``as_of``) and confirmed by then: "completed" everywhere.

    A certificate dated after ``as_of`` did not exist yet on that day.
    """
    if not activity.is_pd or activity.ends_on is None or activity.ends_on > as_of:
        return False
    paperwork = activity.paperwork
    if paperwork.certificate_on is not None:
        return paperwork.certificate_on <= as_of
    return bool(paperwork.certificate_no)


def counting_activities(activities: Iterable[Activity], as_of: date) -> list[Activity]:
    """PD activities that count on ``as_of``: completed by then and confirmed, latest first."""
    counted = [a for a in activities if counts_on(a, as_of)]
    counted.sort(key=lambda a: a.ends_on, reverse=True)
    return counted


def activity_hours(activity: Activity, rules: RuleSet) -> float:
    """Hours as recorded; when none (or 0) are, the credits in hours (ДСМ-303: 30 each).

    The one reading of a record's hours, for the checks, the deadlines and the papers.
    """
    if activity.hours:
        return activity.hours
    if activity.credits:
        return activity.credits * rules.pd.hours_per_credit
    return activity.hours or 0.0


def _last_day_held(
    events: Sequence[tuple[date, float]], as_of: date, years: int, required: float
) -> date | None:
    """The last day before ``as_of`` on which the weights in the window reached ``required``.

    The sum can only drop when an activity leaves the window, so the last day
    it held is the last day some activity was still covered.
    """
    candidates = sorted({last_day_covered(end, years) for end, _ in events}, reverse=True)
    for day in candidates:
        if day >= as_of:
            continue
        start = window_start(day, years)
        total = sum(weight for end, weight in events if start <= end <= day)
        if total >= required:
            return day
    return None


def evaluate_check(
    spec: _CheckSpec, employee: Employee, counted: Sequence[Activity], as_of: date, rules: RuleSet,
    duty_started: date | None = None,
) -> CheckResult:
    """One check on ``as_of``; ``duty_started`` (the hire, or the appointment that brought the
    duty) starts the three years of grace (default: the hire date)."""
    years = rules.pd.window_years
    start = window_start(as_of, years)
    single = spec.by_hours and rules.interpretation.hours_mode == "single"
    # (end date, weight) of every activity that may satisfy this check, latest first
    events = []
    hours = 0.0  # every qualifying hour in the window, whichever reading counts them
    for activity in counted:
        if not spec.qualifies(activity):
            continue
        activity_h = activity_hours(activity, rules)
        if activity.ends_on >= start:
            hours += activity_h
        weight = activity_h if spec.by_hours else 1.0
        if single:
            if weight < spec.required:
                continue
            weight = spec.required  # one such course is enough
        events.append((activity.ends_on, weight, activity))

    in_window = [e for e in events if e[0] >= start]
    total = sum(w for _, w, _ in in_window)
    met = total >= spec.required and total > 0

    due: date | None
    if met:
        running = 0.0
        due = None
        for end, weight, _ in in_window:
            running += weight
            if running >= spec.required:
                due = last_day_covered(end, years)
                break
    else:
        due = _last_day_held([(e, w) for e, w, _ in events], as_of, years, spec.required)
    began = duty_started if duty_started is not None else employee.hired_on
    if began is not None:
        grace = end_of_first_years(began, years)
        due = grace if due is None else max(due, grace)

    contributions = tuple(
        Contribution(a.id, end, activity_hours(a, rules), last_day_covered(end, years))
        for end, _, a in in_window
    )
    return CheckResult(
        rule=spec.rule,
        met=met,
        due_date=due,
        hours=hours,
        required=spec.required if spec.report_required else None,
        window_start=start,
        contributions=contributions,
    )


def evaluate_employee(
    employee: Employee, activities: Iterable[Activity], as_of: date, rules: RuleSet
) -> EmployeeStatus:
    """The checks of the status held on ``as_of``, each with its grace from when its duty began."""
    held = employee.status_on(as_of)
    counted = counting_activities(activities, as_of)
    checks = tuple(
        evaluate_check(spec, held, counted, as_of, rules,
                       held.duty_started(spec.applies, as_of) if held.periods else None)
        for spec in applicable_checks(held, rules)
    )
    return EmployeeStatus(employee=employee, as_of=as_of, checks=checks)


def evaluate_staff(
    employees: Iterable[Employee],
    activities_by_employee: dict[int | None, list[Activity]],
    as_of: date,
    rules: RuleSet,
) -> list[EmployeeStatus]:
    """Statuses of everyone employed on ``as_of`` (leavers and future hires are not checked)."""
    return [
        evaluate_employee(employee, activities_by_employee.get(employee.id, ()), as_of, rules)
        for employee in employees
        if employee.employed_on(as_of)
    ]
