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

import re

from collections.abc import Sequence
from dataclasses import dataclass, field

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth as _string_width
from reportlab.platypus import Flowable, Paragraph

from skma_training.documents import fonts
from skma_training.documents.styles import GRID, LIGHT, SHADE

PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.0, 2.5
HEADINGS = ("group", "subgroup")
TOTALS = ("subtotal", "total")


@lru_cache(maxsize=200_000)
def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - reportlab's name
    """The same few thousand names, positions and dates come back on every page: measure once."""
    return _string_width(text, font, size)


def wrap_plain(text: str, width: float, font: str, size: float) -> str:
    """Plain text broken into lines at spaces, each line as wide as ``width`` allows. A word is
    cut only when it is wider than the whole cell (a register value of one 300-letter word):
    the columns are made as wide as their longest real word, so names are never cut."""
    return "\n".join(break_words(text, width, font, size))


SPACES = re.compile(r"[ \t\r]+")  # runs of spaces count as one, as in a Paragraph (not NBSP)


def break_words(text: str, width: float, font: str, size: float, collapse_spaces: bool = False) -> list[str]:
    """Lines at most ``width`` wide, broken at spaces; a word wider than a whole line is cut where
    the line ends. ``collapse_spaces``: runs of spaces count as one, as in a Paragraph."""
    lines = []
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        if collapse_spaces:
            paragraph = SPACES.sub(" ", paragraph).strip(" ")
        line, used = "", 0.0
        for word in paragraph.split(" "):
            word_width = stringWidth(word, font, size)
            if word_width > width > 0:
                if line:
                    lines.append(line)
                pieces = cut_word(word, width, font, size)
                lines.extend(pieces[:-1])
                line, used = pieces[-1], stringWidth(pieces[-1], font, size)
                continue
            if line and used + space + word_width > width:
                lines.append(line)
                line, used = word, word_width
            else:
                used += (space if line else 0.0) + word_width
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def cut_word(word: str, width: float, font: str, size: float) -> list[str]:
    pieces, piece, used = [], "", 0.0
    for char in word:
        char_width = stringWidth(char, font, size)
        if piece and used + char_width > width:
            pieces.append(piece)
            piece, used = "", 0.0
        piece += char
        used += char_width
    pieces.append(piece)
    return pieces


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
    header: list = field(default_factory=list)  # the column titles (lines of plain text)
    header_height: float = 0.0
    head_size: float = 0.0
    head_leading: float = 0.0


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


class PageGrid(Flowable):
    """One page of the table, drawn directly: fills, rules and lines of text in one text
    object. Every cell is plain text already broken into lines (tabular_pdf does it), so
    nothing here measures or wraps, which keeps a page of 30 rows to a few milliseconds."""

    def __init__(self, rows: Sequence[BodyRow], look: TableLook):
        super().__init__()
        self.rows, self.look = list(rows), look
        self.width = sum(look.widths)
        self.height = look.header_height + sum(r.height for r in self.rows)

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas, look = self.canv, self.look
        edges = [0.0]
        for width in look.widths:
            edges.append(edges[-1] + width)
        rows = [(BodyRow(look.header, "header"), look.header_height)] + \
               [(r, r.height) for r in self.rows]
        text = canvas.beginText()
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(GRID)
        top = self.height
        lines = []
        for row, height in rows:
            bottom = top - height
            fill = {"header": SHADE, "group": SHADE, "subgroup": LIGHT, "subtotal": LIGHT,
                    "total": LIGHT}.get(row.style)
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
            lines.append((0, top, self.width, top))
            # the vertical rules, except inside a spanned heading or a total's label
            skip = range(1, len(look.widths)) if row.style in HEADINGS else \
                range(1, row.span_to + 1)
            for index, x in enumerate(edges):
                if index not in skip:
                    lines.append((x, top, x, bottom))
            self._text(text, row, top, height, edges)
            top = bottom
        lines.append((0, top, self.width, top))
        canvas.lines(lines)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawText(text)
        canvas.restoreState()

    def _text(self, text, row: BodyRow, top: float, height: float, edges: list[float]) -> None:
        look = self.look
        header = row.style == "header"
        bold = header or row.style in HEADINGS or row.style in TOTALS
        size = look.head_size or look.font_size if header else look.font_size
        leading = look.head_leading or look.leading if header else look.leading
        font = fonts.BOLD if bold else fonts.REGULAR
        text.setFont(font, size, leading)
        cells = row.cells[:1] if row.style in HEADINGS else row.cells
        for index, cell in enumerate(cells):
            if cell in (None, ""):
                continue
            right = edges[-1] if row.style in HEADINGS else \
                edges[row.span_to + 1] if index == 0 and row.span_to else edges[index + 1]
            left = edges[index]
            align = "CENTER" if header else \
                "LEFT" if row.style in HEADINGS or (index == 0 and row.span_to) else \
                look.aligns[index]
            parts = str(cell).split("\n")
            y = top - PAD_TOP - size * 0.92
            if header:  # titles stand in the middle of the header row
                y -= max(0.0, (height - PAD_TOP - PAD_BOTTOM - len(parts) * leading) / 2)
            for part in parts:
                if part:
                    if align == "LEFT":
                        x = left + PAD_X
                    else:
                        width = stringWidth(part, font, size)
                        x = right - PAD_X - width if align == "RIGHT" \
                            else (left + right - width) / 2
                    text.setTextOrigin(x, y)
                    text.textOut(part)
                y -= leading


def _page_table(rows: Sequence[BodyRow], look: TableLook) -> PageGrid:
    return PageGrid(rows, look)


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
            # reportlab marks a flowable that found no room and moved to a fresh page: there a
            # row taller than the page is cut between its lines, or it could never be printed
            if not getattr(self, "_postponed", False):
                return []
            return self._split_inside_a_row(room)
        return self._pages(self.rows[:fits], self.rows[fits:], fits)

    def _split_inside_a_row(self, room: float) -> list:
        look = self.look
        whole, used = 0, 0.0
        while whole < len(self.rows) and used + self.rows[whole].height <= room:
            used += self.rows[whole].height
            whole += 1
        if whole >= len(self.rows):
            return []
        row = self.rows[whole]
        lines = int((room - used - PAD_TOP - PAD_BOTTOM) // look.leading)
        if lines < 1 or row.style in HEADINGS or any(isinstance(c, Paragraph) for c in row.cells):
            return []
        cells = [str(c).split("\n") if c not in (None, "") else [] for c in row.cells]
        first = BodyRow(["\n".join(c[:lines]) for c in cells], row.style, row.span_to)
        then = BodyRow(["\n".join(c[lines:]) for c in cells], row.style, row.span_to)
        first.height, then.height = row_height(first, look), row_height(then, look)
        return self._pages([*self.rows[:whole], first], [then, *self.rows[whole + 1:]], whole + 1)

    def _pages(self, page: list[BodyRow], rest: list[BodyRow], fits: int) -> list:
        look = self.look
        heading = self._heading_before(fits)
        if rest and heading is not None and rest[0].style not in HEADINGS and look.continued:
            text = heading.cells[0]
            label = text.text if isinstance(text, Paragraph) else str(text)
            cell = wrap_plain(f"{label} {look.continued}", sum(look.widths) - 2 * PAD_X,
                              fonts.BOLD, look.font_size)
            again = BodyRow([cell] + [""] * (len(look.widths) - 1), heading.style)
            again.height = row_height(again, look)
            rest = [again, *rest]
        return [_page_table(page, look), PagedTable(rest, look, self.tail, True)]

    def draw(self):
        table = _page_table(self.rows, self.look)
        _, height = table.wrap(self.width, 100_000)
        y = self.height - height
        table.drawOn(self.canv, 0, y)
        for flowable in self.tail:
            y -= flowable.getSpaceBefore()
            _, tail_height = flowable.wrapOn(self.canv, self.width, 100_000)
            y -= tail_height
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()
