"""Importing a staff workbook: all or nothing, and the same file twice changes nothing.

Staff are matched by IIN, an activity by IIN, kind, title and start date.
A blank cell never erases what the register already knows: HR lists often
leave out columns another file filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, update

from skma_training.domain.vocabulary import default_scope
from skma_training.errors import Cancelled
from skma_training.exchange.columns import normalize
from skma_training.exchange.reading import (
    ERROR,
    ParsedWorkbook,
    Problem,
    activity_identity,
    column_letter,
    parse_workbook,
)
from skma_training.gcpause import gc_paused
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.bulk import as_rows, bulk_insert
from skma_training.persistence.records import (
    ACTIVITY_COLUMN_DEFAULTS,
    ACTIVITY_FIELDS,
    EMPLOYEE_COLUMN_DEFAULTS,
    PAPERWORK_FIELDS,
)
from skma_training.persistence.schema import ActivityRow, Department, EmployeeRow, Faculty
from skma_training.services import audit
from skma_training.services.context import Context

MSG_CATEGORY_FOR_NEW = QT_TRANSLATE_NOOP("Import", "a category is required for a new employee")
MSG_UNKNOWN_IIN = QT_TRANSLATE_NOOP(
    "Import", "no employee with this IIN in the file's staff sheet or in the register"
)

EMPLOYEE_KEYS = ("full_name", "position", "category", "is_head", "healthcare", "profile",
                 "hired_on", "left_on", "email", "phone")
ACTIVITY_KEYS = tuple(k for k in ACTIVITY_FIELDS if k != "kind") + PAPERWORK_FIELDS
_IDENTITY_ONLY = frozenset({"iin", "type"})  # how a row finds its activity, not data to compare


def _insert_columns(records) -> tuple[tuple[str, ...], tuple]:
    """The columns a new activity row needs: those the file has (the rest take the database's
    defaults), and the value of each for a cell left blank."""
    present = set().union(*(record.values.keys() for record in records)) if records else set()
    columns = ("employee_id", "kind", "scope",
               *(k for k in ACTIVITY_KEYS if k in present and k != "scope"))
    return columns, tuple(ACTIVITY_COLUMN_DEFAULTS.get(k) for k in columns)

EMPLOYEE_INSERT = ("iin", "department_id", "category", *EMPLOYEE_KEYS[:2], *EMPLOYEE_KEYS[3:])


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
    problems: list[Problem] = field(default_factory=list)
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
    def accepted(self) -> bool:
        return not self.errors


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
) -> ImportReport:
    """Validate a workbook and, if it has no errors (and this is no dry run), apply it whole."""
    with gc_paused():
        return _import(ctx, Path(path), dry_run, overrides, progress, cancelled)


def _import(
    ctx: Context,
    path: Path,
    dry_run: bool,
    overrides: dict[str, dict[int, str]] | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    report_progress = progress or (lambda done, total: None)
    report_progress(0, 100)
    parsed = parse_workbook(path, overrides)
    report = ImportReport(path, parsed, list(parsed.problems), dry_run=dry_run)
    report_progress(40, 100)
    if not dry_run and report.accepted:
        from skma_training.services.backup import before_import

        before_import(ctx)  # a verified copy first: an import can be undone by a restore

    with ctx.transaction() as session:  # takes the write lock first (BEGIN IMMEDIATE)
        # what the register already has
        employees = {
            row.iin: row._asdict()
            for row in session.execute(select(EmployeeRow.id, EmployeeRow.iin, EmployeeRow.department_id,
                                              *(getattr(EmployeeRow, k) for k in EMPLOYEE_KEYS)))
        }
        departments = {}
        for dep_id, *names in session.execute(
            select(Department.id, Department.name, Department.name_kk, Department.name_ru)
        ):
            for name in names:
                if name:
                    departments.setdefault(normalize(name), dep_id)
        faculties = {normalize(name): fid for fid, name in session.execute(select(Faculty.id, Faculty.name))}

        # checks that need the register
        file_iins = {r.values.get("iin") for r in parsed.staff}
        for record in parsed.staff:
            iin = record.values.get("iin")
            if iin and iin not in employees and "category" not in record.values:
                report.problems.append(Problem(record.sheet, record.row,
                                               _column(parsed, record.sheet, "category"),
                                               "", MSG_CATEGORY_FOR_NEW))
        for record in parsed.activities:
            iin = record.values.get("iin")
            if iin and iin not in employees and iin not in file_iins:
                report.problems.append(Problem(record.sheet, record.row,
                                               _column(parsed, record.sheet, "iin"),
                                               iin, MSG_UNKNOWN_IIN))
        if report.errors:
            return report

        counts = report.counts
        # departments and faculties named in the file
        new_departments: dict[str, tuple[str, str]] = {}
        for record in parsed.staff:
            name = (record.values.get("department") or "").strip()
            if name and normalize(name) not in departments:
                new_departments.setdefault(normalize(name), (name, record.values.get("faculty") or ""))
        counts.departments_added = len(new_departments)
        if not dry_run:
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
        for record in parsed.staff:
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
                staff_updates.append((existing["id"], changed))
            else:
                counts.staff_unchanged += 1
        counts.staff_added, counts.staff_updated = len(new_staff), len(staff_updates)
        _check_cancel(cancelled)
        report_progress(55, 100)
        if not dry_run:
            if new_staff:
                bulk_insert(session.connection(), EmployeeRow.__table__, EMPLOYEE_INSERT,
                            as_rows(new_staff, EMPLOYEE_INSERT))
            for employee_id, changed in staff_updates:
                session.execute(update(EmployeeRow).where(EmployeeRow.id == employee_id).values(**changed))
            employee_ids = dict(session.execute(select(EmployeeRow.iin, EmployeeRow.id)).all())
        else:
            employee_ids = {iin: e["id"] for iin, e in employees.items()}

        # activities
        involved = {employee_ids.get(r.values.get("iin")) for r in parsed.activities} - {None}
        existing_activities = {}
        if involved:
            names = ("id", "employee_id", "kind", *ACTIVITY_KEYS)
            query = select(*(getattr(ActivityRow, n) for n in names))
            for row in session.connection().execute(query):
                if row[1] in involved:
                    data = dict(zip(names, row))
                    key = (row[1], row[2], data["title"].strip().casefold(), data["starts_on"])
                    existing_activities[key] = data
        new_activities, activity_updates = [], []
        insert_columns, insert_defaults = _insert_columns(parsed.activities)
        scopes: dict[str, str] = {}
        total = len(parsed.activities) or 1
        for number, record in enumerate(parsed.activities):
            if number % 5000 == 0:
                _check_cancel(cancelled)
                report_progress(55 + int(35 * number / total), 100)
            values = record.values
            employee_id = employee_ids.get(values["iin"])
            existing = None
            if employee_id is not None and existing_activities:
                identity = activity_identity(values)
                existing = existing_activities.get((employee_id,) + identity[1:])
            if existing is None:
                incoming = dict(values)
                incoming["employee_id"] = employee_id
                incoming["kind"] = incoming.pop("type")
                if "scope" not in incoming:
                    country = incoming.get("country") or ""
                    if country not in scopes:
                        scopes[country] = str(default_scope(country))
                    incoming["scope"] = scopes[country]
                new_activities.append(tuple(map(incoming.get, insert_columns, insert_defaults)))
                continue
            changed = {k: v for k, v in values.items()
                       if k not in _IDENTITY_ONLY and existing.get(k, v) != v}
            if changed:
                activity_updates.append((existing["id"], changed))
            else:
                counts.activities_unchanged += 1
        counts.activities_added, counts.activities_updated = len(new_activities), len(activity_updates)
        _check_cancel(cancelled)
        if dry_run:
            report_progress(100, 100)
            return report
        if new_activities:
            bulk_insert(session.connection(), ActivityRow.__table__, insert_columns, new_activities)
        for activity_id, changed in activity_updates:
            session.execute(update(ActivityRow).where(ActivityRow.id == activity_id).values(**changed))
        if new_staff or staff_updates or new_activities or activity_updates or new_departments:
            audit.record(session, ctx.actor, "import", "workbook", None,
                         f"{path.name}: {counts.__dict__}")
        _check_cancel(cancelled)
    report.applied = True
    report_progress(100, 100)
    return report


def _check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
