"""Triggers the database keeps for itself: the audit trail, row versions, an append-only audit.

Written by the database, not the application, so that neither a bug nor raw
SQL escapes them. They are generated from each table's columns and rebuilt
after every migration (batch mode on SQLite recreates tables, which drops
their triggers). An inserted or deleted row is written to the trail as JSON of
the columns that hold something (not null, not empty text), built by plain
text concatenation of each value's JSON by its type: on PostgreSQL three times
faster than one generic function with to_jsonb and jsonb_strip_nulls (0.5 s
against 1.5 s of JSON for an import of 100,000 activities), and the trail of
that import is less than half as large. Updates, a few at a time, stay one
generic PL/pgSQL function that compares the old and new rows as JSON.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Connection, Date, DateTime, Integer, String, Text, inspect

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


def _typed_columns(connection: Connection, table: str) -> list[tuple[str, str]]:
    return [(c["name"], _kind(c["type"])) for c in inspect(connection).get_columns(table)]


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


def _pg_label(row: str, columns: list[str]) -> str:
    present = [f'{row}."{c}"::text' for c in SUMMARY_COLUMNS if c in columns]
    label = f"coalesce({', '.join(present)}, '')" if present else "''"
    if "iin" in columns:
        label = f"{label} || coalesce(' ' || skma_mask_iin({row}.iin), '')"
    return f"left({label}, 2000)"


def _pg_value(row: str, column: str, kind: str) -> str:
    """One value as JSON text, by the column's type: to_json only where it must escape (text)."""
    value = f'{row}."{column}"'
    if kind == "integer":
        return f"{value}::text"
    if kind == "boolean":
        return f"CASE WHEN {value} THEN 'true' ELSE 'false' END"
    if kind == "date":  # ISO whatever the session's DateStyle: the function sets its own
        return f"""'"' || {value}::text || '"'"""
    return f"to_json({value})::text"


def _pg_json(row: str, columns: list[tuple[str, str]]) -> str:
    """The row's columns that hold something (not null, not empty text) as a JSON object's text;
    concat_ws leaves the NULLs out."""
    members = []
    for column, kind in columns:
        held = f'{row}."{column}" IS NOT NULL' + (f""" AND {row}."{column}" <> ''""" if kind == "text" else "")
        members.append(f"""CASE WHEN {held} THEN '"{column}":' || {_pg_value(row, column, kind)} END""")
    return f"'{{' || concat_ws(',', {', '.join(members)}) || '}}'"


def _kind(column_type) -> str:
    """How ``_pg_value`` writes a column of this type. Floats go through to_json: a value the
    application refuses (Infinity) is still valid JSON there."""
    if isinstance(column_type, Boolean):
        return "boolean"
    if isinstance(column_type, Integer):
        return "integer"
    if isinstance(column_type, Date) and not isinstance(column_type, DateTime):
        return "date"
    if isinstance(column_type, (String, Text)):
        return "text"
    return "other"


def pg_statement_functions(table: str, typed: list[tuple[str, str]]) -> str:
    """The table's own functions auditing inserts and deletes, per statement from the transition
    table: an import of 100,000 rows writes its trail in one set-based INSERT. ``typed``: each
    column's name and kind (``_kind``)."""
    columns = [name for name, _ in typed]
    tracked = [(c, kind) for c, kind in typed if c not in ("created_at",) + UNAUDITED_COLUMNS]
    row_id = "{row}.id" if "id" in columns else "NULL"
    body = """
CREATE OR REPLACE FUNCTION skma_audit_{done}_{table}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
SET datestyle = 'ISO, YMD' SET extra_float_digits = 1 AS $$
BEGIN
    INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, summary, before, after)
    SELECT now(), session_user, '{action}', '{table}', {row_id}, {label}, {before}, {after}
    FROM {rows} AS {row};
    RETURN NULL;
END
$$;"""
    return "".join(
        body.format(action=action, done=done, table=table, row_id=row_id.format(row=row),
                    label=_pg_label(row, columns),
                    before=_pg_json(row, tracked) if action == "delete" else "NULL",
                    after=_pg_json(row, tracked) if action == "insert" else "NULL", rows=rows, row=row)
        for action, done, rows, row in (("insert", "inserted", "new_rows", "n"),
                                         ("delete", "deleted", "old_rows", "o"))
    )


def _install_postgres(connection: Connection, tables: set[str]) -> None:
    pg_execute(connection, PG_FUNCTIONS)
    audited = [table for table in AUDITED if table in tables]
    pg_execute(connection, "".join(pg_statement_functions(table, _typed_columns(connection, table))
                                   for table in audited))
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
    for table in audited:
        statements += [
            f"DROP TRIGGER IF EXISTS skma_audit ON {table}",
            f"CREATE TRIGGER skma_audit AFTER UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION skma_audit_row()",
            f"DROP TRIGGER IF EXISTS skma_audit_insert ON {table}",
            f"CREATE TRIGGER skma_audit_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION skma_audit_inserted_{table}()",
            f"DROP TRIGGER IF EXISTS skma_audit_delete ON {table}",
            f"CREATE TRIGGER skma_audit_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION skma_audit_deleted_{table}()",
        ]
    for table in VERSIONED:
        if table in tables:
            statements += [
                f"DROP TRIGGER IF EXISTS skma_version ON {table}",
                f"CREATE TRIGGER skma_version BEFORE UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION skma_bump_version()",
            ]
    # the one-function-for-all versions of revision 0003, no longer used by any trigger
    statements.append("DROP FUNCTION IF EXISTS skma_audit_inserted(), skma_audit_deleted()")
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
    """The row's columns that hold something (not null, not empty text) as a JSON object's text
    (json_quote writes NULL as null; in SQLite 0 = '' is false)."""
    members = " || ".join(
        f"""CASE WHEN {row}.{c} IS NULL OR {row}.{c} = '' THEN '' ELSE ',"{c}":' || json_quote({row}.{c}) END"""
        for c in columns)
    return f"'{{' || substr({members}, 2) || '}}'"


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
