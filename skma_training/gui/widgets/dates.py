"""Date editing as dd.MM.yyyy, with "no date" allowed where the paperwork is not done yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "dd.MM.yyyy"
_NONE = QDate(1900, 1, 1)  # the minimum stands for "no date" and shows as a blank


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class DateEdit(QDateEdit):
    """A date with a calendar; ``optional`` allows no date (shown blank, cleared with Delete)."""

    valueChanged = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if optional:
            self.setMinimumDate(_NONE)
            self.setSpecialValueText(" ")
            self.setDate(_NONE)
        self.dateChanged.connect(lambda _d: self.valueChanged.emit())
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        # a blank date opens its calendar on this month, not on January 1900
        if event.type() == QEvent.Type.Show and self.optional and self.date() == _NONE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == _NONE:
            return None
        return from_qdate(current)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NONE if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.lineEdit().selectedText() == self.lineEdit().text():
            self.setDate(_NONE)
            return
        super().keyPressEvent(event)
