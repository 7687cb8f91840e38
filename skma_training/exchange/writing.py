"""Writing .xlsx: streamed (openpyxl write-only), dates as date cells, formulas never.

A text that a spreadsheet would run as a formula (starting with = + - @) is
written as a text cell with Excel's quote prefix, so it reads back exactly as
it was and never executes. The file is written beside its target and moved
into place at the end, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from skma_training.errors import DiskFull, KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

DATE_FORMAT = "DD.MM.YYYY"
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_SHEET_TITLE = 31  # Excel's limit


class FileWriteError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}")


@dataclass
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence]
    widths: Sequence[int] = ()
    row_count: int = 0  # for progress, when known
    hidden: bool = False
    validations: list = field(default_factory=list)  # openpyxl DataValidation objects


def safe_title(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:MAX_SHEET_TITLE]


def _write_sheet(workbook, sheet: SheetData, progress: Callable[[int], None]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(safe_title(sheet.title))
    if sheet.hidden:
        ws.sheet_state = "hidden"
    for index, width in enumerate(sheet.widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    for validation in sheet.validations:
        ws.data_validations.append(validation)

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    header = []
    for text in sheet.headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header.append(cell)
    ws.append(header)

    written = 0
    for row in sheet.rows:
        out = list(row)
        for index, value in enumerate(out):
            kind = type(value)
            if kind is str:
                if value and value[0] in FORMULA_STARTS:
                    cell = WriteOnlyCell(ws)
                    cell.quotePrefix = True
                    cell.value = value
                    cell.data_type = "s"
                    out[index] = cell
            elif kind is date or kind is datetime:
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = DATE_FORMAT
                out[index] = cell
        ws.append(out)
        written += 1
        if written % 5000 == 0:
            progress(written)
    progress(written)
    if written:
        last = f"{get_column_letter(max(1, len(sheet.headers)))}{written + 1}"
        ws.auto_filter.ref = f"A1:{last}"


def write_workbook(path: Path, sheets: Sequence[SheetData],
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the sheets to ``path`` atomically. ``progress(rows_done, rows_total)``."""
    from openpyxl import Workbook

    path = Path(path)
    total = sum(s.row_count for s in sheets) or 1
    done_before = 0
    report = progress or (lambda done, all_: None)
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        _write_sheet(workbook, sheet, lambda n, base=done_before: report(min(base + n, total), total))
        done_before += sheet.row_count
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".skma-", suffix=".xlsx", dir=directory)
        os.close(handle)
        try:
            workbook.save(temporary)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull(path=str(path)) from error
        raise FileWriteError(path=str(path), reason=error.strerror or str(error)) from error
    report(total, total)
    return path
