"""Read-only questions to the register, answered by the domain rules over a snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skma_training.domain.compliance import EmployeeStatus, evaluate_staff
from skma_training.domain.credits import CreditReport, credit_report
from skma_training.domain.deadlines import Deadline, all_deadlines
from skma_training.domain.model import Activity, Employee
from skma_training.domain.rules import RuleSet
from skma_training.errors import NotFound
from sqlalchemy import select

from skma_training.exchange.columns import normalize
from skma_training.persistence.schema import Department
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.records import (
    Snapshot,
    load_activities,
    load_check_snapshot,
    load_deadline_snapshot,
    load_employees,
)
from skma_training.services.context import Context

MSG_NO_EMPLOYEE = QT_TRANSLATE_NOOP("Errors", "No employee with IIN {iin}")
MSG_NO_DEPARTMENT = QT_TRANSLATE_NOOP("Errors", "No department called «{name}»")


def department_ids(ctx: Context, name: str) -> set[int]:
    """The departments called ``name`` in any of the languages they are recorded in."""
    wanted = normalize(name)
    with ctx.database.session() as session:
        rows = session.execute(select(Department.id, Department.name, Department.name_kk, Department.name_ru))
        return {dep_id for dep_id, *names in rows if any(n and normalize(n) == wanted for n in names)}


def staff_statuses(
    ctx: Context,
    as_of: date,
    department: str | None = None,
    snapshot: Snapshot | None = None,
    rules: RuleSet | None = None,
) -> list[EmployeeStatus]:
    if snapshot is None:  # only what the checks read
        with ctx.database.engine.connect() as connection:
            snapshot = load_check_snapshot(connection)
    employees = snapshot.employees
    if department:
        wanted = department_ids(ctx, department)
        if not wanted:
            raise NotFound(MSG_NO_DEPARTMENT, name=department)
        employees = [e for e in employees if e.department_id in wanted]
    return evaluate_staff(employees, snapshot.activities_by_employee, as_of,
                          rules or ctx.rules_for(as_of))


def deadline_snapshot(ctx: Context) -> Snapshot:
    """Everyone, the plans and requests, and the PD activities with their dates and paperwork."""
    with ctx.database.engine.connect() as connection:
        return load_deadline_snapshot(connection)


def tracked_deadlines(
    ctx: Context, as_of: date, snapshot: Snapshot | None = None, settings: dict | None = None,
    *, show_all: bool = False, since: date | None = None,
) -> list[Deadline]:
    """The deadlines on ``as_of``; those due before the history date (or ``since``) are left
    out unless ``show_all``."""
    if snapshot is None:  # only what the deadlines read
        snapshot = deadline_snapshot(ctx)
    settings = settings if settings is not None else ctx.settings()
    history = None if show_all else (since or settings.get("history_date"))
    return all_deadlines(
        snapshot.employees,
        snapshot.activities,
        snapshot.plans,
        as_of,
        ctx.timeline(settings),
        tracking_since=history,
        holidays=ctx.working_days(settings),
        requests=snapshot.requests,
    )


@dataclass(frozen=True)
class EmployeeCredits:
    employee: Employee
    report: CreditReport
    activities: list[Activity]


def employee_credits(ctx: Context, iin: str, as_of: date) -> EmployeeCredits:
    """One employee's CPD credit units; reads only that employee's activities."""
    with ctx.database.engine.connect() as connection:
        employee = next((e for e in load_employees(connection) if e.iin == iin.strip()), None)
        if employee is None:
            raise NotFound(MSG_NO_EMPLOYEE, iin=iin)
        activities = load_activities(connection, employee.id)
    return EmployeeCredits(employee, credit_report(activities, as_of, ctx.rules_for(as_of)), activities)
