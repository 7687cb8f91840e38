"""Initial schema: faculties, departments, staff, activities with their paperwork,
the yearly plan (requests, items, amendments), settings and the audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('actor', sa.String(length=200), server_default='', nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    op.create_table('faculty',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_kk', sa.String(length=200), server_default='', nullable=False),
    sa.Column('name_ru', sa.String(length=200), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_faculty')),
    sa.UniqueConstraint('name', name=op.f('uq_faculty_name'))
    )
    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('approved_by', sa.String(length=200), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('year', name=op.f('uq_plan_year'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_kk', sa.String(length=300), server_default='', nullable=False),
    sa.Column('name_ru', sa.String(length=300), server_default='', nullable=False),
    sa.Column('faculty_id', sa.Integer(), nullable=True),
    sa.Column('unit_kind', sa.String(length=20), server_default='department', nullable=False),
    sa.ForeignKeyConstraint(['faculty_id'], ['faculty.id'], name=op.f('fk_department_faculty_id_faculty'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('name', name=op.f('uq_department_name'))
    )
    op.create_table('employee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.String(length=200), server_default='', nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('is_head', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('healthcare', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('profile', sa.String(length=300), server_default='', nullable=False),
    sa.Column('hired_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('email', sa.String(length=200), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=50), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_employee_department_id_department'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employee')),
    sa.UniqueConstraint('iin', name=op.f('uq_employee_iin'))
    )
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employee_department_id'), ['department_id'], unique=False)

    op.create_table('plan_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='draft', nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('submitted_by', sa.String(length=200), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_plan_request_department_id_department'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_request')),
    sa.UniqueConstraint('year', 'department_id', name='uq_plan_request_department')
    )
    with op.batch_alter_table('plan_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_request_year'), ['year'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('provider', sa.String(length=300), server_default='', nullable=False),
    sa.Column('country', sa.String(length=100), server_default='', nullable=False),
    sa.Column('scope', sa.String(length=20), server_default='', nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('credits', sa.Float(), nullable=True),
    sa.Column('in_profile', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('management', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('with_talk', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('quartile', sa.Integer(), nullable=True),
    sa.Column('author_position', sa.Integer(), nullable=True),
    sa.Column('test_items', sa.Integer(), nullable=True),
    sa.Column('clinical_cases', sa.Integer(), nullable=True),
    sa.Column('application_on', sa.Date(), nullable=True),
    sa.Column('order_no', sa.String(length=100), server_default='', nullable=False),
    sa.Column('order_on', sa.Date(), nullable=True),
    sa.Column('certificate_no', sa.String(length=100), server_default='', nullable=False),
    sa.Column('certificate_on', sa.Date(), nullable=True),
    sa.Column('certificate_file', sa.String(length=500), server_default='', nullable=False),
    sa.Column('report_on', sa.Date(), nullable=True),
    sa.Column('supervisor', sa.String(length=300), server_default='', nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('meeting_protocol_no', sa.String(length=50), server_default='', nullable=False),
    sa.Column('meeting_on', sa.Date(), nullable=True),
    sa.Column('implementation_plan_on', sa.Date(), nullable=True),
    sa.Column('cost', sa.Float(), nullable=True),
    sa.Column('funding', sa.String(length=32), server_default='', nullable=False),
    sa.Column('contract_no', sa.String(length=100), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_activity_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('employee_id', 'kind', 'title', 'starts_on', name='uq_activity_identity')
    )
    op.create_table('plan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), server_default='course', nullable=False),
    sa.Column('title', sa.String(length=500), server_default='', nullable=False),
    sa.Column('provider', sa.String(length=300), server_default='', nullable=False),
    sa.Column('country', sa.String(length=100), server_default='', nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('cost', sa.Float(), nullable=True),
    sa.Column('funding', sa.String(length=32), server_default='', nullable=False),
    sa.Column('with_leave', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('in_plan', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_plan_item_activity_id_activity'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_plan_item_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['plan_request.id'], name=op.f('fk_plan_item_request_id_plan_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_item'))
    )
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_item_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_item_request_id'), ['request_id'], unique=False)

    op.create_table('plan_amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('amended_on', sa.Date(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('recorded_by', sa.String(length=200), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['plan_item.id'], name=op.f('fk_plan_amendment_item_id_plan_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_amendment_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_amendment'))
    )
    with op.batch_alter_table('plan_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_amendment_plan_id'), ['plan_id'], unique=False)

    # No data is seeded here: a migration must not read the clock. Values that depend on
    # the date (the history date) are set by the services from the injected clock.


def downgrade() -> None:
    with op.batch_alter_table('plan_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_amendment_plan_id'))

    op.drop_table('plan_amendment')
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_item_request_id'))
        batch_op.drop_index(batch_op.f('ix_plan_item_employee_id'))

    op.drop_table('plan_item')
    op.drop_table('activity')
    with op.batch_alter_table('plan_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_request_year'))

    op.drop_table('plan_request')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employee_department_id'))

    op.drop_table('employee')
    op.drop_table('department')
    op.drop_table('setting')
    op.drop_table('plan')
    op.drop_table('faculty')
    op.drop_table('audit_event')
