"""Departments and faculties: add, rename in Kazakh and Russian, merge, retire, assign a head.

Every change is saved at once (off the GUI thread); the window's lists and filters
see it as soon as the dialog reports it (``changed``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skma_training.gui.errors import show_error
from skma_training.gui.style import fit_to_screen
from skma_training.services import departments as deps


class NamesDialog(QDialog):
    """A department's name as recorded, in Kazakh and in Russian."""

    def __init__(self, names: tuple[str, str, str] = ("", "", ""), parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Department"))
        form = QFormLayout(self)
        self.name, self.name_kk, self.name_ru = (QLineEdit(text) for text in names)
        for line in (self.name, self.name_kk, self.name_ru):
            line.setMinimumWidth(420)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("In Kazakh:"), self.name_kk)
        form.addRow(self.tr("In Russian:"), self.name_ru)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def names(self) -> tuple[str, str, str]:
        return self.name.text(), self.name_kk.text(), self.name_ru.text()


class DepartmentsDialog(QDialog):
    changed = Signal(object)  # what a change touched (editing.Changed) or None for names only

    def __init__(self, ctx, runner, as_of: date | None = None, staff: dict[int, list] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.as_of = as_of or ctx.today()
        self.staff = staff or {}  # department id -> [(employee id, name)], for choosing a head
        self.rows: list[deps.DepartmentInfo] = []
        self.touched = False
        self.setWindowTitle(self.tr("Departments"))
        fit_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("In Kazakh"), self.tr("In Russian"),
                                              self.tr("Faculty"), self.tr("Head"), self.tr("Staff")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("add", self.tr("Add…"), self.add), ("rename", self.tr("Rename…"), self.rename),
                                ("merge", self.tr("Merge into…"), self.merge),
                                ("head", self.tr("Assign the head…"), self.assign_head),
                                ("retire", self.tr("Retire"), self.retire)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._enable)
        self.reload()

    # -- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        ctx, as_of = self.ctx, self.as_of
        self.runner.start(lambda _p, _c: deps.list_departments(ctx, as_of), self._show, self._failed)

    def _show(self, rows: list[deps.DepartmentInfo]) -> None:
        chosen = self.current().id if self.current() else None
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, info in enumerate(rows):
            for column, text in enumerate((info.name, info.name_kk, info.name_ru, info.faculty, info.head_name,
                                           str(info.staff))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
            if info.id == chosen:
                self.table.selectRow(number)
        self.table.resizeColumnToContents(5)
        self._enable()

    def current(self) -> deps.DepartmentInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()} if self.rows else set()
        return self.rows[min(rows)] if rows else None

    def select(self, dep_id: int) -> None:
        number = next((n for n, info in enumerate(self.rows) if info.id == dep_id), -1)
        if number >= 0:
            self.table.selectRow(number)

    def _enable(self) -> None:
        chosen = self.current() is not None
        for key in ("rename", "merge", "head", "retire"):
            self.buttons[key].setEnabled(chosen)

    # -- changes ------------------------------------------------------------------------

    def _run(self, work, then=None) -> None:
        def done(result):
            self.touched = True
            self.changed.emit(result)
            if then is not None:
                then(result)
            self.reload()

        self.runner.start(lambda _p, _c: work(), done, self._failed)

    def _failed(self, error: Exception) -> None:
        show_error(self, error, self.ctx.database)

    def add(self) -> None:
        dialog = NamesDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            names, ctx = dialog.names(), self.ctx
            self._run(lambda: deps.add_department(ctx, *names), lambda dep_id: self._after_reload(dep_id))

    def _after_reload(self, dep_id: int) -> None:
        self.runner.start(lambda _p, _c: dep_id, lambda d: self.select(d))

    def rename(self) -> None:
        info = self.current()
        if info is None:
            return
        dialog = NamesDialog((info.name, info.name_kk, info.name_ru), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            names, ctx = dialog.names(), self.ctx
            self._run(lambda: deps.rename_department(ctx, info.id, *names))

    def merge(self) -> None:
        info = self.current()
        others = [d for d in self.rows if info is not None and d.id != info.id]
        if not others:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Merge"), self.tr(
            "Move everyone and every plan request of «{name}» to:").format(name=info.name),
            [d.name for d in others], 0, False)
        if not ok:
            return
        target = next(d for d in others if d.name == name)
        answer = QMessageBox.question(self, self.tr("Merge"), self.tr(
            "«{source}» ({n} staff) becomes part of «{target}» and is removed. Continue?").format(
            source=info.name, n=info.staff, target=target.name))
        if answer == QMessageBox.StandardButton.Yes:
            ctx = self.ctx
            self._run(lambda: deps.merge_departments(ctx, info.id, target.id))

    def retire(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Retire"), self.tr(
            "Remove «{name}»? Former staff keep their records.").format(name=info.name))
        if answer == QMessageBox.StandardButton.Yes:
            ctx, as_of = self.ctx, self.as_of
            self._run(lambda: deps.retire_department(ctx, info.id, as_of))

    def assign_head(self) -> None:
        info = self.current()
        if info is None:
            return
        people = self.staff.get(info.id, [])
        choices = [self.tr("(nobody)")] + [name for _id, name in people]
        name, ok = QInputDialog.getItem(self, self.tr("The head"), self.tr("The head of «{name}»:").format(
            name=info.name), choices, 0, False)
        if not ok:
            return
        employee_id = next((pid for pid, pname in people if pname == name), None)
        ctx = self.ctx
        self._run(lambda: deps.set_head(ctx, info.id, employee_id))
