"""Running long work off the GUI thread, with progress and cancel.

A task is a plain function ``work(progress, cancelled)``; it runs on Qt's
thread pool and its result (or exception) comes back on the GUI thread
through signals. Tests switch the runner to synchronous mode, so a test sees
the result right after starting the task (Picard's fake thread pool idea).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    """Emitted from the worker thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class TaskHandle(QObject):
    """A task as the GUI thread sees it: its signals arrive on the GUI thread.

    The worker's signals are connected to this object's slots, so Qt queues
    them across threads; callbacks are never run on the worker thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = _Signals()
        self.signals.progress.connect(self._relay_progress)
        self.signals.finished.connect(self._relay_finished)
        self.signals.failed.connect(self._relay_failed)
        self._cancel = threading.Event()
        self.done = False

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _relay_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)

    @Slot(object)
    def _relay_failed(self, error: object) -> None:
        self.done = True
        self.failed.emit(error)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Work, handle: TaskHandle):
        super().__init__()
        self.work, self.handle = work, handle
        self.setAutoDelete(True)

    def run(self) -> None:
        execute(self.work, self.handle)


def execute(work: Work, handle: TaskHandle) -> None:
    signals = handle.signals
    try:
        result = work(lambda done, total: signals.progress.emit(int(done), int(total)),
                      handle._cancel.is_set)
    except BaseException as error:  # delivered to the GUI thread, which decides what to show
        if not isinstance(error, Exception):
            raise
        signals.failed.emit(error)
    else:
        signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on the global thread pool (or inline, for tests)."""

    synchronous = False

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._running: set[TaskHandle] = set()

    def start(self, work: Work, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> TaskHandle:
        # finished handles are let go here, never while their own signal is being emitted
        self._running = {h for h in self._running if not h.done}
        handle = TaskHandle()
        self._running.add(handle)
        if on_progress:
            handle.progress.connect(on_progress)
        if on_done:
            handle.finished.connect(on_done)
        if on_error:
            handle.failed.connect(on_error)
        if self.synchronous:
            execute(work, handle)
        else:
            QThreadPool.globalInstance().start(_Runnable(work, handle))
        return handle

    def busy(self) -> bool:
        return any(not h.done for h in self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task is done (closing the window, tests)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
