"""Where printed and exported files go, and the message that says where they went."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

FOLDER_NAME = "SKMA Training"


def default_folder(key: str = "print/folder") -> Path:
    """The folder chosen last time, else "SKMA Training" in the user's Documents."""
    remembered = QSettings().value(key)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def file_name(title: str, detail: str, suffix: str) -> str:
    """A file name in the user's language that every system accepts."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", f"{title} {detail}").strip()
    return " ".join(stem.split())[:120] + suffix


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def announce_saved(parent: QWidget | None, path: Path) -> None:
    """ "Saved to …" with Open and Show in folder; says so when nothing can open the file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SavedFile", "Saved"))
    box.setText(QCoreApplication.translate("SavedFile", "Saved to {path}").format(path=path))
    open_button = box.addButton(QCoreApplication.translate("SavedFile", "Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(QCoreApplication.translate("SavedFile", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button and not open_file(path):
        QMessageBox.warning(parent, QCoreApplication.translate("SavedFile", "Saved"), QCoreApplication.translate(
            "SavedFile", "No program on this computer opens {kind} files. The file is in {folder}.").format(
            kind=path.suffix, folder=path.parent))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
