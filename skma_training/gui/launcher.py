"""Starting the desktop application: arguments, logging, language, database, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

START = time.perf_counter()
log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="skma-training")
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--demo", action="store_true")
    known, _rest = parser.parse_known_args(argv)  # Qt's own options pass through
    return known


class Application:
    """Owns the Qt application and the current main window (rebuilt for the demo or a new language)."""

    def __init__(self, args: argparse.Namespace):
        from PySide6.QtWidgets import QApplication

        from skma_training import APP_NAME, paths
        from skma_training.gui.errors import install_handlers
        from skma_training.gui.tasks import TaskRunner

        self.args = args
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        self.qt.setOrganizationName("SKMA")
        self.qt.setApplicationName(APP_NAME)
        self.qt.setStyle("Fusion")
        from PySide6.QtGui import QIcon

        self.qt.setWindowIcon(QIcon(str(paths.resource("icons", "skma-training.png"))))
        style = paths.resource("styles", "app.qss")
        if style.exists():
            self.qt.setStyleSheet(style.read_text(encoding="utf-8"))
        install_handlers()
        self.runner = TaskRunner()
        self.window = None
        self.ctx = None
        self.demo_dir: Path | None = None

    # -- language -------------------------------------------------------------

    def apply_language(self, stored: str | None) -> str:
        from skma_training.gui.translations import install_translators
        from skma_training.i18n import normalize_language, set_language, system_language

        lang = normalize_language(self.args.lang) or normalize_language(stored) or system_language()
        set_language(lang)
        install_translators(lang)
        return lang

    # -- databases --------------------------------------------------------------

    def open(self, db) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from skma_training.gui.errors import as_known, report_crash
        from skma_training.services.opening import open_database
        from skma_training.services.context import Context

        from skma_training.gui.dialogs.login_dialog import ask_if_needed, login_needed

        if login_needed(db) is not None:  # the shared register: a login and a password
            db = ask_if_needed(db)
            if db is None:  # the user cancelled
                return False
        try:
            # a damaged or read-only register opens read-only (the banner says why);
            # quick_check runs in the background once the window shows (register_guard)
            database = open_database(db, need_write=False, check=False)
            from skma_training.gui.startup import after_open

            after_open(database)
        except Exception as error:  # the window cannot open without its data
            self.apply_language(None)
            known = as_known(error)
            if known is None:
                report_crash(type(error), error, error.__traceback__)
            else:
                from skma_training.gui.startup import offer_restore

                if offer_restore(db, known):  # damaged beyond opening: the newest good backup
                    return self.open(db)
                QMessageBox.critical(None, "SKMA Training", known.message())
            return False
        self.ctx = Context(database, today=date.today)
        self.apply_language(self.ctx.settings().get("language"))
        log.info("database open %.2f s after start", time.perf_counter() - START)
        return True

    def open_demo(self) -> bool:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from skma_training.gui.errors import show_error
        from skma_training.services.demo import load_demo

        self.demo_dir = Path(tempfile.mkdtemp(prefix="skma-training-demo-"))
        if not self.open(self.demo_dir / "demo.sqlite3"):
            return False
        progress = QProgressDialog(self.qt.translate("Launcher", "Building the demo academy…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()
        result = {}
        ctx = self.ctx
        handle = self.runner.start(lambda _p, _c: load_demo(ctx), lambda academy: result.setdefault("ok", True),
                                   lambda error: result.setdefault("error", error))
        while not handle.done:
            self.qt.processEvents()
            time.sleep(0.01)
        self.qt.processEvents()
        progress.close()
        if "error" in result:
            show_error(None, result["error"], ctx.database)
            return False
        return True

    # -- the window --------------------------------------------------------------

    def show_window(self, demo: bool) -> None:
        from skma_training.gui.workspace import Workspace

        # start reading the register before the window's modules are even imported
        workspace = Workspace(self.ctx, self.runner)
        workspace.reload()
        from skma_training.gui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.ctx, self.runner, demo=demo, workspace=workspace)
        self.window.restart_requested.connect(self.restart)
        self.window.show()
        from skma_training.gui.startup import after_show

        after_show(self.window, first=old is None)
        if os.environ.get("SKMA_TRAINING_EXIT_WHEN_READY"):  # for the benchmark: time to a usable window
            self.window.workspace.changed.connect(self._ready_and_quit)
        if old is not None:
            old.close()
            old.deleteLater()
        log.info("window shown %.2f s after start", time.perf_counter() - START)

    def _ready_and_quit(self) -> None:
        log.info("data shown %.2f s after start", time.perf_counter() - START)
        self.qt.processEvents()  # let the pages paint what they now hold
        print(f"READY {time.perf_counter() - START:.3f}", flush=True)
        self.qt.quit()

    def restart(self, reason: str) -> None:
        if reason == "own":  # from the demo back to the user's own register
            if self.open(self.args.db):
                self.show_window(demo=False)
            return
        if reason == "demo":
            if self.open_demo():
                self.show_window(demo=True)
            return
        self.apply_language(self.ctx.settings().get("language"))
        self.show_window(demo=self.window.demo if self.window else False)

    def run(self) -> int:
        ok = self.open_demo() if self.args.demo else self.open(self.args.db)
        if not ok:
            return 1
        self.show_window(demo=self.args.demo)
        code = self.qt.exec()
        self.runner.wait(10000)
        return code


def launch(argv: list[str]) -> int:
    from skma_training.logs import setup_logging

    setup_logging()
    args = parse_args(argv)
    if args.lang:
        os.environ.setdefault("SKMA_TRAINING_LANG", args.lang)
    return Application(args).run()
