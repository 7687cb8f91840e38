"""Print a document: its options, then the PDF (or .xlsx) made in the background and opened."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skma_training.errors import Cancelled
from skma_training.gui.errors import show_error
from skma_training.gui.tasks import TaskRunner
from skma_training.gui.widgets.dates import DateEdit
from skma_training.services.context import Context

YEAR_DOCUMENTS = {"plan", "hr-list", "management-report"}
DEPARTMENT_DOCUMENTS = {"department-summary", "hr-list", "plan"}


class PrintDialog(QDialog):
    def __init__(self, ctx: Context, runner: TaskRunner, document: str, params: dict, as_of: date,
                 language: str, departments: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        from skma_training.services.printing import TABULAR, document_title

        self.ctx, self.runner, self.document, self.params = ctx, runner, document, dict(params)
        self.handle = None
        self.setWindowTitle(self.tr("Print: {title}").format(title=document_title(document)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(0 if language == "kk" else 1)
        form.addRow(self.tr("Language:"), self.language)
        self.format = QComboBox()
        self.format.addItem("PDF", ".pdf")
        if document in TABULAR:
            self.format.addItem(self.tr("Excel workbook"), ".xlsx")
        form.addRow(self.tr("Format:"), self.format)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(params.get("year") or (as_of.year + 1 if document == "plan" else as_of.year))
        if document in YEAR_DOCUMENTS:
            form.addRow(self.tr("Year:"), self.year)
        self.as_of = DateEdit()
        self.as_of.set_value(as_of)
        if document not in ("plan", "application"):
            form.addRow(self.tr("As of:"), self.as_of)
        self.department = QComboBox()
        if document in DEPARTMENT_DOCUMENTS:
            if document != "department-summary":
                self.department.addItem(self.tr("All departments"), None)
            for name in departments:
                self.department.addItem(name, name)
            chosen = params.get("department")
            if chosen:
                self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
            form.addRow(self.tr("Department:"), self.department)
        count = len(params.get("activity_ids") or [])
        if count > 1:
            form.addRow(QLabel(self.tr("{n} documents in one PDF.").format(n=count)))
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the document"))
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self._cancel)
        layout.addWidget(self.buttons)
        self.output: Path | None = None

    def request(self):
        from skma_training.services.printing import PrintRequest

        return PrintRequest(
            document=self.document, lang=self.language.currentData(),
            year=self.year.value() if self.document in YEAR_DOCUMENTS else None,
            as_of=self.as_of.value(), iin=self.params.get("iin"),
            department=self.department.currentData() if self.document in DEPARTMENT_DOCUMENTS else None,
            activity_id=self.params.get("activity_id"), activity_ids=self.params.get("activity_ids"))

    def _start(self) -> None:
        from skma_training.services.printing import print_document

        request = self.request()
        folder = Path(tempfile.mkdtemp(prefix="skma-print-"))
        out = folder / f"{self.document}-{request.lang}{self.format.currentData()}"
        ctx = self.ctx
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 100)
        self.handle = self.runner.start(
            lambda progress, cancelled: print_document(ctx, request, out, progress, cancelled),
            self._done, self._failed,
            lambda done, total: self.progress.setValue(int(100 * done / max(1, total))))

    def _cancel(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
        self.reject()

    def _done(self, path) -> None:
        self.handle = None
        self.output = Path(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output)))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.handle = None
        if isinstance(error, Cancelled):
            return  # the user asked for it
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        show_error(self, error, self.ctx.database)
