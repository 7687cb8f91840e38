"""Regenerate the schema fixture of one revision: a small demo academy as a register at that schema.

    python scripts/make_schema_fixture.py 0003 [--pg-url postgresql://postgres@127.0.0.1:PORT/postgres]

writes tests/fixtures/schema-0003.sqlite3 and tests/fixtures/schema-0003.pg.sql (a plain pg_dump,
``--no-owner --no-privileges``, of a PostgreSQL database at that revision with the same rows).
Without --pg-url a private cluster is started for the dump (tests/pg_cluster.py). Both are made
the same way: an empty database migrated to the revision only (the application's migrations),
then the rows of the demo academy (fixed seed, day and times) that exist at that schema, plus
rows for the tables the demo leaves empty, so that every table holds something.
tests/test_schema_upgrade.py upgrades every fixture to HEAD and finds every row. The rows and the
dump are the same on every run; in the SQLite file, Alembic's batch mode may list a rebuilt
table's constraints in another order (it keeps them in a set).

How the next migration adds its own fixture (say 0005):
1. In ``extra_rows`` give rows (in HEAD's shape) for every table and column 0005 adds that the
   demo does not fill; ``project`` drops them from older schemas by itself.
2. If 0005 changes existing data (renames a setting, converts a value), add ``BEFORE["0005"]``:
   the rows turned back into the shape of the schema before 0005, and the same change to
   ``_documented_changes`` in the test.
3. Run ``python scripts/make_schema_fixture.py 0005`` and commit the two files; the test finds
   every tests/fixtures/schema-NNNN.* by itself. Older fixtures stay as they are (regenerate them
   only on purpose: they are what those schemas held).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import MetaData, create_engine, insert, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
SEED = 2026
STAFF = 24  # the demo's smallest units; then only
UNITS_PER_FACULTY = 1  # the first units of each faculty are kept: a few hundred KB at most
TODAY = date(2026, 11, 23)
WRITTEN_AT = datetime(2026, 11, 23, 9, 30)  # every created_at / updated_at / recorded_at
ACTOR = "centre"

# department and employee refer to each other (a unit's head); rows go in with foreign keys off
warnings.filterwarnings("ignore", "Cannot correctly sort tables")


# -- the rows, in the shape of HEAD --------------------------------------------------------------

def demo_rows(workdir: Path) -> dict[str, list[dict]]:
    """The demo academy written by the current application at HEAD, with fixed times."""
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context
    from skma_training.services.demo import load_demo

    path = workdir / "demo.sqlite3"
    database = open_database(path)
    try:
        load_demo(Context(database, today=lambda: TODAY, actor=ACTOR), seed=SEED, staff=STAFF)
    finally:
        database.dispose()
    engine = create_engine(f"sqlite:///{path}")
    metadata = MetaData()
    metadata.reflect(engine)
    rows = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            found = [dict(r._mapping) for r in connection.execute(select(table).order_by(*table.primary_key))]
            for row in found:
                for name, value in row.items():
                    if isinstance(value, datetime):
                        row[name] = WRITTEN_AT
            rows[table.name] = found
    engine.dispose()
    _keep_departments(rows, metadata, per_faculty=UNITS_PER_FACULTY)
    rows["audit_event"] = []  # the triggers' lines carry the real time: fixed ones below
    return extra_rows(rows)


def _keep_departments(rows: dict[str, list[dict]], metadata: MetaData, per_faculty: int) -> None:
    """A small academy: the first units of each faculty, and only the rows that refer to them."""
    kept, seen = [], {}
    for department in rows["department"]:
        seen[department["faculty_id"]] = seen.get(department["faculty_id"], 0) + 1
        if seen[department["faculty_id"]] <= per_faculty:
            kept.append(department)
    rows["department"] = kept
    changed = True
    while changed:  # drop every row whose parent is gone, until nothing more goes
        changed = False
        for table in metadata.sorted_tables:
            for key in table.foreign_keys:
                parent, child = key.column.table.name, key.parent.name
                if table.name not in rows or parent not in rows:
                    continue
                present = {r[key.column.name] for r in rows[parent]}
                before = len(rows[table.name])
                rows[table.name] = [r for r in rows[table.name] if r[child] is None or r[child] in present]
                changed |= len(rows[table.name]) != before


def extra_rows(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows for what the demo leaves empty, one block per migration that added it."""
    employees, departments, activities = rows["employee"], rows["department"], rows["activity"]

    # 0001: the trail of the first schema (no before/after yet)
    rows["audit_event"] = [
        dict(id=1, occurred_at=datetime(2026, 11, 23, 9, 31), actor=ACTOR, action="demo", entity="database",
             entity_id=None, summary=f"{len(employees)} staff, {len(activities)} activities",
             before=None, after=None),
        dict(id=2, occurred_at=datetime(2026, 11, 23, 10, 5, 7), actor="hr", action="update", entity="employee",
             entity_id=employees[0]["id"], summary=employees[0]["full_name"],
             before='{"phone": ""}', after='{"phone": "+7 701 000 00 01"}'),
    ]

    # 0002: dated status periods and setting changes, the teaching-head flag, the copy's date, unit heads
    rows["employee_status"] = [
        dict(id=n + 1, employee_id=e["id"], since=since, category=e["category"], is_head=head,
             is_teaching_head=teaching, healthcare=e["healthcare"])
        for n, (e, since, head, teaching) in enumerate([
            (employees[0], date(2024, 9, 1), False, False),
            (employees[0], date(2026, 2, 1), True, True),
            (employees[1], date(2025, 3, 15), False, False),
            (employees[2], date(2026, 9, 1), False, False),
        ])
    ]
    rows["setting_change"] = [
        dict(id=1, key="rector_name", value='"А.Б. Жұмабеков"', effective_from=date(2025, 1, 1),
             recorded_at=WRITTEN_AT, recorded_by=ACTOR),
        dict(id=2, key="rector_name", value='"Б.Қ. Сәрсенов"', effective_from=date(2026, 9, 1),
             recorded_at=datetime(2026, 11, 23, 9, 45), recorded_by="Ә. Нұрланқызы"),
    ]
    employees[0]["is_teaching_head"] = True
    for activity in activities[:3]:
        activity["certificate_copy_on"] = activity["ends_on"] or date(2026, 6, 1)
    for department in departments[:2]:
        heads = [e["id"] for e in employees if e["department_id"] == department["id"]]
        department["head_employee_id"] = heads[0] if heads else employees[0]["id"]

    # 0003: people and the departments a head sees, row versions
    rows["app_user"] = [
        dict(login="centre", full_name="Ә. Нұрланқызы", role="centre", disabled=False, created_at=WRITTEN_AT),
        dict(login="head_surgery", full_name="Қ. Серікұлы", role="head", disabled=False, created_at=WRITTEN_AT),
        dict(login="former_hr", full_name="О. Иванова", role="hr", disabled=True, created_at=WRITTEN_AT),
    ]
    rows["user_department"] = [dict(login="head_surgery", department_id=d["id"]) for d in departments[:2]]
    employees[0]["version"] = 3
    activities[0]["version"] = 2

    # 0004: the sent-message log, each employee's mail language
    rows["sent_message"] = [
        dict(id=1, recipient=employees[0]["email"] or "a@example.kz", kind="deadline",
             key=f"deadline:{employees[0]['id']}:2026-12-31", as_of=TODAY, language="kk",
             subject="Біліктілікті арттыру мерзімі", status="sent", answer="250 OK", attempts=1,
             updated_at=WRITTEN_AT),
        dict(id=2, recipient="head@example.kz", kind="digest", key="digest:2026-11", as_of=TODAY,
             language="ru", subject="Сводка за ноябрь", status="failed", answer="451 try later", attempts=3,
             updated_at=datetime(2026, 11, 23, 9, 50)),
    ]
    employees[0]["language"] = "kk"
    employees[1]["language"] = "ru"
    return rows


def _setting_before_0002(rows: dict[str, list[dict]]) -> None:
    """0002 turned 0001's "register started on" (the day the file was made) into the history date."""
    rows["setting"] = [r for r in rows["setting"] if r["key"] != "history_date"]
    rows["setting"].append(dict(key="register_started_on", value='"2026-01-01"'))


# revision -> turns rows of that schema back into the shape of the one before it
BEFORE = {"0002": _setting_before_0002}


def project(rows: dict[str, list[dict]], revision: str, metadata: MetaData) -> dict[str, list[dict]]:
    """The rows as a register at ``revision`` holds them: its tables, its columns, its data shapes."""
    shaped = {table: [dict(r) for r in found] for table, found in rows.items()}
    for later in sorted(BEFORE, reverse=True):
        if later > revision:
            BEFORE[later](shaped)
    projected = {}
    for table in metadata.sorted_tables:
        if table.name == "alembic_version":
            continue
        aware = {c.name for c in table.columns if getattr(c.type, "timezone", False)}
        projected[table.name] = [
            {c.name: _utc(r[c.name]) if c.name in aware else r[c.name] for c in table.columns if c.name in r}
            for r in shaped.get(table.name, [])
        ]
        if not projected[table.name]:
            raise SystemExit(f"no rows for table {table.name}: give some in extra_rows")
    return projected


def _utc(value):
    return value.replace(tzinfo=timezone.utc) if isinstance(value, datetime) else value


# -- databases at one revision -------------------------------------------------------------------

def migrate_empty(url: str, revision: str) -> None:
    """An empty database brought to ``revision`` only, by the application's own migrations."""
    from alembic import command

    from skma_training.persistence.database import open_database
    from skma_training.persistence.migrations_runner import alembic_config, migration_transaction

    database = open_database(url, migrate=False)
    try:
        config = alembic_config()
        with migration_transaction(database) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        database.dispose()


def fill(engine, rows_of) -> None:
    """Insert the rows with the database's own triggers and foreign keys quiet (they are consistent)."""
    from skma_training.persistence import triggers

    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        else:
            for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'skma_%'").fetchall():
                connection.exec_driver_sql(f"DROP TRIGGER {name}")
        for table, found in rows_of(metadata).items():
            connection.execute(insert(metadata.tables[table]), found)
        if postgres:
            for table in metadata.sorted_tables:
                for column in table.primary_key.columns:
                    sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                                  {"t": table.name, "c": column.name}).scalar()
                    if sequence:  # the next id after the ones written, as the application leaves it
                        connection.execute(text(f'SELECT setval(:s, (SELECT max("{column.name}") FROM '
                                                f'"{table.name}"))'), {"s": sequence})
        else:
            triggers.install(connection)


def make_sqlite(revision: str, rows: dict, workdir: Path) -> Path:
    path = workdir / f"schema-{revision}.sqlite3"
    migrate_empty(str(path), revision)
    engine = create_engine(f"sqlite:///{path}")
    fill(engine, lambda metadata: project(rows, revision, metadata))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()
    raw = __import__("sqlite3").connect(path)
    raw.execute("VACUUM")
    raw.close()
    target = FIXTURES / path.name
    shutil.copyfile(path, target)
    return target


def make_postgres(revision: str, rows: dict, admin_url: str) -> Path:
    import psycopg
    import pg_cluster

    name = f"skma_fixture_{revision}"
    admin = make_url(admin_url).set(drivername="postgresql")
    with psycopg.connect(admin.set(database="postgres").render_as_string(hide_password=False),
                         autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(database=name)
    try:
        migrate_empty(url.render_as_string(hide_password=False), revision)
        engine = create_engine(url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
        fill(engine, lambda metadata: project(rows, revision, metadata))
        engine.dispose()
        binaries = pg_cluster.bin_dir()
        dump = subprocess.run(
            [str(binaries / "pg_dump") if binaries else "pg_dump", "--no-owner", "--no-privileges",
             "--format=plain", "--dbname", url.render_as_string(hide_password=False)],
            check=True, capture_output=True, text=True, timeout=120).stdout
    finally:
        with psycopg.connect(admin.set(database="postgres").render_as_string(hide_password=False),
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    # pg_dump 15.14+ fences the script with \restrict and a random key: psql's own guard, not SQL,
    # and a new key every time; the fixture stays the same for the same rows without it
    dump = re.sub(r"^\\(un)?restrict .*\n", "", dump, flags=re.MULTILINE)
    target = FIXTURES / f"schema-{revision}.pg.sql"
    target.write_text(dump, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", help="the schema revision, e.g. 0003")
    parser.add_argument("--pg-url", help="a PostgreSQL superuser URL (default: a private cluster)")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="skma-fixture-") as temporary:
        workdir = Path(temporary)
        rows = demo_rows(workdir)
        print(make_sqlite(args.revision, rows, workdir))
        started = None
        url = args.pg_url
        if url is None:
            import pg_cluster

            started = Path(tempfile.mkdtemp(prefix="skma-pg-fixture-", dir="/tmp"))
            url = pg_cluster.start(started)
        try:
            print(make_postgres(args.revision, rows, url))
        finally:
            if started is not None:
                import pg_cluster

                pg_cluster.stop(started)
                shutil.rmtree(started, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
