"""Loading plain domain records fast (Core selects, no ORM objects) and mapping them back.

Reading 100,000 activities through ORM instances costs seconds; tuples from a
Core select cost a fraction of that, and the rules only need plain data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from itertools import repeat

from sqlalchemy import Boolean, Connection, Date, func, select

from skma_training.domain.model import Activity, Employee, Paperwork, StatusPeriod
from skma_training.gcpause import gc_paused
from skma_training.i18n import current_language
from skma_training.persistence.schema import (
    ActivityRow,
    Department,
    EmployeeRow,
    EmployeeStatus,
    Faculty,
    Plan,
    PlanRequest,
)

EMPLOYEE_FIELDS = (
    "iin", "full_name", "position", "category", "is_head", "healthcare", "profile",
    "hired_on", "left_on", "email", "phone", "is_teaching_head",
)
# In the dataclass's own order: rows are turned into records positionally, for speed.
ACTIVITY_FIELDS = tuple(f.name for f in fields(Activity))[2:-1]  # after id, employee_id; before paperwork
PAPERWORK_FIELDS = tuple(f.name for f in fields(Paperwork))
_ACTIVITY_DEFAULTS = {f.name: f.default for f in fields(Activity)}
_PAPERWORK_DEFAULTS = {f.name: f.default for f in fields(Paperwork)}


def _declared_defaults(cls) -> dict:
    """Field -> default of a record class; fields without one (dates, names) default to None here."""
    return {f.name: (None if f.default is MISSING else f.default) for f in fields(cls)
            if f.default_factory is MISSING}


# What a new row holds in each column the source leaves blank: the records' own defaults.
EMPLOYEE_COLUMN_DEFAULTS = {k: v for k, v in _declared_defaults(Employee).items() if k in EMPLOYEE_FIELDS}
ACTIVITY_COLUMN_DEFAULTS = {**{k: v for k, v in _declared_defaults(Activity).items() if k in ACTIVITY_FIELDS},
                            **_declared_defaults(Paperwork), "notes": ""}


@dataclass
class Snapshot:
    """Everything the rules and the lists need, in memory."""

    employees: list[Employee] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    departments: dict[int, str] = field(default_factory=dict)
    plans: dict[int, date | None] = field(default_factory=dict)  # year -> approved_on
    # (plan year, department id) -> the day its request was submitted (None: not yet)
    requests: dict[tuple[int, int], date | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.employee_by_id = {e.id: e for e in self.employees}
        grouped: dict[int | None, list[Activity]] = defaultdict(list)
        for activity in self.activities:
            grouped[activity.employee_id].append(activity)
        self.activities_by_employee = dict(grouped)


def _localized_name_column() -> str | None:
    """The column holding a department's or faculty's name in the user's language, if any."""
    lang = current_language()
    return f"name_{lang}" if lang in ("kk", "ru") else None


def department_names(connection: Connection) -> dict[int, str]:
    """Department id -> its name in the user's language (the recorded name otherwise)."""
    localized = _localized_name_column()
    rows = connection.execute(select(Department.id, Department.name,
                                     getattr(Department, localized) if localized else Department.name))
    return {dep_id: (local or name) for dep_id, name, local in rows}


def load_employees(connection: Connection, ids: Collection[int] | None = None) -> list[Employee]:
    """Everyone, or only the employees ``ids`` (a save reloads just the people it touched)."""
    columns = [getattr(EmployeeRow, name) for name in EMPLOYEE_FIELDS]
    localized = _localized_name_column()
    dep_name = func.coalesce(func.nullif(getattr(Department, localized), ""), Department.name) \
        if localized else Department.name
    fac_name = func.coalesce(func.nullif(getattr(Faculty, localized), ""), Faculty.name) \
        if localized else Faculty.name
    query = (
        select(EmployeeRow.id, EmployeeRow.department_id, dep_name, fac_name, *columns)
        .outerjoin(Department, EmployeeRow.department_id == Department.id)
        .outerjoin(Faculty, Department.faculty_id == Faculty.id)
        .order_by(EmployeeRow.full_name, EmployeeRow.id)
    )
    if ids is not None:
        query = query.where(EmployeeRow.id.in_(list(ids)))
    periods = load_status_periods(connection, ids)
    found = []
    for row in connection.execute(query):
        values = dict(zip(EMPLOYEE_FIELDS, row[4:]))
        found.append(
            Employee(id=row[0], department_id=row[1], department=row[2] or "", faculty=row[3] or "",
                     periods=periods.get(row[0], ()), **values)
        )
    return found


def load_status_periods(connection: Connection,
                        ids: Collection[int] | None = None) -> dict[int, tuple[StatusPeriod, ...]]:
    """Employee id -> their status periods by date (most employees have none)."""
    grouped: dict[int, list[StatusPeriod]] = defaultdict(list)
    query = select(EmployeeStatus.employee_id, EmployeeStatus.since, EmployeeStatus.category,
                   EmployeeStatus.is_head, EmployeeStatus.is_teaching_head, EmployeeStatus.healthcare
                   ).order_by(EmployeeStatus.employee_id, EmployeeStatus.since)
    if ids is not None:
        query = query.where(EmployeeStatus.employee_id.in_(list(ids)))
    for employee_id, since, category, is_head, teaching, healthcare in connection.execute(query):
        grouped[employee_id].append(StatusPeriod(since, category or "", bool(is_head), bool(teaching),
                                                 bool(healthcare)))
    return {k: tuple(v) for k, v in grouped.items()}


def load_requests(connection: Connection) -> dict[tuple[int, int], date | None]:
    """(year, department) -> the day its request was submitted; drafts count as not submitted."""
    rows = connection.execute(select(PlanRequest.year, PlanRequest.department_id, PlanRequest.status,
                                     PlanRequest.submitted_on))
    return {(year, dep): (submitted if status == "submitted" else None)
            for year, dep, status, submitted in rows}


# What the rules read: enough for every check, deadline and count on the first screen.
RULE_ACTIVITY_FIELDS = ("kind", "starts_on", "ends_on", "hours", "credits", "in_profile", "management")
RULE_PAPERWORK_FIELDS = ("application_on", "order_on", "certificate_no", "certificate_on",
                         "certificate_copy_on", "report_on", "review_on", "meeting_on",
                         "implementation_plan_on")
# What the lists add; read in a second step (fill_display_fields) after the numbers are on screen.
DISPLAY_ACTIVITY_FIELDS = ("title", "provider", "country", "scope")
DISPLAY_PAPERWORK_FIELDS = ("cost", "funding")
_DATE_COLUMNS = frozenset(name for name, column in ActivityRow.__table__.c.items()
                          if isinstance(column.type, Date))
_BOOL_COLUMNS = frozenset(name for name, column in ActivityRow.__table__.c.items()
                          if isinstance(column.type, Boolean))


def _columns(connection: Connection, names: tuple[str, ...], employee_id: int | None,
             kinds: tuple[str, ...] | None) -> list:
    """The named activity columns as Python lists, dates as dates and flags as bools.

    SQLite gives dates as text: they are parsed once per distinct value (a
    register has a few thousand distinct dates among 100,000 activities).
    Other databases go through SQLAlchemy's own typed select.
    """
    if connection.dialect.name != "sqlite":
        query = select(*(getattr(ActivityRow, n) for n in names)).order_by(ActivityRow.id)
        if employee_id is not None:
            query = query.where(ActivityRow.employee_id == employee_id)
        if kinds:
            query = query.where(ActivityRow.kind.in_(kinds))
        rows = connection.execute(query).all()
        return list(zip(*rows)) if rows else [() for _ in names]
    conditions, params = [], []
    if employee_id is not None:
        conditions.append("employee_id = ?")
        params.append(employee_id)
    if kinds:
        conditions.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"SELECT {', '.join(names)} FROM activity{where} ORDER BY id"
    rows = _raw_rows(connection, sql, tuple(params))
    columns = list(zip(*rows)) if rows else [() for _ in names]
    for index, name in enumerate(names):
        if name in _DATE_COLUMNS:
            parsed = {text: date.fromisoformat(text[:10]) for text in set(columns[index]) if text}
            parsed[None] = None
            columns[index] = list(map(parsed.__getitem__, columns[index]))
        elif name in _BOOL_COLUMNS:
            columns[index] = list(map(bool, columns[index]))
    return columns


def _raw_rows(connection: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain tuples from the driver, in the connection's transaction: 100,000 of SQLAlchemy's
    Row objects cost more than the query."""
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def raw_activity_rows(connection: Connection, names: tuple[str, ...]) -> list[tuple]:
    """SQLite only: the named activity columns as SQLite stores them (dates as ISO text, flags as
    0 and 1), a tuple per row in id order."""
    return _raw_rows(connection, f"SELECT {', '.join(names)} FROM activity ORDER BY id")


def typed_activity_values(names, values) -> dict:
    """One row of ``raw_activity_rows`` as Python values (dates and flags), by column name."""
    typed = {}
    for name, value in zip(names, values):
        if name in _DATE_COLUMNS and value is not None:
            value = date.fromisoformat(value[:10])
        elif name in _BOOL_COLUMNS:
            value = bool(value)
        typed[name] = value
    return typed


def activity_columns(connection: Connection, names: tuple[str, ...]) -> list:
    """Every activity's values of the named columns, one list per column, in id order."""
    return _columns(connection, names, None, None)


def load_activities(connection: Connection, employee_id: int | None = None, light: bool = False,
                    kinds: tuple[str, ...] | None = None,
                    fields: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> list[Activity]:
    """Activities as domain records, in id order. ``light`` reads only what the rules use;
    ``fields``: only these (activity, paperwork) columns, the rest left at their defaults."""
    main = RULE_ACTIVITY_FIELDS if light else ACTIVITY_FIELDS
    papers = RULE_PAPERWORK_FIELDS if light else PAPERWORK_FIELDS
    if fields is not None:
        main, papers = fields
    names = ("id", "employee_id", *main, *papers)
    columns = dict(zip(names, _columns(connection, names, employee_id, kinds)))
    count = len(columns["id"])
    if not count:
        return []
    paperwork = list(map(Paperwork, *(
        columns[n] if n in columns else repeat(_PAPERWORK_DEFAULTS[n], count) for n in PAPERWORK_FIELDS)))
    return list(map(Activity, columns["id"], columns["employee_id"], *(
        columns[n] if n in columns else repeat(_ACTIVITY_DEFAULTS[n], count) for n in ACTIVITY_FIELDS
    ), paperwork))


def fill_display_fields(connection: Connection, activities: list[Activity]) -> None:
    """Add the titles, providers and the like to activities read ``light``."""
    names = ("id", *DISPLAY_ACTIVITY_FIELDS, *DISPLAY_PAPERWORK_FIELDS)
    with gc_paused(keep=True):
        columns = _columns(connection, names, None, None)
        values = dict(zip(columns[0], zip(*columns[1:])))
        for activity in activities:
            row = values.get(activity.id)
            if row is None:
                continue
            activity.title, activity.provider, activity.country, activity.scope = row[:4]
            activity.paperwork.cost, activity.paperwork.funding = row[4:]


def load_snapshot(connection: Connection, light: bool = False) -> Snapshot:
    """Everyone and every activity (``light``: only the activity columns the rules use)."""
    with gc_paused(keep=True):
        return _load_snapshot(connection, light)


def _load_snapshot(connection: Connection, light: bool) -> Snapshot:
    departments = department_names(connection)
    plans = dict(connection.execute(select(Plan.year, Plan.approved_on)).all())
    return Snapshot(
        employees=load_employees(connection),
        activities=load_activities(connection, light=light),
        departments=departments,
        plans=plans,
        requests=load_requests(connection),
    )


# What the 3-year checks read (domain/compliance.py): PD activities only, these columns only.
CHECK_ACTIVITY_FIELDS = ("kind", "ends_on", "hours", "credits", "in_profile", "management")
CHECK_PAPERWORK_FIELDS = ("certificate_no", "certificate_on")


def load_check_snapshot(connection: Connection) -> Snapshot:
    """Everyone, and of the activities only the PD ones with what the checks read: nothing else
    counts towards a check (``compliance.counts_on``), and a register of 100,000 activities loads
    in a fraction of the time."""
    return load_pd_snapshot(connection, (CHECK_ACTIVITY_FIELDS, CHECK_PAPERWORK_FIELDS))


def load_deadline_snapshot(connection: Connection) -> Snapshot:
    """Everyone, the plans and requests, and the PD activities with what the deadlines read: only
    PD has paperwork deadlines (``deadlines.activity_deadlines``)."""
    return load_pd_snapshot(connection, (RULE_ACTIVITY_FIELDS, RULE_PAPERWORK_FIELDS))


def load_pd_snapshot(connection: Connection, fields: tuple[tuple[str, ...], tuple[str, ...]]) -> Snapshot:
    from skma_training.domain.vocabulary import PD_KINDS

    with gc_paused(keep=True):
        kinds = tuple(sorted(str(kind) for kind in PD_KINDS))
        return Snapshot(
            employees=load_employees(connection),
            activities=load_activities(connection, kinds=kinds, fields=fields),
            departments=department_names(connection),
            plans=dict(connection.execute(select(Plan.year, Plan.approved_on)).all()),
            requests=load_requests(connection),
        )


def activity_values(activity: Activity) -> dict:
    """Column values of an activity row (without id), for inserts and updates."""
    values = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    values.update({name: getattr(activity.paperwork, name) for name in PAPERWORK_FIELDS})
    values["employee_id"] = activity.employee_id
    return values


def employee_values(employee: Employee) -> dict:
    values = {name: getattr(employee, name) for name in EMPLOYEE_FIELDS}
    values["department_id"] = employee.department_id
    return values
