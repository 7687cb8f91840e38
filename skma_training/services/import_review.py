"""What the import wizard shows of a checked workbook: its columns and its problems.

The window reads these through services (it may not import the exchange layer);
saving the problem list is the same streaming writer as every export.
"""

from __future__ import annotations

from pathlib import Path

from skma_training.exchange.columns import ACTIVITIES, STAFF
from skma_training.exchange.reading import ERROR, Problem, column_letter
from skma_training.exchange.writing import SheetData, write_workbook

__all__ = ["ERROR", "Problem", "column_choices", "column_name", "save_problems"]


def column_choices(role: str) -> list[tuple[str, str]]:
    """The register's columns a sheet of this role (staff or activities) may be mapped to:
    (title in the user's language, key)."""
    spec = STAFF if role == STAFF.key else ACTIVITIES
    return [(column.title(), column.key) for column in spec.columns]


def column_name(position: int) -> str:
    """Excel's letters for a 0-based column position: 0 -> A, 27 -> AB."""
    return column_letter(position)


def save_problems(path: Path, sheet: str, headers: list[str], rows: list[tuple]) -> None:
    write_workbook(path, [SheetData(sheet, headers, rows, [10, 18, 6, 24, 18, 70], len(rows))])
