"""Adding, changing and deleting staff and activities, one transaction each, with the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from skma_training.domain.model import Activity, Employee
from skma_training.domain.validation import activity_problems, employee_problems
from skma_training.domain.vocabulary import default_scope
from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.persistence.records import activity_values, employee_values
from skma_training.persistence.schema import ActivityRow, Department, EmployeeRow
from skma_training.services import audit, versions
from skma_training.services.context import Context


class InvalidRecord(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Not saved: {problems}")

    def __init__(self, problems):
        self.problems = problems
        text = "; ".join(f"{field}: {translate('Validation', msg)}" for field, msg in problems)
        super().__init__(problems=text)


class DuplicateIin(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Another employee already has the IIN {iin}.")


@dataclass(frozen=True)
class Changed:
    """What a change touched, so views refresh only that."""

    employee_ids: frozenset[int] = frozenset()
    activity_ids: frozenset[int] = frozenset()


def _department_id(session, name: str) -> int:
    """The department called ``name`` in any language, created if the register has none yet."""
    from skma_training.exchange.columns import normalize

    wanted = normalize(name)
    for dep_id, *names in session.execute(select(Department.id, Department.name, Department.name_kk,
                                                 Department.name_ru)):
        if any(n and normalize(n) == wanted for n in names):
            return dep_id
    return session.execute(insert(Department).values(name=" ".join(name.split()))).inserted_primary_key[0]


def save_employee(ctx: Context, employee: Employee, expected_version: int | None = None) -> Changed:
    problems = employee_problems(employee)
    if problems:
        raise InvalidRecord(problems)
    with ctx.transaction() as session:
        if employee.department_id is None and employee.department.strip():
            employee.department_id = _department_id(session, employee.department)
        values = employee_values(employee)
        clash = session.execute(
            select(EmployeeRow.id).where(EmployeeRow.iin == employee.iin)
        ).scalar_one_or_none()
        if clash is not None and clash != employee.id:
            raise DuplicateIin(iin=employee.iin)
        if employee.id is None:
            employee.id = session.execute(insert(EmployeeRow).values(**values)).inserted_primary_key[0]
            audit.record(session, ctx.actor, "add", "employee", employee.id, employee.full_name)
        else:
            versions.guarded_update(session, EmployeeRow, employee.id, values, expected_version,
                                    employee.full_name)
            audit.record(session, ctx.actor, "update", "employee", employee.id, employee.full_name)
    return Changed(employee_ids=frozenset({employee.id}))


def delete_employee(ctx: Context, employee_id: int) -> Changed:
    with ctx.transaction() as session:
        row = session.get(EmployeeRow, employee_id)
        if row is None:
            raise NotFound(what=f"employee {employee_id}")
        activity_ids = frozenset(session.execute(
            select(ActivityRow.id).where(ActivityRow.employee_id == employee_id)).scalars())
        session.execute(delete(ActivityRow).where(ActivityRow.employee_id == employee_id))
        session.delete(row)
        audit.record(session, ctx.actor, "delete", "employee", employee_id, row.full_name)
    return Changed(frozenset({employee_id}), activity_ids)


def save_activity(ctx: Context, activity: Activity, expected_version: int | None = None) -> Changed:
    problems = activity_problems(activity)
    if problems:
        raise InvalidRecord(problems)
    if not activity.scope:
        activity.scope = str(default_scope(activity.country))
    from skma_training.services.attachments import check_stored

    check_stored(ctx, activity.paperwork.certificate_file)
    values = activity_values(activity)
    with ctx.transaction() as session:
        if session.get(EmployeeRow, activity.employee_id) is None:
            raise NotFound(what=f"employee {activity.employee_id}")
        if activity.id is None:
            activity.id = session.execute(insert(ActivityRow).values(**values)).inserted_primary_key[0]
            audit.record(session, ctx.actor, "add", "activity", activity.id, activity.title)
        else:
            versions.guarded_update(session, ActivityRow, activity.id, values, expected_version,
                                    activity.title)
            audit.record(session, ctx.actor, "update", "activity", activity.id, activity.title)
    return Changed(frozenset({activity.employee_id}), frozenset({activity.id}))


def delete_activity(ctx: Context, activity_id: int) -> Changed:
    with ctx.transaction() as session:
        row = session.get(ActivityRow, activity_id)
        if row is None:
            raise NotFound(what=f"activity {activity_id}")
        employee_id = row.employee_id
        session.delete(row)
        audit.record(session, ctx.actor, "delete", "activity", activity_id, row.title)
    return Changed(frozenset({employee_id}), frozenset({activity_id}))


def attachments_dir(ctx: Context) -> Path:
    from skma_training.services.attachments import attachments_dir as folder

    return folder(ctx)


def attach_certificate(ctx: Context, activity_id: int, source: Path) -> Path:
    """Copy a certificate scan into the data folder and record it on the activity
    (services/attachments.py: only once the activity exists, only inside the folder)."""
    from skma_training.services.attachments import attach_certificate as attach

    return attach(ctx, activity_id, source)


def department_names(ctx: Context) -> dict[int, str]:
    with ctx.database.session() as session:
        return dict(session.execute(select(Department.id, Department.name).order_by(Department.name)).all())


def update_settings(ctx: Context, changes: dict, effective_from: date | None = None) -> dict:
    """Store the centre's settings (validated); returns what was stored. A changed reading of
    the regulation takes effect from ``effective_from`` (default: today)."""
    from skma_training.services.settings import write_settings

    with ctx.transaction() as session:
        stored = write_settings(session, changes, effective_from=effective_from or ctx.today(),
                                actor=ctx.actor)
        audit.record(session, ctx.actor, "update", "settings", None, ", ".join(sorted(stored)))
    return stored
