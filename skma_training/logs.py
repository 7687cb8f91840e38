"""Logging: named loggers per layer into one rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
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


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the application's logs to a rotating file; returns its path (None if unwritable)."""
    global _configured
    if _configured is not None:
        return _configured
    root = logging.getLogger("skma_training")
    root.setLevel(level)
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
