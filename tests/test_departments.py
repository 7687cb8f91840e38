"""Departments: add, rename, merge, retire, heads (hand-built cases)."""

from datetime import date

import pytest
from sqlalchemy import insert, select

from skma_training.domain.iin import with_check_digit
from skma_training.domain.model import Employee
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import EmployeeRow, PlanItem, PlanRequest
from skma_training.services import departments as deps
from skma_training.services import editing
from skma_training.services.context import Context

DAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "d.sqlite3")
    yield Context(database, today=lambda: DAY, actor="tester")
    database.dispose()


def _person(ctx, iin, name, dep_id, left_on=None):
    e = Employee(None, iin, name, "admin", department_id=dep_id, left_on=left_on)
    editing.save_employee(ctx, e)
    return e.id


def test_add_and_rename_with_both_languages(ctx):
    dep = deps.add_department(ctx, "  Кафедра   хирургии ", "Хирургия кафедрасы")
    deps.rename_department(ctx, dep, "Кафедра общей хирургии", "Жалпы хирургия кафедрасы", "Кафедра общей хирургии")
    [info] = deps.list_departments(ctx, DAY)
    assert (info.name, info.name_kk, info.staff) == ("Кафедра общей хирургии", "Жалпы хирургия кафедрасы", 0)


def test_a_name_is_needed_and_unique(ctx):
    deps.add_department(ctx, "Кафедра хирургии")
    with pytest.raises(deps.DepartmentRefused, match="already"):
        deps.add_department(ctx, "кафедра хирургии")
    with pytest.raises(deps.DepartmentRefused, match="name"):
        deps.add_department(ctx, "  ")


def test_merge_moves_staff_and_plan_requests(ctx):
    a, b = deps.add_department(ctx, "Кафедра А"), deps.add_department(ctx, "Кафедра Б")
    one, two = _person(ctx, "650103302000", "Ким Анна", a), _person(ctx, with_check_digit("82041540011"), "Ли Юрий", b)
    with ctx.transaction() as session:
        ra = session.execute(insert(PlanRequest).values(year=2027, department_id=a)).inserted_primary_key[0]
        rb = session.execute(insert(PlanRequest).values(year=2027, department_id=b)).inserted_primary_key[0]
        session.execute(insert(PlanItem).values(request_id=ra, employee_id=one))
    deps.set_head(ctx, a, one)
    changed = deps.merge_departments(ctx, a, b)
    assert changed.employee_ids == {one}
    [info] = deps.list_departments(ctx, DAY)
    assert (info.id, info.staff, info.head_employee_id, info.head_name) == (b, 2, one, "Ким Анна")
    with ctx.database.session() as session:
        assert session.execute(select(PlanItem.request_id)).scalars().all() == [rb]
        assert session.execute(select(PlanRequest.id)).scalars().all() == [rb]
    with pytest.raises(deps.DepartmentRefused):
        deps.merge_departments(ctx, b, b)
    assert two


def test_retire_only_when_nobody_works_there(ctx):
    dep = deps.add_department(ctx, "Кафедра А")
    person = _person(ctx, "650103302000", "Ким Анна", dep)
    with pytest.raises(deps.DepartmentRefused, match="1 employees"):
        deps.retire_department(ctx, dep, DAY)
    with ctx.transaction() as session:
        session.get(EmployeeRow, person).left_on = date(2025, 1, 31)
    deps.retire_department(ctx, dep, DAY)
    assert deps.list_departments(ctx, DAY) == []
    with ctx.database.session() as session:
        assert session.get(EmployeeRow, person).department_id is None  # the record stays


def test_the_head_must_work_in_the_department(ctx):
    a, b = deps.add_department(ctx, "Кафедра А"), deps.add_department(ctx, "Кафедра Б")
    person = _person(ctx, "650103302000", "Ким Анна", a)
    with pytest.raises(deps.DepartmentRefused, match="head"):
        deps.set_head(ctx, b, person)
    deps.set_head(ctx, a, person)
    deps.set_head(ctx, a, None)
    assert deps.list_departments(ctx, DAY)[0].head_employee_id is None
