"""Choosing the one employee a record belongs to, and nobody else by accident.

The field starts empty and holds an employee only once one is chosen exactly:
from the list (click, Enter), or by Tab when what was typed matches one person.
Typing filters by name, IIN or department, folding Kazakh letters; anything
else leaves no choice, and the dialog refuses to save ("choose an employee").
Each entry shows the department and IIN, as two people may share a name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from skma_training.domain.model import Employee
from skma_training.domain.text import found, needles, search_text, sort_key

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def entry_text(employee: Employee) -> str:
    details = " · ".join(part for part in (employee.department, employee.iin) if part)
    return f"{employee.full_name} — {details}" if details else employee.full_name


class EmployeePicker(QLineEdit):
    chosen = Signal()  # the choice changed (to someone, or to nobody)

    def __init__(self, employees: list[Employee], parent: QWidget | None = None):
        super().__init__(parent)
        people = sorted(employees, key=lambda e: sort_key(e.full_name))
        self._entries = [(e.id, entry_text(e), search_text(f"{e.full_name} {e.iin} {e.department}"))
                         for e in people]
        self._text_of = {employee_id: text for employee_id, text, _ in self._entries}
        self._id: int | None = None
        self.setPlaceholderText(QCoreApplication.translate(
            "EmployeePicker", "Type a name, IIN or department and choose from the list"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._edited)

    # -- the choice -------------------------------------------------------------------

    def employee_id(self) -> int | None:
        return self._id

    def choose(self, employee_id: int | None) -> None:
        """Show ``employee_id`` as chosen (None: nobody)."""
        text = self._text_of.get(employee_id)
        self.setText(text or "")
        self._choose(employee_id if text is not None else None)

    def _choose(self, employee_id: int | None) -> None:
        if employee_id != self._id:
            self._id = employee_id
            self.chosen.emit()

    def candidates(self, text: str | None = None) -> list[int]:
        """The employees what is typed matches (every one for a blank field)."""
        wanted = needles(self.text() if text is None else text)
        return [employee_id for employee_id, _text, haystack in self._entries if found(wanted, haystack)]

    # -- typing -----------------------------------------------------------------------

    def _edited(self, text: str) -> None:
        exact = next((employee_id for employee_id, entry, _ in self._entries if entry == text), None)
        self._choose(exact)
        self.matches.clear()
        if not text.strip():
            self.completer_.popup().hide()
            return
        for employee_id in self.candidates(text)[:200]:
            item = QStandardItem(self._text_of[employee_id])
            item.setData(employee_id, ID_ROLE)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        employee_id = index.data(ID_ROLE)
        if employee_id is not None:
            self.choose(employee_id)

    def commit(self) -> None:
        """Tab or leaving the field: one match is taken; several or none leave no choice."""
        if self._id is not None or not self.text().strip():
            return
        matching = self.candidates()
        if len(matching) == 1:
            self.choose(matching[0])
        self.completer_.popup().hide()

    def event(self, event) -> bool:  # noqa: D401
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.commit()
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._id is None:
            self.commit()  # Enter chooses; it does not press the dialog's Save
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        if not self.completer_.popup().isVisible():
            self.commit()
        super().focusOutEvent(event)
