"""The notice on start: what fell due or became overdue since this user last opened the register.

It sits in the status bar (it never blocks), says how many, and its link opens
the Deadlines page. The day of the last opening is kept per user (QSettings)
and per database.
"""

from __future__ import annotations

import hashlib
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from skma_training.domain.dates import day_text
from skma_training.services.since_last import SinceLast, fell_due_since


def _key(window) -> str:
    where = str(window.ctx.database.path or window.ctx.database.url)
    return "notice/last_opened/" + hashlib.sha1(where.encode()).hexdigest()[:12]


class SinceNotice(QLabel):
    def __init__(self, window: QMainWindow):
        super().__init__()
        self.window_ = window
        self.found: SinceLast | None = None
        self.setObjectName("sinceNotice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._open)
        self.hide()
        self._done = False
        window.workspace.changed.connect(self._first_load)

    def _first_load(self) -> None:
        """Once, when the register has loaded: compare with the last opening, then remember today."""
        if self._done or self.window_.demo:
            return
        self._done = True
        computed = self.window_.workspace.computed
        settings = QSettings()
        stored = settings.value(_key(self.window_), "")
        try:
            last_seen = date.fromisoformat(str(stored)) if stored else None
        except ValueError:
            last_seen = None
        today = self.window_.ctx.today()
        self.found = fell_due_since(computed.deadlines, computed.statuses, last_seen, computed.as_of)
        settings.setValue(_key(self.window_), today.isoformat())
        if self.found:
            self.setText(self.tr(
                "Since {date}: {deadlines} deadlines fell due or became overdue, {staff} staff "
                "became overdue. <a href=\"deadlines\">Show</a>").format(
                date=day_text(last_seen), deadlines=len(self.found.deadlines), staff=len(self.found.staff)))
            self.show()

    def _open(self, _link: str) -> None:
        self.window_.navigate("deadlines", {"view": "week"})
        self.hide()


def install(window: QMainWindow) -> SinceNotice:
    notice = SinceNotice(window)
    window.statusBar().addPermanentWidget(notice)
    if window.workspace.loaded:  # it finished before the window was built
        notice._first_load()
    return notice
