"""Persistence: SQLAlchemy tables, Alembic migrations, and fast loading of plain domain records."""
