"""Dated status and paperwork: employee status periods, dated setting changes, the date the
certificate copy was handed in, a separate teaching-head flag and each unit's head.

The old "register started on" setting (seeded by 0001 with the day of creation, which hid
every deadline due before it) becomes the history date of the deadlines issue: the earlier
of 1 January of that year and 120 days before it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import json
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('employee_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('is_head', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('is_teaching_head', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('healthcare', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_employee_status_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee_status')),
    sa.UniqueConstraint('employee_id', 'since', name='uq_employee_status_since')
    )
    op.create_table('setting_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting_change'))
    )
    with op.batch_alter_table('setting_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_setting_change_key'), ['key'], unique=False)
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_teaching_head', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate_copy_on', sa.Date(), nullable=True))
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head_employee_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_department_head_employee_id_employee'), 'employee',
                                    ['head_employee_id'], ['id'], ondelete='SET NULL')
    _history_date_from_register_start()


def _history_date_from_register_start() -> None:
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    connection = op.get_bind()
    stored = connection.execute(
        sa.select(setting.c.value).where(setting.c.key == "register_started_on")).scalar()
    connection.execute(setting.delete().where(setting.c.key == "register_started_on"))
    if not stored:
        return
    try:
        started = date.fromisoformat(json.loads(stored))
    except (TypeError, ValueError):
        return
    history = min(date(started.year, 1, 1), started - timedelta(days=120))
    op.bulk_insert(setting, [{"key": "history_date", "value": json.dumps(history.isoformat())}])


def downgrade() -> None:
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_department_head_employee_id_employee'), type_='foreignkey')
        batch_op.drop_column('head_employee_id')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('certificate_copy_on')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_column('is_teaching_head')
    with op.batch_alter_table('setting_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_setting_change_key'))
    op.drop_table('setting_change')
    op.drop_table('employee_status')
