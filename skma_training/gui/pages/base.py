"""What the pages share: the workspace they show, and a filter bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from skma_training.gui.workspace import Workspace


class Page(QWidget):
    """A page of the main window. ``refresh`` runs whenever the workspace changes."""

    navigate = Signal(str, dict)  # page key, filters: "show me the list behind this"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._dirty = True
        workspace.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # refreshed when shown: hidden pages cost nothing

    def showEvent(self, event) -> None:  # noqa: N802
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._dirty = False

    def apply_filters(self, filters: dict) -> None:
        """Set the page's filters from a click elsewhere (the overview's counts)."""

    def focus_search(self) -> None:
        """Put the cursor in the page's search field, if it has one."""


class SearchField(QLineEdit):
    """Search as you type, without re-filtering on every keystroke of a fast typist."""

    search = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(200)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(lambda: self.search.emit(self.text().strip().casefold()))
        self.textChanged.connect(lambda _t: self._timer.start())


class CountLabel(QLabel):
    """How many rows a filtered list shows, of how many."""

    def show_count(self, model) -> None:
        if model.rowCount() == 0 and model.all_rows():
            self.setText(QCoreApplication.translate("CountLabel", "Nothing found"))
            return
        self.setText(QCoreApplication.translate("CountLabel", "{shown} of {total}").format(
            shown=model.rowCount(), total=len(model.all_rows())))


def combo(items: list[tuple[str, object]], parent: QWidget | None = None, width: int = 0) -> QComboBox:
    """A combo box; ``width`` (characters) keeps long entries, like department names, from
    widening the whole window: they are shown in full in the open list."""
    box = QComboBox(parent)
    if width:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(width)
    for text, data in items:
        box.addItem(text, data)
    return box


def set_combo_items(box: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the chosen one when it still exists."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)


def filter_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
