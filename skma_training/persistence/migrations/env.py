"""Alembic environment: always called with a connection from migrations_runner."""

from alembic import context

from skma_training.persistence.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the alembic CLI is not how migrations run here
    raise RuntimeError("Run migrations through skma_training.persistence.migrations_runner")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():  # joins the runner's transaction
    context.run_migrations()
    # batch mode on SQLite recreates tables and drops their triggers; a new
    # column must be in the audit's too: rebuild them for the schema as it now is
    from skma_training.persistence import triggers

    triggers.install(connection)
