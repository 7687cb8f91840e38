"""Adding, changing and deleting staff and activities, one transaction each, with the audit trail."""

from __future__ import annotations

import re
import shutil
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
from skma_training.services import audit
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


def save_employee(ctx: Context, employee: Employee) -> Changed:
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
            session.execute(update(EmployeeRow).where(EmployeeRow.id == employee.id).values(**values))
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


def save_activity(ctx: Context, activity: Activity) -> Changed:
    problems = activity_problems(activity)
    if problems:
        raise InvalidRecord(problems)
    if not activity.scope:
        activity.scope = str(default_scope(activity.country))
    values = activity_values(activity)
    with ctx.transaction() as session:
        if session.get(EmployeeRow, activity.employee_id) is None:
            raise NotFound(what=f"employee {activity.employee_id}")
        if activity.id is None:
            activity.id = session.execute(insert(ActivityRow).values(**values)).inserted_primary_key[0]
            audit.record(session, ctx.actor, "add", "activity", activity.id, activity.title)
        else:
            session.execute(update(ActivityRow).where(ActivityRow.id == activity.id).values(**values))
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
    base = ctx.database.path.parent if ctx.database.path else Path.cwd()
    return base / "attachments"


def attach_certificate(ctx: Context, activity_id: int, source: Path) -> Path:
    """Copy a certificate scan into the data folder and record it on the activity."""
    source = Path(source)
    if not source.is_file():
        raise NotFound(what=str(source))
    safe_name = re.sub(r"[^\w.\-]+", "_", source.name)
    target_dir = attachments_dir(ctx) / str(activity_id)
    from skma_training.fileio import private_dir, private_file

    private_dir(target_dir)  # personal data: 0700 folders, 0600 files
    target = target_dir / safe_name
    shutil.copy2(source, target)
    private_file(target)
    stored = str(target.relative_to(attachments_dir(ctx).parent))
    with ctx.transaction() as session:
        if session.get(ActivityRow, activity_id) is None:
            raise NotFound(what=f"activity {activity_id}")
        session.execute(update(ActivityRow).where(ActivityRow.id == activity_id)
                        .values(certificate_file=stored))
        audit.record(session, ctx.actor, "attach", "activity", activity_id, safe_name)
    return target


def department_names(ctx: Context) -> dict[int, str]:
    with ctx.database.session() as session:
        return dict(session.execute(select(Department.id, Department.name).order_by(Department.name)).all())


def update_settings(ctx: Context, changes: dict) -> dict:
    """Store the centre's settings (validated); returns what was stored."""
    from skma_training.services.settings import write_settings

    with ctx.transaction() as session:
        stored = write_settings(session, changes)
        audit.record(session, ctx.actor, "update", "settings", None, ", ".join(sorted(stored)))
    return stored
