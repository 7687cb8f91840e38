"""Bringing a database's schema up to date without losing anything.

- A database written by a newer application is refused before anything is written.
- An existing SQLite file is copied first (SQLite's online backup API).
- All steps run in one transaction with foreign keys off: Alembic's batch mode
  on SQLite copies and drops tables, and with foreign keys on, dropping a
  parent table would cascade-delete the child rows. Foreign keys are checked
  before the commit.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import exc, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from skma_training.errors import DatabaseTooNew, DatabaseUnreadable, MigrationFailed

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, label: str, now=None) -> Path:
    """A verified copy of a live SQLite file, beside it in backups/ (see persistence.sqlite_backup)."""
    from skma_training.persistence.sqlite_backup import backup_name, backups_dir, copy_database, private_dir

    taken = (now or datetime.now)()
    folder = private_dir(backups_dir(path))
    return copy_database(path, folder, lambda n: backup_name(path.stem, taken, label, n))


HEAD = "0005"  # the newest revision in migrations/versions; a test keeps them equal


def is_current(database) -> bool:
    """True when the schema is at HEAD: the usual start, answered without loading Alembic."""
    try:
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except exc.DBAPIError:
        return False
    return version == HEAD


def upgrade_to_head(database, config: Config | None = None) -> None:
    if config is None and is_current(database):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = config or alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    path = database.path
    shown = str(path or database.url)
    try:
        with database.engine.connect() as connection:
            current = current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except exc.DatabaseError as error:
        from skma_training.persistence.database import known_database_error

        # a server that refuses, a locked or damaged file: its own message
        known = known_database_error(error, database)
        raise known or DatabaseUnreadable(path=shown, reason=str(error.orig)) from error
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:  # unknown revision: written by a newer application
            raise DatabaseTooNew(path=shown, revision=current) from error
    elif has_tables:
        raise DatabaseUnreadable(path=shown, reason="tables without a schema version")

    backup = None
    if path is not None and current is not None:
        backup = backup_sqlite(path, f"before-{head}")
        log.info("database backed up to %s before upgrading %s -> %s", backup, current, head)
    try:
        with migration_transaction(database) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        log.exception("migration failed")
        raise MigrationFailed(path=shown, backup=str(backup or "-"), reason=str(error)) from error


@contextmanager
def migration_transaction(database):
    """One transaction with foreign keys off, checked before the commit."""
    sqlite = database.is_sqlite
    with database.engine.connect() as connection:
        if sqlite:
            # outside any transaction, where SQLite honours them
            _pragma(connection, "PRAGMA foreign_keys=OFF")
            if database.path is not None:
                _pragma(connection, "PRAGMA journal_mode=WAL")
        try:
            # the write lock first: two processes creating one new file take turns,
            # and the second finds the schema already at head
            connection.execution_options(skma_write=True)
            with connection.begin():
                yield connection
                if sqlite:
                    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if problems:
                        raise RuntimeError(f"foreign keys broken after migration: {problems[:5]}")
        finally:
            if sqlite:
                _pragma(connection, "PRAGMA foreign_keys=ON")


def _pragma(connection, statement: str) -> None:
    """Run a PRAGMA on the driver connection, outside SQLAlchemy's autobegun transaction."""
    connection.connection.dbapi_connection.execute(statement)
