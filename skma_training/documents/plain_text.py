"""Plain text as a flowable: lines broken at spaces and drawn directly, far faster than a
reportlab Paragraph (which parses markup for every one); used for every paragraph that has no
markup, no justification and no first-line indent. It splits across pages line by line, so a
text of any length prints."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from skma_training.documents.paged_table import SPACES, break_words, cut_word, stringWidth


def can_draw_plain(style: ParagraphStyle) -> bool:
    return style.alignment in (0, TA_CENTER, TA_RIGHT) and not style.firstLineIndent \
        and not style.leftIndent and not style.rightIndent and not style.backColor \
        and not style.borderWidth


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Lines at most ``width`` wide, broken at spaces; a word wider than a whole line (a long
    code, a register value without spaces) is cut where the line ends, as a Paragraph does."""
    return break_words(text, width, font, size, collapse_spaces=True)


class PlainText(Flowable):
    """Lines of plain text in one font, aligned left, centred or right; spaces as the style's."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None,
                 first: bool = True, last: bool = True):
        super().__init__()
        self.text, self.style = text or "", style
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading
        self._lines = lines
        self._wrapped_at: float | None = None if lines is None else -1.0
        # a text split over pages keeps the space before its first part and after its last
        self.spaceBefore = style.spaceBefore if first else 0
        self.spaceAfter = style.spaceAfter if last else 0
        self.width = self.height = 0

    def _lines_for(self, width: float) -> list[str]:
        if self._wrapped_at == -1.0:  # the lines of a part: already broken
            return self._lines
        if self._wrapped_at != width:
            self._lines = break_lines(self.text, width, self.font, self.size) if self.text else []
            self._wrapped_at = width
        return self._lines

    def wrap(self, available_width, available_height):
        lines = self._lines_for(available_width)
        self.width = available_width
        self.height = len(lines) * self.leading
        return self.width, self.height

    def split(self, available_width, available_height):
        lines = self._lines_for(available_width)
        fits = int((available_height + 1e-6) // self.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        head = PlainText("\n".join(lines[:fits]), self.style, lines[:fits], last=False)
        tail = PlainText("\n".join(lines[fits:]), self.style, lines[fits:], first=False)
        head.spaceBefore, tail.spaceAfter = self.spaceBefore, self.spaceAfter
        return [head, tail]

    def draw(self):
        lines = self._lines if self._lines is not None else []
        if not lines:
            return
        text = self.canv.beginText()
        text.setFont(self.font, self.size, self.leading)
        y = self.height - self.size
        align = self.style.alignment
        for line in lines:
            if line:
                x = 0.0
                if align in (TA_CENTER, TA_RIGHT):
                    rest = self.width - stringWidth(line, self.font, self.size)
                    x = rest / 2 if align == TA_CENTER else rest
                text.setTextOrigin(x, y)
                text.textOut(line)
            y -= self.leading
        self.canv.setFillColor(self.style.textColor)
        self.canv.drawText(text)


class LabelledValue(Flowable):
    """"Label: value" with the value underlined, as written on a form; wraps at spaces."""

    def __init__(self, label: str, value: str, style: ParagraphStyle):
        super().__init__()
        self.style = style
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading
        self.words = [(w, False) for w in SPACES.sub(" ", label).split(" ") if w] + \
            [(w, True) for w in SPACES.sub(" ", value).replace("\n", " ").split(" ") if w]
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._lines: list[list[tuple[str, bool]]] = []
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        space = stringWidth(" ", self.font, self.size)
        lines: list[list[tuple[str, bool]]] = [[]]
        used = 0.0
        for word, underlined in self.words:
            pieces = [word] if stringWidth(word, self.font, self.size) <= available_width \
                else cut_word(word, available_width, self.font, self.size)
            for piece in pieces:
                width = stringWidth(piece, self.font, self.size)
                if lines[-1] and used + space + width > available_width:
                    lines.append([])
                    used = 0.0
                used += (space if lines[-1] else 0.0) + width
                lines[-1].append((piece, underlined))
        self._lines = lines
        self.width, self.height = available_width, len(lines) * self.leading
        return self.width, self.height

    def draw(self):
        canvas, space = self.canv, stringWidth(" ", self.font, self.size)
        text = canvas.beginText()
        text.setFont(self.font, self.size, self.leading)
        rules = []
        y = self.height - self.size
        for line in self._lines:
            x, start = 0.0, None
            for index, (word, underlined) in enumerate(line):
                if index:
                    x += space
                if underlined and start is None:
                    start = x
                text.setTextOrigin(x, y)
                text.textOut(word)
                x += stringWidth(word, self.font, self.size)
            if start is not None:
                rules.append((start, y - 0.12 * self.size, x, y - 0.12 * self.size))
            y -= self.leading
        canvas.setFillColor(self.style.textColor)
        canvas.drawText(text)
        if rules:
            canvas.setStrokeColor(self.style.textColor)
            canvas.setLineWidth(0.06 * self.size)
            canvas.lines(rules)


class SideBySide(Flowable):
    """Two columns of flowables side by side, each stacked from the top (kept on one page)."""

    def __init__(self, left: list[Flowable], right: list[Flowable], left_width: float):
        super().__init__()
        self.left, self.right, self.left_width = left, right, left_width
        self.width = self.height = 0

    def _stack(self, flowables: list[Flowable], width: float) -> float:
        height = 0.0
        for index, flowable in enumerate(flowables):
            _, used = flowable.wrap(width, 100_000)
            self._heights[id(flowable)] = used  # a Table keeps its height privately
            height += used + (flowable.getSpaceBefore() if index else 0) + \
                (flowable.getSpaceAfter() if index < len(flowables) - 1 else 0)
        return height

    def wrap(self, available_width, available_height):
        self.width = available_width
        self._heights: dict[int, float] = {}
        self._right_width = available_width - self.left_width
        self.height = max(self._stack(self.left, self.left_width),
                          self._stack(self.right, self._right_width))
        return self.width, self.height

    def draw(self):
        for x, flowables in ((0.0, self.left), (self.left_width, self.right)):
            y = self.height
            for index, flowable in enumerate(flowables):
                if index:
                    y -= flowable.getSpaceBefore()
                y -= self._heights[id(flowable)]
                flowable.drawOn(self.canv, x, y)
                y -= flowable.getSpaceAfter()


class LabelBox(Flowable):
    """A framed box with a small label at its top left (the rector's resolution)."""

    def __init__(self, label: str, style: ParagraphStyle, width: float, height: float,
                 stroke, line_width: float = 0.5, padding: float = 6.0):
        super().__init__()
        self.label, self.style, self.stroke = label, style, stroke
        self.width, self.height, self.line_width, self.padding = width, height, line_width, padding

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas, style = self.canv, self.style
        canvas.setStrokeColor(self.stroke)
        canvas.setLineWidth(self.line_width)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        lines = break_lines(self.label, self.width - 2 * self.padding, style.fontName,
                            style.fontSize)
        text = canvas.beginText()
        text.setFont(style.fontName, style.fontSize, style.leading)
        y = self.height - 3 - style.fontSize  # the table's top padding, as before
        for line in lines:
            text.setTextOrigin(self.padding, y)
            text.textOut(line)
            y -= style.leading
        canvas.setFillColor(style.textColor)
        canvas.drawText(text)
