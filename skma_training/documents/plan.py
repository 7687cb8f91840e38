"""The academy's PD plan for a year (СТ 012-2025, E464 5.5): by school and department,
with a subtotal per department, the academy's total and the rector's approval."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, fmt_period, inner_quotes, roman_quarter
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
    outcome: str = ""  # the approved plan's item in the register: done / in_progress / not_done
    certificate_no: str = ""
    certificate_on: date | None = None
    not_submitted: bool = False  # a draft's item whose department has not submitted its request
    item_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanChange:
    """An amendment of the approved plan (E464 5.5)."""

    on: date
    action: str  # added / removed / changed
    description: str  # as recorded: "Name: title" or "Name: field: before → after; ..."
    reason: str
    number: int | None = None  # the item's number in the printed plan
    full_name: str = ""
    title: str = ""


@dataclass(slots=True)
class PlanData:
    year: int
    approved_on: date | None  # None while the plan is a draft
    entries: list[PlanEntry] = field(default_factory=list)
    changes: list[PlanChange] = field(default_factory=list)
    department: str = ""  # the one department printed, when filtered
    proposed: bool = False  # no requests yet: the entries are the staff whose PD falls due
    as_of: date | None = None  # the day the completion marks speak of


def _sum(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _total(entries: list[PlanEntry]) -> tuple[int, float | None, float | None]:
    people = len({(e.department, e.full_name) for e in entries})
    return people, _sum([e.hours for e in entries]), _sum([e.cost for e in entries])


def _mark(entry: PlanEntry, data: PlanData, form, lang: str) -> str:
    """The mark of completion from the register (approved plan), or "request not submitted"."""
    if entry.not_submitted:
        return form.text("not_submitted", lang)
    if entry.outcome == "done":
        certificate = " ".join(p for p in (entry.certificate_no, fmt_date(entry.certificate_on))
                               if p)
        return form.text("mark_done", lang, certificate=certificate).strip()
    if entry.outcome == "in_progress":
        return form.text("mark_in_progress", lang)
    if entry.outcome == "not_done":
        end = entry.ends_on or (date(data.year, entry.quarter * 3, 1) if entry.quarter else None)
        if end is None or (data.as_of and data.as_of > end) or \
                (data.as_of and data.as_of > date(data.year, 12, 31)):
            return form.text("mark_not_done", lang)
    return ""


def _value_text(value: str, form, lang: str) -> str:
    """A recorded value for paper: ISO dates as dd.mm.yyyy, codes (kinds, funding) in words."""
    value = value.strip()
    if value in ("None", ""):
        return form.text("empty_value", lang)
    try:
        return fmt_date(date.fromisoformat(value))
    except ValueError:
        pass
    words = {**form.mapping("values", lang)}
    if value in words:
        return words[value]
    from skma_training.domain.vocabulary import Funding, Kind

    if value in {k.value for k in Kind}:
        return kind_label(value, lang)
    if value in {f.value for f in Funding}:
        return funding_label(value, lang)
    return value


def change_text(change: PlanChange, form, lang: str) -> tuple[str, str]:
    """Which item (its number in the plan, the person, the topic) and how it changed, in the
    document's language: "Сроки: 01.03.2027 → 15.04.2027"."""
    from skma_training.documents.names import short_name

    who = short_name(change.full_name) if change.full_name else ""
    title = f"«{inner_quotes(change.title)}»" if change.title else ""
    item = ", ".join(p for p in (who, title) if p)
    if change.number:
        item = form.text("item_number", lang, number=change.number) + (f" ({item})" if item
                                                                       else "")
    how = change.description
    if change.action == "changed" and ": " in change.description:
        fields = form.mapping("fields", lang)
        parts = []
        for part in change.description.split(": ", 1)[1].split("; "):
            key, _, values = part.partition(": ")
            before, _, after = values.partition(" → ")
            parts.append(f"{fields.get(key, key)}: {_value_text(before, form, lang)} → "
                         f"{_value_text(after, form, lang)}")
        how = "; ".join(parts)
    elif change.action in ("added", "removed"):
        how = form.text(f"how_{change.action}", lang)
    elif not how:
        how = form.text("how_changed_unrecorded", lang)
    return item or change.description, how


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
                    "mark": _mark(entry, data, form, lang),
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
        change_rows = []
        for i, c in enumerate(data.changes, start=1):
            item, how = change_text(c, form, lang)
            change_rows.append(Row({"number": i, "on": c.on,
                                    "action": actions.get(c.action, c.action), "item": item,
                                    "description": how, "reason": c.reason}))
        blocks.append(TableBlock(change_columns, change_rows,
                                 title=form.text("changes_title", lang),
                                 sheet=form.text("changes_sheet", lang)))

    subtitle = [data.department] if data.department else []
    if data.proposed and data.entries:
        blocks.insert(0, TextBlock(form.text("proposed_note", lang, year=data.year,
                                             date=date(data.year, 12, 31)), "note"))
    return TabularDocument(
        form=form, lang=lang, academy=academy, header=make_header(form, academy, lang),
        title_lines=form.lines("title", lang, year=data.year, academy=academy.name(lang)),
        subtitle_lines=subtitle, blocks=blocks, approval=True, approved_on=data.approved_on,
        draft=data.approved_on is None,
        signatures=[(form.text("centre_head", lang), academy.centre_head),
                    (form.text("hr_head", lang), academy.hr_head)],
    )
