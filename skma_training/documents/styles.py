"""Paragraph styles, table colours and the table commands every document shares."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from skma_training.documents import fonts

GRID = colors.Color(0.25, 0.25, 0.25)  # table rules
SHADE = colors.Color(0.90, 0.92, 0.95)  # column headers, group headings
LIGHT = colors.Color(0.96, 0.96, 0.96)  # subgroups and totals


def plain_cells() -> list[tuple]:
    """Table commands every table starts with: even an empty cell is drawn in a font, and the
    default (Helvetica) would be listed in the file as an unembedded font."""
    return [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]


def styles(size: float = 11, cell: float | None = None) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document whose body text is ``size`` points and whose table
    cells are ``cell`` points (two less by default)."""
    fonts.register_fonts()
    lead = size * 1.25
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=size, leading=lead,
                          splitLongWords=True)
    cell = cell or size - 2
    made = {
        "body": base,
        "indent": ParagraphStyle("indent", parent=base, firstLineIndent=12 * mm, alignment=4),
        "justify": ParagraphStyle("justify", parent=base, alignment=4),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "draft": ParagraphStyle("draft", parent=base, fontName=fonts.BOLD, fontSize=size + 1,
                                alignment=TA_RIGHT, spaceAfter=2 * mm),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=size + 2,
                                leading=(size + 2) * 1.25, alignment=TA_CENTER, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=2 * mm),
        "heading": ParagraphStyle("heading", parent=base, fontName=fonts.BOLD, spaceBefore=3 * mm,
                                  spaceAfter=1.5 * mm, keepWithNext=True),
        # above a long table: keepWithNext would carry the whole table to the next page
        "table_heading": ParagraphStyle("table_heading", parent=base, fontName=fonts.BOLD,
                                        spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "note": ParagraphStyle("note", parent=base, fontName=fonts.ITALIC, fontSize=size - 2,
                               leading=(size - 2) * 1.25),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2, leading=(size - 2) * 1.2),
        "caption": ParagraphStyle("caption", parent=base, fontName=fonts.ITALIC, fontSize=size - 3,
                                  leading=(size - 3) * 1.2, alignment=TA_CENTER),
        # in tables words wrap only at spaces: a name or a date is never cut in two
        "cell": ParagraphStyle("cell", parent=base, fontSize=cell, leading=cell * 1.18,
                               splitLongWords=False),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=fonts.BOLD, fontSize=cell,
                                    leading=cell * 1.18, splitLongWords=False),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=fonts.BOLD,
                                    fontSize=cell - 0.5, leading=(cell - 0.5) * 1.15,
                                    alignment=TA_CENTER, splitLongWords=False),
    }
    for align, code in (("center", TA_CENTER), ("right", TA_RIGHT)):
        made[f"cell_{align}"] = ParagraphStyle(f"cell_{align}", parent=made["cell"], alignment=code)
        made[f"cell_bold_{align}"] = ParagraphStyle(f"cell_bold_{align}", parent=made["cell_bold"],
                                                    alignment=code)
    return made
