"""Writing a file atomically: beside its target, moved into place only when complete.

A cancelled batch, a crash or a full disk never leaves half a workbook or
half a PDF where the user expects the file. Exports, documents and backups use it.

Every temporary file is recorded (with an OS lock held while it is in use) in a
folder of the user's data; a run killed half-way leaves the record unlocked,
and the next start removes the temporary file it names (``remove_interrupted``).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from skma_training.errors import DiskFull, KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.oslock import try_lock, unlock

log = logging.getLogger(__name__)
PENDING_ENV = "SKMA_TRAINING_PENDING_DIR"
TEMPORARY_NAME = re.compile(r"^\.skma-[0-9a-f]{12}(\.[A-Za-z0-9]+)?$|^\.partial-[0-9a-f]{12}\.sqlite3$")


class FileWriteError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}")


class NotARegularFile(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (it is a link, a device or a folder), so nothing was written "
        "there. Choose a file name in a folder.",
    )


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path``."""
    path = Path(path)
    refuse_unless_regular(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = _create_beside(directory, path.suffix)
    except OSError as error:
        raise _known(error, path) from error
    try:
        with registered_temporary(Path(temporary)):
            yield Path(temporary)
            refuse_unless_regular(path)  # it may have changed while the file was written
            os.replace(temporary, path)
    except OSError as error:
        raise _known(error, path) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def refuse_unless_regular(path: Path) -> None:
    """Export and print write only to a regular file (or a new name): not over a symlink, a
    device node, a pipe or a folder."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _known(error, path) from error
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path=str(path))


def _create_beside(directory: Path, suffix: str) -> str:
    """A new empty file with a random name; created with 0o666 so the user's umask decides its
    permissions, as for any file they save (mkstemp would leave it readable by its owner only)."""
    suffix = suffix if re.fullmatch(r"\.[A-Za-z0-9]+", suffix or "") else ""
    while True:
        candidate = directory / f".skma-{secrets.token_hex(6)}{suffix}"
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return str(candidate)
        except FileExistsError:
            continue


def _known(error: OSError, path: Path) -> KnownError:
    if error.errno == errno.ENOSPC:
        return DiskFull(path=str(path))
    return FileWriteError(path=str(path), reason=error.strerror or str(error))


# -- personal data: readable by its owner only ---------------------------------------------------

def private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only (0700 on POSIX; on Windows the user's profile
    already is). A folder that exists is left as it is: it may be shared on purpose."""
    folder = Path(folder)
    if folder.is_dir():
        return folder
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # mkdir's mode is reduced by the umask, never widened
    return folder


def private_file(path: Path) -> None:
    """Make a file this application has just created readable by its owner only (POSIX)."""
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError as error:
            log.warning("could not make %s private: %s", path, error)


# -- records of temporary files ---------------------------------------------------------------

def pending_dir() -> Path:
    if os.environ.get(PENDING_ENV):
        return Path(os.environ[PENDING_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("SKMA Training", appauthor=False)) / "pending"


@contextmanager
def registered_temporary(temporary: Path) -> Iterator[None]:
    """Record ``temporary`` while the block runs; if the process dies, the next start removes it."""
    record = fd = None
    try:
        folder = pending_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        record = folder / f"{secrets.token_hex(8)}.json"
        fd = os.open(record, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try_lock(fd)
        os.write(fd, json.dumps({"path": str(Path(temporary).absolute())}).encode("utf-8"))
    except OSError as error:  # no record: the file is still removed at the end of a normal run
        log.warning("temporary file %s not recorded: %s", temporary, error)
    try:
        yield
    finally:
        if fd is not None:
            unlock(fd)
            os.close(fd)
        if record is not None:
            try:
                os.unlink(record)
            except OSError:
                pass


def remove_interrupted() -> tuple[int, int]:
    """Remove the temporary files of runs that were killed; returns (files, bytes) removed.
    A record still locked belongs to a run in progress and is left alone."""
    removed = size = 0
    folder = pending_dir()
    try:
        records = list(folder.glob("*.json"))
    except OSError:
        return 0, 0
    for record in records:
        try:
            fd = os.open(record, os.O_RDWR)
        except OSError:
            continue
        try:
            if not try_lock(fd):
                continue  # in use by a running export, print or backup
            try:
                target = Path(json.loads(os.read(fd, 8192).decode("utf-8"))["path"])
            except (ValueError, KeyError, OSError):
                target = None
            # only our own temporary files, only regular files
            if target is not None and TEMPORARY_NAME.match(target.name):
                # the file, and the journal SQLite keeps beside a copy being written
                for path in (target, *(Path(f"{target}{end}") for end in ("-journal", "-wal", "-shm"))):
                    try:
                        info = os.lstat(path)
                        if stat.S_ISREG(info.st_mode):
                            os.unlink(path)
                            removed += 1
                            size += info.st_size
                    except OSError:
                        pass
            unlock(fd)
        finally:
            os.close(fd)
        try:
            os.unlink(record)
        except OSError:
            pass
    if removed:
        log.info("removed %d temporary files (%d bytes) left by interrupted runs", removed, size)
    return removed, size
