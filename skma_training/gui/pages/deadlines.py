"""Every deadline in one list, with the quick views HR uses: overdue, this week, next 30 days."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from skma_training.domain.deadlines import DEADLINE_KIND_LABELS, DeadlineState, deadline_kind_label, deadline_state_label
from skma_training.domain.overview import deadline_in_view
from skma_training.domain.text import found, needles
from skma_training.gui.errors import show_error
from skma_training.gui.models.deadlines import DeadlineModel, build_rows
from skma_training.gui.models.table import format_date
from skma_training.gui.pages.base import CountLabel, Page, SearchField, combo, set_combo_items
from skma_training.gui.widgets.table_view import RecordTableView

VIEWS = ("overdue", "week", "month", "all")


class DeadlinesPage(Page):
    edit_activity = Signal(int)
    open_plan = Signal()

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        views = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        for number, (key, text) in enumerate(zip(VIEWS, (self.tr("Overdue"), self.tr("This week"),
                                                          self.tr("Next 30 days"), self.tr("All")))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"view-{key}")
            self.view_group.addButton(button, number)
            views.addWidget(button)
        self.view_group.button(0).setChecked(True)
        views.addStretch(1)
        self.count = CountLabel()
        views.addWidget(self.count)
        layout.addLayout(views)
        filters = QHBoxLayout()
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search by employee or activity…"))
        self.kind = combo([(self.tr("All deadlines"), None)] +
                          [(deadline_kind_label(k), str(k)) for k in DEADLINE_KIND_LABELS])
        self.department = combo([(self.tr("All departments"), None)], width=22)
        self.state = combo([(self.tr("Any state"), None)] +
                           [(deadline_state_label(s), str(s)) for s in DeadlineState])
        for widget in (self.search, self.kind, self.department, self.state):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = DeadlineModel(self)
        # what the history date hides: counted in the background, shown on request (issue 7 §1)
        self.history_line = QLabel()
        self.history_line.setObjectName("historyLine")
        self.history_line.setTextFormat(Qt.TextFormat.RichText)
        self.history_line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.history_line.linkActivated.connect(lambda _link: self._toggle_history())
        self.history_line.hide()
        layout.addWidget(self.history_line)
        self._older: list = []
        self._showing_history = False
        self._history_key = None
        self.view = RecordTableView(self.model, "deadlines")
        self.view.doubleClicked.connect(lambda *_: self._open())
        layout.addWidget(self.view, 1)
        actions = QHBoxLayout()
        self.print_overdue = QPushButton(self.tr("Print the overdue list…"))
        self.print_overdue.clicked.connect(lambda: self.save_list(overdue=True))
        self.export = QPushButton(self.tr("Export the list…"))
        self.export.setToolTip(self.tr("The list as shown (filter and order) into an Excel workbook"))
        self.export.clicked.connect(lambda: self.save_list(overdue=False))
        actions.addWidget(self.print_overdue)
        actions.addWidget(self.export)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.view_group.idClicked.connect(lambda _i: self._filter())
        self.search.search.connect(lambda _t: self._filter())
        for box in (self.kind, self.department, self.state):
            box.currentIndexChanged.connect(lambda _i: self._filter())

    def refresh(self) -> None:
        super().refresh()
        ws = self.workspace
        set_combo_items(self.department, [(self.tr("All departments"), None)] +
                        [(name, name) for name in ws.departments()])
        self._show_rows()
        self._count_history()

    def _show_rows(self) -> None:
        ws = self.workspace
        activities = {a.id: a for a in ws.snapshot.activities}
        shown = ws.computed.deadlines + (self._older if self._showing_history else [])
        self.model.set_rows(build_rows(shown, ws.snapshot.employee_by_id, activities,
                                       ws.computed.as_of, ws.snapshot.departments))
        if self.model._sort_column < 0:
            self.view.sortByColumn(0, self.view.horizontalHeader().sortIndicatorOrder())
        self._filter()

    def _count_history(self) -> None:
        """Count, off the GUI thread, what falls due before the history date on this as-of date."""
        from skma_training.services.queries import tracked_deadlines

        ws = self.workspace
        history, as_of = ws.settings.get("history_date"), ws.computed.as_of
        key = (history, as_of, id(ws.snapshot), id(ws.computed))
        if key == self._history_key:
            return
        self._history_key = key
        if history is None or as_of < history:
            self._older, self._showing_history = [], False
            self.history_line.hide()
            return
        ctx, snapshot, settings = ws.ctx, ws.snapshot, dict(ws.settings)

        def work(*_progress_and_cancel):
            every = tracked_deadlines(ctx, as_of, snapshot=snapshot, settings=settings, show_all=True)
            return key, [d for d in every if d.due_date < history]

        ws.runner.start(work, self._history_counted, self._history_failed)

    def _history_failed(self, error: Exception) -> None:
        import logging

        logging.getLogger(__name__).warning("counting the history deadlines failed: %r", error)

    def _history_counted(self, result) -> None:
        key, older = result
        if key != self._history_key:
            return  # the date or the register changed meanwhile
        self._older = older
        self._update_history_line()
        if self._showing_history:
            self._show_rows()

    def _update_history_line(self) -> None:
        if not self._older:
            self.history_line.hide()
            return
        history = format_date(self.workspace.settings.get("history_date"))
        if self._showing_history:
            text = self.tr("%n older items treated as history (before {date}) are shown — "
                           "<a href='hide'>hide them</a>", "", len(self._older))
        else:
            text = self.tr("%n older items treated as history (before {date}) — "
                           "<a href='show'>show them</a>", "", len(self._older))
        self.history_line.setText(text.format(date=history))
        self.history_line.show()

    def _toggle_history(self) -> None:
        self._showing_history = not self._showing_history
        self._update_history_line()
        self._show_rows()

    def _filter(self) -> None:
        as_of = self.workspace.computed.as_of
        view = VIEWS[max(0, self.view_group.checkedId())]
        needle = needles(self.search.text())
        kind, department, state = self.kind.currentData(), self.department.currentData(), self.state.currentData()

        def in_view(row) -> bool:  # one definition with the overview's cards (domain/overview.py)
            return deadline_in_view(row.deadline, view, as_of)

        def accept(row) -> bool:
            return (in_view(row) and found(needle, row.haystack)
                    and (not kind or row.deadline.kind == kind)
                    and (not department or row.department == department)
                    and (not state or row.deadline.state == state))

        self.model.set_filter(accept)
        self.count.show_count(self.model)

    def save_list(self, overdue: bool, path: Path | None = None) -> None:
        """The overdue list as a PDF, or the list as shown as a workbook; asks where unless told."""
        from skma_training.gui.widgets.saved_file import announce_saved, default_folder, file_name
        from skma_training.services.list_export import export_list

        if overdue:
            self.apply_filters({"view": "overdue"})
        as_of = self.workspace.computed.as_of
        title = self.tr("Overdue applications and reports") if overdue else self.tr("Deadlines")
        suffix = ".pdf" if overdue else ".xlsx"
        if path is None:
            suggested = default_folder() / file_name(title, f"{as_of:%d.%m.%Y}", suffix)
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested), f"*{suffix}")
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
        headers, rows = self.view.shown_table()
        subtitle = self.tr("As of {date}; %n rows", "", len(rows)).format(date=format_date(as_of))

        def done(written) -> None:
            self.saved = written
            announce_saved(self, written)

        self.workspace.runner.start(lambda _p, _c: export_list(path, title, subtitle, headers, rows), done,
                                    lambda error: show_error(self, error, self.workspace.ctx.database))

    def _open(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        if row.activity is not None:
            self.edit_activity.emit(row.activity.id)
        else:
            self.open_plan.emit()

    def apply_filters(self, filters: dict) -> None:
        view = filters.get("view")
        if view in VIEWS:
            # a card's list is the view alone, so that its length is the card's number
            for box in (self.kind, self.department, self.state):
                box.setCurrentIndex(0)
            self.search.clear()
            self.view_group.button(VIEWS.index(view)).setChecked(True)
            self._filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
