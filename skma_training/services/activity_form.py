"""Saving what the activity form holds: the activity, the date its certificate copy was
handed in (E464 7.2, a column the domain record does not carry yet) and its scan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, update

from skma_training.domain.model import Activity
from skma_training.errors import NotFound
from skma_training.persistence.schema import ActivityRow
from skma_training.services import editing
from skma_training.services.context import Context


def certificate_copy_on(ctx: Context, activity_id: int | None) -> date | None:
    if activity_id is None:
        return None
    with ctx.database.session() as session:
        return session.execute(select(ActivityRow.certificate_copy_on)
                               .where(ActivityRow.id == activity_id)).scalar_one_or_none()


def set_certificate_copy_on(ctx: Context, activity_id: int, day: date | None) -> None:
    with ctx.transaction() as session:
        done = session.execute(update(ActivityRow).where(ActivityRow.id == activity_id)
                               .values(certificate_copy_on=day)).rowcount
        if not done:
            raise NotFound(what=f"activity {activity_id}")


def save_activity_form(ctx: Context, activity: Activity, copy_on: date | None = None,
                       scan: Path | None = None) -> editing.Changed:
    """Save the activity, then its certificate copy's date and scan; what changed, for the views."""
    changed = editing.save_activity(ctx, activity)
    activity_id = next(iter(changed.activity_ids))
    if copy_on != certificate_copy_on(ctx, activity_id):
        set_certificate_copy_on(ctx, activity_id, copy_on)
    if scan is not None:
        editing.attach_certificate(ctx, activity_id, scan)
    return changed
