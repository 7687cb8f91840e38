"""No lost updates: a change made on what was read at version N is saved only if the row is still at N.

The database bumps a row's version on every update (persistence/triggers.py),
whoever makes it: a window, a CLI import, raw SQL. A save says which version
it started from; the UPDATE carries ``WHERE version = N`` (atomic on both
backends), and finding another version is refused, naming who changed the row
and when, from the audit trail.
"""

from __future__ import annotations

from datetime import timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.schema import AuditEvent


class ChangedMeanwhile(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Not saved: {what} was changed by {who} at {when} (UTC) after you opened it. "
        "Reload it to see their version, then apply your changes again.")

    def __init__(self, what: str, who: str, when: str, table: str, row_id: int, version: int):
        self.table, self.row_id, self.version = table, row_id, version
        super().__init__(what=what, who=who or "?", when=when or "?")


def of(session: Session, row_class, row_id: int) -> int:
    """The row's version now."""
    version = session.execute(select(row_class.version).where(row_class.id == row_id)).scalar_one_or_none()
    if version is None:
        raise NotFound(what=f"{row_class.__tablename__} {row_id}")
    return version


def last_change(session: Session, table: str, row_id: int) -> tuple[str, str]:
    """Who changed the row last and when, as the trail has it."""
    row = session.execute(
        select(AuditEvent.actor, AuditEvent.occurred_at)
        .where(AuditEvent.entity == table, AuditEvent.entity_id == row_id)
        .order_by(AuditEvent.id.desc()).limit(1)).first()
    if row is None:
        return "", ""
    when = row.occurred_at
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return row.actor, when.strftime("%Y-%m-%d %H:%M:%S")


def guarded_update(session: Session, row_class, row_id: int, values: dict,
                   expected_version: int | None, what: str) -> None:
    """UPDATE the row; with ``expected_version``, only if nobody changed it since."""
    table = row_class.__table__
    statement = update(table).where(table.c.id == row_id).values(**values)
    if expected_version is None:
        session.execute(statement)
        return
    result = session.execute(statement.where(table.c.version == expected_version))
    if result.rowcount == 1:
        return
    current = of(session, row_class, row_id)  # NotFound if it was deleted meanwhile
    who, when = last_change(session, table.name, row_id)
    raise ChangedMeanwhile(what=what, who=who, when=when, table=table.name, row_id=row_id, version=current)


def current(ctx, row_class, row_id: int) -> int:
    """The version a window or a command should remember when it reads the row to edit it."""
    with ctx.database.session() as session:
        return of(session, row_class, row_id)
