"""Someone changed the record while you edited it: who and when, theirs beside yours, and a choice.

Nothing is overwritten without the user seeing what they would overwrite:
"Use theirs" loads their version into the form (yours is dropped), "Save mine"
saves the form over theirs on purpose, "Keep editing" goes back to the form.
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

from skma_training.services.record_diff import FieldChange

THEIRS, MINE, EDIT = "theirs", "mine", "edit"


class ConflictDialog(QDialog):
    def __init__(self, who: str, when: str, changes: list[FieldChange], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = EDIT
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{who} changed this record at {when} (UTC), after you opened it. "
                               "Their version and yours differ here:").format(who=who or "?", when=when or "?"))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Yours (in the form)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, change in enumerate(changes):
            for column, text in enumerate((change.label, change.before, change.after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not changes:
            self.table.hide()
            layout.addWidget(QLabel(self.tr("The fields you see are the same; their change was elsewhere.")))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.theirs_button = buttons.addButton(self.tr("Use theirs"), QDialogButtonBox.ButtonRole.ResetRole)
        self.mine_button = buttons.addButton(self.tr("Save mine over theirs"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.edit_button = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        self.edit_button.clicked.connect(lambda: self._choose(EDIT))
        self.edit_button.setDefault(True)  # Enter never overwrites anybody
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == EDIT else self.accept)()
