"""A long table laid out page by page: fast for thousands of rows, headings that carry on.

reportlab's own long tables re-split the whole remainder on every page and keep
one style command per cell, which made a list of 5,000 staff take minutes. Here
every row's height is measured once, and each page gets a small table of its
own rows only: the column header, the department heading again with
"(continued)" when a department runs on from the page before, its rows, and
on the last page the block that must stay with them (the signatures).

Rules that hold on every page: a heading is never the last row of a page, a
subtotal never the first, and the tail never stands alone on a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from skma_training.documents import fonts
from skma_training.documents.styles import GRID, LIGHT, SHADE

PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.0, 2.5
HEADINGS = ("group", "subgroup")
TOTALS = ("subtotal", "total")


@dataclass(slots=True)
class BodyRow:
    cells: list  # str (one or more lines, never wrapped) or Paragraph
    style: str = "data"  # data, group, subgroup, subtotal, total
    span_to: int = 0  # a total's label spans the columns up to this one
    height: float = 0.0


@dataclass(slots=True)
class TableLook:
    widths: list[float]
    aligns: list[str]  # LEFT / CENTER / RIGHT per column
    font_size: float
    leading: float
    continued: str = ""  # appended to a heading that carries on: "(продолжение)"
    heading_style: ParagraphStyle | None = None
    header: list = field(default_factory=list)  # the column titles (Paragraphs)
    header_height: float = 0.0


def measure(cell, width: float, look: TableLook) -> float:
    if isinstance(cell, Paragraph):
        return cell.wrap(width - 2 * PAD_X, 100_000)[1] + PAD_TOP + PAD_BOTTOM
    lines = str(cell).count("\n") + 1 if cell not in (None, "") else 1
    return lines * look.leading + PAD_TOP + PAD_BOTTOM


def row_height(row: BodyRow, look: TableLook) -> float:
    if row.style in HEADINGS:
        return measure(row.cells[0], sum(look.widths), look)
    if row.span_to:
        label = measure(row.cells[0], sum(look.widths[:row.span_to + 1]), look)
        rest = [measure(c, w, look) for c, w in
                zip(row.cells[row.span_to + 1:], look.widths[row.span_to + 1:])]
        return max([label, *rest])
    return max(measure(c, w, look) for c, w in zip(row.cells, look.widths))


def _page_table(rows: Sequence[BodyRow], look: TableLook) -> Table:
    data = [look.header] + [r.cells for r in rows]
    heights = [look.header_height] + [r.height for r in rows]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), look.font_size),
        ("LEADING", (0, 0), (-1, -1), look.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]
    for column, align in enumerate(look.aligns):
        if align != "LEFT":
            commands.append(("ALIGN", (column, 1), (column, -1), align))
    for index, row in enumerate(rows, start=1):
        if row.style in HEADINGS:
            commands += [("SPAN", (0, index), (-1, index)),
                         ("BACKGROUND", (0, index), (-1, index),
                          SHADE if row.style == "group" else LIGHT)]
        elif row.style in TOTALS:
            commands += [("FONTNAME", (0, index), (-1, index), fonts.BOLD),
                         ("BACKGROUND", (0, index), (-1, index), LIGHT)]
            if row.span_to:
                commands.append(("SPAN", (0, index), (row.span_to, index)))
    table = Table(data, colWidths=look.widths, rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


class PagedTable(Flowable):
    """Rows that flow over pages, each page a table of its own (see the module's comment)."""

    def __init__(self, rows: list[BodyRow], look: TableLook, tail: list[Flowable] | None = None,
                 measured: bool = False):
        super().__init__()
        self.rows, self.look, self.tail = rows, look, tail or []
        if not measured:
            for row in rows:
                row.height = row_height(row, look)
        self.width = sum(look.widths)
        self._tail_height = 0.0

    def _tail(self, width: float) -> float:
        self._tail_height = sum(f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                                for f in self.tail)
        return self._tail_height

    def wrap(self, available_width, available_height):
        self.height = (self.look.header_height + sum(r.height for r in self.rows)
                       + self._tail(available_width))
        return self.width, self.height

    def _heading_before(self, end: int) -> BodyRow | None:
        for row in reversed(self.rows[:end]):
            if row.style in HEADINGS:
                return row
        return None

    def split(self, available_width, available_height):
        look = self.look
        room = available_height - look.header_height
        fits, used = 0, 0.0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            fits += 1
        if fits == len(self.rows):  # every row fits, the tail does not: it takes rows along
            fits = max(0, len(self.rows) - 2)
        # a heading never ends a page; a total never starts one
        while fits > 0 and self.rows[fits - 1].style in HEADINGS:
            fits -= 1
        while 0 < fits < len(self.rows) and self.rows[fits].style in TOTALS:
            fits -= 1
            while fits > 0 and self.rows[fits - 1].style in HEADINGS:
                fits -= 1
        if fits <= 0:
            return []
        rest = self.rows[fits:]
        heading = self._heading_before(fits)
        if rest and heading is not None and rest[0].style not in HEADINGS and look.continued:
            text = heading.cells[0]
            label = text.text if isinstance(text, Paragraph) else str(text)
            cell = Paragraph(f"{label} {look.continued}", look.heading_style) \
                if look.heading_style else f"{label} {look.continued}"
            again = BodyRow([cell] + [""] * (len(look.widths) - 1), heading.style)
            again.height = row_height(again, look)
            rest = [again, *rest]
        return [_page_table(self.rows[:fits], look), PagedTable(rest, look, self.tail, True)]

    def draw(self):
        table = _page_table(self.rows, self.look)
        _, height = table.wrapOn(self.canv, self.width, 100_000)
        y = self.height - height
        table.drawOn(self.canv, 0, y)
        for flowable in self.tail:
            y -= flowable.getSpaceBefore()
            _, tail_height = flowable.wrapOn(self.canv, self.width, 100_000)
            y -= tail_height
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()
