"""What fell due or became overdue since a user last opened the register.

The window shows it as a notice on start. Plain lists in, counts out: the window
passes the deadlines and statuses it has already computed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.deadlines import Deadline, DeadlineState

ACTIVE = (DeadlineState.PENDING, DeadlineState.OVERDUE)


@dataclass
class SinceLast:
    since: date
    as_of: date
    deadlines: list[Deadline] = field(default_factory=list)  # fell due or became overdue
    staff: list[EmployeeStatus] = field(default_factory=list)  # a 3-year check lapsed

    def __bool__(self) -> bool:
        return bool(self.deadlines or self.staff)


def fell_due_since(deadlines: Iterable[Deadline], statuses: Iterable[EmployeeStatus],
                   last_seen: date | None, as_of: date) -> SinceLast | None:
    """None on a first start (nothing to compare with) or when the date went back.

    A deadline fell due on its due date and became overdue the day after; either
    happening after ``last_seen`` and by ``as_of``, with the deadline still not done,
    counts. A check lapsed when its due date passed: ``last_seen <= due < as_of``.
    """
    if last_seen is None or last_seen >= as_of:
        return None
    found = SinceLast(last_seen, as_of)
    found.deadlines = [d for d in deadlines if d.state in ACTIVE and last_seen <= d.due_date <= as_of]
    found.staff = [s for s in statuses
                   if any(c.due_date is not None and last_seen <= c.due_date < as_of for c in s.checks)]
    return found
