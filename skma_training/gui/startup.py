"""What the launcher does once the register is open and once the window shows (hooks)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def after_open(database) -> None:
    """Take the writer lock (a second window opens read-only) and clear what killed runs left."""
    from skma_training.fileio import remove_interrupted
    from skma_training.services.opening import claim_writer

    claim_writer(database)
    remove_interrupted()


def after_show(window, first: bool) -> None:
    """In the background: quick_check, then the day's first backup if it is due."""
    guard = getattr(window, "register_guard", None)
    if guard is None or not first:
        return
    guard.check_in_background()
    ctx = window.ctx

    def backup(_progress, _cancelled):
        from skma_training.services.backup import daily_backup_if_due

        return daily_backup_if_due(ctx)

    window.runner.start(backup, None, lambda error: log.warning("daily backup failed: %s", error))


def offer_restore(db, known) -> bool:
    """The register cannot even be opened (damaged, empty, not a database): offer the newest good
    backup beside it. True when it was restored (the launcher then opens it again)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication, QMessageBox

    from skma_training.errors import DatabaseUnreadable
    from skma_training.gui.errors import show_error
    from skma_training.services.opening import sqlite_file
    from skma_training.services.backup import newest_good_backup
    from skma_training.services.restore import restore_file

    path = sqlite_file(db)
    if path is None or not isinstance(known, DatabaseUnreadable):
        return False
    backup = newest_good_backup(path)
    if backup is None:
        return False
    question = known.message() + "\n\n" + QApplication.translate(
        "Launcher", "The newest good backup is {backup}. Restore it? What is there now is "
                    "kept in the backups folder.").format(backup=backup)
    answer = QMessageBox.question(None, "SKMA Training", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_file(path, backup, datetime.now)
    except Exception as error:  # noqa: BLE001 - a plain message; nothing more is changed
        show_error(None, error)
        return False
    log.info("restored %s from %s at start", path, backup)
    return True
