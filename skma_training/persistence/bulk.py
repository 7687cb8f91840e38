"""Inserting many rows fast.

On SQLite, a prepared statement and the driver's executemany write 100,000
activities in about a second; SQLAlchemy's generic path takes twice as long
building parameters. Other databases take the portable Core path.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, Table


# Dates go to SQLite in the text form SQLAlchemy's Date/DateTime types use.
# Registered once, as the sqlite3 module wants; SQLAlchemy converts its own
# parameters before they reach the driver, so this only serves bulk_insert.
sqlite3.register_adapter(date, date.isoformat)
sqlite3.register_adapter(datetime, lambda value: value.isoformat(sep=" "))


def bulk_insert(connection: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``); returns how many."""
    if not isinstance(rows, list):
        rows = list(rows)
    if not rows:
        return 0
    if connection.dialect.name == "postgresql":
        from skma_training.persistence.postgres import copy_rows

        return copy_rows(connection, table, columns, rows)
    if connection.dialect.name != "sqlite":
        connection.execute(table.insert(), [dict(zip(columns, row)) for row in rows])
        return len(rows)
    # columns left out take the table's server defaults (timestamps, empty texts, flags)
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        trail = _audit_per_statement(cursor, table.name) if len(rows) >= SET_AUDIT_FROM and "id" not in columns \
            else None
        if trail is None:
            cursor.executemany(statement, rows)
        else:
            trail(lambda: cursor.executemany(statement, rows))
    finally:
        cursor.close()
    return len(rows)


SET_AUDIT_FROM = 500  # rows; fewer are audited by the trigger row by row, as any insert
_TRIGGER_BODY = re.compile(r"\bBEGIN\s+(INSERT\s+INTO\s+audit_event\s*\([^)]*\))\s*VALUES\s*\((.*)\)\s*;\s*END\s*$",
                           re.IGNORECASE | re.DOTALL)


def _audit_per_statement(cursor, table: str):
    """SQLite runs the audit trigger (persistence/triggers.py) once per row: for 100,000 imported
    activities that costs more than the inserts themselves. So, inside the import's transaction
    (which holds the write lock; nobody else sees the schema meanwhile), the insert trigger is set
    aside, the rows inserted, the trigger's own INSERT run once over the new rows (the same
    expressions, NEW being the new row), and the trigger put back as it was. Any failure rolls
    all of it back, the trigger included. Returns None when the table has no such trigger."""
    name = f"skma_audit_insert_{table}"
    found = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
    match = _TRIGGER_BODY.search(found[0]) if found else None
    if match is None:
        return None
    into, values = match.groups()
    if not cursor.connection.in_transaction:
        return None  # only inside a transaction, so that the trigger cannot stay away

    def insert_then_audit(insert) -> None:
        last = cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        cursor.execute(f"DROP TRIGGER {name}")
        try:
            insert()
            # the new rows have ids after the last one: the write lock is held since before it was read
            cursor.execute(f"{into} SELECT {values} FROM {table} AS NEW WHERE NEW.id > ? ORDER BY NEW.id",
                           (last,))
        finally:  # back whatever happened, even if a caller went on in this transaction
            cursor.execute(found[0])

    return insert_then_audit


def guarded_updates(connection: Connection, table: Table,
                    updates: Sequence[tuple[int, int, Mapping]]) -> list[int]:
    """UPDATE each row ``(id, version, values)`` only where it still has that version; returns the
    ids that had moved on (changed or deleted by someone else meanwhile). The database bumps the
    version itself (persistence/triggers.py). One prepared statement per set of columns, through
    the driver: a thousand updates in milliseconds rather than SQLAlchemy's per-statement build."""
    mark = "?" if connection.dialect.name == "sqlite" else "%s"
    # what the ORM's onupdate would set
    stamp = ["updated_at = CURRENT_TIMESTAMP"] if "updated_at" in table.c else []
    cursor = connection.connection.dbapi_connection.cursor()
    failed = []
    try:
        for row_id, version, values in updates:
            names = list(values)
            assignments = ", ".join([f"{_quoted(connection, name)} = {mark}" for name in names] + stamp)
            cursor.execute(f"UPDATE {_quoted(connection, table.name)} SET {assignments} "
                           f"WHERE id = {mark} AND version = {mark}",
                           (*(values[n] for n in names), row_id, version))
            if cursor.rowcount != 1:
                failed.append(row_id)
    finally:
        cursor.close()
    return failed


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def as_rows(dicts: Iterable[Mapping], columns: Sequence[str]) -> list[tuple]:
    return [tuple(d[c] for c in columns) for d in dicts]
