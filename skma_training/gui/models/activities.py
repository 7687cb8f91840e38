"""The activities list: every PD and CPD activity with its employee and paperwork state."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from skma_training.domain.deadlines import Deadline, DeadlineKind, deadline_state_label
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import kind_label, scope_label
from skma_training.domain.text import search_text
from skma_training.gui import style
from skma_training.gui.widgets.state_icons import state_icon
from skma_training.gui.models.table import Column, RecordTableModel


@dataclass(slots=True)
class ActivityRow:
    activity: Activity
    employee: Employee | None
    application: Deadline | None
    report: Deadline | None
    haystack: str

    @property
    def full_name(self) -> str:
        return self.employee.full_name if self.employee else ""

    @property
    def department(self) -> str:
        return self.employee.department if self.employee else ""


def build_rows(activities: list[Activity], employees: dict, deadlines: list[Deadline]) -> list[ActivityRow]:
    by_activity: dict = {}
    for deadline in deadlines:
        if deadline.activity_id is not None:
            by_activity[(deadline.activity_id, deadline.kind)] = deadline
    rows = []
    for a in activities:
        employee = employees.get(a.employee_id)
        name = employee.full_name if employee else ""
        haystack = search_text(f"{name} {a.title} {a.provider} {a.country} {a.paperwork.certificate_no}")
        rows.append(ActivityRow(a, employee, by_activity.get((a.id, DeadlineKind.APPLICATION)),
                                by_activity.get((a.id, DeadlineKind.REPORT)), haystack))
    return rows


def _state(deadline: Deadline | None) -> str:
    return deadline_state_label(deadline.state) if deadline else ""


def _state_color(deadline: Deadline | None):
    return style.STATE_COLORS.get(deadline.state) if deadline else None


_STATE_ORDER = {"overdue": 0, "pending": 1, "late": 2, "done": 3}


def activity_columns() -> list[Column]:
    return [
        Column("employee", QT_TRANSLATE_NOOP("ActivityModel", "Employee"), lambda r: r.full_name, width=26),
        Column("kind", QT_TRANSLATE_NOOP("ActivityModel", "Kind"), lambda r: kind_label(r.activity.kind), width=14),
        Column("title", QT_TRANSLATE_NOOP("ActivityModel", "Title"), lambda r: r.activity.title, width=34),
        Column("provider", QT_TRANSLATE_NOOP("ActivityModel", "Provider or host"),
               lambda r: r.activity.provider, width=22),
        Column("starts_on", QT_TRANSLATE_NOOP("ActivityModel", "Start"), lambda r: r.activity.starts_on, width=10),
        Column("ends_on", QT_TRANSLATE_NOOP("ActivityModel", "End"), lambda r: r.activity.ends_on, width=10),
        Column("hours", QT_TRANSLATE_NOOP("ActivityModel", "Hours"), lambda r: r.activity.hours,
               align_right=True, width=6),
        Column("certificate", QT_TRANSLATE_NOOP("ActivityModel", "Certificate"),
               lambda r: r.activity.paperwork.certificate_no or ("✓" if r.activity.confirmed else ""), width=10),
        Column("application", QT_TRANSLATE_NOOP("ActivityModel", "Application"),
               lambda r: _STATE_ORDER.get(r.application.state) if r.application else None,
               display=lambda r: _state(r.application), foreground=lambda r: _state_color(r.application),
               icon=lambda r: state_icon(r.application.state) if r.application else None,
               width=10),
        Column("report", QT_TRANSLATE_NOOP("ActivityModel", "Report"),
               lambda r: _STATE_ORDER.get(r.report.state) if r.report else None,
               display=lambda r: _state(r.report), foreground=lambda r: _state_color(r.report),
               icon=lambda r: state_icon(r.report.state) if r.report else None, width=12),
        Column("country", QT_TRANSLATE_NOOP("ActivityModel", "Country"), lambda r: r.activity.country, width=10),
        Column("scope", QT_TRANSLATE_NOOP("ActivityModel", "Scope"), lambda r: scope_label(r.activity.scope),
               width=10),
        Column("department", QT_TRANSLATE_NOOP("ActivityModel", "Department"), lambda r: r.department, width=26),
    ]


class ActivityModel(RecordTableModel):
    context = "ActivityModel"

    def __init__(self, parent=None):
        super().__init__(activity_columns(), parent)
