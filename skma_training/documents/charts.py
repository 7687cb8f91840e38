"""Charts of the management report (reportlab.graphics), in the bundled font.

Every text of a chart is set in the bundled family explicitly: the graphics
library falls back to the standard fonts, which have no Kazakh letters and are
not embedded.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from skma_training.documents import fonts
from skma_training.documents.formatting import NBSP, fmt_money, fmt_number
from skma_training.documents.layout import Chart

PALETTE = [colors.HexColor(c) for c in ("#2F5D8A", "#7FA7C9", "#C8893B", "#6C9A5B", "#A35D6A",
                                         "#8C7AA9", "#B5B5B5", "#4F8C8C")]
FONT_SIZE = 8
TITLE_SIZE = 9.5


def value_text(value: float, value_format: str) -> str:
    if value_format == "money":
        return fmt_money(value)
    if value_format == "percent":
        return fmt_number(value, 1) + NBSP + "%"
    return fmt_number(value, 1)


def _wrap(label: str, width: float, lines: int = 2) -> str:
    # broken at spaces but not at the non-breaking ones ("20,8 %", "16 265 000")
    from skma_training.documents.plain_text import break_lines

    parts = break_lines(label, width, fonts.REGULAR, FONT_SIZE)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip() + "…"
    return "\n".join(parts)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the bundled one: the renderer sets the default font
    even when every text overrides it, and Helvetica would then be listed unembedded."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = FONT_SIZE
    return drawing


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - TITLE_SIZE - 1, text, fontName=fonts.BOLD,
                       fontSize=TITLE_SIZE, textAnchor="middle"))


def _axis_fonts(chart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        labels.fontName = fonts.REGULAR
        labels.fontSize = FONT_SIZE


def horizontal_bars(chart: Chart, width: float) -> Drawing:
    label_width = width * 0.36
    bar_step = 5.5 * mm
    plot_height = max(1, len(chart.values)) * bar_step
    height = plot_height + 14 * mm
    drawing = _drawing(width, height)
    _title(drawing, chart.title, width, height)
    bars = HorizontalBarChart()
    _axis_fonts(bars)
    bars.x, bars.y = label_width + 4, 7 * mm
    bars.width, bars.height = width - label_width - 18 * mm, plot_height
    bars.data = [list(chart.values) or [0]]
    # reportlab draws the first category at the bottom; reverse so the list reads top-down
    bars.data = [list(reversed(bars.data[0]))]
    names = [_wrap(label, label_width - 6) for label in reversed(chart.labels)]
    bars.categoryAxis.categoryNames = names or [""]
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -3
    bars.valueAxis.valueMin = 0
    top = max(chart.values or [0])
    bars.valueAxis.valueMax = 100 if chart.value_format == "percent" else (top * 1.15 or 1)
    bars.valueAxis.labelTextFormat = lambda v: value_text(v, chart.value_format)
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    bars.bars[0].fillColor = PALETTE[0]
    bars.bars.strokeColor = None
    bars.barLabelFormat = lambda v: value_text(v, chart.value_format)
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    bars.barWidth = bar_step * 0.6
    drawing.add(bars)
    return drawing


def vertical_bars(chart: Chart, width: float, height: float = 56 * mm) -> Drawing:
    drawing = _drawing(width, height)
    _title(drawing, chart.title, width, height)
    bars = VerticalBarChart()
    _axis_fonts(bars)
    bars.x, bars.y = 14 * mm, 9 * mm
    bars.width, bars.height = width - 20 * mm, height - 9 * mm - 12 * mm
    bars.data = [list(chart.values) or [0]]
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -2
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(chart.values or [0]) * 1.15 or 1
    bars.valueAxis.labelTextFormat = lambda v: value_text(v, chart.value_format)
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    bars.bars[0].fillColor = PALETTE[0]
    bars.bars.strokeColor = None
    bars.barLabelFormat = lambda v: value_text(v, chart.value_format) if v else ""
    bars.barLabels.boxAnchor = "s"
    bars.barLabels.dy = 2
    drawing.add(bars)
    return drawing


def pie(chart: Chart, width: float, height: float = 56 * mm) -> Drawing:
    drawing = _drawing(width, height)
    _title(drawing, chart.title, width, height)
    pairs = [(label, value) for label, value in zip(chart.labels, chart.values) if value > 0]
    total = sum(value for _, value in pairs)
    size = height - 18 * mm
    wedges = Pie()
    wedges.x, wedges.y = 8 * mm, 5 * mm
    wedges.width = wedges.height = size
    wedges.data = [value for _, value in pairs] or [1]
    wedges.labels = None
    wedges.slices.strokeColor = colors.white
    wedges.slices.strokeWidth = 0.8
    wedges.slices.fontName = fonts.REGULAR
    wedges.slices.fontSize = FONT_SIZE
    for index in range(len(wedges.data)):
        colour = PALETTE[index % len(PALETTE)] if pairs else colors.lightgrey
        wedges.slices[index].fillColor = colour
    drawing.add(wedges)
    legend = Legend()
    legend.fontName, legend.fontSize = fonts.REGULAR, FONT_SIZE
    legend.x, legend.y = wedges.x + size + 10 * mm, wedges.y + size
    legend.alignment = "right"
    legend.deltay = 11
    legend.columnMaximum = 10
    text_width = width - legend.x - 14
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)],
         _wrap(f"{label} — {value_text(value, chart.value_format)} "
               f"({fmt_number(100 * value / total, 1)}{NBSP}%)", text_width, 2))
        for i, (label, value) in enumerate(pairs)
    ]
    drawing.add(legend)
    return drawing


def nothing_to_show(chart: Chart, width: float, height: float = 30 * mm) -> Drawing:
    drawing = _drawing(width, height)
    _title(drawing, chart.title, width, height)
    drawing.add(String(width / 2, height / 2 - FONT_SIZE, chart.empty_text, fontName=fonts.ITALIC,
                       fontSize=FONT_SIZE + 1, textAnchor="middle", fillColor=colors.grey))
    return drawing


def draw_chart(chart: Chart, width: float) -> Drawing:
    if not any(chart.values):
        return nothing_to_show(chart, width)
    if chart.kind == "pie":
        return pie(chart, width)
    if chart.kind == "bar":
        return vertical_bars(chart, width)
    return horizontal_bars(chart, width)
