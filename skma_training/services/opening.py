"""Opening the register for the window: the database, the writer lock, its health, its backups.

The window reaches the persistence layer only through services; these are the
file-level operations it needs before and beside the register's contents.
"""

from __future__ import annotations

from pathlib import Path

from skma_training.persistence import database as _database
from skma_training.persistence import lockfile, sqlite_backup

READ_ONLY_DAMAGED = _database.READ_ONLY_DAMAGED
READ_ONLY_ELSEWHERE = _database.READ_ONLY_ELSEWHERE

open_database = _database.open_database
known_database_error = _database.known_database_error
quick_check = _database.quick_check
claim_writer = lockfile.claim_writer


def sqlite_file(db) -> Path | None:
    """The register's file when ``db`` (a path, a URL or None for the default) names SQLite."""
    return _database.sqlite_path(_database.resolve_url(db))


def backups_folder(register: Path) -> Path:
    return sqlite_backup.backups_dir(register)
