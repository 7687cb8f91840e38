"""The figures of the overview and the lists they open: one definition for both.

Every card counts exactly the rows of the list a click on it opens, so the two can
never disagree (issue 7 §6). The window, the command line and the documents ask here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from skma_training.domain.deadlines import Deadline, DeadlineState
from skma_training.domain.standing import EmployeeStanding, Standing

DEADLINE_VIEWS = ("overdue", "week", "month", "all")
WEEK_DAYS, MONTH_DAYS = 7, 30  # "this week": today and the 6 days after it

# staff groups of the overview and the Staff page's status filter
STAFF_GROUPS = {
    "overdue": frozenset({Standing.OVERDUE}),
    "due_soon": frozenset({Standing.DUE_THIS_YEAR, Standing.DUE_NEXT_YEAR}),
    "new": frozenset({Standing.NEW}),
    "in_order": frozenset({Standing.IN_ORDER}),
}


def deadline_in_view(deadline: Deadline, view: str, as_of: date) -> bool:
    """Is ``deadline`` in the quick view ``view`` (overdue / week / month / all) on ``as_of``?

    "week" and "month" are what is still open and falls due in the next 7 or 30 days
    (today included); what is already overdue has its own view.
    """
    if view == "all":
        return True
    if view == "overdue":
        return deadline.state == DeadlineState.OVERDUE
    days = WEEK_DAYS if view == "week" else MONTH_DAYS if view == "month" else None
    if days is None:
        raise ValueError(f"unknown deadline view {view!r}")
    return deadline.state == DeadlineState.PENDING and \
        as_of <= deadline.due_date <= as_of + timedelta(days=days - 1)


def in_staff_group(standing: EmployeeStanding, group: str) -> bool:
    return standing.state in STAFF_GROUPS[group]


@dataclass(frozen=True, slots=True)
class OverviewCounts:
    staff_checked: int
    staff_overdue: int
    staff_due_soon: int  # due this year or next
    deadlines_overdue: int
    deadlines_this_week: int


def overview_counts(standings: Sequence[EmployeeStanding], deadlines: Iterable[Deadline],
                    as_of: date) -> OverviewCounts:
    deadlines = list(deadlines)
    return OverviewCounts(
        staff_checked=len(standings),
        staff_overdue=sum(in_staff_group(s, "overdue") for s in standings),
        staff_due_soon=sum(in_staff_group(s, "due_soon") for s in standings),
        deadlines_overdue=sum(deadline_in_view(d, "overdue", as_of) for d in deadlines),
        deadlines_this_week=sum(deadline_in_view(d, "week", as_of) for d in deadlines),
    )
