"""Certificate scans: copies kept in the attachments folder beside the database, and only there.

A stored path is relative to the data folder ("attachments/12/scan.pdf"). It
is trusted only after it is resolved (links followed) and found inside the
attachments folder: a register edited by hand or shared must not make the
application open ``../../../../etc/passwd``. A scan is copied only once the
activity is known to exist, within the same transaction that records it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePath, PureWindowsPath

from sqlalchemy import update

from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.schema import ActivityRow
from skma_training.services import audit
from skma_training.services.context import Context

FOLDER = "attachments"


class OutsideAttachments(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The scan's path «{path}» leads outside the attachments folder; it was not used."
    )


def attachments_dir(ctx: Context) -> Path:
    """Beside a register file; for the shared register, in this user's data folder (scans stay on
    the computer they were attached from; the register records their names)."""
    from skma_training.persistence.database import default_data_dir

    base = ctx.database.path.parent if ctx.database.path else default_data_dir()
    return base / FOLDER


def _inside(root: Path, candidate: Path) -> bool:
    root, candidate = root.resolve(), candidate.resolve()
    return candidate != root and candidate.is_relative_to(root)


def certificate_path(ctx: Context, stored: str) -> Path | None:
    """The scan a stored path names, resolved; None when it is empty or leads outside the folder."""
    if not stored or "\0" in stored:
        return None
    if PurePath(stored).is_absolute() or PureWindowsPath(stored).drive or PureWindowsPath(stored).root:
        return None
    root = attachments_dir(ctx)
    candidate = root.parent / stored
    return candidate.resolve() if _inside(root, candidate) else None


def check_stored(ctx: Context, stored: str) -> None:
    """Refuse a stored path that does not stay inside the attachments folder (saving an activity)."""
    if stored and certificate_path(ctx, stored) is None:
        raise OutsideAttachments(path=stored)


def attach_certificate(ctx: Context, activity_id: int, source: Path) -> Path:
    """Copy a certificate scan into the attachments folder and record it on the activity."""
    source = Path(source)
    if not source.is_file():
        raise NotFound(what=str(source))
    safe_name = re.sub(r"[^\w.\-]+", "_", source.name).lstrip(".") or "scan"
    root = attachments_dir(ctx)
    target = root / str(int(activity_id)) / safe_name
    copied = False
    try:
        with ctx.transaction() as session:
            if session.get(ActivityRow, activity_id) is None:
                raise NotFound(what=f"activity {activity_id}")
            from skma_training.fileio import private_dir, private_file

            private_dir(target.parent)  # personal data: 0700 folders, 0600 files
            if not _inside(root, target):  # e.g. a link planted in the folder
                raise OutsideAttachments(path=str(target))
            shutil.copy2(source, target)
            copied = True
            private_file(target)
            stored = target.relative_to(root.parent).as_posix()
            session.execute(update(ActivityRow).where(ActivityRow.id == activity_id)
                            .values(certificate_file=stored))
            audit.record(session, ctx.actor, "attach", "activity", activity_id, safe_name)
    except BaseException:
        if copied:
            target.unlink(missing_ok=True)
        raise
    return target
