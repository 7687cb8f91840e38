"""One employee: details, each check with its hours and due date, the 3-year window, the history."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.compliance import check_label
from skma_training.domain.credits import credit_report, rule_text
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import category_label, kind_label
from skma_training.gui import style
from skma_training.gui.models.activities import ActivityModel, build_rows
from skma_training.gui.models.table import format_date, format_number
from skma_training.gui.widgets.table_view import RecordTableView
from skma_training.gui.widgets.window_chart import WindowBar, WindowChart
from skma_training.gui.workspace import Workspace
from skma_training.services import register


def _item(text: str, color=None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if color is not None:
        item.setForeground(color)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _small_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    # long Kazakh and Russian headers wrap onto two lines instead of squeezing the first column
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(3 * table.fontMetrics().height() + 8)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # wide enough for the header's longest word, which cannot wrap ("Орындалды")
        longest = max(table.fontMetrics().horizontalAdvance(word) for word in headers[column].split() or [""])
        table.setColumnWidth(column, max(13 * table.fontMetrics().averageCharWidth(), longest + 20))
    return table


def _fit_height(table: QTableWidget) -> None:
    table.resizeRowsToContents()  # long rule names wrap rather than being cut
    height = max(table.horizontalHeader().height(), table.horizontalHeader().minimumHeight()) + 4
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(height)


def picture_check(checks, as_of):
    """The check the window picture shows: the failing one (management too, not only hours),
    else the one falling due first; the hours check among equals."""
    if not checks:
        return None

    def key(check):
        due = check.due_date
        return (not check.overdue_on(as_of), due or as_of.replace(year=1), not check.required)

    return min(checks, key=key)


class EmployeeCard(QWidget):
    edit_employee = Signal(int)
    new_activity = Signal(int)
    edit_activity = Signal(int)
    delete_activity = Signal(int)
    print_document = Signal(str, dict)
    history_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.employee: Employee | None = None
        self.activities: list[Activity] = []
        self._loading = 0  # which read of a person's records the card waits for
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # a name is data, never markup
        layout.addWidget(self.name)
        layout.addWidget(self.verdict)

        details = QGroupBox(self.tr("Details"))
        self.form = QFormLayout(details)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("iin", self.tr("IIN")), ("department", self.tr("Department")),
                           ("position", self.tr("Position")), ("category", self.tr("Category")),
                           ("flags", self.tr("Also")), ("hired", self.tr("Hired")),
                           ("contact", self.tr("Contact"))):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label + ":", value)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit employee…"))
        self.edit_button.clicked.connect(lambda: self.employee and self.edit_employee.emit(self.employee.id))
        self.cpd_print = QPushButton(self.tr("CPD form…"))
        self.cpd_print.clicked.connect(
            lambda: self.employee and self.print_document.emit("cpd-form", {"iin": self.employee.iin}))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed this employee's record, when, from what to what"))
        self.history_button.clicked.connect(
            lambda: self.employee and self.history_requested.emit(self.employee.id, self.employee.full_name))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.cpd_print)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        layout.addWidget(details)

        checks = QGroupBox(self.tr("Checks"))
        checks_layout = QVBoxLayout(checks)
        self.checks = _small_table([self.tr("Rule"), self.tr("Met"), self.tr("Hours counted"),
                                    self.tr("Hours required"), self.tr("Due date")])
        checks_layout.addWidget(self.checks)
        self.window_caption = QLabel()
        self.window_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.window_caption.setWordWrap(True)
        checks_layout.addWidget(self.window_caption)
        self.window = WindowChart()
        checks_layout.addWidget(self.window)
        layout.addWidget(checks)

        history = QGroupBox(self.tr("Activities"))
        history_layout = QVBoxLayout(history)
        self.history_model = ActivityModel(self)
        self.history = RecordTableView(self.history_model, "card-history")
        self.history.setMinimumHeight(220)
        for key in ("employee", "department"):  # the card is about one person
            self.history.setColumnHidden(self._column(key), True)
        self.history.doubleClicked.connect(self._edit_current)
        history_layout.addWidget(self.history)
        row = QHBoxLayout()
        add = QPushButton(self.tr("New activity…"))
        add.clicked.connect(lambda: self.employee and self.new_activity.emit(self.employee.id))
        edit = QPushButton(self.tr("Open…"))
        edit.clicked.connect(self._edit_current)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self._delete_current)
        for button in (add, edit, remove):
            row.addWidget(button)
        from skma_training.domain.permissions import Action

        for button in (add, remove):
            workspace.gate.guard(button, Action.EDIT_ACTIVITIES)
        row.addStretch(1)
        history_layout.addLayout(row)
        layout.addWidget(history)

        self.cpd_box = QGroupBox(self.tr("CPD credit units (healthcare, last 5 years)"))
        cpd_layout = QVBoxLayout(self.cpd_box)
        self.cpd_total = QLabel()
        self.cpd_total.setTextFormat(Qt.TextFormat.PlainText)
        self.cpd_table = _small_table([self.tr("Activity"), self.tr("Row"), self.tr("Units"), self.tr("Rule")])
        cpd_layout.addWidget(self.cpd_total)
        cpd_layout.addWidget(self.cpd_table)
        layout.addWidget(self.cpd_box)
        layout.addStretch(1)
        self.show_employee(None)

    def _column(self, key: str) -> int:
        return next(n for n, c in enumerate(self.history_model.columns) if c.key == key)

    # -- contents ------------------------------------------------------------------

    def show_employee(self, employee: Employee | None) -> None:
        someone_else = employee is None or self.employee is None or employee.id != self.employee.id
        self.employee = employee
        self._loading += 1  # a read still on its way for someone else is dropped
        if someone_else:  # never show one person's history under another's name
            self.activities = []
            self.checks.setRowCount(0)
            self.history_model.set_rows([])
        enabled = employee is not None
        for widget in (self.edit_button, self.history, self.history_button):
            widget.setEnabled(enabled)
        if employee is None:
            self.name.setText(self.tr("Choose an employee in the list."))
            self.verdict.clear()
            for value in self.fields.values():
                value.clear()
            self.checks.setRowCount(0)
            self.history_model.set_rows([])
            self.window.set_window(None, None, None, [], False)
            self.window_caption.clear()
            self.cpd_box.hide()
            self.cpd_print.hide()
            return
        ws = self.workspace
        status = ws.status(employee.id)
        self.name.setText(employee.full_name)
        if status is None:
            self.verdict.setText(self.tr("Not checked on {date}: not employed then.").format(
                date=format_date(ws.computed.as_of)))
            self.verdict.setStyleSheet(f"color: {style.MUTED.name()};")
        elif status.overdue:
            due = status.next_due
            text = self.tr("Overdue since {date}.").format(date=format_date(due + timedelta(days=1))) if due else \
                self.tr("Overdue: no PD on record and no hire date to count from.")
            self.verdict.setText(text)
            self.verdict.setStyleSheet(f"color: {style.OVERDUE.name()}; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("Compliant until {date}.").format(date=format_date(status.next_due)))
            self.verdict.setStyleSheet(f"color: {style.DONE.name()}; font-weight: bold;")
        flags = [text for on, text in ((employee.is_head, self.tr("head or deputy")),
                                       (employee.healthcare, self.tr("healthcare worker"))) if on]
        self.fields["iin"].setText(employee.iin)
        self.fields["department"].setText(employee.department)
        self.fields["position"].setText(employee.position)
        self.fields["category"].setText(category_label(employee.category))
        self.fields["flags"].setText(", ".join(flags) or "—")
        hired = format_date(employee.hired_on) or "—"
        if employee.left_on:
            hired += " — " + self.tr("left {date}").format(date=format_date(employee.left_on))
        self.fields["hired"].setText(hired)
        self.fields["contact"].setText(" · ".join(x for x in (employee.email, employee.phone) if x) or "—")
        # the person's whole records (paperwork, titles) are read off the GUI thread
        self._loading += 1
        token, ctx = self._loading, ws.ctx
        ws.runner.start(lambda _p, _c: register.activities_of(ctx, employee.id),
                        lambda activities: self._activities_read(token, employee, activities),
                        ws.failed.emit)

    def _activities_read(self, token: int, employee: Employee, activities: list[Activity]) -> None:
        if token != self._loading or self.employee is not employee:
            return  # another employee was chosen meanwhile
        ws = self.workspace
        self.activities = activities
        self._show_checks(ws.status(employee.id))
        by_id = {employee.id: employee}
        mine = [d for d in ws.computed.deadlines if d.employee_id == employee.id]
        self.history_model.set_rows(build_rows(self.activities, by_id, mine))
        self.history.sortByColumn(self._column("ends_on"), Qt.SortOrder.DescendingOrder)
        self._show_credits(employee)

    def _show_checks(self, status) -> None:
        as_of = self.workspace.computed.as_of
        checks = status.checks if status else ()
        self.checks.setRowCount(len(checks))
        for row, check in enumerate(checks):
            overdue = check.overdue_on(as_of)
            color = style.OVERDUE if overdue else style.DONE
            self.checks.setItem(row, 0, _item(check_label(check.rule)))
            self.checks.setItem(row, 1, _item(self.tr("yes") if check.met else self.tr("no"), color))
            self.checks.setItem(row, 2, _item(format_number(check.hours), align_right=True))
            self.checks.setItem(row, 3, _item(format_number(check.required), align_right=True))
            self.checks.setItem(row, 4, _item(format_date(check.due_date) or "—", color))
        _fit_height(self.checks)
        main = picture_check(checks, as_of)
        if main is None:
            self.window.set_window(None, None, None, [], False)
            self.window_caption.clear()
            return
        titles = {a.id: a.title for a in self.activities}
        bars = [WindowBar(self.tr("{title} · {hours} h").format(title=titles.get(c.activity_id, ""),
                                                                 hours=format_number(c.hours)), c.ends_on,
                          c.counts_until, c.hours) for c in main.contributions]
        self.window_caption.setText(self.tr(
            "{rule}: the window from {start} to {end}. Each bar runs from the day an activity ended "
            "to the last day it counts.").format(rule=check_label(main.rule), start=format_date(main.window_start),
                                                 end=format_date(as_of)))
        self.window.set_window(main.window_start, as_of, main.due_date, bars, main.overdue_on(as_of))

    def _show_credits(self, employee: Employee) -> None:
        self.cpd_print.setVisible(employee.healthcare)
        if not employee.healthcare:
            self.cpd_box.hide()
            return
        as_of = self.workspace.computed.as_of
        report = credit_report(self.activities, as_of, self.workspace.ctx.rules_for(as_of, self.workspace.settings))
        titles = {a.id: a for a in self.activities}
        self.cpd_total.setText(self.tr("{units} credit units from {start} to {end}").format(
            units=format_number(report.total_units), start=format_date(report.window_start), end=format_date(as_of)))
        self.cpd_table.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            activity = titles.get(item.activity_id)
            name = f"{kind_label(item.kind)}: {activity.title}" if activity else kind_label(item.kind)
            self.cpd_table.setItem(row, 0, _item(name))
            self.cpd_table.setItem(row, 1, _item(str(item.row or ""), align_right=True))
            self.cpd_table.setItem(row, 2, _item(format_number(item.units), None if item.units else style.MUTED,
                                                 align_right=True))
            self.cpd_table.setItem(row, 3, _item(rule_text(item)))
        _fit_height(self.cpd_table)
        self.cpd_box.show()

    # -- actions ----------------------------------------------------------------

    def _current_activity_id(self) -> int | None:
        row = self.history.current_row()
        return row.activity.id if row else None

    def _edit_current(self, *_args) -> None:
        activity_id = self._current_activity_id()
        if activity_id is not None:
            self.edit_activity.emit(activity_id)

    def _delete_current(self) -> None:
        activity_id = self._current_activity_id()
        if activity_id is not None:
            self.delete_activity.emit(activity_id)
