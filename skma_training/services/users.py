"""People who log in to the shared register: PostgreSQL login roles, one group role each.

The server keeps the passwords (SCRAM verifiers computed on this side by libpq,
so not even the statement carries the password); the register keeps the name,
the role and, for a head, the departments they see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import delete, exc, insert, select, update

from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.persistence import postgres
from skma_training.persistence.schema import AppUser, Department, UserDepartment
from skma_training.services.context import Context

ROLES = tuple(postgres.GROUP_ROLES)
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


class NeedsServer(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Users and roles need the shared PostgreSQL register; {path} is a file on this computer. "
        "Open the register with --db postgresql://USER@HOST:PORT/DB.")


class BadUser(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Not saved: {reason}")


class NotAllowed(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server refused: only the database owner (IT) or a centre administrator may do this. {reason}")


@dataclass(frozen=True)
class User:
    login: str
    full_name: str
    role: str
    disabled: bool
    can_log_in: bool
    departments: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"login": self.login, "full_name": self.full_name, "role": self.role,
                "disabled": self.disabled, "can_log_in": self.can_log_in, "departments": self.departments}


def require_server(ctx: Context) -> None:
    if ctx.database.engine.dialect.name != "postgresql":
        raise NeedsServer(path=str(ctx.database.path or ctx.database.url))


def _check(login: str, role: str) -> None:
    if not LOGIN_PATTERN.match(login or ""):
        raise BadUser(reason=translate(
            "Users", "'{login}': a login is up to 63 lower-case Latin letters, digits, '_', '.' or '-', "
                     "starting with a letter").format(login=login))
    if role not in ROLES:
        raise BadUser(reason=translate("Users", "'{role}': the role is one of {roles}").format(
            role=role, roles=", ".join(ROLES)))


def _department_ids(session, names: list[str]) -> list[int]:
    from skma_training.exchange.columns import normalize

    rows = session.execute(select(Department.id, Department.name, Department.name_kk, Department.name_ru)).all()
    found = []
    for name in names:
        wanted = normalize(name)
        match = next((r.id for r in rows if any(n and normalize(n) == wanted for n in r[1:])), None)
        if match is None:
            raise NotFound(what=f"department '{name}'")
        found.append(match)
    return found


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _role_attributes(role: str) -> str:
    # a centre administrator adds and changes users (E464 3.9): that needs CREATEROLE
    return "CREATEROLE" if role == "centre" else "NOCREATEROLE"


def _refused(error: exc.DBAPIError) -> KnownError | None:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate == "42501":  # insufficient_privilege
        return NotAllowed(reason=str(error.orig).splitlines()[0])
    if sqlstate == "42710":  # duplicate_object
        return BadUser(reason=str(error.orig).splitlines()[0])
    return None


def _run(ctx: Context, work):
    try:
        with ctx.transaction() as session:
            return work(session)
    except exc.DBAPIError as error:
        known = _refused(error)
        if known is None:
            raise
        raise known from error


def add_user(ctx: Context, login: str, role: str, password: str, departments: list[str] = (),
             full_name: str = "") -> User:
    require_server(ctx)
    _check(login, role)
    if not password:
        raise BadUser(reason=translate("Users", "the password is empty"))
    if role == "head" and not departments:
        raise BadUser(reason=translate("Users", "a head needs at least one --department"))

    def work(session):
        if session.get(AppUser, login) is not None:
            raise BadUser(reason=translate("Users", "the user {login} already exists").format(login=login))
        dep_ids = _department_ids(session, list(departments))
        connection = session.connection()
        verifier = postgres.encrypted_password(connection, login, password)
        exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).scalar()
        if exists:
            raise BadUser(reason=translate("Users", "the server already has a role called {login}").format(
                login=login))
        connection.exec_driver_sql(
            f"CREATE ROLE {_ident(login)} LOGIN {_role_attributes(role)} "
            f"IN ROLE {postgres.GROUP_ROLES[role]} PASSWORD '{verifier}'")
        session.execute(insert(AppUser).values(login=login, full_name=full_name.strip(), role=role))
        for dep_id in dep_ids:
            session.execute(insert(UserDepartment).values(login=login, department_id=dep_id))

    _run(ctx, work)
    return _user(ctx, login)


def set_role(ctx: Context, login: str, role: str, departments: list[str] | None = None) -> User:
    require_server(ctx)
    _check(login, role)

    def work(session):
        user = session.get(AppUser, login)
        if user is None:
            raise NotFound(what=f"user {login}")
        dep_ids = _department_ids(session, departments) if departments is not None else None
        if role == "head" and not dep_ids and not (dep_ids is None and session.scalars(
                select(UserDepartment.department_id).where(UserDepartment.login == login)).first()):
            raise BadUser(reason=translate("Users", "a head needs at least one --department"))
        connection = session.connection()
        for group in postgres.GROUP_ROLES.values():
            if group != postgres.GROUP_ROLES[role]:
                connection.exec_driver_sql(f"REVOKE {group} FROM {_ident(login)}")
        connection.exec_driver_sql(f"GRANT {postgres.GROUP_ROLES[role]} TO {_ident(login)}")
        connection.exec_driver_sql(f"ALTER ROLE {_ident(login)} {_role_attributes(role)}")
        session.execute(update(AppUser).where(AppUser.login == login).values(role=role))
        if dep_ids is not None:
            session.execute(delete(UserDepartment).where(UserDepartment.login == login))
            for dep_id in dep_ids:
                session.execute(insert(UserDepartment).values(login=login, department_id=dep_id))

    _run(ctx, work)
    return _user(ctx, login)


def disable(ctx: Context, login: str) -> User:
    """The login can no longer connect; their name stays in the trail and the list."""
    require_server(ctx)

    def work(session):
        if session.get(AppUser, login) is None:
            raise NotFound(what=f"user {login}")
        session.connection().exec_driver_sql(f"ALTER ROLE {_ident(login)} NOLOGIN")
        session.execute(update(AppUser).where(AppUser.login == login).values(disabled=True))

    _run(ctx, work)
    return _user(ctx, login)


def list_users(ctx: Context) -> list[User]:
    require_server(ctx)
    with ctx.database.session() as session:
        users = session.scalars(select(AppUser).order_by(AppUser.login)).all()
        can_log_in = dict(session.connection().exec_driver_sql(
            "SELECT rolname, rolcanlogin FROM pg_roles").all())
        departments: dict[str, list[str]] = {}
        for login, name in session.execute(
                select(UserDepartment.login, Department.name)
                .join(Department, Department.id == UserDepartment.department_id)
                .order_by(Department.name)):
            departments.setdefault(login, []).append(name)
    return [User(u.login, u.full_name, u.role, u.disabled, bool(can_log_in.get(u.login)),
                 departments.get(u.login, [])) for u in users]


def _user(ctx: Context, login: str) -> User:
    return next(u for u in list_users(ctx) if u.login == login)
