"""A second window is told it is read-only; a damaged register opens read-only and offers a backup."""

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from skma_training.gui.main_window import MainWindow
from skma_training.persistence.database import READ_ONLY_DAMAGED, open_database
from skma_training.persistence.lockfile import claim_writer
from skma_training.services.context import Context

from .conftest import TODAY

DATA = Path(__file__).parent.parent / "data"


def _ctx(path, **kwargs):
    database = open_database(path, need_write=False, **kwargs)
    claim_writer(database)
    return Context(database, today=lambda: TODAY, now=lambda: datetime(2026, 11, 23, 9, 15), actor="tester")


def test_a_second_window_is_read_only_with_a_banner_and_may_try_again(qtbot, runner, tmp_path):
    path = tmp_path / "shared.sqlite3"
    first, second = _ctx(path), _ctx(path)
    window = MainWindow(second, runner)
    qtbot.addWidget(window)
    guard = window.register_guard
    assert "read-only" in window.windowTitle()
    assert guard.banner.isVisibleTo(window) and "another window" in guard.banner.text.text()
    assert guard.banner.retry.isVisibleTo(window) and not guard.banner.restore.isVisibleTo(window)
    assert not window.import_action.isEnabled()
    guard.banner.retry.click()  # the first window is still open
    assert second.database.read_only and "read-only" in window.windowTitle()
    first.database.dispose()  # ...and now it closes
    guard.banner.retry.click()
    assert second.database.read_only is None
    assert "read-only" not in window.windowTitle() and not guard.banner.isVisibleTo(window)
    assert window.import_action.isEnabled()
    second.database.dispose()


def test_a_damaged_register_opens_read_only_and_the_newest_good_backup_is_restored(qtbot, runner, tmp_path,
                                                                                  monkeypatch, capsys):
    from faults.damage import corrupt_page
    from skma_training.cli.main import run

    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "r.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
    assert run(["check", "--db", str(path)]) == 0  # the day's first start with data: a daily backup
    corrupt_page(path)
    ctx = _ctx(path, check=False)  # as the launcher opens it
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    guard = window.register_guard
    assert ctx.database.read_only is None
    guard.check_in_background()  # the runner is synchronous in tests
    assert ctx.database.read_only == READ_ONLY_DAMAGED
    assert "damaged" in guard.banner.text.text() and guard.banner.restore.isVisibleTo(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    guard.banner.restore.click()
    assert shown and "was restored from" in shown[0]
    assert ctx.database.read_only is None and not guard.banner.isVisibleTo(window)
    with ctx.database.engine.connect() as connection:
        assert connection.exec_driver_sql("select count(*) from employee").scalar() == 8
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    kept = list((tmp_path / "backups").glob("r.2026-11-23_091500-*.before-restore*.sqlite3"))
    assert len(kept) == 1
    ctx.database.dispose()


def test_a_register_damaged_beyond_opening_is_offered_its_newest_good_backup(qtbot, tmp_path, monkeypatch):
    from skma_training.cli.main import run
    from skma_training.gui.launcher import Application, parse_args
    from skma_training.gui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", True)
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "r.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(path)]) == 0
    assert run(["check", "--db", str(path)]) == 0  # a daily backup
    path.write_bytes(b"")  # zero bytes: a crash of some other program, a bad copy
    for name in ("r.sqlite3-wal", "r.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    app = Application(parse_args(["--db", str(path), "--lang", "en"]))
    assert app.open(str(path))
    assert asked and "is empty (0 bytes)" in asked[0] and "The newest good backup is" in asked[0]
    with app.ctx.database.engine.connect() as connection:
        assert connection.exec_driver_sql("select count(*) from employee").scalar() == 8
    assert list((tmp_path / "backups").glob("r.*.before-restore-damaged.sqlite3"))
    app.ctx.database.dispose()
