"""Everyone, searchable and filterable, with the selected person's card beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout

from skma_training.domain.vocabulary import CATEGORY_LABELS, category_label
from skma_training.domain.text import found, needles
from skma_training.gui.models.staff import (
    DUE_SOON,
    STATES,
    OVERDUE,
    StaffModel,
    build_rows,
    in_state,
    status_text,
)
from skma_training.gui.pages.base import CountLabel, Page, SearchField, combo, set_combo_items
from skma_training.gui.pages.employee_card import EmployeeCard
from skma_training.gui.widgets.table_view import RecordTableView


class StaffPage(Page):
    new_employee = Signal()

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search by name, IIN, department, position…"))
        self.department = combo([(self.tr("All departments"), None)], width=20)
        self.category = combo([(self.tr("All categories"), None)] +
                              [(category_label(code), str(code)) for code in CATEGORY_LABELS], width=14)
        self.status = combo([(self.tr("Any status"), None)] +
                            [(status_text(s), s) for s in (OVERDUE, DUE_SOON)] +
                            [(status_text(s), s) for s in STATES if s != OVERDUE], width=16)
        add = QPushButton(self.tr("New employee…"))
        add.clicked.connect(self.new_employee)
        from skma_training.domain.permissions import Action

        workspace.gate.guard(add, Action.EDIT_STAFF)
        bar = QHBoxLayout()
        for widget in (self.search, self.department, self.category, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.count = CountLabel()
        bar.addWidget(self.count)
        bar.addWidget(add)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = StaffModel(self)
        self.view = RecordTableView(self.model, "staff")
        self.card = EmployeeCard(workspace)
        splitter.addWidget(self.view)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 520])  # the list gets the larger share; the user may drag it
        layout.addWidget(splitter, 1)

        self.search.search.connect(lambda _t: self._filter())
        for box in (self.department, self.category, self.status):
            box.currentIndexChanged.connect(lambda _i: self._filter())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

    def refresh(self) -> None:
        super().refresh()
        ws = self.workspace
        selected = self.card.employee.id if self.card.employee else None
        set_combo_items(self.department, [(self.tr("All departments"), None)] +
                        [(name, name) for name in ws.departments()])
        self.model.set_rows(build_rows(ws.snapshot.employees, ws.computed.status_by_employee, ws.computed.as_of))
        self._filter()
        self.select_employee(selected)

    def _filter(self) -> None:
        needle = needles(self.search.text())
        department, category, state = (self.department.currentData(), self.category.currentData(),
                                       self.status.currentData())
        if not (needle or department or category or state):
            self.model.set_filter(None)
        else:
            def accept(row) -> bool:
                return (found(needle, row.haystack)
                        and (not department or row.employee.department == department)
                        and (not category or row.employee.category == category)
                        and (not state or in_state(row.state, state)))

            self.model.set_filter(accept)
        self.count.show_count(self.model)

    def _show_current(self) -> None:
        row = self.view.current_row()
        self.card.show_employee(row.employee if row else None)

    def select_employee(self, employee_id: int | None) -> None:
        if employee_id is None:
            self.card.show_employee(None)
            return
        position = self.model.row_of(lambda r: r.employee.id == employee_id)
        if position < 0:
            self.card.show_employee(None)
            return
        self.view.selectRow(position)
        self.view.scrollTo(self.model.index(position, 0))
        self._show_current()

    def apply_filters(self, filters: dict) -> None:
        if "status" in filters:
            self.status.setCurrentIndex(max(0, self.status.findData(filters["status"])))
        if "department" in filters:
            self.department.setCurrentIndex(max(0, self.department.findData(filters["department"])))
        if "employee_id" in filters:
            self.search.clear()
            self.select_employee(filters["employee_id"])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
