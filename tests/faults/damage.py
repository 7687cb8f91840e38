"""Damaging a register on purpose, the ways disks and people do (for tests and scripts/faults.py)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so damage to the file is damage to the data."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _data_pages(path: Path) -> list[int]:
    """The pages (numbered from 0) of the tables that hold people and activities, not the
    schema's: the long trigger texts fill pages of their own, and damage there is another story."""
    try:
        with sqlite3.connect(path) as conn:
            found = [n - 1 for (n,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('employee', 'activity', 'department') "
                "ORDER BY pageno")]
        conn.close()
    except sqlite3.Error:  # an SQLite built without dbstat
        return []
    return found


def corrupt_page(path: Path, seed: int = 0) -> None:
    """Overwrite a random page of the staff or activities (the schema stays readable)."""
    checkpoint(path)
    candidates = _data_pages(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    number = random.Random(seed).choice(candidates) if candidates else random.Random(seed).randrange(1, pages)
    start = number * page
    data[start:start + page] = bytes(random.Random(seed + 1).randrange(256) for _ in range(page))
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
