"""Issue 7 §4: "category since" and "head since" columns become status periods, so a check of a
past date uses the status then and an appointment brings its own three years of grace."""

from datetime import date

import pytest
from openpyxl import Workbook

from skma_training.domain.compliance import MANAGEMENT_ONCE, UNIVERSITY_HOURS
from skma_training.domain.model import StatusPeriod
from skma_training.persistence.database import open_database
from skma_training.services.context import Context
from skma_training.services.importing import import_workbook
from skma_training.services.queries import staff_statuses
from skma_training.services.status_import import periods_from_dates

AS_OF = date(2026, 11, 23)


def test_periods_from_the_since_dates():
    d = date.fromisoformat
    assert periods_from_dates(d("2010-09-01"), "faculty_university", False, False, False, None, None) == []
    assert periods_from_dates(d("2010-09-01"), "faculty_university", True, False, False,
                              d("2025-09-01"), d("2026-03-01")) == [
        StatusPeriod(d("2010-09-01"), "", False),
        StatusPeriod(d("2025-09-01"), "faculty_university", False),
        StatusPeriod(d("2026-03-01"), "faculty_university", True)]
    # no hire date: unknown until the day before the first since-date
    assert periods_from_dates(None, "admin", True, False, False, None, d("2026-03-01")) == [
        StatusPeriod(d("2026-02-28"), "admin", False), StatusPeriod(d("2026-03-01"), "admin", True)]


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "status.sqlite3")
    yield Context(database, today=lambda: AS_OF, actor="hr")
    database.dispose()


def test_imported_since_dates_give_the_appointment_its_grace(ctx, tmp_path):
    path = tmp_path / "staff.xlsx"
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Staff"
    sheet.append(["IIN", "Full name", "Category", "Head or deputy", "Hired on", "Category since", "Head since"])
    sheet.append(["650103302000", "Әбенов Нұрлан", "faculty_university", "yes", "01.09.2005",
                  "01.09.2025", "01.03.2026"])
    wb.save(path)
    report = import_workbook(ctx, path)
    assert report.applied, [p.reason() for p in report.errors]
    [status] = staff_statuses(ctx, AS_OF)
    checks = {c.rule: c for c in status.checks}
    # faculty since 01.09.2025, head since 01.03.2026: each duty's three years run from its start
    assert checks[UNIVERSITY_HOURS].due_date == date(2028, 8, 31)
    assert checks[MANAGEMENT_ONCE].due_date == date(2029, 2, 28)
    # on a date before the appointment the management check did not apply
    [before] = staff_statuses(ctx, date(2026, 2, 1))
    assert MANAGEMENT_ONCE not in {c.rule for c in before.checks}
    # importing the same file again adds nothing
    assert import_workbook(ctx, path).applied
    with ctx.database.engine.connect() as connection:
        assert connection.exec_driver_sql("select count(*) from employee_status").scalar() == 3
