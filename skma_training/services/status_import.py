"""Status periods from an imported staff list: "category since" and "head since" columns.

HR's list says since when an employee holds their category or head post. The import
turns that into periods (employee_status): before the date the category is not known
(only the every-employee check applies) or the post was not held; from it, the values
the row gives. A duty that starts then gets its three years of grace from that day.
Periods already recorded (the employee dialog) are kept; only missing starts are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import Connection, insert, select

from skma_training.domain.model import StatusPeriod
from skma_training.persistence.schema import EmployeeRow, EmployeeStatus

SINCE_KEYS = ("category_since", "head_since")


def periods_from_dates(hired_on: date | None, category: str, is_head: bool, is_teaching_head: bool,
                       healthcare: bool, category_since: date | None,
                       head_since: date | None) -> list[StatusPeriod]:
    """The periods a row with these since-dates describes, from the earliest day known."""
    if category_since is None and head_since is None:
        return []
    starts = {d for d in (hired_on, category_since, head_since) if d is not None}
    if hired_on is None:  # the status before the first since-date: not known, no post
        starts.add(min(starts) - timedelta(days=1))
    found: list[StatusPeriod] = []
    for day in sorted(starts):
        period = StatusPeriod(
            since=day,
            category=category if category_since is None or day >= category_since else "",
            is_head=is_head if head_since is None or day >= head_since else False,
            is_teaching_head=is_teaching_head,
            healthcare=healthcare,
        )
        if not found or (found[-1].category, found[-1].is_head) != (period.category, period.is_head):
            found.append(period)
    return found


def record_imported_periods(connection: Connection, rows: Iterable[tuple[str, dict]]) -> int:
    """Add the periods that staff rows with since-dates describe; returns how many were added.

    ``rows``: (IIN, the row's values) of rows that gave a category or head since-date.
    """
    return insert_periods(connection, imported_periods(connection, rows))


def insert_periods(connection: Connection, added: list[dict]) -> int:
    if added:
        connection.execute(insert(EmployeeStatus), added)
    return len(added)


def imported_periods(connection: Connection, rows: Iterable[tuple[str, dict]]) -> list[dict]:
    """The periods the rows describe that the register does not have yet (as employee_status
    rows), read without writing: the import decides first whether it changes anything."""
    wanted = {iin: values for iin, values in rows if any(values.get(k) for k in SINCE_KEYS)}
    if not wanted:
        return []
    current = {row.iin: row for row in connection.execute(
        select(EmployeeRow.id, EmployeeRow.iin, EmployeeRow.hired_on, EmployeeRow.category,
               EmployeeRow.is_head, EmployeeRow.is_teaching_head, EmployeeRow.healthcare)
        .where(EmployeeRow.iin.in_(list(wanted))))}
    known = {(employee_id, since) for employee_id, since in connection.execute(
        select(EmployeeStatus.employee_id, EmployeeStatus.since)
        .where(EmployeeStatus.employee_id.in_([r.id for r in current.values()])))}
    added = []
    for iin, values in wanted.items():
        row = current.get(iin)
        if row is None:
            continue
        for period in periods_from_dates(row.hired_on, row.category, bool(row.is_head),
                                         bool(row.is_teaching_head), bool(row.healthcare),
                                         values.get("category_since"), values.get("head_since")):
            if (row.id, period.since) not in known:
                added.append({"employee_id": row.id, "since": period.since, "category": period.category,
                              "is_head": period.is_head, "is_teaching_head": period.is_teaching_head,
                              "healthcare": period.healthcare})
    return added
