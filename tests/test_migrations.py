"""Every migration runs on the backend under test (SQLite, or PostgreSQL with --backend postgresql),
up and down and up again, and leaves the schema the models describe."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, insert, select

from skma_training.persistence.database import open_database
from skma_training.persistence.migrations_runner import alembic_config, migration_transaction
from skma_training.persistence.schema import Base, EmployeeRow


def _run(database, action, target):
    config = alembic_config()
    with migration_transaction(database) as connection:
        config.attributes["connection"] = connection
        action(config, target)


def test_down_to_the_first_revision_and_up_again_keeps_the_rows_and_the_schema(tmp_path):
    database = open_database(tmp_path / "roundtrip.sqlite3")
    with database.engine.begin() as conn:
        conn.execute(insert(EmployeeRow).values(iin="650103302000", full_name="A", category="admin"))
    _run(database, command.downgrade, "0001")
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert "app_user" not in tables and "employee" in tables
        assert "version" not in [c["name"] for c in inspect(conn).get_columns("employee")]
    _run(database, command.upgrade, "head")
    with database.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.execute(select(EmployeeRow.full_name, EmployeeRow.version)).all() == [("A", 1)]
    # the triggers are back: a change is audited and moves the version
    with database.engine.begin() as conn:
        conn.execute(EmployeeRow.__table__.update().values(full_name="B"))
        assert conn.execute(select(EmployeeRow.version)).scalar() == 2
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM audit_event WHERE action = 'update' AND entity = 'employee'").scalar() == 1
    database.dispose()
