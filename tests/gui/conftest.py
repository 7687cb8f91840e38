"""Real windows on a temporary database, offscreen; background tasks run inline."""

from datetime import date

import pytest

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setOrganizationName("SKMA-tests")
    qapp.setApplicationName("SKMA Training tests")
    yield


@pytest.fixture
def runner():
    from skma_training.gui.tasks import TaskRunner

    task_runner = TaskRunner()
    task_runner.synchronous = True
    return task_runner


@pytest.fixture
def ctx(tmp_path):
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context

    database = open_database(tmp_path / "gui.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="tester")
    database.dispose()


@pytest.fixture
def demo_ctx(ctx):
    from skma_training.services.demo import load_demo

    load_demo(ctx, staff=70)
    return ctx


@pytest.fixture
def window(qtbot, demo_ctx, runner):
    from skma_training.gui.main_window import MainWindow

    main = MainWindow(demo_ctx, runner)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: bool(main.workspace.computed.statuses), timeout=10000)
    return main
