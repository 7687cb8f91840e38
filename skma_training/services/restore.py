"""Putting a backup back: verified first, the current register kept, then replaced and reopened."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from skma_training.errors import DatabaseTooNew, KnownError, RegisterOpenElsewhere
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.database import READ_ONLY_DAMAGED, quick_check
from skma_training.persistence.lockfile import WriterLock
from skma_training.persistence.migrations_runner import upgrade_to_head
from skma_training.persistence.sqlite_backup import (
    backup_name,
    backups_dir,
    private_dir,
    read_only_uri,
    restore_into,
    verify,
)
from skma_training.services.backup import BEFORE_RESTORE, BackupNotPossible, make_backup
from skma_training.services.context import Context

log = logging.getLogger(__name__)


class BackupDamaged(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} cannot be restored: {reason}. The register was not changed.")


@dataclass(frozen=True)
class Restored:
    backup: Path
    previous: Path  # the register as it was before, kept in backups/


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a whole register of a schema this application knows."""
    from alembic.script import ScriptDirectory

    from skma_training.persistence.migrations_runner import alembic_config

    backup = Path(backup)
    if not backup.is_file():
        raise BackupDamaged(path=str(backup), reason="no such file")
    problem = verify(backup)
    if problem:
        raise BackupDamaged(path=str(backup), reason=problem)
    connection = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        revision = None
    finally:
        connection.close()
    if not revision:
        raise BackupDamaged(path=str(backup), reason="it is not an SKMA Training register")
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision[0])
    except Exception as error:
        raise DatabaseTooNew(path=str(backup), revision=revision[0]) from error


def restore_backup(ctx: Context, backup: Path) -> Restored:
    """Replace the register with ``backup`` and reopen it. Refused while another window holds
    the writer lock."""
    database = ctx.database
    path = database.path
    if path is None:
        raise BackupNotPossible()
    database.engine.dispose()  # no pooled connection keeps the old pages
    restored = restore_file(path, backup, ctx.now, database.state.get("lock"))
    damage = quick_check(database.engine)
    if damage:  # cannot happen for a verified backup unless the disk fails now
        raise BackupDamaged(path=str(backup), reason=damage)
    if database.read_only == READ_ONLY_DAMAGED:
        database.set_read_only(None)
    upgrade_to_head(database)  # an older backup is brought up to this version's schema
    return restored


def restore_file(path: Path, backup: Path, now, own_lock: WriterLock | None = None) -> Restored:
    """Put ``backup`` in the place of the register file ``path`` (which may be damaged, empty or
    not a database at all), keeping what was there in backups/."""
    backup = Path(backup).resolve()
    check_backup(backup)
    lock = None
    if own_lock is None or not own_lock.held:
        lock = WriterLock.for_database(path)
        if not lock.try_acquire():
            raise RegisterOpenElsewhere(path=str(path), holder=lock.holder_text())
    try:
        previous = _keep_current(now, path)
        restore_into(backup, path)
    finally:
        if lock is not None:
            lock.release()
    log.info("restored %s from %s; the previous register kept as %s", path, backup, previous)
    return Restored(backup, previous)


def _keep_current(now, path: Path) -> Path:
    """A copy of the register as it is now: verified if it is whole, else the raw bytes."""
    if not path.exists():
        return path
    folder = private_dir(backups_dir(path))
    problem = verify(path)
    if problem is None:
        try:
            return make_backup(path, folder, BEFORE_RESTORE, now())
        except Exception as error:  # noqa: BLE001 - the bytes are kept instead
            problem = str(error)
    log.warning("the current register is not whole (%s); its bytes are kept as they are", problem)
    taken = now()
    for counter in range(1, 1000):
        target = folder / backup_name(path.stem, taken, BEFORE_RESTORE + "-damaged", counter)
        if not target.exists():
            shutil.copyfile(path, target)
            wal = Path(f"{path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}-wal"))
            return target
    raise FileExistsError(str(folder))
