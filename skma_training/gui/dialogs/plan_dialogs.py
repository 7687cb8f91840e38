"""Dialogs of the yearly plan: a planned item, the proposals, approval, an amendment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.compliance import check_label
from skma_training.domain.model import Employee
from skma_training.domain.planning import Proposal
from skma_training.domain.vocabulary import FUNDING_LABELS, PD_KINDS, funding_label, kind_label
from skma_training.gui.models.table import format_date, format_number
from skma_training.gui.style import fit_to_screen
from skma_training.gui.widgets.dates import DateEdit
from skma_training.services.planning import ADDED, CHANGED, REMOVED, PlanRow


def employee_combo(employees: list[Employee], parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for employee in sorted(employees, key=lambda e: e.full_name):
        box.addItem(f"{employee.full_name} — {employee.position}", employee.id)
    box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    box.completer().setCompletionMode(box.completer().CompletionMode.PopupCompletion)
    return box


class PlanItemFields(QWidget):
    """The fields of one planned PD: kind, topic, provider, when, hours, cost, funding."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for kind in sorted(PD_KINDS, key=lambda k: list(PD_KINDS).index(k)):
            self.kind.addItem(kind_label(kind), str(kind))
        self.title = QLineEdit()
        self.provider = QLineEdit()
        self.country = QLineEdit()
        self.quarter = QSpinBox()
        self.quarter.setRange(0, 4)
        self.quarter.setSpecialValueText(self.tr("not set"))
        self.start, self.end = DateEdit(optional=True), DateEdit(optional=True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 3000)
        self.hours.setDecimals(0)
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0, 100_000_000)
        self.cost.setDecimals(0)
        self.cost.setSingleStep(10_000)
        self.cost.setGroupSeparatorShown(True)
        self.funding = QComboBox()
        self.funding.addItem("", "")
        for code in FUNDING_LABELS:
            self.funding.addItem(funding_label(code), str(code))
        self.with_leave = QCheckBox(self.tr("with leave from work"))
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Topic:"), self.title)
        form.addRow(self.tr("Provider:"), self.provider)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Quarter:"), self.quarter)
        form.addRow(self.tr("Dates:"), _pair(self.start, self.end))
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Cost (tenge):"), self.cost)
        form.addRow(self.tr("Funding:"), self.funding)
        form.addRow("", self.with_leave)

    def set_values(self, row: PlanRow | None) -> None:
        if row is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.title.setText(row.title)
        self.provider.setText(row.provider)
        self.country.setText(row.country)
        self.quarter.setValue(row.quarter or 0)
        self.start.set_value(row.planned_start)
        self.end.set_value(row.planned_end)
        self.hours.setValue(row.hours or 0)
        self.cost.setValue(row.cost or 0)
        self.funding.setCurrentIndex(max(0, self.funding.findData(row.funding)))
        self.with_leave.setChecked(row.with_leave)

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(), "title": self.title.text().strip(),
            "provider": self.provider.text().strip(), "country": self.country.text().strip(),
            "quarter": self.quarter.value() or None, "planned_start": self.start.value(),
            "planned_end": self.end.value(), "hours": self.hours.value() or None,
            "cost": self.cost.value() or None, "funding": self.funding.currentData() or "",
            "with_leave": self.with_leave.isChecked(),
        }


def _pair(first: QWidget, second: QWidget) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(QLabel("–"))
    row.addWidget(second)
    row.addStretch(1)
    return box


class PlanItemDialog(QDialog):
    """Add or change a planned PD of one employee of a department; refused while incomplete."""

    def __init__(self, employees: list[Employee], row: PlanRow | None = None, parent: QWidget | None = None,
                 existing: list[PlanRow] | None = None):
        from skma_training.gui import style
        from skma_training.gui.widgets.employee_picker import EmployeePicker

        super().__init__(parent)
        self.row, self.existing = row, list(existing or [])
        self.setWindowTitle(self.tr("Planned PD") if row else self.tr("Add to the request"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.employee = EmployeePicker(employees)
        if row is not None:
            self.employee.choose(row.employee_id)
            self.employee.setReadOnly(True)
        form.addRow(self.tr("Employee:"), self.employee)
        layout.addLayout(form)
        self.fields = PlanItemFields()
        self.fields.set_values(row)
        layout.addWidget(self.fields)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {style.OVERDUE.name()};")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        f = self.fields
        self.employee.chosen.connect(self.check)
        f.title.textChanged.connect(lambda _t: self.check())
        for day in (f.start, f.end):
            day.valueChanged.connect(self.check)
        for box in (f.quarter, f.hours):
            box.valueChanged.connect(lambda _v: self.check())
        f.kind.currentIndexChanged.connect(lambda _i: self.check())
        self.check()

    def employee_id(self) -> int | None:
        return self.employee.employee_id()

    def problem_list(self) -> list[str]:
        f, values = self.fields, self.fields.values()
        found = []
        if self.employee_id() is None:
            found.append(self.tr("choose an employee from the list"))
        if not values["title"]:
            found.append(self.tr("give the topic"))
        if not values["hours"]:
            found.append(self.tr("give the hours"))
        for field in (f.start, f.end):
            if field.problem():
                found.append(field.problem())
        if not values["quarter"] and values["planned_start"] is None:
            found.append(self.tr("give the quarter or the dates"))
        if values["planned_start"] and values["planned_end"] and values["planned_end"] < values["planned_start"]:
            found.append(self.tr("the end is before the start"))
        topic = " ".join(values["title"].casefold().split())
        if topic and any(r.employee_id == self.employee_id() and r.kind == values["kind"]
                         and " ".join(r.title.casefold().split()) == topic
                         and (self.row is None or r.item_id != self.row.item_id) for r in self.existing):
            found.append(self.tr("this person already has this kind and topic in the request"))
        return found

    def check(self) -> None:
        found = self.problem_list()
        self.problems.setText("\n".join(f"• {p}" for p in found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)


class ProposalsDialog(QDialog):
    """The staff whose checks fall due before the end of the plan year: tick whom to plan."""

    def __init__(self, proposals: list[Proposal], employees: dict, plan_year: int, planned: set[int],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who should be in the plan for {year}").format(year=plan_year))
        fit_to_screen(self, 900, 520)
        self.proposals = [p for p in proposals if p.employee_id in employees]
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Everyone whose checks fall due before 31.12.{year}, soonest first. Those already in the request are "
            "not ticked. Each ticked person gets a PD course of the hours still missing (at least 72 for "
            "university faculty, 36 for college faculty), to be completed in the request.").format(year=plan_year))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(self.proposals), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Employee"), self.tr("Position"), self.tr("Checks falling due"),
                                              self.tr("Due date"), self.tr("Hours missing")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, proposal in enumerate(self.proposals):
            employee = employees[proposal.employee_id]
            name = QTableWidgetItem(employee.full_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked if proposal.employee_id in planned else Qt.CheckState.Checked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(employee.position))
            self.table.setItem(row, 2, QTableWidgetItem("; ".join(check_label(r) for r in proposal.rules)))
            self.table.setItem(row, 3, QTableWidgetItem(format_date(proposal.due_date) or self.tr("overdue")))
            self.table.setItem(row, 4, QTableWidgetItem(format_number(proposal.hours_missing)))
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the ticked to the request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Proposal]:
        return [p for row, p in enumerate(self.proposals)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]


class ApproveDialog(QDialog):
    def __init__(self, plan_year: int, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the plan for {year}").format(year=plan_year))
        form = QFormLayout(self)
        self.on = DateEdit()
        self.on.set_value(today)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("e.g. Chairman of the Board – Rector"))
        form.addRow(self.tr("Approved on:"), self.on)
        form.addRow(self.tr("Approved by:"), self.by)
        note = QLabel(self.tr("After approval, every change is recorded as an amendment with its date and reason."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AmendmentDialog(QDialog):
    """Record a change to an approved plan: add, remove or change an item, with its reason."""

    def __init__(self, items: list[PlanRow], employees: list[Employee], today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an amendment"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.added = QRadioButton(self.tr("Add a planned PD"))
        self.removed = QRadioButton(self.tr("Remove an item"))
        self.changed = QRadioButton(self.tr("Change an item"))
        self.changed.setChecked(True)
        actions = QWidget()
        row = QVBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.changed, self.removed, self.added):
            row.addWidget(button)
        form.addRow(self.tr("Change:"), actions)
        self.item = QComboBox()
        for item in items:
            if item.in_plan:
                self.item.addItem(f"{item.full_name}: {item.title}", item.item_id)
        self.items = {item.item_id: item for item in items}
        self.employee = employee_combo(employees)
        form.addRow(self.tr("Item:"), self.item)
        form.addRow(self.tr("Employee:"), self.employee)
        self.on = DateEdit()
        self.on.set_value(today)
        form.addRow(self.tr("Date:"), self.on)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the plan changes (required)"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        self.fields = PlanItemFields()
        layout.addWidget(self.fields)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in (self.added, self.removed, self.changed):
            button.toggled.connect(lambda _c: self._update())
        self.item.currentIndexChanged.connect(lambda _i: self._load_item())
        self.reason.textChanged.connect(self._update)
        self._load_item()
        self._update()

    def action(self) -> str:
        return ADDED if self.added.isChecked() else REMOVED if self.removed.isChecked() else CHANGED

    def _load_item(self) -> None:
        item = self.items.get(self.item.currentData())
        if item is not None and not self.added.isChecked():
            self.fields.set_values(item)

    def _update(self) -> None:
        action = self.action()
        self.item.setEnabled(action != ADDED)
        self.employee.setEnabled(action == ADDED)
        self.fields.setEnabled(action != REMOVED)
        has_target = action == ADDED or self.item.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason.toPlainText().strip()) and has_target)
