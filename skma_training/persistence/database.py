"""Opening the database: where it is, how SQLite is set up, and the schema brought up to date."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from skma_training.persistence.triggers import register_sqlite_functions

log = logging.getLogger(__name__)

DB_ENV = "SKMA_TRAINING_DB"
DB_FILE_NAME = "skma-training.sqlite3"
BUSY_TIMEOUT_MS = 10_000


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("SKMA Training", appauthor=False))


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or a URL), else $SKMA_TRAINING_DB, else the default file."""
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or None
    if value and "://" in value:
        return value
    path = Path(value) if value else default_data_dir() / DB_FILE_NAME
    return f"sqlite:///{path.expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions
        # begin, so DDL in migrations is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MB: bulk imports touch large indexes
        cursor.close()
        register_sqlite_functions(dbapi_connection)  # the audit triggers' skma_actor()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if url.startswith("sqlite"):
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    from skma_training.persistence import postgres

    if postgres.is_postgres(url):
        return postgres.make_engine(url)
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def postgres_shown(url: str) -> str:
    from skma_training.persistence import postgres

    return postgres.shown(url) if postgres.is_postgres(url) else url


def open_database(db: str | os.PathLike | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database. Raises DatabaseError subclasses on known failures."""
    from skma_training.persistence.migrations_runner import upgrade_to_head

    url = resolve_url(db)
    engine = make_engine(url)
    # ``url`` is what titles, About and messages show: never the password (the engine keeps it)
    shown = postgres_shown(url)
    database = Database(shown, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        try:
            upgrade_to_head(database)
        except Exception:
            engine.dispose()
            raise
    log.info("database open: %s", make_url(url).render_as_string(hide_password=True))
    return database


def known_database_error(error: BaseException, database: Database | None = None):
    """A plain KnownError for the database failures users meet (locked, disk full, damaged), or None."""
    import errno

    from sqlalchemy import exc

    from skma_training.errors import DatabaseLocked, DatabaseUnreadable, DiskFull

    path = str(database.path or database.url) if database is not None else ""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull(path=error.filename or path)
    if not isinstance(error, exc.DBAPIError):
        return None
    from skma_training.persistence.postgres import refused, unreachable

    if (refusal := refused(error) or unreachable(error)) is not None:
        return refusal
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(path=path)
    if "disk is full" in text or "disk full" in text:
        return DiskFull(path=path)
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return DatabaseUnreadable(path=path, reason=str(error.orig))
    return None
