"""Every page and dialog with every string 40% longer and full of Kazakh letters, at 1366x768:
nothing may be cut (Vorta's idea). A real Kazakh or Russian text is rarely longer than this."""

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from skma_training.gui.pseudo import PseudoTranslator, clipped, stretch

from .conftest import TODAY

SCREEN = (1366, 768)


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_stretching_keeps_placeholders_and_adds_forty_percent():
    assert stretch("{n} of {total}").startswith("{n} of {total}")
    assert len(stretch("x" * 10)) == 14
    assert stretch("<b>bold</b>") == "<b>bold</b>" and stretch("") == ""


def _settle(qtbot):
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def test_every_page_fits_a_small_screen_uncut(pseudo, qtbot, demo_ctx, runner):
    from skma_training.gui.main_window import PAGES, MainWindow

    window = MainWindow(demo_ctx, runner)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitUntil(lambda: bool(window.workspace.computed.statuses), timeout=10000)
    problems = []
    for number, key in enumerate(PAGES):
        window.nav.setCurrentRow(number)
        problems += _lasting_problems(qtbot, window, key)
    assert problems == []


def _lasting_problems(qtbot, window, key) -> list[str]:
    """What is still cut once the layout has settled: on a loaded machine a label whose text
    just changed may be measured before its layout caught up, so look again before failing."""
    found: list[str] = []
    for _attempt in range(4):
        _settle(qtbot)
        found = [f"{key}: the window needs {window.width()}px"] if window.width() > SCREEN[0] else []
        found += [f"{key}: {line}" for line in clipped(window)]
        found += [f"{key}: scrolls sideways" for area in window.findChildren(QScrollArea)
                  if area.isVisible() and area.horizontalScrollBar().isVisible()]
        if not found:
            return []
        qtbot.wait(250)
    return found


def _dialogs(ctx, window):
    from skma_training.gui.dialogs.activity_dialog import ActivityDialog
    from skma_training.gui.dialogs.departments_dialog import DepartmentsDialog
    from skma_training.gui.dialogs.employee_dialog import EmployeeDialog
    from skma_training.gui.dialogs.export_dialog import ExportDialog
    from skma_training.gui.dialogs.print_dialog import PrintDialog
    from skma_training.gui.dialogs.settings_dialog import SettingsDialog

    ws = window.workspace
    person = ws.snapshot.employees[0]
    yield "activity", ActivityDialog(ws.snapshot.employees, ctx.rules_for(TODAY), TODAY, None, person.id)
    yield "employee", EmployeeDialog(ws.snapshot.departments, person, as_of=TODAY)
    yield "settings", SettingsDialog(dict(ws.settings))
    yield "export", ExportDialog(ctx, window.runner, TODAY, "kk", __import__("pathlib").Path("/tmp"))
    yield "print", PrintDialog(ctx, window.runner, "hr-list", {}, TODAY, "kk", ws.departments())
    yield "departments", DepartmentsDialog(ctx, window.runner)


def test_every_dialog_fits_uncut(pseudo, qtbot, window, demo_ctx):
    problems = []
    for name, dialog in _dialogs(demo_ctx, window):
        dialog.show()
        _settle(qtbot)
        if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
            problems.append(f"{name}: {dialog.width()}x{dialog.height()} is larger than the screen")
        problems += [f"{name}: {line}" for line in clipped(dialog)]
        if hasattr(dialog, "mark_pristine"):
            dialog.mark_pristine()
        dialog.close()
        dialog.deleteLater()
    assert problems == []




def test_the_check_sees_a_cut_button_and_a_cut_label(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button, label, fits = QPushButton("Print the overdue list…"), QLabel("A rather long caption here"), QLabel("ok")
    for widget in (button, label, fits):
        layout.addWidget(widget)
    button.setFixedWidth(40)
    label.setFixedWidth(30)
    root.show()
    found = clipped(root)
    assert len(found) == 2 and "Print the overdue" in found[0] and "A rather long" in found[1]
