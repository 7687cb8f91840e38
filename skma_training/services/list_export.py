"""A list as the user sees it on screen (its columns, its filter, its order), written out:
an .xlsx to work on, or a PDF to print (landscape A4, the header repeated on every page)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape


def export_list(out: Path, title: str, subtitle: str, headers: Sequence[str],
                rows: Sequence[Sequence[str]]) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        return _xlsx(out, title, subtitle, headers, rows)
    return _pdf(out, title, subtitle, headers, rows)


def _xlsx(out: Path, title: str, subtitle: str, headers, rows) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out))
    sheet = book.add_worksheet(title[:31].translate(str.maketrans("[]:*?/\\", "       ")))
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1, "bg_color": "#eeeeee"})
    sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 13}))
    sheet.write(1, 0, subtitle)
    for column, text in enumerate(headers):
        sheet.write(3, column, text, bold)
        widest = max([len(text)] + [len(row[column]) for row in rows[:500] if column < len(row)])
        sheet.set_column(column, column, min(60, max(8, widest + 2)))
    for number, row in enumerate(rows, start=4):
        for column, text in enumerate(row):
            sheet.write_string(number, column, text)
    sheet.freeze_panes(4, 0)
    sheet.autofilter(3, 0, 3 + len(rows), max(0, len(headers) - 1))
    book.close()
    return out


def _pdf(out: Path, title: str, subtitle: str, headers, rows) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from skma_training.documents.styles import styles

    style = styles(11, 8)
    cell = style.get("cell") or style["body"]
    page = landscape(A4)
    width = page[0] - 24 * mm
    lengths = [max([len(h)] + [len(r[i]) for r in rows[:300] if i < len(r)]) for i, h in enumerate(headers)]
    total = sum(min(40, max(4, n)) for n in lengths) or 1
    widths = [width * min(40, max(4, n)) / total for n in lengths]
    data = [[Paragraph(f"<b>{escape(h)}</b>", cell) for h in headers]]
    data += [[Paragraph(escape(text), cell) for text in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    document = SimpleDocTemplate(str(out), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                                 topMargin=12 * mm, bottomMargin=12 * mm, title=title)
    document.build([Paragraph(escape(title), style["title"]), Paragraph(escape(subtitle), style["subtitle"]),
                    Spacer(1, 3 * mm), table])
    return out
