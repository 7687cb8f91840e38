"""A strip across the top of the window: why the register is read-only, and what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class Banner(QWidget):
    retry_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                           "#readOnlyBanner QLabel { color: #4a3b00; }")
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self.retry_requested)
        layout.addWidget(self.retry)
        self.restore = QPushButton(self.tr("Restore the newest good backup…"))
        self.restore.clicked.connect(self.restore_requested)
        layout.addWidget(self.restore)

    def show_message(self, text: str, *, retry: bool, restore: bool) -> None:
        self.text.setText(text)
        self.retry.setVisible(retry)
        self.restore.setVisible(restore)
