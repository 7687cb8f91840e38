"""A bulk insert on SQLite audits its rows in one statement, exactly as the row trigger would."""

import pytest
from sqlalchemy import text

from skma_training.persistence import bulk
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, EmployeeRow

pytestmark = pytest.mark.sqlite_only

COLUMNS = ("employee_id", "kind", "title", "provider", "starts_on", "hours", "in_profile", "certificate_no")


def _rows(employee_id, count):
    return [(employee_id, "course", f"Курс {n} «с кавычками» и 'апострофом'", "" if n % 3 else "ЮКМА",
             f"2025-03-{1 + n % 28:02d}", None if n % 2 else 36.5, n % 2, f"№{n}") for n in range(count)]


def _insert(path, monkeypatch, per_statement: bool, rows=600):
    monkeypatch.setattr(bulk, "SET_AUDIT_FROM", 500 if per_statement else 10**9)
    database = open_database(path)
    try:
        with database.write_session() as session, session.begin():
            connection = session.connection()
            bulk.bulk_insert(connection, EmployeeRow.__table__, ("iin", "full_name", "category"),
                             [("650103302000", "Абдуллаев", "faculty_university")])
            employee_id = connection.exec_driver_sql("select id from employee").scalar()
            bulk.bulk_insert(connection, ActivityRow.__table__, COLUMNS, _rows(employee_id, rows))
        with database.engine.connect() as connection:
            trail = connection.execute(text(
                "select actor, action, entity, entity_id, summary, before, after from audit_event "
                "where entity = 'activity' order by id")).all()
            trigger = connection.exec_driver_sql(
                "select sql from sqlite_master where name = 'skma_audit_insert_activity'").scalar()
        return trail, trigger
    finally:
        database.dispose()


def test_the_trail_of_a_bulk_insert_is_the_row_triggers_own(tmp_path, monkeypatch):
    by_rows, trigger_before = _insert(tmp_path / "rows.sqlite3", monkeypatch, per_statement=False)
    at_once, trigger_after = _insert(tmp_path / "once.sqlite3", monkeypatch, per_statement=True)
    assert len(by_rows) == 600 and by_rows == at_once
    assert trigger_after == trigger_before and "AFTER INSERT ON activity" in trigger_after
    assert '"title":"Курс 7 «с кавычками» и \'апострофом\'"' in at_once[7].after


def test_a_failed_bulk_insert_keeps_the_trigger_and_writes_nothing(tmp_path, monkeypatch):
    _insert(tmp_path / "r.sqlite3", monkeypatch, per_statement=True, rows=0)
    database = open_database(tmp_path / "r.sqlite3")
    try:
        rows = _rows(1, 600) + [(None, "course", "no employee", "", "2025-01-01", None, 1, "")]  # NOT NULL
        with pytest.raises(Exception):
            with database.write_session() as session, session.begin():
                bulk.bulk_insert(session.connection(), ActivityRow.__table__, COLUMNS, rows)
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("select count(*) from activity").scalar() == 0
            assert connection.exec_driver_sql(
                "select count(*) from sqlite_master where name = 'skma_audit_insert_activity'").scalar() == 1
        # a later single insert is still audited by the trigger
        with database.write_session() as session, session.begin():
            session.execute(text("insert into activity (employee_id, kind, title) values (1, 'course', 'x')"))
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "select count(*) from audit_event where entity = 'activity'").scalar() == 1
    finally:
        database.dispose()
