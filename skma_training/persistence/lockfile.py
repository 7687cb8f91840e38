"""The writer lock beside a register file: one window at a time may change a given SQLite file.

``<database>.lock`` holds an OS lock (released by the system when the holder
exits or is killed: never a stale lock) and says who holds it, for the message
the second window shows. A second window opens the register read-only; the
command line's ``restore`` refuses while a window holds it. Other command-line
writers need no lock: SQLite's own (BEGIN IMMEDIATE) makes them take turns.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from pathlib import Path

from skma_training.oslock import LOCKED_BYTE, try_lock, unlock

_INFO_BYTES = LOCKED_BYTE


def lock_path_for(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + ".lock")


class WriterLock:
    """``try_acquire()`` without waiting; ``holder()`` tells who has it; ``release()`` lets go."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None

    @classmethod
    def for_database(cls, database: Path) -> WriterLock:
        return cls(lock_path_for(database))

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False  # a read-only folder: nobody can write the register there anyway
        if not try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        info = json.dumps({"pid": os.getpid(), "user": _user(), "host": socket.gethostname()})
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info.encode("utf-8")[:_INFO_BYTES])
        except OSError:
            pass  # who holds it is a courtesy; the lock is what counts
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        unlock(fd)
        os.close(fd)

    def holder(self) -> dict:
        """Who holds the lock (user, host, pid) as the lock file says; {} if unknown."""
        try:
            with open(self.path, "rb") as handle:
                text = handle.read(_INFO_BYTES).decode("utf-8", "replace").strip("\x00 \n")
            return json.loads(text) if text else {}
        except (OSError, ValueError):
            return {}

    def holder_text(self) -> str:
        who = self.holder()
        if not who:
            return "?"
        return f"{who.get('user') or '?'}@{who.get('host') or '?'}, pid {who.get('pid', '?')}"

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def claim_writer(database) -> bool:
    """Take the writer lock for a window; without it the register is opened read-only.
    True when this window may write (a server database needs no lock file)."""
    from skma_training.persistence.database import READ_ONLY_ELSEWHERE

    path = database.path
    if path is None:
        return True
    lock = database.state.get("lock") or WriterLock.for_database(path)
    database.state["lock"] = lock
    if lock.try_acquire():
        if database.read_only == READ_ONLY_ELSEWHERE:
            database.set_read_only(None)
        return database.read_only is None
    if database.read_only is None:
        database.set_read_only(READ_ONLY_ELSEWHERE)
    return False


def release_writer(database) -> None:
    lock = database.state.pop("lock", None)
    if lock is not None:
        lock.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return ""
