"""Colours and small visual conventions shared by the pages."""

from __future__ import annotations

from PySide6.QtGui import QColor

# state colours: readable on white, distinguishable without colour vision too (text says it)
OVERDUE = QColor("#c62828")
LATE = QColor("#b26a00")
DUE_SOON = QColor("#b26a00")
DONE = QColor("#2e7d32")
PENDING = QColor("#37474f")
MUTED = QColor("#78909c")

OVERDUE_BG = QColor("#fdecea")
DUE_SOON_BG = QColor("#fff4e0")
DONE_BG = QColor("#e8f5e9")

STATE_COLORS = {"overdue": OVERDUE, "late": LATE, "done": DONE, "pending": PENDING}
STATE_BACKGROUNDS = {"overdue": OVERDUE_BG, "late": DUE_SOON_BG, "done": DONE_BG}

CHART_OK = QColor("#43a047")
CHART_SOON = QColor("#fb8c00")
CHART_OVERDUE = QColor("#e53935")
CHART_SERIES = [QColor(c) for c in ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935",
                                    "#6d4c41", "#3949ab", "#c0ca33", "#5e35b1")]


def fit_to_screen(widget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, but never beyond the screen (office laptops are 1366x768)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width() - 40), min(height, available.height() - 60)
    widget.resize(width, height)
