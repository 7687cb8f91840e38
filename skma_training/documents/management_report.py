"""The report to the academy's management (E464 3.14, Ү 464-001-2025): PD by staff category,
department and kind, hours, costs by funding source, compliance rates, internships at
home and abroad, the year's plan, the year before for comparison, and charts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from skma_training.documents.academy import Academy
from skma_training.documents.formatting import DASH, fmt_date, sort_key
from skma_training.documents.forms import Form, fill, load_form
from skma_training.documents.layout import (
    Chart,
    ChartBlock,
    Row,
    TableBlock,
    TabularDocument,
    TextBlock,
    columns_from,
)
from skma_training.documents.management_figures import (
    PlanProgress,
    Tally,
    by_funding,
    by_kind,
    cost_by_payer,
    hours_by_month,
    internships_by_place,
    overall,
    tally_by,
)
from skma_training.documents.letterhead import make_header
from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.model import Activity
from skma_training.domain.vocabulary import (
    CATEGORY_LABELS,
    category_label,
    funding_label,
    kind_label,
)

TALLY_FORMATS = {"staff": "number", "trained": "number", "trained_share": "percent",
                 "activities": "number", "hours": "number", "hours_per_person": "decimal",
                 "compliance": "percent", "overdue": "number"}
COUNT_FORMATS = {"activities": "number", "people": "number", "hours": "number", "abroad": "number"}
CATEGORY_ORDER = list(CATEGORY_LABELS)


@dataclass(slots=True)
class YearData:
    """One period (1 January to ``as_of``): the staff checked on its last day and the PD
    completed (ended and confirmed) in it."""

    year: int
    as_of: date
    statuses: list[EmployeeStatus] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    _total: Tally | None = field(default=None, repr=False, compare=False)

    @property
    def total(self) -> Tally:
        """The whole period's tally, counted once (four tables print it)."""
        if self._total is None:
            self._total = overall(self.statuses, self.activities)
        return self._total

    @property
    def period(self) -> str:
        return short_period(date(self.year, 1, 1), self.as_of)


@dataclass(slots=True)
class ManagementData:
    current: YearData
    previous: YearData
    departments: dict[int | None, str] = field(default_factory=dict)  # in the document's language
    plan: PlanProgress | None = None


def _category_order(category: str) -> int:
    return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)


# how each indicator reads: a count, a ratio with one decimal, a share in percent (its change
# in percentage points), an amount of tenge
INDICATOR_FORMATS = {"trained_share": "percent", "hours_per_person": "decimal",
                     "compliance": "percent", "cost_academy": "money", "cost_employee": "money",
                     "cost_host": "money", "cost_other": "money"}


def short_period(start: date, end: date) -> str:
    """01.01–23.11.2026 (the year written once when both days fall in it)."""
    if start.year == end.year:
        return f"{start:%d.%m}{DASH}{end:%d.%m.%Y}"
    return f"{fmt_date(start)}{DASH}{fmt_date(end)}"


def _indicators(data: ManagementData, form: Form, lang: str) -> TableBlock:
    formats = {"previous": "number", "current": "number", "change": "change"}
    periods = {"previous": data.previous.period, "current": data.current.period}
    columns = [replace(c, title=fill(c.title, {"period": periods.get(c.key, ""),
                                               "year": getattr(data, c.key).year
                                               if c.key in periods else ""}))
               for c in columns_from(form, "indicators", lang, formats)]

    def figures(year: YearData) -> dict[str, float]:
        tally = year.total
        places = internships_by_place(year.activities, "")
        costs = cost_by_payer(year.activities)
        return {
            "staff": tally.staff,
            "trained": tally.trained_count,
            "trained_share": round(tally.trained_share, 1),
            "activities": tally.activities,
            "hours": tally.hours,
            "hours_per_person": round(tally.hours_per_trained, 1),
            "internships_home": sum(x.activities for x in places if not x.abroad),
            "internships_abroad": sum(x.activities for x in places if x.abroad),
            **{f"cost_{payer}": round(amount) for payer, amount in costs.items()},
            "compliance": round(tally.compliance, 1),
            "overdue": tally.overdue,
        }

    before, now = figures(data.previous), figures(data.current)
    rows = []
    for number, key in enumerate(now, start=1):
        kind = INDICATOR_FORMATS.get(key, "number")
        change = round(now[key] - before[key], 1)
        rows.append(Row({"number": number, "indicator": form.text(f"indicator_{key}", lang),
                         "previous": before[key], "current": now[key], "change": change},
                        formats={"previous": kind, "current": kind,
                                 "change": {"percent": "points", "decimal": "decimal_change"}
                                 .get(kind, "change")}))
    return TableBlock(columns, rows, title=form.text("indicators_title", lang),
                      sheet=form.text("indicators_sheet", lang))


def _tally_row(label: str, tally: Tally, style: str = "data") -> Row:
    return Row({"label": label, "staff": tally.staff, "trained": tally.trained_count,
                "trained_share": round(tally.trained_share, 1), "activities": tally.activities,
                "hours": tally.hours, "hours_per_person": round(tally.hours_per_trained, 1),
                "compliance": round(tally.compliance, 1), "overdue": tally.overdue}, style)


def _groups_table(data: ManagementData, form: Form, lang: str, rows: list[Row],
                  key: str) -> TableBlock:
    rows.append(_tally_row(form.text("total", lang), data.current.total, "total"))
    return TableBlock(columns_from(form, "groups", lang, TALLY_FORMATS), rows,
                      title=form.text(f"{key}_title", lang), sheet=form.text(f"{key}_sheet", lang))


def _by_category(data: ManagementData, form: Form, lang: str) -> tuple[TableBlock, dict]:
    tallies = tally_by(data.current.statuses, data.current.activities, lambda e: e.category)
    rows = [_tally_row(category_label(c, lang), tallies[c])
            for c in sorted(tallies, key=_category_order)]
    return _groups_table(data, form, lang, rows, "category"), tallies


def _by_department(data: ManagementData, form: Form, lang: str) -> TableBlock:
    tallies = tally_by(data.current.statuses, data.current.activities, lambda e: e.department_id)
    names = {d: data.departments.get(d) or form.text("no_department", lang) for d in tallies}
    ordered = sorted(tallies, key=lambda d: sort_key(names[d]))
    rows = [_tally_row(names[d], tallies[d]) for d in ordered]
    return _groups_table(data, form, lang, rows, "department")


def _kinds(data: ManagementData, form: Form, lang: str) -> TableBlock:
    lines = by_kind(data.current.activities)
    rows = [Row({"label": kind_label(x.kind, lang), "activities": x.activities,
                 "people": len(x.people), "hours": x.hours, "abroad": x.abroad}) for x in lines]
    if lines:
        rows.append(Row({"label": form.text("total", lang),
                         "activities": sum(x.activities for x in lines),
                         "people": len(set().union(*(x.people for x in lines))),
                         "hours": sum(x.hours for x in lines),
                         "abroad": sum(x.abroad for x in lines)}, "total"))
    return TableBlock(columns_from(form, "kinds", lang, COUNT_FORMATS), rows,
                      title=form.text("kind_title", lang), sheet=form.text("kind_sheet", lang),
                      empty_text=form.text("nothing", lang))


def _internships(data: ManagementData, form: Form, lang: str) -> TableBlock:
    lines = internships_by_place(data.current.activities, form.data_word("Казахстан", lang))
    rows: list[Row] = []
    for abroad in (False, True):
        group = [x for x in lines if x.abroad == abroad]
        rows.append(Row({"label": form.text("abroad" if abroad else "home", lang)}, "group"))
        for x in group:
            place = form.data_word(x.place, lang) or form.text("unknown_country", lang)
            rows.append(Row({"label": place, "activities": x.activities, "people": len(x.people),
                             "hours": x.hours}))
        rows.append(Row({"label": form.text("total", lang),
                         "activities": sum(x.activities for x in group),
                         "people": len(set().union(set(), *(x.people for x in group))),
                         "hours": sum(x.hours for x in group)}, "subtotal"))
    return TableBlock(columns_from(form, "places", lang, COUNT_FORMATS), rows,
                      title=form.text("internship_title", lang),
                      sheet=form.text("internship_sheet", lang))


def _funding_name(funding: str, form: Form, lang: str) -> str:
    return funding_label(funding, lang) if funding else form.text("no_funding", lang)


def _funding(data: ManagementData, form: Form, lang: str) -> tuple[TableBlock, list]:
    lines = by_funding(data.current.activities)
    total = sum(x.cost for x in lines)
    formats = {"activities": "number", "cost": "money", "share": "percent"}
    rows = [Row({"label": _funding_name(x.funding, form, lang), "activities": x.activities,
                 "cost": x.cost, "share": round(100.0 * x.cost / total, 1) if total else 0.0})
            for x in lines]
    if lines:
        rows.append(Row({"label": form.text("funding_total", lang),
                         "activities": sum(x.activities for x in lines), "cost": total,
                         "share": 100.0 if total else 0.0}, "total"))
    block = TableBlock(columns_from(form, "funding", lang, formats), rows,
                       title=form.text("funding_title", lang),
                       sheet=form.text("funding_sheet", lang),
                       empty_text=form.text("nothing", lang))
    return block, lines


def _plan(data: ManagementData, form: Form, lang: str) -> TableBlock:
    plan, year = data.plan, data.current.year
    rows = []
    if plan is not None and plan.planned:
        in_plan = plan.in_plan or 1
        for key, count, counts_in_share in (
            ("plan_items", plan.in_plan, False), ("plan_done", plan.done, True),
            ("plan_in_progress", plan.in_progress, True), ("plan_not_done", plan.not_done, True),
            ("plan_dropped", plan.dropped, False),
        ):
            share = round(100.0 * count / in_plan, 1) if counts_in_share else None
            rows.append(Row({"label": form.text(key, lang), "count": count, "share": share}))
    columns = columns_from(form, "plan", lang, {"count": "number", "share": "percent"})
    return TableBlock(columns, rows, title=form.text("plan_title", lang, year=year),
                      sheet=form.text("plan_sheet", lang),
                      empty_text=form.text("no_plan", lang, year=year))


def _charts(data: ManagementData, form: Form, lang: str, categories: dict,
            funding_lines: list) -> ChartBlock:
    chosen = sorted(categories, key=_category_order)
    kinds = by_kind(data.current.activities)
    charts = [
        Chart("hbar", form.text("chart_compliance", lang),
              [category_label(c, lang) for c in chosen],
              [round(categories[c].compliance, 1) for c in chosen], "percent"),
        Chart("hbar", form.text("chart_kinds", lang), [kind_label(x.kind, lang) for x in kinds],
              [float(x.activities) for x in kinds]),
        Chart("bar", form.text("chart_months", lang), form.lines("months", lang),
              hours_by_month(data.current.activities)),
        Chart("pie", form.text("chart_funding", lang),
              [_funding_name(x.funding, form, lang) for x in funding_lines],
              [x.cost for x in funding_lines], "money"),
    ]
    for chart in charts:
        chart.empty_text = form.text("nothing", lang)
    return ChartBlock(charts, title=form.text("charts_title", lang))


def build_management_report(data: ManagementData, academy: Academy, lang: str) -> TabularDocument:
    form = load_form("management-report")
    category_block, categories = _by_category(data, form, lang)
    funding_block, funding_lines = _funding(data, form, lang)
    basis = form.text("basis", lang, period=(date(data.current.year, 1, 1), data.current.as_of),
                      previous=(date(data.previous.year, 1, 1), data.previous.as_of),
                      end=data.current.as_of)
    blocks = [
        TextBlock(basis, "note"),
        _indicators(data, form, lang),
        category_block,
        _by_department(data, form, lang),
        _kinds(data, form, lang),
        _internships(data, form, lang),
        funding_block,
        _plan(data, form, lang),
        _charts(data, form, lang, categories, funding_lines),
    ]
    return TabularDocument(
        form=form, lang=lang, academy=academy, header=make_header(form, academy, lang),
        title_lines=form.lines("title", lang, year=data.current.year, academy=academy.name(lang)),
        subtitle_lines=[form.text("as_of", lang, date=data.current.as_of)],
        blocks=blocks,
        signatures=[(form.text("centre_head", lang), academy.centre_head)],
        units={"points": form.text("points", lang)},
    )
