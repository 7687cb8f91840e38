"""Logging: named loggers per layer into one rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_ENV = "SKMA_TRAINING_LOG_DIR"
_configured: Path | None = None


def log_dir() -> Path:
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV])
    from platformdirs import user_log_dir

    return Path(user_log_dir("SKMA Training", appauthor=False))


def log_file() -> Path:
    return log_dir() / "skma-training.log"


# an IIN is 12 digits; a longer run of digits is something else (a phone, a certificate number)
_IIN = re.compile(r"(?<!\d)\d{8}(\d{4})(?!\d)")
_SQL_PARAMETERS = re.compile(r"\[(SQL )?parameters:[^\n]*")


def mask(text: str) -> str:
    """The log never holds an IIN (only its last four digits) nor the values a statement wrote
    (names, IINs): SQL parameters are dropped from logged errors and tracebacks."""
    text = _SQL_PARAMETERS.sub("[SQL parameters not logged]", text)
    return _IIN.sub(lambda m: "********" + m.group(1), text)


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only (0600), rotated ones too."""

    def _open(self):
        stream = super()._open()
        if os.name == "posix":
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the application's logs to a rotating file; returns its path (None if unwritable)."""
    global _configured
    if _configured is not None:
        return _configured
    root = logging.getLogger("skma_training")
    root.setLevel(level)
    try:
        from skma_training.fileio import private_dir

        path = log_file()
        private_dir(path.parent)
        handler = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _configured = path
    return path


def tail(lines: int = 60) -> str:
    """The last lines of the log, for the crash dialog."""
    path = _configured or log_file()
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""
