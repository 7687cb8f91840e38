"""Writing a file atomically: beside its target, moved into place only when complete.

A cancelled batch, a crash or a full disk never leaves half a workbook or
half a PDF where the user expects the file. Exports and documents both use it.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from skma_training.errors import DiskFull, KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP


class FileWriteError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}")


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path``."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = _create_beside(directory, path.suffix)
    except OSError as error:
        raise _known(error, path) from error
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise _known(error, path) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _create_beside(directory: Path, suffix: str) -> str:
    """A new empty file with a random name; created with 0o666 so the user's umask decides its
    permissions, as for any file they save (mkstemp would leave it readable by its owner only)."""
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
