"""Export of the register (staff, activities, compliance on a date) and the empty template.

Headers and coded values are written in the chosen language; the import reads
them back in any language, so an exported file can be edited and re-imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from skma_training.domain.compliance import EmployeeStatus, check_label
from skma_training.domain.vocabulary import (
    CATEGORY_LABELS,
    KIND_LABELS,
    category_label,
    funding_label,
    kind_label,
    scope_label,
)
from skma_training.exchange.columns import ACTIVITIES, IGNORED_SHEETS, STAFF
from skma_training.exchange.values import NO, YES
from skma_training.gcpause import gc_paused
from skma_training.exchange.writing import ListValidation, SheetData, write_workbook
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.persistence.records import Snapshot
from skma_training.services.context import Context
from skma_training.services.queries import staff_statuses

COMPLIANCE_TITLE = IGNORED_SHEETS[0]
COMPLIANCE_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "IIN"),
    QT_TRANSLATE_NOOP("Columns", "Full name"),
    QT_TRANSLATE_NOOP("Columns", "Department"),
    QT_TRANSLATE_NOOP("Columns", "Category"),
    QT_TRANSLATE_NOOP("Columns", "Check"),
    QT_TRANSLATE_NOOP("Columns", "Met"),
    QT_TRANSLATE_NOOP("Columns", "Hours counted"),
    QT_TRANSLATE_NOOP("Columns", "Hours required"),
    QT_TRANSLATE_NOOP("Columns", "Due date"),
    QT_TRANSLATE_NOOP("Columns", "Overdue"),
    QT_TRANSLATE_NOOP("Columns", "As of"),
)
COMPLIANCE_WIDTHS = (15, 34, 34, 22, 34, 8, 10, 10, 12, 10, 12)
LISTS_TITLE = IGNORED_SHEETS[1]


@dataclass
class ExportResult:
    path: Path
    staff: int
    activities: int
    checks: int


def _yes_no(value: bool, lang: str) -> str:
    return translate("Import", YES if value else NO, lang)


def _staff_rows(snapshot: Snapshot, lang: str):
    for e in snapshot.employees:
        yield (e.iin, e.full_name, e.department, e.position, category_label(e.category, lang),
               _yes_no(e.is_head, lang), _yes_no(e.healthcare, lang), e.profile, e.hired_on,
               e.left_on, e.email, e.faculty, e.phone,
               # since-dates are read in, not written back: the periods say more than two dates
               None, None)


def _number(value):
    return None if value is None else (int(value) if float(value).is_integer() else value)


def _activity_rows(snapshot: Snapshot, lang: str):
    iins = {e.id: e.iin for e in snapshot.employees}
    kinds = {code: kind_label(code, lang) for code in KIND_LABELS}
    yes, no = _yes_no(True, lang), _yes_no(False, lang)
    for a in snapshot.activities:
        p = a.paperwork
        yield (
            iins.get(a.employee_id, ""), kinds.get(a.kind, a.kind), a.title, a.provider, a.country,
            scope_label(a.scope, lang), a.starts_on, a.ends_on, _number(a.hours), _number(a.credits),
            yes if a.in_profile else no, yes if a.management else no, p.certificate_no,
            p.application_on, p.report_on,
            p.certificate_on, p.certificate_copy_on, p.order_no, p.order_on, _number(p.cost),
            funding_label(p.funding, lang),
            p.contract_no, p.supervisor, p.review_on, p.meeting_protocol_no, p.meeting_on,
            p.implementation_plan_on, a.days, (yes if a.with_talk else None), a.quartile,
            a.author_position, a.test_items, a.clinical_cases,
        )


def _compliance_rows(statuses: list[EmployeeStatus], as_of: date, lang: str):
    for status in statuses:
        e = status.employee
        overdue = _yes_no(status.overdue, lang)
        for check in status.checks:
            yield (e.iin, e.full_name, e.department, category_label(e.category, lang),
                   check_label(check.rule, lang), _yes_no(check.met, lang), _number(check.hours),
                   _number(check.required), check.due_date, overdue, as_of)


def export_workbook(ctx: Context, path: Path, as_of: date, lang: str,
                    progress: Callable[[int, int], None] | None = None) -> ExportResult:
    with gc_paused():
        return _export(ctx, path, as_of, lang, progress)


def _export(ctx: Context, path: Path, as_of: date, lang: str,
            progress: Callable[[int, int], None] | None) -> ExportResult:
    snapshot = ctx.snapshot()
    statuses = staff_statuses(ctx, as_of, snapshot=snapshot)
    checks = sum(len(s.checks) for s in statuses)
    sheets = [
        SheetData(STAFF.title(lang), [c.title(lang) for c in STAFF.columns],
                  _staff_rows(snapshot, lang), [c.width for c in STAFF.columns],
                  len(snapshot.employees)),
        SheetData(ACTIVITIES.title(lang), [c.title(lang) for c in ACTIVITIES.columns],
                  _activity_rows(snapshot, lang), [c.width for c in ACTIVITIES.columns],
                  len(snapshot.activities)),
        SheetData(translate("Columns", COMPLIANCE_TITLE, lang),
                  [translate("Columns", h, lang) for h in COMPLIANCE_HEADERS],
                  _compliance_rows(statuses, as_of, lang), COMPLIANCE_WIDTHS, checks),
    ]
    write_workbook(Path(path), sheets, progress)
    return ExportResult(Path(path), len(snapshot.employees), len(snapshot.activities), checks)


def write_template(path: Path, lang: str) -> Path:
    """An empty exchange workbook with the labels of ``lang`` and drop-down lists for coded columns."""
    categories = [category_label(c, lang) for c in CATEGORY_LABELS]
    kinds = [kind_label(k, lang) for k in KIND_LABELS]
    yes_no = [_yes_no(True, lang), _yes_no(False, lang)]
    lists = [categories, kinds, yes_no]
    height = max(len(x) for x in lists)
    list_rows = [[(col[i] if i < len(col) else None) for col in lists] for i in range(height)]

    def source(letter: str, count: int) -> str:
        return f"='{LISTS_TITLE}'!${letter}$2:${letter}${count + 1}"

    rows = 5000
    staff_checks = [ListValidation(4, rows, source("A", len(categories))),
                    ListValidation(5, rows, source("C", 2)), ListValidation(6, rows, source("C", 2))]
    activity_checks = [ListValidation(1, rows, source("B", len(kinds))),
                       ListValidation(10, rows, source("C", 2)), ListValidation(11, rows, source("C", 2))]
    sheets = [
        SheetData(STAFF.title(lang), [c.title(lang) for c in STAFF.columns], [],
                  [c.width for c in STAFF.columns], validations=staff_checks),
        SheetData(ACTIVITIES.title(lang), [c.title(lang) for c in ACTIVITIES.columns], [],
                  [c.width for c in ACTIVITIES.columns], validations=activity_checks),
        SheetData(LISTS_TITLE, ["category", "kind", "yes/no"], list_rows, [30, 40, 10], hidden=True),
    ]
    return write_workbook(Path(path), sheets)
