"""A streaming writer of plain .xlsx sheets: rows of text, numbers, dates and yes/no.

Why not a library here: XlsxWriter and openpyxl spend 5-10 µs on every cell,
so 100,000 activities (about 1.3 million cells) took 9-15 s to export. The
exchange workbook needs only a small part of SpreadsheetML: inline strings,
numbers, one date format, a bold header, a frozen first row, an autofilter,
column widths and drop-down lists. Those few elements, written row by row
straight into the zip, take well under a second per 100,000 rows. The
formatted documents (documents/tabular_xlsx.py) keep using XlsxWriter.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape, quoteattr

EXCEL_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()
MAX_CELL_TEXT = 32767  # Excel's limit
FORMULA_STARTS = ("=", "+", "-", "@")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0

# style indexes in styles.xml below
DATE_STYLE, HEADER_STYLE, TEXT_STYLE = 1, 2, 3

NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS.split(' xmlns:r')[0]}>
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDE7F0"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>
<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"
 applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def column_name(number: int) -> str:
    """The letters of the 1-based column ``number``: 1 -> A, 27 -> AA."""
    name = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def column_letters(count: int) -> list[str]:
    return [column_name(number) for number in range(1, count + 1)]


def _text(value: str) -> str:
    if len(value) > MAX_CELL_TEXT:
        value = value[:MAX_CELL_TEXT]
    if not value.isprintable():
        value = _CONTROL.sub("", value)
    value = escape(value)
    if not value:  # a text of nothing but characters XML cannot hold
        return "<is><t></t></is>"
    if value[0] in " \t\n" or value[-1] in " \t\n":
        return f'<is><t xml:space="preserve">{value}</t></is>'
    return f"<is><t>{value}</t></is>"


def _cells(row: Sequence, number: int, letters: list[str]) -> str:
    parts = []
    for index, value in enumerate(row):
        if value is None:
            continue
        kind = type(value)
        ref = f"{letters[index]}{number}"
        if kind is str:
            if not value:
                continue
            style = f' s="{TEXT_STYLE}"' if value[0] in FORMULA_STARTS else ""
            parts.append(f'<c r="{ref}"{style} t="inlineStr">{_text(value)}</c>')
        elif kind is float or kind is int:
            if kind is float and not math.isfinite(value):  # no such number in a workbook: say it in words
                parts.append(f'<c r="{ref}" t="inlineStr">{_text(str(value))}</c>')
            else:
                parts.append(f'<c r="{ref}"><v>{value!r}</v></c>')
        elif kind is date or kind is datetime:
            parts.append(f'<c r="{ref}" s="{DATE_STYLE}"><v>{value.toordinal() - EXCEL_EPOCH_ORDINAL}</v></c>')
        elif kind is bool:
            parts.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        else:
            parts.append(f'<c r="{ref}" t="inlineStr">{_text(str(value))}</c>')
    return "".join(parts)


class SheetSpec:
    """What a sheet looks like besides its rows."""

    def __init__(self, title: str, headers: Sequence[str], widths: Sequence[int] = (), hidden: bool = False,
                 validations: Sequence[tuple[int, int, str]] = ()):
        self.title, self.headers, self.widths, self.hidden = title, list(headers), list(widths), hidden
        self.validations = list(validations)  # (column index, last row, source formula)


def write_sheet(archive: zipfile.ZipFile, name: str, spec: SheetSpec, rows: Iterable[Sequence],
                progress: Callable[[int], None]) -> int:
    """Stream one worksheet into the archive; returns the number of data rows."""
    width = max(len(spec.headers), 1)
    letters = column_letters(max(width, 64))
    with archive.open(name, "w", force_zip64=True) as handle:
        def put(text: str) -> None:
            handle.write(text.encode("utf-8"))

        put(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>')
        put('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft"'
            ' state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>')
        put('<sheetFormatPr defaultRowHeight="15"/>')
        if spec.widths:
            put("<cols>" + "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                                   for i, w in enumerate(spec.widths)) + "</cols>")
        put("<sheetData>")
        header = "".join(f'<c r="{letters[i]}1" s="{HEADER_STYLE}" t="inlineStr">{_text(str(h))}</c>'
                         for i, h in enumerate(spec.headers) if h)
        put(f'<row r="1">{header}</row>')
        count, chunk = 0, []
        for count, row in enumerate(rows, start=1):
            number = count + 1
            chunk.append(f'<row r="{number}">{_cells(row, number, letters)}</row>')
            if len(chunk) >= 2000:
                put("".join(chunk))
                chunk.clear()
                progress(count)
        put("".join(chunk))
        progress(count)
        put("</sheetData>")
        if count and spec.headers:
            put(f'<autoFilter ref="A1:{letters[width - 1]}{count + 1}"/>')
        if spec.validations:
            put(f'<dataValidations count="{len(spec.validations)}">')
            for column, last_row, source in spec.validations:
                cells = f"{letters[column]}2:{letters[column]}{last_row}"
                put(f'<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
                    f'sqref="{cells}"><formula1>{escape(source.lstrip("="))}</formula1></dataValidation>')
            put("</dataValidations>")
        put('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        put("</worksheet>")
    return count


def write_package(archive: zipfile.ZipFile, specs: Sequence[SheetSpec], row_counts: Sequence[int]) -> None:
    """The parts around the worksheets: content types, relationships, workbook, styles."""
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(specs) + 1))
    archive.writestr("[Content_Types].xml", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{sheets}</Types>"))
    archive.writestr("_rels/.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    relations = "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(specs) + 1))
    relations += (f'<Relationship Id="rId{len(specs) + 1}" Type="http://schemas.openxmlformats.org/'
                  f'officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    archive.writestr("xl/_rels/workbook.xml.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relations}'
        "</Relationships>"))
    entries, names = [], []
    first_visible = next((n for n, s in enumerate(specs) if not s.hidden), 0)
    for number, spec in enumerate(specs, start=1):
        state = ' state="hidden"' if spec.hidden else ""
        entries.append(f'<sheet name={quoteattr(spec.title)} sheetId="{number}"{state} r:id="rId{number}"/>')
        count = row_counts[number - 1]
        if count and spec.headers:
            last = column_letters(len(spec.headers))[-1]
            quoted = spec.title.replace("'", "''")
            names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{number - 1}" hidden="1">'
                         f"{escape(chr(39) + quoted + chr(39))}!$A$1:${last}${count + 1}</definedName>")
    defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
    archive.writestr("xl/workbook.xml", (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}>'
        f'<bookViews><workbookView activeTab="{first_visible}"/></bookViews>'
        f"<sheets>{''.join(entries)}</sheets>{defined}</workbook>"))
    archive.writestr("xl/styles.xml", STYLES)
