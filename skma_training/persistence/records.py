"""Loading plain domain records fast (Core selects, no ORM objects) and mapping them back.

Reading 100,000 activities through ORM instances costs seconds; tuples from a
Core select cost a fraction of that, and the rules only need plain data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import Connection, select

from skma_training.gcpause import gc_paused
from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.persistence.schema import (
    ActivityRow,
    Department,
    EmployeeRow,
    Faculty,
    Plan,
)

EMPLOYEE_FIELDS = (
    "iin", "full_name", "position", "category", "is_head", "healthcare", "profile",
    "hired_on", "left_on", "email", "phone",
)
# In the dataclass's own order: rows are turned into records positionally, for speed.
ACTIVITY_FIELDS = tuple(f.name for f in fields(Activity))[2:-1]  # after id, employee_id; before paperwork
PAPERWORK_FIELDS = tuple(f.name for f in fields(Paperwork))


@dataclass
class Snapshot:
    """Everything the rules and the lists need, in memory."""

    employees: list[Employee] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    departments: dict[int, str] = field(default_factory=dict)
    plans: dict[int, date | None] = field(default_factory=dict)  # year -> approved_on

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.employee_by_id = {e.id: e for e in self.employees}
        grouped: dict[int | None, list[Activity]] = defaultdict(list)
        for activity in self.activities:
            grouped[activity.employee_id].append(activity)
        self.activities_by_employee = dict(grouped)


def load_employees(connection: Connection) -> list[Employee]:
    columns = [getattr(EmployeeRow, name) for name in EMPLOYEE_FIELDS]
    query = (
        select(EmployeeRow.id, EmployeeRow.department_id, Department.name, Faculty.name, *columns)
        .outerjoin(Department, EmployeeRow.department_id == Department.id)
        .outerjoin(Faculty, Department.faculty_id == Faculty.id)
        .order_by(EmployeeRow.full_name, EmployeeRow.id)
    )
    found = []
    for row in connection.execute(query):
        values = dict(zip(EMPLOYEE_FIELDS, row[4:]))
        found.append(
            Employee(id=row[0], department_id=row[1], department=row[2] or "", faculty=row[3] or "",
                     **values)
        )
    return found


def load_activities(connection: Connection, employee_id: int | None = None) -> list[Activity]:
    main = [getattr(ActivityRow, name) for name in ACTIVITY_FIELDS]
    papers = [getattr(ActivityRow, name) for name in PAPERWORK_FIELDS]
    query = select(ActivityRow.id, ActivityRow.employee_id, *main, *papers)
    if employee_id is not None:
        query = query.where(ActivityRow.employee_id == employee_id)
    query = query.order_by(ActivityRow.employee_id, ActivityRow.starts_on, ActivityRow.id)
    n_main = len(ACTIVITY_FIELDS)
    found = []
    for row in connection.execute(query):
        paperwork = Paperwork(*row[2 + n_main:])
        found.append(Activity(row[0], row[1], *row[2:2 + n_main], paperwork=paperwork))
    return found


def load_snapshot(connection: Connection) -> Snapshot:
    with gc_paused():
        return _load_snapshot(connection)


def _load_snapshot(connection: Connection) -> Snapshot:
    departments = dict(connection.execute(select(Department.id, Department.name)).all())
    plans = dict(connection.execute(select(Plan.year, Plan.approved_on)).all())
    return Snapshot(
        employees=load_employees(connection),
        activities=load_activities(connection),
        departments=departments,
        plans=plans,
    )


def activity_values(activity: Activity) -> dict:
    """Column values of an activity row (without id), for inserts and updates."""
    values = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    values.update({name: getattr(activity.paperwork, name) for name in PAPERWORK_FIELDS})
    values["employee_id"] = activity.employee_id
    return values


def employee_values(employee: Employee) -> dict:
    values = {name: getattr(employee, name) for name in EMPLOYEE_FIELDS}
    values["department_id"] = employee.department_id
    return values
