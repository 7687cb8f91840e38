"""The audit trail: every change says who made it, what and when."""

from __future__ import annotations

from sqlalchemy.orm import Session

from skma_training.persistence.schema import AuditEvent


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None = None,
           summary: str = "") -> None:
    session.add(AuditEvent(actor=actor, action=action, entity=entity, entity_id=entity_id,
                           summary=summary[:2000]))
