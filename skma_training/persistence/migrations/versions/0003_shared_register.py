"""The shared register: users and the departments a head sees, row versions,
an audit trail written by triggers (before/after JSON, UTC with zone, append-only),
and on PostgreSQL the group roles and row-level security policies.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

VERSIONED = ('employee', 'activity', 'plan', 'plan_request', 'plan_item')
GROUP_ROLES = ('skma_centre', 'skma_hr', 'skma_head', 'skma_viewer')
# tables with personal data: every row is filtered by the server
PROTECTED = ('employee', 'employee_status', 'activity', 'plan_request', 'plan_item', 'audit_event')

# Roles are cluster-wide: two databases migrated at once (tests, a second academy) may
# both find a role missing; the loser of that race finds it made and carries on.
PG_ROLES = "\n".join(
    f"""DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN
        CREATE ROLE {name} NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;""" for name in GROUP_ROLES
)

# Who is connected, answered by the server from session_user (the login, even
# inside SECURITY DEFINER functions). The database owner and superusers are
# 'owner': IT's account for migrations and `server init`.
PG_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION skma_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'owner'
        WHEN session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                             WHERE datname = current_database()) THEN 'owner'
        WHEN pg_has_role(session_user, 'skma_centre', 'MEMBER') THEN 'centre'
        WHEN pg_has_role(session_user, 'skma_hr', 'MEMBER') THEN 'hr'
        WHEN pg_has_role(session_user, 'skma_head', 'MEMBER') THEN 'head'
        WHEN pg_has_role(session_user, 'skma_viewer', 'MEMBER') THEN 'viewer'
        ELSE 'none'
    END
$$;

CREATE OR REPLACE FUNCTION skma_sees_all() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT skma_role() IN ('owner', 'centre', 'hr', 'viewer')
$$;

CREATE OR REPLACE FUNCTION skma_my_departments() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT ud.department_id FROM user_department ud
    JOIN app_user u ON u.login = ud.login
    WHERE ud.login = session_user AND NOT u.disabled
$$;
"""

# Permissive policies, OR-ed per command. (SELECT f()) is evaluated once per
# statement, not per row. A head's subqueries on employee and plan_request are
# themselves filtered by those tables' policies.
PG_POLICIES = r"""
CREATE POLICY employee_read ON employee FOR SELECT
    USING ((SELECT skma_sees_all()) OR department_id IN (SELECT skma_my_departments()));
CREATE POLICY employee_write ON employee FOR ALL
    USING ((SELECT skma_role()) IN ('owner', 'centre', 'hr'))
    WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre', 'hr'));

CREATE POLICY employee_status_read ON employee_status FOR SELECT
    USING ((SELECT skma_sees_all()) OR employee_id IN (SELECT id FROM employee));
CREATE POLICY employee_status_write ON employee_status FOR ALL
    USING ((SELECT skma_role()) IN ('owner', 'centre', 'hr'))
    WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre', 'hr'));

CREATE POLICY activity_read ON activity FOR SELECT
    USING ((SELECT skma_sees_all()) OR employee_id IN (SELECT id FROM employee));
CREATE POLICY activity_write ON activity FOR ALL
    USING ((SELECT skma_role()) IN ('owner', 'centre', 'hr'))
    WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre', 'hr'));
CREATE POLICY activity_head ON activity FOR ALL
    USING ((SELECT skma_role()) = 'head' AND employee_id IN (SELECT id FROM employee))
    WITH CHECK ((SELECT skma_role()) = 'head' AND employee_id IN (SELECT id FROM employee));

CREATE POLICY plan_request_read ON plan_request FOR SELECT
    USING ((SELECT skma_sees_all()) OR department_id IN (SELECT skma_my_departments()));
CREATE POLICY plan_request_write ON plan_request FOR ALL
    USING ((SELECT skma_role()) IN ('owner', 'centre'))
    WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre'));
-- a head changes their department's request until it is submitted
CREATE POLICY plan_request_head ON plan_request FOR ALL
    USING ((SELECT skma_role()) = 'head' AND status = 'draft'
           AND department_id IN (SELECT skma_my_departments()))
    WITH CHECK ((SELECT skma_role()) = 'head' AND department_id IN (SELECT skma_my_departments()));

CREATE POLICY plan_item_read ON plan_item FOR SELECT
    USING ((SELECT skma_sees_all()) OR request_id IN (SELECT id FROM plan_request));
CREATE POLICY plan_item_write ON plan_item FOR ALL
    USING ((SELECT skma_role()) IN ('owner', 'centre'))
    WITH CHECK ((SELECT skma_role()) IN ('owner', 'centre'));
CREATE POLICY plan_item_head ON plan_item FOR ALL
    USING ((SELECT skma_role()) = 'head'
           AND request_id IN (SELECT id FROM plan_request WHERE status = 'draft'))
    WITH CHECK ((SELECT skma_role()) = 'head'
                AND request_id IN (SELECT id FROM plan_request WHERE status = 'draft')
                AND employee_id IN (SELECT id FROM employee));

-- the trail: everyone may add (the server signs it), heads read only their own lines;
-- no UPDATE or DELETE policy at all, and a trigger refuses them too
CREATE POLICY audit_read ON audit_event FOR SELECT
    USING ((SELECT skma_sees_all()) OR actor = session_user);
CREATE POLICY audit_insert ON audit_event FOR INSERT WITH CHECK (true);
"""


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('full_name', sa.String(length=300), server_default='', nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('disabled', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_app_user'))
    )
    op.create_table('user_department',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_user_department_department_id_department'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['login'], ['app_user.login'], name=op.f('fk_user_department_login_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('login', 'department_id', name=op.f('pk_user_department'))
    )
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('before', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('after', sa.Text(), nullable=True))
        # the times so far were the server's UTC (SQLite's CURRENT_TIMESTAMP, the session's on PostgreSQL)
        batch_op.alter_column('occurred_at', existing_type=sa.DateTime(), type_=sa.DateTime(timezone=True),
                              existing_nullable=False, existing_server_default=sa.text('(CURRENT_TIMESTAMP)'),
                              postgresql_using="occurred_at AT TIME ZONE 'UTC'")

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(PG_ROLES)
        op.execute(PG_FUNCTIONS)
        for table in PROTECTED:
            op.execute(f'ALTER TABLE {table} ENABLE ROW LEVEL SECURITY')
            op.execute(f'ALTER TABLE {table} FORCE ROW LEVEL SECURITY')
        op.execute(PG_POLICIES)

    # the audit, version and append-only triggers (rebuilt after every migration by env.py)
    from skma_training.persistence import triggers

    triggers.install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        for table in PROTECTED:
            bind.exec_driver_sql(f'ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY')
            bind.exec_driver_sql(f'ALTER TABLE {table} DISABLE ROW LEVEL SECURITY')
            for (policy,) in bind.exec_driver_sql(
                    f"SELECT policyname FROM pg_policies WHERE tablename = '{table}'").fetchall():
                bind.exec_driver_sql(f'DROP POLICY {policy} ON {table}')
        # every trigger persistence/triggers.py installs, on every table that has one
        rows = bind.exec_driver_sql(
            "SELECT tgname, relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND starts_with(tgname, 'skma') AND relname <> 'audit_event'").fetchall()
        for name, table in rows:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON {table}')
        for name in ('skma_audit_stamp', 'skma_audit_refuse', 'skma_audit_refuse_truncate'):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON audit_event')
    else:
        for (name,) in bind.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'skma_%'").fetchall():
            bind.exec_driver_sql(f'DROP TRIGGER {name}')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.alter_column('occurred_at', existing_type=sa.DateTime(timezone=True), type_=sa.DateTime(),
                              existing_nullable=False, existing_server_default=sa.text('(CURRENT_TIMESTAMP)'))
        batch_op.drop_column('after')
        batch_op.drop_column('before')
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
    op.drop_table('user_department')
    op.drop_table('app_user')
