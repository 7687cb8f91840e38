"""Add or edit an employee, validated as the user types.

Every field of the record is here; a change of category or head status asks
from when it holds (kept as a dated period), and "Dismissed on" marks a dismissal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from skma_training.gui.dialogs.record_dialog import RecordDialog
from skma_training.gui.widgets.dates import DateEdit
from skma_training.i18n import translate


class EmployeeDialog(RecordDialog):
    def __init__(self, departments: dict[int, str], employee: Employee | None = None,
                 parent: QWidget | None = None, teaching_head: bool = False, as_of: date | None = None):
        super().__init__(parent)
        self.original = employee
        self.original_teaching_head = teaching_head
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
        self.teaching_head = QCheckBox(self.tr("head of a teaching department (not a management post)"))
        self.teaching_head.setChecked(teaching_head)
        self.status_since = DateEdit(optional=True)
        self.status_since.set_value(as_of)
        self.status_since.setToolTip(self.tr("From this day the new category or head status holds; "
                                              "checks of earlier days use the one before"))
        self.profile = QLineEdit()
        self.hired = DateEdit(optional=True)
        self.left = DateEdit(optional=True)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        for label, widget in ((self.tr("IIN:"), self.iin), (self.tr("Full name:"), self.full_name),
                              (self.tr("Department:"), self.department), (self.tr("Position:"), self.position),
                              (self.tr("Category:"), self.category), ("", self.is_head),
                              ("", self.teaching_head), ("", self.healthcare),
                              (self.tr("Status changed on:"), self.status_since),
                              (self.tr("Discipline profile:"), self.profile), (self.tr("Hired on:"), self.hired),
                              (self.tr("Dismissed on:"), self.left), (self.tr("Email:"), self.email),
                              (self.tr("Phone:"), self.phone)):
            form.addRow(label, widget)
        self.form = form
        self.left.setToolTip(self.tr("The day of the dismissal: from the next day the employee is no longer "
                                     "checked, and the record and its history are kept"))
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
            self.load(employee)
        for widget in (self.iin, self.full_name):
            widget.textChanged.connect(lambda _t: self._update())
        for widget in (self.hired, self.left, self.status_since):
            widget.valueChanged.connect(self._update)
        self.category.currentIndexChanged.connect(lambda _i: self._update())
        for box in (self.is_head, self.teaching_head, self.healthcare):
            box.toggled.connect(lambda _on: self._update())
        self.left.set_anchor(as_of)
        self.hired.set_anchor(as_of)
        self._update()
        if employee is None:
            self.full_name.setFocus()
        self.mark_pristine()

    def load(self, employee: Employee, teaching_head: bool | None = None) -> None:
        """Fill the form with ``employee`` (when opened, or with someone else's newer version)."""
        self.original = employee
        if teaching_head is not None:
            self.original_teaching_head = teaching_head
            self.teaching_head.setChecked(teaching_head)
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

    def form_state(self) -> object:
        return (self.employee(), self.teaching_head.isChecked(), self.status_since.value(), self.iin.text(),
                self.hired.text(), self.left.text())

    def status_changed(self) -> bool:
        """Category or head status differs from the record's: the change is dated."""
        o = self.original
        if o is None:
            return False
        return (o.category, o.is_head, o.healthcare, self.original_teaching_head) != (
            self.category.currentData(), self.is_head.isChecked(), self.healthcare.isChecked(),
            self.teaching_head.isChecked())

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
        for field, widget in (("hired_on", self.hired), ("left_on", self.left), ("since", self.status_since)):
            if widget.problem():
                problems = [p for p in problems if p[0] != field] + [(field, widget.problem())]
        changed = self.status_changed()
        self.form.setRowVisible(self.status_since, changed)
        if changed and self.status_since.value() is None and not self.status_since.problem():
            problems.append(("since", self.tr("give the day the new status holds from")))
        names = {"iin": self.tr("IIN"), "full_name": self.tr("Full name"), "category": self.tr("Category"),
                 "left_on": self.tr("Dismissed on"), "hired_on": self.tr("Hired on"),
                 "since": self.tr("Status changed on")}
        self.problems.setText("\n".join(f"• {names.get(field, field)}: {translate('Validation', message)}"
                                        for field, message in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
