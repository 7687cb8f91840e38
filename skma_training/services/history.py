"""The history date: deadlines due before it are history, not work (issue: truth on every date).

It is set once, from the injected clock, when a register is first filled (its first import
or the demo) and can be moved by the user; a migration never sets it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from skma_training.domain.deadlines import history_date_for_import
from skma_training.services.settings import read_settings, write_settings


def ensure_history_date(session: Session, today: date) -> date:
    """The register's history date, set now from ``today`` if it has none yet."""
    current = read_settings(session).get("history_date")
    if current:
        return current
    chosen = history_date_for_import(today)
    write_settings(session, {"history_date": chosen})
    return chosen
