"""Draw the application icon (a calendar page with a check mark) as PNG and ICO.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1565c0"))
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(12 * s, 16 * s, 40 * s, 36 * s), 4 * s, 4 * s)
    p.setBrush(QColor("#90caf9"))
    p.drawRect(QRectF(12 * s, 16 * s, 40 * s, 8 * s))
    p.setBrush(QColor("white"))
    for x in (20, 44):
        p.drawRoundedRect(QRectF((x - 2) * s, 11 * s, 4 * s, 9 * s), 2 * s, 2 * s)
    pen = QPen(QColor("#2e7d32"), 5 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath(QPointF(21 * s, 38 * s))
    path.lineTo(29 * s, 45 * s)
    path.lineTo(43 * s, 30 * s)
    p.drawPath(path)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "skma-training.png"))
    draw(256).save(str(OUT / "skma-training.ico"))
    print("written", *(p.name for p in OUT.iterdir()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
