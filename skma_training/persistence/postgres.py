"""The shared register on PostgreSQL: the driver, and how each connection is set up.

Users write ``postgresql://USER@HOST:PORT/DB``; SQLAlchemy would pick psycopg2
for that, the application ships psycopg 3.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

DRIVER = "postgresql+psycopg"
APPLICATION_NAME = "skma-training"


def is_postgres(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def driver_url(url: str | URL) -> URL:
    """The URL with the psycopg 3 driver, whatever driver (if any) was written."""
    parsed = make_url(url)
    return parsed.set(drivername=DRIVER)


def make_engine(url: str | URL) -> Engine:
    engine = create_engine(
        driver_url(url),
        pool_pre_ping=True,
        hide_parameters=True,  # a logged error never shows the IINs and names it was writing
        connect_args={"application_name": APPLICATION_NAME, "connect_timeout": 10},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # times are written and read in UTC: the audit's clock is the server's, zone and all
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


def shown(url: str | URL) -> str:
    """The URL as it may be shown to a person or a log: never the password."""
    return make_url(url).render_as_string(hide_password=True)


# --- roles and grants (`skma-training server init`) ---------------------------

GROUP_ROLES = {"centre": "skma_centre", "hr": "skma_hr", "head": "skma_head", "viewer": "skma_viewer"}
NOT_DATA = ("alembic_version", "audit_event")
HR_WRITES = ("employee", "employee_status", "activity", "department", "faculty", "sent_message")
HEAD_WRITES = ("activity", "plan_request", "plan_item")
# what a head or a viewer may read of the trail: not the changed values (IINs, names)
AUDIT_PUBLIC_COLUMNS = ("id", "occurred_at", "actor", "action", "entity", "entity_id", "summary")


def grant_statements(database_name: str, tables: list[str]) -> list[str]:
    """The privileges of the four group roles, from nothing (so running it again changes nothing)."""
    groups = ", ".join(GROUP_ROLES.values())
    writers = ", ".join(GROUP_ROLES[r] for r in ("centre", "hr", "head"))
    data = [t for t in tables if t not in NOT_DATA]
    db = _quote(database_name)
    out = [
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {groups}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}",
        f"GRANT SELECT ON {', '.join(data + ['alembic_version'])} TO {groups}",
        "GRANT SELECT ON audit_event TO skma_centre, skma_hr",
        f"GRANT SELECT ({', '.join(AUDIT_PUBLIC_COLUMNS)}) ON audit_event TO skma_head, skma_viewer",
        # the services' own events (an import, an approval); the server signs them
        f"GRANT INSERT ON audit_event TO {writers}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(data)} TO skma_centre",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(t for t in HR_WRITES if t in tables)} TO skma_hr",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(t for t in HEAD_WRITES if t in tables)} TO skma_head",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}",
    ]
    return out


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def apply_grants(connection) -> None:
    from sqlalchemy import inspect

    name = connection.exec_driver_sql("SELECT current_database()").scalar()
    tables = inspect(connection).get_table_names()
    for statement in grant_statements(name, tables):
        connection.exec_driver_sql(statement)


def encrypted_password(connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier, computed by libpq here: the password itself never travels."""
    pgconn = connection.connection.dbapi_connection.pgconn
    return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def copy_rows(connection, table, columns, rows) -> int:
    """Bulk insert with COPY: one stream instead of a statement per row (row triggers still fire)."""
    cursor = connection.connection.dbapi_connection.cursor()
    names = ", ".join(_quote(c) for c in columns)
    try:
        with cursor.copy(f"COPY {_quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()
    return len(rows)


def refused(error) -> "KnownError | None":
    """The server's refusal of a change the user's role may not make, as a plain message."""
    from skma_training.errors import KnownError
    from skma_training.i18n import QT_TRANSLATE_NOOP

    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
    if sqlstate != "42501":  # insufficient_privilege, row-level security included
        return None
    return KnownError(QT_TRANSLATE_NOOP(
        "Errors", "The server refused the change: your role may not make it. Nothing was changed. ({reason})"),
        reason=str(error.orig).splitlines()[0])


def check_login(url: str | URL) -> str | None:
    """None when the URL's login and password open the database, else the server's reason."""
    import psycopg

    target = make_url(url).set(drivername="postgresql")
    try:
        psycopg.connect(target.render_as_string(hide_password=False), connect_timeout=10).close()
    except psycopg.Error as error:
        return str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
    return None


def unreachable(error) -> "KnownError | None":
    """A server that cannot be reached or does not let the login in, as a plain message."""
    import psycopg

    from skma_training.errors import KnownError
    from skma_training.i18n import QT_TRANSLATE_NOOP

    orig = getattr(error, "orig", error)
    if not isinstance(orig, psycopg.OperationalError) or getattr(orig, "sqlstate", None) not in (
            None, "28P01", "28000", "3D000", "08001", "08006"):
        return None
    lines = [line for line in str(orig).strip().splitlines() if line.strip()]
    return KnownError(QT_TRANSLATE_NOOP(
        "Errors", "Could not connect to the shared register ({reason}). Check the server's address, "
                  "your login and password (the command line reads it from ~/.pgpass or PGPASSWORD)."),
        reason=" ".join(line.strip() for line in lines) or type(orig).__name__)
