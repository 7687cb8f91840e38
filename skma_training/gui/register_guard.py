"""The window's side of a register it may not write: the banner, the title, "try again",
the check for damage in the background, and File → Restore.

The core refuses every write to a read-only register (Database.write_session and
SQLite's query_only); this module tells the user why, and offers the way out.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QToolBar

from skma_training.gui.errors import show_error
from skma_training.gui.widgets.banner import Banner
from skma_training.services.opening import READ_ONLY_DAMAGED, READ_ONLY_ELSEWHERE, claim_writer, quick_check

log = logging.getLogger(__name__)
WRITING_ACTIONS = ("import_action", "new_activity_action")


class RegisterGuard(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.database = window.ctx.database
        self.base_title = window.windowTitle()
        self.banner = Banner()
        bar = QToolBar()
        bar.setObjectName("readOnlyBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.banner_action = bar.addWidget(self.banner)  # a toolbar shows its widgets through actions
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.bar = bar
        self.banner.retry_requested.connect(self.try_again)
        self.banner.restore_requested.connect(self.restore_newest)
        self.refresh()

    def refresh(self) -> None:
        reason = self.database.read_only
        for name in WRITING_ACTIONS:
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(reason is None)
        if reason is None:
            self.banner_action.setVisible(False)
            self.bar.hide()
            self.window.setWindowTitle(self.base_title)
            return
        self.window.setWindowTitle(self.base_title + " — " + self.tr("read-only"))
        if reason == READ_ONLY_ELSEWHERE:
            lock = self.database.state.get("lock")
            text = self.tr("Read-only: this register is open for changes in another window ({holder}). "
                           "You can look, but not change anything until it closes.").format(
                holder=lock.holder_text() if lock is not None else "?")
        elif reason == READ_ONLY_DAMAGED:
            text = self.tr("Read-only: this register is damaged, so nothing is written to it. "
                           "Restore the newest good backup.")
        else:
            text = self.tr("Read-only: you may read this register but not change it "
                           "(the file or its folder is read-only).")
        self.banner.show_message(text, retry=reason == READ_ONLY_ELSEWHERE, restore=reason == READ_ONLY_DAMAGED)
        self.banner_action.setVisible(True)
        self.bar.show()

    def try_again(self) -> None:
        if claim_writer(self.database):
            log.info("the writer lock is free now: the window may write")
            self.window.workspace.reload()
        self.refresh()

    def check_in_background(self) -> None:
        """PRAGMA quick_check on the thread pool: a damaged register turns read-only with the banner."""
        if self.database.path is None:
            return
        self.window.runner.start(lambda _p, _c: quick_check(self.database.engine), self._checked,
                                 lambda error: log.warning("quick_check failed: %s", error))

    def _checked(self, damage) -> None:
        if damage:
            log.warning("the register failed quick_check: %s", damage)
            self.database.set_read_only(READ_ONLY_DAMAGED)
            self.refresh()

    # -- restore -------------------------------------------------------------------

    def restore_newest(self) -> None:
        from skma_training.services.backup import newest_good_backup

        backup = newest_good_backup(self.database.path) if self.database.path else None
        if backup is None:
            QMessageBox.warning(self.window, self.tr("Restore"), self.tr(
                "No good backup was found beside the register. Choose a backup file yourself "
                "(File → Restore from a backup…)."))
            return
        self.restore(backup)

    def choose_and_restore(self) -> None:
        from skma_training.services.opening import backups_folder

        if self.database.path is None:
            show_error(self.window, _server_error(), self.database)
            return
        start = QSettings().value("backup/folder", str(backups_folder(self.database.path)))
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"), start,
                                                self.tr("Register backups (*.sqlite3);;All files (*)"))
        if chosen:
            self.restore(Path(chosen))

    def restore(self, backup: Path) -> None:
        from skma_training.services.restore import restore_backup

        answer = QMessageBox.question(self.window, self.tr("Restore"), self.tr(
            "Replace the register with the backup {backup}? The register as it is now is kept "
            "in the backups folder.").format(backup=backup))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = restore_backup(self.window.ctx, backup)
        except Exception as error:  # noqa: BLE001 - a plain message; the register is unchanged
            show_error(self.window, error, self.database)
            return
        QMessageBox.information(self.window, self.tr("Restore"), self.tr(
            "The register was restored from {backup}. The previous one is kept as {previous}.").format(
            backup=restored.backup, previous=restored.previous))
        self.refresh()
        self.window.workspace.reload()


def _server_error():
    from skma_training.services.backup import BackupNotPossible

    return BackupNotPossible()


def install(window: QMainWindow) -> RegisterGuard:
    """Called once from MainWindow.__init__."""
    window.register_guard = RegisterGuard(window)
    return window.register_guard
