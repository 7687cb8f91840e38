"""The short guide to a page, in the user's language (resources/help/<lang>/<page>.html)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from skma_training import paths
from skma_training.gui.style import fit_to_screen


def guide_file(page: str, lang: str) -> Path | None:
    for candidate in (lang, "en"):
        path = paths.resource("help", candidate, f"{page}.html")
        if path.is_file():
            return path
    return None


class HelpDialog(QDialog):
    def __init__(self, page: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        fit_to_screen(self, 760, 720)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        self.path = guide_file(page, lang)
        if self.path is not None:
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
            self.setWindowTitle(self.tr("Guide: {title}").format(title=self.browser.documentTitle()))
        else:
            self.browser.setPlainText(self.tr("There is no guide to this page yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
