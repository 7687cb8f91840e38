"""The login dialog of the shared register (PostgreSQL runs only)."""

import itertools
import os

import pytest
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.postgresql
_n = itertools.count(1)


@pytest.fixture
def hr_login(pg_server, monkeypatch, tmp_path):
    from skma_training.cli.main import run
    import io

    url = pg_server.create()
    assert run(["server", "init", "--db", url]) == 0
    login = f"hrdlg{os.getpid()}x{next(_n)}"
    monkeypatch.setattr("sys.stdin", io.StringIO("right-one\n"))
    assert run(["users", "add", login, "--role", "hr", "--db", url]) == 0
    without_password = pg_server.url_of(make_url(url).database, login, None)
    return without_password, login


@pytest.fixture
def keyring_store(monkeypatch):
    import keyring

    store = {}
    monkeypatch.setattr(keyring, "get_password", lambda service, key: store.get((service, key)))
    monkeypatch.setattr(keyring, "set_password", lambda service, key, pw: store.__setitem__((service, key), pw))
    monkeypatch.setattr(keyring, "delete_password", lambda service, key: store.pop((service, key), None))
    return store


def test_a_wrong_password_is_said_and_the_right_one_is_remembered_only_when_asked(
        qtbot, hr_login, keyring_store):
    from skma_training.gui.dialogs.login_dialog import LoginDialog
    from skma_training.services.login import login_needed

    url, login = hr_login
    target = login_needed(url)
    assert target.login == login
    dialog = LoginDialog(target)
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    dialog.try_accept()
    assert dialog.url is None and "did not let you in" in dialog.problem.text()
    assert dialog.password.text() == ""
    dialog.password.setText("right-one")
    dialog.try_accept()
    assert dialog.url is not None and make_url(dialog.url).password == "right-one"
    assert keyring_store == {}  # not ticked: not kept

    again = LoginDialog(target)
    qtbot.addWidget(again)
    again.password.setText("right-one")
    again.remember.setChecked(True)
    again.try_accept()
    assert list(keyring_store.values()) == ["right-one"]


def test_a_remembered_password_opens_without_asking(hr_login, keyring_store):
    from skma_training.gui.dialogs.login_dialog import KEYRING_SERVICE, ask_if_needed
    from skma_training.services.login import login_needed

    url, login = hr_login
    keyring_store[(KEYRING_SERVICE, login_needed(url).key)] = "right-one"
    opened = ask_if_needed(url)
    assert make_url(opened).password == "right-one"


def test_a_file_or_a_trusted_login_needs_no_dialog(tmp_path, pg_server):
    from skma_training.gui.dialogs.login_dialog import ask_if_needed

    trusted = pg_server.create()  # the test cluster trusts its superuser
    assert ask_if_needed(trusted) == trusted
