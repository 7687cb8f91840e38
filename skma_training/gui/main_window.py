"""The main window: pages on the left, the as-of date on top, every action a shortcut away."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from skma_training import APP_NAME, __version__
from skma_training.domain.dates import day_text
from skma_training.domain.model import Activity
from skma_training.gui.errors import show_error
from skma_training.gui.pages.activities import ActivitiesPage
from skma_training.gui.pages.deadlines import DeadlinesPage
from skma_training.gui.pages.first_start import FirstStartPage
from skma_training.gui.pages.internships import InternshipsPage
from skma_training.gui.pages.overview import OverviewPage
from skma_training.gui.pages.plan import PlanPage
from skma_training.gui.pages.staff import StaffPage
from skma_training.gui.style import fit_to_screen
from skma_training.gui.tasks import TaskRunner
from skma_training.gui.widgets.dates import DateEdit
from skma_training.gui.workspace import Workspace
from skma_training.i18n import current_language
from skma_training.services import editing, register
from skma_training.services.context import Context

log = logging.getLogger(__name__)
PAGES = ("overview", "staff", "activities", "deadlines", "plan", "internships")


class MainWindow(QMainWindow):
    restart_requested = Signal(str)  # "demo", "own" or "language": the launcher rebuilds the window

    def __init__(self, ctx: Context, runner: TaskRunner, demo: bool = False, workspace: Workspace | None = None):
        super().__init__()
        self.ctx, self.runner, self.demo = ctx, runner, demo
        self.last_dialog = None  # the newest dialog, for tests
        if workspace is None:
            workspace = Workspace(ctx, runner)
            # the register loads on the thread pool while the widgets are being built
            workspace.reload()
        workspace.setParent(self)
        self.workspace = workspace
        self.setWindowTitle(self._title())
        fit_to_screen(self, 1360, 860)
        self._build_pages()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        from skma_training.gui.widgets.since_notice import install as install_since_notice

        self.since_notice = install_since_notice(self)  # what fell due since the last opening
        self.workspace.changed.connect(self._workspace_changed)
        self.workspace.loading.connect(self._loading)
        self.workspace.failed.connect(lambda error: show_error(self, error, ctx.database))
        self._restore_geometry()
        from skma_training.gui.register_guard import install  # read-only banner, File → Restore

        install(self)
        if self.workspace.loaded:  # it finished before the window was ready to hear it
            self._workspace_changed()

    def _title(self) -> str:
        path = self.ctx.database.path
        where = path.name if path else self.ctx.database.url
        title = f"{APP_NAME} — {where}"
        return title + " — " + self.tr("DEMO: nobody's data") if self.demo else title

    # -- building ------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}  # built when first shown: a quick start
        titles = {"overview": self.tr("Overview"), "staff": self.tr("Staff"), "activities": self.tr("Activities"),
                  "deadlines": self.tr("Deadlines"), "plan": self.tr("Next year's plan"),
                  "internships": self.tr("Internships")}
        icons = {"overview": QStyle.StandardPixmap.SP_ComputerIcon,
                 "staff": QStyle.StandardPixmap.SP_DirHomeIcon,
                 "activities": QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 "deadlines": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "plan": QStyle.StandardPixmap.SP_FileDialogListView,
                 "internships": QStyle.StandardPixmap.SP_DriveNetIcon}
        for number, key in enumerate(PAGES):
            item = QListWidgetItem(self.style().standardIcon(icons[key]), titles[key])
            item.setSizeHint(QSize(180, 40))
            item.setToolTip(f"{titles[key]} (Ctrl+{number + 1})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
        self.first_start = FirstStartPage()
        self.first_start.import_requested.connect(lambda: self.import_workbook())
        self.first_start.demo_requested.connect(lambda: self.restart_requested.emit("demo"))
        self.first_start.empty_requested.connect(self._start_empty)
        self.stack.addWidget(self.first_start)
        self.nav.currentRowChanged.connect(self._show_page)
        font = self.nav.font()
        font.setPointSizeF(11.5)  # the stylesheet's size, which applies only once the list is polished
        widest = max(QFontMetrics(font).horizontalAdvance(titles[key]) for key in PAGES)
        self.nav.setFixedWidth(max(200, widest + 76))  # every page's name in full, in every language

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.page(PAGES[row]))

    def page(self, key: str) -> QWidget:
        """The page called ``key``, built and wired on first use."""
        if key in self.pages:
            return self.pages[key]
        ws = self.workspace
        page = {"overview": OverviewPage, "staff": StaffPage, "activities": ActivitiesPage,
                "deadlines": DeadlinesPage, "plan": PlanPage, "internships": InternshipsPage}[key](ws)
        self.pages[key] = page
        page.navigate.connect(self.navigate)
        if key == "staff":
            page.new_employee.connect(lambda: self.edit_employee(None))
            page.card.edit_employee.connect(self.edit_employee)
            page.card.new_activity.connect(self.new_activity)
            page.card.edit_activity.connect(self.edit_activity)
            page.card.delete_activity.connect(lambda activity_id: self.delete_activities([activity_id]))
            page.card.print_document.connect(self.print_document)
            page.card.history_requested.connect(
                lambda employee_id, name: self.show_history("employee", employee_id, name))
        elif key == "activities":
            page.new_activity.connect(self.new_activity)
            page.edit_activity.connect(self.edit_activity)
            page.delete_activities.connect(self.delete_activities)
            page.print_document.connect(self.print_document)
        elif key == "deadlines":
            page.edit_activity.connect(self.edit_activity)
            page.open_plan.connect(lambda: self.navigate("plan", {}))
        elif key == "internships":
            page.edit_activity.connect(self.edit_activity)
            page.print_document.connect(self.print_document)
        elif key == "plan":
            page.print_document.connect(self.print_document)
        index = PAGES.index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        label = QLabel(self.tr("As of:") + " ")
        self.as_of = DateEdit()
        self.as_of.set_value(self.workspace.as_of)
        self.as_of.setToolTip(self.tr("Every list, count and check is computed as of this date"))
        label.setBuddy(self.as_of)
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.as_of.set_value(self.ctx.today()))
        self.as_of.committed.connect(self._as_of_changed)  # not on every keystroke: each day recomputes all
        bar.addWidget(label)
        bar.addWidget(self.as_of)
        bar.addWidget(today)
        bar.addSeparator()
        style = self.style()
        self.new_activity_action = self._action(self.tr("New activity"), QKeySequence.StandardKey.New,
                                                lambda: self.new_activity(self._selected_employee_id()),
                                                style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.import_action = self._action(self.tr("Import…"), QKeySequence("Ctrl+I"), self.import_workbook,
                                          style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.export_action = self._action(self.tr("Export…"), QKeySequence("Ctrl+E"), self.export_workbook,
                                          style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.print_action = self._action(self.tr("Print…"), QKeySequence.StandardKey.Print, self._print_menu,
                                         style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.search_action = self._action(self.tr("Search"), QKeySequence.StandardKey.Find, self._focus_search)
        self.reload_action = self._action(self.tr("Reload"), QKeySequence.StandardKey.Refresh,
                                          self.workspace.reload,
                                          style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        for action in (self.new_activity_action, self.import_action, self.export_action, self.print_action):
            bar.addAction(action)
        for number in range(len(PAGES)):
            self._action("", QKeySequence(f"Ctrl+{number + 1}"), lambda n=number: self.nav.setCurrentRow(n))

    def _action(self, text: str, shortcut, slot, icon=None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        action.setShortcut(shortcut)
        if text:
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a disabled action says why
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        backup = file_menu.addAction(self.tr("Back up the database…"))
        backup.triggered.connect(self.backup_database)
        self.backup_action = backup
        restore = file_menu.addAction(self.tr("Restore from a backup…"))
        restore.triggered.connect(lambda: self.register_guard.choose_and_restore())
        settings = file_menu.addAction(self.tr("Settings…"))
        settings.triggered.connect(self.edit_settings)
        reminders = file_menu.addAction(self.tr("Reminders by e-mail…"))  # issue 13
        reminders.triggered.connect(self.open_reminders)
        calendar = file_menu.addAction(self.tr("Export to calendar…"))  # the employee on the card, else all
        calendar.triggered.connect(self.export_calendar)
        if not self.demo:
            demo = file_menu.addAction(self.tr("Open the demo academy"))
            demo.triggered.connect(lambda: self.restart_requested.emit("demo"))
        else:
            own = file_menu.addAction(self.tr("Back to my register"))
            own.triggered.connect(lambda: self.restart_requested.emit("own"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        records = menu.addMenu(self.tr("&Records"))
        records.setToolTipsVisible(True)
        records.addAction(self.new_activity_action)
        new_employee = records.addAction(self.tr("New employee…"))
        new_employee.triggered.connect(lambda: self.edit_employee(None))
        departments = records.addAction(self.tr("Departments…"))
        departments.triggered.connect(self.edit_departments)
        self._guard_actions(restore=restore, settings=settings, reminders=reminders, new_employee=new_employee,
                            departments=departments)
        records.addAction(self.search_action)
        records.addAction(self.reload_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("Guide to this page"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(lambda: self.show_guide())
        about = help_menu.addAction(self.tr("About"))
        about.triggered.connect(self._about)
        logs = help_menu.addAction(self.tr("Open the log folder"))
        logs.triggered.connect(self._open_logs)

    def _guard_actions(self, **actions) -> None:
        """What the role does not allow is disabled, with a tooltip why (the server refuses it anyway)."""
        from skma_training.domain.permissions import Action

        gate = self.workspace.gate
        needs = {"restore": Action.RESTORE, "settings": Action.SETTINGS, "reminders": Action.REMINDERS,
                 "new_employee": Action.EDIT_STAFF, "departments": Action.DEPARTMENTS}
        for name, action in actions.items():
            gate.guard(action, needs[name])
        gate.guard(self.new_activity_action, Action.EDIT_ACTIVITIES)
        gate.guard(self.import_action, Action.IMPORT)
        if self.ctx.database.path is None:  # a backup of the shared register is IT's pg_dump
            actions["restore"].setVisible(False)
            self.backup_action.setVisible(False)

    def _build_status_bar(self) -> None:
        self.status_text = QLabel()
        self.who = QLabel()  # the user's name and role, as the server knows them
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setObjectName("whoAmI")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.who)
        gate = self.workspace.gate
        gate.identity_known.connect(self._identity_known)
        if gate.identity is not None:
            self._identity_known(gate.identity)

    # -- state ------------------------------------------------------------------------

    def _identity_known(self, identity) -> None:
        self.who.setText(identity.shown() if identity.shared else identity.login)
        self.who.setToolTip(self.tr("Logged in to the shared register as {login}; role: {role}").format(
            login=identity.login, role=identity.role_name()) if identity.shared else
            self.tr("A register on this computer: whoever opens it may change everything in it"))

    def _loading(self, on: bool) -> None:
        self.busy.setVisible(on)

    def _workspace_changed(self) -> None:
        snapshot = self.workspace.snapshot
        empty = not snapshot.employees
        if empty:
            self.stack.setCurrentWidget(self.first_start)
        elif self.stack.currentWidget() is self.first_start:
            self.nav.setCurrentRow(0)
            self._show_page(0)
        self.nav.setEnabled(not empty)
        overdue = sum(1 for s in self.workspace.computed.statuses if s.overdue)
        self.status_text.setText("{staff}, {activities}; {overdue}".format(
            staff=self.tr("%n staff", "", len(snapshot.employees)),
            activities=self.tr("%n activities", "", len(snapshot.activities)),
            overdue=self.tr("%n overdue on {date}", "", overdue).format(
                date=day_text(self.workspace.computed.as_of))))

    def _start_empty(self) -> None:
        self.edit_employee(None)  # once someone is in the register, the pages open

    def _as_of_changed(self) -> None:
        day = self.as_of.value()
        if day is not None:
            self.workspace.set_as_of(day)

    def navigate(self, page: str, filters: dict) -> None:
        self.nav.setCurrentRow(PAGES.index(page))
        self._show_page(PAGES.index(page))
        self.page(page).apply_filters(filters)

    def _focus_search(self) -> None:
        current = self.stack.currentWidget()
        if hasattr(current, "focus_search"):
            current.focus_search()

    def _selected_employee_id(self) -> int | None:
        staff = self.pages.get("staff")
        if staff is not None and self.stack.currentWidget() is staff and staff.card.employee is not None:
            return staff.card.employee.id
        return None

    # -- records ----------------------------------------------------------------------

    def _employees(self):
        return [e for e in self.workspace.snapshot.employees]

    def new_activity(self, employee_id: int | None = None) -> None:
        self._activity_dialog(None, employee_id)

    def edit_activity(self, activity_id: int) -> None:
        """Open the activity as it is now, read with its version off the GUI thread."""
        self._open_as_saved(lambda: register.activity_to_edit(self.ctx, activity_id),
                            lambda found: self._activity_dialog(found.activity, found.activity.employee_id,
                                                                found.version),
                            self.tr("That activity is no longer in the register."))

    def _open_as_saved(self, read, show, gone: str) -> None:
        """``read()`` off the GUI thread, then ``show(found)``; a record deleted meanwhile is said
        in the status bar and the lists are read again."""
        def opened(found) -> None:
            if found is None:
                self.statusBar().showMessage(gone, 8000)
                self.workspace.reload()
                return
            show(found)

        self.runner.start(lambda _p, _c: read(), opened, lambda error: show_error(self, error, self.ctx.database))

    def _activity_dialog(self, activity: Activity | None, employee_id: int | None,
                         version: int | None = None) -> None:
        from skma_training.domain.permissions import Action
        from skma_training.gui.conflicts import handle_conflicts
        from skma_training.gui.dialogs.activity_dialog import ActivityDialog
        from skma_training.services.activity_form import save_activity_form

        ws, ctx = self.workspace, self.ctx
        rules = ctx.rules_for(ws.computed.as_of, ws.settings)
        copy_on = activity.paperwork.certificate_copy_on if activity is not None else None
        from skma_training.services.attachments import certificate_path

        dialog = ActivityDialog(self._employees(), rules, ws.computed.as_of, activity, employee_id,
                                lambda stored: certificate_path(ctx, stored), self, certificate_copy_on=copy_on)
        dialog.version = version

        def save():
            record, scan, expected = dialog.activity(), dialog.scan_to_attach, dialog.version
            return lambda: save_activity_form(ctx, record, scan, expected)

        dialog.set_saver(self.runner, save, ctx.database)
        if activity is not None:
            handle_conflicts(dialog, lambda: register.activity_to_edit(ctx, activity.id), dialog.activity,
                             dialog.load)
            dialog.show_history_button(lambda: self.show_history("activity", activity.id, activity.title, dialog))
        self._forbid_unless(dialog, Action.EDIT_ACTIVITIES)
        self.last_dialog = dialog  # tests drive it
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_of_save is not None:
            ws.apply(dialog.result_of_save)

    def _forbid_unless(self, dialog, action) -> None:
        from skma_training.gui.role_gate import refusal

        gate = self.workspace.gate
        if gate.refuses(action):
            dialog.forbid(refusal(action, gate.identity))

    def show_history(self, table: str, row_id: int, what: str, parent: QWidget | None = None) -> None:
        from skma_training.gui.dialogs.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.ctx, self.runner, table, row_id, what, parent or self)
        self.history_dialog = dialog  # tests read it
        dialog.exec()

    def delete_activities(self, activity_ids: list[int]) -> None:
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr(
            "Delete %n selected activities with their paperwork? This cannot be undone.", "", len(activity_ids)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.ctx

        def work(_progress, _cancelled):
            employees: set[int] = set()
            for activity_id in activity_ids:
                employees |= editing.delete_activity(ctx, activity_id).employee_ids
            return editing.Changed(frozenset(employees), frozenset(activity_ids))

        def failed(error):
            show_error(self, error, ctx.database)
            self.workspace.reload()  # some may be gone: show what is there

        self.runner.start(work, self.workspace.apply, failed)

    def edit_employee(self, employee_id: int | None) -> None:
        """Open the employee as they are now (read with the version off the GUI thread), or a new one."""
        if employee_id is None:
            self._employee_dialog(None)
            return
        self._open_as_saved(lambda: register.employee_to_edit(self.ctx, employee_id), self._employee_dialog,
                            self.tr("That employee is no longer in the register."))

    def _employee_dialog(self, found) -> None:
        from skma_training.domain.permissions import Action
        from skma_training.gui.conflicts import handle_conflicts
        from skma_training.gui.dialogs.employee_dialog import EmployeeDialog
        from skma_training.services.staff_edits import save_employee_form

        ctx = self.ctx
        employee = found.employee if found else None
        departments = self.workspace.snapshot.departments or editing.department_names(ctx)
        dialog = EmployeeDialog(departments, employee, self, found.teaching_head if found else False,
                                self.workspace.computed.as_of)
        dialog.version = found.version if found else None

        def save():
            record, head = dialog.employee(), dialog.teaching_head.isChecked()
            since = dialog.status_since.value() if dialog.status_changed() else None
            expected = dialog.version
            return lambda: save_employee_form(ctx, record, head, since, expected)

        dialog.set_saver(self.runner, save, ctx.database)
        if employee is not None:
            handle_conflicts(dialog, lambda: register.employee_to_edit(ctx, employee.id), dialog.employee,
                             dialog.load)
            dialog.show_history_button(lambda: self.show_history("employee", employee.id, employee.full_name,
                                                                  dialog))
        self._forbid_unless(dialog, Action.EDIT_STAFF)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_of_save is not None:
            self.workspace.apply(dialog.result_of_save)

    def edit_departments(self) -> None:
        from collections import defaultdict

        from skma_training.domain.text import sort_key
        from skma_training.gui.dialogs.departments_dialog import DepartmentsDialog

        staff: dict[int, list] = defaultdict(list)
        as_of = self.workspace.computed.as_of
        for e in sorted(self.workspace.snapshot.employees, key=lambda e: sort_key(e.full_name)):
            if e.department_id is not None and e.employed_on(as_of):
                staff[e.department_id].append((e.id, e.full_name))
        dialog = DepartmentsDialog(self.ctx, self.runner, as_of, staff, self)
        # each change reaches the lists and filters at once, not after Reload
        dialog.changed.connect(lambda changed: self.workspace.apply(
            changed if isinstance(changed, editing.Changed) else editing.Changed()))
        self.last_dialog = dialog
        dialog.exec()

    # -- files ------------------------------------------------------------------------

    def import_workbook(self, path: Path | None = None) -> None:
        from skma_training.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self.runner, path, self)
        wizard.exec()
        if wizard.imported():
            self.workspace.reload()

    def export_workbook(self) -> None:
        from skma_training.gui.dialogs.export_dialog import ExportDialog

        from skma_training.gui.widgets.saved_file import default_folder

        folder = default_folder("export/folder")
        dialog = ExportDialog(self.ctx, self.runner, self.workspace.computed.as_of, current_language(), folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written:
            QSettings().setValue("export/folder", str(dialog.written.parent))
            self.statusBar().showMessage(self.tr("Written {path}").format(path=dialog.written), 8000)

    def print_document(self, document: str, params: dict) -> None:
        from skma_training.gui.dialogs.print_dialog import PrintDialog

        dialog = PrintDialog(self.ctx, self.runner, document, params, self.workspace.computed.as_of,
                             current_language(), self.workspace.departments(), self)
        dialog.exec()

    def _print_menu(self) -> None:
        from skma_training.services.printing import document_title

        menu = QMenu(self)
        staff = self.pages.get("staff")
        employee = staff.card.employee if staff is not None else None
        choices = [("plan", {}), ("hr-list", {}), ("management-report", {}), ("department-summary", {})]
        if employee is not None and employee.healthcare:
            choices.append(("cpd-form", {"iin": employee.iin}))
        activities = self.pages.get("activities")
        selected = [r.activity.id for r in activities.view.selected_rows() if r and r.activity.is_pd] \
            if activities is not None else []
        if selected:
            choices += [("application", {"activity_ids": selected}), ("listener-report", {"activity_ids": selected})]
            choices.append(("implementation-plan", {"activity_ids": selected}))  # E464 7.15
        for document, params in choices:
            action = menu.addAction(document_title(document))
            action.triggered.connect(lambda _c=False, d=document, p=params: self.print_document(d, p))
        menu.exec(self.mapToGlobal(self.rect().center()))

    def backup_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from skma_training.services.backup import backup_database

        start = QSettings().value("backup/folder", str(editing.attachments_dir(self.ctx).parent / "backups"))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up the database to"), start)
        if not folder:
            return
        try:
            copy = backup_database(self.ctx, Path(folder))
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.ctx.database)
            return
        QSettings().setValue("backup/folder", folder)
        QMessageBox.information(self, self.tr("Back up"), self.tr("The database was copied to {path}").format(
            path=copy))

    def edit_settings(self) -> None:
        from skma_training.gui.dialogs.settings_dialog import SettingsDialog

        before = dict(self.workspace.settings)
        today = self.ctx.today()
        rules = self.ctx.rules_for(today, before)
        readings = {key: getattr(rules.interpretation, key) for key in
                    ("hours_mode", "day_mode", "conference_talk", "internship_weeks", "teaching_heads")}
        readings["request_due"] = "{:02d}-{:02d}".format(*rules.deadlines.request_due)
        dialog = SettingsDialog(before, self, readings=readings, today=today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            editing.update_settings(self.ctx, dialog.values(), effective_from=dialog.effective_day())
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.ctx.database)
            return
        self.workspace.reload_settings()
        if (dialog.values().get("language") or "") != (before.get("language") or ""):
            self.restart_requested.emit("language")

    # -- window -----------------------------------------------------------------------

    def open_reminders(self) -> None:
        from skma_training.gui.dialogs.reminders_dialog import RemindersDialog

        RemindersDialog(self.ctx, self.runner, self.workspace.as_of, self).exec()

    def export_calendar(self) -> None:
        from skma_training.gui.dialogs.reminders_dialog import export_calendar_file

        employee = self.workspace.snapshot.employee_by_id.get(self._selected_employee_id())
        export_calendar_file(self, self.ctx, employee.iin if employee else None)
    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row] if 0 <= row < len(PAGES) else "overview"

    def show_guide(self, modal: bool = True):
        from skma_training.gui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self.current_page_key(), current_language(), self)
        self.last_dialog = dialog
        if modal:
            dialog.exec()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "<b>{app} {version}</b><br>Professional development register of South Kazakhstan Medical "
            "Academy.<br>Database: {db}").format(app=APP_NAME, version=__version__, db=html.escape(self.ctx.database.url)))  # never the password: Database.url hides it

    def _open_logs(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from skma_training.logs import log_file

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
