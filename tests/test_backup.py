"""Backups: verified, across drives, never overwriting, rotated; restore; the server's own tools."""

import errno
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from skma_training.cli.main import run
from skma_training.persistence import sqlite_backup
from skma_training.persistence.database import open_database
from skma_training.services import backup as backups
from skma_training.services.backup import Backup, Retention, backup_database, list_backups, rotate, to_keep
from skma_training.services.context import Context
from skma_training.services.restore import BackupDamaged, restore_backup

DATA = Path(__file__).parent / "data"
NOON = datetime(2026, 11, 23, 12, 0, 5)


@pytest.fixture(autouse=True)
def _logs(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "reg.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path), "--lang", "en"]) == 0
    database = open_database(path)
    yield Context(database, today=lambda: NOON.date(), now=lambda: NOON)
    database.dispose()


def staff(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from employee").fetchone()[0]


def test_a_backup_to_another_drive_is_whole_verified_and_private(register):
    other_drive = Path("/dev/shm") / f"skma-test-{os.getpid()}"
    if not other_drive.parent.is_dir() or os.stat("/dev/shm").st_dev == os.stat(register.database.path).st_dev:
        pytest.skip("no second file system here")
    try:
        copy = backup_database(register, other_drive / "new folder")
        assert copy.name == "reg.2026-11-23_120005-01.manual.sqlite3"
        assert staff(copy) == 8 and sqlite_backup.verify(copy) is None
        assert os.stat(copy).st_mode & 0o777 == 0o600
        assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no temporary left
    finally:
        import shutil

        shutil.rmtree(other_drive, ignore_errors=True)


def test_a_backup_works_where_hard_links_and_cross_device_renames_fail(register, tmp_path, monkeypatch):
    def no_link(*_args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_link)
    first = backup_database(register, tmp_path / "usb")
    second = backup_database(register, tmp_path / "usb")  # the same second: the counter moves on
    assert [first.name, second.name] == ["reg.2026-11-23_120005-01.manual.sqlite3",
                                         "reg.2026-11-23_120005-02.manual.sqlite3"]
    assert staff(first) == staff(second) == 8


def test_a_copy_that_fails_its_check_leaves_nothing_that_looks_good(register, tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_backup, "verify", lambda path: "row 3 missing from index")
    from skma_training.persistence.sqlite_backup import BackupUnverified

    with pytest.raises(BackupUnverified):
        backup_database(register, tmp_path / "bad")
    assert list((tmp_path / "bad").iterdir()) == []


def test_a_full_disk_during_a_backup_says_so_and_leaves_nothing(register, tmp_path, monkeypatch):
    from skma_training.errors import DiskFull

    def full(source, target, *_cancelled):
        Path(target).write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite_backup, "_backup_into", full)
    with pytest.raises(DiskFull):
        backup_database(register, tmp_path / "full")
    assert list((tmp_path / "full").iterdir()) == []


def test_a_backup_no_longer_wanted_stops_and_leaves_nothing(register, tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_backup, "STEP_PAGES", 1)  # the sample register is a few pages
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) >= 2  # wanted for the first page, not after

    with pytest.raises(sqlite_backup.BackupCancelled):
        backups.make_backup(register.database.path, tmp_path / "gone", "before-import", NOON, cancelled)
    assert len(asked) == 2 and list((tmp_path / "gone").iterdir()) == []
    kept = backups.make_backup(register.database.path, tmp_path / "kept", "before-import", NOON, lambda: False)
    assert sqlite_backup.verify(kept) is None and staff(kept) == staff(register.database.path)


def _backup(day: datetime, label="daily") -> Backup:
    return Backup(Path(f"r.{day:%Y-%m-%d_%H%M%S}-01.{label}.sqlite3"), day, 1, label)


def test_the_rotation_keeps_7_days_4_weeks_12_months():
    # one backup every day at 09:00 and 17:00 for 400 days up to Mon 2026-11-23
    last = datetime(2026, 11, 23, 17, 0)
    every = [_backup(last - timedelta(hours=h)) for h in range(0, 400 * 24, 8) if (last - timedelta(hours=h)).hour in (9, 17)]
    every.sort(key=lambda b: b.taken, reverse=True)
    kept = {b.taken for b in every if b.path in to_keep(every, Retention())}
    days = {datetime(2026, 11, d, 17) for d in range(17, 24)}  # the newest of each of the last 7 days
    weeks = {datetime(2026, 11, 23, 17), datetime(2026, 11, 22, 17), datetime(2026, 11, 15, 17),
             datetime(2026, 11, 8, 17)}  # the newest of each ISO week (weeks end on Sundays)
    months = {datetime(2026, 11, 23, 17)} | {datetime(y, m, d, 17) for y, m, d in [
        (2026, 10, 31), (2026, 9, 30), (2026, 8, 31), (2026, 7, 31), (2026, 6, 30), (2026, 5, 31),
        (2026, 4, 30), (2026, 3, 31), (2026, 2, 28), (2026, 1, 31), (2025, 12, 31)]}
    assert kept == days | weeks | months
    assert len(kept) == 7 + 2 + 11  # Mon 23rd and Sun 22nd are days too; November is this week


def test_rotation_deletes_only_automatic_backups_in_the_folder(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 11):
        (folder / f"r.2026-11-{day:02d}_090000-01.daily.sqlite3").touch()
    (folder / "r.2026-10-01_090000-01.manual.sqlite3").touch()
    (folder / "other.2026-10-01_090000-01.daily.sqlite3").touch()
    deleted = rotate(folder, "r", Retention(daily=3, weekly=0, monthly=0))
    assert sorted(p.name[:12] for p in deleted) == [f"r.2026-11-{d:02d}" for d in range(1, 8)]
    assert sorted(p.name for p in folder.iterdir()) == [
        "other.2026-10-01_090000-01.daily.sqlite3", "r.2026-10-01_090000-01.manual.sqlite3",
        "r.2026-11-08_090000-01.daily.sqlite3", "r.2026-11-09_090000-01.daily.sqlite3",
        "r.2026-11-10_090000-01.daily.sqlite3"]


def test_the_first_start_of_a_day_backs_up_once(register):
    clock = [datetime(2026, 11, 23, 8, 0, 0)]
    ctx = Context(register.database, today=lambda: clock[0].date(), now=lambda: clock[0])
    first = backups.daily_backup_if_due(ctx)
    assert first is not None and first.name == "reg.2026-11-23_080000-01.daily.sqlite3"
    clock[0] = datetime(2026, 11, 23, 16, 30)
    assert backups.daily_backup_if_due(ctx) is None
    clock[0] = datetime(2026, 11, 24, 7, 45, 12)
    assert backups.daily_backup_if_due(ctx).name == "reg.2026-11-24_074512-01.daily.sqlite3"


def test_an_import_backs_up_first(register, capsys):
    path = register.database.path
    folder = path.parent / "backups"
    # the same people again (the .xls of the same list): nothing changes, and no copy is kept of it
    assert run(["import", str(DATA / "sample-roster-ru.xls"), "--db", str(path)]) == 0
    before = {b.path for b in list_backups(folder, "reg")}  # the day's first start made a daily one
    assert "before-import" not in {b.label for b in list_backups(folder, "reg")}
    with register.transaction() as session:  # one activity gone: the file brings it back
        session.execute(text("delete from activity where id = (select min(id) from activity)"))
    held = staff(path), _activities(path)
    assert run(["import", str(DATA / "sample-roster-ru.xls"), "--db", str(path)]) == 0
    new = [b for b in list_backups(folder, "reg") if b.path not in before]
    assert [b.label for b in new] == ["before-import"]
    assert (staff(new[0].path), _activities(new[0].path)) == held  # the register as it was before


def _activities(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from activity").fetchone()[0]


def test_restore_verifies_keeps_the_current_register_and_replaces_it(register, tmp_path, capsys):
    path = register.database.path
    copy = backup_database(register, tmp_path / "safe")
    with register.transaction() as session:
        session.execute(__import__("sqlalchemy").text("delete from activity"))
        session.execute(__import__("sqlalchemy").text("delete from employee"))
    assert staff(path) == 0
    code = run(["restore", str(copy), "--db", str(path), "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0 and "Restored" in out
    assert staff(path) == 8
    kept = [b for b in list_backups(path.parent / "backups", "reg") if b.label == "before-restore"]
    assert len(kept) == 1 and staff(kept[0].path) == 0
    # the open register sees the restored content too
    with register.database.engine.connect() as connection:
        assert connection.exec_driver_sql("select count(*) from employee").scalar() == 8


def test_a_damaged_or_foreign_backup_is_refused_and_the_register_unchanged(register, tmp_path, capsys):
    from faults.damage import corrupt_page

    path = register.database.path
    bad = backup_database(register, tmp_path / "b")
    corrupt_page(bad)
    foreign = tmp_path / "notes.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table notes (text)")
    conn.close()
    before = path.read_bytes()
    for candidate in (bad, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(BackupDamaged):
            restore_backup(register, candidate)
        assert run(["restore", str(candidate), "--db", str(path), "--lang", "en"]) == 1
        assert "cannot be restored" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_restore_is_refused_while_a_window_holds_the_register(register, tmp_path, capsys):
    from skma_training.persistence.lockfile import WriterLock

    copy = backup_database(register, tmp_path / "safe")
    window = WriterLock.for_database(register.database.path)
    assert window.try_acquire()
    try:
        assert run(["restore", str(copy), "--db", str(register.database.path), "--lang", "en"]) == 1
        assert "open for changes in another window" in capsys.readouterr().err
    finally:
        window.release()


def test_on_postgresql_backup_and_restore_print_the_server_commands(capsys, monkeypatch):
    from skma_training.cli import backup_commands

    dump, restore = backup_commands.postgres_commands("postgresql+psycopg://hr@db.skma.kz:5433/register",
                                                      "/backups/register.dump")
    assert dump == ["pg_dump", "--host", "db.skma.kz", "--port", "5433", "--username", "hr",
                    "--format=custom", "--file", "/backups/register.dump", "register"]
    assert restore == ["pg_restore", "--host", "db.skma.kz", "--port", "5433", "--username", "hr",
                       "--clean", "--if-exists", "--single-transaction", "--dbname", "register",
                       "/backups/register.dump"]

    class Server:
        path = None
        url = "postgresql+psycopg://hr@db.skma.kz:5433/register"

    class Ctx:
        database = Server()

    args = __import__("argparse").Namespace(command="backup", to="/mnt/usb")
    assert backup_commands.run(Ctx(), args) == 1
    out = capsys.readouterr().out
    assert "pg_dump --host db.skma.kz --port 5433 --username hr --format=custom --file /mnt/usb/skma-training.dump register" in out
    assert "pg_restore" in out


def test_a_damaged_register_is_not_backed_up_as_if_it_were_good(register, tmp_path, capsys):
    from faults.damage import truncate

    path = register.database.path
    register.database.dispose()
    truncate(path)
    before = path.read_bytes()
    assert run(["backup", "--to", str(tmp_path / "usb"), "--db", str(path), "--lang", "en"]) == 1
    assert "is damaged" in capsys.readouterr().err
    assert not (tmp_path / "usb").exists() or list((tmp_path / "usb").iterdir()) == []
    assert path.read_bytes() == before


def test_the_rotation_follows_the_settings(register):
    from skma_training.services.editing import update_settings

    update_settings(register, {"backup_keep_daily": 2, "backup_keep_weekly": 1, "backup_keep_monthly": 1})
    assert backups.retention(register) == Retention(2, 1, 1)
    clock = [datetime(2026, 11, 20, 8, 0)]
    ctx = Context(register.database, today=lambda: clock[0].date(), now=lambda: clock[0])
    for day in (20, 21, 22, 23):
        clock[0] = datetime(2026, 11, day, 8, 0)
        backups.automatic_backup(ctx, "daily")
    kept = [b.taken.day for b in list_backups(register.database.path.parent / "backups", "reg")]
    assert kept == [23, 22]
    with pytest.raises(ValueError):
        update_settings(register, {"backup_keep_daily": 0})


def test_backups_in_one_second_are_ordered_whatever_their_label(register):
    first = backups.automatic_backup(register, "daily")
    second = backups.automatic_backup(register, "before-import")
    assert first.name == "reg.2026-11-23_120005-01.daily.sqlite3"
    assert second.name == "reg.2026-11-23_120005-02.before-import.sqlite3"
    # the rotation keeps the newest of the day: the one just taken
    assert [b.path for b in list_backups(second.parent, "reg")] == [second]
