"""Backups of the register: verified copies of the live SQLite file, kept by a rotation.

Names carry the date and time to the second and a counter, so no two ever collide:
``skma-training.2026-11-23_091500-01.daily.sqlite3``. Automatic backups (the first
start of each day, before an import, a migration or a restore) live in backups/
beside the register and are rotated: the newest of each of the last 7 days, 4 weeks
and 12 months that have one are kept. Manual backups are never deleted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.sqlite_backup import (
    backup_name,
    backups_dir,
    copy_database,
    private_dir,
    verify,
)
from skma_training.services.context import Context

log = logging.getLogger(__name__)
MANUAL = "manual"
DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})-(?P<counter>\d+)\.(?P<label>[\w.-]+)\.sqlite3$")


class BackupNotPossible(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This register is on a database server; back it up with the server's own tools.")


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    counter: int
    label: str


def make_backup(source: Path, folder: Path, label: str, taken: datetime,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """A verified copy of ``source`` in ``folder`` (created 0700 if new). ``cancelled``: see
    ``copy_database``."""
    private_dir(folder)
    # the counter orders backups of one second whatever their label (the rotation keeps the newest)
    same_second = [b.counter for b in list_backups(folder, source.stem) if b.taken == taken.replace(microsecond=0)]
    first = max(same_second, default=0)
    copy = copy_database(source, folder, lambda n: backup_name(source.stem, taken, label, first + n),
                         cancelled)
    log.info("backup %s of %s", copy, source)
    return copy


def backup_database(ctx: Context, folder: Path | None = None, label: str = MANUAL) -> Path:
    """Copy the database into ``folder`` (default: backups/ beside it); returns the copy's path."""
    source = ctx.database.path
    if source is None:
        raise BackupNotPossible()
    return make_backup(source, Path(folder) if folder is not None else backups_dir(source), label, ctx.now())


def automatic_backup(ctx: Context, label: str, cancelled: Callable[[], bool] | None = None) -> Path | None:
    """A backup beside the register before a change (import, restore), then the rotation."""
    source = ctx.database.path
    if source is None or not source.exists():
        return None
    copy = make_backup(source, backups_dir(source), label, ctx.now(), cancelled)
    rotate(backups_dir(source), source.stem, retention(ctx))
    return copy


def before_import(ctx: Context, cancelled: Callable[[], bool] | None = None) -> Path | None:
    """The automatic backup before an import (not for an empty new register, nor a read-only one).
    ``cancelled``: the import found it changes nothing; then no copy (``BackupCancelled``)."""
    if ctx.database.read_only or ctx.database.path is None or not _has_rows(ctx):
        return None
    return automatic_backup(ctx, BEFORE_IMPORT, cancelled)


def _has_rows(ctx: Context) -> bool:
    with ctx.database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM employee)").scalar() == 1


def daily_backup_if_due(ctx: Context) -> Path | None:
    """On the first start of a day, a backup (if none was taken that day). Never fails the start:
    a problem is logged, and the next start tries again."""
    source = ctx.database.path
    if source is None or not source.exists() or ctx.database.read_only or not _has_rows(ctx):
        return None
    today = ctx.now().date()
    try:
        if any(b.taken.date() == today for b in list_backups(backups_dir(source), source.stem)):
            return None
        return automatic_backup(ctx, DAILY)
    except Exception as error:  # noqa: BLE001 - the start goes on; the log says why
        log.warning("daily backup of %s failed: %s", source, error)
        return None


def retention(ctx: Context) -> Retention:
    values = ctx.settings()
    try:
        return Retention(int(values.get("backup_keep_daily") or 7), int(values.get("backup_keep_weekly") or 4),
                         int(values.get("backup_keep_monthly") or 12))
    except (TypeError, ValueError):
        return Retention()


def list_backups(folder: Path, stem: str) -> list[Backup]:
    """The backups of the register named ``stem`` in ``folder``, newest first."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        taken = datetime.strptime(match["stamp"], "%Y-%m-%d_%H%M%S")
        found.append(Backup(path, taken, int(match["counter"]), match["label"]))
    return sorted(found, key=lambda b: (b.taken, b.counter), reverse=True)


def to_keep(backups: list[Backup], keep: Retention) -> set[Path]:
    """The newest backup of each of the newest ``daily`` days, ``weekly`` ISO weeks and ``monthly``
    months that have one (the grandfather-father-son rotation)."""
    kept: set[Path] = set()
    for count, period in ((keep.daily, lambda d: d), (keep.weekly, lambda d: d.isocalendar()[:2]),
                          (keep.monthly, lambda d: (d.year, d.month))):
        seen = []
        for backup in backups:  # newest first
            key = period(backup.taken.date())
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(backup.path)
    return kept


def rotate(folder: Path, stem: str, keep: Retention = Retention()) -> list[Path]:
    """Delete the automatic backups the rotation does not keep; returns those deleted."""
    automatic = [b for b in list_backups(folder, stem) if b.label != MANUAL]
    kept = to_keep(automatic, keep)
    deleted = []
    for backup in automatic:
        if backup.path not in kept:
            try:
                backup.path.unlink()
                deleted.append(backup.path)
            except OSError as error:
                log.warning("old backup %s not deleted: %s", backup.path, error)
    return deleted


def newest_good_backup(database: Path, tries: int = 5) -> Path | None:
    """The newest backup beside ``database`` that passes integrity_check."""
    for backup in list_backups(backups_dir(database), Path(database).stem)[:tries]:
        if verify(backup.path) is None:
            return backup.path
    return None


def taken_on(backup: Backup) -> date:
    return backup.taken.date()
