"""The academy's PD plan for a year (СТ 012-2025, E464 5.5): by school and department,
with a subtotal per department, the academy's total and the rector's approval."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, fmt_period, roman_quarter
from skma_training.documents.forms import load_form
from skma_training.documents.layout import Row, TableBlock, TabularDocument, TextBlock, columns_from
from skma_training.documents.letterhead import make_header
from skma_training.domain.vocabulary import funding_label, kind_label

FORMATS = {"hours": "number", "cost": "money"}


@dataclass(frozen=True, slots=True)
class PlanEntry:
    faculty: str
    department: str
    full_name: str
    position: str
    kind: str
    title: str
    provider: str = ""
    country: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    quarter: int | None = None
    hours: float | None = None
    cost: float | None = None
    funding: str = ""
    with_leave: bool = False
    due_by: date | None = None  # a proposal: PD must be done by this day (the topic is still open)


@dataclass(frozen=True, slots=True)
class PlanChange:
    """An amendment of the approved plan (E464 5.5)."""

    on: date
    action: str  # added / removed / changed
    description: str
    reason: str


@dataclass(slots=True)
class PlanData:
    year: int
    approved_on: date | None  # None while the plan is a draft
    entries: list[PlanEntry] = field(default_factory=list)
    changes: list[PlanChange] = field(default_factory=list)
    department: str = ""  # the one department printed, when filtered
    proposed: bool = False  # no requests yet: the entries are the staff whose PD falls due


def _sum(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _total(entries: list[PlanEntry]) -> tuple[int, float | None, float | None]:
    people = len({(e.department, e.full_name) for e in entries})
    return people, _sum([e.hours for e in entries]), _sum([e.cost for e in entries])


def build_plan(data: PlanData, academy: Academy, lang: str) -> TabularDocument:
    form = load_form("plan")
    columns = columns_from(form, "plan", lang, FORMATS)

    def when(entry: PlanEntry) -> str:
        if entry.due_by:
            return form.text("due_by", lang, date=fmt_date(entry.due_by))
        if entry.starts_on or entry.ends_on:
            return fmt_period(entry.starts_on, entry.ends_on)
        if entry.quarter:
            return form.text("quarter", lang, quarter=roman_quarter(entry.quarter))
        return ""

    rows: list[Row] = []
    number = 0
    for faculty, in_faculty in groupby(data.entries, key=lambda e: e.faculty):
        in_faculty = list(in_faculty)
        if faculty:
            rows.append(Row({columns[0].key: faculty}, "group"))
        for department, in_department in groupby(in_faculty, key=lambda e: e.department):
            entries = list(in_department)
            rows.append(Row({columns[0].key: department}, "subgroup"))
            for entry in entries:
                number += 1
                country = form.data_word(entry.country, lang)
                place = ", ".join(p for p in (entry.provider, country) if p)
                rows.append(Row({
                    "number": number, "name": entry.full_name,
                    "position": form.data_word(entry.position, lang), "topic": entry.title,
                    "kind": kind_label(entry.kind, lang), "provider": place, "dates": when(entry),
                    "hours": entry.hours, "cost": entry.cost,
                    "funding": funding_label(entry.funding, lang),
                    "leave": "" if data.proposed else
                    form.text("with_leave" if entry.with_leave else "without_leave", lang),
                }))
            people, hours, cost = _total(entries)
            rows.append(Row({columns[0].key: form.text("subtotal", lang, people=people),
                             "hours": hours, "cost": cost}, "subtotal"))
    if data.entries:
        people, hours, cost = _total(data.entries)
        key = "total_department" if data.department else "total"
        rows.append(Row({columns[0].key: form.text(key, lang, people=people), "hours": hours,
                         "cost": cost}, "total"))

    blocks = [TableBlock(columns, rows, empty_text=form.text("empty", lang, year=data.year))]
    if data.changes:
        change_columns = columns_from(form, "changes", lang, {"on": "date"})
        actions = form.mapping("actions", lang)
        blocks.append(TableBlock(change_columns, [
            Row({"number": i, "on": c.on, "action": actions.get(c.action, c.action),
                 "description": c.description, "reason": c.reason})
            for i, c in enumerate(data.changes, start=1)
        ], title=form.text("changes_title", lang), sheet=form.text("changes_sheet", lang)))

    subtitle = [data.department] if data.department else []
    if data.proposed and data.entries:
        blocks.insert(0, TextBlock(form.text("proposed_note", lang, year=data.year,
                                             date=fmt_date(date(data.year, 12, 31))), "note"))
    return TabularDocument(
        form=form, lang=lang, academy=academy, header=make_header(form, academy, lang),
        title_lines=form.lines("title", lang, year=data.year, academy=academy.name(lang)),
        subtitle_lines=subtitle, blocks=blocks, approval=True, approved_on=data.approved_on,
        draft=data.approved_on is None,
        signatures=[(form.text("centre_head", lang), academy.centre_head),
                    (form.text("hr_head", lang), academy.hr_head)],
    )
