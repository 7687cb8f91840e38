"""A small sign for each state, so a state reads by its shape and not only by its colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from skma_training.gui import style

# state -> (colour, the glyph drawn white on it)
_SIGNS = {
    "overdue": (style.OVERDUE, "!"), "late": (style.LATE, "!"),
    "due_this_year": (style.DUE_SOON, "1"), "due_next_year": (QColor("#d9a441"), "2"),
    "new": (QColor("#1565c0"), "+"), "in_order": (style.DONE, "✓"), "done": (style.DONE, "✓"),
    "pending": (style.PENDING, "…"), "not_checked": (style.MUTED, "–"),
}


@lru_cache(maxsize=32)
def state_icon(state: str, size: int = 16) -> QIcon:
    color, glyph = _SIGNS.get(state, (style.MUTED, "?"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), glyph)
    painter.end()
    return QIcon(pixmap)
