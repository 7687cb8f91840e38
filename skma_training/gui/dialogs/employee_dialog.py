"""Add or edit an employee, validated as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.model import Employee
from skma_training.domain.validation import employee_problems
from skma_training.domain.vocabulary import CATEGORY_LABELS, category_label
from skma_training.gui import style
from skma_training.gui.widgets.dates import DateEdit
from skma_training.i18n import translate


class EmployeeDialog(QDialog):
    def __init__(self, departments: dict[int, str], employee: Employee | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.original = employee
        self.setWindowTitle(self.tr("Employee") if employee else self.tr("New employee"))
        self.resize(560, 0)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.iin = QLineEdit()
        self.iin.setInputMask("999999999999;_")
        self.full_name = QLineEdit()
        self.department = QComboBox()
        self.department.setEditable(True)  # a department not yet in the register is typed in
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItem("", None)
        for dep_id, name in sorted(departments.items(), key=lambda item: item[1]):
            self.department.addItem(name, dep_id)
        self.position = QLineEdit()
        self.category = QComboBox()
        for code in CATEGORY_LABELS:
            self.category.addItem(category_label(code), str(code))
        self.is_head = QCheckBox(self.tr("head of a unit or deputy (management PD every 3 years)"))
        self.healthcare = QCheckBox(self.tr("healthcare worker (CPD credit units)"))
        self.profile = QLineEdit()
        self.hired = DateEdit(optional=True)
        self.left = DateEdit(optional=True)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        for label, widget in ((self.tr("IIN:"), self.iin), (self.tr("Full name:"), self.full_name),
                              (self.tr("Department:"), self.department), (self.tr("Position:"), self.position),
                              (self.tr("Category:"), self.category), ("", self.is_head), ("", self.healthcare),
                              (self.tr("Discipline profile:"), self.profile), (self.tr("Hired on:"), self.hired),
                              (self.tr("Left on:"), self.left), (self.tr("Email:"), self.email),
                              (self.tr("Phone:"), self.phone)):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setStyleSheet(f"color: {style.OVERDUE.name()};")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if employee is not None:
            self.iin.setText(employee.iin)
            self.full_name.setText(employee.full_name)
            self.department.setCurrentIndex(max(0, self.department.findData(employee.department_id)))
            self.position.setText(employee.position)
            self.category.setCurrentIndex(max(0, self.category.findData(employee.category)))
            self.is_head.setChecked(employee.is_head)
            self.healthcare.setChecked(employee.healthcare)
            self.profile.setText(employee.profile)
            self.hired.set_value(employee.hired_on)
            self.left.set_value(employee.left_on)
            self.email.setText(employee.email)
            self.phone.setText(employee.phone)
        for widget in (self.iin, self.full_name):
            widget.textChanged.connect(lambda _t: self._update())
        for widget in (self.hired, self.left):
            widget.valueChanged.connect(self._update)
        self._update()

    def employee(self) -> Employee:
        return Employee(
            id=self.original.id if self.original else None, iin=self.iin.text().strip(),
            full_name=" ".join(self.full_name.text().split()), category=self.category.currentData(),
            department_id=self._department_id(), department=self.department.currentText().strip(),
            position=self.position.text().strip(), is_head=self.is_head.isChecked(),
            healthcare=self.healthcare.isChecked(), profile=self.profile.text().strip(),
            hired_on=self.hired.value(), left_on=self.left.value(), email=self.email.text().strip(),
            phone=self.phone.text().strip(),
        )

    def _department_id(self) -> int | None:
        """The chosen department's id; None for a name typed in that the register does not have."""
        index = self.department.findText(self.department.currentText().strip())
        return self.department.itemData(index) if index >= 0 else None

    def _update(self) -> None:
        problems = employee_problems(self.employee())
        names = {"iin": self.tr("IIN"), "full_name": self.tr("Full name"), "category": self.tr("Category"),
                 "left_on": self.tr("Left on")}
        self.problems.setText("\n".join(f"• {names.get(field, field)}: {translate('Validation', message)}"
                                        for field, message in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
