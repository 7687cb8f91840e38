"""The numbers of the management report (E464 3.14, Ү 464-001-2025), from plain records.

"Completed PD" counts PD activities that ended in the period and are confirmed
(a certificate, or the paperwork that stands for one), in every section: an
activity not yet confirmed is not yet done. The previous year is compared over
the same period (1 January to the same day), so the figures are fair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import PD_KINDS, Kind, Scope, default_scope


def is_abroad(activity: Activity) -> bool:
    scope = activity.scope or default_scope(activity.country)
    return scope == Scope.INTERNATIONAL


@dataclass(slots=True)
class Tally:
    """Staff, who of them trained, what they did and how they stand, for one group of staff."""

    label: str = ""
    staff: int = 0
    trained: set = field(default_factory=set)
    activities: int = 0
    hours: float = 0.0
    compliant: int = 0
    overdue: int = 0

    @property
    def trained_count(self) -> int:
        return len(self.trained)

    @property
    def trained_share(self) -> float:
        return 100.0 * self.trained_count / self.staff if self.staff else 0.0

    @property
    def compliance(self) -> float:
        return 100.0 * self.compliant / self.staff if self.staff else 0.0

    @property
    def hours_per_trained(self) -> float:
        return self.hours / self.trained_count if self.trained else 0.0


def tally_by(statuses: Iterable[EmployeeStatus], activities: Iterable[Activity],
             key: Callable[[Employee], object]) -> dict[object, Tally]:
    """Tallies of the staff checked (``statuses``) grouped by ``key``; activities of people who
    are not on the staff any more count in no group."""
    groups: dict[object, Tally] = defaultdict(Tally)
    employee_group = {}
    for status in statuses:
        group = key(status.employee)
        employee_group[status.employee.id] = group
        tally = groups[group]
        tally.staff += 1
        if status.overdue:
            tally.overdue += 1
        else:
            tally.compliant += 1
    for activity in activities:
        group = employee_group.get(activity.employee_id, _MISSING)
        if group is _MISSING:
            continue
        tally = groups[group]
        tally.trained.add(activity.employee_id)
        tally.activities += 1
        tally.hours += activity.hours or 0.0
    return dict(groups)


_MISSING = object()


def overall(statuses: list[EmployeeStatus], activities: list[Activity]) -> Tally:
    return tally_by(statuses, activities, lambda e: None).get(None, Tally())


@dataclass(slots=True)
class KindLine:
    kind: str
    activities: int = 0
    people: set = field(default_factory=set)
    hours: float = 0.0
    abroad: int = 0


def by_kind(activities: Iterable[Activity]) -> list[KindLine]:
    lines: dict[str, KindLine] = {}
    for activity in activities:
        line = lines.setdefault(activity.kind, KindLine(activity.kind))
        line.activities += 1
        line.people.add(activity.employee_id)
        line.hours += activity.hours or 0.0
        line.abroad += is_abroad(activity)
    order = [k for k in Kind if k in PD_KINDS]
    return sorted(lines.values(),
                  key=lambda x: order.index(x.kind) if x.kind in order else len(order))


@dataclass(slots=True)
class PlaceLine:
    place: str  # a country, or "" for Kazakhstan
    abroad: bool
    activities: int = 0
    people: set = field(default_factory=set)
    hours: float = 0.0


def internships_by_place(activities: Iterable[Activity], home_label: str) -> list[PlaceLine]:
    lines: dict[tuple[bool, str], PlaceLine] = {}
    for activity in activities:
        if activity.kind != Kind.INTERNSHIP:
            continue
        abroad = is_abroad(activity)
        place = (activity.country or "").strip() if abroad else home_label
        line = lines.setdefault((abroad, place), PlaceLine(place, abroad))
        line.activities += 1
        line.people.add(activity.employee_id)
        line.hours += activity.hours or 0.0
    return sorted(lines.values(), key=lambda x: (x.abroad, -x.activities, x.place))


@dataclass(slots=True)
class FundingLine:
    funding: str
    activities: int = 0
    cost: float = 0.0


def by_funding(activities: Iterable[Activity]) -> list[FundingLine]:
    lines: dict[str, FundingLine] = {}
    for activity in activities:
        funding = activity.paperwork.funding or ""
        line = lines.setdefault(funding, FundingLine(funding))
        line.activities += 1
        line.cost += activity.paperwork.cost or 0.0
    return sorted(lines.values(), key=lambda x: (-x.cost, x.funding))


def hours_by_month(activities: Iterable[Activity]) -> list[float]:
    months = [0.0] * 12
    for activity in activities:
        if activity.ends_on is not None:
            months[activity.ends_on.month - 1] += activity.hours or 0.0
    return months


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """How the year's plan went: items planned, carried out, under way, not done, dropped."""

    planned: int
    done: int
    in_progress: int
    not_done: int
    dropped: int

    @property
    def in_plan(self) -> int:
        return self.planned - self.dropped

    @property
    def completion(self) -> float:
        return 100.0 * self.done / self.in_plan if self.in_plan else 0.0


def is_completed_pd(activity: Activity, first: date, last: date) -> bool:
    """A PD activity that ended between ``first`` and ``last``, both included, and is confirmed."""
    return (activity.kind in PD_KINDS and activity.ends_on is not None
            and first <= activity.ends_on <= last and activity.paperwork.confirmed)


# who paid: the academy's own money is not added to the employee's or the host's
PAYERS = {"academy": ("academy",), "employee": ("personal",), "host": ("host",),
          "other": ("state", "grant")}


def cost_by_payer(activities: Iterable[Activity]) -> dict[str, float]:
    """The cost of ``activities`` by who paid: academy, employee, host, other (state, grants);
    activities free of charge or of unknown funding add nothing."""
    payer_of = {funding: payer for payer, fundings in PAYERS.items() for funding in fundings}
    totals = dict.fromkeys(PAYERS, 0.0)
    for activity in activities:
        payer = payer_of.get(activity.paperwork.funding or "")
        if payer is not None:
            totals[payer] += activity.paperwork.cost or 0.0
    return totals


def same_period_a_year_before(day: date) -> date:
    """The same day a year earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)
