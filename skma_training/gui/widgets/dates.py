"""A day typed as text (01.03.2025, 1.3.25, ISO) or picked from a calendar; blank where allowed.

A line edit rather than QDateEdit: a typed day is never thrown away, Tab moves to
the next field instead of the next section, and an empty field stays empty.
Up and Down step a day from the value, or from the ``anchor`` (a related date,
or the as-of day) when blank.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from skma_training.domain.dates import day_text
from skma_training.domain.typed_dates import DateTypo, parse_day
from skma_training.gui import style

DISPLAY_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    return day


class DateEdit(QLineEdit):
    """A day; ``optional`` allows none (a blank field)."""

    valueChanged = Signal()  # as the user types: for validation
    committed = Signal()  # a day was set, picked, or typed and left: for work that costs (the as-of day)

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self._value: date | None = None
        self._problem = ""
        self._anchor = None  # date, or a callable giving one (the related field's value)
        self.setPlaceholderText(QCoreApplication.translate("DateEdit", "dd.mm.yyyy"))
        self.setToolTip(QCoreApplication.translate(
            "DateEdit", "Type the day (01.03.2025, 1.3.25 or 2025-03-01); Up and Down change it"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 48)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 36)
        calendar = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                  QLineEdit.ActionPosition.TrailingPosition)
        calendar.setToolTip(QCoreApplication.translate("DateEdit", "Pick the day in a calendar"))
        calendar.triggered.connect(self._open_calendar)
        self._calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finish)

    # -- value ----------------------------------------------------------------------

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        self.setText(day_text(value))
        self._set(value, "")
        self.committed.emit()

    def problem(self) -> str:
        """Why the typed text is not a day, in the user's language; empty when it is one."""
        return self._problem

    def set_anchor(self, anchor) -> None:
        """Where Up, Down and the calendar start when the field is blank (a date or a callable)."""
        self._anchor = anchor

    def _anchor_day(self) -> date | None:
        return self._anchor() if callable(self._anchor) else self._anchor

    def _set(self, value: date | None, problem: str) -> None:
        changed = value != self._value or problem != self._problem
        self._value, self._problem = value, problem
        self.setStyleSheet(f"border: 1px solid {style.OVERDUE.name()};" if problem else "")
        if changed:
            self.valueChanged.emit()

    def _typed(self, text: str) -> None:
        try:
            day = parse_day(text)
        except DateTypo as typo:
            self._set(None, QCoreApplication.translate("Dates", typo.reason).format(**typo.values))
            return
        if day is None and not self.optional:
            self._set(None, QCoreApplication.translate("Dates", "a date is needed"))
            return
        self._set(day, "")

    def _finish(self) -> None:
        self._typed(self.text())
        if not self._problem and self._value is not None:
            self.setText(day_text(self._value))  # 1.3.25 reads back as 01.03.2025
        if not self._problem:
            self.committed.emit()

    # -- keys and the calendar ------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                 Qt.Key.Key_PageDown: (0, -1)}
        if event.key() in steps:
            days, months = steps[event.key()]
            start = self._value
            if start is None:
                start = self._anchor_day()
                days, months = 0, 0  # the first press shows the anchor itself
            if start is None:
                return super().keyPressEvent(event)
            moved = _add_months(start + timedelta(days=days), months)
            self.set_value(moved)
            return None
        return super().keyPressEvent(event)

    def _open_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self, Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        start = self._value or self._anchor_day()
        if start is not None:
            self._calendar.setSelectedDate(to_qdate(start))
            self._calendar.setCurrentPage(start.year, start.month)
        self._calendar.adjustSize()
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(from_qdate(day))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()

