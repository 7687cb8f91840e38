"""The Deadlines page's overdue list and export; the Internships department filter; 'nothing found'."""

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from skma_training.gui.pages import deadlines as deadlines_page


def test_the_overdue_list_prints_what_the_page_shows(window, tmp_path, monkeypatch):
    monkeypatch.setattr("skma_training.gui.widgets.saved_file.announce_saved", lambda parent, path: None)
    window.nav.setCurrentRow(3)
    page = window.page("deadlines")
    page.view_group.button(3).setChecked(True)  # "all": printing switches to the overdue view
    page.save_list(overdue=True, path=tmp_path / "overdue.pdf")
    assert deadlines_page.VIEWS[page.view_group.checkedId()] == "overdue"
    shown = page.model.rowCount()
    assert shown > 0 and page.saved == tmp_path / "overdue.pdf"
    text = "".join(p.extract_text() for p in PdfReader(page.saved).pages)
    first = page.model.row_at(0)
    assert first.employee.full_name.split()[0] in text


def test_the_export_has_the_columns_and_rows_on_screen(window, tmp_path, monkeypatch):
    monkeypatch.setattr("skma_training.gui.widgets.saved_file.announce_saved", lambda parent, path: None)
    window.nav.setCurrentRow(3)
    page = window.page("deadlines")
    page.save_list(overdue=False, path=tmp_path / "list.xlsx")
    sheet = load_workbook(page.saved).active
    headers, rows = page.view.shown_table()
    assert [c.value for c in sheet[4]][:len(headers)] == headers
    assert sheet.max_row == 4 + len(rows) == 4 + page.model.rowCount()


def test_internships_filter_by_department_and_say_when_nothing_is_found(window, qtbot):
    window.nav.setCurrentRow(5)
    page = window.page("internships")
    total = page.model.rowCount()
    assert total > 0
    department = page.model.row_at(0)
    name = window.workspace.snapshot.employee_by_id[department.activity.employee_id].department
    page.department.setCurrentIndex(page.department.findData(name))
    assert 0 < page.model.rowCount() <= total
    people = window.workspace.snapshot.employee_by_id
    assert all(people[page.model.row_at(r).activity.employee_id].department == name
               for r in range(page.model.rowCount()))
    page.search.setText("zzzz-nobody")
    page._filter()
    assert page.model.rowCount() == 0 and page.count.text() == "Nothing found"


def test_f1_opens_the_guide_of_the_page_in_the_users_language(window, monkeypatch):
    from skma_training.gui.dialogs.help_dialog import guide_file

    monkeypatch.setattr("skma_training.gui.main_window.current_language", lambda: "kk")
    window.nav.setCurrentRow(4)
    dialog = window.show_guide(modal=False)
    assert dialog.path == guide_file("plan", "kk") and dialog.path.parent.name == "kk"
    assert "Келесі жылдың жоспары" in dialog.browser.toPlainText()
    dialog.close()
    for lang in ("kk", "ru"):
        for page in ("overview", "staff", "activities", "deadlines", "plan", "internships"):
            assert guide_file(page, lang).parent.name == lang


def test_the_falling_due_card_opens_a_list_as_long_as_its_number(window, qtbot):
    from PySide6.QtCore import Qt

    from skma_training.gui.models.staff import DUE_NEXT_YEAR, DUE_THIS_YEAR

    page = window.page("overview")
    qtbot.mouseClick(page.soon_card, Qt.MouseButton.LeftButton)
    staff = window.page("staff")
    assert staff.model.rowCount() == int(page.soon_card.number.text()) > 0
    assert {staff.model.row_at(r).state for r in range(staff.model.rowCount())} <= {DUE_THIS_YEAR, DUE_NEXT_YEAR}


def test_the_deadlines_page_says_what_the_history_date_hides_and_shows_it(qtbot, window, demo_ctx):
    from datetime import date

    from skma_training.services.history import set_history_date
    from skma_training.services.queries import tracked_deadlines

    set_history_date(demo_ctx, date(2026, 6, 1))
    with qtbot.waitSignal(window.workspace.changed, timeout=20000):
        window.workspace.reload_settings()
    window.navigate("deadlines", {"view": "all"})
    page = window.page("deadlines")
    qtbot.waitUntil(lambda: page.history_line.isVisible(), timeout=20000)
    as_of = window.workspace.computed.as_of
    hidden = [d for d in tracked_deadlines(demo_ctx, as_of, show_all=True) if d.due_date < date(2026, 6, 1)]
    assert hidden and f"{len(hidden)} older items" in page.history_line.text()
    assert "01.06.2026" in page.history_line.text()
    before = page.model.rowCount()
    page.history_line.linkActivated.emit("show")
    assert page.model.rowCount() == before + len(hidden)
    page.history_line.linkActivated.emit("hide")
    assert page.model.rowCount() == before


@pytest.mark.parametrize("card, view", [("late_papers_card", "overdue"), ("week_card", "week")])
def test_each_deadline_card_opens_a_list_as_long_as_its_number(window, qtbot, card, view):
    from PySide6.QtCore import Qt

    from skma_training.domain.overview import deadline_in_view

    page = window.page("overview")
    deadlines = window.page("deadlines")
    deadlines.search.setText("zzz")  # a filter left over from earlier work must not shorten the list
    qtbot.mouseClick(getattr(page, card), Qt.MouseButton.LeftButton)
    number = int(getattr(page, card).number.text())
    assert deadlines.model.rowCount() == number
    as_of = window.workspace.computed.as_of
    assert all(deadline_in_view(deadlines.model.row_at(r).deadline, view, as_of)
               for r in range(deadlines.model.rowCount()))
