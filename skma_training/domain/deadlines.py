"""Deadlines of the yearly cycle (DOMAIN.md §4) and their state on a date.

- ``application``: at least 20 days before the start (E464 7.1);
- ``order``: an order number and date recorded before the start (7.1);
- ``report``: the certificate copy *and* the listener's report within 5 days after
  the end (7.2, 7.14): done when both are in, the later date decides;
- ``internship_review``, ``internship_approval``: the host supervisor's review and the
  department meeting that approves an internship report, within the same days (7.12-7.13);
- ``implementation_plan``: approved at a department meeting (7.15), for internships and
  PD of 36 hours or more (both rule-book values);
- ``request``: each department's request by the centre's request deadline (5.4);
- ``plan``: the academy's plan by 1 December before the plan year (5.5).

Each deadline is computed with the rules in force when it arose, so a later edition
never moves it. Deadlines due before the register's history date are left out: years
of history imported without paperwork dates would otherwise all read "overdue".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from skma_training.domain.compliance import activity_hours
from skma_training.domain.dates import DayCounter, kazakhstan_working_days
from skma_training.domain.model import Activity, Employee
from skma_training.domain.rules import RuleSet
from skma_training.domain.vocabulary import Kind
from skma_training.i18n import QT_TRANSLATE_NOOP, translate


class DeadlineKind(StrEnum):
    APPLICATION = "application"
    ORDER = "order"
    REPORT = "report"
    INTERNSHIP_REVIEW = "internship_review"
    INTERNSHIP_APPROVAL = "internship_approval"
    IMPLEMENTATION_PLAN = "implementation_plan"
    REQUEST = "request"
    PLAN = "plan"


class DeadlineState(StrEnum):
    PENDING = "pending"  # not done, not yet due
    OVERDUE = "overdue"  # not done, past due
    DONE = "done"  # done on or before the due date
    LATE = "late"  # done after the due date


DEADLINE_KIND_LABELS = {
    DeadlineKind.APPLICATION: QT_TRANSLATE_NOOP("Deadlines", "Application"),
    DeadlineKind.ORDER: QT_TRANSLATE_NOOP("Deadlines", "Order"),
    DeadlineKind.REPORT: QT_TRANSLATE_NOOP("Deadlines", "Certificate and report"),
    DeadlineKind.INTERNSHIP_REVIEW: QT_TRANSLATE_NOOP("Deadlines", "Supervisor's review"),
    DeadlineKind.INTERNSHIP_APPROVAL: QT_TRANSLATE_NOOP("Deadlines", "Report approved by the department"),
    DeadlineKind.IMPLEMENTATION_PLAN: QT_TRANSLATE_NOOP("Deadlines", "Implementation plan"),
    DeadlineKind.REQUEST: QT_TRANSLATE_NOOP("Deadlines", "Department request"),
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
    department_id: int | None = None  # the department of a request


HISTORY_DAYS_BEFORE_IMPORT = 120


def history_date_for_import(imported_on: date) -> date:
    """The default history date of a register first imported on ``imported_on``.

    The earlier of 1 January of that year and 120 days before: a roster imported in
    December still shows the autumn's late paperwork, one imported in January the
    autumn before it.
    """
    return min(date(imported_on.year, 1, 1), imported_on - timedelta(days=HISTORY_DAYS_BEFORE_IMPORT))


# Enum member access is slow on Python 3.11; this runs for every deadline of the register.
_PENDING, _OVERDUE, _DONE, _LATE = (DeadlineState.PENDING, DeadlineState.OVERDUE, DeadlineState.DONE,
                                    DeadlineState.LATE)


def state_on(due: date, done_on: date | None, as_of: date) -> DeadlineState:
    """State of a deadline on ``as_of``; a completion recorded after ``as_of`` was not yet done."""
    if done_on is not None and done_on <= as_of:
        return _DONE if done_on <= due else _LATE
    return _OVERDUE if as_of > due else _PENDING


class Counters:
    """One day counter per day mode, sharing one working-day calendar."""

    def __init__(self, is_working_day: Callable[[date], bool] | None = None):
        self._is_working_day = is_working_day
        self._counters: dict[str, DayCounter] = {}

    def for_rules(self, rules: RuleSet) -> DayCounter:
        mode = rules.interpretation.day_mode
        counter = self._counters.get(mode)
        if counter is None:
            if mode == "working":
                if self._is_working_day is None:
                    self._is_working_day = kazakhstan_working_days()
                counter = DayCounter(working_days=True, is_working_day=self._is_working_day)
            else:
                counter = DayCounter()
            self._counters[mode] = counter
        return counter


def day_counter(rules: RuleSet, holidays=None) -> DayCounter:
    """The counter of ``rules``' day mode (``holidays``: a working-day predicate, for tests)."""
    return Counters(holidays).for_rules(rules)


def application_due(activity: Activity, rules: RuleSet, counter: DayCounter) -> date | None:
    if activity.starts_on is None:
        return None
    return counter.shift(activity.starts_on, -rules.deadlines.application_days_before)


def order_due(activity: Activity) -> date | None:
    """The order must be issued before the start (E464 7.1): the day before it."""
    return activity.starts_on - timedelta(days=1) if activity.starts_on else None


def report_due(activity: Activity, rules: RuleSet, counter: DayCounter) -> date | None:
    if activity.ends_on is None:
        return None
    return counter.shift(activity.ends_on, rules.deadlines.report_days_after)


def implementation_plan_due(activity: Activity, rules: RuleSet, counter: DayCounter) -> date | None:
    if activity.ends_on is None:
        return None
    return counter.shift(activity.ends_on, rules.deadlines.implementation_plan_days_after)


def report_done_on(paperwork) -> date | None:
    """The certificate copy and the report are both in (E464 7.2, 7.14): the later date."""
    if paperwork.certificate_copy_on is None or paperwork.report_on is None:
        return None
    return max(paperwork.certificate_copy_on, paperwork.report_on)


def needs_implementation_plan(activity: Activity, rules: RuleSet) -> bool:
    """Internships always (E464 7.15); other PD from the rule book's number of hours."""
    if activity.kind == _INTERNSHIP:
        return True
    return activity_hours(activity, rules) >= rules.deadlines.implementation_plan_min_hours


RulesOn = Callable[[date], RuleSet]


def _timeline(rules: RuleSet | RulesOn) -> RulesOn:
    if isinstance(rules, RuleSet):
        return lambda _day: rules
    return rules


# the kinds as plain module constants: Enum member access is slow on 3.11, and this runs per activity
_APPLICATION, _ORDER, _REPORT = DeadlineKind.APPLICATION, DeadlineKind.ORDER, DeadlineKind.REPORT
_REVIEW, _APPROVAL = DeadlineKind.INTERNSHIP_REVIEW, DeadlineKind.INTERNSHIP_APPROVAL
_IMPLEMENTATION = DeadlineKind.IMPLEMENTATION_PLAN
_INTERNSHIP = Kind.INTERNSHIP


def activity_deadlines(
    activity: Activity,
    employee: Employee | None,
    as_of: date,
    rules: RuleSet | RulesOn,
    counter: DayCounter | Counters | None = None,
) -> list[Deadline]:
    """The paperwork deadlines of a PD activity, whatever their date.

    Each is computed with the rules in force when it arose: the application's and the
    order's on the start date, the rest on the end date.
    """
    if not activity.is_pd:
        return []
    rules_on = _timeline(rules)
    counters = counter if isinstance(counter, Counters) else None
    fixed = counter if isinstance(counter, DayCounter) else None
    if counters is None and fixed is None:
        counters = Counters()
    iin = employee.iin if employee else None
    paperwork = activity.paperwork
    owner, activity_id = activity.employee_id, activity.id
    found: list[Deadline] = []
    # (kind, due, done on) of each deadline that has a due date, in this order
    wanted: list[tuple] = []
    if activity.starts_on is not None:
        start_rules = rules_on(activity.starts_on)
        start_counter = fixed if fixed is not None else counters.for_rules(start_rules)
        wanted.append((_APPLICATION, application_due(activity, start_rules, start_counter),
                       paperwork.application_on))
        wanted.append((_ORDER, order_due(activity), paperwork.order_on))
    if activity.ends_on is not None:
        end_rules = rules_on(activity.ends_on)
        end_counter = fixed if fixed is not None else counters.for_rules(end_rules)
        report = report_due(activity, end_rules, end_counter)
        wanted.append((_REPORT, report, report_done_on(paperwork)))
        if activity.kind == _INTERNSHIP:
            wanted.append((_REVIEW, report, paperwork.review_on))
            wanted.append((_APPROVAL, report, paperwork.meeting_on))
        if needs_implementation_plan(activity, end_rules):
            wanted.append((_IMPLEMENTATION, implementation_plan_due(activity, end_rules, end_counter),
                           paperwork.implementation_plan_on))
    for kind, due, done_on in wanted:
        if due is not None:
            found.append(Deadline(kind, due, done_on, state_on(due, done_on, as_of), owner, iin, activity_id))
    return found


def plan_deadline(plan_year: int, approved_on: date | None, as_of: date,
                  rules: RuleSet | RulesOn) -> Deadline:
    """The academy's plan by 1 December before the plan year, by the rules of 1 January then."""
    year_rules = _timeline(rules)(date(plan_year - 1, 1, 1))
    due = year_rules.deadlines.plan_due_date(plan_year)
    return Deadline(DeadlineKind.PLAN, due, approved_on, state_on(due, approved_on, as_of),
                    plan_year=plan_year)


def request_deadline(plan_year: int, department_id: int, submitted_on: date | None, as_of: date,
                     rules: RuleSet | RulesOn) -> Deadline:
    """A department's request for the plan year by the centre's request deadline (E464 5.4)."""
    year_rules = _timeline(rules)(date(plan_year - 1, 1, 1))
    due = year_rules.deadlines.request_due_date(plan_year)
    return Deadline(DeadlineKind.REQUEST, due, submitted_on, state_on(due, submitted_on, as_of),
                    plan_year=plan_year, department_id=department_id)


def all_deadlines(
    employees: Iterable[Employee],
    activities: Iterable[Activity],
    plans: dict[int, date | None],
    as_of: date,
    rules: RuleSet | RulesOn,
    tracking_since: date | None = None,
    holidays: Callable[[date], bool] | None = None,
    requests: Mapping[tuple[int, int], date | None] | None = None,
) -> list[Deadline]:
    """Every tracked deadline on ``as_of``, by due date.

    ``plans`` maps plan years to their approval dates (None: not approved); the
    plan of the year after ``as_of`` is always included, with one request per
    department that has staff (``requests`` maps (year, department) to the day it was
    submitted). Deadlines due before ``tracking_since`` (the history date) are left out
    unless ``as_of`` itself is before it; so are those of staff who left before ``as_of``.
    """
    counters = Counters(holidays)
    employees = list(employees)
    by_id = {e.id: e for e in employees}
    if tracking_since is not None and as_of < tracking_since:
        tracking_since = None
    # An activity that ended well before the history date has only history deadlines: the
    # latest of them (the implementation plan) falls due some weeks after the end.
    cutoff = tracking_since - timedelta(days=120) if tracking_since is not None else None
    found: list[Deadline] = []
    for activity in activities:
        last_day = activity.ends_on or activity.starts_on
        if cutoff is not None and last_day is not None and last_day < cutoff:
            continue
        employee = by_id.get(activity.employee_id)
        if employee is None or (employee.left_on is not None and employee.left_on < as_of):
            continue
        found.extend(activity_deadlines(activity, employee, as_of, rules, counters))
    years = dict(plans)
    years.setdefault(as_of.year + 1, None)
    staffed = sorted({e.department_id for e in employees
                      if e.department_id is not None and e.employed_on(as_of)})
    submitted = requests or {}
    for year, approved_on in years.items():
        found.append(plan_deadline(year, approved_on, as_of, rules))
        for department_id in staffed:
            found.append(request_deadline(year, department_id, submitted.get((year, department_id)),
                                          as_of, rules))
    if tracking_since is not None:
        found = [d for d in found if d.due_date >= tracking_since]
    found.sort(key=lambda d: (d.due_date, d.kind, d.iin or "", d.activity_id or 0, d.department_id or 0))
    return found
