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
        """From the window's start (a year earlier at most, so someone overdue since 2000 still
        gets a readable axis: the older part is cut and marked) to the last day that matters."""
        as_of = self.as_of
        start = self.window_start or as_of - timedelta(days=3 * 365)
        end = as_of
        for day in [self.due] + [b.counts_until for b in self.bars]:
            if day is not None:
                end = max(end, day)
        floor = start - timedelta(days=365)
        for day in [self.due] + [b.ends_on for b in self.bars]:
            if day is not None:
                start = min(start, max(day, floor))
        return start - timedelta(days=20), end + timedelta(days=40)

    def event(self, event) -> bool:  # noqa: D401
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            for rect, bar in getattr(self, "_rects", []):
                if rect.adjusted(0, -2, 0, 2).contains(event.position() if hasattr(event, "position")
                                                       else QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), QCoreApplication.translate(
                        "WindowChart", "{title}\nended {ended}, counts until {until}; {hours} h").format(
                        title=bar.label, ended=day_text(bar.ends_on), until=day_text(bar.counts_until),
                        hours=f"{bar.hours:g}"), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        self._rects = []
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
        label_room = metrics.horizontalAdvance("0000") + 8
        years = list(range(first.year + 1, last.year + 1))
        step = 1
        while len(years) > 1 and (x(date(2001, 1, 1)) - x(date(2000, 1, 1))) * step < label_room:
            step += 1  # labels that would overlap are thinned out, never drawn on each other
        for year in years:
            px = x(date(year, 1, 1))
            painter.drawLine(QPointF(px, self.TOP - 6), QPointF(px, height - self.BOTTOM + 6))
            if (year - years[0]) % step == 0:
                painter.drawText(QPointF(px + 3, height - 8), str(year))
        # the activities
        for row, bar in enumerate(self.bars):
            top = self.TOP + row * self.ROW
            begin = max(x(bar.ends_on), left)  # cut at the axis's start, like the axis itself
            rect = QRectF(begin, top + 3, max(3.0, x(bar.counts_until) - begin), self.ROW - 6)
            self._rects.append((rect, bar))
            color = style.CHART_OK if bar.counts_until >= self.as_of else style.MUTED
            painter.fillRect(rect, color.lighter(135))
            painter.setPen(QPen(color.darker(120), 1))
            painter.drawRect(rect)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(max(40.0, rect.width() - 6)))
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
        # the as-of date and the due date
        taken = self._marker(painter, x(self.as_of), QColor("#1565c0"), day_text(self.as_of), height, None)
        if self.due is not None:
            color = style.OVERDUE if self.overdue else style.DUE_SOON
            text = day_text(self.due)
            if self.due < first:
                text = "≪ " + text  # due before the axis starts: the line stands at its start
            self._marker(painter, max(x(self.due), left), color, text, height, taken)
        painter.end()

    def _marker(self, painter: QPainter, px: float, color: QColor, text: str, height: int,
                avoid: QRectF | None) -> QRectF:
        """A dashed line with its date above the chart, moved aside from ``avoid`` (the other date)."""
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(px, self.TOP - 10), QPointF(px, height - self.BOTTOM + 4))
        painter.setPen(color)
        width = QFontMetrics(self.font()).horizontalAdvance(text)
        tx = min(max(2.0, px - width / 2), self.width() - width - 2.0)
        box = QRectF(tx, 2, width, 14)
        if avoid is not None and box.intersects(avoid.adjusted(-6, 0, 6, 0)):
            tx = avoid.left() - width - 8 if px <= avoid.center().x() else avoid.right() + 8
            tx = min(max(2.0, tx), self.width() - width - 2.0)
            box = QRectF(tx, 2, width, 14)
        painter.drawText(QPointF(tx, 14), text)
        return box
