"""A tabular document as PDF: titles, long tables whose header repeats, charts, signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from skma_training.documents.blocks import approval_block, grid_table, para, signature_table
from skma_training.documents.charts import draw_chart
from skma_training.documents.formatting import fmt_date, fmt_money, fmt_number
from skma_training.documents.layout import (
    ChartBlock,
    Column,
    Row,
    TableBlock,
    TabularDocument,
    TextBlock,
    label_span,
)
from skma_training.documents.pdf_base import build_pdf, page_setup
from skma_training.documents.styles import LIGHT, SHADE, plain_cells, styles


SHORT_TABLE = 60 * mm  # a table up to this height is never split


def cell_text(value: Any, column: Column) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        if column.format == "money":
            return fmt_money(value)
        if column.format == "percent":
            return fmt_number(value, 1) + "\u00a0%"
        return fmt_number(value, 1)
    return str(value)


def _keep_together(rows: list[Row]) -> list[tuple]:
    """A group heading never ends a page without its first row, nor a subtotal starts one
    without the row above it (table row 0 is the column header)."""
    commands = []
    for index, row in enumerate(rows, start=1):
        if row.style in ("group", "subgroup") and index < len(rows):
            commands.append(("NOSPLIT", (0, index), (-1, index + 1)))
        elif row.style in ("subtotal", "total") and index > 1:
            commands.append(("NOSPLIT", (0, index - 1), (-1, index)))
    return commands


def table_flowable(block: TableBlock, width: float, style: dict) -> Table:
    columns = block.columns
    total_weight = sum(c.width for c in columns) or 1
    widths = [width * c.width / total_weight for c in columns]
    data: list[list] = [[para(c.title, style["cell_head"]) for c in columns]]
    commands: list[tuple] = []
    for row in block.rows:
        index = len(data)
        if row.style in ("group", "subgroup"):
            first = row.values.get(columns[0].key, "")
            data.append([para(str(first), style["cell_bold"])] + [""] * (len(columns) - 1))
            shade = SHADE if row.style == "group" else LIGHT
            commands += [("SPAN", (0, index), (-1, index)),
                         ("BACKGROUND", (0, index), (-1, index), shade)]
            continue
        bold = row.style in ("subtotal", "total")
        cells = []
        for column in columns:
            suffix = "" if column.align == "left" else f"_{column.align}"
            name = ("cell_bold" if bold else "cell") + suffix
            cells.append(para(cell_text(row.values.get(column.key), column), style[name]))
        data.append(cells)
        if bold:
            end = label_span(row, columns)
            if end > 0:
                commands.append(("SPAN", (0, index), (end, index)))
            commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
    commands += _keep_together(block.rows)
    table = grid_table(data, widths)
    if commands:
        table.setStyle(TableStyle(commands))
    return table


def _text_flowable(block: TextBlock, style: dict):
    return para(block.text, style.get(block.style, style["body"]))


def _charts(block: ChartBlock, width: float, style: dict) -> list:
    """The charts one under another, or two side by side on a landscape page."""
    made = []
    if block.title:
        made += [CondPageBreak(70 * mm), para(block.title, style["table_heading"])]
    per_row = 2 if width > 200 * mm else 1
    chart_width = width / per_row - (4 * mm if per_row > 1 else 0)
    for start in range(0, len(block.charts), per_row):
        drawings = [draw_chart(chart, chart_width) for chart in block.charts[start:start + per_row]]
        drawings += [""] * (per_row - len(drawings))
        row = Table([drawings], colWidths=[width / per_row] * per_row)
        row.setStyle(TableStyle(plain_cells() + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        made += [row, Spacer(1, 4 * mm)]
    return made


def _table_with_heading(block: TableBlock, width: float, style: dict) -> list:
    """A short table stays on one page with its heading; a long one starts where at least its
    heading and a few rows fit, and repeats its header row on every page."""
    parts = [para(block.title, style["table_heading"])] if block.title else []
    if block.rows:
        parts.append(table_flowable(block, width, style))
    elif block.empty_text:
        parts.append(para(block.empty_text, style["note"]))
    height = sum(part.wrap(width, 10_000)[1] for part in parts) + 4 * mm
    return [CondPageBreak(min(height, SHORT_TABLE)), *parts, Spacer(1, 3 * mm)]


def story(document: TabularDocument, width: float) -> list:
    form, lang = document.form, document.lang
    style = styles(form.number("font_size", 11), form.number("table_font_size", 9))
    flow: list = []
    if document.approval:
        flow += [approval_block(form, lang, document.academy, style["body"], document.approved_on),
                 Spacer(1, 4 * mm)]
    if document.draft:
        flow.append(para(form.text("draft", lang), style["right"]))
    for line in document.title_lines:
        flow.append(para(line, style["title"]))
    for line in document.subtitle_lines:
        flow.append(para(line, style["subtitle"]))
    flow.append(Spacer(1, 2 * mm))
    for block in document.blocks:
        if isinstance(block, TableBlock):
            flow += _table_with_heading(block, width, style)
        elif isinstance(block, TextBlock):
            flow.append(_text_flowable(block, style))
        elif isinstance(block, ChartBlock):
            flow += _charts(block, width, style)
    if document.signatures:
        flow += [Spacer(1, 8 * mm),
                 KeepTogether(signature_table(document.signatures, style["body"], width))]
    for line in document.closing_lines:
        flow += [Spacer(1, 4 * mm), para(line, style["body"])]
    return flow


def render_pdf(document: TabularDocument, out: Path) -> Path:
    width = page_setup(document.form).width
    return build_pdf(out, story(document, width), document.form, document.header,
                     document.file_title, document.academy.name(document.lang), document.lang)
