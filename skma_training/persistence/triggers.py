"""Triggers the database keeps for itself: the audit trail, row versions, an append-only audit.

Written by the database, not the application, so that neither a bug nor raw
SQL escapes them. On PostgreSQL one PL/pgSQL function serves every table (it
reads rows as JSON); SQLite has no such thing, so its triggers are generated
from each table's columns, and are rebuilt after every migration (batch mode
on SQLite recreates tables, which drops their triggers).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

# every table users change; their inserts, updates and deletes are audited
AUDITED = (
    "faculty", "department", "employee", "activity", "plan", "plan_request", "plan_item",
    "plan_amendment", "setting", "setting_change", "app_user", "user_department", "employee_status",
)
# rows users edit: an update that does not set the version bumps it
VERSIONED = ("employee", "activity", "plan", "plan_request", "plan_item")
# not worth a line in the trail when nothing else changed
UNAUDITED_COLUMNS = ("updated_at", "version")
# what a row is called in the trail, first present wins
SUMMARY_COLUMNS = ("full_name", "title", "name", "key", "login", "year", "reason")


def install(connection: Connection) -> None:
    """(Re)create every trigger for the tables that exist now. Safe to repeat."""
    tables = set(inspect(connection).get_table_names())
    if "audit_event" not in tables or "before" not in _columns(connection, "audit_event"):
        return  # before revision 0003: nothing to keep yet
    if connection.dialect.name == "postgresql":
        _install_postgres(connection, tables)
    else:
        _install_sqlite(connection, tables)


def _columns(connection: Connection, table: str) -> list[str]:
    return [c["name"] for c in inspect(connection).get_columns(table)]


# --- PostgreSQL -------------------------------------------------------------

PG_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION skma_mask_iin(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL OR length(value) <= 4 THEN value
                ELSE repeat('*', length(value) - 4) || right(value, 4) END
$$;

CREATE OR REPLACE FUNCTION skma_audit_label(row_values jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT left(coalesce(row_values ->> 'full_name', row_values ->> 'title', row_values ->> 'name',
                         row_values ->> 'key', row_values ->> 'login', row_values ->> 'year',
                         row_values ->> 'reason', '')
                || CASE WHEN row_values ? 'iin' THEN ' ' || skma_mask_iin(row_values ->> 'iin') ELSE '' END,
                2000)
$$;

-- inserts and deletes are audited per statement from the transition table: an import of
-- 100,000 rows writes its trail in one set-based INSERT instead of 100,000 function calls
CREATE OR REPLACE FUNCTION skma_audit_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- MATERIALIZED: each row's JSON is built once, not once per reference after inlining
    WITH changed AS MATERIALIZED (SELECT to_jsonb(n) AS j FROM new_rows n)
    INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, before, after)
    SELECT now(), session_user, 'insert', TG_TABLE_NAME,
           CASE WHEN j ? 'id' THEN (j ->> 'id')::integer END, skma_audit_label(j), NULL,
           (jsonb_strip_nulls(j) - 'created_at' - 'updated_at' - 'version')::text
    FROM changed;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION skma_audit_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    WITH changed AS MATERIALIZED (SELECT to_jsonb(o) AS j FROM old_rows o)
    INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, before, after)
    SELECT now(), session_user, 'delete', TG_TABLE_NAME,
           CASE WHEN j ? 'id' THEN (j ->> 'id')::integer END, skma_audit_label(j),
           (jsonb_strip_nulls(j) - 'created_at' - 'updated_at' - 'version')::text, NULL
    FROM changed;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION skma_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb := to_jsonb(NEW);
    before_values jsonb := '{}';
    after_values jsonb := '{}';
    field text;
BEGIN
    FOR field IN SELECT jsonb_object_keys(new_row) LOOP
        IF field NOT IN ('updated_at', 'version')
           AND (old_row -> field) IS DISTINCT FROM (new_row -> field) THEN
            before_values := before_values || jsonb_build_object(field, old_row -> field);
            after_values := after_values || jsonb_build_object(field, new_row -> field);
        END IF;
    END LOOP;
    IF before_values = '{}' THEN
        RETURN NULL;  -- only the version or the time moved
    END IF;
    INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, before, after)
    VALUES (now(), session_user, 'update', TG_TABLE_NAME,
            CASE WHEN new_row ? 'id' THEN (new_row ->> 'id')::integer END,
            skma_audit_label(new_row), before_values::text, after_values::text);
    RETURN NULL;
END
$$;

-- the server, not the client, says who and when
CREATE OR REPLACE FUNCTION skma_audit_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := session_user;
    NEW.occurred_at := now();
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION skma_audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE FUNCTION skma_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;
"""


def pg_execute(connection: Connection, sql: str) -> None:
    """Run SQL as written (no parameters: '%' and '::' are PL/pgSQL's, not placeholders)."""
    with connection.connection.dbapi_connection.cursor() as cursor:
        cursor.execute(sql)


def _install_postgres(connection: Connection, tables: set[str]) -> None:
    pg_execute(connection, PG_FUNCTIONS)
    statements = [
        "DROP TRIGGER IF EXISTS skma_audit_stamp ON audit_event",
        "CREATE TRIGGER skma_audit_stamp BEFORE INSERT ON audit_event FOR EACH ROW "
        "WHEN (NEW.actor IS DISTINCT FROM session_user OR NEW.occurred_at IS DISTINCT FROM now()) "
        "EXECUTE FUNCTION skma_audit_stamp()",
        "DROP TRIGGER IF EXISTS skma_audit_refuse ON audit_event",
        "CREATE TRIGGER skma_audit_refuse BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION skma_audit_refuse()",
        "DROP TRIGGER IF EXISTS skma_audit_refuse_truncate ON audit_event",
        "CREATE TRIGGER skma_audit_refuse_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION skma_audit_refuse()",
    ]
    for table in AUDITED:
        if table in tables:
            statements += [
                f"DROP TRIGGER IF EXISTS skma_audit ON {table}",
                f"CREATE TRIGGER skma_audit AFTER UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION skma_audit_row()",
                f"DROP TRIGGER IF EXISTS skma_audit_insert ON {table}",
                f"CREATE TRIGGER skma_audit_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION skma_audit_inserted()",
                f"DROP TRIGGER IF EXISTS skma_audit_delete ON {table}",
                f"CREATE TRIGGER skma_audit_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION skma_audit_deleted()",
            ]
    for table in VERSIONED:
        if table in tables:
            statements += [
                f"DROP TRIGGER IF EXISTS skma_version ON {table}",
                f"CREATE TRIGGER skma_version BEFORE UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION skma_bump_version()",
            ]
    pg_execute(connection, ";\n".join(statements))


# --- SQLite -----------------------------------------------------------------

SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')"


def _sqlite_label(row: str, columns: list[str]) -> str:
    present = [f"{row}.{c}" for c in SUMMARY_COLUMNS if c in columns]
    label = f"coalesce({', '.join(present)}, '')" if len(present) > 1 else (
        f"coalesce({present[0]}, '')" if present else "''")
    if "iin" in columns:
        label += (f" || ' ' || CASE WHEN length({row}.iin) > 4 "
                  f"THEN substr('************', 1, length({row}.iin) - 4) || substr({row}.iin, -4) "
                  f"ELSE {row}.iin END")
    return f"substr({label}, 1, 2000)"


def _json_object(row: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {row}.{c}" for c in columns)
    return f"json_object({pairs})"


def _changed_object(side: str, columns: list[str]) -> str:
    parts = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {side}.{c} AS v WHERE OLD.{c} IS NOT NEW.{c}" for c in columns
    )
    return f"(SELECT json_group_object(k, v) FROM ({parts}))"


def sqlite_statements(table: str, columns: list[str]) -> list[str]:
    tracked = [c for c in columns if c not in ("created_at",) + UNAUDITED_COLUMNS]
    row_id = "NEW.id" if "id" in columns else "NULL"
    old_id = "OLD.id" if "id" in columns else "NULL"
    insert = ("INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, before, after) "
              "VALUES ({now}, skma_actor(), '{action}', '{table}', {row_id}, {label}, {before}, {after});")
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in tracked)
    return [
        f"DROP TRIGGER IF EXISTS skma_audit_insert_{table}",
        f"CREATE TRIGGER skma_audit_insert_{table} AFTER INSERT ON {table} BEGIN "
        + insert.format(now=SQLITE_NOW, action="insert", table=table, row_id=row_id,
                        label=_sqlite_label("NEW", columns), before="NULL",
                        after=_json_object('NEW', tracked))
        + " END",
        f"DROP TRIGGER IF EXISTS skma_audit_update_{table}",
        f"CREATE TRIGGER skma_audit_update_{table} AFTER UPDATE ON {table} WHEN {changed} BEGIN "
        + insert.format(now=SQLITE_NOW, action="update", table=table, row_id=row_id,
                        label=_sqlite_label("NEW", columns), before=_changed_object("OLD", tracked),
                        after=_changed_object("NEW", tracked))
        + " END",
        f"DROP TRIGGER IF EXISTS skma_audit_delete_{table}",
        f"CREATE TRIGGER skma_audit_delete_{table} AFTER DELETE ON {table} BEGIN "
        + insert.format(now=SQLITE_NOW, action="delete", table=table, row_id=old_id,
                        label=_sqlite_label("OLD", columns),
                        before=_json_object('OLD', tracked), after="NULL")
        + " END",
    ]


def _install_sqlite(connection: Connection, tables: set[str]) -> None:
    statements = [
        "DROP TRIGGER IF EXISTS skma_audit_refuse_update",
        "CREATE TRIGGER skma_audit_refuse_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: UPDATE refused'); END",
        "DROP TRIGGER IF EXISTS skma_audit_refuse_delete",
        "CREATE TRIGGER skma_audit_refuse_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: DELETE refused'); END",
    ]
    for table in AUDITED:
        if table in tables:
            statements += sqlite_statements(table, _columns(connection, table))
    for table in VERSIONED:
        if table in tables:
            statements += [
                f"DROP TRIGGER IF EXISTS skma_version_{table}",
                f"CREATE TRIGGER skma_version_{table} AFTER UPDATE ON {table} "
                f"WHEN NEW.version IS OLD.version BEGIN "
                f"UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END",
            ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def sqlite_actor() -> str:
    """Who is signing SQLite's audit rows: the operating system's user."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return ""


def register_sqlite_functions(dbapi_connection) -> None:
    """skma_actor(), which the SQLite audit triggers call; a tool without it cannot change audited rows."""
    actor = sqlite_actor()  # once per connection: the triggers call it for every row
    dbapi_connection.create_function("skma_actor", 0, lambda: actor, deterministic=True)
