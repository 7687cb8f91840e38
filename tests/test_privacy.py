"""Personal data: no IIN and no SQL parameters in the log; files readable by their owner only."""

from datetime import date
import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from skma_training import logs
from skma_training.logs import PrivateFormatter, mask

DATA = Path(__file__).parent / "data"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_iins_are_masked_to_their_last_four_digits():
    assert mask("No employee with IIN 650103302000.") == "No employee with IIN ********2000."
    assert mask("iin=650103302000,950709302068") == "iin=********2000,********2068"
    # not an IIN: longer or shorter runs of digits
    assert mask("phone 87011234567890, year 2026, certificate 1234567") == \
        "phone 87011234567890, year 2026, certificate 1234567"


def test_a_logged_database_error_holds_neither_parameters_nor_iins(tmp_path):
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")  # parameters NOT hidden by the engine
    record = None
    try:
        with engine.connect() as connection:
            connection.execute(text("insert into nowhere (iin, full_name) values (:iin, :name)"),
                               {"iin": "650103302000", "name": "Абдуллаев Тимур Русланович"})
    except Exception as error:  # noqa: BLE001
        record = logging.LogRecord("skma_training.test", logging.ERROR, __file__, 1, "failed", (), None)
        record.exc_info = (type(error), error, error.__traceback__)
    formatted = PrivateFormatter("%(message)s").format(record)
    assert "no such table: nowhere" in formatted  # what went wrong stays
    assert "650103302000" not in formatted and "Абдуллаев" not in formatted
    assert "[SQL parameters not logged]" in formatted


def test_the_register_hides_parameters_from_its_own_errors(tmp_path):
    from sqlalchemy import text

    from skma_training.persistence.database import open_database

    database = open_database(tmp_path / "r.sqlite3")
    with pytest.raises(Exception) as caught:
        with database.engine.begin() as connection:
            connection.execute(text("insert into employee (iin, full_name, category) values (:i, :n, :c)"),
                               [{"i": "650103302000", "n": "Ли Елена", "c": "admin"}] * 2)
    assert "UNIQUE" in str(caught.value) and "650103302000" not in str(caught.value)
    database.dispose()


def test_the_cli_log_has_no_iin(tmp_path, monkeypatch, capsys):
    from skma_training.cli.main import run

    log_dir = tmp_path / "logs"
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(log_dir))
    monkeypatch.setattr(logs, "_configured", None)
    root = logging.getLogger("skma_training")
    handlers = list(root.handlers)
    try:
        path = tmp_path / "r.sqlite3"
        assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
        assert run(["credits", "650103302999", "--db", str(path), "--lang", "en"]) == 1
        logging.getLogger("skma_training.test").info("looked up %s", "650103302000")
        for handler in root.handlers:
            handler.flush()
        text = (log_dir / "skma-training.log").read_text(encoding="utf-8")
        assert "********2000" in text and "650103302" not in text
        if os.name == "posix":
            assert stat.S_IMODE(os.stat(log_dir).st_mode) == 0o700
            assert stat.S_IMODE(os.stat(log_dir / "skma-training.log").st_mode) == 0o600
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        logs._configured = None


@posix_only
def test_a_new_register_its_folder_backups_and_attachments_are_private(tmp_path, monkeypatch):
    from skma_training.cli.main import run
    from skma_training.persistence.database import open_database
    from skma_training.services import editing
    from skma_training.services.backup import backup_database
    from skma_training.services.context import Context

    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    old = os.umask(0o022)
    try:
        path = tmp_path / "data" / "r.sqlite3"
        assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
        ctx = Context(open_database(path), today=lambda: date(2026, 11, 23))
        copy = backup_database(ctx)
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 certificate")
        with sqlite3.connect(path) as conn:
            activity = conn.execute("select min(id) from activity").fetchone()[0]
        conn.close()
        stored = editing.attach_certificate(ctx, activity, scan)
        ctx.database.dispose()
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(os.stat(p).st_mode)  # noqa: E731
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert mode(copy.parent) == 0o700 and mode(copy) == 0o600
    assert mode(stored) == 0o600 and mode(stored.parent) == 0o700


@posix_only
def test_an_existing_shared_register_keeps_its_permissions(tmp_path):
    from skma_training.persistence.database import open_database

    path = tmp_path / "shared.sqlite3"
    open_database(path).dispose()
    os.chmod(path, 0o660)  # shared with the HR group on purpose
    open_database(path).dispose()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o660
