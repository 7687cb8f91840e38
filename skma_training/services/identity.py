"""Who is at the keyboard and what their role lets them do.

On the shared register the server says it: the login is ``session_user`` and
the role is what ``skma_role()`` (migration 0003) finds from the group role
the login belongs to. A register in a file on this computer has no roles: the
person who may open the file may do everything in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from skma_training.domain.permissions import CENTRE, OWNER, Action, may
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.persistence.schema import AppUser, Department, UserDepartment
from skma_training.services.context import Context

ROLE_NAMES = {
    OWNER: QT_TRANSLATE_NOOP("Roles", "database owner"),
    CENTRE: QT_TRANSLATE_NOOP("Roles", "centre"),
    "hr": QT_TRANSLATE_NOOP("Roles", "HR"),
    "head": QT_TRANSLATE_NOOP("Roles", "head of department"),
    "viewer": QT_TRANSLATE_NOOP("Roles", "viewer"),
    "none": QT_TRANSLATE_NOOP("Roles", "no role"),
}


@dataclass(frozen=True)
class Identity:
    login: str
    full_name: str
    role: str
    departments: tuple[str, ...] = ()
    shared: bool = False  # the academy's server, not a file on this computer

    def may(self, action: Action) -> bool:
        return may(self.role, action)

    def role_name(self) -> str:
        return translate("Roles", ROLE_NAMES.get(self.role, self.role))

    def shown(self) -> str:
        """For the status bar: "Айгерім Сейітова (aseitova) · HR"."""
        who = f"{self.full_name} ({self.login})" if self.full_name and self.full_name != self.login else self.login
        return f"{who} · {self.role_name()}"


def current(ctx: Context) -> Identity:
    if ctx.database.engine.dialect.name != "postgresql":
        return Identity(ctx.actor or "?", "", CENTRE)
    with ctx.database.session() as session:
        login, role = session.connection().exec_driver_sql("SELECT session_user, skma_role()").one()
        name = session.execute(select(AppUser.full_name).where(AppUser.login == login)).scalar_one_or_none()
        departments = session.execute(
            select(Department.name).join(UserDepartment, UserDepartment.department_id == Department.id)
            .where(UserDepartment.login == login).order_by(Department.name)).scalars().all()
    return Identity(login, name or "", role, tuple(departments), shared=True)
