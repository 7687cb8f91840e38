"""What the launcher does once the register is open and once the window shows (hooks)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def after_open(database) -> None:
    """Take the writer lock (a second window opens read-only) and clear what killed runs left."""
    from skma_training.fileio import remove_interrupted
    from skma_training.persistence.lockfile import claim_writer

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
