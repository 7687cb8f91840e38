"""From raw sheets to validated staff and activity records, with every problem named.

Finds each sheet's role (staff or activities) and header row even under a
title row, maps headers in any of the three languages or by synonym, converts
every cell and checks each row. Nothing here touches the database; the import
service adds the checks that need it and writes all or nothing.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, filterfalse, repeat
from pathlib import Path
from typing import Any

from skma_training.domain.dates import day_text
from skma_training.domain.vocabulary import PD_KINDS, Kind
from skma_training.exchange.columns import (
    ACTIVITIES,
    IGNORED,
    SHEETS,
    STAFF,
    SheetSpec,
    header_index,
    normalize,
    sheet_name_index,
)
from skma_training.domain.validation import TEXT_LIMITS, number_problem, text_problem
from skma_training.exchange.values import CONVERTERS, MSG_IIN_DIGITS, CellError, is_blank, to_text
from skma_training.exchange.workbook import RawSheet, read_sheets
from skma_training.exchange.xlsx_stream import column_name
from skma_training.i18n import QT_TRANSLATE_NOOP, translate

HEADER_SEARCH_ROWS = 30
ERROR, WARNING = "error", "warning"
MAX_PROBLEMS = 1000  # of each severity listed; the rest are counted ("and N more")

MSG_REQUIRED = QT_TRANSLATE_NOOP("Import", "a value is required")
MSG_COLUMN_MISSING = QT_TRANSLATE_NOOP("Import", "the column «{column}» was not found")
MSG_NO_SHEETS = QT_TRANSLATE_NOOP(
    "Import", "no sheet with staff or activities was recognised (no header row with IIN and names)"
)
MSG_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Import", "column not recognised; it was ignored")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Import", "the end date is before the start date")
MSG_END_REQUIRED = QT_TRANSLATE_NOOP("Import", "an end date is required for this kind")
MSG_HOURS_REQUIRED = QT_TRANSLATE_NOOP("Import", "hours or credits are required for PD")
MSG_QUARTILE = QT_TRANSLATE_NOOP("Import", "the quartile is 1, 2, 3 or 4")
MSG_AUTHOR = QT_TRANSLATE_NOOP("Import", "the author position starts at 1")
MSG_HOURS_LARGE = QT_TRANSLATE_NOOP("Import", "more than {limit} hours is not plausible for one activity")
MSG_DUPLICATE_STAFF = QT_TRANSLATE_NOOP(
    "Import", "the same IIN is on row {first} with different data"
)
MSG_DUPLICATE_ACTIVITY = QT_TRANSLATE_NOOP(
    "Import", "the same activity (IIN, kind, title, start) is on row {first} with different data"
)
MSG_LEFT_BEFORE_HIRED = QT_TRANSLATE_NOOP("Import", "the leaving date is before the hire date")

MAX_HOURS = 3000


@dataclass(slots=True)
class Problem:
    sheet: str
    row: int | None  # as the spreadsheet numbers it (1-based)
    column: str  # the header as written in the file, with its letter, e.g. "C: Кафедра"
    value: str
    template: str
    details: dict = field(default_factory=dict)
    severity: str = ERROR

    def reason(self, lang: str | None = None) -> str:
        text = translate("Import", self.template, lang)
        try:
            return text.format(**self.details)
        except (KeyError, IndexError, ValueError):
            return text


class Problems(list):
    """The problems found, at most ``MAX_PROBLEMS`` of each severity; the rest only counted.

    A million bad rows would otherwise make a million objects and 90 MB of text.
    """

    def __init__(self, items=()):
        super().__init__()
        self.more = {ERROR: 0, WARNING: 0}
        self.listed = {ERROR: 0, WARNING: 0}
        for item in items:
            self.append(item)

    def full(self, severity: str) -> bool:
        return self.listed[severity] >= MAX_PROBLEMS

    def append(self, problem: Problem) -> None:
        severity = ERROR if problem.severity == ERROR else WARNING
        if self.listed[severity] >= MAX_PROBLEMS:
            self.more[severity] += 1
            return
        self.listed[severity] += 1
        super().append(problem)

    def count_more(self, severity: str, number: int) -> None:
        self.more[ERROR if severity == ERROR else WARNING] += number

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)
        if isinstance(problems, Problems):
            for severity, number in problems.more.items():
                self.more[severity] += number

    def total(self, severity: str) -> int:
        return self.listed[severity] + self.more[severity]

    def copy(self) -> Problems:
        return _restore_problems(list(self), dict(self.more))

    def __reduce__(self):  # pickled to and from the child process that parses for the window
        return _restore_problems, (list(self), dict(self.more))


def _restore_problems(items: list, more: dict) -> Problems:
    problems = Problems(items)
    for severity, number in more.items():
        problems.more[severity] += number
    return problems


@dataclass(slots=True)
class SheetLayout:
    """How a sheet was understood: its role, header row and which column is what."""

    name: str
    role: str | None
    header_row: int | None = None  # 1-based
    columns: dict[str, int] = field(default_factory=dict)  # key -> 0-based index
    headers: list[str] = field(default_factory=list)  # the header row as written
    ignored: list[int] = field(default_factory=list)  # indexes of unrecognised headers
    data_rows: int = 0


@dataclass(slots=True)
class Record:
    sheet: str
    row: int
    values: dict[str, Any]
    identity: tuple | None = None  # how a second import recognises it (activities), once computed


@dataclass
class RecordTable:
    """The records of one role, kept as columns: 100,000 activities need no dict each until one is
    asked for (``table[i]``, iterating); the import reads the columns themselves.

    A column holds ``BLANK`` where the cell was blank (the record has no such key) and None where
    the cell was bad (an error names it)."""

    keys: list[str] = field(default_factory=list)
    columns: list[list] = field(default_factory=list)  # one per key, a value per row
    sheets: list[str] = field(default_factory=list)  # per row
    numbers: list[int] = field(default_factory=list)  # per row, as the spreadsheet numbers it
    identities: list = field(default_factory=list)  # per row: how a second import recognises it

    def __len__(self) -> int:
        return len(self.numbers)

    def __bool__(self) -> bool:
        return bool(self.numbers)

    def record(self, index: int) -> Record:
        values = {key: column[index] for key, column in zip(self.keys, self.columns)
                  if column[index] is not BLANK}
        return Record(self.sheets[index], self.numbers[index], values, self.identities[index])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.record(i) for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.record(index)

    def __iter__(self):
        return map(self.record, range(len(self)))

    def column(self, key: str) -> list | None:
        try:
            return self.columns[self.keys.index(key)]
        except ValueError:
            return None

    def take(self, indexes: list[int]) -> RecordTable:
        """Only these rows, in this order."""
        if len(indexes) == len(self) and indexes == list(range(len(self))):
            return self
        pick = (lambda values: [values[indexes[0]]]) if len(indexes) == 1 else (
            lambda values: list(operator.itemgetter(*indexes)(values))) if indexes else (lambda values: [])
        return RecordTable(list(self.keys), [pick(c) for c in self.columns], pick(self.sheets),
                           pick(self.numbers), pick(self.identities))

    def extend(self, other: RecordTable) -> None:
        """Append another sheet's rows; a key only one of them has is blank in the other."""
        if not other:
            return
        if not self:  # the usual case, one sheet of each: its table is taken as it is
            self.keys, self.columns = other.keys, other.columns
            self.sheets, self.numbers, self.identities = other.sheets, other.numbers, other.identities
            return
        mine, theirs = len(self), len(other)
        for key in other.keys:
            if key not in self.keys:
                self.keys.append(key)
                self.columns.append([BLANK] * mine)
        for key, column in zip(self.keys, self.columns):
            extra = other.column(key)
            column.extend(extra if extra is not None else [BLANK] * theirs)
        self.sheets.extend(other.sheets)
        self.numbers.extend(other.numbers)
        self.identities.extend(other.identities)


@dataclass
class ParsedWorkbook:
    path: Path
    layouts: list[SheetLayout] = field(default_factory=list)
    staff: RecordTable = field(default_factory=RecordTable)
    activities: RecordTable = field(default_factory=RecordTable)
    problems: Problems = field(default_factory=Problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def error_count(self) -> int:
        return self.problems.total(ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]


def column_letter(index: int) -> str:
    """The letters of the 0-based column ``index``."""
    return column_name(index + 1)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _score(row: list, spec: SheetSpec) -> tuple[int, dict[str, int]]:
    index = header_index(spec.key)
    found: dict[str, int] = {}
    for position, cell in enumerate(row):
        if isinstance(cell, str) and cell.strip():
            key = index.get(normalize(cell))
            if key and key not in found:
                found[key] = position
    return len(found), found


def detect_layout(sheet: RawSheet, overrides: dict[int, str] | None = None) -> SheetLayout:
    """The sheet's role and header row: the row among the first 30 matching most column names."""
    by_name = sheet_name_index().get(normalize(sheet.name))
    if by_name == IGNORED:
        return SheetLayout(sheet.name, None)
    best: tuple[int, int, str, dict[str, int]] | None = None
    for row_number, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        for spec in SHEETS:
            score, found = _score(row, spec)
            if score < 2:
                continue
            bonus = 1 if spec.key == by_name else 0
            candidate = (score + bonus, -row_number, spec.key, found)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return SheetLayout(sheet.name, None)
    _, negative_row, role, found = best
    header_row = -negative_row
    headers = [_cell_text(c).strip() for c in sheet.rows[header_row]]
    if overrides:  # the user's own mapping of columns the import did not recognise
        for position, key in overrides.items():
            found = {k: v for k, v in found.items() if v != position}
            if key:
                found[key] = position
    ignored = [i for i, text in enumerate(headers) if text and i not in found.values()]
    return SheetLayout(sheet.name, role, header_row + 1, found, headers, ignored,
                       max(0, len(sheet.rows) - header_row - 1))


def _column_name(layout: SheetLayout, key: str) -> str:
    position = layout.columns.get(key)
    if position is None:
        return key
    header = layout.headers[position] if position < len(layout.headers) else key
    return f"{column_letter(position)}: {header}"


class _Blank:
    """A blank cell: its key is absent from the row's record. The same object after pickling
    (the window's parse comes back from a child process)."""

    __slots__ = ()

    def __reduce__(self):
        return "BLANK"

    def __repr__(self) -> str:
        return "BLANK"


BLANK = _Blank()
_BLANK = BLANK
# what an IIN cell may look like before trimming: digits, spaces, a leading apostrophe, a trailing ".0"
_EDGE = "[\\s\u200b\u200c\u200d\u2060\ufeff]*"
_IIN_SHAPE = re.compile(f"^{_EDGE}'?[0-9 \u00a0]*(?:\\.0)?{_EDGE}$")
_NO_DETAILS: dict = {}
_NONE_AS_EMPTY = {None: ""}
_EMPTY_AS_BLANK = {"": _BLANK}


def _checker(column) -> Callable[[Any], tuple[str, dict] | None] | None:
    """The check of a converted value beyond its type: text limits and characters, number ranges."""
    if column.type == "text":
        return lambda value, key=column.key: text_problem(key, value)
    if column.type in ("number", "int"):
        return lambda value, key=column.key: number_problem(key, value)
    return None


def _convert_column(cells: list, column, memo: dict | None = None) -> tuple[list, dict, dict]:
    """Convert a column cell by cell, but each distinct value only once.

    Staff files repeat the same IINs, kinds, dates and yes/no words thousands
    of times; converting the distinct values and mapping back in C keeps a
    100,000-row import close to the bare parse. Returns the converted column and
    the failures and warnings by raw value.
    """
    convert, check = CONVERTERS[column.type], _checker(column)
    converted: dict = {}
    failures: dict = {}
    warnings: dict = {}
    if check is None and memo is not None:  # the same IINs and dates on both sheets: converted once
        converted, failures, warnings = memo.setdefault(column.type, ({}, {}, {}))
    if convert is to_text and set(map(type, cells)) <= {str, type(None)}:
        # free text, mostly distinct (titles, certificate numbers): when the whole column is
        # printable and within the length limit (one check each, in C), strip and go
        present = list(filter(None, cells))
        limit = TEXT_LIMITS.get(column.key)
        if "".join(present).isprintable() and (limit is None or max(map(len, present), default=0) <= limit):
            if None in cells:
                cells = list(map(_NONE_AS_EMPTY.get, cells, cells))
            stripped = list(map(str.strip, cells))
            return list(map(_EMPTY_AS_BLANK.get, stripped, stripped)), failures, warnings
    pending_raws = set(cells).difference(converted)
    if column.type == "iin" and len(pending_raws) > MAX_PROBLEMS:
        # texts that cannot become 12 digits whatever is trimmed: refused together, matched in C
        hopeless = list(filterfalse(_IIN_SHAPE.match, [raw for raw in pending_raws if type(raw) is str]))
        failures.update(dict.fromkeys(hopeless, (MSG_IIN_DIGITS, _NO_DETAILS)))
        converted.update(dict.fromkeys(hopeless))
        pending_raws.difference_update(hopeless)
    for raw in pending_raws:
        if raw is None or raw == "" or is_blank(raw):
            converted[raw] = _BLANK
            continue
        pending: list[tuple[str, dict]] = []
        try:
            value = convert(raw, lambda t, d, found=pending: found.append((t, d)))
            problem = check(value) if check is not None else None
            if problem is not None:
                raise CellError(problem[0], **problem[1])
            converted[raw] = value
        except CellError as error:  # kept as its words only: a million tracebacks would fill the memory
            failures[raw] = (error.template, error.details or _NO_DETAILS)
            converted[raw] = None  # present but bad: no second "required" message
        if pending:
            warnings[raw] = pending
    return list(map(converted.__getitem__, cells)), failures, warnings


def _parse_rows(sheet: RawSheet, layout: SheetLayout, spec: SheetSpec, problems: Problems,
                memo: dict | None = None) -> RecordTable:
    start = layout.header_row  # 0-based index of the first data row
    body = sheet.rows[start:]
    if not body:
        return RecordTable()
    lengths = set(map(len, body))
    width = max(lengths)
    if len(lengths) > 1:
        body = [list(row) + [None] * (width - len(row)) for row in body]
    transposed = list(zip(*body))  # columns, transposed in C
    keys, columns = [], []
    for column in spec.columns:
        position = layout.columns.get(column.key)
        if position is None or position >= width:
            continue
        cells = transposed[position]
        values, failures, warnings = _convert_column(cells, column, memo)
        if failures and problems.full(ERROR) and not warnings:  # only counted now: counted in C
            problems.count_more(ERROR, sum(map(failures.__contains__, cells)))
        elif failures or warnings:
            name = _column_name(layout, column.key)
            for offset, raw in enumerate(cells):
                if raw in failures:
                    if problems.full(ERROR):
                        if not warnings:  # the rest are only counted, in C
                            problems.count_more(ERROR, sum(map(failures.__contains__, cells[offset:])))
                            break
                        problems.count_more(ERROR, 1)
                    else:
                        template, details = failures[raw]
                        problems.append(Problem(sheet.name, start + offset + 1, name, _cell_text(raw),
                                                template, details))
                for template, details in warnings.get(raw, ()):
                    problems.append(Problem(sheet.name, start + offset + 1, name, _cell_text(raw),
                                            template, details, WARNING))
        keys.append(column.key)
        columns.append(values)
    if problems.total(ERROR) > MAX_PROBLEMS:
        # rejected whatever else it holds, and past the listed problems: no records, no cross-row checks
        # (a million bad rows would otherwise take seconds and hundreds of megabytes more)
        return RecordTable()
    count = len(body)
    numbers = range(start + 1, start + 1 + count)
    # a row with every cell blank is no record (an empty line between the data)
    if any(_BLANK not in values for values in columns):  # a column filled in every row: none empty
        nonempty = [True] * count
    else:
        given = [list(map(operator.is_not, values, repeat(_BLANK))) for values in columns]
        nonempty = list(map(any, zip(*given))) if given else [False] * count
    by_key = dict(zip(keys, columns))
    _check_columns(spec, by_key, numbers, nonempty, layout, sheet.name, problems)
    if spec is ACTIVITIES and all(k in by_key for k in ACTIVITY_IDENTITY):
        # (IIN, kind, title casefolded, start) per row, column by column; None where one is missing
        iins, kinds, titles, starts = (by_key[k] for k in ACTIVITY_IDENTITY)
        folds = {title: title.strip().casefold() for title in set(titles) if type(title) is str}
        folded = map(folds.get, titles)
        if any(None in c or _BLANK in c for c in (iins, kinds, titles, starts)):
            identities = [None if None in key or _BLANK in key else key
                          for key in zip(iins, kinds, folded, starts)]
        else:  # every row has all four: the usual file, zipped in C
            identities = list(zip(iins, kinds, folded, starts))
    elif spec is STAFF and "iin" in by_key:
        identities = [None if iin is None or iin is _BLANK else (iin,) for iin in by_key["iin"]]
    else:
        identities = [None] * count
    table = RecordTable(keys, columns, [sheet.name] * count, list(numbers), identities)
    if not all(nonempty):
        table = table.take(list(compress(range(count), nonempty)))
    return table


ACTIVITY_IDENTITY = ("iin", "type", "title", "starts_on")


OPEN_ENDED = frozenset({Kind.ASSOCIATION_MEMBERSHIP, Kind.EXPERT_BODY})
_LATEST = {_BLANK: date.max, None: date.max}  # a missing date never comes before another
_EARLIEST = {_BLANK: date.min, None: date.min}


def _check_columns(spec: SheetSpec, by_key: dict, numbers, nonempty: list, layout: SheetLayout, sheet: str,
                   problems: Problems) -> None:
    """The checks across a row's cells, column by column (maps and compresses run in C)."""
    count = len(nonempty)
    everywhere = repeat(True, count)

    def blank(key):
        values = by_key.get(key)
        return everywhere if values is None else map(operator.is_, values, repeat(_BLANK))

    def report(key, indexes, template):
        name, values = _column_name(layout, key), by_key.get(key)
        for index in indexes:
            raw = values[index] if values is not None else None
            if raw is _BLANK or raw is None:
                shown = ""
            else:
                shown = day_text(raw) if isinstance(raw, date) else _cell_text(raw)
            problems.append(Problem(sheet, numbers[index], name, shown, template))

    def before(later, earlier):  # rows where the later date is before the earlier one, both given
        if later not in by_key or earlier not in by_key:
            return []
        return compress(range(count), map(operator.lt, map(_LATEST.get, by_key[later], by_key[later]),
                                          map(_EARLIEST.get, by_key[earlier], by_key[earlier])))

    for key in spec.required:
        report(key, [i for i in compress(range(count), blank(key)) if nonempty[i]], MSG_REQUIRED)
    if spec is STAFF:
        report("left_on", before("left_on", "hired_on"), MSG_LEFT_BEFORE_HIRED)
        return
    kinds = by_key["type"]
    report("ends_on", [i for i in compress(range(count), blank("ends_on"))
                       if kinds[i] is not _BLANK and kinds[i] is not None and kinds[i] not in OPEN_ENDED],
           MSG_END_REQUIRED)
    report("ends_on", before("ends_on", "starts_on"), MSG_END_BEFORE_START)
    unmeasured = map(operator.and_, blank("hours"), blank("credits"))
    report("hours", [i for i in compress(range(count), unmeasured) if kinds[i] in PD_KINDS],
           MSG_HOURS_REQUIRED)
    # hours, quartile, author position and the other numbers: in range, checked by column


def _check_duplicates(table: RecordTable, template, layout_of, problems) -> RecordTable:
    """Identical repeats are dropped quietly; repeats that differ are errors."""
    keys = table.identities
    present = [k for k in keys if k is not None]
    if len(set(present)) == len(present):  # no repeats at all: the usual file
        return table
    seen: dict[tuple, int] = {}
    kept = []
    for index, key in enumerate(keys):
        if key is None:
            kept.append(index)
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = index
            kept.append(index)
            continue
        record, earlier = table.record(index), table.record(first)
        if earlier.values != record.values:
            layout = layout_of(record.sheet)
            problems.append(Problem(record.sheet, record.row, _column_name(layout, "iin"),
                                    record.values.get("iin") or "", template, {"first": earlier.row}))
    return table.take(kept)


def parse_workbook(path: Path, overrides: dict[str, dict[int, str]] | None = None, *,
                   isolate: bool = True, scanned: Callable[[], None] | None = None) -> ParsedWorkbook:
    """Read and validate a workbook. ``overrides`` maps sheet -> {column index: key} from the user.

    ``isolate=False`` inside a child process (see ``parse_in_child``); ``scanned``: see
    ``read_sheets``."""
    path = Path(path)
    parsed = ParsedWorkbook(path)
    memo: dict = {}
    for sheet in read_sheets(path, isolate=isolate, scanned=scanned):
        layout = detect_layout(sheet, (overrides or {}).get(sheet.name))
        parsed.layouts.append(layout)
        if layout.role is None:
            continue
        spec = STAFF if layout.role == STAFF.key else ACTIVITIES
        for position in layout.ignored:
            parsed.problems.append(Problem(sheet.name, layout.header_row,
                                           f"{column_letter(position)}: {layout.headers[position]}",
                                           "", MSG_UNKNOWN_COLUMN, severity=WARNING))
        missing = [k for k in spec.required if k not in layout.columns]
        for key in missing:
            label = spec.column(key).title()
            parsed.problems.append(Problem(sheet.name, layout.header_row, label, "",
                                           MSG_COLUMN_MISSING, {"column": label}))
        if missing:
            continue
        records = _parse_rows(sheet, layout, spec, parsed.problems, memo)
        (parsed.staff if spec is STAFF else parsed.activities).extend(records)
    if not any(layout.role for layout in parsed.layouts):
        parsed.problems.append(Problem("", None, "", "", MSG_NO_SHEETS))
    order = {layout.name: n for n, layout in enumerate(parsed.layouts)}
    layouts = {layout.name: layout for layout in parsed.layouts}
    parsed.staff = _check_duplicates(parsed.staff, MSG_DUPLICATE_STAFF, layouts.get, parsed.problems)
    parsed.activities = _check_duplicates(parsed.activities, MSG_DUPLICATE_ACTIVITY, layouts.get,
                                          parsed.problems)
    parsed.problems.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    return parsed


def activity_identity(values: dict) -> tuple | None:
    """IIN, kind, title and start date: how an activity is recognised on a second import."""
    key = (values.get("iin"), values.get("type"), values.get("title"), values.get("starts_on"))
    return None if None in key else (key[0], key[1], key[2].strip().casefold(), key[3])


def _parse_isolated(path: str, overrides) -> ParsedWorkbook:
    return parse_workbook(Path(path), overrides, isolate=False)


def parse_in_child(path: Path, overrides: dict[str, dict[int, str]] | None = None) -> ParsedWorkbook:
    """``parse_workbook`` in a child process: what the window uses, so no file can take it down."""
    from skma_training.exchange.isolation import ChildFailed, run_isolated
    from skma_training.exchange.workbook import REASON_CRASHED, _fail

    try:
        return run_isolated(_parse_isolated, str(path), overrides)
    except ChildFailed as failure:
        raise _fail(Path(path), REASON_CRASHED, detail=str(failure)) from None
