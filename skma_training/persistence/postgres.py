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
