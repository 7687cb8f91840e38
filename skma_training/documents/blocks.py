"""Pieces the documents share: approval block, signature lines, filled-in fields, ruled lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Table, TableStyle

from skma_training.documents import fonts
from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date
from skma_training.documents.forms import Form
from skma_training.documents.plain_text import PlainText, can_draw_plain
from skma_training.documents.styles import GRID, SHADE, plain_cells

SIGN_LINE = "_" * 18
FIELD_ROW_LINES = 10  # a filled-in field taller than this continues in the next table row


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text (newlines kept): drawn as lines when the style allows, else a
    Paragraph (escaped)."""
    if can_draw_plain(style):
        return PlainText(text or "", style)
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


BACK_VOWELS, FRONT_VOWELS = set("аоұыуяё"), set("әөүіеэи")


def kazakh_possessive(title: str) -> str:
    """"Басқарма Төрағасы – Ректор" -> "Басқарма Төрағасы – Ректоры" (3rd person possessive by
    vowel harmony: -ы/-і after a consonant, -сы/-сі after a vowel)."""
    word = title.rstrip()
    if not word:
        return title
    vowels = [c for c in word.casefold() if c in BACK_VOWELS | FRONT_VOWELS]
    front = bool(vowels) and vowels[-1] in FRONT_VOWELS
    if word[-1].casefold() in BACK_VOWELS | FRONT_VOWELS:
        return word + ("сі" if front else "сы")
    return word + ("і" if front else "ы")


def approval_lines(form: Form, academy: Academy, lang: str) -> list[str]:
    """Who approves, in the language's order: Kazakh "«…» АҚ Басқарма Төрағасы – Ректоры",
    Russian "Председатель Правления – Ректор" then "АО «…»" (the template's "approver")."""
    return form.lines("approver", lang, academy=academy.name(lang),
                      rector_title=academy.rector_title(lang),
                      rector_title_of=kazakh_possessive(academy.rector_title(lang)))


def approval_block(form: Form, lang: str, academy: Academy, style: ParagraphStyle,
                   approved_on: date | None = None, width: float = 85 * mm) -> Table:
    """БЕКІТЕМІН / УТВЕРЖДАЮ, the rector's title, the signature line and the date, top right."""
    bold = ParagraphStyle("approve", parent=style, fontName=fonts.BOLD)
    when = fmt_date(approved_on) if approved_on else form.text("date_blank", lang)
    who = approval_lines(form, academy, lang)
    rows = [[para(form.text("approve", lang), bold)], *([para(line, style)] for line in who),
            [para(f"{SIGN_LINE} {academy.rector_name}".rstrip(), style)],
            [para(when, style)]]
    table = Table(rows, colWidths=[width], hAlign="RIGHT")
    table.setStyle(TableStyle(plain_cells() + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, len(who) + 1), (0, len(who) + 1), 6)]))
    return table


def _plain(text: str, style: ParagraphStyle, width: float) -> str:
    """Plain text broken at spaces for a cell ``width`` wide: a table draws it line by line,
    far faster than a paragraph (a batch of 500 applications has some 15,000 of them)."""
    from skma_training.documents.paged_table import wrap_plain

    return wrap_plain(text or "", max(1.0, width), style.fontName, style.fontSize)


def _font(style: ParagraphStyle, cells: tuple, alignment: int | None = None) -> list[tuple]:
    (first, last) = cells
    commands = [("FONTNAME", first, last, style.fontName), ("FONTSIZE", first, last, style.fontSize),
                ("LEADING", first, last, style.leading)]
    align = {1: "CENTER", 2: "RIGHT"}.get(style.alignment if alignment is None else alignment)
    if align:
        commands.append(("ALIGN", first, last, align))
    return commands


def _one_line(text: str) -> str:
    return re.sub(r"[ \t]*\n[ \t\n]*", " ", text).strip()


def signature_table(rows: Sequence[tuple[str, str]], style: ParagraphStyle, width: float,
                    caption: str = "", caption_style: ParagraphStyle | None = None) -> Table:
    """Position | signature line | name, one row per signatory (the name may be blank)."""
    data = []
    widths = [width * 0.45, width * 0.22, width * 0.33]
    commands = plain_cells() + [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                                ("TOPPADDING", (0, 0), (-1, -1), 7)]
    caption_style = caption_style or style
    for position, name in rows:
        index = len(data)
        # a signatory's name is one line of text wherever it came from (a host supervisor's
        # name may have been typed with line breaks)
        data.append([_plain(_one_line(position), style, widths[0] - 6), "",
                     _plain(_one_line(name or ""), style, widths[2] - 6)])
        commands += _font(style, ((0, index), (-1, index)), 0)
        if caption:
            data.append(["", _plain(caption, caption_style, widths[1] - 6), ""])
            commands += _font(caption_style, ((0, index + 1), (-1, index + 1)))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    signature_rows = range(0, len(data), 2 if caption else 1)
    for index in signature_rows:
        commands.append(("LINEBELOW", (1, index), (1, index), 0.6, colors.black))
        commands.append(("RIGHTPADDING", (1, index), (1, index), 8))
    if caption:
        for index in range(1, len(data), 2):
            commands.append(("TOPPADDING", (0, index), (-1, index), 0))
            commands.append(("ALIGN", (1, index), (1, index), "CENTER"))
    table.setStyle(TableStyle(commands))
    return table


def fields_table(pairs: Sequence[tuple[str, str]], label_style: ParagraphStyle,
                 value_style: ParagraphStyle, width: float, label_share: float = 0.38) -> Table:
    """Label | value rows with the value written on a line, as on a filled-in form."""
    widths = [width * label_share, width * (1 - label_share)]
    data, commands = [], plain_cells() + [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for label, value in pairs:
        # a value of many lines (a title may hold 249 line breaks) goes in rows of a few lines,
        # so that the table can carry on over pages; the line is drawn under the last one
        labels = _plain(label, label_style, widths[0] - 6).split("\n")
        values = _plain(value, value_style, widths[1] - 12).split("\n")
        count = max(1, -(-max(len(labels), len(values)) // FIELD_ROW_LINES))
        first = len(data)
        for part in range(count):
            cut = slice(part * FIELD_ROW_LINES, (part + 1) * FIELD_ROW_LINES)
            data.append(["\n".join(labels[cut]), "\n".join(values[cut])])
        commands.append(("LINEBELOW", (1, len(data) - 1), (1, len(data) - 1), 0.4, colors.grey))
        if count > 1:
            commands += [("VALIGN", (0, first), (-1, len(data) - 2), "TOP"),
                         ("BOTTOMPADDING", (0, first), (-1, len(data) - 2), 0),
                         ("TOPPADDING", (0, first + 1), (-1, len(data) - 1), 0)]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    if data:
        commands += _font(label_style, ((0, 0), (0, -1)), 0)
        commands += _font(value_style, ((1, 0), (1, -1)), 0)
    table.setStyle(TableStyle(commands))
    return table


def grid_table(data: list[list], widths: Sequence[float], header_rows: int = 1,
               repeat: bool = True, row_heights: Sequence[float | None] | None = None) -> Table:
    """A bordered table whose header rows are shaded and repeat on every page; a row taller
    than ``GRID_ROW_LINES`` lines goes on in the rows after it (see _cut_tall_rows)."""
    data, row_heights, joins = _cut_tall_rows(data, list(widths), header_rows, row_heights)
    table = LongTable(data, colWidths=list(widths), rowHeights=row_heights,
                      repeatRows=header_rows if repeat else 0)
    commands = plain_cells() + [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]
    for row in joins:  # one record cut in rows: no rule between its parts
        commands += [("LINEBELOW", (0, row), (-1, row), 0.6, colors.white),
                     ("BOTTOMPADDING", (0, row), (-1, row), 0),
                     ("TOPPADDING", (0, row + 1), (-1, row + 1), 0)]
    if joins:  # the white covered the column rules where the parts meet: draw them again
        commands.append(("LINEBEFORE", (1, 0), (-1, -1), 0.5, GRID))
        commands.append(("BOX", (0, 0), (-1, -1), 0.5, GRID))
    table.setStyle(TableStyle(commands))
    return table


GRID_ROW_LINES = 30  # a table row of plain text taller than this goes on in the next row


def _cut_tall_rows(data: list[list], widths: list[float], header_rows: int,
                   row_heights) -> tuple[list[list], list | None, list[int]]:
    """A row whose plain-text cells run longer than GRID_ROW_LINES lines, cut into rows of that
    many lines: reportlab splits a table only between rows, so a title of 249 line breaks
    could never be printed. Returns the rows, their heights and the rows a record goes on after."""
    made, heights, joins = [], [], []
    for index, row in enumerate(data):
        height = row_heights[index] if row_heights is not None else None
        lines = [_cell_lines(cell, width - 6) for cell, width in zip(row, widths)] \
            if index >= header_rows else []
        tallest = max((len(c) for c in lines if c is not None), default=0)
        if tallest <= GRID_ROW_LINES:
            made.append(row)
            heights.append(height)
            continue
        for start in range(0, tallest, GRID_ROW_LINES):
            part = []
            for cell, cell_lines in zip(row, lines):
                if cell_lines is None:  # not plain text: stays whole in the first part
                    part.append(cell if start == 0 else "")
                    continue
                chunk = cell_lines[start:start + GRID_ROW_LINES]
                part.append(_cell_part(cell, chunk))
            if start:
                joins.append(len(made) - 1)
            made.append(part)
            heights.append(None)
    return made, (heights if row_heights is not None else None), joins


def _cell_lines(cell, width: float) -> list[str] | None:
    if isinstance(cell, PlainText):
        cell.wrap(width, 100_000)
        return list(cell._lines or [])
    if isinstance(cell, str):
        return cell.split("\n") if cell else []
    return None


def _cell_part(cell, lines: list[str]):
    if isinstance(cell, PlainText):
        return PlainText("\n".join(lines), cell.style, list(lines)) if lines else ""
    return "\n".join(lines)


class RuledLines(Flowable):
    """Empty lines to write on by hand."""

    def __init__(self, count: int, width: float, spacing: float = 7.5 * mm):
        super().__init__()
        self.count, self.width, self.spacing = max(0, count), width, spacing
        self.height = self.count * spacing

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def split(self, available_width, available_height):
        fits = int(available_height // self.spacing)
        if fits <= 0 or fits >= self.count:
            return []
        return [RuledLines(fits, self.width, self.spacing),
                RuledLines(self.count - fits, self.width, self.spacing)]

    def draw(self):
        self.canv.setStrokeColor(colors.grey)
        self.canv.setLineWidth(0.4)
        for index in range(self.count):
            y = self.height - (index + 1) * self.spacing + 1
            self.canv.line(0, y, self.width, y)


class SealPlace(Flowable):
    """A dashed circle marking where the host organisation's seal goes (М.О. / М.П.)."""

    def __init__(self, label: str, diameter: float = 32 * mm):
        super().__init__()
        self.label, self.diameter = label, diameter
        self.width = self.height = diameter

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        radius = self.diameter / 2
        self.canv.setStrokeColor(colors.grey)
        self.canv.setDash(2, 2)
        self.canv.circle(radius, radius, radius - 1)
        self.canv.setDash()
        self.canv.setFont(fonts.REGULAR, 10)
        self.canv.setFillColor(colors.grey)
        self.canv.drawCentredString(radius, radius - 3, self.label)
