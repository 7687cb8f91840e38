"""The damage check of a register beside a reading command's work, instead of before it.

``PRAGMA quick_check`` reads the whole file (half a second for 100,000 activities and
their audit trail). SQLite runs it without the GIL, so `check` and `deadlines` load and
evaluate meanwhile and wait for it only before they print: a damaged register is still
said to be read-only before any output, and is not backed up. A register that is not
current (it would need an upgrade) or already read-only is opened the ordinary way.
"""

from __future__ import annotations

import logging
import sys
import threading

from skma_training.i18n import translate

log = logging.getLogger(__name__)
READING_COMMANDS = frozenset({"check", "deadlines"})


class SoundCheck:
    """``quick_check`` of the register's file, running in a thread."""

    def __init__(self, database):
        self.database = database
        self._found: dict = {}
        self._thread: threading.Thread | None = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from skma_training.persistence.database import quick_check

        try:
            self._found["damage"] = quick_check(self.database.engine)
        except BaseException as error:  # noqa: BLE001 - raised in the command's thread by settle()
            self._found["error"] = error

    def settle(self) -> None:
        """Wait for the check; a damaged register becomes read-only and says so (once)."""
        if self._thread is None:
            return
        self._thread.join()
        self._thread = None
        if "error" in self._found:
            raise self._found["error"]
        damage = self._found.get("damage")
        if not damage:
            return
        from skma_training.errors import read_only_label
        from skma_training.persistence.database import READ_ONLY_DAMAGED

        log.warning("database %s failed quick_check: %s", self.database.path, damage)
        self.database.set_read_only(READ_ONLY_DAMAGED)
        sys.stderr.write(translate("Cli", "Warning: the register {path} is open read-only ({reason}).").format(
            path=self.database.path, reason=read_only_label(READ_ONLY_DAMAGED)) + "\n")


def open_for_reading(db, *, create: bool, need_write: bool):
    """(database, SoundCheck or None): the check in the background when the register is a current
    SQLite file that may be read; otherwise the ordinary open, which checks first."""
    from skma_training.persistence.database import open_database, resolve_url, sqlite_path
    from skma_training.persistence.migrations_runner import is_current

    path = sqlite_path(resolve_url(db))
    if path is None or not path.exists():
        return open_database(db, create=create, need_write=need_write), None
    database = open_database(db, create=create, need_write=need_write, migrate=False, check=False)
    if database.read_only or not is_current(database):
        database.dispose()
        return open_database(db, create=create, need_write=need_write), None
    return database, SoundCheck(database)


def settle(args) -> None:
    """Called by a reading command just before it prints."""
    check = getattr(args, "sound_check", None)
    if check is not None:
        check.settle()
