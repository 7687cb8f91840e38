"""The audit trail: every change says who made it, what and when.

Changes of records are written by the database's own triggers (persistence/
triggers.py), with the changed fields before and after. What the services add
here are the events only they know: an import with its file and counts, a plan
approved, a demo loaded.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from skma_training.persistence.schema import AuditEvent
from skma_training.persistence.triggers import AUDITED

# the triggers already record these, with before and after: a second line would only confuse
_RECORDED_BY_TRIGGERS = frozenset({"add", "update", "delete"})


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None = None,
           summary: str = "") -> None:
    if action in _RECORDED_BY_TRIGGERS and entity in AUDITED:
        return
    session.add(AuditEvent(actor=actor, action=action, entity=entity, entity_id=entity_id,
                           summary=summary[:2000]))


# --- reading the trail (`skma-training audit`) ------------------------------

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import select

IIN_PATTERN = re.compile(r"(?<!\d)\d{8}(\d{4})(?!\d)")


def mask_iins(text: str) -> str:
    """Every 12-digit IIN in ``text`` shown by its last four digits only."""
    return IIN_PATTERN.sub(lambda m: "********" + m.group(1), text or "")


@dataclass(frozen=True)
class Event:
    id: int
    occurred_at: datetime  # UTC
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict | None
    after: dict | None

    def as_json(self) -> dict:
        return {"id": self.id, "occurred_at": self.occurred_at.isoformat(), "user": self.actor,
                "action": self.action, "table": self.entity, "row": self.entity_id,
                "summary": self.summary, "before": self.before, "after": self.after}


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _may_read_values(connection) -> bool:
    """On PostgreSQL heads and viewers may not read before/after (column grants)."""
    if connection.dialect.name != "postgresql":
        return True
    return bool(connection.exec_driver_sql(
        "SELECT has_column_privilege('audit_event', 'before', 'SELECT')").scalar())


def history(ctx, table: str | None = None, entity_id: int | None = None, user: str | None = None,
            since: date | None = None, limit: int | None = None) -> list[Event]:
    """The trail, oldest first, filtered; before/after only for those who may read them."""
    with ctx.database.engine.connect() as connection:
        values = _may_read_values(connection)
        columns = [AuditEvent.id, AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.action,
                   AuditEvent.entity, AuditEvent.entity_id, AuditEvent.summary]
        if values:
            columns += [AuditEvent.before, AuditEvent.after]
        query = select(*columns).order_by(AuditEvent.id)
        if table:
            query = query.where(AuditEvent.entity == table)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        if user:
            query = query.where(AuditEvent.actor == user)
        if since is not None:
            start = datetime.combine(since, time.min)
            if connection.dialect.name == "postgresql":
                start = start.replace(tzinfo=timezone.utc)
            query = query.where(AuditEvent.occurred_at >= start)
        if limit:
            query = query.limit(limit)
        rows = connection.execute(query).all()
    return [Event(r.id, _utc(r.occurred_at), r.actor, r.action, r.entity, r.entity_id, mask_iins(r.summary),
                  json.loads(r.before) if values and r.before else None,
                  json.loads(r.after) if values and r.after else None) for r in rows]
