"""Plain-text flowables: lines broken at spaces, over-long words cut, split over pages."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from skma_training.documents import fonts
from skma_training.documents.blocks import para
from skma_training.documents.plain_text import LabelledValue, PlainText, break_lines

fonts.register_fonts()


def _style(**extra) -> ParagraphStyle:
    fonts.register_fonts()
    return ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=10, leading=12, **extra)


def test_lines_break_at_spaces_and_keep_non_breaking_spaces():
    width = stringWidth("аа бб", fonts.REGULAR, 10) + 0.1
    assert break_lines("аа бб вв  гг", width, fonts.REGULAR, 10) == ["аа бб", "вв гг"]
    assert break_lines("18\u00a0ч. x", stringWidth("18\u00a0ч.", fonts.REGULAR, 10) + 0.1,
                       fonts.REGULAR, 10) == ["18\u00a0ч.", "x"]
    assert break_lines("a\n\nb", 100, fonts.REGULAR, 10) == ["a", "", "b"]


def test_a_word_wider_than_the_line_is_cut_where_the_line_ends():
    width = stringWidth("x" * 10, fonts.REGULAR, 10) + 0.1
    lines = break_lines("ab " + "x" * 25, width, fonts.REGULAR, 10)
    assert lines == ["ab", "x" * 10, "x" * 10, "x" * 5]


def test_a_long_text_splits_line_by_line_with_its_spacing_at_the_ends():
    style = _style(spaceBefore=5, spaceAfter=7)
    text = PlainText("\n".join(str(n) for n in range(100)), style)
    assert text.wrap(200, 1000) == (200, 1200)
    head, tail = text.split(200, 365)  # 30 lines of 12 points fit, not 31
    assert head.wrap(200, 1000)[1] == 360 and tail.wrap(200, 1000)[1] == 70 * 12
    assert (head.getSpaceBefore(), head.getSpaceAfter()) == (5, 0)
    assert (tail.getSpaceBefore(), tail.getSpaceAfter()) == (0, 7)
    assert tail.text.startswith("30\n31")
    assert text.split(200, 11) == []  # not even one line fits
    assert text.split(200, 5000) == [text]


def test_para_draws_plain_text_except_where_the_style_needs_a_paragraph():
    assert isinstance(para("a", _style()), PlainText)
    assert not isinstance(para("a", _style(alignment=4)), PlainText)  # justified
    assert not isinstance(para("a", _style(firstLineIndent=5)), PlainText)


def test_a_labelled_value_wraps_with_its_value_underlined():
    value = LabelledValue("Кафедра:", "пропедевтики внутренних болезней", _style())
    width = stringWidth("Кафедра: пропедевтики", fonts.REGULAR, 10) + 0.1
    assert stringWidth("внутренних болезней", fonts.REGULAR, 10) < width
    assert value.wrap(width, 1000) == (width, 24)
    assert [[w for w, _ in line] for line in value._lines] == \
        [["Кафедра:", "пропедевтики"], ["внутренних", "болезней"]]
    assert [u for line in value._lines for _, u in line] == [False, True, True, True]


def test_a_table_row_taller_than_a_page_carries_on_between_its_lines():
    from skma_training.documents.paged_table import BodyRow, PagedTable, TableLook

    look = TableLook([50, 100], ["LEFT", "LEFT"], 9, 10, header=["a", "b"], header_height=14)
    tall = BodyRow(["1", "\n".join(f"line {n}" for n in range(200))])
    table = PagedTable([BodyRow(["0", "x"]), tall, BodyRow(["2", "y"])], look)
    table.wrap(150, 500)
    assert table.split(150, 500)[0].rows[0].cells == ["0", "x"]  # not at a page's top yet
    table._postponed = 1  # reportlab moved it to a fresh page and it still does not fit
    table = PagedTable(table.rows[1:], look, measured=True)
    table._postponed = 1
    page, rest = table.split(150, 500)
    fit = int((500 - 14 - 2.0 - 2.5) // 10)
    assert page.rows[0].cells[1].split("\n") == [f"line {n}" for n in range(fit)]
    assert rest.rows[0].cells[0] == "" and rest.rows[0].cells[1].startswith(f"line {fit}\n")
    assert [r.cells for r in rest.rows[1:]] == [["2", "y"]]


def test_a_crowded_table_gets_a_smaller_font_so_that_no_word_is_cut():
    from skma_training.documents.layout import Column, Row, TableBlock
    from skma_training.documents.styles import styles
    from skma_training.documents.tabular_pdf import table_flowable

    words = ["Ассоциированный", "Общеобразовательные", "Шымкентский", "Қасымжомартұлы"]
    columns = [Column(f"c{i}", f"K{i}", 1.0) for i in range(8)]
    rows = [Row({f"c{i}": words[i % 4] + " и" for i in range(8)})]
    style = styles(11, 9)
    width = 8 * stringWidth(words[1], fonts.BOLD, 9) * 0.8  # 9 points: the longest words too wide
    table = table_flowable(TableBlock(columns, rows), width, style)
    size = table.look.font_size
    assert 7 <= size < 9
    for index, (cell, room) in enumerate(zip(table.rows[0].cells, table.look.widths)):
        word = cell.replace("\n", " ").split()[0]
        assert word == words[index % 4] and stringWidth(word, fonts.BOLD, size) <= room - 6 + 0.01
    roomy = table_flowable(TableBlock(columns, rows), width * 2, style)
    assert roomy.look.font_size == 9  # words that fit keep the template's size
