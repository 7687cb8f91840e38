"""Every past schema upgrades without loss: the fixture of each schema (a small demo academy, made
at that revision by scripts/make_schema_fixture.py, with rows in every table) is upgraded with
every later migration and every row is found again; so is the demo academy the first released
application wrote (schema 0001, 455 staff). PostgreSQL: tests/test_schema_upgrade_postgresql.py.

Each new migration adds its own fixture (see the script's docstring); the test finds it by name.
"""

import shutil
import sqlite3

import pytest

from schema_fixtures import RELEASED_0001, documented_changes, revisions, sqlite_fixture
from skma_training.persistence.database import open_database
from skma_training.persistence.migrations_runner import head_revision

FIXTURES = {**{revision: sqlite_fixture(revision) for revision in revisions()}, "0001-released": RELEASED_0001}


def rows_by_table(connection: sqlite3.Connection, columns: dict[str, list[str]] | None = None) -> dict:
    """Every row of every table, as sorted tuples of the given columns (default: all columns)."""
    tables = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name")]
    found = {}
    for table in tables:
        names = (columns or {}).get(table) or [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
        quoted = ", ".join(f'"{n}"' for n in names)
        found[table] = (names, sorted(connection.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr))
    return found


def test_every_migration_has_its_fixture_on_both_backends():
    from alembic.script import ScriptDirectory

    from skma_training.persistence.migrations_runner import alembic_config

    every = sorted(r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions())
    assert revisions() == every
    for revision in every:
        assert sqlite_fixture(revision).with_suffix(".pg.sql").exists()
        assert sqlite_fixture(revision).stat().st_size < 400_000  # a small academy


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_the_fixture_upgrades_to_head_with_every_row_kept(tmp_path, name):
    revision = name.removesuffix("-released")
    path = tmp_path / f"schema-{revision}.sqlite3"
    shutil.copyfile(FIXTURES[name], path)
    with sqlite3.connect(path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        before = rows_by_table(old)
    old.close()
    if name == "0001-released":
        assert len(before["employee"][1]) == 455 and len(before["activity"][1]) == 5528  # the demo academy
    else:  # something in every table the schema has, the ones this migration added too
        assert [table for table, (_names, rows) in before.items() if not rows] == []

    open_database(path).dispose()  # upgrades with every later migration

    with sqlite3.connect(path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert new.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []
        after = rows_by_table(new, {table: names for table, (names, _rows) in before.items()})
    new.close()
    assert set(after) >= set(before)
    for table, (_names, rows) in documented_changes(before, revision).items():
        assert after[table][1] == rows, f"rows of {table} changed in the upgrade"
    if revision != head_revision():
        assert list((tmp_path / "backups").glob(f"schema-{revision}.*.before-*.sqlite3"))


REBUILD_EVERYTHING = '''
"""test revision: batch mode rebuilds every table, the way SQLite migrations change columns"""
import sqlalchemy as sa
from alembic import op

revision = "9001_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    tables = [r[0] for r in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]
    for table in tables:
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("upgrade_note", sa.String(20), nullable=True))


def downgrade():
    pass
'''


def test_the_fixture_keeps_every_row_when_a_migration_rebuilds_every_table(tmp_path):
    from skma_training.persistence.migrations_runner import MIGRATIONS_DIR, alembic_config, upgrade_to_head

    path = tmp_path / "schema-0001.sqlite3"
    shutil.copyfile(RELEASED_0001, path)
    with sqlite3.connect(path) as old:
        before = rows_by_table(old)
    old.close()
    open_database(path).dispose()  # first to this version's head
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test.py").write_text(REBUILD_EVERYTHING.replace("{head}", head_revision()))
    database = open_database(path, migrate=False)
    upgrade_to_head(database, alembic_config(scripts))
    database.dispose()
    with sqlite3.connect(path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001_test"
        after = rows_by_table(new, {table: names for table, (names, _rows) in before.items()})
    new.close()
    for table, (_names, rows) in documented_changes(before, "0001").items():
        assert after[table][1] == rows, f"rows of {table} lost when it was rebuilt"
    assert list((tmp_path / "backups").glob("schema-0001.*.before-9001_test.sqlite3"))
