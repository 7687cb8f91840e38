"""The register file: damaged, empty, foreign, a folder, read-only or missing; and a second window."""

from datetime import date
import hashlib
import os
from pathlib import Path

import pytest

from faults.damage import corrupt_page, truncate
from skma_training.cli.main import run
from skma_training.errors import (
    RegisterDamaged,
    RegisterEmpty,
    RegisterForeign,
    RegisterIsFolder,
    RegisterReadOnlyFile,
    RegisterReadOnlyFolder,
    RegisterReadOnlyNow,
)
from skma_training.persistence import database as database_module
from skma_training.persistence.database import (
    READ_ONLY_DAMAGED,
    READ_ONLY_ELSEWHERE,
    READ_ONLY_FILE,
    open_database,
)
from skma_training.persistence.lockfile import WriterLock, claim_writer

DATA = Path(__file__).parent / "data"
READING = ["check", "deadlines", "credits 650103302000", "export OUT.xlsx", "print hr-list --out OUT.pdf"]


@pytest.fixture(autouse=True)
def _logs(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))


def cli(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"


def register_with_staff(path: Path) -> Path:
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path), "--lang", "en"]) == 0
    return path


@pytest.mark.parametrize("command", READING)
def test_reading_commands_never_create_a_register(capsys, tmp_path, command):
    missing = tmp_path / "typo" / "registr.sqlite3"
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in command.split()]
    code, _, err = cli(capsys, *argv, "--db", str(missing), "--lang", "en")
    assert code == 1
    assert f"There is no register at {missing}" in err
    assert not missing.exists() and not missing.parent.exists()
    assert not list(tmp_path.glob("out*"))


def test_import_and_demo_may_create_one(capsys, tmp_path):
    code, _, _ = cli(capsys, "demo", "--staff", "20", "--db", str(tmp_path / "new" / "d.sqlite3"))
    assert code == 0 and (tmp_path / "new" / "d.sqlite3").is_file()


@pytest.mark.parametrize("kind, error, words", [
    ("empty", RegisterEmpty, "is empty (0 bytes)"),
    ("foreign", RegisterForeign, "not an SQLite database"),
    ("folder", RegisterIsFolder, "is a folder, not a register file"),
])
def test_what_is_not_a_register_gets_its_own_message_and_is_left_as_it_was(capsys, tmp_path, kind, error, words):
    path = tmp_path / "register.sqlite3"
    if kind == "empty":
        path.touch()
    elif kind == "foreign":
        path.write_bytes(b"PK\x03\x04 a workbook renamed by mistake" * 50)
    else:
        path.mkdir()
    before = fingerprint(path)
    with pytest.raises(error):
        open_database(path)
    for argv in (["import", str(DATA / "sample-roster-ru.xlsx")], ["check"], ["demo", "--staff", "5"]):
        code, _, err = cli(capsys, *argv, "--db", str(path), "--lang", "en")
        assert code == 1 and words in err and "Traceback" not in err
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "logs") == ["register.sqlite3"]


@pytest.mark.parametrize("damage", [corrupt_page, truncate])
def test_a_damaged_register_is_never_written_to(capsys, tmp_path, damage):
    path = register_with_staff(tmp_path / "damaged.sqlite3")
    damage(path)
    before = fingerprint(path)
    code, _, err = cli(capsys, "import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path), "--lang", "en")
    assert code == 1 and "is damaged" in err and "Nothing was written" in err
    code, _, err = cli(capsys, "demo", "--db", str(path), "--lang", "en")
    assert code == 1 and "is damaged" in err
    assert fingerprint(path) == before
    # the window opens it read-only: SQLite itself refuses writes
    database = open_database(path, need_write=False)
    try:
        assert database.read_only == READ_ONLY_DAMAGED
        with pytest.raises(RegisterReadOnlyNow):
            database.write_session()
        with pytest.raises(Exception, match="readonly|query_only|malformed"):
            with database.engine.connect() as connection:
                connection.exec_driver_sql("insert into setting (key, value) values ('x', '1')")
    finally:
        database.dispose()
    assert fingerprint(path) == before


def test_the_damaged_message_names_the_newest_good_backup(capsys, tmp_path):
    from skma_training.services.backup import backup_database
    from skma_training.services.context import Context

    path = register_with_staff(tmp_path / "r.sqlite3")
    assert run(["check", "--db", str(path)]) == 0  # the day's first start with data: a daily backup
    database = open_database(path)
    copy = backup_database(Context(database, today=lambda: date(2026, 11, 23)), tmp_path / "r-backups")
    database.dispose()
    corrupt_page(path)
    with pytest.raises(RegisterDamaged):
        open_database(path)
    code, _, err = cli(capsys, "import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path), "--lang", "en")
    assert code == 1
    # manual backups elsewhere are not known to the register; automatic ones beside it are
    backups = sorted((tmp_path / "backups").glob("r.*.sqlite3"))
    assert backups and f'skma-training restore "{backups[-1]}"' in err
    assert copy.exists()


def test_a_read_only_file_can_be_read_but_not_written(capsys, tmp_path, monkeypatch):
    (tmp_path / "HR files #1").mkdir()
    path = register_with_staff(tmp_path / "HR files #1" / "ro.sqlite3")
    monkeypatch.setattr(database_module, "writable", lambda p: Path(p) != path)
    before = fingerprint(path)
    code, _, err = cli(capsys, "import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path), "--lang", "en")
    assert code == 1 and "is read-only" in err
    code, out, err = cli(capsys, "check", "--json", "--db", str(path))
    assert code == 0 and "650103302000" in out and "read-only" in err
    assert fingerprint(path) == before


def test_a_read_only_folder_gets_its_own_message(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    monkeypatch.setattr(database_module, "writable", lambda p: Path(p) != folder)
    with pytest.raises(RegisterReadOnlyFolder):
        open_database(folder / "new.sqlite3")
    code, _, err = cli(capsys, "demo", "--db", str(folder / "new.sqlite3"), "--lang", "en")
    assert code == 1 and f"The folder {folder} is read-only" in err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write read-only files")
def test_a_really_read_only_file(tmp_path):
    path = tmp_path / "real.sqlite3"
    open_database(path).dispose()
    path.chmod(0o400)
    with pytest.raises(RegisterReadOnlyFile):
        open_database(path)
    database = open_database(path, need_write=False)
    assert database.read_only == READ_ONLY_FILE
    database.dispose()


def test_a_second_window_opens_read_only_and_may_try_again(tmp_path):
    path = tmp_path / "shared.sqlite3"
    first = open_database(path, need_write=False)
    assert claim_writer(first) and first.read_only is None
    second = open_database(path, need_write=False)
    assert not claim_writer(second)
    assert second.read_only == READ_ONLY_ELSEWHERE
    assert str(os.getpid()) in second.state["lock"].holder_text()
    with pytest.raises(RegisterReadOnlyNow):
        second.write_session()
    assert not claim_writer(second)  # "try again" while the first is still open
    first.dispose()  # the first window closes
    assert claim_writer(second) and second.read_only is None
    with second.write_session() as session, session.begin():
        session.execute(__import__("sqlalchemy").text("insert into setting (key, value) values ('k', '1')"))
    second.dispose()


def test_the_lock_goes_with_a_killed_holder(tmp_path):
    import subprocess
    import sys

    lock_file = tmp_path / "r.sqlite3.lock"
    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from skma_training.persistence.lockfile import WriterLock\n"
        f"lock = WriterLock({str(lock_file)!r}); assert lock.try_acquire(); print('held', flush=True)\n"
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    assert child.stdout.readline().strip() == "held"
    assert not WriterLock(lock_file).try_acquire()
    child.kill()
    child.wait()
    lock = WriterLock(lock_file)
    assert lock.try_acquire()
    lock.release()
