"""Known errors: what went wrong in words a user understands, in the user's language.

Anything that is not a ``KnownError`` is a bug and goes to the crash report.
"""

from __future__ import annotations

from typing import Any

from skma_training.i18n import QT_TRANSLATE_NOOP, translate


class KnownError(Exception):
    """An error with a plain, translatable message (the ``template`` is English source text)."""

    template = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed.")

    def __init__(self, template: str | None = None, **details: Any):
        self.details = details
        if template is not None:
            self.template = template
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        text = translate("Errors", self.template, lang)
        try:
            return text.format(**self.details)
        except (KeyError, IndexError, ValueError):
            return text


class DatabaseTooNew(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} was written by a newer version of SKMA Training (schema {revision}). "
        "It was not opened and nothing in it was changed. Please update the application.",
    )


class DatabaseLocked(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is busy: another program is writing to it. Try again in a moment.",
    )


class DatabaseUnreadable(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not an SKMA Training database or is damaged: {reason}"
    )


class MigrationFailed(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} could not be upgraded; it was left as it was. "
        "A copy was saved as {backup}. Reason: {reason}",
    )


class DiskFull(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no space left on the disk to write {path}. Free some space and try again."
    )


class NotFound(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{what} was not found.")


class Cancelled(KnownError):
    """The user cancelled long work before it changed anything."""

    template = QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed.")
