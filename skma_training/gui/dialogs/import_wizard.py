"""Importing a workbook: choose it, see how each sheet was read and every problem, then import.

Checking and importing run in the background with a progress bar; the import
can be cancelled, and a rejected or cancelled file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from skma_training.gui.models.table import format_date
from skma_training.gui import style
from skma_training.gui.errors import as_known, show_error
from skma_training.gui.models.problems import ProblemModel, severity_text
from skma_training.gui.tasks import TaskRunner
from skma_training.gui.widgets.table_view import RecordTableView
from skma_training.services.context import Context
from skma_training.services.import_review import column_choices, column_name, save_problems
from skma_training.services.importing import ImportReport, import_workbook

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods"


def _counts_text(report: ImportReport) -> str:
    c = report.counts
    return QCoreApplication.translate(
        "ImportWizard", "Staff: {sa} new, {su} changed, {sn} unchanged. Activities: {aa} new, {au} changed, "
                        "{an} unchanged. New departments: {d}.").format(
        sa=c.staff_added, su=c.staff_updated, sn=c.staff_unchanged, aa=c.activities_added,
        au=c.activities_updated, an=c.activities_unchanged, d=c.departments_added)


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(self.tr("An .xlsx, .xls or .ods file with a sheet of staff and/or a sheet of activities. "
                                 "Headers may be in Kazakh, Russian or English, under a title row."))
        layout = QHBoxLayout(self)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path to the file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the workbook"), self.path.text(),
                                              self.tr("Workbooks ({patterns})").format(patterns=FILE_FILTER))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file()


class CheckPage(QWizardPage):
    """How the sheets were read, the columns it could not place, and every problem."""

    checked = Signal()

    def __init__(self, ctx: Context, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.report: ImportReport | None = None
        self.overrides: dict[str, dict[int, str]] = {}
        self.setTitle(self.tr("Check"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        splitter = QSplitter(Qt.Orientation.Vertical)
        columns_box = QWidget()
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(QLabel(self.tr("How the columns were read (choose a meaning for the ones "
                                                "not recognised, then check again):")))
        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Column"), self.tr("Header in the file"),
                                                self.tr("Read as")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        columns_layout.addWidget(self.columns)
        splitter.addWidget(columns_box)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ProblemModel(self)
        self.problems = RecordTableView(self.model, "import-problems")
        problems_layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the problems as .xlsx…"))
        self.save_button.clicked.connect(self._save_problems)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.clicked.connect(self._check)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        problems_layout.addLayout(buttons)
        splitter.addWidget(problems_box)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.overrides = {}
        self._check()

    def _path(self) -> Path:
        return Path(self.field("path").strip())

    def _check(self) -> None:
        self.report = None
        self.completeChanged.emit()
        self.verdict.setText(self.tr("Reading {name}…").format(name=self._path().name))
        self.verdict.setStyleSheet("")
        self.progress.setValue(0)
        self.recheck_button.setEnabled(False)
        path, overrides, ctx = self._path(), dict(self.overrides), self.ctx
        self.runner.start(
            lambda progress, cancelled: import_workbook(ctx, path, dry_run=True, overrides=overrides,
                                                        progress=progress, cancelled=cancelled, isolated=True),
            self._checked, self._failed, lambda done, total: self.progress.setValue(int(100 * done / max(1, total))))

    def _failed(self, error: Exception) -> None:
        self.recheck_button.setEnabled(True)
        known = as_known(error)
        if known is None:
            show_error(self, error)
            return
        self.progress.setValue(0)
        self.verdict.setText(known.message())
        self.verdict.setStyleSheet(f"color: {style.OVERDUE.name()};")

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(100)
        self.recheck_button.setEnabled(True)
        self.model.set_rows(report.problems)
        self._show_columns(report)
        if not report.accepted:
            self.verdict.setText(self.tr("{n} problems must be fixed in the file before it can be imported; "
                                         "nothing will be changed until then.").format(n=report.error_count))
            self.verdict.setStyleSheet(f"color: {style.OVERDUE.name()}; font-weight: bold;")
        else:
            text = self.tr("The file can be imported. ") + _counts_text(report)
            if report.warnings:
                text += " " + self.tr("{n} warnings below.").format(n=len(report.warnings))
            self.verdict.setText(text)
            self.verdict.setStyleSheet(f"color: {style.DONE.name()}; font-weight: bold;")
        self.save_button.setEnabled(bool(report.problems))
        self.completeChanged.emit()
        self.checked.emit()

    def _show_columns(self, report: ImportReport) -> None:
        rows = []
        for layout in report.parsed.layouts:
            if layout.role is None:
                continue
            choices = column_choices(layout.role)
            mapped = {position: key for key, position in layout.columns.items()}
            for position, header in enumerate(layout.headers):
                if header or position in mapped:
                    rows.append((layout.name, position, header, mapped.get(position), choices))
        self.columns.setRowCount(len(rows))
        for row, (sheet, position, header, key, choices) in enumerate(rows):
            self.columns.setItem(row, 0, QTableWidgetItem(sheet))
            self.columns.setItem(row, 1, QTableWidgetItem(column_name(position)))
            self.columns.setItem(row, 2, QTableWidgetItem(header))
            chooser = QComboBox()
            chooser.addItem(self.tr("— not imported —"), "")
            for title, column_key in choices:
                chooser.addItem(title, column_key)
            chooser.setCurrentIndex(max(0, chooser.findData(key or "")))
            chooser.currentIndexChanged.connect(
                lambda _i, s=sheet, p=position, c=chooser: self.overrides.setdefault(s, {}).__setitem__(
                    p, c.currentData()))
            self.columns.setCellWidget(row, 3, chooser)
        # every column as wide as its content in the user's language; the combos read in full
        for column in (0, 1):
            self.columns.resizeColumnToContents(column)
        choosers = [self.columns.cellWidget(r, 3) for r in range(self.columns.rowCount())]
        if choosers:
            self.columns.setColumnWidth(3, max(c.sizeHint().width() for c in choosers) + 8)
        for row in range(self.columns.rowCount()):
            item = self.columns.item(row, 2)
            if item is not None:
                item.setToolTip(item.text())

    def _save_problems(self) -> None:
        if not self.report:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problems"),
                                              str(self._path().with_name(self._path().stem + "-problems.xlsx")),
                                              "*.xlsx")
        if not path:
            return
        headers = [self.tr("Kind"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                   self.tr("Reason")]
        rows = [(severity_text(p), p.sheet, p.row, p.column, p.value, p.reason()) for p in self.report.problems]
        try:
            save_problems(Path(path), self.tr("Problems"), headers, rows)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)

    def isComplete(self) -> bool:  # noqa: N802
        return self.report is not None and self.report.accepted


class ImportPage(QWizardPage):
    def __init__(self, ctx: Context, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.setTitle(self.tr("Import"))
        self.handle = None
        self.report: ImportReport | None = None
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        # how many deadlines the history date treats as history (issue 7 §1)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.hide()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.history)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        check: CheckPage = self.wizard().page(1)
        path, overrides, ctx = Path(self.field("path").strip()), dict(check.overrides), self.ctx
        self.report = None
        self.status.setText(self.tr("Importing {name}…").format(name=path.name))
        self.cancel_button.setEnabled(True)
        self.history.hide()

        def work(progress, cancelled):
            from skma_training.services.history import history_summary

            report = import_workbook(ctx, path, overrides=overrides, progress=progress, cancelled=cancelled,
                                     isolated=True)
            return report, (history_summary(ctx) if report.applied else None)

        self.handle = self.runner.start(
            work, self._done, self._failed,
            lambda done, total: self.progress.setValue(int(100 * done / max(1, total))))

    def _cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _done(self, result) -> None:
        report, history = result
        self.report = report
        if history is not None and history.history_date is not None:
            self.history.setText(self.tr(
                "{count} deadlines fall before {date} and are treated as history ({open} of them not "
                "done); the Deadlines page shows them on request. Settings → History before moves the date.")
                .format(count=history.before, date=format_date(history.history_date), open=history.open_before))
            self.history.show()
        self.handle = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)
        if report.applied and report.changed_nothing:
            self.status.setText(self.tr("Nothing changed: the register already holds everything in the file."))
            self.status.setStyleSheet(f"color: {style.DONE.name()}; font-weight: bold;")
        elif report.applied:
            self.status.setText(self.tr("Imported. ") + _counts_text(report))
            self.status.setStyleSheet(f"color: {style.DONE.name()}; font-weight: bold;")
        else:
            self.status.setText(self.tr("The file was rejected; nothing was changed."))
            self.status.setStyleSheet(f"color: {style.OVERDUE.name()}; font-weight: bold;")
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.handle = None
        self.cancel_button.setEnabled(False)
        known = as_known(error, self.ctx.database)
        if known is None:
            show_error(self, error)
            known_text = self.tr("The import stopped; nothing was changed.")
        else:
            known_text = known.message()
        self.status.setText(known_text)
        self.status.setStyleSheet(f"color: {style.OVERDUE.name()};")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.handle is None


class ImportWizard(QWizard):
    def __init__(self, ctx: Context, runner: TaskRunner, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a workbook"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        style.fit_to_screen(self, 980, 720)
        self.file_page = FilePage()
        self.check_page = CheckPage(ctx, runner)
        self.import_page = ImportPage(ctx, runner)
        for page in (self.file_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        if path is not None:
            self.file_page.path.setText(str(path))

    def imported(self) -> bool:
        report = self.import_page.report
        return report is not None and report.applied

    def reject(self) -> None:
        if self.import_page.handle is not None:
            QMessageBox.information(self, self.windowTitle(), self.tr("The import is being cancelled; nothing "
                                                                      "will be changed."))
            self.import_page._cancel()
            return
        super().reject()
