"""Several people on one register: no lost update, the history of a record, what a role is offered."""

import getpass
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from skma_training.domain.permissions import Action
from skma_training.gui.dialogs.conflict_dialog import EDIT, MINE, THEIRS
from skma_training.services import editing, register
from skma_training.services.context import Context
from skma_training.services.identity import Identity
from skma_training.services.opening import open_database

from .conftest import TODAY


@pytest.fixture
def other_desk(demo_ctx, tmp_path):
    """A second window's context on the same register (the same file, or on PostgreSQL the same
    database), as another person."""
    database = open_database(tmp_path / "gui.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="aigerim")
    database.dispose()


def _signer(ctx) -> str:
    """Who the trail names: the server's login on PostgreSQL, the OS login on a file."""
    from skma_training.services import identity

    who = identity.current(ctx)
    return who.login if who.shared else getpass.getuser()


def _an_activity(window):
    return next(a for a in window.workspace.snapshot.activities if a.kind == "course")


class _Answer:
    """Stands in for the conflict dialog: records what it was shown, answers as told."""

    def __init__(self, choice, seen):
        self.choice_to_make, self.seen = choice, seen

    def __call__(self, who, when, changes, parent):
        self.seen.update(who=who, changes={c.key: (c.before, c.after) for c in changes})
        self.choice = self.choice_to_make
        self.exec = lambda: None
        return self


def _edit_title_and_save(window, activity_id, title, qtbot, other_change, after=None):
    state = {}

    def fill_in():
        d = QApplication.activeModalWidget()
        try:
            state["version"] = d.version
            other_change()  # the other desk saves while this form is open
            d.title.setText(title)
            qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
            state["open"] = d.isVisible()
            state["title"] = d.title.text()
            state["version_after"] = d.version
            if after:
                after(d)
        except Exception as error:  # noqa: BLE001 - reported below, after the dialog is closed
            state["error"] = error
        finally:  # never leave a modal dialog open: the test would wait for ever
            if d.isVisible():
                d.mark_pristine()
                d.reject()

    QTimer.singleShot(0, fill_in)
    window.edit_activity(activity_id)
    if "error" in state:
        raise state["error"]
    return state


def test_a_save_on_stale_data_is_refused_and_shows_theirs_beside_yours(window, qtbot, other_desk, monkeypatch):
    from skma_training.gui import conflicts

    activity = _an_activity(window)
    seen = {}
    monkeypatch.setattr(conflicts, "ConflictDialog", _Answer(EDIT, seen))

    def theirs():
        now = register.activity_to_edit(other_desk, activity.id).activity
        editing.save_activity(other_desk, replace(now, title="Их название"))

    state = _edit_title_and_save(window, activity.id, "Моё название", qtbot, theirs)
    assert state["open"] and state["title"] == "Моё название"  # nothing typed is lost
    assert seen["who"] == _signer(other_desk)
    assert seen["changes"]["title"] == ("Их название", "Моё название")
    assert register.activity_to_edit(other_desk, activity.id).activity.title == "Их название"


def test_use_theirs_loads_their_version_into_the_form(window, qtbot, other_desk, monkeypatch):
    from skma_training.gui import conflicts

    activity = _an_activity(window)
    monkeypatch.setattr(conflicts, "ConflictDialog", _Answer(THEIRS, {}))

    def theirs():
        now = register.activity_to_edit(other_desk, activity.id).activity
        editing.save_activity(other_desk, replace(now, title="Их название"))

    state = _edit_title_and_save(window, activity.id, "Моё название", qtbot, theirs)
    assert state["title"] == "Их название"
    assert state["version_after"] == state["version"] + 1


def test_save_mine_overwrites_theirs_only_when_asked(window, qtbot, other_desk, monkeypatch):
    from skma_training.gui import conflicts

    activity = _an_activity(window)
    monkeypatch.setattr(conflicts, "ConflictDialog", _Answer(MINE, {}))

    def theirs():
        now = register.activity_to_edit(other_desk, activity.id).activity
        editing.save_activity(other_desk, replace(now, title="Их название"))

    state = _edit_title_and_save(window, activity.id, "Моё название", qtbot, theirs)
    assert not state["open"]
    assert register.activity_to_edit(other_desk, activity.id).activity.title == "Моё название"


def test_a_save_with_nobody_else_in_between_just_saves(window, qtbot, other_desk):
    activity = _an_activity(window)
    state = _edit_title_and_save(window, activity.id, "Без спора", qtbot, lambda: None)
    assert not state["open"]
    found = register.activity_to_edit(other_desk, activity.id)
    assert found.activity.title == "Без спора" and found.version == state["version"] + 1


def test_the_history_of_an_activity_says_who_changed_what(window, qtbot, other_desk):
    activity = _an_activity(window)
    now = register.activity_to_edit(other_desk, activity.id).activity
    editing.save_activity(other_desk, replace(now, title="Новое название", hours=(now.hours or 0) + 7))
    rows = []

    def read_and_close():
        history = QApplication.activeModalWidget()
        rows.extend([history.table.item(r, c).text() for c in range(4)] for r in range(history.table.rowCount()))
        history.close()

    QTimer.singleShot(0, read_and_close)
    window.show_history("activity", activity.id, now.title)
    newest = rows[0]
    assert newest[1] == _signer(other_desk)
    assert f"{now.title} → Новое название" in newest[3]
    hours = (now.hours or 0) + 7
    assert f"→ {int(hours) if float(hours).is_integer() else hours}" in newest[3]
    assert rows[-1][2] != newest[2]  # the first line is the insert, the newest an update


def test_the_card_has_the_employees_history(window, qtbot, other_desk):
    person = window.workspace.snapshot.employees[0]
    editing.save_employee(other_desk, replace(register.employee_to_edit(other_desk, person.id).employee,
                                              position="Профессор"))
    staff = window.page("staff")
    staff.card.show_employee(person)
    shown = []
    window.show_history = lambda table, row_id, what, parent=None: shown.append((table, row_id, what))
    # the card's signal is wired to the window's method at page creation: call through the signal
    staff.card.history_requested.disconnect()
    staff.card.history_requested.connect(lambda i, n: window.show_history("employee", i, n))
    qtbot.mouseClick(staff.card.history_button, Qt.MouseButton.LeftButton)
    assert shown == [("employee", person.id, person.full_name)]


def test_a_viewer_is_not_offered_changes_and_is_told_why(window):
    gate = window.workspace.gate
    gate.set_identity(Identity("dana", "Дана Омарова", "viewer", shared=True))
    assert not window.new_activity_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert window.new_activity_action.toolTip() == (
        "Your role (viewer) does not allow this; it is for: centre, HR, head of department.")
    assert window.who.text() == "Дана Омарова (dana) · viewer"
    staff = window.page("staff")
    staff.card.show_employee(window.workspace.snapshot.employees[0])
    state = {}

    def look():
        d = QApplication.activeModalWidget()
        state["save_visible"] = d.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
        state["note"] = d.findChild(QLabel, "readOnlyNote").text()
        d.reject()

    QTimer.singleShot(0, look)
    window.edit_activity(_an_activity(window).id)
    assert state["save_visible"] is False
    assert "viewer" in state["note"] and "centre" in state["note"]


def test_hr_may_edit_staff_but_not_approve_the_plan(window):
    gate = window.workspace.gate
    gate.set_identity(Identity("hr1", "", "hr", shared=True))
    assert window.new_activity_action.isEnabled() and window.import_action.isEnabled()
    plan = window.page("plan")
    window.navigate("plan", {})
    plan.refresh()
    assert not plan.approve_button.isEnabled()
    assert "HR" in plan.approve_button.toolTip()
    assert gate.allows(Action.EDIT_STAFF) and not gate.allows(Action.SETTINGS)


@pytest.mark.sqlite_only  # on the server the login's role decides (test_postgres.py)
def test_on_a_file_the_person_at_the_desk_may_do_everything(window):
    identity = window.workspace.gate.identity
    assert identity.login == "tester" and identity.role == "centre" and not identity.shared
    assert window.new_activity_action.isEnabled()
    assert window.who.text() == "tester"


def test_html_in_a_name_is_shown_as_typed_not_rendered(window, demo_ctx):
    person = window.workspace.snapshot.employees[0]
    card = window.page("staff").card
    card.show_employee(replace(person, full_name="<b>Жирный</b> <a href='x'>ссылка</a>"))
    assert card.name.textFormat() == Qt.TextFormat.PlainText
    assert card.name.text() == "<b>Жирный</b> <a href='x'>ссылка</a>"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in card.fields.values())


def test_the_internship_page_prints_the_implementation_plan(window, qtbot):
    page = window.page("internships")
    window.navigate("internships", {})
    page.refresh()
    assert page.model.rowCount() > 0
    page.view.selectRow(0)
    printed = []
    page.print_document.disconnect()
    page.print_document.connect(lambda document, params: printed.append((document, params)))
    page._print_plan()
    row = page.view.current_row()
    assert printed == [("implementation-plan", {"activity_ids": [row.activity.id]})]


def test_a_stored_scan_outside_the_attachments_folder_is_not_offered(qtbot, demo_ctx):
    from skma_training.domain.model import Activity, Paperwork
    from skma_training.gui.dialogs.activity_dialog import ActivityDialog
    from skma_training.services.attachments import attachments_dir, certificate_path

    inside = attachments_dir(demo_ctx) / "7" / "<b>scan.pdf"
    inside.parent.mkdir(parents=True, exist_ok=True)
    inside.write_bytes(b"%PDF-1.4")
    people = demo_ctx.snapshot().employees[:1]

    def dialog_for(stored):
        activity = Activity(7, people[0].id, "course", "Курс", None, None,
                            paperwork=Paperwork(certificate_file=stored))
        d = ActivityDialog(people, demo_ctx.rules_for(TODAY), TODAY, activity,
                           find_scan=lambda s: certificate_path(demo_ctx, s))
        qtbot.addWidget(d)
        return d

    outside = dialog_for("../../../../etc/passwd")
    assert outside.scan_label.text() == "no scan attached"
    stored = f"{inside.parent.parent.name}/7/<b>scan.pdf"
    assert certificate_path(demo_ctx, stored) == inside.resolve()
    shown = dialog_for(stored)
    assert "&lt;b&gt;scan.pdf" in shown.scan_label.text() and "<b>" not in shown.scan_label.text()


@pytest.mark.parametrize("button, choice", [("theirs_button", THEIRS), ("mine_button", MINE),
                                            ("edit_button", EDIT)])
def test_the_conflict_dialog_shows_both_versions_and_enter_never_overwrites(qtbot, button, choice):
    from skma_training.gui.dialogs.conflict_dialog import ConflictDialog
    from skma_training.services.record_diff import FieldChange

    dialog = ConflictDialog("aseitova", "2026-11-23 09:41:07",
                            [FieldChange("hours", "Hours", "108", "72"), FieldChange("title", "Title", "А", "Б")])
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows == [["Hours", "108", "72"], ["Title", "А", "Б"]]
    assert dialog.edit_button.isDefault() and not dialog.mine_button.isDefault()
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice == choice
    assert dialog.result() == (0 if choice == EDIT else 1)
