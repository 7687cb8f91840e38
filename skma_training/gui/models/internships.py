"""Internships with their reporting documents (E464 7.12-7.15) and what is missing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skma_training.domain.dates import day_text
from skma_training.domain.model import Activity, Employee
from skma_training.domain.vocabulary import scope_label
from skma_training.domain.text import search_text
from skma_training.gui import style
from skma_training.gui.models.table import Column, RecordTableModel


@dataclass(slots=True)
class InternshipRow:
    activity: Activity
    employee: Employee | None
    missing: list[str]
    haystack: str


def missing_documents(activity: Activity, completed: bool) -> list[str]:
    """The reporting documents an internship that has ended still lacks."""
    if not completed:
        return []
    translate = QCoreApplication.translate
    p = activity.paperwork
    found = []
    if not activity.confirmed:
        found.append(translate("InternshipModel", "confirming document"))
    if p.review_on is None:
        found.append(translate("InternshipModel", "supervisor's review"))
    if p.report_on is None:
        found.append(translate("InternshipModel", "report"))
    if p.meeting_on is None:
        found.append(translate("InternshipModel", "department meeting"))
    if p.implementation_plan_on is None:
        found.append(translate("InternshipModel", "implementation plan"))
    return found


def build_rows(activities: list[Activity], employees: dict, as_of) -> list[InternshipRow]:
    rows = []
    for a in activities:
        employee = employees.get(a.employee_id)
        completed = a.ends_on is not None and a.ends_on <= as_of
        name = employee.full_name if employee else ""
        rows.append(InternshipRow(a, employee, missing_documents(a, completed),
                                  search_text(f"{name} {a.title} {a.provider} {a.country}")))
    return rows


def _meeting(row: InternshipRow) -> str:
    p = row.activity.paperwork
    if p.meeting_on is None:
        return ""
    number = f"№ {p.meeting_protocol_no}, " if p.meeting_protocol_no else ""
    return number + day_text(p.meeting_on)


def internship_columns() -> list[Column]:
    return [
        Column("employee", QT_TRANSLATE_NOOP("InternshipModel", "Employee"),
               lambda r: r.employee.full_name if r.employee else "", width=26),
        Column("host", QT_TRANSLATE_NOOP("InternshipModel", "Host organisation"), lambda r: r.activity.provider,
               width=24),
        Column("country", QT_TRANSLATE_NOOP("InternshipModel", "Country"), lambda r: r.activity.country, width=10),
        Column("scope", QT_TRANSLATE_NOOP("InternshipModel", "Scope"), lambda r: scope_label(r.activity.scope),
               width=10),
        Column("starts_on", QT_TRANSLATE_NOOP("InternshipModel", "Start"), lambda r: r.activity.starts_on, width=10),
        Column("ends_on", QT_TRANSLATE_NOOP("InternshipModel", "End"), lambda r: r.activity.ends_on, width=10),
        Column("title", QT_TRANSLATE_NOOP("InternshipModel", "Programme"), lambda r: r.activity.title, width=28),
        Column("supervisor", QT_TRANSLATE_NOOP("InternshipModel", "Supervisor"),
               lambda r: r.activity.paperwork.supervisor, width=20),
        Column("review", QT_TRANSLATE_NOOP("InternshipModel", "Review"),
               lambda r: r.activity.paperwork.review_on, width=10),
        Column("meeting", QT_TRANSLATE_NOOP("InternshipModel", "Department meeting"),
               lambda r: r.activity.paperwork.meeting_on, display=_meeting, width=16),
        Column("plan", QT_TRANSLATE_NOOP("InternshipModel", "Implementation plan"),
               lambda r: r.activity.paperwork.implementation_plan_on, width=10),
        Column("missing", QT_TRANSLATE_NOOP("InternshipModel", "Missing"), lambda r: len(r.missing),
               display=lambda r: ", ".join(r.missing),
               foreground=lambda r: style.OVERDUE if r.missing else None, width=30),
    ]


class InternshipModel(RecordTableModel):
    context = "InternshipModel"

    def __init__(self, parent=None):
        super().__init__(internship_columns(), parent)
