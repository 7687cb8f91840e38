"""Reminders by e-mail: a preview of what would go today, "Send now", and the sent log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import QCoreApplication, Qt

from skma_training.domain.dates import day_text
from skma_training.gui.dialogs.mail_settings import MailSettings
from skma_training.gui.errors import show_error
from skma_training.gui.tasks import TaskRunner
from skma_training.services.context import Context
from skma_training.services.reminders import RunReport, message_kind_label, send_reminders, sent_log


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def export_calendar_file(parent: QWidget, ctx: Context, iin: str | None = None) -> str | None:
    """Ask where, write the .ics (one employee's, or the academy's); returns the path written."""
    from PySide6.QtWidgets import QFileDialog

    from skma_training.services.calendar_export import export_calendar

    name = f"skma-deadlines-{iin}.ics" if iin else "skma-deadlines.ics"
    path, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("RemindersDialog", "Export to calendar"), name,
                                                QCoreApplication.translate("RemindersDialog", "Calendar (*.ics)"))
    if not path:
        return None
    try:
        count = export_calendar(ctx, Path(path), ctx.today(), iin=iin)
    except Exception as error:  # noqa: BLE001 - a folder that cannot be written
        show_error(parent, error, ctx.database)
        return None
    QMessageBox.information(parent, QCoreApplication.translate("RemindersDialog", "Export to calendar"),
                            QCoreApplication.translate("RemindersDialog", "Written {path}: {count} events.").format(
                                path=path, count=count))
    return path


class RemindersDialog(QDialog):
    def __init__(self, ctx: Context, runner: TaskRunner, as_of: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.as_of = ctx, runner, as_of
        self.preview: RunReport | None = None
        self.setWindowTitle(self.tr("Reminders by e-mail"))
        self.resize(980, 620)
        tabs = QTabWidget()
        tabs.addTab(self._preview_tab(), self.tr("To be sent"))
        tabs.addTab(self._log_tab(), self.tr("Sent log"))
        self.mail_settings = MailSettings(ctx)
        tabs.addTab(self.mail_settings, self.tr("Mail settings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.refresh()

    def _preview_tab(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.digest = QCheckBox(self.tr("Include the digests to HR and the heads (otherwise on their weekday)"))
        self.digest.toggled.connect(lambda _checked: self.refresh())
        self.messages = _table([self.tr("To"), self.tr("What"), self.tr("Subject")])
        self.messages.itemSelectionChanged.connect(self._show_message)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.messages)
        split.addWidget(self.body)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.clicked.connect(self.send)
        row = QHBoxLayout()
        row.addWidget(self.digest, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget()
        self.log_table = _table([self.tr("When"), self.tr("To"), self.tr("What"), self.tr("Status"),
                                 self.tr("Server's answer"), self.tr("Subject")])
        layout = QVBoxLayout(page)
        layout.addWidget(self.log_table)
        return page

    # -- work

    def refresh(self) -> None:
        ctx, as_of, digest = self.ctx, self.as_of, self.digest.isChecked()
        self.send_button.setEnabled(False)
        self.runner.start(lambda progress, cancelled: send_reminders(ctx, as_of, dry_run=True, digest=digest),
                          on_done=self._previewed, on_error=lambda e: show_error(self, e, ctx.database))
        self._fill_log()

    def _previewed(self, report: RunReport) -> None:
        self.preview = report
        _fill(self.messages, [(m.recipient, message_kind_label(m.kind), m.subject) for m in report.sent])
        self.body.clear()
        self.summary.setText(self.tr(
            "On {date}: {count} to send, {skipped} sent before, {missing} without an e-mail address.").format(
            date=day_text(report.as_of), count=len(report.sent), skipped=report.skipped_already_sent,
            missing=len(report.no_address)))
        self.send_button.setEnabled(bool(report.sent))

    def _show_message(self) -> None:
        rows = self.messages.selectionModel().selectedRows()
        if self.preview is None or not rows:
            return
        message = self.preview.sent[rows[0].row()]
        self.body.setPlainText(f"{message.subject}\n\n{message.rendered.text}")

    def _fill_log(self) -> None:
        states = {"sent": self.tr("Sent"), "failed": self.tr("Not sent; tried again next time"),
                  "sending": self.tr("Interrupted; not confirmed")}
        _fill(self.log_table, [(e.updated_at, e.recipient, message_kind_label(e.kind),
                                states.get(e.status, e.status), e.answer, e.subject)
                               for e in sent_log(self.ctx)])

    def send(self) -> None:
        ctx, as_of, digest = self.ctx, self.as_of, self.digest.isChecked()
        self.send_button.setEnabled(False)
        self.runner.start(lambda progress, cancelled: send_reminders(ctx, as_of, digest=digest),
                          on_done=self._sent, on_error=self._failed)

    def _sent(self, report: RunReport) -> None:
        text = self.tr("{sent} sent, {failed} not sent (they are tried again next time).").format(
            sent=len(report.sent), failed=len(report.failed))
        if report.failed:
            text += "\n\n" + "\n".join(f"{m.recipient}: {error}" for m, error in report.failed[:10])
            QMessageBox.warning(self, self.windowTitle(), text)
        else:
            QMessageBox.information(self, self.windowTitle(), text)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        show_error(self, error, self.ctx.database)
        self.refresh()
