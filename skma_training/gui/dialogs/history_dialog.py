"""The history of one record: who changed what, when, from what to what (the audit trail).

Read off the GUI thread. Heads and viewers on the shared register may not read
the changed values (the server's column grants): they see who and when only,
and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skma_training.gui.errors import show_error
from skma_training.services import audit
from skma_training.services.record_diff import differences


class HistoryDialog(QDialog):
    def __init__(self, ctx, runner, table: str, row_id: int, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {what}").format(what=what))
        layout = QVBoxLayout(self)
        self.caption = QLabel(self.tr("Reading the history…"))
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Changes")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
        runner.start(lambda _p, _c: audit.history(ctx, table=table, entity_id=row_id), self._show,
                     lambda error: show_error(self, error, ctx.database))

    def _action(self, action: str) -> str:
        return {"insert": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("deleted")}.get(
            action, action)

    def _show(self, events: list) -> None:
        events = list(reversed(events))  # the newest first
        self.table.setRowCount(len(events))
        hidden = False
        for row, event in enumerate(events):
            if event.before is None and event.after is None and event.action in ("insert", "update", "delete"):
                hidden = True
                changes = "—"
            elif event.action == "update":
                changes = "\n".join(f"{c.label}: {c.before} → {c.after}"
                                    for c in differences(event.before or {}, event.after or {}))
            else:
                values = event.after if event.action == "insert" else event.before
                changes = "\n".join(f"{c.label}: {c.after}" for c in differences({}, values or {}))
            when = event.occurred_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
            for column, text in enumerate((when, event.actor, self._action(event.action), changes or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if not events:
            self.caption.setText(self.tr("No change of this record is on record."))
        elif hidden:
            self.caption.setText(self.tr("%n changes. Your role sees who made each and when, not the values.", "",
                                         len(events)))
        else:
            self.caption.setText(self.tr("%n changes, the newest first.", "", len(events)))
