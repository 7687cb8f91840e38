"""A picture of an employee's 3-year window: which activity counts until when.

Each activity in the window is a bar from the day it ended to the last day it
still counts; the window itself is shaded, the as-of date and the due date
are marked. HR reads at a glance why someone falls due when they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from skma_training.domain.dates import day_text
from skma_training.gui import style


@dataclass(frozen=True)
class WindowBar:
    label: str
    ends_on: date
    counts_until: date
    hours: float


class WindowChart(QWidget):
    ROW = 22
    TOP = 26
    BOTTOM = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[WindowBar] = []
        self.window_start: date | None = None
        self.as_of: date | None = None
        self.due: date | None = None
        self.overdue = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.TOP + self.BOTTOM + self.ROW)

    def set_window(self, window_start: date | None, as_of: date | None, due: date | None,
                   bars: list[WindowBar], overdue: bool) -> None:
        self.window_start, self.as_of, self.due, self.overdue = window_start, as_of, due, overdue
        self.bars = sorted(bars, key=lambda b: b.ends_on)
        self.setFixedHeight(self.TOP + self.BOTTOM + self.ROW * max(1, len(self.bars)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.TOP + self.BOTTOM + self.ROW * max(1, len(self.bars)))

    def _span(self) -> tuple[date, date]:
        start = self.window_start or (self.as_of or date.today()) - timedelta(days=3 * 365)
        end = self.as_of or date.today()
        for day in [self.due] + [b.counts_until for b in self.bars]:
            if day is not None:
                end = max(end, day)
        for day in [self.due] + [b.ends_on for b in self.bars]:
            if day is not None:
                start = min(start, day)
        return start - timedelta(days=20), end + timedelta(days=40)

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self.as_of is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self._span()
        left, right = 8.0, float(self.width() - 8)
        total = max(1, (last - first).days)

        def x(day: date) -> float:
            return left + (right - left) * (day - first).days / total

        height = self.height()
        metrics = QFontMetrics(self.font())
        # the window the rules look at, and the year grid
        if self.window_start:
            painter.fillRect(QRectF(x(self.window_start), self.TOP - 6, x(self.as_of) - x(self.window_start),
                                    height - self.TOP - self.BOTTOM + 12), QColor("#e3f2fd"))
        painter.setPen(QPen(QColor("#b0bec5"), 1))
        for year in range(first.year + 1, last.year + 1):
            px = x(date(year, 1, 1))
            painter.drawLine(QPointF(px, self.TOP - 6), QPointF(px, height - self.BOTTOM + 6))
            painter.drawText(QPointF(px + 3, height - 8), str(year))
        # the activities
        for row, bar in enumerate(self.bars):
            top = self.TOP + row * self.ROW
            rect = QRectF(x(bar.ends_on), top + 3, max(3.0, x(bar.counts_until) - x(bar.ends_on)), self.ROW - 6)
            color = style.CHART_OK if bar.counts_until >= self.as_of else style.MUTED
            painter.fillRect(rect, color.lighter(135))
            painter.setPen(QPen(color.darker(120), 1))
            painter.drawRect(rect)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(max(40.0, rect.width() - 6)))
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
        # the as-of date and the due date
        self._marker(painter, x(self.as_of), QColor("#1565c0"), day_text(self.as_of), height, above=True)
        if self.due is not None:
            color = style.OVERDUE if self.overdue else style.DUE_SOON
            self._marker(painter, x(self.due), color, day_text(self.due), height, above=False)
        painter.end()

    def _marker(self, painter: QPainter, px: float, color: QColor, text: str, height: int, above: bool) -> None:
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(px, self.TOP - 10), QPointF(px, height - self.BOTTOM + 4))
        painter.setPen(color)
        width = QFontMetrics(self.font()).horizontalAdvance(text)
        tx = min(max(2.0, px - width / 2), self.width() - width - 2.0)
        painter.drawText(QPointF(tx, 14 if above else height - self.BOTTOM + 18), text)
