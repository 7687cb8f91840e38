"""Backups of the register: a consistent copy of the live SQLite file, taken while it is in use."""

from __future__ import annotations

from pathlib import Path

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.migrations_runner import backup_sqlite
from skma_training.services.context import Context


class BackupNotPossible(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This register is on a database server; back it up with the server's own tools.")


def backup_database(ctx: Context, folder: Path | None = None) -> Path:
    """Copy the database into ``folder`` (default: backups/ beside it); returns the copy's path."""
    source = ctx.database.path
    if source is None:
        raise BackupNotPossible()
    copy = backup_sqlite(source, "manual")
    if folder is not None and Path(folder) != copy.parent:
        target = Path(folder) / copy.name
        target.parent.mkdir(parents=True, exist_ok=True)
        copy.replace(target)
        copy = target
    return copy
