"""The first start on an empty register: import a workbook, open the demo academy, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartPage(QWidget):
    import_requested = Signal()
    demo_requested = Signal()
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to SKMA Training"))
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("The register is empty. How would you like to begin?"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        self.choices = []
        for caption, detail, signal in (
            (self.tr("Import an Excel file…"),
             self.tr("A staff list with or without PD activities (.xlsx, .xls, .ods), as HR keeps it"),
             self.import_requested),
            (self.tr("Open the demo academy"),
             self.tr("A realistic academy in a temporary database: try everything, nobody's data is touched"),
             self.demo_requested),
            (self.tr("Start empty"), self.tr("Add the first employee by hand"), self.empty_requested),
        ):
            button = QPushButton(f"{caption}\n{detail}")
            button.setObjectName("welcomeChoice")
            button.setMinimumSize(560, 64)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.choices.append(button)
        layout.addStretch(2)
