"""Pseudo-translation: every string 40% longer and full of Kazakh letters, to find what a
longer language would cut (labels, buttons) before a real translation does.

Used by the tests and by ``scripts/screenshots.py --pseudo``; not by the application.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton, QWidget

PADDING = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def stretch(text: str) -> str:
    """``text`` and 40% more, placeholders and markup untouched (the padding goes at the end)."""
    if not text or text.isspace() or text.startswith("<") or "*" in text:
        return text  # rich text and file filters keep their syntax
    extra = max(1, round(len(text) * 0.4))
    return text + (PADDING * (extra // len(PADDING) + 1))[:extra]


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return stretch(source.replace("%n", str(n)) if n >= 0 else source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons under ``root`` whose text does not fit their room."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.textFormat() == 1 or "<" in text or widget.pixmap() is not None \
                    and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                # heightForWidth answers for the whole widget, padding and margins included
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    found.append(f"label {text[:50]!r}: needs {needed}px high, has {widget.height()}")
            else:
                needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
                if needed > widget.contentsRect().width() + 1:
                    found.append(f"label {text[:50]!r}: needs {needed}px, has {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if isinstance(widget, (QCheckBox, QRadioButton)):
                hint = widget.minimumSizeHint().width()
            if hint > widget.width() + 1:
                found.append(f"{type(widget).__name__} {widget.text()[:50]!r}: needs {hint}px, has {widget.width()}")
    return found
