"""The yearly plan's items, and plan versus actual."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skma_training.domain.vocabulary import funding_label, kind_label
from skma_training.gui import style
from skma_training.gui.models.table import Column, RecordTableModel, format_date, format_money
from skma_training.services.planning import PlanRow


def _when(row: PlanRow) -> str:
    if row.planned_start:
        return f"{format_date(row.planned_start)} – {format_date(row.planned_end)}"
    if row.quarter:
        return QCoreApplication.translate("PlanModel", "Q{n}").format(n=row.quarter)
    return ""


def _request_status(row: PlanRow) -> str:
    # a draft is "not submitted" wherever it shows: it is not part of any plan yet
    if row.request_status != "submitted":
        return QCoreApplication.translate("PlanModel", "Not submitted")
    if not row.in_plan:
        return QCoreApplication.translate("PlanModel", "Submitted, not consolidated")
    return QCoreApplication.translate("PlanModel", "In the plan")


def plan_columns() -> list[Column]:
    return [
        Column("department", QT_TRANSLATE_NOOP("PlanModel", "Department"), lambda r: r.department, width=26),
        Column("employee", QT_TRANSLATE_NOOP("PlanModel", "Employee"), lambda r: r.full_name, width=26),
        Column("position", QT_TRANSLATE_NOOP("PlanModel", "Position"), lambda r: r.position, width=16),
        Column("kind", QT_TRANSLATE_NOOP("PlanModel", "Kind"), lambda r: kind_label(r.kind), width=12),
        Column("title", QT_TRANSLATE_NOOP("PlanModel", "Topic"), lambda r: r.title, width=30),
        Column("provider", QT_TRANSLATE_NOOP("PlanModel", "Provider"), lambda r: r.provider, width=20),
        Column("when", QT_TRANSLATE_NOOP("PlanModel", "When"), lambda r: (r.planned_start, r.quarter or 0),
               display=_when, width=10),
        Column("hours", QT_TRANSLATE_NOOP("PlanModel", "Hours"), lambda r: r.hours, align_right=True, width=6),
        Column("cost", QT_TRANSLATE_NOOP("PlanModel", "Cost"), lambda r: r.cost, display=lambda r: format_money(r.cost),
               align_right=True, width=10),
        Column("funding", QT_TRANSLATE_NOOP("PlanModel", "Funding"), lambda r: funding_label(r.funding), width=12),
        Column("status", QT_TRANSLATE_NOOP("PlanModel", "Status"), lambda r: (r.in_plan, r.request_status),
               display=_request_status, foreground=lambda r: None if r.in_plan else style.MUTED, width=10),
    ]


class PlanModel(RecordTableModel):
    context = "PlanModel"

    def __init__(self, parent=None):
        super().__init__(plan_columns(), parent)


_OUTCOME_COLORS = {"done": style.DONE, "in_progress": style.PENDING, "not_done": style.OVERDUE,
                   "dropped": style.MUTED, "not_submitted": style.MUTED}


def outcome_text(state: str) -> str:
    translate = QCoreApplication.translate
    return {"done": translate("PlanModel", "Done"), "in_progress": translate("PlanModel", "In progress"),
            "not_done": translate("PlanModel", "Not done"),
            "dropped": translate("PlanModel", "Removed from the plan"),
            "not_submitted": translate("PlanModel", "Not submitted")}[state]


def outcome_columns() -> list[Column]:
    return [
        Column("department", QT_TRANSLATE_NOOP("PlanModel", "Department"), lambda o: o.row.department, width=26),
        Column("employee", QT_TRANSLATE_NOOP("PlanModel", "Employee"), lambda o: o.row.full_name, width=26),
        Column("planned", QT_TRANSLATE_NOOP("PlanModel", "Planned"), lambda o: o.row.title, width=30),
        Column("hours", QT_TRANSLATE_NOOP("PlanModel", "Hours"), lambda o: o.row.hours, align_right=True, width=6),
        Column("state", QT_TRANSLATE_NOOP("PlanModel", "Outcome"), lambda o: o.state,
               display=lambda o: outcome_text(o.state), foreground=lambda o: _OUTCOME_COLORS[o.state], width=12),
        Column("actual", QT_TRANSLATE_NOOP("PlanModel", "Actual activity"),
               lambda o: o.activity.title if o.activity else "", width=30),
        Column("ended", QT_TRANSLATE_NOOP("PlanModel", "Ended"),
               lambda o: o.activity.ends_on if o.activity else None, width=10),
        Column("actual_hours", QT_TRANSLATE_NOOP("PlanModel", "Actual hours"),
               lambda o: o.activity.hours if o.activity else None, align_right=True, width=6),
    ]


class OutcomeModel(RecordTableModel):
    context = "PlanModel"

    def __init__(self, parent=None):
        super().__init__(outcome_columns(), parent)
