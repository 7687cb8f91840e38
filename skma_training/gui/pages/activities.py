"""Every activity: find it, open it, add one, delete one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from skma_training.domain.vocabulary import KIND_LABELS, kind_label
from skma_training.domain.text import found, needles
from skma_training.gui.models.activities import ActivityModel, build_rows
from skma_training.gui.pages.base import CountLabel, Page, SearchField, combo, set_combo_items
from skma_training.gui.widgets.table_view import RecordTableView


LARGE = 20_000  # lists longer than this get every column's order computed in the background


class ActivitiesPage(Page):
    new_activity = Signal(object)  # employee id or None
    edit_activity = Signal(int)
    delete_activities = Signal(list)
    print_document = Signal(str, dict)

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search by employee, title, provider, certificate…"))
        self.kind = combo([(self.tr("All kinds"), None)] + [(kind_label(k), str(k)) for k in KIND_LABELS])
        self.department = combo([(self.tr("All departments"), None)], width=22)
        self.year = combo([(self.tr("Any year"), None)])
        bar = QHBoxLayout()
        for widget in (self.search, self.kind, self.department, self.year):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.count = CountLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)

        self.model = ActivityModel(self)
        self.view = RecordTableView(self.model, "activities")
        self.view.doubleClicked.connect(lambda *_: self._open())
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        add = QPushButton(self.tr("New activity…"))
        add.clicked.connect(lambda: self.new_activity.emit(None))
        open_ = QPushButton(self.tr("Open…"))
        open_.clicked.connect(self._open)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._delete)
        application = QPushButton(self.tr("Print applications…"))
        application.setToolTip(self.tr("The application to the rector for each selected activity, in one PDF"))
        application.clicked.connect(lambda: self._print("application"))
        report = QPushButton(self.tr("Print listener's reports…"))
        report.clicked.connect(lambda: self._print("listener-report"))
        for button in (add, open_, delete, application, report):
            buttons.addWidget(button)
        from skma_training.domain.permissions import Action

        for button in (add, delete):
            workspace.gate.guard(button, Action.EDIT_ACTIVITIES)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.search.search.connect(lambda _t: self._filter())
        for box in (self.kind, self.department, self.year):
            box.currentIndexChanged.connect(lambda _i: self._filter())

    def refresh(self) -> None:
        super().refresh()
        ws = self.workspace
        set_combo_items(self.department, [(self.tr("All departments"), None)] +
                        [(name, name) for name in ws.departments()])
        years = sorted({a.starts_on.year for a in ws.snapshot.activities if a.starts_on}, reverse=True)
        set_combo_items(self.year, [(self.tr("Any year"), None)] + [(str(y), y) for y in years])
        self.model.set_rows(build_rows(ws.snapshot.activities, ws.snapshot.employee_by_id, ws.computed.deadlines))
        if self.model.rowCount() > LARGE and ws.display_ready:
            self.model.precompute_orders(ws.runner)
        self._filter()

    def _filter(self) -> None:
        needle = needles(self.search.text())
        kind, department, year = self.kind.currentData(), self.department.currentData(), self.year.currentData()
        if not (needle or kind or department or year):
            self.model.set_filter(None)
        else:
            def accept(row) -> bool:
                a = row.activity
                return (found(needle, row.haystack)
                        and (not kind or a.kind == kind)
                        and (not department or row.department == department)
                        and (not year or (a.starts_on is not None and a.starts_on.year == year)))

            self.model.set_filter(accept)
        self.count.show_count(self.model)

    def _open(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.edit_activity.emit(row.activity.id)

    def _delete(self) -> None:
        ids = [row.activity.id for row in self.view.selected_rows() if row]
        if ids:
            self.delete_activities.emit(ids)

    def _print(self, document: str) -> None:
        ids = [row.activity.id for row in self.view.selected_rows() if row and row.activity.is_pd]
        if ids:
            self.print_document.emit(document, {"activity_ids": ids})

    def apply_filters(self, filters: dict) -> None:
        if "kind" in filters:
            self.kind.setCurrentIndex(max(0, self.kind.findData(filters["kind"])))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
