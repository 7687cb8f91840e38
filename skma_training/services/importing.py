"""Importing a staff workbook: all or nothing, and the same file twice changes nothing.

Staff are matched by IIN, an activity by IIN, kind, title and start date.
A blank cell never erases what the register already knows: HR lists often
leave out columns another file filled in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, repeat
from operator import eq, itemgetter, not_
from pathlib import Path

from sqlalchemy import insert, select

from skma_training.domain.vocabulary import default_scope
from skma_training.errors import Cancelled, KnownError
from skma_training.exchange.columns import normalize
from skma_training.exchange.reading import (
    BLANK,
    ERROR,
    WARNING,
    ParsedWorkbook,
    Problem,
    Problems,
    column_letter,
    parse_in_child,
    parse_workbook,
)
from skma_training.gcpause import gc_paused
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.bulk import as_rows, bulk_insert, guarded_updates
from skma_training.persistence.records import (
    ACTIVITY_COLUMN_DEFAULTS,
    ACTIVITY_FIELDS,
    EMPLOYEE_COLUMN_DEFAULTS,
    PAPERWORK_FIELDS,
    activity_columns,
    raw_activity_rows,
    typed_activity_values,
)
from skma_training.persistence.schema import ActivityRow, Department, EmployeeRow, Faculty
from skma_training.services import audit, versions
from skma_training.services.context import Context
from skma_training.services.history import ensure_history_date
from skma_training.services.status_import import imported_periods, insert_periods, record_imported_periods

MSG_CATEGORY_FOR_NEW = QT_TRANSLATE_NOOP("Import", "a category is required for a new employee")
MSG_UNKNOWN_IIN = QT_TRANSLATE_NOOP(
    "Import", "no employee with this IIN in the file's staff sheet or in the register"
)

EMPLOYEE_KEYS = ("full_name", "position", "category", "is_head", "healthcare", "profile",
                 "hired_on", "left_on", "email", "phone")
ACTIVITY_KEYS = tuple(k for k in ACTIVITY_FIELDS if k != "kind") + PAPERWORK_FIELDS
_IDENTITY_ONLY = frozenset({"iin", "type"})  # how a row finds its activity, not data to compare


def _insert_columns(records, parsed: ParsedWorkbook | None = None) -> tuple[tuple[str, ...], tuple]:
    """The columns a new activity row needs: those the file has (the rest take the database's
    defaults), and the value of each for a cell left blank."""
    if parsed is not None:  # the columns of the activity sheets (a column left all blank included)
        present = set().union(*(layout.columns for layout in parsed.layouts if layout.role == "activities"))
    else:
        present = set().union(*(record.values.keys() for record in records)) if records else set()
    columns = ("employee_id", "kind", "scope",
               *(k for k in ACTIVITY_KEYS if k in present and k != "scope"))
    return columns, tuple(ACTIVITY_COLUMN_DEFAULTS.get(k) for k in columns)

EMPLOYEE_INSERT = ("iin", "department_id", "category", *EMPLOYEE_KEYS[:2], *EMPLOYEE_KEYS[3:])
# what an import may compare of an activity: every column a file may fill (see _insert_columns)
COMPARABLE = ("scope", *(k for k in ACTIVITY_KEYS if k != "scope"))
# a register row for "not in the register": its values equal no file's (the marker is in no file)
_ABSENT_MARK = object()
_ABSENT_ROW = (_ABSENT_MARK,) * (2 + len(COMPARABLE))


@dataclass
class ImportCounts:
    departments_added: int = 0
    staff_added: int = 0
    staff_updated: int = 0
    staff_unchanged: int = 0
    activities_added: int = 0
    activities_updated: int = 0
    activities_unchanged: int = 0


@dataclass
class ImportReport:
    path: Path
    parsed: ParsedWorkbook
    problems: Problems = field(default_factory=Problems)
    counts: ImportCounts = field(default_factory=ImportCounts)
    applied: bool = False
    dry_run: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != ERROR]

    @property
    def error_count(self) -> int:
        """Every error, also those past the listed thousand."""
        return self.problems.total(ERROR)

    @property
    def warning_count(self) -> int:
        return self.problems.total(WARNING)

    @property
    def accepted(self) -> bool:
        return self.error_count == 0

    @property
    def changed_nothing(self) -> bool:
        c = self.counts
        return not (c.departments_added or c.staff_added or c.staff_updated or c.activities_added
                    or c.activities_updated)


Progress = Callable[[int, int], None]


def _changes(existing: dict, incoming: dict, keys) -> dict:
    """Fields the file gives that differ from the register's (blank cells are not in ``incoming``)."""
    return {k: incoming[k] for k in keys if k in incoming and existing.get(k) != incoming[k]}


def _column(parsed: ParsedWorkbook, sheet: str, key: str) -> str:
    for layout in parsed.layouts:
        if layout.name == sheet and key in layout.columns:
            position = layout.columns[key]
            return f"{column_letter(position)}: {layout.headers[position]}"
    return key


def import_workbook(
    ctx: Context,
    path: Path,
    *,
    dry_run: bool = False,
    overrides: dict[str, dict[int, str]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    isolated: bool = False,
) -> ImportReport:
    """Validate a workbook and, if it has no errors (and this is no dry run), apply it whole.

    ``isolated``: parse in a child process (the window), so no file can end this process.
    """
    with gc_paused():
        return _import(ctx, Path(path), dry_run, overrides, progress, cancelled, isolated)


def _import(
    ctx: Context,
    path: Path,
    dry_run: bool,
    overrides: dict[str, dict[int, str]] | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    isolated: bool = False,
) -> ImportReport:
    report_progress = progress or (lambda done, total: None)
    report_progress(0, 100)
    parse = parse_in_child if isolated else parse_workbook
    # the write lock first (BEGIN IMMEDIATE): a second import waits for this one
    with ctx.transaction() as session, ThreadPoolExecutor(2) as pool, _BackupAhead(pool) as backup:
        # calamine releases the GIL while it reads the file, so the register is read meanwhile,
        # inside the transaction the import then writes in; not during the used-range scan before
        # it, whose regexes hold the GIL (both would take twice as long)
        scanned = threading.Event()

        def parse_then_tell():
            try:
                return parse(path, overrides) if isolated else parse(path, overrides, scanned=scanned.set)
            finally:
                scanned.set()

        parsing = pool.submit(parse_then_tell)
        try:
            scanned.wait()
            register = _Register.load(session)
            # every column a file can change of every activity, read while the file is parsed (the
            # comparison then picks the file's own columns): a second off the critical path
            stored_activities = register.activity_rows(session.connection(), COMPARABLE)
        finally:
            parsed = parsing.result()
        if not dry_run:
            backup.start(ctx)
        report = ImportReport(path, parsed, parsed.problems.copy(), dry_run=dry_run)
        report_progress(40, 100)
        employees, departments, faculties = register.employees, register.departments, register.faculties

        # checks that need the register
        staff = list(parsed.staff)  # a few thousand rows: records, built once
        file_iins = {r.values.get("iin") for r in staff}
        for record in staff:
            iin = record.values.get("iin")
            if iin and iin not in employees and "category" not in record.values:
                report.problems.append(Problem(record.sheet, record.row,
                                               _column(parsed, record.sheet, "category"),
                                               "", MSG_CATEGORY_FOR_NEW))
        table = parsed.activities
        iins = table.column("iin") or []
        unknown = {i for i in set(iins) if type(i) is str and i not in employees and i not in file_iins}
        if unknown:  # named row by row; the usual file has none, found in C
            for index in compress(range(len(iins)), map(unknown.__contains__, iins)):
                sheet = table.sheets[index]
                report.problems.append(Problem(sheet, table.numbers[index], _column(parsed, sheet, "iin"),
                                               iins[index], MSG_UNKNOWN_IIN))
        if not report.accepted:
            return report

        counts = report.counts
        # departments and faculties named in the file
        new_departments: dict[str, tuple[str, str]] = {}
        for record in staff:
            name = (record.values.get("department") or "").strip()
            if name and normalize(name) not in departments:
                new_departments.setdefault(normalize(name), (name, record.values.get("faculty") or ""))
        counts.departments_added = len(new_departments)
        if not dry_run and new_departments:
            backup.taken()
            for key, (name, faculty_name) in new_departments.items():
                faculty_id = None
                if faculty_name.strip():
                    faculty_id = faculties.get(normalize(faculty_name))
                    if faculty_id is None:
                        faculty_id = session.execute(
                            insert(Faculty).values(name=faculty_name.strip())
                        ).inserted_primary_key[0]
                        faculties[normalize(faculty_name)] = faculty_id
                departments[key] = session.execute(
                    insert(Department).values(name=name, faculty_id=faculty_id)
                ).inserted_primary_key[0]

        # staff
        new_staff, staff_updates = [], []
        for record in staff:
            values = dict(record.values)
            dep_name = values.pop("department", None)
            values.pop("faculty", None)
            incoming = {k: values[k] for k in EMPLOYEE_KEYS if k in values}
            if dep_name:
                incoming["department_id"] = departments.get(normalize(dep_name))
            existing = employees.get(values["iin"])
            if existing is None:
                row = {**EMPLOYEE_COLUMN_DEFAULTS, "department_id": None, **incoming, "iin": values["iin"]}
                new_staff.append(row)
                continue
            changed = _changes(existing, incoming, (*EMPLOYEE_KEYS, "department_id"))
            if changed:
                staff_updates.append((existing["id"], existing["version"], changed))
            else:
                counts.staff_unchanged += 1
        counts.staff_added, counts.staff_updated = len(new_staff), len(staff_updates)
        _check_cancel(cancelled)
        report_progress(55, 100)
        periods = None  # the status periods the staff sheet adds, once known
        if not dry_run and (new_departments or new_staff or staff_updates):
            backup.taken()
            if new_staff:
                bulk_insert(session.connection(), EmployeeRow.__table__, EMPLOYEE_INSERT,
                            as_rows(new_staff, EMPLOYEE_INSERT))
            _guarded(session, EmployeeRow, staff_updates)
            employee_ids = dict(session.execute(select(EmployeeRow.iin, EmployeeRow.id)).all())
            record_imported_periods(session.connection(),
                                    ((r.values.get("iin"), r.values) for r in staff))
            periods = []
        else:  # nothing written yet: the register's own ids
            employee_ids = {iin: e["id"] for iin, e in employees.items()}

        # activities, column by column: no dict per row unless the register holds the row with
        # other values
        insert_columns, insert_defaults = _insert_columns(None, parsed)
        # what the file says of an activity and what the register holds, as tuples in one order
        compared = [k for k in insert_columns if k not in ("employee_id", "kind")]
        stored = session.connection().dialect.name == "sqlite"  # compared as SQLite stores them
        existing_of = stored_activities
        # (id, version, *COMPARABLE) -> the file's columns, in the order of ``compared``
        pick = itemgetter(*(2 + COMPARABLE.index(k) for k in compared)) if len(compared) > 1 else \
            (lambda row, at=2 + COMPARABLE.index(compared[0]): (row[at],))
        count = len(table)
        filled = {key: _filled(table.column(key), ACTIVITY_COLUMN_DEFAULTS.get(key), count)
                  for key in {*compared, "type"}}
        owners = list(map(employee_ids.get, iins))
        new_rows, activity_updates = [], []
        if existing_of and count:
            # (employee, kind, title casefolded, start): the identity with the register's employee id
            _, kinds, folds, starts = zip(*table.identities)
            keys = zip(owners, kinds, folds, _as_stored(list(starts)) if stored else starts)
            incoming = list(zip(*(_as_stored(filled[k]) if stored and k.endswith("_on") else filled[k]
                                  for k in compared)))
            # every row looked up and compared in C; only the new and the differing ones in Python
            found = list(map(existing_of.get, keys, repeat(_ABSENT_ROW)))
            same = list(map(eq, incoming, map(pick, found)))
            counts.activities_unchanged += same.count(True)
            _check_cancel(cancelled)
            for index in compress(range(count), map(not_, same)):
                existing = found[index]
                if existing is _ABSENT_ROW:
                    new_rows.append(index)
                    continue
                known = typed_activity_values(compared, pick(existing)) if stored else \
                    dict(zip(compared, pick(existing)))
                changed = _activity_changes(table.record(index).values, known)
                if changed:
                    activity_updates.append((existing[0], existing[1], changed))
                else:
                    counts.activities_unchanged += 1
        else:  # an empty register: every row is new
            new_rows = range(count)
        counts.activities_added, counts.activities_updated = len(new_rows), len(activity_updates)
        _check_cancel(cancelled)
        report_progress(90, 100)
        if dry_run:
            report_progress(100, 100)
            return report
        new_activities = _new_activity_rows(table, new_rows, owners, filled, insert_columns, insert_defaults,
                                            dates_as_text=session.connection().dialect.name == "sqlite")
        if periods is None:
            periods = imported_periods(session.connection(), ((r.values.get("iin"), r.values) for r in staff))
        if not (new_activities or activity_updates or periods or new_staff or staff_updates or new_departments):
            report.applied = True  # the file changes nothing, and the backup is dropped: nothing to undo
            report_progress(100, 100)
            return report
        backup.taken()
        insert_periods(session.connection(), periods)
        if new_activities:
            bulk_insert(session.connection(), ActivityRow.__table__, insert_columns, new_activities)
        _guarded(session, ActivityRow, activity_updates)
        if new_staff or staff_updates or new_activities or activity_updates or new_departments:
            ensure_history_date(session, ctx.today())
            audit.record(session, ctx.actor, "import", "workbook", None,
                         f"{path.name}: {counts.__dict__}")
        _check_cancel(cancelled)
    report.applied = True
    report_progress(100, 100)
    return report


class _BackupAhead:
    """The automatic backup before an import: a verified copy of the register as it is now (the
    write lock holds it so), which a restore can bring back. Started as soon as the file is parsed
    (beside the parse it would slow it) and copied while the import compares; waited for before the
    first write, and its failure (a full disk) refuses the import. An import that turns out to
    change nothing drops it: no copy of an unchanged register."""

    def __init__(self, pool: ThreadPoolExecutor):
        self._pool = pool
        self._future = None
        self._dropped = threading.Event()

    def start(self, ctx: Context) -> None:
        from skma_training.services.backup import before_import

        self._future = self._pool.submit(before_import, ctx, self._dropped.is_set)

    def taken(self) -> None:
        if self._future is not None:
            self._future.result()

    def __enter__(self) -> _BackupAhead:
        return self

    def __exit__(self, *_exc) -> None:
        self._dropped.set()  # a copy not waited for is not wanted: stopped at its next step


def _filled(column: list | None, default, count: int) -> list:
    """A column with its blank cells (``BLANK``) as the register's default: equal to the register's
    values only when nothing would change (else the exact comparison decides)."""
    if column is None:
        return [default] * count
    return list(map({BLANK: default}.get, column, column))


def _as_stored(days: list) -> list:
    """Dates as SQLite stores them (ISO text), each distinct one formatted once."""
    texts = {day: day.isoformat() for day in set(days) if isinstance(day, date)}
    return list(map(texts.get, days, days))


def _activity_changes(values: dict, existing: dict) -> dict:
    """Fields the file gives that differ from the register's (blank cells are not in ``values``)."""
    return {k: v for k, v in values.items() if k not in _IDENTITY_ONLY and existing.get(k, v) != v}


def _new_activity_rows(table, indexes, owners: list, filled: dict, columns, defaults,
                       dates_as_text: bool) -> list[tuple]:
    """The new rows, as tuples in the order of ``columns``, built column by column (in C)."""
    if not indexes:
        return []
    every = len(indexes) == len(table)
    pick = (lambda values: values) if every else _picker(list(indexes))
    countries = pick(filled["country"]) if "country" in filled else [""] * len(indexes)
    scopes = pick(table.column("scope") or [BLANK] * len(table))
    if BLANK in scopes:  # a blank scope follows from the country, once per country
        by_country = {country: str(default_scope(country or "")) for country in set(countries)}
        scopes = [by_country[c] if s is BLANK else s for s, c in zip(scopes, countries)]
    built = [pick(owners), pick(filled["type"]), scopes]
    for name, default in zip(columns[3:], defaults[3:]):
        values = pick(filled[name]) if name in filled else [default] * len(indexes)
        if dates_as_text and name.endswith("_on"):
            # as SQLite stores them: each distinct date formatted once, not the driver's adapter per cell
            values = _as_stored(values)
        built.append(values)
    return list(zip(*built))


def _picker(indexes: list[int]):
    if len(indexes) == 1:  # itemgetter of one index gives the value, not a tuple
        return lambda values: [values[indexes[0]]]
    get = itemgetter(*indexes)
    return lambda values: list(get(values))


class ChangedDuringImport(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was imported: while the import ran, {who} changed {what} at {when} (UTC), and "
        "{count} of the records the file updates were changed meanwhile. Run the import again: it "
        "compares the file with the register as it is now.")


def _guarded(session, row_class, updates: list[tuple[int, int, dict]]) -> None:
    """Each UPDATE only if the row still has the version the import read (on PostgreSQL another
    user may change it meanwhile); if any has moved on, the whole import is refused (rolled back)."""
    if not updates:
        return
    if _before_updates is not None:
        _before_updates(session, row_class, updates)
    failed = guarded_updates(session.connection(), row_class.__table__, updates)
    if not failed:
        return
    first = failed[0]
    name = session.execute(select(row_class.full_name if row_class is EmployeeRow else row_class.title)
                           .where(row_class.id == first)).scalar_one_or_none()
    who, when = versions.last_change(session, row_class.__tablename__, first)
    raise ChangedDuringImport(what=f"«{name}»" if name else f"#{first}", who=who or "?", when=when or "?",
                              count=len(failed))


# a test's hook: called just before the guarded updates (another user's change goes here)
_before_updates = None


@dataclass
class _Register:
    """What the register already holds, as the import compares it."""

    employees: dict  # IIN -> the employee's columns (and id, version)
    departments: dict
    faculties: dict
    has_activities: bool

    @classmethod
    def load(cls, session) -> _Register:
        employees = {
            row.iin: row._asdict()
            for row in session.execute(select(EmployeeRow.id, EmployeeRow.version, EmployeeRow.iin,
                                              EmployeeRow.department_id,
                                              *(getattr(EmployeeRow, k) for k in EMPLOYEE_KEYS))).all()
        }
        departments = {}
        for dep_id, *names in session.execute(
            select(Department.id, Department.name, Department.name_kk, Department.name_ru)
        ).all():
            for name in names:
                if name:
                    departments.setdefault(normalize(name), dep_id)
        faculties = {normalize(name): fid for fid, name in session.execute(select(Faculty.id, Faculty.name))}
        has_activities = session.execute(select(ActivityRow.id).limit(1)).first() is not None
        return cls(employees, departments, faculties, has_activities)

    def activity_rows(self, connection, compared: list[str]) -> dict:
        """(employee, kind, title casefolded, start) -> (id, version, *the ``compared`` columns):
        only what the file can change. On SQLite the values as it stores them (the file's dates
        are compared as ISO text, see ``_as_stored``), straight from the driver."""
        if not self.has_activities:
            return {}
        names = ("id", "version", "employee_id", "kind", *compared)
        if connection.dialect.name == "sqlite":
            rows = raw_activity_rows(connection, names)
            title, start = names.index("title"), names.index("starts_on")
            folds = {row[title]: row[title].strip().casefold() for row in rows}
            return {(row[2], row[3], folds[row[title]], row[start]): row[:2] + row[4:] for row in rows}
        columns = activity_columns(connection, names)
        titles, starts = columns[names.index("title")], columns[names.index("starts_on")]
        folds = {title: title.strip().casefold() for title in set(titles)}
        keys = zip(columns[2], columns[3], map(folds.__getitem__, titles), starts)
        return dict(zip(keys, zip(columns[0], columns[1], *columns[4:])))


def _check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
