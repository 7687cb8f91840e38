"""Saving what the activity form holds: the activity with its paperwork, then its scan."""

from __future__ import annotations

from pathlib import Path

from skma_training.domain.model import Activity
from skma_training.services import editing
from skma_training.services.context import Context


def save_activity_form(ctx: Context, activity: Activity, scan: Path | None = None,
                       expected_version: int | None = None) -> editing.Changed:
    """Save the activity (its certificate copy's date is paperwork like the rest), then attach
    the scan once the activity is known to exist; what changed, for the views. With
    ``expected_version``, refused (ChangedMeanwhile) if someone saved the activity since."""
    changed = editing.save_activity(ctx, activity, expected_version)
    if scan is not None:
        editing.attach_certificate(ctx, next(iter(changed.activity_ids)), scan)
    return changed
