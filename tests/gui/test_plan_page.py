"""The plan page's steps: each shows its summary and asks; a submitted request is locked."""

from PySide6.QtWidgets import QMessageBox

from skma_training.services import planning


def _answering(monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_submit_shows_what_is_missing_and_asks_first(window, demo_ctx, monkeypatch):
    window.nav.setCurrentRow(4)
    page = window.page("plan")
    year = page.year.value()
    dep_id = page.department.currentData()
    person = next(e for e in window.workspace.snapshot.employees
                  if e.department_id == dep_id and e.employed_on(window.workspace.computed.as_of))
    planning.add_item(demo_ctx, year, person.id, kind="course", title="", hours=72.0)
    page.refresh()
    page.department.setCurrentIndex(page.department.findData(dep_id))
    assert page.state.requests[dep_id][0] != planning.SUBMITTED
    assert any(page.request_model.row_at(r).request_status == "draft"
               for r in range(page.request_model.rowCount()))
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    page._submit()
    assert "without a topic" in asked[0] and "without a cost" in asked[0]
    assert planning.plan_state(demo_ctx, year).requests[dep_id][0] != planning.SUBMITTED  # said No
    _answering(monkeypatch, QMessageBox.StandardButton.Yes)
    page._submit()
    assert planning.plan_state(demo_ctx, year).requests[dep_id][0] == planning.SUBMITTED
    assert not page.add_button.isEnabled() and not page.remove_button.isEnabled()  # locked for the head


def test_consolidation_names_the_departments_left_out(window, demo_ctx, monkeypatch):
    window.nav.setCurrentRow(4)
    page = window.page("plan")
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    page._consolidate()
    assert asked and "no request from" in asked[0]
    before = [r.in_plan for r in planning.plan_state(demo_ctx, page.year.value()).items]
    assert [r.in_plan for r in page.state.items] == before  # nothing done without a yes


def test_a_request_item_is_refused_until_complete_and_duplicates_are_flagged(qtbot):
    from datetime import date

    from PySide6.QtWidgets import QDialogButtonBox

    from skma_training.domain.model import Employee
    from skma_training.gui.dialogs.plan_dialogs import PlanItemDialog
    from skma_training.services.planning import PlanRow

    people = [Employee(1, "650103302000", "Ким Анна", "faculty_university", department="Хирургия")]
    existing = [PlanRow(9, 1, 1, "Хирургия", 1, "Ким Анна", "доцент", "course", "Лапароскопия", "", "", None,
                        None, 2, 72.0, None, "", False, False, None, "draft")]
    dialog = PlanItemDialog(people, existing=existing)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "choose an employee" in dialog.problems.text()
    dialog.employee.choose(1)
    dialog.fields.kind.setCurrentIndex(dialog.fields.kind.findData("course"))
    dialog.fields.title.setText("  лапароскопия ")
    dialog.fields.hours.setValue(72)
    dialog.fields.quarter.setValue(3)
    assert "already has this kind and topic" in dialog.problems.text() and not ok.isEnabled()
    dialog.fields.title.setText("Эндоскопия")
    assert ok.isEnabled() and dialog.problems.text() == ""
    dialog.fields.quarter.setValue(0)
    assert "quarter or the dates" in dialog.problems.text()
    dialog.fields.start.set_value(date(2027, 3, 10))
    dialog.fields.end.set_value(date(2027, 3, 1))
    assert "end is before the start" in dialog.problems.text()
