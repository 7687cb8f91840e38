"""Deadlines of the yearly cycle (DOMAIN.md §4) and their state on a date.

- ``application``: at least 20 days before the start (E464 7.1);
- ``report``: certificate copy and listener's report within 5 days after the
  end (E464 7.2; for internships the documents of 7.14);
- ``plan``: the academy's plan by 1 December before the plan year (E464 5.5).

A deadline whose due date falls before the day the register started tracking
is left out: years of history imported without paperwork dates would
otherwise all read "overdue".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from skma_training.domain.dates import DayCounter
from skma_training.domain.model import Activity, Employee
from skma_training.domain.rules import RuleSet
from skma_training.i18n import QT_TRANSLATE_NOOP, translate


class DeadlineKind(StrEnum):
    APPLICATION = "application"
    REPORT = "report"
    PLAN = "plan"


class DeadlineState(StrEnum):
    PENDING = "pending"  # not done, not yet due
    OVERDUE = "overdue"  # not done, past due
    DONE = "done"  # done on or before the due date
    LATE = "late"  # done after the due date


DEADLINE_KIND_LABELS = {
    DeadlineKind.APPLICATION: QT_TRANSLATE_NOOP("Deadlines", "Application"),
    DeadlineKind.REPORT: QT_TRANSLATE_NOOP("Deadlines", "Certificate and report"),
    DeadlineKind.PLAN: QT_TRANSLATE_NOOP("Deadlines", "Yearly plan"),
}

DEADLINE_STATE_LABELS = {
    DeadlineState.PENDING: QT_TRANSLATE_NOOP("Deadlines", "Pending"),
    DeadlineState.OVERDUE: QT_TRANSLATE_NOOP("Deadlines", "Overdue"),
    DeadlineState.DONE: QT_TRANSLATE_NOOP("Deadlines", "Done"),
    DeadlineState.LATE: QT_TRANSLATE_NOOP("Deadlines", "Done late"),
}


def deadline_kind_label(kind: str, lang: str | None = None) -> str:
    return translate("Deadlines", DEADLINE_KIND_LABELS.get(kind, kind), lang)


def deadline_state_label(state: str, lang: str | None = None) -> str:
    return translate("Deadlines", DEADLINE_STATE_LABELS.get(state, state), lang)


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due_date: date
    done_on: date | None
    state: DeadlineState
    employee_id: int | None = None
    iin: str | None = None
    activity_id: int | None = None
    plan_year: int | None = None


HISTORY_DAYS_BEFORE_IMPORT = 120


def history_date_for_import(imported_on: date) -> date:
    """The default history date of a register first imported on ``imported_on``.

    The earlier of 1 January of that year and 120 days before: a roster imported in
    December still shows the autumn's late paperwork, one imported in January the
    autumn before it.
    """
    return min(date(imported_on.year, 1, 1), imported_on - timedelta(days=HISTORY_DAYS_BEFORE_IMPORT))


def state_on(due: date, done_on: date | None, as_of: date) -> DeadlineState:
    """State of a deadline on ``as_of``; a completion recorded after ``as_of`` was not yet done."""
    if done_on is not None and done_on <= as_of:
        return DeadlineState.DONE if done_on <= due else DeadlineState.LATE
    return DeadlineState.OVERDUE if as_of > due else DeadlineState.PENDING


def day_counter(rules: RuleSet, holidays=None) -> DayCounter:
    working = rules.interpretation.day_mode == "working"
    if working and holidays is None:
        from skma_training.domain.dates import kazakhstan_holidays

        holidays = kazakhstan_holidays()
    return DayCounter(working_days=working, holidays=holidays)


def application_due(activity: Activity, rules: RuleSet, counter: DayCounter) -> date | None:
    if activity.starts_on is None:
        return None
    return counter.shift(activity.starts_on, -rules.deadlines.application_days_before)


def report_due(activity: Activity, rules: RuleSet, counter: DayCounter) -> date | None:
    if activity.ends_on is None:
        return None
    return counter.shift(activity.ends_on, rules.deadlines.report_days_after)


def activity_deadlines(
    activity: Activity,
    employee: Employee | None,
    as_of: date,
    rules: RuleSet,
    counter: DayCounter,
) -> list[Deadline]:
    """The application and report deadlines of a PD activity, whatever their date."""
    if not activity.is_pd:
        return []
    iin = employee.iin if employee else None
    found = []
    for kind, due, done_on in (
        (DeadlineKind.APPLICATION, application_due(activity, rules, counter),
         activity.paperwork.application_on),
        (DeadlineKind.REPORT, report_due(activity, rules, counter), activity.paperwork.report_on),
    ):
        if due is None:
            continue
        found.append(
            Deadline(kind, due, done_on, state_on(due, done_on, as_of),
                     activity.employee_id, iin, activity.id)
        )
    return found


def plan_deadline(plan_year: int, approved_on: date | None, as_of: date, rules: RuleSet) -> Deadline:
    due = rules.deadlines.plan_due_date(plan_year)
    return Deadline(DeadlineKind.PLAN, due, approved_on, state_on(due, approved_on, as_of),
                    plan_year=plan_year)


def all_deadlines(
    employees: Iterable[Employee],
    activities: Iterable[Activity],
    plans: dict[int, date | None],
    as_of: date,
    rules: RuleSet,
    tracking_since: date | None = None,
    holidays=None,
) -> list[Deadline]:
    """Every tracked deadline on ``as_of``, by due date.

    ``plans`` maps plan years to their approval dates (None: not approved); the
    plan of the year after ``as_of`` is always included. Deadlines due before
    ``tracking_since`` and those of staff who left before ``as_of`` are left out.
    """
    counter = day_counter(rules, holidays)
    by_id = {e.id: e for e in employees}
    # An activity that ended well before tracking began has only untracked deadlines: its
    # application was due before the start and its report a few (working) days after the end.
    if tracking_since is not None and as_of < tracking_since:
        tracking_since = None
    cutoff = tracking_since - timedelta(days=60) if tracking_since is not None else None
    found: list[Deadline] = []
    for activity in activities:
        last_day = activity.ends_on or activity.starts_on
        if cutoff is not None and last_day is not None and last_day < cutoff:
            continue
        employee = by_id.get(activity.employee_id)
        if employee is None or (employee.left_on is not None and employee.left_on < as_of):
            continue
        found.extend(activity_deadlines(activity, employee, as_of, rules, counter))
    years = dict(plans)
    years.setdefault(as_of.year + 1, None)
    for year, approved_on in years.items():
        found.append(plan_deadline(year, approved_on, as_of, rules))
    if tracking_since is not None and as_of >= tracking_since:
        # an as-of date before the history date asks about that past: nothing is history then
        found = [d for d in found if d.due_date >= tracking_since]
    found.sort(key=lambda d: (d.due_date, d.kind, d.iin or "", d.activity_id or 0))
    return found
