"""The document-control header printed at the top of every page (ISO 9001 practice, FORMS.md).

The academy's name in Kazakh and Russian side by side, Kazakh first; the unit
that owns the document and its code; the document's title, its edition and
"page N of M" in the document's language ("12 беттің 4 беті", "Стр. 4 из 12").
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from skma_training.documents import fonts
from skma_training.documents.academy import Academy
from skma_training.documents.forms import Form, fill
from skma_training.documents.styles import GRID, plain_cells

HEADER_SIZE = 8


@dataclass(frozen=True, slots=True)
class Header:
    """What the document-control header says; ``page`` has {page} and {total} placeholders."""

    academy_kk: str
    academy_ru: str
    unit: str
    code: str
    edition: str
    title: str
    page: str


def make_header(form: Form, academy: Academy, lang: str, unit: str | None = None) -> Header:
    return Header(
        academy_kk=academy.name_kk,
        academy_ru=academy.name_ru,
        unit=unit if unit is not None else form.text("unit", lang),
        code=form.code.replace(" ", "\u00a0"),  # "Е 464-2025" never breaks at its space
        edition=form.text("edition", lang),
        title=form.text("header_title", lang),
        page=form.text("page", lang, page="{page}", total="{total}"),
    )


def _header_style(bold: bool = False, italic: bool = False, align=TA_CENTER) -> ParagraphStyle:
    name = fonts.BOLD if bold else (fonts.ITALIC if italic else fonts.REGULAR)
    return ParagraphStyle("header", fontName=name, fontSize=HEADER_SIZE, leading=HEADER_SIZE * 1.2,
                          alignment=align)


def _cell(text: str, **style) -> Paragraph:
    return Paragraph(escape(text), _header_style(**style))


def _grid(top: float, bottom: float) -> TableStyle:
    return TableStyle(plain_cells() + [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ])


class HeaderBlock(Flowable):
    """Two bordered tables drawn as one: the academy's names in equal halves on top, then
    unit | code and title | edition and page."""

    def __init__(self, header: Header, width: float, page: int | None, total: int | None):
        super().__init__()
        # page None: the block without its page line, drawn once and stamped on every page
        page_text = fill(header.page, {"page": page, "total": total}) if page else ""
        right = 0.34 * width
        names = [_cell(header.academy_kk, bold=True), _cell(header.academy_ru, bold=True)]
        self.names = Table([names], colWidths=[width / 2, width / 2], style=_grid(2, 3))
        self.rest = Table([
            [_cell(header.unit, align=TA_LEFT), _cell(header.code, bold=True)],
            [_cell(header.title, italic=True, align=TA_LEFT),
             _cell(f"{header.edition} · {page_text}" if page else "")],
        ], colWidths=[width - right, right], style=_grid(1.5, 2.5))
        self.width = width
        self.height = 0.0
        self._names_height = 0.0

    def wrap(self, available_width, available_height):
        _, self._names_height = self.names.wrap(self.width, available_height)
        _, rest_height = self.rest.wrap(self.width, available_height)
        self.height = self._names_height + rest_height
        return self.width, self.height

    def draw(self):
        self.rest.drawOn(self.canv, 0, 0)
        self.names.drawOn(self.canv, 0, self.height - self._names_height)

    def page_cell(self) -> tuple[float, float, float, float]:
        """Where the page line goes (x, y, width, height), after wrap."""
        right = self.rest._colWidths[1]
        return self.width - right, 0.0, right, self.rest._rowHeights[1]


def header_flowable(header: Header, width: float, page: int, total: int) -> HeaderBlock:
    return HeaderBlock(header, width, page, total)
