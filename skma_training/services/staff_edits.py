"""Saving the employee form: the record, whether they head a teaching department, and
a dated period each time their category or head status changes (employee_status)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, update

from skma_training.domain.model import Employee
from skma_training.domain.typed_dates import FIRST_YEAR
from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.schema import Department, EmployeeRow, EmployeeStatus
from skma_training.services import editing
from skma_training.services.context import Context


class IinHeld(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Not saved: the IIN {iin} already belongs to {name} ({department}).")


@dataclass(frozen=True)
class StatusPeriod:
    since: date
    category: str
    is_head: bool
    is_teaching_head: bool
    healthcare: bool


def _status(row) -> tuple:
    return row.category, bool(row.is_head), bool(row.is_teaching_head), bool(row.healthcare)


def is_teaching_head(ctx: Context, employee_id: int | None) -> bool:
    if employee_id is None:
        return False
    with ctx.database.session() as session:
        return bool(session.execute(select(EmployeeRow.is_teaching_head)
                                    .where(EmployeeRow.id == employee_id)).scalar_one_or_none())


def status_history(ctx: Context, employee_id: int) -> list[StatusPeriod]:
    with ctx.database.session() as session:
        rows = session.execute(select(EmployeeStatus).where(EmployeeStatus.employee_id == employee_id)
                               .order_by(EmployeeStatus.since)).scalars()
        return [StatusPeriod(r.since, r.category, r.is_head, r.is_teaching_head, r.healthcare) for r in rows]


def iin_holder(ctx: Context, iin: str, other_than: int | None) -> tuple[str, str] | None:
    """(name, department) of the employee who already has ``iin``, if anyone else does."""
    with ctx.database.session() as session:
        row = session.execute(select(EmployeeRow.id, EmployeeRow.full_name, Department.name)
                              .outerjoin(Department, Department.id == EmployeeRow.department_id)
                              .where(EmployeeRow.iin == iin)).first()
    if row is None or row.id == other_than:
        return None
    return row.full_name, row.name or "—"


def save_employee_form(ctx: Context, employee: Employee, teaching_head: bool = False,
                       status_since: date | None = None, expected_version: int | None = None) -> editing.Changed:
    """Save ``employee``; a changed category or head status is recorded as a period from
    ``status_since`` (the as-of day when not given), the one before it kept as history."""
    holder = iin_holder(ctx, employee.iin, employee.id)
    if holder is not None:
        raise IinHeld(iin=employee.iin, name=holder[0], department=holder[1])
    before = None
    if employee.id is not None:
        with ctx.database.session() as session:
            row = session.get(EmployeeRow, employee.id)
            before = (_status(row), row.hired_on) if row is not None else None
    changed = editing.save_employee(ctx, employee, expected_version)
    after = (employee.category, employee.is_head, teaching_head, employee.healthcare)
    with ctx.transaction() as session:
        session.execute(update(EmployeeRow).where(EmployeeRow.id == employee.id)
                        .values(is_teaching_head=teaching_head))
        if before is not None and before[0] != after:
            since = status_since or ctx.today()
            known = session.execute(select(EmployeeStatus.since).where(
                EmployeeStatus.employee_id == employee.id)).scalars().all()
            if not known:  # the status held until now becomes the first period
                first = before[1] or date(FIRST_YEAR, 1, 1)
                if first < since:
                    _put(session, employee.id, first, before[0])
            _put(session, employee.id, since, after)
    return changed


def _put(session, employee_id: int, since: date, status: tuple) -> None:
    category, is_head, teaching_head, healthcare = status
    values = dict(category=category, is_head=is_head, is_teaching_head=teaching_head, healthcare=healthcare)
    existing = session.execute(select(EmployeeStatus.id).where(
        EmployeeStatus.employee_id == employee_id, EmployeeStatus.since == since)).scalar_one_or_none()
    if existing is None:
        session.execute(insert(EmployeeStatus).values(employee_id=employee_id, since=since, **values))
    else:
        session.execute(update(EmployeeStatus).where(EmployeeStatus.id == existing).values(**values))
