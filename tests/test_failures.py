"""Known failures get their own message and exit 1; unknown commands exit 2; only bugs exit 3."""

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import exc

from skma_training import errors
from skma_training.cli.main import run
from skma_training.persistence import database as database_module
from skma_training.persistence.database import known_database_error

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _logs(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))


class _PgError(Exception):
    def __init__(self, text, sqlstate=None):
        super().__init__(text)
        self.sqlstate = sqlstate


def _wrapped(orig):
    return exc.OperationalError("SELECT 1", {"iin": "650103302000"}, orig)


@pytest.mark.parametrize("orig, expected", [
    (sqlite3.OperationalError("database is locked"), errors.DatabaseLocked),
    (sqlite3.OperationalError("database table is locked"), errors.DatabaseLocked),
    (sqlite3.OperationalError("database or disk is full"), errors.DiskFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), errors.RegisterReadOnlyFile),
    (sqlite3.DatabaseError("database disk image is malformed"), errors.RegisterDamaged),
    (sqlite3.DatabaseError("file is not a database"), errors.RegisterForeign),
    (sqlite3.OperationalError("disk I/O error"), errors.DiskTrouble),
    (_PgError('connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused'),
     errors.ServerUnreachable),
    (_PgError('FATAL:  password authentication failed for user "hr"', "28P01"), errors.ServerLoginFailed),
    (_PgError('new row violates row-level security policy for table "activity"', "42501"),
     errors.ServerPermissionDenied),
    (_PgError("permission denied for table employee", "42501"), errors.ServerPermissionDenied),
])
def test_database_failures_map_to_their_own_message(orig, expected):
    known = known_database_error(_wrapped(orig), shown="/data/r.sqlite3")
    assert type(known) is expected
    assert "{" not in known.message("en")  # every placeholder filled
    # in the user's language too: the Russian text is not the English one once translated
    assert known.message("ru")


@pytest.mark.parametrize("error, expected", [
    (OSError(errno.ENOSPC, "No space left on device", "/mnt/usb/a.xlsx"), errors.DiskFull),
    (PermissionError(errno.EACCES, "Permission denied", "/srv/share/a.xlsx"), errors.AccessDenied),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/no/such"), errors.NoSuchFile),
    (OSError(errno.EROFS, "Read-only file system", "/media/cd/a.pdf"), errors.ReadOnlyDisk),
])
def test_os_failures_map_to_their_own_message_naming_the_file(error, expected):
    known = known_database_error(error)
    assert type(known) is expected and error.filename in known.message("en")


def test_a_wrapped_cause_is_found():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", "/tmp/x")
        except OSError as inner:
            raise RuntimeError("while writing") from inner
    except RuntimeError as outer:
        assert isinstance(known_database_error(outer), errors.DiskFull)


def test_a_bug_is_not_a_known_failure():
    assert known_database_error(ValueError("bad")) is None
    assert known_database_error(_wrapped(sqlite3.OperationalError("no such column: nickname"))) is None


def test_a_busy_register_exits_1_with_its_message(capsys, tmp_path, monkeypatch):
    path = tmp_path / "busy.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr("skma_training.cli.main.CLI_WRITE_WAIT_S", 0)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code = run(["import", str(DATA / "sample-roster-ru.xls"), "--db", str(path), "--lang", "en"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and "is busy: another program is writing to it" in err and "Traceback" not in err


def test_a_command_line_writer_keeps_waiting_while_another_writes(capsys, tmp_path, monkeypatch):
    import threading

    path = tmp_path / "busy.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)  # many busy timeouts pass meanwhile
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    from skma_training.persistence.triggers import register_sqlite_functions

    register_sqlite_functions(other)  # the audit triggers' skma_actor(), as the application has it
    other.execute("BEGIN IMMEDIATE")
    other.execute("insert into setting (key, value) values ('other', '1')")
    released = threading.Event()

    def finish_later():
        released.wait(60)
        other.execute("COMMIT")

    writer = threading.Thread(target=finish_later)
    writer.start()
    real_begin = database_module._begin_immediate

    def begin(dbapi_connection, wait_s):  # the other writer finishes once the import has to wait
        released.set()
        real_begin(dbapi_connection, wait_s)

    monkeypatch.setattr(database_module, "_begin_immediate", begin)
    try:
        assert run(["import", str(DATA / "sample-roster-ru.xls"), "--db", str(path), "--lang", "en"]) == 0
    finally:
        released.set()
        writer.join()
        other.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select value from setting where key='other'").fetchone() == ("1",)
    conn.close()


def test_a_server_that_refuses_the_connection_exits_1(capsys):
    code = run(["check", "--db", "postgresql+psycopg://hr@127.0.0.1:1/register", "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 1 and "does not answer (connection refused)" in err and "127.0.0.1:1/register" in err


def test_a_bug_exits_3_and_names_the_log(capsys, tmp_path, monkeypatch):
    from skma_training.cli import commands

    path = tmp_path / "r.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
    monkeypatch.setattr(commands, "run_check", lambda ctx, args: 1 / 0)
    assert run(["check", "--db", str(path), "--lang", "en"]) == 3
    assert "Unexpected error" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["chek"], ["imprt", "x.xlsx"], ["--db", "r.sqlite3", "deadline"]])
def test_an_unknown_command_is_a_usage_error_listing_the_commands(argv, tmp_path):
    result = subprocess.run([sys.executable, "-m", "skma_training", *argv], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, stdin=subprocess.DEVNULL,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                                 "SKMA_TRAINING_LOG_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    for name in ("import", "export", "check", "deadlines", "backup", "restore"):
        assert f"'{name}'" in result.stderr


def test_the_window_still_opens_without_a_command():
    from skma_training.__main__ import wants_command_line

    assert not wants_command_line([])
    assert not wants_command_line(["--db", "r.sqlite3", "--lang", "kk", "--demo"])
    assert not wants_command_line(["-platform", "offscreen", "--db", "check"])  # a file named check
    assert wants_command_line(["chek"])
