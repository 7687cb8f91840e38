"""The audit trail: written by the database for every change, before and after, append-only.
Runs on both backends."""

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc, select, text

from skma_training.cli.main import run
from skma_training.domain.model import Activity, Employee
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import AuditEvent
from skma_training.services import audit, editing
from skma_training.services.context import Context
from skma_training.services.importing import import_workbook

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    database = open_database(tmp_path / "audited.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="tester")
    database.dispose()


def test_iins_are_masked_to_their_last_four_digits():
    assert audit.mask_iins("IIN 650103302000, tel 87012345678") == "IIN ********2000, tel 87012345678"
    assert audit.mask_iins("1650103302000") == "1650103302000"  # 13 digits: not an IIN
    assert audit.mask_iins("") == ""


def test_every_change_is_recorded_with_the_changed_fields_before_and_after(ctx):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university", position="Ассистент")
    editing.save_employee(ctx, employee)
    editing.save_employee(ctx, replace(employee, position="Доцент", phone="+7 700 000 00 00"))
    editing.save_employee(ctx, replace(employee, position="Доцент", phone="+7 700 000 00 00"))  # no change
    activity = Activity(None, employee.id, "course", "Хирургия", starts_on=date(2025, 3, 3),
                        ends_on=date(2025, 3, 14), hours=72.0)
    editing.save_activity(ctx, activity)
    editing.delete_activity(ctx, activity.id)

    events = audit.history(ctx)
    assert [(e.action, e.entity) for e in events] == [
        ("insert", "employee"), ("update", "employee"), ("insert", "activity"), ("delete", "activity")]
    added, changed, _, deleted = events
    assert added.entity_id == employee.id and added.after["iin"] == "650103302000"
    assert added.after["position"] == "Ассистент" and added.before is None
    assert changed.before == {"position": "Ассистент", "phone": ""}
    assert changed.after == {"position": "Доцент", "phone": "+7 700 000 00 00"}
    assert changed.summary == "Абдуллаев Тимур ********2000"  # the real IIN only in before/after
    assert deleted.before["title"] == "Хирургия" and deleted.after is None
    # an inserted or deleted row is kept as the columns that hold something, each as its JSON type
    inserted = events[2].after
    assert inserted["hours"] == 72.0 and inserted["starts_on"] == "2025-03-03"
    assert inserted["in_profile"] in (True, 1) and inserted["management"] in (False, 0)
    assert inserted["id"] == activity.id and inserted["title"] == "Хирургия"
    assert not {"credits", "quartile", "provider", "notes", "version", "created_at"} & set(inserted)
    assert deleted.before == inserted
    assert all(e.occurred_at.tzinfo is not None and e.actor for e in events)

    only = audit.history(ctx, table="employee", entity_id=employee.id)
    assert [e.action for e in only] == ["insert", "update"]
    assert audit.history(ctx, since=date(2999, 1, 1)) == []
    assert audit.history(ctx, user="nobody") == []


def test_the_trail_cannot_be_changed_or_erased(ctx):
    editing.save_employee(ctx, Employee(None, "650103302000", "A", "admin"))
    for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(exc.DBAPIError, match="append-only"):
            with ctx.database.engine.begin() as conn:
                conn.execute(text(statement))
    with ctx.database.session() as s:
        assert s.scalar(select(AuditEvent.actor)) != "x"


def test_an_import_writes_one_line_per_changed_record_and_one_for_the_file(ctx):
    report = import_workbook(ctx, DATA / "sample-roster-ru.xls")
    assert report.applied
    events = audit.history(ctx)
    by_table = {}
    for e in events:
        by_table.setdefault((e.entity, e.action), 0)
        by_table[(e.entity, e.action)] += 1
    assert by_table[("employee", "insert")] == 8 and by_table[("activity", "insert")] == 20
    assert by_table[("department", "insert")] == 1
    assert by_table[("workbook", "import")] == 1
    (line,) = [e for e in events if e.action == "import"]
    assert "sample-roster-ru.xls" in line.summary


def test_the_audit_command_lists_and_filters(ctx, capsys):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university")
    editing.save_employee(ctx, employee)
    editing.save_employee(ctx, replace(employee, position="Доцент"))
    db = ctx.database.url
    assert run(["audit", "--table", "employee", "--id", str(employee.id), "--json", "--db", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["table"], e["row"]) for e in listed] == [
        ("insert", "employee", employee.id), ("update", "employee", employee.id)]
    assert listed[1]["before"] == {"position": ""} and listed[1]["after"] == {"position": "Доцент"}
    assert run(["audit", "--since", "2999-01-01", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "When (UTC)" in out and "Абдуллаев" not in out
    assert run(["audit", "--table", "employee", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "position:  → Доцент" in out and "********2000" in out and "650103302000" not in out


@pytest.mark.postgresql
def test_the_trail_writes_iso_dates_whatever_the_session_date_style(ctx):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university")
    editing.save_employee(ctx, employee)
    with ctx.transaction() as session:  # a psql user who prefers day.month.year
        session.execute(text("SET LOCAL datestyle = 'German, DMY'"))
        session.execute(text("SET LOCAL extra_float_digits = -10"))
        session.execute(text(
            "INSERT INTO activity (employee_id, kind, title, starts_on, ends_on, hours) "
            "VALUES (:e, 'course', 'Хирургия', DATE '2025-03-03', DATE '2025-03-14', 72.123456789)"),
            {"e": employee.id})
        assert session.execute(text("SELECT CAST(DATE '2025-03-03' AS text)")).scalar() == "03.03.2025"
    (added,) = [e for e in audit.history(ctx, table="activity")]
    assert added.after["starts_on"] == "2025-03-03" and added.after["hours"] == 72.123456789
