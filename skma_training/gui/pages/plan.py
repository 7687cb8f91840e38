"""Next year's plan: department requests, the consolidated plan, amendments, plan versus actual."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.permissions import Action
from skma_training.domain.vocabulary import Category
from skma_training.gui.dialogs.plan_dialogs import AmendmentDialog, ApproveDialog, PlanItemDialog, ProposalsDialog
from skma_training.gui.errors import show_error
from skma_training.gui.models.plan import OutcomeModel, PlanModel
from skma_training.gui.models.table import format_date, format_number
from skma_training.gui.pages.base import Page, combo, set_combo_items
from skma_training.gui.widgets.table_view import RecordTableView
from skma_training.services import planning
from skma_training.services.planning import APPROVED, SUBMITTED


class PlanPage(Page):
    print_document = Signal(str, dict)

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.state: planning.PlanState | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan year:")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(workspace.as_of.year + 1)
        top.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        print_plan = QPushButton(self.tr("Print the plan…"))
        print_plan.clicked.connect(lambda: self.print_document.emit("plan", {"year": self.year.value()}))
        top.addWidget(print_plan)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._requests_tab(), self.tr("Department requests"))
        self.tabs.addTab(self._plan_tab(), self.tr("Consolidated plan"))
        self.tabs.addTab(self._amendments_tab(), self.tr("Amendments"))
        self.tabs.addTab(self._actual_tab(), self.tr("Plan versus actual"))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    # -- tabs ------------------------------------------------------------------

    def _requests_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Department:")))
        self.department = combo([], width=40)
        row.addWidget(self.department)
        self.request_status = QLabel()
        self.request_status.setWordWrap(True)
        row.addWidget(self.request_status, 1)
        layout.addLayout(row)
        self.request_model = PlanModel(self)
        self.request_view = RecordTableView(self.request_model, "plan-request")
        self.request_view.doubleClicked.connect(lambda *_: self._edit_item())
        self.request_view.setColumnHidden(0, True)  # the department is chosen above
        layout.addWidget(self.request_view, 1)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Propose staff…"))
        self.propose_button.setToolTip(self.tr("Everyone in the department whose checks fall due before the end "
                                               "of the plan year"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.submit_button = QPushButton(self.tr("Submit the request"))
        self.propose_button.clicked.connect(self._propose)
        self.add_button.clicked.connect(self._add_item)
        self.edit_button.clicked.connect(self._edit_item)
        self.remove_button.clicked.connect(self._remove_item)
        self.submit_button.clicked.connect(self._submit)
        for button in (self.propose_button, self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        self.department.currentIndexChanged.connect(lambda _i: self._show_request())
        return tab

    def _plan_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.plan_totals = QLabel()
        self.plan_totals.setWordWrap(True)
        layout.addWidget(self.plan_totals)
        self.plan_model = PlanModel(self)
        self.plan_view = RecordTableView(self.plan_model, "plan-all")
        layout.addWidget(self.plan_view, 1)
        buttons = QHBoxLayout()
        self.consolidate_button = QPushButton(self.tr("Consolidate the submitted requests"))
        self.consolidate_button.setToolTip(self.tr("Items of submitted requests go into the plan; items of "
                                                   "requests still in draft are left out"))
        self.approve_button = QPushButton(self.tr("Approve the plan…"))
        self.consolidate_button.clicked.connect(self._consolidate)
        self.approve_button.clicked.connect(self._approve)
        buttons.addWidget(self.consolidate_button)
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _amendments_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.amendments = QTableWidget(0, 5)
        self.amendments.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Change"), self.tr("Reason"),
                                                   self.tr("What"), self.tr("Recorded by")])
        self.amendments.verticalHeader().setVisible(False)
        self.amendments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.amendments.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.amendments.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.amendments, 1)
        row = QHBoxLayout()
        self.amend_button = QPushButton(self.tr("Record an amendment…"))
        gate = self.workspace.gate
        for button in (self.propose_button, self.add_button, self.edit_button, self.remove_button,
                       self.submit_button):
            gate.guard(button, Action.EDIT_REQUESTS)
        for button in (self.consolidate_button, self.approve_button, self.amend_button):
            gate.guard(button, Action.APPROVE_PLAN)
        self.amend_button.clicked.connect(self._amend)
        row.addWidget(self.amend_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _actual_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.actual_summary = QLabel()
        self.actual_summary.setWordWrap(True)
        layout.addWidget(self.actual_summary)
        self.outcome_model = OutcomeModel(self)
        self.outcome_view = RecordTableView(self.outcome_model, "plan-actual")
        layout.addWidget(self.outcome_view, 1)
        return tab

    # -- contents --------------------------------------------------------------

    def refresh(self) -> None:
        """Read the year's plan off the GUI thread, then show it."""
        super().refresh()
        ws = self.workspace
        year, ctx = self.year.value(), ws.ctx
        self._reading = getattr(self, "_reading", 0) + 1
        token = self._reading
        ws.runner.start(lambda _p, _c: planning.plan_state(ctx, year), lambda state: self._show_state(token, state),
                        lambda error: show_error(self, error, ctx.database))

    def _show_state(self, token: int, state: planning.PlanState) -> None:
        if token != self._reading:
            return  # another year was chosen meanwhile
        ws = self.workspace
        year = state.year
        self.state = state
        approved = self.state.status == APPROVED
        rules = ws.ctx.rules_for(ws.computed.as_of, ws.settings)
        due = rules.deadlines.plan_due_date(year)
        requests_due = rules.deadlines.request_due_date(year)
        if approved:
            text = self.tr("Approved on {date} ({by}). Changes are recorded as amendments.").format(
                date=format_date(self.state.approved_on), by=self.state.approved_by or "—")
        else:
            days = (due - ws.computed.as_of).days
            text = self.tr("Draft. Department requests due {requests}; the plan is due {due} ({days}).").format(
                requests=format_date(requests_due), due=format_date(due),
                days=self.tr("{n} days left").format(n=days) if days >= 0 else
                self.tr("{n} days overdue").format(n=-days))
        self.summary.setText(text)
        departments = [(name, dep_id) for dep_id, name in sorted(ws.snapshot.departments.items(),
                                                                  key=lambda item: item[1])]
        set_combo_items(self.department, departments)
        for button in (self.consolidate_button, self.approve_button):
            button.setEnabled(not approved and self._may(Action.APPROVE_PLAN))
        self.amend_button.setEnabled(approved and self._may(Action.APPROVE_PLAN))
        self._show_request()
        included = [r for r in self.state.items if r.in_plan]
        self.plan_model.set_rows(self.state.items)
        people = len({r.employee_id for r in included})
        self.plan_totals.setText(self.tr(
            "In the plan: {items} items for {people} people in {departments} departments; {hours} hours; "
            "{cost} tenge. Requests submitted: {submitted} of {requests}.").format(
            items=len(included), people=people, departments=len({r.department_id for r in included}),
            hours=format_number(sum(r.hours or 0 for r in included)),
            cost=f"{sum(r.cost or 0 for r in included):,.0f}".replace(",", " "),
            submitted=sum(1 for s, _ in self.state.requests.values() if s == SUBMITTED),
            requests=len(self.state.requests)))
        self._show_amendments()
        if self.tabs.currentIndex() == 3:
            self._show_actual()

    def _may(self, action: Action) -> bool:
        return not self.workspace.gate.refuses(action)

    def _show_request(self) -> None:
        if self.state is None:
            return
        dep_id = self.department.currentData()
        rows = [r for r in self.state.items if r.department_id == dep_id]
        self.request_model.set_rows(rows)
        status, submitted_on = self.state.requests.get(dep_id, ("", None))
        editable = self.state.status != APPROVED and status != SUBMITTED  # a submitted request is locked
        for button in (self.propose_button, self.add_button, self.edit_button, self.remove_button,
                       self.submit_button):
            button.setEnabled(editable and self._may(Action.EDIT_REQUESTS))
        if status == SUBMITTED:
            self.request_status.setText(self.tr("Submitted on {date}; {n} items.").format(
                date=format_date(submitted_on), n=len(rows)))
        elif status:
            self.request_status.setText(self.tr("Draft; {n} items. Submit it when complete.").format(n=len(rows)))
        else:
            self.request_status.setText(self.tr("No request yet."))

    def _show_amendments(self) -> None:
        names = {"added": self.tr("added"), "removed": self.tr("removed"), "changed": self.tr("changed")}
        amendments = self.state.amendments if self.state else []
        self.amendments.setRowCount(len(amendments))
        for row, a in enumerate(amendments):
            for column, text in enumerate((format_date(a.amended_on), names.get(a.action, a.action), a.reason,
                                           a.description, a.recorded_by)):
                self.amendments.setItem(row, column, QTableWidgetItem(text))

    def _show_actual(self) -> None:
        ws = self.workspace
        ctx, year, as_of, snapshot = ws.ctx, self.year.value(), ws.computed.as_of, ws.snapshot
        ws.runner.start(lambda _p, _c: planning.plan_vs_actual(ctx, year, as_of, snapshot=snapshot),
                        self._show_outcomes, lambda error: show_error(self, error, ctx.database))

    def _show_outcomes(self, outcomes) -> None:
        ws = self.workspace
        self.outcome_model.set_rows(outcomes)
        planned = [o for o in outcomes if o.state not in ("dropped", "not_submitted")]
        done = sum(1 for o in planned if o.state == "done")
        share = f"{100 * done / len(planned):.0f}%" if planned else "—"
        self.actual_summary.setText(self.tr("{done} of {planned} planned items done ({share}) as of {date}.").format(
            done=done, planned=len(planned), share=share, date=format_date(ws.computed.as_of)))

    # -- actions ----------------------------------------------------------------

    def _department_staff(self):
        dep_id = self.department.currentData()
        return [e for e in self.workspace.snapshot.employees
                if e.department_id == dep_id and e.employed_on(self.workspace.computed.as_of)]

    def _run(self, action, then=None) -> None:
        """A change to the plan, off the GUI thread; the page shows the plan again when it is done."""

        def done(_result) -> None:
            self.refresh()
            if then is not None:
                then()

        self.workspace.runner.start(lambda _p, _c: action(), done,
                                    lambda error: show_error(self, error, self.workspace.ctx.database))

    def _propose(self) -> None:
        ws = self.workspace
        dep_id = self.department.currentData()
        if dep_id is None:
            return
        year = self.year.value()
        found = planning.proposals(ws.ctx, year, ws.computed.as_of, dep_id, snapshot=ws.snapshot)
        planned = {r.employee_id for r in self.state.items if r.department_id == dep_id}
        employees = {e.id: e for e in self._department_staff()}
        dialog = ProposalsDialog(found, employees, year, planned, self)
        if not found:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Nobody in this department falls due before the end of {year}.").format(year=year))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()  # read on the GUI thread; the work runs off it

        def add_all():
            for proposal in chosen:
                employee = employees[proposal.employee_id]
                minimum = 36 if employee.category == Category.FACULTY_COLLEGE else 72
                hours = max(minimum, math.ceil(proposal.hours_missing / 36) * 36) if proposal.hours_missing or \
                    employee.category in (Category.FACULTY_UNIVERSITY, Category.FACULTY_COLLEGE) else 36
                planning.add_item(ws.ctx, year, proposal.employee_id, kind="course", title="", hours=float(hours),
                                  funding="academy")

        self._run(add_all)

    def _add_item(self) -> None:
        existing = [r for r in self.state.items if r.department_id == self.department.currentData()] \
            if self.state else []
        dialog = PlanItemDialog(self._department_staff(), parent=self, existing=existing)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.employee_id() is not None:
            ctx, year, employee_id, fields = self.workspace.ctx, self.year.value(), dialog.employee_id(), \
                dialog.fields.values()
            self._run(lambda: planning.add_item(ctx, year, employee_id, **fields))

    def _edit_item(self) -> None:
        row = self.request_view.current_row()
        if row is None or not self.edit_button.isEnabled():
            return
        existing = [r for r in self.state.items if r.department_id == row.department_id] if self.state else []
        dialog = PlanItemDialog(self._department_staff(), row, self, existing=existing)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, fields = self.workspace.ctx, dialog.fields.values()
            self._run(lambda: planning.update_item(ctx, row.item_id, **fields))

    def _remove_item(self) -> None:
        rows = [r for r in self.request_view.selected_rows() if r]
        if rows:
            ctx = self.workspace.ctx
            self._run(lambda: [planning.remove_item(ctx, r.item_id) for r in rows])

    # -- the three steps: each shows what is missing and asks to confirm -------------------

    def _deadlines(self):
        ws = self.workspace
        rules = ws.ctx.rules_for(ws.computed.as_of, ws.settings)
        year = self.year.value()
        return rules.deadlines.request_due_date(year), rules.deadlines.plan_due_date(year)

    def _staffed(self) -> set[int]:
        ws = self.workspace
        return {e.department_id for e in ws.snapshot.employees
                if e.department_id is not None and e.employed_on(ws.computed.as_of)}

    def summary_text(self, summary, what: str) -> str:
        """The summary of a step in words, one fact a line."""
        p = summary.problems
        lines = [what]
        for rows, text in ((p.no_topic, self.tr("without a topic: %n", "", len(p.no_topic))),
                           (p.no_hours, self.tr("without hours: %n", "", len(p.no_hours))),
                           (p.no_cost, self.tr("without a cost: %n", "", len(p.no_cost))),
                           (p.no_dates, self.tr("without dates or a quarter: %n", "", len(p.no_dates))),
                           (p.duplicates, self.tr("the same person, kind and topic twice: %n", "",
                                                  len(p.duplicates)))):
            if rows:
                lines.append("• " + text)
        if summary.missing_departments:
            lines.append("• " + self.tr("no request from: {names}").format(
                names=", ".join(summary.missing_departments)))
        if summary.drafts:
            lines.append("• " + self.tr("not submitted, left out: {names}").format(names=", ".join(summary.drafts)))
        if summary.late and summary.deadline is not None:
            lines.append("• " + self.tr("the deadline {date} has passed").format(date=format_date(summary.deadline)))
        return "\n".join(lines)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text + "\n\n" + self.tr("Continue?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _submit(self) -> None:
        from skma_training.services.plan_checks import submit_summary

        dep_id = self.department.currentData()
        if dep_id is None or self.state is None:
            return
        requests_due, _plan_due = self._deadlines()
        summary = submit_summary(self.state, dep_id, self.workspace.computed.as_of, requests_due)
        text = self.summary_text(summary, self.tr("Submit the request of {department}: %n items.", "",
                                                  summary.items).format(department=self.department.currentText()))
        if self._confirm(self.tr("Submit the request"), text):
            ctx, year = self.workspace.ctx, self.year.value()
            self._run(lambda: planning.submit_request(ctx, year, dep_id))

    def _consolidate(self) -> None:
        from skma_training.services.plan_checks import consolidation_summary

        if self.state is None:
            return
        _requests_due, plan_due = self._deadlines()
        summary = consolidation_summary(self.state, self.workspace.snapshot.departments, self._staffed(),
                                        self.workspace.computed.as_of, plan_due)
        text = self.summary_text(summary, self.tr("Put %n items of the submitted requests into the plan.", "",
                                                  summary.items))
        if self._confirm(self.tr("Consolidate"), text):
            ctx, year = self.workspace.ctx, self.year.value()
            self._run(lambda: planning.consolidate(ctx, year))

    def _approve(self) -> None:
        from skma_training.services.plan_checks import approval_summary

        if self.state is None:
            return
        _requests_due, plan_due = self._deadlines()
        summary = approval_summary(self.state, self.workspace.snapshot.departments, self._staffed(),
                                   self.workspace.computed.as_of, plan_due)
        text = self.summary_text(summary, self.tr("Approve the plan for {year} with %n items.", "",
                                                  summary.items).format(year=self.year.value()))
        if not self._confirm(self.tr("Approve the plan…"), text):
            return
        dialog = ApproveDialog(self.year.value(), self.workspace.ctx.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx, year, on, by = self.workspace.ctx, self.year.value(), dialog.on.value(), dialog.by.text().strip()
            self._run(lambda: planning.approve(ctx, year, on, by),
                      then=self.workspace.reload)  # the plan deadline's state changes

    def _amend(self) -> None:
        ws = self.workspace
        employees = [e for e in ws.snapshot.employees if e.employed_on(ws.computed.as_of)]
        dialog = AmendmentDialog(self.state.items if self.state else [], employees, ws.ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        action = dialog.action()
        fields = dialog.fields.values() if action != "removed" else {}
        year, reason, on = self.year.value(), dialog.reason.toPlainText(), dialog.on.value()
        item_id, employee_id, ctx = dialog.item.currentData(), dialog.employee.currentData(), ws.ctx
        self._run(lambda: planning.amend(ctx, year, action, reason, on=on, item_id=item_id,
                                         employee_id=employee_id, **fields))
