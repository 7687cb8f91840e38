"""Reading .xlsx, .xls and .ods with python-calamine, behind guards against hostile files.

A workbook is a zip of XML (xlsx, ods) or an OLE container (xls). Before any
parsing: a cap on the file size, and for zips a cap on the uncompressed size
and on the compression ratio (zip bombs). calamine then allocates every cell
of a sheet's used range at once, so that range must be known to be small
before calamine sees the sheet: for a plain .xlsx a stream over its XML finds
it (exchange/xlsx_scan.py); anything else (.xls, .ods, unusual XML) is parsed
in a child process (exchange/isolation.py), where an abort ends only the
child. Every refusal is a plain message naming the file.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024  # 4.5 times the XML of 100,000 activities
MAX_COMPRESSION_RATIO = 200
MAX_ROWS_PER_SHEET = 500_000  # five times the academy's 100,000 activities
MAX_COLUMNS = 500
# cells calamine may hold for one workbook (rows x columns of each used range, summed): three
# times the academy's 100,000 activities, and still well under 500 MB of memory
MAX_CELLS = 4_000_000
MAX_SHARED_TEXT_BYTES = 160 * 1024 * 1024
READABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


class WorkbookError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}")


REASON_MISSING = QT_TRANSLATE_NOOP("Errors", "it does not exist")
REASON_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "it is not an Excel or OpenDocument workbook (.xlsx, .xls, .ods)"
)
REASON_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "it is larger than {limit} MB")
REASON_BOMB = QT_TRANSLATE_NOOP(
    "Errors", "it unpacks to far more data than a staff workbook holds (a damaged or hostile file)"
)
REASON_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Errors", "the sheet «{sheet}» has more than {limit} rows")
REASON_DAMAGED = QT_TRANSLATE_NOOP("Errors", "the workbook is damaged or encrypted ({detail})")
REASON_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Errors", "the sheet «{sheet}» reaches cell {cell}, more than {limit} cells to read; delete the empty "
              "rows and columns after the data and save it again"
)
REASON_CRASHED = QT_TRANSLATE_NOOP(
    "Errors", "the reader failed on it ({detail}); the file is damaged or deliberately malformed"
)


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list]


def _fail(path: Path, reason: str, **details) -> WorkbookError:
    from skma_training.i18n import translate

    text = translate("Errors", reason)
    try:
        text = text.format(**details)
    except (KeyError, ValueError):
        pass
    return WorkbookError(path=str(path), reason=text)


def check_container(path: Path) -> None:
    """Refuse what no honest workbook looks like, before a parser sees it."""
    if not path.is_file():
        raise _fail(path, REASON_MISSING)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _fail(path, REASON_TOO_BIG, limit=MAX_FILE_BYTES // (1024 * 1024))
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                members = archive.infolist()
        except zipfile.BadZipFile as exc:
            raise _fail(path, REASON_DAMAGED, detail=str(exc)) from exc
        unpacked = sum(m.file_size for m in members)
        packed = sum(m.compress_size for m in members) or 1
        if unpacked > MAX_UNCOMPRESSED_BYTES or (
            unpacked > 50 * 1024 * 1024 and unpacked / packed > MAX_COMPRESSION_RATIO
        ):
            raise _fail(path, REASON_BOMB)
        names = {m.filename for m in members}
        if "[Content_Types].xml" not in names and "content.xml" not in names:
            raise _fail(path, REASON_NOT_WORKBOOK)
    elif not magic.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2, the old .xls
        raise _fail(path, REASON_NOT_WORKBOOK)


def read_sheets(path: Path, *, max_rows: int = MAX_ROWS_PER_SHEET, isolate: bool = True,
                scanned: Callable[[], None] | None = None) -> list[RawSheet]:
    """Every visible sheet's cells as Python values (str, float, int, bool, date, datetime).

    ``isolate=False`` when already in a child process: then nothing is started again.
    ``scanned``: called when the used ranges are known and calamine starts, which reads without
    the GIL (the import then reads the register, after the scan's regexes rather than beside them).
    """
    path = Path(path)
    check_container(path)
    within_caps = not isolate or _xlsx_within_caps(path, max_rows)
    if scanned is not None:
        scanned()
    if within_caps:
        return _read(path, max_rows)
    from skma_training.exchange.isolation import ChildFailed, run_isolated

    try:
        return run_isolated(_read_isolated, str(path), max_rows)
    except ChildFailed as failure:
        raise _fail(path, REASON_CRASHED, detail=str(failure)) from None


def _read_isolated(path: str, max_rows: int) -> list[RawSheet]:
    return _read(Path(path), max_rows)


def _cell_name(rows: int, columns: int) -> str:
    from skma_training.exchange.xlsx_stream import column_name

    return f"{column_name(max(columns, 1))}{max(rows, 1)}"  # one name: the column may be billions


def _xlsx_within_caps(path: Path, max_rows: int) -> bool:
    """True when every sheet of this .xlsx is known to be within the caps (refused when past them);
    False when the file is of another kind and must be read in a child process."""
    from skma_training.exchange.xlsx_scan import Inflated

    try:
        return _scanned_within_caps(path, max_rows)
    except Inflated:
        raise _fail(path, REASON_BOMB) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error) as damage:  # a bad CRC or header
        raise _fail(path, REASON_DAMAGED, detail=f"{type(damage).__name__}: {damage}") from None


def _scanned_within_caps(path: Path, max_rows: int) -> bool:
    from skma_training.exchange.xlsx_scan import (Exceeded, declared_strings, inflated, part_key, scan_sheet,
                                                  sheet_members)

    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        if "xl/workbook.xml" not in infos:
            return False  # OpenDocument
        # found as calamine finds it, whatever the case of its name
        shared = next((info for name, info in infos.items() if part_key(name) == "xl/sharedstrings.xml"), None)
        if shared is not None and shared.file_size > MAX_SHARED_TEXT_BYTES:
            raise _fail(path, REASON_BOMB)
        if shared is not None:
            declared = declared_strings(path, shared)
            if declared is None:
                return False
            if declared > MAX_CELLS:  # more texts than cells may be read: room calamine would reserve
                raise _fail(path, REASON_BOMB)
        members = sheet_members(archive)
    if not members:
        return False
    sheets = set(members.values())
    try:  # the caps were checked against the declared sizes: each part is held to its own
        for info in infos.values():
            if info.filename not in sheets:  # the sheets are held to theirs by the scan
                for _piece in inflated(path, info):
                    pass
    except (ValueError, zlib.error):
        return False
    total = 0
    for name, member in members.items():
        info = infos.get(member)
        if info is None:
            return False
        try:
            used = scan_sheet(path, info, MAX_CELLS - total, max_rows)
        except Exceeded as past:
            if past.used.rows > max_rows:
                raise _fail(path, REASON_TOO_MANY_ROWS, sheet=name, limit=max_rows) from None
            raise _fail(path, REASON_TOO_MANY_CELLS, sheet=name, limit=MAX_CELLS,
                        cell=_cell_name(past.used.rows, past.used.columns)) from None
        except (ValueError, zlib.error):
            return False
        if used is None:
            return False
        total += used.cells
    return True


def _read(path: Path, max_rows: int) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets, total = [], 0
        for meta in workbook.sheets_metadata:
            if str(getattr(meta, "visible", "Visible")).lower().endswith("hidden"):
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            end = sheet.end
            rows, columns = (end[0] + 1, end[1] + 1) if end else (0, 0)
            if rows > max_rows:
                raise _fail(path, REASON_TOO_MANY_ROWS, sheet=meta.name, limit=max_rows)
            total += rows * columns
            if total > MAX_CELLS:  # before the rows become Python objects
                raise _fail(path, REASON_TOO_MANY_CELLS, sheet=meta.name, limit=MAX_CELLS,
                            cell=_cell_name(rows, columns))
            rows = sheet.to_python(skip_empty_area=False)
            if sheet.width > MAX_COLUMNS:
                rows = [row[:MAX_COLUMNS] for row in rows]
            sheets.append(RawSheet(meta.name, rows))
            del sheet
        return sheets
    except WorkbookError:
        raise
    except Exception as exc:  # calamine raises its own types for damaged files
        raise _fail(path, REASON_DAMAGED, detail=f"{type(exc).__name__}: {exc}") from exc
