"""Running the suite on PostgreSQL: one migrated template, a fresh database per test from it.

``CREATE DATABASE ... TEMPLATE`` copies the migrated schema in a few tens of
milliseconds, far cheaper than migrating each time. Databases are named after
the test's SQLite path, so a test that opens "the same file" twice (the CLI
tests) gets the same database.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

URL_ENV = "SKMA_TRAINING_TEST_PG_URL"


class PgTestServer:
    def __init__(self, admin_url: str, prefix: str):
        self.admin_url = make_url(admin_url)
        self.prefix = prefix
        self.template = f"{prefix}_template"
        self._numbers = itertools.count(1)
        self._by_key: dict[str, str] = {}
        self.created: list[str] = []

    def _admin(self):
        url = self.admin_url.set(database="postgres", drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def url_of(self, name: str, user: str | None = None, password: str | None = None) -> str:
        url = self.admin_url.set(database=name, drivername="postgresql")
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def prepare_template(self) -> None:
        from skma_training.persistence.database import open_database

        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{self.template}"')
        database = open_database(self.url_of(self.template))
        database.dispose()

    def create(self, key: str | None = None) -> str:
        """A fresh migrated database; the same ``key`` gives the same database."""
        if key is not None and key in self._by_key:
            return self._by_key[key]
        name = f"{self.prefix}_{next(self._numbers)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY')
        self.created.append(name)
        url = self.url_of(name)
        if key is not None:
            self._by_key[key] = url
        return url

    def drop(self, names) -> None:
        names = list(names)
        if not names:
            return
        with self._admin() as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        dropped = set(names)
        self.created = [n for n in self.created if n not in dropped]
        self._by_key = {k: v for k, v in self._by_key.items() if make_url(v).database not in dropped}

    def drop_all(self) -> None:
        self.drop(self.created + [self.template])


def server_url(tmp_root: Path) -> tuple[str, Path | None]:
    """The cluster's superuser URL: from the environment (.ci/run), else a private cluster started now."""
    given = os.environ.get(URL_ENV)
    if given:
        return given, None
    import pg_cluster

    directory = Path(tempfile.mkdtemp(prefix="skma-pg-", dir="/tmp"))
    return pg_cluster.start(directory), directory
