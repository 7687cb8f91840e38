"""A tabular document as plain content, laid out later as PDF or as a workbook.

The plan, the HR list, the department summary and the management report are
titles, tables and a few paragraphs; building them once as this neutral
content keeps the PDF and the .xlsx of a document saying the same thing.
Cells hold raw values (numbers, dates, text) and each column says how its
values read, so the workbook keeps numbers as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from skma_training.documents.academy import Academy
from skma_training.documents.forms import ColumnSpec, Form
from skma_training.documents.letterhead import Header

# How a column's values read: text as is, numbers with a decimal comma, money in
# whole tenge with spaced thousands, dates dd.mm.yyyy, percentages with one decimal.
# "decimal" is a ratio with one decimal always; "percent" holds percents (67.5), printed
# "67,5 %" and stored in a workbook as the fraction 0.675; "points" a change of a percentage
# in percentage points; "change" a change of a count or amount, with its sign.
FORMATS = ("text", "number", "money", "date", "percent", "decimal", "points", "change",
           "decimal_change")
# Row styles: data; group (a heading across the table: a school, a department);
# subtotal and total (bold, the label spanning the empty cells after it).
ROW_STYLES = ("data", "group", "subgroup", "subtotal", "total")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: float
    align: str = "left"
    format: str = "text"


def columns_from(form: Form, table: str, lang: str,
                 formats: dict[str, str] | None = None) -> list[Column]:
    """The columns of ``table`` as the template orders, names and sizes them."""
    formats = formats or {}
    specs: list[ColumnSpec] = form.columns(table)
    return [Column(s.key, s.title(lang), s.width, s.align, formats.get(s.key, "text"))
            for s in specs]


@dataclass(slots=True)
class Row:
    values: dict[str, Any]
    style: str = "data"
    formats: dict[str, str] | None = None  # a column's format for this row only (by key)
    # cells of several lines list items side by side (a check, its hours, its date): each
    # item's lines stand level with the same item in the other cells
    aligned: bool = False

    def format_of(self, column: Column) -> str:
        return (self.formats or {}).get(column.key, column.format)


def label_span(row: Row, columns: list[Column]) -> int:
    """The last column a subtotal's label spans: the empty cells up to the first filled one."""
    for index in range(1, len(columns)):
        if row.values.get(columns[index].key) not in (None, ""):
            return index - 1
    return len(columns) - 1


@dataclass(slots=True)
class TableBlock:
    columns: list[Column]
    rows: list[Row]
    title: str = ""  # a heading printed above the table
    sheet: str = ""  # in a workbook: start a new sheet with this name
    empty_text: str = ""  # printed instead of an empty table


@dataclass(slots=True)
class TextBlock:
    text: str
    style: str = "body"  # body, heading, note, small


@dataclass(slots=True)
class Chart:
    kind: str  # "bar" (vertical), "hbar" (horizontal) or "pie"
    title: str
    labels: list[str]
    values: list[float]
    value_format: str = "number"  # how to label the values: number, money, percent
    empty_text: str = ""  # printed in place of a chart with nothing to show


@dataclass(slots=True)
class ChartBlock:
    charts: list[Chart]
    title: str = ""


Block = TableBlock | TextBlock | ChartBlock


@dataclass(slots=True)
class TabularDocument:
    form: Form
    lang: str
    academy: Academy
    header: Header
    title_lines: list[str]
    subtitle_lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    approval: bool = False  # the rector's approval block, top right of the first page
    approved_on: date | None = None
    draft: bool = False  # marked ЖОБА / ПРОЕКТ
    signatures: list[tuple[str, str]] = field(default_factory=list)  # (position, name)
    closing_lines: list[str] = field(default_factory=list)  # after the signatures
    units: dict[str, str] = field(default_factory=dict)  # e.g. {"points": "п.п."}
    footer_lines: list[str] = field(default_factory=list)  # notes printed at the foot of a page

    @property
    def file_title(self) -> str:
        return " ".join(self.title_lines)
