"""The staff list: everyone with their status on the as-of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.model import Employee
from skma_training.domain.standing import Standing, standing_label, standing_of
from skma_training.domain.text import search_text
from skma_training.domain.vocabulary import category_label
from skma_training.gui import style
from skma_training.gui.widgets.state_icons import state_icon
from skma_training.gui.models.table import Column, RecordTableModel

# the one state of domain/standing.py, and "not checked" for someone not employed on the day
OVERDUE, DUE_THIS_YEAR, DUE_NEXT_YEAR, NEW, IN_ORDER = (str(s) for s in (
    Standing.OVERDUE, Standing.DUE_THIS_YEAR, Standing.DUE_NEXT_YEAR, Standing.NEW, Standing.IN_ORDER))
NOT_CHECKED = "not_checked"
STATES = (OVERDUE, DUE_THIS_YEAR, DUE_NEXT_YEAR, NEW, IN_ORDER, NOT_CHECKED)
DUE_SOON = "due_soon"  # a filter, not a state: due this year or next
GROUPS = {DUE_SOON: frozenset({DUE_THIS_YEAR, DUE_NEXT_YEAR})}


def status_text(state: str) -> str:
    if state == NOT_CHECKED:
        return QCoreApplication.translate("StaffModel", "Not checked")
    if state == DUE_SOON:
        return QCoreApplication.translate("StaffModel", "Due by the end of next year")
    return standing_label(state)


def in_state(row_state: str, wanted: str) -> bool:
    """Whether a row's state is the ``wanted`` state or in the wanted group."""
    return row_state in GROUPS.get(wanted, (wanted,))


@dataclass(slots=True)
class StaffRow:
    employee: Employee
    status: EmployeeStatus | None
    state: str
    haystack: str

    @property
    def next_due(self) -> date | None:
        return self.status.next_due if self.status else None


def staff_state(status: EmployeeStatus | None) -> str:
    """The employee's one state (domain/standing.py), or not checked (not employed on the day)."""
    if status is None:
        return NOT_CHECKED
    return str(standing_of(status).state)


def build_rows(employees: list[Employee], statuses: dict, as_of: date) -> list[StaffRow]:
    rows = []
    for e in employees:
        status = statuses.get(e.id)
        haystack = search_text(" ".join((e.full_name, e.iin, e.department, e.position, e.email)))
        rows.append(StaffRow(e, status, staff_state(status), haystack))
    return rows


def _hours(row: StaffRow) -> float | None:
    if row.status is None:
        return None
    hours = [c.hours for c in row.status.checks if c.required]
    return hours[0] if hours else None


def _required(row: StaffRow) -> float | None:
    if row.status is None:
        return None
    required = [c.required for c in row.status.checks if c.required]
    return required[0] if required else None


_STATE_ORDER = {state: number for number, state in enumerate(STATES)}
_STATE_COLOR = {OVERDUE: style.OVERDUE, DUE_THIS_YEAR: style.DUE_SOON, DUE_NEXT_YEAR: style.DUE_SOON,
                NEW: style.PENDING, IN_ORDER: style.DONE, NOT_CHECKED: style.MUTED}


def staff_columns() -> list[Column]:
    return [
        Column("full_name", QT_TRANSLATE_NOOP("StaffModel", "Full name"), lambda r: r.employee.full_name, width=30),
        Column("status", QT_TRANSLATE_NOOP("StaffModel", "Status"), lambda r: _STATE_ORDER[r.state],
               display=lambda r: status_text(r.state), foreground=lambda r: _STATE_COLOR[r.state],
               icon=lambda r: state_icon(r.state), width=16),
        Column("next_due", QT_TRANSLATE_NOOP("StaffModel", "Due date"), lambda r: r.next_due,
               foreground=lambda r: style.OVERDUE if r.state == OVERDUE else None, width=10),
        Column("hours", QT_TRANSLATE_NOOP("StaffModel", "Hours"), _hours, align_right=True, width=6,
               tooltip=lambda r: QCoreApplication.translate("StaffModel", "In-profile PD hours in the 3-year window")),
        Column("required", QT_TRANSLATE_NOOP("StaffModel", "Required"), _required, align_right=True, width=7),
        Column("department", QT_TRANSLATE_NOOP("StaffModel", "Department"), lambda r: r.employee.department, width=30),
        Column("position", QT_TRANSLATE_NOOP("StaffModel", "Position"), lambda r: r.employee.position, width=18),
        Column("category", QT_TRANSLATE_NOOP("StaffModel", "Category"), lambda r: category_label(r.employee.category), width=14),
        Column("is_head", QT_TRANSLATE_NOOP("StaffModel", "Head"), lambda r: r.employee.is_head, width=5),
        Column("healthcare", QT_TRANSLATE_NOOP("StaffModel", "Healthcare"), lambda r: r.employee.healthcare, width=5),
        Column("iin", QT_TRANSLATE_NOOP("StaffModel", "IIN"), lambda r: r.employee.iin, width=12),
    ]


class StaffModel(RecordTableModel):
    context = "StaffModel"

    def __init__(self, parent=None):
        super().__init__(staff_columns(), parent)
