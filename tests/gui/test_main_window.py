"""The main window, driven as a user would: dates, searches, dialogs, the import wizard."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.gui.main_window import MainWindow
from skma_training.services import editing
from skma_training.services.queries import staff_statuses

from .conftest import TODAY

DATA = Path(__file__).parent.parent / "data"


def test_the_overview_counts_what_the_rules_say(window, demo_ctx):
    overdue = sum(1 for s in staff_statuses(demo_ctx, TODAY) if s.overdue)
    page = window.page("overview")
    assert page.overdue_card.number.text() == str(overdue)
    assert "23.11.2026" in page.heading.text()
    assert page.departments.rows, "the compliance-by-department picture has rows"


def test_changing_the_as_of_date_changes_the_overview(window, demo_ctx, qtbot):
    page = window.page("overview")
    later = date(2029, 6, 1)
    expected = sum(1 for s in staff_statuses(demo_ctx, later) if s.overdue)
    assert expected != int(page.overdue_card.number.text())
    window.as_of.set_value(later)
    qtbot.waitUntil(lambda: window.workspace.computed.as_of == later, timeout=10000)
    assert page.overdue_card.number.text() == str(expected)
    assert "01.06.2029" in page.heading.text()


def test_a_count_on_the_overview_opens_the_list_behind_it(window, qtbot):
    page = window.page("overview")
    qtbot.mouseClick(page.overdue_card, Qt.MouseButton.LeftButton)
    staff = window.page("staff")
    assert window.stack.currentWidget() is staff
    assert staff.model.rowCount() == int(page.overdue_card.number.text())
    assert all(staff.model.row_at(r).state == "overdue" for r in range(staff.model.rowCount()))


def test_search_as_you_type_filters_the_staff(window, qtbot):
    window.nav.setCurrentRow(1)
    staff = window.page("staff")
    person = staff.model.all_rows()[5].employee
    total = staff.model.rowCount()
    qtbot.keyClicks(staff.search, person.iin[:9])
    qtbot.waitUntil(lambda: staff.model.rowCount() < total, timeout=3000)
    assert any(staff.model.row_at(r).employee.id == person.id for r in range(staff.model.rowCount()))


@pytest.fixture
def overdue_case(ctx):
    """One administrator whose only course ended last year without a certificate: overdue."""
    with ctx.transaction() as session:
        from sqlalchemy import insert

        from skma_training.persistence.schema import Department

        dep = session.execute(insert(Department).values(name="Отдел кадровой службы")).inserted_primary_key[0]
    employee = Employee(None, "650103302000", "Абдуллаев Тимур Русланович", "admin", department_id=dep,
                        hired_on=date(2010, 9, 1))
    editing.save_employee(ctx, employee)
    course = Activity(None, employee.id, "course", "Управление персоналом", date(2025, 4, 20), date(2025, 5, 1),
                      hours=36, paperwork=Paperwork(application_on=date(2025, 3, 25)))
    editing.save_activity(ctx, course)
    return ctx, employee, course


def test_adding_a_certificate_turns_an_overdue_employee_compliant(qtbot, overdue_case, runner):
    ctx, employee, course = overdue_case
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.workspace.computed.statuses), timeout=10000)
    assert window.workspace.status(employee.id).overdue
    assert window.page("overview").overdue_card.number.text() == "1"

    def fill_in():
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.certificate_no, "KZ 4521")  # QTest types ASCII only
        dialog.certificate_on.set_value(date(2025, 5, 2))
        dialog.report_on.set_value(date(2025, 5, 4))
        assert dialog.report_state.text() == "Done"
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    window.edit_activity(course.id)
    status = window.workspace.status(employee.id)
    assert not status.overdue and status.next_due == date(2028, 5, 1)
    assert window.page("overview").overdue_card.number.text() == "0"
    with ctx.database.session() as session:
        from skma_training.persistence.schema import ActivityRow

        assert session.get(ActivityRow, course.id).certificate_no == "KZ 4521"


def test_the_activity_dialog_validates_as_the_user_types(qtbot, demo_ctx):
    from skma_training.gui.dialogs.activity_dialog import ActivityDialog

    employees = [Employee(7, "650103302000", "Абдуллаев Тимур", "admin")]
    dialog = ActivityDialog(employees, demo_ctx.rules_for(TODAY), TODAY, employee_id=7)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no title, no dates, no hours
    dialog.title.setText("Лапароскопическая хирургия")
    dialog.start.set_value(date(2026, 12, 20))
    dialog.end.set_value(date(2026, 12, 10))
    dialog.hours.setValue(72)
    assert not save.isEnabled()
    assert "Before the start date" in dialog.problems.text()
    dialog.end.set_value(date(2026, 12, 25))
    assert save.isEnabled() and dialog.problems.text() == ""
    # the application deadline is shown with its state: 20 days before the start, still to come
    assert dialog.application_due.text() == "by 30.11.2026"
    assert dialog.application_state.text() == "Pending"
    dialog.hours.setValue(-1)  # blank
    assert not save.isEnabled()


def _bad_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Сотрудники"
    ws.append(["ИИН", "ФИО", "Кафедра", "Должность", "Категория"])
    ws.append(["650103302001", "Плохая Цифра", "Кафедра", "ассистент", "ППС"])
    ws.append(["700204402018", "Хорошая Сотрудница", "Кафедра", "доцент", "уборщик"])
    wb.save(path)
    return path


def test_importing_a_bad_file_shows_every_error_and_changes_nothing(qtbot, window, demo_ctx, runner, tmp_path):
    from skma_training.gui.dialogs.import_wizard import ImportWizard

    staff_before = len(window.workspace.snapshot.employees)
    wizard = ImportWizard(demo_ctx, runner, _bad_workbook(tmp_path / "bad.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.isComplete()
    wizard.next()
    check = wizard.check_page
    assert check.report is not None and not check.isComplete()
    problems = [check.model.row_at(r) for r in range(check.model.rowCount())]
    found = {(p.row, p.column.split(":")[0]) for p in problems if p.severity == "error"}
    assert found == {(2, "A"), (3, "E")}
    assert "must be fixed" in check.verdict.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert len(editing.department_names(demo_ctx)) == len(window.workspace.snapshot.departments)
    window.workspace.reload()
    assert len(window.workspace.snapshot.employees) == staff_before


def test_importing_the_hr_roster_through_the_wizard(qtbot, ctx, runner):
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.computed is not None, timeout=5000)
    assert window.stack.currentWidget() is window.first_start  # an empty register starts here
    from skma_training.gui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(ctx, runner, DATA / "sample-roster-ru.xls")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.check_page.isComplete(), wizard.check_page.verdict.text()
    wizard.next()
    assert wizard.imported()
    assert "8 new" in wizard.import_page.status.text()
    from skma_training.services.history import history_summary

    summary = history_summary(ctx)  # imported "on" 23.11.2026: history before 01.01.2026
    assert summary.before > 0 and wizard.import_page.history.isVisible()
    assert f"{summary.before} deadlines fall before 01.01.2026" in wizard.import_page.history.text()
    window.workspace.reload()
    assert len(window.workspace.snapshot.employees) == 8
    assert window.stack.currentWidget() is window.page("overview")


def test_export_writes_the_register_and_opens_its_folder(qtbot, window, demo_ctx, runner, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from skma_training.gui.dialogs.export_dialog import ExportDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = ExportDialog(demo_ctx, runner, TODAY, "ru", tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.xlsx"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert (tmp_path / "out.xlsx").exists() and opened == [str(tmp_path)]
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "out.xlsx").sheetnames == ["Сотрудники", "Повышение квалификации",
                                                              "Соответствие требованиям"]


def test_settings_are_stored_with_the_data(qtbot, window, demo_ctx):
    from skma_training.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.workspace.settings)
    qtbot.addWidget(dialog)
    dialog.hours_mode.button(1).setChecked(True)  # one course of 72 hours
    dialog.request_month.setValue(10)
    dialog.request_day.setValue(15)
    editing.update_settings(demo_ctx, dialog.values())
    stored = demo_ctx.settings()
    assert stored["hours_mode"] == "single" and stored["request_due"] == "10-15"
    assert demo_ctx.rules_for(TODAY).interpretation.hours_mode == "single"


def test_starting_empty_the_first_employee_brings_their_department(qtbot, ctx, runner):
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.first_start

    def fill_in():
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        dialog.iin.setText("650103302000")
        dialog.full_name.setText("Абдуллаев Тимур Русланович")
        dialog.department.setEditText("Кафедра общей хирургии")
        dialog.category.setCurrentIndex(dialog.category.findData("faculty_university"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(window.first_start.choices[2], Qt.MouseButton.LeftButton)
    (person,) = window.workspace.snapshot.employees
    assert person.department == "Кафедра общей хирургии" and person.department_id is not None
    assert window.stack.currentWidget() is window.page("overview")


def test_printing_the_plan_goes_where_the_user_chose_and_says_so(qtbot, window, demo_ctx, runner, monkeypatch,
                                                                 tmp_path):
    from pypdf import PdfReader

    from skma_training.gui.dialogs import print_dialog
    from skma_training.gui.dialogs.print_dialog import PrintDialog

    announced = []
    monkeypatch.setattr(print_dialog, "announce_saved", lambda parent, path: announced.append(path))
    dialog = PrintDialog(demo_ctx, runner, "plan", {"year": 2026}, TODAY, "kk", window.workspace.departments())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "kk" and dialog.year.value() == 2026
    assert dialog.format.count() == 2  # the plan is tabular: PDF or .xlsx
    suggested = Path(dialog.path.text())
    assert suggested.parent.name == "SKMA Training" and suggested.suffix == ".pdf" and "2026" in suggested.name
    dialog.format.setCurrentIndex(1)
    assert dialog.path.text().endswith(".xlsx")
    dialog.format.setCurrentIndex(0)
    dialog.path.setText(str(tmp_path / "mine" / "план.pdf"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.output == tmp_path / "mine" / "план.pdf" and announced == [dialog.output]
    text = "".join(page.extract_text() for page in PdfReader(dialog.output).pages)
    assert "2026" in text and "беттің" in text
