"""Reminders: the log of e-mails sent (so nothing goes twice) and each employee's language.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sent_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('language', sa.String(length=2), server_default='', nullable=False),
    sa.Column('subject', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sent_message')),
    sa.UniqueConstraint('recipient', 'key', name='uq_sent_message_recipient_key')
    )
    with op.batch_alter_table('sent_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_message_kind'), ['kind'], unique=False)
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=2), server_default='', nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        # who was told what: addresses and subjects are for the centre and HR, who send them
        op.execute('ALTER TABLE sent_message ENABLE ROW LEVEL SECURITY')
        op.execute('ALTER TABLE sent_message FORCE ROW LEVEL SECURITY')
        op.execute("""CREATE POLICY sent_message_staff ON sent_message FOR ALL
            USING ((SELECT skma_role()) IN ('owner', 'centre', 'hr'))
            WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre', 'hr'))""")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP POLICY IF EXISTS sent_message_staff ON sent_message')
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('sent_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sent_message_kind'))
    op.drop_table('sent_message')
