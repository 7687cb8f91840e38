"""Screenshots of the main screens with the demo academy, in Kazakh and Russian.

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py [--out docs/screenshots] [--lang kk ru]

At 1366x768, the smallest screen the centre uses: what fits here fits everywhere.

Each screen is grabbed from the real window after its data has loaded. The
README shows the results; look at them before calling a screen done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 11, 23)


def wait_until(app, condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def shoot_history_and_conflict(application, window, activity, out: Path, lang: str, app) -> None:
    """A record's history after two edits, and the dialog shown when someone saved meanwhile."""
    from dataclasses import replace

    from skma_training.gui.dialogs.conflict_dialog import ConflictDialog
    from skma_training.gui.dialogs.history_dialog import HistoryDialog
    from skma_training.services import editing, register
    from skma_training.services.record_diff import differences

    ctx = application.ctx
    before = register.activity_to_edit(ctx, activity.id).activity
    editing.save_activity(ctx, replace(before, hours=(before.hours or 0) + 36))
    theirs = replace(before, hours=(before.hours or 0) + 36, provider=before.provider + " (онлайн)")
    editing.save_activity(ctx, theirs)
    history = HistoryDialog(ctx, application.runner, "activity", activity.id, activity.title, window)
    history.resize(1000, 420)
    history.show()
    wait_until(app, lambda: history.table.rowCount() > 0)
    _save(history, out / f"{lang}-history.png", app)
    history.close()
    mine = replace(before, title=before.title + " — 2")
    conflict = ConflictDialog("aseitova", "2026-11-23 09:41:07", differences(theirs, mine), window)
    conflict.show()
    _save(conflict, out / f"{lang}-conflict.png", app)
    conflict.close()


def _save(widget, path: Path, app) -> None:
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["kk", "ru"])
    parser.add_argument("--staff", type=int, default=450)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SKMA_TRAINING_LOG_DIR", tempfile.gettempdir())

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from skma_training.gui.launcher import Application, parse_args
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context
    from skma_training.services.demo import load_demo

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp(prefix="skma-shots-"))
    db_path = folder / "demo.sqlite3"
    ctx = Context(open_database(db_path), today=lambda: AS_OF)
    load_demo(ctx, staff=args.staff)
    ctx.database.dispose()

    for lang in args.lang:
        application = Application(parse_args(["--db", str(db_path), "--lang", lang]))
        assert application.open(str(db_path))
        application.ctx.today = lambda: AS_OF
        application.show_window(demo=False)
        window = application.window
        window.resize(1366, 768)
        app = QApplication.instance()
        wait_until(app, lambda: window.workspace.computed.statuses)

        def shoot(name: str) -> None:
            for _ in range(10):
                app.processEvents()
                time.sleep(0.02)
            path = args.out / f"{lang}-{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        shoot("overview")
        staff = window.page("staff")
        window.navigate("staff", {"status": "overdue"})
        app.processEvents()
        staff.view.selectRow(0)
        staff._show_current()
        shoot("staff")
        window.navigate("staff", {"status": None})
        window.nav.setCurrentRow(2)
        shoot("activities")
        window.navigate("deadlines", {"view": "month"})
        shoot("deadlines")
        window.nav.setCurrentRow(4)
        window.page("plan").tabs.setCurrentIndex(0)
        shoot("plan")
        window.nav.setCurrentRow(5)
        shoot("internships")
        # the activity dialog, on an internship with its paperwork
        from skma_training.gui.dialogs.activity_dialog import ActivityDialog
        from skma_training.persistence.records import load_activities

        with application.ctx.database.engine.connect() as connection:
            internship = next(a for a in load_activities(connection, kinds=("internship",))
                              if a.paperwork.review_on and a.ends_on and a.ends_on.year == AS_OF.year)
        rules = application.ctx.rules_for(AS_OF)
        dialog = ActivityDialog(window.workspace.snapshot.employees, rules, AS_OF, internship,
                                internship.employee_id, None, window)
        dialog.resize(min(960, 1366 - 40), 768 - 60)  # as on a 1366x768 screen (offscreen has 800x600)
        dialog.show()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        path = args.out / f"{lang}-activity-dialog.png"
        dialog.grab().save(str(path))
        print(f"wrote {path}")
        dialog.mark_pristine()
        dialog.close()
        from skma_training.gui.dialogs.departments_dialog import DepartmentsDialog

        departments = DepartmentsDialog(application.ctx, application.runner, AS_OF, {}, window)
        departments.resize(1100, 640)
        departments.show()
        wait_until(app, lambda: bool(departments.rows))
        path = args.out / f"{lang}-departments.png"
        departments.grab().save(str(path))
        print(f"wrote {path}")
        departments.close()
        shoot_history_and_conflict(application, window, internship, args.out, lang, app)
        window.close()
        application.runner.wait()
        application.ctx.database.dispose()  # lets go of the writer lock: the next language's window writes
    return 0


if __name__ == "__main__":
    sys.exit(main())
