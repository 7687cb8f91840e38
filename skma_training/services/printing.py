"""Printing the academy's documents: gather what each says from the register, hand it to
skma_training.documents to lay out as PDF (or .xlsx for the tabular ones).

This module decides *what* a document says (which staff, which year, which
activity; names in the document's language; the officials from the
settings); the documents layer decides how it looks. A batch of applications
or reports goes into one PDF, each numbered on its own pages, with progress
and cancellation for the GUI's background task.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP, current_language

if TYPE_CHECKING:  # the imports below load the database layer and reportlab: only when printing
    from skma_training.documents.academy import Academy
    from skma_training.domain.model import Activity, Employee
    from skma_training.persistence.records import Snapshot
    from skma_training.services.context import Context

DOCUMENT_IDS = ("plan", "application", "listener-report", "internship-report",
                "department-summary", "hr-list", "management-report", "cpd-form",
                "implementation-plan")
TABULAR = frozenset({"plan", "hr-list", "department-summary", "management-report"})
DOCUMENT_LANGUAGES = ("kk", "ru")

Progress = Callable[[int, int], None]


class UnknownDocument(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no document called «{name}».")


class WrongSuffix(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{path}: this document is saved as {suffixes}.")


class UnsupportedLanguage(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Official documents are printed in Kazakh (kk) or Russian (ru), not «{lang}»: "
                  "choose --lang kk or --lang ru (or --doc-lang kk|ru)."
    )


class NotHealthcare(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} (IIN {iin}) is not a healthcare worker: the CPD confirmation form "
                  "(ҚР ДСМ-283/2020) is only for healthcare workers."
    )


class DepartmentRequired(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Choose the department whose summary to print.")


class EmployeeRequired(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Choose the employee (IIN) or the activity to print this document for."
    )


class NoActivity(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "No activity with number {id}.")


class NoPdActivity(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} (IIN {iin}) has no PD activity recorded.")


class NoInternship(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} (IIN {iin}) has no internship recorded.")


class NotPd(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Activity {id} is not a PD course or internship: «{title}»."
    )


class NotAnInternship(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Activity {id} is not an internship: «{title}».")


@dataclass
class PrintRequest:
    document: str
    lang: str = "ru"  # "kk" or "ru"
    # plan (default: next year); hr-list, management-report, department-summary (default: as_of's)
    year: int | None = None
    as_of: date | None = None  # default ctx.today()
    iin: str | None = None  # cpd-form; application / reports: that employee's latest fitting PD
    department: str | None = None  # department-summary (required); hr-list, plan (optional filter)
    activity_id: int | None = None  # application, listener-report, internship-report
    activity_ids: list[int] | None = None  # several applications (or reports) in one PDF


def document_title(document_id: str, lang: str | None = None) -> str:
    """The document's name for menus, from its template (English when asked for English)."""
    from skma_training.documents.forms import load_form

    if document_id not in DOCUMENT_IDS:
        raise UnknownDocument(name=document_id)
    menu = load_form(document_id).document.get("menu", {})
    return menu.get(lang or current_language()) or menu.get("en") or document_id


def print_document(ctx: Context, request: PrintRequest, out: Path,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the requested document to ``out`` (.pdf, or .xlsx for a tabular one); returns ``out``.

    Raises a KnownError when the document, employee, department or activity
    does not exist, or the file name's suffix does not fit the document.
    """
    out = Path(out)
    if request.document not in DOCUMENT_IDS:
        raise UnknownDocument(name=request.document)
    if request.lang not in DOCUMENT_LANGUAGES:
        raise UnsupportedLanguage(lang=request.lang)
    suffixes = (".pdf", ".xlsx") if request.document in TABULAR else (".pdf",)
    if out.suffix.lower() not in suffixes:
        raise WrongSuffix(path=str(out), suffixes=" / ".join(suffixes))
    report = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    as_of = request.as_of or ctx.today()
    settings = ctx.settings()
    job = _Job(ctx, request, as_of, settings, _academy(settings), request.lang)
    report(0, 1)
    if request.document in TABULAR:
        document = _TABULAR[request.document](job)
        _check(stop)
        if out.suffix.lower() == ".xlsx":
            from skma_training.documents.tabular_xlsx import render_xlsx

            render_xlsx(document, out)
        else:
            from skma_training.documents.tabular_pdf import render_pdf

            render_pdf(document, out)
        report(1, 1)
        return out
    if request.document == "cpd-form":
        _cpd_form(job, out)
        report(1, 1)
        return out
    return _papers(job, out, report, stop)


def _check(stop: Callable[[], bool]) -> None:
    if stop():
        from skma_training.errors import Cancelled

        raise Cancelled()


def _academy(settings: dict[str, Any]) -> Academy:
    """The academy and its signatories from Settings, each signatory as "И.О. Фамилия"."""
    from skma_training.documents.academy import Academy
    from skma_training.documents.names import short_name

    return Academy(
        name_kk=settings.get("academy_name_kk") or Academy.name_kk,
        name_ru=settings.get("academy_name_ru") or Academy.name_ru,
        rector_title_kk=settings.get("rector_title_kk") or Academy.rector_title_kk,
        rector_title_ru=settings.get("rector_title_ru") or Academy.rector_title_ru,
        rector_name=short_name(settings.get("rector_name") or ""),
        centre_head=short_name(settings.get("centre_head_name") or ""),
        hr_head=short_name(settings.get("hr_head_name") or ""),
        rector_dative_kk=settings.get("rector_dative_kk") or "",
        rector_dative_ru=settings.get("rector_dative_ru") or "",
    )


# --- what every document needs to know -------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    id: int
    name: str
    name_kk: str
    name_ru: str
    faculty_id: int | None
    kind: str = "department"  # department (кафедра), college, admin (отдел)
    head_id: int | None = None


class _Directory:
    """Departments and faculties with their names in both languages (imported ones may have
    only the name they came with)."""

    def __init__(self, ctx: Context):
        from sqlalchemy import select

        from skma_training.persistence.schema import Department, Faculty

        with ctx.database.session() as session:
            self.units = {row.id: _Unit(row.id, row.name, row.name_kk, row.name_ru, row.faculty_id,
                                        row.unit_kind or "department", row.head_employee_id)
                          for row in session.execute(select(Department.id, Department.name,
                                                            Department.name_kk, Department.name_ru,
                                                            Department.faculty_id,
                                                            Department.unit_kind,
                                                            Department.head_employee_id))}
            self.faculties = {row.id: (row.name, row.name_kk, row.name_ru)
                              for row in session.execute(select(Faculty.id, Faculty.name,
                                                                Faculty.name_kk, Faculty.name_ru))}

    def department(self, unit_id: int | None, lang: str, fallback: str = "") -> str:
        unit = self.units.get(unit_id)
        if unit is None:
            return fallback
        return (unit.name_kk if lang == "kk" else unit.name_ru) or unit.name

    def faculty(self, unit_id: int | None, lang: str) -> str:
        unit = self.units.get(unit_id)
        names = self.faculties.get(unit.faculty_id) if unit else None
        if not names:
            return ""
        name, kk, ru = names
        return (kk if lang == "kk" else ru) or name

    def faculty_order(self, unit_id: int | None) -> int:
        unit = self.units.get(unit_id)
        return unit.faculty_id if unit and unit.faculty_id is not None else 1_000_000

    def find(self, name: str) -> int:
        """The department called ``name`` in any of its languages, capitals and spaces aside."""
        from skma_training.exchange.columns import normalize
        from skma_training.services.queries import MSG_NO_DEPARTMENT

        wanted = normalize(name)
        for unit in self.units.values():
            if wanted in {normalize(n) for n in (unit.name, unit.name_kk, unit.name_ru) if n}:
                return unit.id
        raise NotFound(MSG_NO_DEPARTMENT, name=name)


class _Job:
    """One print request with what its gatherers share, loaded once."""

    def __init__(self, ctx: Context, request: PrintRequest, as_of: date, settings: dict,
                 academy: Academy, lang: str):
        self.ctx, self.request, self.as_of = ctx, request, as_of
        self.settings, self.academy, self.lang = settings, academy, lang
        self._snapshot: Snapshot | None = None
        self._directory: _Directory | None = None
        self._heads: dict[int | None, str] = {}

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            self._snapshot = self.ctx.snapshot()
        return self._snapshot

    def use_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._heads = {}

    @property
    def directory(self) -> _Directory:
        if self._directory is None:
            self._directory = _Directory(self.ctx)
        return self._directory

    def department_id(self) -> int | None:
        return self.directory.find(self.request.department) if self.request.department else None

    def department_of(self, employee: Employee) -> str:
        return self.directory.department(employee.department_id, self.lang, employee.department)

    def unit_kind(self, department_id: int | None) -> str:
        unit = self.directory.units.get(department_id)
        return unit.kind if unit else "department"

    def head_of(self, department_id: int | None) -> str:
        """The unit's head as signed ("И.О. Фамилия"): the head recorded for the unit, else its
        one employee marked as a head; "" when neither is known."""
        from skma_training.documents.names import short_name

        if department_id in self._heads:  # a batch of papers asks for the same few units
            return self._heads[department_id]
        unit = self.directory.units.get(department_id)
        if unit is None:
            return ""
        head = self.snapshot.employee_by_id.get(unit.head_id) if unit.head_id else None
        if head is None:
            heads = [e for e in self.snapshot.employees if e.department_id == department_id
                     and e.is_head and e.employed_on(self.as_of)]
            head = heads[0] if len(heads) == 1 else None
        self._heads[department_id] = short_name(head.full_name) if head else ""
        return self._heads[department_id]

    def employee(self, iin: str) -> Employee:
        from skma_training.services.queries import MSG_NO_EMPLOYEE

        found = next((e for e in self.snapshot.employees if e.iin == iin.strip()), None)
        if found is None:
            raise NotFound(MSG_NO_EMPLOYEE, iin=iin)
        return found


# --- the plan -------------------------------------------------------------------------------


def _plan(job: _Job):
    from skma_training.documents.formatting import sort_key
    from skma_training.documents.plan import PlanChange, PlanData, PlanEntry, build_plan
    from skma_training.services.planning import APPROVED, SUBMITTED, plan_state, plan_vs_actual

    year = job.request.year or job.as_of.year + 1
    department_id = job.department_id()
    job.use_snapshot(_pd_snapshot(job.ctx))  # the checks and the plan read the PD only
    state = plan_state(job.ctx, year)
    approved = state.status == APPROVED
    directory, lang = job.directory, job.lang
    rows = [r for r in state.items if r.in_plan
            and (department_id is None or r.department_id == department_id)]
    rows.sort(key=lambda r: (directory.faculty_order(r.department_id),
                             sort_key(directory.department(r.department_id, lang, r.department)),
                             sort_key(r.full_name), r.item_id))
    # the approved plan's mark of completion comes from the register
    outcomes = {o.row.item_id: o for o in plan_vs_actual(job.ctx, year, job.as_of,
                                                         snapshot=_plan_snapshot(job, year))} \
        if approved else {}
    entries = []
    for r in rows:
        outcome = outcomes.get(r.item_id)
        activity = outcome.activity if outcome else None
        entries.append(PlanEntry(
            directory.faculty(r.department_id, lang),
            directory.department(r.department_id, lang, r.department), r.full_name, r.position,
            r.kind, r.title, r.provider, r.country, r.planned_start, r.planned_end, r.quarter,
            r.hours, r.cost, r.funding, r.with_leave,
            outcome=outcome.state if outcome else "",
            certificate_no=activity.paperwork.certificate_no if activity else "",
            certificate_on=activity.paperwork.certificate_on if activity else None,
            not_submitted=not approved and r.request_status != SUBMITTED,
            item_id=r.item_id))
    printed_number = {e.item_id: n for n, e in enumerate(entries, start=1)}
    by_item = {r.item_id: r for r in state.items}
    items = {r.item_id for r in rows}
    changes = []
    for a in state.amendments:
        row = by_item.get(a.item_id)
        if department_id is not None and (row is None or row.department_id != department_id):
            continue
        changes.append(PlanChange(a.amended_on, a.action, a.description, a.reason,
                                  number=printed_number.get(a.item_id),
                                  full_name=row.full_name if row else "",
                                  title=row.title if row else ""))
    del items
    proposed = not state.items  # nothing requested yet: print who must be planned
    if proposed:
        entries = _proposed_entries(job, year, department_id)
    data = PlanData(year, state.approved_on if approved else None, entries, changes,
                    directory.department(department_id, lang) if department_id else "", proposed,
                    as_of=job.as_of)
    return build_plan(data, job.academy, lang)


def _proposed_entries(job: _Job, year: int, department_id: int | None) -> list:
    """The staff whose checks fall due by the end of ``year`` (E464 5.4, 8.1), as plan lines
    whose topic is still open: due date and the hours still missing."""
    from skma_training.documents.formatting import sort_key
    from skma_training.documents.plan import PlanEntry
    from skma_training.services.planning import proposals

    directory, lang = job.directory, job.lang
    keyed = []
    for proposal in proposals(job.ctx, year, job.as_of, department_id, snapshot=job.snapshot):
        employee = job.snapshot.employee_by_id[proposal.employee_id]
        entry = PlanEntry(directory.faculty(employee.department_id, lang),
                          job.department_of(employee), employee.full_name, employee.position,
                          kind="", title="", hours=proposal.hours_missing or None,
                          due_by=proposal.due_date)
        keyed.append(((directory.faculty_order(employee.department_id), sort_key(entry.department),
                       sort_key(entry.full_name)), entry))
    keyed.sort(key=lambda pair: pair[0])
    return [entry for _, entry in keyed]


# --- HR's list, the department's summary, the management report ----------------------------


def _statuses(job: _Job, on: date):
    from skma_training.services.queries import staff_statuses

    return staff_statuses(job.ctx, on, snapshot=job.snapshot)


def _hr_list(job: _Job):
    from skma_training.documents.hr_list import HrListData, HrPerson, build_hr_list

    department_id = job.department_id()
    job.use_snapshot(_pd_snapshot(job.ctx))  # the checks read the PD only
    people = [HrPerson(job.department_of(s.employee), s) for s in _statuses(job, job.as_of)
              if department_id is None or s.employee.department_id == department_id]
    data = HrListData(job.request.year or job.as_of.year, job.as_of, people,
                      job.directory.department(department_id, job.lang) if department_id else "")
    return build_hr_list(data, job.academy, job.lang)


def _overlaps(activity: Activity, start: date, end: date) -> bool:
    first = activity.starts_on or activity.ends_on
    last = activity.ends_on or activity.starts_on
    return first is not None and first <= end and last >= start


def _department_summary(job: _Job):
    from skma_training.documents.department_summary import (
        DepartmentSummaryData,
        SummaryActivity,
        SummaryPerson,
        build_department_summary,
    )
    from skma_training.documents.formatting import sort_key
    from skma_training.domain.deadlines import activity_deadlines, day_counter

    if not job.request.department:
        raise DepartmentRequired()
    department_id = job.department_id()
    year = job.request.year or job.as_of.year
    start, end = date(year, 1, 1), date(year, 12, 31)
    rules = job.ctx.rules_for(job.as_of, job.settings)
    counter = day_counter(rules)
    tracked_from = job.settings.get("history_date")
    people = []
    for status in _statuses(job, job.as_of):
        employee = status.employee
        if employee.department_id != department_id:
            continue
        chosen = sorted((a for a in job.snapshot.activities_by_employee.get(employee.id, [])
                         if a.is_pd and _overlaps(a, start, end)),
                        key=lambda a: (a.starts_on or a.ends_on, a.id or 0))
        items = []
        for activity in chosen:
            deadlines = activity_deadlines(activity, employee, job.as_of, rules, counter)
            items.append(SummaryActivity(activity, [
                d for d in deadlines if tracked_from is None or d.due_date >= tracked_from],
                job.as_of))
        people.append(SummaryPerson(status, items))
    people.sort(key=lambda p: sort_key(p.status.employee.full_name))
    data = DepartmentSummaryData(job.directory.department(department_id, job.lang), start, end,
                                 job.as_of, people, job.unit_kind(department_id),
                                 job.head_of(department_id))
    return build_department_summary(data, job.academy, job.lang)


def _management_report(job: _Job):
    from skma_training.documents.management_figures import (
        PlanProgress,
        is_completed_pd,
        same_period_a_year_before,
    )
    from skma_training.documents.management_report import (
        ManagementData,
        YearData,
        build_management_report,
    )
    from skma_training.services.planning import plan_vs_actual

    year = job.request.year or job.as_of.year
    report_date = min(job.as_of, date(year, 12, 31))

    before = same_period_a_year_before(report_date)
    # the report counts PD only (the checks too): the other kinds are not read at all
    job.use_snapshot(_pd_snapshot(job.ctx))
    # one pass over the register for both periods: completed PD from 1 January of last year
    completed = [a for a in job.snapshot.activities
                 if is_completed_pd(a, date(year - 1, 1, 1), report_date)]

    def year_data(which: int, on: date) -> YearData:
        # the PD of the staff on the report's date, so that every table adds up to the same people
        statuses = _statuses(job, on)
        staff = {s.employee.id for s in statuses}
        first = date(which, 1, 1)
        done = [a for a in completed if a.employee_id in staff and first <= a.ends_on <= on]
        return YearData(which, on, statuses, done)

    outcomes = plan_vs_actual(job.ctx, year, report_date, snapshot=_plan_snapshot(job, year))
    states = [o.state for o in outcomes if o.state != "not_submitted"]  # never part of the plan
    plan = PlanProgress(len(states), states.count("done"), states.count("in_progress"),
                        states.count("not_done"), states.count("dropped")) if states else None
    departments = {unit: job.directory.department(unit, job.lang) for unit in job.directory.units}
    # the previous year over the same period: 01.01-23.11.2025 against 01.01-23.11.2026
    data = ManagementData(year_data(year, report_date), year_data(year - 1, before),
                          departments, plan)
    return build_management_report(data, job.academy, job.lang)


def _pd_snapshot(ctx: Context) -> Snapshot:
    """The register with its PD activities only, every column: the management report's figures
    and the checks read nothing else (a check counts PD only), and the other kinds are more than
    half of a register's rows."""
    from sqlalchemy import select

    from skma_training.gcpause import gc_paused
    from skma_training.persistence.records import (
        Snapshot,
        department_names,
        load_activities,
        load_employees,
        load_requests,
    )
    from skma_training.persistence.schema import Plan
    from skma_training.domain.vocabulary import PD_KINDS

    with ctx.database.engine.connect() as connection, gc_paused(keep=True):
        return Snapshot(employees=load_employees(connection),
                        activities=load_activities(connection, kinds=tuple(sorted(PD_KINDS))),
                        departments=department_names(connection),
                        plans=dict(connection.execute(select(Plan.year, Plan.approved_on)).all()),
                        requests=load_requests(connection))


def _plan_snapshot(job: _Job, year: int) -> Snapshot:
    """The job's snapshot, or the whole register when a plan item is linked to an activity the
    job's snapshot left out (a plan item linked to another kind by hand)."""
    from skma_training.services.planning import plan_state

    ids = {a.id for a in job.snapshot.activities}
    linked = {r.activity_id for r in plan_state(job.ctx, year).items if r.activity_id is not None}
    return job.snapshot if linked <= ids else job.ctx.snapshot()


# --- the CPD form and the one-activity papers ------------------------------------------------


def _cpd_form(job: _Job, out: Path) -> Path:
    from skma_training.documents.cpd_form import CpdFormData, CreditLine, render_cpd_form
    from skma_training.domain.credits import rule_text
    from skma_training.services.queries import employee_credits

    if not job.request.iin:
        raise EmployeeRequired()
    employee = job.employee(job.request.iin)
    if not employee.healthcare:
        raise NotHealthcare(name=employee.full_name, iin=employee.iin)
    found = employee_credits(job.ctx, employee.iin, job.as_of)
    report = found.report
    activities = {a.id: a for a in found.activities}
    lines = []
    for item in report.items:
        activity = activities.get(item.activity_id)
        day = (activity.ends_on or activity.starts_on) if activity else None
        lines.append(CreditLine(day, item.kind, activity.title if activity else "", item.row,
                                item.units, rule_text(_readable(item, job.lang), job.lang)))
    workplace = ", ".join(p for p in (job.academy.name(job.lang), job.department_of(employee)) if p)
    data = CpdFormData(employee.full_name, employee.profile, workplace, employee.position,
                       employee.hired_on, employee.left_on, report.window_start, job.as_of,
                       report.units_by_row(), lines)
    return render_cpd_form(data, job.academy, job.lang, out)


def _readable(item, lang: str):
    """The credit item with its rate written for paper (decimal comma) and its scope in words."""
    from dataclasses import replace

    from skma_training.documents.formatting import fmt_number
    from skma_training.domain.vocabulary import scope_label

    detail = {}
    for key, value in item.detail.items():
        if key == "scope":
            value = scope_label(value, lang).lower()
        elif isinstance(value, float):
            value = fmt_number(value, 2)
        detail[key] = value
    return replace(item, detail=detail)


def _latest(activities: list[Activity], finished_by: date | None) -> Activity | None:
    """The latest activity by start, or, when ``finished_by`` is given, the latest one that
    ended by then (the latest of all when none has)."""
    def by_start(a: Activity):
        return (a.starts_on or a.ends_on or date.min, a.id or 0)

    if finished_by is not None:
        ended = [a for a in activities if a.ends_on is not None and a.ends_on <= finished_by]
        if ended:
            return max(ended, key=lambda a: (a.ends_on, a.id or 0))
    return max(activities, key=by_start, default=None)


def _chosen_activities(job: _Job) -> list[Activity]:
    from skma_training.domain.vocabulary import Kind

    request, document = job.request, job.request.document
    internship_only = document == "internship-report"
    ids = list(request.activity_ids or [])
    if not ids and request.activity_id is not None:
        ids = [request.activity_id]
    if ids:
        by_id = {a.id: a for a in job.snapshot.activities}
        chosen = []
        for activity_id in ids:
            activity = by_id.get(activity_id)
            if activity is None:
                raise NoActivity(id=activity_id)
            if internship_only and activity.kind != Kind.INTERNSHIP:
                raise NotAnInternship(id=activity_id, title=activity.title)
            if not activity.is_pd:
                raise NotPd(id=activity_id, title=activity.title)
            chosen.append(activity)
        return chosen
    if not request.iin:
        raise EmployeeRequired()
    employee = job.employee(request.iin)
    candidates = [a for a in job.snapshot.activities_by_employee.get(employee.id, [])
                  if a.is_pd and (not internship_only or a.kind == Kind.INTERNSHIP)]
    latest = _latest(candidates, None if document == "application" else job.as_of)
    if latest is None:
        error = NoInternship if internship_only else NoPdActivity
        raise error(name=employee.full_name, iin=employee.iin)
    return [latest]


def _papers(job: _Job, out: Path, report: Progress, stop: Callable[[], bool]) -> Path:
    from skma_training.documents.application import application_story
    from skma_training.documents.implementation_plan import implementation_plan_story
    from skma_training.documents.internship_report import internship_report_story
    from skma_training.documents.listener_report import listener_report_story
    from skma_training.documents.papers import PaperSubject, render_papers
    from skma_training.domain.deadlines import application_due, day_counter, report_due

    stories = {"application": application_story, "listener-report": listener_report_story,
               "internship-report": internship_report_story,
               "implementation-plan": implementation_plan_story}
    # the papers need their own activities and the staff, not the whole register
    job.use_snapshot(_papers_snapshot(job.ctx, job.request))
    activities = _chosen_activities(job)
    rules = job.ctx.rules_for(job.as_of, job.settings)
    counter = day_counter(rules)
    subjects = []
    for activity in activities:
        employee = job.snapshot.employee_by_id[activity.employee_id]
        subjects.append(PaperSubject(
            employee.full_name, employee.position, job.department_of(employee), activity,
            application_due(activity, rules, counter), report_due(activity, rules, counter),
            rules.deadlines.application_days_before, rules.deadlines.report_days_after,
            job.unit_kind(employee.department_id), job.head_of(employee.department_id)))
    total = len(subjects)

    def before_each(index: int, count: int) -> None:
        _check(stop)
        report(index, count)

    document = job.request.document
    render_papers(document, stories[document], subjects, job.academy, job.lang, out, before_each)
    report(total, total)
    return out


def _papers_snapshot(ctx: Context, request: PrintRequest) -> Snapshot:
    """The staff and only the activities the papers are about: those asked for by number, or
    every activity of the employee asked for by IIN (the latest fitting one is chosen)."""
    from sqlalchemy import select

    from skma_training.domain.model import Activity, Paperwork
    from skma_training.gcpause import gc_paused
    from skma_training.persistence.records import (
        ACTIVITY_FIELDS,
        PAPERWORK_FIELDS,
        Snapshot,
        load_activities,
        load_employees,
    )
    from skma_training.persistence.schema import ActivityRow

    ids = list(request.activity_ids or [])
    if not ids and request.activity_id is not None:
        ids = [request.activity_id]
    with ctx.database.engine.connect() as connection, gc_paused(keep=True):
        employees = load_employees(connection)
        if not ids:
            iin = (request.iin or "").strip()
            employee = next((e for e in employees if e.iin == iin), None)
            activities = load_activities(connection, employee_id=employee.id) if employee else []
            return Snapshot(employees=employees, activities=activities)
        columns = [ActivityRow.id, ActivityRow.employee_id,
                   *(getattr(ActivityRow, n) for n in (*ACTIVITY_FIELDS, *PAPERWORK_FIELDS))]
        main = len(ACTIVITY_FIELDS) + 2
        found = {}
        wanted = sorted({i for i in ids if isinstance(i, int)})
        for start in range(0, len(wanted), 500):  # within every database's limit of parameters
            query = select(*columns).where(ActivityRow.id.in_(wanted[start:start + 500]))
            for row in connection.execute(query):
                found[row[0]] = Activity(*row[:main], Paperwork(*row[main:]))
    return Snapshot(employees=employees, activities=[found[i] for i in dict.fromkeys(ids)
                                                     if i in found])


_TABULAR: dict[str, Callable[[_Job], Any]] = {
    "plan": _plan,
    "hr-list": _hr_list,
    "department-summary": _department_summary,
    "management-report": _management_report,
}
