"""A table view set up the same way everywhere, remembering its columns per user."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from skma_training.gui.models.table import RecordTableModel
from skma_training.i18n import current_language


class RecordTableView(QTableView):
    def __init__(self, model: RecordTableModel, settings_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings_key = settings_key
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        char = self.fontMetrics().averageCharWidth()
        for number, column in enumerate(model.columns):
            if column.width:
                self.setColumnWidth(number, max(40, column.width * char + 16))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fitted = self.restore_layout()
        model.modelReset.connect(self._fit_once)
        header.sectionMoved.connect(lambda *_: self.save_layout())
        header.sectionResized.connect(lambda *_: self.save_layout())
        header.sortIndicatorChanged.connect(lambda *_: self.save_layout())

    def viewportEvent(self, event) -> bool:  # noqa: N802
        """A cell cut short by its column shows its whole text as a tooltip."""
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = index.data(Qt.ItemDataRole.DisplayRole) or ""
                room = self.visualRect(index).width() - 12
                if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                    room -= self.iconSize().width() + 4 if self.iconSize().width() > 0 else 20
                if text and self.fontMetrics().horizontalAdvance(text) > room:
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
        return super().viewportEvent(event)

    def shown_table(self) -> tuple[list[str], list[list[str]]]:
        """The headers and cells as on screen: visible columns in their order, filtered rows."""
        model, header = self.model(), self.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not self.isColumnHidden(c)]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in columns]
        rows = [[model.data(model.index(r, c)) or "" for c in columns] for r in range(model.rowCount())]
        return headers, rows

    def record_model(self) -> RecordTableModel:
        return self.model()

    def current_row(self):
        index = self.currentIndex()
        return self.record_model().row_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        return [self.record_model().row_at(r) for r in sorted(rows)]

    def _layout_key(self) -> str:
        # per language: widths that fit Russian headers cut the Kazakh ones
        return f"tables/{current_language()}/{self.settings_key}"

    def save_layout(self) -> None:
        QSettings().setValue(self._layout_key(), self.horizontalHeader().saveState())

    def restore_layout(self) -> bool:
        state = QSettings().value(self._layout_key())
        if state:
            return self.horizontalHeader().restoreState(state)
        return False

    def _fit_once(self) -> None:
        """The first time rows arrive, size the columns to their contents (in whatever language),
        unless the user has a layout of their own; then leave the widths to the user."""
        if self._fitted or not self.model().rowCount():
            return
        self._fitted = True
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(200)  # a sample of rows, not all 100,000
        limit = 30 * self.fontMetrics().averageCharWidth() + 24
        for column in range(self.model().columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), limit))
