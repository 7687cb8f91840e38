"""A department's PD and internships for a period (E464 5.3, 7.13), for its head:
where each employee stands on the 3-year checks, and each activity of the period
with its hours, paperwork and deadlines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, fmt_number, fmt_period
from skma_training.documents.forms import Form, load_form
from skma_training.documents.layout import Row, TableBlock, TabularDocument, TextBlock, columns_from
from skma_training.documents.letterhead import make_header
from skma_training.domain.compliance import EmployeeStatus, check_label
from skma_training.domain.deadlines import Deadline, DeadlineKind, deadline_state_label
from skma_training.domain.model import Activity
from skma_training.domain.standing import Standing, standing_of
from skma_training.domain.vocabulary import Kind, category_label, kind_label

STATUS_FORMATS = {"hours": "number", "next_due": "date"}
ACTIVITY_FORMATS = {"hours": "number"}


@dataclass(slots=True)
class SummaryActivity:
    activity: Activity
    deadlines: list[Deadline] = field(default_factory=list)  # application and report, when tracked
    as_of: date = date.max


@dataclass(slots=True)
class SummaryPerson:
    status: EmployeeStatus
    activities: list[SummaryActivity] = field(default_factory=list)


@dataclass(slots=True)
class DepartmentSummaryData:
    department: str
    period_start: date
    period_end: date
    as_of: date
    people: list[SummaryPerson] = field(default_factory=list)
    unit_kind: str = "department"  # department (кафедра) or admin (отдел): the words for its head
    head: str = ""  # the head's name as signed


# an activity of the period is done (ended and confirmed), unconfirmed (ended, no certificate
# yet) or planned (not ended by the as-of date)
DONE, UNCONFIRMED, PLANNED = "done", "unconfirmed", "planned"


def activity_state(activity: Activity, as_of: date) -> str:
    if activity.ends_on is None or activity.ends_on > as_of:
        return PLANNED
    return DONE if activity.paperwork.confirmed else UNCONFIRMED


def unit_text(form: Form, key: str, kind: str, lang: str, **values) -> str:
    """The phrase for a unit of this kind ("кафедра" / "отдел"), e.g. department_head_admin."""
    specific = f"{key}_{kind}"
    return form.text(specific if form.has(specific) else key, lang, **values)


def _checks_text(status: EmployeeStatus, form: Form, lang: str) -> str:
    lines = []
    for check in status.checks:
        hours = ""
        if check.required:
            counted, required = fmt_number(check.hours or 0), fmt_number(check.required)
            hours = f": {counted}/{required} {form.text('hours_short', lang)}"
        mark = form.text("met" if check.met else "not_met", lang)
        lines.append(f"{check_label(check.rule, lang)}{hours} — {mark}")
    return "\n".join(lines)


def _state_text(status: EmployeeStatus, form: Form, lang: str) -> str:
    """The register's single state of the employee (domain.standing), with its date."""
    standing = standing_of(status)
    due = standing.due_date
    if standing.state == Standing.OVERDUE:
        if due is None:
            return form.text("state_never", lang)
        return form.text("state_overdue", lang, date=fmt_date(due + timedelta(days=1)))
    return form.text(f"state_{standing.state}", lang, date=fmt_date(due))


def _hours_counted(status: EmployeeStatus) -> float:
    """The hours counted towards the hours requirement (the check that requires hours)."""
    with_hours = [c for c in status.checks if c.required]
    return (with_hours[0].hours or 0.0) if with_hours else 0.0


def _deadline_text(deadline: Deadline | None, done_on: date | None, form: Form, lang: str) -> str:
    if deadline is None:
        return fmt_date(done_on, "—")
    state = deadline_state_label(deadline.state, lang)
    if deadline.done_on:
        return f"{state}: {fmt_date(deadline.done_on)}"
    return f"{state} ({form.text('due', lang, date=fmt_date(deadline.due_date))})"


def _paperwork(item: SummaryActivity, form: Form, lang: str) -> dict[str, str]:
    activity, paper = item.activity, item.activity.paperwork
    by_kind = {d.kind: d for d in item.deadlines}
    certificate = form.text("none", lang)
    if paper.confirmed:
        certificate = " ".join(p for p in (paper.certificate_no, fmt_date(paper.certificate_on))
                               if p)
    elif activity.ends_on is None or activity.ends_on > item.as_of:
        certificate = form.text("planned", lang)
    else:
        certificate = form.text("unconfirmed", lang)
    values = {
        "certificate": certificate,
        "application": _deadline_text(by_kind.get(DeadlineKind.APPLICATION), paper.application_on,
                                      form, lang),
        "report": _deadline_text(by_kind.get(DeadlineKind.REPORT), paper.report_on, form, lang),
        "internship": "",
    }
    if activity.kind == Kind.INTERNSHIP:
        review = fmt_date(paper.review_on) or form.text("none", lang)
        protocol = (form.text("protocol", lang, number=paper.meeting_protocol_no,
                              date=fmt_date(paper.meeting_on))
                    if paper.meeting_protocol_no or paper.meeting_on else form.text("none", lang))
        values["internship"] = form.text("internship_papers", lang, review=review,
                                         protocol=protocol)
    return values


def build_department_summary(data: DepartmentSummaryData, academy: Academy,
                             lang: str) -> TabularDocument:
    form = load_form("department-summary")
    status_columns = columns_from(form, "status", lang, STATUS_FORMATS)
    activity_columns = columns_from(form, "activities", lang, ACTIVITY_FORMATS)

    status_rows = []
    for number, person in enumerate(data.people, start=1):
        employee = person.status.employee
        status_rows.append(Row({
            "number": number, "name": employee.full_name,
            "position": form.data_word(employee.position, lang),
            "category": category_label(employee.category, lang),
            "checks": _checks_text(person.status, form, lang),
            "hours": _hours_counted(person.status),
            "next_due": person.status.next_due, "state": _state_text(person.status, form, lang),
        }))

    activity_rows: list[Row] = []
    number = 0
    totals = {state: [0, 0.0] for state in (DONE, UNCONFIRMED, PLANNED)}
    for person in data.people:
        if not person.activities:
            continue
        name = person.status.employee.full_name
        activity_rows.append(Row({activity_columns[0].key: name}, "subgroup"))
        for item in person.activities:
            number += 1
            activity = item.activity
            item.as_of = data.as_of
            tally = totals[activity_state(activity, data.as_of)]
            tally[0] += 1
            tally[1] += activity.hours or 0
            country = form.data_word(activity.country, lang)
            place = ", ".join(p for p in (activity.provider, country) if p)
            activity_rows.append(Row({
                "number": number, "kind": kind_label(activity.kind, lang), "topic": activity.title,
                "provider": place, "dates": fmt_period(activity.starts_on, activity.ends_on),
                "hours": activity.hours, **_paperwork(item, form, lang),
            }))

    def how_many(state: str) -> str:
        count = totals[state][0]
        return f"{count}\u00a0{form.plural('word_activities', lang, count)}"

    def counted(state: str) -> str:
        count = totals[state][0]
        return form.text(f"total_{state}", lang, count=count,
                         activities=form.plural("word_activities", lang, count))

    if number:
        for state in (DONE, UNCONFIRMED, PLANNED):
            activity_rows.append(Row({activity_columns[0].key: counted(state),
                                      "hours": totals[state][1]}, "total"))

    standings = Counter(standing_of(p.status).state for p in data.people)
    staff = len(data.people)
    summary = form.text(
        "summary", lang, staff=staff, people=form.plural("word_people", lang, staff),
        overdue=standings[Standing.OVERDUE], this_year=standings[Standing.DUE_THIS_YEAR],
        next_year=standings[Standing.DUE_NEXT_YEAR], new=standings[Standing.NEW],
        in_order=standings[Standing.IN_ORDER], done=how_many(DONE),
        done_hours=fmt_number(totals[DONE][1]), unconfirmed=how_many(UNCONFIRMED),
        planned=how_many(PLANNED))
    return TabularDocument(
        form=form, lang=lang, academy=academy,
        header=make_header(form, academy, lang, unit=data.department),
        title_lines=form.lines("title", lang),
        subtitle_lines=[data.department,
                        form.text("period", lang, period=(data.period_start, data.period_end)),
                        form.text("as_of", lang, date=data.as_of)],
        blocks=[
            TextBlock(summary),
            TableBlock(status_columns, status_rows, title=form.text("status_title", lang),
                       sheet=form.text("status_sheet", lang),
                       empty_text=form.text("no_staff", lang)),
            TableBlock(activity_columns, activity_rows, title=form.text("activities_title", lang),
                       sheet=form.text("activities_sheet", lang),
                       empty_text=form.text("no_activities", lang)),
        ],
        signatures=[(unit_text(form, "department_head", data.unit_kind, lang), data.head)],
        closing_lines=[unit_text(form, "department_review", data.unit_kind, lang)],
    )
