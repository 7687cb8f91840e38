"""Plain records the rules work on. No behaviour beyond what the data itself answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from skma_training.domain.vocabulary import PD_KINDS, Category


@dataclass(frozen=True, slots=True)
class StatusPeriod:
    """The category and head/healthcare status an employee held from ``since`` on.

    ``category`` "" means not known (only the every-employee check applies then).
    """

    since: date
    category: str
    is_head: bool = False
    is_teaching_head: bool = False
    healthcare: bool = False


@dataclass(slots=True)
class Employee:
    id: int | None
    iin: str
    full_name: str
    category: str = Category.ADMIN
    department: str = ""
    department_id: int | None = None
    faculty: str = ""
    position: str = ""
    is_head: bool = False
    healthcare: bool = False
    profile: str = ""
    hired_on: date | None = None
    left_on: date | None = None
    email: str = ""
    phone: str = ""
    is_teaching_head: bool = False  # head of a teaching department: not a post of E464 4.5
    periods: tuple[StatusPeriod, ...] = ()  # status history, by date; empty: always as now

    def employed_on(self, day: date) -> bool:
        """Checked on ``day``: hired by then (or hire unknown) and not left before it."""
        if self.hired_on is not None and self.hired_on > day:
            return False
        return self.left_on is None or self.left_on >= day

    def period_on(self, day: date) -> StatusPeriod | None:
        """The status period in force on ``day`` (before the first: the first, the best known)."""
        if not self.periods:
            return None
        held = self.periods[0]
        for period in self.periods:
            if period.since > day:
                break
            held = period
        return held

    def status_on(self, day: date) -> Employee:
        """This employee with the category and flags held on ``day``."""
        held = self.period_on(day)
        if held is None:
            return self
        return replace(self, category=held.category, is_head=held.is_head,
                       is_teaching_head=held.is_teaching_head, healthcare=held.healthcare)

    def duty_started(self, applies: Callable[[Employee], bool], day: date) -> date | None:
        """When a duty that applies on ``day`` began: the hire, or the appointment that
        brought it (the start of the unbroken run of periods in which it applies)."""
        if not self.periods:
            return self.hired_on
        run_start = None
        for period in self.periods:
            if period.since > day:
                break
            if applies(self._with(period)):
                run_start = run_start or period.since
            else:
                run_start = None
        first = self.periods[0].since
        if run_start is None or run_start <= first:
            # the duty held since the earliest known status: from the hire
            if self.hired_on is None or first <= self.hired_on:
                return self.hired_on
            return first
        return run_start if self.hired_on is None else max(run_start, self.hired_on)

    def _with(self, period: StatusPeriod) -> Employee:
        return replace(self, category=period.category, is_head=period.is_head,
                       is_teaching_head=period.is_teaching_head, healthcare=period.healthcare)


@dataclass(slots=True)
class Paperwork:
    """The documents of one activity, each with its date (E464 7.1-7.15, 3.8)."""

    application_on: date | None = None
    order_no: str = ""
    order_on: date | None = None
    certificate_no: str = ""
    certificate_on: date | None = None
    certificate_file: str = ""
    certificate_copy_on: date | None = None  # the copy handed in to the centre / HR (E464 7.2)
    report_on: date | None = None
    # internships (E464 7.12-7.15)
    supervisor: str = ""
    review_on: date | None = None
    meeting_protocol_no: str = ""
    meeting_on: date | None = None
    implementation_plan_on: date | None = None
    # money (E464 3.8, 8.1)
    cost: float | None = None
    funding: str = ""
    contract_no: str = ""

    @property
    def confirmed(self) -> bool:
        """A certificate or other confirming document is recorded."""
        return bool(self.certificate_no) or self.certificate_on is not None


@dataclass(slots=True)
class Activity:
    id: int | None
    employee_id: int | None
    kind: str
    title: str
    starts_on: date | None
    ends_on: date | None
    hours: float | None = None
    credits: float | None = None
    in_profile: bool = True
    management: bool = False
    provider: str = ""
    country: str = ""
    scope: str = ""
    # what some CPD kinds need (DSM-283 Appendix 1)
    days: int | None = None
    with_talk: bool = False
    quartile: int | None = None
    author_position: int | None = None
    test_items: int | None = None
    clinical_cases: int | None = None
    paperwork: Paperwork = field(default_factory=Paperwork)

    @property
    def is_pd(self) -> bool:
        return self.kind in PD_KINDS

    @property
    def confirmed(self) -> bool:
        return self.paperwork.confirmed

    def completed_by(self, day: date) -> bool:
        return self.ends_on is not None and self.ends_on <= day
