"""On a SQLite file, the shared server's commands say what they need and change nothing;
how `users add` reads the password."""

import io

import pytest

from skma_training.cli.main import run
from skma_training.cli.server_commands import read_password
from skma_training.errors import KnownError


@pytest.mark.sqlite_only
@pytest.mark.parametrize("args", [
    ["server", "init"], ["users", "list"], ["users", "add", "asel", "--role", "hr"],
    ["users", "set-role", "asel", "--role", "viewer"], ["users", "disable", "asel"],
])
def test_on_sqlite_users_need_the_shared_server(tmp_path, capsys, monkeypatch, args):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert run([*args, "--db", str(tmp_path / "one-desk.sqlite3")]) == 2
    assert "shared PostgreSQL register" in capsys.readouterr().err


def test_the_password_comes_from_a_pipe_as_one_line():
    assert read_password(io.StringIO("pa ss word\r\nsecond line\n")) == "pa ss word"


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_at_a_terminal_the_password_is_asked_twice(monkeypatch):
    answers = iter(["secret", "secret", "one", "other"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert read_password(Terminal()) == "secret"
    with pytest.raises(KnownError, match="differ"):
        read_password(Terminal())
