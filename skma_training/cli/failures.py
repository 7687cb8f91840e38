"""How each command opens the register, and known failures turned into plain messages."""

from __future__ import annotations

from skma_training.errors import KnownError, RegisterDamaged
from skma_training.i18n import translate

# command -> (may create a new register, must be able to write it)
OPEN_MODES = {
    "import": (True, True),
    "demo": (True, True),
    "export": (False, False),
    "print": (False, False),
    "check": (False, False),
    "deadlines": (False, False),
    "credits": (False, False),
    "backup": (False, False),
    "restore": (True, False),
    # the shared register's and the reminders' commands
    "server": (True, True),
    "users": (False, True),
    "audit": (False, False),
    "remind": (False, True),
    "calendar": (False, False),
    "settings": (False, True),
    "mail-language": (False, True),
}


def known_failure(error: BaseException, db=None) -> KnownError | None:
    """A KnownError for the failures users meet (database, server, disk, permissions), or None."""
    from skma_training.persistence.database import known_database_error

    return known_database_error(error, None, shown=_shown(db))


def _shown(db) -> str:
    if db is None:
        return ""
    from skma_training.persistence.database import resolve_url, sqlite_path

    url = resolve_url(db)
    return str(sqlite_path(url) or "")


def advice(error: KnownError) -> str:
    """What to do next, where the application knows more than the message (the newest good backup)."""
    if isinstance(error, RegisterDamaged):
        from pathlib import Path

        from skma_training.services.backup import newest_good_backup

        backup = newest_good_backup(Path(error.details.get("path", "")))
        if backup is not None:
            return ("\n" + translate("Cli", "The newest good backup is {backup}. To restore it:").format(backup=backup)
                    + f'\n  skma-training restore "{backup}"')
    return ""
