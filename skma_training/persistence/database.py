"""Opening the database: where it is, how SQLite is set up, and the schema brought up to date."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from skma_training.fileio import private_dir, private_file
from skma_training.persistence.triggers import register_sqlite_functions

log = logging.getLogger(__name__)

DB_ENV = "SKMA_TRAINING_DB"
DB_FILE_NAME = "skma-training.sqlite3"
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "skma_write"  # execution option: this transaction will write


DATA_DIR_ENV = "SKMA_TRAINING_DATA_DIR"


def default_data_dir() -> Path:
    """The user's data folder (the register file, attachments); $SKMA_TRAINING_DATA_DIR moves it
    (a portable install, a test)."""
    chosen = os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen)
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
    name = parsed.database
    if name.startswith("file:"):  # a read-only URI (sqlite_backup.read_only_uri)
        from urllib.parse import unquote

        return Path(unquote(name[len("file:"):]))
    return Path(name)


SQLITE_HEADER = b"SQLite format 3\x00"

# why a register is open read-only (Database.read_only); the window shows it in its banner
READ_ONLY_DAMAGED = "damaged"
READ_ONLY_FILE = "read-only file"
READ_ONLY_ELSEWHERE = "open in another window"


def _configure_sqlite(engine: Engine, state: dict) -> None:
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
        # SQLite itself refuses every write while the register is read-only
        connection.exec_driver_sql(f"PRAGMA query_only={1 if state['read_only'] else 0}")
        # A transaction that will write takes the write lock at once: a deferred
        # one that upgrades later fails with "database is locked" without waiting
        # when another writer got there first; BEGIN IMMEDIATE waits (busy_timeout).
        if connection.get_execution_options().get(WRITE_OPTION):
            _begin_immediate(connection.connection.dbapi_connection, state.get("write_wait_s", 0))
        else:
            connection.exec_driver_sql("BEGIN")


def _begin_immediate(dbapi_connection, wait_s: float) -> None:
    """BEGIN IMMEDIATE, which waits busy_timeout for the write lock; a command-line writer
    (``write_wait_s``) keeps asking for longer, so a second import waits for a long first one."""
    import sqlite3
    import time

    deadline = time.monotonic() + wait_s
    while True:
        try:
            dbapi_connection.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() >= deadline:
                raise
            log.info("the register is busy; still waiting for the write lock")


def make_engine(url, state: dict | None = None) -> Engine:
    state = state if state is not None else {"read_only": None}
    # hide_parameters: a logged error never shows the IINs and names it was writing
    path = sqlite_path(url)
    if path is not None:
        private_dir(path.parent)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        _configure_sqlite(engine, state)
        return engine
    if str(url).startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True)
        _configure_sqlite(engine, state)
        return engine
    from skma_training.persistence import postgres

    if postgres.is_postgres(url):
        return postgres.make_engine(url)
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    state: dict = field(default_factory=lambda: {"read_only": None})

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def wait_for_writers(self, seconds: float) -> None:
        """Let a writing transaction wait up to ``seconds`` for another writer (default: the busy
        timeout). The command line waits long; the window answers "busy" after 10 s."""
        self.state["write_wait_s"] = seconds

    @property
    def read_only(self) -> str | None:
        """Why this register may not be written to (READ_ONLY_*), or None when it may."""
        return self.state["read_only"]

    def set_read_only(self, reason: str | None) -> None:
        self.state["read_only"] = reason

    def session(self) -> Session:
        """A session for reading (its transactions take no write lock up front)."""
        return self.sessions()

    def write_session(self) -> Session:
        """A session whose transactions begin with the write lock held (BEGIN IMMEDIATE on SQLite)."""
        if self.read_only:
            from skma_training.errors import RegisterReadOnlyNow

            raise RegisterReadOnlyNow(reason=self.read_only)
        return self.sessions(bind=self.engine.execution_options(**{WRITE_OPTION: True}))

    def dispose(self) -> None:
        from skma_training.persistence.lockfile import release_writer

        release_writer(self)
        self.engine.dispose()


def writable(path: Path) -> bool:
    """May this process write ``path`` (a file or a folder)? A function so tests run as root can say no."""
    return os.access(path, os.W_OK)


def check_file(path: Path, *, create: bool, need_write: bool) -> str | None:
    """Refuse what is not a register before SQLite touches it (SQLite would happily turn an empty
    file or a mistyped path into a new database). Returns READ_ONLY_FILE when it may only be read."""
    from skma_training.errors import (
        NoRegister,
        RegisterEmpty,
        RegisterForeign,
        RegisterIsFolder,
        RegisterReadOnlyFile,
        RegisterReadOnlyFolder,
    )

    shown = str(path)
    if path.is_dir():
        raise RegisterIsFolder(path=shown)
    if not path.exists():
        if not create:
            raise NoRegister(path=shown)
        folder = _existing_parent(path)
        if not writable(folder):
            raise RegisterReadOnlyFolder(path=str(folder))
        return None
    if not path.is_file():
        raise RegisterForeign(path=shown)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise RegisterReadOnlyFile(path=shown) from None
    if not header:
        raise RegisterEmpty(path=shown)
    if header != SQLITE_HEADER:
        raise RegisterForeign(path=shown)
    if not writable(path) or not writable(path.parent):
        if need_write:
            if not writable(path):
                raise RegisterReadOnlyFile(path=shown)
            raise RegisterReadOnlyFolder(path=str(path.parent))
        return READ_ONLY_FILE
    return None


def _existing_parent(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def quick_check(engine: Engine) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong (first lines), or None for a sound file."""
    from sqlalchemy import exc

    try:
        with engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check(5)")]
    except exc.DatabaseError as error:
        text = str(error.orig).lower()
        if any(word in text for word in ("disk i/o", "full", "locked", "busy", "unable to open")):
            raise  # the disk or another program, not damage: its own message (known_database_error)
        return str(error.orig)
    if rows == ["ok"]:
        return None
    return "; ".join(rows)[:300]


def _create_whole(path: Path) -> None:
    """A new register appears whole or not at all: built (schema and all) in a temporary file
    beside it, then linked into place, which fails if another process got there first (theirs
    is used). Nobody ever sees it as an empty file, which is refused as not a register."""
    import secrets

    from skma_training.fileio import registered_temporary
    from skma_training.persistence.migrations_runner import upgrade_to_head

    private_dir(path.parent)
    temporary = path.with_name(f".partial-{secrets.token_hex(6)}.sqlite3")
    with registered_temporary(temporary):
        try:
            url = f"sqlite:///{temporary}"
            engine = make_engine(url)
            try:
                upgrade_to_head(Database(url, engine, sessionmaker(engine)))
            finally:
                engine.dispose()
            private_file(temporary)
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass  # another process created it meanwhile: use that one
            except OSError:  # no hard links here (FAT, some shares)
                if not path.exists():
                    os.rename(temporary, path)
        finally:
            for leftover in (temporary, *(Path(f"{temporary}{end}") for end in ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)


def open_database(db: str | os.PathLike | None = None, *, migrate: bool = True, create: bool = True,
                  need_write: bool = True, check: bool = True) -> Database:
    """Open (and create or upgrade) the database. Raises KnownError subclasses on known failures.

    ``create``: a missing file may become a new register (import, demo, the window), else
    NoRegister. ``need_write``: refuse a register that may not be written (damaged, read-only);
    without it such a register opens read-only (``Database.read_only`` says why).
    ``check``: run ``PRAGMA quick_check`` first (the window runs it in the background instead).
    """
    from skma_training.errors import RegisterDamaged, RegisterReadOnlyFile
    from skma_training.persistence.migrations_runner import is_current, upgrade_to_head

    url = resolve_url(db)
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    read_only = check_file(path, create=create, need_write=need_write) if path is not None else None
    target = url
    if read_only:  # SQLite opens the file for reading only (a URL object: the quoting survives)
        from sqlalchemy.engine import URL

        from skma_training.persistence.sqlite_backup import read_only_uri

        target = URL.create("sqlite", database=read_only_uri(path).removesuffix("?mode=ro"),
                            query={"mode": "ro", "uri": "true"})
    if created and migrate:
        _create_whole(path)
    state = {"read_only": read_only}
    engine = make_engine(target, state)
    # ``url`` is what titles, About and messages show: never the password (the engine keeps it)
    database = Database(postgres_shown(url), engine, sessionmaker(engine, expire_on_commit=False), state)
    try:
        if path is not None and path.exists() and check:
            damage = quick_check(engine)
            if damage:
                log.warning("database %s failed quick_check: %s", path, damage)
                if need_write:
                    raise RegisterDamaged(path=str(path), reason=damage)
                database.set_read_only(READ_ONLY_DAMAGED)
        if migrate and not database.read_only:
            upgrade_to_head(database)
        elif migrate and database.read_only == READ_ONLY_FILE and not is_current(database):
            raise RegisterReadOnlyFile(path=str(path))  # it would need an upgrade to be read
        elif migrate and database.read_only == READ_ONLY_DAMAGED and _known_to_be_older(database):
            # damaged and of an older schema: it cannot be read without the upgrade it must not get
            raise RegisterDamaged(path=str(path), reason="needs an upgrade")
        if created and path.exists():
            private_file(path)  # personal data: a new register is readable by its owner only
    except Exception:
        engine.dispose()
        raise
    log.info("database open: %s%s", make_url(url).render_as_string(hide_password=True),
             f" (read-only: {database.read_only})" if database.read_only else "")
    return database


def _known_to_be_older(database: Database) -> bool:
    """Does the register say it has an older schema? (Too damaged to say: it is opened read-only
    for what can still be read, and the newest good backup is offered.)"""
    from sqlalchemy import exc

    from skma_training.persistence.migrations_runner import HEAD

    try:
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except exc.DBAPIError:
        return False
    return version is not None and version != HEAD


def postgres_shown(url: str) -> str:
    from skma_training.persistence import postgres

    return postgres.shown(url) if postgres.is_postgres(url) else url


def known_database_error(error: BaseException, database: Database | None = None, *, shown: str = ""):
    """A plain KnownError for the failures users meet (locked, full, read-only, damaged, foreign;
    a server that refuses; the file system), or None for a bug. Looks through wrapped causes."""
    for cause in _causes(error):
        known = _known_one(cause, database, shown)
        if known is not None:
            return known
    return None


def _causes(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def _known_one(error: BaseException, database: Database | None, shown: str):
    from sqlalchemy import exc

    from skma_training import errors

    if isinstance(error, errors.KnownError):
        return error
    path = str(database.path or _server(database.url)) if database is not None else shown
    if isinstance(error, OSError):
        return errors.known_os_error(error, path)
    import sqlite3

    if isinstance(error, exc.DBAPIError):
        original = error.orig
    elif isinstance(error, sqlite3.Error):  # raised by the driver where SQLAlchemy did not wrap it
        original = error
    else:
        return None
    text = str(original).lower()
    state = getattr(original, "sqlstate", None) or ""
    server = _server(database.url) if database is not None else ""
    if "connection refused" in text or "could not connect" in text or "no route to host" in text:
        return errors.ServerUnreachable(server=server or "?")
    if state in ("28P01", "28000") or "password authentication failed" in text:
        return errors.ServerLoginFailed(server=server or "?")
    if state == "42501" or "row-level security" in text or "permission denied" in text:
        return errors.ServerPermissionDenied()
    if isinstance(error, exc.DBAPIError):
        from skma_training.persistence.postgres import refused, unreachable

        if (refusal := refused(error) or unreachable(error)) is not None:
            return refusal  # the shared server's own words: whose change it refused, which server
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked(path=path)
    if "disk is full" in text or "disk full" in text:
        return errors.DiskFull(path=path)
    if "readonly database" in text or "read-only" in text:
        return errors.RegisterReadOnlyFile(path=path)
    if "not a database" in text:
        return errors.RegisterForeign(path=path)
    if "disk i/o" in text:  # a full or failing disk (tmpfs full, a USB stick pulled), not damage
        return errors.DiskTrouble(path=path)
    if "malformed" in text or "corrupt" in text:
        return errors.RegisterDamaged(path=path, reason=str(original))
    if "unable to open database file" in text:
        return errors.NoSuchFile(path=path)
    return None


def _server(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return ""
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
