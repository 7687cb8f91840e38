"""Two kinds of error: known ones get a plain message, bugs get the crash dialog.

The crash path must not crash itself: it writes to stderr and the log first,
and builds its dialog from plain widgets only.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skma_training.errors import KnownError
from skma_training.logs import log_file, tail

log = logging.getLogger(__name__)
qt_log = logging.getLogger("skma_training.qt")


def as_known(error: BaseException, database=None) -> KnownError | None:
    if isinstance(error, KnownError):
        return error
    from skma_training.services.opening import known_database_error

    return known_database_error(error, database)


def show_error(parent: QWidget | None, error: BaseException, database=None) -> None:
    """A known error as a plain message; anything else as a crash report."""
    known = as_known(error, database)
    if known is None:
        report_crash(type(error), error, error.__traceback__, parent)
        return
    log.info("shown to the user: %s", known.message("en"))
    tell(parent, known.message())


def tell(parent: QWidget | None, text: str) -> None:
    """A warning the user reads and closes."""
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("Errors", "SKMA Training"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages name people and files: data, never markup
    box.exec()


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "SKMA Training met an error it did not expect. Your data is safe: every change is "
            "saved in its own transaction, and the one that failed was not saved.\n\n"
            "Please send the text below to the person who supports the application."))
        text.setWordWrap(True)
        layout.addWidget(text)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setMinimumSize(640, 280)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        folder = buttons.addButton(self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


_showing = False


def report_crash(kind: type[BaseException], error: BaseException, trace: TracebackType | None,
                 parent: QWidget | None = None) -> None:
    global _showing
    text = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(text)
    log.error("unexpected error\n%s", text)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(text + "\n--- log ---\n" + tail(40), parent).exec()
    except Exception:  # the crash dialog must never take the application down
        sys.stderr.write("could not show the crash dialog\n")
    finally:
        _showing = False


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    qt_log.log(level, "%s", message)


def install_handlers() -> None:
    """Route uncaught exceptions to the crash dialog and Qt's messages into the log."""
    sys.excepthook = report_crash
    qInstallMessageHandler(_qt_message)
