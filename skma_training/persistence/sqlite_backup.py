"""A verified copy of a live SQLite file, and putting one back.

The copy is written by SQLite's online backup API into a temporary file in the
target folder itself, checked with ``PRAGMA integrity_check``, and only then
given its name by a rename within that folder: another drive works (a rename
never crosses devices), and a killed or failed copy never sits under a name
that looks like a good backup (the next start removes the temporary file).
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from skma_training.errors import DiskFull, KnownError, RegisterDamaged, known_os_error
from skma_training.fileio import private_dir, registered_temporary  # noqa: F401 (private_dir re-exported)
from skma_training.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
BACKUPS_DIR = "backups"
HEADER = b"SQLite format 3\x00"


class BackupUnverified(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup of {path} failed its check ({reason}) and was removed; no backup was kept. "
        "The register itself may be damaged: see the backups folder for an older one.",
    )


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` for reading only (spaces, '?' and '#' in names quoted)."""
    from urllib.parse import quote

    return "file:" + quote(Path(path).absolute().as_posix(), safe="/:") + "?mode=ro"


def backup_name(stem: str, taken: datetime, label: str, counter: int) -> str:
    """``stem.2026-11-23_091500-01.label.sqlite3``: to the second, and a counter for the same second."""
    return f"{stem}.{taken:%Y-%m-%d_%H%M%S}-{counter:02d}.{label}.sqlite3"


def backups_dir(database: Path) -> Path:
    return Path(database).parent / BACKUPS_DIR


def verify(path: Path) -> str | None:
    """What is wrong with an SQLite file (None: it is whole)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(HEADER)) != HEADER:
                return "not an SQLite database"
    except OSError as error:
        return error.strerror or str(error)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check(5)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows)[:300]


class BackupCancelled(Exception):
    """The copy was no longer wanted (``cancelled()`` said so); nothing of it is left."""


STEP_PAGES = 2048  # copied between two looks at ``cancelled``: 8 MB, a few hundredths of a second


def copy_database(source: Path, folder: Path, name_for: Callable[[int], str],
                  cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy the live database ``source`` into ``folder`` under ``name_for(counter)``, the first
    counter whose name is free; returns the copy's path. Never overwrites a file.

    ``cancelled``: asked as the copy goes; when it says so, ``BackupCancelled`` and no copy."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".partial-{secrets.token_hex(6)}.sqlite3"
        with registered_temporary(temporary):
            try:
                _backup_into(source, temporary, cancelled)
                if cancelled is not None and cancelled():
                    raise BackupCancelled()
                problem = verify(temporary)
                if problem:
                    raise BackupUnverified(path=str(source), reason=problem)
                if os.name == "posix":
                    os.chmod(temporary, 0o600)
                _fsync(temporary)
                target = _place(temporary, folder, name_for)
                _fsync_dir(folder)
                return target
            finally:
                for leftover in (temporary, Path(f"{temporary}-journal")):
                    if leftover.exists():
                        leftover.unlink()
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "full" in text:
            raise DiskFull(path=str(folder)) from error
        if "malformed" in text or "not a database" in text:
            raise RegisterDamaged(path=str(source), reason=str(error)) from error
        raise
    except OSError as error:
        raise (known_os_error(error, str(folder)) or error) from error


def _backup_into(source: Path, target: Path, cancelled: Callable[[], bool] | None = None) -> None:
    src = sqlite3.connect(source, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            if cancelled is None:
                src.backup(dst)
            else:
                def step(_status, _remaining, _total):
                    if cancelled():
                        raise BackupCancelled()  # sqlite3 ends the backup and passes it on

                src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


def _place(temporary: Path, folder: Path, name_for: Callable[[int], str]) -> Path:
    for counter in range(1, 10_000):
        target = folder / name_for(counter)
        try:
            os.link(temporary, target)  # fails when the name is taken: never overwrites
        except FileExistsError:
            continue
        except (OSError, NotImplementedError) as error:  # no hard links (FAT, some shares)
            if isinstance(error, OSError) and error.errno == errno.ENOSPC:
                raise
            if target.exists():
                continue
            os.rename(temporary, target)  # same folder, so never across devices
            return target
        os.unlink(temporary)
        return target
    raise FileExistsError(errno.EEXIST, "no free backup name", str(folder))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def restore_into(backup: Path, database: Path) -> None:
    """Put a verified backup's content into the live register ``database``.

    The backup API writes it inside one SQLite transaction: a crash half-way leaves the register
    as it was, and readers in other processes see the old or the new register, never a mix.
    A file SQLite cannot even open as a database is replaced on disk instead.
    """
    src = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        try:
            dst = sqlite3.connect(database, timeout=10)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
            return
        except sqlite3.DatabaseError as error:
            log.warning("restoring %s through SQLite failed (%s); replacing the file", database, error)
    finally:
        src.close()
    temporary = database.with_name(f".partial-{secrets.token_hex(6)}.sqlite3")
    with registered_temporary(temporary):
        try:
            shutil.copyfile(backup, temporary)
            if os.name == "posix":
                os.chmod(temporary, 0o600)
            _fsync(temporary)
            for stale in (Path(f"{database}-wal"), Path(f"{database}-shm")):
                stale.unlink(missing_ok=True)
            os.replace(temporary, database)
        finally:
            temporary.unlink(missing_ok=True)
