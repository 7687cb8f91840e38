"""The login dialog for the shared register: asked when the URL names no password.

The password is kept only when the user ticks "remember", and then in the
system keyring (never in a file or the settings); a remembered password that
no longer works is forgotten and the dialog asks again.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skma_training.services.login import LoginTarget, login_needed, try_login

log = logging.getLogger(__name__)
KEYRING_SERVICE = "SKMA Training"


def _keyring_get(key: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # no keyring on this computer: nothing remembered
        return None


def _keyring_set(key: str, password: str | None) -> bool:
    try:
        import keyring

        if password is None:
            keyring.delete_password(KEYRING_SERVICE, key)
        else:
            keyring.set_password(KEYRING_SERVICE, key, password)
        return True
    except Exception:
        log.info("the system keyring is not available; the password is not remembered")
        return False


class LoginDialog(QDialog):
    def __init__(self, target: LoginTarget, parent: QWidget | None = None):
        super().__init__(parent)
        self.target, self.url = target, None
        self.setWindowTitle(self.tr("Log in to the register"))
        self.where = QLabel(target.key.split("@", 1)[-1])
        self.login = QLineEdit(target.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Register"), self.where)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.password if target.login else self.login).setFocus()

    def try_accept(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.problem.setText(self.tr("Enter your login and password."))
            return
        url = self.target.with_password(login, password)
        reason = try_login(url)
        if reason is not None:
            self.problem.setText(self.tr("The server did not let you in: %1").replace("%1", reason))
            self.password.clear()
            return
        if self.remember.isChecked():
            _keyring_set(f"{login}@{self.target.key.split('@', 1)[-1]}", password)
        self.url = url
        self.accept()


def ask_if_needed(db, parent: QWidget | None = None):
    """``db`` itself, or the URL with a working password; None when the user cancelled."""
    target = login_needed(db)
    if target is None or try_login(target.url) is None:  # a file, or .pgpass / trust already let us in
        return db
    stored = _keyring_get(target.key) if target.login else None
    if stored is not None:
        url = target.with_password(target.login, stored)
        if try_login(url) is None:
            return url
        _keyring_set(target.key, None)  # changed on the server since: ask again
    dialog = LoginDialog(target, parent)
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
