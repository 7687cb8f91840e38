"""Measurements of the desktop window for scripts/benchmark.py (not used by the application)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def _window_ready(db_path: Path) -> float:
    """Seconds from launching `skma-training` to the window showing the register's numbers."""
    env = {**os.environ, "SKMA_TRAINING_EXIT_WHEN_READY": "1", "QT_QPA_PLATFORM": os.environ.get(
        "QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "skma_training", "--db", str(db_path)], env=env,
                               stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            process.wait(30)
            return elapsed
    process.wait(30)
    raise RuntimeError("the window never reported ready")


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure_gui(db_path: Path, as_of: date) -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from skma_training.gui.models import activities, staff
    from skma_training.services.opening import open_database
    from skma_training.services.context import Context
    from skma_training.services.queries import staff_statuses, tracked_deadlines

    results = [("window ready with the data shown (cold start)", min(_window_ready(db_path) for _ in range(3)))]
    QApplication.instance() or QApplication([])
    ctx = Context(open_database(db_path), today=lambda: as_of)
    from skma_training.services import register

    snapshot = register.load(ctx, light=True)
    register.fill_display(ctx, snapshot.activities)
    statuses = {s.employee.id: s for s in staff_statuses(ctx, as_of, snapshot=snapshot)}
    deadlines = tracked_deadlines(ctx, as_of, snapshot=snapshot)
    activity_model = activities.ActivityModel()
    activity_rows = activities.build_rows(snapshot.activities, snapshot.employee_by_id, deadlines)
    results.append((f"activities list: fill with {len(activity_rows)} rows",
                    _timed(lambda: activity_model.set_rows(activity_rows))))
    for key in ("employee", "ends_on", "title", "hours", "report"):
        column = next(n for n, c in enumerate(activity_model.columns) if c.key == key)
        results.append((f"activities: sort by {key} (first time)",
                        _timed(lambda c=column: activity_model.sort(c, Qt.SortOrder.AscendingOrder))))
        results.append((f"activities: sort by {key} (reversed)",
                        _timed(lambda c=column: activity_model.sort(c, Qt.SortOrder.DescendingOrder))))
    from skma_training.gui.tasks import TaskRunner

    runner = TaskRunner()
    runner.synchronous = True
    activity_model.set_rows(activity_rows)
    results.append(("activities: every column's order, in the background",
                    _timed(lambda: activity_model.precompute_orders(runner))))
    for key in ("employee", "title", "provider"):
        column = next(n for n, c in enumerate(activity_model.columns) if c.key == key)
        results.append((f"activities: sort by {key} (after the background pass)",
                        _timed(lambda c=column: activity_model.sort(c, Qt.SortOrder.AscendingOrder))))
    from skma_training.domain.text import found, needles

    needle = activity_rows[len(activity_rows) // 2].activity.title[:8]
    results.append(("activities: search filter", _timed(lambda: activity_model.set_filter(
        lambda r: found(needles(needle), r.haystack)))))
    results.append(("activities: clear the filter", _timed(lambda: activity_model.set_filter(None))))
    staff_model = staff.StaffModel()
    staff_rows = staff.build_rows(snapshot.employees, statuses, as_of)
    staff_model.set_rows(staff_rows)
    for key in ("full_name", "next_due", "department"):
        column = next(n for n, c in enumerate(staff_model.columns) if c.key == key)
        results.append((f"staff: sort by {key}", _timed(lambda c=column: staff_model.sort(c))))
    results.append(("staff: filter overdue", _timed(lambda: staff_model.set_filter(
        lambda r: r.state == staff.OVERDUE))))
    ctx.database.dispose()
    return results
