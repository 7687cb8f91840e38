"""The history date: deadlines due before it are history, not work (issue: truth on every date).

It is set once, from the injected clock, when a register is first filled (its first import
or the demo) and can be moved by the user; a migration never sets it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from skma_training.domain.deadlines import history_date_for_import
from skma_training.services.settings import read_settings, write_settings

if TYPE_CHECKING:
    from skma_training.services.context import Context


def ensure_history_date(session: Session, today: date) -> date:
    """The register's history date, set now from ``today`` if it has none yet."""
    current = read_settings(session).get("history_date")
    if current:
        return current
    chosen = history_date_for_import(today)
    write_settings(session, {"history_date": chosen})
    return chosen


@dataclass(frozen=True, slots=True)
class HistorySummary:
    history_date: date | None
    before: int  # deadlines due before the history date: treated as history
    open_before: int  # of those, not done: what "show them" would add to the overdue list


def history_summary(ctx: Context, as_of: date | None = None) -> HistorySummary:
    """How many deadlines the history date hides on ``as_of`` (default today)."""
    from skma_training.services.queries import tracked_deadlines

    as_of = as_of or ctx.today()
    settings = ctx.settings()
    history = settings.get("history_date")
    if history is None or as_of < history:
        return HistorySummary(history, 0, 0)
    hidden = [d for d in tracked_deadlines(ctx, as_of, settings=settings, show_all=True) if d.due_date < history]
    return HistorySummary(history, len(hidden), sum(d.done_on is None for d in hidden))


def set_history_date(ctx: Context, day: date | None) -> None:
    """Move the history date (None: nothing is history)."""
    from skma_training.services import audit

    with ctx.transaction() as session:
        write_settings(session, {"history_date": day})
        audit.record(session, ctx.actor, "update", "settings", None, f"history_date={day}")
