"""The used range of each sheet of an .xlsx, found by streaming its XML, before any parser sees it.

python-calamine allocates (last row x last column) cells for a sheet before
returning any: a 1.9 KB file with a value at A1 and one at XFD1048576 asks for
549 GB and aborts the process. So the sheet's XML is inflated here in chunks
and every cell reference is looked at (a C-speed regex over each chunk, about
a quarter of calamine's own time), giving the furthest row and column with a
cell. Files whose cells do not all carry an ``r="A1"`` reference written
plainly, that use a namespace prefix, or whose parts calamine would find under
other names, are not judged here (``None``): the caller reads those in a child
process, where an abort costs nothing. Every part is held to the size its zip
header declares, the size the caller's caps were checked against.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

CHUNK = 1 << 20
_ROW_OF_CELL = re.compile(rb'<c r="[A-Za-z]+(\d+)')
_WIDE_COLUMN = re.compile(rb'<c r="([A-Za-z]{2,})')
_ROW = re.compile(rb'<row r="(\d+)"')
_NARROW_COLUMN = re.compile(rb'<c r="([A-Za-z])\d')
# a cell whose start tag is not plain: ``<c r="A1"``, then attributes each written ``name="value"``
# after one blank, no name with an r in it. calamine takes the last ``r`` of a tag, whatever the
# spacing (``<c r="A2" r="XFD1048576">``, ``<c\tr=...>``, ``r ="..."``): such a cell is not
# measured here but read in a child process
_IRREGULAR = re.compile(rb'<c(?! r="[A-Za-z]++\d++"(?:\s[^\s>"\'r=/]++="[^"]*+")*+\s*+/?>)[\s>/]')
_PREFIXED = re.compile(rb':c[\s>/]')
_SHEET = re.compile(rb"<sheet\b[^>]*>")
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATION = re.compile(rb"<Relationship\b[^>]*>")


@dataclass(frozen=True, slots=True)
class UsedRange:
    rows: int  # the furthest row with a cell (1-based), 0 for an empty sheet
    columns: int  # the furthest column (1-based)

    @property
    def cells(self) -> int:
        return self.rows * self.columns


class Exceeded(Exception):
    """The scan stopped early: the sheet is already past the caps."""

    def __init__(self, used: UsedRange):
        super().__init__(used)
        self.used = used


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _member_bytes(handle, info) -> bytes:
    """The raw (still compressed) bytes of a zip member."""
    handle.seek(info.header_offset)
    header = handle.read(30)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    return handle.read(info.compress_size)


class Inflated(Exception):
    """A zip member unpacks to more than its header declares: the sizes every cap was checked
    against are lies (a 2 MB file declaring 100 bytes that unpacks to 2 GB)."""


class NotPlain(Exception):
    """Megabytes without a single tag: no sheet a person saved looks like this."""


MAX_UNTAGGED = 8 * CHUNK  # a cell's text is at most 32,767 characters: far under this between tags


def inflated(path: Path, info):
    """The member's bytes in pieces of at most a megabyte, and never more than it declares
    (``Inflated``): one piece of compressed zeros may unpack a thousand times over."""
    with path.open("rb") as handle:
        raw = _member_bytes(handle, info)
    if info.compress_type == 0:
        if len(raw) > info.file_size:
            raise Inflated(info.filename)
        for offset in range(0, len(raw), CHUNK):
            yield raw[offset:offset + CHUNK]
        return
    if info.compress_type != 8:
        raise ValueError("unsupported compression")
    inflate, total = zlib.decompressobj(-15), 0
    for offset in range(0, len(raw), CHUNK // 8):
        pending = raw[offset:offset + CHUNK // 8]
        while pending:
            piece = inflate.decompress(pending, CHUNK)
            pending = inflate.unconsumed_tail
            total += len(piece)
            if total > info.file_size:
                raise Inflated(info.filename)
            if piece:
                yield piece
    piece = inflate.flush()
    if total + len(piece) > info.file_size:
        raise Inflated(info.filename)
    if piece:
        yield piece


def _chunks(path: Path, info):
    """The member's XML in pieces of about a megabyte, each cut before a '<'."""
    tail = b""
    for piece in inflated(path, info):
        data = tail + piece
        cut = data.rfind(b"<")
        if cut <= 0:
            if len(data) > MAX_UNTAGGED:
                raise NotPlain(info.filename)
            tail = data
            continue
        yield data[:cut]
        tail = data[cut:]
    if tail:
        yield tail


@lru_cache(maxsize=32)
def _beyond(column: int) -> re.Pattern:
    """A regex for a cell in a one-letter column after ``column`` (1 = A)."""
    first = chr(65 + column)
    return re.compile(f'<c r="[{first}-Z{first.lower()}-z]\\d'.encode())


@lru_cache(maxsize=32)
def _further(column: int) -> re.Pattern:
    """A regex for a cell with a two-or-more-letter column, or a one-letter one after ``column``."""
    if column >= 26:
        return _WIDE_COLUMN
    first = chr(65 + column)
    return re.compile(f'<c r="(?:[A-Za-z]{{2}}|[{first}-Z{first.lower()}-z]\\d)'.encode())


def _greater_than(number: int) -> bytes:
    """A regex for the decimal numbers greater than ``number`` (without leading zeros)."""
    digits = str(number)
    options = []
    for position, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - position - 1
            options.append(digits[:position] + f"[{int(digit) + 1}-9]" + (rf"\d{{{rest}}}" if rest else ""))
    options.append(rf"\d{{{len(digits) + 1},}}")
    return "|".join(options).encode()


def scan_sheet(path: Path, info, max_cells: int, max_rows: int) -> UsedRange | None:
    """The furthest row and column with a cell, or None when the XML is not of the plain kind.

    Raises ``Exceeded`` as soon as the sheet is past ``max_rows`` or ``max_cells``,
    without reading the rest. Per chunk, its last row's number is taken as the
    furthest row, and one regex looks for a cell past the furthest row or column
    known so far: in an ordinary sheet it finds none, and the chunk is done in
    one pass. A cell it finds (a hostile file, rows out of order, a wider row)
    has the chunk measured cell by cell.
    """
    try:
        return _scan(path, info, max_cells, max_rows)
    except NotPlain:
        return None


def _scan(path: Path, info, max_cells: int, max_rows: int) -> UsedRange | None:
    rows = columns = narrow = 0
    for number, data in enumerate(_chunks(path, info)):
        if number == 0 and b"<sheetData" not in data and b":sheetData" in data:
            return None  # prefixed elements (x:c): not for this scan
        if _IRREGULAR.search(data):
            return None  # cells placed by position, or attributes in another order or spacing
        if b":c" in data and _PREFIXED.search(data):
            return None
        if b'<c r="' not in data:
            continue
        last_row = _ROW.search(data, data.rfind(b'<row r="'))
        if last_row:
            rows = max(rows, int(last_row.group(1)))
        if _past(rows, narrow).search(data):
            cell_rows = _ROW_OF_CELL.findall(data)
            if cell_rows:
                rows = max(rows, max(map(int, set(cell_rows))))
            wide = set(_WIDE_COLUMN.findall(data))
            if wide:
                columns = max(columns, max(map(column_number, wide)))
            if narrow < 26 and _beyond(narrow).search(data):  # after the furthest one-letter column
                narrow = max(map(column_number, set(_NARROW_COLUMN.findall(data))))
        columns = max(columns, narrow)
        used = UsedRange(rows, columns)
        if rows > max_rows or used.cells > max_cells:
            raise Exceeded(used)
    return UsedRange(rows, columns)


@lru_cache(maxsize=64)
def _past(rows: int, column: int) -> re.Pattern:
    """A regex for a cell below row ``rows``, or with a two-or-more-letter column, or a one-letter
    one after ``column``. ``++``: no backtracking into the letters."""
    beyond = _further(column).pattern.removeprefix(b'<c r="')
    return re.compile(b'<c r="(?:' + beyond + b'|[A-Za-z]++(?:' + _greater_than(rows) + b')")')


# the part's start: a byte-order mark, the XML declaration, then the <sst> tag and nothing else
# first (a comment could hold a harmless <sst> before the real one)
_SST_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml\b[^>]*\?>)?\s*"
                        rb"(<(?:\w+:)?sst\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)")
_UNIQUE_COUNT = re.compile(rb"""\buniqueCount\s*=\s*["']([^"']*)["']""")


def declared_strings(path: Path, info) -> int | None:
    """The number of distinct texts the shared-strings part declares (``uniqueCount``), which
    calamine reserves room for before reading one: ``uniqueCount="4000000000"`` in a 1 KB file
    asks for 96 GB and aborts the process. 0 when it declares none; None when the part does not
    open with its start tag (not for this scan)."""
    try:
        first = next(_chunks(path, info), b"")
    except (ValueError, zlib.error, NotPlain):
        return None
    start = _SST_START.match(first)
    if start is None:
        return None
    numbers = [int(digits) for value in _UNIQUE_COUNT.findall(start.group(1))
               for digits in re.findall(rb"\d+", value)]
    return max(numbers, default=0)


def part_key(name: str) -> str:
    """A zip member's name as calamine looks it up: any case, ``\\`` for ``/``."""
    return name.replace("\\", "/").lower()


def _parts_read_as_named(archive) -> bool:
    """Whether calamine reads the very members named here: it finds a part whatever the case of
    its name and with ``\\`` for ``/`` (the last such entry winning), and the workbook where the
    package's relationships put it. A benign ``xl/worksheets/sheet1.xml`` scanned here, and a
    bomb ``XL/Worksheets/Sheet1.xml`` read by calamine, once aborted the process."""
    names = archive.namelist()
    if len(set(map(part_key, names))) != len(names):
        return False
    try:
        package = archive.read("_rels/.rels")
    except KeyError:
        return False
    documents = []
    for element in _RELATION.findall(package):
        attributes = dict(_ATTRIBUTE.findall(element))
        if attributes.get(b"Type", b"").endswith(b"/relationships/officeDocument"):
            documents.append(attributes.get(b"Target", b"").lstrip(b"/"))
    return bool(documents) and all(target == b"xl/workbook.xml" for target in documents)


def sheet_members(archive) -> dict[str, str] | None:
    """Sheet name -> its XML member in the zip, from the workbook and its relationships; None when
    this is not what calamine would read."""
    if not _parts_read_as_named(archive):
        return None
    try:
        workbook = archive.read("xl/workbook.xml")
        relations = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    targets = {}
    for element in _RELATION.findall(relations):
        attributes = dict(_ATTRIBUTE.findall(element))
        target = attributes.get(b"Target", b"").decode("utf-8", "replace")
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = str(PurePosixPath("xl") / target)
        targets[attributes.get(b"Id", b"")] = member
    names: dict[str, str] = {}
    for element in _SHEET.findall(workbook):
        attributes = dict(_ATTRIBUTE.findall(element))
        relation = next((v for k, v in attributes.items() if k.endswith(b":id")), None)
        name = attributes.get(b"name")
        if relation is None or name is None or relation not in targets:
            return None
        names[_unescape(name.decode("utf-8", "replace"))] = targets[relation]
    return names


def _unescape(text: str) -> str:
    from xml.sax.saxutils import unescape

    return unescape(text, {"&quot;": '"', "&apos;": "'"})
