"""The page every document is printed on: A4, a filing margin, the header on every page.

"Page N of M" in the header is only known when the last page is laid out, so
the canvas keeps every page and draws the headers when the document is saved
(the usual numbered-canvas pattern). Several documents printed into one file
(a batch of applications) are numbered each on its own: a ``SectionStart`` at
the top of each one starts the count again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from skma_training.documents import fonts
from skma_training.documents.forms import Form
from skma_training.documents.letterhead import Header, header_flowable
from skma_training.fileio import atomic_output


@dataclass(frozen=True, slots=True)
class PageSetup:
    landscape: bool = False
    left: float = 30 * mm  # the filing edge
    right: float = 15 * mm
    top: float = 12 * mm
    bottom: float = 15 * mm

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        return self.size[0] - self.left - self.right


def page_setup(form: Form) -> PageSetup:
    return PageSetup(
        landscape=form.landscape,
        left=form.number("margin_left_mm", 30) * mm,
        right=form.number("margin_right_mm", 15) * mm,
        top=form.number("margin_top_mm", 12) * mm,
        bottom=form.number("margin_bottom_mm", 15) * mm,
    )


class DocumentCanvas(Canvas):
    """Keeps every page until the end, then draws each header with "page N of M"."""

    def __init__(self, *args, header: Header, setup: PageSetup, **kwargs):
        super().__init__(*args, **kwargs)
        self._header = header
        self._setup = setup
        self._pages: list[dict] = []
        self._page_sections: list[int] = []
        self._section = 0
        self._footer = ""
        self._page_footers: list[str] = []

    def begin_section(self) -> None:
        self._section += 1

    def set_footer(self, text: str) -> None:
        """A note printed at the foot of the current page (an instruction to the employee)."""
        self._footer = text

    def showPage(self):  # noqa: N802 - reportlab's name
        self._page_sections.append(self._section)
        self._page_footers.append(self._footer)
        self._footer = ""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals: dict[int, int] = {}
        for section in self._page_sections:
            totals[section] = totals.get(section, 0) + 1
        seen: dict[int, int] = {}
        footers = list(self._page_footers)
        for state, section, footer in zip(self._pages, self._page_sections, footers):
            self.__dict__.update(state)
            seen[section] = seen.get(section, 0) + 1
            self._draw_header(seen[section], totals[section])
            if footer:
                self._draw_footer(footer)
            super().showPage()
        super().save()

    def _draw_footer(self, text: str) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        setup = self._setup
        style = ParagraphStyle("footer", fontName=fonts.ITALIC, fontSize=8, leading=9.5)
        note = Paragraph(text, style)
        _, height = note.wrap(setup.width, setup.bottom)
        self.setLineWidth(0.4)
        top = setup.bottom - 1.5 * mm
        self.line(setup.left, top, setup.left + setup.width, top)
        note.drawOn(self, setup.left, top - 1 * mm - height)

    def _draw_header(self, page: int, total: int) -> None:
        """The header drawn once as a form and stamped on every page with its page line (500
        headers of tables and paragraphs laid out anew took a fifth of a batch's time)."""
        from skma_training.documents.forms import fill
        from skma_training.documents.letterhead import HEADER_SIZE

        setup = self._setup
        top = setup.size[1] - setup.top
        if not hasattr(self, "_header_cell"):
            flowable = header_flowable(self._header, setup.width, None, None)
            _, height = flowable.wrap(setup.width, setup.size[1])
            self.beginForm("letterhead")
            flowable.drawOn(self, setup.left, top - height)
            self.endForm()
            x, y, width, cell_height = flowable.page_cell()
            self._header_cell = (setup.left + x, top - height + y, width, cell_height)
        self.doForm("letterhead")
        x, y, width, cell_height = self._header_cell
        text = f"{self._header.edition} · " + fill(self._header.page,
                                                   {"page": page, "total": total})
        self.saveState()
        self.setFont(fonts.REGULAR, HEADER_SIZE)
        self.drawCentredString(x + width / 2, y + (cell_height - HEADER_SIZE * 0.7) / 2, text)
        self.restoreState()


def header_height(header: Header, setup: PageSetup) -> float:
    """Height of the header at its widest (a three-digit page count), to keep the frame below it."""
    flowable = header_flowable(header, setup.width, 999, 999)
    return flowable.wrap(setup.width, setup.size[1])[1]


class FooterNote(Flowable):
    """Puts ``text`` at the foot of the page it lands on (outside the text frame)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if isinstance(self.canv, DocumentCanvas):
            self.canv.set_footer(self.text)


class SectionStart(Flowable):
    """Marks where one document of a batch begins; reports progress and honours cancellation."""

    def __init__(self, on_draw: Callable[[], None] | None = None):
        super().__init__()
        self.on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.on_draw is not None:
            self.on_draw()  # may raise to cancel the whole file
        if isinstance(self.canv, DocumentCanvas):
            self.canv.begin_section()


def build_pdf(out: Path, story: Sequence[Flowable], form: Form, header: Header, title: str,
              author: str, lang: str = "") -> Path:
    """Lay out ``story`` on the document's pages and write it to ``out`` atomically."""
    fonts.register_fonts()
    setup = page_setup(form)
    top = setup.top + header_height(header, setup) + 5 * mm
    # the text spans exactly the margins: no frame padding, so tables, ruled lines and the
    # header all end on the same vertical lines
    frame = Frame(setup.left, setup.bottom, setup.width, setup.size[1] - top - setup.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    with atomic_output(out) as temporary:
        document = BaseDocTemplate(
            str(temporary), pagesize=setup.size, leftMargin=setup.left, rightMargin=setup.right,
            topMargin=top, bottomMargin=setup.bottom, title=title, author=author,
            subject=f"{header.code} {header.title}".strip(), creator="SKMA Training",
            pageTemplates=[PageTemplate(id="page", frames=[frame])],
            # the canvas starts in the bundled font: its default (Helvetica) would otherwise be
            # listed in the file as an unembedded font
            initialFontName=fonts.REGULAR, lang=lang,
        )
        with _binary_streams():
            document.build(list(story),
                           canvasmaker=partial(DocumentCanvas, header=header, setup=setup))
    return Path(out)


@contextmanager
def _binary_streams():
    """Compressed page streams written as binary, not also in ASCII base-85: the encoding took
    a fifth of a batch's time and made the file a quarter larger, and every reader takes binary."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before
