"""No lost updates: two people (two sessions) editing the same record. Runs on both backends."""

import getpass
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, update

from skma_training.domain.model import Activity, Employee
from skma_training.errors import NotFound
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, EmployeeRow
from skma_training.services import editing, versions
from skma_training.services.context import Context

TODAY = date(2026, 11, 23)


@pytest.fixture
def two_desks(tmp_path):
    """Two contexts with their own engines on one register, like two windows."""
    path = tmp_path / "shared.sqlite3"
    first, second = open_database(path), open_database(path)
    yield Context(first, today=lambda: TODAY), Context(second, today=lambda: TODAY)
    first.dispose()
    second.dispose()


def _person(ctx):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university")
    editing.save_employee(ctx, employee)
    activity = Activity(None, employee.id, "course", "Хирургия", starts_on=date(2025, 3, 3),
                        ends_on=date(2025, 3, 14), hours=72.0)
    editing.save_activity(ctx, activity)
    return employee, activity


def _server_user(ctx):
    if ctx.database.is_sqlite:
        return getpass.getuser()
    with ctx.database.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT session_user").scalar()


def test_a_save_from_an_old_reading_is_refused_and_says_who_changed_it(two_desks):
    mine, theirs = two_desks
    _, activity = _person(mine)
    opened_at = versions.current(mine, ActivityRow, activity.id)
    assert opened_at == 1

    editing.save_activity(theirs, replace(activity, hours=108.0), expected_version=opened_at)
    assert versions.current(mine, ActivityRow, activity.id) == 2

    with pytest.raises(versions.ChangedMeanwhile) as refused:
        editing.save_activity(mine, replace(activity, hours=36.0), expected_version=opened_at)
    text = refused.value.message("en")
    assert f"changed by {_server_user(mine)} at " in text and "Хирургия" in text
    assert refused.value.version == 2
    with mine.database.session() as s:  # theirs stands
        assert s.scalar(select(ActivityRow.hours).where(ActivityRow.id == activity.id)) == 108.0

    # reloaded, mine goes through
    editing.save_activity(mine, replace(activity, hours=36.0), expected_version=2)
    assert versions.current(mine, ActivityRow, activity.id) == 3


def test_any_update_moves_the_version_even_one_made_outside_the_services(two_desks):
    mine, theirs = two_desks
    employee, _ = _person(mine)
    opened_at = versions.current(mine, EmployeeRow, employee.id)
    with theirs.database.engine.begin() as conn:  # an import, or raw SQL
        conn.execute(update(EmployeeRow).where(EmployeeRow.id == employee.id).values(position="Доцент"))
    with pytest.raises(versions.ChangedMeanwhile):
        editing.save_employee(mine, replace(employee, phone="+7 700"), expected_version=opened_at)
    with mine.database.session() as s:
        row = s.get(EmployeeRow, employee.id)
        assert (row.position, row.phone, row.version) == ("Доцент", "", opened_at + 1)


def test_a_record_deleted_meanwhile_is_not_found(two_desks):
    mine, theirs = two_desks
    _, activity = _person(mine)
    opened_at = versions.current(mine, ActivityRow, activity.id)
    editing.delete_activity(theirs, activity.id)
    with pytest.raises(NotFound):
        editing.save_activity(mine, replace(activity, hours=1.0), expected_version=opened_at)


def test_without_a_version_the_save_is_as_before(two_desks):
    mine, _ = two_desks
    _, activity = _person(mine)
    editing.save_activity(mine, replace(activity, hours=1.0))
    editing.save_activity(mine, replace(activity, hours=2.0))
    assert versions.current(mine, ActivityRow, activity.id) == 3
