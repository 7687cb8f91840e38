"""HR's list (E464 8.1, 5.2): who is overdue, who must complete PD this year and next.

One row per check that is overdue or falls due, under its department, with
the rule, the hours counted and required and the due date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, sort_key
from skma_training.documents.forms import load_form
from skma_training.documents.layout import Row, TableBlock, TabularDocument, TextBlock, columns_from
from skma_training.documents.letterhead import make_header
from skma_training.domain.compliance import CHECK_SOURCES, CheckResult, EmployeeStatus, check_label
from skma_training.domain.vocabulary import category_label

FORMATS = {"counted": "number", "required": "number", "due": "date"}
SECTIONS = ("overdue", "this_year", "next_year")


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
    check: CheckResult


def listed_lines(data: HrListData) -> list[_Line]:
    """The listed checks by section and department; a person's checks stay together, the
    person whose first check is most urgent comes first."""
    lines = []
    for person in data.people:
        for check in person.status.checks:
            section = section_of(check, data.as_of, data.year)
            if section is not None:
                lines.append(_Line(section, person.department, person, check))
    earliest: dict[tuple[str, int], date] = {}
    for line in lines:
        key = (line.section, id(line.person))
        due = line.check.due_date or date.min
        earliest[key] = min(earliest.get(key, due), due)
    lines.sort(key=lambda x: (SECTIONS.index(x.section), sort_key(x.department),
                              earliest[(x.section, id(x.person))],
                              sort_key(x.person.status.employee.full_name), id(x.person),
                              x.check.due_date or date.min))
    return lines


def build_hr_list(data: HrListData, academy: Academy, lang: str) -> TabularDocument:
    form = load_form("hr-list")
    columns = columns_from(form, "list", lang, FORMATS)
    lines = listed_lines(data)

    def state(check: CheckResult) -> str:
        if check.due_date is None:
            return form.text("never", lang)
        if check.due_date < data.as_of:
            since = check.due_date + timedelta(days=1)
            return form.text("overdue_since", lang, date=fmt_date(since))
        return ""

    counts = {}
    blocks = []
    for section in SECTIONS:
        in_section = [x for x in lines if x.section == section]
        counts[section] = len({x.person.status.employee.iin for x in in_section})
        rows: list[Row] = []
        number = 0
        for department, in_department in groupby(in_section, key=lambda x: x.department):
            heading = department or form.text("no_department", lang)
            rows.append(Row({columns[0].key: heading}, "group"))
            previous = None
            for line in in_department:
                employee, check = line.person.status.employee, line.check
                first = line.person is not previous  # people are numbered, not their checks
                previous = line.person
                number += first
                rows.append(Row({
                    "number": number if first else None, "name": employee.full_name,
                    "position": form.data_word(employee.position, lang),
                    "category": category_label(employee.category, lang),
                    "rule": f"{check_label(check.rule, lang)} ({CHECK_SOURCES.get(check.rule)})",
                    "counted": check.hours or 0.0, "required": check.required,
                    "due": check.due_date,
                    "state": state(check),
                }))
        year = data.year if section == "this_year" else data.year + 1
        blocks.append(TableBlock(columns, rows, title=form.text(section, lang, year=year),
                                 empty_text=form.text("nobody", lang)))
    summary = form.text("summary", lang, overdue=counts["overdue"], this_count=counts["this_year"],
                        next_count=counts["next_year"], year=data.year, next=data.year + 1,
                        staff=len(data.people))
    subtitle = [form.text("as_of", lang, date=fmt_date(data.as_of))]
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
