"""Problems found in an imported workbook: sheet, row, column, value, reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skma_training.services.import_review import ERROR, Problem
from skma_training.gui import style
from skma_training.gui.models.table import Column, RecordTableModel


def severity_text(problem: Problem) -> str:
    if problem.severity == ERROR:
        return QCoreApplication.translate("ProblemModel", "Error")
    return QCoreApplication.translate("ProblemModel", "Warning")


def problem_columns() -> list[Column]:
    return [
        Column("severity", QT_TRANSLATE_NOOP("ProblemModel", "Kind"), lambda p: p.severity != ERROR,
               display=severity_text, foreground=lambda p: style.OVERDUE if p.severity == ERROR else style.LATE,
               width=8),
        Column("sheet", QT_TRANSLATE_NOOP("ProblemModel", "Sheet"), lambda p: p.sheet, width=16),
        Column("row", QT_TRANSLATE_NOOP("ProblemModel", "Row"), lambda p: p.row, align_right=True, width=5),
        Column("column", QT_TRANSLATE_NOOP("ProblemModel", "Column"), lambda p: p.column, width=20),
        Column("value", QT_TRANSLATE_NOOP("ProblemModel", "Value"), lambda p: p.value, width=16),
        Column("reason", QT_TRANSLATE_NOOP("ProblemModel", "Reason"), lambda p: p.reason(), width=50),
    ]


class ProblemModel(RecordTableModel):
    context = "ProblemModel"

    def __init__(self, parent=None):
        super().__init__(problem_columns(), parent)
