"""Data entry as a user does it: the employee picker, typed dates, Tab, refused saves, discarding."""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from skma_training.domain.model import Employee
from skma_training.gui.dialogs.activity_dialog import ActivityDialog
from skma_training.gui.dialogs.employee_dialog import EmployeeDialog
from skma_training.gui.widgets.dates import DateEdit
from skma_training.services import editing
from skma_training.services.staff_edits import save_employee_form, status_history

from .conftest import TODAY

PEOPLE = [
    Employee(1, "650103302000", "Абдуллаев Тимур", "admin", department="Отдел кадров"),
    Employee(2, "820415400111", "Цой Виктор", "faculty_university", department="Кафедра хирургии"),
    Employee(3, "900101400222", "Цой Анна", "faculty_university", department="Кафедра педиатрии"),
    Employee(4, "880202300333", "Әлімжан Серік", "faculty_university", department="Кафедра хирургии"),
]


def type_text(widget, text: str) -> None:
    """Type any letters (QTest.keyClicks sends ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     char))


def press(widget, key) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def dialog(qtbot, ctx):
    d = ActivityDialog(PEOPLE, ctx.rules_for(TODAY), TODAY)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.mark_pristine()  # closing at teardown must not ask about what the test typed
    d.close()
    d.deleteLater()


def _save(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_picker_starts_empty_and_save_asks_for_an_employee(dialog):
    assert dialog.employee.text() == "" and dialog.employee.employee_id() is None
    assert "choose an employee" in dialog.problems.text()
    assert not _save(dialog).isEnabled()


def test_typing_a_shared_name_then_esc_chooses_nobody(dialog):
    """Today's bug: "Цой" then Esc showed Цой and saved to Абдуллаев."""
    dialog.employee.setFocus()
    type_text(dialog.employee, "Цой")
    assert sorted(dialog.employee.candidates()) == [2, 3]
    assert dialog.employee.matches.rowCount() == 2
    popup = dialog.employee.completer_.popup()
    assert popup.isVisible()
    press(popup, Qt.Key.Key_Escape)  # the open list takes Esc, as it does on screen
    assert not popup.isVisible()
    press(dialog.employee, Qt.Key.Key_Tab)  # two people match: Tab takes neither
    assert dialog.employee.employee_id() is None
    assert dialog.activity().employee_id is None
    assert "choose an employee" in dialog.problems.text()


def test_tab_commits_a_unique_match_and_the_entry_shows_department_and_iin(dialog):
    dialog.employee.setFocus()
    type_text(dialog.employee, "цой ан")
    press(dialog.employee, Qt.Key.Key_Tab)
    assert dialog.employee.employee_id() == 3
    assert dialog.employee.text() == "Цой Анна — Кафедра педиатрии · 900101400222"
    assert "choose an employee" not in dialog.problems.text()


def test_a_kazakh_name_typed_the_russian_way_is_found(dialog):
    type_text(dialog.employee, "Алимжан")
    assert dialog.employee.candidates() == [4]
    press(dialog.employee, Qt.Key.Key_Return)
    assert dialog.employee.employee_id() == 4


def test_editing_the_text_after_a_choice_drops_it(dialog):
    dialog.employee.choose(2)
    assert dialog.employee.employee_id() == 2
    type_text(dialog.employee, "x")
    assert dialog.employee.employee_id() is None


def test_dates_are_typed_into_empty_fields_in_every_usual_way(dialog):
    dialog.start.setFocus()
    type_text(dialog.start, "1.3.25")
    assert dialog.start.value() == date(2025, 3, 1)
    dialog.start.editingFinished.emit()
    assert dialog.start.text() == "01.03.2025"
    type_text(dialog.end, "2025-03-05")
    assert dialog.end.value() == date(2025, 3, 5)


def test_an_implausible_year_is_refused_and_keeps_what_was_typed(dialog):
    type_text(dialog.start, "01.01.1900")
    assert dialog.start.value() is None and dialog.start.text() == "01.01.1900"
    assert "1900" in dialog.problems.text()
    assert not _save(dialog).isEnabled()


def test_tab_moves_one_field_at_a_time_through_the_dates(dialog, qtbot):
    dialog.activateWindow()
    dialog.start.setFocus()
    qtbot.waitUntil(lambda: dialog.start.hasFocus())
    type_text(dialog.start, "1.3.25")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.end
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.hours.lineEdit() or QApplication.focusWidget() is dialog.hours


def test_up_and_down_start_from_the_related_date(dialog):
    dialog.start.set_value(date(2026, 3, 10))
    press(dialog.end, Qt.Key.Key_Up)
    assert dialog.end.value() == date(2026, 3, 10)
    press(dialog.end, Qt.Key.Key_Up)
    assert dialog.end.value() == date(2026, 3, 11)
    press(dialog.report_on, Qt.Key.Key_Down)  # paperwork starts from the end
    assert dialog.report_on.value() == date(2026, 3, 11)


def test_paperwork_dated_after_the_as_of_day_is_warned_about(dialog):
    assert dialog.warnings.text() == ""
    dialog.report_on.set_value(date(2026, 12, 1))
    assert "23.11.2026" in dialog.warnings.text() and "Report" in dialog.warnings.text()


def test_a_changed_form_asks_before_it_is_thrown_away(dialog, monkeypatch):
    asked = []

    def answer(choice):
        def question(*args, **kwargs):
            asked.append(args[1])
            return choice
        return question

    dialog.reject()  # nothing typed: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.title.setText("Хирургия")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert asked and dialog.isVisible() and dialog.title.text() == "Хирургия"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible()


def test_the_certificate_copy_date_is_saved_with_the_activity(window, qtbot, demo_ctx):
    person = window.workspace.snapshot.employees[0]
    from PySide6.QtCore import QTimer

    def fill_in():
        d = QApplication.activeModalWidget()
        assert d.employee.employee_id() == person.id
        d.title.setText("Копия сертификата")
        d.kind.setCurrentIndex(d.kind.findData("course"))
        type_text(d.start, "01.09.2026")
        type_text(d.end, "05.09.2026")
        d.hours.setValue(36)
        type_text(d.certificate_copy_on, "10.09.2026")
        assert _save(d).isEnabled(), d.problems.text()
        qtbot.mouseClick(_save(d), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    window.new_activity(person.id)
    from sqlalchemy import select

    from skma_training.persistence.schema import ActivityRow

    with demo_ctx.database.session() as session:
        row = session.execute(select(ActivityRow).where(ActivityRow.title == "Копия сертификата")).scalar_one()
        assert row.certificate_copy_on == date(2026, 9, 10) and row.employee_id == person.id
    assert any(a.title == "Копия сертификата" for a in window.workspace.snapshot.activities)


def test_a_duplicate_iin_is_refused_naming_who_holds_it_and_the_form_stays(window, qtbot, monkeypatch):
    holder = window.workspace.snapshot.employees[3]
    from PySide6.QtCore import QTimer

    messages = []
    seen = {}

    def fill_in():
        d = QApplication.activeModalWidget()
        d.iin.setText(holder.iin)
        d.full_name.setText("Новый Сотрудник")
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        seen["open"] = d.isVisible()
        seen["name"] = d.full_name.text()
        d.mark_pristine()
        d.reject()

    from skma_training.gui import errors

    monkeypatch.setattr(errors, "tell", lambda parent, text: messages.append(text))
    QTimer.singleShot(0, fill_in)
    window.edit_employee(None)
    assert seen == {"open": True, "name": "Новый Сотрудник"}
    assert messages and holder.full_name in messages[0]


def test_a_change_of_category_is_recorded_from_its_day(ctx):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", "admin", hired_on=date(2010, 9, 1))
    editing.save_employee(ctx, employee)
    employee.category, employee.is_head = "faculty_university", True
    save_employee_form(ctx, employee, teaching_head=True, status_since=date(2026, 2, 1))
    periods = status_history(ctx, employee.id)
    assert [(p.since, p.category, p.is_head, p.is_teaching_head) for p in periods] == [
        (date(2010, 9, 1), "admin", False, False), (date(2026, 2, 1), "faculty_university", True, True)]
    save_employee_form(ctx, employee, teaching_head=True)  # nothing changed: no new period
    assert len(status_history(ctx, employee.id)) == 2


def test_the_employee_dialog_asks_from_when_a_new_status_holds(qtbot):
    person = Employee(5, "650103302000", "Абдуллаев Тимур", "admin")
    d = EmployeeDialog({}, person, as_of=TODAY)
    assert not d.form.isRowVisible(d.status_since)
    d.is_head.setChecked(True)
    assert d.form.isRowVisible(d.status_since) and d.status_since.value() == TODAY
    d.status_since.set_value(None)
    assert "Status changed on" in d.problems.text()
    d.mark_pristine()


def test_date_edit_values_round_trip(qtbot):
    field = DateEdit(optional=True)
    qtbot.addWidget(field)
    field.set_value(date(2024, 2, 29))
    assert field.text() == "29.02.2024" and field.value() == date(2024, 2, 29)
    field.set_value(None)
    assert field.text() == "" and field.value() is None and field.problem() == ""
    required = DateEdit()
    qtbot.addWidget(required)
    required.textEdited.emit("")
    assert required.problem() != ""


def test_a_new_department_reaches_the_staff_filter_at_once(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    from skma_training.gui.dialogs import departments_dialog

    staff = window.page("staff")
    window.nav.setCurrentRow(1)
    assert staff.department.findData("Кафедра цифровой медицины") < 0
    monkeypatch.setattr(departments_dialog.NamesDialog, "exec", lambda self: (
        self.name.setText("Кафедра цифровой медицины"), self.name_kk.setText("Цифрлық медицина кафедрасы"),
        departments_dialog.QDialog.DialogCode.Accepted)[-1])

    def add_and_close():
        d = window.last_dialog
        d.add()
        assert any(r.name == "Кафедра цифровой медицины" for r in d.rows)
        d.accept()

    QTimer.singleShot(0, add_and_close)
    window.edit_departments()
    assert "Кафедра цифровой медицины" in window.workspace.departments()
    assert staff.department.findData("Кафедра цифровой медицины") >= 0


def test_deleting_activities_runs_off_the_gui_thread_and_refreshes_once(window, monkeypatch, demo_ctx):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    victims = [a.id for a in window.workspace.snapshot.activities[:2]]
    refreshes = []
    window.workspace.changed.connect(lambda: refreshes.append(1))
    window.delete_activities(victims)
    assert not {a.id for a in window.workspace.snapshot.activities} & set(victims)
    assert len(refreshes) == 1
    from skma_training.persistence.schema import ActivityRow

    with demo_ctx.database.session() as session:
        assert all(session.get(ActivityRow, v) is None for v in victims)


def test_the_as_of_day_recomputes_once_typed_not_on_every_keystroke(window, qtbot):
    window.as_of.setFocus()
    window.as_of.clear()
    type_text(window.as_of, "1.6.2029")  # passes through 1.6.20 (2020) on the way
    assert window.workspace.as_of == TODAY
    window.as_of.editingFinished.emit()
    qtbot.waitUntil(lambda: window.workspace.computed.as_of == date(2029, 6, 1), timeout=10000)
    assert window.as_of.text() == "01.06.2029"
