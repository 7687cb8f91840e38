"""The deadlines list: applications, certificates and reports, the yearly plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skma_training.domain.deadlines import Deadline, deadline_kind_label, deadline_state_label
from skma_training.domain.model import Activity, Employee
from skma_training.domain.text import search_text
from skma_training.gui import style
from skma_training.gui.widgets.state_icons import state_icon
from skma_training.gui.models.table import Column, RecordTableModel


@dataclass(slots=True)
class DeadlineRow:
    deadline: Deadline
    employee: Employee | None
    activity: Activity | None
    days_left: int
    haystack: str
    department_name: str = ""  # a request's department

    @property
    def department(self) -> str:
        return self.employee.department if self.employee else self.department_name

    @property
    def what(self) -> str:
        if self.activity is not None:
            return self.activity.title
        if self.deadline.department_id is not None:
            return QCoreApplication.translate("DeadlineModel", "Request for {year}").format(
                year=self.deadline.plan_year)
        return QCoreApplication.translate("DeadlineModel", "Plan for {year}").format(year=self.deadline.plan_year)


def build_rows(deadlines: list[Deadline], employees: dict, activities: dict, as_of: date,
               departments: dict | None = None) -> list[DeadlineRow]:
    rows = []
    departments = departments or {}
    for d in deadlines:
        employee = employees.get(d.employee_id)
        activity = activities.get(d.activity_id)
        name = employee.full_name if employee else ""
        title = activity.title if activity else ""
        unit = departments.get(d.department_id, "") if d.department_id is not None else ""
        rows.append(DeadlineRow(d, employee, activity, (d.due_date - as_of).days,
                                search_text(f"{name} {title} {unit}"), unit))
    return rows


def _days(row: DeadlineRow) -> str:
    if row.deadline.state in ("done", "late"):
        return ""
    if row.days_left < 0:
        return QCoreApplication.translate("DeadlineModel", "{n} d overdue").format(n=-row.days_left)
    if row.days_left == 0:
        return QCoreApplication.translate("DeadlineModel", "today")
    return QCoreApplication.translate("DeadlineModel", "in {n} d").format(n=row.days_left)


def deadline_columns() -> list[Column]:
    state = lambda r: r.deadline.state  # noqa: E731
    return [
        Column("due", QT_TRANSLATE_NOOP("DeadlineModel", "Due"), lambda r: r.deadline.due_date, width=10),
        Column("days", QT_TRANSLATE_NOOP("DeadlineModel", "Days"), lambda r: r.days_left, display=_days,
               foreground=lambda r: style.OVERDUE if r.deadline.state == "overdue" else None, width=14),
        Column("state", QT_TRANSLATE_NOOP("DeadlineModel", "State"), state,
               display=lambda r: deadline_state_label(r.deadline.state),
               foreground=lambda r: style.STATE_COLORS.get(state(r)),
               background=lambda r: style.STATE_BACKGROUNDS.get(state(r)),
               icon=lambda r: state_icon(state(r)), width=12),
        Column("kind", QT_TRANSLATE_NOOP("DeadlineModel", "Deadline"),
               lambda r: deadline_kind_label(r.deadline.kind), width=18),
        Column("employee", QT_TRANSLATE_NOOP("DeadlineModel", "Employee"),
               lambda r: r.employee.full_name if r.employee else "", width=26),
        Column("what", QT_TRANSLATE_NOOP("DeadlineModel", "Activity"), lambda r: r.what, width=34),
        Column("done_on", QT_TRANSLATE_NOOP("DeadlineModel", "Done on"), lambda r: r.deadline.done_on, width=10),
        Column("department", QT_TRANSLATE_NOOP("DeadlineModel", "Department"), lambda r: r.department, width=26),
    ]


class DeadlineModel(RecordTableModel):
    context = "DeadlineModel"

    def __init__(self, parent=None):
        super().__init__(deadline_columns(), parent)
