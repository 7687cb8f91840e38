"""The schema fixtures (tests/fixtures/schema-NNNN.*, made by scripts/make_schema_fixture.py) and
what the upgrade tests need to read them: every row, a dump restored without psql, and the
changes the migrations are documented to make."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
# made by the first released application itself (455 staff), before any fixture script
RELEASED_0001 = Path(__file__).parent / "data" / "schema-0001.sqlite3"


def revisions() -> list[str]:
    """Every revision with a fixture: each migration adds its own."""
    return sorted(p.name.removeprefix("schema-").removesuffix(".sqlite3") for p in FIXTURES.glob("schema-*.sqlite3"))


def sqlite_fixture(revision: str) -> Path:
    return FIXTURES / f"schema-{revision}.sqlite3"


def pg_fixture(revision: str) -> Path:
    return FIXTURES / f"schema-{revision}.pg.sql"


def documented_changes(before: dict, revision: str, postgresql: bool = False) -> dict:
    """The rows as the migrations after ``revision`` are documented to leave them.

    0002 turns the old "register started on" (the day 0001 created the file) into the history
    date of that day. 0003 makes the audit's times carry their zone: on PostgreSQL the stored
    UTC times become timestamptz (``AT TIME ZONE 'UTC'``); SQLite keeps the text as it was.
    """
    changed = dict(before)
    if revision < "0002":
        names, rows = before["setting"]
        settings = []
        for key, value in rows:
            if key == "register_started_on":
                started = date.fromisoformat(json.loads(value))
                history = min(date(started.year, 1, 1), started - timedelta(days=120))
                key, value = "history_date", json.dumps(history.isoformat())
            settings.append((key, value))
        changed["setting"] = (names, sorted(settings, key=repr))
    if revision < "0003" and postgresql:
        names, rows = before["audit_event"]
        at = names.index("occurred_at")
        zoned = [r[:at] + (r[at].replace(tzinfo=timezone.utc),) + r[at + 1:] for r in rows]
        changed["audit_event"] = (names, sorted(zoned, key=repr))
    return changed


# -- PostgreSQL ---------------------------------------------------------------------------------

COPY = re.compile(r"^COPY .+ FROM stdin;$")


def restore_plain_dump(connection, dump: str) -> None:
    """Run a plain pg_dump script through psycopg, as psql would: its SQL as it stands, each
    ``COPY ... FROM stdin`` block through COPY, psql's own backslash commands skipped."""
    pending: list[str] = []
    lines = iter(dump.splitlines(keepends=True))

    def flush():
        sql = "".join(pending).strip()
        pending.clear()
        if sql:
            connection.execute(sql)  # no parameters: the simple protocol, many statements at once

    for line in lines:
        if COPY.match(line.rstrip("\n")):
            flush()
            data = []
            for row in lines:
                if row.rstrip("\n") == "\\.":
                    break
                data.append(row)
            with connection.cursor().copy(line.rstrip().removesuffix(";")) as copy:
                copy.write("".join(data))
        elif line.startswith("\\"):
            continue
        else:
            pending.append(line)
    flush()


def pg_tables(connection) -> list[str]:
    return [r[0] for r in connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE' AND table_name <> 'alembic_version' ORDER BY table_name")]


def pg_rows(connection, columns: dict[str, list[str]] | None = None) -> dict:
    """Every row of every table as sorted tuples (zoned times in UTC, whatever the session's zone)."""
    found = {}
    for table in pg_tables(connection):
        names = (columns or {}).get(table) or [r[0] for r in connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = %s ORDER BY ordinal_position", (table,))]
        quoted = ", ".join(f'"{n}"' for n in names)
        rows = [tuple(_utc(v) for v in r) for r in connection.execute(f'SELECT {quoted} FROM public."{table}"')]
        found[table] = (names, sorted(rows, key=repr))
    return found


def _utc(value):
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


def as_sqlite_text(value):
    """A PostgreSQL value as SQLAlchemy writes it into SQLite: to compare the two fixtures."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value
