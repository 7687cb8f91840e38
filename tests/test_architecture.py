"""The layers stay apart: the regulation core never imports Qt or the database."""

from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_import_contracts_hold():
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_the_models_and_the_migrations_describe_the_same_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from skma_training.persistence.database import open_database
    from skma_training.persistence.schema import Base

    database = open_database(tmp_path / "schema.sqlite3")
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    database.dispose()
