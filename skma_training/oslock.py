"""An exclusive, non-waiting OS lock on an open file: ``flock`` on POSIX, ``msvcrt.locking`` on Windows.

The system drops it when the holder exits or is killed, so a crash never leaves a stale lock.
Used for the register's writer lock and for the records of temporary files.
"""

from __future__ import annotations

import os

LOCKED_BYTE = 512  # on Windows the byte locked, past the text a lock file may hold (others still read it)

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def unlock(fd: int) -> None:
        try:
            os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
