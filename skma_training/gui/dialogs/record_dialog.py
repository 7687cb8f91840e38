"""What every form that saves a record shares.

The save runs on the thread pool like every other database call; a refused
save (a duplicate IIN, a rule) leaves the dialog open with what was typed and
says why; closing a changed form asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from skma_training.gui.errors import show_error


class RecordDialog(QDialog):
    buttons: QDialogButtonBox

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = None
        self.database = None
        self._save: Callable[[], Callable[[], Any]] | None = None
        self._pristine: object = None
        self.saving = False
        self.result_of_save: Any = None  # what the save returned (what it changed)
        self.version: int | None = None  # the record's version the form was filled from
        # called when the save found the record changed by someone else meanwhile
        self.on_conflict: Callable[[Exception], None] | None = None
        self.forbidden = ""  # why this user may look but not save

    # -- for subclasses -------------------------------------------------------------------

    def form_state(self) -> object:
        """A comparable picture of the form, to tell whether anything was changed."""
        raise NotImplementedError

    def mark_pristine(self) -> None:
        self._pristine = self.form_state()

    def is_dirty(self) -> bool:
        return self._pristine is not None and self.form_state() != self._pristine

    def forbid(self, why: str) -> None:
        """The user's role may not change this record: the form is shown, Save is not."""
        self.forbidden = why
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(QCoreApplication.translate("RecordDialog", "Close"))
        note = QLabel(why)
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.layout().insertWidget(0, note)

    def show_history_button(self, show: Callable[[], None]) -> None:
        """A "History…" button beside Save: who changed this record, when, from what to what."""
        button = self.buttons.addButton(QCoreApplication.translate("RecordDialog", "History…"),
                                        QDialogButtonBox.ButtonRole.HelpRole)
        button.setAutoDefault(False)
        button.clicked.connect(show)
        self.history_button = button

    def set_saver(self, runner, save: Callable[[], Callable[[], Any]], database=None) -> None:
        """``save()`` is called on the GUI thread and returns the work to run off it."""
        self.runner, self._save, self.database = runner, save, database

    # -- QDialog ------------------------------------------------------------------------

    def accept(self) -> None:
        if self.forbidden:
            return
        if self._save is None:
            super().accept()
            return
        if self.saving:
            return
        work = self._save()
        self.saving = True
        self.buttons.setEnabled(False)
        self.runner.start(lambda _progress, _cancelled: work(), self._saved, self._refused)

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result_of_save = result
        QDialog.accept(self)

    def _refused(self, error: Exception) -> None:
        from skma_training.services.versions import ChangedMeanwhile

        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ChangedMeanwhile) and self.on_conflict is not None:
            self.on_conflict(error)  # theirs beside yours, then the user decides
            return
        show_error(self, error, self.database)  # the form stays as typed

    def reject(self) -> None:
        if self.saving:
            return
        if self.is_dirty() and not self.forbidden:
            answer = QMessageBox.question(
                self, QCoreApplication.translate("RecordDialog", "Discard the changes?"),
                QCoreApplication.translate("RecordDialog",
                                           "The form has changes that are not saved. Close it and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
