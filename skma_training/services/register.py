"""What the window reads: the register in memory, one person's records, a record to edit.

The window never talks to the persistence layer itself (an import-linter
contract holds it); every read goes through here, so a role, a version or a
faster loader changes one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from skma_training.domain.model import Activity, Employee
from skma_training.errors import NotFound
from skma_training.persistence import records
from skma_training.persistence.records import Snapshot
from skma_training.persistence.schema import ActivityRow, EmployeeRow
from skma_training.services import versions
from skma_training.services.context import Context

__all__ = ["Snapshot", "EditableActivity", "EditableEmployee", "load", "fill_display", "activities_of",
           "activity_to_edit", "internships", "employee_to_edit", "department_names", "with_changes"]


@dataclass(frozen=True)
class EditableActivity:
    """An activity as it is now, with the version a save must still find."""

    activity: Activity
    version: int

    @property
    def record(self) -> Activity:
        return self.activity


@dataclass(frozen=True)
class EditableEmployee:
    employee: Employee
    version: int
    teaching_head: bool

    @property
    def record(self) -> Employee:
        return self.employee


def load(ctx: Context, light: bool = True) -> Snapshot:
    """Everyone and every activity (``light``: only the columns the rules use)."""
    return ctx.snapshot(light=light)


def fill_display(ctx: Context, activities: list[Activity]) -> None:
    """The titles, providers and costs of activities loaded light."""
    with ctx.database.engine.connect() as connection:
        records.fill_display_fields(connection, activities)


def activities_of(ctx: Context, employee_id: int) -> list[Activity]:
    with ctx.database.engine.connect() as connection:
        return records.load_activities(connection, employee_id)


def internships(ctx: Context) -> list[Activity]:
    """Every internship whole: its reporting papers are not in the light snapshot."""
    from skma_training.domain.vocabulary import Kind

    with ctx.database.engine.connect() as connection:
        return records.load_activities(connection, kinds=(str(Kind.INTERNSHIP),))


def department_names(ctx: Context) -> dict[int, str]:
    with ctx.database.engine.connect() as connection:
        return records.department_names(connection)


def activity_to_edit(ctx: Context, activity_id: int) -> EditableActivity | None:
    """The activity and its version read in one transaction, so a save made on what the form
    shows is refused if anyone changed the row since (None: it is gone)."""
    with ctx.database.session() as session, session.begin():
        try:
            version = versions.of(session, ActivityRow, activity_id)
        except NotFound:  # deleted meanwhile
            return None
        employee_id = session.get(ActivityRow, activity_id).employee_id
        found = [a for a in records.load_activities(session.connection(), employee_id) if a.id == activity_id]
    return EditableActivity(found[0], version) if found else None


def employee_to_edit(ctx: Context, employee_id: int) -> EditableEmployee | None:
    with ctx.database.session() as session, session.begin():
        row = session.get(EmployeeRow, employee_id)
        if row is None:
            return None
        version, teaching_head = row.version, bool(row.is_teaching_head)
        found = records.load_employees(session.connection(), ids=[employee_id])
    return EditableEmployee(found[0], version, teaching_head) if found else None


def with_changes(ctx: Context, snapshot: Snapshot, employee_ids: frozenset[int]) -> Snapshot:
    """A new snapshot with these employees (and the department names) read again."""
    with ctx.database.engine.connect() as connection:
        employees = {e.id: e for e in records.load_employees(connection, ids=employee_ids)}
        fresh = [a for employee_id in employee_ids for a in records.load_activities(connection, employee_id)]
        departments = records.department_names(connection)
    people = [employees.get(e.id, e) for e in snapshot.employees if e.id not in employee_ids or e.id in employees]
    known = {e.id for e in people}
    people.extend(e for e in employees.values() if e.id not in known)
    activities = [a for a in snapshot.activities if a.employee_id not in employee_ids] + fresh
    result = Snapshot(employees=people, activities=activities, departments=departments, plans=snapshot.plans,
                      requests=snapshot.requests)
    result.edited = True  # its activities already carry their titles: no second pass
    return result
