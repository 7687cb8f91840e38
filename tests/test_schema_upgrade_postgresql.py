"""Every past schema upgrades without loss on PostgreSQL: each fixture's plain pg_dump (the same
small demo academy as its SQLite file, made at that revision by scripts/make_schema_fixture.py)
is restored into a fresh database of the test cluster, upgraded to HEAD by the application's own
upgrade path, and every row is found again, as the migrations are documented to leave it.

Run with --backend postgresql (a private cluster, or $SKMA_TRAINING_TEST_PG_URL)."""

import sqlite3

import psycopg
import pytest

from schema_fixtures import (as_sqlite_text, documented_changes, pg_fixture, pg_rows, restore_plain_dump,
                             revisions, sqlite_fixture)
from skma_training.persistence.database import open_database
from skma_training.persistence.migrations_runner import head_revision
from test_schema_upgrade import rows_by_table

pytestmark = pytest.mark.postgresql


@pytest.fixture
def restored(pg_server):
    """A fresh database (not the migrated template) with a fixture's dump restored into it."""

    def restore(revision: str) -> str:
        name = f"{pg_server.prefix}_schema_{revision}"
        with pg_server._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        pg_server.created.append(name)  # dropped after the test
        url = pg_server.url_of(name)
        with psycopg.connect(url) as connection:  # one transaction: all of the dump or nothing
            restore_plain_dump(connection, pg_fixture(revision).read_text(encoding="utf-8"))
        return url

    return restore


def _version(url: str) -> str:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.mark.parametrize("revision", revisions())
def test_the_dump_upgrades_to_head_with_every_row_kept(restored, revision):
    url = restored(revision)
    assert _version(url) == revision
    with psycopg.connect(url) as connection:
        before = pg_rows(connection)
    assert [table for table, (_names, rows) in before.items() if not rows] == []  # every table holds rows

    open_database(url).dispose()  # upgrades with every later migration

    assert _version(url) == head_revision()
    with psycopg.connect(url) as connection:
        after = pg_rows(connection, {table: names for table, (names, _rows) in before.items()})
        # the ids the dump's sequences carry on: a new row does not collide with an old one
        new_id = connection.execute("INSERT INTO faculty (name) VALUES ('new') RETURNING id").fetchone()[0]
        assert new_id > max(row[before["faculty"][0].index("id")] for row in before["faculty"][1])
        connection.rollback()
    assert set(after) >= set(before)
    for table, (_names, rows) in documented_changes(before, revision, postgresql=True).items():
        assert after[table][1] == rows, f"rows of {table} changed in the upgrade"


@pytest.mark.parametrize("revision", revisions())
def test_the_dump_holds_the_same_academy_as_the_sqlite_fixture(restored, revision):
    with psycopg.connect(restored(revision)) as connection:
        dumped = pg_rows(connection)
    with sqlite3.connect(sqlite_fixture(revision)) as fixture:
        stored = rows_by_table(fixture, {table: names for table, (names, _rows) in dumped.items()})
    fixture.close()
    assert sorted(stored) == sorted(dumped)
    for table, (_names, rows) in dumped.items():
        assert sorted((tuple(as_sqlite_text(v) for v in row) for row in rows), key=repr) == stored[table][1], table
