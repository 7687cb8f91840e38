"""Two writers on one SQLite file wait for each other instead of failing."""

from datetime import date
import sqlite3
from pathlib import Path

from faults.concurrent import run_together

DATA = Path(__file__).parent / "data"


def _staff(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from employee").fetchone()[0]


def test_two_imports_started_together_into_a_new_file_both_succeed(tmp_path):
    db = tmp_path / "shared.sqlite3"
    args = ["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(db), "--lang", "en"]
    env = {"SKMA_TRAINING_LOG_DIR": str(tmp_path / "logs")}
    for _pair in range(2):
        results = run_together([args, args], tmp_path, env)
        assert [code for code, _ in results] == [0, 0], results
    assert _staff(db) == 8  # the same file imported four times: eight staff, once each


def test_a_writing_transaction_takes_the_write_lock_first(tmp_path):
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context

    database = open_database(tmp_path / "lock.sqlite3")
    ctx = Context(database, today=lambda: date(2026, 11, 23))
    other = sqlite3.connect(tmp_path / "lock.sqlite3", timeout=0)
    try:
        with ctx.transaction():
            # the lock is held before the block writes anything
            try:
                other.execute("BEGIN IMMEDIATE")
                held = False
            except sqlite3.OperationalError as error:
                held = "locked" in str(error)
        assert held
        with database.session() as session:  # a reading session does not take it
            session.execute(__import__("sqlalchemy").text("select 1"))
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
    finally:
        other.close()
        database.dispose()
