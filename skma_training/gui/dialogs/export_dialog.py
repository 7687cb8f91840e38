"""Export: the register as of a date, or the empty template; written in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skma_training.gui.errors import show_error
from skma_training.gui.tasks import TaskRunner
from skma_training.gui.widgets.dates import DateEdit
from skma_training.services.context import Context
from skma_training.services.exporting import export_workbook, write_template

LANGUAGE_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


class ExportDialog(QDialog):
    def __init__(self, ctx: Context, runner: TaskRunner, as_of: date, language: str, folder: Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.setWindowTitle(self.tr("Export"))
        self.resize(620, 0)
        layout = QVBoxLayout(self)
        self.register = QRadioButton(self.tr("The register: staff, activities and compliance on a date"))
        self.template = QRadioButton(self.tr("An empty template to fill in and import"))
        self.register.setChecked(True)
        layout.addWidget(self.register)
        layout.addWidget(self.template)
        form = QFormLayout()
        self.as_of = DateEdit()
        self.as_of.set_value(as_of)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        path_row = QHBoxLayout()
        from skma_training.gui.widgets.saved_file import file_name

        # a name the user reads in their own language
        self.path = QLineEdit(str(folder / file_name(self.tr("Register of professional development"),
                                                     f"{as_of:%d.%m.%Y}", ".xlsx")))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("As of:"), self.as_of)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("File:"), path_row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.template.toggled.connect(lambda on: self.as_of.setEnabled(not on))
        self.written: Path | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), "*.xlsx")
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _export(self) -> None:
        path = Path(self.path.text().strip())
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        ctx, lang, as_of = self.ctx, self.language.currentData(), self.as_of.value()
        template = self.template.isChecked()
        self.buttons.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0 if template else 100)
        self.status.setText(self.tr("Writing {name}…").format(name=path.name))

        def work(progress, cancelled):
            if template:
                return write_template(path, lang)
            export_workbook(ctx, path, as_of, lang, progress)
            return path

        self.runner.start(work, self._done, self._failed,
                          lambda done, total: self.progress.setValue(int(100 * done / max(1, total))))

    def _done(self, path: Path) -> None:
        self.written = Path(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.progress.hide()
        self.status.clear()
        show_error(self, error, self.ctx.database)
