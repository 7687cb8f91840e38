"""The mail server and reminder settings as a form, built from their SettingSpec.

Each value is checked by its spec when saved; a bad one is named with the
allowed values and nothing is stored. The password goes to the system keyring.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skma_training.errors import KnownError
from skma_training.gui.errors import show_error
from skma_training.i18n import translate
from skma_training.services import editing
from skma_training.services.context import Context
from skma_training.services.setting_values import checked
from skma_training.services.settings import SETTINGS

MAIL_KEYS = tuple(key for key in SETTINGS if key.startswith(("smtp_", "mail_", "remind_", "digest_"))
                  or key in ("hr_email", "centre_email"))


class MailSettings(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        values = ctx.settings()
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for key in MAIL_KEYS:
            spec = SETTINGS[key]
            if spec.type == "choice":
                field = QComboBox()
                for choice in spec.choices:
                    field.addItem(choice, choice)
                field.setCurrentIndex(max(0, field.findData(values.get(key))))
            else:
                field = QLineEdit("" if values.get(key) is None else str(values.get(key)))
            field.setObjectName(key)
            self.fields[key] = field
            form.addRow(translate("Settings", spec.label), field)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, not in the database"))
        form.addRow(self.tr("Mail server password"), self.password)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(save)

    def values(self) -> dict[str, str]:
        found = {}
        for key, field in self.fields.items():
            found[key] = field.currentData() if isinstance(field, QComboBox) else field.text()
        return found

    def save(self) -> bool:
        values = self.values()
        for key, value in values.items():
            try:
                checked(key, value)
            except KnownError as error:
                self.status.setText(error.message())
                self.fields[key].setFocus()
                return False
        try:
            editing.update_settings(self.ctx, values)
            if self.password.text():
                from skma_training.services.mailer import store_smtp_password

                store_smtp_password(values.get("smtp_user", ""), self.password.text())
                self.password.clear()
        except Exception as error:  # noqa: BLE001 - no keyring backend, a locked database
            show_error(self, error, self.ctx.database)
            return False
        self.status.setText(self.tr("Saved."))
        return True
