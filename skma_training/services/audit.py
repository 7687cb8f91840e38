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
