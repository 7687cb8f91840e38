"""`server init`: bring the shared register up to date and give the group roles their rights."""

from __future__ import annotations

from sqlalchemy import exc

from skma_training.i18n import translate
from skma_training.persistence import postgres
from skma_training.persistence.migrations_runner import upgrade_to_head
from skma_training.services.context import Context
from skma_training.services.users import NotAllowed, require_server


def init_server(ctx: Context) -> list[str]:
    """Migrate, then (re)grant; run as the database owner. Safe to repeat. Returns the group roles."""
    require_server(ctx)
    upgrade_to_head(ctx.database)
    try:
        with ctx.database.engine.begin() as connection:
            owner = connection.exec_driver_sql(
                "SELECT pg_get_userbyid(datdba) = session_user OR "
                "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
                "FROM pg_database WHERE datname = current_database()").scalar()
            if not owner:
                raise NotAllowed(reason=translate("Users", "server init runs as the database's owner"))
            postgres.apply_grants(connection)
    except exc.DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise NotAllowed(reason=str(error.orig).splitlines()[0]) from error
        raise
    return list(postgres.GROUP_ROLES.values())
