"""No workbook ends the process: used ranges are known before calamine allocates them.

The dangerous files are built here by hand (a few lines of XML), and every
read that could abort runs in a subprocess, so a regression fails a test
instead of killing the test run.
"""

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from skma_training.exchange.reading import MAX_PROBLEMS, parse_in_child, parse_workbook
from skma_training.exchange.workbook import WorkbookError, read_sheets

ROOT = Path(__file__).resolve().parent.parent

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '</Relationships>')


def cell(ref: str, text: str = "x") -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(path: Path, sheet_data: str, dimension: str = "") -> Path:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"{dim}<sheetData>{sheet_data}</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def ods(path: Path, table: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Staff">{table}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def cli(*args, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SKMA_TRAINING_LOG_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "skma_training", *args, "--db", str(tmp_path / "r.sqlite3"),
                           "--lang", "en"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)


def test_the_two_kilobyte_bomb_is_refused_by_the_command_line_without_ending_it(tmp_path):
    bomb = xlsx(tmp_path / "bomb.xlsx", '<row r="1">' + cell("A1", "IIN") + cell("B1", "Full name") + "</row>"
                '<row r="1048576">' + cell("XFD1048576") + "</row>", "A1:XFD1048576")
    assert bomb.stat().st_size < 2000
    done = cli("import", str(bomb), tmp_path=tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "bomb.xlsx cannot be read" in done.stderr and "more than 500000 rows" in done.stderr


def test_the_same_bomb_made_by_openpyxl_is_refused_in_this_process(tmp_path):
    workbook = Workbook()
    workbook.active["A1"] = "IIN"
    workbook.active["XFD1048576"] = 1
    workbook.save(tmp_path / "far.xlsx")
    with pytest.raises(WorkbookError, match="more than 500000 rows"):
        read_sheets(tmp_path / "far.xlsx")


def test_a_cell_far_to_the_right_and_below_is_refused_naming_it(tmp_path):
    path = xlsx(tmp_path / "wide.xlsx", '<row r="1">' + cell("A1") + '</row><row r="100000">'
                + cell("SS100000") + "</row>")
    with pytest.raises(WorkbookError) as caught:
        read_sheets(path)
    message = caught.value.message("en")
    assert "the sheet «Staff» reaches cell SS100000" in message and "more than 4000000 cells" in message


def test_a_far_row_hidden_between_ordinary_rows_is_refused(tmp_path):
    # the scan takes each chunk's last row as the furthest; a cell below it must still be found
    path = xlsx(tmp_path / "hidden.xlsx", '<row r="1">' + cell("A1") + '</row><row r="2">' + cell("A900000")
                + '</row><row r="3">' + cell("A3") + "</row>")
    with pytest.raises(WorkbookError, match="more than 500000 rows"):
        read_sheets(path)


def test_a_wider_cell_megabytes_into_the_sheet_is_refused_naming_it(tmp_path):
    # 200,000 rows of column A (about 12 MB of XML: many chunks), then one cell in column U:
    # 200,000 x 21 cells is past the cap, though every chunk before it was one column wide
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 150_000))
    rows += '<row r="150000"><c r="U150000"><v>1</v></c></row>'
    rows += "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(150_001, 200_001))
    path = xlsx(tmp_path / "late.xlsx", rows)
    with pytest.raises(WorkbookError) as caught:
        read_sheets(path)
    message = caught.value.message("en")  # named where the scan stopped, past the cap: row 190,477 or so
    assert re.search(r"reaches cell U(19\d{4}|200000), more than 4000000 cells", message), message


def test_a_column_of_many_letters_is_refused_naming_it_at_once(tmp_path):
    # column AAAAAAA is number 321,272,407: naming it once listed every column before it
    path = xlsx(tmp_path / "letters.xlsx", '<row r="1">' + cell("A1") + cell("AAAAAAA1") + "</row>")
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "reaches cell AAAAAAA1, more than 4000000 cells" in done.stderr


def test_a_far_cell_in_a_short_sheet_is_still_read(tmp_path):
    # one row reaching column XFD is 16,384 cells, nothing dangerous: read, and cut to 500 columns
    path = xlsx(tmp_path / "row.xlsx", '<row r="1">' + cell("A1", "a") + cell("XFD1", "far") + "</row>")
    (sheet,) = read_sheets(path)
    assert sheet.rows[0][0] == "a" and len(sheet.rows[0]) == 500


def test_rows_out_of_order_and_cells_without_references_are_read_in_a_child(tmp_path):
    unordered = xlsx(tmp_path / "unordered.xlsx", '<row r="5">' + cell("B5", "late") + '</row><row r="2">'
                     + cell("A2", "early") + "</row>")
    rows = read_sheets(unordered)[0].rows
    assert rows[1][0] == "early" and rows[4][1] == "late"
    positional = xlsx(tmp_path / "positional.xlsx", '<row r="1"><c t="inlineStr"><is><t>a</t></is></c>'
                      '<c t="inlineStr"><is><t>b</t></is></c></row>')
    assert read_sheets(positional)[0].rows[0][:2] == ["a", "b"]


@pytest.mark.parametrize("tag", ['<c\tr="XFD1048576"', '<c\nr="XFD1048576"', '<c  r="XFD1048576"',
                                 '<c r="A2" r="XFD1048576"', '<c r="A2"r="XFD1048576"',
                                 '<c r="A2" t="inlineStr" r ="XFD1048576"', '<c r="A2" s=">" r="XFD1048576"'])
def test_a_bomb_whose_far_reference_is_not_written_plainly_is_refused(tmp_path, tag):
    # calamine reads any spacing before an attribute and takes a tag's last r: each of these
    # once passed the scan as 2 rows x 1 column and aborted the process; now such a cell is not
    # taken as measured, and the file is read in a child, which ends alone
    path = xlsx(tmp_path / "odd.xlsx", '<row r="1">' + cell("A1", "IIN") + '</row><row r="2">'
                f'{tag} t="inlineStr"><is><t>x</t></is></c></row>')
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1 and "odd.xlsx cannot be read" in done.stderr, \
        (done.returncode, done.stderr[-2000:])


def test_plain_cells_with_their_usual_attributes_are_measured_in_this_process(tmp_path):
    from skma_training.exchange.xlsx_scan import UsedRange, scan_sheet

    path = xlsx(tmp_path / "plain.xlsx", '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/>'
                '<c r="C1" t="inlineStr" cm="1" ><is><t>r="D9" &gt;</t></is></c></row>')
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    assert scan_sheet(path, info, 1000, 1000) == UsedRange(1, 3)


def with_shared_strings(path: Path, sst_tag: str, name: str = "xl/sharedStrings.xml") -> Path:
    """The workbook at ``path`` with a shared-strings part of one text, declared by ``sst_tag``."""
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, f'<?xml version="1.0"?>{sst_tag}<si><t>IIN</t></si></sst>')
    return path


@pytest.mark.parametrize("declared", ['uniqueCount="4000000000"', "uniqueCount = '4000000000'",
                                      'count="1" uniqueCount="4000001"'])
@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "XL/SHAREDSTRINGS.XML"])
def test_shared_strings_declaring_billions_of_texts_are_refused_by_the_command_line(tmp_path, declared, part):
    # calamine reserves room for uniqueCount texts before it reads one: 96 GB for this 1 KB file
    # (and finds the part whatever the case of its name)
    sst = f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" {declared}>'
    path = with_shared_strings(xlsx(tmp_path / "texts.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                               sst, part)
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "texts.xlsx cannot be read: it unpacks to far more data" in done.stderr


def test_shared_strings_behind_a_comment_holding_a_harmless_tag_are_not_judged_here(tmp_path):
    # calamine skips the comment and reserves for the real tag: a comment first means a child
    from skma_training.exchange.workbook import _xlsx_within_caps

    path = with_shared_strings(xlsx(tmp_path / "decoy.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                               '<!-- <sst uniqueCount="1"> --><sst xmlns="http://schemas.openxmlformats.org/'
                               'spreadsheetml/2006/main" uniqueCount="1">')
    assert _xlsx_within_caps(path, 1000) is False
    assert read_sheets(path)[0].rows == [["IIN"]]


def test_shared_strings_declaring_what_they_hold_are_read_in_this_process(tmp_path):
    path = with_shared_strings(xlsx(tmp_path / "texts.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                               'count="1" uniqueCount="1">')
    from skma_training.exchange.workbook import _xlsx_within_caps

    assert _xlsx_within_caps(path, 1000) is True  # judged here, no child process
    assert read_sheets(path)[0].rows == [["IIN"]]


def declaring(path: Path, member: str, size: int) -> Path:
    """The zip at ``path`` with ``member``'s uncompressed size written as ``size`` in both its
    headers (its data unchanged): a file that lies about what it unpacks to."""
    import struct

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    data[offset + 22:offset + 26] = struct.pack("<I", size)  # local file header
    name = member.encode()
    entry = data.find(b"PK\x01\x02")
    while entry != -1:  # the central directory's record of the member
        if data[entry + 46:entry + 46 + len(name)] == name:
            data[entry + 24:entry + 28] = struct.pack("<I", size)
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    return path


def test_a_sheet_that_unpacks_to_more_than_it_declares_is_refused_at_once(tmp_path):
    # 64 MB of blanks inside the sheet, declared as 100 bytes: every size cap would pass it
    path = xlsx(tmp_path / "liar.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>" + " " * (64 << 20))
    declaring(path, "xl/worksheets/sheet1.xml", 100)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size == 100
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1 and "liar.xlsx cannot be read: it unpacks to far more data" in done.stderr, \
        (done.returncode, done.stderr[-2000:])


def test_a_styles_part_that_unpacks_to_more_than_it_declares_is_refused(tmp_path):
    path = xlsx(tmp_path / "styles.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/styles.xml", "<styleSheet>" + " " * 100_000 + "</styleSheet>")
    declaring(path, "xl/styles.xml", 50)
    with pytest.raises(WorkbookError, match="unpacks to far more data"):
        read_sheets(path)


def test_megabytes_without_a_tag_are_read_in_a_child(tmp_path):
    # honest sizes, but no sheet a person saved has 9 MB between two tags: not this scan's kind
    from skma_training.exchange.workbook import _xlsx_within_caps

    path = xlsx(tmp_path / "blank.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>" + " " * (9 << 20))
    assert _xlsx_within_caps(path, 1000) is False
    assert read_sheets(path)[0].rows == [["IIN"]]


BOMB_SHEET = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1">' + cell("A1", "IIN") + '</row><row r="1048576">' + cell("XFD1048576")
              + "</row></sheetData></worksheet>")


@pytest.mark.parametrize("twin", ["XL/Worksheets/Sheet1.xml", "xl\\worksheets\\sheet1.xml"])
def test_a_bomb_beside_a_benign_sheet_of_the_same_name_in_another_case_is_refused(tmp_path, twin):
    # calamine finds a part whatever its case or slashes, the last entry winning: the benign
    # sheet was scanned here and the bomb read by calamine, which aborted the process
    path = xlsx(tmp_path / "twin.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(twin, BOMB_SHEET)
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1 and "twin.xlsx cannot be read" in done.stderr, \
        (done.returncode, done.stderr[-2000:])


def test_a_workbook_placed_elsewhere_by_the_package_is_read_in_a_child(tmp_path):
    # calamine reads the workbook the package's relationships point to, not necessarily xl/
    path = xlsx(tmp_path / "moved.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"xl/workbook.xml", b"doc/workbook.xml")
    parts["doc/workbook.xml"] = parts["xl/workbook.xml"]
    parts["doc/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]
    parts["doc/worksheets/sheet1.xml"] = BOMB_SHEET.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1 and "moved.xlsx cannot be read" in done.stderr, \
        (done.returncode, done.stderr[-2000:])


@pytest.mark.parametrize("damage", ["crc", "header"])
def test_a_damaged_part_is_refused_as_damaged_not_as_an_unexpected_error(tmp_path, damage):
    import struct

    path = xlsx(tmp_path / "damaged.xlsx", '<row r="1">' + cell("A1", "IIN") + "</row>")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo("_rels/.rels").header_offset
    if damage == "header":
        data[offset:offset + 4] = b"XXXX"  # the part's local header no longer starts as one
    else:
        entry = data.find(b"PK\x01\x02")
        while entry != -1:  # the central directory's checksum of _rels/.rels
            if data[entry + 46:entry + 57] == b"_rels/.rels":
                data[entry + 16:entry + 20] = struct.pack("<I", 0)
            entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(WorkbookError, match="damaged.xlsx cannot be read: the workbook is damaged"):
        read_sheets(path)


def test_a_positional_bomb_is_refused(tmp_path):
    path = xlsx(tmp_path / "positional-bomb.xlsx", '<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>'
                '<row r="1048576">' + '<c t="inlineStr"><is><t>b</t></is></c>' * 3 + "</row>")
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1 and "cannot be read" in done.stderr, done.stderr[-2000:]


def test_an_opendocument_sheet_that_unfolds_to_ninety_million_cells_ends_only_the_child(tmp_path):
    path = ods(tmp_path / "repeat.ods", '<table:table-row table:number-rows-repeated="9000">'
               '<table:table-cell table:number-columns-repeated="10000" office:value-type="string">'
               "<text:p>x</text:p></table:table-cell></table:table-row>")
    assert path.stat().st_size < 2000
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "repeat.ods cannot be read" in done.stderr and "Traceback" not in done.stderr


def test_the_window_parse_runs_in_a_child_and_reports_a_crash_as_a_problem_with_the_file(tmp_path):
    path = ods(tmp_path / "repeat.ods", '<table:table-row table:number-rows-repeated="9000">'
               '<table:table-cell table:number-columns-repeated="10000" office:value-type="string">'
               "<text:p>x</text:p></table:table-cell></table:table-row>")
    with pytest.raises(WorkbookError) as caught:
        parse_in_child(path)
    assert "damaged or deliberately malformed" in caught.value.message("en")


def test_the_child_parses_exactly_as_this_process_does():
    sample = ROOT / "tests" / "data" / "sample-roster-ru.xlsx"
    here, there = parse_workbook(sample), parse_in_child(sample)
    assert [r.values for r in there.staff] == [r.values for r in here.staff]
    assert [r.values for r in there.activities] == [r.values for r in here.activities]
    assert [layout.columns for layout in there.layouts] == [layout.columns for layout in here.layouts]


def test_many_bad_rows_list_a_thousand_problems_and_count_the_rest(tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Staff")
    sheet.append(["IIN", "Full name", "Category"])
    for n in range(1500):
        sheet.append([f"bad{n}", "Name", "ППС"])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    parsed = parse_workbook(path)
    assert len(parsed.errors) == MAX_PROBLEMS == 1000
    assert parsed.error_count == 1500
    done = cli("import", str(path), tmp_path=tmp_path)
    assert done.returncode == 1
    assert done.stdout.rstrip().endswith("… and 500 more")
    assert done.stdout.count("an IIN has 12 digits") == 1000
