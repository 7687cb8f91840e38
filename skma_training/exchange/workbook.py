"""Reading .xlsx, .xls and .ods with python-calamine, behind guards against hostile files.

A workbook is a zip of XML (xlsx, ods) or an OLE container (xls). Before any
parsing: a cap on the file size, and for zips a cap on the uncompressed size
and on the compression ratio (zip bombs); after parsing, a cap on rows. Every
refusal is a plain message naming the file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from skma_training.errors import KnownError
from skma_training.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ROWS_PER_SHEET = 1_000_000
MAX_COLUMNS = 500
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


def read_sheets(path: Path, *, max_rows: int = MAX_ROWS_PER_SHEET) -> list[RawSheet]:
    """Every visible sheet's cells as Python values (str, float, int, bool, date, datetime)."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    check_container(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for meta in workbook.sheets_metadata:
            if str(getattr(meta, "visible", "Visible")).lower().endswith("hidden"):
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            if sheet.height > max_rows:
                raise _fail(path, REASON_TOO_MANY_ROWS, sheet=meta.name, limit=max_rows)
            rows = sheet.to_python(skip_empty_area=False)
            if sheet.width > MAX_COLUMNS:
                rows = [row[:MAX_COLUMNS] for row in rows]
            sheets.append(RawSheet(meta.name, rows))
        return sheets
    except WorkbookError:
        raise
    except Exception as exc:  # calamine raises its own types for damaged files
        raise _fail(path, REASON_DAMAGED, detail=f"{type(exc).__name__}: {exc}") from exc
