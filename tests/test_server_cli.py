"""On a SQLite file, the shared server's commands say what they need and change nothing."""

import pytest

from skma_training.cli.main import run

pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize("args", [
    ["server", "init"], ["users", "list"], ["users", "add", "asel", "--role", "hr"],
    ["users", "set-role", "asel", "--role", "viewer"], ["users", "disable", "asel"],
])
def test_on_sqlite_users_need_the_shared_server(tmp_path, capsys, monkeypatch, args):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
    assert run([*args, "--db", str(tmp_path / "one-desk.sqlite3")]) == 2
    assert "shared PostgreSQL register" in capsys.readouterr().err
