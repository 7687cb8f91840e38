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


class DiskTrouble(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk that holds {path} could not read or write it (disk I/O error): it may be full, "
        "removed or failing. The change was not saved. Free some space or check the disk, then try again.",
    )


class NotFound(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{what} was not found.")


class Cancelled(KnownError):
    """The user cancelled long work before it changed anything."""

    template = QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed.")


# -- the register file: missing, foreign, damaged, read-only ---------------------------------

class NoRegister(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is no register at {path}. Check the path given with --db; "
        "a new register is created only by import, demo or the window's first start.",
    )


class RegisterIsFolder(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder, not a register file. Give the path of the database file itself.")


class RegisterEmpty(DatabaseUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is empty (0 bytes), so it holds no register. It was left as it is. "
        "Restore a backup over it or give another file.",
    )


class RegisterForeign(DatabaseUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is not an SKMA Training register: it is not an SQLite database. "
        "It was left as it is. Check the path.",
    )


class RegisterDamaged(DatabaseUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The register {path} is damaged ({reason}). Nothing was written to it. "
        "Restore a good backup with: skma-training restore BACKUP-FILE",
    )


class RegisterReadOnlyFile(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The register {path} is read-only: it can be read but not changed. Nothing was changed. "
        "Ask for write access to the file, or copy it to a folder of your own.",
    )


class RegisterReadOnlyFolder(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The folder {path} is read-only: the register cannot be written there. Nothing was changed. "
        "Choose a folder you can write to, or ask for write access.",
    )


class RegisterOpenElsewhere(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The register {path} is open for changes in another window ({holder}). "
        "Close that window and try again.",
    )


class RegisterReadOnlyNow(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This register is open read-only ({reason}); nothing was changed.")

    def __init__(self, reason: str = "", **details: Any):
        super().__init__(reason=read_only_label(reason), **details)


# why a register is open read-only (persistence.database.READ_ONLY_*), in words
_READ_ONLY_LABELS = {
    "damaged": QT_TRANSLATE_NOOP("Errors", "it is damaged"),
    "read-only file": QT_TRANSLATE_NOOP("Errors", "the file or its folder is read-only"),
    "open in another window": QT_TRANSLATE_NOOP("Errors", "it is open for changes in another window"),
}


def read_only_label(reason: str) -> str:
    return translate("Errors", _READ_ONLY_LABELS[reason]) if reason in _READ_ONLY_LABELS else reason


# -- the database server -------------------------------------------------------------------

class ServerUnreachable(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database server {server} does not answer (connection refused). Check that it is running "
        "and that the address is right, or ask its administrator.",
    )


class ServerLoginFailed(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database server {server} refused the login: the user name or password is wrong. "
        "Check them, or ask its administrator.",
    )


class ServerPermissionDenied(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database server refused this change: your account may not make it (permission denied "
        "by a policy). Nothing was changed. Ask the administrator for the right role.",
    )


# -- files and folders ------------------------------------------------------------------------

class AccessDenied(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Access to {path} was denied. Nothing was changed. Ask for access, or choose another place.")


class NoSuchFile(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} does not exist. Check the name and the folder.")


class ReadOnlyDisk(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The disk that holds {path} is read-only. Nothing was changed. Choose another place.")


def known_os_error(error: OSError, path: str = "") -> KnownError | None:
    """A plain message for the file-system failures users meet, or None."""
    import errno

    shown = error.filename if error.filename not in (None, "") else path
    shown = str(shown or "")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(path=shown)
    if error.errno == errno.EROFS:
        return ReadOnlyDisk(path=shown)
    if isinstance(error, PermissionError):
        return AccessDenied(path=shown)
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return NoSuchFile(path=shown)
    return None
