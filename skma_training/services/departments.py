"""Departments and their heads: add, rename (kk and ru), merge, retire, assign a head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, or_, select, update

from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.schema import Department, EmployeeRow, Faculty, PlanItem, PlanRequest
from skma_training.services import audit
from skma_training.services.context import Context
from skma_training.services.editing import Changed


class DepartmentRefused(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Not saved: {reason}")


NAME_NEEDED = QT_TRANSLATE_NOOP("Departments", "a department needs a name")
NAME_TAKEN = QT_TRANSLATE_NOOP("Departments", "there is already a department called «{name}»")
STILL_STAFFED = QT_TRANSLATE_NOOP("Departments", "{n} employees still work in «{name}»: merge it into another "
                                                 "department instead")
SAME = QT_TRANSLATE_NOOP("Departments", "a department cannot be merged into itself")
HEAD_ELSEWHERE = QT_TRANSLATE_NOOP("Departments", "the head must work in the department")


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    name_kk: str
    name_ru: str
    faculty: str
    head_employee_id: int | None
    head_name: str
    staff: int  # employed on the as-of day


def _refuse(reason: str, **values) -> DepartmentRefused:
    from skma_training.i18n import translate

    return DepartmentRefused(reason=translate("Departments", reason).format(**values))


def list_departments(ctx: Context, as_of: date) -> list[DepartmentInfo]:
    from skma_training.domain.text import sort_key

    employed = (EmployeeRow.hired_on.is_(None) | (EmployeeRow.hired_on <= as_of)) & \
        (EmployeeRow.left_on.is_(None) | (EmployeeRow.left_on >= as_of))
    with ctx.database.session() as session:
        staff = dict(session.execute(select(EmployeeRow.department_id, func.count())
                                     .where(employed).group_by(EmployeeRow.department_id)).all())
        names = dict(session.execute(select(EmployeeRow.id, EmployeeRow.full_name)
                                     .where(EmployeeRow.id.in_(select(Department.head_employee_id)))).all())
        rows = session.execute(select(Department, Faculty.name).outerjoin(
            Faculty, Faculty.id == Department.faculty_id)).all()
        found = [DepartmentInfo(d.id, d.name, d.name_kk, d.name_ru, faculty or "", d.head_employee_id,
                                names.get(d.head_employee_id, ""), staff.get(d.id, 0)) for d, faculty in rows]
    return sorted(found, key=lambda d: sort_key(d.name))


def _check_name(session, name: str, other_than: int | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise _refuse(NAME_NEEDED)
    # compared in Python: SQLite's lower() leaves Cyrillic capitals alone
    clash = next((dep_id for dep_id, other in session.execute(select(Department.id, Department.name))
                  if other.casefold() == name.casefold()), None)
    if clash is not None and clash != other_than:
        raise _refuse(NAME_TAKEN, name=name)
    return name


def add_department(ctx: Context, name: str, name_kk: str = "", name_ru: str = "") -> int:
    with ctx.transaction() as session:
        name = _check_name(session, name, None)
        dep_id = session.execute(insert(Department).values(
            name=name, name_kk=name_kk.strip(), name_ru=name_ru.strip())).inserted_primary_key[0]
        audit.record(session, ctx.actor, "add", "department", dep_id, name)
    return dep_id


def rename_department(ctx: Context, dep_id: int, name: str, name_kk: str, name_ru: str) -> Changed:
    with ctx.transaction() as session:
        if session.get(Department, dep_id) is None:
            raise NotFound(what=f"department {dep_id}")
        name = _check_name(session, name, dep_id)
        session.execute(update(Department).where(Department.id == dep_id).values(
            name=name, name_kk=name_kk.strip(), name_ru=name_ru.strip()))
        audit.record(session, ctx.actor, "update", "department", dep_id, name)
        people = frozenset(session.execute(select(EmployeeRow.id).where(
            EmployeeRow.department_id == dep_id)).scalars())
    return Changed(employee_ids=people)


def merge_departments(ctx: Context, source_id: int, target_id: int) -> Changed:
    """Everyone and every plan request of ``source`` moves to ``target``; ``source`` goes."""
    if source_id == target_id:
        raise _refuse(SAME)
    with ctx.transaction() as session:
        source, target = session.get(Department, source_id), session.get(Department, target_id)
        if source is None or target is None:
            raise NotFound(what=f"department {source_id if source is None else target_id}")
        people = frozenset(session.execute(select(EmployeeRow.id).where(
            EmployeeRow.department_id == source_id)).scalars())
        session.execute(update(EmployeeRow).where(EmployeeRow.department_id == source_id)
                        .values(department_id=target_id))
        for request_id, year in session.execute(select(PlanRequest.id, PlanRequest.year)
                                                .where(PlanRequest.department_id == source_id)).all():
            theirs = session.execute(select(PlanRequest.id).where(
                PlanRequest.department_id == target_id, PlanRequest.year == year)).scalar_one_or_none()
            if theirs is None:
                session.execute(update(PlanRequest).where(PlanRequest.id == request_id)
                                .values(department_id=target_id))
            else:
                session.execute(update(PlanItem).where(PlanItem.request_id == request_id)
                                .values(request_id=theirs))
                session.execute(delete(PlanRequest).where(PlanRequest.id == request_id))
        if target.head_employee_id is None and source.head_employee_id is not None:
            target.head_employee_id = source.head_employee_id
        audit.record(session, ctx.actor, "merge", "department", target_id, f"{source.name} -> {target.name}")
        session.delete(source)
    return Changed(employee_ids=people)


def retire_department(ctx: Context, dep_id: int, as_of: date) -> Changed:
    """Remove a department nobody works in any more (its former staff keep their records)."""
    with ctx.transaction() as session:
        row = session.get(Department, dep_id)
        if row is None:
            raise NotFound(what=f"department {dep_id}")
        working = session.execute(select(func.count()).select_from(EmployeeRow).where(
            EmployeeRow.department_id == dep_id,
            or_(EmployeeRow.left_on.is_(None), EmployeeRow.left_on >= as_of))).scalar_one()
        if working:
            raise _refuse(STILL_STAFFED, n=working, name=row.name)
        people = frozenset(session.execute(select(EmployeeRow.id).where(
            EmployeeRow.department_id == dep_id)).scalars())
        session.execute(update(EmployeeRow).where(EmployeeRow.department_id == dep_id).values(department_id=None))
        audit.record(session, ctx.actor, "delete", "department", dep_id, row.name)
        session.delete(row)
    return Changed(employee_ids=people)


def set_head(ctx: Context, dep_id: int, employee_id: int | None) -> None:
    with ctx.transaction() as session:
        row = session.get(Department, dep_id)
        if row is None:
            raise NotFound(what=f"department {dep_id}")
        if employee_id is not None:
            works_there = session.execute(select(EmployeeRow.department_id).where(
                EmployeeRow.id == employee_id)).scalar_one_or_none()
            if works_there != dep_id:
                raise _refuse(HEAD_ELSEWHERE)
        row.head_employee_id = employee_id
        audit.record(session, ctx.actor, "update", "department", dep_id, f"head: {employee_id}")
