"""Plain records the rules work on. No behaviour beyond what the data itself answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from skma_training.domain.vocabulary import PD_KINDS, Category


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

    def employed_on(self, day: date) -> bool:
        """Checked on ``day``: hired by then (or hire unknown) and not left before it."""
        if self.hired_on is not None and self.hired_on > day:
            return False
        return self.left_on is None or self.left_on >= day


@dataclass(slots=True)
class Paperwork:
    """The documents of one activity, each with its date (E464 7.1-7.15, 3.8)."""

    application_on: date | None = None
    order_no: str = ""
    order_on: date | None = None
    certificate_no: str = ""
    certificate_on: date | None = None
    certificate_file: str = ""
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
