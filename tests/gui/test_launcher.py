"""Starting the application: the demo in a temporary database, a refused database, the entry point."""

import sqlite3

import pytest

from skma_training.gui.launcher import Application, parse_args
from skma_training.gui.tasks import TaskRunner


@pytest.fixture
def inline_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


def test_demo_mode_opens_the_demo_academy_in_a_temporary_database(qtbot, inline_tasks, tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_DB", str(tmp_path / "mine.sqlite3"))
    app = Application(parse_args(["--demo", "--lang", "en"]))
    assert app.open_demo()
    app.show_window(demo=True)
    window = app.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace.loaded, timeout=20000)
    assert len(window.workspace.snapshot.employees) > 300
    assert "DEMO" in window.windowTitle()
    assert app.ctx.database.path.parent == app.demo_dir
    assert not (tmp_path / "mine.sqlite3").exists()  # the user's own register is not touched
    mine = tmp_path / "mine.sqlite3"
    from skma_training.persistence.database import open_database

    open_database(mine).dispose()  # the user's own register, as the first start leaves it
    app.restart("own")  # File -> Back to my register
    qtbot.addWidget(app.window)
    assert not app.window.demo and app.ctx.database.path == mine


def test_a_database_from_a_newer_application_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from skma_training.persistence.database import open_database

    path = tmp_path / "future.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num='9999'")
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = Application(parse_args(["--db", str(path), "--lang", "en"]))
    assert app.open(str(path)) is False
    assert shown and "newer version" in shown[0]


def test_without_a_command_the_entry_point_opens_the_window(monkeypatch):
    from skma_training import __main__ as entry

    assert not entry.wants_command_line(["--db", "x.sqlite3", "--lang", "kk"])
    assert not entry.wants_command_line([])
    assert entry.wants_command_line(["check", "--json"])
    assert entry.wants_command_line(["--help"])
