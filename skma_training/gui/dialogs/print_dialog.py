"""Print a document: its options and where it goes, then the PDF (or .xlsx) made in the
background, and a message that says where it was saved (with Open and Show in folder)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skma_training.errors import Cancelled
from skma_training.gui.errors import show_error
from skma_training.gui.tasks import TaskRunner
from skma_training.gui.widgets.dates import DateEdit
from skma_training.gui.widgets.saved_file import announce_saved, default_folder, file_name
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
        self.path = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form.addRow(self.tr("Save to:"), where)
        self._suggested = ""
        for box in (self.language, self.format, self.department):
            box.currentIndexChanged.connect(lambda _i: self._suggest())
        self.year.valueChanged.connect(lambda _v: self._suggest())
        self._suggest()
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

    def _suggest(self) -> None:
        """A name in the document's language, in the folder chosen last time; a path the
        user typed is kept."""
        from skma_training.services.printing import document_title

        current = self.path.text().strip()
        if current and current != self._suggested:
            path = Path(current)
            self.path.setText(str(path.with_suffix(self.format.currentData())))
            self._suggested = self.path.text()
            return
        lang = self.language.currentData()
        detail = self.department.currentData() or ""
        if self.document in YEAR_DOCUMENTS:
            detail = f"{self.year.value()} {detail}"
        elif self.as_of.value() is not None:
            detail = f"{self.as_of.value():%d.%m.%Y} {detail}"
        name = file_name(document_title(self.document, lang), detail, self.format.currentData())
        folder = Path(current).parent if current else default_folder()
        self._suggested = str(folder / name)
        self.path.setText(self._suggested)

    def _choose_path(self) -> None:
        suffix = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"), self.path.text(),
                                              f"*{suffix}")
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)
            self._suggested = self.path.text()

    def _start(self) -> None:
        from skma_training.services.printing import print_document

        request = self.request()
        if request.as_of is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("As of: {reason}").format(
                reason=self.as_of.problem()))
            return
        out = Path(self.path.text().strip()).expanduser()
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The folder {folder} cannot be made: {reason}")
                                .format(folder=out.parent, reason=error.strerror or error))
            return
        QSettings().setValue("print/folder", str(out.parent))
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
        self.accept()
        announce_saved(self.parentWidget(), self.output)

    def _failed(self, error: Exception) -> None:
        self.handle = None
        if isinstance(error, Cancelled):
            return  # the user asked for it
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        show_error(self, error, self.ctx.database)
