"""A save refused because someone changed the record meanwhile: read theirs, show both, let the user choose.

Used by every dialog that edits a record with a version (RecordDialog.version):
their version is read off the GUI thread, compared field by field with the
form, and the user either takes theirs into the form, saves theirs over on
purpose with the new version, or goes on editing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from skma_training.gui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog
from skma_training.gui.errors import show_error, tell
from skma_training.services.record_diff import differences


def handle_conflicts(dialog, read_theirs: Callable[[], Any], form_record: Callable[[], Any],
                     load_theirs: Callable[[Any], None]) -> None:
    """Wire ``dialog`` (a RecordDialog with a runner) to resolve conflicts.

    ``read_theirs()`` runs off the GUI thread and returns the record as saved now, with its
    ``record`` and ``version`` (services/register.py), or None when it is gone;
    ``form_record()`` is the record as the form stands; ``load_theirs(record)`` fills the form."""

    def conflict(error) -> None:
        details = error.details

        def read(_progress, _cancelled):
            return read_theirs()

        def show(found) -> None:
            if found is None:
                tell(dialog, QCoreApplication.translate(
                    "Conflicts", "Not saved: someone deleted this record after you opened it."))
                return
            theirs, version = found.record, found.version
            choice = ConflictDialog(details.get("who", ""), details.get("when", ""),
                                    differences(theirs, form_record()), dialog)
            dialog.last_conflict = choice  # tests answer it
            choice.exec()
            if choice.choice == THEIRS:
                load_theirs(theirs)
                dialog.version = version
                dialog.mark_pristine()
            elif choice.choice == MINE:
                dialog.version = version  # overwrite theirs, knowingly
                dialog.accept()

        dialog.runner.start(read, show, lambda failure: show_error(dialog, failure, dialog.database))

    dialog.on_conflict = conflict
