"""A tabular document as PDF: titles, long tables whose header repeats, charts, signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from skma_training.documents.blocks import approval_block, grid_table, para, signature_table
from skma_training.documents.charts import draw_chart
from skma_training.documents import fonts
from skma_training.documents.formatting import (
    NBSP,
    fmt_date,
    fmt_fixed,
    fmt_money,
    fmt_number,
    fmt_signed,
)
from skma_training.documents.layout import (
    ChartBlock,
    TableBlock,
    TabularDocument,
    TextBlock,
    label_span,
)
from skma_training.documents.paged_table import (
    PAD_BOTTOM,
    PAD_TOP,
    PAD_X,
    BodyRow,
    PagedTable,
    TableLook,
    stringWidth,
    wrap_plain,
)
from skma_training.documents.pdf_base import build_pdf, page_setup
from skma_training.documents.styles import plain_cells, styles


SHORT_TABLE = 60 * mm  # a table up to this height is never split
NO_WRAP = ("number", "money", "date", "percent", "decimal", "points", "change", "decimal_change")
UNWRAPPED_TEXT = ("number",)
LONGEST_WORD_SHARE = 0.3
SMALLEST_CELL = 7.0  # points: a table's font is made smaller down to this to keep words whole  # text columns whose values never wrap (the row number)


def cell_text(value: Any, fmt: str = "text", units: dict[str, str] | None = None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        units = units or {}
        if fmt == "money":
            return fmt_money(value)
        if fmt == "percent":
            return fmt_fixed(value, 1) + NBSP + "%"
        if fmt == "decimal":
            return fmt_fixed(value, 1)
        if fmt == "points":
            return fmt_signed(value, 1, fixed=True) + NBSP + units.get("points", "")
        if fmt == "decimal_change":
            return fmt_signed(value, 1, fixed=True)
        if fmt == "change":
            return fmt_signed(value, 1)
        return fmt_number(value, 1)
    return str(value)


def _longest_word(texts, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for text in texts for word in text.split()),
               default=0.0)


def _column_widths(block: TableBlock, width: float, texts: list[list[str]], font_size: float,
                   head_size: float) -> list[float]:
    """Columns of numbers, dates and row numbers as wide as their longest value (so they never
    wrap); the text columns share the rest in the template's proportions, each at least as wide
    as its longest word (words are never cut)."""
    return _widths_and_crowding(block, width, texts, font_size, head_size)[0]


def _widths_and_crowding(block: TableBlock, width: float, texts: list[list[str]],
                         font_size: float, head_size: float) -> tuple[list[float], float]:
    """The widths, and how much wider than the page the longest words would need the text
    columns to be (1.0 when they fit): above 1, a smaller font keeps every word whole."""
    columns = block.columns
    weight_total = sum(c.width for c in columns) or 1
    fixed: dict[int, float] = {}
    least: dict[int, float] = {}
    for index, column in enumerate(columns):
        head = _longest_word([column.title], fonts.BOLD, head_size) + 2 * PAD_X + 1.5
        if column.format not in NO_WRAP and column.key not in UNWRAPPED_TEXT:
            # no real word is wider than a third of the page: a longer "word" (a register value
            # without spaces) is cut in its cell rather than crowding out the other columns
            least[index] = min(max(head, _longest_word((row[index] for row in texts), fonts.BOLD,
                                                       font_size) + 2 * PAD_X + 1.5),
                               LONGEST_WORD_SHARE * width)
            continue
        widest = max((stringWidth(line, fonts.BOLD, font_size)
                      for row in texts for line in row[index].split("\n")), default=0.0)
        fixed[index] = max(widest + 2 * PAD_X + 1.5, head, width * column.width / weight_total)
    weights = {i: c.width for i, c in enumerate(columns) if i not in fixed}
    rest = width - sum(fixed.values())
    templated = [width * c.width / weight_total for c in columns]
    if not weights or rest < 0.25 * width:  # the numbers would crowd out the text: as templated
        return templated, 1.0
    need = sum(least[i] for i in weights)
    if need > rest:  # the longest words do not fit side by side: each column short alike
        made = [fixed[i] if i in fixed else least[i] * rest / need for i in range(len(columns))]
        return made, need / rest
    # text columns by weight, raising those narrower than their longest word
    shares = dict(weights)
    for _ in range(len(shares)):
        total = sum(shares.values()) or 1
        free = rest - sum(least[i] for i in weights if i not in shares)
        narrow = [i for i in shares if free * shares[i] / total < least[i]]
        if not narrow or len(narrow) == len(shares):
            break
        for i in narrow:
            del shares[i]
    total = sum(shares.values()) or 1
    free = rest - sum(least[i] for i in weights if i not in shares)
    made = [fixed[i] if i in fixed else (free * shares[i] / total if i in shares else least[i])
            for i in range(len(columns))]
    if min(made) < 2 * PAD_X + 1.5:  # the long words leave no room: as templated
        return templated, 1.0
    return made, 1.0


def _cell(text: str, width: float, font: str, size: float, style) -> Any:
    """Plain text, broken at spaces to the cell's width: drawn as lines, far faster than a
    paragraph, and no word is ever cut."""
    if all(stringWidth(line, font, size) <= width - 2 * PAD_X for line in text.split("\n")):
        return text
    return wrap_plain(text, width - 2 * PAD_X, font, size)


def table_flowable(block: TableBlock, width: float, style: dict, units: dict | None = None,
                   continued: str = "", tail: list | None = None) -> PagedTable:
    columns = block.columns
    cell_style = style["cell"]
    size, head_size = cell_style.fontSize, style["cell_head"].fontSize
    texts: list[list[str]] = []
    for row in block.rows:
        if row.style in ("group", "subgroup"):
            texts.append([""] * len(columns))
        else:
            texts.append([cell_text(row.values.get(c.key), row.format_of(c), units)
                          for c in columns])
    measured = []  # a total's label spans the cells after it: it does not size the first column
    for row, row_texts in zip(block.rows, texts):
        span = label_span(row, columns) if row.style in ("subtotal", "total") else 0
        measured.append([""] * (span + 1) + row_texts[span + 1:] if span else row_texts)
    widths, crowding = _widths_and_crowding(block, width, measured, size, head_size)
    for _ in range(3):  # the longest words would be cut: a smaller font, down to SMALLEST_CELL
        if crowding <= 1.0 or size <= SMALLEST_CELL:
            break
        size = max(SMALLEST_CELL, int(size / crowding * 4) / 4)
        style = {**style, **{k: v for k, v in styles(style["body"].fontSize, size).items()
                             if k.startswith("cell")}}
        cell_style = style["cell"]
        head_size = style["cell_head"].fontSize
        widths, crowding = _widths_and_crowding(block, width, measured, size, head_size)
    head_font = style["cell_head"]
    look = TableLook(widths, [c.align.upper() for c in columns], size, cell_style.leading,
                     continued, style["cell_bold"],
                     [wrap_plain(c.title, w - 2 * PAD_X, fonts.BOLD, head_font.fontSize)
                      for c, w in zip(columns, widths)], head_size=head_font.fontSize,
                     head_leading=head_font.leading)
    look.header_height = max(cell.count("\n") + 1 for cell in look.header) * look.head_leading \
        + PAD_TOP + PAD_BOTTOM
    rows: list[BodyRow] = []
    for row, row_texts in zip(block.rows, texts):
        if row.style in ("group", "subgroup"):
            first = str(row.values.get(columns[0].key, ""))
            rows.append(BodyRow([wrap_plain(first, width - 2 * PAD_X, fonts.BOLD, size)]
                                + [""] * (len(columns) - 1), row.style))
            continue
        bold = row.style in ("subtotal", "total")
        font = fonts.BOLD if bold else fonts.REGULAR
        span = label_span(row, columns) if bold else 0
        cells = []
        for index, (column, text) in enumerate(zip(columns, row_texts)):
            if column.format in NO_WRAP or column.key in UNWRAPPED_TEXT or not text:
                cells.append(text)
                continue
            available = sum(widths[:span + 1]) if (bold and index == 0 and span) else widths[index]
            paragraph_style = style[("cell_bold" if bold else "cell")
                                    + ("" if column.align == "left" else f"_{column.align}")]
            cells.append(_cell(text, available, font, size, paragraph_style))
        if row.aligned:
            cells = _align_items(row_texts, cells, widths, font, size)
        rows.append(BodyRow(cells, row.style, span))
    return PagedTable(rows, look, tail)


def _align_items(texts: list[str], cells: list, widths: list[float], font: str,
                 size: float) -> list:
    """Cells listing the same items line by line (``texts``, as written), padded so that each
    item's lines stand level across the cells (an item that wraps pushes the next item down in
    every cell); the other cells stay as laid out (``cells``)."""
    count = max((t.count("\n") + 1 for t in texts if t), default=1)
    if count < 2:
        return cells
    items = {}
    for index, text in enumerate(texts):
        if text is not None and text.count("\n") + 1 == count and text:
            raw = text.split("\n")
            items[index] = [wrap_plain(item, widths[index] - 2 * PAD_X, font, size).split("\n")
                            for item in raw]
    if len(items) < 2:
        return cells
    heights = [max(len(lines[k]) for lines in items.values()) for k in range(count)]
    made = list(cells)
    for index, lines in items.items():
        made[index] = "\n".join("\n".join(item + [""] * (heights[k] - len(item)))
                                for k, item in enumerate(lines))
    return made


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


def _table_with_heading(block: TableBlock, width: float, style: dict, units: dict,
                        continued: str, tail: list | None = None) -> list:
    """A short table stays on one page with its heading; a long one starts where at least its
    heading and a few rows fit, and repeats its header row on every page. ``tail`` (the
    signatures) is kept with the table's last rows."""
    parts: list = [para(block.title, style["table_heading"])] if block.title else []
    if block.rows:
        parts.append(table_flowable(block, width, style, units, continued, tail))
    elif block.empty_text:
        parts.append(para(block.empty_text, style["note"]))
    height = sum(part.wrap(width, 10_000)[1] for part in parts) + 4 * mm
    if tail and not block.rows:
        parts.append(KeepTogether([parts.pop(), *tail]))
    return [CondPageBreak(min(height, SHORT_TABLE)), *parts, Spacer(1, 3 * mm)]


def _tail(document: TabularDocument, width: float, style: dict) -> list:
    """What ends the document and must stay with its last rows: signatures, closing lines."""
    tail: list = []
    if document.signatures:
        tail += [Spacer(1, 8 * mm), signature_table(document.signatures, style["body"], width)]
    for line in document.closing_lines:
        tail += [Spacer(1, 4 * mm), para(line, style["body"])]
    return tail


def story(document: TabularDocument, width: float) -> list:
    form, lang = document.form, document.lang
    style = styles(form.number("font_size", 11), form.number("table_font_size", 9))
    continued = form.text("continued", lang) if form.has("continued") else ""
    flow: list = []
    if document.approval:
        top = [approval_block(form, lang, document.academy, style["body"], document.approved_on)]
        if document.draft:
            top.insert(0, para(form.text("draft", lang), style["draft"]))
        flow += [*top, Spacer(1, 4 * mm)]
    elif document.draft:
        flow.append(para(form.text("draft", lang), style["draft"]))
    for line in document.title_lines:
        flow.append(para(line, style["title"]))
    for line in document.subtitle_lines:
        flow.append(para(line, style["subtitle"]))
    flow.append(Spacer(1, 2 * mm))
    tail = _tail(document, width, style)
    last = len(document.blocks) - 1
    for index, block in enumerate(document.blocks):
        block_tail = tail if index == last and isinstance(block, TableBlock) else None
        if isinstance(block, TableBlock):
            flow += _table_with_heading(block, width, style, document.units, continued,
                                        block_tail)
            if block_tail is not None:
                tail = []
        elif isinstance(block, TextBlock):
            flow.append(_text_flowable(block, style))
        elif isinstance(block, ChartBlock):
            flow += _charts(block, width, style)
    if tail:  # the last block is no table: the tail goes with the block's end
        while flow and isinstance(flow[-1], Spacer):
            flow.pop()
        flow.append(KeepTogether([flow.pop(), *tail]) if flow else KeepTogether(tail))
    return flow


def render_pdf(document: TabularDocument, out: Path) -> Path:
    width = page_setup(document.form).width
    return build_pdf(out, story(document, width), document.form, document.header,
                     document.file_title, document.academy.name(document.lang), document.lang)
