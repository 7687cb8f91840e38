"""Internships at home and abroad, with their reporting documents and what is still missing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout

from skma_training.domain.text import found, needles
from skma_training.gui.models.internships import InternshipModel, build_rows
from skma_training.gui.pages.base import CountLabel, Page, SearchField, combo, set_combo_items
from skma_training.gui.widgets.table_view import RecordTableView
from skma_training.services import register


class InternshipsPage(Page):
    edit_activity = Signal(int)
    print_document = Signal(str, dict)

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self._reading = 0  # which read of the internships the page waits for
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search by employee, host, country…"))
        self.missing_only = QCheckBox(self.tr("Only with missing documents"))
        self.abroad_only = QCheckBox(self.tr("Only abroad"))
        self.department = combo([(self.tr("All departments"), None)], width=20)
        for widget in (self.search, self.department, self.missing_only, self.abroad_only):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.count = CountLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.model = InternshipModel(self)
        self.view = RecordTableView(self.model, "internships")
        self.view.doubleClicked.connect(lambda *_: self._open())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        open_ = QPushButton(self.tr("Open…"))
        open_.clicked.connect(self._open)
        report = QPushButton(self.tr("Print internship report…"))
        report.clicked.connect(self._print)
        plan = QPushButton(self.tr("Print implementation plan…"))  # E464 7.15
        plan.clicked.connect(self._print_plan)
        buttons.addWidget(open_)
        buttons.addWidget(report)
        buttons.addWidget(plan)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.search.search.connect(lambda _t: self._filter())
        self.missing_only.toggled.connect(lambda _c: self._filter())
        self.abroad_only.toggled.connect(lambda _c: self._filter())
        self.department.currentIndexChanged.connect(lambda _i: self._filter())

    def refresh(self) -> None:
        super().refresh()
        ws = self.workspace
        set_combo_items(self.department, [(self.tr("All departments"), None)] +
                        [(name, name) for name in ws.departments()])
        # the reporting documents are not in the light snapshot: the internships are read whole,
        # off the GUI thread
        self._reading += 1
        token, ctx = self._reading, ws.ctx
        ws.runner.start(lambda _p, _c: register.internships(ctx), lambda found: self._read(token, found),
                        ws.failed.emit)

    def _read(self, token: int, internships) -> None:
        if token != self._reading:
            return  # a newer refresh is on its way
        ws = self.workspace
        self.model.set_rows(build_rows(internships, ws.snapshot.employee_by_id, ws.computed.as_of))
        if self.model._sort_column < 0:
            self.view.sortByColumn(5, self.view.horizontalHeader().sortIndicatorOrder())
        self._filter()

    def _filter(self) -> None:
        needle = needles(self.search.text())
        missing, abroad = self.missing_only.isChecked(), self.abroad_only.isChecked()
        department = self.department.currentData()
        people = self.workspace.snapshot.employee_by_id

        def accept(row) -> bool:
            employee = people.get(row.activity.employee_id)
            return (found(needle, row.haystack) and (not missing or row.missing)
                    and (not abroad or row.activity.scope == "international")
                    and (not department or (employee is not None and employee.department == department)))

        self.model.set_filter(accept if (needle or missing or abroad or department) else None)
        self.count.show_count(self.model)

    def _open(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.edit_activity.emit(row.activity.id)

    def _print(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.print_document.emit("internship-report", {"activity_id": row.activity.id})

    def _print_plan(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.print_document.emit("implementation-plan", {"activity_ids": [row.activity.id]})

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
