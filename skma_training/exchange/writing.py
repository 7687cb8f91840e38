"""Writing the exchange workbook (.xlsx): streamed, dates as date cells, text always as text.

Rows go straight into the file as they come (exchange/xlsx_stream.py). Every
string is an inline text cell, never a formula: a text starting with = + - @
also gets the quote prefix, so editing it in Excel keeps it text, and it reads
back exactly as written. The file is written atomically (skma_training.fileio).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from skma_training.exchange.xlsx_stream import SheetSpec, write_package, write_sheet
from skma_training.fileio import atomic_output

MAX_SHEET_TITLE = 31  # Excel's limit


@dataclass
class ListValidation:
    """A drop-down of allowed values for a column, taken from a range of another sheet."""

    first_column: int
    last_row: int
    source: str  # e.g. "=lists!$A$2:$A$5"


@dataclass
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence]
    widths: Sequence[int] = ()
    row_count: int = 0  # for progress, when known
    hidden: bool = False
    validations: list[ListValidation] = field(default_factory=list)


def safe_title(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:MAX_SHEET_TITLE]


def write_workbook(path: Path, sheets: Sequence[SheetData],
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the sheets to ``path`` atomically. ``progress(rows_done, rows_total)``."""
    path = Path(path)
    total = sum(s.row_count for s in sheets) or 1
    report = progress or (lambda done, all_: None)
    specs = [SheetSpec(safe_title(s.title), s.headers, s.widths, s.hidden,
                       [(v.first_column, v.last_row, v.source) for v in s.validations]) for s in sheets]
    with atomic_output(path) as temporary:
        # level 1: the files come out a little larger, in a third of the time of the default level
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            counts, done_before = [], 0
            for number, (sheet, spec) in enumerate(zip(sheets, specs), start=1):
                counts.append(write_sheet(archive, f"xl/worksheets/sheet{number}.xml", spec, sheet.rows,
                                          lambda n, base=done_before: report(min(base + n, total), total)))
                done_before += sheet.row_count
            write_package(archive, specs, counts)
    report(total, total)
    return path
