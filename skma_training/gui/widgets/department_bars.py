"""Compliance by department: one row per department, its full name beside a stacked bar.

Qt Charts elides long category labels to "..."; the academy's department names
are long ("Кафедра хирургии, оториноларингологии и урологии"), so this small
widget draws names and bars itself. A click on a row opens that department's staff.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from skma_training.gui import style


@dataclass(frozen=True)
class DepartmentCounts:
    name: str
    overdue: int
    due_soon: int
    compliant: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_soon + self.compliant


class DepartmentBars(QWidget):
    department_clicked = Signal(str)
    ROW = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[DepartmentCounts] = []
        self.legend: tuple[str, str, str] = ("", "", "")
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._hover = -1

    def set_rows(self, rows: list[DepartmentCounts], legend: tuple[str, str, str]) -> None:
        self.rows, self.legend = rows, legend
        self.setFixedHeight(self.ROW * (len(rows) + 1) + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, self.ROW * (len(self.rows) + 1) + 8)

    def _layout(self) -> tuple[float, float, float]:
        width = float(self.width())
        name_width = min(width * 0.42, 460.0)
        count_width = 120.0
        return name_width, width - name_width - count_width - 16, count_width

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        name_width, bar_width, _count_width = self._layout()
        colors = (style.CHART_OVERDUE, style.CHART_SOON, style.CHART_OK)
        for number, row in enumerate(self.rows):
            top = number * self.ROW
            if number == self._hover:
                painter.fillRect(QRectF(0, top, self.width(), self.ROW), QColor("#eef4fb"))
            painter.setPen(QColor("#1b1b1b"))
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideMiddle, int(name_width - 8))
            painter.drawText(QRectF(4, top, name_width - 8, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
            x = name_width + 4
            for value, color in zip((row.overdue, row.due_soon, row.compliant), colors):
                if value and row.total:
                    width = bar_width * value / row.total
                    painter.fillRect(QRectF(x, top + 4, width, self.ROW - 8), color)
                    x += width
            share = 100 * row.overdue / row.total if row.total else 0
            painter.setPen(style.OVERDUE if row.overdue else style.DONE)
            painter.drawText(QRectF(name_width + bar_width + 12, top, 120, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             f"{row.overdue}/{row.total} · {share:.0f}%")
        # the legend under the bars
        top = len(self.rows) * self.ROW + 4
        x = name_width + 4
        for text, color in zip(self.legend, colors):
            painter.fillRect(QRectF(x, top + 6, 12, 12), color)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(x + 16, top, 400, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + metrics.horizontalAdvance(text)
        painter.end()

    def _row_at(self, y: float) -> int:
        row = int(y // self.ROW)
        return row if 0 <= row < len(self.rows) else -1

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        row = self._row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            self.setToolTip(self._tooltip(row))
            self.update()

    def leaveEvent(self, _event) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def _tooltip(self, row: int) -> str:
        if row < 0:
            return ""
        r = self.rows[row]
        return f"{r.name}\n{self.legend[0]}: {r.overdue}\n{self.legend[1]}: {r.due_soon}\n{self.legend[2]}: {r.compliant}"

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        row = self._row_at(event.position().y())
        if row >= 0:
            self.department_clicked.emit(self.rows[row].name)
