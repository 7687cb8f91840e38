"""HR's list (E464 8.1, 5.2): who is overdue, who must complete PD this year and next.

Each person once, in the section of their single standing (domain.standing:
overdue, due this year, due next year), under their department, with every
check that is overdue or falls due in one row: so the counts at the top are
the counts of `check` on the same date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, fmt_number, sort_key
from skma_training.documents.forms import load_form
from skma_training.documents.layout import Row, TableBlock, TabularDocument, TextBlock, columns_from
from skma_training.documents.letterhead import make_header
from skma_training.domain.compliance import CHECK_SOURCES, CheckResult, EmployeeStatus, check_label
from skma_training.domain.standing import Standing, standing_of
from skma_training.domain.vocabulary import category_label

FORMATS = {"counted": "number", "required": "number", "due": "date"}
SECTIONS = ("overdue", "this_year", "next_year")
SECTION_OF_STANDING = {Standing.OVERDUE: "overdue", Standing.DUE_THIS_YEAR: "this_year",
                       Standing.DUE_NEXT_YEAR: "next_year"}


@dataclass(frozen=True, slots=True)
class HrPerson:
    department: str  # in the document's language
    status: EmployeeStatus


@dataclass(slots=True)
class HrListData:
    year: int
    as_of: date
    people: list[HrPerson] = field(default_factory=list)
    department: str = ""  # the one department printed, when filtered


def section_of(check: CheckResult, as_of: date, year: int) -> str | None:
    """Where a check belongs on the list: overdue, due in ``year``, due the year after, or
    not listed (None)."""
    if check.due_date is None or check.due_date < as_of:
        return "overdue"
    if check.due_date.year == year:
        return "this_year"
    if check.due_date.year == year + 1:
        return "next_year"
    return None


@dataclass(frozen=True, slots=True)
class _Line:
    section: str
    department: str
    person: HrPerson
    checks: tuple[CheckResult, ...]  # the person's checks overdue or falling due, by due date
    due: date | None  # the standing's date: the earliest due date


def listed_lines(data: HrListData) -> list[_Line]:
    """One line per listed person, by section, department, the most urgent first."""
    lines = []
    for person in data.people:
        standing = standing_of(person.status)
        section = SECTION_OF_STANDING.get(standing.state)
        if section is None:
            continue
        year = person.status.as_of.year
        checks = tuple(sorted((c for c in person.status.checks
                               if section_of(c, person.status.as_of, year) is not None),
                              key=lambda c: c.due_date or date.min))
        lines.append(_Line(section, person.department, person, checks, standing.due_date))
    lines.sort(key=lambda x: (SECTIONS.index(x.section), sort_key(x.department),
                              x.due or date.min, sort_key(x.person.status.employee.full_name),
                              x.person.status.employee.iin))
    return lines


def _one_or_lines(values: list, text) -> object:
    """A single value as itself (a number stays a number in the workbook); several as lines."""
    if len(values) == 1:
        return values[0]
    return "\n".join(text(v) for v in values)


def build_hr_list(data: HrListData, academy: Academy, lang: str) -> TabularDocument:
    form = load_form("hr-list")
    columns = columns_from(form, "list", lang, FORMATS)
    lines = listed_lines(data)

    def state(check: CheckResult, several: bool) -> str:
        if check.due_date is None:
            return form.text("never", lang)
        if check.due_date < data.as_of:
            since = check.due_date + timedelta(days=1)
            return form.text("overdue_since", lang, date=fmt_date(since))
        return form.text("due_on", lang, date=fmt_date(check.due_date)) if several else ""

    counts = {}
    blocks = []
    for section in SECTIONS:
        in_section = [x for x in lines if x.section == section]
        counts[section] = len(in_section)
        rows: list[Row] = []
        number = 0
        for department, in_department in groupby(in_section, key=lambda x: x.department):
            heading = department or form.text("no_department", lang)
            rows.append(Row({columns[0].key: heading}, "group"))
            for line in in_department:
                employee, checks = line.person.status.employee, line.checks
                number += 1
                notes = [state(c, len(checks) > 1) for c in checks]
                rows.append(Row({
                    "number": number, "name": employee.full_name,
                    "position": form.data_word(employee.position, lang),
                    "category": category_label(employee.category, lang),
                    "rule": "\n".join(f"{check_label(c.rule, lang)} ({CHECK_SOURCES.get(c.rule)})"
                                      for c in checks),
                    "counted": _one_or_lines([c.hours or 0.0 for c in checks], fmt_number),
                    "required": _one_or_lines([c.required for c in checks],
                                              lambda v: fmt_number(v) if v else "—"),
                    "due": line.due,  # the earliest: the person's date; each check's in its note
                    # the lines of a row stand beside the line of their check
                    "state": "\n".join(notes),
                }, aligned=len(checks) > 1))
        year = data.year if section == "this_year" else data.year + 1
        blocks.append(TableBlock(columns, rows, title=form.text(section, lang, year=year),
                                 empty_text=form.text("nobody", lang)))
    summary = form.text("summary", lang, overdue=counts["overdue"], this_count=counts["this_year"],
                        next_count=counts["next_year"], year=data.year, next=data.year + 1,
                        staff=len(data.people))
    subtitle = [form.text("as_of", lang, date=data.as_of)]
    if data.department:
        subtitle.insert(0, data.department)
    return TabularDocument(
        form=form, lang=lang, academy=academy,
        header=make_header(form, academy, lang),
        title_lines=form.lines("title", lang, year=data.year, next=data.year + 1),
        subtitle_lines=subtitle,
        blocks=[TextBlock(summary), *blocks],
        signatures=[(form.text("hr_head", lang), academy.hr_head)],
    )
