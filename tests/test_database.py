"""Opening, creating and upgrading the database without ever losing data."""

import hashlib
import shutil
import sqlite3
from datetime import date

import pytest
from sqlalchemy import insert, select, text

from skma_training.errors import DatabaseTooNew, DatabaseUnreadable
from skma_training.persistence.database import open_database, resolve_url
from skma_training.persistence.migrations_runner import (
    MIGRATIONS_DIR,
    alembic_config,
    head_revision,
    upgrade_to_head,
)
from skma_training.persistence.schema import ActivityRow, EmployeeRow


def test_a_new_database_gets_the_schema_and_the_date_the_register_started(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
        started = conn.execute(text("select value from setting where key='register_started_on'")).scalar()
        assert started == f'"{date.today().isoformat()}"'
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    db.dispose()


def test_resolve_url_takes_paths_urls_and_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("SKMA_TRAINING_DB", raising=False)
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url("postgresql://u@host/skma") == "postgresql://u@host/skma"
    monkeypatch.setenv("SKMA_TRAINING_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_a_database_from_a_newer_application_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num='9999_future'")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path)
    assert "newer version" in caught.value.message("en")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_gets_a_plain_message(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is a shopping list, not a database\n" * 100)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(path)
    assert str(path) in caught.value.message("en")


SECOND_REVISION = '''
"""test revision: rebuild the employee table the way batch mode does"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("employee", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade():
    pass
'''


def test_an_upgrade_backs_up_first_and_keeps_child_rows_when_batch_mode_rebuilds_a_parent(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        emp_id = conn.execute(
            insert(EmployeeRow).values(iin="650103302000", full_name="A", category="admin")
        ).inserted_primary_key[0]
        conn.execute(insert(ActivityRow), [
            {"employee_id": emp_id, "kind": "course", "title": f"Course {n}"} for n in range(5)
        ])
    db.dispose()

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(SECOND_REVISION.replace("{head}", head_revision()))
    db = open_database(path, migrate=False)
    upgrade_to_head(db, alembic_config(scripts))
    with db.engine.connect() as conn:
        assert conn.execute(select(ActivityRow.id)).all().__len__() == 5
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0002_test"
        assert "nickname" in [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(employee)")]
    db.dispose()
    backups = list((tmp_path / "backups").glob("old.*.before-0002_test.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("select count(*) from activity").fetchone()[0] == 5
        assert copy.execute("select version_num from alembic_version").fetchone()[0] == head_revision()


def test_the_fast_start_check_knows_the_newest_migration():
    from skma_training.persistence.migrations_runner import HEAD

    assert HEAD == head_revision()


def test_a_manual_backup_is_a_complete_copy_of_the_live_database(tmp_path):
    from skma_training.services.backup import backup_database
    from skma_training.services.context import Context

    db = open_database(tmp_path / "live.sqlite3")
    with db.engine.begin() as conn:
        conn.execute(insert(EmployeeRow).values(iin="650103302000", full_name="A", category="admin"))
    copy = backup_database(Context(db), tmp_path / "elsewhere")
    assert copy.parent == tmp_path / "elsewhere" and copy.name.endswith(".manual.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("select full_name from employee").fetchall() == [("A",)]
    conn.close()
    db.dispose()
