"""A tabular document as a formatted workbook: the same titles and tables, numbers kept numbers.

Printed from Excel it looks like the PDF: A4 in the document's orientation,
fitted to the page width, the header row repeated, the document code and
"page N of M" in the page header and footer.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from skma_training.documents.blocks import approval_lines
from skma_training.documents.formatting import fmt_date
from skma_training.documents.forms import fill
from skma_training.documents.layout import (
    Column,
    TableBlock,
    TabularDocument,
    TextBlock,
    label_span,
)
from skma_training.fileio import atomic_output

EXCEL_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
# Excel's "#,##0" shows the thousands with the reader's separator (a space in Kazakh and
# Russian settings); percentages are stored as fractions and shown as percents
NUMBER_FORMATS = {"number": "#,##0", "number_fraction": "#,##0.0", "money": "#,##0",
                  "percent": "0.0%", "decimal": "0.0", "date": "dd.mm.yyyy",
                  "change": "+#,##0;\u2212#,##0;0", "change_fraction": "+#,##0.0;\u2212#,##0.0;0",
                  "decimal_change": "+0.0;\u22120.0;0.0"}
SHEET_CHARACTERS = {True: 190, False: 120}  # usable width in characters, landscape / portrait
MAX_SHEET_TITLE = 31


def _cut_at_word(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut after a whole word when one fits."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0]
    return (cut if cut and len(cut) <= limit else text[:limit]).rstrip(" ,.;:–-")


def _sheet_title(title: str, used: set[str]) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    title = _cut_at_word(title.strip(), MAX_SHEET_TITLE) or "Sheet"
    candidate, number = title, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = _cut_at_word(title, MAX_SHEET_TITLE - len(suffix)) + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def number_format(fmt: str, value: Any, units: dict[str, str]) -> str | None:
    """The Excel format of a value of column format ``fmt`` (None: text)."""
    fraction = isinstance(value, float) and not value.is_integer()
    if fmt == "points":
        unit = units.get("points", "")
        return f'+0.0" {unit}";\u22120.0" {unit}";0.0" {unit}"'
    if fmt in ("number", "change") and fraction:
        return NUMBER_FORMATS[f"{fmt}_fraction"]
    return NUMBER_FORMATS.get(fmt)


class _Formats:
    def __init__(self, workbook, font_name: str = "Times New Roman", units=None):
        def make(**options):
            return workbook.add_format({"font_name": font_name, "font_size": 10, "valign": "top",
                                        **options})

        self.title = make(bold=True, font_size=12, align="center", text_wrap=True, valign="vcenter")
        self.subtitle = make(align="center", text_wrap=True)
        self.heading = make(bold=True, font_size=11)
        self.text = make()
        self.header = make(bold=True, text_wrap=True, border=1, align="center", valign="vcenter",
                           bg_color="#E6EBF2")
        self.group = make(bold=True, border=1, bg_color="#E6EBF2")
        self.subgroup = make(bold=True, border=1, bg_color="#F4F4F4")
        self.draft = make(bold=True, font_size=12, align="right")
        self._cells: dict[tuple, Any] = {}
        self._make = make
        self.units = units or {}

    def cell(self, column: Column, bold: bool, fmt: str | None = None, value: Any = None):
        fmt = fmt or column.format
        num_format = number_format(fmt, value, self.units) if isinstance(value, int | float) \
            and not isinstance(value, bool) else NUMBER_FORMATS.get(fmt) if fmt == "date" else None
        key = (num_format, column.align, bold)
        if key not in self._cells:
            options = {"border": 1, "text_wrap": True, "align": column.align, "bold": bold}
            if bold:
                options["bg_color"] = "#F4F4F4"
            if num_format:
                options["num_format"] = num_format
            self._cells[key] = self._make(**options)
        return self._cells[key]


def _write_value(sheet, row: int, col: int, value: Any, cell_format, fmt: str = "") -> None:
    """Numbers and dates as numbers (percentages as fractions); any text as text, never as a
    formula."""
    if fmt == "percent" and isinstance(value, int | float) and not isinstance(value, bool):
        value = value / 100.0
    if value is None or value == "":
        sheet.write_blank(row, col, None, cell_format)
    elif isinstance(value, bool):
        sheet.write_string(row, col, str(value), cell_format)
    elif isinstance(value, date):
        sheet.write_number(row, col, value.toordinal() - EXCEL_EPOCH_ORDINAL, cell_format)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, cell_format)
    else:
        sheet.write_string(row, col, str(value), cell_format)


def _height(values: list, widths: list[float]) -> float:
    """A row height that shows every wrapped line (rows are not resized by every spreadsheet
    when a file is opened): the longest cell in lines of its column's width, 13 pt a line."""
    lines = 1
    for value, width in zip(values, widths):
        if isinstance(value, str) and value:
            per_line = max(1, int(width * 1.1))
            needed = sum(math.ceil(max(1, len(part)) / per_line) for part in value.split("\n"))
            lines = max(lines, needed)
    return 13.0 * lines + 2


class _SheetWriter:
    """Writes blocks one under another on the current sheet, starting a new one on request."""

    def __init__(self, workbook, document: TabularDocument, formats: _Formats):
        self.workbook, self.document, self.formats = workbook, document, formats
        self.used: set[str] = set()
        self.sheet = None
        self.row = 0
        self.width = 1
        self.header_row: int | None = None

    def new_sheet(self, title: str, columns: int) -> None:
        self.sheet = self.workbook.add_worksheet(_sheet_title(title, self.used))
        self.row, self.width, self.header_row = 0, max(columns, 1), None
        self._page_setup()

    def _page_setup(self) -> None:
        document, sheet = self.document, self.sheet
        sheet.set_paper(9)  # A4
        if document.form.landscape:
            sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=1.2, right=0.6, top=0.9, bottom=0.7)
        page = fill(document.header.page, {"page": "&P", "total": "&N"})
        code = document.header.code.replace("&", "&&")
        # both languages' names of the academy, Kazakh first, as on the PDF's header
        kk = document.academy.name_kk.replace("&", "&&")
        ru = document.academy.name_ru.replace("&", "&&")
        right = " · ".join(p for p in (code, document.header.edition) if p)
        sheet.set_header(f"&L&8{kk}&C&8{ru}&R&8{right}")
        sheet.set_footer(f"&R&8{page}")

    def approval(self) -> None:
        """БЕКІТЕМІН / УТВЕРЖДАЮ, the rector's title, the line to sign and the date, top right."""
        document, lang = self.document, self.document.lang
        form, academy = document.form, document.academy
        when = fmt_date(document.approved_on) if document.approved_on else \
            form.text("date_blank", lang)
        lines = [form.text("approve", lang), *approval_lines(form, academy, lang),
                 f"____________ {academy.rector_name}".rstrip(), when]
        first = max(0, self.width - 4)
        for line in lines:
            if self.width - first > 1:
                self.sheet.merge_range(self.row, first, self.row, self.width - 1, line,
                                       self.formats.text)
            else:
                self.sheet.write_string(self.row, first, line, self.formats.text)
            self.row += 1
        self.row += 1

    def title_lines(self, lines: list[str], cell_format, height: float | None = None) -> None:
        for line in lines:
            if self.width > 1:
                self.sheet.merge_range(self.row, 0, self.row, self.width - 1, line, cell_format)
            else:
                self.sheet.write_string(self.row, 0, line, cell_format)
            if height:
                self.sheet.set_row(self.row, height)
            self.row += 1

    def table(self, block: TableBlock) -> None:
        columns, sheet, formats = block.columns, self.sheet, self.formats
        characters = SHEET_CHARACTERS[self.document.form.landscape]
        weight = sum(c.width for c in columns) or 1
        widths = [max(5.0, characters * column.width / weight) for column in columns]
        for index, width in enumerate(widths):
            sheet.set_column(index, index, width)
        if block.title:
            sheet.write_string(self.row, 0, block.title, formats.heading)
            self.row += 1
        if not block.rows:
            if block.empty_text:
                sheet.write_string(self.row, 0, block.empty_text, formats.text)
                self.row += 2
            return
        sheet.write_row(self.row, 0, [c.title for c in columns], formats.header)
        sheet.set_row(self.row, _height([c.title for c in columns], widths))
        if self.header_row is None:
            self.header_row = self.row
            sheet.repeat_rows(self.row)
            sheet.freeze_panes(self.row + 1, 0)
        self.row += 1
        for row in block.rows:
            if row.style in ("group", "subgroup"):
                text = str(row.values.get(columns[0].key, ""))
                group_format = formats.group if row.style == "group" else formats.subgroup
                if len(columns) > 1:
                    sheet.merge_range(self.row, 0, self.row, len(columns) - 1, text, group_format)
                else:
                    sheet.write_string(self.row, 0, text, group_format)
            else:
                bold = row.style in ("subtotal", "total")
                first = 0
                if bold and label_span(row, columns) > 0:  # the label spans the empty cells
                    first = label_span(row, columns) + 1
                    label = str(row.values.get(columns[0].key, ""))
                    sheet.merge_range(self.row, 0, self.row, first - 1, label,
                                      formats.cell(columns[0], True))
                for index in range(first, len(columns)):
                    column = columns[index]
                    value, fmt = row.values.get(column.key), row.format_of(column)
                    _write_value(sheet, self.row, index, value,
                                 formats.cell(column, bold, fmt, value), fmt)
                texts = [row.values.get(c.key) for c in columns]
                sheet.set_row(self.row, _height(texts[first:], widths[first:]))
            self.row += 1
        self.row += 1


def render_xlsx(document: TabularDocument, out: Path) -> Path:
    import xlsxwriter

    with atomic_output(out) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {"strings_to_numbers": False,
                                                        "strings_to_formulas": False,
                                                        "strings_to_urls": False})
        workbook.set_properties({"title": document.file_title,
                                 "author": document.academy.name(document.lang),
                                 "subject": f"{document.header.code} {document.header.title}",
                                 "creator": "SKMA Training"})
        formats = _Formats(workbook, units=document.units)
        writer = _SheetWriter(workbook, document, formats)
        tables = [b for b in document.blocks if isinstance(b, TableBlock)]
        # the titles go on the first sheet, named after the first table's sheet when it has one
        writer.new_sheet(tables[0].sheet if tables and tables[0].sheet else document.header.title,
                         len(tables[0].columns) if tables else 1)
        if document.approval:
            writer.approval()
        if document.draft:
            writer.title_lines([document.form.text("draft", document.lang)], formats.draft)
        writer.title_lines(document.title_lines, formats.title, 32)
        writer.title_lines(document.subtitle_lines, formats.subtitle)
        writer.row += 1
        for block in document.blocks:
            if isinstance(block, TableBlock):
                if block.sheet and writer.row > 0 and writer.header_row is not None:
                    writer.new_sheet(block.sheet, len(block.columns))
                writer.width = max(writer.width, len(block.columns))
                writer.table(block)
            elif isinstance(block, TextBlock) and block.style != "note":
                text_format = formats.heading if block.style == "heading" else formats.text
                writer.title_lines([block.text], text_format)
        for position, name in document.signatures:
            writer.row += 1
            line = f"{position}  ____________  {name}".strip()
            writer.sheet.write_string(writer.row, 0, line, formats.text)
        workbook.close()
    return Path(out)

